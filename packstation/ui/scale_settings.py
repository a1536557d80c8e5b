"""The bench scale's part of the settings dialog: protocol, device, baud, unit, the tolerance and
the carton's tare.

No protocol means no scale (the weight check is off). A change takes effect at the next start
of the station (the scale is opened with the services).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit

from packstation.services.settings import Settings
from packstation.ui.i18n import translator

_tr = translator("ScaleSettings")

PROTOCOLS: tuple[str, ...] = ("", "mt-sics", "nci", "continuous", "hid-pos")
UNITS: tuple[str, ...] = ("g", "kg", "oz", "lb")
# The rates serial scales are set to (their manuals' choices); a USB HID scale ignores it.
BAUDS: tuple[int, ...] = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)


class ScaleFields:
    """The editors; `values()` gives the settings keys they hold."""

    def __init__(self, settings: Settings) -> None:
        self.protocol = QComboBox()
        names = {
            "": _tr("No scale"),
            "mt-sics": _tr("Mettler Toledo (MT-SICS)"),
            "nci": _tr("NCI / shipping scale (W<CR>)"),
            "continuous": _tr("Continuous output"),
            "hid-pos": _tr("USB point-of-sale scale (HID)"),
        }
        for key in PROTOCOLS:
            self.protocol.addItem(names[key], key)
        self.protocol.setCurrentIndex(max(0, self.protocol.findData(settings.scale_protocol)))
        self.device = QLineEdit(settings.scale_device)
        self.device.setPlaceholderText(_tr("/dev/ttyUSB0, COM3, or 0922:8003 for a USB scale"))
        self.device.setToolTip(_tr("Check it with: packstation scale test"))
        self.baud = QComboBox()
        for baud in sorted({*BAUDS, settings.scale_baud}):
            self.baud.addItem(str(baud), baud)
        self.baud.setCurrentIndex(max(0, self.baud.findData(settings.scale_baud)))
        self.baud.setToolTip(_tr("As set on the scale (serial scales only)"))
        self.unit = QComboBox()
        for unit in UNITS:
            self.unit.addItem(unit, unit)
        self.unit.setCurrentIndex(max(0, self.unit.findData(settings.scale_unit)))
        self.tolerance_grams = QDoubleSpinBox()
        self.tolerance_grams.setRange(1.0, 5000.0)
        self.tolerance_grams.setDecimals(0)
        self.tolerance_grams.setSuffix(" g")
        self.tolerance_grams.setValue(settings.scale_tolerance_grams)
        self.tolerance_percent = QDoubleSpinBox()
        self.tolerance_percent.setRange(0.0, 50.0)
        self.tolerance_percent.setDecimals(1)
        self.tolerance_percent.setSuffix(" %")
        self.tolerance_percent.setValue(settings.scale_tolerance_percent)
        self.tolerance_percent.setToolTip(
            _tr("A box may be off by the grams or by this share, whichever is larger")
        )
        self.tare_grams = QDoubleSpinBox()
        self.tare_grams.setRange(0.0, 5000.0)
        self.tare_grams.setDecimals(0)
        self.tare_grams.setSuffix(" g")
        self.tare_grams.setSpecialValueText(_tr("learned from the boxes"))
        self.tare_grams.setValue(settings.scale_tare_grams)
        self.tare_grams.setToolTip(_tr("The empty carton with its fill"))

    def values(self) -> dict[str, object]:
        return {
            "scale_protocol": self.protocol.currentData() or "",
            "scale_device": self.device.text().strip(),
            "scale_baud": int(self.baud.currentData() or 9600),
            "scale_unit": self.unit.currentData() or "g",
            "scale_tolerance_grams": float(self.tolerance_grams.value()),
            "scale_tolerance_percent": float(self.tolerance_percent.value()),
            "scale_tare_grams": float(self.tare_grams.value()),
        }
