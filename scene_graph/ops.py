"""What each program operation does, as a step function built once per compiled program.

A step function is ``run(index, outputs, inputs, arguments) -> output``: it reads the earlier outputs named by
``inputs`` and the graph through its :class:`~nsvr.scene_graph.index.GraphIndex`; ``arguments`` are the step's
fields by name. Sets of objects are bit masks (see :mod:`.index`); numbers are
Python ints (exact), truth values bools, attribute values strings. A step that cannot produce an output on this
graph raises :class:`StepFailure` (the answer becomes "unknown").

Semantics other planners rely on: a name the graph's ``vocabulary`` cannot see fails the step wherever it appears
(select, a name filter, verify/choose of the name, relate-like steps' ``name``); ``"text"`` reads
``Object.text`` and matches fuzzily (:mod:`.text_match`); boxed objects have ``hposition``/``vposition`` on
demand (:mod:`.index`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from nsvr.scene_graph.clevr import CLEVR_VALUES
from nsvr.scene_graph.geometry import ALIGNED_BOX_PREDICATES
from nsvr.scene_graph.index import LEAN, POSTURES, GraphIndex, mask_of
from nsvr.scene_graph.names import (
    CHART_NAMES,
    NEAR_VALUES,
    SHAPE_NAMES,
    SOLID_NAMES,
    canonical_predicate,
    name_matches,
    same_value,
    singular,
    stated_plainly,
    where_part,
)
from nsvr.scene_graph.program import NUMERIC_ATTRIBUTES
from nsvr.scene_graph.rle import area as rle_area
from nsvr.scene_graph.text_match import text_matches

Args = Mapping[str, Any]
StepFunction = Callable[[GraphIndex, list[Any], Sequence[int], Args], Any]


class StepFailure(Exception):
    """A step that cannot produce an output on this graph (the answer becomes "unknown")."""


def check_visible(ix: GraphIndex, name: str) -> None:
    if not ix.visible(name):
        raise StepFailure(f"the perception cannot detect {name!r}, so its absence proves nothing")


class NoObject(StepFailure):
    """A step that needs one object found none (what a resolving ``unique`` reads as: that one is not meant)."""


class NothingToRelate(NoObject):
    """A relation asked from no object. From "the X" it is a presupposition that failed (unknown); from a set
    named indefinitely ("is there a cube left of a sphere?" with no sphere seen) the compiler reads it as relating
    nothing, so the answer is "no" with the same confidence as "is there a sphere?" (see :func:`relates_a_set`)."""


def relates_a_set(start_op: str) -> bool:
    """Whether a relation from the output of a ``start_op`` step starts from a set named indefinitely ("a sphere",
    "any cubes": none there relates nothing), not from "the X" (a ``unique``: none there leaves the question
    without its subject)."""
    return start_op != "unique"


def the_object(mask: int, what: str) -> int:
    """The position of the single object in ``mask``."""
    if not mask:
        raise NoObject(f"{what} needs exactly one object, found 0")
    if mask & (mask - 1):
        raise StepFailure(f"{what} needs exactly one object, found {mask.bit_count()}")
    return mask.bit_length() - 1


_FEW_VALUES = {"color": frozenset(CLEVR_VALUES["color"])}
"""The colours of a rendered world of few paints (CLEVR's eight): only there is a shade it has no name for one of
them ("violet" its purple); a perception's colour namer has more names, and a shade outside them is unknown."""


def told_value(ix: GraphIndex, attribute: str | None, value: str) -> str:
    """``value``, or where the graph declares the values it tells and this one is not among them, the nearest one
    it tells (:data:`~nsvr.scene_graph.names.NEAR_VALUES`: "plastic" is a render's rubber)."""
    if attribute is None or ix.can_tell(attribute, value):
        return value
    told = (ix.attribute_values or {}).get(attribute, [])
    if not set(told) <= _FEW_VALUES.get(attribute, set(told)):
        return value  # a namer's palette (a photo's colours): a finer shade it has no name for is no evidence
    for near in NEAR_VALUES.get(attribute, {}).get(value.strip().lower(), ()):
        if ix.can_tell(attribute, near):
            return near
    return value


def check_told(ix: GraphIndex, attribute: str | None, value: str) -> None:
    if not ix.can_tell(attribute, value):
        what = f"{attribute} {value!r}" if attribute else repr(value)
        raise StepFailure(f"the perception cannot tell {what}, so it cannot say yes or no")


def relatable(ix: GraphIndex, predicate: str) -> str:
    """The canonical ``predicate`` this graph answers for ``predicate``: itself, or, where the graph cannot tell a
    posture ("standing next to") but knows the place it names, that place (near); "directly above" where only
    places in 3D are known: above; else a StepFailure."""
    if predicate in ALIGNED_BOX_PREDICATES and not ix.stores(predicate):
        if ix.geometry is None or ix.geometry.boxes is None:
            predicate = predicate.removeprefix("directly ")
        else:
            return predicate
    where = where_part(predicate)
    if ix.can_relate(predicate):
        if ix.vocabulary is None and not ix.stores(predicate):  # a graph that states this posture of nothing
            plain = stated_plainly(predicate)
            if plain is not None and ix.stores(plain):
                return plain  # "sitting on" or "on top of" where it states "on" of things: on
            if where is not None and ix.can_relate(where):
                return where  # "hanging above": the place it names
        return predicate
    if where is not None and ix.can_relate(where):
        return where
    raise StepFailure(f"the perception cannot tell the relation {predicate!r}, so it cannot say yes or no")


def value_of(ix: GraphIndex, position: int, attribute: str) -> str:
    value = ix.value_of(position, attribute)
    if value is None:
        obj = ix.objects[position]
        raise NoObject(f"object {obj.id} ({obj.name}) has no {attribute}")  # nothing there to read
    return value


def holds_for_all(ix: GraphIndex, mask: int, attribute: str | None, value: str) -> bool:
    check_all_told(ix, mask, attribute)
    return ix.attribute_mask(attribute, value) & mask == mask


def _check_tone_told(ix: GraphIndex, attribute: str | None, value: str, mask: int) -> None:
    """A StepFailure where a toned colour ("dark green") is asked of an object of that colour whose tone is unsure."""
    unsure = ix.toned_unsure(attribute, value, mask)
    if unsure:
        obj = ix.objects[(unsure & -unsure).bit_length() - 1]
        raise StepFailure(f"the perception could not tell whether object {obj.id} ({obj.name}) is {value}")


def check_all_told(ix: GraphIndex, mask: int, attribute: str | None) -> None:
    """A StepFailure when the perception could not tell ``attribute`` of some object of ``mask``."""
    untold = ix.untold_mask(attribute) & mask
    if untold:
        obj = ix.objects[(untold & -untold).bit_length() - 1]
        raise StepFailure(f"the perception could not tell the {attribute} of object {obj.id} ({obj.name})")


def fact_is(ix: GraphIndex, attribute: str | None, value: str) -> bool | None:
    """Whether the scene's fact ``attribute`` is ``value``; None when the scene has no such fact."""
    fact = ix.facts.get(attribute or "")
    if fact is None:
        return None
    return text_matches(value, fact) if attribute == "text" else fact.lower() == value.lower()


# --- object sets ---------------------------------------------------------------------------------------------
def scene(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    return ix.all


def select(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    name = args["name"]
    check_visible(ix, name)
    found = ix.specific_name_mask(name) if args.get("specific") else ix.name_mask(name)
    return found & outs[inputs[0]] if inputs else found


def filter_(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    attribute, value = args["attribute"], args["value"]
    key: tuple[str | None, str] | None = (attribute, value)
    found = ix.filter_cache.get(key)  # the hot path: this filter already run on this graph
    if found is None or attribute == "name":
        if attribute == "name":
            check_visible(ix, value)
        else:
            value = told_value(ix, attribute, value)
            check_told(ix, attribute, value)
            if attribute is None and not ix.describes(value):
                if value.lower() in POSTURES:
                    raise StepFailure(
                        f"the graph gives nobody a posture or an activity, so it cannot pick out who is {value}"
                    )
                if not args.get("negate"):  # "the man that is not sad" picks him out whatever nobody is said to be
                    raise StepFailure(f"the graph describes nothing as {value!r}, so it cannot pick out what is")
                key = None  # not kept: the same filter without "not" must fail
        found = ix.attribute_mask(attribute, value)
        if key is not None:
            ix.filter_cache[key] = found
    check_all_told(ix, outs[inputs[0]], attribute)
    _check_tone_told(ix, attribute, value, outs[inputs[0]])
    if args.get("negate"):
        return outs[inputs[0]] & ~found
    kept = outs[inputs[0]] & found
    if kept:
        return kept
    if attribute in _SIDES:
        return _relative_side(ix, outs[inputs[0]], attribute, value)
    if attribute == "size":
        return _relative_size(ix, outs[inputs[0]], value)
    return kept


_SIZE_SIGNS = {"large": 1, "big": 1, "small": -1, "tiny": -1, "little": -1}


def _relative_size(ix: GraphIndex, mask: int, value: str) -> int:
    """ "The big triangle" of drawn triangles none of which is large by the size classes: of two or more drawn
    figures, the one clearly larger (smaller) than every other one, as :func:`larger` compares them (people size
    drawn figures against each other); none where no one stands out."""
    sign = _SIZE_SIGNS.get(value.strip().lower())
    positions = ix.positions(mask)
    drawn = [ix.objects[p] for p in positions]
    if sign is None or len(positions) < 2 or not all(_drawn(o) and o.position_3d is None for o in drawn):
        return 0
    if len({singular(o.name) for o in drawn}) > 1:  # only of things of one kind: "the big triangle"
        return 0
    try:
        for p in positions:
            if all(measure_order(ix, p, q, "area") == sign for q in positions if q != p):
                return 1 << p
    except StepFailure:  # sizes no one can compare: none stands out
        return 0
    return 0


_SIDES = {"hposition": {"left": "left", "right": "right"}, "vposition": {"top": "top", "bottom": "bottom"}}
_SIDE_MARGIN = 0.02
"""How far (share of the image side) the outermost object must stand apart to be "the one on the left"."""


def _relative_side(ix: GraphIndex, mask: int, attribute: str, value: str) -> int:
    """ "The tie on the left" when no tie stands in the image's left third: of two or more objects, the one
    clearly further left than every other (people say "on the left" of a group as well as of the frame).

    Only for boxed objects whose position is derived (a stored ``hposition`` is what the data says)."""
    side = _SIDES[attribute].get(value.strip().lower())
    positions = ix.positions(mask)
    if side is None or len(positions) < 2:
        return 0
    centres = _derived_centres(ix, positions, attribute)
    if centres is None:
        return 0
    order = sorted(range(len(positions)), key=centres.__getitem__, reverse=side in {"right", "bottom"})
    first, second = centres[order[0]], centres[order[1]]
    if abs(first - second) < _SIDE_MARGIN * (ix.width if attribute == "hposition" else ix.height):
        return 0
    # on that side of the picture still: "the one on the right" of two figures both in its left half is neither
    half = ix.value_of(positions[order[0]], "hhalf" if attribute == "hposition" else "vhalf")
    return 1 << positions[order[0]] if half in (None, side) else 0


def _derived_centres(ix: GraphIndex, positions: list[int], attribute: str) -> list[float] | None:
    """The box centres of the objects at ``positions`` along ``attribute``'s axis (x for hposition, y for
    vposition); None when one has no box, or a stored position (what the data says, never re-derived)."""
    objects = [ix.objects[p] for p in positions]
    if any(o.box is None or attribute in o.attributes for o in objects):
        return None
    axis = 0 if attribute == "hposition" else 1
    return [(o.box[axis] + o.box[axis + 2]) / 2 for o in objects]  # type: ignore[index]


class Ambiguous(Exception):
    """A resolving ``unique`` found several objects (``mask``): the executor tries each as the one meant."""

    def __init__(self, mask: int) -> None:
        super().__init__(mask)
        self.mask = mask


def unique(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    mask = outs[inputs[0]]
    if not mask or mask & (mask - 1):
        if args.get("resolve"):  # none: the next step says what that means (a scene fact, or nothing there)
            if mask:
                raise Ambiguous(mask)
            return mask
        the_object(mask, "unique")
    return mask


def _related(ix: GraphIndex, mask: int, args: Args, verb: str) -> int:
    name = args.get("name")
    if name:
        check_visible(ix, name)
    if not mask:
        raise NothingToRelate(f"{verb} {args['predicate']!r} has no object to start from")
    said = canonical_predicate(args["predicate"])
    if said.startswith("toward ") and not ix.stores(said):  # "due north of", "at the circle's 7 o'clock"
        found = _toward(ix, mask, said.removeprefix("toward "), args.get("role", "subject"))
        return found & ix.name_mask(name) if name else found
    predicate = relatable(ix, said)
    found = ix.related(mask, predicate, args.get("role", "subject"))
    if predicate == "near":
        found |= _clear_neighbours(ix, mask)
    return found & ix.name_mask(name) if name else found


NEIGHBOUR_LEAD = 1.6
"""How many times nearer than any other a drawn figure's nearest figure must be to stand next to it however far."""


def _clear_neighbours(ix: GraphIndex, mask: int) -> int:
    """In a drawing, each figure of ``mask``'s clearly nearest figure (:data:`NEIGHBOUR_LEAD`), or its only other
    one, and the figures whose clearly nearest figure it is: "the square next to the circle" of a sparse drawing,
    whose figures stand apart by more than their sizes. Nothing in a photo, where "next to" is distance alone."""
    figures = [p for p in ix.positions(ix.all) if _drawn(ix.objects[p]) and ix.objects[p].box is not None]
    if len(figures) < 2 or len(figures) != ix.n:
        return 0
    found = 0
    for figure in figures:  # either way round: the anchor's clear neighbour, or one whose clear neighbour it is
        centre = _box_centre(ix, figure)
        others = sorted((float(np.hypot(*(_box_centre(ix, p) - centre))), p) for p in figures if p != figure)
        if len(others) == 1 or others[0][0] * NEIGHBOUR_LEAD <= others[1][0]:
            nearest = others[0][1]
            if mask >> figure & 1:
                found |= 1 << nearest
            elif mask >> nearest & 1:
                found |= 1 << figure
    return found


def _known_relation(ix: GraphIndex, mask: int, predicate: str, role: str) -> int | None:
    """What ``related`` gave for this relation from ``mask`` when this graph was asked it before (None otherwise,
    or when the graph cannot tell the relation: :func:`_related` then says so)."""
    if mask and ix.can_relate(predicate):
        return ix.relate_cache.get((predicate, role, mask))
    return None


SIZE_RELATIONS: dict[str, tuple[str, int]] = {
    "larger": ("area", 1),
    "bigger": ("area", 1),
    "smaller": ("area", -1),
    "taller": ("height", 1),
    "shorter": ("height", -1),
    "wider": ("width", 1),
    "narrower": ("width", -1),
}
"""Relations of size ("the things bigger than the brown ball", "the bars taller than the green one"): the measure
compared and its sign, computed as :func:`larger` compares two objects."""


def _size_related(ix: GraphIndex, mask: int, args: Args) -> int:
    """The objects larger (smaller) than the one object of ``mask``, of ``name`` when given; ``role="object"``
    turns it round (the objects it is larger than)."""
    name = args.get("name")
    if name:
        check_visible(ix, name)
    anchor = the_object(mask, f"relate {args['predicate']}")
    measure, sign = SIZE_RELATIONS[args["predicate"]]
    sign *= -1 if args.get("role", "subject") == "object" else 1
    candidates = ix.name_mask(name) if name else ix.all
    order = [p for p in ix.positions(candidates & ~mask) if measure_order(ix, p, anchor, measure) == sign]
    return mask_of(order, ix.n)


def relate(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    mask = outs[inputs[0]]
    if args["predicate"] in SIZE_RELATIONS:
        return _size_related(ix, mask, args)
    if args["predicate"] == "between" and not ix.stores("between"):
        return _between(ix, mask)
    if not args.get("name"):
        found = _known_relation(ix, mask, canonical_predicate(args["predicate"]), args.get("role", "subject"))
        if found is not None:
            return found
    return _related(ix, mask, args, "relate")


BETWEEN_REACH = 0.4
"""How far off the line joining two objects' centres (a share of its length) a third one's centre may lie and
still be between them; along the line it must lie strictly between the two."""
GROUND_BETWEEN_REACH = 0.2
"""The same on the ground of a scene in 3D, where a picture's corridor would take in what stands behind the line:
the things on a table stand closer together than a drawing's figures."""


def _between(ix: GraphIndex, ends: int) -> int:
    """The objects between the two objects of ``ends``: right of one and left of the other (either way round), below
    one and above the other, or in front of one and behind the other; also near the line joining them
    (:data:`BETWEEN_REACH`), on the ground where the scene is in 3D, else in the picture, so "between the circle
    and the square" of a shape far above both is not between."""
    pair = ix.positions(ends)
    if len(pair) != 2:
        raise StepFailure(f"'between' needs two objects, found {len(pair)}")
    first, second = (1 << p for p in pair)
    found = 0
    for here, there in (("right", "left"), ("below", "above"), ("front", "behind")):
        if not (ix.can_relate(here) and ix.can_relate(there)):
            continue
        for one, other in ((here, there), (there, here)):
            found |= ix.related(first, one, "subject") & ix.related(second, other, "subject")
    placed = ix.positions(found | ends)
    if all(ix.objects[p].position_3d is not None for p in placed):
        centre, reach = _ground_centre, GROUND_BETWEEN_REACH  # in 3D: on the way across the table
    elif all(ix.objects[p].box is not None for p in placed):
        centre, reach = _box_centre, BETWEEN_REACH
    else:
        return found & ~ends
    centres = [centre(ix, p) for p in pair]
    start, line = centres[0], centres[1] - centres[0]
    length = float(np.hypot(*line))
    kept = 0
    for position in ix.positions(found & ~ends):
        offset = centre(ix, position) - start
        along = float(np.dot(offset, line)) / max(length**2, 1e-9)
        off = abs(float(line[0] * offset[1] - line[1] * offset[0])) / max(length, 1e-9)
        if 0.0 < along < 1.0 and off <= reach * length:
            kept |= 1 << position
    return kept


def _ground_centre(ix: GraphIndex, position: int) -> np.ndarray:
    """An object's place on the ground (its 3D position without its height)."""
    x, y, _ = ix.objects[position].position_3d  # type: ignore[misc]
    return np.array([x, y], dtype=np.float64)


def _box_centre(ix: GraphIndex, position: int) -> np.ndarray:
    box = ix.objects[position].box
    if box is None:
        raise StepFailure(f"object {ix.objects[position].id} has no box to say what lies between")
    return np.array([(box[0] + box[2]) / 2, (box[1] + box[3]) / 2], dtype=np.float64)


def same_attribute(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    attribute = args["attribute"]
    mask = outs[inputs[0]]
    if mask and not mask & (mask - 1) and attribute not in _DERIVED:  # one object with the attribute stored and
        stored = ix.objects[mask.bit_length() - 1].attributes.get(attribute)  # its value's objects looked up before
        found = ix.attribute_cache.get((attribute, stored.value)) if stored is not None else None
        if found is not None:
            return found & ~mask
    anchor = the_object(mask, f"same_{attribute}")
    return ix.attribute_mask(attribute, value_of(ix, anchor, attribute)) & ~(1 << anchor)


def union(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    first, second = outs[inputs[0]], outs[inputs[1]]
    if args.get("each") and not (first and second):
        raise NoObject("one of the options offered names no object")
    return first | second


def intersect(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    return outs[inputs[0]] & outs[inputs[1]]


def difference(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    return outs[inputs[0]] & ~outs[inputs[1]]


def _sort_key(ix: GraphIndex, position: int, by: str) -> float:
    obj = ix.objects[position]
    directions = ix.geometry.clevr.directions if ix.geometry is not None and ix.geometry.clevr else {}
    if by in directions:  # CLEVR-rule scenes: along the scene's own direction vector, the furthest first
        if obj.position_3d is None:
            raise StepFailure(f"object {obj.id} has no 3D position to order by {by}")
        along = sum(p * d for p, d in zip(obj.position_3d, directions[by], strict=True))
        return -along if by in {"front", "left"} else along  # ordinal() reverses right/behind
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
    if by in {"tallest", "shortest"}:
        return y2 - y1
    return x2 - x1  # widest, narrowest (largest and smallest order by _size_key)


def ordinal(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    by, index = args["by"], args.get("index", 1)
    among, text_lines = outs[inputs[0]], ix.text_line_mask()
    if among & ~text_lines:  # "the leftmost shape" of a diagram with a title: the title is no shape
        among &= ~text_lines
    positions = ix.positions(among)
    if args.get("middle"):
        if len(positions) % 2 == 0:
            raise StepFailure(f"{len(positions)} objects have no middle one from the {by}")
        index = (len(positions) + 1) // 2
    if len(positions) < index:
        raise StepFailure(f"asked for object {index} from the {by}, only {len(positions)} there")
    reverse = by in {"right", "bottom", "behind", "largest", "tallest", "widest"}
    if by in {"largest", "smallest"}:  # as "larger" compares: size class first, then a clearly larger area
        keys: dict[int, Any] = {p: _size_key(ix, p) for p in positions}
        ordered = sorted(positions, key=keys.__getitem__, reverse=reverse)
        neighbours = [ordered[i] for i in (index - 2, index) if 0 <= i < len(ordered)]
        if any(size_order(ix, ordered[index - 1], other) == 0 for other in neighbours):
            raise StepFailure(f"objects are too alike in size to say which is number {index} from the {by}")
        return 1 << ordered[index - 1]
    if by == "centre":
        return _nearest_centre(ix, positions, index)
    if by.startswith(("most_", "fewest_")):
        keys, reverse = _figure_counts(ix, positions, by.partition("_")[2]), by.startswith("most_")
    else:
        keys, reverse = _placed_keys(ix, outs[inputs[0]], positions, by, reverse)
    ordered = sorted(positions, key=keys.__getitem__, reverse=reverse)
    chosen = keys[ordered[index - 1]]
    if any(keys[ordered[i]] == chosen for i in (index - 2, index) if 0 <= i < len(ordered)):
        raise StepFailure(f"objects tie for number {index} from the {by}")
    return 1 << ordered[index - 1]


def _placed_keys(
    ix: GraphIndex, among: int, positions: list[int], by: str, reverse: bool
) -> tuple[dict[int, Any], bool]:
    """The objects' keys along ``by`` (a side, front or behind, a height or a width) and whether the order runs
    backwards: from their boxes or 3D positions, else from an order the graph stores (a drawing's layers)."""
    try:
        return {p: _sort_key(ix, p, by) for p in positions}, reverse
    except StepFailure:
        layered = by in {"front", "behind"} and ix.geometry is not None and ix.geometry.layers is not None
        if by not in _STORED_ORDERS or not (ix.stores(by) or layered):
            raise
        keys: dict[int, Any] = _stored_order(ix, among, positions, by)
        if layered:  # of a drawing's shapes, the one on top of another before those on none: (0, -1) < (0, 0)
            other = "behind" if by == "front" else "front"
            beyond = _stored_order(ix, among, positions, other)
            keys = {p: (keys[p], -beyond[p]) for p in positions}
        return keys, False


def _figure_counts(ix: GraphIndex, positions: list[int], part: str) -> dict[int, Any]:
    """Each figure's count of ``part`` (sides, corners, points) from its shape; a figure whose count is not known
    (a cube, a star's corners) leaves the order unknown."""
    counts = {p: ix.value_of(p, part) for p in positions}
    unknown = [ix.objects[p].id for p, count in counts.items() if count is None or not str(count).isdigit()]
    if unknown:
        raise StepFailure(f"the number of {part} of object {unknown[0]} is not known")
    return {p: int(count) for p, count in counts.items()}


_CENTRE_MARGIN = 0.05
"""How much nearer the middle of the picture (a share of its shorter side) the k-th object must be than its
neighbours in that order for "the object in the very middle" to name it."""


def _nearest_centre(ix: GraphIndex, positions: list[int], index: int) -> int:
    """The ``index``-th object nearest the middle of the picture (box centres), when clearly so."""
    if not ix.width or not ix.height:
        raise StepFailure("the picture has no size to find its middle")
    middle = np.array([ix.width / 2, ix.height / 2])
    distances = {}
    for p in positions:
        box = ix.objects[p].box
        if box is None:
            raise StepFailure(f"object {ix.objects[p].id} has no box to tell how near the middle it is")
        distances[p] = float(np.linalg.norm(_centre(box) - middle))
    ordered = sorted(positions, key=distances.__getitem__)
    chosen = distances[ordered[index - 1]]
    margin = _CENTRE_MARGIN * min(ix.width, ix.height)
    if any(abs(distances[ordered[i]] - chosen) < margin for i in (index - 2, index) if 0 <= i < len(ordered)):
        raise StepFailure("objects are about as near the middle of the picture: too close to call")
    return 1 << ordered[index - 1]


_STORED_ORDERS = frozenset({"left", "right", "front", "behind"})


def _stored_order(ix: GraphIndex, mask: int, positions: list[int], by: str) -> dict[int, float]:
    """For a graph that stores its place relations but no coordinates (a CLEVR scene's ``relationships`` read
    alone): how many of the others are further ``by`` than each object (the leftmost has none left of it)."""
    return {p: float(int.bit_count(ix.related(1 << p, by, "subject") & mask)) for p in positions}


def _size_key(ix: GraphIndex, position: int) -> tuple[int, float]:
    """How large an object is, for ordering: its size class, then its area in the picture (a flat figure's: its
    area alone)."""
    area = _area(ix.objects[position])
    if area is not None and _flat_figure(ix.objects[position]):
        return 0, area
    rank = _size_rank(ix, position)
    if area is None and rank is None:
        obj = ix.objects[position]
        raise StepFailure(f"object {obj.id} ({obj.name}) has neither a size nor a box to order by")
    return -1 if rank is None else rank, area or 0.0


def closest(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    anchor_mask = outs[inputs[1]]
    anchor = the_object(anchor_mask, "closest")
    positions = ix.positions(outs[inputs[0]] & ~anchor_mask)
    if not positions:
        raise StepFailure("no object other than the anchor to measure a distance to")
    here = ix.objects[anchor]
    candidates = [ix.objects[p] for p in positions]
    if here.position_3d is not None and all(o.position_3d is not None for o in candidates):
        origin, points = np.asarray(here.position_3d), np.array([o.position_3d for o in candidates])
    elif here.box is not None and all(o.box is not None for o in candidates):
        origin, points = _centre(here.box), np.array([_centre(o.box) for o in candidates])  # type: ignore[arg-type]
    else:
        raise StepFailure("the objects have neither 3D positions nor boxes to measure distances")
    distances = np.linalg.norm(points - origin, axis=1)
    order = np.argsort(-distances if args.get("farthest") else distances, kind="stable")
    if len(order) > 1 and np.isclose(distances[order[0]], distances[order[1]], rtol=1e-6, atol=1e-9):
        raise StepFailure("two objects are equally near")
    return 1 << positions[int(order[0])]


def _values(ix: GraphIndex, mask: int, attribute: str) -> dict[str, int]:
    """How many of the objects of ``mask`` have each value of ``attribute``. A perception that could not tell
    the value of one of them makes it unknown; objects a graph gives no such value at all (a person's material
    in a hand-made graph) are not counted."""
    check_all_told(ix, mask, attribute)
    tally: dict[str, int] = {}
    for position in ix.positions(mask):
        value = ix.value_of(position, attribute)
        if value is not None:
            tally[value] = tally.get(value, 0) + 1
    return tally


ODD_ATTRIBUTES = ("color", "shape", "material")
"""What an odd one out may differ in when the question names nothing (sizes are measures, not kinds)."""


def odd_one_out(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int | str:
    """The one object of three or more whose value differs while every other one shares one value (none: no
    object); with no attribute named, the one object some of :data:`ODD_ATTRIBUTES` singles out (two: unknown).
    ``describe``: the values it differs in ("blue", "blue square"), as one says which one it is."""
    mask = outs[inputs[0]]
    positions = ix.positions(mask)
    if len(positions) < 3:
        raise StepFailure(f"an odd one out needs three objects or more, found {len(positions)}")
    named = args.get("attribute")
    odd: dict[int, list[str]] = {}
    for attribute in (named,) if named else ODD_ATTRIBUTES:
        check_all_told(ix, mask, attribute)
        values = [ix.value_of(p, attribute) for p in positions]
        if None in values:
            if named:
                raise StepFailure(f"some of the objects have no {attribute}")
            continue
        tally = {v: values.count(v) for v in set(values)}
        if len(tally) == 2 and min(tally.values()) == 1:
            lone = next(v for v, n in tally.items() if n == 1)
            odd.setdefault(positions[values.index(lone)], []).append(attribute)
    if len(odd) > 1:
        raise StepFailure("two objects are odd ones out, each in its own way")
    if not odd:
        if args.get("describe"):
            raise StepFailure(f"no one object differs from all the others in {named or 'colour, shape or material'}")
        return 0  # none: "is there an odd one out" is no, "the odd one out" names nothing
    position, attributes = next(iter(odd.items()))
    if args.get("describe"):
        return " ".join(
            v for a in ("color", "material", "shape") if a in attributes and (v := ix.value_of(position, a))
        )
    return 1 << position


def count_values(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    return len(_values(ix, outs[inputs[0]], args["attribute"]))


def most_common(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> str:
    tally = _values(ix, outs[inputs[0]], args["attribute"])
    if not tally:
        raise StepFailure(f"no object to find the most common {args['attribute']} of")
    sign = 1 if args.get("least") else -1
    ranked = sorted(tally.items(), key=lambda item: sign * item[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        raise StepFailure(f"{ranked[0][0]} and {ranked[1][0]} are equally common")
    return ranked[0][0]


def values_seen(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> str | int:
    """The values exactly ``times`` objects have (``at_least``: that many or more), listed in alphabetical order;
    how many of them with ``count``."""
    tally = _values(ix, outs[inputs[0]], args["attribute"])
    times = args.get("times", 1)
    seen = sorted(v for v, n in tally.items() if (n >= times if args.get("at_least") else n == times))
    if args.get("count"):
        return len(seen)
    if not seen:
        raise StepFailure(f"no {args['attribute']} is seen {times} times")
    return ", ".join(seen)


def word(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> str:
    return str(args["value"])


def list_values(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> str:
    """The values, most frequent first (ties in alphabetical order), joined by commas."""
    tally = _values(ix, outs[inputs[0]], args["attribute"])
    if not tally:
        raise StepFailure(f"no object to list the {args['attribute']} of")
    return ", ".join(value for value, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def _centre(box: tuple[float, float, float, float]) -> np.ndarray:
    return np.array([(box[0] + box[2]) / 2, (box[1] + box[3]) / 2])


# --- numbers and truth values --------------------------------------------------------------------------------
def count(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    return outs[inputs[0]].bit_count()


def exist(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> bool:
    return outs[inputs[0]] != 0


def less_than(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> bool:
    return int(outs[inputs[0]]) < int(outs[inputs[1]])


def greater_than(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> bool:
    return int(outs[inputs[0]]) > int(outs[inputs[1]])


def number(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    return int(args["value"])


def add(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    return int(outs[inputs[0]]) + int(outs[inputs[1]])


def subtract(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    gap = int(outs[inputs[0]]) - int(outs[inputs[1]])
    return abs(gap) if args.get("absolute") else gap


_POINTS = {
    "compass": ("east", "northeast", "north", "northwest", "west", "southwest", "south", "southeast"),
    "plain": ("right", "upper right", "up", "upper left", "left", "lower left", "down", "lower right"),
}
DIRECTION_MARGIN = 12.5
"""How far (degrees) off a compass point's line a direction may be and still be that point (a 45-degree sector
leaves 10 degrees each side unsaid); an hour of a clock face, 10 of its 15."""
DIRECTION_REACH = 0.1
"""How far apart (share of the picture's side) two centres must be for a direction between them."""


_HEADINGS = {
    **{point: 45.0 * i for i, point in enumerate(_POINTS["compass"])},
    **{str(hour): (90 - 30 * hour) % 360 for hour in range(1, 13)},
}
"""Where each compass point and each hour of a clock face lies, degrees counter-clockwise from east (up is north)."""


def _bearing(offset: np.ndarray) -> float:
    """The direction of a picture offset (x right, y down) in degrees counter-clockwise from east, up is north."""
    return math.degrees(math.atan2(-offset[1], offset[0])) % 360


def _off_line(angle: float, line: float) -> float:
    """How many degrees ``angle`` lies off the direction ``line``, either way round."""
    return abs((angle - line + 180) % 360 - 180)


def _toward(ix: GraphIndex, mask: int, heading: str, role: str) -> int:
    """The objects that lie that way from the one anchor ("due north of the square", "at the circle's 7 o'clock"):
    within :data:`DIRECTION_MARGIN` (an hour: 10 degrees) of the heading's line. Role "object": the anchors from
    which the one object lies that way."""
    if heading not in _HEADINGS:
        raise StepFailure(f"the perception cannot tell the heading {heading!r}")
    anchor = the_object(mask, f"toward {heading}")
    margin = 10.0 if heading.isdigit() else DIRECTION_MARGIN
    found = 0
    for position in ix.positions(ix.all & ~(1 << anchor)):
        if ix.objects[position].box is None:
            continue
        offset = _box_centre(ix, position) - _box_centre(ix, anchor)
        if _off_line(_bearing(offset if role == "subject" else -offset), _HEADINGS[heading]) <= margin:
            found |= 1 << position
    return found


def direction(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> str:
    """Which way the first object lies from the second (from the picture's centre with one input), by box centres
    with up as north: a compass point, a plain direction or an hour; unknown near the line between two of them."""
    here = ix.objects[the_object(outs[inputs[0]], "direction")]
    if here.box is None:
        raise StepFailure("the object has no place in the picture to take a direction from")
    if len(inputs) > 1:
        there = ix.objects[the_object(outs[inputs[1]], "direction")]
        if there.box is None or there is here:
            raise StepFailure("no second object to take a direction from")
        origin = _centre(there.box)
    else:
        origin = np.array([ix.width / 2, ix.height / 2])
    offset = _centre(here.box) - origin
    if float(np.hypot(*offset)) < DIRECTION_REACH * max(ix.width, ix.height):
        raise StepFailure("the two are too close together to say which way one lies from the other")
    angle = _bearing(offset)
    words = args.get("words", "plain")
    if words == "clock":
        hour = (90 - angle) % 360 / 30
        nearest = round(hour) % 12 or 12
        if abs(hour - round(hour)) * 30 > 10:
            raise StepFailure(f"it lies between {int(hour) % 12 or 12} and {int(hour) % 12 + 1} o'clock")
        return str(nearest)
    sector = round(angle / 45) % 8
    if _off_line(angle, sector * 45) > DIRECTION_MARGIN:
        raise StepFailure("it lies between two directions")
    return _POINTS[words][sector]


def multiply(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
    return int(outs[inputs[0]]) * int(outs[inputs[1]])


def proportion(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> str:
    """The first number as a share of the second, said as ``form`` asks (:class:`~nsvr.scene_graph.program.Proportion`).

    >>> proportion(None, [3, 8], [0, 1], {"form": "fraction"}), proportion(None, [1, 3], [0, 1], {"form": "percent"})
    ('3/8', '33.3%')
    """
    part, whole = int(outs[inputs[0]]), int(outs[inputs[1]])
    form = args.get("form", "fraction")
    if whole == 0 and form != "ratio":
        raise StepFailure("a share of nothing has no value")
    common = math.gcd(part, whole) or 1
    if part == 0 and form != "ratio":  # "what fraction of the circles are blue": none of them
        return "0%" if form == "percent" else "0"
    if form == "ratio":
        return f"{part // common}:{whole // common}"
    if form == "percent":
        return f"{round(100 * part / whole, 1):g}%"
    if form == "times" and part % whole == 0:
        return str(part // whole)
    return f"{part // common}/{whole // common}"


def even(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> bool:
    return int(outs[inputs[0]]) % 2 == 0


def worded(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> str:
    decided = outs[inputs[0]]
    if isinstance(decided, Undecided):
        raise StepFailure(decided.reason)
    return args["words"][0] if decided else args["words"][1]


class Undecided:
    """The output of a yes/no step that could not be decided, kept for an ``and`` / ``or`` the other side of which
    may decide alone ("is it in the top right corner" of a shape on the left: no, however high it stands)."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


def and_(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> bool:
    return _decided(outs[inputs[0]], outs[inputs[1]], False)


def or_(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> bool:
    return _decided(outs[inputs[0]], outs[inputs[1]], True)


def _decided(a: Any, b: Any, deciding: bool) -> bool:
    """``a`` and ``b`` (``deciding`` False) or ``a`` or ``b`` (True), where one side that is ``deciding`` decides
    alone and an undecided side otherwise leaves the answer unknown."""
    if (a is not None and not isinstance(a, Undecided) and bool(a) is deciding) or (
        b is not None and not isinstance(b, Undecided) and bool(b) is deciding
    ):
        return deciding
    for side in (a, b):
        if isinstance(side, Undecided):
            raise StepFailure(side.reason)
    return not deciding


def not_(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> bool:
    return not outs[inputs[0]]


def equal(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> bool:
    """The same objects or the same number exactly (both are ints); the same value ignoring case."""
    a, b = outs[inputs[0]], outs[inputs[1]]
    if type(a) is int and type(b) is int:
        return a == b
    return str(a).lower() == str(b).lower()


# --- attribute values ----------------------------------------------------------------------------------------
_DERIVED = frozenset({"name", "text"})


PICTURE_FACTS = frozenset({"background"})
"""Attributes only the picture has (never an object): without the fact, the picture cannot tell them."""


def _check_picture_fact(ix: GraphIndex, attribute: str | None) -> None:
    if attribute in PICTURE_FACTS and attribute not in ix.facts:
        raise StepFailure(f"the perception gave the picture no {attribute} (a plain background's colour is named)")


TELLING_ATTRIBUTES = ("color", "size", "material", "shape")
"""What tells one object from others of its kind when its name cannot ("which bar is the shortest": the yellow)."""


def _telling_value(ix: GraphIndex, position: int, among: int) -> str | None:
    """The first of :data:`TELLING_ATTRIBUTES` whose value object ``position`` has and no other object of ``among``
    has, where all of ``among`` share its name (None otherwise: the name tells it apart)."""
    others = [p for p in ix.positions(among) if p != position]
    name = ix.objects[position].name
    if not others or any(ix.objects[p].name != name for p in others):
        return None
    for attribute in TELLING_ATTRIBUTES:
        value = ix.value_of(position, attribute)
        if value is None or same_value(str(value), name):
            continue
        if all((v := ix.value_of(p, attribute)) is not None and not same_value(str(v), str(value)) for p in others):
            return str(value)
    return None


def _telling_label(ix: GraphIndex, position: int, among: int, attribute: str) -> str | None:
    """The label written on drawn figure ``position`` where its ``attribute`` (its name or shape) is another one's
    of ``among`` too and its label is its own: "which shape is at the top" of a flowchart with two rectangles is
    the box that says "Data" (a diagram's boxes go by their labels), where "rectangle" tells neither apart."""
    obj = ix.objects[position]
    label = ix.value_of(position, "text")
    if not _drawn(obj) or not isinstance(label, str) or not label.strip():
        return None
    value = ix.value_of(position, attribute)
    others = [p for p in ix.positions(among) if p != position and _drawn(ix.objects[p])]
    if value is None or not any(same_value(str(ix.value_of(p, attribute) or ""), str(value)) for p in others):
        return None
    if any(same_value(str(ix.value_of(p, "text") or ""), label.strip()) for p in others):
        return None
    return label.strip()


def query(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> str | int:
    """The input object's ``attribute``; a count of parts (a figure's sides) or a place in an order as a number."""
    if args["attribute"] in _SIZE_PLACES:
        return _size_place(ix, outs[inputs[0]], args["attribute"])
    value = _queried(ix, outs, inputs, args)
    if args["attribute"] not in NUMERIC_ATTRIBUTES:
        return value
    if value is None or not str(value).isdigit():
        raise StepFailure(f"the number of {args['attribute']} is not known")
    return int(value)


_SIZE_PLACES = {"rank_largest": 1, "rank_smallest": -1}


def _size_place(ix: GraphIndex, mask: int, attribute: str) -> int:
    """The one object's place among every object counted from the largest (or the smallest): one more than the
    number clearly larger (smaller); unknown where another is too near its size to tell which comes first."""
    position = the_object(mask, f"the place of {attribute}")
    larger = 0
    for other in ix.positions(ix.all & ~ix.text_line_mask() & ~(1 << position)):
        order = size_order(ix, other, position)
        if order == 0:
            raise StepFailure(f"object {ix.objects[other].id} is too near its size to say which comes first")
        larger += order == _SIZE_PLACES[attribute]
    return 1 + larger


def _queried(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> str:
    attribute = args["attribute"]
    if "+" in attribute:  # "what colour and shape is it": each value, said together ("green triangle")
        return " ".join(str(query(ix, outs, inputs, {**args, "attribute": part})) for part in attribute.split("+"))
    _check_picture_fact(ix, attribute)
    mask = outs[inputs[0]]
    if len(inputs) > 1 and mask and not mask & (mask - 1):
        position, among = mask.bit_length() - 1, outs[inputs[1]]
        telling = _telling_value(ix, position, among) if attribute == "name" and not args.get("any_kind") else None
        if telling is None and attribute in ("name", "shape"):
            telling = _telling_label(ix, position, among, attribute)
        if telling is not None:
            return telling
    if mask and not mask & (mask - 1):  # one object: its stored attribute, else the general lookup
        position = mask.bit_length() - 1
        found = ix.objects[position].attributes.get(attribute) if attribute not in _DERIVED else None
        return found.value if found is not None else value_of(ix, position, attribute)
    if not mask and attribute in ix.facts:
        return ix.facts[attribute]
    if attribute == "text" and mask == ix.all:
        return picture_text(ix)
    if attribute == "text":  # "what is written at the bottom": the one object there that says something
        texts = [t for p in ix.positions(mask) if (t := ix.value_of(p, "text")) and t.strip()]
        if len(texts) == 1:
            return texts[0]
    values = {value_of(ix, p, attribute) for p in ix.positions(mask)}
    if len(values) != 1:
        failure = NoObject if not mask else StepFailure
        raise failure(f"query {attribute} needs one object, found {mask.bit_count()}")
    return values.pop()


def where(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> str:
    """The place the one input object is ``predicate`` where the graph has places that can be seen; else, where
    nothing in it is a place (a drawing, a photo's detections), its place in the picture."""
    mask = outs[inputs[0]]
    if ix.visible("place") and ix.name_mask("place"):
        found = _related(
            ix, mask, {"predicate": args.get("predicate", "on"), "role": "object", "name": "place"}, "where"
        )
        return query(ix, [found], [0], {"attribute": "name"})
    return value_of(ix, the_object(mask, "where"), "position")


def picture_text(ix: GraphIndex) -> str:
    """All the text of the picture ("what is written in the image?"): each object's text (OCR lines no object
    holds are objects named "text"), in reading order (top to bottom, then left to right), joined by spaces."""
    found = []
    for position in ix.positions(ix.all):
        text = ix.value_of(position, "text")
        if text and text.strip():
            box = ix.objects[position].box
            found.append(((box[1], box[0]) if box is not None else (float("inf"), float("inf")), position, text))
    if not found:
        raise StepFailure("no text was read in the picture")
    return " ".join(text.strip() for _, _, text in sorted(found))


def verify(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> bool:
    attribute, value = args["attribute"], args["value"]
    _check_picture_fact(ix, attribute)
    if attribute == "name":
        check_visible(ix, value)
    else:
        value = told_value(ix, attribute, value)
        check_told(ix, attribute, value)
    if attribute is None and not ix.describes(value):
        raise StepFailure(f"the graph describes nothing as {value!r}, so it cannot say whether anything is")
    mask = outs[inputs[0]]
    if not mask:
        fact = fact_is(ix, attribute, value)
        if fact is None:
            raise NoObject(f"verify {attribute}={value} has no object to look at")
        return fact
    _check_tone_told(ix, attribute, value, mask)
    holds = holds_for_all(ix, mask, attribute, value)
    if not holds and attribute in _SIDES:
        holds = _leaning(ix, mask, attribute, value)
    if not holds and attribute == "size" and value in {"small", "large"}:
        if any(ix.value_of(p, "size") == "medium" for p in ix.positions(mask)):  # "is it small" of a middling one
            raise StepFailure(f"it is medium-sized: whether it is {value} depends on what it is compared with")
    if args.get("of_one") and not holds and mask & (mask - 1) and ix.attribute_mask(attribute, value) & mask:
        raise StepFailure(
            f"{mask.bit_count()} objects fit the description and only some are {value}: which one is meant decides"
        )
    return holds


def verify_relation(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> bool:
    name = args.get("name")
    if name:
        check_visible(ix, name)
        if args.get("of_one") and ix.vocabulary is not None and not ix.name_mask(name):
            raise StepFailure(f"nothing called {name!r} was seen, so it cannot say where it is")
    return _related(ix, outs[inputs[0]], args, "verify") != 0


def choose(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> str:
    attribute, options = args["attribute"], args["options"]
    _check_picture_fact(ix, attribute)
    if attribute != "name":
        options = [told_value(ix, attribute, option) for option in options]
    for option in options:
        if attribute == "name":
            check_visible(ix, option)
        else:
            check_told(ix, attribute, option)
    mask = outs[inputs[0]]
    if not mask:
        fact = ix.facts.get(attribute or "")
        if fact is not None and fact in options:
            return fact
        raise NoObject(f"choose {'/'.join(options)} has no object to look at")
    matching = [option for option in options if holds_for_all(ix, mask, attribute, option)]
    if len(matching) > 1 and attribute in (None, "name", "shape"):  # "a rectangle or a square?" of a square
        matching = [o for o in matching if not any(k != o and name_matches(o, k) for k in matching)] or matching
    if not matching and attribute in _SIDES:
        matching = _half_of(ix, mask, attribute, options)
    there = [o for o in options if mask & ix.attribute_mask(attribute, o)] if not matching and attribute else []
    if len(there) > 1:
        both = "both" if len(there) == 2 else "all"
        raise StepFailure(f"{', '.join(there[:-1])} and {there[-1]} are {both} there: no one of them is the answer")
    if len(matching) != 1:
        failure = NoObject if not matching else StepFailure
        raise failure(f"{len(matching)} of {'/'.join(options)} fit, cannot choose")
    return matching[0]


def _leaning(ix: GraphIndex, mask: int, attribute: str, value: str) -> bool:
    """Whether things that are not in the ``value`` third of the picture are on that side of it all the same:
    each one in that third or in the middle third at least :data:`~nsvr.scene_graph.index.LEAN` off the midline
    towards that side. False where one is on the other half; a StepFailure where one stands near the midline on that
    side (the middle of the picture to one who reads sides as thirds, its left to one who reads them as halves)."""
    side = _SIDES[attribute].get(value.strip().lower())
    offsets = _midline_offsets(ix, mask, attribute) if side is not None else None
    if not offsets:
        return False
    toward = [-o if side in {"left", "top"} else o for o in offsets]
    if min(toward) <= 0:
        return False
    if min(toward) < LEAN:
        raise StepFailure(f"it stands near the middle of the picture, a little to the {side}")
    return True


def _midline_offsets(ix: GraphIndex, mask: int, attribute: str) -> list[float] | None:
    """How far each object's centre lies past the picture's midline along ``attribute``'s axis, as a share of the
    picture's side (negative: left of it, above it); None where a position is stored or unknown, or the picture has
    no size."""
    centres = _derived_centres(ix, ix.positions(mask), attribute)
    extent = ix.width if attribute == "hposition" else ix.height
    if centres is None or not extent:
        return None
    return [(c - extent / 2) / extent for c in centres]


def _half_of(ix: GraphIndex, mask: int, attribute: str, options: list[str]) -> list[str]:
    """ "Is it on the left or on the right of the image?" of an object in the middle third: the half of the
    frame its centre is in, when it is clearly off the midline (a stored position is what the data says)."""
    sides = {_SIDES[attribute].get(o.strip().lower()) for o in options}
    horizontal = attribute == "hposition"
    if sides != ({"left", "right"} if horizontal else {"top", "bottom"}):
        return []
    offsets = _midline_offsets(ix, mask, attribute)
    if offsets is None or any(abs(o) < _SIDE_MARGIN for o in offsets):
        return []
    halves = {("left" if horizontal else "top") if o < 0 else ("right" if horizontal else "bottom") for o in offsets}
    return [o for o in options if _SIDES[attribute].get(o.strip().lower()) in halves] if len(halves) == 1 else []


def _related_by(ix: GraphIndex, mask: int, predicate: str, role: str) -> int:
    """The objects related to ``mask`` by ``predicate`` as said: a place ("above", "higher") or a size ("bigger")."""
    said = predicate.strip().lower()
    if said in SIZE_RELATIONS:
        return _size_related(ix, mask, {"predicate": said, "role": role})
    return ix.related(mask, relatable(ix, canonical_predicate(predicate)), role)


def choose_relation(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> str:
    predicates, role, name = args["predicates"], args.get("role", "subject"), args.get("name")
    if name:
        check_visible(ix, name)
    mask = outs[inputs[0]]
    wanted = ix.name_mask(name) if name else ix.all
    related = [_related_by(ix, mask, p, role) for p in predicates]
    holding = [p for p, found in zip(predicates, related, strict=True) if found & wanted]
    if len(holding) > 1 and len(inputs) > 1 and wanted & outs[inputs[1]]:
        # objects of the name on several sides: the ones the question describes ("the blue cube") decide
        wanted &= outs[inputs[1]]
        holding = [p for p, found in zip(predicates, related, strict=True) if found & wanted]
    if len(holding) != 1:  # none: the question's presupposition fails for this object (nothing there)
        failure = NoObject if not holding else StepFailure
        raise failure(f"{len(holding)} of {'/'.join(predicates)} hold, cannot choose")
    return holding[0]


def _all_same(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], op: str, attribute: str) -> bool:
    positions = [p for source in inputs for p in ix.positions(outs[source])]
    if len(positions) < 2:
        raise StepFailure(f"{op} {attribute} needs two objects, found {len(positions)}")
    if attribute == "size" and all(_flat_figure(ix.objects[p]) for p in positions):
        # measured, as size_order compares any two of them (a flat figure has a mask)
        areas = [float(rle_area(ix.objects[p].mask)) for p in positions]
        return max(areas) < CLEARLY_LARGER * min(areas)
    return len({value_of(ix, p, attribute) for p in positions}) == 1


def same(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> bool:
    return _all_same(ix, outs, inputs, "same", args["attribute"])


def different(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> bool:
    return not _all_same(ix, outs, inputs, "different", args["attribute"])


def common(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> str:
    attributes = list(args.get("attributes") or ())
    first = ix.objects[the_object(outs[inputs[0]], "common")]
    second = ix.objects[the_object(outs[inputs[1]], "common")]
    shared = [t for t in attributes if (v := first.attribute(t)) is not None and v == second.attribute(t)]
    if len(shared) != 1:
        raise StepFailure(f"the objects share {len(shared)} of {', '.join(attributes)}")
    return shared[0]


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


def _box_measure(box: tuple[float, float, float, float], key: str) -> float:
    x1, y1, x2, y2 = box
    return {"area": (x2 - x1) * (y2 - y1), "height": y2 - y1, "width": x2 - x1}[key]


SIZE_RANKS = {"tiny": 0, "small": 1, "medium": 2, "large": 3, "big": 3, "huge": 4}
"""Size classes in order, for comparing two objects' sizes."""
CLEARLY_LARGER = 1.25
"""How much larger one object's area must be to be called larger when both are in one size class."""


CHART_MARGIN = 1.05
"""How much larger (taller, wider) one of a chart's marks (its bars, its slices:
:data:`~nsvr.scene_graph.names.CHART_NAMES`) must be than another to be called so: a chart draws its data to scale,
and a mark's size is measured to a pixel or two, where two drawn shapes meant to be one size differ by more."""


def _margin(a: Any, b: Any, margin: float) -> float:
    """:data:`CHART_MARGIN` between two of a chart's marks, else ``margin``."""
    marks = all(isinstance(o.name, str) and singular(o.name) in CHART_NAMES for o in (a, b))
    return CHART_MARGIN if marks else margin


def _size_rank(ix: GraphIndex, position: int) -> int | None:
    """An object's size class as a rank of :data:`SIZE_RANKS`, None when it has none."""
    return SIZE_RANKS.get(str(ix.value_of(position, "size")).lower())


def _area(obj: Any) -> float | None:
    """An object's area in pixels: its mask's when it has one, else its box's; None without either."""
    if obj.mask is not None:
        return float(rle_area(obj.mask))
    if obj.box is None:
        return None
    return _box_measure(obj.box, "area")


def size_order(ix: GraphIndex, first: int, second: int) -> int:
    """1 when object ``first`` is larger than ``second``, -1 when smaller, 0 when they are the same size.

    Size classes decide when they differ. In one class, objects placed in 3D (a CLEVR scene) are the same size,
    since their areas in the picture differ with their distance; objects of a flat picture compare their areas
    and count as one size unless one is :data:`CLEARLY_LARGER`. A StepFailure when nothing tells."""
    a, b = ix.objects[first], ix.objects[second]
    # a drawing's size class is read off its area, which is measured: the area decides
    flat = _flat_figure(a) and _flat_figure(b)
    ranks = [None, None] if flat else [_size_rank(ix, p) for p in (first, second)]
    if ranks[0] is not None and ranks[1] is not None and ranks[0] != ranks[1]:
        return 1 if ranks[0] > ranks[1] else -1
    if ranks[0] is not None and ranks[1] is not None and (a.position_3d is not None or b.position_3d is not None):
        return 0
    areas = [_area(a), _area(b)]
    if areas[0] is None or areas[1] is None:
        if ranks[0] is not None and ranks[1] is not None:
            return 0
        raise StepFailure(f"cannot tell whether object {a.id} ({a.name}) is larger than {b.id} ({b.name})")
    margin = _margin(a, b, CLEARLY_LARGER)
    if areas[0] >= margin * areas[1]:
        return 1
    if areas[1] >= margin * areas[0]:
        return -1
    return 0


CLEARLY_TALLER = 1.12
"""How much taller (wider) one flat object's box must be to be called taller (wider): about the side of an area
:data:`CLEARLY_LARGER`."""


def _drawn(obj: Any) -> bool:
    """Whether ``obj`` is a drawn figure (a circle, a bar, a shaded cube of clip art), whose extent in the picture
    is its extent, rather than a thing photographed in perspective."""
    shape = obj.attribute("shape")
    return any(isinstance(n, str) and singular(n) in SHAPE_NAMES for n in (obj.name, shape))


def _flat_figure(obj: Any) -> bool:
    """Whether ``obj`` is a flat figure of a drawing (a circle, a star; not a solid, which a render shows in
    perspective) whose area is measured: its mask's (a box holds a star's corners and a circle's as well)."""
    if obj.position_3d is not None or obj.mask is None or not _drawn(obj):
        return False
    return not any(isinstance(n, str) and singular(n) in SOLID_NAMES for n in (obj.name, obj.attribute("shape")))


def measure_order(ix: GraphIndex, first: int, second: int, measure: str = "area") -> int:
    """1 when object ``first`` is larger than ``second`` in ``measure`` (area, height, width), -1 when smaller, 0
    when they are about the same. Area is :func:`size_order`. Height and width of objects placed in 3D follow their
    size classes (their boxes shrink with distance); of a flat picture's objects, their boxes' unless about the same
    (within :data:`CLEARLY_TALLER`)."""
    if measure == "area":
        return size_order(ix, first, second)
    a, b = ix.objects[first], ix.objects[second]
    if a.position_3d is not None or b.position_3d is not None:
        ranks = [_size_rank(ix, p) for p in (first, second)]
        if ranks[0] is None or ranks[1] is None:
            raise StepFailure(
                f"cannot tell whether object {a.id} ({a.name}) or {b.id} ({b.name}) is the greater in {measure}"
            )
        return (ranks[0] > ranks[1]) - (ranks[0] < ranks[1])
    if not (_drawn(a) and _drawn(b)):  # a tree far off is shorter in the photo than the bus before it
        raise StepFailure(f"how {measure}-wise {a.name} and {b.name} compare cannot be read from a photo's boxes")
    if a.box is None or b.box is None:
        raise StepFailure(f"comparing the {measure} of {a.id} ({a.name}) and {b.id} ({b.name}) needs their boxes")
    sides = [_box_measure(a.box, measure), _box_measure(b.box, measure)]
    margin = _margin(a, b, CLEARLY_TALLER)
    if sides[0] >= margin * sides[1]:
        return 1
    if sides[1] >= margin * sides[0]:
        return -1
    return 0


def larger(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> bool:
    pa, pb = the_object(outs[inputs[0]], "larger"), the_object(outs[inputs[1]], "larger")
    if pa == pb:
        return False
    times = args.get("times", 1)
    if times > 1:
        return _times_as_large(ix, pa, pb, times, smaller=bool(args.get("smaller")))
    return measure_order(ix, pa, pb, args.get("measure", "area")) == (-1 if args.get("smaller") else 1)


def _times_as_large(ix: GraphIndex, pa: int, pb: int, times: int, *, smaller: bool) -> bool:
    """Whether object ``pa`` is ``times`` as large as ``pb`` (``smaller``: as small): by area ``times`` squared or
    more, yes; under ``times``, no; between, one reading says yes (area) and the other no (width): unknown."""
    areas = [_area(ix.objects[p]) for p in (pa, pb)]
    if None in areas or not all(areas):
        raise StepFailure("the objects have no measured areas to compare")
    ratio = areas[0] / areas[1] if not smaller else areas[1] / areas[0]  # type: ignore[operator]
    if ratio >= times * times:
        return True
    if ratio < times:
        return False
    raise StepFailure(f"one is {ratio:.1f} times the other's area: {times} times by area, not by width")


def compare(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> str:
    comparative = args["comparative"]
    pa, pb = the_object(outs[inputs[0]], "compare"), the_object(outs[inputs[1]], "compare")
    first, second = ix.objects[pa], ix.objects[pb]
    measured = SIZE_RELATIONS.get(comparative.lower())
    said = " ".join(comparative.strip().lower().split())
    place = canonical_predicate(said)
    if place in _PLACES_COMPARED and place != said:  # "which is higher, the blue one or the orange one": the one above
        predicate = relatable(ix, place)
        first_so = ix.related(1 << pb, predicate, "subject") >> pa & 1
        second_so = ix.related(1 << pa, predicate, "subject") >> pb & 1
        if first_so == second_so:
            raise StepFailure(f"cannot tell which is {comparative}")
        return _told_apart(ix, pa, pb) if first_so else _told_apart(ix, pb, pa)
    if measured is None:
        having = [ix.attribute_mask(None, w) for w in adjective_forms(comparative)]
        for this, other in ((pa, pb), (pb, pa)):
            if any(m >> this & 1 for m in having) and not any(m >> other & 1 for m in having):
                return _told_apart(ix, this, other)
        raise StepFailure(f"cannot tell which is {comparative}")
    # the one rule larger() and the size relations follow: a photo's boxes never tell heights or widths apart
    measure, sign = measured
    order = measure_order(ix, pa, pb, measure) * sign
    if order == 0:
        raise StepFailure(f"{first.id} ({first.name}) and {second.id} ({second.name}) are about the same {measure}")
    return _told_apart(ix, pa, pb) if order > 0 else _told_apart(ix, pb, pa)


_PLACES_COMPARED = frozenset({"above", "below", "left", "right"})
"""Places a comparative names ("higher", "further left", read by :func:`canonical_predicate`): which of two
things is so is the one standing that way of the other."""


def _told_apart(ix: GraphIndex, chosen: int, other: int) -> str:
    """The chosen object's name, or where both have that name, the name with a value that tells it from the other
    ("yellow rectangle" of a yellow and a green one): "the rectangle" would not say which."""
    name = ix.objects[chosen].name
    if not same_value(name, ix.objects[other].name):
        return name
    for attribute in ("color", "size", "material", "shape"):
        mine, theirs = ix.value_of(chosen, attribute), ix.value_of(other, attribute)
        if mine is not None and theirs is not None and not same_value(mine, theirs) and not same_value(mine, name):
            return f"{mine} {name}"
    return name


OPERATIONS: dict[str, StepFunction] = {
    "scene": scene,
    "select": select,
    "filter": filter_,
    "unique": unique,
    "relate": relate,
    "same_attribute": same_attribute,
    "closest": closest,
    "count_values": count_values,
    "most_common": most_common,
    "list_values": list_values,
    "union": union,
    "intersect": intersect,
    "difference": difference,
    "ordinal": ordinal,
    "count": count,
    "exist": exist,
    "query": query,
    "where": where,
    "verify": verify,
    "verify_relation": verify_relation,
    "choose": choose,
    "choose_relation": choose_relation,
    "same": same,
    "different": different,
    "common": common,
    "compare": compare,
    "larger": larger,
    "equal": equal,
    "less_than": less_than,
    "greater_than": greater_than,
    "add": add,
    "subtract": subtract,
    "odd_one_out": odd_one_out,
    "even": even,
    "values_seen": values_seen,
    "word": word,
    "proportion": proportion,
    "direction": direction,
    "multiply": multiply,
    "worded": worded,
    "number": number,
    "and": and_,
    "or": or_,
    "not": not_,
}
"""op -> its step function."""


# --- step functions made for one step's arguments --------------------------------------------------------------
def _filter_for(args: Args) -> StepFunction | None:
    attribute, value = args["attribute"], args["value"]
    if attribute == "name" or args.get("negate") or attribute in _SIDES:
        return None
    key = (attribute, value)

    def run(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
        found = ix.filter_cache.get(key)
        if found is None:  # not filtered on this graph yet (or a value it cannot tell)
            return filter_(ix, outs, inputs, args)
        mask = outs[inputs[0]]
        if ix.untold_cache.get(attribute, -1) & mask:  # check_all_told inline: objects untold, or not known yet
            check_all_told(ix, mask, attribute)
        return mask & found

    return run


def _relate_for(args: Args) -> StepFunction | None:
    if args.get("name"):
        return None
    predicate, role = canonical_predicate(args["predicate"]), args.get("role", "subject")

    def run(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> int:
        found = _known_relation(ix, outs[inputs[0]], predicate, role)
        return found if found is not None else _related(ix, outs[inputs[0]], args, "relate")

    return run


def _query_for(args: Args) -> StepFunction | None:
    attribute = args["attribute"]
    if attribute in _DERIVED:
        return None

    def run(ix: GraphIndex, outs: list[Any], inputs: Sequence[int], args: Args) -> str:
        mask = outs[inputs[0]]
        if mask and not mask & (mask - 1) and len(inputs) == 1:
            found = ix.objects[mask.bit_length() - 1].attributes.get(attribute)
            if found is not None:
                return found.value
        return query(ix, outs, inputs, args)

    return run


_SPECIALIZED: dict[str, Callable[[Args], StepFunction | None]] = {
    "filter": _filter_for,
    "relate": _relate_for,
    "query": _query_for,
}


def step_function(op: str, args: Args) -> StepFunction:
    """The step function of ``op`` for these arguments: ``OPERATIONS[op]``, or for the commonest steps one made for
    ``args`` that reads them once and does exactly what ``OPERATIONS[op]`` does with them. Worth it for arguments
    that many steps share (``nsvr.scene_graph.clevr`` keeps one per CLEVR function and value)."""
    made = _SPECIALIZED.get(op)
    return (made(args) if made is not None else None) or OPERATIONS[op]
