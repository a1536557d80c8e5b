"""The Stitch Integrations API client: records, errors and `StitchClient`."""

from packstation.api.client import DEFAULT_BASE_URL, RequestLog, StitchClient
from packstation.api.errors import (
    AmbiguousWrite,
    AuthError,
    BadRequestError,
    ConflictError,
    FieldError,
    ForbiddenError,
    NetworkError,
    NotFoundError,
    PartialUpsertError,
    ProtocolError,
    RateLimitedError,
    ServerError,
    StitchError,
    ValidationError,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "AmbiguousWrite",
    "AuthError",
    "BadRequestError",
    "ConflictError",
    "FieldError",
    "ForbiddenError",
    "NetworkError",
    "NotFoundError",
    "PartialUpsertError",
    "ProtocolError",
    "RateLimitedError",
    "RequestLog",
    "ServerError",
    "StitchClient",
    "StitchError",
    "ValidationError",
]
