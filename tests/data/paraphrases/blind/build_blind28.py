# ruff: noqa: E501
"""Blind paraphrase set 28: the robot-operator voice. Questions people ask a robot arm or a home robot that sees a
table (or a street, a kitchen, a park) through its camera, before deciding what to pick up or move: engineers
debugging a grasp, a warehouse operator, a researcher writing test prompts, a hobbyist, a home user. So: picking
out the one object to act on ("which one should I grab if I want ...", "the thing you'd reach first from the
left"), checks before an action ("is anything behind the red cube", "is its right side clear"), counts with
conditions and exclusions, comparisons of counts, relations chained two or three steps, same-attribute questions,
extremes along an axis (leftmost, nearest the camera, furthest back, second from the right), nearest and farthest
objects in 3D, terse operator shorthand ("red cube: material?", "count metal spheres", "nearest obj to cam ->
color"), yes/no with negation, all/none/any questions, and about twenty-five questions the scene cannot answer
(weight, grip, whether it would roll, what it is for, temperature, what lies under or hidden behind an object, what
the robot did earlier, distances in centimetres). About one question in ten carries an ordinary typo, abbreviation
or missing question mark.

Conventions of the gold answers: CLEVR relations come from the scene's ``relationships`` (closer to the camera is
``front``); "other"/"else"/same-attribute questions leave the object itself out; no question is asked about a side
of an object when some other object lies within a quarter unit of it along that axis, nor about an order when
neighbours in it are that close; nearest/farthest questions are asked only when the runner-up is at least half a
unit further (nearer). Photo answers follow the graph's stated relations and attributes.

Written without reading the parser, its grammar or prompts, or any other paraphrase set (build_blind23.py was read
for the record format and helper conventions only); held back to be run once, at the end.

Run ``python build_blind28.py`` to write ``../blind28.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind28.jsonl"
Q, C, P, X = question_recorder()

TIE = 0.25  # scene units along an axis: closer than this, a side or an order is too close to call
MARGIN = 0.5  # scene units: the nearest (farthest) object must beat the runner-up by this much


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th object of ids counted from ``side`` (left, right, front, behind)."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = along(s, order[k - 1], side)
    if any(abs(along(s, order[j], side) - here) < TIE for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("order too close to call")
    return order[k - 1]


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects ``relation`` of the anchor (from ``relationships``), when no object is level with it."""
    here = along(s, anchor, relation)
    for j in s.all():
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return s.rel(relation, anchor)


def is_rel(s: Clevr, target: int, relation: str, anchor: int) -> str:
    if abs(along(s, target, relation) - along(s, anchor, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(target in s.rel(relation, anchor))


def nearest(s: Clevr, ids: list[int], anchor: int, far: bool = False) -> int:
    """The object of ids (not the anchor) nearest the anchor in 3D (farthest with ``far``)."""
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=lambda i: -dist[i] if far else dist[i])
    if len(order) > 1 and abs(dist[order[1]] - dist[order[0]]) < MARGIN:
        raise NotUnique(f"runner-up too close: {dist[order[0]]:.2f} vs {dist[order[1]]:.2f}")
    return order[0]


def others(s: Clevr, anchor: int, attribute: str) -> list[int]:
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def only(items):
    items = list(items)
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def centre_x(p: Photo, oid: str) -> float:
    return (p.objects[oid]["box"][0] + p.objects[oid]["box"][2]) / 2


def px_side(p: Photo, ids: list[str], side: str) -> str:
    """The object of ids furthest to ``side`` by box centre; NotUnique when the next is within 40 pixels."""
    order = sorted(ids, key=lambda i: centre_x(p, i), reverse=side == "right")
    if len(order) > 1 and abs(centre_x(p, order[0]) - centre_x(p, order[1])) < 40:
        raise NotUnique("too close to call")
    return order[0]


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sphere, large blue metal sphere, large green rubber cylinder
C(
    "shorthand",
    0,
    "blue ball: material?",
    "q(u(f(sel(sphere), color=blue)), material)",
    lambda s: s.a(s.the(shape="sphere", color="blue"), "material"),
)
C(
    "extreme",
    0,
    "I'm going to pick up whatever is closest to the camera first. What colour is that object?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(0, "How heavy is the big blue ball? I need to know if the arm can lift it.")

# scene 1
C(
    "same_attr",
    1,
    "I want the other object made of the same material as the brown sphere. What shape is it?",
    "q(u(same_attr(u(f(sel(sphere), color=brown)), material)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="sphere", color="brown"), "material")), "shape"),
)
C(
    "compare_count",
    1,
    "Do we have exactly as many cylinders as cubes on the table?",
    "eq(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="cube"))),
)
C(
    "relate",
    1,
    "Before I move the gray cube: is the metal cylinder closer to the camera than it is?",
    "exist(f(rel(u(f(sel(cube), color=gray)), front, name=cylinder), material=metal))",
    lambda s: is_rel(s, s.the(shape="cylinder", material="metal"), "front", s.the(shape="cube", color="gray")),
)

# scene 2
C(
    "all_none",
    2,
    "Before I switch to the magnetic gripper: are all the cylinders metal?",
    "verify(sel(cylinder), material, metal)",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="cylinder"))),
)
C(
    "count",
    2,
    "how many metal things are on the table",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)

# scene 3
C(
    "count",
    3,
    "Count the red objects for me, but skip any spheres.",
    "count(fn(f(scene(), color=red), shape=sphere))",
    lambda s: n([i for i in s.f(color="red") if s.a(i, "shape") != "sphere"]),
)
C(
    "extreme",
    3,
    "Which cylinder sits furthest back from the camera? Give me its color.",
    "q(ord(sel(cylinder), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "behind"), "color"),
)
C(
    "relate",
    3,
    "is there any cube behind the red ball that would block the arm?",
    "exist(rel(u(f(sel(sphere), color=red)), behind, name=cube))",
    lambda s: yes(any(s.a(j, "shape") == "cube" for j in related(s, "behind", s.the(shape="sphere", color="red")))),
)

# scene 4
C(
    "shorthand",
    4,
    "count yellow objs",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "extreme",
    4,
    "Which object is second from the right? I only need its colour.",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)

