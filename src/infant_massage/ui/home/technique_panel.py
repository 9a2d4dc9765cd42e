"""The right-hand panel: the chosen area, what it is for, and a card per technique that suits it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget

from infant_massage.domain.catalog import Catalog
from infant_massage.ui.common import theme
from infant_massage.ui.common.labels import wrapped_label
from infant_massage.ui.common.safety_box import rules_box
from infant_massage.ui.common.scroll_width import WidthClaim, claim_content_width
from infant_massage.ui.home.technique_card import TechniqueCard


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
        self._width_claim: WidthClaim | None = None
        self.show_area(None)
        # A card's buttons in big words are never cut at the right edge.
        self._width_claim = claim_content_width(self)

    @property
    def cards(self) -> list[TechniqueCard]:
        return self.widget().findChildren(TechniqueCard)

    COMPACT_BELOW = 500  # px of panel width: below it a card's buttons stack

    def _compact(self) -> bool:
        # Bigger words need more room side by side: the threshold grows with the text size.
        return self._viewport_width() < self.COMPACT_BELOW * theme.text_scale()

    def _viewport_width(self) -> int:
        """viewport().width(), without asking for the viewport (scroll_width.py says why)."""
        bar = self.verticalScrollBar()
        return self.maximumViewportSize().width() - (bar.width() if bar.isVisible() else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for card in self.cards:
            card.set_compact(self._compact())

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
        area = self._catalog.area(area_id)
        layout.addWidget(wrapped_label(str(area.name), "title"))
        layout.addWidget(wrapped_label(str(area.note), "subtle"))
        layout.addWidget(wrapped_label(str(area.benefits)))
        rules = self._catalog.safety.for_area(area_id)
        if rules or area.cautions:
            box = rules_box(self.tr("Take care here"), rules, area.cautions, layout.parentWidget())
            layout.addWidget(box)
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
            card.set_compact(self._compact())
            card.guideRequested.connect(
                lambda technique_id, area=area_id: self.guideRequested.emit(technique_id, area)
            )
            card.sessionRequested.connect(
                lambda technique_id, area=area_id: self.sessionRequested.emit(technique_id, area)
            )
            layout.addWidget(card)
