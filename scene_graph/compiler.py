"""Programs validated and compiled once, run on many graphs.

:func:`compile_program` checks a :class:`~nsvr.scene_graph.program.Program` (the same checks as
:func:`~nsvr.scene_graph.program.validate_program`) and turns each step into a step function
(:mod:`nsvr.scene_graph.ops`). :meth:`CompiledProgram.run` executes it on a graph through the graph's cached
index (:mod:`nsvr.scene_graph.index`): the per-question cost is the steps themselves, not rebuilding lookups.
:func:`compile_steps` does the same from plain ``(op, inputs, arguments)`` triples, which lets importers compile
dataset programs without building pydantic steps first (``nsvr.scene_graph.clevr.compile_clevr``); the
:class:`Program` is then built only if someone asks for it (``CompiledProgram.program``, the trace).
``compile_clevr`` goes one step further for well-formed released programs: it checks and converts the JSON in one
pass and hands :meth:`CompiledProgram.checked` the step functions directly, made once per CLEVR function and value
(:func:`nsvr.scene_graph.ops.step_function`); a compiled program's ``steps`` are then derived on request.

>>> from nsvr.scene_graph.models import Attribute, Object, SceneGraph
>>> from nsvr.scene_graph.program import Count, Filter, Program, Scene
>>> compiled = compile_program(Program(steps=[Scene(), Filter(inputs=[0], attribute="color", value="red"),
...                                           Count(inputs=[1])]))
>>> graphs = [SceneGraph(width=9, height=9, objects=[Object(id=str(k), name="cube",
...           attributes={"color": Attribute(value=c)}) for k, c in enumerate(colors)])
...           for colors in (["red", "blue"], ["red", "red", "green"])]
>>> [(a.value, a.evidence) for a in (compiled.run(g) for g in graphs)]
[(1, ['0']), (2, ['0', '1'])]
>>> compile_steps([("scene", (), {}), ("count", (0,), {})]).run(graphs[1]).value
3
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

from nsvr.scene_graph import program as P
from nsvr.scene_graph.answer import Answer, StepTrace
from nsvr.scene_graph.index import GraphIndex, graph_index
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.names import DEBATABLE_HYPONYMS, plural, singular
from nsvr.scene_graph.ops import (
    OPERATIONS,
    Ambiguous,
    NoObject,
    NothingToRelate,
    StepFailure,
    StepFunction,
    Undecided,
    relates_a_set,
)


class _NotMeant(Exception):
    """An object tried as the one "the X" means for which a later step found nothing."""


TIED_COST = 1e-6
"""Revisions of the graph whose costs differ by less than this are as likely: if they answer differently, neither
answer is given."""
RESOLVE_LIMIT = 8
"""Objects a resolving ``unique`` tries one by one; more fit, and which one is meant decides (unknown)."""
StepSpec = tuple[str, Sequence[int], Mapping[str, Any]]
"""One step as plain data: ``(op, inputs, arguments)``, arguments named as the step's fields."""
Call = tuple[StepFunction, Sequence[int], Mapping[str, Any], str]
"""One compiled step: ``(step function, inputs, arguments, op)``."""

_OBJECT_TYPES = frozenset({"objects", "object"})


