"""The CLEVR benchmark: released CLEVR v1.0 questions and scenes files in, accuracy per family out.

Perception is ``oracle`` (the scenes file is the scene graph) or ``pixels`` (nsvr's own CLEVR perception on the
images); the planner is ``gt`` (the question's own program), ``embedded`` (nsvr's parser) or any
``question -> Program`` function. Results go to ``out/results.jsonl`` as they are made, one line per question and,
from pixels, one per perceived image (its time and graph), so a killed run resumes where it stopped and the
summary (``out/summary.json``) is computed from the whole store, whichever processes wrote it. Questions without
an answer (a test split) are answered and kept out of the scores; ``out/predictions.json`` lists every prediction.

Work is grouped by image: :func:`image_job` perceives an image once and answers its questions, yielding records;
only the driver (:func:`run_clevr`) writes them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from rich.markup import escape

from nsvr.scene_graph.clevr import (
    CLEVR_ATTRIBUTES,
    CLEVR_VALUES,
    check_clevr_program,
    compile_clevr,
    normalize_clevr_answer,
    scene_from_clevr,
)
from nsvr.scene_graph.compiler import CompiledProgram
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.program import Program
from nsvr.tasks.bench_common import (
    BenchInputError,
    PlannerFunction,
    StoredRun,
    accuracy_by,
    describe_error,
    drive,
    image_record,
    load_json,
    open_results,
    print_record_error,
    progress_bar,
    resolve_planner,
    run_jobs,
    stderr,
    stored_seconds,
    unscored,
)
from nsvr.tasks.results import write_json

Perceive = Callable[[Path], SceneGraph]


class ClevrSummary(BaseModel):
    accuracy: float = Field(
        description="percent of the scored questions answered correctly (errors count as not correct)"
    )
    n: int
    correct: int
    wrong: int = Field(description="answered (ok or unknown) but not correct")
    unscored: int = Field(
        default=0, description="questions the file gives no answer for (a test split): predicted, not scored"
    )
    errors: int = Field(description="questions that could not be run: missing image/scene, bad program, ...")
    unknown: int
    seconds: float = Field(description="compute time recorded in the results store: answering plus perceiving")
    questions_per_second: float
    perception: str
    planner: str
    per_family: dict[str, dict[str, Any]]
    per_template: dict[str, dict[str, Any]]
    per_answer_type: dict[str, dict[str, Any]]
    perception_seconds_per_image: float | None = None
    revised: int = Field(
        default=0, description="questions answered on a revised reading of uncertain perception (runners-up)"
    )
    revised_correct: int = 0
    perception_quality: dict[str, Any] | None = None


class _RecordError(Exception):
    """A question record that cannot be run; the message says why."""


def answer_type_of(program: Any) -> str | None:
    """The CLEVR answer type from the last function: bool, number, or the queried attribute (None when the
    program is not a list of steps)."""
    last = program[-1] if isinstance(program, list) and program else None
    if not isinstance(last, Mapping):
        return None
    function = str(last.get("function", last.get("type", "")))
    if function.startswith("query_"):
        return function[len("query_") :]
    if function == "count":
        return "number"
    return "bool"


def family_of(question: Mapping[str, Any]) -> str | None:
    """The question family: ``template:index`` (the generator numbers families within each template file)."""
    index = question.get("question_family_index")
    if index is None:
        return None
    template = str(question.get("template_filename", "")).removesuffix(".json")
    return f"{template}:{index}" if template else str(index)


def load_clevr_questions(path: Path) -> list[Any]:
    """The ``questions`` list, records as they are (a malformed one is an error of that question when run)."""
    data = load_json(path, "CLEVR questions")
    questions = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(questions, list):
        raise BenchInputError(f"CLEVR questions file {path} has no 'questions' list")
    return questions


def load_clevr_scenes(path: Path) -> dict[str, dict[str, Any]]:
    """Scenes keyed by image filename (a scene without one cannot be found by a question and is left out)."""
    data = load_json(path, "CLEVR scenes")
    scenes = data.get("scenes") if isinstance(data, dict) else None
    if not isinstance(scenes, list):
        raise BenchInputError(f"CLEVR scenes file {path} has no 'scenes' list")
    return {s["image_filename"]: s for s in scenes if isinstance(s, dict) and isinstance(s.get("image_filename"), str)}


def clevr_values(scenes: Mapping[str, Mapping[str, Any]]) -> dict[str, set[str]]:
    """The vocabulary programs may use: CLEVR v1.0's, plus every value and relation the scenes file holds (a
    dataset rendered with more colours or shapes keeps working)."""
    values = {key: set(words) for key, words in CLEVR_VALUES.items()}
    for scene in scenes.values():
        objects = scene.get("objects")
        for obj in objects if isinstance(objects, list) else []:
            if isinstance(obj, Mapping):
                for attribute in CLEVR_ATTRIBUTES:
                    if isinstance(obj.get(attribute), str):
                        values[attribute].add(obj[attribute])
        if isinstance(scene.get("relationships"), Mapping):
            values["relation"].update(str(k) for k in scene["relationships"])
    return values


def question_ids(questions: list[Any], source: Path) -> list[str]:
    """Each question's id: its ``question_index``, or ``@position`` when it has none (or not an integer)."""
    ids: list[str] = []
    seen: dict[str, int] = {}
    for position, question in enumerate(questions):
        index = question.get("question_index") if isinstance(question, Mapping) else None
        qid = str(index) if type(index) is int else f"@{position}"
        if qid in seen:
            raise BenchInputError(
                f"CLEVR questions file {source}: questions {seen[qid]} and {position} share question_index {qid}"
            )
        seen[qid] = position
        ids.append(qid)
    return ids


