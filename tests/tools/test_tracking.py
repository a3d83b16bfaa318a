from __future__ import annotations

import numpy as np
import pytest

from nsvr.scene_graph.models import Object, Relation, SceneGraph
from nsvr.tools import tracking
from nsvr.tools.errors import ToolConfigError
from nsvr.tools.tracking import Tracker, assign, greedy_assign


def _frame(*objects: Object, relations: list[Relation] | None = None) -> SceneGraph:
    return SceneGraph(width=200, height=200, objects=list(objects), relations=relations or [])


def test_ids_stay_stable_while_objects_move() -> None:
    tracker = Tracker()
    seen = []
    for step in range(4):
        shift = 5 * step
        frame = _frame(
            Object(id="a", name="car", box=(10 + shift, 10, 50 + shift, 40)),
            Object(id="b", name="person", box=(100 - shift, 100, 120 - shift, 160)),
        )
        seen.append({o.name: o.id for o in tracker.update(frame).objects})
    assert all(ids == seen[0] for ids in seen)


def test_order_in_the_frame_does_not_matter_and_relations_follow() -> None:
    tracker = Tracker()
    first = tracker.update(
        _frame(Object(id="x", name="cup", box=(0, 0, 10, 10)), Object(id="y", name="cup", box=(50, 0, 60, 10)))
    )
    swapped = tracker.update(
        _frame(
            Object(id="p", name="cup", box=(51, 0, 61, 10)),
            Object(id="q", name="cup", box=(1, 0, 11, 10)),
            relations=[Relation(subject="q", predicate="left", object="p")],
        )
    )
    left_cup = first.objects[0].id
    assert swapped.objects[1].id == left_cup
    assert swapped.relations[0].subject == left_cup


def test_class_change_or_jump_opens_a_new_track_and_old_tracks_expire() -> None:
    tracker = Tracker(max_missed=1)
    start = tracker.update(_frame(Object(id="a", name="cup", box=(0, 0, 10, 10)))).objects[0].id
    other = tracker.update(_frame(Object(id="a", name="bowl", box=(0, 0, 10, 10)))).objects[0].id
    assert other != start
    far = tracker.update(_frame(Object(id="a", name="bowl", box=(150, 150, 160, 160)))).objects[0].id
    assert far not in (start, other)
    assert len(tracker.tracks) == 2  # the cup track was unseen for two frames and is gone
    tracker.reset()
    assert tracker.update(_frame(Object(id="z", name="cup", box=(0, 0, 1, 1)))).objects[0].id == "0"


def test_three_d_positions_match_by_distance() -> None:
    tracker = Tracker(max_distance=0.5)
    first = tracker.update(_frame(Object(id="a", name="ball", position_3d=(0.0, 0.0, 2.0))))
    near = tracker.update(_frame(Object(id="b", name="ball", position_3d=(0.2, 0.0, 2.1))))
    far = tracker.update(_frame(Object(id="c", name="ball", position_3d=(3.0, 0.0, 2.0))))
    assert near.objects[0].id == first.objects[0].id
    assert far.objects[0].id != first.objects[0].id


def test_hungarian_beats_greedy_and_fallback_works(monkeypatch: pytest.MonkeyPatch) -> None:
    cost = np.array([[0.1, 0.2], [0.15, 0.9]])
    assert greedy_assign(cost) == [(0, 0), (1, 1)]  # total 1.0
    pytest.importorskip("scipy")
    assert assign(cost, max_cost=1.0) == [(0, 1), (1, 0)]  # optimal total 0.35
    monkeypatch.setattr(tracking.importlib.util, "find_spec", lambda name: None)
    assert assign(cost, max_cost=1.0) == [(0, 0), (1, 1)]


def test_bad_settings() -> None:
    with pytest.raises(ToolConfigError):
        Tracker(min_iou=0)
