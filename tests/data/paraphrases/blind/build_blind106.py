# ruff: noqa: E501
"""Blind paraphrase set 106: everyday spatial talk about a 3D tabletop render. About forty imagined people of every
age, region, job and temperament, each shown one CLEVR val render and asking, in their own words and habits, where
things stand: what is closest to the camera (the viewer, "me", "the front") and what stands furthest back, what is
nearest to or furthest from a given object, what stands between two objects, which of two things is nearer a third,
whether one thing is further left, right, back or forward than another, how many things lie on one side of an object,
and what stands directly behind or in front of one. Now and then they ask what no scene graph holds (shadows, the
light, reflections, whether two things touch, whether one hides another, distances and heights in centimetres); those
must be refused, and are written in the same voice as the person's other questions.

The cast. Moira, a retired Glasgow maths teacher ("Now then"), and Javi, a Colombian delivery rider typing on his
phone ("wich", "pls") (scene 3); Nadia, a Tunisian-born optician, precise ("exactly"), and Cal, a teenage skateboarder
("yo", "can" for cylinder) (4); Oksana, a Ukrainian-born nurse in Toronto who drops articles, and Bill, a retired
Texas rancher ("yonder", "reckon", "feller") (8); Hiroshi, a retired Osaka train conductor, very polite, and Shanice,
an Atlanta hairdresser ("Girl,") (12); Astrid, a Danish kindergarten teacher ("ja?"), and Rocco, a Brooklyn pizza
man ("gimme", lowercase) (19); Maeve, a brisk Irish school principal ("Right,"), and Sanjay, a Mumbai-born taxi
driver in Melbourne ("Tell me one thing", "most far") (42); Renée, a New Orleans tour guide ("cher"), and Tomás, a
Chilean astronomy student, technical ("relative to", "positioned") (43); Lorraine, a Liverpool bingo caller ("love",
"stood"), and Arash, an Iranian-born dentist in Vancouver, careful (46); Gustavo, a retired Brazilian football coach
("more close", "who is nearest"), and Dot, a Yorkshire allotment keeper ("owt", "summat") (20); Imke, a blunt Dutch
bike courier, and the Reverend Hollis, a retired Alabama preacher ("friend") (44); Priscilla, a Kenyan-born bank
teller in London, formal ("May I know", "Kindly"), and Zeke, a terse Montana wildland firefighter (53); Ethel,
eighty-two, a chatty Florida retiree ("Oh my", "dear", "block"), and Marco, an Italian espresso-bar owner ("more
far", "what is there?") (17); Leilani, a laid-back Hawaiian surf instructor ("brah"), and Dr Pritchard, a retired
Welsh GP (22); Benedikt, a Bavarian brewer, and Tamsin, a Cornish mum on her phone ("whats", "r") (23); Yusuf, a
Turkish barber in Berlin ("most at back", "what is?"), and Marjorie, a Canadian curling coach (27); Ngozi, a
Lagos-born midwife in Houston, and Finn, a Norwegian fisherman ("more left") (28); Aroha, a Maori nurse in Auckland,
and Sven, a terse Swedish IT-support worker (29); Hamid, an Afghan-born taxi driver in Hamburg (30); Bronwyn, an
Australian sheep shearer (34); and Kenji, a polite Tokyo office worker ("Excuse me") (40).

The questions cover the object nearest the camera and the second nearest, the one furthest back, the same among
the objects of one shape, the object nearest to or furthest from a named one (also among one shape), which of two
objects is nearer a third, what stands between two objects (the thing, its count, whether there is any), whether
one object is further left, right, back or forward than another, counts of objects (of a shape or colour) on one
side of another, and what stands directly behind or in front of an object. Twenty CLEVR val scenes, none used by
set 105 or set 104 (3, 4, 8, 12, 17, 19, 20, 22, 23, 27, 28, 29, 30, 34, 40, 42, 43, 44, 46, 53), one to two
people to a scene; about one question in ten must be refused.

Conventions (build_blind104's, as set 66's, and these for the spatial words). "The X" is only used where exactly one
X matches. Left, right, in front and behind are CLEVR's: along the scene's direction vectors, "in front" toward the
camera; places and orders are only asked where a careful person could call them (no other object within TIE, 0.25
scene units, of the anchor or of a neighbour in the order along that axis). Nearest the camera (the viewer, "me",
the front) is the first object from the front along that axis, and is asked only where the objects' depth from the
camera gives the same order at that place; furthest from the camera, at the back, likewise from behind. Nearness
between objects is the distance between their 3D scene coordinates: "the nearest" is asked only where it is at least
1.5 times nearer than the next nearest (and also the nearest on the table plane), "which of two is nearer" likewise;
"the furthest" only where it is at least 1.15 times and 0.5 units farther than the next (and also furthest on the
table plane). "Between" two objects: on the table plane an object within 1.0 unit of the segment joining them, its
foot inside the middle 80% of the segment (none within 0.25 of that 1.0 line); asked only where these are exactly
the objects lying between the two along the left-right (or front-back) axis, so the gold is the intersection of
"right of the left one" and "left of the right one" (or "in front of the back one" and "behind the front one").
"Directly behind" ("directly in front"): the object behind (in front of) the anchor by more than TIE whose sideways
offset along left-right is under 1.0 unit (none within 0.25 of 1.0); asked only where there is exactly one and it is
also the nearest of the objects on that side, so the gold is the closest of them. Words are read as CLEVR's (ball =
sphere, block = cube, can = cylinder, shiny = metal, matte = rubber, little = small, big = large, grey = gray).
Answers are the graph's words, yes/no answers "yes" or "no" whatever the tag. Every gold program and answer comes
from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/ except agent/llm/notation.py, for the notation's calls), its tests, or any other question set's questions.
The only files read were build_blind104.py and build_blind105.py (their docstrings' conventions, helpers and code,
for the format, the gold program language and the conventions; their question wordings skimmed past, none copied),
blind_gold.py and blind_helpers.py (imported here), the first 5 lines of blind104.jsonl (the line format), and the
scenes (/work/shared/clevr-mini/val/scenes.json, inspected with small Python snippets). No question was run through
nsvr's parser, planner or ``nsvr ask`` before the first run; only the gold programs were run, by nsvr's executor,
through ``--check``.

Run ``python build_blind106.py`` to write ``../blind106.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import Clevr, NotUnique, n, question_recorder, write_set, yes  # noqa: E402
from blind_helpers import along, is_rel, nth, only, related  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind106.jsonl"
Q, C, _P, X = question_recorder()


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
# a nearest object must be at least this many times nearer than the next nearest (3D scene coordinates)
NEAR = 1.5
# a farthest object must be at least this many times, and HALF units, farther than the next farthest
FAR = 1.15
HALF = 0.5
# "directly" behind / in front: within ALIGN scene units sideways of the anchor (none may lie within BAND of it)
ALIGN = 1.0
BAND = 0.25
# "between": within ALIGN of the segment joining the two (none within BAND of that), its foot well inside the segment
INSIDE = (0.1, 0.9)


def ground(s: Clevr, i: int) -> tuple[float, float]:
    """An object's place on the table as (rightward, frontward) scene units."""
    return along(s, i, "right"), along(s, i, "front")


def d3(s: Clevr, i: int, j: int) -> float:
    return math.dist(s.objects[i]["3d_coords"], s.objects[j]["3d_coords"])


def d2(s: Clevr, i: int, j: int) -> float:
    return math.dist(ground(s, i), ground(s, j))


def nearest(s: Clevr, anchor: int, ids: list[int] | None = None) -> int:
    """The object of ids (default: all) nearest the anchor, in 3D; NotUnique unless it is at least NEAR times nearer
    than the next and also the nearest on the table plane."""
    cand = [j for j in (s.all() if ids is None else ids) if j != anchor]
    if not cand:
        raise NotUnique("nothing to be near")
    by3 = sorted(cand, key=lambda j: d3(s, anchor, j))
    by2 = sorted(cand, key=lambda j: d2(s, anchor, j))
    if by2[0] != by3[0] or (len(by3) > 1 and d3(s, anchor, by3[1]) < NEAR * d3(s, anchor, by3[0])):
        raise NotUnique(f"nearest to {anchor} not clear")
    return by3[0]


