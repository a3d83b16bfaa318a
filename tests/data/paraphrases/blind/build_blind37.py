# ruff: noqa: E501
"""Blind paraphrase set 37: the spatial-VQA-generator voice. Questions in the style of the spatial question-answer
sets that are generated from templates and then rewritten by a language model (SpatialVLM, SpatialRGPT: "Is the red
cube to the left of the cylinder from the viewer's perspective?", "Which is closer to the camera, A or B?",
"Relative to the gray sphere, where is the brown cube?", "Can you confirm if A is positioned in front of B?", "Is A
bigger than B?"), of the relation checks and choices of What'sUp, VSR, EmbSpatial and SAT ("Where is the sphere in
relation to the cube: left or right?", "left, right, in front, or behind?"), of CV-Bench's 2D/3D "which is closer"
and of counting with a spatial condition ("How many objects are positioned to the right of the large cylinder?"),
with their answer formats ("Answer yes or no.", "Please answer with left or right.", lettered options) in some of
them. Three voices are mixed: the template, the verbose LLM rewrite ("Could you tell me ..."), and the terse one.
About four in five are asked of CLEVR scenes, the rest of the hand-made photo-like graphs; about one in ten must be
refused (distances in metres, heights in centimetres, what the scene cannot tell, "the cube" where several cubes
sit on different sides of the anchor); about one in twelve carries an ordinary typo or lacks its question mark.
Written without reading the parser, the grammar or any earlier set but the twenty-third (read for the format only);
held back to be run once, at the end.

Run ``python build_blind37.py`` to write ``../blind37.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind37.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order;
# how nearly equal two distances may be; how close (pixels) two box centres may be in a photo-like graph
TIE = 0.25
NEAR_RATIO = 1.2
BOX_TIE = 40


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def looks(s: Clevr, i: int, j: int, side: str) -> bool:
    """Whether object i also looks further ``side`` than j in the picture (x for left/right, depth for
    front/behind), so that the ground plane and the image agree."""
    (xi, _, di), (xj, _, dj) = s.objects[i]["pixel_coords"], s.objects[j]["pixel_coords"]
    return {"left": xi < xj, "right": xi > xj, "front": di < dj, "behind": di > dj}[side]


def clear(s: Clevr, i: int, j: int, side: str) -> None:
    """NotUnique when the order of i and j along ``side`` is too close to call or the picture disagrees."""
    a, b = along(s, i, side), along(s, j, side)
    if abs(a - b) < TIE:
        raise NotUnique(f"{i} and {j} level ({side})")
    if (a > b) != looks(s, i, j, side):
        raise NotUnique(f"{i} and {j}: the picture disagrees ({side})")


def is_rel(s: Clevr, target: dict, relation: str, anchor: dict) -> str:
    """yes/no: the one object ``target`` describes is ``relation`` of the one ``anchor`` describes."""
    t, a = s.the(**target), s.the(**anchor)
    clear(s, t, a, relation)
    return yes(t in s.rel(relation, a))


def both_rel(s: Clevr, target: dict, relations: tuple[str, str], anchor: dict, op=all) -> str:
    return yes(op(is_rel(s, target, r, anchor) == "yes" for r in relations))


def related(s: Clevr, relation: str, anchor: int, among: list[int] | None = None) -> list[int]:
    """The objects of ``among`` (default all) that are ``relation`` of the anchor; NotUnique when one of them lies
    too nearly level with the anchor to call."""
    among = s.all() if among is None else among
    for j in among:
        if j != anchor:
            clear(s, j, anchor, relation)
    return [j for j in s.rel(relation, anchor) if j in among]


def count_rel(s: Clevr, relation: str, anchor: dict, **want) -> str:
    return n(related(s, relation, s.the(**anchor), s.f(**want) if want else None))


def side(s: Clevr, target: dict, anchor: dict, options: tuple[str, str]) -> str:
    """Which of ``options`` (left/right or front/behind) the target is of the anchor."""
    t, a = s.the(**target), s.the(**anchor)
    found = [o for o in options if (clear(s, t, a, o), t in s.rel(o, a))[1]]
    if len(found) != 1:
        raise NotUnique(f"{found}")
    return found[0]


def first(s: Clevr, ids: list[int], toward: str) -> int:
    """The object of ids furthest ``toward`` (left, right, front, behind), clear of the runner-up."""
    order = sorted(ids, key=lambda i: -along(s, i, toward))
    if len(order) > 1:
        clear(s, order[0], order[1], toward)
    return order[0]


def of(s: Clevr, *descriptions: dict) -> list[int]:
    return [s.the(**d) for d in descriptions]


def nearer(s: Clevr, ids: list[int], anchor: int) -> int:
    """The object of ids nearest the anchor: clearly (a fifth) nearer than the runner-up, in the picture as well."""
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=dist.__getitem__)
    if len(order) > 1 and dist[order[1]] < NEAR_RATIO * dist[order[0]]:
        raise NotUnique("about equally far")
    pix = s.objects[anchor]["pixel_coords"][:2]
    if min(dist, key=lambda i: math.dist(s.objects[i]["pixel_coords"][:2], pix)) != order[0]:
        raise NotUnique("nearest on the ground is not nearest in the picture")
    return order[0]


RANK = {"small": 0, "large": 1}


def bigger(s: Clevr, a: dict, b: dict) -> str:
    """yes/no: the object ``a`` describes is of a larger size class than ``b``'s."""
    return yes(RANK[s.a(s.the(**a), "size")] > RANK[s.a(s.the(**b), "size")])


def bigger_one(s: Clevr, a: dict, b: dict, attribute: str = "shape") -> str:
    i, j = s.the(**a), s.the(**b)
    if s.a(i, "size") == s.a(j, "size"):
        raise NotUnique("one size")
    return s.a(i if s.a(i, "size") == "large" else j, attribute)


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def centre(p: Photo, oid: str) -> tuple[float, float]:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x1 + x2) / 2, (y1 + y2) / 2


