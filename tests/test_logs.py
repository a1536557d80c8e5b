"""The station's log file: UTC lines with the station name, one line per API call, no token ever."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from packstation import logs
from packstation.api import StitchClient
from packstation.api.errors import AuthError
from packstation.sandbox import SandboxServer
from packstation.ui.crash_handler import CrashHandler, install_crash_handler

TOKEN = "logs-test-token-Zq81xK"  # distinctive, so any copy is found
LINE = re.compile(
    r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \[(?P<station>[^\]]+)\] (?P<level>[A-Z]+) \S+: "
)


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before_level = root.level
    api_before = logging.getLogger("packstation.api").level
    httpx_before = logging.getLogger("httpx").level
    path = logs.configure_logging("INFO", tmp_path / "logs", station="Bench 3", console=False)
    logs.register_secret(TOKEN)
    yield path
    for handler in list(root.handlers):
        if getattr(handler, "_packstation_handler", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(before_level)
    logging.getLogger("packstation.api").setLevel(api_before)
    logging.getLogger("httpx").setLevel(httpx_before)
    logging.captureWarnings(False)
    logs.forget_secret(TOKEN)
    logs.set_station("-")


def _flushed(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_lines_carry_a_utc_timestamp_and_the_station_name(log_file: Path) -> None:
    logging.getLogger("packstation.test").warning("box %s closed", 3)
    logs.set_station("Bench 4")
    logging.getLogger("packstation.test").warning("box %s closed", 4)
    lines = _flushed(log_file).splitlines()
    assert log_file.name == "packstation.log"
    assert [LINE.match(line)["station"] for line in lines] == ["Bench 3", "Bench 4"]  # type: ignore[index]
    assert lines[0].endswith("box 3 closed")


def test_a_token_reaches_the_file_through_no_path(log_file: Path) -> None:
    log = logging.getLogger("packstation.test")
    log.info("formatted argument %s", TOKEN)
    log.info(f"in the message itself {TOKEN}")
    log.info("a dict %r", {"access_token": TOKEN, "page": 2})
    log.info("httpx headers %r", httpx.Headers({"access_token": TOKEN, "accept": "json"}))
    log.info("url %s", f"https://x.test/api?access_token={TOKEN}&page=2")
    try:
        try:
            raise ValueError(f"the cause names {TOKEN}")
        except ValueError as cause:
            raise RuntimeError(f"request failed for token {TOKEN}") from cause
    except RuntimeError:
        log.exception("sending failed")
    log.info("stack", stack_info=True, extra={"token_copy": TOKEN})
    text = _flushed(log_file)
    assert TOKEN not in text
    assert text.count(logs.REDACTED) >= 7
    # What surrounds the token is still there for support.
    assert "'page': 2" in text
    assert "&page=2" in text
    assert "ValueError: the cause names" in text
    assert "RuntimeError: request failed for token" in text


def test_tokens_never_registered_are_removed_by_their_shape(log_file: Path) -> None:
    log = logging.getLogger("packstation.test")
    secrets = ["unregisteredAAA111", "bearerBBB222", "basicCCC333", "queryDDD444", "jsonEEE555"]
    log.warning("access_token: %s sent", secrets[0])
    log.warning("Authorization: Bearer %s", secrets[1])
    log.warning("headers {'authorization': 'Basic %s'}", secrets[2])
    log.warning("GET /fulfillments?page_num=1&access_token=%s", secrets[3])
    log.warning('body {"access_token": "%s", "x": 1}', secrets[4])
    text = _flushed(log_file)
    for secret in secrets:
        assert secret not in text
    assert "GET /fulfillments?page_num=1&access_token=<redacted>" in text


@settings(max_examples=60, deadline=None)
@given(
    token=st.text(
        alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~",
        min_size=8,
        max_size=64,
    ),
    before=st.text(max_size=20),
    after=st.text(max_size=20),
)
def test_a_registered_token_never_survives_formatting(token: str, before: str, after: str) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.RedactingFormatter())
    logger = logging.getLogger("packstation.test.property")
    logger.addHandler(handler)
    logger.propagate = False
    logs.register_secret(token)
    try:
        logger.error("%s%s%s", before, token, after)
        try:
            raise KeyError(before + token + after)
        except KeyError:
            logger.exception("lookup %r", {"t": token})
    finally:
        logs.forget_secret(token)
        logger.removeHandler(handler)
        logger.propagate = True
    assert token not in stream.getvalue()


async def test_each_api_call_is_one_line_with_method_path_status_and_duration(
    log_file: Path,
) -> None:
    with SandboxServer(seed="empty", port=0, token=TOKEN) as sandbox:
        async with StitchClient(sandbox.base_url, TOKEN, retry_attempts=1) as client:
            await client.ping()
        async with StitchClient(sandbox.base_url, "wrong-token-123456", retry_attempts=1) as bad:
            with pytest.raises(AuthError):
                await bad.ping()
    text = _flushed(log_file)
    api_lines = [ln for ln in text.splitlines() if " packstation.api: " in ln]
    assert len(api_lines) == 2
    assert " httpx: " not in text  # not a second line for the same call
    ok, refused = api_lines
    assert re.search(r"GET /fulfillments\?\S+ → 200 in \d+\.\d ms$", ok)
    assert re.search(r"GET /fulfillments\?\S+ → 401 in \d+\.\d ms$", refused)
    assert all(LINE.match(line) for line in api_lines)
    assert TOKEN not in "\n".join(api_lines)


def test_the_file_rotates_and_keeps_five(log_file: Path) -> None:
    log = logging.getLogger("packstation.test")
    line = "x" * 1000
    for _ in range(11 * 1024):  # about 11 MB: more than five files' worth
        log.info(line)
    _flushed(log_file)
    names = sorted(p.name for p in log_file.parent.iterdir())
    assert names == [
        "packstation.log",
        "packstation.log.1",
        "packstation.log.2",
        "packstation.log.3",
        "packstation.log.4",
    ]
    assert all(p.stat().st_size <= logs.MAX_BYTES for p in log_file.parent.iterdir())


def test_an_unwritable_log_directory_falls_back_to_the_temp_directory(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    root = logging.getLogger()
    try:
        path = logs.configure_logging("INFO", blocker / "logs", console=False)
        logging.getLogger("packstation.test").warning("still logging")
        assert path.parent != blocker / "logs"
        assert "still logging" in _flushed(path)
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "_packstation_handler", False):
                root.removeHandler(handler)
                handler.close()
        logging.captureWarnings(False)


# -- the crash handler: the traceback goes to the log, the packer sees one calm message ------------


@pytest.fixture
def crash_handler(log_file: Path, qapp: object) -> Iterator[CrashHandler]:
    handler = install_crash_handler(log_file)
    yield handler
    handler.uninstall()
    if handler.message_box is not None:
        handler.message_box.close()


def _boom() -> None:
    raise RuntimeError(f"scan handler broke with token {TOKEN}")


def test_an_error_in_a_qt_slot_is_logged_and_the_packer_sees_a_calm_message(
    crash_handler: CrashHandler, log_file: Path, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: crash_handler.message_box is not None)
    box = crash_handler.message_box
    assert box is not None
    assert box.isVisible()
    assert box.text() == (
        "Something went wrong in Packstation. Your scans are saved. Please tell your "
        f"supervisor; the details are in {log_file}."
    )
    assert "Traceback" not in box.text() + box.detailedText()
    text = _flushed(log_file)
    assert "CRITICAL packstation.crash: unexpected error" in text
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: scan handler broke with token <redacted>" in text
    assert TOKEN not in text


def test_errors_in_other_threads_and_tasks_are_logged_and_shown_once(
    crash_handler: CrashHandler, log_file: Path, qtbot: QtBot
) -> None:
    import asyncio
    import threading

    worker = threading.Thread(target=_boom, name="printer-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: crash_handler.message_box is not None)
    first_box = crash_handler.message_box

    loop = asyncio.new_event_loop()
    try:
        crash_handler.asyncio_handler(
            loop, {"message": "Task exception was never retrieved", "exception": KeyError("sku")}
        )
    finally:
        loop.close()
    # A second error while the message is up adds to the log, not a second window.
    assert crash_handler.message_box is first_box
    assert crash_handler.crashes == 2
    text = _flushed(log_file)
    assert "unexpected error in thread printer-worker" in text
    assert "unexpected error in a background task: Task exception was never retrieved" in text
    assert "KeyError: 'sku'" in text


def test_without_a_qapplication_the_crash_still_reaches_the_log(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = (
        "from pathlib import Path\n"
        "from packstation.logs import configure_logging\n"
        "from packstation.ui.crash_handler import install_crash_handler\n"
        f"path = configure_logging('INFO', Path({str(tmp_path)!r}), console=False)\n"
        "install_crash_handler(path)\n"
        "raise RuntimeError('start-up failed')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 1
    assert "Error in sys.excepthook" not in result.stderr
    text = (tmp_path / "packstation.log").read_text(encoding="utf-8")
    assert "RuntimeError: start-up failed" in text


def test_qt_warnings_reach_the_log_file(log_file: Path, qapp: object) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from packstation.ui.crash_handler import route_qt_messages_to_log

    previous = route_qt_messages_to_log()
    try:
        qWarning("printer 'Zebra' went away")
    finally:
        qInstallMessageHandler(previous)
    lines = [ln for ln in _flushed(log_file).splitlines() if "went away" in ln]
    assert len(lines) == 1
    assert LINE.match(lines[0])
    assert " WARNING qt" in lines[0]


def test_a_qt_warning_repeated_in_a_loop_is_counted_not_written_each_time(
    log_file: Path, qapp: object
) -> None:
    """A Qt warning repeated thousands of times (the GLib dispatcher polling a dead socket) keeps
    the log readable: a few lines, then one line with the count when the minute is over."""
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from packstation.ui.crash_handler import RepeatGate, route_qt_messages_to_log

    now = [0.0]
    previous = route_qt_messages_to_log(RepeatGate(burst=5, window_s=60, clock=lambda: now[0]))
    try:
        for _ in range(10_000):
            qWarning("QSocketNotifier: Invalid socket 55 and type 'Read', disabling...")
        qWarning("printer 'Zebra' went away")
        now[0] = 61.0
        qWarning("printer 'Zebra' is back")
    finally:
        qInstallMessageHandler(previous)
    text = _flushed(log_file)
    flood = [ln for ln in text.splitlines() if "Invalid socket 55" in ln]
    assert len(flood) == 6
    assert flood[-1].endswith("(and 9995 more times in the last minute, not written)")
    assert "went away" in text
    assert "is back" in text
