"""The check before an answer is given: abstain ("unknown", with the reason) instead of guessing."""

from __future__ import annotations

from nsvr.scene_graph.executor import Answer
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.program import Program

# Answers that are about particular objects: with no evidence object they are guesses.
_OBJECT_ANSWER_OPS = frozenset(
    {"unique", "ordinal", "query", "verify", "verify_relation", "choose", "choose_relation"}
    | {"same", "different", "common", "compare"}
)
_FACT_OPS = frozenset({"query", "verify", "choose"})


def abstain_reason(program: Program, answer: Answer, graph: SceneGraph, min_confidence: float) -> str | None:
    """Why ``answer`` should not be given (None when it may): an answer about objects with no evidence, or
    evidence objects the perception scored below ``min_confidence``.

    >>> from nsvr.scene_graph.executor import execute
    >>> from nsvr.scene_graph.models import Object
    >>> from nsvr.scene_graph.program import Exist, Select
    >>> g = SceneGraph(width=9, height=9, objects=[Object(id="d", name="dog", score=0.1)])
    >>> p = Program(steps=[Select(name="dog"), Exist(inputs=[0])])
    >>> abstain_reason(p, execute(p, g), g, 0.3)
    "evidence object 'd' (dog) has detection score 0.10 < 0.3"
    """
    last = program.steps[-1]
    reads_fact = last.op in _FACT_OPS and getattr(last, "attribute", None) in graph.facts
    about_objects = last.op in _OBJECT_ANSWER_OPS or program.answer_type() in ("object", "objects")
    if not answer.evidence and about_objects and not reads_fact:
        return f"the answer ({last.op}) is about objects but no object supports it"
    known = {o.id: o for o in graph.objects}
    # an object a revision brought in is there because the question presupposes it, not on its detection score
    presupposed = {r.object for r in answer.revisions if r.attribute is None}
    weak = [
        known[i] for i in answer.evidence if i in known and i not in presupposed and known[i].score < min_confidence
    ]
    if weak:
        worst = min(weak, key=lambda o: o.score)
        return f"evidence object {worst.id!r} ({worst.name}) has detection score {worst.score:.2f} < {min_confidence}"
    return None


def check_answer(program: Program, answer: Answer, graph: SceneGraph, min_confidence: float) -> Answer:
    """``answer``, or the same answer turned ``unknown`` with the reason when :func:`abstain_reason` objects."""
    if answer.status != "ok":
        return answer
    reason = abstain_reason(program, answer, graph, min_confidence)
    return answer if reason is None else answer.model_copy(update={"status": "unknown", "reason": reason})
