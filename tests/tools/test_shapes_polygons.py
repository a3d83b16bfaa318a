"""Heptagons, octagons and nonagons (the 2D Geometric Shapes dataset's figures): named at any rotation, whole or
cut by the border, and a circle stays a circle; a plain background's colour is a fact of the picture."""

from __future__ import annotations

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from nsvr.tools.regions import RegionProposer  # noqa: E402
from tests.tools.test_shapes_more import named, picture, placed, regular, sure  # noqa: E402

NAMES = {7: "heptagon", 8: "octagon", 9: "nonagon"}


@pytest.mark.parametrize("sides", [5, 6, 7, 8, 9])
@pytest.mark.parametrize("degrees", [0.0, 13.0, 41.0])
def test_a_regular_polygon_of_up_to_nine_sides_is_named_by_its_sides(sides: int, degrees: float) -> None:
    pixels = picture([(placed(regular(sides), (100, 100), 60, degrees), (30, 60, 200))], side=200)
    guess = named(pixels)[0]
    assert sure(guess, NAMES.get(sides, {5: "pentagon", 6: "hexagon"}.get(sides))), guess


@pytest.mark.parametrize("sides", [7, 8, 9])
def test_a_polygon_the_border_cuts_is_named_from_its_corner_angles(sides: int) -> None:
    pixels = picture([(placed(regular(sides), (45, 110), 55, 10.0), (200, 40, 40))], side=200)
    value, confidence, alternatives = named(pixels)[0]
    # the corners that show are the regular kind's; a neighbouring kind as close shares the confidence
    assert value == NAMES[sides] and confidence >= 0.4, (value, confidence, alternatives)


@pytest.mark.parametrize("radius", [8.0, 20.0, 60.0])
def test_a_circle_is_no_many_sided_polygon(radius: float) -> None:
    t = np.linspace(0, 2 * np.pi, 180, endpoint=False)
    circle = np.stack([np.cos(t), np.sin(t)], axis=1)
    side = 64 if radius < 30 else 200
    guess = named(picture([(placed(circle, (side / 2, side / 2), radius, 0.0), (0, 150, 0))], side=side))[0]
    assert sure(guess, "circle"), guess


@pytest.mark.parametrize(
    ("background", "colour"), [((255, 255, 255), "white"), ((15, 15, 15), "black"), ((250, 220, 40), "yellow")]
)
def test_a_plain_background_is_named_by_its_colour(background: tuple[int, int, int], colour: str) -> None:
    pixels = picture([(placed(regular(3), (32, 32), 18, 0.0), (40, 40, 220))], side=64, background=background)
    found = RegionProposer().background_colour(pixels)
    assert found is not None and found.value == colour and found.confidence >= 0.7


def test_a_busy_background_has_no_colour() -> None:
    rng = np.random.default_rng(0)
    pixels = rng.integers(0, 255, (64, 64, 3), dtype=np.uint8)
    assert RegionProposer().background_colour(pixels) is None
