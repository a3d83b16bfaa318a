# ruff: noqa: E501
"""Blind paraphrase set 22: five everyday voices, none of them the system's designers. A robotics engineer
checking a tabletop (terse, technical: "Count: metal cubes.", "Red cube in front of green cylinder?"); a parent or
teacher asking in a child-friendly way; someone talking to a phone assistant about a photo (street, kitchen, park,
shapes); a careful writer with long, grammatical questions and subordinate clauses; and casual chat with
contractions, ellipsis and the odd typo (well under one question in fifteen). The grammar is varied on purpose:
questions ending in a preposition, clefts ("It's the grey cylinder that's the small one, isn't it?"), "there"
questions, "what about" / "how about", comparisons with "compared to", "versus" and "against", "as many as", "the
same as", counting "in all" / "altogether" / "all told", questions that open with the kind of answer ("Colour of
...?", "Number of ...?") and relative clauses. About one question in ten cannot be answered from the scene and must
be refused. Written without reading the parser, the grammar, or any other blind set but the twentieth (for the
format only); held back to be run once, at the end.

Run ``python build_blind22.py`` to write ``../blind22.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind22.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis, or how nearly equal two distances (box areas) may
# be, before a careful person could not call the order
TIE = 0.25
NEAR_RATIO = 1.2
AREA_RATIO = 1.25


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas (the list convention)."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def only(items: list):
    """The one item of items (NotUnique otherwise)."""
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def most_common(values: list[str]) -> str:
    """The value most of values have (NotUnique on a tie)."""
    tally = Counter(values).most_common()
    if len(tally) > 1 and tally[0][1] == tally[1][1]:
        raise NotUnique(f"tie {tally[:2]}")
    return tally[0][0]


def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th object of ids counted from ``side``; NotUnique when a neighbour in that order is too close to call."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = along(s, order[k - 1], side)
    if any(abs(along(s, order[j], side) - here) < TIE for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def nearest(s: Clevr, ids: list[int], anchor: int) -> int:
    """The object of ids nearest the anchor; NotUnique when the runner-up is within a fifth of the distance."""
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=lambda i: dist[i])
    if len(order) > 1 and dist[order[1]] < NEAR_RATIO * dist[order[0]]:
        raise NotUnique("about equally far")
    return order[0]


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects that are ``relation`` of the anchor; NotUnique when some object lies nearly level with it."""
    here = along(s, anchor, relation)
    for j in s.all():
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return s.rel(relation, anchor)


def is_rel(s: Clevr, target: dict, relation: str, anchor: dict) -> str:
    """yes/no: the one object ``target`` describes is ``relation`` of the one ``anchor`` describes."""
    t, a = s.the(**target), s.the(**anchor)
    if abs(along(s, t, relation) - along(s, a, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(t in s.rel(relation, a))


def keep(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids with the given attribute values."""
    return s.f(among=ids, **want)


def bigger(s: Clevr, a: int, b: int) -> str:
    """yes/no: a is large and b small (NotUnique when they are one size, where "larger" could not be told)."""
    if s.a(a, "size") == s.a(b, "size"):
        raise NotUnique("one size")
    return yes(s.a(a, "size") == "large")


def same(s: Clevr, ids: list[int], attribute: str) -> str:
    return yes(len({s.a(i, attribute) for i in ids}) == 1)


def all_are(s: Clevr, ids: list[int], attribute: str, value: str) -> str:
    return yes(all(s.a(i, attribute) == value for i in ids))


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def box_area(p: Photo, oid: str) -> float:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x2 - x1) * (y2 - y1)


def small_box(p: Photo, ids: list[str]) -> str:
    """The object of ids with the smallest box; NotUnique when the runner-up's is within a quarter of it."""
    order = sorted(ids, key=lambda i: box_area(p, i))
    if len(order) > 1 and box_area(p, order[1]) < AREA_RATIO * box_area(p, order[0]):
        raise NotUnique("about one size")
    return order[0]


def side_of(p: Photo, ids: list[str], side: str) -> str:
    """The object of ids furthest to the left or right (box centres); NotUnique when the runner-up is within 60 px."""
    order = p.by_x(ids)
    if side == "right":
        order = order[::-1]
    centre = [(p.objects[i]["box"][0] + p.objects[i]["box"][2]) / 2 for i in order[:2]]
    if len(order) > 1 and abs(centre[0] - centre[1]) < 60:
        raise NotUnique("too close to call")
    return order[0]


def wearers(p: Photo, thing: str) -> list[str]:
    return [o for o in p.objects if any(p.name(w) == thing for w in p.objects_of(o, "wearing"))]


def subj(p: Photo, predicate: str, anchor: str, name: str | None = None) -> list[str]:
    """The subjects of ``predicate`` with the anchor as object (optionally only those called ``name``)."""
    return [o for o in p.subjects(predicate, anchor) if name is None or p.name(o) == name]


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph, large blue metal sph, large green rubber cyl
C(
    "count",
    0,
    "Let's count together: how many balls can you find in this picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "spatial",
    0,
    "Blue sphere left of the green cylinder? y/n",
    "exist(f(rel(u(f(sel(cylinder), color=green)), left), color=blue, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue"}, "left", {"shape": "cylinder", "color": "green"}),
)
X(0, "About how many grams would the blue ball weigh on a kitchen scale?")

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "compare_attr",
    1,
    "Although both cylinders are blue, are they in fact made of the same material?",
    "same(f(sel(cylinder), color=blue), material)",
    lambda s: same(s, s.f(shape="cylinder", color="blue"), "material"),
)
C(
    "count",
    1,
    "Considering only the objects that are made of rubber, how many of those are cubes?",
    "count(f(sel(cube), material=rubber))",
    lambda s: n(s.f(shape="cube", material="rubber")),
)
C(
    "superlative",
    1,
    "whats the frontmost thing made of",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "quantifier",
    2,
    "Would it be fair to say that every object in this scene is made of metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: all_are(s, s.all(), "material", "metal"),
)
C(
    "verify",
    2,
    "It's the grey cylinder that's the small one, isn't it?",
    "verify(u(f(sel(cylinder), color=gray)), size, small)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="gray"), "size") == "small" and len(s.f(size="small")) == 1),
)
C(
    "spatial",
    2,
    "Qty of objects in front of the small grey cylinder?",
    "count(rel(u(f(sel(cylinder), size=small, color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", size="small", color="gray"))),
)

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C("count", 3, "Number of red things?", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "attribute",
    3,
    "Purple cube: metal or rubber?",
    "choose(u(f(sel(cube), color=purple)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", color="purple"), "material"),
)
C(
    "compare_attr",
    3,
    "is the big red cylinder made of the same stuff as the litle red one?",
    "same(u(f(sel(cylinder), size=large, color=red)), u(f(sel(cylinder), size=small, color=red)), material)",
    lambda s: same(
        s,
        [s.the(shape="cylinder", size="large", color="red"), s.the(shape="cylinder", size="small", color="red")],
        "material",
    ),
)

