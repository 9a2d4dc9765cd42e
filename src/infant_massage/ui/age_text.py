"""A baby's age as a parent says it: days, then weeks, then months, then years."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from infant_massage.domain.profile import BabyProfile


class _AgeWording(QObject):
    # A QObject so that lupdate sees self.tr(text, "", n) and offers plural forms.
    def age(self, profile: BabyProfile, on: date) -> str:
        days = profile.age_days(on)
        if days < 14:
            return self.tr("%n day(s) old", "", days)
        if days < 8 * 7:
            return self.tr("%n week(s) old", "", days // 7)
        months = int(profile.age_months(on))
        if months < 24:
            return self.tr("%n month(s) old", "", months)
        return self.tr("%n year(s) old", "", months // 12)


_wording: _AgeWording | None = None


def age_text(profile: BabyProfile, on: date) -> str:
    """'9 days old', '5 weeks old', '5 months old', '2 years old'."""
    global _wording
    if _wording is None:
        _wording = _AgeWording()
    return _wording.age(profile, on)
