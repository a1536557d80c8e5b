"""The hand-written NNLS behind weight learning, against solutions known exactly: a small system
solved by hand, one whose unconstrained solution goes negative, a singular pair, and random small
systems checked against every possible set of zero unknowns."""

from __future__ import annotations

import itertools
import random

import pytest

from packstation.services.sparse_nnls import cholesky, inverse_diagonal, nnls


def normal_equations(
    a: list[list[float]], y: list[float], ridge: float = 0.0
) -> tuple[dict[int, dict[int, float]], list[float]]:
    """Q = A'A (+ ridge I) as a dict of dicts without zero entries, and b = A'y."""
    n = len(a[0])
    q: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    for i, j in itertools.product(range(n), repeat=2):
        value = sum(row[i] * row[j] for row in a) + (ridge if i == j else 0.0)
        if value:
            q[i][j] = value
    b = [sum(row[i] * yi for row, yi in zip(a, y, strict=True)) for i in range(n)]
    return q, b


def test_a_small_system_is_solved_exactly() -> None:
    # Boxes: A alone 100, B alone 50, A+B 150, A+2B 200 -> A = 100, B = 50 exactly.
    q, b = normal_equations([[1, 0], [0, 1], [1, 1], [1, 2]], [100, 50, 150, 200])
    assert nnls(q, b, [0, 1]) == pytest.approx([100, 50], rel=1e-12)


def test_an_unknown_the_plain_solution_makes_negative_is_held_at_zero() -> None:
    # Unconstrained: x = (2, -1). With x >= 0 the minimiser is (1.5, 0): b - Qx = (0, -1.5).
    q, b = normal_equations([[1, 0], [0, 1], [1, 1]], [2, -1, 1])
    assert nnls(q, b, [0, 1]) == pytest.approx([1.5, 0.0], abs=1e-12)
    # Warm-started from a poor guess, it still lands on the same point.
    assert nnls(q, b, [0, 1], {0: 0.1, 1: 5.0}) == pytest.approx([1.5, 0.0], abs=1e-12)


def test_inverse_diagonal_of_a_known_matrix() -> None:
    # [[2, 1], [1, 2]]^-1 = [[2, -1], [-1, 2]] / 3
    q = {0: {0: 2.0, 1: 1.0}, 1: {0: 1.0, 1: 2.0}}
    diagonal = inverse_diagonal(cholesky(q, [1, 0]))
    assert diagonal[0] == pytest.approx(2 / 3, rel=1e-12)
    assert diagonal[1] == pytest.approx(2 / 3, rel=1e-12)


def test_a_pair_always_together_has_a_right_sum_and_a_huge_variance() -> None:
    # Two unknowns only ever seen together: their sum is determined, the split is not.
    q, b = normal_equations([[1, 1], [2, 2], [1, 1]], [70, 140, 70], ridge=1e-9 * 6)
    x = nnls(q, b, [0, 1])
    assert x[0] + x[1] == pytest.approx(70, rel=1e-6)
    assert min(x) >= 0
    variances = inverse_diagonal(cholesky(q, [0, 1]))
    assert min(variances.values()) > 1e6  # against 1/6 for a determined unknown here


def brute_force(a: list[list[float]], y: list[float]) -> list[float]:
    """The NNLS minimiser by trying every set of unknowns held at zero (tiny systems only)."""
    n = len(a[0])
    best, best_cost = [0.0] * n, sum(v * v for v in y)
    for size in range(1, n + 1):
        for free in itertools.combinations(range(n), size):
            sub = [[row[j] for j in free] for row in a]
            q, b = normal_equations(sub, y)
            x_free = gauss_jordan([[q[i].get(j, 0.0) for j in range(size)] for i in range(size)], b)
            if x_free is None or min(x_free) < 0:
                continue
            x = [0.0] * n
            for j, v in zip(free, x_free, strict=True):
                x[j] = v
            cost = sum(
                (sum(r * xj for r, xj in zip(row, x, strict=True)) - yi) ** 2
                for row, yi in zip(a, y, strict=True)
            )
            if cost < best_cost - 1e-12:
                best, best_cost = x, cost
    return best


def gauss_jordan(m: list[list[float]], rhs: list[float]) -> list[float] | None:
    n = len(m)
    aug = [[*row, r] for row, r in zip(m, rhs, strict=True)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(aug[r][c]))
        if abs(aug[pivot][c]) < 1e-12:
            return None
        aug[c], aug[pivot] = aug[pivot], aug[c]
        for r in range(n):
            if r != c:
                f = aug[r][c] / aug[c][c]
                aug[r] = [v - f * p for v, p in zip(aug[r], aug[c], strict=True)]
    return [aug[i][n] / aug[i][i] for i in range(n)]


@pytest.mark.parametrize("seed", range(25))
def test_random_small_systems_match_the_exhaustive_search(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(2, 5)
    # Sparse like boxes: each row holds one to three unknowns; targets may pull some below 0.
    # Each unknown also shipped alone once, so the minimiser is unique.
    a = [[float(i == j) for j in range(n)] for i in range(n)]
    for _ in range(n + rng.randint(1, 6)):
        row = [0.0] * n
        for j in rng.sample(range(n), rng.randint(1, min(3, n))):
            row[j] = float(rng.randint(1, 3))
        a.append(row)
    y = [rng.uniform(-50, 200) for _ in a]
    q, b = normal_equations(a, y)
    order = rng.sample(range(n), n)
    assert nnls(q, b, order) == pytest.approx(brute_force(a, y), abs=1e-7)
