"""The guide library: one guide per technique on an area, built once, for every page."""

from __future__ import annotations

import pytest

from infant_massage import resources
from infant_massage.domain.body_map import parse_body_view
from infant_massage.domain.guide_library import GuideLibrary

VIEWS = {
    v: parse_body_view(v, resources.read_text(f"illustrations/baby_{v}.svg"))
    for v in ("front", "back")
}


def test_each_pair_that_suits_gets_its_guide_once(catalog) -> None:
    library = GuideLibrary(catalog, VIEWS)
    for technique in catalog.techniques:
        for application in technique.applications:
            guide = library.guide(technique.id, application.area)
            assert guide.technique is technique and guide.application is application
            assert guide.body is VIEWS[application.guide.view]
            assert library(technique.id, application.area) is guide  # built once, then kept


def test_a_technique_that_does_not_suit_the_area_has_no_guide(catalog) -> None:
    library = GuideLibrary(catalog, VIEWS)
    technique = next(t for t in catalog.techniques if len(t.applications) < len(catalog.areas))
    suits = {a.area for a in technique.applications}
    area = next(a.id for a in catalog.areas if a.id not in suits)
    with pytest.raises(KeyError, match="does not suit"):
        library.guide(technique.id, area)
