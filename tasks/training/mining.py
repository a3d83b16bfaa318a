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
    detector_onnx: Path,
    settings: dict[str, Any],
    records: list[ObjectRecord],
    images: Path | None = None,
    negatives: bool = False,
) -> list[ObjectRecord]:
    """A copy of every record whose object the detector finds, with the detector's box instead. ``images`` is
    the records' image folder, or None when the records name their image's full path.

    With ``negatives`` the detector runs down to the candidate level (``conf`` times
    :data:`nsvr.tools.clevr.perception.CANDIDATE_FRACTION`), and every box that matches no object (or one
    already matched: a duplicate) comes back too, as a record with ``is_object=False``."""
    import onnxruntime

    from nsvr.tools.clevr.perception import CANDIDATE_FRACTION

    if negatives:
        settings = {**settings, "conf": settings["conf"] * CANDIDATE_FRACTION}
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
            xywh = (float(box[0]), float(box[1]), float(box[2] - box[0]), float(box[3] - box[1]))
            overlaps = box_iou(box, true_xyxy)
            nearest = int(overlaps.argmax())
            overlaps[list(taken)] = 0.0
            best = int(overlaps.argmax())
            if overlaps[best] >= MATCH_IOU:
                taken.add(best)
                mined.append(truth[best].model_copy(update={"box": xywh}))
            elif negatives:
                mined.append(truth[nearest].model_copy(update={"box": xywh, "is_object": False, "mask": None}))
    return mined
