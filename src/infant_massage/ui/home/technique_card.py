"""One technique as it applies to the chosen area: what, how, how long, and what to watch for."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infant_massage.domain.catalog import Application, Technique
from infant_massage.ui.common import text_facts, theme
from infant_massage.ui.common.icons import icon
from infant_massage.ui.common.labels import warning_box, wrapped_label
from infant_massage.ui.common.technique_facts import FactsBlock, technique_facts
from infant_massage.ui.common.text_format import fill, numbered_step


def _widgets_in(layout: QLayout) -> Iterator[QWidget]:
    """The widgets a layout holds, its rows' too, top to bottom."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            yield item.widget()
        elif item.layout() is not None:
            yield from _widgets_in(item.layout())


def height_at(part: QWidget, width: int) -> int:
    """A part's height laid out at this width (a wrapping label's lines grow as it narrows)."""
    part.ensurePolished()  # its font may come from the style sheet
    height = part.heightForWidth(width)
    return height if height >= 0 else part.sizeHint().height()


def _icon_size() -> QSize:
    # Cards are made afresh for each area, so they take the current text size here.
    side = round(22 * theme.text_scale())
    return QSize(side, side)


class TechniqueCard(QFrame):
    guideRequested = Signal(str)  # technique id
    sessionRequested = Signal(str)  # technique id

    def __init__(
        self,
        technique: Technique,
        application: Application,
        blocked_reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.technique = technique
        self.application = application
        self.blocked_reason = blocked_reason
        self.setObjectName("card")
        self.setAccessibleName(str(technique.name))
        self.setAccessibleDescription(str(application.purpose))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(10)
        self._compact = False  # the buttons side by side, under the purpose
        self._under_actions: QWidget | None = None
        self._init_header(layout)
        self._init_guide_button(layout)
        self._init_facts(layout)
        self._init_steps(layout)
        self._init_cautions(layout)

    def _init_header(self, layout: QVBoxLayout) -> None:
        self._header = [wrapped_label(str(self.technique.name), "cardTitle")]
        if self.blocked_reason:
            self._header.append(wrapped_label(self.blocked_reason, "reason"))
        self._purpose = wrapped_label(str(self.application.purpose))
        self._header.append(self._purpose)
        for part in self._header:
            layout.addWidget(part)

    def guide_bottom_in_row_order(self, width: int) -> int:
        """How far down this card, as wide as width, the guide button would end with its
        buttons side by side under the purpose, wherever they are now (technique_panel.py)."""
        frame, inner = self.contentsMargins(), self.layout().contentsMargins()
        room = width - frame.left() - frame.right() - inner.left() - inner.right()
        header = sum(height_at(part, room) + self.layout().spacing() for part in self._header)
        pair = (self.guide_button, self.session_button)
        buttons = max(max(b.sizeHint().height(), b.minimumHeight()) for b in pair)
        return frame.top() + inner.top() + header + buttons

    def _init_guide_button(self, layout: QVBoxLayout) -> None:
        self.guide_button = QPushButton(self.tr("Watch the hand move"))
        self.guide_button.setObjectName("primary")
        colour = self.palette().color(QPalette.ColorRole.HighlightedText).name()
        self.guide_button.setIcon(icon("play", colour))
        self.guide_button.setIconSize(_icon_size())
        self.guide_button.setMinimumHeight(48)
        # Each name starts with the words on the button (a speech user says what they see),
        # then the technique: two cards' buttons read alike, their names must not.
        self.guide_button.setAccessibleName(
            fill(self.tr("%1: %2"), self.guide_button.text(), str(self.technique.name))
        )
        self.guide_button.clicked.connect(lambda: self.guideRequested.emit(self.technique.id))
        self.session_button = QPushButton(self.tr("Massage now"))
        self.session_button.setIcon(
            icon("timer", self.palette().color(QPalette.ColorRole.ButtonText).name())
        )
        self.session_button.setIconSize(_icon_size())
        self.session_button.setAccessibleName(
            fill(self.tr("%1: %2"), self.session_button.text(), str(self.technique.name))
        )
        self.session_button.setMinimumHeight(48)
        self.session_button.setToolTip(
            self.tr("A timed session of this technique, after a short safety check")
        )
        self.session_button.clicked.connect(lambda: self.sessionRequested.emit(self.technique.id))
        # Too young for it: the guide can still be watched ("for later"), but no session now.
        self.session_button.setEnabled(not self.blocked_reason)
        if self.blocked_reason:
            self.session_button.setToolTip(self.blocked_reason)
        row = self._actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.addWidget(self.guide_button)
        row.addWidget(self.session_button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_compact(self, compact: bool, stacked: bool | None = None) -> None:
        """Put the buttons straight under the title: in big words or a short column the purpose
        and the area's rules would push the way to the guide out of sight of the technique's
        name (1024x768). Stacked (by default when compact): one above the other in a narrow
        panel (800x600, 1024x768 with the largest text) so nothing is cut off."""
        stacked = compact if stacked is None else stacked
        self._actions.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        if compact != self._compact:
            self._compact = compact
            self._place_actions()

    def show_under_actions(self, part: QWidget | None) -> None:
        """The area's rules right under this card's buttons, in a column too short to show them
        above the first card (technique_panel.py says when); None gives them back."""
        if self._under_actions is not None and part is None:
            self.layout().removeWidget(self._under_actions)
        self._under_actions = part
        if part is not None:
            self._place_actions()

    def _place_actions(self) -> None:
        layout = self.layout()
        layout.removeItem(self._actions)
        if self._under_actions is not None:
            layout.removeWidget(self._under_actions)
        at = layout.indexOf(self._purpose) + (0 if self._compact else 1)
        layout.insertLayout(at, self._actions)
        if self._under_actions is not None:
            layout.insertWidget(at + 1, self._under_actions)
        # A screen reader reads the parts in their stacking order: make it the order on screen
        # (the buttons above the purpose, the area's rules under them, in a compact column).
        for part in _widgets_in(layout):
            part.raise_()

    def _init_facts(self, layout: QVBoxLayout) -> None:
        # The handout's facts too, in the block the guide page and the session show.
        self.facts = FactsBlock(technique_facts(self.technique, self.application))
        layout.addWidget(self.facts)

    def _init_steps(self, layout: QVBoxLayout) -> None:
        layout.addWidget(wrapped_label(self.tr("How to do it"), "fieldName"))
        # Worded for the parent's own view, with the wait after a feed as set.
        steps = self.application.step_texts(text_facts.shared().facts())
        for number, step in enumerate(steps, start=1):
            layout.addWidget(wrapped_label(numbered_step(number, step)))

    def _init_cautions(self, layout: QVBoxLayout) -> None:
        cautions = self.technique.cautions_on(self.application.area)
        if not cautions:
            return
        layout.addWidget(warning_box(self.tr("Take care"), cautions))
