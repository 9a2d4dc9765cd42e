"""Start-up time: `infant-massage --self-test` against a bare PySide6 window, same run.

Each sample is a fresh process measured from spawn to exit, so both include interpreter start,
imports and Qt platform start-up. Run: .venv/bin/python bench/startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE_WINDOW = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
painted = Painted()
window.installEventFilter(painted)
window.resize(1200, 800)
window.show()
app.exec()
"""


def sample(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True)
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    data_dir = tempfile.mkdtemp(prefix="im-bench-")
    commands = {
        "bare PySide6 window": [sys.executable, "-c", BARE_WINDOW],
        "infant-massage --self-test": [
            sys.executable,
            "-m",
            "infant_massage",
            "--self-test",
            "--data-dir",
            data_dir,
        ],
    }
    for command in commands.values():  # warm the file cache once
        sample(command, env)
    results: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):  # interleaved so both see the same machine load
        for name, command in commands.items():
            results[name].append(sample(command, env))
    for name, times in results.items():
        print(
            f"{name:28s} median {statistics.median(times):7.1f} ms  "
            f"min {min(times):7.1f}  max {max(times):7.1f}  (n={len(times)})"
        )
    ratio = statistics.median(results["infant-massage --self-test"]) / statistics.median(
        results["bare PySide6 window"]
    )
    print(f"self-test / bare window: {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