# scene 5
C(
    "same_attr",
    5,
    "How many other things have the same color as the big brown ball?",
    "count(same_attr(u(f(sel(sphere), color=brown, size=large)), color))",
    lambda s: n(others(s, s.the(shape="sphere", color="brown", size="large"), "color")),
)
C(
    "relate",
    5,
    "There's one metal object behind the big brown sphere. What shape is it?",
    "q(u(f(rel(u(f(sel(sphere), color=brown, size=large)), behind), material=metal)), shape)",
    lambda s: s.a(
        only(s.f(related(s, "behind", s.the(shape="sphere", color="brown", size="large")), material="metal")), "shape"
    ),
)
C(
    "negation",
    5,
    "Which ball is neither rubber nor big? colour pls",
    "q(u(fn(fn(sel(sphere), material=rubber), size=large)), color)",
    lambda s: s.a(
        only(i for i in s.f(shape="sphere") if s.a(i, "material") != "rubber" and s.a(i, "size") != "large"), "color"
    ),
)

# scene 6
C(
    "all_none",
    6,
    "Are both cubes metal? The suction cup doesn't work on metal.",
    "verify(sel(cube), material, metal)",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="cube"))),
)
C(
    "shorthand",
    6,
    "leftmost obj -> size?",
    "q(ord(scene(), left, 1), size)",
    lambda s: s.a(nth(s, s.all(), "left"), "size"),
)
C(
    "count",
    6,
    "How many rubber spheres are there that aren't red?",
    "count(fn(f(sel(sphere), material=rubber), color=red))",
    lambda s: n([i for i in s.f(shape="sphere", material="rubber") if s.a(i, "color") != "red"]),
)
C(
    "same_attr",
    6,
    "how many other items match the colour of the red cylinder",
    "count(same_attr(u(f(sel(cylinder), color=red)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", color="red"), "color")),
)

# scene 7
C(
    "count",
    7,
    "How many small cylinders are on the mat right now?",
    "count(f(sel(cylinder), size=small))",
    lambda s: n(s.f(shape="cylinder", size="small")),
)
C(
    "compare_count",
    7,
    "Are there fewer cubes than cylinders?",
    "lt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="cylinder"))),
)
C(
    "extreme",
    7,
    "I'll start with the cube nearest the camera. What color is it?",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "color"),
)
C(
    "closest",
    7,
    "What's the colour of the object nearest to the big cyan cylinder?",
    "q(closest(scene(), u(f(sel(cylinder), color=cyan, size=large))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", color="cyan", size="large")), "color"),
)
C(
    "chain",
    7,
    "The large cube that is both left of the small blue cylinder and behind it: is it metal or rubber?",
    "q(u(f(inter(rel(u(f(sel(cylinder), color=blue)), left), rel(u(f(sel(cylinder), color=blue)), behind)), size=large, shape=cube)), material)",
    lambda s: s.a(
        only(
            s.f(
                set(related(s, "left", s.the(shape="cylinder", color="blue")))
                & set(related(s, "behind", s.the(shape="cylinder", color="blue"))),
                size="large",
                shape="cube",
            )
        ),
        "material",
    ),
)
X(7, "Is there an object hidden behind the brown cube that the camera can't see?")

# scene 8
C(
    "negation",
    8,
    "How many cubes are not made of rubber?",
    "count(fn(sel(cube), material=rubber))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "material") != "rubber"]),
)
C(
    "same_attr",
    8,
    "The yellow cube has a twin in colour somewhere on the table. What shape is that other yellow object?",
    "q(u(same_attr(u(f(sel(cube), color=yellow)), color)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="cube", color="yellow"), "color")), "shape"),
)
C(
    "extreme",
    8,
    "what shape is the second closest thing to the camera",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
C(
    "relate",
    8,
    "Is the purple cylinder clear on its right side, i.e. nothing at all to the right of it?",
    "not_(exist(rel(u(f(sel(cylinder), color=purple)), right)))",
    lambda s: yes(not related(s, "right", s.the(shape="cylinder", color="purple"))),
)

# scene 9
C(
    "all_none",
    9,
    "Is every gray object made of rubber?",
    "verify(f(scene(), color=gray), material, rubber)",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(color="gray"))),
)
C(
    "compare_count",
    9,
    "Are there more large things than small ones? Big ones need the wide gripper.",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "closest",
    9,
    "What's nearest to the small blue ball? Tell me its colour.",
    "q(closest(scene(), u(f(sel(sphere), color=blue))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="blue")), "color"),
)

C(
    "farthest",
    9,
    "Which object is farthest away from the small gray cube? What shape is it?",
    "q(farthest(scene(), u(f(sel(cube), color=gray, size=small))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="gray", size="small"), far=True), "shape"),
)

# scene 10
C(
    "query",
    10,
    "what material is the little cube",
    "q(u(f(sel(cube), size=small)), material)",
    lambda s: s.a(s.the(shape="cube", size="small"), "material"),
)
C(
    "exist",
    10,
    "Is there a rubber cylinder I could test the soft gripper on?",
    "exist(f(sel(cylinder), material=rubber))",
    lambda s: yes(bool(s.f(shape="cylinder", material="rubber"))),
)