def farthest_from(s: Clevr, anchor: int, ids: list[int] | None = None) -> int:
    """The object of ids (default: all) farthest from the anchor; NotUnique unless it is FAR times and HALF units
    farther than the next and also the farthest on the table plane."""
    cand = [j for j in (s.all() if ids is None else ids) if j != anchor]
    by3 = sorted(cand, key=lambda j: -d3(s, anchor, j))
    by2 = sorted(cand, key=lambda j: -d2(s, anchor, j))
    if len(by3) < 2 or by2[0] != by3[0]:
        raise NotUnique(f"farthest from {anchor} not clear")
    top, second = d3(s, anchor, by3[0]), d3(s, anchor, by3[1])
    if top < FAR * second or top - second < HALF:
        raise NotUnique(f"farthest from {anchor} not clear")
    return by3[0]


def camera(s: Clevr, ids: list[int], end: str = "front", k: int = 1) -> int:
    """The k-th object of ids from the camera (end=front) or from the back (end=behind), by the scene's front
    direction with the TIE margin; NotUnique unless the depth from the camera gives the same order at that place."""
    i = nth(s, ids, end, k)
    by_depth = sorted(ids, key=lambda j: s.objects[j]["pixel_coords"][2], reverse=end == "behind")
    if by_depth[k - 1] != i:
        raise NotUnique("camera depth disagrees")
    return i


def between(s: Clevr, a: int, b: int, axis: str) -> list[int]:
    """The objects between a and b: on the table plane each lies within ALIGN of the segment joining them and its foot
    falls inside the segment's middle INSIDE share. With axis "right" (a left of b) this must be exactly the objects
    right of a and left of b; with axis "front" (a behind b), exactly those in front of a and behind b."""
    (ax, ay), (bx, by) = ground(s, a), ground(s, b)
    length2 = (bx - ax) ** 2 + (by - ay) ** 2
    inside = []
    for j in s.all():
        if j in (a, b):
            continue
        px, py = ground(s, j)
        t = ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / length2
        foot = (ax + t * (bx - ax), ay + t * (by - ay))
        off = math.dist((px, py), foot)
        if INSIDE[0] < t < INSIDE[1] and abs(off - ALIGN) < BAND:
            raise NotUnique(f"object {j} on the edge of between")
        if INSIDE[0] < t < INSIDE[1] and off < ALIGN:
            inside.append(j)
    back = {"right": "left", "front": "behind"}[axis]
    if sorted(set(related(s, axis, a)) & set(related(s, back, b))) != sorted(inside):
        raise NotUnique("between disagrees with the two relations")
    return sorted(inside)


def directly(s: Clevr, anchor: int, side: str) -> int:
    """The one object directly ``side`` (behind or front) of the anchor: beyond it by more than TIE that way and within
    ALIGN sideways (none within BAND of ALIGN); it must also be the nearest of the objects on that side."""
    beyond = related(s, side, anchor)
    sideways = {j: abs(along(s, j, "right") - along(s, anchor, "right")) for j in beyond}
    if any(abs(w - ALIGN) < BAND for w in sideways.values()):
        raise NotUnique("sideways offset too close to call")
    one = only([j for j, w in sideways.items() if w < ALIGN])
    if len(beyond) > 1 and nearest(s, anchor, beyond) != one:
        raise NotUnique("directly beyond is not the nearest beyond")
    return one


def nearer_of(s: Clevr, anchor: int, a: int, b: int, attribute: str) -> str:
    """Which of a and b is nearer the anchor, told by ``attribute`` (NEAR times nearer)."""
    if s.a(a, attribute) == s.a(b, attribute):
        raise NotUnique("not told apart")
    return s.a(nearest(s, anchor, [a, b]), attribute)


def gold_of(**want: str) -> str:
    """The notation for the objects with the given values: f(sel(SHAPE), ATTR=VALUE, ...)."""
    shape = want.pop("shape", None)
    base = f"sel({shape})" if shape else "scene()"
    keys = [k for k in ("color", "size", "material") if k in want]
    return f"f({base}, {', '.join(f'{k}={want[k]}' for k in keys)})" if keys else base


def one(**want: str) -> str:
    return f"u({gold_of(**want)})"


# =================================================================================================================
# CLEVR val scenes, one or two people each
# =================================================================================================================

# scene 3: small red metal sph, small purple metal cube (front, left), large red rubber cyl (right), large purple rubber cyl (back), small red metal cyl

# --- Moira, a retired Glasgow maths teacher; methodical
C(
    "camera",
    3,
    "Now then, which object is nearest to whoever took this picture? Just the shape, please.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(camera(s, s.all()), "shape"),
)
C(
    "camera",
    3,
    "And right at the very back of the table, what colour is the thing sitting there?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(camera(s, s.all(), "behind"), "color"),
)
C(
    "nearest",
    3,
    "Which object lies closest to the little purple cube? What shape is it?",
    f"q(closest(scene(), {one(shape='cube')}), shape)",
    lambda s: s.a(nearest(s, s.the(shape="cube")), "shape"),
)
C(
    "farthest",
    3,
    "Of all the others, which one is furthest away from the red ball? Its colour, if you would.",
    f"q(farthest(scene(), {one(shape='sphere')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="sphere")), "color"),
)
C(
    "side_count",
    3,
    "How many objects would you say are further back than the red ball?",
    f"count(rel({one(shape='sphere')}, behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere"))),
)
C(
    "between",
    3,
    "Between the large red cylinder and the purple cube there's one thing standing. What shape is it?",
    f"q(u(inter(rel({one(shape='cylinder', color='red', size='large')}, front), rel({one(shape='cube')}, behind))), shape)",
    lambda s: s.a(
        only(between(s, s.the(shape="cylinder", color="red", size="large"), s.the(shape="cube"), "front")), "shape"
    ),
)
X(3, "Now then, is the shiny red ball casting a shadow onto the big red cylinder?")

# --- Javi, a Colombian delivery rider typing on his phone
C(
    "beyond",
    3,
    "small red cylinder is further right than the ball?",
    f"exist(inter(rel({one(shape='sphere')}, right), {one(shape='cylinder', color='red', size='small')}))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "red", "size": "small"}, "right", {"shape": "sphere"}),
)
C(
    "farthest",
    3,
    "wich thing is the farthest from the big red cylinder? shape",
    f"q(farthest(scene(), {one(shape='cylinder', color='red', size='large')}), shape)",
    lambda s: s.a(farthest_from(s, s.the(shape="cylinder", color="red", size="large")), "shape"),
)
C(
    "camera",
    3,
    "2nd closest to the camera? color pls",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(camera(s, s.all(), "front", 2), "color"),
)
C(
    "side_count",
    3,
    "how many things r to the right of the small red cylinder",
    f"count(rel({one(shape='cylinder', color='red', size='small')}, right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="red", size="small"))),
)
C(
    "nearer_of",
    3,
    "the cube is closer to the ball or to the purple cylinder?",
    f"q(closest(union({one(shape='sphere')}, {one(shape='cylinder', color='purple')}), {one(shape='cube')}), shape)",
    lambda s: nearer_of(
        s, s.the(shape="cube"), s.the(shape="sphere"), s.the(shape="cylinder", color="purple"), "shape"
    ),
)
X(3, "how many cm from the cube to the ball more or less")

# scene 4: nine small things and a large blue metal sphere; brown sphere in front, red cylinder at the back

# --- Nadia, a Tunisian-born optician; precise
C(
    "camera",
    4,
    "Which object is the closest one to the viewer? Please give me its colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(camera(s, s.all()), "color"),
)
C(
    "camera",
    4,
    "And the one standing farthest back, exactly what colour is it?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(camera(s, s.all(), "behind"), "color"),
)
C(
    "nearest",
    4,
    "Which object is nearest to the green cylinder? The colour is enough.",
    f"q(closest(scene(), {one(shape='cylinder', color='green')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="cylinder", color="green")), "color"),
)
C(
    "nearest",
    4,
    "What is the closest object to the purple cylinder, and what shape does it have?",
    f"q(closest(scene(), {one(shape='cylinder', color='purple')}), shape)",
    lambda s: s.a(nearest(s, s.the(shape="cylinder", color="purple")), "shape"),
)
C(
    "directly",
    4,
    "What stands directly in front of the yellow metal sphere? I need its colour.",
    f"q(closest(rel({one(shape='sphere', color='yellow', material='metal')}, front), {one(shape='sphere', color='yellow', material='metal')}), color)",
    lambda s: s.a(directly(s, s.the(shape="sphere", color="yellow", material="metal"), "front"), "color"),
)
C(
    "side_count",
    4,
    "Exactly how many objects are to the right of the brown sphere?",
    f"count(rel({one(shape='sphere', color='brown')}, right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="brown"))),
)
C(
    "farthest",
    4,
    "Which object lies farthest from the purple sphere? Its shape, please.",
    f"q(farthest(scene(), {one(shape='sphere', color='purple')}), shape)",
    lambda s: s.a(farthest_from(s, s.the(shape="sphere", color="purple")), "shape"),
)

