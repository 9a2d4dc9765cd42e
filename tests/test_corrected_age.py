"""Babies born early: every age gate uses the age counted from the due date, until about two."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from infant_massage.domain import corrected_age
from infant_massage.domain.catalog import Catalog
from infant_massage.domain.corrected_age import (
    AVERAGE_MONTH_DAYS,
    CORRECT_UNTIL_MONTHS,
    MAX_WEEKS_EARLY,
    corrected_age_days,
    corrected_age_months,
)
from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.safety_check import CheckAnswers, evaluate

TODAY = date(2026, 11, 24)


def months_ago(months: float) -> date:
    return TODAY - timedelta(days=round(months * AVERAGE_MONTH_DAYS))


def what_is_offered(catalog: Catalog, age_months: float):
    verdict = evaluate(catalog, CheckAnswers(age_months=age_months))
    return (
        verdict.excluded,
        verdict.skipped_areas,
        verdict.oil_allowed,
        catalog.routines.limit_for(age_months),
        {
            area: [t.id for t in catalog.techniques_for(area, age_months)]
            for area in catalog.area_ids
        },
    )


def test_born_8_weeks_early_and_5_months_old_gets_what_a_3_month_old_gets(catalog) -> None:
    early = BabyProfile(name="Mia", birth_date=months_ago(5), weeks_early=8)
    on_time = BabyProfile(name="Noah", birth_date=months_ago(3))
    assert round(early.corrected_months(TODAY)) == 3
    assert early.age_is_corrected(TODAY) and not on_time.age_is_corrected(TODAY)
    assert what_is_offered(catalog, early.corrected_months(TODAY)) == what_is_offered(
        catalog, on_time.corrected_months(TODAY)
    )


def test_the_correction_moves_a_gate_for_a_baby_born_early(catalog) -> None:
    # Seven months since birth, but born eight weeks early: about five months from the due date,
    # too young for spinal pinching, which a seven-month-old born on time may have.
    pinching_age = catalog.technique("spinal_pinching").min_age_months
    early = BabyProfile(name="Mia", birth_date=months_ago(7), weeks_early=8)
    assert early.age_months(TODAY) >= pinching_age > early.corrected_months(TODAY)
    offered = what_is_offered(catalog, early.corrected_months(TODAY))[4]
    assert "spinal_pinching" not in offered["back"]
    assert "spinal_pinching" in what_is_offered(catalog, early.age_months(TODAY))[4]["back"]
    # Newborn limits too: three weeks old, born four weeks early, is not yet past the due date.
    newborn = BabyProfile(name="Ada", birth_date=TODAY - timedelta(weeks=3), weeks_early=4)
    assert newborn.corrected_days(TODAY) == 0
    assert not evaluate(
        catalog, CheckAnswers(age_months=newborn.corrected_months(TODAY))
    ).oil_allowed


births = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
weeks = st.integers(min_value=0, max_value=MAX_WEEKS_EARLY)


@given(births, weeks, st.integers(min_value=-30, max_value=4 * 366))
def test_corrected_age_is_the_age_from_the_due_date_until_about_two(born, early, days) -> None:
    today = born + timedelta(days=days)
    actual = max(0, days)
    corrected = corrected_age_days(born, early, today)
    assert 0 <= corrected <= actual
    if actual >= CORRECT_UNTIL_MONTHS * AVERAGE_MONTH_DAYS:
        assert corrected == actual  # after about two years the birthday counts again
    else:
        assert corrected == max(0, actual - 7 * early)
    assert corrected_age_months(born, early, today) == corrected / AVERAGE_MONTH_DAYS
    profile = BabyProfile(name="Baby", birth_date=born, weeks_early=early)
    assert profile.corrected_days(today) == corrected
    assert profile.age_is_corrected(today) == (corrected != actual)


@given(births, weeks, st.integers(min_value=0, max_value=4 * 366))
def test_corrected_age_never_goes_back_as_the_days_pass(born, early, days) -> None:
    today = born + timedelta(days=days)
    assert corrected_age_days(born, early, today + timedelta(days=1)) >= corrected_age_days(
        born, early, today
    )


@given(births, st.integers(min_value=0, max_value=4 * 366))
def test_a_baby_born_on_time_is_never_corrected(born, days) -> None:
    today = born + timedelta(days=days)
    assert corrected_age_days(born, 0, today) == corrected_age.age_days(born, today) == days


def test_born_early_means_before_37_weeks() -> None:
    assert not corrected_age.born_preterm(3)  # born at 37 weeks
    assert corrected_age.born_preterm(4)  # born at 36 weeks
