"""Export (CSV for spreadsheets, JSON for backups) and import (JSON, merged without duplicates).

The columns and fields are documented in the README ("History and backups"); change both together.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from pydantic import BaseModel

from infant_massage._version import __version__
from infant_massage.domain.session_record import SessionRecord
from infant_massage.storage.history.importing import (
    BACKUP_FORMAT,
    BACKUP_VERSION,
    BackupError,
    KnownIds,
    import_bytes,
)
from infant_massage.storage.history.merge import MergeResult
from infant_massage.storage.history.store import HistoryStore
from infant_massage.storage.private_files import check_target, write_atomically

__all__ = ["BACKUP_FORMAT", "BACKUP_VERSION", "BackupError", "KnownIds", "import_backup"]

CSV_COLUMNS = [
    "session_id",
    "date",
    "time",
    "started_at",
    "ended_at",
    "baby_id",
    "baby_name",
    "baby_birth_date",
    "practice",
    "kind",
    "routine",
    "areas",
    "steps",
    "planned_seconds",
    "done_seconds",
    "outcome",
    "stop_reason",
    "response",
    "note",
]


def _seconds(value: float) -> str:
    return f"{value:.1f}"


def _steps_text(record: SessionRecord) -> str:
    parts = []
    for step in record.steps:
        text = f"{step.area}/{step.technique} {_seconds(step.done_seconds)}/"
        text += _seconds(step.planned_seconds)
        parts.append(text + (" skipped" if step.skipped else ""))
    return "; ".join(parts)


# A spreadsheet takes a cell that starts with one of these as a formula (=HYPERLINK(...) becomes
# a live link, +cmd|... runs a program): such a cell gets a leading apostrophe, which every
# spreadsheet shows as text (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


def export_csv(store: HistoryStore, out: IO[str]) -> int:
    """One row per session, oldest first; returns how many.

    Lines end in CRLF (RFC 4180), so that a cell holding a line break of either kind is quoted.
    """
    babies = {p.id: p for p in store.profiles()}
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for record in store.sessions():
        baby = babies.get(record.baby_id or "")
        local = record.started_at.astimezone()
        cells = [
            record.id,
            local.date().isoformat(),
            local.strftime("%H:%M"),
            record.started_at.astimezone(UTC).isoformat(),
            record.ended_at.astimezone(UTC).isoformat() if record.ended_at else "",
            record.baby_id or "",
            baby.name if baby else "",
            baby.birth_date.isoformat() if baby else "",
            "true" if record.practice else "false",
            record.kind.value,
            record.routine or "",
            " ".join(record.areas),
            _steps_text(record),
            _seconds(record.planned_seconds),
            _seconds(record.done_seconds),
            record.outcome.value,
            record.stop_reason.value if record.stop_reason else "",
            record.response.value if record.response else "",
            record.note,
        ]
        writer.writerow([csv_cell(cell) for cell in cells])
        count += 1
    return count


def _json_items(items: Iterable[BaseModel]) -> Iterable[str]:
    first = True
    for item in items:
        yield ("\n    " if first else ",\n    ") + item.model_dump_json()
        first = False


def export_json(store: HistoryStore, out: IO[str]) -> int:
    """Everything: every baby and every session with its steps. Streamed, so 100k rows fit."""
    header = {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "exported_at": datetime.now(UTC).isoformat(),
        "app_version": __version__,
    }
    out.write("{\n")
    for key, value in header.items():
        out.write(f"  {json.dumps(key)}: {json.dumps(value)},\n")
    out.write('  "babies": [')
    out.writelines(_json_items(store.profiles()))
    out.write('\n  ],\n  "sessions": [')
    count = 0
    for line in _json_items(store.sessions()):
        out.write(line)
        count += 1
    out.write("\n  ]\n}\n")
    return count


EXPORTERS = {"csv": export_csv, "json": export_json}


class IncompleteHistory(Exception):
    """The history could not be read whole: an export would be worse than what it replaces."""


def _check_whole(store: HistoryStore, partial: bool) -> None:
    if not store.whole:
        why = store.notice.english() if store.notice else "the history could not be read"
        raise IncompleteHistory(f"nothing was exported: {why}")
    if store.partial_reason and not partial:
        raise IncompleteHistory(
            f"nothing was exported: {store.partial_reason} (--partial exports what was recovered)"
        )


def export_to_stream(store: HistoryStore, kind: str, out: IO[bytes], partial: bool = False) -> int:
    """Export into a binary stream; IncompleteHistory when rows were skipped (unless `partial`).

    A history that could not be read at all (newer, foreign, unreadable) is refused even with
    `partial`: an empty export must never pass for it.
    """
    _check_whole(store, partial)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        count = EXPORTERS[kind](store, text)
        text.flush()
    finally:
        text.detach()
    if store.damaged and not partial:
        listed = ", ".join(list(store.damaged)[:3]) + (", ..." if len(store.damaged) > 3 else "")
        raise IncompleteHistory(
            f"{len(store.damaged)} damaged session(s) could not be read ({listed}); nothing was "
            f"exported (--partial exports the other {count} anyway)"
        )
    return count


def export_to_path(store: HistoryStore, kind: str, out: Path, partial: bool = False) -> int:
    """Write an export whole or not at all, 0600 (private_files.write_atomically).

    Raises UnsafeTarget (a link, a device, a folder), IncompleteHistory, OSError; in every case
    the file that was there stays as it was.
    """
    check_target(out)
    _check_whole(store, partial)
    return write_atomically(out, lambda stream: export_to_stream(store, kind, stream, partial))


def import_backup(store: HistoryStore, text: str, known: KnownIds | None = None) -> MergeResult:
    """Merge a JSON backup given as text; see history_import.import_bytes."""
    return import_bytes(store, text.encode("utf-8", "surrogatepass"), known)