# scene 4: 9 objects, all small but one large blue metal sphere
C(
    "quantifier",
    4,
    "Is it the case that exactly one of the objects in this scene is large?",
    "eq(count(f(scene(), size=large)), num(1))",
    lambda s: yes(len(s.f(size="large")) == 1),
)
C(
    "list",
    4,
    "Can you tell me all the colours you see on the balls?",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "spatial",
    4,
    "Objects to the right of the large blue sphere: count?",
    "count(rel(u(f(sel(sphere), size=large, color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", size="large", color="blue"))),
)
C(
    "compare_count",
    4,
    "more yellow stuff than purple stuff here?",
    "gt(count(f(scene(), color=yellow)), count(f(scene(), color=purple)))",
    lambda s: yes(len(s.f(color="yellow")) > len(s.f(color="purple"))),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "compare_count",
    5,
    "Are there as many cubes as there are spheres?",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)
C(
    "superlative",
    5,
    "Which shape, among those present in the scene, occurs most frequently?",
    "common_value(scene(), shape)",
    lambda s: most_common([s.a(i, "shape") for i in s.all()]),
)
C(
    "spatial",
    5,
    "How many of the things that sit behind the large brown sphere are made of rubber?",
    "count(f(rel(u(f(sel(sphere), size=large, color=brown)), behind), material=rubber))",
    lambda s: n(keep(s, related(s, "behind", s.the(shape="sphere", size="large", color="brown")), material="rubber")),
)
C(
    "exist",
    5,
    "Can you spot a green cylinder hiding somewhere in the picture?",
    "exist(f(sel(cylinder), color=green))",
    lambda s: yes(bool(s.f(shape="cylinder", color="green"))),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "negation",
    6,
    "Leaving out anything red, how many objects are left?",
    "count(fn(scene(), color=red))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "red"]),
)
C(
    "position",
    6,
    "Shape of the 2nd object from the right?",
    "q(ord(scene(), right, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "shape"),
)
C(
    "compare_attr",
    6,
    "Is the red cube's material the same as the blue cube's?",
    "same(u(f(sel(cube), color=red)), u(f(sel(cube), color=blue)), material)",
    lambda s: same(s, [s.the(shape="cube", color="red"), s.the(shape="cube", color="blue")], "material"),
)

# scene 7: 10 objects
C("count", 7, "How many cylinders are there in all?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "quantifier",
    7,
    "Are all of the cyan objects, without exception, cylinders?",
    "not_(exist(fn(f(scene(), color=cyan), shape=cylinder)))",
    lambda s: all_are(s, s.f(color="cyan"), "shape", "cylinder"),
)
C(
    "chain",
    7,
    "What colour is the big cube that's sitting in front of the blue cylinder?",
    "q(u(f(rel(u(f(sel(cylinder), color=blue)), front), size=large, shape=cube)), color)",
    lambda s: s.a(
        only(keep(s, related(s, "front", s.the(shape="cylinder", color="blue")), size="large", shape="cube")), "color"
    ),
)
C(
    "superlative",
    7,
    "Colour of the object furthest from the camera?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "count",
    8,
    "Count: metal cubes.",
    "count(f(sel(cube), material=metal))",
    lambda s: n(s.f(shape="cube", material="metal")),
)
C(
    "compare_attr",
    8,
    "Is the big sphere the same colour as the small metal cylinder?",
    "same(u(f(sel(sphere), size=large)), u(f(sel(cylinder), size=small, material=metal)), color)",
    lambda s: same(
        s, [s.the(shape="sphere", size="large"), s.the(shape="cylinder", size="small", material="metal")], "color"
    ),
)
C(
    "two_clause",
    8,
    "there's a yellow cylinder but no red one, right?",
    "and_(exist(f(sel(cylinder), color=yellow)), not_(exist(f(sel(cylinder), color=red))))",
    lambda s: yes(bool(s.f(shape="cylinder", color="yellow")) and not s.f(shape="cylinder", color="red")),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "number",
    9,
    "By how many do the large objects outnumber the small ones?",
    "sub(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: str(len(s.f(size="large")) - len(s.f(size="small"))),
)
C(
    "chain",
    9,
    "How many spheres are in front of the cylinder that's to the right of the purple cube?",
    "count(f(rel(u(f(rel(u(f(sel(cube), color=purple)), right), shape=cylinder)), front), shape=sphere))",
    lambda s: n(
        keep(
            s,
            related(
                s, "front", only(keep(s, related(s, "right", s.the(shape="cube", color="purple")), shape="cylinder"))
            ),
            shape="sphere",
        )
    ),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "attribute",
    10,
    "Colour of the only cube?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(only(s.f(shape="cube")), "color"),
)
C(
    "compare_count",
    10,
    "Compared to the spheres, are there more cylinders?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "list",
    10,
    "Cylinder materials?",
    "values(sel(cylinder), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="cylinder")),
)

