"""How wide the window must be, per language, with a pack open and the longest next action.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=.:tests/ui .venv/bin/python bench/i18n_widths.py

Prints the main window's minimum width (px) at the station's look (theme), for English, Spanish,
Polish, German and the pseudo-locale: above 1366 the window would not fit the commonest monitor.
"""

from __future__ import annotations

import sys
from dataclasses import replace

from PySide6.QtWidgets import QApplication
from ui_records import fulfillment, pack_spec

from packstation.domain.session import PackSession
from packstation.ui import theme
from packstation.ui.i18n import install_language
from packstation.ui.main_window import MainWindow
from packstation.ui.pack_view import PackHeader


def minimum_width(lang: str) -> tuple[int, int]:
    install_language(lang)
    w = MainWindow()
    w.queue.model.reset(fulfillment(i) for i in range(40))
    w.status_line.set_training(True)
    w.status_line.set_packer("alice")
    w.show()
    w.setGeometry(0, 0, 1366, 768)
    order = replace(fulfillment(1), notes="Gift wrap, no invoice in the box. Fragile: bubble wrap")
    w.pack_view.open_order(PackHeader.from_records(order), PackSession(pack_spec(9)).snapshot())
    words = QApplication.translate(
        "DomainWords", "scan PS-CMD:ACK or press Esc, then scan the right item"
    )
    w.pack_view.next_action.setText(
        QApplication.translate("PackView", "Next: %1").replace("%1", words)
    )
    w.setGeometry(0, 0, 1366, 768)
    QApplication.processEvents()
    found = (w.minimumSizeHint().width(), w.width())
    w.close()
    return found


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    theme.apply(app)
    print("language  minimum width  window at 1366")
    for lang in ("en", "es", "pl", "de", "pseudo"):
        least, width = minimum_width(lang)
        print(f"{lang:<9} {least:>13}  {width:>14}")
