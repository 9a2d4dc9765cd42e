"""Records to and from database rows; every record is validated on the way in and out."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict

from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.record_rules import check_day
from infant_massage.domain.session_record import (
    Outcome,
    Response,
    Seconds,
    SessionKind,
    SessionRecord,
    StepRecord,
    StopReason,
)

T = TypeVar("T")

# The order of the values in `session_params`, and the columns `record_from_row` reads.
SESSION_COLUMNS = (
    "id",
    "baby_id",
    "kind",
    "routine",
    "practice",
    "started_at",
    "ended_at",
    "planned_seconds",
    "steps",
    "outcome",
    "stop_reason",
    "response",
    "note",
    "done_seconds",
    "areas",
)


def utc_text(moment: datetime) -> str:
    """A time as the database keeps it: UTC, fixed width, so text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text)


@dataclass(frozen=True)
class AreaRow:
    area: str
    seconds: float
    stopped_here: bool


def stopped_area(steps: Sequence[StepRecord], outcome: str, stop_reason: str | None) -> str | None:
    """Where a stopped session was stopped: the area of the last step that had begun."""
    if outcome != Outcome.STOPPED:
        return None
    begun = [step for step in steps if step.done_seconds > 0 and not step.skipped]
    if begun:
        return begun[-1].area
    offered = [step for step in steps if not step.skipped]
    return offered[0].area if offered else None


def area_rows(steps: Sequence[StepRecord], outcome: str, stop_reason: str | None) -> list[AreaRow]:
    """Per area: the seconds done and whether the session was stopped there (for the charts)."""
    seconds: dict[str, float] = {}
    for step in steps:
        if step.done_seconds > 0:
            seconds[step.area] = seconds.get(step.area, 0.0) + step.done_seconds
    stopped = stopped_area(steps, outcome, stop_reason)
    if stopped is not None:
        seconds.setdefault(stopped, 0.0)
    return [AreaRow(area, total, area == stopped) for area, total in seconds.items()]


def revalidated(record: SessionRecord) -> SessionRecord:
    # A record can be changed after it was made (pydantic does not check assignments): check again.
    values = record.model_dump(warnings=False)
    ended, started = values.get("ended_at"), values.get("started_at")
    if ended is not None and started is not None and ended < started:
        # The wall clock was set back during the session: the session is kept, ending as it began.
        values["ended_at"] = started
    return SessionRecord.model_validate(values)


class DamagedRow(Exception):
    """A row that cannot be read as a record; it is skipped and left as it is in the file."""

    def __init__(self, row_id: str, why: str) -> None:
        super().__init__(f"{row_id}: {why}")
        self.row_id = row_id
        self.why = why


def _why(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return f"{where}: {first['msg']}" if where else first["msg"]
    return str(exc) or type(exc).__name__


def row_id(row: Sequence[Any]) -> str:
    value = row[0] if row else None
    return value if isinstance(value, str) else repr(value)


def rowid_of(row: Sequence[Any]) -> int:
    """The rowid that SELECT_RECORD and HISTORY_ROW_SQL put last."""
    return int(row[-1])


def guarded(row: Sequence[Any], read: Callable[[Sequence[Any]], T]) -> T:
    """`read(row)`, or DamagedRow naming the row and its first problem."""
    try:
        return read(row)
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError) as exc:
        raise DamagedRow(row_id(row), _why(exc)) from exc


def session_params(record: SessionRecord) -> tuple[Any, ...]:
    steps = [step.model_dump(mode="json") for step in record.steps]
    return (
        record.id,
        record.baby_id,
        record.kind.value,
        record.routine,
        int(record.practice),
        utc_text(record.started_at),
        utc_text(record.ended_at) if record.ended_at else None,
        record.planned_seconds,
        json.dumps(steps, separators=(",", ":")),
        record.outcome.value,
        record.stop_reason.value if record.stop_reason else None,
        record.response.value if record.response else None,
        record.note,
        record.done_seconds,
        " ".join(record.areas),
    )


def record_from_row(row: Sequence[Any]) -> SessionRecord:
    """The record a row holds; DamagedRow when it holds none."""
    return guarded(row, _record_from_row)


def _record_from_row(row: Sequence[Any]) -> SessionRecord:
    values = dict(zip(SESSION_COLUMNS, row, strict=False))
    if not isinstance(values["steps"], str):
        raise ValueError("steps: not JSON text")
    return SessionRecord.model_validate(
        {
            "id": values["id"],
            "baby_id": values["baby_id"],
            "kind": values["kind"],
            "routine": values["routine"],
            "practice": bool(values["practice"]),
            "started_at": values["started_at"],
            "ended_at": values["ended_at"],
            "planned_seconds": values["planned_seconds"],
            "steps": json.loads(values["steps"]),
            "outcome": values["outcome"],
            "stop_reason": values["stop_reason"],
            "response": values["response"],
            "note": values["note"],
        }
    )


