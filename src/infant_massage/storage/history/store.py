"""The session history and the babies' profiles, in SQLite; a SessionSink for running sessions.

Reads and writes happen on the thread that opened the store (the UI thread): a checkpoint is a
single small transaction (well under the 5 ms budget, see bench/history.py). A session's saves
never raise: when the disk is full or the folder turns read-only the record is kept in memory
and in this copy's journal (history_journal), retried at the next save and by `retry()`, and a
Notice tells the listeners why nothing is being saved.

Rows that cannot be read are skipped wherever they would appear and listed in `damaged`
(id -> first problem); damage listeners hear when the list grows. They stay as they are in the
file (history_damage).
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import Outcome, SessionRecord
from infant_massage.storage.history import clean_close, queries
from infant_massage.storage.history import damage as history_damage
from infant_massage.storage.history.merge import MergeResult, merge_into
from infant_massage.storage.history.notices import Notice, NoticeKind, is_corruption, reason
from infant_massage.storage.history.queries import ChartSums, HistoryFilter
from infant_massage.storage.history.rows import (
    SELECT_PROFILE,
    SELECT_RECORD,
    DamagedRow,
    HistoryRow,
    parse_utc,
    profile_from_row,
    record_from_row,
    revalidated,
    rowid_of,
    utc_text,
    write_profile,
    write_session,
)
from infant_massage.storage.instance_lock import InstanceLock, owner_alive

if TYPE_CHECKING:
    from infant_massage.storage.history.journal import Journal

# A running checkpoint written without an instance lock is presumed dead after this long without
# a heartbeat (sessions checkpoint at least every 5 s).
STALE_AFTER = timedelta(seconds=15)

T = TypeVar("T")
_DELETE_SESSION = "DELETE FROM sessions WHERE id = ?"  # session_areas follow (ON DELETE CASCADE)
NoticeListener = Callable[[Notice | None], None]
DamageListener = Callable[[dict[str, str]], None]


class HistoryError(Exception):
    """A change the user asked for could not be saved; the message says why."""


def _now() -> datetime:
    return datetime.now(UTC)


class HistoryStore:
    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        data_path: Path | None,
        lock: InstanceLock | None = None,
        now: Callable[[], datetime] = _now,
        notice: Notice | None = None,
        journal: Journal | None = None,
        whole: bool = True,
    ) -> None:
        self._conn: sqlite3.Connection | None = conn
        self.path = path  # None: kept in memory only, nothing is saved
        self._data_path = data_path
        self._lock = lock
        self._now = now
        self._listeners: list[NoticeListener] = []
        self._damage_listeners: list[DamageListener] = []
        self._unsaved: dict[str, tuple[SessionRecord, bool]] = {}
        self._journal = journal
        self.journaled = False  # the records waiting to be saved are safe in the journal
        self.notice = notice  # the current trouble with saving, if any
        # What stays said once saving works again (found_damage), else None.
        self._standing_notice: Notice | None = None
        # False when the history on disk could not be read whole (newer, foreign or unreadable
        # file): an export must not pass this for the family's history.
        self.whole = whole
        # Set when this run repaired a damaged file: what it holds is what could be recovered,
        # and an export says so unless asked for a partial one.
        self.partial_reason = ""
        history_damage.prepare(conn)
        self.damaged: dict[str, str] = {}
        self._commits = 0  # this copy's committed changes, for revision()

    @property
    def saving(self) -> bool:
        return self.path is not None

    @property
    def owner_token(self) -> str | None:
        return self._lock.token if self._lock else None

    def add_listener(self, listener: NoticeListener) -> None:
        """Called with a Notice when saving fails, and with None when it works again."""
        self._listeners.append(listener)

    def remove_listener(self, listener: NoticeListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def add_damage_listener(self, listener: DamageListener) -> None:
        """Called with `damaged` (id -> problem) whenever another unreadable row is found."""
        self._damage_listeners.append(listener)

    def remove_damage_listener(self, listener: DamageListener) -> None:
        if listener in self._damage_listeners:
            self._damage_listeners.remove(listener)

    def _found_damaged(self, rowid: int, exc: DamagedRow) -> None:
        if self._conn is not None:
            history_damage.hide(self._conn, rowid, exc.row_id, exc.why)
        self._note_damaged({exc.row_id: exc.why})

    def _note_damaged(self, found: dict[str, str]) -> None:
        new = {key: why for key, why in found.items() if key not in self.damaged}
        if not new:
            return
        self.damaged.update(new)
        for listener in self._damage_listeners:
            listener(dict(self.damaged))

    # --- records waiting to be saved --------------------------------------------------------

    @property
    def is_open(self) -> bool:
        """False once closed: nothing more can be written, what waits stays in the journal."""
        return self._conn is not None

    @property
    def unsaved(self) -> list[SessionRecord]:
        """Sessions that have not reached the history file yet (finished ones first)."""
        entries = sorted(self._unsaved.values(), key=lambda entry: entry[1])
        return [record for record, _running in entries]

    def is_saved(self, session_id: str) -> bool:
        return self.saving and session_id not in self._unsaved

    def retry(self) -> bool:
        """Try again to write what is waiting; True when nothing is waiting any more."""
        if not self._unsaved:
            return True
        self._write_pending(dict(self._unsaved))
        return not self._unsaved

    def close(self) -> None:
        # Our own running sessions end with us: the next start would find them anyway.
        if self._conn is None:
            return
        self.retry()
        try:
            with self._transaction():
                self._conn.execute(
                    "UPDATE sessions SET outcome = 'interrupted',"
                    " ended_at = coalesce(ended_at, heartbeat_at), owner = NULL"
                    " WHERE outcome = 'running' AND owner IS ?",
                    (self.owner_token,),
                )
        except sqlite3.Error:
            pass
        self._conn.close()
        self._conn = None
        if self.path is not None and self._data_path is not None and self._lock is not None:
            clean_close.remember(self._data_path, self.path)  # the next start may skip the check
        if self._journal is not None:  # kept when records still wait: the next start saves them
            self._journal.close()
        if self._lock is not None:
            self._lock.release()

    # --- transactions and trouble -----------------------------------------------------------

    @contextmanager
    def _transaction(self, durable: bool = True) -> Iterator[sqlite3.Connection]:
        # IMMEDIATE takes the write lock up front, so a second copy waits (busy_timeout) instead
        # of failing halfway through when its read snapshot turns out to be stale.
        # A checkpoint commits without fsync (it survives the app being killed, and the next one
        # follows in 5 s); everything else, a finished session above all, also survives a power
        # cut, and makes the checkpoints before it durable too.
        if self._conn is None:
            raise sqlite3.ProgrammingError("the history is closed")
        self._conn.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")
        self._commits += 1

    def _trouble(self, exc: sqlite3.Error) -> Notice:
        """What a failed read or write tells the user; a damaged file is checked next start."""
        if is_corruption(exc) and self._data_path is not None and self.path is not None:
            clean_close.suspect(self._data_path)  # whoever closes the file meanwhile
        return Notice(NoticeKind.SAVE_FAILED, reason(exc))

    def _set_notice(self, notice: Notice | None) -> None:
        if notice == self.notice:
            return
        self.notice = notice
        for listener in self._listeners:
            listener(notice)

    def _read(self, query: Callable[[], T], fallback: T) -> T:
        if self._conn is None:  # closed: a widget may still paint once more
            return fallback
        try:
            return query()
        except sqlite3.Error as exc:
            trouble = self._trouble(exc)
            if is_corruption(exc) and self.path is not None:
                self.found_damage(trouble.detail)  # a read, not a save, went wrong: say that
            else:
                self._set_notice(trouble)
            return fallback

    def _change(self, change: Callable[[sqlite3.Connection], T]) -> T:
        """A change the user asked for: all or nothing, HistoryError when it cannot be saved."""
        try:
            with self._transaction() as conn:
                return change(conn)
        except sqlite3.Error as exc:
            raise HistoryError(self._trouble(exc).detail) from exc

    def found_damage(self, detail: str) -> None:
        """A read (or the background read-through, background_check) found the file damaged:
        say so until the app closes. Saving goes on (what is saved is salvaged with the rest);
        the next start repairs the file, which is already marked suspect."""
        if self._conn is None or self.path is None:
            return
        self._standing_notice = Notice(NoticeKind.FOUND_DAMAGED, detail)
        if self.notice is None:  # a save that is failing is said first; this follows it
            self._set_notice(self._standing_notice)

    # --- profiles ---------------------------------------------------------------------------

    def profiles(self) -> list[BabyProfile]:
        rows = self._read(
            lambda: self._conn.execute(
                f"{SELECT_PROFILE} ORDER BY demo, name COLLATE NOCASE, birth_date"
            ).fetchall(),
            [],
        )
        profiles: list[BabyProfile] = []
        damaged: dict[str, str] = {}
        for row in rows:
            try:
                profiles.append(profile_from_row(row))
            except DamagedRow as exc:  # left in the file; its sessions show without a name
                damaged[f"baby {exc.row_id}"] = exc.why
        self._note_damaged(damaged)
        return profiles

    def profile(self, baby_id: str) -> BabyProfile | None:
        return next((p for p in self.profiles() if p.id == baby_id), None)

    def save_profile(self, profile: BabyProfile) -> None:
        checked = BabyProfile.model_validate(profile.model_dump())
        self._change(lambda conn: write_profile(conn, checked))

    def delete_profile(self, baby_id: str) -> int:
        """Delete a baby and, with it, the baby's sessions; returns how many sessions went."""

        def delete(conn: sqlite3.Connection) -> int:
            count = conn.execute(
                "SELECT count(*) FROM sessions WHERE baby_id = ?", (baby_id,)
            ).fetchone()[0]
            conn.execute("DELETE FROM babies WHERE id = ?", (baby_id,))
            conn.execute("DELETE FROM meta WHERE key = 'chosen_baby' AND value = ?", (baby_id,))
            return int(count)

        return self._change(delete)

    def chosen_baby_id(self) -> str | None:
        row = self._read(
            lambda: self._conn.execute(
                "SELECT m.value FROM meta m JOIN babies b ON b.id = m.value"
                " WHERE m.key = 'chosen_baby'"
            ).fetchone(),
            None,
        )
        return row[0] if row else None

    def set_chosen_baby_id(self, baby_id: str | None) -> None:
        def remember(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM meta WHERE key = 'chosen_baby'")
            if baby_id is not None:
                conn.execute("INSERT INTO meta VALUES ('chosen_baby', ?)", (baby_id,))

        self._change(remember)

    # --- running and finished sessions (the SessionSink) --------------------------------------

    def checkpoint(self, record: SessionRecord) -> None:
        """Save a running session's progress, signed by this copy of the app."""
        self._save(revalidated(record), running=True)

    def finish(self, record: SessionRecord) -> None:
        if record.outcome is Outcome.RUNNING:
            raise ValueError("finish() needs the session's outcome; use checkpoint() while running")
        self._save(revalidated(record), running=False)

    def _save(self, record: SessionRecord, running: bool) -> None:
        self._write_pending({**self._unsaved, record.id: (record, running)})

    def _write_pending(self, pending: dict[str, tuple[SessionRecord, bool]]) -> None:
        if self._conn is None:
            self._keep(pending, Notice(NoticeKind.SAVE_FAILED, "the history is closed"))
            return
        try:
            with self._transaction(durable=not all(r for _, r in pending.values())) as conn:
                for saved, is_running in pending.values():
                    kept = _without_missing_baby(conn, saved)
                    write_session(conn, kept, self._signature() if is_running else None)
        except sqlite3.Error as exc:
            self._keep(pending, self._trouble(exc))
            return
        self._unsaved = {}
        self.journaled = False
        if self._journal is not None:
            self._journal.clear()
        if self.notice is not None and self.notice.kind is NoticeKind.SAVE_FAILED:
            self._set_notice(self._standing_notice)

    def _keep(self, pending: dict[str, tuple[SessionRecord, bool]], notice: Notice) -> None:
        self._unsaved = pending
        self.journaled = self._journal is not None and self._journal.write(list(pending.values()))
        self._set_notice(notice)

    def take_over(self, entries: list[tuple[SessionRecord, bool]]) -> bool:
        """Write what a copy that has ended kept in its journal; False when saving fails now.

        Its finished records are the last word on their sessions. Its running checkpoints were
        cut short with the copy: they become interrupted, unless the session ended since.
        """
        try:
            with self._transaction() as conn:
                for record, running in entries:
                    if running:
                        ended = conn.execute(
                            "SELECT 1 FROM sessions WHERE id = ? AND outcome IN (?, ?)",
                            (record.id, Outcome.COMPLETED.value, Outcome.STOPPED.value),
                        ).fetchone()
                        if ended:
                            continue
                        record = record.model_copy(
                            update={
                                "outcome": Outcome.INTERRUPTED,
                                "ended_at": record.started_at
                                + timedelta(seconds=record.done_seconds),
                            }
                        )
                    write_session(conn, _without_missing_baby(conn, revalidated(record)))
        except sqlite3.Error:
            return False
        return True

    def _signature(self) -> tuple[str | None, int, str]:
        return (self.owner_token, os.getpid(), utc_text(self._now()))

    def recover_interrupted(self) -> list[SessionRecord]:
        """Mark as interrupted the running sessions whose app is gone; returns them.

        A session is only taken over when its copy of the app no longer holds its lock, so a
        second copy that is running a session right now is left alone.
        """
        rows = self._read(
            lambda: self._conn.execute(
                f"{SELECT_RECORD} s WHERE outcome = 'running' AND {history_damage.NOT_HIDDEN}"
            ).fetchall(),
            [],
        )
        signatures = self._read(
            lambda: dict(
                (rowid, (owner, heartbeat))
                for rowid, owner, heartbeat in self._conn.execute(
                    "SELECT rowid, owner, heartbeat_at FROM sessions WHERE outcome = 'running'"
                )
            ),
            {},
        )
        stale = []
        for row in rows:
            try:
                record = record_from_row(row)
            except DamagedRow as exc:  # left as it is: only hidden, not taken over
                self._found_damaged(rowid_of(row), exc)
                continue
            owner, heartbeat = signatures.get(rowid_of(row), (None, None))
            alive_since = heartbeat or utc_text(record.started_at)
            if owner != self.owner_token and self._is_dead(owner, alive_since):
                stale.append((record.id, owner))
        recovered: list[SessionRecord] = []
        for session_id, owner in stale:
            try:
                with self._transaction() as conn:
                    changed = conn.execute(
                        "UPDATE sessions SET outcome = 'interrupted', ended_at = coalesce("
                        "CASE WHEN julianday(heartbeat_at) IS NOT NULL THEN heartbeat_at END,"
                        " ended_at, started_at), owner = NULL"
                        " WHERE id = ? AND outcome = 'running' AND owner IS ?",
                        (session_id, owner),
                    ).rowcount
            except sqlite3.Error as exc:
                self._set_notice(Notice(NoticeKind.SAVE_FAILED, reason(exc)))
                break
            record = self.session(session_id) if changed else None
            if record is not None:
                recovered.append(record)
        return recovered

    def _is_dead(self, owner: str | None, heartbeat: str) -> bool:
        if isinstance(owner, str) and self._data_path is not None:
            return not owner_alive(self._data_path, owner)
        try:
            return self._now() - parse_utc(heartbeat) > STALE_AFTER
        except (TypeError, ValueError):  # a heartbeat nobody can read is no sign of life
            return True

    # --- the history ------------------------------------------------------------------------

    def session(self, session_id: str) -> SessionRecord | None:
        row = self._read(
            lambda: self._conn.execute(
                f"{SELECT_RECORD} s WHERE id = ? AND {history_damage.NOT_HIDDEN}", (session_id,)
            ).fetchone(),
            None,
        )
        if row is None:
            return None
        try:
            return record_from_row(row)
        except DamagedRow as exc:
            self._found_damaged(rowid_of(row), exc)
            return None

    def sessions(self) -> Iterator[SessionRecord]:
        """Every readable session, oldest first (for export); read in one snapshot.

        A row that cannot be read is skipped and added to `damaged`: an export compares
        `damaged` before and after to know whether it got everything.
        """
        if self._conn is None:
            return
        cursor = self._conn.execute(
            f"{SELECT_RECORD} s WHERE {history_damage.NOT_HIDDEN} ORDER BY started_at, id"
        )
        found: list[tuple[int, DamagedRow]] = []
        for row in cursor:
            try:
                record = record_from_row(row)
            except DamagedRow as exc:
                found.append((rowid_of(row), exc))
                continue
            yield record
        for rowid, exc in found:  # hidden after the read: not while its cursor is open
            self._found_damaged(rowid, exc)

    def count_sessions(self, chosen: HistoryFilter | None = None) -> int:
        return self._read(lambda: queries.count_sessions(self._conn, self._shown(chosen)), 0)

    def revision(self) -> tuple[int, int, int]:
        """Changes to what the history shows, as a value that changes with them: this copy's
        commits, other copies' (SQLite's data_version) and the rows found damaged. While it
        stays the same, a view that read the history need not read it again."""
        other = self._read(lambda: self._conn.execute("PRAGMA data_version").fetchone()[0], -1)
        return (self._commits, int(other), len(self.damaged))

    def _shown(self, chosen: HistoryFilter | None) -> HistoryFilter:
        # Leaving out the damaged rows costs a look-up per row: only when there are any.
        return dataclasses.replace(chosen or HistoryFilter(), skip_hidden=bool(self.damaged))

    def session_rows(
        self, chosen: HistoryFilter | None = None, offset: int = 0, limit: int = 200
    ) -> list[HistoryRow]:
        found: dict[str, str] = {}
        rows = self._read(
            lambda: queries.session_rows(self._conn, self._shown(chosen), offset, limit, found),
            [],
        )
        self._note_damaged(found)
        return rows

    def first_started(self, chosen: HistoryFilter | None = None) -> datetime | None:
        """When the first session in the filter started; None when there is none."""
        shown = self._shown(chosen)
        return self._read(lambda: queries.first_started(self._conn, shown), None)

    def position(self, session_id: str, chosen: HistoryFilter | None = None) -> int | None:
        """The session's row in session_rows(chosen) order; None when the filter hides it."""
        shown = self._shown(chosen)
        return self._read(lambda: queries.position(self._conn, shown, session_id), None)

    def delete_session(self, session_id: str) -> SessionRecord | None:
        """Delete one session; returns it so that it can be put back (undo)."""
        record = self.session(session_id)
        if record is not None:
            self._change(lambda conn: conn.execute(_DELETE_SESSION, (session_id,)))
        return record

    def restore_session(self, record: SessionRecord) -> None:
        """Put back a deleted session exactly as it was."""
        checked = revalidated(record)
        if checked.outcome is Outcome.RUNNING:
            checked = checked.model_copy(update={"outcome": Outcome.INTERRUPTED})
        self._change(lambda conn: write_session(conn, checked))

    def update_note(self, session_id: str, note: str) -> None:
        record = self.session(session_id)
        if record is None:
            raise HistoryError("this session is no longer in the history")
        updated = revalidated(record.model_copy(update={"note": note}))
        self._change(
            lambda conn: conn.execute(
                "UPDATE sessions SET note = ? WHERE id = ?", (updated.note, session_id)
            )
        )

    # --- the charts -------------------------------------------------------------------------

    def chart_sums(self, chosen: HistoryFilter | None, weeks: list[date]) -> ChartSums:
        """The charts' sums for `weeks` (Mondays, oldest first): sessions per week, and per week
        and area the sessions that reached it, the stops there (not for falling asleep) and the
        time spent. Doll practice and running sessions are left out."""
        shown = self._shown(chosen)
        return self._read(
            lambda: queries.chart_sums(self._conn, shown, weeks), ChartSums.nothing(weeks)
        )

    # --- restoring a backup -----------------------------------------------------------------

    def merge(self, profiles: list[BabyProfile], records: Iterable[SessionRecord]) -> MergeResult:
        """Add a backup's babies and sessions without duplicates, all or nothing.

        Raises ValueError when a session names a baby that is nowhere to be found.
        """
        return self._change(lambda conn: merge_into(conn, profiles, records))


def _without_missing_baby(conn: sqlite3.Connection, record: SessionRecord) -> SessionRecord:
    # The profile was deleted while its session ran (here or in another copy): keep the session,
    # without the baby, rather than lose it to the foreign key.
    if record.baby_id is None:
        return record
    if conn.execute("SELECT 1 FROM babies WHERE id = ?", (record.baby_id,)).fetchone():
        return record
    return record.model_copy(update={"baby_id": None})
