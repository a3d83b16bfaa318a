"""Places in a drawing's grid: "the top row", "the top left corner" are its figures' own rows and columns, wherever
the grid stands on the page; a scatter's places, and a photo's, are thirds of the picture."""

from __future__ import annotations

import numpy as np

from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.index import lines
from nsvr.scene_graph.models import Attribute, Object, SceneGraph
from nsvr.scene_graph.program import Program


def _grid(name: str = "circle", rows: int = 4, columns: int = 5) -> SceneGraph:
    """A grid of figures in the top left of a 1000 px page (every row lies in the top third but the last)."""
    objects = []
    for r in range(rows):
        for c in range(columns):
            colour = "red" if (r, c) == (0, 0) else "blue" if (r, c) == (0, columns - 1) else "green"
            x, y = 40 + 70 * c, 40 + 70 * r
            objects.append(
                Object(
                    id=f"o{r}{c}",
                    name=name,
                    box=(x, y, x + 40, y + 40),
                    attributes={"color": Attribute(value=colour), "shape": Attribute(value="circle")},
                )
            )
    return SceneGraph(width=1000, height=1000, objects=objects)


def _run(graph: SceneGraph, steps: list[dict]) -> str:
    return execute(Program(steps=steps), graph).text


def test_rows_and_columns_part_at_the_gaps() -> None:
    boxes = np.array([(x, y, x + 10, y + 10) for y in (0, 30) for x in (0, 15, 30)], dtype=float)
    assert lines(boxes, "row") == ["top"] * 3 + ["bottom"] * 3
    assert lines(boxes, "column") == ["left", "middle", "right"] * 2
    overlapping = np.array([(x, 0, x + 10, 10) for x in (0, 4, 8)], dtype=float)
    assert lines(overlapping, "column") is None  # centres closer than half a figure: one column, no grid
    assert lines(boxes[:1], "row") is None


def test_the_top_row_of_a_grid_is_its_first_row() -> None:
    top = [
        {"op": "scene"},
        {"op": "filter", "inputs": [0], "attribute": "vposition", "value": "top"},
        {"op": "count", "inputs": [1]},
    ]
    assert _run(_grid(), top) == "5"


def test_a_corner_of_a_grid_is_its_first_row_and_last_column() -> None:
    corner = [
        {"op": "scene"},
        {"op": "filter", "inputs": [0], "attribute": "vposition", "value": "top"},
        {"op": "filter", "inputs": [1], "attribute": "hposition", "value": "right"},
        {"op": "unique", "inputs": [2]},
        {"op": "query", "inputs": [3], "attribute": "color"},
    ]
    assert _run(_grid(), corner) == "blue"


def test_a_photo_s_things_keep_thirds_of_the_picture() -> None:
    top = [
        {"op": "scene"},
        {"op": "filter", "inputs": [0], "attribute": "vposition", "value": "top"},
        {"op": "count", "inputs": [1]},
    ]
    photo = _grid(name="cup")
    for obj in photo.objects:
        obj.attributes.pop("shape")
    assert _run(photo, top) == "20"  # every row's centre lies in the top third of the page
