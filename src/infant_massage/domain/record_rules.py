"""The limits every stored value keeps, whoever made it: the app, a backup, or a damaged file.

One set of rules for the app's own records and for imports, so that nothing accepted today
breaks an export, a chart or a restore later: durations are finite and at most a day, dates
fall in a plausible span (years that every time zone and every widget can show), and text holds
no control characters (line breaks only in notes) and no lone surrogates (SQLite and UTF-8 files
cannot hold them).
"""

from __future__ import annotations

import math
import unicodedata
from datetime import date, datetime

EARLIEST = date(2000, 1, 1)
LATEST = date(2099, 12, 31)
MAX_SECONDS = 24 * 60 * 60  # no step and no session lasts longer than a day
MAX_STEPS = 100
LINE_BREAKS = frozenset("\n\r")

# What a session record may claim was done. A step counts as massaged when it ran for at least
# a third of its planned time: a few seconds before pressing Next is a skip, not a massage.
# A session that reaches its last step is "completed" only when the steps that count add up
# to at least half of the planned time; otherwise it ended early and is kept as stopped.
STEP_COUNTS_SHARE = 1 / 3
SESSION_COMPLETES_SHARE = 1 / 2


def step_counts(done_seconds: float, planned_seconds: float) -> bool:
    """Whether a step ran long enough to say its area was massaged."""
    return done_seconds > 0 and done_seconds >= planned_seconds * STEP_COUNTS_SHARE


def session_completes(steps: list[tuple[float, float]]) -> bool:
    """Whether a session that reached its end was done: `steps` are (done, planned) seconds."""
    planned = sum(p for _, p in steps)
    massaged = sum(d for d, p in steps if step_counts(d, p))
    return planned > 0 and massaged >= planned * SESSION_COMPLETES_SHARE


def check_seconds(value: float) -> float:
    if not math.isfinite(value) or not 0 <= value <= MAX_SECONDS:
        raise ValueError(f"must be a number of seconds from 0 to {MAX_SECONDS}")
    return value


def check_day(value: date) -> date:
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise ValueError(f"must be between {EARLIEST} and {LATEST}")
    return value


def check_text(value: str, line_breaks: bool = False) -> str:
    for index, char in enumerate(value):
        if line_breaks and char in LINE_BREAKS:
            continue
        if unicodedata.category(char) in ("Cc", "Cs"):
            raise ValueError(f"holds a control character ({char!r}) at position {index}")
    return value


def clean_text(value: str, line_breaks: bool = False) -> str:
    """What a person typed, made storable: tabs become spaces, other control characters go."""
    value = value.replace("\t", " ")
    return "".join(
        char
        for char in value
        if (line_breaks and char in LINE_BREAKS) or unicodedata.category(char) not in ("Cc", "Cs")
    )


def escaped(text: str) -> str:
    """Text safe to show in one line on a terminal or in a message: control characters, lone
    surrogates and the bidirectional overrides (which reorder what follows) become escapes."""
    out = []
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cc", "Cs") or (category == "Cf" and 0x202A <= ord(char) <= 0x2069):
            out.append(char.encode("unicode_escape", "backslashreplace").decode("ascii"))
        else:
            out.append(char)
    return "".join(out)
