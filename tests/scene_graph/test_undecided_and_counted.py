"""Steps this round added or changed: one side of an ``and`` / ``or`` that decides alone, a figure's counts as
numbers and as an order, its place in an order, where a lone figure is, and "is it small" of a middling one."""

from __future__ import annotations

from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import Attribute, Object, SceneGraph
from nsvr.scene_graph.program import Program, output_type


def figure(key: str, name: str, colour: str, box: tuple[float, float, float, float], size: str = "small") -> Object:
    attributes = {"color": Attribute(value=colour), "shape": Attribute(value=name), "size": Attribute(value=size)}
    return Object(id=key, name=name, box=box, attributes=attributes)


def run(graph: SceneGraph, *steps: dict) -> tuple[str, str]:
    answer = execute(Program.model_validate({"steps": list(steps)}), graph)
    return answer.status, answer.text


LONE = SceneGraph(width=100, height=100, objects=[figure("c", "circle", "red", (10.0, 35.0, 30.0, 55.0), "medium")])


def test_a_false_side_decides_an_and_the_other_side_cannot() -> None:
    """A circle on the left, level with the middle: whether it is "at the top" is unsure, but it is not on the
    right, so it is not in the top right corner; "top or left" is true for the same reason."""
    top = {"op": "verify", "inputs": [1], "attribute": "vposition", "value": "top"}
    right = {"op": "verify", "inputs": [1], "attribute": "hposition", "value": "right"}
    left = {"op": "verify", "inputs": [1], "attribute": "hposition", "value": "left"}
    start = [{"op": "scene", "inputs": []}, {"op": "unique", "inputs": [0]}]
    assert run(LONE, *start, top, right, {"op": "and", "inputs": [2, 3]}) == ("ok", "no")
    assert run(LONE, *start, top, left, {"op": "or", "inputs": [2, 3]}) == ("ok", "yes")
    assert run(LONE, *start, top, left, {"op": "and", "inputs": [2, 3]})[0] == "unknown"


def test_a_lone_figure_is_where_it_stands_and_a_middling_one_is_neither_small_nor_large() -> None:
    start = [{"op": "scene", "inputs": []}, {"op": "unique", "inputs": [0]}]
    assert run(LONE, *start, {"op": "query", "inputs": [1], "attribute": "place"}) == ("ok", "left")
    assert run(LONE, *start, {"op": "verify", "inputs": [1], "attribute": "size", "value": "small"})[0] == "unknown"


ROW = SceneGraph(
    width=200,
    height=200,
    objects=[
        figure("t", "triangle", "red", (10.0, 10.0, 40.0, 40.0)),
        figure("s", "square", "blue", (80.0, 90.0, 120.0, 130.0)),
        figure("u", "triangle", "green", (150.0, 150.0, 195.0, 195.0), "large"),
    ],
)


def test_counts_of_sides_are_numbers_and_order_figures() -> None:
    assert output_type("query", "sides") == "number" and output_type("query", "color") == "value"
    square = [{"op": "select", "inputs": [], "name": "square"}, {"op": "unique", "inputs": [0]}]
    sides = {"op": "query", "inputs": [1], "attribute": "sides"}
    four = {"op": "number", "inputs": [], "value": 3}
    assert run(ROW, *square, sides, four, {"op": "greater_than", "inputs": [2, 3]}) == ("ok", "yes")
    most = [{"op": "scene", "inputs": []}, {"op": "ordinal", "inputs": [0], "by": "most_sides"}]
    assert run(ROW, *most, {"op": "query", "inputs": [1], "attribute": "color"}) == ("ok", "blue")
    fewest = [{"op": "scene", "inputs": []}, {"op": "ordinal", "inputs": [0], "by": "fewest_sides"}]
    assert run(ROW, *fewest, {"op": "query", "inputs": [1], "attribute": "color"})[0] == "unknown"  # two triangles


def test_a_place_in_an_order_counts_every_figure_before_it() -> None:
    square = [{"op": "select", "inputs": [], "name": "square"}, {"op": "unique", "inputs": [0]}]
    assert run(ROW, *square, {"op": "query", "inputs": [1], "attribute": "rank_right"}) == ("ok", "2")
    assert run(ROW, *square, {"op": "query", "inputs": [1], "attribute": "rank_top"}) == ("ok", "2")
