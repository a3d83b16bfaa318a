"""A flat drawing's paint order as relations: ``front``/``behind``/``on top of`` between shapes whose masks meet,
from each shape's ``layer`` attribute, when the graph declares :class:`LayerRelations`."""

from __future__ import annotations

import numpy as np
import pytest

from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.geometry import Geometry, LayerRelations
from nsvr.scene_graph.models import Attribute, Object, SceneGraph
from nsvr.scene_graph.program import Exist, Intersect, Ordinal, Program, Query, Relate, Select, Union, Unique
from nsvr.tools.masks import encode


def _shape(i: str, name: str, rows: slice, cols: slice, layer: int | None) -> Object:
    mask = np.zeros((60, 60), bool)
    mask[rows, cols] = True
    box = (cols.start, rows.start, cols.stop, rows.stop)
    attributes = {} if layer is None else {"layer": Attribute(value=str(layer))}
    return Object(id=i, name=name, box=box, mask=encode(mask), attributes=attributes)


def drawing(layers: bool = True) -> SceneGraph:
    return SceneGraph(
        width=60,
        height=60,
        objects=[
            _shape("a", "square", slice(5, 30), slice(5, 30), 0 if layers else None),
            _shape("b", "circle", slice(20, 45), slice(20, 45), 1 if layers else None),  # lies on the square
            _shape("c", "triangle", slice(50, 58), slice(50, 58), 0 if layers else None),  # apart
        ],
        geometry=Geometry(boxes={}, layers=LayerRelations() if layers else None),
        vocabulary=["square", "circle", "triangle"],
    )


def related(graph: SceneGraph, subject: str, predicate: str, anchor: str) -> str:
    steps = [Select(name=anchor), Unique(inputs=[0]), Relate(inputs=[1], predicate=predicate)]
    steps += [Select(name=subject), Unique(inputs=[3]), Intersect(inputs=[2, 4]), Exist(inputs=[5])]
    answer = execute(Program(steps=steps), graph)
    return answer.text if answer.status == "ok" else answer.status


@pytest.mark.parametrize(
    ("subject", "predicate", "anchor", "answer"),
    [
        ("circle", "front", "square", "yes"),
        ("circle", "on top of", "square", "yes"),
        ("square", "behind", "circle", "yes"),
        ("square", "front", "circle", "no"),
        ("triangle", "behind", "circle", "no"),  # apart: on no shape and under none
    ],
)
def test_the_paint_order_relates_shapes_that_meet(subject: str, predicate: str, anchor: str, answer: str) -> None:
    assert related(drawing(), subject, predicate, anchor) == answer


def test_which_of_two_is_on_top() -> None:
    steps = [Select(name="square"), Unique(inputs=[0]), Select(name="circle"), Unique(inputs=[2])]
    steps += [Union(inputs=[1, 3], each=True), Ordinal(inputs=[4], by="front"), Query(inputs=[5], attribute="name")]
    assert execute(Program(steps=steps), drawing()).text == "circle"


def test_a_graph_without_a_paint_order_cannot_say() -> None:
    """A photo's graph declares no layers: "in front of" is not a "no" it can give from boxes."""
    assert related(drawing(layers=False), "circle", "front", "square") == "unknown"


def test_a_shape_drawn_over_another_overlaps_it_though_what_shows_of_them_only_meets() -> None:
    """What shows of a shape partly under another stops where the other begins: their masks, and here their boxes,
    share no pixel, yet one is drawn over the other, and so they overlap (the apart triangle overlaps nothing)."""
    graph = SceneGraph(
        width=60,
        height=60,
        objects=[
            _shape("a", "square", slice(5, 30), slice(5, 30), 0),  # its lower part hidden under the circle
            _shape("b", "circle", slice(30, 45), slice(0, 40), 1),
            _shape("c", "triangle", slice(50, 58), slice(50, 58), 0),
        ],
        geometry=Geometry(boxes={}, layers=LayerRelations()),
        vocabulary=["square", "circle", "triangle"],
    )
    assert related(graph, "square", "overlaps", "circle") == "yes"
    assert related(graph, "circle", "overlaps", "square") == "yes"
    assert related(graph, "triangle", "overlaps", "circle") == "no"
