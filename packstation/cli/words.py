"""The command line's messages a packer or IT reads, in the station's language.

`QCoreApplication.translate` needs an application to install the translator in, not a window:
a bare QCoreApplication is made when the command has none (kept alive while it runs).
"""

from __future__ import annotations

import sys

from packstation.i18n import install_language

_app: object = None


def speak_station_language(language: str | None = None) -> str:
    """Install the station's language (`language`, else the setting `language`); answers the code.

    A broken settings file leaves the built-in "" (the computer's language).
    """
    from PySide6.QtCore import QCoreApplication

    global _app
    if QCoreApplication.instance() is None:
        _app = QCoreApplication(sys.argv[:1])
    if language is None:
        from packstation.services.settings import load_settings

        language = load_settings().settings.language
    return install_language(language)
