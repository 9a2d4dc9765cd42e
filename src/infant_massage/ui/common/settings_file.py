"""Where each setting is kept in the data folder's settings file: the one place that reads and
writes the user's settings through QSettings (the window's place and size are kept apart)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QSettings

# The keys older versions wrote stay the keys: a returning user keeps every choice.
KEYS = {
    "feed_wait_minutes": "session/feed_wait_minutes",
    "sound_mode": "session/sound_mode",
    "text_scale": "appearance/text_scale",
    "theme": "appearance/theme",
    "baby_skin_tone": "appearance/skin_tone",
    "parent_skin_tone": "appearance/parent_skin_tone",
    "still_diagrams": "appearance/still_diagrams",
}


def read(store: QSettings) -> dict[str, object]:
    """What the file holds, as text (an INI file keeps no types); the model judges each value."""
    found: dict[str, object] = {}
    for field, key in KEYS.items():
        value = store.value(key)
        if isinstance(value, str | int | float | bool):
            found[field] = value
    return found


def write(store: QSettings, field: str, value: object) -> None:
    key = KEYS[field]
    if value is None:
        store.remove(key)
    elif isinstance(value, bool):
        store.setValue(key, "true" if value else "false")
    else:
        store.setValue(key, value.value if isinstance(value, Enum) else value)
    store.sync()  # saved at once: a crash or a power cut keeps the choice
