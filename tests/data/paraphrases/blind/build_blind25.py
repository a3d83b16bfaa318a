# ruff: noqa: E501
"""Blind paraphrase set 25: a mixed crowd of real users, each writing the way they naturally would, about the CLEVR
renders and the photo-like scenes. The voices are mixed on purpose: a terse engineer ("count: red cubes left of
cyl"), a polite formal writer ("Could you kindly tell me ..."), a teenager texting (lowercase, no punctuation, "rn",
"thx", "r", "ppl"), a non-native speaker (word-order and article slips: "There is more cylinders than balls?"), someone
who describes first and asks second ("There's a big shiny ball in there. Is it the same size as ..."), someone who
asks two things in one breath where both must hold, someone who corrects themself mid-question ("brown cylinders -
no wait, brown spheres"), and people with their own words for shapes and materials (box, block, dice, can, tube,
marble, orb, ball; glossy, shiny, metallic, matte, plastic). About one question in ten carries an ordinary typo. Each
question's kind names what it asks, not the voice.

CLEVR (158 answerable questions over 52 val scenes): counting with conditions, attributes of an object picked out
by one or two relations, comparisons of two objects (same colour? which is bigger / further left / closer to the
camera, the X or the Y?), comparisons of counts, "the other ..." questions (same_relate: the object itself never
counts), either/or and both/and sets, existence, superlatives (leftmost, closest to the camera, nearest to X), ordinal
positions, negation. CLEVR semantics: relations come from the scene's ``relationships``; "closer to the camera" is
front. Photo-like graphs (45): people, vehicles, things on the table, text on things, the flat shapes. 25 questions
must be refused (14 on CLEVR scenes, 11 on the photo-like ones): feelings, intentions, the past or future, brands,
prices, names, weight, what is outside the picture, smells. 228 questions in all.

Written without reading the parser, the grammar or any earlier set (build_blind23.py was read for the file format and
the helper conventions only; none of its sentences are reused). The gold programs use the notation as build_blind23
shows it, plus ``union``, ``inter``, ``same_attr`` and ``lt``, whose names were found by trying them with the gold
compiler (scene_graph/program.py was read for the list of operations); no question was run through the parser.
Held back to be run once, at the end.

Run ``python build_blind25.py`` to write ``../blind25.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind25.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.25
# how much nearer the nearest object must be than the runner-up to be "the nearest"
NEAR_RATIO = 1.2


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def along(s: Clevr, i: int, side: str) -> float:
    """How far object i lies towards ``side`` (left, right, front, behind), by the scene's own directions."""
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th of ids counted from ``side``; NotUnique when a neighbour in that order is too close to call."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = along(s, order[k - 1], side)
    if any(abs(along(s, order[j], side) - here) < TIE for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def related(s: Clevr, relation: str, anchor: int, among: list[int] | None = None) -> list[int]:
    """The objects of ``among`` (all when None) that are ``relation`` of the anchor; NotUnique when one of them lies
    so nearly level with the anchor along that axis that nobody could say which side it is on."""
    among = s.all() if among is None else among
    here = along(s, anchor, relation)
    for j in among:
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    found = s.rel(relation, anchor)
    return [j for j in among if j in found]


def is_rel(s: Clevr, target: int, relation: str, anchor: int) -> str:
    """yes/no: object ``target`` is ``relation`` of object ``anchor`` (NotUnique when level)."""
    if abs(along(s, target, relation) - along(s, anchor, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(target in s.rel(relation, anchor))


def nearest(s: Clevr, ids: list[int], anchor: int) -> int:
    """The object of ids nearest the anchor on the ground; NotUnique when the runner-up is nearly as near, or when
    the nearest on the ground is not also the nearest in the picture."""
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=lambda i: dist[i])
    if len(order) > 1 and dist[order[1]] < NEAR_RATIO * dist[order[0]]:
        raise NotUnique("about equally far")
    pix = s.objects[anchor]["pixel_coords"][:2]
    if min(dist, key=lambda i: math.dist(s.objects[i]["pixel_coords"][:2], pix)) != order[0]:
        raise NotUnique("nearest on the ground is not nearest in the picture")
    return order[0]


def first_of(s: Clevr, a: int, b: int, side: str, attribute: str = "shape") -> str:
    """Of two objects, the ``attribute`` of the one further towards ``side`` ("which is further left, the X or the
    Y?"); NotUnique when the two are level, or when the attribute does not tell them apart."""
    if s.a(a, attribute) == s.a(b, attribute):
        raise NotUnique(f"both {s.a(a, attribute)}")
    if abs(along(s, a, side) - along(s, b, side)) < TIE:
        raise NotUnique("level")
    return s.a(a if along(s, a, side) > along(s, b, side) else b, attribute)


def bigger(s: Clevr, a: int, b: int) -> str:
    """The shape of the larger of two objects (NotUnique when they are one size or one shape)."""
    if s.a(a, "size") == s.a(b, "size") or s.a(a, "shape") == s.a(b, "shape"):
        raise NotUnique("one size or one shape")
    return s.a(a if s.a(a, "size") == "large" else b, "shape")


def larger(s: Clevr, a: int, b: int) -> str:
    """yes/no: object a is of a larger size class than object b."""
    return yes(s.a(a, "size") == "large" and s.a(b, "size") == "small")


def others(s: Clevr, anchor: int, attribute: str) -> list[int]:
    """The objects other than the anchor that share its value of ``attribute``."""
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def same(s: Clevr, ids: list[int], attribute: str) -> str:
    return yes(len({s.a(i, attribute) for i in ids}) == 1)


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def box_area(p: Photo, oid: str) -> float:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x2 - x1) * (y2 - y1)


def small_box(p: Photo, ids: list[str]) -> str:
    """The object of ids with the smallest box; NotUnique when the runner-up's is within a quarter of it."""
    order = sorted(ids, key=lambda i: box_area(p, i))
    if len(order) > 1 and 1.25 * box_area(p, order[0]) > box_area(p, order[1]):
        raise NotUnique("about one size")
    return order[0]


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


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph, large blue metal sph, large green rubber cyl
C("count", 0, "how many balls r there", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_attr",
    0,
    "There's a big shiny ball in there. Is it the same size as the green can?",
    "same(u(f(sel(sphere), size=large, material=metal)), u(f(sel(cylinder), color=green)), size)",
    lambda s: same(
        s, [s.the(shape="sphere", size="large", material="metal"), s.the(shape="cylinder", color="green")], "size"
    ),
)
C(
    "superlative",
    0,
    "Pardon me, which colour is the object that lies furthest to the right?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "count",
    1,
    "count: blue cyl right of purple cube",
    "count(f(rel(u(f(sel(cube), color=purple)), right), color=blue, shape=cylinder))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="purple"), s.f(shape="cylinder", color="blue"))),
)
C(
    "quantifier",
    1,
    "are both boxes made of matte stuff",
    "not_(exist(fn(sel(cube), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(shape="cube"))),
)
C(
    "verify",
    1,
    "Could you please tell me whether the small brown sphere is made of metal?",
    "verify(u(f(sel(sphere), size=small, color=brown)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small", color="brown"), "material") == "metal"),
)
C(
    "same_relate",
    1,
    "the little blue metal cylinder, how many other things are the same size as it",
    "count(same_attr(u(f(sel(cylinder), size=small, color=blue, material=metal)), size))",
    lambda s: n(others(s, s.the(shape="cylinder", color="blue", material="metal"), "size")),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "attribute",
    2,
    "The cylinder which is big, it is of what colour?",
    "q(u(f(sel(cylinder), size=large)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "color"),
)
C(
    "compare_attr",
    2,
    "which ones bigger the grey cylinder or the green cube",
    "compare(u(f(sel(cylinder), color=gray)), u(f(sel(cube), color=green)), bigger)",
    lambda s: bigger(s, s.the(shape="cylinder", color="gray"), s.the(shape="cube", color="green")),
)
X(2, "Who put the green cube there?")

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "same_relate",
    3,
    "How many another things have same colour like the purple cube?",
    "count(same_attr(u(f(sel(cube), color=purple)), color))",
    lambda s: n(others(s, s.the(shape="cube", color="purple"), "color")),
)
C(
    "negation",
    3,
    "red objs excluding cylinders: count?",
    "count(fn(f(scene(), color=red), shape=cylinder))",
    lambda s: n([i for i in s.f(color="red") if s.a(i, "shape") != "cylinder"]),
)
C(
    "set_logic",
    3,
    "how many things are either red or metal",
    "count(union(f(scene(), color=red), f(scene(), material=metal)))",
    lambda s: n(set(s.f(color="red")) | set(s.f(material="metal"))),
)
C(
    "attribute",
    3,
    "What colour is the big cilinder that is made of rubber and stands furthest from us?",
    "q(ord(f(sel(cylinder), size=large, material=rubber), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder", size="large", material="rubber"), "behind"), "color"),
)

