"""Small and outlined shapes: outlines that are most of a small shape, fills that lie between their outline's
colour and the background's, stars with shallow dents, polygons with a needless corner, the size of a cut
shape, and colour names between black and gray."""

from __future__ import annotations

import io

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from nsvr.tools.attributes import name_flat_color  # noqa: E402
from nsvr.tools.regions import RegionProposer  # noqa: E402
from nsvr.tools.shapes import _drop_redundant, classify_shape  # noqa: E402

SCALE = 4


def scene(side: int, draw, jpeg: int | None = None, blur: float = 0.0) -> np.ndarray:  # noqa: ANN001
    """A ``side`` px picture on a light tinted background, drawn 4x larger by ``draw(canvas, scale)`` and
    shrunk (antialiasing), optionally blurred and JPEG-compressed."""
    canvas = np.full((side * SCALE, side * SCALE, 3), (236, 244, 240), np.uint8)
    draw(canvas, SCALE)
    image = cv2.resize(canvas, (side, side), interpolation=cv2.INTER_AREA)
    if blur:
        image = cv2.GaussianBlur(image, (0, 0), blur)
    if jpeg is not None:
        from PIL import Image

        buffer = io.BytesIO()
        Image.fromarray(image).save(buffer, format="JPEG", quality=jpeg)
        image = np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    return image


def star_points(centre: tuple[float, float], radius: float, inner: float, scale: int) -> np.ndarray:
    angles = np.arange(10) * np.pi / 5 + 0.3
    radii = np.where(np.arange(10) % 2 == 0, radius, radius * inner)
    points = np.stack([centre[0] + np.cos(angles) * radii, centre[1] + np.sin(angles) * radii], 1)
    return np.round(points * scale).astype(np.int32)


def described(picture: np.ndarray) -> list[tuple[str, str]]:
    found = RegionProposer()(picture)
    return sorted((n, a["color"].value) for n, a in zip(found.class_names, found.attributes, strict=True))


def test_a_small_outlined_star_is_one_object_with_its_fill_colour() -> None:
    # a 2 px outline round a star of radius 12 px covers most of it: it is still an outline, not a second shape
    def draw(canvas: np.ndarray, scale: int) -> None:
        points = star_points((30, 40), 12, 0.45, scale)
        cv2.fillPoly(canvas, [points], (146, 73, 18))
        cv2.polylines(canvas, [points], True, (60, 60, 60), 2 * scale)

    assert described(scene(128, draw, blur=0.6)) == [("star", "brown")]


def test_a_gray_fill_inside_a_black_outline_is_gray() -> None:
    # gray lies between black and the white background, as a blend would: its inside shows it is a fill
    def draw(canvas: np.ndarray, scale: int) -> None:
        points = np.round(np.array([[22, 8], [56, 14], [40, 56]]) * scale).astype(np.int32)
        cv2.fillPoly(canvas, [points], (132, 138, 129))
        cv2.polylines(canvas, [points], True, (0, 0, 0), 2 * scale)

    assert described(scene(64, draw, jpeg=80)) == [("triangle", "gray")]


@pytest.mark.parametrize("blur", [0.0, 0.8])
def test_a_small_fat_star_is_a_star(blur: float) -> None:
    # inner radius half the outer, 13 px: blur makes some dents half as deep as the others
    def draw(canvas: np.ndarray, scale: int) -> None:
        cv2.fillPoly(canvas, [star_points((24, 26), 13, 0.5, scale)], (255, 150, 200))

    found = RegionProposer()(scene(64, draw, jpeg=85, blur=blur))
    assert found.class_names == ["star"] and found.attributes[0]["shape"].confidence >= 0.8


