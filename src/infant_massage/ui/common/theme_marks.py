"""The marks the style sheet draws from image files: the tick of a ticked box, the dot of a
chosen radio button, the arrow of a list box.

Once a style sheet styles a box's indicator, Qt's style no longer draws the tick in it (a ticked
box was a plain filled square), and a style sheet takes its images only from files. Each mark is
drawn in a theme's colour, so it is written when the theme is applied: to a folder of this run's
own, never to the user's data folder, and under a name that says its colour, so the same theme
gives the same style sheet.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

SHAPES = {
    "tick": '<path d="M4.5 12.5l5 5L19.5 7" fill="none" stroke="{colour}" stroke-width="3" '
    'stroke-linecap="round" stroke-linejoin="round"/>',
    "dot": '<circle cx="12" cy="12" r="6" fill="{colour}"/>',
    "down": '<path d="M1 6h22l-11 13z" fill="{colour}"/>',
}
_folder: list[tempfile.TemporaryDirectory] = []  # one for the run (see remove_folder)


def mark(shape: str, colour: str) -> str:
    """The path of an image of the shape in the colour, for a style sheet's url()."""
    if not _folder:
        _folder.append(tempfile.TemporaryDirectory(prefix="infant-massage-marks-"))
    path = Path(_folder[0].name) / f"{shape}-{colour.lstrip('#')}.svg"
    if not path.exists():
        drawing = SHAPES[shape].format(colour=colour)
        path.write_text(
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">{drawing}</svg>',
            encoding="utf-8",
        )
    return path.as_posix()


def remove_folder() -> None:
    """The marks' folder goes (Python removes it at exit too, but the app ends with os._exit)."""
    if _folder:
        _folder.pop().cleanup()
