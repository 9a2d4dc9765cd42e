"""One session in full beside the history table: its steps, how it ended, the note, delete."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import Outcome, SessionRecord
from infant_massage.storage.history.rows import stopped_area
from infant_massage.ui.common.icons import icon
from infant_massage.ui.common.keyboard import plain_text_box
from infant_massage.ui.common.labels import wrapped_label
from infant_massage.ui.common.text_format import clock, fill
from infant_massage.ui.history.wording import HistoryWording

NOTE_LIMIT = 2000


class HistoryDetail(QFrame):
    noteSaved = Signal(str, str)  # session id, note
    deleteRequested = Signal(str)  # session id

    def __init__(self, wording: HistoryWording, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._wording = wording
        self.record: SessionRecord | None = None
        self.title = wrapped_label(name="cardTitle")
        self.baby = wrapped_label()
        self.kind = wrapped_label(name="subtle")
        self.outcome = wrapped_label()
        self.time = wrapped_label()
        self.response = wrapped_label()
        self.steps = QGridLayout()
        self.steps.setHorizontalSpacing(14)
        self.steps.setVerticalSpacing(6)
        self.steps.setColumnStretch(0, 1)
        self.steps.setColumnStretch(1, 1)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("A note for later (optional)"))
        self.note.setMaximumHeight(120)
        self.note.setAccessibleName(self.tr("Note"))
        plain_text_box(self.note)
        self.note.textChanged.connect(self._note_changed)
        self.save_note_button = QPushButton(self.tr("Save note"))
        self.save_note_button.clicked.connect(self._save_note)
        self.delete_button = QPushButton(self.tr("Delete this session"))
        colour = self.palette().color(QPalette.ColorRole.ButtonText).name()
        self.delete_button.setIcon(icon("trash", colour))
        self.delete_button.setIconSize(QSize(20, 20))
        self.delete_button.clicked.connect(self._delete)
        self.empty = wrapped_label(
            self.tr("Choose a session in the table to see it here."), "subtle"
        )
        self._build()
        self.show_record(None)

    def _build(self) -> None:
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        for widget in (self.title, self.baby, self.kind, self.outcome, self.time, self.response):
            body.addWidget(widget)
        steps_title = wrapped_label(self.tr("Steps"), "fieldName")
        body.addWidget(steps_title)
        body.addLayout(self.steps)
        body.addWidget(wrapped_label(self.tr("Note"), "fieldName"))
        body.addWidget(self.note)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_note_button)
        body.addLayout(save_row)
        body.addSpacing(12)  # deleting stays well away from saving
        delete_row = QHBoxLayout()
        delete_row.addWidget(self.delete_button)
        delete_row.addStretch(1)
        body.addLayout(delete_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        layout.addStretch(1)

    def show_record(
        self,
        record: SessionRecord | None,
        profile: BabyProfile | None = None,
    ) -> None:
        self.record = record
        self.empty.setVisible(record is None)
        self.body.setVisible(record is not None)
        if record is None:
            return
        words = self._wording
        self.title.setText(words.when(record.started_at, long=True))
        if profile is not None:
            on: date = record.started_at.astimezone().date()
            self.baby.setText(
                fill(self.tr("%1, %2 at the time"), profile.name, words.age(profile, on))
            )
        else:
            self.baby.setText(self.tr("Practice on a doll") if record.practice else "")
        self.baby.setVisible(bool(self.baby.text()))
        self.kind.setText(words.session_kind(record.kind, record.routine, record.practice))
        self.outcome.setText(self._outcome_text(record))
        self.time.setText(
            fill(
                self.tr("%1 massaged of %2 planned"),
                clock(record.done_seconds),
                clock(record.planned_seconds),
            )
        )
        response = words.response(record.response)
        self.response.setText(fill(self.tr("Response: %1"), response) if response else "")
        self.response.setVisible(bool(response))
        self._fill_steps(record)
        self.note.blockSignals(True)
        self.note.setPlainText(record.note)
        self.note.blockSignals(False)
        self.save_note_button.setEnabled(False)
        self.updateGeometry()
        self._claim_width()

    def _claim_width(self) -> None:
        """Ask the scroll area round the pane for the width the pane needs: it scrolls down,
        never sideways, so nothing in it (a step's time) is cut at the right edge."""
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            bar = area.verticalScrollBar().sizeHint().width()
            area.setMinimumWidth(self.minimumSizeHint().width() + bar + 2 * area.frameWidth())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._claim_width()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._claim_width()

    def minimumSizeHint(self) -> QSize:
        # Tall enough for the wrapped texts at the current width, so that the scroll area
        # around the pane scrolls instead of squeezing the steps.
        hint = super().minimumSizeHint()
        width = max(self.width(), hint.width())
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(width)))

    def _outcome_text(self, record: SessionRecord) -> str:
        words = self._wording
        text = words.outcome(record.outcome, record.stop_reason)
        where = stopped_area(record.steps, record.outcome, record.stop_reason)
        if record.outcome is Outcome.STOPPED and where:
            text = fill(self.tr("%1 (during %2)"), text, words.area(where))
        if record.outcome is Outcome.INTERRUPTED:
            text = self.tr("Interrupted: the app closed before the end. What was done is kept.")
        return text

    def _fill_steps(self, record: SessionRecord) -> None:
        while self.steps.count():
            item = self.steps.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone now, not at the next turn of the event loop
                item.widget().deleteLater()
        words = self._wording
        for row, step in enumerate(record.steps):
            if step.skipped:
                done = self.tr("skipped")
            else:
                done = fill(
                    self.tr("%1 of %2"), clock(step.done_seconds), clock(step.planned_seconds)
                )
            cells = (words.area(step.area), words.technique(step.technique), done)
            for column, text in enumerate(cells):
                label = wrapped_label(text, "subtle" if step.skipped or column == 2 else "")
                # Names may wrap; a time ("0:39 of 0:45") never does, so it is never cut.
                label.setWordWrap(column < 2)
                self.steps.addWidget(label, row, column)
                label.show()  # now, so that the pane's new height counts it
        if not record.steps:
            none = wrapped_label(self.tr("No steps were recorded."), "subtle")
            self.steps.addWidget(none, 0, 0)
            none.show()

    def _note_changed(self) -> None:
        text = self.note.toPlainText()
        changed = self.record is not None and text != self.record.note
        self.save_note_button.setEnabled(changed and len(text) <= NOTE_LIMIT)

    def _save_note(self) -> None:
        if self.record is not None:
            self.noteSaved.emit(self.record.id, self.note.toPlainText())

    def _delete(self) -> None:
        if self.record is not None:
            self.deleteRequested.emit(self.record.id)
