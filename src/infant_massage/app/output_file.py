"""The command line's --out: checked before any work, written whole or not at all.

The checks are usage errors (exit 2): a symbolic link, a device, a folder or a missing folder
is refused before anything is drawn or read. Writing goes through a temporary file in the same
folder, synced and renamed (storage.private_files), so a full disk or a folder that turns out
unwritable leaves whatever was at --out as it was, and fails with one line (exit 1).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from infant_massage.storage.private_files import UnsafeTarget, check_target, sync_folder


class OutputError(Exception):
    """Why --out cannot be written; `code` is the exit code (2 usage, 1 failure)."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def checked_output(value: str) -> Path:
    """The --out path, or OutputError(code 2) when it must not or cannot be used."""
    if not value.strip() or "\0" in value:
        raise OutputError(f"--out needs a file name, not '{value}'", 2)
    out = Path(value).expanduser().absolute()
    try:
        check_target(out)
    except UnsafeTarget as exc:
        raise OutputError(str(exc), 2) from exc
    try:
        folder_ok = out.parent.is_dir()
    except OSError:
        folder_ok = False
    if not folder_ok:
        raise OutputError(f"cannot write {out}: the folder {out.parent} does not exist", 2)
    return out


def write_output(out: Path, write: Callable[[Path], None]) -> None:
    """Let `write(temporary_path)` make the file, then move it to `out` once complete.

    OutputError(code 1) when the folder cannot take it or the writer produced nothing.
    """
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
        os.close(fd)
    except OSError as exc:
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}", 1) from exc
    temporary = Path(name)
    try:
        write(temporary)
        if temporary.stat().st_size == 0:
            raise OutputError(f"cannot write {out}: nothing could be written", 1)
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        check_target(out)
        os.replace(temporary, out)
    except UnsafeTarget as exc:
        raise OutputError(str(exc), 2) from exc
    except OSError as exc:
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}", 1) from exc
    finally:
        temporary.unlink(missing_ok=True)
    sync_folder(out.parent)
