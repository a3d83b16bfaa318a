"""Evaluate the CLEVR perception against a scenes file.

Prints detection precision/recall (IoU >= 0.5 against ``bbox``; released CLEVR scenes without boxes are
matched by projected centre within :data:`CENTRE_MATCH_PIXELS` instead), per-attribute accuracy on matched
objects, per-relation accuracy over ordered pairs of matched objects, scene-graph latency (image -> SceneGraph),
and, with ``--questions``, answer accuracy of the ground-truth programs run on the predicted graphs.

    python -m nsvr.tasks.training.evaluate_clevr --scenes ../shared/clevr-mini/val/scenes.json \\
        --images ../shared/clevr-mini/val/images --questions ../shared/clevr-mini/val/questions.json
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel

from nsvr.scene_graph.clevr import normalize_clevr_answer, program_from_clevr, scene_from_clevr
from nsvr.scene_graph.executor import execute
from nsvr.tasks.training.clevr_data import ClevrDataError, load_scenes
from nsvr.tools.clevr import ClevrPerception, ClevrPerceptionError
from nsvr.tools.clevr.detection import box_iou
from nsvr.tools.clevr.geometry import relations_from_coords
from nsvr.tools.clevr.vocabulary import ATTRIBUTES

IOU_MATCH = 0.5
CENTRE_MATCH_PIXELS = 12.0
RELATIONS = ("left", "right", "front", "behind")


class ClevrEvaluation(BaseModel):
    images: int
    ground_truth_objects: int
    predicted_objects: int
    matched_objects: int
    precision: float
    recall: float
    matched_by: str
    attribute_accuracy: dict[str, float]
    all_attributes_accuracy: float
    relation_accuracy: dict[str, float]
    exact_scenes: float
    latency_mean_ms: float
    latency_p95_ms: float
    questions: int = 0
    answer_accuracy: float | None = None


def match_objects(predicted: list[dict[str, Any]], truth: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching ``(predicted index, true index)``: by box IoU >= 0.5 when the truth has
    ``bbox``, else by projected-centre distance."""
    if not predicted or not truth:
        return []
    if all("bbox" in t for t in truth):
        pred_xyxy = np.array([[b[0], b[1], b[0] + b[2], b[1] + b[3]] for b in (p["bbox"] for p in predicted)])
        true_xyxy = np.array([[b[0], b[1], b[0] + b[2], b[1] + b[3]] for b in (t["bbox"] for t in truth)], float)
        affinity = np.stack([box_iou(box, true_xyxy) for box in pred_xyxy])
        threshold = IOU_MATCH
    else:
        pred_uv = np.array([p["pixel_coords"][:2] for p in predicted], float)
        true_uv = np.array([t["pixel_coords"][:2] for t in truth], float)
        distance = np.linalg.norm(pred_uv[:, None] - true_uv[None], axis=2)
        affinity, threshold = 1.0 / (1.0 + distance), 1.0 / (1.0 + CENTRE_MATCH_PIXELS)
    pairs: list[tuple[int, int]] = []
    used_p: set[int] = set()
    used_t: set[int] = set()
    for flat in np.argsort(-affinity, axis=None):
        p, t = np.unravel_index(flat, affinity.shape)
        if affinity[p, t] < threshold:
            break
        if p not in used_p and t not in used_t:
            pairs.append((int(p), int(t)))
            used_p.add(int(p))
            used_t.add(int(t))
    return pairs


def _relation_hits(
    predicted: dict[str, Any], truth: dict[str, Any], pairs: list[tuple[int, int]]
) -> dict[str, tuple[int, int]]:
    coords = np.array([o["3d_coords"] for o in predicted["objects"]], float).reshape(-1, 3)
    relations = relations_from_coords(coords, predicted["directions"])
    true_of = dict(pairs)
    hits: dict[str, tuple[int, int]] = {}
    for name in RELATIONS:
        correct = total = 0
        for p_i, t_i in pairs:
            for p_j, _ in pairs:
                if p_i == p_j:
                    continue
                said = p_j in relations[name][p_i]
                correct += said == (true_of[p_j] in truth["relationships"][name][t_i])
                total += 1
        hits[name] = (correct, total)
    return hits


