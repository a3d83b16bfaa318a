"""What the CLEVR and GQA runners share: input errors, JSON loading, the results-store records and the loop that
writes them, the progress bar, accuracy tables.

Both runners have one shape: the questions still to do are grouped by image; each image is one job (a generator:
perceive the image once, then answer its questions, yielding one record at a time) and :func:`drive` appends
what the jobs yield to the results store, which alone is written (so jobs can run elsewhere and only the driver
writes). Summaries are computed from the whole store, never from what one process did.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, TypeVar

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn
from rich.table import Table
from rich.text import Text

from nsvr.scene_graph.errors import NsvrError, one_line_validation_error
from nsvr.scene_graph.program import Program
from nsvr.tasks.results import ResultStore

T = TypeVar("T")
PlannerFunction = Callable[[str], Program]
"""A planner as the runners use it: a question in, a program out, an exception (with the reason) when it fails."""

stderr = Console(stderr=True, soft_wrap=True, emoji=False)


class BenchInputError(NsvrError, RuntimeError):
    """A benchmark input that cannot be used at all (missing or malformed file): the message names the file."""


QUESTION, IMAGE, RUN = "question", "image", "run"
"""The kinds of record in a results store: one per question, one per perceived image (its perception time and,
where the summary needs it, its graph), and the run's settings."""
STATUSES = ("ok", "unknown", "error")


def record_problem(record: dict[str, Any]) -> str | None:
    """Why a results-store line cannot be used (then it is skipped and redone), or None.

    >>> record_problem({"id": "1", "status": "ok", "correct": True}), record_problem({"id": "1"})
    (None, 'a question record needs status and correct')
    """
    kind = record.get("kind", QUESTION)
    if kind == QUESTION:
        correct = record.get("correct")
        unscored = correct is None and record.get("answer") is None  # a test split's question
        if record.get("status") not in STATUSES or not (isinstance(correct, bool) or unscored):
            return "a question record needs status and correct"
    elif kind == IMAGE:
        if not isinstance(record.get("image"), str) or record.get("status") not in STATUSES:
            return "an image record needs image and status"
    elif kind != RUN:
        return f"unknown record kind {kind!r}"
    return None


def unscored(question: Any) -> bool:
    """Whether ``question`` is one of a test split: the file gives it no answer, so it is answered, not scored."""
    return isinstance(question, Mapping) and question.get("answer") is None


def image_record(image: str, status: str, **fields: Any) -> dict[str, Any]:
    """The results-store record of one image's perception (``status`` ok or error, with its time or reason)."""
    return {"id": f"image:{image}", "kind": IMAGE, "image": image, "status": status, **fields}


class StoredRun:
    """What a results store holds, by kind: the last usable record of each question and image, and the
    settings of the run that wrote it."""

    def __init__(self, store: ResultStore) -> None:
        latest = store.latest()
        self.questions = {k: r for k, r in latest.items() if r.get("kind", QUESTION) == QUESTION}
        self.images = {r["image"]: r for r in latest.values() if r.get("kind") == IMAGE}
        self.settings = next((r for r in latest.values() if r.get("kind") == RUN), None)
        self.skipped = list(store.skipped)


def open_results(out: Path, settings: dict[str, Any]) -> tuple[ResultStore, StoredRun]:
    """Lock ``out``, read its results store (warning about lines it skips) and check that it was written with
    the same ``settings`` (planner, perception ...): mixing two runs' answers in one summary would be wrong."""
    store = ResultStore(Path(out) / "results.jsonl", check=record_problem).open()
    try:
        stored = StoredRun(store)
        if stored.skipped:
            shown = "; ".join(stored.skipped[:3]) + ("; ..." if len(stored.skipped) > 3 else "")
            stderr.print(
                f"warning: {escape(printable(str(store.path)))}: skipped {len(stored.skipped)} unreadable "
                f"line{'s' if len(stored.skipped) > 1 else ''} ({escape(shown)}); what they held is redone",
                highlight=False,
            )
        wanted = {"id": RUN, "kind": RUN, **settings}
        if stored.settings is None:
            store.append(wanted)
        elif {k: stored.settings.get(k) for k in settings} != settings:
            differ = ", ".join(
                f"{k}={stored.settings.get(k)!r}" for k in settings if stored.settings.get(k) != settings[k]
            )
            raise BenchInputError(
                f"{store.path} holds results of another run ({differ}); use another --out or delete it"
            )
    except BaseException:
        store.close()
        raise
    return store, stored


Work = tuple[tuple[Any, ...], dict[str, Any]]
"""One image job's arguments: ``job(*args, ctx, **kwargs)`` (the context comes between, as the runners take it)."""


