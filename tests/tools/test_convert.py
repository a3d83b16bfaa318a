from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from pydantic import ValidationError

from nsvr.scene_graph.models import Attribute
from nsvr.tools import masks
from nsvr.tools.convert import Detections, box_iou
from nsvr.tools.errors import ToolInputError


def test_box_iou_matrix() -> None:
    iou = box_iou([(0, 0, 10, 10), (0, 0, 5, 5)], [(0, 0, 10, 10), (20, 20, 30, 30), (5, 0, 15, 10)])
    assert iou.shape == (2, 3)
    assert iou[0].tolist() == pytest.approx([1.0, 0.0, 50 / 150])
    assert iou[1, 0] == pytest.approx(0.25)
    assert box_iou([], [(0, 0, 1, 1)]).shape == (0, 1)


def test_lengths_must_agree_and_boxes_be_ordered() -> None:
    with pytest.raises(ValidationError, match="scores has 1 entries for 2 boxes"):
        Detections(boxes=[(0, 0, 1, 1), (0, 0, 2, 2)], scores=[0.5], class_names=["a", "b"])
    with pytest.raises(ValidationError, match="x1 <= x2"):
        Detections(boxes=[(5, 0, 1, 1)], scores=[0.5], class_names=["a"])


def test_filter_select_and_deduplicate() -> None:
    dets = Detections(
        boxes=[(0, 0, 10, 10), (1, 1, 10, 10), (0, 0, 10, 10), (50, 50, 60, 60)],
        scores=[0.6, 0.9, 0.8, 0.2],
        class_names=["cup", "cup", "bowl", "cup"],
    )
    assert dets.filter(min_score=0.5).class_names == ["cup", "cup", "bowl"]
    assert dets.filter(names=["bowl"]).scores == [0.8]
    kept = dets.deduplicate(0.7)
    assert kept.scores == [0.9, 0.8, 0.2]  # the 0.6 cup duplicates the 0.9 cup; the bowl is another class
    assert dets.deduplicate(0.7, class_agnostic=True).scores == [0.9, 0.2]


def test_merge_across_tools_fills_missing_columns() -> None:
    mask = masks.encode(np.ones((20, 20), bool))
    detector = Detections(boxes=[(0, 0, 10, 10)], scores=[0.7], class_names=["sign"], masks=[mask], sources=["a"])
    ocr = Detections(boxes=[(2, 2, 8, 8)], scores=[0.9], class_names=["text"], texts=["STOP"], sources=["ocr"])
    again = Detections(boxes=[(0, 0, 10, 11)], scores=[0.9], class_names=["sign"], sources=["b"])
    merged = Detections.merge([detector, ocr, again])
    assert merged.class_names == ["text", "sign"]
    assert merged.sources == ["ocr", "b"]
    assert merged.texts == ["STOP", None] and merged.masks == [None, None]
    both = Detections.concatenate([detector, ocr])
    assert both.masks == [mask, None] and both.texts == [None, "STOP"]


def test_to_objects_and_scene_graph() -> None:
    dets = Detections(
        boxes=[(0, 0, 10, 10), (20, 0, 30, 10)],
        scores=[1.2, 0.5],  # a detector's score above 1 is clipped
        class_names=["cup", "plate"],
        attributes=[{"color": Attribute(value="red")}, {}],
        positions_3d=[(0.0, 0.0, 1.0), None],
        sources=["ssd", "ssd"],
    )
    objects = dets.to_objects(start_id=5, id_prefix="o")
    assert [o.id for o in objects] == ["o5", "o6"]
    assert objects[0].score == 1.0 and objects[0].attribute("color") == "red"
    assert objects[0].position_3d == (0.0, 0.0, 1.0) and objects[1].source == "ssd"
    graph = dets.to_scene_graph(40, 20, vocabulary=["cup", "plate"])
    assert graph.can_see("cup") and not graph.can_see("dog")


def test_from_opencv_ssd_scales_normalised_boxes_and_drops_unknown_classes() -> None:
    rows = np.array(
        [
            [0, 1, 0.9, 0.1, 0.2, 0.5, 0.6],
            [0, 12, 0.8, 0.0, 0.0, 1.0, 1.0],  # id 12 is unused in the COCO map
            [0, 6, 0.1, 0.0, 0.0, 1.0, 1.0],
            [0, 6, 0.7, -0.01, 0.5, 1.02, 1.0],
        ]
    ).reshape(1, 1, 4, 7)
    dets = Detections.from_opencv_ssd(rows, {1: "person", 6: "bus"}, (200, 100), min_score=0.3)
    assert dets.class_names == ["person", "bus"]
    assert dets.boxes[0] == pytest.approx((20, 20, 100, 60))
    assert dets.boxes[1] == pytest.approx((0, 50, 200, 100))  # clipped to the image


