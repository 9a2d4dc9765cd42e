"""How the baby lies for a guide, and the words to turn it over: written once for the guide page
and the session, so the two never word the baby's side differently."""

from __future__ import annotations

from PySide6.QtCore import QObject


class BabyPosition(QObject):
    # A QObject so that lupdate sees every self.tr(...); looked up at each call, so a language
    # chosen later shows at once.
    def lying(self, view: str) -> str:
        """How the baby lies for a guide drawn from `view` ("front": on the back)."""
        if view == "front":
            return self.tr("The baby lies on the back.")
        return self.tr("The baby lies on the tummy.")

    def turn_to(self, view: str) -> str:
        """What to do when a step's guide is drawn from another side than the step before."""
        if view == "front":
            return self.tr("Turn the baby onto the back.")
        return self.tr("Turn the baby onto the tummy.")
