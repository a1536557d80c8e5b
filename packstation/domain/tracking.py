"""Carrier tracking numbers: which carriers' formats a scanned label matches, and which to trust.

Formats and check-digit algorithms follow the open `tracking_number_data` set (jkeen), which
documents what the carriers publish. Formats overlap (twelve digits can be a FedEx Express number
and a UPC-A; a "92…" IMpb is both USPS and FedEx Ground Economy), so the answer is a ranked list:

1. formats whose check digit verifies, the more distinctive shapes first (a `1Z` prefix or a `420`
   routing prefix says more than "twenty digits");
2. formats that have no check digit at all (Amazon `TBA…`);
3. formats whose check digit fails are *not* candidates. `tracking_matches` still reports them, so
   the classifier can tell "a UPS label read wrong" (scan again) from "not a tracking number".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from packstation.domain.scans import Carrier, TrackingCandidate

_URLS: dict[Carrier, str] = {
    Carrier.UPS: "https://www.ups.com/track?tracknum={}",
    Carrier.FEDEX: "https://www.fedex.com/fedextrack/?trknbr={}",
    Carrier.USPS: "https://tools.usps.com/go/TrackConfirmAction?tLabels={}",
    Carrier.DHL: "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id={}",
    Carrier.AMAZON: "https://track.amazon.com/tracking/{}",
    Carrier.CANADA_POST: "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={}",
}

# An S10 item is tracked by the post that issued it (the last two letters). There is no single
# public tracker for every country, so only the posts our warehouses hand parcels to get a link.
_S10_ISSUER_URLS: dict[str, str] = {
    "US": _URLS[Carrier.USPS],
    "CA": _URLS[Carrier.CANADA_POST],
    "GB": "https://www.royalmail.com/track-your-item#/tracking-results/{}",
}

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


def tracking_url(carrier: Carrier, number: str) -> str:
    """The carrier's public tracking page for `number` ("" when there is no single one)."""
    if carrier is Carrier.UPU_S10:
        template = _S10_ISSUER_URLS.get(number[-2:], "")
    else:
        template = _URLS[carrier]
    return template.format(number) if template else ""


# --- check-digit algorithms (names as in tracking_number_data) -------------------------------


def _char_value(c: str) -> int:
    # UPS serials mix letters in: tracking_number_data maps a letter to (ord - 3) % 10.
    return int(c) if c.isdigit() else (ord(c) - 3) % 10


def mod10(sequence: str, check: str, *, evens: int, odds: int) -> bool:
    """Weighted sum (even 0-based positions × `evens`, odd × `odds`); check = (10 - sum) mod 10."""
    total = sum(_char_value(c) * (evens if i % 2 == 0 else odds) for i, c in enumerate(sequence))
    return check.isdigit() and (10 - total % 10) % 10 == int(check)


def weighted_mod11_mod10(sequence: str, check: str, weights: Sequence[int]) -> bool:
    """FedEx Express: weighted sum, then modulo 11, then modulo 10."""
    total = sum(int(c) * w for c, w in zip(sequence, weights, strict=True))
    return check.isdigit() and total % 11 % 10 == int(check)


def mod7(sequence: str, check: str) -> bool:
    """DHL Express: the serial number modulo 7."""
    return check.isdigit() and int(sequence) % 7 == int(check)


_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def s10(sequence: str, check: str) -> bool:
    """UPU S10: weights 8 6 4 2 3 5 9 7, 11 - (sum mod 11), where 10 → 0 and 11 → 5."""
    remainder = sum(int(c) * w for c, w in zip(sequence, _S10_WEIGHTS, strict=True)) % 11
    expected = {0: 5, 1: 0}.get(remainder, 11 - remainder)
    return check.isdigit() and expected == int(check)


_FEDEX_12_WEIGHTS = (3, 1, 7) * 3 + (3, 1)
_FEDEX_34_WEIGHTS = (1, 7, 3) * 4 + (1,)


