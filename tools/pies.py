"""Pie and donut charts drawn on a plain background: which of the region proposer's regions
(:mod:`nsvr.tools.regions`) are the slices of a pie, and the share of the pie each one is.

Slices (:func:`pie_slices`) are regions that together fill a disc (or a ring: a donut), each a sector of it, from
the centre (the inner rim) out to the rim over an arc of its own: the turns (degrees) where it holds most of the
ring, a blend along a neighbour's edge holding a little of many. Neighbours meet half way across the white
separator between them, so a slice's arc, and the sector it covers (:func:`sector_mask`), is its share of the
pie. A legend's small squares beside the pie are no part of the disc, and stay squares.

Regions that fill a disc together but not as its sectors (a small pie whose slices came out ragged) may be a pie:
its slices cannot be counted.

Works on the proposer's regions (anything with ``mask`` and ``origin``), in working pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from nsvr.tools.charts import region_box, runs

PIE_ROUND = 0.94
"""A pie's silhouette fills at least this share of its enclosing circle (a regular decagon 0.94, a disc 1)."""
SLICE_SHARE = 0.015
"""A slice spans at least this share of the pie's turn (a sliver of blended colour along an edge does not)."""

ARC_BINS = 360
"""A pie's turn is read in this many steps (a degree each)."""


@dataclass(frozen=True)
class Pie:
    """A pie (or donut) chart: its slices' region indexes in turn order, each slice's arc (start angle, width, in
    radians), the centre (row, column) and radius, and the inner radius (0 for a pie)."""

    slices: list[int]
    arcs: list[tuple[float, float]]
    centre: tuple[float, float]
    radius: float
    inner: float = 0.0

    @property
    def shares(self) -> list[float]:
        """Each slice's share of the pie."""
        return [round(width / (2 * np.pi), 4) for _, width in self.arcs]


