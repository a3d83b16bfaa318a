"""From one frame's scene graph to world-frame observations with an uncertainty each.

With depth, an object's silhouette (its mask, else its box) gives the ray through the silhouette's centre: for any
centrally symmetric object (sphere, cube, cylinder, cup, box ...) the silhouette is symmetric about the projection
of the object's centre, so the centre lies on that ray. The depth at the silhouette's centre is the object's front
surface; the centre lies half the object's visible width behind it. The estimate is sharp across the ray and
loose along it, so fusing views from different directions triangulates the centre. Silhouettes cut by a nearer
surface or by the image border (occlusion, read from the depth map) get a looser estimate across the ray too.

Without depth, the perception's own 3D estimate (``Object.position_3d``) is used, in the camera frame or in the
frame named by the frame's ``estimate_camera`` (nsvr's CLEVR perception estimates in CLEVR's default-camera world).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from nsvr.scene_graph import rle
from nsvr.scene_graph.errors import NsvrError
from nsvr.scene_graph.memory.camera import as_intrinsics, as_pose, invert_pose, pixel_rays
from nsvr.scene_graph.models import Object, SceneGraph


class FrameError(NsvrError, ValueError):
    """A frame that cannot be observed (depth of the wrong shape, depth without intrinsics ...)."""


class LiftingConfig(BaseModel):
    """How silhouettes become 3D estimates (defaults suit metric depth maps and objects a few pixels wide)."""

    model_config = ConfigDict(extra="forbid")

    min_pixels: int = Field(default=20, ge=1, description="smaller masks/boxes are too unreliable to place")
    depth_extent_ratio: float = Field(
        default=1.0, ge=0.0, description="centre = front surface + this x half the visible width, along the ray"
    )
    lateral_pixels: float = Field(default=0.5, gt=0.0, description="std of the silhouette centre, in pixels")
    lateral_extent_ratio: float = Field(
        default=0.07, ge=0.0, description="std across the ray, in half-widths (perspective makes silhouettes uneven)"
    )
    ray_extent_ratio: float = Field(default=0.3, gt=0.0, description="std along the ray, in half-widths")
    occlusion_margin: float = Field(
        default=0.5, gt=0.0, description="a neighbour nearer by this many half-widths occludes the silhouette"
    )
    box_occlusion_ray_ratio: float = Field(
        default=4.0, ge=0.0, description="std along the ray added per unit of occlusion of a box, in half-outlines"
    )
    estimate_lateral_ratio: float = Field(default=0.02, gt=0.0, description="std across the ray / range (no depth)")
    estimate_ray_ratio: float = Field(default=0.05, gt=0.0, description="std along the ray / range (no depth)")
    default_extent: float = Field(default=0.3, gt=0.0, description="half-width when nothing measures it")
    surface_tolerance: float = Field(
        default=0.1, gt=0.0, description="points within this many half-widths of a plane lie on it (objectness)"
    )
    min_objectness: float = Field(
        default=0.1, ge=0.0, le=1.0, description="weight of a detection that is a patch of the surface around it"
    )


@dataclass
class Frame:
    """One camera frame: its scene graph (any perception), and optionally a z-depth map ``(H, W)`` aligned with
    the graph's pixels, intrinsics ``K``, the camera-to-world ``pose``, a ``timestamp`` (seconds) and a ``name``.

    ``depth`` is z-depth (along the optical axis, not along the ray) in world units times ``depth_scale``: integer
    maps (a RealSense's millimetres) need ``depth_scale=0.001``; 0, NaN and inf mean "no reading".
    ``estimate_camera``: where the camera sits in the frame of the objects' own ``position_3d`` (used without
    depth); None means ``position_3d`` is camera-frame (x right, y down, z forward)."""

    graph: SceneGraph
    depth: np.ndarray | None = None
    intrinsics: Any = None
    pose: Any = None
    timestamp: float | None = None
    name: str | None = None
    estimate_camera: Any = None
    depth_scale: float | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.graph, SceneGraph):
            raise FrameError(f"a frame needs a SceneGraph, got {type(self.graph).__name__}")
        if self.intrinsics is not None:
            self.intrinsics = as_intrinsics(self.intrinsics)
        self.pose = np.eye(4) if self.pose is None else as_pose(self.pose)
        if self.estimate_camera is not None:
            self.estimate_camera = as_pose(self.estimate_camera)
        if self.depth is not None:
            raw = np.asarray(self.depth)
            if self.depth_scale is not None and not (np.isfinite(self.depth_scale) and self.depth_scale > 0):
                raise FrameError(f"depth_scale must be a positive number, got {self.depth_scale}")
            if self.depth_scale is None and np.issubdtype(raw.dtype, np.integer):
                raise FrameError(
                    f"depth is {raw.dtype} (integer units such as millimetres): give depth_scale, e.g. 0.001"
                )
            depth = raw.astype(np.float32) * np.float32(self.depth_scale or 1.0)
            if depth.ndim == 3 and depth.shape[2] == 1:
                depth = depth[:, :, 0]
            if depth.ndim != 2:
                raise FrameError(f"depth must be an (H, W) array, got shape {depth.shape}")
            if self.graph.width and self.graph.height and depth.shape != (self.graph.height, self.graph.width):
                raise FrameError(
                    f"depth is {depth.shape[1]}x{depth.shape[0]} but the scene graph is "
                    f"{self.graph.width}x{self.graph.height}: give a depth map aligned with the image"
                )
            if self.intrinsics is None:
                raise FrameError("depth needs camera intrinsics (K) to be back-projected")
            self.depth = depth
        if self.timestamp is not None and not np.isfinite(float(self.timestamp)):
            raise FrameError(f"timestamp must be a finite number of seconds, got {self.timestamp}")


@dataclass
class Observation:
    """One object of a frame, placed in the world: ``covariance`` is its uncertainty (3x3)."""

    source_id: str
    position: np.ndarray
    covariance: np.ndarray
    extent: float
    score: float
    votes: dict[str, dict[str, float]]
    box: tuple[float, float, float, float] | None = None
    mask: np.ndarray | None = field(default=None, repr=False)
    mask_origin: tuple[int, int] = (0, 0)
    occlusion: float = 0.0
    objectness: float = 1.0


def votes_of(obj: Object) -> dict[str, dict[str, float]]:
    """The object's category and attribute values as probability distributions (value -> probability)."""
    votes = {"name": {obj.name: 1.0}}
    for key, attribute in obj.attributes.items():
        distribution = {attribute.value: attribute.confidence, **attribute.alternatives}
        total = sum(distribution.values())
        votes[key] = {v: p / total for v, p in distribution.items()} if total > 1 else distribution
    if obj.text:
        votes["text"] = {obj.text: 1.0}
    return votes


