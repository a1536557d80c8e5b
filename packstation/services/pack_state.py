"""The state of the open pack that opening, scanning and watching share (`PackState`), and the
answers the packing service gives (`ScanOutcome`, `OpenedPack`).

`PackingService` (services/packing.py) is this state with its three parts: opening a pack
(services/pack_opening.py), scanning and closing boxes (services/packing.py) and watching the open
order for changes in Stitch (services/pack_watch.py).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import zoneinfo
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from packstation.domain.clock import Clock
from packstation.domain.events import PackEvent, PutBack
from packstation.domain.records import Fulfillment
from packstation.domain.scans import Scan
from packstation.domain.session import PackSession, SessionSpec, Snapshot
from packstation.services.claims import CLAIM_WINDOW
from packstation.services.notifications import Notifier, PackAlert, QueueChanged, StatusRefused
from packstation.services.queue import QueueService
from packstation.services.settings import Settings
from packstation.store import (
    Journal,
    JournalUnavailable,
    OutboxEntry,
)
from packstation.store.timestamps import utc_now

if TYPE_CHECKING:
    from packstation.services.warehouse_station import ClaimRows

log = logging.getLogger(__name__)


CHANGE_ACKNOWLEDGED = "order change acknowledged"


class Verdict(StrEnum):
    RECORDED = "recorded"  # fed to the pack session and on disk: see `event`
    OPEN_ORDER = "open_order"  # a packing slip and no pack open: await `open(fulfillment_id)`
    FINISH_FIRST = "finish_first"  # another order's slip during a pack: finish or cancel first
    NO_PACK = "no_pack"  # no pack open and not a slip of an open order
    REFUSED = "refused"  # the journal cannot be written: scanning is stopped (see `message`)
    RECHECK = "recheck"  # the order changed in Stitch: acknowledge before its label is scanned
    CHANGE_ACKNOWLEDGED = "change_acknowledged"  # the packer saw the change
    SIGNED_IN = "signed_in"
    SIGN_IN_FIRST = "sign_in_first"  # a slip with nobody signed in (allow_anonymous_packing off)
    LABEL_USED = "label_used"  # this carrier label is already on another box of the order
    PUT_BACK_FIRST = "put_back_first"  # a stopped pack's units are still out: ACK before a slip
    PUT_BACK_DONE = "put_back_done"  # the packer acknowledged the stopped pack's list
    WEIGHING = "weighing"  # the box is being weighed: its label waits for the weight
    NO_SCALE = "no_scale"  # PS-CMD:WEIGH at a station without a scale
    NOT_COMPLETE = "not_complete"  # PS-CMD:WEIGH (or an override) with no complete box to weigh
    WEIGHT_OVERRIDE = "weight_override"  # PS-CMD:SHIP over a wrong weight: a supervisor's PIN


@dataclass(frozen=True, slots=True)
class ScanOutcome:
    verdict: Verdict
    message: str = ""  # the packer's words for service-level verdicts (the event speaks else)
    scan: Scan | None = None
    event: PackEvent | None = None
    snapshot: Snapshot | None = None  # the pack after this scan (None: no pack open)
    fulfillment_id: str | None = None  # OPEN_ORDER / FINISH_FIRST: the slip's order
    box: OutboxEntry | None = None  # a box closed: its pending shipment
    alert: PackAlert | None = None  # an unacknowledged change of the open order
    stopped: StoppedPack | None = None  # PUT_BACK_FIRST: the list still to put back


@dataclass(frozen=True, slots=True)
class StoppedPack:
    """A pack that stopped with units in its box (or that Stitch canceled): its list stays on
    screen, and no slip opens, until the packer acknowledges that the units are back."""

    fulfillment_id: str
    order_number: str
    put_back: tuple[PutBack, ...]
    by_stitch: bool = False  # canceled or shipped elsewhere in Stitch, not stopped by the packer

    @property
    def units(self) -> int:
        return sum(p.quantity for p in self.put_back)


class OpenRefusal(StrEnum):
    BUSY = "busy"  # another pack is open
    NOT_OPEN = "not_open"  # canceled or complete in Stitch
    CLAIMED = "claimed"  # another station claimed it recently: needs takeover=True
    UNAVAILABLE = "unavailable"  # Stitch unreachable and nothing cached
    UNKNOWN = "unknown"  # Stitch has no such fulfillment
    NOTHING_LEFT = "nothing_left"  # every unit is already in this station's outbox
    JOURNAL = "journal"  # the journal cannot be written
    SIGN_IN = "sign_in"  # nobody signed in and the station does not pack anonymously
    PUT_BACK = "put_back"  # a stopped pack's units are not acknowledged as put back yet


@dataclass(frozen=True, slots=True)
class OpenedPack:
    opened: bool
    message: str  # packer's words: why not, or a warning
    snapshot: Snapshot | None = None
    fulfillment: Fulfillment | None = None
    refusal: OpenRefusal | None = None
    claimed_by: str | None = None  # CLAIMED: the other station's claim text
    offline: bool = False  # opened from cached lines while Stitch is unreachable
    resumed: bool = False


class Kickable(Protocol):
    """The sender as packing sees it: the `OutboxSender`, or in warehouse mode the forwarder."""

    def kick(self, *, now: bool = False) -> None: ...


class PackState:
    """Fields and helpers of the open pack; the parts of `PackingService` build on it."""

    def __init__(
        self,
        journal: Journal,
        queue: QueueService,
        notifier: Notifier,
        settings: Settings,
        *,
        sender: Kickable | None = None,
        claims: ClaimRows | None = None,
        clock: Clock = utc_now,
        claim_window: dt.timedelta = CLAIM_WINDOW,
        open_timeout_s: float = 5.0,
    ) -> None:
        self._journal = journal
        self._queue = queue
        self._notifier = notifier
        self._settings = settings
        self._sender = sender
        # Warehouse mode: claims are rows in PostgreSQL, not statuses in Stitch.
        self._claims = claims
        self._clock = clock
        self._claim_window = claim_window
        self._open_timeout_s = open_timeout_s
        self._zone = _zone(settings.time_zone)
        self.packer = ""
        self._session: PackSession | None = None
        self._session_id: str | None = None
        self._record: dict[str, Any] = {}
        self._expect: dict[str, Any] = {}
        self._fulfillment: Fulfillment | None = None
        self._recheck: PackAlert | None = None
        self._unwritable: str | None = None
        self._shipped_at: dt.datetime | None = None
        self._stopped: StoppedPack | None = None
        self._last_scan_at: dt.datetime | None = None  # for the idle sign-out
        self._tasks: set[asyncio.Task[None]] = set()
        notifier.on(QueueChanged, self._on_queue_changed)
        notifier.on(StatusRefused, self._on_status_refused)

    # -- reading -------------------------------------------------------------------------------

    @property
    def current(self) -> Snapshot | None:
        return None if self._session is None else self._session.snapshot()

    @property
    def has_open_pack(self) -> bool:
        """Cheaper than `current is not None` (a snapshot copies every line)."""
        return self._session is not None

    @property
    def spec(self) -> SessionSpec | None:
        """What the open pack started from (its lines and their barcodes)."""
        return None if self._session is None else self._session.spec

    @property
    def session_id(self) -> str | None:
        return self._session_id

    @property
    def fulfillment(self) -> Fulfillment | None:
        return self._fulfillment

    @property
    def stopped_pack(self) -> StoppedPack | None:
        """A stopped pack whose units are still to go back (acknowledge to clear)."""
        return self._stopped

    @property
    def accepting_scans(self) -> bool:
        return self._unwritable is None

    @property
    def pending_alert(self) -> PackAlert | None:
        return self._recheck

    def check_writable(self) -> bool:
        """Try a write; scanning resumes when it works."""
        try:
            self._journal.check_writable()
        except JournalUnavailable as exc:
            self._unwritable = str(exc)
            log.error("%s", exc.details)
            return False
        self._unwritable = None
        return True

    def _start(
        self,
        spec: SessionSpec,
        session_id: str,
        record: Mapping[str, Any],
        fulfillment: Fulfillment | None,
        events: tuple[PackEvent, ...] = (),
    ) -> None:
        self._session = PackSession.replay(spec, events, catalog=self._queue.product_for)
        self._session_id = session_id
        self._record = dict(record)
        self._expect = dict(record.get("expect") or {})
        self._fulfillment = fulfillment
        self._recheck = None
        self._shipped_at = None

    def _put_status(self, fulfillment_id: str, text: str) -> None:
        try:
            self._journal.statuses.put(fulfillment_id, text)
        except JournalUnavailable as exc:
            self._journal_failed(exc)
            return
        self._kick_sender()

    def _release_claim(self, fulfillment_id: str) -> None:
        if self._claims is not None:
            self._claims.release_soon(fulfillment_id)
            return
        claim = self._record.get("claim")
        if not claim:
            return
        latest = self._journal.statuses.latest(fulfillment_id)
        if latest is not None and latest.status != claim:
            return  # the packer set another status since: keep theirs
        self._put_status(fulfillment_id, str(self._record.get("previous_status") or ""))

    def _journal_failed(self, exc: JournalUnavailable) -> None:
        self._unwritable = str(exc)
        log.error("%s", exc.details)

    def _end(self) -> None:
        self._session = None
        self._session_id = None
        self._record = {}
        self._expect = {}
        self._fulfillment = None
        self._recheck = None

    def _on_queue_changed(self, change: QueueChanged) -> None:
        """Overridden by the watch (services/pack_watch.py)."""

    def _on_status_refused(self, refused: StatusRefused) -> None:
        """Overridden by the watch (services/pack_watch.py)."""

    # -- background work -------------------------------------------------------------------------

    def _kick_sender(self) -> None:
        if self._sender is not None:
            self._sender.kick()

    def _spawn(self, work: Callable[[], Coroutine[Any, Any, object]]) -> None:
        async def run() -> None:
            try:
                await work()
            except Exception:
                log.exception("background check failed")

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop (a synchronous caller): the sender checks before posting anyway
        task = loop.create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def aclose(self) -> None:
        tasks = tuple(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


def _zone(name: str) -> dt.tzinfo:
    if name:
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            log.warning("unknown time zone %r in the settings: using the computer's", name)
    zone = dt.datetime.now().astimezone().tzinfo
    return zone if zone is not None else dt.UTC


__all__ = [
    "CHANGE_ACKNOWLEDGED",
    "Clock",
    "OpenRefusal",
    "OpenedPack",
    "PackState",
    "ScanOutcome",
    "StoppedPack",
    "Verdict",
]
