"""One question about one image, end to end: plan -> perceive -> execute -> check.

>>> from nsvr.agent.ask import ask                                        # doctest: +SKIP
>>> result = ask("examples/bus.jpg", "How many people are left of the bus?")  # doctest: +SKIP
>>> result.answer, result.status, result.evidence                          # doctest: +SKIP
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from nsvr.agent.check import check_answer
from nsvr.scene_graph.errors import NsvrError
from nsvr.scene_graph.executor import Answer, execute
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.program import Program
from nsvr.scene_graph.revision import revised
from nsvr.tools.session import ToolCall
from nsvr.tools.thresholds import ABSTAIN_BELOW, HEDGE_SCORE

PlannerName = Literal["embedded", "llm", "auto"]
PerceptionName = Literal["photo", "clevr", "shapes"]


class AskError(NsvrError, ValueError):
    """A question or option that cannot be used (empty question, unknown planner ...)."""


class AskOptions(BaseModel):
    """How :func:`ask` plans and perceives. ``auto`` = the embedded parser, falling back to the LLM planner when
    the parser cannot read the question and an LLM is configured; ``llm`` = the LLM planner, falling back to the
    embedded parser when the LLM fails (within ``llm_timeout`` seconds for the whole planning). Perception
    ``photo`` runs the detector, and the region proposer on flat drawings; ``shapes`` the region proposer alone
    (plain-background scenes of drawn shapes); ``clevr`` nsvr's CLEVR model."""

    planner: PlannerName = "embedded"
    perception: PerceptionName = "photo"
    detector: str | None = Field(default=None, description="ultralytics weights (name or path); default: offline SSD")
    classes: list[str] | None = Field(default=None, description="narrow / set (open-vocabulary) detector classes")
    clevr_weights: str | None = Field(default=None, description="weights folder for perception='clevr' (shipped)")
    ocr: bool = Field(default=False, description="read text for every question (text questions always do)")
    llm_url: str | None = None
    llm_model: str | None = None
    llm_timeout: float = Field(default=30.0, gt=0, description="seconds for the whole LLM planning (--llm-timeout)")
    cache_dir: str | None = None
    min_confidence: float = Field(
        default=ABSTAIN_BELOW, ge=0.0, le=1.0, description="abstain below this evidence score"
    )
    hedge_score: float | None = Field(
        default=HEDGE_SCORE,
        ge=0.0,
        le=1.0,
        description="answer unknown when a candidate scoring at least this, or a likely runner-up attribute "
        "value, would change the answer (None: never)",
    )


class AskResult(BaseModel):
    """The answer with everything that justifies it."""

    question: str
    answer: str
    status: Literal["ok", "unknown", "error"]
    reason: str | None = None
    program: Program | None = None
    evidence: list[str] = Field(default_factory=list)
    seconds: float
    timings: dict[str, float] = Field(default_factory=dict)
    planner: str
    graph: SceneGraph | None = None
    execution: Answer | None = None
    tool_calls: list[ToolCall] = Field(default_factory=list, description="every perception tool used, in order")

    @classmethod
    def planning_failed(cls, question: str, error: Exception, started: float, planner: str) -> AskResult:
        return cls(
            question=question,
            answer="unknown",
            status="error",
            reason=f"planning failed: {error}",
            seconds=time.perf_counter() - started,
            planner=planner,
        )

    @classmethod
    def answered(
        cls,
        question: str,
        answer: Answer,
        program: Program | None,
        graph: SceneGraph | None,
        planner: str,
        started: float,
        timings: dict[str, float] | None = None,
        tool_calls: list[ToolCall] | None = None,
    ) -> AskResult:
        return cls(
            question=question,
            answer=answer.text,
            status=answer.status,
            reason=answer.reason,
            program=program,
            evidence=answer.evidence,
            seconds=time.perf_counter() - started,
            timings={k: round(v, 4) for k, v in (timings or {}).items()},
            planner=planner,
            graph=graph,
            execution=answer,
            tool_calls=list(tool_calls or []),
        )

    def summary(self) -> dict[str, Any]:
        """What ``nsvr ask --json`` prints."""
        return {
            "answer": self.answer,
            "status": self.status,
            "reason": self.reason,
            "program": self.program.model_dump(mode="json")["steps"] if self.program else None,
            "evidence": self.evidence,
            "assumed": [r.describe() for r in self.execution.revisions] if self.execution else [],
            "tools": [call.model_dump(mode="json") for call in self.tool_calls],
            "seconds": round(self.seconds, 3),
        }


def _parse_first(question: str, options: AskOptions) -> Program | None:
    """The embedded parser's program; None when it cannot parse and the LLM should try (planner "auto" with an
    LLM configured). A ParseError goes up when there is nothing to fall back to."""
    from nsvr.agent.parser import ParseError, parse
    from nsvr.agent.planners import NO_LLM, llm_configured

    try:
        return parse(question)
    except ParseError as error:
        if options.planner == "embedded":
            raise
        if not llm_configured(options.llm_url, options.llm_model):
            raise ParseError(f"{error} ({NO_LLM} to let an LLM try)") from error
        return None


_PERCEIVERS: dict[str, Any] = {}


