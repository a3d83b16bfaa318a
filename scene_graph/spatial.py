"""Geometric relations computed on demand, vectorised with numpy over a graph's objects.

A :class:`Spatial` holds one graph's boxes and positions as arrays and answers "which objects are ``predicate`` of
these sources" for the families the graph declares (:class:`~nsvr.scene_graph.geometry.Geometry`). Each family
evaluates a relation exactly as its rule is written (the same floating-point operations as the renderer's or the
row-materialising code), one source against every object in O(n).

Directional predicates (left, right, above, below, front, behind, any CLEVR direction) are thresholds on a
projection: ``a rel b`` when ``key_a - key_b > margin``. From several sources, the most permissive source decides
(the one with the smallest key when looking for subjects, the largest when looking for objects), so a relate
from a set costs O(n + |sources|), not O(n * |sources|). The other predicates (near, inside, contains, overlaps)
are evaluated per source, in blocks.

>>> from nsvr.scene_graph.geometry import ALIGNED_BOX_PREDICATES, Geometry, DirectionRelations
>>> from nsvr.scene_graph.models import Object, Relation
>>> objects = [Object(id=str(i), name="cube", position_3d=(x, 0.0, 0.0)) for i, x in enumerate([0.0, -1.0, 1.0])]
>>> s = Spatial.of(objects, 480, 320, Geometry(clevr=DirectionRelations(directions={"right": (1.0, 0.0, 0.0)})))
>>> s.related("right", np.array([0]), "subject").nonzero()[0].tolist()  # what is right of object 0
[2]
>>> s.related("right", np.array([0]), "object").nonzero()[0].tolist()  # what is object 0 right of
[1]
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

from nsvr.scene_graph.geometry import ALIGNED_BOX_PREDICATES, Geometry
from nsvr.scene_graph.models import Object, Relation
from nsvr.scene_graph.names import canonical_predicate
from nsvr.scene_graph.rle import decode_crop

Indices = np.ndarray | int
PairTest = Callable[[Indices, Indices], np.ndarray]
"""``test(a, b)``: whether ``a rel b``, broadcast over index arrays (or ints)."""

BLOCK = 1 << 22
"""Per-source relations are evaluated in blocks of at most this many (source, object) pairs."""


class _Relation:
    """One predicate of one family: its exact pair test and, for a directional predicate, the projection key."""

    __slots__ = ("key", "test")

    def __init__(self, test: PairTest, key: np.ndarray | None = None) -> None:
        self.test, self.key = test, key

    def from_sources(self, sources: np.ndarray, role: str, n: int) -> np.ndarray:
        """Objects j with ``j rel s`` (role "subject") or ``s rel j`` (role "object") for some source s."""
        everything = np.arange(n)
        if self.key is not None or len(sources) == 1:
            found = np.zeros(n, dtype=bool)
            for source in sources if len(sources) == 1 else self._most_permissive(sources, role):
                found |= self.test(everything, source) if role == "subject" else self.test(source, everything)
            return found
        found = np.zeros(n, dtype=bool)
        step = max(1, BLOCK // max(n, 1))
        for start in range(0, len(sources), step):
            block = sources[start : start + step, None]
            pairs = self.test(everything[None, :], block) if role == "subject" else self.test(block, everything)
            found |= pairs.any(axis=0)
        return found

    def _most_permissive(self, sources: np.ndarray, role: str) -> np.ndarray:
        """The sources whose key is the extreme one: any object related to some source is related to these. Keys
        within rounding of the extreme all count, since the pair test may round the other way for each of them."""
        keys = self.key[sources]  # type: ignore[index]
        if np.isnan(keys).all():
            return sources[:0]
        extreme = np.nanmin(keys) if role == "subject" else np.nanmax(keys)
        close = np.abs(keys - extreme) <= 1e-9 * max(1.0, abs(float(extreme)))  # NaN compares False
        return sources[close]


class Spatial:
    """The geometric relations of n objects: one dict predicate -> relation per family."""

    def __init__(self, n: int, families: Sequence[dict[str, _Relation]]) -> None:
        self.n = n
        self.families: dict[str, list[_Relation]] = {}
        for family in families:
            for predicate, relation in family.items():
                self.families.setdefault(canonical_predicate(predicate), []).append(relation)

    @classmethod
    def of(cls, objects: Sequence[Object], width: int, height: int, geometry: Geometry) -> Spatial:
        """The families ``geometry`` declares, over ``objects`` in an image of ``width`` x ``height`` pixels."""
        families = []
        contact = _MaskContact(objects)
        if geometry.boxes is not None:
            rule = geometry.boxes
            margins = (rule.margin * width, rule.margin * height)
            families.append(box_family(boxes_of(objects), *margins, rule.inside_share, rule.near_share, contact))
        if geometry.layers is not None:
            families.append(layer_family(boxes_of(objects), layers_of(objects), contact))
        if geometry.positions is not None or geometry.clevr is not None:
            positions = positions_of(objects)
            if geometry.positions is not None:
                families.append(position_family(positions, geometry.positions.margin, geometry.positions.near))
            if geometry.clevr is not None:
                families.append(direction_family(positions, geometry.clevr.directions, geometry.clevr.eps))
        return cls(len(objects), families)

    def predicates(self) -> list[str]:
        """The predicates listed as rows: every family's, less the aligned refinements ("directly above")."""
        return [p for p in self.families if p not in ALIGNED_BOX_PREDICATES]

    def related(self, predicate: str, sources: np.ndarray, role: str) -> np.ndarray | None:
        """Boolean vector over the objects: related to some of ``sources`` (indices) by ``predicate`` in any
        family; None when no family computes ``predicate``."""
        relations = self.families.get(predicate)
        if relations is None:
            return None
        found = np.zeros(self.n, dtype=bool)
        if len(sources):
            for relation in relations:
                found |= relation.from_sources(sources, role, self.n)
        return found

    def rows(self, ids: Sequence[str], predicates: Sequence[str] | None = None) -> list[Relation]:
        """Every relation as a row, predicate by predicate, then by object, then by subject (O(n^2): on request).

        ``Relation(subject=a, predicate=p, object=b)`` reads "a is p of b"."""
        out = []
        for predicate in predicates if predicates is not None else self.predicates():
            for b in range(self.n):
                subjects = self.related(predicate, np.array([b]), "subject")
                if subjects is None:
                    break
                subjects[b] = False
                out.extend(Relation(subject=ids[a], predicate=predicate, object=ids[b]) for a in subjects.nonzero()[0])
        return out


