"""Files only their owner can read, and files that appear whole or not at all.

A family's history is private: the data folder is 0700 and everything in it 0600, created so
and tightened at start when an older release (or a copy from elsewhere) left it looser. A file
that is read-only stays read-only: tightening only ever removes permissions.

An output file (an export, a handout) is written to a temporary file in the same folder, synced,
and renamed over the target only when complete, so a failure leaves the old file as it was. The
target must be a regular file or nothing: a symbolic link or a device is refused, never replaced.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, TypeVar

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
T = TypeVar("T")


class UnsafeTarget(ValueError):
    """The output path names something that must not be replaced (a link, a device, a folder)."""


def tighten(path: Path) -> None:
    """Remove group and other permissions from a file or folder that has them; never add any."""
    try:
        info = path.lstat()
    except OSError:
        return
    if stat.S_ISLNK(info.st_mode):
        return
    limit = PRIVATE_DIR if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE
    mode = stat.S_IMODE(info.st_mode)
    if mode & ~limit:
        with contextlib.suppress(OSError):
            path.chmod(mode & limit)


def tighten_all(paths: Iterable[Path]) -> None:
    for path in paths:
        tighten(path)


def create_private(path: Path) -> None:
    """Make an empty file that only its owner can read, unless it exists (then leave it)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return
    os.close(fd)


def check_target(out: Path) -> None:
    """Refuse an output path that is a symbolic link or exists and is not a regular file."""
    try:
        info = out.lstat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise UnsafeTarget(f"cannot use {out}: {exc.strerror or exc}") from exc
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeTarget(f"{out} is a symbolic link; name the file itself")
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise UnsafeTarget(f"{out} is {kind}; it is never replaced")


def sync_folder(folder: Path) -> None:
    # The rename itself is durable only once the folder is synced (POSIX; Windows has no need).
    if os.name == "nt":  # pragma: no cover
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomically(out: Path, write: Callable[[IO[bytes]], T]) -> T:
    """Write `out` whole or not at all, as a private file; returns what `write` returns.

    Raises UnsafeTarget before anything is written, OSError when writing fails (the target is
    then untouched and the temporary file removed).
    """
    check_target(out)
    fd, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            result = write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        check_target(out)  # again: it may have become a link while we wrote
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    sync_folder(out.parent)
    return result
