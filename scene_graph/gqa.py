"""GQA data: scene graphs become :class:`SceneGraph`, ``semantic`` programs become :class:`Program`.

GQA relations keep their names ("to the left of", "wearing"); the executor canonicalises the spatial ones. An
object A holding ``{"name": "to the left of", "object": B}`` becomes ``Relation(A, "to the left of", B)``: A is
left of B. GQA attributes are bare words ("white", "wooden"): each is filed under its GQA category (see
:data:`GQA_ATTRIBUTES`); a word of no known category goes under :data:`OTHER`. A second value of one category goes
under ``color_2`` etc.

>>> graph = scene_from_gqa({"width": 100, "height": 80, "weather": "cloudy", "objects": {
...     "1": {"name": "cup", "x": 0, "y": 0, "w": 10, "h": 10, "attributes": ["white", "shiny"],
...           "relations": [{"name": "to the left of", "object": "2"}]},
...     "2": {"name": "plate", "x": 50, "y": 0, "w": 20, "h": 10, "attributes": [], "relations": []}}})
>>> cup = graph.object("1")
>>> cup.box, cup.attribute("color"), cup.attribute("other"), graph.facts["weather"]
((0.0, 0.0, 10.0, 10.0), 'white', 'shiny', 'cloudy')
>>> print(program_from_gqa([{"operation": "select", "argument": "wall (16)", "dependencies": []},
...     {"operation": "relate", "argument": "furniture,in front of,s (17)", "dependencies": [0]},
...     {"operation": "query", "argument": "name", "dependencies": [1]}]).pretty())
0 select(name=wall)
1 relate[0](predicate=in front of, name=furniture)
2 query[1](attribute=name)
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from nsvr.scene_graph import program as P
from nsvr.scene_graph.errors import NsvrError, one_line_validation_error
from nsvr.scene_graph.index import THIRDS, image_position
from nsvr.scene_graph.models import Attribute, Object, Relation, SceneGraph

OTHER = "other"
"""The attribute key of words that belong to no known GQA category."""

# fmt: off
# GQA attribute categories, from the arguments of `filter X` / `verify X` / `choose X` and the answers of
# `query X` in GQA's balanced testdev/val questions.
GQA_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "activity": ("brushing teeth", "cooking", "drinking", "driving", "eating", "having meeting", "looking down",
                 "looking up", "playing", "posing", "resting", "sleeping", "staring", "taking bath", "talking",
                 "waiting"),
    "age": ("old", "young"),
    "cleanliness": ("clean", "dirty", "stained"),
    "color": ("beige", "black", "blond", "blue", "brown", "brunette", "cream colored", "dark", "dark blue",
              "dark brown", "gold", "gray", "green", "khaki", "light blue", "light brown", "maroon", "orange",
              "pink", "purple", "red", "silver", "tan", "teal", "white", "yellow"),
    "face expression": ("happy", "sad"),
    "fatness": ("fat", "skinny"),
    "gender": ("female", "male"),
    "hardness": ("hard", "soft"),
    "height": ("short", "tall"),
    "hposition": ("left", "middle", "right"),
    "length": ("long", "short"),
    "material": ("aluminum", "brick", "cloth", "concrete", "cotton", "denim", "glass", "granite", "iron",
                 "leather", "marble", "mesh", "metal", "paper", "plastic", "porcelain", "steel", "stone", "straw",
                 "wire", "wood", "wooden"),
    "pattern": ("dotted", "striped"),
    "pose": ("crouching", "jumping", "sitting", "standing", "taking a picture", "taking pictures", "walking"),
    "race": ("asian", "caucasian"),
    "shape": ("octagonal", "rectangular", "round", "square"),
    "size": ("giant", "huge", "large", "little", "small"),
    "sportActivity": ("performing trick", "riding", "skateboarding", "skiing", "surfing", "swimming"),
    "state": ("calm", "rough", "smooth", "still"),
    "thickness": ("thick", "thin"),
    "tone": ("light",),
    "vposition": ("bottom", "middle", "top"),
    "weather": ("clear", "cloudless", "cloudy", "foggy", "overcast", "partly cloudy", "rainy", "stormy", "sunny"),
    "weight": ("heavy",),
    "width": ("wide",),
}

ATTRIBUTE_CATEGORIES: dict[str, tuple[str, ...]] = {}
"""word -> the GQA categories it belongs to ("short" is a height and a length)."""
# fmt: on
for _category, _words in GQA_ATTRIBUTES.items():
    for _word in _words:
        ATTRIBUTE_CATEGORIES[_word] = (*ATTRIBUTE_CATEGORIES.get(_word, ()), _category)

# fmt: off
# GQA's `location` field names the place ("kitchen", "beach"); questions also ask indoors/outdoors and the room.
ROOMS = frozenset({"attic", "bathroom", "bedroom", "dining room", "hotel room", "kitchen", "living room", "office",
                   "restroom", "classroom", "hallway", "laundry room", "nursery", "basement", "garage"})
INDOOR_PLACES = ROOMS | {"auditorium", "bakery", "cafe", "cafeteria", "church", "hangar", "hotel", "kiosk",
                         "library", "mall", "museum", "pub", "restaurant", "salon", "shop", "store", "supermarket",
                         "terminal"}
OUTDOOR_PLACES = frozenset({"backyard", "beach", "courtyard", "farm", "field", "forest", "gas station", "harbor",
                            "lawn", "marina", "meadow", "mountain", "ocean", "park", "pasture", "pond", "railroad",
                            "river", "road", "sidewalk", "skate park", "ski lift", "street", "swamp", "village",
                            "zoo", "highway", "parking lot", "playground", "shore", "lake", "sea", "yard"})
FACTS = ("place", "room", "location", "weather")
"""The scene-level facts GQA asks about (read from ``SceneGraph.facts``)."""

# Words GQA programs use for an object the question names by pronoun: the nearest name the executor matches.
PRONOUNS = {"she": "person", "he": "person", "her": "person", "him": "person", "they": "person",
            "this": "thing", "that": "thing", "it": "thing", "these": "thing", "those": "thing"}
"""GQA's object categories beyond ``nsvr.scene_graph.names``' own hypernyms: the names GQA's balanced questions
answer for them (not used by the executor until ``names`` can take extra hypernyms)."""
# fmt: on
COMMON_ATTRIBUTES = ["color", "material", "shape"]
"""What two GQA objects can have "in common" (the GQA evaluation's own group for such questions)."""


class GqaFormatError(NsvrError, ValueError):
    """A GQA scene graph or semantic program that does not follow the released format; ``operation`` names the
    program operation that failed, when it is one."""

    def __init__(self, message: str, operation: str | None = None) -> None:
        super().__init__(message)
        self.operation = operation


# --- scene graphs ------------------------------------------------------------------------------------------
def typed_attributes(words: Sequence[str]) -> dict[str, Attribute]:
    """GQA's bare attribute words keyed by category (repeats of one category as ``color_2``, ...).

    >>> {k: a.value for k, a in typed_attributes(["white", "short", "blue", "shiny"]).items()}
    {'color': 'white', 'height': 'short', 'length': 'short', 'color_2': 'blue', 'other': 'shiny'}
    """
    out: dict[str, Attribute] = {}
    for raw in words:
        word = " ".join(str(raw).lower().split())
        if not word or any(a.value == word for a in out.values()):
            continue
        for category in ATTRIBUTE_CATEGORIES.get(word, (OTHER,)):
            key, n = category, 2
            while key in out:
                key, n = f"{category}_{n}", n + 1
            out[key] = Attribute(value=word)
    return out


def position_attributes(box: tuple[float, float, float, float], width: int, height: int) -> dict[str, str]:
    """``hposition``/``vposition`` of a box by image thirds (left/middle/right, top/middle/bottom).

    GQA does not publish its rule; thirds of the image are nsvr's.

    >>> position_attributes((0, 0, 10, 10), 90, 90)
    {'hposition': 'left', 'vposition': 'top'}
    """
    found = {key: image_position(box, width, height, key) for key in THIRDS}
    return {key: value for key, value in found.items() if value is not None}


def place_facts(place: str | None, weather: str | None) -> dict[str, str]:
    """Scene facts from GQA's ``location`` (a place) and ``weather``: place, room, indoors/outdoors, weather.

    >>> place_facts("kitchen", None)
    {'place': 'kitchen', 'room': 'kitchen', 'location': 'indoors'}
    """
    facts: dict[str, str] = {}
    place = _clean_fact(place)
    if place:
        facts["place"] = place
        if place in ROOMS:
            facts["room"] = place
        if place in INDOOR_PLACES:
            facts["location"] = "indoors"
        elif place in OUTDOOR_PLACES:
            facts["location"] = "outdoors"
    weather = _clean_fact(weather)
    if weather:
        facts["weather"] = weather
    return facts


def _clean_fact(value: Any) -> str | None:
    text = " ".join(str(value).lower().split()) if value is not None else ""
    return text if text and text != "none" else None


def scene_from_gqa(scene: Mapping[str, Any], image_id: str | None = None) -> SceneGraph:
    """One image of a GQA scene-graphs file as a scene graph (closed world: ``vocabulary`` None)."""
    where = f"GQA scene graph {image_id}" if image_id else "GQA scene graph"
    raw_objects = scene.get("objects")
    if not isinstance(raw_objects, Mapping):
        raise GqaFormatError(f"{where}: 'objects' must be a dict of objectId -> object")
    try:
        width, height = int(scene["width"]), int(scene["height"])
    except (KeyError, TypeError, ValueError, OverflowError) as error:
        raise GqaFormatError(f"{where}: needs integer 'width' and 'height'") from error
    if width < 0 or height < 0:
        raise GqaFormatError(f"{where}: 'width' and 'height' must not be negative")
    objects, relations = [], []
    for object_id, raw in raw_objects.items():
        objects.append(_object_from_gqa(str(object_id), raw, width, height, where))
        raw_relations = raw.get("relations") or []
        if isinstance(raw_relations, Mapping):  # the website's example spells relations as a dict
            raw_relations = list(raw_relations.values())
        if not isinstance(raw_relations, list):
            raise GqaFormatError(f"{where}: object {object_id}: 'relations' must be a list, got {raw_relations!r:.40}")
        for rel in raw_relations:
            if not isinstance(rel, Mapping) or "name" not in rel or "object" not in rel:
                raise GqaFormatError(f"{where}: object {object_id} has a relation without 'name'/'object': {rel}")
            if str(rel["object"]) not in raw_objects and rel["object"] not in raw_objects:
                raise GqaFormatError(f"{where}: object {object_id} relates to unknown object {rel['object']}")
            relations.append(Relation(subject=str(object_id), predicate=str(rel["name"]), object=str(rel["object"])))
    metadata = {"source": "gqa", **({"image_id": image_id} if image_id else {})}
    if scene.get("location") is not None:
        metadata["location"] = scene["location"]
    return SceneGraph(
        width=width,
        height=height,
        objects=objects,
        relations=relations,
        facts=place_facts(scene.get("location"), scene.get("weather")),
        metadata=metadata,
    )


def _object_from_gqa(object_id: str, raw: Any, width: int, height: int, where: str) -> Object:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("name"), str):
        raise GqaFormatError(f"{where}: object {object_id} needs a 'name'")
    try:
        x, y, w, h = (float(raw[k]) for k in ("x", "y", "w", "h"))
    except (KeyError, TypeError, ValueError) as error:
        raise GqaFormatError(f"{where}: object {object_id} needs numeric x, y, w, h") from error
    if not all(math.isfinite(v) for v in (x, y, w, h)):
        raise GqaFormatError(f"{where}: object {object_id} needs finite x, y, w, h")
    box = (x, y, x + max(w, 0.0), y + max(h, 0.0))
    words = raw.get("attributes") or []
    if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
        raise GqaFormatError(f"{where}: object {object_id}: 'attributes' must be a list of words, got {words!r:.60}")
    attributes = typed_attributes(words)
    for key, value in position_attributes(box, width, height).items():
        attributes.setdefault(key, Attribute(value=value))
    return Object(id=object_id, name=raw["name"].strip(), box=box, attributes=attributes, source="gqa")


