"""What the history view asks of the database: filtered pages of sessions and the charts' sums."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
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
def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


def weeks_between(first: date, last: date) -> list[date]:
    """Every Monday from the week of `first` to the week of `last`."""
    monday = first - timedelta(days=first.weekday())
    weeks = []
    while monday <= last:
        weeks.append(monday)
        monday += timedelta(days=7)
    return weeks


def _counted(chosen: HistoryFilter) -> tuple[str, list[Any]]:
    # Doll practice and unfinished sessions are the parent's, not the baby's: left out of charts.
    where, params = chosen.where()
    extra = "s.practice = 0 AND s.outcome != 'running'"
    return (f"{where} AND {extra}" if where else f" WHERE {extra}"), params


@dataclass(frozen=True)
class AreaWeek:
    """How one area went in one week: sessions that reached it, how many were stopped there
    (falling asleep ends a session happily: it is no stop), and the seconds spent on it."""

    week: date
    area: str
    sessions: int
    stops: int
    seconds: float = 0.0


@dataclass(frozen=True)
class ChartSums:
    """What the charts show of some weeks: sessions per week (every week, 0 when none) and per
    week and area (only those reached)."""

    weeks: tuple[date, ...]
    sessions: dict[date, int]
    areas: tuple[AreaWeek, ...]

    @classmethod
    def nothing(cls, weeks: list[date]) -> ChartSums:
        return cls(tuple(weeks), dict.fromkeys(weeks, 0), ())

    def minutes_per_area(self) -> dict[str, float]:
        minutes: dict[str, float] = {}
        for row in self.areas:
            minutes[row.area] = minutes.get(row.area, 0.0) + row.seconds / 60
        return minutes


def _weeks_table(weeks: list[date], chosen: HistoryFilter) -> tuple[str, list[str]]:
    """The weeks as a table w(monday, start, stop) of UTC instants, cut to the filter's period:
    each session is put in its week by the time index (a range per week), never by a local date
    worked out row by row. The period is in the ranges, not beside them: SQLite would take its
    bounds for every week's search instead of the week's own."""
    params: list[str] = []
    for monday in weeks:
        start, stop = local_midnight(monday), local_midnight(monday + timedelta(days=7))
        start = max(start, chosen.since) if chosen.since else start
        stop = min(stop, chosen.until) if chosen.until else stop
        params += [monday.isoformat(), utc_text(start), utc_text(stop)]
    values = ", ".join(["(?, ?, ?)"] * len(weeks))
    return f"WITH w(monday, start, stop) AS (VALUES {values})", params


# The weeks' sessions are found once (j) and each one's areas read beside it: by the start,
# the first part of the areas' key, so that they are read in the order the sessions come ('+'
# keeps SQLite from taking the index by session instead, which is all over the table).
_SUMS = (
    ", j AS MATERIALIZED (SELECT w.monday, s.started_at, s.id,"
    " coalesce(s.stop_reason, '') != 'asleep' AS stop_counts"
    " FROM w JOIN sessions s ON s.started_at >= w.start AND s.started_at < w.stop{where})"
    " SELECT monday, NULL, count(*), 0, 0 FROM j GROUP BY monday"
    " UNION ALL SELECT j.monday, a.area, count(*), sum(a.stopped_here AND j.stop_counts),"
    " sum(a.seconds) FROM j JOIN session_areas a"
    " ON a.started_at = j.started_at AND +a.session_id = j.id GROUP BY j.monday, a.area"
)


def chart_sums(conn: sqlite3.Connection, chosen: HistoryFilter, weeks: list[date]) -> ChartSums:
    """The charts' sums for `weeks` (Mondays, oldest first) within the filter, each session in
    the local week it started in; SQLite adds them up in one pass over the weeks' sessions."""
    if not weeks:
        return ChartSums.nothing(weeks)
    table, week_params = _weeks_table(weeks, chosen)
    where, params = _counted(dataclasses.replace(chosen, since=None, until=None))
    counts = dict.fromkeys(weeks, 0)
    areas: list[AreaWeek] = []
    for monday, area, n, stops, seconds in conn.execute(
        table + _SUMS.format(where=where), [*week_params, *params]
    ):
        week = date.fromisoformat(monday)
        if area is None:  # a week's sessions
            counts[week] = int(n)
        elif isinstance(area, str) and isinstance(seconds, int | float):
            areas.append(AreaWeek(week, area, int(n), int(stops or 0), float(seconds)))
    return ChartSums(tuple(weeks), counts, tuple(areas))
