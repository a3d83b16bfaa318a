"""Connectors of a drawing: the thin lines, elbows and arrows a flowchart or a slide draws between its shapes, which
are no shapes themselves (:func:`connectors`). The region proposer (:mod:`nsvr.tools.regions`) takes them out of
the foreground before it finds its regions, as it takes the paper's ruled lines out: a line drawn up to a shape
otherwise joins it ("a circle with an arrow ending at it" became a triangle, a bar chart's axis and a bar a "star"),
and a line alone was counted as a thin black rectangle.

A connector is a stroke a few pixels wide (:data:`CONNECTOR_WIDTH`) that an opening of the foreground by a disc
wider than it removes, long for its width (:data:`CONNECTOR_LENGTH`; a short one where it ends in an arrow's head),
open (a bare outline drawn alone, even one that the opening broke at its corners, is a shape: :func:`_outlines`)
and going somewhere (its ends lie apart, :data:`CONNECTOR_REACH`: a sketched outline that does not quite close
comes back to its start; strokes meeting at a corner are judged whole, :func:`_junctions`). A filled shape it
touches keeps what the opening keeps; an arrow's head, a wedge narrowing away from the line's end to its tip, goes
with the line (:func:`_head`). Strokes that lie in a hole of another shape (a hatched fill inside its outline),
beside several others like them (a pattern's stripes: :func:`_patterns`, :func:`_striped`) or that go on past both
ends (a grid's lines between crossings: :func:`_continued`) are not the drawing's connectors, and stay. A bar of a
chart, a stick or a thick border is wider than a connector, and stays too.

Works on a boolean foreground mask at the proposer's working scale.

>>> import cv2
>>> sheet = np.zeros((80, 160), np.uint8)
>>> _ = cv2.rectangle(sheet, (10, 20), (50, 60), 1, -1); _ = cv2.circle(sheet, (130, 40), 20, 1, -1)
>>> _ = cv2.line(sheet, (50, 40), (110, 40), 1, 2)
>>> found = connectors(sheet > 0)
>>> bool(found[40, 80]), bool(found[40, 30]), bool(found[40, 130])
(True, False, False)
"""

from __future__ import annotations

import numpy as np

from nsvr.tools.lettering import silhouette

CONNECTOR_WIDTH = 4.5
"""Pixels: a connector's stroke is at most this wide (twice its area over its outline's length, at the working scale,
its antialiased fringe included: a 2 px line reads about 3)."""
CONNECTOR_LENGTH = 8.0
"""A connector is at least this many times as long as it is wide (a letter's stroke is shorter, a drawn shape's
corner cut off by the opening is a short wedge)."""
STRAIGHT = 0.85
"""A line whose ends lie this share of its length apart or more is straight (a wedge at one end, an arrow's tip
or the corner it points at, bends its axis a little)."""
BENT_CONNECTOR = 15.0
"""A line that bends (an elbow from the end of one row of shapes to the start of the next) is at least this many
widths long: a bold letter's curve, as thin, is shorter."""
SHORT_CONNECTOR = 5.0
"""A shorter line down to this many widths is a connector where it is straight (:data:`SHORT_REACH`) and ends in an
arrow's head: an arrow between two shapes close together."""
CONNECTOR_REACH = 0.68
"""A connector's ends lie at least this share of its length apart (a straight line's 1, an elbow's 0.71 or more); a
stroke that curls back on itself (an outline that does not quite close, 0.3-0.45) is a shape's, and a word's letters
joined where they touch wave (0.5-0.65)."""
SHORT_REACH = 0.9
"""A short connector is straight: its ends lie at least this share of its length apart, and it is no broader across
its axis than its width (a letter's curve is)."""
PATTERN_LINES = 3
"""This many strokes side by side, parallel and overlapping along their length, are a pattern fill's stripes."""
OUTLINE_RING = 0.7
"""A hole whose edge is this share thin strokes or more is the inside of a bare outline (drawn alone, no fill)."""
PATTERN_SPACING = 8.0
"""A pattern's stripes lie at most this many stroke widths apart (hatching 2-7 widths): rows of connectors in a
flowchart lie a shape's height apart."""
HEAD_LENGTH = 5.0
"""An arrow's head reaches at most this many line widths (and a few pixels) beyond the line's end."""


