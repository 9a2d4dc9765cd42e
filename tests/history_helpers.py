"""Shared by the history tests: records, a filled data folder, the app in a subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import (
    Outcome,
    Response,
    SessionKind,
    SessionRecord,
    StepRecord,
    StopReason,
)
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history.opening import HISTORY_FILE, connect, open_history
from infant_massage.storage.history.rows import write_profile, write_session

NOW = datetime(2026, 11, 24, 10, 40, tzinfo=UTC)
AREAS = ("face", "chest", "abdomen", "back", "arms", "hands", "legs", "feet")


def session(
    baby: BabyProfile | None = None,
    started: datetime = NOW,
    areas: tuple[str, ...] = ("face", "chest"),
    note: str = "",
    outcome: Outcome = Outcome.COMPLETED,
) -> SessionRecord:
    return SessionRecord(
        baby_id=baby.id if baby else None,
        kind=SessionKind.ROUTINE if len(areas) > 1 else SessionKind.AREA,
        routine="full_body" if len(areas) > 1 else None,
        started_at=started,
        ended_at=None if outcome is Outcome.RUNNING else started + timedelta(minutes=5),
        planned_seconds=60.0 * len(areas),
        steps=[
            StepRecord(area=a, technique="stroking", planned_seconds=60, done_seconds=60)
            for a in areas
        ],
        outcome=outcome,
        stop_reason=StopReason.ASLEEP if outcome is Outcome.STOPPED else None,
        response=Response.CALM if outcome is Outcome.COMPLETED else None,
        note=note,
    )


@contextmanager
def file_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection of its own to the history file, as another program would open it: to read
    what is really on disk, or to damage it as a failing disk would. Each statement commits."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


class SmallDisk:
    """A disk the test fills up and clears at will: open_history(..., opener=disk.open) opens
    the history through it. Once `fill()`ed, every write that needs a new page fails with
    SQLITE_FULL, as on a full disk (SQLite's page limit, which belongs to a connection: the
    ones opened here). test_history_hostile also fills a real, small file system."""

    def __init__(self) -> None:
        self.connections: list[sqlite3.Connection] = []

    def open(self, path: Path) -> sqlite3.Connection:
        conn = connect(path)
        self.connections.append(conn)
        return conn

    def _set_pages(self, pages: Callable[[sqlite3.Connection], int]) -> None:
        for conn in self.connections:
            with suppress(sqlite3.ProgrammingError):  # closed by the store meanwhile
                conn.execute(f"PRAGMA max_page_count = {pages(conn)}")

    def fill(self) -> None:
        self._set_pages(lambda conn: conn.execute("PRAGMA page_count").fetchone()[0])

    def make_room(self) -> None:
        """Space on the disk again (after fill)."""
        self._set_pages(lambda conn: 1_000_000)


def filled(data: Path, sessions: int, note: str = "") -> list[SessionRecord]:
    """A data folder whose history holds one baby and `sessions` sessions, one a day back."""
    opened = open_history(open_data_dir(data))
    baby = BabyProfile(name="Mia", birth_date=date(2026, 6, 2))
    records = [
        session(baby, NOW - timedelta(hours=day * 7), AREAS[: 1 + day % 8], note or f"n{day}")
        for day in range(sessions)
    ]
    path = opened.store.path
    opened.store.close()  # the history exists, made by the app; the rows go in at once
    with file_connection(path) as conn:
        conn.execute("BEGIN")
        write_profile(conn, baby)
        for record in records:
            write_session(conn, record)
        conn.execute("COMMIT")
    return records


def history_file(data: Path) -> Path:
    return data / HISTORY_FILE


def run_app(*args: str, timeout: float = 60, **options) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "infant_massage", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
        **options,
    )


def run_python(code: str, *args: str, timeout: float = 60, **options):
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        **options,
    )


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]
