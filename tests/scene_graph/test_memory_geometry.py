"""Camera formats, projection, viewpoint directions and the optimal assignment behind the scene memory."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest

from nsvr.scene_graph.memory import CLEVR_CAMERA_POSE, CameraError, as_intrinsics, as_pose, read_camera_file
from nsvr.scene_graph.memory.assignment import HAS_SCIPY, assign_with_rejection, hungarian, min_cost_assignment
from nsvr.scene_graph.memory.camera import ground_directions, pixel_rays, project, to_world
from nsvr.scene_graph.relations import CLEVR_DIRECTIONS

K = [[525.0, 0.0, 239.5], [0.0, 525.0, 159.5], [0.0, 0.0, 1.0]]


@pytest.mark.parametrize(
    "given",
    [
        K,
        np.array(K),
        sum(K, []),  # ROS CameraInfo K: 9 numbers, row-major
        {"K": sum(K, [])},
        {"k": sum(K, [])},  # ROS 2 spells it k
        {"camera_matrix": {"rows": 3, "cols": 3, "data": sum(K, [])}},  # ROS calibration YAML/JSON
        {"fx": 525.0, "fy": 525.0, "cx": 239.5, "cy": 159.5},
    ],
)
def test_intrinsics_in_every_form_robotics_code_holds(given):
    assert as_intrinsics(given) == pytest.approx(np.array(K))


@pytest.mark.parametrize(
    "bad, message",
    [
        ([[1, 2], [3, 4]], "3x3"),
        ([[0, 0, 1], [0, 5, 1], [0, 0, 1]], "fx, fy > 0"),
        ({"f": 3}, "fx, fy, cx, cy"),
        ("K", "numbers"),
    ],
)
def test_bad_intrinsics_say_what_is_wrong(bad, message):
    with pytest.raises(CameraError, match=message):
        as_intrinsics(bad)


def test_pose_files_in_json_and_npy(tmp_path):
    np.save(tmp_path / "pose.npy", CLEVR_CAMERA_POSE)
    (tmp_path / "pose.json").write_text(json.dumps({"cam2world": CLEVR_CAMERA_POSE.tolist()}))
    (tmp_path / "K.json").write_text(json.dumps({"K": sum(K, [])}))
    assert as_pose(read_camera_file(tmp_path / "pose.npy")) == pytest.approx(CLEVR_CAMERA_POSE)
    assert as_pose(read_camera_file(tmp_path / "pose.json")) == pytest.approx(CLEVR_CAMERA_POSE)
    assert as_intrinsics(read_camera_file(tmp_path / "K.json"))[0, 2] == 239.5
    (tmp_path / "broken.json").write_text("{")
    with pytest.raises(CameraError, match="cannot read"):
        read_camera_file(tmp_path / "broken.json")
    with pytest.raises(CameraError, match="not found"):
        read_camera_file(tmp_path / "missing.json")


@pytest.mark.parametrize(
    "bad, message",
    [
        (np.eye(3), "4x4"),
        (np.diag([2.0, 1, 1, 1]), "rotation"),
        ([[1, 0, 0, 0]] * 4, "last row"),
        ({"R": 1}, "position"),
    ],
)
def test_bad_poses_say_what_is_wrong(bad, message):
    with pytest.raises(CameraError, match=message):
        as_pose(bad)


def test_projection_inverts_back_projection():
    intrinsics = as_intrinsics(K)
    points = np.array([[0.5, -0.2, 0.3], [-2.0, 1.0, 0.7]])
    uv, depth = project(points, intrinsics, CLEVR_CAMERA_POSE)
    back = to_world(pixel_rays(uv, intrinsics) * depth[:, None], CLEVR_CAMERA_POSE)
    assert back == pytest.approx(points, abs=1e-5)  # the CLEVR rotation is float32-exact only


def test_clevr_camera_directions_are_clevrs():
    directions = ground_directions(CLEVR_CAMERA_POSE)
    for name, vector in CLEVR_DIRECTIONS.items():
        assert directions[name] == pytest.approx(vector, abs=1e-6)


def test_every_multiview_camera_gives_its_scenes_directions(shared_dir):
    scenes = json.loads((shared_dir / "clevr-multiview" / "scenes.json").read_text())["scenes"]
    for scene in scenes[:3]:
        directions = ground_directions(as_pose(scene["views"][0]["cam2world"]))
        for name in ("left", "right", "front", "behind"):
            assert directions[name] == pytest.approx(scene["directions"][name], abs=1e-6)


def test_a_camera_looking_straight_down_uses_image_up_for_behind():
    down = np.eye(4)
    down[:3, :3] = [[1, 0, 0], [0, -1, 0], [0, 0, -1]]  # x east, y south (image down), z down
    directions = ground_directions(down)
    assert directions["behind"] == pytest.approx((0.0, 1.0, 0.0)) and directions["left"] == pytest.approx((-1.0, 0, 0))


def _brute_force(cost: np.ndarray) -> float:
    n, m = cost.shape
    if n > m:
        return _brute_force(cost.T)
    return min(sum(cost[i, c] for i, c in enumerate(columns)) for columns in itertools.permutations(range(m), n))


def test_the_numpy_hungarian_is_optimal():
    rng = np.random.default_rng(0)
    for _ in range(200):
        n, m = rng.integers(1, 6, 2)
        cost = rng.integers(0, 9, (n, m)).astype(float)
        rows, cols = hungarian(cost)
        assert len(rows) == min(n, m) and len(set(cols.tolist())) == len(cols)
        assert cost[rows, cols].sum() == pytest.approx(_brute_force(cost))


@pytest.mark.skipif(not HAS_SCIPY, reason="scipy not installed")
def test_scipy_and_numpy_agree_on_the_optimum():
    rng = np.random.default_rng(1)
    cost = rng.random((40, 70))
    rows, cols = min_cost_assignment(cost)  # large enough for scipy
    ours_rows, ours_cols = hungarian(cost)
    assert cost[rows, cols].sum() == pytest.approx(cost[ours_rows, ours_cols].sum())


def test_rejection_leaves_pairs_costlier_than_leaving_both():
    cost = np.array([[1.0, np.inf, 5.0], [np.inf, 9.0, np.inf]])
    assert assign_with_rejection(cost, leave_row=4.0, leave_column=0.0) == [(0, 0)]
    assert assign_with_rejection(cost, leave_row=10.0, leave_column=0.0) == [(0, 0), (1, 1)]
    assert assign_with_rejection(np.zeros((0, 3)), 1.0, 1.0) == []
