"""Scales at the bench: serial (MT-SICS, NCI, continuous) and USB HID point-of-sale scales.

No Qt here: the services open a scale (`open_scale`) and read a stable weight in a worker thread
(`Scale.read_stable` / `read_stable_async`); parsing each protocol is a pure function.
"""

from packstation.devices.config import ScaleConfig, ScaleProtocol, open_scale
from packstation.devices.errors import (
    ScaleDisconnected,
    ScaleEmpty,
    ScaleError,
    ScaleFault,
    ScaleNotFound,
    ScaleNotResponding,
    ScaleOverload,
    ScaleProtocolError,
    ScaleUnderZero,
    ScaleUnstable,
)
from packstation.devices.readings import Reading, Status
from packstation.devices.scale import Scale

__all__ = [
    "Reading",
    "Scale",
    "ScaleConfig",
    "ScaleDisconnected",
    "ScaleEmpty",
    "ScaleError",
    "ScaleFault",
    "ScaleNotFound",
    "ScaleNotResponding",
    "ScaleOverload",
    "ScaleProtocol",
    "ScaleProtocolError",
    "ScaleUnderZero",
    "ScaleUnstable",
    "Status",
    "open_scale",
]