@dataclass
class ClevrJobContext:
    """What an image job needs besides its questions (plain data and functions: it can be shipped to a worker)."""

    scenes: Mapping[str, Mapping[str, Any]]
    perceive: Perceive | None
    images: Path | None
    planner: PlannerFunction | None
    revise: bool
    values: Mapping[str, Collection[str]]
    source: Path


def _describe(qid: str, question: Any, ctx: ClevrJobContext) -> dict[str, Any]:
    """The record's fixed fields; :class:`_RecordError` when the question cannot be run or scored."""
    if not isinstance(question, Mapping):
        raise _RecordError(f"record is a {type(question).__name__}, not an object")
    image = question.get("image_filename")
    record = {
        "id": qid,
        "image": image if isinstance(image, str) else None,
        "family": family_of(question),
        "template": question.get("template_filename"),
        "answer_type": answer_type_of(question.get("program")),
        "question": question.get("question"),
        "answer": None,
    }
    if not isinstance(image, str) or not image:
        raise _RecordError("no 'image_filename'", record)
    answer = question.get("answer")
    if answer is not None and not isinstance(answer, str | int | bool):
        raise _RecordError(f"'answer' must be a string, number or boolean, got {type(answer).__name__}", record)
    record["answer"] = normalize_clevr_answer(answer) if answer is not None else None  # test split: predicted only
    if ctx.planner is not None and not isinstance(question.get("question"), str):
        raise _RecordError("no 'question' text for the planner", record)
    return record


def _plan(question: Mapping[str, Any], ctx: ClevrJobContext) -> Program | CompiledProgram:
    if ctx.planner is None:  # the dataset's program, checked, then validated and compiled straight from its JSON
        check_clevr_program(question.get("program"), ctx.values)
        return compile_clevr(question["program"])
    return ctx.planner(question["question"])


def _graph(image: str, ctx: ClevrJobContext, stored: Mapping[str, Any] | None) -> tuple[SceneGraph, dict | None]:
    """The image's graph and, when it was perceived now, its image record (the stored one is reused)."""
    if ctx.perceive is None:
        scene = ctx.scenes.get(image)
        if scene is None:
            raise LookupError(f"image {image} is not in the scenes file")
        return scene_from_clevr(scene), None
    if stored is not None and stored.get("status") == "ok" and isinstance(stored.get("graph"), Mapping):
        try:
            return SceneGraph.model_validate(stored["graph"]), None
        except ValueError:
            pass  # a damaged stored graph: perceive again
    assert ctx.images is not None
    path = ctx.images / image
    if not path.is_file():
        raise LookupError(f"image file {path} not found")
    started = time.perf_counter()
    graph = ctx.perceive(path)
    seconds = round(time.perf_counter() - started, 6)
    return graph, image_record(image, "ok", perception_seconds=seconds, graph=graph.model_dump(mode="json"))


