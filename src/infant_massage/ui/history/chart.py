"""The history's charts (QtCharts): sessions per week and minutes per area, in the theme's colours.

Doll practice is never counted: the store leaves it out of every sum.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from infant_massage.ui.history.wording import HistoryWording


def value_axis_range(value: float) -> tuple[float, int]:
    """A top a little above `value` and a tick count that puts ticks on whole, round numbers."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        ticks = max(1, math.ceil(value * 1.1 / step))
        if ticks <= 6:
            return float(ticks * step), ticks + 1
    return float(math.ceil(value * 1.1)), 2


MINIMUM_HEIGHT, MAXIMUM_HEIGHT = 240, 300  # px: shorter shows too little; taller, no more


class _Chart(QChartView):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MINIMUM_HEIGHT)
        self.setMaximumHeight(MAXIMUM_HEIGHT)
        chart = QChart()
        chart.setTitle(title)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self.setStyleSheet("background: transparent;")

    def _colours(self) -> tuple[QColor, QColor, QColor]:
        palette = self.palette()
        return (
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.Highlight),
            palette.color(QPalette.ColorRole.PlaceholderText),
        )

    def _style_axis(self, axis) -> None:
        text, _accent, muted = self._colours()
        axis.setLabelsColor(text)
        axis.setLinePenColor(muted)
        axis.setGridLineColor(QColor(muted.red(), muted.green(), muted.blue(), 60))
        font = axis.labelsFont()
        font.setPointSizeF(self.font().pointSizeF() * 0.85)
        axis.setLabelsFont(font)

    def _replace(self, series, categories, largest: float, horizontal: bool) -> None:
        """`categories`: the labels of a QBarCategoryAxis, or a ready axis for the bars."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        text, accent, _muted = self._colours()
        title_font = chart.titleFont()
        title_font.setPointSizeF(self.font().pointSizeF() * 1.1)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setTitleBrush(text)
        chart.addSeries(series)
        for bar_set in series.barSets():
            bar_set.setColor(accent)
            bar_set.setBorderColor(accent)
        if isinstance(categories, list):
            category_axis = QBarCategoryAxis()
            category_axis.append(categories)
        else:
            category_axis = categories
        value_axis = QValueAxis()
        top, ticks = value_axis_range(largest)
        value_axis.setRange(0, top)
        value_axis.setLabelFormat("%d")
        value_axis.setTickCount(ticks)
        for axis in (category_axis, value_axis):
            self._style_axis(axis)
        if horizontal:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)


class WeeklySessionsChart(_Chart):
    def __init__(self, wording: HistoryWording, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._wording = wording
        self.chart().setTitle(self.tr("Sessions per week"))
        self.counts: dict[date, int] = {}

    def show_weeks(self, counts: dict[date, int]) -> None:
        """`counts`: sessions per week (Monday), every week of the chart, oldest first."""
        self.counts = dict(counts)
        bars = QBarSet(self.tr("Sessions"))
        bars.append([float(n) for n in self.counts.values()])
        series = QBarSeries()
        series.setBarWidth(0.7)
        series.append(bars)
        self._replace(series, self._week_axis(), max(self.counts.values(), default=0), False)

    def _week_axis(self) -> QCategoryAxis:
        # One label every few weeks: 26 dates side by side cannot be read.
        weeks = list(self.counts)
        axis = QCategoryAxis()
        axis.setRange(-0.5, len(weeks) - 0.5)
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        every = max(1, -(-len(weeks) // 7))
        for index in range(0, len(weeks), every):
            axis.append(self._wording.day(weeks[index]), index)
        axis.setGridLineVisible(False)
        return axis


class AreaMinutesChart(_Chart):
    def __init__(
        self, wording: HistoryWording, area_ids: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self._wording = wording
        self._area_ids = area_ids
        self.chart().setTitle(self.tr("Minutes per area"))
        self.minutes: dict[str, float] = {}
        self._fit_names()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_names()

    def _fit_names(self) -> None:
        # Tall enough for every area's name: QtCharts cuts a category's name to "..." once the
        # names are taller than their rows, as they are at big text (the page scrolls instead).
        line = self.fontMetrics().lineSpacing()  # the axis's names are a little smaller
        need = round(len(self._area_ids) * line * 1.25 + 5 * line)
        self.setMinimumHeight(max(MINIMUM_HEIGHT, need))
        self.setMaximumHeight(max(MAXIMUM_HEIGHT, need))

    def show_minutes(self, minutes: dict[str, float]) -> None:
        extra = sorted(a for a in minutes if a not in self._area_ids)  # ids a newer catalog lost
        shown = [*self._area_ids, *extra]
        self.minutes = {area: minutes.get(area, 0.0) for area in shown}
        bars = QBarSet(self.tr("Minutes"))
        # Bottom to top on a horizontal chart: reversed, so the list reads head to feet.
        bars.append([self.minutes[a] for a in reversed(shown)])
        series = QHorizontalBarSeries()
        series.setBarWidth(0.65)
        series.append(bars)
        labels = [self._wording.area(a) for a in reversed(shown)]
        self._replace(series, labels, max(self.minutes.values(), default=0), True)