# scene 11: 10 objects, four brown
C(
    "count",
    11,
    "Can you count how many brown objects there are, sweetheart?",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "superlative",
    11,
    "Which shape is the object that's the furthest back?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "negation",
    11,
    "how many of the balls aren't brown",
    "count(fn(sel(sphere), color=brown))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "brown"]),
)
X(11, "How long have these objects been sitting on the table?")

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "verify",
    12,
    "It's the blue cube that sits furthest to the left, isn't it?",
    "verify(ord(scene(), left, 1), color, blue)",
    lambda s: yes(nth(s, s.all(), "left") == s.the(shape="cube", color="blue")),
)
C(
    "spatial",
    12,
    "How many objects are there behind the small grey sphere?",
    "count(rel(u(f(sel(sphere), size=small, color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="small", color="gray"))),
)
C(
    "two_clause",
    12,
    "is there a red shpere, or a blue cube?",
    "or_(exist(f(sel(sphere), color=red)), exist(f(sel(cube), color=blue)))",
    lambda s: yes(bool(s.f(shape="sphere", color="red")) or bool(s.f(shape="cube", color="blue"))),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "number",
    13,
    "How many different materials are represented among the spheres?",
    "nvalues(sel(sphere), material)",
    lambda s: str(len({s.a(i, "material") for i in s.f(shape="sphere")})),
)
C(
    "superlative",
    13,
    "rightmost object's colour?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C("exist", 13, "any green in this one?", "exist(f(scene(), color=green))", lambda s: yes(bool(s.f(color="green"))))

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "spatial",
    14,
    "Is the cube positioned behind both of the spheres?",
    "and_(exist(f(rel(u(f(sel(sphere), color=cyan)), behind), shape=cube)), exist(f(rel(u(f(sel(sphere), color=blue)), behind), shape=cube)))",
    lambda s: yes(
        is_rel(s, {"shape": "cube"}, "behind", {"shape": "sphere", "color": "cyan"}) == "yes"
        and is_rel(s, {"shape": "cube"}, "behind", {"shape": "sphere", "color": "blue"}) == "yes"
    ),
)
C(
    "compare_attr",
    14,
    "cyan ball bigger than the blue one?",
    "larger(u(f(sel(sphere), color=cyan)), u(f(sel(sphere), color=blue)))",
    lambda s: bigger(s, s.the(shape="sphere", color="cyan"), s.the(shape="sphere", color="blue")),
)
X(14, "What year was this picture rendered in?")

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "compare_attr",
    15,
    "Are the two green objects, one a cylinder and the other a sphere, made of the same material?",
    "same(f(scene(), color=green), material)",
    lambda s: same(s, s.f(color="green"), "material"),
)
C(
    "chain",
    15,
    "Nearest object to the blue cube - shape?",
    "q(closest(scene(), u(f(sel(cube), color=blue))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="blue")), "shape"),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "compare_attr",
    16,
    "Do the two yellow things have the same shape?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: same(s, s.f(color="yellow"), "shape"),
)
C(
    "quantifier",
    16,
    "Is every small object in the scene a metal sphere?",
    "and_(not_(exist(fn(f(scene(), size=small), material=metal))), not_(exist(fn(f(scene(), size=small), shape=sphere))))",
    lambda s: yes(all(s.a(i, "material") == "metal" and s.a(i, "shape") == "sphere" for i in s.f(size="small"))),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "spatial",
    17,
    "Red cube in front of green cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=green)), front), color=red, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "red"}, "front", {"shape": "cylinder", "color": "green"}),
)
C(
    "quantifier",
    17,
    "What about the yellow objects - are they both rubber?",
    "not_(exist(fn(f(scene(), color=yellow), material=rubber)))",
    lambda s: all_are(s, s.f(color="yellow"), "material", "rubber"),
)
C(
    "two_clause",
    17,
    "Is the sphere small while the cylinder is large?",
    "and_(verify(u(sel(sphere)), size, small), verify(u(sel(cylinder)), size, large))",
    lambda s: yes(
        s.a(only(s.f(shape="sphere")), "size") == "small" and s.a(only(s.f(shape="cylinder")), "size") == "large"
    ),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "chain",
    18,
    "Which cube is closest to the small purple sphere? Colour only.",
    "q(closest(sel(cube), u(f(sel(sphere), color=purple))), color)",
    lambda s: s.a(nearest(s, s.f(shape="cube"), s.the(shape="sphere", color="purple")), "color"),
)
C(
    "superlative",
    18,
    "What is the leftmost object made of?",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "list",
    19,
    "Which shapes are taken by the objects that are cyan?",
    "values(f(scene(), color=cyan), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="cyan")),
)
C(
    "exist",
    19,
    "Is there a cube that's both large and blue?",
    "exist(f(sel(cube), size=large, color=blue))",
    lambda s: yes(bool(s.f(shape="cube", size="large", color="blue"))),
)
C(
    "compare_count",
    19,
    "Are there at least as many cubes as cylinders?",
    "not_(lt(count(sel(cube)), count(sel(cylinder))))",
    lambda s: yes(len(s.f(shape="cube")) >= len(s.f(shape="cylinder"))),
)

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "exist",
    20,
    "There's a big cyan ball in this one, isn't there?",
    "exist(f(sel(sphere), size=large, color=cyan))",
    lambda s: yes(bool(s.f(shape="sphere", size="large", color="cyan"))),
)
C(
    "position",
    20,
    "Looking from left to right, what shape is the second object?",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "count",
    21,
    "how many of the balls are rubber",
    "count(f(sel(sphere), material=rubber))",
    lambda s: n(s.f(shape="sphere", material="rubber")),
)
X(21, "Why is the red ball so much bigger than the yellow one?")

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "quantifier",
    22,
    "Are both of the yellow things big ones?",
    "not_(exist(fn(f(scene(), color=yellow), size=large)))",
    lambda s: all_are(s, s.f(color="yellow"), "size", "large"),
)
C(
    "compare_count",
    22,
    "Metal things against rubber things: are there more metal ones?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "compare_attr",
    23,
    "Is the brown cylinder larger than the cylinder that is yellow?",
    "larger(u(f(sel(cylinder), color=brown)), u(f(sel(cylinder), color=yellow)))",
    lambda s: bigger(s, s.the(shape="cylinder", color="brown"), s.the(shape="cylinder", color="yellow")),
)
C(
    "count",
    23,
    "Small metal objects, count?",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)