def test_a_small_rectangle_is_no_pentagon() -> None:
    def draw(canvas: np.ndarray, scale: int) -> None:
        box = ((26 * scale, 40 * scale), (22 * scale, 10 * scale), 33.0)
        cv2.fillPoly(canvas, [np.round(cv2.boxPoints(box)).astype(np.int32)], (7, 130, 132))

    found = RegionProposer()(scene(64, draw, jpeg=70, blur=0.5))
    assert found.class_names == ["rectangle"]
    shape = found.attributes[0]["shape"]
    assert shape.confidence >= 0.8 and shape.alternatives.get("pentagon", 0.0) < 0.2, shape


def test_a_polygon_fit_no_better_than_fewer_sides_is_dropped() -> None:
    corners = {4: np.zeros((4, 2)), 5: np.zeros((5, 2)), 6: np.zeros((6, 2))}
    residuals = {"circle": 2.0, "ellipse": 0.8, "polygon4": 0.335, "polygon5": 0.33, "polygon6": 0.1}
    _drop_redundant(residuals, corners, 0.15)
    # the pentagon is the rectangle with a needless corner; the hexagon fits far better than both
    assert sorted(corners) == [4, 6] and "polygon5" not in residuals
    corners = {4: np.zeros((4, 2)), 5: np.zeros((5, 2))}
    residuals = {"circle": 0.26, "polygon4": 0.45, "polygon5": 0.46}
    _drop_redundant(residuals, corners, 0.15)  # a round figure fits best: polygon fits are left as they are
    assert sorted(corners) == [4, 5]


def test_a_cut_shape_is_at_least_as_large_as_what_shows() -> None:
    # a star of radius 49 px in a 192 px image (large: over 0.215 of the side), a fifth of it past the border
    def draw(canvas: np.ndarray, scale: int) -> None:
        cv2.fillPoly(canvas, [star_points((40, 140), 49, 0.45, scale)], (230, 12, 57))

    found = RegionProposer()(scene(192, draw))
    assert found.attributes[0]["size"].value == "large"


def test_a_cut_rectangle_is_surely_a_rectangle_maybe_a_square() -> None:
    mask = np.zeros((100, 100), bool)
    mask[30:70, 0:25] = True  # a square whose left part the border hides
    guess = classify_shape(mask)
    assert guess.name == "rectangle" and guess.confidence >= 0.5 and guess.alternatives.get("square", 0) >= 0.2


@pytest.mark.parametrize("rgb", [(32, 48, 41), (48, 32, 36), (40, 49, 36), (48, 40, 33)])
def test_dark_tinted_greys_are_surely_black(rgb: tuple[int, int, int]) -> None:
    name = name_flat_color(rgb)
    assert name.value == "black" and name.confidence >= 0.9, name


def test_mid_greys_are_surely_gray_and_the_black_gray_boundary_stays() -> None:
    assert name_flat_color((111, 104, 118)).value == "gray" and name_flat_color((111, 104, 118)).confidence >= 0.9
    assert name_flat_color((50, 50, 50)).value == "black" and name_flat_color((90, 90, 90)).value == "gray"
    # the brown and dark-teal names are not pulled towards black or gray
    assert name_flat_color((101, 67, 33)).value == "brown" and name_flat_color((0, 110, 110)).value == "teal"


def test_a_cut_rectangle_longer_than_it_is_wide_is_no_square() -> None:
    mask = np.zeros((100, 100), bool)
    mask[30:50, 0:60] = True  # a side seen whole is 20 px; 60 px of a side across it show
    guess = classify_shape(mask)
    assert guess.name == "rectangle" and guess.alternatives.get("square", 0.0) < 0.2, guess


@pytest.mark.parametrize("rgb", [(2, 131, 147), (0, 134, 147), (10, 135, 149), (0, 149, 135)])
def test_bluish_teal_is_surely_teal_not_cyan(rgb: tuple[int, int, int]) -> None:
    name = name_flat_color(rgb)  # as blue as matplotlib's cyan, but much darker
    assert name.value == "teal" and name.confidence >= 0.8, name


