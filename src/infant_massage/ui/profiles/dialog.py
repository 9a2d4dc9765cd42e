"""Add or edit a baby: name, birth date, born early, when the cord stump healed, notes; or delete.

The baby's age decides what the app offers, so the dialog says the age as the date is picked;
for a baby born early it also says the corrected age (from the due date), which the app uses.
Deleting asks once more, inside the dialog, and says how many sessions go with the profile.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from infant_massage.domain.corrected_age import MAX_WEEKS_EARLY
from infant_massage.domain.profile import BabyProfile
from infant_massage.ui.common import theme
from infant_massage.ui.common.text_format import fill
from infant_massage.ui.profiles.age_text import full_age_text


class ProfileDialog(QDialog):
    def __init__(
        self,
        profile: BabyProfile | None = None,
        session_count: int = 0,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.original = profile
        self.profile: BabyProfile | None = None  # the result, once saved
        self.deleted = False
        self._session_count = session_count
        self._today = today()
        self.setWindowTitle(self.tr("Edit the baby") if profile else self.tr("Add a baby"))
        # Wide enough for the check boxes' words at every text size (largest: 1.8x).
        self.setMinimumWidth(min(round(520 * theme.text_scale()), 980))
        self._init_fields()
        self._init_buttons()
        self._init_layout()
        if profile is not None:
            self._load(profile)
        self._check()

    def _init_fields(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.name_edit.setPlaceholderText(self.tr("The baby's name or a nickname"))
        today = QDate(self._today)
        self.birth_edit = QDateEdit(today)
        self.early_box = QCheckBox(self.tr("Born early (before the due date)"))
        self.weeks_early_edit = QSpinBox()
        self.weeks_early_edit.setRange(1, MAX_WEEKS_EARLY)
        self.weeks_early_edit.setValue(4)
        self.weeks_early_edit.setSuffix(self.tr(" weeks early"))
        self.weeks_early_edit.setAccessibleName(self.tr("Weeks born before the due date"))
        self.weeks_early_edit.setToolTip(
            self.tr("40 weeks minus the weeks of pregnancy at birth, e.g. born at 32 weeks: 8")
        )
        self.weeks_early_edit.setEnabled(False)
        self.early_box.toggled.connect(self.weeks_early_edit.setEnabled)
        self.early_box.toggled.connect(self._check)
        self.weeks_early_edit.valueChanged.connect(self._check)
        self.cord_box = QCheckBox(self.tr("The cord stump has healed"))
        self.cord_edit = QDateEdit(today)
        for edit in (self.birth_edit, self.cord_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMMM yyyy")
            edit.setMaximumDate(today)
            edit.setMinimumDate(today.addYears(-6))
            edit.dateChanged.connect(self._check)
        self.cord_edit.setEnabled(False)
        self.cord_box.toggled.connect(self.cord_edit.setEnabled)
        self.cord_box.toggled.connect(self._check)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Anything to remember (optional)"))
        self.notes_edit.setMaximumHeight(90)
        self.demo_box = QCheckBox(self.tr("Demonstration profile for a class (no real baby)"))
        self.age_label = QLabel()
        self.age_label.setObjectName("subtle")
        self.age_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("reason")
        self.problem_label.setWordWrap(True)
        self.name_edit.textChanged.connect(self._check)
        self.notes_edit.textChanged.connect(self._check)

    def _init_buttons(self) -> None:
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.delete_button = QPushButton(self.tr("Delete this profile…"))
        self.delete_button.clicked.connect(self._ask_delete)
        self.delete_button.setVisible(self.original is not None)
        self.confirm_box = QFrame()
        self.confirm_box.setObjectName("warningBox")
        self.confirm_label = QLabel()
        self.confirm_label.setObjectName("warningText")
        self.confirm_label.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Delete"))
        self.confirm_button.setObjectName("danger")
        self.confirm_button.clicked.connect(self._delete)
        row = QHBoxLayout(self.confirm_box)
        row.addWidget(self.confirm_label, 1)
        row.addWidget(self.confirm_button)
        self.confirm_box.hide()

    def _init_layout(self) -> None:
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Born on"), self.birth_edit)
        form.addRow("", self.early_box)
        form.addRow(self.tr("How early"), self.weeks_early_edit)
        form.addRow("", self.age_label)
        form.addRow("", self.cord_box)
        form.addRow(self.tr("Healed on"), self.cord_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        form.addRow("", self.demo_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.confirm_box)
        layout.addLayout(buttons)

    def _load(self, profile: BabyProfile) -> None:
        self.name_edit.setText(profile.name)
        self.birth_edit.setDate(QDate(profile.birth_date))
        if profile.weeks_early > 0:
            self.early_box.setChecked(True)
            self.weeks_early_edit.setValue(profile.weeks_early)
        if profile.cord_healed_on is not None:
            self.cord_box.setChecked(True)
            self.cord_edit.setDate(QDate(profile.cord_healed_on))
        self.notes_edit.setPlainText(profile.notes)
        self.demo_box.setChecked(profile.demo)

    def _candidate(self) -> BabyProfile:
        healed = self.cord_edit.date().toPython() if self.cord_box.isChecked() else None
        fields = {
            "name": self.name_edit.text().strip(),
            "birth_date": self.birth_edit.date().toPython(),
            "cord_healed_on": healed,
            "weeks_early": self.weeks_early_edit.value() if self.early_box.isChecked() else 0,
            "notes": self.notes_edit.toPlainText(),
            "demo": self.demo_box.isChecked(),
        }
        if self.original is not None:
            fields["id"] = self.original.id
        return BabyProfile.model_validate(fields)

    def _check(self, *_args) -> bool:
        """Say what is wrong, if anything, and allow Save only when nothing is."""
        problem = ""
        try:
            candidate = self._candidate()
        except ValidationError as exc:
            candidate = None
            field = str(exc.errors()[0]["loc"][0]) if exc.errors()[0]["loc"] else ""
            problem = {
                "name": self.tr("Please give a name (a nickname is fine)."),
                "notes": self.tr("The notes are too long."),
            }.get(field, self.tr("The cord cannot heal before the baby is born."))
        if candidate is not None:
            self.age_label.setText(fill(self.tr("%1 today"), full_age_text(candidate, self._today)))
        self.problem_label.setText(problem if self.name_edit.text() or candidate else "")
        self.save_button.setEnabled(candidate is not None)
        return candidate is not None

    def _save(self) -> None:
        if not self._check():
            return
        self.profile = self._candidate()
        self.accept()

    def _ask_delete(self) -> None:
        name = self.original.name if self.original else ""
        text = fill(
            self.tr(
                "Delete %1 and %n session(s) from the history? This cannot be undone; "
                "export a backup first to keep them.",
                "",
                self._session_count,
            ),
            name,
        )
        self.confirm_label.setText(text)
        self.confirm_box.show()
        self.confirm_button.setFocus()

    def _delete(self) -> None:
        self.deleted = True
        self.accept()
