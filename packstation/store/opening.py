"""Before a journal is opened for writing: refuse what must not be opened, create a new one
privately, and take the one-process lock."""

from __future__ import annotations

import errno
from pathlib import Path

from packstation.store.errors import JournalUnavailable, UnavailableReason
from packstation.store.files import create_private_file, make_private_dirs
from packstation.store.health import preflight
from packstation.store.lock import ProcessLock


def reason_for_os_error(error: OSError) -> UnavailableReason:
    return {
        errno.ENOSPC: UnavailableReason.DISK_FULL,
        errno.EROFS: UnavailableReason.READ_ONLY,
        errno.EACCES: UnavailableReason.READ_ONLY,
        errno.EPERM: UnavailableReason.READ_ONLY,
    }.get(error.errno or 0, UnavailableReason.CANNOT_OPEN)


def lock_for(path: Path) -> ProcessLock:
    lock = ProcessLock(path.with_name(path.name + ".lock"))
    try:
        held = lock.acquire()
    except OSError as error:
        raise JournalUnavailable(
            reason_for_os_error(error),
            path=path,
            operation="create the journal's lock file",
            sqlite_error=str(error),
        ) from error
    if not held:
        raise JournalUnavailable(
            UnavailableReason.LOCKED,
            path=path,
            operation="lock the journal for this process",
            sqlite_error=f"{lock.path} is held by another Packstation process",
        )
    return lock


def prepare(path: Path) -> None:
    """Refuse what lies at `path` if it must not be opened (writing nothing), and create a new
    journal's folder (0700) and file (0600) when there is none: never over an old one."""
    found = preflight(path)
    if found.size is not None:
        return
    try:
        make_private_dirs(path.parent)
        create_private_file(path)
    except FileExistsError:
        preflight(path)  # another process made it meanwhile: look again
    except OSError as error:
        raise JournalUnavailable(
            reason_for_os_error(error),
            path=path,
            operation="create the journal file",
            sqlite_error=str(error),
        ) from error