def connectors(foreground: np.ndarray) -> np.ndarray:
    """The pixels of ``foreground`` that are connectors' lines and heads (see the module doc)."""
    import cv2

    side = 2 * int(np.ceil(CONNECTOR_WIDTH / 2)) + 1  # a disc wider than any connector
    disc = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (side, side))
    kept = cv2.morphologyEx(foreground.astype(np.uint8), cv2.MORPH_OPEN, disc) > 0
    thin = foreground & ~kept
    # where strokes meet at a corner (a sketched outline's, a thick stroke's) the opening keeps a blob a little
    # wider than the strokes: the strokes and their corners are one drawn line, judged whole (a sketched triangle
    # that does not quite close is no three connectors)
    strokes = thin | _junctions(kept, thin, 2 * side)
    blobs = thin | _small(kept, 2 * side)  # what is not a filled shape's
    count, labels, stats, _ = cv2.connectedComponentsWithStats(strokes.astype(np.uint8), connectivity=8)
    shortest = SHORT_CONNECTOR * 2.0
    lines: list[tuple[np.ndarray, tuple[int, int], bool]] = []  # (part in its box, box corner (row, column), long)
    for index in range(1, count):
        x, y, w, h, _ = (int(v) for v in stats[index])
        if max(w, h) < shortest:
            continue
        piece = labels[y : y + h, x : x + w] == index
        for part, (top, left) in _open_parts(piece):
            length = _line_length(part)
            if length is None or part is not piece and _measures(part)[2] < STRAIGHT:
                continue  # a bent tail of an outline is its own stroke not quite closing (a star's last point)
            lines.append((part, (y + top, x + left), length >= CONNECTOR_LENGTH))
    if not lines:
        return np.zeros_like(foreground)
    patterns = _patterns([(part, corner) for part, corner, _ in lines])
    inner = _in_holes(foreground)
    outlined = _outlines(foreground, blobs, inner)
    inner = _in_holes(foreground, around=1)
    found = np.zeros_like(foreground)
    for k, (part, (top, left), long) in enumerate(lines):
        window = (slice(top, top + part.shape[0]), slice(left, left + part.shape[1]))
        if k in patterns or inner[window][part].mean() >= 0.5:  # a hatch, a pattern's stroke inside a shape
            continue
        if _striped(part, (top, left), foreground):  # a stripe of a pattern fill whose others are wider
            continue
        if _continued(part, (top, left), strokes):  # a stretch of a longer line (graph paper's, between crossings)
            continue
        if outlined[window][part].mean() >= 0.5:  # a side of a bare outline, broken where the opening kept a corner
            continue
        head = _head(part, (top, left), kept, foreground)
        if long or head.any():  # a short line is a connector where it ends in an arrow's head
            found[window] |= part
            found |= head
    return found


def _junctions(kept: np.ndarray, thin: np.ndarray, largest: int) -> np.ndarray:
    """The parts of ``kept`` no longer or wider than ``largest`` pixels that join two thin strokes or more, each
    longer than half that."""
    import cv2

    count, labels, stats, _ = cv2.connectedComponentsWithStats(kept.astype(np.uint8), connectivity=8)
    small = np.flatnonzero((stats[:, cv2.CC_STAT_WIDTH] <= largest) & (stats[:, cv2.CC_STAT_HEIGHT] <= largest))
    small = small[small > 0]
    if not len(small) or not thin.any():
        return np.zeros_like(kept)
    _, pieces, sizes, _ = cv2.connectedComponentsWithStats(thin.astype(np.uint8), connectivity=8)
    short = (sizes[:, cv2.CC_STAT_WIDTH] < largest / 2) & (sizes[:, cv2.CC_STAT_HEIGHT] < largest / 2)
    pieces[short[pieces]] = 0  # (an arrow's tip beyond its head is no stroke of its own)
    blobs = np.where(np.isin(labels, small), labels, 0).astype(np.float32)
    beside = cv2.dilate(blobs, np.ones((3, 3), np.uint8))  # each small blob's number, a pixel around it
    touching = (pieces > 0) & (beside > 0)
    pairs = np.unique(np.stack([beside[touching].astype(np.int64), pieces[touching]], axis=1), axis=0)
    blob, strokes = np.unique(pairs[:, 0], return_counts=True)
    return np.isin(labels, blob[strokes >= 2])


