"""The safety check as a parent meets it: each question found by the name a screen reader gives
it (its question), answered with the mouse and the keyboard, read back as it is shown.

Used by the tests that only need to get through the check (or to see what it preset) and by
the children they start; the page's own tests (test_session_flow) look closer.
"""

from __future__ import annotations

from on_screen import click, named
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QPushButton, QWidget

from infant_massage import load_catalog

AGE = "How old is the baby?"
AGE_UNIT = "Age in weeks or months"
UNWELL = "Is the baby unwell or feverish today?"
# The hours the check asks about are the catalog's (the rule and "Not today" say the same).
VACCINATION_HOURS = load_catalog().safety.check.vaccination_wait_hours
VACCINATED = f"A vaccination in the last {VACCINATION_HOURS} hours?"
CORD = "Has the cord stump fallen off and the navel healed?"
FEED = "Minutes since the last feed"
BORN_EARLY = "Was the baby born early (before 37 weeks)?"
WEEKS_EARLY = "Weeks born before the due date"
YES, NO = "Yes", "No"
START, PRACTISE = "Start the session", "Practise on a doll"


def type_number(page: QWidget, name: str, value: int) -> None:
    """Click into the box, select what it holds and type the number."""
    box = named(page, name)
    assert isinstance(box, QAbstractSpinBox)
    click(box)
    QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(box, str(value))


def no_and_yes(page: QWidget, name: str) -> tuple[QPushButton, QPushButton]:
    """The question's two buttons, No first, as they stand side by side."""
    group = named(page, name)
    buttons = {b.text(): b for b in group.findChildren(QPushButton)}
    return buttons[NO], buttons[YES]


def answer(page: QWidget, name: str, yes: bool) -> None:
    click(no_and_yes(page, name)[yes])


def answer_shown(page: QWidget, name: str) -> bool | None:
    """Yes, No, or None while neither is chosen, as the two buttons show it."""
    no, yes = no_and_yes(page, name)
    return True if yes.isChecked() else False if no.isChecked() else None


def age_shown(page: QWidget) -> tuple[str, str]:
    """The age as it reads: the number and its unit."""
    unit = named(page, AGE_UNIT)
    assert isinstance(unit, QComboBox)
    return named(page, AGE).text(), unit.currentText()


def answer_everything(page: QWidget, age: int | None = 6, feed: int | None = 120) -> None:
    """Answer a safe baby's check: the age when no profile gave it, not unwell, no vaccination
    just now, the cord healed, fed `feed` minutes ago."""
    if age is not None:
        type_number(page, AGE, age)
    if feed is not None:
        type_number(page, FEED, feed)
    answer(page, UNWELL, yes=False)
    answer(page, VACCINATED, yes=False)
    answer(page, CORD, yes=True)
