# ruff: noqa: E501
"""Blind paraphrase set 39: the everyday mix, a fresh crowd. Questions as many different ordinary people would type
or say them about a picture, with no single theme: a shopper ("Are there fewer balls than boxes in this one?"), a
nurse ("Count the yellow things for me please"), a retired engineer ("Is the small blue cylinder further back than
the big purple metal one?"), a student, a gardener, a bus driver ("what's painted on the road surface"), a hobby
photographer ("Of the big balls, which colour is the one nearest the camera?"), someone dictating by voice (no
punctuation: "theres a big brown ball how many cylinders are behind it"), someone in a hurry ("metal cylinder
colour?"), a grandparent or a parent who explains why they ask (up to about thirty-five words). Lengths run from
three words to thirty-five; about a quarter have no question mark, about one in twelve has an ordinary typo
("cylnder", "materail", "bycicle", "made off"), a few are capitalised oddly ("What Colour Is The Bus?"). Everyday
words for the things ("ball", "block", "box", "can", "tube", "shiny", "matte", "rubbery", "tiny", "huge") and
varied build: relative clauses, fronted phrases ("In front of the huge brown cylinder, how many ..."), passives
("placed to the left of", "can be seen behind"), a statement then a question ("There's a big yellow block. What's it
made of?"), negation ("that isn't shiny", "aren't metal"), "either ... or", "both", "neither ... nor", "any",
"all", "every", "none", "other than", one- and two-hop relations, comparisons of counts, "the same colour as",
superlatives by position ("the one furthest to the left", "the second from the left along the top row").

About 55% ask about CLEVR val scenes, 30% about the photo-like graphs (street, kitchen, park), 15% about the
drawing of flat shapes; about one in ten must be refused (feelings, intentions, names, brands and makes, weights in
kilograms, sizes and distances in centimetres or metres, what happens next, what lies outside the picture, a time
of day the graph does not record). "The X" is only used where exactly one X matches; places and orders are only
asked where a careful person could call them (the margins of the twenty-third set's helpers), and nothing is asked
of the photo graphs that their stated relations leave open to a careful eye. Written without reading the parser,
the grammar or any other set but the twenty-third (read for the format only); held back to be run once, at the end.

Run ``python build_blind39.py`` to write ``../blind39.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind39.jsonl"
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
C(
    "superlative",
    0,
    "which thing is furthest to the left? just tell me its colour",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "spatial",
    0,
    "is the little yellow ball behind the green can",
    "exist(f(rel(u(f(sel(cylinder), color=green)), behind), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "behind", {"shape": "cylinder", "color": "green"}),
)

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "quantifier",
    1,
    "Are both of the blocks rubbery?",
    "not_(exist(fn(sel(cube), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(shape="cube"))),
)
C(
    "chain",
    1,
    "Okay so there is a big purple cube, and to the left of it there is a ball. How many things are sitting behind that ball, counting everything?",
    "count(rel(u(f(rel(u(f(sel(cube), color=purple)), left), shape=sphere)), behind))",
    lambda s: n(
        related(s, "behind", only(among(s, related(s, "left", s.the(shape="cube", color="purple")), shape="sphere")))
    ),
)
C("count", 1, "shiny things, how many?", "count(f(scene(), material=metal))", lambda s: n(s.f(material="metal")))

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "attribute",
    2,
    "I can see a green block. Is it made of metal or rubber?",
    "choose(u(f(sel(cube), color=green)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", color="green"), "material"),
)
X(2, "How many kilograms does the green block weigh?")

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "negation",
    3,
    "how many red things r not cylinders",
    "count(fn(f(scene(), color=red), shape=cylinder))",
    lambda s: n([i for i in s.f(color="red") if s.a(i, "shape") != "cylinder"]),
)
C(
    "superlative",
    3,
    "What colour is whatever is farthest back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "chain",
    3,
    "The small red cylinder has one thing behind it. What colour is that thing?",
    "q(u(rel(u(f(sel(cylinder), size=small, color=red)), behind)), color)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cylinder", size="small", color="red"))), "color"),
)

# scene 4: nine small things and one large blue metal sph
C(
    "count",
    4,
    "Count the yellow things for me please",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "exist",
    4,
    "Apart from the blue ball, is anything here large?",
    "exist(diff(f(scene(), size=large), u(f(sel(sphere), color=blue))))",
    lambda s: yes(bool([i for i in s.f(size="large") if i != s.the(shape="sphere", color="blue")])),
)
C(
    "superlative",
    4,
    "What's the ball furthest to the right made out of?",
    "q(ord(sel(sphere), right, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "material"),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "compare_count",
    5,
    "Are there fewer balls than boxes in this one?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cube"))),
)
C(
    "attribute",
    5,
    "the big metal block is what colour",
    "q(u(f(sel(cube), size=large, material=metal)), color)",
    lambda s: s.a(s.the(shape="cube", size="large", material="metal"), "color"),
)
C(
    "chain",
    5,
    "What colour is the cube that's behind the large brown cube?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=brown)), behind), shape=cube)), color)",
    lambda s: s.a(only(among(s, related(s, "behind", s.the(shape="cube", color="brown")), shape="cube")), "color"),
)
X(5, "Which of the balls would bounce the highest?")

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "quantifier",
    6,
    "Both cubes small?",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: yes(all(s.a(i, "size") == "small" for i in s.f(shape="cube"))),
)
C(
    "superlative",
    6,
    "Of the big balls, which colour is the one nearest the camera?",
    "q(ord(f(sel(sphere), size=large), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere", size="large"), "front"), "color"),
)
C(
    "spatial",
    6,
    "How many rubber things are to the left of the little red cube?",
    "count(f(rel(u(f(sel(cube), color=red)), left), material=rubber))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cube", color="red")), material="rubber")),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "negation",
    7,
    "How many of the tubes aren't metal?",
    "count(fn(sel(cylinder), material=metal))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "material") != "metal"]),
)
C(
    "attribute",
    7,
    "There's a big yellow block. What's it made of?",
    "q(u(f(sel(cube), size=large, color=yellow)), material)",
    lambda s: s.a(s.the(shape="cube", size="large", color="yellow"), "material"),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "quantifier",
    8,
    "Is every cube in the picture a small one?",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: yes(all(s.a(i, "size") == "small" for i in s.f(shape="cube"))),
)
C(
    "spatial",
    8,
    "is the grey block to the right of the purple ball",
    "exist(f(rel(u(f(sel(sphere), color=purple)), right), color=gray, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "gray"}, "right", {"shape": "sphere", "color": "purple"}),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "count",
    9,
    "I'm colour-blind so I can't be sure, but can you tell me how many of the grey objects are made of rubber?",
    "count(f(scene(), color=gray, material=rubber))",
    lambda s: n(s.f(color="gray", material="rubber")),
)
C(
    "superlative",
    9,
    "Wich object is closest to the front, what shape is it?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    9,
    "theres a big brown ball how many cylinders are behind it",
    "count(f(rel(u(f(sel(sphere), size=large, color=brown)), behind), shape=cylinder))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="sphere", color="brown")), shape="cylinder")),
)
X(9, "What is the diameter of the brown ball in centimetres?")

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "exist",
    10,
    "Is there a cube that's the same colour as the big metal ball?",
    "exist(f(sel(cube), color=purple))",
    lambda s: yes(bool(s.f(shape="cube", color=s.a(s.the(shape="sphere", material="metal"), "color")))),
)

C(
    "chain",
    10,
    "Look at the ball to the right of the purple one. What shape is the thing behind it?",
    "q(u(rel(u(f(rel(u(f(sel(sphere), color=purple)), right), shape=sphere)), behind)), shape)",
    lambda s: s.a(
        only(
            related(
                s, "behind", only(among(s, related(s, "right", s.the(shape="sphere", color="purple")), shape="sphere"))
            )
        ),
        "shape",
    ),
)

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "attribute",
    11,
    "what shape is the purple thing",
    "q(u(f(scene(), color=purple)), shape)",
    lambda s: s.a(s.the(color="purple"), "shape"),
)
C(
    "exist",
    11,
    "Anything else the same size as the blue block?",
    "exist(diff(f(scene(), size=large), u(f(sel(cube), color=blue))))",
    lambda s: yes(bool(others(s, s.the(shape="cube", color="blue"), "size"))),
)
C(
    "spatial",
    11,
    "In front of the huge brown cylinder, how many sphers are there?",
    "count(f(rel(u(f(sel(cylinder), size=large, color=brown)), front), shape=sphere))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cylinder", size="large", color="brown")), shape="sphere")),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "number",
    12,
    "How many balls are either green or grey?",
    "add(count(f(sel(sphere), color=green)), count(f(sel(sphere), color=gray)))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") in ("green", "gray")]),
)
C(
    "spatial",
    12,
    "is the red cube on the left side of the blue one",
    "exist(f(rel(u(f(sel(cube), color=blue)), left), color=red, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "red"}, "left", {"shape": "cube", "color": "blue"}),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "verify",
    13,
    "is the shiny ball a big one",
    "verify(u(f(sel(sphere), material=metal)), size, large)",
    lambda s: yes(s.a(s.the(shape="sphere", material="metal"), "size") == "large"),
)
C(
    "spatial",
    13,
    "How many objects are placed to the left of the large cyan cylnder?",
    "count(rel(u(f(sel(cylinder), size=large, color=cyan)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="cyan"))),
)
C(
    "exist",
    13,
    "Is there another sphere the same colour as the little cyan one?",
    "exist(diff(f(sel(sphere), color=cyan), u(f(sel(sphere), color=cyan))))",
    lambda s: yes(bool(among(s, others(s, s.the(shape="sphere", color="cyan"), "color"), shape="sphere"))),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "spatial",
    14,
    "Is the small blue ball behind the big cyan one?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=cyan)), behind), color=blue, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue"}, "behind", {"shape": "sphere", "color": "cyan"}),
)
X(14, "Is the big cyan ball hollow inside?")

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "attribute",
    15,
    "whats the colour of the little shiny ball",
    "q(u(f(sel(sphere), size=small, material=metal)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small", material="metal"), "color"),
)
C(
    "compare_count",
    15,
    "Are there as many spheres as there are cylinders?",
    "eq(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cylinder"))),
)
C(
    "two_clause",
    15,
    "Is the block blue and the red ball shiny?",
    "and_(verify(u(sel(cube)), color, blue), verify(u(f(sel(sphere), color=red)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cube"), "color") == "blue" and s.a(s.the(shape="sphere", color="red"), "material") == "metal"
    ),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "negation",
    16,
    "What shape is the big yellow thing that isn't shiny?",
    "q(u(fn(f(scene(), size=large, color=yellow), material=metal)), shape)",
    lambda s: s.a(only([i for i in s.f(size="large", color="yellow") if s.a(i, "material") != "metal"]), "shape"),
)
C(
    "spatial",
    16,
    "How many small things are to the left of the brwon cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=brown)), left), size=small))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cylinder", color="brown")), size="small")),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "attribute",
    17,
    "What's the colour of the matte block?",
    "q(u(f(sel(cube), material=rubber)), color)",
    lambda s: s.a(s.the(shape="cube", material="rubber"), "color"),
)
C(
    "spatial",
    17,
    "The green cylinder - is it on the right of the yellow ball?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), right), color=green, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "green"}, "right", {"shape": "sphere", "color": "yellow"}),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "quantifier",
    18,
    "Are all of the balls rubbery ones?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(shape="sphere"))),
)
C(
    "attribute",
    18,
    "metal cylinder colour?",
    "q(u(f(sel(cylinder), material=metal)), color)",
    lambda s: s.a(s.the(shape="cylinder", material="metal"), "color"),
)
C(
    "spatial",
    18,
    "Is the small blue cylinder further back than the big purple metal one?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=purple, material=metal)), behind), size=small, color=blue, shape=cylinder))",
    lambda s: is_rel(
        s,
        {"shape": "cylinder", "color": "blue"},
        "behind",
        {"shape": "cylinder", "color": "purple", "material": "metal"},
    ),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "chain",
    19,
    "There's a rubbery cyan cylinder. Of the things to its right, which one is large? Give me its shape",
    "q(u(f(rel(u(f(sel(cylinder), color=cyan, material=rubber)), right), size=large)), shape)",
    lambda s: s.a(
        only(among(s, related(s, "right", s.the(shape="cylinder", color="cyan", material="rubber")), size="large")),
        "shape",
    ),
)
X(19, "Would the big blue cube feel heavy if I lifted it?")

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "superlative",
    20,
    "Colour of the objcet furthest back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)

C(
    "quantifier",
    20,
    "Is it true that none of the balls are rubber?",
    "not_(exist(f(sel(sphere), material=rubber)))",
    lambda s: yes(not s.f(shape="sphere", material="rubber")),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "verify",
    21,
    "Is the purple cylinder made of metal",
    "verify(u(f(sel(cylinder), color=purple)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="purple"), "material") == "metal"),
)
C(
    "spatial",
    21,
    "how many balls are in front of the grey ball",
    "count(f(rel(u(f(sel(sphere), color=gray)), front), shape=sphere))",
    lambda s: n(among(s, related(s, "front", s.the(shape="sphere", color="gray")), shape="sphere")),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "list",
    22,
    "What are the two Yellow things made of?",
    "values(f(scene(), color=yellow), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(color="yellow")),
)
X(22, "How far apart are the yellow cube and the yellow cylinder in metres?")

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "quantifier",
    23,
    "Are both brown things made of metal?",
    "not_(exist(fn(f(scene(), color=brown), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(color="brown"))),
)

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "number",
    24,
    "Number of things that are either green or brown?",
    "add(count(f(scene(), color=green)), count(f(scene(), color=brown)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") in ("green", "brown")]),
)
C(
    "superlative",
    24,
    "The object on the far left, what material is it?",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)
C(
    "spatial",
    24,
    "What colour is the cylinder in front of the big grey cube?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=gray)), front), shape=cylinder)), color)",
    lambda s: s.a(
        only(among(s, related(s, "front", s.the(shape="cube", size="large", color="gray")), shape="cylinder")), "color"
    ),
)

C(
    "chain",
    24,
    "how many things are to the right of the ball that's in front of the little red cube",
    "count(rel(u(f(rel(u(f(sel(cube), size=small, color=red)), front), shape=sphere)), right))",
    lambda s: n(
        related(
            s,
            "right",
            only(among(s, related(s, "front", s.the(shape="cube", size="small", color="red")), shape="sphere")),
        )
    ),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "compare_count",
    25,
    "Just wondering, if you counted them all up, would there be fewer rubber things than metal ones in this picture?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="rubber")) < len(s.f(material="metal"))),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "negation",
    26,
    "How many things aren't gren?",
    "count(fn(scene(), color=green))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "green"]),
)
C(
    "attribute",
    26,
    "Only one thing here is matte. What shape is it?",
    "q(u(f(scene(), material=rubber)), shape)",
    lambda s: s.a(s.the(material="rubber"), "shape"),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "spatial",
    27,
    "How many objects can be seen behind the small red cylinder?",
    "count(rel(u(f(sel(cylinder), size=small, color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="red"))),
)

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "attribute",
    28,
    "What colour is the small can?",
    "q(u(f(sel(cylinder), size=small)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "color"),
)
C(
    "exist",
    28,
    "Is anything else the same material as the ball?",
    "exist(diff(f(scene(), material=metal), u(sel(sphere))))",
    lambda s: yes(bool(others(s, s.the(shape="sphere"), "material"))),
)
X(28, "Who left these toys lying around on the floor?")

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "superlative",
    29,
    "Whats the thing right at the front made of",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "quantifier",
    30,
    "Are all of the balls purple?",
    "not_(exist(fn(sel(sphere), color=purple)))",
    lambda s: yes(all(s.a(i, "color") == "purple" for i in s.f(shape="sphere"))),
)
C(
    "superlative",
    30,
    "Of the two balls, the one further back - what colour is it?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "count",
    31,
    "How many tiny balls are there?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "attribute",
    31,
    "What colour is the box?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "spatial",
    31,
    "the grey ball... how many cylinders r behind it",
    "count(f(rel(u(f(sel(sphere), color=gray)), behind), shape=cylinder))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="sphere", color="gray")), shape="cylinder")),
)

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "spatial",
    32,
    "Would you say the red ball is behind the yellow ball?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), behind), color=red, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "red"}, "behind", {"shape": "sphere", "color": "yellow"}),
)
C(
    "count",
    32,
    "How many other things are the same colour as the metal cylinder?",
    "count(diff(f(scene(), color=gray), u(f(sel(cylinder), material=metal))))",
    lambda s: n(others(s, s.the(shape="cylinder", material="metal"), "color")),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "superlative",
    33,
    "what shape is the thing at the far right",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "negation",
    33,
    "How many things are neither cyan nor metal?",
    "count(fn(fn(scene(), color=cyan), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "cyan" and s.a(i, "material") != "metal"]),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "spatial",
    34,
    "Is the little yellow cube behind the red can?",
    "exist(f(rel(u(f(sel(cylinder), color=red)), behind), color=yellow, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "behind", {"shape": "cylinder", "color": "red"}),
)
X(34, "What will happen if the gray cylinder tips over?")

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "quantifier",
    35,
    "are all the cubes big",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="cube"))),
)
C(
    "compare_attr",
    35,
    "Are the two green blocks made of the same stuff?",
    "same(f(sel(cube), color=green), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cube", color="green")}) == 1),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "chain",
    36,
    "My grandson is learning his shapes and colours, so help me out here: there is a brown cylinder, and somewhere to the right of it a big ball. What colour is that big ball?",
    "q(u(f(rel(u(f(sel(cylinder), color=brown)), right), size=large, shape=sphere)), color)",
    lambda s: s.a(
        only(among(s, related(s, "right", s.the(shape="cylinder", color="brown")), size="large", shape="sphere")),
        "color",
    ),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "compare_attr",
    37,
    "There are two red things. Are they the same shape?",
    "same(f(scene(), color=red), shape)",
    lambda s: yes(len({s.a(i, "shape") for i in s.f(color="red")}) == 1),
)
C(
    "spatial",
    37,
    "How many cubes are there in front of the big grey cylinder?",
    "count(f(rel(u(f(sel(cylinder), size=large, color=gray)), front), shape=cube))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cylinder", size="large", color="gray")), shape="cube")),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "compare_attr",
    38,
    "Do the two large tubes share the same materail?",
    "same(f(sel(cylinder), size=large), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cylinder", size="large")}) == 1),
)
C(
    "superlative",
    38,
    "Which shape is the object that is most to the right?",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "verify",
    39,
    "is the brown thing shiny",
    "verify(u(f(scene(), color=brown)), material, metal)",
    lambda s: yes(s.a(s.the(color="brown"), "material") == "metal"),
)
C(
    "spatial",
    39,
    "Is the grey cube behind the big cylinder or not",
    "exist(f(rel(u(f(sel(cylinder), size=large)), behind), color=gray, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "gray"}, "behind", {"shape": "cylinder", "size": "large"}),
)

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "verify",
    40,
    "Is the big cube shiny?",
    "verify(u(f(sel(cube), size=large)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", size="large"), "material") == "metal"),
)
X(40, "what colour was the brown cylinder before it got painted")

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "spatial",
    41,
    "The blue ball, is it behind the blue block?",
    "exist(f(rel(u(f(sel(cube), color=blue)), behind), color=blue, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue"}, "behind", {"shape": "cube", "color": "blue"}),
)
C(
    "two_clause",
    41,
    "Is there either a green block or a brown ball?",
    "or_(exist(f(sel(cube), color=green)), exist(f(sel(sphere), color=brown)))",
    lambda s: yes(bool(s.f(shape="cube", color="green")) or bool(s.f(shape="sphere", color="brown"))),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C("count", 42, "how many blue things", "count(f(scene(), color=blue))", lambda s: n(s.f(color="blue")))
C(
    "attribute",
    42,
    "What shape is teh huge shiny thing?",
    "q(u(f(scene(), size=large, material=metal)), shape)",
    lambda s: s.a(s.the(size="large", material="metal"), "shape"),
)
C(
    "spatial",
    42,
    "How many blue objects are to the left of the gray metal cube?",
    "count(f(rel(u(f(sel(cube), color=gray, material=metal)), left), color=blue))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cube", color="gray", material="metal")), color="blue")),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "compare_count",
    43,
    "Are more of the things shiny than matte?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "spatial",
    43,
    "Everything to the right of the big blue cube - what colour is it all?",
    "values(rel(u(f(sel(cube), size=large, color=blue)), right), color)",
    lambda s: listed(s.a(i, "color") for i in related(s, "right", s.the(shape="cube", color="blue"))),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "attribute",
    44,
    "The small rubbery thing, which colour?",
    "q(u(f(scene(), size=small, material=rubber)), color)",
    lambda s: s.a(s.the(size="small", material="rubber"), "color"),
)
C(
    "spatial",
    44,
    "Is the small purple cube to the right of the big brown ball?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=brown)), right), color=purple, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "purple"}, "right", {"shape": "sphere", "size": "large", "color": "brown"}
    ),
)
C(
    "compare_attr",
    44,
    "Are the two brown balls the same size?",
    "same(f(sel(sphere), color=brown), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="sphere", color="brown")}) == 1),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "attribute",
    45,
    "what's the big red ball made off",
    "q(u(f(sel(sphere), size=large, color=red)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large", color="red"), "material"),
)
X(45, "What brand of paint was used on the grey ball?")

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "compare_attr",
    46,
    "Are the purple things the same shape as each other?",
    "same(f(scene(), color=purple), shape)",
    lambda s: yes(len({s.a(i, "shape") for i in s.f(color="purple")}) == 1),
)
C(
    "superlative",
    46,
    "which ball is nearest the back, and what colour is it",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "superlative",
    47,
    "What colour is the thing furthest to the left?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "spatial",
    47,
    "Sorry if this is a strange one, but behind the large purple cube there seem to be quite a few objects, and I would like to know how many of those are made of metal.",
    "count(f(rel(u(f(sel(cube), size=large, color=purple)), behind), material=metal))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cube", size="large", color="purple")), material="metal")),
)

C(
    "negation",
    47,
    "Other than the purple ones, how many cubes are there?",
    "count(fn(sel(cube), color=purple))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") != "purple"]),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "quantifier",
    48,
    "Is everything big?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: yes(all(o["size"] == "large" for o in s.objects)),
)
C(
    "attribute",
    48,
    "the small cube. what colour",
    "q(u(f(sel(cube), size=small)), color)",
    lambda s: s.a(s.the(shape="cube", size="small"), "color"),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "attribute",
    49,
    "What is the large sphere made of?",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "exist",
    49,
    "Are there any other metal spheres besides the big one?",
    "exist(diff(f(sel(sphere), material=metal), u(f(sel(sphere), size=large))))",
    lambda s: yes(bool([i for i in s.f(shape="sphere", material="metal") if i != s.the(shape="sphere", size="large")])),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "quantifier",
    50,
    "Is every single object made of rubber?",
    "not_(exist(fn(scene(), material=rubber)))",
    lambda s: yes(all(o["material"] == "rubber" for o in s.objects)),
)
C("count", 50, "How many Green things are there?", "count(f(scene(), color=green))", lambda s: n(s.f(color="green")))
C(
    "spatial",
    50,
    "to the right of the little cyan ball, how many large things are there",
    "count(f(rel(u(f(sel(sphere), size=small, color=cyan)), right), size=large))",
    lambda s: n(among(s, related(s, "right", s.the(shape="sphere", color="cyan")), size="large")),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "compare_attr",
    51,
    "Is the grey ball bigger than the brown ball?",
    "larger(u(f(sel(sphere), color=gray)), u(f(sel(sphere), color=brown)))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="gray"), "size") == "large"
        and s.a(s.the(shape="sphere", color="brown"), "size") == "small"
    ),
)
X(51, "How long ago was this picture taken?")

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "quantifier",
    52,
    "Are all three blocks large?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="cube"))),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "attribute",
    53,
    "What's the colour of the tiny ball?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "exist",
    53,
    "Is there anything else the same colur as the little ball?",
    "exist(diff(f(scene(), color=yellow), u(f(sel(sphere), size=small))))",
    lambda s: yes(bool(others(s, s.the(shape="sphere", size="small"), "color"))),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C("count", 54, "how many GREY blocks?", "count(f(sel(cube), color=gray))", lambda s: n(s.f(shape="cube", color="gray")))
C(
    "verify",
    54,
    "Is the cylinder made of metal?",
    "verify(u(sel(cylinder)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == "metal"),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "attribute",
    55,
    "What colour is the small shiny block?",
    "q(u(f(sel(cube), size=small, material=metal)), color)",
    lambda s: s.a(s.the(shape="cube", size="small", material="metal"), "color"),
)
C(
    "spatial",
    55,
    "How many purple things are in front of the big green cube?",
    "count(f(rel(u(f(sel(cube), size=large, color=green)), front), color=purple))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cube", color="green")), color="purple")),
)

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "attribute",
    56,
    "What colour is the only metal object?",
    "q(u(f(scene(), material=metal)), color)",
    lambda s: s.a(s.the(material="metal"), "color"),
)

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "attribute",
    57,
    "The yelow ball, what's it made of?",
    "q(u(f(sel(sphere), color=yellow)), material)",
    lambda s: s.a(s.the(shape="sphere", color="yellow"), "material"),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "verify",
    58,
    "Is the little ball blue?",
    "verify(u(f(sel(sphere), size=small)), color, blue)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small"), "color") == "blue"),
)
C(
    "spatial",
    58,
    "Is the cyan block sitting behind the purple block?",
    "exist(f(rel(u(f(sel(cube), color=purple)), behind), color=cyan, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "cyan"}, "behind", {"shape": "cube", "color": "purple"}),
)

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "count",
    59,
    "how many brown balls are there?",
    "count(f(sel(sphere), color=brown))",
    lambda s: n(s.f(shape="sphere", color="brown")),
)
X(59, "Why are there so many purple objects in this scene?")

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus, small brown dog, road text 'NO PARKING'
P("count", "street", "how many people are out on the street", "count(sel(person))", lambda p: n(people(p)))
P(
    "count",
    "street",
    "How many of the men have got a tie on?",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P("attribute", "street", "What Colour Is The Bus?", "q(u(sel(bus)), color)", lambda p: p.value(p.the("bus"), "color"))
P(
    "text",
    "street",
    "The bus has some writing on it. What does it say?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "text",
    "street",
    "what word is on the red sign up in the corner",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "attribute",
    "street",
    "What colour is the lady wearing?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "chain",
    "street",
    "what has the woman got in her arms",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "attribute",
    "street",
    "Is the dog big or small?",
    "choose(u(sel(dog)), size, [large, small])",
    lambda p: p.value(p.the("dog"), "size"),
)
P(
    "spatial",
    "street",
    "What is that behind the bus?",
    "q(u(rel(u(sel(bus)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("bus")))),
)
P(
    "verify",
    "street",
    "The car, is it black?",
    "verify(u(sel(car)), color, black)",
    lambda p: yes(p.value(p.the("car"), "color") == "black"),
)
P(
    "chain",
    "street",
    "What colour tie has the guy in black got on?",
    "q(u(rel(u(f(sel(man), color=black)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="black")), "color"),
)
P(
    "verify",
    "street",
    "Is the man on the right dressed in white?",
    "verify(u(f(sel(man), hposition=right)), color, white)",
    lambda p: yes(p.value(p.the("man", hposition="right"), "color") == "white"),
)
P(
    "count",
    "street",
    "How many vehicles can you see",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "compare_count",
    "street",
    "Are there more people than vehicles in this street?",
    "gt(count(sel(person)), count(sel(vehicle)))",
    lambda p: yes(len(people(p)) > len(p.f(("bus", "car")))),
)
P(
    "text",
    "street",
    "what's painted on the road surface",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "spatial",
    "street",
    "Who's standing to the left of the woman in the picture?",
    "q(u(rel(u(sel(woman)), left)), name)",
    lambda p: p.name(only(p.subjects("left", p.the("woman")))),
)
P(
    "chain",
    "street",
    "Looking at this street picture there is a woman in the middle and, to the right of her in the picture, a man with a tie on. What colour is his tie?",
    "q(u(rel(u(rel(u(sel(woman)), right, name=man)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, only(named(p, p.subjects("right", p.the("woman")), "man"))), "color"),
)
P("exist", "street", "Is there a bycicle anywhere?", "exist(sel(bicycle))", lambda p: yes(bool(p.f("bicycle"))))
P(
    "count",
    "street",
    "how many red things are there in this street scene",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "position",
    "street",
    "Which side of the picture is the car parked on, left or right?",
    "choose(u(sel(car)), hposition, [left, right])",
    lambda p: p.value(p.the("car"), "hposition"),
)
P(
    "spatial",
    "street",
    "the lady with the dog, is she in front of the bus",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "front", p.the("bus"))),
)
X("street", "Where is the bus heading?")
X("street", "What make of car is the white one?")
X("street", "what time of day was this taken")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right
P(
    "count",
    "kitchen",
    "How many mugs are sitting on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "attribute",
    "kitchen",
    "what colour is the plate",
    "q(u(sel(plate)), color)",
    lambda p: p.value(p.the("plate"), "color"),
)
P(
    "text",
    "kitchen",
    "What time does the clock say?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "text",
    "kitchen",
    "Can you read me the lable on the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "attribute",
    "kitchen",
    "What is the table made of",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "attribute",
    "kitchen",
    "is the fork metal or plastic?",
    "choose(u(sel(fork)), material, [metal, plastic])",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "spatial",
    "kitchen",
    "The plate has something lying right beside it. What is it?",
    "q(u(rel(u(sel(plate)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("plate")))),
)
P(
    "count",
    "kitchen",
    "How many items are on the table altogether?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "chain",
    "kitchen",
    "colour of the cup just to the right of the plate?",
    "q(u(rel(u(sel(plate)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("plate")), "cup")), "color"),
)
P(
    "chain",
    "kitchen",
    "What's directly to the left of the white mug?",
    "q(u(rel(u(f(sel(cup), color=white)), left)), name)",
    lambda p: p.name(only(p.subjects("left", p.the("cup", color="white")))),
)
P(
    "attribute",
    "kitchen",
    "What colour clothes has the woman got on?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "spatial",
    "kitchen",
    "Is the woman standing to the left of the table?",
    "vrel(u(sel(table)), left, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "left", p.the("table"))),
)
P(
    "spatial",
    "kitchen",
    "What's up above the table",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "superlative",
    "kitchen",
    "The cup furthest to the left, what colour is it?",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
P("exist", "kitchen", "is there a Spoon", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
P(
    "compare_attr",
    "kitchen",
    "Are the plate and the clock the same colour?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "count",
    "kitchen",
    "How many white things are there in the kitchen?",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "spatial",
    "kitchen",
    "I'm describing this picture to my mum over the phone and she wants to know what colour the cup is that sits between the plate and the bottle",
    "q(u(diff(rel(u(sel(plate)), right), diff(rel(u(sel(plate)), right), rel(u(sel(bottle)), left)))), color)",
    lambda p: p.value(
        only([o for o in p.subjects("right", p.the("plate")) if o in p.subjects("left", p.the("bottle"))]), "color"
    ),
)
P(
    "quantifier",
    "kitchen",
    "Are all of the cups on the table?",
    "not_(exist(diff(sel(cup), rel(u(sel(table)), on))))",
    lambda p: yes(all(c in p.subjects("on", p.the("table")) for c in p.f("cup"))),
)
P(
    "negation",
    "kitchen",
    "how many of the cups arent white",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "list",
    "kitchen",
    "What colours are the cups?",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
X("kitchen", "Is the woman hungry?")
X("kitchen", "What's she going to cook for dinner tonight?")
X("kitchen", "how hot is the tea in the blue mug")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees
P("count", "park", "How many people are in the park?", "count(sel(person))", lambda p: n(people(p)))
P("count", "park", "Number of dogs?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "compare_attr",
    "park",
    "Is the bike the same colour as the clothes of the woman on the left?",
    "same(u(sel(bicycle)), u(f(sel(woman), hposition=left)), color)",
    lambda p: yes(p.value(p.the("bicycle"), "color") == p.value(p.the("woman", hposition="left"), "color")),
)
P(
    "chain",
    "park",
    "the kid in blue is throwing something. what is it",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy", color="blue"), "throwing"))),
)
P(
    "attribute",
    "park",
    "Frisbee colour please",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "attribute",
    "park",
    "Is the park bench wood or metal?",
    "choose(u(sel(bench)), material, [wood, metal])",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "chain",
    "park",
    "Who is holding the black dog?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "chain",
    "park",
    "The lady dressed in white is next to a bike. What colour is it?",
    "q(u(rel(u(f(sel(woman), color=white)), near, name=bicycle)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("woman", color="white")), "bicycle")), "color"),
)
P(
    "chain",
    "park",
    "what colour is the dog by the litle girl",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "attribute",
    "park",
    "What is the girl wearing, colour-wise?",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P("count", "park", "How many trees are there?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "spatial",
    "park",
    "is the bench to the left of the bike",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(p.has(p.the("bench"), "left", p.the("bicycle"))),
)
P(
    "superlative",
    "park",
    "We were at the park last weekend and I took this photo, can you tell me which person is standing the furthest over on the right-hand side of it?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P("count", "park", "How many women are there?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "compare_count",
    "park",
    "Are there more people than dogs in the park?",
    "gt(count(sel(person)), count(sel(dog)))",
    lambda p: yes(len(people(p)) > len(p.f("dog"))),
)
P(
    "spatial",
    "park",
    "What's behind the woman in red?",
    "q(u(rel(u(f(sel(woman), color=red)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("woman", color="red")))),
)
P("count", "park", "how many animals can I see", "count(sel(animal))", lambda p: n(p.f("dog")))
P(
    "spatial",
    "park",
    "Is the boy to the right of the girl?",
    "vrel(u(sel(girl)), right, name=boy)",
    lambda p: yes(p.has(p.the("boy"), "right", p.the("girl"))),
)
P(
    "exist",
    "park",
    "My kid says someone in this park photo is wearing green but I can't spot them, is anybody actually dressed in green?",
    "exist(f(sel(person), color=green))",
    lambda p: yes(any(p.value(o, "color") == "green" for o in people(p))),
)
P(
    "position",
    "park",
    "Is the bike on the right-hand side of the picture?",
    "verify(u(sel(bicycle)), hposition, right)",
    lambda p: yes(p.value(p.the("bicycle"), "hposition") == "right"),
)
P(
    "spatial",
    "park",
    "How many people are over to the right of the boy?",
    "count(rel(u(sel(boy)), right, name=person))",
    lambda p: n([o for o in p.subjects("right", p.the("boy")) if o in people(p)]),
)
X("park", "What are the two dogs called?")
X("park", "Is the girl enjoying herself?")
X("park", "What's going on just outside the picture on the left?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P("count", "shapes", "how many shapes are there altogether", "count(scene())", lambda p: n(p.objects))
P("count", "shapes", "How many circles?", "count(sel(circle))", lambda p: n(p.f("circle")))
P("attribute", "shapes", "What colour is the star", "q(u(sel(star)), color)", lambda p: p.value(p.the("star"), "color"))
P(
    "attribute",
    "shapes",
    "What shape is the yellow one?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
P(
    "verify",
    "shapes",
    "Is the hexagon green?",
    "verify(u(sel(hexagon)), color, green)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "green"),
)
P("count", "shapes", "how many blue shapes r there", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P(
    "attribute",
    "shapes",
    "The triangle, what colour is it?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "verify",
    "shapes",
    "Is the triangle a big one?",
    "verify(u(sel(triangle)), size, large)",
    lambda p: yes(p.value(p.the("triangle"), "size") == "large"),
)
P(
    "position",
    "shapes",
    "What's in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "position",
    "shapes",
    "which shape is down in the bottom right",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "position",
    "shapes",
    "What colour is the shape right in the middle of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)
P(
    "count",
    "shapes",
    "How many shapes are in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "exist",
    "shapes",
    "Is there a green circle?",
    "exist(f(sel(circle), color=green))",
    lambda p: yes(bool(p.f("circle", color="green"))),
)
P("exist", "shapes", "any orange shapes", "exist(f(scene(), color=orange))", lambda p: yes(bool(p.f(color="orange"))))
P(
    "count",
    "shapes",
    "How many of the shapes are small?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "attribute",
    "shapes",
    "what colour is the big circle",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "attribute",
    "shapes",
    "And the small circle, which colour is that?",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles the same colour?",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "count",
    "shapes",
    "How many red shapes are small?",
    "count(f(scene(), color=red, size=small))",
    lambda p: n(p.f(color="red", size="small")),
)
P(
    "superlative",
    "shapes",
    "Which shape is furthest too the left?",
    "q(ord(scene(), left, 1), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "shape"),
)
P(
    "superlative",
    "shapes",
    "For my daughter's homework she needs to know, looking only at the bottom row of shapes in the picture, which shape is the one that is on the far left",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
P(
    "position",
    "shapes",
    "What's the second shape from the left along the top row?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are there more blue shapes than red ones?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "two_clause",
    "shapes",
    "Is there a square and also a star?",
    "and_(exist(sel(square)), exist(sel(star)))",
    lambda p: yes(bool(p.f("square")) and bool(p.f("star"))),
)
P(
    "verify",
    "shapes",
    "is the star in the top row",
    "verify(u(sel(star)), vposition, top)",
    lambda p: yes(p.value(p.the("star"), "vposition") == "top"),
)
P(
    "superlative",
    "shapes",
    "Which colour shows up most often?",
    "common_value(scene(), color)",
    lambda p: Counter(p.value(o, "color") for o in p.objects).most_common(1)[0][0],
)
P(
    "number",
    "shapes",
    "How many different colours have been used?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "quantifier",
    "shapes",
    "Are all the small shapes blue?",
    "not_(exist(fn(f(scene(), size=small), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f(size="small"))),
)
P(
    "number",
    "shapes",
    "Triangles and stars together, how many is that?",
    "add(count(sel(triangle)), count(sel(star)))",
    lambda p: str(len(p.f("triangle")) + len(p.f("star"))),
)
P(
    "list",
    "shapes",
    "Which shapes are coloured blue?",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
X("shapes", "What does the red star mean?")
X("shapes", "Who drew these shapes?")
X("shapes", "How many centimetres wide is the triangle?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