# --- semantic programs -------------------------------------------------------------------------------------
_NEEDS_ARGUMENT = frozenset({"select", "relate", "filter", "verify"})
"""GQA operations whose argument names what they act on (an empty one is malformed, never ``scene``)."""
_TARGET = re.compile(r"^(?P<body>.*?)\s*\((?P<ids>[^()]*)\)\s*$")
_NEGATED = re.compile(r"^not\((?P<value>.*)\)$")


def split_target(argument: str) -> tuple[str, list[str]]:
    """``"furniture (17)"`` -> ``("furniture", ["17"])``; ``"-"`` (no such object) gives no ids.

    >>> split_target("person (1,3,4)"), split_target("car (-) "), split_target("scene")
    (('person', ['1', '3', '4']), ('car', []), ('scene', []))
    """
    match = _TARGET.match(argument.strip())
    if match is None:
        return argument.strip(), []
    ids = [i.strip() for i in match["ids"].split(",") if i.strip() and i.strip() != "-"]
    return match["body"].strip(), ids


def split_relation(argument: str) -> tuple[str | None, list[str], P.Role, list[str]]:
    """``"man,to the left of|to the right of,s (7)"`` -> name (None for ``_``), predicates, role, ids.

    ``s``: the found object is the relation's subject; ``o``: its object.

    >>> split_relation("man,to the left of,s (7)")
    ('man', ['to the left of'], 'subject', ['7'])
    """
    body, ids = split_target(argument)
    parts = [p.strip() for p in body.split(",")]
    if len(parts) < 3 or parts[-1] not in {"s", "o"}:
        raise GqaFormatError(f"relation argument {argument!r} is not 'name,predicate,s|o (id)'")
    name = PRONOUNS.get(parts[0].lower(), parts[0]) if parts[0] not in {"", "_"} else None
    predicates = [p.strip() for p in ",".join(parts[1:-1]).split("|") if p.strip()]
    return name, predicates, ("subject" if parts[-1] == "s" else "object"), ids


