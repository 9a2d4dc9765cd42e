"""The animated close-up widget: playback, timer and viewpoint; the guide painter draws it.

Time comes from a Playback driven by an injectable clock, and the repaint timer runs only while
the guide plays on screen, so a paused or hidden guide costs no CPU.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from infant_massage.domain.clock import Playback
from infant_massage.domain.guide import Guide, HandState
from infant_massage.domain.viewpoint import Viewpoint
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.common.visible_timer import VisibleTimer
from infant_massage.ui.guide.painter import GuidePainter, GuideStyle
from infant_massage.ui.guide.rig_hands import RigHands

FRAME_MS = 16


class GuideView(QWidget):
    stateChanged = Signal(object)  # HandState, after every frame
    playingChanged = Signal(bool)
    viewpointChanged = Signal(object)  # Viewpoint

    def __init__(
        self,
        illustrations: Illustrations,
        hands: RigHands,
        playback: Playback | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.painter = GuidePainter(illustrations, hands)
        self.playback = playback or Playback()
        self.guide: Guide | None = None
        self.viewpoint = Viewpoint.PARENT
        self.line_scale = 1.0
        self.high_contrast = False
        self.halo = False
        self.loop = True
        self.reduced_motion = False
        self._tone: str | None = None
        self.timer = VisibleTimer(
            self, FRAME_MS, lambda: self.playback.playing and not self.reduced_motion
        )
        self.timer.timeout.connect(self.refresh)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 260)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(640, 560)

    # --- control -----------------------------------------------------------------------------

    def set_guide(self, guide: Guide, tone_id: str | None = None) -> None:
        self.guide = guide
        if tone_id is not None:  # otherwise the view keeps the tone it was given
            self._tone = tone_id
        self.playback.pause()
        self.playback.seek(0.0)
        self.refresh()

    def set_skin_tone(self, tone_id: str | None) -> None:
        self._tone = tone_id
        self.update()

    def play(self) -> None:
        if self.guide is None or self.reduced_motion:
            return
        if not self.loop and self.playback.time() >= self.guide.duration:
            self.playback.seek(0.0)
        self.playback.play()
        self._sync_timer()
        self.playingChanged.emit(True)

    def pause(self) -> None:
        self.playback.pause()
        self._sync_timer()
        self.playingChanged.emit(False)
        self.refresh()

    def toggle(self) -> None:
        if self.playback.playing:
            self.pause()
        else:
            self.play()

    def restart(self) -> None:
        self.playback.seek(0.0)
        self.refresh()

    def seek(self, seconds: float) -> None:
        self.playback.seek(seconds)
        self.refresh()

    def set_speed(self, speed: float) -> None:
        self.playback.set_speed(speed)

    def set_viewpoint(self, viewpoint: Viewpoint) -> None:
        if viewpoint == self.viewpoint:
            return
        self.viewpoint = Viewpoint(viewpoint)
        self.viewpointChanged.emit(self.viewpoint)
        self.refresh()

    def set_style(
        self, line_scale: float = 1.0, high_contrast: bool = False, halo: bool = False
    ) -> None:
        """Bolder lines, stronger colours or a halo round the path, e.g. for a projector."""
        self.line_scale, self.high_contrast, self.halo = line_scale, high_contrast, halo
        self.update()

    def guide_style(self) -> GuideStyle:
        return GuideStyle.from_palette(
            self.palette(), self.line_scale, self.high_contrast, self.halo
        )

    def set_loop(self, loop: bool) -> None:
        self.loop = loop

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced
        if reduced and self.playback.playing:
            self.pause()
        self.update()

    @property
    def timer_running(self) -> bool:
        return self.timer.isActive()

    def guide_time(self) -> float:
        if self.guide is None:
            return 0.0
        t = self.playback.time()
        if self.loop:
            return math.fmod(t, self.guide.duration)
        return min(t, self.guide.duration)

    def current_state(self) -> HandState | None:
        if self.guide is None:
            return None
        return self.guide.pose_at(self.guide_time(), loop=self.loop)

    def refresh(self) -> None:
        """Advance to the playback's current time: repaint and report the pose."""
        state = self.current_state()
        if state is None:
            return
        if not self.loop and self.playback.playing and self.playback.time() >= self.guide.duration:
            self.playback.pause()
            self._sync_timer()
            self.playingChanged.emit(False)
        self.update()
        self.stateChanged.emit(state)

    def _sync_timer(self) -> None:
        self.timer.sync()

    # --- geometry ----------------------------------------------------------------------------

    def picture_rect(self) -> QRectF:
        return QRectF(0, 0, self.width(), self.height())

    def view_transform(self) -> QTransform:
        """Illustration units -> widget pixels for the close-up."""
        assert self.guide is not None
        return self.painter.transform(self.guide, self.picture_rect(), self.viewpoint)

    def hand_point(self) -> QPointF:
        """Where the hand touches, in widget pixels (for tests and captions)."""
        state = self.current_state()
        assert state is not None
        return self.view_transform().map(QPointF(state.x, state.y))

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.guide is None:
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        else:
            self.painter.paint(
                painter,
                self.picture_rect(),
                self.guide,
                self.guide_time(),
                self.viewpoint,
                self.guide_style(),
                still=self.reduced_motion,
                loop=self.loop,
                tone=self._tone,
            )
        painter.end()
