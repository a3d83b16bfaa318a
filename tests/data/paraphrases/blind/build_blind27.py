# ruff: noqa: E501
"""Blind paraphrase set 27: the CLEVR-Humans voice. Crowd workers shown a CLEVR render and asked to write a question
that would stump a smart robot: one-off questions in their own words, some long and chatty, some curt, some sloppy
("the thing way over on the left", "if you took away all the red stuff", "not counting the big one", "the block on
the right", "what's it made out of"). They cover extremes along an axis (leftmost, furthest back, second from the
right, the middle one of three), the one big or small object when the scene makes it unique, counts with exclusions
("besides", "other than", "not counting"), how many different colors or shapes, "are all the X the same Y", "is every
...", counts of X that are not Y, hypotheticals that remove objects, comparisons of counts, "what else has the same
color as ...", questions pinned by a relation (and two-step ones: "the thing left of the thing in front of ..."),
nearest and farthest in 3D (asked only where the nearest is clearly nearer, by half a unit or more), the only metal
object, yes/no with negation, and about 25 questions the scene JSON cannot answer (shadows, reflections, touching,
weight, what the robot could lift, what a push would do, things not in the picture's vocabulary), which must be
refused. About 30 GQA-style questions on the photo-like graphs in the same crowd voice (three of them to refuse).
About one question in twelve has an ordinary typo or no question mark.

Written without reading the parser, its grammar or prompts, or any other set: only the gold notation
(agent/llm/notation.py), the helpers (blind_gold.py), build_blind23.py (read for the record format and helper
conventions only) and, to settle what an op does (ordinal, closest, verify, same), the op definitions in
scene_graph/program.py and scene_graph/ops.py. No question was run through the parser. Every answer is computed in
plain Python from the scene JSON; where a careful person could not call an order (two objects within 0.25 units
along the axis asked about, or a nearest object less than 0.5 units nearer than the runner-up) the helpers raise
NotUnique and the question was dropped or reworded.

Run ``python build_blind27.py`` to write ``../blind27.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind27.jsonl"
Q, C, P, X = question_recorder()

TIE = 0.25  # along an axis, two objects closer than this cannot be told apart by eye
MARGIN = 0.5  # the nearest (farthest) object must beat the runner-up by this much
SIZE_RANK = {"small": 0, "large": 1}


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th of ids counted from ``side``; NotUnique when a neighbour in that order is within TIE."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = along(s, order[k - 1], side)
    for j in (k - 2, k):
        if 0 <= j < len(order) and abs(along(s, order[j], side) - here) < TIE:
            raise NotUnique("too close to call")
    return order[k - 1]


def related(s: Clevr, relation: str, anchor: int, among: list[int] | None = None) -> list[int]:
    """The objects (of ``among``, default all) that are ``relation`` of the anchor, from the scene's relationships;
    NotUnique when any object lies within TIE of the anchor along that axis."""
    here = along(s, anchor, relation)
    for j in s.all():
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} is level with {anchor} along {relation}")
    found = s.rel(relation, anchor)
    return [j for j in found if among is None or j in among]


def nearest(s: Clevr, ids: list[int], anchor: int, far: bool = False) -> int:
    """The object of ids (not the anchor) nearest to (farthest from) the anchor in 3D; NotUnique unless it beats the
    runner-up by MARGIN."""
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=lambda i: -dist[i] if far else dist[i])
    if len(order) > 1 and abs(dist[order[0]] - dist[order[1]]) < MARGIN:
        raise NotUnique("about equally far")
    return order[0]


def others(s: Clevr, anchor: int, attribute: str) -> list[int]:
    return [j for j in s.all() if j != anchor and s.a(j, attribute) == s.a(anchor, attribute)]


def distinct(s: Clevr, ids: list[int], attribute: str) -> int:
    return len({s.a(i, attribute) for i in ids})


def all_same(s: Clevr, ids: list[int], attribute: str) -> str:
    if len(ids) < 2:
        raise NotUnique("fewer than two objects to compare")
    return yes(distinct(s, ids, attribute) == 1)


def every(s: Clevr, ids: list[int], attribute: str, value: str) -> str:
    if not ids:
        raise NotUnique("nothing to check")
    return yes(all(s.a(i, attribute) == value for i in ids))


def most_common(s: Clevr, ids: list[int], attribute: str) -> str:
    ranked = Counter(s.a(i, attribute) for i in ids).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        raise NotUnique("a tie for most common")
    return ranked[0][0]


def bigger_than(s: Clevr, anchor: int, among: list[int] | None = None) -> list[int]:
    among = s.all() if among is None else among
    return [j for j in among if SIZE_RANK[s.a(j, "size")] > SIZE_RANK[s.a(anchor, "size")]]


def smaller_than(s: Clevr, anchor: int, among: list[int] | None = None) -> list[int]:
    among = s.all() if among is None else among
    return [j for j in among if SIZE_RANK[s.a(j, "size")] < SIZE_RANK[s.a(anchor, "size")]]


def but(ids: list[int], drop: list[int]) -> list[int]:
    return [i for i in ids if i not in drop]


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================
# scene 0: small yellow rubber sphere (front), large blue metal sphere (left, back), large green rubber cylinder
C(
    "extreme",
    0,
    "What color is the item way over on the left side?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "relate",
    0,
    "The little yellow ball has something to its right. What shape is that thing?",
    "q(u(rel(u(f(sel(sphere), size=small, color=yellow)), right)), shape)",
    lambda s: s.a(only(related(s, "right", s.the(shape="sphere", size="small", color="yellow"))), "shape"),
)
C(
    "extreme",
    0,
    "is the object that's nearest to the camera made of rubber or metal?",
    "choose(ord(scene(), front, 1), material, [rubber, metal])",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)

# scene 1: big purple cube, big gray cube (back), small blue metal cylinder, small blue rubber cylinder, small brown ball
C(
    "all_same",
    1,
    "Do the two cylinders have matching colors?",
    "same(sel(cylinder), color)",
    lambda s: all_same(s, s.f(shape="cylinder"), "color"),
)
C(
    "extreme",
    1,
    "There are two blue cylinders. What is the one that's further back made out of?",
    "q(ord(f(sel(cylinder), color=blue), behind, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cylinder", color="blue"), "behind"), "material"),
)
C(
    "compare_size",
    1,
    "How many of the things in this picture are bigger than the brown ball?",
    "count(f(scene(), size=large))",
    lambda s: n(bigger_than(s, s.the(color="brown", shape="sphere"))),
)
C(
    "closest",
    1,
    "Look at the small shiny cylinder. What color is the object sitting nearest to it?",
    "q(closest(scene(), u(f(sel(cylinder), size=small, material=metal))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", size="small", material="metal")), "color"),
)

# scene 2: big green metal cube, small gray metal cylinder, big cyan rubber cylinder
C(
    "unique",
    2,
    "what shape is the only rubber object",
    "q(u(f(scene(), material=rubber)), shape)",
    lambda s: s.a(s.the(material="rubber"), "shape"),
)
C(
    "relate",
    2,
    "Is the cube located to the right of the smaller cylinder?",
    "exist(inter(sel(cube), rel(u(f(sel(cylinder), size=small)), right)))",
    lambda s: yes(s.the(shape="cube") in related(s, "right", s.the(shape="cylinder", size="small"))),
)

# scene 3: small red metal ball, small purple metal cube, big red rubber cylinder, big purple rubber cylinder (back), small red metal cylinder
C(
    "count_excl",
    3,
    "How many red things are there, not counting the big one?",
    "count(fn(f(scene(), color=red), size=large))",
    lambda s: n(but(s.f(color="red"), [s.the(color="red", size="large")])),
)
C(
    "all_same",
    3,
    "Do all of the shiny objects have the same size",
    "same(f(scene(), material=metal), size)",
    lambda s: all_same(s, s.f(material="metal"), "size"),
)
C(
    "extreme",
    3,
    "Which shape is the object sitting furthest back in the scene?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "closest",
    3,
    "I'm thinking of the thing closest to the big purple cylinder. What colour is it?",
    "q(closest(scene(), u(f(sel(cylinder), size=large, color=purple))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", size="large", color="purple")), "color"),
)

# scene 4: nine small things and one big blue metal ball
C(
    "unique",
    4,
    "There's just one big object in this picture. What color is it?",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)
C(
    "nvalues",
    4,
    "How many different colors do the cylinders come in?",
    "nvalues(sel(cylinder), color)",
    lambda s: str(distinct(s, s.f(shape="cylinder"), "color")),
)
C(
    "compare_count",
    4,
    "Would you say there are more rubber things than metal things here?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "hypothetical",
    4,
    "If I took out every yellow object, how many balls would still be there?",
    "count(fn(sel(sphere), color=yellow))",
    lambda s: n(but(s.f(shape="sphere"), s.f(color="yellow"))),
)
C(
    "closest",
    4,
    "Which ball is nearest the purple rubber ball, and is it metal or rubber?",
    "choose(closest(sel(sphere), u(f(sel(sphere), color=purple, material=rubber))), material, [metal, rubber])",
    lambda s: s.a(
        nearest(s, s.f(shape="sphere"), s.the(shape="sphere", color="purple", material="rubber")), "material"
    ),
)

# scene 5: small cyan metal ball, big purple ball, big brown metal ball, small purple ball, small red cube, big brown metal cube, big blue cube, small green cylinder
C(
    "same_attr",
    5,
    "The big metal ball is the same colour as one other thing. What shape is that other thing?",
    "q(u(same_attr(u(f(sel(sphere), size=large, material=metal)), color)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="sphere", size="large", material="metal"), "color")), "shape"),
)
C(
    "closest",
    5,
    "what is the color of the object that's closest to the tiny red cube?",
    "q(closest(scene(), u(f(sel(cube), size=small, color=red))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", size="small", color="red")), "color"),
)
C(
    "relate",
    5,
    "Whatever is to the right of the large purple ball, what is it made of?",
    "q(u(rel(u(f(sel(sphere), size=large, color=purple)), right)), material)",
    lambda s: s.a(only(related(s, "right", s.the(shape="sphere", size="large", color="purple"))), "material"),
)

# scene 6: small purple ball, big red cylinder, small brown ball, big purple cylinder, small red metal cube, small blue metal cube, big red ball, big gray ball
C(
    "every",
    6,
    "Is every metal thing in the picture a cube?",
    "verify(f(scene(), material=metal), shape, cube)",
    lambda s: every(s, s.f(material="metal"), "shape", "cube"),
)
C(
    "count_excl",
    6,
    "Besides the cylinders, how many large objects are there?",
    "count(fn(f(scene(), size=large), shape=cylinder))",
    lambda s: n([i for i in s.f(size="large") if s.a(i, "shape") != "cylinder"]),
)
C(
    "relate",
    6,
    "The little brown ball has something sitting in front of it, is that thing big or small?",
    "choose(u(rel(u(f(sel(sphere), size=small, color=brown)), front)), size, [large, small])",
    lambda s: s.a(only(related(s, "front", s.the(shape="sphere", size="small", color="brown"))), "size"),
)
C(
    "farthest",
    6,
    "Which colour is the object that's farthest away from the blue cube?",
    "q(farthest(scene(), u(f(sel(cube), color=blue))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="blue"), far=True), "color"),
)

# scene 7: ten objects; big brown metal cube in front
C(
    "extreme",
    7,
    "What color is the object that's the closest to us?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "same_attr",
    7,
    "How many things share a color with the little blue cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=blue)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", color="blue"), "color")),
)
C(
    "hypothetical",
    7,
    "If every cylinder suddenly vanished, how many objects would be left?",
    "count(fn(scene(), shape=cylinder))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cylinder"]),
)
C(
    "extreme",
    7,
    "the object on the extreme right, what's it made of?",
    "q(ord(scene(), right, 1), material)",
    lambda s: s.a(nth(s, s.all(), "right"), "material"),
)
C(
    "compare_count",
    7,
    "Is there the same amount of cubes as there are balls?",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)

# scene 8: big gray cylinder, small gray cube, small purple cylinder, small cyan cube, small brown cube (back), big purple ball, small yellow cylinder (front), small yellow cube
C(
    "relate",
    8,
    "How many obejcts are positioned behind the yellow cylinder?",
    "count(rel(u(f(sel(cylinder), color=yellow)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="yellow"))),
)
C(
    "count_excl",
    8,
    "Not counting the cubes, how many objects are there?",
    "count(fn(scene(), shape=cube))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cube"]),
)
C(
    "closest",
    8,
    "Of all the cubes, which one is the closest to the small purple cylinder? Say its color.",
    "q(closest(sel(cube), u(f(sel(cylinder), color=purple))), color)",
    lambda s: s.a(nearest(s, s.f(shape="cube"), s.the(shape="cylinder", color="purple")), "color"),
)

# scene 9: small gray cube (front), big gray cylinder, small blue metal ball, big brown ball, small gray cylinder, big purple cube, big green cylinder, big green metal ball
C(
    "extreme",
    9,
    "Is the object nearest to the viewer a sphere?",
    "verify(ord(scene(), front, 1), shape, sphere)",
    lambda s: yes(s.a(nth(s, s.all(), "front"), "shape") == "sphere"),
)
C(
    "two_step",
    9,
    "One of these is both green and metallic. What is its shape?",
    "q(u(f(scene(), color=green, material=metal)), shape)",
    lambda s: s.a(s.the(color="green", material="metal"), "shape"),
)
C(
    "relate",
    9,
    "There's something to the right of the large brown sphere; what shape is it",
    "q(u(rel(u(f(sel(sphere), color=brown)), right)), shape)",
    lambda s: s.a(only(related(s, "right", s.the(shape="sphere", color="brown"))), "shape"),
)

# scene 10: small red cylinder, big purple metal ball (left), big green metal cylinder (front), big gray metal cylinder, small gray cube, big red ball
C(
    "farthest",
    10,
    "What shape is the object farthest from the big gray cylinder?",
    "q(farthest(scene(), u(f(sel(cylinder), color=gray))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", color="gray"), far=True), "shape"),
)
C(
    "relate",
    10,
    "what color is the thing in front of the small red cylinder?",
    "q(u(rel(u(f(sel(cylinder), color=red)), front)), color)",
    lambda s: s.a(only(related(s, "front", s.the(shape="cylinder", color="red"))), "color"),
)

# scene 11: ten objects, four brown
C(
    "count_excl",
    11,
    "How many brown objects are there besides the spheres?",
    "count(fn(f(scene(), color=brown), shape=sphere))",
    lambda s: n([i for i in s.f(color="brown") if s.a(i, "shape") != "sphere"]),
)
C(
    "common",
    11,
    "Which color do you see the most of?",
    "common_value(scene(), color)",
    lambda s: most_common(s, s.all(), "color"),
)
C(
    "nvalues",
    11,
    "The brown things are made of how many different materials?",
    "nvalues(f(scene(), color=brown), material)",
    lambda s: str(distinct(s, s.f(color="brown"), "material")),
)
C(
    "closest",
    11,
    "What shape is the object closest to the little green cube?",
    "q(closest(scene(), u(f(sel(cube), color=green))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="green")), "shape"),
)
# scene 12: seven small things and one big gray rubber ball
C(
    "unique",
    12,
    "One object is way bigger than all the rest. What is it made of?",
    "q(ord(scene(), largest, 1), material)",
    lambda s: s.a(s.the(size="large"), "material"),
)
C(
    "every",
    12,
    "Is every single cube made of metal?",
    "verify(sel(cube), material, metal)",
    lambda s: every(s, s.f(shape="cube"), "material", "metal"),
)
C(
    "extreme",
    12,
    "Counting from the left, what color is the second object?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)

# scene 13: small red cube, big cyan cylinder, small purple cylinder, small gray metal ball, small cyan ball (back), small red ball, big red metal cube
C(
    "hypothetical",
    13,
    "If you took all the red stuff away, how many things would there be?",
    "count(fn(scene(), color=red))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "red"]),
)
C(
    "extreme",
    13,
    "What color is the ball that's the farthest from the camera?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "same_attr",
    13,
    "What's the shape of the thing that has the same color as the big cylinder?",
    "q(u(same_attr(u(f(sel(cylinder), size=large)), color)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="cylinder", size="large"), "color")), "shape"),
)

# scene 14: big cyan ball, small blue metal ball, small gray metal cube
C(
    "compare_count",
    14,
    "Are there more balls than blocks?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "extreme",
    14,
    "Going from left to right, what color is the object in the middle?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)

# scene 15: big green rubber cylinder, big brown metal cylinder, small purple cylinder, big green metal ball, small yellow ball, small blue cube, big red ball
C(
    "same",
    15,
    "The green ball and the green cylinder, are they made of the same material?",
    "same(u(f(sel(sphere), color=green)), u(f(sel(cylinder), color=green)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="green"), "material") == s.a(s.the(shape="cylinder", color="green"), "material")
    ),
)
C(
    "closest",
    15,
    "The blue cube has a nearest neighbor. What color is it?",
    "q(closest(scene(), u(f(sel(cube), color=blue))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="blue")), "color"),
)

# scene 16: three small metal balls, big brown cylinder, big yellow cube, big green ball, big yellow metal cylinder
C(
    "every",
    16,
    "Are all the little things spheres?",
    "verify(f(scene(), size=small), shape, sphere)",
    lambda s: every(s, s.f(size="small"), "shape", "sphere"),
)
C(
    "two_step",
    16,
    "What is the yellow thing that isn't a cube made of?",
    "q(u(fn(f(scene(), color=yellow), shape=cube)), material)",
    lambda s: s.a(only([i for i in s.f(color="yellow") if s.a(i, "shape") != "cube"]), "material"),
)
C(
    "relate",
    16,
    "How many things are infront of the red ball?",
    "count(rel(u(f(sel(sphere), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="red"))),
)

# scene 17: big green metal cylinder, small yellow ball, big red metal cube (back), big yellow cube
C(
    "common",
    17,
    "Which color shows up more than once?",
    "common_value(scene(), color)",
    lambda s: only([c for c, k in Counter(s.a(i, "color") for i in s.all()).items() if k > 1]),
)
C(
    "same",
    17,
    "Is the small ball the same color as the cube on the left?",
    "same(u(f(sel(sphere), size=small)), ord(sel(cube), left, 1), color)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small"), "color") == s.a(nth(s, s.f(shape="cube"), "left"), "color")),
)
C(
    "exist",
    17,
    "Is there anything made of rubber that is smaller than the green cylinder?",
    "exist(f(scene(), size=small, material=rubber))",
    lambda s: yes(bool(smaller_than(s, s.the(shape="cylinder", color="green"), s.f(material="rubber")))),
)
C(
    "relate",
    17,
    "What is behind the green cylinder?",
    "q(u(rel(u(f(sel(cylinder), color=green)), behind)), shape)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cylinder", color="green"))), "shape"),
)

# scene 18: big cyan cube, big purple metal cylinder, small purple ball, big purple rubber cylinder, small blue cylinder, big cyan ball, small purple metal cube, small red ball
C(
    "count_excl",
    18,
    "How many purple items can you see other than the cylinders?",
    "count(fn(f(scene(), color=purple), shape=cylinder))",
    lambda s: n([i for i in s.f(color="purple") if s.a(i, "shape") != "cylinder"]),
)
C(
    "compare_count",
    18,
    "are there fewer rubber things than metal ones",
    "lt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) < len(s.f(material="metal"))),
)
C(
    "relate",
    18,
    "What color is the thing behind the big cyan cube?",
    "q(u(rel(u(f(sel(cube), color=cyan)), behind)), color)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cube", color="cyan"))), "color"),
)

# scene 19: small gray cube, small green cylinder, small cyan metal cylinder, small cyan metal cube, small cyan rubber cylinder, big blue cube, big gray ball, small yellow cube
C(
    "hypothetical",
    19,
    "If someone took away all the cyan things, how many cubes would remain?",
    "count(fn(sel(cube), color=cyan))",
    lambda s: n(but(s.f(shape="cube"), s.f(color="cyan"))),
)
C(
    "nvalues",
    19,
    "How many colours are there in total?",
    "nvalues(scene(), color)",
    lambda s: str(distinct(s, s.all(), "color")),
)
C(
    "relate",
    19,
    "How many things are left of the gray cube?",
    "count(rel(u(f(sel(cube), color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="gray"))),
)
C(
    "closest",
    19,
    "What is the object nearest the yellow cube made of?",
    "q(closest(scene(), u(f(sel(cube), color=yellow))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="yellow")), "material"),
)

# scene 20: small purple cylinder, small green cylinder, big cyan metal ball, small yellow cube, small yellow cylinder, small brown cube
C(
    "extreme_size",
    20,
    "What color is the biggest thing in the picture?",
    "q(ord(scene(), largest, 1), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)
C(
    "all_same",
    20,
    "Do the yellow objects have the same shape?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: all_same(s, s.f(color="yellow"), "shape"),
)
C(
    "negation",
    20,
    "Is it true that the big ball is not made of rubber?",
    "not_(verify(u(f(sel(sphere), size=large)), material, rubber))",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "material") != "rubber"),
)
C(
    "farthest",
    20,
    "What colour is the object that is farthest from the large cyan ball?",
    "q(farthest(scene(), u(f(sel(sphere), color=cyan))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="cyan"), far=True), "color"),
)

# scene 21: small green cylinder, big red ball, small gray metal ball, small yellow ball (front), big purple metal cylinder
C(
    "extreme",
    21,
    "What's the shape of the object all the way at the back?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "count_excl",
    21,
    "How many balls are there besides the red one?",
    "count(fn(sel(sphere), color=red))",
    lambda s: n(but(s.f(shape="sphere"), [s.the(shape="sphere", color="red")])),
)

# scene 22: big yellow rubber cylinder, big yellow metal cube, small purple cylinder, small cyan ball (front)
C(
    "every",
    22,
    "Are the yellow things both made of rubber?",
    "verify(f(scene(), color=yellow), material, rubber)",
    lambda s: every(s, s.f(color="yellow"), "material", "rubber"),
)
C(
    "extreme",
    22,
    "what color is the thing nearest the camera",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# scene 23: small yellow metal ball, small brown cylinder, big yellow rubber cylinder, small brown metal ball
C(
    "unique",
    23,
    "There's one large object, what is it made of?",
    "q(u(f(scene(), size=large)), material)",
    lambda s: s.a(s.the(size="large"), "material"),
)
C(
    "closest",
    23,
    "What color is the thing right next to the yellow ball?",
    "q(closest(scene(), u(f(sel(sphere), color=yellow))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="yellow")), "color"),
)
# scene 24: ten objects, four red (a cube, a cylinder, two metal balls)
C(
    "hypothetical",
    24,
    "Suppose you got rid of the red objects. How many cubes would be left over?",
    "count(fn(sel(cube), color=red))",
    lambda s: n(but(s.f(shape="cube"), s.f(color="red"))),
)
C(
    "nvalues",
    24,
    "The red objects come in how many different shapes?",
    "nvalues(f(scene(), color=red), shape)",
    lambda s: str(distinct(s, s.f(color="red"), "shape")),
)
C(
    "extreme",
    24,
    "What colour is the one thats the furthest to the left?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "negation",
    24,
    "Is there a sphere here that isn't red?",
    "exist(fn(sel(sphere), color=red))",
    lambda s: yes(any(s.a(i, "color") != "red" for i in s.f(shape="sphere"))),
)

# scene 25: big blue metal cylinder, small yellow ball (front), big cyan metal ball, big red metal cube, small brown cylinder, big brown rubber ball, small gray cylinder
C(
    "extreme",
    25,
    "What color is the thing in the very front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "relate",
    25,
    "To the right of the little gray cylinder there is one object. What color is it?",
    "q(u(rel(u(f(sel(cylinder), color=gray)), right)), color)",
    lambda s: s.a(only(related(s, "right", s.the(shape="cylinder", color="gray"))), "color"),
)

# scene 26: seven metal things and one small purple rubber cube
C(
    "unique",
    26,
    "Everything is shiny except one object. What shape is that one?",
    "q(u(fn(scene(), material=metal)), shape)",
    lambda s: s.a(only([i for i in s.all() if s.a(i, "material") != "metal"]), "shape"),
)
C(
    "count_excl",
    26,
    "How many green things are there besides the cylinders",
    "count(fn(f(scene(), color=green), shape=cylinder))",
    lambda s: n([i for i in s.f(color="green") if s.a(i, "shape") != "cylinder"]),
)
C(
    "common",
    26,
    "whats the most common color in this picture",
    "common_value(scene(), color)",
    lambda s: most_common(s, s.all(), "color"),
)

# scene 27: big purple cube, small yellow metal ball, small red cylinder, big red cube (front)
C(
    "same",
    27,
    "Is the big red thing the same shape as the purple object?",
    "same(u(f(scene(), size=large, color=red)), u(f(scene(), color=purple)), shape)",
    lambda s: yes(s.a(s.the(size="large", color="red"), "shape") == s.a(s.the(color="purple"), "shape")),
)
C(
    "relate",
    27,
    "How many things are further back than the small red cylinder?",
    "count(rel(u(f(sel(cylinder), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="red"))),
)
C(
    "two_step",
    27,
    "Find the thing in front of the cylinder. What color is the object to the left of that?",
    "q(u(rel(u(rel(u(sel(cylinder)), front)), left)), color)",
    lambda s: s.a(only(related(s, "left", only(related(s, "front", s.the(shape="cylinder"))))), "color"),
)

# scene 28: big red metal cylinder (front), small red cylinder, big purple cylinder, small brown ball
C("exist", 28, "Can you see any blocks at all?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))
C(
    "same",
    28,
    "Does the purple cylinder have the same material as the little red one?",
    "same(u(f(sel(cylinder), color=purple)), u(f(sel(cylinder), color=red, size=small)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="purple"), "material")
        == s.a(s.the(shape="cylinder", color="red", size="small"), "material")
    ),
)
C(
    "closest",
    28,
    "what colour is the object that is closest to teh small red cylinder",
    "q(closest(scene(), u(f(sel(cylinder), color=red, size=small))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", color="red", size="small")), "color"),
)

# scene 29: big cyan metal ball, big cyan cylinder, big red cylinder, small brown ball
C(
    "same_attr",
    29,
    "How many other things are the same color as the cyan ball?",
    "count(same_attr(u(f(sel(sphere), color=cyan)), color))",
    lambda s: n(others(s, s.the(shape="sphere", color="cyan"), "color")),
)

# scene 30: big green ball, big purple ball, big blue metal cylinder (front)
C("all_same", 30, "Are all three objects the same size?", "same(scene(), size)", lambda s: all_same(s, s.all(), "size"))
C(
    "relate",
    30,
    "Something is in front of the green ball. What shape is it?",
    "q(u(rel(u(f(sel(sphere), color=green)), front)), shape)",
    lambda s: s.a(only(related(s, "front", s.the(shape="sphere", color="green"))), "shape"),
)

# scene 31: ten objects, one big blue metal ball, one purple cube
C(
    "hypothetical",
    31,
    "Say we removed all of the small things. How many objects would be left?",
    "count(fn(scene(), size=small))",
    lambda s: n([i for i in s.all() if s.a(i, "size") != "small"]),
)
C(
    "compare_count",
    31,
    "Do the cylinders outnumber the spheres?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "same_attr",
    31,
    "What shape is the other object that's the same color as the big metal ball?",
    "q(u(same_attr(u(f(sel(sphere), size=large, material=metal)), color)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="sphere", size="large", material="metal"), "color")), "shape"),
)
C(
    "closest",
    31,
    "What is the thing closest to the gray rubber ball made of?",
    "q(closest(scene(), u(f(sel(sphere), color=gray))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="gray")), "material"),
)

# scene 32: small gray cube, big yellow metal ball, small gray cube, small red ball, small red metal cube, small gray metal cylinder
C(
    "unique",
    32,
    "Which material is the big thing made out of?",
    "q(u(f(scene(), size=large)), material)",
    lambda s: s.a(s.the(size="large"), "material"),
)
C(
    "union",
    32,
    "How many objects are red or are cylinders (or both)?",
    "count(union(f(scene(), color=red), sel(cylinder)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") == "red" or s.a(i, "shape") == "cylinder"]),
)
C(
    "exist",
    32,
    "Is there a red cube made of rubber in this scene?",
    "exist(f(sel(cube), color=red, material=rubber))",
    lambda s: yes(bool(s.f(shape="cube", color="red", material="rubber"))),
)

# scene 33: small cyan cube, small gray ball, small blue cylinder, big cyan cylinder, big green cube, big red metal ball (front)
C(
    "relate",
    33,
    "How many objects are farther from the camera than the red ball?",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)
C(
    "extreme",
    33,
    "Leftmost thing: which shape is it?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "closest",
    33,
    "What color is the thing closest to the big green cube?",
    "q(closest(scene(), u(f(sel(cube), color=green))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="green")), "color"),
)

# scene 34: small red metal cylinder, small yellow metal cube, big gray metal cylinder
C(
    "every",
    34,
    "Is everything in this picture made out of metal?",
    "verify(scene(), material, metal)",
    lambda s: every(s, s.all(), "material", "metal"),
)

# scene 35: small purple metal ball, big green metal cube, big green rubber cube, big red metal ball, big gray metal cube
C(
    "extreme",
    35,
    "What's the green block on the right made of?",
    "q(ord(f(sel(cube), color=green), right, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cube", color="green"), "right"), "material"),
)
C(
    "negation",
    35,
    "Is it true that there are no cylinders anywhere in this picture?",
    "not_(exist(sel(cylinder)))",
    lambda s: yes(not s.f(shape="cylinder")),
)
C(
    "same",
    35,
    "Is the little ball the same material as the big gray cube?",
    "same(u(f(sel(sphere), size=small)), u(f(sel(cube), color=gray)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", size="small"), "material") == s.a(s.the(shape="cube", color="gray"), "material")
    ),
)

# scene 36: big purple metal ball, small yellow metal cube, big cyan metal ball, small gray metal ball, big brown rubber cylinder
C(
    "unique",
    36,
    "What color is the only thing not made of metal?",
    "q(u(fn(scene(), material=metal)), color)",
    lambda s: s.a(only([i for i in s.all() if s.a(i, "material") != "metal"]), "color"),
)
C(
    "compare_size",
    36,
    "How many balls are bigger than the small gray ball?",
    "count(f(sel(sphere), size=large))",
    lambda s: n(bigger_than(s, s.the(shape="sphere", color="gray"), s.f(shape="sphere"))),
)
C(
    "closest",
    36,
    "What shape is the thing nearest to the purple ball?",
    "q(closest(scene(), u(f(sel(sphere), color=purple))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="purple")), "shape"),
)

# scene 37: big gray rubber cylinder, small brown cube, big purple metal cube, small red ball, small red cube, small gray metal cylinder, small cyan ball, big blue metal cylinder
C(
    "same_attr",
    37,
    "Not counting the big rubber cylinder, how many objects have the same color as it?",
    "count(same_attr(u(f(sel(cylinder), size=large, material=rubber)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="large", material="rubber"), "color")),
)
C(
    "extreme",
    37,
    "What color is the second thing from the right?",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)

# scene 38: small green rubber ball, big gray rubber cylinder, small red metal ball, small green metal ball, big gray metal cylinder
C(
    "same",
    38,
    "The two gray cylinders: are they made of the same material or not?",
    "same(f(sel(cylinder), color=gray), material)",
    lambda s: all_same(s, s.f(shape="cylinder", color="gray"), "material"),
)
C(
    "extreme",
    38,
    "What is the color of the ball on the far left?",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "color"),
)

# scene 39: big gray metal cylinder, small brown cylinder, small gray metal cube
C(
    "same_attr",
    39,
    "How many objects share the color of the cube?",
    "count(same_attr(u(sel(cube)), color))",
    lambda s: n(others(s, s.the(shape="cube"), "color")),
)

# scene 40: small cyan metal cube, big brown rubber cylinder, big gray metal cube
C(
    "farthest",
    40,
    "Which cube is farther away from the cylinder, the small one or the big one?",
    "choose(farthest(sel(cube), u(sel(cylinder))), size, [small, large])",
    lambda s: s.a(nearest(s, s.f(shape="cube"), s.the(shape="cylinder"), far=True), "size"),
)
C(
    "unique",
    40,
    "What shape is the object that's made out of rubber?",
    "q(u(f(scene(), material=rubber)), shape)",
    lambda s: s.a(s.the(material="rubber"), "shape"),
)

# scene 41: ten objects, five cylinders
C(
    "negation",
    41,
    "How many cylinders are there that aren't yellow?",
    "count(fn(sel(cylinder), color=yellow))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "color") != "yellow"]),
)
C(
    "hypothetical",
    41,
    "If you took away the yellow things, would there be more cylinders than balls?",
    "gt(count(fn(sel(cylinder), color=yellow)), count(fn(sel(sphere), color=yellow)))",
    lambda s: yes(
        len(but(s.f(shape="cylinder"), s.f(color="yellow"))) > len(but(s.f(shape="sphere"), s.f(color="yellow")))
    ),
)
C(
    "count_excl",
    41,
    "How many things are there other than cylinders and spheres?",
    "count(fn(fn(scene(), shape=cylinder), shape=sphere))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") not in ("cylinder", "sphere")]),
)
C(
    "closest",
    41,
    "What color is the closest object to the purple cylinder?",
    "q(closest(scene(), u(f(sel(cylinder), color=purple))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", color="purple")), "color"),
)
# scene 42: small yellow ball, small gray cylinder, small gray metal cube, big blue cylinder, small blue cube, small blue metal cylinder, small blue ball, big yellow metal ball
C(
    "count_excl",
    42,
    "How many blue things are there apart from the cylinders?",
    "count(fn(f(scene(), color=blue), shape=cylinder))",
    lambda s: n([i for i in s.f(color="blue") if s.a(i, "shape") != "cylinder"]),
)
C(
    "compare_count",
    42,
    "Is the number of blue objects greater than the number of all the other objects?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda s: yes(len(s.f(color="blue")) > len(s.all()) - len(s.f(color="blue"))),
)
C(
    "closest",
    42,
    "What material is the thing nearest to the yellow rubber ball?",
    "q(closest(scene(), u(f(sel(sphere), color=yellow, material=rubber))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="yellow", material="rubber")), "material"),
)

# scene 43: big yellow metal cube, big cyan metal ball, small blue metal cylinder (front), small cyan metal ball, big blue metal cube, big green rubber cube, big gray rubber ball, small cyan rubber ball
C(
    "hypothetical",
    43,
    "If you removed all the metal objects, how many balls would there be?",
    "count(fn(sel(sphere), material=metal))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "material") != "metal"]),
)
C(
    "compare_size",
    43,
    "How many cubes are larger than the blue cylinder is?",
    "count(f(sel(cube), size=large))",
    lambda s: n(bigger_than(s, s.the(shape="cylinder", color="blue"), s.f(shape="cube"))),
)
C(
    "negation",
    43,
    "how many rubber things aren't spheres",
    "count(fn(f(scene(), material=rubber), shape=sphere))",
    lambda s: n([i for i in s.f(material="rubber") if s.a(i, "shape") != "sphere"]),
)
C(
    "farthest",
    43,
    "What color is the object that is farthest away from the small rubber ball?",
    "q(farthest(scene(), u(f(sel(sphere), size=small, material=rubber))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", size="small", material="rubber"), far=True), "color"),
)

# scene 44: big brown ball, small brown metal ball, small purple cube, big blue metal cube, small cyan cube
C(
    "every",
    44,
    "Are both of the brown things balls?",
    "verify(f(scene(), color=brown), shape, sphere)",
    lambda s: every(s, s.f(color="brown"), "shape", "sphere"),
)
C(
    "relate",
    44,
    "How many things can you see to the right of the large blue cube?",
    "count(rel(u(f(sel(cube), color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="blue"))),
)

# scene 45: small gray cube, small red cube, small gray cylinder, small cyan cylinder, small cyan cube, big gray ball, big red ball (front), big cyan ball, small yellow cylinder
C(
    "negation",
    45,
    "Is there any ball that isn't big?",
    "exist(fn(sel(sphere), size=large))",
    lambda s: yes(any(s.a(i, "size") != "large" for i in s.f(shape="sphere"))),
)
C(
    "nvalues",
    45,
    "how many different colors of cube are there?",
    "nvalues(sel(cube), color)",
    lambda s: str(distinct(s, s.f(shape="cube"), "color")),
)
C(
    "extreme",
    45,
    "What's the color of the object that is second closest to the camera?",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "color"),
)

# scene 46: big gray cube, small cyan cylinder, small red ball, big cyan cylinder, small green ball, small purple ball, big red cube, small purple cube
C(
    "same_attr",
    46,
    "Count the things that are the same shape as the green ball, not including it.",
    "count(same_attr(u(f(sel(sphere), color=green)), shape))",
    lambda s: n(others(s, s.the(shape="sphere", color="green"), "shape")),
)
C(
    "exist",
    46,
    "Is there something purple that is made of rubber?",
    "exist(f(scene(), color=purple, material=rubber))",
    lambda s: yes(bool(s.f(color="purple", material="rubber"))),
)
C(
    "count_excl",
    46,
    "How many metal things are there other than the gray cube?",
    "count(diff(f(scene(), material=metal), f(sel(cube), color=gray)))",
    lambda s: n(but(s.f(material="metal"), [s.the(shape="cube", color="gray")])),
)

# scene 47: ten objects, three purple cubes
C(
    "negation",
    47,
    "Of the purple blocks, how many are not big?",
    "count(fn(f(sel(cube), color=purple), size=large))",
    lambda s: n([i for i in s.f(shape="cube", color="purple") if s.a(i, "size") != "large"]),
)
C(
    "hypothetical",
    47,
    "Pretend all the purple stuff is gone. How many cubes are left?",
    "count(fn(sel(cube), color=purple))",
    lambda s: n(but(s.f(shape="cube"), s.f(color="purple"))),
)
C(
    "extreme",
    47,
    "What is the rightmost cube made of?",
    "q(ord(sel(cube), right, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "material"),
)
C(
    "closest",
    47,
    "What's the shape of the thing closest to the big yellow ball?",
    "q(closest(scene(), u(f(sel(sphere), color=yellow, size=large))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="yellow", size="large")), "shape"),
)

# scene 48: big yellow rubber ball, big red cube, two big green metal balls, big gray ball, small yellow cube, small blue cylinder
C(
    "compare_size",
    48,
    "How many things in the picture are smaller than the red cube?",
    "count(f(scene(), size=small))",
    lambda s: n(smaller_than(s, s.the(shape="cube", color="red"))),
)
C(
    "compare_count",
    48,
    "Are there more spheres than everything else put together?",
    "gt(count(sel(sphere)), count(fn(scene(), shape=sphere)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.all()) - len(s.f(shape="sphere"))),
)
C(
    "two_step",
    48,
    "There are two green balls. What color is the thing behind the one that's further back?",
    "q(u(rel(ord(f(sel(sphere), color=green), behind, 1), behind)), color)",
    lambda s: s.a(only(related(s, "behind", nth(s, s.f(shape="sphere", color="green"), "behind"))), "color"),
)

# scene 49: eight small things and a big purple metal ball
C(
    "extreme",
    49,
    "What size is the purple ball in the back?",
    "q(ord(f(sel(sphere), color=purple), behind, 1), size)",
    lambda s: s.a(nth(s, s.f(shape="sphere", color="purple"), "behind"), "size"),
)
C(
    "negation",
    49,
    "Can you confirm that none of the balls is metal?",
    "not_(exist(f(sel(sphere), material=metal)))",
    lambda s: yes(not s.f(shape="sphere", material="metal")),
)
C(
    "all_same",
    49,
    "Are the two yellow balls made of the same stuff?",
    "same(f(sel(sphere), color=yellow), material)",
    lambda s: all_same(s, s.f(shape="sphere", color="yellow"), "material"),
)

# scene 50: eight rubber things, three green
C(
    "exist",
    50,
    "Is anything in this scene made of metal?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "extreme",
    50,
    "What is the color of the object that is behind all the others?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "closest",
    50,
    "What shape is the thing nearest to the small yellow cube?",
    "q(closest(scene(), u(f(sel(cube), color=yellow))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="yellow")), "shape"),
)

# scene 51: small brown metal ball, big gray rubber ball, small yellow metal cube
C(
    "compare_count",
    51,
    "Are there more metalic objects than rubber ones?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)

# scene 52: big blue metal cube, big brown rubber cube, small gray metal cylinder, big purple metal cube
C(
    "extreme_size",
    52,
    "What's the smallest thing made of?",
    "q(ord(scene(), smallest, 1), material)",
    lambda s: s.a(s.the(size="small"), "material"),
)
C(
    "every",
    52,
    "Apart from the cylinder, what shape are all the other objects?",
    "q(fn(scene(), shape=cylinder), shape)",
    lambda s: only(list({s.a(i, "shape") for i in s.all() if s.a(i, "shape") != "cylinder"})),
)

# scene 53: big yellow metal cube, small yellow metal ball, big green metal ball, big purple cube, big blue cube, small gray cube
C(
    "relate",
    53,
    "Is the yellow ball sitting behind the yellow cube?",
    "exist(inter(f(sel(sphere), color=yellow), rel(u(f(sel(cube), color=yellow)), behind)))",
    lambda s: yes(s.the(shape="sphere", color="yellow") in related(s, "behind", s.the(shape="cube", color="yellow"))),
)

# scene 54: big green cube, big brown metal cylinder, two big gray cubes
C(
    "unique",
    54,
    "What's the material of the only object that isn't a cube?",
    "q(u(fn(scene(), shape=cube)), material)",
    lambda s: s.a(only([i for i in s.all() if s.a(i, "shape") != "cube"]), "material"),
)
C(
    "extreme",
    54,
    "What color is the cube on the far right?",
    "q(ord(sel(cube), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "color"),
)

# scene 55: nine objects, three big purple balls
C(
    "negation",
    55,
    "How many purple things are there that are not balls?",
    "count(fn(f(scene(), color=purple), shape=sphere))",
    lambda s: n([i for i in s.f(color="purple") if s.a(i, "shape") != "sphere"]),
)
C(
    "hypothetical",
    55,
    "if the big purple balls were taken out of the scene, how many things would be left",
    "count(diff(scene(), f(sel(sphere), size=large, color=purple)))",
    lambda s: n(but(s.all(), s.f(shape="sphere", size="large", color="purple"))),
)
C(
    "extreme",
    55,
    "Which color is the object nearest to where the picture was taken from?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "closest",
    55,
    "What colour is the thing nearest the small purple cube?",
    "q(closest(scene(), u(f(sel(cube), color=purple))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="purple")), "color"),
)

# scene 56: small blue cube, small yellow ball, big brown cube, small cyan ball (front), big cyan cube, big green metal cylinder
C(
    "unique",
    56,
    "What color is the only shiny thing?",
    "q(u(f(scene(), material=metal)), color)",
    lambda s: s.a(s.the(material="metal"), "color"),
)
C(
    "all_same",
    56,
    "Are the two cyan things the same shape as each other?",
    "same(f(scene(), color=cyan), shape)",
    lambda s: all_same(s, s.f(color="cyan"), "shape"),
)
C(
    "relate",
    56,
    "How many cubes are behind the little cyan ball?",
    "count(rel(u(f(sel(sphere), color=cyan)), behind, name=cube))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="cyan"), s.f(shape="cube"))),
)

# scene 57: small brown metal cylinder, big gray cube, big blue metal ball, big gray cube, small yellow ball
C(
    "farthest",
    57,
    "Which thing is the farthest from the yellow ball? Give its color.",
    "q(farthest(scene(), u(f(sel(sphere), color=yellow))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="yellow"), far=True), "color"),
)
C(
    "relate",
    57,
    "What's to the right of the brown cylinder made of?",
    "q(u(rel(u(sel(cylinder)), right)), material)",
    lambda s: s.a(only(related(s, "right", s.the(shape="cylinder"))), "material"),
)

# scene 58: small blue ball, big cyan metal cube, big purple metal cube
C("query", 58, "what color is the ball", "q(u(sel(sphere)), color)", lambda s: s.a(s.the(shape="sphere"), "color"))

# scene 59: small purple cylinder, big cyan cylinder, two big brown balls, big blue cylinder, small purple metal cube, big purple cylinder, big purple ball
C(
    "count",
    59,
    "How many purple things are made of rubber?",
    "count(f(scene(), color=purple, material=rubber))",
    lambda s: n(s.f(color="purple", material="rubber")),
)
C(
    "unique",
    59,
    "What is the shape of the only metal object?",
    "q(u(f(scene(), material=metal)), shape)",
    lambda s: s.a(s.the(material="metal"), "shape"),
)
C(
    "all_same",
    59,
    "Are both brown balls the same size?",
    "same(f(sel(sphere), color=brown), size)",
    lambda s: all_same(s, s.f(shape="sphere", color="brown"), "size"),
)

# --- questions the scene JSON cannot answer (refuse) -------------------------------------------------------------
X(0, "Which of these objects is casting the longest shadow?")
X(3, "Can you see the reflection of the little purple cube in any of the shiny things?")
X(5, "Are the big brown ball and the big brown cube touching each other?")
X(7, "Which of these objects could a robot pick up with one hand?")
X(9, "How much does the big green metal ball weigh?")
X(10, "Is the big gray cylinder hollow on the inside?")
X(13, "Where is the light coming from in this picture?")
X(14, "If I gave the big cyan ball a push, which way would it roll?")
X(16, "How many pencils are lying on the floor?")
X(20, "What is the floor made of?")
X(22, "Which object was put into the scene first?")
X(24, "How tall is the big red cylinder in centimeters?")
X(26, "Is the purple rubber cube warm or cold to the touch?")
X(30, "how much would the blue cylinder cost in a store")
X(33, "Which object would make the loudest noise if you dropped it?")
X(34, "How many dogs are there in this picture?")
X(36, "Which of the spheres is the softest?")
X(39, "Is the gray cube glued to the ground or could it slide around?")
X(40, "What is written on the side of the gray cube?")
X(44, "Why is the blue cube sitting next to the cyan one?")
X(48, "Would the yellow rubber ball float if you dropped it in water?")
X(51, "Which of the three objects is the oldest?")
X(54, "What time of day was this picture taken?")
X(57, "How many people are hiding behind the big gray cubes?")
X(58, "Is the blue ball bouncing or just sitting still?")

# =================================================================================================================
# photo-like graphs
# =================================================================================================================
P(
    "photo_relate",
    "street",
    "What color is the tie the guy on the left has on?",
    "q(u(rel(ord(sel(man), left, 1), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.by_x(p.f("man"))[0], "wearing")), "color"),
)
P(
    "photo_relate",
    "street",
    "the man on the right, what colour is his tie",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.by_x(p.f("man"))[-1], "wearing")), "color"),
)
P(
    "photo_text",
    "street",
    "What does the red sign say?",
    "q(u(f(sel(sign), color=red)), text)",
    lambda p: p.value(p.the("sign", color="red"), "text"),
)
P(
    "photo_relate",
    "street",
    "What is the woman holding onto?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P("photo_count", "street", "How many people r in the picture?", "count(sel(person))", lambda p: n(people(p)))
P(
    "photo_relate",
    "street",
    "Is the man on the left wearing a blue tie?",
    "exist(inter(f(sel(tie), color=blue), rel(ord(sel(man), left, 1), wearing, role=object)))",
    lambda p: yes(
        any(
            p.value(t, "color") == "blue" and p.name(t) == "tie" for t in p.objects_of(p.by_x(p.f("man"))[0], "wearing")
        )
    ),
)
P(
    "photo_relate",
    "street",
    "What's behind the bus?",
    "q(u(rel(u(sel(bus)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("bus")))),
)
P(
    "photo_text",
    "street",
    "what is written on the side of the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "photo_query",
    "street",
    "What color is the car parked down in the bottom left?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "photo_count",
    "kitchen",
    "How many cups are sitting on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) == "cup"]),
)
P(
    "photo_relate",
    "kitchen",
    "What colour is the cup between the plate and the bottle?",
    "q(u(inter(rel(u(sel(plate)), right, name=cup), rel(u(sel(bottle)), left, name=cup))), color)",
    lambda p: p.value(
        only([c for c in p.f("cup") if p.has(c, "right", p.the("plate")) and p.has(c, "left", p.the("bottle"))]),
        "color",
    ),
)
P(
    "photo_text",
    "kitchen",
    "what time is it on the clock?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "photo_query",
    "kitchen",
    "What's the fork made out of?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "photo_verify",
    "kitchen",
    "Is the table made of wood?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "photo_extreme",
    "kitchen",
    "What color is the cup furthest to the right?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(p.by_x(p.f("cup"))[-1], "color"),
)
P(
    "photo_negation",
    "kitchen",
    "How many of the cups aren't white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([c for c in p.f("cup") if p.value(c, "color") != "white"]),
)
P(
    "photo_relate",
    "kitchen",
    "What's hanging up above the table?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P("photo_count", "park", "How many dogs are in the park?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "photo_relate",
    "park",
    "What is the boy throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "photo_relate",
    "park",
    "Who is holding the black dog?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "photo_relate",
    "park",
    "what colour is the dog that's next to the girl",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only([d for d in p.subjects("near", p.the("girl")) if p.name(d) == "dog"]), "color"),
)
P(
    "photo_query",
    "park",
    "What color is the bike?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "photo_verify",
    "park",
    "Is the bench wooden?",
    "verify(u(sel(bench)), material, wood)",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood"),
)
P(
    "photo_count",
    "shapes",
    "How many blue shapes are there?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "photo_compare",
    "shapes",
    "Is the triangle smaller than the square?",
    "smaller(u(sel(triangle)), u(sel(square)))",
    lambda p: yes(SIZE_RANK[p.value(p.the("triangle"), "size")] < SIZE_RANK[p.value(p.the("square"), "size")]),
)
P(
    "photo_same",
    "shapes",
    "Which other shape has the same colour as the star?",
    "q(u(same_attr(u(sel(star)), color)), shape)",
    lambda p: p.value(
        only([o for o in p.objects if o != p.the("star") and p.value(o, "color") == p.value(p.the("star"), "color")]),
        "shape",
    ),
)
P(
    "photo_query",
    "shapes",
    "What shape is down in the bottom right corner?",
    "q(u(f(scene(), vposition=bottom, hposition=right)), shape)",
    lambda p: p.value(p.the(vposition="bottom", hposition="right"), "shape"),
)
P(
    "photo_compare",
    "shapes",
    "Are there more small shapes than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
X("street", "What breed is the little brown dog?")
X("park", "What is the name of the girl in pink?")
X("kitchen", "Is the coffee in the blue cup still hot?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
