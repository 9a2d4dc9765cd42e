"""The safety check's questions: plain yes/no choices with big targets, answered in seconds."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from infant_massage.domain.profile import AVERAGE_MONTH_DAYS
from infant_massage.domain.safety_check import CheckAnswers


class YesNo(QGroupBox):
    """Two big toggle buttons, unanswered until the parent taps one; the risky answer shows warm.

    To a screen reader the pair is one group named by its question; the arrow keys move
    between No and Yes (one Tab stop per question), Space or Return answers.
    """

    changed = Signal()

    def __init__(self, risky_answer: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("question")
        self.setFlat(True)
        self.no = QPushButton(self.tr("No"))
        self.yes = QPushButton(self.tr("Yes"))
        self._group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button, answer in ((self.no, False), (self.yes, True)):
            button.setCheckable(True)
            button.setMinimumSize(88, 44)
            button.setObjectName("riskChoice" if answer == risky_answer else "choice")
            self._group.addButton(button)
            layout.addWidget(button)
        self._group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.set_question("")

    def set_question(self, question: str) -> None:
        how = self.tr("The left and right arrow keys move between No and Yes; Space answers.")
        self.setAccessibleName(question)
        self.setAccessibleDescription(how)
        for button in (self.no, self.yes):
            button.setAccessibleDescription(f"{question} {how}".strip())

    def first_button(self) -> QPushButton:
        """Where the keyboard lands on this question: the answer given, else No."""
        return self.yes if self.yes.isChecked() else self.no

    @property
    def answered(self) -> bool:
        return self._group.checkedButton() is not None

    @property
    def value(self) -> bool | None:
        return None if not self.answered else self.yes.isChecked()

    def set_value(self, value: bool | None) -> None:
        if value is None:
            self._group.setExclusive(False)
            self.yes.setChecked(False)
            self.no.setChecked(False)
            self._group.setExclusive(True)
            self.changed.emit()
        else:
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
        self.age_unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.age_unit.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.age_unit.setMinimumHeight(44)
        self.unwell = YesNo(risky_answer=True)
        self.vaccinated = YesNo(risky_answer=True)
        self.cord_healed = YesNo(risky_answer=False)
        self.feed = QSpinBox()
        self.feed.setRange(-1, 600)
        self.feed.setSingleStep(5)
        self.feed.setSpecialValueText(self.tr("Not sure"))
        self.feed.setSuffix(self.tr(" min"))
        self.feed.setValue(-1)
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
        self.age.setAccessibleName(self.tr("How old is the baby?"))
        self.age_unit.setAccessibleName(self.tr("Age in weeks or months"))
        self.feed.setAccessibleName(self.tr("Minutes since the last feed"))
        for row, (question, field) in enumerate(rows):
            label = QLabel(question)
            label.setWordWrap(True)
            if isinstance(field, YesNo):
                field.set_question(question)
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

    def first_unanswered(self) -> QWidget | None:
        """The first yes/no question still open, for the keyboard to start on."""
        for question in (self.unwell, self.vaccinated, self.cord_healed):
            if not question.answered:
                return question.first_button()
        return None

    def unanswered(self) -> bool:
        return not all(q.answered for q in (self.unwell, self.vaccinated, self.cord_healed))

    def reset(self, age_months: float | None, cord_healed: bool | None) -> None:
        """A fresh check: nothing carried over from last time but what the profile says."""
        for question in (self.unwell, self.vaccinated):
            question.set_value(None)
        self.cord_healed.set_value(cord_healed)
        self.feed.setValue(-1)
        self.set_age_months(age_months if age_months is not None else 4.0)

    def answers(self, skin_problem_areas: frozenset[str], cautious: bool = True) -> CheckAnswers:
        feed = self.feed.value()
        return CheckAnswers(
            age_months=self.age_months(),
            # Until a question is answered, a session assumes the cautious answer; the page's
            # preview (cautious=False) shows only what the answers given so far change.
            unwell=self.unwell.value is not False if cautious else bool(self.unwell.value),
            vaccinated_recently=(
                self.vaccinated.value is not False if cautious else bool(self.vaccinated.value)
            ),
            minutes_since_feed=None if feed < 0 else feed,
            cord_healed=self.cord_healed.value is True
            or (not cautious and self.cord_healed.value is None),
            skin_problem_areas=skin_problem_areas,
        )
