"""`packstation --self-test`: what IT runs after installing, one line per check.

    ok   settings (/etc/packstation/packstation.toml, ~/.config/packstation/settings.toml)
    ok   Qt platform plugin (xcb)
    ok   keyring (keyring.backends.SecretService.Keyring)
    ok   journal writable (/home/packer/.local/share/packstation/default)
    ok   log directory (/home/packer/.local/state/packstation/log)
    WARN sound: no audio output device; the station will run without sounds
    skip Stitch: no token stored for https://… (packstation token set --api-url URL < token.txt)

Exit status 0 when nothing failed (warnings and skips allowed), 1 otherwise.

The Qt checks run in a child process (`packstation --self-test-probe qt|sound`): when the xcb
libraries are missing, Qt aborts the whole process, and the self-test must report that, not die
of it. Everything else runs here, with QtCore alone for the words: the lines are in the station's
`language` (QCoreApplication.translate needs no window); the status words (ok, WARN, FAIL, skip)
stay as they are, for scripts and IT's notes.

Over 450 lines, one piece: one check after another in the order IT reads them, each a few lines.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from packstation import __version__
from packstation.cli.words import speak_station_language
from packstation.i18n import fill, plural, translator

__all__ = [
    "CheckResult",
    "Status",
    "probe_command",
    "run_probe",
    "run_self_test",
    "run_self_test_command",
]

PROBE_TIMEOUT_S = 30.0
PING_TIMEOUT_S = 20.0

# In the station's language (setting `language`): QCoreApplication.translate needs no window.
# The status words (ok, WARN, FAIL, skip) stay as they are: scripts and IT's notes look for them.
_tr = translator("SelfTest")


class Status(StrEnum):
    OK = "ok"
    WARN = "WARN"
    FAIL = "FAIL"
    SKIP = "skip"


@dataclass(frozen=True, slots=True)
class CheckResult:
    status: Status
    text: str  # "Qt platform plugin (offscreen)", "keyring: no password store (…)"
    details: tuple[str, ...] = ()  # printed indented under the line (settings problems)

    def lines(self) -> list[str]:
        return [f"{self.status.value:<4} {self.text}", *(f"       {d}" for d in self.details)]


# -- checks ------------------------------------------------------------------------------------


def check_settings(overrides: Mapping[str, Any] | None = None) -> tuple[CheckResult, Any]:
    from packstation.services.settings import load_settings

    loaded = load_settings(overrides)
    where = f"{loaded.machine_path}, {loaded.user_path}"
    if not loaded.problems:
        return CheckResult(Status.OK, fill(_tr("settings (%1)"), where)), loaded.settings
    count = plural(
        "SelfTest", "settings: %n problems", len(loaded.problems), one="settings: %n problem"
    )
    rest = _tr(
        "the station starts with the built-in value of each key named below (of every key in a"
        " file that is not valid TOML)"
    )
    text = f"{count}; {rest}"
    return CheckResult(Status.FAIL, text, tuple(str(p) for p in loaded.problems)), loaded.settings


def probe_command(kind: str) -> list[str]:
    """The child process that runs one Qt probe: the bundle's own executable when frozen."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--self-test-probe", kind]
    return [sys.executable, "-m", "packstation", "--self-test-probe", kind]


def _run_child(kind: str, env: Mapping[str, str] | None = None) -> tuple[int, dict[str, Any], str]:
    """Return code, the JSON the probe printed (or {}), and the last useful line of stderr."""
    child_env = dict(os.environ if env is None else env)
    proc = subprocess.run(  # noqa: S603 (our own executable, fixed arguments)
        probe_command(kind),
        capture_output=True,
        text=True,
        timeout=PROBE_TIMEOUT_S,
        env=child_env,
        check=False,
    )
    payload: dict[str, Any] = {}
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("{"):
            with contextlib.suppress(ValueError):
                payload = json.loads(line)
            break
    return proc.returncode, payload, _useful_stderr(proc.stderr)


