"""A model-free region proposer for scenes on a plain background (a tabletop, a sheet of paper, a drawing):
foreground is whatever differs in colour from the estimated background; each connected region (split where
differently coloured shapes touch, kept whole where a shape has an outline or a hole) becomes an object named
by its geometric shape (:mod:`nsvr.tools.shapes`), with its colour, size and mask; a chart's bars and slices and a
pictogram (a house of its roof and body, a tree, a sun, a smiley, a block arrow) by what it is
(:mod:`nsvr.tools.figures`), a chart's axes cut out as a diagram's connectors are.

>>> import numpy as np, cv2
>>> picture = np.full((96, 96, 3), 250, np.uint8)
>>> _ = cv2.circle(picture, (30, 30), 14, (200, 20, 20), -1)
>>> _ = cv2.rectangle(picture, (55, 50), (85, 80), (20, 40, 200), -1)
>>> found = RegionProposer()(picture)
>>> sorted((n, a["color"].value) for n, a in zip(found.class_names, found.attributes))
[('circle', 'red'), ('square', 'blue')]
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from nsvr.scene_graph.models import Attribute
from nsvr.scene_graph.spatial import LAYER_REACH
from nsvr.tools import masks as rle_masks
from nsvr.tools.attributes import ACHROMATIC_CHROMA, COLOR_PROTOTYPES, TONES, name_flat_color, name_tone
from nsvr.tools.base import ToolInput, require
from nsvr.tools.charts import AxisCut, axis_lines, bar_groups, region_box, runs
from nsvr.tools.connectors import connectors
from nsvr.tools.convert import Detections
from nsvr.tools.detector import Detector
from nsvr.tools.figures import Figure, compose_figures
from nsvr.tools.image_io import LoadedImage, load_image
from nsvr.tools.layers import on_top, paint_order
from nsvr.tools.lettering import GLYPH_STROKE, counters, labelled, letter_holes, silhouette, stroke_share
from nsvr.tools.ocr import rapidocr_engine
from nsvr.tools.overlaps import give_back_overlaps, unblended
from nsvr.tools.patterns import join_patterns
from nsvr.tools.shapes import HOLLOW_SHARE, SUBPIXEL_SIDE, ShapeGuess, classify_shape
from nsvr.tools.solids import merge_solids, solid_guess, solid_score

SIZE_CUTS = (0.125, 0.215)
"""A shape's circumradius as a share of the image side: below the first it is small, above the second large."""
PAPER_LIGHTNESS, PAPER_CHROMA = 92.0, 10.0
"""A background this light and this near to gray is the white of a page, whatever faint tint the print or the
screen gives it (people call it white, not beige or cream)."""
RIM_WIDTH = 3.0
"""Pixels: blur and JPEG smear a fill's edge over at most about this width."""
UNEXPLAINED_REACH, UNEXPLAINED_SHARE = 3, 0.12
"""A drawing's foreground lies within this many pixels (at the flatness test's 192 px) of its regions, but for at
most this share of the image (photographed objects on white: 0.28; shape benchmarks: at most 0.05)."""
JPEG_SPREAD = 0.2
"""A JPEG-compressed flat fill's colour spread, as a share of its contrast with the background, stays under this
(99% of fills measured at quality 30-92, examples/benchmarks/shape_scenes_public.py: 0.18)."""


QUIET_NOISE = 4.0
"""Background noise (delta E) above which the proposer smooths a camera's grain away first (:func:`_quieted`)."""


@dataclass(frozen=True)
class Background:
    """The estimated background: its colour as a plane over the image (CIELAB), the share of border pixels
    that fit it, and the noise of those pixels (delta E)."""

    plane: np.ndarray  # (3, 3): per Lab channel, coefficients of 1, x, y
    fit_share: float
    noise: float
    surface_share: float = 0.0  # the share of the border of one other, uniform colour (a table beyond a sheet)

    def colour_at(self, height: int, width: int) -> np.ndarray:
        ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
        basis = np.stack([np.ones_like(xs), xs / max(width, 1), ys / max(height, 1)], axis=-1)
        return basis @ self.plane.astype(np.float32)

    @property
    def plain(self) -> bool:
        """Most of the border fits the background, or all of it but a uniform surface along some sides."""
        two_tone = self.fit_share >= 0.25 and self.fit_share + self.surface_share >= 0.9
        return (self.fit_share >= 0.55 or two_tone) and self.noise <= 8.0


def to_lab(pixels: np.ndarray) -> np.ndarray:
    """CIELAB (L in 0..100) of uint8 RGB pixels, as float32 (OpenCV's 8-bit conversion, rescaled)."""
    import cv2

    lab = cv2.cvtColor(np.ascontiguousarray(pixels, dtype=np.uint8), cv2.COLOR_RGB2Lab).astype(np.float32)
    lab[..., 0] *= 100.0 / 255.0
    lab[..., 1:] -= 128.0
    return lab


def colour_lab(rgb: np.ndarray) -> np.ndarray:
    """CIELAB of one RGB colour, read as a pixel is (clipped to 0..255, as uint8): see :func:`to_lab`."""
    return to_lab(np.asarray(rgb, dtype=np.float64).clip(0, 255).astype(np.uint8).reshape(1, 1, 3))[0, 0]


def _background_distance(lab: np.ndarray, expected: np.ndarray, noise: float) -> tuple[np.ndarray, float]:
    """Each pixel's colour distance from the background (delta E) and the distance from which it is foreground."""
    import cv2

    distance = np.linalg.norm(lab - expected, axis=2).astype(np.float32)
    if min(distance.shape) >= 96:  # single noisy pixels must not roughen outlines
        distance = cv2.medianBlur(distance, 3)
    return distance, max(7.0, 3.0 * noise + 3.0)


def _quieted(pixels: np.ndarray, lab: np.ndarray, background: Background) -> tuple[np.ndarray, np.ndarray, Background]:
    """The pixels with a camera's grain smoothed away, when the background is grainy (noise over
    :data:`QUIET_NOISE`) and the grain is noise, not texture: it averages away at a third of the size, where the
    background is plain. An edge-preserving (bilateral) filter keeps the shapes' edges and corners; the grain it
    removes would otherwise raise the foreground threshold over faint shapes and make the background look rough."""
    import cv2

    if background.noise <= QUIET_NOISE or min(pixels.shape[:2]) < 48:
        return pixels, lab, background
    coarse = cv2.resize(pixels, None, fx=1 / 3, fy=1 / 3, interpolation=cv2.INTER_AREA)
    if not estimate_background(to_lab(coarse)).plain:
        return pixels, lab, background
    smoothed = np.ascontiguousarray(pixels, dtype=np.uint8)
    for _ in range(2 if background.noise > 2 * QUIET_NOISE else 1):
        smoothed = cv2.bilateralFilter(smoothed, 7, 3.5 * background.noise, 3)
    lab = to_lab(smoothed)
    return smoothed, lab, estimate_background(lab)


def _foreground(lab: np.ndarray, background: Background) -> tuple[np.ndarray, float]:
    """:func:`_background_distance` from the estimated background's colour at each pixel."""
    return _background_distance(lab, background.colour_at(*lab.shape[:2]), background.noise)


def _border_centre(colours: np.ndarray, inlier_distance: float) -> np.ndarray:
    """The median of ``colours``, refined over the colours near it."""
    centre = np.median(colours, axis=0)
    for _ in range(2):
        near = np.linalg.norm(colours - centre, axis=1) < inlier_distance
        if near.sum() < 8:
            break
        centre = np.median(colours[near], axis=0)
    return centre


