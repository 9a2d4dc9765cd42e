"""The guides the pages show: one Guide per technique on an area, built on first use and kept.

The home page's guide, a session's steps and class mode all ask the same library, so a guide
(and the hand choreography the painter caches for it) is built once per run.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from infant_massage.domain.body_map import BodyView
from infant_massage.domain.catalog import Catalog

if TYPE_CHECKING:  # the guide's geometry loads with the first guide, not at start-up
    from infant_massage.domain.guide import Guide


class GuideLibrary:
    def __init__(self, catalog: Catalog, views: Mapping[str, BodyView]) -> None:
        self._catalog = catalog
        self._views = views
        self._guides: dict[tuple[str, str], Guide] = {}

    def guide(self, technique_id: str, area_id: str) -> Guide:
        """The guide for this pair; KeyError when the technique does not suit the area."""
        key = (technique_id, area_id)
        found = self._guides.get(key)
        if found is None:
            from infant_massage.domain.guide import Guide

            technique = self._catalog.technique(technique_id)
            application = technique.application_for(area_id)
            if application is None:
                raise KeyError(f"{technique_id} does not suit {area_id}")
            body = self._views[application.guide.view]
            found = self._guides[key] = Guide(technique, application, body)
        return found

    __call__ = guide  # the pages take a guide_for(technique_id, area_id) callable
