"""USB HID point-of-sale scales (HID Point of Sale Usage Tables, usage page 0x8D "Scales").

Their Scale Data Report (report id 3) is six bytes:
  [0] report id 3
  [1] Scale Status, an array index 1..8 into usages 0x71..0x78: 1 fault, 2 stable at centre
      of zero, 3 in motion, 4 weight stable, 5 under zero, 6 over weight limit, 7 requires
      calibration, 8 requires re-zeroing
  [2] Weight Unit, an index 1..12 into usages 0x51..0x5C: 1 mg, 2 g, 3 kg, 4 carat, 5 tael,
      6 grain, 7 pennyweight, 8 metric ton, 9 avoirdupois ton, 10 troy ounce, 11 ounce, 12 pound
  [3] Data Scaling: a signed power of ten (0xFF = -1: tenths)
  [4..5] Data Weight, unsigned 16 bit, little-endian
`parse_hid_report` is pure; `HidScale` reads reports with the hidapi package (`hid` module).
"""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any, Final, Protocol

from packstation.devices.errors import (
    ScaleDisconnected,
    ScaleNotFound,
    ScaleNotResponding,
    ScaleProtocolError,
)
from packstation.devices.readings import Reading, Status
from packstation.devices.scale import Scale
from packstation.domain.weights import Unit, Weight

__all__ = ["HID_SCALES_USAGE_PAGE", "HidScale", "parse_hid_report"]

HID_SCALES_USAGE_PAGE: Final = 0x8D
DATA_REPORT_ID: Final = 3

_STATUS: Final[dict[int, tuple[Status, str]]] = {
    1: (Status.FAULT, "scale fault"),
    2: (Status.STABLE, ""),
    3: (Status.MOTION, ""),
    4: (Status.STABLE, ""),
    5: (Status.UNDERLOAD, ""),
    6: (Status.OVERLOAD, ""),
    7: (Status.FAULT, "requires calibration"),
    8: (Status.FAULT, "requires re-zeroing"),
}
# (unit, factor to it): milligrams are shown as grams.
_UNITS: Final[dict[int, tuple[Unit, Decimal]]] = {
    1: (Unit.G, Decimal("0.001")),
    2: (Unit.G, Decimal(1)),
    3: (Unit.KG, Decimal(1)),
    11: (Unit.OZ, Decimal(1)),
    12: (Unit.LB, Decimal(1)),
}


def parse_hid_report(report: bytes | bytearray | list[int]) -> Reading | None:
    """The reading in a Scale Data Report, or None for another report."""
    data = bytes(report)
    if not data or data[0] != DATA_REPORT_ID:
        return None
    if len(data) < 6:
        raise ScaleProtocolError(f"HID scale: short data report {data.hex(' ')}")
    status_code, unit_code, exponent = data[1], data[2], int.from_bytes(data[3:4], signed=True)
    raw = int.from_bytes(data[4:6], "little")
    if status_code not in _STATUS:
        raise ScaleProtocolError(f"HID scale: unknown status {status_code} in {data.hex(' ')}")
    status, detail = _STATUS[status_code]
    if status is not Status.STABLE and status is not Status.MOTION:
        return Reading(status, detail=detail)
    if unit_code not in _UNITS:
        raise ScaleProtocolError(f"HID scale: unit {unit_code} not supported ({data.hex(' ')})")
    unit, factor = _UNITS[unit_code]
    value = Decimal(0) if status_code == 2 else Decimal(raw).scaleb(exponent) * factor
    sign = -1 if status_code == 5 else 1
    return Reading(status, Weight(sign * value, unit))


class HidDevice(Protocol):
    """What HidScale needs of a `hid.device` (so tests can hand it recorded reports)."""

    def read(self, max_length: int, timeout_ms: int = 0) -> list[int]: ...

    def close(self) -> None: ...


class HidScale(Scale):
    def __init__(self, device: HidDevice, description: str, reply_timeout: float = 1.0) -> None:
        super().__init__(description, reply_timeout)
        self._device = device

    @classmethod
    def open(cls, vendor_id: int | None = None, product_id: int | None = None) -> HidScale:
        """Open by vendor:product id, or the first device on the Scales usage page."""
        import hid  # hidapi: loaded only when a HID scale is configured

        found: list[dict[str, Any]] = list(hid.enumerate(vendor_id or 0, product_id or 0))
        if vendor_id is None:
            found = [d for d in found if d.get("usage_page") == HID_SCALES_USAGE_PAGE]
        if not found:
            wanted = f"{vendor_id or 0:04x}:{product_id or 0:04x}" if vendor_id else "any"
            raise ScaleNotFound(f"no HID scale found ({wanted})")
        info = found[0]
        device = hid.device()
        try:
            device.open_path(info["path"])
        except OSError as exc:
            raise ScaleNotFound(f"cannot open HID scale {info['path']!r}: {exc}") from exc
        name = f"HID scale {info['vendor_id']:04x}:{info['product_id']:04x}"
        return cls(device, name)

    def _read_once(self, timeout: float) -> Reading:
        deadline = time.monotonic() + timeout
        while True:
            remaining_ms = max(int((deadline - time.monotonic()) * 1000), 1)
            try:
                data = self._device.read(64, remaining_ms)
            except (OSError, ValueError) as exc:
                raise ScaleDisconnected(f"{self.description}: {exc}") from exc
            if not data:
                raise ScaleNotResponding(f"{self.description}: no report in {timeout:.1f} s")
            reading = parse_hid_report(data)
            if reading is not None:
                return reading
            if time.monotonic() >= deadline:
                raise ScaleNotResponding(f"{self.description}: no data report in {timeout:.1f} s")

    def _close_device(self) -> None:
        self._device.close()