# scene 24: 10 objects; small red metal cube at the middle back
C(
    "count",
    24,
    "How many red things are there altogether?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "spatial",
    24,
    "How many of the cubes are in front of the small red cube?",
    "count(f(rel(u(f(sel(cube), size=small, color=red)), front), shape=cube))",
    lambda s: n(keep(s, related(s, "front", s.the(shape="cube", size="small", color="red")), shape="cube")),
)
C(
    "chain",
    24,
    "How many objects are to the left of the ball that's behind the little red cube?",
    "count(rel(u(f(rel(u(f(sel(cube), size=small, color=red)), behind), shape=sphere)), left))",
    lambda s: n(
        related(
            s,
            "left",
            only(keep(s, related(s, "behind", s.the(shape="cube", size="small", color="red")), shape="sphere")),
        )
    ),
)
C(
    "number",
    24,
    "How many distinct colours appear among the cubes?",
    "nvalues(sel(cube), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="cube")})),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "count",
    25,
    "How about the cylinders: how many of them are metallic?",
    "count(f(sel(cylinder), material=metal))",
    lambda s: n(s.f(shape="cylinder", material="metal")),
)
C(
    "spatial",
    25,
    "How many things is the cube behind?",
    "count(rel(u(sel(cube)), front))",
    lambda s: n(related(s, "front", only(s.f(shape="cube")))),
)
C(
    "compare_attr",
    25,
    "Blue cylinder versus grey cylinder: is the blue one the larger?",
    "larger(u(f(sel(cylinder), color=blue)), u(f(sel(cylinder), color=gray)))",
    lambda s: bigger(s, s.the(shape="cylinder", color="blue"), s.the(shape="cylinder", color="gray")),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "quantifier",
    26,
    "Is there only a single object in the scene that is made of rubber?",
    "eq(count(f(scene(), material=rubber)), num(1))",
    lambda s: yes(len(s.f(material="rubber")) == 1),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "superlative",
    27,
    "what colour's the thign in front of everything else?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    27,
    "Small red cylinder left of the purple cube?",
    "exist(f(rel(u(f(sel(cube), color=purple)), left), size=small, color=red, shape=cylinder))",
    lambda s: is_rel(
        s, {"shape": "cylinder", "size": "small", "color": "red"}, "left", {"shape": "cube", "color": "purple"}
    ),
)

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "quantifier",
    28,
    "Are all of the cylinders red?",
    "not_(exist(fn(sel(cylinder), color=red)))",
    lambda s: all_are(s, s.f(shape="cylinder"), "color", "red"),
)
X(28, "What is the name of the person who arranged these objects?")

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "compare_attr",
    29,
    "the 2 cyan things, same materail or not?",
    "same(f(scene(), color=cyan), material)",
    lambda s: same(s, s.f(color="cyan"), "material"),
)
C(
    "attribute",
    29,
    "What size would you say the brown sphere is?",
    "q(u(f(sel(sphere), color=brown)), size)",
    lambda s: s.a(s.the(shape="sphere", color="brown"), "size"),
)

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "quantifier",
    30,
    "Are all of the objects big ones?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: all_are(s, s.all(), "size", "large"),
)
C(
    "spatial",
    30,
    "The purple ball is behind the green ball, right?",
    "exist(f(rel(u(f(sel(sphere), color=green)), behind), color=purple, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "purple"}, "behind", {"shape": "sphere", "color": "green"}),
)

