"""The app's TOML files parsed ahead of time, each kept with a hash of the bytes it came from.

tomllib is pure Python: parsing the content and the hand rig (about 60 KB) was a tenth of a
start's own work, where reading the same tables as JSON costs next to nothing.
packaging/prepare_tables.py writes the prepared file into assets/, so it ships beside the TOML
in the app's resources. An entry serves only the very bytes it was made from: a stale, damaged
or missing file costs a parse, never a wrong fact, and the TOML stays the one place each fact
is written.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Mapping

FILE = "prepared/tables.json"  # under assets/
FORMAT = 1


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def prepare(files: Mapping[str, bytes]) -> str:
    """The prepared file's text for these TOML files (names as under assets/)."""
    entries = {
        name: {"sha256": digest(data), "tables": tomllib.loads(data.decode("utf-8"))}
        for name, data in sorted(files.items())
    }
    return json.dumps({"format": FORMAT, "files": entries}, ensure_ascii=False, sort_keys=True)


class PreparedTables:
    """The prepared tables of one folder's files, or none at all (nothing prepared, or damage)."""

    def __init__(self, text: bytes | str | None = None, folder: str = "") -> None:
        self._files: dict[str, object] = {}
        try:
            loaded = json.loads(text) if text else None
        except (ValueError, RecursionError):  # not JSON (UnicodeDecodeError is a ValueError)
            return
        if not isinstance(loaded, dict) or loaded.get("format") != FORMAT:
            return
        files = loaded.get("files")
        if isinstance(files, dict):
            self._files = {
                name[len(folder) :]: entry
                for name, entry in files.items()
                if name.startswith(folder)
            }

    def tables(self, name: str, data: bytes) -> dict | None:
        """The tables of `data`, if they were prepared from exactly these bytes; else None."""
        entry = self._files.get(name)
        if not isinstance(entry, dict) or entry.get("sha256") != digest(data):
            return None
        tables = entry.get("tables")
        return tables if isinstance(tables, dict) else None

    def parse(self, name: str, data: bytes) -> dict:
        """The tables of `data`: prepared if they can be, else parsed (raising as tomllib does)."""
        tables = self.tables(name, data)
        return tables if tables is not None else tomllib.loads(data.decode("utf-8"))
