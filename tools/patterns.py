"""Pattern fills: a shape filled with a regular pattern of one colour on the background's (dots inside an outline,
stripes or hatching) shows as many small pieces of that colour, tightly and regularly packed. They are one object:
its colour is the pattern's, its shape the outline of the pattern's extent.

Two cases are read, both only where the pieces are many and regular, so that separate shapes (a grid of small
shapes, a few shapes inside a large outline, a bar chart's bars) stay apart:

- pieces inside a drawn outline of their colour (a dotted fill): at least :data:`MIN_ENCLOSED` of them, each small
  beside the outline's inside, spread over all of it;
- a region pierced by many holes of one size (a checkered fill), its edge notched where the pattern meets it:
  the notches closed, the cells the edge cut off joined to it;
- parallel bars of one colour and thickness, evenly spaced at about their own width (stripes, hatching without an
  outline): at least :data:`MIN_BARS` of them side by side; the pieces the shape's edge cut short join them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from nsvr.tools.regions import Region

MIN_ENCLOSED = 3
"""Pieces inside an outline that may be its pattern, all about one size and spread evenly over all of its inside
(RAVEN's Out-InGrid holds up to 4 shapes of any sizes, about the middle of its square only)."""
PIECE_SHARE = 0.05
"""A pattern's piece is at most this share of the area its outline encloses."""
COVER_SHARE = 0.9
"""Share of an outline's inside within :data:`COVER_REACH` pattern spacings of a piece or the outline: the pattern
fills it all."""
COVER_REACH = 0.75
MIN_DENSITY = 0.15
"""Share of an outline's inside a pattern's pieces cover at least (dots: 0.18-0.4; a few small shapes set in a large
outline, RAVEN's Out-InGrid: under 0.1)."""
MIN_BARS = 3
"""Parallel bars that may be a pattern of stripes."""
SAME_COLOUR = 20.0
"""Delta E within which pieces are of one pattern colour."""


def _lab(regions: list[Region]) -> np.ndarray:
    from nsvr.tools.regions import to_lab

    return to_lab(np.stack([r.colour for r in regions]).astype(np.uint8)[None])[0].astype(np.float64)


def _same(a: np.ndarray, b: np.ndarray, background: np.ndarray) -> bool:
    """Whether two pieces are of one colour: near it, or one a blend of the other's with the background (a bar a
    pixel thick never shows its colour whole)."""
    from nsvr.tools.regions import _to_segment

    if float(np.linalg.norm(a - b)) < SAME_COLOUR:
        return True
    return min(_to_segment(a, background, b), _to_segment(b, background, a)) < SAME_COLOUR / 2


def placed_mask(region: Region, top: int, left: int, shape: tuple[int, int]) -> np.ndarray:
    """``region``'s mask placed in a window at (top, left) of ``shape`` (clipped)."""
    out = np.zeros(shape, bool)
    (ry, rx), (h, w) = region.origin, region.mask.shape
    y0, x0 = max(ry, top), max(rx, left)
    y1, x1 = min(ry + h, top + shape[0]), min(rx + w, left + shape[1])
    if y1 > y0 and x1 > x0:
        out[y0 - top : y1 - top, x0 - left : x1 - left] = region.mask[y0 - ry : y1 - ry, x0 - rx : x1 - rx]
    return out


def join_patterns(regions: list[Region], seen: np.ndarray, background: np.ndarray) -> list[Region]:
    """The regions with each pattern fill's pieces joined into one region (see the module doc). ``seen``: the
    image's foreground, ``background``: its background's colour (Lab) at each pixel, at the regions' scale."""
    if not regions:
        return regions
    regions = _enclosed_patterns(regions, seen)
    regions = _striped_patterns(regions, background)
    return _checkered_patterns(regions, background)


def _enclosed_patterns(regions: list[Region], seen: np.ndarray) -> list[Region]:
    import cv2

    from nsvr.tools.lettering import silhouette

    colours = _lab(regions)
    areas = np.array([int(r.mask.sum()) for r in regions])
    boxes = np.array([[*r.origin, r.origin[0] + r.mask.shape[0], r.origin[1] + r.mask.shape[1]] for r in regions])
    absorbed: set[int] = set()
    joined: dict[int, Region] = {}
    for index in np.argsort(-areas):
        index = int(index)
        ring = regions[index]
        if index in absorbed or areas[index] < 20:
            continue
        enclosed = silhouette(ring.mask)
        inside_area = int(enclosed.sum())
        if areas[index] >= 0.6 * inside_area:  # not an outline drawn alone
            continue
        top, left, bottom, right = boxes[index]
        # the outline's own width is no inside to cover
        interior = enclosed & ~(cv2.dilate(ring.mask.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0)
        # every piece seen inside, those too small to be regions of their own too (a fine dot pattern's dots)
        count, _, stats, centres = cv2.connectedComponentsWithStats(
            (seen[ring.window] & interior).astype(np.uint8), connectivity=8
        )
        kept = np.flatnonzero(stats[1:, cv2.CC_STAT_AREA] >= 2) + 1
        sizes = stats[kept, cv2.CC_STAT_AREA]
        if len(kept) < MIN_ENCLOSED or sizes.max() > min(PIECE_SHARE * inside_area, 3 * np.median(sizes)):
            continue
        within = [
            k
            for k in range(len(regions))
            if k != index
            and k not in absorbed
            and boxes[k, 0] >= top
            and boxes[k, 1] >= left
            and boxes[k, 2] <= bottom
            and boxes[k, 3] <= right
            and (placed_mask(regions[k], top, left, ring.mask.shape) & enclosed).sum() >= 0.8 * areas[k]
        ]
        # all of one colour, the outline's
        if any(float(np.linalg.norm(colours[k] - colours[index])) >= SAME_COLOUR for k in within):
            continue
        if float(sizes.sum()) < MIN_DENSITY * float(interior.sum()):
            continue
        points = centres[kept]
        gaps = np.linalg.norm(points[:, None] - points[None], axis=2)
        np.fill_diagonal(gaps, np.inf)
        spacing = float(np.median(gaps.min(axis=1)))
        if interior.sum() == 0 or spacing > 0.5 * np.sqrt(inside_area):
            continue
        reach = max(1, int(np.ceil(COVER_REACH * spacing)))
        ink = (seen[ring.window] & interior) | ring.mask
        near = cv2.dilate(ink.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * reach + 1,) * 2))
        if float((near[interior] > 0).mean()) < COVER_SHARE:
            continue
        absorbed.update(within)
        joined[index] = replace(ring, mask=enclosed)
    if not joined:
        return regions
    return [joined.get(k, r) for k, r in enumerate(regions) if k not in absorbed]