def test_from_rapidocr_makes_axis_aligned_text_boxes() -> None:
    output = SimpleNamespace(
        boxes=np.array([[[10, 20], [110, 18], [112, 40], [11, 42]]], dtype=float),
        txts=("cero",),
        scores=(0.97,),
    )
    dets = Detections.from_rapidocr(output, scale=0.5)
    assert dets.class_names == ["text"] and dets.texts == ["cero"]
    assert dets.boxes[0] == pytest.approx((20, 36, 224, 84))
    assert len(Detections.from_rapidocr(SimpleNamespace(boxes=None, txts=None, scores=None))) == 0


def test_from_transformers_pipeline_and_post_processed_forms() -> None:
    listed = [{"score": 0.9, "label": "cat", "box": {"xmin": 1, "ymin": 2, "xmax": 30, "ymax": 40}}]
    assert Detections.from_transformers(listed).boxes == [(1.0, 2.0, 30.0, 40.0)]
    processed = {"scores": np.array([0.8]), "labels": np.array([17]), "boxes": np.array([[2.0, 2.0, 4.0, 8.0]])}
    dets = Detections.from_transformers(processed, id2label={17: "cat"}, scale=2.0)
    assert dets.class_names == ["cat"] and dets.boxes == [(1.0, 1.0, 2.0, 4.0)]
    with pytest.raises(ToolInputError, match="id2label"):
        Detections.from_transformers(processed)
    zero_shot = {**processed, "text_labels": ["a cat"]}
    assert Detections.from_transformers(zero_shot).class_names == ["a cat"]


@pytest.mark.slow
def test_from_ultralytics_with_random_weight_segmentation_model(bus_jpg: Path) -> None:
    pytest.importorskip("ultralytics")
    import torch
    from ultralytics import YOLO

    from nsvr.tools.image_io import load_image

    image = load_image(bus_jpg, max_side=540)  # half size: results must come back in original pixels
    torch.manual_seed(1)  # some random initialisations score every box 0 and detect nothing
    model = YOLO("yolo11n-seg.yaml")  # architecture only, random weights: boxes are noise, formats are real
    result = model.predict(image.pixels[:, :, ::-1].copy(), conf=0.0, max_det=5, verbose=False)[0]
    dets = Detections.from_ultralytics(result, scale=image.scale)
    assert 1 <= len(dets) <= 5
    assert set(dets.class_names) <= set(model.names.values())
    assert all(0 <= b[0] <= b[2] <= 810 and 0 <= b[1] <= b[3] <= 1080 for b in dets.boxes)
    assert dets.masks is not None and all(m is not None and m.size == (1080, 810) for m in dets.masks)
    raw = result.boxes.xyxy.numpy()
    assert np.allclose(np.asarray(dets.boxes), np.clip(raw / image.scale, 0, [810, 1080, 810, 1080]), atol=1e-3)


@pytest.mark.slow
def test_from_ultralytics_undoes_letterbox_padding_of_masks(zidane_jpg: Path) -> None:
    pytest.importorskip("ultralytics")
    import torch
    from ultralytics import YOLO

    torch.manual_seed(1)  # some random initialisations score every box 0 and detect nothing
    model = YOLO("yolo11n-seg.yaml")
    source = str(zidane_jpg)  # 1280x720: the network sees 640x384, 12 rows of padding above and below
    small = model.predict(source, conf=0.0, max_det=3, verbose=False)[0]
    full = model.predict(source, conf=0.0, max_det=3, verbose=False, retina_masks=True)[0]
    assert small.masks.data.shape[1:] == (384, 640) and full.masks.data.shape[1:] == (720, 1280)
    compared = 0
    ours = Detections.from_ultralytics(small).masks
    reference = Detections.from_ultralytics(full).masks
    assert ours is not None and reference is not None
    for mine, theirs in zip(ours, reference, strict=True):
        assert mine is not None and theirs is not None and mine.size == theirs.size == (720, 1280)
        if masks.area(theirs) > 500:
            assert masks.iou(mine, theirs) > 0.8
            compared += 1
    assert compared >= 1
