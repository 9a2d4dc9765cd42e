"""A parent copies the picture: the card's steps name the parent's second hand exactly where the
guide draws one (a hand cupping the heel that no guide draws is a hand the parent leaves out,
and a hand drawn resting on the back that no step names is a hand they wonder about), and a
pair of hands, feet, arms or legs is done on both sides in the words and in the guide."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QLabel
from test_main_window import click_area

from infant_massage.domain.body_map import parse_body_view
from infant_massage.domain.catalog import Catalog
from infant_massage.domain.guide import Guide
from infant_massage.domain.hand_choreography import Choreography
from infant_massage.domain.hand_rig import HandRig, parse_rig

ASSETS = Path(__file__).resolve().parent.parent / "assets"
RIG = HandRig(parse_rig((ASSETS / "hands" / "rig.toml").read_text("utf-8")))
VIEWS = {
    v: parse_body_view(v, (ASSETS / "illustrations" / f"baby_{v}.svg").read_text("utf-8"))
    for v in ("front", "back")
}
# How a step names the parent's second hand (the baby's other hand is not the parent's): by
# name, or by what it does while the other hand strokes (holds the foot, cups the heel).
SECOND_HAND = re.compile(
    r"\b(other hand|one hand|both hands|holding hand|hand over hand|left hand|right hand|thumbs"
    r"|(hold|cup|steady) the)\b"
)
MOMENTS = 48  # per guide


def flat(text: str) -> str:
    return " ".join(text.lower().split())


def names_a_second_hand(steps: list[str]) -> bool:
    said = flat(" ".join(steps)).replace("baby's other hand", "")
    return SECOND_HAND.search(said) is not None


def draws_two_hands(guide: Guide) -> bool:
    choreography = Choreography(RIG, guide)
    times = [k * guide.duration / MOMENTS for k in range(MOMENTS)]
    return any(len(choreography.hands_at(t, loop=False)) > 1 for t in times)


def test_every_card_names_a_second_hand_exactly_where_its_guide_draws_one(
    qtbot, window, catalog: Catalog
) -> None:
    wrong = []
    for area in catalog.areas:
        click_area(qtbot, window, area.id)
        panel = window.home.technique_panel
        shown = flat("\n".join(label.text() for label in panel.findChildren(QLabel)))
        for card in panel.cards:
            facts = catalog.text_facts().on(card.application.guide.view)
            steps = [facts.fill(str(step)) for step in card.application.steps]
            assert all(flat(step) in shown for step in steps)  # the words the card shows
            guide = Guide(card.technique, card.application, VIEWS[card.application.guide.view])
            if names_a_second_hand(steps) != draws_two_hands(guide):
                wrong.append((card.technique.id, area.id, names_a_second_hand(steps)))
    assert not wrong, wrong


def test_a_pair_is_done_on_both_sides_in_the_words_and_the_guide(catalog: Catalog) -> None:
    """Where a guide draws one of a pair (its movements name an outline: one hand, one foot,
    one arm, one leg), it does the other too, and the step the other side's movements show
    says so, as does the first caption there."""
    pairs = 0
    for technique in catalog.techniques:
        for application in technique.applications:
            movements = application.guide.movements
            outlines = {m.outline for m in movements}
            if outlines == {None}:
                continue  # the trunk or the face: no pair
            pairs += 1
            where = (technique.id, application.area)
            assert outlines == {0, 1}, where
            other_side = [m for m in movements if m.outline == 1]
            steps = {m.step for m in other_side}
            for step in steps:
                assert "other" in flat(str(application.steps[step])), (where, step)
            first = other_side[0]
            assert any("other" in flat(str(c)) for c in first.captions.values()), where
            # The other side comes after the first, not mixed in with it.
            first_other = movements.index(first)
            assert all(m.outline == 0 for m in movements[:first_other]), where
    assert pairs >= 8  # arms, legs, hands and feet, stroked, pushed and pressed
