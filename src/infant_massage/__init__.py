"""Infant Massage Guide: an offline desktop guide to infant massage."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from infant_massage._version import __version__

if TYPE_CHECKING:
    from infant_massage.domain.catalog import Catalog

__all__ = ["__version__", "load_catalog"]


def load_catalog(directory: str | Path | None = None) -> Catalog:
    """Load and validate the content catalog.

    Without a directory it comes from the bundled Qt resources; with one (a folder laid out like
    assets/content) it is read from disk, which is how authors and tests try out new content.
    Raises CatalogError naming the file and field of any mistake.
    """
    from infant_massage.domain.catalog_loader import load_catalog_from_files

    if directory is None:
        from infant_massage import resources

        return load_catalog_from_files(
            resources.content_files(), resources.prepared_tables("content/")
        )
    root = Path(directory)
    files = {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*.toml")}
    return load_catalog_from_files(files)
