"""Pictograms drawn from several flat shapes: which of the region proposer's regions (:mod:`nsvr.tools.regions`)
are parts of one figure rather than things of their own.

- Rays (:func:`rays`): a disc ringed by several small, thin strokes of its own colour, each pointing at its centre
  from just beyond its edge (a sun), is one figure: the strokes are the disc's, no objects of their own.

Touching parts of other colours (a trunk under a crown, a roof on a house's body) are left as shapes: a rule that
marked them as parts also took one of two overlapping shapes for a part, which made answers confidently wrong.

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


def rays(regions: Sequence[Any]) -> set[int]:
    """Indexes of the regions that are a rayed disc's rays (see the module doc)."""
    clouds = [_points(r) for r in regions]
    if len(clouds) <= RAY_COUNT:
        return set()
    stats = [_axes(points) for points in clouds]
    centres = np.array([centre for centre, _, _, _ in stats])
    axes = np.array([axis for _, axis, _, _ in stats])
    long = np.array([spread for _, _, spread, _ in stats])
    short = np.array([spread for _, _, _, spread in stats])
    areas = np.array([len(points) for points in clouds])
    colours = np.array([np.asarray(r.colour, dtype=np.float64) for r in regions])
    stroke = (areas >= 4) & (long >= 2.0 * short)
    found: set[int] = set()
    for index in np.flatnonzero(~stroke & (areas >= 60)):
        if not _is_disc(clouds[index]):
            continue
        radius = np.sqrt(areas[index] / np.pi)
        reach = centres - centres[index]
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
        if len(ring) < RAY_COUNT:
            continue
        # rays go all round: no half of the circle without one
        angles = np.sort(np.arctan2(reach[ring, 0], reach[ring, 1]))
        if float(np.max(np.diff(np.append(angles, angles[0] + 2 * np.pi)))) < np.pi:
            found.update(int(k) for k in ring)
    return found
