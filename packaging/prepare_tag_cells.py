"""Write assets/prepared/tag_cells.json: each view's drawing in the name tags' cells, ready.

Run after changing a drawing (assets/illustrations/baby_*.svg); it rewrites resources.qrc too.
The app uses a view's cells only if made from the very SVG it ships, so a forgotten run costs
the first paint a rasterising, never a wrong layout; tests/test_drawing_cells.py fails, naming
this script, until it is run.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "packaging"))

import write_qrc  # noqa: E402

from infant_massage.domain.body_map import parse_body_view  # noqa: E402
from infant_massage.domain.drawing_cells import FILE, DrawingCells, prepare  # noqa: E402

PREFIX = "baby_"  # assets/illustrations/baby_VIEW.svg


def views(assets: Path = ASSETS) -> dict[str, tuple[str, DrawingCells]]:
    """Each view's SVG text and its cells."""
    found = {}
    for svg in sorted((assets / "illustrations").glob(f"{PREFIX}*.svg")):
        name, text = svg.stem[len(PREFIX) :], svg.read_text(encoding="utf-8")
        body = parse_body_view(name, text)
        found[name] = (text, DrawingCells.of(body.regions, body.drawing, body.hair))
    return found


def main() -> int:
    target = ASSETS / FILE
    target.parent.mkdir(exist_ok=True)
    prepared = views()
    target.write_text(prepare(prepared), encoding="utf-8")
    print(f"{FILE}: {', '.join(prepared)}")
    return write_qrc.main()


if __name__ == "__main__":
    sys.exit(main())
