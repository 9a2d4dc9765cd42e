"""The marks the style sheet draws from image files: the tick of a ticked box, the dot of a
chosen radio button, the arrow of a list box.

Once a style sheet styles a box's indicator, Qt's style no longer draws the tick in it (a ticked
box was a plain filled square), and a style sheet takes its images only from files. Each mark is
drawn in a theme's colour, so there is a file per shape and colour: written by
packaging/make_marks.py from the themes' colours into assets/marks/ and shipped inside the app
with the other assets, so that applying a theme reads the bundle and writes nothing.
"""

from __future__ import annotations

from infant_massage import resources

FOLDER = "marks"  # under assets/
SHAPES = {
    "tick": '<path d="M4.5 12.5l5 5L19.5 7" fill="none" stroke="{colour}" stroke-width="3" '
    'stroke-linecap="round" stroke-linejoin="round"/>',
    "dot": '<circle cx="12" cy="12" r="6" fill="{colour}"/>',
    "down": '<path d="M1 6h22l-11 13z" fill="{colour}"/>',
}


def asset(shape: str, colour: str) -> str:
    """The mark's file, relative to assets/: its name says its shape and colour."""
    return f"{FOLDER}/{shape}-{colour.lstrip('#').lower()}.svg"


def url(shape: str, colour: str) -> str:
    """The mark's Qt resource path, for a style sheet's url()."""
    return resources.path(asset(shape, colour))


def svg(shape: str, colour: str) -> str:
    """The mark's drawing: a 24-unit square, scaled to whatever size the style sheet gives it."""
    drawing = SHAPES[shape].format(colour=colour)
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">{drawing}</svg>\n'
