# ruff: noqa: E501
"""Blind paraphrase set 42: quantity and space, said every way. Questions people ask about amounts and places in
ordinary wordings that no template uses. Amounts: "is there more than one ...", "are most of the balls metal", "do
the cubes outnumber the balls", "how many more spheres than cubes are there", "is at least half of the stuff
rubber", "which colour shows up most", "as many X as Y", "twice as many", "only one", "a single", "a pair of", "a
couple of" (two), "zero", "every single ...", "all but one of ...", counts spelled as words and as digits, "in total",
"altogether", "combined", "number of X plus number of Y". Places: "between A and B" (only where the objects lie
clearly between the two and near the line joining them), "next to", "nearest", "closest to", "furthest from" (by
3-D distance in the CLEVR scenes, with a clear margin), "in front of", "behind", "further back", "closer to the
camera", "in the foreground/background", "to the left/right of", "on the far left", "second from the right",
combinations ("left of the cube and behind the ball") and relations chained twice ("what is in front of the thing
to the left of ..."); and mixes of both ("are there more things in front of the ball than behind it"). The voice
varies: terse ("most comon colour?"), chatty (a parent helping with a worksheet, someone describing the picture
over the phone), learners' English ("is purple ball more near to camera than the big grey cylinder"), voice
dictation without punctuation ("so there's a red ball and a red cube and i want to know how many objects sit
between those two"), a few one-letter typos ("clsoest", "yelow", "objcets", "cbue", "infront"), odd capitals
("twice as many SPHERES as cylinders"); three words to thirty-five; about a quarter have no question mark.

About 60% ask about CLEVR val scenes, 25% about the photo-like graphs (street, kitchen, park), 15% about the
drawing of flat shapes; about one in ten must be refused (weights, distances and sizes in centimetres or metres,
prices, intentions, what happens next, brands, breeds, names of people, ages). CLEVR places follow the scene
file's own relations (left/right/front/behind along the scene's direction vectors) with a tie margin, so no gold
rests on a near-tie; "the X" is only used where exactly one X matches; nothing is asked of the photo graphs that
their stated relations leave open to a careful eye (no counts over pairs the graph does not state). Written blind:
without reading the parser, the grammar, the normalising rules or any other question set (the thirty-ninth builder
was read for the format only), and without running nsvr on these questions; held back to be run once, at the end.

Run ``python build_blind42.py`` to write ``../blind42.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind42.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.25
# how much nearer (in scene units, 3-D) the nearest (or further the furthest) object must be than the runner-up
GAP = 0.75
# how far (in scene units, on the floor) an object may lie off the line joining two others and still be "between"
OFF_LINE = 0.8


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
    """yes/no: the one object ``target`` describes is ``relation`` of the one ``anchor`` describes."""
    t, a = s.the(**target), s.the(**anchor)
    if abs(along(s, t, relation) - along(s, a, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(t in s.rel(relation, a))


def among(s: Clevr, ids: list[int], **want) -> list[int]:
    return [i for i in ids if all(s.a(i, k) == v for k, v in want.items())]


def both(first: list, second: list) -> list:
    return [i for i in first if i in second]


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def dist(s: Clevr, i: int, j: int) -> float:
    return math.dist(s.objects[i]["3d_coords"], s.objects[j]["3d_coords"])


def nearest(s: Clevr, anchor: int, ids: list[int] | None = None, far: bool = False) -> int:
    """The object of ids (default: all) other than the anchor nearest to it (furthest with ``far``) in 3-D;
    NotUnique when the runner-up is within GAP of it."""
    ids = [i for i in (s.all() if ids is None else ids) if i != anchor]
    order = sorted(ids, key=lambda i: dist(s, i, anchor), reverse=far)
    if len(order) > 1 and abs(dist(s, order[0], anchor) - dist(s, order[1], anchor)) < GAP:
        raise NotUnique("nearest/furthest too close to call")
    return order[0]


def between(s: Clevr, left: int, right: int) -> list[int]:
    """The objects lying between ``left`` and ``right`` (left to right in the picture); NotUnique when the two are
    not well apart from left to right, when some object is level with either of them, or when an object between
    them in left-right order lies off the line joining them on the floor (a careful person could not call it)."""
    lo, hi = along(s, left, "right"), along(s, right, "right")
    if hi - lo < 2.0:
        raise NotUnique("the two are not well apart from left to right")
    inside = []
    (ax, ay), (bx, by) = s.objects[left]["3d_coords"][:2], s.objects[right]["3d_coords"][:2]
    length = math.hypot(bx - ax, by - ay)
    for j in s.all():
        if j in (left, right):
            continue
        x = along(s, j, "right")
        if min(abs(x - lo), abs(x - hi)) < TIE:
            raise NotUnique(f"object {j} level with an end")
        if lo < x < hi:
            jx, jy = s.objects[j]["3d_coords"][:2]
            if abs((jx - ax) * (by - ay) - (jy - ay) * (bx - ax)) / length > OFF_LINE:
                raise NotUnique(f"object {j} off the line")
            inside.append(j)
    return inside


def top(values) -> str:
    """The single most frequent value; NotUnique on a tie for first place."""
    ranked = Counter(values).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        raise NotUnique("tie for most common")
    return ranked[0][0]


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


def named(p: Photo, ids: list[str], name: str) -> list[str]:
    return [o for o in ids if p.name(o) == name]


def wearers(p: Photo, thing: str) -> list[str]:
    return [o for o in p.objects if any(p.name(w) == thing for w in p.objects_of(o, "wearing"))]


def most(yes_ids: list, no_ids: list) -> str:
    """yes when the first group outnumbers the second."""
    return yes(len(yes_ids) > len(no_ids))


def shapes_not(s: Clevr, shape: str) -> list[int]:
    return [i for i in s.all() if s.a(i, "shape") != shape]


def not_(s: Clevr, ids: list[int], **want) -> list[int]:
    return [i for i in ids if not all(s.a(i, k) == v for k, v in want.items())]


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph (front), large blue metal sph (far left), large green rubber cyl
C(
    "count",
    0,
    "my son says there's only one ball in this picture but I think I can see more, is there more than one ball in it?",
    "gt(count(sel(sphere)), num(1))",
    lambda s: yes(len(s.f(shape="sphere")) > 1),
)
C(
    "spatial",
    0,
    "how many things r closer to the camera than the green cylinder",
    "count(rel(u(f(sel(cylinder), color=green)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="green"))),
)

# scene 1
C(
    "compare_count",
    1,
    "do the balls outnumber the cubes",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "quantifier",
    1,
    "Both of the blue things - are they cylinders, the pair of them?",
    "not_(exist(fn(f(scene(), color=blue), shape=cylinder)))",
    lambda s: yes(all(s.a(i, "shape") == "cylinder" for i in s.f(color="blue"))),
)
C(
    "spatial",
    1,
    "The brown ball. How many objects are on its right-hand side?",
    "count(rel(u(f(sel(sphere), color=brown)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="brown"))),
)

# scene 2
C(
    "quantifier",
    2,
    "Is at least half of the stuff in this picture made of rubber?",
    "not_(lt(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber))))",
    lambda s: yes(len(s.f(material="rubber")) >= len(not_(s, s.all(), material="rubber"))),
)
C(
    "superlative",
    2,
    "of the two cylinders the one further back, is it big or small",
    "choose(ord(sel(cylinder), behind, 1), size, [large, small])",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "behind"), "size"),
)
C(
    "chain",
    2,
    "What colour is the object in front of the thing that's to the left of the small cylinder?",
    "q(u(rel(u(rel(u(f(sel(cylinder), size=small)), left)), front)), color)",
    lambda s: s.a(only(related(s, "front", only(related(s, "left", s.the(shape="cylinder", size="small"))))), "color"),
)
X(2, "How many centimetres apart are the green cube and the grey cylinder?")

# scene 3
C(
    "superlative",
    3,
    "which colour shows up the most here?",
    "common_value(scene(), color)",
    lambda s: top(o["color"] for o in s.objects),
)
C(
    "number",
    3,
    "How many more cylinders than spheres are there?",
    "sub(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: str(len(s.f(shape="cylinder")) - len(s.f(shape="sphere"))),
)
C(
    "superlative",
    3,
    "what colour is the thing clsoest to the purple cube",
    "q(closest(scene(), u(f(sel(cube), color=purple))), color)",
    lambda s: s.a(nearest(s, s.the(shape="cube", color="purple")), "color"),
)

# scene 4: nine small things and one large blue metal sph
C(
    "count",
    4,
    "Just a single big object in this one, yes?",
    "eq(count(f(scene(), size=large)), num(1))",
    lambda s: yes(len(s.f(size="large")) == 1),
)
C(
    "number",
    4,
    "spheres plus cylinders, what's that come to?",
    "add(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="sphere")) + len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    4,
    "please what colour has the ball that is second from right side",
    "q(ord(sel(sphere), right, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right", 2), "color"),
)
C(
    "spatial",
    4,
    "What's the thing between the red cylinder and the purple ball made of?",
    "q(u(inter(rel(u(f(sel(cylinder), color=red)), right), rel(u(f(sel(sphere), color=purple)), left))), material)",
    lambda s: s.a(
        only(between(s, s.the(shape="cylinder", color="red"), s.the(shape="sphere", color="purple"))), "material"
    ),
)

# scene 5
C(
    "quantifier",
    5,
    "are most of the balls metal?",
    "gt(count(f(sel(sphere), material=metal)), count(fn(sel(sphere), material=metal)))",
    lambda s: most(s.f(shape="sphere", material="metal"), not_(s, s.f(shape="sphere"), material="metal")),
)
C(
    "compare_count",
    5,
    "Are there as many balls as there are cubes and cylinders put together? I keep losing count.",
    "eq(count(sel(sphere)), add(count(sel(cube)), count(sel(cylinder))))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cube")) + len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    5,
    "whats the thing furthest away from the green cylinder made of?",
    "q(farthest(scene(), u(f(sel(cylinder), color=green))), material)",
    lambda s: s.a(nearest(s, s.the(shape="cylinder", color="green"), far=True), "material"),
)

# scene 6
C(
    "compare_count",
    6,
    "twice as many SPHERES as cylinders, yes or no?",
    "eq(count(sel(sphere)), add(count(sel(cylinder)), count(sel(cylinder))))",
    lambda s: yes(len(s.f(shape="sphere")) == 2 * len(s.f(shape="cylinder"))),
)
C(
    "quantifier",
    6,
    "every single ball is big, true or not",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="sphere"))),
)

# scene 7
C(
    "number",
    7,
    "By how many do the cylinders outnumber the cubes?",
    "sub(count(sel(cylinder)), count(sel(cube)))",
    lambda s: str(len(s.f(shape="cylinder")) - len(s.f(shape="cube"))),
)
C(
    "superlative",
    7,
    "Shape of the object on the far left?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "spatial",
    7,
    "how many things are left of the blue cylinder and also behind it",
    "count(inter(rel(u(f(sel(cylinder), color=blue)), left), rel(u(f(sel(cylinder), color=blue)), behind)))",
    lambda s: n(
        both(
            related(s, "left", s.the(shape="cylinder", color="blue")),
            related(s, "behind", s.the(shape="cylinder", color="blue")),
        )
    ),
)
C(
    "spatial",
    7,
    "what size is the thing between the big cyan cylinder and the yellow cube?",
    "q(u(inter(rel(u(f(sel(cylinder), size=large, color=cyan)), right), rel(u(f(sel(cube), color=yellow)), left))), size)",
    lambda s: s.a(
        only(between(s, s.the(shape="cylinder", size="large", color="cyan"), s.the(shape="cube", color="yellow"))),
        "size",
    ),
)

# scene 8
C(
    "quantifier",
    8,
    "Are all but one of the cubes made of rubber?",
    "eq(count(fn(sel(cube), material=rubber)), num(1))",
    lambda s: yes(len(not_(s, s.f(shape="cube"), material="rubber")) == 1),
)
C(
    "spatial",
    8,
    "is purple ball more near to camera than the big grey cylinder",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=gray)), front), color=purple, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "purple"}, "front", {"shape": "cylinder", "size": "large", "color": "gray"}
    ),
)
X(8, "Exactly how far is the purple ball from the grey cube, in centimetres?")

# scene 9
C(
    "number",
    9,
    "how many more rubber things than metal ones are there?",
    "sub(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: str(len(s.f(material="rubber")) - len(s.f(material="metal"))),
)

# scene 10
C(
    "number",
    10,
    "What's the total number of cylinders and spheres?",
    "add(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: str(len(s.f(shape="cylinder")) + len(s.f(shape="sphere"))),
)
C(
    "superlative",
    10,
    "I'm trying to describe this scene to a friend over the phone. The thing closest to the big purple ball, what is it made of, rubber or metal?",
    "q(closest(scene(), u(f(sel(sphere), color=purple))), material)",
    lambda s: s.a(nearest(s, s.the(shape="sphere", color="purple")), "material"),
)
C(
    "count",
    10,
    "is there more than 1 green object?",
    "gt(count(f(scene(), color=green)), num(1))",
    lambda s: yes(len(s.f(color="green")) > 1),
)

# scene 11
C(
    "superlative",
    11,
    "which colour do you see most often?",
    "common_value(scene(), color)",
    lambda s: top(o["color"] for o in s.objects),
)
C(
    "quantifier",
    11,
    "exactly half the brown stuff is metal isn't it",
    "eq(count(f(scene(), color=brown, material=metal)), count(fn(f(scene(), color=brown), material=metal)))",
    lambda s: yes(len(s.f(color="brown", material="metal")) == len(not_(s, s.f(color="brown"), material="metal"))),
)
C(
    "spatial",
    11,
    "big brown cylinder... how many balls are to the left of it",
    "count(f(rel(u(f(sel(cylinder), size=large, color=brown)), left), shape=sphere))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cylinder", size="large", color="brown")), shape="sphere")),
)
X(11, "What does the big yellow ball weigh in grams?")

# scene 12
C(
    "superlative",
    12,
    "Counting from the left, what shape is the third object?",
    "q(ord(scene(), left, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "shape"),
)
C(
    "count",
    12,
    "Are there exactly 2 gray things?",
    "eq(count(f(scene(), color=gray)), num(2))",
    lambda s: yes(len(s.f(color="gray")) == 2),
)
C(
    "spatial",
    12,
    "what shape is the object sitting between the green ball and the grey cube",
    "q(u(inter(rel(u(f(sel(sphere), color=green)), right), rel(u(f(sel(cube), color=gray)), left))), shape)",
    lambda s: s.a(only(between(s, s.the(shape="sphere", color="green"), s.the(shape="cube", color="gray"))), "shape"),
)
C(
    "spatial",
    12,
    "Between the blue cube and the gray cube, what colour are the things?",
    "values(inter(rel(u(f(sel(cube), color=blue)), right), rel(u(f(sel(cube), color=gray)), left)), color)",
    lambda s: listed(
        s.a(i, "color") for i in between(s, s.the(shape="cube", color="blue"), s.the(shape="cube", color="gray"))
    ),
)

# scene 13
C(
    "count",
    13,
    "Is there a single metal cube?",
    "eq(count(f(sel(cube), material=metal)), num(1))",
    lambda s: yes(len(s.f(shape="cube", material="metal")) == 1),
)
C(
    "spatial",
    13,
    "how many objects is further back than grey ball and also on right of it?",
    "count(inter(rel(u(f(sel(sphere), color=gray)), behind), rel(u(f(sel(sphere), color=gray)), right)))",
    lambda s: n(
        both(
            related(s, "behind", s.the(shape="sphere", color="gray")),
            related(s, "right", s.the(shape="sphere", color="gray")),
        )
    ),
)
C(
    "spatial",
    13,
    "whats the colour of the little cube between the cyan ball and the cyan cylinder",
    "q(u(f(inter(rel(u(f(sel(sphere), color=cyan)), right), rel(u(f(sel(cylinder), color=cyan)), left)), shape=cube)), color)",
    lambda s: s.a(
        only(
            among(
                s, between(s, s.the(shape="sphere", color="cyan"), s.the(shape="cylinder", color="cyan")), shape="cube"
            )
        ),
        "color",
    ),
)
X(13, "Who made these plastic toys?")

# scene 14
C(
    "superlative",
    14,
    "what shape is the object furthest away from the big cyan ball?",
    "q(farthest(scene(), u(f(sel(sphere), color=cyan))), shape)",
    lambda s: s.a(nearest(s, s.the(shape="sphere", color="cyan"), far=True), "shape"),
)
C(
    "chain",
    14,
    "how many things are behind the ball that's in front of the blue ball",
    "count(rel(u(f(rel(u(f(sel(sphere), color=blue)), front), shape=sphere)), behind))",
    lambda s: n(
        related(s, "behind", only(among(s, related(s, "front", s.the(shape="sphere", color="blue")), shape="sphere")))
    ),
)

# scene 15
C(
    "compare_count",
    15,
    "Is the number of cylinders the same like the number of balls?",
    "eq(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="sphere"))),
)
C(
    "spatial",
    15,
    "In the background, behind the big brown cylinder, how many metal things are there?",
    "count(f(rel(u(f(sel(cylinder), color=brown)), behind), material=metal))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cylinder", color="brown")), material="metal")),
)

# scene 16
C(
    "quantifier",
    16,
    "Are most of the balls big ones?",
    "gt(count(f(sel(sphere), size=large)), count(fn(sel(sphere), size=large)))",
    lambda s: most(s.f(shape="sphere", size="large"), not_(s, s.f(shape="sphere"), size="large")),
)
C(
    "spatial",
    16,
    "how many balls are on the right of the big yelow cylinder",
    "count(f(rel(u(f(sel(cylinder), color=yellow)), right), shape=sphere))",
    lambda s: n(among(s, related(s, "right", s.the(shape="cylinder", color="yellow")), shape="sphere")),
)

# scene 17
C(
    "superlative",
    17,
    "what's furthest from the yellow ball? its colour please",
    "q(farthest(scene(), u(f(sel(sphere), color=yellow))), color)",
    lambda s: s.a(nearest(s, s.the(shape="sphere", color="yellow"), far=True), "color"),
)
C(
    "spatial",
    17,
    "How many things are there between the red cube and the yellow cube?",
    "count(inter(rel(u(f(sel(cube), color=red)), right), rel(u(f(sel(cube), color=yellow)), left)))",
    lambda s: n(between(s, s.the(shape="cube", color="red"), s.the(shape="cube", color="yellow"))),
)

# scene 18
C(
    "spatial",
    18,
    "how many purple objcets are to the right of the blue cylinder",
    "count(f(rel(u(f(sel(cylinder), color=blue)), right), color=purple))",
    lambda s: n(among(s, related(s, "right", s.the(shape="cylinder", color="blue")), color="purple")),
)
C(
    "compare_count",
    18,
    "Is the number of rubber things more than double the number of metal things?",
    "gt(count(f(scene(), material=rubber)), add(count(f(scene(), material=metal)), count(f(scene(), material=metal))))",
    lambda s: yes(len(s.f(material="rubber")) > 2 * len(s.f(material="metal"))),
)

# scene 19
C(
    "superlative",
    19,
    "Second thing from the left - what colour?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)
C(
    "count",
    19,
    "Zero large cylinders in this scene?",
    "eq(count(f(sel(cylinder), size=large)), num(0))",
    lambda s: yes(len(s.f(shape="cylinder", size="large")) == 0),
)

# scene 20
C(
    "spatial",
    20,
    "There is only one big thing. How many objects are in front of it?",
    "count(rel(u(f(scene(), size=large)), front))",
    lambda s: n(related(s, "front", s.the(size="large"))),
)
C(
    "spatial",
    20,
    "What colour is the object between the brown cube and the yellow cube?",
    "q(u(inter(rel(u(f(sel(cube), color=brown)), right), rel(u(f(sel(cube), color=yellow)), left))), color)",
    lambda s: s.a(only(between(s, s.the(shape="cube", color="brown"), s.the(shape="cube", color="yellow"))), "color"),
)
X(20, "how much would this whole set of toys cost?")

# scene 21
C(
    "superlative",
    21,
    "Which ball is the furthest forward? Tell me its colour.",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)

# scene 22
C(
    "count",
    22,
    "is there a couple of yellow things in this picture or not",
    "eq(count(f(scene(), color=yellow)), num(2))",
    lambda s: yes(len(s.f(color="yellow")) == 2),
)
C(
    "superlative",
    22,
    "What's nearest to the big yellow cube? Give me the colour",
    "q(closest(scene(), u(f(sel(cube), color=yellow))), color)",
    lambda s: s.a(nearest(s, s.the(shape="cube", color="yellow")), "color"),
)

# scene 23
C(
    "chain",
    23,
    "how many things are further back than whatever is to the left of the big yellow cylinder",
    "count(rel(u(rel(u(f(sel(cylinder), size=large, color=yellow)), left)), behind))",
    lambda s: n(related(s, "behind", only(related(s, "left", s.the(shape="cylinder", size="large", color="yellow"))))),
)
C(
    "spatial",
    23,
    "What colour is the ball between the big yellow cylinder and the brown ball?",
    "q(u(f(inter(rel(u(f(sel(cylinder), size=large, color=yellow)), right), rel(u(f(sel(sphere), color=brown)), left)), shape=sphere)), color)",
    lambda s: s.a(
        only(
            among(
                s,
                between(s, s.the(shape="cylinder", color="yellow"), s.the(shape="sphere", color="brown")),
                shape="sphere",
            )
        ),
        "color",
    ),
)

# scene 24
C("superlative", 24, "most comon colour?", "common_value(scene(), color)", lambda s: top(o["color"] for o in s.objects))
C(
    "number",
    24,
    "Red things and grey things combined, how many is that?",
    "add(count(f(scene(), color=red)), count(f(scene(), color=gray)))",
    lambda s: str(len(s.f(color="red")) + len(s.f(color="gray"))),
)
C(
    "superlative",
    24,
    "The second object from the right, what material it is made?",
    "q(ord(scene(), right, 2), material)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "material"),
)
C(
    "spatial",
    24,
    "how many cubes are in front of the small red cube?",
    "count(f(rel(u(f(sel(cube), size=small, color=red)), front), shape=cube))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cube", size="small", color="red")), shape="cube")),
)
X(24, "Who arranged the objects like this, and why?")

# scene 25
C(
    "count",
    25,
    "Is just one of the things a cube?",
    "eq(count(sel(cube)), num(1))",
    lambda s: yes(len(s.f(shape="cube")) == 1),
)
C(
    "count",
    25,
    "are there six metal things?",
    "eq(count(f(scene(), material=metal)), num(6))",
    lambda s: yes(len(s.f(material="metal")) == 6),
)

# scene 26
C(
    "spatial",
    26,
    "how many green things are in front of the large green cylinder",
    "count(f(rel(u(f(sel(cylinder), size=large, color=green)), front), color=green))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cylinder", size="large", color="green")), color="green")),
)
C(
    "quantifier",
    26,
    "All but one of the objects are metal, right?",
    "eq(count(fn(scene(), material=metal)), num(1))",
    lambda s: yes(len(not_(s, s.all(), material="metal")) == 1),
)

# scene 27
C(
    "spatial",
    27,
    "How many things are in the foreground, in front of the yellow ball?",
    "count(rel(u(f(sel(sphere), color=yellow)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="yellow"))),
)
C(
    "spatial",
    27,
    "the thing in between the red cube and the purple cube, what colour is it",
    "q(u(inter(rel(u(f(sel(cube), color=red)), right), rel(u(f(sel(cube), color=purple)), left))), color)",
    lambda s: s.a(only(between(s, s.the(shape="cube", color="red"), s.the(shape="cube", color="purple"))), "color"),
)

# scene 28
C(
    "two_clause",
    28,
    "Three cylinders and two balls, is that right?",
    "and_(eq(count(sel(cylinder)), num(3)), eq(count(sel(sphere)), num(2)))",
    lambda s: yes(len(s.f(shape="cylinder")) == 3 and len(s.f(shape="sphere")) == 2),
)
C(
    "superlative",
    28,
    "The object furthest from the brown ball: is it big or small?",
    "choose(farthest(scene(), u(f(sel(sphere), color=brown))), size, [large, small])",
    lambda s: s.a(nearest(s, s.the(shape="sphere", color="brown"), far=True), "size"),
)
X(28, "Whose toys are these?")

# scene 29
C(
    "quantifier",
    29,
    "is exactly half of the stuff rubber?",
    "eq(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="rubber")) == len(not_(s, s.all(), material="rubber"))),
)
C(
    "superlative",
    29,
    "What Colour Is The Rightmost Thing?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)

# scene 30
C(
    "compare_count",
    30,
    "Do the balls outnumber the cylinders here?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "chain",
    30,
    "What colour is the thing to the left of the thing that is in front of the green ball?",
    "q(u(rel(u(rel(u(f(sel(sphere), color=green)), front)), left)), color)",
    lambda s: s.a(only(related(s, "left", only(related(s, "front", s.the(shape="sphere", color="green"))))), "color"),
)

# scene 31
C(
    "number",
    31,
    "How many more spheres than cylindrs are there?",
    "sub(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="sphere")) - len(s.f(shape="cylinder"))),
)
C(
    "compare_count",
    31,
    "Looking at the grey ball, are there more things in front of it, nearer to the camera, than there are behind it?",
    "gt(count(rel(u(f(sel(sphere), color=gray)), front)), count(rel(u(f(sel(sphere), color=gray)), behind)))",
    lambda s: yes(
        len(related(s, "front", s.the(shape="sphere", color="gray")))
        > len(related(s, "behind", s.the(shape="sphere", color="gray")))
    ),
)
X(31, "What will happen if the yellow ball rolls forward?")

# scene 32
C(
    "spatial",
    32,
    "My daughter is doing a worksheet about position words. She wants to know how many of the cubes are further back than the little red ball. Can you help?",
    "count(f(rel(u(f(sel(sphere), color=red)), behind), shape=cube))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="sphere", color="red")), shape="cube")),
)

# scene 33
C(
    "superlative",
    33,
    "The thing right in the foreground, what colour is it",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# scene 34
C(
    "quantifier",
    34,
    "Is everything here small?",
    "not_(exist(fn(scene(), size=small)))",
    lambda s: yes(all(o["size"] == "small" for o in s.objects)),
)
C(
    "superlative",
    34,
    "what colour is the object next to the big gray cylinder",
    "q(closest(scene(), u(f(sel(cylinder), size=large))), color)",
    lambda s: s.a(nearest(s, s.the(shape="cylinder", size="large")), "color"),
)

# scene 35
C(
    "count",
    35,
    "There are 4 cubes, correct?",
    "eq(count(sel(cube)), num(4))",
    lambda s: yes(len(s.f(shape="cube")) == 4),
)
C(
    "spatial",
    35,
    "How many cubes are in front of the purple ball?",
    "count(f(rel(u(f(sel(sphere), color=purple)), front), shape=cube))",
    lambda s: n(among(s, related(s, "front", s.the(shape="sphere", color="purple")), shape="cube")),
)
X(35, "What will the red ball do if I push it?")

# scene 36
C(
    "compare_count",
    36,
    "Are there three times as many balls as cylinders?",
    "eq(count(sel(sphere)), add(add(count(sel(cylinder)), count(sel(cylinder))), count(sel(cylinder))))",
    lambda s: yes(len(s.f(shape="sphere")) == 3 * len(s.f(shape="cylinder"))),
)

# scene 37
C(
    "number",
    37,
    "What's the number of cubes plus the number of spheres?",
    "add(count(sel(cube)), count(sel(sphere)))",
    lambda s: str(len(s.f(shape="cube")) + len(s.f(shape="sphere"))),
)
C(
    "spatial",
    37,
    "Okay, find the big grey cylinder first. Now, how many things are to the left of it and at the same time in front of it, closer to me?",
    "count(inter(rel(u(f(sel(cylinder), size=large, color=gray)), left), rel(u(f(sel(cylinder), size=large, color=gray)), front)))",
    lambda s: n(
        both(
            related(s, "left", s.the(shape="cylinder", size="large", color="gray")),
            related(s, "front", s.the(shape="cylinder", size="large", color="gray")),
        )
    ),
)
C(
    "superlative",
    37,
    "of the large cylinders, the one furthest left is made of what",
    "q(ord(f(sel(cylinder), size=large), left, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cylinder", size="large"), "left"), "material"),
)

# scene 38
C(
    "compare_count",
    38,
    "Do the small things outnumber the large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda s: yes(len(s.f(size="small")) > len(s.f(size="large"))),
)
C(
    "spatial",
    38,
    "how many balls r to the right of the big rubber cylinder",
    "count(f(rel(u(f(sel(cylinder), size=large, material=rubber)), right), shape=sphere))",
    lambda s: n(among(s, related(s, "right", s.the(shape="cylinder", material="rubber")), shape="sphere")),
)

# scene 39
C(
    "count",
    39,
    "Is there a pair of cylinders?",
    "eq(count(sel(cylinder)), num(2))",
    lambda s: yes(len(s.f(shape="cylinder")) == 2),
)
C(
    "superlative",
    39,
    "The thing that's closest to the grey cube - how big is it?",
    "q(closest(scene(), u(sel(cube))), size)",
    lambda s: s.a(nearest(s, s.the(shape="cube")), "size"),
)
C(
    "chain",
    39,
    "how many things are in front of the object that is left of the grey cube?",
    "count(rel(u(rel(u(sel(cube)), left)), front))",
    lambda s: n(related(s, "front", only(related(s, "left", s.the(shape="cube"))))),
)

# scene 40
C(
    "superlative",
    40,
    "Going from left to right, what colour is the middle object?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)
C(
    "chain",
    40,
    "how many objects are behind the thing on the right of the big grey cube",
    "count(rel(u(rel(u(f(sel(cube), size=large, color=gray)), right)), behind))",
    lambda s: n(related(s, "behind", only(related(s, "right", s.the(shape="cube", size="large", color="gray"))))),
)
X(40, "Is the big gray cube heavier than the brown cylinder?")

# scene 41
C(
    "spatial",
    41,
    "Is the blue ball further back than the blue cube?",
    "exist(f(rel(u(f(sel(cube), color=blue)), behind), color=blue, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue"}, "behind", {"shape": "cube", "color": "blue"}),
)
C(
    "quantifier",
    41,
    "Do metal objects make up more than half of everything? I'd guess so but I'm not sure, the colours are confusing me a bit.",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: most(s.f(material="metal"), not_(s, s.all(), material="metal")),
)

# scene 42
C(
    "superlative",
    42,
    "which colour is the most common one?",
    "common_value(scene(), color)",
    lambda s: top(o["color"] for o in s.objects),
)
C(
    "spatial",
    42,
    "how many blue things is behind the grey cube",
    "count(f(rel(u(f(sel(cube), color=gray)), behind), color=blue))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cube", color="gray")), color="blue")),
)
X(42, "how much does the blue cylinder weigh")

# scene 43
C(
    "number",
    43,
    "How many more metal things are there then rubber ones?",
    "sub(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: str(len(s.f(material="metal")) - len(s.f(material="rubber"))),
)
C(
    "superlative",
    43,
    "the ball on the far left. what colour",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "color"),
)

# scene 44
C(
    "spatial",
    44,
    "what is the thing between the cyan cube and the little brown ball made of?",
    "q(u(inter(rel(u(f(sel(cube), color=cyan)), right), rel(u(f(sel(sphere), size=small, color=brown)), left))), material)",
    lambda s: s.a(
        only(between(s, s.the(shape="cube", color="cyan"), s.the(shape="sphere", size="small", color="brown"))),
        "material",
    ),
)

# scene 45
C(
    "compare_count",
    45,
    "Are there as many grey objects as red ones?",
    "eq(count(f(scene(), color=gray)), count(f(scene(), color=red)))",
    lambda s: yes(len(s.f(color="gray")) == len(s.f(color="red"))),
)
C(
    "spatial",
    45,
    "so there's a red ball and a red cube and i want to know how many objects sit between those two",
    "count(inter(rel(u(f(sel(sphere), color=red)), right), rel(u(f(sel(cube), color=red)), left)))",
    lambda s: n(between(s, s.the(shape="sphere", color="red"), s.the(shape="cube", color="red"))),
)
X(45, "What is the name of the kid who owns the cyan ball?")

# scene 46
C(
    "superlative",
    46,
    "counting from the front, the third object is made of what",
    "q(ord(scene(), front, 3), material)",
    lambda s: s.a(nth(s, s.all(), "front", 3), "material"),
)
C(
    "spatial",
    46,
    "How many objects are to the right of the small cyan cylinder and behind it?",
    "count(inter(rel(u(f(sel(cylinder), size=small, color=cyan)), right), rel(u(f(sel(cylinder), size=small, color=cyan)), behind)))",
    lambda s: n(
        both(
            related(s, "right", s.the(shape="cylinder", size="small", color="cyan")),
            related(s, "behind", s.the(shape="cylinder", size="small", color="cyan")),
        )
    ),
)

# scene 47
C(
    "quantifier",
    47,
    "do cubes make up at least half of the objects?",
    "not_(lt(count(sel(cube)), count(fn(scene(), shape=cube))))",
    lambda s: yes(len(s.f(shape="cube")) >= len(shapes_not(s, "cube"))),
)
C(
    "spatial",
    47,
    "what colour is the object between the big purple cube and the red cube",
    "q(u(inter(rel(u(f(sel(cube), size=large, color=purple)), right), rel(u(f(sel(cube), color=red)), left))), color)",
    lambda s: s.a(
        only(between(s, s.the(shape="cube", size="large", color="purple"), s.the(shape="cube", color="red"))), "color"
    ),
)

# scene 48
C(
    "count",
    48,
    "is there a pair of green balls?",
    "eq(count(f(sel(sphere), color=green)), num(2))",
    lambda s: yes(len(s.f(shape="sphere", color="green")) == 2),
)

# scene 49
C(
    "quantifier",
    49,
    "Are more than half of the things cylinders?",
    "gt(count(sel(cylinder)), count(fn(scene(), shape=cylinder)))",
    lambda s: most(s.f(shape="cylinder"), shapes_not(s, "cylinder")),
)
C(
    "spatial",
    49,
    "how many yellow balls are infront of the green cube",
    "count(f(rel(u(f(sel(cube), color=green)), front), color=yellow, shape=sphere))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cube", color="green")), color="yellow", shape="sphere")),
)
X(49, "what brand made the big purple ball")

# scene 50
C(
    "count",
    50,
    "zero metal things in here right",
    "eq(count(f(scene(), material=metal)), num(0))",
    lambda s: yes(len(s.f(material="metal")) == 0),
)
C(
    "superlative",
    50,
    "What shape sits furthest in the background?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)

# scene 51
C(
    "chain",
    51,
    "colour of the thing in front of the object that's right of the big grey ball",
    "q(u(rel(u(rel(u(f(sel(sphere), size=large, color=gray)), right)), front)), color)",
    lambda s: s.a(only(related(s, "front", only(related(s, "right", s.the(shape="sphere", color="gray"))))), "color"),
)

# scene 52
C(
    "quantifier",
    52,
    "All but one of these things are cubes?",
    "eq(count(fn(scene(), shape=cube)), num(1))",
    lambda s: yes(len(shapes_not(s, "cube")) == 1),
)
C(
    "spatial",
    52,
    "how many cubes are in front of the grey cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=gray)), front), shape=cube))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cylinder", color="gray")), shape="cube")),
)

# scene 53
C(
    "number",
    53,
    "How many more cubes than balls?",
    "sub(count(sel(cube)), count(sel(sphere)))",
    lambda s: str(len(s.f(shape="cube")) - len(s.f(shape="sphere"))),
)
C(
    "superlative",
    53,
    "What's the colour of the thing furthest from the grey cbue?",
    "q(farthest(scene(), u(f(sel(cube), color=gray))), color)",
    lambda s: s.a(nearest(s, s.the(shape="cube", color="gray"), far=True), "color"),
)
X(53, "Which of these would a child pick up first?")

# scene 54

# scene 55
C(
    "spatial",
    55,
    "how many purple things r there to the left of the green cube",
    "count(f(rel(u(f(sel(cube), color=green)), left), color=purple))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cube", color="green")), color="purple")),
)

# scene 56
C(
    "count",
    56,
    "Only one metal thing?",
    "eq(count(f(scene(), material=metal)), num(1))",
    lambda s: yes(len(s.f(material="metal")) == 1),
)
C(
    "spatial",
    56,
    "What's between the cyan ball and the blue cube? Just the shape.",
    "q(u(inter(rel(u(f(sel(sphere), color=cyan)), right), rel(u(f(sel(cube), color=blue)), left))), shape)",
    lambda s: s.a(only(between(s, s.the(shape="sphere", color="cyan"), s.the(shape="cube", color="blue"))), "shape"),
)

# scene 57
C(
    "compare_count",
    57,
    "I'm not great with colours, so bear with me: are there twice as many grey things in this picture as there are yellow ones?",
    "eq(count(f(scene(), color=gray)), add(count(f(scene(), color=yellow)), count(f(scene(), color=yellow))))",
    lambda s: yes(len(s.f(color="gray")) == 2 * len(s.f(color="yellow"))),
)
X(57, "How many millimetres tall is the blue ball?")

# scene 58
C(
    "two_clause",
    58,
    "two cubes and one ball?",
    "and_(eq(count(sel(cube)), num(2)), eq(count(sel(sphere)), num(1)))",
    lambda s: yes(len(s.f(shape="cube")) == 2 and len(s.f(shape="sphere")) == 1),
)
C(
    "spatial",
    58,
    "Is the purple cube closer to the camera than the small ball?",
    "exist(f(rel(u(f(sel(sphere), size=small)), front), color=purple, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "purple"}, "front", {"shape": "sphere", "size": "small"}),
)
C(
    "chain",
    58,
    "What's to the right of the thing in front of the purple cube made of?",
    "q(u(rel(u(rel(u(f(sel(cube), color=purple)), front)), right)), material)",
    lambda s: s.a(
        only(related(s, "right", only(related(s, "front", s.the(shape="cube", color="purple"))))), "material"
    ),
)

# scene 59
C(
    "count",
    59,
    "Are there five purple objects?",
    "eq(count(f(scene(), color=purple)), num(5))",
    lambda s: yes(len(s.f(color="purple")) == 5),
)
C(
    "superlative",
    59,
    "What's furthest from the cyan cylinder? Colour only",
    "q(farthest(scene(), u(f(sel(cylinder), color=cyan))), color)",
    lambda s: s.a(nearest(s, s.the(shape="cylinder", color="cyan"), far=True), "color"),
)
X(59, "Is the cyan cylinder heavier than the two brown balls put together?")

# =================================================================================================================
# photo scenes
# =================================================================================================================


def men(p: Photo) -> list[str]:
    return p.f("man")


# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus, red sign (top right), white car (bottom left), tree behind the bus, small brown dog
P(
    "spatial",
    "street",
    "how many people r standing to the left of the woman",
    "count(rel(u(sel(woman)), left, name=person))",
    lambda p: n([o for o in p.subjects("left", p.the("woman")) if o in people(p)]),
)
P(
    "count",
    "street",
    "Is there more than one man on this street?",
    "gt(count(sel(man)), num(1))",
    lambda p: yes(len(p.f("man")) > 1),
)
P(
    "compare_count",
    "street",
    "Are there twice as many men as women in the street?",
    "eq(count(sel(man)), add(count(sel(woman)), count(sel(woman))))",
    lambda p: yes(len(p.f("man")) == 2 * len(p.f("woman"))),
)
P(
    "superlative",
    "street",
    "The person furthest to the right: is that a man or a woman?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "exist",
    "street",
    "is anything standing behind the bus?",
    "exist(rel(u(sel(bus)), behind))",
    lambda p: yes(bool(p.subjects("behind", p.the("bus")))),
)
P(
    "quantifier",
    "street",
    "Have all the men got ties on?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in men(p))),
)
P(
    "count",
    "street",
    "theres only the one dog isnt there",
    "eq(count(sel(dog)), num(1))",
    lambda p: yes(len(p.f("dog")) == 1),
)
P(
    "number",
    "street",
    "People plus vehicles - how many is that altogether?",
    "add(count(sel(person)), count(sel(vehicle)))",
    lambda p: str(len(people(p)) + len(p.f(("bus", "car")))),
)
P(
    "spatial",
    "street",
    "Is the white car on the right of the bus?",
    "vrel(u(sel(bus)), right, name=car)",
    lambda p: yes(p.has(p.the("car"), "right", p.the("bus"))),
)
P(
    "spatial",
    "street",
    "what animal is beside the woman?",
    "q(u(rel(u(sel(woman)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("woman")))),
)
P(
    "spatial",
    "street",
    "How many things are there on the right of the bus?",
    "count(rel(u(sel(bus)), right))",
    lambda p: n(p.subjects("right", p.the("bus"))),
)
P(
    "superlative",
    "street",
    "Counting people from the left, what colour is the second one wearing?",
    "q(ord(sel(person), left, 2), color)",
    lambda p: p.value(side_of(p, people(p), "left", 2), "color"),
)
P("count", "street", "ties in total?", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "spatial",
    "street",
    "Is the STOP sign to the left of the bus?",
    "vrel(u(sel(bus)), left, name=sign)",
    lambda p: yes(p.has(p.the("sign"), "left", p.the("bus"))),
)
P(
    "spatial",
    "street",
    "How many persons are on the right side of the lady?",
    "count(rel(u(sel(woman)), right, name=person))",
    lambda p: n([o for o in p.subjects("right", p.the("woman")) if o in people(p)]),
)
X("street", "How fast is the bus going in km/h?")
X("street", "What's the name of the man in the black suit?")

# kitchen: red cup (left), white plate, blue cup, green bottle, white cup (right), all on the wooden table with a metal fork near the plate; white clock above the table; woman in yellow on the right
P(
    "spatial",
    "kitchen",
    "whats the very next thing on the right of the red cup",
    "q(u(rel(u(f(sel(cup), color=red)), right)), name)",
    lambda p: p.name(only(p.subjects("right", p.the("cup", color="red")))),
)
P(
    "count",
    "kitchen",
    "What's the total number of cups on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P("count", "kitchen", "more than one cup??", "gt(count(sel(cup)), num(1))", lambda p: yes(len(p.f("cup")) > 1))
P(
    "superlative",
    "kitchen",
    "Of the three cups, what colour is the one in the middle?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "spatial",
    "kitchen",
    "What's standing between the blue cup and the white cup?",
    "q(u(inter(rel(u(f(sel(cup), color=blue)), right), rel(u(f(sel(cup), color=white)), left))), name)",
    lambda p: p.name(
        only(both(p.subjects("right", p.the("cup", color="blue")), p.subjects("left", p.the("cup", color="white"))))
    ),
)
P(
    "compare_count",
    "kitchen",
    "Are there more cups than plates?",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P(
    "count",
    "kitchen",
    "Is there a couple of bottles on the table?",
    "eq(count(rel(u(sel(table)), on, name=bottle)), num(2))",
    lambda p: yes(len(named(p, p.subjects("on", p.the("table")), "bottle")) == 2),
)
P(
    "spatial",
    "kitchen",
    "the clock is it above the table",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(p.has(p.the("clock"), "above", p.the("table"))),
)
P(
    "spatial",
    "kitchen",
    "Who's that on the right of the table?",
    "q(u(rel(u(sel(table)), right)), name)",
    lambda p: p.name(only(p.subjects("right", p.the("table")))),
)
P(
    "spatial",
    "kitchen",
    "is the fork lying beside the bottle",
    "vrel(u(sel(bottle)), near, name=fork)",
    lambda p: yes(p.has(p.the("fork"), "near", p.the("bottle"))),
)
P(
    "superlative",
    "kitchen",
    "Which colour turns up most in this kitchen?",
    "common_value(scene(), color)",
    lambda p: top(p.value(o, "color") for o in p.objects if p.value(o, "color")),
)
P(
    "verify",
    "kitchen",
    "Is the leftmost cup a blue one?",
    "verify(ord(sel(cup), left, 1), color, blue)",
    lambda p: yes(p.value(side_of(p, p.f("cup"), "left"), "color") == "blue"),
)
P(
    "count",
    "kitchen",
    "Two of the cups aren't white, right?",
    "eq(count(fn(sel(cup), color=white)), num(2))",
    lambda p: yes(len([o for o in p.f("cup") if p.value(o, "color") != "white"]) == 2),
)
P(
    "spatial",
    "kitchen",
    "is the woman to the right of the white cup?",
    "vrel(u(f(sel(cup), color=white)), right, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "right", p.the("cup", color="white"))),
)
P(
    "count",
    "kitchen",
    "Apart from the cups, how many things are on the table?",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) != "cup"]),
)
P(
    "spatial",
    "kitchen",
    "what colour is the cup on the left of the plate?",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
X("kitchen", "How much water is left in the bottle?")
X("kitchen", "How heavy is the plate in grams?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green bench, two trees
P(
    "spatial",
    "park",
    "How many people are standing to the left of the girl?",
    "count(rel(u(sel(girl)), left, name=person))",
    lambda p: n([o for o in p.subjects("left", p.the("girl")) if o in people(p)]),
)
P(
    "compare_count",
    "park",
    "are there more women than girls?",
    "gt(count(sel(woman)), count(sel(girl)))",
    lambda p: yes(len(p.f("woman")) > len(p.f("girl"))),
)
P(
    "count",
    "park",
    "Is there a pair of dogs in the park?",
    "eq(count(sel(dog)), num(2))",
    lambda p: yes(len(p.f("dog")) == 2),
)
P(
    "number",
    "park",
    "how many people and dogs are there combined?",
    "add(count(sel(person)), count(sel(dog)))",
    lambda p: str(len(people(p)) + len(p.f("dog"))),
)
P(
    "superlative",
    "park",
    "We're playing a game where I describe a photo and my friend guesses it. In this park picture, counting the people from the left-hand edge, who is the second one along?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "spatial",
    "park",
    "Of the people, who is standing between the boy and the girl?",
    "q(u(inter(rel(u(sel(boy)), right, name=person), rel(u(sel(girl)), left, name=person))), name)",
    lambda p: p.name(
        only([o for o in both(p.subjects("right", p.the("boy")), p.subjects("left", p.the("girl"))) if o in people(p)])
    ),
)
P(
    "spatial",
    "park",
    "is there a tree behind the boy",
    "vrel(u(sel(boy)), behind, name=tree)",
    lambda p: yes(any(p.name(t) == "tree" for t in p.subjects("behind", p.the("boy")))),
)
P(
    "count",
    "park",
    "How many people have got a tree right behind them?",
    "count(rel(sel(tree), behind, role=object))",
    lambda p: n([o for o in people(p) if any(p.name(t) == "tree" for t in p.subjects("behind", o))]),
)
P(
    "spatial",
    "park",
    "Is the bench next to the boy?",
    "vrel(u(sel(boy)), near, name=bench)",
    lambda p: yes(p.has(p.the("bench"), "near", p.the("boy"))),
)
P(
    "spatial",
    "park",
    "bike on the right of the bench yes or no",
    "vrel(u(sel(bench)), right, name=bicycle)",
    lambda p: yes(p.has(p.the("bicycle"), "right", p.the("bench"))),
)
P(
    "spatial",
    "park",
    "How many dogs are beside the girl?",
    "count(rel(u(sel(girl)), near, name=dog))",
    lambda p: n(named(p, p.subjects("near", p.the("girl")), "dog")),
)
P(
    "spatial",
    "park",
    "is the lady in white standing next to the bike?",
    "exist(inter(f(sel(woman), color=white), rel(u(sel(bicycle)), near)))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("bicycle")), "woman"))),
)
P(
    "superlative",
    "park",
    "what colour is the person on the far right wearing",
    "q(ord(sel(person), right, 1), color)",
    lambda p: p.value(side_of(p, people(p), "right"), "color"),
)
P(
    "compare_count",
    "park",
    "As many trees as dogs?",
    "eq(count(sel(tree)), count(sel(dog)))",
    lambda p: yes(len(p.f("tree")) == len(p.f("dog"))),
)
P(
    "count",
    "park",
    "How many people are on the left side of the picture?",
    "count(f(sel(person), hposition=left))",
    lambda p: n([o for o in people(p) if p.value(o, "hposition") == "left"]),
)
P(
    "compare_count",
    "park",
    "Do the women outnumber the dogs?",
    "gt(count(sel(woman)), count(sel(dog)))",
    lambda p: yes(len(p.f("woman")) > len(p.f("dog"))),
)
X("park", "What breed is the black dog?")
X("park", "How old is the boy?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P(
    "count",
    "shapes",
    "What's the total number of shapes in the top row?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "compare_count",
    "shapes",
    "more small shapes than big ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "superlative",
    "shapes",
    "Most common colour among the shapes?",
    "common_value(scene(), color)",
    lambda p: top(p.value(o, "color") for o in p.objects),
)
P("count", "shapes", "is there only one star?", "eq(count(sel(star)), num(1))", lambda p: yes(len(p.f("star")) == 1))
P(
    "count",
    "shapes",
    "A couple of circles in the drawing, yes?",
    "eq(count(sel(circle)), num(2))",
    lambda p: yes(len(p.f("circle")) == 2),
)
P(
    "number",
    "shapes",
    "number of blue shapes plus number of red shapes",
    "add(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: str(len(p.f(color="blue")) + len(p.f(color="red"))),
)
P(
    "number",
    "shapes",
    "How many more blue shapes are there than green ones?",
    "sub(count(f(scene(), color=blue)), count(f(scene(), color=green)))",
    lambda p: str(len(p.f(color="blue")) - len(p.f(color="green"))),
)
P(
    "quantifier",
    "shapes",
    "Are most of the shapes red?",
    "gt(count(f(scene(), color=red)), count(fn(scene(), color=red)))",
    lambda p: yes(len(p.f(color="red")) > len(p.objects) - len(p.f(color="red"))),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, which shape is in the middle?",
    "q(ord(f(scene(), vposition=bottom), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left", 2), "shape"),
)
P(
    "superlative",
    "shapes",
    "top row, far right, what colour",
    "q(ord(f(scene(), vposition=top), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "color"),
)
P(
    "superlative",
    "shapes",
    "What shape is second from the right in the top row?",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)
P(
    "count",
    "shapes",
    "how many shapes are on the left side of the drawing?",
    "count(f(scene(), hposition=left))",
    lambda p: n(p.f(hposition="left")),
)
P(
    "quantifier",
    "shapes",
    "Is every shape on the left-hand side a big one?",
    "not_(exist(fn(f(scene(), hposition=left), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(hposition="left"))),
)
P(
    "count",
    "shapes",
    "zero blue shapes?",
    "eq(count(f(scene(), color=blue)), num(0))",
    lambda p: yes(not p.f(color="blue")),
)
P(
    "compare_count",
    "shapes",
    "Do the blue shapes outnumber all the other shapes put together?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.objects) - len(p.f(color="blue"))),
)
P(
    "count",
    "shapes",
    "How many shapes are down in the bottom right corner?",
    "count(f(scene(), hposition=right, vposition=bottom))",
    lambda p: n(p.f(hposition="right", vposition="bottom")),
)
P(
    "verify",
    "shapes",
    "Is the leftmost shape in the bottom row yellow?",
    "verify(ord(f(scene(), vposition=bottom), left, 1), color, yellow)",
    lambda p: yes(p.value(side_of(p, p.f(vposition="bottom"), "left"), "color") == "yellow"),
)
P(
    "count",
    "shapes",
    "how many red shapes r in the top row",
    "count(f(scene(), color=red, vposition=top))",
    lambda p: n(p.f(color="red", vposition="top")),
)
P(
    "two_clause",
    "shapes",
    "Is there exactly one triangle and exactly one hexagon?",
    "and_(eq(count(sel(triangle)), num(1)), eq(count(sel(hexagon)), num(1)))",
    lambda p: yes(len(p.f("triangle")) == 1 and len(p.f("hexagon")) == 1),
)
P(
    "superlative",
    "shapes",
    "what colour is the shape furthest to the right along the bottom row?",
    "q(ord(f(scene(), vposition=bottom), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "color"),
)
P(
    "count",
    "shapes",
    "Count the shapes in the middle column for me",
    "count(f(scene(), hposition=middle))",
    lambda p: n(p.f(hposition="middle")),
)
P(
    "quantifier",
    "shapes",
    "Is at least half of the shapes blue?",
    "not_(lt(count(f(scene(), color=blue)), count(fn(scene(), color=blue))))",
    lambda p: yes(len(p.f(color="blue")) >= len(p.objects) - len(p.f(color="blue"))),
)
P(
    "count",
    "shapes",
    "How many of the shapes are not circles?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "superlative",
    "shapes",
    "The first shape on the left in the top row, what is it",
    "q(ord(f(scene(), vposition=top), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "My little boy has been colouring in this sheet and he asked me something I couldn't answer quickly: are there twice as many small shapes on it as there are red ones?",
    "eq(count(f(scene(), size=small)), add(count(f(scene(), color=red)), count(f(scene(), color=red))))",
    lambda p: yes(len(p.f(size="small")) == 2 * len(p.f(color="red"))),
)
P(
    "compare_count",
    "shapes",
    "Does the top row have the same number of shapes as the bottom row?",
    "eq(count(f(scene(), vposition=top)), count(f(scene(), vposition=bottom)))",
    lambda p: yes(len(p.f(vposition="top")) == len(p.f(vposition="bottom"))),
)
P(
    "number",
    "shapes",
    "what do you get if you add the number of stars to the number of hexagons?",
    "add(count(sel(star)), count(sel(hexagon)))",
    lambda p: str(len(p.f("star")) + len(p.f("hexagon"))),
)
P(
    "number",
    "shapes",
    "How many different kinds of shape are in the drawing?",
    "nvalues(scene(), shape)",
    lambda p: str(len({p.value(o, "shape") for o in p.objects})),
)
P(
    "attribute",
    "shapes",
    "There is one shape in the middle row. Which shape is it?",
    "q(u(f(scene(), vposition=middle)), shape)",
    lambda p: p.value(p.the(vposition="middle"), "shape"),
)
P(
    "count",
    "shapes",
    "How many large shapes? Answer with a digit please.",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "count",
    "shapes",
    "Is there more than one blue shape in the bottom row?",
    "gt(count(f(scene(), color=blue, vposition=bottom)), num(1))",
    lambda p: yes(len(p.f(color="blue", vposition="bottom")) > 1),
)
P(
    "count",
    "shapes",
    "how many shapes on the right hand side",
    "count(f(scene(), hposition=right))",
    lambda p: n(p.f(hposition="right")),
)
X("shapes", "How many centimetres apart are the star and the hexagon?")
X("shapes", "Why did the artist make the star red?")
X("shapes", "What shape will be added to the drawing next?")


if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
