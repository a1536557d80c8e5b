"""Render the sample documents to docs/print-samples (PDF painted, then pdftoppm to PNG).

Run: QT_QPA_PLATFORM=offscreen PYTHONPATH=.:tests .venv/bin/python tests/printing/render_previews.py

The `-es` samples are printed in Spanish (`print_language = "es"`), with the translations built
as the tests build them (support.translations: the .ts files and the branch's new strings).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import printing_samples as s
from PySide6.QtGui import QGuiApplication
from support.translations import built_translations

from packstation import i18n, printing

_app: object = None
OUT = Path(__file__).resolve().parents[2] / "docs" / "print-samples"


def main() -> int:
    global _app
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        i18n.I18N_DIR = built_translations(Path(tmp))
        pdfs = {
            "packing-slip": printing.write_packing_slips_pdf(
                [s.small_order()], Path(tmp) / "slip.pdf", printed_at=s.PRINTED_AT
            ).path,
            "packing-slip-item-barcodes": printing.write_packing_slips_pdf(
                [s.small_order()],
                Path(tmp) / "slip-bars.pdf",
                printed_at=s.PRINTED_AT,
                item_barcodes=True,
            ).path,
            "packing-slip-long": printing.write_packing_slips_pdf(
                [s.long_order()], Path(tmp) / "long.pdf", printed_at=s.PRINTED_AT
            ).path,
            "command-sheet": printing.write_command_sheet_pdf(Path(tmp) / "commands.pdf").path,
            "badges": printing.write_badges_pdf(
                ["Maria", "José García", "Li Wei", "Sam"], Path(tmp) / "badges.pdf"
            ).path,
            "sku-label-62x29": printing.write_sku_labels_pdf(
                s.PRODUCTS[:2], Path(tmp) / "l.pdf"
            ).path,
            "sku-labels-sheet": printing.write_sku_labels_pdf(
                s.PRODUCTS, Path(tmp) / "sheet.pdf", label_size=printing.LABEL_SHEET_LETTER_2X5
            ).path,
            "packing-slip-es": printing.write_packing_slips_pdf(
                [s.small_order()], Path(tmp) / "slip-es.pdf", printed_at=s.PRINTED_AT, language="es"
            ).path,
            "command-sheet-es": printing.write_command_sheet_pdf(
                Path(tmp) / "commands-es.pdf", language="es"
            ).path,
        }
        for name, pdf in pdfs.items():
            assert pdf is not None
            for old in OUT.glob(f"{name}-[0-9]*.png"):
                old.unlink()
            subprocess.run(
                ["pdftoppm", "-r", "70", "-l", "3", "-png", str(pdf), str(OUT / name)], check=True
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
