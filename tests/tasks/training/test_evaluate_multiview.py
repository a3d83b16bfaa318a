"""Per-view evaluation on clevr-multiview (nsvr.tasks.training.evaluate_multiview)."""

from __future__ import annotations

import pytest

from nsvr.tasks.training.evaluate_multiview import evaluate_multiview, format_views, main, to_world, visible_truth


def test_turning_positions_keeps_height_and_candidates():
    scene = {"objects": [{"3d_coords": [1.0, 2.0, 0.7]}], "candidates": [{"3d_coords": [0.0, -1.0, 0.35]}]}
    turned = to_world(scene, 180.0, {"left": [1.0, 0.0, 0.0]})
    assert turned["objects"][0]["3d_coords"] == pytest.approx([-1.0, -2.0, 0.7])
    assert turned["candidates"][0]["3d_coords"] == pytest.approx([0.0, 1.0, 0.35])
    assert turned["directions"] == {"left": [1.0, 0.0, 0.0]}


def test_visible_truth_drops_hidden_objects():
    scene = {"objects": [{"shape": "cube"}, {"shape": "sphere"}]}
    view = {"objects": [{"visible": True, "bbox": [1, 2, 3, 4]}, {"visible": False, "bbox": None}]}
    assert visible_truth(scene, view) == {"objects": [{"shape": "cube", "bbox": [1, 2, 3, 4]}]}


def test_views_of_two_scenes(shared_dir):
    pytest.importorskip("onnxruntime")
    results = evaluate_multiview(shared_dir / "clevr-multiview", limit=2)
    assert [r.view for r in results] == [0, 1, 2, 3]
    assert [r.azimuth_offset_deg for r in results] == [-60.0, -20.0, 20.0, 60.0]
    for result in results:
        assert result.images == 2 and result.questions == 20
        assert set(result.attribute_accuracy) == {"color", "shape", "material", "size"}
        assert result.detection_recall > 50 and 0 <= result.answer_accuracy <= 100
    # ground-truth objects turned into the world frame answer view-0 questions from view 0
    assert results[0].visible_oracle_accuracy == 100.0
    assert format_views(results).count("\n") == 4


def test_missing_folder_is_one_line(tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--data", str(tmp_path / "nowhere")])
    assert stopped.value.code == 2 and "does not exist" in capsys.readouterr().err
