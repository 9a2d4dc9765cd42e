"""The laptop's view while the projector shows the wall: a small preview of the wall, the
controls, what comes next, the plan, and the step's how-to and cautions as the nurse's notes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from infant_massage.domain.guide import HandState
from infant_massage.storage.class_plans import ClassPlanStore
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.class_mode.controls import ClassControls
from infant_massage.ui.class_mode.keys import class_keys
from infant_massage.ui.class_mode.mode import ClassMode
from infant_massage.ui.class_mode.plan_picker import ClassPlanPicker
from infant_massage.ui.class_mode.stage import ClassStage
from infant_massage.ui.class_mode.windows import control_font_sheet
from infant_massage.ui.common.labels import wrapped_label
from infant_massage.ui.common.scroll_width import downward_scroll
from infant_massage.ui.common.technique_facts import technique_facts
from infant_massage.ui.common.text_format import fill
from infant_massage.ui.guide.captions import captions
from infant_massage.ui.guide.rig_hands import RigHands

PREVIEW_SIZE = QSize(448, 252)  # 16:9, like most projectors


class PresenterWindow(QWidget):
    def __init__(
        self,
        mode: ClassMode,
        illustrations: Illustrations,
        hands: RigHands,
        store: ClassPlanStore | None,
        tone_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setWindowTitle(self.tr("Infant Massage Guide: class mode"))
        self.preview = ClassStage(mode, illustrations, hands, preview=True, tone_id=tone_id)
        self.preview.setFixedSize(PREVIEW_SIZE)
        self.preview_label = wrapped_label(self.tr("On the wall now:"), "fieldName")
        self.controls = ClassControls(mode)
        self.picker = ClassPlanPicker(mode, store)
        self.now_label = QLabel()
        self.now_label.setObjectName("cardTitle")
        self.now_label.setWordWrap(True)
        self.next_label = wrapped_label("")
        self.message = wrapped_label("")
        self.message.setObjectName("subtle")
        self.privacy = wrapped_label(
            self.tr("Class mode: no baby's name, age, notes or history is shown on any screen.")
        )
        self.privacy.setObjectName("subtle")
        self.keys = QLabel(
            f"<h3>{escape(self.tr('Keys'))}</h3>"
            + "<br>".join(f"<b>{escape(k.label)}</b>: {escape(k.what)}" for k in class_keys())
        )
        self.keys.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._current_step: int | None = None
        self._init_layout()
        self.setStyleSheet(control_font_sheet())
        self.picker.message.connect(self.message.setText)
        mode.stepChanged.connect(self._show_step)
        mode.viewpointChanged.connect(lambda _viewpoint: self._fill_notes())
        self.preview.view.stateChanged.connect(self._show_state)
        self._show_step(mode.index)

    def _init_layout(self) -> None:
        notes_box = QFrame()
        notes_box.setObjectName("card")
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(18, 14, 18, 14)
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(self.keys)
        notes_layout.addStretch(1)
        scroll = downward_scroll(notes_box)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        wall = QVBoxLayout()
        wall.addWidget(self.preview_label)
        wall.addWidget(self.preview)
        wall.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(wall)
        top.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.privacy)
        layout.addLayout(top, 1)
        layout.addWidget(self.now_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.controls)
        layout.addWidget(self.picker)
        layout.addWidget(self.message)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # As big as the room leaves, always the wall's 16:9 shape.
        width = int(min(self.width() * 0.6, self.height() * 0.45 * 16 / 9))
        width = max(PREVIEW_SIZE.width() // 2, width)
        self.preview.setFixedSize(width, round(width * 9 / 16))

    def _name(self, index: int) -> str:
        step = self.mode.plan.steps[index]
        catalog = self.mode.catalog
        return fill(
            self.tr("%1 · %2"),
            str(catalog.technique(step.technique).name),
            str(catalog.area(step.area).name),
        )

    def _show_step(self, index: int) -> None:
        mode = self.mode
        self.now_label.setText(
            fill(
                self.tr("Step %1 of %2: %3"),
                str(index + 1),
                str(mode.cursor.count),
                self._name(index),
            )
        )
        following = mode.cursor.next_step
        self.next_label.setText(
            fill(self.tr("Next: %1"), self._name(index + 1))
            if following is not None
            else self.tr("Next: the end of the plan.")
        )
        self._current_step = None
        self._fill_notes()

    def _show_state(self, state: HandState) -> None:
        current = captions().current_step(self.preview.view.guide, state)
        if current != self._current_step:
            self._current_step = current
            self._fill_notes()

    def _fill_notes(self) -> None:
        """The how-to steps (the one the hand is doing in bold) and every caution."""
        mode = self.mode
        step = mode.step
        technique = mode.catalog.technique(step.technique)
        application = technique.application_for(step.area)
        area = mode.catalog.area(step.area)
        assert application is not None
        parts = [
            f"<h3>{escape(self.tr('How to do it'))}</h3><ol>",
            *(
                f"<li><b>{escape(str(s))}</b></li>"
                if i == self._current_step
                else f"<li>{escape(str(s))}</li>"
                for i, s in enumerate(mode.step_texts(self.preview.view.guide or mode.guide()))
            ),
            "</ol>",
            "<p>",
            "<br>".join(  # the facts of the technique's card and handout
                f"<b>{escape(fact.label)}:</b> {escape(fact.value)}"
                for fact in technique_facts(technique, application)
            ),
            "</p>",
        ]
        cautions = [*technique.cautions_on(application.area), *area.cautions]
        if cautions:
            parts.append(f"<h3>{escape(self.tr('Take care'))}</h3><ul>")
            parts += [f"<li>{escape(str(c))}</li>" for c in cautions]
            parts.append("</ul>")
        self.notes.setText("".join(parts))
