"""The guide screen: the animated close-up with its controls, captions and the how-to steps.

The steps stand beside the picture, the step the hand is doing highlighted and scrolled into
sight. On a page too narrow for the controls under the picture (1024x768 with the largest
text) the controls make a band along the bottom, so the steps keep their column; the caption
is as tall as the guide's longest (SteadyLabel), so the picture never jumps as the hand moves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infant_massage.domain.clock import Playback
from infant_massage.domain.guide import Guide, HandState
from infant_massage.domain.viewpoint import Viewpoint
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.common import text_facts
from infant_massage.ui.common.baby_position import BabyPosition
from infant_massage.ui.common.fitting_page import FittingPage
from infant_massage.ui.common.icons import icon
from infant_massage.ui.common.scaled_words import scale_words
from infant_massage.ui.common.scroll_width import downward_scroll
from infant_massage.ui.common.steady_label import SteadyLabel
from infant_massage.ui.common.technique_facts import WHILE_MASSAGING, FactsBlock, technique_facts
from infant_massage.ui.common.text_format import fill, numbered_step
from infant_massage.ui.guide.captions import captions
from infant_massage.ui.guide.rig_hands import RigHands
from infant_massage.ui.guide.view import GuideView

SPEEDS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5)
# Where the player's controls go: under the picture, or along the bottom under it and the steps.
UNDER_THE_GUIDE, ALONG_THE_BOTTOM = "under the guide", "along the bottom"
GUIDE_SHARE = 3 / 5  # of the page's width: the picture's column; the steps have the rest
COLUMN_SPACING, ROW_SPACING = 16, 8
CAPTION_ALONG_THE_BOTTOM = 1.4  # times the body text; 2 under the guide
SAMPLE_SECONDS = 0.25  # shorter than any stroke, press or pass: every count is seen
STEP_MARGIN = 8  # px kept round the current step when the steps scroll to it


class GuidePanel(FittingPage):
    closeRequested = Signal()
    # The page's own "Still diagram" box, clicked: the user's setting (not the desktop's wish,
    # which only sets the box), so whoever keeps the settings stores it.
    stillDiagramsToggled = Signal(bool)

    def __init__(
        self,
        illustrations: Illustrations,
        hands: RigHands,
        playback: Playback | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = GuideView(illustrations, hands, playback)
        self._step_labels: list[QLabel] = []
        self._shown_for: Guide | None = None
        self._shown: tuple[set[str], set[str]] = (set(), set())
        self._init_widgets()
        self._init_layout()
        self._init_shortcuts()
        self.view.stateChanged.connect(self._show_state)
        self.view.playingChanged.connect(self._show_playing)
        self.view.viewpointChanged.connect(self._show_viewpoint)
        text_facts.shared().changed.connect(self._refill_steps)

    # --- construction ------------------------------------------------------------------------

    def _button(self, text: str, icon_name: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(48)
        if icon_name:
            button.setIcon(icon(icon_name, self._text_colour()))
            button.setIconSize(QSize(24, 24))
        return button

    def _text_colour(self) -> str:
        return self.palette().color(QPalette.ColorRole.ButtonText).name()

    def _init_widgets(self) -> None:
        self.back_button = self._button(self.tr("Back to the areas (Esc)"), "previous")
        self.back_button.clicked.connect(self._close)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("subtle")
        self.subtitle.setWordWrap(True)
        self.caption = SteadyLabel()
        self.caption.setObjectName("caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.counter = SteadyLabel()
        self.counter.setObjectName("subtle")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.play_button = self._button(self.tr("Play (Space)"), "play")
        self.play_button.setObjectName("primary")
        self.play_button.clicked.connect(self.view.toggle)
        self.restart_button = self._button(self.tr("Restart (R)"), "restart")
        self.restart_button.clicked.connect(self.view.restart)
        self.speed = QComboBox()
        self.speed.setMinimumHeight(48)
        self.speed.setAccessibleName(self.tr("Speed"))
        for value in SPEEDS:
            # The keys on the control, as on every button: + faster, - slower.
            self.speed.addItem(fill(self.tr("%1× speed (+ −)"), f"{value:g}"), value)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(lambda index: self.view.set_speed(SPEEDS[index]))
        self.loop_box = QCheckBox(self.tr("Loop (L)"))
        self.loop_box.setChecked(True)
        self.loop_box.toggled.connect(self.view.set_loop)
        self.view_choice = QComboBox()
        self.view_choice.setMinimumHeight(48)
        self.view_choice.setAccessibleName(self.tr("View (V)"))
        self.view_choice.setToolTip(
            self.tr("Turn the whole picture round, e.g. for a class facing you (V)")
        )
        for viewpoint in Viewpoint:
            self.view_choice.addItem(fill(self.tr("%1 (V)"), viewpoint_name(viewpoint)), viewpoint)
        self.view_choice.currentIndexChanged.connect(
            lambda index: self.view.set_viewpoint(self.view_choice.itemData(index))
        )
        # D is the window's key (View > Still diagrams), the same setting as this box.
        self.still_box = QCheckBox(self.tr("Still diagram (D)"))
        self.still_box.setToolTip(self.tr("Show the path and key hand positions without motion"))
        self.still_box.toggled.connect(self._set_reduced_motion)
        self.still_box.clicked.connect(self.stillDiagramsToggled)
        self.how_to = FactsBlock()  # the card's pressure and direction, as the card shows them

    def _init_layout(self) -> None:
        # Two rows, so every label stays whole at 800x600.
        playing = QHBoxLayout()
        playing.setSpacing(10)
        for widget in (self.play_button, self.restart_button, self.speed):
            playing.addWidget(widget)
        playing.addStretch(1)
        viewing = QHBoxLayout()
        viewing.setSpacing(14)
        viewing.addWidget(self.view_choice)
        viewing.addWidget(self.loop_box)
        viewing.addWidget(self.still_box)
        viewing.addStretch(1)
        self.controls = QWidget()
        controls = QVBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addLayout(playing)
        controls.addLayout(viewing)

        # The picture crops to any size: at 1024x768 with the largest text it gives up height
        # before the caption under it is pushed over it.
        self.view.setMinimumSize(240, 160)
        self.words = QWidget()
        words = QVBoxLayout(self.words)
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.caption)
        words.addWidget(self.counter)

        self.steps_box = QFrame()
        self.steps_box.setObjectName("card")
        self.steps_layout = QVBoxLayout(self.steps_box)
        self.steps_layout.setContentsMargins(18, 14, 18, 14)
        self.steps_layout.setSpacing(8)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 6, 0)
        side_layout.addWidget(self.steps_box)
        side_layout.addWidget(self.how_to)
        side_layout.addStretch(1)
        self.steps_scroll = downward_scroll(side)
        self.steps_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the guide's

        # The lying and age note across the page under the Back button and the title: at
        # 1024x768 with the largest text, beside the button it took three lines.
        header = QGridLayout()
        header.setVerticalSpacing(2)
        header.addWidget(self.back_button, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.title, 0, 1)
        header.addWidget(self.subtitle, 1, 0, 1, 2)
        header.setColumnStretch(1, 1)

        self._body = QGridLayout()
        self._body.setHorizontalSpacing(COLUMN_SPACING)
        self._body.setVerticalSpacing(ROW_SPACING)
        self._body.setColumnStretch(0, 3)
        self._body.setColumnStretch(1, 2)
        self._body.setRowStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(header)
        layout.addLayout(self._body, 1)
        self.arrangement = ""
        self._arrange(UNDER_THE_GUIDE)

    def _arrange(self, arrangement: str) -> None:
        """The caption and the controls under the picture, the steps beside them all
        (UNDER_THE_GUIDE), or the steps beside the picture alone, the caption and the controls
        along the bottom across the page (ALONG_THE_BOTTOM)."""
        if arrangement == self.arrangement:
            return
        self.arrangement = arrangement
        for widget in (self.view, self.words, self.steps_scroll, self.controls):
            self._body.removeWidget(widget)
        self._body.addWidget(self.view, 0, 0)
        if arrangement == UNDER_THE_GUIDE:
            self._body.addWidget(self.words, 1, 0)
            self._body.addWidget(self.controls, 2, 0)
            self._body.addWidget(self.steps_scroll, 0, 1, 3, 1)
        else:
            self._body.addWidget(self.steps_scroll, 0, 1)
            self._body.addWidget(self.words, 1, 0, 1, 2)
            self._body.addWidget(self.controls, 2, 0, 1, 2)

    def _fitting_arrangement(self) -> str:
        """UNDER_THE_GUIDE when the controls fit the picture's column, else ALONG_THE_BOTTOM.

        Big text on a small screen (1024x768, Largest) makes the controls as wide as the page:
        under the picture alone they would push the steps below everything, a strip a few
        lines high. Along the bottom they leave the steps their column beside the picture,
        and the caption, across the page, takes fewer lines from the picture.
        Decided from the fonts and the page's width alone, never from a guide's words.
        """
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right() - COLUMN_SPACING
        controls = self.controls.minimumSizeHint().width()
        steps = self.steps_scroll.minimumWidth()
        fits = controls <= width * GUIDE_SHARE and steps <= width * (1 - GUIDE_SHARE)
        return UNDER_THE_GUIDE if fits else ALONG_THE_BOTTOM

    def _fit(self) -> None:
        self._arrange(self._fitting_arrangement())
        self._scale_words()

    def _hold_words_height(self) -> None:
        """The caption and the counter as tall as the guide's longest, so the picture keeps
        its size while the words under it change."""
        guide = self.view.guide
        if guide is not None:
            shown_captions, counters = captions().shown(guide)
            self.caption.set_texts(shown_captions)
            self.counter.set_texts(counters)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Move) and watched.property("current"):
            # The highlight's border rewraps the step, and the steps above it may rewrap: once
            # laid out, the step the hand is doing is scrolled into sight again.
            self._scroll_to(watched)
        return False

    def _scroll_to(self, step: QLabel) -> None:
        self.steps_scroll.ensureWidgetVisible(step, 0, STEP_MARGIN)

    def _init_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        bindings = {
            Qt.Key.Key_Space: self.view.toggle,
            Qt.Key.Key_R: self.view.restart,
            Qt.Key.Key_L: self.loop_box.toggle,
            Qt.Key.Key_V: self._next_viewpoint,
            Qt.Key.Key_Escape: self._close,
            Qt.Key.Key_Plus: lambda: self._step_speed(+1),
            Qt.Key.Key_Equal: lambda: self._step_speed(+1),  # "+" without Shift
            Qt.Key.Key_Minus: lambda: self._step_speed(-1),
        }
        for key, slot in bindings.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # --- what the window asks of the page ---------------------------------------------------

    def open(self, guide: Guide, area_name: str, tone_id: str | None = None) -> None:
        """Show this guide, moving at once, with the keys (Space, R, L, V...) on the picture."""
        self.show_guide(guide, area_name, tone_id)
        self.view.setFocus()
        self.view.play()

    def pause(self) -> None:
        """The page is left (another page, class mode): the picture stops where it is."""
        self.view.pause()

    def set_skin_tone(self, tone_id: str | None) -> None:
        """The baby's tone; a call also repaints the parent's hands, in the tone chosen for them."""
        self.view.set_skin_tone(tone_id)

    @property
    def guide(self) -> Guide | None:
        """The guide showing (S on this page starts a session of it)."""
        return self.view.guide

    def title_text(self) -> str:
        """What is showing, in words ("Stroking · Tummy"), for the status bar."""
        return self.title.text()

    # --- behaviour ---------------------------------------------------------------------------

    def show_guide(self, guide: Guide, area_name: str, tone_id: str | None = None) -> None:
        technique, application = guide.technique, guide.application
        self.title.setText(fill(self.tr("%1 · %2"), str(technique.name), area_name))
        self.how_to.set_facts(technique_facts(technique, application, WHILE_MASSAGING))
        self._fill_steps(guide)
        lying = BabyPosition().lying(guide.view)
        age = f" {technique.age_note}" if technique.age_note is not None else ""
        self.subtitle.setText(lying + age)
        self.view.set_guide(guide, tone_id)
        self._hold_words_height()

    def _refill_steps(self) -> None:
        if self.view.guide is not None:
            self._fill_steps(self.view.guide)
            self.view.refresh()

    def step_texts(self, guide: Guide) -> list[str]:
        """The how-to steps as this view must word them (sides, the settings' numbers)."""
        facts = text_facts.shared().facts(turned=self.view.viewpoint.swaps_sides)
        return guide.application.step_texts(facts)

    def _fill_steps(self, guide: Guide) -> None:
        for label in self._step_labels:
            # Out of sight at once: deleteLater waits for the event loop, and a picture taken
            # before it (render, a turned view) showed the old steps above the new ones.
            self.steps_layout.removeWidget(label)
            label.hide()
            label.deleteLater()
        self._step_labels = []
        heading = QLabel(self.tr("How to do it"))
        heading.setObjectName("fieldName")
        self._step_labels.append(heading)
        self.steps_layout.addWidget(heading)
        for number, step in enumerate(self.step_texts(guide), start=1):
            label = QLabel(numbered_step(number, step))
            label.setWordWrap(True)
            label.setObjectName("step")
            label.installEventFilter(self)  # laid out anew: the current step stays in sight
            self._step_labels.append(label)
            self.steps_layout.addWidget(label)
        self._scale_words()
        self.steps_scroll.verticalScrollBar().setValue(0)  # a new guide starts at its first step

    @property
    def step_labels(self) -> list[QLabel]:
        return self._step_labels[1:]

    def current_step(self) -> int | None:
        for index, label in enumerate(self.step_labels):
            if label.property("current"):
                return index
        return None

    def caption_for(self, state: HandState) -> str:
        return captions().caption_for(self.view.guide, state)

    def counter_for(self, state: HandState) -> str:
        return captions().counter_for(self.view.guide, state)

    def _show_state(self, state: HandState) -> None:
        if self.view.reduced_motion:
            self.caption.setText(captions().still_caption())
        else:
            self.caption.setText(self.caption_for(state))
        guide = self.view.guide
        if self.view.reduced_motion and guide is not None:  # the whole count, not one moment
            self.counter.setText(guide.technique.repetitions_text(guide.count))
        else:
            self.counter.setText(self.counter_for(state))
        current = (
            None if self.view.reduced_motion else captions().current_step(self.view.guide, state)
        )
        for index, label in enumerate(self.step_labels):
            active = index == current
            if label.property("current") != active:
                label.setProperty("current", active)
                label.style().unpolish(label)
                label.style().polish(label)
                if active:  # the step the hand is doing is in sight, no scrolling needed
                    self._scroll_to(label)

    def _show_playing(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause (Space)") if playing else self.tr("Play (Space)"))
        self.play_button.setIcon(icon("pause" if playing else "play", self._text_colour()))

    def _next_viewpoint(self) -> None:
        self.view_choice.setCurrentIndex(
            (self.view_choice.currentIndex() + 1) % self.view_choice.count()
        )

    def set_viewpoint(self, viewpoint: Viewpoint) -> None:
        self.view_choice.setCurrentIndex(self.view_choice.findData(viewpoint))

    def _show_viewpoint(self, viewpoint: Viewpoint) -> None:
        index = self.view_choice.findData(viewpoint)
        if index != self.view_choice.currentIndex():
            self.view_choice.setCurrentIndex(index)
        self._refill_steps()

    def _set_reduced_motion(self, reduced: bool) -> None:
        self.view.set_reduced_motion(reduced)
        self.play_button.setEnabled(not reduced)
        self.view.refresh()

    def set_reduced_motion(self, reduced: bool) -> None:
        self.still_box.setChecked(reduced)

    def _step_speed(self, step: int) -> None:
        index = min(len(SPEEDS) - 1, max(0, self.speed.currentIndex() + step))
        self.speed.setCurrentIndex(index)

    def _scale_words(self) -> None:
        # On a projector the words must grow with the picture.
        # Across the page along the bottom (a small screen, big text) the caption is read
        # close up: at twice the text it took two lines, and the picture's height, for one.
        caption = 2.0 if self.arrangement == UNDER_THE_GUIDE else CAPTION_ALONG_THE_BOTTOM
        factors = {self.caption: caption, self.counter: 1.15}
        scale_words(self.height(), {**factors, **dict.fromkeys(self.step_labels, 1.0)})
        self.how_to.scale_words(self.height(), 1.0)

    def _close(self) -> None:
        self.view.pause()
        self.closeRequested.emit()


def viewpoint_name(viewpoint: Viewpoint) -> str:
    names = {
        Viewpoint.PARENT: QCoreApplication.translate(
            "GuidePanel", "View: yours, at the baby's feet"
        ),
        Viewpoint.CLASS: QCoreApplication.translate(
            # Short: with its key (V) the box must leave the picture its width at 1024x768
            # with the largest text; the box's tooltip says what turning round is for.
            "GuidePanel",
            "View: the class's, turned round",
        ),
    }
    return names[viewpoint]
