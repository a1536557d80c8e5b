"""`packstation pin set` / `packstation pin clear`: the supervisor PIN, for IT.

The PIN is stored as the settings screen stores it: only its salted hash (`services.pin.hash_pin`)
in this user's settings file (`supervisor_pin_hash`). `set` reads the PIN twice (hidden, from the
terminal; from standard input, one per line, when it is not a terminal, so a script can pipe it),
never from the command line, where `ps` and the shell history would show it. When a PIN is
already set, the current one is asked first (as in the settings screen). A PIN locked by the
machine-wide file is IT's to change there: both commands refuse and say so.

Exit codes: 0 done; 1 the PINs differ, the current PIN is wrong, or the file cannot be written;
2 the PIN is locked by the machine-wide file or too short.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import sys
from typing import Any

from packstation.cli.words import speak_station_language
from packstation.i18n import fill, translator
from packstation.services.pin import hash_pin, verify_pin
from packstation.services.settings import load_settings, save_user_settings

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_CONFIG = 2
KEY = "supervisor_pin_hash"

# The supervisor reads these at the bench: in the station's language (setting `language`).
_tr = translator("PinCommand")


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "pin",
        help="set or clear the supervisor PIN",
        description="Set or clear the supervisor PIN that approves supervisor actions and "
        "opens the station's settings. The PIN is read from the terminal (or standard input), "
        "never from the command line.",
    )
    actions = p.add_subparsers(dest="pin_action", metavar="ACTION", required=True)
    actions.add_parser("set", help="set the PIN (asked twice; at least 4 digits)")
    actions.add_parser("clear", help="remove the PIN (asks the current one)")
    p.set_defaults(run=run)


class _Reader:
    """One PIN per call: hidden from the terminal, or a line of standard input."""

    def __init__(self) -> None:
        self.tty = sys.stdin.isatty()

    def __call__(self, prompt: str) -> str:
        if self.tty:
            return getpass.getpass(prompt)
        line = sys.stdin.readline()
        if not line:
            raise EOFError(prompt)
        return line.strip()


def run(args: argparse.Namespace) -> int:
    loaded = load_settings()
    settings = loaded.settings
    speak_station_language(settings.language)
    if KEY in settings.locked:
        print(
            fill(
                _tr("The supervisor PIN is set by your IT department in %1; change it there."),
                loaded.machine_path,
            ),
            file=sys.stderr,
        )
        return EXIT_CONFIG
    read = _Reader()
    try:
        if settings.supervisor_pin_hash and not verify_pin(
            read(_tr("Current supervisor PIN: ")), settings.supervisor_pin_hash
        ):
            print(_tr("The current PIN is not right; nothing changed."), file=sys.stderr)
            return EXIT_FAILED
        if args.pin_action == "clear":
            new_hash = ""
        else:
            first = read(_tr("New supervisor PIN (4 digits or more): "))
            second = read(_tr("The new PIN again: "))
            if first != second:
                print(_tr("The two PINs differ; nothing changed."), file=sys.stderr)
                return EXIT_FAILED
            try:
                new_hash = hash_pin(first)
            except ValueError:  # hash_pin's one refusal, said here in the station's language
                too_short = _tr("The supervisor PIN must be at least 4 digits.")
                print(f"{too_short} {_tr('Nothing changed.')}", file=sys.stderr)
                return EXIT_CONFIG
    except EOFError:
        print(_tr("No PIN was given; nothing changed."), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("\n" + _tr("Nothing changed."), file=sys.stderr)
        return EXIT_FAILED
    try:
        path = save_user_settings(
            dataclasses.replace(settings, supervisor_pin_hash=new_hash), loaded.user_path
        )
    except OSError as exc:
        print(fill(_tr("The settings could not be written: %1"), exc), file=sys.stderr)
        return EXIT_FAILED
    if new_hash:
        print(fill(_tr("Supervisor PIN set (%1)."), path))
    elif args.pin_action == "clear" and settings.supervisor_pin_hash:
        print(
            fill(
                _tr("Supervisor PIN removed (%1). Supervisor actions are no longer protected."),
                path,
            )
        )
    else:
        print(_tr("No supervisor PIN was set."))
    return EXIT_OK
