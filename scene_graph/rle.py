"""COCO run-length encoding, the part the scene graph itself needs: the compressed count strings and decoding.

``nsvr.tools.masks`` builds on it (encoding, boxes, IoU); scene-graph code (the scene memory) decodes masks with it
without importing the perception tools.

>>> string_to_counts("525"), counts_to_string([5, 2, 5])
([5, 2, 5], '525')
>>> decode({"size": [4, 3], "counts": [5, 2, 5]}).astype(int).tolist()
[[0, 0, 0], [0, 1, 0], [0, 1, 0], [0, 0, 0]]
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from nsvr.scene_graph.errors import NsvrError
from nsvr.scene_graph.models import RLE


class RLEFormatError(NsvrError, ValueError):
    """A COCO RLE whose counts string or sizes are malformed."""


def counts_to_string(counts: Sequence[int]) -> str:
    """The compressed COCO string of run lengths, as pycocotools' ``rleToString``.

    >>> counts_to_string([5, 2, 5])
    '525'
    """
    out: list[str] = []
    for index, count in enumerate(counts):
        value = int(count) - (int(counts[index - 2]) if index > 2 else 0)
        more = True
        while more:
            chunk = value & 0x1F
            value >>= 5
            more = value != -1 if chunk & 0x10 else value != 0
            if more:
                chunk |= 0x20
            out.append(chr(chunk + 48))
    return "".join(out)


def string_to_counts(text: str) -> list[int]:
    """Run lengths from a compressed COCO string, as pycocotools' ``rleFrString`` (vectorised).

    >>> string_to_counts('525')
    [5, 2, 5]
    """
    return counts_array(text).tolist()


def counts_array(text: str) -> np.ndarray:
    """:func:`string_to_counts` as an int64 array. Each number is 5-bit chunks (char - 48), least significant
    first, bit 0x20 meaning "more follows", bit 0x10 of the last chunk the sign; from the fourth number on, each
    is stored as the difference from the number two places before."""
    if not text:
        return np.zeros(0, dtype=np.int64)
    try:
        chunks = np.frombuffer(text.encode("ascii"), dtype=np.uint8).astype(np.int64) - 48
    except UnicodeEncodeError as error:
        raise RLEFormatError(f"malformed COCO RLE string (not ASCII): {text[:40]!r}") from error
    if chunks.min() < 0 or chunks.max() > 63:
        raise RLEFormatError(f"malformed COCO RLE string (character out of range): {text[:40]!r}")
    ends = np.flatnonzero((chunks & 0x20) == 0)
    if not len(ends) or ends[-1] != len(chunks) - 1:
        raise RLEFormatError(f"malformed COCO RLE string (ends mid-number): {text[:40]!r}")
    starts = np.concatenate(([0], ends[:-1] + 1))
    lengths = ends - starts + 1
    position = np.arange(len(chunks)) - np.repeat(starts, lengths)
    values = np.add.reduceat((chunks & 0x1F) << (5 * position), starts)
    negative = (chunks[ends] & 0x10) != 0
    values[negative] |= np.left_shift(-1, 5 * lengths[negative])
    counts = values.copy()
    if len(counts) > 3:
        counts[3::2] = counts[1] + np.cumsum(values[3::2])
    if len(counts) > 4:
        counts[4::2] = counts[2] + np.cumsum(values[4::2])
    return counts


def rle_parts(rle: RLE | dict) -> tuple[int, int, np.ndarray]:
    """``(height, width, counts)`` of an :class:`RLE` or a COCO dict (counts as str, bytes or a list)."""
    if isinstance(rle, RLE):
        return rle.size[0], rle.size[1], counts_array(rle.counts)
    height, width = (int(v) for v in rle["size"])
    raw = rle["counts"]
    if isinstance(raw, bytes):
        raw = raw.decode("ascii")
    counts = counts_array(raw) if isinstance(raw, str) else np.asarray([int(c) for c in raw], dtype=np.int64)
    return height, width, counts


def area(rle: RLE | dict) -> int:
    """Number of foreground pixels of an :class:`RLE` or a COCO dict."""
    return int(rle_parts(rle)[2][1::2].sum())


def _checked(rle: RLE | dict) -> tuple[int, int, np.ndarray]:
    height, width, counts = rle_parts(rle)
    if int(counts.sum()) != height * width or (len(counts) and counts.min() < 0):
        raise RLEFormatError(f"RLE counts sum to {int(counts.sum())}, expected {height}x{width}={height * width}")
    return height, width, counts


def decode(rle: RLE | dict) -> np.ndarray:
    """The boolean ``(height, width)`` mask of a COCO RLE (compressed string or uncompressed count list)."""
    height, width, counts = _checked(rle)
    values = np.zeros(len(counts), dtype=bool)
    values[1::2] = True
    flat = np.repeat(values, counts)
    return flat.reshape(width, height).T


def decode_crop(rle: RLE | dict) -> tuple[int, int, np.ndarray] | None:
    """``(x1, y1, crop)``: the mask cut to its bounding box (None when empty); only the columns the object
    spans are expanded, so a small object in a large image stays cheap.

    >>> x1, y1, crop = decode_crop({"size": [4, 3], "counts": [5, 2, 5]})
    >>> x1, y1, crop.astype(int).tolist()
    (1, 1, [[1], [1]])
    """
    height, _, counts = _checked(rle)
    ends = np.cumsum(counts)
    starts = ends - counts
    filled = counts[1::2] > 0
    if not filled.any():
        return None
    x1 = int(starts[1::2][filled].min()) // height
    x2 = int(ends[1::2][filled].max() - 1) // height
    band = np.clip(ends, x1 * height, (x2 + 1) * height) - np.clip(starts, x1 * height, (x2 + 1) * height)
    values = np.zeros(len(counts), dtype=bool)
    values[1::2] = True
    columns = np.repeat(values, band).reshape(x2 - x1 + 1, height).T
    rows = np.flatnonzero(columns.any(axis=1))
    y1 = int(rows[0])
    crop = columns[y1 : int(rows[-1]) + 1]
    return x1, y1, crop
