"""Revising uncertain perception when a program's presupposition fails.

"What colour is the large cylinder?" presupposes exactly one large cylinder. When the perceived graph has none
(or two), the program stops with "unknown". If the perception was unsure of some attribute, it left runners-up
in :attr:`~nsvr.scene_graph.models.Attribute.alternatives`; the executor then tries the most likely revisions of
the graph, cheapest first, and the first one under which the program runs gives the answer, which lists the
revisions it rests on. Graphs without alternatives (ground-truth scenes, most detectors) are never revised.

A revision can also add one of the graph's ``candidates``: an object the detector saw below its threshold (a
question about "the red cylinder" is evidence that a faint red cylinder is there). The cost of a revision is
how much less likely the perception found it: ``log(p_old / p_new)`` for a value,
``log(threshold / score)`` for a candidate, with the threshold from ``graph.metadata["detection_threshold"]``.

>>> from nsvr.scene_graph.models import Attribute, Object, SceneGraph
>>> g = SceneGraph(width=10, height=10, objects=[Object(id="a", name="cube", attributes={
...     "shape": Attribute(value="cube", confidence=0.6, alternatives={"cylinder": 0.4})})])
>>> [(r.object, r.old, r.new) for r in candidate_revisions(g)]
[('a', 'cube', 'cylinder')]
>>> revised(g, candidate_revisions(g)).objects[0].name
'cylinder'
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from itertools import combinations

from pydantic import BaseModel, Field

from nsvr.scene_graph.models import Attribute, Object, SceneGraph
from nsvr.scene_graph.names import same_value

MAX_COST = math.log(20.0)
"""A value less than 1/20 as likely as the perceived one is never considered."""
MAX_CHANGES = 2
MAX_HYPOTHESES = 64
PAIRED_CANDIDATES = 10
"""Pairs of revisions are formed from this many cheapest single revisions."""


PICTURE = ""
"""The ``object`` of a revision of one of the picture's facts (its background's colour), not of an object."""


class Revision(BaseModel):
    """One attribute of one object (of the picture, :data:`PICTURE`: one of its facts) read as its runner-up value
    or, with no ``attribute``, a candidate object taken into the scene."""

    object: str
    attribute: str | None = None
    old: str | None = None
    new: str | None = None
    probability: float = Field(ge=0.0, le=1.0, description="the perception's probability of the new value or object")
    cost: float = Field(ge=0.0, description="log(p_old / p_new), or log(threshold / score) for a candidate")

    def describe(self) -> str:
        if self.attribute is None:
            return f"object {self.object} ({self.new}, detector score {self.probability:.2f}) is there"
        if self.object == PICTURE:
            return f"the {self.attribute} {self.old} -> {self.new} (p={self.probability:.2f})"
        return f"object {self.object} {self.attribute} {self.old} -> {self.new} (p={self.probability:.2f})"


DEFAULT_DETECTION_THRESHOLD = 0.5


def candidate_revisions(graph: SceneGraph, max_cost: float = MAX_COST) -> list[Revision]:
    """Every runner-up value and candidate object in ``graph`` within ``max_cost``, cheapest first."""
    found = []
    threshold = float(graph.metadata.get("detection_threshold", DEFAULT_DETECTION_THRESHOLD))
    for candidate in graph.candidates:
        cost = max(0.0, math.log(threshold / max(candidate.score, 1e-9)))
        if cost <= max_cost:
            values = [a.value for a in candidate.attributes.values() if not same_value(a.value, candidate.name)]
            described = " ".join([*values, candidate.name])
            found.append(Revision(object=candidate.id, new=described, probability=candidate.score, cost=cost))
    readings = [(obj.id, obj.attributes) for obj in graph.objects] + [(PICTURE, graph.fact_readings)]
    for owner, attributes in readings:
        for key, attribute in attributes.items():
            for value, probability in attribute.alternatives.items():
                if probability <= 0 or same_value(value, attribute.value):
                    continue
                cost = max(0.0, math.log(max(attribute.confidence, 1e-9) / probability))
                if cost <= max_cost:
                    found.append(
                        Revision(
                            object=owner,
                            attribute=key,
                            old=attribute.value,
                            new=value,
                            probability=min(1.0, probability),
                            cost=cost,
                        )
                    )
    return sorted(found, key=lambda r: (r.cost, r.object, r.attribute or "", r.new or ""))


def revision_sets(
    candidates: Sequence[Revision],
    max_changes: int = MAX_CHANGES,
    limit: int = MAX_HYPOTHESES,
) -> Iterator[tuple[Revision, ...]]:
    """Sets of up to ``max_changes`` revisions (never two on the same attribute of one object), by total cost,
    at most ``limit`` of them.

    >>> r = [Revision(object=o, attribute="shape", old="cube", new="cylinder", probability=0.4, cost=c)
    ...      for o, c in (("a", 0.1), ("b", 0.5))]
    >>> [[x.object for x in s] for s in revision_sets(r)]
    [['a'], ['b'], ['a', 'b']]
    """
    sets: list[tuple[Revision, ...]] = [(r,) for r in candidates]
    pool = list(candidates[:PAIRED_CANDIDATES])
    for size in range(2, max_changes + 1):
        for combo in combinations(pool, size):
            if len({(r.object, r.attribute) for r in combo}) == size:
                sets.append(combo)
    sets.sort(key=lambda s: (sum(r.cost for r in s), len(s)))
    yield from sets[:limit]


def revised(graph: SceneGraph, revisions: Sequence[Revision]) -> SceneGraph:
    """A copy of ``graph`` with ``revisions`` applied. An object whose category was the old value (CLEVR names
    objects by shape) takes the new one as its name too. Positions and relations are kept as they are; an
    added candidate brings its relations to the objects now in the scene."""
    by_object: dict[str, list[Revision]] = {}
    added = {r.object for r in revisions if r.attribute is None}
    facts = dict(graph.facts)
    for revision in revisions:
        if revision.object == PICTURE and revision.attribute is not None:
            facts[revision.attribute] = revision.new or ""
        elif revision.attribute is not None:
            by_object.setdefault(revision.object, []).append(revision)
    objects: list[Object] = []
    for obj in graph.objects:
        changes = by_object.get(obj.id)
        if not changes:
            objects.append(obj)
            continue
        attributes = dict(obj.attributes)
        name = obj.name
        for change in changes:
            attributes[change.attribute] = Attribute(value=change.new, confidence=change.probability)
            if same_value(name, change.old):
                name = change.new
        objects.append(obj.model_copy(update={"attributes": attributes, "name": name}))
    if not added:
        return graph.model_copy(update={"objects": objects, "facts": facts})
    objects += [c for c in graph.candidates if c.id in added]
    present = {o.id for o in objects}
    relations = graph.relations + [r for r in graph.candidate_relations if r.subject in present and r.object in present]
    return graph.model_copy(
        update={
            "objects": objects,
            "facts": facts,
            "relations": relations,
            "candidates": [c for c in graph.candidates if c.id not in added],
            "candidate_relations": [
                r for r in graph.candidate_relations if not (r.subject in present and r.object in present)
            ],
        }
    )
