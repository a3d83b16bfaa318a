"""How far nsvr's CLEVR perception transfers to other camera azimuths: clevr-multiview, per view.

clevr-multiview renders each scene from 4 cameras: CLEVR's camera turned about the vertical axis by
``azimuth_offset_deg`` (-60, -20, +20, +60 degrees; none is CLEVR's own camera). Per view this prints

- detection precision/recall and per-attribute accuracy against the objects visible in that view (matched by
  box IoU, :func:`nsvr.tasks.clevr.perception_quality.match_objects`),
- answer accuracy on the scene's questions (asked about view 0, dataset programs). The perception places
  objects as if seen by CLEVR's camera; turning those positions by the view's known azimuth gives world
  positions, and the relations use view 0's ``directions``, as the questions do. Objects a view cannot see
  cannot be counted, so the accuracy of the ground-truth objects visible in the view is printed beside it.

    python -m nsvr.tasks.training.evaluate_multiview --data ../shared/clevr-multiview
"""

from __future__ import annotations

import argparse
import json
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel

from nsvr.scene_graph.clevr import CLEVR_ATTRIBUTES, scene_from_clevr
from nsvr.tasks.clevr.perception_quality import match_objects
from nsvr.tasks.training.clevr_data import ClevrDataError, load_scenes
from nsvr.tasks.training.evaluate_clevr import wrong_answers


class ViewResult(BaseModel):
    view: int
    azimuth_offset_deg: float
    images: int
    visible_objects: int
    detection_precision: float
    detection_recall: float
    attribute_accuracy: dict[str, float]
    questions: int
    answer_accuracy: float
    visible_oracle_accuracy: float


def to_world(scene: dict[str, Any], azimuth_deg: float, directions: dict[str, list[float]]) -> dict[str, Any]:
    """A perceived scene (positions in CLEVR's camera frame) with its objects' and candidates' ``3d_coords``
    turned by ``azimuth_deg`` about the vertical axis (the view's camera offset) and ``directions`` set.

    >>> to_world({"objects": [{"3d_coords": [1.0, 0.0, 0.35]}]}, 90.0, {})["objects"][0]["3d_coords"]
    [0.0, 1.0, 0.35]
    """
    angle = math.radians(azimuth_deg)
    cos, sin = math.cos(angle), math.sin(angle)

    def turned(obj: dict[str, Any]) -> dict[str, Any]:
        x, y, z = obj["3d_coords"]
        return {**obj, "3d_coords": [round(x * cos - y * sin, 6), round(x * sin + y * cos, 6), z]}

    return {
        **scene,
        "objects": [turned(o) for o in scene["objects"]],
        "candidates": [turned(o) for o in scene.get("candidates", [])],
        "directions": directions,
    }


def visible_truth(scene: dict[str, Any], view: dict[str, Any]) -> dict[str, Any]:
    """The scene's objects visible in ``view``, with that view's boxes, in the CLEVR scene layout."""
    objects = []
    for world, seen in zip(scene["objects"], view["objects"], strict=True):
        if seen["visible"]:
            objects.append({**world, "bbox": seen["bbox"]})
    return {"objects": objects}


def _percent(part: float, whole: float) -> float:
    return round(100.0 * part / whole, 2) if whole else 0.0


def evaluate_multiview(data: Path, weights: str | None = None, limit: int | None = None) -> list[ViewResult]:
    """Per-view detection, attribute and answer accuracy of :class:`ClevrPerception` on clevr-multiview."""
    from nsvr.tools.clevr import ClevrPerception

    perception = ClevrPerception(weights=weights, device="cpu")
    scenes = load_scenes(Path(data) / "scenes.json")["scenes"][:limit]
    questions = json.loads((Path(data) / "questions.json").read_text(encoding="utf-8"))["questions"]
    by_scene: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for record in questions:
        by_scene[record["image_index"]].append(record)
    tallies: dict[int, dict[str, Any]] = defaultdict(lambda: defaultdict(float))
    for scene in scenes:
        asked = by_scene[scene["image_index"]]
        for view in scene["views"]:
            tally = tallies[view["view_index"]]
            tally["azimuth"] = view["azimuth_offset_deg"]
            perceived = perception.scene(Path(data) / "images" / view["image_filename"])
            truth = visible_truth(scene, view)
            graph = scene_from_clevr(perceived)
            matched = match_objects(graph, truth)
            tally["images"] += 1
            tally["visible"] += len(truth["objects"])
            tally["predicted"] += len(graph.objects)
            tally["matched"] += len(matched)
            for index, object_id in matched.items():
                for attribute in CLEVR_ATTRIBUTES:
                    same = graph.object(object_id).attribute(attribute) == truth["objects"][index][attribute]
                    tally[attribute] += same
            world = scene_from_clevr(to_world(perceived, view["azimuth_offset_deg"], scene["directions"]))
            oracle = scene_from_clevr({**truth, "directions": scene["directions"]})
            tally["questions"] += len(asked)
            about = {q["image_filename"] for q in asked}  # the questions name view 0's image
            tally["right"] += len(asked) - sum(wrong_answers(asked, dict.fromkeys(about, world)).values())
            tally["oracle_right"] += len(asked) - sum(wrong_answers(asked, dict.fromkeys(about, oracle)).values())
    return [
        ViewResult(
            view=k,
            azimuth_offset_deg=t["azimuth"],
            images=int(t["images"]),
            visible_objects=int(t["visible"]),
            detection_precision=_percent(t["matched"], t["predicted"]),
            detection_recall=_percent(t["matched"], t["visible"]),
            attribute_accuracy={a: _percent(t[a], t["matched"]) for a in CLEVR_ATTRIBUTES},
            questions=int(t["questions"]),
            answer_accuracy=_percent(t["right"], t["questions"]),
            visible_oracle_accuracy=_percent(t["oracle_right"], t["questions"]),
        )
        for k, t in sorted(tallies.items())
    ]


def format_views(results: list[ViewResult]) -> str:
    """One line per view."""
    lines = []
    for r in results:
        attributes = "  ".join(f"{k} {v:.2f}" for k, v in r.attribute_accuracy.items())
        lines.append(
            f"view {r.view} (azimuth {r.azimuth_offset_deg:+.0f} deg, {r.images} images): detection precision "
            f"{r.detection_precision:.2f} recall {r.detection_recall:.2f} ({r.visible_objects} visible)  "
            f"{attributes}  answers {r.answer_accuracy:.2f}% of {r.questions} (visible-object oracle "
            f"{r.visible_oracle_accuracy:.2f}%)"
        )
    overall = np.mean([r.answer_accuracy for r in results]) if results else 0.0
    lines.append(f"mean answer accuracy over views {overall:.2f}%")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m nsvr.tasks.training.evaluate_multiview", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--data", type=Path, required=True, help="the clevr-multiview folder")
    parser.add_argument("--weights", default=None, help="weights folder (default: the shipped weights)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N scenes")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    try:
        results = evaluate_multiview(args.data, args.weights, args.limit)
    except (ClevrDataError, OSError, KeyError, json.JSONDecodeError) as error:
        parser.exit(2, f"error: {error}\n")
    if args.json:
        print(json.dumps([r.model_dump() for r in results], indent=1))
    else:
        print(format_views(results))


if __name__ == "__main__":
    main()
