"""The facts that fill catalog texts on screen: the wait after a feed as the settings chose it,
the catalog's other safety numbers, and side phrases per viewpoint. One model, observed by the
cards, the guide page, the session page and the handout, so a changed setting shows everywhere;
it follows the settings model (`follow`) and keeps no setting of its own.
"""

from __future__ import annotations

import contextlib
from functools import cache

from PySide6.QtCore import QObject, Signal

from infant_massage.domain.catalog import Catalog, TextFacts
from infant_massage.ui.common.settings_model import SettingsModel


class TextFactsModel(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog: Catalog | None = None
        self._feed_wait: int | None = None  # None: the catalog's default
        self._followed: SettingsModel | None = None

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self.changed.emit()

    def follow(self, settings: SettingsModel) -> None:
        """Fill in the wait after a feed that these settings hold, now and whenever it changes."""
        if self._followed is not None:
            # RuntimeError: that window's settings are already gone.
            with contextlib.suppress(RuntimeError, TypeError):
                self._followed.changed.disconnect(self._setting_changed)
        self._followed = settings
        settings.changed.connect(self._setting_changed)
        settings.destroyed.connect(self._forget)
        self.set_feed_wait(settings.feed_wait_minutes)

    def _setting_changed(self, field: str) -> None:
        if field == "feed_wait_minutes" and self._followed is not None:
            self.set_feed_wait(self._followed.feed_wait_minutes)

    def _forget(self) -> None:
        self._followed = None

    def set_feed_wait(self, minutes: int | None) -> None:
        if minutes != self._feed_wait:
            self._feed_wait = minutes
            self.changed.emit()

    def facts(self, turned: bool = False, catalog: Catalog | None = None) -> TextFacts:
        if catalog is None and self._catalog is None:
            from infant_massage import load_catalog

            self._catalog = load_catalog()  # a widget made before any window: the bundled one
        source = catalog or self._catalog
        assert source is not None
        return source.text_facts(self._feed_wait, turned)


@cache
def shared() -> TextFactsModel:
    return TextFactsModel()
