"""Learning each SKU's unit weight (and each box size's tare) from the boxes the station weighed.

Each shipped box is one equation: measured = tare(box size) + sum(quantity x unit weight) + noise.
Unknowns are the unit weights of SKUs without a catalogue weight and the tares of box sizes not
configured; what is known is subtracted first. The system is solved by non-negative least squares
(`scipy.optimize.nnls`: no weight is negative), made robust by iteratively reweighted least squares:
a few Huber steps from the plain solution, then Tukey's biweight, which gives a box that no
plausible weights explain (an uncaught mis-pack, a hand left on the scale) no weight at all.

Noise grows with the box: a floor in grams (scale resolution, void fill) plus a share of the
weight (units and cartons vary). Each row is scaled by that expected spread, so a heavy box does
not outvote light ones. The standard error of each estimate comes from the weighted normal
matrix, scaled by the robust residual spread; a near-singular direction (two SKUs that always
ship together) gets a huge error, hence never counts as known.

Pure and CPU-bound: the caller runs it in a worker (`asyncio.to_thread`), never on the scan path.
The design matrix is sparse (a box holds a few SKUs), so each step only builds the small normal
matrix (SKUs x SKUs) and solves NNLS on its Cholesky factor: a month of boxes takes well under a
second (measured by bench/scale_learning_bench.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from scipy import sparse
from scipy.optimize import nnls

from packstation.domain.weighed_box import WeighedBox
from packstation.domain.weight_check import Estimate, WeightKnowledge
from packstation.domain.weights import Weight

__all__ = ["LearnedWeights", "LearningSettings", "learn_weights"]

FloatArray = npt.NDArray[np.float64]


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

    # At most a handful of non-zeros per row: sparse, so each step costs little beyond the
    # small normal matrix (columns x columns), however many boxes there are.
    row_index = [i for i, row in enumerate(rows) for _ in row]
    col_index = [col for row in rows for col in row]
    values = [qty for row in rows for qty in row.values()]
    sigma = np.sqrt(cfg.noise_floor_grams**2 + (cfg.noise_share * np.asarray(totals)) ** 2)
    design = sparse.csr_array(
        (np.asarray(values) / sigma[row_index], (row_index, col_index)),
        shape=(len(rows), len(columns)),
    )
    x, robust, scale = _robust_nnls(design, np.asarray(targets) / sigma, cfg)

    normal = _normal_matrix(design, robust)
    covariance = np.linalg.inv(normal) * scale**2
    errors = np.sqrt(np.clip(np.diag(covariance), 0.0, None))
    occurs = sparse.csr_array(design.multiply(robust[:, None]) > 0)
    counts = np.asarray(occurs.sum(axis=0)).ravel()

    units = dict(catalogue_estimates)
    learned_tares = dict(known_tares)
    fits = scale <= cfg.max_residual_scale
    for (kind, key), col in columns.items():
        grams, error, n = float(x[col]), float(errors[col]), int(counts[col])
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
        outliers=int((robust == 0).sum()),
        residual_scale=scale,
        learned_skus=frozenset(k for kind, k in columns if kind == "sku" and k is not None),
    )


def _robust_nnls(
    a: sparse.csr_array, b: FloatArray, cfg: LearningSettings
) -> tuple[FloatArray, FloatArray, float]:
    """IRLS around NNLS: (solution, final robust row weights, robust residual scale)."""
    weights = np.ones(len(b))
    x = _weighted_nnls(a, b, weights)
    scale = 1.0
    for step in range(cfg.max_steps):
        residuals = b - a @ x
        # Never below the noise model: a near-exact fit (few boxes per unknown) or a scale
        # quieter than modelled must not turn ordinary boxes into outliers.
        mad = float(np.median(np.abs(residuals - np.median(residuals))))
        scale = max(1.4826 * mad, 1.0)
        u = residuals / scale
        if step < cfg.huber_steps:
            new = np.minimum(1.0, cfg.huber_k / np.maximum(np.abs(u), 1e-12))
        else:
            new = np.where(np.abs(u) < cfg.tukey_c, (1 - (u / cfg.tukey_c) ** 2) ** 2, 0.0)
        if np.allclose(new, weights, atol=1e-4) and step >= cfg.huber_steps:
            break
        weights = new
        x = _weighted_nnls(a, b, weights)
    return x, weights, scale


def _normal_matrix(a: sparse.csr_array, weights: FloatArray) -> FloatArray:
    """A'WA plus a tiny ridge: a direction the data cannot tell apart (two SKUs always shipped
    together) keeps a huge variance instead of a made-up one, and Cholesky always works."""
    normal = np.asarray((a.T @ a.multiply(weights[:, None])).toarray(), dtype=np.float64)
    ridge = 1e-9 * max(float(np.trace(normal)) / len(normal), 1e-12)
    return normal + ridge * np.eye(len(normal))


def _weighted_nnls(a: sparse.csr_array, b: FloatArray, weights: FloatArray) -> FloatArray:
    # Same minimiser on a small square system: with A'WA = R'R and R'd = A'Wb,
    # ||W^1/2 (Ax - b)||^2 = ||Rx - d||^2 + const.
    normal = _normal_matrix(a, weights)
    r = np.linalg.cholesky(normal).T
    d = np.linalg.solve(r.T, np.asarray(a.T @ (weights * b), dtype=np.float64))
    solution, _ = nnls(r, d, maxiter=50 * len(d))
    return np.asarray(solution, dtype=np.float64)