# scene 31: 10 objects
C(
    "count",
    31,
    "Small spheres: count.",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "chain",
    31,
    "What colour is the thing nearest to the little yellow ball?",
    "q(closest(scene(), u(f(sel(sphere), color=yellow))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="yellow")), "color"),
)
X(31, "Which of these objects was put on the table first?")

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "spatial",
    32,
    "Is the yellow ball behind the red ball?",
    "exist(f(rel(u(f(sel(sphere), color=red)), behind), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "behind", {"shape": "sphere", "color": "red"}),
)
C(
    "two_clause",
    32,
    "Is there a small red cube as well as a large grey cylinder?",
    "and_(exist(f(sel(cube), size=small, color=red)), exist(f(sel(cylinder), size=large, color=gray)))",
    lambda s: yes(
        bool(s.f(shape="cube", size="small", color="red")) and bool(s.f(shape="cylinder", size="large", color="gray"))
    ),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "count",
    33,
    "Let's see, how many cyan things are there?",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "compare_attr",
    33,
    "Is the red sphere the same size as the grey one?",
    "same(u(f(sel(sphere), color=red)), u(f(sel(sphere), color=gray)), size)",
    lambda s: same(s, [s.the(shape="sphere", color="red"), s.the(shape="sphere", color="gray")], "size"),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "spatial",
    34,
    "Is the yellow cube farther from the camera than the red cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=red)), behind), color=yellow, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "behind", {"shape": "cylinder", "color": "red"}),
)
C("count", 34, "Number of metal objects?", "count(f(scene(), material=metal))", lambda s: n(s.f(material="metal")))

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "quantifier",
    35,
    "Are all of the cubes in this scene large?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: all_are(s, s.f(shape="cube"), "size", "large"),
)
C(
    "chain",
    35,
    "Object closest to the purple sphere: colour?",
    "q(closest(scene(), u(f(sel(sphere), color=purple))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="purple")), "color"),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "verify",
    36,
    "The cyan ball is a large one, isn't it?",
    "verify(u(f(sel(sphere), color=cyan)), size, large)",
    lambda s: yes(s.a(s.the(shape="sphere", color="cyan"), "size") == "large"),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "negation",
    37,
    "How many of the objects are made of something other than rubber?",
    "count(fn(scene(), material=rubber))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "rubber"]),
)
X(37, "How warm is the blue cylinder to the touch?")

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "spatial",
    38,
    "Is the red ball located in front of the large metal cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, material=metal)), front), color=red, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "red"}, "front", {"shape": "cylinder", "size": "large", "material": "metal"}
    ),
)
C(
    "number",
    38,
    "How many more spheres than cylinders are there?",
    "sub(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="sphere")) - len(s.f(shape="cylinder"))),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "attribute",
    39,
    "What's the brown cylinder made of?",
    "q(u(f(sel(cylinder), color=brown)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="brown"), "material"),
)

# scene 41: 10 objects
C(
    "count",
    41,
    "Of the large objects, how many are metallic?",
    "count(f(scene(), size=large, material=metal))",
    lambda s: n(s.f(size="large", material="metal")),
)
C(
    "list",
    41,
    "What colours are the spheres?",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "superlative",
    41,
    "Colour of the frontmost object?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(41, "What is hidden inside the big blue cube?")

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "compare_count",
    42,
    "Are there as many spheres as cylinders?",
    "eq(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cylinder"))),
)

# scene 43
X(43, "How much would all of these objects cost at a toy shop?")

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "spatial",
    44,
    "purple cube's to the rigth of the blue cube, yeah?",
    "exist(f(rel(u(f(sel(cube), color=blue)), right), color=purple, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "purple"}, "right", {"shape": "cube", "color": "blue"}),
)
C(
    "superlative",
    44,
    "What's the object furthest back made of?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "list",
    45,
    "What colours are the balls?",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
X(45, "How loud would the metal ball be if it fell onto the floor?")

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "compare_attr",
    46,
    "Large cyan cylinder versus small cyan cylinder - same material?",
    "same(u(f(sel(cylinder), size=large, color=cyan)), u(f(sel(cylinder), size=small, color=cyan)), material)",
    lambda s: same(
        s,
        [s.the(shape="cylinder", size="large", color="cyan"), s.the(shape="cylinder", size="small", color="cyan")],
        "material",
    ),
)
C(
    "spatial",
    46,
    "How many objects lie to the left of the big grey cube?",
    "count(rel(u(f(sel(cube), size=large, color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", size="large", color="gray"))),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C("count", 47, "How many cubes are there altogether?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "negation",
    47,
    "Setting the cubes aside, how many objects remain?",
    "count(fn(scene(), shape=cube))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cube"]),
)
C(
    "chain",
    47,
    "What size is the ball nearest to the large cyan cylinder?",
    "q(closest(sel(sphere), u(f(sel(cylinder), size=large, color=cyan))), size)",
    lambda s: s.a(nearest(s, s.f(shape="sphere"), s.the(shape="cylinder", size="large", color="cyan")), "size"),
)
C(
    "spatial",
    47,
    "Is the little yellow ball on the left of the big yellow ball?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=yellow)), left), size=small, color=yellow, shape=sphere))",
    lambda s: is_rel(
        s,
        {"shape": "sphere", "size": "small", "color": "yellow"},
        "left",
        {"shape": "sphere", "size": "large", "color": "yellow"},
    ),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "compare_count",
    48,
    "Metal objects versus rubber objects: are there more of the metal ones?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "count",
    49,
    "How many purple spheres are there, all told?",
    "count(f(sel(sphere), color=purple))",
    lambda s: n(s.f(shape="sphere", color="purple")),
)
C(
    "number",
    49,
    "How many spheres and cubes are there altogether?",
    "add(count(sel(sphere)), count(sel(cube)))",
    lambda s: str(len(s.f(shape="sphere")) + len(s.f(shape="cube"))),
)

