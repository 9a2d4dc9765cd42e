"""Start-up time and memory: the app against a bare PySide6 window, in the same run.

Each sample is a fresh process timed from spawn, so both include interpreter start, imports and
Qt platform start-up. The commands run interleaved, so all see the same machine load (other
work on the machine makes absolute times drift; compare the ratios):

- a bare QMainWindow, shown until its first paint, then exit;
- the same window after importing what any start of this app must: pydantic with one validated
  model, and Qt's `Qt` namespace (PySide builds its hundred enums on first use); it ends as the
  app does, without tearing down every module. No app code runs, so its ratio is the floor this
  stack sets for the app's ratios;
- `infant-massage --self-test` from spawn to exit, with its phases;
- the interactive app until the home screen's first paint (it quits there when traced), with its
  phases; its data folder is reused, so every run after the first is a returning user's start.

The phases come from the app's own marks (INFANT_MASSAGE_STARTUP_TRACE, see
app/startup_trace.py); "exit" is from the last mark until the process has ended. Peak memory is
each child's ru_maxrss. Run: .venv/bin/python bench/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first paint {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
painted = Painted()
window.installEventFilter(painted)
window.resize(1200, 800)
window.show()
app.exec()
"""

# pydantic first, as the app imports it: PySide reads the source of every module imported after it.
STACK_FLOOR = (
    """
from pydantic import BaseModel
class Model(BaseModel):
    name: str
Model(name="floor")
from PySide6.QtCore import Qt
Qt.AlignmentFlag.AlignLeft
"""
    + BARE_WINDOW
    # As the app does once its files are closed: no teardown of every module pydantic brought.
    + "import os\nos._exit(0)\n"
)


def timed(command: list[str], env: dict[str, str]) -> tuple[float, list[tuple[str, float]], float]:
    with tempfile.NamedTemporaryFile("r", suffix=".trace", delete=False) as trace:
        trace_path = Path(trace.name)
    env = {**env, "INFANT_MASSAGE_STARTUP_TRACE": str(trace_path)}
    with tempfile.TemporaryFile("w+") as out:
        started = time.monotonic()
        child = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
        # os.wait4 rather than Popen.wait: it also gives the child's peak memory.
        _, status, usage = os.wait4(child.pid, 0)
        ended = time.monotonic()
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read()
    if child.returncode:
        raise SystemExit(f"{command[-3:]} failed ({child.returncode}): {output.strip()[-600:]}")
    lines = trace_path.read_text().splitlines() or output.splitlines()
    trace_path.unlink(missing_ok=True)
    phases, last = [], started
    for line in lines:
        name, _, when = line.rpartition(" ")
        try:
            moment = float(when)
        except ValueError:
            continue
        phases.append((name, (moment - last) * 1000))
        last = moment
    phases.append(("exit", (ended - last) * 1000))
    return (ended - started) * 1000, phases, usage.ru_maxrss / 1024


def until(phases: list[tuple[str, float]], name: str) -> float:
    """Milliseconds from spawn to the end of the named phase."""
    total = 0.0
    for phase, ms in phases:
        total += ms
        if phase == name:
            return total
    raise KeyError(name)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # An installed app has its bytecode compiled; without it every start compiles every module.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app = [sys.executable, "-m", "infant_massage", "--data-dir"]
    commands = {
        "bare PySide6 window": [sys.executable, "-c", BARE_WINDOW],
        "pydantic + Qt floor": [sys.executable, "-c", STACK_FLOOR],
        "--self-test": [*app, tempfile.mkdtemp(prefix="im-bench-"), "--self-test"],
        "home screen": [*app, tempfile.mkdtemp(prefix="im-bench-")],
    }
    load_before = os.getloadavg()
    for command in commands.values():  # warm the file cache, write the settings once
        timed(command, env)
    samples: dict[str, list[tuple[float, list[tuple[str, float]], float]]] = {
        name: [] for name in commands
    }
    for _ in range(args.runs):  # interleaved so all see the same machine load
        for name, command in commands.items():
            samples[name].append(timed(command, env))

    def median(values) -> float:
        return statistics.median(list(values))

    for name, runs in samples.items():
        print(
            f"{name:22s} spawn to exit median {median(r[0] for r in runs):7.1f} ms "
            f"(min {min(r[0] for r in runs):.1f}, max {max(r[0] for r in runs):.1f}), "
            f"peak memory {median(r[2] for r in runs):6.1f} MB"
        )
        for index, (phase, _) in enumerate(runs[0][1]):
            print(f"    {phase:18s} {median(r[1][index][1] for r in runs):7.1f} ms")
    bare = samples["bare PySide6 window"]
    bare_total = median(r[0] for r in bare)
    bare_paint = median(until(r[1], "first paint") for r in bare)
    self_test = median(r[0] for r in samples["--self-test"])
    home_paint = median(until(r[1], "first paint") for r in samples["home screen"])
    floor = samples["pydantic + Qt floor"]
    floor_total = median(r[0] for r in floor)
    floor_paint = median(until(r[1], "first paint") for r in floor)
    print(f"--self-test / bare window, spawn to exit:       {self_test / bare_total:.2f}x")
    print(f"home first paint / bare first paint, from spawn: {home_paint / bare_paint:.2f}x")
    print(
        f"the stack's floor (pydantic + Qt, no app code): {floor_total / bare_total:.2f}x "
        f"spawn to exit, {floor_paint / bare_paint:.2f}x to first paint"
    )
    memory = {name: median(r[2] for r in runs) for name, runs in samples.items()}
    bare_memory = memory["bare PySide6 window"]
    print(
        "peak memory, "
        + " / ".join(f"{name} {value:.1f} MB" for name, value in memory.items())
        + f" ({memory['--self-test'] / bare_memory:.2f}x and "
        f"{memory['home screen'] / bare_memory:.2f}x the bare window)"
    )
    # Other work on the machine slows all alike, but not exactly: say how loaded it was.
    load_after = os.getloadavg()
    print(
        "load average (1, 5, 15 min) before "
        + ", ".join(f"{x:.2f}" for x in load_before)
        + "; after "
        + ", ".join(f"{x:.2f}" for x in load_after)
        + f"; {os.cpu_count()} cores"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
