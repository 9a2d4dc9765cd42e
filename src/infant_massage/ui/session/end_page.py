"""After a session: why it stopped (one tap), how the baby responded, a note, then a summary."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.session_record import (
    RESPONSE_SAID_BY,
    Outcome,
    Response,
    SessionRecord,
    StopReason,
)
from infant_massage.ui.common import text_facts
from infant_massage.ui.common.choice_labels import Choice, response_choices, stop_reason_choices
from infant_massage.ui.common.keyboard import plain_text_box, set_default_buttons
from infant_massage.ui.common.scroll_width import downward_scroll
from infant_massage.ui.common.text_format import clock, fill


class SessionEndPage(QWidget):
    reasonChosen = Signal(object)  # StopReason
    saved = Signal(object, str)  # Response or None, note
    done = Signal()
    retryRequested = Signal()  # the record could not be written yet: try again now

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._grids: dict[QButtonGroup, QGridLayout] = {}
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.reason_box = QWidget()
        self.response_box = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("sessionInfo")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("A note for later (optional)"))
        self.note.setMaximumHeight(110)
        self.note.setAccessibleName(self.tr("A note for later"))
        plain_text_box(self.note)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setMinimumHeight(56)
        self.save_button.clicked.connect(self._save)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("primary")
        self.done_button.setMinimumHeight(56)
        self.done_button.clicked.connect(self.done)
        # Shown only while the record waits to be written (a full disk): "Saved" is never said
        # before the write succeeded.
        self.retry_button = QPushButton(self.tr("Try saving again"))
        self.retry_button.setMinimumHeight(56)
        self.retry_button.clicked.connect(self.retryRequested)
        self.retry_button.setVisible(False)
        self.skip_reason_button = QPushButton(self.tr("Skip this question"))
        self.skip_reason_button.setMinimumHeight(48)
        self.skip_reason_button.clicked.connect(self._skip_reason)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("warningText")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reason_buttons = self._choices(
            self.reason_box, self.tr("Why did you stop?"), stop_reason_choices(), self._reason
        )
        self.response_buttons = self._choices(
            self.response_box, self.tr("How did the baby respond?"), response_choices(), None
        )
        # The page scrolls down when big text on a small screen needs more than its height.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(16)
        for widget in (self.title, self.message, self.reason_box):
            layout.addWidget(widget)
        layout.addWidget(self.skip_reason_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advice)
        layout.addWidget(self.response_box)
        layout.addWidget(self.note)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        scroll = downward_scroll(content)
        # Save, Done and "Try saving again" under the page, never scrolled out of sight.
        actions = QHBoxLayout()
        actions.setContentsMargins(40, 0, 40, 16)
        actions.addStretch(1)
        actions.addWidget(self.retry_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.done_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(actions)
        set_default_buttons(self, self.save_button, self.done_button)
        keys = {c.key for c in (*stop_reason_choices(), *response_choices())}
        for number in sorted(keys):  # the number keys pick the answer shown with that number
            shortcut = QShortcut(QKeySequence(str(number)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.choose_number(n))

    def _choices(
        self, box: QWidget, question: str, choices: list[Choice], on_click
    ) -> QButtonGroup:
        group = QButtonGroup(box)
        row = QGridLayout()  # three to a row: whole words at 800x600 too
        self._grids[group] = row
        for choice in choices:
            value, text, number = choice.value, choice.label, choice.key
            button = QPushButton(fill(self.tr("%1 (%2)"), text, number))
            button.setAccessibleName(text)
            button.setAccessibleDescription(
                fill(self.tr("%1 Press %2 to choose it."), question, number)
            )
            button.setCheckable(True)
            button.setObjectName("choice")
            button.setMinimumHeight(64)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setProperty("value", value.value)
            button.setProperty("number", number)
            group.addButton(button)
            index = len(group.buttons()) - 1
            row.addWidget(button, index // 3, index % 3)
            if on_click is not None:
                button.clicked.connect(lambda _=False, v=value: on_click(v))
        # The question itself takes the keyboard on arrival, not an answer: the Space or Return
        # that just paused or stopped the session must not record one. Tab reaches the answers.
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(question)
        label.setObjectName("cardTitle")
        label.setWordWrap(True)
        box.setAccessibleName(question)
        layout.addWidget(label)
        layout.addLayout(row)
        return group

    def show_record(self, record: SessionRecord) -> None:
        stopped = record.outcome == Outcome.STOPPED
        if stopped:
            self.title.setText(self.tr("Session stopped"))
            self.message.setText(self.tr("Stopping when the baby has had enough is exactly right."))
        else:
            self.title.setText(self.tr("Session finished"))
            self.message.setText(self.tr("Well done. Give the baby a cuddle and a rest."))
        for group in (self.reason_buttons, self.response_buttons):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
            self._offer(group, group.buttons())
        self.reason_box.setVisible(stopped)
        self.skip_reason_button.setVisible(stopped)
        self.advice.clear()
        self.advice.setVisible(False)
        self.response_box.setVisible(not stopped)
        self.note.clear()
        self.note.setVisible(not stopped)
        self.save_button.setVisible(not stopped)
        self.done_button.setVisible(False)
        self.retry_button.setVisible(False)
        self.summary.clear()
        self._record = record
        self.focus_question()

    def _offer(self, group: QButtonGroup, buttons: list) -> None:
        """Show these answers of a question, three to a row, and hide the others."""
        grid = self._grids[group]
        for button in group.buttons():
            grid.removeWidget(button)
            button.setVisible(button in buttons)
        for index, button in enumerate(buttons):
            grid.addWidget(button, index // 3, index % 3)

    def focus_question(self) -> None:
        """The keyboard starts on the question on screen (its name is read), not on an answer."""
        box = self.reason_box if self.reason_box.isVisibleTo(self) else self.response_box
        box.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_number(self, number: int) -> None:
        """A number key: the answer offered with that number in the question on screen."""
        if self.reason_box.isVisibleTo(self):
            buttons = self.reason_buttons.buttons()
        elif self.response_box.isVisibleTo(self):
            buttons = self.response_buttons.buttons()
        else:
            return
        for button in buttons:
            if button.property("number") == number and button.isVisibleTo(self):
                button.setFocus(Qt.FocusReason.ShortcutFocusReason)
                button.click()

    def _reason(self, reason: StopReason) -> None:
        self.reasonChosen.emit(reason)
        advice = {
            StopReason.SKIN_REACTION: self.tr(
                "Wash off any oil gently and leave the skin alone. If redness, a rash or "
                "swelling lasts or spreads, ask your health visitor, midwife or doctor."
            ),
            StopReason.CRYING: self.tr(
                "Comfort the baby. Try again another day, at a calmer moment; if the crying "
                "seems unusual for your baby, ask your health visitor or doctor."
            ),
        }.get(reason, "")
        if reason == StopReason.ASLEEP:
            # Safe sleep: the catalog's rule, so the words are the same as in F1 and the handouts.
            sleep = self._catalog.safety.rule("safe_sleep")
            facts = text_facts.shared().facts()
            said = (sleep.said(part, facts) for part in ("text", "detail", "why"))
            advice = " ".join(t for t in said if t)
        self.advice.setText(advice)
        self.advice.setVisible(bool(advice))
        said = RESPONSE_SAID_BY.get(reason)
        buttons = self.response_buttons.buttons()
        self._offer(self.response_buttons, [b for b in buttons if b.property("value") != said])
        self._ask_response()

    def _skip_reason(self) -> None:
        self._ask_response()

    def _ask_response(self) -> None:
        self.skip_reason_button.setVisible(False)
        self.reason_box.setVisible(False)
        self.response_box.setVisible(True)
        self.note.setVisible(True)
        self.save_button.setVisible(True)
        self.focus_question()

    def _save(self) -> None:
        checked = self.response_buttons.checkedButton()
        response = Response(checked.property("value")) if checked else None
        self.saved.emit(response, self.note.toPlainText())

    def show_summary(self, record: SessionRecord, where: str, waiting: bool = False) -> None:
        """The summary; `waiting`: the record is not written yet, so offer to try again."""
        areas = ", ".join(str(self._catalog.area(a).name) for a in record.areas) or "—"
        lines = [
            fill(
                self.tr("Time: %1 of %2"), clock(record.done_seconds), clock(record.planned_seconds)
            ),
            fill(self.tr("Areas: %1"), areas),
            where,
        ]
        self._summary_lines = lines
        self.summary.setText("\n".join(line for line in lines if line))
        self.retry_button.setVisible(waiting)
        for widget in (
            self.reason_box,
            self.skip_reason_button,
            self.response_box,
            self.note,
            self.save_button,
        ):
            widget.setVisible(False)
        self.done_button.setVisible(True)
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_saving(self, where: str, waiting: bool) -> None:
        """Update where the record is (saved at last, or still waiting) on a shown summary."""
        lines = getattr(self, "_summary_lines", None)
        if not lines:
            return
        lines[-1] = where
        self.summary.setText("\n".join(line for line in lines if line))
        self.retry_button.setVisible(waiting)