def _bar(region: Region) -> tuple[np.ndarray, float, float, float] | None:
    """A bar's centre (row, column), direction angle (radians, modulo pi), length and thickness, or None for a
    region that is no straight bar."""
    import cv2

    ys, xs = np.nonzero(region.mask)
    if len(ys) < 6:
        return None
    points = np.stack([xs, ys], axis=1).astype(np.float32)
    rect = cv2.minAreaRect(points)
    (cx, cy), (w, h) = rect[0], (rect[1][0] + 1.0, rect[1][1] + 1.0)
    corners = cv2.boxPoints(rect)
    sides = [corners[1] - corners[0], corners[2] - corners[1]]
    longer = max(sides, key=lambda side: float(np.hypot(*side)))
    length, thickness = max(w, h), min(w, h)
    if length < 2.5 * thickness or len(ys) < 0.55 * w * h:
        return None
    theta = float(np.arctan2(longer[1], longer[0])) % np.pi  # (x, y) of the long side
    top, left = region.origin
    return np.array([cy + top, cx + left]), float(theta), float(length), float(len(ys) / length)


def _striped_patterns(regions: list[Region], background: np.ndarray) -> list[Region]:
    import cv2

    from nsvr.tools.lettering import silhouette
    from nsvr.tools.regions import Region

    bars = {k: b for k, r in enumerate(regions) if (b := _bar(r)) is not None}
    if len(bars) < MIN_BARS:
        return regions
    colours = _lab(regions)
    keys = list(bars)
    parent = {k: k for k in keys}

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, a in enumerate(keys):
        ca, ta, la, wa = bars[a]
        direction = np.array([np.sin(ta), np.cos(ta)])  # (row, column)
        normal = np.array([direction[1], -direction[0]])
        for b in keys[i + 1 :]:
            cb, tb, lb, wb = bars[b]
            turn = abs(ta - tb) % np.pi
            if min(turn, np.pi - turn) > np.deg2rad(12) or max(wa, wb) > 1.8 * min(wa, wb):
                continue
            if not _same(colours[a], colours[b], background[tuple(ca.astype(int))]):
                continue
            offset = cb - ca
            across, along = abs(float(offset @ normal)), abs(float(offset @ direction))
            thick = max(wa, wb)
            # side by side (not end to end), a gap of about a bar's width between them
            if along <= (la + lb) / 2 and thick < across <= 3.5 * thick:
                parent[root(b)] = root(a)
    groups: dict[int, list[int]] = {}
    for k in keys:
        groups.setdefault(root(k), []).append(k)
    merged: list[Region] = []
    absorbed: set[int] = set()
    for members in groups.values():
        if len(members) < MIN_BARS:
            continue
        doubled = 2 * np.array([bars[k][1] for k in members])
        theta = 0.5 * float(np.arctan2(np.sin(doubled).mean(), np.cos(doubled).mean()))
        normal = np.array([np.cos(theta), -np.sin(theta)])
        positions = np.sort([float(bars[k][0] @ normal) for k in members])
        # pieces of one stripe the shape's notches cut apart (a star's arms) lie at one place across
        thick = float(np.median([bars[k][3] for k in members]))
        positions = positions[np.r_[True, np.diff(positions) > 0.5 * thick]]
        steps = np.diff(positions)
        # evenly spaced: a pattern's period
        if len(steps) == 0 or steps.min() < 0.6 * np.median(steps) or steps.max() > 1.6 * np.median(steps):
            continue
        period = float(np.median(steps))
        windows = np.array([[*regions[k].origin, *np.add(regions[k].origin, regions[k].mask.shape)] for k in members])
        margin = 2 * int(period) + 4
        top, left = windows[:, :2].min(axis=0) - margin
        bottom, right = windows[:, 2:].max(axis=0) + margin
        top, left = max(0, int(top)), max(0, int(left))
        shape = (min(int(bottom), background.shape[0]) - top, min(int(right), background.shape[1]) - left)
        union = np.logical_or.reduce([placed_mask(regions[k], top, left, shape) for k in members])
        colour = colours[members].mean(axis=0)
        # the pieces the shape's edge cut short (a stripe's end at a corner) lie within a period or so of the bars
        within = int(1.5 * period) + 1
        reach = cv2.dilate(union.astype(np.uint8), np.ones((2 * within + 1,) * 2, np.uint8)) > 0
        extra = []
        for k, region in enumerate(regions):
            if k in members or k in absorbed or not _same(colours[k], colour, background[top, left]):
                continue
            placed = placed_mask(region, top, left, shape)
            area = int(region.mask.sum())
            if area and placed.sum() == area and (placed & reach).sum() >= 0.9 * area:
                extra.append(k)
                union |= placed
        size = int(np.ceil(period)) + 2
        kernel = np.zeros((size, size), np.uint8)
        middle = (size - 1) / 2
        ends = [(round(middle + s * normal[1] * middle), round(middle + s * normal[0] * middle)) for s in (-1, 1)]
        cv2.line(kernel, ends[0], ends[1], 1, 1)
        closed = cv2.morphologyEx(union.astype(np.uint8), cv2.MORPH_CLOSE, kernel) > 0
        mask = silhouette(closed | union)
        first = regions[members[0]]
        merged.append(
            Region(
                mask=mask,
                colour=np.median(np.stack([regions[k].colour for k in members]), axis=0),
                contrast=float(np.median([regions[k].contrast for k in members])),
                spread=float(np.median([regions[k].spread for k in members])),
                origin=(top, left),
                faint_ink=first.faint_ink,
            )
        )
        absorbed.update(members)
        absorbed.update(extra)
    if not merged:
        return regions
    return [r for k, r in enumerate(regions) if k not in absorbed] + merged


