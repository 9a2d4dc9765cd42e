"""Class plans: made from a routine, an area or by hand, checked against the catalog, saved by
name in the data folder (atomic, 0600, bounded), and a damaged file is kept, never lost."""

from __future__ import annotations

import json
import os
import stat

import pytest
from pydantic import ValidationError

from infant_massage.domain.class_plan import (
    ClassCursor,
    ClassPlan,
    ClassPlanError,
    ClassStep,
    check_plan,
    plan_from_area,
    plan_from_routine,
)
from infant_massage.storage.class_plans import (
    MAX_BYTES,
    PLANS_FILE,
    ClassPlanFileError,
    ClassPlanStore,
)
from infant_massage.storage.data_dir import DataDir, open_data_dir


@pytest.fixture
def store(tmp_path, catalog):
    return ClassPlanStore(open_data_dir(tmp_path / "data"), catalog)


def test_a_plan_from_a_routine_has_the_routines_steps_in_order(catalog):
    routine = catalog.routines.routines[0]
    plan = plan_from_routine(catalog, routine.id)
    assert plan.name == str(routine.name)
    assert [(s.area, s.technique) for s in plan.steps] == [
        (s.area, s.technique) for s in routine.steps
    ]


def test_a_plan_from_an_area_has_every_technique_that_suits_it(catalog):
    area = catalog.areas[0].id
    plan = plan_from_area(catalog, area, "Morning class")
    assert plan.name == "Morning class"
    assert [s.technique for s in plan.steps] == [t.id for t in catalog.techniques_on(area)]


def test_a_pair_that_does_not_suit_is_refused_naming_the_field(catalog):
    area = catalog.areas[0].id
    unsuited = next(t.id for t in catalog.techniques if t.application_for(area) is None)
    good = plan_from_area(catalog, area).steps[0]
    plan = ClassPlan(name="Mine", steps=[good, ClassStep(area=area, technique=unsuited)])
    with pytest.raises(ClassPlanError, match=r"steps\[1\]\.technique: .* does not suit"):
        check_plan(plan, catalog)
    with pytest.raises(ClassPlanError, match=r"steps\[0\]\.area: unknown area 'elbow'"):
        check_plan(
            ClassPlan(name="x", steps=[ClassStep(area="elbow", technique="stroking")]), catalog
        )


@pytest.mark.parametrize("name", ["", "   ", "a\nb", "x" * 61])
def test_a_plan_name_is_one_short_line(name):
    with pytest.raises(ValidationError):
        ClassPlan(name=name, steps=[ClassStep(area="legs", technique="stroking")])


def test_the_cursor_moves_through_the_plan_and_stops_at_the_ends(catalog):
    plan = plan_from_routine(catalog, catalog.routines.routines[0].id)
    cursor = ClassCursor(plan)
    assert not cursor.previous() and cursor.index == 0
    for expected in range(1, cursor.count):
        assert cursor.next() and cursor.index == expected
    assert cursor.at_end and not cursor.next() and cursor.next_step is None
    assert cursor.previous() and cursor.current == plan.steps[-2]


def test_plans_are_saved_by_name_privately_and_read_back(store, catalog):
    assert store.plans() == []
    first = plan_from_routine(catalog, catalog.routines.routines[0].id, "Tuesday group")
    second = plan_from_area(catalog, "abdomen", "Tummy only")
    store.save(first)
    store.save(second)
    assert store.names() == ["Tuesday group", "Tummy only"]
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    # The same name, whatever its case, replaces the plan in its place.
    store.save(plan_from_area(catalog, "legs", "tuesday GROUP"))
    assert store.names() == ["tuesday GROUP", "Tummy only"]
    assert store.find("Tuesday group").area == "legs"
    assert store.delete("tummy only") and store.names() == ["tuesday GROUP"]
    assert not [p for p in store.path.parent.iterdir() if p.name.endswith(".part")]


def test_a_plan_that_does_not_suit_the_catalog_is_not_saved(store):
    with pytest.raises(ClassPlanError):
        store.save(
            ClassPlan(name="Bad", steps=[ClassStep(area="face", technique="spinal_pinching")])
        )
    assert not store.path.exists()


def _write(store, body) -> None:
    store.path.write_text(json.dumps(body) if not isinstance(body, str) else body)


def test_a_hand_edited_mistake_names_the_file_and_the_field(store, catalog):
    good = plan_from_area(catalog, "legs", "Legs").model_dump(mode="json")
    bad = dict(good, steps=[{"area": "legs", "technique": "spinal_pinching"}])
    _write(
        store, {"format": "infant-massage-guide/class-plans", "version": 1, "plans": [good, bad]}
    )
    with pytest.raises(
        ClassPlanFileError, match=rf"{PLANS_FILE}: plans\[1\]\.steps\[0\]\.technique"
    ):
        store.plans()
    _write(
        store,
        {"format": "infant-massage-guide/class-plans", "version": 1, "plans": [{"name": "x"}]},
    )
    with pytest.raises(ClassPlanFileError, match=r"plans\[0\]\.steps: Field required"):
        store.plans()
    _write(store, "{not json")
    with pytest.raises(ClassPlanFileError, match="line 1"):
        store.plans()
    _write(store, {"format": "something else"})
    with pytest.raises(ClassPlanFileError, match="not a class plans file"):
        store.plans()


def test_an_oversized_file_is_refused_without_reading_it_all(store):
    store.path.write_bytes(b" " * (MAX_BYTES + 10))
    with pytest.raises(ClassPlanFileError, match="larger than"):
        store.plans()


def test_saving_over_a_damaged_file_keeps_the_damaged_one_aside(store, catalog):
    _write(store, "{damaged")
    moved = store.save(plan_from_area(catalog, "legs", "Legs"))
    assert moved is not None and moved.read_text() == "{damaged"
    assert store.names() == ["Legs"]


def test_an_unwritable_data_folder_says_so_and_writes_nothing(tmp_path, catalog):
    # As found by open_data_dir() on a read-only folder (the tests may run as root).
    data_dir = DataDir(tmp_path, writable=False, problem=f"cannot write to {tmp_path}: read-only")
    with pytest.raises(OSError, match="read-only"):
        ClassPlanStore(data_dir, catalog).save(plan_from_area(catalog, "legs", "Legs"))
    assert list(tmp_path.iterdir()) == []


def test_the_nurse_builds_her_own_plan_step_by_step(qtbot, catalog):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from infant_massage.ui.class_mode.plan_editor import ClassPlanEditor

    editor = ClassPlanEditor(catalog, plan_from_area(catalog, "legs", "Mine"))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.area.setCurrentIndex(editor.area.findData("back"))
    offered = [editor.technique.itemData(i) for i in range(editor.technique.count())]
    assert offered == [t.id for t in catalog.techniques_on("back")]  # only what suits the back
    editor.technique.setCurrentIndex(editor.technique.findData("spinal_pinching"))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)  # before the last legs step
    editor.steps.setCurrentRow(0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    editor.name.setText("  Evening group  ")
    ok = editor.ok_cancel.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    plan = editor.plan
    legs = [t.id for t in catalog.techniques_on("legs")]
    expected = [("legs", t) for t in legs[1:-1]] + [("back", "spinal_pinching"), ("legs", legs[-1])]
    assert plan.name == "Evening group"
    assert [(s.area, s.technique) for s in plan.steps] == expected
    check_plan(plan, catalog)
