"""Scales on a serial port (RS-232, USB-serial, or `socket://host:port`) through pyserial.

A polled protocol (MT-SICS, NCI) sends its request and reads one framed answer; a continuous
scale is read as it streams: what was buffered is dropped, the first (possibly cut) line is
skipped, and the next whole line is the reading. Every read has a deadline. A port that
vanishes (USB unplugged, pseudo-terminal closed) raises `ScaleDisconnected` at once: pyserial
reports the OS's I/O error instead of blocking.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import serial

from packstation.devices import continuous, mt_sics, nci
from packstation.devices.errors import (
    ScaleDisconnected,
    ScaleNotFound,
    ScaleNotResponding,
    ScaleProtocolError,
)
from packstation.devices.readings import Reading
from packstation.devices.scale import Scale
from packstation.domain.weights import Unit

__all__ = ["SERIAL_PROTOCOLS", "SerialProtocol", "SerialScale"]

_SLICE = 0.05

# What a vanished port raises: pyserial's own error, the OS's, and on POSIX termios's (tcflush
# on a hung-up terminal), which is none of the others.
_PORT_ERRORS: tuple[type[Exception], ...] = (serial.SerialException, OSError)
try:
    import termios

    _PORT_ERRORS += (termios.error,)
except ImportError:  # pragma: no cover - Windows
    pass


@dataclass(frozen=True, slots=True)
class SerialProtocol:
    name: str
    request: bytes | None  # None: the scale streams on its own
    terminator: bytes
    parse: Callable[[bytes, Unit], Reading | None]


SERIAL_PROTOCOLS: dict[str, SerialProtocol] = {
    "mt-sics": SerialProtocol(
        "mt-sics", mt_sics.REQUEST, mt_sics.TERMINATOR, mt_sics.parse_mt_sics
    ),
    "nci": SerialProtocol("nci", nci.REQUEST, nci.TERMINATOR, nci.parse_nci),
    "continuous": SerialProtocol(
        "continuous", None, continuous.TERMINATOR, continuous.parse_continuous
    ),
}


class SerialScale(Scale):
    def __init__(
        self,
        port: serial.Serial,
        protocol: SerialProtocol,
        *,
        unit: Unit = Unit.G,
        description: str = "",
        reply_timeout: float = 1.0,
    ) -> None:
        super().__init__(description or f"{protocol.name} scale on {port.port}", reply_timeout)
        self._port = port
        self.protocol = protocol
        self.unit = unit

    @classmethod
    def open(
        cls,
        device: str,
        protocol: str,
        *,
        baudrate: int = 9600,
        unit: Unit = Unit.G,
        reply_timeout: float = 1.0,
    ) -> SerialScale:
        """Open `device` (a path, COM3, or a pyserial URL such as socket://10.0.0.5:4001)."""
        spec = SERIAL_PROTOCOLS[protocol]
        try:
            # Short read slices: `_frame` loops on them up to its own deadline.
            port: serial.Serial = serial.serial_for_url(
                device, baudrate=baudrate, timeout=_SLICE, write_timeout=reply_timeout
            )
        except (serial.SerialException, OSError, ValueError) as exc:
            raise ScaleNotFound(f"cannot open {device!r}: {exc}") from exc
        return cls(port, spec, unit=unit, reply_timeout=reply_timeout)

    def _read_once(self, timeout: float) -> Reading:
        deadline = time.monotonic() + timeout
        try:
            self._port.reset_input_buffer()
            if self.protocol.request is None:
                self._frame(deadline)  # the rest of a line cut by the reset
                while True:
                    reading = self.protocol.parse(self._frame(deadline), self.unit)
                    if reading is not None:
                        return reading
            self._port.write(self.protocol.request)
            self._port.flush()
            reading = self.protocol.parse(self._frame(deadline), self.unit)
        except serial.SerialTimeoutException as exc:
            raise ScaleNotResponding(f"{self.description}: write timed out") from exc
        except _PORT_ERRORS as exc:
            raise ScaleDisconnected(f"{self.description}: {exc}") from exc
        if reading is None:
            raise ScaleProtocolError(f"{self.description}: no reading in the answer")
        return reading

    def _frame(self, deadline: float) -> bytes:
        buffer = bytearray()
        terminator = self.protocol.terminator
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                what = "no answer" if not buffer else f"incomplete answer {bytes(buffer)!r}"
                raise ScaleNotResponding(f"{self.description}: {what}")
            chunk = self._port.read_until(terminator, 256)
            buffer += chunk
            if buffer.endswith(terminator):
                return bytes(buffer)
            if len(buffer) > 4096:
                raise ScaleProtocolError(
                    f"{self.description}: endless answer {bytes(buffer[:64])!r}"
                )

    def _close_device(self) -> None:
        self._port.close()