# --- formats ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrackingMatch:
    """One format a string matches, whether or not its check digit verifies."""

    candidate: TrackingCandidate
    format_name: str  # e.g. "FedEx Express (12)", for support and logs
    # True when the shape alone (a prefix, a length no product or reference has) says "carrier
    # label": a failed check digit then means "read wrong, scan again", not "something else".
    distinctive: bool
    rank: int  # lower is listed first among equally verified candidates


@dataclass(frozen=True, slots=True)
class _Format:
    name: str
    carrier: Carrier
    pattern: re.Pattern[str]
    # (match) -> (normalised number, check verified or None when the format has no check digit)
    read: Callable[[re.Match[str]], tuple[str, bool | None]]
    distinctive: bool
    rank: int


def _ups(m: re.Match[str]) -> tuple[str, bool | None]:
    n = m.group(0)
    return n, mod10(n[2:17], n[17], evens=1, odds=2)


def _fedex_12(m: re.Match[str]) -> tuple[str, bool | None]:
    n = m.group(0)
    return n, weighted_mod11_mod10(n[:11], n[11], _FEDEX_12_WEIGHTS)


def _fedex_15(m: re.Match[str]) -> tuple[str, bool | None]:
    n = m.group(0)
    return n, mod10(n[:14], n[14], evens=1, odds=3)


def _fedex_34(m: re.Match[str]) -> tuple[str, bool | None]:
    # The label barcode carries routing data; the tracking number is its last twelve digits.
    n = m.group(0)
    return n[-12:], weighted_mod11_mod10(n[20:33], n[33], _FEDEX_34_WEIGHTS)


def _fedex_ground_96(m: re.Match[str]) -> tuple[str, bool | None]:
    n = m.group(0)
    return n, mod10(n[7:21], n[21], evens=1, odds=3)


def _imp_b(prefix_if_missing: str) -> Callable[[re.Match[str]], tuple[str, bool | None]]:
    """IMpb-style numbers: GS1 mod 10 over the serial, with the "9x" application identifier
    prepended first when the printed number leaves it out (USPS 91…, FedEx 92…)."""

    def read(m: re.Match[str]) -> tuple[str, bool | None]:
        n = m.group("n")
        serial = (
            n[:-1] if n.startswith(("91", "92", "93", "94", "95")) else prefix_if_missing + n[:-1]
        )
        return n, mod10(serial, n[-1], evens=3, odds=1)

    return read


def _usps_20(m: re.Match[str]) -> tuple[str, bool | None]:
    # Two twenty-digit USPS forms exist: the plain one and the IMpb one that omits its leading
    # "91". Either check verifying makes it USPS.
    n = m.group("n")
    plain = mod10(n[:-1], n[-1], evens=3, odds=1)
    return n, plain or mod10("91" + n[:-1], n[-1], evens=3, odds=1)


def _dhl(m: re.Match[str]) -> tuple[str, bool | None]:
    n = m.group(0)
    return n, mod7(n[:-1], n[-1])


def _canada_post(m: re.Match[str]) -> tuple[str, bool | None]:
    n = m.group(0)
    return n, mod10(n[:15], n[15], evens=3, odds=1)


def _amazon(m: re.Match[str]) -> tuple[str, bool | None]:
    return m.group(0), None


def _s10(m: re.Match[str]) -> tuple[str, bool | None]:
    n = m.group(0)
    return n, s10(n[2:10], n[10]) and n[-2:] in _COUNTRIES


# A USPS label barcode is "420" + destination ZIP (5 or 9 digits) + the IMpb number.
_ZIP_ROUTING = r"(?:420(?:\d{5}|\d{9}))?"
_IMPB = r"(?P<n>9[1-5]\d{20}|9[1-5]\d{24})"

