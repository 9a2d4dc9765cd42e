"""`infant-massage render`: the main window drawn offscreen into a PNG (handouts, docs, tests)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from infant_massage.app.cli import fail, force_headless

MIN_SIZE = (800, 600)
MAX_SIZE = (7680, 4320)


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{1,5})[xX](\d{1,5})", text.strip())
    limits = (
        f"expected WIDTHxHEIGHT from {MIN_SIZE[0]}x{MIN_SIZE[1]} to {MAX_SIZE[0]}x{MAX_SIZE[1]}"
    )
    if not match:
        raise argparse.ArgumentTypeError(f"bad size '{text}': {limits}, e.g. 1280x800")
    width, height = int(match[1]), int(match[2])
    if not (MIN_SIZE[0] <= width <= MAX_SIZE[0] and MIN_SIZE[1] <= height <= MAX_SIZE[1]):
        raise argparse.ArgumentTypeError(f"size {width}x{height} is out of range: {limits}")
    return width, height


def parse_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not value >= 0 or value > 24 * 3600:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"bad time '{text}': expected seconds from 0, e.g. 2.5")
    return value


def add_render_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", metavar="FILE.png", required=True, help="the PNG to write")
    parser.add_argument("--area", metavar="ID", help="select this body area")
    parser.add_argument("--view", choices=["front", "back"], help="show the baby from this side")
    parser.add_argument(
        "--size", metavar="WxH", type=parse_size, default=(1280, 800), help="default 1280x800"
    )
    parser.add_argument("--technique", metavar="ID", help="show this technique (needs --area)")
    parser.add_argument(
        "--at", metavar="SECONDS", type=parse_seconds, help="moment of the technique's guide"
    )
    parser.add_argument(
        "--theme", choices=["light", "dark"], help="colours to draw in (default: the system's)"
    )


def _check_choices(args: argparse.Namespace, catalog, illustrations) -> str:
    """Empty when the request makes sense; otherwise a one-line reason with the valid choices."""
    areas = catalog.area_ids
    if args.area is not None and args.area not in areas:
        return f"unknown area '{args.area}' (choose from: {', '.join(areas)})"
    techniques = [t.id for t in catalog.techniques]
    if args.technique is not None:
        if args.technique not in techniques:
            return f"unknown technique '{args.technique}' (choose from: {', '.join(techniques)})"
        if args.area is None:
            return "--technique needs --area (the technique is shown on an area)"
        suited = [t.id for t in catalog.techniques_on(args.area)]
        if args.technique not in suited:
            return (
                f"technique '{args.technique}' does not suit area '{args.area}' "
                f"(choose from: {', '.join(suited)})"
            )
    if args.at is not None and args.technique is None:
        return "--at needs --technique (it is a moment of the technique's guide)"
    if args.area is not None and args.view is not None:
        views = illustrations.views_with(args.area)
        if args.view not in views:
            choices = ", ".join(views)
            return f"area '{args.area}' is not on the {args.view} view (choose from: {choices})"
    out = Path(args.out)
    if out.suffix.lower() != ".png":
        return f"--out must name a .png file, not '{args.out}'"
    if not out.parent.is_dir():
        return f"cannot write '{args.out}': the folder {out.parent} does not exist"
    return ""


def run_render(args: argparse.Namespace) -> int:
    force_headless()
    from infant_massage import load_catalog
    from infant_massage.app.qt_app import apply_theme, get_application
    from infant_massage.ui.illustrations import Illustrations
    from infant_massage.ui.main_window import MainWindow

    app = get_application(args.language)
    if args.theme:
        apply_theme(app, args.theme)
    catalog = load_catalog()
    illustrations = Illustrations()
    problem = _check_choices(args, catalog, illustrations)
    if problem:
        return fail(problem, 2)  # a bad command line (README: exit 2)
    # No settings: a render shows exactly what was asked, not what the user last looked at.
    window = MainWindow(catalog, illustrations, settings=None)
    width, height = args.size
    window.resize(width, height)
    if args.area:
        window.select_area(args.area)
    if args.view:
        window.body_map.set_view(args.view)
    window.show()
    # Twice: the splitter takes its share on the first pass, the panels re-flow on the second.
    app.processEvents()
    app.processEvents()
    if args.technique and args.at is not None:
        window.open_guide(args.technique, args.area)
        window.guide_panel.view.pause()
        window.guide_panel.view.seek(args.at)
        app.processEvents()
    elif args.technique:
        # After the first layout pass, so the panel knows where the card sits.
        window.technique_panel.focus_technique(args.technique)
        app.processEvents()
    image = window.grab().toImage()
    window.close()
    if (image.width(), image.height()) != (width, height):
        return fail(f"the window would not take the size {width}x{height} on this screen")
    if not image.save(str(args.out), "PNG"):
        return fail(f"cannot write '{args.out}'")
    print(f"wrote {args.out} ({width}x{height})")
    return 0
