# ruff: noqa: E501
"""Blind paraphrase set 47: people with a job to do. Every question is asked by someone who needs the answer for a
practical task and says the task along with the question: a parent tidying toys ("I'm putting the metal ones in the
magnet tray, how many go in?"), a stocktaker or warehouse picker ("Stock check: rubber cylinders?"), a robot
operator planning a pick ("Before the gripper takes the small purple sphere, how many things are in front of it?"),
a teacher preparing a worksheet, a shopkeeper restocking, a game master hiding treasure, a safety or insurance
inspector, a recycler sorting by material, a photographer framing a shot, a parking warden, a park ranger, a
crossing guard. The job comes first, last or in the middle; the question is often embedded or indirect ("I need to
know whether ...", "could you check which colours ...", "tell me if ..."), carries a purpose clause ("so I can
order matching caps"), a conditional whose condition holds in the picture ("If there's a blue cube in there, is it
metal?"), two requests that end in one answer ("Find the cyan cube and tell me what it's made of"), or a demand on
the answer's form ("just the number", "one word", "digits only", "colour only"). Numbers come as digits and as words
("at least 4", "exactly two"); the questions ask counts, existence, attributes, lists ("which colours are the
cylinders"), comparisons of counts, superlatives by position, one-hop relations, negation, quantifiers ("all",
"every", "none of", "any", "both") and the text on signs, bottles and clocks. Lengths run from three words to about
forty.

About 55% ask about CLEVR val scenes, 30% about the photo-like graphs (street, kitchen, park), 15% about the
drawing of flat shapes; about one in ten must be refused, each in the same practical voice (prices and values for a
claim, weights for posting, owners for the lost and found, names for a form, feelings and preferences, intentions,
what happens next, why). "The X" is only used where exactly one X matches; places and orders are only asked where a
careful person could call them (the tie margin TIE of the thirty-ninth and forty-sixth sets' helpers, 40 pixels on
the drawings), and nothing is asked of the photo graphs that their stated relations and attributes leave open.
Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other set but the
thirty-ninth and forty-sixth (read for the format only), and never run through nsvr's parser or planner.

Run ``python build_blind47.py`` to write ``../blind47.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind47.jsonl"
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


def every(s: Clevr, ids: list[int], **want) -> str:
    """yes/no: every object of ids has every given attribute value."""
    return yes(all(all(s.a(i, k) == v for k, v in want.items()) for i in ids))


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph (front), large blue metal sph (far left), large green rubber cyl
C(
    "count",
    0,
    "Tidying the toy shelf: the balls go in one tub. How many go in?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    0,
    "I'm labelling the bins by material. Which bin does the cylinder go in, rubber or metal?",
    "choose(u(sel(cylinder)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)

# scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl, small blue rubber cyl, small brown metal sph (far left)
C(
    "count",
    1,
    "Stock check: rubber cylinders?",
    "count(f(sel(cylinder), material=rubber))",
    lambda s: n(s.f(shape="cylinder", material="rubber")),
)
C(
    "spatial",
    1,
    "Before the robot grabs the brown sphere I need to know how many objects sit to its right.",
    "count(rel(u(f(sel(sphere), color=brown)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="brown"))),
)
X(1, "I'm filling in an insurance claim. How much is the purple cube worth?")

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "verify",
    2,
    "Sorting for recycling here. Is the big cyan cylinder made of metal?",
    "verify(u(f(sel(cylinder), size=large, color=cyan)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large", color="cyan"), "material") == "metal"),
)
C(
    "compare_attr",
    2,
    "For my lesson on sizes, could you check whether the two cylinders are the same size?",
    "same(sel(cylinder), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cylinder")}) == 1),
)

# scene 3: small red metal sph, small purple metal cube (front), large red rubber cyl, large purple rubber cyl (back), small red metal cyl
C(
    "count",
    3,
    "I'm packing the red pieces into the red box. How many pieces is that?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "superlative",
    3,
    "The camera sits at the front and I want the object closest to the lens in focus. What shape is it?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)

# scene 4: nine small things and one large blue metal sph
C(
    "quantifier",
    4,
    "The marble tin only fits small balls. Is every sphere here small?",
    "not_(exist(fn(sel(sphere), size=small)))",
    lambda s: every(s, s.f(shape="sphere"), size="small"),
)
C(
    "spatial",
    4,
    "Robot operator: before I pick up the big blue ball, is there anything in front of it?",
    "exist(rel(u(f(sel(sphere), size=large, color=blue)), front))",
    lambda s: yes(bool(related(s, "front", s.the(shape="sphere", size="large", color="blue")))),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "compare_count",
    5,
    "Teacher here, setting up a counting game: are there more spheres than cubes?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "count",
    5,
    "The metal ones go in the magnet tray. How many go in? Number only.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
X(5, "Which of these did my son like best? I want to buy him another one.")

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "verify",
    6,
    "If there's a blue cube in there, is it metal? Only the metal bits go to recycling.",
    "verify(u(f(sel(cube), color=blue)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="blue"), "material") == "metal"),
)
C(
    "number",
    6,
    "I'm boxing the red things and the purple things together. How many items is that altogether?",
    "add(count(f(scene(), color=red)), count(f(scene(), color=purple)))",
    lambda s: n(s.f(color=("red", "purple"))),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (far right)
C(
    "superlative",
    7,
    "I'm shooting from the right-hand side. Which object sits furthest right? Tell me its colour.",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "quantifier",
    7,
    "For the safety sheet I'm writing down that none of the cubes are rubber. Is that true?",
    "not_(exist(f(sel(cube), material=rubber)))",
    lambda s: yes(not s.f(shape="cube", material="rubber")),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "attribute",
    8,
    "I need the material of the big sphere for the parts list. One word, please.",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "spatial",
    8,
    "About to grab the large grey cylinder with the arm. How many objects are behind it?",
    "count(rel(u(f(sel(cylinder), size=large, color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="large", color="gray"))),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "exist",
    9,
    "I'm looking for a metal cylinder to use as a paperweight. Is there one?",
    "exist(f(sel(cylinder), material=metal))",
    lambda s: yes(bool(s.f(shape="cylinder", material="metal"))),
)
C(
    "compare_attr",
    9,
    "I sort by material, so tell me: are the two green pieces made of the same material?",
    "same(f(scene(), color=green), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(color="green")}) == 1),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "attribute",
    10,
    "Game master here. The players have to find the cube. What colour do I tell them to look for?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "negation",
    10,
    "Everything that isn't metal goes in the rubber bin. How many items is that?",
    "count(fn(scene(), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal"]),
)
X(10, "What is the purple sphere going to be used for tomorrow? I have to plan the room.")

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "verify",
    11,
    "Before I lift the blue cube with the magnet, I need to know whether it's actually metal.",
    "verify(u(f(sel(cube), color=blue)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="blue"), "material") == "metal"),
)
C(
    "superlative",
    11,
    "For the shot list: which ball sits furthest back? Colour only.",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)

# scene 12: small blue metal cube (far left), small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "superlative",
    12,
    "Shelf label for the second item from the left: what shape is it?",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "count",
    12,
    "Checking stock of small cubes, how many are there? Digits please.",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C(
    "superlative",
    12,
    "I'm cropping the left edge of the photo, so what colour is the thing furthest to the left?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph (back), small red rubber sph, large red metal cube
C(
    "spatial",
    13,
    "Before I pick the big red cube, is anything behind it that the arm could knock?",
    "exist(rel(u(f(sel(cube), size=large, color=red)), behind))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="cube", size="large", color="red")))),
)
C(
    "compare_count",
    13,
    "I'm making pairs for a game. Is the number of red things the same as the number of cyan things?",
    "eq(count(f(scene(), color=red)), count(f(scene(), color=cyan)))",
    lambda s: yes(len(s.f(color="red")) == len(s.f(color="cyan"))),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube (back)
C("count", 14, "Quick stock count, just the number: how many items in total?", "count(scene())", lambda s: n(s.all()))
C(
    "verify",
    14,
    "I'm framing the back of the set. Is the grey cube the furthest back of everything?",
    "verify(ord(scene(), behind, 1), shape, cube)",
    lambda s: yes(s.a(nth(s, s.all(), "behind"), "shape") == "cube"),
)

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "list",
    15,
    "I'm writing name tags for the balls. Which colours are the spheres?",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "count",
    15,
    "All the cylinders go in a tube rack. How many slots do I need?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
X(15, "How much would it cost to replace the green ball if my dog chews it up?")

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "quantifier",
    16,
    "The two yellow things go on the top shelf, and only big things fit there. Are they both big?",
    "not_(exist(fn(f(scene(), color=yellow), size=large)))",
    lambda s: every(s, s.f(color="yellow"), size="large"),
)
C(
    "spatial",
    16,
    "Robot check before I pick up the cube: how many things are to the left of it?",
    "count(rel(u(sel(cube)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube"))),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "chain",
    17,
    "Before I move the red cube, what colour is the ball in front of it?",
    "q(u(f(rel(u(f(sel(cube), color=red)), front), shape=sphere)), color)",
    lambda s: s.a(only(among(s, related(s, "front", s.the(shape="cube", color="red")), shape="sphere")), "color"),
)
C(
    "attribute",
    17,
    "I'm packing the ball on its own. Is it big or small?",
    "choose(u(sel(sphere)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere"), "size"),
)
C(
    "compare_attr",
    17,
    "Do the two cubes share a material? They go in the same recycling bag only if they do.",
    "same(sel(cube), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cube")}) == 1),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl (front), large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "count",
    18,
    "Colour lesson prep: how many purple things are there? Just the number.",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "superlative",
    18,
    "Which shape is closest to the camera? I'm setting the focus for a product shot.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "compare_count",
    19,
    "The scrap dealer pays extra for more than five metal pieces. Are there more than 5?",
    "gt(count(f(scene(), material=metal)), num(5))",
    lambda s: yes(len(s.f(material="metal")) > 5),
)
C(
    "verify",
    19,
    "If the big sphere is grey I'll use it as the moon in my diorama. Is it grey?",
    "verify(u(f(sel(sphere), size=large)), color, gray)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "gray"),
)
C(
    "attribute",
    19,
    "Find the cyan cube and tell me what it's made of, I'm sorting for recycling.",
    "q(u(f(sel(cube), color=cyan)), material)",
    lambda s: s.a(s.the(shape="cube", color="cyan"), "material"),
)
X(19, "Why did the kids leave the yellow cube over on the left? I need it for my report.")

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph (far right), small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "compare_count",
    20,
    "Stocktake question: do we have fewer cubes than cylinders?",
    "lt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="cylinder"))),
)
C(
    "spatial",
    20,
    "I'm about to pick up the big cyan ball with the arm; is anything to its right?",
    "exist(rel(u(f(sel(sphere), size=large, color=cyan)), right))",
    lambda s: yes(bool(related(s, "right", s.the(shape="sphere", size="large", color="cyan")))),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "count",
    21,
    "The rubber ones go to the wash basin. How many rubber items are there?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "attribute",
    21,
    "If there's a purple cylinder, what is it made of? I have to log it.",
    "q(u(f(sel(cylinder), color=purple)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="purple"), "material"),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "exist",
    22,
    "Teacher here, I need something round to show the class. Is there any sphere?",
    "exist(sel(sphere))",
    lambda s: yes(bool(s.f(shape="sphere"))),
)
C(
    "compare_attr",
    22,
    "I'm stacking the yellow cylinder on the yellow cube. Are they the same size?",
    "same(f(scene(), color=yellow), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(color="yellow")}) == 1),
)
X(22, "Who left these on my desk? I need to give them back.")

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "attribute",
    23,
    "Writing labels: what colour is the big cylinder? One word.",
    "q(u(f(sel(cylinder), size=large)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "color"),
)
C(
    "spatial",
    23,
    "I'm lining them up for a photo. Is the brown ball to the right of the yellow ball?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), right), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "right", {"shape": "sphere", "color": "yellow"}),
)

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl (far left), large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "count",
    24,
    "Insurance inventory: how many large metal items are there?",
    "count(f(scene(), size=large, material=metal))",
    lambda s: n(s.f(size="large", material="metal")),
)
C(
    "superlative",
    24,
    "Which object is furthest to the left? Tell me its shape so I fit the right gripper.",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "quantifier",
    25,
    "Sandpit rule: none of the spheres may be metal. Is that the case here?",
    "not_(exist(f(sel(sphere), material=metal)))",
    lambda s: yes(not s.f(shape="sphere", material="metal")),
)
C(
    "negation",
    25,
    "For the magnet demo I set aside the things that aren't metal. How many are there?",
    "count(fn(scene(), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal"]),
)
C(
    "exist",
    25,
    "Checking before class: is there a cube made of rubber?",
    "exist(f(sel(cube), material=rubber))",
    lambda s: yes(bool(s.f(shape="cube", material="rubber"))),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "quantifier",
    26,
    "Scrap dealer: is everything in this lot metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "attribute",
    26,
    "I'm pulling out the single rubber item. What shape is it?",
    "q(u(f(scene(), material=rubber)), shape)",
    lambda s: s.a(s.the(material="rubber"), "shape"),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube (front)
C("count", 27, "Inventory: how many cubes? Answer with a digit.", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "spatial",
    27,
    "Before the robot picks up the little red cylinder, is anything in front of it?",
    "exist(rel(u(f(sel(cylinder), size=small, color=red)), front))",
    lambda s: yes(bool(related(s, "front", s.the(shape="cylinder", size="small", color="red")))),
)
X(27, "What's the red cube going to be used for next week?")

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "count",
    28,
    "I'm fitting lids on the cylinders. How many lids do I need?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "verify",
    28,
    "If the ball is brown it goes in the brown box. Is the ball brown?",
    "verify(u(sel(sphere)), color, brown)",
    lambda s: yes(s.a(s.the(shape="sphere"), "color") == "brown"),
)

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl (front), small brown rubber sph
C(
    "superlative",
    29,
    "Photographer: which object is closest to the camera? Just the colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_count",
    29,
    "I'm pairing each cylinder with a sphere. Are there as many cylinders as spheres?",
    "eq(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="sphere"))),
)

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "quantifier",
    30,
    "Nothing small is allowed in the toddler room. Is everything here large?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "count",
    30,
    "How many of these are spheres? I need one bag for each.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "attribute",
    31,
    "There's just one cube and I'm labelling its box. What colour is it?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "spatial",
    31,
    "I run the pick-and-place robot in our lab, and before it reaches for the big blue ball I need to know how many things lie in front of it, because it comes in from the front.",
    "count(rel(u(f(sel(sphere), size=large, color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", size="large", color="blue"))),
)

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "count",
    32,
    "Stocktaking the grey items, how many grey things are there?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "verify",
    32,
    "The red cube is next for the magnet station. Metal or not?",
    "verify(u(f(sel(cube), color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="red"), "material") == "metal"),
)
X(32, "Which of these does the cat prefer to play with? I'm buying her more.")

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "count",
    33,
    "I'm putting away the big ones first. How many large objects are there?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "attribute",
    33,
    "Game master: the treasure is the small sphere. What colour should the players look for?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "quantifier",
    34,
    "Recycling run: are all three of these metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "compare_attr",
    34,
    "I need a matching pair. Are the two cylinders the same colour?",
    "same(sel(cylinder), color)",
    lambda s: yes(len({s.a(i, "color") for i in s.f(shape="cylinder")}) == 1),
)

# scene 35: small purple metal sph (back), large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "count",
    35,
    "I'm building a tower from the cubes. How many cubes have I got?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "spatial",
    35,
    "Before the gripper takes the small purple sphere, how many things are in front of it?",
    "count(rel(u(f(sel(sphere), size=small, color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", size="small", color="purple"))),
)
X(35, "What was the designer trying to say with the red ball?")

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph (back), small gray metal sph, large brown rubber cyl
C(
    "superlative",
    36,
    "I want the ball that is furthest back in my shot. What colour is it?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "exist",
    37,
    "I'm looking for a blue cylinder for the model. Is there one?",
    "exist(f(sel(cylinder), color=blue))",
    lambda s: yes(bool(s.f(shape="cylinder", color="blue"))),
)
C(
    "spatial",
    37,
    "I'm about to pick the large purple cube. How many objects are behind it?",
    "count(rel(u(f(sel(cube), size=large, color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="large", color="purple"))),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "count",
    38,
    "Grading the balls by size for a lesson: how many small balls are there?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "compare_attr",
    38,
    "The two grey cylinders: are they made of the same stuff? It matters for my stock list.",
    "same(f(sel(cylinder), color=gray), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cylinder", color="gray")}) == 1),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "count",
    39,
    "Grey items are half price today. How many grey items are there?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "spatial",
    39,
    "Before the arm picks the brown cylinder, tell me: is the grey cube to its right?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), right), color=gray, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "gray"}, "right", {"shape": "cylinder", "color": "brown"}),
)

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "verify",
    40,
    "I clean the rubber toys separately. Is the brown cylinder rubber?",
    "verify(u(f(sel(cylinder), color=brown)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="brown"), "material") == "rubber"),
)
X(40, "How many grams does the grey cube weigh? I'm posting it to a customer.")

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl (far right), large blue metal cube, small yellow rubber sph
C(
    "list",
    41,
    "Could you check which colours the balls come in? I'm matching paint.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "superlative",
    41,
    "I'm framing from the right. What shape is the item furthest to the right?",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "count",
    42,
    "Blue box time. How many blue things go in it?",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "verify",
    42,
    "If there's a big yellow ball I'll use it as the sun in the display. Is it metal?",
    "verify(u(f(sel(sphere), size=large, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="yellow"), "material") == "metal"),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube (back), large gray rubber sph, small cyan rubber sph
C(
    "superlative",
    43,
    "I'm photographing the back row. Which object is furthest back? Colour only.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(43, "What price should I put on the yellow cube at the market?")

# scene 44: large brown rubber sph (back), small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "compare_count",
    44,
    "I'm sharing them out between two kids. Are there more cubes than balls?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)
C(
    "spatial",
    44,
    "Robot operator here: before grabbing the big brown ball, is there anything behind it?",
    "exist(rel(u(f(sel(sphere), size=large, color=brown)), behind))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="sphere", size="large", color="brown")))),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph (front), large cyan rubber sph, small yellow metal cyl
C(
    "count",
    45,
    "For the stocktake, how many small metal items? Digits only.",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "superlative",
    45,
    "Safety inspector: which item is nearest the front? I need its colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "count",
    46,
    "I'm putting the rubber toys in the bath. How many go in?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "two_clause",
    46,
    "The game needs a red cube and a green ball. Do we have both?",
    "and_(exist(f(sel(cube), color=red)), exist(f(sel(sphere), color=green)))",
    lambda s: yes(bool(s.f(shape="cube", color="red")) and bool(s.f(shape="sphere", color="green"))),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "spatial",
    47,
    "Before the gripper picks the big blue cube, how many items are to the left of it?",
    "count(rel(u(f(sel(cube), size=large, color=blue)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", size="large", color="blue"))),
)
X(47, "Is the little yellow ball lonely out there on the left?")

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "list",
    48,
    "Which colours are the spheres? I'm ordering replacement paint.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "compare_attr",
    48,
    "The two cubes need to stack evenly. Are they the same size?",
    "same(sel(cube), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cube")}) == 1),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "attribute",
    49,
    "The one cube needs a label. What colour is it?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "number",
    49,
    "I have to bag the cylinders and the cubes together. How many items is that?",
    "add(count(sel(cylinder)), count(sel(cube)))",
    lambda s: n(s.f(shape=("cylinder", "cube"))),
)
C(
    "compare_count",
    49,
    "The relay needs at least 4 balls. Do I have four or more spheres?",
    "gt(count(sel(sphere)), num(3))",
    lambda s: yes(len(s.f(shape="sphere")) >= 4),
)

# scene 50: large purple rubber sph (front), large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "exist",
    50,
    "I need to know whether any of these is metal before they go in the microwave.",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "spatial",
    50,
    "Before the robot picks the big purple ball, is there anything in front of it?",
    "exist(rel(u(f(sel(sphere), size=large, color=purple)), front))",
    lambda s: yes(bool(related(s, "front", s.the(shape="sphere", size="large", color="purple")))),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "attribute",
    51,
    "I'm cleaning the big ball and need the right spray. What is it made of?",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "spatial",
    51,
    "For the shot the yellow cube must be in front of the big grey ball. Is it?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=gray)), front), color=yellow, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "yellow"}, "front", {"shape": "sphere", "size": "large", "color": "gray"}
    ),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "count",
    52,
    "Packing the big cubes into the crate. How many?",
    "count(f(sel(cube), size=large))",
    lambda s: n(s.f(shape="cube", size="large")),
)
C(
    "superlative",
    52,
    "The operator wants the cube furthest to the right. What colour is it?",
    "q(ord(sel(cube), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "color"),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "count",
    53,
    "Stocktake, rubber cubes: how many?",
    "count(f(sel(cube), material=rubber))",
    lambda s: n(s.f(shape="cube", material="rubber")),
)
X(53, "Which cube will sell first at the market on Saturday?")

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C(
    "compare_count",
    54,
    "The supplier wants exactly two grey cubes back. Do I have exactly 2?",
    "eq(count(f(sel(cube), color=gray)), num(2))",
    lambda s: yes(len(s.f(shape="cube", color="gray")) == 2),
)
C(
    "exist",
    54,
    "The kids need a ball for the game. Is there a sphere anywhere?",
    "exist(sel(sphere))",
    lambda s: yes(bool(s.f(shape="sphere"))),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "exist",
    55,
    "I'm matching paint to the big red cube. Is anything else already that same colour?",
    "exist(diff(f(scene(), color=red), u(f(sel(cube), size=large, color=red))))",
    lambda s: yes(bool(others(s, s.the(shape="cube", size="large", color="red"), "color"))),
)
C(
    "compare_count",
    55,
    "Planning the bins, so tell me if there are more spheres than cylinders.",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "spatial",
    55,
    "Before I pick up the big red cube, how many objects are behind it?",
    "count(rel(u(f(sel(cube), size=large, color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="large", color="red"))),
)

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "attribute",
    56,
    "There's one metal thing I have to pull out for the magnet. What shape is it?",
    "q(u(f(scene(), material=metal)), shape)",
    lambda s: s.a(s.the(material="metal"), "shape"),
)
C(
    "count",
    56,
    "Count the cubes for me, I'm packing them into a case.",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "count",
    57,
    "How many grey cubes do I have to return to the shop?",
    "count(f(sel(cube), color=gray))",
    lambda s: n(s.f(shape="cube", color="gray")),
)
C(
    "spatial",
    57,
    "Robot operator: before picking the brown cylinder, how many things are to its right?",
    "count(rel(u(f(sel(cylinder), color=brown)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="brown"))),
)
X(57, "These came from the lost and found. Whose is the big blue ball?")

# scene 58: small blue rubber sph (back), large cyan metal cube, large purple metal cube
C(
    "quantifier",
    58,
    "I lift things with a magnet. Are both cubes metal?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: every(s, s.f(shape="cube"), material="metal"),
)
C(
    "superlative",
    58,
    "I'm framing the shot around whatever is furthest back. What shape is it? Shape only.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "list",
    59,
    "I have to restock paint. Could you list the colours of the cylinders?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "compare_count",
    59,
    "I'm planning the shelves: are there fewer spheres than cylinders?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus, small brown dog, road text 'NO PARKING'
P(
    "count",
    "street",
    "Crossing guard here, counting pedestrians. How many people are on this street?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "text",
    "street",
    "I'm writing up this bus for the depot report. What does it say on it?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "text",
    "street",
    "Parking warden: what is painted on the road? I need the exact words for the ticket.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "text",
    "street",
    "For my road-sign survey, could you read me what the sign says?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "attribute",
    "street",
    "I'm making a found-dog flyer. What colour is the dog?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "attribute",
    "street",
    "Insurance assessor: I need the colour of the car for the claim form.",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "count",
    "street",
    "I sell ties on this corner. How many people here are already wearing one?",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "chain",
    "street",
    "I'm sketching the man on the right. What colour is his tie?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="right")), "color"),
)
P(
    "spatial",
    "street",
    "Safety inspector at the bus stop: is the woman standing in front of the bus?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "front", p.the("bus"))),
)
P(
    "chain",
    "street",
    "Dog warden: who is holding the dog? Just say man or woman.",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "spatial",
    "street",
    "I'm planning a shot and don't want clutter in the background. What's behind the bus?",
    "q(u(rel(u(sel(bus)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("bus")))),
)
P(
    "spatial",
    "street",
    "Traffic survey: is the car on the left of the bus?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(p.has(p.the("car"), "left", p.the("bus"))),
)
P(
    "compare_count",
    "street",
    "For the pedestrian tally, do the men outnumber the women?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "count",
    "street",
    "Logging vehicles for a traffic study. How many vehicles? Just the number.",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "exist",
    "street",
    "Cycle lane audit: is there a bicycle anywhere on this street?",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "verify",
    "street",
    "For the fleet report I need to know whether the bus is red.",
    "verify(u(sel(bus)), color, red)",
    lambda p: yes(p.value(p.the("bus"), "color") == "red"),
)
P(
    "compare_attr",
    "street",
    "I'm mixing one paint for both: do the stop sign and the bus share a colour?",
    "same(u(sel(sign)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("sign"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "attribute",
    "street",
    "Casting call notes: what colour is the woman wearing?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "position",
    "street",
    "I'm cropping the photo. Is the stop sign on the left side or the right side?",
    "choose(u(sel(sign)), hposition, [left, right])",
    lambda p: p.value(p.the("sign"), "hposition"),
)
P(
    "spatial",
    "street",
    "Security guard: how many people stand to the right of the woman?",
    "count(rel(u(sel(woman)), right, name=person))",
    lambda p: n([o for o in p.subjects("right", p.the("woman")) if o in people(p)]),
)
P(
    "chain",
    "street",
    "I'm drawing the man dressed in black. His tie, what colour?",
    "q(u(rel(u(f(sel(man), color=black)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="black")), "color"),
)
P(
    "verify",
    "street",
    "The kennel only takes small dogs. Is this dog small?",
    "verify(u(sel(dog)), size, small)",
    lambda p: yes(p.value(p.the("dog"), "size") == "small"),
)
P(
    "quantifier",
    "street",
    "Dress-code check for the office: are all the men wearing ties?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
X("street", "I'm filing a complaint. What is the bus driver's name?")
X("street", "Budgeting the trip: how much does a ticket on this bus cost?")
X("street", "I'm writing a story about her. Where is the woman taking the dog?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right
P(
    "count",
    "kitchen",
    "We're hosting eight people tonight and I'm working out how many more cups to buy, so first tell me how many cups are already sitting on the table.",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "text",
    "kitchen",
    "I'm keeping a cooking log. What time does the clock show?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "text",
    "kitchen",
    "Adding it to the shopping list: what's written on the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "attribute",
    "kitchen",
    "For the furniture inventory, what is the table made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "verify",
    "kitchen",
    "Is the fork metal? If it is, it can't go in the microwave.",
    "verify(u(sel(fork)), material, metal)",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal"),
)
P(
    "spatial",
    "kitchen",
    "Loading the dishwasher: what is lying near the plate?",
    "q(u(rel(u(sel(plate)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("plate")))),
)
P(
    "superlative",
    "kitchen",
    "I wash the cups from right to left. What colour is the rightmost cup?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "chain",
    "kitchen",
    "Which cup is to the left of the plate? Tell me its colour so I can grab it.",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
P(
    "list",
    "kitchen",
    "Could you check which colours the cups are? I'm buying matching saucers.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "count",
    "kitchen",
    "Clearing the table after lunch. How many things are sitting on it?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "exist",
    "kitchen",
    "I need a knife for the cheese. Is there one in this kitchen?",
    "exist(sel(knife))",
    lambda p: yes(bool(p.f("knife"))),
)
P(
    "attribute",
    "kitchen",
    "Home-staging notes: what colour is the woman wearing?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "spatial",
    "kitchen",
    "I'm deciding where the extra chair goes. Is the woman to the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "right", p.the("table"))),
)
P(
    "spatial",
    "kitchen",
    "Safety check for anything that could fall: what is above the table?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "negation",
    "kitchen",
    "I'm keeping the blue cup out. How many cups aren't blue? Those go in the sink.",
    "count(fn(sel(cup), color=blue))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "blue"]),
)
P(
    "compare_attr",
    "kitchen",
    "Interior designer here: is the bottle the same colour as the table?",
    "same(u(sel(bottle)), u(sel(table)), color)",
    lambda p: yes(p.value(p.the("bottle"), "color") == p.value(p.the("table"), "color")),
)
P(
    "verify",
    "kitchen",
    "Sorting glass for recycling, green goes separately. Is the bottle green?",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
P(
    "chain",
    "kitchen",
    "I'm grabbing the cup on the right-hand side of the bottle. What colour is it?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "count",
    "kitchen",
    "Doing a load of whites: how many white things are on the table?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.value(o, "color") == "white"]),
)
P(
    "exist",
    "kitchen",
    "Before I pick up the plate, I need to know if there's a cup on its right.",
    "exist(rel(u(sel(plate)), right, name=cup))",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("plate")), "cup"))),
)
P(
    "compare_count",
    "kitchen",
    "One saucer per cup, one mat per plate: are there more cups than plates?",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
X("kitchen", "Doing the home insurance: how much did that clock cost?")
X("kitchen", "Is the woman hungry? I'm deciding whether to start cooking.")
X("kitchen", "What will the woman pour into the blue cup next? I want to have it ready.")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees
P(
    "count",
    "park",
    "Park ranger headcount: how many people are in the park?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "count",
    "park",
    "I'm the park ranger on the afternoon round and for the dog-licence report I have to write down how many dogs are in the park right now; just the number please.",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "attribute",
    "park",
    "Find the frisbee and tell me its colour for the lost property log.",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "chain",
    "park",
    "Coach here, watching the kid. What is the boy throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "chain",
    "park",
    "I have a spare leash for whoever is holding the black dog. Who is it?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "attribute",
    "park",
    "Bench repair: is the bench wood or metal? I need the right paint.",
    "choose(u(sel(bench)), material, [wood, metal])",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "attribute",
    "park",
    "For the missing-child description, what colour is the girl wearing?",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P(
    "chain",
    "park",
    "I'm the dog walker. Which dog is near the girl? Colour please.",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P("count", "park", "Tree survey for the council: how many trees?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "verify",
    "park",
    "Filling in a bike theft report. Is the bicycle red?",
    "verify(u(sel(bicycle)), color, red)",
    lambda p: yes(p.value(p.the("bicycle"), "color") == "red"),
)
P(
    "chain",
    "park",
    "Checking for unattended items: what is near the woman in white?",
    "q(u(rel(u(f(sel(woman), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("woman", color="white")))),
)
P(
    "compare_count",
    "park",
    "One treat per dog and one badge per person. Are there more people than dogs?",
    "gt(count(sel(person)), count(sel(dog)))",
    lambda p: yes(len(people(p)) > len(p.f("dog"))),
)
P(
    "spatial",
    "park",
    "Photographer lining up a shot: is the boy to the left of the girl?",
    "vrel(u(sel(girl)), left, name=boy)",
    lambda p: yes(p.has(p.the("boy"), "left", p.the("girl"))),
)
P(
    "spatial",
    "park",
    "I need a clear background behind the woman in red. What's behind her?",
    "q(u(rel(u(f(sel(woman), color=red)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("woman", color="red")))),
)
P(
    "superlative",
    "park",
    "I'm cropping out whoever is on the far right. Which person is that?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "spatial",
    "park",
    "Event steward: how many people are to the right of the boy?",
    "count(rel(u(sel(boy)), right, name=person))",
    lambda p: n([o for o in p.subjects("right", p.the("boy")) if o in people(p)]),
)
P(
    "exist",
    "park",
    "Green is our team colour. Is anyone wearing green?",
    "exist(f(sel(person), color=green))",
    lambda p: yes(any(p.value(o, "color") == "green" for o in people(p))),
)
P(
    "count",
    "park",
    "I'm handing out race numbers to the women. How many women are there?",
    "count(sel(woman))",
    lambda p: n(p.f("woman")),
)
P(
    "spatial",
    "park",
    "Drawing a map of the path: is the bicycle on the right of the bench?",
    "vrel(u(sel(bench)), right, name=bicycle)",
    lambda p: yes(p.has(p.the("bicycle"), "right", p.the("bench"))),
)
P(
    "verify",
    "park",
    "The council wants every bench painted green. Is this one green already?",
    "verify(u(sel(bench)), color, green)",
    lambda p: yes(p.value(p.the("bench"), "color") == "green"),
)
P(
    "two_clause",
    "park",
    "Vet appointment list: is there a black dog and a white dog?",
    "and_(exist(f(sel(dog), color=black)), exist(f(sel(dog), color=white)))",
    lambda p: yes(bool(p.f("dog", color="black")) and bool(p.f("dog", color="white"))),
)
X("park", "I need it for the register. What is the girl's dog called?")
X("park", "Why is the woman in white standing by the bike? I'm writing a report.")
X("park", "Will it rain in the park this afternoon? I'm planning a picnic.")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P(
    "count",
    "shapes",
    "Teacher making a worksheet: how many shapes are in the drawing?",
    "count(scene())",
    lambda p: n(p.objects),
)
P(
    "count",
    "shapes",
    "The kids have to colour in the circles. How many circles are there?",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "attribute",
    "shapes",
    "For the answer key, what colour is the star?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "attribute",
    "shapes",
    "I'm cutting these out of card. The yellow one, what shape is it?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
P(
    "verify",
    "shapes",
    "Answer key check: is the hexagon blue?",
    "verify(u(sel(hexagon)), color, blue)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "blue"),
)
P(
    "count",
    "shapes",
    "One blue crayon per blue shape. How many crayons do I hand out?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "attribute",
    "shapes",
    "I need to cut the triangle out at the right size. Is it big or small?",
    "choose(u(sel(triangle)), size, [large, small])",
    lambda p: p.value(p.the("triangle"), "size"),
)
P(
    "position",
    "shapes",
    "I'm describing the sheet to a student over the phone. Which shape is in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "position",
    "shapes",
    "For the lesson I'm pointing at the bottom right corner. What shape is there?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "position",
    "shapes",
    "I'm preparing tomorrow's maths lesson for my seven-year-olds and want the answer key right, so could you tell me what colour the shape in the very middle of the drawing is?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)
P(
    "count",
    "shapes",
    "I'm cutting the sheet in half. How many shapes are in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "exist",
    "shapes",
    "A pupil says there's a green circle. I need to check: is there one?",
    "exist(f(sel(circle), color=green))",
    lambda p: yes(bool(p.f("circle", color="green"))),
)
P(
    "exist",
    "shapes",
    "I've run out of orange paint. Is there any orange shape?",
    "exist(f(scene(), color=orange))",
    lambda p: yes(bool(p.f(color="orange"))),
)
P(
    "count",
    "shapes",
    "The large shapes need bigger frames. How many large shapes?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "compare_attr",
    "shapes",
    "I'm using one template for both circles. Are they the same size?",
    "same(sel(circle), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
P(
    "count",
    "shapes",
    "My stickers are small and blue. How many shapes match them?",
    "count(f(scene(), size=small, color=blue))",
    lambda p: n(p.f(size="small", color="blue")),
)
P(
    "superlative",
    "shapes",
    "The tracing starts at the far left. Which shape is furthest left?",
    "q(ord(scene(), left, 1), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "shape"),
)
P(
    "superlative",
    "shapes",
    "In the top row, which shape is on the far right? It goes on the answer key.",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "I'm rationing paint: are there more red shapes than green ones?",
    "gt(count(f(scene(), color=red)), count(f(scene(), color=green)))",
    lambda p: yes(len(p.f(color="red")) > len(p.f(color="green"))),
)
P(
    "two_clause",
    "shapes",
    "My worksheet needs both a star and a hexagon. Are both there?",
    "and_(exist(sel(star)), exist(sel(hexagon)))",
    lambda p: yes(bool(p.f("star")) and bool(p.f("hexagon"))),
)
P(
    "verify",
    "shapes",
    "The answer key puts the star in the bottom row. Is that right?",
    "verify(u(sel(star)), vposition, bottom)",
    lambda p: yes(p.value(p.the("star"), "vposition") == "bottom"),
)
P(
    "superlative",
    "shapes",
    "I'll buy extra of whichever colour shows up most. Which colour is that?",
    "common_value(scene(), color)",
    lambda p: Counter(p.value(o, "color") for o in p.objects).most_common(1)[0][0],
)
P(
    "number",
    "shapes",
    "I need one pen per colour. How many different colours are in the drawing?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "quantifier",
    "shapes",
    "I only have blue paper for the small ones. Are all the small shapes blue?",
    "not_(exist(fn(f(scene(), size=small), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f(size="small"))),
)
P(
    "number",
    "shapes",
    "Triangles plus squares: how many do I need to cut out? Just the number.",
    "add(count(sel(triangle)), count(sel(square)))",
    lambda p: str(len(p.f("triangle")) + len(p.f("square"))),
)
P(
    "list",
    "shapes",
    "Making the answer key: which shapes are blue?",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "negation",
    "shapes",
    "Everything that isn't red gets a blue frame. How many frames?",
    "count(fn(scene(), color=red))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "red"]),
)
P(
    "attribute",
    "shapes",
    "I'm tracing the small red one. What shape is it?",
    "q(u(f(scene(), size=small, color=red)), shape)",
    lambda p: p.value(p.the(size="small", color="red"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Pairing circles with triangles for a game. Are there as many circles as triangles?",
    "eq(count(sel(circle)), count(sel(triangle)))",
    lambda p: yes(len(p.f("circle")) == len(p.f("triangle"))),
)
P(
    "compare_count",
    "shapes",
    "The demo needs three blue shapes. Are there at least 3?",
    "gt(count(f(scene(), color=blue)), num(2))",
    lambda p: yes(len(p.f(color="blue")) >= 3),
)
P(
    "position",
    "shapes",
    "Pasting it on the board: is the hexagon in the top row or the bottom row?",
    "choose(u(sel(hexagon)), vposition, [top, bottom])",
    lambda p: p.value(p.the("hexagon"), "vposition"),
)
X("shapes", "Which of these shapes will the children like best?")
X("shapes", "I'm doing the budget. How much did the ink for this drawing cost?")
X("shapes", "Why did the artist make the triangle green? I have to explain it in class.")
X("shapes", "Who drew this? I need to credit them on the handout.")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
