"""Each answer has one name: the end of a session and the history say the same words for it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from test_history_store import NOW, make_session, opened_store

from infant_massage.domain.session_record import Outcome, Response, StopReason
from infant_massage.ui.common import choice_labels
from infant_massage.ui.common.choice_labels import labels
from infant_massage.ui.history.panel import HistoryPanel
from infant_massage.ui.history.table_model import Column
from infant_massage.ui.session.end_page import SessionEndPage

ENUMS = [
    (StopReason, labels().stop_reason),
    (Response, labels().response),
    (Outcome, labels().outcome),
]


@pytest.mark.parametrize(("enum", "label"), ENUMS, ids=lambda e: getattr(e, "__name__", ""))
def test_every_value_has_its_own_label(enum, label) -> None:
    words = [label(value) for value in enum]
    assert all(word.strip() for word in words)
    assert len(set(words)) == len(words), words


def test_every_answer_is_offered_once_with_its_own_number_key() -> None:
    for choices, enum in (
        (choice_labels.stop_reason_choices(), StopReason),
        (choice_labels.response_choices(), Response),
    ):
        assert sorted(c.value for c in choices) == sorted(enum)
        assert [c.key for c in choices] == list(range(1, len(choices) + 1))


def end_page_buttons(page: SessionEndPage, group) -> dict[str, QPushButton]:
    return {button.property("value"): button for button in group.buttons()}


@pytest.fixture
def end_page(qtbot, catalog) -> SessionEndPage:
    page = SessionEndPage(catalog)
    qtbot.addWidget(page)
    return page


def test_the_end_of_a_session_offers_each_answer_by_its_label_and_number(qtbot, end_page) -> None:
    for choices, group in (
        (choice_labels.stop_reason_choices(), end_page.reason_buttons),
        (choice_labels.response_choices(), end_page.response_buttons),
    ):
        buttons = end_page_buttons(end_page, group)
        for choice in choices:
            button = buttons[choice.value.value]
            assert button.accessibleName() == choice.label
            assert choice.label in button.text() and str(choice.key) in button.text()


def test_a_number_key_picks_the_answer_with_that_number(qtbot, end_page) -> None:
    with qtbot.waitActive(end_page):
        end_page.show()
        end_page.activateWindow()
    end_page.show_record(make_session(outcome=Outcome.STOPPED))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    chosen = []
    end_page.reasonChosen.connect(chosen.append)
    last = choice_labels.stop_reason_choices()[-1]
    qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{last.key}"))
    assert chosen == [last.value]


def test_the_history_names_each_answer_as_the_end_of_the_session_did(
    qtbot, tmp_path: Path, catalog, end_page
) -> None:
    store = opened_store(tmp_path / "data")
    records = [
        make_session(
            started=NOW - timedelta(hours=n), outcome=Outcome.STOPPED, stop_reason=choice.value
        )
        for n, choice in enumerate(choice_labels.stop_reason_choices())
    ]
    records += [
        make_session(started=NOW - timedelta(days=1, hours=n), response=choice.value)
        for n, choice in enumerate(choice_labels.response_choices())
    ]
    for record in records:
        store.finish(record)
    panel = HistoryPanel(store, catalog, today=lambda: NOW.date())
    qtbot.addWidget(panel)
    panel.show()  # the page reads the history when it is shown
    reasons = end_page_buttons(end_page, end_page.reason_buttons)
    responses = end_page_buttons(end_page, end_page.response_buttons)
    for row, record in enumerate(records):
        outcome = panel.model.index(row, Column.OUTCOME).data()
        response = panel.model.index(row, Column.RESPONSE).data()
        if record.stop_reason is not None:
            assert reasons[record.stop_reason.value].accessibleName() in outcome
            assert labels().outcome(Outcome.STOPPED) in outcome
        else:
            assert response == responses[record.response.value].accessibleName()
            assert outcome == labels().outcome(Outcome.COMPLETED)
    store.close()


def test_the_settings_and_the_session_page_name_each_sound_the_same(qtbot, catalog) -> None:
    from infant_massage.app.window_factory import make_window
    from infant_massage.domain.user_settings import SoundMode
    from infant_massage.ui.session.cues import CuePlayer
    from infant_massage.ui.shell.settings_dialog import SettingsDialog

    words = [labels().sound_mode(mode) for mode in SoundMode]
    assert all(w.strip() for w in words) and len(set(words)) == len(words)
    assert sorted(c.value for c in choice_labels.sound_mode_choices()) == sorted(SoundMode)
    cues = CuePlayer(SoundMode.SOFT, audio_probe=lambda: True)  # sound works here
    window = make_window(catalog, cues=cues)
    qtbot.addWidget(window)
    dialog = SettingsDialog(window.user_settings, window)
    box = dialog.sound
    offered = {box.itemData(i): box.itemText(i) for i in range(box.count())}
    assert offered == {c.value: c.label for c in choice_labels.sound_mode_choices()}
    box = window.session_flow.run_page.sound
    for index in range(box.count()):
        assert offered[box.itemData(index)] in box.itemText(index)
