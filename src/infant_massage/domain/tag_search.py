"""The order a name tag's places are tried in: cells round its starts, nearest first.

Offset by offset (every cell near a start, every other one farther out; at each distance the
sideways ones first), start by start, each cell once. name_tags.py tries a tag's places in
this order; the search here meets only the cells that have room, not every offset.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from infant_massage.domain.drawing_cells import cell_bits, set_bits

SEARCH_CELLS = 70  # how far from its area a tag may go, in cells


def search_offsets(limit: int, fine: int) -> list[tuple[int, int]]:
    """Cell offsets nearest first, every cell up to `fine`, every other one beyond; at each
    distance the sideways ones first (the body is taller than wide: room at its sides)."""
    found = [
        (dx, dy)
        for dx in range(-limit, limit + 1)
        for dy in range(-limit, limit + 1)
        if dx * dx + dy * dy <= limit * limit
        and (dx * dx + dy * dy <= fine * fine or (dx % 2 == 0 and dy % 2 == 0))
    ]
    return sorted(found, key=lambda d: (round(math.hypot(*d)), abs(d[1]), d))


def offsets_by_ring(limit: int, fine: int) -> list[list[tuple[int, int]]]:
    """search_offsets' offsets in its order, ring by ring (ring k: those whose distance rounds
    to k, k² - k < dx² + dy² <= k² + k), made in that order rather than sorted: the sort and
    its distances cost a start 87 M instructions. Walked by |dy|, then dx, then dy, each offset
    goes to the end of its ring; beyond `fine` only even ones are made at all."""
    rings: list[list[tuple[int, int]]] = [[] for _ in range(limit + 1)]
    isqrt = math.isqrt
    for a in range(limit + 1):
        if a > fine and a % 2:
            continue  # no offset of this row is within `fine`, and none is even
        far = isqrt(limit * limit - a * a)
        if a > fine:
            columns: Iterable[int] = range(-far + far % 2, far + 1, 2)
        else:
            columns = [
                dx
                for dx in range(-far, far + 1)
                if dx * dx + a * a <= fine * fine or (dx % 2 == 0 and a % 2 == 0)
            ]
        for dx in columns:
            squared = dx * dx + a * a
            k = isqrt(squared)
            ring = rings[k + (squared > k * k + k)]
            if a:
                ring += ((dx, -a), (dx, a))
            else:
                ring.append((dx, 0))
    return rings


@dataclass(frozen=True)
class _SearchOrder:
    offsets: list[tuple[int, int]]
    index: dict[tuple[int, int], int]
    # Where each ring of offsets begins: ring_starts[k] is the first offset at least k cells away.
    ring_starts: list[int]


@cache
def _search_order() -> _SearchOrder:
    """Made on the first layout, not at import."""
    rings = offsets_by_ring(SEARCH_CELLS, fine=10)
    offsets = [offset for ring in rings for offset in ring]
    starts = list(accumulate((len(ring) for ring in rings), initial=0))
    return _SearchOrder(offsets, {offset: index for index, offset in enumerate(offsets)}, starts)


FEW_CELLS = 300  # at most this many wanted cells in reach: sorted, not searched ring by ring


def cells_in_search_order(
    starts: list[tuple[int, int]],
    wanted: list[int],
    after: tuple[int, int] = (-1, -1),
    scans: dict | None = None,
) -> Iterator[tuple[tuple[int, int], int, int]]:
    """The cells with a wanted bit in the order the search meets them first: offset by offset
    (nearest first), start by start, each cell once; with the key (offset, start) of that
    meeting, and only those after `after`. The cells are found from the masks, not by trying
    every offset: the search skips the rings round the starts that hold no wanted cell, and
    where wanted cells are few it sorts them rather than walking the rings. scans: where the
    first scan of the masks (the same for every tag of a size) is kept, by (mask, starts)."""
    rows = len(wanted)
    if scans is None:
        nearest, count = _first_scan(starts, wanted)
    else:
        key = (id(wanted), tuple(starts))
        if key not in scans:  # the mask kept too: its id stays its own
            scans[key] = (wanted, _first_scan(starts, wanted))
        nearest, count = scans[key][1]
    if nearest is None:
        return
    if count <= FEW_CELLS:
        yield from _sorted_visits(starts, wanted, after)
        return
    order = _search_order()
    first = max(order.ring_starts[min(nearest, len(order.ring_starts) - 1)], after[0])
    for index in range(first, len(order.offsets)):
        dx, dy = order.offsets[index]
        for which, (column, row) in enumerate(starts):
            column, row = column + dx, row + dy
            if not 0 <= row < rows or column < 0 or not wanted[row] >> column & 1:
                continue
            key = (index, which)
            if key > after and _first_meeting(starts, column, row) == key:
                yield key, column, row


def _first_scan(starts: list[tuple[int, int]], wanted: list[int]) -> tuple[int | None, int]:
    """How far (in rows or columns) the nearest wanted cell lies from a start, and how many
    wanted cells were counted on the way (all of them within reach, unless many)."""
    rows = len(wanted)
    nearest, count = None, 0
    for column, row in starts:
        window = cell_bits(max(0, column - SEARCH_CELLS), column + SEARCH_CELLS + 1)
        for apart in range(SEARCH_CELLS + 1):  # rows outwards from the start's
            if nearest is not None and apart > nearest and count > FEW_CELLS:
                break  # many cells: only the nearest matters, and no farther row is nearer
            for r in (row - apart, row + apart) if apart else (row,):
                mask = wanted[r] & window if 0 <= r < rows else 0
                if mask:
                    count += mask.bit_count()
                    reach = max(apart, _nearest_bit(mask, column))
                    nearest = reach if nearest is None or reach < nearest else nearest
    return nearest, count


def _first_meeting(starts: list[tuple[int, int]], column: int, row: int) -> tuple[int, int]:
    """The key (offset, start) at which the search first meets the cell."""
    index = _search_order().index
    return min(
        (index.get((column - c, row - r), len(index)), which) for which, (c, r) in enumerate(starts)
    )


def _sorted_visits(
    starts: list[tuple[int, int]], wanted: list[int], after: tuple[int, int]
) -> Iterator[tuple[tuple[int, int], int, int]]:
    met: dict[tuple[int, int], tuple[int, int]] = {}
    offset_index = _search_order().index
    for which, (column, row) in enumerate(starts):
        window = cell_bits(max(0, column - SEARCH_CELLS), column + SEARCH_CELLS + 1)
        for r in range(max(0, row - SEARCH_CELLS), min(len(wanted), row + SEARCH_CELLS + 1)):
            for c in set_bits(wanted[r] & window):
                index = offset_index.get((c - column, r - row))
                if index is not None and ((c, r) not in met or (index, which) < met[(c, r)]):
                    met[(c, r)] = (index, which)
    for (c, r), key in sorted(met.items(), key=lambda item: item[1]):
        if key > after:
            yield key, c, r


def _nearest_bit(mask: int, column: int) -> int:
    """How many columns from `column` the nearest set bit of the (non-zero) mask is."""
    found = []
    if column >= 0:
        below = mask & ((2 << column) - 1)
        if below:
            found.append(column - (below.bit_length() - 1))
        above = mask >> column
    else:
        above = mask << -column
    if above:
        found.append((above & -above).bit_length() - 1)
    return min(found)


def search_length() -> int:
    """How many offsets the search tries at most from each start."""
    return len(_search_order().offsets)
