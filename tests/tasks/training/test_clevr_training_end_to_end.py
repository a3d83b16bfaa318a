from __future__ import annotations

import json

import pytest

from nsvr.tasks.training import evaluate_clevr_perception, train_clevr
from nsvr.tools.clevr import ClevrPerception


@pytest.mark.slow
def test_one_epoch_training_writes_loadable_weights(shared_dir, tmp_path):
    pytest.importorskip("ultralytics")
    pytest.importorskip("onnx")
    split = shared_dir / "clevr-mini" / "train"
    scenes = json.loads((split / "scenes.json").read_text())
    small = tmp_path / "scenes.json"
    small.write_text(json.dumps({"info": scenes["info"], "scenes": scenes["scenes"][:4]}))
    out = tmp_path / "weights"
    extra_split = shared_dir / "clevr-mini" / "train-extra"
    extra = json.loads((extra_split / "scenes.json").read_text())
    extra_small = tmp_path / "extra.json"
    extra_small.write_text(json.dumps({"info": extra["info"], "scenes": extra["scenes"][:2]}))
    report = train_clevr(
        [small, extra_small],
        [split / "images", extra_split / "images"],
        small,
        split / "images",
        epochs=1,
        device="cpu",
        out=out,
        attribute_epochs=1,
        image_size=160,
    )
    assert report.detector.epochs_run == 1 and report.weights == str(out)
    assert {p.name for p in out.iterdir()} >= {"clevr.json", "detector.onnx", "attributes.onnx"}
    assert set(report.attributes.train_accuracy) >= {"color", "shape", "material", "size", "centre_px"}
    assert 0 <= report.attributes.train_accuracy["negatives_rejected"] <= 1
    config = json.loads((out / "clevr.json").read_text())
    assert len(config["training"]["scenes"]) == 2 and "centre_coefficients" in config["geometry"]
    assert report.geometry.train_error["x"] < 0.5 and report.geometry.train_size_accuracy > 0.9
    scene = ClevrPerception(weights=str(out), device="cpu").scene(
        split / "images" / scenes["scenes"][0]["image_filename"]
    )
    assert isinstance(scene["objects"], list)
    result = evaluate_clevr_perception(small, split / "images", weights=str(out), device="cpu", limit=2)
    truth_objects = sum(len(s["objects"]) for s in scenes["scenes"][:2])
    assert result.quality.images == 2 and result.quality.truth_objects == truth_objects


def test_continuing_a_missing_detector_is_a_clear_error(tmp_path):
    pytest.importorskip("ultralytics")
    from nsvr.tasks.training.clevr_data import ClevrDataError
    from nsvr.tasks.training.detector import train_detector

    with pytest.raises(ClevrDataError, match="no detector to continue from"):
        train_detector(tmp_path / "data.yaml", tmp_path, epochs=1, start_from=tmp_path / "missing.pt")


@pytest.mark.slow
def test_attribute_net_continues_from_the_shipped_weights_with_the_shipped_detector(shared_dir, tmp_path):
    pytest.importorskip("onnx")
    from nsvr.tools.clevr.perception import DEFAULT_WEIGHTS

    split = shared_dir / "clevr-mini" / "val"
    scenes = json.loads((split / "scenes.json").read_text())
    small = tmp_path / "scenes.json"
    small.write_text(json.dumps({"info": scenes["info"], "scenes": scenes["scenes"][:3]}))
    out = tmp_path / "weights"
    report = train_clevr(
        small,
        split / "images",
        None,
        None,
        epochs=0,
        device="cpu",
        out=out,
        attribute_epochs=1,
        detector_from=DEFAULT_WEIGHTS / "detector.onnx",
        attributes_from=DEFAULT_WEIGHTS / "attributes.onnx",
    )
    assert report.detector.epochs_run == 0 and report.attributes.started_from.endswith("attributes.onnx")
    # continuing from trained weights keeps them trained: colour is already right everywhere
    assert report.attributes.train_accuracy["color"] > 0.9
    perception = ClevrPerception(weights=str(out), device="cpu")
    assert perception.scene(split / "images" / scenes["scenes"][0]["image_filename"])["objects"]


def test_no_detector_epochs_need_a_detector_to_reuse(tmp_path):
    from nsvr.tasks.training.clevr_data import ClevrDataError
    from nsvr.tasks.training.train_clevr import reuse_detector

    with pytest.raises(ClevrDataError, match="needs --detector-from"):
        reuse_detector(None, tmp_path)
