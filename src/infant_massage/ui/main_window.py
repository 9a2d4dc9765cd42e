"""The home screen: the baby on the left, the chosen area's techniques on the right."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.clock import Clock, Playback, system_clock
from infant_massage.domain.guide import Guide
from infant_massage.domain.session_record import SessionSink
from infant_massage.storage.history_store import HistoryStore
from infant_massage.ui import theme
from infant_massage.ui.about_dialog import AboutDialog
from infant_massage.ui.cues import CuePlayer, SoundMode
from infant_massage.ui.guide_panel import GuidePanel
from infant_massage.ui.hand_art import HandArt
from infant_massage.ui.handout import write_handout
from infant_massage.ui.history_panel import HistoryPanel
from infant_massage.ui.illustrations import Illustrations
from infant_massage.ui.map_panel import MapPanel
from infant_massage.ui.profile_switcher import ProfileSwitcher
from infant_massage.ui.safety_dialog import SafetyDialog
from infant_massage.ui.session_flow import SessionFlow
from infant_massage.ui.settings_dialog import SettingsDialog
from infant_massage.ui.technique_panel import TechniquePanel


class MainWindow(QMainWindow):
    def __init__(
        self,
        catalog: Catalog,
        illustrations: Illustrations,
        settings: QSettings | None = None,
        storage_problem: str = "",
        playback: Playback | None = None,
        reduced_motion: bool = False,
        session_clock: Clock = system_clock,
        sink: SessionSink | None = None,
        cues: CuePlayer | None = None,
        history: HistoryStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.illustrations = illustrations
        self._settings = settings
        self.setWindowTitle(self.tr("Infant Massage Guide"))
        self.resize(1200, 800)
        self.setMinimumSize(800, 600)
        self.map_panel = MapPanel(illustrations, catalog)
        self.body_map = self.map_panel.body_map
        self.technique_panel = TechniquePanel(catalog)
        hands = self._hands = HandArt()
        self.guide_panel = GuidePanel(illustrations, hands, playback)
        self.guide_panel.set_reduced_motion(reduced_motion)
        self._system_reduced_motion = reduced_motion
        self._guides: dict[tuple[str, str], Guide] = {}
        self._age_months: float | None = None
        self.history = history
        self.profile_switcher = ProfileSwitcher(history) if history is not None else None
        self.history_panel = HistoryPanel(history, catalog) if history is not None else None
        self._init_central()
        saving_note = (
            self.tr("Not saved: %1").replace("%1", storage_problem) if storage_problem else ""
        )
        self.session_flow = SessionFlow(
            catalog,
            illustrations,
            hands,
            self.pages,
            self.guide_for,
            session_clock,
            sink if sink is not None else history,
            cues,
            saving_note,
            self,
        )
        self._init_menus()
        self._init_status(storage_problem)
        self._init_history()
        self.body_map.areaSelected.connect(self._on_area_selected)
        self.body_map.areaHovered.connect(self._on_area_hovered)
        self.technique_panel.guideRequested.connect(self.open_guide)
        self.technique_panel.safetyRulesRequested.connect(self.show_safety_rules)
        self.technique_panel.sessionRequested.connect(self.start_session)
        self.map_panel.start_button.clicked.connect(lambda: self.start_session())
        self.session_flow.closed.connect(self.show_home)
        self.guide_panel.closeRequested.connect(self.show_home)
        self._restore()

    def _init_central(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(16)
        splitter.addWidget(self.map_panel)
        splitter.addWidget(self.technique_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 6)
        splitter.setContentsMargins(16, 10, 8, 6)
        splitter.splitterMoved.connect(self._remember_user_split)
        self._splitter = splitter
        self._user_split = False
        home = QWidget()
        home_layout = QVBoxLayout(home)
        home_layout.setContentsMargins(0, 0, 0, 0)
        home_layout.setSpacing(0)
        if self.profile_switcher is not None:
            top = QHBoxLayout()
            top.setContentsMargins(16, 8, 16, 0)
            top.addWidget(self.profile_switcher, 1)
            self.history_button = QPushButton(self.tr("History (H)"))
            self.history_button.setMinimumHeight(40)
            self.history_button.clicked.connect(lambda: self.show_history())
            top.addWidget(self.history_button)
            home_layout.addLayout(top)
        home_layout.addWidget(splitter, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(home)
        self.pages.addWidget(self.guide_panel)
        self.setCentralWidget(self.pages)

    def _remember_user_split(self) -> None:
        self._user_split = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._user_split:  # 40 % map, 60 % techniques until the user drags the handle
            # The splitter is laid out after this event: size it from the new window width.
            width = event.size().width() - 40
            self._splitter.setSizes([int(width * 0.4), width - int(width * 0.4)])

    def _init_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.show_settings)
        file_menu.addAction(settings_action)
        self.handout_action = QAction(self.tr("&Handout for this area (PDF)…"), self)
        self.handout_action.setShortcut(QKeySequence.StandardKey.Print)
        self.handout_action.triggered.connect(lambda: self.save_handout())
        file_menu.addAction(self.handout_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        turn_action = QAction(self.tr("&Turn the baby over"), self)
        turn_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T))
        turn_action.triggered.connect(self.body_map.toggle_view)
        view_menu.addAction(turn_action)
        self._init_skin_tone_menu(view_menu.addMenu(self.tr("&Skin tone")))
        self.still_action = QAction(self.tr("Still &diagrams instead of motion"), self)
        self.still_action.setCheckable(True)
        self.still_action.setChecked(self.guide_panel.still_box.isChecked())
        self.still_action.toggled.connect(self.guide_panel.set_reduced_motion)
        self.guide_panel.still_box.toggled.connect(self.still_action.setChecked)
        view_menu.addAction(self.still_action)
        self._init_text_size_menu(view_menu.addMenu(self.tr("Text si&ze")))
        view_menu.addSeparator()
        self.fullscreen_action = QAction(self.tr("&Full screen"), self)
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.setShortcut(QKeySequence.StandardKey.FullScreen)
        self.fullscreen_action.toggled.connect(self._set_fullscreen)
        view_menu.addAction(self.fullscreen_action)

        session_menu = self.menuBar().addMenu(self.tr("&Session"))
        start_action = QAction(self.tr("&Start a session…"), self)
        start_action.setShortcut(QKeySequence(Qt.Key.Key_S))
        start_action.triggered.connect(lambda: self.start_session())
        session_menu.addAction(start_action)
        if self.history_panel is not None:
            history_action = QAction(self.tr("&History"), self)
            history_action.setShortcut(QKeySequence(Qt.Key.Key_H))
            history_action.triggered.connect(lambda: self.show_history())
            session_menu.addAction(history_action)
        self.presentation_action = QAction(self.tr("&Presentation mode (no personal data)"), self)
        self.presentation_action.setCheckable(True)
        self.presentation_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.presentation_action.toggled.connect(self.set_presentation)
        view_menu.addAction(self.presentation_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        safety_action = QAction(self.tr("&Safety rules"), self)
        safety_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        safety_action.triggered.connect(self.show_safety_rules)
        help_menu.addAction(safety_action)
        about_action = QAction(self.tr("&About Infant Massage Guide"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _init_skin_tone_menu(self, menu) -> None:
        names = {
            "light": self.tr("Light"),
            "light_medium": self.tr("Light medium"),
            "medium": self.tr("Medium"),
            "medium_deep": self.tr("Medium deep"),
            "deep": self.tr("Deep"),
        }
        self.skin_tone_actions = QActionGroup(self)
        for tone in self.illustrations.skin_tones:
            action = QAction(names.get(tone.id, tone.name), self, checkable=True)
            action.setData(tone.id)
            action.triggered.connect(lambda _=False, t=tone.id: self.set_skin_tone(t))
            self.skin_tone_actions.addAction(action)
            menu.addAction(action)
        self.skin_tone_actions.actions()[0].setChecked(True)

    def _init_text_size_menu(self, menu) -> None:
        names = [self.tr("Normal"), self.tr("Large"), self.tr("Larger"), self.tr("Largest")]
        self.text_size_actions = QActionGroup(self)
        for scale, name in zip(theme.TEXT_SCALES, names, strict=True):
            action = QAction(name, self, checkable=True)
            action.setData(scale)
            action.triggered.connect(lambda _=False, v=scale: self.set_text_scale(v))
            self.text_size_actions.addAction(action)
            menu.addAction(action)
        self.text_size_actions.actions()[0].setChecked(True)
        menu.addSeparator()
        bigger = QAction(self.tr("Bigger text"), self)
        bigger.setShortcut(QKeySequence.StandardKey.ZoomIn)
        bigger.triggered.connect(lambda: self._step_text_scale(+1))
        smaller = QAction(self.tr("Smaller text"), self)
        smaller.setShortcut(QKeySequence.StandardKey.ZoomOut)
        smaller.triggered.connect(lambda: self._step_text_scale(-1))
        menu.addAction(bigger)
        menu.addAction(smaller)

    def set_text_scale(self, scale: float) -> None:
        """Bigger words for a projector or a screen across the room."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, text_scale=scale)
        for button in self.findChildren(QAbstractButton):
            if button.icon().isNull():
                continue
            base = button.property("baseIconSize") or button.iconSize().width()
            button.setProperty("baseIconSize", base)
            button.setIconSize(QSize(round(base * scale), round(base * scale)))
        for action in self.text_size_actions.actions():
            action.setChecked(action.data() == scale)

    def _step_text_scale(self, step: int) -> None:
        scales = theme.TEXT_SCALES
        current = min(range(len(scales)), key=lambda i: abs(scales[i] - theme.text_scale()))
        self.set_text_scale(scales[max(0, min(len(scales) - 1, current + step))])

    def _init_status(self, storage_problem: str) -> None:
        self._history_warning = QLabel()
        self._history_warning.setObjectName("reason")
        self._history_warning.setWordWrap(True)
        self._history_warning.hide()
        self.statusBar().addPermanentWidget(self._history_warning)
        if storage_problem:
            warning = QLabel(self.tr("Not saving: %1").replace("%1", storage_problem))
            warning.setObjectName("reason")
            self.statusBar().addPermanentWidget(warning)
        self.statusBar().showMessage(self.tr("Point at the baby to choose an area."))

    # --- actions -------------------------------------------------------------------------------

    def select_area(self, area_id: str) -> None:
        self.body_map.select_area(area_id)

    def guide_for(self, technique_id: str, area_id: str) -> Guide:
        key = (technique_id, area_id)
        if key not in self._guides:
            technique = self.catalog.technique(technique_id)
            application = technique.application_for(area_id)
            if application is None:
                raise KeyError(f"{technique_id} does not suit {area_id}")
            body = self.illustrations.views[application.guide.view]
            self._guides[key] = Guide(technique, application, body)
        return self._guides[key]

    def open_guide(self, technique_id: str, area_id: str) -> None:
        guide = self.guide_for(technique_id, area_id)
        area_name = str(self.catalog.area(area_id).name)
        self.guide_panel.show_guide(guide, area_name, self._skin_tone())
        self.pages.setCurrentWidget(self.guide_panel)
        self.guide_panel.view.setFocus()
        self.guide_panel.view.play()
        self.statusBar().showMessage(self.guide_panel.title.text())

    def _init_history(self) -> None:
        if self.history is None:
            return
        switcher, panel = self.profile_switcher, self.history_panel
        switcher.babyChanged.connect(self._baby_changed)
        switcher.profilesChanged.connect(panel.reload_profiles)
        panel.profilesChanged.connect(switcher.reload)
        panel.closeRequested.connect(self.show_home)
        self.pages.addWidget(panel)
        self.history.add_listener(self._history_notice)
        self._history_notice(self.history.notice)
        self._baby_changed(switcher.current_profile())

    def _baby_changed(self, profile) -> None:
        self.session_flow.baby_id = profile.id if profile is not None else None
        self.set_age_months(profile.age_months(date.today()) if profile is not None else None)
        if self.history_panel is not None:
            self.history_panel.show_baby(profile.id if profile is not None else None)

    def _history_notice(self, notice) -> None:
        if notice is None:
            self._history_warning.hide()
            return
        self._history_warning.setText(self.history_panel.wording.notice(notice))
        self._history_warning.show()

    def show_history(self, session_id: str | None = None) -> None:
        if self.history_panel is None or self.session_flow.running:
            return
        if self.presentation_action.isChecked():
            self.statusBar().showMessage(
                self.tr("The history is hidden in presentation mode (no personal data on screen).")
            )
            return
        self.guide_panel.view.pause()
        self.pages.setCurrentWidget(self.history_panel)
        if session_id is not None:
            self.history_panel.select_session(session_id)

    def set_presentation(self, on: bool) -> None:
        """For a class on a projector: no baby's name, age or history on the wall."""
        if self.profile_switcher is not None:
            self.profile_switcher.setVisible(not on)
            self.history_button.setVisible(not on)
        if on and self.pages.currentWidget() is self.history_panel:
            self.show_home()
        if on:
            self.session_flow.baby_id = None
            self.set_age_months(None)
        elif self.profile_switcher is not None:
            self._baby_changed(self.profile_switcher.current_profile())

    def start_session(self, technique_id: str | None = None, area_id: str | None = None) -> None:
        on_home = self.pages.currentIndex() == 0 or self.pages.currentWidget() is self.guide_panel
        if self.session_flow.running or not on_home:
            return
        self.guide_panel.view.pause()
        self.session_flow.open(area_id, technique_id, self._age_months, self._cord_healed())
        self.statusBar().clearMessage()

    def _cord_healed(self) -> bool | None:
        """What the chosen baby's profile says about the navel (None: no profile, ask)."""
        profile = self.profile_switcher.current_profile() if self.profile_switcher else None
        if profile is None or self.presentation_action.isChecked():
            return None
        if profile.cord_healed_on is not None:
            return profile.cord_healed(date.today())
        # No date given: a baby of a few weeks very likely has healed; a newborn may not have.
        return profile.age_days(date.today()) >= 21

    def show_home(self) -> None:
        self.guide_panel.view.pause()
        self.pages.setCurrentIndex(0)
        self.body_map.setFocus()

    def _skin_tone(self) -> str | None:
        checked = self.skin_tone_actions.checkedAction()
        return checked.data() if checked is not None else None

    def set_skin_tone(self, tone_id: str) -> None:
        self.body_map.set_skin_tone(tone_id)
        self.guide_panel.view.set_skin_tone(tone_id)
        for action in self.skin_tone_actions.actions():
            action.setChecked(action.data() == tone_id)

    def set_age_months(self, age_months: float | None) -> None:
        self._age_months = age_months
        self.body_map.set_age_months(age_months)
        self.technique_panel.set_age_months(age_months)

    def _on_area_selected(self, area_id: str) -> None:
        self.technique_panel.show_area(area_id)
        self.statusBar().showMessage(self.body_map.accessible_text(area_id))

    def _on_area_hovered(self, area_id: str) -> None:
        if area_id:
            self.statusBar().showMessage(self.body_map.accessible_text(area_id))
        elif self.body_map.selected_area:
            self.statusBar().showMessage(self.body_map.accessible_text(self.body_map.selected_area))

    def save_handout(self, path: str | None = None) -> bool:
        """A printable PDF of the chosen area's techniques, with still diagrams."""
        area = self.body_map.selected_area
        if area is None:
            self.statusBar().showMessage(self.tr("Choose an area first, then make its handout."))
            return False
        if path is None:
            name = str(self.catalog.area(area).name).lower().replace(" ", "-")
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the handout"),
                self.tr("infant-massage-%1.pdf").replace("%1", name),
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return False
        try:
            pages = write_handout(path, self.catalog, self.illustrations, self._hands, area)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Handout"), str(exc))
            return False
        self.statusBar().showMessage(self.tr("Saved the handout (%n page(s)).", "", pages))
        return True

    def show_settings(self) -> None:
        flow = self.session_flow
        dialog = SettingsDialog(self.feed_wait_minutes(), flow.cues.mode, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        self.apply_settings(dialog.feed_wait_minutes, dialog.sound_mode)
        if self._settings is not None:
            self._settings.setValue("session/feed_wait_minutes", dialog.feed_wait_minutes)
            self._settings.setValue("session/sound_mode", dialog.sound_mode.value)

    def feed_wait_minutes(self) -> int:
        chosen = self.session_flow.setup_page.feed_wait_minutes
        return chosen if chosen is not None else self.catalog.safety.check.feed_wait_minutes

    def apply_settings(self, feed_wait_minutes: int, sound_mode: SoundMode) -> None:
        self.session_flow.setup_page.feed_wait_minutes = feed_wait_minutes
        self.session_flow.cues.set_mode(sound_mode)
        page = self.session_flow.run_page
        page.sound.setCurrentIndex(max(0, page.sound.findData(sound_mode)))

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def show_safety_rules(self) -> None:
        SafetyDialog(self.catalog.safety, self).exec()

    def _set_fullscreen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # --- remembered between runs -------------------------------------------------------------

    def _restore(self) -> None:
        if self._settings is None:
            return
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        tone = self._settings.value("appearance/skin_tone")
        if isinstance(tone, str) and tone in {t.id for t in self.illustrations.skin_tones}:
            self.set_skin_tone(tone)
        wait = self._settings.value("session/feed_wait_minutes")
        mode = self._settings.value("session/sound_mode")
        if str(wait).isdigit() or mode in set(SoundMode):
            self.apply_settings(
                int(wait) if str(wait).isdigit() else self.feed_wait_minutes(),
                SoundMode(mode) if mode in set(SoundMode) else self.session_flow.cues.mode,
            )
        scale = self._settings.value("appearance/text_scale")
        if scale is not None and float(scale) in theme.TEXT_SCALES:
            self.set_text_scale(float(scale))
        still = self._settings.value("appearance/still_diagrams")
        if still in ("true", "false"):  # the user's own choice wins over the system's
            self.still_action.setChecked(still == "true")
        view = self._settings.value("window/view")
        if view in ("front", "back"):
            self.body_map.set_view(view)
        area = self._settings.value("window/area")
        if isinstance(area, str) and area in self.catalog.area_ids:
            self.select_area(area)
            if view in ("front", "back"):
                self.body_map.set_view(view)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing mid-session ends it as stopped, so the history keeps what was done.
        self.session_flow.stop_now()
        self.session_flow.cues.shut_down()
        if self.history is not None:
            self.history.remove_listener(self._history_notice)
        if self._settings is not None:
            self._settings.setValue("window/geometry", self.saveGeometry())
            self._settings.setValue("window/view", self.body_map.view)
            self._settings.setValue("appearance/text_scale", theme.text_scale())
            if self.still_action.isChecked() != self._system_reduced_motion:
                self._settings.setValue(
                    "appearance/still_diagrams",
                    "true" if self.still_action.isChecked() else "false",
                )
            checked = self.skin_tone_actions.checkedAction()
            if checked is not None:
                self._settings.setValue("appearance/skin_tone", checked.data())
            if self.body_map.selected_area:
                self._settings.setValue("window/area", self.body_map.selected_area)
            self._settings.sync()
        super().closeEvent(event)
