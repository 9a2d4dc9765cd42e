"""The chosen skin tones as the drawings need them: the baby's and the parent's SkinTone.

A view of the settings model (which keeps and remembers the choice): the menus set it, and the
pictures (body maps, guides, the session's guide) observe `changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from infant_massage.domain.skin_tone import SkinTone
from infant_massage.domain.user_settings import FEED_WAIT_MINUTES, UserSettings
from infant_massage.ui.common.settings_model import SettingsModel

TONE_FIELDS = ("baby_skin_tone", "parent_skin_tone")


class SkinToneChoice(QObject):
    changed = Signal()  # either tone changed

    def __init__(
        self,
        tones: list[SkinTone],
        settings: SettingsModel | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if not tones:
            raise ValueError("at least one skin tone is needed")
        self.tones = list(tones)
        if settings is None:  # a choice on its own (a drawing, a test): remembered nowhere
            # The wait after a feed is no concern of a drawing's: any allowed value will do.
            defaults = UserSettings.defaults(FEED_WAIT_MINUTES[0], tones[0].id)
            settings = SettingsModel(defaults, None, [t.id for t in tones], self)
        self._settings = settings
        settings.changed.connect(self._setting_changed)

    def _setting_changed(self, field: str) -> None:
        if field in TONE_FIELDS:
            self.changed.emit()

    def tone(self, tone_id: str | None) -> SkinTone:
        return next((t for t in self.tones if t.id == tone_id), self.tones[0])

    @property
    def baby(self) -> SkinTone:
        return self.tone(self._settings.baby_skin_tone)

    @property
    def parent_tone(self) -> SkinTone:
        return self.tone(self._settings.parent_skin_tone)

    def set_baby(self, tone_id: str) -> None:
        self._settings.set("baby_skin_tone", tone_id)

    def set_parent(self, tone_id: str) -> None:
        self._settings.set("parent_skin_tone", tone_id)