def relation_answer(predicate: str) -> str:
    """How GQA answers "is it to the left or to the right of ...": the predicate's short form.

    >>> relation_answer("to the left of"), relation_answer("in front of"), relation_answer("under")
    ('left', 'front', 'under')
    """
    words = predicate.strip().lower()
    for prefix in ("to the ", "in ", "on "):
        if words.startswith(prefix) and words.endswith(" of"):
            words = words[len(prefix) :]
    return words[: -len(" of")] if words.endswith(" of") and " " in words else words


def _attribute(category: str) -> str:
    return "name" if category in {"type", "name"} else category


def _options(argument: str) -> list[str]:
    options = [o.strip() for o in argument.split("|") if o.strip()]
    if len(options) < 2:
        raise GqaFormatError(f"choose needs two options 'a|b', got {argument!r}")
    return options


def _value(argument: str) -> tuple[str, bool]:
    text = argument.strip()
    match = _NEGATED.match(text)
    return (match["value"].strip(), True) if match else (text, False)


def _convert_step(operation: str, argument: str, inputs: list[int]) -> list[P._Step]:  # noqa: C901
    """The nsvr step(s) of one GQA step; ``inputs`` are already nsvr indices. Several steps: each reads the
    one before it."""
    verb, _, category = operation.strip().partition(" ")
    category = category.strip()
    if verb == "select":
        name, _ = split_target(argument)
        if name in {"scene", "_", ""}:
            return [P.Scene()]
        return [P.Select(name=PRONOUNS.get(name.lower(), name))]
    if verb == "relate":
        name, predicates, role, _ = split_relation(argument)
        return [P.Relate(inputs=inputs, predicate=predicates[0], role=role, name=name)]
    if verb == "filter":
        value, negate = _value(argument)
        return [
            P.Filter(inputs=inputs, attribute=_attribute(category) if category else None, value=value, negate=negate)
        ]
    if verb == "query":
        return [P.Query(inputs=inputs, attribute=_attribute(argument.strip() or category))]
    if verb == "verify" and category == "rel":
        name, predicates, role, _ = split_relation(argument)
        return [P.VerifyRelation(inputs=inputs, predicate=predicates[0], role=role, name=name)]
    if verb == "verify":
        value, negate = _value(argument)
        step = P.Verify(inputs=inputs, attribute=_attribute(category) if category else None, value=value)
        return [step, P.Not()] if negate else [step]
    if verb == "choose" and len(inputs) == 2:  # "choose older" between two objects
        return [P.Compare(inputs=inputs, comparative=category or argument.strip())]
    if verb == "choose" and category == "rel":
        name, predicates, role, _ = split_relation(argument)
        if len(predicates) < 2:
            raise GqaFormatError(f"choose rel needs two predicates 'a|b', got {argument!r}")
        return [
            P.ChooseRelation(inputs=inputs, predicates=[relation_answer(p) for p in predicates], role=role, name=name)
        ]
    if verb == "choose":
        return [
            P.Choose(inputs=inputs, attribute=_attribute(category) if category else None, options=_options(argument))
        ]
    if verb in {"same", "different"}:
        attribute = _attribute(category or argument.strip())
        if not attribute:
            raise GqaFormatError(f"{verb} needs an attribute")
        return [(P.Same if verb == "same" else P.Different)(inputs=inputs, attribute=attribute)]
    simple: dict[str, type[P._Step]] = {"exist": P.Exist, "and": P.And, "or": P.Or, "not": P.Not}
    if verb in simple and not category:
        return [simple[verb](inputs=inputs)]
    if verb == "common" and not category:
        return [P.Common(inputs=inputs, attributes=list(COMMON_ATTRIBUTES))]
    raise GqaFormatError(f"unknown GQA operation {operation!r}")


