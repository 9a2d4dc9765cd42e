"""Each caution on the card where it applies, and only there: a limb caution on the back card
is noise, and noise teaches a parent to skip the box that also holds the rules that matter."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from test_main_window import click_area


def card_text(card) -> str:
    return "\n".join(label.text() for label in card.findChildren(QLabel))


def test_every_card_shows_the_cautions_that_belong_to_its_area_and_no_other(
    qtbot, window, catalog
) -> None:
    """Every area and every technique card on it, as a parent clicks through them."""
    shown, hidden = 0, 0
    for area in catalog.areas:
        click_area(qtbot, window, area.id)
        cards = window.home.technique_panel.cards
        assert [c.technique.id for c in cards] == [t.id for t in catalog.techniques_for(area.id)]
        for card in cards:
            text = card_text(card)
            for caution in card.application.cautions:
                assert str(caution) in text, (area.id, card.technique.id)
            for caution in card.technique.cautions:
                belongs = not caution.areas or area.id in caution.areas
                assert (str(caution) in text) == belongs, (area.id, card.technique.id, caution)
                shown += belongs
                hidden += not belongs
    assert shown and hidden  # both kinds were on the cards the test walked through


def test_the_back_card_for_pushing_says_nothing_about_limbs_or_joints(qtbot, window) -> None:
    """The defect as it was seen: pushing down the back, the card warned about joints."""
    click_area(qtbot, window, "back")
    card = next(c for c in window.home.technique_panel.cards if c.technique.id == "pushing")
    text = card_text(card).lower()
    assert "limb" not in text and "joint" not in text
