"""Letters written on a drawn shape: a label inside a flowchart box or a slide's circle is the shape's text, and its
glyphs are no part of the shape's outline, no highlight, no shape of their own.

White letters on a dark fill are holes in the fill's region, black letters on a light fill are regions of their own
in such holes: either way the holes are letter-shaped, drawn in thin strokes (:data:`GLYPH_STROKE`), where a hole a
shape leaves around another drawn in it (a shape on a shape, a bare outline's inside) is as wide as that shape
(:func:`letter_holes`). A letter's loop ("o", "4") shows the fill's own colour inside it, apart from the fill: it is
the shape's (:func:`counters`). The region proposer (:mod:`nsvr.tools.regions`) measures a shape with its letters
filled in (:func:`stroke_share`), the solids (:mod:`nsvr.tools.solids`) take no letter for a glint, and the text
the OCR reads there is the shape's (:func:`nsvr.tools.ocr.line_holders`).

>>> import cv2
>>> box = np.zeros((40, 80), np.uint8); _ = cv2.rectangle(box, (2, 2), (77, 37), 1, -1)
>>> _ = cv2.putText(box, "Go", (20, 30), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 0, 2)
>>> round(stroke_share(box > 0), 2) < GLYPH_STROKE, round(stroke_share((box > 0) | letter_holes(box > 0)), 2)
(True, 0.47)
"""

from __future__ import annotations

import numpy as np

GLYPH_STROKE = 0.25
"""A letter's strokes are thin: twice its area over its outline's length (the stroke width) is under this share of
its longer side (a disk's is 0.5, a square's 0.5, an equilateral triangle's 0.29)."""
LETTER_SHARE = 0.2
"""A letter's hole is at most this share of the shape it is written on (a word's letters are each a few percent of
it); the inside of a bare outline, or of a frame around a shape drawn in it, is most of it."""
SPECK = 4
"""Pixels: a hole this small is a speck (noise, a tiny letter's loop), no letter."""
COUNTER_COLOUR = 10.0
"""Delta E within which a letter's loop shows the colour of the fill it is written on."""


def stroke_share(mask: np.ndarray) -> float:
    """A region's stroke width (twice its area over its outline's length) as a share of its longer side."""
    import cv2

    ys, xs = np.nonzero(mask)
    crop = mask[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1].astype(np.uint8)
    edge = int((crop > cv2.erode(np.pad(crop, 1), np.ones((3, 3), np.uint8))[1:-1, 1:-1]).sum())
    return 2.0 * len(xs) / max(edge, 1) / max(crop.shape)


