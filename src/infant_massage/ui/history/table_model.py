"""The history table's rows, read from the store a page at a time as the view scrolls to them.

rowCount is the filter's count (one indexed count query), so the scroll bar is true from the
start; data() reads the page holding the row on first sight and keeps a few pages. Opening the
history with 100,000 sessions reads one count and one page of 100 rows, and showing it again
reads nothing while the store's revision has not moved.

A view asks data() for every role of every visible cell at each paint (about 2,000 calls for
one screen): roles the table does not use are refused before any work, and a row's texts are
worded once, when it is first shown.
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
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FONT = Qt.ItemDataRole.FontRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_SERVED = frozenset({_DISPLAY, _TOOLTIP, SESSION_ID_ROLE, _ALIGNMENT, _FONT, _FOREGROUND})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_COLUMNS = tuple(Column)


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
        self._count = 0  # until the first reload (the panel sets its filter at once)
        self._read_as: tuple[HistoryFilter, tuple[int, int, int]] | None = None
        self._pages: OrderedDict[int, list[HistoryRow]] = OrderedDict()
        self._texts: dict[int, tuple[str, ...]] = {}  # row -> its cells' words, while kept
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
        self._texts.clear()
        revision = self._store.revision()
        self._count = self._store.count_sessions(self._filter)
        self._read_as = (self._filter, revision)
        self.endResetModel()

    def stale(self) -> bool:
        """Whether the store has changed (here or in another copy) since the rows were read."""
        return self._read_as != (self._filter, self._store.revision())

    def row_at(self, row: int) -> HistoryRow | None:
        if not 0 <= row < self._count:
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page = self._store.session_rows(self._filter, page_number * PAGE_SIZE, PAGE_SIZE)
            self._pages[page_number] = page
            while len(self._pages) > KEPT_PAGES:
                dropped, _rows = self._pages.popitem(last=False)
                for kept in range(dropped * PAGE_SIZE, (dropped + 1) * PAGE_SIZE):
                    self._texts.pop(kept, None)
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

    def data(self, index: Index, role: int = _DISPLAY):
        if role not in _SERVED:  # decoration, check state, size hint...: the table has none
            return None
        if role == _ALIGNMENT:
            return _RIGHT if index.column() == Column.MINUTES else None
        row = index.row()
        item = self.row_at(row) if index.isValid() else None
        if item is None:
            return None
        if role in (_DISPLAY, _TOOLTIP):
            if role == _TOOLTIP and index.column() == Column.NOTE:
                return item.note  # the whole text of a narrow cell
            texts = self._texts.get(row)
            if texts is None:
                texts = self._texts[row] = tuple(self._text(item, c) for c in _COLUMNS)
            return texts[index.column()]
        if role == SESSION_ID_ROLE:
            return item.id
        if not item.practice:
            return None
        if role == _FONT:
            font = QFont(QApplication.font())
            font.setItalic(True)
            return font
        return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)

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
