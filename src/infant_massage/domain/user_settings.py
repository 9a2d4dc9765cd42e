"""The user's settings: what each may be, its default, and how a stored value is judged.

One validated model for every choice the app remembers between runs (the wait after a feed, the
sound, the text size, the theme, both skin tones, still diagrams). Pages and menus observe it
through the UI's evented wrapper; a stored value that is damaged or out of range falls back to
the default, field by field, and never stops the app from starting.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator


class SoundMode(StrEnum):
    SOFT = "soft"  # chimes only
    VOICE = "voice"  # chimes and spoken cues
    SILENT = "silent"  # no sound: the screen flashes instead


ThemeChoice = Literal["system", "light", "dark", "high_contrast"]
THEME_CHOICES: tuple[ThemeChoice, ...] = ("system", "light", "dark", "high_contrast")
# Normal, large, larger, largest: the steps View > Text size offers, in order.
TEXT_SCALES = (1.0, 1.25, 1.5, 1.8)
# Sources differ (30 to 60 minutes); the settings allow a little beyond both, never no wait.
FEED_WAIT_MINUTES = (15, 120)
FEED_WAIT_STEP = 5


class UserSettings(BaseModel):
    """The settings with no data behind them are defaults here; the catalog's default wait and
    the drawings' first skin tone come from the content (see `defaults`)."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)

    feed_wait_minutes: int = Field(ge=FEED_WAIT_MINUTES[0], le=FEED_WAIT_MINUTES[1])
    sound_mode: SoundMode = SoundMode.SOFT
    text_scale: float = TEXT_SCALES[0]
    theme: ThemeChoice = "system"
    baby_skin_tone: str
    parent_skin_tone: str
    # None: as the desktop asks (reduced motion); True or False: the user's own choice.
    still_diagrams: bool | None = None

    @field_validator("text_scale")
    @classmethod
    def _offered_scale(cls, value: float) -> float:
        if value not in TEXT_SCALES:
            raise ValueError(f"text scale {value} is not one of {TEXT_SCALES}")
        return value

    @field_validator("baby_skin_tone", "parent_skin_tone")
    @classmethod
    def _known_tone(cls, value: str, info: ValidationInfo) -> str:
        tones = (info.context or {}).get("skin_tones")
        if tones is not None and value not in tones:
            raise ValueError(f"no skin tone '{value}'")
        return value

    @classmethod
    def defaults(cls, feed_wait_minutes: int, skin_tone: str) -> UserSettings:
        """A first start: the catalog's wait after a feed and the drawings' own skin tone."""
        return cls(
            feed_wait_minutes=feed_wait_minutes,
            baby_skin_tone=skin_tone,
            parent_skin_tone=skin_tone,
        )

    def changed(
        self, field: str, value: object, skin_tones: Collection[str] | None = None
    ) -> UserSettings:
        """A copy with one field changed, validated; ValueError names what is wrong."""
        if field not in type(self).model_fields:
            raise ValueError(f"no setting '{field}'")
        try:
            return type(self).model_validate(
                {**self.model_dump(), field: value}, context={"skin_tones": skin_tones}
            )
        except ValidationError as exc:
            raise ValueError(exc.errors()[0]["msg"].removeprefix("Value error, ")) from exc


def from_stored(
    stored: Mapping[str, object],
    defaults: UserSettings,
    skin_tones: Collection[str] | None = None,
) -> UserSettings:
    """The settings read back: each stored field that validates, the default for the rest."""
    settings = defaults
    for field, value in stored.items():
        if value is None:
            continue
        try:
            settings = settings.changed(field, value, skin_tones)
        except ValueError:
            continue  # a hand-edited or damaged value: keep the default, say nothing
    return settings
