"""Round 29: a set found first and then counted ("find every cube behind the ball. count them"), sums of two counts
that add numbers ("the number of red things plus the number of cubes": an object that is both counts twice, as
arithmetic does), the very middle of the picture on both axes, "is the cylinder leftmost", and a choice between
two described objects where one names nothing (unknown, never the other by default)."""

from __future__ import annotations

import pytest

from nsvr.agent.parser import parse
from nsvr.scene_graph import program as P
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph

# the scene (conftest): 0 large red metal sphere, 1 small blue rubber cube, 2 small red rubber cube, 3 large green
# metal cylinder, 4 small yellow rubber sphere; left to right 1 0 4 2 3, front to back 4 1 3 0 2


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Find every object behind the blue cube. Count them.", "3"),
        ("Find all the objects behind the blue cube. How many are there?", "3"),
        ("Locate all cubes. Count them.", "2"),
        ("Find every cube. How many of them are red?", "1"),
        ("Consider only the rubber objects. How many of them are cubes?", "2"),
        ("Look at the spheres. Are any of them metal?", "yes"),
    ],
)
def test_a_set_found_first_then_counted(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # red things {0, 2} and cubes {1, 2}: the red cube counts in both numbers
        ("What is the number of red things plus the number of cubes?", "4"),
        ("Add the number of red things to the number of cubes.", "4"),
        ("What is the sum of the number of red things and the number of cubes?", "4"),
        ("What do you get if you add the number of red things and the number of cubes?", "4"),
        ("How many red things plus how many cubes?", "4"),
        ("Red plus small objects: how many?", "5"),
        ("How many red things or cubes are there?", "3"),  # "or": each object once
        ("What is the number of small things minus the number of cubes?", "1"),
    ],
)
def test_sums_of_counts_add_numbers(blocks: SceneGraph, question: str, answer: str) -> None:
    assert execute(parse(question), blocks).text == answer


def test_a_sum_is_an_add_step() -> None:
    steps = parse("How many cubes plus spheres are there?").steps
    assert [type(s) for s in steps].count(P.Count) == 2
    assert isinstance(steps[-1], P.Add)


def _dots() -> SceneGraph:
    boxes = {"a": (10, 10, 30, 30), "b": (90, 85, 110, 105), "c": (150, 140, 180, 170)}
    kinds = (("square", "red"), ("circle", "blue"), ("triangle", "green"))
    objects = [
        {"id": name, "name": shape, "box": box, "attributes": {"shape": {"value": shape}, "color": {"value": color}}}
        for (name, box), (shape, color) in zip(boxes.items(), kinds, strict=True)
    ]
    return SceneGraph(width=200, height=200, objects=objects)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which shape is in the very middle of the picture?", "circle"),
        ("What is in the very middle of the image?", "circle"),
        ("What colour is the shape in the centre of the picture?", "blue"),
        ("What colour is the shape closest to the center of the image?", "blue"),
        ("What colour is the most central shape?", "blue"),
        ("Is the circle in the very middle of the picture?", "yes"),
        ("Is the square in the exact centre of the image?", "no"),
        ("Which shape is leftmost?", "square"),
        ("Is the triangle rightmost?", "yes"),
        ("Is the square bottommost?", "no"),
    ],
)
def test_the_very_middle_of_the_picture(question: str, answer: str) -> None:
    assert execute(parse(question), _dots()).text == answer


def test_no_object_clearly_nearest_the_middle_is_unknown() -> None:
    graph = _dots()
    graph.objects[0].box = (80, 80, 100, 100)  # as near the middle as the circle
    assert execute(parse("What colour is the shape in the very middle of the picture?"), graph).status != "ok"


def test_the_middle_alone_stays_the_middle_third() -> None:
    steps = parse("Is the car in the middle of the picture?").steps
    assert not any(isinstance(s, P.Ordinal) for s in steps)


@pytest.mark.parametrize(
    "question",
    [
        "Which cube is farther from the sphere, the small one or the big one?",
        "Which cube is closer to the cylinder: the small one or the large one?",
    ],
)
def test_a_choice_whose_option_names_nothing_is_unknown(blocks: SceneGraph, question: str) -> None:
    # both cubes are small: "the big one" names nothing, so neither cube is the answer
    assert execute(parse(question), blocks).status != "ok"


def test_a_choice_of_two_described_objects() -> None:
    graph = _dots()
    graph.objects[2].attributes["size"] = graph.objects[0].attributes["color"].model_copy(update={"value": "large"})
    graph.objects[0].attributes["size"] = graph.objects[0].attributes["color"].model_copy(update={"value": "small"})
    graph.objects[0].name = graph.objects[2].name = "triangle"
    question = "Which triangle is closer to the circle, the small one or the big one?"
    assert execute(parse(question), graph).text == "large"
