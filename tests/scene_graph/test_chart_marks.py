"""A chart's marks (its bars, its slices) are drawn to scale: they compare by a small margin, where two drawn shapes
about one size are the same size. And the words people use for them name them ("wedge", "sector", "smiley face")."""

from __future__ import annotations

import pytest

from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.names import name_matches
from nsvr.scene_graph.program import Count, Filter, Larger, Program, Relate, Select, Unique


def _mark(key: str, name: str, colour: str, box: tuple[float, float, float, float]) -> dict:
    """A drawn mark, as the region proposer gives it: its outline's name as its shape (a bar's is a rectangle)."""
    attributes = {"color": {"value": colour}, "shape": {"value": "rectangle"}}
    return {"id": key, "name": name, "box": box, "attributes": attributes}


def _graph(name: str) -> SceneGraph:
    # upright boxes on one baseline, 10% apart in height (and in area): a chart's data, or two shapes of a size
    return SceneGraph(
        width=300,
        height=200,
        objects=[
            _mark("a", name, "red", (20, 90, 60, 190)),
            _mark("b", name, "blue", (80, 80, 120, 190)),
            _mark("c", name, "green", (140, 30, 180, 190)),
        ],
        vocabulary=[name],
    )


def _compare(name: str, measure: str) -> object:
    """Whether the blue one is larger (taller) than the red one."""
    program = Program(
        steps=[
            Select(name=name),
            Filter(inputs=[0], attribute="color", value="blue"),
            Unique(inputs=[1]),
            Select(name=name),
            Filter(inputs=[3], attribute="color", value="red"),
            Unique(inputs=[4]),
            Larger(inputs=[2, 5], measure=measure),
        ]
    )
    answer = execute(program, _graph(name))
    assert answer.status == "ok", answer.reason
    return answer.value


@pytest.mark.parametrize("measure", ["height", "area"])
def test_a_bar_a_tenth_taller_is_taller_two_rectangles_a_tenth_apart_are_one_size(measure: str) -> None:
    assert _compare("bar", measure) is True
    assert _compare("rectangle", measure) is False


def test_bars_taller_than_one_count_those_a_tenth_taller() -> None:
    program = Program(
        steps=[
            Select(name="bar"),
            Filter(inputs=[0], attribute="color", value="red"),
            Unique(inputs=[1]),
            Relate(inputs=[2], predicate="taller", name="bar"),
            Count(inputs=[3]),
        ]
    )
    assert execute(program, _graph("bar")).value == 2


def test_what_people_call_a_slice_and_a_smiley() -> None:
    assert all(name_matches(word, "slice") for word in ("slices", "sector", "wedges", "segment", "piece"))
    assert all(name_matches(word, "smiley") for word in ("smiley face", "smileys", "happy face"))
    assert name_matches("rectangles", "bar") and not name_matches("squares", "bar")
    assert not name_matches("slice", "bar")
