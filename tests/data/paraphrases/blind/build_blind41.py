# ruff: noqa: E501
"""Blind paraphrase set 41: everyday photos. Questions as people ask them about ordinary pictures: a VQA annotator
asked for a few questions per image ("What colour is the automobile?", "Is the bus a big one?"), someone talking to
the assistant on their phone ("Hey, can you read the red sign for me", "ok so how many people are out and about in
this one"), a curious person, someone learning Spanish who wants the bus's words read out, a parent helping with
homework, a parent whose son set the toys out on the floor, someone whose mum sent a photo of her kitchen, someone
in a hurry ("mug on the far left colour?"). Everyday nouns and their synonyms (guy, lady, kid, pup, doggy, mug,
automobile, bike, bicycle, necktie, utensil, furniture, adults, toy, ball, block, can), possessives ("the man in
black's tie", "the boy's frisbee", "the lady's name"), relative clauses ("the woman who is holding the dog"),
reduced relatives ("the cup to the right of the bottle", "the dog the lady in red is holding"), prepositional
descriptions ("the guy in white", "the girl in pink", "the lady in red"), wh-questions of every kind (what, which,
who, where with its two places named, how many, what colour, is/are/does/do/can), from three words ("Any cats
around?") to about thirty-five, about one in six with no question mark, about one in twelve with an ordinary typo
("botle", "their" for "there", "cylnder", "holdng", "shiney", "poeple", "infront").

About 60% ask about the photo-like graphs (street, kitchen, park: people and what they wear, hold, throw and stand
next to, animals, vehicles, furniture, dishes, signs and their text, colours, counts, where things are in the
picture and relative to each other, what is on the table), 25% about CLEVR val scenes (as a photo of toys) and 15%
about the drawing of flat shapes; about one in ten must be refused (names, ages in years, brands, prices, feelings
and likes, intentions and what happens next, tomorrow's weather, what lies outside the picture). Only relations the
photo graphs state are asked (holding, throwing, wearing, near, on, above, left, right, front, behind), and of those
only where the stated relation leaves nothing open to a careful eye: in the kitchen, where the graph states left and
right only between neighbours, no cup "to the left of the bottle" is asked (two cups are, to the eye), only ones a
neighbour relation settles; in the park nothing asks who stands by the bike or the black dog (the girl's box
overlaps the bike's, the boy stands as close to the black dog as the lady in red holding it), and no count of
"white things" or "green things" is asked where an object without a colour (the road text) or unlisted grass could
be counted. "The X" is only used where exactly one X matches; places and orders are only asked where a careful
person could call them (the margins of the twenty-third set's helpers). Written without reading the parser, the
grammar or any other set but the twenty-third and the thirty-ninth (read for the format only); held back to be run
once, at the end.

Run ``python build_blind41.py`` to write ``../blind41.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind41.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis, or how nearly equal two distances may be, before a
# careful person could not call the order
TIE = 0.25
NEAR_RATIO = 1.2
# how much larger one flat figure's box must be to be called larger when both are of one size class
CLEARLY = 1.25


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


def nearest(s: Clevr, ids: list[int], anchor: int) -> int:
    """The object of ids nearest the anchor; NotUnique when the runner-up is within a fifth of the distance, or when
    the nearest on the ground is not also the nearest in the picture."""
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=lambda i: dist[i])
    if len(order) > 1 and dist[order[1]] < NEAR_RATIO * dist[order[0]]:
        raise NotUnique("about equally far")
    pix = s.objects[anchor]["pixel_coords"][:2]
    on_image = min(dist, key=lambda i: math.dist(s.objects[i]["pixel_coords"][:2], pix))
    if on_image != order[0]:
        raise NotUnique("nearest on the ground is not nearest in the picture")
    return order[0]


def among(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids with every given attribute value."""
    return [i for i in ids if all(s.a(i, k) == v for k, v in want.items())]


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def kids(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in {"boy", "girl"}]


def grown_ups(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in {"man", "woman"}]


def named(p: Photo, ids: list[str], *names: str) -> list[str]:
    return [o for o in ids if p.name(o) in names]


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


def worn_by(p: Photo, who: str) -> str:
    return only(p.objects_of(who, "wearing"))


def wears(p: Photo, who: str, thing: str) -> bool:
    return any(p.name(w) == thing for w in p.objects_of(who, "wearing"))


def box_area(p: Photo, oid: str) -> float:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x2 - x1) * (y2 - y1)


def bigger_one(p: Photo, a: str, b: str) -> str | None:
    """Of two flat figures, the larger (size class first, then a clearly larger box); None when one size."""
    sa, sb = p.value(a, "size"), p.value(b, "size")
    if sa != sb:
        return a if sa == "large" else b
    if box_area(p, a) >= CLEARLY * box_area(p, b):
        return a
    if box_area(p, b) >= CLEARLY * box_area(p, a):
        return b
    return None


def is_bigger(p: Photo, a: str, b: str) -> str:
    found = bigger_one(p, a, b)
    if found is None:
        raise NotUnique("one size")
    return yes(found == a)


def extreme_size(p: Photo, ids: list[str], largest: bool) -> str:
    """The largest (smallest) figure of ids, by size class then box; NotUnique when the runner-up is about as big."""
    rank = {"small": 0, "large": 1}
    order = sorted(ids, key=lambda o: (rank[p.value(o, "size")], box_area(p, o)), reverse=largest)
    if len(order) > 1 and bigger_one(p, order[0], order[1]) is None:
        raise NotUnique("about one size")
    return order[0]


