"""Runs a :class:`~nsvr.scene_graph.program.Program` on a :class:`~nsvr.scene_graph.models.SceneGraph`.

An impossible step (``unique`` on zero or several objects, a query on nothing, a name the perception cannot see)
gives an ``unknown`` answer with the reason; no exception escapes :func:`execute`.

>>> from nsvr.scene_graph.models import Attribute, Object, SceneGraph
>>> from nsvr.scene_graph.program import Count, Filter, Program, Scene
>>> g = SceneGraph(width=10, height=10, objects=[
...     Object(id="a", name="cube", attributes={"color": Attribute(value="red")}),
...     Object(id="b", name="sphere", attributes={"color": Attribute(value="blue")})])
>>> answer = execute(Program(steps=[Scene(), Filter(inputs=[0], attribute="color", value="red"),
...                                 Count(inputs=[1])]), g)
>>> answer.value, answer.evidence
(1, ['a'])
"""

from __future__ import annotations

from typing import Any, Literal

import sympy
from pydantic import BaseModel, Field

from nsvr.scene_graph import program as P
from nsvr.scene_graph.models import Object, SceneGraph
from nsvr.scene_graph.names import canonical_predicate, name_matches, same_value
from nsvr.scene_graph.revision import Revision, candidate_revisions, revised, revision_sets

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

    value: AnswerValue
    answer_type: str
    status: Status = "ok"
    reason: str | None = None
    evidence: list[str] = Field(default_factory=list)
    trace: list[StepTrace] = Field(default_factory=list)
    revisions: list[Revision] = Field(
        default_factory=list,
        description="what the answer assumed so that the program could run: uncertain attributes read as their "
        "runner-up, candidate objects taken into the scene (see revision.py)",
    )

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


ATTRIBUTE_ALIASES: dict[str, tuple[str, ...]] = {"activity": ("pose", "sportActivity")}
"""Where to look when an object lacks an attribute: what someone "is doing" may be filed as pose or sport."""


class StepFailure(Exception):
    """A step that cannot produce an output on this graph (the answer becomes "unknown")."""


class Executor:
    """Runs one program on one graph, keeping every step's output for the trace."""

    def __init__(self, graph: SceneGraph) -> None:
        self.graph = graph
        self.by_id: dict[str, Object] = {o.id: o for o in graph.objects}
        self._relations: dict[str, list[tuple[str, str]]] = {}
        for rel in graph.relations:
            self._relations.setdefault(canonical_predicate(rel.predicate), []).append((rel.subject, rel.object))

    # --- helpers -------------------------------------------------------------------------------------------
    def objects(self, ids: list[str]) -> list[Object]:
        return [self.by_id[i] for i in ids]

    def the_object(self, ids: list[str], what: str) -> Object:
        if len(ids) != 1:
            raise StepFailure(f"{what} needs exactly one object, found {len(ids)}")
        return self.by_id[ids[0]]

    def value_of(self, obj: Object, attribute: str) -> str:
        value = obj.attribute(attribute)
        for alias in ATTRIBUTE_ALIASES.get(attribute, ()) if value is None else ():
            value = value or obj.attribute(alias)
        if value is None:
            value = self.graph.facts.get(attribute)
        if value is None:
            raise StepFailure(f"object {obj.id} ({obj.name}) has no {attribute}")
        return value

    def has_value(self, obj: Object, attribute: str | None, value: str) -> bool:
        """Whether ``obj`` has ``attribute`` == ``value``; a second value of one attribute is stored as
        ``color_2``, ``color_3`` ...; an attribute objects lack but the scene has (weather) is the scene's."""
        if attribute is None:
            return any(same_value(a.value, value) for a in obj.attributes.values()) or name_matches(value, obj.name)
        if attribute == "name":
            return name_matches(value, obj.name)
        found = [a.value for key, a in obj.attributes.items() if _same_attribute(key, attribute)]
        if not found:
            found = [a.value for alias in ATTRIBUTE_ALIASES.get(attribute, ()) if (a := obj.attributes.get(alias))]
        if not found and attribute in self.graph.facts:
            return same_value(self.graph.facts[attribute], value)
        return any(same_value(v, value) for v in found)

    def check_visible(self, name: str) -> None:
        if not self.graph.can_see(name) and not any(name_matches(name, v) for v in self.graph.vocabulary or []):
            raise StepFailure(f"the perception cannot detect {name!r}, so its absence proves nothing")

    def related(self, ids: list[str], predicate: str, role: str, name: str | None) -> list[str]:
        pairs = self._relations.get(canonical_predicate(predicate), [])
        sources = set(ids)
        if role == "subject":
            found = {s for s, o in pairs if o in sources}
        else:
            found = {o for s, o in pairs if s in sources}
        found -= sources if len(sources) == 1 else set()
        if name:
            found = {i for i in found if name_matches(name, self.by_id[i].name)}
        return self.in_scene_order(found)

    def in_scene_order(self, ids: set[str]) -> list[str]:
        return [o.id for o in self.graph.objects if o.id in ids]


