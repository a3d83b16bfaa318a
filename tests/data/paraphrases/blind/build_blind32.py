# ruff: noqa: E501
"""Blind paraphrase set 32: the voice of test-makers and tutors. Questions written as reasoning exercises about a
picture, for students or for evaluating an AI: a premise first ("Suppose you are looking at the scene from the
front...", "Given that there is exactly one cyan object, ..."), a restriction of the domain ("Consider only the metal
objects. How many of them are cubes?", "How many ... if we ignore the cylinders?"), imperative prompts ("Name the
colour of ...", "Determine whether ...", "Fill in: the object behind the red sphere is a ____."), "True or false: ..."
statements, two-option statements ("Which statement is true: (a) ... or (b) ...?") where they come down to a choice
between two values or two relations, comparisons of two objects or two counts, "Of all the objects to the left of X,
which one is closest to the camera?", multi-step instructions ("First find ... Then look at ... What is it made of?")
and scratchpad-like prompts ("Step 1: locate ... Step 2: ... Answer:"), and an ordinary typo or a missing question
mark in about one question in twelve. About a tenth ask what the scene data cannot tell (feelings, intentions,
time, weight, brand, hidden sides, text no object carries, counterfactual physics) and must be refused.

Written from scratch without reading the parser, the grammar or any earlier set but the twenty-third (read for the
record format and the helper conventions only); every answer is computed in plain Python from the scene JSON with
the blind_gold helpers, and questions a careful person could not call (objects nearly level with the anchor, a
nearest or farthest one not clearly so, ties) are kept out by the helpers below raising NotUnique.

Run ``python build_blind32.py`` to write ``../blind32.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind32.jsonl"
Q, C, P, X = question_recorder()

# an object within TIE scene units of the anchor along the axis asked could be on either side of it; a nearest,
# farthest or k-th one must beat its runner-up by GAP scene units; "directly" behind or in front means at most
# ALIGNED units off to the side
TIE = 0.25
GAP = 0.5
ALIGNED = 1.0
# how far apart (pixels) two box centres must be for a photo's left-to-right order to be called
PIXELS = 40


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th object of ids counted from ``side`` (left, right, front, behind); NotUnique when a neighbour in that
    order lies within GAP of it."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = along(s, order[k - 1], side)
    if any(abs(along(s, order[j], side) - here) < GAP for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique(f"too close to call ({side} {k})")
    return order[k - 1]


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects ``relation`` (left, right, front, behind) of the anchor; NotUnique when any object lies within
    TIE of the anchor along that axis."""
    here = along(s, anchor, relation)
    for j in s.all():
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return s.rel(relation, anchor)


def is_rel(s: Clevr, target: int, relation: str, anchor: int) -> str:
    """yes/no: object ``target`` is ``relation`` of object ``anchor`` (NotUnique when they are nearly level)."""
    if abs(along(s, target, relation) - along(s, anchor, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(target in s.rel(relation, anchor))


def dist(s: Clevr, a: int, b: int) -> float:
    return math.dist(s.objects[a]["3d_coords"], s.objects[b]["3d_coords"])


def nearest(s: Clevr, ids: list[int], anchor: int, far: bool = False) -> int:
    """The object of ids (the anchor left out) nearest to (farthest from) the anchor; NotUnique unless it beats the
    runner-up by GAP."""
    order = sorted((i for i in ids if i != anchor), key=lambda i: dist(s, i, anchor), reverse=far)
    if not order:
        raise NotUnique("nothing to measure")
    if len(order) > 1 and abs(dist(s, order[0], anchor) - dist(s, order[1], anchor)) < GAP:
        raise NotUnique("about equally far")
    return order[0]


def directly(s: Clevr, relation: str, anchor: int) -> int:
    """The one object ``relation`` (front, behind) of the anchor, nearly in line with it."""
    found = only(related(s, relation, anchor))
    if abs(along(s, found, "left") - along(s, anchor, "left")) > ALIGNED:
        raise NotUnique("not in line")
    return found


def others(s: Clevr, anchor: int, attribute: str) -> list[int]:
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def most_common(values) -> str:
    tally = Counter(values).most_common()
    if len(tally) > 1 and tally[0][1] == tally[1][1]:
        raise NotUnique(f"tie {tally[:2]}")
    return tally[0][0]


def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def bigger_shape(s: Clevr, a: int, b: int, size: str = "large") -> str:
    """The shape of the larger (``size="small"``: the smaller) of two objects; NotUnique when they are one size."""
    if s.a(a, "size") == s.a(b, "size"):
        raise NotUnique("one size")
    return s.a(a if s.a(a, "size") == size else b, "shape")


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def side_of(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    centre = {i: (p.objects[i]["box"][0] + p.objects[i]["box"][2]) / 2 for i in ids}
    order = p.by_x(ids)
    if side == "right":
        order = order[::-1]
    here = centre[order[k - 1]]
    if any(abs(centre[order[j]] - here) < PIXELS for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def named(p: Photo, ids: list[str], name: str) -> list[str]:
    return [o for o in ids if p.name(o) == name]


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0
C(
    "attribute",
    0,
    "Given that there is exactly one cylinder in the picture, what colour is it?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "verify_spatial",
    0,
    "True or false: the blue ball is farther from the camera than the yellow ball.",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), behind), color=blue, shape=sphere))",
    lambda s: is_rel(s, s.the(shape="sphere", color="blue"), "behind", s.the(shape="sphere", color="yellow")),
)
C(
    "compare_attr",
    0,
    "Determine whether the two spheres are made of the same material.",
    "same(sel(sphere), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="sphere")}) == 1),
)
X(0, "Suppose somebody gave the big blue ball a push. In which direction would it roll?")

# scene 1
C(
    "count",
    1,
    "Consider only the rubber objects. How many of them are cubes",
    "count(f(scene(), material=rubber, shape=cube))",
    lambda s: n(s.f(material="rubber", shape="cube")),
)
C(
    "superlative",
    1,
    "Fill in the blank: the object farthest to the left is made of ____.",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)
C(
    "spatial",
    1,
    "Suppose you are looking at the scene from the front. How many objects are closer to you than the purple cube?",
    "count(rel(u(f(sel(cube), color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="purple"))),
)

# scene 2
C(
    "choice",
    2,
    "Which statement is true: (a) the cyan cylinder is made of metal, or (b) the cyan cylinder is made of rubber?",
    "choose(u(f(sel(cylinder), color=cyan)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder", color="cyan"), "material"),
)
C(
    "spatial",
    2,
    "Suppose you are looking at the scene from the front. How many objects are behind the big green cube?",
    "count(rel(u(f(sel(cube), size=large, color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="large", color="green"))),
)