# scene 4: small red rubber cyl, small green rubber cyl, small brown rubber sph, small yellow metal sph, small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph
C("count", 4, "how many yellow things r there thx", "count(f(scene(), color=yellow))", lambda s: n(s.f(color="yellow")))
C(
    "compare_count",
    4,
    "There is more cylinders than balls?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "superlative",
    4,
    "what colour is the thing closest to the camera",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "same_relate",
    4,
    "Would you be able to tell me how many other objects are made of the same material as the large blue sphere?",
    "count(same_attr(u(f(sel(sphere), size=large, color=blue)), material))",
    lambda s: n(others(s, s.the(shape="sphere", size="large", color="blue"), "material")),
)
C(
    "negation",
    4,
    "How many of the spheres aren't yelow?",
    "count(fn(sel(sphere), color=yellow))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "yellow"]),
)
C(
    "position",
    4,
    "Of the cylinders, which colour is the one second from the left?",
    "q(ord(sel(cylinder), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "left", 2), "color"),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "compare_attr",
    5,
    "There's a big brown block somewhere towards the back. Is it made of the same stuff as the brown ball?",
    "same(u(f(sel(cube), color=brown)), u(f(sel(sphere), color=brown)), material)",
    lambda s: same(s, [s.the(shape="cube", color="brown"), s.the(shape="sphere", color="brown")], "material"),
)
C(
    "count",
    5,
    "How many marbles sit in front of the blue box?",
    "count(f(rel(u(f(sel(cube), color=blue)), front), shape=sphere))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="blue"), s.f(shape="sphere"))),
)
C(
    "set_logic",
    5,
    "how many things are both big AND plastic",
    "count(inter(f(scene(), size=large), f(scene(), material=rubber)))",
    lambda s: n(set(s.f(size="large")) & set(s.f(material="rubber"))),
)
C(
    "spatial",
    5,
    "is the red cube behind the green cylinder or not",
    "exist(f(rel(u(f(sel(cylinder), color=green)), behind), color=red, shape=cube))",
    lambda s: is_rel(s, s.the(shape="cube", color="red"), "behind", s.the(shape="cylinder", color="green")),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "count",
    6,
    "how many dice are glossy",
    "count(f(sel(cube), material=metal))",
    lambda s: n(s.f(shape="cube", material="metal")),
)
C(
    "compare_attr",
    6,
    "Which is bigger, the blue dice or the purple tube?",
    "compare(u(f(sel(cube), color=blue)), u(f(sel(cylinder), color=purple)), bigger)",
    lambda s: bigger(s, s.the(shape="cube", color="blue"), s.the(shape="cylinder", color="purple")),
)
C(
    "negation",
    6,
    "Is there anything red that is not a cylinder?",
    "exist(fn(f(scene(), color=red), shape=cylinder))",
    lambda s: yes(any(s.a(i, "shape") != "cylinder" for i in s.f(color="red"))),
)
C(
    "superlative",
    6,
    "whats the leftmost object made of",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)
