"""How often the embedded parser's program answers like GQA's own program, on synthesized scene graphs.

For every balanced question: synthesize a scene graph from its GQA program and gold answer
(:func:`~nsvr.tasks.gqa.synthesis.synthesize_scene_graph`), run the converted GQA program and the program the
embedded parser (``nsvr.agent.parser.parse``) makes of the question text, and compare the two answers. Reported:
agreement overall, per structural and per semantic type, on all questions and on the "consistent" ones (where the
GQA program does give the gold answer on the synthesized graph), and the parse failures.

    python -m nsvr.tasks.gqa.parser_agreement --questions ../shared/gqa-questions/ood_testdev_head.json
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.gqa import GqaFormatError, program_from_gqa
from nsvr.scene_graph.program import Program
from nsvr.tasks.bench_common import BenchInputError, accuracy_by, groups_table, progress_bar
from nsvr.tasks.gqa.data import load_gqa_questions
from nsvr.tasks.gqa.synthesis import synthesize_scene_graph
from nsvr.tasks.results import write_json

Parse = Callable[[str], Program]


def embedded_parser() -> Parse:
    """``nsvr.agent.parser.parse``; BenchInputError (one line) when it is not there."""
    try:
        from nsvr.agent.parser import parse
    except ImportError as error:
        raise BenchInputError(f"the embedded parser (nsvr.agent.parser.parse) is not available: {error}") from error
    return parse


def compare_one(qid: str, question: dict[str, Any], parse: Parse) -> dict[str, Any]:
    """One question: the GQA program's and the parser's answers on the synthesized graph."""
    types = question.get("types") or {}
    record: dict[str, Any] = {
        "id": qid,
        "question": question.get("question"),
        "answer": question.get("answer"),
        "structural": types.get("structural"),
        "semantic": types.get("semantic"),
    }
    try:
        graph = synthesize_scene_graph(question)
        reference = execute(program_from_gqa(question["semantic"]), graph).text
    except (GqaFormatError, KeyError, TypeError, ValueError) as error:
        return {**record, "status": "bad_record", "reason": str(error), "correct": False}
    record.update(reference=reference, consistent=reference == question.get("answer"))
    try:
        program = parse(str(question.get("question", "")))
    except Exception as error:  # the parser's failure on this question is a result, not a crash
        return {**record, "status": "parse_failed", "reason": f"{type(error).__name__}: {error}", "correct": False}
    parsed = execute(program, graph)
    return {
        **record,
        "status": "parsed",
        "parsed": parsed.text,
        "correct": parsed.text == reference,
        "parsed_gold": parsed.text == question.get("answer"),
    }


def _share(records: Sequence[dict[str, Any]], key: str = "correct") -> float | None:
    return round(100.0 * sum(bool(r.get(key)) for r in records) / len(records), 2) if records else None


def parser_agreement(
    questions: Sequence[Path], parse: Parse | None = None, limit: int | None = None, progress: bool = True
) -> dict[str, Any]:
    """The agreement report over the balanced questions of ``questions`` (see the module docstring)."""
    parse = parse or embedded_parser()
    table: dict[str, Any] = {}
    for path in questions:
        table.update(load_gqa_questions(Path(path)))
    items = [(qid, q) for qid, q in table.items() if isinstance(q, dict)]
    items = items[:limit] if limit is not None else items
    records = []
    with progress_bar(len(items), "parser vs GQA programs", progress) as advance:
        for qid, question in items:
            records.append(compare_one(qid, question, parse))
            advance(1)
    consistent = [r for r in records if r.get("consistent")]
    failures = [r for r in records if r["status"] == "parse_failed"]
    reasons = Counter(str(r["reason"]).split(":")[0] for r in failures)
    return {
        "n": len(records),
        "agreement": _share(records),
        "agreement_consistent": _share(consistent),
        "consistent": len(consistent),
        "parser_gold_accuracy": _share(records, "parsed_gold"),
        "parse_failures": len(failures),
        "parse_failure_kinds": dict(reasons.most_common()),
        "parse_failure_examples": [
            {"id": r["id"], "question": r["question"], "reason": r["reason"]} for r in failures[:20]
        ],
        "bad_records": sum(r["status"] == "bad_record" for r in records),
        "per_structural": accuracy_by(consistent, lambda r: r.get("structural")),
        "per_semantic": accuracy_by(consistent, lambda r: r.get("semantic")),
        "disagreements": [
            {k: r.get(k) for k in ("id", "question", "answer", "reference", "parsed")}
            for r in consistent
            if r["status"] == "parsed" and not r["correct"]
        ][:50],
    }


def main(argv: Sequence[str] | None = None) -> int:
    cli = argparse.ArgumentParser(prog="python -m nsvr.tasks.gqa.parser_agreement", description=__doc__.split("\n")[0])
    cli.add_argument("--questions", type=Path, action="append", required=True, help="GQA questions JSON (repeat)")
    cli.add_argument("--limit", type=int, default=None, help="only the first N questions")
    cli.add_argument("--out", type=Path, default=None, help="write the full report to OUT/parser_agreement.json")
    cli.add_argument("--quiet", action="store_true", help="no progress bar")
    args = cli.parse_args(argv)
    console = Console()
    try:
        report = parser_agreement(args.questions, limit=args.limit, progress=not args.quiet)
    except BenchInputError as error:
        Console(stderr=True).print(f"[bold red]error:[/bold red] {escape(str(error))}", highlight=False)
        return 2
    console.print(groups_table("agreement per structural type (consistent questions)", report["per_structural"]))
    console.print(groups_table("agreement per semantic type (consistent questions)", report["per_semantic"]))
    console.print(
        f"questions: {report['n']}  consistent synthesized graphs: {report['consistent']}\n"
        f"agreement: {report['agreement']}% (all)  {report['agreement_consistent']}% (consistent)\n"
        f"parser answers gold: {report['parser_gold_accuracy']}%\n"
        f"parse failures: {report['parse_failures']} {report['parse_failure_kinds']}",
        highlight=False,
        markup=False,
    )
    if args.out is not None:
        write_json(args.out / "parser_agreement.json", report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
