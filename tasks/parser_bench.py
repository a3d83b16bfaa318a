"""Benchmark of the embedded parser: parsing speed, CLEVR answer accuracy, GQA agreement.

CLEVR: every question of a questions file is parsed, the program runs on the oracle scene graph (the scenes file's
``scene_from_clevr``) and its answer is compared with the dataset's. GQA (``--gqa``): the parsed program and the
question's own converted ``semantic`` program run on the scene graph synthesized from that program; the report
gives how often the two answers agree (and match the gold answer).

    python -m nsvr.tasks.parser_bench ../shared/clevr-mini/train/questions.json ../shared/clevr-mini/val/questions.json
    python -m nsvr.tasks.parser_bench --gqa ../shared/gqa-questions/ood_testdev_head.json
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nsvr.agent.parser import EmbeddedParser, ParseError
from nsvr.agent.parser.normalize import normalize
from nsvr.scene_graph.clevr import normalize_clevr_answer, scene_from_clevr
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.program import Program
from nsvr.tasks.bench_common import BenchInputError, load_json

Record = dict[str, Any]


class Timing:
    """Seconds spent parsing: wall clock and this process's CPU time (the fair number on a shared machine)."""

    def __init__(self, count: int, wall: float, cpu: float) -> None:
        self.count, self.wall, self.cpu = count, wall, cpu

    def __str__(self) -> str:
        per_second = self.count / max(self.wall, 1e-9)
        cpu_per_second = self.count / max(self.cpu, 1e-9)
        return (
            f"parse {per_second:,.0f} questions/s wall ({1000 * self.wall / max(self.count, 1):.3f} ms each), "
            f"{cpu_per_second:,.0f}/s of CPU time"
        )


def timed_parse(
    parser: EmbeddedParser, questions: list[str], repeats: int = 3
) -> tuple[list[Program | ParseError], Timing]:
    """Parse every question ``repeats`` times; returns the programs (or errors) and the fastest pass's time (the
    machine's other load only ever slows a pass down)."""
    results: list[Program | ParseError] = []
    best = Timing(len(questions), float("inf"), float("inf"))
    for attempt in range(repeats):
        normalize.cache_clear()  # each pass parses cold: a pass after the first would find every wording cached
        wall, cpu = time.perf_counter(), time.process_time()
        for text in questions:
            try:
                program: Program | ParseError = parser.parse(text)
            except ParseError as error:
                program = error
            if attempt == 0:
                results.append(program)
        best.wall = min(best.wall, time.perf_counter() - wall)
        best.cpu = min(best.cpu, time.process_time() - cpu)
    return results, best


def bench_clevr(questions_path: Path, scenes_path: Path | None = None, unique: bool = False) -> list[Record]:
    """One record per question: family, parse error or predicted answer, correctness."""
    questions = load_json(questions_path, "CLEVR questions")["questions"]
    scenes_path = scenes_path or questions_path.with_name("scenes.json")
    scenes = {s["image_filename"]: s for s in load_json(scenes_path, "CLEVR scenes")["scenes"]}
    programs, timing = timed_parse(EmbeddedParser(unique=unique), [q["question"] for q in questions])
    graphs: dict[str, Any] = {}
    records = []
    for question, program in zip(questions, programs, strict=True):
        family = (
            f"{question.get('template_filename', '?').removesuffix('.json')}/{question.get('question_family_index')}"
        )
        record: Record = {
            "question": question["question"],
            "answer": normalize_clevr_answer(question["answer"]),
            "family": family,
            "file": str(questions_path),
        }
        if isinstance(program, ParseError):
            record.update(correct=False, error=str(program))
        else:
            image = question["image_filename"]
            if image not in graphs:
                graphs[image] = scene_from_clevr(scenes[image])
            answer = execute(program, graphs[image])
            record.update(
                predicted=answer.text,
                correct=answer.text == record["answer"],
                program=program.pretty(),
                reason=answer.reason,
            )
        records.append(record)
    print(f"{questions_path}: {_accuracy(records)}  {timing}")
    return records


