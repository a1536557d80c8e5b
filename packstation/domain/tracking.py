"""Carrier tracking numbers: which carriers' formats a scanned label matches, and which to trust.

The formats are data (`packstation.domain.carriers`: the package's `formats.toml` plus the
station's `[[carriers]]` entries); this module is the one engine that reads them. Formats overlap
(twelve digits can be a FedEx Express number, a Purolator number and a UPC-A; a "92…" IMpb is both
USPS and FedEx Ground Economy), so the answer is a ranked list:

1. formats whose check digit verifies, in table order;
2. distinctive formats that have no check digit at all (Amazon `TBA…`, Canpar, Yodel …);
3. formats whose check digit fails are *not* candidates. `tracking_matches` still reports them, so
   the classifier can tell "a UPS label read wrong" (scan again) from "not a tracking number".

A non-distinctive format with no check (Purolator `ABC123456789`, a DHL eCommerce 14-digit
number) says nothing on its own: it is a label only while the station waits for one
(`label_candidates`), and `only_for_expected` formats only when the order ships with that carrier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from packstation.domain.carriers import CarrierFormat, builtin_formats
from packstation.domain.carriers.checks import compute, verifies
from packstation.domain.scans import Carrier, TrackingCandidate

# ISO 3166-1 alpha-2: an S10 number ends with the issuing country, so "…XX" is not an S10.
_COUNTRIES = frozenset(
    """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
    BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC
    EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
    HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
    LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
    NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU
    RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN
    TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW""".split()  # noqa: SIM905 (a table reads better)
)

# An S10 item is tracked by the post that issued it (the last two letters). Posts our warehouses
# hand parcels to are candidates of their own, which matters when the order ships with them.
_S10_ISSUERS: dict[str, Carrier] = {
    "US": Carrier.USPS,
    "CA": Carrier.CANADA_POST,
    "GB": Carrier.ROYAL_MAIL,
}
_S10_URLS: dict[str, str] = {
    "US": "https://tools.usps.com/go/TrackConfirmAction?tLabels={number}",
    "CA": "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={number}",
    "GB": "https://www.royalmail.com/track-your-item#/tracking-results/{number}",
}


def mod10(sequence: str, check: str, *, evens: int, odds: int) -> bool:
    """Weighted sum (even 0-based positions × `evens`, odd × `odds`); check = (10 - sum) mod 10."""
    return verifies("mod10", sequence, check, {"evens": (evens,), "odds": (odds,)})


def mod7(sequence: str, check: str) -> bool:
    """DHL Express: the serial number modulo 7."""
    return verifies("mod7", sequence, check, {})


def s10(sequence: str, check: str) -> bool:
    """UPU S10: weights 8 6 4 2 3 5 9 7, 11 - (sum mod 11), where 10 → 0 and 11 → 5."""
    return verifies("s10", sequence, check, {})


def weighted_mod11_mod10(sequence: str, check: str, weights: Sequence[int]) -> bool:
    """FedEx Express: weighted sum, then modulo 11, then modulo 10."""
    return len(sequence) == len(weights) and verifies(
        "mod11", sequence, check, {"weights": tuple(weights)}
    )


# --- the table in use ------------------------------------------------------------------------

_station_formats: tuple[CarrierFormat, ...] = ()
# length -> the formats (with their rank) whose pattern can match a text that long: a scan is
# tried against a handful of formats, not all of them.
_by_length: dict[int, tuple[tuple[int, CarrierFormat], ...]] = {}
# The built-in table is read and compiled when this module is imported (about 10 ms), never
# during the first scan of a pack, which must be acknowledged within a frame.
builtin_formats()


def use_station_formats(formats: Iterable[CarrierFormat]) -> None:
    """Add the machine-wide settings' `[[carriers]]` formats (replacing earlier ones). They are
    tried after the built-in ones, so IT can add a format but not change how ours read."""
    global _station_formats
    _station_formats = tuple(formats)
    _by_length.clear()


def known_formats() -> tuple[CarrierFormat, ...]:
    """Every format in use, in the order they are tried."""
    return builtin_formats() + _station_formats


def tracking_url(carrier: Carrier, number: str) -> str:
    """The carrier's public tracking page for `number` ("" when there is no single one): the URL
    of the carrier's first format in the table."""
    if carrier is Carrier.UPU_S10:
        template = _S10_URLS.get(number[-2:], "")
    else:
        template = next((f.url for f in known_formats() if f.carrier is carrier and f.url), "")
    return template.replace("{number}", number)


