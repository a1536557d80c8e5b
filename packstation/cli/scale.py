"""`packstation scale test`: print live readings from the station's scale, to set it up.

    packstation scale test                                  # the scale in the settings
    packstation scale test --device /dev/ttyUSB0 --protocol mt-sics [--baud 9600]
    packstation scale test --protocol hid-pos --device 0922:8003 --count 5

One line per reading (weight, stable or moving, overload ...), until Ctrl+C or `--count`
readings. A reading error is printed and reading goes on; a scale that is unplugged, missing or
silent ends the test.

Exit status: 0 done, 2 usage (no scale configured, bad option), 3 no scale at that device,
4 the scale stopped answering or was disconnected.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_LOST = 4

_PROTOCOLS = ("mt-sics", "nci", "continuous", "hid-pos")


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "scale",
        help="check the bench scale: print its live readings",
        description="Check the station's scale.",
        epilog="exit status: 0 done, 2 usage, 3 no scale there, 4 scale lost",
    )
    actions = p.add_subparsers(dest="scale_action", metavar="ACTION", required=True)
    t = actions.add_parser(
        "test",
        help="print live readings from the scale (settings, or --device/--protocol)",
        description="Print the scale's readings as they come, until Ctrl+C or --count.",
    )
    t.add_argument("--device", help="port (/dev/ttyUSB0, COM3, socket://host:port) or VVVV:PPPP")
    t.add_argument("--protocol", choices=_PROTOCOLS, help="how the scale talks")
    t.add_argument("--baud", type=int, help="serial speed (default: settings, 9600)")
    t.add_argument("--unit", choices=("g", "kg", "oz", "lb"), help="unit for unit-less readings")
    t.add_argument("--count", type=int, default=0, help="stop after N readings (0: never)")
    t.add_argument("--interval", type=float, default=0.5, help="seconds between readings")
    t.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from packstation.devices import (
        ScaleConfig,
        ScaleDisconnected,
        ScaleError,
        ScaleNotFound,
        ScaleNotResponding,
        ScaleProtocol,
        open_scale,
    )
    from packstation.domain.weights import Unit
    from packstation.services.scale_station import scale_config
    from packstation.services.settings import load_settings

    loaded = load_settings()
    configured = scale_config(loaded.settings)
    protocol = args.protocol or (configured.protocol if configured else None)
    if protocol is None:
        print(
            "No scale is set up: give --protocol and --device, or set [scale] protocol and "
            f"device in {loaded.user_path}.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    config = ScaleConfig(
        protocol=ScaleProtocol(protocol),
        device=args.device
        if args.device is not None
        else (configured.device if configured else ""),
        baudrate=args.baud or (configured.baudrate if configured else 9600),
        unit=Unit(args.unit) if args.unit else (configured.unit if configured else Unit.G),
    )
    try:
        scale = open_scale(config)
    except ScaleNotFound as exc:
        print(f"{exc} ({exc.detail})", file=sys.stderr)
        return EXIT_NOT_FOUND
    print(f"Reading {scale.description} (Ctrl+C to stop)", flush=True)
    shown = 0
    try:
        with scale:
            while args.count <= 0 or shown < args.count:
                try:
                    reading = scale.read()
                except ScaleError as exc:
                    if isinstance(exc, ScaleDisconnected | ScaleNotResponding):
                        print(f"{exc} ({exc.detail})", file=sys.stderr)
                        return EXIT_LOST
                    print(f"  ? {exc} ({exc.detail})", flush=True)
                else:
                    print(f"  {reading}", flush=True)
                shown += 1
                if args.count <= 0 or shown < args.count:
                    time.sleep(args.interval)  # the pace of the printout, not a wait for a signal
    except KeyboardInterrupt:
        pass
    return EXIT_OK
