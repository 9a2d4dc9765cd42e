"""Build hook: compile resources.qrc into the package so installs need no files beside them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

OUTPUT = Path("src/infant_massage/_resources_rc.py")


def rcc_command(qrc: Path, out: Path) -> list[str]:
    # Call PySide6's own rcc wrapper by import: console scripts are not on PATH inside pip's
    # isolated build environment, but the PySide6 package is importable there.
    code = (
        "import sys; from PySide6.scripts.pyside_tool import rcc; "
        f"sys.argv = ['pyside6-rcc', {str(qrc)!r}, '-o', {str(out)!r}]; rcc()"
    )
    return [sys.executable, "-c", code]


class ResourcesHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        out = root / OUTPUT
        subprocess.run(rcc_command(root / "resources.qrc", out), check=True, cwd=root)
        build_data["artifacts"].append(str(OUTPUT))
