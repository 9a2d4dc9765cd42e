"""The right-hand panel: the chosen area, what it is for, and a card per technique that suits it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget

from infant_massage.domain.catalog import Catalog
from infant_massage.ui.common import theme
from infant_massage.ui.common.labels import wrapped_label
from infant_massage.ui.common.safety_box import rules_box
from infant_massage.ui.common.scroll_width import WidthClaim, claim_content_width
from infant_massage.ui.home.technique_card import TechniqueCard, height_at


class TechniquePanel(QScrollArea):
    guideRequested = Signal(str, str)  # technique id, area id
    safetyRulesRequested = Signal()
    sessionRequested = Signal(str, str)  # technique id, area id

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._age_months: float | None = None
        self.area_id: str | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No stop of its own: Tab goes from the map straight to the first card's button, and
        # Page Down and the arrows there still scroll the panel (a button leaves them to it).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._width_claim: WidthClaim | None = None
        self._arranged_compact = False
        self.show_area(None)
        # A card's buttons in big words are never cut at the right edge.
        self._width_claim = claim_content_width(self)

    @property
    def cards(self) -> list[TechniqueCard]:
        return self.widget().findChildren(TechniqueCard)

    COMPACT_BELOW = 500  # px of panel width: below it a card's buttons stack, and more (_fill_area)

    def _room(self) -> int:
        # Measured as if the scroll bar showed (without asking for the viewport: scroll_width.py
        # says why), so that the compact arrangement, shorter, never flips the choice back.
        bar = self.verticalScrollBar().sizeHint().width()
        return self.maximumViewportSize().width() - bar

    def _narrow(self) -> bool:
        # Bigger words need more room side by side: the threshold grows with the text size.
        return self._room() < self.COMPACT_BELOW * theme.text_scale()

    def _compact(self) -> bool:
        return self._narrow() or not self._guide_in_sight_in_row_order()

    def _guide_in_sight_in_row_order(self) -> bool:
        """Whether, with the area's rules above the cards, the first card's guide button would
        end inside the column's view (1024x768 normal text: the back's rules push it below).

        Worked out from the parts' heights at the column's width and the view's height, none of
        which the arrangement changes (the width as if the scroll bar showed, _room), rather than
        read from where the button is now: so the compact arrangement, shorter, can never make
        the answer flip back and the rules jump to and fro while the window is resized.
        """
        cards = self.cards
        if not cards:
            return True
        layout = self.widget().layout()
        margins = layout.contentsMargins()
        width = self._room() - margins.left() - margins.right()
        above = sum(height_at(part, width) + layout.spacing() for part in self._above_cards)
        bottom = margins.top() + above + cards[0].guide_bottom_in_row_order(width)
        return bottom <= self.maximumViewportSize().height()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        compact = self._compact()  # measured once: it lays every header part out at this width
        self._set_cards_compact(compact)
        self._rearrange_soon(compact)

    def _set_cards_compact(self, compact: bool) -> None:
        stacked = self._narrow()
        for card in self.cards:
            card.set_compact(compact, stacked)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._rearrange_soon(self._compact())  # a new text size moves the threshold

    def _rearrange_soon(self, compact: bool) -> None:
        # Once the event is over: a new style reaches every widget in turn, and the rules must
        # not move from under it.
        if compact != self._arranged_compact:
            QTimer.singleShot(0, self, self._rearrange)

    def _rearrange(self) -> None:
        compact = self._compact()
        self._set_cards_compact(compact)
        self._place_area_rules(compact)

    def _place_area_rules(self, compact: bool) -> None:
        """Above the cards; in a compact column under the first card's buttons (_fill_area)."""
        self._arranged_compact = compact
        box, cards = self._area_rules, self.cards
        if box is None or not cards:
            return
        first = cards[0]
        first.show_under_actions(box if compact else None)
        layout = self.widget().layout()
        if not compact and layout.indexOf(box) < 0:
            layout.insertWidget(layout.indexOf(first), box)
            # Back among the column's children it would be the last one a screen reader reads:
            # put it where it shows, before the first card.
            box.stackUnder(first)

    def focus_technique(self, technique_id: str) -> TechniqueCard:
        """Bring a technique's card into view and mark it, e.g. for a handout render."""
        for card in self.cards:
            marked = card.technique.id == technique_id
            card.setProperty("marked", marked)
            card.style().unpolish(card)
            card.style().polish(card)
            if marked:
                # Show the card from its title down, even when it is taller than the view.
                self.verticalScrollBar().setValue(card.y() - 8)
                return card
        raise KeyError(f"no card for technique '{technique_id}' on this area")

    def set_age_months(self, age_months: float | None) -> None:
        if age_months == self._age_months:
            return
        self._age_months = age_months
        if self.area_id is not None:  # the welcome says the same at every age
            self.show_area(self.area_id)

    def show_area(self, area_id: str | None) -> None:
        self.area_id = area_id
        self._area_rules: QWidget | None = None
        self._above_cards: list[QWidget] = []  # the area's parts above its cards (rules too)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 16, 16)
        layout.setSpacing(14)
        # In the panel before it is filled: moved in full, every card in it would be restyled
        # under the app's style sheet (home_page.py says more).
        self.setWidget(content)
        if area_id is None:
            self._fill_welcome(layout)
        else:
            self._fill_area(layout, area_id)
        layout.addStretch(1)
        if content.isVisible():  # a part laid out in a shown widget would show only once idle
            for index in range(layout.count()):
                part = layout.itemAt(index).widget()
                if part is not None:
                    part.show()
        if self._width_claim is not None:
            self._width_claim.follow_content()

    def _fill_welcome(self, layout: QVBoxLayout) -> None:
        layout.addWidget(wrapped_label(self.tr("Choose an area to massage"), "title"))
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Pick a part of the baby's body to see the techniques that suit it, "
                    "with how to do each one, how firmly, in which direction and for how long."
                )
            )
        )
        # The rules that matter most, most important first; F1 has them all.
        most_important = self._catalog.safety.most_important
        layout.addWidget(
            rules_box(self.tr("Safety first"), most_important, parent=layout.parentWidget())
        )
        rules_button = QPushButton(self.tr("All safety rules (F1)"))
        rules_button.clicked.connect(self.safetyRulesRequested)
        layout.addWidget(rules_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _fill_area(self, layout: QVBoxLayout, area_id: str) -> None:
        """The area's name, note, what it may help, its rules, then a card per technique.

        A column short of room for its big words (1024x768, the largest text), or too short for
        the rules and the first card's guide button (1024x768, the back's rules), would push the
        way to the guide out of sight below the rules: there the first card's name and buttons
        come first and the area's rules, every word, straight under them.
        """
        area = self._catalog.area(area_id)
        self._above_cards = [
            wrapped_label(str(area.name), "title"),
            wrapped_label(str(area.note), "subtle"),
            wrapped_label(str(area.benefits)),
        ]
        for part in self._above_cards:
            layout.addWidget(part)
        rules = self._catalog.safety.for_area(area_id)
        if rules or area.cautions:
            # Named for the whole area: in a compact column it sits inside the first card.
            heading = self.tr("Take care here, whatever the technique")
            box = rules_box(heading, rules, area.cautions, layout.parentWidget())
            layout.addWidget(box)
            self._area_rules = box
            self._above_cards.append(box)
        allowed = {t.id for t in self._catalog.techniques_for(area_id, self._age_months)}
        for technique in self._catalog.techniques_on(area_id):
            application = technique.application_for(area_id)
            assert application is not None
            reason = ""
            if technique.id not in allowed:
                # Watching is always allowed; only a session waits until the baby is older.
                reason = self.tr(
                    "For later, from about %n month(s). You can watch it now.",
                    "",
                    technique.min_age_on(area_id),
                )
            card = TechniqueCard(technique, application, reason, layout.parentWidget())
            card.guideRequested.connect(
                lambda technique_id, area=area_id: self.guideRequested.emit(technique_id, area)
            )
            card.sessionRequested.connect(
                lambda technique_id, area=area_id: self.sessionRequested.emit(technique_id, area)
            )
            layout.addWidget(card)
        # Once every card is in: whether the first one's guide button is in sight depends on it.
        self._rearrange()
