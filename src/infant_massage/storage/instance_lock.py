"""Which running copies of the app are alive, told by OS file locks rather than process ids.

Each copy that opens the history holds an exclusive lock on its own file in `instances/`. The OS
drops the lock the moment the process ends, however it ends (SIGKILL, power button, crash), and
a lock cannot be fooled by a process id that was reused after a reboot. So "is the copy that
wrote this running checkpoint still alive?" is answered by trying to take its lock.
"""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path
from typing import IO

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        # flock, not lockf: flock locks belong to the open file, so a second open in the same
        # process (two stores in one test) conflicts as a second process would.
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


LOCK_FOLDER = "instances"


class InstanceLock:
    """This copy's claim to be alive; held until `release()` or the process ends."""

    def __init__(self, data_path: Path) -> None:
        self.token = uuid.uuid4().hex
        self._folder = data_path / LOCK_FOLDER
        self._folder.mkdir(exist_ok=True)
        self._path = self._folder / f"{self.token}.lock"
        self._handle: IO[bytes] | None = open(self._path, "a+b")  # noqa: SIM115 - held open
        if not _try_lock(self._handle):  # a fresh random name: nobody else can hold it
            raise OSError(f"cannot lock {self._path}")

    def release(self) -> None:
        if self._handle is None:
            return
        _unlock(self._handle)
        self._handle.close()
        self._handle = None
        self._path.unlink(missing_ok=True)


def owner_alive(data_path: Path, token: str) -> bool:
    """Whether the copy that signed with `token` still holds its lock (and so is running)."""
    path = data_path / LOCK_FOLDER / f"{token}.lock"
    try:
        handle = open(path, "r+b")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return False
    try:
        if not _try_lock(handle):
            return True
        _unlock(handle)
    finally:
        handle.close()
    return False


def sweep_dead(data_path: Path, min_age_seconds: float = 60.0) -> None:
    """Remove the lock files that crashed copies left behind.

    A file younger than `min_age_seconds` is left alone: its copy may be between creating the
    file and locking it.
    """
    folder = data_path / LOCK_FOLDER
    if not folder.is_dir():
        return
    now = time.time()
    for path in folder.glob("*.lock"):
        try:
            young = now - path.stat().st_mtime < min_age_seconds
        except FileNotFoundError:
            continue
        if not young and not owner_alive(data_path, path.stem):
            path.unlink(missing_ok=True)