def _same_attribute(key: str, attribute: str) -> bool:
    """``color`` and its further values ``color_2``, ``color_3`` ... are one attribute."""
    if key == attribute:
        return True
    stem, _, number = key.rpartition("_")
    return stem == attribute and number.isdigit()


def _sort_key(obj: Object, by: str) -> float:
    if by in {"front", "behind"}:
        if obj.position_3d is None:
            raise StepFailure(f"object {obj.id} has no 3D position to order by {by}")
        return obj.position_3d[2]
    if obj.box is None:
        raise StepFailure(f"object {obj.id} has no box to order by {by}")
    x1, y1, x2, y2 = obj.box
    if by in {"left", "right"}:
        return (x1 + x2) / 2
    if by in {"top", "bottom"}:
        return (y1 + y2) / 2
    return (x2 - x1) * (y2 - y1)


def _run_step(ex: Executor, step: P._Step, args: list[Any]) -> Any:  # noqa: C901 - one branch per op
    op = step.op
    if isinstance(step, P.Scene):
        return [o.id for o in ex.graph.objects]
    if isinstance(step, P.Select):
        ex.check_visible(step.name)
        pool = args[0] if args else [o.id for o in ex.graph.objects]
        return [i for i in pool if name_matches(step.name, ex.by_id[i].name)]
    if isinstance(step, P.Filter):
        if step.attribute == "name" and not step.negate:
            ex.check_visible(step.value)
        kept = [i for i in args[0] if ex.has_value(ex.by_id[i], step.attribute, step.value) != step.negate]
        return kept
    if isinstance(step, P.Unique):
        return [ex.the_object(args[0], "unique").id]
    if isinstance(step, P.Relate):
        if not args[0]:
            raise StepFailure(f"relate {step.predicate!r} has no object to start from")
        return ex.related(args[0], step.predicate, step.role, step.name)
    if isinstance(step, P.SameAttribute):
        anchor = ex.the_object(args[0], f"same_{step.attribute}")
        value = ex.value_of(anchor, step.attribute)
        return [o.id for o in ex.graph.objects if o.id != anchor.id and ex.has_value(o, step.attribute, value)]
    if isinstance(step, P.Union):
        return ex.in_scene_order(set(args[0]) | set(args[1]))
    if isinstance(step, P.Intersect):
        return ex.in_scene_order(set(args[0]) & set(args[1]))
    if isinstance(step, P.Difference):
        return [i for i in args[0] if i not in set(args[1])]
    if isinstance(step, P.Ordinal):
        objs = ex.objects(args[0])
        if len(objs) < step.index:
            raise StepFailure(f"asked for object {step.index} from the {step.by}, only {len(objs)} there")
        reverse = step.by in {"right", "bottom", "behind", "largest"}
        ordered = sorted(objs, key=lambda o: _sort_key(o, step.by), reverse=reverse)
        return [ordered[step.index - 1].id]
    if isinstance(step, P.Count):
        return len(args[0])
    if isinstance(step, P.Exist):
        return len(args[0]) > 0
    if isinstance(step, P.Query):
        if not args[0] and step.attribute in ex.graph.facts:
            return ex.graph.facts[step.attribute]
        values = {ex.value_of(o, step.attribute) for o in ex.objects(args[0])}
        if len(values) != 1:
            raise StepFailure(f"query {step.attribute} needs one object, found {len(args[0])}")
        return values.pop()
    if isinstance(step, P.Verify):
        if not args[0]:
            fact = ex.graph.facts.get(step.attribute or "")
            if fact is not None:
                return fact.lower() == step.value.lower()
            raise StepFailure(f"verify {step.attribute}={step.value} has no object to look at")
        return all(ex.has_value(o, step.attribute, step.value) for o in ex.objects(args[0]))
    if isinstance(step, P.VerifyRelation):
        if not args[0]:
            raise StepFailure(f"verify {step.predicate!r} has no object to start from")
        return bool(ex.related(args[0], step.predicate, step.role, step.name))
    if isinstance(step, P.Choose):
        return _choose(ex, step, args[0])
    if isinstance(step, P.ChooseRelation):
        holding = [p for p in step.predicates if ex.related(args[0], p, step.role, step.name)]
        if len(holding) != 1:
            raise StepFailure(f"{len(holding)} of {'/'.join(step.predicates)} hold, cannot choose")
        return holding[0]
    if isinstance(step, P.Same | P.Different):
        ids = [i for group in args for i in group]
        if len(ids) < 2:
            raise StepFailure(f"{op} {step.attribute} needs two objects, found {len(ids)}")
        same = len({ex.value_of(o, step.attribute) for o in ex.objects(ids)}) == 1
        return same if isinstance(step, P.Same) else not same
    if isinstance(step, P.Common):
        a, b = ex.the_object(args[0], "common"), ex.the_object(args[1], "common")
        shared = [t for t in step.attributes if a.attribute(t) is not None and a.attribute(t) == b.attribute(t)]
        if len(shared) != 1:
            raise StepFailure(f"the objects share {len(shared)} of {', '.join(step.attributes)}")
        return shared[0]
    if isinstance(step, P.Compare):
        return _compare(ex, step, args)
    if isinstance(step, P.Equal):
        return _equal(args[0], args[1])
    if isinstance(step, P.LessThan):
        return bool(sympy.Integer(args[0]) < sympy.Integer(args[1]))
    if isinstance(step, P.GreaterThan):
        return bool(sympy.Integer(args[0]) > sympy.Integer(args[1]))
    if isinstance(step, P.Add):
        return int(sympy.Integer(args[0]) + sympy.Integer(args[1]))
    if isinstance(step, P.Subtract):
        return int(sympy.Integer(args[0]) - sympy.Integer(args[1]))
    if isinstance(step, P.And):
        return bool(args[0] and args[1])
    if isinstance(step, P.Or):
        return bool(args[0] or args[1])
    if isinstance(step, P.Not):
        return not args[0]
    raise StepFailure(f"no implementation for step {op!r}")  # pragma: no cover - every op is handled above


