"""The LLM planner: a langgraph ``StateGraph`` that asks a model for a program, validates it, feeds the problems
back for repair, then perceives, executes and checks the answer before giving it.

plan -> validate -> (repair -> validate)* -> [fallback] -> perceive -> execute -> check -> answer

The model gets the program language (operations and JSON Schema), the perception tools, the domain and worked
examples. A reply that is not a valid program is sent back with its problems up to ``max_repairs`` times; then
the optional ``fallback`` planner (e.g. the embedded parser) is tried, or planning fails cleanly with the reason.
The check abstains ("unknown", with the reason) instead of guessing when an answer about objects has no evidence
or rests on detections scored below ``min_confidence``. langgraph is imported only when the graph is built
(``pip install 'nsvr[llm]'``).

>>> from nsvr.agent.llm.fake import FakeBackend
>>> from nsvr.scene_graph.models import Object, SceneGraph
>>> planner = LLMPlanner(FakeBackend(['{"steps": [{"op": "select", "name": "cup"}, {"op": "count", "inputs": [0]}]}']))
>>> graph = SceneGraph(width=10, height=10, objects=[Object(id="1", name="cup"), Object(id="2", name="cup")])
>>> planner.run("How many cups are there?", graph).answer.value
2
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable
from typing import Any, Literal, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from nsvr.agent.check import abstain_reason, hedge_reason
from nsvr.agent.llm.base import ChatMessage, LLMBackend, LLMConfigError, LLMDependencyError, LLMError
from nsvr.agent.llm.grounding import grounding_problems
from nsvr.agent.llm.notation import GRAMMAR
from nsvr.agent.llm.prompts import (
    notation_messages,
    parse_notation_reply,
    parse_program_reply,
    plan_messages,
    repair_message,
)
from nsvr.agent.llm.schema import decoding_schema
from nsvr.agent.planner_base import PlanAttempt, PlanContext, PlanResult, PlanSource
from nsvr.scene_graph.executor import Answer, execute
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.program import Program, validate_program
from nsvr.scene_graph.revision import revised

Perceive = Callable[[Any], SceneGraph]
Fallback = Callable[[str], Program]


class AgentResult(BaseModel):
    """The answer with everything behind it: the program, the planning attempts, the scene graph used and the
    graph nodes visited (``path``)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    question: str
    answer: Answer
    plan: PlanResult
    scene: SceneGraph | None = None
    abstained: bool = False
    path: list[str] = Field(default_factory=list)

    @property
    def program(self) -> Program | None:
        return self.plan.program


class _State(TypedDict, total=False):
    question: str
    context: PlanContext
    running: bool
    messages: list[ChatMessage]
    attempts: list[PlanAttempt]
    repairs: int
    program: Program | None
    source: PlanSource | None
    failure: str | None
    backend_error: str | None
    scene_input: Any
    perceive: Perceive | None
    scene: SceneGraph | None
    answer: Answer | None
    abstained: bool
    path: list[str]
    deadline: float | None


