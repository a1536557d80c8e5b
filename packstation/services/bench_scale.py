"""The station's bench scale and what the weight gate knows: one `BenchScale` per station.

Built from the settings (`BenchScale.from_settings`: None when no scale is configured, and then
nothing about packing changes). It opens the scale lazily in a worker thread (a missing scale is
said when a box is weighed, not at start), reads a stable weight with a deadline long enough for
the packer to put the box on it, and keeps the `WeightKnowledge` the gate judges with: catalogue
weights from the products CSV (`catalogue_weights.py`), the configured tare, and what learning
found (`weight_learning.learn_weights`, run in a worker at start and every `LEARN_EVERY`
weighings, never on the scan path).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Final

from packstation.devices import (
    Scale,
    ScaleConfig,
    ScaleDisconnected,
    ScaleEmpty,
    ScaleError,
    ScaleNotFound,
    ScaleNotResponding,
    ScaleOverload,
    ScaleUnderZero,
    ScaleUnstable,
    open_scale,
)
from packstation.domain.weighed_box import WeighedBox
from packstation.domain.weight_check import Estimate, WeightKnowledge
from packstation.domain.weights import Tolerance, Unit, Weight
from packstation.services.catalogue_weights import catalogue_path, load_catalogue_weights
from packstation.services.scale_station import scale_config, weight_tolerance
from packstation.services.settings import Settings
from packstation.services.weighed_boxes import weighed_boxes
from packstation.services.weight_learning import LearnedWeights, learn_weights
from packstation.store import Journal

__all__ = ["LEARN_EVERY", "BenchScale", "scale_problem"]

log = logging.getLogger(__name__)

#: Learning runs again after this many weighings.
LEARN_EVERY: Final = 20
#: How long a weighing waits for a stable box on the scale (the packer may still be placing it).
WEIGH_SECONDS: Final = 20.0
#: Below this the scale is taken as empty: an empty pan never passes for a box.
MINIMUM: Final = Weight(Decimal(5), Unit.G)
#: Weighed boxes older than this are not learned from (products and cartons change).
LEARN_DAYS: Final = 180

Opener = Callable[[ScaleConfig], Scale]


def scale_problem(exc: ScaleError) -> str:
    """The packer's words for a weighing that found no weight (domain_words templates)."""
    if isinstance(exc, ScaleUnstable):
        return "the scale did not settle: keep the box still on it"
    if isinstance(exc, ScaleEmpty):
        return "nothing on the scale: put the box on it"
    if isinstance(exc, ScaleOverload):
        return "the scale is overloaded"
    if isinstance(exc, ScaleUnderZero):
        return "the scale reads below zero: empty it and zero it"
    if isinstance(exc, (ScaleNotFound, ScaleDisconnected, ScaleNotResponding)):
        return "the scale does not answer: check its cable"
    return "the scale reports a fault"