def test_cyans_stay_cyan() -> None:
    for rgb in [(23, 190, 207), (0, 206, 209), (64, 224, 208), (0, 255, 255), (0, 220, 230)]:
        assert name_flat_color(rgb).value == "cyan", rgb


def test_the_generator_asks_nothing_that_needs_a_cut_squares_hidden_sides() -> None:
    from nsvr.tools.shape_scenes import _two_sides_show, questions_for

    square = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]]) * 10 / np.sqrt(2)
    assert _two_sides_show(square, 0.0, (30.0, 30.0), 64)  # whole
    assert _two_sides_show(square, 0.0, (8.0, 30.0), 64)  # the left side cut: the right one and both ends show
    assert not _two_sides_show(square, 0.0, (5.0, 5.0), 64)  # cut at a corner: no two sides whole
    from nsvr.tools.shape_scenes import ShapeScene, TrueShape

    shapes = [
        TrueShape("square", "red", "small", (255, 0, 0), (3.0, 3.0), 8.0, (0, 0, 8, 8), cut=True, square_hidden=True),
        TrueShape("circle", "blue", "medium", (0, 0, 255), (40.0, 40.0), 12.0, (28, 28, 52, 52)),
    ]
    scene = ShapeScene(image=np.full((64, 64, 3), 250, np.uint8), shapes=shapes)
    asked = questions_for(scene, np.random.default_rng(0), 20)
    assert asked and all("square" not in q.question and q.answer != "square" for q in asked)
    shapes[0].square_hidden = False
    assert any(
        "square" in q.question or q.answer == "square" for q in questions_for(scene, np.random.default_rng(0), 20)
    )


def test_a_cut_square_showing_two_whole_sides_is_a_square() -> None:
    canvas = np.zeros((100, 100), np.uint8)  # a diamond whose top corner the border cuts off
    cv2.fillPoly(canvas, [np.array([[55, -8], [78, 15], [55, 38], [32, 15]], np.int32)], 1)
    guess = classify_shape(canvas > 0)
    assert guess.name == "square" and guess.alternatives.get("rectangle", 0.0) < 0.5, guess
    canvas[:] = 0  # the same square upright, its top cut: only the bottom side shows whole
    cv2.fillPoly(canvas, [np.array([[40, -6], [70, -6], [70, 24], [40, 24]], np.int32)], 1)
    guess = classify_shape(canvas > 0)
    assert guess.name == "rectangle" and guess.alternatives.get("square", 0.0) >= 0.2, guess


@pytest.mark.parametrize("rgb", [(0, 0, 200), (16, 0, 195), (10, 0, 180), (200, 0, 0), (0, 170, 0)])
def test_shades_between_two_of_one_hue_keep_its_name(rgb: tuple[int, int, int]) -> None:
    """A mid blue (a thin blue stroke JPEG darkened) lies between navy and pure blue: blue, not the blue-violet
    that happens to be as vivid; the same for reds and greens between their dark and bright shades."""
    expected = {0: "red", 1: "green", 2: "blue"}[int(np.argmax(rgb))]
    named = name_flat_color(rgb)
    assert named.value == expected and named.confidence > 0.9


def test_same_hue_shades_of_other_names_stay_apart() -> None:
    """The line between two shades of one name adds no reach towards another name's shades: teal is no cyan,
    CSS brown stays brown, indigo stays purple."""
    assert name_flat_color((0, 128, 128)).value == "teal"
    assert name_flat_color((0, 206, 209)).value == "cyan"
    assert name_flat_color((165, 42, 42)).value == "brown"
    assert name_flat_color((75, 0, 130)).value == "purple"


