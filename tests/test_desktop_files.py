"""The Linux menu entry, AppStream metadata, icons and user install, as the desktop reads them."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from infant_massage import __version__
from infant_massage.identity import APP_ID, APP_NAME

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "packaging" / "icons"
INSTALL = LINUX / "install-user.sh"


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is missing: install the Debian package {package} (.ci/run does)")
    return path


def desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def test_the_desktop_file_is_valid() -> None:
    validate = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_metainfo_is_valid_offline() -> None:
    appstreamcli = tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_entry_metainfo_icons_and_app_share_one_id_and_name() -> None:
    entry = desktop_entry(DESKTOP)
    assert entry["Name"] == APP_NAME and entry["Icon"] == APP_ID
    assert entry["Exec"] == "infant-massage"  # the console script and the bundle's program
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == APP_NAME
    assert component.findtext("launchable") == DESKTOP.name
    assert component.find("content_rating").get("type").startswith("oars-")
    assert component.findtext("provides/binary") == entry["Exec"]


def test_the_newest_release_is_this_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases and releases[0].get("version") == __version__


def test_every_screenshot_is_one_of_the_committed_ones() -> None:
    images = [e.text for e in ET.parse(METAINFO).getroot().iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        assert (ROOT / "packaging" / "screenshots" / Path(url).name).is_file(), url


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_a_png_icon_at_each_usual_size(size: int) -> None:
    image = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    # The rounded square leaves the corner transparent and fills the middle.
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size // 2, size // 8).alpha() == 255


def test_the_scalable_icon_is_the_apps_own_svg() -> None:
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "assets" / "icons" / "app.svg").read_bytes()


def test_the_windows_icon_holds_16_to_256_pixels() -> None:
    data = (ICONS / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_the_macos_icon_holds_16_to_1024_pixels() -> None:
    data = (ICONS / "app.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kinds.add(data[offset : offset + 4])
        offset += struct.unpack_from(">I", data, offset + 4)[0]
    assert {b"icp4", b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


def fake_bundle(folder: Path) -> Path:
    folder.mkdir(parents=True)
    program = folder / "infant-massage"
    program.write_text("#!/bin/sh\necho fake bundle\n")
    program.chmod(0o755)
    (folder / "_internal").mkdir()
    return folder


def test_the_user_install_puts_everything_under_the_home_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    bundle = fake_bundle(tmp_path / "dist" / "infant-massage")
    run = subprocess.run(["sh", str(INSTALL), str(bundle)], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    share = home / ".local" / "share"
    installed = share / "applications" / DESKTOP.name
    program = home / ".local" / "lib" / "infant-massage-guide" / "infant-massage"
    assert desktop_entry(installed)["Exec"] == str(program)
    assert (
        subprocess.run(
            [str(home / ".local" / "bin" / "infant-massage")], capture_output=True, text=True
        ).stdout
        == "fake bundle\n"
    )
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    for size in ("16x16", "48x48", "512x512"):
        assert (share / "icons" / "hicolor" / size / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True)
        assert check.returncode == 0, check.stdout

    removed = subprocess.run(
        ["sh", str(INSTALL), "--uninstall"], env=env, capture_output=True, text=True
    )
    assert removed.returncode == 0, removed.stderr
    assert not installed.exists() and not program.exists()
    assert not list(share.rglob(f"{APP_ID}*"))


def test_the_user_install_refuses_a_folder_without_the_program(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "PATH": os.environ["PATH"]}
    run = subprocess.run(
        ["sh", str(INSTALL), str(tmp_path / "nothing")], env=env, capture_output=True, text=True
    )
    assert run.returncode == 1 and "no bundle at" in run.stderr
    assert not (tmp_path / ".local").exists()
