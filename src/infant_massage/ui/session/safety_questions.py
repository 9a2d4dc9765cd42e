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

from infant_massage.domain.corrected_age import (
    AVERAGE_MONTH_DAYS,
    MAX_WEEKS_EARLY,
    corrected_months_from_age,
)
from infant_massage.domain.safety_check import CheckAnswers, KnownFacts
from infant_massage.ui.common.number_box import NumberBox
from infant_massage.ui.common.text_format import fill


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

    def __init__(self, vaccination_wait_hours: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = KnownFacts()
        # Nothing is preset that the parent has not told: the age starts empty ("Not given").
        self.age = NumberBox()
        self.age.setRange(-1, 156)
        self.age.setSpecialValueText(self.tr("Not given"))
        self.age.setValue(-1)
        self.age.setMinimumHeight(44)
        self.age.setAccessibleName(self.tr("The baby's age"))
        self.age_unit = QComboBox()
        self.age_unit.addItem(self.tr("weeks"), "weeks")
        self.age_unit.addItem(self.tr("months"), "months")
        self.age_unit.setCurrentIndex(1)
        self.age_unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.age_unit.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.age_unit.setMinimumHeight(44)
        self.age_hint = QLabel()
        self.age_hint.setObjectName("subtle")
        self.age_hint.setWordWrap(True)
        self.born_early = YesNo(risky_answer=True)
        self.weeks_early = QSpinBox()
        self.weeks_early.setRange(1, MAX_WEEKS_EARLY)
        self.weeks_early.setValue(4)
        self.weeks_early.setSuffix(self.tr(" weeks early"))
        self.weeks_early.setMinimumHeight(44)
        self.weeks_early.setAccessibleName(self.tr("Weeks born before the due date"))
        self.weeks_early.setEnabled(False)
        self.weeks_early.setVisible(False)
        self.unwell = YesNo(risky_answer=True)
        self.vaccinated = YesNo(risky_answer=True)
        self.cord_healed = YesNo(risky_answer=False)
        self.cord_hint = QLabel()
        self.cord_hint.setObjectName("subtle")
        self.cord_hint.setWordWrap(True)
        self.feed = NumberBox()
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
        early_row = QHBoxLayout()
        early_row.addWidget(self.born_early)
        early_row.addWidget(self.weeks_early)
        early_row.addStretch(1)
        rows = [
            (self.tr("How old is the baby?"), age_row),
            (None, self.age_hint),
            (self.tr("Was the baby born early (before 37 weeks)?"), early_row),
            (self.tr("Is the baby unwell or feverish today?"), self.unwell),
            (
                fill(self.tr("A vaccination in the last %1 hours?"), str(vaccination_wait_hours)),
                self.vaccinated,
            ),
            (self.tr("Has the cord stump fallen off and the navel healed?"), self.cord_healed),
            (None, self.cord_hint),
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
            if question is None:  # a hint under the question above, across both columns
                grid.addWidget(field, row, 0, 1, 2)
                continue
            label = QLabel(question)
            label.setWordWrap(True)
            # The pair is named by its question, also when it shares its row (born early).
            parts = (
                [field.itemAt(i).widget() for i in range(field.count())]
                if isinstance(field, QHBoxLayout)
                else [field]
            )
            for part in parts:
                if isinstance(part, YesNo):
                    part.set_question(question)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, row, 1)
            else:
                grid.addWidget(field, row, 1, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.unwell, self.vaccinated, self.cord_healed, self.born_early):
            widget.changed.connect(self.changed)
        self.born_early.changed.connect(self._show_weeks_early)
        self.weeks_early.valueChanged.connect(self.changed)
        self.age.valueChanged.connect(self.changed)
        self.age.valueChanged.connect(self._show_age_hint)
        self.age_unit.currentIndexChanged.connect(self.changed)
        self.feed.valueChanged.connect(self.changed)

    def _show_weeks_early(self) -> None:
        # How early is asked only once the parent says the baby was born early.
        early = self.born_early.value is True
        self.weeks_early.setEnabled(early)
        self.weeks_early.setVisible(early)

    def age_given(self) -> bool:
        return self.age.value() >= 0

    def age_since_birth_months(self) -> float | None:
        if not self.age_given():
            return None
        if self.age_unit.currentData() == "weeks":
            return self.age.value() * 7 / AVERAGE_MONTH_DAYS
        return float(self.age.value())

    def weeks_early_value(self) -> int:
        return self.weeks_early.value() if self.born_early.value is True else 0

    def age_months(self) -> float | None:
        """The age the app decides with: corrected for a baby born early; None until given."""
        since_birth = self.age_since_birth_months()
        if since_birth is None:
            return None
        return corrected_months_from_age(since_birth, self.weeks_early_value())

    def set_age_months(self, months: float | None) -> None:
        if months is None:
            self.age_unit.setCurrentIndex(1)
            self.age.setValue(-1)
        elif months < 3:
            self.age_unit.setCurrentIndex(0)
            self.age.setValue(round(months * AVERAGE_MONTH_DAYS / 7))
        else:
            self.age_unit.setCurrentIndex(1)
            self.age.setValue(int(months))

    def first_unanswered(self) -> QWidget | None:
        """The first question still open, for the keyboard to start on: the age when no profile
        gave it (nothing is preset), then the yes/no questions."""
        if not self.age_given():
            return self.age
        for question in (self.unwell, self.vaccinated, self.cord_healed):
            if not question.answered:
                return question.first_button()
        return None

    def unanswered(self) -> bool:
        # "Born early?" may stay unanswered (most babies are not); the age must be given.
        questions = (self.unwell, self.vaccinated, self.cord_healed)
        return not self.age_given() or not all(q.answered for q in questions)

    def reset(self, known: KnownFacts | None = None) -> None:
        """A fresh check: nothing carried over from last time, nothing assumed, only what the
        baby's profile says (and a guess from the age shown as a guess, never as an answer)."""
        self.known = known = known or KnownFacts()
        for question in (self.unwell, self.vaccinated):
            question.set_value(None)
        self.cord_healed.set_value(known.cord_healed)
        if known.weeks_early is None:
            self.born_early.set_value(None)
        else:
            self.born_early.set_value(known.weeks_early > 0)
            if known.weeks_early > 0:
                self.weeks_early.setValue(known.weeks_early)
        self._show_weeks_early()
        self.feed.setValue(-1)
        self.set_age_months(known.age_months)
        self._show_age_hint()
        self.cord_hint.setText(self._cord_hint(known))
        self.cord_hint.setVisible(bool(self.cord_hint.text()))

    def _show_age_hint(self) -> None:
        # The plea for the age goes once the parent gives it; a profile's age says where from.
        if self.known.name is not None:
            self.age_hint.setText(fill(self.tr("From %1's profile."), self.known.name))
        elif not self.age_given():
            self.age_hint.setText(self.tr("No baby profile is chosen: please give the age."))
        else:
            self.age_hint.setText("")
        self.age_hint.setVisible(bool(self.age_hint.text()))

    def _cord_hint(self, known: KnownFacts) -> str:
        if known.cord_healed is not None and known.name is not None:
            return fill(self.tr("From %1's profile."), known.name)
        if known.cord_guess is None or known.age_days is None:
            return ""
        if known.cord_guess:
            text = self.tr(
                "A guess from the age only (%n day(s) old): the navel has usually healed by "
                "now. Please look and answer.",
                "",
                known.age_days,
            )
        else:
            text = self.tr(
                "A guess from the age only (%n day(s) old): the navel may not have healed yet. "
                "Please look and answer.",
                "",
                known.age_days,
            )
        return text

    def answers(self, skin_problem_areas: frozenset[str], cautious: bool = True) -> CheckAnswers:
        feed = self.feed.value()
        age = self.age_months()
        # The cord's preview follows the guess from the age until the parent answers.
        guess = self.known.cord_guess if self.known.cord_guess is not None else True
        return CheckAnswers(
            # Until the age is given, a session would assume the youngest (the strictest limits;
            # Start waits for the age anyway) and the preview shows no age limit at all.
            age_months=age if age is not None else 0.0 if cautious else float("inf"),
            weeks_early=self.weeks_early_value(),
            # Until a question is answered, a session assumes the cautious answer; the page's
            # preview (cautious=False) shows only what the answers given so far change.
            unwell=self.unwell.value is not False if cautious else bool(self.unwell.value),
            vaccinated_recently=(
                self.vaccinated.value is not False if cautious else bool(self.vaccinated.value)
            ),
            minutes_since_feed=None if feed < 0 else feed,
            cord_healed=self.cord_healed.value is True
            or (not cautious and self.cord_healed.value is None and guess),
            skin_problem_areas=skin_problem_areas,
        )