def _small(kept: np.ndarray, largest: int) -> np.ndarray:
    """The parts of ``kept`` no longer or wider than ``largest`` pixels."""
    import cv2

    count, labels, stats, _ = cv2.connectedComponentsWithStats(kept.astype(np.uint8), connectivity=8)
    small = (stats[:, cv2.CC_STAT_WIDTH] <= largest) & (stats[:, cv2.CC_STAT_HEIGHT] <= largest)
    small[0] = False
    return small[labels]


def _open_parts(piece: np.ndarray) -> list[tuple[np.ndarray, tuple[int, int]]]:
    """``piece`` when it encloses nothing; of a stroke that rings something (a bare outline), the tails that leave
    it (a line drawn from a hollow shape): what an opening of its filled outline removes."""
    import cv2

    filled = silhouette(piece)
    if piece.sum() >= 0.6 * filled.sum():
        return [(piece, (0, 0))]
    side = 2 * int(np.ceil(CONNECTOR_WIDTH / 2)) + 1
    disc = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (side, side))
    body = cv2.dilate(cv2.morphologyEx(filled.astype(np.uint8), cv2.MORPH_OPEN, disc), np.ones((3, 3), np.uint8))
    tails = piece & ~(body > 0)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(tails.astype(np.uint8), connectivity=8)
    parts = []
    for index in range(1, count):
        x, y, w, h, _ = (int(v) for v in stats[index])
        parts.append((labels[y : y + h, x : x + w] == index, (y, x)))
    return parts


