"""Every asset ships inside the app: resources.qrc, assets/ and the compiled module agree."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from infant_massage import resources

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402
import write_qrc  # noqa: E402


def test_resources_qrc_lists_every_asset_and_nothing_else() -> None:
    expected = write_qrc.qrc_text(write_qrc.asset_files())
    actual = (ROOT / "resources.qrc").read_text(encoding="utf-8")
    assert actual == expected, "resources.qrc is out of date: run python packaging/write_qrc.py"


def test_the_compiled_resources_hold_every_asset() -> None:
    listed = [name.removeprefix("assets/") for name in write_qrc.asset_files()]
    assert resources.list_files() == listed, (
        "the compiled resources are stale: reinstall (pip install -e .) or run "
        "pyside6-rcc resources.qrc -o src/infant_massage/_resources_rc.py"
    )
    for name in listed:
        assert resources.read_bytes(name) == (ROOT / "assets" / name).read_bytes(), name


def test_a_missing_asset_is_a_clear_error() -> None:
    with pytest.raises(resources.ResourceError, match=r"missing asset 'nope\.svg'"):
        resources.read_bytes("nope.svg")


def test_compiled_translations_are_up_to_date(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed with PySide6")
    for ts in sorted((ROOT / "assets" / "translations").glob("*.ts")):
        fresh = tmp_path / ts.with_suffix(".qm").name
        update_translations.compile_qm(ts, fresh)
        committed = ts.with_suffix(".qm").read_bytes()
        assert fresh.read_bytes() == committed, (
            f"{ts.name} changed: run python packaging/update_translations.py"
        )


def test_every_ui_string_is_in_the_translation_source(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed with PySide6")
    ts = tmp_path / "check_en.ts"
    subprocess.run(
        [lupdate, "-silent", *update_translations.python_sources(), "-ts", str(ts)], check=True
    )
    committed = (ROOT / "assets" / "translations" / "infant_massage_en.ts").read_text("utf-8")
    import xml.etree.ElementTree as ET

    sources = {m.findtext("source") for m in ET.parse(ts).iter("message")}
    known = {m.findtext("source") for m in ET.fromstring(committed).iter("message")}
    missing = sorted(sources - known)
    assert not missing, f"run python packaging/update_translations.py; new texts: {missing}"
