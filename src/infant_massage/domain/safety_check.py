"""The pre-session safety check: the answers change what is offered, not just what is said."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from infant_massage.domain.catalog import Catalog, SafetyCheckSettings, Technique
from infant_massage.domain.corrected_age import born_preterm
from infant_massage.domain.profile import BabyProfile


class Blocker(StrEnum):
    """A reason the baby should not be massaged now (practice on a doll instead)."""

    UNWELL = "unwell"
    VACCINATION = "vaccination"
    RECENT_FEED = "recent_feed"
    NOTHING_LEFT = "nothing_left"


class Exclusion(StrEnum):
    """Why one technique on one area is left out today."""

    SKIN = "skin"  # broken skin, redness or swelling on that area
    TOO_YOUNG = "too_young"
    CORD = "cord"  # the cord stump or navel has not healed
    NEWBORN_LIGHT = "newborn_light"  # newborns get only the lightest touch


@dataclass(frozen=True)
class KnownFacts:
    """What the chosen baby's profile tells the safety check; None where it does not say."""

    name: str | None = None
    age_months: float | None = None  # since the birth, as the parent would say it
    weeks_early: int | None = None
    cord_healed: bool | None = None  # the profile gives the date the cord healed
    cord_guess: bool | None = None  # no date: a guess from the age alone, shown as a guess
    age_days: int | None = None

    @classmethod
    def from_profile(
        cls, profile: BabyProfile, today: date, check: SafetyCheckSettings
    ) -> KnownFacts:
        healed = profile.cord_healed(today) if profile.cord_healed_on is not None else None
        days = profile.age_days(today)
        return cls(
            name=profile.name,
            age_months=profile.age_months(today),
            weeks_early=profile.weeks_early,
            cord_healed=healed,
            cord_guess=None if healed is not None else check.cord_likely_healed(days),
            age_days=days,
        )


@dataclass(frozen=True)
class CheckAnswers:
    age_months: float  # the corrected age for a baby born early: every age gate uses it
    weeks_early: int = 0
    unwell: bool = False
    vaccinated_recently: bool = False
    minutes_since_feed: int | None = None  # None: the parent did not say
    cord_healed: bool = True
    skin_problem_areas: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Verdict:
    answers: CheckAnswers
    blockers: tuple[Blocker, ...]
    minutes_to_wait: int  # after a recent feed; 0 when there is nothing to wait for
    oil_allowed: bool
    excluded: dict[tuple[str, str], Exclusion] = field(default_factory=dict)
    skipped_areas: tuple[str, ...] = ()  # areas with nothing left to do today

    @property
    def allowed(self) -> bool:
        return not self.blockers

    @property
    def remind_feed_wait(self) -> bool:
        """The parent is not sure when the baby last fed: the wait after a feed still applies."""
        return self.answers.minutes_since_feed is None

    @property
    def ask_professional_first(self) -> bool:
        """Born early (before 37 weeks): a health professional's word first."""
        return born_preterm(self.answers.weeks_early)

    def offers(self, technique_id: str, area_id: str) -> bool:
        return (technique_id, area_id) not in self.excluded


def _exclusion(
    technique: Technique, area_id: str, answers: CheckAnswers, light_only: list[str] | None
) -> Exclusion | None:
    application = technique.application_for(area_id)
    assert application is not None
    if area_id in answers.skin_problem_areas:
        return Exclusion.SKIN
    if technique.min_age_on(area_id) > answers.age_months:
        return Exclusion.TOO_YOUNG
    if application.requires_healed_cord and not answers.cord_healed:
        return Exclusion.CORD
    if light_only is not None and technique.id not in light_only:
        return Exclusion.NEWBORN_LIGHT
    return None


def evaluate(
    catalog: Catalog, answers: CheckAnswers, feed_wait_minutes: int | None = None
) -> Verdict:
    """Apply the catalog's safety rules to today's answers."""
    settings = catalog.safety.check
    wait_after_feed = settings.feed_wait_minutes if feed_wait_minutes is None else feed_wait_minutes
    blockers: list[Blocker] = []
    if answers.unwell:
        blockers.append(Blocker.UNWELL)
    if answers.vaccinated_recently:
        blockers.append(Blocker.VACCINATION)
    minutes_to_wait = 0
    if answers.minutes_since_feed is not None and answers.minutes_since_feed < wait_after_feed:
        minutes_to_wait = wait_after_feed - answers.minutes_since_feed
        blockers.append(Blocker.RECENT_FEED)

    limit = catalog.routines.limit_for(answers.age_months)
    light_only = limit.techniques if limit else None
    excluded: dict[tuple[str, str], Exclusion] = {}
    skipped = []
    for area in catalog.areas:
        left = 0
        for technique in catalog.techniques_on(area.id):
            reason = _exclusion(technique, area.id, answers, light_only)
            if reason is None:
                left += 1
            else:
                excluded[(technique.id, area.id)] = reason
        if left == 0:
            skipped.append(area.id)
    if len(skipped) == len(catalog.areas):
        blockers.append(Blocker.NOTHING_LEFT)
    return Verdict(
        answers=answers,
        blockers=tuple(blockers),
        minutes_to_wait=minutes_to_wait,
        oil_allowed=answers.age_months >= settings.no_oil_under_months,
        excluded=excluded,
        skipped_areas=tuple(skipped),
    )
