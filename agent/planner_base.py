"""What every planner returns, and the interface shared by the embedded parser and the LLM planner.

A planner turns a question into a :class:`~nsvr.scene_graph.program.Program`. It never raises for a question
it cannot plan: it returns a :class:`PlanResult` with ``program=None`` and the reason, plus every attempt it
made (the raw text an LLM produced, the problems found in it).

>>> result = ParserPlanner().plan("How many red cubes are there?")
>>> result.ok, result.source, result.program.steps[-1].op
(True, 'parser', 'count')
>>> ParserPlanner().plan("Colorless green ideas sleep furiously").failure.startswith("embedded parser:")
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, Protocol, runtime_checkable

from pydantic import BaseModel, Field

from nsvr.scene_graph.program import Ontology, Program, validate_program

PlanSource = Literal["llm", "fallback", "parser"]
AttemptKind = Literal["plan", "repair", "fallback", "parse"]


class PlanAttempt(BaseModel):
    """One try at a program: where it came from, the raw text, the program if it parsed, what was wrong."""

    kind: AttemptKind
    raw: str = ""
    program: Program | None = None
    errors: list[str] = Field(default_factory=list)

    @property
    def valid(self) -> bool:
        return self.program is not None and not self.errors


class PlanResult(BaseModel):
    """A program, or ``failure`` saying why there is none; ``attempts`` in the order they were made."""

    question: str
    program: Program | None = None
    source: PlanSource | None = None
    failure: str | None = None
    attempts: list[PlanAttempt] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.program is not None

    @property
    def raw_outputs(self) -> list[str]:
        """The raw text of every LLM attempt (plan and repairs)."""
        return [a.raw for a in self.attempts if a.kind in ("plan", "repair")]


class PlanContext(BaseModel):
    """What the planner may be told about the domain: the ontology (attributes and their values, object names;
    also used to validate), the perception tools that build the scene graph, and scene-level facts."""

    ontology: Ontology | None = None
    tools: dict[str, str] = Field(default_factory=dict, description="perception tool name -> what it adds")
    facts: list[str] = Field(default_factory=list, description="scene facts a query may read (weather, ...)")


@runtime_checkable
class Planner(Protocol):
    """Anything that plans: ``plan(question)`` gives a :class:`PlanResult` and does not raise for a question
    it cannot handle."""

    def plan(self, question: str) -> PlanResult: ...


class ParserPlanner:
    """The embedded parser (no model, no network) behind the :class:`Planner` interface; ``ontology`` (if
    given) validates its programs too."""

    def __init__(self, parse: Callable[[str], Program] | None = None, ontology: Ontology | None = None) -> None:
        if parse is None:
            from nsvr.agent.parser import parse as embedded_parse

            parse = embedded_parse
        self._parse = parse
        self.ontology = ontology

    def plan(self, question: str) -> PlanResult:
        try:
            program = self._parse(question)
        except ValueError as error:  # ParseError is a ValueError
            failure = f"embedded parser: {error}"
            return PlanResult(
                question=question, failure=failure, attempts=[PlanAttempt(kind="parse", errors=[str(error)])]
            )
        errors = validate_program(program, self.ontology)
        attempt = PlanAttempt(kind="parse", raw=program.pretty(), program=program, errors=errors)
        if errors:
            failure = "embedded parser produced an invalid program: " + "; ".join(errors)
            return PlanResult(question=question, failure=failure, attempts=[attempt])
        return PlanResult(question=question, program=program, source="parser", attempts=[attempt])