# scene 50: all rubber
C(
    "quantifier",
    50,
    "Is everything in this scene made of rubber?",
    "not_(exist(fn(scene(), material=rubber)))",
    lambda s: all_are(s, s.all(), "material", "rubber"),
)
C(
    "spatial",
    50,
    "Is the purple ball closer to us than the green ball?",
    "exist(f(rel(u(f(sel(sphere), color=green)), front), color=purple, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "purple"}, "front", {"shape": "sphere", "color": "green"}),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "attribute",
    51,
    "Shape of the yellow object?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda s: s.a(s.the(color="yellow"), "shape"),
)
X(51, "Who is going to pick up the yellow cube next?")

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "superlative",
    52,
    "What colour is the cube that's furthest to the left?",
    "q(ord(sel(cube), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left"), "color"),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C("count", 53, "What's the total number of cubes?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "chain",
    53,
    "How many objects are to the left of the cube that's in front of the green ball?",
    "count(rel(u(f(rel(u(f(sel(sphere), color=green)), front), shape=cube)), left))",
    lambda s: n(
        related(s, "left", only(keep(s, related(s, "front", s.the(shape="sphere", color="green")), shape="cube")))
    ),
)


# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "list",
    55,
    "What materials are the purple spheres made of?",
    "values(f(sel(sphere), color=purple), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="sphere", color="purple")),
)
C(
    "chain",
    55,
    "What colour is the object closest to the grey cylinder?",
    "q(closest(scene(), u(f(sel(cylinder), color=gray))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", color="gray")), "color"),
)


# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "two_clause",
    57,
    "Is there a brown cylinder and a blue sphere?",
    "and_(exist(f(sel(cylinder), color=brown)), exist(f(sel(sphere), color=blue)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="brown")) and bool(s.f(shape="sphere", color="blue"))),
)

# scene 58
X(58, "Who owns the purple cube?")

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "quantifier",
    59,
    "Is the cube the only thing made of metal?",
    "and_(verify(u(sel(cube)), material, metal), eq(count(f(scene(), material=metal)), num(1)))",
    lambda s: yes(s.f(material="metal") == s.f(shape="cube")),
)

# =================================================================================================================
# photo-like scenes
# =================================================================================================================

