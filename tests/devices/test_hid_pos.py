"""USB HID POS scale reports, built byte by byte from the HID Point of Sale usage tables (0x8D)."""

from __future__ import annotations

import pytest

from packstation.devices import (
    ScaleDisconnected,
    ScaleFault,
    ScaleNotResponding,
    ScaleProtocolError,
    Status,
)
from packstation.devices.hid_pos import HidScale, parse_hid_report
from packstation.domain.weights import Weight

# Scale Status (0x70) selectors 0x71..0x78 and Weight Unit (0x50) selectors 0x51..0x5C, as the
# report's array index = usage - (first usage - 1).
FAULT, STABLE_ZERO, MOTION, STABLE, UNDER_ZERO, OVER_LIMIT, CALIBRATE, REZERO = (
    u - 0x70 for u in range(0x71, 0x79)
)
MG, GRAM, KG = 0x51 - 0x50, 0x52 - 0x50, 0x53 - 0x50
OUNCE, POUND = 0x5B - 0x50, 0x5C - 0x50


def report(status: int, unit: int, exponent: int, weight: int) -> bytes:
    return (
        bytes([3, status, unit]) + exponent.to_bytes(1, signed=True) + weight.to_bytes(2, "little")
    )


def test_stable_grams() -> None:
    reading = parse_hid_report(report(STABLE, GRAM, 0, 812))
    assert reading is not None
    assert reading.status is Status.STABLE
    assert reading.weight == Weight.grams(812)


def test_tenths_of_an_ounce_as_a_postal_scale_sends_them() -> None:
    reading = parse_hid_report(report(STABLE, OUNCE, -1, 286))  # 28.6 oz
    assert reading is not None
    assert reading.weight == Weight.of("28.6", "oz")


def test_little_endian_weight_over_255() -> None:
    reading = parse_hid_report(bytes([3, STABLE, KG, 0xFD, 0x34, 0x12]))  # 0x1234 x 10^-3 kg
    assert reading is not None
    assert reading.weight == Weight.grams(0x1234)


def test_pounds_and_milligrams() -> None:
    pounds = parse_hid_report(report(STABLE, POUND, -2, 179))
    milligrams = parse_hid_report(report(STABLE, MG, 0, 2500))
    assert pounds is not None
    assert pounds.weight == Weight.of("1.79", "lb")
    assert milligrams is not None
    assert milligrams.weight == Weight.grams("2.5")


def test_stable_at_zero_is_a_stable_zero() -> None:
    reading = parse_hid_report(report(STABLE_ZERO, GRAM, 0, 0))
    assert reading is not None
    assert reading.stable
    assert reading.weight == Weight.grams(0)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (MOTION, Status.MOTION),
        (UNDER_ZERO, Status.UNDERLOAD),
        (OVER_LIMIT, Status.OVERLOAD),
        (FAULT, Status.FAULT),
        (CALIBRATE, Status.FAULT),
        (REZERO, Status.FAULT),
    ],
)
def test_every_status(status: int, expected: Status) -> None:
    reading = parse_hid_report(report(status, GRAM, 0, 10))
    assert reading is not None
    assert reading.status is expected
    assert not reading.stable


def test_other_reports_are_skipped_and_short_or_odd_ones_refused() -> None:
    assert parse_hid_report(bytes([4, 0, 0, 0, 0, 0])) is None
    with pytest.raises(ScaleProtocolError):
        parse_hid_report(bytes([3, STABLE, GRAM]))
    with pytest.raises(ScaleProtocolError):
        parse_hid_report(report(9, GRAM, 0, 1))
    with pytest.raises(ScaleProtocolError):
        parse_hid_report(report(STABLE, 4, 0, 1))  # carats


class RecordedDevice:
    """Plays back reports as hidapi's device.read would; [] = nothing within the timeout."""

    def __init__(self, *reports: bytes | Exception) -> None:
        self.reports = list(reports)
        self.closed = False

    def read(self, max_length: int, timeout_ms: int = 0) -> list[int]:
        if not self.reports:
            return []
        item = self.reports.pop(0)
        if isinstance(item, Exception):
            raise item
        return list(item)

    def close(self) -> None:
        self.closed = True


def test_hid_scale_waits_out_motion_and_returns_the_stable_weight() -> None:
    device = RecordedDevice(report(MOTION, GRAM, 0, 640), report(STABLE, GRAM, 0, 652))
    scale = HidScale(device, "test scale")
    scale.poll_interval = 0.0
    assert scale.read_stable(5.0) == Weight.grams(652)
    scale.close()
    assert device.closed


def test_hid_scale_unplugged_is_a_clear_error() -> None:
    scale = HidScale(RecordedDevice(OSError("read error")), "test scale")
    with pytest.raises(ScaleDisconnected):
        scale.read_stable(5.0)


def test_hid_scale_silent_is_not_responding() -> None:
    with pytest.raises(ScaleNotResponding):
        HidScale(RecordedDevice(), "test scale", reply_timeout=0.1).read_stable(5.0)


def test_hid_scale_needing_calibration_says_so() -> None:
    with pytest.raises(ScaleFault, match="fault") as caught:
        HidScale(RecordedDevice(report(CALIBRATE, GRAM, 0, 0)), "test scale").read_stable(5.0)
    assert "calibration" in caught.value.detail