# --- matching --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrackingMatch:
    """One format a string matches, whether or not its check digit verifies."""

    candidate: TrackingCandidate
    format_name: str  # e.g. "FedEx Express (12)", for support and logs
    # True when the shape alone (a prefix, a length no product or reference has) says "carrier
    # label": a failed check digit then means "read wrong, scan again", not "something else".
    distinctive: bool
    rank: int  # lower is listed first among equally verified candidates
    only_for_expected: bool = False


def _verified(fmt: CarrierFormat, m: re.Match[str]) -> bool | None:
    ok = fmt.verified(m)
    if ok and "country" in fmt.pattern.groupindex:
        ok = m.group("country") in _COUNTRIES
    return ok


def _number(fmt: CarrierFormat, m: re.Match[str]) -> str:
    if "number" in fmt.pattern.groupindex:
        return m.group("number")
    whole = m.group(0)
    return whole[-fmt.keep_last :] if fmt.keep_last else whole


def check_character(fmt: CarrierFormat, body: str) -> str:
    """The check character `fmt`'s rule gives for `body` (its first prefix put in front)."""
    return compute(fmt.check, fmt.prefixes[0] + body, fmt.params)


# Longer than any format; a 10,000-character scan is not worth running regexes over.
_MAX_LEN = 48
_SEPARATORS = str.maketrans("", "", " \x1d")


def compact(text: str) -> str:
    """The string as tracking formats see it: upper case, no spaces or GS separators (a label
    number typed from the print has spaces; an IMpb read from GS1-128 has a GS after the ZIP)."""
    return text.translate(_SEPARATORS).upper()


def tracking_matches(text: str) -> tuple[TrackingMatch, ...]:
    """Every format `text` matches, verified or not, best first (see module docstring)."""
    if len(text) > 2 * _MAX_LEN:
        return ()
    code = compact(text)
    if len(code) > _MAX_LEN or not code.isascii() or not code.isalnum():
        return ()
    found: list[TrackingMatch] = []
    size = len(code)
    tried = _by_length.get(size)
    if tried is None:
        tried = tuple(
            (rank, fmt)
            for rank, fmt in enumerate(known_formats())
            if fmt.lengths[0] <= size <= fmt.lengths[1]
        )
        _by_length[size] = tried
    for rank, fmt in tried:
        m = fmt.pattern.fullmatch(code)
        if m is None:
            continue
        number = _number(fmt, m)
        verified = _verified(fmt, m)
        candidate = TrackingCandidate(
            fmt.carrier, number, verified, _url(fmt, number), format=fmt.name
        )
        found.append(
            TrackingMatch(candidate, fmt.name, fmt.distinctive, rank, fmt.only_for_expected)
        )
        issuer = _S10_ISSUERS.get(number[-2:]) if fmt.carrier is Carrier.UPU_S10 else None
        if issuer is not None and verified:
            post = replace(candidate, carrier=issuer)
            found.append(TrackingMatch(post, fmt.name, fmt.distinctive, rank))
    return tuple(sorted(found, key=_order))


def _url(fmt: CarrierFormat, number: str) -> str:
    if fmt.carrier is Carrier.UPU_S10:
        return tracking_url(Carrier.UPU_S10, number)
    return fmt.url.replace("{number}", number)


def _order(match: TrackingMatch) -> tuple[int, int]:
    verified = match.candidate.check_digit
    return (0 if verified else 1 if verified is None else 2), match.rank


def _unique(matches: Iterable[TrackingMatch]) -> tuple[TrackingCandidate, ...]:
    seen: set[tuple[Carrier, str]] = set()
    result: list[TrackingCandidate] = []
    for match in matches:
        c = match.candidate
        if (c.carrier, c.number) not in seen:
            seen.add((c.carrier, c.number))
            result.append(c)
    return tuple(result)


def stands_alone(match: TrackingMatch) -> bool:
    """A match that makes a scan a carrier label by itself: its check verifies, or its format
    has no check but a shape only carrier labels have."""
    verified = match.candidate.check_digit
    return verified is True or (verified is None and match.distinctive)


def tracking_candidates(text: str) -> tuple[TrackingCandidate, ...]:
    """The carriers `text` can be a tracking number of: verified first, then distinctive formats
    without a check digit. A failed check is never a candidate. Duplicates are merged."""
    return _unique(m for m in tracking_matches(text) if stands_alone(m))


