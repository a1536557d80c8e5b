"""The small forms in front of two print actions: packer badges (names typed) and SKU labels
(products picked from Stitch's catalog, searchable)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.records import Product
from packstation.printing import (
    LABEL_2X1_IN,
    LABEL_4X6_IN,
    LABEL_62X29,
    LABEL_SHEET_LETTER_2X5,
    LabelSize,
)
from packstation.services.errors import StitchError
from packstation.ui.i18n import translator
from packstation.ui.supervisor.context import SupervisorContext

if TYPE_CHECKING:
    from packstation.ui.print_actions import PrintActions

log = logging.getLogger(__name__)

LABEL_SIZES: tuple[LabelSize, ...] = (
    LABEL_62X29,
    LABEL_2X1_IN,
    LABEL_4X6_IN,
    LABEL_SHEET_LETTER_2X5,
)


_tr = translator("PrintDialogs")


def _buttons(dialog: QDialog) -> tuple[QPushButton, QPushButton, QHBoxLayout]:
    pdf = QPushButton(_tr("Save as &PDF…"))
    printer = QPushButton(_tr("&Print…"))
    close = QPushButton(_tr("Close"))
    close.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch()
    row.addWidget(pdf)
    row.addWidget(printer)
    row.addWidget(close)
    return pdf, printer, row


class BadgesDialog(QDialog):
    def __init__(self, actions: PrintActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print-badges")
        self.setWindowTitle(_tr("Packer badges"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._actions = actions
        self.names = QPlainTextEdit()
        self.names.setPlaceholderText(_tr("One packer's name per line"))
        self.pdf_button, self.print_button, buttons = _buttons(self)
        self.pdf_button.clicked.connect(lambda: self._print(to_pdf=True))
        self.print_button.clicked.connect(lambda: self._print(to_pdf=False))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Scanning a badge signs its packer in (PS-USER:name).")))
        layout.addWidget(self.names, 1)
        layout.addLayout(buttons)
        self.resize(520, 420)

    def name_list(self) -> list[str]:
        return [line for line in self.names.toPlainText().splitlines() if line.strip()]

    def _print(self, *, to_pdf: bool) -> None:
        self._actions.spawner_spawn(
            self._actions.print_badges(self.name_list(), to_pdf=to_pdf), "badges"
        )


class SkuLabelsDialog(QDialog):
    catalog_loaded = Signal()

    def __init__(
        self, actions: PrintActions, context: SupervisorContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("print-sku-labels")
        self.setWindowTitle(_tr("SKU labels"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._actions = actions
        self._products: dict[str, Product] = {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(_tr("Search SKU, name or barcode"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("sku-list")
        self.label_size = QComboBox()
        for size in LABEL_SIZES:
            self.label_size.addItem(size.name)
        self.status = QLabel(_tr("Reading the products from Stitch…"))
        self.pdf_button, self.print_button, buttons = _buttons(self)
        self.pdf_button.clicked.connect(lambda: self._print(to_pdf=True))
        self.print_button.clicked.connect(lambda: self._print(to_pdf=False))
        size_row = QHBoxLayout()
        size_row.addWidget(QLabel(_tr("Label:")))
        size_row.addWidget(self.label_size, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(size_row)
        layout.addLayout(buttons)
        self.resize(720, 620)
        context.spawner.spawn(self.load(), name="sku-catalog")

    async def load(self) -> None:
        try:
            products = await self._actions.catalog()
        except StitchError as exc:
            log.warning("SKU labels: the catalog could not be read: %s", exc)
            self.status.setText(_tr("The products could not be read: {e}").format(e=exc))
            return
        self.set_products(products)

    def set_products(self, products: list[Product]) -> None:
        self._products = {p.sku: p for p in products}
        self.list.clear()
        for product in sorted(products, key=lambda p: p.sku):
            text = f"{product.sku} — {product.name}"
            if product.upc:
                text += f" ({product.upc})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, product.sku)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.status.setText(_tr("{n} products; tick the ones to label").format(n=len(products)))
        self._filter(self.search.text())
        self.catalog_loaded.emit()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def check(self, sku: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == sku:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[Product]:
        skus = [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
        return [self._products[sku] for sku in skus]

    def _print(self, *, to_pdf: bool) -> None:
        size = LABEL_SIZES[self.label_size.currentIndex()]
        self._actions.spawner_spawn(
            self._actions.print_sku_labels(self.chosen(), size, to_pdf=to_pdf), "sku-labels"
        )


__all__ = ["LABEL_SIZES", "BadgesDialog", "SkuLabelsDialog"]
