"""Shared test set-up: headless Qt before anything imports it, and the catalog once per run."""

from __future__ import annotations

import os

# No display in CI: Qt must use its offscreen platform, chosen before QtGui starts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from hypothesis import settings

# Property tests check behaviour, not speed: on a busy 2-core CI box an example can take longer
# than hypothesis's 200 ms default deadline without anything being wrong.
settings.register_profile("no_deadline", deadline=None)
settings.load_profile("no_deadline")

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "assets" / "content"


class AppWindow(NamedTuple):
    """What the app_window fixture gives: the window, its history and the clock it runs on."""

    window: Any
    store: Any
    clock: Any


@pytest.fixture(scope="session")
def catalog():
    from infant_massage import load_catalog

    return load_catalog()


@pytest.fixture
def window(qtbot, catalog, tmp_path: Path):
    """The main window on a fresh data folder, shown (a test file may define its own)."""
    from infant_massage.app.window_factory import build_main_window
    from infant_massage.storage.data_dir import open_data_dir

    win = build_main_window(catalog, open_data_dir(tmp_path / "data"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def disk():
    """A disk the test can fill up: open the history with opener=disk.open (history_helpers)."""
    from history_helpers import SmallDisk

    return SmallDisk()


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the content folder, for tests that break it on purpose."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


@pytest.fixture(scope="session")
def qapp_args():
    from infant_massage.ui.common.theme import QT_ARGUMENTS

    return ["infant-massage-tests", *QT_ARGUMENTS]  # as the app's own


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(scope="session", autouse=True)
def _themed_app(qapp):
    """Give the test app the same resources, translations and theme as the real one."""
    from infant_massage import resources
    from infant_massage.app.qt_app import apply_theme, install_translations

    resources.ensure_loaded()
    install_translations(qapp, "en")
    apply_theme(qapp)
    return qapp


@pytest.fixture(autouse=True)
def _fresh_text_facts():
    """The on-screen text facts are one app-wide model: a wait chosen in one test must not leak."""
    from infant_massage.ui.common import text_facts

    text_facts.shared().set_feed_wait(None)
    yield
    text_facts.shared().set_feed_wait(None)


def _windows() -> dict[int, object]:
    """The app's parentless top-level widgets, by their C++ object (a wrapper may be new)."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    return {
        shiboken6.getCppPointer(widget)[0]: widget
        for widget in QApplication.topLevelWidgets()
        if widget.parentWidget() is None
    }


def _delete_windows_made_since(before: dict[int, object]) -> None:
    """Delete the windows made since `before` that are still there.

    Windows and dialogs the app makes itself (not given to qtbot) would otherwise live on: each
    later theme or text-size change restyles them all, which slowed later modules to minutes.
    Hidden, not closed: a close may ask a question (a session not saved yet) that nobody answers.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    left = [widget for key, widget in _windows().items() if key not in before]
    for widget in left:
        widget.hide()
        widget.deleteLater()
    if left:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """While pytest-qt closes a test's windows, a question box fails the test instead of waiting.

    A window that asks on closing (sessions not saved yet) would otherwise block the whole run
    on a dialog nobody can answer; the failure names the question and why it was asked.
    """
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def refuse(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Cancel)  # no button clicked: "don't quit"

    original = QMessageBox.exec
    QMessageBox.exec = refuse
    try:
        result = yield
    finally:
        QMessageBox.exec = original
    if asked:
        raise AssertionError(f"a question opened while the test's windows closed: {asked[0]}")
    return result


@pytest.fixture(scope="module", autouse=True)
def _no_windows_left_by_a_module(_themed_app):
    """What a module's module-wide fixtures made, once the module is done."""
    before = _windows()
    yield
    _delete_windows_made_since(before)


@pytest.fixture(autouse=True)
def _no_windows_left_by_a_test(_no_windows_left_by_a_module):
    """What a test made, after qtbot has closed the widgets it was given."""
    before = _windows()
    yield
    _delete_windows_made_since(before)


@pytest.fixture
def app_window(qtbot, catalog, tmp_path):
    """The main window shown at 1280x800 on a manual clock, with a fresh history of its own."""
    from infant_massage.app.window_factory import make_window
    from infant_massage.domain.clock import ManualClock, Playback
    from infant_massage.storage.data_dir import open_data_dir
    from infant_massage.storage.history.opening import open_history

    clock = ManualClock()
    opened = open_history(open_data_dir(tmp_path / "data"))
    window = make_window(
        catalog, playback=Playback(clock), session_clock=clock, history=opened.store
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield AppWindow(window, opened.store, clock)
    window.close()
    opened.store.close()


def _refresh_stale_resources() -> None:
    """In a source checkout, recompile the resources after an asset changed (saves a reinstall)."""
    import subprocess
    import sys

    module = ROOT / "src" / "infant_massage" / "_resources_rc.py"
    qrc = ROOT / "resources.qrc"
    if not module.exists() or not qrc.exists():
        return
    inputs = [qrc, *(p for p in (ROOT / "assets").rglob("*") if p.is_file())]
    if max(p.stat().st_mtime for p in inputs) <= module.stat().st_mtime:
        return
    rcc = Path(sys.executable).parent / "pyside6-rcc"
    if rcc.exists():
        subprocess.run([str(rcc), str(qrc), "-o", str(module)], check=True, cwd=ROOT)


_refresh_stale_resources()
