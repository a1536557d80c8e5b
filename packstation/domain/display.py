"""Showing what was scanned without letting the scan mess up the screen or the log.

A scan can hold anything a scanner or a stray keyboard sends: control characters, bidirectional
overrides that flip the rest of a line, 10,000 characters of noise. `shown` makes it safe and short.
"""

from __future__ import annotations

import unicodedata

SHOWN_MAX = 80
ELLIPSIS = "…"

# Categories that print as nothing, rearrange text or pass for something else: controls, format
# characters (bidi overrides, zero-width joiners), surrogates, private use, unassigned, line and
# paragraph breaks, and spaces other than " " (a no-break space makes "ORD 1053" look like a
# reference it does not match).
_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"})


def visible_char(c: str) -> str:
    """One character as it should be displayed: C0 controls as their Unicode control pictures
    (GS → "␝", CR → "␍"), DEL as "␡", other invisible characters as a \\x / \\u / \\U escape."""
    code = ord(c)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if c == " " or unicodedata.category(c) not in _HIDDEN:
        return c
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def shown(raw: str, limit: int = SHOWN_MAX) -> str:
    """`raw` made safe to display, at most `limit` characters (ending with "…" when cut)."""
    parts: list[str] = []
    length = 0
    for c in raw:
        v = visible_char(c)
        if length + len(v) > limit:
            # Room for the ellipsis: drop what no longer fits before it.
            while parts and length + 1 > limit:
                length -= len(parts.pop())
            return "".join(parts) + ELLIPSIS
        parts.append(v)
        length += len(v)
    return "".join(parts)


__all__ = ["ELLIPSIS", "SHOWN_MAX", "shown", "visible_char"]
