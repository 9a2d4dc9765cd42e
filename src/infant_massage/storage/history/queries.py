"""What the history view asks of the database: filtered pages of sessions and the charts' sums."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from infant_massage.storage.history import damage as history_damage
from infant_massage.storage.history.rows import (
    HISTORY_ROW_SQL,
    DamagedRow,
    HistoryRow,
    history_row,
    rowid_of,
    utc_text,
)


@dataclass(frozen=True)
class HistoryFilter:
    """Which sessions to show: one baby or all, and a time span (aware datetimes, end excluded)."""

    baby_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    skip_hidden: bool = True  # leave out the rows found damaged (the store says when any are)

    def where(self, alias: str = "s") -> tuple[str, list[Any]]:
        # Rows that cannot be read are never counted or shown (history_damage).
        clauses: list[str] = []
        if self.skip_hidden:
            clauses.append(history_damage.NOT_HIDDEN.replace("s.", f"{alias}."))
        params: list[Any] = []
        if self.baby_id is not None:
            clauses.append(f"{alias}.baby_id = ?")
            params.append(self.baby_id)
        if self.since is not None:
            clauses.append(f"{alias}.started_at >= ?")
            params.append(utc_text(self.since))
        if self.until is not None:
            clauses.append(f"{alias}.started_at < ?")
            params.append(utc_text(self.until))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_sessions(conn: sqlite3.Connection, chosen: HistoryFilter) -> int:
    where, params = chosen.where()
    return int(conn.execute(f"SELECT count(*) FROM sessions s{where}", params).fetchone()[0])


def session_rows(
    conn: sqlite3.Connection,
    chosen: HistoryFilter,
    offset: int,
    limit: int,
    damaged: dict[str, str] | None = None,
) -> list[HistoryRow]:
    """Newest first; `id` breaks ties so that pages never overlap or skip a row.

    The page's ids come from the index alone (a deep OFFSET skips index entries, not rows);
    only the rows on the page are then read.
    """
    where, params = chosen.where()
    rows = conn.execute(
        f"WITH page AS (SELECT s.id FROM sessions s{where}"
        " ORDER BY s.started_at DESC, s.id DESC LIMIT ? OFFSET ?)"
        f" {HISTORY_ROW_SQL} JOIN page ON page.id = s.id ORDER BY s.started_at DESC, s.id DESC",
        [*params, limit, offset],
    ).fetchall()
    shown: list[HistoryRow] = []
    for row in rows:
        try:
            shown.append(history_row(row))
        except DamagedRow as exc:  # hidden from now on; the caller tells the user
            history_damage.hide(conn, rowid_of(row), exc.row_id, exc.why)
            if damaged is not None:
                damaged[exc.row_id] = exc.why
    return shown


def first_started(conn: sqlite3.Connection, chosen: HistoryFilter) -> datetime | None:
    where, params = chosen.where()
    found = conn.execute(f"SELECT min(s.started_at) FROM sessions s{where}", params).fetchone()
    return datetime.fromisoformat(found[0]) if found and isinstance(found[0], str) else None


def position(conn: sqlite3.Connection, chosen: HistoryFilter, session_id: str) -> int | None:
    """Where a session is in the filtered, newest-first list; None when the filter hides it."""
    where, params = chosen.where()
    found = conn.execute(
        f"SELECT s.started_at FROM sessions s{where}{' AND' if where else ' WHERE'} s.id = ?",
        [*params, session_id],
    ).fetchone()
    if found is None:
        return None
    newer = " (s.started_at > ? OR (s.started_at = ? AND s.id > ?))"
    return int(
        conn.execute(
            f"SELECT count(*) FROM sessions s{where}{' AND' if where else ' WHERE'}{newer}",
            [*params, found[0], found[0], session_id],
        ).fetchone()[0]
    )


# Weeks start on Monday, in local time: the week a parent lived, not the one UTC saw.
_WEEK = "date(s.started_at, 'localtime', '-6 days', 'weekday 1')"


def _counted(chosen: HistoryFilter) -> tuple[str, list[Any]]:
    # Doll practice and unfinished sessions are the parent's, not the baby's: left out of charts.
    where, params = chosen.where()
    extra = "s.practice = 0 AND s.outcome != 'running'"
    return (f"{where} AND {extra}" if where else f" WHERE {extra}"), params


def sessions_per_week(conn: sqlite3.Connection, chosen: HistoryFilter) -> list[tuple[date, int]]:
    where, params = _counted(chosen)
    rows = conn.execute(
        f"SELECT {_WEEK} AS week, count(*) FROM sessions s{where} GROUP BY week ORDER BY week",
        params,
    ).fetchall()
    return [(date.fromisoformat(week), count) for week, count in rows if week]


def minutes_per_area(conn: sqlite3.Connection, chosen: HistoryFilter) -> dict[str, float]:
    where, params = _counted(chosen)
    rows = conn.execute(
        "SELECT a.area, sum(a.seconds) FROM session_areas a JOIN sessions s ON s.id = a.session_id"
        f"{where} GROUP BY a.area",
        params,
    ).fetchall()
    return {area: seconds / 60 for area, seconds in rows if isinstance(seconds, int | float)}


@dataclass(frozen=True)
class AreaWeek:
    """How one area went in one week: sessions that reached it, and how many were stopped there."""

    week: date
    area: str
    sessions: int
    stops: int


def tolerance(conn: sqlite3.Connection, chosen: HistoryFilter) -> list[AreaWeek]:
    """Stops per area and week. Falling asleep ends a session happily: it is not counted."""
    where, params = _counted(chosen)
    rows = conn.execute(
        f"SELECT {_WEEK} AS week, a.area, count(*),"
        " sum(a.stopped_here AND coalesce(s.stop_reason, '') != 'asleep')"
        " FROM session_areas a JOIN sessions s ON s.id = a.session_id"
        f"{where} GROUP BY week, a.area ORDER BY week",
        params,
    ).fetchall()
    return [
        AreaWeek(date.fromisoformat(w), area, n, int(stops or 0))
        for w, area, n, stops in rows
        if w and isinstance(area, str)
    ]
