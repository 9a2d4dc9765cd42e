"""The settings model's rules: what each setting may be, and what a damaged stored value becomes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infant_massage import resources
from infant_massage.domain.skin_tone import parse_skin_tones
from infant_massage.domain.user_settings import (
    FEED_WAIT_MINUTES,
    TEXT_SCALES,
    THEME_CHOICES,
    SoundMode,
    UserSettings,
    from_stored,
)

TONES = [t.id for t in parse_skin_tones(resources.read_text("illustrations/skin_tones.json"))]


@pytest.fixture
def defaults(catalog) -> UserSettings:
    return UserSettings.defaults(catalog.safety.check.feed_wait_minutes, TONES[0])


def test_the_defaults_are_the_catalogs_wait_and_the_drawings_first_tone(catalog, defaults):
    assert defaults.feed_wait_minutes == catalog.safety.check.feed_wait_minutes
    assert defaults.baby_skin_tone == defaults.parent_skin_tone == TONES[0]
    assert defaults.text_scale == TEXT_SCALES[0] and defaults.theme == THEME_CHOICES[0]
    assert defaults.still_diagrams is None  # as the desktop asks


def test_stored_text_is_read_back_as_what_was_written(defaults) -> None:
    # An INI file keeps text: each value comes back as the text a QSettings wrote.
    stored = {
        "feed_wait_minutes": str(FEED_WAIT_MINUTES[0]),
        "sound_mode": SoundMode.SILENT.value,
        "text_scale": str(TEXT_SCALES[-1]),
        "theme": THEME_CHOICES[-1],
        "baby_skin_tone": TONES[-1],
        "parent_skin_tone": TONES[1],
        "still_diagrams": "false",
    }
    read = from_stored(stored, defaults, TONES)
    assert read == UserSettings(
        feed_wait_minutes=FEED_WAIT_MINUTES[0],
        sound_mode=SoundMode.SILENT,
        text_scale=TEXT_SCALES[-1],
        theme=THEME_CHOICES[-1],
        baby_skin_tone=TONES[-1],
        parent_skin_tone=TONES[1],
        still_diagrams=False,
    )


BAD = {
    "feed_wait_minutes": [
        FEED_WAIT_MINUTES[0] - 1,
        FEED_WAIT_MINUTES[1] + 1,
        "soon",
        "-5",
        "45.5",
        "",
        "1e9",
        True,
    ],
    "sound_mode": ["loud", "", "SOFT "],
    "text_scale": ["huge", "1.3", 0, "-1", "nan", "inf"],
    "theme": ["neon", "", "Dark"],
    "baby_skin_tone": ["green", "", "Light"],
    "parent_skin_tone": ["green", "\x00"],
    "still_diagrams": ["maybe", "2", ""],
}


@pytest.mark.parametrize(
    ("field", "value"), [(f, v) for f, values in BAD.items() for v in values], ids=repr
)
def test_a_bad_stored_value_falls_back_to_the_default_and_spares_the_rest(
    defaults, field, value
) -> None:
    other = "sound_mode" if field != "sound_mode" else "theme"
    good = {"sound_mode": SoundMode.VOICE.value, "theme": THEME_CHOICES[-1]}[other]
    read = from_stored({field: value, other: good}, defaults, TONES)
    assert getattr(read, field) == getattr(defaults, field)
    assert getattr(read, other) == good  # one damaged value costs only itself
    with pytest.raises(ValueError):
        defaults.changed(field, value, TONES)  # a change to it is refused, not stored


def test_an_unknown_setting_is_ignored_when_read_and_refused_when_set(defaults) -> None:
    assert from_stored({"colour": "red"}, defaults, TONES) == defaults
    with pytest.raises(ValueError, match="no setting 'colour'"):
        defaults.changed("colour", "red")


@given(st.dictionaries(st.sampled_from(sorted(BAD)), st.text() | st.integers() | st.floats()))
def test_whatever_is_stored_the_settings_are_valid(stored) -> None:
    defaults = UserSettings.defaults(FEED_WAIT_MINUTES[0], TONES[0])
    read = from_stored(stored, defaults, TONES)
    assert UserSettings.model_validate(read.model_dump(), context={"skin_tones": TONES}) == read
