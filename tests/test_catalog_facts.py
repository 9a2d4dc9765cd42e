"""The facts of the source article and the research, as the catalog states them."""

from __future__ import annotations

import pytest

from infant_massage.domain.catalog import Catalog, HandPose, Pressure, SafetyKind

TECHNIQUE_IDS = ["stroking", "kneading", "pressing", "pushing", "spinal_pinching"]
AREA_IDS = ["face", "chest", "abdomen", "back", "arms", "hands", "legs", "feet"]


def ids(techniques) -> list[str]:
    return [t.id for t in techniques]


def test_ids_are_the_agreed_ones(catalog: Catalog) -> None:
    assert ids(catalog.techniques) == TECHNIQUE_IDS
    assert catalog.area_ids == AREA_IDS


def test_stroking_suits_every_area_and_newborns(catalog: Catalog) -> None:
    for area in AREA_IDS:
        assert "stroking" in ids(catalog.techniques_for(area, age_months=0))
    stroking = catalog.technique("stroking")
    assert stroking.min_age_months == 0
    assert stroking.pressure_level in (Pressure.VERY_LIGHT, Pressure.LIGHT)
    assert stroking.hand_pose == HandPose.PALM


def test_kneading_in_circles_on_abdomen_and_back(catalog: Catalog) -> None:
    assert ids(catalog.areas_for("kneading")) == ["abdomen", "back"]
    kneading = catalog.technique("kneading")
    assert "circle" in str(kneading.motion).lower()
    assert kneading.pressure_level in (Pressure.MILD, Pressure.MODERATE)


def test_abdomen_goes_clockwise_around_never_on_the_navel(catalog: Catalog) -> None:
    abdomen = catalog.technique("kneading").application_for("abdomen")
    direction = str(abdomen.direction).lower()
    assert "clockwise" in direction and "anticlockwise" not in direction
    assert "baby's right" in direction
    assert "never on the navel" in direction
    assert abdomen.requires_healed_cord
    assert "never" in str(catalog.area("abdomen").note).lower()


def test_pressing_on_hands_and_feet_with_a_fingertip(catalog: Catalog) -> None:
    assert ids(catalog.areas_for("pressing")) == ["hands", "feet"]
    pressing = catalog.technique("pressing")
    assert pressing.hand_pose == HandPose.FINGERTIP
    assert "gentle" in str(pressing.pressure).lower()


def test_pushing_in_straight_lines_on_back_and_limbs(catalog: Catalog) -> None:
    assert ids(catalog.areas_for("pushing")) == ["back", "arms", "legs"]
    assert "straight" in str(catalog.technique("pushing").motion).lower()


def test_spinal_pinching_back_only_from_tailbone_to_neck_for_older_babies(
    catalog: Catalog,
) -> None:
    pinching = catalog.technique("spinal_pinching")
    assert ids(catalog.areas_for("spinal_pinching")) == ["back"]
    assert pinching.min_age_months == 6
    assert pinching.hand_pose == HandPose.PINCH
    direction = str(pinching.application_for("back").direction).lower()
    assert direction.index("tailbone") < direction.index("neck")
    assert pinching.age_note is not None and "differ" in str(pinching.age_note)
    # "3 to 5 passes, on one side of the spine and then the other": count each side.
    passes = [m for m in pinching.application_for("back").guide.movements if m.counted]
    left = sum(m.repetitions for m in passes if m.path[0][0] < 0.5)
    right = sum(m.repetitions for m in passes if m.path[0][0] > 0.5)
    assert 3 <= left <= 5 and 3 <= right <= 5


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        (None, ["stroking", "kneading", "pushing", "spinal_pinching"]),
        (0, ["stroking", "kneading", "pushing"]),
        (5.9, ["stroking", "kneading", "pushing"]),
        (6, ["stroking", "kneading", "pushing", "spinal_pinching"]),
        (24, ["stroking", "kneading", "pushing", "spinal_pinching"]),
    ],
)
def test_techniques_for_filters_by_age(catalog: Catalog, age, expected) -> None:
    assert ids(catalog.techniques_for("back", age_months=age)) == expected


def test_techniques_for_an_unknown_area_names_the_valid_ones(catalog: Catalog) -> None:
    with pytest.raises(KeyError, match=r"belly.*face, chest"):
        catalog.techniques_for("belly")


def test_every_pair_has_instructions_duration_and_purpose(catalog: Catalog) -> None:
    for technique in catalog.techniques:
        for area in catalog.areas_for(technique.id):
            app = technique.application_for(area.id)
            assert app.duration_seconds > 0
            assert app.repetitions > 0
            assert len(app.steps) >= 2
            assert str(app.purpose) and str(app.direction)


def test_face_is_extremely_gentle_and_oil_free(catalog: Catalog) -> None:
    face_rules = " ".join(str(r.text) for r in catalog.safety.for_area("face")).lower()
    assert "oil" in face_rules and "eyes" in face_rules and "soft spot" in face_rules
    assert ids(catalog.techniques_on("face")) == ["stroking"]


def test_safety_rules_are_all_there(catalog: Catalog) -> None:
    rules = {r.id: r for r in catalog.safety.rules}
    do_not = " ".join(str(r.text) for r in catalog.safety.contraindications).lower()
    for word in ("broken skin", "redness", "swelling", "unwell", "vaccination"):
        assert word in do_not
    stop = catalog.safety.stop_signs
    assert any("persistent" in str(r.text).lower() and "at once" in str(r.text) for r in stop)
    oil = rules["oil_choice"]
    assert oil.kind == SafetyKind.OIL and oil.sources_differ is not None
    for words in ("cold-pressed vegetable oil", "without any scent", "patch"):
        assert words in str(oil.text)
    assert "mineral" not in str(oil.text) and "baby oil" not in str(oil.text)
    assert "one month" in str(rules["no_oil_newborn"].text)


def test_benefits_stay_modest(catalog: Catalog) -> None:
    texts = [str(a.benefits) for a in catalog.areas]
    texts += [str(t.benefits) for t in catalog.techniques]
    for text in texts:
        for promise in ("cure", "treat", "guarantee", "boost immunity", "heal"):
            assert promise not in text.lower(), text


def test_every_text_has_english(catalog: Catalog) -> None:
    def walk(value):
        if hasattr(value, "root") and isinstance(value.root, dict):
            yield value
        elif hasattr(value, "__iter__") and not isinstance(value, str | bytes | dict):
            for item in value:
                yield from walk(item)
        elif hasattr(value, "model_fields"):
            for name in type(value).model_fields:
                yield from walk(getattr(value, name))

    texts = list(walk(catalog))
    assert len(texts) > 150
    assert all(t.get("en").strip() for t in texts)
