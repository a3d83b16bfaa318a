"""COCO run-length encoding of binary masks in plain numpy (pycocotools is optional).

A mask is a ``(height, width)`` boolean array. COCO RLE counts alternate runs of 0s and 1s over the mask read
column by column (Fortran order), starting with a run of 0s (possibly empty); the compressed string form is
pycocotools' (LEB128-like, 5 bits per character, deltas from the count two places before).

>>> mask = np.zeros((4, 3), dtype=bool)
>>> mask[1:3, 1] = True
>>> rle = encode(mask)
>>> rle.counts, rle.size
('525', (4, 3))
>>> bool((decode(rle) == mask).all())
True
>>> area(rle), to_box(rle)
(2, (1.0, 1.0, 2.0, 3.0))
"""

from __future__ import annotations

import numpy as np

from nsvr.scene_graph import rle as rle_codec
from nsvr.scene_graph.models import RLE, Box
from nsvr.scene_graph.rle import counts_to_string
from nsvr.tools.errors import ToolInputError


def string_to_counts(text: str) -> list[int]:
    """Run lengths from a compressed COCO string, as pycocotools' ``rleFrString``.

    >>> string_to_counts('525')
    [5, 2, 5]
    """
    try:
        return rle_codec.string_to_counts(text)
    except rle_codec.RLEFormatError as error:
        raise ToolInputError(str(error)) from error


def _counts_from_changes(changes: np.ndarray, total: int) -> list[int]:
    changes = changes[changes < total]  # a run ending at the last pixel needs no closing change
    bounds = np.concatenate(([0], changes, [total]))
    return np.diff(bounds).astype(np.int64).tolist()


def encode(mask: np.ndarray) -> RLE:
    """COCO RLE of a 2D boolean (or 0/1) mask."""
    if mask.ndim != 2:
        raise ToolInputError(f"a mask must be 2D (height, width), got shape {mask.shape}")
    height, width = mask.shape
    return encode_crop(mask, (0, 0), (height, width))


def encode_crop(crop: np.ndarray, offset: tuple[int, int], size: tuple[int, int]) -> RLE:
    """COCO RLE of a full ``size = (height, width)`` mask that is zero outside ``crop`` placed at
    ``offset = (x, y)``, without building the full-size mask (cheap for small objects in huge images).

    >>> encode_crop(np.ones((2, 1), dtype=bool), (1, 1), (4, 3)) == encode(np.pad(np.ones((2, 1)), ((1, 1), (1, 1))))
    True
    """
    height, width = size
    x0, y0 = offset
    crop = np.asarray(crop).astype(bool)
    if crop.ndim != 2:
        raise ToolInputError(f"a mask crop must be 2D, got shape {crop.shape}")
    crop_h, crop_w = crop.shape
    if x0 < 0 or y0 < 0 or x0 + crop_w > width or y0 + crop_h > height:
        raise ToolInputError(f"mask crop {crop.shape} at {offset} does not fit a {height}x{width} mask")
    # A zero row above and below each column: changes never cross columns, and each change's row maps back.
    padded = np.zeros((crop_h + 2, crop_w), dtype=np.int8)
    padded[1:-1] = crop
    flat = padded.T.ravel()
    change = np.flatnonzero(np.diff(flat)) + 1
    column, row = np.divmod(change, crop_h + 2)
    full_index = (x0 + column) * height + (y0 + row - 1)
    # A run reaching a column's bottom and one starting at the next column's top meet at the same index: the
    # two changes cancel (the run continues across columns).
    positions, multiplicity = np.unique(full_index, return_counts=True)
    full_index = positions[multiplicity % 2 == 1]
    return RLE(size=(height, width), counts=counts_to_string(_counts_from_changes(full_index, height * width)))


def decode(rle: RLE | dict) -> np.ndarray:
    """The boolean ``(height, width)`` mask of a COCO RLE (compressed string or uncompressed count list)."""
    try:
        return rle_codec.decode(rle)
    except rle_codec.RLEFormatError as error:
        raise ToolInputError(str(error)) from error


def decode_crop(rle: RLE | dict) -> tuple[np.ndarray, tuple[int, int]] | None:
    """The mask within its tight box, and the box's ``(x, y)`` corner; None when empty. The work grows with
    the mask's area, not the image's (a drawing of thousands of objects decodes each in its own box).

    >>> mask = np.zeros((4, 3), dtype=bool)
    >>> mask[1:3, 1] = True
    >>> crop, corner = decode_crop(encode(mask))
    >>> crop.shape, corner
    ((2, 1), (1, 1))
    """
    height, _, counts = _parts(rle)
    bounds = np.cumsum([0, *counts])
    starts, lengths = bounds[1:-1:2], np.asarray(counts[1::2], dtype=np.int64)
    if lengths.sum() == 0:
        return None
    # every foreground pixel's index in column-major order: each run's start plus 0 .. its length - 1
    firsts = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
    index = firsts + np.arange(int(lengths.sum()))
    columns, rows = np.divmod(index, height)
    x0, y0 = int(columns.min()), int(rows.min())
    crop = np.zeros((int(rows.max()) - y0 + 1, int(columns.max()) - x0 + 1), bool)
    crop[rows - y0, columns - x0] = True
    return crop, (x0, y0)


def _parts(rle: RLE | dict) -> tuple[int, int, list[int]]:
    try:
        height, width, counts = rle_codec.rle_parts(rle)
        return height, width, counts.tolist()
    except rle_codec.RLEFormatError as error:
        raise ToolInputError(str(error)) from error


def from_dict(rle: dict) -> RLE:
    """An :class:`RLE` from a COCO dict (``counts`` as str, bytes or an uncompressed list)."""
    height, width, counts = _parts(rle)
    return RLE(size=(height, width), counts=counts_to_string(counts))


def area(rle: RLE) -> int:
    """Number of foreground pixels."""
    return rle_codec.area(rle)


def to_box(rle: RLE) -> Box | None:
    """The tight ``(x1, y1, x2, y2)`` box of the mask (x2/y2 exclusive, as pixel edges), None when empty."""
    height, _, counts = _parts(rle)
    starts = np.cumsum([0, *counts[:-1]])
    fg_start = starts[1::2]
    fg_len = np.asarray(counts[1::2])
    keep = fg_len > 0
    if not keep.any():
        return None
    first, last = fg_start[keep], fg_start[keep] + fg_len[keep] - 1
    # A run may wrap over several columns: its rows then span the whole column height.
    x1 = int((first // height).min())
    x2 = int((last // height).max()) + 1
    wraps = (last // height) > (first // height)
    y1 = 0 if wraps.any() else int((first % height).min())
    y2 = height if wraps.any() else int((last % height).max()) + 1
    return (float(x1), float(y1), float(x2), float(y2))


def iou(a: RLE, b: RLE) -> float:
    """Intersection over union of two masks of the same size."""
    if a.size != b.size:
        raise ToolInputError(f"masks of different sizes {a.size} and {b.size} cannot be compared")
    mask_a, mask_b = decode(a), decode(b)
    union = np.logical_or(mask_a, mask_b).sum()
    return float(np.logical_and(mask_a, mask_b).sum() / union) if union else 0.0


def clip_to_box(rle: RLE, box: Box) -> RLE:
    """The mask with every pixel outside ``box`` cleared."""
    mask = decode(rle)
    height, width = mask.shape
    x1, y1 = max(0, int(np.floor(box[0]))), max(0, int(np.floor(box[1])))
    x2, y2 = min(width, int(np.ceil(box[2]))), min(height, int(np.ceil(box[3])))
    return encode_crop(mask[y1:y2, x1:x2], (x1, y1), (height, width))
