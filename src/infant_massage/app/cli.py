"""The command line: start the window, or answer a question and exit."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from infant_massage import __version__
from infant_massage.app import start_collector
from infant_massage.app.command_line import PROG, shown


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line, never with a usage dump or traceback."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {shown(message)} (see '{PROG} --help')\n")


def _global_options(defaults: bool) -> argparse.ArgumentParser:
    # Shared by the top level and every subcommand so global options work before or after one;
    # SUPPRESS in subcommands keeps them from overwriting a value given before the subcommand.
    parent = argparse.ArgumentParser(add_help=False)
    default = None if defaults else argparse.SUPPRESS
    parent.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="keep everything the app writes in DIR instead of the user data folder",
    )
    parent.add_argument(
        "--language",
        metavar="CODE",
        default=default,
        help="show the app in this language, e.g. en (default: the system's)",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=PROG,
        description="Infant Massage Guide: learn gentle massage for your baby, offline.",
        parents=[_global_options(defaults=True)],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start the whole app headless, check every asset and catalog entry, and exit",
    )
    parser.add_argument(
        "--fullscreen", action="store_true", help="start in full screen (for a projector)"
    )
    parser.add_argument("--area", metavar="ID", help="start with this body area selected")
    parser.add_argument(
        "--present",
        action="store_true",
        help="start in class mode: the wall on a second screen, nothing personal shown",
    )
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(
        title="commands", metavar="COMMAND", parser_class=OneLineParser
    )
    from infant_massage.app.handout_cli import add_handout_arguments
    from infant_massage.app.history_cli import add_history_arguments
    from infant_massage.app.render import add_render_arguments

    subcommands = [
        ("render", "draw the main window into a PNG (offscreen) and exit", add_render_arguments),
        (
            "handout",
            "write a printable PDF handout for one body area and exit",
            add_handout_arguments,
        ),
        (
            "history",
            "export the session history (CSV or JSON) or import a JSON backup",
            lambda sub: add_history_arguments(sub, lambda: _global_options(defaults=False)),
        ),
    ]
    for name, summary, add_arguments in subcommands:
        sub = commands.add_parser(name, help=summary, parents=[_global_options(defaults=False)])
        add_arguments(sub)
        sub.set_defaults(command=name)
    return parser


def _check_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    data_dir = getattr(args, "data_dir", None)
    if data_dir is not None:
        if not data_dir.strip():
            parser.error("--data-dir needs a folder; it was empty")
        if "\0" in data_dir:
            parser.error(f"--data-dir holds a NUL character: {shown(data_dir)}")


def main(argv: Sequence[str] | None = None) -> int:
    # The app uses no pydantic plugins: without this, building the first model reads the entry
    # points of every installed package to look for some (20-40 ms of each start here).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    start_collector.pause()  # the window's first paint brings it back (run_gui)
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    _check_arguments(parser, args)
    # Whatever the app writes (the settings Qt creates, exports, handouts) is its user's alone.
    os.umask(0o077)
    try:
        if args.command is not None:
            start_collector.resume()  # a command's work is not a start
        if args.command == "render":
            from infant_massage.app.render import run_render

            return run_render(args)
        if args.command == "handout":
            from infant_massage.app.handout_cli import run_handout

            return run_handout(args)
        if args.command == "history":
            from infant_massage.app.history_cli import run_history

            return run_history(args)
        from infant_massage.app.before_qt import import_headless_start

        import_headless_start()
        if args.self_test:
            from infant_massage.app.self_test import run_self_test

            code = run_self_test(args)
        else:
            from infant_massage.app.gui import run_gui

            code = run_gui(args)
    except KeyboardInterrupt:
        return 130
    finally:
        from infant_massage.app import startup_trace

        startup_trace.write()
    if argv is None:  # a real process: see _exit_now
        _exit_now(code)
    return code


def _exit_now(code: int) -> None:
    """End the process without tearing Qt and every Python object down one by one.

    Only after the window and self-test have closed the history and saved the settings; what is
    left (widgets, caches, modules) the OS frees at once. It saves a tenth of a second on
    every quit and avoids PySide's shutdown order, where a timer's event filter can outlive Qt.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
