"""Collect the licence texts of the Python packages the app ships with into one bundled asset.

Run after changing the runtime dependencies: .venv/bin/python packaging/write_licences.py
The bundle redistributes these packages and Python itself; their licences ask for their notices
to travel with them, so Help > About > Licences shows assets/licences/third-party.txt.
Qt, PySide6 and shiboken6 are not repeated here: their LGPL v3 has its own file.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "licences" / "third-party.txt"
COVERED_BY_LGPL = {"pyside6-essentials", "pyside6-addons", "shiboken6"}


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str:
    return canonical(re.split(r"[ <>=!~;\[(]", requirement.strip(), maxsplit=1)[0])


def _applies(requirement: str) -> bool:
    """Run-time requirements only: no extras, and markers that hold on this machine."""
    if ";" not in requirement:
        return True
    marker = requirement.split(";", 1)[1]
    if "extra" in marker:
        return False
    from packaging.markers import Marker

    return Marker(marker).evaluate()


def runtime_closure() -> list[str]:
    """Every distribution the app needs at run time (from pyproject.toml, then as installed)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    todo = [_requirement_name(r) for r in project["dependencies"] if _applies(r)]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        requires = metadata.distribution(name).requires or []
        todo += [_requirement_name(r) for r in requires if _applies(r)]
    return sorted(seen - COVERED_BY_LGPL)


def licence_text(name: str) -> tuple[str, str]:
    dist = metadata.distribution(name)
    expression = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
    files = [f for f in dist.files or [] if re.search(r"LICEN[CS]E|COPYING", f.name, re.I)]
    if not files:
        raise SystemExit(f"{name} ships no licence file")
    return expression, "\n\n".join(f.read_text(encoding="utf-8").strip() for f in files)


def python_licence() -> str:
    path = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for candidate in (path / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.exists():
            return candidate.read_text(encoding="utf-8").strip()
    raise SystemExit("Python's LICENSE.txt was not found")


def document() -> str:
    rule = "=" * 60
    parts = [
        "Third-party software in Infant Massage Guide\n\n"
        "The installable bundle contains Python and these Python\n"
        "packages. Each is used under its own licence, reproduced below.\n"
    ]
    parts.append(f"{rule}\nPython (PSF-2.0)\n{rule}\n\n{python_licence()}\n")
    for name in runtime_closure():
        expression, text = licence_text(name)
        title = metadata.distribution(name).metadata["Name"]
        parts.append(f"{rule}\n{title} ({expression})\n{rule}\n\n{text}\n")
    return "\n".join(parts)


def main() -> int:
    OUT.write_text(document(), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {', '.join(runtime_closure())} and Python")
    return 0


if __name__ == "__main__":
    sys.exit(main())
