"""Printable handouts: one PDF per area, a cover with the safety rules and a page per technique."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from test_command_line import run_app

from infant_massage.app.window_factory import make_window


def pdf_pages(path: Path) -> list[str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return [document.getAllText(i).text() for i in range(document.pageCount())]


@pytest.mark.parametrize("area_id", ["back", "face"])
def test_the_handout_command_writes_a_page_per_technique(tmp_path, catalog, area_id) -> None:
    out = tmp_path / "handout.pdf"
    result = run_app("handout", "--area", area_id, "--out", str(out))
    assert result.returncode == 0, result.stderr
    pages = pdf_pages(out)
    techniques = catalog.techniques_on(area_id)
    assert len(pages) == 1 + len(techniques)
    assert str(catalog.area(area_id).name) in pages[0]
    stop = catalog.safety.rule("persistent_crying").said("text", catalog.text_facts())
    assert stop and " ".join(stop.split()) in " ".join(pages[0].split())
    for page, technique in zip(pages[1:], techniques, strict=True):
        application = technique.application_for(area_id)
        flat = " ".join(page.split())
        assert str(technique.name) in flat
        assert " ".join(str(application.steps[0]).split()) in flat
        for caution in technique.cautions:  # only those that belong to the area
            belongs = not caution.areas or area_id in caution.areas
            assert (" ".join(str(caution).split()) in flat) == belongs, (technique.id, caution)


def test_a_bad_area_is_refused_in_one_line_and_nothing_is_written(tmp_path) -> None:
    out = tmp_path / "never.pdf"
    result = run_app("handout", "--area", "belly", "--out", str(out))
    assert result.returncode == 2
    assert result.stderr.strip().startswith("infant-massage: unknown area 'belly' (choose from:")
    assert not out.exists()


def test_the_window_saves_the_handout_of_the_chosen_area(qtbot, catalog, tmp_path) -> None:
    window = make_window(catalog)
    qtbot.addWidget(window)
    assert not window.save_handout(str(tmp_path / "none.pdf"))  # no area chosen yet
    window.select_area("feet")
    out = tmp_path / "feet.pdf"
    assert window.save_handout(str(out))
    assert len(pdf_pages(out)) == 1 + len(catalog.techniques_on("feet"))
    assert window.statusBar().currentMessage() == "Saved the handout (3 pages)."
