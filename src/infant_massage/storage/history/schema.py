"""The history database's schema, version by version: forward migrations only, never rewritten.

A migration that shipped is frozen: a database made by any earlier release is brought up to date
by running the later steps in order, each inside one transaction, so a failure leaves the file as
it was. `PRAGMA user_version` says which steps a file has had.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from infant_massage.domain.session_record import StepRecord
from infant_massage.storage.history.rows import area_rows


def _run(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, which would split a migration's transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1(conn: sqlite3.Connection) -> None:
    # The first release: profiles and sessions, steps kept as JSON.
    _run(
        conn,
        """
        CREATE TABLE babies (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            birth_date TEXT NOT NULL,
            cord_healed_on TEXT,
            notes TEXT NOT NULL DEFAULT '',
            demo INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            baby_id TEXT REFERENCES babies(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            routine TEXT,
            practice INTEGER NOT NULL DEFAULT 0,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            planned_seconds REAL NOT NULL,
            steps TEXT NOT NULL DEFAULT '[]',
            outcome TEXT NOT NULL,
            stop_reason TEXT,
            response TEXT,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX sessions_by_start ON sessions(started_at);
        """,
    )


def _v2(conn: sqlite3.Connection) -> None:
    # Crash recovery needs to know who wrote a running checkpoint and when; the history view and
    # its charts need per-session totals and per-area rows without parsing JSON for 100k rows,
    # and indexes that cover the table's order (newest first, id breaking ties) so that a page
    # deep in the list is found in the index alone.
    _run(
        conn,
        """
        ALTER TABLE sessions ADD COLUMN done_seconds REAL NOT NULL DEFAULT 0;
        ALTER TABLE sessions ADD COLUMN areas TEXT NOT NULL DEFAULT '';
        ALTER TABLE sessions ADD COLUMN owner TEXT;
        ALTER TABLE sessions ADD COLUMN owner_pid INTEGER;
        ALTER TABLE sessions ADD COLUMN heartbeat_at TEXT;
        DROP INDEX sessions_by_start;
        CREATE INDEX sessions_by_time ON sessions(started_at, id);
        CREATE INDEX sessions_by_baby ON sessions(baby_id, started_at, id);
        CREATE INDEX sessions_running ON sessions(outcome) WHERE outcome = 'running';
        CREATE TABLE session_areas (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            area TEXT NOT NULL,
            seconds REAL NOT NULL,
            stopped_here INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, area)
        ) WITHOUT ROWID;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """,
    )
    rows = conn.execute("SELECT id, steps, outcome, stop_reason FROM sessions").fetchall()
    for session_id, steps_json, outcome, stop_reason in rows:
        steps = [StepRecord.model_validate(step) for step in json.loads(steps_json)]
        areas = area_rows(steps, outcome, stop_reason)
        done = sum(step.done_seconds for step in steps)
        conn.execute(
            "UPDATE sessions SET done_seconds = ?, areas = ? WHERE id = ?",
            (done, " ".join(a.area for a in areas if a.seconds > 0), session_id),
        )
        conn.executemany(
            "INSERT INTO session_areas VALUES (?, ?, ?, ?)",
            [(session_id, a.area, a.seconds, int(a.stopped_here)) for a in areas],
        )


def _v3(conn: sqlite3.Connection) -> None:
    # A baby born early: how many weeks before the due date, so that the app can decide with the
    # corrected age. Every baby made before this was on time as far as the app knows.
    _run(
        conn,
        """
        ALTER TABLE babies ADD COLUMN weeks_early INTEGER NOT NULL DEFAULT 0
            CHECK (weeks_early BETWEEN 0 AND 40);
        """,
    )


def _v4(conn: sqlite3.Connection) -> None:
    # The charts add up the per-area rows of half a year of sessions. Keyed by the session's id
    # (random), those rows lay all over the table, so the charts read nearly all of it; keyed
    # by the session's start first, they lie together in time order, as the sessions' index
    # does, and one pass reads the two side by side. The sessions' index by time carries what
    # the charts filter on, so that the sessions' rows (steps, notes) are not read at all.
    _run(
        conn,
        """
        CREATE TABLE session_areas_by_time (
            started_at TEXT NOT NULL,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            area TEXT NOT NULL,
            seconds REAL NOT NULL,
            stopped_here INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (started_at, session_id, area)
        ) WITHOUT ROWID;
        INSERT INTO session_areas_by_time
            SELECT s.started_at, a.session_id, a.area, a.seconds, a.stopped_here
            FROM session_areas a JOIN sessions s ON s.id = a.session_id;
        DROP TABLE session_areas;
        ALTER TABLE session_areas_by_time RENAME TO session_areas;
        CREATE INDEX session_areas_by_session ON session_areas(session_id);
        DROP INDEX sessions_by_time;
        CREATE INDEX sessions_by_time
            ON sessions(started_at, id, practice, outcome, stop_reason, baby_id);
        """,
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4]
SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchemaError(RuntimeError):
    """The file was written by a newer release of the app; this one must not touch it."""

    def __init__(self, version: int) -> None:
        super().__init__(
            f"the history file is from a newer version of the app (schema {version}, "
            f"this one knows up to {SCHEMA_VERSION})"
        )
        self.version = version


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to `target`; returns the version it had before.

    The connection must be in autocommit mode (isolation_level=None): each step runs in its own
    explicit transaction together with the version bump.
    """
    found = schema_version(conn)
    _refuse_newer(found)
    while True:
        # Under the write lock, read the version again: a second copy starting at the same
        # moment may have just done this step.
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = schema_version(conn) + 1
            _refuse_newer(version - 1)
            if version > target:
                conn.execute("COMMIT")
                return found
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def _refuse_newer(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(version)
