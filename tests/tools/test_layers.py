"""Which drawn shape lies on which: the paint order read from overlapping flat shapes, and the questions it
answers ("which shape is on top", "is the square behind the circle", "which shape is partly hidden")."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("cv2")

from PIL import Image, ImageDraw  # noqa: E402

from nsvr.agent.ask import ask  # noqa: E402
from nsvr.tools.image_io import load_image  # noqa: E402
from nsvr.tools.layers import on_top, paint_order  # noqa: E402
from nsvr.tools.regions import Region, RegionProposer  # noqa: E402

PAPER = (250, 249, 244)


def region(mask: np.ndarray) -> Region:
    return Region(mask, np.zeros(3), 1.0, 1.0)


def square_and_disc() -> tuple[np.ndarray, np.ndarray]:
    lower = np.zeros((60, 60), bool)
    lower[5:45, 5:45] = True
    yy, xx = np.mgrid[:60, :60]
    upper = (yy - 42) ** 2 + (xx - 42) ** 2 < 15**2
    return lower & ~upper, upper


def test_the_shape_that_bites_into_another_lies_on_it() -> None:
    lower, upper = square_and_disc()
    assert on_top(region(upper), region(lower)) == 1
    assert on_top(region(lower), region(upper)) == -1
    order = paint_order([region(lower), region(upper)])
    assert (order.layers, order.unsure) == ([0, 1], set())


def test_shapes_apart_are_on_one_layer_and_sure_of_it() -> None:
    first, second = np.zeros((60, 60), bool), np.zeros((60, 60), bool)
    first[5:20, 5:20] = True
    second[35:55, 35:55] = True
    order = paint_order([region(first), region(second)])
    assert (order.layers, order.unsure) == ([0, 0], set())


def test_shapes_side_by_side_do_not_tell_their_order() -> None:
    """Two squares that share an edge: neither is bitten, either may lie on the other."""
    first, second = np.zeros((40, 60), bool), np.zeros((40, 60), bool)
    first[5:30, 5:30] = True
    second[5:30, 31:55] = True
    assert on_top(region(first), region(second)) == 0
    order = paint_order([region(first), region(second)])
    assert (order.layers, order.unsure) == ([0, 0], {0, 1})


def test_layers_stack() -> None:
    """A disc on a square on a wide bar: three layers."""
    yy, xx = np.mgrid[:80, :80]
    bar = np.zeros((80, 80), bool)
    bar[50:70, 5:75] = True
    square = np.zeros((80, 80), bool)
    square[30:60, 20:50] = True
    disc = (yy - 35) ** 2 + (xx - 48) ** 2 < 10**2
    square &= ~disc
    bar &= ~square & ~disc
    assert paint_order([region(bar), region(square), region(disc)]).layers == [0, 1, 2]


def overlapping_drawing() -> Image.Image:
    image = Image.new("RGB", (160, 120), PAPER)
    d = ImageDraw.Draw(image)
    d.rectangle([20, 20, 75, 75], fill=(35, 70, 220))  # a blue square ...
    d.ellipse([55, 50, 100, 95], fill=(220, 30, 35))  # ... with a red circle drawn over its corner
    d.regular_polygon((130, 40, 18), 3, fill=(30, 165, 55))  # a green triangle apart
    return image


def test_the_proposer_gives_each_shape_its_layer() -> None:
    found = RegionProposer().propose(load_image(overlapping_drawing()))
    layers = {name: int(a["layer"].value) for name, a in zip(found.class_names, found.attributes, strict=True)}
    assert layers == {"square": 0, "circle": 1, "triangle": 0}
    assert "star" not in found.class_names  # the bitten square is no star


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which shape is on top, the circle or the square?", "circle"),
        ("Which shape is on top, the red one or the blue one?", "red"),
        ("Is the circle in front of the square?", "yes"),
        ("Is the square behind the red circle?", "yes"),
        ("Is the square in front of the circle?", "no"),
        ("What colour is the shape behind the circle?", "blue"),
        ("Which shape is partly hidden?", "square"),
        ("Is the square partly covered by another shape?", "yes"),
        ("Is the triangle partly covered by another shape?", "no"),
        ("Is the triangle behind the square?", "no"),
        ("What is on top of the square?", "circle"),
        ("Which shape is on top?", "circle"),  # the triangle apart lies on nothing: not on top
        ("Which one is in the back?", "square"),  # nor under anything
    ],
)
def test_questions_about_what_lies_on_what(question: str, answer: str, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "overlap.png"
    overlapping_drawing().save(path)
    result = ask(str(path), question)
    assert (result.status, result.answer) == ("ok", answer), result.reason


def test_an_order_the_picture_does_not_show_is_hedged_not_denied(tmp_path) -> None:  # noqa: ANN001
    """Two squares drawn edge to edge: whether one is in front of the other is not "no" but unknown."""
    image = Image.new("RGB", (160, 100), PAPER)
    d = ImageDraw.Draw(image)
    d.rectangle([20, 20, 70, 70], fill=(35, 70, 220))
    d.rectangle([71, 20, 121, 70], fill=(245, 210, 20))
    path = tmp_path / "edge.png"
    image.save(path)
    result = ask(str(path), "Is the yellow shape in front of the blue one?")
    assert result.status == "unknown", result.answer


def test_a_gray_shape_drawn_over_another_is_no_drop_shadow() -> None:
    """A gray rectangle on a yellow disc lies where the disc's shadow might: but it bites into the disc, and a
    shadow lies under what casts it."""
    image = Image.new("RGB", (140, 140), PAPER)
    d = ImageDraw.Draw(image)
    d.ellipse([20, 30, 90, 100], fill=(245, 210, 20))
    d.rectangle([60, 70, 82, 112], fill=(128, 128, 128))
    found = RegionProposer().propose(load_image(image))
    colours = {a["color"].value: int(a["layer"].value) for a in found.attributes}
    assert colours == {"yellow": 0, "gray": 1}


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which shape is on top?", "circle"),
        ("Which one is in the back?", "square"),
        ("Which shape is underneath?", "square"),
        ("Which shape is covering the other?", "circle"),
        ("Is the square obscured?", "yes"),
        ("Is the circle hiding part of the square?", "yes"),
        ("What colour is the hidden shape?", "blue"),
    ],
)
def test_what_lies_on_what_in_other_words(question: str, answer: str, tmp_path) -> None:  # noqa: ANN001
    image = Image.new("RGB", (120, 110), PAPER)
    d = ImageDraw.Draw(image)
    d.rectangle([20, 20, 75, 75], fill=(35, 70, 220))
    d.ellipse([55, 50, 100, 95], fill=(220, 30, 35))
    path = tmp_path / "pair.png"
    image.save(path)
    result = ask(str(path), question)
    assert (result.status, result.answer) == ("ok", answer), result.reason


def test_the_blend_along_where_two_shapes_meet_tells_no_order() -> None:
    """A triangle over a square's corner, its tip inside the square; the antialiased blend along their edge, a
    pixel wide, went to the square: that strip lies in the triangle's hull, but only the triangle bites deep."""
    import cv2

    lower = np.zeros((60, 60), bool)
    lower[5:45, 5:45] = True
    upper = np.zeros((60, 60), np.uint8)
    cv2.fillPoly(upper, [np.array([[30, 40], [58, 20], [58, 58]])], 1)
    lower &= upper == 0
    blend = (upper > 0) & (cv2.dilate(lower.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0)
    lower, upper = lower | blend, (upper > 0) & ~blend
    assert on_top(region(upper), region(lower)) == 1
    assert paint_order([region(lower), region(upper)]).layers == [0, 1]


def test_a_faint_fill_under_a_vivid_one_keeps_its_edge_and_its_name(tmp_path) -> None:
    """A vivid green square under a pale lilac triangle on a pink ground, hard edges: the square's pixels up to the
    triangle are its own (a band kept clear of the vivid part is given back to the faint one), so the bite out of
    it is seen as the triangle's and the square is still a square, not a triangle."""
    image = Image.new("RGB", (128, 128), (183, 89, 121))
    draw = ImageDraw.Draw(image)
    draw.rectangle([27, 47, 81, 101], fill=(69, 252, 38))
    draw.polygon([(43, 17), (12, 70), (74, 70)], fill=(197, 157, 215))
    path = tmp_path / "under.png"
    image.save(path)
    found = RegionProposer().propose(load_image(str(path)))
    names = {a["color"].value: name for name, a in zip(found.class_names, found.attributes, strict=True)}
    assert names.get("green") == "square"


def test_a_long_rectangle_partly_under_a_circle_stays_a_rectangle(tmp_path) -> None:
    """A gray bar twice as long as it is tall, its lower left corner under an orange disc: the side the disc cuts
    short is not seen whole, so it does not make the bar a square."""
    image = Image.new("RGB", (420, 380), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle([77, 203, 195, 262], fill=(158, 158, 158))
    draw.ellipse([8, 227, 128, 347], fill=(250, 128, 30))
    path = tmp_path / "bar.png"
    image.save(path)
    found = RegionProposer().propose(load_image(str(path)))
    names = {a["color"].value: name for name, a in zip(found.class_names, found.attributes, strict=True)}
    assert names.get("gray") == "rectangle"


def test_a_small_square_touching_a_disc_is_still_a_square(tmp_path) -> None:
    """A small cyan square whose corner touches a red disc's rim, tilted a little: neither bites the other, so its
    edge at the disc is its own and it is a square (the touch is no overlap)."""
    import math

    image = Image.new("RGB", (128, 128), (236, 250, 232))
    draw = ImageDraw.Draw(image)
    draw.ellipse([32, 16, 95, 79], fill=(168, 24, 27))
    corners = [(105 + 11.5 * math.cos(a), 38 + 11.5 * math.sin(a)) for a in (2.9, 4.47, 6.04, 7.61)]
    draw.polygon(corners, fill=(0, 253, 250))
    path = tmp_path / "touch.png"
    image.save(path)
    found = RegionProposer().propose(load_image(str(path)))
    names = {a["color"].value: name for name, a in zip(found.class_names, found.attributes, strict=True)}
    assert names.get("cyan") == "square"
