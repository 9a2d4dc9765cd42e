"""Two screens: the wall opens full screen on the second one and the laptop keeps the presenter
view; when the projector goes, the single window takes over on the laptop.

Qt picks its platform when the QApplication is made, so this runs in a child process on the
offscreen platform configured with two screens. The offscreen platform cannot unplug a screen
from Python (its setConfiguration() is C++ only), so removal calls the screenRemoved handler
directly, with the screen list as it is after an unplug.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080},
    ]
}

CHILD = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtGui import QGuiApplication
    from infant_massage import load_catalog
    from infant_massage.app.qt_app import get_application
    from infant_massage.app.window_factory import build_main_window
    from infant_massage.storage.data_dir import open_data_dir

    app = get_application("en")
    window = build_main_window(load_catalog(), open_data_dir(sys.argv[1]))
    window.show()
    app.processEvents()
    window.presentation_action.setChecked(True)
    for _ in range(10):
        app.processEvents()
    windows = window.class_mode

    def where(widget):
        return None if widget is None else {
            "screen": widget.screen().name(),
            "geometry": list(widget.geometry().getRect()),
            "full_screen": widget.isFullScreen(),
            "visible": widget.isVisible(),
            "frameless": bool(widget.windowFlags() & widget.windowFlags().FramelessWindowHint),
            "cursor": widget.cursor().shape().name,
        }

    before = {
        "screens": [s.name() for s in QGuiApplication.screens()],
        "audience": where(windows.audience),
        "presenter": where(windows.presenter),
        "single": where(windows.single),
        "home_visible": window.isVisible(),
    }
    # The projector is pulled out: Qt reports screenRemoved. The offscreen platform still lists
    # it meanwhile, so the windows must go by the screen the signal names.
    projector = QGuiApplication.screens()[1]
    QGuiApplication.instance().screenRemoved.emit(projector)
    for _ in range(10):
        app.processEvents()
    after = {
        "audience": where(windows.audience),
        "presenter": where(windows.presenter),
        "single": where(windows.single),
    }
    # And plugged in again.
    QGuiApplication.instance().screenAdded.emit(projector)
    for _ in range(10):
        app.processEvents()
    again = {"audience": where(windows.audience), "single": where(windows.single)}
    print(json.dumps({"before": before, "after": after, "again": again}))
    """
)


def test_the_wall_opens_on_the_second_screen_and_follows_its_removal(tmp_path: Path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    before, after, again = report["before"], report["after"], report["again"]
    assert before["screens"] == ["laptop", "projector"]
    audience = before["audience"]
    assert audience["screen"] == "projector" and audience["full_screen"]
    assert audience["geometry"] == [1366, 0, 1920, 1080]
    assert audience["frameless"] and audience["cursor"] == "BlankCursor"
    assert before["presenter"]["screen"] == "laptop" and before["presenter"]["visible"]
    assert before["single"] is None and not before["home_visible"]
    # Unplugged: no wall window left to jump onto the laptop; one window does both jobs.
    assert after["audience"] is None and after["presenter"] is None
    assert after["single"]["screen"] == "laptop" and after["single"]["full_screen"]
    assert again["audience"]["screen"] == "projector" and again["single"] is None
