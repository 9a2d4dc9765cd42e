"""Hands-free cues between steps: a soft chime, a spoken line, a tick, or a flash for a silent room.

Sound and speech are optional: without QtMultimedia (it needs libpulse0 on Linux) or without a
speech engine the app stays silent and never raises. Speech runs in its own thread, because a
speech engine's constructor has been seen to hang; the interface must never wait on it.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, QThread, QUrl, Signal, Slot

from infant_massage import resources


class SoundMode(StrEnum):
    SOFT = "soft"  # chimes only
    VOICE = "voice"  # chimes and spoken cues
    SILENT = "silent"  # no sound: the screen flashes instead


DEFAULT_MODE = SoundMode.SOFT


def _sound_effect_class():
    try:
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError:  # no libpulse0, or Qt built without multimedia
        return None
    return QSoundEffect


class _Speaker(QObject):
    """Lives in the speech thread; creates the engine there on first use."""

    def __init__(self, engine: str | None) -> None:
        super().__init__()
        self._engine_name = engine
        self._engine = None
        self.available = True

    @Slot(str)
    def say(self, text: str) -> None:
        if self._engine is None and self.available:
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech
            except ImportError:
                self.available = False
                return
            engines = QTextToSpeech.availableEngines()
            name = self._engine_name
            if name is None:
                name = next((e for e in engines if e != "mock"), None)
            if name is None or name not in engines:
                self.available = False
                return
            self._engine = QTextToSpeech(name, self)
        if self._engine is not None:
            self._engine.stop()
            self._engine.say(text)


class CuePlayer(QObject):
    flash = Signal()  # the window shows a gentle flash (always in silent mode)
    spoken = Signal(str)  # what was sent to the speech engine (for captions and tests)
    _speak = Signal(str)

    def __init__(
        self,
        mode: SoundMode = DEFAULT_MODE,
        speech_engine: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self._effects: dict[str, object] = {}
        self._speech_engine = speech_engine
        self._thread: QThread | None = None
        self._speaker: _Speaker | None = None

    @property
    def sound_available(self) -> bool:
        return _sound_effect_class() is not None

    def set_mode(self, mode: SoundMode) -> None:
        self.mode = SoundMode(mode)

    def _effect(self, name: str):
        if name not in self._effects:
            cls = _sound_effect_class()
            if cls is None:
                return None
            effect = cls(self)
            effect.setSource(QUrl(f"qrc{resources.path(f'sounds/{name}.wav')}"))
            effect.setVolume(0.6)
            self._effects[name] = effect
        return self._effects[name]

    def _play(self, name: str) -> None:
        effect = self._effect(name)
        if effect is not None:
            effect.play()  # returns at once; with no audio device it just does nothing

    def step_changed(self, spoken_text: str) -> None:
        """Between steps: chime, and in voice mode say what now and what next."""
        if self.mode == SoundMode.SILENT:
            self.flash.emit()
            return
        self._play("chime")
        if self.mode == SoundMode.VOICE:
            self.say(spoken_text)

    def tick(self) -> None:
        if self.mode != SoundMode.SILENT:
            self._play("tick")

    def say(self, text: str) -> None:
        if self._speaker is None:
            self._thread = QThread(self)
            self._thread.setObjectName("speech")
            self._speaker = _Speaker(self._speech_engine)
            self._speaker.moveToThread(self._thread)
            self._speak.connect(self._speaker.say)
            self._thread.start()
        self._speak.emit(text)
        self.spoken.emit(text)

    def shut_down(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(500)  # a hung engine must not hold up quitting
