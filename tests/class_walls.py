"""Class mode on one screen, opened as a nurse opens it, and how black its wall is."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def class_on_one_screen(qtbot, window, size: tuple[int, int] | None = None) -> QWidget:
    """Shows the main window, turns class mode on and waits for its one-screen window (of this
    size, if given) to be the active one."""
    window.show()
    window.presentation_action.setChecked(True)
    single = window.class_mode.single
    if size is not None:
        single.resize(*size)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is single)
    return single


def black_share(widget: QWidget, columns: int = 16, rows: int = 12, bottom: bool = True) -> float:
    """The share of a grid of points over the widget (and its bottom edge) that is black."""
    image = widget.grab().toImage()
    points = [
        (x, y)
        for x in range(4, image.width(), image.width() // columns)
        for y in range(4, image.height(), image.height() // rows)
    ]
    if bottom:
        points += [
            (x, image.height() - 3) for x in range(4, image.width(), image.width() // columns)
        ]
    black = sum(image.pixelColor(x, y).name() == "#000000" for x, y in points)
    return black / len(points)