# --- Cal, a teenage skateboarder
C(
    "between",
    4,
    "yo what color is the thing between the red can and the purple ball",
    f"q(u(inter(rel({one(shape='cylinder', color='red')}, right), rel({one(shape='sphere', color='purple')}, left))), color)",
    lambda s: s.a(
        only(between(s, s.the(shape="cylinder", color="red"), s.the(shape="sphere", color="purple"), "right")), "color"
    ),
)
C(
    "directly",
    4,
    "whats right in front of the matte yellow ball? color",
    f"q(closest(rel({one(shape='sphere', color='yellow', material='rubber')}, front), {one(shape='sphere', color='yellow', material='rubber')}), color)",
    lambda s: s.a(directly(s, s.the(shape="sphere", color="yellow", material="rubber"), "front"), "color"),
)
C(
    "camera",
    4,
    "which ball is closest to the camera",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(camera(s, s.f(shape="sphere")), "color"),
)
C(
    "nearest",
    4,
    "closest thing to the purple ball?? just the color",
    f"q(closest(scene(), {one(shape='sphere', color='purple')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="sphere", color="purple")), "color"),
)
C(
    "side_count",
    4,
    "how many cans r behind the big blue ball",
    f"count(f(rel({one(shape='sphere', color='blue')}, behind), shape=cylinder))",
    lambda s: n(
        [j for j in related(s, "behind", s.the(shape="sphere", color="blue")) if s.a(j, "shape") == "cylinder"]
    ),
)
C(
    "beyond",
    4,
    "is the big blue ball further to the front than the brown one",
    f"exist(inter(rel({one(shape='sphere', color='brown')}, front), {one(shape='sphere', color='blue')}))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue"}, "front", {"shape": "sphere", "color": "brown"}),
)
X(4, "yo is the blue ball reflecting the other stuff in it")

# scene 8: yellow cylinder in front, brown cube at the back, cyan cube far left, purple cylinder far right

# --- Oksana, a Ukrainian-born nurse in Toronto; drops articles
C(
    "camera",
    8,
    "Which object is nearest to camera? Tell me shape.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(camera(s, s.all()), "shape"),
)
C(
    "camera",
    8,
    "Which one stands most far at back? Colour please.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(camera(s, s.all(), "behind"), "color"),
)
C(
    "nearest",
    8,
    "What object is closest to cyan cube? Which colour it has?",
    f"q(closest(scene(), {one(shape='cube', color='cyan')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="cube", color="cyan")), "color"),
)
C(
    "directly",
    8,
    "What is directly behind gray cube? Colour.",
    f"q(closest(rel({one(shape='cube', color='gray')}, behind), {one(shape='cube', color='gray')}), color)",
    lambda s: s.a(directly(s, s.the(shape="cube", color="gray"), "behind"), "color"),
)
C(
    "between",
    8,
    "How many objects are between brown cube and purple cylinder?",
    f"count(inter(rel({one(shape='cube', color='brown')}, right), rel({one(shape='cylinder', color='purple')}, left)))",
    lambda s: n(between(s, s.the(shape="cube", color="brown"), s.the(shape="cylinder", color="purple"), "right")),
)
C(
    "side_count",
    8,
    "How many objects are on left side of sphere?",
    f"count(rel({one(shape='sphere')}, left))",
    lambda s: n(related(s, "left", s.the(shape="sphere"))),
)
C(
    "farthest",
    8,
    "Which object is most far from yellow cylinder? Colour.",
    f"q(farthest(scene(), {one(shape='cylinder', color='yellow')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="cylinder", color="yellow")), "color"),
)

# --- Bill, a retired Texas rancher
C(
    "nearest",
    8,
    "What's sittin' closest to that purple cylinder yonder? Just the shape.",
    f"q(closest(scene(), {one(shape='cylinder', color='purple')}), shape)",
    lambda s: s.a(nearest(s, s.the(shape="cylinder", color="purple")), "shape"),
)
C(
    "camera",
    8,
    "Which cube's nearest the feller holdin' the camera? What colour?",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(camera(s, s.f(shape="cube")), "color"),
)
C(
    "between",
    8,
    "There's somethin' sat between the cyan cube and the yellow cylinder. What colour is it?",
    f"q(u(inter(rel({one(shape='cube', color='cyan')}, front), rel({one(shape='cylinder', color='yellow')}, behind))), color)",
    lambda s: s.a(
        only(between(s, s.the(shape="cube", color="cyan"), s.the(shape="cylinder", color="yellow"), "front")), "color"
    ),
)
C(
    "beyond",
    8,
    "I reckon the big gray cylinder is further back than the purple ball. Am I right?",
    f"exist(inter(rel({one(shape='sphere')}, behind), {one(shape='cylinder', color='gray')}))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "gray"}, "behind", {"shape": "sphere"}),
)
C(
    "side_count",
    8,
    "How many things are out in front of the gray cylinder?",
    f"count(rel({one(shape='cylinder', color='gray')}, front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="gray"))),
)
C(
    "nearer_of",
    8,
    "That brown cube — is it closer to the gray cube or to the big purple ball?",
    f"q(closest(union({one(shape='cube', color='gray')}, {one(shape='sphere')}), {one(shape='cube', color='brown')}), shape)",
    lambda s: nearer_of(
        s, s.the(shape="cube", color="brown"), s.the(shape="cube", color="gray"), s.the(shape="sphere"), "shape"
    ),
)
X(8, "Are the gray cube and the brown cube touchin' each other, would you say?")

# scene 12: small gray sphere in front, gray metal cube at the back, blue cube far left, large gray sphere far right

# --- Hiroshi, a retired Osaka train conductor; very polite
C(
    "camera",
    12,
    "Please, which object is closest to the camera? Only the shape is needed.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(camera(s, s.all()), "shape"),
)
C(
    "camera",
    12,
    "Which object is the second closest to the camera? Its size, please.",
    "q(ord(scene(), front, 2), size)",
    lambda s: s.a(camera(s, s.all(), "front", 2), "size"),
)
C(
    "camera",
    12,
    "At the back of the table, which object is farthest from the camera? Its material, please.",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(camera(s, s.all(), "behind"), "material"),
)
C(
    "nearest",
    12,
    "Which object is nearest to the blue cube? Colour, please.",
    f"q(closest(scene(), {one(shape='cube', color='blue')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="cube", color="blue")), "color"),
)
C(
    "between",
    12,
    "How many objects stand between the blue cube and the gray cube, please?",
    f"count(inter(rel({one(shape='cube', color='blue')}, right), rel({one(shape='cube', color='gray')}, left)))",
    lambda s: n(between(s, s.the(shape="cube", color="blue"), s.the(shape="cube", color="gray"), "right")),
)
C(
    "farthest",
    12,
    "Which object is farthest from the small gray sphere? The shape, please.",
    f"q(farthest(scene(), {one(shape='sphere', color='gray', size='small')}), shape)",
    lambda s: s.a(farthest_from(s, s.the(shape="sphere", color="gray", size="small")), "shape"),
)
C(
    "side_count",
    12,
    "How many objects are behind the red cube, please?",
    f"count(rel({one(shape='cube', color='red')}, behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="red"))),
)
X(12, "Please, which object has the brightest highlight from the lamp?")

