"""Bar charts drawn on a plain background: which of the region proposer's regions (:mod:`nsvr.tools.regions`) are
the bars of a bar chart, their labels, and the axis lines the bars stand on, which are no shapes (a pie chart's
slices: :mod:`nsvr.tools.pies`).

- Axes (:func:`axis_lines`): a thin straight line, long beside the picture, with two or more bars standing free on
  one side of it (filled things wider than it, as wide all along, ending in the open: a striped fill's stripes run
  into its outline's other side, a dotted fill's dots are small) and nothing on the other, is a chart's axis (the
  baseline under upright bars; the axis left of horizontal ones); so is a thin line that meets such an axis at an
  end or a corner (the other axis). They are cut out of the foreground before regions are found, as a diagram's
  connectors are: an axis drawn up to the bars otherwise joins them (the bars and both axes of a chart became one
  "star"), and bars of one colour standing on it are no pattern's stripes.
- Bars (:func:`bar_groups`): two or more filled axis-aligned rectangles of about one width, side by side without
  overlapping, their feet on one line (their bottoms; their left ends, for horizontal bars), standing on an axis;
  without an axis, three or more whose lengths differ (a row of equal boxes, a grid's, is no chart) at an even
  spacing. A bar's height (its length) is what the chart shows; its label under (beside) it is its text
  (:func:`bar_labels`).
Works on the proposer's regions (anything with ``mask`` and ``origin``) and foreground masks, in working pixels.

>>> import cv2
>>> sheet = np.zeros((120, 160), np.uint8)
>>> for k, top in enumerate((40, 70, 20, 90)):
...     _ = cv2.rectangle(sheet, (20 + 35 * k, top), (40 + 35 * k, 99), 1, -1)
>>> _ = cv2.line(sheet, (10, 100), (155, 100), 1, 2)
>>> cut = axis_lines(sheet > 0)
>>> bool(cut.mask[100, 12]), bool(cut.mask[60, 30]), len(cut.axes)
(True, False, 1)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

AXIS_WIDTH = 4.5
"""Pixels: an axis line is at most this thick (a 2 px line, antialiased, covers 3 rows)."""
AXIS_SPAN = 0.3
"""An axis runs over at least this share of the picture's width (height, for an upright one)."""
BAR_WIDTH = 5
"""Pixels: a bar is at least this wide (a letter's stroke is narrower)."""
BAR_AREA = 0.002
"""A bar standing on an axis covers at least this share of the picture (a dotted fill's dots along an outline's side
are smaller)."""
BAR_FILL = 0.9
"""A bar fills at least this share of its box (a filled axis-aligned rectangle; its antialiased edges may not)."""
BAR_WIDTHS = (1.25, 1.1)
"""The widest bar of a group is at most this many times the narrowest: standing on an axis, and without one."""
BAR_HEIGHTS = 1.15
"""Without an axis, the tallest bar is at least this many times the shortest: equal boxes in a row are no chart."""


@dataclass(frozen=True)
class Axis:
    """One axis line: ``upright`` or not, the rows (columns) it covers as ``[near, far)``, the span it runs over
    ``[start, end)`` along its length, and which sides things stand on (-1 above / left of it, 1 below / right)."""

    upright: bool
    near: int
    far: int
    start: int
    end: int
    sides: tuple[int, ...] = ()


@dataclass
class AxisCut:
    """The pixels of the axes found (to take out of the foreground) and the axes."""

    mask: np.ndarray
    axes: list[Axis] = field(default_factory=list)