def estimate_background(lab: np.ndarray, inlier_distance: float = 10.0) -> Background:
    """The background from the image border: the median border colour, refined over the border pixels near it,
    then a plane (a slow gradient of light) fitted to those."""
    height, width = lab.shape[:2]
    ring = max(1, min(height, width) // 64)
    mask = np.zeros((height, width), bool)
    mask[:ring], mask[-ring:], mask[:, :ring], mask[:, -ring:] = True, True, True, True
    ys, xs = np.nonzero(mask)
    colours = lab[ys, xs].astype(np.float64)
    centre = _border_centre(colours, inlier_distance)
    # a sheet photographed on a table shows the table along two sides: as much border as the sheet has, and the
    # sheet is the colour that covers most of the picture
    others = np.linalg.norm(colours - centre, axis=1) >= 2 * inlier_distance
    other = None
    if others.mean() >= 0.3:
        other = _border_centre(colours[others], inlier_distance)
        step = max(1, int(np.sqrt(height * width / 4096)))
        sample = lab[::step, ::step].reshape(-1, 3).astype(np.float64)
        covers = [(np.linalg.norm(sample - c, axis=1) < 2 * inlier_distance).mean() for c in (centre, other)]
        if covers[1] > covers[0]:
            centre, other = other, centre
    from_centre = np.linalg.norm(colours - centre, axis=1)
    near = from_centre < inlier_distance
    basis = np.stack([np.ones(len(xs)), xs / max(width, 1), ys / max(height, 1)], axis=1)
    plane = np.zeros((3, 3))
    plane[0] = centre
    if near.sum() >= 12:
        plane, *_ = np.linalg.lstsq(basis[near], colours[near], rcond=None)
        near = np.linalg.norm(colours - basis @ plane, axis=1) < inlier_distance
    # light falling off across a photographed sheet takes its far side out of reach of one colour: a plane
    # fitted to the pixels roughly near the median reaches further along the gradient; it is kept while it fits
    # a tenth more of the border or better, and refitted to what it fits
    seed = from_centre < 2 * inlier_distance
    for _ in range(3):
        if seed.sum() < 12:
            break
        fitted, *_ = np.linalg.lstsq(basis[seed], colours[seed], rcond=None)
        fitting = np.linalg.norm(colours - basis @ fitted, axis=1) < inlier_distance
        if fitting.mean() < near.mean() + 0.1:  # a sheet in even light: the first plane stands
            break
        plane, near, seed = fitted, fitting, fitting
    residual = np.linalg.norm(colours[near] - basis[near] @ plane, axis=1) if near.any() else np.array([99.0])
    noise = float(1.4826 * np.median(residual) + 0.5)
    surface = 0.0
    if other is not None:
        surface = float((~near & (np.linalg.norm(colours - other, axis=1) < 2 * inlier_distance)).mean())
    return Background(plane=plane, fit_share=float(near.mean()), noise=noise, surface_share=surface)


@dataclass
class Region:
    """One foreground region. Its mask covers only a window of the image (its component's box and a margin),
    placed at ``origin``: a drawing of thousands of shapes holds the sum of their windows, not thousands of
    image-sized masks."""

    mask: np.ndarray
    colour: np.ndarray  # RGB of the fill
    contrast: float
    spread: float  # how much the fill's colour varies (delta E; 0 for a stroke, whose pixels are all blends)
    outline: float = 0.0  # the width of a drawn outline around the fill (px; 0 for none)
    origin: tuple[int, int] = (0, 0)  # (row, column) of mask[0, 0] in the image
    faint_ink: np.ndarray | None = None  # a stroke too thin to show its ink whole: the ink it may be (RGB)
    shade: np.ndarray | None = None  # the drop shadow cut away from it (a mask in its window), no blend of its fill

    @property
    def window(self) -> tuple[slice, slice]:
        """Where the mask lies in the image."""
        (top, left), (height, width) = self.origin, self.mask.shape
        return slice(top, top + height), slice(left, left + width)


TYPICAL_WORK_AREA = 300
"""Pixels: the proposer works at a scale where the typical shape has at least this area (about 17 x 17 px), when
the image is large enough for it; its outline then has corners to count."""


RULING_SPAN = 0.8
"""A row (column) of foreground unbroken across this share of the picture is a ruled line of the paper (lined
notebook, graph paper, a margin line) when it is thin: no shape spans the whole sheet in a line a few pixels thick,
and shapes side by side in a row leave gaps."""
RULING_COLOUR = 12.0
"""Pixels of a ruled row that differ from the ruling's colour by more than this (delta E) are a stroke crossing it."""


def _ruled_lines(foreground: np.ndarray, lab: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The pixels of the paper's ruled lines, and the band they run in (two pixels wider each side): thin runs of rows
    or columns that the foreground crosses nearly from edge to edge; of the band's pixels those of the ruling's
    colour are the ruling, and a shape's stroke crossing a line, of another colour, stays foreground.

    >>> sheet = np.zeros((40, 40), bool); sheet[10, :] = sheet[:, 5] = True; sheet[20:30, 20:30] = True
    >>> lab = np.zeros((40, 40, 3)); lab[20:30, 20:30] = 50.0
    >>> ruled, band = _ruled_lines(sheet, lab); bool(ruled[10, 3]), bool(ruled[25, 5]), bool(ruled[25, 25])
    (True, True, False)
    """
    height, width = foreground.shape
    ruled = np.zeros_like(foreground)
    lined = np.zeros_like(foreground)
    thin = max(3, round(0.015 * min(height, width)))
    for axis, size in ((1, height), (0, width)):
        coverage = foreground.mean(axis=axis)
        lines = coverage >= RULING_SPAN
        for index in np.flatnonzero(lines):  # a ruling runs unbroken (shapes side by side leave gaps)
            line = foreground[index, :] if axis == 1 else foreground[:, index]
            starts, ends = runs(line)
            lines[index] = len(starts) > 0 and (ends - starts).max() >= RULING_SPAN * line.size
        if not lines.any():
            continue
        band = np.zeros(size, bool)
        for start, end in zip(*runs(lines), strict=True):
            # a wide band is a surface or a shape, not a ruling; and a ruling's edges are sharp (the rows beside
            # a big disc's widest ones are nearly as wide)
            beside = max(coverage[start - 1] if start else 0.0, coverage[end] if end < size else 0.0)
            if end - start <= thin and beside < 0.5:
                band[start:end] = True
        if not band.any():
            continue
        wide = np.convolve(band, np.ones(5), mode="same") > 0
        mask = np.zeros_like(foreground)
        if axis == 1:
            mask[band, :] = True
            lined[wide, :] = True
        else:
            mask[:, band] = True
            lined[:, wide] = True
        mask &= foreground
        # each row (column) of the band has its own colour: an antialiased ruling's two rows are two blends
        for index in np.flatnonzero(band):
            line = mask[index, :] if axis == 1 else mask[:, index]
            colours = lab[index, :] if axis == 1 else lab[:, index]
            if line.any():
                colour = np.median(colours[line], axis=0)
                kept = line & (np.linalg.norm(colours - colour, axis=-1) <= RULING_COLOUR)
                if axis == 1:
                    ruled[index, :] |= kept
                else:
                    ruled[:, index] |= kept
    return ruled, lined


def _component_areas(foreground: np.ndarray) -> np.ndarray:
    import cv2

    _, _, stats, _ = cv2.connectedComponentsWithStats(foreground.astype(np.uint8), connectivity=8)
    return stats[1:, cv2.CC_STAT_AREA]


def _typical_area(areas: np.ndarray, minimum: int) -> float | None:
    """The area of the components that hold most of the foreground (the area-weighted median over those of at
    least ``minimum`` pixels): specks hold little of it, however many they are. None when there are none."""
    areas = np.sort(areas[areas >= minimum])
    if len(areas) == 0:
        return None
    cumulative = np.cumsum(areas)
    return float(areas[np.searchsorted(cumulative, cumulative[-1] / 2)])


SURFACE_CONTACT = 0.85
"""A region that runs along this share of a side of the image or more is a surface the picture was taken on (a
table beyond the sheet's edge, a second background), not a shape: a shape cut by the border meets far less of it."""


def _without_surfaces(regions: list[Region], height: int, width: int) -> list[Region]:
    """The regions, less those that run along most of a side of the image (:data:`SURFACE_CONTACT`)."""
    kept = []
    for region in regions:
        (top, left), (rows, columns) = region.origin, region.mask.shape
        contacts = []
        if top == 0:
            contacts.append(region.mask[0].sum() / width)
        if top + rows == height:
            contacts.append(region.mask[-1].sum() / width)
        if left == 0:
            contacts.append(region.mask[:, 0].sum() / height)
        if left + columns == width:
            contacts.append(region.mask[:, -1].sum() / height)
        if not contacts or max(contacts) < SURFACE_CONTACT:
            kept.append(region)
    return kept


def _with_counters(regions: list[Region]) -> list[Region]:
    """Regions with the loops of the letters written on a fill ("o", "4": the fill's colour showing inside a letter,
    apart from the fill) joined to that fill (:func:`~nsvr.tools.lettering.counters`): they are the shape's, and its
    holes are then the letters' shapes."""
    if len(regions) < 2:
        return regions
    windows = _windows(regions)
    areas = np.array([int(r.mask.sum()) for r in regions])
    inks = _inks(regions)
    joined: dict[int, list[int]] = {}
    taken: set[int] = set()
    for index, region in enumerate(regions):
        if index in taken:
            continue
        top, left, bottom, right = windows[index]
        held = [
            k
            for k in _meeting(windows, index)
            if k not in joined
            and areas[k] < 0.2 * areas[index]
            and windows[k, 0] >= top
            and windows[k, 1] >= left
            and windows[k, 2] <= bottom
            and windows[k, 3] <= right
        ]
        if not held:
            continue
        islands = []
        for k in held:
            island = np.zeros(region.mask.shape, dtype=bool)
            inside, there = _in_window(regions[k], region)
            island[inside] = regions[k].mask[there]
            islands.append(island)
        loops = counters(region.mask, islands, inks[index], [inks[k] for k in held])
        if loops:
            joined[index] = [held[k] for k in loops]
            taken.update(held[k] for k in loops)
    if not joined:
        return regions
    kept = []
    for index, region in enumerate(regions):
        if index in taken:
            continue
        if index in joined:
            mask = region.mask.copy()
            for k in joined[index]:
                inside, there = _in_window(regions[k], region)
                mask[inside] |= regions[k].mask[there]
            region = replace(region, mask=mask)
        kept.append(region)
    return kept


def _surface_mask(foreground: np.ndarray) -> np.ndarray:
    """The parts of ``foreground`` that are surfaces: its connected components that run along
    :data:`SURFACE_CONTACT` of a side of the image or more."""
    import cv2

    count, labels = cv2.connectedComponents(foreground.astype(np.uint8), connectivity=8)
    surfaces = np.zeros(count, bool)
    for line in (labels[0], labels[-1], labels[:, 0], labels[:, -1]):
        along = np.bincount(line, minlength=count)
        surfaces |= along >= SURFACE_CONTACT * len(line)
    surfaces[0] = False
    return surfaces[labels]


def _windows(regions: list[Region]) -> np.ndarray:
    """(n, 4) top, left, bottom, right (exclusive) of each region's window."""
    return np.array(
        [[r.origin[0], r.origin[1], r.origin[0] + r.mask.shape[0], r.origin[1] + r.mask.shape[1]] for r in regions]
    ).reshape(-1, 4)


def _meeting(windows: np.ndarray, index: int) -> np.ndarray:
    """Indexes of the other regions whose windows overlap region ``index``'s."""
    top, left, bottom, right = windows[index]
    overlaps = (windows[:, 0] < bottom) & (windows[:, 2] > top) & (windows[:, 1] < right) & (windows[:, 3] > left)
    overlaps[index] = False
    return np.flatnonzero(overlaps)


def _in_window(region: Region, target: Region) -> tuple[tuple[slice, slice], tuple[slice, slice]]:
    """The part of ``region``'s mask that lies in ``target``'s window: (slices into target, slices into region)."""
    (ty, tx), (ry, rx) = target.origin, region.origin
    top, left = max(ty, ry), max(tx, rx)
    bottom = min(ty + target.mask.shape[0], ry + region.mask.shape[0])
    right = min(tx + target.mask.shape[1], rx + region.mask.shape[1])
    bottom, right = max(bottom, top), max(right, left)
    return (
        (slice(top - ty, bottom - ty), slice(left - tx, right - tx)),
        (slice(top - ry, bottom - ry), slice(left - rx, right - rx)),
    )


OWN_INK = 20.0
"""Delta E within which a thin part's ink (the median of its stronger half) is the fill of a shape it touches: that
shape's own corner or tip, not a connector drawn in ink of its own."""


INK_CONTRAST = 3.0
"""A connector is drawn in ink: its strongest pixels (the upper quartile) stand out from the background by at least
this many times the foreground threshold (a 2 px dark line's core, antialiased, by far more)."""


def _drawn_lines(
    lines: np.ndarray, seen: np.ndarray, lab: np.ndarray, foreground: tuple[np.ndarray, float]
) -> np.ndarray:
    """``lines`` (:func:`~nsvr.tools.connectors.connectors`) without the parts that are no ink of their own: faint
    ones (:data:`INK_CONTRAST`: the grain of a JPEG's light background, threading between shapes) and those whose ink
    is the fill of a shape they touch (:data:`OWN_INK`: a small turned square's sharp corner). Either was cut off the
    shapes it ran into (a square left a "pentagon")."""
    import cv2

    if not lines.any():
        return lines
    distance, threshold = foreground
    count, labels = cv2.connectedComponents(lines.astype(np.uint8), connectivity=8)
    shapes_count, shapes = cv2.connectedComponents((seen & ~lines).astype(np.uint8), connectivity=8)
    if shapes_count < 2:
        return lines
    flat = shapes.ravel()
    sums = np.stack([np.bincount(flat, weights=lab[..., c].ravel(), minlength=shapes_count) for c in range(3)], 1)
    areas = np.bincount(flat, minlength=shapes_count)
    fills = sums / np.maximum(areas, 1)[:, None]
    kept = lines.copy()
    for index in range(1, count):
        part = labels == index
        ys, xs = np.nonzero(part)
        y0, y1, x0, x1 = max(ys.min() - 1, 0), ys.max() + 2, max(xs.min() - 1, 0), xs.max() + 2
        window = part[y0:y1, x0:x1]
        ring = cv2.dilate(window.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
        touching = np.unique(shapes[y0:y1, x0:x1][ring & ~window])
        touching = touching[(touching > 0) & (areas[touching] >= 2 * len(ys))]  # shapes, not a line's own tip
        if np.percentile(distance[ys, xs], 75) < INK_CONTRAST * threshold:
            kept[part] = False
            continue
        if not len(touching):
            continue
        strength = distance[ys, xs]
        middle, upper = np.percentile(strength, [50, 75])
        strong = strength >= middle  # its ink, not the blend at its edges
        ink = np.median(lab[ys[strong], xs[strong]], axis=0)
        # a 1 px line's core is a quarter of its pixels, its fringe the rest: a dark line drawn up to a gray fill
        # blends to the fill's tone, yet its core is far darker (a shape's own tip is its fill, blurred lighter)
        core = strength >= upper
        darkest = float(np.median(lab[ys[core], xs[core], 0]))
        near = np.linalg.norm(fills[touching] - ink, axis=1) < OWN_INK
        if np.any(near & (darkest >= fills[touching, 0] - OWN_INK)):
            kept[part] = False
    return kept


class RegionProposer(Detector):
    """Foreground regions of a plain-background image, named by geometric shape (see the module doc).

    Scores say how clearly a region stands out (its colour contrast with the background against the
    background's noise, and its size): the calibration script relates them to being right."""

    name = "shapes"
    default_model = "plain-background-regions"

    def __init__(
        self,
        model: str | None = None,
        device: str = "auto",
        min_score: float = 0.0,
        min_area: int = 12,
        work_side: int = 640,
        max_work_side: int = 4096,
    ) -> None:
        super().__init__(model=model, device="cpu", min_score=min_score)
        self.min_area = min_area
        self.work_side = work_side
        self.max_work_side = max_work_side
        self._unseen: dict[str, frozenset[str]] = {}  # image content hash -> names it could not see (unseen_names)

    @property
    def vocabulary(self) -> list[str]:
        """Shapes and figures; block arrows not (they are seen or not picture by picture: :meth:`unseen_names`)."""
        from nsvr.scene_graph.names import FIGURE_NAMES, SHAPE_NAMES

        return [*SHAPE_NAMES, *(name for name in FIGURE_NAMES if name != "arrow")]

    def attribute_values(self) -> dict[str, list[str] | None]:
        from nsvr.scene_graph.names import SHAPE_NAMES

        colours = list(COLOR_PROTOTYPES)  # a plain background is named as a fill is
        sizes = ["small", "medium", "large"]
        shapes = [*SHAPE_NAMES, "arrow"]  # a block arrow's outline is an arrow's
        told = {"shape": shapes, "color": colours, "tone": list(TONES), "size": sizes, "background": colours}
        return {**told, "fill": ["filled", "hollow"], "length": ["long", "short"]}

    def unseen_names(self, image: LoadedImage) -> frozenset[str]:
        """Names of :attr:`vocabulary` this proposer could not have seen in ``image``, whose absence from its regions
        proves nothing: "arrow" where it cut a diagram's connectors (their arrows) out of the picture, "bar" where
        rectangles may be a chart's bars it could not be sure of (:func:`~nsvr.tools.charts.maybe_bars`). Known for
        the pictures it proposed regions for (the last few); of others, "arrow" too (unknown is no proof)."""
        return self._unseen.get(image.content_hash, frozenset({"arrow"}))

    def options(self) -> dict[str, Any]:
        return {
            **super().options(),
            "min_area": self.min_area,
            "work_side": self.work_side,
            "max_work_side": self.max_work_side,
        }

    def _load_model(self, device: str) -> Any:
        require("cv2", "opencv-python-headless", purpose="the region proposer")
        import cv2

        return cv2

    def _predict(self, model: Any, inputs: Sequence[ToolInput]) -> list[Detections]:
        return [self.propose(item.image) for item in inputs]

    # ---- scene tests ----------------------------------------------------------------------------------------

    def _small(self, image: LoadedImage | np.ndarray, side: int = 192) -> np.ndarray:
        import cv2

        pixels = image.pixels if isinstance(image, LoadedImage) else load_image(image).pixels
        scale = min(1.0, side / max(pixels.shape[:2]))
        return cv2.resize(pixels, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else pixels

    def background_colour(self, image: LoadedImage | np.ndarray) -> Attribute | None:
        """The colour name of a plain background (the median of the border pixels that fit it), or None when the
        background is not plain (a photo's surroundings have no one colour)."""
        small = self._small(image)
        lab = to_lab(small)
        background = estimate_background(lab)
        if not background.plain or background.fit_share < 0.55:
            return None
        border = np.zeros(small.shape[:2], dtype=bool)
        border[[0, -1], :] = border[:, [0, -1]] = True
        expected = background.colour_at(*small.shape[:2])
        fits = border & (np.linalg.norm(lab - expected, axis=-1) <= max(10.0, 3 * background.noise))
        if not fits.any():
            return None
        named = name_flat_color(np.median(small[fits], axis=0))
        light, a, b = np.median(lab[fits], axis=0)
        if light >= PAPER_LIGHTNESS and np.hypot(a, b) <= PAPER_CHROMA:
            sure = named.confidence if named.value == "white" else 0.0
            return Attribute(value="white", confidence=max(sure, 0.95), alternatives={})
        return named

    def has_plain_background(self, image: LoadedImage | np.ndarray) -> bool:
        """Whether the image border is mostly one colour (up to a slow gradient and noise)."""
        return estimate_background(to_lab(self._small(image))).plain

    def is_flat_scene(self, image: LoadedImage | np.ndarray) -> bool:
        """Whether the image is a drawing: a plain background and foreground regions each of a flat colour.
        Photos fail fast on the border test; a photographed object on a plain table fails on texture. The test
        looks at 192 px, and again at the work side when the drawing's shapes are too small to be seen at 192
        (hundreds of them: they merge into blobs of mixed colour)."""
        loaded = image if isinstance(image, LoadedImage) else load_image(image)
        small = self._small(loaded)
        lab = to_lab(small)
        background = estimate_background(lab)
        if background.plain and self._looks_flat(small, lab, background):
            return True
        side = max(loaded.pixels.shape[:2])
        # a border crowded with shapes too small for 192 px blends them into the background there
        if side <= max(small.shape[:2]) or background.fit_share < 0.4 or background.noise > 8.0:
            return False
        closer, lab, background = self._at_scale(loaded, min(1.0, self.work_side / side))
        foreground = _foreground(lab, background)
        typical = _typical_area(_component_areas(foreground[0] > foreground[1]), self.min_area)
        seen = (max(small.shape[:2]) / max(closer.shape[:2])) ** 2  # area at 192 px per area at the work side
        if typical is None or typical * seen >= TYPICAL_WORK_AREA / 4 or not background.plain:
            return False
        return self._looks_flat(closer, lab, background, foreground)

    def _looks_flat(
        self,
        small: np.ndarray,
        lab: np.ndarray,
        background: Background,
        foreground: tuple[np.ndarray, float] | None = None,
    ) -> bool:
        import cv2

        foreground = foreground or _foreground(lab, background)
        regions, _, _ = self._regions(small, lab, background, foreground)
        if not regions:
            return False
        covered = sum(r.mask.sum() for r in regions) / lab[..., 0].size
        # a flat fill varies no more than the background's noise, or than what JPEG quantisation leaves of it:
        # its error (ringing, chroma subsampling) grows with the colour step at the fill's edge
        flat = max(6.0, 2.5 * background.noise + 2.0)
        area = sum(int(r.mask.sum()) for r in regions)
        flat_area = sum(int(r.mask.sum()) for r in regions if r.spread <= max(flat, JPEG_SPREAD * r.contrast))
        # a photographed object on a plain table or sheet (a circuit board on white) leaves a few flat patches
        # among texture the proposer drops as specks: much foreground lies away from every region, where a
        # drawing has none but its blended or ringing rims (at most 5% of the image in the shape benchmarks)
        distance, threshold = foreground
        union = np.zeros(distance.shape, np.uint8)
        for region in regions:
            union[region.window] |= region.mask.astype(np.uint8)
        near = cv2.dilate(union, np.ones((2 * UNEXPLAINED_REACH + 1,) * 2, np.uint8)) > 0
        outside = (distance > threshold) & ~near
        unexplained = float((outside & ~_surface_mask(outside)).mean())
        # most of what is drawn is flat (an outline or a blended edge on a tiny drawing may not be)
        return covered < 0.8 and flat_area >= 0.6 * area and unexplained < UNEXPLAINED_SHARE

    # ---- proposals ------------------------------------------------------------------------------------------

    def propose(self, image: LoadedImage) -> Detections:
        """Every foreground region as a detection with its mask and its shape, colour and size attributes."""

        scale = min(1.0, self.work_side / max(image.pixels.shape[:2]))
        block = pixel_block(image.pixels)
        if block > 1:  # enlarged pixel by pixel: its staircase edges are no shape's, the small picture is the drawing
            scale = min(scale, 1.0 / block)
        pixels, lab, background = self._at_scale(image, scale)
        if not background.plain:
            return Detections()
        foreground = _foreground(lab, background)
        finer = self._finer_scale(foreground, scale, max(image.pixels.shape[:2]))
        if finer > scale and block == 1:
            scale = finer
            pixels, lab, background = self._at_scale(image, scale)
            foreground = _foreground(lab, background)
        boxes, scores, names, masks, attributes = [], [], [], [], []
        height, width = lab.shape[:2]
        side = float(np.sqrt(height * width))
        factor = image.scale * scale  # work pixels per original pixel
        background_lab = background.colour_at(height, width)
        regions, lines, cut = self._regions(pixels, lab, background, foreground)
        connected = bool(lines.any())  # a diagram's connectors (its arrows) cut out of the picture
        lines |= cut.mask
        # a pattern fill's pieces are one shape, but a chart's bars standing on its axis are no stripes
        standing = {k for _, group in bar_groups(regions, cut.axes, standing=True) for k in group}
        plain = join_patterns(
            [r for k, r in enumerate(regions) if k not in standing], foreground[0] > foreground[1], background_lab
        )
        regions = [regions[k] for k in sorted(standing)] + plain
        # an overlap of see-through fills is both shapes', and shows what paint their colours are blends of
        regions, alphas = give_back_overlaps(regions, background_lab)
        opacity = float(np.median(alphas)) if alphas else None
        # a chart's bars and slices, and a pictogram's parts joined into one figure (a house's roof and body)
        regions, figures, unsure = compose_figures(regions, cut.axes, lab)
        self._remember_unseen(image, unsure.unseen | ({"arrow"} if connected else frozenset()))
        if figures:  # a shaded solid's faces are one object
            plain, solids = merge_solids([r for r in regions if id(r) not in figures], lab, background_lab)
            regions = [r for r in regions if id(r) in figures] + plain
        else:
            regions, solids = merge_solids(regions, lab, background_lab)
        where = np.array([region_box(r) for r in regions], dtype=np.float64).reshape(-1, 4)
        rows = _glyph_rows(regions, where, height)
        glyphs = rows | _written(regions, where, pixels, height, rows)
        glyphs |= _written_on(regions, where, height)
        labels, doubtful = _lone_labels(regions, where, pixels, height, glyphs)
        glyphs |= labels
        doubtful_regions = {id(regions[k]) for k in doubtful} | unsure.unsure_parts  # and what may be a sun's rays
        glyphs |= _shadows(regions, where, background_lab)
        glyphs -= {index for index, region in enumerate(regions) if id(region) in figures}
        regions = [region for index, region in enumerate(regions) if index not in glyphs]
        windows = _windows(regions)
        hulls = [_hull(region.mask) for region in regions]
        solidity = [_solidity(region.mask, hull) for region, hull in zip(regions, hulls, strict=True)]
        order = paint_order(regions, round(LAYER_REACH * max(1.0, factor)), hulls)  # what lies on what
        touching: list[tuple[int, int, int, Attribute]] = []  # polygons the border may cut: position, box, size
        whole: list[tuple[str, int, int]] = []  # squares and rectangles that show whole: name, box
        bare: dict[int, str] = {}  # shapes drawn as a bare outline: position -> the ink's colour name
        outlined_inks: set[str] = set()  # colour names of the outlines drawn around fills
        extents: list[float] = []  # each shape's longer box side: the size a drawing tool gives a shape
        paints: list[np.ndarray] = []  # each shape's fill (RGB), for its tone
        kinds: list[Figure | None] = []  # what each shape is beyond its outline (a chart's bar), if anything
        for index, region in enumerate(regions):
            ys, xs = np.nonzero(region.mask)
            top, left = region.origin
            coverage = _coverage(region, lab, background_lab, xs, ys, lines)
            x0, y0, x1, y1 = left + xs.min(), top + ys.min(), left + xs.max() + 1, top + ys.max() + 1
            touches = (x0 == 0, y0 == 0, x1 == width, y1 == height)
            hidden = _next_to_others(regions, index, windows, solidity, order.under[index])
            figure = figures.get(id(region))
            if figure is None or figure.classified:
                flat = classify_shape(
                    region.mask, touches=touches, hidden=hidden, coverage=coverage, stroked=region.outline > 0
                )
            else:  # a pictogram's outline is no geometric shape's
                flat = ShapeGuess(figure.name, 0.9, extent=_enclosing_radius(xs, ys))
            guess = solid_guess(solids.get(id(region)), flat)  # a solid's name, or a shaded one's unsure flat name
            ink = _thinned_ink(region, pixels)
            paint = region.colour if opacity is None else _paint(region, background_lab, opacity)
            paints.append(paint)
            colour = _with_ink(name_flat_color(paint), region.faint_ink if ink is None else ink)
            if region.outline > 0 and (ringed := _outline_ink(region, pixels)) is not None:
                outlined_inks.add(name_flat_color(ringed[0]).value)
            # a drawn outline runs along the shape's edge: half of it lies outside the shape
            size = _size((max(guess.extent, _enclosing_radius(xs, ys)) - region.outline / 2) / side)
            extents.append(float(max(x1 - x0, y1 - y0)))
            whole_size = size
            if any(touches) and guess.name not in ("circle", "ellipse"):
                if not guess.whole:  # the border hides how far it goes (a regular polygon's whole side says it)
                    size = _cut_size(size)
                touching.append((len(boxes), x1 - x0, y1 - y0, whole_size))
            elif guess.name in ("square", "rectangle") and guess.confidence >= 0.7:
                whole.append((guess.name, x1 - x0, y1 - y0))
            score = _objectness(region, background, len(xs))
            if _scattered_about_paper(region, lab, background_lab):
                score = min(score, SCATTERED_SCORE)
            if id(region) in doubtful_regions:  # a lone glyph beside a shape that reads as a letter like it
                score = min(score, DOUBTFUL_GLYPH_SCORE)
            score = solid_score(solids.get(id(region)), score)  # a hedged solid's second face: a candidate
            shape = Attribute(value=guess.name, confidence=guess.confidence, alternatives=guess.alternatives)
            boxes.append((x0 / factor, y0 / factor, x1 / factor, y1 / factor))
            scores.append(score)
            names.append(guess.name if figure is None else figure.name)
            crop = region.mask[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
            crop = crop | letter_holes(crop)  # a label written on a shape is no hole in it
            filled = silhouette(crop)
            inked = crop.sum() / max(filled.sum(), 1)
            if inked < HOLLOW_SHARE:  # an outline drawn alone: the shape is all it encloses
                crop = filled
                bare[len(attributes)] = colour.value
            masks.append(self._original_mask(image, crop, (x0, y0), factor))
            paper = _paper_inside(region, filled, (ys.min(), xs.min()), lab, background_lab)
            attributes.append(
                {"shape": shape, "color": colour, "size": size, "fill": _fill(inked, paper), "length": _length(filled)}
            )
            if guess.points is not None:  # a four- or six-pointed star is a star too (the name's or a runner-up's)
                attributes[-1] |= {
                    part: Attribute(value=str(count), confidence=guess.confidence)
                    for part, count in (("points", guess.points), ("sides", 2 * guess.points))
                }
            kinds.append(figure)
        _sizes_among_many(extents, attributes, cut={position for position, *_ in touching}, scores=scores)
        for index, (entry, layer) in enumerate(zip(attributes, order.layers, strict=True)):
            higher = {str(layer + 1): UNSURE_LAYER} if index in order.unsure else {}
            entry["layer"] = Attribute(
                value=str(layer), confidence=1.0 - len(higher) * UNSURE_LAYER, alternatives=higher
            )
        _whole_like_others([t for t in touching if kinds[t[0]] is None], whole, names, attributes)
        if any(_long_rectangle(entry) for entry, kind in zip(attributes, kinds, strict=True) if kind is None):
            # a long rectangle is a bar to many: where one is drawn, no bar proves absent
            self._remember_unseen(image, self._unseen.get(image.content_hash, frozenset()) | {"bar"})
        _figure_attributes(kinds, attributes)
        paper = self.background_colour(image) if bare else None
        colours = [a["color"] for a in attributes]
        _bare_outline_colours(colours, bare, outlined_inks, None if paper is None else paper.value)
        for entry, named, paint in zip(attributes, colours, paints, strict=True):
            entry["color"] = named
            entry["tone"] = name_tone(paint, named.value)  # "light green": a light shade of its colour
        order = np.argsort(-np.asarray(scores), kind="stable")
        found = Detections(
            boxes=boxes,
            scores=scores,
            class_names=names,
            masks=masks,
            attributes=attributes,
            sources=[self.name] * len(boxes),
        )
        return found.select(order.tolist()).filter(min_score=self.min_score)

    def _remember_unseen(self, image: LoadedImage, names: frozenset[str]) -> None:
        self._unseen[image.content_hash] = names
        while len(self._unseen) > 64:
            self._unseen.pop(next(iter(self._unseen)))

    @staticmethod
    def _at_scale(image: LoadedImage, scale: float) -> tuple[np.ndarray, np.ndarray, Background]:
        import cv2

        pixels = image.pixels
        if scale < 1:
            pixels = cv2.resize(pixels, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        lab = to_lab(pixels)
        return _quieted(pixels, lab, estimate_background(lab))

    def _finer_scale(self, foreground: tuple[np.ndarray, float], scale: float, side: int) -> float:
        """A larger working scale when the drawing's shapes are too small at ``scale`` to be told apart (a
        drawing of hundreds or thousands of shapes): one at which the typical shape is
        :data:`TYPICAL_WORK_AREA` pixels, up to the image's own size and ``max_work_side``. ``foreground``: the
        pixels' :func:`_foreground` at ``scale``."""
        if scale >= 1:
            return scale
        distance, threshold = foreground
        typical = _typical_area(_component_areas(distance > threshold), self.min_area)
        if typical is None or typical >= TYPICAL_WORK_AREA:
            return scale
        return min(1.0, self.max_work_side / side, scale * float(np.sqrt(TYPICAL_WORK_AREA / typical)))

    @staticmethod
    def _original_mask(image: LoadedImage, crop: np.ndarray, offset: tuple[int, int], factor: float) -> Any:
        from PIL import Image

        width, height = image.original_size
        if abs(factor - 1.0) < 1e-9:
            return rle_masks.encode_crop(crop, offset, (height, width))
        x0, y0 = int(offset[0] / factor), int(offset[1] / factor)
        new_w = max(1, min(width - x0, round(crop.shape[1] / factor)))
        new_h = max(1, min(height - y0, round(crop.shape[0] / factor)))
        resized = Image.fromarray(crop.astype(np.uint8) * 255).resize((new_w, new_h), Image.Resampling.NEAREST)
        return rle_masks.encode_crop(np.asarray(resized) > 127, (x0, y0), (height, width))

    def _regions(
        self,
        pixels: np.ndarray,
        lab: np.ndarray,
        background: Background,
        foreground: tuple[np.ndarray, float] | None = None,
    ) -> tuple[list[Region], np.ndarray, AxisCut]:
        """Connected foreground regions, split by colour where shapes touch, whole where one has an outline, the
        connectors and chart axes cut out of the foreground before they were found
        (:func:`~nsvr.tools.connectors.connectors`, :func:`~nsvr.tools.charts.axis_lines`), and those axes.
        ``foreground``: the pixels' :func:`_background_distance` when the caller has it already."""
        import cv2

        height, width = lab.shape[:2]
        expected = background.colour_at(height, width)
        distance, threshold = foreground or _background_distance(lab, expected, background.noise)
        seen = distance > threshold
        cut = axis_lines(seen)
        if cut.axes:  # a chart's axes join the bars standing on them, and are no shapes (nor a paper's rulings)
            distance = np.where(cut.mask, 0.0, distance)
            seen &= ~cut.mask
        ruled, band = _ruled_lines(seen, lab)
        if ruled.any():  # lined or squared paper: its rulings are the sheet's, not shapes
            distance = np.where(ruled, 0.0, distance)
            seen &= ~ruled
        lines = _drawn_lines(connectors(seen), seen, lab, (distance, threshold))
        if lines.any():  # a diagram's connectors and arrows join the shapes they reach, and are no shapes
            distance = np.where(lines, 0.0, distance)
            seen &= ~lines
        count, labels, stats, _ = cv2.connectedComponentsWithStats(seen.astype(np.uint8), connectivity=8)
        if band.any():  # what is left of a ruling where two cross or a blend edges it: along the lines only
            inside = np.bincount(labels[band], minlength=count)
            along = np.flatnonzero(inside >= 0.8 * stats[:, cv2.CC_STAT_AREA])
            stats[along[along > 0], cv2.CC_STAT_AREA] = 0
        # a speck is small beside the image, or beside the drawing's typical shape when there are many small ones
        typical = _typical_area(stats[1:, cv2.CC_STAT_AREA], self.min_area)
        relative = 0.0002 * height * width if typical is None else min(0.0002 * height * width, 0.1 * typical)
        minimum = max(self.min_area, int(relative))
        regions: list[Region] = []
        for index in range(1, count):
            if stats[index, cv2.CC_STAT_AREA] < minimum:
                continue
            # each component is worked on in its own box (and a margin wider than any erosion or dilation below),
            # so that a drawing of many shapes costs the sum of their sizes, not their number times the image's
            x, y, w, h = (int(v) for v in stats[index, :4])
            box = (slice(max(0, y - 6), min(height, y + h + 6)), slice(max(0, x - 6), min(width, x + w + 6)))
            near = (lab[box], expected[box], distance[box], pixels[box])
            for component in _half_contrast(labels[box] == index, near[2], threshold, minimum, near[0], near[1]):
                for region in self._split(component, near[0], near[3], near[2], threshold, minimum, near[1]):
                    regions.append(replace(region, origin=(box[0].start, box[1].start)))
        regions = _without_surfaces(regions, height, width)
        if band.any():  # a piece of a ruling a shape's stroke had joined, split off by its colour
            regions = [r for r in regions if band[r.window][r.mask].mean() < 0.8]
        regions = _without_artefacts(
            regions,
            to_lab(np.stack([r.colour for r in regions]).astype(np.uint8)[None])[0] if regions else np.zeros((0, 3)),
            expected,
        )
        return _with_counters(regions), lines, cut

    def _split(
        self,
        component: np.ndarray,
        lab: np.ndarray,
        pixels: np.ndarray,
        distance: np.ndarray,
        threshold: float,
        minimum: int,
        background_colour: np.ndarray,
    ) -> list[Region]:
        import cv2

        core = cv2.erode(component.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
        if core.sum() < max(10, 0.3 * component.sum()):  # a thin stroke: its colours are blends, never split it ...
            inked = _two_inks(component, lab, distance)
            if inked is None:
                return [self._region(component, core, lab, pixels, distance, threshold)]
            core = inked  # ... unless two inks of other hues meet in it (two small spiky sprites, one over the other)
        ys, xs = np.nonzero(component)
        here = background_colour[ys[0], xs[0]]
        ring = _touching_ring(component, lab, here)
        if ring is not None:  # a hollow shape's outline touching a fill: each on its own
            rest = component & ~ring
            args = (lab, pixels, distance, threshold, minimum, background_colour)
            return self._split(ring, *args) + (self._split(rest, *args) if rest.sum() >= minimum else [])
        if _bare_outline(component, core, lab):
            # nor a hollow shape's outline, whose colour JPEG's chroma ringing varies along it (a blue triangle's
            # had become five regions). A coloured one is read as a stroke, its ink showing whole nowhere along it;
            # a black or gray one as before (a diagram's white shape is drawn in a black outline: see
            # _bare_outline_colours)
            ink = np.median(lab[core], axis=0)
            coloured = float(np.hypot(ink[1], ink[2])) >= ACHROMATIC_CHROMA
            return [self._region(component, core, lab, pixels, distance, threshold, thin=coloured)]
        found = _colour_clusters(lab[core])
        found += _minor_clusters(lab[core], found)
        found += _overlap_clusters(lab[core], found, here)
        clusters = _without_mixtures(found, here, _solid_clusters(found, component, lab, here))
        if len(clusters) == 1 and (other := _other_ink(component, lab, distance, clusters[0])) is not None:
            clusters = [clusters[0], other]  # a small spiky shape's few core pixels under or over another's
        contrast = float(np.median(distance[core]))
        if len(clusters) == 1:
            region = self._region(component, core, lab, pixels, distance, threshold)
            # a pale fill within a thin dark outline (too thin to be a colour of its own) stands out by the outline
            edge = float(np.median(distance[component & ~core]))
            return [replace(region, contrast=edge) if edge > region.contrast else region]
        # each pixel of the component goes to the nearest cluster colour, then each colour's connected pieces
        centres = np.array(clusters)
        nearest = np.linalg.norm(lab[component][:, None, :] - centres[None], axis=2).argmin(1)
        assignment = np.full(component.shape, -1, np.int32)
        assignment[component] = nearest
        pieces: list[np.ndarray] = []
        for k in range(len(clusters)):
            part = (assignment == k).astype(np.uint8)
            part = cv2.morphologyEx(part, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8)) if part.sum() > 200 else part
            count, labels, stats, _ = cv2.connectedComponentsWithStats(part, connectivity=8)
            pieces += [
                labels == i
                for i in range(1, count)
                if stats[i, cv2.CC_STAT_AREA] >= max(minimum, 0.03 * component.sum())
            ]
        if not pieces:
            return [Region(component, np.median(pixels[core], axis=0), contrast, float("inf"))]
        pieces = _with_fragments_joined(pieces)
        inks = [int(np.bincount(assignment[piece & component]).argmax()) for piece in pieces]
        regions = []
        for mask, outline in _with_outlines(pieces, (inks, centres, here, component)):
            piece_core = cv2.erode(mask.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
            region = self._region(
                mask, piece_core if piece_core.sum() >= 10 else mask, lab, pixels, distance, threshold
            )
            if outline is not None:  # the fill's colour, the outline's extent, the contrast of either
                width = float(outline.sum()) / max(1.0, cv2.arcLength(_outer_contour(mask | outline), True))
                # a pale fill (a light gray shape on white) stands out by its dark outline
                contrast = max(region.contrast, float(np.median(distance[outline])))
                region = Region(mask | outline, region.colour, contrast, region.spread, width)
            regions.append(region)
        return _without_rims(_without_specks(regions), here)

    @staticmethod
    def _region(
        mask: np.ndarray,
        core: np.ndarray,
        lab: np.ndarray,
        pixels: np.ndarray,
        distance: np.ndarray,
        threshold: float,
        thin: bool = False,
    ) -> Region:
        thin = thin or core.sum() < 0.3 * mask.sum()  # a stroke: its core is gone, its pixels blend with the paper
        chosen = mask if thin or core.sum() < 5 else core
        colours = lab[chosen]
        median = np.median(colours, axis=0)
        spread = float(np.median(np.linalg.norm(colours - median, axis=1)))
        strong = distance[chosen] >= np.percentile(distance[chosen], 75 if thin else 25)
        colour = np.median(pixels[chosen][strong], axis=0)
        faint = _faint_ink(colour, pixels[~mask & (distance <= threshold)]) if thin else None
        contrast = float(np.median(distance[chosen][strong]))
        return Region(mask, colour, contrast, 0.0 if thin else spread, faint_ink=faint)


def _touching_ring(component: np.ndarray, lab: np.ndarray, here: np.ndarray) -> np.ndarray | None:
    """The closed thin outline of a hollow shape that touches a filled one in ``component``, where its ink differs
    from the fill's: the pixels no blend of the fill's colour with the paper's (``here``, Lab) explains, in one
    connected piece that goes round a hole of the paper larger than itself. Colour clusters cannot part them: the
    outline, a few pixels thick, has almost no core, and beside a large fill its pixels are too few to be a colour
    of their own (a hollow purple hexagon touching a teal disc had been one "ellipse", the hexagon lost). None where
    there is no such outline (a fill's own drawn outline goes round the fill, not round paper)."""
    import cv2

    core = cv2.erode(component.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    if core.sum() < 0.5 * component.sum():
        return None
    fill = np.median(lab[core], axis=0)
    step = fill - here
    colours = lab[component]
    along = np.clip((colours - here) @ step / max(float(step @ step), 1e-9), 0.0, 1.0)
    off = np.linalg.norm(colours - (here + along[:, None] * step), axis=1)
    foreign = np.zeros(component.shape, np.uint8)
    foreign[component] = off >= RING_INK_CONTRAST
    foreign = cv2.morphologyEx(foreign, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8)) > 0
    count, labels, stats, _ = cv2.connectedComponentsWithStats(foreign.astype(np.uint8), connectivity=8)
    for index in range(1, count):
        if stats[index, cv2.CC_STAT_AREA] < 40:
            continue
        piece = (labels == index) & component
        hole = silhouette(piece) & ~piece
        if hole.sum() > piece.sum() and (hole & component).sum() < 0.05 * hole.sum():
            return piece
    return None


RING_INK_CONTRAST = 30.0
"""Delta E from the line between a fill's colour and the paper's from which a touching outline's ink is its own."""


FAINT_REACH = 1.25
"""A stroke's colour this far (or further) from the paper as the strongest ink its blend allows, along the same
line, may be a darker ink thinned by the paper: a pen line a pixel or two wide, antialiased, never shows its ink
whole. A stroke seen whole lies near that limit (black, red, green and blue inks at 1.1-1.2)."""


def _paint(region: Region, background: np.ndarray, opacity: float) -> np.ndarray:
    """The paint a see-through region's colour is the blend of, at the picture's ``opacity``, over the background
    (Lab at each pixel) under it; its own colour where no paint fits."""
    ys, xs = np.nonzero(region.mask)
    under = _from_lab(background[region.origin[0] + ys[len(ys) // 2], region.origin[1] + xs[len(xs) // 2]])
    paint = unblended(region.colour, under, opacity)
    return region.colour if paint is None else paint


def _faint_ink(colour: np.ndarray, paper_pixels: np.ndarray) -> np.ndarray | None:
    """The strongest ink a thin stroke's colour could be the blend of (RGB), where it lies at least
    :data:`FAINT_REACH` beyond what is seen: the line from the paper through the stroke's colour, followed to the
    edge of the RGB cube. A gray hairline may be black ink at a third of a pixel, or gray: both stay open.

    >>> _faint_ink(np.array([120.0, 118.0, 119.0]), np.full((20, 3), 250.0)).round()
    array([4., 0., 2.])
    >>> _faint_ink(np.array([30.0, 30.0, 36.0]), np.full((20, 3), 250.0)) is None
    True
    """
    if len(paper_pixels) < 10:
        return None
    paper = np.median(paper_pixels.astype(np.float64), axis=0)
    step = np.asarray(colour, dtype=np.float64) - paper
    if float(np.linalg.norm(step)) < 20.0:
        return None
    with np.errstate(divide="ignore", invalid="ignore"):
        limits = np.where(step < 0, -paper / step, np.where(step > 0, (255.0 - paper) / step, np.inf))
    reach = float(limits.min())
    return paper + reach * step if reach >= FAINT_REACH else None


THINNED_INK = (5.0, 14.0)
"""A fill within this (RGB units) of the line from the paper to its outline's colour is that ink thinned by the
paper (a translucent marker's fill, a wash, composited in RGB): the first number for a black or gray ink, the
second for a coloured one. Measured: the sketch benchmark's translucent marker fills lie within 4.1 of it (193
fills, 128-512 px; median 0.6). A gray shape outlined in black on a tinted paper lies 5-8 off it, the paper's tint,
which a thinned ink keeps and a gray fill has not: a gray fill in a black outline is the commonest diagram style.
Coloured inks keep the earlier, wider tolerance: no picture measured asks for less there (the sketch benchmark's
filled set scores the same with either)."""


def _outline_ink(region: Region, pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """(the RGB of a filled region's drawn outline, of the paper just outside it), or None where the region has no
    outline (or too few pixels to tell)."""
    import cv2

    if region.outline <= 0 or region.mask.sum() < 40:
        return None
    mask = region.mask.astype(np.uint8)
    width = max(1, round(region.outline))
    kernel = np.ones((2 * width + 1, 2 * width + 1), np.uint8)
    ring = mask.astype(bool) & ~cv2.erode(mask, kernel).astype(bool)
    outside = cv2.dilate(mask, kernel).astype(bool) & ~mask.astype(bool)
    if ring.sum() < 10 or ring.sum() > 0.8 * mask.sum() or outside.sum() < 10:
        return None
    window = pixels[region.window].astype(np.float64)
    return np.median(window[ring], axis=0), np.median(window[outside], axis=0)


ACHROMATIC_INK_SPREAD = 30.0
"""An outline's ink whose RGB channels lie within this of one another is black or gray."""


def _thinned_ink(region: Region, pixels: np.ndarray) -> np.ndarray | None:
    """The outline's RGB colour where the region's fill is that ink thinned by the paper, else None. A black
    marker's translucent fill is gray and a red one's pink: the same pixels as a diagram's gray shape with a black
    outline, so which one the picture shows stays open (see :func:`_with_ink`)."""
    found = _outline_ink(region, pixels)
    if found is None:
        return None
    ink, paper = found
    fill = np.asarray(region.colour, dtype=np.float64)
    step = ink - paper
    reach = float(np.dot(fill - paper, step) / max(float(np.dot(step, step)), 1e-9))
    off_line = float(np.linalg.norm(fill - paper - reach * step))
    tolerance = THINNED_INK[0] if float(np.ptp(ink)) < ACHROMATIC_INK_SPREAD else THINNED_INK[1]
    return ink if 0.15 <= reach <= 0.85 and off_line <= tolerance else None


def _bare_outline_colours(
    colours: list[Attribute], bare: dict[int, str], outlined_inks: set[str], background: str | None
) -> None:
    """Colours of shapes drawn as a bare outline of black or gray ink around the paper's colour (in ``bare``:
    index -> ink name), in place. A diagram whose other shapes are fills drawn within outlines of that ink (a
    RAVEN panel) draws this one filled with the paper's colour: a white shape. A drawing in colour whose other
    shapes have no outline of that ink (coloured fills, coloured outlines) draws it in that ink: a black shape.
    Otherwise (a lone outline, or a drawing in colour with fills outlined in that ink, where a flowchart's white box
    and a black pentagon look alike) a pen drawing's black circle and a diagram's white one are the same pixels:
    both names stay open."""
    if background is None:
        return
    achromatic = {"black", "gray", "white", background}
    coloured = any(i not in bare and c.value not in achromatic for i, c in enumerate(colours)) or any(
        ink not in achromatic for ink in bare.values()
    )
    for index, ink in bare.items():
        if ink not in ("black", "gray") or ink == background:
            continue
        if ink in outlined_inks and not coloured:
            colours[index] = Attribute(value=background, confidence=0.9, alternatives={ink: 0.1})
        elif coloured and ink not in outlined_inks:
            continue  # the ink's own reading stands (black, or gray where a thin stroke may be either)
        else:
            seen = colours[index]
            share = min(seen.confidence, 0.5)
            colours[index] = Attribute(value=ink, confidence=share, alternatives={**seen.alternatives, background: 0.5})


def _with_ink(fill: Attribute, ink: np.ndarray | None) -> Attribute:
    """The fill's colour name, made as unsure as the outline's ink name where the fill may be that ink thinned
    (a gray shape outlined in black, or a black marker's translucent fill): a question about its colour is then
    answered only where both readings agree."""
    if ink is None:
        return fill
    named = name_flat_color(ink)
    if named.value == fill.value:
        return fill
    share = round(min(fill.confidence, 0.5), 4)
    return Attribute(value=fill.value, confidence=share, alternatives={**fill.alternatives, named.value: share})


def _coverage(
    region: Region,
    lab: np.ndarray,
    background: np.ndarray,
    xs: np.ndarray,
    ys: np.ndarray,
    lines: np.ndarray | None = None,
) -> np.ndarray | None:
    """How much of each pixel near a small region its fill covers (0..1, over the region's window; ``xs``, ``ys``
    its pixels there): where the pixel's colour lies on the line from the background's colour to the fill's, the
    blend an antialiased or resampled edge makes. None for regions large enough to be traced on the pixel grid
    (:data:`~nsvr.tools.shapes.SUBPIXEL_SIDE`). ``lines``: the connectors cut away from the shapes (image-sized)."""
    if max(xs.max() - xs.min(), ys.max() - ys.min()) + 3 >= SUBPIXEL_SIDE:
        return None
    height, width = region.mask.shape
    x0, y0 = max(0, int(xs.min()) - 2), max(0, int(ys.min()) - 2)
    x1, y1 = min(width, int(xs.max()) + 3), min(height, int(ys.max()) + 3)
    top, left = region.origin
    image = (slice(top + y0, top + y1), slice(left + x0, left + x1))
    fill = colour_lab(region.colour)
    here = background[image]
    direction = fill[None, None] - here
    along = ((lab[image] - here) * direction).sum(2) / np.maximum((direction**2).sum(2), 1e-6)
    coverage = np.zeros((height, width), np.float32)
    coverage[y0:y1, x0:x1] = np.clip(along, 0.0, 1.0)
    # a gray shape's gray shadow looks like its blend with the paper, and is none (while the mask is the one cut)
    if region.shade is not None and region.shade.shape == region.mask.shape:
        coverage[region.shade & ~region.mask] = 0.0
    if lines is not None:  # nor is a connector's dark line where it meets the shape
        coverage[lines[region.window] & ~region.mask] = 0.0
    return coverage


def _glyph_rows(regions: list[Region], boxes: np.ndarray, height: int) -> set[int]:
    """Indexes of the regions that are letters of a line of text (a label, a title), not shapes: three or more
    small thin-stroked regions of one colour, side by side on one line, each at most a letter's gap from the next
    (two, when together they are a line's length: touching letters are one region).

    OCR reads the text; as shapes, a label's letters were counted ("How many shapes?" on a labelled diagram)."""
    found = []
    for index, (region, box) in enumerate(zip(regions, boxes, strict=True)):
        if box[3] - box[1] <= 0.2 * height and _stroke_share(region.mask) < GLYPH_STROKE and not labelled(region.mask):
            found.append((*(int(v) for v in box), index))
    if len(found) < 2:
        return set()
    lab = to_lab(np.stack([regions[i].colour for *_, i in found]).astype(np.uint8)[None])[0]
    parent = list(range(len(found)))

    # thin strokes blend with the background, more or less with their width: lightness and chroma vary along a
    # line of text, its hue does not (and a black or gray one has none)
    chroma = np.hypot(lab[:, 1], lab[:, 2])
    hue = np.arctan2(lab[:, 2], lab[:, 1])

    def same_ink(a: int) -> np.ndarray:
        turn = np.abs(np.angle(np.exp(1j * (hue - hue[a]))))
        neutral = chroma < 12.0
        return (neutral & neutral[a]) | (~neutral & ~neutral[a] & (turn < np.radians(30)))

    box = np.array([f[:4] for f in found], dtype=np.float64)
    x0, y0, x1, y1 = box.T
    tall = y1 - y0
    for a in range(len(found)):  # link each letter to the next one to its right on its line, if any
        space = x0 - x1[a]
        overlap = np.minimum(y1, y1[a]) - np.maximum(y0, y0[a])
        taller, shorter = np.maximum(tall, tall[a]), np.minimum(tall, tall[a])
        near = (
            (x0 > x0[a])
            & (space <= 1.6 * taller)
            & (overlap >= 0.5 * shorter)
            & (shorter >= 0.4 * taller)
            & same_ink(a)
        )
        if near.any():
            nearest = int(np.flatnonzero(near)[np.argmin(space[near])])
            parent[_root(parent, a)] = _root(parent, nearest)
    lines: dict[int, list[int]] = {}
    for k in range(len(found)):
        lines.setdefault(_root(parent, k), []).append(k)
    letters: set[int] = set()
    for line in lines.values():
        boxes = np.array([found[k][:4] for k in line])
        highest = (boxes[:, 3] - boxes[:, 1]).max()
        long = boxes[:, 2].max() - boxes[:, 0].min() >= 2.5 * highest
        # two: letters that touch are one region ("BC"), wider than a letter is high; two stars a gap apart are not
        joined = (boxes[:, 2] - boxes[:, 0]).max() >= 1.5 * highest
        if len(line) >= 3 or (len(line) == 2 and long and joined):
            letters.update(found[k][4] for k in line)
    return letters


SHADOW_DARKER = (3.0, 60.0)
"""How much darker than the background a drop shadow is (CIELAB lightness): a shade of it, never a shape's fill
(a slide's hard shadow, black at 55% over white, is 50 darker)."""
SHADOW_REACH_PX = 12.0
"""Pixels a drop shadow may lie off its shape, whatever the shape's size (slides offset theirs 3-9 px, a soft one's
blur reaching a few more): beyond, and beyond a quarter of the shape's size, a darker patch is a shape of its own."""


SHADOW_SHOWN = 0.85
"""A drop shadow shows at most this share of its shape's area: the shape hides the rest (a hard shadow cast far
from a small shape, 8 px off an ellipse 25 px wide, shows 0.6 of it)."""


def _shadows(regions: list[Region], boxes: np.ndarray, background_lab: np.ndarray) -> set[int]:
    """Indexes of the regions that are drop shadows of others: the background's own colour, darker (its hue and
    chroma kept: gray on white paper, darker yellow on yellow paper), lying where another region, moved a little
    (under a quarter of its size), would lie: the other region's outline shifted covers most of it, and some of
    it is hidden under the other (its visible part is under :data:`SHADOW_SHOWN` of the other's area). A gray
    shape beside another has an outline of its own, and one drawn over another bites into it (see
    :func:`~nsvr.tools.layers.on_top`)."""
    if len(regions) < 2:
        return set()
    areas = np.array([int(r.mask.sum()) for r in regions])
    inks = _inks(regions)
    found = set()
    for index, region in enumerate(regions):
        ys, xs = np.nonzero(region.mask)
        top, left = region.origin
        ys, xs = ys + top, xs + left
        ground = background_lab[ys, xs].mean(axis=0)
        lab = inks[index]
        darker = ground[0] - lab[0]
        if not SHADOW_DARKER[0] <= darker <= SHADOW_DARKER[1] or np.hypot(*(lab[1:] - ground[1:])) > 10.0:
            continue
        for other in np.flatnonzero(areas > areas[index] / SHADOW_SHOWN):
            # a shadow lies under what casts it: a gray shape drawn over another is no shadow of it
            if _casts(regions[other], boxes[other], boxes[index], ys, xs) and on_top(region, regions[other]) != 1:
                found.add(index)
                break
    return found


def _casts(shape: Region, box: np.ndarray, shade: np.ndarray, ys: np.ndarray, xs: np.ndarray) -> bool:
    """Whether ``shape`` moved by the offset its box and the shade's box show covers 80% of the shade's pixels
    (``ys``, ``xs``, image coordinates). The shade's far side lies the offset past the shape's (a hard shadow), or
    the offset and the blur (a soft one, whose near side, where it shows, lies the offset less the blur off)."""
    size = np.array([box[2] - box[0], box[3] - box[1]])
    choices: list[list[tuple[float, float]]] = []  # per axis: (offset, blur) readings
    for axis in (0, 1):
        low, high = shade[axis] - box[axis], shade[axis + 2] - box[axis + 2]
        far = high if high > 0 else (low if low < 0 else 0.0)
        readings = [(far, 0.0)]
        if low > 0 and high > 0 or low < 0 and high < 0:
            readings.append(((low + high) / 2, abs(high - low) / 2))
        choices.append(readings)
    import cv2

    for offset_x, blur_x in choices[0]:
        for offset_y, blur_y in choices[1]:
            offset = (offset_x, offset_y)
            reach = [max(0.25 * s, SHADOW_REACH_PX) for s in size]
            if not any(offset) or any(abs(o) > r for o, r in zip(offset, reach, strict=True)):
                continue
            # a soft shadow reaches a little past the shape's outline, by its blur
            blur = max(2, int(round(0.05 * size.min())), int(round(max(blur_x, blur_y))))
            mask = cv2.dilate(np.pad(shape.mask, blur).astype(np.uint8), np.ones((2 * blur + 1,) * 2, np.uint8)) > 0
            top, left = shape.origin[0] - blur, shape.origin[1] - blur
            height, width = mask.shape
            for share in (1.0, 0.6):  # the shade's box includes its blur: the offset may be smaller
                rows = np.round(ys - share * offset[1] - top).astype(int)
                cols = np.round(xs - share * offset[0] - left).astype(int)
                inside = (rows >= 0) & (rows < height) & (cols >= 0) & (cols < width)
                covered = np.zeros(len(ys), dtype=bool)
                covered[inside] = mask[rows[inside], cols[inside]]
                if covered.mean() >= 0.8:
                    return True
    return False


TEXT_HEIGHT = 0.1
"""Regions at most this share of the picture's height may be letters (a label's, a title's); only when some are
does the text detector run (:func:`_written`)."""


def _written(
    regions: list[Region],
    boxes: np.ndarray,
    pixels: np.ndarray,
    height: int,
    letters: set[int] | frozenset[int] = frozenset(),
) -> set[int]:
    """Indexes of the regions that are letters of text a text detector finds (PP-OCR's, from rapidocr), which
    :func:`_glyph_rows` misses: bold or short words ("Yes", "OK"), a label inside a shape, the fill showing
    through a letter's loop. A region is a letter when its box lies in a detected line of text no taller than
    3 times the region (the detector's boxes have a margin), or lies on a larger region, and that line holds two
    regions or more, or one on a larger region (a label on a shape), or one the recogniser reads as letters or
    digits (:func:`_reads_as_text`). The detector runs only where text may be: small regions inked like text
    (black, white, gray or thin-stroked) side by side, on a larger region, or of no clear shape; without
    rapidocr (``nsvr[perception]``) nothing is dropped here. ``letters``: regions already known to be letters (a
    bold title's letters that touch are a region taller than a lone one beside them)."""
    if not regions:
        return set()
    x0s, y0s, x1s, y1s = boxes.T
    inks = _inks(regions)
    short = y1s - y0s <= TEXT_HEIGHT * height
    small = short & np.array([_inked_like_text(r, ink) for r, ink in zip(regions, inks, strict=True)], dtype=bool)
    # a region on a larger one (a letter on a shape, the shape's fill inside a letter's loop)
    area = (x1s - x0s) * (y1s - y0s)
    on = (x0s[:, None] >= x0s[None]) & (y0s[:, None] >= y0s[None]) & (x1s[:, None] <= x1s[None])
    on &= (y1s[:, None] <= y1s[None]) & (4.0 * area[:, None] < area[None])
    enclosed = on.any(axis=1)
    # the fill showing through a letter's loop is the colour of the shape it lies on (the letter itself may be
    # the background's colour: white on a white sheet)
    # (on a filled shape: a small shape drawn inside a bare outline of its own ink is no letter's loop)
    filled = np.array([r.mask.sum() >= 0.6 * silhouette(r.mask).sum() for r in regions], dtype=bool)
    loop = short & (on & filled[None] & (np.linalg.norm(inks[:, None] - inks[None], axis=2) < 10.0)).any(axis=1)
    if not (small | loop).any():
        return set()
    lettered = small | np.isin(np.arange(len(regions)), list(letters))
    if not (enclosed & (small | loop)).any() and not _side_by_side(boxes[lettered]) and not _any_odd(regions, small):
        return set()  # the text detector costs as much as the rest: only where text may be
    lines = _text_lines(pixels)
    if len(lines) == 0:
        return set()
    letters: set[int] = set()
    for x0, y0, x1, y1 in lines:
        pad = 0.15 * (y1 - y0)
        inside = (x0s >= x0 - pad) & (x1s <= x1 + pad) & (y0s >= y0 - pad) & (y1s <= y1 + pad)
        inside &= ((3.0 * (y1s - y0s) >= y1 - y0) & small) | enclosed
        held = np.flatnonzero(inside)
        # small shapes side by side or drawn inside a larger one (nested figures, a grid in a frame) look like a
        # line of text to the detector too: only what the recogniser reads as letters or digits is text, and the
        # shape's own colour showing through a letter's loop (which no recogniser reads alone)
        if len(held) and (loop[held].any() or _reads_as_text(pixels, (x0, y0, x1, y1))):
            letters.update(int(k) for k in held)
    return letters


def _written_on(regions: list[Region], boxes: np.ndarray, height: int) -> set[int]:
    """Indexes of the regions that are letters of a label written on another region: small (:data:`TEXT_HEIGHT`),
    inked like text, and lying in that region's thin-stroked holes (:func:`~nsvr.tools.lettering.letter_holes`:
    black letters on a light fill). No text detector is needed: a shape drawn on another (a dot, a star) leaves a
    hole of its own shape, no letter's."""
    x0s, y0s, x1s, y1s = boxes.T
    small = y1s - y0s <= TEXT_HEIGHT * height
    if not small.any() or len(regions) < 2:
        return set()
    inks = _inks(regions)
    windows = _windows(regions)
    found: set[int] = set()
    holes: dict[int, np.ndarray] = {}
    for index in np.flatnonzero(small):
        region = regions[index]
        if not _inked_like_text(region, inks[index]):
            continue
        for other in _meeting(windows, index):
            if other == index or (x1s[other] - x0s[other]) * (y1s[other] - y0s[other]) <= 4 * (
                (x1s[index] - x0s[index]) * (y1s[index] - y0s[index])
            ):
                continue
            if other not in holes:
                holes[other] = letter_holes(regions[other].mask, lined=False)
            inside, there = _in_window(region, regions[other])
            held = int((holes[other][inside] & region.mask[there]).sum())
            if held >= 0.8 * int(region.mask.sum()):
                found.add(int(index))
                break
    return found


SHAPE_LIKE_CHARACTERS = frozenset("Oo0IilL1|-_.")
"""Characters a lone small shape may be read as (a disk as "O", a bar as "I"): a single one proves no text."""


def _reads_as_text(pixels: np.ndarray, box: tuple[float, float, float, float]) -> bool:
    """Whether the text recogniser surely reads the line at ``box``, one region, as letters or digits: a lone
    glyph beside a shape ("B", "7"), a word whose letters touch. A small shape reads as a symbol ("●", "▲", "★",
    "—") or as one of :data:`SHAPE_LIKE_CHARACTERS` ("O", "I")."""
    text = _read(pixels, box)
    return text is not None and not set(text) <= SHAPE_LIKE_CHARACTERS


def _read(pixels: np.ndarray, box: tuple[float, float, float, float]) -> str | None:
    """The letters and digits the text recogniser surely reads (one line, score 0.8 or more, ASCII letters and
    digits only, spaces left out) in ``box`` of ``pixels`` (RGB); None when it reads something else or nothing,
    or rapidocr is not installed."""
    detector = _text_engine()
    if detector is None:
        return None
    height, width = pixels.shape[:2]
    x0, y0, x1, y1 = (int(round(v)) for v in box)
    crop = pixels[max(y0, 0) : min(y1, height), max(x0, 0) : min(x1, width)]
    if crop.size == 0:
        return None
    found = detector(np.ascontiguousarray(crop[:, :, ::-1]), use_det=False, use_cls=False, use_rec=True)
    texts, scores = getattr(found, "txts", None) or (), getattr(found, "scores", None) or ()
    if len(texts) != 1 or float(scores[0]) < 0.8:
        return None
    text = texts[0].replace(" ", "")
    return text if text.isascii() and text.isalnum() else None


DOUBTFUL_GLYPH_SCORE = 0.5
"""The score of a lone glyph-like region beside a shape that the recogniser reads as a letter its own shape looks
like ("O" for a small ring, "A" for a small triangle): below the proposer's threshold (0.7), a candidate, so an
answer it would change is "unknown" rather than a count that may include a label."""
LOOKALIKES = {
    "triangle": frozenset("AaVv4D7"),
    "star": frozenset("4XxKk*"),
    "cross": frozenset("+XxTt"),
    "semicircle": frozenset("DdCcUu"),
}
"""Characters, besides :data:`SHAPE_LIKE_CHARACTERS`, that a small shape of this name (a small outlined
triangle as "D" or "4") may be read as: a lone region read as one of them proves no text."""

LABEL_HOLES = 0.4
"""A letter's loops ("B", "4") hold under this share of the area they enclose; a drawn outline (a shape drawn
alone by its edge) holds more."""


def _lone_labels(
    regions: list[Region], boxes: np.ndarray, pixels: np.ndarray, height: int, known: set[int]
) -> tuple[set[int], set[int]]:
    """Indexes of the regions that are a short label the text detector missed: a lone glyph or a word of a few
    ("B", "42", "Go") beside or on a larger region (the shape it labels, within twice its height). Each region
    of it is small (:data:`TEXT_HEIGHT`), inked like text (:func:`_inked_like_text`), thin-stroked
    (:data:`GLYPH_STROKE`) and no drawn outline (:data:`LABEL_HOLES`); the recogniser reads the word alike in
    a tight crop and in a wide one, as letters or digits, a character or more for each region; a lone region
    read as a character its own shape may look like (:data:`SHAPE_LIKE_CHARACTERS`, :data:`LOOKALIKES`: a disk
    as "O", a triangle as "A") stays a shape, but a doubtful one (the second set: it may be the label "O" or
    "A"). ``known``: regions already found to be text."""
    if not regions:
        return set(), set()
    x0s, y0s, x1s, y1s = boxes.T
    tall = y1s - y0s
    small = tall <= TEXT_HEIGHT * height
    small &= np.array([k not in known for k in range(len(regions))], dtype=bool)
    if not small.any():
        return set(), set()
    inks = _inks(regions)
    candidate = np.zeros(len(regions), dtype=bool)
    for index in np.flatnonzero(small):
        region = regions[index]
        if not _inked_like_text(region, inks[index]) or _stroke_share(region.mask) >= GLYPH_STROKE:
            continue
        if labelled(region.mask):  # a shape with its own label written on it
            continue
        filled = silhouette(region.mask)
        candidate[index] = region.mask.sum() > (1.0 - LABEL_HOLES) * filled.sum()
    if not candidate.any():
        return set(), set()
    # letters side by side on a line, a letter's gap apart, make a word
    parent = list(range(len(regions)))

    chosen = np.flatnonzero(candidate)
    for a in chosen:
        for b in chosen:
            if b <= a:
                continue
            gap = max(x0s[b] - x1s[a], x0s[a] - x1s[b])
            overlap = min(y1s[a], y1s[b]) - max(y0s[a], y0s[b])
            taller, shorter = max(tall[a], tall[b]), min(tall[a], tall[b])
            if gap <= 0.8 * taller and overlap >= 0.5 * shorter and shorter >= 0.4 * taller:
                parent[_root(parent, int(a))] = _root(parent, int(b))
    words: dict[int, list[int]] = {}
    for k in chosen:
        words.setdefault(_root(parent, int(k)), []).append(int(k))
    found: set[int] = set()
    doubtful: set[int] = set()
    for word in words.values():
        x0, y0 = x0s[word].min(), y0s[word].min()
        x1, y1 = x1s[word].max(), y1s[word].max()
        h = y1 - y0
        # the shape it labels: a larger region (not one of these) within twice the word's height
        gap_x = np.maximum(0.0, np.maximum(x0s - x1, x0 - x1s))
        gap_y = np.maximum(0.0, np.maximum(y0s - y1, y0 - y1s))
        near = (np.hypot(gap_x, gap_y) <= 2.0 * h) & (np.maximum(x1s - x0s, tall) >= 2.5 * h) & ~candidate
        if not near.any():
            continue
        texts = {_read(pixels, (x0 - pad * h, y0 - pad * h, x1 + pad * h, y1 + pad * h)) for pad in (0.15, 0.5)}
        if len(texts) != 1 or None in texts:
            continue
        text = texts.pop()
        if len(text) < len(word):
            continue
        if len(word) == 1:
            guess = classify_shape(silhouette(regions[word[0]].mask))
            if set(text) <= SHAPE_LIKE_CHARACTERS | LOOKALIKES.get(guess.name, frozenset()):
                doubtful.update(word)
                continue
        elif set(text) <= SHAPE_LIKE_CHARACTERS:
            continue
        found.update(word)
    return found, doubtful


def _root(parent: list[int], k: int) -> int:
    """The representative of ``k``'s group in a union-find forest (compressing the path as it goes)."""
    while parent[k] != k:
        parent[k] = parent[parent[k]]
        k = parent[k]
    return k


def _side_by_side(boxes: np.ndarray) -> bool:
    """Whether two of these boxes sit on one line a letter's gap apart, of about one height (a word's letters)."""
    x0, y0, x1, y1 = boxes.T
    tall = y1 - y0
    for a in range(len(boxes)):
        gap = np.maximum(x0 - x1[a], x0[a] - x1)
        overlap = np.minimum(y1, y1[a]) - np.maximum(y0, y0[a])
        taller, shorter = np.maximum(tall, tall[a]), np.minimum(tall, tall[a])
        near = (gap <= 1.6 * taller) & (overlap >= 0.5 * shorter) & (shorter >= 0.4 * taller)
        near[a] = False
        if near.any():
            return True
    return False


def _any_odd(regions: list[Region], small: np.ndarray) -> bool:
    """Whether some small region is no clear shape or has a hole (a lone letter or digit: "7", a bold "B"), not
    a small disk or square, which the text detector need not look at."""
    for index in np.flatnonzero(small):
        mask = regions[index].mask
        guess = classify_shape(mask)
        if guess.name == "polygon" or guess.confidence < 0.8 or silhouette(mask).sum() > mask.sum():
            return True
    return False


def _inks(regions: list[Region]) -> np.ndarray:
    """The regions' fill colours in CIELAB, (n, 3)."""
    return to_lab(np.stack([r.colour for r in regions]).astype(np.uint8)[None])[0].astype(np.float64)


def _inked_like_text(region: Region, ink: np.ndarray) -> bool:
    """Black, white or gray, or a thin stroke of a colour (text may be coloured)."""
    if np.hypot(ink[1], ink[2]) < 12.0:
        return True
    return region.spread == 0.0 and _stroke_share(region.mask) < GLYPH_STROKE


def _stroke_share(mask: np.ndarray) -> float:
    """A region's stroke width (twice its area over its outline's length) as a share of its longer side, with the
    letters written on it filled in (:func:`~nsvr.tools.lettering.letter_holes`): a labelled box is no letter."""
    return stroke_share(mask | letter_holes(mask))


TEXT_DETECTOR_SETTINGS: dict[str, Any] = {"Det.limit_type": "min", "Det.limit_side_len": 480}
"""rapidocr settings of the text detector: small pictures enlarged to 480 px, not to the default 736 (at twice
the cost)."""


def _text_engine() -> Any:
    """rapidocr's engine for finding and reading a drawing's letters, whose models the OCR tool shares
    (:func:`nsvr.tools.ocr.rapidocr_engine`); None when rapidocr is not installed."""
    try:
        return rapidocr_engine(TEXT_DETECTOR_SETTINGS, purpose="finding a drawing's letters")
    except ImportError:  # MissingDependencyError
        return None


def _text_lines(pixels: np.ndarray) -> np.ndarray:
    """Axis-aligned boxes (x0, y0, x1, y1) of the lines of text PP-OCR's detector finds in ``pixels`` (RGB), or
    none when rapidocr is not installed."""
    detector = _text_engine()
    if detector is None:
        return np.zeros((0, 4))
    found = detector(np.ascontiguousarray(pixels[:, :, ::-1]), use_det=True, use_cls=False, use_rec=False)
    quads = getattr(found, "boxes", None)
    if quads is None or len(quads) == 0:
        return np.zeros((0, 4))
    quads = np.asarray(quads, dtype=np.float64)
    return np.stack([quads[..., 0].min(1), quads[..., 1].min(1), quads[..., 0].max(1), quads[..., 1].max(1)], 1)


UNSURE_LAYER = 0.5
"""How likely a shape that meets another, their order unread, lies one layer higher than it was given."""


FRONT_SOLIDITY = 0.96
"""A region that fills this share of its convex hull, next to one bitten into (:data:`BITTEN_SOLIDITY`), is the
shape in front: where they meet is its own edge, and the other's hidden one."""
BITTEN_SOLIDITY = 0.88


def _solidity(mask: np.ndarray, hull: np.ndarray) -> float:
    """The share of its convex ``hull`` (:func:`_hull`) a region fills (a convex shape's whole outline: about 1)."""
    area = int(mask.sum())
    return area / max(int(hull.sum()), 1) if area >= 12 else 1.0


def _next_to_others(
    regions: list[Region],
    index: int,
    windows: np.ndarray,
    solidity: Sequence[float] | None = None,
    lies_on: set[int] | frozenset[int] = frozenset(),
) -> np.ndarray | None:
    """Where other regions lie next to region ``index`` (within a pixel), over its window: its outline there is
    an edge between two shapes, which may be the other's (one overlaps the other), not its own. Only regions
    whose windows meet its own are looked at (``windows``: :func:`_windows`). With each region's ``solidity``,
    a region whole and convex beside one with a bite out of it is the one in front: that edge is its own; so is
    its edge on the regions it ``lies_on`` (the paint order, :func:`~nsvr.tools.layers.paint_order`)."""
    import cv2

    if len(regions) < 2:
        return None
    target = regions[index]
    others = np.zeros(target.mask.shape, np.uint8)
    for other in _meeting(windows, index):
        if other in lies_on:
            continue
        if solidity is not None and solidity[index] >= FRONT_SOLIDITY and solidity[other] <= BITTEN_SOLIDITY:
            continue
        inside, there = _in_window(regions[other], target)
        others[inside] |= regions[other].mask[there].astype(np.uint8)
    return cv2.dilate(others, np.ones((3, 3), np.uint8)) > 0


TWO_INKS_HUE = 45.0
"""Degrees of hue (CIELAB) apart two vivid inks of a component are at least, for it to be two shapes that meet (an
orange four-pointed star under a cyan six-pointed one) rather than one shape's blends with the paper, which keep its
hue."""
OTHER_INK_SHARE = 0.08
"""The share of a component's pixels (and 12 pixels) a second ink of another hue covers, to be a shape of its own."""


def _vivid_hue(colour: np.ndarray) -> float | None:
    """The CIELAB hue (degrees) of a vivid colour, None for a dull one."""
    return (
        math.degrees(math.atan2(colour[2], colour[1]))
        if np.hypot(colour[1], colour[2]) >= 2 * ACHROMATIC_CHROMA
        else None
    )


def _hues_apart(first: Any, second: float) -> Any:
    """Degrees between hues (one or an array of them, and another), the short way round."""
    apart = np.abs(np.asarray(first) - second) % 360
    return np.minimum(apart, 360 - apart)


FULL_STRENGTH = 0.6
"""The share of the strongest contrast with the paper among a component's pixels of about the same hue (the 90th
percentile) that a pixel's is at least, to be an ink at full strength rather than its blend with the paper."""
HUE_BIN = 30.0
"""Degrees of CIELAB hue a bin of :func:`_full_strength` spans (a pixel is weighed against its bin and the two
beside)."""


def _full_strength(component: np.ndarray, lab: np.ndarray, distance: np.ndarray) -> np.ndarray:
    """``component``'s pixels nearly as far from the paper (``distance``) as the farthest of about their hue
    (:data:`FULL_STRENGTH`, :data:`HUE_BIN`): its inks, not their blends with the paper, which keep an ink's hue but
    lose its contrast. Each hue is weighed on its own: two inks stand out from the paper unequally (a yellow sprite
    far more than a blue one on black), and a cut common to both would keep the stronger alone. Dull pixels are
    weighed together."""
    colours = lab[component]
    far = distance[component]
    hues = np.degrees(np.arctan2(colours[:, 2], colours[:, 1])) % 360
    bins = int(round(360 / HUE_BIN))
    which = np.where(
        np.hypot(colours[:, 1], colours[:, 2]) >= 2 * ACHROMATIC_CHROMA, (hues // HUE_BIN).astype(int) % bins, bins
    )
    strongest = np.zeros(bins + 1)
    for b in np.unique(which):
        strongest[b] = np.percentile(far[which == b], 90)
    vivid = np.maximum.reduce([np.roll(strongest[:bins], shift) for shift in (-1, 0, 1)])
    reference = np.append(vivid, strongest[bins])[which]
    strong = np.zeros_like(component)
    strong[component] = far >= FULL_STRENGTH * reference
    return strong


def _other_ink(component: np.ndarray, lab: np.ndarray, distance: np.ndarray, ink: np.ndarray) -> np.ndarray | None:
    """A second vivid ink in ``component`` of another hue than ``ink`` (:data:`TWO_INKS_HUE`) on enough of its
    pixels at full strength (:data:`OTHER_INK_SHARE`; :func:`_full_strength`): a small spiky shape's arms, too
    thin for a core of their own, where it meets another shape. None where there is none."""
    hue = _vivid_hue(ink)
    if hue is None:
        return None
    strong = _full_strength(component, lab, distance)
    colours = lab[strong]
    chroma = np.hypot(colours[:, 1], colours[:, 2])
    hues = np.degrees(np.arctan2(colours[:, 2], colours[:, 1]))
    to_first = _hues_apart(hues, hue)
    vivid = chroma >= 2 * ACHROMATIC_CHROMA
    other = colours[vivid & (to_first >= TWO_INKS_HUE)]
    if len(other) < max(12, OTHER_INK_SHARE * component.sum()):
        return None
    found = _colour_clusters(other, share=0.5)[0]
    # two flat inks meet at an edge; a gradient fill passes through every hue between them
    second = _vivid_hue(found)
    if second is None:
        return None
    span = float(_hues_apart(hue, second))
    to_second = _hues_apart(hues, second)
    between = vivid & (to_first >= 0.25 * span) & (to_second >= 0.25 * span) & (to_first + to_second <= span + 5.0)
    return None if between.sum() > 0.5 * len(other) else found


def _two_inks(component: np.ndarray, lab: np.ndarray, distance: np.ndarray) -> np.ndarray | None:
    """The component's pixels at full strength (:func:`_full_strength`) where they hold two vivid inks of other
    hues (:data:`TWO_INKS_HUE`), each a sizeable share of them; None where they hold one (a stroke, a small shape)."""
    strong = _full_strength(component, lab, distance)
    if strong.sum() < 20:
        return None
    clusters = _colour_clusters(lab[strong], share=0.15)
    hues = [hue for hue in map(_vivid_hue, clusters) if hue is not None]
    return strong if len(hues) >= 2 and float(np.max(_hues_apart(hues[1:], hues[0]))) >= TWO_INKS_HUE else None


def _colour_clusters(colours: np.ndarray, radius: float = 18.0, share: float = 0.1) -> list[np.ndarray]:
    """Greedy mode-seeking clustering of a region's core colours: the densest colour (the fullest cell of a
    10-delta-E grid, refined to the median of what lies near it), then the same on what lies far from every
    cluster so far, while that is a sizeable share. (A per-channel median of several colours is no colour.)"""
    clusters: list[np.ndarray] = []
    remaining = colours
    for _ in range(4):
        if len(remaining) < max(15, share * len(colours)):
            break
        cells, inverse, counts = np.unique(
            np.floor(remaining / 10.0).astype(np.int32), axis=0, return_inverse=True, return_counts=True
        )
        centre = np.median(remaining[inverse.reshape(-1) == int(np.argmax(counts))], axis=0)
        centre = np.median(remaining[np.linalg.norm(remaining - centre, axis=1) < radius], axis=0)
        clusters.append(centre)
        remaining = remaining[np.linalg.norm(remaining - centre, axis=1) >= radius]
    return clusters or [np.median(colours, axis=0)]


def _minor_clusters(colours: np.ndarray, found: list[np.ndarray], radius: float = 18.0) -> list[np.ndarray]:
    """Colours far from every cluster of ``found`` that are too few to be a cluster of the whole component but
    many for their own sake: a dark outline, or a small fill, beside a large shape. Forced to the nearest cluster,
    they would join whichever fill's colour is least unlike theirs, and reshape that fill."""
    extra: list[np.ndarray] = []
    for _ in range(2):
        known = found + extra
        far = colours[np.min([np.linalg.norm(colours - c, axis=1) for c in known], axis=0) >= 1.5 * radius]
        if len(far) < max(15, 0.03 * len(colours)):
            break
        extra += _colour_clusters(far, radius, share=0.5)[:1]
    return extra


OVERLAP_NEAR = 6.0
"""Delta E within which a pixel's colour is the blend of two see-through fills that :func:`_overlap_clusters`
looks for."""


def _overlap_clusters(colours: np.ndarray, found: list[np.ndarray], background: np.ndarray) -> list[np.ndarray]:
    """Colours where two see-through fills overlap, too few (or too near either fill) to be clusters of their own:
    one fill's colour ``b`` stepped along the other's step from the background, ``b + k * (a - background)`` (in
    RGB; k = 1 - b's opacity), flat (most of its pixels near their median) and with few pixels between it and
    either fill (an overlap's edge is sharp; a gradient's middle shades run on into its ends)."""
    fills = [c for c in found if float(np.linalg.norm(c - background)) >= FILL_CONTRAST]
    if len(fills) < 2 or len(colours) < 50:
        return []
    colours = colours[:: len(colours) // 100000 + 1]  # a sample of a large component's colours is as telling
    ground = _from_lab(background).astype(np.float64)
    extra: list[np.ndarray] = []
    steps = np.linspace(0.15, 0.75, 13)[:, None]
    for a in fills:
        for b in fills:
            if a is b or len(extra) >= 2:
                continue
            ends = _from_lab(np.stack([a, b])).astype(np.float64)
            line = to_lab(np.clip(np.round(ends[1] + steps * (ends[0] - ground)), 0, 255).astype(np.uint8)[None])[0]
            known = found + extra
            far = np.min([np.linalg.norm(colours - c, axis=1) for c in known], axis=0) >= 10.0
            near = np.min(np.linalg.norm(colours[:, None] - line[None], axis=2), axis=1) <= OVERLAP_NEAR
            chosen = colours[far & near]
            if len(chosen) < max(15, 0.01 * len(colours)):
                continue
            centre = np.median(chosen, axis=0)
            if (np.linalg.norm(chosen - centre, axis=1) <= OVERLAP_NEAR).mean() < 0.7:
                continue
            between = 0
            for end in (a, b):
                direction = end - centre
                t = np.clip((colours - centre) @ direction / max(float(direction @ direction), 1e-9), 0.0, 1.0)
                off = np.linalg.norm(colours - (centre + t[:, None] * direction), axis=1)
                inner = (np.linalg.norm(colours - centre, axis=1) > OVERLAP_NEAR) & (
                    np.linalg.norm(colours - end, axis=1) > OVERLAP_NEAR
                )
                between += int(((off < 4.0) & inner).sum())
            if between <= 0.5 * len(chosen):
                extra.append(centre)
    return extra


def _half_contrast(
    component: np.ndarray, distance: np.ndarray, threshold: float, minimum: int, lab: np.ndarray, background: np.ndarray
) -> list[np.ndarray]:
    """The component's outline where its colour is half-way from the background's (antialiased edges split
    fairly), as the connected parts that remain."""
    import cv2

    core = cv2.erode(component.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    contrast = float(np.median(distance[core if core.sum() >= 10 else component]))
    cut = max(threshold, 0.5 * contrast)
    if cut <= threshold:
        return [component]
    sharper = (component & (distance > cut)).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(sharper, connectivity=8)
    parts = [labels == i for i in range(1, count) if stats[i, cv2.CC_STAT_AREA] >= minimum]
    if not parts:
        return [component]
    if len(parts) > 1 and not all(_is_solid(part) for part in parts):
        return [component]  # a thin stroke breaks apart at half contrast: one shape must stay one region
    # solid parts are shapes that blur, antialiasing or JPEG ringing bridged across a narrow gap; a fainter shape
    # touching a vivid one falls under the vivid one's half contrast: it stays, apart
    union = np.logical_or.reduce(parts)
    holes = np.logical_or.reduce([silhouette(part) for part in parts]) & ~union
    inside = holes & component
    # a fainter fill inside a vivid outline (gray in black) is one shape, split by colour later; a faint tint
    # inside a hollow shape is its halo
    if inside.sum() >= max(minimum, 0.8 * holes.sum()) and float(np.median(distance[inside])) >= FILL_CONTRAST:
        return [component]
    rest = component & ~(cv2.dilate(union.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(rest.astype(np.uint8), connectivity=8)
    big = max(minimum, 0.05 * component.sum())
    mains = [np.median(lab[part], axis=0) for part in parts]
    fainter = []
    for i in range(1, count):
        piece = labels == i
        if stats[i, cv2.CC_STAT_AREA] < big:
            continue
        ys, xs = np.nonzero(piece)
        # a blend of the background and a vivid part is its antialiased rim, not a shape
        colour = np.median(lab[piece], axis=0)
        if min(_to_segment(colour, background[ys[0], xs[0]], main) for main in mains) >= 12.0:
            fainter.append(piece)
    if fainter:  # the band kept clear of the vivid parts is a fainter fill's own, up to where they meet (a halo's
        taken = np.logical_or.reduce(fainter)  # or a rim's is no shape's: it stays as thin as it was)
        fainter = [
            piece | (cv2.dilate(piece.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0) & component & ~union & ~taken
            if _is_solid(piece)
            else piece
            for piece in fainter
        ]
    return parts + fainter


def _without_rims(regions: list[Region], background: np.ndarray, tolerance: float = 20.0) -> list[Region]:
    """Regions with the rims blur and JPEG leave around a small fill joined to it: a region that surrounds
    another (holds it in its outline) and whose colour is a blend of the background's and the other's is that
    one's edge, not a shape around it (a shape drawn on another keeps a colour of its own, or is wider than a
    rim: a pink square holding a red circle is a blend of red and white too)."""
    import cv2

    if len(regions) < 2:
        return regions
    colours = to_lab(np.stack([r.colour for r in regions]).astype(np.uint8)[None])[0]
    enclosed = [silhouette(r.mask) for r in regions]
    areas = [int(r.mask.sum()) for r in regions]
    absorbed: dict[int, int] = {}
    for i in range(len(regions)):
        for j in range(len(regions)):
            if i == j or j in absorbed or (enclosed[i] & regions[j].mask).sum() < 0.8 * areas[j]:
                continue
            thin = areas[i] <= RIM_WIDTH * cv2.arcLength(_outer_contour(regions[i].mask), True)
            if thin and _to_segment(colours[i], background, colours[j]) < tolerance:
                absorbed[i] = j
                break
    if not absorbed:
        return regions
    kept = []
    for j, region in enumerate(regions):
        if j in absorbed:
            continue
        rims = [regions[i].mask for i, owner in absorbed.items() if owner == j]
        merged = np.logical_or.reduce([region.mask, *rims])
        kept.append(replace(region, mask=merged))
    return kept


FRAGMENT_SHARE = 0.15
"""A piece of a shape's colour split this small beside a fill (and with no inside of its own) is a fragment of it."""


def _with_fragments_joined(pieces: list[np.ndarray]) -> list[np.ndarray]:
    """Pieces of one component, with fragments joined to the fill they touch: a piece with no inside of its own
    (nothing left after an erosion by 2 px) and no stroke, under :data:`FRAGMENT_SHARE` of a touching piece that
    has an inside, is where blur and JPEG blended that fill with its outline (a star's tip, an arc of outline
    the border cut open), not a shape: a shape drawn beside another has an inside, a hollow one is a stroke."""

    while len(pieces) > 1:  # again, until no fragment is left: a fragment may touch its fill only through another
        joined = _fragments_joined_once(pieces)
        if len(joined) == len(pieces):
            break
        pieces = joined
    return pieces


def _fragments_joined_once(pieces: list[np.ndarray]) -> list[np.ndarray]:
    """One pass of :func:`_with_fragments_joined`: each fragment joined to the solid piece it touches most."""
    areas = [int(p.sum()) for p in pieces]
    solid = [_has_inside(p) for p in pieces]
    grown = [_grown(p) for p in pieces]
    owner: dict[int, int] = {}
    for i, piece in enumerate(pieces):
        if solid[i] or _is_stroke(piece, areas[i], int(silhouette(piece).sum())):
            continue
        touching = [
            j
            for j in range(len(pieces))
            if j != i and solid[j] and areas[i] < FRAGMENT_SHARE * areas[j] and (grown[j] & piece).any()
        ]
        if touching:
            owner[i] = max(touching, key=lambda j: int((grown[i] & pieces[j]).sum()))
    if not owner:
        return pieces
    joined = [piece.copy() for piece in pieces]
    for i, j in owner.items():
        joined[j] |= pieces[i]
    return [piece for i, piece in enumerate(joined) if i not in owner]


def _without_specks(regions: list[Region]) -> list[Region]:
    """Regions with the specks of blended colour an outlined fill leaves between its fill and its outline (JPEG
    and antialiasing mix the two) joined to it: a region inside another's outline, with no inside of its own (it
    keeps nothing after an erosion by 2 px; a shape drawn on another has one)."""

    outlined = [i for i, r in enumerate(regions) if r.outline > 0]
    if not outlined or len(regions) < 2:
        return regions
    enclosed = {i: silhouette(regions[i].mask) for i in outlined}
    absorbed: dict[int, int] = {}
    for j, region in enumerate(regions):
        if j in outlined or _has_inside(region.mask):
            continue
        area = int(region.mask.sum())
        owners = [i for i in outlined if (enclosed[i] & region.mask).sum() >= 0.8 * area]
        if owners:
            absorbed[j] = owners[0]
    if not absorbed:
        return regions
    kept = []
    for i, region in enumerate(regions):
        if i in absorbed:
            continue
        specks = [regions[j].mask for j, owner in absorbed.items() if owner == i]
        merged = np.logical_or.reduce([region.mask, *specks])
        kept.append(replace(region, mask=merged))
    return kept


def _is_solid(mask: np.ndarray) -> bool:
    """Whether a region has an inside (a fill), not only an outline's width (a stroke, an arc of one)."""
    import cv2

    core = cv2.erode(mask.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    area = int(mask.sum())
    return bool(core.sum() >= max(4, 0.3 * area)) and not _is_stroke(mask, area, int(silhouette(mask).sum()))


def _without_artefacts(regions: list[Region], colours: np.ndarray, background: np.ndarray) -> list[Region]:
    """Regions that are not edge artefacts of a bigger neighbour: JPEG ringing and blur leave faint specks
    beside strong edges, whose colour lies on the line from the background through the neighbour's (or, JPEG's
    coarser colour, anywhere near the background's when the speck is small and faint beside its neighbour)."""
    import cv2

    if len(regions) < 2:
        return regions
    areas = np.array([int(r.mask.sum()) for r in regions])
    windows = _windows(regions)
    kept = []
    for index, region in enumerate(regions):
        bigger = [other for other in _meeting(windows, index) if areas[other] >= 8 * areas[index]]
        if not bigger:
            kept.append(region)
            continue
        ys, xs = np.nonzero(region.mask)
        here = background[region.origin[0] + ys[0], region.origin[1] + xs[0]]
        grown = cv2.dilate(region.mask.astype(np.uint8), np.ones((11, 11), np.uint8)) > 0
        artefact = False
        for other in bigger:
            neighbour = regions[other]
            inside, there = _in_window(neighbour, region)
            if not (grown[inside] & neighbour.mask[there]).any():
                continue
            direction = colours[other] - here
            offset = colours[index] - here
            along = float(np.dot(offset, direction) / max(float(np.dot(direction, direction)), 1e-9))
            off_line = float(np.linalg.norm(offset - along * direction))
            faint = region.contrast < min(12.0, 0.25 * neighbour.contrast) and areas[index] < 0.05 * areas[other]
            if (off_line < 10.0 and region.contrast < 0.4 * neighbour.contrast) or faint:
                artefact = True
                break
        if not artefact:
            kept.append(region)
    return kept


FILL_CONTRAST = 20.0
"""Delta E from the background a fill's colour has at least (a viewer sees it as a colour of its own); a fainter
tint inside a hollow shape is the halo blur and JPEG leave there (the shape-scene generators draw fills 30 and
more from their backgrounds)."""


def _solid_clusters(
    clusters: list[np.ndarray], component: np.ndarray, lab: np.ndarray, background: np.ndarray
) -> list[bool]:
    """Whether each cluster's colour fills an inside of its own in the component: its pixels (those nearest to
    it) keep some after an erosion by 2 px, which no antialiased or blurred edge survives, a fill does; and it
    stands out from the background (:data:`FILL_CONTRAST`)."""
    import cv2

    if len(clusters) < 2:
        return [True] * len(clusters)
    nearest = np.linalg.norm(lab[component][:, None, :] - np.array(clusters)[None], axis=2).argmin(1)
    assignment = np.full(component.shape, -1, np.int32)
    assignment[component] = nearest
    needed = max(6, int(0.02 * component.sum()))
    kernel = np.ones((5, 5), np.uint8)
    return [
        float(np.linalg.norm(clusters[k] - background)) >= FILL_CONTRAST
        and int((cv2.erode((assignment == k).astype(np.uint8), kernel) > 0).sum()) >= needed
        for k in range(len(clusters))
    ]


def _without_mixtures(
    clusters: list[np.ndarray], background: np.ndarray, solid: list[bool] | None = None, tolerance: float = 9.0
) -> list[np.ndarray]:
    """Clusters that are not blends (antialiased edges) of the background and another cluster, or of two
    other clusters: a blend's colour lies near the segment between the two it mixes, and it fills no inside
    (``solid``; a gray fill inside a black outline lies between black and a white background too)."""
    kept: list[np.ndarray] = []
    for index, centre in enumerate(clusters):
        if solid is not None and solid[index]:
            kept.append(centre)
            continue
        others = [c for j, c in enumerate(clusters) if j != index]
        ends = [(background, other) for other in others] + [
            (a, b) for i, a in enumerate(others) for b in others[i + 1 :]
        ]
        if not any(min(_to_segment(centre, a, b), _to_blend(centre, a, b)) < tolerance for a, b in ends):
            kept.append(centre)
    return kept or clusters[:1]


def _from_lab(lab: np.ndarray) -> np.ndarray:
    """uint8 RGB of CIELAB colours (as :func:`to_lab` gives them), any leading shape."""
    import cv2

    scaled = np.asarray(lab, dtype=np.float64).reshape(-1, 3).copy()
    scaled[:, 0] *= 255.0 / 100.0
    scaled[:, 1:] += 128.0
    rgb = cv2.cvtColor(np.clip(np.round(scaled), 0, 255).astype(np.uint8)[None], cv2.COLOR_Lab2RGB)[0]
    return rgb.reshape(np.shape(lab))


def _to_blend(point: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    """Delta E from ``point`` to the nearest blend of ``a`` and ``b`` (Lab) as antialiasing and blur mix them: in
    RGB, where the blends of two colours bend away from the Lab segment between them (white and blue: by 10)."""
    ends = _from_lab(np.stack([a, b])).astype(np.float64)
    t = np.linspace(0.05, 0.95, 19)[:, None]
    blends = to_lab(np.round(ends[0] * (1 - t) + ends[1] * t).astype(np.uint8)[None])[0]
    return float(np.linalg.norm(blends - point, axis=1).min())


def _to_segment(point: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    direction = b - a
    t = float(np.clip(np.dot(point - a, direction) / max(float(np.dot(direction, direction)), 1e-9), 0.05, 0.95))
    return float(np.linalg.norm(point - (a + t * direction)))


def _with_outlines(
    pieces: list[np.ndarray], colours: tuple[list[int], np.ndarray, np.ndarray, np.ndarray]
) -> list[tuple[np.ndarray, np.ndarray | None]]:
    """Pieces of one colour each, a drawn outline joined to the fill it belongs to: (fill, outline or None).
    A stroke belongs to a fill it surrounds, or that it runs along (an outline the blending broke into arcs); a
    stroke that belongs to no fill is a shape of its own (a hollow one). ``colours``: each piece's colour group,
    the groups' colours and the paper's (Lab), and the component the pieces are of. Where a fill is its outline's
    ink thinned by the paper (a marker's fill in a pen's outline), the outline left open (the pen's stroke ends short
    of its start) still outlines the fill its hull holds, and pieces of the fill's colour by the outline (the marker
    spilt over the line) are no shapes (see :func:`_without_spills`)."""
    import cv2

    areas = [int(p.sum()) for p in pieces]
    enclosed = [silhouette(p) for p in pieces]
    strokes = [i for i, piece in enumerate(pieces) if _is_stroke(piece, areas[i], int(enclosed[i].sum()))]
    # a ring no wider than a rim around a fill is that fill's outline, however much of the shape it covers (on a
    # small shape a 2 px outline is most of it, too much for the ring test above)
    strokes += [
        i
        for i, piece in enumerate(pieces)
        if i not in strokes
        and areas[i] <= RIM_WIDTH * cv2.arcLength(_outer_contour(piece), True)
        and any(j != i and (enclosed[i] & pieces[j]).sum() >= 0.8 * areas[j] for j in range(len(pieces)))
    ]
    # a thick outline (a slide's border, a tenth of the shape wide) holds more than a thin one, too much for the
    # ring test: it is an outline where its hole is the fill's, the fill filling it, and it is thin beside the shape
    strokes += [
        i
        for i, piece in enumerate(pieces)
        if i not in strokes and _rings_fill(piece, areas[i], enclosed[i], [p for j, p in enumerate(pieces) if j != i])
    ]
    fills = [i for i in range(len(pieces)) if i not in strokes]
    near = {j: cv2.dilate(pieces[j].astype(np.uint8), np.ones((7, 7), np.uint8)) > 0 for j in fills}
    outlines: dict[int, np.ndarray] = {}
    alone: list[int] = []
    for i in strokes:
        owners = [
            j
            for j in fills
            if (enclosed[i] & pieces[j]).sum() >= 0.8 * areas[j] or (near[j] & pieces[i]).sum() >= 0.7 * areas[i]
        ]
        if owners:
            owner = max(owners, key=lambda j: areas[j])
            outlines[owner] = outlines.get(owner, np.zeros_like(pieces[i])) | pieces[i]
        else:
            alone.append(i)
    inks, centres, paper, component = colours

    def thinned(fill_ink: int, line_ink: int) -> bool:  # the fill's colour a blend of the line's ink and the paper
        return _to_blend(centres[fill_ink], paper, centres[line_ink]) <= MARKER_BLEND

    # an open outline round the one fill a marker drew off its line (a solid's faces are several, its edges no pen's)
    lone_fill = sum(_has_inside(pieces[j]) for j in fills) == 1
    for i in list(alone) if lone_fill else []:
        hull = _hull(pieces[i])
        held = {j: int((hull & pieces[j]).sum()) for j in fills if j not in outlines and thinned(inks[j], inks[i])}
        owners = [
            j
            for j, n in held.items()
            if n >= OPEN_OUTLINE_HOLDS[0] * areas[j] and n >= OPEN_OUTLINE_HOLDS[1] * hull.sum()
        ]
        if owners:
            outlines[max(owners, key=lambda j: areas[j])] = pieces[i]
            alone.remove(i)
    # where blur thickens an outline (a small shape's corners) the stroke breaks into blobs too compact to read
    # as strokes: a piece with no inside that touches an outline is more of it (a shape has an inside)
    for j in [j for j in fills if j not in outlines and outlines and not _has_inside(pieces[j])]:
        touched = [o for o, line in outlines.items() if o != j and (_grown(line) & pieces[j]).any()]
        if touched:
            owner = max(touched, key=lambda o: int((_grown(pieces[j]) & outlines[o]).sum()))
            outlines[owner] = outlines[owner] | pieces[j]
            fills.remove(j)
    # the inks each outline is drawn in, for the fills that are one of them thinned (a marker's)
    line_inks = {o: {inks[k] for k, piece in enumerate(pieces) if (line & piece).any()} for o, line in outlines.items()}
    marked = {o: drawn for o, drawn in line_inks.items() if any(thinned(inks[o], ink) for ink in drawn)}
    if marked:  # (a fill in an outline of its own is a shape, whatever it touches)
        loose = [j for j in fills if j not in outlines] + alone
        dropped = _without_spills(pieces, inks, loose, outlines, marked, component)
        fills, alone = [j for j in fills if j not in dropped], [i for i in alone if i not in dropped]
    return [(pieces[j], outlines.get(j)) for j in fills] + [(pieces[i], None) for i in alone]


def _without_spills(
    pieces: list[np.ndarray],
    inks: list[int],
    loose: list[int],
    outlines: dict[int, np.ndarray],
    line_inks: dict[int, set[int]],
    drawn: np.ndarray,
) -> set[int]:
    """Which of the ``loose`` pieces (indices into ``pieces``, in no outline) belong to a marked fill (``line_inks``:
    fill -> the inks its outline in ``outlines`` is drawn in) without being a shape: a piece of the fill's colour
    group (``inks``) by its outline and outside it, smaller than the fill (the marker spilt over the line), left out;
    a piece of the outline's own ink by it, with no inside (the pen's overshoot, a bit of line the blending cut off),
    joined to the outline (``outlines`` is updated). ``drawn``: the component the pieces are of."""
    import cv2

    def on_paper(k: int) -> float:  # the share of the piece's rim (2 px: past a blended edge) on the paper
        rim = (cv2.dilate(pieces[k].astype(np.uint8), np.ones((5, 5), np.uint8)) > 0) & ~pieces[k]
        return float((rim & ~drawn).sum()) / max(1, int(rim.sum()))

    kernel = np.ones((2 * SPILL_REACH_PX + 1, 2 * SPILL_REACH_PX + 1), np.uint8)
    dropped: set[int] = set()
    for k in loose:
        reach = cv2.dilate(pieces[k].astype(np.uint8), kernel) > 0
        area = int(pieces[k].sum())
        for o in line_inks:
            line = outlines[o]
            if not (reach & line).any():
                continue
            # of the fill's colour, on the paper beyond the outline (a solid's top face, of its side's colour, is
            # bordered by its edges)
            if inks[k] == inks[o] and area < int(pieces[o].sum()) and on_paper(k) >= SPILL_ON_PAPER:
                dropped.add(k)
                break
            if inks[k] in line_inks[o] and not _has_inside(pieces[k]):
                outlines[o] = line | pieces[k]
                dropped.add(k)
                break
    return dropped


SPILL_ON_PAPER = 0.3
"""The share of its rim a piece of a fill's colour by the fill's outline borders the paper with, at least, to be the
fill spilt over the line: a spill lies between the line and the paper, a solid's face between its edges."""


SPILL_REACH_PX = 2
"""How near (pixels) an outline a piece of its fill's or its own colour lies to belong to it."""


MARKER_BLEND = 8.0
"""Delta E within which a fill's colour is a blend of its outline's ink and the paper: a marker's translucent fill in
a pen outline of that ink (a shaded solid's faces are not: a cyan face in black edges, a green one in dark green)."""


OPEN_OUTLINE_HOLDS = (0.6, 0.25)
"""An open stroke outlines a fill when its convex hull holds this share of the fill, and the fill this share of the
hull (a star fills half its hull): a marker's fill drawn a few pixels off its pen outline, whose gap leaves it
nothing enclosed."""


def _hull(mask: np.ndarray) -> np.ndarray:
    """The convex hull of ``mask``, filled."""
    import cv2

    points = cv2.findNonZero(mask.astype(np.uint8))
    filled = np.zeros(mask.shape, np.uint8)
    cv2.fillConvexPoly(filled, cv2.convexHull(points), 1)
    return filled > 0


THICK_OUTLINE = 0.2
"""A drawn outline is at most this wide beside the square root of the area it encloses (slides draw theirs 6-10%
of the shape's size; a star's arms make it about twice that share of the root of its area)."""
OUTLINE_HOLE = 0.8
"""Share of an outline's hole that the fill it rings fills (the rest its antialiased blend with the outline)."""


def _rings_fill(piece: np.ndarray, area: int, enclosed: np.ndarray, others: list[np.ndarray]) -> bool:
    """Whether ``piece`` is a uniform band around one of the ``others`` that fills its hole: an outline drawn
    around a fill (see :data:`THICK_OUTLINE`, :data:`OUTLINE_HOLE`), not a shape with a smaller one on it."""
    import cv2

    hole = enclosed & ~piece
    inside = int(hole.sum())
    if inside == 0 or inside < 0.15 * area:
        return False
    width = area / max(1.0, cv2.arcLength(_outer_contour(piece), True))
    if width > THICK_OUTLINE * np.sqrt(float(enclosed.sum())):
        return False
    for other in others:
        held = int((hole & other).sum())
        if held >= OUTLINE_HOLE * inside and held >= 0.8 * int(other.sum()):
            return True
    return False


def _has_inside(piece: np.ndarray) -> bool:
    """Whether anything of ``piece`` is left after an erosion by 2 px (a fill has an inside; a stroke has not)."""
    import cv2

    return bool(cv2.erode(piece.astype(np.uint8), np.ones((5, 5), np.uint8)).any())


def _grown(mask: np.ndarray) -> np.ndarray:
    import cv2

    return cv2.dilate(mask.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0


OUTLINE_STROKE_PX = 4.0
"""The widest (pixels, on average) a closed outline drawn alone (a hollow shape) is taken to be one stroke of one
ink. A 2 px outline saved at JPEG quality 70 or more measures under 4; at 55 the halo JPEG rings round it makes it 6,
and that halo, taken in whole, bends its outline out of shape (it stays split by colour there, as before)."""


def _bare_outline(component: np.ndarray, core: np.ndarray, lab: np.ndarray) -> bool:
    """Whether ``component`` is a closed outline drawn alone in one ink: a ring at most :data:`OUTLINE_STROKE_PX`
    wide on average (twice its area over its edge pixels) round one hole, covering under four fifths of what it
    encloses (a small star's outline, two thirds), whose colours are no two inks (:func:`_one_ink`): a black outline
    touching a blue one is two shapes."""
    import cv2

    area = int(component.sum())
    edge = area - int(core.sum())
    if edge <= 0 or 2.0 * area / edge > OUTLINE_STROKE_PX:
        return False
    inside = silhouette(component) & ~component
    if area >= 0.8 * (area + int(inside.sum())):
        return False
    # one hole, what the outline goes round: a striped or hatched fill's many small gaps are no hollow shape's inside
    count, _, stats, _ = cv2.connectedComponentsWithStats(inside.astype(np.uint8), connectivity=4)
    if count < 2 or stats[1:, cv2.CC_STAT_AREA].max() < 0.8 * inside.sum():
        return False
    return _one_ink(np.array(_colour_clusters(lab[core])).reshape(-1, 3))


ONE_INK_HUES = 35.0
"""The most (degrees) the hues of one outline's colour groups differ when JPEG's chroma ringing alone varies them: it
shifts their chroma and lightness (a blue outline's groups: chroma 33-83, hues within 17 degrees) but keeps the hue."""


def _one_ink(centres: np.ndarray) -> bool:
    """Whether colour groups (CIELAB centres) are one ink: all gray (a black stroke and its blends), or all of a hue
    (within :data:`ONE_INK_HUES`); a gray group beside a coloured one is two inks (a black outline touching a blue).

    >>> ringing = np.array([[44.0, 22, -50], [45, 8, -32], [45, 42, -71]])
    >>> _one_ink(ringing), _one_ink(np.array([[18.0, -1, -4], [40, 32, -64]]))
    (True, False)
    """
    if len(centres) < 2:
        return True
    chromatic = np.hypot(centres[:, 1], centres[:, 2]) >= ACHROMATIC_CHROMA
    if not chromatic.any():
        return True
    if not chromatic.all():
        return False
    hues = np.degrees(np.arctan2(centres[:, 2], centres[:, 1]))
    apart = np.abs((hues[:, None] - hues[None] + 180.0) % 360.0 - 180.0)
    return float(apart.max()) <= ONE_INK_HUES


def _is_stroke(piece: np.ndarray, area: int, enclosed: int) -> bool:
    """A ring around something (its holes hold more than it does), or a thin arc (long for its area)."""
    import cv2

    perimeter = max(1.0, cv2.arcLength(_outer_contour(piece), True))
    compact = 4 * np.pi * area / perimeter**2  # 1 for a disk, near 0 for a thin line
    return area < 0.6 * enclosed or (compact < 0.25 and area / perimeter <= 3.0)


def _outer_contour(mask: np.ndarray) -> np.ndarray:
    import cv2

    contours, _ = cv2.findContours(mask.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    return max(contours, key=cv2.contourArea)


def _enclosing_radius(xs: np.ndarray, ys: np.ndarray) -> float:
    """The radius of the smallest circle holding the region's pixels: a bound under the shape's circumradius
    (whatever part of a shape shows lies in its circumcircle), which a fit to a cut or oddly fitted outline may
    fall below."""
    import cv2

    points = np.stack([xs, ys], axis=1).astype(np.float32)
    hull = cv2.convexHull(points)
    return max(0.0, float(cv2.minEnclosingCircle(hull)[1]) - 0.5)


def _size(share: float) -> Attribute:
    """small / medium / large from the circumradius share, confident away from the cuts."""
    small_cut, large_cut = SIZE_CUTS
    value = "small" if share < small_cut else "large" if share >= large_cut else "medium"
    cut = small_cut if abs(np.log(share / small_cut)) < abs(np.log(share / large_cut)) else large_cut
    margin = abs(float(np.log(max(share, 1e-6) / cut)))
    confidence = float(1 / (1 + np.exp(-(margin - 0.04) / 0.02)))
    neighbour = {"small": "medium", "large": "medium"}.get(value, "small" if cut == small_cut else "large")
    confidence = round(min(0.99, max(0.5, confidence)), 4)
    alternatives = {neighbour: round(1 - confidence, 4)} if confidence < 0.99 else {}
    return Attribute(value=value, confidence=confidence, alternatives=alternatives)


NATIVE_SIDE = 24
"""The smallest side (pixels) a drawing enlarged pixel by pixel is read at its own size from: a smaller one (a 16 px
sketch blown up to 64) is better read enlarged, where its shapes are more than a few pixels."""


def pixel_block(pixels: np.ndarray, largest: int = 8) -> int:
    """The factor (3 to ``largest``) a picture was enlarged by with nearest-neighbour sampling (each pixel of the
    drawing a k x k block of equal pixels), or 1.

    >>> small = np.zeros((30, 30), np.uint8)
    >>> small[np.add.outer(np.arange(30), np.arange(30)) < 20] = 9  # a triangle: its edge steps row by row
    >>> pixel_block(np.repeat(np.repeat(small, 4, 0), 4, 1)), pixel_block(small)
    (4, 1)
    """
    height, width = pixels.shape[:2]
    for k in range(largest, 2, -1):  # not 2: a hard-edged drawing on even coordinates is blocks of 2 by chance
        if height % k or width % k or min(height, width) // k < NATIVE_SIDE:
            continue
        corner = pixels[::k, ::k]
        if all(np.array_equal(pixels[j::k, ::k], corner) for j in range(1, k)) and all(
            np.array_equal(pixels[:, j::k], pixels[:, ::k]) for j in range(1, k)
        ):
            return k
    return 1


def _whole_like_others(
    touching: list[tuple[int, int, int, Attribute]],
    whole: list[tuple[str, int, int]],
    names: list[str],
    attributes: list[dict[str, Attribute]],
) -> None:
    """A square or rectangle at the border whose box is, to a pixel, the box of one that shows whole in the same
    drawing is drawn touching the border, not cut by it (shapes of one size, as in Sort-of-CLEVR): it takes that
    name and its own size, where the border would leave "or a rectangle" and "or larger"."""
    for position, width, height, size in touching:
        shape = attributes[position]["shape"]
        if shape.value not in ("square", "rectangle") or not shape.alternatives:
            continue
        for name, other_width, other_height in whole:
            same_box = abs(width - other_width) <= 1 and abs(height - other_height) <= 1
            turned = abs(width - other_height) <= 1 and abs(height - other_width) <= 1
            if (same_box or turned) and (name == shape.value or name in shape.alternatives):
                attributes[position]["shape"] = Attribute(value=name, confidence=max(shape.confidence, 0.8))
                attributes[position]["size"] = size
                names[position] = name
                break


MANY_SHAPES = 6
"""From this many shapes on, a drawing's sizes are said of its shapes beside one another where they fall into
clearly apart groups (a sheet of stickers in two sizes): "the big ones" are the bigger group, however small all of
them are beside the page."""
SIZE_GAP = 1.35
"""How much larger (in its longer box side) the smallest of a bigger group must be than the largest of the next
group for the two to be told apart."""


def size_groups(extents: Sequence[float]) -> list[int] | None:
    """The size group (0 smallest) of each extent when the extents fall into two or three groups each tighter than
    the gaps between them (every gap at least :data:`SIZE_GAP`), else None.

    >>> size_groups([0.03, 0.031, 0.06, 0.062, 0.029, 0.058])
    [0, 0, 1, 1, 0, 1]
    >>> size_groups([0.03, 0.035, 0.04, 0.045, 0.05, 0.055]) is None  # a continuum, no groups
    True
    """
    logs = np.log(np.maximum(np.asarray(extents, dtype=np.float64), 1e-6))
    order = np.argsort(logs, kind="stable")
    ordered = logs[order]
    gaps = np.diff(ordered)
    cuts = sorted(int(k) for k in np.flatnonzero(gaps >= np.log(SIZE_GAP)))
    if not 1 <= len(cuts) <= 2:
        return None
    bounds = [0, *(k + 1 for k in cuts), len(ordered)]
    spreads = [ordered[b - 1] - ordered[a] for a, b in zip(bounds, bounds[1:], strict=False)]
    if max(spreads) >= min(gaps[k] for k in cuts):
        return None
    groups = np.zeros(len(ordered), dtype=int)
    for k in cuts:
        groups[order[k + 1 :]] += 1
    return groups.tolist()


def _sizes_among_many(
    extents: list[float], attributes: list[dict[str, Attribute]], cut: set[int], scores: list[float]
) -> None:
    """Sizes of a drawing of :data:`MANY_SHAPES` or more said relative to one another (see :func:`size_groups`),
    where its shapes fall into clear groups; a shape the border cuts may be the next group up. Only regions that
    are shapes (scoring :data:`~nsvr.tools.thresholds.REGION_THRESHOLD` or more) count: three shapes and three
    specks of blended colour beside them are no sheet of big and small stickers."""
    from nsvr.tools.thresholds import REGION_THRESHOLD

    shapes = [k for k, score in enumerate(scores) if score >= REGION_THRESHOLD]
    if len(shapes) < MANY_SHAPES:
        return
    groups = size_groups([extents[k] for k in shapes])
    if groups is None:
        return
    names = ["small", "large"] if max(groups) == 1 else ["small", "medium", "large"]
    for position, group in zip(shapes, groups, strict=True):
        size = Attribute(value=names[group], confidence=0.95)
        attributes[position]["size"] = _cut_size(size) if position in cut else size


def _figure_attributes(kinds: list[Figure | None], attributes: list[dict[str, Attribute]]) -> None:
    """A figure's attributes as its kind says (:class:`~nsvr.tools.figures.Figure`): a pictogram's shape is none, or
    the one its kind names; a slice has no size class (its area, its share of the pie, is its size)."""
    for figure, entry in zip(kinds, attributes, strict=True):
        if figure is None:
            continue
        entry.pop("fill", None)  # an arrow, a line, a pictogram: drawn, not filled or left hollow
        if not figure.classified:
            if figure.shape is None:
                entry.pop("shape", None)
            else:
                entry["shape"] = Attribute(value=figure.shape, confidence=0.9)
        if not figure.sized:
            entry.pop("size", None)


PAPER_INSIDE = (0.3, 0.7, 0.85)
"""Shares of a shape's inside that is the paper's colour: up to the first it is filled, from the second hollow (its
outline encloses the paper), between them either; a bare outline's inside is the paper from the third on (a hatched
fill's strokes leave 55-80% of it paper: no sure reading)."""
PAPER_DELTA = 10.0
"""Delta E from the paper's colour (as the background model has it there) within which a pixel is the paper."""


OPEN_STROKE = 0.35
"""A region covering less than this share of its convex hull, with nothing inside it, is a stroke drawn round an
open outline (its ends apart): a hollow shape. A filled star covers about half of its hull."""


def _paper_inside(
    region: Region, boxed: np.ndarray, corner: tuple[int, int], lab: np.ndarray, background: np.ndarray
) -> float | None:
    """The share of a shape's inside (what its outline encloses, less a rim a sixth of its width deep, where an
    outline's stroke runs) that is the paper's colour; None where too little is left inside to tell, or where the
    shape's own colour is near the paper's (a pale fill). ``boxed``: the region's silhouette over its box, whose
    top left is ``corner`` (row, column) in the region's window. Its mask may already hold what a bare outline
    encloses, so the pixels tell, not the mask. An open outline, a stroke round nothing its mask encloses, is all
    paper."""
    import cv2

    filled = np.zeros(region.mask.shape, dtype=bool)  # placed in its window, as the erosion below reads it
    filled[corner[0] : corner[0] + boxed.shape[0], corner[1] : corner[1] + boxed.shape[1]] = boxed
    ys, xs = np.nonzero(boxed)
    window = region.window
    paper = np.median(background[window][filled], axis=0)
    ink = colour_lab(region.colour)
    if np.linalg.norm(ink - paper) < 2.5 * PAPER_DELTA:
        return None
    rim = max(2, round(min(np.ptp(ys), np.ptp(xs)) / 6))
    inside = cv2.erode(filled.astype(np.uint8), np.ones((3, 3), np.uint8), iterations=rim) > 0
    if inside.sum() < 6:
        hull = _hull(region.mask)
        return 1.0 if hull.sum() >= 40 and region.mask.sum() < OPEN_STROKE * hull.sum() else None
    away = np.linalg.norm(lab[window][inside] - background[window][inside], axis=1)
    return float(np.mean(away < PAPER_DELTA))


LONG_SHAPE = (1.8, 2.8)
"""A drawn shape is long (a bar, a game's I piece, a long thin rectangle) where its least enclosing rectangle is at
least this many times as long as wide (surely from the second on; between the two, "long" or "short" as likely)."""


def _long_rectangle(attributes: dict[str, Attribute]) -> bool:
    """Whether a drawn shape may be a long rectangle (what many call a bar)."""
    shape, length = attributes["shape"], attributes["length"]
    return (shape.value == "rectangle" or "rectangle" in shape.alternatives) and (
        length.value == "long" or "long" in length.alternatives
    )


def _length(mask: np.ndarray) -> Attribute:
    """Whether a drawn shape is long or short: how much longer than wide its least enclosing rectangle is (see
    :data:`LONG_SHAPE`), at any turn.

    >>> bar = np.zeros((30, 30), bool); bar[12:17, 2:28] = True
    >>> _length(bar).value, _length(np.ones((10, 10), bool)).value
    ('long', 'short')
    """
    import cv2

    points = cv2.findNonZero(mask.astype(np.uint8))
    if points is None or len(points) < 3:
        return Attribute(value="short", confidence=0.5, alternatives={"long": 0.5})
    (_, _), (width, height), _ = cv2.minAreaRect(points)
    aspect = (max(width, height) + 1.0) / (min(width, height) + 1.0)  # pixel centres: a side spans one more
    low, high = LONG_SHAPE
    long = float(np.clip((aspect - low) / (high - low), 0.0, 1.0))
    if long >= 0.5:
        return Attribute(
            value="long", confidence=round(long, 4), alternatives={"short": round(1 - long, 4)} if long < 1 else {}
        )
    return Attribute(
        value="short", confidence=round(1 - long, 4), alternatives={"long": round(long, 4)} if long > 0 else {}
    )


def _fill(inked: float, paper: float | None = None) -> Attribute:
    """Whether a shape is filled or hollow (a bare outline): from the share ``inked`` of what its outline encloses
    that its own pixels cover, and the share ``paper`` of its inside that is the paper's colour (see
    :func:`_paper_inside`; None where it cannot tell). Where they disagree or lie between, the other reading is the
    runner-up.

    >>> _fill(0.2).value, _fill(1.0, 0.0).value, _fill(1.0, 0.9).value, _fill(1.0, 0.5).alternatives
    ('hollow', 'filled', 'hollow', {'hollow': 0.4})
    >>> _fill(0.3, 0.65).confidence  # an outline round a hatched inside: hollow or filled
    0.6
    """
    low, high, bare = PAPER_INSIDE
    hollow = inked < HOLLOW_SHARE or (paper is not None and paper >= high)
    sure = (
        (paper >= bare if paper is not None else inked < HOLLOW_SHARE - 0.15)
        if hollow
        else (inked > HOLLOW_SHARE + 0.15 and paper is not None and paper <= low)
    )
    value, other = ("hollow", "filled") if hollow else ("filled", "hollow")
    if sure:
        return Attribute(value=value, confidence=0.95)
    return Attribute(value=value, confidence=0.6, alternatives={other: 0.4})


def _cut_size(size: Attribute) -> Attribute:
    """A cut polygon's size: at least what shows, maybe the next class up."""
    larger = {"small": "medium", "medium": "large"}.get(size.value)
    if larger is None:
        return size
    return Attribute(value=size.value, confidence=0.5, alternatives={larger: 0.5})


NOISE_SPECK_AREA = 40.0
"""Pixels: the size up to which a region's contrast is judged against the background's noise pixel by pixel; a
wider region's steady colour is judged against that noise averaged over its pixels (in units of this area)."""


SCATTERED_SCORE = 0.3
"""The score of a faint region whose pixels scatter about the paper's colour rather than away from it: JPEG's
ringing beside a vivid edge, pinkish and greenish stripes on beige, whose median is the paper. Under the region
candidates' floor (0.35): it hedges no answer."""
SCATTER_CONTRAST = 25.0
"""Delta E: only a region fainter than this can be scatter (a drawn fill is vivid; ringing is faint)."""


def _scattered_about_paper(region: Region, lab: np.ndarray, background_lab: np.ndarray) -> bool:
    """Whether a faint region's pixels lie about the paper's colour in all directions: their departures from it
    cancel out (their mean is under half their mean length), where a faint fill's or a blurred stroke's all lean one
    way, toward its ink, and a paper-white fill inside a drawn outline departs only toward the outline's ink."""
    if region.contrast >= SCATTER_CONTRAST:
        return False
    window = region.window
    offsets = lab[window][region.mask] - background_lab[window][region.mask]
    lengths = float(np.linalg.norm(offsets, axis=1).mean())
    return bool(np.linalg.norm(offsets.mean(axis=0)) < 0.5 * lengths)


def _objectness(region: Region, background: Background, area: int) -> float:
    """How surely a region is an object: contrast over the background noise, contrast itself, and size (a
    faint speck is doubtful). The specks blur, antialiasing and JPEG leave are blends of a colour with the
    background, faint (delta E under about 25 in both shape-scene benchmarks) where a drawn shape is vivid: the
    size a region needs shrinks from 40 pixels when faint to 12 (the smallest region) when vivid."""
    # noise makes specks, not wide regions: over many pixels a steady contrast stands out of it more clearly
    contrast = region.contrast / max(background.noise, 1.0) * np.sqrt(max(1.0, area / NOISE_SPECK_AREA))
    clear = 1 - np.exp(-max(0.0, contrast - 2.0) / 4.0)
    vivid = 1 - np.exp(-max(0.0, region.contrast - 8.0) / 8.0)  # a faint smear is more often an artefact
    needed = 40.0 - 28.0 * float(np.clip((region.contrast - 20.0) / 20.0, 0.0, 1.0))
    big = 1 - np.exp(-((area / needed) ** 2))
    return round(float(min(0.99, clear * vivid * big)), 4)
