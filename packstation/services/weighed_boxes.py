"""Weighed boxes in the journal: a weighing is an event of kind `box_weighed` in its pack session.

No table of its own: the events table already keeps time, station, packer and fulfillment, and
its JSON payload holds `WeighedBox.to_record()`. `weighing_event` makes the event to append (in
the same journal call as the box's other events); `weighed_boxes` reads them back for learning,
the order history and the figures, skipping (and logging) a payload it cannot read.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from packstation.domain.weighed_box import BOX_WEIGHED, WeighedBox
from packstation.store.records import EventRecord, NewEvent

__all__ = ["weighed_boxes", "weighing_event"]

log = logging.getLogger(__name__)


def weighing_event(box: WeighedBox, *, packer: str | None = None) -> NewEvent:
    return NewEvent(
        kind=BOX_WEIGHED,
        at=box.weighed_at,
        raw="",
        result=str(box.verdict),
        payload=box.to_record(),
        packer=packer,
    )


def weighed_boxes(events: Iterable[EventRecord]) -> list[WeighedBox]:
    found = []
    for event in events:
        if event.kind != BOX_WEIGHED:
            continue
        try:
            found.append(WeighedBox.from_record(event.payload))
        except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
            log.warning(
                "Skipped an unreadable weighing (session %s, event %s): %r",
                event.session_id,
                event.seq,
                exc,
            )
    return found
