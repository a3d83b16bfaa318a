"""Steps this round added for shares and directions: a count as a share of another, products, values by how often
they are seen, the least common value, a stated value, and which way one object lies from another."""

from __future__ import annotations

import pytest

from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import Attribute, Object, SceneGraph
from nsvr.scene_graph.program import Program, output_type


def figure(key: str, name: str, colour: str, centre: tuple[float, float]) -> Object:
    x, y = centre
    attributes = {"color": Attribute(value=colour), "shape": Attribute(value=name)}
    return Object(id=key, name=name, box=(x - 5, y - 5, x + 5, y + 5), attributes=attributes)


# a red circle in the middle; a red square due east of it, a blue star north-west, a green triangle at 7 o'clock
GRAPH = SceneGraph(
    width=200,
    height=200,
    objects=[
        figure("a", "circle", "red", (100.0, 100.0)),
        figure("b", "square", "red", (160.0, 100.0)),
        figure("c", "star", "blue", (50.0, 50.0)),
        figure("d", "triangle", "green", (70.0, 152.0)),
    ],
)
SCENE = {"op": "scene", "inputs": []}


def run(*steps: dict) -> tuple[str, str]:
    answer = execute(Program.model_validate({"steps": list(steps)}), GRAPH)
    return answer.status, answer.text


def pick(colour: str, name: str) -> list[dict]:
    return [
        {"op": "select", "inputs": [], "name": name},
        {"op": "filter", "inputs": [0], "attribute": "color", "value": colour},
    ]


@pytest.mark.parametrize(
    ("form", "expected"), [("fraction", "1/2"), ("percent", "50%"), ("ratio", "2:4"), ("times", "1/2")]
)
def test_a_count_as_a_share_of_another(form: str, expected: str) -> None:
    red = [SCENE, {"op": "filter", "inputs": [0], "attribute": "color", "value": "red"}, {"op": "count", "inputs": [1]}]
    whole = {"op": "count", "inputs": [0]}
    share = {"op": "proportion", "inputs": [2, 3], "form": form}
    status, text = run(*red, whole, share)
    assert status == "ok" and text == (expected if form != "ratio" else "1:2")


def test_values_by_how_often_they_are_seen_and_the_least_common() -> None:
    once = {"op": "values_seen", "inputs": [0], "attribute": "color"}
    assert run(SCENE, once) == ("ok", "blue, green")
    assert run(SCENE, {**once, "count": True}) == ("ok", "2")
    assert run(SCENE, {**once, "times": 2, "at_least": True}) == ("ok", "red")
    assert output_type("values_seen", "color", True) == "number"
    least = {"op": "most_common", "inputs": [0], "attribute": "color", "least": True}
    assert run(SCENE, least)[0] == "unknown"  # blue and green once each
    common = {"op": "most_common", "inputs": [0], "attribute": "color"}
    said = {"op": "word", "inputs": [], "value": "red"}
    assert run(SCENE, common, said, {"op": "equal", "inputs": [1, 2]}) == ("ok", "yes")


@pytest.mark.parametrize(
    ("colour", "name", "words", "expected"),
    [
        ("red", "square", "compass", "east"),
        ("blue", "star", "compass", "northwest"),
        ("blue", "star", "plain", "upper left"),
        ("green", "triangle", "clock", "7"),
    ],
)
def test_which_way_one_lies_from_another(colour: str, name: str, words: str, expected: str) -> None:
    steps = [*pick(colour, name), *[{**s, "inputs": [2] if s["op"] == "filter" else []} for s in pick("red", "circle")]]
    direction = {"op": "direction", "inputs": [1, 3], "words": words}
    assert run(*steps, direction) == ("ok", expected)


def test_a_direction_between_two_points_is_unknown() -> None:
    """A triangle at 2 o'clock and a half from the circle: between northeast and east."""
    between = GRAPH.model_copy(update={"objects": [GRAPH.objects[0], figure("e", "triangle", "green", (160.0, 70.0))]})
    steps = [{"op": "select", "inputs": [], "name": "triangle"}, {"op": "select", "inputs": [], "name": "circle"}]
    answer = execute(Program.model_validate({"steps": [*steps, {"op": "direction", "inputs": [0, 1]}]}), between)
    assert answer.status == "unknown"
