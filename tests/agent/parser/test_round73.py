"""Round 73: which of the kinds offered is in the picture ("which of these appears in the image: circle, square,
triangle?", "which one of these can you see: a dog, a cat, or a bus?", "which is in the photo, a bus or a car?").
The choice is made among the objects of the kinds offered, so other things in the picture do not stand in its way
(it had been asked of every object at once: "0 of circle/square/star fit" on any picture of two shapes), and where
two of them are there neither is the answer. A list without its "or" had been read as a check that the circle is a
square; "what colour is the shape: red, green or blue" (options listed with commas) had been refused."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.scene_graph.executor import execute


@pytest.fixture()
def scene(drawing):
    return drawing(("circle", "red"), ("triangle", "green"), ("triangle", "blue"))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which of these is in the picture: a circle, a hexagon or a star?", "circle"),
        ("Which of the following shapes appears in the image: square, triangle or star?", "triangle"),
        ("Which of the following shapes appears in the image: square, triangle, star?", "triangle"),
        ("which of the shapes below is in the image? hexagon, circle or star", "circle"),
        ("Which one of these can you see: a star, a circle, or a square?", "circle"),
        ("which of these appears in the picture: a star, a square or a triangle?", "triangle"),
        ("Which is in the picture, a star or a circle?", "circle"),
        ("which shape do you see: a circle or a star?", "circle"),
        ("which red shape is there: a circle or a triangle?", "circle"),
        ("which blue shape is there: a circle or a triangle?", "triangle"),
        ("What colour is the circle: red, green or blue?", "red"),
        ("What colour is the circle, red, green, or blue?", "red"),
    ],
)
def test_which_of_the_kinds_offered_is_there(question: str, answer: str, scene) -> None:
    result = execute(parse(question), scene)
    assert (result.status, result.text) == ("ok", answer)


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("Which of these is in the picture: a circle, a triangle or a star?", "circle and triangle are both there"),
        ("Which of these is in the picture: a hexagon or a star?", "no object to look at"),
    ],
)
def test_two_kinds_there_or_none_is_unknown_with_why(question: str, why: str, scene) -> None:
    result = execute(parse(question), scene)
    assert result.status == "unknown" and why in result.reason


def test_a_place_said_after_the_options_is_not_the_last_option() -> None:
    program = parse("In the top row, which shape is second from the right? (A) circle (B) square (C) triangle")
    assert [s.op for s in program.steps] == ["scene", "filter", "ordinal", "query"]


def test_which_of_these_has_a_property_is_no_presence_question(scene) -> None:
    program = parse("which of these is red: the triangle or the circle?")
    assert execute(program, scene).text == "circle" and program.steps[1].op == "filter"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which colour is in the picture: red, yellow or purple?", "red"),
        ("Which of these colours appears in the picture: purple, blue or yellow?", "blue"),
        ("which colour can you see: orange or green?", "green"),
    ],
)
def test_which_of_the_values_offered_some_thing_has(question: str, answer: str, scene) -> None:
    result = execute(parse(question), scene)
    assert (result.status, result.text) == ("ok", answer)


def test_two_values_offered_there_is_unknown_with_why(scene) -> None:
    result = execute(parse("Which colour is in the picture: red, green or purple?"), scene)
    assert result.status == "unknown" and "red and green are both there" in result.reason
