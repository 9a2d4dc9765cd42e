"""A baby's age as the app decides with it: for a baby born early, counted from the due date.

Development follows the due date rather than the birthday for babies born early, so every age
gate (no oil before about a month, no spinal pinching before about six months, short sessions
for newborns) uses the corrected age. Health services correct until about two years; after that
the birthday counts again.
"""

from __future__ import annotations

from datetime import date

AVERAGE_MONTH_DAYS = 30.4375
FULL_TERM_WEEKS = 40
# Born before 37 weeks of pregnancy: more than three weeks before a 40-week due date.
PRETERM_WEEKS_EARLY = FULL_TERM_WEEKS - 37 + 1
MAX_WEEKS_EARLY = 20  # born at 20 weeks: earlier than any baby a parent would be massaging
CORRECT_UNTIL_MONTHS = 24


def age_days(birth_date: date, today: date) -> int:
    """Days since the birth (0 before it: a date typed wrong never gives a negative age)."""
    return max(0, (today - birth_date).days)


def corrected_age_days(birth_date: date, weeks_early: int, today: date) -> int:
    """Days since the due date for a baby born early, until about two years; else since birth."""
    actual = age_days(birth_date, today)
    if weeks_early <= 0 or actual >= CORRECT_UNTIL_MONTHS * AVERAGE_MONTH_DAYS:
        return actual
    return max(0, actual - 7 * weeks_early)


def corrected_age_months(birth_date: date, weeks_early: int, today: date) -> float:
    return corrected_age_days(birth_date, weeks_early, today) / AVERAGE_MONTH_DAYS


def is_corrected(birth_date: date, weeks_early: int, today: date) -> bool:
    """Whether the corrected age differs from the age since birth (the app then shows both)."""
    return corrected_age_days(birth_date, weeks_early, today) != age_days(birth_date, today)


def born_preterm(weeks_early: int) -> bool:
    return weeks_early >= PRETERM_WEEKS_EARLY


def corrected_months_from_age(age_months: float, weeks_early: int) -> float:
    """The corrected age from an age the parent typed (months since birth) and weeks early."""
    if weeks_early <= 0 or age_months >= CORRECT_UNTIL_MONTHS:
        return max(0.0, age_months)
    return max(0.0, age_months - 7 * weeks_early / AVERAGE_MONTH_DAYS)
