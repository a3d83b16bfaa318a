"""Negative boxes for the objectness head (nsvr.tasks.training.negatives, mining with negatives)."""

from __future__ import annotations

import numpy as np
import pytest

from nsvr.tasks.training.clevr_data import load_scenes, object_records
from nsvr.tasks.training.negatives import MAX_IOU, synthetic_negatives
from nsvr.tools.clevr.detection import box_iou


def _xyxy(box):
    x, y, w, h = box
    return np.array([x, y, x + w, y + h], dtype=np.float64)


@pytest.fixture(scope="module")
def records(shared_dir):
    scenes = load_scenes(shared_dir / "clevr-mini" / "train" / "scenes.json")
    scenes["scenes"] = scenes["scenes"][:20]
    return object_records(scenes, shared_dir / "clevr-mini" / "train" / "images")


def test_synthetic_negatives_hold_no_whole_object(records):
    negatives = synthetic_negatives(records, per_image=3, seed=1)
    images = {r.image for r in records}
    assert len(images) * 2 <= len(negatives) <= len(images) * 3
    for negative in negatives:
        assert not negative.is_object and negative.mask is None
        truth = np.stack([_xyxy(r.box) for r in records if r.image == negative.image])
        assert box_iou(_xyxy(negative.box), truth).max() < MAX_IOU
        assert negative.box[2] >= 4 and negative.box[3] >= 4
    assert negatives == synthetic_negatives(records, per_image=3, seed=1)  # deterministic


def test_mined_negatives_are_the_detectors_unmatched_boxes(records, shared_dir):
    pytest.importorskip("onnxruntime")
    from nsvr.tasks.training.mining import MATCH_IOU, detector_records
    from nsvr.tasks.training.train_clevr import detector_settings
    from nsvr.tools.clevr.perception import DEFAULT_WEIGHTS

    mined = detector_records(DEFAULT_WEIGHTS / "detector.onnx", detector_settings(), records, negatives=True)
    positives = [r for r in mined if r.is_object]
    assert len(positives) >= 0.98 * len(records)
    for negative in (r for r in mined if not r.is_object):
        truth = [r for r in records if r.image == negative.image]
        overlaps = box_iou(_xyxy(negative.box), np.stack([_xyxy(r.box) for r in truth]))
        best = truth[int(overlaps.argmax())]
        # a box over no object, or a second box over an object a better box already matched
        assert overlaps.max() < MATCH_IOU or any(p.image == best.image and p.coords == best.coords for p in positives)
