"""`infant-massage render`: a PNG of the requested size, and a one-line refusal for bad input."""

from __future__ import annotations

import os
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


def test_render_help_lists_the_guide_views(tmp_path: Path) -> None:
    from infant_massage.domain.viewpoint import Viewpoint

    result = run_app("render", "--help")
    assert result.returncode == 0
    choices = "{" + ",".join(v.value for v in Viewpoint) + "}"
    assert f"--guide-view {choices}" in result.stdout
    assert "--guide-only" in result.stdout


def test_guide_only_is_the_guide_picture_and_the_class_view_is_it_turned_round(
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    shots = {}
    for view in ("parent", "class"):
        out = tmp_path / f"{view}.png"
        result = run_app(
            "render", "--out", str(out), "--area", "abdomen", "--technique", "kneading",
            "--at", "4.2", "--size", "900x700", "--guide-only", "--guide-view", view,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert png_size(out) == (900, 700)
        shots[view] = QImage(str(out)).convertToFormat(QImage.Format.Format_RGB32)
    parent = shots["parent"]
    both_axes = Qt.Orientation.Horizontal | Qt.Orientation.Vertical
    turned = shots["class"].flipped(both_axes)  # both axes: a half turn, not a mirror image
    differing = sum(
        1
        for y in range(0, 700, 7)
        for x in range(0, 900, 7)
        if abs(parent.pixelColor(x, y).lightness() - turned.pixelColor(x, y).lightness()) > 40
    )
    assert differing < 0.02 * (900 // 7) * (700 // 7)
    # Only the picture: the top-left corner is the drawing, not a button or a menu bar.
    full = tmp_path / "full.png"
    run_app("render", "--out", str(full), "--area", "abdomen", "--technique", "kneading",
            "--at", "4.2", "--size", "900x700", "--guide-view", "parent")  # fmt: skip
    assert QImage(str(full)).convertToFormat(QImage.Format.Format_RGB32) != parent


def test_guide_options_need_a_technique(tmp_path: Path) -> None:
    out = tmp_path / "never.png"
    result = run_app("render", "--out", str(out), "--guide-only")
    assert result.returncode != 0
    assert "--guide-only needs --technique" in result.stderr
    assert not out.exists()


def test_render_replaces_the_file_whole_never_writing_into_it(tmp_path: Path) -> None:
    # Written beside it and renamed over it: a second name of the old file keeps the old bytes
    # (a write into the file would change both), and no temporary file is left.
    out = tmp_path / "shot.png"
    out.write_bytes(b"the old picture")
    os.link(out, tmp_path / "second-name.png")
    result = run_app("render", "--out", str(out), "--size", "800x600")
    assert result.returncode == 0, result.stderr
    assert png_size(out) == (800, 600)
    assert (tmp_path / "second-name.png").read_bytes() == b"the old picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["second-name.png", "shot.png"]


@pytest.mark.parametrize(
    ("out", "code", "message"),
    [
        ("link.png", 2, "is a symbolic link"),
        ("folder.png", 2, "is a folder"),
        ("shot.jpg", 2, "--out must name a .png file"),
    ],
)
def test_render_refuses_an_out_it_must_not_replace(tmp_path: Path, out, code, message) -> None:
    (tmp_path / "folder.png").mkdir()
    (tmp_path / "precious.png").write_bytes(b"keep me")
    (tmp_path / "link.png").symlink_to(tmp_path / "precious.png")
    result = run_app("render", "--out", str(tmp_path / out))
    assert result.returncode == code
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert (tmp_path / "precious.png").read_bytes() == b"keep me"
