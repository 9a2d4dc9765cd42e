"""Write the style sheet's marks (assets/marks/*.svg) in every theme's colours, then resources.qrc.

Run after changing a theme's colours or a mark's shape: .venv/bin/python packaging/make_marks.py
The colours stay in ui/common/theme.py and the shapes in ui/common/theme_marks.py; the files are
generated from them so that the app ships its marks and writes none while it runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "packaging"))

import write_qrc  # noqa: E402

from infant_massage.ui.common import theme, theme_marks  # noqa: E402

ASSETS = ROOT / "assets"


def mark_files() -> dict[str, str]:
    """Every mark a theme's style sheet uses: its path under assets/ and its SVG text."""
    return {
        theme_marks.asset(shape, colour): theme_marks.svg(shape, colour)
        for each in theme.THEMES.values()
        for shape, colour in theme.mark_colours(each).items()
    }


def main() -> int:
    wanted = mark_files()
    folder = ASSETS / theme_marks.FOLDER
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.svg"):  # a colour no theme uses any more
        if old.relative_to(ASSETS).as_posix() not in wanted:
            old.unlink()
    for name, text in wanted.items():
        (ASSETS / name).write_text(text, encoding="utf-8")
    print(f"assets/{theme_marks.FOLDER}: {len(wanted)} marks")
    return write_qrc.main()


if __name__ == "__main__":
    sys.exit(main())
