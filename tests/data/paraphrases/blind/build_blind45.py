# ruff: noqa: E501
"""Blind paraphrase set 45: a real user's first ten minutes with a picture-question app. Questions as people who
have never used such a tool would type or say them, trying it out on their own photos (a street, a kitchen, a park),
on a child's drawing of flat shapes and on the toy-block renders that come with the app: a first hello wrapped
round the question ("hi, first time here, how many people are in my photo?"), follow-ups that restate the thing
("the cup - what colour?"), chatty sentences and small stories around the question (up to about forty words),
instructions ("tell me", "list", "count", "name"), very short queries ("colour of bus?", "trees?"), phone typing
with misspellings and dropped words ("wat colour", "hw many", "cilinder", "is dog small"), voice dictation with no
punctuation at all, and non-native English ("how much balls there is", "the woman she is holding what?"). The
content mixes everything: counting, existence, attributes, relations (left, right, front, behind, near, on,
holding, wearing), comparisons of counts and of attributes, superlatives and orders ("second from the left"),
negation, "both", "either", "neither", "all", "none", lists and readings of text.

About 45% ask about the photo-like graphs (street, kitchen, park), 15% about the drawing of flat shapes, 40% about
CLEVR val scenes; about one in ten must be refused (feelings, intentions, names, brands, weights, ages, prices,
speeds, times and what happens next, why). "The X" is only used where exactly one X matches; places and orders are
only asked where a careful person could call them (the margins below), and nothing is asked of the photo graphs
that their stated relations and attributes leave open to a careful eye. Written blind: without reading the parser,
the grammar, the normalising rules, the tests or any other set but the thirty-ninth (read for the format only),
and never run through nsvr's parser or planner.

Run ``python build_blind45.py`` to write ``../blind45.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind45.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.25


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas (the list convention)."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th object of ids counted from ``side`` (left, right, front, behind); NotUnique when a neighbour in that
    order is too close to call."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = along(s, order[k - 1], side)
    if any(abs(along(s, order[j], side) - here) < TIE for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects that are ``relation`` (left, right, front, behind) of the anchor; NotUnique when some object lies
    so nearly level with the anchor along that axis that a careful person could not say which side it is on."""
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


def among(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids with every given attribute value."""
    return [i for i in ids if all(s.a(i, k) == v for k, v in want.items())]


def others(s: Clevr, anchor: int, attribute: str) -> list[int]:
    """The objects other than the anchor that share its value of ``attribute``."""
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def side_of(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th object of ids from the left or the right (box centres); NotUnique when a neighbour's centre is within
    40 pixels."""
    centre = {i: (p.objects[i]["box"][0] + p.objects[i]["box"][2]) / 2 for i in ids}
    order = p.by_x(ids)
    if side == "right":
        order = order[::-1]
    here = centre[order[k - 1]]
    if any(abs(centre[order[j]] - here) < 40 for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def wearers(p: Photo, thing: str) -> list[str]:
    return [o for o in p.objects if any(p.name(w) == thing for w in p.objects_of(o, "wearing"))]


def worn_by(p: Photo, who: str) -> str:
    return only(p.objects_of(who, "wearing"))


def named(p: Photo, ids: list[str], name: str) -> list[str]:
    return [o for o in ids if p.name(o) == name]


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph (front), large blue metal sph (far left), large green rubber cyl
C("count", 0, "hi um how many balls are in this picture", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "verify",
    0,
    "the green one - is it shiny?",
    "verify(u(f(scene(), color=green)), material, metal)",
    lambda s: yes(s.a(s.the(color="green"), "material") == "metal"),
)

# scene 1: large purple rubber cube, large gray rubber cube (far back), small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "compare_attr",
    1,
    "so my son says this is a picture of his blocks, well it is really a render, but are the two blue cylinders in it made of the same material or are they different",
    "same(f(sel(cylinder), color=blue), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cylinder", color="blue")}) == 1),
)
C(
    "superlative",
    1,
    "Ok so whats the colour of the thing right at the very back",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "exist",
    2,
    "First time using this app... is there anything made of rubber in my picture?",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
X(2, "how much would a set of blocks like these cost in a toy shop")

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C("count", 3, "count red stuff", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "spatial",
    3,
    "is the purple block in front of the big purple cylinder",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=purple)), front), color=purple, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "purple"}, "front", {"shape": "cylinder", "color": "purple", "size": "large"}
    ),
)

