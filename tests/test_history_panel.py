"""The History page as a parent uses it: read, filter, open a session, note, delete and undo,
charts, export and restore."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from history_helpers import SmallDisk, file_connection
from on_screen import button, named
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from test_history_store import make_session, opened_store

from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import Outcome, Response, StopReason
from infant_massage.storage.data_dir import DataDir
from infant_massage.storage.history.opening import open_history
from infant_massage.storage.history.rows import write_session
from infant_massage.ui.common import choice_labels
from infant_massage.ui.history.panel import HistoryPanel
from infant_massage.ui.history.start_dialog import HistoryStartDialog
from infant_massage.ui.history.table_model import PAGE_SIZE, Column

TODAY = date(2026, 11, 24)
EVENING = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)


@pytest.fixture
def family(tmp_path: Path, disk: SmallDisk):
    store = opened_store(tmp_path / "data", disk)
    mia = BabyProfile(name="Mia", birth_date=date(2026, 6, 2))
    noah = BabyProfile(name="Noah", birth_date=date(2026, 6, 2))
    demo = BabyProfile(name="Class demo", birth_date=date(2026, 8, 1), demo=True)
    for profile in (mia, noah, demo):
        store.save_profile(profile)
    sessions = [
        make_session(mia, EVENING, ("face", "abdomen"), response=Response.CALM, note="Loved it"),
        make_session(
            noah,
            EVENING - timedelta(days=1),
            ("abdomen", "legs"),
            outcome=Outcome.STOPPED,
            stop_reason=StopReason.CRYING,
        ),
        make_session(demo, EVENING - timedelta(days=2), ("back",), practice=True),
        make_session(mia, EVENING - timedelta(days=9), ("feet",), outcome=Outcome.INTERRUPTED),
        make_session(noah, EVENING - timedelta(days=40), ("arms",)),
    ]
    sessions[1].steps[1].done_seconds = 0  # crying began on the tummy
    for record in sessions:
        store.finish(record)
    yield store, (mia, noah, demo), sessions
    store.close()


@pytest.fixture
def panel(qtbot, family, catalog) -> HistoryPanel:
    store = family[0]
    widget = HistoryPanel(store, catalog, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def area_name(catalog, area_id: str) -> str:
    return str(catalog.area(area_id).name)


def cell(panel: HistoryPanel, row: int, column: Column) -> str:
    return panel.model.index(row, column).data()


def shown_ids(panel: HistoryPanel) -> list[str]:
    return [panel.model.row_at(r).id for r in range(panel.model.rowCount())]


def click_row(qtbot, panel: HistoryPanel, row: int) -> None:
    rect = panel.table.visualRect(panel.model.index(row, Column.AREAS))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def labels(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_sessions_are_listed_newest_first_with_every_column(panel, family, catalog) -> None:
    _store, _babies, sessions = family
    assert shown_ids(panel) == [s.id for s in sessions]
    assert cell(panel, 0, Column.DATE) == "Tue 24 Nov, " + EVENING.astimezone().strftime("%H:%M")
    assert [cell(panel, 0, c) for c in list(Column)[1:]] == [
        "Mia",
        str(catalog.routines.routine("full_body").name),
        f"{area_name(catalog, 'face')}, {area_name(catalog, 'abdomen')}",
        "2:00",
        choice_labels.labels().outcome(Outcome.COMPLETED),
        choice_labels.labels().response(Response.CALM),
        "Loved it",
    ]
    stopped = cell(panel, 1, Column.OUTCOME)
    assert choice_labels.labels().outcome(Outcome.STOPPED) in stopped
    assert choice_labels.labels().stop_reason(StopReason.CRYING) in stopped
    assert cell(panel, 1, Column.AREAS) == area_name(catalog, "abdomen")  # stopped before legs
    assert cell(panel, 3, Column.OUTCOME) == choice_labels.labels().outcome(Outcome.INTERRUPTED)
    assert panel.count_label.text() == "5 sessions"


def test_practice_is_marked_as_practice(panel) -> None:
    assert cell(panel, 2, Column.KIND) == "Practice · One area"
    assert cell(panel, 2, Column.BABY) == "Class demo"
    assert panel.model.index(2, Column.DATE).data(Qt.ItemDataRole.FontRole).italic()


def test_a_filter_by_baby_shows_only_that_babys_rows(qtbot, panel, family) -> None:
    _store, _babies, sessions = family
    panel.baby_box.setFocus()
    qtbot.keyClicks(panel.baby_box, "Noah")
    assert panel.baby_box.currentText() == "Noah"
    assert shown_ids(panel) == [sessions[1].id, sessions[4].id]
    assert panel.count_label.text() == "2 sessions"
    assert panel.table.isColumnHidden(Column.BABY)  # one baby: the column would only repeat it
    panel.show_baby(None)
    assert len(shown_ids(panel)) == 5 and not panel.table.isColumnHidden(Column.BABY)


def test_a_period_and_chosen_dates_filter_by_day(qtbot, panel, family) -> None:
    sessions = family[2]
    panel.period_box.setCurrentIndex(panel.period_box.findText("Last 7 days"))
    assert shown_ids(panel) == [s.id for s in sessions[:3]]
    panel.period_box.setCurrentIndex(panel.period_box.findText("Choose dates…"))
    assert panel.from_edit.isVisible() and panel.to_edit.isVisible()
    panel.from_edit.setDate(TODAY - timedelta(days=10))
    panel.to_edit.setDate(TODAY - timedelta(days=2))
    assert shown_ids(panel) == [sessions[2].id, sessions[3].id]


def test_clicking_a_session_shows_it_in_full(qtbot, panel, family, catalog) -> None:
    click_row(qtbot, panel, 1)
    detail = panel.detail
    assert detail.record.id == family[2][1].id
    text = labels(detail)
    assert "Monday 23 November 2026" in text
    assert "Noah, 5 months old at the time" in text
    crying = choice_labels.labels().stop_reason(StopReason.CRYING)
    assert f"{crying} (during {area_name(catalog, 'abdomen')})" in text
    qtbot.waitUntil(lambda: "0:00 of 1:00" in labels(detail))  # the steps, as they went
    assert area_name(catalog, "legs") in labels(detail) and "1:00 of 1:00" in labels(detail)


def test_an_interrupted_session_says_what_happened(qtbot, panel) -> None:
    click_row(qtbot, panel, 3)
    assert "Interrupted: the app closed before the end. What was done is kept." in labels(
        panel.detail
    )


def test_delete_then_undo_brings_the_row_back(qtbot, panel, family) -> None:
    store, _babies, sessions = family
    click_row(qtbot, panel, 1)
    qtbot.mouseClick(panel.detail.delete_button, Qt.MouseButton.LeftButton)
    assert sessions[1].id not in shown_ids(panel)
    assert store.session(sessions[1].id) is None
    assert panel.message_box.isVisible() and "Deleted the session of Mon 23 Nov" in (
        panel.message_label.text()
    )
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert shown_ids(panel)[1] == sessions[1].id
    assert store.session(sessions[1].id) == sessions[1]
    assert panel.detail.record == sessions[1]  # and it is shown again
    assert not panel.message_box.isVisible()


def test_the_delete_key_and_ctrl_z_work_too(qtbot, panel, family) -> None:
    sessions = family[2]
    click_row(qtbot, panel, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert sessions[0].id not in shown_ids(panel)
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown_ids(panel)[0] == sessions[0].id


def test_edit_a_note(qtbot, panel, family) -> None:
    store, _babies, sessions = family
    click_row(qtbot, panel, 1)
    save = button(panel, "Save note")
    assert not save.isEnabled()
    note = named(panel, "Note")
    qtbot.mouseClick(note.viewport(), Qt.MouseButton.LeftButton)  # into the box, then type
    qtbot.keyClicks(note, "Better after a warm bath")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert store.session(sessions[1].id).note == "Better after a warm bath"
    assert cell(panel, 1, Column.NOTE) == "Better after a warm bath"
    assert panel.detail.record.id == sessions[1].id and not save.isEnabled()


def test_charts_leave_practice_out_and_count_stops_per_area(qtbot, panel, family, catalog) -> None:
    panel.period_box.setCurrentIndex(panel.period_box.findText("Last 7 days"))
    panel.tabs.setCurrentWidget(panel.charts_page)
    weekly = panel.weekly_chart.counts
    assert sum(weekly.values()) == 2  # Mia and Noah; the doll practice is not counted
    minutes = panel.area_chart.minutes
    assert minutes["back"] == 0 and minutes["face"] == 1.0 and minutes["abdomen"] == 2.0
    grid = panel.tolerance_grid
    areas = [grid.verticalHeaderItem(r).text() for r in range(grid.rowCount())]
    whole = grid.columnCount() - 1
    tummy = areas.index(area_name(catalog, "abdomen"))
    face = areas.index(area_name(catalog, "face"))
    assert grid.cell_counts(tummy, whole) == (2, 1)
    assert grid.cell_counts(face, whole) == (1, 0)
    assert "1 stopped of 2" in grid.item(tummy, whole).text()


def test_the_table_reads_lazily(qtbot, tmp_path: Path, catalog) -> None:
    store = opened_store(tmp_path / "many")
    for n in range(PAGE_SIZE * 6):
        store.finish(make_session(started=EVENING - timedelta(hours=n)))
    widget = HistoryPanel(store, catalog, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.model.rowCount() == PAGE_SIZE * 6
    widget.grab()  # paint the first screen
    assert widget.model.pages_held == (0,)  # one page read to show it
    widget.table.scrollToBottom()
    qtbot.wait(10)
    assert set(widget.model.pages_held) <= {0, 4, 5}
    store.close()


def test_export_json_then_restore_it_elsewhere(
    qtbot, panel, family, tmp_path, monkeypatch, catalog
):
    backup = tmp_path / "backup.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    panel.export_json_action.trigger()
    assert len(json.loads(backup.read_text("utf-8"))["sessions"]) == 5
    assert f"Exported 5 sessions to {backup}" in panel.message_label.text()

    other = opened_store(tmp_path / "new-laptop")
    fresh = HistoryPanel(other, catalog, today=lambda: TODAY)
    qtbot.addWidget(fresh)
    fresh.show()
    changed = []
    fresh.profilesChanged.connect(lambda: changed.append(True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    qtbot.mouseClick(fresh.import_button, Qt.MouseButton.LeftButton)
    assert fresh.model.rowCount() == 5 and changed == [True]
    assert "Restored 5 new sessions" in fresh.message_label.text()
    assert [fresh.baby_box.itemText(i) for i in range(fresh.baby_box.count())] == [
        "All babies",
        "Mia",
        "Noah",
        "Class demo (demo)",
    ]
    other.close()


def test_a_bad_backup_is_refused_with_a_reason(qtbot, panel, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "holiday.json"
    bad.write_text("{}", "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert panel.notice_box.isVisible()
    assert "holiday.json was not restored" in panel.notice_label.text()
    assert panel.model.rowCount() == 5


def test_not_saving_is_shown_as_a_warning(qtbot, tmp_path: Path, catalog) -> None:
    locked = DataDir(tmp_path, writable=False, problem=f"cannot write to {tmp_path}: Read-only")
    store = open_history(locked).store
    widget = HistoryPanel(store, catalog, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.notice_box.isVisible()
    assert "Not saving the history this time" in widget.notice_label.text()
    assert "No sessions here yet" in widget.detail.empty.text()
    store.close()


def test_a_save_that_fails_later_shows_up_and_clears(qtbot, panel, family, disk) -> None:
    store = family[0]
    disk.fill()
    for _ in range(60):
        store.finish(make_session(note="x" * 1500, areas=("face", "chest", "legs", "feet")))
        if store.notice:
            break
    assert panel.notice_box.isVisible() and "disk is full" in panel.notice_label.text()
    disk.make_room()
    store.finish(make_session())
    assert not panel.notice_box.isVisible()


def test_a_damaged_file_is_announced_with_where_the_old_one_is(qtbot, tmp_path, catalog) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "history.sqlite3").write_bytes(b"garbage" * 500)
    opened = open_history(DataDir(data, writable=True))
    assert HistoryStartDialog.needed(opened)
    dialog = HistoryStartDialog(opened, catalog)
    qtbot.addWidget(dialog)
    [message] = [label.text() for label in dialog.messages]
    moved = opened.notices[0].path
    assert moved.exists() and moved.name.endswith(".corrupt.sqlite3")
    assert message == (
        "The history file was damaged and no session in it could be read. A fresh history was "
        f"started; the damaged copy is kept as {moved}."
    )
    assert dialog.show_button is None
    opened.store.close()


def test_coming_back_to_the_page_shows_new_sessions(qtbot, panel, family) -> None:
    store, (mia, _noah, _demo), _sessions = family
    click_row(qtbot, panel, 1)
    kept = panel.detail.record.id
    panel.hide()
    newest = make_session(mia, EVENING + timedelta(hours=1))
    store.finish(newest)
    panel.show()
    assert shown_ids(panel)[0] == newest.id and panel.count_label.text() == "6 sessions"
    assert panel.detail.record.id == kept  # the session being read stays chosen


def test_coming_back_reads_nothing_again_unless_another_copy_changed_the_file(
    qtbot, panel, family
) -> None:
    store, (mia, _noah, _demo), _sessions = family
    panel.hide()
    with qtbot.assertNotEmitted(panel.model.modelReset):
        panel.show()  # nothing changed: the rows already read are still the ones shown
    panel.hide()
    other_copy = make_session(mia, EVENING + timedelta(hours=2), note="saved by another copy")
    with file_connection(store.path) as conn:  # another copy of the app, on its own connection
        write_session(conn, other_copy)
    with qtbot.waitSignal(panel.model.modelReset, timeout=1000):
        panel.show()
    assert shown_ids(panel)[0] == other_copy.id and panel.count_label.text() == "6 sessions"


def test_the_charts_are_built_only_when_their_tab_is_shown(qtbot, panel) -> None:
    panel.grab()
    assert panel.charts_page.findChildren(QLabel) == []  # the table's first paint builds none
    panel.tabs.setCurrentWidget(panel.charts_page)
    spans = [label.text() for label in panel.charts_page.findChildren(QLabel)]
    assert any("Doll practice is not counted" in text for text in spans)


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=["1024", "1920"])
def test_every_column_shows_its_heading_and_words_in_full(qtbot, panel, size) -> None:
    panel.filters.baby_box.setCurrentIndex(0)  # every baby: the Baby column is shown too
    panel.resize(*size)
    qtbot.wait(10)
    header = panel.table.horizontalHeader()
    metrics = header.fontMetrics()
    shown = [c for c in Column if not panel.table.isColumnHidden(c)]
    assert Column.BABY in shown
    for column in shown:
        if column is Column.NOTE:
            continue
        title = panel.model.headerData(column, Qt.Orientation.Horizontal, 0)
        width = header.sectionSize(column)
        assert header.sectionSizeFromContents(column).width() <= width, title
        assert panel.table.sizeHintForColumn(column) <= width, title
        for row in range(panel.model.rowCount()):
            words = cell(panel, row, column)
            assert metrics.horizontalAdvance(words) < width, (title, words)
    others = sum(header.sectionSize(c) for c in shown if c is not Column.NOTE)
    assert header.sectionSize(Column.NOTE) >= panel.table.viewport().width() - others - 1
