"""A technique's facts as it applies to one area: hand, pressure, direction, how long, age.

The technique card, the printed handout and the class presenter all show this one list, so a
fact is worded once and reads the same on the screen and on paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QObject

from infant_massage.domain.catalog import Application, Technique
from infant_massage.ui.common.text_format import duration, fill


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


class _FactWords(QObject):
    # A QObject so that lupdate sees every self.tr(...); looked up at each call.
    def facts(self, technique: Technique, application: Application) -> list[Fact]:
        how_long = fill(
            self.tr("%1, %2"),
            duration(application.duration_seconds),
            technique.repetitions_text(application.repetitions),
        )
        facts = [
            Fact(self.tr("Hand"), str(application.hand or technique.hand)),
            Fact(self.tr("Pressure"), str(technique.pressure)),
            Fact(self.tr("Direction"), str(application.direction)),
            Fact(self.tr("How long"), how_long),
        ]
        if technique.age_note is not None:
            facts.append(Fact(self.tr("Age"), str(technique.age_note)))
        return facts


@cache
def _words() -> _FactWords:
    return _FactWords()


def technique_facts(technique: Technique, application: Application) -> list[Fact]:
    return _words().facts(technique, application)
