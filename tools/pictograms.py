"""Pictograms drawn from several flat shapes: which of the region proposer's regions (:mod:`nsvr.tools.regions`)
are parts of one figure rather than things of their own, and which one-piece figures are conventional icons.

- Rays (:func:`rayed`): a disc ringed by several small, thin strokes of its own colour, each pointing at its centre
  from just beyond its edge, is a sun: the strokes are the disc's, no objects of their own.
- A house (:func:`houses`): a triangle standing on the top side of a rectangle (a square) below it, its base along
  that side, as wide or wider, centred on it; a door or windows inside the body are the house's.
- A tree (:func:`trees`): a disc or an ellipse (the crown) above a narrow upright rectangle (the trunk), centred
  under it, its top hidden behind the crown and its foot well below.
- A smiley (:func:`smileys`): a round face with two eyes side by side in its upper half (small dots) and a mouth
  in its lower half (an arc, wide and low), drawn in another ink inside it.
- A block arrow (:func:`block_arrow`): one region, a shaft of even width ending in a wider head that narrows to a
  point.

Each composition asks for the geometry of its parts, not only that they touch: a rule that joined touching parts
of other colours also joined two overlapping shapes, which made answers confidently wrong.

Works on the proposer's regions (anything with ``mask``, ``origin`` and ``colour``) in working pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

RAY_COUNT = 5
"""At least this many strokes around a disc make it a rayed figure."""
RAY_REACH = (0.9, 2.4)
"""A ray's centre lies between these multiples of the disc's radius from the disc's centre."""
RAY_AIM = 25.0
"""Degrees by which a ray's long axis may miss the disc's centre."""
RAY_WIDTH = 3.0
"""Pixels: a ray that touched its disc is at most about this wide (an opening this wide takes it off the disc)."""
SAME_COLOUR = 30.0
"""RGB distance under which a ray is the disc's colour."""
SAME_HUE = 12.0
"""Degrees of hue within which a vivid ray is the disc's colour, paler or not."""


def _points(region: Any) -> np.ndarray:
    ys, xs = np.nonzero(region.mask)
    return np.stack([ys + region.origin[0], xs + region.origin[1]], axis=1).astype(np.float64)


def _axes(points: np.ndarray) -> tuple[np.ndarray, np.ndarray, float, float]:
    """Centre, unit long axis, and the spread (standard deviation) along the long and the short axis."""
    centre = points.mean(axis=0)
    values, vectors = np.linalg.eigh(np.cov((points - centre).T) + 1e-9 * np.eye(2))
    return centre, vectors[:, 1], float(np.sqrt(max(values[1], 0.0))), float(np.sqrt(max(values[0], 0.0)))


def _same_ink(colours: np.ndarray, colour: np.ndarray) -> np.ndarray:
    """Which RGB ``colours`` are ``colour``: close, or of its hue (a thin stroke's pixels blend with the paper)."""
    import cv2

    both = np.clip(np.vstack([colours, colour[None]]), 0, 255).astype(np.uint8)[None]
    hsv = cv2.cvtColor(both, cv2.COLOR_RGB2HSV_FULL)[0].astype(np.float64)
    turn = np.abs(hsv[:-1, 0] - hsv[-1, 0])
    hue = np.minimum(turn, 256.0 - turn) * 360.0 / 256.0
    vivid = (hsv[:-1, 1] >= 50) & (hsv[-1, 1] >= 50)
    return (np.linalg.norm(colours - colour, axis=1) <= SAME_COLOUR) | (vivid & (hue <= SAME_HUE))


def _is_disc(points: np.ndarray) -> bool:
    """Round and filled: equal spreads, and the area of a disc of that spread (a disc's spread is r / 2)."""
    if len(points) < 60:
        return False
    _, _, long, short = _axes(points)
    radius = 2.0 * long
    return short >= 0.85 * long and 0.8 <= len(points) / (np.pi * radius**2) <= 1.2


def _without_strokes(region: Any) -> np.ndarray | None:
    """The points of a region less its thin strokes (a disc with a ray that touched it: the disc), or None."""
    import cv2

    side = 2 * int(np.ceil(RAY_WIDTH)) + 1
    disc = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (side, side))
    kept = cv2.morphologyEx(np.pad(region.mask, side).astype(np.uint8), cv2.MORPH_OPEN, disc)[side:-side, side:-side]
    if kept.sum() < 60:
        return None
    ys, xs = np.nonzero(kept)
    return np.stack([ys + region.origin[0], xs + region.origin[1]], axis=1).astype(np.float64)


