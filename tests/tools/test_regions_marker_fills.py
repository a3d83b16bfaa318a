"""A marker's fill drawn off its pen outline (the sketch benchmark's sloppy fills): the outline left open by the pen
still outlines the fill its hull holds, and the fill that spills over the line, or a bit of the line the blending
cut off, is no shape of its own. Each had been counted as another shape ("3 shapes" for 2, a "star" beside a
triangle). And a light or dull red (CSS indian red, light coral, a red marker's thinned fill) is red, not brown."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("cv2")

from PIL import Image, ImageDraw  # noqa: E402

from nsvr.tools.image_io import load_image  # noqa: E402
from nsvr.tools.regions import RegionProposer  # noqa: E402

SUPER = 4


def sketch(draw, side: int = 200) -> Image.Image:
    """White paper drawn at 4x and shrunk (antialiased), like a scanned sketch."""
    big = Image.new("RGBA", (side * SUPER, side * SUPER), (250, 250, 248, 255))
    layer = Image.new("RGBA", big.size, (0, 0, 0, 0))
    draw(ImageDraw.Draw(layer), SUPER)
    return Image.alpha_composite(big, layer).convert("RGB").resize((side, side), Image.Resampling.BOX)


def shapes(image: Image.Image) -> list[tuple[str, str]]:
    found = RegionProposer().propose(load_image(image))
    named = zip(found.class_names, found.attributes, strict=True)
    return [(name, attributes["color"].value) for name, attributes in named]


def pen(d: ImageDraw.ImageDraw, points: list[tuple[float, float]], ink: tuple[int, int, int], s: int) -> None:
    d.line([(x * s, y * s) for x, y in points], fill=(*ink, 255), width=3 * s, joint="curve")


def marker(d: ImageDraw.ImageDraw, points: list[tuple[float, float]], ink: tuple[int, int, int], s: int) -> None:
    d.polygon([(x * s, y * s) for x, y in points], fill=(*ink, 170))  # a marker: about two thirds opaque


TRIANGLE = [(40.0, 150.0), (100.0, 40.0), (160.0, 150.0)]
BLUE = (40, 60, 200)


def moved(points: list[tuple[float, float]], dx: float, dy: float) -> list[tuple[float, float]]:
    return [(x + dx, y + dy) for x, y in points]


@pytest.mark.parametrize("offset", [(-6.0, 5.0), (5.0, -4.0)])
def test_an_open_outline_with_its_fill_drawn_off_it_is_one_shape(offset: tuple[float, float]) -> None:
    def draw(d: ImageDraw.ImageDraw, s: int) -> None:
        marker(d, moved(TRIANGLE, *offset), BLUE, s)
        # the pen stops short of where it started: the outline encloses nothing
        pen(d, [*TRIANGLE, (TRIANGLE[0][0] + 12, TRIANGLE[0][1] - 22)], BLUE, s)

    found = shapes(sketch(draw))
    assert [name for name, _ in found] == ["triangle"], found


def test_a_fill_spilt_over_a_closed_outline_is_no_second_shape() -> None:
    square = [(50.0, 50.0), (150.0, 50.0), (150.0, 150.0), (50.0, 150.0)]

    def draw(d: ImageDraw.ImageDraw, s: int) -> None:
        marker(d, moved(square, -8.0, 6.0), (196, 36, 40), s)
        pen(d, [*square, square[0]], (196, 36, 40), s)

    found = shapes(sketch(draw))
    assert [name for name, _ in found] == ["square"], found
    assert found[0][1] == "red"


def test_two_shapes_of_one_colour_side_by_side_stay_two() -> None:
    def draw(d: ImageDraw.ImageDraw, s: int) -> None:
        for dx in (0.0, 90.0):
            left = [(x * 0.45 + 10 + dx, y * 0.45 + 60) for x, y in TRIANGLE]
            marker(d, left, BLUE, s)
            pen(d, [*left, left[0]], BLUE, s)

    assert [name for name, _ in shapes(sketch(draw))] == ["triangle", "triangle"]


@pytest.mark.parametrize(
    ("rgb", "name"),
    [
        ((205, 92, 92), "red"),  # CSS indian red
        ((240, 128, 128), "red"),  # CSS light coral
        ((221, 130, 129), "red"),  # a red marker's fill, thinned by white paper
        ((219, 112, 147), "pink"),  # CSS pale violet red, a pink
        ((165, 42, 42), "brown"),  # CSS brown stays brown
        ((139, 69, 19), "brown"),
        ((178, 34, 34), "red"),  # firebrick
    ],
)
def test_light_and_dull_reds_are_red_not_brown(rgb: tuple[int, int, int], name: str) -> None:
    from nsvr.tools.attributes import name_flat_color

    found = name_flat_color(rgb)
    assert found.value == name and found.confidence >= 0.6, found
    assert not np.isnan(found.confidence)


def test_a_solids_faces_within_its_edges_are_no_spill() -> None:
    # a cylinder's light top face and blue side in dark edges: the top is bordered by edges, not paper
    def draw(d: ImageDraw.ImageDraw, s: int) -> None:
        body, top, edge = (40, 90, 210, 255), (120, 150, 235, 255), (10, 25, 80, 255)
        d.ellipse([60 * s, 145 * s, 140 * s, 175 * s], fill=body, outline=edge, width=3 * s)
        d.rectangle([60 * s, 60 * s, 140 * s, 160 * s], fill=body)
        for x in (60, 140):
            d.line([(x * s, 60 * s), (x * s, 160 * s)], fill=edge, width=3 * s)
        d.ellipse([60 * s, 45 * s, 140 * s, 75 * s], fill=top, outline=edge, width=3 * s)

    assert shapes(sketch(draw)) == [("cylinder", "blue")]
