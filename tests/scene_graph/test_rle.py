"""The COCO RLE codec of the scene-graph layer (the perception tools and the scene memory both use it)."""

from __future__ import annotations

import numpy as np
import pytest

from nsvr.scene_graph import rle


def _counts(mask: np.ndarray) -> list[int]:
    flat = mask.T.ravel().astype(np.int8)
    bounds = np.concatenate(([0], np.flatnonzero(np.diff(flat)) + 1, [flat.size]))
    counts = np.diff(bounds).tolist()
    return [0, *counts] if flat[0] else counts


def test_strings_counts_masks_and_crops_round_trip():
    rng = np.random.default_rng(3)
    for _ in range(200):
        h, w = rng.integers(1, 25, 2)
        mask = rng.random((h, w)) < rng.random() * 0.5
        text = rle.counts_to_string(_counts(mask))
        assert rle.string_to_counts(text) == _counts(mask)
        assert (rle.decode({"size": [h, w], "counts": text}) == mask).all()
        crop = rle.decode_crop({"size": [h, w], "counts": text})
        if not mask.any():
            assert crop is None
            continue
        x1, y1, part = crop
        rows, cols = np.nonzero(mask)
        assert (x1, y1, part.shape) == (cols.min(), rows.min(), (np.ptp(rows) + 1, np.ptp(cols) + 1))
        assert (part == mask[y1 : y1 + part.shape[0], x1 : x1 + part.shape[1]]).all()


def test_pycocotools_strings_decode_the_same():
    coco = pytest.importorskip("pycocotools.mask")
    mask = np.zeros((30, 20), dtype=np.uint8)
    mask[3:17, 5:9] = 1
    mask[20:, 12:] = 1
    encoded = coco.encode(np.asfortranarray(mask))
    assert (rle.decode({"size": encoded["size"], "counts": encoded["counts"]}) == mask.astype(bool)).all()


@pytest.mark.parametrize(
    "text, problem", [("5 ", "out of range"), ("5\x7f", "out of range"), ("é", "not ASCII"), ("0", "")]
)
def test_malformed_strings_are_refused(text, problem):
    if not problem:  # '0' is one run of zero: a valid string whose counts do not fill a 2x2 mask
        with pytest.raises(rle.RLEFormatError, match="sum to"):
            rle.decode({"size": [2, 2], "counts": text})
        return
    with pytest.raises(rle.RLEFormatError, match=problem):
        rle.string_to_counts(text)