def make_perceiver(options: AskOptions) -> Callable[..., SceneGraph]:
    """Image -> scene graph for the chosen perception (models load once, on first use). Photo and shapes
    perception follow programs (``perceiver(image, program)`` runs only the tools the program needs) and are
    shared by every :func:`ask` with the same options, so a second question about an image reuses what the
    first perceived."""
    if options.perception == "clevr":
        from nsvr.tools.clevr import ClevrPerception

        return ClevrPerception(weights=options.clevr_weights)
    key = options.model_dump_json(include={"perception", "detector", "classes", "ocr", "cache_dir"})
    if key not in _PERCEIVERS:
        _PERCEIVERS[key] = _program_perceiver(options)
    return _PERCEIVERS[key]


def _program_perceiver(options: AskOptions) -> Any:
    from nsvr.tools.builder import PerceptionConfig, PerceptionPipeline, ToolSpec
    from nsvr.tools.session import ProgramPerceiver

    config = PerceptionConfig.shapes() if options.perception == "shapes" else PerceptionConfig.default(options.ocr)
    if options.detector:
        config.detectors = [ToolSpec(name="yolo", options={"model": options.detector})]
    if options.classes:
        config.detectors = [
            ToolSpec(name=d.name, options={**d.options, "classes": options.classes}) if d.name == "yolo" else d
            for d in config.detectors
        ]
    perceiver = ProgramPerceiver(PerceptionPipeline(config), cache_dir=options.cache_dir)
    if options.classes:
        perceiver.restrict_names = list(options.classes)
    return perceiver


def _perceive(look: Callable[..., SceneGraph], image: Any, program: Program, calls: list[ToolCall]) -> SceneGraph:
    """The graph for ``program``; a perceiver that follows programs records its tool calls, any other
    image -> graph function is one call."""
    if getattr(look, "follows_programs", False):
        return look(image, program, calls)
    started = time.perf_counter()
    graph = look(image)
    name = type(look).__name__ if not hasattr(look, "__name__") else look.__name__
    calls.append(
        ToolCall(tool=name, request="scene graph", returned=len(graph.objects), seconds=time.perf_counter() - started)
    )
    return graph


def ask(
    image: Any,
    question: str,
    options: AskOptions | None = None,
    perceive: Callable[[Any], SceneGraph] | None = None,
) -> AskResult:
    """Answer ``question`` about ``image`` (a path, URL, PIL image or array; or a ready :class:`SceneGraph`).

    Planning failures give ``status="error"`` with the reason; perception errors (unreadable image, missing
    weights) raise the tool's error so callers can show it."""
    options = options or AskOptions()
    started = time.perf_counter()
    if not question or not question.strip():
        raise AskError("empty question: ask something about the image")
    question = question.strip()
    program: Program | None = None
    if options.planner in {"embedded", "auto"}:
        try:
            program = _parse_first(question, options)
        except ValueError as error:  # ParseError: the reason is the answer's reason
            return AskResult.planning_failed(question, error, started, "embedded")
    look = perceive or (None if isinstance(image, SceneGraph) else make_perceiver(options))
    if program is None:
        return _ask_llm(image, question, options, look, started)
    timings = {"plan": time.perf_counter() - started}
    mark = time.perf_counter()
    calls: list[ToolCall] = []
    graph = image if isinstance(image, SceneGraph) else _perceive(look, image, program, calls)
    timings["perceive"] = time.perf_counter() - mark
    mark = time.perf_counter()
    answer = execute(program, graph)
    if answer.revisions:  # the answer rests on a revised reading of the scene: check and show that one
        graph = revised(graph, answer.revisions)
    answer = check_answer(program, answer, graph, options.min_confidence, options.hedge_score)
    timings["execute"] = time.perf_counter() - mark
    return AskResult.answered(question, answer, program, graph, "embedded", started, timings, calls)


def _ask_llm(
    image: Any, question: str, options: AskOptions, perceive: Callable[[Any], SceneGraph] | None, started: float
) -> AskResult:
    """The LLM planner's langgraph loop: plan, validate, repair, perceive, execute, check."""
    from nsvr.agent.llm_planner import LLMPlanner
    from nsvr.agent.parser import parse
    from nsvr.agent.planners import fallback_note, make_llm_backend

    fallback = parse if options.planner == "llm" else None  # "auto" already tried the parser
    try:
        planner = LLMPlanner(
            make_llm_backend(options.llm_url, options.llm_model),
            min_confidence=options.min_confidence,
            hedge_score=options.hedge_score,
            fallback=fallback,
            timeout_s=options.llm_timeout,
        )
    except NsvrError as error:
        if fallback is None:
            return AskResult.planning_failed(question, error, started, "llm")
        return _ask_embedded_after_llm(image, question, options, perceive, started, str(error))
    result = planner.run(question, image, perceive=perceive)
    source = result.plan.source or "llm"
    if source == "fallback":
        source = f"embedded parser: {fallback_note(result.plan)}"
    calls = list(getattr(perceive, "last_calls", []))
    return AskResult.answered(question, result.answer, result.program, result.scene, source, started, None, calls)


def _ask_embedded_after_llm(
    image: Any,
    question: str,
    options: AskOptions,
    perceive: Callable[[Any], SceneGraph] | None,
    started: float,
    reason: str,
) -> AskResult:
    """``--planner llm`` whose LLM cannot even be set up: the embedded parser answers, saying why."""
    embedded = options.model_copy(update={"planner": "embedded"})
    result = ask(image, question, embedded, perceive)
    return result.model_copy(update={"planner": f"embedded parser: the LLM failed ({reason})"})


def default_output_path(image: str | Path, suffix: str) -> Path:
    """``photo.jpg`` -> ``photo.nsvr.png`` (beside the image)."""
    path = Path(str(image))
    return path.with_name(f"{path.stem}.nsvr{suffix}")
