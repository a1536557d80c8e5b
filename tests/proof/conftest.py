"""The proofs share the services tests' helpers (sandbox control, codes, station builder)."""

from __future__ import annotations

import sys
from pathlib import Path

_SERVICES_TESTS = str(Path(__file__).resolve().parent.parent / "services")
if _SERVICES_TESTS not in sys.path:
    sys.path.insert(0, _SERVICES_TESTS)
