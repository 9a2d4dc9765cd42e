"""packaging/screenshots.py as a maintainer runs it: --help only prints, a bad argument is one
line and writes nothing, one layout shot writes just its PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_render_command import png_size

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "screenshots.py"
SHOTS = ROOT / "packaging" / "screenshots"


def run_script(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def written(folder: Path) -> dict[str, int]:
    """Every file under the folder, with the time it was last written."""
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*")}


def test_help_prints_the_usage_and_writes_nothing(tmp_path: Path) -> None:
    before = written(SHOTS)
    result = run_script(tmp_path, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: screenshots.py")
    for option in ("--layouts-only", "--layout PAGE SIZE TEXT THEME OUT"):
        assert option in result.stdout
    assert not any(tmp_path.iterdir())
    assert written(SHOTS) == before


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["--layout", "session", "1024x768"], "expected 5 arguments"),
        (["--layout", "session", "1024x768", "huge", "light", "x.png"], "TEXT 'huge'"),
        (["--layout", "garden", "1024x768", "largest", "light", "x.png"], "PAGE 'garden'"),
        (["--layout", "home", "1024", "largest", "light", "x.png"], "SIZE '1024'"),
        (["--layout", "home", "1024x768", "largest", "sepia", "x.png"], "THEME 'sepia'"),
        (["--layout", "home", "1024x768", "largest", "dark", "x.jpg"], "not a .png"),
        (["--layout", "home", "1024x768", "largest", "dark", "no/x.png"], "does not exist"),
        (["--layouts-only", "--layout", "home", "1x1", "normal", "dark", "x.png"], "not allowed"),
    ],
)
def test_a_bad_argument_fails_with_one_line_and_writes_nothing(
    tmp_path: Path, args: list[str], says: str
) -> None:
    before = written(SHOTS)
    result = run_script(tmp_path, *args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("screenshots.py: error: "), result.stderr
    assert says in lines[0]
    assert not any(tmp_path.iterdir())
    assert written(SHOTS) == before


def test_one_layout_shot_writes_only_its_png(tmp_path: Path) -> None:
    before = written(SHOTS)
    out = tmp_path / "home.png"
    result = run_script(tmp_path, "--layout", "home", "1024x768", "largest", "dark", str(out))
    assert result.returncode == 0, result.stderr
    assert png_size(out) == (1024, 768)
    assert [p.name for p in tmp_path.iterdir()] == ["home.png"]
    assert written(SHOTS) == before
