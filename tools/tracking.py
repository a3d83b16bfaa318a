"""Stable object identities across frames: :class:`Tracker` renames each frame's objects to track ids.

Matching is one-to-one between live tracks and new objects of the same class, by box IoU, or by 3D distance
when both sides have ``position_3d``; the Hungarian assignment (scipy) is used when scipy is installed, a
greedy best-first assignment otherwise.

>>> from nsvr.scene_graph.models import Object, SceneGraph
>>> tracker = Tracker()
>>> first = tracker.update(SceneGraph(width=100, height=100, objects=[Object(id="a", name="cup", box=(0, 0, 10, 10))]))
>>> second = tracker.update(SceneGraph(width=100, height=100, objects=[Object(id="z", name="cup", box=(1, 0, 11, 10))]))
>>> first.ids() == second.ids()
True
"""

from __future__ import annotations

import importlib.util
import math
from dataclasses import dataclass

import numpy as np

from nsvr.scene_graph.models import Object, Relation, SceneGraph
from nsvr.tools.convert import box_iou
from nsvr.tools.errors import ToolConfigError

_NO_MATCH = 1e6


@dataclass
class _Track:
    track_id: str
    name: str
    box: tuple[float, float, float, float] | None
    position: tuple[float, float, float] | None
    missed: int = 0


def assign(cost: np.ndarray, max_cost: float) -> list[tuple[int, int]]:
    """Row-column pairs of a minimum-cost one-to-one assignment, keeping pairs with cost <= ``max_cost``.

    >>> assign(np.array([[0.1, 0.9], [0.2, 0.3]]), 0.5)
    [(0, 0), (1, 1)]
    """
    if cost.size == 0:
        return []
    if importlib.util.find_spec("scipy") is not None:
        from scipy.optimize import linear_sum_assignment

        rows, cols = linear_sum_assignment(cost)
        pairs = list(zip(rows.tolist(), cols.tolist(), strict=True))
    else:
        pairs = greedy_assign(cost)
    return sorted((r, c) for r, c in pairs if cost[r, c] <= max_cost)


def greedy_assign(cost: np.ndarray) -> list[tuple[int, int]]:
    """Best-first one-to-one pairs (the fallback without scipy).

    >>> greedy_assign(np.array([[0.1, 0.9], [0.2, 0.3]]))
    [(0, 0), (1, 1)]
    """
    pairs: list[tuple[int, int]] = []
    used_rows: set[int] = set()
    used_cols: set[int] = set()
    for flat in np.argsort(cost, axis=None, kind="stable"):
        row, col = divmod(int(flat), cost.shape[1])
        if row not in used_rows and col not in used_cols:
            pairs.append((row, col))
            used_rows.add(row)
            used_cols.add(col)
    return pairs


class Tracker:
    """Gives objects ids that stay the same from frame to frame.

    ``min_iou``: boxes overlapping less are different objects; ``max_distance``: the same in 3D (units of
    ``position_3d``); ``max_missed``: frames a track survives unseen."""

    def __init__(self, min_iou: float = 0.3, max_distance: float = 0.5, max_missed: int = 5) -> None:
        if not 0.0 < min_iou <= 1.0 or max_distance <= 0 or max_missed < 0:
            raise ToolConfigError("need 0 < min_iou <= 1, max_distance > 0 and max_missed >= 0")
        self.min_iou = min_iou
        self.max_distance = max_distance
        self.max_missed = max_missed
        self.tracks: list[_Track] = []
        self._next_id = 0

    def _cost(self, track: _Track, obj: Object) -> float:
        if track.name != obj.name:
            return _NO_MATCH
        if track.position is not None and obj.position_3d is not None:
            distance = math.dist(track.position, obj.position_3d)
            return distance / self.max_distance if distance <= self.max_distance else _NO_MATCH
        if track.box is not None and obj.box is not None:
            overlap = float(box_iou([track.box], [obj.box])[0, 0])
            return 1.0 - overlap if overlap >= self.min_iou else _NO_MATCH
        return _NO_MATCH

    def update(self, graph: SceneGraph) -> SceneGraph:
        """``graph`` with object ids replaced by track ids (relations follow); new objects open new tracks."""
        cost = np.array([[self._cost(t, o) for o in graph.objects] for t in self.tracks]).reshape(
            len(self.tracks), len(graph.objects)
        )
        renamed: dict[str, str] = {}
        matched_tracks: set[int] = set()
        for row, col in assign(cost, max_cost=1.0):
            track, obj = self.tracks[row], graph.objects[col]
            track.box, track.position, track.missed = obj.box, obj.position_3d, 0
            renamed[obj.id] = track.track_id
            matched_tracks.add(row)
        for row, track in enumerate(self.tracks):
            if row not in matched_tracks:
                track.missed += 1
        for obj in graph.objects:
            if obj.id not in renamed:
                track_id = str(self._next_id)
                self._next_id += 1
                self.tracks.append(_Track(track_id, obj.name, obj.box, obj.position_3d))
                renamed[obj.id] = track_id
        self.tracks = [t for t in self.tracks if t.missed <= self.max_missed]
        objects = [obj.model_copy(update={"id": renamed[obj.id]}) for obj in graph.objects]
        relations = [
            Relation(subject=renamed[r.subject], predicate=r.predicate, object=renamed[r.object], score=r.score)
            for r in graph.relations
        ]
        return graph.model_copy(update={"objects": objects, "relations": relations})

    def reset(self) -> None:
        """Forget every track (ids restart at 0)."""
        self.tracks = []
        self._next_id = 0
