"""Errors of the local journal.

`JournalUnavailable` is the one error that means "we could not record": the caller must stop
accepting scans. Its `str()` is in a packer's words; `details` is for the engineer reading the log.
The other errors are programming or state errors (a guard refused a transition) and never mean
that the disk is in trouble.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum
from pathlib import Path


class JournalError(Exception):
    """Base class of every error raised by `packstation.store`."""


class UnavailableReason(StrEnum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    IO_ERROR = "io_error"
    CORRUPT = "corrupt"
    CANNOT_OPEN = "cannot_open"
    CLOSED = "closed"


_WHY: dict[UnavailableReason, str] = {
    UnavailableReason.DISK_FULL: "the disk is full",
    UnavailableReason.READ_ONLY: "the journal file is read-only",
    UnavailableReason.LOCKED: (
        "the journal is locked by another program (is Packstation open twice?)"
    ),
    UnavailableReason.IO_ERROR: "the disk reported an error",
    UnavailableReason.CORRUPT: "the journal file is damaged",
    UnavailableReason.CANNOT_OPEN: "the journal file cannot be opened",
    UnavailableReason.CLOSED: "the journal is closed",
}

# Primary result codes (the low byte of an extended code), from sqlite3.h.
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

_SQLITE_IOERR_NOSPC = 10 | (13 << 8)  # ENOSPC surfaced as an I/O error by some VFS paths


class JournalUnavailable(JournalError):  # noqa: N818 (the name the app speaks)
    """The journal cannot be written (or read): stop scanning and tell the packer why.

    `str(error)` is the packer's message; `details` names the path, the operation and the SQLite
    error for the log. Payloads are never part of either.
    """

    def __init__(
        self,
        reason: UnavailableReason,
        *,
        path: Path | str,
        operation: str,
        sqlite_error: str = "",
    ) -> None:
        self.reason = reason
        self.path = str(path)
        self.operation = operation
        self.sqlite_error = sqlite_error
        super().__init__(
            f"Can't save scans: {_WHY[reason]}. Scanning is stopped until this is fixed"
            " — call your supervisor."
        )

    @property
    def details(self) -> str:
        """What an engineer needs: where, doing what, and SQLite's own words."""
        return f"journal {self.path}: {self.operation} failed ({self.reason.value})" + (
            f": {self.sqlite_error}" if self.sqlite_error else ""
        )

    @classmethod
    def from_sqlite(
        cls, error: sqlite3.Error, *, path: Path | str, operation: str
    ) -> JournalUnavailable:
        code = getattr(error, "sqlite_errorcode", None)
        name = getattr(error, "sqlite_errorname", "") or type(error).__name__
        reason = _reason_for(code, str(error))
        return cls(reason, path=path, operation=operation, sqlite_error=f"{name}: {error}")


def _reason_for(code: int | None, message: str) -> UnavailableReason:
    if code is None:
        # Errors raised by the sqlite3 module itself carry no code; go by the message.
        lowered = message.lower()
        if "full" in lowered:
            return UnavailableReason.DISK_FULL
        if "readonly" in lowered or "read-only" in lowered:
            return UnavailableReason.READ_ONLY
        if "locked" in lowered or "busy" in lowered:
            return UnavailableReason.LOCKED
        if "closed" in lowered:
            return UnavailableReason.CLOSED
        return UnavailableReason.IO_ERROR
    if code == _SQLITE_IOERR_NOSPC:
        return UnavailableReason.DISK_FULL
    primary = code & 0xFF
    if primary == _SQLITE_FULL:
        return UnavailableReason.DISK_FULL
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return UnavailableReason.READ_ONLY
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return UnavailableReason.LOCKED
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return UnavailableReason.CORRUPT
    if primary == _SQLITE_CANTOPEN:
        return UnavailableReason.CANNOT_OPEN
    return UnavailableReason.IO_ERROR


_SQLITE_ERROR = 1


def is_environmental(error: sqlite3.Error) -> bool:
    """True when the disk, the file or another process is to blame, not our SQL.

    Constraint violations and plain SQL errors are bugs and keep their own exception; everything
    else (full, read-only, busy, I/O, corrupt) means the journal cannot be trusted to record.
    """
    if isinstance(error, sqlite3.IntegrityError | sqlite3.InterfaceError):
        return False
    if isinstance(error, sqlite3.ProgrammingError):
        return "closed" in str(error).lower()
    code = getattr(error, "sqlite_errorcode", None)
    return code is None or (code & 0xFF) != _SQLITE_ERROR or "locked" in str(error).lower()


class JournalTooNew(JournalError):  # noqa: N818 (the name the app speaks)
    """The journal's schema is newer than this app understands: never touch it."""

    def __init__(self, found: int, supported: int, *, path: Path | str) -> None:
        self.found = found
        self.supported = supported
        self.path = str(path)
        super().__init__(
            f"This journal was written by a newer Packstation (schema {found}); "
            "update Packstation on this station"
        )


class NotAJournalError(JournalError):
    """The file is an SQLite database of some other program."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        super().__init__(f"{path} is not a Packstation journal; refusing to touch it")


class UnknownSessionError(JournalError):
    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        super().__init__(f"no pack session {session_id!r} in the journal")


class SessionClosedError(JournalError):
    """An event or a close was written to a session that is already closed."""

    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        super().__init__(f"pack session {session_id!r} is already closed")


class SessionStillOpenError(JournalError):
    """This station already has an unfinished session: resume or close it first."""

    def __init__(self, station: str, session_id: str) -> None:
        self.station = station
        self.session_id = session_id
        super().__init__(
            f"station {station!r} still has the unfinished pack session {session_id!r}"
        )


class UnknownOutboxEntryError(JournalError):
    def __init__(self, local_id: str) -> None:
        self.local_id = local_id
        super().__init__(f"no outbox entry {local_id!r} in the journal")


class InvalidTransitionError(JournalError):
    """An outbox transition its guard refuses (e.g. `mark_sent` on a `pending` row)."""

    def __init__(self, local_id: str, state: str, action: str) -> None:
        self.local_id = local_id
        self.state = state
        self.action = action
        super().__init__(f"outbox entry {local_id!r} is {state}: cannot {action}")


class CredentialInPayloadError(JournalError, ValueError):
    """A payload carried a key that names a credential: the journal never stores those."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(f"refusing to journal a payload with the credential-like key {key!r}")


class JournalNeedsAttention(JournalUnavailable):
    """What lies at the journal's path must not be opened as it is: IT decides what to do.

    `str()` stays the packer's words (scanning is stopped); `advice` is IT's, and is part of
    `details` so the log line says what to do (restore, `packstation journal recover` or `new`).
    """

    def __init__(self, advice: str, *, path: Path | str, operation: str = "check before opening"):
        super().__init__(
            UnavailableReason.CORRUPT, path=path, operation=operation, sqlite_error=advice
        )
        self.advice = advice