def _pie_of(regions: Sequence[Any], members: list[int], shape: tuple[int, int], gap: int) -> tuple[Pie | None, bool]:
    """The pie the regions ``members`` make, when they fill a disc or a ring as its sectors, else None; and whether
    they fill one (with two sizeable parts) whatever their shapes: a pie perhaps, unsure."""
    import cv2

    boxes = np.array([region_box(regions[k]) for k in members])
    left, top = max(0, int(boxes[:, 0].min()) - gap - 1), max(0, int(boxes[:, 1].min()) - gap - 1)
    right, bottom = min(shape[1], int(boxes[:, 2].max()) + gap + 1), min(shape[0], int(boxes[:, 3].max()) + gap + 1)
    union = np.zeros((bottom - top, right - left), dtype=bool)
    own = np.full(union.shape, -1, dtype=np.int32)
    for position, k in enumerate(members):
        ys, xs = np.nonzero(regions[k].mask)
        ys, xs = ys + regions[k].origin[0] - top, xs + regions[k].origin[1] - left
        inside = (ys >= 0) & (ys < union.shape[0]) & (xs >= 0) & (xs < union.shape[1])
        union[ys[inside], xs[inside]] = True
        own[ys[inside], xs[inside]] = position
    kernel = np.ones((2 * gap + 1, 2 * gap + 1), np.uint8)
    closed = (
        cv2.morphologyEx(np.pad(union, gap + 1).astype(np.uint8), cv2.MORPH_CLOSE, kernel)[
            gap + 1 : -gap - 1, gap + 1 : -gap - 1
        ]
        > 0
    )
    contours, _ = cv2.findContours(closed.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if len(contours) != 1:
        return None, False
    (cx, cy), radius = cv2.minEnclosingCircle(contours[0])
    outer = np.zeros(closed.shape, np.uint8)
    cv2.drawContours(outer, contours, -1, 1, -1)
    if radius < 8 or outer.sum() < PIE_ROUND * np.pi * radius**2:
        return None, False
    # the radial profile: a pie is covered out from its centre, a donut from its inner rim
    ys, xs = np.mgrid[0 : closed.shape[0], 0 : closed.shape[1]]
    reach = np.hypot(ys + 0.5 - cy, xs + 0.5 - cx) / radius
    rings = np.minimum((reach * 10).astype(int), 10)
    covered = np.array([closed[rings == r].mean() if (rings == r).any() else 0.0 for r in range(10)])
    inner_rings = int(np.argmax(covered >= 0.5))
    if (covered[inner_rings:9] < 0.85).any() or (covered[:inner_rings] > 0.2).any():
        return None, False
    inner = inner_rings / 10.0 * radius
    # a sector's arc is read away from the centre, where every slice's pixels crowd all round, turn by turn: the
    # turns where it holds most of the ring (a blend along a neighbour's edge, a sliver, holds a little of many)
    rim = max(inner, 0.35 * radius)
    ring = (reach * radius >= rim) & (reach <= 1.0)
    turns = ((np.arctan2(ys + 0.5 - cy, xs + 0.5 - cx) % (2 * np.pi)) / (2 * np.pi) * ARC_BINS).astype(int)
    turns = np.minimum(turns, ARC_BINS - 1)
    there = np.maximum(_around(np.bincount(turns[ring], minlength=ARC_BINS)), 1)
    slices, arcs = [], []
    stray = 0
    for position, k in enumerate(members):
        mine = own == position
        held = _around(np.bincount(turns[ring & mine], minlength=ARC_BINS)) / there
        arc = _longest_turn(held >= 0.5)
        if arc is None:
            stray += int(mine.sum())
            continue
        first, count = arc
        inside = np.isin(turns, (first + np.arange(count)) % ARC_BINS)
        rho = reach[mine] * radius
        whole = (
            rho.max() >= 0.85 * radius
            and rho.min() <= inner + 0.25 * radius
            and SLICE_SHARE * ARC_BINS <= count <= 0.95 * ARC_BINS
            and held[(first + np.arange(count)) % ARC_BINS].mean() >= 0.8
            and (mine & ring & inside).sum() >= 0.75 * (mine & ring).sum()
        )
        if whole:
            slices.append(k)
            arcs.append((first / ARC_BINS * 2 * np.pi, count / ARC_BINS * 2 * np.pi))
            stray += int((mine & ring & ~inside).sum())
        else:
            stray += int(mine.sum())
    ring_area = np.pi * (radius**2 - inner**2)
    shares = [width / (2 * np.pi) for _, width in arcs]
    sizeable = sum(int((own == position).sum()) >= 0.03 * ring_area for position in range(len(members)))
    if len(slices) < 2 or stray > 0.08 * ring_area or not 0.9 <= sum(shares) <= 1.08:
        return None, sizeable >= 2
    order = np.argsort([start for start, _ in arcs], kind="stable")
    pie = Pie(
        slices=[slices[i] for i in order],
        arcs=_meeting_arcs([arcs[i] for i in order]),
        centre=(top + cy, left + cx),
        radius=float(radius),
        inner=float(inner),
    )
    return pie, True


SEPARATOR_TURN = np.radians(12.0)
"""Two neighbouring slices' arcs this close meet half way: the gap between them is a separator drawn over their
border (a white line), which each of them lost half of."""


def _meeting_arcs(arcs: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Arcs in turn order, each grown to the middle of the small gap (:data:`SEPARATOR_TURN`) before the next."""
    turn = 2 * np.pi
    ends = [start + width for start, width in arcs]
    starts = [start for start, _ in arcs]
    for k in range(len(arcs)):
        following = (k + 1) % len(arcs)
        gap = (starts[following] - ends[k]) % turn
        if 0 < gap <= SEPARATOR_TURN:
            ends[k] += gap / 2
            starts[following] = (starts[following] - gap / 2) % turn
    return [(start % turn, (end - start) % turn or turn) for start, end in zip(starts, ends, strict=True)]


def _around(counts: np.ndarray) -> np.ndarray:
    """Each bin's count with its two neighbours' (round the circle): a small pie's pixels are too few to fill every
    degree (those straight across from a centre between pixels hold one or none)."""
    return counts + np.roll(counts, 1) + np.roll(counts, -1)


def _longest_turn(flags: np.ndarray) -> tuple[int, int] | None:
    """The longest run of True around a circle of bins: (first bin, length), or None when there is none."""
    if not flags.any():
        return None
    if flags.all():
        return 0, len(flags)
    shift = int(np.argmin(flags))  # start the circle at an empty bin: no run wraps round
    turned = np.roll(flags, -shift)
    starts, ends = runs(turned)
    longest = int(np.argmax(ends - starts))
    return (int(starts[longest]) + shift) % len(flags), int(ends[longest] - starts[longest])


def sector_mask(pie: Pie, arc: tuple[float, float], shape: tuple[int, int]) -> tuple[np.ndarray, tuple[int, int]]:
    """The sector of ``pie`` over ``arc`` (start angle, width; radians, clockwise in the picture) as a mask in a
    window of a picture of ``shape``, and the window's origin (row, column): what a slice covers, its share of
    the pie, whatever its edges lost to the separators or to its neighbours' blends."""
    cy, cx = pie.centre
    top, left = max(0, int(cy - pie.radius) - 1), max(0, int(cx - pie.radius) - 1)
    bottom, right = min(shape[0], int(cy + pie.radius) + 2), min(shape[1], int(cx + pie.radius) + 2)
    ys, xs = np.mgrid[top:bottom, left:right]
    dy, dx = ys + 0.5 - cy, xs + 0.5 - cx
    rho = np.hypot(dy, dx)
    turn = (np.arctan2(dy, dx) - arc[0]) % (2 * np.pi)
    mask = (rho <= pie.radius) & (rho >= pie.inner) & (turn < arc[1])
    return mask, (top, left)


def pie_slices(regions: Sequence[Any], shape: tuple[int, int]) -> tuple[list[Pie], bool]:
    """The pie and donut charts among ``regions`` (see the module doc) of a picture of ``shape`` (rows, columns), and
    whether some regions fill a disc together as a pie might, its slices unsure (its slices cannot be counted)."""
    import cv2

    if len(regions) < 2:
        return [], False
    side = float(np.sqrt(shape[0] * shape[1]))
    gap = max(2, int(round(0.008 * side)))  # white separators between slices: a few pixels at most
    labels = np.full(shape, -1, dtype=np.int32)
    for k, region in enumerate(regions):
        (y, x), (h, w) = region.origin, region.mask.shape
        window = labels[y : y + h, x : x + w]
        window[region.mask[: window.shape[0], : window.shape[1]]] = k
    near = cv2.dilate((labels >= 0).astype(np.uint8), np.ones((2 * gap + 1, 2 * gap + 1), np.uint8))
    count, clusters = cv2.connectedComponents(near, connectivity=8)
    groups: dict[int, list[int]] = {}
    for k, region in enumerate(regions):
        ys, xs = np.nonzero(region.mask)
        groups.setdefault(int(clusters[region.origin[0] + ys[0], region.origin[1] + xs[0]]), []).append(k)
    found = []
    doubtful = False
    for members in groups.values():
        if len(members) >= 2:
            pie, round_ = _pie_of(regions, members, shape, gap)
            if pie is not None:
                found.append(pie)
            doubtful |= pie is None and round_
    return found, doubtful