def _choose(ex: Executor, step: P.Choose, ids: list[str]) -> str:
    if not ids:
        fact = ex.graph.facts.get(step.attribute or "")
        if fact is not None and fact in step.options:
            return fact
        raise StepFailure(f"choose {'/'.join(step.options)} has no object to look at")
    objs = ex.objects(ids)
    matching = [opt for opt in step.options if all(ex.has_value(o, step.attribute, opt) for o in objs)]
    if len(matching) != 1:
        raise StepFailure(f"{len(matching)} of {'/'.join(step.options)} fit, cannot choose")
    return matching[0]


_COMPARATIVES = {
    "larger": "area",
    "bigger": "area",
    "smaller": "-area",
    "taller": "height",
    "shorter": "-height",
    "wider": "width",
    "narrower": "-width",
}


def _compare(ex: Executor, step: P.Compare, args: list[list[str]]) -> str:
    a, b = ex.the_object(args[0], "compare"), ex.the_object(args[1], "compare")
    measure = _COMPARATIVES.get(step.comparative.lower())
    if measure is None:
        words = adjective_forms(step.comparative)
        for obj, other in ((a, b), (b, a)):
            if any(ex.has_value(obj, None, w) for w in words) and not any(ex.has_value(other, None, w) for w in words):
                return obj.name
        raise StepFailure(f"cannot tell which is {step.comparative}")
    if a.box is None or b.box is None:
        raise StepFailure(f"comparing {step.comparative} needs boxes")
    sign, key = (-1, measure[1:]) if measure.startswith("-") else (1, measure)

    def size(o: Object) -> float:
        x1, y1, x2, y2 = o.box  # type: ignore[misc]
        return {"area": (x2 - x1) * (y2 - y1), "height": y2 - y1, "width": x2 - x1}[key] * sign

    return a.name if size(a) > size(b) else b.name


