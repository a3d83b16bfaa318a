"""Training records on the detector's own boxes.

The attribute network is trained on jittered ground-truth boxes, but at inference it reads the detector's
boxes, which for occluded objects differ from the visible box in their own way. Running the trained detector
on the training images and keeping each box that matches a ground-truth object (IoU >= 0.5) gives records
with the true attributes on realistic boxes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from nsvr.tasks.training.clevr_data import ObjectRecord
from nsvr.tools.clevr.detection import box_iou, run_detector

MATCH_IOU = 0.5


def detector_records(
    detector_onnx: Path, settings: dict[str, Any], records: list[ObjectRecord], images: Path | None = None
) -> list[ObjectRecord]:
    """A copy of every record whose object the detector finds, with the detector's box instead. ``images`` is
    the records' image folder, or None when the records name their image's full path."""
    import onnxruntime

    session = onnxruntime.InferenceSession(str(detector_onnx), providers=["CPUExecutionProvider"])
    by_image: dict[str, list[ObjectRecord]] = {}
    for record in records:
        by_image.setdefault(record.image, []).append(record)
    mined: list[ObjectRecord] = []
    for name, truth in by_image.items():
        with Image.open(Path(images) / name if images else Path(name)) as opened:
            boxes, _ = run_detector(session, opened.convert("RGB"), settings)
        true_xyxy = np.array([[x, y, x + w, y + h] for x, y, w, h in (r.box for r in truth)], dtype=np.float64)
        taken: set[int] = set()
        for box in boxes:
            overlaps = box_iou(box, true_xyxy)
            overlaps[list(taken)] = 0.0
            best = int(overlaps.argmax())
            if overlaps[best] >= MATCH_IOU:
                taken.add(best)
                xywh = (float(box[0]), float(box[1]), float(box[2] - box[0]), float(box[3] - box[1]))
                mined.append(truth[best].model_copy(update={"box": xywh}))
    return mined