# scene 3
C(
    "negation",
    3,
    "How many red objects are there if we ignore the cylinders?",
    "count(fn(f(scene(), color=red), shape=cylinder))",
    lambda s: n([i for i in s.f(color="red") if s.a(i, "shape") != "cylinder"]),
)
C(
    "superlative",
    3,
    "Of all the objects to the left of the large red cylinder, which one is closest to the camera? Give its shape.",
    "q(ord(rel(u(f(sel(cylinder), size=large, color=red)), left), front, 1), shape)",
    lambda s: s.a(nth(s, related(s, "left", s.the(shape="cylinder", size="large", color="red")), "front"), "shape"),
)
C(
    "compare_attr",
    3,
    "Do the small red ball and the small red cylinder have the same material? Answer yes or no.",
    "same(u(f(sel(sphere), size=small, color=red)), u(f(sel(cylinder), size=small, color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="red"), "material")
        == s.a(s.the(shape="cylinder", size="small", color="red"), "material")
    ),
)

# scene 4
C(
    "count",
    4,
    "Consider only the spheres. How many of them are yellow?",
    "count(f(sel(sphere), color=yellow))",
    lambda s: n(s.f(shape="sphere", color="yellow")),
)
C(
    "negation",
    4,
    "How many cylinders are there if we leave out the purple ones?",
    "count(fn(sel(cylinder), color=purple))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "color") != "purple"]),
)
C(
    "quantifier",
    4,
    "True or false: every object in this picture is small.",
    "not_(exist(fn(scene(), size=small)))",
    lambda s: yes(all(o["size"] == "small" for o in s.objects)),
)
C(
    "superlative",
    4,
    "Name the matrial of the object that is farthest to the right.",
    "q(ord(scene(), right, 1), material)",
    lambda s: s.a(nth(s, s.all(), "right"), "material"),
)

# scene 5
C(
    "attribute",
    5,
    "Given that there is exactly one cylinder, what size is it?",
    "q(u(sel(cylinder)), size)",
    lambda s: s.a(s.the(shape="cylinder"), "size"),
)
C(
    "compare_count",
    5,
    "Compare the two counts: are there more spheres than cubes in the scene?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "superlative",
    5,
    "Of the cubes, which one is farthest from the camera? Name its colour.",
    "q(ord(sel(cube), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "behind"), "color"),
)
C(
    "same_attr",
    5,
    "Exercise: count the objects, other than the large blue cube, that have the same size as it.",
    "count(same_attr(u(f(sel(cube), size=large, color=blue)), size))",
    lambda s: n(others(s, s.the(shape="cube", color="blue"), "size")),
)

# scene 6
C(
    "count",
    6,
    "Consider only the metal objects. How many of them are cubes?",
    "count(f(scene(), material=metal, shape=cube))",
    lambda s: n(s.f(material="metal", shape="cube")),
)
C(
    "number",
    6,
    "Count the red things, then count the spheres. What is the sum of the two numbers?",
    "add(count(f(scene(), color=red)), count(sel(sphere)))",
    lambda s: str(len(s.f(color="red")) + len(s.f(shape="sphere"))),
)
C(
    "superlative",
    6,
    "Fill in: the red object closest to teh camera is a ____.",
    "q(ord(f(scene(), color=red), front, 1), shape)",
    lambda s: s.a(nth(s, s.f(color="red"), "front"), "shape"),
)

# scene 7
C(
    "compare_attr",
    7,
    "The small grey cylinder and the small grey cube share a colour. Do they also have the same material?",
    "same(u(f(sel(cylinder), size=small, color=gray)), u(f(sel(cube), size=small, color=gray)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="gray"), "material") == s.a(s.the(shape="cube", color="gray"), "material")
    ),
)
C(
    "negation",
    7,
    "Count the cylinders that are not cyan.",
    "count(fn(sel(cylinder), color=cyan))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "color") != "cyan"]),
)
C(
    "spatial",
    7,
    "Step 1: locate the large brown cube. Step 2: find every object behind it. Step 3: count them. Answer:",
    "count(rel(u(f(sel(cube), size=large, color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="brown"))),
)
C(
    "chain",
    7,
    "Start at the large brown cube, move to the object nearest to it, and then count the objects behind that one. What number do you get?",
    "count(rel(closest(scene(), u(f(sel(cube), size=large, color=brown))), behind))",
    lambda s: n(related(s, "behind", nearest(s, s.all(), s.the(shape="cube", color="brown")))),
)
X(7, "What is written on the underside of the large brown cube?")

# scene 8
C(
    "superlative",
    8,
    "What material is the object farthest back in the scene made of?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
C(
    "attribute",
    8,
    "Name the shape of the only large metal object.",
    "q(u(f(scene(), size=large, material=metal)), shape)",
    lambda s: s.a(s.the(size="large", material="metal"), "shape"),
)

# scene 9
C(
    "ordinal",
    9,
    "Number the objects from left to right. What shape is object number 3?",
    "q(ord(scene(), left, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "shape"),
)
C(
    "ordinal",
    9,
    "Of the cylinders, which one is the second closest to the camera? Name its size.",
    "q(ord(sel(cylinder), front, 2), size)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "front", 2), "size"),
)
C(
    "compare_count",
    9,
    "Determine whether there are more rubber objects than metal objects.",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "verify_spatial",
    9,
    "True or false: the purple cube is in front of the green metal shpere.",
    "exist(f(rel(u(f(sel(sphere), color=green, material=metal)), front), color=purple, shape=cube))",
    lambda s: is_rel(
        s, s.the(shape="cube", color="purple"), "front", s.the(shape="sphere", color="green", material="metal")
    ),
)
C(
    "negation",
    9,
    "How many gray objects are there, not counting the cylinders?",
    "count(fn(f(scene(), color=gray), shape=cylinder))",
    lambda s: n([i for i in s.f(color="gray") if s.a(i, "shape") != "cylinder"]),
)

# scene 10
C(
    "attribute",
    10,
    "Given that there is exactly one cube, what is it made of?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "superlative",
    10,
    "Of the three cylinders, name the colour of the one closest to the camera.",
    "q(ord(sel(cylinder), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "front"), "color"),
)
C(
    "compare_attr",
    10,
    "Which is smaller: the red sphere or the gray cube?",
    "compare(u(f(sel(sphere), color=red)), u(f(sel(cube), color=gray)), smaller)",
    lambda s: bigger_shape(s, s.the(shape="sphere", color="red"), s.the(shape="cube", color="gray"), "small"),
)

# scene 11
C(
    "negation",
    11,
    "How many brown objects are there if we ignore the spheres?",
    "count(fn(f(scene(), color=brown), shape=sphere))",
    lambda s: n([i for i in s.f(color="brown") if s.a(i, "shape") != "sphere"]),
)
C(
    "quantifier",
    11,
    "True or false: all of the cylinders are made of metal.",
    "not_(exist(fn(sel(cylinder), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="cylinder"))),
)
C(
    "ordinal",
    11,
    "Counting from the left, look at the second sphere. Name its colour.",
    "q(ord(sel(sphere), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left", 2), "color"),
)
C(
    "chain",
    11,
    "Step 1: find the large blue cube. Step 2: find the object closest to it. Answer: what is that object made of",
    "q(closest(scene(), u(f(sel(cube), size=large, color=blue))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="blue")), "material"),
)

