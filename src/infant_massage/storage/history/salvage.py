"""Recovering every readable row from a damaged history file, page by page.

SQLite can give up on a whole table when one interior page is damaged, although the rows
themselves sit intact in the leaf pages. So the salvage does not ask SQLite: it reads the file
(and the committed frames of its -wal) in pages, parses every table-leaf page it finds (the
SQLite file format, https://www.sqlite.org/fileformat2.html), and keeps the cells that decode as
a baby or a session and pass the same validation as any record. Pages on the free list (rows
deleted before the damage) are skipped when the header still says which they are, and of two
copies of one session the one that got further wins, as in a merge.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import Outcome, SessionRecord
from infant_massage.storage.history.rows import (
    PROFILE_COLUMNS,
    SESSION_COLUMNS,
    DamagedRow,
    profile_from_row,
    record_from_row,
)

HEADER = b"SQLite format 3\0"
TABLE_LEAF = 0x0D
_PROGRESS = {Outcome.RUNNING: 0, Outcome.INTERRUPTED: 1, Outcome.STOPPED: 2, Outcome.COMPLETED: 2}
# How the two tables' rows are laid out on disk (every schema version so far): sessions hold the
# v1 columns then the v2 ones; babies six columns (a later version may add more at the end).
_SESSION_ON_DISK = (
    "id", "baby_id", "kind", "routine", "practice", "started_at", "ended_at", "planned_seconds",
    "steps", "outcome", "stop_reason", "response", "note", "done_seconds", "areas",
)  # fmt: skip
_SESSION_DEFAULTS = {"done_seconds": 0.0, "areas": "", "note": "", "steps": "[]"}
# A row written before a column was added holds fewer values: the column's default stands in.
_BABY_DEFAULTS = {"weeks_early": 0}
MAX_PAGES = 1 << 20  # a 4 GB file at 4 KB pages: far beyond any family's history


@dataclass
class Salvaged:
    babies: dict[str, BabyProfile] = field(default_factory=dict)
    sessions: dict[str, SessionRecord] = field(default_factory=dict)
    chosen_baby: str | None = None
    pages: int = 0


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for index in range(8):
        byte = data[at + index]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + index + 1
    return (value << 8) | data[at + 8], at + 9


def _value(serial: int, data: bytes, at: int) -> tuple[Any, int]:
    if serial == 0:
        return None, at
    if 1 <= serial <= 6:
        size = (1, 2, 3, 4, 6, 8)[serial - 1]
        return int.from_bytes(data[at : at + size], "big", signed=True), at + size
    if serial == 7:
        return struct.unpack(">d", data[at : at + 8])[0], at + 8
    if serial in (8, 9):
        return serial - 8, at
    if serial >= 12:
        size = (serial - 12) // 2
        raw = data[at : at + size]
        if len(raw) != size:
            raise ValueError("value runs past the cell")
        return (raw.decode("utf-8") if serial % 2 else bytes(raw)), at + size
    raise ValueError("reserved serial type")


def _record(payload: bytes) -> list[Any]:
    header_size, at = _varint(payload, 0)
    if not 0 < header_size <= len(payload):
        raise ValueError("bad record header")
    serials = []
    while at < header_size:
        serial, at = _varint(payload, at)
        serials.append(serial)
    values, at = [], header_size
    for serial in serials:
        value, at = _value(serial, payload, at)
        values.append(value)
    if at > len(payload):
        raise ValueError("record runs past the cell")
    return values


class _Pages:
    """The database's pages as the last commit left them: the main file with the -wal on top."""

    def __init__(self, path: Path) -> None:
        self.data = path.read_bytes()
        header_ok = self.data[:16] == HEADER
        size = int.from_bytes(self.data[16:18], "big") if header_ok else 0
        size = 65536 if size == 1 else size
        if size < 512 or size & (size - 1):
            size = 4096  # the header is gone: SQLite's default is the best guess
        self.size = size
        self.reserved = self.data[20] if header_ok else 0
        self.header_ok = header_ok
        self.frames: dict[int, bytes] = {}
        self._read_wal(Path(str(path) + "-wal"))

    def _read_wal(self, wal: Path) -> None:
        try:
            data = wal.read_bytes()
        except OSError:
            return
        if len(data) < 32 or data[:4] not in (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83"):
            return
        size = int.from_bytes(data[8:12], "big")
        if size < 512 or size & (size - 1):
            return
        if not self.header_ok:
            self.size = size
        salt = data[16:24]
        pending: dict[int, bytes] = {}
        at = 32
        while at + 24 + size <= len(data):
            number = int.from_bytes(data[at : at + 4], "big")
            commit = int.from_bytes(data[at + 4 : at + 8], "big")
            if data[at + 8 : at + 16] != salt:
                break  # frames of an older generation of the log
            pending[number] = data[at + 24 : at + 24 + size]
            if commit:  # only whole transactions count
                self.frames.update(pending)
                pending = {}
            at += 24 + size

    def count(self) -> int:
        in_file = len(self.data) // self.size
        return min(MAX_PAGES, max([in_file, *self.frames]))

    def page(self, number: int) -> bytes:
        if number in self.frames:
            return self.frames[number]
        start = (number - 1) * self.size
        return self.data[start : start + self.size]

    def free_pages(self) -> set[int]:
        """The pages on the free list, as far as the header still tells (empty when it cannot)."""
        page_one = self.page(1)
        if page_one[:16] != HEADER:
            return set()
        free: set[int] = set()
        trunk = int.from_bytes(page_one[32:36], "big")
        while 0 < trunk <= self.count() and trunk not in free:
            free.add(trunk)
            page = self.page(trunk)
            leaves = min(int.from_bytes(page[4:8], "big"), (self.size - 8) // 4)
            for index in range(leaves):
                free.add(int.from_bytes(page[8 + 4 * index : 12 + 4 * index], "big"))
            trunk = int.from_bytes(page[0:4], "big")
        return free

    def cells(self, number: int) -> Iterator[list[Any]]:
        """The rows of one table-leaf page; nothing for any other kind of page."""
        page = self.page(number)
        offset = 100 if number == 1 else 0
        if len(page) < self.size or page[offset] != TABLE_LEAF:
            return
        usable = self.size - self.reserved
        count = int.from_bytes(page[offset + 3 : offset + 5], "big")
        for index in range(min(count, usable // 4)):
            pointer_at = offset + 8 + 2 * index
            cell = int.from_bytes(page[pointer_at : pointer_at + 2], "big")
            try:
                yield _record(self._payload(page, cell, usable))
            except (ValueError, IndexError, UnicodeDecodeError, struct.error):
                continue

    def _payload(self, page: bytes, at: int, usable: int) -> bytes:
        size, at = _varint(page, at)
        _rowid, at = _varint(page, at)
        most = usable - 35
        if size <= most:
            if at + size > usable:
                raise ValueError("cell runs past the page")
            return page[at : at + size]
        least = (usable - 12) * 32 // 255 - 23
        local = least + (size - least) % (usable - 4)
        local = local if local <= most else least
        payload = bytearray(page[at : at + local])
        overflow = int.from_bytes(page[at + local : at + local + 4], "big")
        seen: set[int] = set()
        while len(payload) < size:
            if not 0 < overflow <= self.count() or overflow in seen:
                raise ValueError("broken overflow chain")
            seen.add(overflow)
            chunk = self.page(overflow)
            payload += chunk[4:usable][: size - len(payload)]
            overflow = int.from_bytes(chunk[0:4], "big")
        return bytes(payload)


def _as_session(values: list[Any]) -> SessionRecord | None:
    if not 13 <= len(values) <= 40 or not isinstance(values[0], str) or len(values[0]) != 32:
        return None
    if values[2] not in ("area", "routine"):
        return None
    row = dict(zip(_SESSION_ON_DISK, values, strict=False))
    for name, default in _SESSION_DEFAULTS.items():
        if row.get(name) is None:
            row[name] = default
    try:
        return record_from_row([row[name] for name in SESSION_COLUMNS])
    except DamagedRow:
        return None


def _as_baby(values: list[Any]) -> BabyProfile | None:
    if not 6 <= len(values) <= 12 or not isinstance(values[0], str) or len(values[0]) != 32:
        return None
    missing = PROFILE_COLUMNS[len(values) :]
    padded = [*values, *(_BABY_DEFAULTS.get(column) for column in missing)]
    try:
        return profile_from_row(padded)
    except DamagedRow:
        return None


def salvage(path: Path) -> Salvaged:
    """Every baby and session that can still be read from `path` (and its -wal)."""
    pages = _Pages(path)
    found = Salvaged(pages=pages.count())
    free = pages.free_pages()
    for number in range(1, pages.count() + 1):
        if number in free:
            continue
        for values in pages.cells(number):
            if session := _as_session(values):
                known = found.sessions.get(session.id)
                if known is None or _PROGRESS[session.outcome] > _PROGRESS[known.outcome]:
                    found.sessions[session.id] = session
            elif baby := _as_baby(values):
                found.babies.setdefault(baby.id, baby)
            elif len(values) == 2 and values[0] == "chosen_baby" and isinstance(values[1], str):
                found.chosen_baby = values[1]
    return found
