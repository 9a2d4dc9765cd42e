"""Whether the history needs its full integrity check at this start.

`PRAGMA quick_check` reads every page of the file: 84 ms warm and 1.2 s from a cold disk for
100,000 sessions, on every start. It is only worth it when something may have gone wrong
since the file was last closed cleanly, so each copy of the app leaves a record when it closes
the file cleanly (`instances/closed-cleanly.json`: the file's size, times and inode, and its
-wal's) and takes the record away when it opens the file. The check runs when

- there is no record: the last copy that opened the file was killed, crashed or lost its
  power before it closed it (or the file is new to this folder, or an older release closed it);
- the file or its -wal is not the one that was closed: another program, a disk tool or a
  restored backup changed it (its change time moves, and no program can set that back);
- a lock in `instances/` was left by a copy that is gone: that copy did not close the file;
- a copy found the file damaged and could not repair it then (another copy had it open, whose
  clean close would record the damaged file as it is): `instances/check-at-next-start` stays
  until a check has passed or the file was repaired.

A damage that none of these can see (a disk that flips bits under an unchanged file) is found
when its rows are read (history_damage), as before.

The change time is coarse (a clock tick, up to 10 ms): a write in the same tick as the close
would leave it unchanged. So the record is trusted only when it was written in a later tick than
the file's last change (as git does with "racily clean" files), and the close waits for that
tick rather than leave an untrusted record.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

from infant_massage.storage.instance_lock import LOCK_FOLDER, OPENING_LOCK, owner_alive
from infant_massage.storage.private_files import PRIVATE_FILE

RECORD = "closed-cleanly.json"
SUSPECT = "check-at-next-start"
# What says a file is still the one recorded: the same file, size and times.
_FIELDS = ("st_dev", "st_ino", "st_size", "st_mtime_ns", "st_ctime_ns")
_TICK_WAIT_SECONDS = 0.05  # far more than a clock tick; past it the next start simply checks


def _record_path(data_path: Path) -> Path:
    return data_path / LOCK_FOLDER / RECORD


def fingerprint(path: Path) -> list[int] | None:
    """The file as it is now (None: there is no file), to compare with a record of it."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return [getattr(info, name) for name in _FIELDS]


def _wal(history: Path) -> Path:
    return history.with_name(history.name + "-wal")


def _state(history: Path) -> dict[str, list[int] | None]:
    return {"file": fingerprint(history), "wal": fingerprint(_wal(history))}


def _dead_copies(data_path: Path, mine: str | None) -> bool:
    folder = data_path / LOCK_FOLDER
    try:
        tokens = [p.stem for p in folder.glob("*.lock") if p.name != OPENING_LOCK]
    except OSError:
        return True
    return any(token != mine and not owner_alive(data_path, token) for token in tokens)


def check_needed(data_path: Path, history: Path, mine: str | None) -> bool:
    """Whether the file may have been left or changed uncleanly since its last clean close.

    A history that does not exist yet needs no check (there is nothing to read).
    """
    state = _state(history)
    if state["file"] is None:
        return False
    if (data_path / LOCK_FOLDER / SUSPECT).exists():
        return True
    record = _record_path(data_path)
    try:
        written = record.stat().st_ctime_ns
        closed = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    if closed != state:
        return True
    changed = max(seen[-1] for seen in state.values() if seen is not None)
    if changed >= written:  # written in the tick of the last change: a later write could hide
        return True
    return _dead_copies(data_path, mine)


def suspect(data_path: Path) -> None:
    """The file was seen damaged: check it at the next start, whoever closes it meanwhile."""
    with contextlib.suppress(OSError):
        os.close(os.open(data_path / LOCK_FOLDER / SUSPECT, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))


def checked(data_path: Path) -> None:
    """The whole file was checked and found sound (or repaired): no longer suspect."""
    with contextlib.suppress(OSError):
        (data_path / LOCK_FOLDER / SUSPECT).unlink(missing_ok=True)


def forget(data_path: Path) -> None:
    """Take the record away before this copy writes to the file: until its own clean close,
    the next start checks the file."""
    with contextlib.suppress(OSError):
        _record_path(data_path).unlink(missing_ok=True)


def remember(data_path: Path, history: Path) -> None:
    """The file was just closed cleanly: record it as it is now, so the next start trusts it."""
    state = _state(history)
    if state["file"] is None:
        return
    changed = max(seen[-1] for seen in state.values() if seen is not None)
    record = _record_path(data_path)
    temporary = record.with_name(f".{RECORD}.{os.getpid()}")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(state, out)
        deadline = time.monotonic() + _TICK_WAIT_SECONDS
        while temporary.stat().st_ctime_ns <= changed and time.monotonic() < deadline:
            time.sleep(0.001)
            os.utime(temporary)  # moves its change time to the clock's current tick
        os.replace(temporary, record)  # whole or not at all; a rename only moves the time later
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
