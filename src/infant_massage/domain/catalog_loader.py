"""Reads the catalog's TOML files and turns every mistake into an error naming file and field."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from infant_massage.domain.catalog import (
    SAFETY_FACTS,
    Area,
    Catalog,
    Model,
    Phrases,
    Routines,
    Safety,
    Technique,
    Zone,
    placeholders,
)
from infant_massage.domain.prepared_tables import PreparedTables

AREAS_FILE = "areas.toml"
SAFETY_FILE = "safety.toml"
ROUTINES_FILE = "routines.toml"
ZONES_FILE = "zones.toml"
PHRASES_FILE = "phrases.toml"
TECHNIQUES_DIR = "techniques/"

M = TypeVar("M", bound=BaseModel)


class CatalogError(ValueError):
    """Bad content data; says which file and which field, so the author can fix it."""

    def __init__(self, file: str, field: str, message: str) -> None:
        super().__init__(f"{file}: {field}: {message}")
        self.file = file
        self.field = field
        self.message = message


class AreasFile(Model):
    areas: list[Area]


class ZonesFile(Model):
    zones: list[Zone]


def _field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part == "root":
            # LocalizedText is a root model; its inner "root" says nothing to an author.
            continue
        else:
            path += f".{part}" if path else str(part)
    return path or "(top level)"


def _parse(file: str, data: bytes, prepared: PreparedTables) -> dict:
    try:
        return prepared.parse(file, data)
    except UnicodeDecodeError as exc:
        raise CatalogError(file, "(encoding)", f"not UTF-8 text: {exc.reason}") from None
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(file, "(syntax)", str(exc)) from None


def _validate(model: type[M], file: str, raw: dict) -> M:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        message = first["msg"]
        if first["type"] == "missing":
            message = "this required field is missing"
        raise CatalogError(file, _field_path(first["loc"]), message) from None


def _check_unique(ids: list[tuple[str, str, str]]) -> None:
    seen: dict[str, str] = {}
    for item_id, file, field in ids:
        if item_id in seen:
            raise CatalogError(file, field, f"duplicate id '{item_id}' (also in {seen[item_id]})")
        seen[item_id] = file


def load_catalog_from_files(
    files: Mapping[str, bytes], prepared: PreparedTables | None = None
) -> Catalog:
    """Build the catalog from file name -> content, names relative to the content folder.

    `prepared` holds the files parsed ahead of time (prepared_tables.py); without it, or for a
    file it was not prepared from, the TOML is parsed here.
    """
    prepared = prepared or PreparedTables()
    for required in (AREAS_FILE, SAFETY_FILE, ROUTINES_FILE, ZONES_FILE, PHRASES_FILE):
        if required not in files:
            raise CatalogError(required, "(file)", "this file is missing from the content folder")
    areas = _validate(AreasFile, AREAS_FILE, _parse(AREAS_FILE, files[AREAS_FILE], prepared)).areas
    safety = _validate(Safety, SAFETY_FILE, _parse(SAFETY_FILE, files[SAFETY_FILE], prepared))
    routines = _validate(
        Routines, ROUTINES_FILE, _parse(ROUTINES_FILE, files[ROUTINES_FILE], prepared)
    )
    zones = _validate(ZonesFile, ZONES_FILE, _parse(ZONES_FILE, files[ZONES_FILE], prepared)).zones
    phrases = _validate(Phrases, PHRASES_FILE, _parse(PHRASES_FILE, files[PHRASES_FILE], prepared))

    technique_files = sorted(
        n for n in files if n.startswith(TECHNIQUES_DIR) and n.endswith(".toml")
    )
    if not technique_files:
        raise CatalogError(TECHNIQUES_DIR, "(folder)", "no technique files (*.toml) found")
    techniques: list[tuple[str, Technique]] = [
        (name, _validate(Technique, name, _parse(name, files[name], prepared)))
        for name in technique_files
    ]

    _check_unique([(a.id, AREAS_FILE, f"areas[{i}].id") for i, a in enumerate(areas)])
    _check_unique([(t.id, name, "id") for name, t in techniques])
    _check_unique([(r.id, SAFETY_FILE, f"rules[{i}].id") for i, r in enumerate(safety.rules)])
    known_areas = {a.id for a in areas}
    for name, technique in techniques:
        seen: set[str] = set()
        for i, app in enumerate(technique.applications):
            field = f"applications[{i}].area"
            if app.area not in known_areas:
                known = ", ".join(a.id for a in areas)
                raise CatalogError(name, field, f"unknown area '{app.area}' (known: {known})")
            if app.area in seen:
                raise CatalogError(name, field, f"area '{app.area}' is listed twice")
            seen.add(app.area)
        for i, caution in enumerate(technique.cautions):
            for k, area_id in enumerate(caution.areas):
                # Only where the technique is done: a misspelt area would drop the caution.
                if area_id not in seen:
                    message = f"'{area_id}' is not an area this technique is done on"
                    message += f" (those are: {', '.join(sorted(seen))})"
                    raise CatalogError(name, f"cautions[{i}].areas[{k}]", message)

    _check_unique([(z.id, ZONES_FILE, f"zones[{i}].id") for i, z in enumerate(zones)])
    _check_placeholders(techniques, phrases)
    _check_safety_placeholders(safety)
    for i, rule in enumerate(safety.rules):
        for k, area_id in enumerate(rule.areas):
            if area_id not in known_areas:
                known = ", ".join(a.id for a in areas)
                message = f"unknown area '{area_id}' (known: {known})"
                raise CatalogError(SAFETY_FILE, f"rules[{i}].areas[{k}]", message)
    _check_routines(routines, {t.id: t for _, t in techniques}, known_areas)
    ordered = sorted((t for _, t in techniques), key=lambda t: (t.order, t.id))
    return Catalog(
        areas=areas,
        techniques=ordered,
        safety=safety,
        routines=routines,
        zones=zones,
        phrases=phrases,
    )


def _check_placeholders(techniques: list[tuple[str, Technique]], phrases: Phrases) -> None:
    """A step text may name a safety number or a side phrase in braces; nothing else."""
    known = set(SAFETY_FACTS) | set(phrases.sides)
    for name, technique in techniques:
        for i, app in enumerate(technique.applications):
            for k, step in enumerate(app.steps):
                for language, text in step.root.items():
                    try:
                        unknown = placeholders(text) - known
                    except ValueError as exc:
                        field = f"applications[{i}].steps[{k}].{language}"
                        raise CatalogError(name, field, f"bad braces: {exc}") from None
                    if unknown:
                        field = f"applications[{i}].steps[{k}].{language}"
                        message = (
                            f"unknown placeholder {{{sorted(unknown)[0]}}} "
                            f"(known: {', '.join(sorted(known))})"
                        )
                        raise CatalogError(name, field, message)


def _check_safety_placeholders(safety: Safety) -> None:
    """A safety text may name a safety number in braces (the feed wait the parent chose), so the
    rule and the check never disagree; side phrases mean nothing off the body, so not those."""
    known = set(SAFETY_FACTS)
    for i, rule in enumerate(safety.rules):
        for field_name in ("text", "why", "detail", "sources_differ"):
            value = getattr(rule, field_name)
            if value is None:
                continue
            for language, text in value.root.items():
                field = f"rules[{i}].{field_name}.{language}"
                try:
                    unknown = placeholders(text) - known
                except ValueError as exc:
                    raise CatalogError(SAFETY_FILE, field, f"bad braces: {exc}") from None
                if unknown:
                    message = (
                        f"unknown placeholder {{{sorted(unknown)[0]}}} "
                        f"(known: {', '.join(sorted(known))})"
                    )
                    raise CatalogError(SAFETY_FILE, field, message)


def _check_routines(routines: Routines, techniques: dict[str, Technique], areas: set[str]) -> None:
    _check_unique(
        [(r.id, ROUTINES_FILE, f"routines[{i}].id") for i, r in enumerate(routines.routines)]
    )
    for i, limit in enumerate(routines.age_limits):
        for technique_id in limit.techniques or []:
            if technique_id not in techniques:
                field = f"age_limits[{i}].techniques"
                raise CatalogError(ROUTINES_FILE, field, f"unknown technique '{technique_id}'")
    for i, routine in enumerate(routines.routines):
        for k, step in enumerate(routine.steps):
            field = f"routines[{i}].steps[{k}]"
            if step.area not in areas:
                raise CatalogError(ROUTINES_FILE, f"{field}.area", f"unknown area '{step.area}'")
            technique = techniques.get(step.technique)
            if technique is None:
                message = f"unknown technique '{step.technique}'"
                raise CatalogError(ROUTINES_FILE, f"{field}.technique", message)
            if technique.application_for(step.area) is None:
                message = f"'{step.technique}' does not suit area '{step.area}'"
                raise CatalogError(ROUTINES_FILE, f"{field}.technique", message)