def runs(flags: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Starts and ends (exclusive) of the runs of True in a 1-D boolean array."""
    padded = np.concatenate([[False], flags, [False]]).astype(np.int8)
    steps = np.diff(padded)
    return np.flatnonzero(steps == 1), np.flatnonzero(steps == -1)


def _lines(seen: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Thin horizontal lines of ``seen``: (first row, last row + 1, start, end), each row unbroken over the span and
    longer than the rows beside it (bars wider than a third of a small chart stand on its baseline: the rows of
    their feet are long too, but shorter than the line)."""
    height, width = seen.shape
    least = max(20, int(AXIS_SPAN * width))
    rows: dict[int, tuple[int, int]] = {}
    for row in np.flatnonzero(seen.sum(axis=1) >= least):
        starts, ends = runs(seen[row])
        longest = int(np.argmax(ends - starts))
        if ends[longest] - starts[longest] >= least:
            rows[int(row)] = (int(starts[longest]), int(ends[longest]))
    found = []
    ordered = sorted(rows)
    k = 0
    while k < len(ordered):
        band = [ordered[k]]
        while k + 1 < len(ordered) and ordered[k + 1] == band[-1] + 1:
            k += 1
            band.append(ordered[k])
        k += 1
        lengths = np.array([rows[r][1] - rows[r][0] for r in band])
        longest = int(np.argmax(lengths))
        first = last = longest  # the line: the rows as long as the longest, around it
        while first > 0 and lengths[first - 1] >= 0.9 * lengths[longest]:
            first -= 1
        while last + 1 < len(band) and lengths[last + 1] >= 0.9 * lengths[longest]:
            last += 1
        beside = [lengths[i] for i in (first - 1, last + 1) if 0 <= i < len(band)]
        if last - first + 1 > AXIS_WIDTH or any(length > 0.8 * lengths[longest] for length in beside):
            continue
        line = band[first : last + 1]
        start = int(np.median([rows[r][0] for r in line]))
        end = int(np.median([rows[r][1] for r in line]))
        found.append((line[0], line[-1] + 1, start, end))
    return found


def _stands_free(seen: np.ndarray, row: int, left: int, right: int, step: int) -> int:
    """The length of the thing over columns ``[left, right)`` from ``row`` on (going by ``step``, away from a line)
    where it is a bar standing free: as wide all along (a filled rectangle), nothing beside it, ending in the open;
    else 0. A pattern's stripe inside an outline runs into the outline's other side instead, and widens there."""
    height, width = seen.shape
    if right - left < 3 or left < 2 or right + 2 > width:
        return 0
    rows = range(row, -1, -1) if step < 0 else range(row, height)
    climbed = 0
    for r in rows:
        inner = seen[r, left + 1 : right - 1]
        if not inner.any():
            return climbed if climbed >= 2 and not seen[r, left - 2 : right + 2].any() else 0
        if seen[r, left - 2] or seen[r, right + 1]:  # it widens, or something stands against it
            return 0
        if not inner.all():  # its antialiased end: nothing beyond it
            following = r + step
            beyond = 0 <= following < height and seen[following, left - 2 : right + 2].any()
            return climbed if climbed >= 2 and not beyond else 0
        climbed += 1
    return 0


CROSSED = 0.3
"""A line with things on both sides of it over this share of its run goes through shapes (a connector into two
boxes, a letter's stem down a bar): no axis. (A chart's labels may touch its baseline under a few bars.)"""


def _crossed(seen: np.ndarray, line: tuple[int, int, int, int]) -> bool:
    """Whether a horizontal ``line`` goes through things rather than along them (:data:`CROSSED`)."""
    near, far, start, end = line
    if near < 2 or far + 2 > seen.shape[0]:
        return True
    return float((seen[near - 2, start:end] & seen[far + 1, start:end]).mean()) >= CROSSED


def _standing(seen: np.ndarray, line: tuple[int, int, int, int]) -> tuple[int, ...]:
    """The sides of a horizontal ``line`` (-1 above, 1 below) on which two or more bars stand free
    (:func:`_stands_free`): foreground just beyond the line's fringe on that side and none on the other."""
    near, far, start, end = line
    height = seen.shape[0]
    if near < 2 or far + 2 > height:
        return ()
    above, below = seen[near - 2, start:end], seen[far + 1, start:end]
    sides = []
    if _crossed(seen, line):
        return ()
    for side, here, there, row in ((-1, above, below, near - 2), (1, below, above, far + 1)):
        if float((~above & ~below).mean()) <= 0.05:
            continue
        # a bar stands on one side only (a label may touch the line's other side under a part of it)
        starts, ends = runs(here)
        lengths = [
            _stands_free(seen, row, int(a) + start, int(b) + start, side) * (b - a)
            for a, b in zip(starts, ends, strict=True)
            if b - a >= BAR_WIDTH and there[a:b].mean() < 0.5
        ]
        # bars, not a dotted fill's dots along an outline's side
        if sum(area >= BAR_AREA * seen.size for area in lengths) >= 2:
            sides.append(side)
    return tuple(sides)


def _line_mask(shape: tuple[int, int], seen: np.ndarray, line: tuple[int, int, int, int]) -> np.ndarray:
    """The pixels of a horizontal line: its rows over its span, and its antialiased fringe where nothing stands."""
    near, far, start, end = line
    mask = np.zeros(shape, dtype=bool)
    mask[near:far, start:end] = True
    left, right = max(0, start - 1), min(shape[1], end + 1)
    if near >= 2:
        mask[near - 1, left:right] = seen[near - 1, left:right] & ~seen[near - 2, left:right]
    if far + 1 < shape[0]:
        mask[far, left:right] = seen[far, left:right] & ~seen[far + 1, left:right]
    return mask


def _meets(line: Axis, other: Axis, reach: int = 3) -> bool:
    """Whether two lines of different directions meet: cross, or touch (an L, a T), to a few pixels."""
    if line.upright == other.upright:
        return False
    across = (other.near + other.far) / 2  # where ``other`` crosses ``line``'s run
    along = (line.near + line.far) / 2
    return line.start - reach <= across <= line.end + reach and other.start - reach <= along <= other.end + reach


def axis_lines(seen: np.ndarray) -> AxisCut:
    """The axes of the bar charts in foreground ``seen`` (see the module doc) and their pixels."""
    shape = seen.shape
    mask = np.zeros(shape, dtype=bool)
    candidates: list[tuple[Axis, np.ndarray]] = []
    for upright, view in ((False, seen), (True, seen.T)):
        for line in _lines(view):
            if _crossed(view, line):
                continue
            pixels = _line_mask(view.shape, view, line)
            axis = Axis(upright, *line, sides=_standing(view, line))
            candidates.append((axis, pixels.T if upright else pixels))
    axes = [axis for axis, _ in candidates if axis.sides]
    others = [axis for axis, _ in candidates if not axis.sides and any(_meets(axis, a) for a in axes)]
    chosen = axes + others
    for axis, pixels in candidates:
        if axis in chosen:
            mask |= pixels
    return AxisCut(mask, chosen)


# ---- bars ---------------------------------------------------------------------------------------------------------


def region_box(region: Any) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of a region's mask in the image, right and bottom exclusive."""
    ys, xs = np.nonzero(region.mask)
    top, left = region.origin
    return int(left + xs.min()), int(top + ys.min()), int(left + xs.max() + 1), int(top + ys.max() + 1)


def _on_axis(boxes: np.ndarray, lines: Sequence[Axis], hanging: bool, reach: int = 3) -> bool:
    """Whether the bars of ``boxes`` (x0, y0, x1, y1 in the frame where the bars are upright) all stand on one of
    the horizontal axis ``lines`` of that frame, their feet on its line and within its run (``hanging``: bars
    below the line, their tops on it)."""
    x0, y0, x1, y1 = boxes.T
    for line in lines:
        within = bool(((x0 >= line.start - reach) & (x1 <= line.end + reach)).all())
        if hanging:
            on = 1 in line.sides and bool((np.abs(y0 - line.far) <= reach).all())
        else:
            on = -1 in line.sides and bool((np.abs(y1 - line.near) <= reach).all())
        if within and on:
            return True
    return False


def _row_of_bars(
    boxes: np.ndarray, indexes: list[int], lines: Sequence[Axis], hanging: bool, standing: bool = False
) -> list[int]:
    """Of the ``boxes`` at ``indexes`` (one foot line, in the frame where they are upright), the ones side by side
    that are a bar chart's bars (see the module doc), in order; [] if they are none (or, ``standing``, if they
    stand on no axis)."""
    order = sorted(indexes, key=lambda k: boxes[k, 0])
    widths = boxes[order, 2] - boxes[order, 0]
    middle = float(np.median(widths))
    on_axis = _on_axis(boxes[order], lines, hanging)
    limit = BAR_WIDTHS[0] if on_axis else BAR_WIDTHS[1]
    order = [k for k, w in zip(order, widths, strict=True) if middle / limit <= w <= middle * limit]
    if len(order) < 2:
        return []
    x0, y0, x1, y1 = boxes[order].T
    gaps = x0[1:] - x1[:-1]
    if (gaps < 0).any() or (gaps > 3 * middle).any():
        return []
    if _on_axis(boxes[order], lines, hanging):
        return order
    if standing:
        return []
    heights = y1 - y0
    even = gaps.min() >= 1 and gaps.max() <= 1.5 * gaps.min() + 2
    if len(order) >= 3 and even and heights.max() >= BAR_HEIGHTS * heights.min():
        return order
    return []


def _frames(boxes: np.ndarray, axes: Sequence[Axis]) -> Iterator[tuple[bool, bool, np.ndarray, np.ndarray, list[Axis]]]:
    """Each way bars can stand: (lying, hanging, the boxes in the frame where such bars are upright, their feet,
    the axes they may stand on there). Horizontal bars are upright ones in the picture turned about its diagonal."""
    for lying in (False, True):
        frame = boxes[:, [1, 0, 3, 2]] if lying else boxes
        lines = [axis for axis in axes if axis.upright == lying]
        for hanging in (False, True):
            yield lying, hanging, frame, frame[:, 1] if hanging else frame[:, 3], lines


def _on_one_line(candidates: list[int], foot: np.ndarray, reach: int) -> list[list[int]]:
    """``candidates`` grouped by where their feet are (a group's feet within ``reach`` of its first one's)."""
    groups: list[list[int]] = []
    for k in sorted(candidates, key=lambda k: foot[k]):
        if groups and foot[k] - foot[groups[-1][0]] <= reach:
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups


def _fills(regions: Sequence[Any], boxes: np.ndarray) -> np.ndarray:
    """How much of its box, less a pixel's rim (a narrow bar's antialiased sides), each region fills."""
    areas = np.array([int(r.mask.sum()) for r in regions])
    inner = np.maximum(boxes[:, 2] - boxes[:, 0] - 1, 1) * np.maximum(boxes[:, 3] - boxes[:, 1] - 1, 1)
    return areas / inner


def bar_groups(
    regions: Sequence[Any], axes: Sequence[Axis], standing: bool = False, reach: int = 2
) -> list[tuple[bool, list[int]]]:
    """The bar charts among ``regions``: for each, whether its bars lie (horizontal bars) and the indexes of its
    bars in order along the chart (see the module doc). ``standing``: only bars standing on one of the ``axes``
    (bars of one colour side by side are also a striped fill's stripes, but for the axis they stand on)."""
    boxes = np.array([region_box(r) for r in regions], dtype=np.int64).reshape(-1, 4)
    sides = np.stack([boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]], axis=1)
    filled = (_fills(regions, boxes) >= BAR_FILL) & (sides.min(axis=1) >= 3)
    found: list[tuple[bool, list[int]]] = []
    taken: set[int] = set()
    for lying, hanging, frame, foot, lines in _frames(boxes, axes):
        wide = frame[:, 2] - frame[:, 0] >= BAR_WIDTH
        candidates = [int(k) for k in np.flatnonzero(filled & wide) if k not in taken]
        for group in _on_one_line(candidates, foot, reach):
            bars = _row_of_bars(frame, group, lines, hanging, standing) if len(group) >= 2 else []
            if bars:
                found.append((lying, bars))
                taken.update(bars)
    return found