# scene 11
C(
    "count",
    11,
    "How many brown things are there, not counting the cylinders?",
    "count(fn(f(scene(), color=brown), shape=cylinder))",
    lambda s: n([i for i in s.f(color="brown") if s.a(i, "shape") != "cylinder"]),
)
C(
    "same_attr",
    11,
    "how many other objects have the same shape as the blue cube?",
    "count(same_attr(u(f(sel(cube), color=blue)), shape))",
    lambda s: n(others(s, s.the(shape="cube", color="blue"), "shape")),
)
C(
    "extreme",
    11,
    "Which sphere is furthest to the left? color?",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "color"),
)
C(
    "chain",
    11,
    "Take the big brown cylinder. What colour is the small cube in front of it?",
    "q(u(f(rel(u(f(sel(cylinder), size=large, color=brown)), front, name=cube), size=small)), color)",
    lambda s: s.a(
        only(
            s.f(related(s, "front", s.the(shape="cylinder", size="large", color="brown")), shape="cube", size="small")
        ),
        "color",
    ),
)
C(
    "compare_count",
    11,
    "Are there as many metal objects as rubber ones?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
X(11, "How long has the blue cube been sitting there?")

# scene 12
C(
    "exist",
    12,
    "Is there a big cube anywhere on the table?",
    "exist(f(sel(cube), size=large))",
    lambda s: yes(bool(s.f(shape="cube", size="large"))),
)
C(
    "same_attr",
    12,
    "How many objects share the red cube's material, not counting the red cube?",
    "count(same_attr(u(f(sel(cube), color=red)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "material")),
)
C(
    "shorthand",
    12,
    "rightmost cube -> color",
    "q(ord(sel(cube), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "color"),
)
C(
    "relate",
    12,
    "Is anything in front of the small gray ball, between it and the camera?",
    "exist(rel(u(f(sel(sphere), color=gray, size=small)), front))",
    lambda s: yes(bool(related(s, "front", s.the(shape="sphere", color="gray", size="small")))),
)

# scene 13
C(
    "count",
    13,
    "hw many red items are there?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "all_none",
    13,
    "Is any of the cylinders metal?",
    "exist(f(sel(cylinder), material=metal))",
    lambda s: yes(bool(s.f(shape="cylinder", material="metal"))),
)
C(
    "extreme",
    13,
    "Among the small rubber things, which one's closest to the camera? What shape?",
    "q(ord(f(scene(), size=small, material=rubber), front, 1), shape)",
    lambda s: s.a(nth(s, s.f(size="small", material="rubber"), "front"), "shape"),
)
C(
    "farthest",
    13,
    "What is the shape of the object farthest away from the big cyan cylinder?",
    "q(farthest(scene(), u(f(sel(cylinder), color=cyan, size=large))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", color="cyan", size="large"), far=True), "shape"),
)

# scene 14
X(14, "Would the big cyan ball roll away if the gripper bumps it?")

# scene 15
C(
    "extreme",
    15,
    "What shape is the second object from the left?",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "closest",
    15,
    "Which object is closest to the little blue cube? Just the shape.",
    "q(closest(scene(), u(f(sel(cube), color=blue))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="blue")), "shape"),
)

# scene 16
C(
    "all_none",
    16,
    "Are all of the small things metal spheres?",
    "and_(verify(f(scene(), size=small), material, metal), verify(f(scene(), size=small), shape, sphere))",
    lambda s: yes(all(s.a(i, "material") == "metal" and s.a(i, "shape") == "sphere" for i in s.f(size="small"))),
)
C(
    "same_attr",
    16,
    "Is anything else the same colour as the yellow cube?",
    "exist(same_attr(u(sel(cube)), color))",
    lambda s: yes(bool(others(s, s.the(shape="cube"), "color"))),
)
C(
    "chain",
    16,
    "What shape is the thing that's to the left of the red ball and also behind it?",
    "q(u(inter(rel(u(f(sel(sphere), color=red)), left), rel(u(f(sel(sphere), color=red)), behind))), shape)",
    lambda s: s.a(
        only(
            set(related(s, "left", s.the(shape="sphere", color="red")))
            & set(related(s, "behind", s.the(shape="sphere", color="red")))
        ),
        "shape",
    ),
)

# scene 17
C(
    "query",
    17,
    "What's the big yellow block made of?",
    "q(u(f(sel(cube), color=yellow, size=large)), material)",
    lambda s: s.a(s.the(shape="cube", color="yellow", size="large"), "material"),
)
C(
    "negation",
    17,
    "Which object isn't large? What colour is it?",
    "q(u(fn(scene(), size=large)), color)",
    lambda s: s.a(only(i for i in s.all() if s.a(i, "size") != "large"), "color"),
)

# scene 18
C(
    "count",
    18,
    "How many purple objects are there that aren't cylinders?",
    "count(fn(f(scene(), color=purple), shape=cylinder))",
    lambda s: n([i for i in s.f(color="purple") if s.a(i, "shape") != "cylinder"]),
)
C(
    "compare_count",
    18,
    "are there more purple things than cyan things",
    "gt(count(f(scene(), color=purple)), count(f(scene(), color=cyan)))",
    lambda s: yes(len(s.f(color="purple")) > len(s.f(color="cyan"))),
)
C(
    "chain",
    18,
    "How many rubber things are to the left of the metal cube?",
    "count(f(rel(u(f(sel(cube), material=metal)), left), material=rubber))",
    lambda s: n(s.f(related(s, "left", s.the(shape="cube", material="metal")), material="rubber")),
)

# scene 19
C(
    "shorthand",
    19,
    "count cyan objs",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "exist",
    19,
    "Is there a cyan sphere I could pick up?",
    "exist(f(sel(sphere), color=cyan))",
    lambda s: yes(bool(s.f(shape="sphere", color="cyan"))),
)
X(19, "Is the gray sphere magnetic?")

# scene 20
C(
    "all_none",
    20,
    "None of the spheres are rubber, right?",
    "not_(exist(f(sel(sphere), material=rubber)))",
    lambda s: yes(not s.f(shape="sphere", material="rubber")),
)
C(
    "farthest",
    20,
    "farthest obj from the big cyan sphere -> color",
    "q(farthest(scene(), u(f(sel(sphere), color=cyan, size=large))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="cyan", size="large"), far=True), "color"),
)
C(
    "extreme",
    20,
    "Which cylinder is closest to the cam? I want its color.",
    "q(ord(sel(cylinder), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "front"), "color"),
)

# scene 21
C(
    "chain",
    21,
    "What's the color of the ball that is in front of the gray sphere and to the right of the yellow sphere?",
    "q(u(inter(rel(u(f(sel(sphere), color=gray)), front, name=sphere), rel(u(f(sel(sphere), color=yellow)), right, name=sphere))), color)",
    lambda s: s.a(
        only(
            s.f(
                set(related(s, "front", s.the(shape="sphere", color="gray")))
                & set(related(s, "right", s.the(shape="sphere", color="yellow"))),
                shape="sphere",
            )
        ),
        "color",
    ),
)

C(
    "negation",
    21,
    "Which sphere is not rubber? color",
    "q(u(fn(sel(sphere), material=rubber)), color)",
    lambda s: s.a(only(i for i in s.f(shape="sphere") if s.a(i, "material") != "rubber"), "color"),
)