def program_from_gqa(semantic: Sequence[Mapping[str, Any]]) -> P.Program:
    """A GQA ``semantic`` program as an nsvr program (one nsvr step per GQA step, two for a negated verify)."""
    if not isinstance(semantic, Sequence) or not semantic:
        raise GqaFormatError("a GQA program must be a non-empty list of steps")
    steps: list[P._Step] = []
    index_of: list[int] = []  # GQA step -> the nsvr step holding its output
    for index, raw in enumerate(semantic):
        if not isinstance(raw, Mapping) or not isinstance(raw.get("operation"), str):
            raise GqaFormatError(f"step {index}: needs an 'operation'", operation="?")
        operation, argument = raw["operation"], raw.get("argument")
        if not isinstance(argument, str):
            raise GqaFormatError(f"step {index} ({operation}): needs a string 'argument'", operation=operation)
        if not argument.strip() and operation.split(" ")[0] in _NEEDS_ARGUMENT:
            raise GqaFormatError(f"step {index} ({operation}): empty 'argument'", operation=operation)
        where = f"step {index} ({operation}: {argument.strip()})"
        dependencies = raw.get("dependencies") or []
        if not isinstance(dependencies, list) or any(type(d) is not int or not 0 <= d < index for d in dependencies):
            raise GqaFormatError(f"{where}: dependencies {dependencies} must name earlier steps", operation)
        try:
            converted = _convert_step(operation, argument, [index_of[d] for d in dependencies])
        except ValueError as error:  # GqaFormatError, or pydantic's ValidationError (a ValueError too)
            raise GqaFormatError(f"{where}: {one_line_validation_error(error)}", operation=operation) from error
        for offset, step in enumerate(converted):
            if offset:
                step.inputs = [len(steps) - 1]
            steps.append(step)
        index_of.append(len(steps) - 1)
    return P.Program(steps=steps)