# scene 12
C(
    "chain",
    12,
    "Step 1: find the green cylinder. Step 2: move to the one object behind it. Step 3: count the objects to the right of that object. Answer:",
    "count(rel(u(rel(u(f(sel(cylinder), color=green)), behind)), right))",
    lambda s: n(related(s, "right", only(related(s, "behind", s.the(shape="cylinder", color="green"))))),
)
C(
    "superlative",
    12,
    "Name the colour of the cube farthest to the left.",
    "q(ord(sel(cube), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left"), "color"),
)
C(
    "list",
    12,
    "List the colours that the spheres come in.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
X(12, "Which of the spheres looks the happiest about where it was placed?")

# scene 13
C(
    "common",
    13,
    "What material do most of the objects in this scene have?",
    "common_value(scene(), material)",
    lambda s: most_common(s.a(i, "material") for i in s.all()),
)
C(
    "spatial",
    13,
    "How many spheres are behind the purple cylinder",
    "count(f(rel(u(f(sel(cylinder), color=purple)), behind), shape=sphere))",
    lambda s: n(s.f(among=related(s, "behind", s.the(shape="cylinder", color="purple")), shape="sphere")),
)
C(
    "same_attr",
    13,
    "How many other objects have the same shape as the small purple cylinder?",
    "count(same_attr(u(f(sel(cylinder), size=small, color=purple)), shape))",
    lambda s: n(others(s, s.the(shape="cylinder", color="purple"), "shape")),
)

# scene 14
C(
    "compare_attr",
    14,
    "True or false: the cube is smaller than the cyan ball.",
    "smaller(u(sel(cube)), u(f(sel(sphere), color=cyan)))",
    lambda s: yes(
        s.a(s.the(shape="cube"), "size") == "small" and s.a(s.the(shape="sphere", color="cyan"), "size") == "large"
    ),
)
C(
    "compare_attr",
    14,
    "Determine whether both metal objects are the same shape.",
    "same(f(scene(), material=metal), shape)",
    lambda s: yes(len({s.a(i, "shape") for i in s.f(material="metal")}) == 1),
)
C(
    "chain",
    14,
    "First find the cube. Then find the object that is farthest away from it. What colour is that object?",
    "q(farthest(scene(), u(sel(cube))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube"), far=True), "color"),
)

# scene 15
C(
    "count",
    15,
    "Consider only the cylinders. How many of them are large?",
    "count(f(sel(cylinder), size=large))",
    lambda s: n(s.f(shape="cylinder", size="large")),
)
C(
    "superlative",
    15,
    "Of all the objects to the right of the brown cylinder, which one is closest to the camrea? Name its colour.",
    "q(ord(rel(u(f(sel(cylinder), color=brown)), right), front, 1), color)",
    lambda s: s.a(nth(s, related(s, "right", s.the(shape="cylinder", color="brown")), "front"), "color"),
)
C(
    "two_clause",
    15,
    "Determine whether the scene contains a yellow cube or a yellow sphere (either one counts).",
    "or_(exist(f(sel(cube), color=yellow)), exist(f(sel(sphere), color=yellow)))",
    lambda s: yes(bool(s.f(shape="cube", color="yellow")) or bool(s.f(shape="sphere", color="yellow"))),
)

# scene 16
C(
    "chain",
    16,
    "First find the large yellow cube. Then find the object closest to it. What colour is that object?",
    "q(closest(scene(), u(f(sel(cube), size=large, color=yellow))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="yellow")), "color"),
)
X(16, "What is hidden underneath the large yellow cube?")

# scene 17
C(
    "superlative",
    17,
    "Among the objects to the right of the yellow ball, which one is nearest the camera? Tell me its colour.",
    "q(ord(rel(u(f(sel(sphere), color=yellow)), right), front, 1), color)",
    lambda s: s.a(nth(s, related(s, "right", s.the(shape="sphere", color="yellow")), "front"), "color"),
)
C(
    "spatial",
    17,
    "Suppose you are standing behind the camera. How many objects are in front of the red cube, that is, closer to you?",
    "count(rel(u(f(sel(cube), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="red"))),
)

# scene 18
C(
    "count",
    18,
    "Consider only the purple objects. How many of them are large?",
    "count(f(scene(), color=purple, size=large))",
    lambda s: n(s.f(color="purple", size="large")),
)
C(
    "attribute",
    18,
    "Name the shape of the small metal object.",
    "q(u(f(scene(), size=small, material=metal)), shape)",
    lambda s: s.a(s.the(size="small", material="metal"), "shape"),
)
C(
    "compare_count",
    18,
    "Determine whether the number of spheres equals the number of cylindres.",
    "eq(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cylinder"))),
)

# scene 19
C(
    "negation",
    19,
    "How many cyan objects are there if we ignore the cubes?",
    "count(fn(f(scene(), color=cyan), shape=cube))",
    lambda s: n([i for i in s.f(color="cyan") if s.a(i, "shape") != "cube"]),
)
C(
    "quantifier",
    19,
    "True or false: there are exactly three cubes in the scene.",
    "eq(count(sel(cube)), num(3))",
    lambda s: yes(len(s.f(shape="cube")) == 3),
)
C(
    "superlative",
    19,
    "Fill in: the object farthest to the right is made of ____.",
    "q(ord(scene(), right, 1), material)",
    lambda s: s.a(nth(s, s.all(), "right"), "material"),
)
C(
    "number",
    19,
    "How many different colours do the cubes have?",
    "nvalues(sel(cube), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="cube")})),
)

