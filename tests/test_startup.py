"""What a start costs: the home screen alone, the rest built and imported when first used."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from test_command_line import run_app

HEAVY = ["PySide6.QtCharts", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech", "PySide6.QtPdf"]
LATER = [
    "infant_massage.domain.guide",  # the guides' geometry, with the first guide
    "infant_massage.ui.guide.panel",
    "infant_massage.ui.guide.rig_hands",
    "infant_massage.ui.history.panel",
    "infant_massage.ui.session.flow",
    "infant_massage.ui.class_mode.launcher",
    "infant_massage.ui.guide.handout",
    "infant_massage.ui.shell.settings_dialog",
    "infant_massage.ui.profiles.dialog",
    "infant_massage.ui.history.wording",
    "infant_massage.storage.history.backup",
    "infant_massage.storage.history.importing",
]

HOME_THEN = """
import sys
from infant_massage import load_catalog
from infant_massage.app.qt_app import get_application
from infant_massage.app.window_factory import build_main_window
from infant_massage.storage.data_dir import open_data_dir

app = get_application("en")
window = build_main_window(load_catalog(), open_data_dir(sys.argv[1]))
window.show()
app.processEvents()
watched = sys.argv[2].split(",")
print("home:" + ",".join(name for name in watched if name in sys.modules))
for step in sys.argv[3:]:
    getattr(window, step)()
    app.processEvents()
print("after:" + ",".join(name for name in watched if name in sys.modules))
window.close()
"""


def loaded(tmp_path: Path, *steps: str) -> tuple[list[str], list[str]]:
    """The watched modules loaded once the home screen is up, and after the given steps."""
    result = subprocess.run(
        [sys.executable, "-c", HOME_THEN, str(tmp_path / "data"), ",".join(HEAVY + LATER), *steps],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-800:]
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)
    return [n for n in lines["home"].split(",") if n], [n for n in lines["after"].split(",") if n]


def test_the_home_screen_loads_no_charts_sound_speech_pdf_or_hidden_pages(tmp_path) -> None:
    home, _ = loaded(tmp_path)
    assert home == []


def test_the_history_and_the_session_are_built_when_first_opened(tmp_path) -> None:
    _, after = loaded(tmp_path, "show_history", "show_home", "start_session")
    assert "infant_massage.ui.guide.panel" not in after  # no guide was opened
    assert "infant_massage.ui.history.panel" in after
    assert "PySide6.QtCharts" not in after  # the charts wait for their tab to be shown
    assert "infant_massage.storage.history.backup" not in after  # and export for its button
    assert "infant_massage.ui.session.flow" in after


def test_the_self_test_still_checks_every_asset_after_its_first_paint(tmp_path) -> None:
    result = run_app("--self-test", "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    assert "first paint after" in result.stdout and " assets, " in result.stdout


def test_every_area_shows_its_techniques_as_cards(app_window, catalog) -> None:
    # The self-test tries the panel on one area only (its cards come from the same code).
    window = app_window.window
    for area_id in catalog.area_ids:
        window.select_area(area_id)
        shown = [card.technique.id for card in window.home.technique_panel.cards]
        assert shown == [t.id for t in catalog.techniques_on(area_id)], area_id


PARSE_ONLY = """
import sys
from infant_massage.app.cli import build_parser
build_parser().parse_args(sys.argv[1:])
print(",".join(sorted(m for m in sys.modules if m.startswith("infant_massage"))))
"""


def test_reading_the_command_line_loads_no_exporter_or_importer() -> None:
    # Every start parses its command line: the history command's work waits until it runs.
    result = subprocess.run(
        [sys.executable, "-c", PARSE_ONLY, "--area", "face"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    loaded = result.stdout.strip().split(",")
    assert "infant_massage.app.history_cli" in loaded  # its arguments are there
    for later in (
        "infant_massage.app.history_actions",
        "infant_massage.storage.history.backup",
        "infant_massage.storage.history.importing",
    ):
        assert later not in loaded


def test_the_desktop_is_asked_about_motion_while_the_app_loads() -> None:
    import threading

    from infant_massage.app.gui import asked_in_background

    asked, may_answer = threading.Event(), threading.Event()

    def question() -> bool:  # as gsettings would: the answer takes a while
        asked.set()
        may_answer.wait(timeout=30)
        return True

    answer = asked_in_background(question)  # returns while the question is still open
    assert asked.wait(timeout=30) and not may_answer.is_set()
    may_answer.set()
    assert answer() is True


START_THEN_MODULES = """
import sys
from infant_massage.app.cli import main
code = main(sys.argv[1:])
print("modules:" + ",".join(sys.modules))  # in the order they were first imported
sys.exit(code)
"""


def test_the_domain_and_the_storage_are_imported_before_qt(tmp_path) -> None:
    # PySide reads the source of every module imported after it (app/before_qt.py says why).
    result = subprocess.run(
        [sys.executable, "-c", START_THEN_MODULES, "--data-dir", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            # Traced, the app quits once the home screen is painted.
            "INFANT_MASSAGE_STARTUP_TRACE": str(tmp_path / "trace"),
        },
    )
    assert result.returncode == 0, result.stderr[-800:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("modules:"))
    modules = line.removeprefix("modules:").split(",")
    after_qt = modules[modules.index("PySide6.QtCore") :]
    headless = ("infant_massage.domain", "infant_massage.storage")
    assert [name for name in after_qt if name.startswith(headless)] == []
    assert "infant_massage.ui.shell.main_window" in after_qt  # the window was built


FIRST_PAINT_THEN_CLASSES = """
import sys
import PySide6.QtWidgets as widgets
from infant_massage import load_catalog
from infant_massage.app.first_paint import after_first_paint
from infant_massage.app.qt_app import get_application
from infant_massage.app.window_factory import build_main_window
from infant_massage.storage.data_dir import open_data_dir

app = get_application("en")
window = build_main_window(load_catalog(), open_data_dir(sys.argv[1]))

def painted():
    # The app never uses QWizard: PySide builds it only when it builds every widget class.
    print("every widget class built:", "QWizard" in widgets.__dict__)
    app.quit()

after_first_paint(window, painted)
window.show()
app.exec()
"""


def test_no_widget_qt_made_is_named_before_the_home_screen_is_painted(tmp_path) -> None:
    # Naming the first one (a scroll area's viewport, findChildren over the window) makes PySide
    # build every widget class it has, with their enums (ui/common/scroll_width.py).
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_THEN_CLASSES, str(tmp_path / "d")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-800:]
    assert "every widget class built: False" in result.stdout


class Restyles(QObject):
    """Counts the style changes each widget is sent (one per move under a new parent)."""

    def __init__(self) -> None:
        super().__init__()
        self.per_widget: Counter[int] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            self.per_widget[id(watched)] += 1
        return False


def test_the_home_window_is_built_outside_in(qtbot, catalog) -> None:
    # A finished part moved under a new parent restyles all it holds under the app's style
    # sheet: built inside out, each widget was restyled four times on average, a quarter of
    # the window's build (home_page.py).
    from infant_massage.app.window_factory import make_window

    restyles = Restyles()
    app = QApplication.instance()
    app.installEventFilter(restyles)
    try:
        window = make_window(catalog)
    finally:
        app.removeEventFilter(restyles)
    qtbot.addWidget(window)
    widgets = len(restyles.per_widget)
    assert widgets > 30  # the whole home screen was watched
    assert sum(restyles.per_widget.values()) <= 2 * widgets
