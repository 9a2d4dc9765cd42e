"""Babies' profiles as a parent or a nurse meets them: add, switch, edit, delete; the chosen
baby's age decides what the app offers."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication
from test_history_store import make_session, opened_store

from infant_massage.domain.profile import BabyProfile
from infant_massage.ui.profiles.dialog import ProfileDialog
from infant_massage.ui.profiles.switcher import ProfileSwitcher

TODAY = date(2026, 11, 24)


@pytest.fixture
def store(tmp_path: Path):
    history = opened_store(tmp_path / "data")
    yield history
    history.close()


def make_switcher(qtbot, store) -> ProfileSwitcher:
    switcher = ProfileSwitcher(store, today=lambda: TODAY)
    qtbot.addWidget(switcher)
    switcher.show()
    return switcher


def in_dialog(qtbot, act) -> None:
    """Do `act(dialog)` once the modal dialog is open (exec() blocks until it closes)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProfileDialog)
        act(dialog)

    QTimer.singleShot(0, run)


def fill(qtbot, dialog: ProfileDialog, name: str, born: date, healed: date | None = None):
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.birth_edit.setDate(QDate(born))
    if healed is not None:
        dialog.cord_box.setChecked(True)
        dialog.cord_edit.setDate(QDate(healed))


def items(switcher: ProfileSwitcher) -> list[str]:
    return [switcher.baby_box.itemText(i) for i in range(switcher.baby_box.count())]


def test_a_first_baby_is_added_chosen_and_remembered(qtbot, store, tmp_path) -> None:
    switcher = make_switcher(qtbot, store)
    assert switcher.none_label.isVisible() and not switcher.baby_box.isVisible()
    assert switcher.current_profile() is None and switcher.age_months() is None
    chosen = []
    switcher.babyChanged.connect(chosen.append)

    def add(dialog: ProfileDialog) -> None:
        fill(qtbot, dialog, "Ava", TODAY - timedelta(days=16), healed=TODAY - timedelta(days=6))
        assert dialog.age_label.text() == "2 weeks old today"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    in_dialog(qtbot, add)
    qtbot.mouseClick(switcher.add_button, Qt.MouseButton.LeftButton)
    assert items(switcher) == ["Ava · 2 weeks old"]
    assert switcher.baby_box.isVisible() and not switcher.none_label.isVisible()
    [ava] = store.profiles()
    assert ava.cord_healed_on == TODAY - timedelta(days=6)
    assert chosen[-1] == ava and switcher.current_profile() == ava
    assert store.chosen_baby_id() == ava.id


def test_twins_and_a_demo_baby_switch_and_each_age_decides_what_is_offered(
    qtbot, store, catalog
) -> None:
    mia = BabyProfile(name="Mia", birth_date=date(2026, 3, 2))
    noah = BabyProfile(name="Noah", birth_date=date(2026, 3, 2))
    newborn = BabyProfile(name="Class demo", birth_date=TODAY - timedelta(days=10), demo=True)
    for profile in (mia, noah, newborn):
        store.save_profile(profile)
    switcher = make_switcher(qtbot, store)
    assert items(switcher) == [
        "Mia · 8 months old",
        "Noah · 8 months old",
        "Class demo · 10 days old · demo",
    ]
    chosen = []
    switcher.babyChanged.connect(chosen.append)
    switcher.baby_box.setFocus()
    qtbot.keyClicks(switcher.baby_box, "Class")
    assert chosen == [newborn]
    young = switcher.age_months()
    offered_young = {t.id for t in catalog.techniques_for("back", young)}
    qtbot.keyClick(switcher.baby_box, Qt.Key.Key_Up)
    assert chosen == [newborn, noah]
    offered_older = {t.id for t in catalog.techniques_for("back", switcher.age_months())}
    assert offered_young < offered_older  # spinal pinching waits until about 6 months
    assert store.chosen_baby_id() == noah.id
    again = make_switcher(qtbot, store)  # the next start
    assert again.current_profile() == noah


def test_editing_the_birth_date_changes_the_age_at_once(qtbot, store) -> None:
    store.save_profile(BabyProfile(name="Mia", birth_date=date(2026, 6, 2)))
    switcher = make_switcher(qtbot, store)
    chosen = []
    switcher.babyChanged.connect(chosen.append)

    def edit(dialog: ProfileDialog) -> None:
        assert dialog.name_edit.text() == "Mia"
        dialog.birth_edit.setDate(QDate(date(2026, 9, 20)))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    in_dialog(qtbot, edit)
    qtbot.mouseClick(switcher.edit_button, Qt.MouseButton.LeftButton)
    assert items(switcher) == ["Mia · 2 months old"]
    assert chosen[-1].birth_date == date(2026, 9, 20)
    assert 2 < switcher.age_months() < 3


