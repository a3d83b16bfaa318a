"""CLEVR perception errors sorted by cause, to decide what to train next.

Every ground-truth object gets a *hidden fraction*: how much of it nearer objects cover, estimated from its
visible mask area against the typical area of an unoccluded object of the same shape and size at the same
depth (apparent area falls with depth squared). Each error of the perceived scenes is then put in one cause:

- ``missed: small behind large`` / ``missed: other occluded`` / ``missed: visible`` (no detection of IoU >= 0.5;
  ``score_if_candidate`` says whether a sub-threshold candidate covered it),
- ``spurious`` (a detection matching no object),
- ``shape: cube<->cylinder occluded`` and the other shape confusions, occluded (hidden >= :data:`OCCLUDED`) or
  visible,
- ``size: far`` / ``size: near`` (far: depth beyond :data:`FAR_DEPTH`), ``color``, ``material``,
- ``position: half-hidden`` / ``position: visible``: a wrong left/right/front/behind pair, blamed on the more
  hidden of its two objects.

Predictions can be saved and reloaded (``--save`` / ``--predictions``) so the analysis reruns without the model.

    python -m nsvr.tasks.training.error_causes --scenes ../shared/clevr-mini/val/scenes.json \\
        --images ../shared/clevr-mini/val/images --questions ../shared/clevr-mini/val/questions.json
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from nsvr.scene_graph.clevr import CLEVR_ATTRIBUTES, scene_from_clevr
from nsvr.tasks.clevr.perception_quality import match_objects
from nsvr.tasks.training.clevr_data import ClevrDataError, load_scenes
from nsvr.tasks.training.evaluate_clevr import script_parser, wrong_answers

OCCLUDED = 0.2
"""An object at least this hidden counts as occluded."""
FAR_DEPTH = 12.0
"""Camera distance (CLEVR ``pixel_coords[2]``) beyond which an object counts as far (val median is about 11)."""


def hidden_fractions(scenes: list[dict[str, Any]]) -> dict[tuple[str, int], float]:
    """(image, object index) -> estimated hidden share of the object, in [0, 1].

    The typical ``area * depth**2`` of each (shape, size) comes from the objects whose box meets no nearer
    object's box (surely unoccluded) over all ``scenes``."""
    typical: dict[tuple[str, str], list[float]] = defaultdict(list)
    for scene in scenes:
        for i, obj in enumerate(scene["objects"]):
            if not _nearer_overlaps(scene, i):
                typical[obj["shape"], obj["size"]].append(obj["area"] * obj["pixel_coords"][2] ** 2)
    medians = {key: float(np.median(values)) for key, values in typical.items()}
    hidden = {}
    for scene in scenes:
        for i, obj in enumerate(scene["objects"]):
            expected = medians.get((obj["shape"], obj["size"]))
            seen = obj["area"] * obj["pixel_coords"][2] ** 2
            hidden[scene["image_filename"], i] = 0.0 if not expected else float(np.clip(1 - seen / expected, 0, 1))
    return hidden


def _nearer_overlaps(scene: dict[str, Any], index: int) -> list[int]:
    """Indices of the objects nearer to the camera whose box overlaps object ``index``'s box."""
    x, y, w, h = scene["objects"][index]["bbox"]
    depth = scene["objects"][index]["pixel_coords"][2]
    found = []
    for j, other in enumerate(scene["objects"]):
        ox, oy, ow, oh = other["bbox"]
        if (
            j != index
            and other["pixel_coords"][2] < depth
            and ox < x + w
            and x < ox + ow
            and oy < y + h
            and y < oy + oh
        ):
            found.append(j)
    return found


def _occluder_is_large(scene: dict[str, Any], index: int) -> bool:
    return any(scene["objects"][j]["size"] == "large" for j in _nearer_overlaps(scene, index))


