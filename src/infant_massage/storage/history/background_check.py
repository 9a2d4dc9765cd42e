"""Reading the whole history file through in the background, now and then, for silent damage.

A start checks the file only when it may have been left uncleanly (clean_close). A disk that
flips bits under a file nobody touched leaves no such sign: without this the damage would only be
found when its rows are read. So, after the home screen is on screen (app/history_check.py),
a thread runs `PRAGMA quick_check` on a read-only connection of its own (SQLite lets go of the
GIL while it reads, so the window stays responsive), at most when it is due:

- never checked (no record), or the record cannot be read;
- a week after the last good check, even if the file has not changed since: bit rot needs no
  writer;
- a day after the last good check when the file has changed since (every session changes it).

A good check is recorded beside the clean-close record (`instances/checked-whole.json`: the
file as it was when the check began, and when). Damage makes the file suspect, so the next start
runs its full check and repairs it (opening.repair) even if this copy closes the file cleanly.
Quitting interrupts a check at once (`sqlite3.Connection.interrupt`): a 100,000-session file
never holds the app open.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from infant_massage.storage.history import clean_close
from infant_massage.storage.history.notices import is_corruption
from infant_massage.storage.instance_lock import LOCK_FOLDER
from infant_massage.storage.private_files import UnsafeTarget, write_atomically

RECORD = "checked-whole.json"
DAY = 24 * 3600.0
RECHECK_CHANGED = DAY  # a file that sessions have changed: at most once a day
RECHECK_UNCHANGED = 7 * DAY  # a file nobody has touched: once a week still


class Verdict(StrEnum):
    SOUND = "sound"  # read through, nothing wrong: recorded
    DAMAGED = "damaged"  # the file is damaged: the next start repairs it
    STOPPED = "stopped"  # interrupted (the app is quitting): nothing recorded, due again
    FAILED = "failed"  # could not be read through (busy, gone...): nothing recorded


@dataclass(frozen=True)
class Result:
    verdict: Verdict
    detail: str = ""  # what SQLite said, for DAMAGED and FAILED


def _record_path(data_path: Path) -> Path:
    return data_path / LOCK_FOLDER / RECORD


def _fingerprint(history: Path) -> list[int] | None:
    try:
        return clean_close.fingerprint(history)
    except OSError:  # a file that cannot be looked at cannot be read through either
        return None


def is_due(data_path: Path, history: Path, now: float | None = None) -> bool:
    """Whether the whole file should be read through now (see the module's rules)."""
    file = _fingerprint(history)
    if file is None:
        return False  # nothing to read yet
    now = time.time() if now is None else now
    try:
        record = json.loads(_record_path(data_path).read_text(encoding="utf-8"))
        checked_at = float(record["at"])
        checked_file = record["file"]
    except (OSError, ValueError, KeyError, TypeError):
        return True
    since = now - checked_at
    if since < 0:  # the clock was set back: the record's time tells nothing
        return True
    return since >= (RECHECK_UNCHANGED if checked_file == file else RECHECK_CHANGED)


def record_sound(data_path: Path, file: list[int] | None, at: float | None = None) -> None:
    """The file, as `file` (a fingerprint taken before the check began), was read through and
    found sound at `at`. Whole or not at all; a failure only means the next start checks."""
    if file is None:
        return
    body = json.dumps({"file": file, "at": time.time() if at is None else at}).encode()
    with contextlib.suppress(OSError, UnsafeTarget):
        write_atomically(_record_path(data_path), lambda out: out.write(body))


def checked_at_start(data_path: Path, history: Path) -> None:
    """The start's own check (or its repair) has just read the whole file: no need again soon."""
    record_sound(data_path, _fingerprint(history))


def _read_only(history: Path) -> sqlite3.Connection:
    # Read-only: this connection never writes, never checkpoints, never holds the write lock.
    # No busy timeout to wait in: a file locked for longer than a moment is simply due again.
    return sqlite3.connect(
        f"{history.as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
    )


class BackgroundCheck:
    """One read-through of the history file on a thread of its own.

    `on_done(result)` is called once, on that thread, unless the check was stopped: the caller
    hands it to its own thread (the UI's) before touching anything there. `connect` opens the
    read-only connection (a test gives a slow one)."""

    def __init__(
        self,
        history: Path,
        data_path: Path,
        on_done: Callable[[Result], None],
        connect: Callable[[Path], sqlite3.Connection] = _read_only,
        now: Callable[[], float] = time.time,
    ) -> None:
        self._history = history
        self._data_path = data_path
        self._on_done = on_done
        self._connect = connect
        self._now = now
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()  # guards _conn and _stopping between the two threads
        self._stopping = False
        self._thread: threading.Thread | None = None
        self.result: Result | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self._thread is not None:
            return
        # A daemon thread: should anything keep it reading, it never keeps the process alive.
        self._thread = threading.Thread(target=self._run, name="history check", daemon=True)
        self._thread.start()

    def stop(self, wait: float = 2.0) -> bool:
        """Interrupt the check and wait for its thread (at most `wait` s); True once it ended.

        SQLite stops a statement it is interrupted in at its next step, in well under a
        millisecond; the wait only covers a thread that is still opening its file."""
        with self._lock:
            self._stopping = True
            if self._conn is not None:
                self._conn.interrupt()
        return self.wait(wait)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the check to end (at most `timeout` s); True once it has."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        result = self._check()
        self.result = result
        if result.verdict is Verdict.DAMAGED:
            clean_close.suspect(self._data_path)  # repaired at the next start, whatever happens
        if result.verdict is not Verdict.STOPPED:
            self._on_done(result)

    def _check(self) -> Result:
        before = _fingerprint(self._history)
        try:
            conn = self._connect(self._history)
        except sqlite3.Error as exc:
            return self._failed(exc)
        try:
            with self._lock:
                if self._stopping:
                    return Result(Verdict.STOPPED)
                self._conn = conn
            verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        except sqlite3.Error as exc:
            return self._failed(exc)
        finally:
            with self._lock:
                self._conn = None
            conn.close()
        if verdict != "ok":
            return Result(Verdict.DAMAGED, str(verdict))
        record_sound(self._data_path, before, self._now())
        return Result(Verdict.SOUND)

    def _failed(self, exc: sqlite3.Error) -> Result:
        with self._lock:
            stopping = self._stopping
        if stopping or (isinstance(exc, sqlite3.OperationalError) and "interrupt" in str(exc)):
            return Result(Verdict.STOPPED)
        if is_corruption(exc):
            return Result(Verdict.DAMAGED, str(exc))
        return Result(Verdict.FAILED, str(exc))
