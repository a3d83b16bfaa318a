"""Comparing weights folders and test-time-augmentation variants (nsvr.tasks.training.compare_weights)."""

from __future__ import annotations

import json

import pytest

from nsvr.tasks.training.clevr_data import load_scenes
from nsvr.tasks.training.compare_weights import compare, format_comparison, main, tta_variants
from nsvr.tools.clevr.perception import DEFAULT_WEIGHTS


def test_tta_variants_switch_one_thing_each(shared_dir, tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("onnx")
    import onnxruntime

    folders = tta_variants(DEFAULT_WEIGHTS, tmp_path)
    shipped_mirror = json.loads((DEFAULT_WEIGHTS / "clevr.json").read_text())["detector"]["mirror"]
    mirrors = [json.loads((f / "clevr.json").read_text())["detector"]["mirror"] for f in folders]
    assert mirrors == [not shipped_mirror, shipped_mirror, not shipped_mirror]
    plain = onnxruntime.InferenceSession(str(folders[1] / "attributes.onnx"))
    flipped = onnxruntime.InferenceSession(str(DEFAULT_WEIGHTS / "attributes.onnx"))
    assert [o.name for o in plain.get_outputs()] == [o.name for o in flipped.get_outputs()]
    assert len(plain.get_inputs()) == 2

    val = shared_dir / "clevr-mini" / "val"
    scenes = load_scenes(val / "scenes.json")["scenes"][:2]
    questions = json.loads((val / "questions.json").read_text())["questions"]
    results = compare([None, folders[1]], scenes, val / "images", questions)
    assert [r["weights"] for r in results] == ["shipped", str(folders[1])]
    assert results[0]["latency_ratio"] == 1.0 and results[1]["latency_ratio"] > 0
    assert all(r["questions"] == 20 and r["quality"]["images"] == 2 for r in results)
    assert "x the first" in format_comparison(results)


def test_no_weights_is_a_one_line_error(shared_dir, capsys):
    val = shared_dir / "clevr-mini" / "val"
    with pytest.raises(SystemExit) as stopped:
        main(["--scenes", str(val / "scenes.json"), "--images", str(val / "images")])
    assert stopped.value.code == 2 and "at least one --weights" in capsys.readouterr().err
