"""Opening the history so that nothing is ever lost and the app always starts.

- A damaged file is copied aside under a dated name (with its -wal), every row that can still
  be read is salvaged into a fresh history that takes its place, and the notice says how many
  were recovered and where the damaged copy is. This happens only while no other copy of the
  app has the file open (the instance locks tell, and the opening lock keeps newcomers out
  meanwhile); otherwise the file is left alone and this copy shows what it can read, unsaved.
- A history written by a newer release, or a SQLite file that is not a history at all, is never
  touched: this copy runs without saving and its exports refuse to stand in for that file.
- A folder or a history file that cannot be written gives a history kept in memory for this
  run, a copy of what is on disk, so the app works normally but saves nothing; the notice says
  why.
- Records that an earlier copy could not save (its journal) are written in; sessions that a
  crashed or killed copy left running are marked interrupted.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from infant_massage.domain.session_record import Outcome, SessionRecord
from infant_massage.storage.data_dir import DataDir
from infant_massage.storage.history import background_check, clean_close
from infant_massage.storage.history.journal import SUFFIX as JOURNAL_SUFFIX
from infant_massage.storage.history.journal import Journal, read_journal
from infant_massage.storage.history.notices import Notice, NoticeKind, is_corruption, reason
from infant_massage.storage.history.rows import write_profile, write_session
from infant_massage.storage.history.salvage import Salvaged, salvage
from infant_massage.storage.history.schema import (
    SCHEMA_VERSION,
    NewerSchemaError,
    migrate,
    schema_version,
)
from infant_massage.storage.history.store import HistoryStore
from infant_massage.storage.instance_lock import (
    LOCK_FOLDER,
    InstanceLock,
    OpeningLock,
    others_alive,
    owner_alive,
    sweep_dead,
)
from infant_massage.storage.private_files import PRIVATE_FILE, create_private, sync_folder

HISTORY_FILE = "history.sqlite3"
BUSY_TIMEOUT_MS = 5000


class ForeignFileError(RuntimeError):
    """The file is a SQLite database, but not a history of this app: it is left alone."""


@dataclass
class OpenedHistory:
    store: HistoryStore
    notices: list[Notice] = field(default_factory=list)  # tell the user each one, once
    interrupted: list[SessionRecord] = field(default_factory=list)  # found at this start
    checked: bool = False  # the whole file's integrity was checked at this start (clean_close)


def connect(path: Path | str, **options) -> sqlite3.Connection:
    # Autocommit: the store opens its transactions itself (BEGIN IMMEDIATE).
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, **options)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


# How the history file is opened: `connect` itself, unless the caller hands open_history another
# (a test's, to put a limit on what the file may grow to, as a full disk would).
Opener = Callable[[Path], sqlite3.Connection]

OPEN_RETRY_SECONDS = 15.0


def _busy(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc)


def _open_file(path: Path, check: bool = True, opener: Opener = connect) -> sqlite3.Connection:
    """Open, check (when `check`: clean_close) and migrate the file, waiting for a copy that is
    starting at the same moment.

    SQLite does not call its busy handler for every lock (switching to WAL, WAL recovery), so
    a second copy opening in the same instant can see SQLITE_BUSY at once; it tries again.
    """
    deadline = time.monotonic() + OPEN_RETRY_SECONDS
    pause = 0.02
    while True:
        try:
            return _open_file_once(path, check, opener)
        except sqlite3.OperationalError as exc:
            if not _busy(exc) or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(0.5, pause * 2)


def _refuse_foreign(conn: sqlite3.Connection) -> None:
    # Version 0 with tables in it: made by something else (every release sets the version in
    # the transaction that creates the tables).
    if (
        schema_version(conn) == 0
        and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    ):
        raise ForeignFileError("it is a SQLite file of another program, not a history")


def _open_file_once(path: Path, check: bool, opener: Opener) -> sqlite3.Connection:
    create_private(path)  # SQLite would make it (and so its -wal and -shm) readable by all
    conn = opener(path)
    try:
        # Before anything writes (switching to WAL rewrites the header): a file of a newer
        # release or of another program is left exactly as it is.
        found = schema_version(conn)
        if found > SCHEMA_VERSION:
            raise NewerSchemaError(found)
        _refuse_foreign(conn)
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if check:
            verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if verdict != "ok":
                raise sqlite3.DatabaseError(f"database disk image is malformed: {verdict}")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _aside_name(path: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y-%m-%dT%H-%M-%S")
    candidate = path.with_name(f"{path.stem}-{stamp}.corrupt{path.suffix}")
    counter = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{stamp}-{counter}.corrupt{path.suffix}")
        counter += 1
    return candidate


def _copy_private(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as out, source.open("rb") as stream:
        shutil.copyfileobj(stream, out)
        out.flush()
        os.fsync(out.fileno())


def copy_aside(path: Path, now: datetime) -> Path:
    """Keep a copy of a damaged file (and its -wal) under a dated name; returns the copy's path."""
    target = _aside_name(path, now)
    _copy_private(path, target)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        _copy_private(wal, target.with_name(target.name + "-wal"))
    return target


