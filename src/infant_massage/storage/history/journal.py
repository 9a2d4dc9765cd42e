"""Records the history could not take yet (a full disk, a folder turned read-only), kept on disk.

Each running copy of the app reserves its own small journal next to its instance lock when it
starts, while there is still room: `instances/<token>.journal`, RESERVE bytes of zeros. When a
save fails, the records waiting to be saved are written over the start of that reserved space,
which needs no new disk blocks, and synced; when saving works again the journal is cleared.
A copy that ends with records still waiting leaves its journal behind, and the next start
writes them into the history (at the latest then) and removes it.

Format: one JSON object per line, {"running": bool, "record": {...}}, then zeros to the end.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from infant_massage.domain.session_record import SessionRecord
from infant_massage.storage.private_files import PRIVATE_FILE

RESERVE = 64 * 1024  # about a hundred finished sessions
SUFFIX = ".journal"

Entry = tuple[SessionRecord, bool]  # the record, and whether it is a running checkpoint


def _encode(entries: Iterable[Entry]) -> bytes:
    lines = [
        json.dumps({"running": running, "record": record.model_dump(mode="json")})
        for record, running in entries
    ]
    return ("\n".join(lines) + "\n").encode() if lines else b""


class Journal:
    """This copy's reserved journal; `write` never raises, it says whether the records are safe."""

    def __init__(self, path: Path, reserve: int = RESERVE) -> None:
        self.path = path
        self._reserve = reserve
        self._used = 0
        fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        try:
            try:
                os.posix_fallocate(fd, 0, reserve)
            except (AttributeError, OSError):  # Windows, macOS, a file system without it
                os.pwrite(fd, bytes(reserve), 0)
            os.fsync(fd)
        except OSError:
            os.close(fd)
            path.unlink(missing_ok=True)
            raise
        self._fd: int | None = fd

    def write(self, entries: list[Entry]) -> bool:
        """Replace the journal's content with `entries`; False when they could not be kept."""
        if self._fd is None:
            return False
        data = _encode(entries)
        padding = bytes(max(0, self._used - len(data)))  # zero what the last write left beyond
        try:
            os.pwrite(self._fd, data + padding, 0)
            os.fsync(self._fd)
        except OSError:
            return False
        self._used = len(data)
        return True

    def clear(self) -> None:
        if self._used:
            self.write([])

    def close(self) -> None:
        """Close; the file goes when nothing is waiting in it, otherwise it stays for next time."""
        if self._fd is None:
            return
        os.close(self._fd)
        self._fd = None
        if not self._used:
            self.path.unlink(missing_ok=True)


def read_journal(path: Path) -> list[Entry]:
    """What a journal holds; lines that cannot be read (a torn write) are left out."""
    try:
        data = path.read_bytes()[: RESERVE * 16]
    except OSError:
        return []
    entries: list[Entry] = []
    for line in data.split(b"\0", 1)[0].splitlines():
        with contextlib.suppress(ValueError, ValidationError, TypeError, KeyError):
            item = json.loads(line)
            entries.append((SessionRecord.model_validate(item["record"]), bool(item["running"])))
    return entries
