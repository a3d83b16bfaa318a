"""Steps this round added: the odd one out, a number's parity, a yes or no said as a word, "twice as big", the
edges of the picture, and the same row or column."""

from __future__ import annotations

import pytest

from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import Attribute, Object, SceneGraph
from nsvr.scene_graph.program import Program, output_type


def figure(key: str, name: str, colour: str, box: tuple[float, float, float, float]) -> Object:
    attributes = {"color": Attribute(value=colour), "shape": Attribute(value=name)}
    return Object(id=key, name=name, box=box, attributes=attributes)


def graph(*objects: Object) -> SceneGraph:
    return SceneGraph(width=100, height=100, objects=list(objects))


def run(scene: SceneGraph, *steps: dict) -> tuple[str, str]:
    answer = execute(Program.model_validate({"steps": list(steps)}), scene)
    return answer.status, answer.text


SCENE = {"op": "scene", "inputs": []}
# three red circles and a blue one: the blue circle is odd in colour, no one in shape
ODD_COLOUR = graph(
    figure("a", "circle", "red", (5.0, 5.0, 15.0, 15.0)),
    figure("b", "circle", "red", (30.0, 5.0, 40.0, 15.0)),
    figure("c", "circle", "blue", (55.0, 5.0, 65.0, 15.0)),
    figure("d", "circle", "red", (80.0, 5.0, 90.0, 15.0)),
)


def test_the_odd_one_out_is_the_one_unlike_all_the_others() -> None:
    odd = {"op": "odd_one_out", "inputs": [0]}
    assert run(ODD_COLOUR, SCENE, odd, {"op": "query", "inputs": [1], "attribute": "color"}) == ("ok", "blue")
    assert run(ODD_COLOUR, SCENE, {**odd, "describe": True}) == ("ok", "blue")
    assert run(ODD_COLOUR, SCENE, {**odd, "attribute": "shape"}, {"op": "exist", "inputs": [1]}) == ("ok", "no")
    assert output_type("odd_one_out", None, True) == "value" and output_type("odd_one_out") == "object"


def test_two_odd_ones_in_two_ways_leave_it_unknown_and_two_figures_have_none() -> None:
    two_ways = graph(
        figure("a", "circle", "red", (5.0, 5.0, 15.0, 15.0)),
        figure("b", "circle", "red", (30.0, 5.0, 40.0, 15.0)),
        figure("c", "circle", "blue", (55.0, 5.0, 65.0, 15.0)),
        figure("d", "square", "red", (80.0, 5.0, 90.0, 15.0)),
    )
    assert run(two_ways, SCENE, {"op": "odd_one_out", "inputs": [0], "describe": True})[0] == "unknown"
    pair = graph(*ODD_COLOUR.objects[2:])
    assert run(pair, SCENE, {"op": "odd_one_out", "inputs": [0]}, {"op": "exist", "inputs": [1]})[0] == "unknown"


@pytest.mark.parametrize(("count", "even", "word"), [(0, "yes", "even"), (3, "no", "odd"), (4, "yes", "even")])
def test_parity_and_a_yes_or_no_said_as_a_word(count: int, even: str, word: str) -> None:
    scene = graph(*ODD_COLOUR.objects[:count])
    steps = [SCENE, {"op": "count", "inputs": [0]}, {"op": "even", "inputs": [1]}]
    assert run(scene, *steps) == ("ok", even)
    assert run(scene, *steps, {"op": "worded", "inputs": [2], "words": ["even", "odd"]}) == ("ok", word)


def _square(key: str, side: float) -> Object:
    return Object(id=key, name="square", box=(0.0, 0.0, side, side), attributes={"color": Attribute(value=key)})


@pytest.mark.parametrize(("side", "answer"), [(21.0, "yes"), (14.0, "no"), (17.0, "unknown")])
def test_twice_as_big_is_yes_by_both_readings_no_by_neither_and_unknown_between(side: float, answer: str) -> None:
    """Against a 10 px square: 21 px is over four times its area (twice its width too), 14 px under twice its area;
    17 px is twice its area but not its width."""
    scene = graph(_square("big", side), _square("small", 10.0))
    picks = [{"op": "filter", "inputs": [0], "attribute": "color", "value": v} for v in ("big", "small")]
    larger = {"op": "larger", "inputs": [1, 2], "times": 2}
    status, text = run(scene, SCENE, *picks, larger)
    assert (text if status == "ok" else status) == answer
    smaller = {"op": "larger", "inputs": [2, 1], "times": 2, "smaller": True}
    status, text = run(scene, SCENE, *picks, smaller)
    assert (text if status == "ok" else status) == answer


@pytest.mark.parametrize(
    ("box", "answer"),
    [((1.0, 40.0, 11.0, 50.0), "yes"), ((40.0, 40.0, 50.0, 50.0), "no"), ((15.0, 40.0, 25.0, 50.0), "unknown")],
)
def test_at_an_edge_near_it_away_from_it_or_between(box: tuple[float, float, float, float], answer: str) -> None:
    scene = graph(figure("a", "circle", "red", box))
    verify = {"op": "verify", "inputs": [1], "attribute": "left_edge", "value": "yes"}
    status, text = run(scene, SCENE, {"op": "unique", "inputs": [0]}, verify)
    assert (text if status == "ok" else status) == answer


def test_an_object_in_doubt_at_one_edge_does_not_stop_a_question_about_another() -> None:
    scene = graph(figure("a", "circle", "red", (1.0, 40.0, 11.0, 50.0)), figure("b", "square", "blue", (75, 5, 85, 15)))
    count = [SCENE, {"op": "filter", "inputs": [0], "attribute": "left_edge", "value": "yes"}]
    assert run(scene, *count, {"op": "count", "inputs": [1]}) == ("ok", "1")
    right = [SCENE, {"op": "filter", "inputs": [0], "attribute": "right_edge", "value": "yes"}]
    assert run(scene, *right, {"op": "count", "inputs": [1]})[0] == "unknown"  # the square is 15 px from it


def test_the_same_row_and_column_are_level_either_way() -> None:
    scene = graph(
        figure("a", "circle", "red", (5.0, 40.0, 15.0, 50.0)),
        figure("b", "square", "blue", (70.0, 42.0, 80.0, 52.0)),
        figure("c", "star", "green", (7.0, 80.0, 17.0, 90.0)),
    )
    start = [
        SCENE,
        {"op": "filter", "inputs": [0], "attribute": "color", "value": "red"},
        {"op": "unique", "inputs": [1]},
    ]
    row = {"op": "relate", "inputs": [2], "predicate": "same row"}
    column = {"op": "relate", "inputs": [2], "predicate": "same column"}
    assert run(scene, *start, row, {"op": "query", "inputs": [3], "attribute": "name"}) == ("ok", "square")
    assert run(scene, *start, column, {"op": "query", "inputs": [3], "attribute": "name"}) == ("ok", "star")