def rayed(regions: Sequence[Any], partly: bool = False) -> dict[int, list[int]]:
    """The rayed discs (suns) among ``regions``: each disc's index and its rays' indexes (see the module doc).
    ``partly``: the discs with two rays or more, not all round (a small sun whose other rays were too small to be
    regions: a sun perhaps)."""
    least = 2 if partly else RAY_COUNT
    clouds = [_points(r) for r in regions]
    if len(clouds) <= least:
        return {}
    stats = [_axes(points) for points in clouds]
    centres = np.array([centre for centre, _, _, _ in stats])
    axes = np.array([axis for _, axis, _, _ in stats])
    long = np.array([spread for _, _, spread, _ in stats])
    short = np.array([spread for _, _, _, spread in stats])
    areas = np.array([len(points) for points in clouds])
    colours = np.array([np.asarray(r.colour, dtype=np.float64) for r in regions])
    stroke = (areas >= 4) & (long >= 2.0 * short)
    if stroke.sum() < least:
        return {}
    found: dict[int, list[int]] = {}
    taken: set[int] = set()
    for index in np.flatnonzero(~stroke & (areas >= 60)):
        disc = clouds[index] if _is_disc(clouds[index]) else _without_strokes(regions[index])
        if disc is None or not _is_disc(disc):
            continue
        radius = np.sqrt(len(disc) / np.pi)
        reach = centres - disc.mean(axis=0)
        distance = np.linalg.norm(reach, axis=1)
        aim = np.abs(np.sum(axes * reach, axis=1)) / np.maximum(distance, 1e-9)
        ring = np.flatnonzero(
            stroke
            & (areas <= 0.25 * areas[index])
            & _same_ink(colours, colours[index])
            & (distance >= RAY_REACH[0] * radius)
            & (distance <= RAY_REACH[1] * radius)
            & (aim >= np.cos(np.radians(RAY_AIM)))
        )
        ring = np.array([k for k in ring if int(k) not in taken], dtype=int)
        if len(ring) < least:
            continue
        # rays go all round: no half of the circle without one
        angles = np.sort(np.arctan2(reach[ring, 0], reach[ring, 1]))
        if partly or float(np.max(np.diff(np.append(angles, angles[0] + 2 * np.pi)))) < np.pi:
            found[int(index)] = [int(k) for k in ring]
            taken.update(found[int(index)])
    return found


def rays(regions: Sequence[Any]) -> set[int]:
    """Indexes of the regions that are a rayed disc's rays (see the module doc)."""
    return {k for ring in rayed(regions).values() for k in ring}


# ---- houses, trees, smileys ---------------------------------------------------------------------------------------


def _box(region: Any) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of a region's mask in the image, right and bottom exclusive."""
    ys, xs = np.nonzero(region.mask)
    top, left = region.origin
    return int(left + xs.min()), int(top + ys.min()), int(left + xs.max() + 1), int(top + ys.max() + 1)


