"""Generates the four feedback sounds (16-bit PCM mono, 44.1 kHz). Run once; the WAVs are committed.

    python packstation/resources/sounds/make_sounds.py

ok: short high tick · error: low buzz · warning: two-tone · done: rising chime. Each is short and
distinct in pitch and rhythm so a packer can tell them apart in a noisy hall without looking.
"""

from __future__ import annotations

import math
import struct
import wave
from collections.abc import Iterable
from pathlib import Path

RATE = 44_100
HERE = Path(__file__).resolve().parent


def tone(freq: float, seconds: float, volume: float = 0.6, square: bool = False) -> list[float]:
    n = int(RATE * seconds)
    attack, release = int(RATE * 0.004), int(RATE * 0.02)  # soft edges: no clicks
    out = []
    for i in range(n):
        s = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            s = 0.7 * math.copysign(1.0, s) + 0.3 * s
        env = min(1.0, i / attack if attack else 1.0, (n - i) / release if release else 1.0)
        out.append(volume * env * s)
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: Iterable[float]) -> None:
    frames = b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32000)) for s in samples)
    with wave.open(str(HERE / f"{name}.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


def main() -> None:
    write("ok", tone(2_000, 0.06, 0.5))
    write("error", tone(150, 0.45, 0.7, square=True))
    write("warning", tone(880, 0.14) + silence(0.04) + tone(587, 0.18))
    write("done", tone(523, 0.10) + tone(659, 0.10) + tone(784, 0.10) + tone(1047, 0.25))


if __name__ == "__main__":
    main()
