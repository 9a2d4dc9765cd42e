"""Export (CSV for spreadsheets, JSON for backups) and import (JSON, merged without duplicates).

The columns and fields are documented in the README ("History and backups"); change both together.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from infant_massage._version import __version__
from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import SessionRecord
from infant_massage.storage.history_merge import MergeResult
from infant_massage.storage.history_store import HistoryStore

BACKUP_FORMAT = "infant-massage-guide/history"
BACKUP_VERSION = 1

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


class BackupError(Exception):
    """The file is not a backup this app can read; the message names the first problem."""


class Backup(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["infant-massage-guide/history"]
    version: Literal[1]
    exported_at: datetime | None = None
    app_version: str = ""
    babies: list[BabyProfile] = []
    sessions: list[SessionRecord] = []


def _seconds(value: float) -> str:
    return f"{value:.1f}"


def _steps_text(record: SessionRecord) -> str:
    parts = []
    for step in record.steps:
        text = f"{step.area}/{step.technique} {_seconds(step.done_seconds)}/"
        text += _seconds(step.planned_seconds)
        parts.append(text + (" skipped" if step.skipped else ""))
    return "; ".join(parts)


def export_csv(store: HistoryStore, out: IO[str]) -> int:
    """One row per session, oldest first; returns how many."""
    babies = {p.id: p for p in store.profiles()}
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for record in store.sessions():
        baby = babies.get(record.baby_id or "")
        local = record.started_at.astimezone()
        writer.writerow(
            [
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
        )
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


def export_to_path(store: HistoryStore, kind: str, out: Path) -> int:
    """Write an export next to `out` and move it into place only once complete (OSError)."""
    fd, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            count = EXPORTERS[kind](store, stream)
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count


def _where(error: ValidationError) -> str:
    first = error.errors()[0]
    location = "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" for part in first["loc"]
    ).lstrip(".")
    return f"{location}: {first['msg']}" if location else first["msg"]


def read_backup(text: str) -> Backup:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BackupError(f"not a JSON file (line {exc.lineno}: {exc.msg})") from exc
    if not isinstance(data, dict) or data.get("format") != BACKUP_FORMAT:
        raise BackupError("not a backup made by Infant Massage Guide (JSON export)")
    try:
        return Backup.model_validate(data)
    except ValidationError as exc:
        raise BackupError(_where(exc)) from exc


def import_backup(store: HistoryStore, text: str) -> MergeResult:
    """Merge a JSON backup into the history; all or nothing. Raises BackupError, HistoryError."""
    backup = read_backup(text)
    try:
        return store.merge(backup.babies, backup.sessions)
    except ValueError as exc:
        raise BackupError(str(exc)) from exc