def _crop(region: Any) -> np.ndarray:
    ys, xs = np.nonzero(region.mask)
    return region.mask[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


ROOF_FILL = (0.34, 0.66)
"""A roof (a triangle on its base) fills between these shares of its box (a triangle's is a half; a small one's more,
its antialiased edge, or less, its blend with the body and the paper going to them)."""
BODY_FILL = 0.78
"""A house's body fills at least this share of its box (a rectangle, less a door of the paper's colour)."""
OVAL_FILL = (0.88, 1.08)
"""A disc or an ellipse fills between these shares of pi / 4 of its box."""


def _is_roof(crop: np.ndarray) -> bool:
    """A triangle standing on its base: a half of its box, widest at the bottom, half as wide half way up, a point
    at the top, centred."""
    rows = crop.sum(axis=1)
    crop = crop[: int(np.flatnonzero(rows >= 0.5 * rows.max()).max()) + 1]  # less the eaves' tips a blend left below
    rows = rows[: len(crop)]
    height, width = crop.shape
    if height < 4 or width < 6 or not ROOF_FILL[0] <= crop.mean() <= ROOF_FILL[1]:
        return False
    band = max(1, height // 6)
    if int(np.argmax(rows)) < 0.75 * height or rows.max() < 0.85 * width or rows[:band].mean() > 0.4 * width:
        return False
    widest = int(np.argmax(rows))
    if not 0.3 <= rows[widest // 2] / rows[widest] <= 0.7:  # half as wide half way up (a blend row may hang below)
        return False
    xs = np.nonzero(crop[:band].any(axis=0))[0]
    return abs(float(xs.mean()) - (width - 1) / 2) <= 0.15 * width


def _is_body(crop: np.ndarray) -> bool:
    """A rectangle (a door of the paper's colour may notch it): mostly filled, its top side whole (below a row or
    two of the roof's blend)."""
    height, width = crop.shape
    if height < 4 or width < 4 or crop.mean() < BODY_FILL:
        return False
    top = int(np.argmax(crop.mean(axis=1) >= 0.5))
    return top <= 2 and crop[top : top + max(1, height // 8)].mean() >= 0.9


def _is_oval(crop: np.ndarray) -> bool:
    """A disc or an ellipse standing upright: a quarter of pi of its box, widest in the middle."""
    height, width = crop.shape
    if height < 6 or width < 6:
        return False
    fill = crop.mean() / (np.pi / 4)
    middle = crop.sum(axis=1)[height // 2 - height // 8 : height // 2 + height // 8 + 1]
    return OVAL_FILL[0] <= fill <= OVAL_FILL[1] and middle.max() >= 0.95 * width


def _inside(boxes: np.ndarray, outer: np.ndarray, slack: int = 1) -> np.ndarray:
    """Which ``boxes`` lie within box ``outer``."""
    return (
        (boxes[:, 0] >= outer[0] - slack)
        & (boxes[:, 1] >= outer[1] - slack)
        & (boxes[:, 2] <= outer[2] + slack)
        & (boxes[:, 3] <= outer[3] + slack)
    )


def houses(regions: Sequence[Any]) -> list[tuple[int, list[int]]]:
    """The houses among ``regions``: each one's body and its other parts (roof, door, windows) (see the module
    doc)."""
    if len(regions) < 2:
        return []
    boxes = np.array([_box(r) for r in regions], dtype=np.int64)
    areas = np.array([int(r.mask.sum()) for r in regions])
    crops = [_crop(r) for r in regions]
    bodies = np.array([_is_body(crop) for crop in crops])
    x0, y0, x1, y1 = boxes.T
    widths, heights = x1 - x0, y1 - y0
    found: list[tuple[int, list[int]]] = []
    taken = np.zeros(len(regions), dtype=bool)
    for roof in (k for k in range(len(regions)) if _is_roof(crops[k])):
        if taken[roof]:
            continue
        rx0, _, rx1, ry1 = boxes[roof]
        fits = (
            bodies
            & ~taken
            & (np.abs(ry1 - y0) <= np.maximum(3, np.round(0.06 * heights)))  # the roof's base on the body's top
            & (widths <= rx1 - rx0)
            & (rx1 - rx0 <= 1.6 * widths)
            & (np.abs((rx0 + rx1) - (x0 + x1)) / 2 <= 0.1 * widths)  # centred on it
            & (heights >= 0.4 * widths)
            & (heights <= 2.0 * widths)
        )
        fits[roof] = False
        if not fits.any():
            continue
        body = int(np.flatnonzero(fits)[0])
        inner = _inside(boxes, boxes[body]) & (areas <= 0.25 * areas[body]) & ~taken
        inner[[roof, body]] = False
        parts = [int(roof)] + [int(k) for k in np.flatnonzero(inner)]
        found.append((body, parts))
        taken[[body, *parts]] = True
    return found


def trees(regions: Sequence[Any]) -> list[tuple[int, list[int]]]:
    """The trees among ``regions``: each one's crown and its trunk (see the module doc)."""
    if len(regions) < 2:
        return []
    boxes = np.array([_box(r) for r in regions], dtype=np.int64)
    x0, y0, x1, y1 = boxes.T
    widths, heights = x1 - x0, y1 - y0
    # a trunk: narrow, upright, filled but for its top edge, which follows the crown's arc
    upright = (widths >= 2) & (heights >= 1.3 * widths)
    trunks = upright & np.array([bool(upright[k]) and _crop(r).mean() >= 0.6 for k, r in enumerate(regions)])
    colours = np.array([np.asarray(r.colour, dtype=np.float64) for r in regions])
    if not trunks.any():
        return []
    found: list[tuple[int, list[int]]] = []
    taken = np.zeros(len(regions), dtype=bool)
    for crown in range(len(regions)):
        if taken[crown] or not _is_oval(_crop(regions[crown])):
            continue
        cx0, cy0, cx1, cy1 = boxes[crown]
        width, height = cx1 - cx0, cy1 - cy0
        fits = (
            trunks
            & ~taken
            & ~_same_ink(colours, colours[crown])  # a trunk of another ink (a disc's own stroke is a ray)
            & (widths <= 0.4 * width)
            & (np.abs((x0 + x1) - (cx0 + cx1)) / 2 <= 0.12 * width)  # centred under the crown
            & (y0 >= (cy0 + cy1) / 2)  # its top behind the crown's lower half
            & (y0 <= cy1 + 2)
            & (y1 >= cy1 + 0.15 * height)  # its foot well below
            & (y1 - cy1 <= 1.5 * height)
        )
        fits[crown] = False
        if fits.any():
            trunk = int(np.flatnonzero(fits)[0])
            found.append((crown, [trunk]))
            taken[[crown, trunk]] = True
    return found


FACE_INK = 30.0
"""Delta E from a face's fill beyond which a pixel inside it is drawn in another ink (an eye, the mouth)."""


def lollipops(regions: Sequence[Any]) -> list[int]:
    """Regions of one piece shaped as a disc on a stick: a small tree whose trunk came out too small to be a region
    of its own (a tree perhaps; or a lollipop, a balloon). Their top is an oval, a narrow stick centred under it."""
    found = []
    for index, region in enumerate(regions):
        crop = _crop(region)
        height, width = crop.shape
        if height < 10 or width < 6:
            continue
        widths = crop.sum(axis=1)
        narrow = np.flatnonzero(widths[height // 2 :] <= 0.4 * width)
        if not len(narrow):
            continue
        stick = height // 2 + int(narrow.min())  # where the stick starts: below it, nothing wide
        if (widths[stick:] > 0.4 * width).any() or height - stick < 0.15 * height:
            continue
        even = widths[stick + 1 : -1] if height - stick > 3 else widths[stick:]  # a stick, not a point (a heart's)
        if even.max() - even.min() > max(2, 0.3 * even.max()):
            continue
        xs = np.nonzero(crop[stick:].any(axis=0))[0]
        if abs((xs.min() + xs.max()) / 2 - (width - 1) / 2) > 0.15 * width or not _is_oval(crop[:stick]):
            continue
        found.append(index)
    return found


def smileys(regions: Sequence[Any], lab: np.ndarray | None = None) -> list[tuple[int, list[int]]]:
    """The smiley faces among ``regions``: each one's face and the regions of its eyes and mouth (see the module
    doc). ``lab``: the picture (CIELAB, working pixels), to see the ink inside a face where a thin mouth was left
    in the face's region; without it, what is drawn inside is the face's holes."""
    import cv2

    from nsvr.tools.lettering import silhouette
    from nsvr.tools.regions import colour_lab

    found: list[tuple[int, list[int]]] = []
    boxes = np.array([_box(r) for r in regions], dtype=np.int64).reshape(-1, 4)
    for face, region in enumerate(regions):
        crop = _crop(region)
        height, width = crop.shape
        if height < 12 or not 0.85 <= width / height <= 1.18:
            continue
        whole = silhouette(crop)
        if not _is_oval(whole):
            continue
        inner = whole & ~crop
        if lab is not None:
            x0, y0 = boxes[face, :2]
            fill = colour_lab(region.colour)
            inked = np.linalg.norm(lab[y0 : y0 + height, x0 : x0 + width] - fill, axis=2) > FACE_INK
            kept = cv2.erode(np.pad(whole, 2).astype(np.uint8), np.ones((5, 5), np.uint8))[2:-2, 2:-2] > 0
            inner |= kept & inked  # away from the rim, whose blend with the paper is no ink
        area = float(whole.sum())
        count, labels, stats, centroids = cv2.connectedComponentsWithStats(inner.astype(np.uint8), connectivity=8)
        keep = [i for i in range(1, count) if stats[i, cv2.CC_STAT_AREA] >= max(3, 0.001 * area)]
        radius, cx, cy = width / 2, (width - 1) / 2, (height - 1) / 2
        eyes = [i for i in keep if centroids[i][1] < cy - 0.05 * radius]
        if len(eyes) != 2 or any(centroids[i][1] <= cy + 0.05 * radius for i in keep if i not in eyes):
            continue
        (ax, ay), (bx, by) = centroids[eyes[0]], centroids[eyes[1]]
        sizes = sorted(int(stats[i, cv2.CC_STAT_AREA]) for i in eyes)
        paired = abs(ay - by) <= 0.15 * radius and abs((ax - cx) + (bx - cx)) <= 0.2 * radius
        paired = paired and abs(ax - bx) >= 0.3 * radius and sizes[1] <= 2.5 * sizes[0] and sizes[1] <= 0.06 * area
        # the mouth: what is drawn in the lower half (a thin arc may come apart into pieces)
        lips = inner.copy()
        lips[: int(np.ceil(cy + 0.05 * radius))] = False
        if not lips.any():
            continue
        my, mx = np.nonzero(lips)
        spread, rise = mx.max() - mx.min() + 1, my.max() - my.min() + 1
        middle = (mx.max() + mx.min()) / 2
        wide = spread >= 0.5 * radius and rise <= 0.7 * spread and abs(middle - cx) <= 0.2 * radius
        if paired and wide and lips.sum() >= 0.005 * area:
            top, left = boxes[face, 1], boxes[face, 0]
            within = _inside(boxes, boxes[face], slack=0)
            within[face] = False
            parts = []
            for k in np.flatnonzero(within):  # eyes and mouth drawn as regions of their own in the face's holes
                ys, xs = np.nonzero(regions[k].mask)
                ys, xs = ys + regions[k].origin[0] - top, xs + regions[k].origin[1] - left
                ok = (ys >= 0) & (ys < height) & (xs >= 0) & (xs < width)
                if ok.all() and inner[ys, xs].mean() >= 0.8:
                    parts.append(int(k))
            found.append((face, parts))
    return found


# ---- block arrows -------------------------------------------------------------------------------------------------

ARROW_SHAFT = 0.7
"""A block arrow's shaft is at most this share of its head's width."""


def block_arrow(mask: np.ndarray) -> bool:
    """Whether ``mask`` is a block arrow (see the module doc): along its long axis, an even shaft, then a head
    at least :data:`ARROW_SHAFT` times wider narrowing to a point, symmetric about the axis."""
    ys, xs = np.nonzero(mask)
    if len(xs) < 60:
        return False
    points = np.stack([xs, ys], axis=1).astype(np.float64)
    centre = points.mean(axis=0)
    values, vectors = np.linalg.eigh(np.cov((points - centre).T))
    along, across = (points - centre) @ vectors[:, 1], (points - centre) @ vectors[:, 0]
    length = along.max() - along.min()
    if length < 12 or values[1] < 1.5 * values[0]:
        return False
    bins = 16
    index = np.minimum(((along - along.min()) / length * bins).astype(int), bins - 1)
    widths, middles = np.zeros(bins), np.zeros(bins)
    for b in range(bins):
        there = across[index == b]
        if len(there):
            widths[b], middles[b] = np.ptp(there) + 1, (there.max() + there.min()) / 2
    if int(np.argmax(widths)) < bins // 2:  # the head (the widest part) toward the far end
        widths, middles = widths[::-1], middles[::-1]
    head = int(np.argmax(widths))
    widest = widths[head]
    shaft = widths[1 : max(1, head - 1)]
    if len(shaft) < 3 or head > bins - 4 or np.abs(middles).max() > 0.12 * widest:
        return False
    even = shaft.std() <= 0.12 * shaft.mean() and shaft.mean() <= ARROW_SHAFT * widest
    point = widths[head:]
    narrowing = bool(np.all(np.diff(point) <= 0.08 * widest)) and point[-1] <= 0.35 * widest
    # straight to its tip, a wedge (a disc's round end on a stick narrows as a circle does: no arrow's head)
    straight = np.linspace(point[0], point[-1], len(point))
    narrowing = narrowing and float(np.abs(point - straight).max()) <= 0.15 * widest
    return bool(even and narrowing)