def positions_of(objects: Sequence[Object]) -> np.ndarray:
    """``position_3d`` of each object as an (n, 3) array, NaN where unknown."""
    missing = (np.nan, np.nan, np.nan)
    rows = [missing if o.position_3d is None else o.position_3d for o in objects]
    return np.array(rows, dtype=float).reshape(len(objects), 3)


def boxes_of(objects: Sequence[Object]) -> np.ndarray:
    """``box`` of each object as an (n, 4) array, NaN where unknown."""
    missing = (np.nan, np.nan, np.nan, np.nan)
    rows = [missing if o.box is None else o.box for o in objects]
    return np.array(rows, dtype=float).reshape(len(objects), 4)


def layers_of(objects: Sequence[Object]) -> np.ndarray:
    """Each object's ``layer`` attribute (its height in a drawing's paint order), NaN where it has none."""
    values = []
    for o in objects:
        layer = o.attributes.get("layer")
        try:
            values.append(float(layer.value) if layer is not None else np.nan)
        except ValueError:
            values.append(np.nan)
    return np.array(values, dtype=float)


LAYER_REACH = 4
"""Pixels between two drawn shapes' masks that may still be their shared edge: its antialiased blend of the two
colours is neither's, and a gray shape's edge on another may pass for that one's drop shadow and be cut away."""


OVERLAP_REACH = 2
"""Pixels between two drawn shapes' masks that may still be where one overlaps the other (the antialiased blend of
their shared edge); shapes further apart, if no more than :data:`LAYER_REACH`, only nearly touch."""


def layer_family(boxes: np.ndarray, layers: np.ndarray, contact: _MaskContact) -> dict[str, _Relation]:
    """A drawing's paint order: ``a front c`` when a's layer is the higher and their masks meet (within
    :data:`LAYER_REACH`; their boxes, where either has no mask); ``a overlaps c`` when either is in front of the
    other."""
    x1, y1, x2, y2 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]

    def over(a: Indices, c: Indices, reach: int = LAYER_REACH) -> np.ndarray:
        found = (layers[a] > layers[c]) & (np.minimum(x2[a], x2[c]) + reach >= np.maximum(x1[a], x1[c]))
        found &= np.minimum(y2[a], y2[c]) + reach >= np.maximum(y1[a], y1[c])
        return contact.where_met(found, a, c, reach)

    def layered(a: Indices, c: Indices) -> np.ndarray:  # drawn one over the other, their edges at most a blend apart
        return over(a, c, OVERLAP_REACH) | over(c, a, OVERLAP_REACH)

    in_front = _Relation(over)
    return {
        # one drawn over the other: their visible parts only meet (a shape's mask is what shows of it)
        "overlaps": _Relation(layered),
        "front": in_front,
        "on top of": in_front,
        "on": in_front,
        "covering": in_front,
        "covers": in_front,
        "behind": _Relation(lambda a, c: over(c, a)),
    }


