"""The language follows the packer: signing in with a badge switches the real window's words,
without a restart ([[packers]] name + lang in the machine-wide file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
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
