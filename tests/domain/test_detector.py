"""The scan detector on synthetic key timelines: what a scan is, what stays typing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.domain.detector import Action, Decision, ScanDetector

ENTER = "\n"  # a terminator in the timelines below (Enter or Tab: both end a scan)
TAB = "\t"


@dataclass
class Screen:
    """What the user ends up with: typing delivered to the widget, and scans handled."""

    typed: list[str] = field(default_factory=list)
    scans: list[str] = field(default_factory=list)
    passed_terminators: int = 0

    @property
    def text(self) -> str:
        return "".join(self.typed)


def run(
    timeline: Sequence[tuple[int, str] | tuple[int, str, bool]],
    detector: ScanDetector | None = None,
    *,
    poll_every_ms: int | None = None,
) -> Screen:
    """Feed (timestamp, key[, auto_repeat]) events the way the Qt event filter will.

    With `poll_every_ms`, a timer also polls between keys, as the UI's single-shot timer does.
    """
    det = detector or ScanDetector()
    screen = Screen()
    last = 0
    for event in timeline:
        ts, key = event[0], event[1]
        auto = bool(event[2]) if len(event) == 3 else False
        if poll_every_ms is not None:
            for now in range(last + poll_every_ms, ts, poll_every_ms):
                polled = det.poll(now)
                if polled is not None:
                    screen.typed.append(polled)
        last = ts
        decision: Decision
        if key in (ENTER, TAB):
            decision = det.feed_terminator(ts)
        else:
            decision = det.feed_key(key, ts, auto_repeat=auto)
        screen.typed.append(decision.typed)
        if decision.action is Action.SCAN:
            assert decision.scan is not None
            screen.scans.append(decision.scan)
        elif decision.action is Action.PASS:
            if key in (ENTER, TAB):
                screen.passed_terminators += 1
                screen.typed.append(key)
            else:
                screen.typed.append(key)
    screen.typed.append(det.flush())
    return screen


def keys(text: str, start: int, gaps: list[int] | int) -> list[tuple[int, str]]:
    """`text` typed from `start` with the given gap(s) in ms between consecutive keys."""
    out: list[tuple[int, str]] = []
    ts = start
    for i, ch in enumerate(text):
        if i:
            ts += gaps if isinstance(gaps, int) else gaps[i - 1]
        out.append((ts, ch))
    return out


@pytest.mark.parametrize("gap_ms", [3, 8, 16])
def test_scanner_burst_ended_by_enter_is_one_scan(gap_ms: int) -> None:
    timeline = keys("0012345678905", 1000, gap_ms)
    timeline.append((timeline[-1][0] + gap_ms, ENTER))
    screen = run(timeline)
    assert screen.scans == ["0012345678905"]
    assert screen.text == ""
    assert screen.passed_terminators == 0


def test_tab_ends_a_scan_too() -> None:
    timeline = [*keys("1Z999AA10123456784", 0, 4), (72, TAB)]
    assert run(timeline).scans == ["1Z999AA10123456784"]


def test_every_key_is_held_while_it_could_still_be_a_scan() -> None:
    det = ScanDetector()
    assert det.feed_key("A", 0).action is Action.HOLD
    assert det.feed_key("B", 5).action is Action.HOLD
    assert det.holding
    assert det.deadline_ms() == 5 + 50 + 1


@pytest.mark.parametrize("gap_ms", [60, 120, 300])
def test_human_typing_is_handed_back_in_order(gap_ms: int) -> None:
    timeline = [*keys("hello", 0, gap_ms), (5 * gap_ms, ENTER)]
    screen = run(timeline)
    assert screen.scans == []
    assert screen.text == "hello" + ENTER
    assert screen.passed_terminators == 1


def test_a_lone_key_comes_back_from_poll_after_the_threshold() -> None:
    det = ScanDetector()
    assert det.feed_key("x", 100).action is Action.HOLD
    assert det.poll(150) is None  # a gap of exactly the threshold may still be a scanner
    assert det.poll(151) == "x"
    assert not det.holding
    assert det.poll(500) is None
    assert det.deadline_ms() is None


def test_human_typing_two_or_three_keys_fast_then_slowing_is_typing() -> None:
    # "the" with a fast roll over t-h-e, then a pause, then more letters at human speed.
    timeline = [*keys("the", 0, 30), *keys("m", 300, 0), *keys("ug", 450, 40), (800, ENTER)]
    screen = run(timeline)
    assert screen.scans == []
    assert screen.text == "themug" + ENTER


def test_fast_three_keys_then_enter_fast_is_too_short_for_a_scan() -> None:
    screen = run([*keys("abc", 0, 5), (15, ENTER)])
    assert screen.scans == []
    assert screen.text == "abc" + ENTER
    assert screen.passed_terminators == 1


def test_min_length_is_configurable() -> None:
    screen = run([*keys("abc", 0, 5), (15, ENTER)], ScanDetector(min_length=3))
    assert screen.scans == ["abc"]


def test_burst_interrupted_midway_is_handed_back_as_typing() -> None:
    # The scanner stalls for 200 ms after 5 of 13 digits: neither half may be taken as a scan of
    # the wrong code; all 13 digits reach the field as typing, the Enter too.
    first = keys("00123", 0, 5)
    second = keys("45678905", 220, 5)
    screen = run([*first, *second, (260, ENTER)])
    assert screen.scans == ["45678905"]  # the tail alone is a valid-looking burst ...
    assert screen.text == "00123"  # ... but the head is typing, never lost


def test_burst_interrupted_before_the_terminator_is_typing() -> None:
    timeline = [*keys("0012345678905", 0, 5), (400, ENTER)]
    screen = run(timeline)
    assert screen.scans == []
    assert screen.text == "0012345678905" + ENTER


def test_interrupted_burst_is_handed_back_by_poll_without_another_key() -> None:
    screen = run([*keys("00123", 0, 5), (300, "9")], poll_every_ms=10)
    assert screen.text == "001239"


def test_auto_repeat_is_not_part_of_a_scan() -> None:
    timeline: list[tuple[int, str] | tuple[int, str, bool]] = [
        *keys("4006381", 0, 4),
        (26, "3", True),  # dropped: a repeat in a burst is neither scan nor typing
        *keys("333", 28, 4),
        (50, ENTER),
    ]
    screen = run(timeline)
    assert screen.scans == ["4006381333"]
    assert screen.text == ""


def test_held_down_key_outside_a_burst_still_types() -> None:
    # A person holding "a" in a notes field: the first press is held, then times out; the
    # auto-repeats that follow pass straight through.
    timeline: list[tuple[int, str] | tuple[int, str, bool]] = [
        (0, "a"),
        (500, "a", True),
        (533, "a", True),
        (566, "a", True),
    ]
    screen = run(timeline)
    assert screen.text == "aaaa"
    assert screen.scans == []


def test_a_held_key_is_replayed_before_the_auto_repeat_that_times_it_out() -> None:
    det = ScanDetector()
    det.feed_key("a", 0)
    decision = det.feed_key("a", 500, auto_repeat=True)
    assert decision == Decision(Action.PASS, typed="a")


def test_clock_running_backwards_ends_the_burst() -> None:
    det = ScanDetector()
    det.feed_key("1", 1000)
    det.feed_key("2", 1004)
    decision = det.feed_key("3", 10)
    assert decision == Decision(Action.HOLD, typed="12")


def test_flush_hands_back_everything_held() -> None:
    det = ScanDetector()
    for i, ch in enumerate("1234"):
        det.feed_key(ch, i * 5)
    assert det.flush() == "1234"
    assert det.feed_terminator(25) == Decision(Action.PASS)


def test_threshold_is_configurable() -> None:
    timeline = [*keys("12345", 0, 80), (400, ENTER)]
    assert run(timeline).scans == []
    assert run(timeline, ScanDetector(max_gap_ms=100)).scans == ["12345"]


def test_scan_then_typing_then_scan() -> None:
    timeline = [
        *keys("12345670", 0, 4),
        (32, ENTER),
        *keys("ok", 1000, 150),
        *keys("96385074", 2000, 4),
        (2032, ENTER),
    ]
    screen = run(timeline)
    assert screen.scans == ["12345670", "96385074"]
    assert screen.text == "ok"


def test_bad_configuration_and_empty_key_are_refused() -> None:
    with pytest.raises(ValueError):
        ScanDetector(max_gap_ms=0)
    with pytest.raises(ValueError):
        ScanDetector(min_length=1)
    with pytest.raises(ValueError):
        ScanDetector().feed_key("", 0)


# A timeline: (gap before the event in ms, key or terminator, auto-repeat flag).
events = st.lists(
    st.tuples(
        st.one_of(st.integers(min_value=0, max_value=20), st.integers(min_value=0, max_value=400)),
        st.sampled_from([*"abcdef0123", ENTER, TAB]),
        st.sampled_from([False, False, False, True]),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(events, st.booleans())
def test_every_character_comes_out_exactly_once_in_order(
    raw: list[tuple[int, str, bool]], polling: bool
) -> None:
    det = ScanDetector()
    fed: list[str] = []  # what the keyboard sent, minus auto-repeats the detector dropped
    out: list[str] = []  # typing and scans (each with its terminator) in the order handled
    ts = 0
    for gap, key, repeat in raw:
        ts += gap
        auto = repeat and key not in (ENTER, TAB)
        if polling:
            deadline = det.deadline_ms()
            if deadline is not None and deadline <= ts:
                out.append(det.poll(deadline) or "")
        if key in (ENTER, TAB):
            d = det.feed_terminator(ts)
        else:
            d = det.feed_key(key, ts, auto_repeat=auto)
        out.append(d.typed)
        if d.action is Action.DROP:
            assert auto
            continue
        fed.append(key)
        if d.action is Action.SCAN:
            assert d.scan is not None
            assert len(d.scan) >= 4
            assert not set(d.scan) & {ENTER, TAB}
            out.append(d.scan)
        out.append(key if d.action is not Action.HOLD else "")
    out.append(det.flush())
    assert "".join(out) == "".join(fed)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="0123456789ABCZ", min_size=4, max_size=40),
    st.lists(st.integers(min_value=3, max_value=16), min_size=40, max_size=40),
    st.sampled_from([ENTER, TAB]),
)
def test_any_scanner_burst_is_exactly_one_scan(code: str, gaps: list[int], end: str) -> None:
    timeline = keys(code, 5000, gaps[: len(code) - 1])
    timeline.append((timeline[-1][0] + gaps[-1], end))
    screen = run(timeline)
    assert screen.scans == [code]
    assert screen.text == ""


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="abcxyz019", min_size=1, max_size=20),
    st.lists(st.integers(min_value=60, max_value=300), min_size=20, max_size=20),
)
def test_human_speed_never_scans(text: str, gaps: list[int]) -> None:
    timeline = keys(text, 0, gaps[: len(text) - 1])
    timeline.append((timeline[-1][0] + gaps[-1], ENTER))
    screen = run(timeline)
    assert screen.scans == []
    assert screen.text == text + ENTER
