"""The history's filters: which baby (or all) and which period (or chosen dates), and the count."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from infant_massage.domain.profile import BabyProfile
from infant_massage.storage.history.queries import HistoryFilter, local_midnight
from infant_massage.ui.common.text_format import fill

# Period choices: days back from today (None: all time, -1: chosen dates).
PERIODS: list[int | None] = [None, 7, 30, 91, 365, -1]


class HistoryFilterBar(QWidget):
    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.baby_box = QComboBox()
        self.baby_box.setMinimumWidth(200)
        self.baby_box.setAccessibleName(self.tr("Baby"))
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Period"))
        names = [
            self.tr("All time"),
            self.tr("Last 7 days"),
            self.tr("Last 30 days"),
            self.tr("Last 3 months"),
            self.tr("Last 12 months"),
            self.tr("Choose dates…"),
        ]
        for days, text in zip(PERIODS, names, strict=True):
            self.period_box.addItem(text, days)
        now = QDate(today())
        self.from_edit = QDateEdit(now.addDays(-30))
        self.to_edit = QDateEdit(now)
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._changed)
        self.baby_box.currentIndexChanged.connect(self._changed)
        self.period_box.currentIndexChanged.connect(self._changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("subtle")
        self.dash = QLabel("–")
        baby_label = QLabel(self.tr("Baby"))
        baby_label.setObjectName("fieldName")
        period_label = QLabel(self.tr("Period"))
        period_label.setObjectName("fieldName")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for widget in (baby_label, self.baby_box, period_label, self.period_box):
            layout.addWidget(widget)
        for widget in (self.from_edit, self.dash, self.to_edit):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.count_label)
        self._show_dates()

    def set_profiles(self, profiles: list[BabyProfile]) -> bool:
        """Refill the baby choice, keeping the chosen baby; False when it is gone."""
        chosen = self.baby_box.currentData()
        self.baby_box.blockSignals(True)
        self.baby_box.clear()
        self.baby_box.addItem(self.tr("All babies"), None)
        for profile in profiles:
            name = profile.name
            if profile.demo:
                name = fill(self.tr("%1 (demo)"), name)
            self.baby_box.addItem(name, profile.id)
        index = self.baby_box.findData(chosen)
        self.baby_box.setCurrentIndex(max(0, index))
        self.baby_box.blockSignals(False)
        return index >= 0 or chosen is None

    def show_baby(self, baby_id: str | None) -> None:
        self.baby_box.setCurrentIndex(max(0, self.baby_box.findData(baby_id)))

    def span(self) -> tuple[date | None, date | None]:
        """The chosen period as local dates, both included; None: open-ended."""
        days = self.period_box.currentData()
        if days == -1:
            first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
            return min(first, last), max(first, last)
        if days is None:
            return None, None
        return self._today() - timedelta(days=days - 1), None

    def current_filter(self) -> HistoryFilter:
        first, last = self.span()
        return HistoryFilter(
            baby_id=self.baby_box.currentData(),
            since=local_midnight(first) if first else None,
            until=local_midnight(last + timedelta(days=1)) if last else None,
        )

    def set_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%n session(s)", "", count))

    def _show_dates(self) -> None:
        custom = self.period_box.currentData() == -1
        for widget in (self.from_edit, self.dash, self.to_edit):
            widget.setVisible(custom)

    def _changed(self, *_args) -> None:
        self._show_dates()
        self.changed.emit()
