"""The chosen skin tones: the baby's and the parent's, each one of the drawings' tones.

A model that the menus set and the pictures observe (body maps, guides, the session's guide);
it remembers the choice in the settings file, so the next start shows the same tones.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from infant_massage.domain.skin_tone import SkinTone

BABY_KEY = "appearance/skin_tone"  # the key the baby's tone has always been kept under
PARENT_KEY = "appearance/parent_skin_tone"


class SkinToneChoice(QObject):
    changed = Signal()  # either tone changed

    def __init__(
        self,
        tones: list[SkinTone],
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if not tones:
            raise ValueError("at least one skin tone is needed")
        self.tones = list(tones)
        self._settings = settings
        self._baby = self._remembered(BABY_KEY)
        self._parent = self._remembered(PARENT_KEY)

    def _remembered(self, key: str) -> SkinTone:
        value = self._settings.value(key) if self._settings is not None else None
        # A settings file edited by hand may name a tone that does not exist: use the first.
        return self.tone(value if isinstance(value, str) else None)

    def tone(self, tone_id: str | None) -> SkinTone:
        return next((t for t in self.tones if t.id == tone_id), self.tones[0])

    @property
    def baby(self) -> SkinTone:
        return self._baby

    @property
    def parent_tone(self) -> SkinTone:
        return self._parent

    def set_baby(self, tone_id: str) -> None:
        self._set(BABY_KEY, tone_id, parent=False)

    def set_parent(self, tone_id: str) -> None:
        self._set(PARENT_KEY, tone_id, parent=True)

    def _set(self, key: str, tone_id: str, parent: bool) -> None:
        tone = self.tone(tone_id)
        if tone.id != tone_id:
            raise ValueError(f"no skin tone '{tone_id}'")
        current = self._parent if parent else self._baby
        if tone == current:
            return
        if parent:
            self._parent = tone
        else:
            self._baby = tone
        if self._settings is not None:
            self._settings.setValue(key, tone.id)
        self.changed.emit()
