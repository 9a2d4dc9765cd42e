"""Regenerate the README's screenshots with the app's own render command (never by hand).

Run: .venv/bin/python packaging/screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
SHOTS = {
    "home.png": ["--area", "abdomen", "--size", "1280x800"],
    "guide.png": [
        "--area",
        "abdomen",
        "--technique",
        "kneading",
        "--at",
        "1.2",
        "--size",
        "1280x800",
    ],
    "back-dark.png": [
        "--area",
        "back",
        "--technique",
        "spinal_pinching",
        "--at",
        "3",
        "--theme",
        "dark",
        "--size",
        "1280x800",
    ],
}


def main() -> int:
    OUT.mkdir(exist_ok=True)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name, args in SHOTS.items():
        command = [sys.executable, "-m", "infant_massage", "render", "--out", str(OUT / name)]
        subprocess.run([*command, *args], check=True, env=environment)
    return 0


if __name__ == "__main__":
    sys.exit(main())