C(
    "two_clause",
    6,
    "Is the gray ball big, and is it made of rubber as well?",
    "and_(verify(u(f(sel(sphere), color=gray)), size, large), verify(u(f(sel(sphere), color=gray)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="gray"), "size") == "large"
        and s.a(s.the(shape="sphere", color="gray"), "material") == "rubber"
    ),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "compare_count",
    7,
    "r there as many cubes as cylinders",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "position",
    7,
    "What colour is the third cylinder counting from the right?",
    "q(ord(sel(cylinder), right, 3), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "right", 3), "color"),
)
C(
    "same_relate",
    7,
    "Look at the small grey cube. What is the other grey thing made of?",
    "q(u(same_attr(u(f(sel(cube), size=small, color=gray)), color)), material)",
    lambda s: s.a(only(others(s, s.the(shape="cube", color="gray"), "color")), "material"),
)
C(
    "negation",
    7,
    "How many objects aren't metallic?",
    "count(fn(scene(), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal"]),
)
C(
    "chain",
    7,
    "There's a big yellow block over on the right. What colour is the thing right next to it?",
    "q(closest(scene(), u(f(sel(cube), size=large, color=yellow))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="yellow")), "color"),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "chain",
    8,
    "What color is the cube thats behind the big gray cylinder and also to the rigth of the brown cube?",
    "q(u(f(inter(rel(u(f(sel(cylinder), size=large, color=gray)), behind), rel(u(f(sel(cube), color=brown)), right)), shape=cube)), color)",
    lambda s: s.a(
        only(
            [
                i
                for i in related(s, "behind", s.the(shape="cylinder", color="gray"), s.f(shape="cube"))
                if i in related(s, "right", s.the(shape="cube", color="brown"), s.f(shape="cube"))
            ]
        ),
        "color",
    ),
)
C(
    "set_logic",
    8,
    "How many things are cubes or yellow?",
    "count(union(sel(cube), f(scene(), color=yellow)))",
    lambda s: n(set(s.f(shape="cube")) | set(s.f(color="yellow"))),
)
C(
    "count",
    8,
    "How many small things of rubber are there?",
    "count(f(scene(), size=small, material=rubber))",
    lambda s: n(s.f(size="small", material="rubber")),
)
C(
    "superlative",
    8,
    "What's the shape of the object nearest to the little purple cylinder?",
    "q(closest(scene(), u(f(sel(cylinder), size=small, color=purple))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", size="small", color="purple")), "shape"),
)
C(
    "exist",
    8,
    "any metallic tubes in there?",
    "exist(f(sel(cylinder), material=metal))",
    lambda s: yes(bool(s.f(shape="cylinder", material="metal"))),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "same_relate",
    9,
    "How many other objects share the size of the big purple cube?",
    "count(same_attr(u(f(sel(cube), size=large, color=purple)), size))",
    lambda s: n(others(s, s.the(shape="cube", color="purple"), "size")),
)
C(
    "compare_attr",
    9,
    "is the green ball the same material as the green can",
    "same(u(f(sel(sphere), color=green)), u(f(sel(cylinder), color=green)), material)",
    lambda s: same(s, [s.the(shape="sphere", color="green"), s.the(shape="cylinder", color="green")], "material"),
)
C(
    "position",
    9,
    "shape of 2nd obj from left?",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "two_clause",
    9,
    "Is there a gray cube, and is it smaller than the brown ball?",
    "and_(exist(f(sel(cube), color=gray)), larger(u(f(sel(sphere), color=brown)), u(f(sel(cube), color=gray))))",
    lambda s: yes(
        bool(s.f(shape="cube", color="gray"))
        and larger(s, s.the(shape="sphere", color="brown"), s.the(shape="cube", color="gray")) == "yes"
    ),
)
C(
    "spatial",
    9,
    "What is the small ball left of the large green sphere, no, I mean left of the large brown sphere, made of?",
    "q(u(f(rel(u(f(sel(sphere), size=large, color=brown)), left), size=small, shape=sphere)), material)",
    lambda s: s.a(
        only(related(s, "left", s.the(shape="sphere", color="brown"), s.f(shape="sphere", size="small"))), "material"
    ),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "spatial",
    10,
    "Which color has the ball at right side of the purple ball?",
    "q(u(f(rel(u(f(sel(sphere), color=purple)), right), shape=sphere)), color)",
    lambda s: s.a(only(related(s, "right", s.the(shape="sphere", color="purple"), s.f(shape="sphere"))), "color"),
)
C(
    "compare_count",
    10,
    "Are there fewer cubes than there are spheres in this scene?",
    "lt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="sphere"))),
)
C(
    "exist",
    10,
    "I'd like to know if there is any metal cube in this image.",
    "exist(f(sel(cube), material=metal))",
    lambda s: yes(bool(s.f(shape="cube", material="metal"))),
)
X(10, "what brand made the green cylinder")

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "count",
    11,
    "How many brown cylinders - no wait, brown spheres - are there?",
    "count(f(sel(sphere), color=brown))",
    lambda s: n(s.f(shape="sphere", color="brown")),
)
C(
    "same_relate",
    11,
    "how many other things r the same colour as the lil grey cylinder",
    "count(same_attr(u(f(sel(cylinder), size=small, color=gray)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", color="gray"), "color")),
)
C(
    "superlative",
    11,
    "Which colour does the ball that is furthest back have?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "compare_attr",
    11,
    "Which is closer to the camrea, the blue cube or the yellow ball?",
    "q(ord(union(f(sel(cube), color=blue), f(sel(sphere), color=yellow)), front, 1), shape)",
    lambda s: first_of(s, s.the(shape="cube", color="blue"), s.the(shape="sphere", color="yellow"), "front"),
)
C(
    "negation",
    11,
    "how many metal things are not cylinders",
    "count(fn(f(scene(), material=metal), shape=cylinder))",
    lambda s: n([i for i in s.f(material="metal") if s.a(i, "shape") != "cylinder"]),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "set_logic",
    12,
    "how many gray or green objetcs are there",
    "count(union(f(scene(), color=gray), f(scene(), color=green)))",
    lambda s: n(set(s.f(color="gray")) | set(s.f(color="green"))),
)
C(
    "spatial",
    12,
    "Is the big gray ball further left than the small gray ball?",
    "exist(f(rel(u(f(sel(sphere), size=small, color=gray)), left), size=large, color=gray, shape=sphere))",
    lambda s: is_rel(
        s, s.the(shape="sphere", size="large", color="gray"), "left", s.the(shape="sphere", size="small", color="gray")
    ),
)
C(
    "position",
    12,
    "2nd cube from front: material?",
    "q(ord(sel(cube), front, 2), material)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front", 2), "material"),
)

