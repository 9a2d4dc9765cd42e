"""Rewrite resources.qrc so that it lists every file under assets/ (run after adding an asset)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Notes for authors that the app never reads stay out of the bundle.
SKIPPED_SUFFIXES = {".md"}


def asset_files(root: Path = ROOT) -> list[str]:
    assets = root / "assets"
    return sorted(
        p.relative_to(root).as_posix()
        for p in assets.rglob("*")
        if p.is_file() and p.suffix not in SKIPPED_SUFFIXES
    )


def qrc_text(files: list[str]) -> str:
    lines = ["<!DOCTYPE RCC>", '<RCC version="1.0">', '  <qresource prefix="/">']
    lines += [f"    <file>{name}</file>" for name in files]
    lines += ["  </qresource>", "</RCC>", ""]
    return "\n".join(lines)


def main() -> int:
    (ROOT / "resources.qrc").write_text(qrc_text(asset_files()), encoding="utf-8")
    print(f"resources.qrc: {len(asset_files())} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
