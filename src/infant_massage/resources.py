"""Bundled assets through Qt resources (":/assets/..."): nothing needs to sit beside the app."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QDirIterator, QFile, QIODevice

if TYPE_CHECKING:
    from infant_massage.domain.prepared_tables import PreparedTables

ROOT = ":/assets"
_loaded = False


class ResourceError(RuntimeError):
    pass


def ensure_loaded() -> None:
    """Register the compiled resources with Qt (once)."""
    global _loaded
    if _loaded:
        return
    try:
        importlib.import_module("infant_massage._resources_rc")
    except ModuleNotFoundError:
        raise ResourceError(
            "the compiled resources are missing: reinstall the app, or in a source checkout run "
            "'pyside6-rcc resources.qrc -o src/infant_massage/_resources_rc.py'"
        ) from None
    _loaded = True


def path(relative: str) -> str:
    """The Qt resource path of an asset: path('icons/play.svg') is ':/assets/icons/play.svg'."""
    return f"{ROOT}/{relative}"


def read_bytes(relative: str) -> bytes:
    ensure_loaded()
    file = QFile(path(relative))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise ResourceError(f"missing asset '{relative}'")
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


def read_text(relative: str) -> str:
    return read_bytes(relative).decode("utf-8")


def list_files(folder: str = "") -> list[str]:
    """Every asset under a folder, recursively, as paths relative to the assets root."""
    ensure_loaded()
    base = path(folder).rstrip("/")
    if not QDir(base).exists():
        return []
    found = []
    it = QDirIterator(base, QDir.Filter.Files, QDirIterator.IteratorFlag.Subdirectories)
    while it.hasNext():
        found.append(it.next()[len(ROOT) + 1 :])
    return sorted(found)


def content_files() -> dict[str, bytes]:
    """The catalog's data files, keyed by their path inside assets/content/."""
    prefix = "content/"
    return {name[len(prefix) :]: read_bytes(name) for name in list_files("content")}


def prepared_tables(folder: str) -> PreparedTables:
    """The TOML files under `folder` parsed ahead of time (domain/prepared_tables.py)."""
    from infant_massage.domain.prepared_tables import FILE, PreparedTables

    try:
        text = read_bytes(FILE)
    except ResourceError:  # not prepared (a checkout before its first prepare_tables run)
        text = None
    return PreparedTables(text, folder)