# scene 20
C(
    "chain",
    20,
    "Start at the purple cylinder. Move to the object in front of it, then to the object nearest to that one. What colour is the object you end on?",
    "q(closest(scene(), u(rel(u(f(sel(cylinder), color=purple)), front))), color)",
    lambda s: s.a(nearest(s, s.all(), only(related(s, "front", s.the(shape="cylinder", color="purple")))), "color"),
)
C(
    "chain",
    20,
    "Fill in: the only object behind the brown cube is made of ____.",
    "q(u(rel(u(f(sel(cube), color=brown)), behind)), material)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cube", color="brown"))), "material"),
)
C(
    "attribute",
    20,
    "Given that there is exactly one sphere, what size is it?",
    "q(u(sel(sphere)), size)",
    lambda s: s.a(s.the(shape="sphere"), "size"),
)
C(
    "exist",
    20,
    "Consider only the yellow objects. Is any of them made of metal?",
    "exist(f(scene(), color=yellow, material=metal))",
    lambda s: yes(bool(s.f(color="yellow", material="metal"))),
)

# scene 21
C(
    "attribute",
    21,
    "Name the shape of the large purple objcet.",
    "q(u(f(scene(), size=large, color=purple)), shape)",
    lambda s: s.a(s.the(size="large", color="purple"), "shape"),
)
C(
    "spatial",
    21,
    "Step 1: find the small gray sphere. Step 2: count the objects in front of it. Answer:",
    "count(rel(u(f(sel(sphere), size=small, color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="gray"))),
)
C(
    "quantifier",
    21,
    "True or false: every sphere in the scene is made of rubber.",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(shape="sphere"))),
)

# scene 22
C(
    "choice",
    22,
    "Which statement is true: (a) the cube is metal, or (b) the cube is rubber?",
    "choose(u(sel(cube)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "superlative",
    22,
    "Suppose you stand where the camera is. Which object is closest to you? Name its shape.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "chain",
    22,
    "Step 1: find the small purple cylinder. Step 2: find the object farthest from it. Step 3: name that object's shape. Answer:",
    "q(farthest(scene(), u(f(sel(cylinder), size=small, color=purple))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", size="small", color="purple"), far=True), "shape"),
)
X(22, "What brand of paint was used on the yellow cube?")

# scene 23
C(
    "negation",
    23,
    "How many metal objects are there if we ignore the spheres?",
    "count(fn(f(scene(), material=metal), shape=sphere))",
    lambda s: n([i for i in s.f(material="metal") if s.a(i, "shape") != "sphere"]),
)
C(
    "superlative",
    23,
    "Of all the objects to the right of the large cylinder, which one is closest to the camera? Name its colour.",
    "q(ord(rel(u(f(sel(cylinder), size=large)), right), front, 1), color)",
    lambda s: s.a(nth(s, related(s, "right", s.the(shape="cylinder", size="large")), "front"), "color"),
)

# scene 24
C(
    "ordinal",
    24,
    "Line up the cubes from left to right. What colour is the second one?",
    "q(ord(sel(cube), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left", 2), "color"),
)
C(
    "two_clause",
    24,
    "True or false: the green cube is large and the brown cylinder is small.",
    "and_(verify(u(f(sel(cube), color=green)), size, large), verify(u(f(sel(cylinder), color=brown)), size, small))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="green"), "size") == "large"
        and s.a(s.the(shape="cylinder", color="brown"), "size") == "small"
    ),
)
C(
    "superlative",
    24,
    "What is the colour of the cube that is farthest to the right?",
    "q(ord(sel(cube), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "color"),
)
C(
    "compare_attr",
    24,
    "Determine wether the two red spheres are the same size.",
    "same(f(sel(sphere), color=red), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="sphere", color="red")}) == 1),
)

# scene 25
C(
    "attribute",
    25,
    "There is exactly one cube in this scene. Name its colour.",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "choice",
    25,
    "Which statement is true: (a) the small gray cylinder is made of metal, or (b) it is made of rubber?",
    "choose(u(f(sel(cylinder), size=small, color=gray)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder", color="gray"), "material"),
)
C(
    "spatial",
    25,
    "How many cylinders are behind the large cyan sphere?",
    "count(f(rel(u(f(sel(sphere), size=large, color=cyan)), behind), shape=cylinder))",
    lambda s: n(s.f(among=related(s, "behind", s.the(shape="sphere", color="cyan")), shape="cylinder")),
)
X(25, "Why did the designer put the red cube in the middle of the scene?")

# scene 26
C(
    "ordinal",
    26,
    "Counting from the rigth, name the colour of the third object.",
    "q(ord(scene(), right, 3), color)",
    lambda s: s.a(nth(s, s.all(), "right", 3), "color"),
)
C(
    "chain",
    26,
    "First find the cyan sphere. Then look at the one object in front of it. How many objects are to the right of that object?",
    "count(rel(u(rel(u(f(sel(sphere), color=cyan)), front)), right))",
    lambda s: n(related(s, "right", only(related(s, "front", s.the(shape="sphere", color="cyan"))))),
)
C(
    "exist",
    26,
    "True or false: there is at least one rubber object in the scene.",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
C(
    "superlative",
    26,
    "Of the spheres, which one is closest to the camera? Name its colour.",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)

# scene 27
C(
    "superlative",
    27,
    "Fill in: the object closest to the camera is ____ (give its colour).",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "attribute",
    27,
    "What is the shape of the only metal object?",
    "q(u(f(scene(), material=metal)), shape)",
    lambda s: s.a(s.the(material="metal"), "shape"),
)

# scene 28
C(
    "superlative",
    28,
    "Of the cylinders, name the colour of the one farthest to the right.",
    "q(ord(sel(cylinder), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "right"), "color"),
)
C(
    "compare_attr",
    28,
    "The small red cylinder and the large red cylinder share a colour. Are they also made of the same material?",
    "same(u(f(sel(cylinder), size=small, color=red)), u(f(sel(cylinder), size=large, color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="small", color="red"), "material")
        == s.a(s.the(shape="cylinder", size="large", color="red"), "material")
    ),
)