def silhouette(mask: np.ndarray) -> np.ndarray:
    """``mask`` with its holes filled: a shape with what is written on it."""
    import cv2

    contours, _ = cv2.findContours(mask.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    filled = np.zeros(mask.shape, np.uint8)
    cv2.drawContours(filled, contours, -1, 1, -1)
    return filled > 0


def _holes(mask: np.ndarray) -> list[np.ndarray]:
    """The holes of ``mask``, each a mask of its shape (4-connected: the mask's 8-connected strokes close them)."""
    import cv2

    inside = silhouette(mask) & ~mask
    if not inside.any():
        return []
    count, labels = cv2.connectedComponents(inside.astype(np.uint8), connectivity=4)
    return [labels == k for k in range(1, count)]


def letter_holes(mask: np.ndarray, lined: bool = True, specks: bool = True) -> np.ndarray:
    """The holes of ``mask`` that are letters, as one mask: where a label is written on the shape. A letter's hole
    is small beside the shape (:data:`LETTER_SHARE`) and thin-stroked (:data:`GLYPH_STROKE`), or (with ``lined``)
    one of a row of holes of about one height side by side, a word's letters whatever their loops ("e", "o");
    specks (of a few pixels) count too with ``specks``. A hole a shape drawn inside leaves, or a bare outline's
    inside, is no letter."""
    holes = _holes(mask)
    found = np.zeros(mask.shape, dtype=bool)
    if not holes:
        return found
    largest = LETTER_SHARE * (int(mask.sum()) + sum(int(hole.sum()) for hole in holes))
    holes = [hole for hole in holes if hole.sum() <= largest]
    if not holes:
        return found
    boxes = np.array([_box(hole) for hole in holes], dtype=np.float64)
    row = _in_rows(boxes) if lined and len(holes) > 1 else np.zeros(len(holes), dtype=bool)
    for k, hole in enumerate(holes):
        speck = hole.sum() <= SPECK
        if (speck and specks) or (not speck and (row[k] or stroke_share(hole) < GLYPH_STROKE)):
            found |= hole
    return found


def labelled(mask: np.ndarray) -> bool:
    """Whether a label is written on the region: it has letter holes (:func:`letter_holes`) beyond specks. A letter
    has none (its loops are round, alone or one above the other): a region with a word in it is a shape."""
    return bool(letter_holes(mask, specks=False).any())


def _box(mask: np.ndarray) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(mask)
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


def _in_rows(boxes: np.ndarray) -> np.ndarray:
    """Which boxes (x0, y0, x1, y1) sit on one line with another of about their height, a letter's gap apart."""
    x0, y0, x1, y1 = boxes.T
    tall = y1 - y0
    gap = np.maximum(x0[:, None] - x1[None], x0[None] - x1[:, None])
    overlap = np.minimum(y1[:, None], y1[None]) - np.maximum(y0[:, None], y0[None])
    taller, shorter = np.maximum(tall[:, None], tall[None]), np.minimum(tall[:, None], tall[None])
    near = (gap <= 1.6 * taller) & (overlap >= 0.5 * shorter) & (shorter >= 0.4 * taller) & (taller >= 3)
    np.fill_diagonal(near, False)
    return near.any(axis=1)


def counters(mask: np.ndarray, islands: list[np.ndarray], colour: np.ndarray, inks: list[np.ndarray]) -> list[int]:
    """Indexes of the ``islands`` (masks over ``mask``'s window, CIELAB ``inks``) that are the loops of letters
    written on the filled region ``mask`` (CIELAB ``colour``): of its colour, each in a hole of it that is a thin ring
    around it (the letter), the hole with them no larger than the letter."""
    if not islands or mask.sum() < 0.6 * silhouette(mask).sum():  # a bare outline's inside holds shapes, no letters
        return []
    found = []
    for hole in _holes(mask):
        held = [k for k, island in enumerate(islands) if island.any() and (island & hole).sum() >= 0.9 * island.sum()]
        held = [k for k in held if float(np.linalg.norm(inks[k] - colour)) <= COUNTER_COLOUR]
        if not held:
            continue
        letter = hole & ~np.logical_or.reduce([islands[k] for k in held])
        if letter.any() and stroke_share(letter) < GLYPH_STROKE:
            found += held
    return found


WRITING_CONTRAST = 30.0
"""Delta E from a shape's fill at which a pixel inside it is ink written on it (black on yellow: 80 or more; white on
gray: 45)."""
WRITING_SHARE = (0.005, 0.5)
"""The share of a shape's inside that a label's ink covers: a word or a digit, never most of it."""


def writing_box(lab: np.ndarray, silhouette: np.ndarray) -> tuple[int, int, int, int] | None:
    """The box (x0, y0, x1, y1, in the arrays' pixels) of what is written on a drawn shape: the pixels inside its
    ``silhouette`` (its mask with its holes filled; ``lab``: the CIELAB pixels under it) that differ from its fill by
    :data:`WRITING_CONTRAST`, a small share of it (:data:`WRITING_SHARE`), none of them along its edge (a drawn
    outline, the blend with the background); None where nothing is written."""
    import cv2

    inner = cv2.erode(silhouette.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    if inner.sum() < 50:
        return None
    fill = np.median(lab[inner], axis=0)
    ink = inner & (np.linalg.norm(lab - fill, axis=-1) > WRITING_CONTRAST)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    rim = inner & ~(cv2.erode(inner.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0)
    edged = set(np.unique(labels[rim & ink]).tolist())
    kept = [k for k in range(1, count) if k not in edged and stats[k, cv2.CC_STAT_AREA] >= 3]
    if not kept:
        return None
    area = int(stats[kept, cv2.CC_STAT_AREA].sum())
    if area < 12 or not WRITING_SHARE[0] <= area / inner.sum() <= WRITING_SHARE[1]:
        return None
    x0 = int(stats[kept, cv2.CC_STAT_LEFT].min())
    y0 = int(stats[kept, cv2.CC_STAT_TOP].min())
    x1 = int((stats[kept, cv2.CC_STAT_LEFT] + stats[kept, cv2.CC_STAT_WIDTH]).max())
    y1 = int((stats[kept, cv2.CC_STAT_TOP] + stats[kept, cv2.CC_STAT_HEIGHT]).max())
    return x0, y0, x1, y1


INK_CONTRAST = 25.0
"""Delta E from the paper around a line of text at which a pixel in its box is its ink."""


def ink_colour(pixels: np.ndarray) -> np.ndarray | None:
    """The colour (RGB) of the ink a line of text is written in, from its box (``pixels``, RGB): the pixels most
    unlike the paper around it (its box's edge), or None where none differ by :data:`INK_CONTRAST`."""
    if pixels.ndim != 3 or min(pixels.shape[:2]) < 3:
        return None
    from nsvr.tools.attributes import rgb_to_lab

    lab = rgb_to_lab(pixels)
    edge = np.concatenate([lab[0], lab[-1], lab[:, 0], lab[:, -1]])
    distance = np.linalg.norm(lab - np.median(edge, axis=0), axis=-1)
    ink = distance > INK_CONTRAST
    if ink.sum() < 5:
        return None
    strong = ink & (distance >= np.percentile(distance[ink], 50))  # the strokes' middles, not their blended rims
    return np.median(pixels[strong], axis=0)
