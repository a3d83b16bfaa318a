"""See-through shapes: where two translucent fills overlap, the overlap shows a third colour, the top fill blended
over the bottom one. That region is no shape: it belongs to both. And a translucent fill's colour is its paint
blended with the background (a 0.6-alpha orange on white looks beige): once overlaps show that the shapes are
see-through, a fill is named by the paint whose blend it is.

The test of an overlap X between regions A and B (colours x, a, b; background g; blending in RGB as drawing
programs do): with B on top at opacity alpha, ``b = alpha * B + (1 - alpha) * g`` and
``x = alpha * B + (1 - alpha) * a``, so ``x - b = (1 - alpha) * (a - g)``: the step from b to x runs along the step
from the background to a, with one alpha for all three channels. X must also lie between A and B (its edge runs
along them, not the background's) and be smaller than either.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from nsvr.tools.patterns import placed_mask

if TYPE_CHECKING:
    from nsvr.tools.regions import Region

ALPHAS = (0.25, 0.9)
"""Opacities a see-through fill may have (an overlap of nearly opaque fills is the top fill's colour)."""
BLEND_ERROR = 9.0
"""RGB distance (per channel, root mean square) within which a colour is the blend the test predicts."""
BORDER_SHARE = 0.7
"""Share of an overlap's surroundings that lie in the shapes it joins (two, or three where three overlap)."""


def _rgb(lab: np.ndarray) -> np.ndarray:
    from nsvr.tools.regions import _from_lab

    return _from_lab(lab).astype(np.float64)


def blend_alpha(x: np.ndarray, a: np.ndarray, b: np.ndarray, g: np.ndarray) -> float | None:
    """The opacity of ``b``'s paint if ``x`` is it laid over ``a`` (all RGB, seen colours; ``g`` the background),
    or None where ``x`` is no such blend.

    >>> g, red, blue = np.array([250.0, 250, 250]), np.array([220.0, 30, 30]), np.array([30.0, 60, 220])
    >>> a, b = 0.6 * red + 0.4 * g, 0.5 * blue + 0.5 * g
    >>> round(blend_alpha(0.5 * blue + 0.5 * a, a, b, g), 2)
    0.5
    >>> blend_alpha(np.array([240.0, 160, 20]), a, b, g) is None
    True
    """
    step = np.asarray(a, np.float64) - g
    if float(step @ step) < 30.0**2:  # a fill too near the background shows no blend
        return None
    keep = float((x - b) @ step / (step @ step))  # 1 - alpha
    alpha = 1.0 - keep
    if not ALPHAS[0] <= alpha <= ALPHAS[1]:
        return None
    error = float(np.sqrt(np.mean((x - b - keep * step) ** 2)))
    return alpha if error <= BLEND_ERROR else None


def _joined(region: Region, extra: Region) -> Region:
    """``region`` with ``extra``'s pixels added (in a window holding both)."""
    (t1, l1), (t2, l2) = region.origin, extra.origin
    top, left = min(t1, t2), min(l1, l2)
    bottom = max(t1 + region.mask.shape[0], t2 + extra.mask.shape[0])
    right = max(l1 + region.mask.shape[1], l2 + extra.mask.shape[1])
    shape = (bottom - top, right - left)
    mask = placed_mask(region, top, left, shape) | placed_mask(extra, top, left, shape)
    return replace(region, mask=mask, origin=(top, left))


def give_back_overlaps(regions: list[Region], background: np.ndarray) -> tuple[list[Region], list[float]]:
    """The regions with every overlap of two see-through fills given to both (and no region of its own), and the
    opacities the overlaps showed. ``background``: the background's colour (Lab) at each pixel."""
    import cv2

    from nsvr.tools.regions import _meeting, _windows, to_lab

    if len(regions) < 3:
        return regions, []
    colours = _rgb(to_lab(np.stack([r.colour for r in regions]).astype(np.uint8)[None])[0])
    areas = np.array([int(r.mask.sum()) for r in regions])
    windows = _windows(regions)
    height, width = background.shape[:2]
    owners: dict[int, tuple[int, int]] = {}
    alphas: list[float] = []
    for index in np.argsort(areas):
        index = int(index)
        region = regions[index]
        others = [int(k) for k in _meeting(windows, index) if areas[k] > areas[index] and int(k) not in owners]
        if len(others) < 2:
            continue
        top, left = max(0, region.origin[0] - 3), max(0, region.origin[1] - 3)
        bottom = min(height, region.origin[0] + region.mask.shape[0] + 3)
        right = min(width, region.origin[1] + region.mask.shape[1] + 3)
        shape = (bottom - top, right - left)
        own = placed_mask(region, top, left, shape)
        ring = (cv2.dilate(own.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0) & ~own
        if not ring.any():
            continue
        near = {k: placed_mask(regions[k], top, left, shape) & ring for k in others}
        touching = sorted((k for k in others if near[k].any()), key=lambda k: -int(near[k].sum()))
        if len(touching) < 2:
            continue
        ys, xs = np.nonzero(region.mask)
        g = _rgb(background[region.origin[0] + ys[0], region.origin[1] + xs[0]][None])[0]
        x = colours[index]
        # its edge runs along shapes, not the background (where three overlap, along three)
        if int(np.logical_or.reduce([near[k] for k in touching]).sum()) < BORDER_SHARE * int(ring.sum()):
            continue
        # the two shapes it lies between: any two touching it whose blend it is
        for i, a in enumerate(touching):
            for b in touching[i + 1 :]:
                fits = [
                    alpha
                    for alpha in (blend_alpha(x, colours[a], colours[b], g), blend_alpha(x, colours[b], colours[a], g))
                    if alpha is not None
                ]
                if fits:
                    owners[index] = (a, b)
                    alphas.append(fits[0])
                    break
            if index in owners:
                break
    if not owners:
        return regions, []
    grown = list(regions)
    for index, (a, b) in owners.items():
        grown[a] = _joined(grown[a], regions[index])
        grown[b] = _joined(grown[b], regions[index])
    return [r for k, r in enumerate(grown) if k not in owners], alphas


def unblended(colour: np.ndarray, background: np.ndarray, alpha: float) -> np.ndarray | None:
    """The paint (RGB) whose blend at ``alpha`` over ``background`` (RGB) is ``colour``, or None where no paint
    is (the colour lies too far from the background for that opacity).

    >>> unblended(np.array([245.0, 180, 110]), np.array([250.0, 250, 250]), 0.6).round()
    array([242., 133.,  23.])
    """
    paint = (np.asarray(colour, np.float64) - (1 - alpha) * np.asarray(background, np.float64)) / alpha
    if paint.min() < -25 or paint.max() > 280:
        return None
    return np.clip(paint, 0, 255)
