"""Benchmark of a planner on questions in people's own words (the paraphrase sets in ``tests/data/paraphrases``).

Every question carries a gold program (written in :mod:`nsvr.agent.llm.notation`) and the answer that program
gives on its scene (a clevr-mini val scene or one of the small photo-like graphs); a gold of ``refuse`` means the
planner must not answer. A planned question is *right* when its program gives the gold answer, *confidently wrong*
when it answers (status ok) anything else, and neither when it is refused or the answer is "unknown". Per kind the
report prints accuracy, parse rate and the confidently-wrong rate.

    python -m nsvr.tasks.paraphrase_bench tests/data/paraphrases/dev.jsonl
    python -m nsvr.tasks.paraphrase_bench tests/data/paraphrases/heldout.jsonl --planner llm \\
        --llm-model llamacpp:/path/model.gguf --limit 40
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nsvr.scene_graph.clevr import scene_from_clevr
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.program import Program
from nsvr.tasks.bench_common import BenchInputError, load_json

Record = dict[str, Any]
DEFAULT_CLEVR_SCENES = Path("../shared/clevr-mini/val/scenes.json")


def load_items(path: Path) -> list[Record]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise BenchInputError(f"cannot read {path}: {error}") from error
    try:
        return [json.loads(line) for line in lines if line.strip()]
    except json.JSONDecodeError as error:
        raise BenchInputError(f"{path}: not JSON lines ({error})") from error


class Scenes:
    """The scene graphs the items name (``clevr:IMAGE`` or ``photo:NAME``), built once each."""

    def __init__(self, clevr_scenes: Path, photo_scenes: Path) -> None:
        self._clevr = {s["image_filename"]: s for s in load_json(clevr_scenes, "CLEVR scenes")["scenes"]}
        self._photo = load_json(photo_scenes, "photo scenes")
        self._graphs: dict[str, SceneGraph] = {}

    def graph(self, name: str) -> SceneGraph:
        if name not in self._graphs:
            source, _, key = name.partition(":")
            raw = self._clevr.get(key) if source == "clevr" else self._photo.get(key)
            if raw is None:
                raise BenchInputError(f"unknown scene {name!r}")
            self._graphs[name] = scene_from_clevr(raw) if source == "clevr" else SceneGraph(**raw)
        return self._graphs[name]


def score(item: Record, program: Program | None, failure: str | None, graph: SceneGraph) -> Record:
    """One result: ``outcome`` right / refused / unknown / wrong (wrong = confidently wrong)."""
    record: Record = {"kind": item["kind"], "question": item["question"], "gold": item["gold"]}
    record["expected"] = item["answer"]
    if program is None:
        record.update(outcome="right" if item["answer"] is None else "refused", failure=failure)
        return record
    answer = execute(program, graph)
    record.update(program=program.pretty(), predicted=answer.text, reason=answer.reason)
    if answer.status != "ok":
        outcome = "right" if item["answer"] is None else "unknown"
    else:
        outcome = "right" if answer.text == item["answer"] else "wrong"
    record["outcome"] = outcome
    return record


Plan = Callable[[str], tuple[Program | None, str | None]]


def embedded_planner() -> Plan:
    from nsvr.agent.planner_base import ParserPlanner

    planner = ParserPlanner()

    def plan(question: str) -> tuple[Program | None, str | None]:
        result = planner.plan(question)
        return result.program, result.failure

    return plan


def run(items: list[Record], scenes: Scenes, plan: Plan) -> tuple[list[Record], float]:
    records = []
    started = time.perf_counter()
    for item in items:
        program, failure = plan(item["question"])
        records.append(score(item, program, failure, scenes.graph(item["scene"])))
    return records, time.perf_counter() - started


def _rate(part: int, whole: int) -> str:
    return f"{100.0 * part / max(whole, 1):5.1f}%"


def summary_lines(records: list[Record]) -> list[str]:
    """One line per kind and the total: n, right, parsed, confidently wrong."""
    by_kind: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        by_kind[record["kind"]].append(record)
    lines = [f"{'kind':<14} {'n':>4}  {'right':>6}  {'parsed':>6}  {'wrong':>6}"]
    for kind, group in [*sorted(by_kind.items()), ("ALL", records)]:
        right = sum(r["outcome"] == "right" for r in group)
        parsed = sum("program" in r for r in group)
        wrong = sum(r["outcome"] == "wrong" for r in group)
        lines.append(
            f"{kind:<14} {len(group):>4}  {_rate(right, len(group))}  {_rate(parsed, len(group))}  "
            f"{_rate(wrong, len(group))}"
        )
    return lines


def failure_lines(records: list[Record], limit: int) -> list[str]:
    lines = []
    for record in [r for r in records if r["outcome"] != "right"][:limit]:
        lines.append(f"[{record['outcome']}] {record['kind']}: {record['question']}  (expected {record['expected']})")
        if "program" in record:
            lines.append(f"    got {record['predicted']}: {record['program'].replace(chr(10), ' | ')}")
        else:
            lines.append(f"    {record['failure']}")
        lines.append(f"    gold: {record['gold']}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("items", nargs="+", type=Path, help="paraphrase sets (JSON lines)")
    parser.add_argument("--clevr-scenes", type=Path, default=DEFAULT_CLEVR_SCENES)
    parser.add_argument("--photo-scenes", type=Path, help="default: photo_scenes.json beside the first set")
    parser.add_argument(
        "--planner",
        choices=["embedded", "llm", "auto", "llm-only"],
        default="embedded",
        help="llm-only: the LLM planner without the parser fallback (to measure the model itself)",
    )
    parser.add_argument("--llm-timeout", type=float, default=30.0, help="seconds for one question's planning")
    parser.add_argument("--reply-format", choices=["json", "notation"], default="json", help="for llm-only")
    parser.add_argument("--templates", type=Path, help="also CLEVR template questions from this questions.json")
    parser.add_argument("--llm-url", help="OpenAI-compatible base URL (or NSVR_LLM_URL)")
    parser.add_argument("--llm-model", help="model name, or llamacpp:PATH.gguf / transformers:ID")
    parser.add_argument("--limit", type=int, help="only the first N questions of each set")
    parser.add_argument("--every", type=int, default=1, help="only every N-th question (a spread-out sample)")
    parser.add_argument("--kinds", help="only these kinds (comma-separated)")
    parser.add_argument("--failures", type=int, default=0, help="print this many failures")
    parser.add_argument("--out", type=Path, help="write every record here (JSON lines)")
    args = parser.parse_args(argv)
    try:
        scenes = Scenes(args.clevr_scenes, args.photo_scenes or args.items[0].with_name("photo_scenes.json"))
        plan = embedded_planner() if args.planner == "embedded" else llm_plan(args)
        sets = [(str(path), load_items(path)) for path in args.items]
        if args.templates:
            sets.append((str(args.templates), template_items(args.templates)))
        for path, items in sets:
            if args.kinds:
                items = [i for i in items if i["kind"] in args.kinds.split(",")]
            items = items[:: args.every]
            items = items[: args.limit] if args.limit else items
            records, seconds = run(items, scenes, plan)
            print(f"{path}: {len(records)} questions, {seconds / max(len(records), 1):.4f} s per question")
            print("\n".join(summary_lines(records)))
            if getattr(plan, "stats", None):
                print(plan.stats.report())
            if args.failures:
                print("\n".join(failure_lines(records, args.failures)))
            if args.out:
                with open(args.out, "a", encoding="utf-8") as out:
                    out.writelines(json.dumps(r) + "\n" for r in records)
    except BenchInputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def template_items(path: Path) -> list[Record]:
    """CLEVR template questions as items (kind "template"; the dataset's answer is the gold)."""
    from nsvr.scene_graph.clevr import normalize_clevr_answer

    questions = load_json(path, "CLEVR questions")["questions"]
    return [
        {"kind": "template", "scene": f"clevr:{q['image_filename']}", "question": q["question"],
         "gold": "dataset", "answer": normalize_clevr_answer(q["answer"])}
        for q in questions
    ]  # fmt: skip


class LLMStats:
    """What the model itself did: valid programs, repairs, seconds per question."""

    def __init__(self) -> None:
        self.questions = self.valid = self.repairs = 0
        self.seconds = 0.0

    def report(self) -> str:
        n = max(self.questions, 1)
        return (
            f"LLM: valid programs {self.valid}/{self.questions} = {100 * self.valid / n:.1f}%, "
            f"repairs {self.repairs} ({self.repairs / n:.2f} a question), {self.seconds / n:.1f} s a question"
        )


def llm_only_plan(args: argparse.Namespace) -> Plan:
    """The LLM planner with no parser fallback, counting valid programs, repairs and time."""
    from nsvr.agent.llm_planner import LLMPlanner
    from nsvr.agent.planners import make_llm_backend

    backend = make_llm_backend(args.llm_url, args.llm_model)
    planner = LLMPlanner(backend, timeout_s=args.llm_timeout, reply_format=args.reply_format)
    stats = LLMStats()

    def plan(question: str) -> tuple[Program | None, str | None]:
        started = time.perf_counter()
        result = planner.plan(question)
        stats.seconds += time.perf_counter() - started
        stats.questions += 1
        stats.valid += result.program is not None
        stats.repairs += sum(a.kind == "repair" for a in result.attempts)
        return result.program, result.failure

    plan.stats = stats  # type: ignore[attr-defined]
    return plan


def llm_plan(args: argparse.Namespace) -> Plan:
    """The LLM planner (``--planner llm``, the parser when the LLM fails) or the parser then the LLM (``auto``)."""
    if args.planner == "llm-only":
        return llm_only_plan(args)
    from nsvr.agent.planners import make_planner_function

    function = make_planner_function(
        args.planner, llm_url=args.llm_url, llm_model=args.llm_model, llm_timeout=args.llm_timeout
    )

    def plan(question: str) -> tuple[Program | None, str | None]:
        try:
            return function(question), None
        except Exception as error:  # a planner failure is this question's result
            return None, f"{type(error).__name__}: {error}"

    return plan


if __name__ == "__main__":
    raise SystemExit(main())
