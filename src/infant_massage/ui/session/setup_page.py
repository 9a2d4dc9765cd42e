"""Before a session: the safety check, whose answers change what is offered, and what to do."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.safety_check import Blocker, Exclusion, KnownFacts, Verdict, evaluate
from infant_massage.domain.session_plan import max_minutes
from infant_massage.ui.body_map.body_map_widget import BodyMap
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.common import text_facts
from infant_massage.ui.common.fitting_page import FittingPage
from infant_massage.ui.common.labels import warning_box
from infant_massage.ui.common.text_format import fill, minutes_text
from infant_massage.ui.session.safety_questions import SafetyQuestions


@dataclass(frozen=True)
class SessionChoice:
    routine: str | None  # a routine id, or None for one area with one technique
    minutes: int
    area: str | None = None
    technique: str | None = None


# Fewer text lines than this fit in the page's height: the compact layout, one column, with the
# areas to skip as buttons instead of the small map (whose labels need room it does not have).
COMPACT_LINES = 30
EFFECTS_SHARE = 0.3  # of the page's height, at most, for what the answers change


class SessionSetupPage(FittingPage):
    startRequested = Signal(object, object, bool)  # CheckAnswers, SessionChoice, practice
    cancelled = Signal()

    def __init__(
        self,
        catalog: Catalog,
        illustrations: Illustrations,
        feed_wait_minutes: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.feed_wait_minutes = feed_wait_minutes
        self._single: tuple[str, str] | None = None
        self.verdict: Verdict | None = None
        # The question asks about the same hours as the rule and the "Not today" line: the
        # catalog's wait after a vaccination, the one number all three read.
        self.questions = SafetyQuestions(catalog.safety.check.vaccination_wait_hours)
        self.skin_map = BodyMap(illustrations, catalog)
        self.skin_map.setMinimumSize(200, 260)
        self.effects = QVBoxLayout()
        self.lengths = QButtonGroup(self)
        self._wanted_minutes = 10
        self.start_button = QPushButton(self.tr("Start the session"))
        self.practice_button = QPushButton(self.tr("Practise on a doll"))
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self._init_layout()
        self.questions.changed.connect(self.refresh)
        self.skin_map.areaSelected.connect(self._toggle_skin_area)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel.activated.connect(self.cancelled)
        self.start_button.clicked.connect(lambda: self._request(practice=False))
        self.practice_button.clicked.connect(lambda: self._request(practice=True))
        self.cancel_button.clicked.connect(self.cancelled)
        self.refresh()

    # --- layout --------------------------------------------------------------------------------

    def _init_layout(self) -> None:
        title = QLabel(self.tr("Before you start"))
        title.setObjectName("title")
        intro = QLabel(
            self.tr("A few plain questions. Your answers change what the session offers today.")
        )
        intro.setWordWrap(True)
        intro.setObjectName("subtle")
        # A question the check cannot answer for the parent: the catalog's rule, always in sight.
        conditions = self._catalog.safety.rule("ask_professional_conditions")
        self.conditions_box = warning_box(self.tr("Ask a professional first"), [conditions.text])
        # True in every session, whatever the answers and the area (a fall, stepping away, the
        # baby falling asleep): the catalog's rules, in the words of the cards and F1. Not among
        # what the answers change, which must stay in sight under the questions.
        facts = text_facts.shared().facts()
        every_time = [rule.said("text", facts) for rule in self._catalog.safety.always_true]
        self.every_time_box = warning_box(self.tr("Every time you massage"), every_time)

        skin_label = QLabel(
            self.tr(
                "Click any area with broken skin, a rash, redness or swelling (or reach it "
                "with the arrow keys and press Space): it will be skipped today."
            )
        )
        skin_label.setWordWrap(True)
        turn = QPushButton(self.tr("Turn over (T)"))
        turn.clicked.connect(self.skin_map.toggle_view)
        skin = QVBoxLayout()
        skin.addWidget(skin_label)
        skin.addWidget(self.skin_map, 1)
        skin.addWidget(turn, 0, Qt.AlignmentFlag.AlignLeft)
        self.skin_buttons = self._skin_buttons()

        self.effects_box = effects_box = QFrame()
        effects_box.setObjectName("card")
        effects_box.setAccessibleName(self.tr("What your answers change"))
        self.effects.setContentsMargins(16, 12, 16, 12)
        effects_box.setLayout(self.effects)
        # What the answers change sits under the questions, never scrolled away from them: the
        # effect is seen the moment an answer is given, however tall the questions are.
        self.effects_slot = QScrollArea()
        self.effects_slot.setWidgetResizable(True)
        self.effects_slot.setFrameShape(QFrame.Shape.NoFrame)
        self.effects_slot.setWidget(effects_box)
        self._compact = False

        self._map_column = QWidget()
        self._map_column.setLayout(skin)
        skin.setContentsMargins(0, 0, 0, 0)

        self.routine_box = QComboBox()
        self.routine_box.setMinimumHeight(44)
        self.routine_box.setAccessibleName(self.tr("What to do"))
        for routine in self._catalog.routines.routines:
            self.routine_box.addItem(str(routine.name), routine.id)
            self.routine_box.setItemData(
                self.routine_box.count() - 1, str(routine.description), Qt.ItemDataRole.ToolTipRole
            )
        self.routine_box.currentIndexChanged.connect(lambda _: self.refresh())

        choose = QHBoxLayout()
        choose.setSpacing(10)
        choose.addWidget(self.routine_box, 1)
        for minutes in self._catalog.routines.lengths_minutes:
            button = QPushButton(fill(self.tr("%1 min"), str(minutes)))
            button.setCheckable(True)
            button.setObjectName("choice")
            button.setProperty("minutes", minutes)
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _=False, m=minutes: self._want_minutes(m))
            self.lengths.addButton(button)
            choose.addWidget(button)

        self.start_button.setObjectName("primary")
        for button in (self.start_button, self.practice_button, self.cancel_button):
            button.setMinimumHeight(52)
        actions = QHBoxLayout()
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(self.practice_button)
        actions.addWidget(self.start_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.conditions_box)
        layout.addWidget(self.questions)
        layout.addWidget(self.skin_buttons)
        layout.addWidget(self.every_time_box)  # last: read just before the session starts
        layout.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        # The questions scroll with what they change under them; the map beside them, unscrolled,
        # fits the page's height whole.
        left = QVBoxLayout()
        left.addWidget(scroll, 1)
        left.addWidget(self.effects_slot)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 3)
        columns.addWidget(self._map_column, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 12)
        outer.addLayout(columns, 1)
        # What to do and how long stay in sight, below the questions, never scrolled away.
        outer.addLayout(choose)
        outer.addLayout(actions)

    def _skin_buttons(self) -> QWidget:
        """The areas to skip as toggle buttons: the compact layout's stand-in for the map."""
        box = QWidget()
        box.setAccessibleName(self.tr("Areas to skip today"))
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        label = QLabel(
            self.tr("Broken skin, a rash, redness or swelling? Choose the areas to skip today:")
        )
        label.setWordWrap(True)
        grid.addWidget(label, 0, 0, 1, 4)
        self._skin_toggles: dict[str, QPushButton] = {}
        for index, area in enumerate(self._catalog.areas):
            button = QPushButton(str(area.name))
            button.setCheckable(True)
            button.setObjectName("riskChoice")
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _=False, a=area.id: self._toggle_skin_area(a))
            grid.addWidget(button, 1 + index // 4, index % 4)
            self._skin_toggles[area.id] = button
        box.setVisible(False)
        return box

    def _fit(self) -> None:
        lines = self.height() / max(1, self.fontMetrics().lineSpacing())
        self._set_compact(lines < COMPACT_LINES)
        self._fit_effects()

    def _fit_effects(self) -> None:
        """As tall as what the answers change, up to a share of the page (then it scrolls)."""
        for label in self.effects_box.findChildren(QLabel):
            label.ensurePolished()  # a new label's font (the text size) comes with its style
        width = self.effects_slot.viewport().width() or self.scroll.viewport().width()
        wanted = self.effects_box.heightForWidth(width)
        if wanted <= 0:
            wanted = self.effects_box.sizeHint().height()
        self.effects_slot.setFixedHeight(min(wanted, int(self.height() * EFFECTS_SHARE)))

    def _set_compact(self, compact: bool) -> None:
        if compact == self._compact:
            return
        self._compact = compact
        self._map_column.setVisible(not compact)
        self.skin_buttons.setVisible(compact)

    # --- behaviour -----------------------------------------------------------------------------

    def prepare(
        self,
        area: str | None = None,
        technique: str | None = None,
        known: KnownFacts | None = None,
    ) -> None:
        """Open the check afresh, optionally for one technique on one area; `known` is what the
        baby's profile says (nothing, without a profile)."""
        self._single = (area, technique) if area and technique else None
        while self.routine_box.count() > len(self._catalog.routines.routines):
            self.routine_box.removeItem(self.routine_box.count() - 1)
        if self._single:
            self.routine_box.addItem(
                fill(
                    self.tr("Only %1: %2"),
                    str(self._catalog.area(area).name),
                    str(self._catalog.technique(technique).name),
                ),
                None,
            )
            self.routine_box.setCurrentIndex(self.routine_box.count() - 1)
        else:
            self.routine_box.setCurrentIndex(0)
        self._wanted_minutes = 10
        self.questions.reset(known)
        self.skin_map.set_marked(set())
        self.scroll.verticalScrollBar().setValue(0)
        self.refresh()

    def _want_minutes(self, minutes: int) -> None:
        self._wanted_minutes = minutes
        self.refresh()

    def _toggle_skin_area(self, area: str) -> None:
        self.skin_map.set_marked(self.skin_map.marked_areas ^ {area})
        self.refresh()

    def choice(self) -> SessionChoice:
        checked = self.lengths.checkedButton()
        minutes = checked.property("minutes") if checked else self._wanted_minutes
        routine = self.routine_box.currentData()
        if routine is None and self._single:
            return SessionChoice(None, minutes, *self._single)
        return SessionChoice(routine, minutes)

    def refresh(self) -> None:
        for area, button in self._skin_toggles.items():
            button.setChecked(area in self.skin_map.marked_areas)
        answers = self.questions.answers(self.skin_map.marked_areas, cautious=False)
        self.verdict = evaluate(self._catalog, answers, self.feed_wait_minutes)
        cap = max_minutes(self._catalog, answers.age_months)
        allowed = [
            m for m in self._catalog.routines.lengths_minutes if cap is None or m <= cap
        ] or [self._catalog.routines.lengths_minutes[0]]
        # The parent's own choice comes back once the age allows it again.
        minutes = self._wanted_minutes if self._wanted_minutes in allowed else allowed[-1]
        single = self.routine_box.currentData() is None
        for button in self.lengths.buttons():
            button.setEnabled(button.property("minutes") in allowed and not single)
            button.setChecked(button.property("minutes") == minutes)
        choice = self.choice()
        single_ok = choice.routine is not None or self.verdict.offers(choice.technique, choice.area)
        answered = not self.questions.unanswered()
        self.start_button.setEnabled(answered and self.verdict.allowed and single_ok)
        self.practice_button.setObjectName("primary" if not self.verdict.allowed else "")
        self.practice_button.style().unpolish(self.practice_button)
        self.practice_button.style().polish(self.practice_button)
        self._show_effects(self.verdict, cap, single_ok, answered)

    def effect_texts(self) -> list[str]:
        items = (self.effects.itemAt(i) for i in range(self.effects.count()))
        return [item.widget().text() for item in items if item.widget() is not None]

    def _show_effects(
        self, verdict: Verdict, cap: int | None, single_ok: bool, answered: bool
    ) -> None:
        while self.effects.count():
            item = self.effects.takeAt(0)
            if item.widget():
                item.widget().hide()  # deleteLater alone would leave it drawn until the next loop
                item.widget().deleteLater()
        lines: list[tuple[str, str]] = []
        age_given = self.questions.age_given()
        if not answered:
            lines.append(
                (
                    self.tr(
                        "Give the age and answer the yes/no questions to start. Until then "
                        "nothing is assumed."
                    ),
                    "fieldName",
                )
            )
        weeks_early = verdict.answers.weeks_early
        if age_given and weeks_early > 0:
            months = int(verdict.answers.age_months)
            lines.append(
                (
                    fill(
                        self.tr(
                            "Born %1 weeks early: what is offered follows the corrected age, "
                            "%n month(s) from the due date.",
                            "",
                            months,
                        ),
                        str(weeks_early),
                    ),
                    "subtle",
                )
            )
        if verdict.ask_professional_first:
            lines.append(
                (
                    self.tr(
                        "Born early: ask your health visitor, midwife or doctor before you start."
                    ),
                    "warningText",
                )
            )
        if verdict.remind_feed_wait:
            wait = self.feed_wait_minutes or self._catalog.safety.check.feed_wait_minutes
            lines.append(
                (
                    fill(
                        self.tr(
                            "Not sure when the baby last fed? Start only when the last feed was "
                            "at least %1 ago."
                        ),
                        minutes_text(wait * 60),
                    ),
                    "warningText",
                )
            )
        blockers = {
            Blocker.UNWELL: self.tr(
                "Not today: the baby is unwell. Hold and comfort the baby instead, and try again "
                "once they are well."
            ),
            Blocker.VACCINATION: fill(
                self.tr("Not today: wait %1 hours after a vaccination."),
                str(self._catalog.safety.check.vaccination_wait_hours),
            ),
            Blocker.RECENT_FEED: fill(
                self.tr("Not yet: wait %1 more after the feed."),
                minutes_text(verdict.minutes_to_wait * 60),
            ),
            Blocker.NOTHING_LEFT: self.tr("Not today: no area is left to massage."),
        }
        lines += [(blockers[b], "reason") for b in verdict.blockers]
        if not verdict.allowed:
            lines.append((self.tr("You can still practise the moves on a doll."), ""))
        for area in verdict.skipped_areas:
            reasons = {verdict.excluded[(t.id, area)] for t in self._catalog.techniques_on(area)}
            name = str(self._catalog.area(area).name)
            if Exclusion.SKIN in reasons:
                text = self.tr("%1 will be skipped today (sore skin).")
            elif Exclusion.CORD in reasons:
                text = self.tr("%1 is left out until the navel has healed.")
            else:
                text = self.tr("%1 is left out today.")
            lines.append((fill(text, name), "warningText"))
        limit = self._catalog.routines.limit_for(verdict.answers.age_months)
        light_only = age_given and limit is not None and limit.techniques is not None
        for (technique, _area), reason in sorted(verdict.excluded.items()):
            if not age_given:
                break  # nothing about age until the parent gives it
            if light_only:
                break  # the newborn line below says it all
            if reason == Exclusion.TOO_YOUNG and _area not in verdict.skipped_areas:
                age = self._catalog.technique(technique).age_note
                name = str(self._catalog.technique(technique).name)
                lines.append((f"{name}: {age}" if age else name, "subtle"))
        if age_given and not verdict.oil_allowed:
            lines.append((self.tr("No oil: the baby is under about one month old."), "subtle"))
        if light_only:
            lines.append(
                (
                    fill(
                        self.tr("A newborn: only gentle stroking, up to %1."),
                        minutes_text(cap * 60),
                    ),
                    "subtle",
                )
            )
        elif cap is not None and age_given:
            lines.append(
                (
                    fill(
                        self.tr("A young baby: short, light sessions (up to %1)."),
                        minutes_text(cap * 60),
                    ),
                    "subtle",
                )
            )
        if not single_ok:
            lines.append((self.tr("That technique is left out today: choose a routine."), "reason"))
        if verdict.allowed and len(lines) == 0:
            # The stop rule in the catalog's words, as F1 and the handouts say it.
            crying = self._catalog.safety.rule("persistent_crying")
            stop = crying.said("text", text_facts.shared().facts()) or ""
            lines.append((fill(self.tr("All clear. %1"), stop), ""))
        for text, style in lines:
            label = QLabel(text)
            label.setWordWrap(True)
            label.setObjectName(style)
            self.effects.addWidget(label)
        self.effects.addStretch(1)
        self._fit_effects()
        QTimer.singleShot(0, self, self._fit_effects)  # again once the new lines are styled

    def _request(self, practice: bool) -> None:
        answers = self.questions.answers(self.skin_map.marked_areas)
        self.startRequested.emit(answers, self.choice(), practice)
