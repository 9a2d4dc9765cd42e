"""The guess about the cord from the age alone: the catalog's number of days decides it, and a
healing date in the profile always wins over the guess."""

from __future__ import annotations

from datetime import date, timedelta

from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.safety_check import KnownFacts

TODAY = date(2026, 9, 1)


def test_the_guess_turns_on_the_catalogs_day(catalog) -> None:
    check = catalog.safety.check
    days = check.cord_usually_healed_days
    assert not check.cord_likely_healed(days - 1)
    assert check.cord_likely_healed(days)
    assert not check.cord_likely_healed(0)


def test_a_profile_without_a_healing_date_gives_the_guess_only(catalog) -> None:
    check = catalog.safety.check
    days = check.cord_usually_healed_days
    for age, guess in ((days - 1, False), (days, True)):
        baby = BabyProfile(name="Mia", birth_date=TODAY - timedelta(days=age))
        known = KnownFacts.from_profile(baby, TODAY, check)
        assert known.cord_healed is None  # never an answer given for the parent
        assert known.cord_guess is guess and known.age_days == age


def test_a_healing_date_is_the_answer_and_there_is_no_guess(catalog) -> None:
    check = catalog.safety.check
    young = TODAY - timedelta(days=check.cord_usually_healed_days - 5)
    baby = BabyProfile(name="Mia", birth_date=young, cord_healed_on=young + timedelta(days=3))
    known = KnownFacts.from_profile(baby, TODAY, check)
    assert known.cord_healed is True and known.cord_guess is None
