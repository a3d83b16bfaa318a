"""Boxes that hold no whole object: negative examples for the attribute network's objectness head.

On renders it never saw, the detector's false boxes are partial boxes (part of one object), merged boxes (two
neighbours in one box) and patches of floor or shadow, scored just above its threshold. The detector makes few
of them on its own training images, so most negatives are drawn here from the ground truth: a part of an
object's box, the union of two neighbours' boxes, or an empty stretch of floor, each kept only when it overlaps
every true box by less than :data:`MAX_IOU`. With these the network learns to tell a box around a whole object
from the rest, and the perception uses that to confirm or drop the detector's borderline boxes.
"""

from __future__ import annotations

import random

import numpy as np

from nsvr.tasks.training.clevr_data import ObjectRecord
from nsvr.tools.clevr.detection import box_iou
from nsvr.tools.clevr.vocabulary import IMAGE_HEIGHT, IMAGE_WIDTH

MAX_IOU = 0.35
"""A drawn box counts as a negative only below this IoU with every true box (a match needs 0.5)."""
KINDS = ("part", "merge", "floor")


def _xyxy(box: tuple[float, float, float, float]) -> np.ndarray:
    x, y, w, h = box
    return np.array([x, y, x + w, y + h], dtype=np.float64)


def _part(box: tuple[float, float, float, float], rng: random.Random) -> tuple[float, float, float, float]:
    x, y, w, h = box
    keep_w, keep_h = (rng.uniform(0.3, 0.6), 1.0) if rng.random() < 0.5 else (1.0, rng.uniform(0.3, 0.6))
    if rng.random() < 0.3:
        keep_w, keep_h = rng.uniform(0.4, 0.7), rng.uniform(0.4, 0.7)
    return (x + rng.random() * w * (1 - keep_w), y + rng.random() * h * (1 - keep_h), w * keep_w, h * keep_h)


def _merge(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[float, float, float, float]:
    x0, y0 = min(a[0], b[0]), min(a[1], b[1])
    x1, y1 = max(a[0] + a[2], b[0] + b[2]), max(a[1] + a[3], b[1] + b[3])
    return (x0, y0, x1 - x0, y1 - y0)


def _floor(sizes: list[tuple[float, float]], rng: random.Random) -> tuple[float, float, float, float]:
    w, h = rng.choice(sizes)
    return (rng.uniform(0, IMAGE_WIDTH - w), rng.uniform(IMAGE_HEIGHT * 0.25, IMAGE_HEIGHT - h), w, h)


def synthetic_negatives(records: list[ObjectRecord], per_image: int = 2, seed: int = 0) -> list[ObjectRecord]:
    """About ``per_image`` negative records per image of ``records`` (kinds drawn in turn from :data:`KINDS`);
    each copies the fields of the true object it overlaps most, with ``is_object=False`` and no mask."""
    rng = random.Random(seed)
    by_image: dict[str, list[ObjectRecord]] = {}
    for record in records:
        if record.is_object:
            by_image.setdefault(record.image, []).append(record)
    negatives: list[ObjectRecord] = []
    for _, truth in sorted(by_image.items()):
        true_xyxy = np.stack([_xyxy(r.box) for r in truth])
        sizes = [(r.box[2], r.box[3]) for r in truth]
        made = 0
        for attempt in range(per_image * 10):
            if made == per_image:
                break
            kind = KINDS[(made + attempt) % len(KINDS)]
            if kind == "part":
                box = _part(rng.choice(truth).box, rng)
            elif kind == "merge" and len(truth) > 1:
                box = _merge(*(r.box for r in rng.sample(truth, 2)))
            else:
                box = _floor(sizes, rng)
            overlaps = box_iou(_xyxy(box), true_xyxy)
            if box[2] >= 4 and box[3] >= 4 and overlaps.max() < MAX_IOU:
                nearest = truth[int(overlaps.argmax())]
                negatives.append(nearest.model_copy(update={"box": box, "is_object": False, "mask": None}))
                made += 1
    return negatives
