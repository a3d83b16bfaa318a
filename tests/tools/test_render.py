from __future__ import annotations

import numpy as np

from nsvr.scene_graph.models import Attribute, Object, Relation, SceneGraph
from nsvr.tools.masks import encode
from nsvr.tools.render import DIMMED, HIGHLIGHT, draw_graph_diagram, draw_scene_graph, object_label


def _graph() -> SceneGraph:
    mask = np.zeros((100, 200), bool)
    mask[20:60, 20:60] = True
    return SceneGraph(
        width=200,
        height=100,
        objects=[
            Object(
                id="0",
                name="cup",
                box=(20, 20, 60, 60),
                mask=encode(mask),
                attributes={"color": Attribute(value="red")},
            ),
            Object(id="1", name="plate", box=(120, 30, 180, 90)),
        ],
        relations=[
            Relation(subject="0", predicate="left", object="1"),
            Relation(subject="1", predicate="right", object="0"),
        ],
    )


def test_label_lists_id_name_and_attributes() -> None:
    assert object_label(_graph().objects[0]) == "0:cup red"


def test_draw_scene_graph_highlights_evidence() -> None:
    image = np.full((100, 200, 3), 255, np.uint8)
    picture = np.asarray(draw_scene_graph(image, _graph(), highlight={"1"}))
    assert picture.shape == (100, 200, 3)
    assert tuple(picture[60, 120]) == HIGHLIGHT  # left edge of the highlighted plate's box
    assert tuple(picture[40, 20]) == DIMMED  # the other object's box is dimmed
    inside_mask = picture[45, 40]
    assert inside_mask[0] < 255 and tuple(inside_mask) != (255, 255, 255)  # the cup's mask is tinted
    assert (picture[5:15, 185:195] == 255).all()  # untouched background


def test_draw_scene_graph_scales_a_graph_to_a_larger_image() -> None:
    image = np.full((200, 400, 3), 255, np.uint8)  # twice the graph's size
    picture = np.asarray(draw_scene_graph(image, _graph(), highlight={"1"}))
    assert tuple(picture[120, 241]) == HIGHLIGHT


def test_graph_diagram_draws_nodes_where_objects_are() -> None:
    picture = draw_graph_diagram(_graph(), highlight={"0", "1"}, size=400)
    pixels = np.asarray(picture)
    assert picture.size == (400, 400)
    margin = max(40, 400 // 12)
    span = 400 - 2 * margin
    unit = span / 200  # the graph is 200x100: centred vertically, same scale on both axes
    cup = (int(margin + 40 * unit), int(margin + span / 4 + 40 * unit))
    assert tuple(pixels[cup[1], cup[0]]) == HIGHLIGHT
    assert (pixels != 255).any(axis=2).sum() > 500  # edges and labels drawn


def test_graph_diagram_without_boxes_uses_a_circle() -> None:
    graph = SceneGraph(width=0, height=0, objects=[Object(id=str(i), name="thing") for i in range(5)])
    pixels = np.asarray(draw_graph_diagram(graph, size=300))
    assert (pixels[150, 150] == 255).all()  # the centre stays empty: nodes sit on the circle
    assert (pixels != 255).any(axis=2).sum() > 200
