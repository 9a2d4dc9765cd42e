"""`infant-massage --present` starts straight in class mode: the home window never shows, and
the start-up notice about an interrupted session (it names the baby) waits for another start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

CHILD = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QApplication, QDialog
    from infant_massage.app import gui
    from infant_massage.app.cli import build_parser

    dialogs = []
    QDialog.exec = lambda self: dialogs.append(self.windowTitle()) or 0
    app = gui.get_application("en")

    def run_once():
        for _ in range(10):
            app.processEvents()
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        print(json.dumps({
            "windows": sorted(type(w).__name__ for w in shown),
            "titles": sorted(w.windowTitle() for w in shown),
            "dialogs": dialogs,
        }))
        return 0

    app.exec = run_once
    sys.exit(gui.run_gui(build_parser().parse_args(sys.argv[1:])))
    """
)


WRITER = """
import os, sys
from datetime import UTC, date, datetime, timedelta
from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import SessionRecord
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history.opening import open_history

store = open_history(open_data_dir(sys.argv[1])).store
baby = BabyProfile(name="Theodora", birth_date=date.today() - timedelta(days=120))
store.save_profile(baby)
started = datetime.now(UTC) - timedelta(minutes=5)
record = SessionRecord(baby_id=baby.id, kind="area", started_at=started, planned_seconds=60)
store.checkpoint(record)
os._exit(0)  # the app dies mid-session: the next start finds it interrupted
"""


def _interrupted_session(data: Path) -> None:
    subprocess.run([sys.executable, "-c", WRITER, str(data)], check=True, timeout=60)


def _start(tmp_path: Path, *args: str) -> dict:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(script), *args, "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_present_opens_class_mode_and_holds_back_the_history_notice(tmp_path):
    _interrupted_session(tmp_path / "data")
    started = _start(tmp_path, "--present")
    assert started["windows"] == ["SingleScreenWindow"]
    assert started["dialogs"] == []
    assert not any("Theodora" in title for title in started["titles"])


def test_without_present_the_home_window_and_the_notice_show(tmp_path):
    _interrupted_session(tmp_path / "data")
    started = _start(tmp_path)
    assert started["windows"] == ["MainWindow"]
    assert started["dialogs"] == ["History"]
