"""Rows that cannot be read: found once at open, hidden from every query, left as they are.

A row can be damaged without the file being damaged (a bug in an old release, a hand edit, a
tool that wrote the file): SQLite reads it fine, the app cannot. Such a row is found when it is
read (a page of the table, a session's detail, an export, the running rows at start), never by
scanning the whole table at each start (100,000 rows would cost seconds). It is never changed or
deleted by the app (a later release may know how to read it); it is listed in a notice and kept
out of the table, the charts and the exports, which then say that they are partial.

The hidden ids live in a TEMP table: per connection, never written into the history file.
"""

from __future__ import annotations

import sqlite3

HIDDEN = "temp.hidden_rows"


def prepare(conn: sqlite3.Connection) -> None:
    # By rowid: a damaged row's id may itself be missing or not text.
    conn.execute(f"CREATE TABLE IF NOT EXISTS {HIDDEN} (rid INTEGER PRIMARY KEY, id, why TEXT)")


def hide(conn: sqlite3.Connection, rowid: int, row_id: str, why: str) -> None:
    conn.execute(f"INSERT OR IGNORE INTO {HIDDEN} VALUES (?, ?, ?)", (rowid, row_id, why))


def unhide(conn: sqlite3.Connection, row_id: str) -> None:
    conn.execute(f"DELETE FROM {HIDDEN} WHERE id = ?", (row_id,))


def shown_id(value: object) -> str:
    return value if isinstance(value, str) else repr(value)


NOT_HIDDEN = f"s.rowid NOT IN (SELECT rid FROM {HIDDEN})"
