"""A minimal scene graph for one GQA question, built from its semantic program and its gold answer.

GQA ships programs that point at scene-graph object ids (``select: wall (16)``), so a question alone says a good
part of its scene: the objects it selects and relates, their names, the attributes its filters keep, the relations
it follows. :func:`synthesize_scene_graph` writes that down, choosing what the program leaves open (which conjunct
of a false "and" fails, the value of a negated verify) so that the gold answer holds: running the converted program
on the graph must give the gold answer. It tests the converter and the executor without GQA's scene graphs, and
gives other planners (the embedded parser) a scene to be compared on.

>>> record = {"answer": "couch", "semantic": [
...     {"operation": "select", "argument": "wall (16)", "dependencies": []},
...     {"operation": "filter color", "argument": "white", "dependencies": [0]},
...     {"operation": "relate", "argument": "furniture,in front of,s (17)", "dependencies": [1]},
...     {"operation": "query", "argument": "name", "dependencies": [2]}]}
>>> graph = synthesize_scene_graph(record)
>>> [(o.id, o.name, o.attribute("color")) for o in graph.objects]
[('16', 'wall', 'white'), ('17', 'couch', None)]
>>> [(r.subject, r.predicate, r.object) for r in graph.relations]
[('17', 'in front of', '16')]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nsvr.scene_graph.gqa import (
    ATTRIBUTE_CATEGORIES,
    COMMON_ATTRIBUTES,
    FACTS,
    GQA_ATTRIBUTES,
    OTHER,
    GqaFormatError,
    relation_answer,
    split_relation,
    split_target,
)
from nsvr.scene_graph.models import Attribute, Object, Relation, SceneGraph
from nsvr.scene_graph.names import name_matches

_PRONOUN_NAMES = {"she": "woman", "her": "woman", "he": "man", "him": "man", "they": "people"}
_SPARE_NAMES = (
    "man",
    "woman",
    "boy",
    "girl",
    "dog",
    "cat",
    "horse",
    "cow",
    "sheep",
    "elephant",
    "giraffe",
    "zebra",
    "bear",
    "bird",
    "car",
    "truck",
    "bus",
    "chair",
    "table",
    "couch",
    "bed",
    "shirt",
    "pants",
    "hat",
    "pizza",
    "cake",
    "banana",
    "apple",
    "broccoli",
    "carrot",
    "laptop",
    "phone",
    "cup",
    "box",
)
_BOOL_VERBS = {"exist", "verify", "and", "or", "not", "same", "different"}


class _Step:
    """One GQA step, parsed: verb ("filter"), category ("color"), argument, dependencies."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.verb, _, category = str(raw.get("operation", "")).strip().partition(" ")
        self.category = category.strip()
        self.argument = str(raw.get("argument") or "").strip()
        self.deps: list[int] = list(raw.get("dependencies") or [])


