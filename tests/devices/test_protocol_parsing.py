"""What each serial protocol's answers mean: the bytes a scale sends, and the reading they give."""

from __future__ import annotations

from decimal import Decimal

import pytest

from packstation.devices import ScaleProtocolError, Status
from packstation.devices.continuous import parse_continuous
from packstation.devices.mt_sics import parse_mt_sics
from packstation.devices.nci import parse_nci
from packstation.domain.weights import Unit, Weight

# -- MT-SICS ---------------------------------------------------------------------------------


def test_mt_sics_stable_weight() -> None:
    reading = parse_mt_sics(b"S S     100.00 g\r\n")
    assert reading.status is Status.STABLE
    assert reading.weight == Weight.grams(100)


def test_mt_sics_dynamic_is_motion_not_a_weight_to_judge() -> None:
    reading = parse_mt_sics(b"S D      0.812 kg\r\n")
    assert reading.status is Status.MOTION
    assert not reading.stable
    assert reading.weight == Weight.grams(812)


@pytest.mark.parametrize(
    ("line", "status"),
    [("S +", Status.OVERLOAD), ("S -", Status.UNDERLOAD), ("S I", Status.MOTION)],
)
def test_mt_sics_states_without_weight(line: str, status: Status) -> None:
    assert parse_mt_sics(line).status is status


@pytest.mark.parametrize("line", ["ES", "ET", "EL", "garbage", "S S 12 parsecs"])
def test_mt_sics_errors_and_nonsense_are_protocol_errors(line: str) -> None:
    with pytest.raises(ScaleProtocolError):
        parse_mt_sics(line)


def test_mt_sics_negative_and_milligram_weights() -> None:
    assert parse_mt_sics("S S    -1.50 g").weight == Weight.grams("-1.5")
    assert parse_mt_sics("S S  12500 mg").weight == Weight.grams("12.5")


# -- NCI / Weigh-Tronix ------------------------------------------------------------------------


def test_nci_stable_decimal_pounds() -> None:
    reading = parse_nci(b"\n  1.234lb\r\n00\r\x03")
    assert reading.status is Status.STABLE
    assert reading.weight == Weight.of("1.234", "lb")


def test_nci_motion_bit() -> None:
    in_motion = bytes([0x30 | 0b01, 0x30])
    assert parse_nci(b"\n  1.234lb\r\n" + in_motion + b"\r\x03").status is Status.MOTION


def test_nci_pounds_and_ounces_become_ounces() -> None:
    reading = parse_nci(b"\n 2lb 3.5oz\r\n00\r\x03")
    assert reading.weight == Weight.of("35.5", "oz")


def test_nci_scp02_status_prefix_and_parity_bit_are_ignored() -> None:
    parity_set = bytes([0x30 | 0x80, 0x30])
    reading = parse_nci(b"\n  0.500kg\r\nS" + parity_set + b"\r\x03")
    assert reading.status is Status.STABLE
    assert reading.weight == Weight.grams(500)


@pytest.mark.parametrize(
    ("s2", "status"), [(0x32, Status.OVERLOAD), (0x31, Status.UNDERLOAD), (0x38, Status.FAULT)]
)
def test_nci_capacity_and_fault_bits(s2: int, status: Status) -> None:
    reading = parse_nci(b"\n^^^^^^lb\r\n" + bytes([0x30, s2]) + b"\r\x03")
    assert reading.status is status
    assert reading.weight is None


def test_nci_unknown_command_answer() -> None:
    with pytest.raises(ScaleProtocolError):
        parse_nci(b"\n?\r\x03")


def test_nci_bare_number_takes_the_configured_unit() -> None:
    assert parse_nci(b"\n  12.5\r\n00\r\x03", Unit.OZ).weight == Weight.of("12.5", "oz")


# -- continuous --------------------------------------------------------------------------------


def test_continuous_stable_and_unstable_lines() -> None:
    stable = parse_continuous(b"ST,GS,+  1.234kg\r\n")
    moving = parse_continuous("US,NT,+  0.998kg")
    assert stable is not None
    assert stable.status is Status.STABLE
    assert stable.weight == Weight.grams(1234)
    assert moving is not None
    assert moving.status is Status.MOTION


def test_continuous_overload_underload_and_skipped_lines() -> None:
    over = parse_continuous("OL,GS,+9999999kg")
    under = parse_continuous("OL,GS,-9999999kg")
    assert over is not None
    assert over.status is Status.OVERLOAD
    assert under is not None
    assert under.status is Status.UNDERLOAD
    assert parse_continuous("") is None
    assert parse_continuous("ST,TR,+  0.100kg") is None  # the tare line of a print-out


def test_continuous_unitless_and_negative() -> None:
    reading = parse_continuous("ST,GS,-   12.0", Unit.G)
    assert reading is not None
    assert reading.weight == Weight(Decimal("-12.0"), Unit.G)


def test_continuous_wrong_baud_rate_garbage_is_a_protocol_error() -> None:
    with pytest.raises(ScaleProtocolError):
        parse_continuous(b"\xf0\x9e\x11x")
