"""The history as the app relies on it: profiles, sessions in and out, filters, charts, trouble.

`make_session` and `opened_store` are shared with the other history tests.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from history_helpers import SmallDisk, file_connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import (
    Outcome,
    Response,
    SessionKind,
    SessionRecord,
    StepRecord,
    StopReason,
)
from infant_massage.storage.data_dir import DataDir, open_data_dir
from infant_massage.storage.history.notices import NoticeKind
from infant_massage.storage.history.opening import HISTORY_FILE, connect, open_history
from infant_massage.storage.history.queries import HistoryFilter, weeks_between
from infant_massage.storage.history.store import HistoryError, HistoryStore

NOW = datetime(2026, 11, 24, 10, 40, tzinfo=UTC)
AREAS = ["face", "chest", "abdomen", "back", "arms", "hands", "legs", "feet"]


def make_session(
    baby: BabyProfile | None = None,
    started: datetime = NOW,
    areas: tuple[str, ...] = ("face", "chest"),
    done: float = 60.0,
    outcome: Outcome = Outcome.COMPLETED,
    stop_reason: StopReason | None = None,
    practice: bool = False,
    note: str = "",
    response: Response | None = None,
) -> SessionRecord:
    steps = [
        StepRecord(area=area, technique="stroking", planned_seconds=60, done_seconds=done)
        for area in areas
    ]
    return SessionRecord(
        baby_id=baby.id if baby else None,
        kind=SessionKind.ROUTINE if len(areas) > 1 else SessionKind.AREA,
        routine="full_body" if len(areas) > 1 else None,
        practice=practice,
        started_at=started,
        ended_at=None if outcome is Outcome.RUNNING else started + timedelta(minutes=5),
        planned_seconds=60.0 * len(areas),
        steps=steps,
        outcome=outcome,
        stop_reason=stop_reason,
        response=response,
        note=note,
    )


def opened_store(folder: Path, disk: SmallDisk | None = None) -> HistoryStore:
    opened = open_history(open_data_dir(folder), opener=disk.open if disk else connect)
    assert opened.notices == []
    return opened.store


@pytest.fixture
def store(tmp_path: Path, disk: SmallDisk):
    history = opened_store(tmp_path / "data", disk)
    yield history
    history.close()


@pytest.fixture
def twins(store: HistoryStore) -> tuple[BabyProfile, BabyProfile]:
    mia = BabyProfile(name="Mia", birth_date=date(2026, 6, 2), cord_healed_on=date(2026, 6, 14))
    noah = BabyProfile(name="Noah", birth_date=date(2026, 6, 2), notes="Mia's twin")
    store.save_profile(mia)
    store.save_profile(noah)
    return mia, noah


# --- storage basics ---------------------------------------------------------------------------


def test_the_file_is_in_the_data_folder_with_wal_and_foreign_keys(tmp_path: Path, store) -> None:
    assert store.path == tmp_path / "data" / HISTORY_FILE
    assert store.saving
    with file_connection(store.path) as conn:  # write-ahead logging is a mark in the file
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_moment_of_another_writer_is_waited_out(store, twins) -> None:
    # Another program (a backup tool, say) holds the write lock for a moment: the session is
    # saved once it lets go, not refused as "database is locked".
    record = make_session(twins[0])
    other = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, other.execute, ("COMMIT",))
    release.start()
    try:
        store.finish(record)
    finally:
        release.join()
        other.close()
    assert store.notice is None and store.session(record.id) == record


def test_times_are_kept_in_utc_text(store, twins) -> None:
    local = datetime(2026, 11, 24, 9, 0, tzinfo=timezone_plus(2))
    record = make_session(twins[0], started=local)
    store.finish(record)
    with file_connection(store.path) as conn:
        raw = conn.execute("SELECT started_at FROM sessions").fetchone()[0]
    assert raw == "2026-11-24T07:00:00.000000+00:00"
    assert store.session(record.id).started_at == local


def timezone_plus(hours: int):
    from datetime import timezone

    return timezone(timedelta(hours=hours))


# --- profiles ---------------------------------------------------------------------------------


def test_twins_and_a_demo_profile_are_listed_real_babies_first(store, twins) -> None:
    demo = BabyProfile(name="Class demo", birth_date=date(2026, 8, 1), demo=True)
    store.save_profile(demo)
    assert [p.name for p in store.profiles()] == ["Mia", "Noah", "Class demo"]
    assert store.profile(twins[1].id) == twins[1]


def test_editing_a_profile_keeps_its_sessions(store, twins) -> None:
    mia = twins[0]
    store.finish(make_session(mia))
    store.save_profile(mia.model_copy(update={"name": "Mia Rose"}))
    assert store.session_rows()[0].baby_name == "Mia Rose"


def test_deleting_a_profile_deletes_its_sessions_only(store, twins) -> None:
    mia, noah = twins
    store.finish(make_session(mia))
    store.finish(make_session(mia, started=NOW - timedelta(days=1)))
    store.finish(make_session(noah))
    assert store.delete_profile(mia.id) == 2
    assert [p.name for p in store.profiles()] == ["Noah"]
    assert [row.baby_name for row in store.session_rows()] == ["Noah"]
    with file_connection(store.path) as conn:  # the baby's sessions went with their areas
        assert conn.execute("SELECT count(*) FROM session_areas").fetchone()[0] == 2


def test_the_chosen_baby_is_remembered_between_runs(tmp_path: Path) -> None:
    first = opened_store(tmp_path)
    mia = BabyProfile(name="Mia", birth_date=date(2026, 6, 2))
    first.save_profile(mia)
    first.set_chosen_baby_id(mia.id)
    first.close()
    second = opened_store(tmp_path)
    assert second.chosen_baby_id() == mia.id
    second.delete_profile(mia.id)
    assert second.chosen_baby_id() is None
    second.close()


def test_a_bad_profile_is_refused_before_it_reaches_the_file(store) -> None:
    profile = BabyProfile(name="Mia", birth_date=date(2026, 6, 2))
    profile.name = ""  # pydantic does not check assignments; the store does
    with pytest.raises(ValidationError):
        store.save_profile(profile)
    assert store.profiles() == []


# --- sessions ---------------------------------------------------------------------------------


def test_checkpoints_then_finish_leave_one_finished_session(store, twins) -> None:
    record = make_session(twins[0], outcome=Outcome.RUNNING, done=0)
    store.checkpoint(record)
    record.steps[0].done_seconds = 30
    store.checkpoint(record)
    assert store.session(record.id).steps[0].done_seconds == 30
    assert store.session(record.id).outcome is Outcome.RUNNING
    record.outcome = Outcome.STOPPED
    record.stop_reason = StopReason.ASLEEP
    record.ended_at = NOW + timedelta(minutes=1)
    store.finish(record)
    store.checkpoint(record.model_copy(update={"outcome": Outcome.RUNNING}))  # a late timer tick
    saved = store.session(record.id)
    assert saved == record
    assert store.count_sessions() == 1


def test_a_session_whose_baby_was_deleted_meanwhile_is_kept(store, twins) -> None:
    mia = twins[0]
    record = make_session(mia, outcome=Outcome.RUNNING)
    store.checkpoint(record)
    store.delete_profile(mia.id)  # e.g. from another copy of the app
    record.outcome = Outcome.COMPLETED
    record.ended_at = NOW + timedelta(minutes=5)
    store.finish(record)
    assert store.notice is None
    assert store.session(record.id).baby_id is None
    store.finish(make_session(twins[1]))  # and nothing is stuck behind it
    assert store.count_sessions() == 2


def test_a_record_broken_after_it_was_made_is_refused(store) -> None:
    record = make_session()
    record.steps[0].done_seconds = -5
    with pytest.raises(ValidationError):
        store.finish(record)
    assert store.count_sessions() == 0


def test_a_row_damaged_in_the_file_is_not_passed_on(store) -> None:
    record = make_session()
    store.finish(record)
    with file_connection(store.path) as conn:
        conn.execute("UPDATE sessions SET steps = '[{\"area\": 5}]'")
    assert store.session(record.id) is None
    assert record.id in store.damaged
    with file_connection(store.path) as conn:  # and left as it was found
        assert conn.execute("SELECT steps FROM sessions").fetchone()[0] == '[{"area": 5}]'


steps = st.builds(
    StepRecord,
    area=st.sampled_from(AREAS),
    technique=st.sampled_from(["stroking", "kneading", "pressing", "pushing"]),
    planned_seconds=st.floats(0, 3600),
    done_seconds=st.floats(0, 3600),
    skipped=st.booleans(),
)
records = st.builds(
    SessionRecord,
    kind=st.sampled_from(SessionKind),
    practice=st.booleans(),
    started_at=st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)
    ),
    planned_seconds=st.floats(0, 7200),
    steps=st.lists(steps, max_size=8),
    outcome=st.sampled_from([Outcome.COMPLETED, Outcome.STOPPED, Outcome.INTERRUPTED]),
    stop_reason=st.none() | st.sampled_from(StopReason),
    response=st.none() | st.sampled_from(Response),
    note=st.text(
        st.characters(exclude_categories=("Cc", "Cs")) | st.sampled_from("\n\r"), max_size=200
    ),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(record=records)
def test_any_valid_session_comes_back_exactly(store, record: SessionRecord) -> None:
    store.finish(record)
    assert store.session(record.id) == record
    assert store.delete_session(record.id) == record


# --- the history view's queries ---------------------------------------------------------------


def test_newest_first_in_pages_that_neither_overlap_nor_skip(store, twins) -> None:
    for day in range(25):
        store.finish(make_session(twins[day % 2], started=NOW - timedelta(days=day)))
    store.finish(make_session(twins[0], started=NOW))  # same moment as another: id breaks the tie
    pages = [store.session_rows(None, offset, 7) for offset in range(0, 26, 7)]
    ids = [row.id for page in pages for row in page]
    assert len(ids) == len(set(ids)) == store.count_sessions() == 26
    starts = [row.started_at for page in pages for row in page]
    assert starts == sorted(starts, reverse=True)


def test_filter_by_baby_and_date_range(store, twins) -> None:
    mia, noah = twins
    for day in range(10):
        store.finish(make_session(mia, started=NOW - timedelta(days=day)))
        store.finish(make_session(noah, started=NOW - timedelta(days=day, hours=1)))
    only_mia = HistoryFilter(baby_id=mia.id)
    assert store.count_sessions(only_mia) == 10
    assert {row.baby_name for row in store.session_rows(only_mia, 0, 100)} == {"Mia"}
    span = HistoryFilter(
        baby_id=noah.id, since=NOW - timedelta(days=3), until=NOW - timedelta(days=1)
    )
    shown = store.session_rows(span, 0, 100)
    assert [row.started_at for row in shown] == [
        NOW - timedelta(days=1, hours=1),
        NOW - timedelta(days=2, hours=1),
    ]
    assert store.count_sessions(span) == 2


def test_delete_returns_the_session_and_restore_puts_it_back(store, twins) -> None:
    record = make_session(twins[0], outcome=Outcome.STOPPED, stop_reason=StopReason.CRYING)
    store.finish(record)
    weeks = weeks_between(record.started_at.date(), record.started_at.date())
    before = store.chart_sums(None, weeks)
    assert before.minutes_per_area()
    deleted = store.delete_session(record.id)
    assert deleted == record and store.count_sessions() == 0
    assert store.chart_sums(None, weeks).minutes_per_area() == {}
    store.restore_session(deleted)
    assert store.session(record.id) == record
    assert store.chart_sums(None, weeks) == before


def test_edit_a_note(store, twins) -> None:
    record = make_session(twins[0])
    store.finish(record)
    store.update_note(record.id, "Loved the feet today.")
    assert store.session(record.id).note == "Loved the feet today."
    with pytest.raises(ValidationError):
        store.update_note(record.id, "x" * 2001)
    with pytest.raises(HistoryError):
        store.update_note("0" * 32, "gone")


# --- charts -----------------------------------------------------------------------------------


def test_sessions_per_week_minutes_per_area_leave_out_practice(store, twins) -> None:
    mia = twins[0]
    monday = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    store.finish(make_session(mia, started=monday, areas=("face",), done=120))
    store.finish(make_session(mia, started=monday + timedelta(days=2), areas=("face", "legs")))
    store.finish(make_session(mia, started=monday - timedelta(days=7), areas=("legs",)))
    store.finish(make_session(mia, started=monday, areas=("back",), practice=True))
    store.checkpoint(make_session(mia, started=monday, areas=("feet",), outcome=Outcome.RUNNING))
    chosen = HistoryFilter(baby_id=mia.id)
    sums = store.chart_sums(chosen, weeks_between(date(2026, 11, 9), date(2026, 11, 29)))
    assert sums.sessions == {date(2026, 11, 9): 0, date(2026, 11, 16): 1, date(2026, 11, 23): 2}
    assert sums.minutes_per_area() == {"face": 3.0, "legs": 2.0}


def test_stops_are_counted_where_they_happened_but_falling_asleep_is_not(store, twins) -> None:
    mia = twins[0]
    cried = make_session(mia, areas=("face", "abdomen", "legs"), outcome=Outcome.STOPPED)
    cried.stop_reason = StopReason.CRYING
    cried.steps[2].done_seconds = 0  # crying began during the tummy, before the legs
    slept = make_session(
        mia, areas=("abdomen",), outcome=Outcome.STOPPED, stop_reason=StopReason.ASLEEP
    )
    store.finish(cried)
    store.finish(slept)
    weeks = weeks_between(cried.started_at.date(), slept.started_at.date())
    by_area = {(w.area): (w.sessions, w.stops) for w in store.chart_sums(None, weeks).areas}
    assert by_area == {"face": (1, 0), "abdomen": (2, 1)}


# --- trouble ----------------------------------------------------------------------------------


def test_a_garbage_file_is_copied_aside_and_a_new_one_started(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / HISTORY_FILE).write_bytes(b"this is not a database" * 100)
    opened = open_history(open_data_dir(data), now=lambda: datetime(2026, 11, 24, 10, 40))
    [notice] = opened.notices
    assert notice.kind is NoticeKind.SALVAGED and notice.sessions == 0
    assert notice.path == data / "history-2026-11-24T10-40-00.corrupt.sqlite3"
    assert notice.path.read_bytes() == b"this is not a database" * 100
    assert str(notice.path) in notice.english()
    opened.store.finish(make_session())
    assert opened.store.count_sessions() == 1 and opened.store.saving
    opened.store.close()


def test_a_file_damaged_inside_is_copied_aside_and_salvaged(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = opened_store(data)
    for day in range(300):
        store.finish(make_session(started=NOW - timedelta(days=day), note="n" * 500))
    store.close()
    path = data / HISTORY_FILE
    raw = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, len(raw) - page, page * 5):  # scribble over some pages
        raw[offset : offset + 200] = b"\xff" * 200
    path.write_bytes(bytes(raw))
    opened = open_history(open_data_dir(data))
    assert [n.kind for n in opened.notices] == [NoticeKind.SALVAGED]
    assert opened.notices[0].path.read_bytes() == bytes(raw)
    recovered = opened.store.count_sessions()
    assert recovered == opened.notices[0].sessions
    assert 200 < recovered < 300  # the scribbled pages' rows are gone, the others are back
    opened.store.close()


def test_an_unwritable_folder_shows_the_history_but_saves_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = opened_store(data)
    store.finish(make_session(note="kept"))
    store.close()
    before = (data / HISTORY_FILE).read_bytes()
    locked = DataDir(data, writable=False, problem=f"cannot write to {data}: Read-only")
    opened = open_history(locked)
    assert [n.kind for n in opened.notices] == [NoticeKind.NOT_SAVING]
    assert "Read-only" in opened.notices[0].english()
    memory = opened.store
    assert not memory.saving
    assert [row.note for row in memory.session_rows()] == ["kept"]
    memory.finish(make_session(note="this run only"))  # the app works; it just does not save
    assert memory.count_sessions() == 2
    memory.close()
    assert (data / HISTORY_FILE).read_bytes() == before


def test_a_full_disk_keeps_the_session_and_saves_it_when_there_is_room(store, twins, disk) -> None:
    heard = []
    store.add_listener(heard.append)
    disk.fill()
    finished = []
    while not heard and len(finished) < 100:  # the free room in the last pages runs out
        finished.append(make_session(twins[0], areas=tuple(AREAS), note="x" * 1500))
        store.finish(finished[-1])
    assert heard and heard[-1].kind is NoticeKind.SAVE_FAILED
    assert "disk is full" in heard[-1].english()
    assert store.session(finished[-1].id) is None
    disk.make_room()
    store.checkpoint(make_session(twins[1], outcome=Outcome.RUNNING))
    assert [store.session(r.id) for r in finished] == finished
    assert heard[-1] is None and store.notice is None


def test_a_profile_that_cannot_be_saved_says_why(store, disk) -> None:
    disk.fill()
    with pytest.raises(HistoryError, match="disk is full"):
        for n in range(200):
            store.save_profile(BabyProfile(name=f"Baby {n}", birth_date=date(2026, 1, 1)))


def test_a_history_from_a_newer_app_is_left_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    opened_store(data).close()
    with sqlite3.connect(data / HISTORY_FILE) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = (data / HISTORY_FILE).read_bytes()
    opened = open_history(open_data_dir(data))
    assert [n.kind for n in opened.notices] == [NoticeKind.NEWER]
    assert opened.notices[0].version == 99 and "schema 99" in opened.notices[0].english()
    assert not opened.store.saving and not opened.store.whole
    opened.store.close()
    assert (data / HISTORY_FILE).read_bytes() == before
