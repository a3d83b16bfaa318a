"""What the CLEVR and GQA runners share: input errors, JSON loading, the progress bar, accuracy tables."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from nsvr.scene_graph.errors import NsvrError
from nsvr.scene_graph.program import Program

T = TypeVar("T")
PlannerFunction = Callable[[str], Program]
"""A planner as the runners use it: a question in, a program out, an exception (with the reason) when it fails."""

stderr = Console(stderr=True, soft_wrap=True)


class BenchInputError(NsvrError, RuntimeError):
    """A benchmark input that cannot be used at all (missing or malformed file): the message names the file."""


def resolve_planner(planner: str | PlannerFunction) -> tuple[PlannerFunction | None, str]:
    """A planner given by name or as a function -> (function, name); None means the dataset's own program."""
    if callable(planner):
        return planner, getattr(planner, "planner_name", getattr(planner, "__name__", "custom"))
    if planner == "gt":
        return None, "gt"
    if planner == "embedded":
        from nsvr.agent.parser import parse

        return parse, "embedded"
    raise BenchInputError(f"unknown planner {planner!r}: use gt or embedded (or pass a planner function)")


def load_json(path: Path, what: str) -> Any:
    """Load a JSON file or raise :class:`BenchInputError` naming it."""
    path = Path(path)
    if not path.is_file():
        raise BenchInputError(f"{what} file not found: {path}")
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise BenchInputError(f"{what} file {path} is not valid JSON: {error}") from error


@contextmanager
def progress_bar(total: int, description: str, enabled: bool = True) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr; yields ``advance(n)``. Disabled (or not a terminal in CI) it costs nothing."""
    if not enabled:
        yield lambda n=1: None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=stderr, transient=not sys.stderr.isatty()) as progress:
        task = progress.add_task(description, total=total)
        yield lambda n=1: progress.advance(task, n)


def accuracy_by(records: Iterable[dict[str, Any]], key: Callable[[dict[str, Any]], Any]) -> dict[str, dict[str, Any]]:
    """``{group: {"n", "correct", "accuracy"}}`` over records grouped by ``key`` (None keys are skipped).

    >>> accuracy_by([{"t": "a", "correct": True}, {"t": "a", "correct": False}], lambda r: r["t"])
    {'a': {'n': 2, 'correct': 1, 'accuracy': 50.0}}
    """
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for record in records:
        group = key(record)
        if group is None:
            continue
        counts[str(group)][0] += 1
        counts[str(group)][1] += bool(record.get("correct"))
    return {
        group: {"n": n, "correct": right, "accuracy": round(100.0 * right / n, 2)}
        for group, (n, right) in sorted(counts.items(), key=lambda item: _natural(item[0]))
    }


def _natural(text: str) -> tuple[int, Any]:
    return (0, int(text)) if text.isdigit() else (1, text)


def groups_table(title: str, groups: dict[str, dict[str, Any]]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("group")
    table.add_column("n", justify="right")
    table.add_column("accuracy %", justify="right")
    for group, stats in groups.items():
        table.add_row(group, str(stats["n"]), f"{stats['accuracy']:.2f}")
    return table