# scene 29
C(
    "negation",
    29,
    "How many large objects are there, not counting the spheres",
    "count(fn(f(scene(), size=large), shape=sphere))",
    lambda s: n([i for i in s.f(size="large") if s.a(i, "shape") != "sphere"]),
)
C(
    "verify_spatial",
    29,
    "True or false: the red cylinder is to the left of the cyan cylinder.",
    "exist(f(rel(u(f(sel(cylinder), color=cyan)), left), color=red, shape=cylinder))",
    lambda s: is_rel(s, s.the(shape="cylinder", color="red"), "left", s.the(shape="cylinder", color="cyan")),
)
C(
    "two_clause",
    29,
    "Determine whether both of these hold: there is a brown sphere, and there is a red cube.",
    "and_(exist(f(sel(sphere), color=brown)), exist(f(sel(cube), color=red)))",
    lambda s: yes(bool(s.f(shape="sphere", color="brown")) and bool(s.f(shape="cube", color="red"))),
)
X(29, "What is inside the cyan cylinder?")

# scene 30
C(
    "compare_attr",
    30,
    "Determine whether all three objects are the same size.",
    "same(scene(), size)",
    lambda s: yes(len({o["size"] for o in s.objects}) == 1),
)
C(
    "chain",
    30,
    "Step 1: find the cylinder. Step 2: find the sphere farthest from it. What colour is that sphere?",
    "q(farthest(sel(sphere), u(sel(cylinder))), color)",
    lambda s: s.a(nearest(s, s.f(shape="sphere"), s.the(shape="cylinder"), far=True), "color"),
)

# scene 31
C(
    "count",
    31,
    "Consider only the small spheres. How many of them are made of metal?",
    "count(f(sel(sphere), size=small, material=metal))",
    lambda s: n(s.f(shape="sphere", size="small", material="metal")),
)
C(
    "negation",
    31,
    "How many cylinders are there if we ignore the cyan ones?",
    "count(fn(sel(cylinder), color=cyan))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "color") != "cyan"]),
)
C(
    "superlative",
    31,
    "Of all the objects to the left of the purple cube, which one is closest to the camera? Give its colour.",
    "q(ord(rel(u(f(sel(cube), color=purple)), left), front, 1), color)",
    lambda s: s.a(nth(s, related(s, "left", s.the(shape="cube", color="purple")), "front"), "color"),
)
C(
    "number",
    31,
    "How many more spheres than cylinders are there?",
    "sub(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="sphere")) - len(s.f(shape="cylinder"))),
)

# scene 32
C(
    "verify",
    32,
    "True or false: the only large object is a cube.",
    "verify(u(f(scene(), size=large)), shape, cube)",
    lambda s: yes(s.a(s.the(size="large"), "shape") == "cube"),
)
C(
    "choice",
    32,
    "Which statement is true: (a) the red sphere is made of rubber, or (b) the red sphere is made of metal?",
    "choose(u(f(sel(sphere), color=red)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="sphere", color="red"), "material"),
)

# scene 33
C(
    "count",
    33,
    "Consider only the metal objects. How many of them are large",
    "count(f(scene(), material=metal, size=large))",
    lambda s: n(s.f(material="metal", size="large")),
)
C(
    "compare_attr",
    33,
    "Do the two cyan objects have the same size? Answer yes or no.",
    "same(f(scene(), color=cyan), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(color="cyan")}) == 1),
)
C(
    "superlative",
    33,
    "Fill in: the object farthest to the left is a ____ (give its shape).",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)

# scene 34
C(
    "compare_attr",
    34,
    "Which is bigger: the yellow cube or the gray cylinder?",
    "compare(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=gray)), bigger)",
    lambda s: bigger_shape(s, s.the(shape="cube", color="yellow"), s.the(shape="cylinder", color="gray")),
)
X(34, "How much does the yellow cube weigh, in grams?")

# scene 35
C(
    "attribute",
    35,
    "Given that there is exactly one small object, what colour is it",
    "q(u(f(scene(), size=small)), color)",
    lambda s: s.a(s.the(size="small"), "color"),
)
C(
    "compare_attr",
    35,
    "Do the two green cubes have the same material? Determine whether they do.",
    "same(f(sel(cube), color=green), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cube", color="green")}) == 1),
)
C(
    "chain",
    35,
    "Step 1: find the red sphere. Step 2: find the object closest to it. Step 3: name its material. Answer:",
    "q(closest(scene(), u(f(sel(sphere), color=red))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="red")), "material"),
)

# scene 36
C(
    "spatial",
    36,
    "Suppose you are looking at the scene from the front. How many objects are farther away than the brown cylinder?",
    "count(rel(u(f(sel(cylinder), color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="brown"))),
)
C(
    "verify",
    36,
    "True or false: the only rubber object is a cylinder.",
    "verify(u(f(scene(), material=rubber)), shape, cylinder)",
    lambda s: yes(s.a(s.the(material="rubber"), "shape") == "cylinder"),
)

# scene 37
C(
    "count",
    37,
    "Consider only the rubber objects. How many of them are red?",
    "count(f(scene(), material=rubber, color=red))",
    lambda s: n(s.f(material="rubber", color="red")),
)
C(
    "count",
    37,
    "Of the cylinders, how many are large",
    "count(f(sel(cylinder), size=large))",
    lambda s: n(s.f(shape="cylinder", size="large")),
)
C(
    "superlative",
    37,
    "Of all the objects to the right of the large gray cylinder, which one is farthest from the camera? Name its shape.",
    "q(ord(rel(u(f(sel(cylinder), size=large, color=gray)), right), behind, 1), shape)",
    lambda s: s.a(nth(s, related(s, "right", s.the(shape="cylinder", size="large", color="gray")), "behind"), "shape"),
)
C(
    "number",
    37,
    "How many objects are either red or cubes (an object that is both counts once)?",
    "count(union(f(scene(), color=red), sel(cube)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") == "red" or s.a(i, "shape") == "cube"]),
)

# scene 38
C(
    "chain",
    38,
    "Step 1: find the red sphere. Step 2: move to the object on its left. Step 3: move to the object behind that one. What is it made of? Answer:",
    "q(u(rel(u(rel(u(f(sel(sphere), color=red)), left)), behind)), material)",
    lambda s: s.a(only(related(s, "behind", only(related(s, "left", s.the(shape="sphere", color="red"))))), "material"),
)
C(
    "superlative",
    38,
    "Suppose you are looking at the scene from the front. Name the colour of the object nearest to you.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# scene 39
X(39, "Which of these objects did the person building the scene put down last?")

# scene 40
C(
    "compare_attr",
    40,
    "True or false: the cyan cube is larger than the gray cube.",
    "larger(u(f(sel(cube), color=cyan)), u(f(sel(cube), color=gray)))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="cyan"), "size") == "large"
        and s.a(s.the(shape="cube", color="gray"), "size") == "small"
    ),
)
C(
    "verify_spatial",
    40,
    "True or false: the gray cube is behind the brown cylinder.",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), behind), color=gray, shape=cube))",
    lambda s: is_rel(s, s.the(shape="cube", color="gray"), "behind", s.the(shape="cylinder", color="brown")),
)

