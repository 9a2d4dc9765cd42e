"""The user's settings as the app sees them: one evented model that pages and menus observe.

The values are the domain's validated `UserSettings`; this wrapper says which field changed and
keeps the settings file in step, so a choice made anywhere (a menu, the settings dialog, the
session page) shows everywhere and is there at the next start. No widget keeps a setting itself.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QObject, QSettings, Signal

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.skin_tone import SkinTone
from infant_massage.domain.user_settings import SoundMode, ThemeChoice, UserSettings, from_stored
from infant_massage.ui.common import settings_file, theme


class SettingsModel(QObject):
    changed = Signal(str)  # the name of the field that changed (a UserSettings field)

    def __init__(
        self,
        defaults: UserSettings,
        store: QSettings | None = None,
        skin_tones: Collection[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._skin_tones = skin_tones
        self.defaults = defaults
        stored = settings_file.read(store) if store is not None else {}
        self._values = from_stored(stored, defaults, skin_tones)

    @property
    def values(self) -> UserSettings:
        return self._values

    def set(self, field: str, value: object) -> None:
        """Change one setting (ValueError for a value it may not take), save it, tell observers."""
        updated = self._values.changed(field, value, self._skin_tones)
        if getattr(updated, field) == getattr(self._values, field):
            return
        self._values = updated
        if self._store is not None:
            settings_file.write(self._store, field, getattr(updated, field))
        self.changed.emit(field)

    # Typed reading for the observers (each field is also in `values`).

    @property
    def feed_wait_minutes(self) -> int:
        return self._values.feed_wait_minutes

    @property
    def sound_mode(self) -> SoundMode:
        return self._values.sound_mode

    @property
    def text_scale(self) -> float:
        return self._values.text_scale

    @property
    def theme(self) -> ThemeChoice:
        return self._values.theme

    @property
    def baby_skin_tone(self) -> str:
        return self._values.baby_skin_tone

    @property
    def parent_skin_tone(self) -> str:
        return self._values.parent_skin_tone

    def still_diagrams(self, reduced_motion: bool) -> bool:
        """Still diagrams instead of motion: the user's own choice, else what the desktop asks."""
        chosen = self._values.still_diagrams
        return reduced_motion if chosen is None else chosen


def settings_for(
    catalog: Catalog,
    tones: list[SkinTone],
    store: QSettings | None = None,
    parent: QObject | None = None,
) -> SettingsModel:
    """The settings for this content: its default wait after a feed, its drawings' skin tones.

    Without a settings file (an unwritable data folder, a rendering) nothing is remembered, and
    the look starts as the app already shows it (a rendering chooses its theme first).
    """
    defaults = UserSettings.defaults(catalog.safety.check.feed_wait_minutes, tones[0].id)
    model = SettingsModel(defaults, store, [tone.id for tone in tones], parent)
    if store is None:
        model.set("theme", theme.chosen_name())
        model.set("text_scale", theme.text_scale())
    return model
