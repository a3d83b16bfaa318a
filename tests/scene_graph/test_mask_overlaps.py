"""Two drawn shapes overlap where their masks meet, not where their boxes do: triangles whose boxes share a corner
can lie apart."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.program import Exist, Intersect, Program, Relate, Select, Unique
from nsvr.tools.masks import encode


def _shape(i: str, name: str, corners: list[tuple[int, int]] | None) -> dict:
    filled = np.zeros((64, 64), np.uint8)
    cv2.fillPoly(filled, [np.array(corners, np.int32)], 1)
    ys, xs = np.nonzero(filled)
    box = [int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1]
    return {"id": i, "name": name, "box": box, "mask": encode(filled > 0).model_dump()}


@pytest.mark.parametrize(("other", "answer"), [("square", "no"), ("circle", "yes")])
def test_overlap_is_where_the_masks_meet(other: str, answer: str) -> None:
    graph = SceneGraph(
        width=64,
        height=64,
        geometry={"boxes": {}},
        objects=[
            _shape("a", "triangle", [(0, 0), (30, 0), (0, 30)]),
            _shape("b", "square", [(32, 32), (32, 10), (10, 32)]),  # its box overlaps the triangle's, it does not
            _shape("c", "circle", [(20, 5), (40, 5), (20, 25)]),
        ],
    )
    steps = [Select(name="triangle"), Unique(inputs=[0]), Select(name=other), Unique(inputs=[2])]
    steps += [Relate(inputs=[1], predicate="overlaps"), Intersect(inputs=[4, 3]), Exist(inputs=[5])]
    assert execute(Program(steps=steps), graph).text == answer


def test_boxes_decide_without_masks() -> None:
    objects = [{"id": "a", "name": "cup", "box": [0, 0, 20, 20]}, {"id": "b", "name": "plate", "box": [10, 10, 30, 30]}]
    graph = SceneGraph(width=64, height=64, geometry={"boxes": {}}, objects=objects)
    steps = [Select(name="cup"), Relate(inputs=[0], predicate="overlaps"), Exist(inputs=[1])]
    assert execute(Program(steps=steps), graph).text == "yes"