class BenchScale:
    def __init__(
        self,
        config: ScaleConfig,
        tolerance: Tolerance,
        *,
        tare: Weight | None = None,
        catalogue: Mapping[str, Weight] | None = None,
        journal_path: Path | None = None,
        opener: Opener = open_scale,
        seconds: float = WEIGH_SECONDS,
        learn_every: int = LEARN_EVERY,
    ) -> None:
        self.config = config
        self.tolerance = tolerance
        self.unit = config.unit
        self.tare = tare
        self.catalogue = dict(catalogue or {})
        self.journal_path = journal_path
        self.seconds = seconds
        self.learn_every = learn_every
        self.learned: LearnedWeights | None = None
        self._opener = opener
        self._scale: Scale | None = None
        self._since_learning = 0
        self._learning: asyncio.Task[None] | None = None
        self._catalogue_stamp = _stamp(journal_path)
        self.knowledge = self._known()

    @classmethod
    def from_settings(cls, settings: Settings, journal_path: Path | None) -> BenchScale | None:
        config = scale_config(settings)
        if config is None:
            return None
        tare = (
            Weight(Decimal(repr(settings.scale_tare_grams)), Unit.G)
            if settings.scale_tare_grams > 0
            else None
        )
        catalogue = load_catalogue_weights(journal_path) if journal_path is not None else {}
        return cls(
            config,
            weight_tolerance(settings),
            tare=tare,
            catalogue=catalogue,
            journal_path=journal_path,
        )

    # -- reading -----------------------------------------------------------------------------
    async def read(self) -> Weight:
        """A stable weight of the box (raises `ScaleError`); opens the scale first if needed."""
        await self.refresh_catalogue()
        scale = self._scale
        if scale is None:
            scale = await asyncio.to_thread(self._opener, self.config)
            self._scale = scale
        try:
            return await scale.read_stable_async(self.seconds, minimum=MINIMUM)
        except (ScaleDisconnected, ScaleNotResponding):
            # Opened again at the next weighing: the cable may be back by then.
            self._scale = None
            await asyncio.to_thread(scale.close)
            raise

    def close(self) -> None:
        scale, self._scale = self._scale, None
        if scale is not None:
            scale.close()
        if self._learning is not None:
            self._learning.cancel()

    # -- knowing -----------------------------------------------------------------------------
    def set_catalogue(self, catalogue: Mapping[str, Weight]) -> None:
        self.catalogue = dict(catalogue)
        self.knowledge = self._known()

    async def refresh_catalogue(self) -> None:
        """Catalogue weights saved since they were read (`packstation products push` is another
        process): read again, in a worker, before the box is judged."""
        path = self.journal_path
        if path is None:
            return
        stamp = await asyncio.to_thread(_stamp, path)
        if stamp == self._catalogue_stamp:
            return
        catalogue = await asyncio.to_thread(load_catalogue_weights, path)
        self._catalogue_stamp = stamp
        self.set_catalogue(catalogue)
        log.info("catalogue weights read again: %d SKUs", len(catalogue))

    def weighed(self) -> None:
        """One more box weighed: learn again every `learn_every` weighings (in a worker)."""
        self._since_learning += 1
        if self._since_learning >= self.learn_every:
            self.start_learning()

    def start_learning(self) -> None:
        """Learn in the background unless a round is already running (needs a running loop)."""
        if self.journal_path is None or (self._learning is not None and not self._learning.done()):
            return
        self._since_learning = 0
        self._learning = asyncio.get_running_loop().create_task(self.learn(), name="learn weights")

    async def learn(self) -> None:
        if self.journal_path is None:
            return
        path, catalogue, tare = self.journal_path, dict(self.catalogue), self.tare
        try:
            learned = await asyncio.to_thread(_learn, path, catalogue, tare)
        except Exception:
            log.exception("learning the weights failed; the gate keeps what it knew")
            return
        self.learned = learned
        self.knowledge = self._known()
        known = sum(e.known for e in learned.knowledge.unit_weights.values())
        log.info(
            "weights learned from %d boxes: %d SKUs known, %d outliers",
            learned.boxes_used,
            known,
            learned.outliers,
        )

    def _known(self) -> WeightKnowledge:
        units: dict[str, Estimate] = {}
        tares: dict[str | None, Estimate] = {}
        if self.learned is not None:
            units.update(self.learned.knowledge.unit_weights)
            tares.update(self.learned.knowledge.tares)
        units.update({sku: Estimate(float(w.in_grams)) for sku, w in self.catalogue.items()})
        if self.tare is not None:
            tares[None] = Estimate(float(self.tare.in_grams))
        return WeightKnowledge(units, tares)


def _learn(
    journal_path: Path, catalogue: Mapping[str, Weight], tare: Weight | None
) -> LearnedWeights:
    journal = Journal.open(journal_path, read_only=True)
    try:
        end = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
        events = journal.events_between(end - dt.timedelta(days=LEARN_DAYS), end)
    finally:
        journal.close()
    boxes: list[WeighedBox] = weighed_boxes(events)
    return learn_weights(boxes, catalogue=catalogue, tares={None: tare} if tare else None)


def _stamp(journal_path: Path | None) -> int | None:
    """When the catalogue weights file last changed (None: there is none)."""
    if journal_path is None:
        return None
    try:
        return catalogue_path(journal_path).stat().st_mtime_ns
    except OSError:
        return None
