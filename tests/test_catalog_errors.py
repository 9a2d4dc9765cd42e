"""Bad content fails loudly, naming the file and the field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from infant_massage import load_catalog
from infant_massage.domain.catalog_loader import CatalogError


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture out of date: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def load_error(folder: Path) -> CatalogError:
    with pytest.raises(CatalogError) as caught:
        load_catalog(folder)
    return caught.value


def test_the_copy_loads_unchanged(content_copy: Path) -> None:
    assert len(load_catalog(content_copy).techniques) == 5


def test_missing_field(content_copy: Path) -> None:
    path = content_copy / "techniques" / "kneading.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^summary\.en = .*\n", "", text), encoding="utf-8")
    error = load_error(content_copy)
    assert (error.file, error.field) == ("techniques/kneading.toml", "summary")
    assert str(error) == "techniques/kneading.toml: summary: this required field is missing"


def test_unknown_area_in_a_suitability_list(content_copy: Path) -> None:
    edit(content_copy / "techniques" / "pushing.toml", 'area = "arms"', 'area = "belly"')
    error = load_error(content_copy)
    assert (error.file, error.field) == ("techniques/pushing.toml", "applications[1].area")
    assert "unknown area 'belly'" in str(error) and "face, chest" in str(error)


def test_duplicate_technique_id(content_copy: Path) -> None:
    source = content_copy / "techniques" / "stroking.toml"
    (content_copy / "techniques" / "stroking_copy.toml").write_bytes(source.read_bytes())
    error = load_error(content_copy)
    assert error.file == "techniques/stroking_copy.toml"
    assert error.field == "id"
    assert "duplicate id 'stroking'" in str(error) and "techniques/stroking.toml" in str(error)


def test_duplicate_area_id(content_copy: Path) -> None:
    edit(content_copy / "areas.toml", 'id = "chest"', 'id = "face"')
    error = load_error(content_copy)
    assert (error.file, error.field) == ("areas.toml", "areas[1].id")


def test_negative_tempo(content_copy: Path) -> None:
    edit(
        content_copy / "techniques" / "pressing.toml",
        "stroke_seconds = 2.5",
        "stroke_seconds = -5",
    )
    error = load_error(content_copy)
    assert error.file == "techniques/pressing.toml"
    assert error.field == "applications[0].guide.movements[0].stroke_seconds"
    assert "greater than 0" in str(error)


def test_a_duration_is_never_stored_beside_the_tempo(content_copy: Path) -> None:
    edit(
        content_copy / "techniques" / "pressing.toml",
        'area = "hands"',
        'area = "hands"\nduration_seconds = 45',
    )
    error = load_error(content_copy)
    assert error.field == "applications[0].duration_seconds"


def test_an_unknown_placeholder_in_a_step_is_refused(content_copy: Path) -> None:
    edit(
        content_copy / "techniques" / "kneading.toml",
        "{feed_wait_minutes}",
        "{feed_wait}",
    )
    error = load_error(content_copy)
    assert error.file == "techniques/kneading.toml"
    assert error.field == "applications[0].steps[0].en"
    assert "feed_wait_minutes" in error.message  # it names the known ones


def test_a_phase_without_a_caption_is_refused(content_copy: Path) -> None:
    edit(
        content_copy / "techniques" / "pressing.toml",
        'captions.hold.en = "Hold"\n',
        "",
    )
    error = load_error(content_copy)
    assert "captions needed for the phases: hold" in error.message


def test_text_without_english(content_copy: Path) -> None:
    edit(content_copy / "areas.toml", 'name.en = "Feet"', 'name.fr = "Pieds"')
    error = load_error(content_copy)
    assert (error.file, error.field) == ("areas.toml", "areas[7].name")
    assert "English" in str(error)


def test_misspelt_field(content_copy: Path) -> None:
    edit(content_copy / "safety.toml", 'kind = "oil"', 'knd = "oil"')
    error = load_error(content_copy)
    assert error.file == "safety.toml"
    assert error.field.startswith("rules[")


def test_the_same_area_twice_in_one_technique(content_copy: Path) -> None:
    edit(content_copy / "techniques" / "pressing.toml", 'area = "feet"', 'area = "hands"')
    error = load_error(content_copy)
    assert (error.file, error.field) == ("techniques/pressing.toml", "applications[1].area")


def test_a_caution_for_an_area_the_technique_is_not_done_on_is_refused(
    content_copy: Path,
) -> None:
    """A misspelt area would silently drop the caution from every card."""
    edit(content_copy / "techniques" / "pushing.toml", 'areas = ["arms"', 'areas = ["armz"')
    error = load_error(content_copy)
    assert (error.file, error.field) == ("techniques/pushing.toml", "cautions[0].areas[0]")
    assert "'armz' is not an area this technique is done on" in str(error)


def test_toml_syntax_error(content_copy: Path) -> None:
    (content_copy / "safety.toml").write_text("[[rules]\nid = ", encoding="utf-8")
    error = load_error(content_copy)
    assert (error.file, error.field) == ("safety.toml", "(syntax)")


def test_missing_file(content_copy: Path) -> None:
    (content_copy / "areas.toml").unlink()
    assert load_error(content_copy).file == "areas.toml"


def test_a_new_technique_needs_no_code(content_copy: Path) -> None:
    source = (content_copy / "techniques" / "stroking.toml").read_text(encoding="utf-8")
    new = source.replace('id = "stroking"', 'id = "feather_touch"').replace(
        "order = 1", "order = 9"
    )
    (content_copy / "techniques" / "feather_touch.toml").write_text(new, encoding="utf-8")
    catalog = load_catalog(content_copy)
    assert [t.id for t in catalog.techniques_for("face")] == ["stroking", "feather_touch"]


def test_an_unknown_placeholder_in_a_safety_rule_is_refused(content_copy: Path) -> None:
    edit(content_copy / "safety.toml", "{feed_wait_minutes}", "{baby_left}")
    error = load_error(content_copy)
    assert error.file == "safety.toml"
    assert error.field.startswith("rules[") and error.field.endswith(".en")
    assert "baby_left" in error.message


def test_a_relay_without_its_arc_is_refused(content_copy: Path) -> None:
    edit(content_copy / "techniques" / "kneading.toml", "relay_arc = [105, 270], ", "")
    error = load_error(content_copy)
    assert error.file == "techniques/kneading.toml"
    assert "relay_arc" in error.message
