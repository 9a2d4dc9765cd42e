"""Python's cycle collector rests while the app starts and is back once the window is painted."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QWidget

from infant_massage.app import start_collector


@pytest.fixture
def collector_paused():
    start_collector.pause()
    yield
    gc.enable()
    gc.unfreeze()  # what the start froze is this test's, not the next one's


def test_the_collector_comes_back_after_the_first_paint(qtbot, collector_paused) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    start_collector.resume_after_first_paint(window)
    assert not gc.isenabled()
    window.show()
    qtbot.waitUntil(gc.isenabled, timeout=3000)
    assert gc.get_freeze_count() > 0  # the start's objects are out of its way


def test_a_window_never_shown_does_not_keep_it_away(qtbot, collector_paused, monkeypatch) -> None:
    monkeypatch.setattr(start_collector, "LONGEST_PAUSE_MS", 50)
    window = QWidget()  # class mode keeps the home window hidden
    qtbot.addWidget(window)
    start_collector.resume_after_first_paint(window)
    qtbot.waitUntil(gc.isenabled, timeout=3000)


def test_resuming_twice_freezes_once(collector_paused) -> None:
    start_collector.resume()
    frozen = gc.get_freeze_count()
    kept = [[n] for n in range(10)]  # objects the collector tracks
    start_collector.resume()
    assert gc.get_freeze_count() == frozen, kept