def bench_gqa(questions_path: Path, unique: bool = False) -> list[Record]:
    """Agreement of the parsed program with the question's converted program on its synthesized scene graph."""
    from nsvr.scene_graph.gqa import GqaFormatError, program_from_gqa
    from nsvr.tasks.gqa.synthesis import synthesize_scene_graph

    questions = load_json(questions_path, "GQA questions")
    items = list(questions.items())
    programs, timing = timed_parse(EmbeddedParser(unique=unique), [q["question"] for _, q in items])
    records = []
    for (qid, question), program in zip(items, programs, strict=True):
        record: Record = {
            "id": qid,
            "question": question["question"],
            "answer": question["answer"],
            "family": question.get("types", {}).get("detailed", "?"),
            "file": str(questions_path),
            "gqa_program": question.get("semanticStr", ""),
        }
        try:
            graph = synthesize_scene_graph(question)
            reference = execute(program_from_gqa(question["semantic"]), graph).text
        except GqaFormatError as error:
            record.update(correct=False, error=f"GQA program: {error}")
            records.append(record)
            continue
        record["reference"] = reference
        if isinstance(program, ParseError):
            record.update(correct=False, error=str(program))
        else:
            predicted = execute(program, graph)
            record.update(
                predicted=predicted.text,
                correct=predicted.text == reference,
                program=program.pretty(),
                reason=predicted.reason,
                gold=predicted.text == question["answer"],
            )
        records.append(record)
    parsed = [r for r in records if "predicted" in r]
    print(
        f"{questions_path}: agreement with the GQA program {_accuracy(records)}; parsed "
        f"{len(parsed)}/{len(records)}, agreement among parsed {_accuracy(parsed)}; gold "
        f"{sum(bool(r.get('gold')) for r in records)}/{len(records)}; {timing}"
    )
    return records


def _accuracy(records: list[Record]) -> str:
    right = sum(bool(r["correct"]) for r in records)
    return f"{right}/{len(records)} = {100.0 * right / max(len(records), 1):.2f}%"


def report(records: list[Record], examples: int, show: Callable[[str], None] = print) -> None:
    """Accuracy per family, then the failures grouped (parse errors by the word expected, wrong answers by
    family) with a few examples each."""
    by_family: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        by_family[record["family"]].append(record)
    show(f"overall: {_accuracy(records)}")
    show("per family: " + "  ".join(f"{family} {_accuracy(rs)}" for family, rs in sorted(by_family.items())))
    failures: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        if not record["correct"]:
            key = (
                f"parse error: {record['error'].split(': expected ')[-1]}"
                if "error" in record
                else f"wrong answer in {record['family']}"
            )
            failures[key].append(record)
    for key, group in sorted(failures.items(), key=lambda item: -len(item[1])):
        show(f"\n== {key} ({len(group)})")
        for record in group[:examples]:
            got = record.get("predicted", "-")
            expected = record.get("reference", record["answer"])
            show(f"  {record['question']}  [expected {expected}, got {got}]")
            if "error" in record:
                show(f"    {record['error']}")
            if record.get("program") and examples > 1:
                show(
                    "    "
                    + record["program"].replace("\n", " | ")
                    + (f"  ({record['reason']})" if record.get("reason") else "")
                )
            if record.get("gqa_program"):
                show(f"    GQA: {record['gqa_program']}")
    show(
        f"\nfailures: {sum(len(g) for g in failures.values())} in {len(failures)} groups; "
        f"top words expected: {Counter(k for k in failures if k.startswith('parse')).most_common(3)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("questions", nargs="*", type=Path, help="CLEVR questions.json files")
    parser.add_argument("--scenes", type=Path, help="scenes file (default: scenes.json beside each questions file)")
    parser.add_argument("--gqa", nargs="*", type=Path, default=[], help="GQA questions files")
    parser.add_argument("--examples", type=int, default=3, help="examples shown per failure group")
    parser.add_argument("--unique", action="store_true", help="parse with unique steps (CLEVR's style)")
    args = parser.parse_args(argv)
    if not args.questions and not args.gqa:
        parser.error("give CLEVR questions files and/or --gqa files")
    try:
        records = [r for path in args.questions for r in bench_clevr(path, args.scenes, args.unique)]
        if records:
            report(records, args.examples)
        gqa = [r for path in args.gqa for r in bench_gqa(path, args.unique)]
        if gqa:
            report(gqa, args.examples)
    except BenchInputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
