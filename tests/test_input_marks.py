"""Every box keeps its marks in every theme: a focused spin box its arrows, a ticked box its tick,
a radio button its ring and dot (drawn and looked at, as a user sees them)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from test_themes_and_focus import contrast

from infant_massage.ui.common import theme


@pytest.fixture(params=list(theme.THEMES))
def themed(request, qapp):
    theme.apply(qapp, request.param)
    yield theme.THEMES[request.param]
    theme.apply(qapp, "system")


def shown(qtbot, *widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(row)
    row.show()
    qtbot.waitExposed(row)
    return row


def ink_counts(image: QImage, columns: range, rows: range, fill: QColor) -> list[int]:
    """Per row, the pixels that stand out from the fill (lines and marks drawn on it)."""

    def ink(x: int, y: int) -> bool:
        return abs(image.pixelColor(x, y).lightness() - fill.lightness()) > 60

    return [sum(ink(x, y) for x in columns) for y in rows]


def narrowing(counts: list[int], widest: int) -> bool:
    """Three rows in a row that a triangle's point makes: some ink, and more and more of it."""
    return any(
        0 < a < b < c <= widest for a, b, c in zip(counts, counts[1:], counts[2:], strict=False)
    )


def test_a_focused_spin_box_keeps_its_arrows(qtbot, themed) -> None:
    box = QSpinBox()
    box.setValue(3)
    row = shown(qtbot, box, QSpinBox())
    box.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab brings it there
    QApplication.processEvents()
    assert box.hasFocus(), row
    image = box.grab().toImage()
    width, height = image.width(), image.height()
    fill = image.pixelColor(width // 3, height // 2)
    strip = range(width - 2 * height // 3, width - 3)  # the buttons, inside the focus ring
    counts = ink_counts(image, strip, range(3, height - 3), fill)
    half = len(counts) // 2
    widest = len(strip) // 2  # an arrow, not a line across the button
    assert narrowing(counts[:half], widest), (themed.name, "no up arrow", counts)
    assert narrowing(counts[half:][::-1], widest), (themed.name, "no down arrow", counts)


def indicator(button: QAbstractButton, element: QStyle.SubElement) -> QRect:
    option = QStyleOptionButton()
    option.initFrom(button)
    return button.style().subElementRect(element, option, button)


def test_a_ticked_box_shows_its_tick(qtbot, themed) -> None:
    ticked = QCheckBox("Tick")
    ticked.setChecked(True)
    row = shown(qtbot, ticked)
    assert row.isVisible()
    inner = indicator(ticked, QStyle.SubElement.SE_CheckBoxIndicator).adjusted(3, 3, -3, -3)
    image = ticked.grab().toImage()
    pixels = [
        image.pixelColor(x, y)
        for x in range(inner.left(), inner.right() + 1)
        for y in range(inner.top(), inner.bottom() + 1)
    ]
    fill = QColor(Counter(p.rgb() for p in pixels).most_common(1)[0][0])
    tick = [p for p in pixels if contrast(p, fill) >= 3.0]
    assert len(tick) >= 6, (themed.name, "a ticked box is a plain square")


def test_a_radio_button_shows_its_ring_and_its_dot(qtbot, themed) -> None:
    chosen, other = QRadioButton("Chosen"), QRadioButton("Other")
    chosen.setChecked(True)
    row = shown(qtbot, chosen, other)
    assert row.isVisible()
    where = indicator(other, QStyle.SubElement.SE_RadioButtonIndicator)
    image = other.grab().toImage()
    ring = max(
        contrast(image.pixelColor(x, y), QColor(themed.background))
        for x in range(where.left(), where.right() + 1)
        for y in range(where.top(), where.bottom() + 1)
    )
    assert ring >= 3.0, (themed.name, "a radio button's ring is not seen", ring)
    centres = [b.grab().toImage().pixelColor(where.center()) for b in (chosen, other)]
    assert contrast(*centres) >= 3.0, (themed.name, "chosen and not chosen look alike")