def _fill(conn: sqlite3.Connection, found: Salvaged) -> tuple[int, int]:
    """Write what the salvage found into a fresh history; returns (sessions, babies) written."""
    conn.execute("BEGIN IMMEDIATE")
    for baby in found.babies.values():
        write_profile(conn, baby)
    for record in found.sessions.values():
        if record.baby_id is not None and record.baby_id not in found.babies:
            record = record.model_copy(update={"baby_id": None})  # its baby's row was lost
        if record.outcome is Outcome.RUNNING:  # whoever ran it is gone: the file was closed
            record = record.model_copy(
                update={
                    "outcome": Outcome.INTERRUPTED,
                    "ended_at": record.started_at + timedelta(seconds=record.done_seconds),
                }
            )
        write_session(conn, record)
    if found.chosen_baby in found.babies:
        conn.execute("INSERT INTO meta VALUES ('chosen_baby', ?)", (found.chosen_baby,))
    conn.execute("COMMIT")
    return len(found.sessions), len(found.babies)


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def repair(path: Path, now: datetime) -> Notice:
    """Copy the damaged file aside and put a fresh history with every readable row in its place.

    Only while no other copy has the file open. The fresh file is built next to it and renamed
    over it, so a failure on the way leaves the damaged file where it was.
    """
    aside = copy_aside(path, now)
    found = salvage(path)
    fresh = path.with_name(f".{path.name}.salvage")
    for leftover in (fresh, *_companions(fresh)):
        leftover.unlink(missing_ok=True)
    create_private(fresh)
    conn = connect(fresh)
    try:
        migrate(conn)
        sessions, babies = _fill(conn, found)
    finally:
        conn.close()
    for companion in _companions(path):  # they belong to the damaged file (copied aside)
        companion.unlink(missing_ok=True)
    os.replace(fresh, path)
    sync_folder(path.parent)
    return Notice(NoticeKind.SALVAGED, path=aside, sessions=sessions, babies=babies)


def _copy_into_memory(path: Path) -> tuple[sqlite3.Connection, Notice | None]:
    """A history in memory, a copy of the file when it can be read; the notice says when not."""
    memory = connect(":memory:")
    problem: Notice | None = None
    try:
        exists = path.exists()
    except OSError as exc:
        exists, problem = False, Notice(NoticeKind.UNREADABLE, reason(exc))
    if exists:
        problem = Notice(NoticeKind.UNREADABLE, "it cannot be opened")
        for options in ("mode=ro", "immutable=1"):  # immutable: no -shm can be made here
            try:
                source = sqlite3.connect(f"{path.as_uri()}?{options}", uri=True)
                try:
                    source.backup(memory)
                    _refuse_foreign(memory)
                finally:
                    source.close()
                problem = None
                break
            except ForeignFileError as exc:
                problem = Notice(NoticeKind.FOREIGN, str(exc))
                break
            except sqlite3.Error as exc:
                problem = Notice(NoticeKind.UNREADABLE, reason(exc))
                continue
    if problem is None:
        try:
            migrate(memory)
            return memory, None
        except NewerSchemaError as exc:
            problem = Notice(NoticeKind.NEWER, version=exc.version)
        except sqlite3.Error as exc:
            problem = Notice(NoticeKind.UNREADABLE, reason(exc))
    memory.close()
    memory = connect(":memory:")
    migrate(memory)
    return memory, problem


def _in_memory(data_dir: DataDir, path: Path, notices: list[Notice]) -> OpenedHistory:
    conn, problem = _copy_into_memory(path)
    if problem is None and not data_dir.readable:
        problem = Notice(NoticeKind.UNREADABLE, data_dir.problem)
    if problem is not None:
        notices = [problem, *notices]
    # The first notice says why nothing is saved: it stays the store's notice for the whole run.
    store = HistoryStore(conn, None, data_dir.path, notice=notices[0], whole=problem is None)
    return OpenedHistory(store, notices)