def _candidate_score(predicted: dict[str, Any], truth_box: list[float]) -> float | None:
    """The best score of a sub-threshold candidate overlapping ``truth_box`` by IoU >= 0.5, if any."""
    from nsvr.tools.clevr.detection import box_iou

    x, y, w, h = truth_box
    target = np.array([x, y, x + w, y + h], dtype=np.float64)
    best = None
    for candidate in predicted.get("candidates", []):
        cx, cy, cw, ch = candidate["bbox"]
        if box_iou(target, np.array([[cx, cy, cx + cw, cy + ch]], dtype=np.float64))[0] >= 0.5:
            best = max(best or 0.0, float(candidate["score"]))
    return best


def object_errors(predicted: dict[str, dict[str, Any]], truths: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per error (``cause``, ``image``, ``object``, details) over the images of ``predicted``."""
    hidden = hidden_fractions(list(truths.values()))
    errors: list[dict[str, Any]] = []
    for image, scene in predicted.items():
        truth = truths[image]
        graph = scene_from_clevr(scene, width=scene.get("width", 480), height=scene.get("height", 320))
        matched = match_objects(graph, truth)
        for i, obj in enumerate(truth["objects"]):
            where = {"image": image, "object": i, "hidden": round(hidden[image, i], 2), "truth": _describe(obj)}
            if i not in matched:
                occluded = hidden[image, i] >= OCCLUDED
                if occluded and obj["size"] == "small" and _occluder_is_large(truth, i):
                    cause = "missed: small behind large"
                else:
                    cause = "missed: other occluded" if occluded else "missed: visible"
                errors.append({"cause": cause, **where, "score_if_candidate": _candidate_score(scene, obj["bbox"])})
                continue
            perceived = graph.object(matched[i])
            for attribute in CLEVR_ATTRIBUTES:
                value = perceived.attribute(attribute)
                if value != obj[attribute]:
                    errors.append(
                        {
                            "cause": _attribute_cause(attribute, obj, value, hidden[image, i]),
                            **where,
                            "perceived": value,
                        }
                    )
        used = set(matched.values())
        errors.extend(
            {"cause": "spurious", "image": image, "object": o.id, "hidden": 0.0, "truth": None, "box": o.box}
            for o in graph.objects
            if o.id not in used
        )
        errors.extend(_relation_errors(graph, truth, matched, hidden, image))
    return errors


def _describe(obj: dict[str, Any]) -> str:
    return " ".join(str(obj[a]) for a in ("size", "color", "material", "shape")) + f" d={obj['pixel_coords'][2]:.1f}"


def _attribute_cause(attribute: str, truth: dict[str, Any], value: str | None, hidden: float) -> str:
    if attribute == "shape":
        pair = "cube<->cylinder" if {truth["shape"], value} == {"cube", "cylinder"} else "other"
        return f"shape: {pair} {'occluded' if hidden >= OCCLUDED else 'visible'}"
    if attribute == "size":
        return "size: far" if truth["pixel_coords"][2] > FAR_DEPTH else "size: near"
    return attribute


def _relation_errors(graph: Any, truth: dict[str, Any], matched: dict[int, str], hidden: dict, image: str) -> list:
    held = {(r.subject, r.predicate, r.object) for r in graph.all_relations()}
    errors = []
    for predicate, per_object in truth.get("relationships", {}).items():
        for i, object_i in matched.items():
            for j, object_j in matched.items():
                if i < j or i == j:
                    continue
                wrong = [
                    (j in per_object[i]) != ((object_j, predicate, object_i) in held),
                    (i in per_object[j]) != ((object_i, predicate, object_j) in held),
                ]
                if any(wrong):
                    blamed = max((i, j), key=lambda k: hidden[image, k])
                    half_hidden = hidden[image, blamed] >= OCCLUDED
                    errors.append(
                        {
                            "cause": f"position: {'half-hidden' if half_hidden else 'visible'}",
                            "image": image,
                            "object": blamed,
                            "hidden": round(hidden[image, blamed], 2),
                            "truth": f"{predicate} {i}-{j}",
                        }
                    )
    return errors


def wrong_questions(
    predicted: dict[str, dict[str, Any]], questions: list[dict[str, Any]], revise: bool
) -> dict[str, int]:
    """Image -> number of its questions answered wrongly (dataset programs) on the perceived scenes."""
    graphs = {
        k: scene_from_clevr(s, width=s.get("width", 480), height=s.get("height", 320)) for k, s in predicted.items()
    }
    return dict(wrong_answers(questions, graphs, revise=revise))


def cause_table(errors: list[dict[str, Any]], wrong: dict[str, int] | None = None) -> list[str]:
    """Lines: per cause, the errors, the images they touch and those images' wrong answers."""
    by_cause: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for error in errors:
        by_cause[error["cause"]].append(error)
    lines = [f"{'cause':36s} {'errors':>6s} {'images':>6s} {'wrong answers there':>20s}"]
    for cause in sorted(by_cause, key=lambda c: -len(by_cause[c])):
        images = {e["image"] for e in by_cause[cause]}
        answers = sum((wrong or {}).get(image, 0) for image in images)
        lines.append(f"{cause:36s} {len(by_cause[cause]):6d} {len(images):6d} {answers if wrong else '-':>20}")
    return lines


def predict(images: Path, scene_list: list[dict[str, Any]], weights: str | None) -> tuple[dict, list[float]]:
    """The perceived CLEVR scene dict of every scene's image and the per-image latency in ms."""
    from nsvr.tools.clevr import ClevrPerception

    perception = ClevrPerception(weights=weights, device="cpu")
    perception.scene(Path(images) / scene_list[0]["image_filename"])
    predicted, latencies = {}, []
    for truth in scene_list:
        started = time.perf_counter()
        predicted[truth["image_filename"]] = perception.scene(Path(images) / truth["image_filename"])
        latencies.append((time.perf_counter() - started) * 1000)
    return predicted, latencies


def main(argv: list[str] | None = None) -> None:
    parser = script_parser("nsvr.tasks.training.error_causes", __doc__, images_required=False)
    parser.add_argument("--predictions", type=Path, default=None, help="perceived scenes saved by --save")
    parser.add_argument("--save", type=Path, default=None, help="save the perceived scenes here (JSON)")
    parser.add_argument("--list", action="store_true", help="print every error")
    args = parser.parse_args(argv)
    try:
        scene_list = load_scenes(args.scenes)["scenes"]
        truths = {s["image_filename"]: s for s in scene_list}
        if args.predictions is not None:
            predicted = json.loads(args.predictions.read_text(encoding="utf-8"))
        elif args.images is not None:
            predicted, latencies = predict(args.images, scene_list, args.weights)
            print(f"latency mean {np.mean(latencies):.1f} ms, p95 {np.percentile(latencies, 95):.1f} ms per image")
        else:
            raise ClevrDataError("give --images (to run the model) or --predictions (saved by --save)")
    except (ClevrDataError, OSError, json.JSONDecodeError) as error:
        parser.exit(2, f"error: {error}\n")
    if args.save is not None:
        args.save.write_text(json.dumps(predicted), encoding="utf-8")
    errors = object_errors(predicted, truths)
    wrong = None
    if args.questions is not None:
        questions = json.loads(args.questions.read_text(encoding="utf-8"))["questions"]
        wrong = wrong_questions(predicted, questions, revise=False)
        revised = wrong_questions(predicted, questions, revise=True)
        total = sum(q["image_filename"] in predicted for q in questions)
        print(
            f"answers: {100 * (1 - sum(revised.values()) / total):.2f}% ({sum(revised.values())} wrong of {total}),"
            f" without revision {100 * (1 - sum(wrong.values()) / total):.2f}% ({sum(wrong.values())} wrong)"
        )
    objects = sum(len(s["objects"]) for s in truths.values() if s["image_filename"] in predicted)
    print(f"{len(predicted)} images, {objects} objects; wrong answers counted without revision")
    print("\n".join(cause_table(errors, wrong)))
    if args.list:
        for error in sorted(errors, key=lambda e: (e["cause"], e["image"])):
            print(json.dumps(error))


if __name__ == "__main__":
    main()
