# ruff: noqa: E501
"""Blind paraphrase set 43: comparing and describing things, the way people do when pointing at a picture. Questions
that set two things side by side or pick one out by what it looks like: attribute comparisons ("is the cube the same
colour as the ball", "do the two cylinders match in size", "are the mug and the plate different colours", "which is
bigger, the grey cylinder or the green cube", "what do the yellow ball and the green cylinder have in common", asked
only where exactly one property is shared), descriptions by several attributes and by relative clauses ("the shiny
ball that's in front of the brown cylinder", "the man who is wearing the red tie", "the one holding the dog"),
negation and exception ("everything except the cubes", "what else is yellow apart from the cube", "is there anything
that isn't metal"), "which one" questions that offer a choice ("Red ball or green ball, which is closer to the
camera?"), describing a person or a thing in a photo ("what colour is the woman on the left wearing", "what is the
woman holding", "who is holding the dog", "what is the man on the left wearing round his neck", "what's on the
table", "what is written on the bus"), and the drawing of flat shapes (rows, colours, kinds of shape, sides of the
picture). The voices vary: a shop assistant, a teacher, a museum guide, someone describing the picture for a blind
user, a child, a learner of English (dropped articles, odd word order: "what colour is tie of man on right side"),
voice dictation without punctuation, a few one-letter typos ("cylnder", "sanme", "bal", "blok"), odd capitalisation;
three to thirty-five words; about a quarter without a question mark; some open with talk ("ok so", "quick
question:", "I was wondering").

About 45% ask about CLEVR val scenes, 40% about the photo-like graphs (street, kitchen, park), 15% about the drawing
of flat shapes; about one in ten must be refused (feelings, intentions, prices and brands, names of people, weights,
ages, how long something has been there, what happens next, why). A choice between two things is answered by the
property that tells them apart (the shape, or the colour when both are the same kind of thing; the name in a photo).
"The X" is only used where exactly one X matches (never "the rectangle" in the drawing: the square is one too);
places and orders only where a careful person could call them (the TIE margin along an axis in CLEVR, 40 pixels
between box centres in the photos); nothing is asked of the photo graphs that their stated relations and attributes
leave open. Written blind, without reading the parser, the grammar, the normalize rules, the tests or any other set
(the thirty-ninth builder was read for the format only).

Run ``python build_blind43.py`` to write ``../blind43.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind43.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.25
# how close (in pixels) two box centres may lie before a careful person could not say which is further left or right
PIXELS = 40


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas (the list convention)."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


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


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects that are ``relation`` of the anchor; NotUnique when some object lies nearly level with it."""
    here = along(s, anchor, relation)
    for j in s.all():
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return s.rel(relation, anchor)


