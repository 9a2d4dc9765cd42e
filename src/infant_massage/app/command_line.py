"""What the command line and each of its commands share: the program's name, exit codes,
one-line failures and warnings safe for a terminal, and headless Qt.

Its own module so that the commands need not import app/cli.py, which imports them.
"""

from __future__ import annotations

import os
import sys

from infant_massage.domain.record_rules import escaped

PROG = "infant-massage"

# Exit codes (README "Command line"): 0 done, 1 a failure while working (a file that cannot be
# written or read, a damaged or incomplete history), 2 a bad command line (refused before doing
# anything), 130 interrupted with Ctrl+C.
EXIT_FAILURE = 1
EXIT_USAGE = 2


def shown(text: str) -> str:
    """Text safe to print on a terminal: an argument cannot move the cursor, clear the screen
    or disguise itself (record_rules.escaped)."""
    return escaped(text)


def fail(message: str, code: int = EXIT_FAILURE) -> int:
    print(f"{PROG}: {shown(message)}", file=sys.stderr)
    return code


def warn(message: str) -> None:
    print(f"{PROG}: warning: {shown(message)}", file=sys.stderr)


def force_headless() -> None:
    """Use Qt's offscreen platform unless the caller chose one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
