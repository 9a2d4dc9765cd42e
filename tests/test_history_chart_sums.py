"""The charts' sums, added up by SQLite week by week, against the plain sum of the records.

Local weeks are the point: sessions near midnight, a summer-time change and a zone whose offset
is not whole hours, with a period that starts in the middle of a week.
"""

from __future__ import annotations

import os
import random
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from test_history_store import AREAS, make_session, opened_store

from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import Outcome, SessionRecord, StopReason
from infant_massage.storage.history.queries import (
    AreaWeek,
    HistoryFilter,
    local_midnight,
    weeks_between,
)
from infant_massage.storage.history.rows import stopped_area

FIRST, LAST = date(2026, 9, 2), date(2026, 11, 24)  # a Wednesday; summer time ends between


@pytest.fixture(params=["Europe/Berlin", "Asia/Kathmandu", "America/Sao_Paulo"])
def local_zone(request) -> Iterator[str]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def some_sessions(babies: list[BabyProfile], count: int) -> list[SessionRecord]:
    rng = random.Random(12)
    start = datetime.combine(FIRST - timedelta(days=9), datetime.min.time(), UTC)
    records = []
    for _ in range(count):
        # Many close to a local midnight, where a wrong week or day would show.
        started = start + timedelta(days=rng.randint(0, 95), minutes=rng.choice([0, 1, 359, 1439]))
        started += timedelta(minutes=rng.randint(-90, 90) if rng.random() < 0.5 else 0)
        areas = tuple(rng.sample(AREAS, rng.randint(1, 5)))
        outcome = rng.choice([Outcome.COMPLETED, Outcome.STOPPED, Outcome.INTERRUPTED])
        record = make_session(
            rng.choice([*babies, None]),
            started,
            areas,
            done=rng.randint(1, 90),
            outcome=outcome,
            stop_reason=rng.choice(list(StopReason)) if outcome is Outcome.STOPPED else None,
            practice=rng.random() < 0.1,
        )
        if outcome is Outcome.STOPPED:  # stopped during one step: the later ones not done
            cut = rng.randrange(len(areas))
            for later in record.steps[cut + 1 :]:
                later.done_seconds = 0
        records.append(record)
    running = make_session(babies[0], started, ("face",), outcome=Outcome.RUNNING)
    return [*records, running]


def plain_sums(
    records: list[SessionRecord], chosen: HistoryFilter
) -> tuple[dict[date, int], list[AreaWeek]]:
    """The sums worked out record by record, as a parent would count them by hand."""
    weeks = weeks_between(FIRST, LAST)
    per_week = dict.fromkeys(weeks, 0)
    cells: dict[tuple[date, str], list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for record in records:
        if record.practice or record.outcome is Outcome.RUNNING:
            continue
        if chosen.baby_id is not None and record.baby_id != chosen.baby_id:
            continue
        if not chosen.since <= record.started_at < chosen.until:
            continue
        day = record.started_at.astimezone().date()
        week = day - timedelta(days=day.weekday())
        per_week[week] += 1
        done: Counter[str] = Counter()
        for step in record.steps:
            if step.done_seconds > 0:
                done[step.area] += step.done_seconds
        stopped = stopped_area(record.steps, record.outcome, record.stop_reason)
        for area in {*done, *([stopped] if stopped else [])}:
            cell = cells[week, area]
            cell[0] += 1
            cell[1] += area == stopped and record.stop_reason is not StopReason.ASLEEP
            cell[2] += done[area]
    rows = [AreaWeek(week, area, n, stops, s) for (week, area), (n, stops, s) in cells.items()]
    return per_week, sorted(rows, key=lambda row: (row.week, row.area))


def test_the_charts_sums_are_the_records_added_up_by_local_week(tmp_path, local_zone) -> None:
    store = opened_store(tmp_path / "data")
    babies = [BabyProfile(name=name, birth_date=date(2026, 6, 2)) for name in ("Mia", "Noah")]
    for baby in babies:
        store.save_profile(baby)
    records = some_sessions(babies, 400)
    for record in records:
        if record.outcome is Outcome.RUNNING:
            store.checkpoint(record)
        else:
            store.finish(record)
    period = {"since": local_midnight(FIRST), "until": local_midnight(LAST + timedelta(days=1))}
    try:
        for baby_id in (None, babies[1].id):
            chosen = HistoryFilter(baby_id=baby_id, **period)
            sums = store.chart_sums(chosen, weeks_between(FIRST, LAST))
            per_week, rows = plain_sums(records, chosen)
            assert sums.sessions == per_week
            assert sorted(sums.areas, key=lambda row: (row.week, row.area)) == rows
            assert sum(per_week.values()) > 100 and any(row.stops for row in rows)
    finally:
        store.close()
