"""Every page fits, from a 1024x768 laptop to a 4K screen, at every text size.

For each page of a whole session (home, an area, a guide, the safety check, the running
session, why it stopped, how the baby responded, the summary, the history and its charts)
the test lays the window out and checks what a user would see: every visible widget lies
inside the window (inside a scroll area it may scroll down, never sideways), no text is cut
(a label is at least as large as its size hint, a wrapping label as tall as its text needs
at its width, a button, check box or drop-down at least as wide as its text), and no two
widgets one layout places lie over each other. Every dialog is checked the same way.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from on_screen import named
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLayout,
    QMenu,
    QScrollBar,
    QWidget,
)
from safety_check import answer_everything

from infant_massage.domain.clock import ManualClock
from infant_massage.ui.common import theme
from infant_massage.ui.shell.main_window import MainWindow
from infant_massage.ui.shell.window_state import fitted_rect

SMALL = fitted_rect(QRect(0, 0, 1024, 768)).size()  # the window a 1024x768 screen opens
LARGE = QSize(3840, 2160)
SIZES = {"1024x768": SMALL, "3840x2160": LARGE}


def settle() -> None:
    for _ in range(3):  # wrapped labels take a second pass to find their height
        QApplication.processEvents()


def scroll_area_of(widget: QWidget, window: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.text() if hasattr(widget, "text") else ""


def problems(window: MainWindow) -> Iterator[str]:
    bounds = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or isinstance(widget, (QMenu, QScrollBar)):
            continue
        name = f"{type(widget).__name__} {text_of(widget)[:40]!r}"
        rect = rect_in(widget, window)
        area = scroll_area_of(widget, window)
        if area is None:
            if not bounds.contains(rect):
                yield f"{name} at {rect.getRect()} is outside the window {bounds.getRect()}"
        else:
            port = rect_in(area.viewport(), window)
            if rect.left() < port.left() - 1 or rect.right() > port.right() + 1:
                yield f"{name} at {rect.getRect()} runs out of its scroll area {port.getRect()}"
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need = QSize(
                    widget.minimumSizeHint().width(), widget.heightForWidth(widget.width())
                )
            else:
                need = widget.sizeHint()
            if need.width() > widget.width() + 1 or need.height() > widget.height() + 1:
                yield f"{name} is cut: {widget.size().toTuple()} < {need.toTuple()}"
        elif isinstance(widget, (QAbstractButton, QComboBox)) and text_of(widget):
            need = text_room(widget)
            if isinstance(widget, QAbstractButton):  # its padding and icon, as the style has them
                need.setWidth(max(need.width(), widget.sizeHint().width()))
            else:  # a drop-down at its own size hint shows its longest choice whole
                need.setWidth(min(need.width(), widget.sizeHint().width()))
            if need.width() > widget.width() or need.height() > widget.height():
                yield f"{name} is cut: {widget.size().toTuple()} < {need.toTuple()}"


def text_room(widget: QWidget) -> QSize:
    """The least a button or drop-down needs to show its words whole (and its icon)."""
    metrics = widget.fontMetrics()
    lines = text_of(widget).split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines)
    if isinstance(widget, QComboBox):
        icon = 20  # the arrow
    else:
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
    return QSize(width + icon + 8, metrics.height() * len(lines) + 4)


def laid_out(layout: QLayout) -> Iterator[QWidget]:
    """The widgets a layout places, through its inner layouts."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            yield item.widget()
        elif item.layout() is not None:
            yield from laid_out(item.layout())


def overlaps(window: MainWindow) -> Iterator[str]:
    """Two widgets one layout places never lie over each other (a squeezed layout overlaps
    them, e.g. a caption drawn over the picture), nor do two labels or controls side by side."""
    kinds = (QLabel, QAbstractButton, QComboBox)
    for parent in [window, *window.findChildren(QWidget)]:
        if not parent.isVisible():
            continue
        placed = list(laid_out(parent.layout())) if parent.layout() is not None else []
        controls = [c for c in parent.children() if isinstance(c, kinds) and c not in placed]
        shown = [c for c in (*placed, *controls) if c.isVisible() and not c.isWindow()]
        for index, first in enumerate(shown):
            for second in shown[index + 1 :]:
                if first.geometry().intersects(second.geometry()):
                    yield (
                        f"{type(first).__name__} {text_of(first)[:30]!r} overlaps "
                        f"{type(second).__name__} {text_of(second)[:30]!r}"
                    )


