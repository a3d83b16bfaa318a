"""What the executor returns: :class:`Answer` (value, status, reason, evidence, trace, revisions).

The step trace is built when first read: running a program keeps each step's raw output (a bit mask, a number,
a value), and ``Answer.trace`` turns them into :class:`StepTrace` records on first access, so a benchmark that
never looks at traces never pays for them. ``model_dump()`` and JSON include the trace.

>>> a = Answer(value=2, answer_type="number", evidence=["a", "b"],
...            trace=[StepTrace(index=0, op="scene", objects=["a", "b"]), StepTrace(index=1, op="count", value=2)])
>>> a.text, [t.op for t in a.trace]
('2', ['scene', 'count'])
>>> Answer.model_validate_json(a.model_dump_json()) == a
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, Field, computed_field

from nsvr.scene_graph.revision import Revision

AnswerValue = bool | int | str | list[str] | None
Status = Literal["ok", "unknown", "error"]


class StepTrace(BaseModel):
    """What one step produced: the objects it kept, or its value."""

    index: int
    op: str
    arguments: dict[str, Any] = Field(default_factory=dict)
    inputs: list[int] = Field(default_factory=list)
    objects: list[str] | None = None
    value: AnswerValue = None
    failed: str | None = None


class Answer(BaseModel):
    """The answer and its why: status, reason, the object ids that justify it, the per-step trace."""

    __slots__ = ("_trace_source",)

    value: AnswerValue
    answer_type: str
    status: Status = "ok"
    reason: str | None = None
    evidence: list[str] = Field(default_factory=list)
    revisions: list[Revision] = Field(
        default_factory=list,
        description="what the answer assumed so that the program could run: uncertain attributes read as their "
        "runner-up, candidate objects taken into the scene (see revision.py)",
    )
    given_trace: list[StepTrace] | None = Field(default=None, alias="trace", exclude=True, repr=False)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def trace(self) -> list[StepTrace]:
        """One record per step run (the failing step last, with ``failed`` set)."""
        if self.given_trace is None:
            source = getattr(self, "_trace_source", None)
            self.__dict__["given_trace"] = source() if source is not None else []
        return self.given_trace  # type: ignore[return-value]

    def with_trace(self, source: Callable[[], list[StepTrace]]) -> Answer:
        """This answer, its trace to be built by ``source`` when first read."""
        object.__setattr__(self, "_trace_source", source)
        return self

    def __copy__(self) -> Answer:
        copied = super().__copy__()
        source = getattr(self, "_trace_source", None)
        if source is not None:
            object.__setattr__(copied, "_trace_source", source)
        return copied

    def __getstate__(self) -> dict[Any, Any]:
        self.trace  # noqa: B018 - a pickled answer carries its trace, not the code that builds it
        return super().__getstate__()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Answer):
            return NotImplemented
        return self.model_dump() == other.model_dump()

    __hash__ = None  # type: ignore[assignment]

    @property
    def text(self) -> str:
        """The answer as CLEVR/GQA write it: yes/no, digits, a word, or "unknown"."""
        return answer_text(self.value) if self.status == "ok" else "unknown"


def answer_text(value: AnswerValue) -> str:
    """The answer value as text.

    >>> answer_text(True), answer_text(3), answer_text(["a", "b"])
    ('yes', '3', 'a, b')
    """
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(value)
    return "unknown" if value is None else str(value)