MIN_HOLES = 3
"""Holes of about one size that make a region a lattice (a checkered fill)."""


def _checkered_patterns(regions: list[Region], background: np.ndarray) -> list[Region]:
    import cv2

    from nsvr.tools.lettering import silhouette

    colours = _lab(regions)
    areas = np.array([int(r.mask.sum()) for r in regions])
    absorbed: set[int] = set()
    changed: dict[int, Region] = {}
    for index in np.argsort(-areas):
        index = int(index)
        region = regions[index]
        if index in absorbed or areas[index] < 40:
            continue
        filled = silhouette(region.mask)
        holes = filled & ~region.mask
        count, _, stats, _ = cv2.connectedComponentsWithStats(holes.astype(np.uint8), connectivity=4)
        sizes = stats[1:, cv2.CC_STAT_AREA]
        sizes = sizes[sizes >= 4]
        if len(sizes) < MIN_HOLES or not 0.3 <= areas[index] / filled.sum() <= 0.8:
            continue
        median = float(np.median(sizes))
        if sizes.max() > 3 * median or median > PIECE_SHARE * filled.sum():
            continue
        # the holes are the background's (nothing drawn in them)
        top, left = region.origin
        if any(
            k != index and (placed_mask(regions[k], top, left, region.mask.shape) & holes).sum() > 0.5 * areas[k]
            for k in range(len(regions))
        ):
            continue
        cell = int(np.ceil(np.sqrt(median))) + 2
        margin = 2 * cell
        height, width = background.shape[:2]
        top2, left2 = max(0, top - margin), max(0, left - margin)
        bottom = min(height, top + region.mask.shape[0] + margin)
        right = min(width, left + region.mask.shape[1] + margin)
        shape = (bottom - top2, right - left2)
        union = placed_mask(region, top2, left2, shape)
        # the cells the shape's edge cut off, within a cell of the lattice
        reach = cv2.dilate(union.astype(np.uint8), np.ones((2 * cell + 1,) * 2, np.uint8)) > 0
        here = background[min(top, height - 1), min(left, width - 1)]
        for k in range(len(regions)):
            if k == index or k in absorbed or areas[k] > median * 3 or not _same(colours[k], colours[index], here):
                continue
            placed = placed_mask(regions[k], top2, left2, shape)
            if placed.sum() == areas[k] and (placed & reach).sum() >= 0.9 * areas[k]:
                absorbed.add(k)
                union |= placed
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (cell, cell))
        closed = cv2.morphologyEx(union.astype(np.uint8), cv2.MORPH_CLOSE, kernel) > 0
        changed[index] = replace(region, mask=silhouette(closed | union), origin=(top2, left2))
    if not changed:
        return regions
    return [changed.get(k, r) for k, r in enumerate(regions) if k not in absorbed]