# scene 41
C(
    "chain",
    41,
    "Find the yellow sphere, then the object behind it. How many objects lie to the left of that second object?",
    "count(rel(u(rel(u(f(sel(sphere), color=yellow)), behind)), left))",
    lambda s: n(related(s, "left", only(related(s, "behind", s.the(shape="sphere", color="yellow"))))),
)
C(
    "same_attr",
    41,
    "Count the objects that share their colour with the cube.",
    "count(same_attr(u(sel(cube)), color))",
    lambda s: n(others(s, s.the(shape="cube"), "color")),
)
C(
    "chain",
    41,
    "Step 1: find the large cyan cylinder. Step 2: find the object nearest to it. Step 3: name that object's shape. Answer:",
    "q(closest(scene(), u(f(sel(cylinder), size=large, color=cyan))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", color="cyan")), "shape"),
)
C(
    "spatial",
    41,
    "How many spheres are behind the large blue sphere?",
    "count(f(rel(u(f(sel(sphere), size=large, color=blue)), behind), shape=sphere))",
    lambda s: n(s.f(among=related(s, "behind", s.the(shape="sphere", size="large", color="blue")), shape="sphere")),
)
C(
    "list",
    41,
    "Write down the colours of the cylinders.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)

# scene 42
C(
    "count",
    42,
    "Consider only the blue objects. How many of them are made of rubbber?",
    "count(f(scene(), color=blue, material=rubber))",
    lambda s: n(s.f(color="blue", material="rubber")),
)
C(
    "negation",
    42,
    "How many objects are blue but not cylinders?",
    "count(fn(f(scene(), color=blue), shape=cylinder))",
    lambda s: n([i for i in s.f(color="blue") if s.a(i, "shape") != "cylinder"]),
)
C(
    "superlative",
    42,
    "Of the spheres, which one is farthest to the right? Name its size.",
    "q(ord(sel(sphere), right, 1), size)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "size"),
)
C(
    "compare_count",
    42,
    "Determine whether there are more blue objects than objects that are not blue.",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda s: yes(len(s.f(color="blue")) > len(s.all()) - len(s.f(color="blue"))),
)

# scene 43
C(
    "ordinal",
    43,
    "Counting from the left, what is the third object? Name its shape.",
    "q(ord(scene(), left, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "shape"),
)
C(
    "superlative",
    43,
    "What is the material of the object that is closest to the camera?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
X(43, "At what time of day was this scene set up?")

# scene 44
C(
    "attribute",
    44,
    "Given that there is exactly one large cube, what colour is it?",
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)
C(
    "negation",
    44,
    "Leaving out the shiny metal ones, how many cubes remain?",
    "count(fn(sel(cube), material=metal))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "material") != "metal"]),
)
C(
    "compare_attr",
    44,
    "True or false: the two brown objects are the same size.",
    "same(f(scene(), color=brown), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(color="brown")}) == 1),
)

# scene 45
C(
    "intersect",
    45,
    "How many objects are both to the left of the small gray cylinder and behind the gray cube?",
    "count(inter(rel(u(f(sel(cylinder), color=gray)), left), rel(u(f(sel(cube), color=gray)), behind)))",
    lambda s: n(
        set(related(s, "left", s.the(shape="cylinder", color="gray")))
        & set(related(s, "behind", s.the(shape="cube", color="gray")))
    ),
)
C(
    "count",
    45,
    "Consider only the cyan objects. How many are cubes?",
    "count(f(scene(), color=cyan, shape=cube))",
    lambda s: n(s.f(color="cyan", shape="cube")),
)
C(
    "negation",
    45,
    "How many large objects are there if we ignore the red ones",
    "count(fn(f(scene(), size=large), color=red))",
    lambda s: n([i for i in s.f(size="large") if s.a(i, "color") != "red"]),
)
C(
    "superlative",
    45,
    "Of all the objects to the left of the small gray cylinder, which one is closest to the camera? Name its colour.",
    "q(ord(rel(u(f(sel(cylinder), size=small, color=gray)), left), front, 1), color)",
    lambda s: s.a(nth(s, related(s, "left", s.the(shape="cylinder", color="gray")), "front"), "color"),
)

# scene 46
C(
    "ordinal",
    46,
    "Line up the spheres from left to right. What colour is the second one?",
    "q(ord(sel(sphere), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left", 2), "color"),
)
C(
    "superlative",
    46,
    "Name the colour of the object farthest to the left.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)

# scene 47
C(
    "count",
    47,
    "Consider only the cubes. How many are small?",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C(
    "chain",
    47,
    "Step 1: find the large yellow sphere. Step 2: look at the object nearest to it. Step 3: what is that object made of?",
    "q(closest(scene(), u(f(sel(sphere), size=large, color=yellow))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", size="large", color="yellow")), "material"),
)
X(47, "If the large blue cube were taken away, would the purple cube next to it tip over?")

# scene 48
C(
    "compare_count",
    48,
    "True or false: there are fewer large objects than small objects.",
    "lt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) < len(s.f(size="small"))),
)
C(
    "superlative",
    48,
    "Among the spheres, find the one nearest to the camera and name its color.",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)

# scene 49
C(
    "negation",
    49,
    "How many spheres are there if we ignore the yellow ones?",
    "count(fn(sel(sphere), color=yellow))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "yellow"]),
)
C(
    "common",
    49,
    "What shape do most of the objects in this scene have",
    "common_value(scene(), shape)",
    lambda s: most_common(s.a(i, "shape") for i in s.all()),
)
C(
    "chain",
    49,
    "Step 1: locate the green cube. Step 2: find the object closest to it. Step 3: name its colour. Answer:",
    "q(closest(scene(), u(f(sel(cube), color=green))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="green")), "color"),
)

