"""The Charts tab: sessions per week, minutes per area and how each area was tolerated, over the
chosen period (at most a year of weeks, starting at its first session)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from infant_massage.storage.history.queries import HistoryFilter, local_midnight, weeks_between
from infant_massage.storage.history.store import HistoryStore
from infant_massage.ui.common.text_format import fill
from infant_massage.ui.history.chart import AreaMinutesChart, WeeklySessionsChart
from infant_massage.ui.history.tolerance import ToleranceGrid
from infant_massage.ui.history.wording import HistoryWording

CHART_WEEKS = 26  # "all time" charts the last half year: more bars than that cannot be read
MAX_CHART_WEEKS = 53


def chart_span(
    store: HistoryStore, chosen: HistoryFilter, span: tuple[date | None, date | None], today: date
) -> tuple[date, date]:
    """The days the charts cover: the period, from its first session, at most a year."""
    first, last = span
    last = last or today
    earliest = last - timedelta(weeks=MAX_CHART_WEEKS if first else CHART_WEEKS) + timedelta(1)
    first = max(first or earliest, earliest)
    started = store.first_started(chosen)
    if started is not None:
        first = min(max(first, started.astimezone().date()), last)
    return first, last


class HistoryChartsPage(QScrollArea):
    def __init__(
        self, wording: HistoryWording, area_ids: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._wording = wording
        self.weekly_chart = WeeklySessionsChart(wording)
        self.area_chart = AreaMinutesChart(wording, area_ids)
        self.tolerance_grid = ToleranceGrid(wording, area_ids)
        self.span_label = QLabel()
        self.span_label.setObjectName("subtle")
        self.span_label.setWordWrap(True)
        tolerance_title = QLabel(self.tr("How each area was tolerated"))
        tolerance_title.setObjectName("cardTitle")
        self.tolerance_grid.setAccessibleName(tolerance_title.text())  # a reader names the grid
        tolerance_note = QLabel(
            self.tr(
                "Sessions that reached each area, and how many were stopped there. "
                "Falling asleep is not counted as a stop. Doll practice is left out."
            )
        )
        tolerance_note.setObjectName("subtle")
        tolerance_note.setWordWrap(True)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 8, 12, 8)
        layout.addWidget(self.span_label)
        charts = QHBoxLayout()
        charts.addWidget(self.weekly_chart, 3, Qt.AlignmentFlag.AlignTop)  # beside a taller one
        charts.addWidget(self.area_chart, 2)
        layout.addLayout(charts)
        layout.addWidget(tolerance_title)
        layout.addWidget(tolerance_note)
        layout.addWidget(self.tolerance_grid)
        self.setWidgetResizable(True)
        self.setWidget(content)

    def show_span(self, store: HistoryStore, baby_id: str | None, first: date, last: date) -> None:
        shown = HistoryFilter(
            baby_id=baby_id,
            since=local_midnight(first),
            until=local_midnight(last + timedelta(days=1)),
        )
        self.span_label.setText(
            fill(
                self.tr("From %1 to %2. Doll practice is not counted."),
                self._wording.day(first, long=True),
                self._wording.day(last, long=True),
            )
        )
        sums = store.chart_sums(shown, weeks_between(first, last))
        self.weekly_chart.show_weeks(sums.sessions)
        self.area_chart.show_minutes(sums.minutes_per_area())
        self.tolerance_grid.show_weeks(list(sums.areas), list(sums.weeks))
