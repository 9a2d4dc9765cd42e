"""`infant-massage handout`: a printable PDF for one area, for a class or the fridge door."""

from __future__ import annotations

import argparse

from infant_massage.app.catalog_ids import unknown_ids
from infant_massage.app.command_line import EXIT_USAGE, fail, force_headless, shown
from infant_massage.app.output_file import OutputError, checked_output, write_output


def add_handout_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--area", metavar="ID", help="the body area")
    which.add_argument(
        "--plan",
        metavar="NAME",
        help="a class plan saved in class mode, or a routine's id or name: a class handout",
    )
    parser.add_argument("--out", metavar="FILE.pdf", required=True, help="the PDF to write")


def run_handout(args: argparse.Namespace) -> int:
    if not args.out.lower().endswith(".pdf"):
        return fail(f"--out must name a .pdf file, not '{args.out}'", EXIT_USAGE)
    try:
        out = checked_output(args.out)
    except OutputError as exc:
        return fail(str(exc), exc.code)
    force_headless()
    from infant_massage import load_catalog
    from infant_massage.app.qt_app import apply_theme, get_application
    from infant_massage.ui.body_map.illustrations import Illustrations
    from infant_massage.ui.guide.handout import write_handout
    from infant_massage.ui.guide.rig_hands import RigHands

    app = get_application(args.language)
    apply_theme(app, "light")  # paper is white, whatever the screen's theme
    catalog = load_catalog()
    if args.plan is not None:
        from infant_massage.app.class_handout_cli import run_plan_handout

        return run_plan_handout(args, catalog, out)
    problem = unknown_ids(catalog, area=args.area)
    if problem:
        return fail(problem, EXIT_USAGE)
    pages = 0

    def write(path) -> None:
        nonlocal pages
        pages = write_handout(path, catalog, Illustrations(), RigHands(), args.area)

    try:
        write_output(out, write)
    except OutputError as exc:
        return fail(str(exc), exc.code)
    print(shown(f"wrote {out} ({pages} pages)"))
    return 0
