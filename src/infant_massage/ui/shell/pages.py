"""What the shell's pages are made of, and how each is made: on first use, from the services.

The window factory composes the services (the catalog, the drawings, the settings, the guide
library, the history, the class plans, the session's clock, sink and cues) once; PageMaker builds
each page from the ones it needs, importing the page's module only then, so a start shows the
home screen and no more. The shell (MainWindow) hosts the pages and switches between them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.clock import Clock, Playback, system_clock
from infant_massage.domain.guide_library import GuideLibrary
from infant_massage.domain.session_record import SessionSink
from infant_massage.storage.class_plans import ClassPlanStore
from infant_massage.storage.history.store import HistoryStore
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.common.settings_model import SettingsModel
from infant_massage.ui.common.skin_tone_choice import SkinToneChoice

if TYPE_CHECKING:
    from infant_massage.ui.class_mode.launcher import ClassModeWindows
    from infant_massage.ui.guide.panel import GuidePanel
    from infant_massage.ui.guide.rig_hands import RigHands
    from infant_massage.ui.history.panel import HistoryPanel
    from infant_massage.ui.session.cues import CuePlayer
    from infant_massage.ui.session.flow import SessionFlow


@dataclass
class Services:
    """Made once per window by the window factory; each page gets only what it needs."""

    catalog: Catalog
    illustrations: Illustrations
    settings: SettingsModel
    guides: GuideLibrary
    skin_tones: SkinToneChoice
    history: HistoryStore | None = None
    class_plans: ClassPlanStore | None = None
    sink: SessionSink | None = None  # where sessions are recorded (the history by default)
    cues: CuePlayer | None = None
    session_clock: Clock = system_clock
    playback: Playback | None = None  # the guides' clock (tests step it)


class PageMaker:
    def __init__(self, services: Services) -> None:
        self.services = services
        self._hands: RigHands | None = None

    def _sink(self) -> SessionSink | None:
        s = self.services
        return s.sink if s.sink is not None else s.history

    @property
    def hands(self) -> RigHands:
        """The parent's hands, drawn for every guide (one per window, in the chosen tone)."""
        if self._hands is None:
            from infant_massage.ui.guide.rig_hands import RigHands

            self._hands = RigHands(self.services.skin_tones)
        return self._hands

    def history_panel(self) -> HistoryPanel:
        from infant_massage.ui.history.panel import HistoryPanel

        s = self.services
        assert s.history is not None, "a window without a history has no history page"
        return HistoryPanel(s.history, s.catalog)

    def guide_panel(self) -> GuidePanel:
        from infant_massage.ui.guide.panel import GuidePanel

        s = self.services
        return GuidePanel(s.illustrations, self.hands, s.playback)

    def session_flow(self, pages: QStackedWidget, saving_note: str, parent: QObject) -> SessionFlow:
        """The session's pages (safety check, run, summary), added to the shell's pages;
        saving_note is what the end of a session says when the history cannot be written."""
        from infant_massage.ui.session.flow import SessionFlow

        s = self.services
        return SessionFlow(
            s.catalog,
            s.illustrations,
            self.hands,
            pages,
            s.guides.guide,
            s.session_clock,
            self._sink(),
            s.cues,
            saving_note,
            parent,
            settings=s.settings,
        )

    def class_mode(
        self, area_id: str | None, sink: SessionSink | None, home: QWidget
    ) -> ClassModeWindows:
        """Class mode's windows, opening on the plan for this area (or the first saved one)."""
        from infant_massage.ui.class_mode.launcher import ClassModeWindows, first_plan

        s = self.services
        return ClassModeWindows(
            s.catalog,
            s.illustrations,
            self.hands,
            s.guides.guide,
            first_plan(s.catalog, s.class_plans, area_id),
            s.class_plans,
            sink if sink is not None else self._sink(),
            s.session_clock,
            s.skin_tones.baby.id,
            home=home,
            parent=home,
        )