def test_a_baby_born_early_is_offered_what_suits_the_corrected_age(qtbot, store, catalog) -> None:
    # Seven months since birth, born eight weeks early: about five months from the due date.
    store.save_profile(BabyProfile(name="Mia", birth_date=date(2026, 4, 24)))
    switcher = make_switcher(qtbot, store)
    assert "spinal_pinching" in {
        t.id for t in catalog.techniques_for("back", switcher.age_months())
    }

    def edit(dialog: ProfileDialog) -> None:
        assert not dialog.early_box.isChecked() and not dialog.weeks_early_edit.isEnabled()
        qtbot.mouseClick(dialog.early_box, Qt.MouseButton.LeftButton)
        assert dialog.weeks_early_edit.isEnabled()
        dialog.weeks_early_edit.selectAll()
        qtbot.keyClicks(dialog.weeks_early_edit, "8")
        assert dialog.age_label.text() == "7 months old (5 months from the due date) today"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    in_dialog(qtbot, edit)
    qtbot.mouseClick(switcher.edit_button, Qt.MouseButton.LeftButton)
    [mia] = store.profiles()
    assert mia.weeks_early == 8
    assert items(switcher) == ["Mia · 7 months old (5 months from the due date)"]
    assert switcher.age_months() == mia.corrected_months(TODAY) < mia.age_months(TODAY)
    offered = {t.id for t in catalog.techniques_for("back", switcher.age_months())}
    assert "spinal_pinching" not in offered

    def on_time_after_all(dialog: ProfileDialog) -> None:
        assert dialog.early_box.isChecked() and dialog.weeks_early_edit.value() == 8
        qtbot.mouseClick(dialog.early_box, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    in_dialog(qtbot, on_time_after_all)
    qtbot.mouseClick(switcher.edit_button, Qt.MouseButton.LeftButton)
    assert store.profiles()[0].weeks_early == 0


def test_deleting_a_profile_asks_first_and_says_how_many_sessions_go(qtbot, store) -> None:
    mia = BabyProfile(name="Mia", birth_date=date(2026, 6, 2))
    noah = BabyProfile(name="Noah", birth_date=date(2026, 6, 2))
    store.save_profile(mia)
    store.save_profile(noah)
    for days in range(3):
        store.finish(make_session(mia, started=make_session().started_at - timedelta(days=days)))
    store.finish(make_session(noah))
    switcher = make_switcher(qtbot, store)
    seen = []

    def delete(dialog: ProfileDialog) -> None:
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        assert dialog.confirm_box.isVisible() and dialog.isVisible()
        seen.append(dialog.confirm_label.text())
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    in_dialog(qtbot, delete)
    qtbot.mouseClick(switcher.edit_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith("Delete Mia and 3 sessions from the history?")
    assert [p.name for p in store.profiles()] == ["Noah"]
    assert store.count_sessions() == 1
    assert items(switcher) == ["Noah · 5 months old"]


def test_cancel_changes_nothing(qtbot, store) -> None:
    store.save_profile(BabyProfile(name="Mia", birth_date=date(2026, 6, 2)))
    switcher = make_switcher(qtbot, store)

    def cancel(dialog: ProfileDialog) -> None:
        dialog.name_edit.setText("Someone else")
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    in_dialog(qtbot, cancel)
    qtbot.mouseClick(switcher.edit_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in store.profiles()] == ["Mia"]


def test_the_dialog_refuses_what_cannot_be_right(qtbot) -> None:
    dialog = ProfileDialog(today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()  # no name yet
    fill(qtbot, dialog, "Ava", date(2026, 11, 10), healed=date(2026, 11, 1))
    assert not dialog.save_button.isEnabled()
    assert dialog.problem_label.text() == "The cord cannot heal before the baby is born."
    dialog.cord_edit.setDate(QDate(date(2026, 11, 20)))
    assert dialog.save_button.isEnabled() and dialog.problem_label.text() == ""
    assert dialog.birth_edit.maximumDate() == QDate(TODAY)  # no birth dates in the future
    dialog.name_edit.setText("   ")
    assert not dialog.save_button.isEnabled()