class HistoryRow(BaseModel):
    """One line of the history table: what the table shows, without the steps."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    baby_id: str | None
    baby_name: str | None
    practice: bool
    kind: SessionKind
    routine: str | None
    started_at: Annotated[datetime, AfterValidator(check_day)]
    done_seconds: Seconds
    planned_seconds: Seconds
    areas: list[str]
    outcome: Outcome
    stop_reason: StopReason | None
    response: Response | None
    note: str


HISTORY_ROW_SQL = """
SELECT s.id, s.baby_id, b.name, s.practice, s.kind, s.routine, s.started_at, s.done_seconds,
       s.planned_seconds, s.areas, s.outcome, s.stop_reason, s.response, s.note, s.rowid
FROM sessions s LEFT JOIN babies b ON b.id = s.baby_id"""


def history_row(row: Sequence[Any]) -> HistoryRow:
    return guarded(row, _history_row)


def _history_row(row: Sequence[Any]) -> HistoryRow:
    if not isinstance(row[9], str | None):
        raise ValueError("areas: not text")
    return HistoryRow(
        id=row[0],
        baby_id=row[1],
        baby_name=row[2],
        practice=bool(row[3]),
        kind=row[4],
        routine=row[5],
        started_at=row[6],
        done_seconds=row[7],
        planned_seconds=row[8],
        areas=row[9].split() if row[9] else [],
        outcome=row[10],
        stop_reason=row[11],
        response=row[12],
        note=row[13],
    )


_UPSERT = (
    f"INSERT INTO sessions ({', '.join(SESSION_COLUMNS)}, owner, owner_pid, heartbeat_at)"
    f" VALUES ({', '.join('?' * (len(SESSION_COLUMNS) + 3))})"
    " ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in (*SESSION_COLUMNS[1:], "owner", "owner_pid"))
    + ", heartbeat_at = excluded.heartbeat_at"
)
# A late checkpoint must never turn a finished session back into a running one.
_CHECKPOINT = _UPSERT + " WHERE sessions.outcome = 'running'"
# The rowid comes last: a row that turns out damaged is hidden by it (history_damage).
SELECT_RECORD = f"SELECT {', '.join(SESSION_COLUMNS)}, rowid FROM sessions"

Signature = tuple[str | None, int, str]  # owner token, process id, heartbeat time


def write_session(
    conn: sqlite3.Connection, record: SessionRecord, running: Signature | None = None
) -> bool:
    """Insert or replace a session and its per-area rows; a running one carries its signature.

    Returns False when a checkpoint arrived for a session that has already ended (ignored).
    """
    if running is not None:
        changed = conn.execute(_CHECKPOINT, (*session_params(record), *running)).rowcount
    else:
        changed = conn.execute(_UPSERT, (*session_params(record), None, None, None)).rowcount
    if not changed:
        return False
    conn.execute("DELETE FROM session_areas WHERE session_id = ?", (record.id,))
    started = utc_text(record.started_at)
    conn.executemany(
        "INSERT INTO session_areas (started_at, session_id, area, seconds, stopped_here)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            (started, record.id, a.area, a.seconds, int(a.stopped_here))
            for a in area_rows(record.steps, record.outcome, record.stop_reason)
        ],
    )
    return True


PROFILE_COLUMNS = ("id", "name", "birth_date", "cord_healed_on", "notes", "demo", "weeks_early")
SELECT_PROFILE = f"SELECT {', '.join(PROFILE_COLUMNS)} FROM babies"


def profile_from_row(row: Sequence[Any]) -> BabyProfile:
    return guarded(row, _profile_from_row)


def _profile_from_row(row: Sequence[Any]) -> BabyProfile:
    return BabyProfile.model_validate(
        {
            "id": row[0],
            "name": row[1],
            "birth_date": row[2],
            "cord_healed_on": row[3],
            "notes": row[4],
            "demo": bool(row[5]),
            "weeks_early": row[6],
        }
    )


def write_profile(conn: sqlite3.Connection, profile: BabyProfile) -> None:
    conn.execute(
        f"INSERT INTO babies ({', '.join(PROFILE_COLUMNS)})"
        f" VALUES ({', '.join('?' * len(PROFILE_COLUMNS))}) ON CONFLICT(id) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in PROFILE_COLUMNS[1:]),
        (
            profile.id,
            profile.name,
            profile.birth_date.isoformat(),
            profile.cord_healed_on.isoformat() if profile.cord_healed_on else None,
            profile.notes,
            int(profile.demo),
            profile.weeks_early,
        ),
    )
