"""Starts the window: QApplication, asyncio on the Qt loop (qasync), the account, the queue.

`packstation --demo` starts the built-in sandbox with demo data on a free loopback port and shows
TRAINING in the window. Without an account for the API address, the set-up screen comes first.

The packing here (`_InterimPacking`) is glue until the services layer lands: it opens an order on a
slip scan, drives the domain's pack session and posts the shipment directly. The services replace it
in one place; the window and its parts only ever see records, snapshots and signals.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import importlib
import logging
import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

# qasync picks its Qt binding from QT_API, and probes PyQt first unless told.
os.environ.setdefault("QT_API", "pyside6")

if TYPE_CHECKING:
    from packstation.api.client import StitchClient
    from packstation.api.records import Fulfillment
    from packstation.domain.session import PackSession
    from packstation.ui.main_window import MainWindow
    from packstation.ui.tasks import TaskSpawner

log = logging.getLogger("packstation.app")


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Station", text)


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    # Only now qasync: it binds to the Qt already imported (and to QT_API), never to PyQt.
    qasync = importlib.import_module("qasync")

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Packstation")
    app.setOrganizationName("Packstation")
    app.setApplicationDisplayName("Packstation")
    from packstation.ui import theme

    theme.apply(app)
    try:
        code: int = qasync.run(_main(app, args))
    except asyncio.CancelledError:
        code = 0
    return code


async def _main(app: Any, args: argparse.Namespace) -> int:
    station = Station(app, args)
    try:
        await station.start()
        await station.closed.wait()
    finally:
        await station.shutdown()
    return 0


class Station:
    """The running app: window, scan capture, sounds, account, queue refresh."""

    def __init__(self, app: Any, args: argparse.Namespace) -> None:
        from packstation.services.settings import load_settings
        from packstation.ui.main_window import MainWindow
        from packstation.ui.scan_capture import ScanCapture
        from packstation.ui.sounds import SoundPlayer
        from packstation.ui.tasks import TaskSpawner

        self.app = app
        self.args = args
        overrides = {"api_url": getattr(args, "api_url", None), "station": args.station}
        self.settings = load_settings(overrides).settings
        self.closed = asyncio.Event()
        self.spawner: TaskSpawner = TaskSpawner()
        self.sounds = SoundPlayer(
            volume=self.settings.sound_volume, muted=self.settings.sound_muted
        )
        self.window: MainWindow = MainWindow(self.sounds)
        self.capture = ScanCapture(max_gap_ms=self.settings.scanner_max_gap_ms)
        self.client: StitchClient | None = None
        self.sandbox: Any = None
        self.packing: _InterimPacking | None = None
        self.last_sync: dt.datetime | None = None
        self._loaded = False
        self.spawner.failed.connect(self.window.show_message)
        self.window.closing.connect(self.closed.set)
        self.window.status_line.set_station(self.settings.station)
        self.window.resize(1600, 960)

    async def start(self) -> None:
        from packstation.services.credentials import load_token

        self.capture.install(self.app)
        self.window.show()
        if self.args.demo:
            # Imported here: nothing but the entry point may start the sandbox.
            from packstation.sandbox.server import SandboxServer

            self.sandbox = await asyncio.to_thread(SandboxServer(seed="demo", port=0).start)
            self.window.status_line.set_training(True)
            self.connect(self.sandbox.base_url, self.sandbox.token)
            return
        url = self.settings.api_url
        token = load_token(url)
        if token:
            self.connect(url, token)
        else:
            self.show_setup(url)

    def show_setup(self, url: str) -> None:
        from packstation.ui.setup_screen import SetupScreen

        screen = SetupScreen(check_account, self.spawner.spawn, url)
        screen.account_ready.connect(self._account_ready)
        self.capture.set_enabled(False)  # the set-up screen is typed and pasted into
        self.window.show_setup(screen)

    def _account_ready(self, url: str, token: str, _where: str) -> None:
        from dataclasses import replace

        from packstation.services.settings import save_user_settings

        if url != self.settings.api_url:
            self.settings = replace(self.settings, api_url=url)
            try:
                save_user_settings(self.settings)
            except OSError as exc:
                log.warning("settings could not be saved: %s", exc)
        self.capture.set_enabled(True)
        self.window.show_work()
        self.connect(url, token)

    def connect(self, url: str, token: str) -> None:
        from PySide6.QtCore import QTimer

        from packstation.api.client import StitchClient

        self.client = StitchClient(url, token)
        self.packing = _InterimPacking(self.window, self.client, self.spawner, self.refresh)
        self.capture.scanned.connect(self.packing.on_scan)
        self.window.scanned.connect(self.packing.on_scan)
        self.window.open_requested.connect(self.packing.open_by_id)
        self.window.acknowledge_requested.connect(self.packing.acknowledge)
        packing = self.packing
        self.window.undo_requested.connect(lambda: packing.command("UNDO"))
        self.window.ship_requested.connect(lambda: packing.command("SHIP"))
        self.window.partial_requested.connect(lambda: packing.command("PARTIAL"))
        self.window.cancel_requested.connect(lambda: packing.command("CANCEL"))
        self.window.refresh_requested.connect(self.refresh)
        self.timer = QTimer(self.window)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(max(5, self.settings.poll_interval_s) * 1000)
        self.refresh()

    def refresh(self) -> None:
        self.spawner.spawn(self._load_queue(), name="queue refresh")

    async def _load_queue(self) -> None:
        """Interim queue sync (the services' queue sync replaces it): a full list, applied as a
        difference so the packer's selection and scroll position stay put."""
        from packstation.api.errors import StitchError

        assert self.client is not None
        try:
            items = [f async for f in self.client.iter_open_fulfillments()]
        except StitchError as exc:
            log.warning("queue refresh failed: %s", exc)
            self.window.status_line.set_stitch_state(False, self.last_sync)
            return
        self.last_sync = dt.datetime.now(dt.UTC)
        self.window.status_line.set_stitch_state(True, self.last_sync)
        model = self.window.queue.model
        if not self._loaded:
            model.reset(items)
            self._loaded = True
            return
        apply_difference(model, items)

    async def shutdown(self) -> None:
        self.capture.uninstall(self.app)
        await self.spawner.cancel_all()
        if self.client is not None:
            await self.client.aclose()
        if self.sandbox is not None:
            await asyncio.to_thread(self.sandbox.stop)


def apply_difference(model: Any, items: Iterable[Fulfillment]) -> None:
    fresh = {f.id: f for f in items}
    held = set(model.ids())
    model.apply(
        added=[f for fid, f in fresh.items() if fid not in held],
        changed=[f for fid, f in fresh.items() if fid in held],
        removed=[fid for fid in held if fid not in fresh],
    )


async def check_account(url: str, token: str) -> Any:
    """The set-up screen's test: list one page of fulfillments with this token."""
    from packstation.api.client import StitchClient
    from packstation.api.errors import AuthError, StitchError
    from packstation.ui.setup_screen import CheckOutcome

    try:
        async with StitchClient(url, token, retry_attempts=1) as client:
            await client.ping()
    except AuthError:
        return CheckOutcome(ok=False, refused=True)
    except StitchError as exc:
        log.warning("account check failed: %s", exc)
        return CheckOutcome(ok=False, problem=exc.user_message)
    except ValueError as exc:  # the client refuses a malformed address
        return CheckOutcome(ok=False, problem=str(exc))
    return CheckOutcome(ok=True)


class _InterimPacking:
    """Slip → items → carrier label on the domain's session, until the packing service lands."""

    def __init__(
        self, window: MainWindow, client: StitchClient, spawner: TaskSpawner, refresh: Any
    ) -> None:
        self.window = window
        self.client = client
        self.spawner = spawner
        self.refresh = refresh
        self.session: PackSession | None = None
        self.opening = False

    def on_scan(self, raw: str) -> None:
        from packstation.domain.classify import classify
        from packstation.ui.banner import BannerState, Feedback

        code = raw.strip()
        fid = self._slip_id(code)
        if self.session is None or self.session.state.value in ("done", "canceled"):
            if fid is None:
                from packstation.domain.display import shown

                self.window.show_feedback(
                    Feedback(
                        BannerState.ERROR,
                        _tr("Not a packing slip: %1").replace("%1", shown(code, 40)),
                        _tr("Press Esc, then scan a packing slip"),
                    )
                )
                return
            self.open_by_id(fid)
            return
        if fid is not None and fid != self.session.spec.fulfillment_id:
            self.window.show_feedback(
                Feedback(
                    BannerState.WARNING,
                    _tr("Another order's slip"),
                    _tr("Finish or cancel this order first (PS-CMD:CANCEL)"),
                )
            )
            return
        self._apply(self.session.scan(classify(code), dt.datetime.now().astimezone()))

    def acknowledge(self) -> None:
        if self.session is not None:
            self._apply(self.session.acknowledge(dt.datetime.now().astimezone()))
        else:
            self.window.banner.acknowledge()

    def command(self, name: str) -> None:
        if self.session is not None:
            self.on_scan(f"PS-CMD:{name}")

    def open_by_id(self, fulfillment_id: str) -> None:
        if self.opening:
            return
        if self.session is not None and self.session.state.value not in ("done", "canceled"):
            if self.session.spec.fulfillment_id != fulfillment_id:
                self.on_scan(fulfillment_id)
            return
        self.opening = True
        self.spawner.spawn(self._open(fulfillment_id), name="open order")

    def _slip_id(self, code: str) -> str | None:
        model = self.window.queue.model
        if model.row_of(code) is not None:
            return code
        folded = code.casefold()
        for fid in model.ids():
            row = model.row_of(fid)
            if row is not None and model.fulfillment(row).order_number.casefold() == folded:
                return fid
        return None

    async def _open(self, fulfillment_id: str) -> None:
        from packstation.domain.gtin import to_gtin14
        from packstation.domain.session import PackLine, PackSession, SessionSpec
        from packstation.ui.banner import BannerState, Feedback
        from packstation.ui.pack_view import PackHeader

        try:
            f = await self.client.get_fulfillment(fulfillment_id)
            lines = await self.client.list_line_items(fulfillment_id)
        finally:
            self.opening = False
        spec = SessionSpec(
            fulfillment_id=f.id,
            order_number=f.order_number,
            channel_order_number=f.channel_order_number,
            service=f.shipping_method,
            lines=tuple(
                PackLine(
                    line_id=li.id,
                    sku=li.sku,
                    name=li.name,
                    barcodes=frozenset(g for g in (to_gtin14(li.upc),) if g),
                    ordered=li.quantity,
                    shipped_before=li.quantity_shipped,
                )
                for li in lines
            ),
        )
        self.session = PackSession(spec)
        self.window.pack_view.open_order(PackHeader.from_records(f, lines), self.session.snapshot())
        self.window.show_feedback(
            Feedback(
                BannerState.OK,
                _tr("Order %1 open").replace("%1", f.order_number),
                _tr("Scan items"),
            )
        )

    def _apply(self, event: Any) -> None:
        from packstation.domain.events import Outcome
        from packstation.ui.feedback_words import feedback_for

        assert self.session is not None
        snapshot = self.session.snapshot()
        if event.result.outcome is Outcome.ACKNOWLEDGED:
            self.window.banner.acknowledge()
        self.window.show_feedback(feedback_for(event, snapshot))
        self.window.pack_view.show_snapshot(snapshot)
        box = event.result.box
        if event.result.outcome is Outcome.BOX_COMPLETE and box is not None:
            self.spawner.spawn(self._post(box), name="post shipment")
        if self.session.state.value in ("done", "canceled"):
            self.window.pack_view.clear()

    async def _post(self, box: Any) -> None:
        from packstation.api.records import NewShipment, ShipmentLineRequest

        await self.client.create_shipment(
            NewShipment(
                fulfillment_id=box.fulfillment_id,
                shipped_at=box.shipped_at,
                tracking_number=box.tracking_number,
                carrier=box.carrier.value,
                service=box.service,
                tracking_url=box.tracking_url,
                line_items=tuple(
                    ShipmentLineRequest(line.line_id, line.quantity) for line in box.lines
                ),
            )
        )
        self.refresh()
