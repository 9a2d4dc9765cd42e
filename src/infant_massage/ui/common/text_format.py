"""Small wording helpers shared by panels; every word goes through Qt's translator."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication, QObject

_MARKER = re.compile(r"%([1-9][0-9]?)")


def fill(text: str, *args: object) -> str:
    """A translated text with its %1, %2, ... markers replaced by the arguments, in one pass.

    Translations keep Qt's numbered markers so a language may reorder them. Replacing them one
    after the other would also replace a "%2" that the first argument brought in (a note, a file
    name, a baby's name), so all markers are read from the translated text alone, as QString.arg
    does. A marker without an argument is left as it is.
    """

    def argument(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(args[index - 1]) if index <= len(args) else match.group(0)

    return _MARKER.sub(argument, text)


def numbered_step(number: int, text: str) -> str:
    """A technique's step as the card, the guide page, the session and the class's wall number it
    ("2.  Glide ..."). "Step" is the session's own count ("Step 1 of 16"), never this; a language
    may write the number its own way."""
    return fill(QCoreApplication.translate("Steps", "%1.  %2"), number, text)


class Wording(QObject):
    # A QObject so that lupdate sees self.tr(text, "", n) and offers plural forms.
    def seconds_or_minutes(self, seconds: int) -> str:
        if seconds < 60:
            return self.tr("about %n second(s)", "", seconds)
        return self.tr("about %n minute(s)", "", int(seconds / 60 + 0.5))

    def minutes(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("less than a minute")
        return self.tr("%n minute(s)", "", int(seconds / 60 + 0.5))

    def from_age(self, months: int) -> str:
        if months >= 24 and months % 12 == 0:
            return self.tr("From about %n year(s)", "", months // 12)
        return self.tr("From about %n month(s)", "", months)


@cache
def _shared() -> Wording:
    return Wording()


def duration(seconds: float) -> str:
    """A duration a parent reads at a glance: 'about 45 seconds', 'about 2 minutes'."""
    return _shared().seconds_or_minutes(round(seconds))  # guide times are tempo x count


def minutes_text(seconds: float) -> str:
    """A time as a person says it: 'less than a minute', '1 minute', '12 minutes' (to the
    nearest minute), for every screen that counts in minutes."""
    return _shared().minutes(seconds)


def age_reason(months: int) -> str:
    """Why a technique is not offered yet: 'From about 6 months'."""
    return _shared().from_age(months)


def clock(seconds: float) -> str:
    total = max(0, round(seconds))
    return f"{total // 60}:{total % 60:02d}"
