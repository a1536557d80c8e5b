"""Station commands: the exact strings printed on the command sheet and how scans of them read.

Other tools print and parse these strings, so they never change: `PS-CMD:SHIP`, `PS-CMD:PARTIAL`,
`PS-CMD:UNDO`, `PS-CMD:CANCEL`, `PS-CMD:ACK`, `PS-CMD:WEIGH`, `PS-QTY:<n>`, `PS-USER:<name>`,
`PS-STATUS:<text>`.
Reading is forgiving (any case, surrounding whitespace) because a keyboard-wedge scanner under
Caps Lock flips case; writing always produces the canonical form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from packstation.domain.scans import CommandName, CommandScan, MisreadScan, ScanKind

QTY_MIN = 1
QTY_MAX = 9999
STATUS_MAX = 255  # the Stitch API's limit for a fulfillment status

# Commands that take no argument, written PS-CMD:<name>.
PLAIN_COMMANDS: tuple[CommandName, ...] = (
    CommandName.SHIP,
    CommandName.PARTIAL,
    CommandName.UNDO,
    CommandName.CANCEL,
    CommandName.ACK,
    CommandName.WEIGH,
)

_PREFIX = re.compile(r"PS-(CMD|QTY|USER|STATUS):", re.IGNORECASE | re.ASCII)
_QTY = re.compile(r"[0-9]{1,9}", re.ASCII)


def is_command(text: str) -> bool:
    """True when `text` starts like a station command (then it is nothing else)."""
    return _PREFIX.match(text.strip()) is not None


def parse_command(raw: str) -> CommandScan | MisreadScan | None:
    """Read a station command; None when `raw` is not one.

    A malformed command (unknown name, quantity out of range, no packer name, status too long)
    is a MisreadScan that looks like a command: it was clearly meant as one, so it must neither
    be ignored nor taken for a product.
    """
    text = raw.strip()
    m = _PREFIX.match(text)
    if m is None:
        return None
    kind = m.group(1).upper()
    rest = text[m.end() :]
    if kind == "CMD":
        name = rest.strip().upper()
        if name in {c.value for c in PLAIN_COMMANDS}:
            return CommandScan(raw=raw, name=CommandName(name))
        return _bad(raw, "unknown station command — use the command sheet")
    if kind == "QTY":
        digits = rest.strip()
        if _QTY.fullmatch(digits) is None:
            return _bad(raw, f"quantity must be a whole number from {QTY_MIN} to {QTY_MAX}")
        n = int(digits)
        if not QTY_MIN <= n <= QTY_MAX:
            return _bad(raw, f"quantity {n} is out of range ({QTY_MIN} to {QTY_MAX})")
        return CommandScan(raw=raw, name=CommandName.QTY, argument=str(n))
    if kind == "USER":
        user = rest.strip()
        if not user:
            return _bad(raw, "sign-in badge has no packer name")
        if not user.isprintable():
            return _bad(raw, "packer name on the badge has unreadable characters")
        return CommandScan(raw=raw, name=CommandName.USER, argument=user)
    # STATUS: the text is kept as printed (the scan's surrounding whitespace is already gone);
    # an empty status is allowed: it clears the fulfillment's status.
    if len(rest) > STATUS_MAX:
        return _bad(raw, f"status text is longer than {STATUS_MAX} characters")
    if not rest.isprintable():
        return _bad(raw, "status text has unreadable characters")
    return CommandScan(raw=raw, name=CommandName.STATUS, argument=rest)


def _bad(raw: str, problem: str) -> MisreadScan:
    return MisreadScan(raw=raw, problem=problem, looks_like=ScanKind.COMMAND)


def command_text(name: CommandName, argument: str | None = None) -> str:
    """The exact string to print in a command barcode.

    Raises ValueError when the argument does not fit the command (a plain command with an
    argument, a quantity outside 1..9999, an empty packer name, a status over 255 characters):
    a sheet that prints it would only produce refused scans.
    """
    if name in PLAIN_COMMANDS:
        if argument is not None:
            raise ValueError(f"PS-CMD:{name.value} takes no argument")
        text = f"PS-CMD:{name.value}"
    elif name is CommandName.QTY:
        text = f"PS-QTY:{argument if argument is not None else ''}"
    elif name is CommandName.USER:
        text = f"PS-USER:{argument if argument is not None else ''}"
    else:
        text = f"PS-STATUS:{argument if argument is not None else ''}"
    parsed = parse_command(text)
    if not isinstance(parsed, CommandScan) or parsed.argument != argument:
        problem = parsed.problem if isinstance(parsed, MisreadScan) else "not canonical"
        raise ValueError(f"cannot print {name.value} command: {problem}")
    return text


@dataclass(frozen=True, slots=True)
class SheetCommand:
    """One barcode on the printed command sheet."""

    name: CommandName
    text: str  # what the barcode encodes
    label: str  # what the packer reads under it


SHEET_COMMANDS: tuple[SheetCommand, ...] = (
    SheetCommand(CommandName.SHIP, command_text(CommandName.SHIP), "Ship this box"),
    SheetCommand(CommandName.PARTIAL, command_text(CommandName.PARTIAL), "Ship what is packed"),
    SheetCommand(CommandName.UNDO, command_text(CommandName.UNDO), "Undo last scan"),
    SheetCommand(CommandName.CANCEL, command_text(CommandName.CANCEL), "Stop packing this order"),
    SheetCommand(CommandName.ACK, command_text(CommandName.ACK), "OK, I saw the error"),
    SheetCommand(CommandName.WEIGH, command_text(CommandName.WEIGH), "Weigh the box again"),
)

# Quantities worth a barcode of their own on the sheet (case packs and common multiples).
QTY_PRESETS: tuple[int, ...] = (2, 3, 4, 5, 6, 10, 12, 24)


def qty_sheet_commands(presets: tuple[int, ...] = QTY_PRESETS) -> tuple[SheetCommand, ...]:
    """PS-QTY barcodes for the sheet, one per preset quantity."""
    return tuple(
        SheetCommand(CommandName.QTY, command_text(CommandName.QTY, str(n)), f"Next item × {n}")
        for n in presets
    )


def all_sheet_commands() -> tuple[SheetCommand, ...]:
    """Everything the standard command sheet prints: the plain commands, then the quantities."""
    return SHEET_COMMANDS + qty_sheet_commands()


__all__ = [
    "PLAIN_COMMANDS",
    "QTY_MAX",
    "QTY_MIN",
    "QTY_PRESETS",
    "SHEET_COMMANDS",
    "STATUS_MAX",
    "SheetCommand",
    "all_sheet_commands",
    "command_text",
    "is_command",
    "parse_command",
    "qty_sheet_commands",
]
