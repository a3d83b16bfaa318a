from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from nsvr.tools import masks
from nsvr.tools.base import ToolInput
from nsvr.tools.convert import Detections
from nsvr.tools.depth import CameraIntrinsics, DepthEstimator, back_project, object_positions
from nsvr.tools.errors import ModelNotAvailableError, ToolConfigError
from nsvr.tools.image_io import load_image


def test_back_projection_with_given_and_default_intrinsics() -> None:
    camera = CameraIntrinsics(fx=500, fy=400, cx=320, cy=240)
    assert back_project(320, 240, 3.0, camera) == (0.0, 0.0, 3.0)
    assert back_project(820, 640, 2.0, camera) == pytest.approx((2.0, 2.0, 2.0))
    default = CameraIntrinsics.default_for(810, 1080)
    assert (default.fx, default.fy, default.cx, default.cy) == (1080.0, 1080.0, 405.0, 540.0)


def test_positions_from_a_depth_map_use_mask_pixels() -> None:
    depth = np.full((100, 200), 10.0, np.float32)
    depth[20:40, 20:60] = 2.0  # a near object on the left
    mask = np.zeros((100, 200), bool)
    mask[20:40, 20:60] = True
    dets = Detections(
        boxes=[(10, 10, 70, 50), (140, 60, 180, 90)],
        scores=[1, 1],
        class_names=["near", "far"],
        masks=[masks.encode(mask), None],
    )
    camera = CameraIntrinsics.default_for(200, 100)
    near, far = object_positions(depth, dets, camera)
    assert near is not None and far is not None
    assert near[2] == 2.0 and far[2] == 10.0
    assert near[0] < 0 < far[0]  # left of the optical axis, then right of it
    halved = object_positions(depth[::2, ::2], dets, camera, scale=0.5)
    assert halved[0] == pytest.approx(near, abs=0.05)


@pytest.mark.slow
def test_depth_offline_error_and_bad_options(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelNotAvailableError, match="Depth-Anything-V2-Small-hf not available offline; pass --model"):
        DepthEstimator(device="cpu").load()
    with pytest.raises(ToolConfigError):
        DepthEstimator(output="meters")  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.parametrize("builder", ["tiny_dpt", "tiny_glpn"])
def test_depth_models_fill_positions(tmp_path: Path, builder: str, tiny_models) -> None:
    pytest.importorskip("transformers")
    folder = getattr(tiny_models, builder)(tmp_path)
    tool = DepthEstimator(model=str(folder), device="cpu")
    image = np.random.default_rng(0).integers(0, 255, (48, 64, 3), dtype=np.uint8)
    dets = Detections(boxes=[(0, 0, 20, 20), (30, 10, 60, 40)], scores=[1, 1], class_names=["a", "b"])
    found = tool(image, dets)
    assert found.positions_3d is not None and all(p is not None for p in found.positions_3d)
    assert all(np.isfinite(p).all() for p in found.positions_3d if p is not None)
    assert tool.is_disparity(tool.load()[1].config) == (builder == "tiny_dpt")
    result = tool.estimate(tool.load(), [ToolInput(image=load_image(image))])[0]
    assert result.depth.shape == (48, 64) and np.isfinite(result.depth).all()
    if builder == "tiny_dpt":
        assert (result.depth > 0).all()  # disparity turned into positive relative depth
    tool.close()
