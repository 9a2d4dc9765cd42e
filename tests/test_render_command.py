"""`infant-massage render`: a PNG of the requested size, and a one-line refusal for bad input."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from test_command_line import run_app


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize(
    ("extra", "size"),
    [
        ([], (1280, 800)),
        (["--area", "abdomen", "--size", "800x600"], (800, 600)),
        (["--area", "back", "--view", "back", "--size", "1920x1080"], (1920, 1080)),
        (["--area", "feet", "--technique", "pressing", "--size", "1024x768"], (1024, 768)),
    ],
)
def test_render_writes_a_png_of_the_requested_size(tmp_path: Path, extra, size) -> None:
    out = tmp_path / "shot.png"
    result = run_app("render", "--out", str(out), *extra)
    assert result.returncode == 0, result.stderr
    assert png_size(out) == size


def test_global_options_work_before_and_after_the_subcommand(tmp_path: Path) -> None:
    for args in (
        ["--data-dir", str(tmp_path / "a"), "render", "--out", str(tmp_path / "a.png")],
        ["render", "--out", str(tmp_path / "b.png"), "--data-dir", str(tmp_path / "b")],
    ):
        result = run_app(*args)
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "a.png").exists() and (tmp_path / "b.png").exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--area", "belly"], "unknown area 'belly' (choose from: face, chest, abdomen"),
        (["--area", "back", "--technique", "tickling"], "unknown technique 'tickling' (choose"),
        (
            ["--area", "face", "--technique", "kneading"],
            "technique 'kneading' does not suit area 'face' (choose from: stroking)",
        ),
        (["--technique", "stroking"], "--technique needs --area"),
        (["--area", "back", "--view", "front"], "area 'back' is not on the front view"),
        (["--size", "big"], "bad size 'big': expected WIDTHxHEIGHT from 800x600 to 7680x4320"),
        (["--size", "100x100"], "size 100x100 is out of range"),
        (["--area", "back", "--technique", "pushing", "--at", "-1"], "bad time '-1'"),
        (["--area", "back", "--technique", "pushing", "--at", "soon"], "bad time 'soon'"),
        (["--area", "back", "--at", "2"], "--at needs --technique"),
        (["--view", "side"], "invalid choice: 'side'"),
    ],
)
def test_render_refuses_bad_input_in_one_line_and_writes_nothing(
    tmp_path: Path, extra, message
) -> None:
    out = tmp_path / "never.png"
    result = run_app("render", "--out", str(out), *extra)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert message in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_render_refuses_a_missing_folder(tmp_path: Path) -> None:
    result = run_app("render", "--out", str(tmp_path / "no" / "such" / "x.png"))
    assert result.returncode == 2  # refused before any work (README: exit codes)
    assert "does not exist" in result.stderr
