"""How a drawing's figures are compared with one another: which of two stands higher, "the big triangle" of
triangles none large by the size classes, and two figures apart both ways, which stand in no grid."""

from __future__ import annotations

from nsvr.scene_graph import Attribute, Object, SceneGraph, execute
from nsvr.scene_graph import program as P


def _figure(key: str, name: str, colour: str, box: tuple[float, float, float, float], size: str = "medium") -> Object:
    attributes = {"color": Attribute(value=colour), "shape": Attribute(value=name), "size": Attribute(value=size)}
    return Object(id=key, name=name, box=box, attributes=attributes)


def _run(graph: SceneGraph, *steps: P.Step):  # type: ignore[name-defined]
    return execute(P.Program(steps=list(steps)), graph)


def test_which_of_two_is_higher_is_the_one_above_the_other() -> None:
    graph = SceneGraph(
        width=100,
        height=100,
        objects=[
            _figure("b", "circle", "blue", (10, 60, 30, 80)),
            _figure("o", "triangle", "orange", (60, 10, 80, 30)),
        ],
    )
    blue = [P.Scene(), P.Filter(inputs=[0], attribute="color", value="blue"), P.Unique(inputs=[1])]
    orange = [P.Filter(inputs=[0], attribute="color", value="orange"), P.Unique(inputs=[3])]
    higher = _run(graph, *blue, *orange, P.Compare(inputs=[2, 4], comparative="higher"))
    lower = _run(graph, *blue, *orange, P.Compare(inputs=[2, 4], comparative="lower"))
    assert (higher.value, lower.value) == ("triangle", "circle")


def test_the_big_one_of_figures_none_large_by_class_is_the_clearly_bigger_one() -> None:
    graph = SceneGraph(
        width=100,
        height=100,
        objects=[
            _figure("s", "triangle", "red", (10, 10, 20, 20)),
            _figure("l", "triangle", "blue", (50, 50, 80, 80)),
            _figure("c", "circle", "green", (10, 60, 30, 80)),
        ],
    )
    big = [P.Select(name="triangle"), P.Filter(inputs=[0], attribute="size", value="large"), P.Unique(inputs=[1])]
    assert _run(graph, *big, P.Query(inputs=[2], attribute="color")).value == "blue"
    small = [P.Select(name="triangle"), P.Filter(inputs=[0], attribute="size", value="small"), P.Unique(inputs=[1])]
    assert _run(graph, *small, P.Query(inputs=[2], attribute="color")).value == "red"
    # of figures of about one size, none is "the big one"
    even = graph.model_copy(update={"objects": [graph.objects[0], _figure("t", "triangle", "blue", (50, 50, 61, 61))]})
    assert _run(even, *big, P.Query(inputs=[2], attribute="color")).status == "unknown"


def test_two_figures_apart_both_ways_stand_in_the_pictures_thirds_not_in_a_grid() -> None:
    """A figure high on the left and one low in the left third: neither is "on the right" of the picture."""
    graph = SceneGraph(
        width=128,
        height=128,
        objects=[
            _figure("r", "rectangle", "black", (25, 15, 55, 37)),
            _figure("c", "circle", "blue", (9, 78, 33, 102)),
        ],
    )
    right = _run(graph, P.Scene(), P.Filter(inputs=[0], attribute="hposition", value="right"), P.Count(inputs=[1]))
    assert right.value == 0
