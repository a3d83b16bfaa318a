"""Figures of right angles named by the letter they look like (an L, a T, an S, a U) and told from their mirror
images (a J, a Z), at any turn and down to a game's pieces of 5 px squares; shapes that are none of them keep
their names."""

from __future__ import annotations

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from nsvr.tools.shapes import classify_shape  # noqa: E402

FIGURES = {
    "l-shape": [(20, 20), (50, 20), (50, 80), (90, 80), (90, 100), (20, 100)],
    "t-shape": [(20, 20), (100, 20), (100, 45), (72, 45), (72, 100), (48, 100), (48, 45), (20, 45)],
    "s-shape": [(40, 20), (100, 20), (100, 50), (70, 50), (70, 80), (10, 80), (10, 50), (40, 50)],
    "u-shape": [(20, 20), (40, 20), (40, 70), (80, 70), (80, 20), (100, 20), (100, 95), (20, 95)],
    "rectangle": [(20, 30), (100, 30), (100, 80), (20, 80)],
    "triangle": [(20, 100), (100, 100), (60, 20)],
}


def drawn(corners: list[tuple[int, int]], angle: float = 0.0, mirrored: bool = False) -> np.ndarray:
    points = np.array(corners, float)
    if mirrored:
        points[:, 0] = 120 - points[:, 0]
    if angle:
        turn = cv2.getRotationMatrix2D((60, 60), angle, 1.0)
        points = points @ turn[:, :2].T + turn[:, 2]
    canvas = np.zeros((120, 120), np.uint8)
    cv2.fillPoly(canvas, [np.round(points * 16).astype(np.int32)], 1, lineType=cv2.LINE_8, shift=4)
    return canvas > 0


@pytest.mark.parametrize("angle", [0.0, 20.0, 45.0, 110.0])
@pytest.mark.parametrize("name", list(FIGURES))
def test_figures_named_at_any_turn(name: str, angle: float) -> None:
    assert classify_shape(drawn(FIGURES[name], angle)).name == name


@pytest.mark.parametrize(("name", "mirror"), [("l-shape", "j-shape"), ("s-shape", "z-shape")])
def test_a_mirror_image_is_the_other_letter(name: str, mirror: str) -> None:
    assert classify_shape(drawn(FIGURES[name], 30.0, mirrored=True)).name == mirror


PIECES = {
    "l-shape": [(0, 0), (0, 1), (0, 2), (1, 2)],
    "j-shape": [(1, 0), (1, 1), (1, 2), (0, 2)],
    "t-shape": [(0, 0), (1, 0), (2, 0), (1, 1)],
    "s-shape": [(1, 0), (2, 0), (0, 1), (1, 1)],
    "z-shape": [(0, 0), (1, 0), (1, 1), (2, 1)],
    "square": [(0, 0), (1, 0), (0, 1), (1, 1)],
    "rectangle": [(0, 0), (0, 1), (0, 2), (0, 3)],
}


@pytest.mark.parametrize("turns", [0, 1, 2, 3])
@pytest.mark.parametrize("name", list(PIECES))
def test_a_games_pieces_of_five_pixel_squares(name: str, turns: int) -> None:
    cells = PIECES[name]
    for _ in range(turns):
        cells = [(-y, x) for x, y in cells]
    left, top = min(x for x, _ in cells), min(y for _, y in cells)
    mask = np.zeros((40, 40), bool)
    for x, y in cells:
        mask[5 + 5 * (y - top) : 10 + 5 * (y - top), 5 + 5 * (x - left) : 10 + 5 * (x - left)] = True
    assert classify_shape(mask).name == name


def test_an_l_with_arms_alike_is_no_j() -> None:
    equal = [(20, 20), (45, 20), (45, 75), (100, 75), (100, 100), (20, 100)]  # arms 80 long, 25 wide
    assert classify_shape(drawn(equal)).name == "l-shape"
    assert classify_shape(drawn(equal, mirrored=True)).name == "l-shape"


def star(points: int, side: int = 120, inner: float = 0.44) -> np.ndarray:
    corners = [
        (
            side / 2 + (0.42 if k % 2 == 0 else 0.42 * inner) * side * np.cos(np.pi * k / points + 0.3),
            side / 2 + (0.42 if k % 2 == 0 else 0.42 * inner) * side * np.sin(np.pi * k / points + 0.3),
        )
        for k in range(2 * points)
    ]
    canvas = np.zeros((side, side), np.uint8)
    cv2.fillPoly(canvas, [np.round(np.array(corners) * 16).astype(np.int32)], 1, lineType=cv2.LINE_8, shift=4)
    return canvas > 0


@pytest.mark.parametrize("points", [4, 5, 6])
@pytest.mark.parametrize("side", [40, 120])
def test_a_star_keeps_its_number_of_points(points: int, side: int) -> None:
    guess = classify_shape(star(points, side))
    assert (guess.name, guess.points) == ("star", points)


def test_a_four_pointed_star_is_no_cross_and_a_plus_sign_is() -> None:
    plus = np.zeros((120, 120), bool)
    plus[12:108, 48:72] = True
    plus[48:72, 12:108] = True
    assert classify_shape(star(4, inner=0.38)).name == "star"
    assert classify_shape(plus).name == "cross"
