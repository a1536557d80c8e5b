"""Which scale a station has, and opening it: `open_scale(ScaleConfig(...))`.

`device` per protocol:
- serial protocols (`mt-sics`, `nci`, `continuous`): a port (`/dev/ttyUSB0`, `COM3`) or a pyserial
  URL (`socket://10.0.0.5:4001` for a scale behind a serial-to-network box);
- `hid-pos`: `VVVV:PPPP` (hex vendor and product id), or empty for the first HID scale found.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from packstation.devices.errors import ScaleNotFound
from packstation.devices.scale import Scale
from packstation.domain.weights import Unit

__all__ = ["ScaleConfig", "ScaleProtocol", "open_scale", "parse_hid_ids"]


class ScaleProtocol(StrEnum):
    MT_SICS = "mt-sics"
    NCI = "nci"
    CONTINUOUS = "continuous"
    HID_POS = "hid-pos"


@dataclass(frozen=True, slots=True)
class ScaleConfig:
    protocol: ScaleProtocol
    device: str = ""
    baudrate: int = 9600
    #: Shown on screen, and taken for a reading that carries no unit.
    unit: Unit = Unit.G
    reply_timeout: float = 1.0


def parse_hid_ids(device: str) -> tuple[int | None, int | None]:
    text = device.strip().removeprefix("hid:")
    if not text:
        return None, None
    vendor, sep, product = text.partition(":")
    try:
        return int(vendor, 16), int(product, 16) if sep else None
    except ValueError as exc:
        raise ScaleNotFound(f"'{device}' is not a USB id such as 0922:8003") from exc


def open_scale(config: ScaleConfig) -> Scale:
    """Open the configured scale; raises `ScaleNotFound` (in packer words) when it is not there."""
    if config.protocol is ScaleProtocol.HID_POS:
        from packstation.devices.hid_pos import HidScale

        vendor, product = parse_hid_ids(config.device)
        return HidScale.open(vendor, product)
    from packstation.devices.serial_scale import SerialScale

    if not config.device:
        raise ScaleNotFound("no scale port set (setting scale_device)")
    return SerialScale.open(
        config.device,
        str(config.protocol),
        baudrate=config.baudrate,
        unit=config.unit,
        reply_timeout=config.reply_timeout,
    )
