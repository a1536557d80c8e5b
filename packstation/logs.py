"""The station's log: rotating files in the platform's log directory, one line per API call,
UTC timestamps, the station name on every line, and never an access token.

Where the files are (`log_directory()`, platformdirs' user log directory):

- Linux:   `~/.local/state/packstation/log/packstation.log` (`$XDG_STATE_HOME` moves it)
- macOS:   `~/Library/Logs/packstation/packstation.log`
- Windows: `%LOCALAPPDATA%\\packstation\\Logs\\packstation.log`

Each user of a shared station has their own log. Five files of 2 MB are kept
(`packstation.log`, `packstation.log.1` ... `.4`).

Tokens: the client never logs one (see `packstation.api.client`), but a library's debug line, an
exception message or a pasted header might. Every handler set up here formats through
`RedactingFormatter`, which removes, from the finished line and its traceback, every token value
registered with `register_secret()` and anything that looks like one (`access_token: …`,
`Authorization: Bearer …`, `?access_token=…`). Redacting the finished text, not the message
arguments, is what makes it a guarantee: nothing reaches a file without passing through it.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
import stat
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterable
from pathlib import Path

import platformdirs

__all__ = [
    "BACKUP_COUNT",
    "LOG_FILE",
    "MAX_BYTES",
    "REDACTED",
    "RedactingFormatter",
    "configure_logging",
    "forget_secret",
    "log_directory",
    "redact",
    "register_secret",
    "set_station",
]

LOG_FILE = "packstation.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 4  # with the current file: five files, at most 10 MB per user
REDACTED = "<redacted>"
LINE_FORMAT = "%(asctime)s [%(station)s] %(levelname)s %(name)s: %(message)s"

_PRIVATE_FILE = 0o600
_PRIVATE_DIR = 0o700
_POSIX = sys.platform != "win32"

# Shorter values are not tokens (and redacting "ok" everywhere would ruin the log).
_MIN_SECRET_LENGTH = 6

_secrets_lock = threading.Lock()
_secrets: frozenset[str] = frozenset()
_station = "-"

# `access_token: x`, `"access_token": "x"`, `'access_token': 'x'` (a dict or httpx Headers repr),
# `?access_token=x&`, `token=x`, `password: x`, `api_key=x`. The value ends at a blank, a quote or a
# separator, so the rest of the line survives.
_KEY_VALUE = re.compile(
    r"""(?ix)
    (\b(?:access[_-]?token|auth[_-]?token|refresh[_-]?token|token|api[_-]?key|password|secret)
      ["']?\s*[:=]\s*["']?)
    ([^\s"'&,;)}\]]+)
    """
)
# `Authorization: Bearer x` (or Basic, or a bare value), and a `Bearer x` anywhere else.
_AUTH_HEADER = re.compile(
    r"""(?ix)
    (\bauthorization["']?\s*[:=]\s*["']?(?:(?:bearer|basic|token)\s+)?)
    ([^\s"',;)}\]]+)
    """
)
_BEARER = re.compile(r"(?i)(\bbearer\s+)([A-Za-z0-9._~+/=-]{6,})")


def register_secret(value: str) -> None:
    """Redact `value` (and its URL-encoded form) from every log line from now on."""
    value = value.strip()
    if len(value) < _MIN_SECRET_LENGTH:
        return
    global _secrets
    forms = {value, urllib.parse.quote(value, safe=""), urllib.parse.quote_plus(value)}
    with _secrets_lock:
        _secrets = _secrets | forms


def forget_secret(value: str) -> None:
    """Stop redacting `value` (after the token was cleared). Patterns still apply."""
    value = value.strip()
    global _secrets
    forms = {value, urllib.parse.quote(value, safe=""), urllib.parse.quote_plus(value)}
    with _secrets_lock:
        _secrets = _secrets - forms


def redact(text: str, secrets: Iterable[str] | None = None) -> str:
    """`text` without any registered token value and without anything shaped like a credential."""
    known = _secrets if secrets is None else secrets
    # Longest first, so a token that contains another registered one is removed whole.
    for secret in sorted(known, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, REDACTED)
    text = _KEY_VALUE.sub(_keep_key, text)
    text = _AUTH_HEADER.sub(_keep_key, text)
    return _BEARER.sub(_keep_key, text)


def _keep_key(match: re.Match[str]) -> str:
    if match.group(2) == REDACTED or match.group(2).startswith("<"):
        return match.group(0)  # already redacted, or a placeholder such as <secret>
    return match.group(1) + REDACTED


def set_station(name: str) -> None:
    """The station name written on every line from now on (the settings may change it)."""
    global _station
    _station = name.strip() or "-"


class _StationFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.station = _station
        return True


class RedactingFormatter(logging.Formatter):
    """UTC ISO-8601 timestamps; the finished line, traceback included, passed through `redact`."""

    def __init__(self, fmt: str = LINE_FORMAT) -> None:
        super().__init__(fmt)

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
        return f"{stamp}.{int(record.msecs):03d}Z"

    def format(self, record: logging.LogRecord) -> str:
        if not hasattr(record, "station"):
            record.station = _station
        text = redact(super().format(record))
        # Formatter caches the traceback text on the record; another handler would reuse it raw.
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return text


def log_directory() -> Path:
    """The per-user log directory of this platform (not created)."""
    return platformdirs.user_log_path("packstation", appauthor=False)


def _level_from(level: int | str | None) -> int:
    if level is None:
        level = os.environ.get("PACKSTATION_LOG_LEVEL", "INFO")
    if isinstance(level, int):
        return level
    named = logging.getLevelName(level.strip().upper())
    return named if isinstance(named, int) else logging.INFO


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Opens its file 0600 and never through a symlink (`O_NOFOLLOW`), nor one owned by someone
    else: another local user must not be able to make the packer's process append to a file."""

    def _open(self) -> io.TextIOWrapper:
        stream = open(  # noqa: SIM115 (the handler keeps the stream open and closes it)
            self.baseFilename, self.mode, encoding=self.encoding, opener=_private_opener
        )
        assert isinstance(stream, io.TextIOWrapper)
        return stream


def _private_opener(path: str, flags: int) -> int:
    fd = os.open(path, flags | getattr(os, "O_NOFOLLOW", 0), _PRIVATE_FILE)
    try:
        if _POSIX:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid():
                raise PermissionError(f"{path} is not a file of this user: not logging to it")
            os.fchmod(fd, _PRIVATE_FILE)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _check_private_dir(directory: Path) -> None:
    """The folder must be a real folder of this user that nobody else may write to."""
    if not _POSIX:
        return
    info = os.lstat(directory)
    if not stat.S_ISDIR(info.st_mode):
        raise NotADirectoryError(f"{directory} is not a folder (a symlink?): not logging there")
    if info.st_uid != os.geteuid():
        raise PermissionError(f"{directory} belongs to another user: not logging there")
    if info.st_mode & 0o077:
        os.chmod(directory, _PRIVATE_DIR)  # ours: make it private (older installs made it 0755)


def _make_dirs(directory: Path) -> None:
    missing: list[Path] = []
    current = directory
    while not os.path.lexists(current) and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        os.mkdir(folder, _PRIVATE_DIR)  # exclusive: FileExistsError if someone raced us
        if _POSIX:
            os.chmod(folder, _PRIVATE_DIR)


def _open_file_handler(log_dir: Path) -> logging.handlers.RotatingFileHandler:
    _make_dirs(log_dir)
    _check_private_dir(log_dir)
    return _PrivateRotatingFileHandler(
        log_dir / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )


def _fallback_file_handler() -> tuple[Path, logging.handlers.RotatingFileHandler | None]:
    """A private folder in the temp directory: the usual one if it is safe, else a fresh one."""
    usual = Path(tempfile.gettempdir()) / f"packstation-logs-{_user_tag()}"
    try:
        return usual, _open_file_handler(usual)
    except OSError as error:
        if sys.stderr is not None:
            print(f"packstation: not logging to {usual}: {error}", file=sys.stderr)
    try:
        fresh = Path(tempfile.mkdtemp(prefix="packstation-logs-"))  # exclusive, 0700
        return fresh, _open_file_handler(fresh)
    except OSError:
        return usual, None


_OUR_HANDLER = "_packstation_handler"


def configure_logging(
    level: int | str | None = None,
    log_dir: Path | None = None,
    *,
    station: str | None = None,
    console: bool = True,
) -> Path:
    """Send the app's logging to the rotating file (and stderr when there is one); return the
    file's path. Calling it again replaces the handlers it installed before.

    `level` (default: `$PACKSTATION_LOG_LEVEL` or INFO) applies to everything except the API
    client, whose per-call lines (`GET /fulfillments?… → 200 in 41.0 ms`) are always written.
    If the log directory cannot be used (cannot be created, not this user's, the file a
    symlink), the log goes to a private folder (0700, this user's) in the temp directory instead:
    a station without a log is hard to support, but it must still start. Files are 0600.
    """
    if station is not None:
        set_station(station)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OUR_HANDLER, False):
            root.removeHandler(handler)
            handler.close()

    directory = log_dir or log_directory()
    file_handler: logging.Handler | None
    try:
        file_handler = _open_file_handler(directory)
    except OSError:
        directory, file_handler = _fallback_file_handler()
    handlers: list[logging.Handler] = [] if file_handler is None else [file_handler]
    # A windowed app on Windows has no stderr at all.
    if console and sys.stderr is not None:
        stream = logging.StreamHandler(sys.stderr)
        # The terminal gets the chosen level; only the file carries every API call.
        stream.setLevel(_level_from(level))
        handlers.append(stream)
    formatter = RedactingFormatter()
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(_StationFilter())
        setattr(handler, _OUR_HANDLER, True)
        root.addHandler(handler)
    root.setLevel(_level_from(level))
    # The client logs a successful call at DEBUG; the support log wants every call.
    api_logger = logging.getLogger("packstation.api")
    api_logger.setLevel(min(logging.DEBUG, root.level))
    # httpx logs each request at INFO too: the client's line is the one with duration and attempt.
    logging.getLogger("httpx").setLevel(max(logging.WARNING, root.level))
    logging.captureWarnings(True)
    return directory / LOG_FILE


def _user_tag() -> str:
    try:
        return re.sub(r"[^A-Za-z0-9_.-]", "_", os.getlogin())
    except OSError:
        return str(os.getuid()) if hasattr(os, "getuid") else "user"
