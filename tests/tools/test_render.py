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


def test_masks_are_painted_as_a_nearest_neighbour_resize_of_each_mask() -> None:
    from PIL import Image

    from nsvr.tools.render import _paint_mask

    rng = np.random.default_rng(1)
    for mask_shape, canvas_shape in [((50, 80), (100, 160)), ((120, 90), (47, 35)), ((33, 41), (33, 41))]:
        mask = np.zeros(mask_shape, bool)
        top, left = rng.integers(0, mask_shape[0] // 2), rng.integers(0, mask_shape[1] // 2)
        mask[top : top + mask_shape[0] // 3, left : left + mask_shape[1] // 4] = rng.random((1,)) < 2
        mask[rng.integers(0, mask_shape[0], 20), rng.integers(0, mask_shape[1], 20)] = True
        tints = np.zeros((*canvas_shape, 4), np.uint8)
        _paint_mask(tints, encode(mask), (10, 20, 30, 40))
        size = (canvas_shape[1], canvas_shape[0])
        expected = np.asarray(Image.fromarray(mask.astype(np.uint8) * 255).resize(size, Image.Resampling.NEAREST))
        assert ((tints[..., 3] == 40) == (expected > 127)).all()


def test_thousands_of_masks_each_show_where_they_are() -> None:
    from nsvr.tools.masks import encode_crop

    side, count = 3000, 2000
    objects = []
    for k in range(count):
        x, y = (k % 55) * 54, (k // 55) * 54
        mask = encode_crop(np.ones((40, 40), bool), (x, y), (side, side))
        objects.append(Object(id=str(k), name="square", box=(x, y, x + 40, y + 40), mask=mask))
    graph = SceneGraph(width=side, height=side, objects=objects)
    picture = np.asarray(draw_scene_graph(np.full((side, side, 3), 255, np.uint8), graph, max_side=1000))
    assert picture.shape[:2] == (1000, 1000)
    last = objects[-1].box
    inside = picture[int(last[1] / 3) + 8, int(last[0] / 3) + 8]
    assert tuple(inside) != (255, 255, 255)  # the last mask is tinted
    assert (picture[-50:, -100:] == 255).all()  # below the last row nothing is drawn