def label_candidates(text: str, expected: Carrier | None) -> tuple[TrackingCandidate, ...]:
    """What `text` can be while the station waits for a carrier label: every format it fits
    whose check does not fail, including shapes that say nothing on their own, and the
    `only_for_expected` formats of the carrier the order ships with."""
    return _unique(
        m
        for m in tracking_matches(text)
        if m.candidate.check_digit is not False
        and (not m.only_for_expected or m.candidate.carrier is expected)
    )


def best_tracking(
    candidates: Iterable[TrackingCandidate], expected: Carrier | None
) -> tuple[TrackingCandidate, str | None]:
    """Pick the candidate to ship with, given the carrier the order's shipping method names.

    The expected carrier wins when it is among the candidates. Otherwise the best-ranked
    candidate is returned with a warning for the packer ("looks like UPS, order ships FedEx").
    Raises ValueError when there is no candidate at all (that is not a tracking scan).
    """
    ranked = list(candidates)
    if not ranked:
        raise ValueError("no tracking candidates to choose from")
    if expected is not None:
        # An SSCC label is carrier-neutral: it is the order's carrier's label.
        ranked = [
            replace(c, carrier=expected, url=tracking_url(expected, c.number))
            if c.carrier is Carrier.SSCC
            else c
            for c in ranked
        ]
    if expected is None:
        return ranked[0], None
    for candidate in ranked:
        if candidate.carrier is expected:
            return candidate, None
    best = ranked[0]
    return best, f"looks like {best.carrier.value}, order ships {expected.value}"


# Word patterns, matched case-insensitively against the shipping method's text.
_METHOD_WORDS: tuple[tuple[Carrier, re.Pattern[str]], ...] = (
    (Carrier.UPS, re.compile(r"\bups\b|united parcel")),
    (Carrier.FEDEX, re.compile(r"fed\s*-?\s*ex|federal express|smartpost|ground economy")),
    (
        Carrier.USPS,
        re.compile(
            r"\busps\b|postal service|priority mail|first[- ]class|media mail|parcel select"
            r"|ground advantage|\bexpress mail\b"
        ),
    ),
    (Carrier.DHL_ECOMMERCE, re.compile(r"\bdhl\s*e-?commerce|\bdhl global mail")),
    (Carrier.DHL, re.compile(r"\bdhl\b")),
    (Carrier.AMAZON, re.compile(r"\bamazon\b|\bamzl\b")),
    (Carrier.CANADA_POST, re.compile(r"canada\s*post|postes?\s*canada")),
    (Carrier.ONTRAC, re.compile(r"\bontrac\b")),
    (Carrier.LASERSHIP, re.compile(r"\blasership\b")),
    (Carrier.DPD, re.compile(r"\bdpd\b")),
    (Carrier.PUROLATOR, re.compile(r"\bpurolator\b")),
    (Carrier.CANPAR, re.compile(r"\bcanpar\b")),
    (Carrier.YODEL, re.compile(r"\byodel\b")),
    (Carrier.EVRI, re.compile(r"\bevri\b|\bhermes\b")),
    (Carrier.ROYAL_MAIL, re.compile(r"royal\s*mail|parcelforce")),
    (Carrier.SPEE_DEE, re.compile(r"spee-?\s*dee")),
    (Carrier.LANDMARK, re.compile(r"\blandmark\b")),
    (Carrier.YUNEXPRESS, re.compile(r"\byun\s*express\b")),
)


def carrier_for_shipping_method(method: str) -> Carrier | None:
    """The carrier a shipping method names ("UPS Ground" → UPS, "FedEx 2Day" → FedEx), or None.

    When several carriers are named ("DHL eCommerce via USPS"), the first one mentioned wins:
    that is the service the label was bought from.
    """
    text = method.casefold()
    hits: list[tuple[int, int, Carrier]] = []
    for order, (carrier, pattern) in enumerate(_METHOD_WORDS):
        m = pattern.search(text)
        if m is not None:
            hits.append((m.start(), order, carrier))
    return min(hits)[2] if hits else None


__all__ = [
    "TrackingMatch",
    "best_tracking",
    "carrier_for_shipping_method",
    "check_character",
    "compact",
    "known_formats",
    "label_candidates",
    "mod7",
    "mod10",
    "s10",
    "stands_alone",
    "tracking_candidates",
    "tracking_matches",
    "tracking_url",
    "use_station_formats",
    "weighted_mod11_mod10",
]
