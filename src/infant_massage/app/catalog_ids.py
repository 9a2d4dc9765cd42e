"""The command line's check of area and technique ids: one wording for every command.

A command refuses an unknown id before any work, with one line that lists the valid choices,
and exits with EXIT_USAGE (README "Command line").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from infant_massage.domain.catalog import Catalog


def _choices(ids: list[str]) -> str:
    return f"(choose from: {', '.join(ids)})"


def unknown_ids(catalog: Catalog, area: str | None = None, technique: str | None = None) -> str:
    """Why the area or technique given cannot be used, in one line; empty when both can.

    A technique given with an area must also suit that area.
    """
    if area is not None and area not in catalog.area_ids:
        return f"unknown area '{area}' {_choices(catalog.area_ids)}"
    if technique is None:
        return ""
    techniques = [t.id for t in catalog.techniques]
    if technique not in techniques:
        return f"unknown technique '{technique}' {_choices(techniques)}"
    if area is not None:
        suited = [t.id for t in catalog.techniques_on(area)]
        if technique not in suited:
            return f"technique '{technique}' does not suit area '{area}' {_choices(suited)}"
    return ""