def right_above(p: Photo, anchor: str) -> str:
    """The one figure whose box lies above the anchor's and overlaps it left to right."""
    ax1, ay1, ax2, _ = p.objects[anchor]["box"]
    found = [
        o
        for o in p.objects
        if o != anchor
        and p.objects[o]["box"][3] < ay1
        and p.objects[o]["box"][0] < ax2
        and p.objects[o]["box"][2] > ax1
    ]
    return only(found)


def row_neighbours(p: Photo, row: str, anchor: str) -> list[str]:
    """The figures next to the anchor, left and right, in its row (vposition)."""
    ids = p.by_x(p.f(vposition=row))
    i = ids.index(anchor)
    return [ids[j] for j in (i - 1, i + 1) if 0 <= j < len(ids)]


SIDES = {"triangle": 3, "square": 4, "rectangle": 4, "hexagon": 6, "circle": 0, "star": 10}


# =================================================================================================================
# CLEVR scenes (a photo of toys)
# =================================================================================================================

# scene 0: small yellow rubber sph (front), large blue metal sph (far left), large green rubber cyl
C("count", 0, "ok so how many toys are in this one", "count(scene())", lambda s: n(s.all()))
C(
    "attribute",
    0,
    "What colour is the shiny ball?",
    "q(u(f(sel(sphere), material=metal)), color)",
    lambda s: s.a(s.the(shape="sphere", material="metal"), "color"),
)

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C("count", 2, "how many cans are in the picture", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
X(2, "How much would all three of these toys cost in a shop?")

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "count",
    3,
    "How many of the red things are metal?",
    "count(f(scene(), color=red, material=metal))",
    lambda s: n(s.f(color="red", material="metal")),
)

