"""Starts the window: QApplication, asyncio on the Qt loop (qasync), the account, the services.

`packstation --demo` starts the built-in sandbox with demo data on a free loopback port, prints its
address and shows TRAINING in the window; its journal lives in a temporary directory, like the
sandbox's data. Without an account for the API address, the set-up screen comes first.

The window only ever calls the services (`packstation.services.station.Station`): the queue, the
packing service and the outbox sender, composed there. Paths for scripted runs and tests:
`PACKSTATION_JOURNAL` (the journal file) or `PACKSTATION_PROFILE` (the station profile whose
default journal to use); settings and logs follow `PACKSTATION_USER_CONFIG`,
`PACKSTATION_MACHINE_CONFIG` and the platform's directories.

Over 450 lines, one piece: the composition root wires every part once; no logic of its own lives
here.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import importlib
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

# qasync picks its Qt binding from QT_API, and probes PyQt first unless told.
os.environ.setdefault("QT_API", "pyside6")

if TYPE_CHECKING:
    from packstation.services.settings import Settings
    from packstation.services.station import Station
    from packstation.ui.approvals import Approvals
    from packstation.ui.main_window import MainWindow
    from packstation.ui.outbox_view import OutboxView
    from packstation.ui.packing_controller import PackingController
    from packstation.ui.queue_feed import QueueFeed
    from packstation.ui.status_actions import StatusActions
    from packstation.ui.tasks import TaskSpawner
    from packstation.ui.weighing import WeighingController

log = logging.getLogger("packstation.app")

JOURNAL_ENV = "PACKSTATION_JOURNAL"
PROFILE_ENV = "PACKSTATION_PROFILE"


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Station", text)


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    # Only now qasync: it binds to the Qt already imported (and to QT_API), never to PyQt.
    qt_loop = importlib.import_module("packstation.ui.qt_loop")

    from packstation.logs import configure_logging
    from packstation.services.settings import load_settings
    from packstation.ui.crash_handler import install_crash_handler

    loaded = load_settings({"station": getattr(args, "station", None)})
    log_path = configure_logging(station=loaded.settings.station)
    for problem in loaded.problems:
        log.warning("settings: %s", problem)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Packstation")
    app.setOrganizationName("Packstation")
    app.setApplicationDisplayName("Packstation")
    from packstation.ui import theme
    from packstation.ui.gc_guard import collect_in_gui_thread

    theme.apply(app)
    # Worker threads (the journal readers, the demo sandbox) must never free Qt objects.
    collect_in_gui_thread()
    station: list[StationApp] = []
    crash = install_crash_handler(log_path, lambda: station[0].window if station else None)

    async def main() -> int:
        asyncio.get_running_loop().set_exception_handler(crash.asyncio_handler)
        running = StationApp(app, args)
        station.append(running)
        try:
            await running.start()
            await running.closed.wait()
        finally:
            await running.shutdown()
        return 0

    try:
        # qasync's loop, with socket notifiers that only ever change in the GUI thread.
        code: int = qt_loop.run(main())
    except asyncio.CancelledError:
        code = 0
    return code


@dataclasses.dataclass
class UiContext:
    """What the supervisor screens get (`packstation.ui.supervisor.context.SupervisorContext`):
    read when used, so it follows the account and the settings as they change."""

    app: StationApp

    @property
    def settings(self) -> Settings:
        return self.app.settings

    def apply_settings(self, settings: Settings) -> None:
        self.app.apply_settings(settings)

    @property
    def station(self) -> Station | None:
        return self.app.services

    @property
    def spawner(self) -> TaskSpawner:
        return self.app.spawner

    @property
    def journal_path(self) -> Path:
        return self.app.journal_path

    @property
    def window(self) -> MainWindow:
        return self.app.window

    def selected_ids(self) -> list[str]:
        return self.app.window.queue.selected_ids()


class StationApp:
    """The running app: window, scan capture, sounds, account, and the services behind them."""

    def __init__(
        self, app: Any, args: argparse.Namespace, *, journal_path: Path | None = None
    ) -> None:
        from packstation.services.settings import load_settings
        from packstation.ui.approvals import approvals_for
        from packstation.ui.main_window import MainWindow
        from packstation.ui.scan_capture import ScanCapture
        from packstation.ui.scan_router import ScanRouter
        from packstation.ui.sounds import SoundPlayer
        from packstation.ui.tasks import TaskSpawner

        self.app = app
        self.args = args
        overrides = {"api_url": getattr(args, "api_url", None), "station": args.station}
        loaded = load_settings(overrides)
        self.settings = loaded.settings
        from packstation.ui import language

        language.configure(self.settings.language, loaded.packer_languages)
        self.closed = asyncio.Event()
        self.spawner: TaskSpawner = TaskSpawner()
        self.sounds = SoundPlayer(
            volume=self.settings.sound_volume, muted=self.settings.sound_muted
        )
        self.window: MainWindow = MainWindow(self.sounds)
        self.capture = ScanCapture(max_gap_ms=self.settings.scanner_max_gap_ms)
        self.sandbox: Any = None
        self.services: Station | None = None
        self.controller: PackingController | None = None
        self.feed: QueueFeed | None = None
        self.weighing: WeighingController | None = None
        self.status_actions: StatusActions | None = None
        self.outbox_view: OutboxView | None = None
        self._temp_dir: str | None = None
        self._journal_path = journal_path
        self.context = UiContext(self)
        self.approvals: Approvals = approvals_for(self.context, self._packer)
        self.spawner.failed.connect(self.window.show_message)
        self.window.closing.connect(self.closed.set)
        self.window.outbox_requested.connect(self.show_outbox)
        self.window.new_token_requested.connect(self.ask_new_token)
        self.router = ScanRouter(self.window)
        self.capture.scanned.connect(self.router.route)
        self.window.status_line.set_station(self.settings.station)
        self.window.pack_view.set_lines_font(self.settings.pack_lines_font_pt)
        self.window.fit_to_screen()

    # -- paths and settings ------------------------------------------------------------------------
    @property
    def journal_path(self) -> Path:
        if self._journal_path is None:
            from packstation.store import default_journal_path

            env = os.environ.get(JOURNAL_ENV)
            if env:
                self._journal_path = Path(env)
            elif self.args.demo:
                # Training data lives as long as the sandbox that holds it.
                self._temp_dir = tempfile.mkdtemp(prefix="packstation-training-")
                self._journal_path = Path(self._temp_dir) / "journal.sqlite3"
            else:
                self._journal_path = default_journal_path(os.environ.get(PROFILE_ENV, "default"))
        return self._journal_path

    def apply_settings(self, settings: Settings) -> None:
        """Settings saved by the settings screen: what can change while running, changes."""
        from packstation.ui import language

        if settings.language != self.settings.language:
            language.set_station_language(settings.language, self._packer())
        self.settings = settings
        self.sounds.set_volume(settings.sound_volume)
        self.sounds.set_muted(settings.sound_muted)
        self.capture.configure(settings.scanner_max_gap_ms, self.capture.min_length)
        self.window.status_line.set_station(settings.station)
        self.window.pack_view.set_lines_font(settings.pack_lines_font_pt)
        if self.services is not None:
            self.services.settings = settings

    def _packer(self) -> str:
        return self.services.packing.packer if self.services is not None else ""

    # -- start-up ----------------------------------------------------------------------------------
    async def start(self, token: str | None = None) -> None:
        """Show the window and connect: the demo sandbox, `token` when given (scripted runs and
        tests), the keyring's token for the API address, or else the set-up screen."""
        from packstation.services.credentials import load_token

        self.capture.install(self.app)
        self.window.show_fitted()
        # The first frame now, before imports and the network: the packer sees the station at once.
        self.window.repaint()
        self._install_supervisor_screens()
        if self.args.demo:
            self.sandbox = await asyncio.to_thread(_start_demo_sandbox)
            self.window.status_line.set_training(True)
            # For a trainer's browser and scripted runs: where the practice server listens.
            print(f"Packstation training sandbox: {self.sandbox.base_url}", flush=True)
            await self.connect(self.sandbox.base_url, self.sandbox.token)
            return
        if self.settings.warehouse_db_url:
            await self.connect_warehouse()
            return
        url = self.settings.api_url
        token = token or load_token(url)
        if token:
            await self.connect(url, token)
        else:
            self.show_setup(url)

    def _install_supervisor_screens(self) -> None:
        try:
            supervisor = importlib.import_module("packstation.ui.supervisor")
        except ImportError:
            return
        install = getattr(supervisor, "install", None)
        if install is None:
            return  # the package is there, its entry point not yet
        install(self.window, self.context)
        self.router.supervisor = getattr(supervisor, "take_scan", None)
        self.window.show_supervisor_menu()

    def show_setup(self, url: str) -> None:
        from packstation.ui.setup_screen import SetupScreen

        screen = SetupScreen(
            check_account,
            self.spawner.spawn,
            url,
            ask_pin=not self.settings.supervisor_pin_hash
            and "supervisor_pin_hash" not in self.settings.locked,
        )
        screen.account_ready.connect(self._account_ready)
        self.setup_screen = screen
        self.capture.set_enabled(False)  # the set-up screen is typed and pasted into
        self.window.show_setup(screen)

    def _account_ready(self, url: str, token: str, _where: str) -> None:
        from packstation.services.settings import save_user_settings

        pin_hash = self.setup_screen.pin_hash if self.setup_screen is not None else ""
        if url != self.settings.api_url or pin_hash:
            self.settings = dataclasses.replace(
                self.settings,
                api_url=url,
                supervisor_pin_hash=pin_hash or self.settings.supervisor_pin_hash,
            )
            try:
                save_user_settings(self.settings)
            except OSError as exc:
                log.warning("settings could not be saved: %s", exc)
        self.capture.set_enabled(True)
        self.window.show_work()
        self.spawner.spawn(self.connect(url, token), name="connect")

    async def connect(self, url: str, token: str) -> bool:
        """Open the journal and the services for this account; False when the journal can't."""
        from packstation.services.station import Station
        from packstation.store import JournalError
        from packstation.ui.banner import BannerState, Feedback

        if url != self.settings.api_url:
            self.settings = dataclasses.replace(self.settings, api_url=url)
        try:
            self.services = await Station.start(
                self.settings, token, journal_path=self.journal_path
            )
        except (JournalError, OSError) as exc:
            log.error(
                "journal %s could not be opened: %s",
                self.journal_path,
                getattr(exc, "details", exc),  # IT's words (restore, recover, new)
            )
            self.window.show_feedback(
                Feedback(
                    BannerState.ERROR,
                    _tr("Scanning stopped: the station's journal can't be opened"),
                    str(exc),
                )
            )
            self.capture.scanned.disconnect(self.router.route)
            return False
        self._wire(self.services)
        return True

    async def connect_warehouse(self) -> bool:
        """Warehouse mode: the queue, claims and the journal's copy in PostgreSQL; no Stitch
        token on this machine (the password of the station's database role is in the keyring)."""
        from packstation.services.credentials import load_db_password
        from packstation.services.station import Station
        from packstation.store import JournalError
        from packstation.ui.banner import BannerState, Feedback

        password = load_db_password(self.settings.warehouse_db_url)
        try:
            self.services = await Station.start_warehouse(
                self.settings, password, journal_path=self.journal_path
            )
        except (JournalError, OSError) as exc:
            log.error("journal %s could not be opened: %s", self.journal_path, exc)
            self.window.show_feedback(
                Feedback(
                    BannerState.ERROR,
                    _tr("Scanning stopped: the station's journal can't be opened"),
                    str(exc),
                )
            )
            self.capture.scanned.disconnect(self.router.route)
            return False
        self.window.set_warehouse_mode(True)
        self._wire(self.services)
        self._add_floor_view(password)
        return True

    def _add_floor_view(self, password: str | None) -> None:
        """Supervisor → Floor view: every station of the warehouse, live (F11: full screen)."""
        from packstation.services.warehouse_floor import FloorReports
        from packstation.ui.floor_view import FloorView

        floor = FloorReports(self.settings.warehouse_db_url, password=password)

        def show() -> None:
            view = getattr(self, "floor_view", None)
            if view is None:
                view = self.floor_view = FloorView(floor.floor)
            view.show()
            view.raise_()
            view.refresh()

        action = self.window.supervisor_menu.addAction(_tr("Floor view (all stations)"))
        action.triggered.connect(show)
        self.window.show_supervisor_menu()

    def _wire(self, services: Station) -> None:
        from packstation.ui.packing_controller import PackingController
        from packstation.ui.queue_feed import QueueFeed
        from packstation.ui.status_actions import StatusActions

        self.feed = QueueFeed(self.window, services)
        self.controller = PackingController(
            self.window, services, self.spawner, self.approvals, self.feed.refresh_outbox
        )
        self.status_actions = StatusActions(
            self.window, services, self.controller, self.feed, self.approvals, self.spawner
        )
        self.router.packing = self.controller
        if services.bench_scale is not None:
            from packstation.ui.weighing import WeighingController

            self.weighing = WeighingController(
                self.window, services, self.controller, self.approvals, self.spawner
            )
        if services.resumed is not None and services.resumed.opened:
            self.controller.show_opened(services.resumed)

    # -- windows of their own ---------------------------------------------------------------------
    def show_outbox(self) -> None:
        from packstation.services.notifications import OutboxChanged, ShipmentSent
        from packstation.ui.outbox_view import OutboxView

        if self.services is None:
            return
        if self.outbox_view is None:
            view = OutboxView(self.services, self.approvals, self.spawner, self.window)
            notifier = self.services.notifier
            notifier.on(OutboxChanged, lambda _: view.refresh())
            notifier.on(ShipmentSent, lambda _: view.refresh())
            if self.feed is not None:
                view.resolved.connect(self.feed.refresh_outbox)
            self.outbox_view = view
        self.outbox_view.refresh()
        self.outbox_view.show()
        self.outbox_view.raise_()

    def ask_new_token(self) -> None:
        """Stitch refused the token: a new one, tested, then handed to every service."""
        from PySide6.QtWidgets import QDialog, QVBoxLayout

        from packstation.ui.setup_screen import SetupScreen

        if self.services is None:
            return
        dialog = QDialog(self.window)
        dialog.setWindowTitle(_tr("New access token"))
        screen = SetupScreen(
            check_account, self.spawner.spawn, self.settings.api_url, dialog, ask_pin=False
        )
        screen.url_edit.setReadOnly(True)  # the same account, a new token
        QVBoxLayout(dialog).addWidget(screen)
        self.capture.set_enabled(False)
        self.token_dialog = dialog

        def ready(_url: str, token: str, _where: str) -> None:
            dialog.accept()
            self.spawner.spawn(self._replace_token(token), name="replace token")

        screen.account_ready.connect(ready)
        dialog.finished.connect(lambda _: self.capture.set_enabled(True))
        dialog.open()

    async def _replace_token(self, token: str) -> None:
        if self.services is None:
            return
        await self.services.replace_token(token)
        if self.feed is not None:
            self.feed.token_replaced()

    # -- shutdown ----------------------------------------------------------------------------
    async def shutdown(self) -> None:
        self.capture.uninstall(self.app)
        for part in (self.controller, self.feed, self.weighing):
            if part is not None:
                part.close()
        await self.spawner.cancel_all()
        if self.services is not None:
            await self.services.aclose()
            self.services = None
        if self.sandbox is not None:
            await asyncio.to_thread(self.sandbox.stop)
            self.sandbox = None
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None


def _start_demo_sandbox() -> Any:
    """In a worker thread: importing the sandbox (starlette, uvicorn) takes a while."""
    # Imported here: nothing but the entry point may start the sandbox.
    from packstation.sandbox.server import SandboxServer

    return SandboxServer(seed="demo", port=0).start()


async def check_account(url: str, token: str) -> Any:
    """The set-up screen's test (imported late: the window shows before httpx loads)."""
    from packstation.services.account import check_account as check

    return await check(url, token)