def _useful_stderr(stderr: str) -> str:
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    # Qt's own explanation when no platform plugin loads; otherwise the last line said.
    for line in lines:
        if "Could not load the Qt platform plugin" in line or "Could not find the Qt platform" in (
            line
        ):
            return line
    return lines[-1] if lines else ""


def check_qt_platform() -> CheckResult:
    configured = os.environ.get("QT_QPA_PLATFORM", "") or "default"
    try:
        code, payload, err = _run_child("qt")
    except subprocess.TimeoutExpired:
        return CheckResult(
            Status.FAIL,
            fill(
                _tr("Qt platform plugin (%1): did not start in %2 s"),
                configured,
                f"{PROBE_TIMEOUT_S:.0f}",
            ),
        )
    except OSError as exc:
        return CheckResult(
            Status.FAIL, fill(_tr("Qt platform plugin: could not run the probe (%1)"), exc)
        )
    if code == 0 and payload.get("platform"):
        return CheckResult(Status.OK, fill(_tr("Qt platform plugin (%1)"), payload["platform"]))
    hint = _tr("missing system libraries? run again with QT_DEBUG_PLUGINS=1 for Qt's reasons")
    why = err or fill(_tr("exit status %1"), code)
    return CheckResult(
        Status.FAIL, fill(_tr("Qt platform plugin (%1): %2 (%3)"), configured, why, hint)
    )


def check_sound() -> CheckResult:
    # Audio needs no display: the probe runs offscreen so only the audio stack is tested.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        code, payload, err = _run_child("sound", env)
    except (subprocess.TimeoutExpired, OSError) as exc:
        return CheckResult(
            Status.WARN, fill(_tr("sound: could not be checked (%1)"), type(exc).__name__)
        )
    if code != 0 or "error" in payload:
        why = payload.get("error") or err or fill(_tr("exit status %1"), code)
        return CheckResult(
            Status.WARN,
            fill(_tr("sound: Qt Multimedia did not load (%1); the station runs silently"), why),
        )
    outputs = payload.get("outputs") or []
    if not outputs:
        return CheckResult(
            Status.WARN, _tr("sound: no audio output device; the station will run without sounds")
        )
    if payload.get("status") != "Ready":
        return CheckResult(
            Status.WARN,
            fill(
                _tr("sound: %1 did not load on %2 (%3); the station runs silently"),
                payload.get("sound", "ok.wav"),
                outputs[0],
                payload.get("status"),
            ),
        )
    return CheckResult(Status.OK, fill(_tr("sound (%1)"), outputs[0]))


def check_keyring() -> CheckResult:
    import keyring
    from keyring.backends import chainer, fail
    from keyring.errors import KeyringError

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration file
        return CheckResult(
            Status.FAIL, fill(_tr("keyring: cannot be set up (%1)"), type(exc).__name__)
        )
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    unusable = (
        isinstance(backend, fail.Keyring)
        or name == "keyring.backends.null.Keyring"
        or (isinstance(backend, chainer.ChainerBackend) and not backend.backends)
    )
    if unusable:
        return CheckResult(
            Status.FAIL,
            fill(
                _tr(
                    "keyring: no password store (%1); the token cannot be kept on this computer"
                    " (Linux: install and unlock gnome-keyring or KWallet in the desktop session)"
                ),
                name,
            ),
        )
    try:
        backend.get_password("packstation", "packstation-self-test")
    except KeyringError as exc:
        return CheckResult(
            Status.FAIL,
            fill(
                _tr("keyring: the password store cannot be read (%1: %2)"),
                name,
                type(exc).__name__,
            ),
        )
    return CheckResult(Status.OK, fill(_tr("keyring (%1)"), name))


