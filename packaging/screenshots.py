"""Regenerate the README's screenshots with the app's own render command (never by hand).

Also the layout shots: the home and the running-session pages at 1024x768 with the largest
text and at 1920x1080, light and dark (and high contrast), each drawn offscreen by the app's
own window in a fresh process, so that a theme or text size never leaks into the next shot.

Run: .venv/bin/python packaging/screenshots.py --help
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

from infant_massage.domain.user_settings import TEXT_SCALES, THEME_CHOICES

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
PAGES = ("home", "session")
SCALES = {"normal": TEXT_SCALES[0], "largest": TEXT_SCALES[-1]}
COLOURS = tuple(c for c in THEME_CHOICES if c != "system")  # a shot never depends on the desktop


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


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not the usage again
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def parser() -> argparse.ArgumentParser:
    command = _Parser(
        prog="screenshots.py",
        description=(
            "Regenerate the README's screenshots and the layout shots in packaging/screenshots/ "
            "(every shot, when no option is given)."
        ),
    )
    which = command.add_mutually_exclusive_group()
    which.add_argument(
        "--layouts-only", action="store_true", help="only the layout shots, not the README's"
    )
    which.add_argument(
        "--layout",
        nargs=5,
        metavar=("PAGE", "SIZE", "TEXT", "THEME", "OUT"),
        help=(
            f"draw one page into the PNG file OUT and nothing else: PAGE is {'|'.join(PAGES)}, "
            f"SIZE is WIDTHxHEIGHT (e.g. 1024x768), TEXT is {'|'.join(SCALES)}, "
            f"THEME is {'|'.join(COLOURS)}"
        ),
    )
    return command


def checked_layout(command: argparse.ArgumentParser, values: list[str]) -> tuple:
    """The --layout values, or a one-line error before any window is drawn."""
    page, size, scale, colours, out = values
    for what, value, choices in (
        ("PAGE", page, PAGES),
        ("TEXT", scale, tuple(SCALES)),
        ("THEME", colours, COLOURS),
    ):
        if value not in choices:
            command.error(f"{what} {value!r} is not one of {', '.join(choices)}")
    if not re.fullmatch(r"[1-9][0-9]*x[1-9][0-9]*", size):
        command.error(f"SIZE {size!r} is not WIDTHxHEIGHT, e.g. 1024x768")
    target = Path(out)
    if target.suffix.lower() != ".png":
        command.error(f"OUT {out!r} is not a .png file")
    if not target.parent.is_dir():
        command.error(f"the folder {target.parent} does not exist")
    return page, size, scale, colours, target


if __name__ == "__main__":
    command = parser()
    arguments = command.parse_args()
    if arguments.layout:
        shot = checked_layout(command, arguments.layout)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        shoot_layout(*shot)
        sys.exit(0)
    sys.exit(main(layouts_only=arguments.layouts_only))
