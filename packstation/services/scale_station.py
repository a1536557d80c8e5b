"""The station's scale as its settings describe it: which one, and the weight check's tolerance.

`scale_config(settings)` is None when no scale is configured: then nothing about packing changes.
"""

from __future__ import annotations

from decimal import Decimal

from packstation.devices.config import ScaleConfig, ScaleProtocol
from packstation.domain.weights import Tolerance, Unit
from packstation.services.settings import Settings

__all__ = ["scale_config", "weight_tolerance"]


def scale_config(settings: Settings) -> ScaleConfig | None:
    if not settings.scale_protocol:
        return None
    return ScaleConfig(
        protocol=ScaleProtocol(settings.scale_protocol),
        device=settings.scale_device,
        baudrate=settings.scale_baud,
        unit=Unit(settings.scale_unit),
    )


def weight_tolerance(settings: Settings) -> Tolerance:
    return Tolerance(
        Decimal(repr(settings.scale_tolerance_grams)),
        Decimal(repr(settings.scale_tolerance_percent)),
    )