def small_shape(kind: str, size: float, dx: float, dy: float, scale: int = SCALE):  # noqa: ANN201
    """A drawer of an antialiased ``kind`` (circle diameter, square side or triangle base ``size`` px) centred
    at (24 + dx, 24 + dy) in a 48 px picture."""

    def draw(canvas: np.ndarray, s: int) -> None:
        cx, cy = 24 + dx, 24 + dy
        if kind == "circle":
            cv2.circle(canvas, (round(cx * s), round(cy * s)), round(size / 2 * s), (20, 60, 200), -1)
            return
        if kind == "square":
            half = size / 2
            points = [[cx - half, cy - half], [cx + half, cy - half], [cx + half, cy + half], [cx - half, cy + half]]
        else:
            height = size * np.sqrt(3) / 2
            points = [[cx, cy - height / 2], [cx + size / 2, cy + height / 2], [cx - size / 2, cy + height / 2]]
        corners = np.round(np.array(points) * s).astype(np.int32)
        cv2.fillPoly(canvas, [corners], (250, 210, 0) if kind == "square" else (220, 30, 30))

    return draw


SMALL_CASES = [
    (kind, size, dx, dy)
    for kind in ("square", "triangle", "circle")
    for size in (8.0, 9.0, 10.0, 12.0)
    for dx, dy in ((0.0, 0.0), (0.25, 0.5), (0.5, 0.75))
]


@pytest.mark.parametrize(("kind", "size", "dx", "dy"), SMALL_CASES)
def test_a_small_antialiased_shape_is_named_right_or_hedged_never_wrongly(
    kind: str, size: float, dx: float, dy: float
) -> None:
    """8-12 px squares, triangles and discs, antialiased (drawn 4x larger, shrunk): a square fills its corners'
    pixels partly where a disc leaves them empty, a triangle has three corners; the name is right, or the right
    one is a runner-up likely enough for the answer to hedge; never a confident wrong one."""
    found = RegionProposer()(scene(48, small_shape(kind, size, dx, dy)))
    assert len(found.attributes) == 1
    shape = found.attributes[0]["shape"]
    probabilities = {shape.value: shape.confidence, **shape.alternatives}
    assert shape.value == kind or probabilities.get(kind, 0.0) >= 0.2, shape


@pytest.mark.parametrize("dx", [0.0, 0.38])
def test_a_nine_pixel_antialiased_square_is_surely_a_square(dx: float) -> None:
    """Its corners' pixels are partly covered, its sides straight: no disc of pixels (once named one for sure)."""
    found = RegionProposer()(scene(48, small_shape("square", 9.0, dx, dx)))
    shape = found.attributes[0]["shape"]
    assert shape.value == "square" and shape.confidence >= 0.8, shape


def test_a_small_square_with_its_corner_pixels_cut_from_the_mask_is_still_a_square() -> None:
    """The region's mask may leave out a corner's faint pixels (an octagon of pixels, as a disc's would be); the
    coverage still holds them."""
    coverage = np.zeros((20, 20), np.float32)
    coverage[6:15, 6:15] = 1.0
    coverage[5, 6:15] = coverage[6:15, 5] = 0.62
    coverage[15, 6:15] = coverage[6:15, 15] = 0.32
    coverage[5, 5], coverage[5, 15], coverage[15, 5], coverage[15, 15] = 0.38, 0.2, 0.2, 0.1
    mask = coverage >= 0.5
    mask[5, 5] = mask[5, 14] = mask[14, 5] = mask[14, 14] = False
    guess = classify_shape(mask, coverage=coverage)
    assert guess.name == "square" and guess.confidence >= 0.8, guess


def test_a_tiny_blob_the_coverage_cannot_tell_keeps_its_doubt() -> None:
    """A blurred 6 px blob: no model explains its blend, so the outline's doubt stays (no confident name)."""

    def draw(canvas: np.ndarray, s: int) -> None:
        cv2.circle(canvas, (24 * s, 24 * s), 3 * s, (220, 30, 30), -1)

    found = RegionProposer()(scene(48, draw, blur=1.2))
    for attributes in found.attributes:
        shape = attributes["shape"]
        assert shape.value != "square" or shape.confidence < 0.8, shape
