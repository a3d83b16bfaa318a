# ruff: noqa: E501
"""Blind paraphrase set 46: Englishes of the world. The same everyday questions about a picture (counts, existence,
attributes, relations, comparisons of counts, superlatives, negation, quantifiers, the text on signs) as they are
asked by speakers of Indian ("Kindly tell me how many spheres are there", "do the needful and count the red ones",
"What all colours are the cylinders?", "how many cylinders are there only"), Nigerian ("How many cubes dey?",
"abeg", "abi?", "is it not?"), Singaporean ("The bus is what colour, lah?", "Got how many cylinder here ah?", "Can
tell or not?", "Got any cyan ball or not?"), Philippine ("How many things are made of rubber po?", "yes or no po"),
Scottish ("wee", "aye", "Is the wee ball no blue, then?"), Irish ("How many yokes here are made of metal?", "Would
there be any green thing in it at all?"), Australian ("reckon there's a green one?", "mate"), South African
("ja?", "ne?", "Howzit"), and Caribbean English ("It have any green cylinder in dis picture?", "Wha colour de
cylinder is?"), and by second-language speakers ("how much balls", "How many cylinder are small?", "Is it the
green cube is big?", "the ball is which colour?", "the cube, it is behind the blue ball or not?"). Tags ("isn't
it?", "is it?", "ne?", "or not?", "lah", "ah", "po"), fronted topics ("The big purple cylinder, it is metal or
rubber?"), word orders of a question kept as a statement ("The lady is holding what?"), dropped
articles and plurals, "only" and "itself" for emphasis, and a few negative questions answered by the plain fact.

About 55% ask about CLEVR val scenes, 30% about the photo-like graphs (street, kitchen, park), 15% about the
drawing of flat shapes; about one in ten must be refused (feelings, intentions, names and owners, brands, weights,
ages, a time the graph does not record, what happens next, why). "The X" is only used where exactly one X matches;
places and orders are only asked where a careful person could call them (the tie margin TIE of the thirty-ninth
set's helpers, 40 pixels on the drawings), and nothing is asked of the photo graphs that their stated relations and
attributes leave open. Written blind: without reading the parser, the grammar, the normalize rules, the tests or any
other set but the thirty-ninth (read for the format only), and never run through nsvr's parser or planner.

Run ``python build_blind46.py`` to write ``../blind46.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind46.jsonl"
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


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph (front), large blue metal sph (far left), large green rubber cyl
C(
    "count",
    0,
    "Kindly tell me how many spheres are there in the picture.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    0,
    "The two balls, they are same size or not?",
    "same(sel(sphere), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="sphere")}) == 1),
)
X(0, "Whose toys are these, can tell me?")

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "attribute",
    1,
    "the ball is which colour?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C("count", 1, "There are how many cylinders, isn't it?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "spatial",
    1,
    "the grey cube, it is behind the purple cube or not?",
    "exist(f(rel(u(f(sel(cube), color=purple)), behind), color=gray, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "gray"}, "behind", {"shape": "cube", "color": "purple"}),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C("count", 2, "Got how many cylinder here ah?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "verify",
    2,
    "Is it the green cube is big?",
    "verify(u(f(sel(cube), color=green)), size, large)",
    lambda s: yes(s.a(s.the(shape="cube", color="green"), "size") == "large"),
)

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C("count", 3, "do the needful and count the red ones", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "negation",
    3,
    "How many of the things are not made of metal, please?",
    "count(fn(scene(), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal"]),
)
X(3, "Which of these objects is the oldest one, how many years?")

# scene 4: nine small things and one large blue metal sph
C(
    "quantifier",
    4,
    "Are all the cylinders made of rubber, ja?",
    "not_(exist(fn(sel(cylinder), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(shape="cylinder"))),
)
C(
    "superlative",
    4,
    "Which colour is the thing nearest to the front, lah?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "exist",
    5,
    "It have any green cylinder in dis picture?",
    "exist(f(sel(cylinder), color=green))",
    lambda s: yes(bool(s.f(shape="cylinder", color="green"))),
)
C(
    "compare_count",
    5,
    "There are more balls than cubes, isn't it?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "spatial",
    6,
    "Is it that the blue cube is to the right of the red cube?",
    "exist(f(rel(u(f(sel(cube), color=red)), right), color=blue, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "blue"}, "right", {"shape": "cube", "color": "red"}),
)
C(
    "list",
    6,
    "What all colours are the cylinders?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "count",
    7,
    "How many yokes here are made of metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "spatial",
    7,
    "How many cylinders are in front of the big red cube, can tell me?",
    "count(f(rel(u(f(sel(cube), size=large, color=red)), front), shape=cylinder))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cube", size="large", color="red")), shape="cylinder")),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "exist",
    8,
    "is there any cylinder there that is purple?",
    "exist(f(sel(cylinder), color=purple))",
    lambda s: yes(bool(s.f(shape="cylinder", color="purple"))),
)
C(
    "compare_attr",
    8,
    "The two yellow things, are they made of the same stuff, abi?",
    "same(f(scene(), color=yellow), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(color="yellow")}) == 1),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C("exist", 9, "reckon there's a green one?", "exist(f(scene(), color=green))", lambda s: yes(bool(s.f(color="green"))))
C(
    "superlative",
    9,
    "Of the balls, which one is furthest back? Say the colour only.",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "exist",
    9,
    "Any other thing is having the same colour as the big metal cube?",
    "exist(diff(f(scene(), color=purple), u(f(sel(cube), size=large, material=metal))))",
    lambda s: yes(bool(others(s, s.the(shape="cube", size="large", material="metal"), "color"))),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "attribute",
    10,
    "De red ball, it big or small?",
    "choose(u(f(sel(sphere), color=red)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="red"), "size"),
)
C(
    "spatial",
    10,
    "How many things dey behind the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="green"))),
)
X(10, "What is the weight of the purple ball in kilos, please?")

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C("exist", 11, "Is it got any red one?", "exist(f(scene(), color=red))", lambda s: yes(bool(s.f(color="red"))))
C(
    "attribute",
    11,
    "The blue cube itself, what it is made of?",
    "q(u(f(sel(cube), color=blue)), material)",
    lambda s: s.a(s.the(shape="cube", color="blue"), "material"),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "number",
    12,
    "Green ones plus grey ones, how many altogether, lah?",
    "add(count(f(scene(), color=green)), count(f(scene(), color=gray)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") in ("green", "gray")]),
)
C(
    "exist",
    12,
    "Anything else got the same colour as the big ball, lah?",
    "exist(diff(f(scene(), color=gray), u(f(sel(sphere), size=large))))",
    lambda s: yes(bool(others(s, s.the(shape="sphere", size="large"), "color"))),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "verify",
    13,
    "The big red cube is made of metal, yeah?",
    "verify(u(f(sel(cube), size=large, color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="red"), "material") == "metal"),
)
C(
    "superlative",
    13,
    "The thing at the very back, what shape it is? Can tell or not?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C("count", 14, "how much balls are in this one", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "spatial",
    14,
    "the cube, it is behind the blue ball or not?",
    "exist(f(rel(u(f(sel(sphere), color=blue)), behind), shape=cube))",
    lambda s: is_rel(s, {"shape": "cube"}, "behind", {"shape": "sphere", "color": "blue"}),
)

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "quantifier",
    15,
    "Every ball here is shiny, is it?",
    "not_(exist(fn(sel(sphere), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="sphere"))),
)
X(15, "What is the name of the fellow who arranged these objects?")

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "exist",
    16,
    "Is there a rubber cube at all, ja?",
    "exist(f(sel(cube), material=rubber))",
    lambda s: yes(bool(s.f(shape="cube", material="rubber"))),
)
C(
    "compare_count",
    16,
    "Cylinders are less than balls or not?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="sphere"))),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "attribute",
    17,
    "what is the colour of the ball, lah",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "quantifier",
    17,
    "Both the cubes, they are big, isn't it?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="cube"))),
)
# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "exist",
    18,
    "Got any cyan ball or not?",
    "exist(f(sel(sphere), color=cyan))",
    lambda s: yes(bool(s.f(shape="sphere", color="cyan"))),
)
C(
    "spatial",
    18,
    "How many things are on the left side of the big cyan ball, please?",
    "count(rel(u(f(sel(sphere), size=large, color=cyan)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", size="large", color="cyan"))),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "attribute",
    19,
    "Kindly let me know the material of the big ball.",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
X(19, "What will the grey ball do next, roll away or not?")

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "superlative",
    20,
    "Which one is furthest to the right? What colour is it, like?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "attribute",
    21,
    "The big purple cylinder, it is metal or rubber?",
    "choose(u(f(sel(cylinder), size=large, color=purple)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder", size="large", color="purple"), "material"),
)
C(
    "spatial",
    21,
    "How many things are there on the left side of the grey ball only?",
    "count(rel(u(f(sel(sphere), color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="gray"))),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C("exist", 22, "Is there any ball there?", "exist(sel(sphere))", lambda s: yes(bool(s.f(shape="sphere"))))
# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "attribute",
    23,
    "What is the colour of the big cylinder, please?",
    "q(u(f(sel(cylinder), size=large)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "color"),
)
C(
    "spatial",
    23,
    "The brown ball is to the right of the yellow ball, is it?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), right), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "right", {"shape": "sphere", "color": "yellow"}),
)

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "superlative",
    24,
    "The thing at the very front, which shape it is?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "chain",
    24,
    "There is one small grey cube. In front of it there is a ball, no? That ball is which colour?",
    "q(u(f(rel(u(f(sel(cube), size=small, color=gray)), front), shape=sphere)), color)",
    lambda s: s.a(
        only(among(s, related(s, "front", s.the(shape="cube", size="small", color="gray")), shape="sphere")), "color"
    ),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "exist",
    25,
    "Is there any rubber ball there?",
    "exist(f(sel(sphere), material=rubber))",
    lambda s: yes(bool(s.f(shape="sphere", material="rubber"))),
)
C("count", 25, "how many cylinders are there only", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "attribute",
    26,
    "Is the cyan ball big or wee?",
    "choose(u(f(sel(sphere), color=cyan)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="cyan"), "size"),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "attribute",
    27,
    "The ball, it is made of what?",
    "q(u(sel(sphere)), material)",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
C(
    "quantifier",
    27,
    "Both the cubes are big, ne?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="cube"))),
)
X(27, "How old is the red cube? Tell me its age.")

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "two_clause",
    28,
    "Is there a brown ball and a red cylinder both, ne?",
    "and_(exist(f(sel(sphere), color=brown)), exist(f(sel(cylinder), color=red)))",
    lambda s: yes(bool(s.f(shape="sphere", color="brown")) and bool(s.f(shape="cylinder", color="red"))),
)
C(
    "spatial",
    28,
    "Is the small red cylinder to the right of the purple one, is it?",
    "exist(f(rel(u(f(sel(cylinder), color=purple)), right), size=small, color=red, shape=cylinder))",
    lambda s: is_rel(
        s, {"shape": "cylinder", "size": "small", "color": "red"}, "right", {"shape": "cylinder", "color": "purple"}
    ),
)

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "compare_attr",
    29,
    "The two cyan things, same material or not?",
    "same(f(scene(), color=cyan), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(color="cyan")}) == 1),
)
# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "spatial",
    30,
    "Is the cylinder in front of the green ball or not?",
    "exist(f(rel(u(f(sel(sphere), color=green)), front), shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder"}, "front", {"shape": "sphere", "color": "green"}),
)
C(
    "quantifier",
    30,
    "Everything here is big, isn't it?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: yes(all(o["size"] == "large" for o in s.objects)),
)

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C("count", 31, "how many balls are there, isn't it?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    31,
    "The cube is having which colour?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
X(31, "Why somebody put so many balls here?")

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "verify",
    32,
    "The yellow ball, is it big, ja?",
    "verify(u(f(sel(sphere), color=yellow)), size, large)",
    lambda s: yes(s.a(s.the(shape="sphere", color="yellow"), "size") == "large"),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "attribute",
    33,
    "The big red ball, what is it made of, lah?",
    "q(u(f(sel(sphere), size=large, color=red)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large", color="red"), "material"),
)
C(
    "count",
    33,
    "How many things are made of rubber po?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "quantifier",
    34,
    "Reckon everything in this one is shiny?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: yes(all(o["material"] == "metal" for o in s.objects)),
)
# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "attribute",
    35,
    "What is the colour of the wee ball?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "attribute",
    36,
    "Only one thing is rubber, isn't it? What shape is that one?",
    "q(u(f(scene(), material=rubber)), shape)",
    lambda s: s.a(s.the(material="rubber"), "shape"),
)
C(
    "superlative",
    36,
    "Which ball is on the extreme left? Tell the colour.",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "color"),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "exist",
    37,
    "Is there a blue cylinder, yes or no po?",
    "exist(f(sel(cylinder), color=blue))",
    lambda s: yes(bool(s.f(shape="cylinder", color="blue"))),
)
C(
    "negation",
    37,
    "How many things are not rubber, can you tell?",
    "count(fn(scene(), material=rubber))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "rubber"]),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "verify",
    38,
    "The red ball is made of metal, or?",
    "verify(u(f(sel(sphere), color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="red"), "material") == "metal"),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C("count", 39, "How much objects are there in total?", "count(scene())", lambda s: n(s.all()))
C(
    "spatial",
    39,
    "The brown cylinder is on the left of the grey cube, correct?",
    "exist(f(rel(u(f(sel(cube), color=gray)), left), color=brown, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "brown"}, "left", {"shape": "cube", "color": "gray"}),
)

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "compare_attr",
    40,
    "The two cubes, they are the same size or what?",
    "same(sel(cube), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cube")}) == 1),
)
C(
    "verify",
    40,
    "Is it the brown cylinder is made of rubber?",
    "verify(u(f(sel(cylinder), color=brown)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="brown"), "material") == "rubber"),
)

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "negation",
    41,
    "How many of the balls are no shiny, like?",
    "count(fn(sel(sphere), material=metal))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "material") != "metal"]),
)
C(
    "exist",
    41,
    "Would there be any green thing in it at all?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "spatial",
    41,
    "How many balls are behind the big blue cube, please tell.",
    "count(f(rel(u(f(sel(cube), size=large, color=blue)), behind), shape=sphere))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cube", size="large", color="blue")), shape="sphere")),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "count",
    42,
    "How many blue ones are rubber?",
    "count(f(scene(), color=blue, material=rubber))",
    lambda s: n(s.f(color="blue", material="rubber")),
)
C(
    "verify",
    42,
    "The big yellow ball, it is shiny or not?",
    "verify(u(f(sel(sphere), size=large, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="yellow"), "material") == "metal"),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "two_clause",
    43,
    "The yellow cube is big and the grey ball is rubber, both true or not?",
    "and_(verify(u(f(sel(cube), color=yellow)), size, large), verify(u(f(sel(sphere), color=gray)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "size") == "large"
        and s.a(s.the(shape="sphere", color="gray"), "material") == "rubber"
    ),
)
C(
    "quantifier",
    43,
    "All the cubes are big, isn't it?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="cube"))),
)
C(
    "superlative",
    43,
    "What is there at the very front? Tell the shape.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C("count", 44, "How many cubes dey?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    44,
    "The two brown balls, are they same material?",
    "same(f(sel(sphere), color=brown), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="sphere", color="brown")}) == 1),
)
X(44, "Which company made the blue cube, what brand?")

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "count",
    45,
    "How many cylinder are small?",
    "count(f(sel(cylinder), size=small))",
    lambda s: n(s.f(shape="cylinder", size="small")),
)
C(
    "verify",
    45,
    "The grey ball is big, yeah?",
    "verify(u(f(sel(sphere), color=gray)), size, large)",
    lambda s: yes(s.a(s.the(shape="sphere", color="gray"), "size") == "large"),
)
C(
    "spatial",
    45,
    "The red cube, it is in front of the big cyan ball or not?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=cyan)), front), color=red, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "red"}, "front", {"shape": "sphere", "size": "large", "color": "cyan"}
    ),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "count",
    46,
    "How many spheres are made of metal, please?",
    "count(f(sel(sphere), material=metal))",
    lambda s: n(s.f(shape="sphere", material="metal")),
)
C(
    "attribute",
    46,
    "What is the colour of the big rubber cube, lah?",
    "q(u(f(sel(cube), size=large, material=rubber)), color)",
    lambda s: s.a(s.the(shape="cube", size="large", material="rubber"), "color"),
)
C(
    "compare_count",
    46,
    "Cubes and cylinders, the number is same or not?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "compare_count",
    47,
    "Cubes are more than cylinders, is it not?",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    47,
    "Which is the object on the extreme right? Its colour please.",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "spatial",
    47,
    "Kindly count the metal things behind the big blue cube.",
    "count(f(rel(u(f(sel(cube), size=large, color=blue)), behind), material=metal))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cube", size="large", color="blue")), material="metal")),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C("count", 48, "How many wee things are there?", "count(f(scene(), size=small))", lambda s: n(s.f(size="small")))
X(48, "Which of the balls is the heaviest, how many grams?")

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "verify",
    49,
    "The big ball is purple, is it?",
    "verify(u(f(sel(sphere), size=large)), color, purple)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "purple"),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "exist",
    50,
    "Is there any metal thing there?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "count",
    50,
    "Of the green ones, how many are cubes?",
    "count(f(sel(cube), color=green))",
    lambda s: n(s.f(shape="cube", color="green")),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "verify",
    51,
    "The cube is yellow or what?",
    "verify(u(sel(cube)), color, yellow)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "yellow"),
)
C(
    "spatial",
    51,
    "The grey ball, it is behind the brown ball or not?",
    "exist(f(rel(u(f(sel(sphere), color=brown)), behind), color=gray, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "gray"}, "behind", {"shape": "sphere", "color": "brown"}),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "verify",
    52,
    "The cylinder, it is shiny, isn't it?",
    "verify(u(sel(cylinder)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == "metal"),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "count",
    53,
    "How many rubber cubes, abeg?",
    "count(f(sel(cube), material=rubber))",
    lambda s: n(s.f(shape="cube", material="rubber")),
)
C(
    "attribute",
    53,
    "The green ball, is it big or small, ja?",
    "choose(u(f(sel(sphere), color=green)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="green"), "size"),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C("exist", 54, "Is there any sphere there?", "exist(sel(sphere))", lambda s: yes(bool(s.f(shape="sphere"))))
C(
    "attribute",
    54,
    "Wha colour de cylinder is?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "count",
    55,
    "How many other things are sharing the colour of the big red cube?",
    "count(diff(f(scene(), color=red), u(f(sel(cube), size=large, color=red))))",
    lambda s: n(others(s, s.the(shape="cube", size="large", color="red"), "color")),
)
C(
    "spatial",
    55,
    "How many cubes are on the right side of the big purple metal ball?",
    "count(f(rel(u(f(sel(sphere), size=large, color=purple, material=metal)), right), shape=cube))",
    lambda s: n(
        among(
            s, related(s, "right", s.the(shape="sphere", size="large", color="purple", material="metal")), shape="cube"
        )
    ),
)

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "attribute",
    56,
    "The one metal thing, what is its colour, ja?",
    "q(u(f(scene(), material=metal)), color)",
    lambda s: s.a(s.the(material="metal"), "color"),
)
# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "count",
    57,
    "Howzit, how many grey cubes are there?",
    "count(f(sel(cube), color=gray))",
    lambda s: n(s.f(shape="cube", color="gray")),
)
C(
    "attribute",
    57,
    "The blue ball is big or small, tell me?",
    "choose(u(f(sel(sphere), color=blue)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="blue"), "size"),
)
X(57, "Who does the blue ball belong to?")

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "verify",
    58,
    "Is the wee ball no blue, then?",
    "verify(u(f(sel(sphere), size=small)), color, blue)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small"), "color") == "blue"),
)
C(
    "quantifier",
    58,
    "Both cubes are metal, isn't it?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="cube"))),
)

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "count",
    59,
    "How many purple things are big?",
    "count(f(scene(), color=purple, size=large))",
    lambda s: n(s.f(color="purple", size="large")),
)
C(
    "compare_count",
    59,
    "Are there more cylinders than balls, ah?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
X(59, "Why are all the balls made of rubber?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus, small brown dog, road text 'NO PARKING'
P(
    "count",
    "street",
    "How many persons are there on the road, kindly tell.",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "attribute",
    "street",
    "The bus is what colour, lah?",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P(
    "text",
    "street",
    "What is written on the bus, can read for me?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "text",
    "street",
    "The signboard, what it is saying?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P("text", "street", "Wha dem write pon de road?", "q(u(sel(text)), text)", lambda p: p.value(p.the("text"), "text"))
P(
    "exist",
    "street",
    "Is there any bicycle there on the road?",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "count",
    "street",
    "How many of the gents are wearing a tie?",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "chain",
    "street",
    "The lady is holding what?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "attribute",
    "street",
    "The wee dog, what colour is it?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "attribute",
    "street",
    "The car, it is white or black?",
    "choose(u(sel(car)), color, [white, black])",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "spatial",
    "street",
    "What is standing behind the bus, please?",
    "q(u(rel(u(sel(bus)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("bus")))),
)
P(
    "chain",
    "street",
    "The man on the left side, his tie is which colour?",
    "q(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="left")), "color"),
)
P(
    "spatial",
    "street",
    "The madam is in front of the bus or not?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "front", p.the("bus"))),
)
P("count", "street", "How many vehicles dey for the road?", "count(sel(vehicle))", lambda p: n(p.f(("bus", "car"))))
P(
    "exist",
    "street",
    "Is anybody wearing green there, aye?",
    "exist(f(sel(person), color=green))",
    lambda p: yes(any(p.value(o, "color") == "green" for o in people(p))),
)
P(
    "spatial",
    "street",
    "How many people are standing on the right side of the lady?",
    "count(rel(u(sel(woman)), right, name=person))",
    lambda p: n([o for o in p.subjects("right", p.the("woman")) if o in people(p)]),
)
P(
    "compare_count",
    "street",
    "The men are more than the women on this street, is it?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "position",
    "street",
    "The stop sign is which side, left or right?",
    "choose(u(sel(sign)), hposition, [left, right])",
    lambda p: p.value(p.the("sign"), "hposition"),
)
P(
    "compare_attr",
    "street",
    "The sign and the bus, they are same colour, ne?",
    "same(u(sel(sign)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("sign"), "color") == p.value(p.the("bus"), "color")),
)
X("street", "What is the name of the man in black, kindly tell?")
X("street", "Where is the lady going with her dog, reckon?")
X("street", "Is the man on the right happy or sad, lah?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right
P(
    "count",
    "kitchen",
    "How many cups are kept on the table, kindly?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "text",
    "kitchen",
    "The clock is showing what time, lah?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "text",
    "kitchen",
    "The bottle, what is written on it po?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "attribute",
    "kitchen",
    "The table is made of what?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "verify",
    "kitchen",
    "The fork, it is metal, isn't it?",
    "verify(u(sel(fork)), material, metal)",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal"),
)
P(
    "spatial",
    "kitchen",
    "What is lying near the plate, abi?",
    "q(u(rel(u(sel(plate)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("plate")))),
)
P(
    "superlative",
    "kitchen",
    "The cup on the extreme left is which colour?",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
P(
    "attribute",
    "kitchen",
    "The madam is wearing which colour?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "verify",
    "kitchen",
    "Is it the plate is white?",
    "verify(u(sel(plate)), color, white)",
    lambda p: yes(p.value(p.the("plate"), "color") == "white"),
)
P(
    "count",
    "kitchen",
    "Tell me how much things the table is having on it.",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P("exist", "kitchen", "It have any spoon in the kitchen?", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
P(
    "spatial",
    "kitchen",
    "What is there above the table, mate?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "chain",
    "kitchen",
    "The cup just to the right of the bottle, its colour please?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "spatial",
    "kitchen",
    "The woman is standing on the right of the table, ja?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "right", p.the("table"))),
)
P(
    "negation",
    "kitchen",
    "How many cups are not blue, tell me?",
    "count(fn(sel(cup), color=blue))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "blue"]),
)
P(
    "list",
    "kitchen",
    "What all colours are the cups coming in?",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "compare_attr",
    "kitchen",
    "The clock and the plate, same colour or not?",
    "same(u(sel(clock)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("clock"), "color") == p.value(p.the("plate"), "color")),
)
P(
    "exist",
    "kitchen",
    "Would there be a cup on the left of the plate at all?",
    "exist(rel(u(sel(plate)), left, name=cup))",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("plate")), "cup"))),
)
P(
    "attribute",
    "kitchen",
    "The bottle is what colour, ah?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
X("kitchen", "What is the woman thinking about, can tell?")
X("kitchen", "How much does the green bottle weigh in kilos?")
X("kitchen", "Will the woman drink from the red cup next or not?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees
P("count", "park", "How many peoples are there in this park?", "count(sel(person))", lambda p: n(people(p)))
P("count", "park", "How many dogs dey for the park?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "attribute",
    "park",
    "The frisbee is which colour, ah?",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "chain",
    "park",
    "What is the boy throwing, lah?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "chain",
    "park",
    "The black dog, who is holding it?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "attribute",
    "park",
    "The bench is made of wood or metal, isn't it?",
    "choose(u(sel(bench)), material, [wood, metal])",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "attribute",
    "park",
    "The wee girl is wearing what colour?",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P(
    "chain",
    "park",
    "The dog near the girl, what is its colour, po?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P("count", "park", "How many trees are there in the park, mate?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "verify",
    "park",
    "The bike is red, ja?",
    "verify(u(sel(bicycle)), color, red)",
    lambda p: yes(p.value(p.the("bicycle"), "color") == "red"),
)
P(
    "chain",
    "park",
    "The lady in white, what thing is near her?",
    "q(u(rel(u(f(sel(woman), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("woman", color="white")))),
)
P(
    "compare_count",
    "park",
    "People are more than trees here, isn't it?",
    "gt(count(sel(person)), count(sel(tree)))",
    lambda p: yes(len(people(p)) > len(p.f("tree"))),
)
P(
    "spatial",
    "park",
    "The boy is on the left of the girl or not?",
    "vrel(u(sel(girl)), left, name=boy)",
    lambda p: yes(p.has(p.the("boy"), "left", p.the("girl"))),
)
P(
    "spatial",
    "park",
    "Wha deh behind de girl?",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
P(
    "count",
    "park",
    "How many women are wearing red colour?",
    "count(f(sel(woman), color=red))",
    lambda p: n(p.f("woman", color="red")),
)
P(
    "exist",
    "park",
    "Got anyone wearing yellow or not?",
    "exist(f(sel(person), color=yellow))",
    lambda p: yes(any(p.value(o, "color") == "yellow" for o in people(p))),
)
P(
    "superlative",
    "park",
    "Which person is standing on the extreme left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "spatial",
    "park",
    "The bench, it is to the left of the bicycle, is it?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(p.has(p.the("bench"), "left", p.the("bicycle"))),
)
P(
    "spatial",
    "park",
    "How many people are there on the left side of the girl?",
    "count(rel(u(sel(girl)), left, name=person))",
    lambda p: n([o for o in p.subjects("left", p.the("girl")) if o in people(p)]),
)
X("park", "What is the name of the boy, can tell me?")
X("park", "Why is the boy throwing the frisbee, ah?")
X("park", "What time is it there in the park, reckon?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P("count", "shapes", "How many shapes are there in total, kindly?", "count(scene())", lambda p: n(p.objects))
P("count", "shapes", "How much circles are there?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "The star is which colour, lah?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "attribute",
    "shapes",
    "The yellow one is what shape?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
P(
    "verify",
    "shapes",
    "The hexagon, it is blue, isn't it?",
    "verify(u(sel(hexagon)), color, blue)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "blue"),
)
P("count", "shapes", "How many blue ones dey?", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P(
    "attribute",
    "shapes",
    "Is the triangle big or wee?",
    "choose(u(sel(triangle)), size, [large, small])",
    lambda p: p.value(p.the("triangle"), "size"),
)
P(
    "position",
    "shapes",
    "What shape is there in the top right corner, please?",
    "q(u(f(scene(), hposition=right, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "shape"),
)
P(
    "position",
    "shapes",
    "Bottom left corner got what shape?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "shape"),
)
P(
    "position",
    "shapes",
    "The shape in the centre, what colour, ne?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)
P(
    "count",
    "shapes",
    "How many shapes are in the top row, lah?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "exist",
    "shapes",
    "It have any green circle?",
    "exist(f(sel(circle), color=green))",
    lambda p: yes(bool(p.f("circle", color="green"))),
)
P(
    "exist",
    "shapes",
    "Is there any purple shape there?",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "count",
    "shapes",
    "How many big shapes are there, mate?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "attribute",
    "shapes",
    "The big circle is which colour?",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "The two circles, same colour or not?",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "count",
    "shapes",
    "How many shapes are small and blue po?",
    "count(f(scene(), size=small, color=blue))",
    lambda p: n(p.f(size="small", color="blue")),
)
P(
    "superlative",
    "shapes",
    "Which shape is on the extreme left, lah?",
    "q(ord(scene(), left, 1), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "shape"),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, which shape is on the far right side?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Blue shapes are more than yellow ones, is it?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=yellow)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="yellow"))),
)
P(
    "two_clause",
    "shapes",
    "Is there a star or a pentagon, either one?",
    "or_(exist(sel(star)), exist(sel(pentagon)))",
    lambda p: yes(bool(p.f("star")) or bool(p.f("pentagon"))),
)
P(
    "verify",
    "shapes",
    "The star, it is in the bottom row, ne?",
    "verify(u(sel(star)), vposition, bottom)",
    lambda p: yes(p.value(p.the("star"), "vposition") == "bottom"),
)
P(
    "superlative",
    "shapes",
    "Which colour is coming the most?",
    "common_value(scene(), color)",
    lambda p: Counter(p.value(o, "color") for o in p.objects).most_common(1)[0][0],
)
P(
    "number",
    "shapes",
    "How many different colours are there, tell me?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "quantifier",
    "shapes",
    "All the big shapes, they are red, is it?",
    "not_(exist(fn(f(scene(), size=large), color=red)))",
    lambda p: yes(all(p.value(o, "color") == "red" for o in p.f(size="large"))),
)
P(
    "number",
    "shapes",
    "Circles and squares together, how many it have?",
    "add(count(sel(circle)), count(sel(square)))",
    lambda p: str(len(p.f("circle")) + len(p.f("square"))),
)
P(
    "list",
    "shapes",
    "What all shapes are red?",
    "values(f(scene(), color=red), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="red")),
)
P(
    "negation",
    "shapes",
    "How many shapes are not blue, abeg?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "attribute",
    "shapes",
    "The square is big or small, ah?",
    "choose(u(sel(square)), size, [large, small])",
    lambda p: p.value(p.the("square"), "size"),
)
X("shapes", "Who coloured the triangle, what is the person's name?")
X("shapes", "Is the wee square feeling lonely?")
X("shapes", "How heavy is the hexagon in kilograms?")
X("shapes", "When was this drawing made, what time?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