def check_journal(journal_path: Path | None = None) -> CheckResult:
    from packstation.store import (
        Journal,
        JournalError,
        JournalUnavailable,
        UnavailableReason,
        default_journal_path,
    )
    from packstation.store.files import make_private_dirs
    from packstation.store.health import check_journal_file

    path = journal_path or _journal_path_of_the_app(default_journal_path)
    directory = path.parent
    health = check_journal_file(path)  # header, owner program, quick_check; writes nothing
    if not health.ok:
        return CheckResult(
            Status.FAIL, fill(_tr("journal: %1 (%2)"), health.summary, path), health.problems
        )
    try:
        make_private_dirs(directory)
    except OSError as exc:
        return CheckResult(
            Status.FAIL,
            fill(_tr("journal: cannot create %1 (%2)"), directory, exc.strerror or exc),
        )
    if path.exists():
        target = path
    else:
        # No journal yet: prove a journal can be made there without leaving one behind (IT may
        # run the self-test as another user than the packers).
        fd, name = tempfile.mkstemp(prefix=".selftest-", suffix=".sqlite3", dir=directory)
        os.close(fd)
        os.unlink(name)
        target = Path(name)
    try:
        journal = Journal.open(target)
    except JournalUnavailable as exc:
        if exc.reason is UnavailableReason.LOCKED:
            return CheckResult(
                Status.OK,
                fill(_tr("journal writable (%1; in use by Packstation now)"), path),
                (health.summary,),
            )
        return CheckResult(Status.FAIL, fill(_tr("journal: %1 (%2)"), exc, path))
    except (JournalError, OSError) as exc:
        return CheckResult(Status.FAIL, fill(_tr("journal: %1 (%2)"), exc, path))
    try:
        journal.check_writable()
    except JournalError as exc:
        return CheckResult(Status.FAIL, fill(_tr("journal: %1 (%2)"), exc, path))
    finally:
        journal.close()
        if target != path:
            for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
                with contextlib.suppress(OSError):
                    Path(str(target) + suffix).unlink()
    return CheckResult(Status.OK, fill(_tr("journal writable (%1)"), directory), (health.summary,))


def _journal_path_of_the_app(default_journal_path: Callable[[str], Path]) -> Path:
    """The journal the window would open: the same variables as the app (`packstation.app`)."""
    override = os.environ.get("PACKSTATION_JOURNAL")
    if override:
        return Path(override)
    return default_journal_path(os.environ.get("PACKSTATION_PROFILE", "default"))


def check_log_directory(log_dir: Path | None = None) -> CheckResult:
    from packstation.logs import log_directory

    directory = log_dir or log_directory()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=directory) as probe:
            probe.write(b"ok")
    except OSError as exc:
        return CheckResult(
            Status.WARN,
            fill(
                _tr("log directory: cannot write %1 (%2); the log goes to the temp directory"),
                directory,
                exc.strerror or exc,
            ),
        )
    return CheckResult(Status.OK, fill(_tr("log directory (%1)"), directory))


def check_stitch(api_url: str) -> CheckResult:
    from packstation.services.credentials import load_token

    token = load_token(api_url)
    if not token:
        return CheckResult(
            Status.SKIP,
            fill(
                _tr(
                    "Stitch: no token stored for %1"
                    " (packstation token set --api-url URL < token.txt)"
                ),
                api_url,
            ),
        )
    return asyncio.run(_ping(api_url, token))


async def _ping(api_url: str, token: str) -> CheckResult:
    from packstation.services.account import check_account

    try:
        outcome = await asyncio.wait_for(
            check_account(api_url, token, timeout_s=10.0), PING_TIMEOUT_S
        )
    except TimeoutError:
        return CheckResult(
            Status.FAIL,
            fill(_tr("Stitch did not answer at %1 within %2 s"), api_url, f"{PING_TIMEOUT_S:.0f}"),
        )
    if outcome.refused:
        return CheckResult(
            Status.FAIL,
            fill(_tr("Stitch refused the stored token for %1 (401): set a new one"), api_url),
        )
    if outcome.bad_address:
        return CheckResult(Status.FAIL, f"Stitch: {outcome.detail}")
    if not outcome.ok:
        return CheckResult(
            Status.FAIL, fill(_tr("Stitch did not answer at %1: %2"), api_url, outcome.detail)
        )
    return CheckResult(Status.OK, fill(_tr("Stitch answers (%1)"), api_url))


