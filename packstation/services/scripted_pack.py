"""Pack an order into a journal from a script of scans, journaled as the packing service does.

For demos of the supervisor's screens, tests and benchmarks of the figures and the history: the
same classifier, the same pack session and the same journal writer (`write_pack_event`: the
`NewEvent`, the outbox payload, closing the session) as `PackingService`, with times given by the
script instead of a clock and no Stitch behind it. A badge scanned mid-pack changes the packer at
once here, where the window first asks: the scripts describe what was decided, not the asking.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from packstation.domain.classify import classify
from packstation.domain.events import PackEvent
from packstation.domain.scans import CommandName
from packstation.domain.session import CatalogLookup, PackSession, SessionSpec
from packstation.services.event_records import write_pack_event
from packstation.store import Journal, OutboxEntry, SessionOutcome


class ScriptedPack:
    """One pack session, opened in the journal on creation; feed it `scan`s with their times."""

    def __init__(
        self,
        journal: Journal,
        spec: SessionSpec,
        *,
        station: str,
        packer: str,
        at: dt.datetime,
        catalog: CatalogLookup | None = None,
        extra_spec: Mapping[str, object] | None = None,
        session_id: str | None = None,
    ) -> None:
        self._journal = journal
        self._session = PackSession(spec, catalog=catalog)
        self.packer = packer
        self.station = station
        record = {**spec.to_record(), **(extra_spec or {})}
        self.session_id = journal.open_session(
            fulfillment_id=spec.fulfillment_id,
            order_number=spec.order_number,
            station=station,
            packer=packer,
            spec=record,
            at=at,
            session_id=session_id,
        ).id
        self.boxes: list[OutboxEntry] = []
        self.closed = False

    @property
    def session(self) -> PackSession:
        return self._session

    def scan(self, raw: str, at: dt.datetime) -> PackEvent:
        return self._commit(self._session.scan(classify(raw), at))

    def acknowledge(self, at: dt.datetime) -> PackEvent:
        return self._commit(self._session.acknowledge(at))

    def stop(self, at: dt.datetime) -> None:
        """Stitch canceled the order or it shipped elsewhere: closed without an event."""
        self._journal.close_session(self.session_id, outcome=SessionOutcome.STOPPED, at=at)
        self.closed = True

    def _commit(self, event: PackEvent) -> PackEvent:
        result = event.result
        if result.command is CommandName.USER and result.argument:
            self.packer = result.argument
        written = write_pack_event(
            self._journal,
            self.session_id,
            event,
            self.packer,
            order_number=self._session.spec.order_number,
        )
        if written.box is not None:
            self.boxes.append(written.box)
        self.closed = self.closed or written.closed
        return event


__all__ = ["ScriptedPack"]