# --- Shanice, an Atlanta hairdresser
C(
    "nearest",
    12,
    "Girl, what's the closest thing to that little cyan cylinder? What shape?",
    f"q(closest(scene(), {one(shape='cylinder', color='cyan')}), shape)",
    lambda s: s.a(nearest(s, s.the(shape="cylinder", color="cyan")), "shape"),
)
C(
    "farthest",
    12,
    "And what's the furthest thing from the big gray ball? Color.",
    f"q(farthest(scene(), {one(shape='sphere', color='gray', size='large')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="sphere", color="gray", size="large")), "color"),
)
C(
    "between",
    12,
    "What's stuck between the small gray ball and the cyan cylinder? Tell me the color.",
    f"q(u(inter(rel({one(shape='sphere', color='gray', size='small')}, right), rel({one(shape='cylinder', color='cyan')}, left))), color)",
    lambda s: s.a(
        only(
            between(
                s, s.the(shape="sphere", color="gray", size="small"), s.the(shape="cylinder", color="cyan"), "right"
            )
        ),
        "color",
    ),
)
C(
    "camera",
    12,
    "Which cube is sitting furthest back? Color, girl.",
    "q(ord(sel(cube), behind, 1), color)",
    lambda s: s.a(camera(s, s.f(shape="cube"), "behind"), "color"),
)
C(
    "beyond",
    12,
    "Is the green cylinder more to the left than the green ball?",
    f"exist(inter(rel({one(shape='sphere', color='green')}, left), {one(shape='cylinder', color='green')}))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "green"}, "left", {"shape": "sphere", "color": "green"}),
)
C(
    "side_count",
    12,
    "How many balls are further right than the green cylinder?",
    f"count(f(rel({one(shape='cylinder', color='green')}, right), shape=sphere))",
    lambda s: n(
        [j for j in related(s, "right", s.the(shape="cylinder", color="green")) if s.a(j, "shape") == "sphere"]
    ),
)

# scene 19: cyan metal cylinder in front, green cylinder at the back, yellow cube far left, gray sphere far right

# --- Astrid, a Danish kindergarten teacher
C(
    "camera",
    19,
    "Which thing is closest to the camera, ja? What is it made of?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(camera(s, s.all()), "material"),
)
C(
    "camera",
    19,
    "What stands furthest back? The shape?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(camera(s, s.all(), "behind"), "shape"),
)
C(
    "directly",
    19,
    "What is directly behind the cyan cube? Which colour?",
    f"q(closest(rel({one(shape='cube', color='cyan')}, behind), {one(shape='cube', color='cyan')}), color)",
    lambda s: s.a(directly(s, s.the(shape="cube", color="cyan"), "behind"), "color"),
)
C(
    "nearest",
    19,
    "Which thing is nearest to the yellow cube, ja? Its colour.",
    f"q(closest(scene(), {one(shape='cube', color='yellow')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="cube", color="yellow")), "color"),
)
C(
    "between",
    19,
    "Between the yellow cube and the big blue cube there is one thing. What colour is it?",
    f"q(u(inter(rel({one(shape='cube', color='yellow')}, right), rel({one(shape='cube', color='blue')}, left))), color)",
    lambda s: s.a(
        only(between(s, s.the(shape="cube", color="yellow"), s.the(shape="cube", color="blue"), "right")), "color"
    ),
)
C(
    "side_count",
    19,
    "How many things are in front of the big blue cube?",
    f"count(rel({one(shape='cube', color='blue')}, front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="blue"))),
)
C(
    "farthest",
    19,
    "Which thing is furthest from the ball? Colour, please.",
    f"q(farthest(scene(), {one(shape='sphere')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="sphere")), "color"),
)

# --- Rocco, a Brooklyn pizza man
C(
    "nearest",
    19,
    "gimme the color of whatever's closest to the gray cube",
    f"q(closest(scene(), {one(shape='cube', color='gray')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="cube", color="gray")), "color"),
)
C(
    "farthest",
    19,
    "what's farthest from the green cylinder? shape",
    f"q(farthest(scene(), {one(shape='cylinder', color='green')}), shape)",
    lambda s: s.a(farthest_from(s, s.the(shape="cylinder", color="green")), "shape"),
)
C(
    "between",
    19,
    "what's that thing between the shiny cyan cylinder and the green one made of",
    f"q(u(inter(rel({one(shape='cylinder', color='cyan', material='metal')}, right), rel({one(shape='cylinder', color='green')}, left))), material)",
    lambda s: s.a(
        only(
            between(
                s,
                s.the(shape="cylinder", color="cyan", material="metal"),
                s.the(shape="cylinder", color="green"),
                "right",
            )
        ),
        "material",
    ),
)
C(
    "camera",
    19,
    "which cube's closest to the camera, what color",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(camera(s, s.f(shape="cube")), "color"),
)
C(
    "beyond",
    19,
    "the yellow cube is further left than the cyan cube, yeah?",
    f"exist(inter(rel({one(shape='cube', color='cyan')}, left), {one(shape='cube', color='yellow')}))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "left", {"shape": "cube", "color": "cyan"}),
)
C(
    "side_count",
    19,
    "how many cubes r to the left of the ball",
    f"count(f(rel({one(shape='sphere')}, left), shape=cube))",
    lambda s: n([j for j in related(s, "left", s.the(shape="sphere")) if s.a(j, "shape") == "cube"]),
)
X(19, "how far apart in centimeters r the ball and the gray cube")

# scene 42: large yellow sphere in front, gray cylinder at the back, blue sphere far left

# --- Maeve, a brisk Irish school principal
C(
    "camera",
    42,
    "Which object is closest to the camera? Its size, please.",
    "q(ord(scene(), front, 1), size)",
    lambda s: s.a(camera(s, s.all()), "size"),
)
C(
    "camera",
    42,
    "Right, and the one furthest from the camera — which shape is that?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(camera(s, s.all(), "behind"), "shape"),
)
C(
    "nearest",
    42,
    "What sits nearest the big blue cylinder? Colour.",
    f"q(closest(scene(), {one(shape='cylinder', color='blue', size='large')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="cylinder", color="blue", size="large")), "color"),
)
C(
    "nearest",
    42,
    "Which object is closest to the blue ball? Give me its shape.",
    f"q(closest(scene(), {one(shape='sphere', color='blue')}), shape)",
    lambda s: s.a(nearest(s, s.the(shape="sphere", color="blue")), "shape"),
)
C(
    "between",
    42,
    "Right. How many things lie between the blue ball and the big yellow ball?",
    f"count(inter(rel({one(shape='sphere', color='blue')}, front), rel({one(shape='sphere', color='yellow', size='large')}, behind)))",
    lambda s: n(
        between(s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="yellow", size="large"), "front")
    ),
)
C(
    "side_count",
    42,
    "How many things are behind the gray cube?",
    f"count(rel({one(shape='cube', color='gray')}, behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="gray"))),
)
C(
    "farthest",
    42,
    "Which object is furthest away from the big blue cylinder? Colour.",
    f"q(farthest(scene(), {one(shape='cylinder', color='blue', size='large')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="cylinder", color="blue", size="large")), "color"),
)
X(42, "Is the gray cube hiding any part of another object from view?")

# --- Sanjay, a Mumbai-born taxi driver in Melbourne
C(
    "nearest",
    42,
    "Tell me one thing: which object is closest to the small yellow ball? The colour.",
    f"q(closest(scene(), {one(shape='sphere', color='yellow', size='small')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="sphere", color="yellow", size="small")), "color"),
)
C(
    "farthest",
    42,
    "Which object is most far away from the small blue cylinder? Tell me size.",
    f"q(farthest(scene(), {one(shape='cylinder', color='blue', size='small')}), size)",
    lambda s: s.a(farthest_from(s, s.the(shape="cylinder", color="blue", size="small")), "size"),
)
C(
    "between",
    42,
    "Something is there between the blue ball and the small yellow ball. What shape?",
    f"q(u(inter(rel({one(shape='sphere', color='blue')}, right), rel({one(shape='sphere', color='yellow', size='small')}, left))), shape)",
    lambda s: s.a(
        only(
            between(
                s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="yellow", size="small"), "right"
            )
        ),
        "shape",
    ),
)
C(
    "camera",
    42,
    "Which cylinder is nearest to the camera? Tell me its size.",
    "q(ord(sel(cylinder), front, 1), size)",
    lambda s: s.a(camera(s, s.f(shape="cylinder")), "size"),
)
C(
    "beyond",
    42,
    "Tell me, the small yellow ball is further back than the gray cylinder?",
    f"exist(inter(rel({one(shape='cylinder', color='gray')}, behind), {one(shape='sphere', color='yellow', size='small')}))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "yellow", "size": "small"}, "behind", {"shape": "cylinder", "color": "gray"}
    ),
)
C(
    "side_count",
    42,
    "How many blue things are to the left of the gray cube?",
    f"count(f(rel({one(shape='cube', color='gray')}, left), color=blue))",
    lambda s: n([j for j in related(s, "left", s.the(shape="cube", color="gray")) if s.a(j, "color") == "blue"]),
)
X(42, "The big yellow ball and the blue cube, they are touching or no?")