# -- the run -----------------------------------------------------------------------------------


def run_self_test(
    overrides: Mapping[str, Any] | None = None,
    *,
    out: TextIO | None = None,
    journal_path: Path | None = None,
    log_dir: Path | None = None,
) -> int:
    """Run every check, print one line each to `out` (stdout), return the exit status."""
    stream = out or sys.stdout
    results: list[CheckResult] = []

    def emit(result: CheckResult) -> None:
        results.append(result)
        for line in result.lines():
            print(line, file=stream, flush=True)

    # IT reads it in the station's language (a broken file: the computer's language).
    from packstation.services.settings import load_settings

    speak_station_language(load_settings(overrides).settings.language)
    settings_result, settings = check_settings(overrides)
    print(fill(_tr("Packstation %1 self-test"), __version__), file=stream, flush=True)
    emit(settings_result)
    checks: list[tuple[str, Callable[[], CheckResult]]] = [
        (_tr("Qt platform plugin"), check_qt_platform),
        (_tr("keyring"), check_keyring),
        (_tr("journal"), lambda: check_journal(journal_path)),
        (_tr("log directory"), lambda: check_log_directory(log_dir)),
        (_tr("sound"), check_sound),
        ("Stitch", lambda: check_stitch(settings.api_url)),
    ]
    for name, check in checks:
        try:
            emit(check())
        except Exception as exc:  # a check that breaks is a failed check, not a crashed test
            emit(CheckResult(Status.FAIL, f"{name}: {type(exc).__name__}: {exc}"))
    failed = [r for r in results if r.status is Status.FAIL]
    if failed:
        words = plural("SelfTest", "%n checks failed.", len(failed), one="%n check failed.")
        print(words, file=stream, flush=True)
        return 1
    print(fill(_tr("All checks passed (station '%1')."), settings.station), file=stream, flush=True)
    return 0


# -- the child side of the Qt probes ---------------------------------------------------------


def run_probe(kind: str) -> int:
    """Runs in the child process; prints one JSON line. Qt may abort this process: that is the
    point of running it apart."""
    if kind == "qt":
        from PySide6.QtWidgets import QApplication

        app = QApplication([sys.argv[0]])
        print(json.dumps({"platform": app.platformName()}), flush=True)
        return 0
    if kind == "sound":
        return _probe_sound()
    print(json.dumps({"error": f"unknown probe {kind!r}"}), flush=True)
    return 2


def _probe_sound() -> int:
    try:
        from PySide6.QtCore import QCoreApplication, QTimer, QUrl
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as exc:
        print(json.dumps({"error": str(exc)}), flush=True)
        return 0
    app = QCoreApplication([sys.argv[0]])
    outputs = [device.description() for device in QMediaDevices.audioOutputs()]
    # Load one of the station's own sounds: proves the audio backend decodes what the app plays.
    sound = Path(__file__).resolve().parent / "resources" / "sounds" / "ok.wav"
    effect = QSoundEffect()
    effect.statusChanged.connect(
        lambda: app.quit() if effect.status() != QSoundEffect.Status.Loading else None
    )
    effect.setSource(QUrl.fromLocalFile(str(sound)))
    if effect.status() == QSoundEffect.Status.Loading:
        QTimer.singleShot(5000, app.quit)
        app.exec()
    status = effect.status().name
    print(json.dumps({"outputs": outputs, "sound": sound.name, "status": status}), flush=True)
    return 0


def run_self_test_command(args: argparse.Namespace) -> int:
    """`packstation --self-test` and the hidden `--self-test-probe`."""
    if args.self_test_probe:
        return run_probe(args.self_test_probe)
    overrides = {"api_url": args.api_url, "station": args.station}
    return run_self_test(overrides)
