"""Leads one session from the safety check to the summary; the main window only hosts its pages."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.clock import Clock, Playback
from infant_massage.domain.record_rules import clean_text
from infant_massage.domain.safety_check import CheckAnswers, KnownFacts
from infant_massage.domain.session import Session
from infant_massage.domain.session_plan import PlanError, plan_area, plan_routine
from infant_massage.domain.session_record import MemorySink, SessionSink, StopReason
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.common import keyboard
from infant_massage.ui.common.settings_model import SettingsModel
from infant_massage.ui.guide.rig_hands import RigHands
from infant_massage.ui.guide.view import GuideView
from infant_massage.ui.session.cues import CuePlayer
from infant_massage.ui.session.end_page import SessionEndPage
from infant_massage.ui.session.page import SessionPage
from infant_massage.ui.session.setup_page import SessionChoice, SessionSetupPage

RETRY_INTERVAL_MS = 15_000


class SessionFlow(QObject):
    closed = Signal()  # back to the home screen
    recorded = Signal(object)  # the final SessionRecord, after each save

    def __init__(
        self,
        catalog: Catalog,
        illustrations: Illustrations,
        hands: RigHands,
        pages: QStackedWidget,
        guide_for,
        clock: Clock,
        sink: SessionSink | None = None,
        cues: CuePlayer | None = None,
        saving_note: str = "",
        parent: QObject | None = None,
        settings: SettingsModel | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._clock = clock
        self.sink: SessionSink = sink or MemorySink()
        self.saving_note = saving_note
        self.cues = cues or CuePlayer()
        self.session: Session | None = None
        self.baby_id: str | None = None
        self.setup_page = SessionSetupPage(catalog, illustrations)
        guide_view = GuideView(illustrations, hands, Playback(clock))
        self.run_page = SessionPage(catalog, guide_view, self.cues, guide_for)
        self.end_page = SessionEndPage(catalog)
        self._pages = pages
        for page in (self.setup_page, self.run_page, self.end_page):
            pages.addWidget(page)
        self.setup_page.startRequested.connect(self._start)
        self.setup_page.cancelled.connect(self.closed)
        self.run_page.stopped.connect(self._ended)
        self.run_page.finished.connect(self._ended)
        self.end_page.reasonChosen.connect(self._reason)
        self.end_page.saved.connect(self._save)
        self.end_page.done.connect(self.closed)
        self.end_page.retryRequested.connect(self.retry_saving)
        # While a finished session waits to be written (a full disk), try again now and then:
        # it is written as soon as writing works again, whatever page is showing.
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_INTERVAL_MS)
        self._retry_timer.timeout.connect(self.retry_saving)
        self._shown_record_id: str | None = None
        keyboard.set_default_buttons(self.setup_page, self.setup_page.start_button)
        self.cues.availabilityChanged.connect(lambda _ok: self._describe_sound_modes())
        self._describe_sound_modes()
        self._settings = settings
        if settings is not None:
            settings.changed.connect(self._setting_changed)
            for field in ("feed_wait_minutes", "sound_mode"):
                self._setting_changed(field)
            sound = self.run_page.sound  # a choice made during a session is the setting
            sound.currentIndexChanged.connect(
                lambda i: settings.set("sound_mode", sound.itemData(i))
            )

    def _setting_changed(self, field: str) -> None:
        settings = self._settings
        assert settings is not None
        if field == "feed_wait_minutes":
            self.setup_page.feed_wait_minutes = settings.feed_wait_minutes
        elif field == "sound_mode":
            self.cues.set_mode(settings.sound_mode)
            sound = self.run_page.sound
            sound.setCurrentIndex(max(0, sound.findData(settings.sound_mode)))

    def _describe_sound_modes(self) -> None:
        """The sound choice says what works: without a sound device the screen flashes."""
        box = self.run_page.sound
        for index in range(box.count()):
            box.setItemText(index, self.cues.describe(box.itemData(index)))

    @property
    def running(self) -> bool:
        return self.session is not None and self.session.active

    def open(
        self,
        area: str | None = None,
        technique: str | None = None,
        known: KnownFacts | None = None,
    ) -> None:
        setup = self.setup_page
        setup.prepare(area, technique, known)
        self._pages.setCurrentWidget(setup)
        setup.questions.setFocus()
        # The keyboard starts on the first question still open (the age is usually known).
        first = setup.questions.first_unanswered() or setup.start_button
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_skin_tone(self, tone_id: str) -> None:
        """The baby's tone on the safety check's small map and in the session's guide."""
        self.setup_page.skin_map.set_skin_tone(tone_id)
        self.run_page.view.set_skin_tone(tone_id)  # repaints a parent's change too

    def turn_baby_over(self) -> bool:
        """T on the safety check turns its small map over; False when the check is not showing."""
        if self._pages.currentWidget() is not self.setup_page:
            return False
        self.setup_page.skin_map.toggle_view()
        return True

    def _plan(self, session: Session, answers: CheckAnswers, choice: SessionChoice, practice: bool):
        verdict = session.check(answers, self.setup_page.feed_wait_minutes)
        routines = self._catalog.routines
        if choice.routine is None:
            try:
                return plan_area(self._catalog, verdict, choice.area, choice.technique)
            except PlanError:
                if not practice:
                    raise
        routine = routines.routine(choice.routine or routines.routines[0].id)
        return plan_routine(self._catalog, verdict, routine, choice.minutes)

    def _start(self, answers: CheckAnswers, choice: SessionChoice, practice: bool) -> None:
        session = Session(self._catalog, self._clock, self.sink, baby_id=self.baby_id)
        plan = self._plan(session, answers, choice, practice)
        session.start(plan, practice=practice)
        self.session = session
        self._pages.setCurrentWidget(self.run_page)
        self.run_page.run(session)

    def stop_now(self) -> None:
        if self.running:
            self.run_page.stop()

    def _ended(self) -> None:
        assert self.session is not None
        self.end_page.show_record(self.session.record())
        self._pages.setCurrentWidget(self.end_page)

    def _reason(self, reason: StopReason) -> None:
        assert self.session is not None
        self.session.set_stop_reason(reason)
        self.recorded.emit(self.session.record())

    def _save(self, response, note: str) -> None:
        assert self.session is not None
        record = self.session.set_response(response, clean_text(note, line_breaks=True))
        self.recorded.emit(record)
        self._shown_record_id = record.id
        where, waiting = self._where(record.id, record.practice)
        self.end_page.show_summary(record, where, waiting)

    def _waiting(self, session_id: str) -> bool:
        is_saved = getattr(self.sink, "is_saved", None)
        return (
            is_saved is not None and getattr(self.sink, "saving", True) and not is_saved(session_id)
        )

    def _where(self, session_id: str, practice: bool) -> tuple[str, bool]:
        if not getattr(self.sink, "saving", True):
            return self.tr(
                "Not saved: the history cannot be written to (see the status bar)."
            ), False
        if self._waiting(session_id):
            self._retry_timer.start()
            notice = getattr(self.sink, "notice", None)
            if notice is not None and notice.detail == "the disk is full":
                return self.tr("Not saved yet: will be saved when there is space."), True
            return self.tr(
                "Not saved yet: will be saved as soon as the history can be written."
            ), True
        if practice:
            return self.tr("Doll practice: kept apart from the baby's history."), False
        return self.saving_note or self.tr("Saved in the history on this computer."), False

    def retry_saving(self) -> None:
        retry = getattr(self.sink, "retry", None)
        if retry is None or retry():
            self._retry_timer.stop()
        shown = self._shown_record_id
        if shown is not None and self.session is not None and self.session.record().id == shown:
            self.end_page.show_saving(*self._where(shown, self.session.record().practice))
