"""Cameras as robotics users have them: intrinsics ``K``, camera-to-world poses, projection, viewpoint directions.

Conventions (OpenCV): camera x right, y down, z forward (the optical axis); pixel ``(u, v)`` has integer values at
pixel centres; ``K = [[fx, 0, cx], [0, fy, cy], [0, 0, 1]]``; a pose is the 4x4 camera-to-world matrix
``X_w = pose @ [X_c, 1]``. The world's "up" axis is +z unless a memory says otherwise.

>>> K = as_intrinsics({"K": [525, 0, 239.5, 0, 525, 159.5, 0, 0, 1]})  # a ROS CameraInfo message
>>> float(K[0, 0]), float(K[1, 2])
(525.0, 159.5)
>>> pose = as_pose({"position": [0, 0, 2], "orientation": [0, 0, 0, 1]})  # a ROS Pose (quaternion x, y, z, w)
>>> uv, depth = project(np.array([[0.0, 0.0, 5.0]]), K, pose)
>>> uv.round(1).tolist(), depth.tolist()
([[239.5, 159.5]], [3.0])
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from nsvr.scene_graph.errors import NsvrError

UP = (0.0, 0.0, 1.0)

CLEVR_CAMERA_POSE = np.array(
    [
        [0.6563113479065537, 0.35794051513406616, -0.6641792205975631, 7.481131206416584],
        [0.7544902406935191, -0.3113630988262752, 0.5777521326565727, -6.507640313041957],
        [-7.450581485102248e-09, -0.8803018927574158, -0.47441375255584717, 5.34366512298584],
        [0.0, 0.0, 0.0, 1.0],
    ]
)
"""CLEVR's default camera (``base_scene.blend``, no jitter) as an OpenCV camera-to-world pose: the frame in which
CLEVR's ``3d_coords`` and nsvr's CLEVR perception's estimates live. Its ground directions are
:data:`nsvr.scene_graph.relations.CLEVR_DIRECTIONS`."""

CLEVR_INTRINSICS = np.array([[525.0, 0.0, 239.5], [0.0, 525.0, 159.5], [0.0, 0.0, 1.0]])
"""CLEVR's 480x320 renders: 35 mm lens on a 32 mm sensor, principal point at the image centre."""


class CameraError(NsvrError, ValueError):
    """Intrinsics or a pose that cannot be used (wrong shape, not a rotation, unreadable file)."""


def _matrix(value: Any, what: str) -> np.ndarray:
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError) as error:
        raise CameraError(f"{what} must be numbers, got {str(value)[:60]!r}") from error
    if not np.isfinite(array).all():
        raise CameraError(f"{what} has NaN or infinite entries")
    return array


def as_intrinsics(value: Any) -> np.ndarray:
    """A 3x3 ``K`` from what robotics code holds: a 3x3 matrix, ROS CameraInfo's flat row-major ``K``/``k`` list
    of 9, a dict with ``K``/``k``/``camera_matrix`` (``{"data": [...]}`` as ROS calibration files) or
    ``fx, fy, cx, cy``, or an object with those attributes.

    >>> as_intrinsics({"fx": 500, "fy": 500, "cx": 320, "cy": 240})[0].tolist()
    [500.0, 0.0, 320.0]
    """
    if isinstance(value, Mapping):
        for key in ("K", "k", "camera_matrix", "intrinsics"):
            if key in value:
                inner = value[key]
                return as_intrinsics(inner["data"] if isinstance(inner, Mapping) and "data" in inner else inner)
        if {"fx", "fy", "cx", "cy"} <= set(value):
            value = [[value["fx"], 0, value["cx"]], [0, value["fy"], value["cy"]], [0, 0, 1]]
        else:
            raise CameraError(f"intrinsics need K (3x3 or 9 numbers) or fx, fy, cx, cy; got keys {sorted(value)}")
    elif all(hasattr(value, name) for name in ("fx", "fy", "cx", "cy")):
        value = [[value.fx, 0, value.cx], [0, value.fy, value.cy], [0, 0, 1]]
    matrix = _matrix(value, "intrinsics")
    if matrix.shape == (9,):
        matrix = matrix.reshape(3, 3)
    if matrix.shape != (3, 3):
        raise CameraError(f"intrinsics must be 3x3 (or a list of 9), got shape {matrix.shape}")
    if matrix[0, 0] <= 0 or matrix[1, 1] <= 0 or not np.allclose(matrix[2], (0, 0, 1), atol=1e-6):
        raise CameraError(f"intrinsics must be [[fx, 0, cx], [0, fy, cy], [0, 0, 1]] with fx, fy > 0, got {matrix}")
    return matrix


