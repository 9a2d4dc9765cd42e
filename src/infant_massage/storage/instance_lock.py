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
OPENING_LOCK = "opening.lock"
OPENING_WAIT_SECONDS = 30.0


def _open_private(path: Path) -> IO[bytes]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    return os.fdopen(fd, "r+b")


class InstanceLock:
    """This copy's claim to be alive; held until `release()` or the process ends."""

    def __init__(self, data_path: Path) -> None:
        self.token = uuid.uuid4().hex
        self._folder = data_path / LOCK_FOLDER
        self._folder.mkdir(mode=0o700, exist_ok=True)
        self._path = self._folder / f"{self.token}.lock"
        self._handle: IO[bytes] | None = _open_private(self._path)
        if not _try_lock(self._handle):  # a fresh random name: nobody else can hold it
            raise OSError(f"cannot lock {self._path}")

    def release(self) -> None:
        if self._handle is None:
            return
        _unlock(self._handle)
        self._handle.close()
        self._handle = None
        self._path.unlink(missing_ok=True)


def others_alive(data_path: Path, token: str | None) -> list[str]:
    """The tokens of the other copies of the app that are running on this data folder now."""
    folder = data_path / LOCK_FOLDER
    try:
        names = [path.stem for path in folder.glob("*.lock") if path.name != OPENING_LOCK]
    except OSError:
        return []
    return [name for name in names if name != token and owner_alive(data_path, name)]


class OpeningLock:
    """Held while a copy opens (checks, migrates, repairs) the history: one copy at a time.

    A copy that finds the file damaged may only repair it while no other copy has it open; the
    others either hold their instance lock already (and are seen) or wait here until the repair
    is done, and then open the repaired file.
    """

    def __init__(self, data_path: Path, wait_seconds: float = OPENING_WAIT_SECONDS) -> None:
        folder = data_path / LOCK_FOLDER
        folder.mkdir(mode=0o700, exist_ok=True)
        self._handle: IO[bytes] | None = _open_private(folder / OPENING_LOCK)
        deadline = time.monotonic() + wait_seconds
        while not _try_lock(self._handle):
            if time.monotonic() > deadline:
                self._handle.close()
                self._handle = None
                raise OSError("another copy of the app is still opening the history")
            time.sleep(0.02)

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None

    def __enter__(self) -> OpeningLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


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
        if path.name == OPENING_LOCK:
            continue
        try:
            young = now - path.stat().st_mtime < min_age_seconds
        except FileNotFoundError:
            continue
        if not young and not owner_alive(data_path, path.stem):
            path.unlink(missing_ok=True)