# scene 50
C(
    "exist",
    50,
    "Determine whether any object in this scene is made of metal.",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "superlative",
    50,
    "What colour is the sphere farthest from the camera?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)

# scene 51
C(
    "compare_attr",
    51,
    "Do the brown sphere and the yellow cube have the same size?",
    "same(u(f(sel(sphere), color=brown)), u(f(sel(cube), color=yellow)), size)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="brown"), "size") == s.a(s.the(shape="cube", color="yellow"), "size")
    ),
)
C(
    "superlative",
    51,
    "Fill in: the object in front of all the others is a ____ (give its shape).",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
X(51, "What does the label on the yellow cube say?")

# scene 52
C(
    "choice",
    52,
    "Which statement is true: (a) the cylinder is to the left of the blue cube, or (b) the cylinder is to the right of it?",
    "choose_rel(u(f(sel(cube), color=blue)), [left, right], name=cylinder)",
    lambda s: only(
        [r for r in ("left", "right") if s.the(shape="cylinder") in related(s, r, s.the(shape="cube", color="blue"))]
    ),
)
C(
    "count",
    52,
    "Consider only the cubes. How many of them are metal?",
    "count(f(sel(cube), material=metal))",
    lambda s: n(s.f(shape="cube", material="metal")),
)
C(
    "choice",
    52,
    "Which statement is true: (a) the cylinder is large, or (b) the cylinder is small?",
    "choose(u(sel(cylinder)), size, [large, small])",
    lambda s: s.a(s.the(shape="cylinder"), "size"),
)

# scene 53
C(
    "same_attr",
    53,
    "How many other objects are the same colour as the large purple cube?",
    "count(same_attr(u(f(sel(cube), size=large, color=purple)), color))",
    lambda s: n(others(s, s.the(shape="cube", size="large", color="purple"), "color")),
)
C(
    "compare_attr",
    53,
    "Determine whether the yellow objects share the same shape.",
    "same(f(scene(), color=yellow), shape)",
    lambda s: yes(len({s.a(i, "shape") for i in s.f(color="yellow")}) == 1),
)
C(
    "superlative",
    53,
    "Of all the objects to the left of the blue cube, which one is closest to the camera? Name its shape.",
    "q(ord(rel(u(f(sel(cube), color=blue)), left), front, 1), shape)",
    lambda s: s.a(nth(s, related(s, "left", s.the(shape="cube", color="blue")), "front"), "shape"),
)

# scene 54
C(
    "superlative",
    54,
    "Name the material of the object farthest from the camera.",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)

# scene 55
C(
    "same_attr",
    55,
    "How many other objects have the same shape as the large red cube?",
    "count(same_attr(u(f(sel(cube), size=large, color=red)), shape))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "shape")),
)
C(
    "superlative",
    55,
    "Of the cubes, which one is closest to the camera? Name its colour.",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "color"),
)

# scene 56
C(
    "attribute",
    56,
    "Given that there is only one metal object, what shape is it?",
    "q(u(f(scene(), material=metal)), shape)",
    lambda s: s.a(s.the(material="metal"), "shape"),
)
C(
    "spatial",
    56,
    "How many spheres are to the right of the large cyan cube?",
    "count(f(rel(u(f(sel(cube), size=large, color=cyan)), right), shape=sphere))",
    lambda s: n(s.f(among=related(s, "right", s.the(shape="cube", size="large", color="cyan")), shape="sphere")),
)

# scene 57
C(
    "spatial",
    57,
    "How many objects are in front of the brown cylinder?",
    "count(rel(u(f(sel(cylinder), color=brown)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="brown"))),
)
C(
    "choice",
    57,
    "Which statement is true: (a) the blue ball is large, or (b) the blue ball is small?",
    "choose(u(f(sel(sphere), color=blue)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="blue"), "size"),
)

# scene 58
C(
    "compare_attr",
    58,
    "True or false: the sphere is smaller than the cyan cube.",
    "smaller(u(sel(sphere)), u(f(sel(cube), color=cyan)))",
    lambda s: yes(
        s.a(s.the(shape="sphere"), "size") == "small" and s.a(s.the(shape="cube", color="cyan"), "size") == "large"
    ),
)
C(
    "spatial",
    58,
    "How many cubes are behind the sphere?",
    "count(f(rel(u(sel(sphere)), behind), shape=cube))",
    lambda s: n(s.f(among=related(s, "behind", s.the(shape="sphere")), shape="cube")),
)
X(58, "What is the little blue ball thinking about?")

# scene 59
C(
    "count",
    59,
    "Consider only the large objects. How many are cylinders?",
    "count(f(scene(), size=large, shape=cylinder))",
    lambda s: n(s.f(size="large", shape="cylinder")),
)
C(
    "two_clause",
    59,
    "Determine whether there is a purple cube or a green sphere in the secne.",
    "or_(exist(f(sel(cube), color=purple)), exist(f(sel(sphere), color=green)))",
    lambda s: yes(bool(s.f(shape="cube", color="purple")) or bool(s.f(shape="sphere", color="green"))),
)
C(
    "negation",
    59,
    "How many purple objects are there, not counting the spheres?",
    "count(fn(f(scene(), color=purple), shape=sphere))",
    lambda s: n([i for i in s.f(color="purple") if s.a(i, "shape") != "sphere"]),
)

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street
P(
    "count",
    "street",
    "Consider only the people in the picture. How many of them are men?",
    "count(sel(man))",
    lambda p: n(p.f("man")),
)
P(
    "chain",
    "street",
    "Fill in: the man wearing the blue tie is dressed in ____ (give the colour).",
    "q(u(rel(f(sel(tie), color=blue), wearing)), color)",
    lambda p: p.value(only([o for t in p.f("tie", color="blue") for o in p.subjects("wearing", t)]), "color"),
)
P(
    "verify_spatial",
    "street",
    "True or false: the tree is in front of the bus.",
    "vrel(u(sel(bus)), front, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("front", p.the("bus")), "tree"))),
)
P(
    "choice",
    "street",
    "Which statement is true: (a) the tree is behind the bus, or (b) the tree is in front of the bus?",
    "choose_rel(u(sel(bus)), [behind, front], name=tree)",
    lambda p: only([r for r in ("behind", "front") if named(p, p.subjects(r, p.the("bus")), "tree")]),
)
P(
    "text",
    "street",
    "Name the word written on the red sign.",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "chain",
    "street",
    "Given that exactly one person is holding the dog, what colour is that person wearing?",
    "q(u(rel(u(sel(dog)), holding)), color)",
    lambda p: p.value(only(p.subjects("holding", p.the("dog"))), "color"),
)
P(
    "count",
    "street",
    "Count every red thing in the picture.",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "compare_attr",
    "street",
    "Determine whether the car and the man on the right are the same colour.",
    "same(u(sel(car)), u(f(sel(man), hposition=right)), color)",
    lambda p: yes(p.value(p.the("car"), "color") == p.value(p.the("man", hposition="right"), "color")),
)
P(
    "superlative",
    "street",
    "Of the people, who is farthest to the right? Name the colour of their clothes.",
    "q(ord(sel(person), right, 1), color)",
    lambda p: p.value(side_of(p, people(p), "right"), "color"),
)
P(
    "chain",
    "street",
    "Step 1: find the woman. Step 2: find the animal she is holding. Step 3: say whether it is large or small. Answer:",
    "q(u(rel(u(sel(woman)), holding, role=object)), size)",
    lambda p: p.value(only(p.objects_of(p.the("woman"), "holding")), "size"),
)
P(
    "compare_count",
    "street",
    "True or false: there are more ties then dogs.",
    "gt(count(sel(tie)), count(sel(dog)))",
    lambda p: yes(len(p.f("tie")) > len(p.f("dog"))),
)
X("street", "What is the name of the woman holding the dog?")
X("street", "Where is the bus going after this stop?")
X("street", "How heavy is the little brown dog?")

