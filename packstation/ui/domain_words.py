"""The domain's English words (verdicts, details, next actions) in the packer's language.

The domain has no Qt, so its words are plain English constants and f-strings
(`packstation/domain/verdicts.py`, `PackSession.next_action`). Each is listed here once as a
template, `%1`… where the domain puts a value, inside `QT_TRANSLATE_NOOP` so `lupdate` extracts it;
`domain_text()` recognises a domain string by its template and fills the translated template with
the values it carried. A string no template matches is shown as it came (English, never lost).
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

CONTEXT = "DomainWords"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


TEMPLATES: tuple[str, ...] = (
    # verdicts (domain/verdicts.py)
    QT_TRANSLATE_NOOP("DomainWords", "NOT IN THIS ORDER"),
    QT_TRANSLATE_NOOP("DomainWords", "UNKNOWN CODE"),
    QT_TRANSLATE_NOOP("DomainWords", "SCAN AGAIN"),
    QT_TRANSLATE_NOOP("DomainWords", "ONE TOO MANY"),
    QT_TRANSLATE_NOOP("DomainWords", "NOT YET"),
    QT_TRANSLATE_NOOP("DomainWords", "BOX IS EMPTY"),
    QT_TRANSLATE_NOOP("DomainWords", "SCAN SHIP FIRST"),
    QT_TRANSLATE_NOOP("DomainWords", "SCAN THE LABEL"),
    QT_TRANSLATE_NOOP("DomainWords", "BAD QUANTITY"),
    QT_TRANSLATE_NOOP("DomainWords", "WRONG CARRIER"),
    QT_TRANSLATE_NOOP("DomainWords", "UNKNOWN LABEL"),
    QT_TRANSLATE_NOOP("DomainWords", "NOTHING TO UNDO"),
    QT_TRANSLATE_NOOP("DomainWords", "NOTHING TO ACKNOWLEDGE"),
    QT_TRANSLATE_NOOP("DomainWords", "ALREADY OPEN"),
    QT_TRANSLATE_NOOP("DomainWords", "SUPERVISOR NEEDED"),
    QT_TRANSLATE_NOOP("DomainWords", "FINISH THIS BOX FIRST"),
    QT_TRANSLATE_NOOP("DomainWords", "OK"),
    QT_TRANSLATE_NOOP("DomainWords", "UNDONE"),
    QT_TRANSLATE_NOOP("DomainWords", "QUANTITY SET"),
    QT_TRANSLATE_NOOP("DomainWords", "QUANTITY TAKEN BACK"),
    QT_TRANSLATE_NOOP("DomainWords", "STILL LOCKED"),
    QT_TRANSLATE_NOOP("DomainWords", "GO ON"),
    QT_TRANSLATE_NOOP("DomainWords", "BOX SHIPPED"),
    QT_TRANSLATE_NOOP("DomainWords", "PACKING STOPPED"),
    QT_TRANSLATE_NOOP("DomainWords", "STOP PACKING?"),
    QT_TRANSLATE_NOOP("DomainWords", "NEW PACKER?"),
    QT_TRANSLATE_NOOP("DomainWords", "PACK TAKEN OVER"),
    QT_TRANSLATE_NOOP("DomainWords", "SIGNED IN"),
    QT_TRANSLATE_NOOP("DomainWords", "STATUS SET"),
    QT_TRANSLATE_NOOP("DomainWords", "ORDER FINISHED"),
    QT_TRANSLATE_NOOP("DomainWords", "SIGN IN FIRST"),
    QT_TRANSLATE_NOOP("DomainWords", "WRONG WEIGHT"),
    QT_TRANSLATE_NOOP("DomainWords", "BOX WEIGHED"),
    QT_TRANSLATE_NOOP("DomainWords", "WEIGHT LET GO"),
    # details (domain/verdicts.py, domain/signin.py)
    QT_TRANSLATE_NOOP("DomainWords", "Code %1 is no product this station knows"),
    QT_TRANSLATE_NOOP("DomainWords", "Could not read %1"),
    QT_TRANSLATE_NOOP("DomainWords", "%1 unit still to pack"),
    QT_TRANSLATE_NOOP("DomainWords", "%1 units still to pack"),
    QT_TRANSLATE_NOOP("DomainWords", "Nothing in the box to ship yet"),
    QT_TRANSLATE_NOOP("DomainWords", "Scan PS-CMD:SHIP before the carrier label"),
    QT_TRANSLATE_NOOP("DomainWords", "The box is complete: %1 is not a carrier label"),
    QT_TRANSLATE_NOOP("DomainWords", "Quantity must be between 1 and 9999"),
    QT_TRANSLATE_NOOP("DomainWords", "This label is another carrier's"),
    QT_TRANSLATE_NOOP("DomainWords", "Not a carrier label this station knows: %1"),
    QT_TRANSLATE_NOOP("DomainWords", "%1 can take over once this box has shipped"),
    QT_TRANSLATE_NOOP(
        "DomainWords", "A supervisor's PIN accepts a label this station does not know"
    ),
    QT_TRANSLATE_NOOP("DomainWords", "Scan STOP again to stop packing and put %1 unit back"),
    QT_TRANSLATE_NOOP("DomainWords", "Scan STOP again to stop packing and put %1 units back"),
    QT_TRANSLATE_NOOP("DomainWords", "Put these back: %1"),
    QT_TRANSLATE_NOOP("DomainWords", "Nothing was in the box"),
    QT_TRANSLATE_NOOP("DomainWords", "Box %1: %2 %3"),
    QT_TRANSLATE_NOOP("DomainWords", "Scan %1's badge again to take over this pack"),
    QT_TRANSLATE_NOOP("DomainWords", "%1 packs on (was %2)"),
    QT_TRANSLATE_NOOP("DomainWords", "Scan your badge (PS-USER) before the packing slip"),
    # the weight gate (domain/weight_gate.py, domain/weight_check.py, services/bench_scale.py)
    QT_TRANSLATE_NOOP("DomainWords", "The box weighs wrong"),
    QT_TRANSLATE_NOOP("DomainWords", "BOX WEIGHS %1 — EXPECTED %2 ± %3"),
    QT_TRANSLATE_NOOP("DomainWords", "BOX WEIGHS %1 — EXPECTED %2 ± %3 — one %4 too many?"),
    QT_TRANSLATE_NOOP("DomainWords", "BOX WEIGHS %1 — EXPECTED %2 ± %3 — one %4 missing?"),
    QT_TRANSLATE_NOOP("DomainWords", "BOX WEIGHS %1 — EXPECTED %2 ± %3 — %4 × %5 too many?"),
    QT_TRANSLATE_NOOP("DomainWords", "BOX WEIGHS %1 — EXPECTED %2 ± %3 — %4 × %5 missing?"),
    QT_TRANSLATE_NOOP("DomainWords", "BOX WEIGHS %1 — as expected"),
    QT_TRANSLATE_NOOP("DomainWords", "BOX WEIGHS %1 — not checked: no weight known yet for %2"),
    QT_TRANSLATE_NOOP(
        "DomainWords", "BOX WEIGHS %1 — not checked: the expected weight is not sure enough"
    ),
    QT_TRANSLATE_NOOP("DomainWords", "NO STABLE WEIGHT — %1"),
    QT_TRANSLATE_NOOP("DomainWords", "the scale did not settle: keep the box still on it"),
    QT_TRANSLATE_NOOP("DomainWords", "nothing on the scale: put the box on it"),
    QT_TRANSLATE_NOOP("DomainWords", "the scale is overloaded"),
    QT_TRANSLATE_NOOP("DomainWords", "the scale reads below zero: empty it and zero it"),
    QT_TRANSLATE_NOOP("DomainWords", "the scale does not answer: check its cable"),
    QT_TRANSLATE_NOOP("DomainWords", "the scale reports a fault"),
    QT_TRANSLATE_NOOP("DomainWords", "%1 let this weight go: %2"),
    # next actions (domain/session.py: PackSession.next_action)
    QT_TRANSLATE_NOOP("DomainWords", "fix the box and scan PS-CMD:WEIGH, or call a supervisor"),
    QT_TRANSLATE_NOOP("DomainWords", "scan PS-CMD:ACK or press Esc, then scan the missing items"),
    QT_TRANSLATE_NOOP("DomainWords", "scan PS-CMD:ACK or press Esc, then scan PS-CMD:SHIP"),
    QT_TRANSLATE_NOOP("DomainWords", "scan PS-CMD:ACK or press Esc, then scan items"),
    QT_TRANSLATE_NOOP("DomainWords", "scan PS-CMD:ACK or press Esc, then scan the carrier label"),
    QT_TRANSLATE_NOOP("DomainWords", "scan PS-CMD:ACK or press Esc, then scan the right item"),
    QT_TRANSLATE_NOOP("DomainWords", "scan a %1 label, or PS-CMD:SHIP to ship this one anyway"),
    QT_TRANSLATE_NOOP(
        "DomainWords",
        "scan a %1 label, or PS-CMD:SHIP with a supervisor to ship this one anyway",
    ),
    QT_TRANSLATE_NOOP(
        "DomainWords", "scan a known carrier label, or PS-CMD:SHIP to ship this one anyway"
    ),
    QT_TRANSLATE_NOOP(
        "DomainWords",
        "scan a known carrier label, or PS-CMD:SHIP with a supervisor to ship this one anyway",
    ),
    QT_TRANSLATE_NOOP("DomainWords", "scan the carrier label"),
    QT_TRANSLATE_NOOP("DomainWords", "order packed"),
    QT_TRANSLATE_NOOP("DomainWords", "packing stopped"),
    QT_TRANSLATE_NOOP("DomainWords", "scan the item to count %1"),
    QT_TRANSLATE_NOOP("DomainWords", "scan PS-CMD:SHIP"),
    QT_TRANSLATE_NOOP("DomainWords", "scan items"),
    QT_TRANSLATE_NOOP("DomainWords", "nobody"),
)


# Templates whose values are themselves domain words: which values to translate too.
_NESTED: dict[str, tuple[int, ...]] = {
    "%1 let this weight go: %2": (2,),
    "NO STABLE WEIGHT — %1": (1,),
}


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    made = []
    for template in TEMPLATES:
        parts = re.split(r"%(\d)", template)
        regex = "".join(re.escape(p) if i % 2 == 0 else "(.+?)" for i, p in enumerate(parts))
        made.append((re.compile(f"^{regex}$", re.DOTALL), template))
    # The longest literal text first: "scan PS-CMD:SHIP" must not swallow a longer sentence.
    made.sort(key=lambda pair: -len(re.sub(r"%\d", "", pair[1])))
    return tuple(made)


def domain_text(text: str) -> str:
    """One of the domain's English strings, in the language installed now."""
    if not text:
        return text
    for pattern, template in _patterns():
        m = pattern.match(text)
        if m is None:
            continue
        words = QCoreApplication.translate(CONTEXT, template)
        for i, value in enumerate(m.groups(), start=1):
            if value == "nobody":
                value = QCoreApplication.translate(CONTEXT, "nobody")
            elif i in _NESTED.get(template, ()):
                value = domain_text(value)  # words of the domain inside words of the domain
            words = words.replace(f"%{i}", value)
        return words
    return text


__all__ = ["CONTEXT", "TEMPLATES", "domain_text"]