def _measures(part: np.ndarray) -> tuple[float, float, float]:
    """A stroke's width (twice its area over its outline's length), length (half its outline) and reach (the
    distance between its farthest points over its length)."""
    import cv2

    contours, _ = cv2.findContours(part.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    contour = max(contours, key=cv2.contourArea)
    perimeter = max(1.0, cv2.arcLength(contour, True))
    width = 2.0 * float(part.sum()) / perimeter
    length = perimeter / 2.0
    hull = cv2.convexHull(contour).reshape(-1, 2).astype(np.float64)
    span = float(np.sqrt(((hull[:, None] - hull[None]) ** 2).sum(-1)).max()) if len(hull) > 1 else 0.0
    return width, length, span / length


def _line_length(part: np.ndarray) -> float | None:
    """A thin part's length in widths where it may be a connector's line: thin (:data:`CONNECTOR_WIDTH`), at least
    :data:`SHORT_CONNECTOR` widths long, going somewhere (:data:`CONNECTOR_REACH`, straight where it is short);
    else None."""
    if part.sum() < 2 * SHORT_CONNECTOR:
        return None
    width, length, reach = _measures(part)
    widths = length / max(width, 2.0)
    if width > CONNECTOR_WIDTH or widths < SHORT_CONNECTOR or reach < CONNECTOR_REACH:
        return None
    _, _, _, breadth = _axis(part)
    if reach >= STRAIGHT or breadth <= 1.5 * max(width, 2.0) + 1.0:  # straight: no broader than a line is wide
        return widths if widths >= CONNECTOR_LENGTH or reach >= SHORT_REACH else None
    return widths if widths >= BENT_CONNECTOR else None  # an elbow, or a letter's curve ("s", "e") if short


def _axis(part: np.ndarray) -> tuple[np.ndarray, np.ndarray, float, float]:
    """A part's centre (row, column), unit long axis, and its extent along and across it."""
    ys, xs = np.nonzero(part)
    points = np.stack([ys, xs], axis=1).astype(np.float64)
    centre = points.mean(axis=0)
    _, vectors = np.linalg.eigh(np.cov((points - centre).T) + 1e-9 * np.eye(2))
    along = vectors[:, 1]
    across = np.array([-along[1], along[0]])
    offsets = points - centre
    return centre, along, float(np.ptp(offsets @ along)) + 1.0, float(np.ptp(offsets @ across)) + 1.0


def _patterns(lines: list[tuple[np.ndarray, tuple[int, int]]]) -> set[int]:
    """Indexes of the lines that are stripes of a pattern: :data:`PATTERN_LINES` or more straight ones side by side,
    parallel, each overlapping the next along most of the shorter one's length and a few widths from it
    (:data:`PATTERN_SPACING`; connectors between shapes in a row or a column lie end to end, or a shape's height
    apart)."""
    if len(lines) < PATTERN_LINES:
        return set()
    axes = []
    for part, (top, left) in lines:
        centre, along, extent, breadth = _axis(part)
        width, _, _ = _measures(part)
        axes.append((centre + (top, left), along, extent, breadth <= max(2.0 * width + 1.0, 0.25 * extent), width))
    parent = list(range(len(lines)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, (centre_a, along_a, extent_a, straight_a, width_a) in enumerate(axes):
        if not straight_a:  # an elbow: no stripe
            continue
        for b in range(a + 1, len(axes)):
            centre_b, along_b, extent_b, straight_b, width_b = axes[b]
            if not straight_b or abs(float(along_a @ along_b)) < np.cos(np.radians(10.0)):
                continue
            offset = centre_b - centre_a
            apart = abs(float(offset @ np.array([-along_a[1], along_a[0]])))
            shift = abs(float(offset @ along_a))
            shorter = min(extent_a, extent_b)
            overlap = (extent_a + extent_b) / 2 - shift
            spacing = PATTERN_SPACING * max(width_a, width_b, 2.0)
            if apart <= min(0.5 * shorter, spacing) and overlap >= 0.5 * shorter:
                parent[root(a)] = root(b)
    groups: dict[int, list[int]] = {}
    for k in range(len(lines)):
        groups.setdefault(root(k), []).append(k)
    return {k for group in groups.values() if len(group) >= PATTERN_LINES for k in group}


def _outlines(foreground: np.ndarray, thin: np.ndarray, inner: np.ndarray) -> np.ndarray:
    """Where the strokes of bare outlines run: along a hole of the foreground that ``thin`` strokes (and the small
    blobs where they cross or turn) ring nearly all round (:data:`OUTLINE_RING`); a hole among filled shapes and the
    lines between them (a loop of a flowchart) is ringed mostly by the shapes' edges."""
    import cv2

    holes = inner & ~foreground
    if not holes.any():
        return np.zeros_like(foreground)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(holes.astype(np.uint8), connectivity=4)
    found = np.zeros_like(foreground)
    for index in range(1, count):
        x, y, w, h, _ = (int(v) for v in stats[index])
        top, left = max(0, y - 3), max(0, x - 3)
        bottom, right = min(foreground.shape[0], y + h + 3), min(foreground.shape[1], x + w + 3)
        hole = (labels[top:bottom, left:right] == index).astype(np.uint8)
        ring = (cv2.dilate(hole, np.ones((3, 3), np.uint8)) > 0) & foreground[top:bottom, left:right]
        if ring.sum() and (ring & thin[top:bottom, left:right]).sum() >= OUTLINE_RING * ring.sum():
            near = cv2.dilate(hole, np.ones((7, 7), np.uint8)) > 0
            found[top:bottom, left:right] |= near & foreground[top:bottom, left:right]
    return found


def _striped(part: np.ndarray, corner: tuple[int, int], foreground: np.ndarray) -> bool:
    """Whether strokes of the foreground run beside a straight line along most of its length, two or more of them
    within :data:`PATTERN_SPACING` widths of it and of each other: it is a pattern's stripe (a connector runs alone,
    or beside one other, an arrow back)."""
    width, _, _ = _measures(part)
    centre, along, extent, breadth = _axis(part)
    if breadth > 1.5 * max(width, 2.0) + 1.0:
        return False
    centre = centre + corner
    across = np.array([-along[1], along[0]])
    steps = np.arange(-0.4 * extent, 0.4 * extent + 1.0)
    height, side = foreground.shape
    stripes = 0
    for sign in (1.0, -1.0):
        beside = []
        for offset in np.arange(np.ceil(width) + 2.0, 2.0 * PATTERN_SPACING * max(width, 2.0)):
            points = centre + steps[:, None] * along + sign * offset * across
            rows, columns = np.round(points[:, 0]).astype(int), np.round(points[:, 1]).astype(int)
            inside = (rows >= 0) & (rows < height) & (columns >= 0) & (columns < side)
            beside.append(bool(inside.all()) and foreground[rows, columns].mean() >= 0.6)
        runs = np.diff(np.concatenate([[0], np.asarray(beside, dtype=np.int8), [0]]))
        starts = np.flatnonzero(runs == 1)
        stripes += len(starts)
        if len(starts) and starts[0] > PATTERN_SPACING * max(width, 2.0):  # the nearest too far to be a neighbour
            stripes -= len(starts)
    return stripes >= 2


def _continued(part: np.ndarray, corner: tuple[int, int], strokes: np.ndarray) -> bool:
    """Whether a straight line goes on, as thin as it is, past both its ends: a stretch of a longer line that crossings
    or gaps broke (a grid's), where a connector ends at the shapes it joins (or in its head, or free)."""
    width, _, _ = _measures(part)
    centre, along, extent, breadth = _axis(part)
    if breadth > 1.5 * max(width, 2.0) + 1.0:
        return False
    centre = centre + corner
    height, side = strokes.shape
    reach = max(10.0, 0.5 * extent)
    for sign in (1.0, -1.0):
        steps = extent / 2 + 2.0 + np.arange(0.0, reach)
        points = centre + sign * steps[:, None] * along
        rows, columns = np.round(points[:, 0]).astype(int), np.round(points[:, 1]).astype(int)
        inside = (rows >= 0) & (rows < height) & (columns >= 0) & (columns < side)
        if inside.sum() < 0.5 * len(steps) or strokes[rows[inside], columns[inside]].mean() < 0.6:
            return False
    return True


def _in_holes(foreground: np.ndarray, around: int = 0) -> np.ndarray:
    """Where ``foreground``'s holes are, with whatever lies in them, and without the ``around`` pixels along their
    edges (the strokes that ring them: a loop of lines and shapes is no hole's inside)."""
    import cv2

    contours, hierarchy = cv2.findContours(foreground.astype(np.uint8), cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)
    inner = np.zeros(foreground.shape, np.uint8)
    if hierarchy is None:
        return inner > 0
    holes = [contour for contour, (_, _, _, parent) in zip(contours, hierarchy[0], strict=True) if parent >= 0]
    cv2.drawContours(inner, holes, -1, 1, -1)
    if around:
        cv2.drawContours(inner, holes, -1, 0, 2 * around + 1)
    return inner > 0


def _head(part: np.ndarray, corner: tuple[int, int], kept: np.ndarray, foreground: np.ndarray) -> np.ndarray:
    """The head of the arrow a line (``part``, its box's corner ``corner``) ends in, as an image mask (empty for
    none): at each end where it meets the foreground's opening (``kept``), a wedge that narrows away from it to its
    tip, alone or against a shape (:func:`_wedge`), within :data:`HEAD_LENGTH` widths of the line."""
    import cv2

    height, width = foreground.shape
    stroke, _, _ = _measures(part)
    reach = int(np.ceil(HEAD_LENGTH * stroke + 3))
    top, left = max(0, corner[0] - 2 * reach), max(0, corner[1] - 2 * reach)
    bottom = min(height, corner[0] + part.shape[0] + 2 * reach)
    right = min(width, corner[1] + part.shape[1] + 2 * reach)
    line = np.zeros((bottom - top, right - left), dtype=bool)
    line[corner[0] - top : corner[0] - top + part.shape[0], corner[1] - left : corner[1] - left + part.shape[1]] = part
    ends = (cv2.dilate(line.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0) & kept[top:bottom, left:right]
    count, ends_labels = cv2.connectedComponents(ends.astype(np.uint8), connectivity=8)
    head = np.zeros(foreground.shape, dtype=bool)
    for end in range(1, count):
        head[top:bottom, left:right] |= _wedge(line, ends_labels == end, foreground[top:bottom, left:right], reach)
    return head


def _wedge(line: np.ndarray, end: np.ndarray, foreground: np.ndarray, reach: int) -> np.ndarray:
    """The arrow head where ``line`` ends (``end``: the pixels beyond it where it meets more foreground): the
    foreground ahead of the line's end, within a band as wide as ``reach``, from its widest just past the line's end
    to where its width across the band is least (the head's tip), when it narrows all the way and then ends or widens
    (a shape it points at); nothing when it does not (a line that meets a shape's side or corner directly, a dot at a
    line's end, widest in its middle). The line's direction there is read from its last stretch, the shorter first
    where that finds no head (an elbow's last leg may be short)."""
    tip = np.argwhere(end).mean(axis=0)
    ys, xs = np.nonzero(line)
    for radius in (reach / 2 + 2, reach / 4 + 2):
        close = (ys - tip[0]) ** 2 + (xs - tip[1]) ** 2 <= radius**2
        if close.sum() < 4:
            continue
        points = np.stack([ys[close], xs[close]], axis=1).astype(np.float64)
        centre = points.mean(axis=0)
        _, vectors = np.linalg.eigh(np.cov((points - centre).T) + 1e-9 * np.eye(2))
        along = vectors[:, 1] if vectors[:, 1] @ (tip - centre) >= 0 else -vectors[:, 1]
        head = _wedge_along(tip, along, foreground, reach)
        if head.any():
            return head
    return np.zeros_like(foreground)


def _wedge_along(tip: np.ndarray, along: np.ndarray, foreground: np.ndarray, reach: int) -> np.ndarray:
    """:func:`_wedge` ahead of ``tip`` in the direction ``along`` (unit, row and column)."""
    height, width = foreground.shape
    across = np.array([-along[1], along[0]])
    top, left = max(0, int(tip[0]) - 2 * reach), max(0, int(tip[1]) - 2 * reach)
    bottom, right = min(height, int(tip[0]) + 2 * reach + 1), min(width, int(tip[1]) + 2 * reach + 1)
    rows, columns = np.mgrid[top:bottom, left:right]
    offsets = np.stack([rows - tip[0], columns - tip[1]], axis=-1)
    ahead, aside = offsets @ along, offsets @ across
    steps = np.round(ahead).astype(int)
    ahead_ok = (ahead >= -0.5) & (steps <= reach) & foreground[top:bottom, left:right]

    def widths_within(half: float) -> tuple[np.ndarray, np.ndarray]:
        inked = ahead_ok & (np.abs(aside) <= half)
        return inked, np.bincount(steps[inked], minlength=reach + 1)[: reach + 1]

    inked, widths = widths_within(reach / 2)
    base = int(np.argmax(widths[:4]))  # the head's base, where it flares out just past the line's end
    if widths[base] >= 0.9 * (reach + 1):  # the line meets the shape's side itself
        return np.zeros_like(foreground)
    if widths[base + 1 : base + 4].max(initial=0) > widths[base] + 1:  # widening on: a dot, a shape
        return np.zeros_like(foreground)
    # within the head's own breadth, a shape's slanted side it points at comes in only past its tip
    inked, widths = widths_within(widths[base] / 2 + 1)
    narrowest = base + int(np.argmin(widths[base:]))
    widens = widths[narrowest:].max() > widths[narrowest] + 2 or widths[narrowest] == 0
    tapers = narrowest - base >= 3 and widths[narrowest] <= 0.5 * widths[base]
    if not widens or not tapers or np.any(np.diff(widths[base : narrowest + 1]) > 1):
        return np.zeros_like(foreground)
    head = np.zeros_like(foreground)
    head[top:bottom, left:right] = inked & (steps <= narrowest)
    return head
