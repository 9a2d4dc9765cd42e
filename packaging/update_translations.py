"""Refresh the Qt translation sources (.ts) from the code and compile them (.qm) into assets/.

Run after changing any user-visible string. English is a real translation too: it supplies the
singular and plural forms of every "%n thing(s)" text, so the code never builds plurals itself.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "assets" / "translations"
SOURCES = ROOT / "src" / "infant_massage"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project first (pip install -e .)")
    return found


def python_sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py") if p.name != "_resources_rc.py")


def english_plurals(ts_file: Path) -> int:
    """Fill the English singular/plural forms of every numerus message from its '(s)' source."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        singular = re.sub(r"\(s\)", "", source)
        plural = re.sub(r"\(s\)", "s", source)
        for form, text in zip(forms, (singular, plural), strict=False):
            form.text = text
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def main() -> int:
    ts_files = sorted(TRANSLATIONS.glob("*.ts"))
    for ts in ts_files:
        subprocess.run(
            [tool("pyside6-lupdate"), "-silent", "-no-obsolete", *python_sources(), "-ts", str(ts)],
            check=True,
        )
        if ts.stem.endswith("_en"):
            english_plurals(ts)
        compile_qm(ts, ts.with_suffix(".qm"))
        print(f"{ts.name} -> {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
