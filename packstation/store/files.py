"""The journal's files on disk: private creation (0600 files, 0700 folders whatever the umask)
and a look at what lies at a journal's path that reads a few bytes and writes nothing.

SQLite creates `-wal` and `-shm` with the mode of the database file (it `fchmod`s them past the
umask), so creating the journal file itself 0600 makes its companions private too.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
POSIX = sys.platform != "win32"


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def make_private_dirs(directory: Path) -> None:
    """Create `directory` and its missing parents 0700; folders that exist are left as they are."""
    missing: list[Path] = []
    current = directory
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            os.mkdir(folder, PRIVATE_DIR)
            if POSIX:
                os.chmod(folder, PRIVATE_DIR)  # the umask may have removed bits, never added


def create_private_file(path: Path) -> None:
    """Create an empty file 0600; FileExistsError if anything (a symlink too) is already there."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, PRIVATE_FILE)
    try:
        if POSIX:
            os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    """Tighten an existing file of ours to 0600 (journals made before files were private)."""
    if not POSIX:
        return
    with contextlib.suppress(OSError):
        info = os.lstat(path)
        if info.st_uid == os.geteuid() and info.st_mode & 0o077:
            os.chmod(path, PRIVATE_FILE, follow_symlinks=False)


@dataclass(frozen=True, slots=True)
class JournalFiles:
    """What lies at a journal's path, read without writing a byte."""

    path: Path
    size: int | None  # None: no file
    header: bytes  # the first 100 bytes (fewer if the file is shorter)
    wal_size: int | None
    shm_exists: bool
    rollback_journal_exists: bool

    @property
    def is_sqlite(self) -> bool:
        return self.header.startswith(SQLITE_MAGIC)

    @property
    def application_id(self) -> int:
        return int.from_bytes(self.header[68:72], "big") if len(self.header) >= 72 else 0

    @property
    def schema_cookie(self) -> int:
        return int.from_bytes(self.header[40:44], "big") if len(self.header) >= 44 else 0

    @property
    def wal_has_data(self) -> bool:
        return bool(self.wal_size)

    @property
    def leftovers(self) -> tuple[Path, ...]:
        """Companion files lying beside the journal."""
        found = []
        if self.wal_size is not None:
            found.append(side_file(self.path, "-wal"))
        if self.shm_exists:
            found.append(side_file(self.path, "-shm"))
        if self.rollback_journal_exists:
            found.append(side_file(self.path, "-journal"))
        return tuple(found)


def _size(path: Path) -> int | None:
    try:
        return os.stat(path).st_size
    except (FileNotFoundError, NotADirectoryError):  # a file where a folder should be: no journal
        return None


def inspect_files(path: Path) -> JournalFiles:
    size = _size(path)
    header = b""
    if size:
        with open(path, "rb") as file:
            header = file.read(HEADER_SIZE)
    return JournalFiles(
        path=path,
        size=size,
        header=header,
        wal_size=_size(side_file(path, "-wal")),
        shm_exists=side_file(path, "-shm").exists(),
        rollback_journal_exists=side_file(path, "-journal").exists(),
    )
