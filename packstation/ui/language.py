"""Whose language the station speaks: the station's setting, until a packer with a `lang` signs in.

The packer list comes from the machine-wide file's `[[packers]]` (name = the badge's
`PS-USER:name`, lang). Signing in installs that packer's translator at once (no restart): Qt sends
`LanguageChange` to every widget and the banner's next words are made in the new language.
A packer not on the list gets the station's language back.
"""

from __future__ import annotations

from collections.abc import Mapping

from packstation.ui.i18n import install_language

_station = {"language": ""}
_packers: dict[str, str] = {}


def configure(language: str, packers: Mapping[str, str]) -> str:
    """The station's own language and its packers' (at start and when settings change)."""
    _station["language"] = language
    _packers.clear()
    _packers.update({k.casefold(): v for k, v in packers.items()})
    return install_language(language)


def set_station_language(language: str, packer: str = "") -> str:
    """The settings screen changed the station's language: in force now, unless the packer
    signed in (`packer`) has a language of their own."""
    _station["language"] = language
    return sign_in(packer)


def language_of(packer: str) -> str:
    return _packers.get(packer.strip().casefold(), _station["language"])


def sign_in(packer: str) -> str:
    """`packer` signed in: the station speaks their language now; answers the code installed."""
    return install_language(language_of(packer))


__all__ = ["configure", "language_of", "set_station_language", "sign_in"]