# kitchen
P(
    "count",
    "kitchen",
    "Consider only the things on the table. How many of them are cups?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "chain",
    "kitchen",
    "Fill in: the cup immediately to the right of the plate is ____ (colour).",
    "q(u(rel(u(sel(plate)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("plate")), "cup")), "color"),
)
P(
    "text",
    "kitchen",
    "Fill in: according to the clock on the wall, the time is ____.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "choice",
    "kitchen",
    "Which statement is true: (a) the bottle is green, or (b) the bottle is white?",
    "choose(u(sel(bottle)), color, [green, white])",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "negation",
    "kitchen",
    "How many cups are there if we ignore the white one?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "spatial",
    "kitchen",
    "Given that the fork lies near exactly one object, what is that object?",
    "q(u(rel(u(sel(fork)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("fork")))),
)
P(
    "superlative",
    "kitchen",
    "Of the cups, which one is farthest to the left? Name its colour.",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
P(
    "compare_count",
    "kitchen",
    "Determine whether there are more cups than bottles",
    "gt(count(sel(cup)), count(sel(bottle)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("bottle"))),
)
P(
    "attribute",
    "kitchen",
    "Name the material the tabel is made of.",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "chain",
    "kitchen",
    "Step 1: find the green bottle. Step 2: find the cup just to its right. Step 3: give that cup's colour. Answer:",
    "q(u(rel(u(f(sel(bottle), color=green)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle", color="green")), "cup")), "color"),
)
P(
    "verify_spatial",
    "kitchen",
    "True or false: the woman is standing to the right of the table.",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "list",
    "kitchen",
    "List the colours of the cups.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
X("kitchen", "Is the water in the green bottle cold?")
X("kitchen", "Who is going to drink from the blue cup?")
X("kitchen", "What brand is the fork?")

# park
P(
    "count",
    "park",
    "Consider only the children in the park. How many of them are girls?",
    "count(sel(girl))",
    lambda p: n(p.f("girl")),
)
P(
    "chain",
    "park",
    "Fill in: the animal that the woman in red is holding is a ____.",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman", color="red"), "holding"))),
)
P(
    "chain",
    "park",
    "First find the woman in red. Then find what she is holding. What colour is it?",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "verify_spatial",
    "park",
    "True or false: the bench is to the left of the bike.",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "choice",
    "park",
    "Which statement is true about the tree behind the girl: (a) it is on the left of the picture, or (b) it is on the right?",
    "choose(u(rel(u(sel(girl)), behind, name=tree)), hposition, [left, right])",
    lambda p: p.value(only(named(p, p.subjects("behind", p.the("girl")), "tree")), "hposition"),
)
P(
    "negation",
    "park",
    "How many people are there if we ignore the women",
    "count(diff(sel(person), sel(woman)))",
    lambda p: n([o for o in people(p) if p.name(o) != "woman"]),
)
P(
    "compare_attr",
    "park",
    "Determine whether the two dogs are the same colour.",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "superlative",
    "park",
    "Of the people, who is farthest to the left? Name the colour they are wearing.",
    "q(ord(sel(person), left, 1), color)",
    lambda p: p.value(side_of(p, people(p), "left"), "color"),
)
P(
    "chain",
    "park",
    "Step 1: find the boy. Step 2: find what he is throwing. Step 3: name its colour. Answer:",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "two_clause",
    "park",
    "Determine whether the park contains a frisbee and a bench.",
    "and_(exist(sel(frisbee)), exist(sel(bench)))",
    lambda p: yes(bool(p.f("frisbee")) and bool(p.f("bench"))),
)
P(
    "chain",
    "park",
    "Someone is standing near the red bicycle. Name the colour of that person's clothes",
    "q(u(rel(u(sel(bicycle)), near)), color)",
    lambda p: p.value(only(p.subjects("near", p.the("bicycle"))), "color"),
)
X("park", "How old is the girl in pink?")
X("park", "Is the woman in white about to ride off on the bicycle?")
X("park", "How does the boy feel about throwing the frisbee?")

# shapes
P(
    "negation",
    "shapes",
    "Consider only the small shapes. How many of them are not blue?",
    "count(fn(f(scene(), size=small), color=blue))",
    lambda p: n([o for o in p.f(size="small") if p.value(o, "color") != "blue"]),
)
P(
    "position",
    "shapes",
    "Fill in: the shape in the top left corner is a ____.",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "choice",
    "shapes",
    "Which statement is true: (a) the triangle is large, or (b) the triangle is small?",
    "choose(u(sel(triangle)), size, [large, small])",
    lambda p: p.value(p.the("triangle"), "size"),
)
P(
    "compare_attr",
    "shapes",
    "Do the two circles have the same colour? Determine whether they do.",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "negation",
    "shapes",
    "How many shapes are there if we ignore the circles?",
    "count(diff(scene(), sel(circle)))",
    lambda p: n([o for o in p.objects if p.name(o) != "circle"]),
)
P(
    "superlative",
    "shapes",
    "Of the shapes in the bottom row, which one is farthest to the right?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "number",
    "shapes",
    "How many different colours are used in this picutre?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "quantifier",
    "shapes",
    "True or false: every red shape is large.",
    "not_(exist(fn(f(scene(), color=red), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(color="red"))),
)
P(
    "compare_count",
    "shapes",
    "Determine whether there are more small shapes than large shapes.",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "position",
    "shapes",
    "Which shape sits right in the middle of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "superlative",
    "shapes",
    "Of the blue shapes, which is farthest to the left? Name it.",
    "q(ord(f(scene(), color=blue), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(color="blue"), "left"), "shape"),
)
X("shapes", "Which of these shapes was drawn first?")
X("shapes", "What is written on the back of the hexagon?")
X("shapes", "If the triangle were tipped over, which of its sides would it land on?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
