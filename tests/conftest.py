"""Session-wide test set-up shared by every test package."""

from __future__ import annotations

import os

# Qt tests run offscreen unless a test asks for the real X display (tests/ui/xvfb).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
