"""The nurse's own class plan: technique-area pairs in her order, under a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.class_plan import MAX_STEPS, ClassPlan, ClassStep
from infant_massage.ui.common.text_format import fill


class ClassPlanEditor(QDialog):
    def __init__(self, catalog: Catalog, plan: ClassPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.setWindowTitle(self.tr("Your own class plan"))
        self.name = QLineEdit(plan.name)
        self.name.setMaxLength(60)
        self.steps = QListWidget()
        self.steps.setMinimumSize(420, 300)
        for step in plan.steps:
            self._add_item(step)
        self.area = QComboBox()
        for area in catalog.areas:
            self.area.addItem(str(area.name), area.id)
        self.technique = QComboBox()
        self.area.currentIndexChanged.connect(self._fill_techniques)
        self._fill_techniques()
        self.add_button = QPushButton(self.tr("Add this step"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.problem = QLabel()
        self.problem.setObjectName("reason")
        self.problem.setWordWrap(True)
        self.ok_cancel = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_cancel.accepted.connect(self._accept)
        self.ok_cancel.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        picker = QGridLayout()
        picker.addWidget(QLabel(self.tr("Area")), 0, 0)
        picker.addWidget(self.area, 0, 1)
        picker.addWidget(QLabel(self.tr("Technique")), 1, 0)
        picker.addWidget(self.technique, 1, 1)
        picker.addWidget(self.add_button, 2, 1)
        moves = QGridLayout()
        moves.addWidget(self.up_button, 0, 0)
        moves.addWidget(self.down_button, 0, 1)
        moves.addWidget(self.remove_button, 0, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.steps, 1)
        layout.addLayout(moves)
        layout.addLayout(picker)
        layout.addWidget(self.problem)
        layout.addWidget(self.ok_cancel)
        self.plan: ClassPlan | None = None

    def _fill_techniques(self) -> None:
        self.technique.clear()
        for technique in self._catalog.techniques_on(self.area.currentData()):
            self.technique.addItem(str(technique.name), technique.id)

    def _text(self, step: ClassStep) -> str:
        return fill(
            self.tr("%1 · %2"),
            str(self._catalog.technique(step.technique).name),
            str(self._catalog.area(step.area).name),
        )

    def _add_item(self, step: ClassStep) -> None:
        item = QListWidgetItem(self._text(step))
        item.setData(Qt.ItemDataRole.UserRole, (step.area, step.technique))
        self.steps.addItem(item)

    def _add(self) -> None:
        if self.steps.count() >= MAX_STEPS:
            self.problem.setText(fill(self.tr("A plan has at most %1 steps."), str(MAX_STEPS)))
            return
        self._add_item(
            ClassStep(area=self.area.currentData(), technique=self.technique.currentData())
        )
        self.steps.setCurrentRow(self.steps.count() - 1)

    def _remove(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.steps.takeItem(row)

    def _move(self, step: int) -> None:
        row = self.steps.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.steps.count():
            return
        item = self.steps.takeItem(row)
        self.steps.insertItem(target, item)
        self.steps.setCurrentRow(target)

    def current_plan(self) -> ClassPlan:
        """The plan as edited (ValueError when the name is empty or there is no step)."""
        steps = []
        for row in range(self.steps.count()):
            area, technique = self.steps.item(row).data(Qt.ItemDataRole.UserRole)
            steps.append(ClassStep(area=area, technique=technique))
        return ClassPlan(name=self.name.text(), steps=steps)

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Give the plan a name."))
            return
        if self.steps.count() == 0:
            self.problem.setText(self.tr("Add at least one step."))
            return
        try:
            self.plan = self.current_plan()
        except ValueError:
            self.problem.setText(self.tr("The name must be one line of at most 60 characters."))
            return
        self.accept()