class CompiledProgram:
    """A validated program turned into step functions; run it on any number of graphs.

    ``problems`` lists what is wrong with the program (empty when valid); ``types`` the output type of each step;
    ``answer_type`` the last one's. ``run(graph)`` gives the :class:`Answer`, as
    :func:`nsvr.scene_graph.executor.execute` does."""

    __slots__ = (
        "_answers_objects",
        "_calls",
        "_evidence_steps",
        "_names_debated",
        "_program",
        "_steps",
        "answer_type",
        "problems",
        "types",
    )

    def __init__(self, steps: Sequence[StepSpec], program: P.Program | None = None) -> None:
        if not steps:
            raise ValueError("a program needs at least one step")
        self._steps = steps
        self._program = program
        types: list[str] = []
        problems: list[str] = []
        index = 0
        for op, inputs, arguments in steps:
            known = SIGNATURES.get(op)
            if known is None:
                raise ValueError(f"step {index}: unknown operation {op!r}")
            arities, accepted, output = known
            if len(inputs) == 1 and accepted is not None:  # the common case, checked inline
                ref = inputs[0]
                fits = 1 in arities and type(ref) is int and 0 <= ref < index and types[ref] in accepted[0]
            else:
                fits = op != "equal" and len(inputs) in arities and _inputs_fit(index, inputs, types, accepted)
            if not fits:
                problems += P.step_problems(index, op, inputs, types)
            if op in {"query", "odd_one_out", "values_seen"}:
                output = P.step_output(op, arguments)
            types.append(output)
            index += 1
        self._calls = None
        self._names_debated: tuple[tuple[str, str], ...] | None = None
        self.types: list[str] = types
        self.answer_type = types[-1]
        self._answers_objects = self.answer_type in _OBJECT_TYPES
        self.problems: list[str] = problems
        self._evidence_steps = _evidence_steps(steps, types)

    @classmethod
    def checked(cls, calls: list[Call], types: list[str]) -> CompiledProgram:
        """A program an importer has already checked by this class's rules (every input an earlier step of a type
        :data:`SIGNATURES` accepts, no problems), as ``(step function, inputs, arguments, op)`` calls (the step
        function is ``OPERATIONS[op]`` or :func:`~nsvr.scene_graph.ops.step_function`'s for those arguments) and
        ``types``, the output type of each step: built without checking again
        (``nsvr.scene_graph.clevr.compile_clevr`` checks released CLEVR programs while converting them)."""
        compiled = _new(cls)
        compiled._calls = calls
        compiled._steps = None
        compiled._program = None
        compiled._names_debated = None
        compiled.types = types
        compiled.answer_type = answer_type = types[-1]
        compiled.problems = []
        compiled._answers_objects = answer_type in _OBJECT_TYPES
        compiled._evidence_steps = _checked_evidence_steps(calls, types)
        return compiled

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its steps (step functions made for one step's arguments are closures)."""
        return (CompiledProgram, (list(self.steps), self._program))

    @property
    def steps(self) -> Sequence[StepSpec]:
        """The steps as ``(op, inputs, arguments)``."""
        if self._steps is None:
            self._steps = [(op, inputs, arguments) for _, inputs, arguments, op in self._calls]
        return self._steps

    @property
    def program(self) -> P.Program:
        """The program as data (built from the steps on first use when compiled from plain steps)."""
        if self._program is None:
            self._program = P.Program(
                steps=[{"op": op, "inputs": list(inputs), **dict(arguments)} for op, inputs, arguments in self.steps]
            )
        return self._program

    def run(self, graph: SceneGraph, *, validate: bool = True, revise: bool = True) -> Answer:
        """The answer on ``graph``; see :func:`nsvr.scene_graph.executor.execute` for ``validate`` and
        ``revise``."""
        if validate and self.problems:
            return Answer(value=None, answer_type=self.answer_type, status="error", reason="; ".join(self.problems))
        index = graph_index(graph)
        answer = self._execute(index)
        if (
            answer.status == "ok"
            and index.holds_debated_kind()
            and self._debatable_names()
            and (debatable := self._debatable(index))
        ):
            answer = self._either_reading(graph, answer, debatable)
            if answer.status == "unknown":  # both readings answered: a revision of the graph settles neither
                return answer
        if answer.status == "ok" and self._filters_by_side() and not index.in_grid():
            answer = self._either_side(graph, answer)
            if answer.status == "unknown":
                return answer
        if answer.status != "unknown" or not revise:
            return answer
        from nsvr.scene_graph.revision import candidate_revisions, revised, revision_sets

        if index.revisions is None:
            index.revisions = candidate_revisions(graph)
        found: tuple[Answer, tuple, float] | None = None
        for revisions in revision_sets(index.revisions):
            cost = sum(r.cost for r in revisions)
            if found is not None and cost > found[2] + TIED_COST:
                break
            retried = self._execute(graph_index(revised(graph, revisions)))
            if retried.status != "ok":
                continue
            if found is None:
                found = (retried, revisions, cost)
            elif retried.value != found[0].value:  # two as likely readings, two answers: neither is given
                either = "; ".join(r.describe() for r in (*found[1], *revisions))
                return answer.model_copy(update={"reason": f"{answer.reason}; as likely readings disagree ({either})"})
        if found is not None:
            retried, revisions, _ = found
            assumed = "; ".join(r.describe() for r in revisions)
            return retried.model_copy(
                update={"revisions": list(revisions), "reason": f"{answer.reason}; answered assuming {assumed}"}
            )
        return answer

    def _filters_by_side(self) -> bool:
        """Whether a step picks things by the left or right side of the picture ("the shapes on the left"), which
        some read as its third and others as its half."""
        steps = self._steps if self._steps is not None else [(op, i, a) for _, i, a, op in self._calls or ()]
        return any(
            op == "filter" and arguments.get("attribute") in _THIRD_AXES and arguments.get("value") in _SIDE_WORDS
            for op, _, arguments in steps
        )

    def _either_side(self, graph: SceneGraph, answer: Answer) -> Answer:
        """``answer`` (sides read as thirds), or unknown with both answers where sides reaching a little into the
        middle third answer otherwise ("how many shapes are on the left side" of two just inside it: 0 or 2)."""
        other = self._execute(GraphIndex(graph, wide_sides=True))
        if other.status != "ok" or other.value == answer.value:
            return answer
        reason = f"{answer.text} if a side is its third of the picture, {other.text} if it reaches a little further in"
        return answer.model_copy(update={"status": "unknown", "reason": reason})

    def _debatable_names(self) -> tuple[tuple[str, str], ...]:
        """(name, kind) for each name the program selects that has a debatable kind (once per program)."""
        names = self._names_debated
        if names is None:
            # read from whichever form the program holds: materialising the steps of an imported CLEVR program
            # for this check cost a quarter of its compile-and-run time
            specs = self._steps or [(op, arguments) for _, _, arguments, op in self._calls]
            names = tuple(
                (name, kind)
                for op, *_, arguments in specs
                if op == "select" and isinstance(name := arguments.get("name"), str)
                for kind in sorted(DEBATABLE_HYPONYMS.get(singular(name), ()))
            )
            self._names_debated = names
        return names

    def _debatable(self, ix: GraphIndex) -> list[tuple[str, str]]:
        """The debatable (name, kind) pairs of the program whose kind the graph holds ("rectangles" in a drawing
        with squares)."""
        return [(name, kind) for name, kind in self._debatable_names() if ix.name_mask(kind) & ix.name_mask(name)]

    def _either_reading(self, graph: SceneGraph, answer: Answer, debatable: list[tuple[str, str]]) -> Answer:
        """``answer``, or unknown with both answers where leaving the debatable kinds out (squares from the
        rectangles) answers otherwise."""
        other = self._execute(GraphIndex(graph, narrow=True))
        if other.status != "ok" or other.value == answer.value:
            return answer
        name, kind = debatable[0]
        return answer.model_copy(
            update={
                "status": "unknown",
                "reason": f"{answer.text} if {plural(kind)} count as {plural(name)}, {other.text} if not",
            }
        )

    def _execute(self, ix: GraphIndex, outputs: list[Any] | None = None, *, branch: bool = False) -> Answer:
        """Run the steps after ``outputs`` (from the start: none). ``branch``: one object tried as the one a
        resolving ``unique`` means; a step then finding no object raises :class:`_NotMeant`."""
        outputs = [] if outputs is None else outputs
        append = outputs.append
        calls = self._calls
        start = len(outputs)
        try:
            if calls is None:  # compiled from steps: each op's step function
                operations = OPERATIONS
                for op, inputs, arguments in self._steps[start:] if start else self._steps:
                    append(operations[op](ix, outputs, inputs, arguments))
            else:
                for run, inputs, arguments, _ in calls[start:] if start else calls:
                    append(run(ix, outputs, inputs, arguments))
        except Ambiguous as ambiguous:
            return self._resolve(ix, outputs, ambiguous.mask, branch=branch)
        except StepFailure as failure:
            if isinstance(failure, NothingToRelate) and self._relates_a_set(len(outputs)):
                append(False if self.types[len(outputs)] == "bool" else 0)  # related to none of none
                return self._execute(ix, outputs, branch=branch)
            if branch and isinstance(failure, NoObject):
                raise _NotMeant from failure
            if not isinstance(failure, NoObject) and self._joined_only(len(outputs)):
                # "top and right": one side that is false decides alone
                append(Undecided(str(failure)))
                return self._execute(ix, outputs, branch=branch)
            return self._stopped(ix, outputs, "unknown", str(failure))
        except Exception as error:  # a bug or a malformed graph must not escape as a traceback
            return self._stopped(ix, outputs, "error", f"{type(error).__name__}: {error}")
        return _answer(
            ix.ids_of(outputs[-1]) if self._answers_objects else outputs[-1],
            self.answer_type,
            _found(ix, outputs, self._evidence_steps),
            partial(self._trace, ix, outputs, None),  # no closure: no cells here
        )

    def _joined_only(self, index: int) -> bool:
        """Whether step ``index`` checks what the perception is unsure of (a value, a relation) and only ``and`` /
        ``or`` steps use its answer."""
        if self.steps[index][0] not in {"verify", "verify_relation"}:
            return False
        users = [op for op, inputs, _ in self.steps[index + 1 :] if index in inputs]
        return bool(users) and all(op in {"and", "or"} for op in users)

    def _relates_a_set(self, index: int) -> bool:
        """Whether step ``index`` relates from a set named indefinitely ("a sphere", "any cubes"), not from
        "the X" (a ``unique``), whose absence leaves the question without its subject."""
        inputs = self.steps[index][1]
        return bool(inputs) and relates_a_set(self.steps[inputs[0]][0])

    def _resolve(self, ix: GraphIndex, outputs: list[Any], mask: int, *, branch: bool) -> Answer:
        """Several objects fit "the X" (a resolving ``unique``): each is tried as the one meant. One for which
        a later step finds nothing is not meant ("the dog the woman holds": a woman holding none); of the others,
        one answer shared by all stands. Answers that differ, or an object for which the question stops for
        another reason (two dogs where one was expected), make it unknown: which one is meant decides."""
        positions = ix.positions(mask)
        if len(positions) > RESOLVE_LIMIT:
            return self._stopped(ix, outputs, "unknown", f"{len(positions)} objects fit: which one is meant decides")
        tried: list[tuple[int, Answer]] = []
        for position in positions:
            try:
                tried.append((position, self._execute(ix, [*outputs, 1 << position], branch=True)))
            except _NotMeant:
                continue
        if not tried:
            if branch:
                raise _NotMeant
            return self._stopped(ix, outputs, "unknown", f"none of the {len(positions)} objects that fit makes sense")
        if len(tried) == 1 or (all(a.status == "ok" for _, a in tried) and len({a.text for _, a in tried}) == 1):
            return tried[0][1]
        said = ", ".join(f"{a.text if a.status == 'ok' else 'unknown'} if object {ix.ids[p]}" for p, a in tried)
        return self._stopped(
            ix, outputs, "unknown", f"{len(tried)} objects fit and the answer depends on which is meant: {said}"
        )

    def _stopped(self, ix: GraphIndex, outputs: list[Any], status: str, why: str) -> Answer:
        index = len(outputs)
        op, inputs, _ = self.steps[index]
        first = inputs[0] if inputs and 0 <= inputs[0] < index else None
        evidence = ix.ids_of(outputs[first]) if first is not None and self.types[first] in _OBJECT_TYPES else []
        reason = f"step {index} ({op}): {why}" if status == "unknown" else f"step {index} ({op}) failed: {why}"
        answer = Answer(
            value=None,
            answer_type=self.answer_type,
            status=status,  # type: ignore[arg-type]
            reason=reason,
            evidence=evidence if status == "unknown" else [],
        )
        return answer.with_trace(lambda: self._trace(ix, outputs, why))

    def _trace(self, ix: GraphIndex, outputs: list[Any], failed: str | None) -> list[StepTrace]:
        steps = self.program.steps
        records = []
        for index, output in enumerate(outputs):
            is_set = self.types[index] in _OBJECT_TYPES
            undecided = isinstance(output, Undecided)
            records.append(
                StepTrace(
                    index=index,
                    op=steps[index].op,
                    arguments=steps[index].arguments(),
                    inputs=list(steps[index].inputs),
                    objects=ix.ids_of(output) if is_set else None,
                    value=None if is_set or undecided else output,
                    failed=output.reason if undecided else None,
                )
            )
        if failed is not None:
            step = steps[len(outputs)]
            records.append(
                StepTrace(
                    index=len(outputs), op=step.op, arguments=step.arguments(), inputs=list(step.inputs), failed=failed
                )
            )
        return records


def answer_checked(calls: list[Call], types: list[str], ix: GraphIndex, outputs: list[Any]) -> Answer | None:
    """The answer of a checked program (:meth:`CompiledProgram.checked`'s ``calls`` and ``types``) whose steps
    have all run on ``ix`` without stopping, giving ``outputs``: what :meth:`CompiledProgram.run` answers, the
    program compiled only if its trace is asked for. None when the graph holds a kind whose membership people
    debate (``run`` then tries both readings)."""
    if ix.holds_debated_kind():
        return None
    answer_type = types[-1]
    objects = answer_type in _OBJECT_TYPES
    return _answer(
        ix.ids_of(outputs[-1]) if objects else outputs[-1],
        answer_type,
        _found(ix, outputs, _checked_evidence_steps(calls, types)),
        partial(_checked_trace, calls, types, ix, outputs),
    )


def _checked_trace(calls: list[Call], types: list[str], ix: GraphIndex, outputs: list[Any]) -> list[StepTrace]:
    return CompiledProgram.checked(calls, types)._trace(ix, outputs, None)


def _checked_evidence_steps(calls: list[Call], types: list[str]) -> tuple[int, ...]:
    """:func:`_evidence_steps` of a checked program, the common case (count, exist, query ... of one set) inline."""
    last = len(calls) - 1
    if types[last] in _OBJECT_TYPES:
        return (last,)
    inputs = calls[last][1]
    if len(inputs) == 1 and types[inputs[0]] in _OBJECT_TYPES:
        return (inputs[0],)
    if len(inputs) == 2 and calls[last][3] != "query":  # a comparison of two values, each of one set
        first, second = calls[inputs[0]][1], calls[inputs[1]][1]
        if len(first) == len(second) == 1 and types[first[0]] in _OBJECT_TYPES and types[second[0]] in _OBJECT_TYPES:
            if types[inputs[0]] not in _OBJECT_TYPES and types[inputs[1]] not in _OBJECT_TYPES:
                return (first[0],) if first[0] == second[0] else (first[0], second[0])
    return _evidence_steps(calls, types, 3)


def _found(ix: GraphIndex, outputs: list[Any], steps: tuple[int, ...]) -> list[str]:
    """The ids of the objects in the outputs of ``steps`` (the evidence steps), each once, in that order."""
    if len(steps) == 1:
        mask = outputs[steps[0]]
        if mask.bit_count() > 16 and ix.n > 64:
            return ix.ids_of(mask)
        ids = ix.ids  # ix.ids_of(mask), inlined: most answers rest on a few objects
        found = []
        while mask:
            low = mask & -mask
            found.append(ids[low.bit_length() - 1])
            mask ^= low
        return found
    found = []
    seen = 0
    for index in steps:
        found += ix.ids_of(outputs[index] & ~seen)
        seen |= outputs[index]
    return found


_new, _setattr = object.__new__, object.__setattr__
_ANSWER_TYPES = frozenset({bool, int, str, list})


def _answer(value: Any, answer_type: str, evidence: list[str], trace: Any = None) -> Answer:
    """``Answer(value=value, answer_type=answer_type, evidence=evidence)`` for values the steps made (ints,
    bools, strings, lists of ids: nothing for pydantic to convert), set as pydantic's ``model_construct`` sets
    them (which is slower than validating here); any other value is validated. ``trace``: the source of its
    trace (:meth:`Answer.with_trace`)."""
    if type(value) not in _ANSWER_TYPES or not _CONSTRUCT:
        answer = Answer(value=value, answer_type=answer_type, evidence=evidence)
    else:
        answer = _new(Answer)
        fields = _OK_FIELDS.copy()  # a copy of a template: faster than writing the dict out
        fields["value"] = value
        fields["answer_type"] = answer_type
        fields["evidence"] = evidence
        fields["revisions"] = []
        _setattr(answer, "__dict__", fields)
        _setattr(answer, "__pydantic_fields_set__", _FIELDS_SET.copy())
        _setattr(answer, "__pydantic_extra__", None)
        _setattr(answer, "__pydantic_private__", None)
    if trace is not None:
        _setattr(answer, "_trace_source", trace)
    return answer


_OK_FIELDS = {
    "value": None,
    "answer_type": "",
    "status": "ok",
    "reason": None,
    "evidence": None,
    "revisions": None,
    "given_trace": None,
}
_FIELDS_SET = {"value", "answer_type", "evidence"}  # copied: pydantic adds to an answer's own set


def _constructs_as_validated() -> bool:
    """Whether :func:`_answer` builds what validation builds with the installed pydantic (else it validates)."""
    global _CONSTRUCT
    _CONSTRUCT = True
    try:
        for value in (2, True, "red", ["1", "2"]):
            made, validated = _answer(value, "value", ["1"]), Answer(value=value, answer_type="value", evidence=["1"])
            same = made.__dict__ == validated.__dict__ and made.model_fields_set == validated.model_fields_set
            if not same or made != validated or repr(made) != repr(validated):
                _CONSTRUCT = False
    except Exception:  # noqa: BLE001 - another pydantic: validate every answer
        _CONSTRUCT = False
    return _CONSTRUCT


_CONSTRUCT = False
_constructs_as_validated()


def _accepted(expected: tuple[str, ...]) -> tuple[frozenset[str], ...] | None:
    if expected is P.SIGNATURES["equal"][1]:  # any value type
        return None
    return tuple(frozenset({"objects", "object"}) if e == "objects" else frozenset({e}) for e in expected)


SIGNATURES = {op: (arities, _accepted(expected), output) for op, (arities, expected, output) in P.SIGNATURES.items()}
"""op -> (allowed arities, accepted types per input or None for any, output type)."""


def _inputs_fit(
    index: int, inputs: Sequence[int], types: list[str], accepted: tuple[frozenset[str], ...] | None
) -> bool:
    """The fast check: every input names an earlier step of an accepted type."""
    if accepted is None:
        return all(type(ref) is int and 0 <= ref < index for ref in inputs)
    if len(inputs) == 1:
        ref = inputs[0]
        return type(ref) is int and 0 <= ref < index and types[ref] in accepted[0]
    for ref, allowed in zip(inputs, accepted, strict=False):
        if type(ref) is not int or not 0 <= ref < index or types[ref] not in allowed:
            return False
    return True


def _evidence_steps(steps: Sequence[tuple[Any, ...]], types: Sequence[str], op_at: int = 0) -> tuple[int, ...]:
    """The steps whose objects are the evidence: the last step's nearest object-typed ancestors, nearest first.
    ``steps``: tuples with the inputs second and the op at ``op_at``."""
    last = len(steps) - 1
    if types[last] in _OBJECT_TYPES:
        return (last,)
    inputs = steps[last][1]
    if len(inputs) == 2 and steps[last][op_at] == "query":  # the set it was picked from is no evidence
        inputs = inputs[:1]
    if len(inputs) == 1 and type(inputs[0]) is int and 0 <= inputs[0] < last and types[inputs[0]] in _OBJECT_TYPES:
        return (inputs[0],)  # count, exist, query ... of one set: the common case, without the walk
    found: list[int] = []
    frontier = [len(steps) - 1]
    seen: set[int] = set()
    for index in frontier:  # the list grows as the walk goes
        if index in seen:
            continue
        seen.add(index)
        if types[index] in _OBJECT_TYPES:
            found.append(index)
        else:
            frontier.extend(i for i in steps[index][1] if type(i) is int and 0 <= i < index)
    return tuple(found)


def compile_program(program: P.Program) -> CompiledProgram:
    """``program`` validated and compiled (``problems`` holds what is wrong with it)."""
    return CompiledProgram([(step.op, step.inputs, step.__dict__) for step in program.steps], program)


def compile_steps(steps: Sequence[StepSpec]) -> CompiledProgram:
    """A program given as ``(op, inputs, arguments)`` triples, validated and compiled."""
    return CompiledProgram(steps)


_THIRD_AXES = frozenset({"hposition"})
_SIDE_WORDS = frozenset({"left", "right"})
"""The sides read as thirds or halves: left and right ("the top row" is a row, never a half)."""