# scene 43: blue cylinder in front, green cube at the back, gray sphere far left, large cyan sphere far right

# --- Renée, a New Orleans tour guide
C(
    "camera",
    43,
    "Which thing is closest to the camera, cher? Its colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(camera(s, s.all()), "color"),
)
C(
    "camera",
    43,
    "What's the furthest one back, cher? Colour again.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(camera(s, s.all(), "behind"), "color"),
)
C(
    "nearest",
    43,
    "What's closest to the gray ball? Just the colour.",
    f"q(closest(scene(), {one(shape='sphere', color='gray')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="sphere", color="gray")), "color"),
)
C(
    "between",
    43,
    "What sits between the matte cyan ball and the gray ball? What colour is it?",
    f"q(u(inter(rel({one(shape='sphere', color='cyan', material='rubber')}, front), rel({one(shape='sphere', color='gray')}, behind))), color)",
    lambda s: s.a(
        only(
            between(
                s, s.the(shape="sphere", color="cyan", material="rubber"), s.the(shape="sphere", color="gray"), "front"
            )
        ),
        "color",
    ),
)
C(
    "side_count",
    43,
    "How many things are off to the right of the blue cube, cher?",
    f"count(rel({one(shape='cube', color='blue')}, right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="blue"))),
)
C(
    "farthest",
    43,
    "Which one's the furthest from the yellow cube? Shape.",
    f"q(farthest(scene(), {one(shape='cube', color='yellow')}), shape)",
    lambda s: s.a(farthest_from(s, s.the(shape="cube", color="yellow")), "shape"),
)

# --- Tomás, a Chilean astronomy student; technical
C(
    "nearest",
    43,
    "Relative to the small rubber cyan sphere, which object is nearest? Its shape.",
    f"q(closest(scene(), {one(shape='sphere', color='cyan', material='rubber')}), shape)",
    lambda s: s.a(nearest(s, s.the(shape="sphere", color="cyan", material="rubber")), "shape"),
)
C(
    "camera",
    43,
    "Of the spheres, which is positioned nearest the camera? Its size.",
    "q(ord(sel(sphere), front, 1), size)",
    lambda s: s.a(camera(s, s.f(shape="sphere")), "size"),
)
C(
    "camera",
    43,
    "Which cube is positioned closest to the camera? Its colour.",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(camera(s, s.f(shape="cube")), "color"),
)
C(
    "beyond",
    43,
    "Is the gray sphere positioned further left than the green cube?",
    f"exist(inter(rel({one(shape='cube', color='green')}, left), {one(shape='sphere', color='gray')}))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "gray"}, "left", {"shape": "cube", "color": "green"}),
)
C(
    "side_count",
    43,
    "How many spheres lie behind the blue cube, relative to the camera?",
    f"count(f(rel({one(shape='cube', color='blue')}, behind), shape=sphere))",
    lambda s: n([j for j in related(s, "behind", s.the(shape="cube", color="blue")) if s.a(j, "shape") == "sphere"]),
)
C(
    "nearer_of",
    43,
    "Is the yellow cube closer to the rubber cyan sphere or to the gray sphere? Answer with the colour.",
    f"q(closest(union({one(shape='sphere', color='cyan', material='rubber')}, {one(shape='sphere', color='gray')}), {one(shape='cube', color='yellow')}), color)",
    lambda s: nearer_of(
        s,
        s.the(shape="cube", color="yellow"),
        s.the(shape="sphere", color="cyan", material="rubber"),
        s.the(shape="sphere", color="gray"),
        "color",
    ),
)
X(43, "What is the distance in centimetres between the blue cylinder and the green cube?")

# scene 46: large red cube in front, red sphere at the back, green sphere far left, purple sphere far right

# --- Lorraine, a Liverpool bingo caller
C(
    "camera",
    46,
    "Which one's nearest the camera, love? The colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(camera(s, s.all()), "color"),
)
C(
    "camera",
    46,
    "And which one's right at the back? Shape, love.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(camera(s, s.all(), "behind"), "shape"),
)
C(
    "nearest",
    46,
    "What's stood closest to the big gray cube? What colour is it, love?",
    f"q(closest(scene(), {one(shape='cube', color='gray')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="cube", color="gray")), "color"),
)
C(
    "directly",
    46,
    "What's stood directly behind the purple cube, love? Colour.",
    f"q(closest(rel({one(shape='cube', color='purple')}, behind), {one(shape='cube', color='purple')}), color)",
    lambda s: s.a(directly(s, s.the(shape="cube", color="purple"), "behind"), "color"),
)
C(
    "side_count",
    46,
    "How many are behind the red cube?",
    f"count(rel({one(shape='cube', color='red')}, behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="red"))),
)
C(
    "farthest",
    46,
    "What's the furthest thing from the green ball, love? Colour.",
    f"q(farthest(scene(), {one(shape='sphere', color='green')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="sphere", color="green")), "color"),
)
X(46, "Is the green ball sat in the shade, love?")

# --- Arash, an Iranian-born dentist in Vancouver; careful
C(
    "between",
    46,
    "Which object stands between the red sphere and the red cube? Please give its shape.",
    f"q(u(inter(rel({one(shape='sphere', color='red')}, right), rel({one(shape='cube', color='red')}, left))), shape)",
    lambda s: s.a(
        only(between(s, s.the(shape="sphere", color="red"), s.the(shape="cube", color="red"), "right")), "shape"
    ),
)
C(
    "farthest",
    46,
    "Which object is farthest from the gray cube? Its colour, please.",
    f"q(farthest(scene(), {one(shape='cube', color='gray')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="cube", color="gray")), "color"),
)
C(
    "camera",
    46,
    "Which sphere is closest to the camera? The colour, please.",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(camera(s, s.f(shape="sphere")), "color"),
)
C(
    "beyond",
    46,
    "Is the purple cube further forward than the small cyan cylinder?",
    f"exist(inter(rel({one(shape='cylinder', color='cyan', size='small')}, front), {one(shape='cube', color='purple')}))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "purple"}, "front", {"shape": "cylinder", "color": "cyan", "size": "small"}
    ),
)
C(
    "side_count",
    46,
    "How many objects are to the left of the small cyan cylinder?",
    f"count(rel({one(shape='cylinder', color='cyan', size='small')}, left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="cyan", size="small"))),
)
C(
    "nearer_of",
    46,
    "Is the purple cube closer to the gray cube or to the red cube? Please answer with the colour.",
    f"q(closest(union({one(shape='cube', color='gray')}, {one(shape='cube', color='red')}), {one(shape='cube', color='purple')}), color)",
    lambda s: nearer_of(
        s,
        s.the(shape="cube", color="purple"),
        s.the(shape="cube", color="gray"),
        s.the(shape="cube", color="red"),
        "color",
    ),
)
X(46, "Is the light source positioned above the gray cube, or off to one side?")

# scene 20: yellow cube in front, yellow cylinder at the back, brown cube far left, large cyan sphere far right

# --- Gustavo, a retired Brazilian football coach
C(
    "camera",
    20,
    "Which is the object more close to the camera? The shape.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(camera(s, s.all()), "shape"),
)
C(
    "camera",
    20,
    "Which one is most in the back? Shape also.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(camera(s, s.all(), "behind"), "shape"),
)
C(
    "nearest",
    20,
    "Who is nearest to the big ball? Which colour?",
    f"q(closest(scene(), {one(shape='sphere')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="sphere")), "color"),
)
C(
    "farthest",
    20,
    "And the object most far from the ball, which colour?",
    f"q(farthest(scene(), {one(shape='sphere')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="sphere")), "color"),
)
C(
    "side_count",
    20,
    "How many things are behind the green cylinder?",
    f"count(rel({one(shape='cylinder', color='green')}, behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="green"))),
)
X(20, "The big ball is touching the purple cylinder, yes or no?")

