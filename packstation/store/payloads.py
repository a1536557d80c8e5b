"""JSON payloads as the journal stores them, and the guard that keeps credentials out."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from packstation.store.errors import CredentialInPayloadError

# Keys that name a credential. The journal is a plain file any local user with access may read
# and copy for support: no token, password or secret ever goes in, whoever passes it.
_CREDENTIAL_KEY = re.compile(
    r"^(token|bearer)$|access_?token|refresh_?token|api_?key|secret|passw(or)?d|authori[sz]ation"
    r"|credential|cookie",
    re.IGNORECASE,
)


def refuse_credentials(value: object) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            if isinstance(key, str) and _CREDENTIAL_KEY.search(key):
                raise CredentialInPayloadError(key)
            refuse_credentials(item)
    elif isinstance(value, list | tuple):
        for item in value:
            refuse_credentials(item)


def dump(value: Mapping[str, object]) -> str:
    refuse_credentials(value)
    try:
        return json.dumps(
            value, ensure_ascii=False, allow_nan=False, sort_keys=True, separators=(",", ":")
        )
    except (TypeError, ValueError) as error:
        raise ValueError(f"journal payloads must be plain JSON: {error}") from None


def load(text: str) -> dict[str, Any]:
    value = json.loads(text)
    assert isinstance(value, dict)
    return value
