"""The baby drawings: SVG renderers per view and skin tone, and their pickable geometry."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtSvg import QSvgRenderer

from infant_massage import resources
from infant_massage.domain.body_map import BodyView, parse_body_view
from infant_massage.domain.skin_tone import SkinTone, parse_skin_tones, recolour

VIEWS = ("front", "back")


class Illustrations:
    """Loads each drawing once; renderers in another skin tone are made on first use."""

    def __init__(self) -> None:
        self._svg = {v: resources.read_text(f"illustrations/baby_{v}.svg") for v in VIEWS}
        self.views: dict[str, BodyView] = {v: parse_body_view(v, t) for v, t in self._svg.items()}
        self.skin_tones: list[SkinTone] = parse_skin_tones(
            resources.read_text("illustrations/skin_tones.json")
        )
        self._renderers: dict[tuple[str, str], QSvgRenderer] = {}

    def svg(self, view: str) -> str:
        """The view's drawing as shipped (in the first skin tone)."""
        return self._svg[view]

    def tone(self, tone_id: str | None) -> SkinTone:
        for tone in self.skin_tones:
            if tone.id == tone_id:
                return tone
        return self.skin_tones[0]

    def renderer(self, view: str, tone_id: str | None = None) -> QSvgRenderer:
        tone = self.tone(tone_id)
        key = (view, tone.id)
        if key not in self._renderers:
            svg = recolour(self._svg[view], self.skin_tones[0], tone)
            renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
            if not renderer.isValid():
                raise ValueError(f"the {view} drawing is not a valid SVG")
            self._renderers[key] = renderer
        return self._renderers[key]

    def views_with(self, area_id: str) -> list[str]:
        return [v for v in VIEWS if area_id in self.views[v].regions]
