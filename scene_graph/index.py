"""Per-graph lookups, built once and shared by every question on the graph.

Sets of objects are Python ints used as bit masks (bit i = the graph's i-th object), so a filter is one ``&``, a
count one ``bit_count()``, and outputs come back in scene order. :func:`graph_index` keeps one
:class:`GraphIndex` per live graph; every lookup table in it is built the first time a program needs it:
names (with plurals, synonyms and hypernyms resolved), attribute values, stored relations indexed by
(predicate, object) and (predicate, subject), and the geometric relations the graph declares
(:mod:`nsvr.scene_graph.spatial`). A program without a relation step never builds the relation tables.

The index is found again by the graph's identity and the identity and length of its lists; replacing a field or
adding objects makes a new one. Editing an object of a graph in place after it has been queried is not seen:
copy it (``model_copy``) instead, or call :func:`forget_index` after the edit.

>>> from nsvr.scene_graph.models import Attribute, Object, SceneGraph
>>> g = SceneGraph(width=9, height=9, objects=[
...     Object(id="a", name="cup", attributes={"color": Attribute(value="red")}),
...     Object(id="b", name="mug", attributes={"color": Attribute(value="blue")})])
>>> ix = graph_index(g)
>>> ix.ids_of(ix.name_mask("cups")), ix.ids_of(ix.attribute_mask("color", "red"))
(['a', 'b'], ['a'])
>>> graph_index(g) is ix
True
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from typing import TYPE_CHECKING

import numpy as np

from nsvr.scene_graph.geometry import BoxRelations, Geometry, PositionRelations
from nsvr.scene_graph.names import (
    DEBATABLE_HYPONYMS,
    FIGURE_COUNTS,
    SHAPE_NAMES,
    TEXT_LINE,
    canonical_predicate,
    figure_count,
    name_matches,
    names_a_kind,
    same_value,
    singular,
    value_means,
)
from nsvr.scene_graph.text_match import match_edits

if TYPE_CHECKING:
    from nsvr.scene_graph.models import Object, SceneGraph
    from nsvr.scene_graph.revision import Revision
    from nsvr.scene_graph.spatial import Spatial

ATTRIBUTE_ALIASES: dict[str, tuple[str, ...]] = {"activity": ("pose", "sportActivity")}
"""Where to look when an object lacks an attribute: what someone "is doing" may be filed as pose or sport."""

RELATE_CACHE = 4096
"""Relate results kept per graph (by predicate, role and source set) before the cache starts over."""

THIRDS = ("hposition", "vposition")
HALVES = ("hhalf", "vhalf")
EDGES = ("left_edge", "right_edge", "top_edge", "bottom_edge")
IMAGE_POSITIONS = THIRDS + HALVES + EDGES
"""Attributes every boxed object has on demand: its third and its half of the picture across and down, the border
it stands against (see :func:`image_position`; a figure of a drawing's grid, its row and column: see :func:`lines`)."""
EDGE_NEAR, EDGE_FAR = 0.08, 0.25
"""A box within ``EDGE_NEAR`` of the picture's side of a border is at that edge ("is the star at the top edge?"),
one at least ``EDGE_FAR`` from it is not; between, whether it is is unknown."""
SIDE_BAND = 0.05
"""How far (share of the picture) into the middle third a side reaches for one who reads sides as halves: a thing
just inside the middle third is on the left to some, in the middle to others."""
RANKS = {"rank_left": (0, False), "rank_right": (0, True), "rank_top": (1, False), "rank_bottom": (1, True)}
"""Attributes every boxed object has on demand: its place in the picture's order counted from one side ("the star
is second from the top": its ``rank_top`` is 2), by box centres; the axis and whether the count runs backwards."""
LEAN = 0.08
"""How far off the midline (share of the image side) a thing in the middle third stands when it is on that side
("is the square on the left?" of one at 38% across: yes, where a third is 33%)."""
RANK_MARGIN = 0.03
"""Two centres closer than this share of the picture's side along the axis leave their order, and so the places
of both, unknown."""
LINE_GAP = 0.5
"""Objects whose centres lie further apart than this share of their typical height (width) stand in two rows
(columns)."""
LINE_ALIGN = 0.25
"""The figures of one row (column) have their centres within this share of their typical height (width)."""
HALF_MARGIN = 0.03
"""An object whose centre lies this close to the middle line (a share of the picture) is in neither half."""
INNER_STATES = frozenset(
    "happy sad angry upset tired sleepy bored excited scared afraid frightened hungry thirsty lonely nervous "
    "worried anxious jealous proud ashamed embarrassed surprised annoyed sick grumpy cheerful".split()
)
"""States a picture does not show for certain (feelings, hunger, sickness): a closed-world graph
that gives no object one of them cannot say that an object lacks it (:meth:`GraphIndex.describes`)."""
POSTURES = frozenset(
    "standing sitting lying walking running kneeling crouching jumping leaning playing eating drinking talking "
    "reading sleeping waving throwing catching swimming waiting".split()
)
"""Postures and activities a graph may or may not record: one that gives no object any of them has not looked,
and cannot say that nobody is standing or that no child is playing (:meth:`GraphIndex.describes`)."""
_MIDDLE = {"center": "middle", "centre": "middle"}


def _centre(box: tuple[float, float, float, float], axis: int) -> float:
    return (box[axis] + box[axis + 2]) / 2


def image_position(box: tuple[float, float, float, float], width: int, height: int, attribute: str) -> str | None:
    """``hposition`` (left/middle/right) or ``vposition`` (top/middle/bottom) of a box by image thirds; ``hhalf``
    (left/right) or ``vhalf`` (top/bottom) by halves, None within :data:`HALF_MARGIN` of the middle line.

    >>> image_position((0, 0, 10, 10), 90, 90, "hposition"), image_position((0, 80, 10, 90), 90, 90, "vposition")
    ('left', 'bottom')
    >>> image_position((50, 0, 60, 10), 90, 90, "hposition"), image_position((50, 0, 60, 10), 90, 90, "hhalf")
    ('middle', 'right')
    """
    if width <= 0 or height <= 0:
        return None
    if attribute in EDGES:
        return _edge(box, width, height, attribute)
    if attribute in HALVES:
        centre = (box[0] + box[2]) / 2 / width if attribute == "hhalf" else (box[1] + box[3]) / 2 / height
        if abs(centre - 0.5) < HALF_MARGIN:
            return None
        sides = ("left", "right") if attribute == "hhalf" else ("top", "bottom")
        return sides[centre > 0.5]
    if attribute == "hposition":
        x = (box[0] + box[2]) / 2 / width
        return "left" if x < 1 / 3 else "right" if x > 2 / 3 else "middle"
    y = (box[1] + box[3]) / 2 / height
    return "top" if y < 1 / 3 else "bottom" if y > 2 / 3 else "middle"


def _edge(box: tuple[float, float, float, float], width: int, height: int, attribute: str) -> str | None:
    """Whether a box stands against the picture's border ``attribute`` names ("left_edge": "yes" or "no"), or None
    where it is neither near it nor clearly away from it (see :data:`EDGE_NEAR`).

    >>> _edge((0, 40, 10, 50), 100, 100, "left_edge"), _edge((0, 40, 10, 50), 100, 100, "right_edge")
    ('yes', 'no')
    """
    side = attribute.removesuffix("_edge")
    axis = 0 if side in {"left", "right"} else 1
    extent = width if axis == 0 else height
    gap = box[axis] / extent if side in {"left", "top"} else 1 - box[axis + 2] / extent
    return "yes" if gap <= EDGE_NEAR else "no" if gap >= EDGE_FAR else None


def frame_position(vertical: str | None, horizontal: str | None) -> str | None:
    """Where a thing is in the picture, from its third down and across: "top left", "top", "left", "center".

    >>> frame_position("top", "left"), frame_position("middle", "right"), frame_position("middle", "middle")
    ('top left', 'right', 'center')
    """
    if vertical is None or horizontal is None:
        return None
    said = " ".join(w for w in (vertical, horizontal) if w != "middle")
    return said or "center"


def _shared(line_of: list[str | None]) -> bool:
    """Whether two figures stand in one row (column): a grid lines figures up both ways, where two figures apart
    both ways (one high on the left, one low on the right) are only two figures, placed in the picture's thirds."""
    named = [line for line in line_of if line is not None]
    return len(named) > len(set(named))


def lines(boxes: np.ndarray, axis: str) -> list[str | None] | None:
    """Each box's row ("top", "middle" of an odd number, "bottom"; the others none) for ``axis`` "row", or column
    ("left", "middle", "right") for "column", where the boxes stand in at least two rows (columns): their centres
    part where the gap between neighbours is wider than :data:`LINE_GAP` of the typical box. None otherwise (a
    scatter, a single row, figures out of line), where a row is a third of the picture.

    >>> grid = np.array([(x, y, x + 10, y + 10) for y in (0, 30, 60) for x in (0, 30)], dtype=float)
    >>> lines(grid, "row"), lines(grid, "column")
    (['top', 'top', 'middle', 'middle', 'bottom', 'bottom'], ['left', 'right', 'left', 'right', 'left', 'right'])
    """
    if len(boxes) < 2:
        return None
    low, high = (1, 3) if axis == "row" else (0, 2)
    centres = (boxes[:, low] + boxes[:, high]) / 2
    extent = float(np.median(boxes[:, high] - boxes[:, low]))
    order = np.argsort(centres, kind="stable")
    breaks = np.flatnonzero(np.diff(centres[order]) > LINE_GAP * max(extent, 1.0))
    count = len(breaks) + 1
    if count < 2 or len(boxes) < 2 * count:  # lines hold two figures each on average: a few strays make none
        return None
    group = np.zeros(len(boxes), dtype=int)
    for b in breaks:
        group[order[b + 1 :]] += 1
    spreads = [np.ptp(centres[group == g]) for g in range(count)]
    if max(spreads) > LINE_ALIGN * max(extent, 1.0):  # lines are straight: a scatter's clumps are no rows
        return None
    first, last = ("top", "bottom") if axis == "row" else ("left", "right")
    names = {0: first, count - 1: last, **({count // 2: "middle"} if count % 2 == 1 and count > 2 else {})}
    return [names.get(int(g)) for g in group]


def _figure(obj: Object) -> bool:
    """Whether ``obj`` is a drawn figure (a circle, a square, a star), named so or by its shape."""
    return any(isinstance(n, str) and singular(n) in SHAPE_NAMES for n in (obj.name, obj.attribute("shape")))


def _same_attribute(key: str, attribute: str) -> bool:
    """``color`` and its further values ``color_2``, ``color_3`` ... are one attribute."""
    if key == attribute:
        return True
    stem, _, number = key.rpartition("_")
    return stem == attribute and number.isdigit()


def mask_of(positions: list[int] | np.ndarray, n: int) -> int:
    """The bit mask of these object positions."""
    if len(positions) < 64:
        mask = 0
        for position in positions:
            mask |= 1 << int(position)
        return mask
    flags = np.zeros(n, dtype=bool)
    flags[np.asarray(positions)] = True
    return mask_of_flags(flags)


def mask_of_flags(flags: np.ndarray) -> int:
    """The bit mask of a boolean vector over the objects."""
    return int.from_bytes(np.packbits(flags, bitorder="little").tobytes(), "little")


POSSESSING = ("has", "have", "wearing", "wears", "holding", "holds", "carrying", "carries", "with")
"""Stored predicates by which an owner has a thing: "the X of the Y" holds when Y has (wears, holds...) X."""


SURE_TONE = 0.95
"""A fill's tone is sure from this confidence on; below, a toned colour ("dark green") neither fits nor fails it."""
_TONED = re.compile(r"(light|pale|pastel|dark|deep) ([a-z]+)")
"""A colour said with its tone: "light blue", "dark green"."""


class GraphIndex:
    """Lookups over one graph's objects; see the module docstring."""

    def __init__(self, graph: SceneGraph, *, narrow: bool = False, wide_sides: bool = False) -> None:
        # no reference to the graph itself: the index lives as long as the graph, not longer
        self.narrow = narrow
        """Names leave out their debatable kinds (:data:`~nsvr.scene_graph.names.DEBATABLE_HYPONYMS`)."""
        self.wide_sides = wide_sides
        """A side of the picture reaches :data:`SIDE_BAND` into its middle third ("the shapes on the left side" of
        two standing just inside it), as one who reads sides as halves sees it there."""
        self.objects: list[Object] = graph.objects
        self.relations = graph.relations
        self.relation_count = len(graph.relations)
        self.facts = graph.facts
        self.vocabulary = graph.vocabulary
        self.attribute_values = graph.attribute_values
        self.width, self.height, self.declared = graph.width, graph.height, graph.geometry
        self._geometry: Geometry | None | bool = False  # False: not decided yet (see the geometry property)
        self.n = len(self.objects)
        self.all = (1 << self.n) - 1
        self.ids = [o.id for o in self.objects]
        self._position: dict[str, int] | None = None
        self._names: dict[str, list[int]] | None = None
        self._attributes: dict[str, dict[str, int]] | None = None
        self._derived: dict[str, dict[str, int]] = {}
        self._grid_known = False
        self._grid_value: tuple[list[str | None], list[str | None]] | None = None
        self.told_cache: dict[tuple[str | None, str], bool] = {}
        self.untold_cache: dict[str | None, int] = {}
        self._computed: frozenset[str] | None = None
        self._stored: dict[str, tuple[dict[int, list[int]], dict[int, list[int]]]] | None = None
        self._spatial: Spatial | None = None
        self._ids_array: np.ndarray | None = None
        self.name_cache: dict[str, int] = {}
        self.attribute_cache: dict[tuple[str | None, str], int] = {}
        # filter results whose checks passed (a value told, a posture given): attribute_cache alone may hold a
        # lookup made for another reason (whether anybody stands), which a filter must not answer from
        self.filter_cache: dict[tuple[str | None, str], int] = {}
        self.visible_cache: dict[str, bool] = {}
        self.relate_cache: dict[tuple[str, str, int], int] = {}
        self.revisions: list[Revision] | None = None
        self._debated_kinds: bool | None = None

    def holds_debated_kind(self) -> bool:
        """Whether any object is of a kind whose membership people debate (a square, which some count among the
        rectangles: :data:`~nsvr.scene_graph.names.DEBATABLE_HYPONYMS`); a graph without one never runs a program
        twice."""
        if self._debated_kinds is None:
            kinds = {kind for debated in DEBATABLE_HYPONYMS.values() for kind in debated}
            self._debated_kinds = any(self.name_mask(kind) for kind in sorted(kinds))
        return self._debated_kinds

    # --- masks <-> objects -----------------------------------------------------------------------------
    def positions(self, mask: int) -> list[int]:
        """The object positions in ``mask``, in scene order."""
        if mask.bit_count() <= 16 or self.n <= 64:
            out = []
            while mask:
                low = mask & -mask
                out.append(low.bit_length() - 1)
                mask ^= low
            return out
        return self._flags(mask).nonzero()[0].tolist()

    def _flags(self, mask: int) -> np.ndarray:
        raw = np.frombuffer(mask.to_bytes((self.n + 7) // 8, "little"), dtype=np.uint8)
        return np.unpackbits(raw, bitorder="little", count=self.n).astype(bool)

    def ids_of(self, mask: int) -> list[str]:
        """The object ids in ``mask``, in scene order."""
        if mask.bit_count() <= 16 or self.n <= 64:
            ids = self.ids
            return [ids[i] for i in self.positions(mask)]
        if self._ids_array is None:
            self._ids_array = np.array(self.ids, dtype=object)
        return self._ids_array[self._flags(mask)].tolist()

    def position(self, object_id: str) -> int:
        if self._position is None:
            self._position = {object_id: k for k, object_id in enumerate(self.ids)}
        return self._position[object_id]

    # --- names -------------------------------------------------------------------------------------------
    def visible(self, name: str) -> bool:
        """Whether the perception behind the graph could detect objects called ``name``."""
        seen = self.visible_cache.get(name)
        if seen is None:
            vocabulary = self.vocabulary
            if vocabulary is None:  # a closed world: what it does not hold is not there, if the word names a kind
                # at all ("patches", "designs": a word no name table knows may name what is there)
                seen = names_a_kind(name) or bool(self.name_mask(name))
            else:
                seen = name in vocabulary or any(name_matches(name, v) for v in vocabulary)
            self.visible_cache[name] = seen
        return seen

    def toned(self, attribute: str | None, value: str) -> tuple[str, str] | None:
        """``(colour, tone)`` of a toned colour ("light blue", "dark green") where the graph tells colours and their
        tones apart (a drawing's fills: the region proposer's "tone") and not the toned name itself; else None."""
        domain = self.attribute_values
        if attribute != "color" or domain is None or "tone" not in domain or value in domain.get("color", []):
            return None
        found = _TONED.fullmatch(value.strip().lower())
        if found is None or found[2] not in domain.get("color", []):
            return None
        return found[2], "light" if found[1] in {"light", "pale", "pastel"} else "dark"

    def toned_unsure(self, attribute: str | None, value: str, mask: int) -> int:
        """Objects of ``mask`` whose colour a toned ``value`` names but whose tone the perception was unsure of
        (:data:`SURE_TONE`): a dark green fill just above the dark shades is neither surely dark nor surely not."""
        toned = self.toned(attribute, value)
        if toned is None or not mask:
            return 0
        unsure = []
        for position in self.positions(mask & self.attribute_mask("color", toned[0])):
            tone = self.objects[position].attributes.get("tone")
            if tone is not None and tone.value != toned[1] and (tone.confidence or 1.0) < SURE_TONE:
                unsure.append(position)
        return mask_of(unsure, self.n)

    def can_tell(self, attribute: str | None, value: str) -> bool:
        """Whether the perception behind the graph can tell ``value`` of ``attribute`` (any attribute, or a name,
        for None): always for open graphs, for text and for image positions."""
        domain = self.attribute_values
        if domain is None or attribute in {"name", "text", *IMAGE_POSITIONS, *FIGURE_COUNTS}:
            return True
        if self.toned(attribute, value) is not None:
            return True
        key = (attribute, value)
        told = self.told_cache.get(key)
        if told is None:
            families = domain.values() if attribute is None else [domain.get(attribute, [])]
            told = any(value_means(known, value) for family in families for known in family)
            if not told and attribute is None:  # a name ("is it a cube?") is told by the object vocabulary
                told = self.vocabulary is None or self.visible(value)
            self.told_cache[key] = told
        return told

    def describes(self, value: str) -> bool:
        """Whether a check of ``value`` (of no named attribute) can be answered "no": always, except for an
        :data:`INNER_STATES` value on a graph that gives it to no object (it never says who is happy)."""
        low = value.lower()
        if low in POSTURES:
            return any(self.attribute_mask(None, posture) for posture in POSTURES)
        return low not in INNER_STATES or self.attribute_mask(None, value) != 0

    def untold_mask(self, attribute: str | None) -> int:
        """Objects the perception could not tell ``attribute`` of: it declares the attribute among those it tells
        (``attribute_values``), yet the object has no value (a relative size of the only bus, a colour without a
        mask), an object on the middle line of the picture has no half, and one neither at an edge of the picture
        nor clearly away from it no edge. For them a filter or a check can only guess; graphs that declare nothing
        (GQA's) are closed worlds.
        """
        mask = self.untold_cache.get(attribute)  # read inline by the step functions' hot path too
        if mask is None:
            declared = self.attribute_values is not None and attribute in self.attribute_values
            if attribute is None or not (declared or attribute in HALVES or attribute in EDGES):
                mask = 0
            else:
                mask = mask_of([i for i in range(self.n) if self.value_of(i, attribute) is None], self.n)
            self.untold_cache[attribute] = mask
        return mask

    def name_mask(self, query: str) -> int:
        """Objects whose name is a ``query`` (same word, plural, synonym or hyponym)."""
        mask = self.name_cache.get(query)
        if mask is None:
            left_out = DEBATABLE_HYPONYMS.get(singular(query), frozenset()) if self.narrow else frozenset()
            found = [
                p
                for name, at in self._name_table().items()
                if name_matches(query, name) and singular(name) not in left_out
                for p in at
            ]
            if not found and " " in query:
                found = self._labelled(query)
            mask = mask_of(found, self.n) if len(found) != self.n else self.all
            self.name_cache[query] = mask
        return mask

    def _labelled(self, query: str) -> list[int]:
        """ "stop sign", "no parking sign": the objects called the last word whose text reads the words before it
        (a graph may name a sign "sign" and keep what it says as its text)."""
        *label, head = query.lower().split()
        said = re.compile(rf"\b{re.escape(' '.join(label))}\b")
        return [
            p
            for name, at in self._name_table().items()
            if name_matches(head, name)
            for p in at
            if said.search((_text(self.objects[p]) or "").lower())
        ]

    def text_line_mask(self) -> int:
        """The objects that are lines of text OCR found on no object (named :data:`TEXT_LINE`): a title, a caption."""
        return mask_of(self._name_table().get(TEXT_LINE, []), self.n)

    def specific_name_mask(self, query: str) -> int:
        """The objects called ``query`` itself (or its plural) when there are some, else :meth:`name_mask`'s."""
        exact = [p for name, at in self._name_table().items() if singular(name) == singular(query) for p in at]
        return mask_of(exact, self.n) if exact else self.name_mask(query)

    def _name_table(self) -> dict[str, list[int]]:
        """name -> positions of the objects with it (one pass over the objects, on first use)."""
        if self._names is None:
            self._names = {}
            for index, obj in enumerate(self.objects):
                self._names.setdefault(obj.name, []).append(index)
        return self._names

    # --- attributes ----------------------------------------------------------------------------------------
    def _attribute_table(self) -> dict[str, dict[str, int]]:
        """stored attribute key -> stored value -> mask (one pass over the objects, on first use)."""
        if self._attributes is None:
            table: defaultdict[str, defaultdict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
            for index, obj in enumerate(self.objects):
                for key, attribute in obj.attributes.items():
                    table[key][attribute.value].append(index)
            self._attributes = {
                key: {value: mask_of(at, self.n) for value, at in values.items()} for key, values in table.items()
            }
        return self._attributes

    def _values(self, key: str) -> dict[str, int]:
        """value -> mask for one attribute key; image positions include those derived from boxes."""
        stored = self._attribute_table().get(key, {})
        if key not in IMAGE_POSITIONS and key not in FIGURE_COUNTS:
            return stored
        if key not in self._derived:
            derived: defaultdict[str, list[int]] = defaultdict(list)
            for index, obj in enumerate(self.objects):
                value = None if key in obj.attributes else self._derived_value(obj, key, index)
                if value is not None:
                    derived[value].append(index)
            merged = dict(stored)
            for value, at in derived.items():
                merged[value] = merged.get(value, 0) | mask_of(at, self.n)
            self._derived[key] = merged
        return self._derived[key]

    def _keys(self, attribute: str | None) -> list[str]:
        """The attribute keys that hold ``attribute`` (``color``, ``color_2`` ...; every key for None)."""
        table = self._attribute_table()
        keys = [k for k in table if attribute is None or _same_attribute(k, attribute)]
        # a value asked of no attribute ("is the cube left?") is a third of the picture, never a half
        keys += [k for k in THIRDS if attribute is None and k not in table]
        keys += [k for k in (*IMAGE_POSITIONS, *FIGURE_COUNTS) if k == attribute and k not in table]
        return keys

    def _matching(self, keys: list[str], value: str) -> tuple[int, int]:
        """(objects holding any of ``keys``, objects holding one of them with a value that means ``value``)."""
        holding = matching = 0
        for key in keys:
            for stored, mask in self._values(key).items():
                holding |= mask
                if value_means(stored, value):
                    matching |= mask
        return holding, matching

    def attribute_mask(self, attribute: str | None, value: str) -> int:
        """Objects whose ``attribute`` is ``value``: ``None`` any attribute or the name, ``"name"`` the category,
        ``"text"`` what the object says (fuzzy); a second value of one attribute (``color_2``) counts; an object
        without the attribute reads its aliases, then the scene's fact of that name (weather)."""
        key = (attribute, value)
        mask = self.attribute_cache.get(key)
        if mask is None:
            mask = self._attribute_mask(attribute, value)
            self.attribute_cache[key] = mask
        return mask

    def _attribute_mask(self, attribute: str | None, value: str) -> int:
        if attribute == "name":
            return self.name_mask(value)
        toned = self.toned(attribute, value)
        if toned is not None:  # "light blue": blue, and a light shade of it
            return self.attribute_mask("color", toned[0]) & self.attribute_mask("tone", toned[1])
        if attribute == "text":
            # a misread letter is OCR's, unless another object says the words exactly: with "Stop" and "Step 2"
            # both in the picture, "the shape that says stop" is the one that says it
            edits = {
                i: e
                for i, o in enumerate(self.objects)
                if (t := _text(o)) is not None and (e := match_edits(value, t)) is not None
            }
            closest = min(edits.values(), default=0)
            return mask_of([i for i, e in edits.items() if e == closest], self.n)
        if attribute is None:
            return self._matching(self._keys(None), value)[1] | self.name_mask(value)
        if attribute in IMAGE_POSITIONS:
            value = _MIDDLE.get(value.strip().lower(), value)
            if self.wide_sides and attribute in THIRDS and value != "middle":
                return self._matching(self._keys(attribute), value)[1] | self._near_side(attribute, value)
        holding, matching = self._matching(self._keys(attribute), value)
        rest = self.all & ~holding
        if rest and attribute in ATTRIBUTE_ALIASES:
            table = self._attribute_table()
            aliased, alias_matching = self._matching([k for k in ATTRIBUTE_ALIASES[attribute] if k in table], value)
            matching |= rest & alias_matching
            rest &= ~aliased
        fact = self.facts.get(attribute)
        if rest and fact is not None and same_value(fact, value):
            matching |= rest
        return matching

    def value_of(self, position: int, attribute: str) -> str | None:
        """The object's ``attribute`` (its aliases, its image position, then the scene's fact), or None."""
        obj = self.objects[position]
        value = _text(obj) if attribute == "text" else obj.attribute(attribute)
        for alias in ATTRIBUTE_ALIASES.get(attribute, ()) if value is None else ():
            value = value or obj.attribute(alias)
        if value is None:
            value = self._derived_value(obj, attribute, position)
        return self.facts.get(attribute) if value is None else value

    def _derived_value(self, obj: Object, attribute: str, position: int) -> str | None:
        """An attribute no object stores but the graph derives: its place in the picture (from its box) or a
        figure's sides, corners ... (from its shape); None for any other attribute."""
        if attribute in THIRDS and obj.box is not None and (grid := self._grid()) is not None and _figure(obj):
            return grid[attribute == "vposition"][position]  # "the top row", "the top left corner" of a grid
        if attribute in IMAGE_POSITIONS and obj.box is not None:
            return image_position(obj.box, self.width, self.height, attribute)
        if attribute in RANKS and obj.box is not None:
            return self._rank(position, attribute)
        if attribute in {"place", "location"} and obj.box is not None and _figure(obj) and attribute not in self.facts:
            attribute = "position"  # "where is it" of a drawn figure: its place in the picture
        if attribute == "position":
            return frame_position(
                self._leaning_third(position, "vposition"), self._leaning_third(position, "hposition")
            )
        if attribute == "quadrant":  # "which corner is it in": its halves down and across
            halves = (self.value_of(position, "vhalf"), self.value_of(position, "hhalf"))
            return None if None in halves else " ".join(halves)  # type: ignore[arg-type]
        if attribute in FIGURE_COUNTS:  # a count its perception gave it (a six-pointed star's), or its shape's
            return obj.attribute(attribute) or figure_count(obj.attribute("shape") or obj.name, attribute)
        if attribute == "type":  # "the same type" of things no perception gives a type: the same kind of thing
            return obj.name
        return None

    def _leaning_third(self, position: int, attribute: str) -> str | None:
        """The object's third along ``attribute``'s axis, or the side whose third it stands just inside of (see
        :meth:`_band_side`): "where is it" of one 1 px inside the middle third names that side."""
        third = self.value_of(position, attribute)
        return (self._band_side(position, attribute) or third) if third == "middle" else third

    def _band_side(self, position: int, attribute: str) -> str | None:
        """The side ("left", "top" ...) within :data:`SIDE_BAND` of whose third the centre of an object of the
        middle third stands, or None (nearer the middle; no box; a stored position, what the data says)."""
        box = self.objects[position].box
        axis = 0 if attribute == "hposition" else 1
        extent = self.width if axis == 0 else self.height
        if box is None or not extent or attribute in self.objects[position].attributes:
            return None
        share = _centre(box, axis) / extent
        sides = ("left", "right") if axis == 0 else ("top", "bottom")
        if share <= 1 / 3 + SIDE_BAND:
            return sides[0]
        return sides[1] if share >= 2 / 3 - SIDE_BAND else None

    def _rank(self, position: int, attribute: str) -> str | None:
        """The object's place counted from one side of the picture among every boxed object but the lines of text
        (see :data:`RANKS`), or None where another's centre is too near its own to tell which comes first."""
        axis, backwards = RANKS[attribute]
        side = (self.width if axis == 0 else self.height) or 1.0
        others = ~self.text_line_mask() & ~(1 << position) & self.all
        own = _centre(self.objects[position].box, axis)
        centres = [_centre(o.box, axis) for p in self.positions(others) if (o := self.objects[p]).box is not None]
        if any(abs(c - own) < RANK_MARGIN * side for c in centres):
            return None
        return str(1 + sum((c > own) if backwards else (c < own) for c in centres))

    def _near_side(self, attribute: str, value: str) -> int:
        """The objects of the middle third whose centre stands within :data:`SIDE_BAND` of ``value``'s third."""
        middle = self.positions(self.attribute_mask(attribute, "middle"))
        return mask_of([p for p in middle if self._band_side(p, attribute) == value], self.n)

    def in_grid(self) -> bool:
        """Whether the drawing's figures stand in a grid, whose rows and columns are its places (see :meth:`_grid`)."""
        return self._grid() is not None

    def _grid(self) -> tuple[list[str | None], list[str | None]] | None:
        """Every figure's column and row when a drawing's figures stand in a grid, at least two rows and two columns
        (see :func:`lines`), once per graph; None otherwise, where places are thirds of the picture. A photo's
        things stand where they stand."""
        if not self._grid_known:
            self._grid_known = True
            boxed = [i for i, o in enumerate(self.objects) if o.box is not None and _figure(o)]
            boxes = np.array([self.objects[i].box for i in boxed], dtype=np.float64).reshape(-1, 4)
            columns, rows = lines(boxes, "column"), lines(boxes, "row")
            if columns is not None and rows is not None and _shared(columns) and _shared(rows):
                across: list[str | None] = [None] * self.n
                down: list[str | None] = [None] * self.n
                for i, column, row in zip(boxed, columns, rows, strict=True):
                    across[i], down[i] = column, row
                self._grid_value = (across, down)
        return self._grid_value

    # --- relations -----------------------------------------------------------------------------------------
    @property
    def geometry(self) -> Geometry | None:
        """The geometric relations this graph computes: those it declares; when it declares none and stores no
        relation either (a graph built by hand from detections), the 2D ones of its boxes, or the 3D ones of its
        positions when it has no boxes. A graph that stores relations (a GQA graph) holds all it has in them."""
        if self._geometry is False:
            geometry = self.declared
            if geometry is None and not self.relations:
                if any(o.box is not None for o in self.objects):
                    geometry = Geometry(boxes=BoxRelations())
                elif any(o.position_3d is not None for o in self.objects):
                    geometry = Geometry(positions=PositionRelations())
            self._geometry = geometry
        return self._geometry  # type: ignore[return-value]

    def can_relate(self, predicate: str) -> bool:
        """Whether the graph can say if the canonical ``predicate`` holds: always for a closed world (no
        ``vocabulary``: an absent row is a "no"), else when rows of it are stored or its geometry computes it.
        A perceived graph whose tools cannot see "holding", or a CLEVR scene asked about "near", cannot."""
        if self.vocabulary is None:
            return True
        if self._computed is None:
            computed = self.geometry.predicates() if self.geometry is not None else frozenset()
            self._computed = frozenset(self._stored_tables()) | computed
        return predicate in self._computed

    def related(self, sources: int, predicate: str, role: str) -> int:
        """Objects related to some of ``sources`` by the canonical ``predicate``: the relation's subjects
        (``role="subject"``: T predicate S) or its objects (S predicate T). A single source is never its own
        relative."""
        key = (predicate, role, sources)
        found = self.relate_cache.get(key)
        if found is not None:
            return found
        at = self.positions(sources)
        found = self._stored_related(at, predicate, role)
        if self.geometry is not None:
            flags = self.spatial().related(predicate, np.asarray(at, dtype=np.intp), role)
            if flags is not None:
                found |= mask_of_flags(flags)
        if len(at) == 1:
            found &= ~sources
        if len(self.relate_cache) >= RELATE_CACHE:  # masks of a large graph are large: keep the recent ones
            self.relate_cache.clear()
        self.relate_cache[key] = found
        return found

    def stores(self, predicate: str) -> bool:
        """Whether rows of ``predicate`` (any wording of it) are stored."""
        return canonical_predicate(predicate) in self._stored_tables()

    def _stored_tables(self) -> dict[str, tuple[dict[int, list[int]], dict[int, list[int]]]]:
        """canonical predicate -> (object -> its subjects, subject -> its objects), from the stored rows."""
        if self._stored is None:
            stored: dict[str, tuple[dict[int, list[int]], dict[int, list[int]]]] = {}
            for rel in self.relations:
                subjects_of, objects_of = stored.setdefault(canonical_predicate(rel.predicate), ({}, {}))
                s, o = self.position(rel.subject), self.position(rel.object)
                subjects_of.setdefault(o, []).append(s)
                objects_of.setdefault(s, []).append(o)
            self._stored = stored
        return self._stored

    def _stored_related(self, at: list[int], predicate: str, role: str) -> int:
        stored = self._stored_tables()
        # "the tie of the man": a row "tie of man", or the man having, wearing, holding or carrying the tie
        ways = [(predicate, role)]
        if predicate == "of":
            ways += [(owning, "object" if role == "subject" else "subject") for owning in POSSESSING]
        elif predicate == "with":  # "the lady with the dog": she has, holds, wears or carries it
            ways += [(owning, role) for owning in POSSESSING]
        found = []
        for name, side in ways:
            tables = stored.get(name)
            if tables is not None:
                table = tables[0] if side == "subject" else tables[1]
                found += [p for source in at for p in table.get(source, ())]
        return mask_of(found, self.n) if found else 0

    def spatial(self) -> Spatial:
        """The graph's geometric relations (its ``geometry`` must be declared)."""
        if self._spatial is None:
            from nsvr.scene_graph.spatial import Spatial

            assert self.geometry is not None
            self._spatial = Spatial.of(self.objects, self.width, self.height, self.geometry)
        return self._spatial


def _text(obj: Object) -> str | None:
    if obj.text is not None:
        return obj.text
    return obj.attribute("text")


_INDEXES: dict[int, tuple[weakref.ref, GraphIndex]] = {}


def _current(index: GraphIndex, graph: SceneGraph) -> bool:
    """Whether ``index`` was built from ``graph`` as it is now (same lists, same lengths, same fields)."""
    fields = graph.__dict__  # read once: a pydantic field read costs three times a dict lookup
    return (
        index.objects is fields["objects"]
        and index.n == len(index.objects)
        and index.relations is fields["relations"]
        and index.relation_count == len(index.relations)
        and index.facts is fields["facts"]
        and index.vocabulary is fields["vocabulary"]
        and index.attribute_values is fields["attribute_values"]
        and index.declared is fields["geometry"]
        and index.width == fields["width"]
        and index.height == fields["height"]
    )


def graph_index(graph: SceneGraph) -> GraphIndex:
    """The index of ``graph``, built on first use and kept while the graph lives."""
    key = id(graph)
    entry = _INDEXES.get(key)
    if entry is not None and entry[0]() is graph and _current(entry[1], graph):
        return entry[1]
    index = GraphIndex(graph)
    _INDEXES[key] = (weakref.ref(graph, lambda _, key=key: _INDEXES.pop(key, None)), index)
    return index


def forget_index(graph: SceneGraph) -> None:
    """Drop ``graph``'s index (after editing its objects in place); the next query builds a new one."""
    _INDEXES.pop(id(graph), None)
