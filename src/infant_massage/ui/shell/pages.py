"""What the shell's pages are made of, and how each is made: on first use, from the services.

The window factory composes the services (the catalog, the drawings, the settings, the guide
library, the history, the class plans, the session's clock, sink and cues) once; PageMaker builds
each page from the ones it needs and connects it to them (the settings it follows, the skin tones
it shows, the baby switcher it keeps in step), importing the page's module only then, so a start
shows the home screen and no more. The shell (MainWindow) hosts the pages and switches between
them, through each page's own signals and methods.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.clock import Clock, Playback, system_clock
from infant_massage.domain.guide_library import GuideLibrary
from infant_massage.domain.session_record import MemorySink, SessionSink
from infant_massage.storage.class_plans import ClassPlanStore
from infant_massage.storage.history.store import HistoryStore
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.common.settings_model import SettingsModel
from infant_massage.ui.common.skin_tone_choice import SkinToneChoice
from infant_massage.ui.home.home_page import HomePage
from infant_massage.ui.profiles.switcher import ProfileSwitcher

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
    cues: CuePlayer | None = None  # made for the first session (or the settings) when not given
    session_clock: Clock = system_clock
    playback: Playback | None = None  # the guides' clock (tests step it)
    reduced_motion: bool = False  # the desktop asks for less motion (a still-diagram default)

    def still_diagrams(self) -> bool:
        """Whether guides show still diagrams: the user's choice, else the desktop's wish."""
        return self.settings.still_diagrams(self.reduced_motion)


class PageMaker:
    def __init__(self, services: Services) -> None:
        self.services = services
        self._parent_hands: RigHands | None = None
        self._sink: SessionSink | None = (
            services.sink if services.sink is not None else services.history
        )
        self._cues: CuePlayer | None = services.cues
        history = services.history
        # The babies, above the home page and kept in step with the History page's imports.
        self.profile_switcher = ProfileSwitcher(history) if history is not None else None

    @property
    def sink(self) -> SessionSink:
        """Where every session of this window is recorded: the session flow's and class mode's
        (one sink, so a session waiting to be written is never lost between them)."""
        if self._sink is None:
            self._sink = MemorySink()
        return self._sink

    @property
    def cues(self) -> CuePlayer:
        """The session's chimes, voice and flashes (QtMultimedia is imported only now)."""
        if self._cues is None:
            from infant_massage.ui.session.cues import CuePlayer

            self._cues = CuePlayer()
        return self._cues

    def shut_down(self) -> None:
        """Closing: the speech thread is ended, if a session ever started it."""
        if self._cues is not None:
            self._cues.shut_down()

    @property
    def parent_hands(self) -> RigHands:
        """The parent's hands, drawn for every guide (one set per window, in the chosen tone)."""
        if self._parent_hands is None:
            from infant_massage.ui.guide.rig_hands import RigHands

            self._parent_hands = RigHands(self.services.skin_tones)
        return self._parent_hands

    def home_page(self, parent: QWidget) -> HomePage:
        s = self.services
        page = HomePage(s.catalog, s.illustrations, self.profile_switcher, parent)
        _follow_baby_tone(s.skin_tones, page.set_skin_tone)
        return page

    def history_panel(self) -> HistoryPanel:
        from infant_massage.ui.history.panel import HistoryPanel

        s, switcher = self.services, self.profile_switcher
        assert s.history is not None and switcher is not None, "no history, no history page"
        panel = HistoryPanel(s.history, s.catalog)
        switcher.profilesChanged.connect(panel.reload_profiles)
        panel.profilesChanged.connect(switcher.reload)
        return panel

    def guide_panel(self) -> GuidePanel:
        from infant_massage.ui.guide.panel import GuidePanel

        s = self.services
        panel = GuidePanel(s.illustrations, self.parent_hands, s.playback)
        panel.set_reduced_motion(s.still_diagrams())
        s.settings.changed.connect(
            lambda field: (
                panel.set_reduced_motion(s.still_diagrams()) if field == "still_diagrams" else None
            )
        )
        panel.stillDiagramsToggled.connect(lambda on: s.settings.set("still_diagrams", on))
        _follow_baby_tone(s.skin_tones, panel.set_skin_tone)
        return panel

    def session_flow(self, pages: QStackedWidget, saving_note: str, parent: QObject) -> SessionFlow:
        """The session's pages (safety check, run, summary), added to the shell's pages;
        saving_note is what the end of a session says when the history cannot be written."""
        from infant_massage.ui.session.flow import SessionFlow

        s = self.services
        flow = SessionFlow(
            s.catalog,
            s.illustrations,
            self.parent_hands,
            pages,
            s.guides.guide,
            s.session_clock,
            self.sink,
            self.cues,
            saving_note,
            parent,
            settings=s.settings,
        )
        _follow_baby_tone(s.skin_tones, flow.set_skin_tone)
        return flow

    def class_mode(self, area_id: str | None, home: QWidget) -> ClassModeWindows:
        """Class mode's windows, opening on the plan for this area (or the first saved one)."""
        from infant_massage.ui.class_mode.launcher import ClassModeWindows, first_plan

        s = self.services
        return ClassModeWindows(
            s.catalog,
            s.illustrations,
            self.parent_hands,
            s.guides.guide,
            first_plan(s.catalog, s.class_plans, area_id),
            s.class_plans,
            self.sink,
            s.session_clock,
            s.skin_tones.baby.id,
            home=home,
            parent=home,
        )


def _follow_baby_tone(tones: SkinToneChoice, show) -> None:
    """A page shows the baby's tone now and after every change (a change of the parent's
    tone calls it too: the page repaints the hands)."""
    tones.changed.connect(lambda: show(tones.baby.id))
    show(tones.baby.id)
