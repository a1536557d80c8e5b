"""Learning each SKU's unit weight (and each box size's tare) from the boxes the station weighed.

Each shipped box is one equation: measured = tare(box size) + sum(quantity x unit weight) + noise.
Unknowns are the unit weights of SKUs without a catalogue weight and the tares of box sizes not
configured; what is known is subtracted first. The system is solved by non-negative least squares
(Lawson-Hanson in `sparse_nnls`: no weight is negative), made robust by iteratively reweighted
least squares: a few Huber steps from the plain solution, then Tukey's biweight, which gives a
box that no plausible weights explain (an uncaught mis-pack, a hand left on the scale) no weight
at all.

Noise grows with the box: a floor in grams (scale resolution, void fill) plus a share of the
weight (units and cartons vary). Each row is scaled by that expected spread, so a heavy box does
not outvote light ones. The standard error of each estimate comes from the weighted normal
matrix, scaled by the robust residual spread; a near-singular direction (two SKUs that always
ship together) gets a huge error, hence never counts as known.

Pure and CPU-bound: the caller runs it in a worker (`asyncio.to_thread`), never on the scan path.
The design matrix is sparse (a box holds a few SKUs), so each step only builds the small normal
matrix (SKUs x SKUs, a dict of dicts) and solves NNLS on it, warm-started from the previous step:
pure Python, so the app's bundle carries no numpy/scipy (measured by
bench/scale_learning_bench.py).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from operator import mul

from packstation.domain.weighed_box import WeighedBox
from packstation.domain.weight_check import Estimate, WeightKnowledge
from packstation.domain.weights import Weight
from packstation.services import sparse_nnls

__all__ = ["LearnedWeights", "LearningSettings", "learn_weights"]

#: One row of the design: column -> coefficient (a box holds a few SKUs and one tare).
Row = dict[int, float]


@dataclass(frozen=True, slots=True)
class LearningSettings:
    #: A SKU (or tare) is known after this many boxes ...
    min_boxes: int = 5
    #: ... with a standard error at most this share of its weight (2 errors within 5 %).
    max_relative_error: float = 0.025
    #: Spread of one weighing that no box is below (scale resolution, packing material).
    noise_floor_grams: float = 3.0
    #: Spread that grows with the box (units and cartons are not all alike).
    noise_share: float = 0.01
    #: Residuals spread wider than this many times the noise model mean the model does not fit
    #: the station (seen: cartons of very different weights learned as one tare): then nothing
    #: counts as known, and boxes go unjudged rather than stopped on biased weights.
    max_residual_scale: float = 2.0
    huber_k: float = 1.345
    tukey_c: float = 4.685
    huber_steps: int = 3
    max_steps: int = 30


@dataclass(frozen=True, slots=True)
class LearnedWeights:
    """What learning found, ready for the weight check (`knowledge`), and how it went."""

    knowledge: WeightKnowledge
    boxes_used: int
    #: Boxes that no plausible weights explain (robust weight zero): likely mis-packs.
    outliers: int
    #: The robust spread of the residuals in units of the expected noise (about 1 is right;
    #: above `max_residual_scale` nothing learned is known: record carton sizes or tares).
    residual_scale: float
    learned_skus: frozenset[str] = field(default_factory=frozenset)


def learn_weights(
    boxes: Iterable[WeighedBox],
    *,
    catalogue: Mapping[str, Weight] | None = None,
    tares: Mapping[str | None, Weight] | None = None,
    settings: LearningSettings | None = None,
) -> LearnedWeights:
    """Estimate unit weights and tares from the shipped, stable weighings in `boxes`.

    `catalogue`: unit weights given in the products CSV (taken as exact, not learned).
    `tares`: configured tares per box size; the one under None is for boxes of unknown size.
    A box size without a configured tare gets a learned one.
    """
    cfg = settings or LearningSettings()
    fixed_units = {sku: float(w.in_grams) for sku, w in (catalogue or {}).items()}
    fixed_tares = {size: float(w.in_grams) for size, w in (tares or {}).items()}
    used = [b for b in boxes if b.shipped and b.stable and any(x.quantity > 0 for x in b.lines)]

    columns: dict[tuple[str, str | None], int] = {}
    rows: list[dict[int, float]] = []
    targets: list[float] = []
    totals: list[float] = []
    for box in used:
        row: dict[int, float] = {}
        target = box.grams
        for line in box.lines:
            if line.quantity <= 0:
                continue
            if line.sku in fixed_units:
                target -= fixed_units[line.sku] * line.quantity
            else:
                col = columns.setdefault(("sku", line.sku), len(columns))
                row[col] = row.get(col, 0.0) + line.quantity
        if box.box_size in fixed_tares:
            target -= fixed_tares[box.box_size]
        elif box.box_size is None and None in fixed_tares:
            target -= fixed_tares[None]
        else:
            col = columns.setdefault(("tare", box.box_size), len(columns))
            row[col] = 1.0
        rows.append(row)
        targets.append(target)
        totals.append(box.grams)

    known_tares = {size: Estimate(grams) for size, grams in fixed_tares.items()}
    catalogue_estimates = {sku: Estimate(grams) for sku, grams in fixed_units.items()}
    if not rows or not columns:
        return LearnedWeights(
            WeightKnowledge(catalogue_estimates, known_tares), len(used), 0, float("nan")
        )

    sigma = [math.hypot(cfg.noise_floor_grams, cfg.noise_share * total) for total in totals]
    design = _Design(
        [{col: q / s for col, q in row.items()} for row, s in zip(rows, sigma, strict=True)],
        [target / s for target, s in zip(targets, sigma, strict=True)],
        len(columns),
    )
    x, robust, scale = _robust_nnls(design, cfg)
    variances = sparse_nnls.inverse_diagonal(
        sparse_nnls.cholesky(design.normal(robust), design.order)
    )
    counts = design.counts(robust)

    units = dict(catalogue_estimates)
    learned_tares = dict(known_tares)
    fits = scale <= cfg.max_residual_scale
    for (kind, key), col in columns.items():
        grams, n = x[col], counts[col]
        error = scale * math.sqrt(max(variances[col], 0.0))
        known = (
            fits and n >= cfg.min_boxes and grams > 0 and error <= cfg.max_relative_error * grams
        )
        estimate = Estimate(grams, error, n, known)
        if kind == "sku":
            assert key is not None
            units[key] = estimate
        else:
            learned_tares[key] = estimate
    return LearnedWeights(
        WeightKnowledge(units, learned_tares),
        boxes_used=len(used),
        outliers=sum(w == 0 for w in robust),
        residual_scale=scale,
        learned_skus=frozenset(k for kind, k in columns if kind == "sku" and k is not None),
    )


class _Design:
    """The rows scaled by their noise (a box: a few SKU columns and one tare), with what each
    IRLS step needs precomputed: the products behind every entry of the normal matrix."""

    def __init__(self, rows: list[Row], targets: list[float], n: int) -> None:
        self.n = n
        self.cols = [tuple(row) for row in rows]
        self.vals = [tuple(row.values()) for row in rows]
        self.b = targets
        # Entry (i, j) of A'WA is sum over the boxes holding both of w * a_i * a_j: its boxes
        # and products are fixed, only the weights change from step to step.
        entries: dict[tuple[int, int], tuple[list[int], list[float]]] = {}
        rhs: dict[int, tuple[list[int], list[float]]] = {col: ([], []) for col in range(n)}
        for r, row in enumerate(rows):
            for i, vi in row.items():
                rhs[i][0].append(r)
                rhs[i][1].append(vi * targets[r])
                for j, vj in row.items():
                    boxes, products = entries.setdefault((i, j), ([], []))
                    boxes.append(r)
                    products.append(vi * vj)
        self.entries = entries
        self.rhs_terms = rhs
        # Factorise columns that meet few others first: their rows of the factor start late
        # (rarely shipped SKUs), and the tares, which meet nearly every SKU, come last.
        degree = [0] * n
        for i, _ in entries:
            degree[i] += 1
        self.order = sorted(range(n), key=lambda col: degree[col])

    def residuals(self, x: list[float]) -> list[float]:
        get = x.__getitem__
        return [
            b - sum(map(mul, vals, map(get, cols)))
            for cols, vals, b in zip(self.cols, self.vals, self.b, strict=True)
        ]

    def normal(self, weights: list[float]) -> dict[int, dict[int, float]]:
        """A'WA plus a tiny ridge: a direction the data cannot tell apart (two SKUs always
        shipped together) keeps a huge variance instead of a made-up one, and Cholesky works."""
        get = weights.__getitem__
        normal: dict[int, dict[int, float]] = {col: {} for col in range(self.n)}
        for (i, j), (boxes, products) in self.entries.items():
            value = sum(map(mul, map(get, boxes), products))
            if value:
                normal[i][j] = value
        trace = sum(normal[col].get(col, 0.0) for col in range(self.n))
        ridge = 1e-9 * max(trace / self.n, 1e-12)
        for col in range(self.n):
            normal[col][col] = normal[col].get(col, 0.0) + ridge
        return normal

    def rhs(self, weights: list[float]) -> list[float]:
        """A'Wb."""
        get = weights.__getitem__
        return [sum(map(mul, map(get, boxes), terms)) for boxes, terms in self.rhs_terms.values()]

    def counts(self, weights: list[float]) -> list[int]:
        """How many boxes each column's estimate rests on (those not set aside as outliers)."""
        counts = [0] * self.n
        for cols, w in zip(self.cols, weights, strict=True):
            if w > 0:
                for col in cols:
                    counts[col] += 1
        return counts

    def nnls(self, weights: list[float], start: list[float] | None) -> list[float]:
        # Same minimiser as on the rows: ||W^1/2 (Ax - b)||^2 = x'(A'WA)x - 2x'A'Wb + const.
        warm = None if start is None else dict(enumerate(start))
        return sparse_nnls.nnls(self.normal(weights), self.rhs(weights), self.order, warm)


