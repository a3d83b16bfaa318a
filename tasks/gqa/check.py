"""Convert and validate every GQA program of some question files, without running anything."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from nsvr.scene_graph.gqa import GqaFormatError, program_from_gqa
from nsvr.scene_graph.program import validate_program
from nsvr.tasks.gqa.data import load_gqa_questions
from nsvr.tasks.results import write_json

_EXAMPLES_PER_OPERATION = 20
_STEP = re.compile(r"step \d+ \((\w+)\)")


def _check_one(question: Any) -> tuple[str, str] | None:
    """None when the program converts and validates, else (operation, problem)."""
    if not isinstance(question, Mapping) or not isinstance(question.get("semantic"), list):
        return "(record)", "record has no 'semantic' list"
    try:
        program = program_from_gqa(question["semantic"])
    except GqaFormatError as error:
        return error.operation or "(program)", str(error)
    problems = validate_program(program)
    if problems:
        step = _STEP.match(problems[0])
        return f"invalid nsvr {step[1] if step else 'program'}", "; ".join(problems)
    return None


def check_gqa_programs(questions: list[Path], out: Path | None = None, console: Console | None = None) -> dict:
    """Convert and validate the ``semantic`` program of every question (balanced or not) in ``questions``.

    Prints ``converted/total`` and the failures grouped by GQA operation; with ``out`` also writes
    ``out/summary.json``. Returns ``{"converted", "total", "failures": {operation: {"count", "examples"}}}``,
    where each example is ``{"file", "id", "error"}``."""
    console = console or Console()
    converted = total = 0
    failures: dict[str, dict[str, Any]] = defaultdict(lambda: {"count": 0, "examples": []})
    for path in questions:
        for qid, question in load_gqa_questions(Path(path), balanced_only=False).items():
            total += 1
            problem = _check_one(question)
            if problem is None:
                converted += 1
                continue
            operation, error = problem
            failures[operation]["count"] += 1
            if len(failures[operation]["examples"]) < _EXAMPLES_PER_OPERATION:
                failures[operation]["examples"].append({"file": str(path), "id": qid, "error": error})
    result = {"converted": converted, "total": total, "failures": dict(sorted(failures.items()))}
    console.print(f"GQA programs converted and valid: {converted}/{total}", highlight=False)
    if failures:
        table = Table(title="failures per GQA operation", title_justify="left")
        for column in ("operation", "count", "first error"):
            table.add_column(column)
        for operation, failure in result["failures"].items():
            table.add_row(escape(operation), str(failure["count"]), escape(failure["examples"][0]["error"]))
        console.print(table)
    if out is not None:
        write_json(Path(out) / "summary.json", result)
    return result
