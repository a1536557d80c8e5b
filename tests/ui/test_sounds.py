"""Feedback sounds: they play on a real audio device (PulseAudio's null sink in CI), mute and volume
work, and without any audio device the station carries on silently and says so once."""

from __future__ import annotations

import logging
import wave

import pytest
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
from pytestqt.qtbot import QtBot

from packstation.ui.sounds import SOUNDS_DIR, Sound, SoundPlayer


def settled(effect: QSoundEffect) -> bool:
    return effect.status() in (QSoundEffect.Status.Ready, QSoundEffect.Status.Error)


def test_the_four_sounds_are_short_16_bit_44k_wavs() -> None:
    lengths = {}
    for sound in Sound:
        with wave.open(str(SOUNDS_DIR / f"{sound.value}.wav")) as w:
            assert (w.getsampwidth(), w.getframerate(), w.getnchannels()) == (2, 44_100, 1)
            lengths[sound] = w.getnframes() / w.getframerate()
    assert lengths[Sound.OK] < 0.1  # a tick, not a tune: it follows every scan
    assert all(0.05 <= s <= 0.8 for s in lengths.values())


def test_a_sound_reaches_ready_and_plays_on_an_audio_device(qtbot: QtBot) -> None:
    if not QMediaDevices.audioOutputs():
        pytest.skip("no audio output here; CI starts a PulseAudio null sink (scripts/test.sh)")
    player = SoundPlayer()
    effect = player.effect(Sound.OK)
    qtbot.waitUntil(lambda: settled(effect), timeout=5000)
    if effect.status() is QSoundEffect.Status.Error:
        pytest.skip(f"the audio output {QMediaDevices.defaultAudioOutput().description()!r} failed")
    with qtbot.waitSignal(effect.playingChanged, timeout=5000):
        player.play(Sound.OK)
    assert effect.isPlaying() or effect.loopsRemaining() == 0
    assert not player.sound_off


def test_muted_sounds_do_not_play_and_volume_is_clamped(qtbot: QtBot) -> None:
    player = SoundPlayer(volume=0.5)
    effect = player.effect(Sound.ERROR)
    qtbot.waitUntil(lambda: settled(effect), timeout=5000)
    player.set_muted(True)
    player.play(Sound.ERROR)
    assert not effect.isPlaying()
    assert effect.isMuted()
    player.set_volume(3.0)
    assert player.volume == 1.0
    assert effect.volume() == pytest.approx(1.0)


def test_without_audio_the_station_says_once_that_sound_is_off(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    if QMediaDevices.audioOutputs():
        pytest.skip("an audio output exists here; this checks the station without one")
    with caplog.at_level(logging.WARNING, logger="packstation.ui.sounds"):
        player = SoundPlayer()
        qtbot.waitUntil(lambda: all(settled(player.effect(s)) for s in Sound), timeout=5000)
        if not any(player.effect(s).status() is QSoundEffect.Status.Error for s in Sound):
            # PulseAudio may autospawn a server after the device list was read.
            pytest.skip("the sounds found an audio server after all")
        for sound in Sound:
            player.play(sound)  # no exception, no hang
    assert player.sound_off
    assert [r.getMessage() for r in caplog.records].count(
        "sound is off: no audio output could play the feedback sounds"
    ) == 1
