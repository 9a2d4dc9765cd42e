"""Which of the history's columns a table this wide shows, and how wide each is.

Every column as wide as its words when they fit. When they do not (1024x768 with the largest
text, a narrow window, the detail pane dragged wide), the long free columns give way first,
their words cut with an ellipsis (the whole text is in the cell's tooltip and the detail pane),
then the least needed columns go, so the date, the time, how it ended and the areas stay in
sight and nothing scrolls sideways. Pure arithmetic on widths, no Qt: tested on its own too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def fit_columns(
    wanted: Mapping[int, int],
    room: int,
    priority: Sequence[int],
    elidable: Mapping[int, int],
) -> dict[int, int]:
    """The width of each column to show (a column left out is hidden).

    wanted: each candidate column's width for its words and heading in full; room: the width
    there is; priority: the columns from the most needed to the least; elidable: the columns
    whose words may be cut, each with the narrowest it may be. The widths add up to `room`
    exactly when the columns fit (the last shown column takes what is left), so the table
    never has a sideways scroll bar while the first column fits.
    """
    order = [column for column in priority if column in wanted]

    def narrowest(column: int) -> int:
        return min(wanted[column], elidable.get(column, wanted[column]))

    shown = list(order)
    while len(shown) > 1 and sum(narrowest(c) for c in shown) > room:
        shown.pop()  # the least needed column goes
    widths = {column: narrowest(column) for column in shown}
    spare = room - sum(widths.values())
    for column in shown:  # the cut columns get their words back, the most needed first
        if spare <= 0:
            break
        grow = min(spare, wanted[column] - widths[column])
        widths[column] += grow
        spare -= grow
    if spare > 0 and shown:
        widths[max(shown)] += spare  # the last column on screen reaches the table's edge
    return widths
