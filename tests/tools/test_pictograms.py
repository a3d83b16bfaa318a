"""A sun drawn as a disc ringed by rays is one thing to the region proposer (its rays are its own), while separate,
touching or thin flat shapes keep their counts."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from nsvr.tools.image_io import load_image
from nsvr.tools.thresholds import REGION_CANDIDATE_FRACTION, REGION_THRESHOLD

cv2 = pytest.importorskip("cv2")

from nsvr.tools.pictograms import rays  # noqa: E402
from nsvr.tools.regions import Region, RegionProposer  # noqa: E402

SIDE = 256
YELLOW = (245, 205, 30)


def _paper() -> np.ndarray:
    return np.full((SIDE, SIDE, 3), 250, np.uint8)


def _smooth(picture: np.ndarray) -> np.ndarray:
    """Drawn at four times the size and shrunk, as a drawing program's antialiased export."""
    return cv2.resize(picture, (SIDE, SIDE), interpolation=cv2.INTER_AREA)


def _sun(picture: np.ndarray, centre: tuple[int, int], size: int, rays: int) -> None:
    cx, cy = centre
    for k in range(rays):
        a = 2 * math.pi * k / rays
        start = (round(cx + 0.32 * size * math.cos(a)), round(cy + 0.32 * size * math.sin(a)))
        end = (round(cx + 0.48 * size * math.cos(a)), round(cy + 0.48 * size * math.sin(a)))
        cv2.line(picture, start, end, YELLOW, max(4, round(0.05 * size)))
    cv2.circle(picture, centre, round(0.26 * size), YELLOW, -1)


def _counts(picture: np.ndarray, tmp_path: Path) -> tuple[int, int]:
    """How many regions are objects, and how many are candidates (scored from the hedge floor to the threshold)."""
    path = tmp_path / "picture.png"
    cv2.imwrite(str(path), cv2.cvtColor(picture, cv2.COLOR_RGB2BGR))
    scores = RegionProposer().propose(load_image(path)).scores
    sure = sum(s >= REGION_THRESHOLD for s in scores)
    maybe = sum(REGION_THRESHOLD * REGION_CANDIDATE_FRACTION <= s < REGION_THRESHOLD for s in scores)
    return sure, maybe


@pytest.mark.parametrize("rays", [8, 12])
def test_a_suns_rays_are_its_own_not_things(tmp_path: Path, rays: int) -> None:
    picture = np.full((4 * SIDE, 4 * SIDE, 3), 250, np.uint8)
    _sun(picture, (2 * SIDE, 2 * SIDE), 4 * 80, rays)
    assert _counts(_smooth(picture), tmp_path) == (1, 0)


def test_separate_shapes_keep_their_count(tmp_path: Path) -> None:
    picture = _paper()
    cv2.circle(picture, (70, 80), 30, (220, 40, 40), -1)
    cv2.rectangle(picture, (140, 140), (200, 200), (40, 90, 215), -1)
    assert _counts(picture, tmp_path) == (2, 0)


@pytest.mark.parametrize("offset", [0, 17])
def test_touching_squares_of_two_colours_keep_their_count(tmp_path: Path, offset: int) -> None:
    picture = _paper()
    cv2.rectangle(picture, (60, 90), (119, 149), (220, 40, 40), -1)
    cv2.rectangle(picture, (120, 90 + offset), (179, 149 + offset), (40, 90, 215), -1)
    assert _counts(picture, tmp_path) == (2, 0)


def test_a_small_square_beside_a_big_one_keeps_its_count(tmp_path: Path) -> None:
    picture = _paper()
    cv2.rectangle(picture, (40, 60), (139, 159), (45, 165, 70), -1)
    cv2.rectangle(picture, (140, 70), (189, 119), (245, 135, 25), -1)  # flush, off the big one's middle
    assert _counts(picture, tmp_path) == (2, 0)


def test_two_touching_discs_keep_their_count(tmp_path: Path) -> None:
    picture = _paper()
    cv2.circle(picture, (90, 128), 40, (220, 40, 40), -1)
    cv2.circle(picture, (150, 128), 25, (40, 90, 215), -1)  # overlapping a little, on one axis
    assert _counts(picture, tmp_path) == (2, 0)


def _region(mask: np.ndarray) -> Region:
    ys, xs = np.nonzero(mask)
    top, left = int(ys.min()), int(xs.min())
    window = mask[top : ys.max() + 1, left : xs.max() + 1]
    return Region(mask=window, colour=np.array(YELLOW, float), contrast=1.0, spread=0.0, origin=(top, left))


def _disc_and_strokes(angles: list[float]) -> list[Region]:
    disc = np.zeros((SIDE, SIDE), np.uint8)
    cv2.circle(disc, (128, 128), 30, 1, -1)
    regions = [_region(disc > 0)]
    for a in angles:
        stroke = np.zeros((SIDE, SIDE), np.uint8)
        start = (round(128 + 38 * math.cos(a)), round(128 + 38 * math.sin(a)))
        end = (round(128 + 58 * math.cos(a)), round(128 + 58 * math.sin(a)))
        cv2.line(stroke, start, end, 1, 4)
        regions.append(_region(stroke > 0))
    return regions


def test_strokes_all_round_a_disc_are_its_rays() -> None:
    assert rays(_disc_and_strokes([2 * math.pi * k / 8 for k in range(8)])) == set(range(1, 9))


def test_strokes_on_one_side_of_a_disc_are_no_rays() -> None:
    # five strokes fanned on one side leave half of the circle empty: shapes beside a disc, not a sun
    assert rays(_disc_and_strokes([-0.6, -0.3, 0.0, 0.3, 0.6])) == set()
    assert rays(_disc_and_strokes([0.0, 1.2, 2.4])) == set()  # too few to be rays