X(12, "Is the red cube going to roll off the table?")

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "compare_attr",
    13,
    "Which is more to the left, the gray ball or the purple cylinder?",
    "q(ord(union(f(sel(sphere), color=gray), f(sel(cylinder), color=purple)), left, 1), shape)",
    lambda s: first_of(s, s.the(shape="sphere", color="gray"), s.the(shape="cylinder", color="purple"), "left"),
)
C(
    "same_relate",
    13,
    "Anything else the same colour as the big cube?",
    "exist(same_attr(u(f(sel(cube), size=large)), color))",
    lambda s: yes(bool(others(s, s.the(shape="cube", size="large"), "color"))),
)
C(
    "negation",
    13,
    "how many things arent rubber",
    "count(fn(scene(), material=rubber))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "rubber"]),
)
C(
    "chain",
    13,
    "The big cyan cylinder, which shape has the thing most close to it?",
    "q(closest(scene(), u(f(sel(cylinder), size=large, color=cyan))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", color="cyan", size="large")), "shape"),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "verify",
    14,
    "I see a big cyan ball near the front. Is it made of metal?",
    "verify(u(f(sel(sphere), size=large, color=cyan)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="cyan"), "material") == "metal"),
)
X(14, "How heavy is the big cyan ball?")

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "same_relate",
    15,
    "Besides the green cylinder there is one more green object. What shape is it?",
    "q(u(same_attr(u(f(sel(cylinder), color=green)), color)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="cylinder", color="green"), "color")), "shape"),
)
C(
    "compare_count",
    15,
    "Are there more rubber things than metal things?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "superlative",
    15,
    "colour of the object furthest from the camera?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "quantifier",
    16,
    "Are all the big things cylinders?",
    "not_(exist(fn(f(scene(), size=large), shape=cylinder)))",
    lambda s: yes(all(s.a(i, "shape") == "cylinder" for i in s.f(size="large"))),
)
C(
    "set_logic",
    16,
    "How many things are yellow, or cubes?",
    "count(union(f(scene(), color=yellow), sel(cube)))",
    lambda s: n(set(s.f(color="yellow")) | set(s.f(shape="cube"))),
)
C(
    "chain",
    16,
    "whats the colour of the thing nearest to the purple ball",
    "q(closest(scene(), u(f(sel(sphere), color=purple))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="purple")), "color"),
)
C(
    "compare_attr",
    16,
    "Is the red ball the same matreial as the cyan ball?",
    "same(u(f(sel(sphere), color=red)), u(f(sel(sphere), color=cyan)), material)",
    lambda s: same(s, [s.the(shape="sphere", color="red"), s.the(shape="sphere", color="cyan")], "material"),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "superlative",
    17,
    "Kindly state the colour of the object that is furthest to the right.",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "compare_attr",
    17,
    "Which is closer to the camera: the red cube or the green cylinder?",
    "q(ord(union(f(sel(cube), color=red), f(sel(cylinder), color=green)), front, 1), shape)",
    lambda s: first_of(s, s.the(shape="cube", color="red"), s.the(shape="cylinder", color="green"), "front"),
)
C(
    "two_clause",
    17,
    "Is the yellow ball small and is it behind the green cylinder?",
    "and_(verify(u(f(sel(sphere), color=yellow)), size, small), exist(f(rel(u(f(sel(cylinder), color=green)), behind), color=yellow, shape=sphere)))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="yellow"), "size") == "small"
        and is_rel(s, s.the(shape="sphere", color="yellow"), "behind", s.the(shape="cylinder", color="green")) == "yes"
    ),
)
X(17, "Does the red cube smell like anything?")

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "negation",
    18,
    "how many purple things are there that aren't cylinders?",
    "count(fn(f(scene(), color=purple), shape=cylinder))",
    lambda s: n([i for i in s.f(color="purple") if s.a(i, "shape") != "cylinder"]),
)
C(
    "same_relate",
    18,
    "How many other things are the same shape as the blue cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=blue)), shape))",
    lambda s: n(others(s, s.the(shape="cylinder", color="blue"), "shape")),
)
C(
    "chain",
    18,
    "What is the big thing behind the small purple ball and left of the cyan cube made of?",
    "q(u(f(inter(rel(u(f(sel(sphere), size=small, color=purple)), behind), rel(u(f(sel(cube), color=cyan)), left)), size=large)), material)",
    lambda s: s.a(
        only(
            [
                i
                for i in related(s, "behind", s.the(shape="sphere", color="purple"), s.f(size="large"))
                if i in related(s, "left", s.the(shape="cube", color="cyan"), s.f(size="large"))
            ]
        ),
        "material",
    ),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "count",
    19,
    "cyan cyls: how many",
    "count(f(sel(cylinder), color=cyan))",
    lambda s: n(s.f(shape="cylinder", color="cyan")),
)
C(
    "compare_count",
    19,
    "Do there are more cubes than cylinders?",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
C(
    "set_logic",
    19,
    "How many objects are cyan and metallic at the same time?",
    "count(inter(f(scene(), color=cyan), f(scene(), material=metal)))",
    lambda s: n(set(s.f(color="cyan")) & set(s.f(material="metal"))),
)
C(
    "spatial",
    19,
    "whats the thing to the right of the little gray block made of",
    "q(u(rel(u(f(sel(cube), size=small, color=gray)), right)), material)",
    lambda s: s.a(only(related(s, "right", s.the(shape="cube", size="small", color="gray"))), "material"),
)

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "exist",
    20,
    "is there a yellow dice",
    "exist(f(sel(cube), color=yellow))",
    lambda s: yes(bool(s.f(shape="cube", color="yellow"))),
)
C(
    "same_relate",
    20,
    "does anything else have the same colour as the brown cube",
    "exist(same_attr(u(f(sel(cube), color=brown)), color))",
    lambda s: yes(bool(others(s, s.the(shape="cube", color="brown"), "color"))),
)
C(
    "count",
    20,
    "how many tubes are left of the big orb",
    "count(f(rel(u(f(sel(sphere), size=large)), left), shape=cylinder))",
    lambda s: n(related(s, "left", s.the(shape="sphere", size="large"), s.f(shape="cylinder"))),
)

