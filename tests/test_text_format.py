"""Arguments go into translated texts in one pass, whatever the arguments themselves contain."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from infant_massage.ui.common.text_format import fill


def test_markers_take_their_arguments_in_the_order_the_translation_puts_them() -> None:
    assert fill("%2 before %1", "one", "two") == "two before one"


def test_a_marker_without_an_argument_stays() -> None:
    assert fill("%1 of %2", 3) == "3 of %2"


@given(st.text(), st.text())
def test_an_argument_is_never_read_as_a_marker(first: str, second: str) -> None:
    # A note or a file name may itself hold "%2"; it must come through untouched.
    assert fill("[%1|%2]", first, second) == f"[{first}|{second}]"
