"""Which drawn shape lies on which: the paint order of opaque flat shapes that overlap.

Where an opaque shape is drawn over another, what shows of the lower one has a bite out of it, and the bite is
filled by the upper one. Read from the two visible regions: the upper region fills much of the lower one's convex
hull (the bite), while the lower one fills next to nothing of the upper one's (a whole convex shape's hull is the
shape). A star or a cross on top has dents of its own, so the test is the asymmetry, not an absence: the pair is
ordered only when one side's intrusion is a clear multiple of the other's and a sizeable share of the smaller
region. Shapes drawn apart, or side by side, or whose order the regions cannot tell, are not ordered.

Each region's layer is then its height in that order (0: on nothing; 1: on a shape on nothing ...), the
attribute ``layer`` a drawing's graph declares its "front"/"behind"/"on top of" relations from (see
:class:`~nsvr.scene_graph.geometry.LayerRelations`). Two regions that meet without telling their order are both
unsure of their layer: each may be one higher, and an answer that turns on it is hedged, not a "no".

>>> import numpy as np
>>> from nsvr.tools.regions import Region
>>> lower = np.zeros((40, 40), bool); lower[5:35, 5:35] = True  # a square ...
>>> upper = np.zeros((40, 40), bool); yy, xx = np.mgrid[:40, :40]; upper[(yy - 30) ** 2 + (xx - 30) ** 2 < 100] = True
>>> lower &= ~upper  # ... with a disc drawn over its corner
>>> colour = np.zeros(3)
>>> order = paint_order([Region(lower, colour, 1.0, 1.0), Region(upper, colour, 1.0, 1.0)])
>>> order.layers, order.under, order.unsure
([0, 1], [set(), {0}], set())
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from nsvr.tools.shapes import _fitted_line

if TYPE_CHECKING:
    from nsvr.tools.regions import Region

BITE_SHARE = 0.02
"""The upper region fills at least this share of the smaller region's area inside the lower one's hull (a bite
under 2% of a shape is an antialiased edge or a corner rounded by pixels, no overlap to read an order from)."""
BITE_PX = 4
"""... and at least this many pixels."""
CLEAR_ORDER = 3.0
"""The upper region's intrusion into the lower one's hull is at least this many times the lower one's into the
upper one's."""


def _in_hull_of(region: Region, hull: np.ndarray, owner: Region) -> int:
    """How many of ``region``'s pixels lie in ``hull``, the hull of ``owner`` (over its window)."""
    from nsvr.tools.regions import _in_window

    inside, there = _in_window(region, owner)
    return int((region.mask[there] & hull[inside]).sum())


def _windows_meet(a: Region, b: Region) -> bool:
    (ay, ax), (by, bx) = a.origin, b.origin
    return (
        ay <= by + b.mask.shape[0]
        and by <= ay + a.mask.shape[0]
        and ax <= bx + b.mask.shape[1]
        and bx <= ax + a.mask.shape[1]
    )


def on_top(a: Region, b: Region, hulls: Sequence[np.ndarray] | None = None, reach: int = 2) -> int:
    """1 when ``a`` is drawn over ``b``, -1 when under it, 0 when the two regions do not tell (or do not overlap).
    ``hulls``: the two regions' filled convex hulls over their windows, when already made. Where neither bites into
    the other (a square's straight edge across a triangle's tip leaves a trapezoid), the one whose straight edge
    runs on past both ends of where they meet is in front (see :func:`_edge_runs_on`)."""
    from nsvr.tools.regions import _hull

    if not _windows_meet(a, b):
        return 0
    hull_a, hull_b = hulls if hulls is not None else (_hull(a.mask), _hull(b.mask))
    a_in_b, b_in_a = _in_hull_of(a, hull_b, b), _in_hull_of(b, hull_a, a)
    least = max(BITE_PX, BITE_SHARE * min(int(a.mask.sum()), int(b.mask.sum())))
    if a_in_b >= least and a_in_b >= CLEAR_ORDER * b_in_a:
        return 1
    if b_in_a >= least and b_in_a >= CLEAR_ORDER * a_in_b:
        return -1
    if a_in_b >= least or b_in_a >= least:
        # both bite: the blend along the edge where they meet, a pixel wide, goes to either; what lies deeper tells
        import cv2

        kernel = np.ones((3, 3), np.uint8)
        deep_a = _in_hull_of(a, cv2.erode(hull_b.astype(np.uint8), kernel) > 0, b)
        deep_b = _in_hull_of(b, cv2.erode(hull_a.astype(np.uint8), kernel) > 0, a)
        if deep_a >= least and deep_a >= CLEAR_ORDER * deep_b:
            return 1
        if deep_b >= least and deep_b >= CLEAR_ORDER * deep_a:
            return -1
        return 0
    runs_a, runs_b = _edge_runs_on(a, b, reach), _edge_runs_on(b, a, reach)
    return int(runs_a and not runs_b) - int(runs_b and not runs_a)