def direction_family(
    positions: np.ndarray, directions: Mapping[str, Sequence[float]], eps: float
) -> dict[str, _Relation]:
    """CLEVR's rule: ``a rel b`` when ``(p_a - p_b) . directions[rel] > eps``."""
    x, y, z = positions[:, 0], positions[:, 1], positions[:, 2]
    family = {}
    for predicate, (dx, dy, dz) in directions.items():

        def test(a: Indices, b: Indices, dx: float = dx, dy: float = dy, dz: float = dz) -> np.ndarray:
            # the renderer's sum((coords_a[k] - coords_b[k]) * direction[k] for k in 0, 1, 2) > eps
            return (x[a] - x[b]) * dx + (y[a] - y[b]) * dy + (z[a] - z[b]) * dz > eps

        family[predicate] = _Relation(test, x * dx + y * dy + z * dz)
    return family


def position_family(positions: np.ndarray, margin: float, near: float) -> dict[str, _Relation]:
    """Camera-frame 3D relations (x right, y down, z forward) beyond ``margin``; near within ``near``."""
    x, y, z = positions[:, 0], positions[:, 1], positions[:, 2]

    def close(a: Indices, b: Indices) -> np.ndarray:
        dx, dy, dz = x[a] - x[b], y[a] - y[b], z[a] - z[b]
        return (np.sqrt(dx * dx + dy * dy + dz * dz) <= near) & (np.asarray(a) != np.asarray(b))

    return {
        "left": _Relation(lambda a, b: x[a] + margin < x[b], -x),
        "right": _Relation(lambda a, b: x[a] > x[b] + margin, x),
        "above": _Relation(lambda a, b: y[a] + margin < y[b], -y),
        "below": _Relation(lambda a, b: y[a] > y[b] + margin, y),
        "front": _Relation(lambda a, b: z[a] + margin < z[b], -z),
        "behind": _Relation(lambda a, b: z[a] > z[b] + margin, z),
        "near": _Relation(close),
    }


class _MaskContact:
    """Whether two objects' masks meet (touch within a pixel, or overlap), for the pairs whose boxes share area:
    a drawing's triangles whose boxes overlap corner to corner may lie apart. Masks are decoded once each, as
    asked; None for a pair where either has no mask (their boxes then decide)."""

    def __init__(self, objects: Sequence[Object]) -> None:
        self.objects = objects
        self.crops: dict[int, tuple[int, int, np.ndarray] | None] = {}

    def _crop(self, index: int) -> tuple[int, int, np.ndarray] | None:
        if index not in self.crops:
            mask = self.objects[index].mask
            self.crops[index] = None if mask is None else decode_crop(mask)
        return self.crops[index]

    def meet(self, a: int, c: int, reach: int = 1) -> bool | None:
        """Whether the masks of objects ``a`` and ``c`` come within ``reach`` pixels of each other."""
        first, second = self._crop(a), self._crop(c)
        if first is None or second is None:
            return None
        (ax, ay, am), (cx, cy, cm) = first, second
        # the second mask grown by ``reach`` pixels, compared with the first where their windows overlap
        top, left = max(ay, cy - reach), max(ax, cx - reach)
        bottom = min(ay + am.shape[0], cy + cm.shape[0] + reach)
        right = min(ax + am.shape[1], cx + cm.shape[1] + reach)
        if bottom <= top or right <= left:
            return False
        grown = np.zeros((cm.shape[0] + 2 * reach, cm.shape[1] + 2 * reach), dtype=bool)
        for dy in range(2 * reach + 1):
            for dx in range(2 * reach + 1):
                grown[dy : dy + cm.shape[0], dx : dx + cm.shape[1]] |= cm
        mine = am[top - ay : bottom - ay, left - ax : right - ax]
        theirs = grown[top - cy + reach : bottom - cy + reach, left - cx + reach : right - cx + reach]
        return bool((mine & theirs).any())

    def where_met(self, found: np.ndarray, a: Indices, c: Indices, reach: int = 1) -> np.ndarray:
        """``found`` (pairs of ``a`` and ``c``, broadcast) less the pairs whose masks do not meet within ``reach``
        pixels (a pair where either has no mask keeps what its boxes said)."""
        if found.any():
            a_all, c_all = np.broadcast_arrays(np.asarray(a), np.asarray(c))
            for at in zip(*np.nonzero(found), strict=True):
                if self.meet(int(a_all[at]), int(c_all[at]), reach) is False:
                    found[at] = False
        return found


