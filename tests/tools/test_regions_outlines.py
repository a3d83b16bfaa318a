"""Outlines and strokes (the RAVEN-style and sketch benchmarks): a small shape drawn inside an outlined one is a
shape, not a letter; a pale fill within a dark outline is as sure an object as any; a bare black outline around the
paper's colour is white in a diagram of outlined fills and either colour alone; a pen line too thin to show its ink
whole keeps both the ink's name and the blend's."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("cv2")

from PIL import Image, ImageDraw  # noqa: E402

from nsvr.tools.image_io import load_image  # noqa: E402
from nsvr.tools.regions import RegionProposer, _faint_ink  # noqa: E402

SUPER = 4


def panel(draw_shapes, side: int = 160) -> Image.Image:
    """A white panel drawn at 4x and shrunk (antialiased), like RAVEN's."""
    big = Image.new("RGB", (side * SUPER, side * SUPER), "white")
    draw_shapes(ImageDraw.Draw(big), SUPER)
    return big.resize((side, side), Image.Resampling.BOX)


def seen(image: Image.Image) -> list[tuple[str, str, float]]:
    found = RegionProposer().propose(load_image(image))
    return [
        (name, attributes["color"].value, attributes["color"].confidence)
        for name, attributes in zip(found.class_names, found.attributes, strict=True)
    ]


def test_a_shape_inside_an_outlined_one_is_a_shape() -> None:
    def shapes(d: ImageDraw.ImageDraw, s: int) -> None:
        d.polygon([(44 * s, 18 * s), (150 * s, 80 * s), (44 * s, 142 * s)], fill="white", outline="black", width=2 * s)
        d.polygon(
            [(72 * s, 86 * s), (86 * s, 72 * s), (86 * s, 86 * s)], fill=(112, 112, 112), outline="black", width=s
        )

    assert sorted(name for name, _, _ in seen(panel(shapes))) == ["triangle", "triangle"]


def test_a_pale_fill_in_a_dark_outline_is_an_object() -> None:
    def shapes(d: ImageDraw.ImageDraw, s: int) -> None:
        d.regular_polygon((80 * s, 80 * s, 30 * s), 6, fill=(224, 224, 224), outline="black", width=2 * s)

    assert [name for name, _, _ in seen(panel(shapes))] == ["hexagon"]


def test_a_bare_outline_among_outlined_fills_is_white() -> None:
    def shapes(d: ImageDraw.ImageDraw, s: int) -> None:
        d.rectangle([(55 * s, 15 * s), (105 * s, 65 * s)], fill=(140, 140, 140), outline="black", width=2 * s)
        d.ellipse([(60 * s, 95 * s), (100 * s, 135 * s)], fill="white", outline="black", width=2 * s)

    colours = {name: (colour, confidence) for name, colour, confidence in seen(panel(shapes))}
    assert colours["circle"][0] == "white" and colours["circle"][1] >= 0.8


def test_a_bare_black_outline_alone_keeps_both_colours_open() -> None:
    def shapes(d: ImageDraw.ImageDraw, s: int) -> None:
        d.ellipse([(40 * s, 40 * s), (120 * s, 120 * s)], fill="white", outline="black", width=2 * s)

    [(name, colour, confidence)] = seen(panel(shapes))
    assert name == "circle" and confidence <= 0.5


def test_a_red_outline_stays_red() -> None:
    def shapes(d: ImageDraw.ImageDraw, s: int) -> None:
        d.ellipse([(40 * s, 40 * s), (120 * s, 120 * s)], fill="white", outline=(200, 30, 30), width=3 * s)

    [(name, colour, confidence)] = seen(panel(shapes))
    assert (name, colour) == ("circle", "red") and confidence > 0.5


def test_a_hairline_may_be_a_darker_ink() -> None:
    paper = np.full((30, 3), 250.0)
    assert _faint_ink(np.array([120.0, 118.0, 119.0]), paper).max() < 10  # gray seen: black ink it may be
    assert _faint_ink(np.array([217.0, 126.0, 132.0]), paper)[0] > 150  # pink seen: a red ink
    assert _faint_ink(np.array([30.0, 30.0, 36.0]), paper) is None  # seen whole
    assert _faint_ink(np.array([240.0, 240.0, 240.0]), paper) is None  # no stroke at all


def test_the_inks_name_keeps_its_share_when_the_fill_already_named_it() -> None:
    from nsvr.scene_graph.models import Attribute
    from nsvr.tools.regions import _with_ink

    fill = Attribute(value="brown", confidence=0.73, alternatives={"red": 0.04})  # a translucent red marker's fill
    named = _with_ink(fill, np.array([195.0, 36.0, 35.0]))
    assert named.alternatives["red"] == named.confidence == 0.5


def test_a_bare_black_outline_in_a_drawing_in_colour_is_black() -> None:
    def shapes(d: ImageDraw.ImageDraw, s: int) -> None:
        d.ellipse([(20 * s, 20 * s), (70 * s, 70 * s)], outline="black", width=3 * s)
        d.rectangle([(95 * s, 25 * s), (140 * s, 70 * s)], fill=(220, 30, 30))

    found = RegionProposer().propose(load_image(panel(shapes)))
    colours = {name: attributes["color"] for name, attributes in zip(found.class_names, found.attributes, strict=True)}
    assert colours["circle"].value == "black" and "white" not in colours["circle"].alternatives
    assert colours["square"].value == "red"