class _Builder:
    def __init__(self, steps: list[_Step], answer: str) -> None:
        self.steps, self.answer = steps, answer
        self.names: dict[str, list[str]] = {}  # object id -> names the program calls it
        self.forced: dict[str, str] = {}  # object id -> its name, from a "query name" answer
        self.attributes: dict[str, dict[str, str]] = {}
        self.relations: list[Relation] = []
        self.facts: dict[str, str] = {}
        self.truth: dict[int, bool] = {}  # boolean steps: the value they must have
        self.empty: set[int] = set()  # object steps that must find nothing
        self.ids: list[list[str] | None] = []  # object ids per step (None: the whole scene / a value)
        self.fresh = 0

    # --- requirements, from the answer back ------------------------------------------------------------
    def require(self) -> None:
        last = len(self.steps) - 1
        if self.steps[last].verb in _BOOL_VERBS and self.answer in {"yes", "no"}:
            self.truth[last] = self.answer == "yes"
        for index in range(last, -1, -1):
            step, truth = self.steps[index], self.truth.get(index)
            if truth is None:
                continue
            if step.verb in {"and", "or"}:  # and(T,T) / or(F,F) / and(F,F) / or(T,T): same value both sides
                self.truth.update({d: truth for d in step.deps})
            elif step.verb == "not":
                self.truth.update({d: not truth for d in step.deps})
            elif step.verb == "exist" and not truth:
                self.empty.update(step.deps)

    # --- objects -------------------------------------------------------------------------------------
    def new_id(self) -> str:
        self.fresh += 1
        return f"synthetic{self.fresh}"

    def mention(self, object_id: str, name: str | None) -> None:
        self.names.setdefault(object_id, [])
        self.attributes.setdefault(object_id, {})
        if name:
            self.names[object_id].append(_PRONOUN_NAMES.get(name.lower(), name))

    def set_attribute(self, ids: list[str], category: str | None, value: str) -> None:
        """Add ``value`` (a second value of a category goes under ``color_2``, as the importer files it)."""
        for category_key in [category] if category else list(ATTRIBUTE_CATEGORIES.get(value, (OTHER,))):
            for object_id in ids:
                attributes = self.attributes.setdefault(object_id, {})
                key, n = category_key, 2
                while attributes.get(key, value) != value:
                    key, n = f"{category_key}_{n}", n + 1
                attributes[key] = value

    def name_of(self, object_id: str) -> str:
        if object_id in self.forced:
            return self.forced[object_id]
        candidates = self.names.get(object_id) or ["object"]
        for name in candidates:  # the most specific: the one every other name covers
            if all(name_matches(other, name) for other in candidates):
                return name
        return candidates[0]

    def objects_of(self, index: int) -> list[str]:
        ids = self.ids[index]
        return list(self.names) if ids is None else ids

    # --- forward ---------------------------------------------------------------------------------------
    def build(self) -> None:
        for index, step in enumerate(self.steps):
            self.ids.append(self.objects_step(index, step))
        for index, step in enumerate(self.steps):
            self.value_step(index, step)

    def objects_step(self, index: int, step: _Step) -> list[str] | None:
        if step.verb == "select":
            name, ids = split_target(step.argument)
            if name in {"scene", "_", ""}:
                return None
            ids = [] if index in self.empty else ids
            for object_id in ids:
                self.mention(object_id, name)
            return ids
        if step.verb == "relate":
            name, predicates, role, ids = split_relation(step.argument)
            sources = self.objects_of(step.deps[0])
            if index in self.empty or not sources:
                return []
            ids = [i for i in ids if i not in sources]
            for object_id in ids:
                self.mention(object_id, name)
                self.relate(object_id, predicates[0], role, sources[0])
            return ids
        if step.verb == "filter":
            return self.objects_of(step.deps[0])
        return None

    def relate(self, target: str, predicate: str, role: str, source: str) -> None:
        subject, obj = (target, source) if role == "subject" else (source, target)
        self.relations.append(Relation(subject=subject, predicate=predicate, object=obj))

    def value_step(self, index: int, step: _Step) -> None:  # noqa: C901 - one branch per GQA verb
        category = step.category or None
        inputs = [self.ids[d] for d in step.deps]
        on_scene = bool(inputs) and inputs[0] is None
        ids = self.objects_of(step.deps[0]) if step.deps else []
        truth = self.truth.get(index, True)
        if step.verb == "filter":
            value, negated = _negation(step.argument)
            if negated == (index in self.empty):  # keep the objects, or make a negated filter drop them
                self.set_attribute(ids, category, value)
        elif step.verb == "query" or (step.verb == "choose" and category != "rel" and len(step.deps) == 1):
            attribute = step.argument if step.verb == "query" else category
            self.give(ids, attribute, self.answer, on_scene)
        elif step.verb == "verify" and category == "rel":
            if truth and ids:
                name, predicates, role, targets = split_relation(step.argument)
                target = next((t for t in targets if t not in ids), None) or self.new_id()
                self.mention(target, name)
                self.relate(target, predicates[0], role, ids[0])
        elif step.verb == "verify":
            value, negated = _negation(step.argument)
            holds = truth != negated
            self.give(ids, category, value if holds else _other_value(category, value), on_scene)
        elif step.verb == "choose" and category == "rel" and ids:
            name, predicates, role, targets = split_relation(step.argument)
            chosen = next((p for p in predicates if relation_answer(p) == self.answer), predicates[0])
            target = next((t for t in targets if t not in ids), None) or self.new_id()
            self.mention(target, name)
            self.relate(target, chosen, role, ids[0])
        elif step.verb in {"same", "different"}:
            wanted_same = truth == (step.verb == "same")
            members = [i for d in step.deps for i in self.objects_of(d)]
            self.make_same(members, category or step.argument, wanted_same)
        elif step.verb == "common":
            first, second = (self.objects_of(d) for d in step.deps)
            for attribute in COMMON_ATTRIBUTES:
                self.make_same(first[:1] + second[:1], attribute, attribute == self.answer)

    def give(self, ids: list[str], attribute: str | None, value: str | None, on_scene: bool) -> None:
        if value is None:
            return
        if attribute == "name" or attribute == "type":
            self.forced.update({i: value for i in ids})
        elif on_scene and (attribute in FACTS or not ids):
            self.facts[attribute or "place"] = value
        else:
            self.set_attribute(ids, attribute, value)

    def make_same(self, members: list[str], attribute: str, same: bool) -> None:
        if len(members) < 2:
            return
        if attribute in {"type", "name"}:
            first = self.name_of(members[0])
            if same:
                self.forced.update({m: first for m in members})
            else:
                wanted = self.names.get(members[1]) or [first]
                spare = next(
                    (n for n in _SPARE_NAMES if n != first and all(name_matches(w, n) for w in wanted)),
                    f"other {first}",
                )
                self.forced.update({members[0]: first, members[1]: spare})
            return
        values = GQA_ATTRIBUTES.get(attribute, ("a", "b"))
        for position, member in enumerate(members):
            self.attributes.setdefault(member, {})[attribute] = values[0 if same else min(position, 1)]

    def graph(self) -> SceneGraph:
        objects = [
            Object(
                id=object_id,
                name=self.name_of(object_id),
                source="synthetic",
                attributes={k: Attribute(value=v) for k, v in self.attributes.get(object_id, {}).items()},
            )
            for object_id in self.names
        ]
        return SceneGraph(
            width=640,
            height=480,
            objects=objects,
            relations=list(dict.fromkeys(self.relations)),
            facts=self.facts,
            metadata={"source": "synthetic"},
        )