def extreme(p: Photo, ids: list[str], toward: str) -> str:
    """The object of ids whose box centre lies furthest ``toward`` (left, right, top, bottom), clearly."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "top": (1, 1), "bottom": (1, -1)}[toward]
    order = sorted(ids, key=lambda i: sign * centre(p, i)[axis])
    if len(order) > 1 and abs(centre(p, order[0])[axis] - centre(p, order[1])[axis]) < BOX_TIE:
        raise NotUnique("too close to call")
    return order[0]


def closest_box(p: Photo, ids: list[str], anchor: str) -> str:
    dist = {i: math.dist(centre(p, i), centre(p, anchor)) for i in ids if i != anchor}
    order = sorted(dist, key=dist.__getitem__)
    if len(order) > 1 and dist[order[1]] < NEAR_RATIO * dist[order[0]]:
        raise NotUnique("about equally far")
    return order[0]


def stated(p: Photo, subject: str, options: list[str], obj: str) -> str:
    """The one relation of ``options`` the graph states from subject to obj."""
    return only([o for o in options if p.has(subject, o, obj)])


def box_area(p: Photo, oid: str) -> float:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x2 - x1) * (y2 - y1)


def d(**want) -> dict:
    return want


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph, large blue metal sph, large green rubber cyl
C(
    "spatial",
    0,
    "Is the yellow sphere to the right of the cylinder from the viewer's perspective?",
    "exist(f(rel(u(sel(cylinder)), right), color=yellow, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", color="yellow"), "right", d(shape="cylinder")),
)
C(
    "position",
    0,
    "Which is closer to the camera, the blue ball or the green cylinder?",
    "q(ord(union(u(f(sel(sphere), color=blue)), u(f(sel(cylinder), color=green))), front, 1), shape)",
    lambda s: s.a(
        first(s, of(s, d(shape="sphere", color="blue"), d(shape="cylinder", color="green")), "front"), "shape"
    ),
)
C(
    "compare_attr",
    0,
    "Could you tell me whether the yellow ball is bigger than the blue ball?",
    "larger(u(f(sel(sphere), color=yellow)), u(f(sel(sphere), color=blue)))",
    lambda s: bigger(s, d(shape="sphere", color="yellow"), d(shape="sphere", color="blue")),
)

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "count",
    1,
    "Could you tell me how many objects are positioned to the right of the purple cube?",
    "count(rel(u(f(sel(cube), color=purple)), right))",
    lambda s: count_rel(s, "right", d(shape="cube", color="purple")),
)
C(
    "spatial",
    1,
    "Relative to the gray cube, where is the brown sphere: left or right?",
    "choose_rel(u(f(sel(cube), color=gray)), [left, right], name=sphere)",
    lambda s: side(s, d(shape="sphere", color="brown"), d(shape="cube", color="gray"), ("left", "right")),
)
X(1, "Is the cylinder in front of the purple cube?")

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "position",
    2,
    "Between the green cube and the small gray cylinder, which one sits farther from the camera?",
    "q(ord(union(u(f(sel(cube), color=green)), u(f(sel(cylinder), size=small, color=gray))), behind, 1), shape)",
    lambda s: s.a(
        first(s, of(s, d(shape="cube", color="green"), d(shape="cylinder", color="gray")), "behind"), "shape"
    ),
)
C(
    "compare_attr",
    2,
    "Is the cyan cylinder larger than the gray cylinder? Answer yes or no.",
    "larger(u(f(sel(cylinder), color=cyan)), u(f(sel(cylinder), color=gray)))",
    lambda s: bigger(s, d(shape="cylinder", color="cyan"), d(shape="cylinder", color="gray")),
)
X(2, "How many meters apart are the green cube and the cyan cylinder?")

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "count",
    3,
    "how many cylinders are behind the sphere",
    "count(f(rel(u(sel(sphere)), behind), shape=cylinder))",
    lambda s: count_rel(s, "behind", d(shape="sphere"), shape="cylinder"),
)
C(
    "spatial",
    3,
    "Can you confirm if the purple cube is positioned behind the sphere?",
    "exist(f(rel(u(sel(sphere)), behind), color=purple, shape=cube))",
    lambda s: is_rel(s, d(shape="cube", color="purple"), "behind", d(shape="sphere")),
)
C(
    "position",
    3,
    "Of the two large cylinders, which one is closer to the camera, the red one or the purple one?",
    "q(ord(f(sel(cylinder), size=large), front, 1), color)",
    lambda s: s.a(first(s, s.f(shape="cylinder", size="large"), "front"), "color"),
)
C(
    "chain",
    3,
    "What color is the object that is closest to the cube?",
    "q(closest(scene(), u(sel(cube))), color)",
    lambda s: s.a(nearer(s, s.all(), s.the(shape="cube")), "color"),
)

# scene 4: small red rubber cyl, small green rubber cyl, small brown rubber sph, small yellow metal sph, small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph
C(
    "count",
    4,
    "Count the spheres that lie to the right of the big blue sphere.",
    "count(f(rel(u(f(sel(sphere), size=large, color=blue)), right), shape=sphere))",
    lambda s: count_rel(s, "right", d(shape="sphere", color="blue"), shape="sphere"),
)
C(
    "superlative",
    4,
    "Which shape is nearest the camera?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(first(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    4,
    "Is the green cylinder on the right side of the yellow rubber sphere?",
    "exist(f(rel(u(f(sel(sphere), color=yellow, material=rubber)), right), color=green, shape=cylinder))",
    lambda s: is_rel(
        s, d(shape="cylinder", color="green"), "right", d(shape="sphere", color="yellow", material="rubber")
    ),
)
C(
    "quantifier",
    4,
    "Are all of the cylinders located behind the brown sphere?",
    "not_(exist(diff(sel(cylinder), rel(u(f(sel(sphere), color=brown)), behind))))",
    lambda s: yes(
        set(s.f(shape="cylinder"))
        <= set(related(s, "behind", s.the(shape="sphere", color="brown"), s.f(shape="cylinder")))
    ),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "position",
    5,
    "Estimate the real-world distances between objects in this image. Which object is closer to the camera taking this photo, the brown sphere or the brown cube?",
    "q(ord(union(u(f(sel(sphere), color=brown)), u(f(sel(cube), color=brown))), front, 1), shape)",
    lambda s: s.a(first(s, of(s, d(shape="sphere", color="brown"), d(shape="cube", color="brown")), "front"), "shape"),
)
C(
    "count",
    5,
    "How many cubes are located to the left of the cylinder?",
    "count(f(rel(u(sel(cylinder)), left), shape=cube))",
    lambda s: count_rel(s, "left", d(shape="cylinder"), shape="cube"),
)
C(
    "spatial",
    5,
    "Is the tiny cyan ball behind the large purple ball",
    "exist(f(rel(u(f(sel(sphere), size=large, color=purple)), behind), size=small, color=cyan, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", color="cyan"), "behind", d(shape="sphere", color="purple", size="large")),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "count",
    6,
    "Considering the red metal cube, how many objects are in front of it?",
    "count(rel(u(f(sel(cube), color=red, material=metal)), front))",
    lambda s: count_rel(s, "front", d(shape="cube", color="red")),
)
C(
    "compare_attr",
    6,
    "Does the brown ball look bigger than the gray ball?",
    "larger(u(f(sel(sphere), size=small, color=brown)), u(f(sel(sphere), size=large, color=gray)))",
    lambda s: bigger(s, d(shape="sphere", color="brown"), d(shape="sphere", color="gray")),
)
C(
    "superlative",
    6,
    "I'm curious about the cubes in this scene. What color is the one furthest to the right?",
    "q(ord(sel(cube), right, 1), color)",
    lambda s: s.a(first(s, s.f(shape="cube"), "right"), "color"),
)
C(
    "two_clause",
    6,
    "Is the red sphere both in front of and to the right of the gray sphere?",
    "and_(exist(f(rel(u(f(sel(sphere), color=gray)), front), color=red, shape=sphere)), exist(f(rel(u(f(sel(sphere), color=gray)), right), color=red, shape=sphere)))",
    lambda s: both_rel(s, d(shape="sphere", color="red"), ("front", "right"), d(shape="sphere", color="gray")),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "spatial",
    7,
    "From the camera's viewpoint, is the sphere farther away than the red cube?",
    "exist(f(rel(u(f(sel(cube), color=red)), behind), shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere"), "behind", d(shape="cube", color="red")),
)
C(
    "position",
    7,
    "From the viewer's perspective, which is further left, the gray cube or the purple sphere?",
    "q(ord(union(u(f(sel(cube), color=gray)), u(f(sel(sphere), color=purple))), left, 1), shape)",
    lambda s: s.a(first(s, of(s, d(shape="cube", color="gray"), d(shape="sphere")), "left"), "shape"),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "count",
    8,
    "How many cubes are closer to the camera than the big grey cylinder?",
    "count(f(rel(u(f(sel(cylinder), size=large, color=gray)), front), shape=cube))",
    lambda s: count_rel(s, "front", d(shape="cylinder", color="gray"), shape="cube"),
)
C(
    "spatial",
    8,
    "Does the sphere appear on the left side of the yellow cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=yellow)), left), shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere"), "left", d(shape="cylinder", color="yellow")),
)
C(
    "compare_attr",
    8,
    "Is the shiny yellow cube smaller than the purple sphere?",
    "smaller(u(f(sel(cube), color=yellow, material=metal)), u(f(sel(sphere), color=purple)))",
    lambda s: bigger(s, d(shape="sphere"), d(shape="cube", color="yellow", material="metal")),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "compare_attr",
    9,
    "purple cube bigger than the little gray cube?",
    "larger(u(f(sel(cube), color=purple)), u(f(sel(cube), size=small, color=gray)))",
    lambda s: bigger(s, d(shape="cube", color="purple"), d(shape="cube", color="gray")),
)
C(
    "position",
    9,
    "Estimate the real-world distances between objects in this image. Which object is closer to the camera taking this photo, the brown sphere or the green cylinder?",
    "q(ord(union(u(f(sel(sphere), color=brown)), u(f(sel(cylinder), color=green))), front, 1), shape)",
    lambda s: s.a(
        first(s, of(s, d(shape="sphere", color="brown"), d(shape="cylinder", color="green")), "front"), "shape"
    ),
)
C(
    "two_clause",
    9,
    "Is the gray cube in front of the brown sphere and also to its left?",
    "and_(exist(f(rel(u(f(sel(sphere), color=brown)), front), color=gray, shape=cube)), exist(f(rel(u(f(sel(sphere), color=brown)), left), color=gray, shape=cube)))",
    lambda s: both_rel(s, d(shape="cube", color="gray"), ("front", "left"), d(shape="sphere", color="brown")),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "spatial",
    10,
    "Where is the cube in relation to the green cylinder: in front of it or behind it?",
    "choose_rel(u(f(sel(cylinder), color=green)), [front, behind], name=cube)",
    lambda s: side(s, d(shape="cube"), d(shape="cylinder", color="green"), ("front", "behind")),
)
C(
    "compare_count",
    10,
    "Looking at the gray cylinder, are there more things on its left than on its right?",
    "gt(count(rel(u(f(sel(cylinder), color=gray)), left)), count(rel(u(f(sel(cylinder), color=gray)), right)))",
    lambda s: yes(
        len(related(s, "left", s.the(shape="cylinder", color="gray")))
        > len(related(s, "right", s.the(shape="cylinder", color="gray")))
    ),
)
C(
    "chain",
    10,
    "Which object is nearest to the cube? Tell me its color.",
    "q(closest(scene(), u(sel(cube))), color)",
    lambda s: s.a(nearer(s, s.all(), s.the(shape="cube")), "color"),
)
X(10, "What's the distance in centimeters between the two spheres?")

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "count",
    11,
    "In the image, how many balls are situated to the left of the large brown cylinder?",
    "count(f(rel(u(f(sel(cylinder), size=large, color=brown)), left), shape=sphere))",
    lambda s: count_rel(s, "left", d(shape="cylinder", size="large", color="brown"), shape="sphere"),
)
C(
    "spatial",
    11,
    "is the green cube in back of the big blue cube",
    "exist(f(rel(u(f(sel(cube), size=large, color=blue)), behind), color=green, shape=cube))",
    lambda s: is_rel(s, d(shape="cube", color="green"), "behind", d(shape="cube", color="blue")),
)
C(
    "position",
    11,
    "Which is farther from the viewer, the yellow ball or the purple ball?",
    "q(ord(union(u(f(sel(sphere), color=yellow)), u(f(sel(sphere), color=purple))), behind, 1), color)",
    lambda s: s.a(
        first(s, of(s, d(shape="sphere", color="yellow"), d(shape="sphere", color="purple")), "behind"), "color"
    ),
)
X(11, "Is the brown sphere in front of the green cube?")

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "spatial",
    12,
    "Is the large sphere to the right of the red cube? Answer yes or no.",
    "exist(f(rel(u(f(sel(cube), color=red)), right), size=large, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", size="large"), "right", d(shape="cube", color="red")),
)
C(
    "count",
    12,
    "How many cubes are behind the small grey spehre?",
    "count(f(rel(u(f(sel(sphere), size=small, color=gray)), behind), shape=cube))",
    lambda s: count_rel(s, "behind", d(shape="sphere", size="small", color="gray"), shape="cube"),
)
C(
    "position",
    12,
    "Which is nearer to the camera, the cyan cylinder or the red cube?",
    "q(ord(union(u(f(sel(cylinder), color=cyan)), u(f(sel(cube), color=red))), front, 1), shape)",
    lambda s: s.a(first(s, of(s, d(shape="cylinder", color="cyan"), d(shape="cube", color="red")), "front"), "shape"),
)
X(12, "By how many degrees is the camera tilted down toward the ground?")

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "spatial",
    13,
    "Relative to the big red cube, where is the small red cube? Please answer with left or right.",
    "choose_rel(u(f(sel(cube), size=small, color=red)), [left, right], name=cube, role=object)",
    lambda s: side(s, d(shape="cube", size="small"), d(shape="cube", size="large"), ("left", "right")),
)
C(
    "count",
    13,
    "How many spheres are in front of the purple cilinder?",
    "count(f(rel(u(f(sel(cylinder), color=purple)), front), shape=sphere))",
    lambda s: count_rel(s, "front", d(shape="cylinder", color="purple"), shape="sphere"),
)
C(
    "compare_attr",
    13,
    "Is the cyan cylinder smaller than the gray sphere?",
    "smaller(u(f(sel(cylinder), color=cyan)), u(f(sel(sphere), color=gray)))",
    lambda s: bigger(s, d(shape="sphere", color="gray"), d(shape="cylinder", color="cyan")),
)
C(
    "exist",
    13,
    "Is there any cylinder behind the large cube?",
    "exist(f(rel(u(f(sel(cube), size=large)), behind), shape=cylinder))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="cube", size="large"), s.f(shape="cylinder")))),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "position",
    14,
    "blue sphere or cube: which one is closer to the camera?",
    "q(ord(union(u(f(sel(sphere), color=blue)), u(sel(cube))), front, 1), shape)",
    lambda s: s.a(first(s, of(s, d(shape="sphere", color="blue"), d(shape="cube")), "front"), "shape"),
)
C(
    "spatial",
    14,
    "Does the blue ball appear on the left side of the cyan ball?",
    "exist(f(rel(u(f(sel(sphere), color=cyan)), left), color=blue, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", color="blue"), "left", d(shape="sphere", color="cyan")),
)
X(14, "How tall is the cyan sphere in centimeters?")

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "spatial",
    15,
    "Could you tell me if the yellow sphere is located behind the brown cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), behind), color=yellow, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", color="yellow"), "behind", d(shape="cylinder", color="brown")),
)
C(
    "chain",
    15,
    "Can you identify the color of the object that sits nearest to the blue cube?",
    "q(closest(scene(), u(f(sel(cube), color=blue))), color)",
    lambda s: s.a(nearer(s, s.all(), s.the(shape="cube", color="blue")), "color"),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "count",
    16,
    "In this scene, how many small spheres can be found to the left of the brown cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=brown)), left), size=small, shape=sphere))",
    lambda s: count_rel(s, "left", d(shape="cylinder", color="brown"), shape="sphere", size="small"),
)
C(
    "spatial",
    16,
    "green sphere left of the yellow cube?",
    "exist(f(rel(u(f(sel(cube), color=yellow)), left), color=green, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", color="green"), "left", d(shape="cube", color="yellow")),
)
X(16, "Is the cylinder to the left of the red ball?")

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "spatial",
    17,
    "Where is the sphere in relation to the cylinder: left or right?",
    "choose_rel(u(sel(cylinder)), [left, right], name=sphere)",
    lambda s: side(s, d(shape="sphere"), d(shape="cylinder"), ("left", "right")),
)
C(
    "compare_attr",
    17,
    "Is the sphere bigger than the yellow cube? Answer yes or no.",
    "larger(u(sel(sphere)), u(f(sel(cube), color=yellow)))",
    lambda s: bigger(s, d(shape="sphere"), d(shape="cube", color="yellow")),
)
C(
    "superlative",
    17,
    "What shape is the object that is farthest back in the scene?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(first(s, s.all(), "behind"), "shape"),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "count",
    18,
    "Would you be able to count the purple objects located to the right of the blue cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=blue)), right), color=purple))",
    lambda s: count_rel(s, "right", d(shape="cylinder", color="blue"), color="purple"),
)
C(
    "position",
    18,
    "Which is closer to the camera: the purple sphere or the cyan sphere",
    "q(ord(union(u(f(sel(sphere), color=purple)), u(f(sel(sphere), color=cyan))), front, 1), color)",
    lambda s: s.a(
        first(s, of(s, d(shape="sphere", color="purple"), d(shape="sphere", color="cyan")), "front"), "color"
    ),
)
C(
    "spatial",
    18,
    "Is the red sphere behind the cyan cube",
    "exist(f(rel(u(f(sel(cube), color=cyan)), behind), color=red, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", color="red"), "behind", d(shape="cube", color="cyan")),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "count",
    19,
    "How many cubes are to the left of the sphere?",
    "count(f(rel(u(sel(sphere)), left), shape=cube))",
    lambda s: count_rel(s, "left", d(shape="sphere"), shape="cube"),
)
C(
    "compare_attr",
    19,
    "Is the big blue block larger than the grey block?",
    "larger(u(f(sel(cube), size=large, color=blue)), u(f(sel(cube), color=gray)))",
    lambda s: bigger(s, d(shape="cube", color="blue"), d(shape="cube", color="gray")),
)
C(
    "superlative",
    19,
    "Which cylinder is closest to the camera? Tell me its material.",
    "q(ord(sel(cylinder), front, 1), material)",
    lambda s: s.a(first(s, s.f(shape="cylinder"), "front"), "material"),
)
C(
    "compare_count",
    19,
    "Are there more things behind the gray cube than in front of it?",
    "gt(count(rel(u(f(sel(cube), color=gray)), behind)), count(rel(u(f(sel(cube), color=gray)), front)))",
    lambda s: yes(
        len(related(s, "behind", s.the(shape="cube", color="gray")))
        > len(related(s, "front", s.the(shape="cube", color="gray")))
    ),
)
C(
    "chain",
    19,
    "What shape is the thing closest to the cyan rubber cylinder?",
    "q(closest(scene(), u(f(sel(cylinder), color=cyan, material=rubber))), shape)",
    lambda s: s.a(nearer(s, s.all(), s.the(shape="cylinder", color="cyan", material="rubber")), "shape"),
)

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "spatial",
    20,
    "Would you say the yellow cube is behind the purple cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=purple)), behind), color=yellow, shape=cube))",
    lambda s: is_rel(s, d(shape="cube", color="yellow"), "behind", d(shape="cylinder", color="purple")),
)
C(
    "position",
    20,
    "Which one is farther to the right in the image, the sphere or the purple cylinder?",
    "q(ord(union(u(sel(sphere)), u(f(sel(cylinder), color=purple))), right, 1), shape)",
    lambda s: s.a(first(s, of(s, d(shape="sphere"), d(shape="cylinder", color="purple")), "right"), "shape"),
)
C(
    "chain",
    20,
    "Which object is the yellow cube closest to? Give me its colour.",
    "q(closest(scene(), u(f(sel(cube), color=yellow))), color)",
    lambda s: s.a(nearer(s, s.all(), s.the(shape="cube", color="yellow")), "color"),
)
X(20, "Roughly how many inches wide is the big cyan sphere?")

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "count",
    21,
    "How many spheres are positioned to the left of the purple cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=purple)), left), shape=sphere))",
    lambda s: count_rel(s, "left", d(shape="cylinder", color="purple"), shape="sphere"),
)
C(
    "spatial",
    21,
    "Is the gray sphere behnd the red sphere?",
    "exist(f(rel(u(f(sel(sphere), color=red)), behind), color=gray, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", color="gray"), "behind", d(shape="sphere", color="red")),
)
C(
    "quantifier",
    21,
    "Is the yellow ball closer to the camera than every other object?",
    "not_(exist(rel(u(f(sel(sphere), color=yellow)), front)))",
    lambda s: yes(not related(s, "front", s.the(shape="sphere", color="yellow"))),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "spatial",
    22,
    "Where is the cube relative to the sphere: in front or behind?",
    "choose_rel(u(sel(sphere)), [front, behind], name=cube)",
    lambda s: side(s, d(shape="cube"), d(shape="sphere"), ("front", "behind")),
)
C(
    "superlative",
    22,
    "What's the leftmost object?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(first(s, s.all(), "left"), "shape"),
)
X(22, "Is the cylinder behind the cube?")

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "spatial",
    23,
    "From where the camera is, does the brown sphere appear to the left of the yellow sphere?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), left), color=brown, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", color="brown"), "left", d(shape="sphere", color="yellow")),
)

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "count",
    24,
    "Please count the cubes that are to the right of the red cylinder.",
    "count(f(rel(u(f(sel(cylinder), color=red)), right), shape=cube))",
    lambda s: count_rel(s, "right", d(shape="cylinder", color="red"), shape="cube"),
)
C(
    "count",
    24,
    "How many objects are closer to the camera than the large gray cube?",
    "count(rel(u(f(sel(cube), size=large, color=gray)), front))",
    lambda s: count_rel(s, "front", d(shape="cube", size="large", color="gray")),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "count",
    25,
    "cylinders on the left side of the cube: how many?",
    "count(f(rel(u(sel(cube)), left), shape=cylinder))",
    lambda s: count_rel(s, "left", d(shape="cube"), shape="cylinder"),
)
C(
    "compare_attr",
    25,
    "Which is bigger: the brown cylinder or the brown sphere?",
    "compare(u(f(sel(cylinder), color=brown)), u(f(sel(sphere), color=brown)), bigger)",
    lambda s: bigger_one(s, d(shape="cylinder", color="brown"), d(shape="sphere", color="brown")),
)
C(
    "chain",
    25,
    "Which object is closest to the cube? Answer with its color.",
    "q(closest(scene(), u(sel(cube))), color)",
    lambda s: s.a(nearer(s, s.all(), s.the(shape="cube")), "color"),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "spatial",
    26,
    "Is the matte cube to the left of the metallic cube?",
    "exist(f(rel(u(f(sel(cube), material=metal)), left), material=rubber, shape=cube))",
    lambda s: is_rel(s, d(shape="cube", material="rubber"), "left", d(shape="cube", material="metal")),
)
C(
    "superlative",
    26,
    "Is the sphere farthest from the camera large or small?",
    "choose(ord(sel(sphere), behind, 1), size, [large, small])",
    lambda s: s.a(first(s, s.f(shape="sphere"), "behind"), "size"),
)
C(
    "quantifier",
    26,
    "Is every sphere to the left of the rubber cube?",
    "not_(exist(diff(sel(sphere), rel(u(f(sel(cube), material=rubber)), left))))",
    lambda s: yes(
        set(s.f(shape="sphere")) <= set(related(s, "left", s.the(shape="cube", material="rubber"), s.f(shape="sphere")))
    ),
)
X(26, "Is the small green sphere rolling toward the camera?")

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "position",
    27,
    "Which is closer to the camera, the sphere or the cylinder?",
    "q(ord(union(u(sel(sphere)), u(sel(cylinder))), front, 1), shape)",
    lambda s: s.a(first(s, of(s, d(shape="sphere"), d(shape="cylinder")), "front"), "shape"),
)
C(
    "spatial",
    27,
    "Is the red cube to the left of the cylinder from the camera's point of view?",
    "exist(f(rel(u(sel(cylinder)), left), color=red, shape=cube))",
    lambda s: is_rel(s, d(shape="cube", color="red"), "left", d(shape="cylinder")),
)
C(
    "count",
    27,
    "How many objects are closer to the camera than the sphere?",
    "count(rel(u(sel(sphere)), front))",
    lambda s: count_rel(s, "front", d(shape="sphere")),
)

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "count",
    28,
    "How many cylinders are there to the right of the sphere?",
    "count(f(rel(u(sel(sphere)), right), shape=cylinder))",
    lambda s: count_rel(s, "right", d(shape="sphere"), shape="cylinder"),
)
C(
    "spatial",
    28,
    "Is the purple cylinder positioned in front of the small red cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=small, color=red)), front), color=purple, shape=cylinder))",
    lambda s: is_rel(s, d(shape="cylinder", color="purple"), "front", d(shape="cylinder", size="small")),
)
C(
    "chain",
    28,
    "Which cylinder is closest to the sphere? What color is it?",
    "q(closest(sel(cylinder), u(sel(sphere))), color)",
    lambda s: s.a(nearer(s, s.f(shape="cylinder"), s.the(shape="sphere")), "color"),
)

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "position",
    29,
    "Which is more to the left, the cyan sphere or the red cylinder?",
    "q(ord(union(u(f(sel(sphere), color=cyan)), u(f(sel(cylinder), color=red))), left, 1), shape)",
    lambda s: s.a(first(s, of(s, d(shape="sphere", color="cyan"), d(shape="cylinder", color="red")), "left"), "shape"),
)
X(29, "What is the distance from the camera to the red cylinder, in metres?")

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "spatial",
    30,
    "Where is the green sphere in relation to the purple sphere: left or right?",
    "choose_rel(u(f(sel(sphere), color=green)), [left, right], name=sphere, role=object)",
    lambda s: side(s, d(shape="sphere", color="green"), d(shape="sphere", color="purple"), ("left", "right")),
)
C(
    "position",
    30,
    "Which sphere is closer to the camera, the green one or the purple one?",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(first(s, s.f(shape="sphere"), "front"), "color"),
)

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "count",
    31,
    "how many spheres r to the right of the cube?",
    "count(f(rel(u(sel(cube)), right), shape=sphere))",
    lambda s: count_rel(s, "right", d(shape="cube"), shape="sphere"),
)
C(
    "spatial",
    31,
    "If you look at the brown cylinder and the large sphere, is the brown cylinder the one farther from the camera?",
    "exist(f(rel(u(f(sel(sphere), size=large)), behind), color=brown, shape=cylinder))",
    lambda s: is_rel(s, d(shape="cylinder", color="brown"), "behind", d(shape="sphere", size="large")),
)
C(
    "superlative",
    31,
    "What color is the leftmost object?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(first(s, s.all(), "left"), "color"),
)
C(
    "compare_count",
    31,
    "Are there fewer objects to the right of the yellow sphere than to its left?",
    "lt(count(rel(u(f(sel(sphere), color=yellow)), right)), count(rel(u(f(sel(sphere), color=yellow)), left)))",
    lambda s: yes(
        len(related(s, "right", s.the(shape="sphere", color="yellow")))
        < len(related(s, "left", s.the(shape="sphere", color="yellow")))
    ),
)

# scene 32: small gray rubber cube x2, large yellow metal sph, small red rubber sph, small red metal cube, small gray metal cyl
X(32, "Is the gray cube in front of the red sphere?")
C(
    "count",
    32,
    "How many grey cubes are situated to the left of the red sphere?",
    "count(f(rel(u(f(sel(sphere), color=red)), left), color=gray, shape=cube))",
    lambda s: count_rel(s, "left", d(shape="sphere", color="red"), shape="cube", color="gray"),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "spatial",
    33,
    "Is the green cube to the left of the blue cylinder? Select from the following choices. (A) yes (B) no",
    "exist(f(rel(u(f(sel(cylinder), color=blue)), left), color=green, shape=cube))",
    lambda s: is_rel(s, d(shape="cube", color="green"), "left", d(shape="cylinder", color="blue")),
)
C(
    "count",
    33,
    "number of objects in front of the blue cylinder?",
    "count(rel(u(f(sel(cylinder), color=blue)), front))",
    lambda s: count_rel(s, "front", d(shape="cylinder", color="blue")),
)
C(
    "compare_attr",
    33,
    "Which is bigger, the gray sphere or the red sphere?",
    "q(ord(union(u(f(sel(sphere), color=gray)), u(f(sel(sphere), color=red))), largest, 1), color)",
    lambda s: bigger_one(s, d(shape="sphere", color="gray"), d(shape="sphere", color="red"), "color"),
)
C(
    "superlative",
    33,
    "What kind of shape is the object nearest to the viewer?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(first(s, s.all(), "front"), "shape"),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "spatial",
    34,
    "Is the red cylinder to the right of the cube",
    "exist(f(rel(u(sel(cube)), right), color=red, shape=cylinder))",
    lambda s: is_rel(s, d(shape="cylinder", color="red"), "right", d(shape="cube")),
)
X(34, "How high is the gray cylinder, in centimetres?")

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "count",
    35,
    "In the image, how many cubes are in front of the purple sphere?",
    "count(f(rel(u(f(sel(sphere), color=purple)), front), shape=cube))",
    lambda s: count_rel(s, "front", d(shape="sphere", color="purple"), shape="cube"),
)
C(
    "spatial",
    35,
    "Is the red sphere positioned in front of the grey cube?",
    "exist(f(rel(u(f(sel(cube), color=gray)), front), color=red, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", color="red"), "front", d(shape="cube", color="gray")),
)
C(
    "position",
    35,
    "Which green cube is closer to the camera, the metal one or the rubber one?",
    "q(ord(f(sel(cube), color=green), front, 1), material)",
    lambda s: s.a(first(s, s.f(shape="cube", color="green"), "front"), "material"),
)
C(
    "chain",
    35,
    "What is the object closest to the gray cube? Give its shape.",
    "q(closest(scene(), u(f(sel(cube), color=gray))), shape)",
    lambda s: s.a(nearer(s, s.all(), s.the(shape="cube", color="gray")), "shape"),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "superlative",
    36,
    "Which sphere is nearest to the camera? Tell me its color.",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(first(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "exist",
    36,
    "Is there a sphere in front of the cube?",
    "exist(f(rel(u(sel(cube)), front), shape=sphere))",
    lambda s: yes(bool(related(s, "front", s.the(shape="cube"), s.f(shape="sphere")))),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "spatial",
    37,
    "Is the cyan ball behind the red cube?",
    "exist(f(rel(u(f(sel(cube), color=red)), behind), color=cyan, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", color="cyan"), "behind", d(shape="cube", color="red")),
)
C(
    "position",
    37,
    "Which is closer to the camera, the brown cube or the red sphere?",
    "q(ord(union(u(f(sel(cube), color=brown)), u(f(sel(sphere), color=red))), front, 1), shape)",
    lambda s: s.a(first(s, of(s, d(shape="cube", color="brown"), d(shape="sphere", color="red")), "front"), "shape"),
)
C(
    "chain",
    37,
    "What is the shape of the rearmost object to the left of the purple cube?",
    "q(ord(rel(u(f(sel(cube), color=purple)), left), behind, 1), shape)",
    lambda s: s.a(first(s, related(s, "left", s.the(shape="cube", color="purple")), "behind"), "shape"),
)
X(37, "Is the red object to the right of the gray rubber cylinder?")

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "spatial",
    38,
    "red sphere left of the rubber cylinder?",
    "exist(f(rel(u(f(sel(cylinder), material=rubber)), left), color=red, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", color="red"), "left", d(shape="cylinder", material="rubber")),
)
C(
    "count",
    38,
    "How many spheres are in front of the metal cylinder?",
    "count(f(rel(u(f(sel(cylinder), material=metal)), front), shape=sphere))",
    lambda s: count_rel(s, "front", d(shape="cylinder", material="metal"), shape="sphere"),
)
C(
    "position",
    38,
    "Which is farther from the camera, the red sphere or the green metal sphere?",
    "q(ord(union(u(f(sel(sphere), color=red)), u(f(sel(sphere), color=green, material=metal))), behind, 1), color)",
    lambda s: s.a(
        first(s, of(s, d(shape="sphere", color="red"), d(shape="sphere", color="green", material="metal")), "behind"),
        "color",
    ),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "spatial",
    39,
    "Where is the cube in relation to the brown cylindre: left or right?",
    "choose_rel(u(f(sel(cylinder), color=brown)), [left, right], name=cube)",
    lambda s: side(s, d(shape="cube"), d(shape="cylinder", color="brown"), ("left", "right")),
)
C(
    "compare_attr",
    39,
    "Is the large cylinder bigger than the cube? Please answer yes or no.",
    "larger(u(f(sel(cylinder), size=large)), u(sel(cube)))",
    lambda s: bigger(s, d(shape="cylinder", size="large"), d(shape="cube")),
)
C(
    "chain",
    39,
    "What is the object located in front of the gray cylinder?",
    "q(u(rel(u(f(sel(cylinder), color=gray)), front)), shape)",
    lambda s: s.a(only(related(s, "front", s.the(shape="cylinder", color="gray"))), "shape"),
)

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "spatial",
    40,
    "Does the cyan cube appear to the right of the gray cube from the viewer's perspective?",
    "exist(f(rel(u(f(sel(cube), color=gray)), right), color=cyan, shape=cube))",
    lambda s: is_rel(s, d(shape="cube", color="cyan"), "right", d(shape="cube", color="gray")),
)
C(
    "quantifier",
    40,
    "Are both cubes to the left of the cylinder?",
    "not_(exist(diff(sel(cube), rel(u(sel(cylinder)), left))))",
    lambda s: yes(set(s.f(shape="cube")) <= set(related(s, "left", s.the(shape="cylinder"), s.f(shape="cube")))),
)
C(
    "chain",
    40,
    "Among the things behind the cyan cube, which one is furthest to the left? Name its shape.",
    "q(ord(rel(u(f(sel(cube), color=cyan)), behind), left, 1), shape)",
    lambda s: s.a(first(s, related(s, "behind", s.the(shape="cube", color="cyan")), "left"), "shape"),
)

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "count",
    41,
    "I'd like to know how many cylinders are to the left of the blue sphere.",
    "count(f(rel(u(f(sel(sphere), color=blue)), left), shape=cylinder))",
    lambda s: count_rel(s, "left", d(shape="sphere", color="blue"), shape="cylinder"),
)
C(
    "superlative",
    41,
    "What colour is the cylinder furthest to the rigth?",
    "q(ord(sel(cylinder), right, 1), color)",
    lambda s: s.a(first(s, s.f(shape="cylinder"), "right"), "color"),
)
C(
    "position",
    41,
    "Which is closer to the camera, the purple cylinder or the red cylinder?",
    "q(ord(union(u(f(sel(cylinder), color=purple)), u(f(sel(cylinder), color=red))), front, 1), color)",
    lambda s: s.a(
        first(s, of(s, d(shape="cylinder", color="purple"), d(shape="cylinder", color="red")), "front"), "color"
    ),
)
C(
    "chain",
    41,
    "What is the shape of the object closest to the camera that is to the left of the cube?",
    "q(ord(rel(u(sel(cube)), left), front, 1), shape)",
    lambda s: s.a(first(s, related(s, "left", s.the(shape="cube")), "front"), "shape"),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "count",
    42,
    "How many blue objects are to the left of the gray cube?",
    "count(f(rel(u(f(sel(cube), color=gray)), left), color=blue))",
    lambda s: count_rel(s, "left", d(shape="cube", color="gray"), color="blue"),
)
C(
    "spatial",
    42,
    "Does the large sphere appear behind the large cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large)), behind), size=large, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", size="large"), "behind", d(shape="cylinder", size="large")),
)
X(42, "Is the yellow sphere to the left of the blue cube?")

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "count",
    43,
    "spheres right of the yellow cube - how many?",
    "count(f(rel(u(f(sel(cube), color=yellow)), right), shape=sphere))",
    lambda s: count_rel(s, "right", d(shape="cube", color="yellow"), shape="sphere"),
)
C(
    "position",
    43,
    "Which is nearer to the camera, the blue cube or the yellow cube?",
    "q(ord(union(u(f(sel(cube), color=blue)), u(f(sel(cube), color=yellow))), front, 1), color)",
    lambda s: s.a(first(s, of(s, d(shape="cube", color="blue"), d(shape="cube", color="yellow")), "front"), "color"),
)
C(
    "quantifier",
    43,
    "Are all the cubes behind the small blue cylinder?",
    "not_(exist(diff(sel(cube), rel(u(f(sel(cylinder), size=small, color=blue)), behind))))",
    lambda s: yes(set(s.f(shape="cube")) <= set(related(s, "behind", s.the(shape="cylinder"), s.f(shape="cube")))),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "spatial",
    44,
    "Is the small sphere closer to the camera than the large sphere?",
    "exist(f(rel(u(f(sel(sphere), size=large)), front), size=small, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", size="small"), "front", d(shape="sphere", size="large")),
)
C(
    "superlative",
    44,
    "Which cube is furthest to the left? What is its colour?",
    "q(ord(sel(cube), left, 1), color)",
    lambda s: s.a(first(s, s.f(shape="cube"), "left"), "color"),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "spatial",
    45,
    "Is the red sphere behind the gray cube?",
    "exist(f(rel(u(f(sel(cube), color=gray)), behind), color=red, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", color="red"), "behind", d(shape="cube", color="gray")),
)
C(
    "superlative",
    45,
    "Which sphere is farthest to the left? Tell me its colour",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(first(s, s.f(shape="sphere"), "left"), "color"),
)
C(
    "two_clause",
    45,
    "Is the yellow cylinder either in front of the gray sphere or to its right?",
    "or_(exist(f(rel(u(f(sel(sphere), color=gray)), front), color=yellow, shape=cylinder)), exist(f(rel(u(f(sel(sphere), color=gray)), right), color=yellow, shape=cylinder)))",
    lambda s: both_rel(
        s, d(shape="cylinder", color="yellow"), ("front", "right"), d(shape="sphere", color="gray"), any
    ),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "count",
    46,
    "How many spheres are behind the small cylinder?",
    "count(f(rel(u(f(sel(cylinder), size=small)), behind), shape=sphere))",
    lambda s: count_rel(s, "behind", d(shape="cylinder", size="small"), shape="sphere"),
)
C(
    "spatial",
    46,
    "Relative to the large cylinder, is the red cube on the right side?",
    "exist(f(rel(u(f(sel(cylinder), size=large)), right), color=red, shape=cube))",
    lambda s: is_rel(s, d(shape="cube", color="red"), "right", d(shape="cylinder", size="large")),
)
C(
    "position",
    46,
    "Estimate the real-world distances between objects in this image. Which object is closer to the camera taking this photo, the red cube or the large cylinder?",
    "q(ord(union(u(f(sel(cube), color=red)), u(f(sel(cylinder), size=large))), front, 1), shape)",
    lambda s: s.a(first(s, of(s, d(shape="cube", color="red"), d(shape="cylinder", size="large")), "front"), "shape"),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "count",
    47,
    "How many cubes are to the right of the large yellow sphere?",
    "count(f(rel(u(f(sel(sphere), size=large, color=yellow)), right), shape=cube))",
    lambda s: count_rel(s, "right", d(shape="sphere", size="large"), shape="cube"),
)
C(
    "spatial",
    47,
    "From the viewer's perspective, is the small yellow sphere to the right of the cyan cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=cyan)), right), size=small, color=yellow, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", size="small"), "right", d(shape="cylinder", color="cyan")),
)
C(
    "position",
    47,
    "Which is farther away from the camera, the blue cube or the blue cylinder?",
    "q(ord(union(u(f(sel(cube), color=blue)), u(f(sel(cylinder), color=blue))), behind, 1), shape)",
    lambda s: s.a(first(s, of(s, d(shape="cube", color="blue"), d(shape="cylinder", color="blue")), "behind"), "shape"),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph x2, large gray metal sph, small yellow metal cube, small blue metal cyl
C(
    "count",
    48,
    "Tell me how many spheres are to the left of the red cube.",
    "count(f(rel(u(f(sel(cube), color=red)), left), shape=sphere))",
    lambda s: count_rel(s, "left", d(shape="cube", color="red"), shape="sphere"),
)
X(48, "Is the green sphere in front of the red cube?")
C(
    "compare_attr",
    48,
    "Which is bigger, the yellow cube or the yellow sphere?",
    "q(ord(union(u(f(sel(cube), color=yellow)), u(f(sel(sphere), color=yellow))), largest, 1), shape)",
    lambda s: bigger_one(s, d(shape="cube", color="yellow"), d(shape="sphere", color="yellow")),
)
C(
    "spatial",
    48,
    "Is the cylinder in front of the yellow sphere?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), front), shape=cylinder))",
    lambda s: is_rel(s, d(shape="cylinder"), "front", d(shape="sphere", color="yellow")),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph x2, small green metal cube, large purple metal sph, small green rubber cyl, small gray rubber cyl
C(
    "count",
    49,
    "How many spheres are in front of the green cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=green)), front), shape=sphere))",
    lambda s: count_rel(s, "front", d(shape="cylinder", color="green"), shape="sphere"),
)
C(
    "compare_attr",
    49,
    "Is the cube larger than the big purple sphere?",
    "larger(u(sel(cube)), u(f(sel(sphere), size=large, color=purple)))",
    lambda s: bigger(s, d(shape="cube"), d(shape="sphere", size="large")),
)
C(
    "superlative",
    49,
    "Whats the colour of the frontmost object",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(first(s, s.all(), "front"), "color"),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "count",
    50,
    "How many cubes can you see to the left of the purple sphere?",
    "count(f(rel(u(f(sel(sphere), color=purple)), left), shape=cube))",
    lambda s: count_rel(s, "left", d(shape="sphere", color="purple"), shape="cube"),
)
C(
    "exist",
    50,
    "Is there anything behind the green sphere?",
    "exist(rel(u(f(sel(sphere), color=green)), behind))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="sphere", color="green")))),
)
C(
    "chain",
    50,
    "What color is the object closest to the yellow cube?",
    "q(closest(scene(), u(f(sel(cube), color=yellow))), color)",
    lambda s: s.a(nearer(s, s.all(), s.the(shape="cube", color="yellow")), "color"),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "spatial",
    51,
    "Where is the brown sphere in relation to the cube: left or right?",
    "choose_rel(u(f(sel(sphere), color=brown)), [left, right], name=cube, role=object)",
    lambda s: side(s, d(shape="sphere", color="brown"), d(shape="cube"), ("left", "right")),
)
C(
    "compare_attr",
    51,
    "Is the brown sphere bigger than the gray one?",
    "larger(u(f(sel(sphere), color=brown)), u(f(sel(sphere), color=gray)))",
    lambda s: bigger(s, d(shape="sphere", color="brown"), d(shape="sphere", color="gray")),
)
C(
    "superlative",
    51,
    "Which object is nearest to the camera?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(first(s, s.all(), "front"), "shape"),
)
X(51, "How many centimetres across is the gray ball?")

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "superlative",
    52,
    "Which cube is furthest back? What colour is it?",
    "q(ord(sel(cube), behind, 1), color)",
    lambda s: s.a(first(s, s.f(shape="cube"), "behind"), "color"),
)
C(
    "spatial",
    52,
    "brown cube to the right of the purple cube?",
    "exist(f(rel(u(f(sel(cube), color=purple)), right), color=brown, shape=cube))",
    lambda s: is_rel(s, d(shape="cube", color="brown"), "right", d(shape="cube", color="purple")),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "count",
    53,
    "How many cubes are to the right of the green sphere?",
    "count(f(rel(u(f(sel(sphere), color=green)), right), shape=cube))",
    lambda s: count_rel(s, "right", d(shape="sphere", color="green"), shape="cube"),
)
C(
    "spatial",
    53,
    "Is the yellow sphere in front of the yellow cube?",
    "exist(f(rel(u(f(sel(cube), color=yellow)), front), color=yellow, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", color="yellow"), "front", d(shape="cube", color="yellow")),
)
C(
    "compare_attr",
    53,
    "Which one is bigger, the yellow cube or the yellow ball",
    "compare(u(f(sel(cube), color=yellow)), u(f(sel(sphere), color=yellow)), bigger)",
    lambda s: bigger_one(s, d(shape="cube", color="yellow"), d(shape="sphere", color="yellow")),
)
C(
    "compare_count",
    53,
    "Are there as many objects to the left of the blue cube as to its right?",
    "eq(count(rel(u(f(sel(cube), color=blue)), left)), count(rel(u(f(sel(cube), color=blue)), right)))",
    lambda s: yes(
        len(related(s, "left", s.the(shape="cube", color="blue")))
        == len(related(s, "right", s.the(shape="cube", color="blue")))
    ),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
X(54, "Is the gray cube to the right of the green cube?")
C(
    "count",
    54,
    "How many gray cubes are behind the green cube?",
    "count(f(rel(u(f(sel(cube), color=green)), behind), color=gray, shape=cube))",
    lambda s: count_rel(s, "behind", d(shape="cube", color="green"), shape="cube", color="gray"),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph x2, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, small yellow metal cube, large red rubber cube
C(
    "count",
    55,
    "How many purple objects are to the left of the green cube?",
    "count(f(rel(u(f(sel(cube), color=green)), left), color=purple))",
    lambda s: count_rel(s, "left", d(shape="cube", color="green"), color="purple"),
)
C(
    "spatial",
    55,
    "Is the yellow cube in front of the green cube? Answer with yes or no.",
    "exist(f(rel(u(f(sel(cube), color=green)), front), color=yellow, shape=cube))",
    lambda s: is_rel(s, d(shape="cube", color="yellow"), "front", d(shape="cube", color="green")),
)
C(
    "position",
    55,
    "Which is closer to the camera, the gray cylinder or the yellow cylinder?",
    "q(ord(union(u(f(sel(cylinder), color=gray)), u(f(sel(cylinder), color=yellow))), front, 1), color)",
    lambda s: s.a(
        first(s, of(s, d(shape="cylinder", color="gray"), d(shape="cylinder", color="yellow")), "front"), "color"
    ),
)
C(
    "superlative",
    55,
    "What is the shape of the rightmost objet?",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(first(s, s.all(), "right"), "shape"),
)

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "spatial",
    56,
    "Does the yellow sphere appear on the left of the brown cube?",
    "exist(f(rel(u(f(sel(cube), color=brown)), left), color=yellow, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", color="yellow"), "left", d(shape="cube", color="brown")),
)

# scene 57: small brown metal cyl, large gray rubber cube x2, large blue metal sph, small yellow rubber sph
C(
    "count",
    57,
    "How many gray cubes are in front of the cylinder?",
    "count(f(rel(u(sel(cylinder)), front), color=gray, shape=cube))",
    lambda s: count_rel(s, "front", d(shape="cylinder"), shape="cube", color="gray"),
)
C(
    "spatial",
    57,
    "Could you confirm whether the blue sphere is behind the cylinder?",
    "exist(f(rel(u(sel(cylinder)), behind), color=blue, shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere", color="blue"), "behind", d(shape="cylinder")),
)
C(
    "number",
    57,
    "How many more objects are in front of the cylinder than behind it?",
    "sub(count(rel(u(sel(cylinder)), front)), count(rel(u(sel(cylinder)), behind)))",
    lambda s: str(
        len(related(s, "front", s.the(shape="cylinder"))) - len(related(s, "behind", s.the(shape="cylinder")))
    ),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "superlative",
    58,
    "Which cube is closer to the camera? Give its color.",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(first(s, s.f(shape="cube"), "front"), "color"),
)
C(
    "spatial",
    58,
    "sphere right of the purple cube?",
    "exist(f(rel(u(f(sel(cube), color=purple)), right), shape=sphere))",
    lambda s: is_rel(s, d(shape="sphere"), "right", d(shape="cube", color="purple")),
)
C(
    "compare_attr",
    58,
    "Is the sphere smaller than the cyan cube?",
    "smaller(u(sel(sphere)), u(f(sel(cube), color=cyan)))",
    lambda s: bigger(s, d(shape="cube", color="cyan"), d(shape="sphere")),
)

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph x2, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph
C(
    "count",
    59,
    "How many cylinders are to the right of the purple sphere?",
    "count(f(rel(u(f(sel(sphere), color=purple)), right), shape=cylinder))",
    lambda s: count_rel(s, "right", d(shape="sphere", color="purple"), shape="cylinder"),
)
X(59, "Is the brown sphere in front of the large purple cylinder?")
C(
    "superlative",
    59,
    "What color is the frontmost cylinder?",
    "q(ord(sel(cylinder), front, 1), color)",
    lambda s: s.a(first(s, s.f(shape="cylinder"), "front"), "color"),
)

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus, red STOP sign (right of the bus), white car (left of the bus), tree behind the bus, small brown dog near the woman
P(
    "spatial",
    "street",
    "Can you confirm if the woman is positioned in front of the bus?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "front", p.the("bus"))),
)
P(
    "position",
    "street",
    "Which is closer to the camera, the woman or the bus?",
    "q(ord(union(u(sel(woman)), u(sel(bus))), front, 1), name)",
    lambda p: p.name(p.the("woman")) if p.has(p.the("woman"), "front", p.the("bus")) else p.name(p.the("bus")),
)
P(
    "spatial",
    "street",
    "Where is the woman in relation to the bus: left, right, in front, or behind?",
    "choose_rel(u(sel(bus)), [left, right, front, behind], name=woman)",
    lambda p: stated(p, p.the("woman"), ["left", "right", "front", "behind"], p.the("bus")),
)
P(
    "spatial",
    "street",
    "Relative to the bus, is the white car on the left or on the right?",
    "choose_rel(u(sel(car)), [left, right], name=bus, role=object)",
    lambda p: stated(p, p.the("car"), ["left", "right"], p.the("bus")),
)
P(
    "count",
    "street",
    "Could you count how many people are standing to the left of the man on the right?",
    "count(rel(u(f(sel(man), hposition=right)), left, name=person))",
    lambda p: n([o for o in p.subjects("left", p.the("man", hposition="right")) if o in people(p)]),
)
P(
    "spatial",
    "street",
    "Is the man in black standing to the right of the bus?",
    "exist(f(rel(u(sel(bus)), right, name=man), color=black))",
    lambda p: yes(
        any(p.name(o) == "man" and p.value(o, "color") == "black" for o in p.subjects("right", p.the("bus")))
    ),
)
P(
    "spatial",
    "street",
    "Which side of the bus is the stop sign on, left or right?",
    "choose_rel(u(sel(sign)), [left, right], name=bus, role=object)",
    lambda p: stated(p, p.the("sign"), ["left", "right"], p.the("bus")),
)
P(
    "spatial",
    "street",
    "Is the man wearing the blue tie on the right side of the woman?",
    "exist(inter(rel(u(sel(woman)), right), rel(u(f(sel(tie), color=blue)), wearing)))",
    lambda p: yes(any(p.has(o, "right", p.the("woman")) for o in p.subjects("wearing", p.the("tie", color="blue")))),
)
P(
    "position",
    "street",
    "Which one is farther away from the camera, the tree or the bus?",
    "q(ord(union(u(sel(tree)), u(sel(bus))), behind, 1), name)",
    lambda p: p.name(p.the("tree")) if p.has(p.the("tree"), "behind", p.the("bus")) else p.name(p.the("bus")),
)
P(
    "count",
    "street",
    "people to the right of the man in black: how many?",
    "count(rel(u(f(sel(man), color=black)), right, name=person))",
    lambda p: n([o for o in p.subjects("right", p.the("man", color="black")) if o in people(p)]),
)
P(
    "spatial",
    "street",
    "Is the dog near the woman",
    "vrel(u(sel(woman)), near, name=dog)",
    lambda p: yes(any(p.name(o) == "dog" for o in p.subjects("near", p.the("woman")))),
)
X("street", "How many meters is the woman standing from the bus?")

# kitchen: red cup, white plate, blue cup, green bottle, white cup left to right on the wooden table; fork near the plate; clock above the table; woman in yellow right of the table
P(
    "spatial",
    "kitchen",
    "From the viewer's perspective, is the red cup to the left of the plate?",
    "exist(f(rel(u(sel(plate)), left), color=red))",
    lambda p: yes(p.has(p.the("cup", color="red"), "left", p.the("plate"))),
)
P(
    "spatial",
    "kitchen",
    "Is the blue cup on the left side of the plate?",
    "exist(f(rel(u(sel(plate)), left), color=blue))",
    lambda p: yes(p.has(p.the("cup", color="blue"), "left", p.the("plate"))),
)
P(
    "spatial",
    "kitchen",
    "Where is the clock relative to the table: above, below, left, or right?",
    "choose_rel(u(sel(table)), [above, below, left, right], name=clock)",
    lambda p: stated(p, p.the("clock"), ["above", "below", "left", "right"], p.the("table")),
)
P(
    "position",
    "kitchen",
    "Which is further left, the bottle or the blue cup?",
    "q(ord(union(u(sel(bottle)), u(f(sel(cup), color=blue))), left, 1), name)",
    lambda p: p.name(extreme(p, [p.the("bottle"), p.the("cup", color="blue")], "left")),
)
P(
    "chain",
    "kitchen",
    "What color is the cup just to the right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only([o for o in p.subjects("right", p.the("bottle")) if p.name(o) == "cup"]), "color"),
)
P(
    "count",
    "kitchen",
    "How many cups are on teh table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) == "cup"]),
)
P(
    "spatial",
    "kitchen",
    "Is the woman located on the left side of the table?",
    "vrel(u(sel(table)), left, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "left", p.the("table"))),
)
P(
    "chain",
    "kitchen",
    "Which is closer to the plate, the fork or the bottle?",
    "q(closest(union(u(sel(fork)), u(sel(bottle))), u(sel(plate))), name)",
    lambda p: p.name(closest_box(p, [p.the("fork"), p.the("bottle")], p.the("plate"))),
)
P(
    "chain",
    "kitchen",
    "Which cup is closest to the clock? Give its colour.",
    "q(closest(sel(cup), u(sel(clock))), color)",
    lambda p: p.value(closest_box(p, p.f("cup"), p.the("clock")), "color"),
)
P(
    "two_clause",
    "kitchen",
    "Is the bottle between the blue cup and the white cup?",
    "and_(vrel(u(f(sel(cup), color=blue)), right, name=bottle), vrel(u(f(sel(cup), color=white)), left, name=bottle))",
    lambda p: yes(
        p.has(p.the("bottle"), "right", p.the("cup", color="blue"))
        and p.has(p.the("bottle"), "left", p.the("cup", color="white"))
    ),
)
P(
    "superlative",
    "kitchen",
    "Which cup is on the far right? What colour?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(extreme(p, p.f("cup"), "right"), "color"),
)
X("kitchen", "How many centimetres tall is the green bottle?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green bench left of the bike
P(
    "spatial",
    "park",
    "Is the boy to the left of the girl? Answer yes or no.",
    "vrel(u(sel(girl)), left, name=boy)",
    lambda p: yes(p.has(p.the("boy"), "left", p.the("girl"))),
)
P(
    "count",
    "park",
    "How many people are on the right of the boy?",
    "count(rel(u(sel(boy)), right, name=person))",
    lambda p: n([o for o in p.subjects("right", p.the("boy")) if o in people(p)]),
)
P(
    "count",
    "park",
    "How many people are to the left of the woman in white?",
    "count(rel(u(f(sel(woman), color=white)), left, name=person))",
    lambda p: n([o for o in p.subjects("left", p.the("woman", color="white")) if o in people(p)]),
)
P(
    "spatial",
    "park",
    "Is there a tree behind the girl?",
    "vrel(u(sel(girl)), behind, name=tree)",
    lambda p: yes(any(p.name(o) == "tree" for o in p.subjects("behind", p.the("girl")))),
)
P(
    "spatial",
    "park",
    "is the bench to the right of the bike",
    "vrel(u(sel(bicycle)), right, name=bench)",
    lambda p: yes(p.has(p.the("bench"), "right", p.the("bicycle"))),
)
P(
    "spatial",
    "park",
    "Where's the bike in relation to the bench, left or right?",
    "choose_rel(u(sel(bicycle)), [left, right], name=bench, role=object)",
    lambda p: stated(p, p.the("bicycle"), ["left", "right"], p.the("bench")),
)
P(
    "chain",
    "park",
    "Which dog is closer to the boy, the black one or the white one?",
    "q(closest(sel(dog), u(sel(boy))), color)",
    lambda p: p.value(closest_box(p, p.f("dog"), p.the("boy")), "color"),
)
P(
    "superlative",
    "park",
    "Who is furthest to the left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(extreme(p, people(p), "left")),
)
P(
    "spatial",
    "park",
    "Is the woman in red to the right of the girl?",
    "exist(f(rel(u(sel(girl)), right, name=woman), color=red))",
    lambda p: yes(p.has(p.the("woman", color="red"), "right", p.the("girl"))),
)
P(
    "position",
    "park",
    "Which is further left, the bench or the bike?",
    "q(ord(union(u(sel(bench)), u(sel(bicycle))), left, 1), name)",
    lambda p: p.name(extreme(p, [p.the("bench"), p.the("bicycle")], "left")),
)
P(
    "spatial",
    "park",
    "Where is the girl relative to the woman in white: left, right, in front, or behind?",
    "choose_rel(u(f(sel(woman), color=white)), [left, right, front, behind], name=girl)",
    lambda p: stated(p, p.the("girl"), ["left", "right", "front", "behind"], p.the("woman", color="white")),
)
P(
    "count",
    "park",
    "How many dogs are on the left half of the picture?",
    "count(f(sel(dog), hposition=left))",
    lambda p: n(p.f("dog", hposition="left")),
)
X("park", "How many feet away from the boy is the frisbee?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P(
    "chain",
    "shapes",
    "What's the shape closest to the star?",
    "q(closest(scene(), u(sel(star))), shape)",
    lambda p: p.value(closest_box(p, list(p.objects), p.the("star")), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Is the triangle bigger than the square?",
    "larger(u(sel(triangle)), u(sel(square)))",
    lambda p: yes(box_area(p, p.the("triangle")) >= 1.25 * box_area(p, p.the("square"))),
)
P(
    "compare_attr",
    "shapes",
    "Is the star larger than the hexagon?",
    "larger(u(sel(star)), u(sel(hexagon)))",
    lambda p: yes(box_area(p, p.the("star")) >= 1.25 * box_area(p, p.the("hexagon"))),
)
P(
    "position",
    "shapes",
    "Which is higher up, the blue circle or the red star?",
    "q(ord(union(u(f(sel(circle), color=blue)), u(f(sel(star), color=red))), top, 1), shape)",
    lambda p: p.value(extreme(p, [p.the("circle", color="blue"), p.the("star", color="red")], "top"), "shape"),
)
P(
    "count",
    "shapes",
    "How many shapes are on the left side of the image",
    "count(f(scene(), hposition=left))",
    lambda p: n(p.f(hposition="left")),
)
P(
    "superlative",
    "shapes",
    "What is the lowest shape on the right-hand side?",
    "q(ord(f(scene(), hposition=right), bottom, 1), shape)",
    lambda p: p.value(extreme(p, p.f(hposition="right"), "bottom"), "shape"),
)
P(
    "spatial",
    "shapes",
    "Is the yellow rectangle below the red circle?",
    "exist(f(ord(union(u(f(sel(circle), color=red)), u(f(sel(rectangle), color=yellow))), bottom, 1), shape=rectangle))",
    lambda p: yes(extreme(p, [p.the("circle", color="red"), p.the("rectangle")], "bottom") == p.the("rectangle")),
)
P(
    "superlative",
    "shapes",
    "Which shape is in the very middle of the picture?",
    "q(ord(scene(), centre, 1), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "superlative",
    "shapes",
    "What color is the rightmost shape in the top row?",
    "q(ord(f(scene(), vposition=top), right, 1), color)",
    lambda p: p.value(extreme(p, p.f(vposition="top"), "right"), "color"),
)
P(
    "position",
    "shapes",
    "Which is further left, the yellow rectangle or the red circle?",
    "q(ord(union(u(f(sel(rectangle), color=yellow)), u(f(sel(circle), color=red))), left, 1), shape)",
    lambda p: p.value(extreme(p, [p.the("rectangle"), p.the("circle", color="red")], "left"), "shape"),
)
X("shapes", "Is the red circle in front of the blue square or behind it?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
