"""Pre- and post-processing around the ONNX detector, in numpy: letterboxing and class-agnostic NMS."""

from __future__ import annotations

from typing import Any

import numpy as np
from PIL import Image

PAD_VALUE = 114


def letterbox(image: Image.Image, shape: tuple[int, int]) -> tuple[np.ndarray, float, tuple[float, float]]:
    """``image`` resized to fit ``shape`` (height, width) keeping its aspect, centred on a grey canvas, as a
    ``(1, 3, H, W)`` float32 array in [0, 1]; also the scale and the (left, top) padding."""
    height, width = shape
    scale = min(height / image.height, width / image.width)
    new_w, new_h = max(1, round(image.width * scale)), max(1, round(image.height * scale))
    left, top = (width - new_w) // 2, (height - new_h) // 2
    canvas = Image.new("RGB", (width, height), (PAD_VALUE,) * 3)
    canvas.paste(image.resize((new_w, new_h), Image.Resampling.BILINEAR), (left, top))
    array = np.asarray(canvas, dtype=np.float32).transpose(2, 0, 1)[None] / 255.0
    return np.ascontiguousarray(array), scale, (float(left), float(top))


def box_iou(box: np.ndarray, others: np.ndarray) -> np.ndarray:
    """IoU of one ``(4,)`` xyxy box with ``(n, 4)`` xyxy boxes.

    >>> box_iou(np.array([0, 0, 2, 2.0]), np.array([[1, 0, 3, 2.0], [5, 5, 6, 6.0]])).round(3).tolist()
    [0.333, 0.0]
    """
    x1 = np.maximum(box[0], others[:, 0])
    y1 = np.maximum(box[1], others[:, 1])
    x2 = np.minimum(box[2], others[:, 2])
    y2 = np.minimum(box[3], others[:, 3])
    inter = np.clip(x2 - x1, 0, None) * np.clip(y2 - y1, 0, None)
    area = (box[2] - box[0]) * (box[3] - box[1])
    areas = (others[:, 2] - others[:, 0]) * (others[:, 3] - others[:, 1])
    return inter / np.maximum(area + areas - inter, 1e-9)


def non_max_suppression(boxes: np.ndarray, scores: np.ndarray, iou: float) -> list[int]:
    """Indices of the boxes kept by greedy NMS, best score first.

    >>> non_max_suppression(np.array([[0, 0, 2, 2.0], [0, 0, 2, 2.1], [5, 5, 6, 6.0]]), np.array([.9, .8, .7]), .5)
    [0, 2]
    """
    order = list(np.argsort(-scores))
    keep: list[int] = []
    while order:
        best = order.pop(0)
        keep.append(int(best))
        if order:
            overlaps = box_iou(boxes[best], boxes[order])
            order = [i for i, overlap in zip(order, overlaps, strict=True) if overlap <= iou]
    return keep


def decode_detections(
    raw: np.ndarray,
    scale: float,
    padding: tuple[float, float],
    conf: float,
    iou: float | None,
    size: tuple[int, int],
) -> tuple[np.ndarray, np.ndarray]:
    """Boxes (xyxy in original pixels, clipped to ``size`` = (width, height)) and scores from the raw head
    output ``(1, 4 + classes, anchors)`` (centre-size boxes in letterboxed pixels); NMS at ``iou`` unless
    None."""
    predictions = raw[0].T
    scores = predictions[:, 4:].max(axis=1)
    selected = scores >= conf
    centre_size, scores = predictions[selected, :4], scores[selected]
    boxes = np.concatenate(
        [centre_size[:, :2] - centre_size[:, 2:] / 2, centre_size[:, :2] + centre_size[:, 2:] / 2], 1
    )
    if iou is not None:
        keep = non_max_suppression(boxes, scores, iou)
        boxes, scores = boxes[keep], scores[keep]
    boxes[:, [0, 2]] = np.clip((boxes[:, [0, 2]] - padding[0]) / scale, 0, size[0])
    boxes[:, [1, 3]] = np.clip((boxes[:, [1, 3]] - padding[1]) / scale, 0, size[1])
    return boxes, scores


def fuse_mirrored(
    boxes: np.ndarray, scores: np.ndarray, mirrored_boxes: np.ndarray, mirrored_scores: np.ndarray, match_iou: float
) -> tuple[np.ndarray, np.ndarray]:
    """Merge the detections of an image and of its mirror image (boxes already mapped back): a box found in
    both becomes their score-weighted mean with the mean score; a box found once keeps half its score.

    >>> b, s = fuse_mirrored(np.array([[0, 0, 10, 10.0]]), np.array([0.8]), np.array([[1, 0, 11, 10.0],
    ...                      [50, 50, 60, 60.0]]), np.array([0.4, 0.6]), match_iou=0.5)
    >>> b.round(2).tolist(), s.round(2).tolist()
    ([[0.33, 0.0, 10.33, 10.0], [50.0, 50.0, 60.0, 60.0]], [0.6, 0.3])
    """
    fused_boxes: list[np.ndarray] = []
    fused_scores: list[float] = []
    unused = np.ones(len(mirrored_boxes), dtype=bool)
    for box, score in zip(boxes, scores, strict=True):
        overlaps = box_iou(box, mirrored_boxes) * unused if len(mirrored_boxes) else np.zeros(1)
        best = int(overlaps.argmax())
        if overlaps[best] >= match_iou:
            unused[best] = False
            other, other_score = mirrored_boxes[best], mirrored_scores[best]
            fused_boxes.append((box * score + other * other_score) / (score + other_score))
            fused_scores.append(float(score + other_score) / 2)
        else:
            fused_boxes.append(box)
            fused_scores.append(float(score) / 2)
    for box, score in zip(mirrored_boxes[unused], mirrored_scores[unused], strict=True):
        fused_boxes.append(box)
        fused_scores.append(float(score) / 2)
    return np.array(fused_boxes, dtype=np.float64).reshape(-1, 4), np.array(fused_scores, dtype=np.float64)


def run_detector(session: Any, image: Image.Image, settings: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """Boxes ``(n, 4)`` xyxy in ``image`` pixels and scores from the ONNX detector ``session``.

    ``settings`` is the ``detector`` section of ``clevr.json``: ``input_shape``, ``conf``, ``iou`` and, when
    ``mirror`` is set, the mirror image is detected too and the two sets fused (:func:`fuse_mirrored`) before
    thresholding and NMS.
    """
    shape = tuple(settings["input_shape"])
    size = (image.width, image.height)
    name = session.get_inputs()[0].name
    if not settings.get("mirror", False):
        tensor, scale, padding = letterbox(image, shape)
        return decode_detections(
            session.run(None, {name: tensor})[0], scale, padding, settings["conf"], settings["iou"], size
        )
    passes = []
    for picture in (image, image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)):
        tensor, scale, padding = letterbox(picture, shape)
        raw = session.run(None, {name: tensor})[0]
        # keep weak boxes: a box seen in both passes can end up above the threshold
        passes.append(decode_detections(raw, scale, padding, settings["conf"] / 2, settings["iou"], size))
    (boxes, scores), (mirrored, mirrored_scores) = passes
    mirrored = mirrored.copy()
    mirrored[:, [0, 2]] = image.width - mirrored[:, [2, 0]]
    boxes, scores = fuse_mirrored(boxes, scores, mirrored, mirrored_scores, settings.get("match_iou", 0.55))
    selected = scores >= settings["conf"]
    boxes, scores = boxes[selected], scores[selected]
    keep = non_max_suppression(boxes, scores, settings["iou"])
    return boxes[keep], scores[keep]
