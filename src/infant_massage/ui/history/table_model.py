"""The history table's rows, read from the store a page at a time as the view scrolls to them.

rowCount is the filter's count (one indexed count query), so the scroll bar is true from the
start; data() reads the page holding the row on first sight and keeps a few pages. Opening the
history with 100,000 sessions reads one count and one page of 100 rows.
"""

from __future__ import annotations

from collections import OrderedDict
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from infant_massage.storage.history.queries import HistoryFilter
from infant_massage.storage.history.rows import HistoryRow
from infant_massage.storage.history.store import HistoryStore
from infant_massage.ui.common.text_format import clock
from infant_massage.ui.history.wording import HistoryWording

PAGE_SIZE = 100
KEPT_PAGES = 20

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    BABY = 1
    KIND = 2
    AREAS = 3
    MINUTES = 4
    OUTCOME = 5
    RESPONSE = 6
    NOTE = 7


SESSION_ID_ROLE = Qt.ItemDataRole.UserRole


class HistoryTableModel(QAbstractTableModel):
    def __init__(
        self,
        store: HistoryStore,
        wording: HistoryWording,
        this_year: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._this_year = this_year  # dates in this year are shown without it
        self._store = store
        self._wording = wording
        self._filter = HistoryFilter()
        self._count = store.count_sessions(self._filter)
        self._pages: OrderedDict[int, list[HistoryRow]] = OrderedDict()
        self._headers = [
            self.tr("Date"),
            self.tr("Baby"),
            self.tr("Session"),
            self.tr("Areas"),
            self.tr("Time"),
            self.tr("How it ended"),
            self.tr("Response"),
            self.tr("Note"),
        ]

    @property
    def filter(self) -> HistoryFilter:
        return self._filter

    @property
    def pages_held(self) -> tuple[int, ...]:
        """The pages of rows read and kept, oldest use first: a long history is read a page at
        a time as it scrolls into view, and at most KEPT_PAGES stay in memory."""
        return tuple(self._pages)

    def set_filter(self, chosen: HistoryFilter) -> None:
        self._filter = chosen
        self.reload()

    def reload(self) -> None:
        """Read again from the store (after a change, or to show new sessions)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._store.count_sessions(self._filter)
        self.endResetModel()

    def row_at(self, row: int) -> HistoryRow | None:
        if not 0 <= row < self._count:
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page = self._store.session_rows(self._filter, page_number * PAGE_SIZE, PAGE_SIZE)
            self._pages[page_number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a narrow cell
            return item.note if index.column() == Column.NOTE else self._text(item, column)
        if role == SESSION_ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == Column.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and item.practice:
            font = QFont(QApplication.font())
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and item.practice:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def _text(self, item: HistoryRow, column: Column) -> str:
        words = self._wording
        if column is Column.DATE:
            return words.when(item.started_at, this_year=self._this_year)
        if column is Column.BABY:
            return words.baby(item)
        if column is Column.KIND:
            return words.session_kind(item.kind, item.routine, item.practice, short=True)
        if column is Column.AREAS:
            return words.areas(item.areas)
        if column is Column.MINUTES:
            return clock(item.done_seconds)  # m:ss, as on the detail pane and the timer
        if column is Column.OUTCOME:
            return words.outcome(item.outcome, item.stop_reason)
        if column is Column.RESPONSE:
            return words.response(item.response)
        return item.note.splitlines()[0] if item.note else ""
