"""A history written by the first release opens in this one with every row kept."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from history_helpers import file_connection

from infant_massage.domain.session_record import Outcome
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history import schema as history_schema
from infant_massage.storage.history.opening import HISTORY_FILE, open_history
from infant_massage.storage.history.queries import HistoryFilter, weeks_between
from infant_massage.storage.history.schema import SCHEMA_VERSION, migrate, schema_version

# The first release's schema, frozen here as it shipped: if migration 1 ever changes, this
# fixture no longer matches and test_migration_one_is_frozen says so.
VERSION_1 = """
CREATE TABLE babies (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, birth_date TEXT NOT NULL, cord_healed_on TEXT,
    notes TEXT NOT NULL DEFAULT '', demo INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY, baby_id TEXT REFERENCES babies(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, routine TEXT, practice INTEGER NOT NULL DEFAULT 0,
    started_at TEXT NOT NULL, ended_at TEXT, planned_seconds REAL NOT NULL,
    steps TEXT NOT NULL DEFAULT '[]', outcome TEXT NOT NULL, stop_reason TEXT, response TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_start ON sessions(started_at);
PRAGMA user_version = 1;
"""

MIA = "a" * 32
NOAH = "b" * 32


def step(area: str, done: float, skipped: bool = False) -> dict:
    return {
        "area": area,
        "technique": "stroking",
        "planned_seconds": 60.0,
        "done_seconds": done,
        "skipped": skipped,
    }


SESSIONS = [
    # id, baby, practice, started, steps, outcome, stop reason, response, note
    ("1" * 32, MIA, 0, "2026-10-01T08:00:00.000000+00:00", [step("face", 60)], "completed",
     None, "calm", "first time"),
    ("2" * 32, MIA, 0, "2026-10-02T08:00:00.000000+00:00",
     [step("chest", 60), step("abdomen", 20), step("legs", 0)], "stopped", "crying", None, ""),
    ("3" * 32, NOAH, 0, "2026-10-02T09:00:00.000000+00:00",
     [step("back", 90), step("feet", 0, skipped=True)], "interrupted", None, None, ""),
    ("4" * 32, None, 1, "2026-10-03T18:30:00.000000+00:00", [step("arms", 45)], "completed",
     None, None, "doll practice"),
]  # fmt: skip


@pytest.fixture
def version_1_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    conn = sqlite3.connect(folder / HISTORY_FILE)
    conn.executescript(VERSION_1)
    conn.executemany(
        "INSERT INTO babies VALUES (?, ?, ?, ?, ?, ?)",
        [
            (MIA, "Mia", "2026-06-02", "2026-06-14", "", 0),
            (NOAH, "Noah", "2026-06-02", None, "twin", 0),
        ],
    )
    for sid, baby, practice, started, steps, outcome, reason, response, note in SESSIONS:
        conn.execute(
            "INSERT INTO sessions VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (sid, baby, "area", practice, started, started, 300.0, json.dumps(steps),
             outcome, reason, response, note),
        )  # fmt: skip
    conn.commit()
    conn.close()
    return folder


def test_migration_one_is_frozen() -> None:
    def schema(conn: sqlite3.Connection) -> set[tuple[str, str]]:
        rows = conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        return set(rows)

    frozen = sqlite3.connect(":memory:")
    frozen.executescript(VERSION_1)
    made = sqlite3.connect(":memory:", isolation_level=None)
    migrate(made, target=1)
    assert schema(made) == schema(frozen)
    for table in ("babies", "sessions"):
        columns = f"PRAGMA table_info({table})"
        assert made.execute(columns).fetchall() == frozen.execute(columns).fetchall()


def test_a_version_1_history_is_upgraded_keeping_every_row(version_1_folder: Path) -> None:
    opened = open_history(open_data_dir(version_1_folder))
    store = opened.store
    assert opened.notices == []
    with file_connection(store.path) as conn:
        assert schema_version(conn) == SCHEMA_VERSION > 1
    assert [p.name for p in store.profiles()] == ["Mia", "Noah"]
    assert store.profile(MIA).cord_healed_on == date(2026, 6, 14)
    assert store.count_sessions() == len(SESSIONS)
    for sid, baby, practice, started, steps, outcome, reason, response, note in SESSIONS:
        record = store.session(sid)
        assert record.baby_id == baby and record.practice == bool(practice)
        assert record.started_at == datetime.fromisoformat(started)
        assert [s.model_dump() for s in record.steps] == steps
        assert (record.outcome, record.stop_reason, record.response, record.note) == (
            outcome,
            reason,
            response,
            note,
        )
    # The new columns and per-area rows are filled from the old steps.
    rows = {row.id: row for row in store.session_rows(HistoryFilter(), 0, 10)}
    assert rows["2" * 32].areas == ["chest", "abdomen"]
    assert rows["2" * 32].done_seconds == 80
    weeks = weeks_between(date(2026, 9, 28), date(2026, 10, 4))  # the sessions' week
    assert store.chart_sums(HistoryFilter(baby_id=MIA), weeks).minutes_per_area() == {
        "face": 1.0,
        "chest": 1.0,
        "abdomen": 20 / 60,
    }
    stops = {(w.area, w.stops) for w in store.chart_sums(None, weeks).areas if w.stops}
    assert stops == {("abdomen", 1)}
    assert store.session("3" * 32).outcome is Outcome.INTERRUPTED
    store.close()


def test_an_upgraded_history_takes_new_sessions(version_1_folder: Path) -> None:
    from test_history_store import make_session

    store = open_history(open_data_dir(version_1_folder)).store
    record = make_session(started=datetime(2026, 11, 24, tzinfo=UTC))
    store.finish(record)
    assert store.session_rows()[0].id == record.id
    store.close()


def test_a_failed_migration_leaves_the_file_as_it_was(
    version_1_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def half_done(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE sessions ADD COLUMN done_seconds REAL")
        conn.execute("DELETE FROM sessions")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(history_schema, "MIGRATIONS", [history_schema.MIGRATIONS[0], half_done])
    conn = sqlite3.connect(version_1_folder / HISTORY_FILE, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, target=2)
    assert schema_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == len(SESSIONS)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(sessions)")]
    assert "done_seconds" not in columns
    conn.close()


def test_a_version_2_history_gains_weeks_early_and_keeps_its_babies(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    conn = sqlite3.connect(folder / HISTORY_FILE, isolation_level=None)
    migrate(conn, target=2)
    conn.execute(
        "INSERT INTO babies VALUES (?, ?, ?, ?, ?, ?)", (MIA, "Mia", "2026-06-02", None, "", 0)
    )
    conn.close()

    store = open_history(open_data_dir(folder)).store
    with file_connection(store.path) as conn:
        assert schema_version(conn) == SCHEMA_VERSION >= 3
    mia = store.profile(MIA)
    assert (mia.name, mia.birth_date, mia.weeks_early) == ("Mia", date(2026, 6, 2), 0)
    # A baby born early is kept as told, and the corrected age follows from it.
    store.save_profile(mia.model_copy(update={"weeks_early": 8}))
    assert store.profile(MIA).weeks_early == 8
    store.close()
    reopened = open_history(open_data_dir(folder)).store
    assert reopened.profile(MIA).weeks_early == 8
    reopened.close()


def test_a_version_1_history_upgrades_through_every_step(version_1_folder: Path) -> None:
    conn = sqlite3.connect(version_1_folder / HISTORY_FILE, isolation_level=None)
    assert migrate(conn) == 1
    columns = {row[1]: row for row in conn.execute("PRAGMA table_info(babies)")}
    assert columns["weeks_early"][3] == 1  # NOT NULL, 0 for every baby made before
    assert {row[0] for row in conn.execute("SELECT weeks_early FROM babies")} == {0}
    conn.close()