def _ray_covariance(direction: np.ndarray, lateral: float, along: float) -> np.ndarray:
    unit = direction / np.linalg.norm(direction)
    outer = np.outer(unit, unit)
    return lateral**2 * (np.eye(3) - outer) + along**2 * outer


def _boundary_occlusion(mask: np.ndarray, depth: np.ndarray, margin: float, edge: np.ndarray) -> float:
    """Share of the silhouette's boundary that touches a nearer surface or the image border (``mask`` must not
    reach the array's border except where ``edge`` marks the image border)."""
    boundary = mask & edge
    occluded = boundary.copy()
    for here, there in (
        ((slice(None), slice(0, -1)), (slice(None), slice(1, None))),
        ((slice(None), slice(1, None)), (slice(None), slice(0, -1))),
        ((slice(0, -1), slice(None)), (slice(1, None), slice(None))),
        ((slice(1, None), slice(None)), (slice(0, -1), slice(None))),
    ):
        outline = mask[here] & ~mask[there]
        boundary[here] |= outline
        neighbour = depth[there]
        occluded[here] |= outline & (neighbour > 0) & (neighbour < depth[here] - margin)
    count = int(boundary.sum())
    return float(occluded.sum()) / count if count else 0.0


def _objectness(
    depth: np.ndarray, bounds: tuple[int, int, int, int], intrinsics: np.ndarray, tolerance: float
) -> float:
    """How much the detection stands out from the surface around it: 1 - the share of its box that lies on the
    plane best supported by the box and a ring around it (RANSAC, deterministic). A shadow, a stain or a sheet
    of paper is a patch of that surface (about 0); a thing standing on it leaves most of its box off it."""
    height, width = depth.shape
    x1, y1, x2, y2 = bounds
    pad = max(2, int(0.25 * max(x2 - x1, y2 - y1)))
    left, top, right, bottom = max(0, x1 - pad), max(0, y1 - pad), min(width - 1, x2 + pad), min(height - 1, y2 + pad)
    step = max(1, int(np.ceil(np.sqrt((bottom - top + 1) * (right - left + 1) / _OBJECTNESS_POINTS))))
    rows, columns = np.mgrid[top : bottom + 1 : step, left : right + 1 : step]
    rows, columns = rows.ravel(), columns.ravel()
    rng = np.random.default_rng(0)
    z = depth[rows, columns].astype(np.float64)
    valid = (z > 0) & np.isfinite(z)
    rows, columns, z = rows[valid], columns[valid], z[valid]
    inside = (columns >= x1) & (columns <= x2) & (rows >= y1) & (rows <= y2)
    if inside.sum() < 3 or len(z) < 10:
        return 1.0
    points = pixel_rays(np.stack([columns, rows], axis=1), intrinsics) * z[:, None]
    triples = rng.integers(0, len(points), (_OBJECTNESS_PLANES, 3))
    a, b, c = points[triples[:, 0]], points[triples[:, 1]], points[triples[:, 2]]
    normals = np.cross(b - a, c - a)
    lengths = np.linalg.norm(normals, axis=1)
    usable = lengths > 1e-12
    if not usable.any():
        return 1.0
    normals = normals[usable] / lengths[usable, None]
    offsets = np.einsum("kj,kj->k", normals, a[usable])
    on_plane = np.abs(points @ normals.T - offsets) <= tolerance
    best = int(np.argmax(on_plane.sum(axis=0)))
    return float(1.0 - on_plane[inside, best].mean())


