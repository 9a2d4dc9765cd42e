"""Opens class mode and keeps its windows where they belong as screens come and go.

With a second screen the wall goes full screen there and the laptop keeps the presenter view;
with one screen a single window holds the wall and a slim strip of controls. A projector
plugged in or pulled out while the class runs is followed (screenAdded / screenRemoved).
The home window, which holds the babies' names and history, is hidden all the while.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.class_plan import ClassPlan, plan_from_area, plan_from_routine
from infant_massage.domain.clock import Clock, system_clock
from infant_massage.domain.session_record import SessionSink
from infant_massage.storage.class_plans import ClassPlanFileError, ClassPlanStore
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.class_mode.handout import write_class_handout
from infant_massage.ui.class_mode.keys import install_class_keys
from infant_massage.ui.class_mode.mode import ClassMode, GuideFor
from infant_massage.ui.class_mode.plan_picker import ClassPlanPicker
from infant_massage.ui.class_mode.presenter import PresenterWindow
from infant_massage.ui.class_mode.windows import (
    AudienceWindow,
    SingleScreenWindow,
    show_full_screen_on,
)
from infant_massage.ui.common.text_format import fill
from infant_massage.ui.guide.rig_hands import RigHands


def first_plan(catalog: Catalog, store: ClassPlanStore | None, area_id: str | None) -> ClassPlan:
    """What class mode opens with: the chosen area, else the first saved plan, else the first
    routine."""
    if area_id is not None:
        return plan_from_area(catalog, area_id)
    try:
        saved = store.plans() if store is not None else []
    except ClassPlanFileError:
        saved = []  # the picker says why when it lists the plans
    if saved:
        return saved[0]
    return plan_from_routine(catalog, catalog.routines.routines[0].id)


class ScreenTracker(QObject):
    """Which screen is the laptop's and which the wall's, now; says when that may change."""

    changed = Signal(object)  # the screen just removed, or None

    def __init__(
        self,
        laptop: Callable[[], QScreen | None],
        screens: Callable[[], list[QScreen]] = QGuiApplication.screens,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._laptop = laptop
        self._screens = screens
        app = QGuiApplication.instance()
        app.screenAdded.connect(self.screen_added)
        app.screenRemoved.connect(self.screen_removed)

    def laptop_screen(self, removed: QScreen | None = None) -> QScreen:
        screen = self._laptop()
        if screen is None or screen is removed or screen not in self._screens():
            screen = QGuiApplication.primaryScreen()
        return screen

    def wall_screen(self, removed: QScreen | None = None) -> QScreen | None:
        """A screen other than the laptop's: the projector (None with a single screen)."""
        laptop = self.laptop_screen(removed)
        for screen in self._screens():
            if screen is not laptop and screen is not removed:
                return screen
        return None

    def screen_added(self, _screen: QScreen) -> None:
        self.changed.emit(None)

    def screen_removed(self, screen: QScreen) -> None:
        self.changed.emit(screen)


class ClassModeWindows(QObject):
    closed = Signal()
    message = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        illustrations: Illustrations,
        hands: RigHands,
        guide_for: GuideFor,
        plan: ClassPlan,
        store: ClassPlanStore | None = None,
        sink: SessionSink | None = None,
        clock: Clock = system_clock,
        tone_id: str | None = None,
        home: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._illustrations = illustrations
        self._hands = hands
        self._store = store
        self._tone = tone_id
        self._home = home
        self.mode = ClassMode(catalog, guide_for, plan, clock, sink, self)
        self.mode.leaveRequested.connect(self.close)
        self.tracker = ScreenTracker(lambda: home.screen() if home is not None else None)
        self.tracker.changed.connect(self.arrange)
        self.audience: AudienceWindow | None = None
        self.presenter: PresenterWindow | None = None
        self.single: SingleScreenWindow | None = None
        self.is_open = False

    def windows(self) -> list[QWidget]:
        return [w for w in (self.audience, self.presenter, self.single) if w is not None]

    def open(self) -> None:
        if self.is_open:
            return
        self.is_open = True
        laptop = self.tracker.laptop_screen()
        if self._home is not None:
            self._home.hide()
        self.arrange(None, laptop)

    def arrange(self, removed: QScreen | None = None, laptop: QScreen | None = None) -> None:
        """Put each window on its screen for the screens there are now."""
        if not self.is_open:
            return
        laptop = laptop or self.tracker.laptop_screen(removed)
        wall = self.tracker.wall_screen(removed)
        if wall is not None:
            self._drop("single")
            if self.audience is None:
                self.audience = self._keyed(
                    AudienceWindow(self.mode, self._illustrations, self._hands, self._tone)
                )
            show_full_screen_on(self.audience, wall)
            if self.presenter is None:
                self.presenter = self._keyed(
                    PresenterWindow(
                        self.mode, self._illustrations, self._hands, self._store, self._tone
                    )
                )
                self._connect_picker(self.presenter.picker)
            self.presenter.setScreen(laptop)
            self.presenter.setGeometry(laptop.availableGeometry())
            self.presenter.showMaximized()
            self.presenter.activateWindow()
        else:
            self._drop("audience")
            self._drop("presenter")
            if self.single is None:
                self.single = self._keyed(
                    SingleScreenWindow(
                        self.mode, self._illustrations, self._hands, self._store, self._tone
                    )
                )
                self._connect_picker(self.single.picker)
            show_full_screen_on(self.single, laptop)
            self.single.activateWindow()

    def _keyed(self, window: QWidget) -> QWidget:
        install_class_keys(window, self.mode)
        return window

    def _connect_picker(self, picker: ClassPlanPicker) -> None:
        picker.handoutRequested.connect(lambda path: self.write_handout(path, picker))

    def write_handout(self, path: str, picker: ClassPlanPicker | None = None) -> bool:
        try:
            pages = write_class_handout(
                path, self.mode.catalog, self._illustrations, self._hands, self.mode.plan
            )
        except OSError as exc:
            text = fill(self.tr("The handout was not written: %1"), _without_folders(exc, path))
            ok = False
        else:
            # The file and its folder's name, never the whole path: with one screen this is on
            # the wall, and a path names the laptop's user.
            target = Path(path)
            text = fill(
                self.tr("Wrote the class handout (%n page(s)): %1, in the folder %2.", "", pages),
                target.name,
                target.parent.name,
            )
            ok = True
        if picker is not None:
            picker.message.emit(text)
        self.message.emit(text)
        return ok

    def _drop(self, name: str) -> None:
        window = getattr(self, name)
        if window is not None:
            setattr(self, name, None)
            window.hide()
            window.deleteLater()

    def close(self) -> None:
        if not self.is_open:
            return
        self.is_open = False
        self.mode.stop_practice()
        for name in ("audience", "presenter", "single"):
            self._drop(name)
        if self._home is not None:
            self._home.show()
            self._home.activateWindow()
        self.closed.emit()


def _without_folders(error: OSError, path: str) -> str:
    """Why a handout was not written, naming its folder by its name alone."""
    folder = Path(path).parent
    reason = error.strerror or str(error)
    return reason.replace(str(folder), folder.name)
