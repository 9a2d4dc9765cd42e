"""`infant-massage render`: the main window drawn offscreen into a PNG (handouts, docs, tests)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from infant_massage.app.catalog_ids import unknown_ids
from infant_massage.app.command_line import EXIT_USAGE, fail, force_headless, shown
from infant_massage.app.output_file import OutputError, checked_output, write_output
from infant_massage.domain.viewpoint import Viewpoint

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
        "--theme",
        choices=["light", "dark", "high_contrast"],
        help="colours to draw in (default: the system's)",
    )
    parser.add_argument(
        "--guide-view",
        choices=[v.value for v in Viewpoint],
        help="the guide's viewpoint: 'parent' (at the baby's feet, the default) or 'class' "
        "(as the class sees the nurse: the picture turned round)",
    )
    parser.add_argument(
        "--guide-only",
        action="store_true",
        help="only the guide's picture (the baby, the hand, its path and arrows), at --size",
    )
    parser.add_argument(
        "--still", action="store_true", help="the guide as a still diagram (numbers and arrows)"
    )


def _check_choices(args: argparse.Namespace, catalog, illustrations) -> str:
    """Empty when the request makes sense; otherwise a one-line reason with the valid choices."""
    problem = unknown_ids(catalog, area=args.area, technique=args.technique)
    if problem:
        return problem
    if args.technique is not None and args.area is None:
        return "--technique needs --area (the technique is shown on an area)"
    if args.at is not None and args.technique is None:
        return "--at needs --technique (it is a moment of the technique's guide)"
    for flag, given in (
        ("--guide-view", args.guide_view is not None),
        ("--guide-only", args.guide_only),
        ("--still", args.still),
    ):
        if given and args.technique is None:
            return f"{flag} needs --technique and --area (it shows that technique's guide)"
    if args.area is not None and args.view is not None:
        views = illustrations.views_with(args.area)
        if args.view not in views:
            choices = ", ".join(views)
            return f"area '{args.area}' is not on the {args.view} view (choose from: {choices})"
    return ""


def run_render(args: argparse.Namespace) -> int:
    if Path(args.out).suffix.lower() != ".png":
        return fail(f"--out must name a .png file, not '{args.out}'", EXIT_USAGE)
    try:
        out = checked_output(args.out)
    except OutputError as exc:
        return fail(str(exc), exc.code)
    force_headless()
    from infant_massage import load_catalog
    from infant_massage.app.qt_app import apply_theme, get_application
    from infant_massage.app.window_factory import make_window
    from infant_massage.ui.body_map.illustrations import Illustrations

    app = get_application(args.language)
    if args.theme:
        apply_theme(app, args.theme)
    catalog = load_catalog()
    illustrations = Illustrations()
    problem = _check_choices(args, catalog, illustrations)
    if problem:
        return fail(problem, EXIT_USAGE)
    # No settings: a render shows exactly what was asked, not what the user last looked at.
    window = make_window(catalog, illustrations)
    width, height = args.size
    window.resize(width, height)
    if args.area:
        window.select_area(args.area)
    if args.view:
        window.home.set_view(args.view)
    window.show()
    # Twice: the splitter takes its share on the first pass, the panels re-flow on the second.
    app.processEvents()
    app.processEvents()
    guide_wanted = args.at is not None or args.guide_view or args.guide_only or args.still
    if args.technique and guide_wanted:
        panel = window.guide_panel
        window.open_guide(args.technique, args.area)
        panel.pause()
        panel.set_viewpoint(Viewpoint(args.guide_view or Viewpoint.PARENT))
        panel.set_reduced_motion(args.still)
        panel.view.seek(args.at or 0.0)
        # Three passes: the steps beside the picture wrap anew when their scroll bar comes.
        for _ in range(3):
            app.processEvents()
        if args.guide_only:
            image = _guide_picture(panel.view, width, height)
            window.close()
            return _save(image, out, width, height)
    elif args.technique:
        # After the first layout pass, so the panel knows where the card sits.
        window.home.technique_panel.focus_technique(args.technique)
        app.processEvents()
    image = window.grab().toImage()
    window.close()
    if (image.width(), image.height()) != (width, height):
        return fail(f"the window would not take the size {width}x{height} on this screen")
    return _save(image, out, width, height)


def _guide_picture(view, width: int, height: int):
    """The guide page's picture alone, drawn by the same painter at the requested size."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    view.painter.paint(
        painter,
        QRectF(0, 0, width, height),
        view.guide,
        view.guide_time(),
        view.viewpoint,
        view.guide_style(),
        still=view.reduced_motion,
        loop=view.loop,
        tone=None,
    )
    painter.end()
    return image


def _save(image, out: Path, width: int, height: int) -> int:
    """Write the PNG whole or not at all (output_file): a failure leaves --out as it was."""

    def write(temporary: Path) -> None:
        if not image.save(str(temporary), "PNG"):
            raise OSError("the PNG could not be written")

    try:
        write_output(out, write)
    except OutputError as exc:
        return fail(str(exc), exc.code)
    print(shown(f"wrote {out} ({width}x{height})"))
    return 0
