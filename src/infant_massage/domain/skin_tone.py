"""Skin tones for the illustrations: a tone swaps the three skin colours of the drawing."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

Colour = Annotated[str, Field(pattern=r"^#[0-9a-f]{6}$")]


class SkinTone(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    name: str
    fill: Colour
    shade: Colour
    outline: Colour


def parse_skin_tones(json_text: str) -> list[SkinTone]:
    tones = TypeAdapter(list[SkinTone]).validate_json(json_text)
    if not tones:
        raise ValueError("at least one skin tone is needed")
    return tones


def recolour(svg_text: str, drawn_in: SkinTone, wanted: SkinTone) -> str:
    """The drawing in another skin tone (the SVG is drawn in the first tone's exact colours)."""
    if drawn_in == wanted:
        return svg_text
    swap = {getattr(drawn_in, k): getattr(wanted, k) for k in ("fill", "shade", "outline")}
    # One pass, so a new colour that equals another old one is never swapped twice.
    pattern = re.compile("|".join(re.escape(c) for c in swap), re.IGNORECASE)
    return pattern.sub(lambda m: swap[m.group(0).lower()], svg_text)