X(20, "what does the cyan ball smell like")

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "compare_attr",
    21,
    "Is the purple cylinder the same size as the gray ball?",
    "same(u(f(sel(cylinder), color=purple)), u(f(sel(sphere), color=gray)), size)",
    lambda s: same(s, [s.the(shape="cylinder", color="purple"), s.the(shape="sphere", color="gray")], "size"),
)
C(
    "position",
    21,
    "what's the second ball from the front made of",
    "q(ord(sel(sphere), front, 2), material)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front", 2), "material"),
)
C(
    "exist",
    21,
    "Is there any ball behind the purple cylindre?",
    "exist(f(rel(u(f(sel(cylinder), color=purple)), behind), shape=sphere))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="cylinder", color="purple"), s.f(shape="sphere")))),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "attribute",
    22,
    "What material is the yellow cube, uh, I mean the yellow cylinder?",
    "q(u(f(sel(cylinder), color=yellow)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="yellow"), "material"),
)
C(
    "compare_attr",
    22,
    "The purple cylinder and the yellow cube, they are of same material?",
    "same(u(f(sel(cylinder), color=purple)), u(f(sel(cube), color=yellow)), material)",
    lambda s: same(s, [s.the(shape="cylinder", color="purple"), s.the(shape="cube", color="yellow")], "material"),
)
X(22, "Which of the objects will fall over first?")

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "same_relate",
    23,
    "how many other things are the same color as the brown cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=brown)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", color="brown"), "color")),
)
C(
    "two_clause",
    23,
    "Are the brown ball and the yellow ball both made of metal?",
    "and_(verify(u(f(sel(sphere), color=brown)), material, metal), verify(u(f(sel(sphere), color=yellow)), material, metal))",
    lambda s: yes(all(s.a(s.the(shape="sphere", color=c), "material") == "metal" for c in ("brown", "yellow"))),
)

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "count",
    24,
    "count red metallic objs",
    "count(f(scene(), color=red, material=metal))",
    lambda s: n(s.f(color="red", material="metal")),
)
C(
    "position",
    24,
    "What color is the 2nd cube from the right?",
    "q(ord(sel(cube), right, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right", 2), "color"),
)
C(
    "compare_count",
    24,
    "Are there more red objects than cubes?",
    "gt(count(f(scene(), color=red)), count(sel(cube)))",
    lambda s: yes(len(s.f(color="red")) > len(s.f(shape="cube"))),
)
C(
    "negation",
    24,
    "how many cubes aren't large",
    "count(fn(sel(cube), size=large))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "size") != "large"]),
)
C(
    "chain",
    24,
    "There's a small brown cylinder at the far left. Which material is the big cube closest to it?",
    "q(closest(f(sel(cube), size=large), u(f(sel(cylinder), color=brown))), material)",
    lambda s: s.a(nearest(s, s.f(shape="cube", size="large"), s.the(shape="cylinder", color="brown")), "material"),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "count",
    25,
    "How many shiny cans are there?",
    "count(f(sel(cylinder), material=metal))",
    lambda s: n(s.f(shape="cylinder", material="metal")),
)
C(
    "spatial",
    25,
    "what color is the ball thats behind the cyan sphere",
    "q(u(f(rel(u(f(sel(sphere), color=cyan)), behind), shape=sphere)), color)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="sphere", color="cyan"), s.f(shape="sphere"))), "color"),
)
C(
    "superlative",
    25,
    "leftmost item: material?",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "quantifier",
    26,
    "Is evrything here made of metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.all())),
)
C(
    "same_relate",
    26,
    "how many other objects have the same colour as the large brown cylinder",
    "count(same_attr(u(f(sel(cylinder), size=large, color=brown)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", color="brown"), "color")),
)
C(
    "compare_attr",
    26,
    "Are the two purple cubes made of the same material?",
    "same(f(sel(cube), color=purple), material)",
    lambda s: same(s, s.f(shape="cube", color="purple"), "material"),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "compare_attr",
    27,
    "which is closer to the camera the purple cube or the yellow ball",
    "q(ord(union(f(sel(cube), color=purple), f(sel(sphere), color=yellow)), front, 1), shape)",
    lambda s: first_of(s, s.the(shape="cube", color="purple"), s.the(shape="sphere", color="yellow"), "front"),
)
C("count", 27, "How much red objects there are?", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "same_relate",
    28,
    "Is there another cylinder that's the same colour as the big metal one?",
    "exist(f(same_attr(u(f(sel(cylinder), size=large, material=metal)), color), shape=cylinder))",
    lambda s: yes(
        any(s.a(i, "shape") == "cylinder" for i in others(s, s.the(shape="cylinder", material="metal"), "color"))
    ),
)

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "two_clause",
    29,
    "is the brown ball small and made of metal",
    "and_(verify(u(f(sel(sphere), color=brown)), size, small), verify(u(f(sel(sphere), color=brown)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="brown"), "size") == "small"
        and s.a(s.the(shape="sphere", color="brown"), "material") == "metal"
    ),
)

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
X(30, "What is the blue cylinder used for?")

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "count",
    31,
    "How many small balls are metallic?",
    "count(f(sel(sphere), size=small, material=metal))",
    lambda s: n(s.f(shape="sphere", size="small", material="metal")),
)
C(
    "set_logic",
    31,
    "how many things are either cylinders or blue",
    "count(union(sel(cylinder), f(scene(), color=blue)))",
    lambda s: n(set(s.f(shape="cylinder")) | set(s.f(color="blue"))),
)
C(
    "position",
    31,
    "What is the shape of the thrid object from the left?",
    "q(ord(scene(), left, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "shape"),
)
C(
    "negation",
    31,
    "How many spheres are not blue?",
    "count(fn(sel(sphere), color=blue))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "blue"]),
)

C(
    "chain",
    31,
    "What size is the blue thing that's to the right of the small cyan cylinder and in front of the big green one?",
    "q(u(f(inter(rel(u(f(sel(cylinder), size=small, color=cyan)), right), rel(u(f(sel(cylinder), size=large, color=green)), front)), color=blue)), size)",
    lambda s: s.a(
        only(
            [
                i
                for i in related(s, "right", s.the(shape="cylinder", color="cyan"), s.f(color="blue"))
                if i in related(s, "front", s.the(shape="cylinder", color="green"), s.f(color="blue"))
            ]
        ),
        "size",
    ),
)

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C("count", 32, "how many gray boxes", "count(f(sel(cube), color=gray))", lambda s: n(s.f(shape="cube", color="gray")))
C(
    "compare_attr",
    32,
    "Is the red marble made from the same material as the red box?",
    "same(u(f(sel(sphere), color=red)), u(f(sel(cube), color=red)), material)",
    lambda s: same(s, [s.the(shape="sphere", color="red"), s.the(shape="cube", color="red")], "material"),
)
C(
    "exist",
    32,
    "There's a small red ball in the middle. Is there a cube behind it?",
    "exist(f(rel(u(f(sel(sphere), color=red)), behind), shape=cube))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="sphere", color="red"), s.f(shape="cube")))),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "superlative",
    33,
    "What colour is the thing nearest the green cube?",
    "q(closest(scene(), u(f(sel(cube), color=green))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="green")), "color"),
)
C(
    "same_relate",
    33,
    "What's the shape of the other thing with the same color as the large cylinder?",
    "q(u(same_attr(u(f(sel(cylinder), size=large)), color)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="cylinder", size="large"), "color")), "shape"),
)

