"""How well perceived CLEVR scene graphs match the scenes file: detection, attributes, relations.

One evaluator for the benchmark summary (``nsvr bench clevr --perception pixels``) and for the training script
(``python -m nsvr.tasks.training.evaluate_clevr``). Objects are matched one to one, best pairs first: by box IoU
>= :data:`IOU_MATCH` when the scenes file has ``bbox`` (clevr-mini), else by the distance from the ground
truth's ``pixel_coords`` (the projected centre, in every released CLEVR scene) to the centre of the perceived
box, within :data:`CENTRE_MATCH_PIXELS`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from pydantic import BaseModel

from nsvr.scene_graph.clevr import CLEVR_ATTRIBUTES
from nsvr.scene_graph.index import graph_index
from nsvr.scene_graph.models import SceneGraph
from nsvr.tools.convert import box_iou

IOU_MATCH = 0.5
CENTRE_MATCH_PIXELS = 25.0


class PerceptionQuality(BaseModel):
    """Percentages over every scored image."""

    images: int
    truth_objects: int
    predicted_objects: int
    matched_objects: int
    matched_by: str
    detection_precision: float
    detection_recall: float
    attribute_accuracy: dict[str, float]
    all_attributes_accuracy: float
    relation_accuracy: dict[str, float]
    exact_scenes: float


def matches_by_box(scene: dict[str, Any]) -> bool:
    """Whether every ground-truth object of ``scene`` has a ``bbox`` to match against."""
    return all("bbox" in o for o in scene["objects"])


def match_objects(graph: SceneGraph, scene: dict[str, Any]) -> dict[int, str]:
    """Ground-truth object index -> perceived object id, one to one, best pairs first.

    >>> from nsvr.scene_graph.models import Object
    >>> g = SceneGraph(width=480, height=320, objects=[Object(id="a", name="cube", box=(51, 51, 61, 61)),
    ...                                                Object(id="b", name="cube", box=(100, 0, 105, 5))])
    >>> match_objects(g, {"objects": [{"bbox": [0, 0, 10, 10]}, {"bbox": [50, 50, 10, 10]}]})
    {1: 'a'}
    >>> match_objects(g, {"objects": [{"pixel_coords": [5, 5, 1]}, {"pixel_coords": [55, 55, 1]}]})
    {1: 'a'}
    """
    boxed = [obj for obj in graph.objects if obj.box is not None]
    truths = scene["objects"]
    if not boxed or not truths:
        return {}
    ids = [obj.id for obj in boxed]
    if matches_by_box(scene):
        wanted = np.array([[x, y, x + w, y + h] for x, y, w, h in (t["bbox"] for t in truths)], dtype=np.float64)
        affinity = box_iou(wanted, np.array([obj.box for obj in boxed], dtype=np.float64))
        keys, close = -affinity, affinity >= IOU_MATCH
    else:
        wanted = np.array([t["pixel_coords"][:2] for t in truths], dtype=np.float64)
        centres = np.array([obj.center or (0.0, 0.0) for obj in boxed], dtype=np.float64)
        keys = np.linalg.norm(wanted[:, None, :] - centres[None, :, :], axis=2)
        close = keys <= CENTRE_MATCH_PIXELS
    pairs = [(float(keys[i, j]), int(i), ids[j]) for i, j in zip(*np.nonzero(close), strict=True)]
    matched: dict[int, str] = {}
    used: set[str] = set()
    for _, index, object_id in sorted(pairs):
        if index not in matched and object_id not in used:
            matched[index] = object_id
            used.add(object_id)
    return matched


def _relation_test(graph: SceneGraph) -> Callable[[str, str], set[str]]:
    """``holds(predicate, b)``: the ids of the objects ``a`` with "a predicate b" in ``graph``, stored or computed
    from its geometry (only the rows asked for: a graph's relations as rows are O(n^2) pydantic objects)."""
    stored: dict[tuple[str, str], set[str]] = {}
    for r in graph.relations:
        stored.setdefault((r.predicate, r.object), set()).add(r.subject)
    spatial = graph_index(graph).spatial() if graph.geometry is not None else None
    ids = graph.ids()
    position = {object_id: k for k, object_id in enumerate(ids)}

    def holds(predicate: str, object_id: str) -> set[str]:
        found = set(stored.get((predicate, object_id), ()))
        if spatial is not None and object_id in position:
            subjects = spatial.related(predicate, np.array([position[object_id]]), "subject")
            if subjects is not None:
                subjects[position[object_id]] = False
                found.update(ids[k] for k in subjects.nonzero()[0])
        return found

    return holds


def _percent(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 2) if whole else 0.0


def compare_to_scenes(graphs: dict[str, SceneGraph], scenes: dict[str, dict[str, Any]]) -> PerceptionQuality:
    """Detection precision/recall, per-attribute accuracy on matched objects, the share of matched objects with
    all four right, per-relation accuracy on ordered pairs of matched objects and the share of images perceived
    exactly (every object found, nothing extra, every attribute right), over the images of ``graphs`` that
    ``scenes`` (image filename -> released scene) holds."""
    truths = predicted = hits = all_four = exact = images = 0
    attribute_right = dict.fromkeys(CLEVR_ATTRIBUTES, 0)
    relation_right: dict[str, int] = {}
    relation_total = 0
    by_box = True
    for key, graph in graphs.items():
        scene = scenes.get(key)
        if scene is None:
            continue
        images += 1
        by_box = by_box and matches_by_box(scene)
        matched = match_objects(graph, scene)
        truths += len(scene["objects"])
        predicted += len(graph.objects)
        hits += len(matched)
        right_here = 0
        for index, object_id in matched.items():
            obj = graph.object(object_id)
            same = [obj.attribute(a) == scene["objects"][index][a] for a in CLEVR_ATTRIBUTES]
            for attribute, ok in zip(CLEVR_ATTRIBUTES, same, strict=True):
                attribute_right[attribute] += ok
            right_here += all(same)
        all_four += right_here
        exact += len(matched) == len(scene["objects"]) == len(graph.objects) == right_here
        holds = _relation_test(graph)
        for predicate, per_object in scene.get("relationships", {}).items():
            relation_right.setdefault(predicate, 0)
            for i, object_i in matched.items():
                related = holds(predicate, object_i)
                for j, object_j in matched.items():
                    if i != j:
                        relation_right[predicate] += (j in per_object[i]) == (object_j in related)
        relation_total += len(matched) * (len(matched) - 1)
    return PerceptionQuality(
        images=images,
        truth_objects=truths,
        predicted_objects=predicted,
        matched_objects=hits,
        matched_by=f"box IoU >= {IOU_MATCH}" if by_box else f"centre within {CENTRE_MATCH_PIXELS:g} px",
        detection_precision=_percent(hits, predicted),
        detection_recall=_percent(hits, truths),
        attribute_accuracy={a: _percent(k, hits) for a, k in attribute_right.items()},
        all_attributes_accuracy=_percent(all_four, hits),
        relation_accuracy={p: _percent(k, relation_total) for p, k in relation_right.items()},
        exact_scenes=_percent(exact, images),
    )