# street: man1 (black, left, red tie), woman1 (green, middle, holding the dog), man2 (white, right, blue tie), red bus "CERO EMISIONES", red STOP sign, white car, tree behind the bus, small brown dog, "NO PARKING" on the road
P(
    "count",
    "street",
    "Hey, how many people are in this street photo altogether?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P("text", "street", "what does it say on that red bus", "q(u(sel(bus)), text)", lambda p: p.value(p.the("bus"), "text"))
P(
    "text",
    "street",
    "The sign says STOP, doesn't it?",
    "verify(u(sel(sign)), text, STOP)",
    lambda p: yes(p.value(p.the("sign"), "text") == "STOP"),
)
P(
    "text",
    "street",
    "Read out what's painted on the road for me.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "chain",
    "street",
    "What colour is the tie worn by the man who is standing on the left?",
    "q(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("man", hposition="left"), "wearing")), "color"),
)
P(
    "chain",
    "street",
    "It's the woman who's holding the dog, isn't it?",
    "vrel(u(sel(dog)), holding, name=woman)",
    lambda p: yes(any(p.name(o) == "woman" for o in p.subjects("holding", p.the("dog")))),
)
P(
    "spatial",
    "street",
    "What is the tree standing behind?",
    "q(u(rel(u(sel(tree)), behind, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("tree"), "behind"))),
)
P(
    "spatial",
    "street",
    "Is the woman standing in front of the bus?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "front", p.the("bus"))),
)
P("exist", "street", "Is there a cat anywhere in this shot?", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "negation",
    "street",
    "How many of the people in the street are not wearing a tie?",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([o for o in people(p) if o not in wearers(p, "tie")]),
)
P(
    "quantifier",
    "street",
    "do both guys have ties on?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "compare_attr",
    "street",
    "Is the stop sign the same colour as the bus?",
    "same(u(sel(sign)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("sign"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "compare_count",
    "street",
    "Are there as many ties as there are men?",
    "eq(count(sel(tie)), count(sel(man)))",
    lambda p: yes(len(p.f("tie")) == len(p.f("man"))),
)
P(
    "attribute",
    "street",
    "The car in the bottom left corner, what colour is that?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "superlative",
    "street",
    "Who's standing furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "list",
    "street",
    "What colours are the people dressed in?",
    "values(sel(person), color)",
    lambda p: listed(p.value(o, "color") for o in people(p)),
)
P(
    "two_clause",
    "street",
    "Is the dog brown, and is the tree behind the bus green?",
    "and_(verify(u(sel(dog)), color, brown), verify(u(sel(tree)), color, green))",
    lambda p: yes(p.value(p.the("dog"), "color") == "brown" and p.value(p.the("tree"), "color") == "green"),
)
P(
    "spatial",
    "street",
    "What animal is the woman standing near?",
    "q(u(rel(u(sel(woman)), near, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "near"))),
)
P(
    "chain",
    "street",
    "What colour is the tie on the man to the right of the woman?",
    "q(u(rel(u(rel(u(sel(woman)), right, name=man)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(only(subj(p, "right", p.the("woman"), "man")), "wearing")), "color"),
)
P(
    "verify",
    "street",
    "is the dog in this pic a big one?",
    "verify(u(sel(dog)), size, large)",
    lambda p: yes(p.value(p.the("dog"), "size") == "large"),
)
X("street", "What city was this street photo taken in?")
X("street", "What's the man on the left saying to the woman?")
X("street", "How long has the dog been waiting on the pavement?")

# kitchen: red, blue and white cups left to right, white plate, brown wooden table, green bottle "AGUA", woman in yellow on the right, silver metal fork by the plate, white clock "12:30" above the table
P("count", "kitchen", "Cups in this picture - how many altogether?", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "count",
    "kitchen",
    "How many separate items have been placed on top of the table?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "text",
    "kitchen",
    "What time's the clock showing?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "text",
    "kitchen",
    "Can you read the word on the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "text",
    "kitchen",
    "botle says LECHE?",
    "verify(u(sel(bottle)), text, LECHE)",
    lambda p: yes(p.value(p.the("bottle"), "text") == "LECHE"),
)
P(
    "attribute",
    "kitchen",
    "What is the fork made of?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "spatial",
    "kitchen",
    "What's the clock hanging above?",
    "q(u(rel(u(sel(clock)), above, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("clock"), "above"))),
)
P(
    "chain",
    "kitchen",
    "What colour is the cup to the right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(subj(p, "right", p.the("bottle"), "cup")), "color"),
)
P(
    "chain",
    "kitchen",
    "Who is standing to the right of the cup that sits to the right of the bottle?",
    "q(u(rel(u(rel(u(sel(bottle)), right, name=cup)), right)), name)",
    lambda p: p.name(only(p.subjects("right", only(subj(p, "right", p.the("bottle"), "cup"))))),
)
P(
    "negation",
    "kitchen",
    "How many of the cups are some colour other than red?",
    "count(fn(sel(cup), color=red))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "red"]),
)
P(
    "quantifier",
    "kitchen",
    "are all the cups sitting on the table?",
    "not_(exist(diff(sel(cup), rel(u(sel(table)), on))))",
    lambda p: yes(all(c in p.subjects("on", p.the("table")) for c in p.f("cup"))),
)
P(
    "compare_count",
    "kitchen",
    "Compared to the plates, are there more cups?",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P(
    "compare_attr",
    "kitchen",
    "Is the white cup the same colour as the plate?",
    "same(u(f(sel(cup), color=white)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("cup", color="white"), "color") == p.value(p.the("plate"), "color")),
)
P(
    "list",
    "kitchen",
    "what's on the table? just list it",
    "values(rel(u(sel(table)), on), name)",
    lambda p: listed(p.name(o) for o in p.subjects("on", p.the("table"))),
)
P(
    "position",
    "kitchen",
    "Which side of the photo is the woman standing on?",
    "q(u(sel(woman)), hposition)",
    lambda p: p.value(p.the("woman"), "hposition"),
)
P(
    "superlative",
    "kitchen",
    "Of the three cups, which colour is the one furthest left?",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
P(
    "exist",
    "kitchen",
    "Is there a spoon anywhere in the kitchen?",
    "exist(sel(spoon))",
    lambda p: yes(bool(p.f("spoon"))),
)
P(
    "number",
    "kitchen",
    "How many different colours do the cups come in?",
    "nvalues(sel(cup), color)",
    lambda p: str(len({p.value(o, "color") for o in p.f("cup")})),
)
P(
    "two_clause",
    "kitchen",
    "Is the clock white, and is the table made of wood?",
    "and_(verify(u(sel(clock)), color, white), verify(u(sel(table)), material, wood))",
    lambda p: yes(p.value(p.the("clock"), "color") == "white" and p.value(p.the("table"), "material") == "wood"),
)
P(
    "verify",
    "kitchen",
    "is the lady in the kitchen wearing yellow",
    "verify(u(sel(woman)), color, yellow)",
    lambda p: yes(p.value(p.the("woman"), "color") == "yellow"),
)
X("kitchen", "How old is the woman in the kitchen?")
X("kitchen", "How much did the wooden table cost?")
X("kitchen", "Which song is playing in the kitchen right now?")

# park: woman in red (left, holding the black dog), boy in blue (throwing the yellow frisbee), woman in white (middle, by the red bike), girl in pink (right, by the white dog), green wooden bench, two green trees
P(
    "count",
    "park",
    "how many kids are in the park",
    "add(count(sel(boy)), count(sel(girl)))",
    lambda p: str(len(p.f("boy")) + len(p.f("girl"))),
)
P("count", "park", "How many doggies can you see in the park?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "What colour is the dog that the woman on the left is holding?",
    "q(u(rel(u(f(sel(woman), hposition=left)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", hposition="left"), "holding")), "color"),
)
P(
    "chain",
    "park",
    "the boy in blue, what's he throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "spatial",
    "park",
    "What colour is the dog near the girl?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(subj(p, "near", p.the("girl"), "dog")), "color"),
)
P(
    "chain",
    "park",
    "Who in the park is holding a dog?",
    "q(u(rel(sel(dog), holding)), name)",
    lambda p: p.name(only([o for d in p.f("dog") for o in p.subjects("holding", d)])),
)
P(
    "spatial",
    "park",
    "bike right of bench? y/n",
    "vrel(u(sel(bench)), right, name=bicycle)",
    lambda p: yes(p.has(p.the("bicycle"), "right", p.the("bench"))),
)
P("exist", "park", "any kites flying in this park photo?", "exist(sel(kite))", lambda p: yes(bool(p.f("kite"))))
P(
    "negation",
    "park",
    "Excluding the women, how many people are in the park?",
    "count(diff(sel(person), sel(woman)))",
    lambda p: n([o for o in people(p) if p.name(o) != "woman"]),
)
P(
    "quantifier",
    "park",
    "Is it the case that everyone in the park is a woman?",
    "not_(exist(diff(sel(person), sel(woman))))",
    lambda p: yes(all(p.name(o) == "woman" for o in people(p))),
)
P(
    "compare_count",
    "park",
    "Are there as many dogs as there are trees?",
    "eq(count(sel(dog)), count(sel(tree)))",
    lambda p: yes(len(p.f("dog")) == len(p.f("tree"))),
)
P(
    "compare_attr",
    "park",
    "Is the white dog the same colour as the middle woman's clothes?",
    "same(u(f(sel(dog), color=white)), u(f(sel(woman), hposition=middle)), color)",
    lambda p: yes(
        p.value(p.the("dog", color="white"), "color") == p.value(p.the("woman", hposition="middle"), "color")
    ),
)
P(
    "attribute",
    "park",
    "What's the park bench made out of?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "position",
    "park",
    "Who's on the far right of the group?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "list",
    "park",
    "what colours are the two women wearing",
    "values(sel(woman), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("woman")),
)
P(
    "two_clause",
    "park",
    "Is the frisbee yellow, and is the bench green?",
    "and_(verify(u(sel(frisbee)), color, yellow), verify(u(sel(bench)), color, green))",
    lambda p: yes(p.value(p.the("frisbee"), "color") == "yellow" and p.value(p.the("bench"), "color") == "green"),
)
P(
    "verify",
    "park",
    "The girl is dressed in pink, isn't she?",
    "verify(u(sel(girl)), color, pink)",
    lambda p: yes(p.value(p.the("girl"), "color") == "pink"),
)
P(
    "chain",
    "park",
    "What colour is the dog that's near the woman who's standing left of the boy?",
    "q(u(rel(u(rel(u(sel(boy)), left, name=woman)), near, name=dog)), color)",
    lambda p: p.value(only(subj(p, "near", only(subj(p, "left", p.the("boy"), "woman")), "dog")), "color"),
)
P(
    "number",
    "park",
    "Count the trees and the benches together.",
    "add(count(sel(tree)), count(sel(bench)))",
    lambda p: str(len(p.f("tree")) + len(p.f("bench"))),
)
P(
    "spatial",
    "park",
    "What is standing behind the girl?",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
X("park", "What breed is the black dog?")
X("park", "Is it going to rain in the park later this afternoon?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (centre)
P("count", "shapes", "How many circles can you find on the page?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "count",
    "shapes",
    "How many shapes appear in the top row?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "attribute",
    "shapes",
    "Colour of the triangle?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "position",
    "shapes",
    "What shape sits in the bottom right corner?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "exist",
    "shapes",
    "Is there a pentagon anywhere on the page?",
    "exist(sel(pentagon))",
    lambda p: yes(bool(p.f("pentagon"))),
)
P(
    "negation",
    "shapes",
    "how many shapes arent blue",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "quantifier",
    "shapes",
    "Are all of the large shapes coloured red?",
    "not_(exist(fn(f(scene(), size=large), color=red)))",
    lambda p: yes(all(p.value(o, "color") == "red" for o in p.f(size="large"))),
)
P(
    "compare_count",
    "shapes",
    "Small shapes versus large shapes: are there more small ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "compare_attr",
    "shapes",
    "Is the square the same colour as the hexagon?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "list",
    "shapes",
    "What colours are the big shapes?",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "superlative",
    "shapes",
    "Which shape is the smallest one on the page?",
    "q(ord(scene(), smallest, 1), name)",
    lambda p: p.name(small_box(p, list(p.objects))),
)
P(
    "two_clause",
    "shapes",
    "star red AND square blue?",
    "and_(verify(u(sel(star)), color, red), verify(u(sel(square)), color, blue))",
    lambda p: yes(p.value(p.the("star"), "color") == "red" and p.value(p.the("square"), "color") == "blue"),
)
P(
    "number",
    "shapes",
    "How many different colours are used in the bottom row?",
    "nvalues(f(scene(), vposition=bottom), color)",
    lambda p: str(len({p.value(o, "color") for o in p.f(vposition="bottom")})),
)
P(
    "verify",
    "shapes",
    "It's the triangle that's green, right?",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green" and p.f(color="green") == p.f("triangle")),
)
P(
    "compare_attr",
    "shapes",
    "is the rectangle bigger than the star",
    "larger(u(f(scene(), shape=rectangle)), u(sel(star)))",
    lambda p: yes(p.value(p.the(shape="rectangle"), "size") == "large" and p.value(p.the("star"), "size") == "small"),
)
P(
    "attribute",
    "shapes",
    "What colour is the small circle?",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
P(
    "attribute",
    "shapes",
    "what shape is the yellow one",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Red shapes against blue shapes - are there fewer red ones?",
    "lt(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) < len(p.f(color="blue"))),
)
X("shapes", "Which of these shapes is the artist's favourite?")
X("shapes", "What are these shapes cut out of, paper or felt?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
