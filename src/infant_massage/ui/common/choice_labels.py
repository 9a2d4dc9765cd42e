"""The words for each value of the app's enumerations, written once.

The menus and the settings dialog offer the same looks (text size, theme, skin tones), by the
same names. The end of a session asks why it stopped and how the baby responded, and the
history shows the same answers; the settings and the session page both offer the sound: each
takes its words from here, so a value never has two names. The order of each
`*_CHOICES` tuple is the order the choices are offered in, and so the number key that picks each.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Generic, TypeVar

from PySide6.QtCore import QObject

from infant_massage.domain.session_record import Outcome, Response, StopReason
from infant_massage.domain.user_settings import (
    TEXT_SCALES,
    THEME_CHOICES,
    SoundMode,
    ThemeChoice,
)
from infant_massage.ui.common.text_format import fill

T = TypeVar("T")

STOP_REASON_CHOICES: tuple[StopReason, ...] = (
    StopReason.CRYING,
    StopReason.DISCOMFORT,
    StopReason.SKIN_REACTION,
    StopReason.ASLEEP,
    StopReason.OTHER,
)
RESPONSE_CHOICES: tuple[Response, ...] = (
    Response.CALM,
    Response.HAPPY,
    Response.SLEEPY,
    Response.FUSSY,
)

SOUND_MODE_CHOICES: tuple[SoundMode, ...] = (SoundMode.SOFT, SoundMode.VOICE, SoundMode.SILENT)


@dataclass(frozen=True)
class Choice(Generic[T]):
    value: T
    label: str
    key: int  # the number key that picks it where it is offered


class ChoiceLabels(QObject):
    # A QObject so that lupdate sees every self.tr(...). The texts are looked up at each call:
    # a language chosen later shows at once.
    def stop_reason(self, reason: StopReason) -> str:
        return {
            StopReason.CRYING: self.tr("Crying"),
            StopReason.DISCOMFORT: self.tr("Fussing or discomfort"),
            StopReason.SKIN_REACTION: self.tr("Skin reaction"),
            StopReason.ASLEEP: self.tr("Fell asleep"),
            StopReason.OTHER: self.tr("Something else"),
        }[reason]

    def response(self, response: Response) -> str:
        return {
            Response.CALM: self.tr("Calm"),
            Response.HAPPY: self.tr("Happy"),
            Response.SLEEPY: self.tr("Sleepy"),
            Response.FUSSY: self.tr("Fussy"),
        }[response]

    def outcome(self, outcome: Outcome) -> str:
        return {
            Outcome.COMPLETED: self.tr("Completed"),
            Outcome.STOPPED: self.tr("Stopped"),
            Outcome.INTERRUPTED: self.tr("Interrupted"),
            Outcome.RUNNING: self.tr("Running now"),
        }[outcome]

    def sound_mode(self, mode: SoundMode) -> str:
        return {
            SoundMode.SOFT: self.tr("Soft chimes"),
            SoundMode.VOICE: self.tr("Chimes and voice"),
            SoundMode.SILENT: self.tr("Silent (screen flashes)"),
        }[mode]

    def text_size(self, scale: float) -> str:
        names = [self.tr("Normal"), self.tr("Large"), self.tr("Larger"), self.tr("Largest")]
        return dict(zip(TEXT_SCALES, names, strict=True))[scale]

    def theme(self, choice: ThemeChoice) -> str:
        return {
            "system": self.tr("As the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            "high_contrast": self.tr("High contrast"),
        }[choice]

    def skin_tone(self, tone_id: str, fallback: str) -> str:
        """A drawing's tone by its id; a tone added to the drawings later keeps its own name."""
        return {
            "light": self.tr("Light"),
            "light_medium": self.tr("Light medium"),
            "medium": self.tr("Medium"),
            "medium_deep": self.tr("Medium deep"),
            "deep": self.tr("Deep"),
        }.get(tone_id, fallback)

    def sound_setting(self, mode: SoundMode) -> str:
        """The sound where it stands without a label of its own (the session page's box)."""
        return fill(self.tr("Sound: %1"), self.sound_mode(mode))


@cache
def labels() -> ChoiceLabels:
    return ChoiceLabels()


def stop_reason_choices() -> list[Choice[StopReason]]:
    return [
        Choice(reason, labels().stop_reason(reason), key)
        for key, reason in enumerate(STOP_REASON_CHOICES, start=1)
    ]


def response_choices() -> list[Choice[Response]]:
    return [
        Choice(response, labels().response(response), key)
        for key, response in enumerate(RESPONSE_CHOICES, start=1)
    ]


def sound_mode_choices() -> list[Choice[SoundMode]]:
    return [
        Choice(mode, labels().sound_mode(mode), key)
        for key, mode in enumerate(SOUND_MODE_CHOICES, start=1)
    ]


def text_size_choices() -> list[tuple[float, str]]:
    return [(scale, labels().text_size(scale)) for scale in TEXT_SCALES]


def theme_choices() -> list[tuple[ThemeChoice, str]]:
    return [(choice, labels().theme(choice)) for choice in THEME_CHOICES]


def skin_tone_choices(tones) -> list[tuple[str, str]]:
    """The skin tones (the catalog's SkinTones.tones) as the menus and settings name them."""
    return [(tone.id, labels().skin_tone(tone.id, tone.name)) for tone in tones]