def image_job(
    image: str | None, items: list[tuple[str, Any]], ctx: ClevrJobContext, stored: Mapping[str, Any] | None = None
) -> Iterator[dict[str, Any]]:
    """Perceive (or look up) ``image`` once, then answer its questions: yields the image record (when it was
    perceived now) and one record per question. Nothing here writes; a failure is an error record."""
    graph, problem = None, None
    if image is not None:
        try:
            graph, record = _graph(image, ctx, stored)
            if record is not None:
                yield record
        except Exception as error:  # this image's questions are errors; the run goes on
            problem = describe_error(error)
            if ctx.perceive is not None:
                yield image_record(image, "error", reason=problem)
    for qid, question in items:
        yield _answer(qid, question, graph, problem, ctx)


def _answer(
    qid: str, question: Any, graph: SceneGraph | None, problem: str | None, ctx: ClevrJobContext
) -> dict[str, Any]:
    started = time.perf_counter()
    record: dict[str, Any] = {"id": qid}
    try:
        record = _describe(qid, question, ctx)
        if graph is None:
            raise _RecordError(f"image {record['image']}: {problem}", record)
        program = _plan(question, ctx)
        answer = execute(program, graph, revise=ctx.revise)
    except Exception as error:  # one bad record must not stop the run
        if isinstance(error, _RecordError) and len(error.args) > 1:
            record = error.args[1]
        reason = str(error.args[0]) if isinstance(error, _RecordError) else describe_error(error)
        record.update(
            prediction=None,
            correct=None if unscored(question) else False,
            status="error",
            reason=reason,
            seconds=round(time.perf_counter() - started, 6),
        )
        print_record_error(ctx.source, record)
        return record
    if answer.revisions:
        record["revisions"] = [r.describe() for r in answer.revisions]
    record.update(
        prediction=answer.text,
        correct=answer.text == record["answer"] if record["answer"] is not None else None,
        status=answer.status,
        reason=answer.reason,
        evidence=answer.evidence,
        seconds=round(time.perf_counter() - started, 6),
    )
    return record


def _jobs(items: list[tuple[str, Any]], stored: StoredRun, pixels: bool) -> dict[str | None, list[tuple[str, Any]]]:
    """The questions still to do, grouped by image in first-seen order; from pixels, also every image whose
    questions are done but whose perception record is lost (the summary needs its graph)."""
    jobs: dict[str | None, list[tuple[str, Any]]] = {}
    for qid, question in items:
        image = question.get("image_filename") if isinstance(question, Mapping) else None
        image = image if isinstance(image, str) and image else None
        if qid not in stored.questions:
            jobs.setdefault(image, []).append((qid, question))
        elif pixels and image is not None and image not in stored.images:
            jobs.setdefault(image, [])
    return jobs


def run_clevr(
    questions: Path,
    scenes: Path | None,
    out: Path,
    *,
    images: Path | None = None,
    perception: str = "oracle",
    planner: str | PlannerFunction = "gt",
    limit: int | None = None,
    progress: bool = True,
    perceive: Perceive | None = None,
    revise: bool = True,
    workers: int = 1,
    ray_address: str | None = None,
    backend: str | None = None,
) -> ClevrSummary:
    """Run the benchmark, resuming from ``out/results.jsonl``; write ``out/summary.json`` and return it.

    ``revise`` lets the executor answer a question whose presupposition fails on the perceived scene from the
    perception's runners-up (``nsvr.scene_graph.revision``); oracle scenes have none, so it only matters for
    pixels. ``workers`` other than 1 (or a ``ray_address``) runs the images on worker processes of this machine or
    on Ray (``backend`` local or ray, :func:`~nsvr.tasks.bench_common.run_jobs`); this process alone writes the
    results."""
    all_questions = load_clevr_questions(questions)
    if limit is not None:
        all_questions = all_questions[: max(limit, 0)]
    scene_table = load_clevr_scenes(scenes) if scenes is not None else {}
    if perception == "oracle":
        if scenes is None:
            raise BenchInputError("oracle perception needs --scenes")
        perceive = None
    elif perception == "pixels":
        if images is None or not Path(images).is_dir():
            raise BenchInputError(f"pixel perception needs --images DIR (got {images})")
        if perceive is None:
            from nsvr.tools.clevr import ClevrPerception

            perceive = ClevrPerception()
    else:
        raise BenchInputError(f"unknown perception {perception!r}: use oracle or pixels")
    plan_fn, planner_name = resolve_planner(planner)
    ids = question_ids(all_questions, Path(questions))
    items = list(zip(ids, all_questions, strict=True))
    ctx = ClevrJobContext(
        scene_table,
        perceive,
        Path(images).absolute() if images else None,  # workers elsewhere (Ray) have another working folder
        plan_fn,
        revise,
        clevr_values(scene_table),
        questions,
    )
    settings = {"benchmark": "clevr", "perception": perception, "planner": planner_name, "revise": revise}
    store, stored = open_results(Path(out), settings)
    with store:
        jobs = _jobs(items, stored, perception == "pixels")
        todo = sum(len(group) for group in jobs.values())
        if stored.questions and todo:
            stderr.print(f"resuming: {len(items) - todo} of {len(items)} already done")
        needed = {} if perceive is not None else {i: scene_table[i] for i in jobs if i in scene_table}
        work = [((image, group), {"stored": stored.images.get(image or "")}) for image, group in jobs.items()]
        done = run_jobs(image_job, replace(ctx, scenes=needed), work, workers, ray_address, backend)
        with progress_bar(todo, f"CLEVR {perception}/{planner_name}", progress, images=len(jobs)) as advance:
            drive(store, done, advance)
        final = StoredRun(store)
        done_records = [final.questions[qid] for qid in ids if qid in final.questions]
        summary = summarize(
            done_records,
            final.images,
            perception,
            planner_name,
            scene_table if perception == "pixels" else None,
        )
        write_json(Path(out) / "summary.json", summary.model_dump())
        predictions = [
            {
                "question_index": int(r["id"]) if r["id"].isdigit() else r["id"],
                "image_filename": r.get("image"),
                "answer": r.get("prediction"),
            }
            for r in done_records
        ]
        write_json(Path(out) / "predictions.json", predictions)
    return summary


