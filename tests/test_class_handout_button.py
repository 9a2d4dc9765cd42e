"""The class handout from class mode, with one screen as with two: a click writes the plan's
PDF to the documents folder, and the message under the wall names the file and its folder,
never the whole path (with one screen it is on the wall, and a path names the laptop's user)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication

from infant_massage.app.window_factory import build_main_window
from infant_massage.storage.data_dir import open_data_dir


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home" / "nurse.jones"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    return home


def test_one_screen_writes_the_class_handout_and_names_no_path(qtbot, catalog, tmp_path, home):
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(documents) == home / "Documents"
    win = build_main_window(catalog, open_data_dir(tmp_path / "data"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win, Qt.Key.Key_F5)
    single = win.class_mode.single
    qtbot.waitUntil(lambda: QApplication.activeWindow() is single)
    button = single.picker.handout_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    written = list((home / "Documents").glob("*.pdf"))
    assert len(written) == 1 and written[0].read_bytes().startswith(b"%PDF")
    shown = single.message.text()
    assert single.message.isVisible() and written[0].name in shown and "Documents" in shown
    assert str(home) not in shown and "nurse.jones" not in shown
    assert win.class_mode.is_open  # the class goes on
    win.class_mode.close()