def walk_the_pages(window: MainWindow, clock: ManualClock) -> Iterator[str]:
    """Go through a whole session; yield each page's name once it is on screen."""
    window.show_home()
    yield "home"
    window.select_area("abdomen")
    yield "home with an area"
    window.open_guide("kneading", "abdomen")
    window.guide_panel.pause()
    yield "guide"
    window.show_home()
    window.start_session()
    setup = window.session_flow.setup_page
    answer_everything(setup, age=8, feed=90)
    yield "safety check"
    setup.start_button.click()
    clock.advance(3)
    window.session_flow.run_page.tick()
    yield "session"
    window.session_flow.run_page.toggle_pause()  # "Paused" by the countdown, for what is next
    yield "session paused"
    window.session_flow.run_page.toggle_pause()
    window.session_flow.run_page.stop()
    yield "why it stopped"
    end = window.session_flow.end_page
    end.reason_buttons.buttons()[0].click()
    yield "how the baby responded"
    end.response_buttons.buttons()[0].click()
    QTest.keyClicks(named(end, "A note for later"), "Calm after a warm bath")
    end.save_button.click()
    yield "summary"
    end.done_button.click()
    window.show_history()
    history = window.history_panel
    if history.table.model().rowCount():
        history.table.selectRow(0)
    yield "history"
    history.tabs.setCurrentWidget(history.charts_page)
    yield "history charts"
    history.tabs.setCurrentIndex(0)
    window.show_home()


@pytest.fixture
def window(app_window):
    yield app_window.window, app_window.clock
    app_window.window.set_text_scale(theme.TEXT_SCALES[0])


@pytest.mark.parametrize("size", list(SIZES), ids=list(SIZES))
@pytest.mark.parametrize("scale", theme.TEXT_SCALES, ids=[f"text x{s}" for s in theme.TEXT_SCALES])
def test_every_page_fits_the_window_and_no_text_is_cut(request, window, size, scale) -> None:
    win, clock = window
    win.set_text_scale(scale)
    win.resize(SIZES[size])
    found = []
    for page in walk_the_pages(win, clock):
        settle()
        assert win.size() == SIZES[size], f"the window grew on the {page} page"
        found += [f"{page}: {problem}" for problem in problems(win)]
        found += [f"{page}: {problem}" for problem in overlaps(win)]
        if page.startswith("session"):
            found += [f"{page}: {problem}" for problem in stop_and_countdown(win)]
        if page == "guide":
            found += [f"{page}: {problem}" for problem in guide_in_sight(win)]
        end = win.session_flow.end_page
        main_button = {"how the baby responded": end.save_button, "summary": end.done_button}
        if page in main_button:
            found += [f"{page}: {problem}" for problem in in_sight(main_button[page], win)]
    assert not found, "\n".join(found)


def in_sight(widget: QWidget, window: QWidget) -> Iterator[str]:
    """Wholly on screen and never in a scroll area: nothing to scroll to find it."""
    name = f"{type(widget).__name__} {text_of(widget)[:30]!r}"
    if scroll_area_of(widget, window) is not None:
        yield f"{name} is in a scroll area"
    if widget.visibleRegion().boundingRect() != widget.rect():
        yield f"{name} is partly hidden"


def stop_and_countdown(window: MainWindow) -> Iterator[str]:
    """Stop and the countdown are always in sight whole, never scrolled away; Stop the largest."""
    page = window.session_flow.run_page
    for widget in (page.stop_button, page.ring):
        yield from in_sight(widget, window)
    if (
        page.ring.height() < page.ring.minimumHeight()
        or page.ring.width() < page.ring.minimumWidth()
    ):
        yield f"the countdown is squeezed to {page.ring.size().toTuple()}"
    stop = page.stop_button.size()
    for button in (page.back_button, page.pause_button, page.next_button):
        if button.width() * button.height() >= stop.width() * stop.height():
            yield f"{button.text()!r} is as large as Stop"
        if button.height() > stop.height():
            yield f"{button.text()!r} is taller than Stop"


