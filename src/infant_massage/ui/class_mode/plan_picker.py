"""Choosing what the class learns: a saved plan, a routine or one area; her own list; saving
it by name; and the class handout (PDF) of the plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.class_plan import (
    ClassPlan,
    ClassPlanError,
    plan_from_area,
    plan_from_routine,
)
from infant_massage.storage.class_plans import ClassPlanFileError, ClassPlanStore
from infant_massage.ui.class_mode.keys import install_dialog_keys
from infant_massage.ui.class_mode.mode import ClassMode
from infant_massage.ui.class_mode.plan_editor import ClassPlanEditor
from infant_massage.ui.common.text_format import fill


class ClassPlanPicker(QWidget):
    handoutRequested = Signal(str)  # the PDF's path
    message = Signal(str)  # a one-line result or problem, for the presenter to show

    def __init__(
        self,
        mode: ClassMode,
        store: ClassPlanStore | None,
        slim: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.store = store
        self._catalog: Catalog = mode.catalog
        self.combo = QComboBox()
        self.combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.combo.setMinimumHeight(40)
        # Long plan names must not push the window wider than a small laptop screen.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(14)
        self.combo.setAccessibleName(self.tr("Class plan"))
        self.combo.activated.connect(self._chosen)
        self.edit_button = self._button(self.tr("Your own plan…"))
        self.edit_button.clicked.connect(self.edit)
        self.save_button = self._button(self.tr("Save plan…"))
        self.save_button.clicked.connect(lambda: self.save())
        self.save_button.setEnabled(store is not None)
        # Shorter under a single screen's wall, where the strip's rows must fit 1024 pixels.
        self.handout_button = self._button(
            self.tr("Handout…") if slim else self.tr("Handout (PDF)…")
        )
        self.handout_button.setToolTip(self.tr("The plan's class handout, as a PDF"))
        self.handout_button.clicked.connect(lambda: self.ask_handout())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not slim:
            layout.addWidget(QLabel(self.tr("Plan")))
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.edit_button)
        layout.addWidget(self.save_button)
        if not slim:  # the single screen's window puts it beside the buttons
            layout.addWidget(self.handout_button)
        mode.planChanged.connect(lambda _plan: self.reload())
        self.reload()

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(40)
        return button

    def _saved(self) -> list[ClassPlan]:
        if self.store is None:
            return []
        try:
            return self.store.plans()
        except ClassPlanFileError as exc:
            self.message.emit(fill(self.tr("The saved plans cannot be read: %1"), str(exc)))
            return []

    def reload(self) -> None:
        """Every plan on offer, the current one chosen (added on top when it is not saved)."""
        self.combo.clear()
        current = self.mode.plan
        entries: list[tuple[str, ClassPlan]] = []
        for plan in self._saved():
            entries.append((fill(self.tr("Saved: %1"), plan.name), plan))
        for routine in self._catalog.routines.routines:
            entries.append(
                (
                    fill(self.tr("Routine: %1"), str(routine.name)),
                    plan_from_routine(self._catalog, routine.id),
                )
            )
        for area in self._catalog.areas:
            entries.append(
                (
                    fill(self.tr("Area: %1"), str(area.name)),
                    plan_from_area(self._catalog, area.id),
                )
            )
        if not any(plan == current for _, plan in entries):
            entries.insert(0, (fill(self.tr("This plan: %1"), current.name), current))
        for text, plan in entries:
            self.combo.addItem(text, plan)
        self.combo.setCurrentIndex(next(i for i, (_, p) in enumerate(entries) if p == current))

    def _chosen(self, index: int) -> None:
        plan = self.combo.itemData(index)
        if plan is not None and plan != self.mode.plan:
            self.mode.set_plan(plan)

    def edit(self) -> ClassPlan | None:
        dialog = ClassPlanEditor(self._catalog, self.mode.plan, self.window())
        install_dialog_keys(dialog, self.mode)
        if dialog.exec() != ClassPlanEditor.DialogCode.Accepted or dialog.plan is None:
            return None
        self.mode.set_plan(dialog.plan)
        if self.store is not None:
            self.save(dialog.plan.name)
        return dialog.plan

    def save(self, name: str | None = None) -> bool:
        if self.store is None:
            return False
        if name is None:
            dialog = QInputDialog(self.window())
            dialog.setWindowTitle(self.tr("Save the plan"))
            dialog.setLabelText(self.tr("Name"))
            dialog.setTextValue(self.mode.plan.name)
            install_dialog_keys(dialog, self.mode)
            ok = dialog.exec() == QInputDialog.DialogCode.Accepted
            name = dialog.textValue()
            dialog.deleteLater()
            if not ok or not name.strip():
                return False
        try:
            plan = self.mode.plan.model_copy(update={"name": name.strip()[:60]})
            ClassPlan.model_validate(plan.model_dump())
            moved = self.store.save(plan)
        except (ClassPlanError, ValueError, OSError) as exc:
            self.message.emit(fill(self.tr("Not saved: %1"), str(exc)))
            return False
        if plan != self.mode.plan:
            self.mode.set_plan(plan)
        else:
            self.reload()
        text = fill(self.tr("Saved the plan “%1”."), plan.name)
        if moved is not None:
            text += " " + fill(
                self.tr("The old plans file could not be read; it is kept as %1."), moved.name
            )
        self.message.emit(text)
        return True

    def ask_handout(self) -> None:
        """Straight into the documents folder: a file dialog would show the laptop's file names
        on the wall when there is only one screen."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        slug = "".join(c if c.isalnum() else "-" for c in self.mode.plan.name.lower()).strip("-")
        name = fill(self.tr("class-handout-%1.pdf"), slug or "plan")
        self.handoutRequested.emit(str(Path(folder or Path.home()) / name))
