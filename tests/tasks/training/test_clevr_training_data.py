from __future__ import annotations

import json

import numpy as np
import pytest

from nsvr.tasks.training.clevr_data import (
    ClevrDataError,
    load_scenes,
    object_box,
    object_records,
    write_yolo_dataset,
    yolo_label_lines,
)


@pytest.fixture()
def small_split(shared_dir, tmp_path):
    """A scenes file with the first three training scenes."""
    scenes = load_scenes(shared_dir / "clevr-mini" / "train" / "scenes.json")
    path = tmp_path / "scenes.json"
    path.write_text(json.dumps({"info": scenes["info"], "scenes": scenes["scenes"][:3]}))
    return path, shared_dir / "clevr-mini" / "train" / "images", scenes["scenes"][:3]


def test_yolo_dataset_has_one_valid_label_per_object(small_split, tmp_path):
    scenes_path, images, scenes = small_split
    data_yaml = write_yolo_dataset(scenes_path, images, tmp_path / "yolo")
    text = data_yaml.read_text()
    assert "train: images/train" in text and "val: images/train" in text and "0: object" in text
    for scene in scenes:
        stem = scene["image_filename"].rsplit(".", 1)[0]
        assert (tmp_path / "yolo" / "images" / "train" / scene["image_filename"]).is_file()
        rows = [
            line.split() for line in (tmp_path / "yolo" / "labels" / "train" / f"{stem}.txt").read_text().splitlines()
        ]
        assert len(rows) == len(scene["objects"])
        for row, obj in zip(rows, scene["objects"], strict=True):
            assert len(row) == 5 and row[0] == "0"
            cx, cy, w, h = map(float, row[1:])
            assert 0 < w <= 1 and 0 < h <= 1 and 0 <= cx - w / 2 and cx + w / 2 <= 1 + 1e-6
            x, y, bw, bh = obj["bbox"]
            assert abs(cx * 480 - (x + bw / 2)) < 0.01 and abs(h * 320 - bh) < 0.01


def test_labels_clip_boxes_to_the_image():
    assert yolo_label_lines({"objects": [{"bbox": [-10, 300, 30, 40]}]}) == ["0 0.020833 0.968750 0.041667 0.062500"]
    assert yolo_label_lines({"objects": [{"bbox": [500, 10, 30, 40]}]}) == []


def test_box_falls_back_to_the_mask(shared_dir):
    pytest.importorskip("pycocotools")
    obj = load_scenes(shared_dir / "clevr-mini" / "val" / "scenes.json")["scenes"][0]["objects"][0]
    from_mask = object_box({"mask": obj["mask"]})
    np.testing.assert_allclose(from_mask, obj["bbox"], atol=1.0)


def test_released_scenes_without_boxes_are_refused_for_training(shared_dir):
    scenes = load_scenes(shared_dir / "clevr-val0" / "scenes.json")
    with pytest.raises(ClevrDataError, match="bbox"):
        object_records(scenes)


def test_bad_scene_files_raise_clear_errors(tmp_path, small_split):
    with pytest.raises(ClevrDataError, match="does not exist"):
        load_scenes(tmp_path / "nope.json")
    (tmp_path / "bad.json").write_text("{")
    with pytest.raises(ClevrDataError, match="not valid JSON"):
        load_scenes(tmp_path / "bad.json")
    scenes_path, _, _ = small_split
    with pytest.raises(ClevrDataError, match="missing"):
        write_yolo_dataset(scenes_path, tmp_path / "no-images", tmp_path / "yolo")


def test_detector_boxes_become_records_with_the_true_attributes(shared_dir):
    pytest.importorskip("onnxruntime")
    from nsvr.tasks.training.mining import detector_records
    from nsvr.tasks.training.train_clevr import detector_settings
    from nsvr.tools.clevr.detection import box_iou
    from nsvr.tools.clevr.perception import DEFAULT_WEIGHTS

    split = shared_dir / "clevr-mini" / "train"
    scenes = load_scenes(split / "scenes.json")
    truth = object_records({"scenes": scenes["scenes"][:2]})
    mined = detector_records(DEFAULT_WEIGHTS / "detector.onnx", detector_settings(), truth, split / "images")
    assert len(truth) - 1 <= len(mined) <= len(truth)
    for record in mined:
        same_object = [
            t
            for t in truth
            if (t.image, t.color, t.shape, t.material, t.size, t.coords)
            == (record.image, record.color, record.shape, record.material, record.size, record.coords)
        ]
        assert len(same_object) == 1
        x, y, w, h = record.box
        tx, ty, tw, th = same_object[0].box
        assert box_iou(np.array([x, y, x + w, y + h]), np.array([[tx, ty, tx + tw, ty + th]]))[0] >= 0.5


def test_several_training_sets_go_into_one_split(shared_dir, small_split, tmp_path):
    scenes_path, images, scenes = small_split
    extra = load_scenes(shared_dir / "clevr-mini" / "train-extra" / "scenes.json")
    extra_path = tmp_path / "extra.json"
    extra_path.write_text(json.dumps({"info": extra["info"], "scenes": extra["scenes"][:2]}))
    extra_images = shared_dir / "clevr-mini" / "train-extra" / "images"
    write_yolo_dataset([scenes_path, extra_path], [images, extra_images], tmp_path / "yolo")
    names = sorted(p.name for p in (tmp_path / "yolo" / "images" / "train").iterdir())
    expected = [f"s0_{s['image_filename']}" for s in scenes]
    expected += [f"s1_{s['image_filename']}" for s in extra["scenes"][:2]]
    assert names == sorted(expected)
    assert len(list((tmp_path / "yolo" / "labels" / "train").iterdir())) == 5
    records = object_records({"scenes": extra["scenes"][:1]}, extra_images)
    assert records[0].image == str(extra_images / extra["scenes"][0]["image_filename"])


def test_scenes_and_image_folders_must_pair_up(tmp_path):
    from nsvr.tasks.training.clevr_data import scene_sets

    assert scene_sets(tmp_path / "a.json", tmp_path) == [(tmp_path / "a.json", tmp_path)]
    with pytest.raises(ClevrDataError, match="one image folder per scenes file"):
        scene_sets([tmp_path / "a.json", tmp_path / "b.json"], [tmp_path])