def _quaternion_matrix(x: float, y: float, z: float, w: float) -> np.ndarray:
    norm = np.sqrt(x * x + y * y + z * z + w * w)
    if norm < 1e-9:
        raise CameraError("orientation quaternion has zero length")
    x, y, z, w = x / norm, y / norm, z / norm, w / norm
    return np.array(
        [
            [1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
            [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
            [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)],
        ]
    )


def as_pose(value: Any) -> np.ndarray:
    """A 4x4 camera-to-world pose from a 4x4 or 3x4 matrix (nested or flat), a dict holding one under
    ``cam2world``/``pose``/``matrix``/``T``, or a ROS ``Pose`` (``position`` + ``orientation`` as a quaternion
    ``[x, y, z, w]`` or ``{x, y, z, w}``). The rotation must be orthonormal with determinant +1.

    >>> as_pose([[1, 0, 0, 1], [0, 1, 0, 2], [0, 0, 1, 3]])[:3, 3].tolist()
    [1.0, 2.0, 3.0]
    """
    if isinstance(value, Mapping):
        for key in ("cam2world", "camera_to_world", "pose", "matrix", "T"):
            if key in value:
                return as_pose(value[key])
        if "position" in value and "orientation" in value:
            position, orientation = value["position"], value["orientation"]
            if isinstance(position, Mapping):
                position = [position.get(k, 0.0) for k in ("x", "y", "z")]
            if isinstance(orientation, Mapping):
                orientation = [orientation.get(k, 0.0) for k in ("x", "y", "z", "w")]
            quaternion = _matrix(orientation, "orientation")
            if quaternion.shape != (4,):
                raise CameraError("orientation must be a quaternion [x, y, z, w]")
            pose = np.eye(4)
            pose[:3, :3] = _quaternion_matrix(*quaternion)
            pose[:3, 3] = _matrix(position, "position").reshape(3)
            return pose
        raise CameraError(f"a pose needs a 4x4 matrix (cam2world) or position + orientation; got keys {sorted(value)}")
    matrix = _matrix(value, "pose")
    if matrix.shape in {(16,), (12,)}:
        matrix = matrix.reshape(-1, 4)
    if matrix.shape == (3, 4):
        matrix = np.vstack([matrix, [0.0, 0.0, 0.0, 1.0]])
    if matrix.shape != (4, 4):
        raise CameraError(f"a pose must be a 4x4 camera-to-world matrix (or 3x4), got shape {matrix.shape}")
    rotation = matrix[:3, :3]
    if not np.allclose(matrix[3], (0, 0, 0, 1), atol=1e-6):
        raise CameraError(f"a pose's last row must be [0, 0, 0, 1], got {matrix[3].tolist()}")
    if not np.allclose(rotation.T @ rotation, np.eye(3), atol=1e-3) or np.linalg.det(rotation) < 0:
        raise CameraError("a pose's rotation must be orthonormal with determinant +1 (a proper rotation)")
    return matrix


def read_camera_file(path: str | Path) -> Any:
    """The contents of a camera file: ``.npy`` (an array) or JSON (any of the forms above)."""
    path = Path(path)
    if not path.is_file():
        raise CameraError(f"camera file not found: {path}")
    try:
        if path.suffix.lower() == ".npy":
            return np.load(path, allow_pickle=False)
        return json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError, EOFError, UnicodeDecodeError) as error:
        raise CameraError(f"cannot read {path} as JSON or .npy: {error}") from error


def invert_pose(pose: np.ndarray) -> np.ndarray:
    """World-to-camera from camera-to-world (rigid inverse)."""
    inverse = np.eye(4)
    inverse[:3, :3] = pose[:3, :3].T
    inverse[:3, 3] = -pose[:3, :3].T @ pose[:3, 3]
    return inverse


def to_camera(points: np.ndarray, pose: np.ndarray) -> np.ndarray:
    """World points ``(n, 3)`` in the camera frame of ``pose``."""
    return (np.asarray(points, dtype=np.float64) - pose[:3, 3]) @ pose[:3, :3]


def to_world(points: np.ndarray, pose: np.ndarray) -> np.ndarray:
    """Camera-frame points ``(n, 3)`` in the world frame."""
    return np.asarray(points, dtype=np.float64) @ pose[:3, :3].T + pose[:3, 3]


def project(points: np.ndarray, intrinsics: np.ndarray, pose: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pixels ``(n, 2)`` and z-depths ``(n,)`` of world points seen by the camera (depth <= 0: behind it)."""
    camera = to_camera(points, pose)
    depth = camera[:, 2]
    safe = np.where(np.abs(depth) < 1e-9, 1e-9, depth)
    uv = camera[:, :2] / safe[:, None] * np.diag(intrinsics)[:2] + intrinsics[:2, 2]
    return uv, depth


def pixel_rays(uv: np.ndarray, intrinsics: np.ndarray) -> np.ndarray:
    """Camera-frame rays ``(n, 3)`` through pixels, scaled to z = 1 (a point at z-depth d is ``d * ray``)."""
    uv = np.asarray(uv, dtype=np.float64).reshape(-1, 2)
    rays = np.ones((len(uv), 3))
    rays[:, :2] = (uv - intrinsics[:2, 2]) / np.diag(intrinsics)[:2]
    return rays


def ground_directions(pose: np.ndarray, up: tuple[float, float, float] = UP) -> dict[str, tuple[float, ...]]:
    """CLEVR's rule for a camera: ``behind`` is its optical axis and ``left`` its -x axis, both projected on the
    ground plane (perpendicular to ``up``) and normalised; ``front``/``right`` their opposites. A camera looking
    straight down uses its image-up axis (-y) for ``behind``.

    >>> {k: tuple(round(x, 3) for x in v) for k, v in ground_directions(CLEVR_CAMERA_POSE).items()}["behind"]
    (-0.754, 0.656, 0.0)
    """
    up_axis = np.asarray(up, dtype=np.float64)
    up_axis = up_axis / np.linalg.norm(up_axis)

    def flat(vector: np.ndarray) -> np.ndarray:
        return vector - (vector @ up_axis) * up_axis

    behind = flat(pose[:3, 2])
    if np.linalg.norm(behind) < 0.1:
        behind = flat(-pose[:3, 1])
    left = flat(-pose[:3, 0])
    if np.linalg.norm(left) < 1e-6:
        raise CameraError("the camera's x axis points along 'up': left/right on the ground are undefined")
    behind, left = behind / np.linalg.norm(behind), left / np.linalg.norm(left)
    return {
        "left": tuple(float(x) for x in left),
        "right": tuple(float(-x) for x in left),
        "behind": tuple(float(x) for x in behind),
        "front": tuple(float(-x) for x in behind),
    }
