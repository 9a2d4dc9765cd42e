"""`infant-massage history export|import`: the history on the command line (backups, moves).

Only the arguments here: parsing a command line (every start of the app parses one) need not
load the exporters, the importer and their models; app/history_actions.py does the work.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator


class _ExportFormats:
    """The formats the exporters know (storage.history.backup), looked up only when asked."""

    @staticmethod
    def _names() -> list[str]:
        from infant_massage.storage.history.backup import EXPORTERS

        return sorted(EXPORTERS)

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())


def add_history_arguments(
    parser: argparse.ArgumentParser, global_options: Callable[[], argparse.ArgumentParser]
) -> None:
    actions = parser.add_subparsers(title="actions", metavar="ACTION", dest="history_action")
    actions.required = True
    export = actions.add_parser(
        "export",
        help="write every baby and session as CSV (for spreadsheets) or JSON (a full backup)",
        parents=[global_options()],
    )
    # A metavar, so that argparse need not list the choices (load the exporters) until asked.
    export.add_argument(
        "--format",
        choices=_ExportFormats(),
        required=True,
        metavar="FORMAT",
        help="one of: %(choices)s",
    )
    export.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    export.add_argument(
        "--partial",
        action="store_true",
        help="export the readable sessions even when some are damaged (listed on stderr)",
    )
    restore = actions.add_parser(
        "import",
        help="merge a JSON backup into the history (nothing is duplicated)",
        parents=[global_options()],
    )
    restore.add_argument(
        "file", metavar="FILE", help="a backup made by 'history export --format json'"
    )


def run_history(args: argparse.Namespace) -> int:
    from infant_massage.app.history_actions import run_history_action

    return run_history_action(args)