# --- Dot, a Yorkshire allotment keeper
C(
    "between",
    20,
    "Is there owt stood between the green cylinder and the yellow cube?",
    f"exist(inter(rel({one(shape='cylinder', color='green')}, right), rel({one(shape='cube', color='yellow')}, left)))",
    lambda s: yes(
        bool(between(s, s.the(shape="cylinder", color="green"), s.the(shape="cube", color="yellow"), "right"))
    ),
)
C(
    "nearest",
    20,
    "What's nearest the brown cube, then? Colour.",
    f"q(closest(scene(), {one(shape='cube', color='brown')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="cube", color="brown")), "color"),
)
C(
    "farthest",
    20,
    "And what's furthest from the yellow cube? What shape's that?",
    f"q(farthest(scene(), {one(shape='cube', color='yellow')}), shape)",
    lambda s: s.a(farthest_from(s, s.the(shape="cube", color="yellow")), "shape"),
)
C(
    "beyond",
    20,
    "Is the purple cylinder further forward than the green one?",
    f"exist(inter(rel({one(shape='cylinder', color='green')}, front), {one(shape='cylinder', color='purple')}))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "purple"}, "front", {"shape": "cylinder", "color": "green"}),
)
C(
    "camera",
    20,
    "Which cylinder's nearest the front? Colour.",
    "q(ord(sel(cylinder), front, 1), color)",
    lambda s: s.a(camera(s, s.f(shape="cylinder")), "color"),
)
C(
    "side_count",
    20,
    "How many things are to the right of the yellow cube?",
    f"count(rel({one(shape='cube', color='yellow')}, right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="yellow"))),
)

# scene 44: small brown sphere in front, large brown sphere at the back, cyan cube far left, purple cube far right

# --- Imke, a blunt Dutch bike courier
C(
    "camera",
    44,
    "Thing nearest the camera: which size?",
    "q(ord(scene(), front, 1), size)",
    lambda s: s.a(camera(s, s.all()), "size"),
)
C(
    "camera",
    44,
    "Furthest back — which colour?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(camera(s, s.all(), "behind"), "color"),
)
C(
    "nearest",
    44,
    "What is nearest to the cyan cube? Colour.",
    f"q(closest(scene(), {one(shape='cube', color='cyan')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="cube", color="cyan")), "color"),
)
C(
    "farthest",
    44,
    "What is furthest from the big brown ball? Size.",
    f"q(farthest(scene(), {one(shape='sphere', color='brown', size='large')}), size)",
    lambda s: s.a(farthest_from(s, s.the(shape="sphere", color="brown", size="large")), "size"),
)
C(
    "between",
    44,
    "Between the cyan cube and the little brown ball stands what? Material.",
    f"q(u(inter(rel({one(shape='cube', color='cyan')}, right), rel({one(shape='sphere', color='brown', size='small')}, left))), material)",
    lambda s: s.a(
        only(
            between(s, s.the(shape="cube", color="cyan"), s.the(shape="sphere", color="brown", size="small"), "right")
        ),
        "material",
    ),
)
X(44, "The purple cube's shadow: on the floor or on the brown ball?")

# --- the Reverend Hollis, a retired Alabama preacher
C(
    "farthest",
    44,
    "Which thing sits farthest from the purple cube, friend? What colour?",
    f"q(farthest(scene(), {one(shape='cube', color='purple')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="cube", color="purple")), "color"),
)
C(
    "side_count",
    44,
    "How many things are to the left of the big brown ball, friend?",
    f"count(rel({one(shape='sphere', color='brown', size='large')}, left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="brown", size="large"))),
)
C(
    "beyond",
    44,
    "Is the blue cube further back than the little brown ball?",
    f"exist(inter(rel({one(shape='sphere', color='brown', size='small')}, behind), {one(shape='cube', color='blue')}))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "blue"}, "behind", {"shape": "sphere", "color": "brown", "size": "small"}
    ),
)
C(
    "camera",
    44,
    "Of the two balls, which one is closer to the camera? The size, friend.",
    "q(ord(sel(sphere), front, 1), size)",
    lambda s: s.a(camera(s, s.f(shape="sphere")), "size"),
)
C(
    "side_count",
    44,
    "How many cubes are sitting behind the little brown ball?",
    f"count(f(rel({one(shape='sphere', color='brown', size='small')}, behind), shape=cube))",
    lambda s: n(
        [
            j
            for j in related(s, "behind", s.the(shape="sphere", color="brown", size="small"))
            if s.a(j, "shape") == "cube"
        ]
    ),
)

# scene 53: small yellow sphere in front, large yellow cube at the back, gray cube far left, purple cube far right

# --- Priscilla, a Kenyan-born bank teller in London; formal
C(
    "camera",
    53,
    "May I know which object is closest to the camera? The shape, please.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(camera(s, s.all()), "shape"),
)
C(
    "camera",
    53,
    "Which object is placed furthest back? Its colour, kindly.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(camera(s, s.all(), "behind"), "color"),
)
C(
    "nearest",
    53,
    "Which object is nearest to the gray cube? Kindly give the colour.",
    f"q(closest(scene(), {one(shape='cube', color='gray')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="cube", color="gray")), "color"),
)
C(
    "farthest",
    53,
    "Which object is farthest from the green sphere? The colour, please.",
    f"q(farthest(scene(), {one(shape='sphere', color='green')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="sphere", color="green")), "color"),
)
C(
    "between",
    53,
    "May I know what is placed between the gray cube and the purple cube? Its shape.",
    f"q(u(inter(rel({one(shape='cube', color='gray')}, front), rel({one(shape='cube', color='purple')}, behind))), shape)",
    lambda s: s.a(
        only(between(s, s.the(shape="cube", color="gray"), s.the(shape="cube", color="purple"), "front")), "shape"
    ),
)
X(53, "Kindly tell me how many centimetres separate the two spheres.")

# --- Zeke, a terse Montana wildland firefighter
C(
    "farthest",
    53,
    "Farthest thing from the blue cube. Color.",
    f"q(farthest(scene(), {one(shape='cube', color='blue')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="cube", color="blue")), "color"),
)
C(
    "side_count",
    53,
    "Cubes to the right of the green ball — how many?",
    f"count(f(rel({one(shape='sphere', color='green')}, right), shape=cube))",
    lambda s: n([j for j in related(s, "right", s.the(shape="sphere", color="green")) if s.a(j, "shape") == "cube"]),
)
C(
    "beyond",
    53,
    "Yellow cube further right than the yellow ball?",
    f"exist(inter(rel({one(shape='sphere', color='yellow')}, right), {one(shape='cube', color='yellow')}))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "right", {"shape": "sphere", "color": "yellow"}),
)
C(
    "camera",
    53,
    "Cube closest to the camera. Color?",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(camera(s, s.f(shape="cube")), "color"),
)
C(
    "side_count",
    53,
    "Things in front of the blue cube. Count?",
    f"count(rel({one(shape='cube', color='blue')}, front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="blue"))),
)

# scene 17: small yellow sphere in front, red cube at the back, green cylinder between the red and yellow cubes

# --- Ethel, eighty-two, a chatty Florida retiree
C(
    "camera",
    17,
    "Oh my, which of these is nearest to me, dear? I mean nearest the camera. What colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(camera(s, s.all()), "color"),
)
C(
    "camera",
    17,
    "And which one is way in the back, dear? The colour.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(camera(s, s.all(), "behind"), "color"),
)
C(
    "nearest",
    17,
    "What's nearest the red block, dear? What colour?",
    f"q(closest(scene(), {one(shape='cube', color='red')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="cube", color="red")), "color"),
)
C(
    "farthest",
    17,
    "Which is furthest from the little yellow ball? What shape is that one?",
    f"q(farthest(scene(), {one(shape='sphere')}), shape)",
    lambda s: s.a(farthest_from(s, s.the(shape="sphere")), "shape"),
)
C(
    "between",
    17,
    "Oh, is there anything standing between the red cube and the yellow cube?",
    f"exist(inter(rel({one(shape='cube', color='red')}, right), rel({one(shape='cube', color='yellow')}, left)))",
    lambda s: yes(bool(between(s, s.the(shape="cube", color="red"), s.the(shape="cube", color="yellow"), "right"))),
)
X(17, "Is that green cylinder touching the red cube, dear?")

