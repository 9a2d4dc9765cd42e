"""Lint, formatting and the layer contract run with the tests, so CI checks them on every change."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from private_reach import private_reaches, reaches

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN))
    if found is None:
        pytest.fail(f"{name} is missing: install the test extras (pip install -e '.[test]')")
    return found


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_ruff_lint() -> None:
    result = run(tool("ruff"), "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = run(tool("ruff"), "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_layers() -> None:
    result = run(tool("lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


# A chained .replace("%1", ...) also replaces a "%2" that the first argument brought in (a note,
# a file name); fill() reads the markers from the translated text alone.
CHAINED_REPLACE = re.compile(r"""\.replace\(\s*(['"])%[0-9]""")


def test_translated_texts_take_arguments_through_fill_only() -> None:
    found = []
    for path in sorted((ROOT / "src").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        for match in CHAINED_REPLACE.finditer(text):  # on the whole text: a call may span lines
            found.append(f"{name}:{text.count(chr(10), 0, match.start()) + 1}")
    assert not found, "use fill(text, ...) from ui.common.text_format:\n" + "\n".join(found)


# lupdate reads only literal texts: a helper like _t(text) calling translate(context, text) hides
# every text passed to it from the translation sources (and so from every later language).
TRANSLATE_OF_A_VARIABLE = re.compile(r"""\btranslate\(\s*(['"])[^'"]*\1\s*,\s*[^'"\s]""")


def test_every_translated_text_is_a_literal_lupdate_can_see() -> None:
    found = []
    for path in sorted((ROOT / "src").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in TRANSLATE_OF_A_VARIABLE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append(f"{path.relative_to(ROOT).as_posix()}:{line}")
    assert not found, "pass the text itself to translate()/tr():\n" + "\n".join(found)


def test_no_test_reaches_a_private_member_of_the_app() -> None:
    # Tests go through what a user or a caller can reach (private_reach says why and what).
    found = private_reaches(ROOT / "tests", ROOT / "src")
    assert not found, "drive the public behaviour instead:\n" + "\n".join(found)


def test_the_private_member_check_sees_each_way_in() -> None:
    reached = [
        "store._conn.execute('PRAGMA page_count')",
        "from infant_massage.app.gui import _asked_in_background",
        "import infant_massage._version",
        "monkeypatch.setattr(store, '_now', clock)",
        "getattr(panel, '_charts')",
        "store.__dict__['_conn']",
        "vars(store)['_conn']",
        # A child's code, written in lines so that this file's own text holds no such code.
        "\n".join(["CHILD = '''", "import sys", "load_catalog()._areas", "'''"]),
    ]
    for code in reached:
        assert list(reaches(ast.parse(code), set())), code
    allowed = ["os._exit(0)", "self._pages()", "type(x).__name__"]
    for code in allowed:
        assert not list(reaches(ast.parse(f"import os; {code}"), {"_pages"})), code