def is_rel(s: Clevr, target: dict, relation: str, anchor: dict) -> str:
    t, a = s.the(**target), s.the(**anchor)
    if abs(along(s, t, relation) - along(s, a, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(t in s.rel(relation, a))


def among(s: Clevr, ids: list[int], **want) -> list[int]:
    return [i for i in ids if all(s.a(i, k) == v for k, v in want.items())]


def without(s: Clevr, ids: list[int], **unwanted) -> list[int]:
    """The objects of ids that have none of the given attribute values."""
    return [i for i in ids if all(s.a(i, k) != v for k, v in unwanted.items())]


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def same(s: Clevr, a: dict, b: dict, attribute: str) -> str:
    return yes(s.a(s.the(**a), attribute) == s.a(s.the(**b), attribute))


def all_same(s: Clevr, attribute: str, expect: int | None = None, **want) -> str:
    ids = s.f(**want)
    if expect is not None and len(ids) != expect:
        raise NotUnique(f"expected {expect}: {ids}")
    return yes(len({s.a(i, attribute) for i in ids}) == 1)


def closer(s: Clevr, a: dict, b: dict, side: str, attribute: str) -> str:
    """Of the two described objects, the one further towards ``side``, told by ``attribute``."""
    return s.a(nth(s, [s.the(**a), s.the(**b)], side), attribute)


def bigger(s: Clevr, a: dict, b: dict, attribute: str) -> str:
    """Of the two described objects, the large one, told by ``attribute``; NotUnique when both are the same size."""
    x, y = s.the(**a), s.the(**b)
    if s.a(x, "size") == s.a(y, "size"):
        raise NotUnique("same size")
    return s.a(x if s.a(x, "size") == "large" else y, attribute)


def in_common(s: Clevr, a: dict, b: dict) -> str:
    """The one property value the two objects share; NotUnique when they share none or more than one."""
    x, y = s.the(**a), s.the(**b)
    return only([s.a(x, k) for k in ("size", "color", "material", "shape") if s.a(x, k) == s.a(y, k)])


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def centre(p: Photo, oid: str) -> float:
    return (p.objects[oid]["box"][0] + p.objects[oid]["box"][2]) / 2


def side_of(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th object of ids from the left or the right (box centres); NotUnique when a neighbour is too close."""
    order = p.by_x(ids)
    if side == "right":
        order = order[::-1]
    here = centre(p, order[k - 1])
    if any(abs(centre(p, order[j]) - here) < PIXELS for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def named(p: Photo, ids: list[str], name: str) -> list[str]:
    return [o for o in ids if p.name(o) == name]


def wearers(p: Photo, thing: str) -> list[str]:
    return [o for o in p.objects if any(p.name(w) == thing for w in p.objects_of(o, "wearing"))]


def both(a: str, b: str) -> str:
    """Gold: the set of the two objects a and b (everything, less everything that is neither)."""
    return f"diff(scene(), diff(diff(scene(), {a}), {b}))"


def photo_bigger(p: Photo, a: str, b: str, attribute: str = "name") -> str:
    if p.value(a, "size") == p.value(b, "size"):
        raise NotUnique("same size")
    big = a if p.value(a, "size") == "large" else b
    return p.name(big) if attribute == "name" else p.value(big, attribute)


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================
SPH, CUBE, CYL = "sphere", "cube", "cylinder"

# scene 0: small yellow rubber sph, large blue metal sph, large green rubber cyl
C(
    "compare_attr",
    0,
    "is the little ball the same colour as the cylinder?",
    "same(u(f(sel(sphere), size=small)), u(sel(cylinder)), color)",
    lambda s: same(s, {"shape": SPH, "size": "small"}, {"shape": CYL}, "color"),
)
C(
    "compare_attr",
    0,
    "We are at the science museum and my son keeps asking me this one: what do the yellow ball and the green cylinder have in common?",
    "q(u(f(sel(sphere), color=yellow)), material)",
    lambda s: in_common(s, {"shape": SPH, "color": "yellow"}, {"shape": CYL, "color": "green"}),
)

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "compare_attr",
    1,
    "do the two cylinders match in size",
    "same(sel(cylinder), size)",
    lambda s: all_same(s, "size", 2, shape=CYL),
)
C(
    "compare_attr",
    1,
    "Ok so the two blue cylinders, are they made of different materials?",
    "not_(same(f(sel(cylinder), color=blue), material))",
    lambda s: yes(all_same(s, "material", 2, shape=CYL, color="blue") == "no"),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "compare_attr",
    2,
    "Which is bigger, the grey cylinder or the green cube?",
    f"q(u(f({both('u(f(sel(cylinder), color=gray))', 'u(f(sel(cube), color=green))')}, size=large)), shape)",
    lambda s: bigger(s, {"shape": CYL, "color": "gray"}, {"shape": CUBE, "color": "green"}, "shape"),
)
X(2, "How much does the green cube cost? I'd like to buy one for my shop window.")

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "negation",
    3,
    "Apart from the ball, how many red things can you see",
    "count(diff(f(scene(), color=red), u(sel(sphere))))",
    lambda s: n([i for i in s.f(color="red") if i != s.the(shape=SPH)]),
)

# scene 4: nine small things and one large blue metal sph
C(
    "compare_attr",
    4,
    "Teacher here. Are the purple ball and the brown ball made of the same material?",
    "same(u(f(sel(sphere), color=purple)), u(f(sel(sphere), color=brown)), material)",
    lambda s: same(s, {"shape": SPH, "color": "purple"}, {"shape": SPH, "color": "brown"}, "material"),
)
C(
    "negation",
    4,
    "What colour is the shiny ball that isn't blue?",
    "q(u(fn(f(sel(sphere), material=metal), color=blue)), color)",
    lambda s: s.a(only(without(s, s.f(shape=SPH, material="metal"), color="blue")), "color"),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "negation",
    5,
    "leave out the balls how many things are left",
    "count(fn(scene(), shape=sphere))",
    lambda s: n(without(s, s.all(), shape=SPH)),
)
C(
    "spatial",
    5,
    "Which is closer to the camera, the big brown ball or the big blue cube?",
    f"q(ord({both('u(f(sel(sphere), size=large, color=brown))', 'u(f(sel(cube), size=large, color=blue))')}, front, 1), shape)",
    lambda s: closer(s, {"shape": SPH, "color": "brown"}, {"shape": CUBE, "color": "blue"}, "front", "shape"),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "spatial",
    6,
    "of the big red ball and the big grey ball which one is nearer the front, just say the colour",
    f"q(ord({both('u(f(sel(sphere), size=large, color=red))', 'u(f(sel(sphere), size=large, color=gray))')}, front, 1), color)",
    lambda s: closer(s, {"shape": SPH, "color": "red"}, {"shape": SPH, "color": "gray"}, "front", "color"),
)
C(
    "chain",
    6,
    "What colour is the metal thing that's to the left of the blue cube?",
    "q(u(f(rel(u(f(sel(cube), color=blue)), left), material=metal)), color)",
    lambda s: s.a(only(among(s, related(s, "left", s.the(shape=CUBE, color="blue")), material="metal")), "color"),
)
X(6, "Which of these balls is the child's favourite one?")

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "compare_attr",
    7,
    "are the two cyan cylinders the sanme size?",
    "same(f(sel(cylinder), color=cyan), size)",
    lambda s: all_same(s, "size", 2, shape=CYL, color="cyan"),
)
C(
    "chain",
    7,
    "My grandmother cannot see the screen very well so I am describing it to her: there is a big purple ball, and she wants the colour of the large cube sitting in front of it.",
    "q(u(f(rel(u(f(sel(sphere), color=purple)), front), size=large, shape=cube)), color)",
    lambda s: s.a(
        only(among(s, related(s, "front", s.the(shape=SPH, color="purple")), size="large", shape=CUBE)), "color"
    ),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "negation",
    8,
    "What else is purple besides the ball?",
    "q(u(diff(f(scene(), color=purple), u(sel(sphere)))), shape)",
    lambda s: s.a(only([i for i in s.f(color="purple") if i != s.the(shape=SPH)]), "shape"),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "compare_attr",
    9,
    "green ball and green cylinder same material",
    "same(u(f(sel(sphere), color=green)), u(f(sel(cylinder), color=green)), material)",
    lambda s: same(s, {"shape": SPH, "color": "green"}, {"shape": CYL, "color": "green"}, "material"),
)
C(
    "spatial",
    9,
    "Which one is more to the right: the purple cube or the brown ball?",
    f"q(ord({both('u(f(sel(cube), color=purple))', 'u(f(sel(sphere), color=brown))')}, right, 1), shape)",
    lambda s: closer(s, {"shape": CUBE, "color": "purple"}, {"shape": SPH, "color": "brown"}, "right", "shape"),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "negation",
    10,
    "there's a grey thing that isn't the cube, what shape is it",
    "q(u(fn(f(scene(), color=gray), shape=cube)), shape)",
    lambda s: s.a(only(without(s, s.f(color="gray"), shape=CUBE)), "shape"),
)

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "spatial",
    11,
    "How many rubber things are in front of the big brown cylinder?",
    "count(f(rel(u(f(sel(cylinder), size=large, color=brown)), front), material=rubber))",
    lambda s: n(among(s, related(s, "front", s.the(shape=CYL, size="large", color="brown")), material="rubber")),
)
X(11, "Which of these toys is the oldest?")

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "exist",
    12,
    "quick question: is there a cube that isn't metal?",
    "exist(fn(sel(cube), material=metal))",
    lambda s: yes(bool(without(s, s.f(shape=CUBE), material="metal"))),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "negation",
    13,
    "What else is cyan besides the big cylnder?",
    "q(u(diff(f(scene(), color=cyan), u(f(sel(cylinder), size=large)))), shape)",
    lambda s: s.a(only([i for i in s.f(color="cyan") if i != s.the(shape=CYL, size="large")]), "shape"),
)
C(
    "spatial",
    13,
    "which is closer to the camera the grey ball or the big red cube",
    f"q(ord({both('u(f(sel(sphere), color=gray))', 'u(f(sel(cube), size=large, color=red))')}, front, 1), shape)",
    lambda s: closer(s, {"shape": SPH, "color": "gray"}, {"shape": CUBE, "size": "large"}, "front", "shape"),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "compare_attr",
    14,
    "Which ball is bigger, the blue one or the cyan one?",
    f"q(u(f({both('u(f(sel(sphere), color=blue))', 'u(f(sel(sphere), color=cyan))')}, size=large)), color)",
    lambda s: bigger(s, {"shape": SPH, "color": "blue"}, {"shape": SPH, "color": "cyan"}, "color"),
)
C(
    "spatial",
    14,
    "whats further back the cyan ball or the grey cube",
    f"q(ord({both('u(f(sel(sphere), color=cyan))', 'u(f(sel(cube), color=gray))')}, behind, 1), shape)",
    lambda s: closer(s, {"shape": SPH, "color": "cyan"}, {"shape": CUBE, "color": "gray"}, "behind", "shape"),
)

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "spatial",
    15,
    "Red ball or green ball, which is closer to the camera?",
    f"q(ord({both('u(f(sel(sphere), color=red))', 'u(f(sel(sphere), color=green))')}, front, 1), color)",
    lambda s: closer(s, {"shape": SPH, "color": "red"}, {"shape": SPH, "color": "green"}, "front", "color"),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "negation",
    16,
    "what else is yellow apart from the cube",
    "q(u(diff(f(scene(), color=yellow), u(sel(cube)))), shape)",
    lambda s: s.a(only([i for i in s.f(color="yellow") if i != s.the(shape=CUBE)]), "shape"),
)
C(
    "chain",
    16,
    "For a blind user: what colour is the shiny ball that's in front of the brown cylinder?",
    "q(u(f(rel(u(f(sel(cylinder), color=brown)), front), material=metal, shape=sphere)), color)",
    lambda s: s.a(
        only(among(s, related(s, "front", s.the(shape=CYL, color="brown")), material="metal", shape=SPH)), "color"
    ),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "compare_attr",
    17,
    "Are the two blocks different colours?",
    "not_(same(sel(cube), color))",
    lambda s: yes(all_same(s, "color", 2, shape=CUBE) == "no"),
)
C(
    "chain",
    17,
    "What colour is the blok behind the green cylinder?",
    "q(u(f(rel(u(f(sel(cylinder), color=green)), behind), shape=cube)), color)",
    lambda s: s.a(only(among(s, related(s, "behind", s.the(shape=CYL, color="green")), shape=CUBE)), "color"),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "negation",
    18,
    "What shape is the shiny thing that isn't a cylinder?",
    "q(u(fn(f(scene(), material=metal), shape=cylinder)), shape)",
    lambda s: s.a(only(without(s, s.f(material="metal"), shape=CYL)), "shape"),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "negation",
    19,
    "besides the rubber cylinder how many cyan things are there",
    "count(diff(f(scene(), color=cyan), u(f(sel(cylinder), material=rubber))))",
    lambda s: n([i for i in s.f(color="cyan") if i != s.the(shape=CYL, material="rubber")]),
)
C(
    "chain",
    19,
    "The rubber thing to the left of the big blue cube - what colour is it?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=blue)), left), material=rubber)), color)",
    lambda s: s.a(only(among(s, related(s, "left", s.the(shape=CUBE, color="blue")), material="rubber")), "color"),
)

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "compare_attr",
    20,
    "Are the two yellow things the same shape?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: all_same(s, "shape", 2, color="yellow"),
)
C(
    "compare_attr",
    20,
    "which is bigger the cyan ball or the brown cube",
    f"q(u(f({both('u(f(sel(sphere), color=cyan))', 'u(f(sel(cube), color=brown))')}, size=large)), shape)",
    lambda s: bigger(s, {"shape": SPH, "color": "cyan"}, {"shape": CUBE, "color": "brown"}, "shape"),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "compare_attr",
    21,
    "I was wondering, what do the grey ball and the purple cylinder have in common?",
    "q(u(f(sel(sphere), color=gray)), material)",
    lambda s: in_common(s, {"shape": SPH, "color": "gray"}, {"shape": CYL, "color": "purple"}),
)
C(
    "spatial",
    21,
    "Is the RED ball further right than the grey ball?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), right), color=red, shape=sphere))",
    lambda s: is_rel(s, {"shape": SPH, "color": "red"}, "right", {"shape": SPH, "color": "gray"}),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "compare_attr",
    22,
    "do the yellow cube and the yellow cylinder match in size",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=yellow)), size)",
    lambda s: same(s, {"shape": CUBE, "color": "yellow"}, {"shape": CYL, "color": "yellow"}, "size"),
)
X(22, "How long has the yellow cylinder been standing there?")

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "compare_attr",
    23,
    "is the big cylinder the same colour as the yellow bal",
    "same(u(f(sel(cylinder), size=large)), u(f(sel(sphere), color=yellow)), color)",
    lambda s: same(s, {"shape": CYL, "size": "large"}, {"shape": SPH, "color": "yellow"}, "color"),
)

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "negation",
    24,
    "What else is brown, besides the big cube?",
    "q(u(diff(f(scene(), color=brown), u(f(sel(cube), size=large, color=brown)))), shape)",
    lambda s: s.a(only([i for i in s.f(color="brown") if i != s.the(shape=CUBE, color="brown")]), "shape"),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "spatial",
    25,
    "Which is further back, the red cube or the brown ball?",
    f"q(ord({both('u(f(sel(cube), color=red))', 'u(f(sel(sphere), color=brown))')}, behind, 1), shape)",
    lambda s: closer(s, {"shape": CUBE, "color": "red"}, {"shape": SPH, "color": "brown"}, "behind", "shape"),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "compare_attr",
    26,
    "Are the purple cubes made of different materials?",
    "not_(same(f(sel(cube), color=purple), material))",
    lambda s: yes(all_same(s, "material", 2, shape=CUBE, color="purple") == "no"),
)
C(
    "negation",
    26,
    "how many green things are not balls",
    "count(fn(f(scene(), color=green), shape=sphere))",
    lambda s: n(without(s, s.f(color="green"), shape=SPH)),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "compare_attr",
    27,
    "do the two red things match in shape",
    "same(f(scene(), color=red), shape)",
    lambda s: all_same(s, "shape", 2, color="red"),
)
C(
    "compare_attr",
    27,
    "mummy which is bigger the yellow ball or the red cube",
    f"q(u(f({both('u(f(sel(sphere), color=yellow))', 'u(f(sel(cube), color=red))')}, size=large)), shape)",
    lambda s: bigger(s, {"shape": SPH, "color": "yellow"}, {"shape": CUBE, "color": "red"}, "shape"),
)

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "compare_attr",
    28,
    "Are both red cylinders the same size?",
    "same(f(sel(cylinder), color=red), size)",
    lambda s: all_same(s, "size", 2, shape=CYL, color="red"),
)
X(28, "why is one of the red cylinders shiny and the other one not")

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "spatial",
    29,
    "Which is closer to the camera, the red cylinder or the brown ball?",
    f"q(ord({both('u(f(sel(cylinder), color=red))', 'u(f(sel(sphere), color=brown))')}, front, 1), shape)",
    lambda s: closer(s, {"shape": CYL, "color": "red"}, {"shape": SPH, "color": "brown"}, "front", "shape"),
)

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "spatial",
    30,
    "which ball is on the left, the green or the purple",
    f"q(ord({both('u(f(sel(sphere), color=green))', 'u(f(sel(sphere), color=purple))')}, left, 1), color)",
    lambda s: closer(s, {"shape": SPH, "color": "green"}, {"shape": SPH, "color": "purple"}, "left", "color"),
)

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "negation",
    31,
    "How many balls are not small?",
    "count(fn(sel(sphere), size=small))",
    lambda s: n(without(s, s.f(shape=SPH), size="small")),
)
X(31, "What will happen if the big blue ball rolls into the other things?")

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "compare_attr",
    32,
    "Which ball is bigger, the red one or the yellow one?",
    f"q(u(f({both('u(f(sel(sphere), color=red))', 'u(f(sel(sphere), color=yellow))')}, size=large)), color)",
    lambda s: bigger(s, {"shape": SPH, "color": "red"}, {"shape": SPH, "color": "yellow"}, "color"),
)
C(
    "spatial",
    32,
    "which is nearer to the camera, the red ball or the red cube?",
    f"q(ord({both('u(f(sel(sphere), color=red))', 'u(f(sel(cube), color=red))')}, front, 1), shape)",
    lambda s: closer(s, {"shape": SPH, "color": "red"}, {"shape": CUBE, "color": "red"}, "front", "shape"),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "negation",
    33,
    "What colour is the shiny ball that isn't red?",
    "q(u(fn(f(sel(sphere), material=metal), color=red)), color)",
    lambda s: s.a(only(without(s, s.f(shape=SPH, material="metal"), color="red")), "color"),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "compare_attr",
    34,
    "which cylinder is bigger the grey one or the red one",
    f"q(u(f({both('u(f(sel(cylinder), color=gray))', 'u(f(sel(cylinder), color=red))')}, size=large)), color)",
    lambda s: bigger(s, {"shape": CYL, "color": "gray"}, {"shape": CYL, "color": "red"}, "color"),
)
C(
    "exist",
    34,
    "Is anything here not made of metal?",
    "exist(fn(scene(), material=metal))",
    lambda s: yes(bool(without(s, s.all(), material="metal"))),
)

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "negation",
    35,
    "What colour is the big cube that isn't metal?",
    "q(u(fn(f(sel(cube), size=large), material=metal)), color)",
    lambda s: s.a(only(without(s, s.f(shape=CUBE, size="large"), material="metal")), "color"),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "exist",
    36,
    "is there anything that isn't metal",
    "exist(fn(scene(), material=metal))",
    lambda s: yes(bool(without(s, s.all(), material="metal"))),
)
C(
    "spatial",
    36,
    "Which is closer to the camera, the purple ball or the cyan ball?",
    f"q(ord({both('u(f(sel(sphere), color=purple))', 'u(f(sel(sphere), color=cyan))')}, front, 1), color)",
    lambda s: closer(s, {"shape": SPH, "color": "purple"}, {"shape": SPH, "color": "cyan"}, "front", "color"),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "compare_attr",
    37,
    "The big metal cube and the big metal cylinder, are they the same colour?",
    "same(u(f(sel(cube), size=large, material=metal)), u(f(sel(cylinder), size=large, material=metal)), color)",
    lambda s: same(
        s,
        {"shape": CUBE, "size": "large", "material": "metal"},
        {"shape": CYL, "size": "large", "material": "metal"},
        "color",
    ),
)
C(
    "chain",
    37,
    "What shape is the rubber thing to the right of the big purple cube?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=purple)), right), material=rubber)), shape)",
    lambda s: s.a(only(among(s, related(s, "right", s.the(shape=CUBE, color="purple")), material="rubber")), "shape"),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "compare_attr",
    38,
    "The two small green balls. Same material?",
    "same(f(sel(sphere), size=small, color=green), material)",
    lambda s: all_same(s, "material", 2, shape=SPH, size="small", color="green"),
)
C(
    "exist",
    38,
    "is there anything that's neither grey nor green?",
    "exist(fn(fn(scene(), color=gray), color=green))",
    lambda s: yes(bool(without(s, without(s, s.all(), color="gray"), color="green"))),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "compare_attr",
    39,
    "which cylinder is bigger, brown or grey",
    f"q(u(f({both('u(f(sel(cylinder), color=brown))', 'u(f(sel(cylinder), color=gray))')}, size=large)), color)",
    lambda s: bigger(s, {"shape": CYL, "color": "brown"}, {"shape": CYL, "color": "gray"}, "color"),
)

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "compare_attr",
    40,
    "is the cyan cube as big as grey cube",
    "same(u(f(sel(cube), color=cyan)), u(f(sel(cube), color=gray)), size)",
    lambda s: same(s, {"shape": CUBE, "color": "cyan"}, {"shape": CUBE, "color": "gray"}, "size"),
)
C(
    "spatial",
    40,
    "Which is further to the left, the brown cylinder or the grey cube?",
    f"q(ord({both('u(f(sel(cylinder), color=brown))', 'u(f(sel(cube), color=gray))')}, left, 1), shape)",
    lambda s: closer(s, {"shape": CYL, "color": "brown"}, {"shape": CUBE, "color": "gray"}, "left", "shape"),
)
X(40, "Who put the brown cylinder there?")

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "negation",
    41,
    "how many of the cylinders aren't yellow?",
    "count(fn(sel(cylinder), color=yellow))",
    lambda s: n(without(s, s.f(shape=CYL), color="yellow")),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "negation",
    42,
    "How many blue things aren't rubber?",
    "count(fn(f(scene(), color=blue), material=rubber))",
    lambda s: n(without(s, s.f(color="blue"), material="rubber")),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "compare_attr",
    43,
    "Do the yellow cube and the blue cube match in material?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cube), color=blue)), material)",
    lambda s: same(s, {"shape": CUBE, "color": "yellow"}, {"shape": CUBE, "color": "blue"}, "material"),
)
C(
    "spatial",
    43,
    "which one is further left the grey ball or the green cube",
    f"q(ord({both('u(f(sel(sphere), color=gray))', 'u(f(sel(cube), color=green))')}, left, 1), shape)",
    lambda s: closer(s, {"shape": SPH, "color": "gray"}, {"shape": CUBE, "color": "green"}, "left", "shape"),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "compare_attr",
    44,
    "Which Is Bigger, The Cyan Cube Or The Blue Cube?",
    f"q(u(f({both('u(f(sel(cube), color=cyan))', 'u(f(sel(cube), color=blue))')}, size=large)), color)",
    lambda s: bigger(s, {"shape": CUBE, "color": "cyan"}, {"shape": CUBE, "color": "blue"}, "color"),
)
C(
    "chain",
    44,
    "what shape is the shiny thing in front of the big blue cube?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=blue)), front), material=metal)), shape)",
    lambda s: s.a(only(among(s, related(s, "front", s.the(shape=CUBE, color="blue")), material="metal")), "shape"),
)
C(
    "exist",
    44,
    "Is there any ball that isn't brown?",
    "exist(fn(sel(sphere), color=brown))",
    lambda s: yes(bool(without(s, s.f(shape=SPH), color="brown"))),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "compare_attr",
    45,
    "are the cyan cube and the cyan cylinder made of the same material?",
    "same(u(f(sel(cube), color=cyan)), u(f(sel(cylinder), color=cyan)), material)",
    lambda s: same(s, {"shape": CUBE, "color": "cyan"}, {"shape": CYL, "color": "cyan"}, "material"),
)
C(
    "negation",
    45,
    "What colour is the big ball that isn't metal?",
    "q(u(fn(f(sel(sphere), size=large), material=metal)), color)",
    lambda s: s.a(only(without(s, s.f(shape=SPH, size="large"), material="metal")), "color"),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "compare_attr",
    46,
    "The two purple things - same material, yes or no?",
    "same(f(scene(), color=purple), material)",
    lambda s: all_same(s, "material", 2, color="purple"),
)
C(
    "spatial",
    46,
    "Which big cube is further back, the grey one or the red one?",
    f"q(ord({both('u(f(sel(cube), size=large, color=gray))', 'u(f(sel(cube), size=large, color=red))')}, behind, 1), color)",
    lambda s: closer(s, {"shape": CUBE, "color": "gray"}, {"shape": CUBE, "color": "red"}, "behind", "color"),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "compare_attr",
    47,
    "What do the big yellow ball and the big blue cube have in common?",
    "q(u(f(sel(sphere), size=large, color=yellow)), size)",
    lambda s: in_common(
        s, {"shape": SPH, "size": "large", "color": "yellow"}, {"shape": CUBE, "size": "large", "color": "blue"}
    ),
)
C(
    "negation",
    47,
    "everything except the cubes, how many is that",
    "count(fn(scene(), shape=cube))",
    lambda s: n(without(s, s.all(), shape=CUBE)),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "spatial",
    48,
    "Which is closer to the camera, the red cube or the yellow ball?",
    f"q(ord({both('u(f(sel(cube), color=red))', 'u(f(sel(sphere), color=yellow))')}, front, 1), shape)",
    lambda s: closer(s, {"shape": CUBE, "color": "red"}, {"shape": SPH, "color": "yellow"}, "front", "shape"),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "negation",
    49,
    "Not counting the balls, how many objects are there?",
    "count(fn(scene(), shape=sphere))",
    lambda s: n(without(s, s.all(), shape=SPH)),
)
C(
    "compare_attr",
    49,
    "are the green cube and the green cylinder made of different materials",
    "not_(same(u(f(sel(cube), color=green)), u(f(sel(cylinder), color=green)), material))",
    lambda s: yes(same(s, {"shape": CUBE, "color": "green"}, {"shape": CYL, "color": "green"}, "material") == "no"),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "compare_attr",
    50,
    "which is bigger, the cyan ball or the purple ball?",
    f"q(u(f({both('u(f(sel(sphere), color=cyan))', 'u(f(sel(sphere), color=purple))')}, size=large)), color)",
    lambda s: bigger(s, {"shape": SPH, "color": "cyan"}, {"shape": SPH, "color": "purple"}, "color"),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "compare_attr",
    51,
    "As a teacher I use these pictures for a lesson on materials. Is the brown ball made of the same material as the yellow cube, or are they different?",
    "same(u(f(sel(sphere), color=brown)), u(f(sel(cube), color=yellow)), material)",
    lambda s: same(s, {"shape": SPH, "color": "brown"}, {"shape": CUBE, "color": "yellow"}, "material"),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "spatial",
    52,
    "Which is further to the right, the blue cube or the purple cube?",
    f"q(ord({both('u(f(sel(cube), color=blue))', 'u(f(sel(cube), color=purple))')}, right, 1), color)",
    lambda s: closer(s, {"shape": CUBE, "color": "blue"}, {"shape": CUBE, "color": "purple"}, "right", "color"),
)
X(52, "How many grams does the purple cube weigh?")

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "compare_attr",
    53,
    "yellow ball and green ball, which one more big?",
    f"q(u(f({both('u(f(sel(sphere), color=yellow))', 'u(f(sel(sphere), color=green))')}, size=large)), color)",
    lambda s: bigger(s, {"shape": SPH, "color": "yellow"}, {"shape": SPH, "color": "green"}, "color"),
)
C(
    "compare_attr",
    53,
    "Are the purple cube and the blue cube the same size?",
    "same(u(f(sel(cube), color=purple)), u(f(sel(cube), color=blue)), size)",
    lambda s: same(s, {"shape": CUBE, "color": "purple"}, {"shape": CUBE, "color": "blue"}, "size"),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C(
    "exist",
    54,
    "Are there any cubes that aren't grey?",
    "exist(fn(sel(cube), color=gray))",
    lambda s: yes(bool(without(s, s.f(shape=CUBE), color="gray"))),
)
C(
    "compare_attr",
    54,
    "is the cylinder made of the same material as the green cube?",
    "same(u(sel(cylinder)), u(f(sel(cube), color=green)), material)",
    lambda s: same(s, {"shape": CYL}, {"shape": CUBE, "color": "green"}, "material"),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "chain",
    55,
    "is the shiny ball in front of the big green cube large or small?",
    "choose(u(f(rel(u(f(sel(cube), size=large, color=green)), front), material=metal, shape=sphere)), size, [large, small])",
    lambda s: s.a(
        only(among(s, related(s, "front", s.the(shape=CUBE, color="green")), material="metal", shape=SPH)), "size"
    ),
)

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "spatial",
    56,
    "how many cubes r behind the green cylinder",
    "count(f(rel(u(f(sel(cylinder), color=green)), behind), shape=cube))",
    lambda s: n(among(s, related(s, "behind", s.the(shape=CYL, color="green")), shape=CUBE)),
)
X(56, "Does the little yellow ball feel lonely over there?")

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "spatial",
    57,
    "is the blue ball or the brown cylinder further back i cant tell",
    f"q(ord({both('u(f(sel(sphere), color=blue))', 'u(f(sel(cylinder), color=brown))')}, behind, 1), shape)",
    lambda s: closer(s, {"shape": SPH, "color": "blue"}, {"shape": CYL, "color": "brown"}, "behind", "shape"),
)
C(
    "negation",
    57,
    "Anything except the cubes - how many things is that?",
    "count(fn(scene(), shape=cube))",
    lambda s: n(without(s, s.all(), shape=CUBE)),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "spatial",
    58,
    "Which cube is closer to the camera, cyan or purple?",
    f"q(ord({both('u(f(sel(cube), color=cyan))', 'u(f(sel(cube), color=purple))')}, front, 1), color)",
    lambda s: closer(s, {"shape": CUBE, "color": "cyan"}, {"shape": CUBE, "color": "purple"}, "front", "color"),
)
C(
    "compare_attr",
    58,
    "Do the two cubes match in material?",
    "same(sel(cube), material)",
    lambda s: all_same(s, "material", 2, shape=CUBE),
)

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "superlative",
    59,
    "purple things, which one is most near to camera? what shape",
    "q(ord(f(scene(), color=purple), front, 1), shape)",
    lambda s: s.a(nth(s, s.f(color="purple"), "front"), "shape"),
)
C(
    "compare_attr",
    59,
    "are the two brown balls the same size?",
    "same(f(sel(sphere), color=brown), size)",
    lambda s: all_same(s, "size", 2, shape=SPH, color="brown"),
)

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the small brown dog, in front of the bus), man2 (right, white, blue tie), large red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), green tree behind the bus, road text 'NO PARKING'
P(
    "chain",
    "street",
    "What is the woman holding?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "chain",
    "street",
    "who is holding the dog",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "chain",
    "street",
    "what colour is tie of man on right side?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("man", hposition="right"), "wearing")), "color"),
)
P(
    "chain",
    "street",
    "The man who's wearing the red tie, what colour is he dressed in?",
    "q(u(rel(u(f(sel(tie), color=red)), wearing)), color)",
    lambda p: p.value(only(p.subjects("wearing", p.the("tie", color="red"))), "color"),
)
P(
    "text",
    "street",
    "I'm describing this for a blind friend. What is written on the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "compare_attr",
    "street",
    "Are the two ties the same colour?",
    "same(sel(tie), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("tie")}) == 1),
)
P(
    "compare_attr",
    "street",
    "are the bus and the stop sign the same colour",
    "same(u(sel(bus)), u(sel(sign)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("sign"), "color")),
)
P(
    "compare_attr",
    "street",
    "Is the car the same colour as the clothes of the man on the right?",
    "same(u(sel(car)), u(f(sel(man), hposition=right)), color)",
    lambda p: yes(p.value(p.the("car"), "color") == p.value(p.the("man", hposition="right"), "color")),
)
P(
    "compare_attr",
    "street",
    "Which is bigger, the dog or the bus?",
    f"q(u(f({both('u(sel(dog))', 'u(sel(bus))')}, size=large)), name)",
    lambda p: photo_bigger(p, p.the("dog"), p.the("bus")),
)
P(
    "compare_attr",
    "street",
    "is the dog bigger than the bus?",
    "larger(u(sel(dog)), u(sel(bus)))",
    lambda p: yes(p.value(p.the("dog"), "size") == "large" and p.value(p.the("bus"), "size") == "small"),
)
P(
    "spatial",
    "street",
    "Which is further left, the car or the stop sign?",
    f"q(ord({both('u(sel(car))', 'u(sel(sign))')}, left, 1), name)",
    lambda p: p.name(side_of(p, [p.the("car"), p.the("sign")], "left")),
)
P(
    "chain",
    "street",
    "There's something green behind the bus. What is it",
    "q(u(f(rel(u(sel(bus)), behind), color=green)), name)",
    lambda p: p.name(only([o for o in p.subjects("behind", p.the("bus")) if p.value(o, "color") == "green"])),
)
P(
    "spatial",
    "street",
    "Is the man in white to the right of the bus?",
    "exist(f(rel(u(sel(bus)), right, name=man), color=white))",
    lambda p: yes(p.has(p.the("man", color="white"), "right", p.the("bus"))),
)
P(
    "attribute",
    "street",
    "what is the red thing up in the top right corner",
    "q(u(f(scene(), hposition=right, vposition=top, color=red)), name)",
    lambda p: p.name(p.the(hposition="right", vposition="top", color="red")),
)
P(
    "exist",
    "street",
    "Apart from the bus and the sign, is anything else red?",
    "exist(diff(diff(f(scene(), color=red), u(sel(bus))), u(sel(sign))))",
    lambda p: yes(bool([o for o in p.f(color="red") if o not in (p.the("bus"), p.the("sign"))])),
)
P(
    "negation",
    "street",
    "How many of the people aren't wearing a tie?",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([o for o in people(p) if o not in wearers(p, "tie")]),
)
P(
    "chain",
    "street",
    "ok so the person standing between the two men, what colour are they wearing",
    "q(u(diff(rel(u(f(sel(man), color=black)), right), diff(rel(u(f(sel(man), color=black)), right), rel(u(f(sel(man), color=white)), left)))), color)",
    lambda p: p.value(
        only(
            [
                o
                for o in p.subjects("right", p.the("man", color="black"))
                if o in p.subjects("left", p.the("man", color="white"))
            ]
        ),
        "color",
    ),
)
P(
    "chain",
    "street",
    "What colour is the dog the woman is holding?",
    "q(u(rel(u(sel(woman)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman"), "holding")), "color"),
)
P(
    "compare_attr",
    "street",
    "Is the tree the same colour as the woman's clothes?",
    "same(u(sel(tree)), u(sel(woman)), color)",
    lambda p: yes(p.value(p.the("tree"), "color") == p.value(p.the("woman"), "color")),
)
P(
    "chain",
    "street",
    "Which man has the blue tie on, the one on the left or the one on the right?",
    "q(u(rel(u(f(sel(tie), color=blue)), wearing)), hposition)",
    lambda p: p.value(only(p.subjects("wearing", p.the("tie", color="blue"))), "hposition"),
)
P(
    "text",
    "street",
    "read me what it says on the ground",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "text",
    "street",
    "Museum guide here - the little red sign at the top, what's on it?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "chain",
    "street",
    "What is the man on the left wearing round his neck?",
    "q(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("man", hposition="left"), "wearing"))),
)
P(
    "verify",
    "street",
    "the dog the lady is holding is it a big one",
    "verify(u(rel(u(sel(woman)), holding, role=object)), size, large)",
    lambda p: yes(p.value(only(p.objects_of(p.the("woman"), "holding")), "size") == "large"),
)
P(
    "exist",
    "street",
    "Is anybody besides the two men wearing a tie?",
    "exist(diff(rel(sel(tie), wearing), sel(man)))",
    lambda p: yes(bool([o for o in wearers(p, "tie") if p.name(o) != "man"])),
)
P(
    "compare_attr",
    "street",
    "Are the car and the bus different colours?",
    "not_(same(u(sel(car)), u(sel(bus)), color))",
    lambda p: yes(p.value(p.the("car"), "color") != p.value(p.the("bus"), "color")),
)
P(
    "spatial",
    "street",
    "Who is standing in front of the bus?",
    "q(u(rel(u(sel(bus)), front)), name)",
    lambda p: p.name(only(p.subjects("front", p.the("bus")))),
)
X("street", "What's the name of the man in black?")
X("street", "How old is the woman holding the dog?")
X("street", "where is the man in white going")
X("street", "Which company made the red bus?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a silver metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right
P(
    "list",
    "kitchen",
    "What's on the table?",
    "values(rel(u(sel(table)), on), name)",
    lambda p: listed(p.name(o) for o in p.subjects("on", p.the("table"))),
)
P(
    "compare_attr",
    "kitchen",
    "Are the plate and the white cup the same colour",
    "same(u(sel(plate)), u(f(sel(cup), color=white)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("cup", color="white"), "color")),
)
P(
    "compare_attr",
    "kitchen",
    "is the fork the same colour as the plate?",
    "same(u(sel(fork)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("fork"), "color") == p.value(p.the("plate"), "color")),
)
P(
    "chain",
    "kitchen",
    "What colour is the cup just to the left of the woman?",
    "q(u(rel(u(sel(woman)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("woman")), "cup")), "color"),
)
P(
    "chain",
    "kitchen",
    "what is the fork lying next to?",
    "q(u(rel(u(sel(fork)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("fork")))),
)
P(
    "attribute",
    "kitchen",
    "Shop assistant question: what's the fork made of?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "attribute",
    "kitchen",
    "woman in kitchen, her clothes is which colour?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "text",
    "kitchen",
    "What word is on the green bottle?",
    "q(u(f(sel(bottle), color=green)), text)",
    lambda p: p.value(p.the("bottle", color="green"), "text"),
)
P(
    "text",
    "kitchen",
    "The thing hanging above the table, what time does it show?",
    "q(u(rel(u(sel(table)), above)), text)",
    lambda p: p.value(only(p.subjects("above", p.the("table"))), "text"),
)
P(
    "compare_attr",
    "kitchen",
    "the clock and the bottle same colour",
    "same(u(sel(clock)), u(sel(bottle)), color)",
    lambda p: yes(p.value(p.the("clock"), "color") == p.value(p.the("bottle"), "color")),
)
P(
    "spatial",
    "kitchen",
    "Which is further right, the bottle or the blue cup?",
    f"q(ord({both('u(sel(bottle))', 'u(f(sel(cup), color=blue))')}, right, 1), name)",
    lambda p: p.name(side_of(p, [p.the("bottle"), p.the("cup", color="blue")], "right")),
)
P(
    "position",
    "kitchen",
    "Which colour is the cup in the middle?",
    "q(u(f(sel(cup), hposition=middle)), color)",
    lambda p: p.value(p.the("cup", hposition="middle"), "color"),
)
P(
    "negation",
    "kitchen",
    "What else on the table is white besides the plate?",
    "q(u(diff(f(rel(u(sel(table)), on), color=white), u(sel(plate)))), name)",
    lambda p: p.name(
        only([o for o in p.subjects("on", p.the("table")) if p.value(o, "color") == "white" and o != p.the("plate")])
    ),
)
P(
    "negation",
    "kitchen",
    "how many things on the table aren't cups",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) != "cup"]),
)
P(
    "chain",
    "kitchen",
    "What colour is the mug on the right-hand side of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "chain",
    "kitchen",
    "what's in between the blue cup and the white cup",
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
    "Is the red cup to the left of the plate?",
    "exist(f(rel(u(sel(plate)), left, name=cup), color=red))",
    lambda p: yes(p.has(p.the("cup", color="red"), "left", p.the("plate"))),
)
P(
    "spatial",
    "kitchen",
    "is the blue mug on the left of the plate",
    "exist(f(rel(u(sel(plate)), left, name=cup), color=blue))",
    lambda p: yes(p.has(p.the("cup", color="blue"), "left", p.the("plate"))),
)
P(
    "number",
    "kitchen",
    "How many different colours are the cups?",
    "nvalues(sel(cup), color)",
    lambda p: str(len({p.value(o, "color") for o in p.f("cup")})),
)
P(
    "exist",
    "kitchen",
    "Is any of the cups the same colour as the table?",
    "exist(f(sel(cup), color=brown))",
    lambda p: yes(any(p.value(o, "color") == p.value(p.the("table"), "color") for o in p.f("cup"))),
)
P(
    "spatial",
    "kitchen",
    "the lady is she standing to the right of the table",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "right", p.the("table"))),
)
P(
    "attribute",
    "kitchen",
    "What Colour Is The Table?",
    "q(u(sel(table)), color)",
    lambda p: p.value(p.the("table"), "color"),
)
P(
    "verify",
    "kitchen",
    "Is the cup on the far left red?",
    "verify(ord(sel(cup), left, 1), color, red)",
    lambda p: yes(p.value(side_of(p, p.f("cup"), "left"), "color") == "red"),
)
P(
    "compare_attr",
    "kitchen",
    "are the bottle and the blue cup different colours?",
    "not_(same(u(sel(bottle)), u(f(sel(cup), color=blue)), color))",
    lambda p: yes(p.value(p.the("bottle"), "color") != p.value(p.the("cup", color="blue"), "color")),
)
P(
    "chain",
    "kitchen",
    "What colour is the thing above the table?",
    "q(u(rel(u(sel(table)), above)), color)",
    lambda p: p.value(only(p.subjects("above", p.the("table"))), "color"),
)
P(
    "compare_attr",
    "kitchen",
    "do the red mug and the white mug match in colour",
    "same(u(f(sel(cup), color=red)), u(f(sel(cup), color=white)), color)",
    lambda p: yes(p.value(p.the("cup", color="red"), "color") == p.value(p.the("cup", color="white"), "color")),
)
X("kitchen", "Is the water in the bottle cold?")
X("kitchen", "What brand are these cups?")
X("kitchen", "who is going to wash the plate afterwards")
X("kitchen", "How much does the table weigh in kilos?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two green trees
P(
    "chain",
    "park",
    "The one holding a dog, what colour is she wearing?",
    "q(u(rel(sel(dog), holding)), color)",
    lambda p: p.value(only([o for d in p.f("dog") for o in p.subjects("holding", d)]), "color"),
)
P(
    "chain",
    "park",
    "the one throwing the frisbee is it a boy or a girl",
    "q(u(rel(u(sel(frisbee)), throwing)), name)",
    lambda p: p.name(only(p.subjects("throwing", p.the("frisbee")))),
)
P(
    "chain",
    "park",
    "What colour is the thing the boy is throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "attribute",
    "park",
    "What colour is the woman on the left wearing?",
    "q(u(f(sel(woman), hposition=left)), color)",
    lambda p: p.value(p.the("woman", hposition="left"), "color"),
)
P(
    "compare_attr",
    "park",
    "are the two dogs the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "compare_attr",
    "park",
    "Is the bench the same colour as the tree behind the girl?",
    "same(u(sel(bench)), u(rel(u(sel(girl)), behind)), color)",
    lambda p: yes(p.value(p.the("bench"), "color") == p.value(only(p.subjects("behind", p.the("girl"))), "color")),
)
P(
    "compare_attr",
    "park",
    "Is the bike the same colour as the frisbee?",
    "same(u(sel(bicycle)), u(sel(frisbee)), color)",
    lambda p: yes(p.value(p.the("bicycle"), "color") == p.value(p.the("frisbee"), "color")),
)
P(
    "chain",
    "park",
    "Which dog is with the girl, the black one or the white one?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "chain",
    "park",
    "who is standing near the red bike?",
    "q(u(rel(u(f(sel(bicycle), color=red)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle", color="red")))),
)
P(
    "chain",
    "park",
    "The woman next to the bike - what colour are her clothes?",
    "q(u(rel(u(sel(bicycle)), near, name=woman)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("bicycle")), "woman")), "color"),
)
P(
    "spatial",
    "park",
    "What's behind the girl?",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
P(
    "spatial",
    "park",
    "is the boy near the bench?",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(p.has(p.the("boy"), "near", p.the("bench"))),
)
P(
    "spatial",
    "park",
    "Which is further left, the bench or the bike?",
    f"q(ord({both('u(sel(bench))', 'u(sel(bicycle))')}, left, 1), name)",
    lambda p: p.name(side_of(p, [p.the("bench"), p.the("bicycle")], "left")),
)
P(
    "negation",
    "park",
    "How many of the people aren't women?",
    "count(diff(sel(person), sel(woman)))",
    lambda p: n([o for o in people(p) if p.name(o) != "woman"]),
)
P(
    "exist",
    "park",
    "Is anyone apart from the women dressed in white?",
    "exist(diff(f(sel(person), color=white), sel(woman)))",
    lambda p: yes(bool([o for o in people(p) if p.value(o, "color") == "white" and p.name(o) != "woman"])),
)
P(
    "chain",
    "park",
    "which woman is holding a dog the one in red or the one in white",
    "q(u(f(rel(sel(dog), holding), name=woman)), color)",
    lambda p: p.value(only([o for d in p.f("dog") for o in p.subjects("holding", d) if p.name(o) == "woman"]), "color"),
)
P(
    "list",
    "park",
    "What colours are the two women wearing?",
    "values(sel(woman), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("woman")),
)
P(
    "superlative",
    "park",
    "The person on the far right, what colour are they wearing?",
    "q(ord(sel(person), right, 1), color)",
    lambda p: p.value(side_of(p, people(p), "right"), "color"),
)
P(
    "attribute",
    "park",
    "What's the bench made of?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "chain",
    "park",
    "what is the girl standing next to?",
    "q(u(rel(u(sel(girl)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("girl")))),
)
P(
    "chain",
    "park",
    "I was wondering, who is the kid near the bench?",
    "q(u(rel(u(sel(bench)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bench")))),
)
P(
    "compare_attr",
    "park",
    "Are the boy and the girl dressed in the same colour?",
    "same(u(sel(boy)), u(sel(girl)), color)",
    lambda p: yes(p.value(p.the("boy"), "color") == p.value(p.the("girl"), "color")),
)
P(
    "negation",
    "park",
    "What else is red besides the woman on the left?",
    "q(u(diff(f(scene(), color=red), u(f(sel(woman), hposition=left)))), name)",
    lambda p: p.name(only([o for o in p.f(color="red") if o != p.the("woman", hposition="left")])),
)
P(
    "chain",
    "park",
    "the tree behind the woman in red which side of the picture is it on",
    "q(u(rel(u(f(sel(woman), color=red)), behind)), hposition)",
    lambda p: p.value(only(p.subjects("behind", p.the("woman", color="red"))), "hposition"),
)
P(
    "spatial",
    "park",
    "Is the woman in white to the left of the girl?",
    "exist(f(rel(u(sel(girl)), left, name=woman), color=white))",
    lambda p: yes(p.has(p.the("woman", color="white"), "left", p.the("girl"))),
)
P(
    "compare_attr",
    "park",
    "Are both trees the same colour?",
    "same(sel(tree), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("tree")}) == 1),
)
P(
    "exist",
    "park",
    "Does the woman holding the dog have a tree behind her?",
    "exist(rel(u(rel(sel(dog), holding)), behind))",
    lambda p: yes(bool(p.subjects("behind", only([o for d in p.f("dog") for o in p.subjects("holding", d)])))),
)
X("park", "What's the little girl's name?")
X("park", "why is the boy throwing the frisbee")
X("park", "Is the woman in red tired from walking the dog?")
X("park", "What will the white dog do next?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P(
    "compare_attr",
    "shapes",
    "Are the square and the hexagon the same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "compare_attr",
    "shapes",
    "does the star match the big circle in colour?",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color")),
)
P(
    "compare_attr",
    "shapes",
    "Which is bigger, the square or the triangle?",
    f"q(u(f({both('u(sel(square))', 'u(sel(triangle))')}, size=large)), shape)",
    lambda p: photo_bigger(p, p.the("square"), p.the("triangle"), "shape"),
)
P(
    "list",
    "shapes",
    "what shapes are there in the top row",
    "values(f(scene(), vposition=top), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="top")),
)
P(
    "position",
    "shapes",
    "What colour is the shape in the middle of the bottom row?",
    "q(u(f(scene(), vposition=bottom, hposition=middle)), color)",
    lambda p: p.value(p.the(vposition="bottom", hposition="middle"), "color"),
)
P(
    "list",
    "shapes",
    "What else is blue besides the square?",
    "values(diff(f(scene(), color=blue), u(sel(square))), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue") if o != p.the("square")),
)
P(
    "negation",
    "shapes",
    "how many shapes aren't blue",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "exist",
    "shapes",
    "Is there a shape that isn't red, blue, green or yellow?",
    "exist(fn(fn(fn(fn(scene(), color=red), color=blue), color=green), color=yellow))",
    lambda p: yes(any(p.value(o, "color") not in ("red", "blue", "green", "yellow") for o in p.objects)),
)
P(
    "spatial",
    "shapes",
    "Which is further right: the star or the small circle?",
    f"q(ord({both('u(sel(star))', 'u(f(sel(circle), size=small))')}, right, 1), shape)",
    lambda p: p.value(side_of(p, [p.the("star"), p.the("circle", size="small")], "right"), "shape"),
)
P(
    "position",
    "shapes",
    "Which row is the hexagon in?",
    "q(u(sel(hexagon)), vposition)",
    lambda p: p.value(p.the("hexagon"), "vposition"),
)
P(
    "position",
    "shapes",
    "which side of the picture is the triangle on?",
    "q(u(sel(triangle)), hposition)",
    lambda p: p.value(p.the("triangle"), "hposition"),
)
P(
    "compare_attr",
    "shapes",
    "Teacher asking: are both circles in the same row?",
    "same(sel(circle), vposition)",
    lambda p: yes(len({p.value(o, "vposition") for o in p.f("circle")}) == 1),
)
P(
    "attribute",
    "shapes",
    "The small red shape, what is it?",
    "q(u(f(scene(), size=small, color=red)), shape)",
    lambda p: p.value(p.the(size="small", color="red"), "shape"),
)
P(
    "attribute",
    "shapes",
    "the big shape in the bottom row which one is it",
    "q(u(f(scene(), size=large, vposition=bottom)), shape)",
    lambda p: p.value(p.the(size="large", vposition="bottom"), "shape"),
)
P(
    "negation",
    "shapes",
    "How many of the big shapes aren't circles?",
    "count(fn(f(scene(), size=large), shape=circle))",
    lambda p: n([o for o in p.f(size="large") if p.value(o, "shape") != "circle"]),
)
P(
    "quantifier",
    "shapes",
    "Is every shape in the top row a large one?",
    "not_(exist(fn(f(scene(), vposition=top), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(vposition="top"))),
)
P(
    "superlative",
    "shapes",
    "What colour is the shape at the right end of the bottom row?",
    "q(ord(f(scene(), vposition=bottom), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "color"),
)
P(
    "position",
    "shapes",
    "In the top row, what's the second shape counting from the right",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)
P(
    "position",
    "shapes",
    "Which shape is on its own in the middle row?",
    "q(u(f(scene(), vposition=middle)), shape)",
    lambda p: p.value(p.the(vposition="middle"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Which colour do the big circle and the star share?",
    "q(u(sel(star)), color)",
    lambda p: only(
        [p.value(p.the("star"), "color")]
        if p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color")
        else []
    ),
)
P(
    "compare_count",
    "shapes",
    "are there as many shapes in the top row as in the bottom row",
    "eq(count(f(scene(), vposition=top)), count(f(scene(), vposition=bottom)))",
    lambda p: yes(len(p.f(vposition="top")) == len(p.f(vposition="bottom"))),
)
P(
    "negation",
    "shapes",
    "Leaving out the circles, how many shapes are there?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "attribute",
    "shapes",
    "the green shape - what kind of shape is that",
    "q(u(f(scene(), color=green)), shape)",
    lambda p: p.value(p.the(color="green"), "shape"),
)
P(
    "exist",
    "shapes",
    "Is there a blue shape that isn't small?",
    "exist(fn(f(scene(), color=blue), size=small))",
    lambda p: yes(any(p.value(o, "size") != "small" for o in p.f(color="blue"))),
)
P(
    "count",
    "shapes",
    "how many small shapes are coloured blue",
    "count(f(scene(), size=small, color=blue))",
    lambda p: n(p.f(size="small", color="blue")),
)
P(
    "compare_attr",
    "shapes",
    "Is the hexagon the same colour as the little circle in the middle?",
    "same(u(sel(hexagon)), u(f(sel(circle), vposition=middle)), color)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == p.value(p.the("circle", vposition="middle"), "color")),
)
P(
    "spatial",
    "shapes",
    "which is further left the big circle or the square",
    f"q(ord({both('u(f(sel(circle), size=large))', 'u(sel(square))')}, left, 1), shape)",
    lambda p: p.value(side_of(p, [p.the("circle", size="large"), p.the("square")], "left"), "shape"),
)
P(
    "attribute",
    "shapes",
    "What shape is the small blue thing in the top row?",
    "q(u(f(scene(), size=small, color=blue, vposition=top)), shape)",
    lambda p: p.value(p.the(size="small", color="blue", vposition="top"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Are the star and the hexagon different colours?",
    "not_(same(u(sel(star)), u(sel(hexagon)), color))",
    lambda p: yes(p.value(p.the("star"), "color") != p.value(p.the("hexagon"), "color")),
)
P(
    "exist",
    "shapes",
    "Other than the triangle, is anything green?",
    "exist(diff(f(scene(), color=green), u(sel(triangle))))",
    lambda p: yes(bool([o for o in p.f(color="green") if o != p.the("triangle")])),
)
P(
    "attribute",
    "shapes",
    "Which shape in the bottom row is blue?",
    "q(u(f(scene(), vposition=bottom, color=blue)), shape)",
    lambda p: p.value(p.the(vposition="bottom", color="blue"), "shape"),
)
X("shapes", "Why is the triangle green?")
X("shapes", "How many grams does the red star weigh?")
X("shapes", "Which shape does the artist like best?")
X("shapes", "What will the artist draw next?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