def run_jobs(
    job: Callable[..., Iterable[dict[str, Any]]],
    ctx: Any,
    work: list[Work],
    workers: int = 1,
    ray_address: str | None = None,
    backend: str | None = None,
) -> Iterable[Iterable[dict[str, Any]]]:
    """Each image job's records, for :func:`drive`: in this process one job after the other, as generators
    (``workers`` 1 without Ray asked for: Ray is not even imported), else on workers
    (:func:`nsvr.tasks.distributed.backends.worker_jobs`: processes forked from this one after ``ctx`` is built,
    or Ray actors with ``ray_address``/``backend="ray"``), each job's records as a list when it completes.
    ``workers`` 0 means one per CPU. Call it before starting a progress bar: local workers are forked here."""
    if backend is not None:
        from nsvr.tasks.distributed.backends import choose_backend

        choose_backend(backend, ray_address)  # an unknown backend, or local with an address: one clear error
    if workers == 1 and not ray_address and backend != "ray":
        return (job(*args, ctx, **kwargs) for args, kwargs in work)
    from nsvr.tasks.distributed.backends import worker_jobs

    return worker_jobs(job, ctx, work, workers, ray_address, backend)


class RecordSink(Protocol):
    """Where :func:`drive` puts records: a :class:`ResultStore`, or a writer of one file per record."""

    def append(self, record: dict[str, Any]) -> None: ...


def drive(store: RecordSink, jobs: Iterable[Iterable[dict[str, Any]]], advance: Callable[..., None]) -> None:
    """Append every record the jobs yield as it comes (a killed run keeps all of them), advancing the progress
    bar per question and per job (one image each)."""
    for job in jobs:
        for record in job:
            store.append(record)
            if record.get("kind", QUESTION) == QUESTION:
                advance(1)
        advance(0, images=1)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with control characters shown as escapes, so data cannot drive the terminal (colours, cursor).

    >>> printable("red\\x1b[31m bus\\x00")
    'red\\\\x1b[31m bus\\\\x00'
    """
    return _CONTROL.sub(lambda found: f"\\x{ord(found[0]):02x}", text)


def describe_error(error: BaseException) -> str:
    """One line for any exception a record caused: nsvr's own message, pydantic's first problem, or the
    exception's type and first line.

    >>> describe_error(KeyError("program")), describe_error(ValueError("bad\\nvalue"))
    ("KeyError: 'program'", 'ValueError: bad')
    """
    if isinstance(error, NsvrError):
        return one_line_validation_error(error)
    if callable(getattr(error, "errors", None)):
        return one_line_validation_error(error)
    return f"{type(error).__name__}: {one_line_validation_error(error)}"


def print_record_error(source: Path | str, record: dict[str, Any]) -> None:
    """The one stderr line of a question that could not be run: file, question id, image, reason."""
    image = f" ({record['image']})" if record.get("image") else ""
    text = f" {Path(source).name} question {record['id']}{image}: {record.get('reason')}"
    stderr.print("[red]error[/red]" + escape(printable(text)), highlight=False)


def stored_seconds(questions: Iterable[dict[str, Any]], images: Iterable[dict[str, Any]]) -> float:
    """Compute time recorded in the store: answering every question plus perceiving every image."""
    total = sum(float(r.get("seconds") or 0.0) for r in questions)
    return total + sum(float(r.get("perception_seconds") or 0.0) for r in images)


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
    except OSError as error:
        raise BenchInputError(f"cannot read the {what} file {path}: {error.strerror or error}") from error


@contextmanager
def progress_bar(
    total: int, description: str, enabled: bool = True, images: int | None = None, unit: str = "questions"
) -> Iterator[Callable[..., None]]:
    """A rich progress bar on stderr: done/total ``unit``, images done (when ``images`` is their total), rate,
    time left. Yields ``advance(n=1, images=0)``. Disabled, or stderr not a terminal (CI, a log file: rich would
    only leave a blank line there), it costs nothing."""
    if not enabled or not stderr.is_terminal:
        yield lambda n=1, images=0: None
        return
    columns: list[Any] = [TextColumn("{task.description}"), BarColumn(10), MofNCompleteColumn(), TextColumn(unit)]
    if images is not None:
        columns.append(TextColumn(f"{{task.fields[images]}}/{images} images"))
    columns.append(_RateColumn(unit))
    with Progress(*columns, console=stderr) as progress:
        task = progress.add_task(description, total=total, images=0)
        images_done = [0]

        def advance(n: int = 1, images: int = 0) -> None:
            if images:
                images_done[0] += images
                progress.update(task, images=images_done[0])
            progress.advance(task, n)

        yield advance


class _RateColumn(ProgressColumn):
    """Units per second and the time left, measured from the first unit done (start-up, such as Ray's, excluded)
    over the whole run so far: records arrive in bursts (an image's questions at once), which would make a
    windowed estimate jump."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit[:1] or "i"
        self.first: dict[Any, tuple[float, float]] = {}

    def render(self, task: Any) -> Text:
        now = task.finished_time if task.finished_time is not None else task.elapsed
        if not task.completed or now is None:
            return Text("")
        since, done_then = self.first.setdefault(task.id, (now, task.completed))
        if now <= since or task.completed <= done_then:
            return Text("")
        rate = (task.completed - done_then) / (now - since)
        left = int(max((task.total or 0) - task.completed, 0) / rate)
        return Text(f"{rate:.3g} {self.unit}/s ETA {left // 3600}:{left // 60 % 60:02d}:{left % 60:02d}")


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
        table.add_row(Text(group), str(stats["n"]), f"{stats['accuracy']:.2f}")  # Text: data, never markup
    return table
