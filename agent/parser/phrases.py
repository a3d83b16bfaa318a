"""What a noun phrase means, before it becomes program steps.

"the big red rubber cube that is left of the cyan ball" is a :class:`NounPhrase` with name "cube", filters
size/color/material and one :class:`Related` clause whose anchor is "the cyan ball".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nsvr.scene_graph.program import Role


@dataclass
class Condition:
    """A property the objects must have (``attribute`` None: any attribute; ``negate``: must not have it)."""

    attribute: str | None
    value: str
    negate: bool = False


@dataclass
class NounPhrase:
    """A description of a set of objects (``name`` None: any object)."""

    name: str | None = None
    conditions: list[Condition] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    definite: bool = False
    plural: bool = False
    ordinal: tuple[str, int] | None = None
    """("left", 2) for "the second ... from the left"."""
    other: bool = False
    """Said "other" ("how many other cubes"): something must say other than what."""
    said_else: bool = False
    """Said "else" after its head ("is anything else metal"): an answer needs what it is else than."""
    only: bool = False
    """Said "the only" ("is the ball the only rubber thing"): no other object is one of them."""
    excluded: list[NounPhrase] = field(default_factory=list)
    """Objects taken out ("other than the red cube", "apart from the ball")."""
    odd: str | None = None
    """The one of them that differs from all the others, in an attribute ("the one a different colour from the
    rest": "color") or in any ("the odd one out": "any")."""
    nearest: tuple[NounPhrase, bool] | None = None
    """The one of them closest to an anchor, or farthest (True) from it ("the cube nearest to the ball")."""
    every: bool = False
    """Said of every one of them ("all the people", "every cube", "each ball"): a relation checked of them must hold
    for each, not for some."""
    denied: bool = False
    """Said after "not" as what a thing is ("is the triangle not the biggest shape?"): the check is denied."""

    @property
    def singular_definite(self) -> bool:
        """Whether the phrase points at exactly one object ("the cube", "it")."""
        return (
            (self.definite and not self.plural)
            or self.ordinal is not None
            or self.nearest is not None
            or self.odd is not None
        )

    @property
    def other_than_unsaid(self) -> bool:
        """Whether nothing says what "other" or "else" leaves out: no "other than ..." and no "the same ... as"."""
        return not self.excluded and not any(isinstance(c, SameAs) for c in self.clauses)

    def describe(self) -> str:
        words = [c.value if not c.negate else f"not-{c.value}" for c in self.conditions]
        return " ".join([*words, self.name or "thing"])


@dataclass
class Related:
    """Objects related to ``anchor`` by ``predicate``; ``role`` says which side of the relation they are on
    ("left of the cube": subject; "that the man is holding": object)."""

    predicate: str
    anchor: NounPhrase
    role: Role = "subject"
    denied: bool = False
    """Said after "not" of a thing ("is the circle not above the square?"): the check is denied."""


@dataclass
class SameAs:
    """Objects other than ``anchor`` that share its ``attribute`` value (``negate``: that do not share it)."""

    attribute: str
    anchor: NounPhrase
    negate: bool = False


@dataclass
class OneOf:
    """Objects that fit any of ``options`` ("either cubes or red spheres")."""

    options: list[NounPhrase]


@dataclass
class Between:
    """Objects between two anchors ("between the cube and the ball"): on the way from one to the other, or with
    ``axis`` ("horizontally between", "going left to right, which shape is between"), right of one and left of the
    other ("x"), or below one and above the other ("y")."""

    first: NounPhrase
    second: NounPhrase
    axis: str | None = None


Clause = Related | SameAs | OneOf | Between


def telling_attribute(options: list[NounPhrase]) -> str | None:
    """The attribute whose value each option fixes, a different one each, polled by ``most_common`` or asked of
    the one an ``ordinal`` picks: the names ("cubes or cylinders"), else one attribute ("rubber or metal", "red
    cubes or blue cubes"); None when no attribute tells the options apart (polling the names of "red cubes or
    blue cubes" would answer "cube")."""
    names = [o.name for o in options]
    if None not in names and len(set(names)) == len(names):
        return "name"
    fixed = [{c.attribute: c.value for c in o.conditions if c.attribute and not c.negate} for o in options]
    for attribute in fixed[0]:
        values = [f.get(attribute) for f in fixed]
        if None not in values and len(set(values)) == len(values):
            return attribute
    return None
