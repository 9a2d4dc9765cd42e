"""Merging a backup into the history without duplicates (restore, or a move to a new laptop).

A session is the same session when its id is: the id is made once, when it starts. When both
sides have it, the one that got further wins (a finished record beats an interrupted or running
checkpoint), and a note is never lost. A baby is the same baby when the id matches, or when the
name and birth date do (a profile made again by hand on the new laptop): its sessions follow.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import Outcome, SessionRecord
from infant_massage.storage.history import damage as history_damage
from infant_massage.storage.history.rows import (
    SELECT_PROFILE,
    SELECT_RECORD,
    DamagedRow,
    profile_from_row,
    record_from_row,
    write_profile,
    write_session,
)

_PROGRESS = {Outcome.RUNNING: 0, Outcome.INTERRUPTED: 1, Outcome.STOPPED: 2, Outcome.COMPLETED: 2}


@dataclass
class MergeResult:
    babies_added: int = 0
    babies_matched: int = 0
    sessions_added: int = 0
    sessions_updated: int = 0
    sessions_unchanged: int = 0


def _settled(record: SessionRecord) -> SessionRecord:
    # A backup taken mid-session holds a running checkpoint whose app is not this one.
    if record.outcome is not Outcome.RUNNING:
        return record
    return record.model_copy(
        update={"outcome": Outcome.INTERRUPTED, "ended_at": record.ended_at or record.started_at}
    )


def _readable_profiles(conn: sqlite3.Connection) -> list[BabyProfile]:
    found = []
    for row in conn.execute(SELECT_PROFILE).fetchall():
        try:
            found.append(profile_from_row(row))
        except DamagedRow:  # a backup's good copy of this baby replaces it below
            continue
    return found


def _baby_ids(conn: sqlite3.Connection, profiles: list[BabyProfile], result: MergeResult):
    existing = _readable_profiles(conn)
    by_id = {p.id for p in existing}
    by_person = {(p.name.casefold(), p.birth_date): p.id for p in existing}
    mapping: dict[str, str] = {baby_id: baby_id for baby_id in by_id}
    for profile in profiles:
        if profile.id in by_id:
            result.babies_matched += 1
            continue
        same = by_person.get((profile.name.casefold(), profile.birth_date))
        if same is not None:
            mapping[profile.id] = same
            result.babies_matched += 1
            continue
        write_profile(conn, profile)
        mapping[profile.id] = profile.id
        by_person[(profile.name.casefold(), profile.birth_date)] = profile.id
        result.babies_added += 1
    return mapping


def merge_into(
    conn: sqlite3.Connection, profiles: list[BabyProfile], records: Iterable[SessionRecord]
) -> MergeResult:
    """Write inside the caller's transaction; ValueError on a bad link (the caller rolls back).

    `records` is read once, so a large backup can be streamed.
    """
    result = MergeResult()
    mapping = _baby_ids(conn, profiles, result)
    for incoming in records:
        if incoming.baby_id and incoming.baby_id not in mapping:
            raise ValueError(
                f"sessions refer to a baby that is not in the file: {incoming.baby_id}"
            )
        record = _settled(incoming)
        if record.baby_id is not None:
            record = record.model_copy(update={"baby_id": mapping[record.baby_id]})
        row = conn.execute(f"{SELECT_RECORD} WHERE id = ?", (record.id,)).fetchone()
        if row is None:
            write_session(conn, record)
            result.sessions_added += 1
            continue
        try:
            mine = record_from_row(row)
        except DamagedRow:  # the backup's copy repairs a row this history could not read
            write_session(conn, record)
            history_damage.unhide(conn, record.id)
            result.sessions_updated += 1
            continue
        if _PROGRESS[record.outcome] > _PROGRESS[mine.outcome]:
            if not record.note and mine.note:
                record = record.model_copy(update={"note": mine.note})
            write_session(conn, record)
            result.sessions_updated += 1
        elif record.note and not mine.note:
            conn.execute("UPDATE sessions SET note = ? WHERE id = ?", (record.note, record.id))
            result.sessions_updated += 1
        else:
            result.sessions_unchanged += 1
    return result
