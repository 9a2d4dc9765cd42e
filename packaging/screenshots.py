"""Regenerate the README's screenshots with the app's own render command (never by hand).

Also the layout shots: the home and the running-session pages at 1024x768 with the largest
text and at 1920x1080, light and dark (and high contrast), each drawn offscreen by the app's
own window in a fresh process, so that a theme or text size never leaks into the next shot.

Run: .venv/bin/python packaging/screenshots.py [--layouts-only]
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


# (page, window size, text size, theme): what a small old laptop and a big screen show.
LAYOUTS = [
    (page, size, scale, colours)
    for page in ("home", "session")
    for size, scale in (("1024x768", "largest"), ("1920x1080", "normal"))
    for colours in ("light", "dark", "high_contrast")
]
SCALES = {"normal": 1.0, "largest": 1.8}


def layout_name(page: str, size: str, scale: str, colours: str) -> str:
    return f"{page}-{size}-{scale}-{colours.replace('_', '-')}.png"


def shoot_layout(page: str, size: str, scale: str, colours: str, out: Path) -> None:
    """One page drawn by the real window (runs in its own process; see main)."""
    from PySide6.QtWidgets import QApplication

    from infant_massage import load_catalog
    from infant_massage.app.qt_app import get_application
    from infant_massage.app.window_factory import make_window
    from infant_massage.domain.clock import ManualClock, Playback
    from infant_massage.domain.session_record import MemorySink

    app = get_application("en")
    clock = ManualClock()
    window = make_window(
        load_catalog(),
        playback=Playback(clock),
        session_clock=clock,
        sink=MemorySink(),
    )
    window.set_theme(colours)
    window.set_text_scale(SCALES[scale])
    width, height = (int(n) for n in size.split("x"))
    window.resize(width, height)
    window.show()
    window.select_area("abdomen")
    if page == "session":
        window.start_session()
        questions = window.session_flow.setup_page.questions
        questions.age.setValue(8)
        questions.feed.setValue(90)
        for question, answer in (
            (questions.unwell, False),
            (questions.vaccinated, False),
            (questions.cord_healed, True),
        ):
            question.set_value(answer)
        window.session_flow.setup_page.start_button.click()
        clock.advance(12)
        window.session_flow.run_page.tick()
        # Without a sound device the step's start flashes the page: show the page, not the cue.
        window.session_flow.run_page.flash_overlay.hide()
    for _ in range(4):
        QApplication.processEvents()
    image = window.grab().toImage()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"cannot write {out}")
    window.session_flow.stop_now()
    window.close()
    print(f"wrote {out.name} ({width}x{height}, {scale} text, {colours})")
    app.processEvents()


def main(layouts_only: bool = False) -> int:
    OUT.mkdir(exist_ok=True)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name, args in {} if layouts_only else SHOTS.items():
        command = [sys.executable, "-m", "infant_massage", "render", "--out", str(OUT / name)]
        subprocess.run([*command, *args], check=True, env=environment)
    for shot in LAYOUTS:
        out = OUT / layout_name(*shot)
        command = [sys.executable, __file__, "--layout", *shot, str(out)]
        subprocess.run(command, check=True, env=environment)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--layout"]:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        shoot_layout(*sys.argv[2:6], Path(sys.argv[6]))
        sys.exit(0)
    sys.exit(main(layouts_only=sys.argv[1:2] == ["--layouts-only"]))