def adjective_forms(comparative: str) -> list[str]:
    """The comparative and the base adjectives it may come from (attributes are stored as base words).

    >>> adjective_forms("older"), adjective_forms("healthier"), adjective_forms("bigger")
    (['older', 'old', 'olde'], ['healthier', 'healthy'], ['bigger', 'bigg', 'big', 'bigge'])
    """
    word = comparative.strip().lower()
    forms = [word]
    if word.endswith("ier"):
        forms.append(word[:-3] + "y")
    elif word.endswith("er"):
        stem = word[:-2]
        forms.append(stem)
        if len(stem) > 2 and stem[-1] == stem[-2]:
            forms.append(stem[:-1])
        forms.append(word[:-1])
    return forms


def _equal(left: Any, right: Any) -> bool:
    if isinstance(left, list) and isinstance(right, list):
        return sorted(left) == sorted(right)
    if isinstance(left, int) and isinstance(right, int) and not isinstance(left, bool):
        return bool(sympy.Integer(left) == sympy.Integer(right))
    return str(left).lower() == str(right).lower()


def _evidence(program: P.Program, outputs: list[Any]) -> list[str]:
    """The objects behind the answer: the last step's nearest object-typed ancestors."""
    types = program.output_types()
    found: list[str] = []
    frontier = [len(program.steps) - 1]
    seen: set[int] = set()
    while frontier:
        index = frontier.pop(0)
        if index in seen:
            continue
        seen.add(index)
        if types[index] in {"objects", "object"}:
            found.extend(i for i in outputs[index] if i not in found)
        else:
            frontier.extend(program.steps[index].inputs)
    return found


def execute(program: P.Program, graph: SceneGraph, *, validate: bool = True, revise: bool = True) -> Answer:
    """Run ``program`` on ``graph``. Invalid programs give ``status="error"``, impossible steps
    ``status="unknown"``; both carry the reason and the trace so far.

    With ``revise``, a program that stops on an impossible step is run again on revisions of the graph, cheapest
    first (see :mod:`.revision`): uncertain attributes read as their perceived runners-up, candidate objects
    (seen below the detection threshold) taken in. The first that runs gives the answer, with ``revisions``
    saying what it assumed. Graphs without runners-up or candidates are unaffected.
    """
    answer_type = program.answer_type()
    if validate:
        problems = P.validate_program(program)
        if problems:
            return Answer(value=None, answer_type=answer_type, status="error", reason="; ".join(problems))
    answer = _execute(program, graph, answer_type)
    if answer.status != "unknown" or not revise:
        return answer
    for revisions in revision_sets(candidate_revisions(graph)):
        retried = _execute(program, revised(graph, revisions), answer_type)
        if retried.status == "ok":
            assumed = "; ".join(r.describe() for r in revisions)
            return retried.model_copy(
                update={"revisions": list(revisions), "reason": f"{answer.reason}; answered assuming {assumed}"}
            )
    return answer


def _execute(program: P.Program, graph: SceneGraph, answer_type: str) -> Answer:
    ex = Executor(graph)
    outputs: list[Any] = []
    trace: list[StepTrace] = []
    for index, step in enumerate(program.steps):
        record = StepTrace(index=index, op=step.op, arguments=step.arguments(), inputs=list(step.inputs))
        try:
            result = _run_step(ex, step, [outputs[i] for i in step.inputs])
        except StepFailure as failure:
            record.failed = str(failure)
            trace.append(record)
            first_input = outputs[step.inputs[0]] if step.inputs else None
            evidence = list(first_input) if isinstance(first_input, list) else []
            return Answer(
                value=None,
                answer_type=answer_type,
                status="unknown",
                reason=f"step {index} ({step.op}): {failure}",
                evidence=evidence,
                trace=trace,
            )
        except Exception as error:  # a bug or a malformed graph must not escape as a traceback
            record.failed = f"{type(error).__name__}: {error}"
            trace.append(record)
            return Answer(
                value=None,
                answer_type=answer_type,
                status="error",
                reason=f"step {index} ({step.op}) failed: {record.failed}",
                trace=trace,
            )
        outputs.append(result)
        if isinstance(result, list):
            record.objects = list(result)
        else:
            record.value = result
        trace.append(record)
    value = outputs[-1]
    return Answer(value=value, answer_type=answer_type, evidence=_evidence(program, outputs), trace=trace)
