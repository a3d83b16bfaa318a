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
from collections import Counter
from collections.abc import Mapping
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


def wrong_answers(records: list[dict[str, Any]], graphs: Mapping[str, Any], revise: bool = True) -> Counter[str]:
    """Image -> how many of its questions (``records`` in the CLEVR layout, run as their dataset programs) are
    answered wrongly on ``graphs`` (image filename -> scene graph); questions about other images are skipped."""
    wrong: Counter[str] = Counter()
    for record in records:
        graph = graphs.get(record["image_filename"])
        if graph is not None:
            answer = execute(program_from_clevr(record["program"]), graph, revise=revise)
            wrong[record["image_filename"]] += answer.text != normalize_clevr_answer(record["answer"])
    return wrong


def _answer_accuracy(questions: Path, graphs: dict[str, Any]) -> tuple[int, float | None]:
    records = json.loads(Path(questions).read_text(encoding="utf-8"))["questions"]
    records = [q for q in records if q["image_filename"] in graphs]
    wrong = sum(wrong_answers(records, graphs).values())
    return len(records), (100.0 * (len(records) - wrong) / len(records) if records else None)


def script_parser(
    module: str, doc: str | None, images_required: bool = True, several_weights: bool = False
) -> argparse.ArgumentParser:
    """The argument parser the CLEVR evaluation scripts share: ``--scenes``, ``--images``, ``--weights`` (a list
    when ``several_weights``), ``--questions``."""
    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=(doc or "").split("\n")[0])
    parser.add_argument("--scenes", type=Path, required=True, help="CLEVR scenes.json")
    parser.add_argument("--images", type=Path, required=images_required, default=None, help="the scenes' images")
    if several_weights:
        parser.add_argument("--weights", action="append", default=[], help="weights folder (repeat; or 'shipped')")
    else:
        parser.add_argument("--weights", default=None, help="weights folder (default: the shipped weights)")
    parser.add_argument("--questions", type=Path, default=None, help="questions.json: also score answers")
    return parser


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
    parser = script_parser("nsvr.tasks.training.evaluate_clevr", __doc__)
    parser.add_argument("--device", default="auto", help="auto, cpu or cuda")
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