_OBJECTNESS_POINTS = 400
_OBJECTNESS_PLANES = 48


def _silhouette(obj: Object, height: int, width: int) -> tuple[tuple[int, int, int, int], np.ndarray | None] | None:
    """Inclusive pixel bounds ``(x1, y1, x2, y2)`` of the mask (with its crop) or of the box."""
    if obj.mask is not None:
        if tuple(obj.mask.size) != (height, width):
            raise FrameError(f"object {obj.id}: mask is {obj.mask.size[1]}x{obj.mask.size[0]}, image {width}x{height}")
        found = rle.decode_crop(obj.mask)
        if found is None:
            return None
        x1, y1, crop = found
        return (x1, y1, x1 + crop.shape[1] - 1, y1 + crop.shape[0] - 1), crop
    if obj.box is not None:  # box edges -> the pixels they cover (pixel centres at integers)
        x1, y1 = max(0, int(np.floor(obj.box[0] + 0.5))), max(0, int(np.floor(obj.box[1] + 0.5)))
        x2, y2 = min(width - 1, int(np.ceil(obj.box[2] - 0.5)) - 1), min(height - 1, int(np.ceil(obj.box[3] - 0.5)) - 1)
        if x2 < x1 or y2 < y1:
            return None
        return (x1, y1, x2, y2), None
    return None


