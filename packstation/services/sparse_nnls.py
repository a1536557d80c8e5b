"""Non-negative least squares on a sparse normal matrix, in pure Python.

Written by hand so that weight learning needs neither numpy nor scipy (together about 200 MB in
the app's bundle, for a system of a few hundred unknowns). The problem arrives as its normal
equations: minimise x'Qx - 2b'x subject to x >= 0, with Q = A'WA symmetric positive definite
(the caller adds a tiny ridge) and stored as a dict of dicts, since a box holds a few SKUs and
most pairs of SKUs never share one.

`nnls` is the Lawson-Hanson active-set method, the algorithm behind `scipy.optimize.nnls`, so it
finds the same exact minimiser rather than an approximation: each step solves the unconstrained
problem on the "passive" unknowns (those above zero) by Cholesky. It is warm-started from the
previous solution, which in iteratively reweighted least squares is nearly right: usually one
factorisation per call. `inverse_diagonal` gives the variances for the standard errors.

The factorisation is dense over the passive unknowns but skips each row's leading zeros (its
envelope): with the dense columns (box tares) ordered last, a row of a rarely shipped SKU costs
little. A few hundred unknowns factorise in tens of milliseconds.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from operator import mul

__all__ = [
    "Factor",
    "SparseSymmetric",
    "cholesky",
    "inverse_diagonal",
    "nnls",
    "solve",
]

#: Q[i][j] for the non-zero entries, both triangles stored (row i holds every j it meets).
SparseSymmetric = Mapping[int, Mapping[int, float]]

#: A pivot this small against its diagonal entry means a direction the data cannot resolve;
#: it is floored so the factor exists and that direction's variance comes out huge (unknown).
_PIVOT_FLOOR = 1e-14


class Factor:
    """The lower Cholesky factor L (Q = LL') of Q restricted to `order`, row i ragged to i + 1."""

    __slots__ = ("order", "rows", "starts")

    def __init__(self, order: Sequence[int], rows: list[list[float]], starts: list[int]) -> None:
        self.order = list(order)
        self.rows = rows
        #: The first non-zero column of each row: entries before it are exactly zero.
        self.starts = starts

    def solve(self, rhs: Sequence[float]) -> list[float]:
        """x with LL'x = rhs (rhs and x indexed like `order`)."""
        n = len(self.rows)
        y = [0.0] * n
        for i, (row, s) in enumerate(zip(self.rows, self.starts, strict=True)):
            y[i] = (rhs[i] - sum(map(mul, row[s:i], y[s:i]))) / row[i]
        # L' is upper triangular and stored by rows of L: subtract each solved entry's column.
        x = y
        for i in range(n - 1, -1, -1):
            row, s = self.rows[i], self.starts[i]
            x[i] /= row[i]
            xi = x[i]
            for k in range(s, i):
                x[k] -= row[k] * xi
        return x


def cholesky(q: SparseSymmetric, order: Sequence[int]) -> Factor:
    """Factorise Q restricted to the unknowns in `order` (in that order)."""
    position = {col: i for i, col in enumerate(order)}
    rows: list[list[float]] = []
    starts: list[int] = []
    for i, col in enumerate(order):
        dense = [0.0] * (i + 1)
        for other, value in q.get(col, {}).items():
            j = position.get(other)
            if j is not None and j <= i:
                dense[j] = value
        start = next((j for j, v in enumerate(dense) if v != 0.0), i)
        row = dense
        for j in range(start, i):
            s = max(start, starts[j])
            lj = rows[j]
            row[j] = (row[j] - sum(map(mul, row[s:j], lj[s:j]))) / lj[j]
        pivot = row[i] - sum(map(mul, row[start:i], row[start:i]))
        row[i] = math.sqrt(max(pivot, _PIVOT_FLOOR * max(abs(dense[i]), _PIVOT_FLOOR)))
        rows.append(row)
        starts.append(start)
    return Factor(order, rows, starts)


def solve(q: SparseSymmetric, b: Sequence[float], order: Sequence[int]) -> dict[int, float]:
    """The unconstrained minimiser over the unknowns in `order` (the others held at zero)."""
    factor = cholesky(q, order)
    x = factor.solve([b[col] for col in order])
    return dict(zip(order, x, strict=True))


def inverse_diagonal(factor: Factor) -> dict[int, float]:
    """Diagonal of Q^-1 from its factor: (Q^-1)_jj is the squared norm of column j of L^-1."""
    rows, n = factor.rows, len(factor.rows)
    diagonal: dict[int, float] = {}
    for j in range(n):
        # Column j of L^-1 by forward substitution; it is zero above row j.
        y = [0.0] * n
        y[j] = 1.0 / rows[j][j]
        for i in range(j + 1, n):
            s = max(j, factor.starts[i])
            if s < i:
                y[i] = -sum(map(mul, rows[i][s:i], y[s:i])) / rows[i][i]
        diagonal[factor.order[j]] = sum(v * v for v in y[j:])
    return diagonal


def gradient(q: SparseSymmetric, b: Sequence[float], x: Mapping[int, float]) -> list[float]:
    """b - Qx: half the negative gradient of the objective (positive: raising x_j helps)."""
    g = list(b)
    for i, xi in x.items():
        if xi:
            for j, value in q.get(i, {}).items():
                g[j] -= value * xi
    return g


def nnls(
    q: SparseSymmetric,
    b: Sequence[float],
    order: Sequence[int],
    start: Mapping[int, float] | None = None,
) -> list[float]:
    """argmin x'Qx - 2b'x over x >= 0 (Lawson-Hanson), from `start` if given.

    `order` lists every unknown in the order to factorise them (dense ones last). Without a
    start, the unconstrained solution clipped at zero is the first guess: any feasible point
    is a valid start, and this one is usually close.
    """
    n = len(b)
    if start is None:
        start = solve(q, b, order)
    x = {j: v for j, v in start.items() if v > 0}
    # Scale of b for the optimality test: a gradient this small is rounding, not a direction.
    tolerance = 1e-10 * max((abs(v) for v in b), default=0.0)
    x = _settle_passive(q, b, order, x)
    for _ in range(3 * n + 1):
        g = gradient(q, b, x)
        best = max((j for j in order if j not in x), key=lambda j: g[j], default=None)
        if best is None or g[best] <= tolerance:
            break
        x[best] = 0.0  # joins the passive set; the next solve lifts it above zero ...
        x = _settle_passive(q, b, order, x)
        if best not in x:  # ... unless rounding says otherwise: then x is as good as it gets
            break
    solution = [0.0] * n
    for j, v in x.items():
        solution[j] = v
    return solution


def _settle_passive(
    q: SparseSymmetric, b: Sequence[float], order: Sequence[int], x: dict[int, float]
) -> dict[int, float]:
    """Lawson-Hanson's inner loop: the minimiser over the passive unknowns (the keys of x),
    stepping back to the boundary and dropping any unknown the solve would make negative."""
    while x:
        passive = [j for j in order if j in x]
        z = solve(q, b, passive)
        negative = [j for j in passive if z[j] <= 0]
        if not negative:
            return z
        # Move from x toward z as far as feasibility allows; the unknowns reaching zero leave.
        alpha = min(x[j] / (x[j] - z[j]) for j in negative)
        moved = {j: x[j] + alpha * (z[j] - x[j]) for j in passive}
        blocked = min(negative, key=lambda j: x[j] / (x[j] - z[j]))
        x = {j: v for j, v in moved.items() if v > 0 and j != blocked}
    return x