# --- Marco, an Italian espresso-bar owner
C(
    "between",
    17,
    "Between the red cube and the yellow cube, what is there? The material.",
    f"q(u(inter(rel({one(shape='cube', color='red')}, front), rel({one(shape='cube', color='yellow')}, behind))), material)",
    lambda s: s.a(
        only(between(s, s.the(shape="cube", color="red"), s.the(shape="cube", color="yellow"), "front")), "material"
    ),
)
C(
    "nearest",
    17,
    "What is the closest to the yellow cube? Which shape?",
    f"q(closest(scene(), {one(shape='cube', color='yellow')}), shape)",
    lambda s: s.a(nearest(s, s.the(shape="cube", color="yellow")), "shape"),
)
C(
    "farthest",
    17,
    "Which thing is more far from the cylinder? The colour.",
    f"q(farthest(scene(), {one(shape='cylinder')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="cylinder")), "color"),
)
C(
    "side_count",
    17,
    "How many things are behind the ball?",
    f"count(rel({one(shape='sphere')}, behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere"))),
)
C(
    "beyond",
    17,
    "The cylinder is more to the right than the red cube?",
    f"exist(inter(rel({one(shape='cube', color='red')}, right), {one(shape='cylinder')}))",
    lambda s: is_rel(s, {"shape": "cylinder"}, "right", {"shape": "cube", "color": "red"}),
)

# scene 22: cyan sphere in front, purple cylinder at the back, large yellow cylinder far left, yellow cube far right

# --- Leilani, a laid-back Hawaiian surf instructor
C(
    "camera",
    22,
    "which thing's closest to the camera? color",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(camera(s, s.all()), "color"),
)
C(
    "camera",
    22,
    "what's furthest back, brah? shape",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(camera(s, s.all(), "behind"), "shape"),
)
C(
    "nearest",
    22,
    "what's closest to the cube? color",
    f"q(closest(scene(), {one(shape='cube')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="cube")), "color"),
)
C(
    "farthest",
    22,
    "furthest thing from the little purple cylinder? shape",
    f"q(farthest(scene(), {one(shape='cylinder', color='purple')}), shape)",
    lambda s: s.a(farthest_from(s, s.the(shape="cylinder", color="purple")), "shape"),
)
X(22, "how long's the shadow of the yellow cylinder, brah")

# --- Dr Pritchard, a retired Welsh GP
C(
    "side_count",
    22,
    "How many objects lie to the right of the sphere?",
    f"count(rel({one(shape='sphere')}, right))",
    lambda s: n(related(s, "right", s.the(shape="sphere"))),
)
C(
    "beyond",
    22,
    "Is the sphere further back than the yellow cylinder?",
    f"exist(inter(rel({one(shape='cylinder', color='yellow')}, behind), {one(shape='sphere')}))",
    lambda s: is_rel(s, {"shape": "sphere"}, "behind", {"shape": "cylinder", "color": "yellow"}),
)
C(
    "camera",
    22,
    "Which cylinder is closer to the camera, the yellow or the purple?",
    "q(ord(sel(cylinder), front, 1), color)",
    lambda s: s.a(camera(s, s.f(shape="cylinder")), "color"),
)
C(
    "side_count",
    22,
    "How many objects stand behind the large yellow cylinder?",
    f"count(rel({one(shape='cylinder', color='yellow')}, behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="yellow"))),
)
C(
    "nearer_of",
    22,
    "Is the cube closer to the purple cylinder or to the yellow cylinder?",
    f"q(closest(union({one(shape='cylinder', color='purple')}, {one(shape='cylinder', color='yellow')}), {one(shape='cube')}), color)",
    lambda s: nearer_of(
        s,
        s.the(shape="cube"),
        s.the(shape="cylinder", color="purple"),
        s.the(shape="cylinder", color="yellow"),
        "color",
    ),
)

# scene 23: brown cylinder in front, large yellow cylinder at the back, brown sphere directly in front of the yellow sphere

# --- Benedikt, a Bavarian brewer
C(
    "camera",
    23,
    "Which object is in the very front, nearest the camera? The shape.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(camera(s, s.all()), "shape"),
)
C(
    "directly",
    23,
    "What stands directly in front of the yellow ball? The colour.",
    f"q(closest(rel({one(shape='sphere', color='yellow')}, front), {one(shape='sphere', color='yellow')}), color)",
    lambda s: s.a(directly(s, s.the(shape="sphere", color="yellow"), "front"), "color"),
)
C(
    "farthest",
    23,
    "Which is farthest from the yellow cylinder? The shape.",
    f"q(farthest(scene(), {one(shape='cylinder', color='yellow')}), shape)",
    lambda s: s.a(farthest_from(s, s.the(shape="cylinder", color="yellow")), "shape"),
)
C(
    "between",
    23,
    "What lies between the big yellow cylinder and the brown ball? Its colour.",
    f"q(u(inter(rel({one(shape='cylinder', color='yellow')}, right), rel({one(shape='sphere', color='brown')}, left))), color)",
    lambda s: s.a(
        only(between(s, s.the(shape="cylinder", color="yellow"), s.the(shape="sphere", color="brown"), "right")),
        "color",
    ),
)
X(23, "Are the two balls touching each other or is there a gap?")

# --- Tamsin, a Cornish mum on her phone
C(
    "directly",
    23,
    "whats directly behind the brown ball? colour",
    f"q(closest(rel({one(shape='sphere', color='brown')}, behind), {one(shape='sphere', color='brown')}), color)",
    lambda s: s.a(directly(s, s.the(shape="sphere", color="brown"), "behind"), "color"),
)
C(
    "camera",
    23,
    "which is the furthest back? big or small",
    "q(ord(scene(), behind, 1), size)",
    lambda s: s.a(camera(s, s.all(), "behind"), "size"),
)
C(
    "nearest",
    23,
    "whats closest to the yellow ball? shape",
    f"q(closest(scene(), {one(shape='sphere', color='yellow')}), shape)",
    lambda s: s.a(nearest(s, s.the(shape="sphere", color="yellow")), "shape"),
)
C(
    "side_count",
    23,
    "how many things r to the right of the brown cylinder",
    f"count(rel({one(shape='cylinder', color='brown')}, right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="brown"))),
)
C(
    "beyond",
    23,
    "is the yellow ball further right than the big yellow cylinder",
    f"exist(inter(rel({one(shape='cylinder', color='yellow')}, right), {one(shape='sphere', color='yellow')}))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "right", {"shape": "cylinder", "color": "yellow"}),
)

# scene 27: large red cube in front, large purple cube at the back, red cylinder between the two cubes

# --- Yusuf, a Turkish barber in Berlin
C(
    "camera",
    27,
    "Which thing is closest to camera? Only colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(camera(s, s.all()), "color"),
)
C(
    "camera",
    27,
    "Which is most at back? Colour.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(camera(s, s.all(), "behind"), "color"),
)
C(
    "farthest",
    27,
    "Which thing is most far from the ball? Colour.",
    f"q(farthest(scene(), {one(shape='sphere')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="sphere")), "color"),
)
C(
    "between",
    27,
    "Between the red cube and the purple cube, what is? Shape.",
    f"q(u(inter(rel({one(shape='cube', color='red')}, right), rel({one(shape='cube', color='purple')}, left))), shape)",
    lambda s: s.a(
        only(between(s, s.the(shape="cube", color="red"), s.the(shape="cube", color="purple"), "right")), "shape"
    ),
)
X(27, "The purple cube, it makes shadow on the ball?")

# --- Marjorie, a Canadian curling coach
C(
    "farthest",
    27,
    "Which object is furthest from the red cylinder? Its size.",
    f"q(farthest(scene(), {one(shape='cylinder')}), size)",
    lambda s: s.a(farthest_from(s, s.the(shape="cylinder")), "size"),
)
C(
    "camera",
    27,
    "Second closest to the camera — what shape is it?",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(camera(s, s.all(), "front", 2), "shape"),
)
C(
    "side_count",
    27,
    "How many objects are further left than the cylinder?",
    f"count(rel({one(shape='cylinder')}, left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder"))),
)
C(
    "beyond",
    27,
    "Is the ball further back than the cylinder?",
    f"exist(inter(rel({one(shape='cylinder')}, behind), {one(shape='sphere')}))",
    lambda s: is_rel(s, {"shape": "sphere"}, "behind", {"shape": "cylinder"}),
)
C(
    "side_count",
    27,
    "How many things are in front of the purple cube?",
    f"count(rel({one(shape='cube', color='purple')}, front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="purple"))),
)

