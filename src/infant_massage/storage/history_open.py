"""Opening the history so that nothing is ever lost and the app always starts.

- A damaged file is moved aside under a dated name (with its -wal and -shm) and a fresh one is
  started; the notice says where the old one is.
- A folder that cannot be written (read-only, full, or a history from a newer app) gives a
  history kept in memory for this run, holding a copy of what is on disk when it can be read,
  so the app works normally but saves nothing; the notice says why.
- Sessions that a crashed or killed copy left running are marked interrupted at once.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from infant_massage.domain.session_record import SessionRecord
from infant_massage.storage.data_dir import DataDir
from infant_massage.storage.history_notices import Notice, NoticeKind, is_corruption, reason
from infant_massage.storage.history_schema import SCHEMA_VERSION, NewerSchemaError, migrate
from infant_massage.storage.history_store import HistoryStore
from infant_massage.storage.instance_lock import InstanceLock, sweep_dead

HISTORY_FILE = "history.sqlite3"
BUSY_TIMEOUT_MS = 5000


@dataclass
class OpenedHistory:
    store: HistoryStore
    notices: list[Notice] = field(default_factory=list)  # tell the user each one, once
    interrupted: list[SessionRecord] = field(default_factory=list)  # found at this start


def connect(path: Path | str, **options) -> sqlite3.Connection:
    # Autocommit: the store opens its transactions itself (BEGIN IMMEDIATE).
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, **options)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


OPEN_RETRY_SECONDS = 15.0


def _busy(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc)


def _open_file(path: Path) -> sqlite3.Connection:
    """Open, check and migrate the file, waiting for a copy that is starting at the same moment.

    SQLite does not call its busy handler for every lock (switching to WAL, WAL recovery), so
    a second copy opening in the same instant can see SQLITE_BUSY at once; it tries again.
    """
    deadline = time.monotonic() + OPEN_RETRY_SECONDS
    pause = 0.02
    while True:
        try:
            return _open_file_once(path)
        except sqlite3.OperationalError as exc:
            if not _busy(exc) or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(0.5, pause * 2)


def _open_file_once(path: Path) -> sqlite3.Connection:
    conn = connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(f"database disk image is malformed: {check}")
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


def move_aside(path: Path, now: datetime) -> Path:
    """Keep a damaged file (and its journal files) under a dated name; returns the new path."""
    target = _aside_name(path, now)
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(target.with_name(target.name + suffix))
    return target


def _copy_into_memory(path: Path) -> sqlite3.Connection:
    """A history in memory, starting as a copy of the file when it can be read at all."""
    memory = connect(":memory:")
    if path.exists():
        for options in ("mode=ro", "immutable=1"):  # immutable: no -shm can be made here
            try:
                source = sqlite3.connect(f"{path.as_uri()}?{options}", uri=True)
                try:
                    source.backup(memory)
                finally:
                    source.close()
                break
            except sqlite3.Error:
                continue
    try:
        migrate(memory)
    except (sqlite3.Error, NewerSchemaError):
        memory.close()
        memory = connect(":memory:")
        migrate(memory)
    return memory


def _in_memory(data_dir: DataDir, path: Path, notices: list[Notice]) -> OpenedHistory:
    # The last notice says why nothing is saved: it stays the store's notice for the whole run.
    store = HistoryStore(_copy_into_memory(path), None, data_dir.path, notice=notices[-1])
    return OpenedHistory(store, notices)


def open_history(data_dir: DataDir, now: Callable[[], datetime] = datetime.now) -> OpenedHistory:
    path = data_dir.file(HISTORY_FILE)
    if not data_dir.writable:
        return _in_memory(data_dir, path, [Notice(NoticeKind.NOT_SAVING, data_dir.problem)])
    try:
        lock = InstanceLock(data_dir.path)
    except OSError as exc:
        return _in_memory(data_dir, path, [Notice(NoticeKind.NOT_SAVING, reason(exc))])
    notices: list[Notice] = []
    try:
        try:
            conn = _open_file(path)
        except sqlite3.DatabaseError as exc:
            if not is_corruption(exc):
                raise
            notices.append(Notice(NoticeKind.MOVED_ASIDE, reason(exc), move_aside(path, now())))
            conn = _open_file(path)
    except (sqlite3.Error, NewerSchemaError, OSError) as exc:
        lock.release()
        return _in_memory(data_dir, path, [*notices, Notice(NoticeKind.NOT_SAVING, reason(exc))])
    sweep_dead(data_dir.path)
    store = HistoryStore(conn, path, data_dir.path, lock)
    return OpenedHistory(store, notices, store.recover_interrupted())


__all__ = ["HISTORY_FILE", "SCHEMA_VERSION", "OpenedHistory", "connect", "open_history"]