def lift_with_depth(obj: Object, frame: Frame, config: LiftingConfig) -> Observation | None:
    """The object placed from the depth at its silhouette; None when it has no usable silhouette or depth."""
    depth = frame.depth
    assert depth is not None and frame.intrinsics is not None
    height, width = depth.shape
    found = _silhouette(obj, height, width)
    if found is None:
        return None
    (x1, y1, x2, y2), crop = found
    region = depth[y1 : y2 + 1, x1 : x2 + 1]
    inside = (region > 0) & np.isfinite(region) if crop is None else crop & (region > 0) & np.isfinite(region)
    if int(inside.sum()) < config.min_pixels:
        return None
    cu, cv = (x1 + x2) / 2, (y1 + y2) / 2
    ys, xs = np.nonzero(inside)
    near = (xs + x1 - cu) ** 2 + (ys + y1 - cv) ** 2 <= max(1.5, 0.25 * min(x2 - x1 + 1, y2 - y1 + 1)) ** 2
    values = region[ys[near], xs[near]] if near.any() else region[ys, xs]
    front = float(np.median(values))
    fx = frame.intrinsics[0, 0]
    half = (x2 - x1 + 1) / 2 * front / fx
    margin = config.occlusion_margin * half
    if crop is not None:
        left, top = max(0, x1 - 1), max(0, y1 - 1)
        right, bottom = min(width - 1, x2 + 1), min(height - 1, y2 + 1)
        around = depth[top : bottom + 1, left : right + 1]
        mask_around = np.zeros(around.shape, dtype=bool)
        mask_around[y1 - top : y2 - top + 1, x1 - left : x2 - left + 1] = inside
        edge = np.zeros(around.shape, dtype=bool)
        edge[:, 0] |= left == 0
        edge[:, -1] |= right == width - 1
        edge[0, :] |= top == 0
        edge[-1, :] |= bottom == height - 1
        occlusion = _boundary_occlusion(mask_around, around, margin, edge)
    else:  # a box: the ring of pixels just outside it, nearer than the object, and the image border
        ring = []
        if x1 > 0:
            ring.append(depth[y1 : y2 + 1, x1 - 1])
        if x2 < width - 1:
            ring.append(depth[y1 : y2 + 1, x2 + 1])
        if y1 > 0:
            ring.append(depth[y1 - 1, x1 : x2 + 1])
        if y2 < height - 1:
            ring.append(depth[y2 + 1, x1 : x2 + 1])
        outside = np.concatenate(ring) if ring else np.zeros(0)
        border = (x1 == 0) * (y2 - y1 + 1) + (x2 == width - 1) * (y2 - y1 + 1)
        border += (y1 == 0) * (x2 - x1 + 1) + (y2 == height - 1) * (x2 - x1 + 1)
        nearer = int(((outside > 0) & (outside < front - margin)).sum()) + border
        occlusion = nearer / max(1, len(outside) + border)
    objectness = _objectness(depth, (x1, y1, x2, y2), frame.intrinsics, config.surface_tolerance * half)
    centre_depth = front + config.depth_extent_ratio * half
    ray = pixel_rays(np.array([[cu, cv]]), frame.intrinsics)[0]
    camera_point = centre_depth * ray
    rotation = frame.pose[:3, :3]
    outline = max(x2 - x1 + 1, y2 - y1 + 1) / 2 * front / fx  # a cut silhouette's true centre may lie this far
    lateral = config.lateral_pixels * centre_depth / fx + config.lateral_extent_ratio * half + occlusion * outline
    along = config.ray_extent_ratio * half + lateral
    if crop is None:  # a box has no pixels of its own: when cut by an occluder, its centre may show the occluder
        along += config.box_occlusion_ray_ratio * occlusion * outline
    score = max(obj.score, 1e-3)
    return Observation(
        source_id=obj.id,
        position=rotation @ camera_point + frame.pose[:3, 3],
        covariance=_ray_covariance(rotation @ ray, lateral, along) / score,
        extent=half,
        score=obj.score,
        votes=votes_of(obj),
        box=(x1 - 0.5, y1 - 0.5, x2 + 0.5, y2 + 0.5),
        mask=crop,
        mask_origin=(x1, y1),
        occlusion=occlusion,
        objectness=max(config.min_objectness, objectness),
    )


def lift_estimate(obj: Object, frame: Frame, config: LiftingConfig) -> Observation | None:
    """The object placed from the perception's own ``position_3d``; None when it has none."""
    if obj.position_3d is None:
        return None
    point = np.asarray(obj.position_3d, dtype=np.float64)
    if frame.estimate_camera is not None:
        point = invert_pose(frame.estimate_camera)[:3, :3] @ point + invert_pose(frame.estimate_camera)[:3, 3]
    distance = float(np.linalg.norm(point))
    if distance < 1e-9:
        return None
    extent = config.default_extent
    if obj.box is not None and frame.intrinsics is not None and point[2] > 0:
        extent = (obj.box[2] - obj.box[0]) / 2 * point[2] / frame.intrinsics[0, 0]
    rotation = frame.pose[:3, :3]
    covariance = _ray_covariance(
        rotation @ point, config.estimate_lateral_ratio * distance, config.estimate_ray_ratio * distance
    )
    return Observation(
        source_id=obj.id,
        position=rotation @ point + frame.pose[:3, 3],
        covariance=covariance / max(obj.score, 1e-3),
        extent=extent,
        score=obj.score,
        votes=votes_of(obj),
        box=obj.box,
    )


def lift_frame(frame: Frame, config: LiftingConfig) -> tuple[list[Observation], list[str]]:
    """Every object of the frame as an observation, and the ids of those that could not be placed."""
    observations, unplaced = [], []
    for obj in frame.graph.objects:
        lifted = None
        if frame.depth is not None:
            lifted = lift_with_depth(obj, frame, config)
        if lifted is None:
            lifted = lift_estimate(obj, frame, config)
        if lifted is None:
            unplaced.append(obj.id)
        else:
            observations.append(lifted)
    return observations, unplaced
