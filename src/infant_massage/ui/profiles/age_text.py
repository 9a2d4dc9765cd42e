"""A baby's age as a parent says it: days, then weeks, then months, then years."""

from __future__ import annotations

from datetime import date
from functools import cache

from PySide6.QtCore import QObject

from infant_massage.domain.corrected_age import AVERAGE_MONTH_DAYS
from infant_massage.domain.profile import BabyProfile
from infant_massage.ui.common.text_format import fill


class _AgeWording(QObject):
    # A QObject so that lupdate sees self.tr(text, "", n) and offers plural forms.
    def age(self, days: int) -> str:
        if days < 14:
            return self.tr("%n day(s) old", "", days)
        if days < 8 * 7:
            return self.tr("%n week(s) old", "", days // 7)
        months = int(days / AVERAGE_MONTH_DAYS)
        if months < 24:
            return self.tr("%n month(s) old", "", months)
        return self.tr("%n year(s) old", "", months // 12)

    def corrected(self, profile: BabyProfile, on: date) -> str:
        days = profile.corrected_days(on)
        if days < 14:
            counted = self.tr("%n day(s)", "", days)
        elif days < 8 * 7:
            counted = self.tr("%n week(s)", "", days // 7)
        else:
            counted = self.tr("%n month(s)", "", int(days / AVERAGE_MONTH_DAYS))
        if days == 0:
            return self.tr("not yet at the due date")
        return fill(self.tr("%1 from the due date"), counted)

    def both(self, actual: str, corrected: str) -> str:
        # e.g. "5 months old (3 months from the due date)"
        return fill(self.tr("%1 (%2)"), actual, corrected)


@cache
def _words() -> _AgeWording:
    return _AgeWording()


def age_text(profile: BabyProfile, on: date) -> str:
    """'9 days old', '5 weeks old', '5 months old', '2 years old' (since the birth)."""
    return _words().age(profile.age_days(on))


def corrected_age_text(profile: BabyProfile, on: date) -> str | None:
    """'3 months from the due date' for a baby born early (None when nothing is corrected)."""
    if not profile.age_is_corrected(on):
        return None
    return _words().corrected(profile, on)


def full_age_text(profile: BabyProfile, on: date) -> str:
    """The age since birth and, for a baby born early, the corrected age the app decides with."""
    corrected = corrected_age_text(profile, on)
    actual = age_text(profile, on)
    if corrected is None:
        return actual
    return _words().both(actual, corrected)