def box_family(
    boxes: np.ndarray,
    margin_x: float,
    margin_y: float,
    inside_share: float = 0.9,
    near_share: float = 0.5,
    contact: _MaskContact | None = None,
) -> dict[str, _Relation]:
    """2D relations from (n, 4) boxes: left/right, above/below by centres beyond the margins (pixels); inside/
    contains/overlaps by shared area (overlaps, of objects with masks: where the masks meet, ``contact``); near by
    the gap between boxes relative to the larger box."""
    x1, y1, x2, y2 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
    area = np.maximum(0.0, x2 - x1) * np.maximum(0.0, y2 - y1)
    side = (x2 - x1 + y2 - y1) / 2
    order = np.arange(len(boxes))

    def shared(a: Indices, c: Indices) -> np.ndarray:
        w = np.minimum(x2[a], x2[c]) - np.maximum(x1[a], x1[c])
        h = np.minimum(y2[a], y2[c]) - np.maximum(y1[a], y1[c])
        return np.maximum(0.0, w) * np.maximum(0.0, h)

    def inside(a: Indices, c: Indices) -> np.ndarray:
        # a is the smaller box of the pair (the earlier object on a tie) and lies mostly in c
        smaller = (area[a] < area[c]) | ((area[a] == area[c]) & (order[a] < order[c]))
        common = shared(a, c)
        with np.errstate(invalid="ignore", divide="ignore"):
            return (common > 0) & smaller & (area[a] > 0) & (common / area[a] >= inside_share)

    def overlaps(a: Indices, c: Indices) -> np.ndarray:
        distinct = np.asarray(a) != np.asarray(c)
        found = (shared(a, c) > 0) & ~inside(a, c) & ~inside(c, a) & distinct
        return found if contact is None else contact.where_met(found, a, c)

    def in_column(a: Indices, c: Indices) -> np.ndarray:
        # "directly above": the centres at most half the wider one's width apart across
        return np.abs(cx[a] - cx[c]) <= 0.5 * np.maximum(x2[a] - x1[a], x2[c] - x1[c])

    def in_row(a: Indices, c: Indices) -> np.ndarray:
        # "directly left of": the centres at most half the taller one's height apart down
        return np.abs(cy[a] - cy[c]) <= 0.5 * np.maximum(y2[a] - y1[a], y2[c] - y1[c])

    def near(a: Indices, c: Indices) -> np.ndarray:
        dx = np.maximum(0.0, np.maximum(x1[a], x1[c]) - np.minimum(x2[a], x2[c]))
        dy = np.maximum(0.0, np.maximum(y1[a], y1[c]) - np.minimum(y2[a], y2[c]))
        gap = np.sqrt(dx * dx + dy * dy)
        return (gap <= near_share * np.maximum(side[a], side[c])) & (np.asarray(a) != np.asarray(c))

    return {
        "left": _Relation(lambda a, c: cx[a] + margin_x < cx[c], -cx),
        "right": _Relation(lambda a, c: cx[c] + margin_x < cx[a], cx),
        "above": _Relation(lambda a, c: cy[a] + margin_y < cy[c], -cy),
        "below": _Relation(lambda a, c: cy[c] + margin_y < cy[a], cy),
        "directly above": _Relation(lambda a, c: (cy[a] + margin_y < cy[c]) & in_column(a, c)),
        "directly below": _Relation(lambda a, c: (cy[c] + margin_y < cy[a]) & in_column(a, c)),
        "directly left": _Relation(lambda a, c: (cx[a] + margin_x < cx[c]) & in_row(a, c)),
        "directly right": _Relation(lambda a, c: (cx[c] + margin_x < cx[a]) & in_row(a, c)),
        "same row": _Relation(lambda a, c: in_row(a, c) & (np.asarray(a) != np.asarray(c))),
        "same column": _Relation(lambda a, c: in_column(a, c) & (np.asarray(a) != np.asarray(c))),
        "inside": _Relation(inside),
        "contains": _Relation(lambda a, c: inside(c, a)),
        "overlaps": _Relation(overlaps),
        "near": _Relation(near),
    }
