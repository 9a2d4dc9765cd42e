"""The history read through in the background after the first paint, when it is due.

Silent damage (a disk flipping bits under a file nobody changed) leaves no sign a start can see;
the background check finds it, says so calmly, and the next start repairs the file. It never
runs before the home screen is painted, not again before it is due, and quitting stops it.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from history_helpers import filled, history_file, session
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from infant_massage.app.history_check import HistoryCheckAfterPaint
from infant_massage.app.window_factory import build_main_window
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history import background_check, clean_close
from infant_massage.storage.history.background_check import (
    DAY,
    RECHECK_CHANGED,
    RECHECK_UNCHANGED,
    BackgroundCheck,
    Verdict,
)
from infant_massage.storage.history.notices import NoticeKind
from infant_massage.storage.history.opening import open_history
from infant_massage.ui.history.wording import HistoryWording

SUSPECT = Path("instances") / clean_close.SUSPECT


def _closed(data: Path) -> None:
    open_history(open_data_dir(data)).store.close()


def _bit_rot(data: Path) -> None:
    """A page of the file overwritten as a failing disk would: its size and modification time
    stay, and no inode time moves, so the clean-close record still matches it."""
    path = history_file(data)
    info = path.stat()
    middle = info.st_size // 4096 // 2  # a page of sessions no start reads
    with path.open("r+b") as stream:
        stream.seek(middle * 4096)
        stream.write(b"\xa5" * 4096)
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (info.st_size, info.st_mtime_ns)
    clean_close.remember(data, path)  # the disk changed no change time: the record stands
    # Its last read-through was longer ago than a week, so one is due.
    (data / "instances" / background_check.RECORD).unlink()


def _rotten(data: Path, sessions: int = 2000) -> None:
    filled(data, sessions)
    _closed(data)  # the app's own clean close after the helper wrote from outside
    _bit_rot(data)


def _run(check: BackgroundCheck, data: Path) -> background_check.Result | None:
    """The check run to its end while the app has the history open, as it always runs."""
    store = open_history(open_data_dir(data)).store
    try:
        check.start()
        assert check.wait(60)
    finally:
        store.close()
    return check.result


def test_damage_under_an_unchanged_file_is_found_and_repaired_at_the_next_start(tmp_path):
    data = tmp_path / "data"
    _rotten(data)
    opened = open_history(open_data_dir(data))
    try:
        # The start trusts the file (nothing says it changed) and reads none of the damage.
        assert not opened.checked and opened.notices == [] and opened.store.notice is None
        told: list[background_check.Result] = []
        check = BackgroundCheck(history_file(data), data, told.append)
        check.start()
        assert check.wait(60)
        result = check.result
        assert result.verdict is Verdict.DAMAGED and told == [result]
        assert (data / SUSPECT).exists()  # whoever closes the file, the next start checks it
    finally:
        opened.store.close()
    again = open_history(open_data_dir(data))
    try:
        assert again.checked
        assert [n.kind for n in again.notices] == [NoticeKind.SALVAGED]
        assert 0 < again.store.count_sessions() <= 2000  # what the damaged page held may be lost
        assert not (data / SUSPECT).exists()
        assert not background_check.is_due(data, history_file(data))  # checked at the start
    finally:
        again.store.close()


def test_a_sound_file_is_recorded_and_not_read_again_until_it_is_due(tmp_path):
    data = tmp_path / "data"
    filled(data, 30)  # written from outside the app: the next start reads it through
    _closed(data)
    path = history_file(data)
    record = data / "instances" / background_check.RECORD
    assert not background_check.is_due(data, path)  # the start's own check counts
    assert not background_check.is_due(data, tmp_path / "none.sqlite3")  # nothing to read
    record.unlink()  # as an older release leaves the folder
    assert background_check.is_due(data, path)
    now = 1_900_000_000.0
    result = _run(BackgroundCheck(path, data, lambda _r: None, now=lambda: now), data)
    assert result.verdict is Verdict.SOUND and not (data / SUSPECT).exists()
    assert record.stat().st_mode & 0o077 == 0  # private, as every file of the data folder
    assert not background_check.is_due(data, path, now + RECHECK_CHANGED + DAY)  # unchanged
    assert background_check.is_due(data, path, now + RECHECK_UNCHANGED)  # bit rot needs no writer
    assert background_check.is_due(data, path, now - 60)  # the clock was set back
    opened = open_history(open_data_dir(data))
    opened.store.finish(session(note="a new session changes the file"))
    opened.store.close()
    assert not background_check.is_due(data, path, now + RECHECK_CHANGED - 60)  # once a day
    assert background_check.is_due(data, path, now + RECHECK_CHANGED)
    record.write_text("{not json", encoding="utf-8")
    assert background_check.is_due(data, path, now)


def _slow_connection(reading: threading.Event):
    """A read-only connection that reads as slowly as a cold disk of an old laptop would."""

    def connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)

        def slowly() -> int:
            reading.set()
            threading.Event().wait(0.01)
            return 0

        conn.set_progress_handler(slowly, 50)
        return conn

    return connect


def test_stopping_a_long_check_does_not_wait_for_it_and_records_nothing(tmp_path):
    data = tmp_path / "data"
    filled(data, 2000)
    _closed(data)
    (data / "instances" / background_check.RECORD).unlink()  # due: never read through
    reading = threading.Event()
    told: list[background_check.Result] = []
    check = BackgroundCheck(history_file(data), data, told.append, _slow_connection(reading))
    store = open_history(open_data_dir(data)).store
    try:
        check.start()
        assert reading.wait(30)  # mid-read: at 10 ms per 50 steps it would take minutes
        assert check.stop(wait=10)  # interrupted: the thread has ended
    finally:
        store.close()
    assert check.result.verdict is Verdict.STOPPED and told == []
    assert not (data / "instances" / background_check.RECORD).exists()
    assert background_check.is_due(data, history_file(data))  # next time, then
    assert not (data / SUSPECT).exists()


def _window(qtbot, catalog, data: Path):
    opened = open_history(open_data_dir(data))
    window = build_main_window(catalog, open_data_dir(data), opened=opened)
    qtbot.addWidget(window)
    return window, opened.store


def test_the_check_starts_only_after_the_first_paint_and_says_what_it_found(
    qtbot, catalog, tmp_path
):
    data = tmp_path / "data"
    _rotten(data)
    window, store = _window(qtbot, catalog, data)
    try:
        hook = HistoryCheckAfterPaint(window, store, data, pause_ms=0)
        qtbot.wait(100)  # not shown, so never painted: nothing reads the file
        assert not hook.painted and hook.check is None
        order: list[str] = []
        hook.started.connect(lambda: order.append("check" if hook.painted else "before paint"))
        with qtbot.waitSignal(hook.finished, timeout=60_000) as finished:
            window.resize(1024, 768)
            window.show()
        assert order == ["check"]
        assert finished.args[0].verdict is Verdict.DAMAGED
        # Said calmly where the history speaks (the status bar), never in a box.
        expected = HistoryWording(catalog).notice(store.notice)
        assert store.notice.kind is NoticeKind.FOUND_DAMAGED
        shown = [label.text() for label in window.statusBar().findChildren(QLabel)]
        assert expected in shown
        window.show_history()
        assert window.history_panel.notice_label.text() == expected
        assert window.history_panel.notice_box.isVisible()
    finally:
        window.close()
        store.close()


def test_a_file_not_due_is_not_read_again_and_quitting_stops_a_check(qtbot, catalog, tmp_path):
    data = tmp_path / "data"
    filled(data, 2000)
    _closed(data)
    done = _run(BackgroundCheck(history_file(data), data, lambda _r: None), data)
    assert done.verdict is Verdict.SOUND
    window, store = _window(qtbot, catalog, data)
    try:
        made: list[BackgroundCheck] = []

        def make(*args) -> BackgroundCheck:
            made.append(BackgroundCheck(*args))
            return made[-1]

        hook = HistoryCheckAfterPaint(window, store, data, pause_ms=0, make_check=make)
        window.show()
        qtbot.waitUntil(lambda: hook.painted)
        qtbot.wait(100)
        assert made == []  # read through a moment ago: not due
        # Due after all (a week went by), on a disk as slow as an old laptop's; then the app quits.
        reading = threading.Event()
        slow = HistoryCheckAfterPaint(
            window,
            store,
            data,
            pause_ms=0,
            is_due=lambda *_: True,
            make_check=lambda *args: BackgroundCheck(*args, _slow_connection(reading)),
        )
        window.update()
        with qtbot.waitSignal(slow.started, timeout=30_000):
            window.repaint()
        assert reading.wait(30)
        QCoreApplication.instance().aboutToQuit.emit()  # as app.exec() does when it returns
        assert not slow.check.running and slow.check.result.verdict is Verdict.STOPPED
        assert store.notice is None
    finally:
        window.close()
        store.close()


# The real app, started as a user starts it: the check finds the damage after the first paint,
# the status bar says so, and the window then closes normally.
REAL_APP = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow
from infant_massage.app.cli import build_parser
from infant_massage.app.gui import run_gui
from infant_massage.app.history_check import HistoryCheckAfterPaint
from infant_massage.app.qt_app import get_application

app = get_application("en")

def report(result):
    window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))
    print("verdict:", result.verdict.value, flush=True)
    shown = [label.text() for label in window.statusBar().findChildren(QLabel)]
    print("said in the status bar:", expected() in shown, flush=True)
    window.close()

def expected():
    from infant_massage import load_catalog
    from infant_massage.storage.history.notices import Notice, NoticeKind
    from infant_massage.ui.history.wording import HistoryWording

    return HistoryWording(load_catalog()).notice(Notice(NoticeKind.FOUND_DAMAGED, "any"))

def hook_up():
    for window in app.topLevelWidgets():
        hook = window.findChild(HistoryCheckAfterPaint)
        if hook is not None:
            hook.finished.connect(report)
            return
    QTimer.singleShot(10, hook_up)

QTimer.singleShot(0, hook_up)
QTimer.singleShot(90_000, app.quit)
print("exit:", run_gui(build_parser().parse_args(["--data-dir", sys.argv[1]])), flush=True)
"""


def test_the_app_finds_silent_damage_in_the_background_and_repairs_it_next_time(catalog, tmp_path):
    data = tmp_path / "data"
    _rotten(data)
    result = subprocess.run(
        [sys.executable, "-c", REAL_APP, str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-800:]
    lines = result.stdout.splitlines()
    assert "verdict: damaged" in lines and "exit: 0" in lines
    assert "said in the status bar: True" in lines
    assert (data / SUSPECT).exists()
    again = open_history(open_data_dir(data))
    try:
        assert [n.kind for n in again.notices] == [NoticeKind.SALVAGED]
    finally:
        again.store.close()