# scene 22
C(
    "same_attr",
    22,
    "Besides the cube, what shape is the other yellow thing?",
    "q(u(same_attr(u(sel(cube)), color)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="cube"), "color")), "shape"),
)
X(22, "How many centimeters is the cyan ball from the yellow cube?")

# scene 23
C(
    "closest",
    23,
    "Closest thing to the small yellow ball: what colour is it?",
    "q(closest(scene(), u(f(sel(sphere), color=yellow))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="yellow")), "color"),
)
C(
    "all_none",
    23,
    "are all the metal things small",
    "verify(f(scene(), material=metal), size, small)",
    lambda s: yes(all(s.a(i, "size") == "small" for i in s.f(material="metal"))),
)

# scene 24
C(
    "count",
    24,
    "How many cubes are there apart from the gray ones?",
    "count(fn(sel(cube), color=gray))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") != "gray"]),
)
C(
    "compare_count",
    24,
    "Do the cubes outnumber everything else put together?",
    "gt(count(sel(cube)), count(fn(scene(), shape=cube)))",
    lambda s: yes(len(s.f(shape="cube")) > len([i for i in s.all() if s.a(i, "shape") != "cube"])),
)
C(
    "chain",
    24,
    "What color is the cube that's left of the big red cylinder and behind the small yellow cube?",
    "q(u(f(inter(rel(u(f(sel(cylinder), color=red)), left), rel(u(f(sel(cube), color=yellow)), behind)), shape=cube)), color)",
    lambda s: s.a(
        only(
            s.f(
                set(related(s, "left", s.the(shape="cylinder", color="red")))
                & set(related(s, "behind", s.the(shape="cube", color="yellow"))),
                shape="cube",
            )
        ),
        "color",
    ),
)
C(
    "extreme",
    24,
    "What's second from the back? Need its material.",
    "q(ord(scene(), behind, 2), material)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "material"),
)
X(24, "How much force does the gripper need to lift the big green cube?")

C(
    "shorthand",
    24,
    "red cyl: material?",
    "q(u(f(sel(cylinder), color=red)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="red"), "material"),
)

# scene 25
C(
    "closest",
    25,
    "Which object is closest to the red cube? Give the colour.",
    "q(closest(scene(), u(f(sel(cube), color=red))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="red")), "color"),
)
C(
    "negation",
    25,
    "how many objects are not metal",
    "count(fn(scene(), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal"]),
)
C(
    "relate",
    25,
    "Is there anything to the rigth of the brown ball?",
    "exist(rel(u(f(sel(sphere), color=brown)), right))",
    lambda s: yes(bool(related(s, "right", s.the(shape="sphere", color="brown")))),
)

# scene 26
C(
    "negation",
    26,
    "Which object is not metal? Tell me its colour so I can find it.",
    "q(u(fn(scene(), material=metal)), color)",
    lambda s: s.a(only(i for i in s.all() if s.a(i, "material") != "metal"), "color"),
)
C(
    "extreme",
    26,
    "Of the green objects, which is furthest right? What shape?",
    "q(ord(f(scene(), color=green), right, 1), shape)",
    lambda s: s.a(nth(s, s.f(color="green"), "right"), "shape"),
)

# scene 27
C(
    "query",
    27,
    "What colour is the only metal thing?",
    "q(u(f(scene(), material=metal)), color)",
    lambda s: s.a(only(s.f(material="metal")), "color"),
)
C(
    "relate",
    27,
    "is the red cylinder in front of the purple cube",
    "exist(inter(u(f(sel(cylinder), color=red)), rel(u(f(sel(cube), color=purple)), front)))",
    lambda s: is_rel(s, s.the(shape="cylinder", color="red"), "front", s.the(shape="cube", color="purple")),
)

# scene 28
X(28, "Is the large red cylinder hollow inside?")

# scene 29
C(
    "same_attr",
    29,
    "Which object is the same color as the cyan cylinder? What shape is it?",
    "q(u(same_attr(u(f(sel(cylinder), color=cyan)), color)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="cylinder", color="cyan"), "color")), "shape"),
)
C(
    "closest",
    29,
    "whats nearest to the brown ball - what shape",
    "q(closest(scene(), u(f(sel(sphere), color=brown))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="brown")), "shape"),
)

# scene 30
C(
    "all_none",
    30,
    "Are all the objects large? I've only got the wide gripper fitted.",
    "verify(scene(), size, large)",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.all())),
)
X(30, "What are these three objects used for?")

# scene 31
C(
    "count",
    31,
    "How many small spheres are there?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "compare_count",
    31,
    "Is the number of metal spheres equal to the number of rubber cylinders?",
    "eq(count(f(sel(sphere), material=metal)), count(f(sel(cylinder), material=rubber)))",
    lambda s: yes(len(s.f(shape="sphere", material="metal")) == len(s.f(shape="cylinder", material="rubber"))),
)
C(
    "extreme",
    31,
    "Counting from the left, what colour is the third object?",
    "q(ord(scene(), left, 3), color)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "color"),
)
C(
    "relate",
    31,
    "What color is the cylinder behind the purple cube?",
    "q(u(rel(u(f(sel(cube), color=purple)), behind, name=cylinder)), color)",
    lambda s: s.a(only(s.f(related(s, "behind", s.the(shape="cube", color="purple")), shape="cylinder")), "color"),
)
C(
    "shorthand",
    31,
    "nearest obj to yellow ball -> shape",
    "q(closest(scene(), u(f(sel(sphere), color=yellow))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="yellow")), "shape"),
)

C(
    "farthest",
    31,
    "If I start at the brown cylinder, what's the farthest object from it? colour",
    "q(farthest(scene(), u(f(sel(cylinder), color=brown))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", color="brown"), far=True), "color"),
)

# scene 32
C(
    "count",
    32,
    "How many gray cubes are there",
    "count(f(sel(cube), color=gray))",
    lambda s: n(s.f(shape="cube", color="gray")),
)
C(
    "chain",
    32,
    "Grab the gray cube that's nearer the camera. Is it to the left of the red ball?",
    "exist(inter(ord(f(sel(cube), color=gray), front, 1), rel(u(f(sel(sphere), color=red)), left)))",
    lambda s: is_rel(s, nth(s, s.f(shape="cube", color="gray"), "front"), "left", s.the(shape="sphere", color="red")),
)
C(
    "all_none",
    32,
    "Are all of the cubes rubber?",
    "verify(sel(cube), material, rubber)",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(shape="cube"))),
)