def step_moments(guide) -> dict[int, float]:
    """The first moment of each how-to step the hand shows (a step of waiting shows none)."""
    moments: dict[int, float] = {}
    for tenth in range(int(guide.duration * 10)):
        step = guide.pose_at(tenth / 10, loop=True).step
        moments.setdefault(step, tenth / 10)
    return moments


def guide_in_sight(window: MainWindow) -> Iterator[str]:
    """The guide page shows, with no scrolling, the step the hand is doing whole, the caption
    and the picture; the picture keeps one size from step to step and stays big enough to
    follow: at least half the page wide and a third of its height."""
    panel = window.guide_panel
    guide = panel.view.guide
    moments = step_moments(guide)
    assert moments, "the guide shows no step"
    sizes = set()
    for step, moment in moments.items():
        panel.view.seek(moment)
        settle()
        assert panel.current_step() == step
        label = panel.step_labels[step]
        port, shown = rect_in(panel.steps_scroll.viewport(), window), rect_in(label, window)
        if not port.contains(shown):
            yield f"step {step + 1} at {shown.getRect()} is out of sight in {port.getRect()}"
        for widget in (panel.caption, panel.view):
            yield from in_sight(widget, window)
        sizes.add(panel.view.size().toTuple())
    if len(sizes) > 1:
        yield f"the picture changes size from step to step: {sorted(sizes)}"
    view, page = panel.view.size(), panel.size()
    if view.width() * 2 < page.width() or view.height() * 3 < page.height():
        yield f"the picture is {view.toTuple()} on a page of {page.toTuple()}"


def test_every_guide_shows_its_steps_on_a_small_screen_with_the_largest_text(window) -> None:
    win, _clock = window
    win.set_text_scale(theme.TEXT_SCALES[-1])
    win.resize(SMALL)
    found = []
    for technique in win.catalog.techniques:
        for application in technique.applications:
            win.open_guide(technique.id, application.area)
            win.guide_panel.pause()
            settle()
            name = f"{technique.id} on {application.area}"
            found += [f"{name}: {problem}" for problem in guide_in_sight(win)]
            found += [f"{name}: {problem}" for problem in problems(win)]
    assert not found, "\n".join(found)


def test_going_back_to_normal_text_restores_every_size(window) -> None:
    win, _clock = window
    win.resize(SMALL)
    win.select_area("abdomen")
    setup = win.session_flow.setup_page  # built now (pages are built on first use), not midway
    settle()

    def sizes() -> dict[int, tuple]:
        win.home.body_map.setFocus()  # the same focus both times: a focus ring is no size change
        settle()
        return {
            id(w): (type(w).__name__, w.sizeHint().toTuple(), w.size().toTuple())
            for w in win.findChildren(QWidget)
            if w.isVisible()
        }

    before = sizes()
    for scale in theme.TEXT_SCALES[1:]:
        win.set_text_scale(scale)
        settle()
        setup.start_button.setFocus()
    win.set_text_scale(theme.TEXT_SCALES[0])
    settle()
    after = sizes()
    changed = [f"{before[k]} -> {after[k]}" for k in before if k in after and before[k] != after[k]]
    assert not changed, "\n".join(changed)


@pytest.mark.parametrize("scale", theme.TEXT_SCALES, ids=[f"text x{s}" for s in theme.TEXT_SCALES])
def test_every_dialog_shows_its_words_whole(qtbot, window, scale) -> None:
    """Settings, About, a baby's profile and the safety rules open as large as their words
    need (Qt makes a window with wrapping words at most two thirds of the screen wide)."""
    from infant_massage.ui.common.about_dialog import AboutDialog
    from infant_massage.ui.common.safety_dialog import SafetyDialog
    from infant_massage.ui.profiles.dialog import ProfileDialog
    from infant_massage.ui.shell.settings_dialog import SettingsDialog

    win, _clock = window
    win.set_text_scale(scale)
    dialogs = {
        "settings": SettingsDialog(win.user_settings, win),
        "about": AboutDialog(win),
        "profile": ProfileDialog(None, parent=win),
        "safety rules": SafetyDialog(win.catalog.safety, win),
    }
    found = []
    for name, dialog in dialogs.items():
        dialog.show()
        settle()
        found += [f"{name}: {problem}" for problem in problems(dialog)]
        found += [f"{name}: {problem}" for problem in overlaps(dialog)]
        dialog.close()
        dialog.deleteLater()
    assert not found, "\n".join(found)
