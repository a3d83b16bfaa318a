"""The GQA benchmark: GQA questions and scene graphs in, the official GQA metrics out.

The planner is ``gt`` (the question's own ``semantic`` program, converted), ``embedded`` (nsvr's parser) or any
``question -> Program`` function. Results go to ``out/results.jsonl``, one line per question (and, from pixels,
one per perceived image) as they are made, so a killed run resumes where it stopped; ``out/predictions.json`` is
in the official ``[{"questionId", "prediction"}]`` format and ``out/summary.json`` holds the metrics (see
:mod:`nsvr.tasks.gqa.metrics`), both computed from the whole results store.

Work is grouped by image: :func:`image_job` gets an image's graph once and answers its questions, yielding
records; only the driver (:func:`run_gqa`) writes them.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from rich.table import Table
from rich.text import Text

from nsvr.scene_graph.compiler import CompiledProgram, compile_program
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.gqa import GqaFormatError, program_from_gqa
from nsvr.scene_graph.models import SceneGraph
from nsvr.tasks.bench_common import (
    BenchInputError,
    PlannerFunction,
    StoredRun,
    describe_error,
    drive,
    image_record,
    open_results,
    print_record_error,
    progress_bar,
    resolve_planner,
    run_jobs,
    stderr,
    stored_seconds,
    unscored,
)
from nsvr.tasks.gqa.data import GqaSceneGraphs, PerceivedSceneGraphs, load_gqa_choices, load_gqa_questions
from nsvr.tasks.gqa.metrics import gqa_metrics, grounding_score, has_scene_step, reasoning_steps
from nsvr.tasks.results import write_json


class GqaSummary(BaseModel):
    """The official GQA metrics (percent; distribution: chi-square / 100, lower is better) and run counts."""

    accuracy: float = Field(description="percent of the scored questions correct; errors count as not correct")
    binary: float | None = Field(description="accuracy on non-query questions (verify, logical, choose, compare)")
    open: float | None = Field(description="accuracy on query questions")
    consistency: float | None
    consistency_n: int = Field(description="correct questions with at least one entailed question in the run")
    validity: float | None = Field(description="needs a choices file")
    plausibility: float | None = Field(description="needs a choices file")
    distribution: float | None
    grounding: float | None
    grounding_n: int = Field(description="questions with something to ground")
    n: int
    correct: int
    wrong: int = Field(description="answered (ok or unknown) but not correct")
    unscored: int = Field(
        default=0, description="questions the file gives no answer for (a test split): predicted, not scored"
    )
    unknown: int
    errors: int = Field(description="questions that could not be run (see error_kinds)")
    error_kinds: dict[str, int] = Field(
        description="bad_record, missing_scene_graph, bad_scene_graph, bad_program, planner, execution"
    )
    per_structural: dict[str, dict[str, Any]]
    per_semantic: dict[str, dict[str, Any]]
    per_words: dict[str, dict[str, Any]]
    per_steps: dict[str, dict[str, Any]]
    seconds: float = Field(description="compute time recorded in the results store: answering plus perceiving")
    questions_per_second: float
    planner: str


class _RecordError(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def _plan(question: Mapping[str, Any], planner: PlannerFunction | None) -> CompiledProgram:
    kind = "bad_program" if planner is None else "planner"
    if planner is None:
        try:
            program = program_from_gqa(question.get("semantic"))  # type: ignore[arg-type]
        except GqaFormatError as error:
            raise _RecordError(kind, f"program not convertible: {error}") from error
    else:
        try:
            program = planner(str(question["question"]))
        except Exception as error:  # a planner that cannot parse the question: this question only
            raise _RecordError(kind, f"planner failed: {type(error).__name__}: {error}") from error
    compiled = compile_program(program)  # validated once, here; execute() runs it as it is
    if compiled.problems:
        raise _RecordError(kind, f"invalid program: {'; '.join(compiled.problems)}")
    return compiled


def _describe(qid: str, question: Any) -> dict[str, Any]:
    """The record's fixed fields, each of the type the metrics expect (a malformed field counts as absent);
    :class:`_RecordError` when the question cannot be run."""
    if not isinstance(question, Mapping):
        raise _RecordError("bad_record", f"record is a {type(question).__name__}, not an object")
    missing = [k for k in ("question", "imageId") if not _is_id(question.get(k))]
    if missing:
        raise _RecordError("bad_record", f"record lacks {', '.join(missing)}")
    answer = question.get("answer")
    if answer is not None and not _is_id(answer):
        raise _RecordError("bad_record", f"'answer' must be a string, got {type(answer).__name__}")
    types = _mapping(question.get("types"))
    groups = _mapping(question.get("groups"))
    return {
        "id": qid,
        "image": str(question["imageId"]),
        "question": str(question["question"]),
        "answer": str(answer) if answer is not None else None,  # test sets: none
        "structural": _word(types.get("structural")),
        "semantic": _word(types.get("semantic")),
        "detailed": _word(types.get("detailed")),
        "group": _word(groups.get("global")),
        "words": len(str(question["question"]).split()),
        "steps": reasoning_steps(_steps(question)),
    }


def _is_id(value: Any) -> bool:
    return isinstance(value, str | int) and not isinstance(value, bool)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _word(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _steps(question: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    semantic = question.get("semantic")
    return [s for s in semantic if isinstance(s, Mapping)] if isinstance(semantic, list) else []


def _metric_fields(questions: Mapping[str, Any]) -> dict[str, dict[str, list[str]]]:
    """What the metrics read of the question records (``entailed``), well-typed."""
    fields = {}
    for qid, question in questions.items():
        entailed = question.get("entailed") if isinstance(question, Mapping) else None
        fields[qid] = {"entailed": [e for e in entailed if isinstance(e, str)] if isinstance(entailed, list) else []}
    return fields


Graphs = GqaSceneGraphs | PerceivedSceneGraphs


@dataclass
class GqaJobContext:
    """What an image job needs besides its questions."""

    graphs: Graphs
    planner: PlannerFunction | None
    source: Path


def image_job(image: str | None, items: list[tuple[str, Any]], ctx: GqaJobContext) -> Iterator[dict[str, Any]]:
    """Get ``image``'s graph once (perceiving it when there is no scene-graphs file), then answer its questions:
    yields the image record (when perceived) and one record per question. Nothing here writes."""
    graph, problem = None, None
    if image is not None:
        started = time.perf_counter()
        try:
            graph = ctx.graphs.get(image)
        except LookupError as error:
            problem = _RecordError("missing_scene_graph", str(error))
        except Exception as error:  # GqaFormatError, or a graph that cannot be built
            problem = _RecordError("bad_scene_graph", describe_error(error))
        if isinstance(ctx.graphs, PerceivedSceneGraphs):
            if problem is None:
                yield image_record(image, "ok", perception_seconds=round(time.perf_counter() - started, 6))
            else:
                yield image_record(image, "error", reason=str(problem))
    for qid, question in items:
        yield _run_one(qid, question, graph, problem, ctx)


def _run_one(
    qid: str, question: Any, graph: SceneGraph | None, problem: _RecordError | None, ctx: GqaJobContext
) -> dict[str, Any]:
    started = time.perf_counter()
    record: dict[str, Any] = {"id": qid}
    try:
        record = _describe(qid, question)
        if graph is None:
            raise problem or _RecordError("missing_scene_graph", f"no graph for image {record['image']}")
        program = _plan(question, ctx.planner)
        answer = execute(program, graph)
    except Exception as error:  # one bad record must not stop the run
        kind, reason = (
            (error.kind, str(error)) if isinstance(error, _RecordError) else ("execution", describe_error(error))
        )
        record.update(
            prediction=None,
            correct=None if unscored(question) else False,
            status="error",
            error_kind=kind,
            reason=reason,
            seconds=round(time.perf_counter() - started, 6),
        )
        print_record_error(ctx.source, record)
        return record
    prediction = answer.text.strip().lower()
    annotations = question.get("annotations") if isinstance(question.get("annotations"), Mapping) else None
    record.update(
        prediction=prediction,
        correct=prediction == record["answer"] if record["answer"] is not None else None,  # a test split: unscored
        status=answer.status,
        error_kind="execution" if answer.status == "error" else None,
        reason=answer.reason,
        evidence=answer.evidence,
        grounding=grounding_score(answer.evidence, annotations, has_scene_step(_steps(question))),
        seconds=round(time.perf_counter() - started, 6),
    )
    return record


def _image_of(question: Any) -> str | None:
    image = question.get("imageId") if isinstance(question, Mapping) else None
    return str(image) if isinstance(image, str | int) and not isinstance(image, bool) else None


def run_gqa(
    questions: Path,
    scene_graphs: Path | None,
    out: Path,
    limit: int | None = None,
    planner: str | PlannerFunction = "gt",
    choices: Path | None = None,
    progress: bool = True,
    images: Path | None = None,
    perceive: Callable[[Path], SceneGraph] | None = None,
    workers: int = 1,
    ray_address: str | None = None,
    backend: str | None = None,
) -> GqaSummary:
    """Answer the balanced questions of ``questions`` on ``scene_graphs`` (or, without them, on the graphs that
    ``perceive`` — by default nsvr's photo pipeline — builds from ``images``), resuming from
    ``out/results.jsonl``; write ``out/predictions.json`` and ``out/summary.json`` and return the summary.
    ``workers`` other than 1 (or a ``ray_address``) runs the images on worker processes of this machine or on Ray
    (``backend`` local or ray, :func:`~nsvr.tasks.bench_common.run_jobs`); this process alone writes the results."""
    all_questions = load_gqa_questions(questions)
    if limit is not None:
        all_questions = dict(list(all_questions.items())[: max(limit, 0)])
    out = Path(out)
    graphs = _scene_graphs(scene_graphs, images, perceive, out)
    choice_table = load_gqa_choices(choices) if choices is not None else None
    plan_fn, planner_name = resolve_planner(planner)
    ctx = GqaJobContext(graphs, plan_fn, Path(questions))
    perception = "scene_graphs" if scene_graphs is not None else "pixels"
    store, stored = open_results(out, {"benchmark": "gqa", "perception": perception, "planner": planner_name})
    with store:
        jobs: dict[str | None, list[tuple[str, Any]]] = {}
        for qid, question in all_questions.items():
            if qid not in stored.questions:
                jobs.setdefault(_image_of(question), []).append((qid, question))
        todo = sum(len(group) for group in jobs.values())
        if stored.questions and todo:
            stderr.print(f"resuming: {len(all_questions) - todo} of {len(all_questions)} already done")
        if isinstance(graphs, GqaSceneGraphs):  # only the graphs the jobs need (shipped to Ray workers)
            ctx = replace(ctx, graphs=GqaSceneGraphs({i: graphs.raw[i] for i in jobs if i in graphs.raw}, graphs.path))
        work = [((image, group), {}) for image, group in jobs.items()]
        done = run_jobs(image_job, ctx, work, workers, ray_address, backend)
        with progress_bar(todo, f"GQA {planner_name}", progress, images=len(jobs)) as advance:
            drive(store, done, advance)
        final = StoredRun(store)
        records = [final.questions[qid] for qid in all_questions if qid in final.questions]
        used = {r.get("image") for r in records}
        perceived = [r for name, r in final.images.items() if name in used and r.get("status") == "ok"]
        predictions = [{"questionId": r["id"], "prediction": r.get("prediction") or ""} for r in records]
        write_json(out / "predictions.json", predictions)
        summary = summarize(records, all_questions, choice_table, stored_seconds(records, perceived), planner_name)
        write_json(out / "summary.json", summary.model_dump())
    return summary


def _scene_graphs(
    scene_graphs: Path | None, images: Path | None, perceive: Callable[[Path], SceneGraph] | None, out: Path
) -> GqaSceneGraphs | PerceivedSceneGraphs:
    if scene_graphs is not None:
        return GqaSceneGraphs.load(scene_graphs)
    if images is None or not Path(images).is_dir():
        raise BenchInputError(f"GQA needs --scene-graphs FILE or --images DIR (got images={images})")
    if perceive is None:
        from nsvr.tools.builder import build_scene_graph

        cache = out.absolute() / "scene_graph_cache"

        def perceive(image: Path) -> SceneGraph:
            return build_scene_graph(image, cache_dir=cache)

    return PerceivedSceneGraphs(Path(images).absolute(), perceive)  # absolute: Ray workers run elsewhere


def summarize(
    records: list[dict[str, Any]],
    questions: Mapping[str, Any],
    choices: Mapping[str, Any] | None,
    seconds: float,
    planner: str,
) -> GqaSummary:
    n = len(records)
    scored = [r for r in records if r.get("correct") is not None]
    correct = sum(bool(r.get("correct")) for r in scored)
    errors = Counter(r.get("error_kind") or "execution" for r in records if r.get("status") == "error")
    failed = sum(r.get("status") == "error" for r in scored)
    metrics = gqa_metrics(scored, _metric_fields(questions), choices)
    return GqaSummary(
        **metrics,
        n=n,
        correct=correct,
        wrong=len(scored) - correct - failed,
        unscored=n - len(scored),
        unknown=sum(r.get("status") == "unknown" for r in records),
        errors=sum(errors.values()),
        error_kinds=dict(sorted(errors.items())),
        seconds=round(seconds, 3),
        questions_per_second=round(n / seconds, 1) if seconds > 0 else 0.0,
        planner=planner,
    )


def gqa_summary_table(summary: GqaSummary) -> Table:
    """The headline metrics as a rich table (the per-type tables come from ``bench_common.groups_table``)."""
    table = Table(title=Text(f"GQA ({summary.planner} programs, {summary.n} questions)"), title_justify="left")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name in ("accuracy", "binary", "open", "consistency", "validity", "plausibility", "grounding"):
        value = getattr(summary, name)
        table.add_row(name, "-" if value is None else f"{value:.2f}%")
    table.add_row("distribution", "-" if summary.distribution is None else f"{summary.distribution:.4f}")
    table.add_row("errors", f"{summary.errors} {summary.error_kinds or ''}".strip())
    table.add_row("questions/s", f"{summary.questions_per_second}")
    return table
