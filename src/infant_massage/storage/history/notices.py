"""What the history tells the user about its own trouble: a kind the UI words, plus the facts.

Storage has no translator, so it hands over a kind and the details (a path, the system's reason,
counts) and the UI makes the sentence. `english()` is the wording for the command line and logs.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class NoticeKind(StrEnum):
    SALVAGED = "salvaged"  # the file was damaged: copied aside, readable rows in a fresh one
    DAMAGED_IN_USE = "damaged_in_use"  # damaged, but another copy has it open: left alone
    DAMAGED_ROWS = "damaged_rows"  # some rows cannot be read: skipped, kept in the file
    FOUND_DAMAGED = "found_damaged"  # damage found while running: repaired at the next start
    NEWER = "newer"  # written by a newer release: not touched, nothing saved
    FOREIGN = "foreign"  # a SQLite file of another program: not touched, nothing saved
    UNREADABLE = "unreadable"  # the history could not be read: nothing shown, nothing saved
    NOT_SAVING = "not_saving"  # nothing will be saved this run (folder read-only...)
    SAVE_FAILED = "save_failed"  # saving stopped working mid-run; retried at every save


# The notices after which this run saves nothing.
NOT_SAVING_KINDS = frozenset(
    {
        NoticeKind.DAMAGED_IN_USE,
        NoticeKind.NEWER,
        NoticeKind.FOREIGN,
        NoticeKind.UNREADABLE,
        NoticeKind.NOT_SAVING,
    }
)


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    detail: str = ""  # the reason, as the system gives it
    path: Path | None = None  # SALVAGED: where the damaged copy is kept
    sessions: int = 0  # SALVAGED: sessions recovered
    babies: int = 0  # SALVAGED: profiles recovered
    version: int = 0  # NEWER: the schema version found in the file
    ids: tuple[str, ...] = ()  # DAMAGED_ROWS: the rows skipped

    def english(self) -> str:
        kind = self.kind
        if kind is NoticeKind.SALVAGED:
            return (
                f"the history file was damaged; {self.sessions} sessions and {self.babies} baby "
                f"profiles were recovered into a fresh one; the damaged copy is kept at {self.path}"
            )
        if kind is NoticeKind.DAMAGED_IN_USE:
            return (
                "the history file is damaged but another copy of the app has it open; it was "
                "left as it is and nothing is saved this time (close the other copy, then start "
                "again to repair it)"
            )
        if kind is NoticeKind.DAMAGED_ROWS:
            listed = ", ".join(self.ids[:10]) + (" ..." if len(self.ids) > 10 else "")
            return (
                f"{len(self.ids)} damaged row(s) in the history were skipped and left as they "
                f"are in the file: {listed}"
            )
        if kind is NoticeKind.FOUND_DAMAGED:
            return (
                f"part of the history file is damaged ({self.detail}); the app goes on and "
                "repairs the file at its next start, keeping a copy of the damaged one"
            )
        if kind is NoticeKind.NEWER:
            return (
                f"the history file was written by a newer version of the app (schema "
                f"{self.version}); this version leaves it untouched and saves nothing"
            )
        if kind is NoticeKind.FOREIGN:
            return (
                "the history file is not a history of this app (another program's database); "
                "it is left untouched and nothing is saved"
            )
        if kind is NoticeKind.UNREADABLE:
            return f"the history could not be read ({self.detail}); nothing is saved this time"
        if kind is NoticeKind.NOT_SAVING:
            return f"not saving the history this time: {self.detail}"
        return f"the last session could not be saved yet: {self.detail}"


def is_corruption(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB":
        return True
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def reason(exc: BaseException) -> str:
    """A short reason a person can act on, for the errors a full or locked-down folder gives."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL":
        return "the disk is full"
    if name.startswith("SQLITE_READONLY") or name == "SQLITE_PERM":
        return "the data folder is read-only"
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED"):
        return "another copy of the app kept the history busy"
    if isinstance(exc, sqlite3.Error) and is_corruption(exc):
        return "the history file is damaged; restart the app to repair it"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