def maybe_bars(regions: Sequence[Any], bars: set[int], reach: int = 2) -> set[int]:
    """Regions that may be bars though :func:`bar_groups` found them none (a chart whose axis was too faint to
    see, of two bars; a bar beside a chart's bars whose edges came out ragged): mostly filled boxes of about the
    bars' width side by side on one foot line, of different lengths or beside bars found. A count of bars is then
    no surer than they are."""
    boxes = np.array([region_box(r) for r in regions], dtype=np.int64).reshape(-1, 4)
    boxy = _fills(regions, boxes) >= 0.75
    found: set[int] = set()
    for _, _, frame, foot, _ in _frames(boxes, []):
        wide = frame[:, 2] - frame[:, 0] >= BAR_WIDTH
        for group in _on_one_line([int(k) for k in np.flatnonzero(boxy & wide)], foot, reach):
            if len(group) < 2:
                continue
            order = sorted(group, key=lambda k: frame[k, 0])
            widths = frame[order, 2] - frame[order, 0]
            middle = float(np.median(widths))
            order = [k for k, w in zip(order, widths, strict=True) if middle / 1.25 <= w <= middle * 1.25]
            if len(order) < 2:
                continue
            gaps = frame[order[1:], 0] - frame[order[:-1], 2]
            lengths = frame[order, 3] - frame[order, 1]
            beside = (gaps >= 0).all() and (gaps <= 3 * middle).all()
            if beside and (lengths.max() >= BAR_HEIGHTS * lengths.min() or bars & set(order)):
                found.update(k for k in order if k not in bars)
    return found


