from __future__ import annotations

import json

from nsvr.scene_graph import Attribute
from nsvr.scene_graph.clevr import scene_from_clevr
from nsvr.tasks.clevr.perception_quality import compare_to_scenes


def test_ground_truth_graphs_score_perfectly_and_each_mistake_counts(shared_dir):
    scenes = json.loads((shared_dir / "clevr-mini" / "val" / "scenes.json").read_text())["scenes"][:5]
    by_name = {s["image_filename"]: s for s in scenes}
    graphs = {name: scene_from_clevr(scene) for name, scene in by_name.items()}
    perfect = compare_to_scenes(graphs, by_name)
    objects = sum(len(s["objects"]) for s in scenes)
    assert (perfect.images, perfect.truth_objects, perfect.matched_objects) == (5, objects, objects)
    assert perfect.matched_by == "box IoU >= 0.5" and perfect.exact_scenes == 100.0
    assert set(perfect.attribute_accuracy.values()) == set(perfect.relation_accuracy.values()) == {100.0}

    first = next(iter(graphs))
    wrong = graphs[first].objects[0]
    attributes = {**wrong.attributes, "shape": Attribute(value="sphere" if wrong.name != "sphere" else "cube")}
    dropped = graphs[first].model_copy(
        update={"objects": [wrong.model_copy(update={"attributes": attributes})] + graphs[first].objects[2:]}
    )
    dropped = dropped.model_copy(
        update={"relations": [r for r in dropped.relations if "1" not in (r.subject, r.object)]}
    )
    scored = compare_to_scenes({**graphs, first: dropped}, by_name)
    assert scored.matched_objects == objects - 1 and scored.detection_precision == 100.0
    assert scored.detection_recall == round(100 * (objects - 1) / objects, 2)
    assert scored.attribute_accuracy["shape"] == round(100 * (objects - 2) / (objects - 1), 2)
    assert scored.attribute_accuracy["color"] == 100.0 and scored.exact_scenes == 80.0


def test_released_scenes_without_boxes_match_by_projected_centre(shared_dir):
    scenes = json.loads((shared_dir / "clevr-mini" / "val" / "scenes.json").read_text())["scenes"][:3]
    released = {
        s["image_filename"]: {**s, "objects": [{k: v for k, v in o.items() if k != "bbox"} for o in s["objects"]]}
        for s in scenes
    }
    graphs = {s["image_filename"]: scene_from_clevr(s) for s in scenes}
    quality = compare_to_scenes(graphs, released)
    assert quality.matched_by.startswith("centre") and quality.detection_recall > 95.0
    assert quality.attribute_accuracy["color"] == 100.0
