"""The command line as a user meets it: start-up, self-test, version, help and bad arguments."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from infant_massage import __version__


def run_app(*args: str, env: dict[str, str] | None = None, timeout: float = 60):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "infant_massage", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
    )


def isolated_home(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
    }


def files_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_self_test_passes(tmp_path: Path) -> None:
    result = run_app("--self-test", "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
    assert "8 areas, 5 techniques" in result.stdout
    assert "Traceback" not in result.stderr


def test_self_test_reports_an_unwritable_data_folder_without_failing(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run_app("--self-test", "--data-dir", str(blocker / "data"))
    assert result.returncode == 0, result.stderr
    assert "warning: cannot create" in result.stdout


def test_version() -> None:
    result = run_app("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"infant-massage {__version__}"


def test_help_lists_the_options() -> None:
    result = run_app("--help")
    assert result.returncode == 0
    for option in ("--version", "--data-dir", "--self-test", "--help"):
        assert option in result.stdout


@pytest.mark.parametrize(
    "args",
    [["--bogus"], ["--data-dir"], ["--self-test", "extra"], ["--area"]],
)
def test_a_bad_argument_gets_one_line(args: list[str]) -> None:
    result = run_app(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("infant-massage: ") and "--help" in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_area_is_refused_with_the_valid_choices(tmp_path: Path, catalog) -> None:
    result = run_app("--area", "belly", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"infant-massage: unknown area 'belly' (choose from: {', '.join(catalog.area_ids)})"
    )


@pytest.mark.parametrize(
    "command",
    [
        ["--area", "belly"],
        ["handout", "--area", "belly", "--out", "{tmp}/a.pdf"],
        ["render", "--area", "belly", "--out", "{tmp}/a.png"],
        ["render", "--area", "face", "--technique", "tickling", "--out", "{tmp}/a.png"],
        ["render", "--area", "face", "--technique", "{unsuited}", "--out", "{tmp}/a.png"],
    ],
)
def test_every_command_refuses_an_unknown_id_in_the_same_words(
    tmp_path: Path, catalog, command
) -> None:
    from infant_massage.app.catalog_ids import unknown_ids

    suited = {t.id for t in catalog.techniques_on("face")}
    unsuited = next(t.id for t in catalog.techniques if t.id not in suited)
    args = [a.format(tmp=tmp_path, unsuited=unsuited) for a in command]
    area = args[args.index("--area") + 1]
    technique = args[args.index("--technique") + 1] if "--technique" in args else None
    result = run_app(*args, "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 2
    expected = unknown_ids(catalog, area=area, technique=technique)
    assert expected and result.stderr.strip() == f"infant-massage: {expected}"
    assert list(tmp_path.glob("a.*")) == []


def test_data_dir_is_honoured_and_nothing_is_written_elsewhere(tmp_path: Path) -> None:
    env = isolated_home(tmp_path)
    data = tmp_path / "data"
    result = run_app("--self-test", "--data-dir", str(data), env=env)
    assert result.returncode == 0, result.stderr
    assert data.is_dir()
    # Fontconfig may keep its own cache; nothing of ours may appear under HOME.
    ours = [f for f in files_under(tmp_path / "home") if "fontconfig" not in f]
    assert ours == []


def test_without_data_dir_the_user_data_folder_is_used(tmp_path: Path) -> None:
    env = isolated_home(tmp_path)
    result = run_app("--self-test", env=env)
    assert result.returncode == 0, result.stderr
    assert (Path(env["XDG_DATA_HOME"]) / "infant-massage-guide").is_dir()