RUN_ON = 0.12
"""An edge runs on past where two shapes meet when it goes on straight past both ends, each by at least this share
of the stretch they meet along (and 2 pixels)."""


def _edge_runs_on(front: Region, other: Region, reach: int) -> bool:
    """Whether the edge ``front`` meets ``other`` along is straight and runs on past both ends of where they meet,
    as the edge of a shape drawn over another does (a T where the other's outline stops against it)."""
    import cv2

    from nsvr.tools.regions import _in_window

    mask = front.mask.astype(np.uint8)
    rim = (mask > 0) & (cv2.erode(mask, np.ones((3, 3), np.uint8)) == 0)
    near = np.zeros(mask.shape, np.uint8)  # the other region, in front's window, grown by ``reach``
    inside, there = _in_window(other, front)
    near[inside] = other.mask[there]
    side = 2 * reach + 1
    near = cv2.dilate(near, np.ones((side, side), np.uint8)) > 0
    contact = np.argwhere(rim & near).astype(float)
    if len(contact) < 4:
        return False
    centre, direction = _fitted_line(contact)
    normal = np.array([-direction[1], direction[0]])
    if np.sqrt(np.mean(((contact - centre) @ normal) ** 2)) > 1.0:
        return False  # no straight edge
    along = (contact - centre) @ direction
    low, high = float(along.min()), float(along.max())
    if high - low < 4.0:
        return False
    rest = np.argwhere(rim & ~near).astype(float) - centre
    on_line = np.abs(rest @ normal) <= 1.0
    beyond = rest[on_line] @ direction
    needed = max(2.0, RUN_ON * (high - low))
    return bool((beyond < low - needed + 1.0).any() and (beyond > high + needed - 1.0).any())


TOUCH_PX = 3
"""Two regions meet along at least this many pixels: their edge may be one's outline over the other."""


def _touching(a: Region, b: Region, reach: int = 2) -> bool:
    """Whether ``a`` and ``b`` lie side by side (``reach`` pixels apart at most: the antialiased blend between
    two shapes' colours may be neither's) along :data:`TOUCH_PX` pixels or more."""
    import cv2

    (ay, ax), (by, bx) = a.origin, b.origin
    top, left = max(ay, by - reach), max(ax, bx - reach)
    bottom = min(ay + a.mask.shape[0], by + b.mask.shape[0] + reach)
    right = min(ax + a.mask.shape[1], bx + b.mask.shape[1] + reach)
    if bottom <= top or right <= left:
        return False
    side = 2 * reach + 1
    grown = cv2.dilate(np.pad(b.mask, reach).astype(np.uint8), np.ones((side, side), np.uint8)) > 0
    mine = a.mask[top - ay : bottom - ay, left - ax : right - ax]
    theirs = grown[top - by + reach : bottom - by + reach, left - bx + reach : right - bx + reach]
    return int((mine & theirs).sum()) >= TOUCH_PX


@dataclass(frozen=True)
class PaintOrder:
    """What lies on what among a drawing's regions: ``under[i]``, the regions region i lies on; ``layers[i]``, its
    height (0 for one drawn on no other, else one more than the highest layer it lies on); ``unsure``, the regions
    that meet another without the two telling which lies on which (their layers may be otherwise)."""

    under: list[set[int]]
    layers: list[int]
    unsure: set[int]


def paint_order(regions: Sequence[Region], reach: int = 2, hulls: Sequence[np.ndarray] | None = None) -> PaintOrder:
    """The paint order of ``regions``; two regions meet when ``reach`` pixels apart at most. ``hulls``: each
    region's filled convex hull over its window, when already made."""
    from nsvr.tools.regions import _hull, _windows

    count = len(regions)
    unsure: set[int] = set()
    made: list[np.ndarray | None] = list(hulls) if hulls is not None else [None] * count
    under: list[set[int]] = [set() for _ in range(count)]
    windows = _windows(list(regions))
    for i in range(count):
        top, left, bottom, right = windows[i]
        meet = (windows[:, 0] <= bottom) & (windows[:, 2] >= top) & (windows[:, 1] <= right) & (windows[:, 3] >= left)
        for j in np.flatnonzero(meet[i + 1 :]) + i + 1:
            for k in (i, j):
                if made[k] is None:
                    made[k] = _hull(regions[k].mask)
            order = on_top(regions[i], regions[j], (made[i], made[j]), reach)  # type: ignore[arg-type]
            if order > 0:
                under[i].add(j)
            elif order < 0:
                under[j].add(i)
            elif _touching(regions[i], regions[j], reach):
                unsure |= {i, j}
    layers: list[int | None] = [None] * count

    def layer(index: int, seen: frozenset[int]) -> int:
        if layers[index] is None:
            below = [layer(k, seen | {index}) for k in under[index] if k not in seen]  # a cycle stops where it loops
            layers[index] = 1 + max(below) if below else 0
        return layers[index]  # type: ignore[return-value]

    return PaintOrder(under, [layer(index, frozenset()) for index in range(count)], unsure)
