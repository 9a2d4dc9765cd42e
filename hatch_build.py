"""Build hook: compile resources.qrc into the package so installs need no files beside them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

OUTPUT = Path("src/infant_massage/_resources_rc.py")


def find_rcc() -> list[str]:
    exe = shutil.which("pyside6-rcc", path=str(Path(sys.executable).parent))
    if exe:
        return [exe]
    # Fall back to the module entry point of the PySide6 in this build environment.
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "rcc"]


class ResourcesHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        out = root / OUTPUT
        subprocess.run(
            [*find_rcc(), str(root / "resources.qrc"), "-o", str(out)],
            check=True,
            cwd=root,
        )
        build_data["artifacts"].append(str(OUTPUT))
