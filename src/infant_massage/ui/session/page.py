"""The running session: the hand and what to do now on the left; step, countdown, what's next
and the big buttons on the right.

Everything works from the keyboard (Space, N or →, B or ←, Esc) so oily hands need no precise
click; Stop is the largest button and always in the same place. On a page too short for the
buttons under the countdown (1024x768 with the largest text) they make one row along the
bottom, Stop at its right end; the words under the guide scroll, Stop and the countdown never.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from infant_massage.domain.catalog import Catalog, GuidePattern
from infant_massage.domain.guide import HandState
from infant_massage.domain.session import Finished, Session, SessionState, StepChanged
from infant_massage.domain.session_plan import PlannedStep
from infant_massage.ui.common import text_facts, theme
from infant_massage.ui.common.baby_position import BabyPosition
from infant_massage.ui.common.choice_labels import SOUND_MODE_CHOICES, labels
from infant_massage.ui.common.fitting_page import FittingPage
from infant_massage.ui.common.icons import icon
from infant_massage.ui.common.scaled_words import scale_words, words_height
from infant_massage.ui.common.scroll_width import downward_scroll
from infant_massage.ui.common.technique_facts import WHILE_MASSAGING, FactsBlock, technique_facts
from infant_massage.ui.common.text_format import clock, fill, numbered_step
from infant_massage.ui.common.visible_timer import VisibleTimer
from infant_massage.ui.guide.captions import counter_text
from infant_massage.ui.guide.view import GuideView
from infant_massage.ui.session.cues import CuePlayer

TICK_MS = 200
BESIDE, BELOW = "beside", "below"  # where the big buttons are: under the countdown, or a row
SHRINKS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.45)  # the words under the guide, smaller until they fit
# The picture's least share of the window's height: the hand copied from a metre away (at
# 1280x800 with the largest text the words under it left it 215 px of 752, a strip).
PICTURE_SHARE = 1 / 3
COLUMN_SPACING, ROW_SPACING, INFO_SPACING, BUTTON_SPACING, INSTRUCTION_SPACING = 20, 12, 8, 10, 6


def _lines(label: QLabel, count: int) -> int:
    label.ensurePolished()
    return count * label.fontMetrics().lineSpacing()


class _Flash(QWidget):
    """A soft full-page glow between steps, for a room where sound is off."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.strength = 0
        self.hide()

    def paintEvent(self, event) -> None:
        # A glowing frame round the page: seen from across the room, yet the buttons and the
        # Stop colour stay exactly as they are.
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(min(255, self.strength * 2))
        painter = QPainter(self)
        painter.setPen(QPen(colour, 28))
        painter.drawRect(self.rect().adjusted(14, 14, -14, -14))
        painter.end()


