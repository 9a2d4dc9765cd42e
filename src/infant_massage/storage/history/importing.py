"""Reading a JSON backup that may be anything: hostile, huge, truncated, or not a file at all.

Bounded at every step:
- only a regular file is opened (a FIFO, a device or a folder is refused before reading, and
  opening never blocks), at most MAX_BYTES (32 MiB: about 70,000 sessions, ten a day for
  nineteen years, where a real family's history is well under 1 MiB);
- the JSON is walked one baby or session at a time, so memory holds the file's text and one
  item, never the whole tree; nesting deeper than the parser's recursion limit, integers of more
  than MAX_INT_DIGITS digits, Infinity and NaN are refused as they are met;
- every value passes the same validation as the app's own records (domain.record_rules), and
  every area, technique and routine must be one the catalog knows.

Two passes: the first checks everything and changes nothing; the second writes, in one
transaction. A refusal is one line naming the first bad place ("sessions[12].started_at: ...").
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.record_rules import escaped
from infant_massage.domain.session_record import SessionRecord
from infant_massage.storage.history.merge import MergeResult

BACKUP_FORMAT = "infant-massage-guide/history"
BACKUP_VERSION = 1
MAX_BYTES = 32 * 1024 * 1024
MAX_BABIES = 1000
MAX_INT_DIGITS = 20
_LISTS = ("babies", "sessions")


class BackupError(Exception):
    """The file is not a backup this app can read; the message names the first problem.

    One line, whatever the file holds: its field names and values are shown escaped.
    """

    def __init__(self, message: str) -> None:
        super().__init__(escaped(message))


@dataclass(frozen=True)
class KnownIds:
    """What the catalog knows: a backup naming anything else is refused."""

    areas: frozenset[str]
    techniques: frozenset[str]
    routines: frozenset[str]

    @classmethod
    def of(cls, catalog: Catalog) -> KnownIds:
        return cls(
            areas=frozenset(catalog.area_ids),
            techniques=frozenset(t.id for t in catalog.techniques),
            routines=frozenset(r.id for r in catalog.routines.routines),
        )


class _Header(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: str
    version: int
    exported_at: datetime | None = None
    app_version: str = ""


def read_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES; BackupError otherwise."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise BackupError(f"cannot read it: {exc.strerror or exc}") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise BackupError(f"it is {kind}")
        if info.st_size > MAX_BYTES:
            raise BackupError(f"it is larger than {MAX_BYTES // (1024 * 1024)} MiB")
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_BYTES:
                raise BackupError(f"it is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    except OSError as exc:
        raise BackupError(f"cannot read it: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    return b"".join(chunks)


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError(f"a number with more than {MAX_INT_DIGITS} digits")
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError("a number too large")
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a backup can hold")


_DECODER = json.JSONDecoder(
    parse_int=_bounded_int, parse_float=_finite_float, parse_constant=_no_constant
)
_SPACE = " \t\n\r"


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


class _Walker:
    """The backup's top-level object, one value at a time."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0

    def _skip(self) -> None:
        text, at = self.text, self.at
        while at < len(text) and text[at] in _SPACE:
            at += 1
        self.at = at

    def _expect(self, char: str, what: str) -> None:
        self._skip()
        if self.text[self.at : self.at + 1] != char:
            found = self.text[self.at : self.at + 1] or "the end of the file"
            raise BackupError(f"line {_line(self.text, self.at)}: expected {what}, found {found!r}")
        self.at += 1

    def _peek(self) -> str:
        self._skip()
        return self.text[self.at : self.at + 1]

    def value(self, where: str) -> Any:
        self._skip()
        try:
            value, self.at = _DECODER.raw_decode(self.text, self.at)
        except json.JSONDecodeError as exc:
            raise BackupError(f"{where}: not JSON (line {exc.lineno}: {exc.msg})") from exc
        except RecursionError as exc:
            line = _line(self.text, self.at)
            raise BackupError(f"{where}: nested too deeply (line {line})") from exc
        except ValueError as exc:
            raise BackupError(f"{where}: {exc} (line {_line(self.text, self.at)})") from exc
        return value

    def items(self) -> Iterator[tuple[str, int | None, Any]]:
        """(key, None, value) for the header, (key, index, item) for each baby and session."""
        self._expect("{", "a JSON object")
        seen: set[str] = set()
        if self._peek() == "}":
            self.at += 1
        else:
            while True:
                self._skip()
                if self._peek() != '"':
                    self._expect('"', "a field name")
                key = self.value("a field name")
                if key in seen:
                    raise BackupError(f"{key}: given twice")
                seen.add(key)
                self._expect(":", "':'")
                if key in _LISTS:
                    yield from self._list(key)
                else:
                    yield key, None, self.value(key)
                if self._peek() == ",":
                    self.at += 1
                    continue
                self._expect("}", "',' or '}'")
                break
        self._skip()
        if self.at != len(self.text):
            raise BackupError(f"line {_line(self.text, self.at)}: more data after the backup")

    def _list(self, key: str) -> Iterator[tuple[str, int | None, Any]]:
        self._expect("[", f"a list of {key}")
        if self._peek() == "]":
            self.at += 1
            return
        index = 0
        while True:
            yield key, index, self.value(f"{key}[{index}]")
            index += 1
            if self._peek() == ",":
                self.at += 1
                continue
            self._expect("]", "',' or ']'")
            return


