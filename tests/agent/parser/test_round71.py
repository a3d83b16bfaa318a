"""Round 71: whether a thing carries any text at all ("is there anything written on the bus", "does the sign have
writing on it") is not a question of what it says. It had been read as "does the bus say 'there anything'" and
answered a confident "no"; nsvr cannot tell that a thing says nothing, so it says so. And options offered as a
list: "is it a circle or a square" (a town square had been the reading), "circle, square or triangle?", "are there
any circles, squares, or triangles" (the squares had been dropped: a confident "no" on a picture of a square)."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import ParseError, parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


@pytest.mark.parametrize(
    "question",
    [
        "Is there anything written on the bus?",
        "Anything written on the front of the bus?",
        "Is something written on the bus?",
        "Is there something printed on the sign?",
        "Is any text written on the sign?",
        "Does the bus have writing on it?",
        "Does the sign have any words on it?",
        "Which object has writing on it?",
        "Is there a sign that has writing on it?",
        "Is there a bus with writing on it?",
    ],
)
def test_whether_a_thing_carries_text_is_refused_not_read_as_its_text(question: str) -> None:
    with pytest.raises(ParseError, match="cannot tell that it says nothing"):
        parse(question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which sign has the word stop on it?", "sign"),
        ("Is the word stop written on the sign?", "yes"),
        ("Is cero emisiones written on the bus?", "yes"),
        ("Does the man have a tie on?", "yes"),  # worn, not written
    ],
)
def test_text_and_worn_things_still_read(photos: dict[str, SceneGraph], question: str, answer: str) -> None:
    result = execute(parse(question), photos["street"])
    assert (result.status, result.text) == ("ok", answer), result.reason


def one_shape(name: str, color: str) -> SceneGraph:
    """A picture of one flat shape, as the region proposer reports it."""
    attributes = {"shape": {"value": name}, "color": {"value": color}, "size": {"value": "medium"}}
    return SceneGraph(
        width=64, height=64, objects=[{"id": "s0", "name": name, "box": [16, 16, 48, 48], "attributes": attributes}]
    )


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # options offered as a list, with or without articles and commas, or alone
        ("Is it a circle or a square?", "square"),  # "square" is a shape here, not a town square
        ("Is that a square or a triangle?", "square"),
        ("Is the shape a circle or square?", "square"),
        ("Is the shape a circle, square or triangle?", "square"),
        ("Is it a circle, a square, or a triangle?", "square"),
        ("Is the shape a circle or square or triangle?", "square"),
        ("Circle or square?", "square"),
        ("A triangle or a square?", "square"),
        ("Red or blue?", "blue"),
        ("Is the picture showing a circle or a square?", "square"),
        ("Is the image of a circle or a square?", "square"),
        ("Are there any circles, squares, or triangles?", "yes"),  # the squares had been dropped from the list
        ("Is there a circle, a square or a triangle?", "yes"),  # any of them, not the first and one of the others
        ("How many circles, squares or triangles are there?", "1"),
    ],
)
def test_options_listed_are_read_as_options(question: str, answer: str) -> None:
    result = execute(parse(question), one_shape("square", "blue"))
    assert (result.status, result.text) == ("ok", answer), result.reason


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        ("Is this a kitchen, a bathroom or a bedroom?", "Is this a kitchen or a bathroom or a bedroom?"),
        ("Is it a beach or a square?", "Is it a beach or a park?"),  # every option a place: the place
        ("Is there a cube, a sphere and a cylinder?", "Is there a cube and a sphere and a cylinder?"),
        # after a topic the options are that thing's, not the picture's
        ("Who's standing furthest to the left: a man or a woman?", "Who is the leftmost person?"),
        (
            "The yellow thing: is that a ball, a block or a cylinder?",
            "Is the yellow thing a ball or a cube or a cylinder?",
        ),
    ],
)
def test_lists_keep_their_meaning(question: str, same_as: str) -> None:
    def steps(q: str) -> list[str]:
        return [s.op for s in parse(q).steps]

    assert steps(question) == steps(same_as)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a figure's adjective names its figures ("triangular" had been no shape nsvr could tell: unknown)
        ("Is the shape triangular?", "yes"),
        ("Is the object in the image rectangular?", "no"),
        ("Is the shape circular?", "no"),
        ("How many triangular shapes are there?", "1"),
        # what is there, in the words people use for a drawing
        ("What kind of figure is drawn?", "triangle"),
        ("What's drawn in this image?", "triangle"),
        ("What shape has been drawn?", "triangle"),
        ("Which shape has been drawn in the picture?", "triangle"),
        ("Which geometric figure appears in this image?", "triangle"),
        ("What appears in the image?", "triangle"),
        ("Which colours appear in the image?", "green"),
        # a blank to fill, its kind said
        ("The shape's colour is?", "green"),
        ("The colour of the shape is?", "green"),
    ],
)
def test_a_drawing_asked_in_everyday_words(question: str, answer: str) -> None:
    result = execute(parse(question), one_shape("triangle", "green"))
    assert (result.status, result.text) == ("ok", answer), result.reason


def test_all_the_shapes_different_colours_asks_of_the_shapes() -> None:
    # "shapes different colours" had been turned round into "different shapes colours": refused
    assert [s.op for s in parse("Are all the shapes different colours?").steps] == [
        s.op for s in parse("Are the shapes all different colours?").steps
    ]
