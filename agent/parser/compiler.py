"""Noun phrases become program steps.

A noun phrase compiles like CLEVR and GQA programs read: the anchor of a relation first, then ``relate`` (naming
the wanted kind), then a ``filter`` per adjective::

    "the red cube left of the ball"  ->  select(ball) unique relate(left, name=cube) filter(color=red) unique

>>> from nsvr.agent.parser.phrases import Condition, NounPhrase, Related
>>> builder = Builder(unique=True)
>>> ball = NounPhrase(name="sphere", definite=True)
>>> cube = NounPhrase(name="cube", conditions=[Condition("color", "red")], definite=True,
...                   clauses=[Related("left", ball)])
>>> _ = builder.add(P.Query(inputs=[builder.one(cube)], attribute="size"))
>>> print(builder.program().pretty())
0 select(name=sphere)
1 unique[0]()
2 relate[1](predicate=left, name=cube)
3 filter[2](attribute=color, value=red)
4 unique[3]()
5 query[4](attribute=size)
"""

from __future__ import annotations

from nsvr.agent.parser.phrases import Between, Clause, NounPhrase, OneOf, Related, SameAs
from nsvr.agent.parser.tokens import Backtrack
from nsvr.scene_graph import program as P
from nsvr.scene_graph.names import SHAPE_HYPERNYMS, singular


class Builder:
    """Appends steps; compiles each noun phrase once (a pronoun reuses its antecedent's steps)."""

    def __init__(self, *, unique: bool = False) -> None:
        self.unique = unique
        self.steps: list[P._Step] = []
        self._objects: dict[int, int] = {}
        self._one: dict[int, int] = {}
        self._scene: int | None = None

    def add(self, step: P._Step) -> int:
        self.steps.append(step)
        return len(self.steps) - 1

    def scene(self) -> int:
        if self._scene is None:
            self._scene = self.add(P.Scene())
        return self._scene

    def program(self) -> P.Program:
        return P.Program(steps=self.steps)

    # --- noun phrases --------------------------------------------------------------------------------------
    def objects(self, np: NounPhrase) -> int:
        """The step giving every object ``np`` describes."""
        key = id(np)
        if key in self._objects:
            return self._objects[key]
        if np.said_else and np.other_than_unsaid:
            raise Backtrack  # "is anything else metal": else than what, nothing says
        if np.clauses:
            found = [self._clause(clause, np.name) for clause in np.clauses]
            index = found[0]
            for other in found[1:]:
                index = self.add(P.Intersect(inputs=[index, other]))
        elif np.name is not None:
            specific = np.singular_definite and singular(np.name) in SHAPE_HYPERNYMS  # "the rectangle"
            index = self.add(P.Select(name=np.name, specific=True) if specific else P.Select(name=np.name))
        else:
            index = self.scene()
        for condition in np.conditions:
            index = self.add(
                P.Filter(inputs=[index], attribute=condition.attribute, value=condition.value, negate=condition.negate)
            )
        for other in np.excluded:
            index = self.add(P.Difference(inputs=[index, self.objects(other)]))
        if np.ordinal is not None:
            by, rank = np.ordinal  # rank 0: the middle one
            index = self.add(P.Ordinal(inputs=[index], by=by, index=max(rank, 1), middle=rank == 0))  # type: ignore[arg-type]
        if np.odd is not None:
            index = self.add(P.OddOneOut(inputs=[index], attribute=None if np.odd == "any" else np.odd))
        if np.nearest is not None:
            anchor, farthest = np.nearest
            index = self.add(P.Closest(inputs=[index, self.one(anchor)], farthest=farthest))
        self._objects[key] = index
        return index

    def one(self, np: NounPhrase) -> int:
        """The step giving the single object ``np`` points at: with ``unique``, a ``unique`` step checks there
        is exactly one (as CLEVR programs do); without, the description's objects (as GQA programs do: the
        executor's steps that need one object check it themselves)."""
        key = id(np)
        if key not in self._one:
            index = self.objects(np)
            needs_check = np.ordinal is None and np.nearest is None and np.odd is None
            if needs_check and self.unique:
                index = self.add(P.Unique(inputs=[index]))
            elif needs_check and np.singular_definite:  # "the cube" several fit: each tried as the one meant
                index = self.add(P.Unique(inputs=[index], resolve=True))
            self._one[key] = index
        return self._one[key]

    def reference(self, np: NounPhrase) -> int:
        """What a relation starts from: the one object of "the cube", all objects of "cubes"/"a cube". Without
        ``unique``, "the cube" that several objects fit is resolved: each is tried as the one meant (a resolving
        ``unique``: the answer stands when all that make sense of the question agree)."""
        return self.one(np) if np.singular_definite else self.objects(np)

    def _clause(self, clause: Clause, name: str | None) -> int:
        if isinstance(clause, Related):
            anchor = self.reference(clause.anchor)
            return self.add(P.Relate(inputs=[anchor], predicate=clause.predicate, role=clause.role, name=name))
        if isinstance(clause, SameAs):
            anchor = self.one(clause.anchor)
            index = self.add(P.SameAttribute(inputs=[anchor], attribute=clause.attribute))
            if clause.negate:  # "not the same colour as it": the others, less those that share it
                others = self.add(P.Difference(inputs=[self.scene(), anchor]))
                index = self.add(P.Difference(inputs=[others, index]))
        elif isinstance(clause, Between):  # on the way from the one to the other
            # right of the one and left of the other, either way round ("horizontally between"), below the one
            # and above the other ("vertically"); said plainly, on the way from the one to the other (the step)
            first, second = self.one(clause.first), self.one(clause.second)
            if clause.axis is None:
                index = self.add(P.Relate(inputs=[self.add(P.Union(inputs=[first, second]))], predicate="between"))
            else:
                sides = []
                here, there = ("right", "left") if clause.axis == "x" else ("below", "above")
                for one, other in ((here, there), (there, here)):
                    one_side = self.add(P.Relate(inputs=[first], predicate=one))
                    other_side = self.add(P.Relate(inputs=[second], predicate=other))
                    sides.append(self.add(P.Intersect(inputs=[one_side, other_side])))
                index = self.add(P.Union(inputs=sides))
        elif isinstance(clause, OneOf):
            index = self.objects(clause.options[0])
            for option in clause.options[1:]:
                index = self.add(P.Union(inputs=[index, self.objects(option)]))
        else:  # pragma: no cover - Clause is a closed union
            raise TypeError(f"unknown clause {clause!r}")
        if name is not None:
            index = self.add(P.Select(inputs=[index], name=name))
        return index