def _where(prefix: str, error: ValidationError) -> str:
    first = error.errors()[0]
    location = "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" for part in first["loc"]
    )
    message = first["msg"].removeprefix("Value error, ")
    return f"{prefix}{location}: {message}"


def _check_known(where: str, record: SessionRecord, known: KnownIds | None) -> None:
    if known is None:
        return
    if record.routine is not None and record.routine not in known.routines:
        raise BackupError(f"{where}.routine: unknown routine '{record.routine}'")
    for index, step in enumerate(record.steps):
        if step.area not in known.areas:
            raise BackupError(f"{where}.steps[{index}].area: unknown area '{step.area}'")
        if step.technique not in known.techniques:
            raise BackupError(
                f"{where}.steps[{index}].technique: unknown technique '{step.technique}'"
            )


def _decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BackupError(f"not UTF-8 text (byte {exc.start})") from exc
    return text.removeprefix("\ufeff")


class _Backup:
    """A backup checked whole (first pass); `sessions()` walks it again for writing."""

    def __init__(self, text: str, known: KnownIds | None, baby_ids: set[str]) -> None:
        self._text = text
        self._known = known
        self.babies: list[BabyProfile] = []
        header: dict[str, Any] = {}
        count = 0
        links: list[tuple[int, str]] = []  # sessions naming a baby not in the history
        for key, index, item in _Walker(text).items():
            if index is None:
                header[key] = item
                if key == "format" and item != BACKUP_FORMAT:
                    raise BackupError("not a backup made by Infant Massage Guide (JSON export)")
            elif key == "babies":
                if index >= MAX_BABIES:
                    raise BackupError(f"babies: more than {MAX_BABIES} profiles")
                self.babies.append(self._baby(index, item))
            else:
                record = self._session(index, item)
                if record.baby_id is not None and record.baby_id not in baby_ids:
                    links.append((index, record.baby_id))
                count += 1
        if header.get("format") != BACKUP_FORMAT:
            raise BackupError("not a backup made by Infant Massage Guide (JSON export)")
        in_file = {baby.id for baby in self.babies}
        for index, baby_id in links:
            if baby_id not in in_file:
                raise BackupError(
                    f"sessions[{index}].baby_id: a baby that is not in the file ({baby_id})"
                )
        try:
            checked = _Header.model_validate(header)
        except ValidationError as exc:
            raise BackupError(_where("", exc).lstrip(".")) from exc
        if checked.version != BACKUP_VERSION:
            raise BackupError(
                f"version: {checked.version} is a backup of a newer version of the app"
                if checked.version > BACKUP_VERSION
                else f"version: {checked.version} is not a backup version"
            )
        self.count = count

    @staticmethod
    def _baby(index: int, item: Any) -> BabyProfile:
        try:
            return BabyProfile.model_validate(item)
        except ValidationError as exc:
            raise BackupError(_where(f"babies[{index}]", exc)) from exc

    def _session(self, index: int, item: Any) -> SessionRecord:
        try:
            record = SessionRecord.model_validate(item)
        except ValidationError as exc:
            raise BackupError(_where(f"sessions[{index}]", exc)) from exc
        except (OverflowError, ValueError) as exc:
            raise BackupError(f"sessions[{index}]: {exc}") from exc
        _check_known(f"sessions[{index}]", record, self._known)
        return record

    def sessions(self) -> Iterator[SessionRecord]:
        for key, index, item in _Walker(self._text).items():
            if key == "sessions" and index is not None:
                yield self._session(index, item)


def check_bytes(data: bytes, known: KnownIds | None = None, baby_ids: set[str] | None = None):
    """The first pass alone: BackupError naming the first problem, or the checked backup."""
    return _Backup(_decode(data), known, baby_ids or set())


def import_bytes(store, data: bytes, known: KnownIds | None = None) -> MergeResult:
    """Merge a JSON backup into the history; all or nothing. Raises BackupError, HistoryError."""
    baby_ids = {profile.id for profile in store.profiles()}
    backup = check_bytes(data, known, baby_ids)
    try:
        return store.merge(backup.babies, backup.sessions())
    except ValueError as exc:
        raise BackupError(str(exc)) from exc


def import_file(store, path: Path, known: KnownIds | None = None) -> MergeResult:
    return import_bytes(store, read_file(path), known)
