"""Which remembered objects a frame should have shown: inside its view and not hidden, by its depth map.

Each unmatched remembered object is projected into the frame. Out of view (behind the camera, centre outside the
image, too small to be detected) or explained by a detection that could not be placed: no evidence either way.
With depth, the depth is read at the projected centre and at four points half a radius around it and compared
with where each of those rays would meet the object: nearer everywhere means it is hidden (no evidence); rays
that pass through where it was ("free": moved or removed) outweighing rays that meet a surface there ("unseen":
it should have been detected and was not) decide between the two. Without depth, an object in
view and not behind any detection is "frustum"-missed (weaker evidence: an undetected occluder may hide it).
"""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from nsvr.scene_graph.memory.camera import pixel_rays, project, to_camera
from nsvr.scene_graph.memory.fusion import MemoryObject, MissKind
from nsvr.scene_graph.memory.lifting import Frame


class VisibilityConfig(BaseModel):
    """When a remembered object counts as visible in a frame."""

    model_config = ConfigDict(extra="forbid")

    near: float = Field(default=0.05, ge=0, description="objects nearer to the camera than this are not judged")
    min_radius_pixels: float = Field(default=3.0, ge=0, description="smaller projections are not judged")
    border_ratio: float = Field(default=0.5, ge=0, description="the centre must lie this many radii inside the image")
    depth_margin_ratio: float = Field(
        default=0.5, ge=0, description="tolerance, in half-widths, when comparing depth with the object's surface"
    )


def in_view(positions: np.ndarray, extents: np.ndarray, frame: Frame, config: VisibilityConfig) -> np.ndarray:
    """Which objects (``positions``, ``extents``) the frame's camera could show: in front of it, big enough,
    centre inside the image by half a radius. All False without intrinsics or image size."""
    if not len(positions) or frame.intrinsics is None or not frame.graph.width or not frame.graph.height:
        return np.zeros(len(positions), dtype=bool)
    uv, z = project(positions, frame.intrinsics, frame.pose)
    radius = np.where(z > 0, extents * frame.intrinsics[0, 0] / np.maximum(z, 1e-9), 0.0)
    margin = config.border_ratio * radius
    width, height = frame.graph.width, frame.graph.height
    return (
        (z > config.near + extents)
        & (radius >= config.min_radius_pixels)
        & (uv[:, 0] >= margin - 0.5)
        & (uv[:, 0] <= width - 0.5 - margin)
        & (uv[:, 1] >= margin - 0.5)
        & (uv[:, 1] <= height - 0.5 - margin)
    )


def miss_kinds(
    remembered: list[MemoryObject],
    frame: Frame,
    unplaced_boxes: list[tuple[float, float, float, float]],
    detected_boxes: list[tuple[float, float, float, float]],
    config: VisibilityConfig,
) -> list[MissKind | None]:
    """For each remembered object (none of them matched in ``frame``), the kind of miss, or None when the frame
    says nothing about it."""
    kinds: list[MissKind | None] = [None] * len(remembered)
    if not remembered or frame.intrinsics is None or not frame.graph.width or not frame.graph.height:
        return kinds
    positions = np.array([m.position for m in remembered])
    extents = np.array([m.extent for m in remembered])
    uv, _ = project(positions, frame.intrinsics, frame.pose)
    camera = to_camera(positions, frame.pose)
    radius = extents * frame.intrinsics[0, 0] / np.maximum(camera[:, 2], 1e-9)
    for k in np.flatnonzero(in_view(positions, extents, frame, config)):
        u, v = uv[k]
        if any(x1 <= u <= x2 and y1 <= v <= y2 for x1, y1, x2, y2 in unplaced_boxes):
            continue
        if frame.depth is None:
            if not any(x1 <= u <= x2 and y1 <= v <= y2 for x1, y1, x2, y2 in detected_boxes):
                kinds[k] = "frustum"
            continue
        kinds[k] = _depth_verdict(frame.depth, frame.intrinsics, camera[k], u, v, radius[k], extents[k], config)
    return kinds


def _depth_verdict(
    depth: np.ndarray,
    intrinsics: np.ndarray,
    centre: np.ndarray,
    u: float,
    v: float,
    radius: float,
    extent: float,
    config: VisibilityConfig,
) -> MissKind | None:
    """Compare the depth along five rays through the object's disk with where each ray would meet the object
    (a ball of its half-width around its camera-frame ``centre``): nearer = hidden there, about equal = its
    surface is there to be seen, farther = the ray passes through where it was."""
    height, width = depth.shape
    step = 0.5 * radius
    tolerance = config.depth_margin_ratio * extent
    hidden = surface = through = 0
    for du, dv in ((0, 0), (-step, 0), (step, 0), (0, -step), (0, step)):
        column, row = int(round(u + du)), int(round(v + dv))
        if not (0 <= row < height and 0 <= column < width):
            continue
        reading = float(depth[row, column])
        if not (reading > 0 and np.isfinite(reading)):
            continue
        ray = pixel_rays(np.array([[column, row]]), intrinsics)[0]
        along = float(ray @ centre)
        squared = float(ray @ ray)
        disc = along * along - squared * (float(centre @ centre) - extent * extent)
        meets = (along - np.sqrt(max(disc, 0.0))) / squared  # z-depth where the ray meets the ball (or grazes it)
        if reading < meets - tolerance:
            hidden += 1
        elif reading > meets + tolerance:
            through += 1
        else:
            surface += 1
    if through and through >= surface:
        return "free"
    if surface:
        return "unseen"
    return None