# scene 4: nine small things and one large blue metal sph
C(
    "attribute",
    4,
    "What colour is the only big object?",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C("count", 5, "How many balls can you count?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    5,
    "what shape is the green toy",
    "q(u(f(scene(), color=green)), shape)",
    lambda s: s.a(s.the(color="green"), "shape"),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "attribute",
    7,
    "What's the big brown block made of?",
    "q(u(f(sel(cube), size=large, color=brown)), material)",
    lambda s: s.a(s.the(shape="cube", size="large", color="brown"), "material"),
)
X(7, "Which company makes the big yellow block?")

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "superlative",
    8,
    "Which colour is the thing closest to the camera?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "verify",
    9,
    "Is the green ball shiney?",
    "verify(u(f(sel(sphere), color=green)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="green"), "material") == "metal"),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "attribute",
    10,
    "What's the big purpel ball made out of?",
    "q(u(f(sel(sphere), size=large, color=purple)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large", color="purple"), "material"),
)

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "count",
    11,
    "How many brown things are there in this picture",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "chain",
    11,
    "What colour is the thing right next to the big blue block?",
    "q(closest(scene(), u(f(sel(cube), size=large, color=blue))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", size="large", color="blue")), "color"),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "attribute",
    13,
    "the big block, what colour is it",
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "spatial",
    14,
    "Is the cube behind the big cyan ball?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=cyan)), behind), shape=cube))",
    lambda s: is_rel(s, {"shape": "cube"}, "behind", {"shape": "sphere", "color": "cyan"}),
)

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C("attribute", 15, "What colour is the block?", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))
X(15, "How old is the big red ball in years?")

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "compare_count",
    16,
    "Are there more balls then cylinders in this photo?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "superlative",
    18,
    "What colour is the ball furthest to the left?",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "color"),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "spatial",
    19,
    "Is the big blue cube to the left of the grey ball?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), left), size=large, color=blue, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "blue"}, "left", {"shape": "sphere", "color": "gray"}),
)

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "superlative",
    21,
    "What colour is the object at the very front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "spatial",
    24,
    "My son set up all these toys on the floor and asked me something I can't answer: how many things are sitting behind the big grey block?",
    "count(rel(u(f(sel(cube), size=large, color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="large", color="gray"))),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "attribute",
    25,
    "What shape is the big red thing?",
    "q(u(f(scene(), size=large, color=red)), shape)",
    lambda s: s.a(s.the(size="large", color="red"), "shape"),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "negation",
    26,
    "How many of the things are not made of metal?",
    "count(fn(scene(), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal"]),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "exist",
    28,
    "Is anything else shiny apart from the ball?",
    "exist(diff(f(scene(), material=metal), u(sel(sphere))))",
    lambda s: yes(bool([i for i in s.f(material="metal") if i != s.the(shape="sphere")])),
)

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "spatial",
    29,
    "Is the red cylinder to the left of the cyan one?",
    "exist(f(rel(u(f(sel(cylinder), color=cyan)), left), color=red, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "red"}, "left", {"shape": "cylinder", "color": "cyan"}),
)
# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "spatial",
    30,
    "Is the blue cylinder closer to the camera than the green ball",
    "exist(f(rel(u(f(sel(sphere), color=green)), front), color=blue, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "blue"}, "front", {"shape": "sphere", "color": "green"}),
)

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "spatial",
    31,
    "how many things are to the right of the big blue ball",
    "count(rel(u(f(sel(sphere), size=large, color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", size="large", color="blue"))),
)

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "superlative",
    32,
    "What colour is the thing on the far rigth?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "negation",
    33,
    "How many things are neither big nor metal?",
    "count(fn(fn(scene(), size=large), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "size") != "large" and s.a(i, "material") != "metal"]),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "spatial",
    34,
    "Is the red can to the left of the grey one?",
    "exist(f(rel(u(f(sel(cylinder), color=gray)), left), color=red, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "red"}, "left", {"shape": "cylinder", "color": "gray"}),
)

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "chain",
    35,
    "The ball in front of the grey cube - what colour is it?",
    "q(u(f(rel(u(f(sel(cube), color=gray)), front), shape=sphere)), color)",
    lambda s: s.a(only(among(s, related(s, "front", s.the(shape="cube", color="gray")), shape="sphere")), "color"),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "spatial",
    36,
    "How many balls are on the left of the brown cylnder?",
    "count(f(rel(u(f(sel(cylinder), color=brown)), left), shape=sphere))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cylinder", color="brown")), shape="sphere")),
)
X(36, "What's lying just out of shot to the right of the purple ball?")

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "spatial",
    38,
    "Is the red ball to the left of the green rubber ball?",
    "exist(f(rel(u(f(sel(sphere), color=green, material=rubber)), left), color=red, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "red"}, "left", {"shape": "sphere", "color": "green", "material": "rubber"}
    ),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "spatial",
    39,
    "Is the cube in front of the big grey cylinder",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=gray)), front), shape=cube))",
    lambda s: is_rel(s, {"shape": "cube"}, "front", {"shape": "cylinder", "size": "large", "color": "gray"}),
)

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "chain",
    40,
    "What colour is the thing to the left of the grey cube?",
    "q(u(rel(u(f(sel(cube), color=gray)), left)), color)",
    lambda s: s.a(only(related(s, "left", s.the(shape="cube", color="gray"))), "color"),
)

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "superlative",
    41,
    "Which colour is the ball nearest the front?",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "exist",
    43,
    "Are any of the balls made of rubber",
    "exist(f(sel(sphere), material=rubber))",
    lambda s: yes(bool(s.f(shape="sphere", material="rubber"))),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "superlative",
    44,
    "What colour is the block on the far left?",
    "q(ord(sel(cube), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left"), "color"),
)
X(44, "Why did somebody put the purple cube over there?")

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "superlative",
    45,
    "What colour is the ball furthest back?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "spatial",
    46,
    "is the big red cube in front of the grey cube",
    "exist(f(rel(u(f(sel(cube), color=gray)), front), size=large, color=red, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "size": "large", "color": "red"}, "front", {"shape": "cube", "color": "gray"}
    ),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "spatial",
    47,
    "How many things are infront of the big blue block?",
    "count(rel(u(f(sel(cube), size=large, color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="blue"))),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "superlative",
    48,
    "What shape is the thing at the far right?",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "verify",
    49,
    "Is the big ball metal?",
    "verify(u(f(sel(sphere), size=large)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "material") == "metal"),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "spatial",
    50,
    "Count the objects that are nearer to the camera than the little yellow cube",
    "count(rel(u(f(sel(cube), size=small, color=yellow)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="yellow"))),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "quantifier",
    52,
    "Are all the blocks big?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="cube"))),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "compare_attr",
    53,
    "Is the small ball the same colour as the metal cube?",
    "same(u(f(sel(sphere), size=small)), u(f(sel(cube), material=metal)), color)",
    lambda s: yes(
        s.a(s.the(shape="sphere", size="small"), "color") == s.a(s.the(shape="cube", material="metal"), "color")
    ),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C(
    "quantifier",
    54,
    "Are all of the blocks made of rubber?",
    "not_(exist(fn(sel(cube), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(shape="cube"))),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "superlative",
    55,
    "What colour is the cube closest to the front?",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "color"),
)

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C("exist", 56, "Can you see any cylinders?", "exist(sel(cylinder))", lambda s: yes(bool(s.f(shape="cylinder"))))
X(56, "Which of these toys does the kid like best?")

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "compare_attr",
    57,
    "Are the two grey blocks the same size?",
    "same(f(sel(cube), color=gray), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cube", color="gray")}) == 1),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "spatial",
    58,
    "Is the blue ball behind the cyan blok?",
    "exist(f(rel(u(f(sel(cube), color=cyan)), behind), color=blue, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue"}, "behind", {"shape": "cube", "color": "cyan"}),
)

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "superlative",
    59,
    "What colour is the cylinder furthest to the right?",
    "q(ord(sel(cylinder), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "right"), "color"),
)

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus, near the dog), man2 (right, white, blue tie), red bus 'CERO EMISIONES' (large), red sign 'STOP' (top right, right of the bus), white car (bottom left, left of the bus), tree behind the bus, small brown dog, road text 'NO PARKING'
P("count", "street", "How many guys can you see in this photo", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "count",
    "street",
    "ok so how many people are out and about in this one",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P("attribute", "street", "What colour is the doggy?", "q(u(sel(dog)), color)", lambda p: p.value(p.the("dog"), "color"))
P(
    "attribute",
    "street",
    "Is the pup the lady's holding a big one or a small one?",
    "choose(u(rel(u(sel(woman)), holding, role=object)), size, [large, small])",
    lambda p: p.value(only(p.objects_of(p.the("woman"), "holding")), "size"),
)
P(
    "chain",
    "street",
    "What is the lady in green carying?",
    "q(u(rel(u(f(sel(woman), color=green)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman", color="green"), "holding"))),
)
P(
    "chain",
    "street",
    "who's got the dog in their arms",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "text",
    "street",
    "Hey, can you read the red sign for me",
    "q(u(f(sel(sign), color=red)), text)",
    lambda p: p.value(p.the("sign", color="red"), "text"),
)
P(
    "text",
    "street",
    "I'm learning Spanish and I spotted some words written on the side of the big red bus in this photo, could you read them out to me exactly?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "text",
    "street",
    "There's something written on the road near the bottom of the picture, what does it say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "attribute",
    "street",
    "What colour is the automobile?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "position",
    "street",
    "Which side of the photo is the car on?",
    "q(u(sel(car)), hposition)",
    lambda p: p.value(p.the("car"), "hposition"),
)
P(
    "position",
    "street",
    "Where's the stop sign, near the top of the picture or near the bottom?",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
P(
    "spatial",
    "street",
    "What can be seen behind the big red bus?",
    "q(u(rel(u(sel(bus)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("bus")))),
)
P(
    "spatial",
    "street",
    "Is the lady standing behind the bus?",
    "vrel(u(sel(bus)), behind, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "behind", p.the("bus"))),
)
P(
    "superlative",
    "street",
    "Who is standing furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "attribute",
    "street",
    "What colour is the guy on the right dressed in?",
    "q(u(f(sel(man), hposition=right)), color)",
    lambda p: p.value(p.the("man", hposition="right"), "color"),
)
P(
    "exist",
    "street",
    "Does the man in white have a tie on?",
    "exist(rel(u(f(sel(man), color=white)), wearing, role=object, name=tie))",
    lambda p: yes(wears(p, p.the("man", color="white"), "tie")),
)
P(
    "chain",
    "street",
    "whats the colour of the tie on the man in white",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "verify",
    "street",
    "Is the man in black's tie blue?",
    "verify(u(rel(u(f(sel(man), color=black)), wearing, role=object)), color, blue)",
    lambda p: yes(p.value(worn_by(p, p.the("man", color="black")), "color") == "blue"),
)
P(
    "quantifier",
    "street",
    "Are both of the men wearing ties?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(wears(p, m, "tie") for m in p.f("man"))),
)
P(
    "exist",
    "street",
    "Does the woman have a tie on too?",
    "exist(rel(u(sel(woman)), wearing, role=object, name=tie))",
    lambda p: yes(wears(p, p.the("woman"), "tie")),
)
P("count", "street", "How many neckties are there?", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "compare_attr",
    "street",
    "are the two ties the same colour",
    "same(sel(tie), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("tie")}) == 1),
)
P(
    "compare_attr",
    "street",
    "Is the bus the same colour as the stop sign?",
    "same(u(sel(bus)), u(sel(sign)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("sign"), "color")),
)
P(
    "negation",
    "street",
    "How many poeple in this street are without a tie?",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([o for o in people(p) if not wears(p, o, "tie")]),
)
P("exist", "street", "Any cats around?", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P("count", "street", "How many animals are in the street?", "count(sel(animal))", lambda p: n(p.f("dog")))
P(
    "spatial",
    "street",
    "Who's standing next to the dog?",
    "q(u(rel(u(sel(dog)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog")))),
)
P(
    "spatial",
    "street",
    "How many people are to the left of the bus?",
    "count(rel(u(sel(bus)), left, name=person))",
    lambda p: n([o for o in p.subjects("left", p.the("bus")) if o in people(p)]),
)
P(
    "spatial",
    "street",
    "Is the man in black standing to the left of the lady?",
    "exist(f(rel(u(sel(woman)), left, name=man), color=black))",
    lambda p: yes(p.has(p.the("man", color="black"), "left", p.the("woman"))),
)
P(
    "spatial",
    "street",
    "Is the guy in white on the left of the woman?",
    "exist(f(rel(u(sel(woman)), left, name=man), color=white))",
    lambda p: yes(p.has(p.the("man", color="white"), "left", p.the("woman"))),
)
P(
    "position",
    "street",
    "What's the vehicle in the bottom left corner?",
    "q(u(f(sel(vehicle), hposition=left, vposition=bottom)), name)",
    lambda p: p.name(only([o for o in p.f(("bus", "car"), hposition="left", vposition="bottom")])),
)
P(
    "verify",
    "street",
    "Is the bus a big one?",
    "verify(u(sel(bus)), size, large)",
    lambda p: yes(p.value(p.the("bus"), "size") == "large"),
)
P(
    "exist",
    "street",
    "Is anybody dressed in green?",
    "exist(f(sel(person), color=green))",
    lambda p: yes(any(p.value(o, "color") == "green" for o in people(p))),
)
P(
    "chain",
    "street",
    "who's wearing the red tie",
    "q(u(rel(u(f(sel(tie), color=red)), wearing)), name)",
    lambda p: p.name(only(p.subjects("wearing", p.the("tie", color="red")))),
)
P(
    "spatial",
    "street",
    "Is the tree in front of the bus?",
    "vrel(u(sel(bus)), front, name=tree)",
    lambda p: yes(p.has(p.the("tree"), "front", p.the("bus"))),
)
P(
    "compare_attr",
    "street",
    "Are the lady and the car the same colour?",
    "same(u(sel(woman)), u(sel(car)), color)",
    lambda p: yes(p.value(p.the("woman"), "color") == p.value(p.the("car"), "color")),
)
P(
    "chain",
    "street",
    "What's the man on the right wearing round his neck?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), name)",
    lambda p: p.name(worn_by(p, p.the("man", hposition="right"))),
)
P(
    "position",
    "street",
    "Who is in the middle of the picture?",
    "q(u(f(sel(person), hposition=middle)), name)",
    lambda p: p.name(only([o for o in people(p) if p.value(o, "hposition") == "middle"])),
)
P(
    "spatial",
    "street",
    "the car, is it to the left of the bus",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(p.has(p.the("car"), "left", p.the("bus"))),
)
P(
    "chain",
    "street",
    "What colour is the animal the woman is holdng?",
    "q(u(rel(u(sel(woman)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman"), "holding")), "color"),
)
P(
    "two_clause",
    "street",
    "Is the bus red and the car white?",
    "and_(verify(u(sel(bus)), color, red), verify(u(sel(car)), color, white))",
    lambda p: yes(p.value(p.the("bus"), "color") == "red" and p.value(p.the("car"), "color") == "white"),
)
X("street", "What's the name of the guy on the left?")
X("street", "How old is the woman holding the dog?")
X("street", "How much does it cost to ride this bus?")
X("street", "Is the lady in green happy to be carrying her dog?")
X("street", "Will it rain on this street tomorrow?")

