# ruff: noqa: E501
"""Blind paraphrase set 29: the benchmark-annotator voice. Questions as a pool of annotators write them when they
are hired to make question-answer pairs for a new visual-reasoning benchmark and told to ask compositional
questions a careful person can answer from the picture, to vary their wording and to mix short and long ones. The
annotators differ: some write formally ("Determine whether ...", "State the colour of ..."), some casually, some
as non-native speakers; some like quantifiers ("at least two", "all but one", "exactly half", "no more than"),
negation ("the sphere that is not metal", "is there no ..."), comparatives and superlatives, relative clauses and
passives ("the cube that is placed behind the ball that is red"), questions about sets ("do all the metal things
share a colour?", "which colours do the cylinders come in?"), either/neither/both, or counts of relations ("how
many things is the red ball in front of?"). About 160 questions are on the CLEVR validation scenes, about 40 on the
photo-like graphs, and about 25 ask what the scene data cannot tell (feelings, intentions, time of day, hidden or
physical properties, counterfactual physics, brands) and must be refused. About one question in twelve carries an
ordinary typo or lacks its question mark.

Each question was written by looking at the scene JSON only; every answer is computed here in plain Python from
that JSON, and questions whose answer a careful person could not call (an object within a quarter of a scene unit
of the anchor along the axis asked about, a nearest object not clearly nearer by half a unit, a tie) are kept out
by the helpers below, which raise ``NotUnique``. Questions the gold notation cannot express ("which colour appears
only once?") were dropped, since ``blind_gold`` takes a gold program or a refusal and nothing in between. Written
without reading the parser, its prompts or any other paraphrase set; ``build_blind23.py`` was read for the record
format and the helper conventions only, and ``scene_graph/ops.py`` to settle what an op does.

Run ``python build_blind29.py`` to write ``../blind29.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind29.jsonl"
Q, C, P, X = question_recorder()

TIE = 0.25  # scene units along an axis within which a careful person could not say which side an object is on
GAP = 0.5  # how much nearer (farther) the nearest (farthest) object must be than the runner-up, in scene units


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def along(s: Clevr, i: int, side: str) -> float:
    """How far object i lies towards ``side`` (left, right, front, behind) along the scene's direction vector."""
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def side_of(s: Clevr, anchor: int, side: str, among=None) -> list[int]:
    """The objects (of ``among``, default all) that are ``side`` of the anchor, from the scene's relationships;
    NotUnique when one of them lies within TIE of the anchor along that axis."""
    among = s.all() if among is None else among
    here = along(s, anchor, side)
    for j in among:
        if j != anchor and abs(along(s, j, side) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({side})")
    return [j for j in s.rel(side, anchor) if j in among]


def is_side(s: Clevr, target: int, side: str, anchor: int) -> str:
    """yes/no: the target is ``side`` of the anchor (NotUnique when the two are nearly level)."""
    return yes(target in side_of(s, anchor, side, [target]))


def extreme(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th of ids counted from ``side``; NotUnique when a neighbour in that order is within TIE."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)}")
    here = along(s, order[k - 1], side)
    for j in (k - 2, k):
        if 0 <= j < len(order) and abs(along(s, order[j], side) - here) < TIE:
            raise NotUnique("too close to call")
    return order[k - 1]


def middle(s: Clevr, ids: list[int], side: str) -> int:
    if len(ids) % 2 == 0:
        raise NotUnique("no middle one")
    return extreme(s, ids, side, (len(ids) + 1) // 2)


def nearest(s: Clevr, ids: list[int], anchor: int, far: bool = False) -> int:
    """The object of ids (the anchor left out) nearest (farthest) in 3D; NotUnique unless clearly so by GAP."""
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=lambda i: -dist[i] if far else dist[i])
    if len(order) > 1 and abs(dist[order[0]] - dist[order[1]]) < GAP:
        raise NotUnique(f"runner-up within {GAP}")
    return order[0]


def others(s: Clevr, anchor: int, attribute: str) -> list[int]:
    """The objects other than the anchor sharing its ``attribute``."""
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def listing(values) -> str:
    """Distinct values, most frequent first, ties alphabetical, joined by ", "."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])))


def mode(values) -> str:
    top = Counter(values).most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        raise NotUnique(f"tie {top[:2]}")
    return top[0][0]


def attrs(s: Clevr, ids: list[int], attribute: str) -> list[str]:
    return [s.a(i, attribute) for i in ids]


def single(s: Clevr, ids: list[int], attribute: str) -> str:
    """The value all of ids share (NotUnique when they do not)."""
    found = set(attrs(s, ids, attribute))
    if len(found) != 1:
        raise NotUnique(f"{attribute}: {found}")
    return found.pop()


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def centre_x(p: Photo, oid: str) -> float:
    box = p.objects[oid]["box"]
    return (box[0] + box[2]) / 2


def photo_end(p: Photo, ids: list[str], side: str) -> str:
    """The object of ids furthest to ``side`` (left/right) by box centre, clearly (by 40 pixels)."""
    order = sorted(ids, key=lambda i: centre_x(p, i), reverse=side == "right")
    if len(order) > 1 and abs(centre_x(p, order[0]) - centre_x(p, order[1])) < 40:
        raise NotUnique("too close to call")
    return order[0]


def only(items):
    items = list(items)
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


RANK = {"small": 1, "large": 2}


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sphere, large blue metal sphere, large green rubber cylinder
C(
    "quantifier",
    0,
    "Are at least three of the objects in this image spheres?",
    "gt(count(sel(sphere)), num(2))",
    lambda s: yes(len(s.f(shape="sphere")) >= 3),
)
C(
    "extreme",
    0,
    "Determine the colour of the object positioned nearest to the camera.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(extreme(s, s.all(), "front"), "color"),
)
C(
    "compare_attr",
    0,
    "is the cylinder made of the same material as the little ball",
    "same(u(sel(cylinder)), u(f(sel(sphere), size=small)), material)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == s.a(s.the(shape="sphere", size="small"), "material")),
)
X(0, "Roughly how many kilograms does the big blue ball weigh?")

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cylinder, small blue rubber cylinder,
# small brown metal sphere
C(
    "set_property",
    1,
    "Do the two cylinders share a colour?",
    "same(sel(cylinder), color)",
    lambda s: yes(len(set(attrs(s, s.f(shape="cylinder"), "color"))) == 1),
)
C(
    "negation",
    1,
    "The cube which is not purple, how big it is?",
    "q(u(fn(sel(cube), color=purple)), size)",
    lambda s: s.a(only(i for i in s.f(shape="cube") if s.a(i, "color") != "purple"), "size"),
)
C(
    "count_relation",
    1,
    "How many objects is the brown sphere to the left of?",
    "count(rel(u(f(sel(sphere), color=brown)), right))",
    lambda s: n(side_of(s, s.the(shape="sphere", color="brown"), "right")),
)
C(
    "either_neither",
    1,
    "Is either of the two cubes blue?",
    "exist(f(sel(cube), color=blue))",
    lambda s: yes(bool(s.f(shape="cube", color="blue"))),
)

# scene 2: large green metal cube, small gray metal cylinder, large cyan rubber cylinder
C(
    "query",
    2,
    "The cube - what's it made of?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "relate",
    2,
    "Is the cyan cylinder positioned behind the gray one?",
    "exist(inter(u(f(sel(cylinder), color=cyan)), rel(u(f(sel(cylinder), color=gray)), behind)))",
    lambda s: is_side(s, s.the(shape="cylinder", color="cyan"), "behind", s.the(shape="cylinder", color="gray")),
)

# scene 3: small red metal sphere, small purple metal cube, large red rubber cylinder, large purple rubber cylinder,
# small red metal cylinder
C(
    "quantifier",
    3,
    "Are more than half of the objects large?",
    "gt(add(count(f(scene(), size=large)), count(f(scene(), size=large))), count(scene()))",
    lambda s: yes(2 * len(s.f(size="large")) > len(s.all())),
)
C(
    "same_attr",
    3,
    "How many other things share the material of the purple cube?",
    "count(same_attr(u(f(sel(cube), color=purple)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="purple"), "material")),
)
C(
    "relate",
    3,
    "The cube that is placed in front of the metal ball is what colour?",
    "q(u(rel(u(f(sel(sphere), material=metal)), front, name=cube)), color)",
    lambda s: s.a(only(side_of(s, s.the(shape="sphere", material="metal"), "front", s.f(shape="cube"))), "color"),
)
C(
    "negation",
    3,
    "Is there no sphere made of rubber?",
    "not_(exist(f(sel(sphere), material=rubber)))",
    lambda s: yes(not s.f(shape="sphere", material="rubber")),
)

# scene 4: nine objects, all small but a large blue metal sphere
C("count", 4, "how many yellow things r there", "count(f(scene(), color=yellow))", lambda s: n(s.f(color="yellow")))
C(
    "quantifier",
    4,
    "Is it true that all but one of the objects are small?",
    "eq(count(fn(scene(), size=small)), num(1))",
    lambda s: yes(len([i for i in s.all() if s.a(i, "size") != "small"]) == 1),
)
C(
    "compare_count",
    4,
    "Are there fewer balls than cylinders in the scene?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)
C(
    "set_property",
    4,
    "Looking only at the spheres, which colour do most of them have?",
    "common_value(sel(sphere), color)",
    lambda s: mode(attrs(s, s.f(shape="sphere"), "color")),
)
C(
    "closest",
    4,
    "What colour is the object that is closest to the shiny yellow ball?",
    "q(closest(scene(), u(f(sel(sphere), material=metal, color=yellow))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", material="metal", color="yellow")), "color"),
)

# scene 5
C(
    "same_attr",
    5,
    "Is there another object with the same colour as the big metal ball?",
    "exist(same_attr(u(f(sel(sphere), size=large, material=metal)), color))",
    lambda s: yes(bool(others(s, s.the(shape="sphere", size="large", material="metal"), "color"))),
)
C(
    "negation",
    5,
    "Of the spheres, how many are something other than purple?",
    "count(fn(sel(sphere), color=purple))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "purple"]),
)
C(
    "chain",
    5,
    "There is a sphere behind the brown sphere. What colour is the cylinder to the right of it?",
    "q(u(rel(u(rel(u(f(sel(sphere), color=brown)), behind, name=sphere)), right, name=cylinder)), color)",
    lambda s: s.a(
        only(
            side_of(
                s,
                only(side_of(s, s.the(shape="sphere", color="brown"), "behind", s.f(shape="sphere"))),
                "right",
                s.f(shape="cylinder"),
            )
        ),
        "color",
    ),
)

# scene 6
C(
    "quantifier",
    6,
    "Are no more than two of the things made of rubber?",
    "not_(gt(count(f(scene(), material=rubber)), num(2)))",
    lambda s: yes(len(s.f(material="rubber")) <= 2),
)
C(
    "relate",
    6,
    "How many objects are both in front of the big red cylinder and to the left of the blue cube?",
    "count(inter(rel(u(f(sel(cylinder), size=large, color=red)), front), rel(u(f(sel(cube), color=blue)), left)))",
    lambda s: n(
        set(side_of(s, s.the(shape="cylinder", size="large", color="red"), "front"))
        & set(side_of(s, s.the(shape="cube", color="blue"), "left"))
    ),
)

# scene 7
C(
    "count",
    7,
    "How many of the cylindres are small?",
    "count(f(sel(cylinder), size=small))",
    lambda s: n(s.f(shape="cylinder", size="small")),
)
C(
    "set_property",
    7,
    "In how many different colours do the cylinders come?",
    "nvalues(sel(cylinder), color)",
    lambda s: str(len(set(attrs(s, s.f(shape="cylinder"), "color")))),
)
C(
    "extreme",
    7,
    "Counting from the left, what colour is the second cube?",
    "q(ord(sel(cube), left, 2), color)",
    lambda s: s.a(extreme(s, s.f(shape="cube"), "left", 2), "color"),
)
C(
    "same_attr",
    7,
    "What is the size of the other object which has the same colour as the small cyan cylinder?",
    "q(u(same_attr(u(f(sel(cylinder), size=small, color=cyan)), color)), size)",
    lambda s: s.a(only(others(s, s.the(shape="cylinder", size="small", color="cyan"), "color")), "size"),
)
C(
    "farthest",
    7,
    "Which colour has the object that is farthest away from the yellow cube?",
    "q(farthest(scene(), u(f(sel(cube), color=yellow))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="yellow"), far=True), "color"),
)
C(
    "chain",
    7,
    "Find the cylinder left of the gray cylinder, then the cube to the right of that one; what colour is the cube in front of that cube?",
    "q(u(rel(u(rel(u(rel(u(f(sel(cylinder), color=gray)), left, name=cylinder)), right, name=cube)), front, name=cube)), color)",
    lambda s: s.a(
        only(
            side_of(
                s,
                only(
                    side_of(
                        s,
                        only(side_of(s, s.the(shape="cylinder", color="gray"), "left", s.f(shape="cylinder"))),
                        "right",
                        s.f(shape="cube"),
                    )
                ),
                "front",
                s.f(shape="cube"),
            )
        ),
        "color",
    ),
)
X(7, "If someone gave the large purple sphere a push forward, which object would it knock into first?")

# scene 8
C(
    "exist",
    8,
    "Can you see any big cube?",
    "exist(f(sel(cube), size=large))",
    lambda s: yes(bool(s.f(shape="cube", size="large"))),
)
C(
    "chain",
    8,
    "What material is the cylinder in front of the cube which is in front of the cyan cube?",
    "q(u(rel(u(rel(u(f(sel(cube), color=cyan)), front, name=cube)), front, name=cylinder)), material)",
    lambda s: s.a(
        only(
            side_of(
                s,
                only(side_of(s, s.the(shape="cube", color="cyan"), "front", s.f(shape="cube"))),
                "front",
                s.f(shape="cylinder"),
            )
        ),
        "material",
    ),
)

# scene 9
C(
    "set_property",
    9,
    "What material are all of the gray things made of?",
    "q(f(scene(), color=gray), material)",
    lambda s: single(s, s.f(color="gray"), "material"),
)
C(
    "compare_count",
    9,
    "Are there as many cylinders as spheres?",
    "eq(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="sphere"))),
)
C(
    "either_neither",
    9,
    "Are both of the green things big?",
    "verify(f(scene(), color=green), size, large)",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(color="green"))),
)
C(
    "chain",
    9,
    "what colour is the sphere to the left of the cylinder thats behind the large gray cylinder",
    "q(u(rel(u(rel(u(f(sel(cylinder), size=large, color=gray)), behind, name=cylinder)), left, name=sphere)), color)",
    lambda s: s.a(
        only(
            side_of(
                s,
                only(side_of(s, s.the(shape="cylinder", size="large", color="gray"), "behind", s.f(shape="cylinder"))),
                "left",
                s.f(shape="sphere"),
            )
        ),
        "color",
    ),
)

# scene 10
C(
    "compare_attr",
    10,
    "Is the red cylinder bigger then the gray cube?",
    "larger(u(f(sel(cylinder), color=red)), u(f(sel(cube), color=gray)))",
    lambda s: yes(
        RANK[s.a(s.the(shape="cylinder", color="red"), "size")] > RANK[s.a(s.the(shape="cube", color="gray"), "size")]
    ),
)
C(
    "extreme",
    10,
    "What's the material of the thing furthest back?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(extreme(s, s.all(), "behind"), "material"),
)
C(
    "closest",
    10,
    "Tell me the color of whatever is nearest to the purple ball.",
    "q(closest(scene(), u(f(sel(sphere), color=purple))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="purple")), "color"),
)
C(
    "negation",
    10,
    "Is there no purple object at all?",
    "not_(exist(f(scene(), color=purple)))",
    lambda s: yes(not s.f(color="purple")),
)

# scene 11
C("count", 11, "How many brown things can you see?", "count(f(scene(), color=brown))", lambda s: n(s.f(color="brown")))
C(
    "count_relation",
    11,
    "How many things does the large blue cube stand behind?",
    "count(rel(u(f(sel(cube), size=large, color=blue)), front))",
    lambda s: n(side_of(s, s.the(shape="cube", size="large", color="blue"), "front")),
)
C(
    "negation",
    11,
    "how many spheres arent brown",
    "count(fn(sel(sphere), color=brown))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "brown"]),
)
C(
    "chain",
    11,
    "What colour is the sphere that is behind the large brown cylinder and also to its right?",
    "q(u(inter(rel(u(f(sel(cylinder), size=large, color=brown)), behind, name=sphere), rel(u(f(sel(cylinder), size=large, color=brown)), right))), color)",
    lambda s: s.a(
        only(
            set(side_of(s, s.the(shape="cylinder", size="large", color="brown"), "behind", s.f(shape="sphere")))
            & set(side_of(s, s.the(shape="cylinder", size="large", color="brown"), "right", s.f(shape="sphere")))
        ),
        "color",
    ),
)
X(11, "At what time of day were these objects photographed?")

# scene 12
C(
    "same_attr",
    12,
    "How many other objects are the same size as the large sphere?",
    "count(same_attr(u(f(sel(sphere), size=large)), size))",
    lambda s: n(others(s, s.the(shape="sphere", size="large"), "size")),
)
C(
    "exist",
    12,
    "Is there a green cylinder somewhere behind the small gray ball?",
    "exist(f(rel(u(f(sel(sphere), color=gray, size=small)), behind, name=cylinder), color=green))",
    lambda s: yes(
        any(
            s.a(i, "color") == "green"
            for i in side_of(s, s.the(shape="sphere", color="gray", size="small"), "behind", s.f(shape="cylinder"))
        )
    ),
)

# scene 13
C(
    "compare_count",
    13,
    "Are there fewer metal things than rubber things?",
    "lt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) < len(s.f(material="rubber"))),
)
C(
    "either_neither",
    13,
    "Is neither of the cubes cyan?",
    "not_(exist(f(sel(cube), color=cyan)))",
    lambda s: yes(not s.f(shape="cube", color="cyan")),
)
C(
    "extreme",
    13,
    "what shape is the object closest to the camera",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(extreme(s, s.all(), "front"), "shape"),
)
C(
    "compare_attr",
    13,
    "Do the two cubes differ in size?",
    "different(sel(cube), size)",
    lambda s: yes(len(set(attrs(s, s.f(shape="cube"), "size"))) > 1),
)
C(
    "chain",
    13,
    "Behind the big cylinder there is a cylinder; how large is the cube that is left of that cylinder?",
    "q(u(rel(u(rel(u(f(sel(cylinder), size=large)), behind, name=cylinder)), left, name=cube)), size)",
    lambda s: s.a(
        only(
            side_of(
                s,
                only(side_of(s, s.the(shape="cylinder", size="large"), "behind", s.f(shape="cylinder"))),
                "left",
                s.f(shape="cube"),
            )
        ),
        "size",
    ),
)

# scene 14
C(
    "relate",
    14,
    "Is the gray cube on the left side of the blue ball?",
    "exist(inter(u(f(sel(cube), color=gray)), rel(u(f(sel(sphere), color=blue)), left)))",
    lambda s: is_side(s, s.the(shape="cube", color="gray"), "left", s.the(shape="sphere", color="blue")),
)
C(
    "negation",
    14,
    "What colour is the sphere that isn't metallic?",
    "q(u(fn(sel(sphere), material=metal)), color)",
    lambda s: s.a(only(i for i in s.f(shape="sphere") if s.a(i, "material") != "metal"), "color"),
)
C("query", 14, "What colour has the cube?", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))

# scene 15
C(
    "count",
    15,
    "Count the large metallic objects. How many are there?",
    "count(f(scene(), size=large, material=metal))",
    lambda s: n(s.f(size="large", material="metal")),
)
C(
    "extreme",
    15,
    "Of the three cylinders, which colour is the one in the middle going from left to right?",
    "q(ord(sel(cylinder), left, middle), color)",
    lambda s: s.a(middle(s, s.f(shape="cylinder"), "left"), "color"),
)
C(
    "farthest",
    15,
    "What material is the object lying furthest away from the blue cube made of?",
    "q(farthest(scene(), u(f(sel(cube), color=blue))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="blue"), far=True), "material"),
)

# scene 16
C(
    "set_property",
    16,
    "What shape do the small things have in common?",
    "q(f(scene(), size=small), shape)",
    lambda s: single(s, s.f(size="small"), "shape"),
)
C(
    "compare_attr",
    16,
    "Are the yellow cube and the yellow cylinder made of the same stuff?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "material") == s.a(s.the(shape="cylinder", color="yellow"), "material")
    ),
)
X(16, "Is anything hidden behind the large yellow cube where the camera can't see it?")

# scene 17
C(
    "query",
    17,
    "What colour is the only small thing?",
    "q(u(f(scene(), size=small)), color)",
    lambda s: s.a(s.the(size="small"), "color"),
)
C(
    "count_relation",
    17,
    "How many objects is the yellow ball in front of?",
    "count(rel(u(f(sel(sphere), color=yellow)), behind))",
    lambda s: n(side_of(s, s.the(shape="sphere", color="yellow"), "behind")),
)
C(
    "compare_attr",
    17,
    "does the red cube have the same colour as the ball?",
    "same(u(f(sel(cube), color=red)), u(sel(sphere)), color)",
    lambda s: yes(s.a(s.the(shape="cube", color="red"), "color") == s.a(s.the(shape="sphere"), "color")),
)
C(
    "exist",
    17,
    "Is there a cylinder that is yellow?",
    "exist(f(sel(cylinder), color=yellow))",
    lambda s: yes(bool(s.f(shape="cylinder", color="yellow"))),
)

# scene 18
C(
    "set_property",
    18,
    "Among the purple things, how many different shapes are there?",
    "nvalues(f(scene(), color=purple), shape)",
    lambda s: str(len(set(attrs(s, s.f(color="purple"), "shape")))),
)

# scene 19
C(
    "set_property",
    19,
    "what colour shows up most often",
    "common_value(scene(), color)",
    lambda s: mode(attrs(s, s.all(), "color")),
)
C(
    "compare_count",
    19,
    "By how many do the cubes outnumber the cylinders?",
    "sub(count(sel(cube)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="cube")) - len(s.f(shape="cylinder"))),
)
C(
    "extreme",
    19,
    "State the material of the leftmost cylinder.",
    "q(ord(sel(cylinder), left, 1), material)",
    lambda s: s.a(extreme(s, s.f(shape="cylinder"), "left"), "material"),
)
C(
    "chain",
    19,
    "What colour is the cube to the right of the cylinder which is behind the cyan cube?",
    "q(u(rel(u(rel(u(f(sel(cube), color=cyan)), behind, name=cylinder)), right, name=cube)), color)",
    lambda s: s.a(
        only(
            side_of(
                s,
                only(side_of(s, s.the(shape="cube", color="cyan"), "behind", s.f(shape="cylinder"))),
                "right",
                s.f(shape="cube"),
            )
        ),
        "color",
    ),
)
X(19, "Which of these objects would the person who made the picture like the most?")

# scene 20
C(
    "quantifier",
    20,
    "Are exactly two of the objects large?",
    "eq(count(f(scene(), size=large)), num(2))",
    lambda s: yes(len(s.f(size="large")) == 2),
)
C(
    "same_attr",
    20,
    "Besides the yellow cube, there is another object of that colour. What shape is it?",
    "q(u(same_attr(u(f(sel(cube), color=yellow)), color)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="cube", color="yellow"), "color")), "shape"),
)

# scene 21
C(
    "closest",
    21,
    "Which sphere is closest to the purple cylinder? Give its colour.",
    "q(closest(sel(sphere), u(f(sel(cylinder), color=purple))), color)",
    lambda s: s.a(nearest(s, s.f(shape="sphere"), s.the(shape="cylinder", color="purple")), "color"),
)
C(
    "exist",
    21,
    "Are there any metal objects behind the red sphere?",
    "exist(f(rel(u(f(sel(sphere), color=red)), behind), material=metal))",
    lambda s: yes(bool(side_of(s, s.the(shape="sphere", color="red"), "behind", s.f(material="metal")))),
)

# scene 22
C(
    "compare_attr",
    22,
    "Determine whether the two yellow objects are composed of the same material.",
    "same(f(scene(), color=yellow), material)",
    lambda s: yes(len(set(attrs(s, s.f(color="yellow"), "material"))) == 1),
)
C(
    "either_neither",
    22,
    "Is either of the cylinders made of metal?",
    "exist(f(sel(cylinder), material=metal))",
    lambda s: yes(bool(s.f(shape="cylinder", material="metal"))),
)

# scene 23
C(
    "relate",
    23,
    "Is the brown sphere behind the yellow sphere?",
    "exist(inter(u(f(sel(sphere), color=brown)), rel(u(f(sel(sphere), color=yellow)), behind)))",
    lambda s: is_side(s, s.the(shape="sphere", color="brown"), "behind", s.the(shape="sphere", color="yellow")),
)

# scene 24
C(
    "quantifier",
    24,
    "Are all of the red things made of metal?",
    "not_(exist(fn(f(scene(), color=red), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(color="red"))),
)
C(
    "compare_count",
    24,
    "Are there more cubes than all the other shapes put together?",
    "gt(count(sel(cube)), count(fn(scene(), shape=cube)))",
    lambda s: yes(len(s.f(shape="cube")) > len([i for i in s.all() if s.a(i, "shape") != "cube"])),
)
C(
    "relate",
    24,
    "Which material is the cylinder that is behind the big red rubber cylinder?",
    "q(u(rel(u(f(sel(cylinder), size=large, color=red, material=rubber)), behind, name=cylinder)), material)",
    lambda s: s.a(
        only(
            side_of(
                s,
                s.the(shape="cylinder", size="large", color="red", material="rubber"),
                "behind",
                s.f(shape="cylinder"),
            )
        ),
        "material",
    ),
)
X(24, "Which of these objects would cost the most to buy?")

# scene 25
C(
    "exist",
    25,
    "Is there any cylinder made out of rubber in the image?",
    "exist(f(sel(cylinder), material=rubber))",
    lambda s: yes(bool(s.f(shape="cylinder", material="rubber"))),
)
C(
    "same_attr",
    25,
    "How many other objects share the shape of the blue cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=blue)), shape))",
    lambda s: n(others(s, s.the(shape="cylinder", color="blue"), "shape")),
)
C(
    "farthest",
    25,
    "Which shape is farthest from the little yellow ball?",
    "q(farthest(scene(), u(f(sel(sphere), size=small, color=yellow))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", size="small", color="yellow"), far=True), "shape"),
)

# scene 26
C(
    "quantifier",
    26,
    "Is it true that all but one object is metallic?",
    "eq(count(fn(scene(), material=metal)), num(1))",
    lambda s: yes(len([i for i in s.all() if s.a(i, "material") != "metal"]) == 1),
)
C(
    "negation",
    26,
    "What colour is the only object that isn't made of metal?",
    "q(u(fn(scene(), material=metal)), color)",
    lambda s: s.a(only(i for i in s.all() if s.a(i, "material") != "metal"), "color"),
)
C(
    "set_property",
    26,
    "Do the green things all have the same shape?",
    "same(f(scene(), color=green), shape)",
    lambda s: yes(len(set(attrs(s, s.f(color="green"), "shape"))) == 1),
)
C(
    "same_attr",
    26,
    "How many other things share a colour with the shiny purple cube?",
    "count(same_attr(u(f(sel(cube), material=metal, color=purple)), color))",
    lambda s: n(others(s, s.the(shape="cube", material="metal", color="purple"), "color")),
)

# scene 27
C(
    "compare_attr",
    27,
    "The two red objects, are they the same shape?",
    "same(f(scene(), color=red), shape)",
    lambda s: yes(len(set(attrs(s, s.f(color="red"), "shape"))) == 1),
)
C(
    "chain",
    27,
    "What shape is the object that is behind the red cylinder and to the left of it?",
    "q(u(inter(rel(u(f(sel(cylinder), color=red)), behind), rel(u(f(sel(cylinder), color=red)), left))), shape)",
    lambda s: s.a(
        only(
            set(side_of(s, s.the(shape="cylinder", color="red"), "behind"))
            & set(side_of(s, s.the(shape="cylinder", color="red"), "left"))
        ),
        "shape",
    ),
)

# scene 28
C(
    "either_neither",
    28,
    "Is the sphere either red or purple?",
    "or_(verify(u(sel(sphere)), color, red), verify(u(sel(sphere)), color, purple))",
    lambda s: yes(s.a(s.the(shape="sphere"), "color") in ("red", "purple")),
)
C(
    "extreme",
    28,
    "Which colour is the second cylinder from the front?",
    "q(ord(sel(cylinder), front, 2), color)",
    lambda s: s.a(extreme(s, s.f(shape="cylinder"), "front", 2), "color"),
)
C("exist", 28, "Does any cube appear in this scene?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))

# scene 29
C(
    "set_property",
    29,
    "Are all the large objects the same colour?",
    "same(f(scene(), size=large), color)",
    lambda s: yes(len(set(attrs(s, s.f(size="large"), "color"))) == 1),
)
C(
    "count_relation",
    29,
    "How many things is the small brown sphere to the right of?",
    "count(rel(u(f(sel(sphere), size=small, color=brown)), left))",
    lambda s: n(side_of(s, s.the(shape="sphere", size="small", color="brown"), "left")),
)

# scene 30
C(
    "exist",
    30,
    "Does the image contain anything small at all?",
    "exist(f(scene(), size=small))",
    lambda s: yes(bool(s.f(size="small"))),
)
C(
    "query",
    30,
    "What shape is the blue thing?",
    "q(u(f(scene(), color=blue)), shape)",
    lambda s: s.a(s.the(color="blue"), "shape"),
)

# scene 31
C(
    "quantifier",
    31,
    "Are there exactly two cubes?",
    "eq(count(sel(cube)), num(2))",
    lambda s: yes(len(s.f(shape="cube")) == 2),
)
C(
    "chain",
    31,
    "What is the material of the cylinder behind the cube that is left of the green cylinder?",
    "q(u(rel(u(rel(u(f(sel(cylinder), color=green)), left, name=cube)), behind, name=cylinder)), material)",
    lambda s: s.a(
        only(
            side_of(
                s,
                only(side_of(s, s.the(shape="cylinder", color="green"), "left", s.f(shape="cube"))),
                "behind",
                s.f(shape="cylinder"),
            )
        ),
        "material",
    ),
)
C(
    "farthest",
    31,
    "What colour is the thing farthest from the purple cube?",
    "q(farthest(scene(), u(f(sel(cube), color=purple))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="purple"), far=True), "color"),
)
X(31, "What brand of paint was used on the red cylinder?")

# scene 32
C(
    "closest",
    32,
    "What shape is the thing nearest to the red cube?",
    "q(closest(scene(), u(f(sel(cube), color=red))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="red")), "shape"),
)

# scene 33
C(
    "either_neither",
    33,
    "Are both cylinders made of rubber?",
    "verify(sel(cylinder), material, rubber)",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(shape="cylinder"))),
)

# scene 34
C(
    "query",
    34,
    "What's the colour of the small cylinder",
    "q(u(f(sel(cylinder), size=small)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "color"),
)

# scene 35
C(
    "negation",
    35,
    "Which of the cubes is not metallic, and what is its colour?",
    "q(u(fn(sel(cube), material=metal)), color)",
    lambda s: s.a(only(i for i in s.f(shape="cube") if s.a(i, "material") != "metal"), "color"),
)
C(
    "relate",
    35,
    "What size is the sphere that's behind the rubber cube?",
    "q(u(rel(u(f(sel(cube), material=rubber)), behind, name=sphere)), size)",
    lambda s: s.a(only(side_of(s, s.the(shape="cube", material="rubber"), "behind", s.f(shape="sphere"))), "size"),
)
X(35, "Is the red sphere warm to the touch?")

# scene 36
C(
    "quantifier",
    36,
    "Are most of the objects spheres?",
    "gt(add(count(sel(sphere)), count(sel(sphere))), count(scene()))",
    lambda s: yes(2 * len(s.f(shape="sphere")) > len(s.all())),
)
C(
    "extreme",
    36,
    "What is the colour of the sphere on the far left?",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(extreme(s, s.f(shape="sphere"), "left"), "color"),
)

# scene 37
C(
    "relate",
    37,
    "How many rubber objects are to the left of the large gray cylinder?",
    "count(f(rel(u(f(sel(cylinder), size=large, color=gray)), left), material=rubber))",
    lambda s: n(side_of(s, s.the(shape="cylinder", size="large", color="gray"), "left", s.f(material="rubber"))),
)
C(
    "same_attr",
    37,
    "The small red sphere shares its colour with one other object. What shape is that object?",
    "q(u(same_attr(u(f(sel(sphere), size=small, color=red)), color)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="sphere", size="small", color="red"), "color")), "shape"),
)
C(
    "closest",
    37,
    "What's the color of the object nearest to the big blue cylinder?",
    "q(closest(scene(), u(f(sel(cylinder), size=large, color=blue))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", size="large", color="blue")), "color"),
)
C(
    "set_property",
    37,
    "Which materials appear among the cylinders?",
    "values(sel(cylinder), material)",
    lambda s: listing(attrs(s, s.f(shape="cylinder"), "material")),
)
C(
    "chain",
    37,
    "What colour is the cube behind the cylinder that is left of the red cube?",
    "q(u(rel(u(rel(u(f(sel(cube), color=red)), left, name=cylinder)), behind, name=cube)), color)",
    lambda s: s.a(
        only(
            side_of(
                s,
                only(side_of(s, s.the(shape="cube", color="red"), "left", s.f(shape="cylinder"))),
                "behind",
                s.f(shape="cube"),
            )
        ),
        "color",
    ),
)

# scene 38
C(
    "compare_attr",
    38,
    "Do the two green balls consist of the same material?",
    "same(f(sel(sphere), color=green), material)",
    lambda s: yes(len(set(attrs(s, s.f(shape="sphere", color="green"), "material"))) == 1),
)

# scene 39
C(
    "compare_attr",
    39,
    "Is the gray cube smaller than the gray cylinder?",
    "smaller(u(f(sel(cube), color=gray)), u(f(sel(cylinder), color=gray)))",
    lambda s: yes(
        RANK[s.a(s.the(shape="cube", color="gray"), "size")] < RANK[s.a(s.the(shape="cylinder", color="gray"), "size")]
    ),
)
C(
    "extreme",
    39,
    "What shape is the leftmost thing",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(extreme(s, s.all(), "left"), "shape"),
)
C(
    "exist",
    39,
    "Is there anything in front of the gray cube?",
    "exist(rel(u(f(sel(cube), color=gray)), front))",
    lambda s: yes(bool(side_of(s, s.the(shape="cube", color="gray"), "front"))),
)

# scene 40
C(
    "either_neither",
    40,
    "Is neither cube brown?",
    "not_(exist(f(sel(cube), color=brown)))",
    lambda s: yes(not s.f(shape="cube", color="brown")),
)
C(
    "either_neither",
    40,
    "Is the cylinder to the left of both cubes?",
    "and_(exist(inter(u(sel(cylinder)), rel(u(f(sel(cube), color=cyan)), left))), exist(inter(u(sel(cylinder)), rel(u(f(sel(cube), color=gray)), left))))",
    lambda s: yes(all(is_side(s, s.the(shape="cylinder"), "left", c) == "yes" for c in s.f(shape="cube"))),
)
C(
    "query",
    40,
    "How big is the cyan cube?",
    "q(u(f(sel(cube), color=cyan)), size)",
    lambda s: s.a(s.the(shape="cube", color="cyan"), "size"),
)

# scene 41
C(
    "count",
    41,
    "What number of cylinders have a metallic finish?",
    "count(f(sel(cylinder), material=metal))",
    lambda s: n(s.f(shape="cylinder", material="metal")),
)
C(
    "set_property",
    41,
    "Which colours do the cylinders come in?",
    "values(sel(cylinder), color)",
    lambda s: listing(attrs(s, s.f(shape="cylinder"), "color")),
)

# scene 42
C(
    "quantifier",
    42,
    "Are exactly half of the objects blue?",
    "eq(add(count(f(scene(), color=blue)), count(f(scene(), color=blue))), count(scene()))",
    lambda s: yes(2 * len(s.f(color="blue")) == len(s.all())),
)
C(
    "same_attr",
    42,
    "Is anything else the same size as the big blue cylinder?",
    "exist(same_attr(u(f(sel(cylinder), size=large, color=blue)), size))",
    lambda s: yes(bool(others(s, s.the(shape="cylinder", size="large", color="blue"), "size"))),
)
C(
    "relate",
    42,
    "What is the shape of the blue object to the right of the gray cube?",
    "q(u(f(rel(u(f(sel(cube), color=gray)), right), color=blue)), shape)",
    lambda s: s.a(only(side_of(s, s.the(shape="cube", color="gray"), "right", s.f(color="blue"))), "shape"),
)
X(42, "Who arranged these objects like this, and why?")

# scene 43
C(
    "compare_count",
    43,
    "Are there fewer rubber objects than metal ones",
    "lt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) < len(s.f(material="metal"))),
)
C(
    "negation",
    43,
    "How many of the cubes aren't large?",
    "count(fn(sel(cube), size=large))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "size") != "large"]),
)
C(
    "farthest",
    43,
    "What shape is farthest from the yellow cube?",
    "q(farthest(scene(), u(f(sel(cube), color=yellow))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="yellow"), far=True), "shape"),
)

# scene 44
C(
    "compare_attr",
    44,
    "Is the brown rubber ball larger than the brown metal ball?",
    "larger(u(f(sel(sphere), material=rubber, color=brown)), u(f(sel(sphere), material=metal, color=brown)))",
    lambda s: yes(
        RANK[s.a(s.the(shape="sphere", material="rubber", color="brown"), "size")]
        > RANK[s.a(s.the(shape="sphere", material="metal", color="brown"), "size")]
    ),
)

# scene 45
C(
    "quantifier",
    45,
    "Are all the spheres made of metal?",
    "verify(sel(sphere), material, metal)",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="sphere"))),
)
C(
    "chain",
    45,
    "What colour is the sphere behind the cylinder that is behind the gray cylinder?",
    "q(u(rel(u(rel(u(f(sel(cylinder), color=gray)), behind, name=cylinder)), behind, name=sphere)), color)",
    lambda s: s.a(
        only(
            side_of(
                s,
                only(side_of(s, s.the(shape="cylinder", color="gray"), "behind", s.f(shape="cylinder"))),
                "behind",
                s.f(shape="sphere"),
            )
        ),
        "color",
    ),
)
X(45, "What is the big red ball going to do next?")

# scene 46
C(
    "same_attr",
    46,
    "How many other objects are made of the same material as the large gray cube?",
    "count(same_attr(u(f(sel(cube), size=large, color=gray)), material))",
    lambda s: n(others(s, s.the(shape="cube", size="large", color="gray"), "material")),
)
C(
    "chain",
    46,
    "What colour is the sphere that is behind the large cyan cylinder and to its left?",
    "q(u(inter(rel(u(f(sel(cylinder), size=large, color=cyan)), behind, name=sphere), rel(u(f(sel(cylinder), size=large, color=cyan)), left))), color)",
    lambda s: s.a(
        only(
            set(side_of(s, s.the(shape="cylinder", size="large", color="cyan"), "behind", s.f(shape="sphere")))
            & set(side_of(s, s.the(shape="cylinder", size="large", color="cyan"), "left", s.f(shape="sphere")))
        ),
        "color",
    ),
)
C(
    "compare_count",
    46,
    "Is the number of purple things equal to the number of red things?",
    "eq(count(f(scene(), color=purple)), count(f(scene(), color=red)))",
    lambda s: yes(len(s.f(color="purple")) == len(s.f(color="red"))),
)

# scene 47
C(
    "count",
    47,
    "Please count the purple cubes.",
    "count(f(sel(cube), color=purple))",
    lambda s: n(s.f(shape="cube", color="purple")),
)
C(
    "quantifier",
    47,
    "Are at least half the objects cubes?",
    "not_(lt(add(count(sel(cube)), count(sel(cube))), count(scene())))",
    lambda s: yes(2 * len(s.f(shape="cube")) >= len(s.all())),
)
C(
    "extreme",
    47,
    "What is the colour of the thrid object from the left?",
    "q(ord(scene(), left, 3), color)",
    lambda s: s.a(extreme(s, s.all(), "left", 3), "color"),
)
C(
    "count_relation",
    47,
    "How many objects is the small red cylinder in front of?",
    "count(rel(u(f(sel(cylinder), size=small, color=red)), behind))",
    lambda s: n(side_of(s, s.the(shape="cylinder", size="small", color="red"), "behind")),
)
C(
    "set_property",
    47,
    "Do the spheres share a size?",
    "same(sel(sphere), size)",
    lambda s: yes(len(set(attrs(s, s.f(shape="sphere"), "size"))) == 1),
)
X(47, "What is inside the large blue cube?")

# scene 48
C(
    "closest",
    48,
    "What colour is the sphere nearest to the red cube?",
    "q(closest(sel(sphere), u(f(sel(cube), color=red))), color)",
    lambda s: s.a(nearest(s, s.f(shape="sphere"), s.the(shape="cube", color="red")), "color"),
)
C(
    "either_neither",
    48,
    "What's the material of the object that is behind both green spheres?",
    "q(u(inter(rel(ord(f(sel(sphere), color=green), front, 1), behind), rel(ord(f(sel(sphere), color=green), behind, 1), behind))), material)",
    lambda s: s.a(
        only(
            set(side_of(s, extreme(s, s.f(shape="sphere", color="green"), "front"), "behind"))
            & set(side_of(s, extreme(s, s.f(shape="sphere", color="green"), "behind"), "behind"))
        ),
        "material",
    ),
)

# scene 49
C("count", 49, "how many balls are there", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "chain",
    49,
    "The large sphere has a cylinder behind it; what colour is the cube to the right of that cylinder?",
    "q(u(rel(u(rel(u(f(sel(sphere), size=large)), behind, name=cylinder)), right, name=cube)), color)",
    lambda s: s.a(
        only(
            side_of(
                s,
                only(side_of(s, s.the(shape="sphere", size="large"), "behind", s.f(shape="cylinder"))),
                "right",
                s.f(shape="cube"),
            )
        ),
        "color",
    ),
)

# scene 50
C(
    "quantifier",
    50,
    "Is every object here made of rubber?",
    "not_(exist(fn(scene(), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.all())),
)
C(
    "relate",
    50,
    "What colour is the cube that is in front of the small cyan sphere?",
    "q(u(rel(u(f(sel(sphere), size=small, color=cyan)), front, name=cube)), color)",
    lambda s: s.a(
        only(side_of(s, s.the(shape="sphere", size="small", color="cyan"), "front", s.f(shape="cube"))), "color"
    ),
)
C(
    "compare_count",
    50,
    "Are there more green objects than cubes?",
    "gt(count(f(scene(), color=green)), count(sel(cube)))",
    lambda s: yes(len(s.f(color="green")) > len(s.f(shape="cube"))),
)
X(50, "What does the green cube smell like?")

# scene 51
C(
    "query",
    51,
    "Which material is the big ball made of, metal or rubber?",
    "choose(u(f(sel(sphere), size=large)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)

# scene 52
C(
    "exist",
    52,
    "Is there anything behind the small gray cylinder?",
    "exist(rel(u(f(sel(cylinder), size=small, color=gray)), behind))",
    lambda s: yes(bool(side_of(s, s.the(shape="cylinder", size="small", color="gray"), "behind"))),
)

# scene 53
C(
    "compare_attr",
    53,
    "Are the yellow cube and the yellow sphere the same size?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(sphere), color=yellow)), size)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "size") == s.a(s.the(shape="sphere", color="yellow"), "size")
    ),
)
C(
    "either_neither",
    53,
    "Is there either a small cube or a large sphere?",
    "or_(exist(f(sel(cube), size=small)), exist(f(sel(sphere), size=large)))",
    lambda s: yes(bool(s.f(shape="cube", size="small")) or bool(s.f(shape="sphere", size="large"))),
)
C(
    "farthest",
    53,
    "What is the colour of the cube farthest from the green sphere?",
    "q(farthest(sel(cube), u(f(sel(sphere), color=green))), color)",
    lambda s: s.a(nearest(s, s.f(shape="cube"), s.the(shape="sphere", color="green"), far=True), "color"),
)
X(53, "Would the small yellow sphere float if you dropped it in water?")

# scene 54

# scene 55
C("count", 55, "purple objects: how many?", "count(f(scene(), color=purple))", lambda s: n(s.f(color="purple")))
C(
    "quantifier",
    55,
    "Are all the spheres purple?",
    "not_(exist(fn(sel(sphere), color=purple)))",
    lambda s: yes(all(s.a(i, "color") == "purple" for i in s.f(shape="sphere"))),
)
C(
    "negation",
    55,
    "Apart from the spheres, how many purple objects are there?",
    "count(fn(f(scene(), color=purple), shape=sphere))",
    lambda s: n([i for i in s.f(color="purple") if s.a(i, "shape") != "sphere"]),
)
C(
    "extreme",
    55,
    "Going from right to left, what is the shape of the second object?",
    "q(ord(scene(), right, 2), shape)",
    lambda s: s.a(extreme(s, s.all(), "right", 2), "shape"),
)

# scene 56
C(
    "negation",
    56,
    "Which colour is the thing that isn't rubber?",
    "q(u(fn(scene(), material=rubber)), color)",
    lambda s: s.a(only(i for i in s.all() if s.a(i, "material") != "rubber"), "color"),
)
C(
    "set_property",
    56,
    "What shape are most of the things?",
    "common_value(scene(), shape)",
    lambda s: mode(attrs(s, s.all(), "shape")),
)
C(
    "same_attr",
    56,
    "What size is the object that shares its colour with the large cube on the left?",
    "q(u(same_attr(ord(f(sel(cube), size=large), left, 1), color)), size)",
    lambda s: s.a(only(others(s, extreme(s, s.f(shape="cube", size="large"), "left"), "color")), "size"),
)

# scene 57
X(57, "How old is the brown cilinder?")

# scene 58
C(
    "exist",
    58,
    "Can I find a metallic sphere anywhere in this picture?",
    "exist(f(sel(sphere), material=metal))",
    lambda s: yes(bool(s.f(shape="sphere", material="metal"))),
)
C(
    "relate",
    58,
    "Is the purple cube to the left of the cyan cube?",
    "exist(inter(u(f(sel(cube), color=purple)), rel(u(f(sel(cube), color=cyan)), left)))",
    lambda s: is_side(s, s.the(shape="cube", color="purple"), "left", s.the(shape="cube", color="cyan")),
)
C(
    "query",
    58,
    "Which colour does the small ball have?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)

# scene 59
C(
    "set_property",
    59,
    "How many different colours do the large objects have?",
    "nvalues(f(scene(), size=large), color)",
    lambda s: str(len(set(attrs(s, s.f(size="large"), "color")))),
)
C(
    "quantifier",
    59,
    "Is the number of purple objects more than four?",
    "gt(count(f(scene(), color=purple)), num(4))",
    lambda s: yes(len(s.f(color="purple")) > 4),
)
C(
    "relate",
    59,
    "What colour is the ball which is located behind the purple cylinder that is big?",
    "q(u(rel(u(f(sel(cylinder), color=purple, size=large)), behind, name=sphere)), color)",
    lambda s: s.a(
        only(side_of(s, s.the(shape="cylinder", color="purple", size="large"), "behind", s.f(shape="sphere"))), "color"
    ),
)
C(
    "chain",
    59,
    "What colour is the cylinder to the right of the cube behind the cylinder that is in front of the purple sphere?",
    "q(u(rel(u(rel(u(rel(u(f(sel(sphere), color=purple)), front, name=cylinder)), behind, name=cube)), right, name=cylinder)), color)",
    lambda s: s.a(
        only(
            side_of(
                s,
                only(
                    side_of(
                        s,
                        only(side_of(s, s.the(shape="sphere", color="purple"), "front", s.f(shape="cylinder"))),
                        "behind",
                        s.f(shape="cube"),
                    )
                ),
                "right",
                s.f(shape="cylinder"),
            )
        ),
        "color",
    ),
)

# =================================================================================================================
# photo-like graphs
# =================================================================================================================

# street: a man with a red tie (left), a woman in green holding a brown dog, a man in white with a blue tie (right),
# a red bus reading CERO EMISIONES, a STOP sign, a white car, a tree, NO PARKING painted on the road
P("photo_count", "street", "How many people can be seen on the street?", "count(sel(person))", lambda p: n(people(p)))
P(
    "photo_wear",
    "street",
    "The man on the left - what colour is his tie?",
    "q(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("man", hposition="left"), "wearing")), "color"),
)
P(
    "photo_wear",
    "street",
    "Who is wearing the blue tie?",
    "q(u(rel(u(f(sel(tie), color=blue)), wearing)), name)",
    lambda p: p.name(only(p.subjects("wearing", p.the("tie", color="blue")))),
)
P(
    "photo_text",
    "street",
    "What does the red sign on the right say?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P("photo_text", "street", "whats written on the bus", "q(u(sel(bus)), text)", lambda p: p.value(p.the("bus"), "text"))
P(
    "photo_hold",
    "street",
    "What animal is the woman holding?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "photo_position",
    "street",
    "Is the car on the left of the bus?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(p.has(p.the("car"), "left", p.the("bus"))),
)
P(
    "photo_count",
    "street",
    "How many of the men have a tie on?",
    "count(rel(sel(tie), wearing, name=man))",
    lambda p: n({w for t in p.f("tie") for w in p.subjects("wearing", t) if p.name(w) == "man"}),
)
P(
    "photo_position",
    "street",
    "On which side of the bus is the stop sign, left or right?",
    "choose_rel(u(sel(bus)), [left, right], name=sign)",
    lambda p: only(r for r in ("left", "right") if p.has(p.the("sign"), r, p.the("bus"))),
)
P(
    "photo_exist",
    "street",
    "Is there a tree behind the bus?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(any(p.name(o) == "tree" for o in p.subjects("behind", p.the("bus")))),
)
P(
    "photo_hold",
    "street",
    "What colour is the dog that the woman is holding?",
    "q(u(rel(u(sel(woman)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman"), "holding")), "color"),
)
P(
    "photo_compare",
    "street",
    "Are there more men than women in the street?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
X("street", "How does the woman feel about the dog she is carrying?")
X("street", "Where is the bus heading?")
X("street", "Are the two men friends with each other?")
X("street", "What is the number on the licence plate of the white car?")

# kitchen: three cups (red, blue, white) on a wooden table with a plate, a fork and a green bottle reading AGUA; a
# woman on the right; a clock reading 12:30 above the table
P(
    "photo_count",
    "kitchen",
    "How many cups are on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) == "cup"]),
)
P(
    "photo_query",
    "kitchen",
    "What is the table made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "photo_text",
    "kitchen",
    "What time does the clock show",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "photo_position",
    "kitchen",
    "What colour is the cup on the far right?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(photo_end(p, p.f("cup"), "right"), "color"),
)
P(
    "photo_text",
    "kitchen",
    "Which word is printed on the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "photo_relation",
    "kitchen",
    "What is the fork lying next to?",
    "q(u(rel(u(sel(fork)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("fork")))),
)
P(
    "photo_count",
    "kitchen",
    "How many white objects are on the table?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.value(o, "color") == "white"]),
)
P(
    "photo_position",
    "kitchen",
    "Is the woman to the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "right", p.the("table"))),
)
P(
    "photo_query",
    "kitchen",
    "What colour is the cup between the plate and the bottle?",
    "q(u(inter(rel(u(sel(plate)), right, name=cup), rel(u(sel(bottle)), left, name=cup))), color)",
    lambda p: p.value(
        only(o for o in p.f("cup") if p.has(o, "right", p.the("plate")) and p.has(o, "left", p.the("bottle"))), "color"
    ),
)
P(
    "photo_relation",
    "kitchen",
    "What hangs above the table?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
X("kitchen", "What is the woman planning to cook for dinner?")
X("kitchen", "Which company made the clock on the wall?")
X("kitchen", "Is the tea in the white cup still hot?")

# park: a woman in red holding a black dog, a boy in blue throwing a frisbee, a woman in white near a red bicycle, a
# girl in pink near a white dog, a green wooden bench, two trees
P("photo_count", "park", "How many dogs are there in the park?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "photo_hold",
    "park",
    "What is the boy throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "photo_relation",
    "park",
    "Who is holding the black dog?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P("photo_count", "park", "How many women are in the picture?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "photo_position",
    "park",
    "Is the girl right of the boy",
    "vrel(u(sel(boy)), right, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "right", p.the("boy"))),
)
P(
    "photo_query",
    "park",
    "What is the bench made of?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "photo_relation",
    "park",
    "The woman dressed in white is near something. What is it?",
    "q(u(rel(u(f(sel(woman), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("woman", color="white")))),
)
P(
    "photo_relation",
    "park",
    "What colour is the dog next to the girl?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(o for o in p.subjects("near", p.the("girl")) if p.name(o) == "dog"), "color"),
)
P(
    "photo_count",
    "park",
    "How many kids are in the park?",
    "count(union(sel(boy), sel(girl)))",
    lambda p: n(p.f({"boy", "girl"})),
)
P(
    "photo_position",
    "park",
    "Who is the person furthest to the left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(photo_end(p, people(p), "left")),
)
P(
    "photo_compare",
    "park",
    "Are there more trees than dogs?",
    "gt(count(sel(tree)), count(sel(dog)))",
    lambda p: yes(len(p.f("tree")) > len(p.f("dog"))),
)
P(
    "photo_query",
    "park",
    "what colour is the frisbee",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
X("park", "Is the boy happy?")
X("park", "What is the name of the black dog?")
X("park", "Which of the women is the girl's mother?")
X("park", "What season of the year is it?")

# shapes: large red circle, small blue square, large green triangle (top row); large yellow rectangle, small red star,
# small blue hexagon (bottom row); a small blue circle in the middle
P(
    "photo_count",
    "shapes",
    "How many blue shapes are there?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "photo_query",
    "shapes",
    "What colour is the star?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "photo_compare",
    "shapes",
    "Are there more small shapes than big ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "photo_count",
    "shapes",
    "How many shapes are in the top row?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "photo_query",
    "shapes",
    "What colour is the circle in the middle of the picture?",
    "q(u(f(sel(circle), vposition=middle)), color)",
    lambda p: p.value(p.the("circle", vposition="middle"), "color"),
)
P(
    "photo_compare",
    "shapes",
    "Is the hexagon the same colour as the square?",
    "same(u(sel(hexagon)), u(sel(square)), color)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == p.value(p.the("square"), "color")),
)
P(
    "photo_extreme",
    "shapes",
    "Which shape in the bottom row is the biggest?",
    "q(ord(f(scene(), vposition=bottom), largest, 1), shape)",
    lambda p: p.value(only(o for o in p.f(vposition="bottom") if p.value(o, "size") == "large"), "shape"),
)
P(
    "photo_compare",
    "shapes",
    "Do the two red shapes have the same size?",
    "same(f(scene(), color=red), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f(color="red")}) == 1),
)
X("shapes", "Who drew these shapes?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
