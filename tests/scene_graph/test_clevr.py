from __future__ import annotations

import json

import pytest

from nsvr.scene_graph import execute
from nsvr.scene_graph.clevr import (
    ClevrFormatError,
    clevr_relationships,
    normalize_clevr_answer,
    program_from_clevr,
    scene_from_clevr,
)

SPLITS = ["clevr-mini/train", "clevr-mini/val", "clevr-val0"]


@pytest.mark.parametrize("split", SPLITS)
def test_computed_relations_equal_the_official_ones(shared_dir, split):
    scenes = json.loads((shared_dir / split / "scenes.json").read_text())["scenes"]
    for scene in scenes:
        computed = scene_from_clevr({**scene, "relationships": None})
        official = {k: [sorted(v) for v in lists] for k, lists in scene["relationships"].items()}
        assert clevr_relationships(computed) == official, scene["image_filename"]


@pytest.mark.parametrize("split", SPLITS)
def test_ground_truth_programs_answer_every_question(shared_dir, split):
    scenes = {
        s["image_index"]: scene_from_clevr(s)
        for s in json.loads((shared_dir / split / "scenes.json").read_text())["scenes"]
    }
    questions = json.loads((shared_dir / split / "questions.json").read_text())["questions"]
    wrong = [
        q["question"]
        for q in questions
        if execute(program_from_clevr(q["program"]), scenes[q["image_index"]]).text
        != normalize_clevr_answer(q["answer"])
    ]
    assert wrong == []


def test_importer_keeps_boxes_masks_and_the_left_convention(shared_dir):
    scene = json.loads((shared_dir / "clevr-mini/val/scenes.json").read_text())["scenes"][0]
    graph = scene_from_clevr(scene)
    x, y, w, h = scene["objects"][0]["bbox"]
    assert graph.objects[0].box == (x, y, x + w, y + h)
    assert graph.objects[0].mask.counts == scene["objects"][0]["mask"]["counts"]
    assert graph.relations == [] and graph.geometry is not None  # computed on demand, CLEVR's rule
    left_of_0 = {r.subject for r in graph.all_relations() if r.predicate == "left" and r.object == "0"}
    assert left_of_0 == {str(j) for j in scene["relationships"]["left"][0]}


def test_real_clevr_scene_without_boxes_imports(shared_dir):
    scene = json.loads((shared_dir / "clevr-val0/scenes.json").read_text())["scenes"][0]
    graph = scene_from_clevr(scene)
    assert all(o.box is None and o.position_3d is not None for o in graph.objects)


def test_bad_scene_and_program_raise_clear_errors():
    with pytest.raises(ClevrFormatError, match="lacks color"):
        scene_from_clevr({"objects": [{"shape": "cube", "material": "metal", "size": "large"}]})
    with pytest.raises(ClevrFormatError, match="unknown CLEVR function 'teleport'"):
        program_from_clevr([{"function": "teleport", "inputs": [], "value_inputs": []}])
    with pytest.raises(ClevrFormatError, match="one value input"):
        program_from_clevr([{"function": "scene", "inputs": []}, {"function": "relate", "inputs": [0]}])


def test_answers_normalize():
    assert [normalize_clevr_answer(a) for a in (True, False, 0, "Cube ")] == ["yes", "no", "0", "cube"]
