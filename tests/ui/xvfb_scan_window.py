"""A small real window on the X display for the keyboard-wedge test: a focused text field under the
app-wide scan capture. Prints `READY`, then `SCAN <code>` per scan and `FIELD <text>` per Enter."""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from packstation.ui.scan_capture import ScanCapture


def main() -> int:
    app = QApplication(sys.argv[:1])
    field = QLineEdit()
    field.setWindowTitle("packstation-scan-test")
    field.resize(600, 60)
    capture = ScanCapture(max_gap_ms=int(sys.argv[1]) if len(sys.argv) > 1 else 50)
    capture.install(app)
    capture.scanned.connect(lambda code: print(f"SCAN {code}", flush=True))

    def entered() -> None:
        print(f"FIELD {field.text()}", flush=True)
        field.clear()

    field.returnPressed.connect(entered)
    field.show()
    field.activateWindow()
    field.setFocus()
    QTimer.singleShot(200, lambda: print("READY", flush=True))
    QTimer.singleShot(30_000, app.quit)  # never outlive the test
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