def evaluate_clevr_perception(
    scenes: Path,
    images: Path,
    weights: str | None = None,
    device: str = "auto",
    questions: Path | None = None,
    limit: int | None = None,
) -> ClevrEvaluation:
    """Run :class:`ClevrPerception` on every scene's image and score it against the scenes file."""
    perception = ClevrPerception(weights=weights, device=device)
    scene_list = load_scenes(scenes)["scenes"][:limit]
    if not scene_list:
        raise ClevrDataError(f"{scenes} holds no scenes to evaluate")
    perception.scene(Path(images) / scene_list[0]["image_filename"])  # load the sessions outside the timing
    counts = {"gt": 0, "pred": 0, "matched": 0, "exact": 0, "all": 0}
    attribute_hits = dict.fromkeys(ATTRIBUTES, 0)
    relation_hits = {name: [0, 0] for name in RELATIONS}
    latencies: list[float] = []
    graphs = {}
    for truth in scene_list:
        started = time.perf_counter()
        predicted = perception.scene(Path(images) / truth["image_filename"])
        graph = scene_from_clevr(predicted, width=predicted["width"], height=predicted["height"])
        latencies.append((time.perf_counter() - started) * 1000)
        graphs[truth["image_filename"]] = graph
        pairs = match_objects(predicted["objects"], truth["objects"])
        counts["gt"] += len(truth["objects"])
        counts["pred"] += len(predicted["objects"])
        counts["matched"] += len(pairs)
        all_right = 0
        for p, t in pairs:
            same = [predicted["objects"][p][a] == truth["objects"][t][a] for a in ATTRIBUTES]
            for name, ok in zip(ATTRIBUTES, same, strict=True):
                attribute_hits[name] += ok
            all_right += all(same)
        counts["all"] += all_right
        sizes_agree = len(pairs) == len(truth["objects"]) == len(predicted["objects"])
        counts["exact"] += sizes_agree and all_right == len(pairs)
        for name, (correct, total) in _relation_hits(predicted, truth, pairs).items():
            relation_hits[name][0] += correct
            relation_hits[name][1] += total
    matched = max(1, counts["matched"])
    answered = _answer_accuracy(questions, graphs) if questions is not None else (0, None)
    return ClevrEvaluation(
        images=len(scene_list),
        ground_truth_objects=counts["gt"],
        predicted_objects=counts["pred"],
        matched_objects=counts["matched"],
        precision=counts["matched"] / max(1, counts["pred"]),
        recall=counts["matched"] / max(1, counts["gt"]),
        matched_by="bbox IoU>=0.5" if all("bbox" in o for s in scene_list for o in s["objects"]) else "centre",
        attribute_accuracy={name: hits / matched for name, hits in attribute_hits.items()},
        all_attributes_accuracy=counts["all"] / matched,
        relation_accuracy={name: c / max(1, t) for name, (c, t) in relation_hits.items()},
        exact_scenes=counts["exact"] / max(1, len(scene_list)),
        latency_mean_ms=float(np.mean(latencies)),
        latency_p95_ms=float(np.percentile(latencies, 95)),
        questions=answered[0],
        answer_accuracy=answered[1],
    )


def _answer_accuracy(questions: Path, graphs: dict[str, Any]) -> tuple[int, float | None]:
    records = json.loads(Path(questions).read_text(encoding="utf-8"))["questions"]
    records = [q for q in records if q["image_filename"] in graphs]
    correct = 0
    for record in records:
        answer = execute(program_from_clevr(record["program"]), graphs[record["image_filename"]])
        correct += answer.text == normalize_clevr_answer(record["answer"])
    return len(records), (correct / len(records) if records else None)


def format_evaluation(result: ClevrEvaluation) -> str:
    """The evaluation as the lines the script prints."""
    lines = [
        f"images {result.images}  objects: truth {result.ground_truth_objects}, predicted "
        f"{result.predicted_objects}, matched {result.matched_objects} ({result.matched_by})",
        f"detection precision {result.precision:.4f}  recall {result.recall:.4f}",
        "attribute accuracy (matched): "
        + "  ".join(f"{k} {v:.4f}" for k, v in result.attribute_accuracy.items())
        + f"  all four {result.all_attributes_accuracy:.4f}",
        "relation accuracy (matched pairs): " + "  ".join(f"{k} {v:.4f}" for k, v in result.relation_accuracy.items()),
        f"exact scenes {result.exact_scenes:.4f}",
        f"scene-graph latency mean {result.latency_mean_ms:.1f} ms  p95 {result.latency_p95_ms:.1f} ms per image",
    ]
    if result.answer_accuracy is not None:
        lines.append(
            f"answer accuracy (ground-truth programs) {result.answer_accuracy:.4f} on {result.questions} questions"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m nsvr.tasks.training.evaluate_clevr", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--scenes", type=Path, required=True, help="CLEVR scenes.json")
    parser.add_argument("--images", type=Path, required=True, help="folder with the scenes' images")
    parser.add_argument("--weights", default=None, help="weights folder (default: the shipped weights)")
    parser.add_argument("--device", default="auto", help="auto, cpu or cuda")
    parser.add_argument("--questions", type=Path, default=None, help="questions.json: also score answers")
    parser.add_argument("--limit", type=int, default=None, help="only the first N scenes")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    try:
        result = evaluate_clevr_perception(
            args.scenes, args.images, args.weights, args.device, args.questions, args.limit
        )
    except (ClevrDataError, ClevrPerceptionError) as error:
        parser.exit(2, f"error: {error}\n")
    print(result.model_dump_json(indent=1) if args.json else format_evaluation(result))


if __name__ == "__main__":
    main()