class LLMPlanner:
    """Plans with an LLM backend through a langgraph graph (see the module docstring).

    ``fallback(question) -> Program`` is tried when the model never produces a valid program (or the backend
    fails); it may raise ``ValueError`` (the embedded parser's ``ParseError``) to say it cannot help either.
    ``timeout_s`` bounds the whole planning (every try and repair together; the CLI's ``--llm-timeout``): past
    it no further request is made and a running one is cut short where the backend allows. A repair asks
    again at ``repair_temperature`` (sampling), with the problems of the last reply in the prompt, so that it
    does not repeat the same reply. ``include_schema`` puts the JSON Schema into the prompt too (it always
    constrains decoding where the backend can). ``reply_format="notation"`` asks for the compact notation of
    :mod:`nsvr.agent.llm.notation` instead of JSON (about a fifth of the tokens; decoding is constrained by its
    grammar where the backend takes one, llama.cpp). ``check_grounding`` sends back programs that use names or
    values the question does not mention, or answer another kind of question (:mod:`nsvr.agent.llm.grounding`):
    a small model's copy of a worked example must not become a confident wrong answer."""

    def __init__(
        self,
        backend: LLMBackend,
        *,
        max_repairs: int = 2,
        fallback: Fallback | None = None,
        min_confidence: float = 0.3,
        hedge_score: float | None = None,
        max_tokens: int = 512,
        temperature: float = 0.0,
        repair_temperature: float = 0.7,
        include_schema: bool = False,
        timeout_s: float | None = 30.0,
        reply_format: Literal["json", "notation"] = "json",
        check_grounding: bool = True,
    ) -> None:
        if not callable(getattr(backend, "complete", None)):
            raise LLMConfigError(f"backend must have a complete() method (an LLMBackend), got {backend!r}")
        if not isinstance(max_repairs, int) or max_repairs < 0:
            raise LLMConfigError(f"max_repairs must be an integer >= 0, got {max_repairs!r}")
        if not 0.0 <= min_confidence <= 1.0:
            raise LLMConfigError(f"min_confidence must be within [0, 1], got {min_confidence!r}")
        if timeout_s is not None and not timeout_s > 0:
            raise LLMConfigError(f"the LLM planning timeout must be > 0 seconds, got {timeout_s!r}")
        if reply_format not in ("json", "notation"):
            raise LLMConfigError(f"reply_format must be json or notation, got {reply_format!r}")
        if fallback is not None and not callable(fallback):
            raise LLMConfigError(f"fallback must be a function question -> Program, got {fallback!r}")
        self.backend = backend
        self.max_repairs = max_repairs
        self.fallback = fallback
        self.min_confidence = min_confidence
        self.hedge_score = hedge_score
        self.max_tokens = max_tokens
        self.temperature = temperature
        self.repair_temperature = repair_temperature
        self.include_schema = include_schema
        self.timeout_s = timeout_s
        self.reply_format = reply_format
        self.check_grounding = check_grounding
        parameters = inspect.signature(backend.complete).parameters
        self._takes_deadline = "deadline" in parameters
        self._takes_grammar = "grammar" in parameters
        self._graph: Any = None

    # ---- public API -------------------------------------------------------------------------------------------
    def plan(self, question: str, context: PlanContext | None = None) -> PlanResult:
        """A program for ``question``, or the reason there is none; never raises for a bad model reply."""
        state = self._invoke({"question": _checked_question(question), "context": context or PlanContext()})
        return _plan_result(state)

    def run(
        self,
        question: str,
        graph_or_image: SceneGraph | Any,
        perceive: Perceive | None = None,
        context: PlanContext | None = None,
    ) -> AgentResult:
        """Plan, build the scene graph (``graph_or_image`` itself, or ``perceive(graph_or_image)``), execute and
        check. The answer is "error" when planning or perception failed, "unknown" when the check abstained."""
        if not isinstance(graph_or_image, SceneGraph) and perceive is None:
            raise LLMConfigError(
                f"run() got a {type(graph_or_image).__name__}, not a SceneGraph: pass perceive=, a function "
                "image -> SceneGraph (e.g. a tools pipeline)"
            )
        initial: _State = {
            "question": _checked_question(question),
            "context": context or PlanContext(),
            "running": True,
            "scene_input": graph_or_image,
            "perceive": perceive,
        }
        state = self._invoke(initial)
        return AgentResult(
            question=question,
            answer=state["answer"],
            plan=_plan_result(state),
            scene=state.get("scene"),
            abstained=state.get("abstained", False),
            path=state.get("path", []),
        )

    # ---- graph ------------------------------------------------------------------------------------------------
    def _invoke(self, initial: _State) -> _State:
        graph = self.graph()  # built (langgraph imported) before the planning clock starts
        deadline = time.monotonic() + self.timeout_s if self.timeout_s is not None else None
        state: _State = {"attempts": [], "repairs": 0, "path": [], "running": False, "deadline": deadline, **initial}
        limit = 2 * self.max_repairs + 25
        return graph.invoke(state, config={"recursion_limit": limit})

    def graph(self) -> Any:
        """The compiled langgraph graph (built on first use)."""
        if self._graph is None:
            self._graph = self._build_graph()
        return self._graph

    def _build_graph(self) -> Any:
        try:
            from langgraph.graph import END, START, StateGraph
        except ImportError as error:
            raise LLMDependencyError("langgraph", "llm", "the LLM planner graph") from error

        builder = StateGraph(_State)
        nodes: dict[str, Callable[[_State], dict]] = {
            "plan": self._plan_node,
            "validate": self._validate_node,
            "repair": self._repair_node,
            "fallback": self._fallback_node,
            "fail": self._fail_node,
            "perceive": self._perceive_node,
            "execute": self._execute_node,
            "check": self._check_node,
            "answer": self._answer_node,
        }
        for name, function in nodes.items():
            builder.add_node(name, _recording(name, function))
        builder.add_edge(START, "plan")
        builder.add_edge("plan", "validate")
        builder.add_conditional_edges("validate", self._after_validate, ["repair", "fallback", "fail", "perceive", END])
        builder.add_edge("repair", "validate")
        builder.add_conditional_edges("fallback", _after_planning, ["fail", "perceive", END])
        builder.add_conditional_edges("fail", _after_planning, ["answer", END])
        builder.add_conditional_edges(
            "perceive", lambda s: "answer" if s.get("answer") else "execute", ["answer", "execute"]
        )
        builder.add_edge("execute", "check")
        builder.add_edge("check", "answer")
        builder.add_edge("answer", END)
        return builder.compile()

    def _ask(self, messages: list[ChatMessage], temperature: float, deadline: float | None) -> tuple[str, str | None]:
        if deadline is not None and time.monotonic() >= deadline:
            return "", f"LLM planning ran past its {self.timeout_s:g} s deadline (--llm-timeout)"
        options: dict[str, Any] = {"deadline": deadline} if self._takes_deadline and deadline is not None else {}
        notation = self.reply_format == "notation"
        if notation and self._takes_grammar:
            options["grammar"] = GRAMMAR
        try:
            reply = self.backend.complete(
                messages,
                json_schema=None if notation else decoding_schema(),
                max_tokens=self.max_tokens,
                temperature=temperature,
                **options,
            )
        except LLMError as error:
            return "", f"LLM backend {getattr(self.backend, 'name', '?')} failed: {error}"
        return reply, None

    def _plan_node(self, state: _State) -> dict:
        if self.reply_format == "notation":
            messages = notation_messages(state["question"], state["context"])
        else:
            messages = plan_messages(state["question"], state["context"], include_schema=self.include_schema)
        return self._reply_update(state, messages, "plan", self.temperature)

    def _repair_node(self, state: _State) -> dict:
        messages = [*state["messages"], repair_message(state["attempts"][-1].errors)]
        temperature = max(self.temperature, self.repair_temperature)
        update = self._reply_update(state, messages, "repair", temperature)
        update["repairs"] = state["repairs"] + 1
        return update

    def _reply_update(self, state: _State, messages: list[ChatMessage], kind: str, temperature: float) -> dict:
        reply, error = self._ask(messages, temperature, state.get("deadline"))
        attempt = PlanAttempt(kind=kind, raw=reply, errors=[error] if error else [])
        history = [*messages, ChatMessage(role="assistant", content=reply)]
        return {"messages": history, "attempts": [*state["attempts"], attempt], "backend_error": error}

    def _validate_node(self, state: _State) -> dict:
        if state.get("backend_error"):
            return {}
        last = state["attempts"][-1]
        read = parse_notation_reply if self.reply_format == "notation" else parse_program_reply
        program, errors = read(last.raw, state["context"])
        if program is not None and self.check_grounding:
            errors = errors + grounding_problems(program, state["question"])
        checked = last.model_copy(update={"program": program, "errors": errors})
        update: dict = {"attempts": [*state["attempts"][:-1], checked]}
        if program is not None and not errors:
            update.update(program=program, source="llm")
        return update

    def _after_validate(self, state: _State) -> str:
        if state.get("source") == "llm":
            return "perceive" if state["running"] else "__end__"
        if not state.get("backend_error") and state["repairs"] < self.max_repairs:
            return "repair"
        return "fallback" if self.fallback is not None else "fail"

    def _fallback_node(self, state: _State) -> dict:
        assert self.fallback is not None
        try:
            program = self.fallback(state["question"])
        except ValueError as error:
            attempt = PlanAttempt(kind="fallback", errors=[f"fallback failed: {error}"])
            return {"attempts": [*state["attempts"], attempt]}
        if not isinstance(program, Program):
            errors = [f"fallback returned {type(program).__name__}, not a Program"]
            return {"attempts": [*state["attempts"], PlanAttempt(kind="fallback", errors=errors)]}
        context = state["context"]
        errors = validate_program(program, context.ontology)
        attempt = PlanAttempt(kind="fallback", raw=program.pretty(), program=program, errors=errors)
        update: dict = {"attempts": [*state["attempts"], attempt]}
        if not errors:
            update.update(program=program, source="fallback")
        return update

    def _fail_node(self, state: _State) -> dict:
        attempts = state["attempts"]
        llm_tries = sum(a.kind in ("plan", "repair") for a in attempts)
        if state.get("backend_error"):
            reason = state["backend_error"]
        else:
            reason = f"no valid program after {llm_tries} LLM attempt(s); last problems: "
            reason += "; ".join(next((a.errors for a in reversed(attempts) if a.kind != "fallback"), []))
        fallback_errors = [e for a in attempts if a.kind == "fallback" for e in a.errors]
        if fallback_errors:
            reason += f"; {'; '.join(fallback_errors)}"
        return {"failure": reason, "program": None, "source": None}

    def _perceive_node(self, state: _State) -> dict:
        given = state["scene_input"]
        if isinstance(given, SceneGraph):
            return {"scene": given}
        perceive = state["perceive"]
        assert perceive is not None  # run() checked it
        try:
            from nsvr.tools.session import perceive_with  # the program says which tools to run

            scene = perceive_with(perceive, given, state.get("program"))
        except Exception as error:  # perception failures become an "error" answer, not a traceback
            reason = f"perception failed: {type(error).__name__}: {error}"
            return {"answer": _no_answer(state, reason)}
        if not isinstance(scene, SceneGraph):
            reason = f"perceive returned {type(scene).__name__}, not a SceneGraph"
            return {"answer": _no_answer(state, reason)}
        return {"scene": scene}

    def _execute_node(self, state: _State) -> dict:
        answer = execute(state["program"], state["scene"])
        if answer.revisions:  # the answer rests on a revised reading of the scene: show that one
            return {"answer": answer, "scene": revised(state["scene"], answer.revisions)}
        return {"answer": answer}

    def _check_node(self, state: _State) -> dict:
        answer, program = state["answer"], state["program"]
        if answer is None or program is None or answer.status != "ok":
            return {}
        reason = abstain_reason(program, answer, state["scene"], self.min_confidence)
        if reason is None and self.hedge_score is not None:
            reason = hedge_reason(program, answer, state["scene"], self.hedge_score)
        if reason is None:
            return {}
        unknown = answer.model_copy(
            update={
                "value": None,
                "status": "unknown",
                "reason": f"abstained (would have said {answer.text!r}): {reason}",
            }
        )
        return {"answer": unknown, "abstained": True}

    def _answer_node(self, state: _State) -> dict:
        if state.get("answer") is None:
            return {"answer": _no_answer(state, f"planning failed: {state.get('failure')}")}
        return {}


def _recording(name: str, function: Callable[[_State], dict]) -> Callable[[_State], dict]:
    def node(state: _State) -> dict:
        update = function(state)
        return {**update, "path": [*state.get("path", []), name]}

    return node


def _after_planning(state: _State) -> str:
    if state.get("program") is not None:
        return "perceive" if state["running"] else "__end__"
    if state.get("failure") is None:
        return "fail"
    return "answer" if state["running"] else "__end__"


def _no_answer(state: _State, reason: str) -> Answer:
    program = state.get("program")
    answer_type = program.answer_type() if program is not None else "value"
    return Answer(value=None, answer_type=answer_type, status="error", reason=reason)


def _plan_result(state: _State) -> PlanResult:
    return PlanResult(
        question=state["question"],
        program=state.get("program"),
        source=state.get("source"),
        failure=state.get("failure"),
        attempts=state["attempts"],
    )


def _checked_question(question: str) -> str:
    if not isinstance(question, str) or not question.strip():
        raise LLMConfigError(f"the question must be a non-empty string, got {question!r}")
    return question
