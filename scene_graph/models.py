"""The central types: :class:`SceneGraph` and what it is made of.

Every perception result becomes a ``SceneGraph``, every query reads one, every benchmark caches one per image.

>>> g = SceneGraph(width=100, height=50, objects=[Object(id="0", name="cup", box=(10, 10, 20, 20))])
>>> g.object("0").name
'cup'
>>> SceneGraph.model_validate_json(g.model_dump_json()) == g
True
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from nsvr.scene_graph.geometry import Geometry

if TYPE_CHECKING:
    import networkx as nx

Box = tuple[float, float, float, float]
"""A box as ``(x1, y1, x2, y2)`` in pixels of the original image."""


class RLE(BaseModel):
    """A binary mask as COCO run-length encoding (``counts`` is the compressed string form)."""

    model_config = ConfigDict(frozen=True)

    size: tuple[int, int] = Field(description="[height, width] of the mask")
    counts: str


class Attribute(BaseModel):
    """One attribute value with the confidence of whoever produced it."""

    model_config = ConfigDict(frozen=True)

    value: str
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    alternatives: dict[str, float] = Field(
        default_factory=dict,
        description="other values the producer found plausible, with their probabilities (perception's runners-up)",
    )


class Object(BaseModel):
    """One object instance in the scene.

    ``name`` is the category ("person", "cube"); ``attributes`` maps an attribute name ("color") to its value.
    ``position_3d`` is camera- or world-frame ``(x, y, z)`` when depth or a 3D scene is known.
    """

    id: str
    name: str
    score: float = Field(default=1.0, ge=0.0, le=1.0)
    box: Box | None = None
    mask: RLE | None = None
    attributes: dict[str, Attribute] = Field(default_factory=dict)
    text: str | None = None
    position_3d: tuple[float, float, float] | None = None
    source: str | None = Field(default=None, description="the tool or importer that produced the object")

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_string(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) else value

    @field_validator("box")
    @classmethod
    def _box_is_ordered(cls, box: Box | None) -> Box | None:
        if box is not None and (box[2] < box[0] or box[3] < box[1]):
            raise ValueError(f"box must be (x1, y1, x2, y2) with x1 <= x2 and y1 <= y2, got {box}")
        return box

    def attribute(self, name: str) -> str | None:
        """The value of attribute ``name`` (``"name"`` gives the category), or None when unknown."""
        if name == "name":
            return self.name
        found = self.attributes.get(name)
        return found.value if found is not None else None

    @property
    def center(self) -> tuple[float, float] | None:
        if self.box is None:
            return None
        return ((self.box[0] + self.box[2]) / 2, (self.box[1] + self.box[3]) / 2)


class Relation(BaseModel):
    """``subject predicate object``: ``Relation(subject="a", predicate="left", object="b")`` reads
    "a is left of b"."""

    model_config = ConfigDict(frozen=True)

    subject: str
    predicate: str
    object: str
    score: float = Field(default=1.0, ge=0.0, le=1.0)


class SceneGraph(BaseModel):
    """Objects, the relations between them and facts about the whole image.

    ``vocabulary`` says which object names the perception that built the graph can see: ``None`` means a closed
    world (an oracle scene, where an absent name really is absent); a list means "what is not listed could be
    there unseen", so the executor answers "unknown" rather than "0" for such names. ``attribute_values`` does the
    same for attributes: attribute -> the values the perception can tell apart (``None``: open); a question about
    any other value ("is the cylinder happy?", "magenta things") is answered "unknown", not "no".

    ``relations`` are stored rows (relations geometry cannot give: "wearing", relations read from a file);
    ``geometry`` declares the geometric relations computed on demand from boxes and positions (see
    :mod:`nsvr.scene_graph.geometry`). A predicate holds between two objects when a row or the geometry says so;
    :meth:`all_relations` lists both, :meth:`materialize_relations` stores them all.
    """

    width: int = Field(ge=0)
    height: int = Field(ge=0)
    objects: list[Object] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    facts: dict[str, str] = Field(default_factory=dict, description="global facts: weather, location, ...")
    fact_readings: dict[str, Attribute] = Field(
        default_factory=dict,
        description="the facts the perception was unsure of: each one's reading (the fact its value) and runners-up",
    )
    vocabulary: list[str] | None = None
    attribute_values: dict[str, list[str]] | None = Field(
        default=None, description="attribute -> the values the perception can tell apart; None: open"
    )
    metadata: dict[str, Any] = Field(default_factory=dict)
    candidates: list[Object] = Field(
        default_factory=list,
        description="objects the perception saw below its detection threshold: not in the scene unless the "
        "executor's revision adds one (see nsvr.scene_graph.revision); their score is the detector's",
    )
    candidate_relations: list[Relation] = Field(
        default_factory=list, description="stored relations with at least one candidate among their ends"
    )
    geometry: Geometry | None = Field(
        default=None,
        description="geometric relation families computed on demand from boxes and positions (not stored rows)",
    )

    @model_validator(mode="after")
    def _ids_are_unique_and_relations_resolve(self) -> SceneGraph:
        ids = [o.id for o in self.objects]
        candidate_ids = [o.id for o in self.candidates]
        known = set(ids)
        every = known.union(candidate_ids)
        if len(every) != len(ids) + len(candidate_ids):
            seen: set[str] = set()
            duplicated = sorted({i for i in ids + candidate_ids if i in seen or seen.add(i)})
            raise ValueError(f"object ids must be unique; repeated: {duplicated}")
        for relation in self.relations:
            for end in (relation.subject, relation.object):
                if end not in known:
                    raise ValueError(f"relation {relation.predicate!r} names unknown object id {end!r}")
        if self.candidate_relations:
            candidates = set(candidate_ids)
            for relation in self.candidate_relations:
                ends = {relation.subject, relation.object}
                if not ends <= every or not ends & candidates:
                    raise ValueError(f"candidate relation {relation.predicate!r} must join known ids, one a candidate")
        return self

    def object(self, object_id: str) -> Object:
        from nsvr.scene_graph.index import graph_index

        try:
            return self.objects[graph_index(self).position(object_id)]
        except KeyError:
            raise KeyError(f"no object with id {object_id!r}") from None

    def ids(self) -> list[str]:
        return [o.id for o in self.objects]

    def can_see(self, name: str) -> bool:
        """Whether the perception behind this graph could detect objects called ``name``."""
        return self.vocabulary is None or name in self.vocabulary

    def computed_relations(self) -> list[Relation]:
        """The relations ``geometry`` gives, as rows (O(n^2) of them: for export and inspection, not for
        queries, which compute only what they touch)."""
        from nsvr.scene_graph.index import graph_index

        index = graph_index(self)
        return index.spatial().rows(self.ids()) if index.geometry is not None else []

    def all_relations(self) -> list[Relation]:
        """Stored and computed relations together, each once."""
        computed = self.computed_relations()
        return list(dict.fromkeys(self.relations + computed)) if computed else list(self.relations)

    def materialize_relations(self) -> SceneGraph:
        """A copy whose ``relations`` hold every relation, stored and computed, and that declares no geometry:
        the self-contained form for tools that read relations as rows.

        >>> from nsvr.scene_graph.geometry import BoxRelations, Geometry
        >>> g = SceneGraph(width=100, height=10, geometry=Geometry(boxes=BoxRelations()), objects=[
        ...     Object(id="a", name="cup", box=(0, 0, 10, 10)), Object(id="b", name="cup", box=(50, 0, 60, 10))])
        >>> g.relations, [(r.subject, r.predicate, r.object) for r in g.materialize_relations().relations]
        ([], [('a', 'left', 'b'), ('b', 'right', 'a')])
        """
        return self.model_copy(update={"relations": self.all_relations(), "geometry": None})

    def to_networkx(self) -> nx.MultiDiGraph:
        """A ``MultiDiGraph`` view: a node per object (its fields as node data), an edge per relation (stored
        or computed) keyed by predicate, edges pointing subject -> object."""
        import networkx as nx

        graph = nx.MultiDiGraph(width=self.width, height=self.height, **self.facts)
        for obj in self.objects:
            graph.add_node(obj.id, **obj.model_dump(exclude={"id"}))
        for rel in self.all_relations():
            graph.add_edge(rel.subject, rel.object, key=rel.predicate, predicate=rel.predicate, score=rel.score)
        return graph

    def save(self, path: str) -> None:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(self.model_dump_json(indent=1))

    @classmethod
    def load(cls, path: str) -> SceneGraph:
        with open(path, encoding="utf-8") as handle:
            return cls.model_validate_json(handle.read())

    @classmethod
    def json_schema(cls) -> str:
        """The published JSON Schema of the scene-graph format."""
        return json.dumps(cls.model_json_schema(), indent=1)
