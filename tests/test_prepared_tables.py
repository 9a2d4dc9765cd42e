"""The TOML files parsed ahead of time: true to the TOML they came from, or not used at all."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from infant_massage import load_catalog, resources
from infant_massage.domain.prepared_tables import FILE, PreparedTables, digest, prepare

ASSETS = Path(__file__).resolve().parent.parent / "assets"
TOML_FILES = sorted(p.relative_to(ASSETS).as_posix() for p in ASSETS.rglob("*.toml"))


def test_the_shipped_tables_are_those_of_every_toml_file_as_it_is_now() -> None:
    shipped = PreparedTables((ASSETS / FILE).read_bytes())
    stale = [
        name
        for name in TOML_FILES
        if shipped.tables(name, (ASSETS / name).read_bytes())
        != tomllib.loads((ASSETS / name).read_text(encoding="utf-8"))
    ]
    assert not stale, f"run packaging/prepare_tables.py: {FILE} is stale for {stale}"
    entries = json.loads((ASSETS / FILE).read_text(encoding="utf-8"))["files"]
    assert sorted(entries) == TOML_FILES, "run packaging/prepare_tables.py"


def test_the_bundled_catalog_is_the_one_its_toml_makes() -> None:
    assert resources.prepared_tables("content/").tables(
        "areas.toml", (ASSETS / "content" / "areas.toml").read_bytes()
    ), "the bundle holds no prepared tables: recompile the resources"
    assert load_catalog() == load_catalog(ASSETS / "content")


def test_tables_prepared_from_other_bytes_are_not_used() -> None:
    prepared = PreparedTables(prepare({"content/a.toml": b"x = 1\n"}), "content/")
    assert prepared.tables("a.toml", b"x = 1\n") == {"x": 1}
    assert prepared.tables("a.toml", b"x = 2\n") is None
    assert prepared.parse("a.toml", b"x = 2\n") == {"x": 2}
    assert prepared.tables("b.toml", b"x = 1\n") is None


@pytest.mark.parametrize(
    "text",
    [
        None,
        b"",
        b"\xff\xfe\x00odd bytes",
        b'{"format": 1, "files": {"a.toml"',  # cut off
        b"[" * 100_000,  # nested deeper than any parser goes
        b"[]",
        b'{"format": 2, "files": {}}',
        b'{"format": 1, "files": []}',
        json.dumps({"format": 1, "files": {"a.toml": "tables"}}).encode(),
        json.dumps(
            {"format": 1, "files": {"a.toml": {"sha256": digest(b"x = 1"), "tables": [1]}}}
        ).encode(),
    ],
)
def test_a_damaged_prepared_file_only_costs_a_parse(text) -> None:
    prepared = PreparedTables(text)
    assert prepared.tables("a.toml", b"x = 1") is None
    assert prepared.parse("a.toml", b"x = 1") == {"x": 1}
