"""Catalogue weights: the unit weights a products CSV gave (its `weight` column), kept per station.

A JSON file beside the journal (`<journal>.weights.json`: SKU -> value and unit, as the CSV gave
them), so the weight gate judges a SKU from its first box instead of waiting for learning.
Written atomically (a temporary file renamed over the old one); a file that cannot be read is
logged and taken as empty: the gate then learns, it never stops a box on a guess.
A later CSV adds and replaces SKUs; a SKU the CSV leaves without a weight keeps the one it had.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path

from packstation.domain.weights import Unit, Weight

__all__ = ["catalogue_path", "load_catalogue_weights", "save_catalogue_weights"]

log = logging.getLogger(__name__)


def catalogue_path(journal_path: Path) -> Path:
    return journal_path.with_name(journal_path.name + ".weights.json")


def load_catalogue_weights(journal_path: Path) -> dict[str, Weight]:
    path = catalogue_path(journal_path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {
            str(sku): Weight(Decimal(str(w["value"])), Unit(w["unit"])) for sku, w in raw.items()
        }
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, InvalidOperation) as exc:
        log.warning("catalogue weights in %s not read (%r): the gate learns instead", path, exc)
        return {}


def save_catalogue_weights(journal_path: Path, weights: Mapping[str, Weight]) -> dict[str, Weight]:
    """Merge `weights` into the station's catalogue weights; returns them all. Raises OSError."""
    merged = load_catalogue_weights(journal_path)
    merged.update(weights)
    path = catalogue_path(journal_path)
    text = json.dumps(
        {sku: {"value": str(w.value), "unit": str(w.unit)} for sku, w in sorted(merged.items())},
        indent=1,
        ensure_ascii=False,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return merged
