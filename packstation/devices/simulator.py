"""A simulated serial scale on a pseudo-terminal, for tests, demos and the bench without hardware.

`ScaleSimulator(protocol)` opens a pty pair and answers on the master side from a thread, as a
scale would on the wire; `path` is the slave's path, which pyserial (and `packstation scale test
--device PATH`) opens like a real port. The test (or demo) sets what the scale shows with
`show(...)`, can make it go silent, and `unplug()` closes the master, so the port fails as when a
USB-serial cable is pulled. POSIX only (Linux, macOS).

    with ScaleSimulator("mt-sics") as sim:
        sim.show(Decimal("812.0"), "g")           # stable
        sim.show(Decimal("812.0"), "g", state="motion")
        sim.show(state="overload")
"""

from __future__ import annotations

import contextlib
import os
import select
import threading
import tty
from decimal import Decimal
from types import TracebackType
from typing import Final, Literal

__all__ = ["ScaleSimulator", "SimState"]

SimState = Literal["stable", "motion", "overload", "underload", "fault"]
_STREAM_PERIOD: Final = 0.02


class ScaleSimulator:
    def __init__(self, protocol: str) -> None:
        if protocol not in ("mt-sics", "nci", "continuous"):
            raise ValueError(f"no simulator for {protocol!r}")
        self.protocol = protocol
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)  # as pyserial will: no echo, no CR/LF translation
        self.path = os.ttyname(self._slave)
        self._value = Decimal(0)
        self._unit = "lb" if protocol == "nci" else "g"
        self._state: SimState = "stable"
        self._silent = False
        self._lock = threading.Lock()
        self._answered = threading.Condition(self._lock)
        self.requests = 0
        self._stop = threading.Event()
        self._unplugged = False
        self._thread = threading.Thread(target=self._run, name=f"scale-sim-{protocol}", daemon=True)
        self._thread.start()

    # -- what the test drives ----------------------------------------------------------------

    def show(
        self,
        value: Decimal | str | int | None = None,
        unit: str | None = None,
        *,
        state: SimState = "stable",
    ) -> None:
        with self._lock:
            if value is not None:
                self._value = Decimal(value)
            if unit is not None:
                self._unit = unit
            self._state = state

    def go_silent(self, silent: bool = True) -> None:
        with self._lock:
            self._silent = silent

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> bool:
        """Until the scale has answered `count` requests (or streamed `count` lines)."""
        with self._answered:
            return self._answered.wait_for(lambda: self.requests >= count, timeout)

    def unplug(self) -> None:
        """Close the master side: reads on the port now fail with an I/O error."""
        self._stop.set()
        self._thread.join(2.0)
        if not self._unplugged:
            self._unplugged = True
            os.close(self._master)

    def close(self) -> None:
        self.unplug()
        with contextlib.suppress(OSError):
            os.close(self._slave)

    def __enter__(self) -> ScaleSimulator:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- the scale's side ----------------------------------------------------------------------

    def _run(self) -> None:
        pending = b""
        while not self._stop.is_set():
            ready, _, _ = select.select([self._master], [], [], _STREAM_PERIOD)
            if self.protocol == "continuous":
                self._send(self._answer())
                continue
            if not ready:
                continue
            try:
                pending += os.read(self._master, 256)
            except OSError:  # the port is closed on the other side for a moment
                continue
            end = b"\r\n" if self.protocol == "mt-sics" else b"\r"
            while end in pending:
                command, pending = pending.split(end, 1)
                self._send(self._answer(command.decode("ascii", "replace").strip()))

    def _send(self, data: bytes | None) -> None:
        if data is None:
            return
        try:
            os.write(self._master, data)
        except OSError:
            return
        with self._answered:
            self.requests += 1
            self._answered.notify_all()

    def _answer(self, command: str = "") -> bytes | None:
        with self._lock:
            if self._silent:
                return None
            value, unit, state = self._value, self._unit, self._state
        if self.protocol == "mt-sics":
            return _mt_sics(command, value, unit, state)
        if self.protocol == "nci":
            return _nci(command, value, unit, state)
        return _continuous(value, unit, state)


def _mt_sics(command: str, value: Decimal, unit: str, state: SimState) -> bytes:
    if command != "SI":
        return b"ES\r\n"
    text = {"overload": "S +", "underload": "S -", "fault": "S I"}.get(state)
    if text is None:
        flag = "S" if state == "stable" else "D"
        text = f"S {flag} {value:>10.2f} {unit}"
    return text.encode() + b"\r\n"


def _nci(command: str, value: Decimal, unit: str, state: SimState) -> bytes:
    if command.upper() != "W":
        return b"\n?\r\x03"
    s1, s2 = 0x30, 0x30
    if state == "motion":
        s1 |= 0b01
    if value == 0:
        s1 |= 0b10
    if state == "underload":
        s2 |= 0b01
    if state == "overload":
        s2 |= 0b10
    if state == "fault":
        s2 |= 0b1000
    shown = "------" if state in ("overload", "underload") else f"{value:>7.3f}"
    return f"\n{shown}{unit}\r\n".encode() + bytes([s1, s2]) + b"\r\x03"


def _continuous(value: Decimal, unit: str, state: SimState) -> bytes:
    if state == "overload":
        return b"OL,GS,+9999999" + unit.encode() + b"\r\n"
    if state == "underload":
        return b"OL,GS,-9999999" + unit.encode() + b"\r\n"
    header = "ST" if state == "stable" else "US"
    sign = "-" if value < 0 else "+"
    return f"{header},GS,{sign}{abs(value):>8.3f}{unit}\r\n".encode()
