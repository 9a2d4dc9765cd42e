"""The start's modules that never use Qt, imported before Qt is.

PySide reads the source of every module imported after it, to see whether the module asks for
one of its `__feature__` switches (shibokensupport/feature.py, PYSIDE-2029). On the way to the
home screen that was about 50 modules of the domain, the storage, platformdirs, sqlite3 and
tomllib, each read and searched for nothing. Imported first, PySide never looks at them.
tests/test_startup.py checks that no domain or storage module is left to be imported after Qt.
"""

from __future__ import annotations

import importlib

# The entry points; each brings in the rest of its layer that a start uses.
HEADLESS_START = (
    "infant_massage.domain.catalog_loader",
    "infant_massage.domain.guide_library",
    "infant_massage.domain.safety_check",
    "infant_massage.domain.user_settings",
    "infant_massage.domain.skin_tone",
    "infant_massage.domain.clock",
    "infant_massage.domain.name_tags",
    "infant_massage.storage.data_dir",
    "infant_massage.storage.class_plans",
    "infant_massage.storage.history.opening",
    "infant_massage.identity",
    "json",
    "subprocess",
    "configparser",
)


def import_headless_start() -> None:
    for name in HEADLESS_START:
        importlib.import_module(name)
