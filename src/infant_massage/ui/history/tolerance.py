"""How well each area is tolerated over time: per area and week, stops out of sessions.

A grid reads better than a line per area: a parent looks along a row ("the tummy was stopped
twice last week, not since"). Cells with a stop are tinted warm, cells without a stop calm.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from infant_massage.storage.history.queries import AreaWeek
from infant_massage.ui.common import theme
from infant_massage.ui.common.text_format import fill
from infant_massage.ui.history.wording import HistoryWording

SHOWN_WEEKS = 8
SESSIONS_ROLE = Qt.ItemDataRole.UserRole
STOPS_ROLE = Qt.ItemDataRole.UserRole + 1


class ToleranceGrid(QTableWidget):
    def __init__(self, wording: HistoryWording, area_ids: list[str], parent=None) -> None:
        super().__init__(parent)
        self._wording = wording
        self._area_ids = area_ids
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setShowGrid(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._warm, self._calm = self._tints()

    def _tints(self) -> tuple[QColor, QColor]:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        chosen = theme.DARK if dark else theme.LIGHT
        return QColor(chosen.warning_soft), QColor(chosen.accent_soft)

    def show_weeks(self, rows: list[AreaWeek], weeks: list[date]) -> None:
        """`weeks`: the Mondays of the span, oldest first; the last SHOWN_WEEKS get a column."""
        shown = weeks[-SHOWN_WEEKS:]
        cells: dict[tuple[str, date], AreaWeek] = {(r.area, r.week): r for r in rows}
        totals: dict[str, tuple[int, int]] = {}
        for r in rows:
            sessions, stops = totals.get(r.area, (0, 0))
            totals[r.area] = (sessions + r.sessions, stops + r.stops)
        areas = [*self._area_ids, *sorted(a for a in totals if a not in self._area_ids)]
        self.clear()
        self.setRowCount(len(areas))
        self.setColumnCount(len(shown) + 1)
        headers = [self._wording.day(week) for week in shown] + [self.tr("Whole span")]
        self.setHorizontalHeaderLabels(headers)
        self.setVerticalHeaderLabels([self._wording.area(a) for a in areas])
        self._warm, self._calm = self._tints()
        for row, area in enumerate(areas):
            for column, week in enumerate(shown):
                found = cells.get((area, week))
                self._set(row, column, found.sessions if found else 0, found.stops if found else 0)
            self._set(row, len(shown), *totals.get(area, (0, 0)))
        self.resizeRowsToContents()
        # As tall as its rows: the page scrolls, not the grid.
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(header + rows + 2 * self.frameWidth())

    def _set(self, row: int, column: int, sessions: int, stops: int) -> None:
        if sessions == 0:
            text, tip = "", self.tr("Not massaged")
        elif stops == 0:
            text = self.tr("%n session(s)", "", sessions)
            tip = self.tr("No stops")
        else:
            text = fill(self.tr("%1 stopped of %2"), stops, sessions)
            tip = self.tr("Stopped here %n time(s)", "", stops)
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setToolTip(tip)
        item.setData(SESSIONS_ROLE, sessions)
        item.setData(STOPS_ROLE, stops)
        if sessions:
            item.setBackground(QBrush(self._warm if stops else self._calm))
        self.setItem(row, column, item)

    def cell_counts(self, area_row: int, column: int) -> tuple[int, int]:
        """(sessions, stops) of a cell, as shown."""
        item = self.item(area_row, column)
        return int(item.data(SESSIONS_ROLE)), int(item.data(STOPS_ROLE))
