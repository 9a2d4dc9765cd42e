"""The class handout: a cover with the plan's name, the date and the safety rules, then a page
per step; A4 or Letter by locale; from the window or `handout --plan NAME`."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QLocale, QSizeF
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from test_command_line import run_app
from test_handout import pdf_pages

from infant_massage.domain.class_plan import ClassPlan, ClassStep, plan_from_routine
from infant_massage.storage.class_plans import ClassPlanStore
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.ui.body_map.illustrations import Illustrations
from infant_massage.ui.class_mode.handout import write_class_handout
from infant_massage.ui.guide.handout import paper_size
from infant_massage.ui.guide.rig_hands import RigHands


def _page_points(path) -> QSizeF:
    document = QPdfDocument()
    document.load(str(path))
    return document.pagePointSize(0)


def test_a_saved_plan_prints_a_cover_and_a_page_per_step(tmp_path, catalog):
    plan = ClassPlan(
        name="Thursday newborn group",
        steps=[
            ClassStep(area="legs", technique="stroking"),
            ClassStep(area="abdomen", technique="kneading"),
            ClassStep(area="back", technique="stroking"),
        ],
    )
    data = tmp_path / "data"
    ClassPlanStore(open_data_dir(data), catalog).save(plan)
    out = tmp_path / "class.pdf"
    result = run_app(
        "handout", "--plan", "thursday NEWBORN group", "--out", str(out), "--data-dir", str(data)
    )
    assert result.returncode == 0, result.stderr
    pages = pdf_pages(out)
    assert len(pages) == 1 + len(plan.steps)
    cover = " ".join(pages[0].split())
    assert "Thursday newborn group" in cover
    assert str(date.today().year) in cover
    facts = catalog.text_facts()  # the rules as printed, their numbers filled in
    for rule in (*catalog.safety.stop_signs, *catalog.safety.contraindications):
        assert " ".join((rule.said("text", facts) or "").split())[:40] in cover
    for number, (page, step) in enumerate(zip(pages[1:], plan.steps, strict=True), start=1):
        flat = " ".join(page.split())
        technique = catalog.technique(step.technique)
        assert f"Step {number} of {len(plan.steps)}" in flat
        assert str(technique.name) in flat and str(catalog.area(step.area).name) in flat
        first_step = technique.application_for(step.area).step_text(0, catalog.text_facts())
        assert " ".join(first_step.split()) in flat


def test_a_routine_id_works_too_and_an_unknown_plan_is_refused(tmp_path, catalog):
    routine = catalog.routines.routines[1]
    out = tmp_path / "routine.pdf"
    data = ["--data-dir", str(tmp_path / "data")]
    result = run_app("handout", "--plan", routine.id, "--out", str(out), *data)
    assert result.returncode == 0, result.stderr
    assert len(pdf_pages(out)) == 1 + len(routine.steps)
    never = tmp_path / "never.pdf"
    result = run_app("handout", "--plan", "Nope", "--out", str(never), *data)
    assert result.returncode == 2  # as an unknown area: refused before any work
    assert "no class plan 'Nope'" in result.stderr and routine.id in result.stderr
    assert not never.exists()
    result = run_app("handout", "--plan", "x", "--area", "back", "--out", str(never), *data)
    assert result.returncode == 2


def test_a_routine_by_the_name_class_mode_shows_works(tmp_path, catalog):
    """The nurse types the routine's name as the plan list shows it, in any case."""
    routine = catalog.routines.routines[0]
    out = tmp_path / "by-name.pdf"
    name = str(routine.name).upper()
    result = run_app("handout", "--plan", name, "--out", str(out), "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert len(pdf_pages(out)) == 1 + len(routine.steps)


def test_a_plans_file_that_cannot_be_read_refuses_the_plan_and_is_left_as_it_was(tmp_path, catalog):
    data = tmp_path / "data"
    saved = ClassPlanStore(open_data_dir(data), catalog)
    saved.save(plan_from_routine(catalog, catalog.routines.routines[0].id))
    valid = saved.path.read_text(encoding="utf-8")
    known = catalog.techniques[0].id
    damaged = {
        "cut short": valid[: len(valid) // 2],
        "a technique the catalog no longer has": valid.replace(f'"{known}"', '"no_such_technique"'),
    }
    never = tmp_path / "never.pdf"
    for what, text in damaged.items():
        saved.path.write_text(text, encoding="utf-8")
        result = run_app(
            "handout", "--plan", "Thursday\x1b[2J", "--out", str(never), "--data-dir", str(data)
        )
        assert result.returncode == 2, (what, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.stderr, what
        assert "no class plan 'Thursday\\x1b[2J'" in lines[0], what
        assert saved.path.name in lines[0] and "cannot be read" in lines[0], what
        assert saved.path.read_text(encoding="utf-8") == text, what
        assert not never.exists(), what


def test_paper_follows_the_locale():
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    uk = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    china = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    assert paper_size(us) == QPageSize.PageSizeId.Letter
    assert paper_size(uk) == paper_size(china) == QPageSize.PageSizeId.A4


def test_the_pdf_has_the_chosen_paper(tmp_path, catalog):
    plan = plan_from_routine(catalog, catalog.routines.routines[0].id)
    plan = plan.model_copy(update={"steps": plan.steps[:1]})
    for size, points in (
        (QPageSize.PageSizeId.Letter, (612, 792)),
        (QPageSize.PageSizeId.A4, (595, 842)),
    ):
        out = tmp_path / f"{size.name}.pdf"
        write_class_handout(out, catalog, Illustrations(), RigHands(), plan, size)
        got = _page_points(out)
        assert (round(got.width()), round(got.height())) == points


def test_a_plan_handout_replaces_the_file_whole_never_writing_into_it(tmp_path, catalog):
    routine = catalog.routines.routines[0]
    out = tmp_path / "class.pdf"
    out.write_bytes(b"last week's handout")
    os.link(out, tmp_path / "second-name.pdf")
    data = ["--data-dir", str(tmp_path / "data")]
    result = run_app("handout", "--plan", routine.id, "--out", str(out), *data)
    assert result.returncode == 0, result.stderr
    assert len(pdf_pages(out)) == 1 + len(routine.steps)
    assert (tmp_path / "second-name.pdf").read_bytes() == b"last week's handout"
    assert not list(tmp_path.glob(".*.part"))
