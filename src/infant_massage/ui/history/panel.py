"""The History page: sessions newest first, filtered by baby and period, a detail pane, charts,
notes, delete with undo, export and import.

The table reads through a lazy model (table_model.py), so 100,000 sessions open as fast as
ten: one count and one page of rows for the first paint. The charts (and QtCharts) are built
when their tab is first shown, the exporter and the importer when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.record_rules import clean_text
from infant_massage.domain.session_record import SessionRecord
from infant_massage.storage.history.notices import Notice
from infant_massage.storage.history.queries import HistoryFilter
from infant_massage.storage.history.store import HistoryError, HistoryStore
from infant_massage.storage.private_files import UnsafeTarget
from infant_massage.ui.common.icons import icon
from infant_massage.ui.common.text_format import fill
from infant_massage.ui.history.column_fit import fit_columns
from infant_massage.ui.history.detail import HistoryDetail
from infant_massage.ui.history.filter_bar import HistoryFilterBar
from infant_massage.ui.history.session_table import SessionTable
from infant_massage.ui.history.table_model import (
    PAGE_SIZE,
    SESSION_ID_ROLE,
    Column,
    HistoryTableModel,
)
from infant_massage.ui.history.wording import HistoryWording

if TYPE_CHECKING:
    from infant_massage.ui.history.charts_page import HistoryChartsPage


# From the most needed column to the least: a narrow table hides from the end of this list.
COLUMN_PRIORITY = (
    Column.DATE,
    Column.MINUTES,
    Column.OUTCOME,
    Column.AREAS,
    Column.BABY,
    Column.RESPONSE,
    Column.KIND,
    Column.NOTE,
)
# What the table always shows when it can (column_fit hides the others first).
KEY_COLUMNS = (Column.DATE, Column.MINUTES, Column.OUTCOME, Column.AREAS)
# The columns whose words may be cut with an ellipsis (the tooltip and the detail pane have them).
ELIDABLE = (Column.AREAS, Column.OUTCOME, Column.NOTE)


class _DeleteSession(QUndoCommand):
    def __init__(self, panel: HistoryPanel, record: SessionRecord, text: str) -> None:
        super().__init__(text)
        self._panel = panel
        self.record = record

    def redo(self) -> None:
        self._panel._apply(lambda store: store.delete_session(self.record.id), self.record.id)

    def undo(self) -> None:
        self._panel._apply(lambda store: store.restore_session(self.record), self.record.id)


class HistoryPanel(QWidget):
    closeRequested = Signal()
    profilesChanged = Signal()  # an import added babies: the baby switcher should reload

    def __init__(
        self,
        store: HistoryStore,
        catalog: Catalog,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._today = today
        self._area_ids = catalog.area_ids
        self._catalog = catalog  # what a restored backup's ids are checked against
        self.wording = HistoryWording(catalog, self)
        self.model = HistoryTableModel(store, self.wording, today().year, self)
        self.undo_stack = QUndoStack(self)
        self._charts_stale = True
        self._shown_once = False
        self._init_header()
        self._init_parts()
        self._init_bars()
        self._init_table()
        self._init_layout()
        self._init_actions()
        self._listener = self._show_notice
        store.add_listener(self._listener)
        self._damage_listener = self._damaged_found
        store.add_damage_listener(self._damage_listener)
        self.destroyed.connect(lambda *_: store.remove_listener(self._listener))
        self.destroyed.connect(lambda *_: store.remove_damage_listener(self._damage_listener))
        self.reload_profiles()
        self._show_notice(store.notice)
        self._show_damaged(store.damaged)
        # Nothing is read until the page is shown (showEvent) or its filter is set: the window
        # chooses the home screen's baby first, and counting all babies would be wasted.
        # Not setFocusProxy(self.table): with it, Tab from the detail pane went back to the table
        # and never reached the buttons and filters; focusInEvent passes the focus on instead.

    # --- building ---------------------------------------------------------------------------

    def _button(self, text: str, icon_name: str) -> QPushButton:
        button = QPushButton(text)
        colour = self.palette().color(QPalette.ColorRole.ButtonText).name()
        button.setIcon(icon(icon_name, colour))
        button.setIconSize(QSize(20, 20))
        return button

    def _init_header(self) -> None:
        self.title = QLabel(self.tr("History"))
        self.title.setObjectName("title")
        self.back_button = self._button(self.tr("Back (Esc)"), "previous")
        self.back_button.clicked.connect(self.closeRequested)
        self.export_button = self._button(self.tr("Export…"), "export")
        menu = QMenu(self.export_button)
        self.export_csv_action = menu.addAction(self.tr("A table for spreadsheets (CSV)…"))
        self.export_json_action = menu.addAction(self.tr("A full backup (JSON)…"))
        self.export_csv_action.triggered.connect(lambda: self._choose_export("csv"))
        self.export_json_action.triggered.connect(lambda: self._choose_export("json"))
        self.export_button.setMenu(menu)
        self.import_button = self._button(self.tr("Restore a backup…"), "import")
        self.import_button.clicked.connect(self._choose_import)

    def _init_bars(self) -> None:
        self.notice_box = QFrame()
        self.notice_box.setObjectName("warningBox")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("warningText")
        self.notice_label.setWordWrap(True)
        QHBoxLayout(self.notice_box).addWidget(self.notice_label)
        self.notice_box.hide()
        # Rows that cannot be read: listed by id (selectable, to quote in a bug report) for as
        # long as the history is open; they stay untouched in the file.
        self.damage_box = QFrame()
        self.damage_box.setObjectName("warningBox")
        self.damage_label = QLabel()
        self.damage_label.setObjectName("warningText")
        self.damage_label.setWordWrap(True)
        self.damage_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QHBoxLayout(self.damage_box).addWidget(self.damage_label)
        self.damage_box.hide()
        self.message_box = QFrame()
        self.message_box.setObjectName("card")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.undo_button = self._button(self.tr("Undo (Ctrl+Z)"), "undo")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        row = QHBoxLayout(self.message_box)
        row.setContentsMargins(16, 6, 8, 6)
        row.addWidget(self.message_label, 1)
        row.addWidget(self.undo_button)
        self.message_box.hide()

    def _init_table(self) -> None:
        self.table = SessionTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        # Each column as wide as its words in the rows read (the first page at most, never
        # the whole history: a lazy model is there to avoid that); column_fit decides what a
        # narrow table shows, and the last column shown takes what is left.
        header.setResizeContentsPrecision(PAGE_SIZE)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The columns are fitted to the width: a sideways bar would only scroll an ellipsis
        # into view (and Qt left one up, at nothing to scroll, after the columns narrowed).
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A resize fits the columns measured last: the words in them only change with the rows,
        # the filter or the text size, each of which measures them again.
        self.table.resized.connect(lambda: self._fit_columns(remeasure=False))
        self._filtered_out: set[Column] = set()  # columns the filter makes needless
        self._fitting = False
        self._measured: tuple[dict[int, int], dict[int, int]] | None = None
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.detail = HistoryDetail(self.wording)
        self.detail.setMinimumWidth(260)
        self.detail.noteSaved.connect(self.save_note)
        self.detail.deleteRequested.connect(self.delete_session)

    def _init_parts(self) -> None:
        self.filters = HistoryFilterBar(self._today)
        self.filters.changed.connect(self._apply_filter)
        # The parts tests and the main window reach for, by their plain names.
        self.baby_box, self.period_box = self.filters.baby_box, self.filters.period_box
        self.from_edit, self.to_edit = self.filters.from_edit, self.filters.to_edit
        self.count_label = self.filters.count_label
        # The Charts tab's page: its charts (and QtCharts) are built when it is first shown.
        self.charts_page = QWidget()
        QVBoxLayout(self.charts_page).setContentsMargins(0, 0, 0, 0)
        self._charts: HistoryChartsPage | None = None

    @property
    def charts(self) -> HistoryChartsPage:
        """The charts, built the first time they are wanted (not for the table's first paint)."""
        if self._charts is None:
            from infant_massage.ui.history.charts_page import HistoryChartsPage

            self._charts = HistoryChartsPage(self.wording, self._area_ids)
            self.charts_page.layout().addWidget(self._charts)
        return self._charts

    @property
    def weekly_chart(self):
        return self.charts.weekly_chart

    @property
    def area_chart(self):
        return self.charts.area_chart

    @property
    def tolerance_grid(self):
        return self.charts.tolerance_grid

    def _init_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.import_button)
        header.addWidget(self.export_button)
        header.addWidget(self.back_button)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(12)
        splitter.addWidget(self.table)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setWidget(self.detail)
        splitter.addWidget(self.detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])  # kept in proportion as the window is resized
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Sessions"))
        self.tabs.addTab(self.charts_page, self.tr("Charts"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.filters)
        layout.addWidget(self.notice_box)
        layout.addWidget(self.damage_box)
        layout.addWidget(self.message_box)
        layout.addWidget(self.tabs, 1)

    def _init_actions(self) -> None:
        # The note editor keeps its own Ctrl+Z and Delete while it has the focus.
        shortcuts = [
            (self, QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (self, QKeySequence(Qt.Key.Key_Escape), self.closeRequested.emit),
            (self.table, QKeySequence.StandardKey.Delete, self._delete_current),
        ]
        for owner, key, slot in shortcuts:
            action = QAction(owner)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            owner.addAction(action)

    # --- filters ----------------------------------------------------------------------------

    def reload_profiles(self) -> None:
        """Refill the baby filter (after profiles were added, renamed or deleted)."""
        if not self.filters.set_profiles(self.store.profiles()):
            self._apply_filter()  # the baby shown was deleted: all babies now

    def show_baby(self, baby_id: str | None) -> None:
        """Filter on one baby (None: all), e.g. the baby chosen on the home screen."""
        self.filters.show_baby(baby_id)

    def current_filter(self) -> HistoryFilter:
        return self.filters.current_filter()

    def _apply_filter(self, *_args) -> None:
        chosen = self.current_filter()
        self._filtered_out = {Column.BABY} if chosen.baby_id is not None else set()  # one baby
        self.model.set_filter(chosen)
        self._after_reload(None)
        self._charts_stale = True
        if self.tabs.currentWidget() is self.charts_page:
            self.refresh_charts()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.table.setFocus(event.reason())  # the window gives the page the focus: the sessions

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Sessions may have been added since the panel was built or last shown.
        self.refresh()
        self._fit_columns()
        self.table.setFocus()  # not an import button: the sessions are what the page is for
        self._shown_once = True

    def refresh(self) -> None:
        """Show the store as it is now (new sessions, another copy's changes); nothing is read
        again when nothing has changed since."""
        self.reload_profiles()
        if self.model.stale():
            self._reload(self.detail.record.id if self.detail.record else None)

    # --- the table and the detail pane ------------------------------------------------------

    def _reload(self, keep: str | None) -> None:
        self.model.reload()
        self._after_reload(keep)
        self._charts_stale = True
        if self.tabs.currentWidget() is self.charts_page:
            self.refresh_charts()

    def _fit_columns(self, remeasure: bool = True) -> None:
        if not self.table.isVisible() or self._fitting:
            return  # measured when shown: a hidden table has no rows in view
        self._fitting = True  # the table resized here (a turned splitter) asks again
        try:
            if remeasure or self._measured is None:
                self._measured = self._measure_columns()
            self._fit_columns_now(*self._measured)
        finally:
            self._fitting = False

    def _measure_columns(self) -> tuple[dict[int, int], dict[int, int]]:
        """How wide each column's words want it, and how narrow a cut column may go."""
        header = self.table.horizontalHeader()
        candidates = [c for c in Column if c not in self._filtered_out]
        for column in Column:
            self.table.setColumnHidden(column, column not in candidates)
        wanted = {
            int(c): max(self.table.sizeHintForColumn(c), header.sectionSizeFromContents(c).width())
            for c in candidates
        }
        # A cut column keeps its heading whole, and the areas a few of their names.
        heading = {int(c): header.sectionSizeFromContents(c).width() for c in ELIDABLE}
        few_areas = self.table.fontMetrics().horizontalAdvance("Tummy, Legs…")
        narrowest = {**heading, int(Column.AREAS): max(heading[Column.AREAS], few_areas)}
        return wanted, narrowest

    def _fit_columns_now(self, wanted: dict[int, int], narrowest: dict[int, int]) -> None:
        header = self.table.horizontalHeader()
        self._turn_splitter(sum(min(wanted[c], narrowest.get(c, wanted[c])) for c in KEY_COLUMNS))
        widths = fit_columns(wanted, self.table.room(), COLUMN_PRIORITY, narrowest)
        for column in Column:
            shown = column in widths
            self.table.setColumnHidden(column, not shown)
            if shown:
                header.resizeSection(column, widths[column])

    def _turn_splitter(self, key_columns: int) -> None:
        """The detail pane beside the table when the key columns fit beside it, else under it
        (1024x768 with the largest text): the date, the time, how it ended and the areas
        stay in sight either way. Decided from the page's width, which turning leaves as is."""
        bar = self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth()
        beside = key_columns + bar + self.splitter.handleWidth() + self.detail_scroll.minimumWidth()
        wanted = Qt.Orientation.Horizontal
        if beside > self.splitter.width():
            wanted = Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            # In proportion (the splitter scales them to its length): the table three
            # quarters beside the pane, half above it.
            beside_it = wanted == Qt.Orientation.Horizontal
            shares = [3000, 1000] if beside_it else [1000, 1000]
            self.splitter.setSizes(shares)
            # Turned in the middle of a layout pass, the splitter keeps its old lengths: again
            # once the pass is over.
            splitter = self.splitter
            QTimer.singleShot(0, splitter, lambda: splitter.setSizes(shares))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()  # bigger words, wider columns

    def _after_reload(self, keep: str | None) -> None:
        self._fit_columns()
        count = self.model.rowCount()
        self.filters.set_count(count)
        if count == 0:
            self.detail.empty.setText(
                self.tr("No sessions here yet. After a session, it appears in this list.")
                if self.model.filter == HistoryFilter()
                else self.tr("No sessions match. Choose another baby or period.")
            )
        else:
            self.detail.empty.setText(self.tr("Choose a session in the table to see it here."))
        row = self.store.position(keep, self.model.filter) if keep else None
        if row is not None:
            self.select_row(row)
        else:
            self.detail.show_record(None)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        flags |= QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def select_session(self, session_id: str) -> bool:
        """Show one session (e.g. the one just finished); False when the filter hides it."""
        row = self.store.position(session_id, self.model.filter)
        if row is None:
            return False
        self.select_row(row)
        return True

    def _row_chosen(self, current, _previous=None) -> None:
        session_id = current.data(SESSION_ID_ROLE) if current.isValid() else None
        record = self.store.session(session_id) if session_id else None
        profile = self.store.profile(record.baby_id) if record and record.baby_id else None
        self.detail.show_record(record, profile)
        # The pane's new height must reach the scroll area itself: the request updateGeometry()
        # posts to the viewport stops short of it, and the steps would be squeezed.
        QCoreApplication.postEvent(self.detail_scroll, QEvent(QEvent.Type.LayoutRequest))

    # --- changes ----------------------------------------------------------------------------

    def save_note(self, session_id: str, note: str) -> None:
        try:
            self.store.update_note(session_id, clean_text(note, line_breaks=True))
        except (HistoryError, ValueError) as exc:
            self._show_problem(fill(self.tr("The note could not be saved: %1"), str(exc)))
            return
        self._reload(session_id)
        self._show_message(self.tr("Note saved."), undo=False)

    def _delete_current(self) -> None:
        if self.detail.record is not None:
            self.delete_session(self.detail.record.id)

    def delete_session(self, session_id: str) -> None:
        record = self.store.session(session_id)
        if record is None:
            return
        when = self.wording.when(record.started_at, this_year=self._today().year)
        text = fill(self.tr("Deleted the session of %1."), when)
        row = self.store.position(session_id, self.model.filter)
        self.undo_stack.push(_DeleteSession(self, record, text))
        self._show_message(text, undo=True)
        if row is not None and self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def _apply(self, change, session_id: str) -> None:
        """Run one change of an undo command, then show the table as the store now has it."""
        try:
            change(self.store)
        except HistoryError as exc:
            self._show_problem(fill(self.tr("That could not be saved: %1"), str(exc)))
        restored = self.store.session(session_id) is not None
        self._reload(session_id if restored else None)
        if restored:
            self.message_box.hide()

    def _show_message(self, text: str, undo: bool) -> None:
        self.message_label.setText(text)
        self.undo_button.setVisible(undo)
        self.message_box.show()

    def _show_problem(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_box.show()

    def _show_damaged(self, damaged: dict[str, str]) -> None:
        self.damage_label.setText(self.wording.damaged_rows(list(damaged)) if damaged else "")
        self.damage_box.setVisible(bool(damaged))

    def _damaged_found(self, damaged: dict[str, str]) -> None:
        self._show_damaged(damaged)
        # Found while painting a page: count and pages again once the paint is over.
        QTimer.singleShot(0, self.refresh)

    def _show_notice(self, notice: Notice | None) -> None:
        if notice is None:
            self.notice_box.hide()
            return
        self.notice_label.setText(self.wording.notice(notice))
        self.notice_box.show()

    # --- charts -----------------------------------------------------------------------------

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.charts_page and self._charts_stale:
            self.refresh_charts()

    def refresh_charts(self) -> None:
        from infant_massage.ui.history.charts_page import chart_span

        first, last = chart_span(self.store, self.model.filter, self.filters.span(), self._today())
        self.charts.show_span(self.store, self.model.filter.baby_id, first, last)
        self._charts_stale = False

    # --- export and import ------------------------------------------------------------------

    def _choose_export(self, kind: str) -> None:
        suffix = {"csv": "csv", "json": "json"}[kind]
        name = f"infant-massage-history-{self._today().isoformat()}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the history"),
            str(Path.home() / name),
            self.tr("CSV table (*.csv)") if kind == "csv" else self.tr("JSON backup (*.json)"),
        )
        if path:
            self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> bool:
        # The exporter and the importer load when first used, not for the page's first paint.
        from infant_massage.storage.history.backup import IncompleteHistory, export_to_path

        try:
            count = export_to_path(self.store, kind, path)
        except (IncompleteHistory, UnsafeTarget) as exc:
            self._show_problem(fill(self.tr("Nothing was exported: %1"), str(exc)))
            return False
        except OSError as exc:
            text = self.tr("The export could not be written: %1")
            self._show_problem(fill(text, exc.strerror or str(exc)))
            return False
        text = fill(self.tr("Exported %n session(s) to %1.", "", count), str(path))
        self._show_message(text, undo=False)
        return True

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(Path.home()), self.tr("JSON backup (*.json)")
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> bool:
        from infant_massage.storage.history.importing import BackupError, KnownIds, import_file

        if not self.store.saving:
            self._show_problem(
                self.tr("A backup cannot be restored while the history is not being saved.")
            )
            return False
        try:
            result = import_file(self.store, path, KnownIds.of(self._catalog))
        except (BackupError, HistoryError) as exc:
            self._show_problem(fill(self.tr("%1 was not restored: %2"), path.name, exc))
            return False
        self.notice_box.hide()
        text = self.tr("Restored %n new session(s) from %1.", "", result.sessions_added)
        self._show_message(fill(text, path.name), undo=False)
        self.undo_stack.clear()  # deletions made before a restore are not undone across it
        if result.babies_added:
            self.profilesChanged.emit()
        self.refresh()
        return True