class SessionPage(FittingPage):
    stopped = Signal()  # the parent pressed Stop
    finished = Signal()  # the last step's time ran out, or Next on the last step

    def __init__(
        self,
        catalog: Catalog,
        guide_view: GuideView,
        cues: CuePlayer,
        guide_for,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._guide_for = guide_for  # (technique_id, area_id) -> Guide
        self.view = guide_view
        self.cues = cues
        self.session: Session | None = None
        self._last_repetition = 0
        self._steps: list[str] = []
        self._shown_view: str | None = None  # the side the baby lay on for the step shown last
        self._turning = ""  # "Turn the baby onto ..." while this step is on the other side
        self._shrink = 1.0  # of the words under the guide (_size_instructions)
        self.timer = VisibleTimer(
            self,
            TICK_MS,
            lambda: self.session is not None and self.session.state == SessionState.RUNNING,
        )
        self.timer.timeout.connect(self.tick)
        self._init_widgets()
        self._init_layout()
        self._init_shortcuts()
        self.flash_overlay = _Flash(self)
        self.cues.flash.connect(self.flash)

    # --- construction ------------------------------------------------------------------------

    def _button(self, text: str, icon_name: str, name: str = "", least: int = 44) -> QPushButton:
        button = QPushButton(text)
        # At least least + 20 px with its padding, and never less than its words need. A style
        # sheet: the style's own min-height would undo setMinimumHeight at the first polish.
        button.setStyleSheet(f"QPushButton {{ min-height: {least}px; }}")
        # As tall as its row: in one row along the bottom, Stop is never the shortest.
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        if name:
            button.setObjectName(name)
        colour = (
            "#ffffff"
            if name in ("stop", "primary")
            else (self.palette().color(QPalette.ColorRole.ButtonText).name())
        )
        button.setIcon(icon(icon_name, colour))
        button.setIconSize(QSize(28, 28))
        return button

    def _init_widgets(self) -> None:
        from infant_massage.ui.session.countdown_ring import CountdownRing

        self.practice_label = QLabel(self.tr("Doll practice: not recorded as the baby's session"))
        self.practice_label.setObjectName("subtle")
        self.practice_label.setWordWrap(True)
        self.step_label = QLabel()
        self.step_label.setObjectName("sessionStep")
        self.step_label.setWordWrap(True)
        self.step_of = QLabel()
        self.step_of.setObjectName("subtle")
        self.ring = CountdownRing()
        self.elapsed = QLabel()
        self.elapsed.setObjectName("sessionInfo")
        self.next_label = QLabel()
        self.next_label.setObjectName("sessionInfo")
        self.next_label.setWordWrap(True)
        self.counter = QLabel()
        self.counter.setObjectName("sessionInfo")
        # What to do now, readable from a metre away: the guide page's words, in the session.
        self.caption = QLabel()
        self.caption.setObjectName("sessionCaption")
        self.caption.setWordWrap(True)
        self.how_step = QLabel()
        self.how_step.setObjectName("sessionHowTo")
        self.how_step.setWordWrap(True)
        # Pressure and direction as the technique's card shows them (the one facts block).
        self.facts = FactsBlock()
        self.paused_label = QLabel(self.tr("Paused: press Space to go on"))
        self.paused_label.setObjectName("paused")
        self.paused_label.setWordWrap(True)
        self.paused_label.hide()
        # Said plainly when a step is on the other side from the one before: the picture alone
        # turning the baby over is easily missed by a parent looking at the baby.
        self.turn_label = QLabel()
        self.turn_label.setObjectName("turnBaby")
        self.turn_label.setWordWrap(True)
        self.turn_label.hide()
        # Two lines (what, then its key), so every label stays whole at 800x600.
        self.pause_button = self._button(self.tr("Pause\nSpace"), "pause")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.back_button = self._button(self.tr("Back\nB or ←"), "previous")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = self._button(self.tr("Next\nN or →"), "next")
        self.next_button.clicked.connect(self.go_next)
        self.stop_button = self._button(self.tr("Stop (Esc)"), "stop", "stop", least=64)
        self.stop_button.clicked.connect(self.stop)
        self.sound = QComboBox()
        for mode in SOUND_MODE_CHOICES:
            self.sound.addItem(labels().sound_setting(mode), mode)
        self.sound.setMinimumHeight(40)
        self.sound.currentIndexChanged.connect(lambda i: self.cues.set_mode(self.sound.itemData(i)))

    def _init_layout(self) -> None:
        # The left: the guide and, under it, what to do now (scrolling when big text needs
        # more room than the page has); the right: the step, the countdown and what's next.
        words = QWidget()
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 6, 0)
        words_layout.setSpacing(INSTRUCTION_SPACING)
        for label in self._instruction_labels():
            words_layout.addWidget(label)
        words_layout.addStretch(1)
        self.instructions = downward_scroll(words)
        self.instructions.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the session's
        # Smaller than the guide page's minimum: at 1024x768 with the largest text the
        # countdown and the words need the room; the picture is cropped to fit, never squashed.
        self.view.setMinimumSize(240, 160)

        self.guide_side = QWidget()
        left = QVBoxLayout(self.guide_side)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(6)
        left.addWidget(self.practice_label)
        left.addWidget(self.view, 1)
        left.addWidget(self.instructions)
        left.addWidget(self.sound)

        self.step_side = QWidget()
        right = QVBoxLayout(self.step_side)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(INFO_SPACING)
        right.addWidget(self.step_label)
        right.addWidget(self.step_of)
        right.addWidget(self.ring, 1)
        right.addWidget(self.elapsed)
        right.addWidget(self.counter)
        right.addWidget(self.next_label)
        right.addWidget(self.paused_label)

        self.controls = QWidget()
        self._buttons = QGridLayout(self.controls)
        self._buttons.setContentsMargins(0, 0, 0, 0)
        self._buttons.setSpacing(BUTTON_SPACING)

        self._page = QGridLayout(self)
        self._page.setContentsMargins(16, 12, 16, 12)
        self._page.setHorizontalSpacing(COLUMN_SPACING)
        self._page.setVerticalSpacing(ROW_SPACING)
        self._page.setColumnStretch(0, 3)
        self._page.setColumnStretch(1, 2)
        self._page.setRowStretch(0, 1)
        self.arrangement = ""
        self._arrange(BESIDE)

    def _instruction_labels(self) -> tuple[QWidget, ...]:
        # The turn first: the baby is turned over before the step's words apply.
        return (self.turn_label, self.caption, self.how_step, self.facts)

    def _big_buttons(self) -> tuple[QPushButton, ...]:
        return (self.back_button, self.pause_button, self.next_button)

    def _arrange(self, arrangement: str) -> None:
        """Put the buttons under the countdown (BESIDE) or in one row along the bottom (BELOW)."""
        if arrangement == self.arrangement:
            return
        self.arrangement = arrangement
        for widget in (self.guide_side, self.step_side, self.controls):
            self._page.removeWidget(widget)
        for button in (*self._big_buttons(), self.stop_button):
            self._buttons.removeWidget(button)
        for column, button in enumerate(self._big_buttons()):
            self._buttons.addWidget(button, 0, column)
        if arrangement == BESIDE:
            self._page.addWidget(self.guide_side, 0, 0, 2, 1)
            self._page.addWidget(self.step_side, 0, 1)
            self._page.addWidget(self.controls, 1, 1)
            self._buttons.addWidget(self.stop_button, 1, 0, 1, 3)
            stretches = (1, 1, 1, 0)
        else:
            self._page.addWidget(self.guide_side, 0, 0)
            self._page.addWidget(self.step_side, 0, 1)
            self._page.addWidget(self.controls, 1, 0, 1, 2)
            self._buttons.addWidget(self.stop_button, 0, 3)
            stretches = (2, 2, 2, 3)  # Stop the widest, always at the right end
        for column, stretch in enumerate(stretches):
            self._buttons.setColumnStretch(column, stretch)

    def _fitting_arrangement(self) -> str:
        """BESIDE when the countdown and its buttons fit one above the other, else BELOW.

        Decided from the fonts and the page's size alone, never from a step's words, so Stop
        stays in one place for the whole session.
        """
        margins = self._page.contentsMargins()
        height = self.height() - margins.top() - margins.bottom()
        width = self.width() - margins.left() - margins.right() - COLUMN_SPACING
        info = (
            _lines(self.step_label, 2)
            + _lines(self.step_of, 1)
            + self.ring.minimumHeight()
            + _lines(self.elapsed, 1)
            + _lines(self.counter, 1)
            + _lines(self.next_label, 2)
            + 5 * INFO_SPACING
        )
        row = max(button.sizeHint().height() for button in self._big_buttons())
        stop = max(self.stop_button.sizeHint().height(), self.stop_button.minimumHeight())
        tall = info + ROW_SPACING + row + BUTTON_SPACING + stop
        wide = sum(b.sizeHint().width() for b in self._big_buttons()) + 2 * BUTTON_SPACING
        return BESIDE if tall <= height and wide <= width * 2 / 5 else BELOW

    def _fit(self) -> None:
        self._scale_words()
        # Stop never shorter than the buttons beside it, whose two lines grow with the text.
        row = max(button.sizeHint().height() for button in self._big_buttons())
        stop = self.stop_button
        stop.setMinimumHeight(max(row, stop.sizeHint().height()))
        self._arrange(self._fitting_arrangement())
        self._size_instructions()

    def _scale_words(self) -> None:
        # Big enough to follow from a metre away, growing on a projector: what to do now, and
        # the step, its time and what's next beside the countdown (the style sheet's sizes on
        # a laptop: 26 pt for the step, 15 pt for the times, 20 pt for "Paused").
        base = theme.BASE_POINT_SIZE
        step, info = 26 / base, 15 / base
        # What to do now, as large as fits the page with no scrolling (shrink, see
        # _size_instructions): a parent with oily hands cannot scroll.
        shrink = self._shrink
        factors = {
            self.turn_label: 1.35 * shrink,
            self.caption: 2.0 * shrink,
            self.how_step: 1.35 * shrink,
        }
        beside = {self.step_label: step, self.step_of: 1.0, self.elapsed: info}
        more = {
            self.counter: info,
            self.next_label: info,
            self.paused_label: info,  # in the place of what's next, as large
        }
        scale_words(self.height(), {**factors, **beside, **more})
        self.facts.scale_words(self.height(), 1.15 * shrink)

    def _size_instructions(self) -> None:
        """As tall as this step's longest words need, the picture giving way down to its
        least; words that would still not fit are made smaller, down to SHRINKS[-1] of their
        size, so what to do now is read without scrolling (1024x768 with the largest text).

        Measured over every caption and step of the step's guide, so the picture keeps its
        size while the hand moves.
        """
        margins = self._page.contentsMargins()
        column = self.height() - margins.top() - margins.bottom()
        if self.arrangement == BELOW:
            column -= self.controls.sizeHint().height() + ROW_SPACING
        column -= self.sound.sizeHint().height() + 6
        width = (self.width() - margins.left() - margins.right() - COLUMN_SPACING) * 3 // 5
        # Room kept for the doll-practice note ("Paused" goes by the countdown, refresh).
        if self.session is not None and self.session.practice:
            label = self.practice_label
            column -= words_height(label, {label.text()}, width) + 6
        width -= 6 + self.instructions.verticalScrollBar().sizeHint().width()
        room = column - self.least_picture_height() - 6
        for shrink in SHRINKS:
            self._shrink = shrink
            self._scale_words()
            need = self._words_need(width)
            if need <= room:
                break
        height = max(0, min(need, room))
        if height != self.instructions.maximumHeight():
            self.instructions.setFixedHeight(height)
            # On a hidden page Qt lays out no inner column, so nothing would tell the page's
            # grid that the column's size changed: its cached size hint would stay the old one.
            self.guide_side.updateGeometry()

    def least_picture_height(self) -> int:
        """The guide's picture is never shorter than this: PICTURE_SHARE of the window."""
        return max(self.view.minimumHeight(), math.ceil(self.window().height() * PICTURE_SHARE))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Measured again once shown: the words of a page never shown yet count for nothing in
        # its column's layout.
        self._size_instructions()

    def _words_need(self, width: int) -> int:
        """The height the words under the guide need at this width, in their sizes now."""
        guide = self.view.guide
        captions = (
            {
                str(c)
                for track in guide.tracks
                for texts in (track.movement.captions, track.movement.hands.other_captions)
                for c in texts.values()
            }
            if guide is not None
            else set()
        )
        steps = {self._how_text(number, text) for number, text in enumerate(self._steps)}
        self.facts.ensurePolished()
        turn = 0
        if self._turning:  # only a step that turns the baby over needs the room for saying so
            turn = words_height(self.turn_label, {self._turning}, width) + INSTRUCTION_SPACING
        return (
            turn
            + words_height(self.caption, captions or {self.caption.text()}, width)
            + words_height(self.how_step, steps or {self.how_step.text()}, width)
            + self.facts.heightForWidth(width)
            + 2 * INSTRUCTION_SPACING
        )

    def _init_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        bindings = {
            Qt.Key.Key_Space: self.toggle_pause,
            Qt.Key.Key_N: self.go_next,
            Qt.Key.Key_Right: self.go_next,
            Qt.Key.Key_B: self.go_back,
            Qt.Key.Key_Left: self.go_back,
            Qt.Key.Key_Escape: self.stop,
        }
        for key, slot in bindings.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # --- running -------------------------------------------------------------------------------

    def run(self, session: Session) -> None:
        self.session = session
        self._shown_view = None
        self.practice_label.setVisible(session.practice)
        self._show_step(session.current_step)
        self._sync_timer()
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)  # the keys work from here
        self.cues.step_changed(self._spoken(session.current_step, session.next_step))
        self.refresh()

    def _name(self, step: PlannedStep) -> str:
        return fill(
            self.tr("%1: %2"),
            str(self._catalog.area(step.area).name),
            str(self._catalog.technique(step.technique).name),
        )

    def _spoken(self, step: PlannedStep, following: PlannedStep | None) -> str:
        now = fill(self.tr("Now %1."), self._name(step))
        if self._turning:
            now = self._turning + " " + now
        if following is None:
            return now + " " + self.tr("This is the last step.")
        return now + " " + fill(self.tr("Then %1."), self._name(following))

    def _show_step(self, step: PlannedStep) -> None:
        assert self.session is not None
        self.step_label.setText(self._name(step))
        self.step_of.setText(
            fill(
                self.tr("Step %1 of %2"),
                str(self.session.index + 1),
                str(len(self.session.plan.steps)),
            )
        )
        following = self.session.next_step
        self.next_label.setText(
            fill(self.tr("Next: %1"), self._name(following))
            if following
            else self.tr("Next: the end. Well done.")
        )
        self._last_repetition = 0
        # The guide played as many times as this step plans: its counter is the step's.
        guide = self._guide_for(step.technique, step.area).with_repetitions(step.repetitions)
        turned = self._shown_view is not None and guide.view != self._shown_view
        self._turning = BabyPosition().turn_to(guide.view) if turned else ""
        self._shown_view = guide.view
        self.turn_label.setText(self._turning)
        self.turn_label.setVisible(turned)
        self.view.set_guide(guide)
        self.view.set_loop(False)
        technique = self._catalog.technique(step.technique)
        application = guide.application
        self._steps = application.step_texts(
            text_facts.shared().facts(turned=self.view.viewpoint.swaps_sides, catalog=self._catalog)
        )
        self.facts.set_facts(technique_facts(technique, application, WHILE_MASSAGING))
        self._size_instructions()
        if self.session.state == SessionState.RUNNING:
            self.view.play()

    def tick(self) -> None:
        if self.session is None:
            return
        self._handle(self.session.update())
        self.refresh()

    def refresh(self) -> None:
        session = self.session
        if session is None or not session.active:
            return
        paused = session.state == SessionState.PAUSED
        self.ring.set_time(session.step_remaining(), session.current_step.seconds, paused)
        self.elapsed.setText(
            fill(
                self.tr("%1 of %2 done"),
                clock(session.total_elapsed()),
                clock(session.plan.total_seconds),
            )
        )
        guide = self.view.guide
        if guide is not None:
            # The guide runs exactly as long as the step: keep its clock on the session's.
            if abs(self.view.playback.time() - session.visit_elapsed()) > 0.25:
                self.view.playback.seek(session.visit_elapsed())
            self._show_instructions(guide.pose_at(session.visit_elapsed(), loop=False))
        self.pause_button.setText(self.tr("Go on\nSpace") if paused else self.tr("Pause\nSpace"))
        colour = self.palette().color(QPalette.ColorRole.ButtonText).name()
        self.pause_button.setIcon(icon("play" if paused else "pause", colour))
        # "Paused" in the place of what comes next, by the stopped countdown: the picture and
        # the words under it keep their room.
        self.paused_label.setVisible(paused)
        self.next_label.setVisible(not paused)

    @staticmethod
    def _how_text(index: int, text: str) -> str:
        return numbered_step(index + 1, text)

    def _show_instructions(self, state: HandState) -> None:
        guide = self.view.guide
        assert guide is not None
        self.counter.setText(counter_text(guide, state))
        self.caption.setText(str(state.caption) if state.caption is not None else "")
        self.how_step.setText(
            self._how_text(state.step, self._steps[state.step]) if self._steps else ""
        )
        if state.counted and state.repetition != self._last_repetition:
            pattern = guide.tracks[state.movement].movement.pattern
            if self._last_repetition and pattern == GuidePattern.PINCH_ROLL:
                self.cues.tick()  # each spinal-pinching pass gets a gentle tick
            self._last_repetition = state.repetition

    def _handle(self, events) -> None:
        for event in events:
            if isinstance(event, StepChanged):
                self._show_step(event.step)
                self.cues.step_changed(self._spoken(event.step, self.session.next_step))
            elif isinstance(event, Finished):
                self._end()
                # Praise only a session that was done; one skipped through just ends.
                done = self.session.state == SessionState.FINISHED
                said = (
                    self.tr("Finished. Well done.") if done else self.tr("The session has ended.")
                )
                self.cues.step_changed(said)
                self.finished.emit()

    def toggle_pause(self) -> None:
        if self.session is None or not self.session.active:
            return
        self.session.toggle()
        if self.session.state == SessionState.PAUSED:
            self.view.pause()
        else:
            self.view.play()
        self._sync_timer()
        self.refresh()

    def go_next(self) -> None:
        if self.session is not None and self.session.active:
            self._handle(self.session.next())
            self.refresh()

    def go_back(self) -> None:
        if self.session is not None and self.session.active:
            self._handle(self.session.back())
            self.refresh()

    def stop(self) -> None:
        if self.session is None or not self.session.active:
            return
        self.session.stop()
        self._end()
        self.stopped.emit()

    def _end(self) -> None:
        self.view.pause()
        self._sync_timer()

    def _sync_timer(self) -> None:
        self.timer.sync()

    # --- the visual cue ----------------------------------------------------------------------

    def flash(self) -> None:
        self.flash_overlay.setGeometry(self.rect())
        self.flash_overlay.strength = 90
        self.flash_overlay.show()
        self.flash_overlay.raise_()
        self.flash_overlay.update()
        QTimer.singleShot(700, self.flash_overlay.hide)
