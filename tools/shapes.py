"""Naming a region's geometric shape from its mask: circle, ellipse, triangle, square, rectangle, diamond, pentagon,
hexagon, heptagon, octagon, nonagon, star, cross, semicircle, heart, or "polygon" when unsure, with a confidence
and the runners-up.

Each model (a circle, an ellipse, the best n-gon for n = 3..9, a star, and where the outline has their parts a
cross, a semicircle and a heart) is fitted to the region's outline and scored by its misfit; the simplest model
whose misfit is within what pixelation explains wins. A cross (a plus sign) is fitted where the outline has four
deep dents, a square of inner corners between four arms; a semicircle (a half disc: a straight chord and an arc
centred on its middle) where the outline has no dent; a heart where it has one notch, on an axis of mirror symmetry
across from a pointed tip, between two round lobes (:func:`_cross`, :func:`_semicircle`, :func:`_heart`).
Regions cut by the image border are compared with the fitted figure clipped to the image, so a half-visible
circle is still a circle; a polygon whose sides the border hides is named with low confidence. A small region
(under :data:`SUBPIXEL_SIDE` px) with clean edges is traced at sub-pixel precision, along the line where its
coverage (the antialiased blend of fill and background) is half, so a 6 px triangle's corners and a 4 px square's
sides show through the pixel staircase. Where such a small region's outline leaves its name in doubt, each figure
is drawn again as a blend and fitted to the coverage itself (:func:`_by_coverage`): a 9 px square fills its corner
pixels partly where a disc leaves them empty; where two figures' blends fit about equally, both keep a share.

>>> import numpy as np, cv2
>>> canvas = np.zeros((120, 120), np.uint8)
>>> _ = cv2.circle(canvas, (60, 60), 40, 1, -1)
>>> classify_shape(canvas > 0).name
'circle'
>>> canvas[:] = 0
>>> _ = cv2.fillPoly(canvas, [np.array([[10, 100], [110, 100], [60, 13]])], 1)
>>> classify_shape(canvas > 0).name
'triangle'
>>> canvas[:] = 0
>>> _ = cv2.fillPoly(canvas, [np.array([[45, 10], [75, 10], [75, 45], [110, 45], [110, 75], [75, 75], [75, 110],
...                                     [45, 110], [45, 75], [10, 75], [10, 45], [45, 45]])], 1)
>>> classify_shape(canvas > 0).name
'cross'
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

POLYGON_NAMES = {
    3: "triangle",
    4: "quadrilateral",
    5: "pentagon",
    6: "hexagon",
    7: "heptagon",
    8: "octagon",
    9: "nonagon",
}


@dataclass(frozen=True)
class ShapeGuess:
    """A shape name, its confidence, the runners-up (name -> probability) and the measured fit errors."""

    name: str
    confidence: float
    alternatives: dict[str, float] = field(default_factory=dict)
    errors: dict[str, float] = field(default_factory=dict)
    extent: float = 0.0
    """The fitted figure's circumradius in pixels (of the whole figure, also when the border cuts it)."""
    whole: bool = False
    """Whether ``extent`` is the whole figure's although the border cuts it (a regular polygon with a whole side)."""
    points: int | None = None
    """A star's number of points (its tips), where the name or a runner-up is a star."""


PARAMETERS = {
    "circle": 3,
    "ellipse": 5,
    "triangle": 6,
    "quadrilateral": 8,
    "pentagon": 10,
    "hexagon": 12,
    "star": 20,
    "semicircle": 4,
    "heart": 6,
    "cross": 9,
    "rounded rectangle": 10,
    "l-shape": 7,
    "j-shape": 7,
    "t-shape": 8,
    "s-shape": 8,
    "z-shape": 8,
    "u-shape": 8,
}
"""Free parameters of each model (the complexity penalty of its fit). A rounded rectangle (a turned rectangle and
its corners' radius, 6) is charged as much as a free quadrilateral (10): it is named only where its arcs fit
clearly better than a quadrilateral's corners."""
MOST_SIDES = 9
"""Polygons of up to this many sides are fitted to a whole outline (a nonagon's corners turn by 40 degrees; a
circle's finer polygons fit it no better than the circle does, and the complexity penalty keeps it a circle)."""
FIGURES = (
    "star", "cross", "semicircle", "heart", "rounded rectangle", "l-shape", "j-shape", "t-shape", "s-shape",
    "z-shape", "u-shape",
)  # fmt: skip
"""Models that are named as they are (not by a count of sides or a roundness)."""
CUT_CORNER_TURNS = 150.0
"""A short side whose two end turns add up to less than this cuts off a corner (of at least 30 degrees) that
rasterisation rounded: it is no side of its own (a thin bar's end turns by 180 degrees in all)."""
ROUNDED_CORNER_PX = 3.0
"""Rasterisation and antialiasing round a drawn corner over a pixel or so: a side this short that cuts off a
corner (see :data:`CUT_CORNER_TURNS`) is that rounding, whatever the polygon's size."""
SLIVER_DEGREES = 20.0
"""A triangle's sharpest corner under this makes the name doubtful (see :func:`_decide`)."""
OCCLUSION_SHARE = 0.08
"""A region whose outline runs along other regions for more than this share of it is taken as partly hidden."""
NOISE_FLOOR_PX = 0.3
"""Residuals below this are pixelation, antialiasing and JPEG noise: no model is better than that."""
SUBPIXEL_NOISE_FLOOR_PX = 0.15
"""The same for a clean outline (see :data:`SHARP_EDGE_WIDTH`) traced at sub-pixel precision
(:func:`subpixel_outline`): the right model's residual on small shapes (radius 4-12 px, 64 px images drawn by
PIL, OpenCV and matplotlib) is 0.1-0.15 px on antialiased edges and 0.2-0.3 px on hard ones
(examples/benchmarks/shape_scenes_64.py)."""
SUBPIXEL_CERTAIN_OUTLINE = 40.0
"""Pixels of outline from which fits are trusted in full when traced at sub-pixel precision on a clean edge
(80 on the pixel grid): with the staircase gone, each pixel of outline says about twice as much."""
SHARP_EDGE_WIDTH = 1.0
"""Partly covered pixels per pixel of outline, up to which an edge is clean: hard edges have none, antialiased
ones 0.4-0.95 (90% of PNG shapes in examples/benchmarks/shape_scenes_64.py); blur and JPEG ringing make more
(medians 1-1.6): their noisy blends locate no edge better than the pixel grid, and they are traced on it."""
PARAMETER_COST = 0.4
"""Log-likelihood a model pays per free parameter (AIC): a hexagon must fit a circle much better to be one."""


