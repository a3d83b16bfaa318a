"""Which remembered object each new observation is: an optimal one-to-one assignment.

The cost of pairing observation i with remembered object j adds three disagreements:

* world distance, as the Mahalanobis distance under both uncertainties (sharp across the viewing ray, loose
  along it), so an estimate that is unsure of its depth can still match;
* attributes and category: ``-log`` of the probability that both distributions name the same value, per
  attribute both know (floored, so one misread colour does not forbid a match);
* mask reprojection: where the remembered centre projects into this frame, against the observation's mask (0
  inside it) or box, in box half-diagonals.

A pair is possible only when the two are within touching distance (the sum of their half-widths, times
``gate_ratio``) or statistically consistent (``chi2_gate``). Leaving an observation unmatched (a new object) costs
``new_object_cost``; the assignment minimises the total exactly (:mod:`.assignment`).
"""

from __future__ import annotations

import math

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from nsvr.scene_graph.memory.assignment import assign_with_rejection
from nsvr.scene_graph.memory.camera import project
from nsvr.scene_graph.memory.fusion import MemoryObject
from nsvr.scene_graph.memory.lifting import Frame, Observation


class AssociationConfig(BaseModel):
    """Gates and weights of the association cost."""

    model_config = ConfigDict(extra="forbid")

    gate_ratio: float = Field(default=1.0, gt=0, description="pairs within this x (sum of half-widths) may match")
    chi2_gate: float = Field(default=16.0, gt=0, description="... or within this Mahalanobis distance squared")
    new_object_cost: float = Field(default=12.0, gt=0, description="cost of declaring an observation a new object")
    model_noise_ratio: float = Field(
        default=0.1, ge=0, description="std (in half-widths) added to both uncertainties: shapes are not points"
    )
    attribute_floor: float = Field(default=0.05, gt=0, le=1, description="least agreement probability counted")
    attribute_weight: float = Field(default=1.0, ge=0)
    reprojection_weight: float = Field(default=0.5, ge=0)


def attribute_cost(seen: dict[str, dict[str, float]], remembered: MemoryObject, floor: float) -> float:
    """``sum over shared attributes of -log(P(same value))``, each term at most ``-log(floor)``."""
    cost = 0.0
    for key, distribution in seen.items():
        known = remembered.distribution(key)
        if not known:
            continue
        agreement = sum(p * known.get(value, 0.0) for value, p in distribution.items())
        cost -= math.log(max(agreement, floor))
    return cost


def reprojection_cost(position: np.ndarray, seen: Observation, frame: Frame) -> float:
    """How far the remembered centre projects from the observation's silhouette, in box half-diagonals squared
    (0 on the mask, or inside the box when there is no mask); 0 when the frame has no camera."""
    if frame.intrinsics is None or seen.box is None:
        return 0.0
    uv, depth = project(position[None], frame.intrinsics, frame.pose)
    if depth[0] <= 0:
        return 9.0
    u, v = uv[0]
    x1, y1, x2, y2 = seen.box
    if seen.mask is not None:
        column, row = int(round(u)) - seen.mask_origin[0], int(round(v)) - seen.mask_origin[1]
        if 0 <= row < seen.mask.shape[0] and 0 <= column < seen.mask.shape[1] and seen.mask[row, column]:
            return 0.0
    dx = max(x1 - u, 0.0, u - x2)
    dy = max(y1 - v, 0.0, v - y2)
    if seen.mask is None and dx == 0 and dy == 0:
        return 0.0
    half_diagonal = max(1.0, math.hypot(x2 - x1, y2 - y1) / 2)
    gap = math.hypot(dx, dy) if (dx or dy) else 0.25 * half_diagonal  # inside the box but off the mask
    return min(9.0, (gap / half_diagonal) ** 2)


def reach(observation: Observation) -> float:
    """How far (4 standard deviations along its loosest axis) an observation's object may really be."""
    return 4.0 * math.sqrt(float(np.linalg.eigvalsh(observation.covariance)[-1]))


def nearby(
    observations: list[Observation], positions: np.ndarray, extents: np.ndarray, config: AssociationConfig
) -> np.ndarray:
    """Indices of the remembered objects (``positions``/``extents``) close enough to some observation to be
    paired with it; the rest of a large memory is never looked at again this frame."""
    if not observations or not len(positions):
        return np.zeros(0, dtype=int)
    seen = np.array([o.position for o in observations])
    radius = np.array([config.gate_ratio * o.extent + reach(o) for o in observations])
    distances = np.linalg.norm(seen[:, None, :] - positions[None, :, :], axis=2)
    limit = radius[:, None] + config.gate_ratio * extents[None, :]
    return np.flatnonzero((distances <= limit).any(axis=0))


def associate(
    observations: list[Observation], remembered: list[MemoryObject], frame: Frame, config: AssociationConfig
) -> list[tuple[int, int]]:
    """Pairs ``(observation index, remembered index)`` of the optimal assignment."""
    if not observations or not remembered:
        return []
    seen_positions = np.array([o.position for o in observations])
    seen_extents = np.array([o.extent for o in observations])
    known_positions = np.array([m.position for m in remembered])
    known_extents = np.array([m.extent for m in remembered])
    offsets = seen_positions[:, None, :] - known_positions[None, :, :]
    distances = np.linalg.norm(offsets, axis=2)
    touching = config.gate_ratio * (seen_extents[:, None] + known_extents[None, :])
    spread = np.array([reach(o) for o in observations])
    rows, cols = np.nonzero(distances <= touching + spread[:, None])
    cost = np.full(distances.shape, np.inf)
    if len(rows) == 0:
        return []
    noise = (config.model_noise_ratio * (seen_extents[rows] + known_extents[cols])) ** 2
    pairs = zip(rows.tolist(), cols.tolist(), strict=True)
    combined = np.array([observations[i].covariance + remembered[j].covariance for i, j in pairs])
    combined += noise[:, None, None] * np.eye(3)
    pair_offsets = offsets[rows, cols]
    chi2 = np.einsum("ki,ki->k", pair_offsets, np.linalg.solve(combined, pair_offsets[:, :, None])[:, :, 0])
    for k, (i, j) in enumerate(zip(rows.tolist(), cols.tolist(), strict=True)):
        if distances[i, j] > touching[i, j] and chi2[k] > config.chi2_gate:
            continue
        seen, known = observations[i], remembered[j]
        # within touching distance no other object can be there: the distance costs at most the gate
        cap = config.chi2_gate if distances[i, j] <= touching[i, j] else 4 * config.chi2_gate
        cost[i, j] = (
            0.5 * min(float(chi2[k]), cap)
            + config.attribute_weight * attribute_cost(seen.votes, known, config.attribute_floor)
            + config.reprojection_weight * reprojection_cost(known.position, seen, frame)
        )
    return assign_with_rejection(cost, leave_row=config.new_object_cost, leave_column=0.0)