# ---- labels -------------------------------------------------------------------------------------------------------

LABEL_REACH = 2.5
"""A bar's label starts within this many of its own line heights of the bar's foot (below an upright bar, left of a
lying one)."""


def _aligned(values: np.ndarray, lengths: np.ndarray) -> bool:
    """Whether the bars' feet (``values``) lie on one line, to a few pixels of their ``lengths``."""
    return float(np.ptp(values)) <= max(3.0, 0.03 * float(lengths.max()))


def bar_labels(bars: np.ndarray, lines: np.ndarray) -> dict[int, int]:
    """Text line index -> the bar it labels: a line just under an upright bar's foot and centred on it, or just left
    of a lying bar's foot and level with it (its category: "Mon", "North"), where the bars (``bars``, xyxy boxes,
    one chart's) stand on one line. ``lines``: the lines' xyxy boxes, in the same pixels."""
    bars, lines = np.asarray(bars, np.float64).reshape(-1, 4), np.asarray(lines, np.float64).reshape(-1, 4)
    if len(bars) < 2 or not len(lines):
        return {}
    x0, y0, x1, y1 = bars.T
    held: dict[int, int] = {}
    if _aligned(y1, y1 - y0):  # upright bars on a baseline: labels under them
        centres = (x0 + x1) / 2
        slot = float(np.median(np.diff(np.sort(centres)))) if len(bars) > 1 else float(np.max(x1 - x0))
        for index, (lx0, ly0, lx1, ly1) in enumerate(lines):
            nearest = int(np.argmin(np.abs(centres - (lx0 + lx1) / 2)))
            level = y1[nearest] - 2 <= ly0 <= y1[nearest] + LABEL_REACH * (ly1 - ly0)
            if level and abs((lx0 + lx1) / 2 - centres[nearest]) <= 0.5 * slot and lx1 - lx0 <= 1.5 * slot:
                held[index] = nearest
    elif _aligned(x0, x1 - x0):  # lying bars from an upright axis: labels left of them
        middles = (y0 + y1) / 2
        slot = float(np.median(np.diff(np.sort(middles))))
        for index, (_, ly0, lx1, ly1) in enumerate(lines):
            nearest = int(np.argmin(np.abs(middles - (ly0 + ly1) / 2)))
            beside = x0[nearest] - 2 - LABEL_REACH * (ly1 - ly0) <= lx1 <= x0[nearest] + 2
            if beside and abs((ly0 + ly1) / 2 - middles[nearest]) <= 0.5 * slot:
                held[index] = nearest
    return held
