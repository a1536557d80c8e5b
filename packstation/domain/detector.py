"""Tell a keyboard-wedge scanner's bursts from a person typing, key event by key event.

A scanner types a whole code in a few milliseconds per character and ends it with Enter or Tab; a
person cannot press four keys that fast. The detector holds keys while they could still be the start
of a scan and hands them back as typing as soon as they cannot be: a gap longer than the threshold,
a terminator too early, or a timeout noticed by `poll`. The first key of a burst is therefore always
held: nothing about one key says "scanner".

The UI wraps this in an event filter:

- `feed_key` for every key that produces text. Replay `decision.typed` to the focused widget first,
  then act on `decision.action` for the event itself (HOLD and DROP: swallow it; PASS: let it
  through).
- `feed_terminator` for Enter and Tab. SCAN: swallow the event and handle `decision.scan`; PASS:
  replay `decision.typed`, then let the Enter/Tab through.
- `poll(now_ms)` from a single-shot timer armed for `deadline_ms()`, and `flush()` when focus leaves
  the window, so held keys reach the widget without waiting for another key.

Timestamps are milliseconds on one monotonic clock (Qt's `QKeyEvent.timestamp()`); the detector
never reads a clock itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

DEFAULT_MAX_GAP_MS = 50
DEFAULT_MIN_LENGTH = 4


class Action(StrEnum):
    """What the event filter does with the key event it just fed."""

    HOLD = "hold"  # swallow: the detector keeps the key, it may be part of a scan
    PASS = "pass"  # noqa: S105  let the event through (after replaying `typed`)
    SCAN = "scan"  # swallow: it was the terminator of the scan in `scan`
    DROP = "drop"  # swallow and forget: an auto-repeat in the middle of a burst


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    # Keys that turned out to be typing, to deliver to the focused widget before anything else.
    typed: str = ""
    scan: str | None = None


_HOLD = Decision(Action.HOLD)
_PASS = Decision(Action.PASS)
_DROP = Decision(Action.DROP)


class ScanDetector:
    """Splits a stream of key events into scans and typing. Not thread-safe; one per window."""

    __slots__ = ("_held", "_last_ms", "max_gap_ms", "min_length")

    def __init__(
        self, max_gap_ms: int = DEFAULT_MAX_GAP_MS, min_length: int = DEFAULT_MIN_LENGTH
    ) -> None:
        if max_gap_ms < 1:
            raise ValueError("max_gap_ms must be at least 1")
        if min_length < 2:
            # One key can never be told from typing, so a one-character "scan" would eat keys.
            raise ValueError("min_length must be at least 2")
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self._held: list[str] = []
        self._last_ms = 0

    @property
    def holding(self) -> bool:
        """True while keys are held back as a possible scan."""
        return bool(self._held)

    def deadline_ms(self) -> int | None:
        """When `poll` will hand keys back unless another key comes first; None: nothing held."""
        return self._last_ms + self.max_gap_ms + 1 if self._held else None

    def feed_key(self, text: str, timestamp_ms: int, *, auto_repeat: bool = False) -> Decision:
        """One key that produces `text` (usually one character) was pressed at `timestamp_ms`."""
        if not text:
            raise ValueError("feed_key needs the key's text; feed Enter/Tab to feed_terminator")
        typed = self._expire(timestamp_ms)
        if auto_repeat:
            # Scanners never auto-repeat: a held-down key is a person. It never joins a burst; in
            # the middle of a live burst it cannot be delivered without reordering keys, so it goes.
            if self._held:
                return _DROP
            return Decision(Action.PASS, typed) if typed else _PASS
        self._held.append(text)
        self._last_ms = timestamp_ms
        return Decision(Action.HOLD, typed) if typed else _HOLD

    def feed_terminator(self, timestamp_ms: int) -> Decision:
        """Enter or Tab was pressed at `timestamp_ms`: a scan if a long enough burst is held."""
        typed = self._expire(timestamp_ms)
        if typed or not self._held:
            return Decision(Action.PASS, typed) if typed else _PASS
        burst = "".join(self._held)
        self._held.clear()
        if len(burst) < self.min_length:
            return Decision(Action.PASS, burst)
        return Decision(Action.SCAN, scan=burst)

    def poll(self, now_ms: int) -> str | None:
        """Held keys that can no longer be a scan at `now_ms`, to deliver as typing; else None."""
        return self._expire(now_ms) or None

    def flush(self) -> str:
        """Give up on whatever is held (focus left the window): it is handed back as typing."""
        typed = "".join(self._held)
        self._held.clear()
        return typed

    def _expire(self, now_ms: int) -> str:
        # A clock that runs backwards (X server time wraps after 49 days) also ends the burst: when
        # in doubt it is typing, and a missed scan only costs the packer a rescan.
        if self._held:
            gap = now_ms - self._last_ms
            if gap > self.max_gap_ms or gap < 0:
                return self.flush()
        return ""


__all__ = ["DEFAULT_MAX_GAP_MS", "DEFAULT_MIN_LENGTH", "Action", "Decision", "ScanDetector"]