C(
    "negation",
    33,
    "count everything but the cubes pls",
    "count(fn(scene(), shape=cube))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cube"]),
)

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "compare_count",
    35,
    "more blocks than marbles?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)
C(
    "superlative",
    35,
    "what material is the green ball, wait no, the green cube that is closest to the camera?",
    "q(ord(f(sel(cube), color=green), front, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cube", color="green"), "front"), "material"),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "exist",
    36,
    "any matte balls?",
    "exist(f(sel(sphere), material=rubber))",
    lambda s: yes(bool(s.f(shape="sphere", material="rubber"))),
)
X(36, "Where was the purple ball before somebody moved it?")

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "count",
    37,
    "How many small things are behnid the big gray cylinder?",
    "count(f(rel(u(f(sel(cylinder), size=large, color=gray)), behind), size=small))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="large", color="gray"), s.f(size="small"))),
)
C(
    "same_relate",
    37,
    "How many other things are the same material as the purpel cube?",
    "count(same_attr(u(f(sel(cube), color=purple)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="purple"), "material")),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "two_clause",
    38,
    "is there a red ball and a green cube",
    "and_(exist(f(sel(sphere), color=red)), exist(f(sel(cube), color=green)))",
    lambda s: yes(bool(s.f(shape="sphere", color="red")) and bool(s.f(shape="cube", color="green"))),
)

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
X(40, "How much would the gray cube cost in a shop?")

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "count",
    41,
    "how many metallic cylinders are big",
    "count(f(sel(cylinder), material=metal, size=large))",
    lambda s: n(s.f(shape="cylinder", material="metal", size="large")),
)
C(
    "superlative",
    41,
    "Colour of the cylinder closest to the camera?",
    "q(ord(sel(cylinder), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "front"), "color"),
)
C(
    "same_relate",
    41,
    "How many other things are the same color as the small yellow ball?",
    "count(same_attr(u(f(sel(sphere), size=small, color=yellow)), color))",
    lambda s: n(others(s, s.the(shape="sphere", color="yellow"), "color")),
)
C(
    "negation",
    41,
    "How many objects are spheres but not bleu?",
    "count(fn(sel(sphere), color=blue))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "blue"]),
)

C(
    "chain",
    41,
    "What shape is the shiny thing that's left of the little yellow cylinder and behind the big cyan cylinder?",
    "q(u(f(inter(rel(u(f(sel(cylinder), size=small, color=yellow)), left), rel(u(f(sel(cylinder), size=large, color=cyan)), behind)), material=metal)), shape)",
    lambda s: s.a(
        only(
            [
                i
                for i in related(
                    s, "left", s.the(shape="cylinder", size="small", color="yellow"), s.f(material="metal")
                )
                if i in related(s, "behind", s.the(shape="cylinder", color="cyan"), s.f(material="metal"))
            ]
        ),
        "shape",
    ),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "count",
    42,
    "how many blue things are made of rubber",
    "count(f(scene(), color=blue, material=rubber))",
    lambda s: n(s.f(color="blue", material="rubber")),
)
C(
    "compare_attr",
    42,
    "There's a large glossy ball on the right side. Is it bigger than the blue cube?",
    "larger(u(f(sel(sphere), size=large, material=metal)), u(f(sel(cube), color=blue)))",
    lambda s: larger(s, s.the(shape="sphere", size="large", material="metal"), s.the(shape="cube", color="blue")),
)
C(
    "position",
    42,
    "What colour is the second sphere from the left?",
    "q(ord(sel(sphere), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left", 2), "color"),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "same_relate",
    43,
    "how many other objects share the colour of the big cyan sphere",
    "count(same_attr(u(f(sel(sphere), size=large, color=cyan)), color))",
    lambda s: n(others(s, s.the(shape="sphere", size="large", color="cyan"), "color")),
)
C(
    "compare_attr",
    43,
    "Which is futher to the right: the yellow cube or the gray sphere?",
    "q(ord(union(f(sel(cube), color=yellow), f(sel(sphere), color=gray)), right, 1), shape)",
    lambda s: first_of(s, s.the(shape="cube", color="yellow"), s.the(shape="sphere", color="gray"), "right"),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
X(44, "Which object does the photographer like best?")

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "set_logic",
    45,
    "How many cubes are gray or cyan?",
    "count(inter(sel(cube), union(f(scene(), color=gray), f(scene(), color=cyan))))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") in ("gray", "cyan")]),
)
C(
    "same_relate",
    45,
    "Are there other things which have the same shape like the yellow cylinder?",
    "exist(same_attr(u(f(sel(cylinder), color=yellow)), shape))",
    lambda s: yes(bool(others(s, s.the(shape="cylinder", color="yellow"), "shape"))),
)
C(
    "compare_count",
    45,
    "Is the number of big balls equal to the nubmer of cylinders?",
    "eq(count(f(sel(sphere), size=large)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere", size="large")) == len(s.f(shape="cylinder"))),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "count",
    46,
    "how many purple balls, sorry, purple cubes are there",
    "count(f(sel(cube), color=purple))",
    lambda s: n(s.f(shape="cube", color="purple")),
)
C(
    "spatial",
    46,
    "A large cyan cylinder stands near the front. What colour is the one thing in front of it?",
    "q(u(rel(u(f(sel(cylinder), size=large, color=cyan)), front)), color)",
    lambda s: s.a(only(related(s, "front", s.the(shape="cylinder", size="large", color="cyan"))), "color"),
)
C(
    "negation",
    46,
    "How many things are neither spheres nor cubes?",
    "count(fn(fn(scene(), shape=sphere), shape=cube))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") not in ("sphere", "cube")]),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "count",
    47,
    "How many purple dice?",
    "count(f(sel(cube), color=purple))",
    lambda s: n(s.f(shape="cube", color="purple")),
)
C(
    "position",
    47,
    "Which colour is the leftmost cube?",
    "q(ord(sel(cube), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left"), "color"),
)
C(
    "compare_count",
    47,
    "are there fewer cylinders than spheres",
    "lt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="sphere"))),
)
C(
    "same_relate",
    47,
    "how many other objects are made of the same material as the small purple metal cube",
    "count(same_attr(u(f(sel(cube), size=small, color=purple, material=metal)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="purple", material="metal"), "material")),
)
C(
    "set_logic",
    47,
    "How many things are either big or shiny?",
    "count(union(f(scene(), size=large), f(scene(), material=metal)))",
    lambda s: n(set(s.f(size="large")) | set(s.f(material="metal"))),
)

