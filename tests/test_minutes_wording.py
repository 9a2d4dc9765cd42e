"""A time in minutes is said as a person says it, through the translator with its plural forms,
in one place: the start-up notice about an interrupted session says "less than a minute", never
"0.0 minutes"."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from infant_massage.domain.session_record import Outcome, SessionRecord, StepRecord
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history.opening import OpenedHistory, open_history
from infant_massage.ui.common.text_format import minutes_text
from infant_massage.ui.history.start_dialog import HistoryStartDialog


def said(n: int) -> str:
    """The translator's own words for n minutes (its plural form for n)."""
    return QCoreApplication.translate("Wording", "%n minute(s)", "", n)


def test_under_a_minute_is_less_than_a_minute_and_never_a_number(qapp) -> None:
    under = {minutes_text(seconds) for seconds in (0, 0.4, 30, 59.4)}
    assert len(under) == 1
    [words] = under
    assert not re.search(r"\d", words)
    assert words == QCoreApplication.translate("Wording", "less than a minute")


@pytest.mark.parametrize(("seconds", "n"), [(60, 1), (89, 1), (90, 2), (12 * 60 + 29, 12)])
def test_a_minute_or_more_is_counted_to_the_nearest_minute_in_its_plural_form(
    qapp, seconds, n
) -> None:
    assert minutes_text(seconds) == said(n)
    assert str(n) in minutes_text(seconds)


def test_one_minute_and_two_minutes_take_different_forms(qapp) -> None:
    # English is a real translation with both forms: the code never builds a plural itself.
    assert said(1).replace("1", "2") != said(2)


def interrupted_after(tmp_path: Path, qtbot, catalog, done_seconds: float) -> str:
    """What the next start says about a session a crash cut short after done_seconds
    (test_history_crash.py kills a real one; here the start finds one made to measure)."""
    opened = open_history(open_data_dir(tmp_path / "data"))
    record = SessionRecord(
        kind="routine",
        routine=catalog.routines.routines[0].id,
        started_at=datetime.now(UTC),
        planned_seconds=300.0,
        outcome=Outcome.INTERRUPTED,
        steps=[
            StepRecord(
                area="chest", technique="stroking", planned_seconds=300, done_seconds=done_seconds
            )
        ],
    )
    found = OpenedHistory(opened.store, [], [record])
    dialog = HistoryStartDialog(found, catalog)
    qtbot.addWidget(dialog)
    [message] = [label.text() for label in dialog.messages]
    opened.store.close()
    return message


@pytest.mark.parametrize("done_seconds", [0, 20, 3 * 60 + 10])
def test_the_start_up_notice_says_how_long_as_a_person_would(
    tmp_path, qtbot, catalog, done_seconds
) -> None:
    message = interrupted_after(tmp_path, qtbot, catalog, done_seconds)
    assert f"interrupted after {minutes_text(done_seconds)} (" in message
    assert "0.0" not in message and "minutes minutes" not in message
