"""Rebuilding trainable models from the shipped ONNX weights (nsvr.tasks.training.from_onnx)."""

from __future__ import annotations

import numpy as np
import pytest

from nsvr.tasks.training.clevr_data import ClevrDataError
from nsvr.tools.clevr.perception import DEFAULT_WEIGHTS


def test_refolded_batchnorm_computes_the_folded_convolution():
    torch = pytest.importorskip("torch")
    from nsvr.tasks.training.from_onnx import refold_batchnorm

    torch.manual_seed(0)
    conv, bn = torch.nn.Conv2d(3, 4, 3, bias=False), torch.nn.BatchNorm2d(4)
    weight, bias = np.random.default_rng(0).normal(size=(4, 3, 3, 3)).astype(np.float32), np.arange(4, dtype=np.float32)
    inputs = torch.randn(8, 3, 10, 10)
    model = torch.nn.Sequential(conv, bn).eval()
    refold_batchnorm([(conv, bn, weight, bias)], lambda: model(inputs))
    folded = torch.nn.functional.conv2d(inputs, torch.from_numpy(weight), torch.from_numpy(bias))
    with torch.no_grad():
        assert torch.allclose(model(inputs), folded, atol=1e-4)
        model.train()  # batch statistics: the same inputs give the same statistics
        assert torch.allclose(model(inputs), folded, atol=1e-3)


def test_attribute_net_from_the_shipped_onnx(shared_dir):
    pytest.importorskip("torch")
    pytest.importorskip("onnx")
    from PIL import Image

    from nsvr.tasks.training.clevr_data import load_scenes, object_records
    from nsvr.tasks.training.from_onnx import attribute_net_from_onnx
    from nsvr.tools.clevr.crops import batch_inputs

    split = shared_dir / "clevr-mini" / "train"
    scenes = load_scenes(split / "scenes.json")
    scenes["scenes"] = scenes["scenes"][:6]
    records = object_records(scenes, split / "images")
    crops, geometry = [], []
    for name in sorted({r.image for r in records}):
        with Image.open(name) as image:
            c, g = batch_inputs(image.convert("RGB"), [r.box for r in records if r.image == name])
        crops.append(c)
        geometry.append(g)
    # raises when the rebuilt network's outputs differ from onnxruntime's on these crops
    net = attribute_net_from_onnx(DEFAULT_WEIGHTS / "attributes.onnx", np.concatenate(crops), np.concatenate(geometry))
    assert sum(p.numel() for p in net.parameters()) > 100_000


def test_detector_from_the_shipped_onnx(shared_dir, tmp_path):
    pytest.importorskip("ultralytics")
    pytest.importorskip("onnx")
    from ultralytics import YOLO

    from nsvr.tasks.training.from_onnx import detector_from_onnx

    images = sorted((shared_dir / "clevr-mini" / "train" / "images").glob("*.png"))[:8]
    checkpoint = detector_from_onnx(DEFAULT_WEIGHTS / "detector.onnx", tmp_path / "detector.pt", images)
    model = YOLO(str(checkpoint))
    assert model.task == "detect" and model.model.names == {0: "object"}


def test_wrong_onnx_file_is_a_clear_error(tmp_path):
    pytest.importorskip("onnx")
    from nsvr.tasks.training.from_onnx import detector_from_onnx

    with pytest.raises(ClevrDataError, match="no ONNX weights"):
        detector_from_onnx(tmp_path / "missing.onnx", tmp_path / "d.pt", [])
    with pytest.raises(ClevrDataError, match="does not hold"):
        detector_from_onnx(DEFAULT_WEIGHTS / "attributes.onnx", tmp_path / "d.pt", [])