def _robust_nnls(design: _Design, cfg: LearningSettings) -> tuple[list[float], list[float], float]:
    """IRLS around NNLS: (solution, final robust row weights, robust residual scale)."""
    weights = [1.0] * len(design.b)
    x = design.nnls(weights, None)
    scale = 1.0
    for step in range(cfg.max_steps):
        residuals = design.residuals(x)
        # Never below the noise model: a near-exact fit (few boxes per unknown) or a scale
        # quieter than modelled must not turn ordinary boxes into outliers.
        centre = statistics.median(residuals)
        mad = statistics.median(abs(r - centre) for r in residuals)
        scale = max(1.4826 * mad, 1.0)
        if step < cfg.huber_steps:
            new = [min(1.0, cfg.huber_k / max(abs(r / scale), 1e-12)) for r in residuals]
        else:
            new = [_tukey(r / scale, cfg.tukey_c) for r in residuals]
        # numpy.allclose(new, weights, atol=1e-4), as the numpy version decided it.
        settled = all(abs(u - w) <= 1e-4 + 1e-5 * abs(w) for u, w in zip(new, weights, strict=True))
        if settled and step >= cfg.huber_steps:
            break
        weights = new
        x = design.nnls(weights, x)
    return x, weights, scale


def _tukey(u: float, c: float) -> float:
    return (1 - (u / c) ** 2) ** 2 if abs(u) < c else 0.0
