"""The status bar says what the page shown is, and the keys do what they say on every page.

Walked with keys alone, as a parent with oily hands does: home -> a guide -> Esc -> History.
S on a guide is that guide's "Massage now", as on its card; S on the home page is the routine.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from infant_massage.ui.history.wording import HistoryWording


def key(qtbot, k) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, k)


def open_first_guide(qtbot, window, area_id: str, technique_id: str | None = None):
    """The area chosen by keys, then a card's "Watch the hand move" pressed by Return."""
    window.show_home()
    walk = len(catalog_areas(window))
    for _ in range(2 * walk):  # along this side's areas, then turned over (T), the other's
        if window.home.body_map.focused_area == area_id:
            break
        key(qtbot, Qt.Key.Key_T if _ == walk else Qt.Key.Key_Right)
    assert window.home.body_map.focused_area == area_id
    key(qtbot, Qt.Key.Key_Return)
    cards = window.home.technique_panel.cards
    card = next(c for c in cards if technique_id in (None, c.technique.id))
    card.guide_button.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.guide_panel
    return card


def catalog_areas(window) -> list[str]:
    return window.catalog.area_ids


def status(window) -> str:
    return window.statusBar().currentMessage()


def test_the_status_bar_describes_the_page_shown(qtbot, app_window, catalog) -> None:
    window = app_window.window
    card = open_first_guide(qtbot, window, "abdomen")
    guide_words = status(window)
    assert str(card.technique.name) in guide_words
    assert str(catalog.area("abdomen").name) in guide_words

    key(qtbot, Qt.Key.Key_Escape)  # back home: the guide's title goes with its page
    assert window.pages.currentIndex() == 0
    home_words = status(window)
    assert home_words and home_words != guide_words
    assert window.home.body_map.accessible_text("abdomen") == home_words  # the area chosen

    key(qtbot, Qt.Key.Key_H)
    assert window.pages.currentWidget() is window.history_panel
    history_words = status(window)
    assert history_words not in (home_words, guide_words, "")
    assert "baby" not in history_words.lower()  # nothing about pointing at the baby

    key(qtbot, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == 0 and status(window) == home_words


def test_a_history_notice_is_said_once_where_the_user_looks(qtbot, app_window, catalog) -> None:
    window, store = app_window.window, app_window.store
    store.found_damage("a page of the file is unreadable")
    words = HistoryWording(catalog).notice(store.notice)

    def shown_in_status_bar() -> list[str]:
        labels = window.statusBar().findChildren(QLabel)
        return [label.text() for label in labels if label.isVisible()]

    assert words in shown_in_status_bar()  # the home page has no notice of its own
    key(qtbot, Qt.Key.Key_H)
    panel = window.history_panel
    assert panel.notice_box.isVisible() and panel.notice_label.text() == words
    assert words not in shown_in_status_bar()  # the page says it: not again below it
    key(qtbot, Qt.Key.Key_Escape)
    assert words in shown_in_status_bar()


def test_s_on_a_guide_starts_the_check_for_that_technique(qtbot, app_window, catalog) -> None:
    window = app_window.window
    card = open_first_guide(qtbot, window, "back")
    assert card.session_button.isEnabled()  # what S stands in for
    key(qtbot, Qt.Key.Key_S)
    setup = window.session_flow.setup_page
    assert window.pages.currentWidget() is setup
    choice = setup.choice()
    assert (choice.routine, choice.technique, choice.area) == (None, card.technique.id, "back")

    key(qtbot, Qt.Key.Key_Escape)  # the check closes without a session
    assert window.pages.currentIndex() == 0
    key(qtbot, Qt.Key.Key_S)  # on the home page S is the big button: a routine
    assert window.pages.currentWidget() is setup
    assert setup.choice().routine is not None and setup.choice().technique is None


def test_s_on_a_guide_for_later_waits_as_its_card_does(qtbot, app_window, catalog) -> None:
    window = app_window.window
    window.set_age_months(1)
    later = [
        (t.id, area)
        for area in catalog.area_ids
        for t in catalog.techniques_on(area)
        if t.id not in {a.id for a in catalog.techniques_for(area, 1)}
    ]
    assert later, "the catalog has a technique for older babies"
    technique_id, area_id = later[0]
    card = open_first_guide(qtbot, window, area_id, technique_id)
    assert not card.session_button.isEnabled()
    key(qtbot, Qt.Key.Key_S)
    assert window.pages.currentWidget() is window.guide_panel  # no session, as on the card
    months = catalog.technique(technique_id).min_age_on(area_id)
    assert str(months) in status(window)
