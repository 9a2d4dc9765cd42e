"""A technique's facts as it applies to one area: hand, pressure, direction, how long, age.

The technique card, the guide page, the running session, the printed handout and the class
presenter all show this one list, so a fact is worded once and reads the same on the screen and
on paper; the screens show it as one FactsBlock (each fact's name in bold, its value beside it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from infant_massage.domain.catalog import Application, Technique
from infant_massage.ui.common.labels import wrapped_label
from infant_massage.ui.common.scaled_words import restyle, word_points
from infant_massage.ui.common.text_format import duration, fill

# What a fact is about, so a page that shows only some (the guide's, the session's) names them.
HAND, PRESSURE, DIRECTION, HOW_LONG, AGE = "hand", "pressure", "direction", "how long", "age"
# What the hands need while they move: the guide page and the running session show these.
WHILE_MASSAGING = (PRESSURE, DIRECTION)
NAME_WEIGHT = 600  # the theme's "fieldName" weight, which a label's own font size would drop


@dataclass(frozen=True)
class Fact:
    label: str
    value: str
    about: str = ""  # HAND, PRESSURE...


class _FactWords(QObject):
    # A QObject so that lupdate sees every self.tr(...); looked up at each call.
    def facts(self, technique: Technique, application: Application) -> list[Fact]:
        how_long = fill(
            self.tr("%1, %2"),
            duration(application.duration_seconds),
            technique.repetitions_text(application.repetitions),
        )
        facts = [
            Fact(self.tr("Hand"), str(application.hand or technique.hand), HAND),
            Fact(self.tr("Pressure"), str(technique.pressure), PRESSURE),
            Fact(self.tr("Direction"), str(application.direction), DIRECTION),
            Fact(self.tr("How long"), how_long, HOW_LONG),
        ]
        if technique.age_note is not None:
            facts.append(Fact(self.tr("Age"), str(technique.age_note), AGE))
        return facts


@cache
def _words() -> _FactWords:
    return _FactWords()


def technique_facts(
    technique: Technique, application: Application, only: Iterable[str] | None = None
) -> list[Fact]:
    """Every fact, or only those about these (e.g. WHILE_MASSAGING), in the card's order."""
    facts = _words().facts(technique, application)
    if only is None:
        return facts
    wanted = set(only)
    return [fact for fact in facts if fact.about in wanted]


class FactsBlock(QWidget):
    """Facts as rows: the name in the card's bold field style, the value wrapping beside it."""

    def __init__(self, facts: Iterable[Fact] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        self._rows: list[tuple[QLabel, QLabel]] = []
        self.set_facts(facts)

    def set_facts(self, facts: Iterable[Fact]) -> None:
        for name, value in self._rows:
            for label in (name, value):
                self._grid.removeWidget(label)
                label.hide()  # out of sight at once; deleteLater waits for the event loop
                label.deleteLater()
        self._rows = []
        for row, fact in enumerate(facts):
            name = wrapped_label(fact.label, "fieldName")
            value = wrapped_label(fact.value)
            self._grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(value, row, 1)
            self._rows.append((name, value))
        for label in self.labels():
            # Shown now, not at the next event loop as a layout would: a page measures the
            # block's height for its new words at once.
            label.setVisible(True)

    def rows(self) -> list[tuple[str, str]]:
        """(name, value) of each fact shown, top to bottom."""
        return [(name.text(), value.text()) for name, value in self._rows]

    def labels(self) -> list[QLabel]:
        return [label for row in self._rows for label in row]

    def scale_words(self, height: int, factor: float) -> None:
        """Words factor times the body text on a page this high (see scaled_words). A label's
        own font size would drop the field style's weight: the names keep it here."""
        points = word_points(factor, height)
        for name, value in self._rows:
            restyle(name, f"font-size: {points:.1f}pt; font-weight: {NAME_WEIGHT};")
            restyle(value, f"font-size: {points:.1f}pt;")
