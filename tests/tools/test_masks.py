from __future__ import annotations

import numpy as np
import pytest

from nsvr.scene_graph.models import RLE
from nsvr.tools import masks
from nsvr.tools.errors import ToolInputError


def _random_masks() -> list[np.ndarray]:
    rng = np.random.default_rng(0)
    shapes = [(1, 1), (5, 7), (32, 17), (64, 64)]
    found = [np.zeros((4, 6), bool), np.ones((4, 6), bool)]
    for shape in shapes:
        found.append(rng.random(shape) > 0.5)
        blob = np.zeros(shape, bool)
        blob[shape[0] // 4 : max(1, shape[0] * 3 // 4), : max(1, shape[1] // 2)] = True
        found.append(blob)
    first = np.zeros((3, 3), bool)
    first[0, 0] = True
    found.append(first)
    return found


@pytest.mark.parametrize("mask", _random_masks())
def test_encode_decode_round_trip(mask: np.ndarray) -> None:
    rle = masks.encode(mask)
    assert rle.size == mask.shape
    assert (masks.decode(rle) == mask).all()
    assert masks.area(rle) == int(mask.sum())


@pytest.mark.parametrize("mask", _random_masks())
def test_a_mask_decodes_into_its_own_box(mask: np.ndarray) -> None:
    found = masks.decode_crop(masks.encode(mask))
    if not mask.any():
        assert found is None
        return
    crop, (x0, y0) = found
    whole = np.zeros(mask.shape, bool)
    whole[y0 : y0 + crop.shape[0], x0 : x0 + crop.shape[1]] = crop
    assert (whole == mask).all()
    assert masks.to_box(masks.encode(mask))[:2] == (x0, y0) or crop.shape[0] < mask.shape[0]


@pytest.mark.parametrize("mask", _random_masks())
def test_same_strings_area_and_box_as_pycocotools(mask: np.ndarray) -> None:
    coco = pytest.importorskip("pycocotools.mask")
    theirs = coco.encode(np.asfortranarray(mask.astype(np.uint8)))
    ours = masks.encode(mask)
    assert ours.counts == theirs["counts"].decode()
    assert masks.area(ours) == int(coco.area(theirs))
    box = masks.to_box(ours)
    if mask.any():
        x, y, w, h = coco.toBbox(theirs).tolist()
        assert box == (x, y, x + w, y + h)
    else:
        assert box is None


def test_clevr_masks_decode_to_their_area_and_bbox_and_encode_back(clevr_val) -> None:
    _, scenes = clevr_val
    checked = 0
    for scene in scenes[:20]:
        for obj in scene["objects"]:
            rle = masks.from_dict(obj["mask"])
            decoded = masks.decode(rle)
            assert decoded.shape == tuple(obj["mask"]["size"])
            assert int(decoded.sum()) == obj["area"]
            x, y, w, h = obj["bbox"]
            assert masks.to_box(rle) == (x, y, x + w, y + h)
            assert masks.encode(decoded).counts == obj["mask"]["counts"]
            checked += 1
    assert checked > 50


def test_clevr_masks_match_pycocotools_decode(clevr_val) -> None:
    coco = pytest.importorskip("pycocotools.mask")
    _, scenes = clevr_val
    for obj in scenes[0]["objects"]:
        theirs = coco.decode({"size": obj["mask"]["size"], "counts": obj["mask"]["counts"].encode()})
        assert (masks.decode(masks.from_dict(obj["mask"])) == theirs.astype(bool)).all()


def test_encode_crop_equals_encoding_the_full_mask() -> None:
    rng = np.random.default_rng(1)
    crop = rng.random((7, 5)) > 0.4
    full = np.zeros((20, 30), bool)
    full[3:10, 11:16] = crop
    assert masks.encode_crop(crop, (11, 3), (20, 30)) == masks.encode(full)
    edge = np.ones((4, 4), bool)  # touching the bottom-right corner
    full = np.zeros((10, 10), bool)
    full[6:, 6:] = True
    assert masks.encode_crop(edge, (6, 6), (10, 10)) == masks.encode(full)


def test_uncompressed_counts_are_accepted() -> None:
    rle = masks.from_dict({"size": [4, 3], "counts": [5, 2, 5]})
    assert rle == RLE(size=(4, 3), counts="525")
    assert masks.decode({"size": [4, 3], "counts": [5, 2, 5]}).sum() == 2


def test_clip_to_box_and_iou() -> None:
    mask = np.zeros((10, 10), bool)
    mask[2:8, 2:8] = True
    rle = masks.encode(mask)
    clipped = masks.clip_to_box(rle, (0, 0, 5, 10))
    assert masks.to_box(clipped) == (2.0, 2.0, 5.0, 8.0)
    assert masks.iou(rle, clipped) == pytest.approx(18 / 36)


def test_bad_masks_raise_clear_errors() -> None:
    with pytest.raises(ToolInputError, match="malformed"):
        masks.string_to_counts("5 ")  # ' ' has the continuation bit and nothing follows
    with pytest.raises(ToolInputError, match="sum to"):
        masks.decode({"size": [4, 4], "counts": [3, 2]})
    with pytest.raises(ToolInputError, match="2D"):
        masks.encode(np.zeros((2, 2, 2), bool))
    with pytest.raises(ToolInputError, match="does not fit"):
        masks.encode_crop(np.ones((3, 3), bool), (8, 8), (10, 10))
    with pytest.raises(ToolInputError, match="different sizes"):
        masks.iou(masks.encode(np.ones((2, 2), bool)), masks.encode(np.ones((3, 2), bool)))
