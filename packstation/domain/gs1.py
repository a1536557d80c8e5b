"""GS1 element strings (GS1-128, GS1 DataMatrix, GS1 QR, DataBar) read with biip.

biip parses the element string. What it cannot know is whether the scanner dropped the GS
(ASCII 29) that must end a variable-length field such as a lot (10) or serial (21) when more data
follows: it then reads greedily, so `01…10ABC12317250131` becomes lot "ABC12317250131" with no
expiry. Reading on would record a wrong lot and miss the expiry, so when a message without any GS
can also be read as a variable-length field cut short followed by elements that verify on their
own (an expiry that is a real date, a GTIN or SSCC whose check digit is right), we report
"scanner not sending GS" instead. The same report is given when biip cannot read the message at
all but such a cut makes it readable.

A lot that merely *contains* something like "21…" is not flagged: a serial has no check to tell
it from lot text, and flagging it would refuse good codes from correctly set-up scanners.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from biip.gs1_digital_link_uris import GS1DigitalLinkURI
from biip.gs1_element_strings import GS1ElementString
from biip.gs1_messages import GS1Message

from packstation.domain.scans import Gs1Scan, MisreadScan, ScanKind

GS = "\x1d"
GS_MISSING = (
    "scanner not sending GS (group separator): lot, expiry and serial run together — "
    "set the scanner to send GS, or scan the EAN/UPC barcode instead"
)
UNREADABLE = "GS1 barcode could not be read — scan again"
GTIN_CHECK_WRONG = "product number in the GS1 barcode has a wrong check digit — scan again"
SSCC_CHECK_WRONG = "SSCC in the GS1 barcode has a wrong check digit — scan again"

# A GS1-128 holds at most 48 characters; DataMatrix more, but no label we read comes close.
MAX_GS1_LENGTH = 200
_DIGITS2 = re.compile(r"[0-9]{2}", re.ASCII)
# Upper bound on biip calls when looking for another reading, so garbage stays cheap.
_SEARCH_BUDGET = 200


def read_gs1(raw: str, payload: str, *, hri: bool = False) -> Gs1Scan | MisreadScan:
    """Read `payload` (symbology identifier already removed) as a GS1 element string.

    `hri` means the human-readable form with parenthesised AIs, "(01)…(10)…", as typed or as
    some scanners send it. The result is a Gs1Scan, or a MisreadScan that looks like GS1.
    """
    body = payload.strip(" \t\r\n" + GS)  # a leading GS is how some scanners send the FNC1
    if not body or len(body) > MAX_GS1_LENGTH:
        return _misread(raw, UNREADABLE)
    try:
        message = GS1Message.parse_hri(body) if hri else GS1Message.parse(body)
    except Exception:  # biip raises ParseError, and ValueError/IndexError on odd input
        message = None
    if not hri and GS not in body:
        if message is None:
            # biip could not read it. Only one way to cut its variable-length fields makes it
            # readable: that is the reading (the GS were dropped, but nothing is ambiguous).
            # Two ways: which lot, expiry or serial is meant cannot be told.
            readings = list(
                islice(_readings(body, 0, frozenset(), _Search(), need_verified=False), 2)
            )
            if len(readings) > 1:
                return _misread(raw, GS_MISSING)
            if readings:
                message = _parse_cut(body, readings[0])
        elif _gs_was_dropped(body, message):
            return _misread(raw, GS_MISSING)
    if message is None:
        return _misread(raw, UNREADABLE)
    return _scan_of(raw, message)


def _parse_cut(body: str, cuts: tuple[int, ...]) -> GS1Message | None:
    parts = [body[i:j] for i, j in zip((0, *cuts), (*cuts, len(body)), strict=True)]
    try:
        return GS1Message.parse(GS.join(parts))
    except Exception:  # biip raises ParseError, and ValueError/IndexError on odd input
        return None


_WEB = ("https://", "http://")


def looks_like_digital_link(payload: str) -> bool:
    """A web address, which a GS1 Digital Link QR code is (on id.gs1.org or a brand's domain)."""
    return payload[:8].lower().startswith(_WEB)


def read_digital_link(raw: str, payload: str) -> Gs1Scan | MisreadScan | None:
    """A GS1 Digital Link URI (`https://id.gs1.org/01/<GTIN>/10/<lot>?17=<expiry>`, or the same
    path on a brand's own domain) as the GTIN with its lot, expiry and serial; None when the
    address is not a Digital Link (a plain web address is text)."""
    if len(payload) > MAX_GS1_LENGTH * 4:
        return None
    try:
        message = GS1DigitalLinkURI.parse(payload.strip()).as_gs1_message()
    except Exception:  # biip raises ParseError, and ValueError on odd paths
        return None
    if not message.element_strings:
        return None
    return _scan_of(raw, message)


def _misread(raw: str, problem: str) -> MisreadScan:
    return MisreadScan(raw=raw, problem=problem, looks_like=ScanKind.GS1)


def _scan_of(raw: str, message: GS1Message) -> Gs1Scan | MisreadScan:
    gtin14: str | None = None
    sscc: str | None = None
    lot: str | None = None
    serial: str | None = None
    expiry: dt.date | None = None
    elements: list[tuple[str, str]] = []
    for es in message.element_strings:
        ai = es.ai.ai
        elements.append((ai, es.value))
        if ai == "01" and gtin14 is None:
            if es.gtin is None:
                return _misread(raw, GTIN_CHECK_WRONG)
            gtin14 = es.gtin.as_gtin_14()
        elif ai == "00" and sscc is None:
            if es.sscc is None:
                return _misread(raw, SSCC_CHECK_WRONG)
            sscc = es.value
        elif ai == "10" and lot is None:
            lot = es.value
        elif ai == "21" and serial is None:
            serial = es.value
        elif ai == "17" and expiry is None:
            expiry = es.date  # biip reads day 00 as the last day of that month
    return Gs1Scan(
        raw=raw,
        gtin14=gtin14,
        lot=lot,
        expiry=expiry,
        serial=serial,
        sscc=sscc,
        elements=tuple(elements),
    )


# --- was a GS dropped? -----------------------------------------------------------------------


@dataclass
class _Search:
    """Bounded, memoised element extraction: tails repeat across cut positions."""

    left: int = _SEARCH_BUDGET
    exhausted: bool = False
    seen: dict[str, GS1ElementString | None] = field(default_factory=dict)

    def element(self, text: str) -> GS1ElementString | None:
        """The first element of `text` as biip reads it (greedy), or None."""
        if not _DIGITS2.match(text):
            return None  # every AI starts with two digits: no need to ask biip
        if text in self.seen:
            return self.seen[text]
        self.left -= 1
        if self.left < 0:
            self.exhausted = True
            return None
        try:
            es: GS1ElementString | None = GS1ElementString.extract(text)
        except Exception:  # any failure just means "no element here"
            es = None
        self.seen[text] = es
        return es


def _sound(es: GS1ElementString) -> bool:
    """The element holds what its AI promises (biip records check-digit failures, not raises)."""
    return es.gtin_error is None and es.sscc_error is None and es.gln_error is None


def _verifies(es: GS1ElementString) -> bool:
    """The element checks itself: a real date, or a GTIN/SSCC with a right check digit."""
    return es.date is not None or es.gtin is not None or es.sscc is not None


def _readings(
    text: str, offset: int, used: frozenset[str], search: _Search, *, need_verified: bool
) -> Iterator[tuple[int, ...]]:
    """Every way `text` (starting at `offset` of the message) reads as sound elements with AIs
    not in `used`, cutting variable-length fields anywhere (as if a GS stood there): each reading
    is the offsets where a GS goes. With `need_verified`, at least one element must verify on
    its own."""
    if not text:
        if not need_verified:
            yield ()
        return
    es = search.element(text)
    if es is None or es.ai.ai in used or not _sound(es):
        return
    ai = es.ai.ai
    width = len(ai)
    # A variable-length field may end anywhere (its pattern is a character class with a
    # maximum, so any non-empty prefix is valid too); variable-length fields never carry a
    # date, GTIN or SSCC, so a cut one does not verify either.
    ends = range(len(es.value), 0, -1) if es.ai.separator_required else [len(es.value)]
    for n in ends:
        verified = _verifies(es) and n == len(es.value)
        end = width + n
        rest = text[end:]
        for tail in _readings(
            rest, offset + end, used | {ai}, search, need_verified=need_verified and not verified
        ):
            cut = (offset + end,) if es.ai.separator_required and rest else ()
            yield cut + tail
        if search.exhausted:
            return


def _readable(text: str, used: frozenset[str], search: _Search, *, need_verified: bool) -> bool:
    return next(_readings(text, 0, used, search, need_verified=need_verified), None) is not None


def _gs_was_dropped(body: str, message: GS1Message) -> bool:
    """Does the greedy reading have a second complete reading (a variable field cut short)?"""
    search = _Search()
    used: set[str] = set()
    offset = 0
    for es in message.element_strings:
        ai = es.ai.ai
        used.add(ai)
        start = offset + len(ai)
        if es.ai.separator_required:
            for cut in range(1, len(es.value)):
                if _readable(body[start + cut :], frozenset(used), search, need_verified=True):
                    return True
                if search.exhausted:
                    return False
        offset = start + len(es.value)
    return False


__all__ = [
    "GS",
    "GS_MISSING",
    "GTIN_CHECK_WRONG",
    "MAX_GS1_LENGTH",
    "SSCC_CHECK_WRONG",
    "UNREADABLE",
    "looks_like_digital_link",
    "read_digital_link",
    "read_gs1",
]