_FORMATS: tuple[_Format, ...] = (
    _Format("UPS", Carrier.UPS, re.compile(r"1Z[0-9A-Z]{16}"), _ups, True, 10),
    _Format("Amazon Logistics", Carrier.AMAZON, re.compile(r"TB[ACM]\d{12}"), _amazon, True, 11),
    _Format("UPU S10", Carrier.UPU_S10, re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}"), _s10, True, 12),
    _Format("USPS IMpb", Carrier.USPS, re.compile(_ZIP_ROUTING + _IMPB), _imp_b("91"), True, 13),
    _Format(
        "USPS (20) on a routing label",
        Carrier.USPS,
        re.compile(r"420(?:\d{5}|\d{9})(?P<n>\d{20})"),
        _usps_20,
        True,
        14,
    ),
    _Format(
        "FedEx label (34)", Carrier.FEDEX, re.compile(r"100\d{31}|96\d{32}"), _fedex_34, True, 15
    ),
    _Format(
        "FedEx Ground 96 (22)", Carrier.FEDEX, re.compile(r"96\d{20}"), _fedex_ground_96, True, 16
    ),
    _Format(
        "FedEx Ground Economy (22)",
        Carrier.FEDEX,
        re.compile(_ZIP_ROUTING + r"(?P<n>92\d{20})"),
        _imp_b("92"),
        True,
        17,
    ),
    _Format("FedEx Express (12)", Carrier.FEDEX, re.compile(r"\d{12}"), _fedex_12, False, 20),
    _Format("FedEx Ground (15)", Carrier.FEDEX, re.compile(r"\d{15}"), _fedex_15, False, 21),
    _Format("DHL Express", Carrier.DHL, re.compile(r"\d{10,11}"), _dhl, False, 22),
    _Format(
        "Canada Post (16)", Carrier.CANADA_POST, re.compile(r"\d{16}"), _canada_post, False, 23
    ),
    # Twenty digits starting "00" are an SSCC with its AI (a GS1 logistics label), not these.
    _Format("USPS (20)", Carrier.USPS, re.compile(r"(?!00)(?P<n>\d{20})"), _usps_20, True, 24),
    _Format(
        "FedEx Ground Economy (20)",
        Carrier.FEDEX,
        re.compile(r"(?!00)(?P<n>\d{20})"),
        _imp_b("92"),
        True,
        25,
    ),
)

# Longer than any format; a 10,000-character scan is not worth running regexes over.
_MAX_LEN = 40
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
    for fmt in _FORMATS:
        m = fmt.pattern.fullmatch(code)
        if m is None:
            continue
        number, verified = fmt.read(m)
        candidate = TrackingCandidate(
            carrier=fmt.carrier,
            number=number,
            check_digit=verified,
            url=tracking_url(fmt.carrier, number),
        )
        found.append(TrackingMatch(candidate, fmt.name, fmt.distinctive, fmt.rank))
        if fmt.carrier is Carrier.UPU_S10 and verified and number[-2:] in ("US", "CA"):
            # USPS and Canada Post issue S10 numbers for their international services: such a
            # number is also theirs, which matters when the order ships with them.
            post = Carrier.USPS if number.endswith("US") else Carrier.CANADA_POST
            issuer = TrackingCandidate(post, number, True, tracking_url(post, number))
            found.append(TrackingMatch(issuer, fmt.name, fmt.distinctive, fmt.rank))
    return tuple(sorted(found, key=_order))


def _order(match: TrackingMatch) -> tuple[int, int]:
    verified = match.candidate.check_digit
    return (0 if verified else 1 if verified is None else 2), match.rank


def tracking_candidates(text: str) -> tuple[TrackingCandidate, ...]:
    """The carriers `text` can be a tracking number of: verified first, then formats without a
    check digit. A format whose check digit fails is not a candidate. Duplicates are merged."""
    seen: set[tuple[Carrier, str]] = set()
    result: list[TrackingCandidate] = []
    for match in tracking_matches(text):
        c = match.candidate
        if c.check_digit is False or (c.carrier, c.number) in seen:
            continue
        seen.add((c.carrier, c.number))
        result.append(c)
    return tuple(result)


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
    (Carrier.DHL, re.compile(r"\bdhl\b")),
    (Carrier.AMAZON, re.compile(r"\bamazon\b|\bamzl\b")),
    (Carrier.CANADA_POST, re.compile(r"canada\s*post|postes?\s*canada")),
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
    "compact",
    "mod7",
    "mod10",
    "s10",
    "tracking_candidates",
    "tracking_matches",
    "tracking_url",
    "weighted_mod11_mod10",
]
