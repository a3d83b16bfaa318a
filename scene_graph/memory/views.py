"""The memory seen from a viewpoint: a :class:`SceneGraph` every program, planner and tool can use.

Objects keep their stable memory ids. ``position_3d`` is in the viewpoint camera's frame (x right, y down, z
forward) and ``box`` is the object's projection when the viewpoint has intrinsics, so ordinals and pictures work
as for a photo; left/right/front/behind follow CLEVR's rule with the viewpoint's ground directions
(:func:`viewpoint_relations`). Attributes are the fused votes (the runner-up values stay as ``alternatives``, so
the executor's revisions apply), plus the observation history: ``last_seen`` and ``first_seen`` (when),
``last_seen_frame`` (in which frame), ``location`` (where it was last seen, world coordinates) and
``times_seen``. The world position of every object is in ``metadata["memory"]["positions"]``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import numpy as np

from nsvr.scene_graph.geometry import DirectionRelations, Geometry
from nsvr.scene_graph.memory.camera import ground_directions, project, to_camera
from nsvr.scene_graph.memory.fusion import MemoryObject
from nsvr.scene_graph.models import Attribute, Object, Relation, SceneGraph
from nsvr.scene_graph.relations import relate_clevr

HISTORY_ATTRIBUTES = ("last_seen", "first_seen", "last_seen_frame", "location", "times_seen")
"""Attributes a memory graph fills in from the observation history ("where/when did you last see X")."""
MIN_ALTERNATIVE = 0.02


@dataclass
class Viewpoint:
    """A camera to look at the memory from: camera-to-world ``pose``, optional intrinsics and image size."""

    pose: np.ndarray
    intrinsics: np.ndarray | None = None
    width: int = 0
    height: int = 0


def viewpoint_directions(pose: np.ndarray, up: Sequence[float]) -> dict[str, tuple[float, float, float]]:
    """The viewpoint's left/right/front/behind (CLEVR's rule, :func:`~.camera.ground_directions`) expressed in its
    own camera frame, the frame of the memory graph's ``position_3d``: dot products of position differences with
    them equal those of world positions with the world directions."""
    rotation = pose[:3, :3]
    return {
        name: tuple(float(x) for x in rotation.T @ np.asarray(vector))
        for name, vector in ground_directions(pose, tuple(up)).items()
    }


def viewpoint_geometry(directions: Mapping[str, Sequence[float]], eps: float) -> Geometry:
    """The memory graph's relations, declared: left/right/front/behind by CLEVR's rule with the viewpoint's
    ``directions`` (:func:`viewpoint_directions`, camera frame) and margin ``eps`` on the objects' camera-frame
    ``position_3d``, computed when a program asks."""
    return Geometry(clevr=DirectionRelations(directions={k: tuple(v) for k, v in directions.items()}, eps=eps))


def viewpoint_relations(
    camera_positions: Sequence[Sequence[float]],
    ids: Sequence[str],
    directions: Mapping[str, Sequence[float]],
    eps: float,
) -> list[Relation]:
    """left/right/front/behind between objects at ``camera_positions`` (the viewpoint's camera frame) with the
    viewpoint's ``directions`` (:func:`viewpoint_directions`) and CLEVR's margin ``eps``, as rows (the graph itself
    declares them: :func:`viewpoint_geometry`)."""
    return relate_clevr(camera_positions, ids, directions=directions, eps=eps)


def describe_time(timestamp: float | None, frame_name: str) -> str:
    """When a frame was taken, for answers: ISO-8601 UTC for Unix times, else seconds, else the frame's name.

    >>> describe_time(1_700_000_000.0, "7"), describe_time(12.5, "7"), describe_time(None, "kitchen_3.png")
    ('2023-11-14T22:13:20Z', 't=12.5 s', 'frame kitchen_3.png')
    """
    if timestamp is None:
        return f"frame {frame_name}"
    if timestamp >= 1e9:
        return datetime.fromtimestamp(timestamp, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"t={timestamp:g} s"


def describe_place(position: Sequence[float]) -> str:
    """World coordinates as an answer.

    >>> describe_place([1.234, -0.5, 0.349])
    '(1.23, -0.50, 0.35)'
    """
    return "(" + ", ".join(f"{float(x):.2f}" for x in position) + ")"


def _attributes(obj: MemoryObject, frame_names: Mapping[int, str]) -> dict[str, Attribute]:
    attributes = {}
    for key in obj.votes:
        if key in {"name", "text"}:
            continue
        distribution = obj.distribution(key)
        if not distribution:
            continue
        (top, p), *rest = distribution.items()
        attributes[key] = Attribute(
            value=top,
            confidence=min(1.0, p),
            alternatives={v: round(q, 4) for v, q in rest if q >= MIN_ALTERNATIVE},
        )
    last_name = frame_names.get(obj.last_frame, str(obj.last_frame))
    first_name = frame_names.get(obj.first_frame, str(obj.first_frame))
    history = {
        "last_seen": describe_time(obj.last_time, last_name),
        "first_seen": describe_time(obj.first_time, first_name),
        "last_seen_frame": last_name,
        "location": describe_place(obj.last_position),
        "times_seen": str(obj.hits),
    }
    attributes.update({key: Attribute(value=value) for key, value in history.items()})
    return attributes


def _graph_objects(
    objects: Sequence[MemoryObject], viewpoint: Viewpoint, frame_names: Mapping[int, str]
) -> list[Object]:
    positions = np.array([o.position for o in objects]).reshape(-1, 3)
    camera = to_camera(positions, viewpoint.pose)
    boxes: list[tuple[float, float, float, float] | None] = [None] * len(objects)
    if viewpoint.intrinsics is not None and len(objects):
        uv, depth = project(positions, viewpoint.intrinsics, viewpoint.pose)
        radius = np.array([o.extent for o in objects]) * viewpoint.intrinsics[0, 0] / np.maximum(depth, 1e-9)
        boxes = [
            (float(u - r), float(v - r), float(u + r), float(v + r)) if z > 0 else None
            for (u, v), r, z in zip(uv, radius, depth, strict=True)
        ]
    return [
        Object(
            id=obj.id,
            name=obj.name,
            score=float(
                min(1.0, max(0.0, obj.weight / max(obj.hits, 1) if obj.state != "tentative" else obj.existence))
            ),
            box=box,
            attributes=_attributes(obj, frame_names),
            text=obj.value("text"),
            position_3d=tuple(float(x) for x in point),
            source="memory",
        )
        for obj, point, box in zip(objects, camera, boxes, strict=True)
    ]


def memory_graph(
    objects: Sequence[MemoryObject],
    viewpoint: Viewpoint,
    frame_names: Mapping[int, str],
    *,
    up: Sequence[float],
    eps: float,
    candidates: Sequence[MemoryObject] = (),
    confirm_existence: float = 0.5,
    vocabulary: list[str] | None = None,
    metadata: dict[str, Any] | None = None,
) -> SceneGraph:
    """The scene graph of ``objects`` from ``viewpoint`` (see the module docstring). ``candidates`` (objects seen
    with too little evidence so far) become the graph's candidates, scored by their evidence against
    ``confirm_existence`` as the detection threshold, so the executor may bring one in when a question
    presupposes it."""
    everything = [*objects, *candidates]
    positions = np.array([o.position for o in everything]).reshape(-1, 3)
    ids = [o.id for o in everything]
    directions = ground_directions(viewpoint.pose, tuple(up))
    built = _graph_objects(everything, viewpoint, frame_names)
    return SceneGraph(
        width=viewpoint.width,
        height=viewpoint.height,
        objects=built[: len(objects)],
        candidates=built[len(objects) :],
        geometry=viewpoint_geometry(viewpoint_directions(viewpoint.pose, up), eps),
        vocabulary=vocabulary,
        metadata={
            **(metadata or {}),
            "directions": {k: list(v) for k, v in directions.items()},
            "detection_threshold": confirm_existence,
            "memory": {
                **(metadata or {}).get("memory", {}),
                "viewpoint": viewpoint.pose.tolist(),
                "positions": {i: [round(float(x), 4) for x in p] for i, p in zip(ids, positions, strict=True)},
            },
        },
    )