C(
    "between",
    27,
    "Is there anything at all between the ball and the red cube?",
    f"exist(inter(rel({one(shape='sphere')}, right), rel({one(shape='cube', color='red')}, left)))",
    lambda s: yes(bool(between(s, s.the(shape="sphere"), s.the(shape="cube", color="red"), "right"))),
)

# scene 28: large red cylinder in front, purple cylinder at the back, brown sphere far left, small red cylinder far right

# --- Ngozi, a Lagos-born midwife in Houston
C(
    "camera",
    28,
    "Which object is closest to the camera? What is its size?",
    "q(ord(scene(), front, 1), size)",
    lambda s: s.a(camera(s, s.all()), "size"),
)
C(
    "nearest",
    28,
    "Which object is closest to the small red cylinder? The colour.",
    f"q(closest(scene(), {one(shape='cylinder', color='red', size='small')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="cylinder", color="red", size="small")), "color"),
)
C(
    "nearest",
    28,
    "And the ball, which object is nearest to it? Its size.",
    f"q(closest(scene(), {one(shape='sphere')}), size)",
    lambda s: s.a(nearest(s, s.the(shape="sphere")), "size"),
)
C(
    "farthest",
    28,
    "What object is farthest from the ball? Its size too.",
    f"q(farthest(scene(), {one(shape='sphere')}), size)",
    lambda s: s.a(farthest_from(s, s.the(shape="sphere")), "size"),
)
X(28, "How many centimetres tall is the big red cylinder?")

# --- Finn, a Norwegian fisherman
C(
    "camera",
    28,
    "What is furthest back? Colour.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(camera(s, s.all(), "behind"), "color"),
)
C(
    "side_count",
    28,
    "How many things stand to the left of the purple cylinder?",
    f"count(rel({one(shape='cylinder', color='purple')}, left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="purple"))),
)
C(
    "beyond",
    28,
    "Is the ball more left than the big red cylinder?",
    f"exist(inter(rel({one(shape='cylinder', color='red', size='large')}, left), {one(shape='sphere')}))",
    lambda s: is_rel(s, {"shape": "sphere"}, "left", {"shape": "cylinder", "color": "red", "size": "large"}),
)
C(
    "nearer_of",
    28,
    "The big red cylinder — is it nearer to the ball or to the purple cylinder?",
    f"q(closest(union({one(shape='sphere')}, {one(shape='cylinder', color='purple')}), {one(shape='cylinder', color='red', size='large')}), shape)",
    lambda s: nearer_of(
        s,
        s.the(shape="cylinder", color="red", size="large"),
        s.the(shape="sphere"),
        s.the(shape="cylinder", color="purple"),
        "shape",
    ),
)

# scene 29: red cylinder in front, cyan sphere at the back, cyan cylinder between the brown sphere and the red cylinder

# --- Aroha, a Maori nurse in Auckland
C(
    "camera",
    29,
    "Which one is nearest the camera? The colour, please.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(camera(s, s.all()), "color"),
)
C(
    "camera",
    29,
    "Which one's furthest back? What's it made of?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(camera(s, s.all(), "behind"), "material"),
)
C(
    "nearest",
    29,
    "What's closest to the brown ball? Shape, please.",
    f"q(closest(scene(), {one(shape='sphere', color='brown')}), shape)",
    lambda s: s.a(nearest(s, s.the(shape="sphere", color="brown")), "shape"),
)
C(
    "farthest",
    29,
    "Which is furthest from the brown ball? Colour.",
    f"q(farthest(scene(), {one(shape='sphere', color='brown')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="sphere", color="brown")), "color"),
)
X(29, "Is the cyan ball shiny enough that you can see the room reflected in it?")

# --- Sven, a terse Swedish IT-support worker
C(
    "between",
    29,
    "Object between brown sphere and red cylinder? Colour.",
    f"q(u(inter(rel({one(shape='sphere', color='brown')}, front), rel({one(shape='cylinder', color='red')}, behind))), color)",
    lambda s: s.a(
        only(between(s, s.the(shape="sphere", color="brown"), s.the(shape="cylinder", color="red"), "front")), "color"
    ),
)
C(
    "farthest",
    29,
    "Farthest from the cyan sphere? Colour.",
    f"q(farthest(scene(), {one(shape='sphere', color='cyan')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="sphere", color="cyan")), "color"),
)
C(
    "side_count",
    29,
    "Number of objects right of the cyan cylinder?",
    f"count(rel({one(shape='cylinder', color='cyan')}, right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="cyan"))),
)
C(
    "beyond",
    29,
    "Cyan cylinder in front of the red cylinder? Yes/no.",
    f"exist(inter(rel({one(shape='cylinder', color='red')}, front), {one(shape='cylinder', color='cyan')}))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "cyan"}, "front", {"shape": "cylinder", "color": "red"}),
)

# scene 30: blue cylinder in front, purple sphere at the back, green sphere

# --- Hamid, an Afghan-born taxi driver in Hamburg
C(
    "camera",
    30,
    "Which thing is closest to the camera? Shape.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(camera(s, s.all()), "shape"),
)
C(
    "camera",
    30,
    "Which thing is most far in the back? Colour.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(camera(s, s.all(), "behind"), "color"),
)
C(
    "nearest",
    30,
    "What is closest to the green ball? Colour.",
    f"q(closest(scene(), {one(shape='sphere', color='green')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="sphere", color="green")), "color"),
)
C(
    "farthest",
    30,
    "What is farthest from the purple ball? Colour.",
    f"q(farthest(scene(), {one(shape='sphere', color='purple')}), color)",
    lambda s: s.a(farthest_from(s, s.the(shape="sphere", color="purple")), "color"),
)
X(30, "The green ball and the purple ball, they are touching?")

# scene 34: red cylinder in front, yellow cube at the back, large gray cylinder directly in front of the cube

# --- Bronwyn, an Australian sheep shearer
C(
    "camera",
    34,
    "Which one's closest to the camera? Colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(camera(s, s.all()), "color"),
)
C(
    "directly",
    34,
    "What's directly behind the big gray cylinder? Colour.",
    f"q(closest(rel({one(shape='cylinder', color='gray')}, behind), {one(shape='cylinder', color='gray')}), color)",
    lambda s: s.a(directly(s, s.the(shape="cylinder", color="gray"), "behind"), "color"),
)
C(
    "directly",
    34,
    "And what's sitting directly in front of the cube? Big or small?",
    f"q(closest(rel({one(shape='cube')}, front), {one(shape='cube')}), size)",
    lambda s: s.a(directly(s, s.the(shape="cube"), "front"), "size"),
)
C(
    "farthest",
    34,
    "Which thing's furthest from the red cylinder? Shape.",
    f"q(farthest(scene(), {one(shape='cylinder', color='red')}), shape)",
    lambda s: s.a(farthest_from(s, s.the(shape="cylinder", color="red")), "shape"),
)
X(34, "Which way's the light hitting the gray cylinder from, mate?")

# scene 40: small cyan cube in front, large gray cube at the back, large brown cylinder

# --- Kenji, a polite Tokyo office worker
C(
    "camera",
    40,
    "Excuse me, which object is closest to the camera? Color please.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(camera(s, s.all()), "color"),
)
C(
    "camera",
    40,
    "Excuse me, which object is farthest from the camera? Its color.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(camera(s, s.all(), "behind"), "color"),
)
C(
    "nearest",
    40,
    "Which object is nearest to the brown cylinder? Color please.",
    f"q(closest(scene(), {one(shape='cylinder')}), color)",
    lambda s: s.a(nearest(s, s.the(shape="cylinder")), "color"),
)
C(
    "farthest",
    40,
    "Which object is farthest from the cyan cube? Shape please.",
    f"q(farthest(scene(), {one(shape='cube', color='cyan')}), shape)",
    lambda s: s.a(farthest_from(s, s.the(shape="cube", color="cyan")), "shape"),
)
X(40, "Excuse me, is the gray cube partly hidden behind the brown cylinder?")


if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