def summarize(
    records: list[dict[str, Any]],
    images: Mapping[str, Mapping[str, Any]],
    perception: str,
    planner: str,
    scenes: Mapping[str, Mapping[str, Any]] | None = None,
) -> ClevrSummary:
    """The metrics of the question ``records`` and of the perception records of their images (``images``:
    image -> record); with ``scenes``, the perceived graphs are scored against them."""
    n = len(records)
    scored = [r for r in records if r.get("correct") is not None]
    unscored = n - len(scored)
    correct = sum(bool(r.get("correct")) for r in scored)
    failed = sum(r.get("status") == "error" for r in scored)
    revised = [r for r in records if r.get("revisions")]
    used = [images[name] for name in dict.fromkeys(r.get("image") for r in records) if name in images]
    perceived = [r for r in used if r.get("status") == "ok"]
    seconds = stored_seconds(records, perceived)
    summary = ClevrSummary(
        accuracy=round(100.0 * correct / len(scored), 3) if scored else 0.0,
        n=n,
        correct=correct,
        wrong=len(scored) - correct - failed,
        unscored=unscored,
        errors=sum(r.get("status") == "error" for r in records),
        unknown=sum(r.get("status") == "unknown" for r in records),
        seconds=round(seconds, 3),
        questions_per_second=round(n / seconds, 1) if seconds > 0 else 0.0,
        perception=perception,
        planner=planner,
        per_family=accuracy_by(scored, lambda r: r.get("family")),
        per_template=accuracy_by(scored, lambda r: r.get("template")),
        per_answer_type=accuracy_by(scored, lambda r: r.get("answer_type")),
        revised=len(revised),
        revised_correct=sum(bool(r.get("correct")) for r in revised),
        perception_seconds_per_image=(
            round(sum(float(r.get("perception_seconds") or 0.0) for r in perceived) / len(perceived), 4)
            if perceived
            else None
        ),
    )
    if scenes and perceived:
        summary.perception_quality = _perception_quality(perceived, scenes)
    return summary


def _perception_quality(perceived: list[Mapping[str, Any]], scenes: Mapping[str, Mapping[str, Any]]) -> dict | None:
    """Per-attribute and per-relation accuracy of the stored perceived graphs against the scenes file."""
    from nsvr.tasks.clevr.perception_quality import compare_to_scenes

    graphs = {}
    for record in perceived:
        try:
            graphs[record["image"]] = SceneGraph.model_validate(record.get("graph"))
        except ValueError:
            continue
    if not graphs:
        return None
    try:
        return compare_to_scenes(graphs, dict(scenes)).model_dump()
    except Exception as error:  # a malformed scene must not cost the run its summary
        stderr.print(f"warning: perception quality not computed: {escape(describe_error(error))}", highlight=False)
        return None
