"""The style sheet's marks (tick, dot, list arrow) ship inside the app in every theme's colours,
and starting the app and applying a theme writes no file for them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QFile

from infant_massage import resources
from infant_massage.ui.common import theme, theme_marks

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import make_marks  # noqa: E402


def test_the_shipped_marks_are_drawn_in_the_themes_colours() -> None:
    expected = make_marks.mark_files()  # drawn again here, from theme.py's colours
    folder = ROOT / "assets" / theme_marks.FOLDER
    shipped = {p.relative_to(ROOT / "assets").as_posix() for p in folder.glob("*")}
    hint = "the marks are out of date: run python packaging/make_marks.py"
    assert shipped == set(expected), hint
    for name, text in expected.items():
        assert (ROOT / "assets" / name).read_text(encoding="utf-8") == text, (name, hint)
        assert resources.read_text(name) == text, (name, "bundle out of date: run pyside6-rcc")


def test_every_image_a_style_sheet_names_is_inside_the_app() -> None:
    resources.ensure_loaded()
    for each in theme.THEMES.values():
        for scale in theme.TEXT_SCALES:
            urls = re.findall(r"url\(([^)]*)\)", theme.style_sheet(each, scale))
            assert len(urls) == len(theme_marks.SHAPES), (each.name, urls)
            for url in urls:
                assert url.startswith(f"{resources.ROOT}/"), (each.name, url, "not in the app")
                assert QFile.exists(url), (each.name, url, "missing from the bundle")


# Counts every file Python opens to write, every folder it makes or file it moves, from the
# QApplication's creation until a ticked box and a list box have been drawn in each theme.
START_AND_APPLY_EACH_THEME = """
import json, os, sys

written = []
WRITES = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def watch(event, args):
    if event == "open":
        path, mode, flags = args
        if (mode and any(c in mode for c in "wax+")) or (mode is None and flags & WRITES):
            written.append(str(path))
    elif event in ("os.mkdir", "os.rename", "shutil.copyfile", "tempfile.mkstemp",
                   "tempfile.mkdtemp"):
        written.append(f"{event} {args[0]}")


from PySide6.QtWidgets import QCheckBox, QComboBox, QRadioButton
from infant_massage.app.qt_app import get_application
from infant_massage.ui.common import theme

sys.addaudithook(watch)
app = get_application("en")
boxes = [QCheckBox("Ticked"), QRadioButton("Chosen"), QComboBox()]
for box in boxes[:2]:
    box.setChecked(True)
for choice in theme.CHOICES:
    for scale in theme.TEXT_SCALES:
        theme.apply(app, choice, scale)
        for box in boxes:
            box.grab()
print(json.dumps(written))
"""


def test_starting_and_applying_each_theme_writes_no_file(tmp_path) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", START_AND_APPLY_EACH_THEME],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
            "PYTHONDONTWRITEBYTECODE": "1",  # a stale .pyc rewritten is not the app's doing
            "TMPDIR": str(temp),
            "TEMP": str(temp),
            "TMP": str(temp),
        },
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == [], "files written"
    assert list(temp.iterdir()) == [], "left in the temp folder"
