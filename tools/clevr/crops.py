"""Object crops for the attribute network, shared by training and inference so both see the same pixels.

A crop is the square around a box (its longer side times :data:`CONTEXT`), resized to :data:`CROP_SIZE` with
PIL, plus a fourth channel that is 1 inside the box: it tells the network which of several overlapping
objects the crop is about.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

CROP_SIZE = 48
CONTEXT = 1.25
GEOMETRY_FEATURES = 4
"""Box centre (u, v) and size (w, h), normalised by the image size: the network needs them to tell a small
near object from a large far one."""


def crop_window(box: tuple[float, float, float, float], context: float = CONTEXT) -> tuple[float, ...]:
    """The square window ``(x0, y0, x1, y1)`` centred on ``box`` (x, y, w, h) with side
    ``context * max(w, h)``.

    >>> crop_window((10.0, 10.0, 20.0, 10.0), context=1.0)
    (10.0, 5.0, 30.0, 25.0)
    """
    x, y, w, h = box
    side = context * max(w, h, 1.0)
    cx, cy = x + w / 2, y + h / 2
    return (cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2)


def object_crop(image: Image.Image, box: tuple[float, float, float, float], context: float = CONTEXT) -> np.ndarray:
    """A ``(4, CROP_SIZE, CROP_SIZE)`` float32 array: RGB in [0, 1] and the box indicator channel."""
    x0, y0, x1, y1 = crop_window(box, context)
    patch = image.transform((CROP_SIZE, CROP_SIZE), Image.Transform.EXTENT, (x0, y0, x1, y1), Image.Resampling.BILINEAR)
    rgb = np.asarray(patch, dtype=np.float32).transpose(2, 0, 1) / 255.0
    scale = CROP_SIZE / (x1 - x0)
    inside = np.zeros((1, CROP_SIZE, CROP_SIZE), dtype=np.float32)
    bx0, by0 = int(round((box[0] - x0) * scale)), int(round((box[1] - y0) * scale))
    bx1, by1 = int(round((box[0] + box[2] - x0) * scale)), int(round((box[1] + box[3] - y0) * scale))
    inside[0, max(0, by0) : max(0, by1), max(0, bx0) : max(0, bx1)] = 1.0
    return np.concatenate([rgb, inside], axis=0)


def geometry_features(box: tuple[float, float, float, float], width: int, height: int) -> np.ndarray:
    """The box's centre and size normalised by the image size, as float32.

    >>> geometry_features((0.0, 0.0, 48.0, 32.0), 480, 320).tolist()
    [0.05000000074505806, 0.05000000074505806, 0.10000000149011612, 0.10000000149011612]
    """
    x, y, w, h = box
    return np.array([(x + w / 2) / width, (y + h / 2) / height, w / width, h / height], dtype=np.float32)


def centre_offset(
    box: tuple[float, float, float, float], pixel: tuple[float, float], context: float = CONTEXT
) -> tuple[float, float]:
    """Where ``pixel`` (an object's projected 3D centre) lies relative to the centre of ``box``, in units of the
    side of its crop window: the attribute network's ``centre`` output.

    >>> centre_offset((10.0, 10.0, 20.0, 10.0), (25.0, 15.0), context=1.0)
    (0.25, 0.0)
    """
    x, y, w, h = box
    side = context * max(w, h, 1.0)
    return ((pixel[0] - x - w / 2) / side, (pixel[1] - y - h / 2) / side)


def centred_boxes(boxes: np.ndarray, offsets: np.ndarray, context: float = CONTEXT) -> np.ndarray:
    """``boxes`` (``(n, 4)`` x, y, w, h) moved so that each is centred on its object's projected centre, given by
    the :func:`centre_offset` values ``offsets`` (``(n, 2)``): the box geometry fits then read the centre.

    >>> centred_boxes(np.array([[10.0, 10.0, 20.0, 10.0]]), np.array([[0.25, 0.0]]), context=1.0).tolist()
    [[15.0, 10.0, 20.0, 10.0]]
    """
    boxes = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    side = context * np.maximum(np.maximum(boxes[:, 2], boxes[:, 3]), 1.0)
    moved = boxes.copy()
    moved[:, 0] += np.asarray(offsets)[:, 0] * side
    moved[:, 1] += np.asarray(offsets)[:, 1] * side
    return moved


def batch_inputs(image: Image.Image, boxes: list[tuple[float, float, float, float]]) -> tuple[np.ndarray, np.ndarray]:
    """Crops ``(n, 4, S, S)`` and geometry ``(n, 4)`` for all ``boxes`` of one RGB ``image``."""
    crops = np.zeros((len(boxes), 4, CROP_SIZE, CROP_SIZE), dtype=np.float32)
    geometry = np.zeros((len(boxes), GEOMETRY_FEATURES), dtype=np.float32)
    for i, box in enumerate(boxes):
        crops[i] = object_crop(image, box)
        geometry[i] = geometry_features(box, image.width, image.height)
    return crops, geometry
