"""Round 74: wordings two blind benchmarks of plain shape drawings (examples/benchmarks/shape_scenes_askers.py,
shape_scenes_askers2.py) found unread: "are there any shapes?" (its "any shapes" had been dropped as a lifted
qualifier, "of any shape"), "how many shapes are not orange?" (read as oranges, the fruit), "which is further left,
the orange shape or the triangle?" (options no one attribute tells apart: answered, as "which is bigger" is, by the
name that tells the one chosen from the other), "which is further up", "how many blobs r there", "how many shapes
have corners", "the round thing" (a sphere only in a render's wording: any round shape), "what colour and shape is
it" (both, said together: "green triangle"), "is the triangle located in the upper half", "is the image showing a
triangle", and "where is the triangle?" (its place in the picture where nothing is a place)."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph


@pytest.fixture()
def scene(drawing):
    return drawing(("square", "orange"), ("triangle", "green"), ("circle", "blue"))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Are there any shapes?", "yes"),
        ("Is there any shape?", "yes"),
        ("Do you see any shapes?", "yes"),
        ("any shapes?", "yes"),
        ("Count all shapes.", "3"),
        ("How many cubes are there of any colour?", "0"),
        ("How many shapes are not orange?", "2"),
        ("How many shapes aren't orange?", "2"),
        ("how many blobs r there", "3"),
        ("Which is further left, the orange shape or the triangle?", "square"),
        ("Which is further left, the triangle or the blue thing?", "triangle"),
        ("Which is further right, the orange one or the circle?", "circle"),
        ("Which is closer to the circle, the orange shape or the triangle?", "triangle"),
        ("Which is further up, the square or the circle?", "unknown"),
        ("Is the orange shape a rectangle or a square?", "square"),
        ("How many shapes have corners?", "2"),
        ("how many orange shapes have corners?", "1"),
        ("What colour is the round object?", "blue"),
        ("Is the round thing blue?", "yes"),
        ("What color and shape is the green thing?", "green triangle"),
        ("What is the shape and colour of the blue object?", "blue circle"),
        ("Tell me the shape and colour of the orange object.", "orange square"),
        ("Is the triangle located in the middle?", "yes"),
        ("Is the circle drawn on the right side?", "yes"),
        ("Is the image showing a triangle?", "yes"),
        ("Is it a picture of a red triangle?", "no"),
        ("What has been drawn in green?", "triangle"),
        ("Are any shapes overlapping?", "no"),
        ("Does the triangle overlap the circle?", "no"),
        ("How many shapes overlap another shape?", "0"),
        ("Do the square and the circle touch?", "no"),
        ("Is the triangle touching the circle?", "no"),
        ("Where is the square?", "left"),
        ("Where is the circle?", "right"),
    ],
)
def test_drawing_wordings(question: str, answer: str, scene) -> None:
    assert execute(parse(question), scene).text == answer


def test_an_orange_with_its_article_is_still_the_fruit() -> None:
    steps = parse("How many things are not an orange?").steps
    assert any(getattr(s, "name", None) == "orange" for s in steps)


def test_further_up_and_down_are_the_top_and_bottom() -> None:
    assert [s.by for s in parse("Which is further up, the circle or the square?").steps if s.op == "ordinal"] == ["top"]
    assert [s.by for s in parse("Which is further down, the circle or the square?").steps if s.op == "ordinal"] == [
        "bottom"
    ]


def test_where_names_the_place_where_the_graph_has_places() -> None:
    graph = SceneGraph(
        width=100,
        height=100,
        objects=[
            {"id": "d", "name": "dog", "box": [10, 10, 30, 30]},
            {"id": "r", "name": "road", "box": [0, 0, 99, 99]},
        ],
        relations=[{"subject": "d", "predicate": "on", "object": "r"}],
    )
    assert execute(parse("Where is the dog?"), graph).text == "road"


def test_where_answers_the_part_of_the_picture() -> None:
    graph = SceneGraph(width=90, height=90, objects=[{"id": "c", "name": "circle", "box": [60, 0, 80, 20]}])
    assert execute(parse("Where is the circle?"), graph).text == "top right"
    assert execute(parse("What is the position of the circle?"), graph).text == "top right"
    assert execute(parse("Which corner is the circle in?"), graph).text == "top right"
    middle = SceneGraph(width=90, height=90, objects=[{"id": "c", "name": "circle", "box": [35, 0, 55, 20]}])
    assert execute(parse("Where is the circle?"), middle).text == "top"
    assert execute(parse("In which corner is the circle?"), middle).status == "unknown"  # on the midline


def test_where_something_is_going_is_not_where_it_is() -> None:
    assert [s.op for s in parse("Where is the bus going?").steps][-2:] == ["relate", "query"]


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("Do all the shapes have different colours?", ("no", "yes")),
        ("Are the shapes all different colours?", ("no", "yes")),
        ("Do the shapes have different colours?", ("yes", "yes")),  # not all the same
        ("Are all the shapes different?", ("no", "yes")),
        ("Is any shape repeated?", ("yes", "no")),
        ("Is any colour used twice?", ("yes", "no")),
        ("Is the circle closer to the triangle or to the square?", ("unknown", "triangle")),
    ],
)
def test_all_different_means_no_two_alike(question: str, answers: tuple[str, str], drawing) -> None:
    repeated = drawing(("square", "red"), ("square", "red"), ("circle", "blue"))
    distinct = drawing(("square", "red"), ("triangle", "green"), ("circle", "blue"))
    assert (execute(parse(question), repeated).text, execute(parse(question), distinct).text) == answers


def test_touching_is_said_of_drawn_shapes_only() -> None:
    assert any(s.op == "relate" and s.predicate == "overlaps" for s in parse("Do the star and the circle touch?").steps)
    assert not any(getattr(s, "predicate", None) == "overlaps" for s in parse("Is the man touching the bus?").steps)
