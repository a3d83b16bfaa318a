"""Monocular depth with a transformers depth-estimation model, and back-projection to camera-frame 3D positions.

Positions follow OpenCV's pinhole camera (x right, y down, z forward), the frame that
``nsvr.scene_graph.relations.compute_relations_3d`` reads.

>>> camera = CameraIntrinsics(fx=100, fy=100, cx=50, cy=50)
>>> back_project(150, 50, 2.0, camera)
(2.0, 0.0, 2.0)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, Field

from nsvr.tools import masks as rle_masks
from nsvr.tools.base import Tool, ToolInput, from_pretrained_offline, require
from nsvr.tools.convert import Detections, Position3D
from nsvr.tools.errors import ToolConfigError

DISPARITY_MODEL_TYPES = {"dpt", "depth_anything", "depth_anything_v2", "prompt_depth_anything"}
"""Model types whose output is relative inverse depth (larger = nearer) unless configured as metric."""


class CameraIntrinsics(BaseModel):
    """Pinhole intrinsics in ORIGINAL image pixels."""

    fx: float = Field(gt=0)
    fy: float = Field(gt=0)
    cx: float
    cy: float

    @classmethod
    def default_for(cls, width: int, height: int) -> CameraIntrinsics:
        """A plausible camera when none is known: focal length = the longer side (about 53 degrees of view).

        >>> CameraIntrinsics.default_for(640, 480).fx
        640.0
        """
        focal = float(max(width, height))
        return cls(fx=focal, fy=focal, cx=width / 2, cy=height / 2)


def back_project(u: float, v: float, depth: float, camera: CameraIntrinsics) -> Position3D:
    """The camera-frame point at pixel ``(u, v)`` and distance ``depth`` along the optical axis."""
    return ((u - camera.cx) * depth / camera.fx, (v - camera.cy) * depth / camera.fy, float(depth))


def object_positions(
    depth: np.ndarray, detections: Detections, camera: CameraIntrinsics, scale: float = 1.0
) -> list[Position3D | None]:
    """3D position of each detection: the median depth under its mask (or the central half of its box), at the
    mask centroid (or box centre). ``depth`` is at model resolution, ``scale`` = model / original size."""
    positions: list[Position3D | None] = []
    height, width = depth.shape
    for index, box in enumerate(detections.boxes):
        mask = detections.masks[index] if detections.masks else None
        u, v = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        values = np.empty(0)
        if mask is not None:
            ys, xs = np.nonzero(rle_masks.decode(mask))
            if len(xs):
                u, v = float(xs.mean()) + 0.5, float(ys.mean()) + 0.5
                rows = np.minimum((ys * scale).astype(int), height - 1)
                cols = np.minimum((xs * scale).astype(int), width - 1)
                values = depth[rows, cols]
        if values.size == 0:
            w, h = box[2] - box[0], box[3] - box[1]
            x1, x2 = int((box[0] + w / 4) * scale), int(np.ceil((box[2] - w / 4) * scale))
            y1, y2 = int((box[1] + h / 4) * scale), int(np.ceil((box[3] - h / 4) * scale))
            values = depth[min(y1, height - 1) : max(y1 + 1, y2), min(x1, width - 1) : max(x1 + 1, x2)].ravel()
        values = values[np.isfinite(values)]
        if values.size == 0:
            positions.append(None)
            continue
        positions.append(back_project(u, v, float(np.median(values)), camera))
    return positions


class DepthResult(BaseModel):
    """The depth map of one image (model resolution, larger = farther) and whether it is metric."""

    model_config = {"arbitrary_types_allowed": True, "frozen": True}

    depth: Any = Field(description="numpy float32 array (height, width)")
    metric: bool


class DepthEstimator(Tool[Detections]):
    """transformers ``AutoModelForDepthEstimation`` by model id or folder (``depth-anything/Depth-Anything-V2-
    Small-hf``, ``Intel/dpt-hybrid-midas``, ``vinvino02/glpn-nyu``): fills ``positions_3d`` of the detections.

    ``output`` says whether the model predicts ``"depth"`` or ``"disparity"`` (inverse depth, turned into
    relative depth); ``"auto"`` decides from the model type. ``camera`` defaults to
    :meth:`CameraIntrinsics.default_for` the image."""

    name = "depth"
    kind = "depth"
    output_type = Detections
    default_model = "depth-anything/Depth-Anything-V2-Small-hf"

    def __init__(
        self,
        model: str | None = None,
        device: str = "auto",
        camera: CameraIntrinsics | None = None,
        output: Literal["auto", "depth", "disparity"] = "auto",
    ) -> None:
        super().__init__(model=model, device=device)
        if output not in ("auto", "depth", "disparity"):
            raise ToolConfigError(f"output must be 'auto', 'depth' or 'disparity', got {output!r}")
        self.camera = camera
        self.output = output

    def options(self) -> dict[str, Any]:
        return {"camera": None if self.camera is None else self.camera.model_dump(), "output": self.output}

    def _load_model(self, device: str) -> Any:
        require("transformers", extra="torch", purpose="depth estimation")
        from transformers import AutoImageProcessor, AutoModelForDepthEstimation

        name = str(self.model_name)
        processor = from_pretrained_offline(AutoImageProcessor, name)
        model = from_pretrained_offline(AutoModelForDepthEstimation, name).to(device).eval()
        return (processor, model.half() if self.half else model)

    def is_disparity(self, config: Any) -> bool:
        if self.output != "auto":
            return self.output == "disparity"
        metric = getattr(config, "depth_estimation_type", None) == "metric"
        return getattr(config, "model_type", "") in DISPARITY_MODEL_TYPES and not metric

    def estimate(self, model: Any, inputs: Sequence[ToolInput]) -> list[DepthResult]:
        """Depth maps at model resolution for a batch of images."""
        import torch

        processor, network = model
        images = [item.image.to_pil() for item in inputs]
        batch = processor(images=images, return_tensors="pt").to(network.device)
        if self.half:
            batch["pixel_values"] = batch["pixel_values"].half()
        with torch.inference_mode():
            raw = network(**batch)
        sizes = [(item.image.height, item.image.width) for item in inputs]
        processed = processor.post_process_depth_estimation(raw, target_sizes=sizes)
        disparity = self.is_disparity(network.config)
        results = []
        for item in processed:
            values = item["predicted_depth"].float().cpu().numpy().astype(np.float32)
            if disparity:
                values = 1.0 / np.maximum(values - values.min() + 1e-3 * (np.ptp(values) + 1e-6), 1e-6)
            results.append(DepthResult(depth=values, metric=not disparity))
        return results

    def _predict(self, model: Any, inputs: Sequence[ToolInput]) -> list[Detections]:
        outputs = []
        for item, result in zip(inputs, self.estimate(model, inputs), strict=True):
            width, height = item.image.original_size
            camera = self.camera or CameraIntrinsics.default_for(width, height)
            positions = object_positions(result.depth, item.detections, camera, item.image.scale)
            outputs.append(item.detections.replace(positions_3d=positions))
        return outputs
