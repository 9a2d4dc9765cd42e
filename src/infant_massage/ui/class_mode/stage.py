"""The wall: what a room sees on the projector. The guide large, the step, big captions, the
countdown of a practice round; black when the nurse blacks it out. Nothing personal, ever.

Every size is a share of the picture's height, so the wall reads the same on any projector:
the smallest line is WALL_MIN_LINE of the height (about 40 px per metre of a 2 m image at
1080 lines: 80 px, or 7.4 %). On a squarer wall (4:3) the height is that of a 16:9 picture as
wide (scaled_words.wall_height), so the words still fit beside the picture.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from infant_massage.domain.guide import HandState
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.class_mode.mode import ClassMode
from infant_massage.ui.common import theme
from infant_massage.ui.common.scaled_words import (
    wall_height,
    wall_line,
    wall_words,
    words_height,
)
from infant_massage.ui.common.text_format import fill, numbered_step
from infant_massage.ui.guide.captions import captions
from infant_massage.ui.guide.rig_hands import RigHands
from infant_massage.ui.guide.view import GuideView
from infant_massage.ui.session.countdown_ring import CountdownRing

LINE_PX_PER_METRE = 40
WALL_METRES = 2.0
REFERENCE_LINES = 1080
WALL_MIN_LINE = LINE_PX_PER_METRE * WALL_METRES / REFERENCE_LINES  # of the wall's height
# Each text's line height as a share of the wall's height (none below WALL_MIN_LINE).
LINE_SHARES = {"title": 0.08, "caption": 0.085, "info": WALL_MIN_LINE, "finished": 0.16}
RING_SHARE = 0.2  # the countdown ring's side
# The words' column beside the picture, as a share of the wall's width: the least of these that
# holds the longest caption, count and step of the guide on the wall (the picture has the rest).
SIDE_SHARES = (0.4, 0.45, 0.5, 0.55)
# The guide painter already sizes every line in proportion to the picture; the wall asks for
# them bolder still, so a dashed path reads from the back row.
PROJECTOR_LINE_SCALE = 2.0


class _Blackout(QWidget):
    """Covers the wall in black. In the presenter's preview it says so, small. A click on it
    brings the wall back (with one screen the buttons are blacked out too)."""

    def __init__(self, parent: QWidget, note: str, bring_back) -> None:
        super().__init__(parent)
        self._note = note
        self._bring_back = bring_back
        self.hide()

    def mousePressEvent(self, event) -> None:
        self._bring_back()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        if self._note:
            painter.setPen(QColor("#9aa0a6"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._note)
        painter.end()


class ClassStage(QWidget):
    def __init__(
        self,
        mode: ClassMode,
        illustrations: Illustrations,
        hands: RigHands,
        preview: bool = False,
        tone_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.preview = preview
        self._tone = tone_id
        self._guide_key: tuple[str, str] | None = None
        self.view = GuideView(illustrations, hands, mode.playback)
        self.view.setMinimumSize(80, 60)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.title = self._label("title")
        self.step_of = self._label("info", Qt.AlignmentFlag.AlignRight)
        self.step_of.setWordWrap(False)
        self.caption = self._label("caption", Qt.AlignmentFlag.AlignCenter)
        self.counter = self._label("info", Qt.AlignmentFlag.AlignCenter)
        self.state = self._label("info", Qt.AlignmentFlag.AlignCenter)
        self.practice = self._label("info", Qt.AlignmentFlag.AlignCenter)
        self.how_step = self._label("info")
        self.how_step.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._how_index: int | None = None
        self.practice.setText(self.tr("Practice round on dolls"))
        self.ring = CountdownRing()
        # A finished round covers the wall with these words alone (nothing of the laptop's).
        self.finished = self._label("finished", Qt.AlignmentFlag.AlignCenter)
        self.finished.setParent(self)
        self.finished.setText(self.tr("Round finished"))
        self.finished.setAutoFillBackground(True)
        self.finished.hide()
        self._init_layout()
        note = self.tr("The wall is black (B to bring it back)") if preview else ""
        self.blackout = _Blackout(self, note, mode.toggle_blackout)
        self.setAutoFillBackground(True)
        self.view.stateChanged.connect(self._show_state)
        mode.stepChanged.connect(self._show_step)
        mode.playingChanged.connect(self._show_playing)
        mode.frameChanged.connect(self.view.refresh)
        mode.speedChanged.connect(lambda _speed: self._show_motion())
        mode.blackoutChanged.connect(self._show_blackout)
        mode.practiceChanged.connect(self._show_practice)
        mode.contrastChanged.connect(lambda _on: self._apply_colours())
        mode.viewpointChanged.connect(self._turn)
        self.view.set_viewpoint(mode.viewpoint)
        self._apply_colours()
        self._show_step(mode.index)
        self._show_practice()
        self._show_blackout(mode.blackout)

    def _label(self, role: str, align=Qt.AlignmentFlag.AlignLeft) -> QLabel:
        label = QLabel()
        label.setProperty("wallRole", role)
        label.setWordWrap(True)
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _init_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.step_of)  # "Step 10 of 16" on one line; the title wraps if need be
        top.addWidget(self.ring)  # a practice round's countdown, big, in the corner
        side = QVBoxLayout()
        side.addWidget(self.caption)
        side.addWidget(self.counter)
        side.addWidget(self.state)
        side.addWidget(self.practice)
        side.addWidget(self.how_step)
        side.addStretch(1)
        self._top, self._side = top, side
        self._body = QHBoxLayout()
        self._body.addWidget(self.view, 3)
        self._body.addLayout(side, 2)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addLayout(self._body, 1)

    # --- what it shows -------------------------------------------------------------------------

    def _show_step(self, index: int) -> None:
        mode = self.mode
        step = mode.step
        catalog = mode.catalog
        self.title.setText(
            fill(
                self.tr("%1 · %2"),
                str(catalog.technique(step.technique).name),
                str(catalog.area(step.area).name),
            )
        )
        self.step_of.setText(fill(self.tr("Step %1 of %2"), str(index + 1), str(mode.cursor.count)))
        key = (step.technique, step.area)
        if key != self._guide_key:
            self._how_index = None
            self.how_step.setText("")
            self._guide_key = key
            self.view.set_guide(mode.guide(), self._tone)
            self._fit_side()
        else:
            self.view.refresh()
        self._show_playing(mode.playing)

    def _turn(self, viewpoint) -> None:
        self._how_index = None  # "the baby's right (your left)" changes with the view
        self.view.set_viewpoint(viewpoint)
        self._fit_side()

    def _show_playing(self, playing: bool) -> None:
        # The views share the mode's playback; each keeps its own repaint timer in step.
        if playing:
            self.view.play()
        else:
            self.view.pause()
        self._show_motion()

    def _show_motion(self) -> None:
        mode = self.mode
        parts = []
        if not mode.playing:
            parts.append(self.tr("Paused"))
        if mode.speed != 1.0:
            parts.append(fill(self.tr("%1× speed"), f"{mode.speed:g}"))
        self.state.setText(" · ".join(parts))
        if self.state.isVisibleTo(self) != bool(parts):
            self.state.setVisible(bool(parts))
            self._fit_side()

    def _show_state(self, state: HandState) -> None:
        guide = self.view.guide
        self._set_text(self.caption, captions().caption_for(guide, state))
        self._set_text(self.counter, captions().counter_for(guide, state))
        current = captions().current_step(guide, state)
        if current is not None and current != self._how_index and guide is not None:
            self._how_index = current
            text = self._how_text(current, self.mode.step_texts(guide)[current])
            self._set_text(self.how_step, text)

    @staticmethod
    def _set_text(label: QLabel, text: str) -> None:
        if label.text() != text:  # every frame: only a change costs a layout
            label.setText(text)

    def _show_practice(self) -> None:
        countdown = self.mode.step_remaining()
        if self.practice.isVisibleTo(self) != (countdown is not None):
            self.practice.setVisible(countdown is not None)
            self.ring.setVisible(countdown is not None)
            self._fit_side()
        if countdown is not None:
            self.ring.set_time(*countdown)
        if self.finished.isVisibleTo(self) != self.mode.round_finished:
            self.finished.setGeometry(self.rect())
            self.finished.setVisible(self.mode.round_finished)
            self.finished.raise_()  # over the picture and the words the layout placed later
            self.blackout.raise_()  # B still blacks out a finished round's wall

    def _show_blackout(self, on: bool) -> None:
        self.blackout.setGeometry(self.rect())
        self.blackout.setVisible(on)
        if on:
            self.blackout.raise_()

    # --- drawn for a projector -----------------------------------------------------------------

    def _colours(self) -> tuple[str, str, str]:
        """Background, text and accent of the wall."""
        if self.mode.high_contrast:
            # Dark on white: a washed-out projector in a bright room keeps dark ink legible.
            return "#ffffff", "#000000", "#004d45"
        app_window = QApplication.palette().color(QPalette.ColorRole.Window)
        chosen = theme.DARK if app_window.lightness() < 128 else theme.LIGHT
        return chosen.background, chosen.text, chosen.accent

    def _apply_colours(self) -> None:
        background, text, accent = self._colours()
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        palette.setColor(QPalette.ColorRole.Text, QColor(text))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        palette.setColor(QPalette.ColorRole.Highlight, QColor(accent))
        for widget in (self, self.view, self.ring, self.finished):
            widget.setPalette(palette)
        self.view.set_style(PROJECTOR_LINE_SCALE, self.mode.high_contrast, halo=True)
        self._scale_words()
        self.view.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.preview:  # the edge of the projected picture, on the laptop
            painter = QPainter(self)
            painter.setPen(QPen(QColor(theme.LIGHT.muted_text), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
            painter.end()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.blackout.setGeometry(self.rect())
        self.finished.setGeometry(self.rect())
        self._scale_words()

    def labels(self) -> list[QLabel]:
        return [
            self.title,
            self.step_of,
            self.caption,
            self.counter,
            self.state,
            self.practice,
            self.how_step,
            self.finished,
        ]

    def line_height(self, role: str) -> int:
        """The wanted line height of a text role at this size, in pixels."""
        return wall_line(self.size(), LINE_SHARES[role])

    def _scale_words(self) -> None:
        # Pixel sizes from the height, in a style sheet (the app's sheet would beat setFont),
        # set only when a size or the colour really changes.
        background, text, _ = self._colours()
        height = wall_height(self.size())
        margin = round(height * 0.03)
        ring = max(40, round(height * RING_SHARE))
        self.ring.setFixedSize(ring, ring)
        self._layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self._layout.setSpacing(margin // 2)
        styles = {}
        for label in self.labels():
            role = label.property("wallRole")
            weight = 700 if role in ("title", "caption", "finished") else 500
            # The finished round's words lie over the wall: their own ground hides the picture.
            ground = background if label is self.finished else "transparent"
            rest = f"font-weight: {weight}; color: {text}; background: {ground};"
            styles[label] = (LINE_SHARES[role], rest)
        wall_words(self.size(), styles)
        self._fit_side()

    def _fit_side(self) -> None:
        """Widen the words' column until the guide's longest words fit the wall's height."""
        guide = self.view.guide
        if guide is None:
            return
        margins = self._layout.contentsMargins()
        width = self.width() - margins.left() - margins.right() - self._body.spacing()
        height = self.height() - margins.top() - margins.bottom() - self._layout.spacing()
        across = self.width() - margins.left() - margins.right()
        top = self._top.heightForWidth(across) if self._top.hasHeightForWidth() else -1
        room = height - max(top, self._top.sizeHint().height())
        captions_shown, counters = captions().shown(guide)
        steps = {self._how_text(i, t) for i, t in enumerate(self.mode.step_texts(guide))}
        words = [(self.caption, captions_shown), (self.counter, counters), (self.how_step, steps)]
        for label in (self.state, self.practice):
            if label.isVisibleTo(self):
                words.append((label, {label.text()}))
        gaps = (len(words) - 1) * self._side.spacing()
        share = SIDE_SHARES[-1]
        for share in SIDE_SHARES:
            side = round(width * share)
            if sum(words_height(label, texts, side) for label, texts in words) + gaps <= room:
                break
        stretch = round(share * 100)
        if self._body.stretch(1) != stretch:
            self._body.setStretch(0, 100 - stretch)
            self._body.setStretch(1, stretch)

    @staticmethod
    def _how_text(index: int, text: str) -> str:
        return numbered_step(index + 1, text)
