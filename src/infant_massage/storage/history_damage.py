"""Rows that cannot be read: found once at open, hidden from every query, left as they are.

A row can be damaged without the file being damaged (a bug in an old release, a hand edit, a
tool that wrote the file): SQLite reads it fine, the app cannot. Such a row is never changed or
deleted by the app (a later release may know how to read it); it is listed in a notice and kept
out of the table, the charts and the exports, which then say that they are partial.

The hidden ids live in a TEMP table: per connection, never written into the history file.
"""

from __future__ import annotations

import sqlite3

from infant_massage.domain.session_record import Outcome, Response, SessionKind, StopReason

HIDDEN = "temp.hidden_rows"


def _listed(values) -> str:
    return ", ".join(f"'{value.value}'" for value in values)


# Cheap checks of what the queries rely on without parsing (counts, pages, charts); whatever
# slips through is caught when the row is read (history_rows.DamagedRow) and hidden then.
_SUSPECT_SESSIONS = f"""
SELECT rowid, id, CASE
    WHEN typeof(id) != 'text' OR length(id) != 32 THEN 'id'
    WHEN kind IS NULL OR kind NOT IN ({_listed(SessionKind)}) THEN 'kind'
    WHEN outcome IS NULL OR outcome NOT IN ({_listed(Outcome)}) THEN 'outcome'
    WHEN stop_reason IS NOT NULL AND stop_reason NOT IN ({_listed(StopReason)}) THEN 'stop_reason'
    WHEN response IS NOT NULL AND response NOT IN ({_listed(Response)}) THEN 'response'
    WHEN typeof(started_at) != 'text' OR julianday(started_at) IS NULL
        OR started_at < '2000' OR started_at >= '2100' THEN 'started_at'
    WHEN ended_at IS NOT NULL AND (typeof(ended_at) != 'text' OR julianday(ended_at) IS NULL)
        THEN 'ended_at'
    WHEN typeof(planned_seconds) NOT IN ('real', 'integer') THEN 'planned_seconds'
    WHEN typeof(done_seconds) NOT IN ('real', 'integer') THEN 'done_seconds'
    WHEN typeof(steps) != 'text' OR NOT json_valid(steps) THEN 'steps'
    WHEN typeof(note) != 'text' THEN 'note'
    WHEN typeof(areas) != 'text' THEN 'areas'
    ELSE NULL END AS problem
FROM sessions WHERE problem IS NOT NULL
"""


def prepare(conn: sqlite3.Connection) -> None:
    # By rowid: a damaged row's id may itself be missing or not text.
    conn.execute(f"CREATE TABLE IF NOT EXISTS {HIDDEN} (rid INTEGER PRIMARY KEY, id, why TEXT)")


def hide(conn: sqlite3.Connection, rowid: int, row_id: str, why: str) -> None:
    conn.execute(f"INSERT OR IGNORE INTO {HIDDEN} VALUES (?, ?, ?)", (rowid, row_id, why))


def unhide(conn: sqlite3.Connection, row_id: str) -> None:
    conn.execute(f"DELETE FROM {HIDDEN} WHERE id = ?", (row_id,))


def shown_id(value: object) -> str:
    return value if isinstance(value, str) else repr(value)


def find_suspects(conn: sqlite3.Connection) -> dict[str, str]:
    """Hide the sessions whose columns are not what the app writes; returns id -> problem."""
    found: dict[str, str] = {}
    for rowid, row_id, column in conn.execute(_SUSPECT_SESSIONS).fetchall():
        why = f"{column}: not a valid value"
        hide(conn, rowid, shown_id(row_id), why)
        found[shown_id(row_id)] = why
    return found


NOT_HIDDEN = f"s.rowid NOT IN (SELECT rid FROM {HIDDEN})"