C(
    "chain",
    47,
    "Which colour is the metal object to the right of the red cylinder and in front of the red cube?",
    "q(u(f(inter(rel(u(f(sel(cylinder), color=red)), right), rel(u(f(sel(cube), color=red)), front)), material=metal)), color)",
    lambda s: s.a(
        only(
            [
                i
                for i in related(s, "right", s.the(shape="cylinder", color="red"), s.f(material="metal"))
                if i in related(s, "front", s.the(shape="cube", color="red"), s.f(material="metal"))
            ]
        ),
        "color",
    ),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "count",
    48,
    "how many big metal orbs",
    "count(f(sel(sphere), size=large, material=metal))",
    lambda s: n(s.f(shape="sphere", size="large", material="metal")),
)
C(
    "quantifier",
    48,
    "are all the balls big ones",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="sphere"))),
)
C(
    "superlative",
    48,
    "Which colour is the object nearest the large red block?",
    "q(closest(scene(), u(f(sel(cube), size=large, color=red))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="red")), "color"),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C("count", 49, "how many marbles are there", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "same_relate",
    49,
    "How many other spheres are the same color as the large sphere?",
    "count(f(same_attr(u(f(sel(sphere), size=large)), color), shape=sphere))",
    lambda s: n([i for i in others(s, s.the(shape="sphere", size="large"), "color") if s.a(i, "shape") == "sphere"]),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "exist",
    50,
    "is anything in here metallic",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "position",
    50,
    "second cube from the front, what color?",
    "q(ord(sel(cube), front, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front", 2), "color"),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
X(51, "Is the gray ball happy to be sitting next to the brown one?")

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "same_relate",
    53,
    "How many other cubes are the same size as the gray cube?",
    "count(f(same_attr(u(f(sel(cube), color=gray)), size), shape=cube))",
    lambda s: n([i for i in others(s, s.the(shape="cube", color="gray"), "size") if s.a(i, "shape") == "cube"]),
)
C(
    "count",
    53,
    "rubber boxes how many",
    "count(f(sel(cube), material=rubber))",
    lambda s: n(s.f(shape="cube", material="rubber")),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube, large gray rubber cube
C(
    "compare_count",
    54,
    "Are there more gray cubes than green cubes?",
    "gt(count(f(sel(cube), color=gray)), count(f(sel(cube), color=green)))",
    lambda s: yes(len(s.f(shape="cube", color="gray")) > len(s.f(shape="cube", color="green"))),
)
X(54, "What's behind the camera?")

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "count",
    55,
    "how many purple spheres r rubber",
    "count(f(sel(sphere), color=purple, material=rubber))",
    lambda s: n(s.f(shape="sphere", color="purple", material="rubber")),
)
C(
    "same_relate",
    55,
    "The purple metal ball: how many other objects share its colour?",
    "count(same_attr(u(f(sel(sphere), color=purple, material=metal)), color))",
    lambda s: n(others(s, s.the(shape="sphere", color="purple", material="metal"), "color")),
)
C(
    "compare_attr",
    55,
    "Which one is nearer to the camera, the red cube or the green cube?",
    "q(ord(union(f(sel(cube), color=red), f(sel(cube), color=green)), front, 1), color)",
    lambda s: first_of(s, s.the(shape="cube", color="red"), s.the(shape="cube", color="green"), "front", "color"),
)

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "exist",
    56,
    "Is there a metallic box anywhere?",
    "exist(f(sel(cube), material=metal))",
    lambda s: yes(bool(s.f(shape="cube", material="metal"))),
)
C(
    "two_clause",
    56,
    "Is the green cylinder metal and is the brown cube small?",
    "and_(verify(u(f(sel(cylinder), color=green)), material, metal), verify(u(f(sel(cube), color=brown)), size, small))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="green"), "material") == "metal"
        and s.a(s.the(shape="cube", color="brown"), "size") == "small"
    ),
)

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "same_relate",
    57,
    "how many other things are the same shape as the yellow ball",
    "count(same_attr(u(f(sel(sphere), color=yellow)), shape))",
    lambda s: n(others(s, s.the(shape="sphere", color="yellow"), "shape")),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
X(58, "What is just outside the picture on the left?")

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "negation",
    59,
    "anything but purple: how many?",
    "count(fn(scene(), color=purple))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "purple"]),
)
C(
    "position",
    59,
    "what colour is the secnod object from the right",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)

# =================================================================================================================
# photo-like scenes
# =================================================================================================================