def _negation(argument: str) -> tuple[str, bool]:
    text = argument.strip()
    if text.startswith("not(") and text.endswith(")"):
        return text[4:-1].strip(), True
    return text, False


def _other_value(category: str | None, value: str) -> str | None:
    """A value of ``category`` that is not ``value`` (None when the category is unknown)."""
    return next((v for v in GQA_ATTRIBUTES.get(category or "", ()) if v != value), None)


def synthesize_scene_graph(record: Mapping[str, Any]) -> SceneGraph:
    """A scene graph on which ``record``'s program gives ``record["answer"]`` (as far as nsvr can express it).

    Raises :class:`~nsvr.scene_graph.gqa.GqaFormatError` for a record without a usable ``semantic`` program."""
    semantic = record.get("semantic")
    if not isinstance(semantic, list) or not semantic or not all(isinstance(s, Mapping) for s in semantic):
        raise GqaFormatError("record has no 'semantic' program (a list of steps)")
    steps = [_Step(raw) for raw in semantic]
    for index, step in enumerate(steps):
        if any(not isinstance(d, int) or not 0 <= d < index for d in step.deps):
            raise GqaFormatError(f"step {index}: dependencies {step.deps} must name earlier steps")
    builder = _Builder(steps, str(record.get("answer", "")).strip().lower())
    try:
        builder.require()
        builder.build()
    except IndexError as error:  # a step without the dependency it reads
        raise GqaFormatError(f"program step lacks a dependency: {error}") from error
    return builder.graph()
