"""Where the app keeps what it writes: the platform's user data folder, or --data-dir."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "infant-massage-guide"


@dataclass(frozen=True)
class DataDir:
    path: Path
    writable: bool
    problem: str = ""

    def file(self, name: str) -> Path:
        return self.path / name


def default_data_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _probe_writable(path: Path) -> str:
    """Empty when the folder takes a file; otherwise why it does not."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=path)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return exc.strerror or str(exc)
    return ""


def open_data_dir(override: str | os.PathLike[str] | None = None) -> DataDir:
    """Create the data folder if needed and say whether the app can write there.

    A folder that cannot be created or written is not fatal: the app runs without saving
    and tells the user why.
    """
    path = Path(override).expanduser().resolve() if override else default_data_path()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return DataDir(path, False, f"cannot create {path}: {exc.strerror or exc}")
    problem = _probe_writable(path)
    if problem:
        return DataDir(path, False, f"cannot write to {path}: {problem}")
    return DataDir(path, True)
