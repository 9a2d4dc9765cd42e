"""`infant-massage history export|import` at work (its arguments are in app/history_cli.py).

Every refusal is one line on stderr and a non-zero exit (README "Command line": 2 for a bad
command line, 1 for a failure while working); nothing is half-written: an export goes to a
temporary file that replaces --out only when complete (and only when the history was read
whole, unless --partial), an import is checked whole first and then written in one transaction.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from infant_massage.app.command_line import EXIT_USAGE, PROG, fail, shown, warn
from infant_massage.app.output_file import OutputError, checked_output
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history.backup import (
    IncompleteHistory,
    export_to_path,
    export_to_stream,
)
from infant_massage.storage.history.importing import BackupError, KnownIds, import_file
from infant_massage.storage.history.merge import MergeResult
from infant_massage.storage.history.opening import OpenedHistory, open_history
from infant_massage.storage.history.store import HistoryError, HistoryStore
from infant_massage.storage.private_files import UnsafeTarget


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" + ("" if number == 1 else "s")


def _export(store: HistoryStore, args: argparse.Namespace, out: Path | None) -> int:
    try:
        if out is not None:
            count = export_to_path(store, args.format, out, args.partial)
        else:
            # Whole or nothing on standard output too: into a private temporary file first.
            with tempfile.TemporaryFile() as spool:
                count = export_to_stream(store, args.format, spool, args.partial)
                spool.seek(0)
                try:
                    shutil.copyfileobj(spool, sys.stdout.buffer)
                    sys.stdout.buffer.flush()
                except BrokenPipeError:  # e.g. piped into `head`: the reader has what it wanted
                    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except UnsafeTarget as exc:
        return fail(str(exc), EXIT_USAGE)
    except IncompleteHistory as exc:
        return fail(f"history export refused: {exc}")
    except OSError as exc:
        return fail(f"cannot write {out or 'standard output'}: {exc.strerror or exc}")
    if store.damaged:
        warn(f"{len(store.damaged)} damaged session(s) left out: {', '.join(store.damaged)}")
    if out is not None:
        print(f"{PROG}: exported {_count(count, 'session')} to {shown(str(out))}", file=sys.stderr)
    return 0


def _summary(result: MergeResult) -> str:
    return (
        f"imported {_count(result.sessions_added, 'new session')} and "
        f"{_count(result.babies_added, 'new baby profile')}; "
        f"{_count(result.sessions_updated, 'session')} updated, "
        f"{result.sessions_unchanged} already there"
    )


def known_ids() -> KnownIds:
    from infant_massage import load_catalog

    return KnownIds.of(load_catalog())


def _import(opened: OpenedHistory, args: argparse.Namespace) -> int:
    store = opened.store
    source = Path(args.file).expanduser()
    if not store.saving:  # the notices, already printed, say why
        return fail("cannot import: the history cannot be saved")
    try:
        result = import_file(store, source, known_ids())
    except (BackupError, HistoryError) as exc:
        return fail(f"cannot import {source}: {exc}")
    print(f"{PROG}: {shown(_summary(result))}")
    return 0


def run_history_action(args: argparse.Namespace) -> int:
    out = None
    if args.history_action == "export" and args.out is not None:
        try:
            out = checked_output(args.out)
        except OutputError as exc:
            return fail(str(exc), exc.code)
    if args.history_action == "import" and (not args.file.strip() or "\0" in args.file):
        return fail(f"import needs a backup file, not '{args.file}'", EXIT_USAGE)
    data_dir = open_data_dir(args.data_dir)
    if not data_dir.readable:
        return fail(f"cannot use the data folder: {data_dir.problem}")
    opened = open_history(data_dir)
    store = opened.store
    for notice in opened.notices:
        warn(notice.english())
    try:
        if args.history_action == "export":
            return _export(store, args, out)
        return _import(opened, args)
    except (sqlite3.Error, HistoryError) as exc:
        return fail(f"history {args.history_action} failed: {exc}")
    finally:
        store.close()
