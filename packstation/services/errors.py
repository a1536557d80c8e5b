"""The errors the window may meet when it asks the services for something.

The window catches these by their services name; where they come from (the API client, the
journal) stays the services' business.
"""

from __future__ import annotations

from packstation.api.errors import AuthError, NetworkError, StitchError
from packstation.store import JournalError

__all__ = ["AuthError", "JournalError", "NetworkError", "StitchError"]