# scene 4: nine small things and one large blue metal sph
C(
    "list",
    4,
    "list the colours of the cylinders please",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "compare_count",
    4,
    "more yellow things than purple things?",
    "gt(count(f(scene(), color=yellow)), count(f(scene(), color=purple)))",
    lambda s: yes(len(s.f(color="yellow")) > len(s.f(color="purple"))),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "negation",
    5,
    "how many things r not balls",
    "count(fn(scene(), shape=sphere))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "sphere"]),
)
C(
    "compare_attr",
    5,
    "The brown things. Are they the same shape or not?",
    "same(f(scene(), color=brown), shape)",
    lambda s: yes(len({s.a(i, "shape") for i in s.f(color="brown")}) == 1),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "superlative",
    6,
    "the cube thats furthest right wat colour is it",
    "q(ord(sel(cube), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "color"),
)
C(
    "count",
    6,
    "how many of the big things in this picture are made of rubber i am asking for a school project",
    "count(f(scene(), size=large, material=rubber))",
    lambda s: n(s.f(size="large", material="rubber")),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "count",
    7,
    "cylinders how many r small",
    "count(f(sel(cylinder), size=small))",
    lambda s: n(s.f(shape="cylinder", size="small")),
)
C(
    "two_clause",
    7,
    "is there neither a green object nor a yellow one",
    "and_(not_(exist(f(scene(), color=green))), not_(exist(f(scene(), color=yellow))))",
    lambda s: yes(not s.f(color="green") and not s.f(color="yellow")),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "attribute",
    8,
    "name the shape of the big shiny thing",
    "q(u(f(scene(), size=large, material=metal)), shape)",
    lambda s: s.a(s.the(size="large", material="metal"), "shape"),
)
C(
    "spatial",
    8,
    "how many cubes is in front from the grey cylinder",
    "count(f(rel(u(f(sel(cylinder), color=gray)), front), shape=cube))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cylinder", color="gray")), shape="cube")),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "attribute",
    9,
    "green ball: shiny or matte?",
    "choose(u(f(sel(sphere), color=green)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", color="green"), "material"),
)
X(9, "Which of these would my cat like to play with the most?")

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "compare_count",
    10,
    "is the number of metal objects the same as the number of rubber objects",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "count",
    11,
    "hw many brown things r there in the pic",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "superlative",
    11,
    "Which shape is closest to the camera?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "count",
    12,
    "how much metal cubes there is",
    "count(f(sel(cube), material=metal))",
    lambda s: n(s.f(shape="cube", material="metal")),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "compare_count",
    13,
    "Would you say there are more red things than cyan things here?",
    "gt(count(f(scene(), color=red)), count(f(scene(), color=cyan)))",
    lambda s: yes(len(s.f(color="red")) > len(s.f(color="cyan"))),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C("count", 14, "how many objects total", "count(scene())", lambda s: n(s.all()))

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "spatial",
    15,
    "how many cylinders are on the left side of the green ball",
    "count(f(rel(u(f(sel(sphere), color=green)), left), shape=cylinder))",
    lambda s: n(among(s, related(s, "left", s.the(shape="sphere", color="green")), shape="cylinder")),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "quantifier",
    16,
    "all the balls metal?",
    "not_(exist(fn(sel(sphere), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="sphere"))),
)
C(
    "attribute",
    16,
    "whats the yellow cilinder made of",
    "q(u(f(sel(cylinder), color=yellow)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="yellow"), "material"),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "compare_attr",
    17,
    "the two cubes, same size?",
    "same(sel(cube), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cube")}) == 1),
)
C(
    "spatial",
    17,
    "is the yellow ball to the left of the green cylinder",
    "exist(f(rel(u(f(sel(cylinder), color=green)), left), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "left", {"shape": "cylinder", "color": "green"}),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "count",
    18,
    "So many purple things! How many purple objects are there exactly?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "superlative",
    18,
    "Which colour is the ball in the very back?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "attribute",
    19,
    "tell me what colour the big ball is",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
X(19, "Which company makes the blue cube?")

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "quantifier",
    20,
    "are both yellow things made of rubber",
    "not_(exist(fn(f(scene(), color=yellow), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(color="yellow"))),
)
C(
    "spatial",
    20,
    "is the brown cube on the left of the yellow cube",
    "exist(f(rel(u(f(sel(cube), color=yellow)), left), color=brown, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "brown"}, "left", {"shape": "cube", "color": "yellow"}),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "compare_attr",
    21,
    "the gray ball is it smaller then the red ball",
    "larger(u(f(sel(sphere), color=red)), u(f(sel(sphere), color=gray)))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="red"), "size") == "large"
        and s.a(s.the(shape="sphere", color="gray"), "size") == "small"
    ),
)
C(
    "negation",
    21,
    "Count every sphere that isn't red.",
    "count(fn(sel(sphere), color=red))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "red"]),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "two_clause",
    22,
    "is there a cyan cube or a yellow cube",
    "or_(exist(f(sel(cube), color=cyan)), exist(f(sel(cube), color=yellow)))",
    lambda s: yes(bool(s.f(shape="cube", color="cyan")) or bool(s.f(shape="cube", color="yellow"))),
)

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "quantifier",
    23,
    "both spheres metal",
    "not_(exist(fn(sel(sphere), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="sphere"))),
)
X(23, "why did somebody put these four things together")

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "list",
    24,
    "What shapes are the red things? Just list them",
    "values(f(scene(), color=red), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="red")),
)
C(
    "superlative",
    24,
    "second thing from the left - what colour",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "count",
    25,
    "i wanna know how many metal things there are",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "quantifier",
    26,
    "purple cubes - are they both metal",
    "not_(exist(fn(f(sel(cube), color=purple), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="cube", color="purple"))),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "attribute",
    27,
    "what colour is the cylinder in this one",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "count",
    28,
    "red cylinders how many",
    "count(f(sel(cylinder), color=red))",
    lambda s: n(s.f(shape="cylinder", color="red")),
)
X(28, "Which of these cylinders is the oldest one?")

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "spatial",
    29,
    "is the brown ball behind the cyan cylinder",
    "exist(f(rel(u(f(sel(cylinder), color=cyan)), behind), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "behind", {"shape": "cylinder", "color": "cyan"}),
)

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "quantifier",
    30,
    "is everything in this picture big",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.all())),
)

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "spatial",
    31,
    "Hello! I'm new to this. In the picture there's a big blue ball - can you count how many things are to the right of it for me?",
    "count(rel(u(f(sel(sphere), size=large, color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", size="large", color="blue"))),
)
C(
    "list",
    31,
    "cylinders: what colours?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "verify",
    32,
    "is the red ball made of metal",
    "verify(u(f(sel(sphere), color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="red"), "material") == "metal"),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "chain",
    33,
    "the gray ball - what's the shape of the thing to the right of it?",
    "q(u(rel(u(f(sel(sphere), color=gray)), right)), shape)",
    lambda s: s.a(only(related(s, "right", s.the(shape="sphere", color="gray"))), "shape"),
)
C(
    "attribute",
    33,
    "the big red one, what shape",
    "q(u(f(scene(), size=large, color=red)), shape)",
    lambda s: s.a(s.the(size="large", color="red"), "shape"),
)
C(
    "compare_attr",
    33,
    "the cylinders - r they the same colour",
    "same(sel(cylinder), color)",
    lambda s: yes(len({s.a(i, "color") for i in s.f(shape="cylinder")}) == 1),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
X(34, "how long has the gray cylinder been sitting there")

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "superlative",
    35,
    "which colour is the cube nearest the back",
    "q(ord(sel(cube), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "behind"), "color"),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "spatial",
    36,
    "is the yellow cube in front of the brown cylinder",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), front), color=yellow, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "front", {"shape": "cylinder", "color": "brown"}),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "compare_count",
    37,
    "are there more cubes than cylinders",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    37,
    "Of all the rubber things, which shape is the one furthest to the right?",
    "q(ord(f(scene(), material=rubber), right, 1), shape)",
    lambda s: s.a(nth(s, s.f(material="rubber"), "right"), "shape"),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "compare_attr",
    38,
    "do the two gray cylinders have the same material",
    "same(f(sel(cylinder), color=gray), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cylinder", color="gray")}) == 1),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "exist",
    39,
    "is there a small cube in there somewhere, i can't see very well on my phone screen",
    "exist(f(sel(cube), size=small))",
    lambda s: yes(bool(s.f(shape="cube", size="small"))),
)
X(39, "What is the brand name of the grey cylinder?")

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "attribute",
    40,
    "is the cyan cube metal or rubber",
    "choose(u(f(sel(cube), color=cyan)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", color="cyan"), "material"),
)

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "spatial",
    41,
    "please count cylinders which are standing in front of gray ball",
    "count(f(rel(u(f(sel(sphere), color=gray)), front), shape=cylinder))",
    lambda s: n(among(s, related(s, "front", s.the(shape="sphere", color="gray")), shape="cylinder")),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "verify",
    42,
    "Is the large yellow sphere shiny?",
    "verify(u(f(sel(sphere), size=large, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="yellow"), "material") == "metal"),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "superlative",
    43,
    "the thing furthest right, what material",
    "q(ord(scene(), right, 1), material)",
    lambda s: s.a(nth(s, s.all(), "right"), "material"),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "compare_attr",
    44,
    "the brown ones, same material?",
    "same(f(scene(), color=brown), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(color="brown")}) == 1),
)
X(44, "is the big blue cube heavier than the brown ball")

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "negation",
    45,
    "I'm trying to teach my daughter her colours and shapes with this picture and she wants to know how many of the cubes are not grey, can you help us",
    "count(fn(sel(cube), color=gray))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") != "gray"]),
)
C(
    "two_clause",
    45,
    "is there a red ball and a grey ball",
    "and_(exist(f(sel(sphere), color=red)), exist(f(sel(sphere), color=gray)))",
    lambda s: yes(bool(s.f(shape="sphere", color="red")) and bool(s.f(shape="sphere", color="gray"))),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "list",
    46,
    "purple things: what shapes are they",
    "values(f(scene(), color=purple), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="purple")),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "count",
    47,
    "How many purple cubes do I have here?",
    "count(f(sel(cube), color=purple))",
    lambda s: n(s.f(shape="cube", color="purple")),
)
C(
    "superlative",
    47,
    "what colour is the leftmost ball",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "color"),
)
C(
    "quantifier",
    47,
    "none of the cylinders is metal right?",
    "not_(exist(f(sel(cylinder), material=metal)))",
    lambda s: yes(not s.f(shape="cylinder", material="metal")),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C("exist", 48, "any rubber things", "exist(f(scene(), material=rubber))", lambda s: yes(bool(s.f(material="rubber"))))

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "attribute",
    49,
    "which colour is the big sphere",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl (all rubber)
C(
    "quantifier",
    50,
    "is everything rubber",
    "not_(exist(fn(scene(), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.all())),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "attribute",
    51,
    "whats the grey thing",
    "q(u(f(scene(), color=gray)), shape)",
    lambda s: s.a(s.the(color="gray"), "shape"),
)
X(51, "what will happen if i roll the grey ball into the cube")

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "attribute",
    52,
    "waht colour is the cylinder",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "compare_count",
    53,
    "more cubes than spheres?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C(
    "compare_attr",
    54,
    "two gray blocks same material",
    "same(f(sel(cube), color=gray), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cube", color="gray")}) == 1),
)
C(
    "attribute",
    54,
    "what is the brown thing",
    "q(u(f(scene(), color=brown)), shape)",
    lambda s: s.a(s.the(color="brown"), "shape"),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "count",
    55,
    "how many purpel spheres",
    "count(f(sel(sphere), color=purple))",
    lambda s: n(s.f(shape="sphere", color="purple")),
)
C(
    "superlative",
    55,
    "what colour is the cube which is most near to the camera",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "color"),
)

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "verify",
    56,
    "is the green cylindr metal",
    "verify(u(f(sel(cylinder), color=green)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="green"), "material") == "metal"),
)

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "attribute",
    57,
    "the blue ball big or small",
    "choose(u(f(sel(sphere), color=blue)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="blue"), "size"),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "spatial",
    58,
    "okay next question is the purple cube behind the cyan cube",
    "exist(f(rel(u(f(sel(cube), color=cyan)), behind), color=purple, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "purple"}, "behind", {"shape": "cube", "color": "cyan"}),
)

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C("count", 59, "how many purple things", "count(f(scene(), color=purple))", lambda s: n(s.f(color="purple")))

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus (top right), small brown dog, road text 'NO PARKING'
P(
    "attribute",
    "street",
    "there's an animal in the picture, which animal is it",
    "q(u(sel(animal)), name)",
    lambda p: p.name(only(p.f("dog"))),
)
P(
    "count",
    "street",
    "hi, first time here, how many people are in my photo?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P("attribute", "street", "colour of bus?", "q(u(sel(bus)), color)", lambda p: p.value(p.the("bus"), "color"))
P(
    "text",
    "street",
    "I took this on holiday in Spain and I can't remember, what is written on the side of the bus",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("text", "street", "the sign - what does it say?", "q(u(sel(sign)), text)", lambda p: p.value(p.the("sign"), "text"))
P("count", "street", "how many men", "count(sel(man))", lambda p: n(p.f("man")))
P("exist", "street", "is there a cat somewhere in it", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P("attribute", "street", "wat colour is the car", "q(u(sel(car)), color)", lambda p: p.value(p.the("car"), "color"))
P("attribute", "street", "The dog. What colour?", "q(u(sel(dog)), color)", lambda p: p.value(p.the("dog"), "color"))
P(
    "chain",
    "street",
    "who is holding the dog",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "spatial",
    "street",
    "is the woman behind the bus",
    "vrel(u(sel(bus)), behind, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "behind", p.the("bus"))),
)
P(
    "spatial",
    "street",
    "theres something behind the bus what is it",
    "q(u(rel(u(sel(bus)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("bus")))),
)
P("count", "street", "how many ties can you see", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "chain",
    "street",
    "the man on the left, what colour is his tie",
    "q(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="left")), "color"),
)
P(
    "chain",
    "street",
    "is the man on the right wearing a blue tie",
    "verify(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color, blue)",
    lambda p: yes(p.value(worn_by(p, p.the("man", hposition="right")), "color") == "blue"),
)
P(
    "compare_count",
    "street",
    "are there more men than women",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "verify",
    "street",
    "is the bus a big one",
    "verify(u(sel(bus)), size, large)",
    lambda p: yes(p.value(p.the("bus"), "size") == "large"),
)
P(
    "text",
    "street",
    "what are the words written on the road",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "verify",
    "street",
    "the stop sign, it is red yes?",
    "verify(u(sel(sign)), color, red)",
    lambda p: yes(p.value(p.the("sign"), "color") == "red"),
)
P(
    "chain",
    "street",
    "My husband says the guy to the left of the bus is wearing black, I say navy. Who's right? What colour are that man's clothes?",
    "q(u(rel(u(sel(bus)), left, name=man)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("bus")), "man")), "color"),
)
P(
    "attribute",
    "street",
    "the woman her clothes are which colour",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "count",
    "street",
    "count everything red in the picture",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "quantifier",
    "street",
    "both men wearing ties?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "exist",
    "street",
    "is anybody dressed in white",
    "exist(f(sel(person), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in people(p))),
)
P(
    "superlative",
    "street",
    "Which person is standing furthest to the left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "position",
    "street",
    "is the car on the left side of the photo",
    "verify(u(sel(car)), hposition, left)",
    lambda p: yes(p.value(p.the("car"), "hposition") == "left"),
)
P(
    "position",
    "street",
    "is the tree up at the top of the picture",
    "verify(u(sel(tree)), vposition, top)",
    lambda p: yes(p.value(p.the("tree"), "vposition") == "top"),
)
P(
    "spatial",
    "street",
    "who is the dog next to",
    "q(u(rel(u(sel(dog)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog")))),
)
P(
    "verify",
    "street",
    "is dog small",
    "verify(u(sel(dog)), size, small)",
    lambda p: yes(p.value(p.the("dog"), "size") == "small"),
)
P(
    "chain",
    "street",
    "the man in white what colour tie does he have on",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "spatial",
    "street",
    "Is the man dressed in black standing to the left of the woman?",
    "exist(f(rel(u(sel(woman)), left), color=black))",
    lambda p: yes(p.the("man", color="black") in p.subjects("left", p.the("woman"))),
)
X("street", "what's the name of the bus driver")
X("street", "Is the woman with the dog happy?")
X("street", "how fast is the bus going")
X("street", "which city did I take this photo in")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right
P(
    "chain",
    "kitchen",
    "ok so the cup to the left of the plate, what colour is that one",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
P(
    "list",
    "kitchen",
    "list everything that is on the table",
    "values(rel(u(sel(table)), on), name)",
    lambda p: listed(p.name(o) for o in p.subjects("on", p.the("table"))),
)
P("count", "kitchen", "how meny cups", "count(sel(cup))", lambda p: n(p.f("cup")))
P("text", "kitchen", "clock says what time", "q(u(sel(clock)), text)", lambda p: p.value(p.the("clock"), "text"))
P(
    "text",
    "kitchen",
    "whats written on the bottle",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "attribute",
    "kitchen",
    "the bottle - what colour?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "verify",
    "kitchen",
    "is the table made of wood",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "attribute",
    "kitchen",
    "what is the fork made out of",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P("exist", "kitchen", "do you see a knife", "exist(sel(knife))", lambda p: yes(bool(p.f("knife"))))
P(
    "count",
    "kitchen",
    "count what's on the table",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "superlative",
    "kitchen",
    "which colour is the cup furthest over to the right",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "position",
    "kitchen",
    "cup in the middle what colour",
    "q(u(f(sel(cup), hposition=middle)), color)",
    lambda p: p.value(p.the("cup", hposition="middle"), "color"),
)
P(
    "spatial",
    "kitchen",
    "is the red cup left of the plate",
    "exist(f(rel(u(sel(plate)), left), color=red))",
    lambda p: yes(p.the("cup", color="red") in p.subjects("left", p.the("plate"))),
)
P(
    "spatial",
    "kitchen",
    "is the fork near the plate",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(p.has(p.the("fork"), "near", p.the("plate"))),
)
P(
    "attribute",
    "kitchen",
    "woman wearing what colour",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "spatial",
    "kitchen",
    "is the woman on the right of the table",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "right", p.the("table"))),
)
P(
    "spatial",
    "kitchen",
    "what is above the table in the photo",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "compare_count",
    "kitchen",
    "are there more cups than plates",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P("count", "kitchen", "white objects how many", "count(f(scene(), color=white))", lambda p: n(p.f(color="white")))
P(
    "verify",
    "kitchen",
    "plate white?",
    "verify(u(sel(plate)), color, white)",
    lambda p: yes(p.value(p.the("plate"), "color") == "white"),
)
P(
    "compare_attr",
    "kitchen",
    "are all the cups the same colour",
    "same(sel(cup), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("cup")}) == 1),
)
P(
    "position",
    "kitchen",
    "the cup on the left side, what colour",
    "q(u(f(sel(cup), hposition=left)), color)",
    lambda p: p.value(p.the("cup", hposition="left"), "color"),
)
P(
    "spatial",
    "kitchen",
    "what is standing between the blue cup and the white cup",
    "q(u(diff(rel(u(f(sel(cup), color=blue)), right), diff(rel(u(f(sel(cup), color=blue)), right), rel(u(f(sel(cup), color=white)), left)))), name)",
    lambda p: p.name(
        only(
            [
                o
                for o in p.subjects("right", p.the("cup", color="blue"))
                if o in p.subjects("left", p.the("cup", color="white"))
            ]
        )
    ),
)
P(
    "spatial",
    "kitchen",
    "is the bottle on the table",
    "vrel(u(sel(table)), on, name=bottle)",
    lambda p: yes(p.has(p.the("bottle"), "on", p.the("table"))),
)
P("count", "kitchen", "how many people in the kitchen", "count(sel(person))", lambda p: n(people(p)))
P(
    "verify",
    "kitchen",
    "the fork is it silver",
    "verify(u(sel(fork)), color, silver)",
    lambda p: yes(p.value(p.the("fork"), "color") == "silver"),
)
P("attribute", "kitchen", "table colour", "q(u(sel(table)), color)", lambda p: p.value(p.the("table"), "color"))
P(
    "two_clause",
    "kitchen",
    "is there a bottle and also a clock",
    "and_(exist(sel(bottle)), exist(sel(clock)))",
    lambda p: yes(bool(p.f("bottle")) and bool(p.f("clock"))),
)
P(
    "two_clause",
    "kitchen",
    "can you see a spoon or a knife anywhere",
    "or_(exist(sel(spoon)), exist(sel(knife)))",
    lambda p: yes(bool(p.f("spoon")) or bool(p.f("knife"))),
)
P(
    "compare_attr",
    "kitchen",
    "I am setting the table for my mum's birthday and took a picture to check, are the plate and the cup on the right the same colour, because she likes things to match",
    "same(u(sel(plate)), u(f(sel(cup), hposition=right)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("cup", hposition="right"), "color")),
)
P(
    "negation",
    "kitchen",
    "how many things on the table are not cups",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) != "cup"]),
)
X("kitchen", "what is in the blue cup")
X("kitchen", "how much did the table cost")
X("kitchen", "who is the woman")
X("kitchen", "is the water in the bottle cold")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees
P(
    "verify",
    "park",
    "is the bench green",
    "verify(u(sel(bench)), color, green)",
    lambda p: yes(p.value(p.the("bench"), "color") == "green"),
)
P(
    "number",
    "park",
    "how many kids are there, boys and girls together",
    "add(count(sel(boy)), count(sel(girl)))",
    lambda p: str(len(p.f("boy")) + len(p.f("girl"))),
)
P(
    "count",
    "park",
    "We had a picnic and my friend took this photo, I think there were two dogs with us but I want to check, how many dogs r in the park",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "chain",
    "park",
    "boy throwing what?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "attribute",
    "park",
    "and the frisbee, which colour",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "spatial",
    "park",
    "is the boy near the bench",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(p.has(p.the("boy"), "near", p.the("bench"))),
)
P("attribute", "park", "the bike colour", "q(u(sel(bicycle)), color)", lambda p: p.value(p.the("bicycle"), "color"))
P(
    "verify",
    "park",
    "is the bench made of wood",
    "verify(u(sel(bench)), material, wood)",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood"),
)
P("count", "park", "how many womans are in the park", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "chain",
    "park",
    "the woman in red is holding a dog what colour is it",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "spatial",
    "park",
    "is the white dog near the girl",
    "exist(f(rel(u(sel(girl)), near), color=white))",
    lambda p: yes(p.the("dog", color="white") in p.subjects("near", p.the("girl"))),
)
P(
    "position",
    "park",
    "bike: left side or right side of the pic?",
    "choose(u(sel(bicycle)), hposition, [left, right])",
    lambda p: p.value(p.the("bicycle"), "hposition"),
)
P("count", "park", "trees?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "verify",
    "park",
    "is the girl wearing pink",
    "verify(u(sel(girl)), color, pink)",
    lambda p: yes(p.value(p.the("girl"), "color") == "pink"),
)
P(
    "attribute",
    "park",
    "what colour is the boy wearing",
    "q(u(sel(boy)), color)",
    lambda p: p.value(p.the("boy"), "color"),
)
P(
    "compare_count",
    "park",
    "as many dogs as trees?",
    "eq(count(sel(dog)), count(sel(tree)))",
    lambda p: yes(len(p.f("dog")) == len(p.f("tree"))),
)
P(
    "superlative",
    "park",
    "who is furthest left",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "superlative",
    "park",
    "second person from the left is who",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "spatial",
    "park",
    "is the boy left of the woman in white",
    "vrel(u(f(sel(woman), color=white)), left, name=boy)",
    lambda p: yes(p.has(p.the("boy"), "left", p.the("woman", color="white"))),
)
P(
    "spatial",
    "park",
    "whats behind the girl",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
P(
    "position",
    "park",
    "is the frisbee up at the top of the picture",
    "verify(u(sel(frisbee)), vposition, top)",
    lambda p: yes(p.value(p.the("frisbee"), "vposition") == "top"),
)
P(
    "exist",
    "park",
    "anybody in yellow?",
    "exist(f(sel(person), color=yellow))",
    lambda p: yes(any(p.value(o, "color") == "yellow" for o in people(p))),
)
P(
    "spatial",
    "park",
    "is the bike to the right of the bench",
    "vrel(u(sel(bench)), right, name=bicycle)",
    lambda p: yes(p.has(p.the("bicycle"), "right", p.the("bench"))),
)
P(
    "chain",
    "park",
    "the woman near the bike, what colour is she wearing",
    "q(u(rel(u(sel(bicycle)), near, name=woman)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("bicycle")), "woman")), "color"),
)
P(
    "compare_attr",
    "park",
    "both dogs same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "quantifier",
    "park",
    "none of the dogs is brown is that right",
    "not_(exist(f(sel(dog), color=brown)))",
    lambda p: yes(not p.f("dog", color="brown")),
)
P(
    "list",
    "park",
    "what colour are the trees",
    "values(sel(tree), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("tree")),
)
P(
    "position",
    "park",
    "is the black dog on the left side",
    "verify(u(f(sel(dog), color=black)), hposition, left)",
    lambda p: yes(p.value(p.the("dog", color="black"), "hposition") == "left"),
)
P(
    "list",
    "park",
    "list the colours the people are wearing",
    "values(sel(person), color)",
    lambda p: listed(p.value(o, "color") for o in people(p)),
)
P(
    "count",
    "park",
    "how many people are wearing red",
    "count(f(sel(person), color=red))",
    lambda p: n([o for o in people(p) if p.value(o, "color") == "red"]),
)
X("park", "how old is the boy")
X("park", "what is the little girl's name")
X("park", "will it rain later in the afternoon")
X("park", "why is the boy throwing the frisbee")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P(
    "position",
    "shapes",
    "is the little blue circle right in the middle of the page",
    "and_(verify(u(f(sel(circle), color=blue)), hposition, middle), verify(u(f(sel(circle), color=blue)), vposition, middle))",
    lambda p: yes(
        p.value(p.the("circle", color="blue"), "hposition") == "middle"
        and p.value(p.the("circle", color="blue"), "vposition") == "middle"
    ),
)
P("count", "shapes", "my kid drew this! how many shapes did she draw", "count(scene())", lambda p: n(p.objects))
P("count", "shapes", "how many red shapes", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "attribute",
    "shapes",
    "what colour is the square",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)
P("exist", "shapes", "is there a heart", "exist(sel(heart))", lambda p: yes(bool(p.f("heart"))))
P(
    "attribute",
    "shapes",
    "My daughter is four and drew this for her grandma, she says she used green for one of the shapes, can you check for me which shape she coloured green",
    "q(u(f(scene(), color=green)), shape)",
    lambda p: p.value(p.the(color="green"), "shape"),
)
P(
    "verify",
    "shapes",
    "is the rectangle yellow",
    "verify(u(f(scene(), shape=rectangle)), color, yellow)",
    lambda p: yes(p.value(p.the("rectangle"), "color") == "yellow"),
)
P("count", "shapes", "big shapes, how many is it", "count(f(scene(), size=large))", lambda p: n(p.f(size="large")))
P(
    "verify",
    "shapes",
    "the star is it small",
    "verify(u(sel(star)), size, small)",
    lambda p: yes(p.value(p.the("star"), "size") == "small"),
)
P(
    "position",
    "shapes",
    "what's in the middle of the drawing",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "position",
    "shapes",
    "what shape is at the bottom left",
    "q(u(f(scene(), hposition=left, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "shape"),
)
P(
    "position",
    "shapes",
    "top right shape colour",
    "q(u(f(scene(), hposition=right, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "color"),
)
P("count", "shapes", "how many in the top row", "count(f(scene(), vposition=top))", lambda p: n(p.f(vposition="top")))
P(
    "quantifier",
    "shapes",
    "are all the big shapes red",
    "not_(exist(fn(f(scene(), size=large), color=red)))",
    lambda p: yes(all(p.value(o, "color") == "red" for o in p.f(size="large"))),
)
P(
    "exist",
    "shapes",
    "is there a blue star",
    "exist(f(sel(star), color=blue))",
    lambda p: yes(bool(p.f("star", color="blue"))),
)
P(
    "count",
    "shapes",
    "how many blue ones are small",
    "count(f(scene(), color=blue, size=small))",
    lambda p: n(p.f(color="blue", size="small")),
)
P(
    "compare_count",
    "shapes",
    "are there more small shapes than big ones",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "superlative",
    "shapes",
    "what's the most common colour in the drawing",
    "common_value(scene(), color)",
    lambda p: Counter(p.value(o, "color") for o in p.objects).most_common(1)[0][0],
)
P(
    "count",
    "shapes",
    "how many circles are blue",
    "count(f(sel(circle), color=blue))",
    lambda p: n(p.f("circle", color="blue")),
)
P(
    "list",
    "shapes",
    "list the colours of the shapes in the bottom row",
    "values(f(scene(), vposition=bottom), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="bottom")),
)
P(
    "position",
    "shapes",
    "is the hexagon on the right side",
    "verify(u(sel(hexagon)), hposition, right)",
    lambda p: yes(p.value(p.the("hexagon"), "hposition") == "right"),
)
P(
    "compare_attr",
    "shapes",
    "is the red circle bigger than the blue one",
    "larger(u(f(sel(circle), color=red)), u(f(sel(circle), color=blue)))",
    lambda p: yes(
        p.value(p.the("circle", color="red"), "size") == "large"
        and p.value(p.the("circle", color="blue"), "size") == "small"
    ),
)
P(
    "compare_attr",
    "shapes",
    "are the square and the hexagon the same colour",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "compare_attr",
    "shapes",
    "the triangle and the rectangle same size?",
    "same(u(sel(triangle)), u(f(scene(), shape=rectangle)), size)",
    lambda p: yes(p.value(p.the("triangle"), "size") == p.value(p.the("rectangle"), "size")),
)
P(
    "superlative",
    "shapes",
    "in the bottom row whats second from the right",
    "q(ord(f(scene(), vposition=bottom), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right", 2), "shape"),
)
P(
    "superlative",
    "shapes",
    "which shape is on the far left of the top row",
    "q(ord(f(scene(), vposition=top), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left"), "shape"),
)
P(
    "negation",
    "shapes",
    "how many shapes are not blue",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "two_clause",
    "shapes",
    "is there a triangle or a pentagon",
    "or_(exist(sel(triangle)), exist(sel(pentagon)))",
    lambda p: yes(bool(p.f("triangle")) or bool(p.f("pentagon"))),
)
P(
    "list",
    "shapes",
    "red things, what shapes",
    "values(f(scene(), color=red), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="red")),
)
P(
    "number",
    "shapes",
    "how many colours did she use",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "two_clause",
    "shapes",
    "is the star red and the triangle green",
    "and_(verify(u(sel(star)), color, red), verify(u(sel(triangle)), color, green))",
    lambda p: yes(p.value(p.the("star"), "color") == "red" and p.value(p.the("triangle"), "color") == "green"),
)
P(
    "attribute",
    "shapes",
    "the yellow shape, big or small",
    "choose(u(f(scene(), color=yellow)), size, [large, small])",
    lambda p: p.value(p.the(color="yellow"), "size"),
)
X("shapes", "what is the picture supposed to be")
X("shapes", "how old is the child who drew this")
X("shapes", "is this drawing any good")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
