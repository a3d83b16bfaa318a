"""The CLEVR benchmark: released CLEVR v1.0 questions and scenes files in, accuracy per family out.

Perception is ``oracle`` (the scenes file is the scene graph) or ``pixels`` (nsvr's own CLEVR perception on the
images); the planner is ``gt`` (the question's own program), ``embedded`` (nsvr's parser) or any
``question -> Program`` function. Results go to ``out/results.jsonl`` one line per question as it goes, so a killed
run resumes where it stopped; ``out/summary.json`` holds the metrics.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from nsvr.scene_graph.clevr import compile_clevr, normalize_clevr_answer, scene_from_clevr
from nsvr.scene_graph.compiler import CompiledProgram
from nsvr.scene_graph.executor import execute
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.program import Program
from nsvr.tasks.bench_common import (
    BenchInputError,
    PlannerFunction,
    accuracy_by,
    load_json,
    progress_bar,
    resolve_planner,
    stderr,
)
from nsvr.tasks.results import ResultStore, write_json

Perceive = Callable[[Path], SceneGraph]


class ClevrSummary(BaseModel):
    accuracy: float = Field(description="percent of questions answered correctly (errors count as not correct)")
    n: int
    correct: int
    wrong: int = Field(description="answered (ok or unknown) but not correct")
    errors: int = Field(description="questions that could not be run: missing image/scene, bad program, ...")
    unknown: int
    seconds: float
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


def answer_type_of(program: list[dict[str, Any]]) -> str:
    """The CLEVR answer type from the last function: bool, number, or the queried attribute."""
    last = program[-1].get("function", program[-1].get("type", "")) if program else ""
    if last.startswith("query_"):
        return last[len("query_") :]
    if last == "count":
        return "number"
    return "bool"


def family_of(question: dict[str, Any]) -> str | None:
    """The question family: ``template:index`` (the generator numbers families within each template file)."""
    index = question.get("question_family_index")
    if index is None:
        return None
    template = str(question.get("template_filename", "")).removesuffix(".json")
    return f"{template}:{index}" if template else str(index)


def load_clevr_questions(path: Path) -> list[dict[str, Any]]:
    data = load_json(path, "CLEVR questions")
    questions = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(questions, list):
        raise BenchInputError(f"CLEVR questions file {path} has no 'questions' list")
    return questions


def load_clevr_scenes(path: Path) -> dict[str, dict[str, Any]]:
    """Scenes keyed by image filename (and by str(image_index) for files without filenames)."""
    data = load_json(path, "CLEVR scenes")
    scenes = data.get("scenes") if isinstance(data, dict) else None
    if not isinstance(scenes, list):
        raise BenchInputError(f"CLEVR scenes file {path} has no 'scenes' list")
    keyed: dict[str, dict[str, Any]] = {}
    for scene in scenes:
        if isinstance(scene, dict):
            if "image_filename" in scene:
                keyed[scene["image_filename"]] = scene
            if "image_index" in scene:
                keyed[f"#{scene['image_index']}"] = scene
    return keyed


def question_id(question: dict[str, Any], position: int) -> str:
    return str(question.get("question_index", position))


def _scene_key(question: dict[str, Any]) -> str:
    return question.get("image_filename") or f"#{question.get('image_index')}"


class _Graphs:
    """Scene graphs per image, built once: from the scenes file (oracle) or by perceiving the image (pixels)."""

    def __init__(self, scenes: dict[str, dict[str, Any]], perceive: Perceive | None, images: Path | None) -> None:
        self.scenes, self.perceive, self.images = scenes, perceive, images
        self.cache: dict[str, SceneGraph] = {}
        self.perception_seconds: list[float] = []

    def get(self, question: dict[str, Any]) -> SceneGraph:
        key = _scene_key(question)
        if key in self.cache:
            return self.cache[key]
        if self.perceive is None:
            scene = self.scenes.get(key) or self.scenes.get(f"#{question.get('image_index')}")
            if scene is None:
                raise LookupError(f"image {key} is not in the scenes file")
            graph = scene_from_clevr(scene)
        else:
            assert self.images is not None
            image = self.images / str(question.get("image_filename", ""))
            if not image.is_file():
                raise LookupError(f"image file {image} not found")
            started = time.perf_counter()
            graph = self.perceive(image)
            self.perception_seconds.append(time.perf_counter() - started)
        self.cache[key] = graph
        return graph


def _plan(question: dict[str, Any], planner: PlannerFunction | None) -> Program | CompiledProgram:
    if planner is None:  # the dataset's program, validated and compiled straight from its JSON
        return compile_clevr(question["program"])
    return planner(question["question"])


def _run_one(
    question: dict[str, Any], qid: str, graphs: _Graphs, planner: PlannerFunction | None, revise: bool = True
) -> dict[str, Any]:
    started = time.perf_counter()
    record: dict[str, Any] = {
        "id": qid,
        "image": question.get("image_filename"),
        "family": family_of(question),
        "template": question.get("template_filename"),
        "answer_type": answer_type_of(question.get("program") or []),
        "question": question.get("question"),
        "answer": normalize_clevr_answer(question.get("answer", "")),
    }
    try:
        graph = graphs.get(question)
        program = _plan(question, planner)
    except Exception as error:  # one bad record must not stop the run
        record.update(prediction=None, correct=False, status="error", reason=f"{type(error).__name__}: {error}")
        stderr.print(f"[red]error[/red] question {qid} ({record['image']}): {record['reason']}", highlight=False)
        return record
    answer = execute(program, graph, revise=revise)
    if answer.revisions:
        record["revisions"] = [r.describe() for r in answer.revisions]
    record.update(
        prediction=answer.text,
        correct=answer.text == record["answer"],
        status=answer.status,
        reason=answer.reason,
        evidence=answer.evidence,
        seconds=round(time.perf_counter() - started, 6),
    )
    return record


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
) -> ClevrSummary:
    """Run the benchmark, resuming from ``out/results.jsonl``; write ``out/summary.json`` and return it.

    ``revise`` lets the executor answer a question whose presupposition fails on the perceived scene from the
    perception's runners-up (``nsvr.scene_graph.revision``); oracle scenes have none, so it only matters for
    pixels."""
    started = time.perf_counter()
    all_questions = load_clevr_questions(questions)
    if limit is not None:
        all_questions = all_questions[:limit]
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
    graphs = _Graphs(scene_table, perceive, Path(images) if images else None)
    store = ResultStore(Path(out) / "results.jsonl")
    done = store.done_ids()
    ids = [question_id(q, k) for k, q in enumerate(all_questions)]
    todo = [(q, qid) for q, qid in zip(all_questions, ids, strict=True) if qid not in done]
    if done and todo:
        stderr.print(f"resuming: {len(all_questions) - len(todo)} of {len(all_questions)} already done")
    with store, progress_bar(len(todo), f"CLEVR {perception}/{planner_name}", progress) as advance:
        for question, qid in todo:
            store.append(_run_one(question, qid, graphs, plan_fn, revise))
            advance(1)
    wanted = set(ids)
    records = [r for r in store.records() if r["id"] in wanted]
    summary = summarize(records, time.perf_counter() - started, perception, planner_name, graphs.perception_seconds)
    if perception == "pixels" and scenes is not None and graphs.cache:
        summary.perception_quality = _perception_quality(graphs, scene_table)
    write_json(Path(out) / "summary.json", summary.model_dump())
    return summary


def summarize(
    records: list[dict[str, Any]], seconds: float, perception: str, planner: str, perception_seconds: list[float]
) -> ClevrSummary:
    n = len(records)
    correct = sum(bool(r.get("correct")) for r in records)
    errors = sum(r.get("status") == "error" for r in records)
    unknown = sum(r.get("status") == "unknown" for r in records)
    revised = [r for r in records if r.get("revisions")]
    return ClevrSummary(
        accuracy=round(100.0 * correct / n, 3) if n else 0.0,
        n=n,
        correct=correct,
        wrong=n - correct - errors,
        errors=errors,
        unknown=unknown,
        seconds=round(seconds, 3),
        questions_per_second=round(n / seconds, 1) if seconds > 0 else 0.0,
        perception=perception,
        planner=planner,
        per_family=accuracy_by(records, lambda r: r.get("family")),
        per_template=accuracy_by(records, lambda r: r.get("template")),
        per_answer_type=accuracy_by(records, lambda r: r.get("answer_type")),
        revised=len(revised),
        revised_correct=sum(bool(r.get("correct")) for r in revised),
        perception_seconds_per_image=(
            round(sum(perception_seconds) / len(perception_seconds), 4) if perception_seconds else None
        ),
    )


def _perception_quality(graphs: _Graphs, scenes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per-attribute and per-relation accuracy of the perceived graphs against the scenes file."""
    from nsvr.tasks.clevr.perception_quality import compare_to_scenes

    return compare_to_scenes(dict(graphs.cache), scenes).model_dump()