# scene 33
C(
    "extreme",
    33,
    "The thing you'd reach first coming from the left: what color is it?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "farthest",
    33,
    "Which object is farthest from the red sphere? shape only",
    "q(farthest(scene(), u(f(sel(sphere), color=red))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="red"), far=True), "shape"),
)
C(
    "compare_count",
    33,
    "Are there fewer large objects than small ones?",
    "lt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) < len(s.f(size="small"))),
)

# scene 34
C(
    "all_none",
    34,
    "I'm using the magnet gripper. Is every object here metal?",
    "verify(scene(), material, metal)",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.all())),
)
X(34, "What temperature is the big gray cylinder right now?")

# scene 35
C(
    "same_attr",
    35,
    "The green rubber cube has a same-coloured twin. What's the twin made of?",
    "q(u(same_attr(u(f(sel(cube), material=rubber)), color)), material)",
    lambda s: s.a(only(others(s, s.the(shape="cube", material="rubber"), "color")), "material"),
)
C(
    "relate",
    35,
    "How many things are in front of the gray cube?",
    "count(rel(u(f(sel(cube), color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="gray"))),
)

C(
    "shorthand",
    35,
    "# spheres behind gray cube?",
    "count(rel(u(f(sel(cube), color=gray)), behind, name=sphere))",
    lambda s: n(s.f(related(s, "behind", s.the(shape="cube", color="gray")), shape="sphere")),
)

# scene 36
C(
    "negation",
    36,
    "What's the one thing that isn't metal? shape?",
    "q(u(fn(scene(), material=metal)), shape)",
    lambda s: s.a(only(i for i in s.all() if s.a(i, "material") != "metal"), "shape"),
)
C(
    "closest",
    36,
    "closest object to the gray ball - color?",
    "q(closest(scene(), u(f(sel(sphere), color=gray))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="gray")), "color"),
)
X(36, "How much does the purple ball cost?")

# scene 37
C(
    "count",
    37,
    "How many rubber objects are there, not counting the spheres?",
    "count(fn(f(scene(), material=rubber), shape=sphere))",
    lambda s: n([i for i in s.f(material="rubber") if s.a(i, "shape") != "sphere"]),
)
C(
    "relate",
    37,
    "The small red cube: what is the cylinder on its left made of?",
    "q(u(rel(u(f(sel(cube), color=red)), left, name=cylinder)), material)",
    lambda s: s.a(only(s.f(related(s, "left", s.the(shape="cube", color="red")), shape="cylinder")), "material"),
)
C(
    "extreme",
    37,
    "Furthest back object - shape?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)

# scene 38
C(
    "same_attr",
    38,
    "What's the other green thing made of (not the rubber ball)?",
    "q(u(same_attr(u(f(sel(sphere), color=green, material=rubber)), color)), material)",
    lambda s: s.a(only(others(s, s.the(shape="sphere", color="green", material="rubber"), "color")), "material"),
)
C(
    "relate",
    38,
    "Is there anything behind the large gray metal cylinder that would be in the way?",
    "exist(rel(u(f(sel(cylinder), color=gray, material=metal)), behind))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="cylinder", color="gray", material="metal")))),
)
C(
    "negation",
    38,
    "So there's no small cylinder at all here?",
    "not_(exist(f(sel(cylinder), size=small)))",
    lambda s: yes(not s.f(shape="cylinder", size="small")),
)

# scene 39
C(
    "query",
    39,
    "What's the small cube's color?",
    "q(u(f(sel(cube), size=small)), color)",
    lambda s: s.a(s.the(shape="cube", size="small"), "color"),
)
X(39, "Which object did you move last time?")

# scene 40
C(
    "same_attr",
    40,
    "Is the cyan cube the same size as the gray cube?",
    "same(u(f(sel(cube), color=cyan)), u(f(sel(cube), color=gray)), size)",
    lambda s: yes(s.a(s.the(shape="cube", color="cyan"), "size") == s.a(s.the(shape="cube", color="gray"), "size")),
)
C(
    "shorthand",
    40,
    "big cyl -> material",
    "q(u(f(sel(cylinder), size=large)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "material"),
)

# scene 41
C(
    "count",
    41,
    "how many objects are neither yellow nor spheres?",
    "count(fn(fn(scene(), color=yellow), shape=sphere))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "yellow" and s.a(i, "shape") != "sphere"]),
)
C(
    "extreme",
    41,
    "Second closest to the camera, which colour?",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "color"),
)
C(
    "chain",
    41,
    "What size is the object that is in front of the gray sphere and left of the small yellow cylinder?",
    "q(u(inter(rel(u(f(sel(sphere), color=gray)), front), rel(u(f(sel(cylinder), color=yellow, size=small)), left))), size)",
    lambda s: s.a(
        only(
            set(related(s, "front", s.the(shape="sphere", color="gray")))
            & set(related(s, "left", s.the(shape="cylinder", color="yellow", size="small")))
        ),
        "size",
    ),
)

# scene 42
C(
    "extreme",
    42,
    "Which blue thing is the rightmost? What shape?",
    "q(ord(f(scene(), color=blue), right, 1), shape)",
    lambda s: s.a(nth(s, s.f(color="blue"), "right"), "shape"),
)
C(
    "shorthand",
    42,
    "small gray cube -> material",
    "q(u(f(sel(cube), color=gray, size=small)), material)",
    lambda s: s.a(s.the(shape="cube", color="gray", size="small"), "material"),
)

# scene 43
C(
    "count",
    43,
    "How many of the cyan spheres are metal?",
    "count(f(sel(sphere), color=cyan, material=metal))",
    lambda s: n(s.f(shape="sphere", color="cyan", material="metal")),
)
C(
    "all_none",
    43,
    "Are any of the cubes rubber?",
    "exist(f(sel(cube), material=rubber))",
    lambda s: yes(bool(s.f(shape="cube", material="rubber"))),
)
C(
    "chain",
    43,
    "What color is the small object that's right of the yellow cube and also in front of it?",
    "q(u(f(inter(rel(u(f(sel(cube), color=yellow)), right), rel(u(f(sel(cube), color=yellow)), front)), size=small)), color)",
    lambda s: s.a(
        only(
            s.f(
                set(related(s, "right", s.the(shape="cube", color="yellow")))
                & set(related(s, "front", s.the(shape="cube", color="yellow"))),
                size="small",
            )
        ),
        "color",
    ),
)

