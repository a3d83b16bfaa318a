"""Shape-scene benchmark: questions about synthetic plain-background scenes (nsvr.tools.shape_scenes), answered
by executing each question's gold program on the graph the program-driven perception builds, then checked
(abstain / hedge) exactly as ``nsvr ask`` does.

    python examples/benchmarks/shape_scenes.py                    # 2,000 questions, seed 0
    python examples/benchmarks/shape_scenes.py --questions 500 --parser --json

Prints: right, unknown (hedged or abstained) and confidently wrong shares, overall and per question kind, image
size and scene difficulty; perception time per image; with ``--parser``, what the embedded parser makes of the
same questions (parse failures, programs equal to the gold ones, answers equal to the gold answers).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter, defaultdict

import numpy as np

from nsvr.agent.check import check_answer
from nsvr.scene_graph.executor import execute
from nsvr.tools.builder import PerceptionConfig, PerceptionPipeline
from nsvr.tools.image_io import load_image
from nsvr.tools.needs import needs_of
from nsvr.tools.shape_scenes import ShapeScene, generate_scene, questions_for
from nsvr.tools.thresholds import ABSTAIN_BELOW, HEDGE_SCORE


def outcome(status: str, text: str, gold: str) -> str:
    if status != "ok":
        return "unknown"
    return "right" if text.strip().lower() == gold.strip().lower() else "wrong"


def difficulty(scene: ShapeScene) -> str:
    if any(s.cut for s in scene.shapes):
        return "cut by border"
    if any(s.outlined or s.hollow for s in scene.shapes):
        return "outlined/hollow"
    return "plain"


SIMPLE = {"side": 64, "count": 1, "shapes": ("circle", "rectangle", "triangle")}
"""The style of the hidden check: one flat shape (circle, rectangle or triangle), 64x64 pixels."""


def _truth(scene: ShapeScene) -> list[dict]:
    return [
        {
            "shape": s.shape,
            "color": s.color,
            "size": s.size,
            "rgb": s.rgb,
            "radius": round(s.radius, 1),
            "box": tuple(round(v, 1) for v in s.box),
            **{k: True for k in ("cut", "outlined", "hollow") if getattr(s, k)},
        }
        for s in scene.shapes
    ]


def _seen(graph) -> list[dict]:  # noqa: ANN001 - benchmark helper
    def attribute(obj, key: str) -> str:  # noqa: ANN001
        found = obj.attributes.get(key)
        if found is None:
            return "-"
        extra = "".join(f" |{k} {v:.2f}" for k, v in found.alternatives.items())
        return f"{found.value} {found.confidence:.2f}{extra}"

    objects = [(o, "object") for o in graph.objects] + [(o, "candidate") for o in graph.candidates]
    return [
        {
            "as": kind,
            "score": round(o.score, 2),
            "box": tuple(round(v, 1) for v in o.box) if o.box else None,
            **{key: attribute(o, key) for key in ("shape", "color", "size")},
        }
        for o, kind in objects
    ]


def run(
    count: int,
    seed: int,
    per_scene: int,
    parser: bool,
    perception: str,
    simple: bool = False,
    show_unknown: bool = False,
    save: str | None = None,
) -> dict:
    rng = np.random.default_rng(seed)
    config = PerceptionConfig.shapes() if perception == "shapes" else PerceptionConfig.default()
    pipeline = PerceptionPipeline(config)
    tally: dict[str, Counter] = defaultdict(Counter)
    seconds: list[float] = []
    parsed = Counter()
    wrong_examples: list[dict] = []
    done = 0
    while done < count:
        scene = generate_scene(rng, **SIMPLE) if simple else generate_scene(rng)
        questions = questions_for(scene, rng, per_scene)[: count - done]
        if not questions:
            continue
        session = pipeline.session(load_image(scene.image))
        for item in questions:
            started = time.perf_counter()
            graph = session.graph(needs_of(item.program))
            seconds.append(time.perf_counter() - started)
            answer = check_answer(
                item.program, execute(item.program, graph), graph, ABSTAIN_BELOW, hedge_score=HEDGE_SCORE
            )
            result = outcome(answer.status, answer.text, item.answer)
            for key in ("all", f"kind: {item.kind}", f"side: {scene.image.shape[0]}", f"scene: {difficulty(scene)}"):
                tally[key][result] += 1
            wanted = ("wrong", "unknown") if show_unknown else ("wrong",)
            if result in wanted and len(wrong_examples) < (400 if show_unknown else 40):
                example = {
                    "outcome": result,
                    "question": item.question,
                    "gold": item.answer,
                    "said": answer.text,
                    "reason": answer.reason if result == "unknown" else None,
                    "side": scene.image.shape[0],
                    "truth": _truth(scene),
                    "seen": _seen(graph),
                }
                if save:
                    from pathlib import Path

                    from PIL import Image

                    Path(save).mkdir(parents=True, exist_ok=True)
                    name = f"{save}/failure{len(wrong_examples):03d}.png"
                    Image.fromarray(scene.image).save(name)
                    example["image"] = name
                wrong_examples.append(example)
            if parser:
                parsed.update(_parser_outcome(item, graph))
            done += 1
    report = {
        "questions": done,
        "perception": perception,
        "scenes": "simple: one circle, rectangle or triangle, 64x64" if simple else "1-5 shapes, 64-512 px",
        "seed": seed,
        "shares": {
            key: {k: round(v / sum(c.values()), 4) for k, v in sorted(c.items())} | {"n": sum(c.values())}
            for key, c in sorted(tally.items())
        },
        "graph_ms_median": round(1000 * statistics.median(seconds), 2),
        "graph_ms_p95": round(1000 * float(np.percentile(seconds, 95)), 2),
        "wrong_examples": wrong_examples,
    }
    if parser:
        report["embedded_parser"] = {k: round(v / done, 4) for k, v in sorted(parsed.items())}
    return report


def _parser_outcome(item, graph) -> list[str]:  # noqa: ANN001 - benchmark helper
    from nsvr.agent.parser import parse

    try:
        program = parse(item.question)
    except Exception:  # noqa: BLE001 - any parse failure counts the same here
        return ["parse failed"]
    found = ["parsed"]
    if program.model_dump() == item.program.model_dump():
        found.append("same program as gold")
    answer = execute(program, graph)
    if answer.status == "ok" and answer.text.lower() == item.answer.lower():
        found.append("right answer")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-scene", type=int, default=4)
    parser.add_argument(
        "--perception",
        choices=["shapes", "photo"],
        default="shapes",
        help="shapes: the region proposer alone; photo: the default pipeline (detector + proposer)",
    )
    parser.add_argument("--parser", action="store_true", help="also report the embedded parser on the questions")
    parser.add_argument("--simple", action="store_true", help="one circle/rectangle/triangle per 64x64 image")
    parser.add_argument("--show-unknown", action="store_true", help="list unknown answers with the wrong ones")
    parser.add_argument("--save-failures", metavar="FOLDER", help="save the image of each listed failure there")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report = run(
        args.questions,
        args.seed,
        args.per_scene,
        args.parser,
        args.perception,
        args.simple,
        args.show_unknown,
        args.save_failures,
    )
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(
        f"{report['questions']} questions ({report['scenes']}), perception={report['perception']}, "
        f"seed {report['seed']}; graph "
        f"{report['graph_ms_median']} ms median, {report['graph_ms_p95']} ms p95 per question"
    )
    for key, shares in report["shares"].items():
        print(
            f"  {key:28s} n={shares['n']:5d}  right {shares.get('right', 0):7.2%}  unknown "
            f"{shares.get('unknown', 0):7.2%}  confidently wrong {shares.get('wrong', 0):7.2%}"
        )
    if "embedded_parser" in report:
        print("embedded parser on the same questions:", report["embedded_parser"])
    for example in report["wrong_examples"]:
        print(f"{example.pop('outcome')}:", example)


if __name__ == "__main__":
    main()
