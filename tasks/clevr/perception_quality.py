"""How well perceived CLEVR scene graphs match the scenes file: detection, attributes, relations.

Objects are matched by image position: the ground truth's ``pixel_coords`` (the projected object centre, in every
released CLEVR scene) against the centre of the perceived box, nearest first, within ``max_distance`` pixels.
"""

from __future__ import annotations

from typing import Any

from nsvr.scene_graph.clevr import CLEVR_ATTRIBUTES
from nsvr.scene_graph.models import SceneGraph


def match_objects(graph: SceneGraph, scene: dict[str, Any], max_distance: float = 25.0) -> dict[int, str]:
    """Ground-truth object index -> perceived object id, one to one, nearest pairs first."""
    pairs = []
    for index, truth in enumerate(scene["objects"]):
        u, v = truth["pixel_coords"][:2]
        for obj in graph.objects:
            if obj.center is None:
                continue
            distance = ((obj.center[0] - u) ** 2 + (obj.center[1] - v) ** 2) ** 0.5
            if distance <= max_distance:
                pairs.append((distance, index, obj.id))
    matched: dict[int, str] = {}
    used: set[str] = set()
    for _, index, object_id in sorted(pairs):
        if index not in matched and object_id not in used:
            matched[index] = object_id
            used.add(object_id)
    return matched


def compare_to_scenes(graphs: dict[str, SceneGraph], scenes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Detection precision/recall, per-attribute accuracy on matched objects and per-relation accuracy on pairs of
    matched objects (percentages), over every image in ``graphs``."""
    truths = predicted = hits = 0
    attribute_right = dict.fromkeys(CLEVR_ATTRIBUTES, 0)
    relation_right: dict[str, int] = {}
    relation_total = 0
    for key, graph in graphs.items():
        scene = scenes.get(key)
        if scene is None:
            continue
        matched = match_objects(graph, scene)
        truths += len(scene["objects"])
        predicted += len(graph.objects)
        hits += len(matched)
        for index, object_id in matched.items():
            obj = graph.object(object_id)
            for attribute in CLEVR_ATTRIBUTES:
                attribute_right[attribute] += obj.attribute(attribute) == scene["objects"][index][attribute]
        held = {(r.subject, r.predicate, r.object) for r in graph.relations}
        for predicate, per_object in scene.get("relationships", {}).items():
            relation_right.setdefault(predicate, 0)
            for i, object_i in matched.items():
                for j, object_j in matched.items():
                    if i == j:
                        continue
                    truth = j in per_object[i]
                    relation_right[predicate] += truth == ((object_j, predicate, object_i) in held)
        relation_total += len(matched) * (len(matched) - 1)
    return {
        "images": len(graphs),
        "detection_precision": round(100.0 * hits / predicted, 2) if predicted else 0.0,
        "detection_recall": round(100.0 * hits / truths, 2) if truths else 0.0,
        "attribute_accuracy": {a: round(100.0 * k / hits, 2) if hits else 0.0 for a, k in attribute_right.items()},
        "relation_accuracy": {
            p: round(100.0 * k / relation_total, 2) if relation_total else 0.0 for p, k in relation_right.items()
        },
    }
