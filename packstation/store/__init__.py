"""The local SQLite journal: pack sessions, scan events, outboxes and the audit trail.

No Qt, no network. Entry point: `Journal.open(path)` / `Journal.for_profile(profile)`.
"""

from packstation.store.database import Synchronous
from packstation.store.errors import (
    CredentialInPayloadError,
    InvalidTransitionError,
    JournalError,
    JournalNeedsAttention,
    JournalTooNew,
    JournalUnavailable,
    NotAJournalError,
    SessionClosedError,
    SessionStillOpenError,
    UnavailableReason,
    UnknownOutboxEntryError,
    UnknownSessionError,
)
from packstation.store.health import HealthReport, check_journal_file
from packstation.store.journal import Journal
from packstation.store.outbox import ShipmentOutbox, StatusOutbox
from packstation.store.paths import default_journal_path
from packstation.store.records import (
    AuditEntry,
    EventRecord,
    NewEvent,
    OutboxEntry,
    OutboxSummary,
    PruneResult,
    Resolution,
    ResumableSession,
    SessionOutcome,
    SessionRecord,
    ShipmentState,
    StatusState,
    StatusUpdate,
)
from packstation.store.retention import DEFAULT_PERSONAL_DATA_DAYS, DEFAULT_RETENTION_DAYS
from packstation.store.schema import SCHEMA_VERSION

__all__ = [
    "DEFAULT_PERSONAL_DATA_DAYS",
    "DEFAULT_RETENTION_DAYS",
    "SCHEMA_VERSION",
    "AuditEntry",
    "CredentialInPayloadError",
    "EventRecord",
    "HealthReport",
    "InvalidTransitionError",
    "Journal",
    "JournalError",
    "JournalNeedsAttention",
    "JournalTooNew",
    "JournalUnavailable",
    "NewEvent",
    "NotAJournalError",
    "OutboxEntry",
    "OutboxSummary",
    "PruneResult",
    "Resolution",
    "ResumableSession",
    "SessionClosedError",
    "SessionOutcome",
    "SessionRecord",
    "SessionStillOpenError",
    "ShipmentOutbox",
    "ShipmentState",
    "StatusOutbox",
    "StatusState",
    "StatusUpdate",
    "Synchronous",
    "UnavailableReason",
    "UnknownOutboxEntryError",
    "UnknownSessionError",
    "check_journal_file",
    "default_journal_path",
]
