from __future__ import annotations

from functools import partial
from pathlib import Path

import numpy as np
import pytest

from nsvr.tools import masks
from nsvr.tools.convert import Detections
from nsvr.tools.errors import ModelNotAvailableError, ToolConfigError
from nsvr.tools.image_io import load_image
from nsvr.tools.segmenter import (
    BoxCrop,
    ColourModelSegmenter,
    FullGrabCutSegmenter,
    GrabCutSegmenter,
    SamSegmenter,
    UltralyticsSamSegmenter,
    mask_to_original_rle,
)


def _disc_scene(size: tuple[int, int] = (240, 320)) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    height, width = size
    image = (rng.normal(120, 12, (height, width, 3))).clip(0, 255).astype(np.uint8)
    yy, xx = np.mgrid[:height, :width]
    disc = (yy - 120) ** 2 + (xx - 150) ** 2 < 50**2
    image[disc] = (220, 40, 40)
    return image, disc


def test_grabcut_recovers_a_disc_from_its_box() -> None:
    pytest.importorskip("cv2")
    image, disc = _disc_scene()
    boxes = Detections(boxes=[(95, 65, 205, 175)], scores=[0.9], class_names=["ball"])
    found = GrabCutSegmenter()(image, boxes)
    assert found.boxes == boxes.boxes and found.masks is not None
    mask = masks.decode(found.masks[0])
    assert mask.shape == disc.shape
    iou = (mask & disc).sum() / (mask | disc).sum()
    assert iou > 0.85


@pytest.mark.parametrize("bins", [16, 12, 5])
def test_colour_model_recovers_a_disc_with_any_number_of_bins(bins: int) -> None:
    """Bin counts that do not divide 256 used to index past the histogram."""
    pytest.importorskip("cv2")
    image, disc = _disc_scene()
    boxes = Detections(boxes=[(95, 65, 205, 175)], scores=[0.9], class_names=["ball"])
    mask = masks.decode(ColourModelSegmenter(bins=bins)(image, boxes).masks[0])
    assert (mask & disc).sum() / (mask | disc).sum() > 0.85


def test_grabcut_gives_a_box_the_same_mask_whatever_else_it_segments(bus_jpg: Path) -> None:
    pytest.importorskip("cv2")
    image = load_image(bus_jpg)
    person, bus = (50.0, 400.0, 250.0, 900.0), (20.0, 230.0, 800.0, 750.0)
    alone = GrabCutSegmenter()(image, Detections(boxes=[person], scores=[0.9], class_names=["person"]))
    after = GrabCutSegmenter()(image, Detections(boxes=[bus, person], scores=[0.9, 0.9], class_names=["bus", "person"]))
    assert alone.masks is not None and after.masks is not None
    assert alone.masks[0] == after.masks[1]


def test_grabcut_masks_of_a_downscaled_image_are_full_size() -> None:
    pytest.importorskip("cv2")
    image, disc = _disc_scene((480, 640))
    disc_box = (95 * 2, 65 * 2, 205 * 2, 175 * 2)
    image = np.zeros((480, 640, 3), np.uint8) + 120
    yy, xx = np.mgrid[:480, :640]
    disc = (yy - 240) ** 2 + (xx - 300) ** 2 < 100**2
    image[disc] = (220, 40, 40)
    loaded = load_image(image, max_side=320)
    found = GrabCutSegmenter()(loaded, Detections(boxes=[disc_box], scores=[1.0], class_names=["ball"]))
    mask = masks.decode(found.masks[0])
    assert mask.shape == (480, 640)
    assert (mask & disc).sum() / (mask | disc).sum() > 0.85


def test_degenerate_boxes_get_no_mask() -> None:
    pytest.importorskip("cv2")
    image, _ = _disc_scene()
    found = GrabCutSegmenter()(image, Detections(boxes=[(10, 10, 10.5, 50)], scores=[0.5], class_names=["x"]))
    assert found.masks == [None]
    with pytest.raises(ToolConfigError):
        GrabCutSegmenter(iterations=0)


def test_mask_to_original_rle_places_a_crop() -> None:
    loaded = load_image(np.zeros((100, 200, 3), np.uint8), max_side=100)  # scale 0.5
    crop = np.ones((10, 20), bool)
    rle = mask_to_original_rle(loaded, crop, (10, 5, 30, 15))
    assert rle.size == (100, 200)
    assert masks.to_box(rle) == (20.0, 10.0, 60.0, 30.0)


