"""What a program needs from perception: the names it looks for, the attributes it reads, whether it reads text,
which relations it uses and whether any answer depends on masks.

The perception session (:mod:`nsvr.tools.session`) runs only the tools these needs call for.

>>> from nsvr.scene_graph.program import Program, Select, Unique, Query
>>> needs = needs_of(Program(steps=[Select(name="tie"), Unique(inputs=[0]), Query(inputs=[1], attribute="color")]))
>>> sorted(needs.names), sorted(needs.attributes), needs.masks, needs.any_object
(['tie'], ['color'], True, False)
>>> needs_of(Program(steps=[Select(name="bus"), Unique(inputs=[0]), Query(inputs=[1], attribute="text")])).text
True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict

from nsvr.scene_graph import program as P
from nsvr.scene_graph.names import canonical_predicate, name_matches

TEXT_ATTRIBUTE = "text"
MASK_ATTRIBUTES = frozenset({"color", "shape"})
"""Attributes read from an object's pixels: better from its mask than from its box."""
OVERLAP_PREDICATES = frozenset({"inside", "contains", "overlaps"})
DEPTH_PREDICATES = frozenset({"front", "behind"})
_ANY_NAME = "\x00any"


SIZE_COMPARATIVES = frozenset({"bigger", "larger", "smaller"})
"""Comparatives that compare sizes (a ``compare`` step with one needs the size attribute)."""


def is_generic(word: str) -> bool:
    """Whether ``word`` names any object ("object", "thing" ...), by the executor's own name table.

    >>> is_generic("thing"), is_generic("dog")
    (True, False)
    """
    return name_matches(word, _ANY_NAME)


class PerceptionNeeds(BaseModel):
    """What perception must provide for one program (or, with :meth:`everything`, for any program)."""

    model_config = ConfigDict(frozen=True)

    names: frozenset[str] = frozenset()
    any_object: bool = False
    """Some step takes objects of any kind (``scene``, a generic word, ``relate`` without a name ...)."""
    attributes: frozenset[str] = frozenset()
    all_attributes: bool = False
    """Some step compares a value with any attribute (``filter(attribute=None)``)."""
    text: bool = False
    labels: bool = False
    """A drawn figure's label may answer (a query that tells one figure from others of its kind: "which shape is at
    the top" of a flowchart): the text is read where the picture is a drawing, not in a photo."""
    relations: frozenset[str] = frozenset()
    all_relations: bool = False
    depth: bool = False
    masks: bool = False
    restrict_names: bool = False
    """Keep only objects of ``names`` (a user narrowing the classes), not every object the tools found."""

    @classmethod
    def everything(cls, names: Sequence[str] | None = None) -> PerceptionNeeds:
        """Every tool and every relation: the eager scene graph (``nsvr graph``). ``names`` narrows the objects."""
        return cls(
            names=frozenset(names or ()),
            any_object=names is None,
            all_attributes=True,
            text=True,
            all_relations=True,
            depth=True,
            masks=True,
            restrict_names=names is not None,
        )

    def wants_attribute(self, attribute: str) -> bool:
        return self.all_attributes or attribute in self.attributes

    def wants_name(self, name: str) -> bool:
        """Whether objects called ``name`` may matter to the program."""
        return self.any_object or any(name_matches(wanted, name) for wanted in self.names)

    def merged(self, other: PerceptionNeeds) -> PerceptionNeeds:
        """Needs of two programs together."""
        union = {key: getattr(self, key) | getattr(other, key) for key in ("names", "attributes", "relations")}
        flags = {
            key: getattr(self, key) or getattr(other, key)
            for key in ("any_object", "all_attributes", "text", "labels", "all_relations", "depth", "masks")
        }
        return PerceptionNeeds(**union, **flags, restrict_names=self.restrict_names and other.restrict_names)

    def describe(self) -> str:
        """One line for traces: ``names=bus,person attributes=color text relations=left``."""
        parts = ["names=" + ("any" if self.any_object else ",".join(sorted(self.names)) or "-")]
        if self.all_attributes or self.attributes:
            parts.append("attributes=" + ("all" if self.all_attributes else ",".join(sorted(self.attributes))))
        if self.text:
            parts.append("text")
        elif self.labels:
            parts.append("labels")
        if self.all_relations or self.relations:
            parts.append("relations=" + ("all" if self.all_relations else ",".join(sorted(self.relations))))
        if self.masks:
            parts.append("masks")
        return " ".join(parts)


def needs_of(program: P.Program) -> PerceptionNeeds:
    """The perception ``program`` needs: a walk over its steps (programs are data, so this is exact)."""
    names: set[str] = set()
    attributes: set[str] = set()
    relations: set[str] = set()
    flags = {"any_object": False, "all_attributes": False, "text": False, "labels": False, "depth": False}

    def name(word: str | None) -> None:
        if word is None:
            flags["any_object"] = True
        elif is_generic(word):
            flags["any_object"] = True
        else:
            names.add(word)
            flags["text"] = flags["text"] or name_matches(word, TEXT_ATTRIBUTE)

    def attribute(key: str | None, values: Iterable[str] = ()) -> None:
        if key is None:
            flags["all_attributes"] = True
            names.update(v for v in values if not is_generic(v))  # a bare value may be a name ("is it a dog")
        elif key == TEXT_ATTRIBUTE:
            flags["text"] = True
        elif key == "name":
            names.update(v for v in values if not is_generic(v))
        else:
            attributes.update(key.split("+"))  # "color+shape": what colour and shape it is

    def relation(predicates: Iterable[str]) -> None:
        for predicate in predicates:
            canonical = canonical_predicate(predicate)
            relations.add(canonical)
            flags["depth"] = flags["depth"] or canonical in DEPTH_PREDICATES

    for step in program.steps:
        if isinstance(step, P.Scene):
            flags["any_object"] = True
        elif isinstance(step, P.Select):
            name(step.name)
        elif isinstance(step, P.Filter | P.Verify):
            attribute(step.attribute, [step.value])
        elif isinstance(step, P.Choose):
            attribute(step.attribute, step.options)
        elif isinstance(step, P.Query):
            attribute(step.attribute)
            flags["labels"] = flags["labels"] or (len(step.inputs) > 1 and step.attribute in ("name", "shape"))
        elif isinstance(step, P.Relate | P.VerifyRelation):
            name(step.name)
            relation([step.predicate])
        elif isinstance(step, P.ChooseRelation):
            name(step.name)
            relation(step.predicates)
        elif isinstance(step, P.SameAttribute):
            flags["any_object"] = True
            attribute(step.attribute)
        elif isinstance(step, P.Same | P.Different | P.CountValues | P.MostCommon | P.ListValues):
            attribute(step.attribute)
        elif isinstance(step, P.Common):
            attributes.update(step.attributes)
        elif isinstance(step, P.Larger) or (isinstance(step, P.Compare) and step.comparative in SIZE_COMPARATIVES):
            attribute("size")
        elif isinstance(step, P.Ordinal) and step.by in DEPTH_PREDICATES:
            flags["depth"] = True
    masks = flags["all_attributes"] or bool(attributes & MASK_ATTRIBUTES) or bool(relations & OVERLAP_PREDICATES)
    return PerceptionNeeds(
        names=frozenset(names),
        attributes=frozenset(attributes),
        relations=frozenset(relations),
        masks=masks,
        **flags,
    )
