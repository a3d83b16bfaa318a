"""A top-down picture of a scene memory: objects on the ground plane with their ids, and the cameras that saw them.

>>> from nsvr.scene_graph.memory import SceneMemory
>>> draw_memory_map(SceneMemory()).size
(800, 800)
"""

from __future__ import annotations

import hashlib
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from nsvr.scene_graph.memory import SceneMemory, as_pose
from nsvr.scene_graph.memory.fusion import MemoryObject

NAMED_COLORS = {
    "gray": (87, 87, 87),
    "grey": (87, 87, 87),
    "red": (173, 35, 35),
    "blue": (42, 75, 215),
    "green": (29, 105, 20),
    "brown": (129, 74, 25),
    "purple": (129, 38, 192),
    "cyan": (41, 208, 208),
    "yellow": (255, 238, 51),
    "black": (20, 20, 20),
    "white": (235, 235, 235),
    "orange": (255, 140, 0),
    "pink": (255, 150, 200),
}


def _colour(obj: MemoryObject) -> tuple[int, int, int]:
    named = NAMED_COLORS.get((obj.value("color") or "").lower())
    if named:
        return named
    digest = hashlib.sha1(obj.name.encode()).digest()
    return (64 + digest[0] % 160, 64 + digest[1] % 160, 64 + digest[2] % 160)


def _ground_axes(up: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two unit vectors spanning the ground plane (world x and y when up is z)."""
    first = np.array([1.0, 0.0, 0.0]) if abs(up[0]) < 0.9 else np.array([0.0, 1.0, 0.0])
    first = first - (first @ up) * up
    first /= np.linalg.norm(first)
    return first, np.cross(up, first)


def draw_memory_map(
    memory: SceneMemory, size: int = 800, include_gone: bool = False, viewpoint: Any = None
) -> Image.Image:
    """The memory seen from above: each object a disc of its size in its colour, labelled with its id and name
    (gone ones hollow, with ``include_gone``), each frame's camera a wedge pointing where it looked, the
    ``viewpoint`` (a pose) as a black wedge; a 1-unit grid."""
    up = np.asarray(memory.config.up, dtype=np.float64)
    up /= np.linalg.norm(up)
    axis_a, axis_b = _ground_axes(up)
    objects = memory.objects(include_gone=include_gone)
    cameras: dict[tuple[float, ...], tuple[str, np.ndarray]] = {}
    for frame_id in range(1, memory.frame_count + 1):  # each distinct camera once, named by its first frame
        record = memory.store.frame(frame_id)
        if record and record["pose"] is not None:
            pose = as_pose(record["pose"])
            cameras.setdefault(tuple(np.round(pose[:3, 2:4].ravel(), 2)), (f"frame {frame_id}", pose))
    shown = list(cameras.values()) + ([("viewpoint", as_pose(viewpoint))] if viewpoint is not None else [])
    points = [o.position for o in objects] + [pose[:3, 3] for _, pose in shown]
    flat = np.array([[p @ axis_a, p @ axis_b] for p in points]) if points else np.zeros((1, 2))
    low, high = flat.min(axis=0) - 1.0, flat.max(axis=0) + 1.0
    span = float(max(high - low)) or 1.0
    scale = (size - 40) / span
    centre = (low + high) / 2

    def to_pixel(point: np.ndarray) -> tuple[float, float]:
        a, b = float(point @ axis_a), float(point @ axis_b)
        return size / 2 + (a - centre[0]) * scale, size / 2 - (b - centre[1]) * scale

    picture = Image.new("RGB", (size, size), (250, 250, 247))
    draw = ImageDraw.Draw(picture)
    for k in range(int(np.floor(centre[0] - span)), int(np.ceil(centre[0] + span)) + 1):
        x = size / 2 + (k - centre[0]) * scale
        draw.line([(x, 0), (x, size)], fill=(226, 226, 222) if k else (190, 190, 186))
    for k in range(int(np.floor(centre[1] - span)), int(np.ceil(centre[1] + span)) + 1):
        y = size / 2 - (k - centre[1]) * scale
        draw.line([(0, y), (size, y)], fill=(226, 226, 222) if k else (190, 190, 186))
    for label, pose in shown:
        is_viewpoint = label == "viewpoint"
        x, y = to_pixel(pose[:3, 3])
        forward = pose[:3, 2] - (pose[:3, 2] @ up) * up
        if np.linalg.norm(forward) < 1e-6:
            forward = -pose[:3, 1] - (-pose[:3, 1] @ up) * up
        angle = np.arctan2(-(forward @ axis_b), forward @ axis_a)
        colour = (20, 20, 20) if is_viewpoint else (110, 125, 165)
        wedge = [(x, y)] + [(x + 36 * np.cos(angle + d), y + 36 * np.sin(angle + d)) for d in (-0.45, 0.45)]
        draw.polygon(wedge, outline=colour, width=2)
        draw.ellipse([x - 4, y - 4, x + 4, y + 4], fill=colour)
        draw.text((x + 6, y + 6), label, fill=colour)
    for obj in objects:
        x, y = to_pixel(obj.position)
        radius = max(4.0, obj.extent * scale)
        box = [x - radius, y - radius, x + radius, y + radius]
        if obj.state == "gone":
            draw.ellipse(box, outline=(150, 150, 150), width=2)
        else:
            draw.ellipse(box, fill=_colour(obj), outline=(30, 30, 30), width=2)
        draw.text((x + radius + 3, y - 7), f"{obj.id} {obj.name}", fill=(20, 20, 20))
    draw.text((8, 8), f"{len(objects)} objects, {memory.frame_count} frames; grid: 1 unit", fill=(60, 60, 60))
    return picture


def object_rows(memory: SceneMemory, include_gone: bool = False) -> list[dict[str, str]]:
    """One row per remembered object, for the ``nsvr memory show`` table."""
    graph = memory.graph(include_gone=include_gone)
    rows = []
    for obj in graph.objects:
        remembered = memory.object(obj.id)
        described = {k: a.value for k, a in obj.attributes.items()}
        history = ("last_seen", "first_seen", "last_seen_frame", "location", "times_seen")
        rows.append(
            {
                "id": obj.id,
                "name": obj.name,
                "attributes": " ".join(f"{k}={v}" for k, v in described.items() if k not in history),
                "position": ", ".join(f"{x:.2f}" for x in remembered.position),
                "std": f"{float(np.sqrt(np.trace(remembered.covariance) / 3)):.3f}",
                "seen": described["times_seen"],
                "first seen": described["first_seen"],
                "last seen": described["last_seen"],
                "state": remembered.state,
            }
        )
    return rows
