"""Geometric relations as rows: 2D from boxes, camera-frame 3D from positions, CLEVR's own rule.

Queries never need these rows: a graph declares its geometry (:mod:`nsvr.scene_graph.geometry`) and the executor
computes what a program touches (:mod:`nsvr.scene_graph.spatial`). These functions materialise the same rules as
``Relation`` lists with canonical predicates, for export and for code that reads relations as rows;
``Relation(a, "left", b)`` reads "a is left of b".

>>> from nsvr.scene_graph.models import Object
>>> cup = Object(id="cup", name="cup", box=(0, 0, 10, 10))
>>> book = Object(id="book", name="book", box=(50, 0, 60, 10))
>>> [(r.subject, r.predicate, r.object) for r in relate_left_right([cup, book], margin=1.0)]
[('cup', 'left', 'book'), ('book', 'right', 'cup')]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from nsvr.scene_graph.geometry import CLEVR_DIRECTIONS, CLEVR_EPS
from nsvr.scene_graph.models import Box, Object, Relation
from nsvr.scene_graph.spatial import Spatial, box_family, boxes_of, direction_family, position_family, positions_of

__all__ = [
    "CLEVR_DIRECTIONS",
    "CLEVR_EPS",
    "box_gap",
    "compute_relations_2d",
    "compute_relations_3d",
    "intersection_area",
    "relate_above_below",
    "relate_clevr",
    "relate_containment",
    "relate_left_right",
    "relate_near",
]

CLEVR_PREDICATES = ("left", "right", "front", "behind")


def relate_clevr(
    positions: Sequence[Sequence[float]],
    ids: Sequence[str] | None = None,
    directions: Mapping[str, Sequence[float]] = CLEVR_DIRECTIONS,
    eps: float = CLEVR_EPS,
) -> list[Relation]:
    """CLEVR's relations, exactly as the CLEVR renderer computes ``relationships`` (left, right, front, behind).

    >>> [(r.subject, r.predicate, r.object) for r in relate_clevr([(0, 0, 0), (-1, -1, 0)])][:1]
    [('1', 'left', '0')]
    """
    names = list(ids) if ids is not None else [str(i) for i in range(len(positions))]
    array = np.asarray(positions, dtype=float).reshape(len(positions), 3)
    family = direction_family(array, {p: directions[p] for p in CLEVR_PREDICATES}, eps)
    return Spatial(len(names), [family]).rows(names, CLEVR_PREDICATES)


def intersection_area(a: Box, b: Box) -> float:
    """The area two boxes share.

    >>> intersection_area((0, 0, 10, 10), (5, 5, 20, 20))
    25.0
    """
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return float(max(0.0, w) * max(0.0, h))


def box_gap(a: Box, b: Box) -> float:
    """The distance between two boxes (0 when they touch or overlap).

    >>> box_gap((0, 0, 10, 10), (13, 14, 20, 20))
    5.0
    """
    dx = max(0.0, max(a[0], b[0]) - min(a[2], b[2]))
    dy = max(0.0, max(a[1], b[1]) - min(a[3], b[3]))
    return float((dx * dx + dy * dy) ** 0.5)


def _box_rows(
    objects: Sequence[Object],
    predicates: Sequence[str],
    margin_x: float = 0.0,
    margin_y: float = 0.0,
    inside_share: float = 0.9,
    near_share: float = 0.5,
) -> list[Relation]:
    family = box_family(boxes_of(objects), margin_x, margin_y, inside_share, near_share)
    return Spatial(len(objects), [family]).rows([o.id for o in objects], predicates)


def relate_left_right(objects: Sequence[Object], margin: float) -> list[Relation]:
    """``a left b`` when a's box centre is more than ``margin`` pixels left of b's (and ``b right a``)."""
    return _box_rows(objects, ("left", "right"), margin_x=margin)


def relate_above_below(objects: Sequence[Object], margin: float) -> list[Relation]:
    """``a above b`` when a's box centre is more than ``margin`` pixels higher than b's (and ``b below a``)."""
    return _box_rows(objects, ("above", "below"), margin_y=margin)


def relate_containment(objects: Sequence[Object], inside_share: float = 0.9) -> list[Relation]:
    """``a inside b`` / ``b contains a`` when most of a's box lies in the larger box b; ``overlaps`` (both
    ways) when the boxes intersect otherwise."""
    return _box_rows(objects, ("inside", "contains", "overlaps"), inside_share=inside_share)


def relate_near(objects: Sequence[Object], share_of_size: float = 0.5) -> list[Relation]:
    """``near`` (both ways) when the gap between boxes is under ``share_of_size`` of the larger box's mean
    side."""
    return _box_rows(objects, ("near",), near_share=share_of_size)


def compute_relations_2d(objects: Sequence[Object], width: int, height: int) -> list[Relation]:
    """All 2D relations of boxed objects: left/right, above/below (margin 1% of the image side), inside/contains,
    overlaps, near (the rows of ``Geometry(boxes=BoxRelations())``)."""
    return _box_rows(
        objects,
        ("left", "right", "above", "below", "inside", "contains", "overlaps", "near"),
        0.01 * width,
        0.01 * height,
    )


def compute_relations_3d(objects: Sequence[Object], margin: float = 0.1, near: float = 1.0) -> list[Relation]:
    """Camera-frame 3D relations from ``position_3d`` (x right, y down, z forward, as OpenCV's pinhole camera):
    left/right by x, above/below by y, front (closer) / behind by z, each beyond ``margin``; ``near`` within
    ``near`` units (the rows of ``Geometry(positions=PositionRelations())``).

    >>> a = Object(id="a", name="cup", position_3d=(0, 0, 1.0))
    >>> b = Object(id="b", name="box", position_3d=(0, 0, 2.0))
    >>> sorted((r.subject, r.predicate) for r in compute_relations_3d([a, b]) if r.predicate != "near")
    [('a', 'front'), ('b', 'behind')]
    """
    family = position_family(positions_of(objects), margin, near)
    return Spatial(len(objects), [family]).rows([o.id for o in objects])