# scene 44
C(
    "relate",
    44,
    "What's to the left of the blue cube? Colour please.",
    "q(u(rel(u(f(sel(cube), color=blue)), left)), color)",
    lambda s: s.a(only(related(s, "left", s.the(shape="cube", color="blue"))), "color"),
)
X(44, "Is there anything underneath the big blue cube?")

# scene 45
C(
    "shorthand",
    45,
    "count small metal objs",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "shorthand",
    45,
    "nearest obj to cam -> size",
    "q(ord(scene(), front, 1), size)",
    lambda s: s.a(nth(s, s.all(), "front"), "size"),
)
C(
    "chain",
    45,
    "Of the cylinders left of the big gray sphere, which one is closest to the camera? Its color?",
    "q(ord(rel(u(f(sel(sphere), color=gray)), left, name=cylinder), front, 1), color)",
    lambda s: s.a(
        nth(s, s.f(related(s, "left", s.the(shape="sphere", color="gray")), shape="cylinder"), "front"), "color"
    ),
)
C(
    "negation",
    45,
    "Is the big red ball not made of rubber?",
    "not_(verify(u(f(sel(sphere), color=red, size=large)), material, rubber))",
    lambda s: yes(s.a(s.the(shape="sphere", color="red", size="large"), "material") != "rubber"),
)
X(45, "What was on the table before I started this run?")

# scene 46
C(
    "same_attr",
    46,
    "the small cyan cylinder: how many other things are made of the same stuff?",
    "count(same_attr(u(f(sel(cylinder), color=cyan, size=small)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", color="cyan", size="small"), "material")),
)
C(
    "closest",
    46,
    "Nearest object to the big gray cube -> color?",
    "q(closest(scene(), u(f(sel(cube), color=gray))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="gray")), "color"),
)
C(
    "extreme",
    46,
    "What shape is whatever is furthest to the right?",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)

# scene 47
C(
    "count",
    47,
    "How many purple cubes?",
    "count(f(sel(cube), color=purple))",
    lambda s: n(s.f(shape="cube", color="purple")),
)
C(
    "count",
    47,
    "How many cubes are there that aren't purple?",
    "count(fn(sel(cube), color=purple))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") != "purple"]),
)
C(
    "all_none",
    47,
    "Are all the purple cubes rubber?",
    "verify(f(sel(cube), color=purple), material, rubber)",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(shape="cube", color="purple"))),
)
C(
    "relate",
    47,
    "How many cubes are to the right of the large blue cube?",
    "count(rel(u(f(sel(cube), color=blue, size=large)), right, name=cube))",
    lambda s: n(s.f(related(s, "right", s.the(shape="cube", color="blue", size="large")), shape="cube")),
)
C(
    "extreme",
    47,
    "Which sphere is nearer the camera, the big one or the small one?",
    "q(ord(sel(sphere), front, 1), size)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "size"),
)
C(
    "farthest",
    47,
    "What's farthest from the small red cube? Size please.",
    "q(farthest(scene(), u(f(sel(cube), color=red, size=small))), size)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="red", size="small"), far=True), "size"),
)
X(47, "Who put the blue cylinder there?")

# scene 48
C(
    "chain",
    48,
    "Of the green spheres, is the one nearest the camera behind the yellow ball?",
    "exist(inter(ord(f(sel(sphere), color=green), front, 1), rel(u(f(sel(sphere), color=yellow)), behind)))",
    lambda s: is_rel(
        s, nth(s, s.f(shape="sphere", color="green"), "front"), "behind", s.the(shape="sphere", color="yellow")
    ),
)
C(
    "negation",
    48,
    "How many objects are not spheres?",
    "count(fn(scene(), shape=sphere))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "sphere"]),
)

# scene 49
C(
    "count",
    49,
    "How many sphres are there?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "exist",
    49,
    "Is there any large object that isn't a sphere?",
    "exist(fn(f(scene(), size=large), shape=sphere))",
    lambda s: yes(any(s.a(i, "shape") != "sphere" for i in s.f(size="large"))),
)
C(
    "closest",
    49,
    "What's closest to the green cube? color",
    "q(closest(scene(), u(f(sel(cube), color=green))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="green")), "color"),
)
C(
    "same_attr",
    49,
    "How many objects are made of the same material as the large sphere?",
    "count(same_attr(u(f(sel(sphere), size=large)), material))",
    lambda s: n(others(s, s.the(shape="sphere", size="large"), "material")),
)

# scene 50
C(
    "exist",
    50,
    "The magnet gripper is on. Is there anything metal here at all?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "relate",
    50,
    "what color is the small sphere infront of the yellow cube?",
    "q(u(f(rel(u(f(sel(cube), color=yellow)), front, name=sphere), size=small)), color)",
    lambda s: s.a(
        only(s.f(related(s, "front", s.the(shape="cube", color="yellow")), shape="sphere", size="small")), "color"
    ),
)
C(
    "extreme",
    50,
    "2nd from the left: shape?",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)

# scene 51
C(
    "relate",
    51,
    "Is the yellow cube to the left of the brown ball?",
    "exist(inter(u(f(sel(cube), color=yellow)), rel(u(f(sel(sphere), color=brown)), left)))",
    lambda s: is_rel(s, s.the(shape="cube", color="yellow"), "left", s.the(shape="sphere", color="brown")),
)
X(51, "How slippery is the gray rubber ball? Will the gripper hold it?")

# scene 52

# scene 53
C(
    "same_attr",
    53,
    "What shape is the other thing that has the same color as the big yellow cube?",
    "q(u(same_attr(u(f(sel(cube), color=yellow, size=large)), color)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="cube", color="yellow", size="large"), "color")), "shape"),
)
C(
    "compare_count",
    53,
    "Is the number of rubber cubes bigger than the number of metal objects?",
    "gt(count(f(sel(cube), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(shape="cube", material="rubber")) > len(s.f(material="metal"))),
)

