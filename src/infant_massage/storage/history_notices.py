"""What the history tells the user about its own trouble: a kind the UI words, plus the facts.

Storage has no translator, so it hands over a kind and the details (a path, the system's reason)
and the UI makes the sentence. `english()` is the wording for the command line and logs.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class NoticeKind(StrEnum):
    MOVED_ASIDE = "moved_aside"  # the file was damaged: kept under a new name, a new one started
    NOT_SAVING = "not_saving"  # nothing will be saved this run (folder read-only, newer file...)
    SAVE_FAILED = "save_failed"  # saving stopped working mid-run; retried at every save


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    detail: str = ""  # the reason, as the system gives it
    path: Path | None = None  # MOVED_ASIDE: where the damaged file is now

    def english(self) -> str:
        if self.kind is NoticeKind.MOVED_ASIDE:
            return (
                f"the history file was damaged; it was moved to {self.path} "
                "and a new one was started"
            )
        if self.kind is NoticeKind.NOT_SAVING:
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
        return "the history file is damaged; restart the app to set it aside"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
