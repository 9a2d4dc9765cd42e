"""The safety texts agree with each other and with the safety check: one number for the wait
after a vaccination wherever it shows, stop rules that never read as "wait" or "pause", and an
oil rule whose age limit cannot be read as covering more than it does."""

from __future__ import annotations

import re

import pytest
from on_screen import button, click, named, page_shown, texts_shown
from PySide6.QtWidgets import QLabel
from safety_check import AGE, CORD, FEED, UNWELL, VACCINATED, answer, type_number

from infant_massage import load_catalog
from infant_massage.app.window_factory import make_window
from infant_massage.domain.catalog import Catalog, SafetyKind
from infant_massage.ui.common.safety_dialog import SafetyDialog

HOME_START = "Start a session (S)"


def flat(text: str) -> str:
    return " ".join(text.split())


def open_check(qtbot, catalog: Catalog):
    window = make_window(catalog)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    click(button(window, HOME_START))
    setup = page_shown(window)
    assert setup is window.session_flow.setup_page
    return window, setup


@pytest.fixture
def longer_wait(content_copy) -> Catalog:
    """The catalog with another wait after a vaccination: every place must follow it."""
    safety = content_copy / "safety.toml"
    text = safety.read_text(encoding="utf-8")
    hours = load_catalog().safety.check.vaccination_wait_hours
    changed = text.replace(f"vaccination_wait_hours = {hours}", "vaccination_wait_hours = 72")
    assert changed != text
    safety.write_text(changed, encoding="utf-8")
    return load_catalog(content_copy)


def test_the_vaccination_rule_question_and_not_today_line_name_the_same_hours(
    qtbot, longer_wait: Catalog
) -> None:
    hours = longer_wait.safety.check.vaccination_wait_hours
    rule = longer_wait.safety.rule("vaccination")
    said = flat(" ".join(rule.said(p, longer_wait.text_facts()) or "" for p in ("text", "why")))
    assert f"{hours} hours" in said
    # No other count of hours or days beside it: one number, one place.
    assert re.findall(r"\d+", said) == [str(hours)], said

    window, setup = open_check(qtbot, longer_wait)
    question = f"A vaccination in the last {hours} hours?"
    assert named(setup, question)  # the check asks about the rule's hours
    answer(setup, question, yes=True)
    not_today = [t for t in texts_shown(setup) if "vaccination" in t]
    assert not_today and all(f"{hours} hours" in t for t in not_today), not_today
    assert not any(re.search(r"\b(24|48)\b", t) for t in texts_shown(setup))

    dialog = SafetyDialog(longer_wait.safety)
    qtbot.addWidget(dialog)
    f1 = flat(" ".join(lbl.text() for lbl in dialog.findChildren(QLabel)))
    assert flat(rule.said("text", longer_wait.text_facts()) or "") in f1
    window.close()


def test_the_bundled_wait_is_the_longer_of_what_the_sources_give(catalog: Catalog) -> None:
    # Sources give 24 to 48 hours: the safer reading is the longer wait.
    assert catalog.safety.check.vaccination_wait_hours >= 48


def test_no_stop_rule_reads_as_pause_or_as_a_time_to_wait(catalog: Catalog) -> None:
    """Stopping is always right: a stop sign never offers "pause" instead, and where it names
    how long crying tends to go on, it says in the same breath not to wait for that."""
    facts = catalog.text_facts()
    for rule in catalog.safety.stop_signs:
        said = flat(" ".join(rule.said(p, facts) or "" for p in ("text", "why", "detail"))).lower()
        assert said.startswith("stop"), rule.id
        assert "pause" not in said, rule.id
        if "minute" in said:
            assert "sooner" in said and "always right" in said, rule.id


def test_all_clear_on_the_check_says_the_stop_rule_in_its_own_words(qtbot, catalog) -> None:
    window, setup = open_check(qtbot, catalog)
    type_number(setup, AGE, 6)
    type_number(setup, FEED, 120)
    answer(setup, UNWELL, yes=False)
    answer(setup, VACCINATED, yes=False)
    answer(setup, CORD, yes=True)
    stop = catalog.safety.rule("persistent_crying").said("text", catalog.text_facts()) or ""
    clear = [t for t in texts_shown(setup) if t.startswith("All clear")]
    assert clear == [f"All clear. {stop}"], clear
    window.close()


def test_the_oil_rule_puts_its_age_limit_only_on_the_essential_oils(catalog: Catalog) -> None:
    """ "No nut oils, no mustard oil, and no essential oils under six months" can be read as if
    nut and mustard oils were fine later. The rule says which oils never, and which until when."""
    rule = catalog.safety.rule("no_nut_oils")
    assert rule.kind == SafetyKind.OIL
    text = flat(str(rule.text)).lower()
    clauses = [c.strip() for c in re.split(r",? and |, ", text)]
    nuts = next(i for i, c in enumerate(clauses) if "nut oil" in c)
    essential = next(i for i, c in enumerate(clauses) if "essential oil" in c)
    age = next(i for i, c in enumerate(clauses) if "months" in c)
    assert age == essential, clauses  # the age belongs to the essential oils alone
    assert "any age" in " ".join(clauses[nuts:essential]), clauses
    # After the age, the plain unscented oil of the oil rule still applies, said where it shows.
    assert "scent" in flat(str(rule.detail)).lower()
    assert "without any scent" in flat(str(catalog.safety.rule("oil_choice").text)).lower()