C(
    "shorthand",
    53,
    "count rubber cubes",
    "count(f(sel(cube), material=rubber))",
    lambda s: n(s.f(shape="cube", material="rubber")),
)

# scene 54
C(
    "chain",
    54,
    "the gray cube on the right - is it in front of the brown cylinder?",
    "exist(inter(ord(f(sel(cube), color=gray), right, 1), rel(u(f(sel(cylinder), color=brown)), front)))",
    lambda s: is_rel(
        s, nth(s, s.f(shape="cube", color="gray"), "right"), "front", s.the(shape="cylinder", color="brown")
    ),
)

# scene 55
C(
    "count",
    55,
    "How many purple spheres are rubber?",
    "count(f(sel(sphere), color=purple, material=rubber))",
    lambda s: n(s.f(shape="sphere", color="purple", material="rubber")),
)
C(
    "compare_count",
    55,
    "Are there more purple things than all the other colours combined?",
    "gt(count(f(scene(), color=purple)), count(fn(scene(), color=purple)))",
    lambda s: yes(len(s.f(color="purple")) > len([i for i in s.all() if s.a(i, "color") != "purple"])),
)
C(
    "chain",
    55,
    "What's the color of the small cube that's behind the big purple metal sphere and to the right of it?",
    "q(u(f(inter(rel(u(f(sel(sphere), color=purple, material=metal)), behind), rel(u(f(sel(sphere), color=purple, material=metal)), right)), shape=cube, size=small)), color)",
    lambda s: s.a(
        only(
            s.f(
                set(related(s, "behind", s.the(shape="sphere", color="purple", material="metal")))
                & set(related(s, "right", s.the(shape="sphere", color="purple", material="metal"))),
                shape="cube",
                size="small",
            )
        ),
        "color",
    ),
)

# scene 56
C(
    "same_attr",
    56,
    "Take the big cube furthest to the left. How many other objects are the same colour as it?",
    "count(same_attr(ord(f(sel(cube), size=large), left, 1), color))",
    lambda s: n(others(s, nth(s, s.f(shape="cube", size="large"), "left"), "color")),
)
C(
    "relate",
    56,
    "What's in front of the big brown cube? colour",
    "q(u(rel(u(f(sel(cube), color=brown)), front)), color)",
    lambda s: s.a(only(related(s, "front", s.the(shape="cube", color="brown"))), "color"),
)
C(
    "shorthand",
    56,
    "# metal objs?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)

# scene 57
C(
    "exist",
    57,
    "Is there a small cube anywhere?",
    "exist(f(sel(cube), size=small))",
    lambda s: yes(bool(s.f(shape="cube", size="small"))),
)
C(
    "extreme",
    57,
    "Of the two balls, which one is further to the left? Give me its colour.",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "color"),
)

C(
    "negation",
    57,
    "Is it true that the blue ball is not a small one?",
    "not_(verify(u(f(sel(sphere), color=blue)), size, small))",
    lambda s: yes(s.a(s.the(shape="sphere", color="blue"), "size") != "small"),
)

# scene 58
C(
    "query",
    58,
    "Is the blue sphere smaller than the purple cube?",
    "smaller(u(sel(sphere)), u(f(sel(cube), color=purple)))",
    lambda s: yes(
        s.a(s.the(shape="sphere"), "size") == "small" and s.a(s.the(shape="cube", color="purple"), "size") == "large"
    ),
)
X(58, "The blue ball: is it soft enough to squeeze?")

# scene 59
C(
    "chain",
    59,
    "Whichever brown ball is further back: is it to the right of the big purple cylinder?",
    "exist(inter(ord(f(sel(sphere), color=brown), behind, 1), rel(u(f(sel(cylinder), color=purple, size=large)), right)))",
    lambda s: is_rel(
        s,
        nth(s, s.f(shape="sphere", color="brown"), "behind"),
        "right",
        s.the(shape="cylinder", color="purple", size="large"),
    ),
)
C(
    "compare_count",
    59,
    "is the count of purple things equal to the count of cylinders",
    "eq(count(f(scene(), color=purple)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(color="purple")) == len(s.f(shape="cylinder"))),
)

# =================================================================================================================
# photo-like graphs: a home robot looking at a street, a kitchen, a park (and a board of shapes)
# =================================================================================================================

# street: man1 (black, red tie) left, woman1 (green, holding the dog, in front of the bus), man2 (white, blue tie)
# right; red bus "CERO EMISIONES", STOP sign, white car, tree, small brown dog, "NO PARKING" on the road
P(
    "photo_who",
    "street",
    "Who is holding the dog?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "photo_text",
    "street",
    "What does the sign say?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "photo_text",
    "street",
    "whats written on the side of the bus",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "photo_text",
    "street",
    "Read me the writing at the bottom of the picture.",
    "q(f(scene(), vposition=bottom), text)",
    lambda p: only(v for o in p.f(vposition="bottom") if (v := p.value(o, "text"))),
)
P(
    "photo_attr",
    "street",
    "What color is the tie of the man on the right?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("man", hposition="right"), "wearing")), "color"),
)
P(
    "photo_count",
    "street",
    "How many people are standing in the street?",
    "count(union(sel(man), sel(woman)))",
    lambda p: n(people(p)),
)
P(
    "photo_rel",
    "street",
    "Is the car to the left of the bus?",
    "exist(inter(u(sel(car)), rel(u(sel(bus)), left)))",
    lambda p: yes(p.has(p.the("car"), "left", p.the("bus"))),
)
P(
    "photo_exist",
    "street",
    "Is anybody wearing a red tie?",
    "exist(rel(f(sel(tie), color=red), wearing))",
    lambda p: yes(any(p.subjects("wearing", t) for t in p.f("tie", color="red"))),
)
P(
    "photo_rel",
    "street",
    "Who's standing in front of the bus?",
    "q(u(rel(u(sel(bus)), front)), name)",
    lambda p: p.name(only(p.subjects("front", p.the("bus")))),
)
P(
    "photo_negation",
    "street",
    "Is there a man without a tie?",
    "exist(diff(sel(man), rel(sel(tie), wearing)))",
    lambda p: yes(any(not any(p.name(w) == "tie" for w in p.objects_of(m, "wearing")) for m in p.f("man"))),
)
P(
    "photo_attr",
    "street",
    "is the dog small",
    "verify(u(sel(dog)), size, small)",
    lambda p: yes(p.value(p.the("dog"), "size") == "small"),
)
P(
    "photo_attr",
    "street",
    "What colour is the man on the left wearing?",
    "q(u(f(sel(man), hposition=left)), color)",
    lambda p: p.value(p.the("man", hposition="left"), "color"),
)
X("street", "How fast is the bus going?")
X("street", "Where is the bus headed?")
X("street", "What's the name of the man in the white shirt?")

