"""Where start-up time goes: named marks written to a file for bench/startup.py.

Off unless INFANT_MASSAGE_STARTUP_TRACE names a file. The marks are CLOCK_MONOTONIC seconds, a
clock every process on the machine shares, so the benchmark can subtract its own spawn time.
When tracing, the interactive app quits once the home screen is first painted.
"""

from __future__ import annotations

import os
import time

TRACE_VARIABLE = "INFANT_MASSAGE_STARTUP_TRACE"
_marks: list[tuple[str, float]] = []


def enabled() -> bool:
    return bool(os.environ.get(TRACE_VARIABLE))


def mark(name: str) -> None:
    """The phase called `name` ends now."""
    if enabled():
        _marks.append((name, time.monotonic()))


def write() -> None:
    """Save the marks (one 'name seconds' a line); called just before the process exits."""
    target = os.environ.get(TRACE_VARIABLE)
    if not target or not _marks:
        return
    with open(target, "w", encoding="utf-8") as out:
        out.writelines(f"{name} {when:.6f}\n" for name, when in _marks)
