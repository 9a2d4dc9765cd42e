"""The main window: the shell that hosts the pages (home, guide, session, history, class mode)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from infant_massage.domain.safety_check import KnownFacts
from infant_massage.ui.common import keyboard, theme
from infant_massage.ui.common.choice_labels import skin_tone_choices
from infant_massage.ui.common.icon_tint import tinted
from infant_massage.ui.common.text_format import fill
from infant_massage.ui.history.unsaved_prompt import may_quit
from infant_massage.ui.shell.main_menus import build_menus
from infant_massage.ui.shell.pages import PageMaker, Services
from infant_massage.ui.shell.window_state import (
    fit_to_screen,
    restore_window_state,
    save_window_state,
)

if TYPE_CHECKING:
    from infant_massage.domain.guide import Guide
    from infant_massage.ui.class_mode.launcher import ClassModeWindows
    from infant_massage.ui.guide.panel import GuidePanel
    from infant_massage.ui.history.panel import HistoryPanel
    from infant_massage.ui.session.flow import SessionFlow

# The pages behind the home screen (the guide, the session's, the history, class mode), the hand
# drawings and the dialogs are built, and their modules imported, on first use (PageMaker, from
# the services the window factory composed): a start shows the home screen and no more.


class MainWindow(QMainWindow):
    """The shell: hosts the pages, switches between them, and holds the menus and status bar.

    Made by the window factory (app/window_factory.py), which composes its services; the
    window_state file remembers where it was and what it showed; storage_problem says why
    nothing can be saved (an unwritable data folder), or is empty."""

    def __init__(
        self,
        services: Services,
        window_state: QSettings | None = None,
        storage_problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        services.settings.setParent(self)  # the settings live as long as the window
        self.services = services
        self._make = PageMaker(services)
        self.catalog = services.catalog
        self.illustrations = services.illustrations
        self.history = services.history
        self._window_state = window_state
        # The user's choices: one model that the pages and the menus observe.
        self.user_settings = services.settings
        self.skin_tones = services.skin_tones
        self.guides = services.guides
        self.setWindowTitle(self.tr("Infant Massage Guide"))
        self.setMinimumSize(800, 600)
        self._guide_panel: GuidePanel | None = None
        self._history_panel: HistoryPanel | None = None
        self._session_flow: SessionFlow | None = None
        self.class_mode: ClassModeWindows | None = None
        self.profile_switcher = self._make.profile_switcher
        self._baby_id: str | None = None
        self._age_months: float | None = None
        self._home_words = self.tr("Point at the baby to choose an area.")
        self._init_central()
        self._saving_note = (
            fill(self.tr("Not saved: %1"), storage_problem) if storage_problem else ""
        )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            keyboard.install(app)
        self._menus = build_menus(self)
        self.user_settings.changed.connect(self._setting_changed)
        self._apply_look()
        self._init_status(storage_problem)
        self._init_history()
        fit_to_screen(self, window_state)
        if window_state is not None:
            restore_window_state(self, window_state)
        self.home.focus_map()  # the keyboard starts on the baby: the arrows walk the areas

    def _init_central(self) -> None:
        # The stack is in the window before the page is built in it: a widget moved under a
        # new parent restyles everything inside it under the app's style sheet (see PageMaker).
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.home = home = self._make.home_page(self.pages)
        home.historyRequested.connect(lambda: self.show_history())
        home.guideRequested.connect(self.open_guide)
        home.safetyRulesRequested.connect(self.show_safety_rules)
        home.sessionRequested.connect(self.start_session)
        home.statusChanged.connect(self._home_status)
        self.pages.addWidget(home)
        self.pages.currentChanged.connect(self._describe_page)

    # --- the status bar: what the page shown is, and the history's notice off its own page ---

    def _home_status(self, words: str) -> None:
        """The area pointed at or chosen: kept for the home page, said while it shows."""
        self._home_words = words
        if self.pages.currentIndex() == 0:
            self.statusBar().showMessage(words)

    def _page_words(self, page: QWidget | None) -> str:
        """The status bar's words for this page: each page's own, never the last page's."""
        if page is self.home:
            return self._home_words
        if page is not None and page is self._guide_panel:
            return self._guide_panel.title_text()
        if page is not None and page is self._history_panel:
            return self.tr("History: the sessions, their notes and charts (Esc goes back)")
        flow = self._session_flow
        if flow is not None and page is flow.setup_page:
            return self.tr("Safety check before the session (Esc goes back)")
        if flow is not None and page is flow.run_page:
            return self.tr("Session: Space pauses, Esc stops at once")
        return ""

    def _describe_page(self) -> None:
        shown = self.pages.currentWidget()
        self.statusBar().showMessage(self._page_words(shown))
        # The History page shows the history's notice itself: said twice, it is read neither time.
        on_history = shown is not None and shown is self._history_panel
        self._history_warning.setVisible(bool(self._history_warning.text()) and not on_history)

    def _host(self, page: QWidget) -> None:
        """A page built later joins the others, its icons at today's text size."""
        self.pages.addWidget(page)
        self._scale_icons()

    def set_text_scale(self, scale: float) -> None:
        """Bigger words for a projector or a screen across the room (a setting)."""
        self.user_settings.set("text_scale", scale)

    def set_theme(self, name: str) -> None:
        """View > Theme: 'system', 'light', 'dark' or 'high_contrast' (a setting)."""
        self.user_settings.set("theme", name)

    def set_still_diagrams(self, on: bool) -> None:
        """View > Still diagrams: the guides show the path and key positions, no motion."""
        self.user_settings.set("still_diagrams", on)

    def still_diagrams(self) -> bool:
        return self.services.still_diagrams()

    def _setting_changed(self, field: str) -> None:
        if field in ("theme", "text_scale"):
            self._apply_look()

    def _apply_look(self) -> None:
        """The theme and the text size the settings hold, restyling only what changed: restyling
        every widget costs a returning user's start 70 ms for nothing."""
        chosen, scale = self.user_settings.theme, self.user_settings.text_scale
        new_theme, new_scale = chosen != theme.chosen_name(), scale != theme.text_scale()
        app = QApplication.instance()
        if not (new_theme or new_scale) or not isinstance(app, QApplication):
            return
        theme.apply(
            app, forced=chosen if new_theme else None, text_scale=scale if new_scale else None
        )
        if new_scale:
            self._scale_icons()
        if new_theme:
            self._tint_icons()

    def _scale_icons(self) -> None:
        """Icons grow with the text; again when a page is built later, at the size then."""
        scale = theme.text_scale()
        for button in self.findChildren(QAbstractButton):
            if button.icon().isNull():
                continue
            base = button.property("baseIconSize") or button.iconSize().width()
            button.setProperty("baseIconSize", base)
            button.setIconSize(QSize(round(base * scale), round(base * scale)))

    def _tint_icons(self) -> None:
        text = self.palette().color(QPalette.ColorRole.ButtonText)
        for button in self.findChildren(QAbstractButton):
            if not button.icon().isNull() and button.objectName() not in ("primary", "stop"):
                button.setIcon(tinted(button.icon(), text))

    def _step_text_scale(self, step: int) -> None:
        scales = theme.TEXT_SCALES
        current = scales.index(self.user_settings.text_scale)
        self.set_text_scale(scales[max(0, min(len(scales) - 1, current + step))])

    def bigger_text(self) -> None:
        self._step_text_scale(+1)

    def smaller_text(self) -> None:
        self._step_text_scale(-1)

    def normal_text(self) -> None:
        self.set_text_scale(theme.TEXT_SCALES[0])

    # The actions other parts drive (the command line's --present and --fullscreen, tests).

    @property
    def presentation_action(self) -> QAction:
        return self._menus.actions["class_mode"]

    @property
    def fullscreen_action(self) -> QAction:
        return self._menus.actions["fullscreen"]

    @property
    def still_action(self) -> QAction:
        return self._menus.actions["still"]

    @property
    def theme_actions(self) -> QActionGroup:
        return self._menus.groups["theme"]

    def _init_status(self, storage_problem: str) -> None:
        self._history_warning = QLabel()
        self._history_warning.setObjectName("reason")
        self._history_warning.setWordWrap(True)
        self._history_warning.hide()
        self.statusBar().addPermanentWidget(self._history_warning)
        if storage_problem:
            warning = QLabel(fill(self.tr("Not saving: %1"), storage_problem))
            warning.setObjectName("reason")
            self.statusBar().addPermanentWidget(warning)
        self.statusBar().showMessage(self._home_words)

    # --- actions -------------------------------------------------------------------------------

    def select_area(self, area_id: str) -> None:
        self.home.select_area(area_id)

    def guide_for(self, technique_id: str, area_id: str) -> Guide:
        """The library's guide for this pair (every page asks the same library)."""
        return self.guides.guide(technique_id, area_id)

    def open_guide(self, technique_id: str, area_id: str) -> None:
        guide = self.guide_for(technique_id, area_id)
        if self.pages.currentWidget() is self.home:
            self.home.remember_focus()  # Esc comes back to the button that opened it
        panel = self.guide_panel
        self.pages.setCurrentWidget(panel)
        panel.open(guide, str(self.catalog.area(area_id).name), self.skin_tones.baby.id)
        self._describe_page()  # the page may have shown another guide already

    def _init_history(self) -> None:
        if self.history is None or self.profile_switcher is None:
            return
        self.profile_switcher.babyChanged.connect(self._baby_changed)
        self.history.add_listener(self._history_notice)
        self._history_notice(self.history.notice)
        self._baby_changed(self.profile_switcher.current_profile())

    @property
    def history_panel(self) -> HistoryPanel | None:
        """The History page (None without a history), built the first time it is wanted."""
        if self._history_panel is None and self.history is not None:
            panel = self._history_panel = self._make.history_panel()
            panel.closeRequested.connect(self.show_home)
            self._host(panel)
            panel.show_baby(self._baby_id)
        return self._history_panel

    @property
    def session_flow(self) -> SessionFlow:
        """The session's pages (safety check, run, summary), built for the first session."""
        if self._session_flow is None:
            flow = self._session_flow = self._make.session_flow(self.pages, self._saving_note, self)
            flow.baby_id = self._baby_id
            flow.closed.connect(self.show_home)
            self._scale_icons()
        return self._session_flow

    @property
    def guide_panel(self) -> GuidePanel:
        """The animated guide page, built the first time a guide is opened."""
        if self._guide_panel is None:
            panel = self._guide_panel = self._make.guide_panel()
            panel.closeRequested.connect(lambda: self.show_home(restore_focus=True))
            self._host(panel)
        return self._guide_panel

    def _pause_guide(self) -> None:
        if self._guide_panel is not None:
            self._guide_panel.pause()

    def _session_running(self) -> bool:
        return self._session_flow is not None and self._session_flow.running

    def _baby_changed(self, profile) -> None:
        self._baby_id = profile.id if profile is not None else None
        if self._session_flow is not None:
            self._session_flow.baby_id = self._baby_id
        # Babies born early: every gate uses the age from the due date (the corrected age).
        self.set_age_months(profile.corrected_months(date.today()) if profile is not None else None)
        if self._history_panel is not None:
            self._history_panel.show_baby(self._baby_id)

    def _history_notice(self, notice) -> None:
        if notice is None:
            self._history_warning.clear()
        else:
            from infant_massage.ui.history.wording import HistoryWording  # only with a notice

            self._history_warning.setText(HistoryWording(self.catalog).notice(notice))
        self._describe_page()

    def show_history(self, session_id: str | None = None) -> None:
        if self.history is None or self._session_running():
            return
        if self.presentation_action.isChecked():
            self.statusBar().showMessage(
                self.tr("The history is hidden in presentation mode (no personal data on screen).")
            )
            return
        self._pause_guide()
        self.pages.setCurrentWidget(self.history_panel)
        if session_id is not None:
            self.history_panel.select_session(session_id)
        self.history_panel.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_presentation(self, on: bool) -> None:
        """For a class on a projector: no baby's name, age or history on the wall."""
        self.home.show_personal(not on)
        showing = self.pages.currentWidget()
        if on and showing is not None and showing is self._history_panel:
            self.show_home()
        if on:
            self._baby_id = None
            if self._session_flow is not None:
                self._session_flow.baby_id = None
            self.set_age_months(None)
        elif self.profile_switcher is not None:
            self._baby_changed(self.profile_switcher.current_profile())
        self._show_class_mode(on)

    def _show_class_mode(self, on: bool) -> None:
        """Class mode replaces this window while it is on: it holds the babies' names."""
        if not on:
            if self.class_mode is not None:
                self.class_mode.close()
            return
        if self._session_running():
            self.statusBar().showMessage(self.tr("Finish or stop the session first."))
            self.presentation_action.setChecked(False)
            return
        self._pause_guide()
        self.class_mode = self._make.class_mode(self.home.selected_area, self)
        self.class_mode.closed.connect(lambda: self.presentation_action.setChecked(False))
        self.class_mode.open()

    def start_session(self, technique_id: str | None = None, area_id: str | None = None) -> None:
        """A session's safety check: for this technique on this area, or with none given, for
        what the page shows: the home page's routine, or a guide's own technique (S on a guide
        is its card's "Massage now", so it waits, as that button does, for a baby too young)."""
        showing = self.pages.currentWidget()
        panel = self._guide_panel
        on_guide = panel is not None and showing is panel
        if self._session_running() or not (self.pages.currentIndex() == 0 or on_guide):
            return
        if technique_id is None and on_guide and panel.guide is not None:
            technique_id, area_id = panel.guide.technique.id, panel.guide.area_id
            allowed = self.catalog.techniques_for(area_id, self._age_months)
            if technique_id not in {t.id for t in allowed}:
                months = self.catalog.technique(technique_id).min_age_on(area_id)
                self.statusBar().showMessage(
                    self.tr(
                        "For later, from about %n month(s): watch it now, massage it later.",
                        "",
                        months,
                    )
                )
                return
        self._pause_guide()
        self.session_flow.open(area_id, technique_id, self._known_facts())

    def _known_facts(self) -> KnownFacts | None:
        """What the chosen baby's profile tells the safety check (None: no profile, ask all)."""
        profile = self.profile_switcher.current_profile() if self.profile_switcher else None
        if profile is None or self.presentation_action.isChecked():
            return None
        return KnownFacts.from_profile(profile, date.today(), self.catalog.safety.check)

    def show_home(self, restore_focus: bool = False) -> None:
        """Home again; with `restore_focus`, the keyboard where it was when the guide opened
        (its card's button), else on the map."""
        self._pause_guide()
        self.pages.setCurrentIndex(0)
        if restore_focus:
            self.home.restore_focus()
        else:
            self.home.focus_map()

    def turn_baby_over(self) -> None:
        """T: the body map on screen turns over (the home page's or the safety check's)."""
        if self._session_flow is not None and self._session_flow.turn_baby_over():
            return
        if self.pages.currentIndex() == 0:
            self.home.turn_baby_over()

    def set_skin_tone(self, tone_id: str) -> None:
        """The baby's skin tone (View > Skin tone); the choice remembers it."""
        self.skin_tones.set_baby(tone_id)

    def set_age_months(self, age_months: float | None) -> None:
        self._age_months = age_months  # what S on a guide may start, as the cards show
        self.home.set_age_months(age_months)

    def save_handout(self, path: str | None = None) -> bool:
        """A printable PDF of the chosen area's techniques, with still diagrams."""
        area = self.home.selected_area
        if area is None:
            self.statusBar().showMessage(self.tr("Choose an area first, then make its handout."))
            return False
        if path is None:
            name = str(self.catalog.area(area).name).lower().replace(" ", "-")
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the handout"),
                fill(self.tr("infant-massage-%1.pdf"), name),
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return False
        from infant_massage.ui.guide.handout import write_handout

        try:
            hands = self._make.parent_hands
            pages = write_handout(path, self.catalog, self.illustrations, hands, area)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Handout"), str(exc))
            return False
        self.statusBar().showMessage(self.tr("Saved the handout (%n page(s)).", "", pages))
        return True

    def show_settings(self) -> None:
        from infant_massage.ui.shell.settings_dialog import SettingsDialog

        # The sound choices say what works on this machine (no sound device: the screen flashes).
        describe = self._make.cues.describe
        tones = skin_tone_choices(self.skin_tones.tones)
        dialog = SettingsDialog(self.user_settings, self, describe, tones, self.still_diagrams)
        dialog.exec()  # each choice is in the model as it is made
        dialog.deleteLater()

    def show_about(self) -> None:
        from infant_massage.ui.common.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def show_safety_rules(self) -> None:
        from infant_massage.ui.common.safety_dialog import SafetyDialog

        SafetyDialog(self.catalog.safety, self).exec()

    def set_fullscreen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing mid-session ends it as stopped, so the history keeps what was done.
        if self._session_flow is not None:
            self._session_flow.stop_now()
        if not may_quit(self.history, self):  # a finished session is still waiting to be written
            event.ignore()
            return
        self._make.shut_down()
        if self.history is not None:
            self.history.remove_listener(self._history_notice)
        if self._window_state is not None:
            save_window_state(self, self._window_state)
        super().closeEvent(event)
