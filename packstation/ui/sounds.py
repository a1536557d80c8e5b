"""The four feedback sounds, played with QSoundEffect: ok, error, warning, done.

Sound is never the only cue. A station without an audio device (a bench PC, CI) makes
QSoundEffect end in Error: we then carry on silently and say so once in the log.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

SOUNDS_DIR = Path(__file__).resolve().parent.parent / "resources" / "sounds"


class Sound(StrEnum):
    OK = "ok"
    ERROR = "error"
    WARNING = "warning"
    DONE = "done"


class SoundPlayer(QObject):
    def __init__(
        self, parent: QObject | None = None, volume: float = 0.8, muted: bool = False
    ) -> None:
        super().__init__(parent)
        self._effects: dict[Sound, QSoundEffect] = {}
        self._volume = volume
        self._muted = muted
        self._said_off = False
        for sound in Sound:
            effect = QSoundEffect(self)
            self._effects[sound] = effect
            # Connected before the source is set: without an audio device the effect can fail
            # inside setSource, and that failure must not go unnoticed.
            effect.statusChanged.connect(self._on_status)
            effect.setVolume(volume)
            effect.setMuted(muted)
            effect.setSource(QUrl.fromLocalFile(str(SOUNDS_DIR / f"{sound.value}.wav")))
        self._on_status()

    def effect(self, sound: Sound) -> QSoundEffect:
        return self._effects[sound]

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        """0.0 (silent) to 1.0 (full)."""
        self._volume = max(0.0, min(1.0, volume))
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        for effect in self._effects.values():
            effect.setMuted(muted)

    @property
    def sound_off(self) -> bool:
        """True once the audio output failed: the station carries on without sound."""
        return self._said_off

    def play(self, sound: Sound) -> None:
        effect = self._effects[sound]
        if self._muted or effect.status() is QSoundEffect.Status.Error:
            return
        # A new scan cuts the previous sound short: the latest answer is the one that matters.
        for other in self._effects.values():
            if other is not effect and other.isPlaying():
                other.stop()
        effect.play()

    def _on_status(self) -> None:
        if self._said_off:
            return
        if any(e.status() is QSoundEffect.Status.Error for e in self._effects.values()):
            self._said_off = True
            log.warning("sound is off: no audio output could play the feedback sounds")
