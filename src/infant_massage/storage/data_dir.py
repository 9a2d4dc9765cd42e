"""Where the app keeps what it writes: the platform's user data folder, or --data-dir."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from infant_massage.storage.private_files import PRIVATE_DIR, tighten, tighten_all

APP_NAME = "infant-massage-guide"


@dataclass(frozen=True)
class DataDir:
    path: Path
    writable: bool
    problem: str = ""
    readable: bool = True  # False: what the folder holds (if anything) cannot be known

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


def _private_contents(path: Path) -> list[Path]:
    found: list[Path] = []
    for folder in (path, path / "instances"):
        try:
            found.extend(Path(entry.path) for entry in os.scandir(folder))
        except OSError:
            continue
    return found


def open_data_dir(override: str | os.PathLike[str] | None = None) -> DataDir:
    """Create the data folder if needed (0700) and say whether the app can write there.

    What an older release left readable by others is made private (see private_files).
    A folder that cannot be created, read or written is not fatal: the app runs without saving
    and tells the user why.
    """
    try:
        path = Path(override).expanduser().resolve() if override else default_data_path()
        path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    except (OSError, RuntimeError) as exc:
        shown = Path(override) if override else default_data_path()
        why = getattr(exc, "strerror", "") or exc
        return DataDir(shown, False, f"cannot create {shown}: {why}", readable=False)
    if not path.is_dir():
        return DataDir(path, False, f"{path} is not a folder", readable=False)
    tighten(path)
    tighten_all(_private_contents(path))
    if not os.access(path, os.R_OK | os.X_OK):
        return DataDir(path, False, f"cannot read {path}: Permission denied", readable=False)
    problem = _probe_writable(path)
    if problem:
        return DataDir(path, False, f"cannot write to {path}: {problem}")
    return DataDir(path, True)
