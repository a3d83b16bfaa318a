"""A drawing's figures compare by their measured areas (their size classes are read off those areas and a
runner-up class had made "which shape is the largest" depend on a coin flip), a side of the picture asked of one
thing is its half where it stands clearly off the midline, and "a rectangle or a square?" of a square is the
square."""

from __future__ import annotations

import numpy as np
import pytest

from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.program import Choose, Ordinal, Program, Query, Same, Select, Unique, Verify
from nsvr.tools.masks import encode


def _figure(i: str, name: str, box: list[float], size: str, side: int = 128) -> dict:
    """A figure as the region proposer gives it: its box filled as its mask, its size class, its shape."""
    filled = np.zeros((side, side), dtype=bool)
    filled[int(box[1]) : int(box[3]), int(box[0]) : int(box[2])] = True
    return {
        "id": i,
        "name": name,
        "box": box,
        "mask": encode(filled).model_dump(),
        "attributes": {"shape": {"value": name}, "size": {"value": size}},
    }


def test_a_drawings_largest_figure_is_the_one_of_largest_area() -> None:
    graph = SceneGraph(
        width=128,
        height=128,
        objects=[
            _figure("c", "circle", [22, 79, 54, 111], "small"),
            _figure("r", "rectangle", [86, 80, 101, 108], "medium"),
        ],
    )
    steps = [Select(name="shape"), Ordinal(inputs=[0], by="largest"), Query(inputs=[1], attribute="name")]
    assert execute(Program(steps=steps), graph).text == "circle"


def test_solids_still_go_by_their_size_class() -> None:
    graph = SceneGraph(
        width=128,
        height=128,
        objects=[_figure("a", "cube", [22, 79, 54, 111], "small"), _figure("b", "cube", [86, 80, 101, 108], "large")],
    )
    steps = [Select(name="cube"), Ordinal(inputs=[0], by="largest"), Query(inputs=[1], attribute="size")]
    assert execute(Program(steps=steps), graph).text == "large"


@pytest.mark.parametrize(
    ("centre", "side", "answer"),
    [(20, "left", "yes"), (38, "left", "yes"), (46, "left", "unknown"), (55, "left", "no"), (62, "right", "yes")],
)
def test_a_side_of_one_thing_off_the_midline(centre: int, side: str, answer: str) -> None:
    graph = SceneGraph(
        width=100, height=100, objects=[_figure("s", "square", [centre - 5, 40, centre + 5, 50], "small")]
    )
    steps = [Select(name="square"), Unique(inputs=[0]), Verify(inputs=[1], attribute="hposition", value=side)]
    assert execute(Program(steps=steps), graph).text == answer


def test_the_narrower_kind_of_two_offered_is_the_answer() -> None:
    graph = SceneGraph(width=64, height=64, objects=[_figure("s", "square", [10, 10, 30, 30], "small", side=64)])
    steps = [
        Select(name="shape"),
        Unique(inputs=[0]),
        Choose(inputs=[1], attribute="name", options=["rectangle", "square"]),
    ]
    assert execute(Program(steps=steps), graph).text == "square"


@pytest.mark.parametrize(("side", "answer"), [(19, "yes"), (28, "no")])
def test_figures_are_the_same_size_by_their_areas(side: int, answer: str) -> None:
    graph = SceneGraph(
        width=128,
        height=128,
        objects=[
            _figure("a", "square", [10, 10, 30, 30], "small"),
            _figure("b", "circle", [60, 60, 60 + side, 60 + side], "medium"),
        ],
    )
    steps = [
        Select(name="square"),
        Unique(inputs=[0]),
        Select(name="circle"),
        Unique(inputs=[2]),
        Same(inputs=[1, 3], attribute="size"),
    ]
    assert execute(Program(steps=steps), graph).text == answer


def test_figures_without_masks_keep_their_size_classes() -> None:
    """A hand-made graph's boxes hold a star's corners as well: its size class is what it says."""
    star, square = (
        _figure(i, n, b, "medium") for i, n, b in (("a", "star", [0, 0, 40, 40]), ("b", "square", [60, 60, 80, 80]))
    )
    graph = SceneGraph(width=128, height=128, objects=[{**star, "mask": None}, {**square, "mask": None}])
    steps = [
        Select(name="star"),
        Unique(inputs=[0]),
        Select(name="square"),
        Unique(inputs=[2]),
        Same(inputs=[1, 3], attribute="size"),
    ]
    assert execute(Program(steps=steps), graph).text == "yes"
