"""The check before an answer is given: abstain ("unknown", with the reason) instead of guessing.

Two reasons to abstain: the answer rests on objects the perception scored too low, or it would change if one
thing the perception was unsure of were read the other way (a detection just under the threshold taken in, an
attribute's runner-up taken instead). The second is the hedge: "1 tie, or 2 if the one seen at 0.18 is one".
"""

from __future__ import annotations

from nsvr.scene_graph import program as P
from nsvr.scene_graph.executor import Answer, answer_text, execute
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.names import name_matches, same_value
from nsvr.scene_graph.ops import relates_a_set
from nsvr.scene_graph.program import Program
from nsvr.scene_graph.revision import Revision, candidate_revisions, revised

HEDGE_PROBABILITY = 0.2
"""A runner-up attribute value at least this likely can change an answer: it is considered before answering."""
HEDGE_LIMIT = 24
"""At most this many doubts (the likeliest) are tried per answer, so the check stays cheap on big graphs."""

# Answers that are about particular objects: with no evidence object they are guesses.
_OBJECT_ANSWER_OPS = frozenset(
    {"unique", "ordinal", "query", "where", "verify", "verify_relation", "choose", "choose_relation"}
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
    about_objects = program.answer_type() in ("object", "objects") or (
        last.op in _OBJECT_ANSWER_OPS and not _existential(program, last)
    )
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
    return _unsure_kind(last, answer, known)


def _unsure_kind(last: P.Step, answer: Answer, known: dict) -> str | None:
    """Why a shape asked about is not told (None when it is): the kind answered is the perception's reading of
    the object at less than :data:`UNSURE_NAME` (a figure cut by the border read as "polygon" at 0.3, the rest of
    its probability on no kind it could name), by itself or by the revision the answer rests on."""
    if last.op != "query" or getattr(last, "attribute", None) not in ("name", "shape"):
        return None
    said = answer_text(answer.value)
    for i in answer.evidence:
        obj = known.get(i)
        shape = obj.attributes.get("shape") if obj is not None else None
        if shape is None:
            continue
        sure = shape.confidence if same_value(shape.value, said) else None
        for revision in answer.revisions:
            if revision.object == i and revision.attribute in ("shape", "name") and same_value(revision.new, said):
                sure = revision.probability
        if sure is not None and sure < UNSURE_NAME:
            return f"object {i}'s shape reads as {said} only at {sure:.2f}: its kind cannot be told"
    return None


def _existential(program: Program, step: P.Step) -> bool:
    """Whether ``step`` asks whether something stands in a relation to any of a set named indefinitely ("is a
    circle left of a square?"): its "no" rests on no object, as "is there a square?" does."""
    return step.op == "verify_relation" and relates_a_set(program.steps[step.inputs[0]].op)


PRESUPPOSED_PROBABILITY = 0.1
"""Where an answer rests on a definite description finding nothing ("is the magenta one above the yellow one?":
no, for nothing is magenta), a runner-up value this likely can change it: the executor takes such a reading to
give "the magenta one" a referent when a question needs one ("what colour is the magenta one?"), so a "no" that
only its absence gives is no surer."""


def doubts(
    graph: SceneGraph, hedge_score: float, limit: int = HEDGE_LIMIT, probability: float = HEDGE_PROBABILITY
) -> list[Revision]:
    """What the perception was unsure of and might be otherwise: candidates scoring at least ``hedge_score``
    and runner-up attribute values at least ``probability`` likely, likeliest first."""
    found = [
        r
        for r in candidate_revisions(graph)
        if (r.attribute is None and r.probability >= hedge_score)
        or (r.attribute is not None and r.probability >= probability)
    ]
    return sorted(found, key=lambda r: -r.probability)[:limit]


def _referent_missing(program: Program, answer: Answer) -> bool:
    """Whether a definite description of the program ("the magenta one") found nothing, and the answer rests on
    that (a unique step resolving to no object). The answer's trace is built only for a program that has one."""
    if not any(step.op == "unique" for step in program.steps):
        return False
    return any(step.op == "unique" and step.objects == [] for step in answer.trace)


UNSURE_NAME = 0.5
"""An object whose name the perception gave with less confidence than this might be any kind the program asks
about (a shape cut by the border, named "triangle" at 0.2, might be the star the question counts)."""


def name_doubts(program: Program, graph: SceneGraph) -> list[Revision]:
    """For each object named with little confidence, the program's own names as readings it might have."""
    from nsvr.tools.needs import is_generic

    asked = {step.name for step in program.steps if isinstance(step, P.Select | P.Relate) and step.name}
    asked |= {step.value for step in program.steps if isinstance(step, P.Filter) and step.attribute == "name"}
    asked = {n for n in asked if not is_generic(n)}
    found = []
    declared = graph.attribute_values or {}
    for obj in graph.objects:
        for key, attribute in obj.attributes.items():
            if attribute.confidence >= UNSURE_NAME or not same_value(attribute.value, obj.name):
                continue
            # an unsure shape is another shape, never a person: where the perception declares the values the
            # attribute takes, only asked names that one of them is can be a reading
            values = declared.get(key)
            for name in sorted(asked):
                if values is not None and not any(name_matches(name, value) for value in values):
                    continue
                if not name_matches(name, obj.name):
                    probability = round(1.0 - attribute.confidence, 4)
                    found.append(
                        Revision(
                            object=obj.id,
                            attribute=key,
                            old=attribute.value,
                            new=name,
                            probability=probability,
                            cost=0.0,
                        )
                    )
    return found


def hedge_reason(program: Program, answer: Answer, graph: SceneGraph, hedge_score: float) -> str | None:
    """Why ``answer`` is not certain (None when it is): the first doubt under which the same program gives a
    different answer, as "A, or B if <doubt>".

    >>> from nsvr.scene_graph.models import Object
    >>> from nsvr.scene_graph.program import Count, Select
    >>> g = SceneGraph(width=9, height=9, objects=[Object(id="a", name="tie", score=0.9)],
    ...                candidates=[Object(id="b", name="tie", score=0.18)], metadata={"detection_threshold": 0.25})
    >>> p = Program(steps=[Select(name="tie"), Count(inputs=[0])])
    >>> hedge_reason(p, execute(p, g), g, hedge_score=0.15)
    '1, or 2 if object b (tie, detector score 0.18) is there'
    >>> g.candidates.append(Object(id="c", name="tie", score=0.16))
    >>> hedge_reason(p, execute(p, g), g, hedge_score=0.15)
    '1, or 2 if object b (tie, detector score 0.18) is there, or 3 if object c (tie, detector score 0.16) is there too'
    """
    said = answer_text(answer.value)
    first: tuple[Revision, str] | None = None
    more: list[Revision] = []  # further candidate objects that change the answer: "..., or 2 if ... too"
    floor = PRESUPPOSED_PROBABILITY if _referent_missing(program, answer) else HEDGE_PROBABILITY
    for doubt in doubts(graph, hedge_score, probability=floor) + name_doubts(program, graph):
        if doubt.object in answer.evidence and doubt.attribute is None:
            continue
        if first is not None and (first[0].attribute is not None or doubt.attribute is not None):
            continue
        other = execute(program, revised(graph, [doubt]), revise=False)
        if other.status != "ok" or answer_text(other.value) == said:
            continue
        if first is None:
            first = (doubt, answer_text(other.value))
        else:
            more.append(doubt)
    if first is None:
        return _together_reason(program, answer, graph, hedge_score, said)
    doubt, shown = first
    reason = f"{said}, or {shown} if {doubt.describe()}"
    taken = [doubt]
    for extra in more:
        taken.append(extra)
        other = execute(program, revised(graph, taken), revise=False)
        if other.status == "ok" and answer_text(other.value) != shown:
            shown = answer_text(other.value)
            reason += f", or {shown} if {extra.describe()} too"
    return reason


def _together_reason(program: Program, answer: Answer, graph: SceneGraph, hedge_score: float, said: str) -> str | None:
    """The hedge when no candidate object changes the answer alone but all of them together do ("are there more
    people than ties": 2 people against 0 ties, 1 tie with either candidate, but 2 with both): "A, or B if <first>,
    and <second> too"."""
    taken = [d for d in doubts(graph, hedge_score) if d.attribute is None and d.object not in answer.evidence]
    if len(taken) < 2:
        return None
    other = execute(program, revised(graph, taken), revise=False)
    if other.status != "ok" or answer_text(other.value) == said:
        return None
    shown = answer_text(other.value)
    for doubt in list(taken):  # name only the candidates the other answer needs
        rest = [d for d in taken if d is not doubt]
        again = execute(program, revised(graph, rest), revise=False)
        if again.status == "ok" and answer_text(again.value) == shown:
            taken = rest
    return f"{said}, or {shown} if {taken[0].describe()}" + "".join(
        f", and {doubt.describe()} too" for doubt in taken[1:]
    )


def check_answer(
    program: Program, answer: Answer, graph: SceneGraph, min_confidence: float, hedge_score: float | None = None
) -> Answer:
    """``answer``, or the same answer turned ``unknown`` with the reason when :func:`abstain_reason` objects
    or (with ``hedge_score``) when :func:`hedge_reason` finds a doubt that changes it."""
    if answer.status != "ok":
        return answer
    reason = abstain_reason(program, answer, graph, min_confidence)
    if reason is None and hedge_score is not None:
        reason = hedge_reason(program, answer, graph, hedge_score)
    return answer if reason is None else answer.model_copy(update={"status": "unknown", "reason": reason})
