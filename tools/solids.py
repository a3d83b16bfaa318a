"""Shaded solids in clip art: a cube drawn as three faces in three shades of one colour, a ball as a disc with a
highlight or a white glint, a cylinder as a body under a lighter ellipse, a cone on a curved base, a pyramid of two
or three shaded triangles, often on a soft drop shadow. The region proposer (:mod:`nsvr.tools.regions`) splits such
a picture by colour into faces; :func:`merge_solids` joins the faces of each solid into one region again and names
it (:func:`solid_guess`), and leaves the shadows out.

- Faces of one solid lit from one side are shades of one colour: the same hue (HSV hue, which mixing a colour with
  white or black, as light and shade do, leaves as it is), or all gray (:func:`shades_of_one_colour`), touching
  along a shared edge (:func:`shade_pairs`); a drawn outline around a fill is no face, nor a soft shadow. A region
  the proposer kept whole may hold two flat shades (:func:`shade_split`) or a smooth gradient (:func:`shading`).
- A group of faces is joined only when :func:`name_solid` names it from its silhouette and faces (:func:`look`):
  a sphere (round, with a near-white highlight or glint: :func:`whiteness`), a cone (an apex over a half-ellipse
  base: :func:`edge_profile`, :func:`edge_fit`), a pyramid (an apex over straight edges, triangular faces), a
  cylinder (straight sides, a round base, an elliptical top face), a cube (four-sided faces in a silhouette of four
  to six corners on a cornered base). Each with a confidence; where two readings are close, the other as the
  runner-up (a cone may be a pyramid), else the flat figure's name.
- The solid's colour is its middle shade's (:func:`solid_colour`): a cube drawn in three shades of red is red.
- A soft drop shadow (the background's colour, darker, with a blurred edge, against the bottom of an object) is no
  object (:func:`soft_shadows`; one the proposer joined to its object is cut away: :func:`shadow_part`).

- Where the evidence is there but too little to name a solid (a small solid: one of its faces with no inside, or
  faces the proposer kept whole within its edge lines; a lit disc not round enough), the region is a ``hedge``:
  one object, its flat name unsure (under the answer check's 0.5) with a runner-up, a solid it may be where one
  rule reads it, and a group's second face a candidate object (two flat shapes of one colour may touch): what rests
  on it is "unknown", never a guess (:func:`solid_guess`, :func:`solid_score`).

A flat drawing is left as it is: one colour, touching shapes of different hues, a fill in its outline, shades of one
colour whose union is no solid's, a disc shaded a little lighter and darker (a shaded circle: no highlight).

>>> import numpy as np
>>> shades_of_one_colour(np.array([[215, 40, 40], [133, 25, 25], [230, 126, 126], [40, 90, 210]]))[0].tolist()
[True, True, True, False]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from nsvr.scene_graph.names import SOLID_NAMES
from nsvr.tools.lettering import letter_holes
from nsvr.tools.shapes import ShapeGuess

__all__ = [
    "SOLID_NAMES",
    "Solid",
    "find_solids",
    "merge_solids",
    "name_solid",
    "soft_shadows",
    "solid_guess",
    "solid_score",
]

SHADE_HUE = 15.0
"""Degrees of HSV hue two colours may differ by and still be shades of one colour (a face's colour mixed with white
or black keeps its hue exactly; antialiasing and JPEG move a dark shade's a little)."""
NEUTRAL_CHROMA = 8.0
"""CIELAB chroma under which a colour is gray (a gray solid's faces are all gray)."""
CONTACT_GAP = 3
"""Pixels between two faces that still touch: an edge line drawn between them (1-2 px, antialiased over 3) leaves
such a gap."""
CONTACT_SHARE = 0.12
"""Share of the smaller region's outline that must run along the other for the two to share an edge (a cube's
faces share a third to a quarter of theirs, a glint all of its own)."""
SHADE_STEP = 3.0
"""CIELAB lightness two tones of one region differ by at least to be two shades (:func:`shade_split`)."""
MIX_STEP = 0.06
"""HSV saturation or value (0 to 1) two touching faces differ by at least: mixing a colour with white lowers its
saturation, with black its value; two shapes of one colour, or of two close hues at full strength, differ in
neither (two oranges), the faces of a solid lit from one side in one or both (0.15 and more)."""
GLINT_LIGHTNESS = 90.0
"""CIELAB lightness from which a small gray region inside a coloured one is its white glint (a ball's)."""
GRADIENT_RANGE = 14.0
"""CIELAB lightness range (5th to 95th percentile) over a region's inside from which it is shaded, not flat: a flat
fill varies by its noise, a camera's uneven light by a few units over a shape."""
GRADIENT_FIT = 0.7
"""Share of a shaded region's lightness variance a smooth surface (quadratic in x and y) explains at least: shading
varies smoothly (a cone's 0.94 and more, a ball's highlight over its colour 0.72-0.76), noise and texture do not."""
SHADOW_DARKER = (3.0, 45.0)
"""How much darker than the background a drop shadow is (CIELAB lightness), as in :mod:`nsvr.tools.regions`."""
SHADOW_GAP = 5
"""Pixels between an object's edge and its soft shadow's visible part: the shadow's faint rim, under the
foreground threshold, and the object's antialiased edge lie between."""
SHADOW_SOFTNESS = 1.1
"""Pixels: a soft shadow's edge ramps from the background to its darkest over at least this width (a drawn fill's
antialiased edge over half a pixel on average)."""
SHADOW_PALE = 16.0
"""Delta E from the background (median) under which a region is too faint for a drawn fill (the shape benchmarks
draw theirs 30 and more from the paper): lying under an object, it is its shadow, however sharp its edge."""
SHADOW_FAINT = 30.0
"""Delta E from the background a soft shadow's darker part (its 75th percentile) stays under."""


@dataclass(frozen=True)
class Solid:
    """A solid made of regions ``members`` (indexes into the region list), with its name, how sure, the
    runners-up, and the RGB colour of its middle shade."""

    name: str
    confidence: float
    members: tuple[int, ...]
    colour: np.ndarray
    alternatives: dict[str, float]
    faces: int = 1
    """How many of ``members`` are faces (the rest: edge lines drawn along them)."""
    kind: str = "solid"
    """``solid``: named; ``hedge``: shaded like a solid (faces of one colour, or a highlight) but named by no
    rule surely: its flat name is kept unsure, the solids it may be as runners-up; ``part``: a face of a hedged
    group kept as a candidate object of its own (the group may be two flat shapes)."""


def _lab(rgb: np.ndarray) -> np.ndarray:
    """CIELAB (L in 0..100) of RGB colours (..., 3)."""
    import cv2

    flat = np.clip(np.asarray(rgb, dtype=np.float64), 0, 255).astype(np.uint8).reshape(1, -1, 3)
    lab = cv2.cvtColor(flat, cv2.COLOR_RGB2Lab).astype(np.float64).reshape(np.shape(rgb))
    lab[..., 0] *= 100.0 / 255.0
    lab[..., 1:] -= 128.0
    return lab


def hue(rgb: np.ndarray) -> np.ndarray:
    """HSV hue in degrees of RGB colours (..., 3): unchanged when a colour is mixed with white or with black."""
    rgb = np.asarray(rgb, dtype=np.float64)
    top, low = rgb.max(-1), rgb.min(-1)
    span = np.maximum(top - low, 1e-9)
    r, g, b = np.moveaxis(rgb, -1, 0)
    h = np.where(top == r, (g - b) / span % 6.0, np.where(top == g, (b - r) / span + 2.0, (r - g) / span + 4.0))
    return 60.0 * h


def shades_of_one_colour(colours: np.ndarray) -> np.ndarray:
    """(n, n) bool: whether two RGB colours are shades of one colour: both gray (:data:`NEUTRAL_CHROMA`), or both
    coloured with hues within :data:`SHADE_HUE` (a dark shade's hue, measured on small numbers, a little more)."""
    colours = np.asarray(colours, dtype=np.float64).reshape(-1, 3)
    lab = _lab(colours)
    chroma = np.hypot(lab[:, 1], lab[:, 2])
    neutral = chroma < NEUTRAL_CHROMA
    angle = hue(colours)
    turn = np.abs((angle[:, None] - angle[None] + 180.0) % 360.0 - 180.0)
    weak = np.minimum(chroma[:, None], chroma[None])
    tolerance = SHADE_HUE * np.clip(20.0 / np.maximum(weak, 1e-9), 1.0, 2.0)
    coloured = ~neutral[:, None] & ~neutral[None]
    return (neutral[:, None] & neutral[None]) | (coloured & (turn <= tolerance))


def _boxes(regions: Sequence[Any]) -> np.ndarray:
    """(n, 4) top, left, bottom, right (exclusive) of each region's window."""
    return np.array(
        [[r.origin[0], r.origin[1], r.origin[0] + r.mask.shape[0], r.origin[1] + r.mask.shape[1]] for r in regions]
    ).reshape(-1, 4)


def _extents(regions: Sequence[Any]) -> np.ndarray:
    """(n, 4) top, left, bottom, right (exclusive) of each region's pixels (its window may be wider: the regions
    of one connected component share the component's)."""
    found = []
    for region in regions:
        rows, cols = np.flatnonzero(region.mask.any(axis=1)), np.flatnonzero(region.mask.any(axis=0))
        top, left = region.origin
        found.append([top + rows[0], left + cols[0], top + rows[-1] + 1, left + cols[-1] + 1])
    return np.array(found).reshape(-1, 4)


def _canvas(regions: Sequence[Any], members: Sequence[int], pad: int = 0) -> tuple[tuple[int, int], list[np.ndarray]]:
    """The members' masks pasted into one window around them all (``pad`` pixels wider): its origin and the
    masks."""
    boxes = _boxes([regions[k] for k in members])
    top, left = boxes[:, 0].min() - pad, boxes[:, 1].min() - pad
    height, width = boxes[:, 2].max() + pad - top, boxes[:, 3].max() + pad - left
    masks = []
    for k in members:
        mask = np.zeros((height, width), bool)
        (y, x), (h, w) = regions[k].origin, regions[k].mask.shape
        mask[y - top : y - top + h, x - left : x - left + w] = regions[k].mask
        masks.append(mask)
    return (int(top), int(left)), masks


def _edge(mask: np.ndarray) -> np.ndarray:
    """The mask's outline pixels (inside pixels with a 4-neighbour outside)."""
    padded = np.pad(mask, 1)
    inner = padded[:-2, 1:-1] & padded[2:, 1:-1] & padded[1:-1, :-2] & padded[1:-1, 2:]
    return mask & ~inner


def _grow(mask: np.ndarray, pixels: int) -> np.ndarray:
    import cv2

    kernel = np.ones((2 * pixels + 1, 2 * pixels + 1), np.uint8)
    return cv2.dilate(mask.astype(np.uint8), kernel) > 0


def contact_share(a: np.ndarray, b: np.ndarray, gap: int = CONTACT_GAP) -> float:
    """The share of the smaller of two masks' outlines that lies within ``gap`` pixels of the other mask.

    >>> a = np.zeros((10, 30), bool); a[2:8, 2:10] = True; b, far = np.zeros_like(a), np.zeros_like(a)
    >>> b[2:8, 11:18] = True; far[2:8, 20:27] = True
    >>> round(contact_share(a, b), 2), contact_share(a, far)
    (0.36, 0.0)
    """
    edges = (_edge(a), _edge(b))
    small = 0 if edges[0].sum() <= edges[1].sum() else 1
    other = b if small == 0 else a
    return float((edges[small] & _grow(other, gap)).sum()) / max(1, int(edges[small].sum()))


def shade_pairs(regions: Sequence[Any], candidates: np.ndarray) -> list[tuple[int, int]]:
    """Pairs of candidate regions that may be faces of one solid: shades of one colour
    (:func:`shades_of_one_colour`), one lighter or darker than the other (:data:`MIX_STEP`), whose windows meet,
    sharing an edge (:func:`contact_share` at least :data:`CONTACT_SHARE`), neither a thick ring around the other
    (a drawn outline: its inside surrounds the other, where a face that took the edge lines in has its inside
    aside). A region inside the other pairs with it only as its highlight: lighter, an ellipse away from its middle
    (:func:`_glint_of`; a label or mark drawn on a shape is none); so does a near-white one inside another six times
    its size (:data:`GLINT_LIGHTNESS`): a ball's glint."""
    chosen = np.flatnonzero(candidates)
    if len(chosen) < 2:
        return []
    colours = np.stack([regions[k].colour for k in chosen]).astype(np.float64)
    same = shades_of_one_colour(colours)
    # a white glint painted on a ball (where the background is not white: there it shows as a hole): a near-white
    # region, small beside the other, inside it (checked below)
    lab = _lab(colours)
    white = (lab[:, 0] >= GLINT_LIGHTNESS) & (np.hypot(lab[:, 1], lab[:, 2]) < 2 * NEUTRAL_CHROMA)
    areas = np.array([int(regions[k].mask.sum()) for k in chosen])
    glints = white[:, None] & ~white[None] & (6 * areas[:, None] <= areas[None])
    same |= glints | glints.T
    value = colours.max(axis=1) / 255.0
    saturation = (colours.max(axis=1) - colours.min(axis=1)) / np.maximum(colours.max(axis=1), 1e-9)
    step = np.maximum(np.abs(value[:, None] - value[None]), np.abs(saturation[:, None] - saturation[None]))
    step = step >= MIX_STEP
    boxes = _boxes([regions[k] for k in chosen])
    g = CONTACT_GAP
    meet = (
        (boxes[:, None, 0] < boxes[None, :, 2] + g)
        & (boxes[None, :, 0] < boxes[:, None, 2] + g)
        & (boxes[:, None, 1] < boxes[None, :, 3] + g)
        & (boxes[None, :, 1] < boxes[:, None, 3] + g)
    )
    pairs = []
    for i, j in zip(*np.nonzero(np.triu(same & step & meet, 1)), strict=True):
        a, b = int(chosen[i]), int(chosen[j])
        _, (ma, mb) = _canvas(regions, (a, b), pad=g + 1)
        glint = glints[i, j] or glints[j, i]
        if glint and not (_glint_of(ma, mb) if glints[i, j] else _glint_of(mb, ma)):
            continue
        least = 0.8 if glint else CONTACT_SHARE  # a glint lies inside its ball
        if contact_share(ma, mb) < least or _rings(ma, mb) or _rings(mb, ma):
            continue
        # one inside the other (inside its inside: not only within edge lines it took in) is a highlight (lighter,
        # round: a ball's), never a face; a label or a mark drawn on a shape is neither
        inner, outer = (ma, mb) if ma.sum() <= mb.sum() else (mb, ma)
        if (_grow(_fill(_core(outer)), 2) & inner).sum() >= 0.9 * inner.sum():
            darker = value[i] < value[j] if inner is ma else value[j] < value[i]
            if darker or not _glint_of(inner, outer):
                continue
        pairs.append((a, b))
    return pairs


def _rings(ring: np.ndarray, other: np.ndarray) -> bool:
    """Whether ``ring`` is a ring (its holes hold as much as it does) whose inside (what is left after an
    erosion by 2 px) surrounds most of ``other``."""
    if ring.sum() >= 0.6 * _fill(ring).sum():
        return False
    core = _core(ring)
    return bool(core.any() and (_fill(core) & other).sum() >= 0.5 * other.sum())


def _core(mask: np.ndarray) -> np.ndarray:
    """The mask eroded by 2 px: a face's inside, without the thin edge lines it may have taken in."""
    import cv2

    return cv2.erode(mask.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0


def _glint_of(spot: np.ndarray, ball: np.ndarray) -> bool:
    """Whether ``spot`` has a glint's shape and place on ``ball``: a solid ellipse (not a letter: a label's; nor a
    crescent: the paper left between a marker's fill and its outline), away from the ball's middle (a highlight is
    where the light falls; a dot in the middle is a drawn eye or a target) and from its rim (0.85 of its radius)."""
    ys, xs = np.nonzero(spot)
    by, bx = np.nonzero(_fill(ball))
    radius = np.sqrt(len(bx) / np.pi)
    reach = np.hypot(xs - bx.mean(), ys - by.mean())
    inside = reach.mean() >= 0.2 * radius and reach.max() <= 0.85 * radius
    solid = len(xs) >= 0.9 * _fill(spot).sum()  # no hole: a letter "o" is no glint
    if not (inside and solid and len(xs) >= 4):
        return False
    overlap, aspect = ellipse_overlap(spot)
    return overlap >= 0.75 and aspect >= 0.3  # (a bar, a letter "I", is no glint)


def _groups(count: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    """Connected groups of the pairs' graph over ``count`` nodes (each of two or more)."""
    parent = list(range(count))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in pairs:
        parent[root(a)] = root(b)
    paired = {k for pair in pairs for k in pair}
    groups: dict[int, list[int]] = {}
    for k in sorted(paired):
        groups.setdefault(root(k), []).append(k)
    return [members for members in groups.values() if len(members) >= 2]


def _fill(mask: np.ndarray) -> np.ndarray:
    """The mask with its holes filled."""
    import cv2

    contours, _ = cv2.findContours(mask.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    filled = np.zeros(mask.shape, np.uint8)
    cv2.drawContours(filled, contours, -1, 1, -1)
    return filled > 0


def union(masks: Sequence[np.ndarray], gap: int = CONTACT_GAP) -> np.ndarray:
    """The masks joined into one silhouette: the gaps up to ``gap`` pixels wide between them (edge lines) and
    the holes inside closed."""
    import cv2

    joined = np.logical_or.reduce(list(masks))
    kernel = np.ones((2 * gap + 1, 2 * gap + 1), np.uint8)
    closed = cv2.morphologyEx(np.pad(joined, gap + 1).astype(np.uint8), cv2.MORPH_CLOSE, kernel) > 0
    return _fill(closed[gap + 1 : -gap - 1, gap + 1 : -gap - 1] | joined)


# ---- silhouettes and faces ---------------------------------------------------------------------------------------


def _contour(mask: np.ndarray) -> np.ndarray:
    """The mask's outer contour as (n, 2) float x, y points."""
    import cv2

    contours, _ = cv2.findContours(mask.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    return max(contours, key=cv2.contourArea)[:, 0, :].astype(np.float64)


def _distances_to_polygon(points: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """Each point's distance to the nearest side of the closed polygon ``corners``."""
    start, end = corners, np.roll(corners, -1, axis=0)
    edge = end - start
    t = ((points[:, None] - start[None]) * edge[None]).sum(2) / np.maximum((edge**2).sum(1), 1e-9)[None]
    nearest = start[None] + np.clip(t, 0, 1)[..., None] * edge[None]
    return np.linalg.norm(points[:, None] - nearest, axis=2).min(1)


def polygon_misfit(mask: np.ndarray, sides: int) -> float:
    """How far (RMS, as a share of the square root of the area) the mask's outline lies from the best convex
    polygon of ``sides`` sides around it (inf when none fits)."""
    import cv2

    points = _contour(mask)
    hull = cv2.convexHull(points.astype(np.float32))
    try:
        corners = cv2.approxPolyN(hull, sides, epsilon_percentage=-1.0, ensure_convex=True).reshape(-1, 2)
    except cv2.error:
        return float("inf")
    if len(corners) != sides:
        return float("inf")
    misfit = float(np.sqrt(np.mean(_distances_to_polygon(points, corners.astype(np.float64)) ** 2)))
    return misfit / np.sqrt(max(1.0, float(mask.sum())))


def corners(mask: np.ndarray, tolerance: float = 0.035) -> int:
    """The fewest sides (3 to 6) of a convex polygon that fits the mask's outline within ``tolerance`` (RMS over
    the square root of its area), or 0 when none does (a round or ragged region)."""
    for sides in range(3, 7):
        if polygon_misfit(mask, sides) <= tolerance:
            return sides
    return 0


def ellipse_overlap(mask: np.ndarray) -> tuple[float, float]:
    """The intersection over union of the mask and the ellipse fitted to its outline, and that ellipse's minor
    over major axis."""
    import cv2

    points = _contour(mask)
    if len(points) < 6:
        return 0.0, 0.0
    (cx, cy), (a, b), angle = cv2.fitEllipseDirect(points.astype(np.float32))
    if min(a, b) <= 0 or max(a, b) > 4 * max(mask.shape):
        return 0.0, 0.0
    drawn = np.zeros(mask.shape, np.uint8)
    cv2.ellipse(drawn, ((cx, cy), (a, b), angle), 1, -1)
    inside = drawn > 0
    overlap = float((inside & mask).sum()) / max(1, int((inside | mask).sum()))
    return overlap, float(min(a, b) / max(a, b))


def _profile(mask: np.ndarray, axis: int, last: bool) -> np.ndarray:
    """For each column (axis 0) or row (axis 1) holding some of the mask, the last (or first) row (column) of it."""
    held = mask.any(axis=axis)
    lines = mask if axis == 0 else mask.T
    index = lines.shape[0] - 1 - np.argmax(lines[::-1], axis=0) if last else np.argmax(lines, axis=0)
    return index[held].astype(np.float64)


def edge_profile(mask: np.ndarray, lab: np.ndarray) -> np.ndarray:
    """The silhouette's bottom edge at sub-pixel precision, for each column holding some of it: where the column's
    colours go from the inside's to the outside's (three pixels below the mask's last pixel), read from how much
    of that step each pixel between has taken (an antialiased edge's blend). The inside's colour is the one of
    the last three pixels that stands out most from the outside (a drawn edge line's, else the fill's two pixels
    in). Columns that end in the silhouette's upper half (a part sticking out sideways) are left out. ``lab``: the
    CIELAB pixels of the mask's window. (The top edge is the bottom edge of both flipped upside down.)

    >>> lab = np.zeros((12, 6, 3)); lab[:5, :, 0] = 50.0; lab[5, :, 0] = 20.0  # a step at 5.4
    >>> edge_profile(lab[..., 0] > 30, lab).round(2).tolist()
    [5.4, 5.4, 5.4, 5.4, 5.4, 5.4]
    """
    columns = np.flatnonzero(mask.any(axis=0))
    height = mask.shape[0]
    last = height - 1 - np.argmax(mask[::-1, columns], axis=0)
    rows = np.flatnonzero(mask.any(axis=1))
    lower = last >= (rows[0] + rows[-1]) / 2  # a column ending in the upper half is a part sticking out (a lid)
    columns, last = columns[lower], last[lower]

    def at(rows: np.ndarray) -> np.ndarray:
        return lab[np.clip(rows, 0, height - 1), columns].astype(np.float64)

    outside = at(last + 3)
    near = np.stack([at(last - k) - outside for k in (2, 1, 0)])  # (3, columns, 3)
    strongest = np.linalg.norm(near, axis=2).argmax(axis=0)
    step = near[strongest, np.arange(len(columns))]
    norm = np.maximum((step * step).sum(axis=1), 1e-6)
    edge = last - 1.0
    for offset in range(-1, 3):
        edge = edge + np.clip(((at(last + offset) - outside) * step).sum(axis=1) / norm, 0.0, 1.0)
    return edge


def _polyline_misfit(values: np.ndarray, knots: int) -> float:
    """RMS of the best continuous piecewise-linear fit with ``knots`` corners (1 or 2, on a grid of places) to
    ``values``, all candidate fits solved at once."""
    n = len(values)
    x = np.arange(n, dtype=np.float64)
    grid = np.unique(np.linspace(2, n - 3, min(24, max(1, n - 4))).round())
    if knots == 1:
        places = grid[:, None]
    else:
        first, second = np.meshgrid(grid, grid, indexing="ij")
        chosen = second > first + 1
        places = np.stack([first[chosen], second[chosen]], axis=1)
    if len(places) == 0:
        return float("inf")
    hinges = np.maximum(0.0, x[None, :, None] - places[:, None, :])  # (fits, n, knots)
    basis = np.concatenate([np.broadcast_to(np.stack([np.ones(n), x], 1), (len(places), n, 2)), hinges], axis=2)
    gram = basis.transpose(0, 2, 1) @ basis + 1e-9 * np.eye(basis.shape[2])
    fit = np.linalg.solve(gram, (basis.transpose(0, 2, 1) @ values)[..., None])[..., 0]
    misfit = np.sqrt((((basis @ fit[..., None])[..., 0] - values) ** 2).mean(axis=1))
    return float(misfit.min())


def _arc_fit(values: np.ndarray, u: np.ndarray) -> tuple[float, float]:
    """The best half-ellipse fit to a profile of ``values`` at ``u`` (-1 to 1 across the ellipse's width): its RMS
    misfit and its depth (the half ellipse's height; positive where the middle lies further down the profile's
    axis than the ends, 0 for a straight edge)."""
    basis = np.stack([np.ones(len(u)), np.sqrt(np.maximum(0.0, 1.0 - u**2))], axis=1)
    fit, *_ = np.linalg.lstsq(basis, values, rcond=None)
    return float(np.sqrt(np.mean((basis @ fit - values) ** 2))), float(fit[1])


EDGE_FLOOR = 0.1
"""Pixels: how well a sub-pixel edge profile is known at best (misfits are compared from this floor up)."""


@dataclass(frozen=True)
class EdgeFit:
    """How a silhouette's top or bottom edge is drawn: ``arc``, the misfit of a half ellipse as wide as the
    silhouette, over its width (0.01 and under: a cone's or cylinder's base); ``lines``, the misfits of straight
    lines meeting at one corner and at two, each over the arc's (under 1: straighter than round); ``bulge``, how
    far that half ellipse bulges out of the silhouette, over its width (a cone's base 0.14, a straight edge 0)."""

    arc: float
    lines: tuple[float, float]
    bulge: float = 0.0


BULGE = 0.06
"""An edge bulging out by this share of its width or more is round (a cone's or cylinder's base, 0.12-0.16 wide);
less, a straight edge a half ellipse fits as well as a line (a triangle's base)."""


def edge_fit(profile: np.ndarray) -> EdgeFit:
    """:class:`EdgeFit` of an edge profile (:func:`edge_profile`), its outermost 2% at each end left out (where
    the edge turns into the sides, on partly covered columns)."""
    n = len(profile)
    trim = max(1, int(0.02 * n))
    values = profile[trim : n - trim]
    if len(values) < 8:
        return EdgeFit(1.0, (1.0, 1.0), 0.0)
    u = ((np.arange(n, dtype=np.float64) + 0.5) / n * 2.0 - 1.0)[trim : n - trim]
    arc, depth = _arc_fit(values, u)
    lines = tuple(max(_polyline_misfit(values, k), EDGE_FLOOR) / max(arc, EDGE_FLOOR) for k in (1, 2))
    return EdgeFit(arc / n, lines, depth / n)  # type: ignore[arg-type]


def top_width(mask: np.ndarray, share: float = 0.15) -> float:
    """The silhouette's widest row in its top ``share`` of rows, as a share of its width: near 0 under an apex
    (a cone, a pyramid), near 1 under a flat or round top."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    height, width = rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1
    top = mask[rows[0] : rows[0] + max(1, int(round(share * height)))]
    return float(top.sum(axis=1).max()) / width


def straight_sides(mask: np.ndarray) -> bool:
    """Whether the silhouette's left and right edges are vertical over its middle 60% of rows (a cylinder's body):
    each within 1.5 px (or 4% of the width) of a vertical line, the width there all but constant (an ellipse's
    narrows by a fifth)."""
    rows = np.flatnonzero(mask.any(axis=1))
    width = np.ptp(np.flatnonzero(mask.any(axis=0))) + 1
    height = np.ptp(rows) + 1
    middle = mask[rows[0] + int(0.2 * height) : rows[0] + int(np.ceil(0.8 * height))]
    middle = middle[middle.any(axis=1)]
    if len(middle) < 4:
        return False
    left, right = _profile(middle.T, 0, False), _profile(middle.T, 0, True)
    slack = max(1.5, 0.04 * width)
    across = right - left + 1
    return bool(np.ptp(left) <= slack and np.ptp(right) <= slack and across.min() >= 0.93 * across.max())


def shading(lab: np.ndarray, mask: np.ndarray, inset: int = 2) -> tuple[float, float]:
    """How a region's lightness varies over its inside (the mask eroded by ``inset`` px: its antialiased edge and
    any drawn outline left out): the 5th-95th percentile range (CIELAB L), and the share of its variance a smooth
    surface (quadratic in x, y) explains."""
    import cv2

    inside = cv2.erode(mask.astype(np.uint8), np.ones((2 * inset + 1, 2 * inset + 1), np.uint8)) > 0
    if inside.sum() < 30:
        return 0.0, 0.0
    ys, xs = np.nonzero(inside)
    values = lab[ys, xs, 0].astype(np.float64)
    low, high = np.percentile(values, [5, 95])
    scale = max(1.0, float(max(np.ptp(xs), np.ptp(ys))))
    u, v = (xs - xs.mean()) / scale, (ys - ys.mean()) / scale
    basis = np.stack([np.ones_like(u), u, v, u * u, u * v, v * v], axis=1)
    fit, *_ = np.linalg.lstsq(basis, values, rcond=None)
    variance = float(values.var())
    explained = 1.0 - float(((basis @ fit - values) ** 2).mean()) / variance if variance > 1e-9 else 0.0
    return float(high - low), explained


def glint(lab: np.ndarray, mask: np.ndarray, colour_lab: np.ndarray, others: np.ndarray | None = None) -> bool:
    """Whether the region has a glint: a spot in it much lighter than its colour, most of the way to white
    (:data:`GLINT_LIFT`), or a hole in it (the background showing through a white highlight), with a glint's shape
    and place (:func:`_glint_of`), its spots together under a sixth of its filled area, the glint three quarters
    of those of such shape (a second dot at most beside it: no label's letters), 80% of it much lighter than its
    colour. ``others``: where other regions lie (a shape drawn inside it is no glint)."""
    import cv2

    filled = _fill(mask)
    spots = filled & ~mask
    area = int(filled.sum())
    colour = np.asarray(colour_lab, dtype=np.float64)
    lift = _lifted(lab, colour)
    if lift is not None:
        spots |= _core(filled) & (lift >= GLINT_LIFT)
    if others is not None:
        spots &= ~others
    if spots.sum() < max(3, 0.005 * area) or spots.sum() > area / 6:
        return False
    count, labels, stats, _ = cv2.connectedComponentsWithStats(spots.astype(np.uint8), connectivity=8)
    found = [labels == k for k in range(1, count) if _glint_of(labels == k, filled)]  # (not gaps along an edge)
    if not found:
        return False
    sizes = [int(spot.sum()) for spot in found]
    if max(sizes) < 0.75 * sum(sizes):  # spots of like sizes side by side: a label's letters, no glint
        return False
    ys, xs = np.nonzero(found[int(np.argmax(sizes))])
    light = lab[ys, xs, 0] >= colour[0] + 15.0
    return bool(light.mean() >= 0.8)  # all of it light (a letter's loop holds the shape's colour, or another's)


def _lifted(lab: np.ndarray, colour_lab: np.ndarray) -> np.ndarray | None:
    """How far each pixel goes from ``colour_lab`` toward white (0 to 1), or None for a colour near white (no room
    for a lighter spot to show)."""
    colour = np.asarray(colour_lab, dtype=np.float64)
    toward = np.array([100.0, 0.0, 0.0]) - colour
    reach = float(toward @ toward)
    return None if reach < 15.0**2 else (lab.astype(np.float64) - colour) @ toward / reach


def light_writing(lab: np.ndarray, mask: np.ndarray, colour_lab: np.ndarray) -> np.ndarray:
    """The strokes of a light label written on a fill that its region kept (white "25" on a purple box): the spots
    inside it most of the way to white (:data:`GLINT_LIFT`) that, left out of the mask, are letters
    (:func:`~nsvr.tools.lettering.letter_holes`: thin strokes, or holes in a row), covering no more than
    :data:`LABEL_INK` of it. A glint is one round spot."""
    lift = _lifted(lab, colour_lab)
    if lift is None:
        return np.zeros(mask.shape, dtype=bool)
    filled = _fill(mask)
    light = _core(filled) & (lift >= GLINT_LIFT)
    if light.sum() < 8:
        return np.zeros(mask.shape, dtype=bool)
    letters = letter_holes(mask & ~light, specks=False)
    # a label's ink is a small share of its shape; light squares or stripes over much of it are a pattern's
    return letters if letters.sum() <= LABEL_INK * filled.sum() else np.zeros(mask.shape, dtype=bool)


LABEL_INK = 0.15
"""The largest share of a shape's area the light strokes of a label written on it cover (a white "25" on a box
covers 3-6%; a checkered fill's light squares half)."""


GLINT_LIFT = 0.55
"""How far from a region's colour toward white (0 to 1) a spot's pixels go at least to be a highlight: a ball's
glint or specular highlight goes most of the way, a flat fill shaded lighter a quarter or a third."""


# ---- naming --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Look:
    """What a group of faces looks like: its silhouette's measures and its faces'."""

    round: float  # intersection over union of the silhouette and its fitted ellipse
    aspect: float  # that ellipse's minor over major axis (a ball's silhouette is a circle: 1)
    apex: float  # :func:`top_width`
    bottom: EdgeFit  # of the bottom edge
    top: EdgeFit  # of the top edge
    sides: bool  # :func:`straight_sides`
    outline: int  # :func:`corners` of the silhouette
    faces: tuple[int, ...]  # :func:`corners` of each face
    cap: bool  # a face is an ellipse across the top (a cylinder's)
    size: int = 0  # the silhouette's width (px)
    highlight: float = 0.0  # :func:`whiteness` of the silhouette's inside
    solidity: float = 1.0  # the silhouette's area over its convex hull's
    spans: float = 1.0  # the least share of the silhouette's height a face (a tenth of it or more) spans


def whiteness(lab: np.ndarray, mask: np.ndarray, colour: np.ndarray) -> float:
    """How far the lightest pixels inside a silhouette (the 98th percentile, a sixth of its radius or more in from
    its edge: not the paper between a marker's fill and its outline, nor an edge's blend with a white background)
    go from its ``colour`` (CIELAB) toward white: 0 none lighter, 1 white. A ball's specular highlight or glint goes
    most of the way (0.6-1), a shaded fill's lighter end a quarter."""
    import cv2

    depth = cv2.distanceTransform(np.pad(mask, 1).astype(np.uint8), cv2.DIST_L2, 3)[1:-1, 1:-1]
    inside = depth >= max(2.5, np.sqrt(mask.sum() / np.pi) / 6)
    if inside.sum() < 12:
        return 0.0
    lift = _lifted(lab[inside], colour)
    return 0.0 if lift is None else float(np.percentile(lift, 98))


SMALL = 24
"""Pixels: a silhouette narrower than this shows its base's curve or corners too faintly to tell a cone from a
pyramid surely."""


def _is_cap(face: np.ndarray, rows: np.ndarray, width: int) -> bool:
    """Whether a face is a cylinder's top: an ellipse (not a parallelogram: a cube's lid) at least 0.8 of the
    silhouette's ``width`` across, lying flat in the top half of its ``rows``."""
    fy = np.flatnonzero(face.any(axis=1))
    fx = np.flatnonzero(face.any(axis=0))
    across = np.ptp(fx) + 1
    height = np.ptp(rows) + 1
    if across < 0.8 * width or np.ptp(fy) + 1 > 0.6 * across:
        return False
    if fy[0] - rows[0] > max(2, 0.08 * height) or fy[-1] - rows[0] > 0.5 * height:
        return False
    filled = _fill(face)
    return ellipse_overlap(filled)[0] >= 0.85 and polygon_misfit(filled, 4) >= 0.045


def solidity(mask: np.ndarray) -> float:
    """The mask's area over its convex hull's (1 for a convex silhouette; every solid's is, seen whole)."""
    import cv2

    hull = cv2.convexHull(_contour(mask).astype(np.float32))
    return float(cv2.contourArea(_contour(mask).astype(np.float32))) / max(1.0, float(cv2.contourArea(hull)))


def look(silhouette: np.ndarray, faces: Sequence[np.ndarray], lab: np.ndarray, colour: np.ndarray) -> Look:
    """The measures of a silhouette and its faces (masks of one window, whose CIELAB pixels are ``lab``; the
    solid's colour, its middle shade, is ``colour``, CIELAB) that :func:`name_solid` reads."""
    rows = np.flatnonzero(silhouette.any(axis=1))
    width = int(np.ptp(np.flatnonzero(silhouette.any(axis=0)))) + 1
    overlap, aspect = ellipse_overlap(silhouette)
    return Look(
        round=overlap,
        aspect=aspect,
        apex=top_width(silhouette),
        bottom=edge_fit(edge_profile(silhouette, lab)),
        top=edge_fit(edge_profile(silhouette[::-1], lab[::-1])),
        sides=straight_sides(silhouette),
        outline=corners(silhouette),
        faces=tuple(corners(_fill(face)) for face in faces),
        cap=len(faces) >= 2 and any(_is_cap(face, rows, width) for face in faces if face.sum() >= 12),
        size=width,
        highlight=whiteness(lab, silhouette, colour),
        solidity=solidity(silhouette),
        spans=min(
            float(np.ptp(np.flatnonzero(face.any(axis=1))) + 1) / (np.ptp(rows) + 1)
            for face in faces
            if face.sum() >= 0.1 * silhouette.sum() or face is faces[0]
        ),
    )


ROUND = 0.95
"""Intersection over union with its fitted ellipse from which a silhouette with no corners is a ball's (a cube's
hexagon reaches 0.94)."""
ROUNDER = 0.965
"""Intersection over union with its fitted ellipse from which a silhouette is a disc even where a polygon of six
corners fits it too (a small one's outline, on the pixel grid; a cube's hexagon stays under 0.96)."""
APEX = 0.32
"""A silhouette whose top 15% of rows are at most this share of its width rises to an apex (cones and pyramids
0.12-0.31, an isometric cube's hexagon 0.35 and more)."""
HIGHLIGHT = 0.45
"""A ball's silhouette shows a highlight at least this far (:func:`whiteness`) from its colour toward white (its
specular highlight or glint): a disc shaded only a little lighter and darker is a shaded circle, a flat figure."""
ROUND_BASE = 0.022
"""A half ellipse fits a cone's or cylinder's base within this share of its width (a cube's cornered base leaves
0.024 and more)."""
CORNERED_BASE = 0.0115
"""The misfit of a half ellipse (over the width) at which a base under an apex is as likely a pyramid's (its
straight edges) as a cone's (its round base): cones leave 0.0005-0.011, pyramids 0.011-0.2."""
CORNERED_LINES = 0.4
"""The misfit of two straight lines meeting at two corners, over the half ellipse's, at which a base under an
apex is as likely a pyramid's as a cone's (pyramids 0.05-0.35, cones 0.4-4)."""


CONVEX = 0.88
"""A solid's silhouette (seen whole) is convex: its area this share of its convex hull's or more (a small
pyramid's, its apex on the pixel grid, 0.9; two shapes overlapping leave notches)."""
SMALLEST = 12
"""Pixels: a silhouette narrower than this is too small to show a solid's faces and edges."""


def _sure(evidence: float) -> float:
    """A confidence from log-odds-like evidence: 0.9 from 0.7 on, 0.75 from 0.3, else 0.6."""
    return 0.9 if abs(evidence) >= 0.7 else 0.75 if abs(evidence) >= 0.3 else 0.6


def name_solid(seen: Look) -> tuple[str, float, str | None] | None:
    """The solid a :class:`Look` of shaded faces shows (two shades or more, or one region's smooth shading, or a
    glint), how sure, and the other solid it may be (None: only the flat figure), or None for none:

    - a round silhouette (a circle, not a long ellipse) with no corners (or with a round top and base), lit by a
      near-white highlight or glint (:data:`HIGHLIGHT`), is a sphere;
    - an apex over a round base (a half ellipse fits it: :data:`CORNERED_BASE`, and better than straight lines
      meeting at two corners: :data:`CORNERED_LINES`; three triangular faces count for a pyramid, two over no
      corner for a cone) is a cone; over straight lines, with two faces or more (not all four-sided, each from the
      apex to the base), a pyramid (each the other's runner-up; 0.75 at most under :data:`SMALL` px);
    - straight sides on a round base under a cylinder's top (an elliptical face across the top, or a round top)
      are a cylinder;
    - faces with four corners (one at least, two for a sure one) in a silhouette of four to six corners (or of
      no clear polygon: edge lines blur a small one's), on a cornered base, are a cube."""
    faces = len(seen.faces)
    bottom, top = seen.bottom, seen.top
    if seen.solidity < CONVEX or seen.size < SMALLEST:  # shapes overlapping, or too few pixels to tell
        return None
    if seen.highlight >= HIGHLIGHT and seen.apex > APEX and not seen.cap and seen.aspect >= 0.85:
        if seen.round >= ROUND and (seen.outline == 0 or seen.round >= ROUNDER):
            return "sphere", 0.9, None
        if seen.round >= 0.93 and bottom.arc <= 0.02 and top.arc <= 0.02:
            return "sphere", 0.75, "cylinder" if seen.sides else None
    if seen.apex <= APEX or (seen.apex <= 0.4 and seen.outline != 6):
        if faces >= 2 and seen.spans < 0.65:  # a cone's or a pyramid's faces run from the apex to the base
            return None
        # a pyramid's faces are triangles: four-sided ones under a corner are a cube's, seen from a corner; and its
        # outline is a polygon where it is large enough to show its corners through its edge lines (a triangle over
        # a disc of its hue, 86 px wide, leaves an arc; a 33 px pyramid's dark edges blur its corners)
        pyramid = faces >= 2 and not all(c == 4 for c in seen.faces) and (seen.outline > 0 or seen.size < 2 * SMALL)
        if bottom.bulge < BULGE:  # a straight base: a triangle's, or a pyramid's seen from the front
            return ("pyramid", 0.75, None) if pyramid and bottom.arc <= CORNERED_BASE else None
        evidence = float(np.log(max(bottom.arc, 1e-6) / CORNERED_BASE) - np.log(bottom.lines[1] / CORNERED_LINES))
        triangles = sum(1 for c in seen.faces if c == 3)
        if faces >= 3 and triangles >= 1:  # three faces, triangles: a pyramid's (a cone shows two at most)
            evidence += 0.5 if triangles >= 2 else 0.3
        if faces == 2 and bottom.lines[0] <= 0.25:  # two faces over a base of two straight edges
            evidence += 0.5
        elif faces == 2 and bottom.lines[0] <= 1.3 and bottom.lines[0] >= 0.5:  # two faces over no one corner
            evidence -= 0.5
        sure = min(_sure(evidence), 0.9 if seen.size >= SMALL else 0.75)
        if evidence <= 0:
            return "cone", sure, "pyramid" if pyramid else None
        return ("pyramid", sure, "cone") if pyramid else None
    round_base = bottom.arc <= (1.4 if seen.cap else 1.0) * ROUND_BASE and bottom.bulge >= BULGE
    if seen.sides and round_base and bottom.lines[0] >= 0.5:
        if seen.cap or (top.arc <= 1.4 * ROUND_BASE and top.bulge >= BULGE):
            sure = bottom.arc <= 0.9 * ROUND_BASE and (seen.cap or top.arc <= ROUND_BASE)
            return "cylinder", 0.9 if sure else 0.75, None
    quads = sum(1 for c in seen.faces if c == 4)
    if faces >= 2 and bottom.arc > ROUND_BASE and not seen.cap:
        if quads >= 1 and seen.outline in (4, 5, 6):
            return "cube", 0.9 if quads >= 2 and bottom.arc >= 1.1 * ROUND_BASE else 0.75, None
        if quads >= 2 and seen.outline == 0:
            return "cube", 0.75, None
    return None


# ---- the step the region proposer runs ---------------------------------------------------------------------------


def _has_inside(mask: np.ndarray) -> bool:
    import cv2

    return bool(cv2.erode(mask.astype(np.uint8), np.ones((5, 5), np.uint8)).any())


def middle_shade(colours: np.ndarray, areas: np.ndarray) -> int:
    """Which of a solid's face colours (RGB) is the colour itself, not a lighter or darker shade of it: mixing
    with white lowers a colour's saturation, with black its value, so it is the lightest of the most saturated
    (of a gray solid: the middle lightness, the larger face between two)."""
    colours = np.asarray(colours, dtype=np.float64)
    top, low = colours.max(1), colours.min(1)
    saturation = (top - low) / np.maximum(top, 1e-9)
    lab = _lab(colours)
    if np.hypot(lab[:, 1], lab[:, 2]).max() < NEUTRAL_CHROMA:
        order = np.argsort(lab[:, 0])
        if len(order) % 2:
            return int(order[len(order) // 2])
        pair = order[len(order) // 2 - 1 : len(order) // 2 + 1]
        return int(pair[np.argmax(areas[pair])])
    vivid = np.flatnonzero(saturation >= saturation.max() - 0.08)
    return int(vivid[np.argmax(top[vivid])])


def pure_colour(pixels: np.ndarray) -> np.ndarray:
    """The colour itself among a shaded region's RGB ``pixels`` (n, 3), as :func:`middle_shade` picks it among
    faces: the median of the lightest tenth of its most saturated pixels (those within 0.08 of the 90th
    percentile's saturation): light mixes a colour with white, shade with black."""
    pixels = np.asarray(pixels, dtype=np.float64)
    top = pixels.max(axis=1)
    saturation = (top - pixels.min(axis=1)) / np.maximum(top, 1e-9)
    vivid = pixels[saturation >= np.percentile(saturation, 90) - 0.08]
    value = vivid.max(axis=1)
    return np.median(vivid[value >= np.percentile(value, 90)], axis=0)


def solid_colour(lab: np.ndarray, faces: Sequence[np.ndarray], colours: np.ndarray) -> np.ndarray:
    """The RGB colour a solid is named by: of a coloured one, its pixels' :func:`pure_colour` (inside its faces,
    their antialiased edges left out), so a shaded ball is the colour between its highlight and its shade; of a
    gray one, its faces' :func:`middle_shade` (``colours``, RGB; a gray ball's highlight is no colour of its
    own)."""
    import cv2

    colours = np.asarray(colours, dtype=np.float64).reshape(-1, 3)
    areas = np.array([int(face.sum()) for face in faces])
    middle = colours[middle_shade(colours, areas)] if len(colours) == len(faces) else colours[0]
    inner = np.logical_or.reduce([cv2.erode(f.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0 for f in faces])
    chroma = np.hypot(*_lab(colours)[:, 1:].T)
    if chroma.max() < NEUTRAL_CHROMA or inner.sum() < 12:
        return middle
    return pure_colour(_to_rgb(lab[inner]))


def soft_shades(
    regions: Sequence[Any], lab: np.ndarray, background_lab: np.ndarray, halo: bool = True, pale: bool = False
) -> set[int]:
    """Indexes of the regions that look like soft shadows by themselves: the background's colour darker (its hue
    kept), faint (:data:`SHADOW_FAINT`), with a blurred edge. Blurred: their edge ramps over
    :data:`SHADOW_SOFTNESS` px inside (the pixels under 0.7 of the median depth, per pixel of outline); or, with
    ``halo`` (a thin sliver has no room for a ramp), the background beside them, away from other regions, is still
    darker two pixels out (a drawn fill's antialiased edge is the background's colour there; an edge line drawn
    along a face may not be, so a face may look haloed). With ``pale``, also a region as faint as no drawn fill is
    (:data:`SHADOW_PALE`): a small object's shadow is blurred by a pixel or two only."""
    found: set[int] = set()
    if not regions:
        return found
    boxes = _extents(regions)
    # first by the fills' colours against the background at their middles: most regions are no shade at all
    inks = _lab(np.stack([np.asarray(r.colour, dtype=np.float64) for r in regions]))
    middles = background_lab[(boxes[:, 0] + boxes[:, 2]) // 2, (boxes[:, 1] + boxes[:, 3]) // 2].astype(np.float64)
    darkish = (middles[:, 0] - inks[:, 0] >= 1.0) & (np.hypot(*(inks[:, 1:] - middles[:, 1:]).T) <= 15.0)
    for index in np.flatnonzero(darkish):
        top, left, bottom, right = boxes[index]
        near = (
            (boxes[:, 0] < bottom + 4) & (boxes[:, 2] > top - 4) & (boxes[:, 1] < right + 4) & (boxes[:, 3] > left - 4)
        )
        near[index] = False
        origin, masks = _canvas(regions, [int(index), *np.flatnonzero(near).tolist()], pad=3)
        mask = masks[0]
        here = _lab_window(lab, origin, mask.shape).astype(np.float64)
        ground = _lab_window(background_lab, origin, mask.shape).astype(np.float64)
        darker = float(np.median(ground[mask][:, 0] - here[mask][:, 0]))
        tint = float(np.hypot(*(np.median(here[mask][:, 1:], axis=0) - np.median(ground[mask][:, 1:], axis=0))))
        if not SHADOW_DARKER[0] <= darker <= SHADOW_DARKER[1] or tint > 10.0:
            continue
        depth = np.linalg.norm(here - ground, axis=-1)
        deepest = float(np.percentile(depth[mask], 75))  # (its blends with a darker neighbour are deeper still)
        if deepest > SHADOW_FAINT:
            continue
        typical = float(np.median(depth[mask]))
        ramp = float((depth[mask] < 0.7 * typical).sum()) / max(1, int(_edge(mask).sum()))
        ring = _grow(mask, 2) & ~_grow(mask, 1)
        if len(masks) > 1:  # not beside another region (its edge's blend)
            ring &= ~_grow(np.logical_or.reduce(masks[1:]), 2)
        beside = depth[ring][depth[ring] <= deepest]
        around = float(np.median(beside)) if len(beside) >= 8 else 0.0
        if (
            ramp >= SHADOW_SOFTNESS
            or (halo and around >= max(2.5, 0.15 * deepest))
            or (pale and typical <= SHADOW_PALE)
        ):
            found.add(int(index))
    return found


def _under(regions: Sequence[Any], boxes: np.ndarray, index: int, group: Sequence[int]) -> bool:
    """Whether region ``index`` lies against the bottom of the object made of ``group`` as its shadow would: under
    its lower quarter, reaching at least as low, at most half as tall, overlapping it sideways, within
    :data:`SHADOW_GAP` of it."""
    top, left, bottom, right = boxes[index]
    o_top, o_left = boxes[group, 0].min(), boxes[group, 1].min()
    o_bottom, o_right = boxes[group, 2].max(), boxes[group, 3].max()
    beside = min(right, o_right) - max(left, o_left) >= 0.3 * (right - left)
    below = (top + bottom) / 2 >= (o_top + 3 * o_bottom) / 4 and bottom >= o_bottom
    flat = bottom - top <= 0.5 * (o_bottom - o_top)
    if not (beside and below and flat):
        return False
    _, masks = _canvas(regions, [index, *group], pad=SHADOW_GAP + 1)
    return bool((_edge(masks[0]) & _grow(np.logical_or.reduce(masks[1:]), SHADOW_GAP)).any())


def soft_shadows(
    regions: Sequence[Any], lab: np.ndarray, background_lab: np.ndarray, objects: Sequence[Sequence[int]] = ()
) -> set[int]:
    """Indexes of the regions that are soft drop shadows (:func:`soft_shades`) lying against the bottom of a
    larger object (the shadow an object casts on the ground under it: :func:`_under`). ``objects``: groups of
    regions that are one object (a solid's faces); every other region is one alone."""
    shades = soft_shades(regions, lab, background_lab, pale=True)
    shades -= {k for group in objects if len(group) > 1 for k in group}
    if not shades or len(regions) < 2:
        return set()
    boxes = _extents(regions)
    areas = np.array([int(r.mask.sum()) for r in regions])
    held = {k for group in objects for k in group}
    groups = [list(group) for group in objects] + [[k] for k in range(len(regions)) if k not in held]
    found = set()
    for index in sorted(shades):
        for group in groups:
            if index not in group and areas[group].sum() >= 1.5 * areas[index]:
                if _under(regions, boxes, index, group):
                    found.add(index)
                    break
    return found


def shadow_part(region: Any, lab: np.ndarray, background_lab: np.ndarray) -> np.ndarray | None:
    """The part of a region (a mask in its window) that is a drop shadow the region proposer joined to the object
    casting it. Either a soft shadow too faint to be a colour of its own: its pixels the background's colour
    darker (hue kept, within :data:`SHADOW_DARKER` and :data:`SHADOW_FAINT`) and far from the region's own colour,
    one connected part of at least a twentieth of the region, in its bottom (reaching its bottom row, its middle
    below the region's by a quarter of the region's height), the rest a larger region with an inside. Or a cast
    one (:func:`_cast_part`). None where there is none."""
    import cv2

    mask = region.mask
    here = lab[region.window].astype(np.float64)
    ground = background_lab[region.window].astype(np.float64)
    depth = np.linalg.norm(here - ground, axis=-1)
    darker = ground[..., 0] - here[..., 0]
    tint = np.hypot(*np.moveaxis(here[..., 1:] - ground[..., 1:], -1, 0))
    own = _lab(np.asarray(region.colour, dtype=np.float64))
    away = np.linalg.norm(here - own, axis=-1)
    shade = mask & (darker >= SHADOW_DARKER[0]) & (depth <= SHADOW_FAINT) & (tint <= 8.0)
    shade &= away >= 20.0
    shade = cv2.morphologyEx(shade.astype(np.uint8), cv2.MORPH_OPEN, np.ones((3, 3), np.uint8)) > 0
    area = int(mask.sum())
    if shade.sum() < max(20, 0.05 * area):
        return _cast_part(mask, darker, tint, away, here)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(shade.astype(np.uint8), connectivity=8)
    part = labels == 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    rows = np.flatnonzero(mask.any(axis=1))
    part_rows = np.flatnonzero(part.any(axis=1))
    height = rows[-1] - rows[0] + 1
    if part.sum() < max(20, 0.05 * area) or part_rows[-1] < rows[-1] - 1:
        return _cast_part(mask, darker, tint, away, here)
    if np.nonzero(part)[0].mean() < np.nonzero(mask)[0].mean() + 0.25 * height:
        return _cast_part(mask, darker, tint, away, here)
    rest = mask & ~part
    if rest.sum() < 0.5 * area or not _has_inside(rest):
        return _cast_part(mask, darker, tint, away, here)
    return part


CAST_OWN = 5.0
"""Delta E from a region's own colour from which its pixels may be the shadow it casts (a gray shape's shadow is
gray too, a shade or two apart)."""
CAST_DEEP = 60.0
"""CIELAB lightness by which a cast shadow may darken the background (black at alpha 0.55 on white: 52)."""
CAST_COVER = 0.85
CAST_FLAT = 1.5
"""Delta E (median from the median) within which the colour of a shape casting a hard-to-see shadow is flat."""
"""Share of a cast shadow's pixels that the rest of the region, moved down and right, covers."""


def _cast_part(
    mask: np.ndarray, darker: np.ndarray, tint: np.ndarray, away: np.ndarray, here: np.ndarray
) -> np.ndarray | None:
    """The part of a region that is the shadow it casts down and to the right (a drop shadow: the shape's own
    outline, moved a few pixels): pixels of the background's hue, darker (up to :data:`CAST_DEEP`), unlike the
    region's own colour (:data:`CAST_OWN`), in one connected part outside the rest, which, moved by an offset of
    at most a quarter of its size (both steps down and right, one of them at least 2 px), covers
    :data:`CAST_COVER` of it; the rest a larger region with an inside, of a flat colour (:data:`CAST_FLAT`; a
    gradient's darker end is no shadow). None where there is none."""
    import cv2

    area = int(mask.sum())
    shade = mask & (darker >= SHADOW_DARKER[0]) & (darker <= CAST_DEEP) & (tint <= 8.0) & (away >= CAST_OWN)
    shade = cv2.morphologyEx(shade.astype(np.uint8), cv2.MORPH_OPEN, np.ones((3, 3), np.uint8)) > 0
    if shade.sum() < max(15, 0.04 * area):
        return None
    count, labels, stats, _ = cv2.connectedComponentsWithStats(shade.astype(np.uint8), connectivity=8)
    part = labels == 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    if part.sum() < max(15, 0.04 * area):
        return None
    rest = mask & ~part
    count, labels, stats, _ = cv2.connectedComponentsWithStats(rest.astype(np.uint8), connectivity=8)
    if count < 2:
        return None
    rest = labels == 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    if rest.sum() < 0.5 * area or not _has_inside(rest):
        return None
    # a shadow lies along the outside of its shape, never within it (a flat fill's noise, a darker detail)
    if (part & _fill(rest)).sum() > 0.2 * part.sum():
        return None
    colours = here[rest]
    if float(np.median(np.linalg.norm(colours - np.median(colours, axis=0), axis=1))) > CAST_FLAT:
        return None
    ys, xs = np.nonzero(rest)
    reach = max(2, int(0.25 * min(ys.max() - ys.min() + 1, xs.max() - xs.min() + 1)))
    grown = cv2.dilate(rest.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0  # a soft shadow's blur
    py, px = np.nonzero(part)
    height, width = mask.shape
    for dy in range(0, reach + 1):
        for dx in range(0, reach + 1):
            if max(dy, dx) < 2:
                continue
            rows, cols = py - dy, px - dx
            inside = (rows >= 0) & (cols >= 0) & (rows < height) & (cols < width)
            covered = np.zeros(len(py), dtype=bool)
            covered[inside] = grown[rows[inside], cols[inside]]
            if covered.mean() >= CAST_COVER:
                return part
    return None


def without_shadow_parts(regions: list[Any], lab: np.ndarray, background_lab: np.ndarray) -> list[Any]:
    """``regions``, each with the soft shadow joined to it (:func:`shadow_part`) cut away (and what the cut leaves
    apart of the rest but its largest piece)."""
    import cv2

    kept = []
    for region in regions:
        part = shadow_part(region, lab, background_lab) if _has_inside(region.mask) else None
        if part is not None:
            rest = (region.mask & ~part).astype(np.uint8)
            count, labels, stats, _ = cv2.connectedComponentsWithStats(rest, connectivity=8)
            kept_mask = labels == 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
            region = replace(region, mask=kept_mask, shade=region.mask & ~kept_mask)
        kept.append(region)
    return kept


def _lab_window(lab: np.ndarray, origin: tuple[int, int], shape: tuple[int, int]) -> np.ndarray:
    """The CIELAB pixels of a window at ``origin`` of ``shape`` (its part beyond the image: the nearest edge's)."""
    (top, left), (height, width) = origin, shape
    rows = np.clip(np.arange(top, top + height), 0, lab.shape[0] - 1)
    cols = np.clip(np.arange(left, left + width), 0, lab.shape[1] - 1)
    return lab[np.ix_(rows, cols)]


def _stroke(mask: np.ndarray) -> bool:
    """A ring around something (its holes hold more than it does) or a thin arc: a drawn outline, never a face."""
    import cv2

    area = int(mask.sum())
    perimeter = max(1.0, float(cv2.arcLength(_contour(mask).astype(np.float32).reshape(-1, 1, 2), True)))
    compact = 4 * np.pi * area / perimeter**2
    return area < 0.6 * int(_fill(mask).sum()) or (compact < 0.25 and area / perimeter <= 3.0)


def shade_split(mask: np.ndarray, lab: np.ndarray) -> list[np.ndarray]:
    """The faces of one region that holds two flat shades of one colour (close enough that the region proposer
    kept them together: a cylinder's lighter top on its body): the region's inside, split in two by lightness,
    shades of one colour (:func:`shades_of_one_colour`; a fill and its black outline are not), each part of one flat
    tone (its spread, robustly measured, under a fifth of the step between them, the step at
    least :data:`SHADE_STEP`, each at least a twentieth and 20 pixels), and each pixel given to the nearer tone;
    the connected pieces of each tone of 20 pixels or more that keep some inside after an erosion by 1 px. None
    (an empty list) for a flat fill, a smooth gradient, or a fill in an outline of its own colour, darker (the
    darker tone a band along the edge, or a ring around the rest)."""
    import cv2

    core = cv2.erode(mask.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    values = lab[core]
    if len(values) < 60:
        return []
    lightness = values[:, 0]
    low, high = np.percentile(lightness, [10, 90])
    for _ in range(8):  # two-means on lightness
        cut = (low + high) / 2
        darker, lighter = lightness[lightness < cut], lightness[lightness >= cut]
        if len(darker) == 0 or len(lighter) == 0:
            return []
        low, high = float(darker.mean()), float(lighter.mean())
    step = high - low
    smaller = min(len(darker), len(lighter))
    spread = max(_mad(darker), _mad(lighter))
    if step < SHADE_STEP or smaller < max(20, 0.05 * len(lightness)) or spread > 0.2 * step:
        return []
    tones = np.stack([np.median(values[lightness < cut], axis=0), np.median(values[lightness >= cut], axis=0)])
    if not shades_of_one_colour(_to_rgb(tones))[0, 1]:  # a fill and its drawn outline of another colour
        return []
    nearest = np.linalg.norm(lab[..., None, :] - tones, axis=-1).argmin(axis=-1)
    pieces = []
    for tone in (0, 1):
        count, labels = cv2.connectedComponents((mask & (nearest == tone)).astype(np.uint8), connectivity=8)
        for k in range(1, count):
            piece = labels == k
            if piece.sum() >= 20 and (cv2.erode(piece.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0).any():
                pieces.append(piece)
    if not 2 <= len(pieces) <= 4:
        return []
    band = _fill(mask) & ~_core(_core(_fill(mask)))  # within 4 px of the region's outer edge
    darker = mask & (nearest == 0)
    if (darker & band).sum() >= 0.6 * darker.sum():  # the darker tone runs along the edge: a drawn outline
        return []
    for k, piece in enumerate(pieces):  # a fill and the outline drawn around it, in a darker shade of its colour
        rest = np.logical_or.reduce([other for j, other in enumerate(pieces) if j != k])
        around = _fill(piece)
        if piece.sum() < 0.6 * around.sum() and (around & rest).sum() >= 0.5 * rest.sum():
            return []
    return pieces


def _mad(values: np.ndarray) -> float:
    """The median absolute deviation of ``values``, scaled to a normal distribution's standard deviation."""
    return 1.4826 * float(np.median(np.abs(values - np.median(values))))


def _to_rgb(lab: np.ndarray) -> np.ndarray:
    """RGB of CIELAB colours (..., 3) (L in 0..100)."""
    import cv2

    scaled = np.asarray(lab, dtype=np.float64).reshape(1, -1, 3).copy()
    scaled[..., 0] *= 255.0 / 100.0
    scaled[..., 1:] += 128.0
    rgb = cv2.cvtColor(np.clip(scaled, 0, 255).astype(np.uint8), cv2.COLOR_Lab2RGB)
    return rgb.astype(np.float64).reshape(np.shape(lab))


def _edge_lines(regions: Sequence[Any], solid: list[int], others: np.ndarray) -> list[int]:
    """Of the regions ``others`` (indexes), the drawn edge lines of the solid made of ``solid``: strokes with no
    inside (black, or a dark shade) lying along its faces, 80% of their pixels within :data:`CONTACT_GAP` of
    them."""
    found = []
    for k in others:
        if _has_inside(regions[k].mask):
            continue
        _, masks = _canvas(regions, [*solid, int(k)], pad=CONTACT_GAP + 1)
        line = masks[-1]
        near = _grow(np.logical_or.reduce(masks[:-1]), CONTACT_GAP)
        if (line & near).sum() >= 0.8 * line.sum():
            found.append(int(k))
    return found


FILL_CONTRAST = 20.0
"""Delta E from the background a face with no inside (a ball's thin dark rim) stands out by at least: a fainter
sliver beside a solid is its shadow's or its antialiased edge's (as in :mod:`nsvr.tools.regions`)."""


def find_solids(regions: Sequence[Any], lab: np.ndarray, background_lab: np.ndarray) -> tuple[list[Solid], set[int]]:
    """The solids among ``regions`` (those of :mod:`nsvr.tools.regions`, in the work image whose CIELAB pixels are
    ``lab``) and the soft shadows (:func:`soft_shadows`): groups of faces (:func:`shade_pairs`; two of them with
    an inside, besides thin shades such as a ball's dark rim; no drawn outline alone), with the edge lines drawn
    along them (:func:`_edge_lines`), and single shaded regions (a smooth gradient lit from one side:
    :func:`shading`, :func:`lit_aside`; a glint: :func:`glint`; two flat shades: :func:`shade_split`), each named
    by :func:`name_solid`.

    Where the evidence is there but too little to name a solid (a small solid's faces, one of them without an
    inside; a group or a lit disc no rule names), the group is a ``hedge``: one object whose flat name stays
    unsure, the solids it may be its runners-up, and its second face a ``part``, a candidate object of its own
    (two flat shapes of one colour may touch): a count or a name that rests on it is "unknown", never a guess."""
    if not regions:
        return [], set()
    shades = soft_shades(regions, lab, background_lab, halo=False)
    inside = np.array([_has_inside(r.mask) for r in regions], dtype=bool)
    candidates = np.array(
        [
            k not in shades and (inside[k] or (not _stroke(r.mask) and r.contrast >= FILL_CONTRAST))
            for k, r in enumerate(regions)
        ],
        dtype=bool,
    )
    solids: list[Solid] = []
    grouped: set[int] = set()
    haloed = soft_shades(regions, lab, background_lab)  # a gray solid's gray shadow is no face of it
    boxes = _extents(regions)
    for members in _groups(len(regions), shade_pairs(regions, candidates)):
        members = [
            k for k in members if k not in haloed or not _under(regions, boxes, k, [j for j in members if j != k])
        ]
        if len(members) < 2 or not inside[members].any():
            continue
        members = sorted(members, key=lambda k: -int(regions[k].mask.sum()))
        origin, masks = _canvas(regions, members, pad=5)
        window = _lab_window(lab, origin, masks[0].shape)
        colours = np.stack([regions[k].colour for k in members]).astype(np.float64)
        colour = solid_colour(window, masks, colours)
        silhouette = union(masks)
        named = name_solid(look(silhouette, masks, window, _lab(colour)))
        if named is not None and inside[members].sum() >= 2:
            alternatives = {} if named[2] is None else {named[2]: round(1.0 - named[1], 4)}
            solids.append(Solid(named[0], named[1], tuple(members), colour, alternatives, len(members)))
        elif solidity(silhouette) >= CONVEX:  # one convex silhouette: likely one solid, named by no rule surely
            guesses = {named[0]: HEDGE} if named is not None else {}  # a reading too little supported, or none
            solids.append(Solid("", 0.0, tuple(members), colour, guesses, len(members), kind="hedge"))
        else:
            continue
        grouped.update(members)
    for index in np.flatnonzero(candidates & inside):
        if index in grouped:
            continue
        region = regions[int(index)]
        lightness = lab[region.window][region.mask][:, 0]
        if np.ptp(np.percentile(lightness, [2, 98])) < SHADE_STEP and _fill(region.mask).sum() == region.mask.sum():
            continue  # one flat tone and no hole: a flat fill (most regions), not looked at further
        # the regions within its box (a shape drawn inside it, a label) are no highlight of its own
        top, left, bottom, right = boxes[index]
        within = (boxes[:, 0] >= top) & (boxes[:, 1] >= left) & (boxes[:, 2] <= bottom) & (boxes[:, 3] <= right)
        within[index] = False
        origin, masks = _canvas(regions, [int(index), *np.flatnonzero(within).tolist()], pad=5)
        others = _grow(np.logical_or.reduce(masks[1:]), 1) if len(masks) > 1 else np.zeros_like(masks[0])
        window = _lab_window(lab, origin, masks[0].shape)
        colour = np.asarray(region.colour, dtype=np.float64)
        # nor are the letters of a label written on it (holes, or light strokes the region kept), nor the blend of
        # their ink with the fill along them (a shade of its colour: "faces")
        written = letter_holes(masks[0]) | light_writing(window, masks[0], _lab(colour))
        others |= _grow(written, 1)
        body = masks[0] & ~_grow(written, 2) if written.any() else masks[0]
        masks = masks[:1]
        small = np.ptp(np.flatnonzero(masks[0].any(axis=0))) + 1 < SMALL
        spread, smooth = shading(window, body, inset=(1 if small else 2) + int(np.ceil(region.outline)))
        faces = [masks[0]]
        lit = glint(window, masks[0], _lab(colour), others)
        if spread >= GRADIENT_RANGE and smooth >= GRADIENT_FIT and lit_aside(window, masks[0]):
            colour = solid_colour(window, masks, colour[None])
            lit = lit or whiteness(window, _fill(masks[0]) & ~others, _lab(colour)) >= HIGHLIGHT
        elif not lit:
            faces = shade_split(body, window)
            if not faces and small and two_tones(window, masks[0]):
                # a small solid's faces the proposer kept whole (within its edge lines): too few pixels to name it
                solids.append(Solid("", 0.0, (int(index),), colour, {}, kind="hedge"))
                grouped.add(int(index))
                continue
            if not faces:
                continue
            colour = solid_colour(window, faces, _to_rgb(np.stack([np.median(window[face], axis=0) for face in faces])))
        named = name_solid(look(_fill(masks[0]), faces, window, _lab(colour)))
        if named is not None:
            alternatives = {} if named[2] is None else {named[2]: round(1.0 - named[1], 4)}
            solids.append(Solid(named[0], named[1], (int(index),), colour, alternatives))
        elif lit and ellipse_overlap(_fill(masks[0]))[0] >= HEDGE_ROUND:  # a highlight on a disc: a ball, maybe
            solids.append(Solid("", 0.0, (int(index),), colour, {"sphere": HEDGE}, kind="hedge"))
        elif small and len(faces) == 1:  # a small region shaded smoothly: too few pixels to tell a solid's shading
            solids.append(Solid("", 0.0, (int(index),), colour, {}, kind="hedge"))
        else:
            continue
        grouped.add(int(index))
    rest = np.array([k for k in range(len(regions)) if k not in grouped and k not in shades], dtype=int)
    for number, solid in enumerate(solids):
        lines = _edge_lines(regions, list(solid.members), rest)
        if lines:
            solids[number] = replace(solid, members=(*solid.members, *lines))
            rest = rest[~np.isin(rest, lines)]
    return solids, soft_shadows(regions, lab, background_lab, [solid.members for solid in solids])


def lit_aside(lab: np.ndarray, mask: np.ndarray) -> bool:
    """Whether a shaded region's lightest tenth lies off its middle (a fifth of its radius or more away), as light
    falling from one side leaves it; a fill lighter than its darker rim (a pale shape in a dark outline, a radial
    gradient around the middle) is lightest in the middle."""
    import cv2

    inner = cv2.erode(mask.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    ys, xs = np.nonzero(inner)
    if len(ys) < 12:
        return False
    lightness = lab[ys, xs, 0]
    top = lightness >= np.percentile(lightness, 90)
    radius = np.sqrt(len(ys) / np.pi)
    return bool(np.hypot(xs[top].mean() - xs.mean(), ys[top].mean() - ys.mean()) >= 0.2 * radius)


def two_tones(lab: np.ndarray, mask: np.ndarray) -> bool:
    """Whether a small region holds two tones of one colour, as a small solid's faces do where the region proposer
    kept them whole within their edge lines: its coloured pixels (neither black ink nor gray, and away from its
    antialiased edge) fall into two flat tones (each a sixteenth of them and 8 pixels or more, as a small
    cylinder's top is; :data:`TONE_STEP` apart in CIELAB lightness, each spread under a third of that), shades of
    one colour, the darker not a band along the edge (a fill's outline drawn in a darker shade of it: its pixels
    mostly there, those of the lighter mostly not). A flat fill has one tone, a smooth gradient no two flat ones."""
    import cv2

    core = cv2.erode(mask.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    coloured = core & (lab[..., 0] >= 25.0) & (np.hypot(lab[..., 1], lab[..., 2]) >= NEUTRAL_CHROMA)
    values = lab[coloured].astype(np.float64)
    if len(values) < 24:
        return False
    lightness = values[:, 0]
    low, high = np.percentile(lightness, [10, 90])
    for _ in range(8):  # two-means on lightness
        cut = (low + high) / 2
        if not (lightness < cut).any() or not (lightness >= cut).any():
            return False
        low, high = float(lightness[lightness < cut].mean()), float(lightness[lightness >= cut].mean())
    darker, lighter = lightness < cut, lightness >= cut
    spread = max(_mad(lightness[darker]), _mad(lightness[lighter]))
    few = min(darker.sum(), lighter.sum()) < max(8, len(values) / 16)
    if high - low < TONE_STEP or few or spread > (high - low) / 3:
        return False
    tones = np.stack([np.median(values[darker], axis=0), np.median(values[lighter], axis=0)])
    if not shades_of_one_colour(_to_rgb(tones))[0, 1]:
        return False
    band = (_fill(mask) & ~_core(_fill(mask)))[coloured]  # within 2 px of the outer edge
    along = float(band[darker].mean())  # (a small region is all but edge: an outline's band holds more than the rest)
    return not (along >= 0.6 and along >= float(band[lighter].mean()) + 0.3)


TONE_STEP = 10.0
"""CIELAB lightness between two tones of a small region for them to be two faces (a solid's faces differ by 15 and
more; noise and antialiasing by a few)."""
HEDGE = 0.3
"""The probability each solid a ``hedge`` may be is given as a runner-up of its flat name (over the answer check's
0.2: a question it would change is answered "unknown")."""
HEDGE_ROUND = 0.88
"""Intersection over union with its fitted ellipse from which a lit region (a glint, a highlight) no rule names
may be a ball (a small one's outline on the pixel grid, or cut by its rim, is no rounder)."""
UNSURE = 0.45
"""The confidence a hedged region's flat name is given: under the answer check's 0.5, so it may be any shape a
question names."""
PART_SCORE = 0.5
"""The score of a hedged group's second face: under the region proposer's threshold (0.7), a candidate."""


def merge_solids(regions: list[Any], lab: np.ndarray, background_lab: np.ndarray) -> tuple[list[Any], dict[int, Solid]]:
    """``regions`` with each solid's faces (and edge lines) joined into one region (coloured by its middle shade,
    its mask the faces' union) and the soft shadows left out (those the region proposer joined to an object cut
    away: :func:`without_shadow_parts`), and the solids by ``id`` of their region (a hedged group's second face
    kept as a region of its own, a ``part``)."""
    regions = without_shadow_parts(regions, lab, background_lab)
    solids, shadows = find_solids(regions, lab, background_lab)
    if not solids and not shadows:
        return regions, {}
    joined: dict[int, tuple[Any, Solid]] = {}
    parts: dict[int, Solid] = {}
    gone = set(shadows)
    for solid in solids:
        first = solid.members[0]
        origin, masks = _canvas(regions, solid.members, pad=CONTACT_GAP + 1 + WINDOW_MARGIN)
        mask = union(masks)
        ys, xs = np.nonzero(mask)
        # the union's box and a margin (as the proposer's windows have), within the image
        top, left = max(0, origin[0] + int(ys.min()) - WINDOW_MARGIN), max(0, origin[1] + int(xs.min()) - WINDOW_MARGIN)
        bottom = min(lab.shape[0], origin[0] + int(ys.max()) + 1 + WINDOW_MARGIN)
        right = min(lab.shape[1], origin[1] + int(xs.max()) + 1 + WINDOW_MARGIN)
        members = [regions[k] for k in solid.members]
        region = replace(
            regions[first],
            mask=mask[top - origin[0] : bottom - origin[0], left - origin[1] : right - origin[1]],
            origin=(top, left),
            colour=np.asarray(solid.colour, dtype=np.float64),
            contrast=max(r.contrast for r in members),
            outline=max(r.outline for r in members),
        )
        joined[first] = (region, solid)
        gone.update(solid.members[1:])
        if solid.kind == "hedge" and solid.faces >= 2:
            parts[solid.members[1]] = replace(solid, kind="part")
            gone.discard(solid.members[1])
    kept: list[Any] = []
    found: dict[int, Solid] = {}
    for index, region in enumerate(regions):
        if index in joined:
            region, solid = joined[index]
            found[id(region)] = solid
        elif index in parts:
            found[id(region)] = parts[index]
        elif index in gone:
            continue
        kept.append(region)
    return kept, found


WINDOW_MARGIN = 6
"""Pixels around a joined solid's mask in its window, as around each region of :mod:`nsvr.tools.regions`."""


def solid_guess(solid: Solid | None, flat: ShapeGuess) -> ShapeGuess:
    """The shape guess of a region: its solid's name where it is one (its runner-up, the other solid it may be or
    else the flat figure's name, as likely as the solid is unsure); of a hedge or a part of one, the flat figure's
    name, unsure (:data:`UNSURE`), the solids it may be as runners-up; else the flat figure's guess as it is."""
    if solid is None:
        return flat
    if solid.kind != "solid":
        # the flat name's runner-up kept at least as likely as a solid's, so "what shape" is unsure too
        runner = max(flat.alternatives.items(), key=lambda item: item[1], default=None)
        alternatives = ({runner[0]: max(runner[1], HEDGE)} if runner else {}) | solid.alternatives
        return ShapeGuess(flat.name, min(flat.confidence, UNSURE), alternatives, extent=flat.extent)
    doubt = round(1.0 - solid.confidence, 4)
    alternatives = dict(solid.alternatives) or ({flat.name: doubt} if doubt > 0 else {})
    return ShapeGuess(solid.name, solid.confidence, alternatives, extent=flat.extent)


def solid_score(solid: Solid | None, score: float) -> float:
    """A region's objectness score: a hedged group's second face (a ``part``) is a candidate (:data:`PART_SCORE`),
    counted only where a question presupposes it."""
    return min(score, PART_SCORE) if solid is not None and solid.kind == "part" else score
