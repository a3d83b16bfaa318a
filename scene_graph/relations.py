"""Relations computed from geometry: 2D from boxes, camera-frame 3D from positions, CLEVR's own rule.

Every function returns ``Relation`` lists with canonical predicates; ``Relation(a, "left", b)`` reads "a is left
of b".

>>> from nsvr.scene_graph.models import Object
>>> cup = Object(id="cup", name="cup", box=(0, 0, 10, 10))
>>> book = Object(id="book", name="book", box=(50, 0, 60, 10))
>>> [(r.subject, r.predicate, r.object) for r in relate_left_right([cup, book], margin=1.0)]
[('cup', 'left', 'book'), ('book', 'right', 'cup')]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import permutations

from nsvr.scene_graph.models import Box, Object, Relation

CLEVR_DIRECTIONS: dict[str, tuple[float, float, float]] = {
    "behind": (-0.754490315914154, 0.6563112735748291, 0.0),
    "front": (0.754490315914154, -0.6563112735748291, -0.0),
    "left": (-0.6563112735748291, -0.7544902563095093, 0.0),
    "right": (0.6563112735748291, 0.7544902563095093, -0.0),
}
"""The direction vectors of the CLEVR v1.0 camera (identical in every released scene)."""

CLEVR_EPS = 0.2
"""CLEVR's margin: j is ``rel`` of i when (coords_j - coords_i) . direction > 0.2."""


def relate_clevr(
    positions: Sequence[Sequence[float]],
    ids: Sequence[str] | None = None,
    directions: Mapping[str, Sequence[float]] = CLEVR_DIRECTIONS,
    eps: float = CLEVR_EPS,
) -> list[Relation]:
    """CLEVR's relations, exactly as the CLEVR renderer computes ``relationships``.

    >>> [(r.subject, r.predicate, r.object) for r in relate_clevr([(0, 0, 0), (-1, -1, 0)])][:1]
    [('1', 'left', '0')]
    """
    names = list(ids) if ids is not None else [str(i) for i in range(len(positions))]
    relations = []
    for predicate in ("left", "right", "front", "behind"):
        direction = directions[predicate]
        for i, j in permutations(range(len(positions)), 2):
            dot = sum((positions[j][k] - positions[i][k]) * direction[k] for k in range(3))
            if dot > eps:
                relations.append(Relation(subject=names[j], predicate=predicate, object=names[i]))
    return relations


def _center(box: Box) -> tuple[float, float]:
    return ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)


def _area(box: Box) -> float:
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


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


def _boxed(objects: Iterable[Object]) -> list[tuple[Object, Box]]:
    return [(o, o.box) for o in objects if o.box is not None]


def relate_left_right(objects: Sequence[Object], margin: float) -> list[Relation]:
    """``a left b`` when a's box centre is more than ``margin`` pixels left of b's (and ``b right a``)."""
    out = []
    for (a, ba), (b, bb) in permutations(_boxed(objects), 2):
        if _center(ba)[0] + margin < _center(bb)[0]:
            out.append(Relation(subject=a.id, predicate="left", object=b.id))
            out.append(Relation(subject=b.id, predicate="right", object=a.id))
    return out


def relate_above_below(objects: Sequence[Object], margin: float) -> list[Relation]:
    """``a above b`` when a's box centre is more than ``margin`` pixels higher than b's (and ``b below a``)."""
    out = []
    for (a, ba), (b, bb) in permutations(_boxed(objects), 2):
        if _center(ba)[1] + margin < _center(bb)[1]:
            out.append(Relation(subject=a.id, predicate="above", object=b.id))
            out.append(Relation(subject=b.id, predicate="below", object=a.id))
    return out


def relate_containment(objects: Sequence[Object], inside_share: float = 0.9) -> list[Relation]:
    """``a inside b`` / ``b contains a`` when most of a's box lies in the larger box b; ``overlaps`` (both
    ways) when the boxes intersect otherwise."""
    out = []
    boxed = _boxed(objects)
    for index, (a, ba) in enumerate(boxed):
        for b, bb in boxed[index + 1 :]:
            shared = intersection_area(ba, bb)
            if shared <= 0:
                continue
            small, big, small_box = (a, b, ba) if _area(ba) <= _area(bb) else (b, a, bb)
            if _area(small_box) > 0 and shared / _area(small_box) >= inside_share:
                out.append(Relation(subject=small.id, predicate="inside", object=big.id))
                out.append(Relation(subject=big.id, predicate="contains", object=small.id))
            else:
                out.append(Relation(subject=a.id, predicate="overlaps", object=b.id))
                out.append(Relation(subject=b.id, predicate="overlaps", object=a.id))
    return out


def relate_near(objects: Sequence[Object], share_of_size: float = 0.5) -> list[Relation]:
    """``near`` (both ways) when the gap between boxes is under ``share_of_size`` of the larger box's mean
    side."""
    out = []
    boxed = _boxed(objects)
    for index, (a, ba) in enumerate(boxed):
        for b, bb in boxed[index + 1 :]:
            side = max((ba[2] - ba[0] + ba[3] - ba[1]) / 2, (bb[2] - bb[0] + bb[3] - bb[1]) / 2)
            if box_gap(ba, bb) <= share_of_size * side:
                out.append(Relation(subject=a.id, predicate="near", object=b.id))
                out.append(Relation(subject=b.id, predicate="near", object=a.id))
    return out


def compute_relations_2d(objects: Sequence[Object], width: int, height: int) -> list[Relation]:
    """All 2D relations of boxed objects: left/right, above/below (margin 1% of the image side), inside/contains,
    overlaps, near."""
    return (
        relate_left_right(objects, margin=0.01 * width)
        + relate_above_below(objects, margin=0.01 * height)
        + relate_containment(objects)
        + relate_near(objects)
    )


def compute_relations_3d(objects: Sequence[Object], margin: float = 0.1, near: float = 1.0) -> list[Relation]:
    """Camera-frame 3D relations from ``position_3d`` (x right, y down, z forward, as OpenCV's pinhole camera):
    left/right by x, above/below by y, front (closer) / behind by z, each beyond ``margin``; ``near`` within
    ``near`` units.

    >>> a = Object(id="a", name="cup", position_3d=(0, 0, 1.0))
    >>> b = Object(id="b", name="box", position_3d=(0, 0, 2.0))
    >>> sorted((r.subject, r.predicate) for r in compute_relations_3d([a, b]) if r.predicate != "near")
    [('a', 'front'), ('b', 'behind')]
    """
    placed = [(o, o.position_3d) for o in objects if o.position_3d is not None]
    out = []
    for (a, pa), (b, pb) in permutations(placed, 2):
        if pa[0] + margin < pb[0]:
            out.append(Relation(subject=a.id, predicate="left", object=b.id))
        if pa[0] > pb[0] + margin:
            out.append(Relation(subject=a.id, predicate="right", object=b.id))
        if pa[1] + margin < pb[1]:
            out.append(Relation(subject=a.id, predicate="above", object=b.id))
        if pa[1] > pb[1] + margin:
            out.append(Relation(subject=a.id, predicate="below", object=b.id))
        if pa[2] + margin < pb[2]:
            out.append(Relation(subject=a.id, predicate="front", object=b.id))
        if pa[2] > pb[2] + margin:
            out.append(Relation(subject=a.id, predicate="behind", object=b.id))
        if sum((pa[k] - pb[k]) ** 2 for k in range(3)) ** 0.5 <= near:
            out.append(Relation(subject=a.id, predicate="near", object=b.id))
    return out
