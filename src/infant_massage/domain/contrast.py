"""Colour contrast as WCAG 2.1 defines it (relative luminance), for telling drawn things apart."""

from __future__ import annotations

# WCAG 2.1 success criterion 1.4.11 (non-text contrast) asks 3:1 for the parts of a graphic
# needed to understand it: here, the edge of the parent's hand against the baby's skin.
MIN_GRAPHIC_CONTRAST = 3.0


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: tuple[int, int, int]) -> float:
    r, g, b = (_channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def parse_hex(colour: str) -> tuple[int, int, int]:
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"expected a colour like #a1b2c3, got {colour!r}")
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))


def contrast_ratio(a: tuple[int, int, int] | str, b: tuple[int, int, int] | str) -> float:
    """From 1 (the same) to 21 (black on white)."""
    la = luminance(parse_hex(a) if isinstance(a, str) else a)
    lb = luminance(parse_hex(b) if isinstance(b, str) else b)
    high, low = max(la, lb), min(la, lb)
    return (high + 0.05) / (low + 0.05)