# street: man in black (left, red tie), woman in green (middle, in front of the bus, holding the brown dog), man in white (right, blue tie); red bus 'CERO EMISIONES'; red sign 'STOP' (right of the bus); white car (left of the bus); tree behind the bus; text 'NO PARKING' on the ground
P("count", "street", "how many ppl are in this pic", "count(sel(person))", lambda p: n(people(p)))
P(
    "text",
    "street",
    "Could you kindly tell me what is written on the side of the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("text", "street", "What say the sign?", "q(u(sel(sign)), text)", lambda p: p.value(p.the("sign"), "text"))
P(
    "chain",
    "street",
    "tie colour, man on right",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("man", hposition="right"), "wearing")), "color"),
)
P(
    "chain",
    "street",
    "There's a woman standing in front of the bus. What is she holding?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "two_clause",
    "street",
    "Is the dog brown and is the woman dressed in green?",
    "and_(verify(u(sel(dog)), color, brown), verify(u(sel(woman)), color, green))",
    lambda p: yes(p.value(p.the("dog"), "color") == "brown" and p.value(p.the("woman"), "color") == "green"),
)
P(
    "spatial",
    "street",
    "What's behind the car, no sorry, behind the bus?",
    "q(u(rel(u(sel(bus)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("bus")))),
)
P(
    "compare_count",
    "street",
    "are there more men than women here",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "text",
    "street",
    "What does the writing at the bottom of the picture say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "negation",
    "street",
    "Is anybody here not wering a tie?",
    "exist(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: yes(any(o not in wearers(p, "tie") for o in people(p))),
)
P(
    "number",
    "street",
    "How many vehicles can you see?",
    "add(count(sel(bus)), count(sel(car)))",
    lambda p: str(len(p.f("bus")) + len(p.f("car"))),
)
P(
    "chain",
    "street",
    "Which colour have the tie of the man on left side?",
    "q(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("man", hposition="left"), "wearing")), "color"),
)
P(
    "spatial",
    "street",
    "whos on the left of the lady",
    "q(u(rel(u(sel(woman)), left)), name)",
    lambda p: p.name(only(p.subjects("left", p.the("woman")))),
)
X("street", "wat brand is the white car")
X("street", "Where is the bus goign?")
X("street", "Is the man on the left angry?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), silver metal fork near the plate, all on the brown wooden table; white clock '12:30' above the table; woman in yellow right of the table
P("text", "kitchen", "wat time does the clock say", "q(u(sel(clock)), text)", lambda p: p.value(p.the("clock"), "text"))
P(
    "negation",
    "kitchen",
    "How many things are on the table if you don't count the cups?",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) != "cup"]),
)
P(
    "chain",
    "kitchen",
    "Which colour has the cup that stands right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only([o for o in p.subjects("right", p.the("bottle")) if p.name(o) == "cup"]), "color"),
)
P("text", "kitchen", "bottle label: text?", "q(u(sel(bottle)), text)", lambda p: p.value(p.the("bottle"), "text"))
P(
    "compare_attr",
    "kitchen",
    "Are the plate and the clock the same colur?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "negation",
    "kitchen",
    "how many cups arent white",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "superlative",
    "kitchen",
    "What's the colour of the rightmost cup?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "spatial",
    "kitchen",
    "what is lying next to the fork",
    "q(u(rel(u(sel(fork)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("fork")))),
)
P(
    "quantifier",
    "kitchen",
    "Are all the cups sitting on the table?",
    "not_(exist(diff(sel(cup), rel(u(sel(table)), on))))",
    lambda p: yes(all(o in p.subjects("on", p.the("table")) for o in p.f("cup"))),
)
P(
    "chain",
    "kitchen",
    "There's a green bottle on the table. What colour is the cup just to its left?",
    "q(u(rel(u(sel(bottle)), left, name=cup)), color)",
    lambda p: p.value(only([o for o in p.subjects("left", p.the("bottle")) if p.name(o) == "cup"]), "color"),
)
P(
    "two_clause",
    "kitchen",
    "Is the fork metal and the plate blue?",
    "and_(verify(u(sel(fork)), material, metal), verify(u(sel(plate)), color, blue))",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal" and p.value(p.the("plate"), "color") == "blue"),
)
X("kitchen", "Is the woman in the kitchen hungry?")
X("kitchen", "What does the kitchen smell like?")
X("kitchen", "What can be seen outside the kitchen window?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the green wooden bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind); two trees
P("count", "park", "how many ppl r in the park rn", "count(sel(person))", lambda p: n(people(p)))
P(
    "chain",
    "park",
    "what colour is the dog the lady in red is holding",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "chain",
    "park",
    "Frisbee, who is throwing it?",
    "q(u(rel(u(sel(frisbee)), throwing)), name)",
    lambda p: p.name(only(p.subjects("throwing", p.the("frisbee")))),
)
P(
    "spatial",
    "park",
    "Who is standign next to the red bike?",
    "q(u(rel(u(sel(bicycle)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle")))),
)
P(
    "compare_count",
    "park",
    "Are there as many dogs as there are trees?",
    "eq(count(sel(dog)), count(sel(tree)))",
    lambda p: yes(len(p.f("dog")) == len(p.f("tree"))),
)
P(
    "two_clause",
    "park",
    "Is the girl wearing pink, and is there a cat next to her?",
    "and_(verify(u(sel(girl)), color, pink), exist(rel(u(sel(girl)), near, name=cat)))",
    lambda p: yes(
        p.value(p.the("girl"), "color") == "pink" and any(p.name(o) == "cat" for o in p.subjects("near", p.the("girl")))
    ),
)
P(
    "superlative",
    "park",
    "Who is furthest to the left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "negation",
    "park",
    "Apart from the women, how many people are there?",
    "count(diff(sel(person), sel(woman)))",
    lambda p: n([o for o in people(p) if p.name(o) != "woman"]),
)
P(
    "attribute",
    "park",
    "what colours the boy wearing",
    "q(u(sel(boy)), color)",
    lambda p: p.value(p.the("boy"), "color"),
)
P(
    "verify",
    "park",
    "Is the bench made of wood or not?",
    "verify(u(sel(bench)), material, wood)",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood"),
)
P(
    "spatial",
    "park",
    "I can see a boy in blue near the bench. Is he to the right of the girl?",
    "vrel(u(sel(girl)), right, name=boy)",
    lambda p: yes(p.has(p.the("boy"), "right", p.the("girl"))),
)
X("park", "What's the weather going to be like tomorrow?")
X("park", "Why is the boy throwing the frisbee?")
X("park", "What is the black dog's name?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P("count", "shapes", "how many blue shapes r there", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P(
    "attribute",
    "shapes",
    "The star is which colour?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "position",
    "shapes",
    "What shape is sitting right in the middle of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "negation",
    "shapes",
    "How many shapes aren't cirlces?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "compare_count",
    "shapes",
    "More small shapes than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "set_logic",
    "shapes",
    "How many shapes are red or large?",
    "count(union(f(scene(), color=red), f(scene(), size=large)))",
    lambda p: n(set(p.f(color="red")) | set(p.f(size="large"))),
)
P(
    "superlative",
    "shapes",
    "Which shape is the smalest one?",
    "q(ord(scene(), smallest, 1), shape)",
    lambda p: p.value(small_box(p, list(p.objects)), "shape"),
)
P(
    "position",
    "shapes",
    "what colour is the shape in the bottom right corner",
    "q(u(f(scene(), hposition=right, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "color"),
)
P(
    "verify",
    "shapes",
    "Is the rectangle green?",
    "verify(u(f(scene(), shape=rectangle)), color, green)",
    lambda p: yes(p.value(only(p.f(shape="rectangle")), "color") == "green"),
)
P(
    "attribute",
    "shapes",
    "What colour is the triangle, I mean the hexagon?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
X("shapes", "Who drew these shapes?")
X("shapes", "Which shape smells the nicest?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