# kitchen: three cups (red left, blue middle, white right), white plate, wooden table, green AGUA bottle, a woman
# right of the table, a metal fork by the plate, a clock reading 12:30 above the table
P(
    "photo_on",
    "kitchen",
    "How many cups are on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) == "cup"]),
)
P(
    "photo_on",
    "kitchen",
    "There's something green on the table. What is it?",
    "q(u(f(rel(u(sel(table)), on), color=green)), name)",
    lambda p: p.name(only(o for o in p.subjects("on", p.the("table")) if p.value(o, "color") == "green")),
)
P(
    "photo_text",
    "kitchen",
    "What does the label on the bottle say?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "photo_text",
    "kitchen",
    "What time does the clock show?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "photo_rel",
    "kitchen",
    "I need the cup between the plate and the bottle. What color is it?",
    "q(u(inter(rel(u(sel(plate)), right, name=cup), rel(u(sel(bottle)), left, name=cup))), color)",
    lambda p: p.value(
        only(c for c in p.f("cup") if p.has(c, "right", p.the("plate")) and p.has(c, "left", p.the("bottle"))), "color"
    ),
)
P(
    "photo_attr",
    "kitchen",
    "What is the fork made of?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "photo_rel",
    "kitchen",
    "What's hanging above the table?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "photo_extreme",
    "kitchen",
    "Which cup is furthest to the right? Its colour?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(px_side(p, p.f("cup"), "right"), "color"),
)
P(
    "photo_count",
    "kitchen",
    "How many white things are on the table?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.value(o, "color") == "white"]),
)
P(
    "photo_who",
    "kitchen",
    "Who is standing to the right of the table?",
    "q(u(rel(u(sel(table)), right)), name)",
    lambda p: p.name(only(p.subjects("right", p.the("table")))),
)
P(
    "photo_rel",
    "kitchen",
    "What's next to the plate?",
    "q(u(rel(u(sel(plate)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("plate")))),
)
P(
    "photo_attr",
    "kitchen",
    "table material?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "photo_negation",
    "kitchen",
    "Is there any cup that isn't on the table?",
    "exist(diff(sel(cup), rel(u(sel(table)), on)))",
    lambda p: yes(any(not p.has(c, "on", p.the("table")) for c in p.f("cup"))),
)
P(
    "photo_attr",
    "kitchen",
    "The cup on the far left - what colour is it?",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(px_side(p, p.f("cup"), "left"), "color"),
)
X("kitchen", "Is the coffee in the blue cup still hot?")
X("kitchen", "How much water is left in the bottle?")
X("kitchen", "Who set the table this morning?")

# park: w1 (red, holding dog1, left), boy (blue, throwing the frisbee, near the bench), w2 (white, near the bike),
# girl (pink, near dog2, right); black dog1, white dog2, green wooden bench, red bicycle, two green trees
P(
    "photo_who",
    "park",
    "Who is throwing the frisbee?",
    "q(u(rel(u(sel(frisbee)), throwing)), name)",
    lambda p: p.name(only(p.subjects("throwing", p.the("frisbee")))),
)
P(
    "photo_who",
    "park",
    "who's holding a dog",
    "q(u(rel(sel(dog), holding)), name)",
    lambda p: p.name(only(s for d in p.f("dog") for s in p.subjects("holding", d))),
)
P(
    "photo_attr",
    "park",
    "What color is the dog near the girl?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(d for d in p.subjects("near", p.the("girl")) if p.name(d) == "dog"), "color"),
)
P(
    "photo_count",
    "park",
    "How many dogs are there in the park?",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "photo_count",
    "park",
    "How many people can you see?",
    "count(union(union(sel(woman), sel(boy)), sel(girl)))",
    lambda p: n(people(p)),
)
P(
    "photo_rel",
    "park",
    "Is the boy standing near the bench?",
    "exist(rel(u(sel(boy)), near, name=bench))",
    lambda p: yes(any(p.name(o) == "bench" for o in p.subjects("near", p.the("boy")))),
)
P(
    "photo_attr",
    "park",
    "What colour is the bike?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "photo_extreme",
    "park",
    "The person furthest to the left: what colour are they wearing?",
    "q(ord(union(union(sel(woman), sel(boy)), sel(girl)), left, 1), color)",
    lambda p: p.value(px_side(p, people(p), "left"), "color"),
)
P(
    "photo_rel",
    "park",
    "The woman next to the bicycle - what colour is she wearing?",
    "q(u(rel(u(sel(bicycle)), near, name=woman)), color)",
    lambda p: p.value(only(w for w in p.subjects("near", p.the("bicycle")) if p.name(w) == "woman"), "color"),
)
P(
    "photo_compare_count",
    "park",
    "Are there more trees than dogs?",
    "gt(count(sel(tree)), count(sel(dog)))",
    lambda p: yes(len(p.f("tree")) > len(p.f("dog"))),
)
P(
    "photo_all",
    "park",
    "Are all the trees green?",
    "verify(sel(tree), color, green)",
    lambda p: yes(all(p.value(t, "color") == "green" for t in p.f("tree"))),
)
P(
    "photo_rel",
    "park",
    "What's behind the girl?",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
P(
    "photo_attr",
    "park",
    "what is the bench made of",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
X("park", "How old is the girl?")
X("park", "Will it rain later this afternoon?")
X("park", "What breed is the black dog?")

# shapes: a board of coloured shapes the robot sorts
P(
    "photo_count",
    "shapes",
    "How many blue shapes are on the board?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "photo_attr",
    "shapes",
    "what colour is the star",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "photo_all",
    "shapes",
    "Are all the red shapes large?",
    "verify(f(scene(), color=red), size, large)",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(color="red"))),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