def _segment_distances(points: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """``(N, sides)`` distances of points to the polygon's sides."""
    start = corners
    end = np.roll(corners, -1, axis=0)
    edge = end - start
    length_sq = np.maximum((edge**2).sum(1), 1e-9)
    t = np.clip(((points[:, None, :] - start[None]) * edge[None]).sum(2) / length_sq[None], 0, 1)
    nearest = start[None] + t[..., None] * edge[None]
    return np.linalg.norm(points[:, None, :] - nearest, axis=2)


def _fitted_line(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The line (a point on it, its unit direction) fitted to ``points`` by total least squares."""
    centre = points.mean(0)
    _, _, vt = np.linalg.svd(points - centre, full_matrices=False)
    return centre, vt[0]


def _meeting_point(first: tuple[np.ndarray, np.ndarray], second: tuple[np.ndarray, np.ndarray]) -> np.ndarray | None:
    """Where two lines (:func:`_fitted_line`) meet; None for parallel ones."""
    (p1, d1), (p2, d2) = first, second
    matrix = np.array([d1, -d2]).T
    if abs(np.linalg.det(matrix)) < 1e-6:
        return None
    return p1 + np.linalg.solve(matrix, p2 - p1)[0] * d1


def _refine(points: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """Corners moved to the intersections of lines fitted (total least squares) to each side's points, away
    from the corners where antialiasing rounds the outline."""
    sides = len(corners)
    owner = _segment_distances(points, corners).argmin(1)
    near_corner = np.linalg.norm(points[:, None, :] - corners[None], axis=2).min(1)
    lengths = np.linalg.norm(np.roll(corners, -1, axis=0) - corners, axis=1)
    lines = []
    for k in range(sides):
        chosen = points[(owner == k) & (near_corner > min(3.0, 0.2 * lengths[k]))]
        if len(chosen) < 3:
            return corners
        lines.append(_fitted_line(chosen))
    refined = []
    for k in range(sides):
        corner = _meeting_point(lines[k - 1], lines[k])
        if corner is None:
            return corners
        refined.append(corner)
    refined_arr = np.array(refined)
    if np.linalg.norm(refined_arr - corners, axis=1).max() > 0.25 * max(lengths.max(), 1.0):
        return corners
    return refined_arr


def _rms(residuals: np.ndarray) -> float:
    return float(np.sqrt(np.mean(residuals**2))) if len(residuals) else float("inf")


def _circle_through(points: np.ndarray) -> tuple[float, float, float] | None:
    """Least-squares circle (Kasa) through boundary points: centre x, y and radius."""
    if len(points) < 3:
        return None
    x, y = points[:, 0].astype(float), points[:, 1].astype(float)
    a = np.stack([x, y, np.ones_like(x)], axis=1)
    b = x * x + y * y
    solution, *_ = np.linalg.lstsq(a, b, rcond=None)
    cx, cy = solution[0] / 2, solution[1] / 2
    radius_sq = solution[2] + cx * cx + cy * cy
    return (float(cx), float(cy), float(math.sqrt(radius_sq))) if radius_sq > 0 else None


def _ellipse_residuals(points: np.ndarray, ellipse: tuple) -> np.ndarray:
    """Radial distances of points to an OpenCV ellipse ``((cx, cy), (width, height), angle)``."""
    (cx, cy), (width, height), angle = ellipse
    theta = math.radians(angle)
    shifted = points - [cx, cy]
    x = shifted[:, 0] * math.cos(theta) + shifted[:, 1] * math.sin(theta)
    y = -shifted[:, 0] * math.sin(theta) + shifted[:, 1] * math.cos(theta)
    rho = np.sqrt((x / max(width / 2, 1e-6)) ** 2 + (y / max(height / 2, 1e-6)) ** 2)
    return np.hypot(x, y) * np.abs(1 - 1 / np.maximum(rho, 1e-9))


def classify_shape(
    mask: np.ndarray,
    touches: tuple[bool, bool, bool, bool] | None = None,
    hidden: np.ndarray | None = None,
    coverage: np.ndarray | None = None,
    stroked: bool = False,
) -> ShapeGuess:
    """The shape of the region ``mask`` (a 2D boolean array, holes allowed). ``touches`` = whether the region
    is cut by the image's left, top, right, bottom edge (None: the mask's own array is the image). ``hidden``
    (same shape as ``mask``): where the region's outline is another region's edge (a shape in front of it, or
    one it overlaps): like the image border, that part of the outline may not be the shape's own, so it does
    not count as the shape's outline when it is a sizeable share of it (more than a touch). ``coverage`` (same
    shape, 0..1): how much of each pixel the shape covers (an antialiased edge's blend); with it, a small region's
    outline is traced at sub-pixel precision (see :func:`subpixel_outline`), without it from the mask alone.
    ``stroked``: the region's edge is a line drawn along the shape's (an outline around its fill), whose outer edge
    runs parallel to the shape's and rounds its corners by the line's own width."""
    import cv2

    ys, xs = np.nonzero(mask)
    if len(xs) < 12:
        return ShapeGuess("polygon", 0.2, extent=math.sqrt(len(xs) / math.pi))
    height, width = mask.shape
    if touches is None:
        touches = (xs.min() == 0, ys.min() == 0, xs.max() == width - 1, ys.max() == height - 1)
    x0, y0 = xs.min() - 1, ys.min() - 1
    region = np.zeros((ys.max() - y0 + 2, xs.max() - x0 + 2), np.uint8)
    region[ys - y0, xs - x0] = 1
    contours, _ = cv2.findContours(region, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    contour = max(contours, key=cv2.contourArea)
    points = contour[:, 0, :].astype(float) + [x0, y0]
    upsample = _upsampling(region.shape)
    small = upsample > 1
    soft = False  # a small region's edge blurred or ringing (see SHARP_EDGE_WIDTH)
    edge_width = 0.0
    if upsample > 1:
        local = region.astype(np.float32) if coverage is None else _local_coverage(coverage, mask, x0, y0, region)
        # partly covered pixels per pixel of outline: none on hard edges, under one antialiased, more where blur
        # or JPEG ringing make the edge noisy: such an outline is no surer than the pixel grid's, and kept
        edge_width = float(((local > 0.15) & (local < 0.85)).sum()) / max(1.0, float(len(points)))
        if edge_width <= SHARP_EDGE_WIDTH:
            points = subpixel_outline(local, upsample) + [x0, y0]
        else:
            upsample, soft = 1, True
    on_border = (
        (touches[0] & (points[:, 0] <= 0.5))
        | (touches[1] & (points[:, 1] <= 0.5))
        | (touches[2] & (points[:, 0] >= width - 1.5))
        | (touches[3] & (points[:, 1] >= height - 1.5))
    )
    occluded = np.zeros(len(points), bool)
    if hidden is not None:
        rows = np.clip(np.round(points[:, 1]).astype(int), 0, height - 1)
        cols = np.clip(np.round(points[:, 0]).astype(int), 0, width - 1)
        occluded = hidden[rows, cols]
        # a touch is no overlap; a region other regions surround all round is in front of them (one drawn on
        # another), its outline its own
        if not OCCLUSION_SHARE <= occluded.mean() <= 0.9:
            occluded[:] = False
    on_border = on_border | occluded
    free = points[~on_border]
    cut = bool(on_border.any())
    if len(free) < 8 * upsample:
        return ShapeGuess("polygon", 0.1, extent=math.sqrt(len(xs) / math.pi))
    residuals: dict[str, float] = {}
    extents: dict[str, float] = {}
    circle = _circle_through(free)
    if circle is not None:
        residuals["circle"] = _rms(np.abs(np.hypot(*(free - circle[:2]).T) - circle[2]))
        extents["circle"] = circle[2]
    elongation = 1.0
    if len(free) >= 6:
        ellipse = cv2.fitEllipseDirect(free.astype(np.float32))
        (_, _), (w_axis, h_axis), _ = ellipse
        if min(w_axis, h_axis) > 0 and max(w_axis, h_axis) < 4 * max(width, height):
            residuals["ellipse"] = _rms(_ellipse_residuals(free, ellipse))
            elongation = min(w_axis, h_axis) / max(w_axis, h_axis)
            extents["ellipse"] = max(w_axis, h_axis) / 2
    hull = cv2.convexHull(contour)
    solidity = float(cv2.contourArea(contour)) / max(1.0, float(cv2.contourArea(hull)))
    outline_hull = hull if upsample == 1 else cv2.convexHull((points - [x0, y0]).astype(np.float32))
    size = math.sqrt(max(1.0, float(cv2.contourArea(outline_hull))))
    dents = _dents(points) if size >= FIGURE_SIZE else []
    # a shape in front bites into the one behind: a dent whose deepest point is on its edge is that edge, and a
    # polygon all of whose deep dents are such bites is no star (a star partly covered still shows some of its own)
    near = np.arange(-3 * upsample, 3 * upsample + 1)  # a bite's sharp tip may lie a pixel or two off the other
    bitten = bool(occluded.any()) and all(
        occluded[(d[2] + near) % len(points)].any() for d in dents if d[3] >= STAR_DENT * size
    )
    polygons: dict[int, np.ndarray] = {}
    cut_names: dict[int, tuple[str, float, str | None]] = {}
    # the image border may add two sides to a figure it cuts; a shape in front adds sides of any kind, and a fit
    # of many sides would trace them (a partly covered square is no heptagon)
    most = MOST_SIDES + 2 if cut and not occluded.any() else 8 if cut else MOST_SIDES
    for sides in range(3, most + 1):
        try:
            approx = cv2.approxPolyN(outline_hull, sides, epsilon_percentage=-1.0, ensure_convex=True)
        except cv2.error:
            continue
        corners = approx.reshape(-1, 2).astype(float) + [x0, y0]
        if len(corners) != sides:
            continue
        corners = _refine(points, corners)
        if sides > 3 and not cut and _degenerate(corners):
            continue  # a short side or a straight corner: a polygon of fewer sides in disguise
        polygons[sides] = corners
        if cut:
            # sides along the image border are the border's: the shape has the others
            along = [_along_border(corners[k], corners[(k + 1) % sides], width, height) for k in range(sides)]
            if occluded.any():  # sides that mostly follow another shape's edge are that shape's too
                owner = _segment_distances(points, corners).argmin(1)
                along = [
                    a or bool(occluded[owner == k].mean() > 0.5) if (owner == k).any() else a
                    for k, a in enumerate(along)
                ]
            shown = None
            if occluded.any():  # a corner shows where no outline point near it is hidden
                reach = 1.5 * upsample + 1.0
                close = np.hypot(*(points[:, None, :] - corners[None]).transpose(2, 0, 1)) <= reach
                # and none where a side along the border or another shape begins: the cut is there, not a corner
                shown = [
                    bool(close[:, k].any()) and not on_border[close[:, k]].any() and not along[k - 1] and not along[k]
                    for k in range(sides)
                ]
            cut_names[sides] = _cut_polygon(
                corners, along, 1.0 if bitten else solidity, kinds=3 if occluded.any() else None, shown=shown
            )
            residual = _rms(_segment_distances(points[~occluded], corners).min(1))
        else:
            residual = _rms(_segment_distances(free, corners).min(1))
        residuals[f"polygon{sides}"] = residual
        extents[f"polygon{sides}"] = float(cv2.minEnclosingCircle(corners.astype(np.float32))[1])
    star = None if bitten else _star(contour, hull, np.array([x0, y0], float), free)
    if star is not None:
        residuals["star"] = _rms(_segment_distances(free, star).min(1))
        # a line drawn along a star's edge (or a hollow star's stroke) rounds its tips outside them: its sides meet
        # beyond the tip, by half the line's width over sin(18 degrees)
        ring = len(xs) < HOLLOW_SHARE * float(cv2.contourArea(contour))
        tips = star if stroked or ring else _sharp_tips(free, star)
        extents["star"] = float(cv2.minEnclosingCircle(tips.astype(np.float32))[1])
    unclear: dict[str, float] = {}  # how clearly a fitted figure is one, where not quite
    area = float(cv2.contourArea(points.astype(np.float32)))
    figures: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # a figure's outline polygon, its free points' distances
    cross = _cross(points, dents, size, on_border)
    if cross is not None:
        figures["cross"] = (cross[0], _segment_distances(free, cross[0]).min(1))
        if cross[1] < 1.0:
            unclear["cross"] = cross[1]
    convex = all(d[3] <= max(CONVEX_DENT_PX, CONVEX_DENT * size) for d in dents if not on_border[d[2]])
    # a figure of right angles touching another shape or the border keeps its own notches (where a shape in front
    # bit them out, they are no figure's: see ``bitten``)
    if not convex and not bitten and size >= FIGURE_SIZE:
        rectilinear = _rectilinear(points, size)
        if rectilinear is not None:
            figures[rectilinear[1]] = (rectilinear[0], _segment_distances(free, rectilinear[0]).min(1))
    floor = NOISE_FLOOR_PX if upsample == 1 else SUBPIXEL_NOISE_FLOOR_PX
    if (
        circle is not None
        and circle[2] >= REGULAR_MIN_RADIUS
        and convex
        and star is None
        and not cut
        and not occluded.any()
        and _round_or_regular(residuals, polygons, floor)
    ):
        for sides in REGULAR_FITS:
            regular = _regular_polygon(free, sides, circle, polygons.get(sides))
            residuals[f"regular{sides}"] = _rms(_segment_distances(free, regular).min(1))
            extents[f"regular{sides}"] = float(np.linalg.norm(regular[0] - regular.mean(0)))
    semicircle = _semicircle(points, on_border) if convex and size >= FIGURE_SIZE else None
    if semicircle is not None:
        figures["semicircle"] = (_semicircle_outline(*semicircle), _semicircle_distances(free, *semicircle)[0])
    heart = _heart(points, ~on_border, dents, size)
    if heart is not None:
        figures["heart"] = (_heart_outline(heart), _heart_distances(free, heart))
    # round corners are read on a whole outline: where the border or another shape hides some, a cut corner or a
    # bite may look as round; blur and JPEG round a small square's corners by a few pixels, so on a blurred outline
    # the rounding is read against the blur (_rounding)
    rounded = _rounded_rectangle(points, free) if convex and not (on_border & ~occluded).any() else None
    rounding = _rounding(rounded, edge_width) if soft else "clear" if rounded is not None else None
    maybe_rounded = rounding == "unsure" or (rounded is not None and bool(on_border.any()))  # may be round
    if rounding == "clear" and not maybe_rounded:
        figures["rounded rectangle"] = (_rounded_outline(rounded), _rounded_distances(free, rounded))
    for figure, (outline, distances) in figures.items():
        # the figure covers about the region (less where the border or other shapes hide some of it): a large
        # figure that some of its outline passes through is none
        covered = area / max(1e-9, float(cv2.contourArea(outline.astype(np.float32))))
        if FIGURE_AREA[0] <= covered <= FIGURE_AREA[1]:
            residuals[figure] = _rms(distances)
            extents[figure] = float(cv2.minEnclosingCircle(outline.astype(np.float32))[1])
    # a half disc fits at least as well as the figures of about as few parameters: they would otherwise share a
    # small blob that no figure fits well with it (a pentagon's or hexagon's better fit is its extra corners')
    simple = [residuals[k] for k in ("circle", "ellipse", "polygon3", "polygon4") if k in residuals]
    if "semicircle" in residuals and simple and residuals["semicircle"] > min(simple):
        del residuals["semicircle"]
    cut_share = float(on_border.mean())
    # the outline's length in pixels: an upsampled trace has more points, not more independent evidence
    count = round(len(free) / upsample)
    _drop_redundant(residuals, polygons, floor)
    _drop_rounded_polygons(residuals, polygons, floor)
    for sides in _needless_corners(residuals, "regular", REGULAR_FITS, floor):  # as for free polygons
        del residuals[f"regular{sides}"]
    guess = _decide(
        residuals, extents, count, elongation, polygons, cut_names, cut_share, bool(occluded.any()), floor, unclear
    )
    if (
        coverage is not None
        and small
        and not cut
        and guess.name in COVERAGE_NAMES
        and (guess.name != "polygon" or all(name in COVERAGE_NAMES for name in guess.alternatives))
        and (guess.confidence < COVERAGE_DOUBT or _certainty(count, floor) < 1.0)
    ):
        weighed = _by_coverage(guess, mask, coverage, points, float(cv2.arcLength(contour, True)), polygons)
        if weighed is not None:
            return weighed
    if guess.name == "circle" and "square" in guess.alternatives and 4 in polygons and not cut:
        guess = _without_empty_corners(guess, polygons[4], mask)
    if maybe_rounded and guess.name in ("square", "rectangle", "polygon"):
        guess = _maybe_rounded(guess)
    if cut and not occluded.any() and guess.name in REGULAR_SIDES and polygons:
        whole = _whole_side_extent(polygons, residuals, REGULAR_SIDES[guess.name], width, height)
        if whole is not None:
            guess = replace(guess, extent=max(guess.extent, whole), whole=True)
    if star is not None and (guess.name == "star" or "star" in guess.alternatives):
        guess = replace(guess, points=len(star) // 2)  # a star of k points has 2k corners
    if occluded.any() and guess.confidence < COMPLETION_CONFIDENCE and guess.name in COMPLETED_NAMES:
        completed = _completed_polygon(points, on_border, size, upsample)
        if completed is not None:
            name = _four_sided(completed) if len(completed) == 4 else POLYGON_NAMES.get(len(completed), "polygon")
            if name != "polygon":
                return ShapeGuess(
                    name,
                    COMPLETION_CONFIDENCE,
                    {guess.name: 1.0 - COMPLETION_CONFIDENCE} if guess.name != name else {},
                    guess.errors,
                    float(cv2.minEnclosingCircle(completed.astype(np.float32))[1]),
                )
    return guess


COMPLETION_SIDE = 0.18
"""A free straight stretch of a partly covered outline is one of its shape's sides when at least this share of
the square root of its hull's area long (shorter ones are a blurred corner's or an arc's)."""
COMPLETED_NAMES = frozenset({"polygon", "triangle", "square", "rectangle", "pentagon", "hexagon", "star", "semicircle"})
"""The unsure names a completion may replace: a polygon's, or a figure's that a bite into a polygon may pass for
(a bitten square's notches for a star's, a triangle's cut tip for a half disc's); a heart's or a circle's stay."""
COMPLETION_CONFIDENCE = 0.8
"""How sure a polygon completed under a shape in front is (its hidden corners are inferred, not seen)."""


def _stretches(points: np.ndarray, tolerance: float) -> list[tuple[int, int]]:
    """Straight stretches (first, last index) of the open polyline ``points``: Douglas-Peucker splits at the point
    farthest from the chord until every stretch lies within ``tolerance`` of its own."""
    found: list[tuple[int, int]] = []
    pending = [(0, len(points) - 1)]
    while pending:
        first, last = pending.pop()
        if last - first < 2:
            found.append((first, last))
            continue
        chord = points[last] - points[first]
        length = float(np.hypot(*chord))
        offsets = points[first : last + 1] - points[first]
        if length < 1e-9:
            distance = np.hypot(offsets[:, 0], offsets[:, 1])
        else:
            distance = np.abs(offsets[:, 0] * chord[1] - offsets[:, 1] * chord[0]) / length
        farthest = int(np.argmax(distance))
        if distance[farthest] <= tolerance:
            found.append((first, last))
        else:
            pending += [(first, first + farthest), (first + farthest, last)]
    return sorted(found)


Stretch = tuple[np.ndarray, np.ndarray, np.ndarray]
"""A straight stretch of outline: a point of its fitted line, the line's unit direction, the stretch's points."""


def _one_side(first: Stretch, second: Stretch, tolerance: float) -> bool:
    """Whether two fitted stretches (point, direction, points) lie on one line: parallel within 8 degrees, the
    second's centre within about ``tolerance`` of the first's line."""
    centre, direction, _ = first
    offset = second[0] - centre
    apart = abs(offset[0] * direction[1] - offset[1] * direction[0])
    return abs(float(direction @ second[1])) >= math.cos(math.radians(8)) and apart <= 2.0 * tolerance + 1.0


def _joined(first: Stretch, second: Stretch) -> Stretch:
    """One line fitted to both stretches' points."""
    both = np.vstack([first[2], second[2]])
    return (*_fitted_line(both), both)


def _completed_polygon(points: np.ndarray, hidden: np.ndarray, size: float, upsample: int) -> np.ndarray | None:
    """The convex polygon whose sides the free straight stretches of a partly covered outline lie on, each two
    met where the shape in front hides them: a square a disc covers a corner of shows four sides, and its fourth
    corner lies under the disc where two of them meet. ``hidden``: the outline points another shape's edge
    (or the border) hides. None when the free outline is no such stretches (an arc, too little shown), or what
    they make is no convex polygon of 3 to 6 sides around what shows."""
    import cv2

    count = len(points)
    if count < 8 or not hidden.any() or hidden.all():
        return None
    start = int(np.flatnonzero(hidden)[0])  # walk from a hidden point: no free run wraps around the end
    order = np.roll(np.arange(count), -start)
    free = ~hidden[order]
    lines: list[Stretch] = []
    tolerance = max(0.8, 0.03 * size)
    trim = max(1, round(1.5 * upsample))  # a corner's blur rounds the stretch's ends
    edges = np.flatnonzero(np.diff(np.concatenate([[0], free.astype(np.int8), [0]])))
    for run_start, run_end in zip(edges[::2], edges[1::2], strict=True):
        run = points[order[run_start:run_end]]
        if len(run) < 3:
            continue
        for first, last in _stretches(run, tolerance):
            if np.hypot(*(run[last] - run[first])) < max(3.0, COMPLETION_SIDE * size):
                continue
            chosen = run[first + trim : last + 1 - trim] if last - first > 2 * trim + 2 else run[first : last + 1]
            centre, direction = _fitted_line(chosen)
            lines.append((centre, direction, chosen))
    merged: list[Stretch] = []
    for line in lines:  # one side the front shape covers the middle of shows as two stretches
        if merged and _one_side(merged[-1], line, tolerance):
            merged[-1] = _joined(merged[-1], line)
        else:
            merged.append(line)
    if len(merged) > 2 and _one_side(merged[-1], merged[0], tolerance):  # the walk began inside a side
        merged[0] = _joined(merged.pop(), merged[0])
    if not 3 <= len(merged) <= 6:
        return None
    corners = []
    for k in range(len(merged)):
        corner = _meeting_point(merged[k - 1][:2], merged[k][:2])
        if corner is None:
            return None
        corners.append(corner)
    polygon = np.array(corners)
    lengths, _ = _sides_and_angles(polygon)
    if lengths.min() < max(3.0, COMPLETION_SIDE * size):
        return None  # two corners in one: no polygon's
    area = _signed_area(polygon)
    low, high = points.min(0) - 0.6 * size, points.max(0) + 0.6 * size
    if abs(area) < 0.5 * size * size or (polygon < low).any() or (polygon > high).any():
        return None
    turns = _turns(polygon)
    if not ((turns > 0).all() or (turns < 0).all()):
        return None  # no convex polygon
    free_points = points[~hidden]
    if _rms(_segment_distances(free_points, polygon).min(1)) > tolerance:
        return None
    # what shows lies in the completed shape (the hidden outline too: the shape in front bites into it)
    inside = [cv2.pointPolygonTest(polygon.astype(np.float32), (float(x), float(y)), True) for x, y in points]
    if min(inside) < -max(1.5, tolerance):
        return None
    return polygon


REGULAR_FITS = (5, 6)
"""Polygons also fitted as regular ones (centre, circumradius, turn: 4 parameters, against a free polygon's 2 per
corner and 2): a small pentagon's or hexagon's free corners fitted JPEG's noise, and the circle's three
parameters won (a 12 px gray hexagon read "circle 0.98"). Not squares: a regular square's few parameters named
the blobs a hatched fill leaves "square" (the sketch benchmark's "the square is what color" then read one), and a
square's free fit is precise enough (a tiny JPEG'd square now gives a regular pentagon a small share, a hedge)."""


def _round_or_regular(residuals: dict[str, float], polygons: dict[int, np.ndarray], floor: float) -> bool:
    """Whether a circle fits above the noise ``floor`` but about as well as the best free polygon (within
    :data:`ROUND_DOUBT` times its misfit): only then may a regular pentagon or hexagon tell them apart (a circle at
    the noise floor is one; where a free polygon fits far better, a triangle or a square, it is that)."""
    best = min((residuals[f"polygon{k}"] for k in polygons), default=float("inf"))
    circle = residuals.get("circle", 0.0)
    return floor < circle <= ROUND_DOUBT * max(best, floor)


REGULAR_MIN_RADIUS = 6.0
"""Pixels: a smaller figure is fitted as no regular polygon. Its sides are a few pixels: the pixel grid's staircase
fits a regular polygon about as well as the figure (a regular square had fitted an 8 px disc better than a circle)."""
REGULAR_PARAMETERS = 4
"""A regular polygon's free parameters: its centre, circumradius and turn."""


ROUND_DOUBT = 2.5
"""How many times the best free polygon's misfit a circle's may be for a regular polygon fit to be tried. Measured
on small regular shapes (radius 7-40 px, clean, blurred or JPEG'd): circles fit 0-2.6 times their best free
polygon's misfit (median 0.23), hexagons 0.7-5.4 (median 2.9: the small ones, in doubt, under 1.5), pentagons
1.2-7.3; triangles and squares fit a circle 4 and 2.6 times worse or more in 90% of pictures (medians 10 and 6)."""
REGULAR_FIT_POINTS = 160
"""Outline points (evenly spaced) a regular polygon is fitted to."""


def _regular_polygon(
    points: np.ndarray, sides: int, circle: tuple[float, float, float], corners: np.ndarray | None
) -> np.ndarray:
    """The regular polygon of ``sides`` nearest the outline ``points`` (least squares on the points' distances to
    its sides), started from the fitted ``circle`` (x, y, radius) at the turn that fits best, or from the free
    polygon's ``corners`` where it fits better."""
    turns = np.arange(sides) * 2 * math.pi / sides

    def polygon(p: np.ndarray) -> np.ndarray:
        return p[:2] + abs(p[2]) * np.stack([np.cos(turns + p[3]), np.sin(turns + p[3])], 1)

    sample = points[:: max(1, len(points) // REGULAR_FIT_POINTS)]  # the fit's cost, not its answer, grows with more

    def misfit(p: np.ndarray) -> np.ndarray:
        return _segment_distances(sample, polygon(p)).min(1)

    # the circle's radius lies between the polygon's inner and outer radius
    radius = circle[2] * 2 / (1 + math.cos(math.pi / sides))
    starts = [np.array([circle[0], circle[1], radius, turn]) for turn in np.linspace(0, 2 * math.pi / sides, 6, False)]
    if corners is not None:
        centre = corners.mean(0)
        offsets = corners - centre
        spread = float(np.linalg.norm(offsets, axis=1).mean())
        starts.append(np.array([centre[0], centre[1], spread, math.atan2(offsets[0, 1], offsets[0, 0])]))
    start = min(starts, key=lambda p: float(np.square(misfit(p)).sum()))
    return polygon(_least_squares(misfit, start))


REGULAR_SIDES = {"square": 4, "pentagon": 5, "hexagon": 6}
"""Figures drawn regular, whose whole size one side gives: circumradius = side / (2 sin(pi / sides))."""


def _whole_side_extent(
    polygons: dict[int, np.ndarray], residuals: dict[str, float], sides: int, width: int, height: int
) -> float | None:
    """The circumradius of a regular polygon of ``sides`` the border cuts, from the longest of its sides that shows
    whole (both its corners away from the border) in the best fitting polygon of what shows; None without one."""
    fitted = [k for k in polygons if f"polygon{k}" in residuals]
    if not fitted:
        return None
    corners = polygons[min(fitted, key=lambda k: (residuals[f"polygon{k}"], k))]
    x, y = corners[:, 0], corners[:, 1]
    on_border = (x <= 1.5) | (y <= 1.5) | (x >= width - 2.5) | (y >= height - 2.5)
    lengths = [
        float(np.hypot(*(corners[(k + 1) % len(corners)] - corners[k])))
        for k in range(len(corners))
        if not on_border[k] and not on_border[(k + 1) % len(corners)]
    ]
    if not lengths:
        return None
    return max(lengths) / (2 * math.sin(math.pi / sides))


BLUR_ROUNDING = (0.175, 0.75)
"""On a blurred outline, corners round more than the blur alone rounds a square's where the fitted radius exceeds
the edge's width (partly covered pixels per pixel of outline, about twice the blur's sigma) by the second number (in
pixels), or exceeds it at all while being at least the first share of the shorter side. Squares blurred by sigma
0.4-1 px (and JPEG) fit radii of 2-3 px, 11-19% of a 14-20 px side, within 0.7 px of the edge's width; rounded
rectangles as blurred fit 18-33% and more than the edge's width."""
BLUR_ROUNDED_CLEAR = (0.2, 0.34, 1.5)
"""...and they are plainly round (a rounded rectangle among the figures, as on a clean outline) with a share from the
first to the second number and a radius the third (px) over the edge's width: blur had left such a slide's box to a
hexagon's or a pentagon's fit. Rounder than that it is nearly a disc, whose staircase on the pixel grid a rounded
rectangle's six parameters trace better than a circle's three."""


def _rounding(rounded: np.ndarray | None, edge_width: float) -> str | None:
    """How a blurred outline's fitted rounded rectangle (:func:`_rounded_rectangle`) reads: "clear" (round corners),
    "unsure" (a doubt on a square's name) or None (no more rounding than the blur's own: see
    :data:`BLUR_ROUNDING`)."""
    if rounded is None:
        return None
    radius, short = float(rounded[5]), 2 * min(abs(float(rounded[2])), abs(float(rounded[3])))
    share, excess = radius / max(short, 1e-9), radius - edge_width
    if BLUR_ROUNDED_CLEAR[0] <= share <= BLUR_ROUNDED_CLEAR[1] and excess >= BLUR_ROUNDED_CLEAR[2]:
        return "clear"
    if excess >= BLUR_ROUNDING[1] or (share >= BLUR_ROUNDING[0] and excess > 0):
        return "unsure"
    return None


ROUNDED_DOUBT = 0.3
"""Share of a square's or rectangle's name that goes to "rounded rectangle" where its corners fit arcs but the
outline is too blurred, or too hidden, to tell them from a rectangle's corners blur or a neighbour rounded."""


def _maybe_rounded(guess: ShapeGuess) -> ShapeGuess:
    """``guess`` with "rounded rectangle" a runner-up (see :data:`ROUNDED_DOUBT`)."""
    share = max(guess.alternatives.get("rounded rectangle", 0.0), ROUNDED_DOUBT * guess.confidence)
    alternatives = {**guess.alternatives, "rounded rectangle": round(share, 4)}
    confidence = guess.confidence if guess.name == "polygon" else guess.confidence - share
    return replace(guess, confidence=round(max(0.01, confidence), 4), alternatives=alternatives)


def _without_empty_corners(guess: ShapeGuess, corners: np.ndarray, mask: np.ndarray) -> ShapeGuess:
    """A few-pixel disc is an octagon of pixels that a square fits nearly as well; but a square fills its corners
    and the disc leaves them empty: with three or four of the fitted square's corners empty, it is no square."""
    centre = corners.mean(0)
    height, width = mask.shape
    empty = 0
    for corner in corners:
        x, y = np.round(corner + 0.1 * (centre - corner)).astype(int)  # the pixel at the corner (centre-based)
        if 0 <= y < height and 0 <= x < width and not mask[y, x]:
            empty += 1
    if empty < 3:
        return guess
    alternatives = {k: v for k, v in guess.alternatives.items() if k != "square"}
    confidence = guess.confidence + guess.alternatives["square"]
    return ShapeGuess(guess.name, confidence, alternatives, guess.errors, guess.extent)


COVERAGE_NAMES = ("circle", "ellipse", "triangle", "square", "rectangle", "pentagon", "hexagon", "polygon")
"""The names a small antialiased region's coverage is weighed among (see :func:`_by_coverage`): a disc, an oval,
a triangle, a rectangle of any turn, and a pentagon or hexagon where the outline offers one, are the figures a few
pixels can still tell apart by their corners ("polygon", the outline's doubt among them, is settled by the fits)."""
COVERAGE_POLYGONS = {5: "pentagon", 6: "hexagon"}
"""Polygons fitted to the coverage (their corners free) where the outline gives their name some probability."""
COVERAGE_DOUBT = 0.95
"""A small region's outline-based name under this confidence (or from an outline too short to trust in full) is
weighed again by its coverage (see :func:`_by_coverage`)."""
COVERAGE_PARAMETERS = {"circle": 3, "ellipse": 5, "rectangle": 5, "triangle": 6}
"""Free parameters of each coverage model (see :func:`_model_coverage`)."""
COVERAGE_FLOOR = 0.04
"""Coverage misfits (0..1 per pixel) below this are the blend's own noise: 8-bit colours, a renderer's few samples
per pixel (4x4 gives steps of 1/16) and colour jitter; no model is better than that."""
COVERAGE_MISFIT = 0.08
"""Where even the best model's coverage misfit is over this, the edge is not a clean blend (blur, JPEG, a shape of
another kind): its coverage says nothing about corners. The right model's is 0.001-0.04 on 4x4-sampled shapes of
7-26 px (examples/benchmarks/shape_scenes_kandinsky.py, 99% of them), a sharp disc's under a blur of 0.6 px 0.07."""
COVERAGE_CORRELATION = 2.0
"""Edge pixels per independent coverage measurement: a model's error at a corner spreads over its neighbours."""
COVERAGE_BLENDED = (0.25, 1.5)
"""Partly covered pixels per pixel of outline (its pixel contour's length) of an antialiased edge: hard edges have
none, antialiased ones 0.3-1.3 (a few-pixel square's sides both blend, its contour cuts its corners), blurred ones
more (1.7 under a blur of 0.6 px, 2.5 at 1.2: a blob no sharp model describes, that fits one by chance)."""
COVERAGE_SIDE_PX = 0.3
"""How far a side fitted to the coverage may be off (pixels): the square/rectangle doubt on small shapes."""


def _half_plane_coverage(distance: np.ndarray, nx: np.ndarray, ny: np.ndarray) -> np.ndarray:
    """How much of a pixel (a unit square at its centre) lies inside a half plane whose edge passes ``distance``
    px from the centre (positive: the centre is outside), with unit outward normal ``(nx, ny)``: the exact area,
    a ramp one pixel wide for an edge along the grid, a smoother one up to 1.41 px wide across it."""
    a = np.maximum(np.maximum(np.abs(nx), np.abs(ny)), 1e-6)  # a degenerate edge (no normal) divides by nothing
    b = np.minimum(np.abs(nx), np.abs(ny))
    width = a + b
    inside = np.clip(width / 2 - distance, 0.0, width)
    bb = np.maximum(b, 1e-6)
    corner = inside**2 / (2 * a * bb)
    middle = (inside - b / 2) / a
    end = 1 - (width - inside) ** 2 / (2 * a * bb)
    area = np.where(inside < b, corner, np.where(inside < a, middle, end))
    return np.clip(np.where(b < 1e-6, np.clip(inside, 0.0, 1.0), area), 0.0, 1.0)


LOG_SIDE_MAX = 12.0
"""The largest log side (about 160,000 px) a fitted model may take: a fit wandering off on a degenerate region
(a sliver) must not overflow ``exp``."""


def _model_coverage(kind: str, parameters: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The coverage a model draws at pixel centres ``x``, ``y``: a disc (cx, cy, r), an ellipse (cx, cy, log
    semi-axes, turn), a rectangle (cx, cy, log width, log height, turn) or a triangle (three corners). A convex
    polygon's is the product of its sides' half planes (exact along the grid and away from corners)."""
    if kind == "circle":
        cx, cy, radius = parameters
        dx, dy = x - cx, y - cy
        length = np.maximum(np.hypot(dx, dy), 1e-9)
        return _half_plane_coverage(length - radius, dx / length, dy / length)
    if kind == "ellipse":
        cx, cy, la, lb, turn = parameters
        a, b = math.exp(min(la, LOG_SIDE_MAX)), math.exp(min(lb, LOG_SIDE_MAX))
        c, s = math.cos(turn), math.sin(turn)
        u, v = (x - cx) * c + (y - cy) * s, -(x - cx) * s + (y - cy) * c
        rho = np.maximum(np.hypot(u / a, v / b), 1e-9)
        gu, gv = u / (a * a * rho), v / (b * b * rho)  # the gradient of rho, in the ellipse's frame
        norm = np.maximum(np.hypot(gu, gv), 1e-9)
        return _half_plane_coverage((rho - 1) / norm, (gu * c - gv * s) / norm, (gu * s + gv * c) / norm)
    if kind == "rectangle":
        cx, cy, lw, lh, turn = parameters
        c, s = math.cos(turn), math.sin(turn)
        half = (math.exp(min(lw, LOG_SIDE_MAX)) / 2, math.exp(min(lh, LOG_SIDE_MAX)) / 2)
        corners = np.array([[-half[0], -half[1]], [half[0], -half[1]], [half[0], half[1]], [-half[0], half[1]]])
        corners = corners @ np.array([[c, s], [-s, c]]) + [cx, cy]
    else:
        corners = parameters.reshape(-1, 2)
    coverage = np.ones_like(x, dtype=float)
    orientation = 1.0 if _signed_area(corners) >= 0 else -1.0
    for k in range(len(corners)):
        start, end = corners[k], corners[(k + 1) % len(corners)]
        edge = end - start
        length = max(float(np.hypot(*edge)), 1e-9)
        nx, ny = orientation * edge[1] / length, -orientation * edge[0] / length  # outward
        distance = (x - start[0]) * nx + (y - start[1]) * ny
        coverage = coverage * _half_plane_coverage(distance, np.full_like(x, nx), np.full_like(x, ny))
    return coverage


def _turns(corners: np.ndarray) -> np.ndarray:
    """Each corner's turn: the 2D cross product of the side into it and the side out of it (its sign says which way
    the outline turns there; all of one sign, the polygon is convex)."""
    out = np.roll(corners, -1, axis=0) - corners
    into = np.roll(out, 1, axis=0)
    return into[:, 0] * out[:, 1] - into[:, 1] * out[:, 0]


def _signed_area(corners: np.ndarray) -> float:
    x, y = corners[:, 0], corners[:, 1]
    return float(0.5 * (np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def _least_squares(residual, start: np.ndarray, iterations: int = 12) -> np.ndarray:  # noqa: ANN001
    """Levenberg-Marquardt on ``residual(parameters) -> vector``, derivatives by finite differences."""
    current = np.asarray(start, float)
    values = residual(current)
    cost = float(values @ values)
    damping = 1e-2
    for _ in range(iterations):
        jacobian = np.empty((len(values), len(current)))
        for k in range(len(current)):
            step = np.zeros_like(current)
            step[k] = 1e-3
            jacobian[:, k] = (residual(current + step) - values) / 1e-3
        normal = jacobian.T @ jacobian
        gradient = jacobian.T @ values
        improved = False
        for _ in range(6):
            try:
                delta = np.linalg.solve(normal + damping * np.diag(np.diag(normal) + 1e-9), -gradient)
            except np.linalg.LinAlgError:
                break
            trial = current + delta
            trial_values = residual(trial)
            trial_cost = float(trial_values @ trial_values)
            if trial_cost < cost:
                current, values, cost, improved = trial, trial_values, trial_cost, True
                damping = max(damping / 3, 1e-6)
                break
            damping *= 4
        if not improved or cost < 1e-10:
            break
    return current


def _coverage_fits(
    observed: np.ndarray, mask: np.ndarray, outline: np.ndarray, corners: dict[str, np.ndarray] | None = None
) -> dict[str, tuple[float, np.ndarray]] | None:
    """Each model of :func:`_model_coverage` fitted to a small region's coverage ``observed`` (over the
    region's window, around its ``mask``; ``outline``: its traced outline there): its misfit (RMS over the
    pixels near the edge) and parameters; None where the region gives too little to fit."""
    import cv2

    region = mask.astype(np.uint8)
    band = (cv2.dilate(region, np.ones((5, 5), np.uint8)) > 0) & ~(cv2.erode(region, np.ones((5, 5), np.uint8)) > 0)
    ys, xs = np.nonzero(band)
    values = observed[ys, xs].astype(float)
    total = float(observed.sum())
    if len(xs) < 12 or total < 6 or len(outline) < 6:
        return None
    x, y = xs.astype(float), ys.astype(float)
    gy, gx = np.nonzero(observed > 0)
    weights = observed[gy, gx].astype(float)
    cx, cy = float((weights * gx).sum() / weights.sum()), float((weights * gy).sum() / weights.sum())
    spread = np.cov(np.stack([gx - cx, gy - cy]), aweights=weights) - np.eye(2) / 12  # a pixel's own spread
    eigenvalues, eigenvectors = np.linalg.eigh(spread)
    eigenvalues = np.maximum(eigenvalues, 0.25)
    turn = math.atan2(eigenvectors[1, 1], eigenvectors[0, 1])  # the longer axis
    (_, _), (box_w, box_h), box_turn = cv2.minAreaRect(outline.astype(np.float32))
    scale = math.sqrt(total / max(box_w * box_h, 1e-6))
    try:
        _, triangle = cv2.minEnclosingTriangle(outline.astype(np.float32).reshape(-1, 1, 2))
    except cv2.error:
        return None
    triangle = triangle.reshape(3, 2).astype(float)
    middle = triangle.mean(0)
    triangle = middle + (triangle - middle) * math.sqrt(total / max(abs(_signed_area(triangle)), 1e-6))
    starts = {
        "circle": np.array([cx, cy, math.sqrt(total / math.pi)]),
        "ellipse": np.array(
            [cx, cy, math.log(2 * math.sqrt(eigenvalues[1])), math.log(2 * math.sqrt(eigenvalues[0])), turn]
        ),
        "rectangle": np.array(
            [cx, cy, math.log(max(box_w * scale, 1.0)), math.log(max(box_h * scale, 1.0)), math.radians(box_turn)]
        ),
        "triangle": triangle.ravel(),
        **{kind: start.ravel() for kind, start in (corners or {}).items()},
    }
    fits = {}
    for kind, start in starts.items():
        best = _least_squares(lambda p, kind=kind: _model_coverage(kind, p, x, y) - values, start)
        misfit = _model_coverage(kind, best, x, y) - values
        fits[kind] = (float(np.sqrt(np.mean(misfit**2))), best)
    return fits


def _by_coverage(
    guess: ShapeGuess,
    mask: np.ndarray,
    coverage: np.ndarray,
    outline: np.ndarray,
    perimeter: float,
    polygons: dict[int, np.ndarray] | None = None,
) -> ShapeGuess | None:
    """A small antialiased region named by how well each model's drawn coverage matches its pixels' blends (see
    :func:`_coverage_fits`), where its outline alone is doubtful: a few-pixel square fills its corners' pixels
    partly where a disc leaves them empty, a triangle's corners leave their own pattern. The names of
    :data:`COVERAGE_NAMES` share what the outline gave them by those fits (Gaussian misfits, a complexity
    penalty); other names keep theirs. None where the coverage tells nothing (hard or blurred edges, a misfit
    no model explains)."""
    import cv2

    ys, xs = np.nonzero(mask)
    y0, x0 = max(0, ys.min() - 3), max(0, xs.min() - 3)
    y1, x1 = min(mask.shape[0], ys.max() + 4), min(mask.shape[1], xs.max() + 4)
    local_mask = mask[y0:y1, x0:x1]
    observed = np.clip(coverage[y0:y1, x0:x1].astype(np.float32), 0.0, 1.0)
    near = cv2.dilate(local_mask.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    observed = np.where(near, observed, 0.0)  # a neighbouring shape's pixels are no part of this one's blend
    blended = float(((observed > 0.1) & (observed < 0.9)).sum())
    if not COVERAGE_BLENDED[0] * perimeter <= blended <= COVERAGE_BLENDED[1] * perimeter:
        return None  # a hard edge says no more than its outline; a blurred one no more than a blob's
    offered = {guess.name, *guess.alternatives}
    corners = {
        COVERAGE_POLYGONS[sides]: polygons[sides] - [x0, y0]
        for sides in COVERAGE_POLYGONS
        if polygons and sides in polygons and COVERAGE_POLYGONS[sides] in offered
    }
    fits = _coverage_fits(observed, local_mask, outline - [x0, y0], corners)
    if fits is None:
        return None
    best = min(misfit for misfit, _ in fits.values())
    if best > COVERAGE_MISFIT:
        return None
    band = cv2.dilate(local_mask.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    count = float((band & (observed > 0.02) & (observed < 0.98)).sum())
    effective = max(4.0, count / COVERAGE_CORRELATION)
    scores: dict[str, float] = {}
    elongation = 1.0
    ratio, side = 1.0, 1.0
    for kind, (misfit, parameters) in fits.items():
        if kind == "ellipse":
            a, b = math.exp(parameters[2]), math.exp(parameters[3])
            elongation = min(a, b) / max(a, b)
            name = _round_name("ellipse", elongation)
        elif kind == "rectangle":
            w, h = math.exp(parameters[2]), math.exp(parameters[3])
            ratio, side = min(w, h) / max(w, h), (w + h) / 2
            name = "square" if ratio >= 0.9 else "rectangle"
        else:
            name = kind
        parameters_count = COVERAGE_PARAMETERS.get(kind, len(parameters))
        score = -0.5 * effective * math.log(max(misfit, COVERAGE_FLOOR) ** 2) - PARAMETER_COST * parameters_count
        scores[name] = max(score, scores.get(name, -math.inf))
    top = max(scores.values())
    weights = {name: math.exp(score - top) for name, score in scores.items()}
    total = sum(weights.values())
    shares = {name: weight / total for name, weight in weights.items()}
    if "square" in shares or "rectangle" in shares:  # whether the sides are equal is as sure as they are long
        name = "square" if "square" in shares else "rectangle"
        other = "rectangle" if name == "square" else "square"
        pixel = 2 * COVERAGE_SIDE_PX / max(side, 1.0)
        clarity = float(min(1.0, 0.5 + abs(ratio - 0.9) / (0.06 + pixel)))
        shares[other] = shares.get(other, 0.0) + shares[name] * (1 - clarity)
        shares[name] *= clarity
    if 0.8 < elongation < 0.94:  # between a circle and an oval
        round_share = shares.get("circle", 0.0) + shares.get("ellipse", 0.0)
        clarity = min(1.0, 0.5 + abs(elongation - 0.87) / 0.14)
        near = "circle" if elongation >= 0.87 else "ellipse"
        shares["circle" if near == "ellipse" else "ellipse"] = round_share * (1 - clarity)
        shares[near] = round_share * clarity
    probabilities = {guess.name: guess.confidence, **guess.alternatives}
    rest = {name: p for name, p in probabilities.items() if name not in COVERAGE_NAMES}
    mass = max(0.0, 1.0 - sum(rest.values()))
    probabilities = {**rest, **{name: mass * share for name, share in shares.items()}}
    name = max(probabilities, key=probabilities.__getitem__)
    confidence = probabilities[name]
    if name == "rectangle":  # a square is a rectangle too
        confidence += probabilities.get("square", 0.0)
    alternatives = {
        other: round(p, 4)
        for other, p in sorted(probabilities.items(), key=lambda i: -i[1])
        if other != name and p >= 0.01
    }
    errors = {**guess.errors, **{f"coverage_{kind}": round(misfit, 3) for kind, (misfit, _) in fits.items()}}
    return ShapeGuess(
        name, round(min(0.99, max(0.01, confidence)), 4), dict(list(alternatives.items())[:3]), errors, guess.extent
    )


REDUNDANT_FIT = 0.8
"""An n-gon whose misfit is not under this share of the best fewer-sided polygon's is that polygon with a needless
corner (a rounded corner cut in two, a straight side bent by a pixel): it is no candidate. A real corner cuts the
misfit to a third or less (regular 4-6-gons of radius 5-20 px, antialiased, in 64 px images: at most 0.32, for
a hexagon of radius 5 against a pentagon), about half where JPEG raises the noise floor; a needless one took off
2-12% in the shape-scene benchmarks."""


def _drop_redundant(residuals: dict[str, float], polygons: dict[int, np.ndarray], floor: float) -> None:
    """Removes the polygon fits a polygon of fewer sides explains as well (see :data:`REDUNDANT_FIT`): the
    likelihood of nested models alone gives the simpler one little more than its complexity penalty (about 2 to
    1 for a pentagon that fits a rectangle no better), too little to name it with confidence. Only where some
    polygon fits better than a circle or an ellipse: otherwise no polygon fit is precise enough to tell (a tiny
    square that JPEG rounded)."""
    round_fit = min((residuals[m] for m in ("circle", "ellipse") if m in residuals), default=float("inf"))
    if min((residuals[f"polygon{sides}"] for sides in polygons), default=float("inf")) > round_fit:
        return  # a round figure fits better: no polygon fits precisely enough to tell a needless corner
    for sides in _needless_corners(residuals, "polygon", sorted(polygons), floor):
        del polygons[sides], residuals[f"polygon{sides}"]


def _needless_corners(residuals: dict[str, float], model: str, sides: Sequence[int], floor: float) -> list[int]:
    """Of the fits ``model`` + side count (in increasing ``sides``) in ``residuals``, those a fit of fewer sides
    explains as well (:data:`REDUNDANT_FIT`)."""
    best, needless = float("inf"), []
    for count in sides:
        if f"{model}{count}" not in residuals:
            continue
        spread = max(residuals[f"{model}{count}"], floor)
        if spread >= REDUNDANT_FIT * best:
            needless.append(count)
        else:
            best = min(best, spread)
    return needless


MANY_SIDES = 7
"""Polygons of this many sides or more are near a circle or an ellipse (a regular octagon strays from its
circumcircle by 8% of the radius): see :data:`ROUND_MARGIN`."""
ROUND_MARGIN = 1.5
"""A polygon of :data:`MANY_SIDES` or more is named only where it fits at least this many times better than a
circle or an ellipse: a small ellipse that OpenCV or antialiasing rounded may fit an octagon of free corners about
as well as itself, where a drawn heptagon, octagon or nonagon of radius 20 px or more fits its polygon 1.9 to 8 times
better (the larger, the better)."""


def _drop_rounded_polygons(residuals: dict[str, float], polygons: dict[int, np.ndarray], floor: float) -> None:
    """Removes the fits of many-sided polygons that a round figure explains nearly as well (see
    :data:`ROUND_MARGIN`)."""
    round_fit = min((residuals[m] for m in ("circle", "ellipse") if m in residuals), default=float("inf"))
    for sides in [s for s in polygons if s >= MANY_SIDES]:
        if round_fit < ROUND_MARGIN * max(residuals[f"polygon{sides}"], floor):
            del polygons[sides], residuals[f"polygon{sides}"]


SUBPIXEL_SIDE = 48
"""Regions smaller than this (pixels, their box's longer side) are traced at sub-pixel precision."""


def _upsampling(shape: tuple[int, ...]) -> int:
    """How many times finer than the pixel grid a region of this (padded box) shape is traced: small regions,
    whose staircase outline is a large part of their size, up to 8 times; large ones not at all."""
    longest = max(shape[:2])
    return 1 if longest >= SUBPIXEL_SIDE else int(min(8, max(2, SUBPIXEL_SIDE // max(longest, 1))))


def _local_coverage(coverage: np.ndarray, mask: np.ndarray, x0: int, y0: int, region: np.ndarray) -> np.ndarray:
    """The coverage in the region's padded box, kept to the mask and the pixels next to it (blends with the
    background at its edge), so a neighbouring shape's pixels do not join its outline."""
    import cv2

    height, width = region.shape
    local = np.zeros((height, width), np.float32)
    ys0, xs0 = max(0, y0), max(0, x0)
    ys1, xs1 = min(mask.shape[0], y0 + height), min(mask.shape[1], x0 + width)
    local[ys0 - y0 : ys1 - y0, xs0 - x0 : xs1 - x0] = coverage[ys0:ys1, xs0:xs1]
    near = cv2.dilate(region, np.ones((3, 3), np.uint8)) > 0
    local[~near] = 0.0
    local[region > 0] = np.maximum(local[region > 0], 0.5)  # what the mask holds stays inside the outline
    return np.clip(local, 0.0, 1.0)


def subpixel_outline(coverage: np.ndarray, upsample: int) -> np.ndarray:
    """The outline of ``coverage >= 0.5`` traced on a grid ``upsample`` times finer, after bilinear
    interpolation: the half-coverage line of an antialiased edge (or, for a hard edge, the line between inside
    and outside pixel centres), as ``(N, 2)`` x, y points in the input's pixel coordinates.

    >>> import numpy as np
    >>> square = np.zeros((12, 12), np.float32); square[3:9, 3:9] = 1.0
    >>> outline = subpixel_outline(square, 4)
    >>> float(outline[:, 0].min()), float(outline[:, 0].max())
    (2.625, 8.375)
    """
    import cv2

    fine = cv2.resize(coverage.astype(np.float32), None, fx=upsample, fy=upsample, interpolation=cv2.INTER_LINEAR)
    contours, _ = cv2.findContours((fine >= 0.5).astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return np.zeros((0, 2))
    contour = max(contours, key=cv2.contourArea)[:, 0, :].astype(float)
    return (contour + 0.5) / upsample - 0.5


def _along_border(a: np.ndarray, b: np.ndarray, width: int, height: int, slack: float = 1.5) -> bool:
    return bool(
        (a[0] <= slack and b[0] <= slack)
        or (a[1] <= slack and b[1] <= slack)
        or (a[0] >= width - 1 - slack and b[0] >= width - 1 - slack)
        or (a[1] >= height - 1 - slack and b[1] >= height - 1 - slack)
    )


STAR_DENT = 0.12
"""A star's deepest dent (from its hull) is at least this share of the square root of the hull's area."""
STAR_SHALLOWEST = 0.3
"""A star's dents are alike, but blur and pixels make some shallower: down to this share of the deepest one, a
dent may be one of its own (the star is the one, of 4 to 8 points, that fits the outline best)."""


def _star(contour: np.ndarray, hull: np.ndarray, offset: np.ndarray, points: np.ndarray) -> np.ndarray | None:
    """A star's 2k corners: the hull's k tips and, between tips, the contour's deepest point; of the stars the
    deepest 4 to 8 dents make, the one nearest the outline ``points``."""
    import cv2

    indices = cv2.convexHull(contour, returnPoints=False)
    if indices is None or len(indices) < 4:
        return None
    try:
        defects = cv2.convexityDefects(contour, np.sort(indices[:, 0]))
    except cv2.error:
        return None
    if defects is None:
        return None
    defects = defects.reshape(-1, 4)
    depth = defects[:, 3] / 256.0
    size = math.sqrt(max(1.0, cv2.contourArea(hull)))
    if depth.max() <= STAR_DENT * size:
        return None
    order = np.argsort(-depth, kind="stable")
    fits = []
    for points_count in range(4, min(8, len(order)) + 1):
        if depth[order[points_count - 1]] < STAR_SHALLOWEST * depth.max():
            break
        dents = sorted(defects[order[:points_count]].tolist(), key=lambda d: d[2])
        star = _star_corners(contour[:, 0].astype(float), dents) + offset
        fits.append((_rms(_segment_distances(points, star).min(1)), star))
    if not fits:
        return None
    # a star of more points fits a little better whatever it is: the fewest points that fit about as well
    best = min(residual for residual, _ in fits)
    return next(star for residual, star in fits if residual <= best + max(STAR_POINTS_SLACK_PX, 0.15 * best))


STAR_POINTS_SLACK_PX = 0.15
"""Pixels by which a star of fewer points may fit its outline worse and still be taken (its points are counted)."""


HOLLOW_SHARE = 0.6
"""A region covering less than this share of what its outline encloses is a stroke around a hollow shape."""
STAR_TIP_SPAN = (0.4, 0.85)
"""The stretch of a star's side, from its tip (0) to its dent (1), whose points its line is fitted to: blur rounds
the tip over more of the side than the dent."""


def _sharp_tips(points: np.ndarray, star: np.ndarray) -> np.ndarray:
    """A star's corners (tips at even indexes, as :func:`_star_corners` gives them) with its tips moved out to where
    lines fitted to their two sides meet. Blur and antialiasing blunt a sharp point along its bisector by about the
    blur's width over sin(half its angle), three times it at a five-pointed star's 36 degrees. Read from the blunt
    tips, a lone star's circumradius came out 4-12% under the drawn one (medians, 12-30 px) and within 6% of it for
    70% of 396 generated stars; from the sharpened tips, for 89% (3% over by more than 6%). The tips move out
    together, by the median of what their meeting points give (two nearly parallel sides' meeting point is
    unsteady), where most tips give one; never in.

    >>> angles = np.arange(10) * np.pi / 5
    >>> drawn = np.stack([np.cos(angles), np.sin(angles)], 1) * np.where(np.arange(10) % 2 == 0, 20.0, 9.0)[:, None]
    >>> blunt = drawn.copy(); blunt[::2] *= 0.85
    >>> outline = np.concatenate([np.linspace(drawn[k], drawn[(k + 1) % 10], 40) for k in range(10)])
    >>> bool(np.allclose(_sharp_tips(outline, blunt)[::2], drawn[::2], atol=0.1))
    True
    """
    count = len(star)
    if count % 2:
        return star
    owner = _segment_distances(points, star).argmin(1)
    lines: list[tuple[np.ndarray, np.ndarray] | None] = []
    for k in range(count):
        start, end = star[k], star[(k + 1) % count]
        step = end - start
        length2 = float(step @ step)
        along = ((points - start) @ step) / max(length2, 1e-9)
        if k % 2:  # from a dent to a tip
            along = 1 - along
        chosen = points[(owner == k) & (along >= STAR_TIP_SPAN[0]) & (along <= STAR_TIP_SPAN[1])]
        lines.append(_fitted_line(chosen) if len(chosen) >= 3 else None)
    middle = star.mean(0)
    gains = []  # how much farther from the middle each tip's sides meet than the blunt tip shows
    for k in range(0, count, 2):
        before, after = lines[k - 1], lines[k]
        tip = None if before is None or after is None else _meeting_point(before, after)
        if tip is None:
            continue
        shorter = min(np.linalg.norm(star[k] - star[k - 1]), np.linalg.norm(star[(k + 1) % count] - star[k]))
        if np.linalg.norm(tip - star[k]) <= 0.5 * shorter:
            gains.append(np.linalg.norm(tip - middle) / max(float(np.linalg.norm(star[k] - middle)), 1e-9))
    if 2 * len(gains) < count // 2:
        return star
    sharp = star.copy()
    sharp[::2] = middle + (star[::2] - middle) * max(1.0, float(np.median(gains)))
    return sharp


DENT_FLAT_PX = 0.25
"""Outline points this close to a dent's depth (at most a tenth of it less) are its deepest stretch."""


def _dents(points: np.ndarray) -> list[tuple[int, int, int, float]]:
    """The outline's concavities: for each edge of its convex hull, the outline between the edge's two ends as
    ``(start, end, deepest, depth)``: indexes into ``points`` of the edge's ends and of the middle of the outline's
    stretch farthest from it (see :data:`DENT_FLAT_PX`), and that distance in pixels; in the outline's order, only
    those with some depth."""
    import cv2

    count = len(points)
    if count < 4:
        return []
    indices = cv2.convexHull(points.astype(np.float32), returnPoints=False)
    if indices is None or len(indices) < 3:
        return []
    hull = np.sort(indices.reshape(-1))
    found = []
    for start, end in zip(hull, np.roll(hull, -1), strict=True):
        span = np.arange(start, end + (count if end <= start else 0) + 1) % count
        if len(span) <= 2:
            continue
        edge = points[end] - points[start]
        length = float(np.hypot(*edge))
        if length < 1e-6:
            continue
        offsets = points[span] - points[start]
        distance = np.abs(offsets[:, 0] * edge[1] - offsets[:, 1] * edge[0]) / length
        depth = float(distance.max())
        if depth > 1e-6:
            # the middle of the deepest stretch (a notch the pixels flatten has no one deepest point)
            deepest = np.flatnonzero(distance >= depth - min(DENT_FLAT_PX, 0.1 * depth))
            found.append((int(start), int(end), int(span[deepest[len(deepest) // 2]]), depth))
    return found


CROSS_DENT = 0.1
"""A cross's four dents (the inner corners between its arms, from its hull) are each at least this share of the
square root of the hull's area deep (0.15 for a plus whose arms are as wide as long, 0.2-0.3 for usual ones), and
:data:`CROSS_DENT_PX` pixels (deeper than most of the staircase's; a 12 px cross's are 1.5-2 px deep); a fifth dent,
if any, is under :data:`CROSS_FIFTH` of the fourth (a cross has four, a star five or more)."""
CROSS_DENT_PX = 1.0
CROSS_FIFTH = 0.5
CROSS_ARMS = 0.5
"""A cross's arms are equal (a plus sign): the shortest at least this share of the longest, and the two bars'
widths too; beyond, the name is doubtful (a Latin cross, a bar with a stub)."""
CROSS_ARM_LENGTH = 0.3
"""Each of a cross's arms sticks out beyond the other bar by at least this share of that bar's width: shorter
stubs make a square with notched corners, no cross."""


def _cross(
    points: np.ndarray, dents: list[tuple[int, int, int, float]], size: float, hidden: np.ndarray
) -> tuple[np.ndarray, float] | None:
    """A cross (a plus sign: two perpendicular bars crossing at their middles) fitted to the outline ``points``:
    its 12 corners and how clearly it is one (1: arms of one length and width, less as they differ), or None when
    the outline has no four inner corners of one (``hidden``: where the outline is the border's or another
    shape's). ``dents``: the outline's :func:`_dents`; ``size``: the square root of its hull's area. Its four inner
    corners (the deepest points of its four dents, where the bars' sides cross) give its centre and about its
    orientation (a pixel off on a small cross turns it by 10 degrees or more: the orientation the 12 sides fit best
    near it is taken, see :func:`_cross_fit`)."""
    deep = sorted(dents, key=lambda d: -d[3])
    if len(deep) < 4 or deep[3][3] < max(CROSS_DENT * size, CROSS_DENT_PX):
        return None
    if len(deep) > 4 and deep[4][3] > CROSS_FIFTH * deep[3][3]:
        return None
    if hidden[[d[2] for d in deep[:4]]].any():  # an inner corner where the border or another shape cuts it
        return None
    inner = points[sorted(d[2] for d in deep[:4])]  # in the outline's order: each next to the following one
    # the inner corners are a rectangle's (the two bars' overlap), its sides along the bars
    sides = np.roll(inner, -1, axis=0) - inner
    angle = float(np.angle((np.hypot(*sides.T) * np.exp(4j * np.arctan2(sides[:, 1], sides[:, 0]))).sum()) / 4.0)
    fits = [_cross_fit(points, inner, angle + math.radians(turn)) for turn in CROSS_TURNS]
    best = min((f for f in fits if f is not None), key=lambda f: f[0], default=None)
    for step in (2.5, 1.25):  # then finer, about the best
        if best is not None:
            turned = [_cross_fit(points, inner, best[1] + math.radians(turn)) for turn in (-step, step)]
            best = min((f for f in [best, *turned] if f is not None), key=lambda f: f[0])
    if best is None:
        return None
    _, angle, corners, sides = best
    widths = (sides["xr"] - sides["xl"], sides["yb"] - sides["yt"])
    arms = (sides["yt"] - sides["U"], sides["R"] - sides["xr"], sides["D"] - sides["yb"], sides["xl"] - sides["L"])
    across = (widths[1], widths[0], widths[1], widths[0])  # each arm sticks out beyond the other bar
    stubs = [arm < max(0.5, CROSS_ARM_LENGTH * width) for arm, width in zip(arms, across, strict=True)]
    if min(widths) <= 0.5 or any(stubs):
        return None
    # arms that narrow to their ends are a four-pointed star's; a small turned plus sign's pixels narrow them a little
    low, high = CROSS_ARM_END
    kept = float(np.clip((_tapering(points, inner.mean(0), angle, sides) - low) / (high - low), 0.0, 1.0))
    if kept == 0.0:
        return None

    equal = min(min(arms) / max(arms), min(widths) / max(widths))
    return corners, kept * (1.0 if equal >= CROSS_ARMS else max(0.0, equal / CROSS_ARMS))


CROSS_ARM_END = (0.77, 0.8)
"""A cross's arms keep their width to their ends: the outline's width across the outer third of its arms over the
bars' widths, on average, is 1 for a plus sign drawn large, 0.8-0.81 for one 12 px across and turned; a four-pointed
star's arms narrow (0.6-0.76 of the width of a cross fitted to it, down to 10 px across). Under the first, no cross;
between the two, a cross as much less sure."""


def _tapering(points: np.ndarray, centre: np.ndarray, angle: float, sides: dict[str, float]) -> float:
    """How wide a cross's arms are across their outer third, over the bars' widths, on average over its four arms
    (about 1 for a plus sign's bars, less for arms that narrow to their ends). ``sides``: the fitted cross's, in
    its frame (see :func:`_cross_fit`)."""
    cos, sin = math.cos(angle), math.sin(angle)
    frame = (points - centre) @ np.array([[cos, sin], [-sin, cos]]).T
    x, y = frame[:, 0], frame[:, 1]
    across_x, across_y = sides["xr"] - sides["xl"], sides["yb"] - sides["yt"]
    ends = [
        (y <= sides["U"] + (sides["yt"] - sides["U"]) / 3, x, across_x),
        (y >= sides["D"] - (sides["D"] - sides["yb"]) / 3, x, across_x),
        (x <= sides["L"] + (sides["xl"] - sides["L"]) / 3, y, across_y),
        (x >= sides["R"] - (sides["R"] - sides["xr"]) / 3, y, across_y),
    ]
    shares = [float(np.ptp(along[chosen])) / max(width, 1e-9) for chosen, along, width in ends if chosen.sum() >= 2]
    return float(np.mean(shares)) if shares else 1.0


CROSS_TURNS = (0.0, -5.0, 5.0, -10.0, 10.0, -15.0, 15.0, -20.0, 20.0)
"""Degrees by which a cross's orientation may differ from its inner corners' (then found to 1.25 degrees)."""


def _cross_fit(
    points: np.ndarray, inner: np.ndarray, angle: float
) -> tuple[float, float, np.ndarray, dict[str, float]] | None:
    """A cross at ``angle`` (radians) fitted to the outline ``points``: its misfit, the angle, its 12 corners and
    its sides (in its frame: the vertical bar's sides ``xl``, ``xr``, the horizontal one's ``yt``, ``yb``, the
    arms' ends ``L``, ``R``, ``U``, ``D``), or None when the ``inner`` corners are not one in each quarter about
    their middle. The sides start at the inner corners and the outline's extremes, then are fitted to the outline
    points nearest them (away from the corners), four times over."""
    centre = inner.mean(0)
    cos, sin = math.cos(angle), math.sin(angle)
    rotate = np.array([[cos, sin], [-sin, cos]])  # image -> frame
    frame = (points - centre) @ rotate.T
    corners_in = (inner - centre) @ rotate.T
    if len({(bool(x > 0), bool(y > 0)) for x, y in corners_in}) != 4:
        return None
    xs, ys = np.sort(corners_in[:, 0]), np.sort(corners_in[:, 1])
    sides = {
        "xl": float(xs[:2].mean()),
        "xr": float(xs[2:].mean()),
        "yt": float(ys[:2].mean()),
        "yb": float(ys[2:].mean()),
        "L": float(frame[:, 0].min()),
        "R": float(frame[:, 0].max()),
        "U": float(frame[:, 1].min()),
        "D": float(frame[:, 1].max()),
    }
    # the 12 sides in the outline's order, and which coordinate (0: x, 1: y) of which parameter each holds
    owners = [("U", 1), ("xr", 0), ("yt", 1), ("R", 0), ("yb", 1), ("xr", 0)]
    owners += [("D", 1), ("xl", 0), ("yb", 1), ("L", 0), ("yt", 1), ("xl", 0)]
    for _ in range(4):
        corners = _cross_corners(sides)
        owner = _segment_distances(frame, corners).argmin(1)
        near_corner = np.linalg.norm(frame[:, None, :] - corners[None], axis=2).min(1)
        updated: dict[str, list[float]] = {}
        for k, (name, axis) in enumerate(owners):
            chosen = frame[(owner == k) & (near_corner > 0.75), axis]
            updated.setdefault(name, []).extend(chosen.tolist())
        for name, values in updated.items():
            if values:
                sides[name] = float(np.mean(values))
    corners = _cross_corners(sides)
    misfit = _rms(_segment_distances(frame, corners).min(1))
    return misfit, angle, corners @ rotate + centre, sides


def _cross_corners(sides: dict[str, float]) -> np.ndarray:
    xl, xr, yt, yb = sides["xl"], sides["xr"], sides["yt"], sides["yb"]
    left, right, up, down = sides["L"], sides["R"], sides["U"], sides["D"]
    return np.array(
        [
            (xl, up), (xr, up), (xr, yt), (right, yt), (right, yb), (xr, yb),
            (xr, down), (xl, down), (xl, yb), (left, yb), (left, yt), (xl, yt),
        ]
    )  # fmt: skip


RECTILINEAR_SIDE = 0.12
"""Each side of a figure of right angles (an L, a T) is at least this share of the square root of its hull's area
(and :data:`RECTILINEAR_SIDE_PX`): a shorter step is a chipped corner or the pixel staircase, no side."""
RECTILINEAR_SIDE_PX = 3.0
"""... and at least this many pixels: a speck's steps (a sliver of a spiky shape that another cuts in two) make no
letter (a game's pieces of 5 px squares have sides of 5 px and more)."""
RECTILINEAR_TILT = 15.0
"""Degrees a right-angled figure's side may lean off its frame's axes (a small figure's traced sides lean a little)."""
RECTILINEAR_NAMES = {(1,): "l-shape", (0, 6): "u-shape", (2, 4): "t-shape", (3, 3): "s-shape"}
"""A figure of right angles named by its inner corners: one makes an L; two make a U where nothing lies between them
along the outline, a T where two outer corners lie between them one way and four the other, an S (or a Z, its
mirror image) where three lie between them each way."""


def _rectilinear(points: np.ndarray, size: float) -> tuple[np.ndarray, str] | None:
    """A figure of right angles with one or two inner corners (an L, a T, an S or Z, a U: :data:`RECTILINEAR_NAMES`)
    fitted to the whole outline ``points``: its corners and its name, or None when the outline is no such figure.
    The frame is the outline's own (its sides' directions, modulo 90 degrees); the corners are a polygon's through
    the outline in that frame whose sides each lie along an axis, each side then fitted to the outline points
    nearest it (away from the corners), four times over. ``size``: the square root of the hull's area."""
    import cv2

    # the sides' directions from a coarse polygon through the outline (the pixel staircase's steps lean 0 or 45)
    coarse = cv2.approxPolyDP(points.astype(np.float32).reshape(-1, 1, 2), max(1.0, 0.03 * size), True)
    coarse = coarse.reshape(-1, 2)
    steps = np.roll(coarse, -1, axis=0) - coarse
    lengths = np.hypot(*steps.T)
    angle = float(np.angle((lengths * np.exp(4j * np.arctan2(steps[:, 1], steps[:, 0]))).sum()) / 4.0)
    centre = points.mean(0)
    cos, sin = math.cos(angle), math.sin(angle)
    rotate = np.array([[cos, sin], [-sin, cos]])  # image -> frame
    frame = (points - centre) @ rotate.T
    epsilon = max(1.0, 0.06 * size)
    approx = cv2.approxPolyDP(frame.astype(np.float32).reshape(-1, 1, 2), epsilon, True).reshape(-1, 2)
    if len(approx) < 6:
        return None
    sides = np.roll(approx, -1, axis=0) - approx
    tilt = np.degrees(np.arctan2(np.abs(sides[:, 1]), np.abs(sides[:, 0])))  # 0: along x, 90: along y
    axes = np.where(tilt <= RECTILINEAR_TILT, 1, np.where(tilt >= 90.0 - RECTILINEAR_TILT, 0, -1))
    if (axes < 0).any():
        return None
    # sides along one axis in a row are one side (approxPolyDP may keep a corner of the staircase)
    keep = axes != np.roll(axes, 1)
    if not keep.any():
        return None
    first = int(np.flatnonzero(keep)[0])
    order = np.roll(np.arange(len(approx)), -first)
    starts = [k for k in order if keep[k]]
    count = len(starts)
    if count % 2 or count not in (6, 8):
        return None
    # each side's coordinate (x for a side along y, y for one along x), from its end points, then from the outline
    values = []
    for index, start in enumerate(starts):
        end = starts[(index + 1) % count]
        axis = int(axes[start])
        values.append(float((approx[start, axis] + approx[end, axis]) / 2.0))
    owners = [int(axes[start]) for start in starts]  # which coordinate each side holds

    def corners_of(values: list[float]) -> np.ndarray:
        # the corner before side k joins side k-1 and side k
        found = []
        for k in range(count):
            point = [0.0, 0.0]
            point[owners[k]] = values[k]
            point[owners[k - 1]] = values[k - 1]
            found.append(point)
        return np.array(found)

    for _ in range(4):
        corners = corners_of(values)
        owner = _segment_distances(frame, corners).argmin(1)  # side k runs from corner k to corner k + 1
        near_corner = np.linalg.norm(frame[:, None, :] - corners[None], axis=2).min(1)
        for k in range(count):
            chosen = frame[(owner == k) & (near_corner > 0.75), owners[k]]
            if len(chosen):
                values[k] = float(chosen.mean())
    corners = corners_of(values)
    if np.hypot(*(np.roll(corners, -1, axis=0) - corners).T).min() < max(RECTILINEAR_SIDE_PX, RECTILINEAR_SIDE * size):
        return None
    inner = _inner_corners(corners)
    if len(inner) == 1:
        gaps: tuple[int, ...] = (1,)
    elif len(inner) == 2:
        between = int(inner[1] - inner[0] - 1)
        gaps = tuple(sorted((between, count - 2 - between)))
    else:
        return None
    name = RECTILINEAR_NAMES.get(gaps)
    if name is None or (name == "l-shape") != (count == 6):
        return None
    if name in MIRRORED and _handedness(corners, name) < 0:
        name = MIRRORED[name]
    return corners @ rotate + centre, name


MIRRORED = {"l-shape": "j-shape", "s-shape": "z-shape"}
"""Figures of right angles whose mirror image is named by another letter (a J is a mirrored L, a Z a mirrored S)."""
HANDED = 0.1
"""How much longer (a share of the figure's longest side) one of the two sides that tell a figure from its mirror
image is than the other, for the figure to be one of the pair: an L whose two arms are as long is as much a J."""


def _inner_corners(corners: np.ndarray) -> np.ndarray:
    """Indexes of a polygon's inner (reflex) corners: those that turn against the way its outline goes round."""
    return np.flatnonzero(np.sign(_turns(corners)) == -np.sign(_signed_area(corners)))


def _handedness(corners: np.ndarray, name: str) -> int:
    """1 for the letter's own figure (an L, an S), -1 for its mirror image (a J, a Z), 0 when the figure does not
    tell (an L whose arms are as long). Going round the outline one way from an inner corner, an L's first side (up
    its long arm) is longer than its last, and an S's third side longer than its second; a mirror image goes round
    the other way. It does not change as the figure turns."""
    if _signed_area(corners) > 0:
        corners = corners[::-1]  # one way round (in image coordinates, y down)
    lengths = np.hypot(*(np.roll(corners, -1, axis=0) - corners).T)
    differences = []
    for corner in _inner_corners(corners):
        sides = np.roll(lengths, -int(corner))  # sides[0] runs from the inner corner
        differences.append(sides[0] - sides[-1] if name == "l-shape" else sides[2] - sides[1])
    told = float(np.mean(differences)) / max(1e-9, float(lengths.max())) if differences else 0.0
    return 0 if abs(told) < HANDED else (1 if told > 0 else -1)


FIGURE_SIZE = 5.0
"""Pixels (the square root of the hull's area) under which no cross, semicircle or heart is fitted: a speck of a
dozen pixels has no parts to show (a 10 px semicircle is 6 px, a 10 px cross or heart 9 px)."""
FIGURE_AREA = (0.6, 1.25)
"""A fitted cross, semicircle or heart covers the region: the region's area over the figure's lies between these
(under 1 where the border or other shapes hide part of it; each shape keeps 60% in view in scenes of overlapping
shapes)."""
CONVEX_DENT_PX, CONVEX_DENT = 1.2, 0.1
"""A dent no deeper than the larger of these (pixels, and a share of the square root of the hull's area) may be the
pixel staircase's, blur's or JPEG's (up to about a pixel, 6% of a 10 px shape's size): a convex figure (a semicircle)
has none deeper; an L, a crescent or an arrow dents a quarter of its size or more."""
SEMICIRCLE_CHORD_HIDDEN = 0.3
"""A semicircle's straight side may not be where the image border or another shape cuts a round one: when more of
it than this share lies there, the region is no semicircle (a circle cut in half by the border is a circle)."""


def _semicircle(points: np.ndarray, hidden: np.ndarray) -> tuple[np.ndarray, np.ndarray, float] | None:
    """A half disc fitted to the outline ``points``: the middle of its straight side (the chord), the unit
    vector from there to the top of its arc, and its radius; None when no half disc fits or its chord lies where
    the outline is ``hidden`` (the image border or another shape). The chord's side is first found from the
    region's moments (a half disc's axis is its shorter one; its centroid lies 0.42 radii from the chord), then
    fitted to the outline points nearest it (a line), and the arc (a circle centred on that line) to the others,
    four times over."""
    import cv2

    moments = cv2.moments(points.astype(np.float32))
    area = moments["m00"]
    if abs(area) < 4.0:
        return None
    centroid = np.array([moments["m10"] / area, moments["m01"] / area])
    mu20, mu02, mu11 = moments["mu20"] / area, moments["mu02"] / area, moments["mu11"] / area
    major = 0.5 * math.atan2(2 * mu11, mu20 - mu02)
    axis = np.array([-math.sin(major), math.cos(major)])  # the shorter axis
    along = (points - centroid) @ axis
    if along.max() < -along.min():
        axis = -axis
    radius = math.sqrt(2 * abs(area) / math.pi)
    centre = centroid - 4 * radius / (3 * math.pi) * axis
    for _ in range(4):
        _, chord = _semicircle_distances(points, centre, axis, radius)
        arc = ~chord
        if chord.sum() < 3 or arc.sum() < 3:
            return None
        # the chord: a line (total least squares) through its points
        middle = points[chord].mean(0)
        _, _, vt = np.linalg.svd(points[chord] - middle, full_matrices=False)
        tangent = vt[0]
        normal = np.array([-tangent[1], tangent[0]])
        if normal @ axis < 0:
            normal = -normal
        # the arc: a circle centred on that line, centre = middle + s * tangent, |p - centre|^2 = radius^2
        offsets = points[arc] - middle
        system = np.stack([-2 * offsets @ tangent, np.ones(len(offsets))], axis=1)
        (shift, constant), *_ = np.linalg.lstsq(system, -(offsets**2).sum(1), rcond=None)
        squared = shift**2 - constant
        if squared <= 1.0:
            return None
        centre, axis, radius = middle + shift * tangent, normal, math.sqrt(squared)
    _, chord = _semicircle_distances(points, centre, axis, radius)
    if hidden[chord].mean() > SEMICIRCLE_CHORD_HIDDEN:
        return None
    return centre, axis, radius


def _semicircle_distances(
    points: np.ndarray, centre: np.ndarray, axis: np.ndarray, radius: float
) -> tuple[np.ndarray, np.ndarray]:
    """Distances of points to a half disc's outline (the middle of its chord, the unit vector to its arc's top,
    its radius), and which are nearer the chord than the arc."""
    offsets = points - centre
    height = offsets @ axis
    across = offsets @ np.array([axis[1], -axis[0]])
    beyond = np.maximum(np.abs(across) - radius, 0.0)
    to_chord = np.hypot(beyond, height)
    to_ends = np.hypot(np.abs(across) - radius, height)
    to_arc = np.where(height >= 0, np.abs(np.hypot(across, height) - radius), to_ends)
    return np.minimum(to_chord, to_arc), to_chord < to_arc


HEART_NOTCH_PX = 0.6
"""A heart's notch (the dent between its lobes) is at least this deep in pixels (about a pixel on a 10 px heart)."""
HEART_NOTCH_SHARE = 0.025
"""... and this share of the square root of the hull's area (0.1-0.2 on drawn hearts)."""
HEART_NOTCHES = 3
"""The deepest dents tried as a heart's notch: on a small heart, the notch may be no deeper than the staircase's."""
HEART_OTHER_DENTS, HEART_OTHER_DENTS_PX = 0.5, 1.5
"""A heart has one dent: any other is under this share of its notch, or under this many pixels (the staircase of a
hard edge dents the outline of a 15-20 px heart by up to about that, its notch by 2-3 px)."""
HEART_SYMMETRY, HEART_SYMMETRY_PX = 0.06, 0.9
"""A heart is symmetric about its axis: the free outline mirrored in it lies within the larger of these of the
outline (RMS; a share of the square root of the hull's area, and pixels: a 10 px heart's pixels make it asymmetric
by up to 0.9 px)."""
HEART_AXIS_TURN, HEART_AXIS_STEP = math.radians(12.0), math.radians(4.0)
"""How far a heart's axis may turn from the line from its notch to the outline point farthest from it (a blunt
tip's farthest point may lie off the axis), in steps of the second, while the outline grows more symmetric."""
HEART_NOTCH_SKEW = 0.3
"""A heart's notch lies midway between its lobes' tops: the hull's edge from one to the other turns from square to
the axis by at most this sine (17 degrees), and its middle lies off the axis by at most this share of its length."""
HEART_NOTCH_DEPTH = 0.33
"""A heart's notch is at most this share of the heart's height deep (0.08-0.25 on drawn hearts): a deeper dent is
a mouth (a Pac-Man) or a gap between legs, no notch between lobes."""
HEART_TIP_DEGREES, HEART_TIP_SEEN_DEGREES = 140.0, 150.0
"""A heart's tip is a corner: its fitted sides (tangent to the lobes) meet at less than the first angle (90-110
degrees drawn), the chords to the outline 15% of the heart's height (at least 2 px) on either side of it at less
than the second (the pixels blunt a small heart's tip: 140-150 degrees on a 15 px dSprites heart)."""
HEART_LOBES = 0.3
"""A heart's lobes' centres lie at least this share of their radius off its axis (0.5-1 drawn): nearer, the lobes
are one round top with no notch between them (a teardrop, a circle with a pixel nub)."""
HEART_ROUND = 100.0
"""A heart's lobes are round: no corner sharper than this (degrees, over half a lobe's radius; 110-150 drawn, down
to 105 on a 10 px heart's pixels). A polygon with a bite out of one side (a triangle a shape in front of it dents)
may have a heart's notch, tip and symmetry, but corners where the lobes would be."""
HEART_ASPECT = (0.6, 1.7)
"""A heart's width over its height (from tip to the top of its lobes) lies between these (about 1 to 1.2 drawn)."""


def _heart(
    points: np.ndarray, free: np.ndarray, dents: list[tuple[int, int, int, float]], size: float
) -> np.ndarray | None:
    """A heart fitted to the outline ``points`` (``free``: those the border and other shapes do not hide; ``dents``:
    the outline's :func:`_dents`; ``size``: the square root of its hull's area), as the parameters of
    :func:`_heart_distances`, or None when the outline has no heart's parts: one notch (a dent on its free outline,
    no other as deep), mirror symmetry about an axis through it, a tip on that axis across from it that is a corner,
    and two round lobes either side of the notch. The model (two round lobes meeting at the notch, and straight
    sides tangent to them meeting at the tip) starts from the notch, the tip and a circle through the folded upper
    outline, and is refined (Nelder-Mead) to the free outline."""
    free_dents = [d for d in dents if free[d[2]]]
    floor = max(HEART_NOTCH_PX, HEART_NOTCH_SHARE * size)
    for notch in sorted(free_dents, key=lambda d: -d[3])[:HEART_NOTCHES]:
        if notch[3] < floor:
            break
        others = max((d[3] for d in free_dents if d is not notch), default=0.0)
        if others > max(HEART_OTHER_DENTS * notch[3], HEART_OTHER_DENTS_PX):
            continue
        fitted = _heart_at(points, free, notch, size)
        if fitted is not None:
            return fitted
    return None


def _heart_at(
    points: np.ndarray, free: np.ndarray, notch: tuple[int, int, int, float], size: float
) -> np.ndarray | None:
    """:func:`_heart` with ``notch`` (one of the outline's :func:`_dents`) as the heart's notch."""
    top = points[notch[2]]
    far = points[int(np.argmax(np.hypot(*(points - top).T)))]
    heading = math.atan2(far[1] - top[1], far[0] - top[0])
    outline = points[:: max(1, len(points) // 80)]
    seen = points[free][:: max(1, int(free.sum()) // 60)]
    limit = max(HEART_SYMMETRY * size, HEART_SYMMETRY_PX)

    def asymmetry(turn: float) -> float:
        return _asymmetry(seen, outline, top, np.array([math.cos(heading + turn), math.sin(heading + turn)]))

    turn, least = 0.0, asymmetry(0.0)
    if least > 3 * limit:  # far from symmetric: no small turn makes it so
        return None
    for step in (HEART_AXIS_STEP, -HEART_AXIS_STEP):  # turn the axis while the outline grows more symmetric
        while abs(turn + step) <= HEART_AXIS_TURN and (value := asymmetry(turn + step)) < least:
            turn, least = turn + step, value
    if least > limit:
        return None
    down = np.array([math.cos(heading + turn), math.sin(heading + turn)])
    up, side = -down, np.array([-down[1], down[0]])
    # the notch lies between the lobes: the hull's edge across it (from one lobe's top to the other's) runs across
    # the axis, its middle on it
    lobes = points[notch[1]] - points[notch[0]]
    middle = (points[notch[0]] + points[notch[1]]) / 2 - top
    span = float(np.hypot(*lobes))
    if abs(float(lobes @ up)) > HEART_NOTCH_SKEW * span or abs(float(middle @ side)) > HEART_NOTCH_SKEW * span:
        return None
    # the tip: the outline point near the axis farthest from the notch
    offsets = points - top
    below = offsets @ down
    near = np.abs(offsets @ side) <= max(1.0, 0.1 * float(below.max()))
    index = int(np.flatnonzero(near)[np.argmax(below[near])])
    tip, height = points[index], float(below[index])
    if height < 4.0 or notch[3] > HEART_NOTCH_DEPTH * (height + notch[3]):
        return None
    if _corner_angle(points, index, max(2.0, 0.15 * height)) > HEART_TIP_SEEN_DEGREES:
        return None
    # the lobes: a circle through the folded upper outline (``across`` the axis, ``rise`` above the tip)
    offsets = points - tip
    folded = np.stack([np.abs(offsets @ side), offsets @ up], axis=1)
    lobe = _circle_through(folded[folded[:, 1] > 0.6 * height])
    if lobe is None or not 0.02 * height < lobe[0] < lobe[2] < 0.7 * height:
        lobe = (0.2 * height, 0.7 * height, 0.35 * height)  # a drawn heart's proportions
    start = np.array([tip[0], tip[1], math.atan2(up[1], up[0]), *lobe])
    steps = np.array([0.05 * height, 0.05 * height, 0.05, 0.05 * height, 0.05 * height, 0.05 * height])
    fitted = points[free][:: max(1, int(free.sum()) // 160)]
    best = _nelder_mead(lambda v: _rms(_heart_distances(fitted, v)), start, steps)
    _, _, _, across, rise, radius = best
    if radius <= 0 or not HEART_LOBES * radius <= across < radius or math.hypot(across, rise) <= radius:
        return None  # no two lobes (a teardrop), or no heart at all
    if not HEART_ASPECT[0] <= 2 * (across + radius) / (rise + radius) <= HEART_ASPECT[1]:
        return None
    if _roundness(points, free, best) < HEART_ROUND:
        return None
    # the tip's angle: the sides are tangent to the lobes
    reach = math.hypot(across, rise)
    if 2 * math.degrees(math.atan2(across, rise) + math.asin(radius / reach)) >= HEART_TIP_DEGREES:
        return None
    return best


ROUNDED_CORNERS = (0.1, 0.4)
"""A rounded rectangle's corner radius over its shorter side lies between these: under the first its corners are
a rectangle's that rasterisation, blur or JPEG rounded; over the second it is nearly a stadium, which an ellipse
fits about as well (slides and diagrams round by a fifth to a third)."""
ROUNDED_RADIUS_PX = 2.0
"""...and the radius is at least this many pixels: antialiasing and blur round a drawn corner by a pixel or so."""


def _rounded_rectangle(points: np.ndarray, free: np.ndarray) -> np.ndarray | None:
    """A rectangle with round corners fitted to the outline's ``free`` points: its centre, half sides, turn and
    corner radius, or None where the radius is no rounding (see :data:`ROUNDED_CORNERS`)."""
    import cv2

    if len(free) < 16:
        return None
    (cx, cy), (w, h), angle = cv2.minAreaRect(points.astype(np.float32))
    if min(w, h) < 2 * FIGURE_SIZE:
        return None
    start = np.array([cx, cy, w / 2, h / 2, math.radians(angle), 0.2 * min(w, h)])
    fitted = _least_squares(lambda p: _rounded_distances(free, p), start, iterations=20)
    _, _, a, b, _, radius = fitted
    short = 2 * min(abs(a), abs(b))
    if not (ROUNDED_CORNERS[0] * short <= radius <= ROUNDED_CORNERS[1] * short and radius >= ROUNDED_RADIUS_PX):
        return None
    return fitted


def _rounded_distances(points: np.ndarray, parameters: np.ndarray) -> np.ndarray:
    """Signed distances of ``points`` from a rounded rectangle's outline (a rounded box's distance field)."""
    cx, cy, a, b, turn, radius = parameters
    a, b = abs(a), abs(b)
    radius = min(max(radius, 0.0), a, b)
    dx, dy = points[:, 0] - cx, points[:, 1] - cy
    c, s = math.cos(turn), math.sin(turn)
    qx = np.abs(dx * c + dy * s) - (a - radius)
    qy = np.abs(-dx * s + dy * c) - (b - radius)
    outside = np.hypot(np.maximum(qx, 0.0), np.maximum(qy, 0.0))
    return outside + np.minimum(np.maximum(qx, qy), 0.0) - radius


def _rounded_outline(parameters: np.ndarray, count: int = 8) -> np.ndarray:
    """A rounded rectangle's outline as a polygon, ``count`` points to each corner's arc."""
    cx, cy, a, b, turn, radius = parameters
    a, b = abs(a), abs(b)
    radius = min(max(radius, 0.0), a, b)
    local = []
    for k, (sx, sy) in enumerate(((1, 1), (-1, 1), (-1, -1), (1, -1))):
        for t in np.linspace(0.0, math.pi / 2, count):
            angle = k * math.pi / 2 + t
            local.append((sx * (a - radius) + radius * math.cos(angle), sy * (b - radius) + radius * math.sin(angle)))
    local = np.array(local)
    c, s = math.cos(turn), math.sin(turn)
    return np.column_stack([cx + local[:, 0] * c - local[:, 1] * s, cy + local[:, 0] * s + local[:, 1] * c])


def _roundness(points: np.ndarray, free: np.ndarray, parameters: np.ndarray) -> float:
    """The sharpest corner (degrees, see :func:`_corner_angle`) of a heart's lobes: where the outline is ``free``
    (no other shape's edge), lies above the lobes' centres (from the tip) and away from the notch, over half a
    lobe's radius (at least 2 px) either side."""
    shape = _heart_shape(parameters)
    if shape is None:
        return 0.0
    tip, up, _, _, ends = shape
    _, _, _, _, rise, radius = parameters
    height = (points - tip) @ up
    notch = tip + ends[0, 1] * up
    lobe = np.flatnonzero(free & (height > rise) & (np.hypot(*(points - notch).T) > 0.5 * radius))
    reach = max(2.0, 0.5 * radius)
    return min((_corner_angle(points, int(k), reach) for k in lobe[:: max(1, len(lobe) // 60)]), default=180.0)


def _asymmetry(points: np.ndarray, outline: np.ndarray, origin: np.ndarray, axis: np.ndarray) -> float:
    """How far (RMS, pixels) ``points`` mirrored in the line through ``origin`` along the unit vector ``axis`` lie
    from the closed ``outline``: 0 for a shape symmetric about that line."""
    offsets = points - origin
    normal = np.array([axis[1], -axis[0]])
    mirrored = origin + np.outer(offsets @ axis, axis) - np.outer(offsets @ normal, normal)
    return _rms(_segment_distances(mirrored, outline).min(1))


def _corner_angle(points: np.ndarray, index: int, reach: float) -> float:
    """The angle (degrees) the closed outline ``points`` makes at ``points[index]``: between the chords to the
    outline points ``reach`` pixels of outline before and after it (180 on a straight or gently curved outline)."""
    count = len(points)
    steps = np.hypot(*np.diff(points, axis=0, append=points[:1]).T)  # steps[k]: from point k to point k + 1
    before = np.cumsum(steps[(index - 1 - np.arange(count - 1)) % count])  # back to point index - 1 - j
    after = np.cumsum(steps[(index + np.arange(count - 1)) % count])  # on to point index + 1 + j
    back = points[(index - 1 - min(int(np.searchsorted(before, reach)), count - 2)) % count]
    ahead = points[(index + 1 + min(int(np.searchsorted(after, reach)), count - 2)) % count]
    a, b = back - points[index], ahead - points[index]
    cosine = float(a @ b) / max(float(np.hypot(*a) * np.hypot(*b)), 1e-9)
    return math.degrees(math.acos(min(1.0, max(-1.0, cosine))))


def _heart_distances(points: np.ndarray, parameters: np.ndarray) -> np.ndarray:
    """Distances of points to a heart's outline: ``(tip x, tip y, direction from the tip to the notch (radians),
    the lobes' centres' distance from the axis, their height above the tip, their radius)``. Each half is an arc of
    its lobe from the notch (where the lobes meet, on the axis) over the top to where a straight side from the tip
    touches it; a point is measured against the half on its side."""
    shape = _heart_shape(parameters)
    if shape is None:
        return np.full(len(points), 1e6)
    tip, up, start, touch, ends = shape
    _, _, _, across, rise, radius = parameters
    offsets = points - tip
    x = np.abs(offsets @ np.array([up[1], -up[0]]))
    y = offsets @ up
    angles = np.arctan2(y - rise, x - across)
    angles = start - (start - angles) % (2 * math.pi)
    to_arc = np.where(
        angles >= touch,
        np.abs(np.hypot(x - across, y - rise) - radius),
        np.minimum(np.hypot(x - ends[0, 0], y - ends[0, 1]), np.hypot(x - ends[1, 0], y - ends[1, 1])),
    )
    side = ends[1]
    t = np.clip((x * side[0] + y * side[1]) / max(float(side @ side), 1e-9), 0.0, 1.0)
    to_side = np.hypot(x - t * side[0], y - t * side[1])
    return np.minimum(to_arc, to_side)


def _heart_shape(parameters: np.ndarray) -> tuple[np.ndarray, np.ndarray, float, float, np.ndarray] | None:
    """A heart's (see :func:`_heart_distances`) tip, unit vector from the tip to the notch, the angles (seen from
    the right lobe's centre, in the heart's frame: x across, y up) where its arc starts (at the notch) and ends
    (where the side touches it), and those two points in the frame; None for parameters that make no heart."""
    tip_x, tip_y, direction, across, rise, radius = parameters
    if radius <= 0 or not 0 <= across < radius or math.hypot(across, rise) <= radius * 1.001:
        return None
    notch = rise + math.sqrt(radius**2 - across**2)
    # where a side from the tip touches the lobe: the outer of the two tangent points
    reach = math.hypot(across, rise)
    base = math.atan2(-rise, -across)
    touch = max((base + math.acos(radius / reach), base - math.acos(radius / reach)), key=math.cos)
    start = math.atan2(notch - rise, -across)  # the notch, seen from the lobe's centre
    touch = start - (start - touch) % (2 * math.pi)  # the arc runs clockwise from the notch to the touch point
    ends = np.array([[0.0, notch], [across + radius * math.cos(touch), rise + radius * math.sin(touch)]])
    up = np.array([math.cos(direction), math.sin(direction)])
    return np.array([tip_x, tip_y]), up, start, touch, ends


def _heart_outline(parameters: np.ndarray, count: int = 24) -> np.ndarray:
    """A heart's outline (see :func:`_heart_distances`) as a polygon: ``count`` points along each lobe's arc."""
    shape = _heart_shape(parameters)
    if shape is None:
        return np.zeros((0, 2))
    tip, up, start, touch, _ = shape
    _, _, _, across, rise, radius = parameters
    angles = np.linspace(start, touch, count)
    right = np.stack([across + radius * np.cos(angles), rise + radius * np.sin(angles)], axis=1)
    frame = np.vstack([right, [[0.0, 0.0]], right[::-1] * [-1, 1]])
    return tip + np.outer(frame[:, 0], [up[1], -up[0]]) + np.outer(frame[:, 1], up)


def _semicircle_outline(centre: np.ndarray, axis: np.ndarray, radius: float, count: int = 33) -> np.ndarray:
    """A half disc's outline (the middle of its chord, the unit vector to its arc's top, its radius) as a
    polygon: ``count`` points along its arc, the chord closing it."""
    angles = np.linspace(0.0, math.pi, count)
    across = np.array([axis[1], -axis[0]])
    return centre + np.outer(radius * np.cos(angles), across) + np.outer(radius * np.sin(angles), axis)


def _nelder_mead(cost, start: np.ndarray, steps: np.ndarray, iterations: int = 400) -> np.ndarray:  # noqa: ANN001
    """The minimum of ``cost`` near ``start`` by the Nelder-Mead simplex (``steps``: the first simplex's size
    along each parameter)."""
    simplex = np.vstack([start, start + np.diag(steps)])
    values = np.array([cost(v) for v in simplex])
    for _ in range(iterations):
        order = np.argsort(values)
        simplex, values = simplex[order], values[order]
        if values[-1] - values[0] <= 1e-4 * (abs(values[0]) + 1e-3):
            break
        centroid = simplex[:-1].mean(0)
        reflected = 2 * centroid - simplex[-1]
        value = cost(reflected)
        if value < values[0]:
            expanded = 3 * centroid - 2 * simplex[-1]
            grown = cost(expanded)
            simplex[-1], values[-1] = (expanded, grown) if grown < value else (reflected, value)
        elif value < values[-2]:
            simplex[-1], values[-1] = reflected, value
        else:
            inside = 0.5 * (centroid + (reflected if value < values[-1] else simplex[-1]))
            shrunk = cost(inside)
            if shrunk < min(value, values[-1]):
                simplex[-1], values[-1] = inside, shrunk
            else:
                simplex[1:] = 0.5 * (simplex[1:] + simplex[0])
                values[1:] = [cost(v) for v in simplex[1:]]
    return simplex[int(np.argmin(values))]


def _star_corners(outline: np.ndarray, dents: list[list[int]]) -> np.ndarray:
    """Tips and dents in turn: each dent's deepest point, and between two dents the outline point farthest from
    the centre (a blunt tip spans several hull points: the one a dent starts from may be off its end)."""
    centre = outline.mean(0)
    distance = np.linalg.norm(outline - centre, axis=1)
    count = len(outline)
    corners = []
    for index, (start, _end, far, _) in enumerate(dents):
        previous_end = dents[index - 1][1]
        span = np.arange(previous_end, start + (count if start < previous_end else 0) + 1) % count
        corners.append(outline[span[np.argmax(distance[span])]])
        corners.append(outline[far])
    return np.asarray(corners, float)


def _decide(
    residuals: dict[str, float],
    extents: dict[str, float],
    count: int,
    elongation: float,
    polygons: dict[int, np.ndarray],
    cut_names: dict[int, tuple[str, float, str | None]],
    cut_share: float,
    occluded: bool = False,
    floor: float = NOISE_FLOOR_PX,
    unclear: dict[str, float] | None = None,
) -> ShapeGuess:
    """Model probabilities from the fits' residuals (Gaussian noise, a complexity penalty), then names.
    ``cut_share`` is the share of the outline the image border makes (0: the whole shape shows); ``cut_names``
    the name and support each polygon fit gives a cut shape."""
    cut = cut_share > 0
    # neighbouring outline points are not independent, and a small outline is mostly pixelation
    effective = max(4.0, count / 3.0)
    certainty = _certainty(count, floor)
    scores: dict[str, float] = {}
    support: dict[str, float] = {}
    hidden: dict[str, str] = {}
    for model, residual in residuals.items():
        sides = int(model[7:]) if model.startswith(("polygon", "regular")) else 0
        if model in FIGURES:
            name = model
            if cut and model != "star":  # its parts show (see _cross, _semicircle, _heart): the rest may differ
                support[name] = max(0.4, 1.0 - cut_share)
        elif sides:
            name = cut_names[sides][0] if cut else _polygon_name(sides, polygons)
            if cut:
                support[name] = max(support.get(name, 0.0), cut_names[sides][1])
                if cut_names[sides][2] is not None:
                    hidden[name] = cut_names[sides][2]
        else:
            name = _round_name(model, elongation)
        parameters = PARAMETERS.get(model, REGULAR_PARAMETERS if model.startswith("regular") else 2 * sides + 2)
        spread = max(residual, floor)
        score = certainty * (-0.5 * effective * math.log(spread**2) - PARAMETER_COST * parameters)
        if name not in scores or score > scores[name]:
            scores[name] = score
            extents[name] = extents[model]
    if not scores:
        return ShapeGuess("polygon", 0.1)
    top = max(scores.values())
    weights = {name: math.exp(score - top) for name, score in scores.items()}
    total = sum(weights.values())
    probabilities = {name: weight / total for name, weight in weights.items()}
    name = max(probabilities, key=probabilities.__getitem__)
    confidence = probabilities[name]
    if name in ("square", "rectangle") and 4 in polygons:
        clarity = _square_clarity(polygons[4])
        other = "rectangle" if name == "square" else "square"
        probabilities[other] = probabilities.get(other, 0.0) + confidence * (1 - clarity)
        confidence *= clarity
    if name == "diamond" and 4 in polygons:
        # a rhombus nearly right-angled may be a square that pixelation or a turn bent (a square standing on its
        # corner is a square: geometry sets turn squares every way)
        lengths, turns = _sides_and_angles(polygons[4])
        bent = float(np.abs(turns - 90.0).max()) - 2.0 * _angle_slack(float(lengths.min()))
        clarity = float(np.clip((bent - 3.0) / 8.0, 0.0, 1.0))
        probabilities["square"] = probabilities.get("square", 0.0) + confidence * (1 - clarity)
        confidence *= clarity
    if name == "triangle" and 3 in polygons and not cut:
        # a sliver (a corner under 20 degrees) is seldom a drawn triangle: more often a thin bar whose ends
        # blur and compression rounded off
        _, turns = _sides_and_angles(polygons[3])
        sharpest = float(180.0 - turns.max())
        if sharpest < SLIVER_DEGREES:
            clarity = max(0.0, sharpest / SLIVER_DEGREES)
            probabilities["rectangle"] = probabilities.get("rectangle", 0.0) + confidence * (1 - clarity)
            confidence *= clarity
    if unclear and name in unclear:  # a figure whose parts are not all as they should be
        probabilities["polygon"] = probabilities.get("polygon", 0.0) + confidence * (1 - unclear[name])
        confidence *= unclear[name]
    if name in ("circle", "ellipse") and 0.8 < elongation < 0.94:
        clarity = min(1.0, 0.5 + abs(elongation - 0.87) / 0.14)
        other = "ellipse" if name == "circle" else "circle"
        probabilities[other] = probabilities.get(other, 0.0) + confidence * (1 - clarity)
        confidence *= clarity
    if cut and name not in ("circle", "ellipse"):
        kept = support.get(name, 0.4)  # the border may hide corners and sides
        if name in hidden:  # the hidden part may make it another shape as likely (a cut rectangle a square)
            probabilities[hidden[name]] = probabilities.get(hidden[name], 0.0) + confidence * kept / 2
            if occluded:  # and a shape in front may hide corners of any kind
                probabilities["polygon"] = probabilities.get("polygon", 0.0) + confidence * (1 - kept)
            kept /= 2
        elif occluded:  # a shape in front may hide them: what is lost goes to what the hidden part may make it
            other = "square" if name == "rectangle" else "polygon"
            probabilities[other] = probabilities.get(other, 0.0) + confidence * (1 - kept)
        confidence *= kept
    probabilities[name] = confidence
    runner_up = max((other for other in probabilities if other != name), key=probabilities.__getitem__, default=None)
    if runner_up is not None and probabilities[runner_up] > confidence and name not in ("square", "rectangle"):
        extents.setdefault(runner_up, extents.get(name, 0.0))  # the doubts above made another name likelier
        name, confidence = runner_up, probabilities[runner_up]
    if name == "polygon":  # "some polygon": what it is not sure of goes to the named shapes it may be
        named = {other: p for other, p in probabilities.items() if other != "polygon" and p > 0}
        capped = min(confidence, 0.3)
        total = sum(named.values())
        for other, p in named.items():
            probabilities[other] = p + (confidence - capped) * p / total
        confidence = capped
    if name == "rectangle":  # a square is a rectangle too: "rectangle" is right when it is either
        confidence += probabilities.get("square", 0.0)
    alternatives = {
        other: round(p, 4)
        for other, p in sorted(probabilities.items(), key=lambda i: -i[1])
        if other != name and p >= 0.01
    }
    return ShapeGuess(
        name,
        round(min(0.99, max(0.01, confidence)), 4),
        dict(list(alternatives.items())[:3]),
        {k: round(v, 3) for k, v in residuals.items()},
        extents.get(name, 0.0),
    )


def _certainty(count: int, floor: float) -> float:
    """How far an outline of ``count`` pixels is trusted (1: in full): a small outline is mostly pixelation."""
    return min(1.0, count / (80.0 if floor >= NOISE_FLOOR_PX else SUBPIXEL_CERTAIN_OUTLINE))


def _round_name(model: str, elongation: float) -> str:
    return "circle" if model == "circle" or elongation >= 0.87 else "ellipse"


def _polygon_name(sides: int, polygons: dict[int, np.ndarray]) -> str:
    if sides == 4:
        return _four_sided(polygons[4])
    return POLYGON_NAMES.get(sides, "polygon")


REGULAR_CORNERS = (
    (90.0, "rectangle"),
    (108.0, "pentagon"),
    (120.0, "hexagon"),
    (900.0 / 7.0, "heptagon"),
    (135.0, "octagon"),
    (140.0, "nonagon"),
)
"""Interior angles of the regular polygons (and rectangles) a drawing's shapes usually are."""


def _cut_polygon(
    corners: np.ndarray,
    along: list[bool],
    solidity: float,
    kinds: int | None = None,
    shown: list[bool] | None = None,
) -> tuple[str, float, str | None]:
    """The name of a polygon the image border cuts, how well the visible corners support it, and the name
    the hidden part may make it as likely: corners of one regular kind (90, 108 or 120 degrees) name a
    rectangle (or square: the border may hide that its sides are equal), pentagon, hexagon ... nonagon; a sharp corner a
    triangle; otherwise the count of sides the border leaves, weakly. Deep dents (``solidity``, area over hull
    area, low) make it a star: a convex fit of a star's tips is no pentagon. ``kinds``: only the first of
    :data:`REGULAR_CORNERS` (a shape in front bends the corners next to it: a hexagon's would pass for a heptagon's)."""
    if solidity < 0.8:
        return "star", 0.6, None
    sides = len(corners)
    _, turns = _sides_and_angles(corners)  # turns[k]: at the corner between side k and side k + 1
    inside = [180.0 - turns[k] for k in range(sides) if not along[k] and not along[(k + 1) % sides]]
    visible = sides - sum(along)
    if inside:
        weight = 0.6 if len(inside) == 1 else 0.85
        # the regular kinds whose corner angle all visible corners have (within 9 degrees), the closest first;
        # from the hexagon on, kinds lie 5-9 degrees apart: a second kind about as close is as likely
        fits = sorted(
            (max(abs(a - angle) for a in inside), name)
            for angle, name in REGULAR_CORNERS[:kinds]
            if all(abs(a - angle) <= 9.0 for a in inside)
        )
        if fits:
            name = fits[0][1]
            if name != "rectangle":
                rival = fits[1][1] if len(fits) > 1 and fits[1][0] - fits[0][0] < 4.0 else None
                return name, weight, rival
            seen = _seen_sides(corners, along, shown)
            if seen is not None:  # two sides across each other show whole: so does whether they are equal
                return ("square" if seen >= 0.9 else "rectangle"), weight, None
            return name, weight, (None if _longer_than_square(corners, along, shown) else "square")
        if min(inside) < 80.0 and visible <= 3:
            return "triangle", weight, None
    return {3: "triangle", 4: "rectangle", 5: "pentagon", 6: "hexagon"}.get(visible, "polygon"), 0.4, None


def _whole_sides(along: list[bool], shown: list[bool] | None) -> list[int]:
    """The sides a cut polygon shows whole: its own (not along the border or another shape), between two sides of
    its own or, where it is known which corners show (``shown[k]``: corner k, where side k starts), between two
    corners that show (a shape in front may cover the middle of a side and leave its corners be)."""
    sides = len(along)
    if shown is not None:
        return [k for k in range(sides) if not along[k] and shown[k] and shown[(k + 1) % sides]]
    return [k for k in range(sides) if not along[k] and not along[k - 1] and not along[(k + 1) % sides]]


def _seen_sides(corners: np.ndarray, along: list[bool], shown: list[bool] | None = None) -> float | None:
    """The shorter over the longer of two sides across each other that a cut rectangle shows whole (both their
    corners in the picture), or None when no two such sides show."""
    lengths, _ = _sides_and_angles(corners)
    edges = np.roll(corners, -1, axis=0) - corners
    directions = np.degrees(np.arctan2(edges[:, 1], edges[:, 0])) % 180.0
    whole = _whole_sides(along, shown)
    ratios = [
        min(lengths[j], lengths[k]) / max(lengths[j], lengths[k], 1e-9)
        for j in whole
        for k in whole
        if j < k and abs(abs(directions[j] - directions[k]) - 90.0) <= 20.0
    ]
    return max(ratios) if ratios else None


def _longer_than_square(corners: np.ndarray, along: list[bool], shown: list[bool] | None = None) -> bool:
    """Whether a cut rectangle shows it is no square: a side seen whole (both its corners show) is shorter than
    what shows of a side across it, by more than pixels explain."""
    sides = len(corners)
    lengths, _ = _sides_and_angles(corners)
    edges = np.roll(corners, -1, axis=0) - corners
    directions = np.degrees(np.arctan2(edges[:, 1], edges[:, 0])) % 180.0
    own = [k for k in range(sides) if not along[k]]
    whole = _whole_sides(along, shown)
    for k in whole:
        across = [j for j in own if abs(abs(directions[j] - directions[k]) - 90.0) <= 20.0]
        if across and max(lengths[j] for j in across) > lengths[k] / 0.9 + 1.5:
            return True
    return False


def _degenerate(corners: np.ndarray) -> bool:
    """A straight corner, or a short side that cuts off a corner of a polygon with fewer sides. A short side
    between two right angles (a thin bar's end) is a side."""
    lengths, turns = _sides_and_angles(corners)  # turns[k]: at the corner between side k and side k + 1
    # a corner is straight when it turns by less than 15 degrees, or than its shorter side's direction is sure
    shorter = np.minimum(lengths, np.roll(lengths, -1))
    if (turns < np.maximum(15.0, [_angle_slack(length) for length in shorter])).any():
        return True
    neighbours = np.minimum(np.roll(lengths, 1), np.roll(lengths, -1))
    short = (lengths < max(0.3 * lengths.mean(), ROUNDED_CORNER_PX)) | (lengths < 0.4 * neighbours)
    for k in np.flatnonzero(short):
        ends = (turns[k - 1], turns[k])  # the corners at the start and at the end of side k
        slack = min(20.0, _angle_slack(lengths[k])) + 12.0  # a cut-off corner turns by about half its angle
        # a bar's end joins two parallel sides (its turns add up to 180 degrees, however short it is); a side
        # cutting off a corner joins sides that meet at that corner's angle (turns adding up to 180 minus it)
        if lengths[k] < 2.0 or sum(ends) < CUT_CORNER_TURNS or not all(abs(t - 90.0) <= slack for t in ends):
            return True
    return False


def _angle_slack(length: float) -> float:
    """Degrees by which a side's direction may be off when it is ``length`` pixels long (pixelation)."""
    return float(np.degrees(np.arctan(1.5 / max(length, 1.0))))


def _sides_and_angles(corners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    edges = np.roll(corners, -1, axis=0) - corners
    lengths = np.hypot(edges[:, 0], edges[:, 1])
    following = np.roll(edges, -1, axis=0)
    cosines = np.einsum("ij,ij->i", edges, following) / np.maximum(lengths * np.roll(lengths, -1), 1e-9)
    return lengths, np.degrees(np.arccos(np.clip(cosines, -1, 1)))


def _four_sided(corners: np.ndarray) -> str:
    """square, rectangle, diamond (a rhombus: four equal sides, no right angles, as a flowchart's decision is
    drawn), or polygon (a trapezoid, a kite ...) from the four corners' sides and angles."""
    lengths, turns = _sides_and_angles(corners)
    # a corner's angle is as sure as its shorter side's direction
    slack = np.array([_angle_slack(min(lengths[k], lengths[(k + 1) % 4])) for k in range(4)])
    if (np.abs(turns - 90) > 12 + slack).any():
        # a side measured in pixels is off by about a pixel (two at its blurred ends); opposite corners are alike
        sides = lengths.max() - lengths.min() <= RHOMBUS_SIDES * lengths.mean() + 2.0
        opposite = all(abs(turns[k] - turns[k + 2]) <= 12 + slack[k] + slack[k + 2] for k in (0, 1))
        return "diamond" if sides and opposite else "polygon"
    ratio = min(lengths[0] + lengths[2], lengths[1] + lengths[3]) / max(
        lengths[0] + lengths[2], lengths[1] + lengths[3]
    )
    return "square" if ratio >= 0.9 else "rectangle"


RHOMBUS_SIDES = 0.12
"""A four-sided shape's sides differ by at most this share of their mean (and two pixels) in a rhombus."""


def _square_clarity(corners: np.ndarray) -> float:
    """1 far from the square/rectangle boundary (side ratio 0.9), less near it."""
    lengths, _ = _sides_and_angles(corners)
    ratio = min(lengths[0] + lengths[2], lengths[1] + lengths[3]) / max(
        lengths[0] + lengths[2], lengths[1] + lengths[3]
    )
    # a side measured in pixels is off by about a pixel: on a small square that moves the ratio a lot
    pixel = 2.0 / max(float(lengths.mean()), 1.0)
    return float(min(1.0, 0.5 + abs(ratio - 0.9) / (0.06 + pixel)))
