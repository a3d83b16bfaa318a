"""Joining a pictogram's parts and naming a chart's marks (nsvr.tools.figures), on the region proposer's regions."""

from __future__ import annotations

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from nsvr.tools.figures import compose_figures  # noqa: E402
from nsvr.tools.regions import Region, to_lab  # noqa: E402


def _region(mask: np.ndarray, colour: tuple[int, int, int]) -> Region:
    """A region of the whole picture's mask, cut to its box and a margin, as the proposer keeps them."""
    ys, xs = np.nonzero(mask)
    top, left = max(0, ys.min() - 6), max(0, xs.min() - 6)
    window = mask[top : ys.max() + 7, left : xs.max() + 7]
    return Region(window, np.array(colour, dtype=np.float64), 60.0, 0.0, origin=(int(top), int(left)))


def _picture() -> tuple[list[Region], np.ndarray]:
    side = 200
    body, roof, lone = (np.zeros((side, side), np.uint8) for _ in range(3))
    cv2.rectangle(body, (40, 80), (110, 140), 1, -1)
    cv2.fillPoly(roof, [np.array([(30, 80), (120, 80), (75, 40)], np.int32)], 1)
    body[roof > 0] = 0
    cv2.circle(lone, (160, 150), 20, 1, -1)
    colours = [(40, 90, 210), (210, 45, 45), (50, 155, 75)]
    regions = [_region(mask > 0, colour) for mask, colour in zip((body, roof, lone), colours, strict=True)]
    pixels = np.full((side, side, 3), 250, np.uint8)
    for mask, colour in zip((body, roof, lone), colours, strict=True):
        pixels[mask > 0] = colour
    return regions, to_lab(pixels)


def test_a_houses_roof_and_body_become_one_region_of_the_bodys_colour() -> None:
    regions, lab = _picture()
    joined, figures, unsure = compose_figures(regions, [], lab)
    assert len(joined) == 2 and unsure.unseen == frozenset()
    house = next(r for r in joined if id(r) in figures)
    assert figures[id(house)].name == "house" and figures[id(house)].shape is None
    assert tuple(house.colour) == (40, 90, 210)
    ys, xs = np.nonzero(house.mask)
    top, left = house.origin
    assert (top + ys.min(), left + xs.min(), top + ys.max(), left + xs.max()) == (40, 30, 140, 120)
    assert int(house.mask.sum()) == sum(int(r.mask.sum()) for r in regions[:2])


def test_nothing_to_compose_leaves_the_regions_as_they_are() -> None:
    regions, lab = _picture()
    plain = [regions[2]]
    joined, figures, unsure = compose_figures(plain, [], lab)
    assert joined is plain and figures == {} and unsure.unseen == frozenset()


def test_a_disc_on_a_stick_of_one_region_may_be_a_tree_so_trees_are_not_counted() -> None:
    stick = np.zeros((120, 120), np.uint8)
    cv2.circle(stick, (60, 40), 22, 1, -1)
    cv2.rectangle(stick, (57, 60), (63, 95), 1, -1)  # a trunk too small to be a region of its own: one green piece
    pixels = np.full((120, 120, 3), 250, np.uint8)
    pixels[stick > 0] = (50, 155, 75)
    _, figures, unsure = compose_figures([_region(stick > 0, (50, 155, 75))], [], to_lab(pixels))
    assert figures == {} and unsure.unseen == frozenset({"tree"})
