"""Evaluate the CLEVR perception against a scenes file.

Prints detection precision/recall, per-attribute accuracy on matched objects, per-relation accuracy over ordered
pairs of matched objects (all from :mod:`nsvr.tasks.clevr.perception_quality`, the benchmark's own evaluator),
scene-graph latency (image -> SceneGraph) and, with ``--questions``, answer accuracy of the ground-truth programs
run on the predicted graphs.

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

from nsvr.scene_graph.clevr import normalize_clevr_answer, program_from_clevr
from nsvr.scene_graph.executor import execute
from nsvr.tasks.clevr.perception_quality import PerceptionQuality, compare_to_scenes
from nsvr.tasks.training.clevr_data import ClevrDataError, load_scenes
from nsvr.tools.clevr import ClevrPerception, ClevrPerceptionError


class ClevrEvaluation(BaseModel):
    quality: PerceptionQuality
    latency_mean_ms: float
    latency_p95_ms: float
    questions: int = 0
    answer_accuracy: float | None = None


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
    perception(Path(images) / scene_list[0]["image_filename"])  # load the sessions outside the timing
    latencies: list[float] = []
    graphs = {}
    for truth in scene_list:
        started = time.perf_counter()
        graphs[truth["image_filename"]] = perception(Path(images) / truth["image_filename"])
        latencies.append((time.perf_counter() - started) * 1000)
    quality = compare_to_scenes(graphs, {s["image_filename"]: s for s in scene_list})
    answered = _answer_accuracy(questions, graphs) if questions is not None else (0, None)
    return ClevrEvaluation(
        quality=quality,
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
    return len(records), (100.0 * correct / len(records) if records else None)


def format_evaluation(result: ClevrEvaluation) -> str:
    """The evaluation as the lines the script prints (percentages)."""
    q = result.quality
    lines = [
        f"images {q.images}  objects: truth {q.truth_objects}, predicted {q.predicted_objects}, matched "
        f"{q.matched_objects} ({q.matched_by})",
        f"detection precision {q.detection_precision:.2f}  recall {q.detection_recall:.2f}",
        "attribute accuracy (matched): "
        + "  ".join(f"{k} {v:.2f}" for k, v in q.attribute_accuracy.items())
        + f"  all four {q.all_attributes_accuracy:.2f}",
        "relation accuracy (matched pairs): " + "  ".join(f"{k} {v:.2f}" for k, v in q.relation_accuracy.items()),
        f"exact scenes {q.exact_scenes:.2f}",
        f"scene-graph latency mean {result.latency_mean_ms:.1f} ms  p95 {result.latency_p95_ms:.1f} ms per image",
    ]
    if result.answer_accuracy is not None:
        lines.append(
            f"answer accuracy (ground-truth programs) {result.answer_accuracy:.2f} on {result.questions} questions"
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
