"""CLEVR v1.0 data: scenes become :class:`SceneGraph`, released programs become :class:`Program`.

The CLEVR convention is kept exactly: ``relationships["left"][i]`` lists the objects j that are left of object i,
which reads ``Relation(subject=j, predicate="left", object=i)``. A scene with ``3d_coords`` declares CLEVR's rule
as its geometry (``Geometry(clevr=DirectionRelations(directions, eps=0.2))``, the scene's own directions) and its
relations are computed when a question asks, exactly as the renderer computed ``relationships``; a scene without
coordinates keeps its ``relationships`` as stored rows.

>>> scene = {"objects": [{"color": "red", "shape": "cube", "material": "metal", "size": "large",
...                       "3d_coords": [0, 0, 0.7]}], "relationships": {"left": [[]]}}
>>> graph = scene_from_clevr(scene)
>>> graph.objects[0].attribute("color"), graph.objects[0].name
('red', 'cube')
>>> program_from_clevr([{"function": "scene", "inputs": [], "value_inputs": []},
...                     {"function": "count", "inputs": [0], "value_inputs": []}]).pretty()
'0 scene()\\n1 count[0]()'
>>> compile_clevr([{"function": "scene", "inputs": [], "value_inputs": []},
...                {"function": "count", "inputs": [0], "value_inputs": []}]).run(graph).value
1
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from nsvr.scene_graph import program as P
from nsvr.scene_graph.errors import NsvrError
from nsvr.scene_graph.geometry import CLEVR_DIRECTIONS, CLEVR_EPS, DirectionRelations, Geometry
from nsvr.scene_graph.models import RLE, Attribute, Object, Relation, SceneGraph

if TYPE_CHECKING:
    from nsvr.scene_graph.answer import Answer
    from nsvr.scene_graph.compiler import CompiledProgram, StepSpec
    from nsvr.scene_graph.index import GraphIndex

CLEVR_ATTRIBUTES = ("color", "shape", "material", "size")
CLEVR_RELATIONS = ("left", "right", "front", "behind")
CLEVR_WIDTH, CLEVR_HEIGHT = 480, 320
CLEVR_VALUES: dict[str, tuple[str, ...]] = {
    "color": ("gray", "red", "blue", "green", "brown", "purple", "cyan", "yellow"),
    "shape": ("cube", "sphere", "cylinder"),
    "material": ("rubber", "metal"),
    "size": ("small", "large"),
    "relation": ("left", "right", "behind", "front"),
}
"""The released CLEVR v1.0 vocabulary (the generator's metadata.json): attribute -> values, and the relations."""


class ClevrFormatError(NsvrError, ValueError):
    """A CLEVR scene or program that does not follow the released v1.0 format."""


def scene_from_clevr(scene: Mapping[str, Any], width: int = CLEVR_WIDTH, height: int = CLEVR_HEIGHT) -> SceneGraph:
    """A released CLEVR scene (or one estimated from pixels in the same layout) as a scene graph.

    Optional per-object fields: ``bbox`` [x, y, w, h], ``mask`` (COCO RLE), ``score``, ``<attribute>_score`` and
    ``<attribute>_alternatives`` (runner-up value -> probability, from perception); optional scene fields
    ``candidates`` (objects below the detector's ``detection_threshold``, numbered after the objects).
    Relations come from ``relationships`` when present, else from ``3d_coords`` and ``directions`` (CLEVR's
    default camera when absent) with CLEVR's rule."""
    raw_objects = scene.get("objects")
    if not isinstance(raw_objects, list):
        raise ClevrFormatError(f"scene {scene.get('image_filename', '?')}: 'objects' must be a list")
    raw_candidates = scene.get("candidates") or []
    objects = [_object_from_clevr(index, raw) for index, raw in enumerate(raw_objects)]
    candidates = [_object_from_clevr(len(objects) + k, raw) for k, raw in enumerate(raw_candidates)]
    relationships = scene.get("relationships")
    relations: list[Relation] = []
    geometry = None
    if all(o.position_3d is not None for o in objects + candidates):
        geometry = clevr_geometry(scene.get("directions"))
    elif relationships:
        relations = _relations_from_clevr(relationships, len(objects))
    else:
        raise ClevrFormatError("scene without 'relationships' needs '3d_coords' on every object")
    keys = ("image_filename", "image_index", "split", "directions", "detection_threshold")
    metadata = {k: scene[k] for k in keys if k in scene}
    return SceneGraph(
        width=width,
        height=height,
        objects=objects,
        relations=relations,
        metadata=metadata,
        candidates=candidates,
        geometry=geometry,
        vocabulary=clevr_vocabulary(o.name for o in [*objects, *candidates]),
        attribute_values=clevr_attribute_values([*objects, *candidates]),
    )


def clevr_attribute_values(objects: Iterable[Object] = ()) -> dict[str, list[str]]:
    """The values CLEVR's four attributes take (v1.0's, and any other the scene holds)."""
    values = {a: set(CLEVR_VALUES[a]) for a in CLEVR_ATTRIBUTES}
    for obj in objects:
        for attribute, found in obj.attributes.items():
            if attribute in values:
                values[attribute].add(found.value)
    return {a: sorted(v) for a, v in values.items()}


def clevr_vocabulary(names: Iterable[str] = ()) -> list[str]:
    """What a CLEVR scene can hold: its three shapes (and any other a scene names). A question about anything
    else ("tubes", "the rearmost") is answered "unknown", not "0" or "no".

    >>> clevr_vocabulary(["cone"])
    ['cone', 'cube', 'cylinder', 'sphere']
    """
    return sorted({*CLEVR_VALUES["shape"], *names})


def clevr_geometry(directions: Mapping[str, Sequence[float]] | None = None, eps: float = CLEVR_EPS) -> Geometry:
    """CLEVR's relation rule with a scene's ``directions`` (CLEVR's default camera when None); only the four
    relations CLEVR defines (left, right, front, behind), as in its ``relationships``."""
    given = directions or CLEVR_DIRECTIONS
    try:
        chosen = {p: tuple(float(v) for v in given[p]) for p in CLEVR_RELATIONS}
    except (KeyError, TypeError, ValueError) as error:
        raise ClevrFormatError(f"scene 'directions' needs 3-vectors for {', '.join(CLEVR_RELATIONS)}") from error
    if any(len(v) != 3 for v in chosen.values()):
        raise ClevrFormatError(f"scene 'directions' needs 3-vectors for {', '.join(CLEVR_RELATIONS)}")
    return Geometry(clevr=DirectionRelations(directions=chosen, eps=eps))


@lru_cache(maxsize=4096)
def _attribute(value: str, confidence: float) -> Attribute:
    """Attributes are frozen: one instance per (value, confidence) serves every object."""
    return Attribute(value=value, confidence=confidence)


def _object_from_clevr(index: int, raw: Mapping[str, Any]) -> Object:
    missing = [a for a in CLEVR_ATTRIBUTES if a not in raw]
    if missing:
        raise ClevrFormatError(f"object {index} lacks {', '.join(missing)}")
    box = None
    if raw.get("bbox") is not None:
        x, y, w, h = raw["bbox"]
        box = (float(x), float(y), float(x + w), float(y + h))
    mask = raw.get("mask")
    score = float(raw.get("score", 1.0))
    return Object(
        id=str(index),
        name=str(raw["shape"]),
        score=score,
        box=box,
        mask=RLE(size=tuple(mask["size"]), counts=mask["counts"]) if isinstance(mask, Mapping) else None,
        attributes={a: _clevr_attribute(raw, a, score) for a in CLEVR_ATTRIBUTES},
        position_3d=tuple(raw["3d_coords"]) if raw.get("3d_coords") is not None else None,
        source="clevr",
    )


def _clevr_attribute(raw: Mapping[str, Any], attribute: str, score: float) -> Attribute:
    confidence = float(raw.get(f"{attribute}_score", score))
    alternatives = raw.get(f"{attribute}_alternatives")
    if not alternatives:
        return _attribute(str(raw[attribute]), confidence)
    return Attribute(
        value=str(raw[attribute]),
        confidence=confidence,
        alternatives={str(k): float(v) for k, v in alternatives.items()},
    )


def _relations_from_clevr(relationships: Mapping[str, Sequence[Sequence[int]]], count: int) -> list[Relation]:
    relations = []
    for predicate, per_object in relationships.items():
        if len(per_object) != count:
            raise ClevrFormatError(f"relationships[{predicate!r}] has {len(per_object)} lists for {count} objects")
        for i, related in enumerate(per_object):
            relations.extend(Relation(subject=str(j), predicate=predicate, object=str(i)) for j in related)
    return relations


def clevr_relationships(graph: SceneGraph) -> dict[str, list[list[int]]]:
    """The CLEVR ``relationships`` block of a graph (stored and computed relations; the inverse of the
    importer), by object position."""
    index = {o.id: k for k, o in enumerate(graph.objects)}
    out: dict[str, list[list[int]]] = {p: [[] for _ in graph.objects] for p in CLEVR_RELATIONS}
    for rel in graph.all_relations():
        if rel.predicate in out:
            out[rel.predicate][index[rel.object]].append(index[rel.subject])
    for lists in out.values():
        for related in lists:
            related.sort()
    return out


_SIMPLE = {
    "scene": "scene",
    "unique": "unique",
    "union": "union",
    "intersect": "intersect",
    "count": "count",
    "exist": "exist",
    "less_than": "less_than",
    "greater_than": "greater_than",
}
_PREFIXES = (("filter_", "filter", "value"), ("query_", "query", None), ("same_", "same_attribute", None))


_FUNCTIONS: dict[str, tuple[str, dict[str, str], str | None]] = {}
"""The CLEVR function table, filled on first sight of each function by :func:`_clevr_function`: function ->
(nsvr op, fixed arguments, the argument its one value input fills). Both the pydantic path
(:func:`program_from_clevr`) and the compiled path (:func:`compile_clevr`) read it."""


def _clevr_function(function: str) -> tuple[str, dict[str, str], str | None]:
    """A CLEVR function as (nsvr op, fixed arguments, the argument its one value input fills)."""
    if function in _SIMPLE:
        return _SIMPLE[function], {}, None
    if function == "relate":
        return "relate", {"role": "subject"}, "predicate"
    if function.startswith("equal_"):
        return "equal", {}, None
    for prefix, op, takes in _PREFIXES:
        if function.startswith(prefix):
            return op, {"attribute": function[len(prefix) :]}, takes
    raise ClevrFormatError(f"unknown CLEVR function {function!r}")


def clevr_steps(steps: Sequence[Mapping[str, Any]]) -> list[StepSpec]:
    """A released CLEVR program (``function``/``inputs``/``value_inputs``, or the older ``type``/
    ``side_inputs`` spelling) as nsvr ``(op, inputs, arguments)`` steps; the step indices are kept. Steps
    without arguments share one empty mapping: treat arguments as read-only."""
    converted: list[StepSpec] = []
    known = _FUNCTIONS
    for index, raw in enumerate(steps):
        function = raw.get("function") or raw.get("type")
        entry = known.get(function)  # type: ignore[arg-type]
        if entry is None:
            if not isinstance(function, str):
                raise ClevrFormatError(f"program step {index} has no 'function'")
            entry = known[function] = _clevr_function(function)
        op, fixed, takes = entry
        if takes is None:
            converted.append((op, raw.get("inputs") or [], fixed))
            continue
        values = raw.get("value_inputs")
        if values is None:
            values = raw.get("side_inputs") or ()
        if len(values) != 1:
            raise ClevrFormatError(f"{function} takes one value input, got {list(values)}")
        value = values[0]
        converted.append((op, raw.get("inputs") or [], {**fixed, takes: value if type(value) is str else str(value)}))
    return converted


def program_from_clevr(steps: Sequence[Mapping[str, Any]]) -> P.Program:
    """A released CLEVR program as an nsvr :class:`~nsvr.scene_graph.program.Program`."""
    return P.Program(steps=[{"op": op, "inputs": inputs, **arguments} for op, inputs, arguments in clevr_steps(steps)])


def compile_clevr(steps: Sequence[Mapping[str, Any]]) -> CompiledProgram:
    """A released CLEVR program validated and compiled, without building pydantic steps (the program is
    built on demand: ``.program``).

    A program that passes every check compiles in one pass over its JSON (:func:`_compile_checked`); any other
    (an unknown function, a missing value input, an input that is not an earlier step of the right type) takes
    the step-by-step path, which raises or reports exactly what is wrong. Both read the one function table."""
    compiled = _compile_checked(steps)
    if compiled is None:
        from nsvr.scene_graph.compiler import CompiledProgram

        compiled = CompiledProgram(clevr_steps(steps))
    return compiled


_FastEntry = tuple[str, Any, "dict[str, tuple[Mapping[str, str], Any]] | None", Any, Any, Any, str]
_FAST: dict[str, _FastEntry] = {}
"""CLEVR function -> (op, its step function when it takes no value, value -> (arguments, step function) when it
takes one, whether it may take no input, the input types it accepts when it takes one, when it takes two (``None``:
that many is wrong), output type): the function table's entry with the op's signature
(:data:`nsvr.scene_graph.compiler.SIGNATURES`) beside it; the arguments and step function of each value are made
once and shared read-only by every step that has them."""
_VALUES_KEPT = 1024
"""Values remembered per function (beyond that, each step gets its own arguments)."""
_ANY_VALUE = "any"
_NONE: frozenset[str] = frozenset()
_checked: Any = None
_step_function: Any = None


def _learn(raw: Any) -> bool:
    """Add the fast entry of ``raw``'s function when it is a CLEVR function not seen yet; whether it was added."""
    global _checked, _step_function
    function = raw.get("function") if type(raw) is dict else None
    if type(function) is not str or function in _FAST:
        return False
    from nsvr.scene_graph.compiler import SIGNATURES, CompiledProgram
    from nsvr.scene_graph.ops import step_function

    _checked, _step_function = CompiledProgram.checked, step_function
    entry = _FUNCTIONS.get(function)
    if entry is None:
        try:
            entry = _FUNCTIONS[function] = _clevr_function(function)
        except ClevrFormatError:
            return False
    op, fixed, takes = entry
    arities, accepted, output = SIGNATURES[op]
    none = True if 0 in arities else None
    one = accepted[0] if accepted is not None and 1 in arities else _NONE
    two = (_ANY_VALUE if accepted is None else accepted) if 2 in arities else None
    if takes is None:
        _FAST[function] = (op, (step_function(op, fixed), fixed), None, none, one, two, output)
    else:
        _FAST[function] = (op, None, {}, none, one, two, output)
    return True


def _compile_checked(steps: Any) -> CompiledProgram | None:
    """``steps`` compiled in one pass when every step is well formed and fits (None otherwise: the caller takes
    the step-by-step path, which names the problem). Accepts exactly what that path accepts without problems;
    the released spelling only (``function``, ``inputs``, ``value_inputs``; the older ``type`` and ``side_inputs``
    take the other path)."""
    checked = _checked_pass(steps, None)
    return None if checked is None else _checked(checked[0], checked[1])


def _checked_pass(steps: Any, ix: GraphIndex | None) -> tuple[list[Any], list[str], list[Any]] | None:
    """The calls and output types of ``steps`` when every step is well formed and fits (None otherwise), each
    step run on ``ix`` as soon as it is checked when one is given (its outputs are then the list's third item;
    None also when a step stops or fails: the caller takes the path that says why)."""
    if type(steps) is not list or not steps:
        return None
    table = _FAST
    calls: list[Any] = []
    types: list[str] = []
    outputs: list[Any] = []
    append, typed, put = calls.append, types.append, outputs.append
    for raw in steps:
        try:
            op, fixed, by_value, none, one, two, output = table[raw["function"]]
            inputs = raw["inputs"]
            count = len(inputs)
            if count == 1:
                ref = inputs[0]  # an int naming an earlier step (types[ref] fails on any other)
                if ref < 0 or types[ref] not in one or type(ref) is not int:
                    return None
            elif count == 2:
                first, second = inputs
                if first < 0 or second < 0 or type(first) is not int or type(second) is not int or two is None:
                    return None
                if two is _ANY_VALUE:  # equal: two values of one kind (an object counts as a set of objects)
                    if P.value_kind(types[first]) != P.value_kind(types[second]):
                        return None
                elif types[first] not in two[0] or types[second] not in two[1]:
                    return None
            elif count or none is None:
                return None
            if by_value is None:
                run, arguments = fixed
            else:
                values = raw["value_inputs"]
                made = by_value.get(values[0]) if len(values) == 1 else None
                if made is None:
                    made = _arguments(raw, by_value)
                    if made is None:
                        return None
                arguments, run = made
        except (KeyError, TypeError, IndexError):
            return _checked_pass(steps, ix) if _learn(raw) else None
        append((run, inputs, arguments, op))
        typed(output)
        if ix is not None:
            try:
                put(run(ix, outputs, inputs, arguments))
            except Exception:  # stopped ("no such object", "which one?") or failed: the full path says why
                return None
    return calls, types, outputs


def run_clevr(steps: Sequence[Mapping[str, Any]], graph: SceneGraph) -> Answer:
    """``compile_clevr(steps).run(graph)`` for a program asked once: a well-formed released program is checked
    and run in the same pass over its JSON, and compiled only if its trace is asked for. Anything else (a
    malformed program, a step that stops, several objects fitting "the X", a graph with debatable kinds) is
    answered by ``compile_clevr(steps).run(graph)``, so the answer is always the same.

    >>> graph = scene_from_clevr({"objects": [{"color": c, "shape": "cube", "material": "rubber", "size": "small",
    ...                                        "3d_coords": [k, 0, 0.35]} for k, c in enumerate(["red", "red"])]})
    >>> answer = run_clevr([{"function": "scene", "inputs": [], "value_inputs": []},
    ...                     {"function": "filter_color", "inputs": [0], "value_inputs": ["red"]},
    ...                     {"function": "count", "inputs": [1], "value_inputs": []}], graph)
    >>> answer.value, answer.evidence, [step.op for step in answer.trace]
    (2, ['0', '1'], ['scene', 'filter', 'count'])
    """
    global _answer_checked, _graph_index
    if _graph_index is None:  # imported on first use, not per call: an import statement costs a microsecond
        from nsvr.scene_graph.compiler import answer_checked
        from nsvr.scene_graph.index import graph_index

        _answer_checked, _graph_index = answer_checked, graph_index
    ix = _graph_index(graph)
    done = _checked_pass(steps, ix)
    answer = None if done is None else _answer_checked(done[0], done[1], ix, done[2])
    return compile_clevr(steps).run(graph) if answer is None else answer


_answer_checked: Any = None
_graph_index: Any = None


def _arguments(raw: Mapping[str, Any], by_value: dict[str, tuple[Mapping[str, str], Any]]) -> Any:
    """The arguments and step function of a step whose one value input was not seen before (None when it has
    not exactly one string value input)."""
    values = raw.get("value_inputs")
    if type(values) is not list or len(values) != 1 or type(values[0]) is not str:
        return None
    value = values[0]
    op, fixed, takes = _FUNCTIONS[raw["function"]]
    arguments = {**fixed, takes: value}  # type: ignore[dict-item]
    made = (arguments, _step_function(op, arguments))
    if len(by_value) < _VALUES_KEPT:
        by_value[value] = made
    return made


def check_clevr_program(steps: Any, values: Mapping[str, Collection[str]] = CLEVR_VALUES) -> None:
    """Raise :class:`ClevrFormatError` naming the step when a released program is malformed: not a list of steps,
    an input that is not an earlier step, or an attribute, value or relation that ``values`` (attribute ->
    values, plus ``"relation"``) does not know. Such a program is an error in the data, not a question nsvr
    answers "unknown".

    >>> try:
    ...     check_clevr_program([{"function": "scene", "inputs": []},
    ...                          {"function": "filter_color", "inputs": [0], "value_inputs": ["magenta"]}])
    ... except ClevrFormatError as error:
    ...     print(error)
    program step 1 (filter_color): unknown color 'magenta'
    """
    if not isinstance(steps, list) or not steps:
        raise ClevrFormatError(f"'program' must be a non-empty list of steps, got {_kind(steps)}")
    attributes = {a for a in values if a != "relation"}
    for index, raw in enumerate(steps):
        if not isinstance(raw, Mapping):
            raise ClevrFormatError(f"program step {index} must be an object, got {_kind(raw)}")
        function = raw.get("function", raw.get("type"))
        where = f"program step {index} ({function})"
        if not isinstance(function, str):
            raise ClevrFormatError(f"program step {index} has no 'function'")
        inputs = raw.get("inputs", [])
        if not isinstance(inputs, list) or any(type(i) is not int or not 0 <= i < index for i in inputs):
            raise ClevrFormatError(f"{where}: inputs {inputs!r} must be earlier step numbers")
        given = raw.get("value_inputs", raw.get("side_inputs", [])) or []
        if not isinstance(given, list) or any(not isinstance(v, str | int) for v in given):
            raise ClevrFormatError(f"{where}: value_inputs {given!r} must be a list of values")
        prefix, _, attribute = function.partition("_")
        if prefix in {"filter", "query", "same"} and attribute not in attributes:
            raise ClevrFormatError(f"{where}: unknown attribute {attribute!r}")
        if prefix == "equal" and attribute not in attributes | {"integer"}:
            raise ClevrFormatError(f"{where}: unknown attribute {attribute!r}")
        known = values.get("relation", ()) if function == "relate" else values.get(attribute, ())
        if function == "relate" or prefix == "filter":
            what = "relation" if function == "relate" else attribute
            if len(given) != 1:
                raise ClevrFormatError(f"{where}: takes one value input, got {given!r}")
            if str(given[0]) not in known:
                raise ClevrFormatError(f"{where}: unknown {what} {str(given[0])!r}")


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def normalize_clevr_answer(answer: Any) -> str:
    """CLEVR answers as strings: booleans as yes/no, integers as digits.

    >>> normalize_clevr_answer(True), normalize_clevr_answer(3), normalize_clevr_answer("Red")
    ('yes', '3', 'red')
    """
    if isinstance(answer, bool):
        return "yes" if answer else "no"
    return str(answer).strip().lower()
