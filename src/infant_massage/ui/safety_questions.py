"""The safety check's questions: plain yes/no choices with big targets, answered in seconds."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from infant_massage.domain.profile import AVERAGE_MONTH_DAYS
from infant_massage.domain.safety_check import CheckAnswers


class YesNo(QWidget):
    """Two big toggle buttons; exactly one is down."""

    changed = Signal()

    def __init__(self, answer: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.no = QPushButton(self.tr("No"))
        self.yes = QPushButton(self.tr("Yes"))
        group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.no, self.yes):
            button.setCheckable(True)
            button.setMinimumSize(88, 44)
            button.setObjectName("choice")
            group.addButton(button)
            layout.addWidget(button)
        (self.yes if answer else self.no).setChecked(True)
        group.buttonToggled.connect(lambda *_: self.changed.emit())

    @property
    def value(self) -> bool:
        return self.yes.isChecked()

    def set_value(self, value: bool) -> None:
        (self.yes if value else self.no).setChecked(True)


class SafetyQuestions(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.age = QSpinBox()
        self.age.setRange(0, 156)
        self.age.setValue(4)
        self.age.setMinimumHeight(44)
        self.age_unit = QComboBox()
        self.age_unit.addItem(self.tr("weeks"), "weeks")
        self.age_unit.addItem(self.tr("months"), "months")
        self.age_unit.setCurrentIndex(1)
        self.age_unit.setMinimumHeight(44)
        self.unwell = YesNo(False)
        self.vaccinated = YesNo(False)
        self.cord_healed = YesNo(True)
        self.feed = QSpinBox()
        self.feed.setRange(-1, 600)
        self.feed.setSingleStep(5)
        self.feed.setSpecialValueText(self.tr("Not sure"))
        self.feed.setSuffix(self.tr(" min"))
        self.feed.setValue(60)
        self.feed.setMinimumHeight(44)

        age_row = QHBoxLayout()
        age_row.addWidget(self.age)
        age_row.addWidget(self.age_unit)
        age_row.addStretch(1)
        rows = [
            (self.tr("How old is the baby?"), age_row),
            (self.tr("Is the baby unwell or feverish today?"), self.unwell),
            (self.tr("A vaccination in the last 48 hours?"), self.vaccinated),
            (self.tr("Has the cord stump fallen off and the navel healed?"), self.cord_healed),
            (self.tr("Minutes since the last feed"), self.feed),
        ]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(0, 1)
        for row, (question, field) in enumerate(rows):
            label = QLabel(question)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, row, 1)
            else:
                grid.addWidget(field, row, 1, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.unwell, self.vaccinated, self.cord_healed):
            widget.changed.connect(self.changed)
        self.age.valueChanged.connect(self.changed)
        self.age_unit.currentIndexChanged.connect(self.changed)
        self.feed.valueChanged.connect(self.changed)

    def age_months(self) -> float:
        if self.age_unit.currentData() == "weeks":
            return self.age.value() * 7 / AVERAGE_MONTH_DAYS
        return float(self.age.value())

    def set_age_months(self, months: float) -> None:
        if months < 3:
            self.age_unit.setCurrentIndex(0)
            self.age.setValue(round(months * AVERAGE_MONTH_DAYS / 7))
        else:
            self.age_unit.setCurrentIndex(1)
            self.age.setValue(int(months))

    def answers(self, skin_problem_areas: frozenset[str]) -> CheckAnswers:
        feed = self.feed.value()
        return CheckAnswers(
            age_months=self.age_months(),
            unwell=self.unwell.value,
            vaccinated_recently=self.vaccinated.value,
            minutes_since_feed=None if feed < 0 else feed,
            cord_healed=self.cord_healed.value,
            skin_problem_areas=skin_problem_areas,
        )
