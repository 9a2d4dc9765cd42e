"""A technique's facts read the same on its card and on the printed handout, from the catalog."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QGridLayout

from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.common.text_format import duration
from infant_massage.ui.guide.handout import handout_document
from infant_massage.ui.guide.rig_hands import RigHands
from infant_massage.ui.home.technique_card import TechniqueCard


@pytest.fixture(scope="module")
def art():
    return Illustrations(), RigHands()


def card_facts(qtbot, technique, application) -> list[tuple[str, str]]:
    card = TechniqueCard(technique, application)
    qtbot.addWidget(card)
    [grid] = card.findChildren(QGridLayout)
    return [
        (grid.itemAtPosition(row, 0).widget().text(), grid.itemAtPosition(row, 1).widget().text())
        for row in range(grid.rowCount())
    ]


def handout_facts(catalog, art, area_id: str) -> list[list[tuple[str, str]]]:
    """Each technique page's table of facts, in the handout's order."""
    document = handout_document(catalog, *art, area_id)
    frames = document.rootFrame().childFrames()
    # Two columns, a fact and its value (the preparation box is a table of one column).
    tables = [f for f in frames if isinstance(f, QTextTable) and f.columns() == 2]

    def text(table: QTextTable, row: int, column: int) -> str:
        cell = table.cellAt(row, column)
        cursor = cell.firstCursorPosition()
        cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    return [[(text(t, r, 0), text(t, r, 1)) for r in range(t.rows())] for t in tables]


def test_card_and_handout_show_the_same_facts_taken_from_the_catalog(qtbot, catalog, art) -> None:
    for area in catalog.areas:
        techniques = catalog.techniques_on(area.id)
        printed = handout_facts(catalog, art, area.id)
        assert len(printed) == len(techniques)
        for technique, on_paper in zip(techniques, printed, strict=True):
            application = technique.application_for(area.id)
            on_card = card_facts(qtbot, technique, application)
            assert on_card == on_paper, (technique.id, area.id)
            values = [value for _label, value in on_card]
            expected = [
                str(application.hand or technique.hand),
                str(technique.pressure),
                str(application.direction),
            ]
            assert values[:3] == expected
            assert duration(application.duration_seconds) in values[3]
            assert technique.repetitions_text(application.repetitions) in values[3]
            if technique.age_note is not None:
                assert values[4:] == [str(technique.age_note)]
            else:
                assert len(values) == 4
