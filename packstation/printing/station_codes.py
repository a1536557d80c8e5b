"""The exact strings station barcodes carry (`PS-CMD:SHIP`, `PS-QTY:3`, `PS-USER:Maria` ...).

The station's classifier owns the format; this is the one place printing spells it.
"""

from __future__ import annotations

from packstation.domain.scans import CommandName

_PREFIXED = {
    CommandName.QTY: "PS-QTY:",
    CommandName.USER: "PS-USER:",
    CommandName.STATUS: "PS-STATUS:",
}


def command_text(name: CommandName, argument: str | None = None) -> str:
    """The scan text of a station command; QTY, USER and STATUS need an argument, the rest none."""
    prefix = _PREFIXED.get(name)
    if prefix is None:
        if argument is not None:
            raise ValueError(f"{name} takes no argument")
        return f"PS-CMD:{name.value}"
    if argument is None or not argument.strip():
        raise ValueError(f"{name} needs an argument")
    return prefix + argument
