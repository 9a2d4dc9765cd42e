"""Safety rules as data: each has its plain rule, its why and a source, and shows where a parent
needs it: the home screen, F1, the area's card, the end of a session and every handout."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from test_handout import pdf_pages

from infant_massage.domain.catalog import Catalog, SafetyKind
from infant_massage.ui.common.safety_dialog import SafetyDialog

# Every area: a rule true wherever a baby is massaged, whatever the area.
EVERY_AREA = "every area"
# The rules this release added or rewrote, with the kind each belongs to and the areas whose
# card must show it (the agreed list; the texts themselves are read from the catalog). A fall,
# a baby left for a moment and a baby who falls asleep can happen during any massage, not only
# one on the tummy: those three show on every area's card (and before every session).
NEW_RULES = {
    "falls_low_surface": (SafetyKind.HANDLING, EVERY_AREA),
    "never_alone": (SafetyKind.HANDLING, EVERY_AREA),
    "safe_sleep": (SafetyKind.SLEEP, EVERY_AREA),
    "tummy_awake_watched": (SafetyKind.SLEEP, {"back", "feet"}),
    "ask_professional_conditions": (SafetyKind.ASK_FIRST, set()),
    "corrected_age": (SafetyKind.ASK_FIRST, set()),
    "soft_spot": (SafetyKind.HANDLING, {"face"}),
    "eyes": (SafetyKind.HANDLING, {"face"}),
    "oil_choice": (SafetyKind.OIL, set()),
    "hands_ready": (SafetyKind.PREPARATION, set()),
    "talk_eye_contact": (SafetyKind.PREPARATION, set()),
    "how_often": (SafetyKind.PREPARATION, set()),
}
# What matters most comes first on the home screen, in F1 and on every handout.
MOST_IMPORTANT_INCLUDES = {
    "falls_low_surface",
    "never_alone",
    "safe_sleep",
    "persistent_crying",
    "unwell",
    "ask_professional_conditions",
}


def flat(text: str) -> str:
    return " ".join(text.split())


def rule_labels(widget) -> list[str]:
    return [lbl.property("rule") for lbl in widget.findChildren(QLabel) if lbl.property("rule")]


def test_every_rule_says_what_why_and_where_from(catalog: Catalog) -> None:
    for rule in catalog.safety.rules:
        assert rule.text.get("en").strip(), rule.id
        assert rule.why.get("en").strip(), rule.id
        assert len(rule.source.strip()) >= 3, rule.id
        assert rule.why.get("en") != rule.text.get("en"), rule.id


@pytest.mark.parametrize("rule_id", sorted(NEW_RULES))
def test_each_new_rule_is_in_the_catalog_where_it_belongs(catalog: Catalog, rule_id: str) -> None:
    kind, areas = NEW_RULES[rule_id]
    rule = catalog.safety.rule(rule_id)
    assert rule.kind == kind
    shown_on = {a for a in catalog.area_ids if rule in catalog.safety.for_area(a)}
    assert shown_on == (set(catalog.area_ids) if areas == EVERY_AREA else areas)
    assert rule.source and rule.text.get("en") and rule.why.get("en")


def test_the_rules_say_what_a_parent_needs(catalog: Catalog) -> None:
    rule = catalog.safety.rule
    assert "on their back to sleep" in str(rule("safe_sleep").text)
    assert "tummy or side" in str(rule("safe_sleep").why)
    assert "floor" in str(rule("falls_low_surface").text)
    assert "one hand on the baby" in str(rule("never_alone").text)
    assert "never leave them alone" in str(rule("never_alone").text)
    assert "oiled baby is slippery" in str(rule("never_alone").why)
    conditions = str(rule("ask_professional_conditions").text)
    for condition in ("born early", "heart", "hip", "eczema", "jaundice"):
        assert condition in conditions
    assert "soft spot" in str(rule("soft_spot").text) and "fontanelle" in str(
        rule("soft_spot").text
    )
    assert "eyes" in str(rule("eyes").text)
    preparation = " ".join(
        str(r.text) for r in catalog.safety.of_kind(SafetyKind.PREPARATION)
    ).lower()
    for words in ("warm", "rings", "watch", "nails", "towel", "calm", "talk", "eye contact"):
        assert words in preparation, words
    assert "once or twice a day" in preparation
    assert "fever" in str(rule("unwell").text) and "a little raised" in str(rule("unwell").text)
    pinching = " ".join(str(c) for c in catalog.technique("spinal_pinching").cautions)
    assert "high temperature" not in pinching and "mild" in pinching


def test_the_most_important_rules_come_first(catalog: Catalog) -> None:
    first = [r.id for r in catalog.safety.most_important]
    assert set(first) == MOST_IMPORTANT_INCLUDES
    assert first[:3] == ["falls_low_surface", "never_alone", "safe_sleep"]


def test_the_home_screen_shows_the_most_important_rules_first(window, catalog) -> None:
    window.home.technique_panel.show_area(None)
    shown = rule_labels(window.home.technique_panel.widget())
    assert shown == [r.id for r in catalog.safety.most_important]
    text = flat("\n".join(lbl.text() for lbl in window.home.technique_panel.findChildren(QLabel)))
    for rule in catalog.safety.most_important:
        assert flat(str(rule.why)) in text  # the why comes with each rule


def test_f1_shows_the_most_important_first_then_every_rule_once(qtbot, catalog) -> None:
    dialog = SafetyDialog(catalog.safety)
    qtbot.addWidget(dialog)
    order = dialog.rule_order()
    first = [r.id for r in catalog.safety.most_important]
    assert order[: len(first)] == first
    assert sorted(order) == sorted(r.id for r in catalog.safety.rules)
    text = "\n".join(lbl.text() for lbl in dialog.findChildren(QLabel))
    for rule in catalog.safety.rules:
        assert "; ".join(rule.sources) in text


def test_each_rule_names_where_it_comes_from_once_and_in_number(qtbot, catalog) -> None:
    dialog = SafetyDialog(catalog.safety)
    qtbot.addWidget(dialog)
    said = [lbl.text() for lbl in dialog.findChildren(QLabel)]
    notes = [text for text in said if text.startswith(("Source: ", "Sources: "))]
    assert len(notes) == len(catalog.safety.rules)
    for rule in catalog.safety.rules:
        places = "; ".join(rule.sources)
        label = "Source: " if len(rule.sources) == 1 else "Sources: "
        assert label + places in notes, rule.id
        # The label says "source"; the places are named by name ("Source: Source article").
        assert all("source" not in place.lower() for place in rule.sources), rule.id


@pytest.mark.parametrize("area_id", ["face", "back", "abdomen", "feet"])
def test_each_area_card_shows_its_own_rules(window, catalog, area_id) -> None:
    window.select_area(area_id)
    shown = rule_labels(window.home.technique_panel.widget())
    assert shown == [r.id for r in catalog.safety.for_area(area_id)]
    expected = {
        r for r, (_kind, areas) in NEW_RULES.items() if areas == EVERY_AREA or area_id in areas
    }
    assert expected <= set(shown)


def test_the_face_card_has_the_soft_spot_and_the_back_card_falls_and_sleep(window) -> None:
    window.select_area("face")
    assert {"soft_spot", "eyes"} <= set(rule_labels(window.home.technique_panel.widget()))
    window.select_area("back")
    back = set(rule_labels(window.home.technique_panel.widget()))
    assert {"falls_low_surface", "never_alone", "safe_sleep"} <= back


def test_wherever_a_guide_lays_the_baby_on_the_tummy_its_card_has_the_tummy_rules(
    window, catalog
) -> None:
    """Falls, safe sleep and the tummy position matter wherever the baby lies on the tummy, not
    only for the back: the feet's guides lay the baby on the tummy too (their drawing's view)."""
    safety = catalog.safety
    sleep = [r.id for r in safety.of_kind(SafetyKind.SLEEP)]
    falls = [r.id for r in safety.most_important if r.kind == SafetyKind.HANDLING]
    assert sleep and falls
    on_tummy = sorted(
        {a.area for t in catalog.techniques for a in t.applications if a.guide.view == "back"}
    )
    assert len(on_tummy) > 1  # more than the back itself
    for area_id in on_tummy:
        window.select_area(area_id)
        shown = set(rule_labels(window.home.technique_panel.widget()))
        assert {*sleep, *falls} <= shown, (area_id, {*sleep, *falls} - shown)


def test_the_cord_rule_leaves_out_everything_that_waits_for_a_healed_navel(catalog) -> None:
    """Until the navel has healed, the tummy's strokes wait as well as its circles: a rule that
    named only the circles would let a parent think the strokes were fine."""
    waiting = [(t, a) for t in catalog.techniques for a in t.applications if a.requires_healed_cord]
    assert len(waiting) > 1
    rule = catalog.safety.rule("unhealed_cord")
    said = flat(" ".join(str(part) for part in (rule.text, rule.why, rule.detail))).lower()
    # How each technique counts its moves ("about {n} circles"): the word a text names it by.
    moves = {t.repetition_label.get("en").split("}")[-1].strip() for t, _ in waiting}
    named = {word for word in moves if word in said}
    assert named in (set(), moves), (named, moves)
    for _, application in waiting:
        assert str(catalog.area(application.area).name).lower() in said


@pytest.mark.parametrize("area_id", ["face", "back", "abdomen", "hands"])
def test_every_handout_carries_its_rules_and_a_preparation_box(
    window, catalog, tmp_path, area_id
) -> None:
    window.select_area(area_id)
    out = tmp_path / f"{area_id}.pdf"
    assert window.save_handout(str(out))
    pages = pdf_pages(out)
    first_technique = str(catalog.techniques_on(area_id)[0].name)
    cover_end = next(i for i, page in enumerate(pages) if first_technique in page and i > 0)
    cover = flat(" ".join(pages[:cover_end]))
    facts = catalog.text_facts()  # the rules as a reader sees them, their numbers filled in
    explained = [*catalog.safety.most_important, *catalog.safety.for_area(area_id)]
    for rule in explained:
        assert flat(rule.said("text", facts) or "") in cover, rule.id
        assert flat(rule.said("why", facts) or "") in cover, rule.id
    for rule in (*catalog.safety.stop_signs, *catalog.safety.contraindications):
        assert flat(rule.said("text", facts) or "") in cover, rule.id
    assert "Before you start" in cover
    for rule in catalog.safety.of_kind(SafetyKind.PREPARATION):
        assert flat(str(rule.text)) in cover, rule.id


def test_the_tummy_down_baby_has_the_face_turned_to_one_side_and_free() -> None:
    import xml.etree.ElementTree as ET

    from infant_massage.domain.body_map import parse_body_view
    from infant_massage.resources import read_text

    svg = read_text("illustrations/baby_back.svg")
    root = ET.fromstring(svg)
    ids = {el.get("id") for el in root.iter()}
    # A face on the back view: an eye and a mouth, and the regions and landmarks as before.
    assert {"head", "face-features", "hair", "head-details"} <= ids
    assert {"landmark-neck", "landmark-tailbone"} <= ids
    view = parse_body_view("back", svg)
    assert set(view.regions) == {"back", "arms", "hands", "legs", "feet"}
    # The nose tip and the mouth lie on the profile's edge, outside every region: no hand and
    # no arm is drawn over them.
    for point in ((353.0, 137.0), (340.0, 161.0)):
        assert view.region_at(point) is None


def test_every_rule_reads_the_wait_after_a_feed_the_parent_chose(qtbot, catalog: Catalog) -> None:
    # A rule that names the wait must say what the safety check will ask, not the default.
    from infant_massage.ui.common import text_facts

    chosen = catalog.safety.check.feed_wait_minutes + 15
    naming = [r for r in catalog.safety.rules if "{feed_wait_minutes}" in str(r.detail)]
    assert naming, "a rule names the wait after a feed"
    text_facts.shared().set_feed_wait(chosen)
    try:
        dialog = SafetyDialog(catalog.safety)
        qtbot.addWidget(dialog)
        shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    finally:
        text_facts.shared().set_feed_wait(None)
    assert f"{chosen} minutes" in shown
    assert "{" not in shown


def test_the_always_true_rules_show_on_every_card_and_before_every_session(
    qtbot, window, catalog
) -> None:
    """A fall, a baby left alone for a moment and a baby asleep on the tummy can happen during
    any massage: whichever area a parent reads about, its card has those rules, and the safety
    check says them again just before the session starts, in the same words."""
    from on_screen import button, click, page_shown, texts_shown
    from safety_check import answer_everything

    always = catalog.safety.always_true
    assert {r.id for r in always} >= {"falls_low_surface", "never_alone", "safe_sleep"}
    for area_id in catalog.area_ids:
        window.select_area(area_id)
        shown = rule_labels(window.home.technique_panel.widget())
        assert [r.id for r in always if r.id in shown] == [r.id for r in always], area_id
    click(button(window, "Start a session (S)"))
    setup = page_shown(window)
    answer_everything(setup)
    facts = catalog.text_facts()
    said = flat(" ".join(texts_shown(setup)))
    for rule in always:
        assert flat(rule.said("text", facts) or "") in said, rule.id
