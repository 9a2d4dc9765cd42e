"""The words on a hands or feet card say what its guide shows. The guides draw the baby's hand
palm up and the foot sole up (the baby on the back for the hands, on the tummy for the feet),
so a step on the back of the hand or the top of the foot points at nothing in the picture, and
a parent copying the picture would skip it or guess."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from test_main_window import click_area

# The sides of a hand or a foot that no guide draws, as a text would name them.
UNDRAWN = (
    "back of the hand",
    "backs of the hands",
    "turn the hand over",
    "hand turned over",
    "top of the foot",
    "tops of the feet",
    "instep",
    "turn the foot over",
)


def named_undrawn(text: str) -> list[str]:
    flat = " ".join(text.lower().split())
    return [words for words in UNDRAWN if words in flat]


@pytest.mark.parametrize("area_id", ["hands", "feet"])
def test_no_card_or_caption_sends_the_parent_where_the_guide_does_not_draw(
    qtbot, window, catalog, area_id
) -> None:
    click_area(qtbot, window, area_id)
    panel = window.home.technique_panel
    assert panel.cards  # the area has techniques to read
    seen = "\n".join(label.text() for label in panel.findChildren(QLabel))
    assert not named_undrawn(seen), named_undrawn(seen)
    for card in panel.cards:
        for movement in card.application.guide.movements:
            for phase, caption in movement.captions.items():
                found = named_undrawn(str(caption))
                assert not found, (card.technique.id, movement.step, phase, found)