def _in_use(data_dir: DataDir, path: Path, exc: BaseException) -> OpenedHistory:
    """Damaged, but another copy has it open: show what can be read, touch nothing."""
    conn = connect(":memory:")
    migrate(conn)
    with contextlib.suppress(OSError, ValueError):
        _fill(conn, salvage(path))
    notice = Notice(NoticeKind.DAMAGED_IN_USE, reason(exc))
    store = HistoryStore(conn, None, data_dir.path, notice=notice, whole=False)
    return OpenedHistory(store, [notice])


def _journals_of_the_dead(data_path: Path, mine: str | None) -> list[Path]:
    folder = data_path / LOCK_FOLDER
    try:
        found = list(folder.glob(f"*{JOURNAL_SUFFIX}"))
    except OSError:
        return []
    return [p for p in found if p.stem != mine and not owner_alive(data_path, p.stem)]


def flush_journals(store: HistoryStore, data_path: Path) -> int:
    """Write what earlier copies could not save into the history; returns how many sessions."""
    written = 0
    for journal in _journals_of_the_dead(data_path, store.owner_token):
        entries = read_journal(journal)
        if entries and not store.take_over(entries):
            continue  # saving does not work now either: the journal stays for next time
        written += len(entries)
        journal.unlink(missing_ok=True)
    return written


def _journal(data_path: Path, lock: InstanceLock) -> Journal | None:
    try:
        return Journal(data_path / LOCK_FOLDER / f"{lock.token}{JOURNAL_SUFFIX}")
    except OSError:  # no room even for the journal: records wait in memory only
        return None


def _read_only(path: Path) -> bool:
    try:
        return path.exists() and not os.access(path, os.W_OK)
    except OSError:
        return False


def open_history(
    data_dir: DataDir, now: Callable[[], datetime] = datetime.now, opener: Opener = connect
) -> OpenedHistory:
    """Open the data folder's history for this run; `opener` opens the file's connection."""
    path = data_dir.file(HISTORY_FILE)
    if not data_dir.writable:
        return _in_memory(data_dir, path, [Notice(NoticeKind.NOT_SAVING, data_dir.problem)])
    if _read_only(path):
        notice = Notice(NoticeKind.NOT_SAVING, f"the history file {path} is read-only")
        return _in_memory(data_dir, path, [notice])
    try:
        lock = InstanceLock(data_dir.path)
    except OSError as exc:
        return _in_memory(data_dir, path, [Notice(NoticeKind.NOT_SAVING, reason(exc))])
    notices: list[Notice] = []
    try:
        with OpeningLock(data_dir.path):
            check = clean_close.check_needed(data_dir.path, path, lock.token)
            clean_close.forget(data_dir.path)  # before anything writes: a crash now is unclean
            try:
                conn = _open_file(path, check, opener)
            except sqlite3.DatabaseError as exc:
                if not is_corruption(exc):
                    raise
                if others_alive(data_dir.path, lock.token):
                    clean_close.suspect(data_dir.path)  # repaired by the next copy alone
                    lock.release()
                    return _in_use(data_dir, path, exc)
                notices.append(repair(path, now()))
                conn = _open_file(path, opener=opener)
                check = True
            if check:
                clean_close.checked(data_dir.path)
                background_check.checked_at_start(data_dir.path, path)
    except (NewerSchemaError, ForeignFileError):
        lock.release()
        return _in_memory(data_dir, path, [])  # its notice says which, and that nothing is saved
    except (sqlite3.Error, OSError) as exc:
        lock.release()
        return _in_memory(data_dir, path, [*notices, Notice(NoticeKind.NOT_SAVING, reason(exc))])
    sweep_dead(data_dir.path)
    store = HistoryStore(conn, path, data_dir.path, lock, journal=_journal(data_dir.path, lock))
    flush_journals(store, data_dir.path)
    repaired = [n for n in notices if n.kind is NoticeKind.SALVAGED]
    if repaired:
        store.partial_reason = repaired[0].english()
    interrupted = store.recover_interrupted()
    if store.damaged:
        notices.append(Notice(NoticeKind.DAMAGED_ROWS, ids=tuple(store.damaged)))
    return OpenedHistory(store, notices, interrupted, checked=check)


__all__ = ["HISTORY_FILE", "SCHEMA_VERSION", "OpenedHistory", "connect", "open_history"]
