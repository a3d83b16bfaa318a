from __future__ import annotations

from nsvr.scene_graph.models import Object
from nsvr.scene_graph.relations import compute_relations_2d, compute_relations_3d, relate_containment, relate_near


def triples(relations):
    return {(r.subject, r.predicate, r.object) for r in relations}


def test_2d_left_right_above_below():
    cup = Object(id="cup", name="cup", box=(0, 0, 10, 10))
    book = Object(id="book", name="book", box=(50, 40, 70, 60))
    found = triples(compute_relations_2d([cup, book], width=100, height=100))
    assert {
        ("cup", "left", "book"),
        ("book", "right", "cup"),
        ("cup", "above", "book"),
        ("book", "below", "cup"),
    } <= found
    assert ("cup", "near", "book") not in found


def test_same_column_objects_are_neither_left_nor_right():
    a = Object(id="a", name="a", box=(10, 0, 20, 10))
    b = Object(id="b", name="b", box=(10, 50, 20, 60))
    assert not {p for _, p, _ in triples(compute_relations_2d([a, b], 100, 100))} & {"left", "right"}


def test_inside_contains_and_overlaps():
    table = Object(id="t", name="table", box=(0, 0, 100, 100))
    cup = Object(id="c", name="cup", box=(10, 10, 20, 20))
    lamp = Object(id="l", name="lamp", box=(90, 90, 150, 150))
    found = triples(relate_containment([table, cup, lamp]))
    assert {("c", "inside", "t"), ("t", "contains", "c"), ("t", "overlaps", "l"), ("l", "overlaps", "t")} == found


def test_near_depends_on_gap_relative_to_size():
    a = Object(id="a", name="a", box=(0, 0, 10, 10))
    b = Object(id="b", name="b", box=(12, 0, 22, 10))
    c = Object(id="c", name="c", box=(80, 0, 90, 10))
    found = triples(relate_near([a, b, c]))
    assert ("a", "near", "b") in found and ("a", "near", "c") not in found


def test_3d_relations_in_camera_frame():
    a = Object(id="a", name="a", position_3d=(-1.0, 0.0, 2.0))
    b = Object(id="b", name="b", position_3d=(1.0, 0.5, 4.0))
    found = triples(compute_relations_3d([a, b]))
    assert {
        ("a", "left", "b"),
        ("b", "right", "a"),
        ("a", "front", "b"),
        ("b", "behind", "a"),
        ("a", "above", "b"),
        ("b", "below", "a"),
    } <= found
    assert ("a", "near", "b") not in found