# kitchen: cups left to right red (cup1), blue (cup2), white (cup3); white plate between the red and the blue cup, a silver metal fork near it; green bottle 'AGUA' between the blue and the white cup; all six on the brown wooden table; white clock '12:30' above the table; woman in yellow on the right (right of the table and of the white cup). Left/right are stated only between neighbours.
P("count", "kitchen", "how many mugs can u see", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "superlative",
    "kitchen",
    "mug on the far left colour?",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
P(
    "position",
    "kitchen",
    "The middle one of the three cups - which colour is it?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "position",
    "kitchen",
    "Is the white cup on the left or the right?",
    "choose(u(f(sel(cup), color=white)), hposition, [left, right])",
    lambda p: p.value(p.the("cup", color="white"), "hposition"),
)
P(
    "attribute",
    "kitchen",
    "What colour is the fork?",
    "q(u(sel(fork)), color)",
    lambda p: p.value(p.the("fork"), "color"),
)
P(
    "verify",
    "kitchen",
    "is the fork made of metal",
    "verify(u(sel(fork)), material, metal)",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal"),
)
P(
    "attribute",
    "kitchen",
    "Is the table made of wood or glass?",
    "choose(u(sel(table)), material, [wood, glass])",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "attribute",
    "kitchen",
    "What colour is the kitchen table",
    "q(u(sel(table)), color)",
    lambda p: p.value(p.the("table"), "color"),
)
P(
    "text",
    "kitchen",
    "what time is it on the clock",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "text",
    "kitchen",
    "What does the label on the green bottle say?",
    "q(u(f(sel(bottle), color=green)), text)",
    lambda p: p.value(p.the("bottle", color="green"), "text"),
)
P(
    "attribute",
    "kitchen",
    "What colour is the botle?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "spatial",
    "kitchen",
    "Is the bottle on the table?",
    "vrel(u(sel(table)), on, name=bottle)",
    lambda p: yes(p.has(p.the("bottle"), "on", p.the("table"))),
)
P(
    "spatial",
    "kitchen",
    "Is the clock sitting on the table?",
    "vrel(u(sel(table)), on, name=clock)",
    lambda p: yes(p.has(p.the("clock"), "on", p.the("table"))),
)
P(
    "spatial",
    "kitchen",
    "What's that hanging over the table?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "position",
    "kitchen",
    "Where's the clock, at the top or the bottom of the photo?",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)
P(
    "attribute",
    "kitchen",
    "What colour is the lady dressed in?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "spatial",
    "kitchen",
    "Is the woman standing to the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "right", p.the("table"))),
)
P(
    "spatial",
    "kitchen",
    "Which utensil is lying besides the plate?",
    "q(u(rel(u(sel(plate)), near, name=utensil)), name)",
    lambda p: p.name(only(named(p, p.subjects("near", p.the("plate")), "fork", "knife", "spoon"))),
)
P(
    "count",
    "kitchen",
    "Count everything that's sitting on the wooden table",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "exist",
    "kitchen",
    "Is there a knife on the table?",
    "exist(rel(u(sel(table)), on, name=knife))",
    lambda p: yes(bool(named(p, p.subjects("on", p.the("table")), "knife"))),
)
P(
    "chain",
    "kitchen",
    "My mum sent me this photo of her kitchen and I can't see it well on my phone, so can you tell me what colour the cup to the right of the bottle is?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
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
    "Is the blue mug on the right of the plate?",
    "exist(f(rel(u(sel(plate)), right, name=cup), color=blue))",
    lambda p: yes(p.has(p.the("cup", color="blue"), "right", p.the("plate"))),
)
P(
    "spatial",
    "kitchen",
    "Is the white cup to the left of the bottle?",
    "exist(f(rel(u(sel(bottle)), left, name=cup), color=white))",
    lambda p: yes(p.has(p.the("cup", color="white"), "left", p.the("bottle"))),
)
P(
    "compare_attr",
    "kitchen",
    "Are all the cups the same colour?",
    "same(sel(cup), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("cup")}) == 1),
)
P(
    "exist",
    "kitchen",
    "Do you see a green mug anywere?",
    "exist(f(sel(cup), color=green))",
    lambda p: yes(bool(p.f("cup", color="green"))),
)
P(
    "chain",
    "kitchen",
    "Which thing on the table is green?",
    "q(u(f(rel(u(sel(table)), on), color=green)), name)",
    lambda p: p.name(only([o for o in p.subjects("on", p.the("table")) if p.value(o, "color") == "green"])),
)
P(
    "list",
    "kitchen",
    "list the colours of the cups for me",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "count",
    "kitchen",
    "How many white things are on the table?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.value(o, "color") == "white"]),
)
P(
    "compare_count",
    "kitchen",
    "Are there more cups than bottles?",
    "gt(count(sel(cup)), count(sel(bottle)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("bottle"))),
)
P("count", "kitchen", "how many bottles are their", "count(sel(bottle))", lambda p: n(p.f("bottle")))
P(
    "verify",
    "kitchen",
    "Is the plate white?",
    "verify(u(sel(plate)), color, white)",
    lambda p: yes(p.value(p.the("plate"), "color") == "white"),
)
P(
    "spatial",
    "kitchen",
    "Who is standing to the right of the table?",
    "q(u(rel(u(sel(table)), right)), name)",
    lambda p: p.name(only(p.subjects("right", p.the("table")))),
)
P("exist", "kitchen", "Is there a man in the kitchen", "exist(sel(man))", lambda p: yes(bool(p.f("man"))))
P("count", "kitchen", "How many people are in the kitchen?", "count(sel(person))", lambda p: n(people(p)))
P(
    "verify",
    "kitchen",
    "Is that a wooden table?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "list",
    "kitchen",
    "What's sitting on the table apart from the cups?",
    "values(diff(rel(u(sel(table)), on), sel(cup)), name)",
    lambda p: listed(p.name(o) for o in p.subjects("on", p.the("table")) if p.name(o) != "cup"),
)
P(
    "quantifier",
    "kitchen",
    "Are any of the cups not on the table?",
    "exist(diff(sel(cup), rel(u(sel(table)), on)))",
    lambda p: yes(any(not p.has(c, "on", p.the("table")) for c in p.f("cup"))),
)
P(
    "compare_attr",
    "kitchen",
    "Is the bottle the same colour as the red mug?",
    "same(u(sel(bottle)), u(f(sel(cup), color=red)), color)",
    lambda p: yes(p.value(p.the("bottle"), "color") == p.value(p.the("cup", color="red"), "color")),
)
P(
    "chain",
    "kitchen",
    "What's the colour of the mug thats just left of the plate",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
P(
    "superlative",
    "kitchen",
    "Of the three cups, which one is furthest to the right? Tell me its colour",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "negation",
    "kitchen",
    "How many of the mugs are not blue?",
    "count(fn(sel(cup), color=blue))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "blue"]),
)
X("kitchen", "What's the lady's name?")
X("kitchen", "How many euros did the bottle of water cost?")
X("kitchen", "What is the woman going to cook for lunch?")
X("kitchen", "How old is the woman in yellow?")
X("kitchen", "What brand is the clock?")

# park: left to right woman in red (w1, holding the black dog, tree1 behind), boy in blue (near the green wooden bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (near the white dog, tree2 behind); the bench is left of the bike; the frisbee is up at the top
P("count", "park", "How many children can you see?", "count(sel(child))", lambda p: n(kids(p)))
P("count", "park", "how many adults are there in the park", "count(sel(adult))", lambda p: n(grown_ups(p)))
P(
    "attribute",
    "park",
    "What colour is the little girl wearing?",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P(
    "chain",
    "park",
    "What's the little boy tossing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "chain",
    "park",
    "Hey what colour is the boy's frisbee",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "position",
    "park",
    "Where's the frisbee, near the top or near the bottom of the photo?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "chain",
    "park",
    "Who's throwing the frisbe?",
    "q(u(rel(u(sel(frisbee)), throwing)), name)",
    lambda p: p.name(only(p.subjects("throwing", p.the("frisbee")))),
)
P(
    "chain",
    "park",
    "What colour is the dog the lady in red is holding?",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "chain",
    "park",
    "Which woman is holding a dog, the one in red or the one in white?",
    "choose(u(rel(sel(dog), holding, name=woman)), color, [red, white])",
    lambda p: p.value(
        only([w for w in p.f("woman") if any(p.name(d) == "dog" for d in p.objects_of(w, "holding"))]), "color"
    ),
)
P(
    "exist",
    "park",
    "Is the woman in white holding a dog?",
    "exist(rel(u(f(sel(woman), color=white)), holding, role=object, name=dog))",
    lambda p: yes(any(p.name(d) == "dog" for d in p.objects_of(p.the("woman", color="white"), "holding"))),
)
P(
    "chain",
    "park",
    "Who is the white dog next to?",
    "q(u(rel(u(f(sel(dog), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog", color="white")))),
)
P(
    "spatial",
    "park",
    "Is the black dog near the girl?",
    "exist(f(rel(u(sel(girl)), near, name=dog), color=black))",
    lambda p: yes(p.has(p.the("dog", color="black"), "near", p.the("girl"))),
)
P(
    "attribute",
    "park",
    "what colour is the park bench",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "chain",
    "park",
    "Which kid is standing near the bench?",
    "q(u(rel(u(sel(bench)), near, name=child)), name)",
    lambda p: p.name(only([o for o in p.subjects("near", p.the("bench")) if o in kids(p)])),
)
P(
    "spatial",
    "park",
    "Is the bike to the right of the bench?",
    "vrel(u(sel(bench)), right, name=bicycle)",
    lambda p: yes(p.has(p.the("bicycle"), "right", p.the("bench"))),
)
P(
    "spatial",
    "park",
    "Is the lady in white standing next to a bicylce?",
    "exist(f(rel(u(sel(bicycle)), near, name=woman), color=white))",
    lambda p: yes(any(p.has(p.the("woman", color="white"), "near", b) for b in p.f("bicycle"))),
)
P(
    "compare_attr",
    "park",
    "Are both women dressed in the same colour?",
    "same(sel(woman), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("woman")}) == 1),
)
P(
    "spatial",
    "park",
    "Is the boy to the left of the lady in white?",
    "vrel(u(f(sel(woman), color=white)), left, name=boy)",
    lambda p: yes(p.has(p.the("boy"), "left", p.the("woman", color="white"))),
)
P(
    "spatial",
    "park",
    "Is the litle girl on the right of the lady in white?",
    "vrel(u(f(sel(woman), color=white)), right, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "right", p.the("woman", color="white"))),
)
P(
    "spatial",
    "park",
    "We took the kids to the park last Sunday and I'm trying to remember, in this photo, who was it standing in between the boy and the girl?",
    "q(u(diff(rel(u(sel(boy)), right, name=person), diff(rel(u(sel(boy)), right, name=person), rel(u(sel(girl)), left)))), name)",
    lambda p: p.name(
        only([o for o in people(p) if p.has(o, "right", p.the("boy")) and p.has(o, "left", p.the("girl"))])
    ),
)
P(
    "superlative",
    "park",
    "Who's on the far left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "position",
    "park",
    "What colour is the person second from the left wearing?",
    "q(ord(sel(person), left, 2), color)",
    lambda p: p.value(side_of(p, people(p), "left", 2), "color"),
)
P(
    "spatial",
    "park",
    "Is there a tree behind the girl?",
    "vrel(u(sel(girl)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("girl")), "tree"))),
)
P(
    "list",
    "park",
    "What colour are the trees?",
    "values(sel(tree), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("tree")),
)
P("count", "park", "How many pups are in the park?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "compare_attr",
    "park",
    "Are the two dogs the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "position",
    "park",
    "Is the white dog on the left or the right side of the photo?",
    "choose(u(f(sel(dog), color=white)), hposition, [left, right])",
    lambda p: p.value(p.the("dog", color="white"), "hposition"),
)
P(
    "compare_attr",
    "park",
    "Is the bench the same colour as the trees",
    "same(u(sel(bench)), sel(tree), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f(("bench", "tree"))}) == 1),
)
P(
    "exist",
    "park",
    "Is anyone wearing pink?",
    "exist(f(sel(person), color=pink))",
    lambda p: yes(any(p.value(o, "color") == "pink" for o in people(p))),
)
P(
    "attribute",
    "park",
    "Who is dressed in pink?",
    "q(u(f(sel(person), color=pink)), name)",
    lambda p: p.name(only([o for o in people(p) if p.value(o, "color") == "pink"])),
)
P(
    "compare_count",
    "park",
    "Are there more dogs than children?",
    "gt(count(sel(dog)), count(sel(child)))",
    lambda p: yes(len(p.f("dog")) > len(kids(p))),
)
P(
    "compare_count",
    "park",
    "Are there as many dogs as there are kids?",
    "eq(count(sel(dog)), count(sel(child)))",
    lambda p: yes(len(p.f("dog")) == len(kids(p))),
)
P(
    "chain",
    "park",
    "What colour is the woman who is holding the dog wearing?",
    "q(u(rel(sel(dog), holding, name=woman)), color)",
    lambda p: p.value(
        only([w for w in p.f("woman") if any(p.name(d) == "dog" for d in p.objects_of(w, "holding"))]), "color"
    ),
)
P(
    "chain",
    "park",
    "Which piece of furniture is the boy standing next to?",
    "q(u(rel(u(sel(boy)), near, name=furniture)), name)",
    lambda p: p.name(only(named(p, p.subjects("near", p.the("boy")), "bench", "chair", "table", "sofa"))),
)
P(
    "spatial",
    "park",
    "How many people are standing to the right of the lady in red?",
    "count(rel(u(f(sel(woman), color=red)), right, name=person))",
    lambda p: n([o for o in people(p) if p.has(o, "right", p.the("woman", color="red"))]),
)
P(
    "chain",
    "park",
    "the dog near the girl in pink, is it black or white",
    "choose(u(rel(u(f(sel(girl), color=pink)), near, name=dog)), color, [black, white])",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl", color="pink")), "dog")), "color"),
)
P(
    "verify",
    "park",
    "Is the bench wooden",
    "verify(u(sel(bench)), material, wood)",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood"),
)
P(
    "negation",
    "park",
    "How many people in the park aren't wearing red?",
    "count(fn(sel(person), color=red))",
    lambda p: n([o for o in people(p) if p.value(o, "color") != "red"]),
)
P(
    "two_clause",
    "park",
    "Is there a bench and a bike in this photo?",
    "and_(exist(sel(bench)), exist(sel(bicycle)))",
    lambda p: yes(bool(p.f("bench")) and bool(p.f("bicycle"))),
)
X("park", "What's the little girl's name?")
X("park", "How old is the boy in blue?")
X("park", "What brand is the red bike?")
X("park", "Is the boy having fun?")
X("park", "What will the woman in white do next with her bike?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left, right under the red circle), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle). The triangle's box is the largest, the small blue circle's the smallest.
P("count", "shapes", "how many figures are drawn here", "count(scene())", lambda p: n(p.objects))
P("count", "shapes", "How many blue ones are there?", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P(
    "attribute",
    "shapes",
    "What colour is the hexagon",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "attribute",
    "shapes",
    "What colour is the rectangle?",
    "q(u(f(scene(), shape=rectangle)), color)",
    lambda p: p.value(p.the("rectangle"), "color"),
)
P(
    "verify",
    "shapes",
    "Is the square blue?",
    "verify(u(sel(square)), color, blue)",
    lambda p: yes(p.value(p.the("square"), "color") == "blue"),
)
P(
    "attribute",
    "shapes",
    "What shape is the green one?",
    "q(u(f(scene(), color=green)), shape)",
    lambda p: p.value(p.the(color="green"), "shape"),
)
P(
    "position",
    "shapes",
    "What shape is right in the centre of the pictrue?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "count",
    "shapes",
    "How many circles are blue?",
    "count(f(sel(circle), color=blue))",
    lambda p: n(p.f("circle", color="blue")),
)
P(
    "compare_attr",
    "shapes",
    "Is the red circle bigger than the blue circle?",
    "larger(u(f(sel(circle), color=red)), u(f(sel(circle), color=blue)))",
    lambda p: is_bigger(p, p.the("circle", color="red"), p.the("circle", color="blue")),
)
P(
    "compare_attr",
    "shapes",
    "Is the star bigger than the hexagon?",
    "larger(u(sel(star)), u(sel(hexagon)))",
    lambda p: is_bigger(p, p.the("star"), p.the("hexagon")),
)
P(
    "compare_attr",
    "shapes",
    "Which is bigger, the square or the star?",
    "compare(u(sel(square)), u(sel(star)), bigger)",
    lambda p: p.name(bigger_one(p, p.the("square"), p.the("star"))),
)
P(
    "superlative",
    "shapes",
    "Which shape takes up the most room?",
    "q(ord(scene(), largest, 1), shape)",
    lambda p: p.value(extreme_size(p, list(p.objects), largest=True), "shape"),
)
P(
    "superlative",
    "shapes",
    "What colour is the smallest shape?",
    "q(ord(scene(), smallest, 1), color)",
    lambda p: p.value(extreme_size(p, list(p.objects), largest=False), "color"),
)
P(
    "count",
    "shapes",
    "How many shapes are on the left-hand side?",
    "count(f(scene(), hposition=left))",
    lambda p: n(p.f(hposition="left")),
)
P(
    "count",
    "shapes",
    "how many shapes sit along the top",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "position",
    "shapes",
    "Which shape is at the bottom in the middle?",
    "q(u(f(scene(), hposition=middle, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="bottom"), "shape"),
)
P(
    "position",
    "shapes",
    "What colour is the shape at the top in the middle?",
    "q(u(f(scene(), hposition=middle, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="top"), "color"),
)
P(
    "verify",
    "shapes",
    "Is the triangle over on the right?",
    "verify(u(sel(triangle)), hposition, right)",
    lambda p: yes(p.value(p.the("triangle"), "hposition") == "right"),
)
P(
    "superlative",
    "shapes",
    "What's the rightmost shape on the bottom row?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P("exist", "shapes", "Is there anything pink", "exist(f(scene(), color=pink))", lambda p: yes(bool(p.f(color="pink"))))
P(
    "compare_count",
    "shapes",
    "Are there more blue shapes than yellow ones?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=yellow)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="yellow"))),
)
P(
    "count",
    "shapes",
    "How many shapes are big and red?",
    "count(f(scene(), size=large, color=red))",
    lambda p: n(p.f(size="large", color="red")),
)
P(
    "number",
    "shapes",
    "How many more small shapes are there than big ones?",
    "sub(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: str(len(p.f(size="small")) - len(p.f(size="large"))),
)
P(
    "list",
    "shapes",
    "Which shapes are large?",
    "values(f(scene(), size=large), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(size="large")),
)
P(
    "compare_attr",
    "shapes",
    "Are the star and the big circle the same colour?",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color")),
)
P(
    "compare_attr",
    "shapes",
    "Is the hexagon the same colur as the square?",
    "same(u(sel(hexagon)), u(sel(square)), color)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == p.value(p.the("square"), "color")),
)
P(
    "position",
    "shapes",
    "For my daughter's homework she has to describe this drawing, so tell me, which colour is the shape that sits directly above the yellow rectangle?",
    "q(u(f(scene(), hposition=left, vposition=top)), color)",
    lambda p: p.value(right_above(p, p.the("rectangle", color="yellow")), "color"),
)
P(
    "position",
    "shapes",
    "In the bottom row, what's the shape right next to the rectangle?",
    "q(ord(f(scene(), vposition=bottom), left, 2), shape)",
    lambda p: p.value(only(row_neighbours(p, "bottom", p.the("rectangle"))), "shape"),
)
P(
    "attribute",
    "shapes",
    "How many sides does the hexagon have?",
    "q(u(sel(hexagon)), sides)",
    lambda p: str(SIDES[p.value(p.the("hexagon"), "shape")]),
)
P(
    "number",
    "shapes",
    "how many different colours can you see in this drawing",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "quantifier",
    "shapes",
    "Is every shape in the bottom row small?",
    "not_(exist(fn(f(scene(), vposition=bottom), size=small)))",
    lambda p: yes(all(p.value(o, "size") == "small" for o in p.f(vposition="bottom"))),
)
P(
    "compare_attr",
    "shapes",
    "Is the star bigger than the little blue circle?",
    "larger(u(sel(star)), u(f(sel(circle), size=small, color=blue)))",
    lambda p: is_bigger(p, p.the("star"), p.the("circle", size="small", color="blue")),
)
X("shapes", "What's the name of the artist who made this drawing?")
X("shapes", "How much would this drawing sell for?")
X("shapes", "What was the artist feeling when they drew the star?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
