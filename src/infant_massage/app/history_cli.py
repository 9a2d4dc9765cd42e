"""`infant-massage history export|import`: the history on the command line (backups, moves).

Every failure is one line on stderr and a non-zero exit; nothing is half-written: an export goes
to a temporary file that replaces --out only when complete, an import is one transaction.
"""

from __future__ import annotations

import argparse
import io
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from infant_massage.app.cli import PROG, fail
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history_backup import (
    EXPORTERS,
    BackupError,
    export_to_path,
    import_backup,
)
from infant_massage.storage.history_merge import MergeResult
from infant_massage.storage.history_open import OpenedHistory, open_history
from infant_massage.storage.history_store import HistoryError, HistoryStore


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
    export.add_argument("--format", choices=sorted(EXPORTERS), required=True)
    export.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    restore = actions.add_parser(
        "import",
        help="merge a JSON backup into the history (nothing is duplicated)",
        parents=[global_options()],
    )
    restore.add_argument(
        "file", metavar="FILE", help="a backup made by 'history export --format json'"
    )


def _export(store: HistoryStore, args: argparse.Namespace) -> int:
    exporter = EXPORTERS[args.format]
    if args.out:
        out = Path(args.out).expanduser().absolute()
        try:
            count = export_to_path(store, args.format, out)
        except OSError as exc:
            return fail(f"cannot write {out}: {exc.strerror or exc}")
        print(f"{PROG}: exported {_count(count, 'session')} to {out}", file=sys.stderr)
        return 0
    stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
    try:
        exporter(store, stdout)
        stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        stdout.detach()
    return 0


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" + ("" if number == 1 else "s")


def _summary(result: MergeResult) -> str:
    return (
        f"imported {_count(result.sessions_added, 'new session')} and "
        f"{_count(result.babies_added, 'new baby profile')}; "
        f"{_count(result.sessions_updated, 'session')} updated, "
        f"{result.sessions_unchanged} already there"
    )


def _import(opened: OpenedHistory, args: argparse.Namespace) -> int:
    store = opened.store
    source = Path(args.file).expanduser()
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        return fail(f"cannot read {source}: {exc.strerror or exc}")
    except UnicodeDecodeError:
        return fail(f"cannot import {source}: not a JSON backup (it is not text)")
    if not store.saving:  # the notices, already printed, say why
        return fail("cannot import: the history cannot be saved")
    try:
        result = import_backup(store, text)
    except (BackupError, HistoryError) as exc:
        return fail(f"cannot import {source}: {exc}")
    print(f"{PROG}: {_summary(result)}")
    return 0


def run_history(args: argparse.Namespace) -> int:
    opened = open_history(open_data_dir(args.data_dir))
    store = opened.store
    for notice in opened.notices:
        print(f"{PROG}: warning: {notice.english()}", file=sys.stderr)
    try:
        if args.history_action == "export":
            return _export(store, args)
        return _import(opened, args)
    except (sqlite3.Error, HistoryError) as exc:
        return fail(f"history {args.history_action} failed: {exc}")
    finally:
        store.close()
