"""The scene-memory benchmark on multi-view CLEVR prints and writes its metrics."""

from __future__ import annotations

import json

import pytest

from nsvr.tasks.memory_bench import BenchInputError, main


def test_oracle_scenes_are_remembered_exactly(shared_dir, tmp_path):
    summary = main(
        ["--data", str(shared_dir / "clevr-multiview"), "--limit", "3", "--stress", "20", "--out", str(tmp_path)]
    )
    oracle = summary["oracle"]
    assert oracle["scenes"] == 3 and oracle["recall"] == 100.0 and oracle["precision"] == 100.0
    assert oracle["median_position_error"] < 0.05 and oracle["all_attributes_accuracy"] == 100.0
    assert oracle["questions"]["memory_view0"] == {"n": 30, "accuracy": 100.0}
    assert summary["stress"]["same_objects"]["reopened_frames"] == 20
    assert summary["stress"]["same_objects"]["reopened_objects"] == 10
    new_objects = summary["stress"]["new_objects"]
    assert new_objects["reopened_objects"] == new_objects["created_objects"] > 150
    assert json.loads((tmp_path / "summary.json").read_text()) == summary


@pytest.mark.slow
def test_pixels_from_nsvrs_clevr_perception(shared_dir, tmp_path):
    pytest.importorskip("onnxruntime")
    summary = main(["--data", str(shared_dir / "clevr-multiview"), "--limit", "2", "--perception", "pixels"])
    pixels = summary["pixels"]
    assert pixels["recall"] >= 90.0 and pixels["precision"] >= 90.0
    assert set(pixels["perception_per_view"]) == {"view 0", "view 1", "view 2", "view 3"}


def test_a_missing_data_folder_is_named(tmp_path):
    with pytest.raises(BenchInputError, match=str(tmp_path)):
        main(["--data", str(tmp_path)])


def test_views_can_be_dropped_and_reordered(shared_dir):
    summary = main(["--data", str(shared_dir / "clevr-multiview"), "--limit", "2", "--views", "3,1"])
    assert summary["oracle"]["recall"] == 100.0 and summary["oracle"]["questions"]["memory_view0"]["accuracy"] == 100.0
    with pytest.raises(BenchInputError, match="--views"):
        main(["--data", str(shared_dir / "clevr-multiview"), "--views", "first"])
