"""Does this address and token reach a Stitch account? Asked by the set-up screen and the self-test.

One request (`ping`, a page of one fulfillment) without retries: the person typing waits for it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from packstation.api.client import StitchClient
from packstation.api.errors import AuthError, StitchError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    ok: bool
    refused: bool = False  # Stitch answered: this token is not valid
    problem: str = ""  # otherwise, why it could not be checked (packer's words)
    detail: str = ""  # the technical reason, for a log line or the self-test
    bad_address: bool = False  # the address is not one a request can go to


async def check_account(url: str, token: str, *, timeout_s: float | None = None) -> CheckOutcome:
    """The outcome of listing one page of fulfillments with `token` at `url`."""
    try:
        client = (
            StitchClient(url, token, retry_attempts=1)
            if timeout_s is None
            else StitchClient(url, token, retry_attempts=1, timeout=timeout_s)
        )
    except ValueError as exc:  # the client refuses a malformed address
        return CheckOutcome(ok=False, problem=str(exc), detail=str(exc), bad_address=True)
    try:
        async with client:
            await client.ping()
    except AuthError:
        return CheckOutcome(ok=False, refused=True)
    except ValueError as exc:
        return CheckOutcome(ok=False, problem=str(exc), detail=str(exc))
    except StitchError as exc:
        log.warning("account check failed: %s", exc)
        return CheckOutcome(ok=False, problem=exc.user_message, detail=str(exc))
    return CheckOutcome(ok=True)


__all__ = ["CheckOutcome", "check_account"]
