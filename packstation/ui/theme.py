"""Look and feel: large type readable at arm's length and a calm, high-contrast palette.

One place for sizes and colours so every screen agrees. Colours are never the only cue: each
feedback state also has an icon and words (see `banner.py`).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

BASE_POINT_SIZE = 15  # arm's length: about twice a desktop default
BANNER_POINT_SIZE = 38
BANNER_DETAIL_POINT_SIZE = 18

INK = QColor("#1b1f24")
PAPER = QColor("#f6f7f9")
PANEL = QColor("#ffffff")
MUTED = QColor("#5b6470")
ACCENT = QColor("#1f5fbf")
SELECTION = QColor("#cfe0fa")

# Feedback colours: strong backgrounds with text colours chosen for contrast (WCAG AA or better).
OK_BG, OK_FG = QColor("#1e7b34"), QColor("#ffffff")
DONE_BG, DONE_FG = QColor("#155724"), QColor("#ffffff")
WARN_BG, WARN_FG = QColor("#f2b01e"), QColor("#1b1f24")
ERROR_BG, ERROR_FG = QColor("#b3261e"), QColor("#ffffff")
READY_BG, READY_FG = QColor("#e4e7eb"), QColor("#1b1f24")
TRAINING_BG, TRAINING_FG = QColor("#6a1b9a"), QColor("#ffffff")


def base_font() -> QFont:
    font = QFont()
    font.setPointSize(BASE_POINT_SIZE)
    return font


def palette() -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, PAPER)
    p.setColor(QPalette.ColorRole.WindowText, INK)
    p.setColor(QPalette.ColorRole.Base, PANEL)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#eef1f5"))
    p.setColor(QPalette.ColorRole.Text, INK)
    p.setColor(QPalette.ColorRole.Button, QColor("#e9ecf0"))
    p.setColor(QPalette.ColorRole.ButtonText, INK)
    p.setColor(QPalette.ColorRole.Highlight, SELECTION)
    p.setColor(QPalette.ColorRole.HighlightedText, INK)
    p.setColor(QPalette.ColorRole.ToolTipBase, PANEL)
    p.setColor(QPalette.ColorRole.ToolTipText, INK)
    p.setColor(QPalette.ColorRole.PlaceholderText, MUTED)
    return p


# Tables are left to the palette: style-sheet rules on item views make every cell paint through
# the (slower) style-sheet style, and a scan's repaint must fit in a frame.
STYLESHEET = """
QMainWindow, QWidget#central { background: #f6f7f9; }
QPushButton { padding: 6px 14px; border: 1px solid #aab3be; border-radius: 4px;
              background: #ffffff; }
QPushButton:focus { border: 2px solid #1f5fbf; }
QPushButton:disabled { color: #8a929c; }
QLineEdit { padding: 4px 6px; border: 1px solid #aab3be; border-radius: 4px; background: #ffffff; }
QLineEdit:focus { border: 2px solid #1f5fbf; }
QProgressBar { border: 1px solid #aab3be; border-radius: 4px; background: #ffffff;
               text-align: center; min-height: 26px; }
QProgressBar::chunk { background: #7cc68c; }  /* light: the dark count stays readable */
QLabel#notes { background: #fff4d6; border: 2px solid #f2b01e; border-radius: 4px; padding: 6px;
               font-weight: 600; }
QLabel#training { background: #6a1b9a; color: #ffffff; padding: 2px 10px; border-radius: 4px;
                  font-weight: 700; }
QLabel#title { font-weight: 700; }
"""


def column_width(view: QAbstractItemView, header: str, *samples: str) -> int:
    """Wide enough for the bold header and the widest sample value, with the cell padding."""
    bold = QFont(view.font())
    bold.setBold(True)
    widths = [QFontMetrics(bold).horizontalAdvance(header) + 28]
    widths += [view.fontMetrics().horizontalAdvance(s) + 20 for s in samples]
    return max(widths)


def bold_header(view: QTableView) -> None:
    header = view.horizontalHeader()
    font = QFont(header.font())
    font.setBold(True)
    header.setFont(font)


def apply(app: QApplication) -> None:
    """Fusion draws alike on every OS and honours the palette; Qt 6 is high-DPI by default."""
    app.setStyle("Fusion")
    app.setFont(base_font())
    app.setPalette(palette())
    app.setStyleSheet(STYLESHEET)