@pytest.mark.slow
def test_sam_needs_a_checkpoint_file(tmp_path: Path) -> None:
    pytest.importorskip("segment_anything")
    with pytest.raises(ModelNotAvailableError, match="not available offline; pass --model PATH to a SAM checkpoint"):
        SamSegmenter(model=str(tmp_path / "sam_vit_b.pth"), device="cpu").load()


@pytest.mark.slow
def test_ultralytics_sam_by_name_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("ultralytics")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ModelNotAvailableError, match="model sam_never_published.pt not available offline"):
        UltralyticsSamSegmenter(model="sam_never_published.pt", device="cpu").load()


@pytest.mark.slow
def test_sam_predictor_path_with_a_tiny_random_sam(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    segment_anything = pytest.importorskip("segment_anything")
    from segment_anything.build_sam import _build_sam

    tiny = partial(
        _build_sam, encoder_embed_dim=16, encoder_depth=1, encoder_num_heads=1, encoder_global_attn_indexes=[0]
    )
    torch.manual_seed(0)
    checkpoint = tmp_path / "tiny_sam.pth"
    torch.save(tiny().state_dict(), checkpoint)
    registry = segment_anything.sam_model_registry
    registry["tiny_test"] = tiny
    try:
        image, _ = _disc_scene()
        tool = SamSegmenter(model=str(checkpoint), model_type="tiny_test", device="cpu")
        boxes = Detections(boxes=[(95, 65, 205, 175), (0, 0, 40, 40)], scores=[0.9, 0.5], class_names=["a", "b"])
        found = tool(image, boxes)
        assert found.masks is not None and len(found.masks) == 2
        assert all(m is None or m.size == (240, 320) for m in found.masks)  # random weights: shapes, not quality
        with pytest.raises(ToolConfigError, match="unknown SAM model type"):
            SamSegmenter(model=str(checkpoint), model_type="vit_q", device="cpu").load()
        tool.close()
    finally:
        registry.pop("tiny_test", None)


def test_a_large_compact_object_is_kept_from_the_probe_and_matches_the_full_cut() -> None:
    pytest.importorskip("cv2")
    image = np.zeros((960, 1280, 3), np.uint8) + 120
    yy, xx = np.mgrid[:960, :1280]
    disc = (yy - 480) ** 2 + (xx - 600) ** 2 < 300**2
    image[disc] = (220, 40, 40)
    boxes = Detections(boxes=[(290, 170, 910, 790)], scores=[1.0], class_names=["ball"])
    tool = GrabCutSegmenter()
    tool.load()
    import cv2

    cut = BoxCrop.around(cv2, load_image(image), boxes.boxes[0], tool.work_size)
    assert cut is not None and tool._probe(cv2, cut) is not None  # the probe's mask is kept
    probed = masks.decode(GrabCutSegmenter()(image, boxes).masks[0])
    full = masks.decode(GrabCutSegmenter(probe_size=0)(image, boxes).masks[0])
    assert (probed & full).sum() / (probed | full).sum() > 0.95  # a 64-px cut, scaled up 12x
    assert (probed & disc).sum() / (probed | disc).sum() > 0.95


def test_a_probe_that_loses_the_object_falls_back_to_the_full_cut(bus_jpg: Path) -> None:
    pytest.importorskip("cv2")
    import cv2

    image = load_image(bus_jpg)
    person = (53.0, 394.0, 228.0, 898.0)  # thin and low-contrast: shrunk to 64 px, GrabCut keeps nothing of it
    tool = GrabCutSegmenter()
    tool.load()
    cut = BoxCrop.around(cv2, image, person, tool.work_size)
    assert cut is not None and tool._probe(cv2, cut) is None
    found = tool(image, Detections(boxes=[person], scores=[0.9], class_names=["person"]))
    unprobed = GrabCutSegmenter(probe_size=0)(image, Detections(boxes=[person], scores=[0.9], class_names=["person"]))
    assert found.masks == unprobed.masks and found.masks[0] is not None


def test_small_boxes_are_cut_as_without_the_probe_and_options_are_checked() -> None:
    pytest.importorskip("cv2")
    image, _ = _disc_scene()
    boxes = Detections(boxes=[(95, 65, 205, 175)], scores=[0.9], class_names=["ball"])
    assert GrabCutSegmenter()(image, boxes).masks == GrabCutSegmenter(probe_size=0)(image, boxes).masks
    full = FullGrabCutSegmenter()
    assert (full.name, full.iterations, full.probe_size) == ("grabcut-full", 3, 0)
    for bad in ({"probe_size": 8}, {"probe_size": 224}, {"accept_fraction": 1.5}):
        with pytest.raises(ToolConfigError):
            GrabCutSegmenter(**bad)
