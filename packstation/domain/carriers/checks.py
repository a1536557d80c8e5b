"""Check-digit algorithms of carrier tracking numbers, each written once.

Names and parameters follow the open `tracking_number_data` set (jkeen), which documents what the
carriers publish (UPS, FedEx and USPS guides, UPU S10, DPD's parcel label specification). Every
function answers "is `check` the check character of `body`?"; `compute` gives the character
itself, which tests and `packstation barcode --carriers` use to build numbers that pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

_ALPHABET36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def char_value(c: str) -> int:
    # UPS and OnTrac serials mix letters in: the carriers map a letter to (ord - 3) % 10.
    return int(c) if c.isdigit() else (ord(c) - 3) % 10


def mod10_digit(body: str, evens: int, odds: int) -> str:
    """Weighted sum (even 0-based positions × `evens`, odd × `odds`); check = (10 - sum) mod 10."""
    total = sum(char_value(c) * (evens if i % 2 == 0 else odds) for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


def mod11_digit(body: str, weights: Sequence[int]) -> str:
    """FedEx: weighted sum, modulo 11, then modulo 10 (weights repeat when the body is longer)."""
    total = sum(int(c) * weights[i % len(weights)] for i, c in enumerate(body))
    return str(total % 11 % 10)


def mod7_digit(body: str) -> str:
    """DHL Express: the serial number modulo 7."""
    return str(int(body) % 7)


def s10_digit(body: str) -> str:
    """UPU S10: weights 8 6 4 2 3 5 9 7, 11 - (sum mod 11), where 10 → 0 and 11 → 5."""
    remainder = sum(int(c) * w for c, w in zip(body, S10_WEIGHTS, strict=True)) % 11
    return str({0: 5, 1: 0}.get(remainder, 11 - remainder))


def luhn_digit(body: str) -> str:
    """Luhn (Purolator): double every second digit from the right of the body."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def mod37_36_char(body: str) -> str:
    """ISO/IEC 7064 MOD 37,36 (DPD parcel numbers): the check is a digit or a letter."""
    mod = 36
    cd = mod
    for c in body:
        cd += _ALPHABET36.index(c)
        if cd > mod:
            cd -= mod
        cd *= 2
        if cd > mod:
            cd -= mod + 1
    cd = (mod + 1) - cd
    return _ALPHABET36[0 if cd == mod else cd]


Params = dict[str, tuple[int, ...]]
# name -> (needs these integer-list parameters, computes the check character)
ALGORITHMS: dict[str, tuple[tuple[str, ...], Callable[[str, Params], str]]] = {
    "mod10": (("evens", "odds"), lambda b, p: mod10_digit(b, p["evens"][0], p["odds"][0])),
    "mod11": (("weights",), lambda b, p: mod11_digit(b, p["weights"])),
    "mod7": ((), lambda b, p: mod7_digit(b)),
    "s10": ((), lambda b, p: s10_digit(b)),
    "luhn": ((), lambda b, p: luhn_digit(b)),
    "mod37_36": ((), lambda b, p: mod37_36_char(b)),
}
NO_CHECK = "none"


def compute(algorithm: str, body: str, params: Params) -> str:
    """The check character `algorithm` gives for `body` (ValueError for text it cannot weigh)."""
    try:
        return ALGORITHMS[algorithm][1](body, params)
    except (IndexError, KeyError) as exc:
        raise ValueError(f"{algorithm} cannot weigh {body!r}") from exc


def checker(algorithm: str, params: Params) -> Callable[[str], str]:
    """`compute` with the algorithm and its parameters bound once (the engine's hot path)."""
    function = ALGORITHMS[algorithm][1]
    return lambda body: function(body, params)


def verifies(algorithm: str, body: str, check: str, params: Params) -> bool:
    try:
        return compute(algorithm, body, params) == check
    except ValueError:
        return False


__all__ = ["ALGORITHMS", "NO_CHECK", "Params", "checker", "compute", "verifies"]
