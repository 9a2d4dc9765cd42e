"""Hands-free cues between steps: a soft chime, a spoken line, a tick, or a flash for a silent room.

Sound and speech are optional: without QtMultimedia (it needs libpulse0 on Linux) or without a
speech engine the app stays silent and never raises. Speech runs in its own thread, because a
speech engine's constructor has been seen to hang; the interface must never wait on it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, QUrl, Signal, Slot

from infant_massage import resources
from infant_massage.domain.user_settings import SoundMode
from infant_massage.ui.common.choice_labels import labels

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


def _audio_outputs_exist() -> bool:
    """True when Qt can open an audio output: QtMultimedia loads and lists a device."""
    if _sound_effect_class() is None:
        return False
    from PySide6.QtMultimedia import QMediaDevices

    return bool(QMediaDevices.audioOutputs())


def sound_url(name: str) -> QUrl:
    """The bundled sound of that name (chime, tick), as Qt's sound effect loads it."""
    return QUrl(f"qrc{resources.path(f'sounds/{name}.wav')}")


class CuePlayer(QObject):
    flash = Signal()  # the window shows a gentle flash (silent mode, or when sound cannot play)
    spoken = Signal(str)  # what was sent to the speech engine (for captions and tests)
    availabilityChanged = Signal(bool)  # whether sound can play here, when that changes
    played = Signal(str)  # the name of a sound handed to the sound device (chime, tick)
    _speak = Signal(str)

    def __init__(
        self,
        mode: SoundMode = DEFAULT_MODE,
        speech_engine: str | None = None,
        parent: QObject | None = None,
        audio_probe=None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self._effects: dict[str, object] = {}
        self._speech_engine = speech_engine
        self._thread: QThread | None = None
        self._speaker: _Speaker | None = None
        self._probe = audio_probe or _audio_outputs_exist
        self._audio: bool | None = None
        self._watch_devices()

    def _watch_devices(self) -> None:
        # A headset plugged in or pulled out while the app runs changes what works.
        if self._probe is not _audio_outputs_exist or _sound_effect_class() is None:
            return
        from PySide6.QtMultimedia import QMediaDevices

        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self.recheck)

    def _sound_available(self) -> bool:
        """Whether a chime can be heard here (QtMultimedia present and a sound device open)."""
        if self._audio is None:
            self._audio = bool(self._probe())
        return self._audio

    def recheck(self) -> None:
        before = self._audio
        self._audio = bool(self._probe())
        if before is not None and before != self._audio:
            self.availabilityChanged.emit(self._audio)

    def _effect_status(self, effect) -> None:
        # The device was listed but will not open (busy, unplugged, no server): say so.
        if effect.status() == effect.Status.Error and self._audio is not False:
            self._audio = False
            self.availabilityChanged.emit(False)

    @property
    def visual_cue(self) -> bool:
        """The flash stands in for the sound: chosen (silent), or because sound cannot play."""
        return self.mode == SoundMode.SILENT or not self._sound_available()

    def describe(self, mode: SoundMode) -> str:
        """The sound mode as the session page and the settings show it, saying what works."""
        if mode != SoundMode.SILENT and not self._sound_available():
            # What actually happens, short enough for the session page at the largest text;
            # each mode keeps words of its own, so the box never lists one line twice.
            if mode == SoundMode.VOICE:
                return self.tr("No sound device: flashes, not voice")
            return self.tr("No sound device: flashes, not chimes")
        return labels().sound_setting(mode)

    def set_mode(self, mode: SoundMode) -> None:
        self.mode = SoundMode(mode)

    def _effect(self, name: str):
        if name not in self._effects:
            cls = _sound_effect_class()
            if cls is None:
                return None
            effect = cls(self)
            effect.setSource(sound_url(name))
            effect.setVolume(0.6)
            effect.statusChanged.connect(lambda e=effect: self._effect_status(e))
            self._effects[name] = effect
        return self._effects[name]

    def _play(self, name: str) -> None:
        if not self._sound_available():
            return
        effect = self._effect(name)
        if effect is not None:
            effect.play()  # returns at once
            self.played.emit(name)

    def step_changed(self, spoken_text: str) -> None:
        """Between steps: chime, and in voice mode say what now and what next.

        When no sound can play the flash takes over, so a cue is never silently lost.
        """
        if self.visual_cue:
            self.flash.emit()
        if self.mode == SoundMode.SILENT:
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
