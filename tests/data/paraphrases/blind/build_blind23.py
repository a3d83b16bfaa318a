# ruff: noqa: E501
"""Blind paraphrase set 23: the crowd-sourced voice. Short to medium questions of the kind many different annotators
write about an image when each is asked for a few (VQA v2, CLEVR-Humans): some formal, some sloppy, some
non-native, each with their own words for the objects ("the shiny gold thing", "the little matte block", "the big
round one", "the tube-shaped object") and for relations ("closest to the camera", "furthest from the viewer",
"directly behind", "beside", "between"), counting with conditions, comparisons, "what is the X made of", "is the
number of X equal to the number of Y", "are there any other objects of the same size as ...", and an ordinary typo
or a missing question mark in about one question in twelve. Written without reading the parser, the grammar or any
earlier set but the twentieth (read for the format only); held back to be run once, at the end.

Run ``python build_blind23.py`` to write ``../blind23.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind23.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis, or how nearly equal two distances may be, before a
# careful person could not call the order
TIE = 0.25
NEAR_RATIO = 1.2
# how far (in scene units) an object may stray sideways and still be "directly" behind or in front of another, and
# how far from the line joining two objects one may lie and still be "between" them
ALIGNED = 1.0
ON_LINE = 0.7


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


def directly(s: Clevr, relation: str, anchor: int) -> int:
    """The one object ``relation`` (behind, front) of the anchor, which must also lie nearly in line with it."""
    found = related(s, relation, anchor)
    if len(found) != 1:
        raise NotUnique(f"{len(found)} objects {relation}")
    if abs(along(s, found[0], "left") - along(s, anchor, "left")) > ALIGNED:
        raise NotUnique("not in line")
    return found[0]


def between(s: Clevr, left_one: int, right_one: int) -> int:
    """The one object right of ``left_one`` and left of ``right_one``, lying near the line joining the two."""
    found = set(related(s, "right", left_one)) & set(related(s, "left", right_one))
    if len(found) != 1:
        raise NotUnique(f"between: {found}")
    z = found.pop()
    (ax, ay), (bx, by), (zx, zy) = (s.objects[i]["3d_coords"][:2] for i in (left_one, right_one, z))
    dx, dy = bx - ax, by - ay
    t = ((zx - ax) * dx + (zy - ay) * dy) / (dx * dx + dy * dy)
    if not 0.2 < t < 0.8 or math.dist((ax + t * dx, ay + t * dy), (zx, zy)) > ON_LINE:
        raise NotUnique("not on the line between")
    return z


def most_common(values: list[str]) -> str:
    """The value most of values have (NotUnique on a tie)."""
    tally = Counter(values).most_common()
    if len(tally) > 1 and tally[0][1] == tally[1][1]:
        raise NotUnique(f"tie {tally[:2]}")
    return tally[0][0]


def bigger(s: Clevr, a: int, b: int) -> str:
    """The shape of the larger of two objects (NotUnique when they are one size)."""
    sizes = (s.a(a, "size"), s.a(b, "size"))
    if sizes[0] == sizes[1]:
        raise NotUnique("one size")
    return s.a(a if sizes[0] == "large" else b, "shape")


def others(s: Clevr, anchor: int, attribute: str) -> list[int]:
    """The objects other than the anchor that share its value of ``attribute``."""
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def box_area(p: Photo, oid: str) -> float:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x2 - x1) * (y2 - y1)


def big_box(p: Photo, ids: list[str]) -> str:
    """The object of ids with the largest box; NotUnique when the runner-up's is within a quarter of it."""
    order = sorted(ids, key=lambda i: box_area(p, i), reverse=True)
    if len(order) > 1 and box_area(p, order[0]) < 1.25 * box_area(p, order[1]):
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


def worn_by(p: Photo, who: str) -> str:
    return only(p.objects_of(who, "wearing"))


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph, large blue metal sph, large green rubber cyl
C(
    "attribute",
    0,
    "What color is the big shiny ball?",
    "q(u(f(sel(sphere), size=large, material=metal)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large", material="metal"), "color"),
)
C(
    "compare_attr",
    0,
    "is the tube shaped thing bigger then the yellow ball",
    "larger(u(sel(cylinder)), u(f(sel(sphere), color=yellow)))",
    lambda s: yes(
        s.a(s.the(shape="cylinder"), "size") == "large"
        and s.a(s.the(shape="sphere", color="yellow"), "size") == "small"
    ),
)
C(
    "superlative",
    0,
    "What colour is the object nearest to the viewer?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "compare_attr",
    1,
    "Are the two blue cylinders made of the same material?",
    "same(f(sel(cylinder), color=blue), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cylinder", color="blue")}) == 1),
)
C(
    "exist",
    1,
    "Are there any other objects that are the same size as the brown ball?",
    "exist(diff(f(scene(), size=small), f(sel(sphere), color=brown)))",
    lambda s: yes(bool(others(s, s.the(shape="sphere", color="brown"), "size"))),
)
C(
    "spatial",
    1,
    "How many object are behind of the purple block?",
    "count(rel(u(f(sel(cube), color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="purple"))),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "attribute",
    2,
    "What is the little grey cylinder made of?",
    "q(u(f(sel(cylinder), size=small, color=gray)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="small", color="gray"), "material"),
)
C(
    "spatial",
    2,
    "Is the cyan cylinder on the left side of the green cube?",
    "exist(f(rel(u(f(sel(cube), color=green)), left), color=cyan, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "cyan"}, "left", {"shape": "cube", "color": "green"}),
)
X(2, "Which of these three objects was made first?")

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "compare_count",
    3,
    "Is the number of cylinders equal to the number of red objects?",
    "eq(count(sel(cylinder)), count(f(scene(), color=red)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(color="red"))),
)
C(
    "chain",
    3,
    "What color is the thing next to the large purple cylinder?",
    "q(closest(scene(), u(f(sel(cylinder), size=large, color=purple))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", size="large", color="purple")), "color"),
)

# scene 4: small red rubber cyl, small green rubber cyl, small brown rubber sph, small yellow metal sph, small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph
C(
    "count",
    4,
    "How many spheres are there which are small?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "attribute",
    4,
    "There is only one big object, what colour is it?",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)
C(
    "negation",
    4,
    "How many of the yellow objects are not balls?",
    "count(fn(f(scene(), color=yellow), shape=sphere))",
    lambda s: n([i for i in s.f(color="yellow") if s.a(i, "shape") != "sphere"]),
)
C(
    "number",
    4,
    "How many cylinders and cubes are there altogether?",
    "add(count(sel(cylinder)), count(sel(cube)))",
    lambda s: str(len(s.f(shape="cylinder")) + len(s.f(shape="cube"))),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "attribute",
    5,
    "The little red cube, what is it made out of?",
    "q(u(f(sel(cube), size=small, color=red)), material)",
    lambda s: s.a(s.the(shape="cube", size="small", color="red"), "material"),
)
C(
    "superlative",
    5,
    "What colour is the object furthest from the viewer?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "list",
    5,
    "Which colors do the cubes have?",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "quantifier",
    6,
    "Are all the big objects made of rubber?",
    "not_(exist(fn(f(scene(), size=large), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(size="large"))),
)
C(
    "chain",
    6,
    "what colour is the thing right beside the little brown ball",
    "q(closest(scene(), u(f(sel(sphere), size=small, color=brown))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", size="small", color="brown")), "color"),
)
C(
    "spatial",
    6,
    "What material is the object between the big red cylinder and the big purple cylinder?",
    "q(u(diff(rel(u(f(sel(cylinder), size=large, color=red)), right), diff(rel(u(f(sel(cylinder), size=large, color=red)), right), rel(u(f(sel(cylinder), size=large, color=purple)), left)))), material)",
    lambda s: s.a(
        between(s, s.the(shape="cylinder", color="red"), s.the(shape="cylinder", color="purple")), "material"
    ),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "attribute",
    7,
    "What shape is the shiny gold thing?",
    "q(u(f(scene(), color=yellow, material=metal)), shape)",
    lambda s: s.a(s.the(color="yellow", material="metal"), "shape"),
)
C(
    "exist",
    7,
    "Is there a cube that is the same colour as the big sphere?",
    "exist(f(sel(cube), color=purple))",
    lambda s: yes(bool(s.f(shape="cube", color=s.a(s.the(shape="sphere", size="large"), "color")))),
)
C(
    "position",
    7,
    "What is the color of the second cylinder from the left?",
    "q(ord(sel(cylinder), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "left", 2), "color"),
)
X(7, "What is the purple ball filled with?")

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "compare_count",
    8,
    "Are there as many yellow things as gray things?",
    "eq(count(f(scene(), color=yellow)), count(f(scene(), color=gray)))",
    lambda s: yes(len(s.f(color="yellow")) == len(s.f(color="gray"))),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "spatial",
    9,
    "Is the shiny green ball in front of the green cylnder?",
    "exist(f(rel(u(f(sel(cylinder), color=green)), front), color=green, material=metal, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "green", "material": "metal"}, "front", {"shape": "cylinder", "color": "green"}
    ),
)
C(
    "spatial",
    9,
    "What color is the object directly in front of the large brown sphere?",
    "q(u(rel(u(f(sel(sphere), size=large, color=brown)), front)), color)",
    lambda s: s.a(directly(s, "front", s.the(shape="sphere", size="large", color="brown")), "color"),
)
C(
    "spatial",
    9,
    "what colour is the thing between the grey cube and the green rubber cylinder",
    "q(u(diff(rel(u(f(sel(cube), color=gray)), right), diff(rel(u(f(sel(cube), color=gray)), right), rel(u(f(sel(cylinder), color=green, material=rubber)), left)))), color)",
    lambda s: s.a(
        between(s, s.the(shape="cube", color="gray"), s.the(shape="cylinder", color="green", material="rubber")),
        "color",
    ),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "position",
    10,
    "Of the two spheres, which one is further left? Tell me its colour.",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "color"),
)
C(
    "verify",
    10,
    "The small cube is grey right",
    "verify(u(f(sel(cube), size=small)), color, gray)",
    lambda s: yes(s.a(s.the(shape="cube", size="small"), "color") == "gray"),
)
X(10, "Why is the red ball not shiny like the purple one?")

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C("count", 11, "how many brown things r there", "count(f(scene(), color=brown))", lambda s: n(s.f(color="brown")))
C(
    "attribute",
    11,
    "What materal is the huge brown cylinder?",
    "q(u(f(sel(cylinder), size=large, color=brown)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="large", color="brown"), "material"),
)
C(
    "count",
    11,
    "How many other objects have the same color as the big yellow ball?",
    "count(diff(f(scene(), color=yellow), f(sel(sphere), size=large, color=yellow)))",
    lambda s: n(others(s, s.the(shape="sphere", size="large", color="yellow"), "color")),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "compare_attr",
    12,
    "Is the red cube made of the same material as the blue cube?",
    "same(u(f(sel(cube), color=red)), u(f(sel(cube), color=blue)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="red"), "material") == s.a(s.the(shape="cube", color="blue"), "material")
    ),
)
C(
    "chain",
    12,
    "How many objects are in front of the thing closest to the cyan cylinder?",
    "count(rel(closest(scene(), u(f(sel(cylinder), color=cyan))), front))",
    lambda s: n(related(s, "front", nearest(s, s.all(), s.the(shape="cylinder", color="cyan")))),
)
C(
    "two_clause",
    12,
    "Is there a red ball or a yellow cube?",
    "or_(exist(f(sel(sphere), color=red)), exist(f(sel(cube), color=yellow)))",
    lambda s: yes(bool(s.f(shape="sphere", color="red")) or bool(s.f(shape="cube", color="yellow"))),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "superlative",
    13,
    "Which colour do you see most?",
    "common_value(scene(), color)",
    lambda s: most_common([s.a(i, "color") for i in s.all()]),
)
C(
    "attribute",
    13,
    "Is the shiny red cube big or small?",
    "choose(u(f(sel(cube), color=red, material=metal)), size, [large, small])",
    lambda s: s.a(s.the(shape="cube", color="red", material="metal"), "size"),
)
C(
    "spatial",
    13,
    "How many things are infront of the purple cylinder?",
    "count(rel(u(f(sel(cylinder), color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="purple"))),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "spatial",
    14,
    "Is the cube to the left of the large ball?",
    "exist(f(rel(u(f(sel(sphere), size=large)), left), shape=cube))",
    lambda s: is_rel(s, {"shape": "cube"}, "left", {"shape": "sphere", "size": "large"}),
)

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "attribute",
    15,
    "What colour is the little matte block?",
    "q(u(f(sel(cube), size=small, material=rubber)), color)",
    lambda s: s.a(s.the(shape="cube", size="small", material="rubber"), "color"),
)
C(
    "quantifier",
    15,
    "Are both green things made of metal?",
    "not_(exist(fn(f(scene(), color=green), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(color="green"))),
)
X(15, "What would the red ball sound like if you dropped it?")

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "quantifier",
    16,
    "Are all the small things shiny?",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(size="small"))),
)
C(
    "spatial",
    16,
    "What colour is the big cylinder on the left of the brown one?",
    "q(u(f(rel(u(f(sel(cylinder), color=brown)), left), size=large, shape=cylinder)), color)",
    lambda s: s.a(
        only(
            [
                i
                for i in related(s, "left", s.the(shape="cylinder", color="brown"))
                if s.a(i, "shape") == "cylinder" and s.a(i, "size") == "large"
            ]
        ),
        "color",
    ),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "spatial",
    17,
    "Is the yellow ball behind the red cube?",
    "exist(f(rel(u(f(sel(cube), color=red)), behind), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "behind", {"shape": "cube", "color": "red"}),
)
C(
    "two_clause",
    17,
    "Is there a green cylinder and a red sphere?",
    "and_(exist(f(sel(cylinder), color=green)), exist(f(sel(sphere), color=red)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="green")) and bool(s.f(shape="sphere", color="red"))),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "negation",
    18,
    "How many purple objects aren't cylinders?",
    "count(fn(f(scene(), color=purple), shape=cylinder))",
    lambda s: n([i for i in s.f(color="purple") if s.a(i, "shape") != "cylinder"]),
)
C(
    "compare_attr",
    18,
    "Are the two big cylinders made of the same material?",
    "same(f(sel(cylinder), size=large), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cylinder", size="large")}) == 1),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "verify",
    19,
    "Is the silver ball a large one?",
    "verify(u(f(sel(sphere), color=gray, material=metal)), size, large)",
    lambda s: yes(s.a(s.the(shape="sphere", color="gray", material="metal"), "size") == "large"),
)
C(
    "chain",
    19,
    "What colour is the object in front of the cylinder that is closest to the gray cube?",
    "q(u(rel(closest(sel(cylinder), u(f(sel(cube), color=gray))), front)), color)",
    lambda s: s.a(
        only(related(s, "front", nearest(s, s.f(shape="cylinder"), s.the(shape="cube", color="gray")))), "color"
    ),
)
X(19, "What is the temperature of the silver ball?")

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "list",
    20,
    "What shapes are the yellow objects?",
    "values(f(scene(), color=yellow), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="yellow")),
)
C(
    "spatial",
    20,
    "How many objects are to the right of the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="green"))),
)
C(
    "spatial",
    20,
    "What shape is the thing in between the brown cube and the yellow cube?",
    "q(u(diff(rel(u(f(sel(cube), color=brown)), right), diff(rel(u(f(sel(cube), color=brown)), right), rel(u(f(sel(cube), color=yellow)), left)))), shape)",
    lambda s: s.a(between(s, s.the(shape="cube", color="brown"), s.the(shape="cube", color="yellow")), "shape"),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "chain",
    21,
    "What colour is the thing beside the yellow ball?",
    "q(closest(scene(), u(f(sel(sphere), color=yellow))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="yellow")), "color"),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "compare_attr",
    22,
    "Are the two yellow objects made of the same material?",
    "same(f(scene(), color=yellow), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(color="yellow")}) == 1),
)
C(
    "exist",
    22,
    "Is there anything else the same colour as the big cylinder?",
    "exist(diff(f(scene(), color=yellow), sel(cylinder)))",
    lambda s: yes(bool(others(s, s.the(shape="cylinder", size="large"), "color"))),
)

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "quantifier",
    23,
    "Are all of the spheres small?",
    "not_(exist(fn(sel(sphere), size=small)))",
    lambda s: yes(all(s.a(i, "size") == "small" for i in s.f(shape="sphere"))),
)
C(
    "chain",
    23,
    "Which color is the sphere nearest to the big cylinder?",
    "q(closest(sel(sphere), u(f(sel(cylinder), size=large))), color)",
    lambda s: s.a(nearest(s, s.f(shape="sphere"), s.the(shape="cylinder", size="large")), "color"),
)
X(23, "How heavy is the big yellow cylinder?")

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "count",
    24,
    "how many red metal balls are there",
    "count(f(sel(sphere), color=red, material=metal))",
    lambda s: n(s.f(shape="sphere", color="red", material="metal")),
)
C(
    "compare_count",
    24,
    "Is the number of red things equal to the number of large cubes?",
    "eq(count(f(scene(), color=red)), count(f(sel(cube), size=large)))",
    lambda s: yes(len(s.f(color="red")) == len(s.f(shape="cube", size="large"))),
)
C(
    "superlative",
    24,
    "What material is the object farthest away from the camera?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "attribute",
    25,
    "what color is the big matte ball",
    "q(u(f(sel(sphere), size=large, material=rubber)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large", material="rubber"), "color"),
)
C(
    "number",
    25,
    "How many more metal things than rubber things are there?",
    "sub(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: str(len(s.f(material="metal")) - len(s.f(material="rubber"))),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "quantifier",
    26,
    "Is everything made of metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: yes(all(o["material"] == "metal" for o in s.objects)),
)
C(
    "negation",
    26,
    "how many green things are not balls?",
    "count(fn(f(scene(), color=green), shape=sphere))",
    lambda s: n([i for i in s.f(color="green") if s.a(i, "shape") != "sphere"]),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "attribute",
    27,
    "What size is the gold ball?",
    "q(u(f(sel(sphere), color=yellow)), size)",
    lambda s: s.a(s.the(shape="sphere", color="yellow"), "size"),
)
C(
    "spatial",
    27,
    "Is the little red cylinder to the right of the yellow ball?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), right), color=red, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "red"}, "right", {"shape": "sphere", "color": "yellow"}),
)
X(27, "Who lined these objects up like this?")

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "quantifier",
    28,
    "Are all the cylinders red?",
    "not_(exist(fn(sel(cylinder), color=red)))",
    lambda s: yes(all(s.a(i, "color") == "red" for i in s.f(shape="cylinder"))),
)
C(
    "compare_attr",
    28,
    "Which is bigger, the brown sphere or the purple cylinder?",
    "compare(u(f(sel(sphere), color=brown)), u(f(sel(cylinder), color=purple)), bigger)",
    lambda s: bigger(s, s.the(shape="sphere", color="brown"), s.the(shape="cylinder", color="purple")),
)

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "compare_attr",
    29,
    "Are the two cyan objects made of the same material?",
    "same(f(scene(), color=cyan), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(color="cyan")}) == 1),
)

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "verify",
    30,
    "Is the tube shiny?",
    "verify(u(sel(cylinder)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == "metal"),
)
C(
    "spatial",
    30,
    "Is the purple ball behind the green one?",
    "exist(f(rel(u(f(sel(sphere), color=green)), behind), color=purple, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "purple"}, "behind", {"shape": "sphere", "color": "green"}),
)

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "chain",
    31,
    "What color is the object closest to the gray ball?",
    "q(closest(scene(), u(f(sel(sphere), color=gray))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="gray")), "color"),
)
C(
    "list",
    31,
    "What materials are the little balls made of?",
    "values(f(sel(sphere), size=small), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="sphere", size="small")),
)
X(31, "Which of the balls is the oldest?")

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C("count", 32, "Number of grey cubes?", "count(f(sel(cube), color=gray))", lambda s: n(s.f(shape="cube", color="gray")))

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "compare_attr",
    33,
    "Is the large red sphere the same material as the large green cube?",
    "same(u(f(sel(sphere), size=large, color=red)), u(f(sel(cube), size=large, color=green)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="red"), "material") == s.a(s.the(shape="cube", color="green"), "material")
    ),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "attribute",
    34,
    "What shape is the small yellow thing?",
    "q(u(f(scene(), size=small, color=yellow)), shape)",
    lambda s: s.a(s.the(size="small", color="yellow"), "shape"),
)
C(
    "spatial",
    34,
    "Which colour is the object directly behind the large gray cylinder?",
    "q(u(rel(u(f(sel(cylinder), size=large, color=gray)), behind)), color)",
    lambda s: s.a(directly(s, "behind", s.the(shape="cylinder", size="large", color="gray")), "color"),
)

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "count",
    35,
    "In this picture, how much cubes are large?",
    "count(f(sel(cube), size=large))",
    lambda s: n(s.f(shape="cube", size="large")),
)
C(
    "chain",
    35,
    "What is the material of the object closest to the tiny purple ball?",
    "q(closest(scene(), u(f(sel(sphere), size=small, color=purple))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", size="small", color="purple")), "material"),
)
X(35, "How much would the big red ball cost?")

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "spatial",
    36,
    "Is the brown cylinder behind the little yellow cube?",
    "exist(f(rel(u(f(sel(cube), size=small, color=yellow)), behind), color=brown, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "brown"}, "behind", {"shape": "cube", "color": "yellow"}),
)
C(
    "spatial",
    36,
    "What shape is the thing right in front of the brown cylinder?",
    "q(u(rel(u(f(sel(cylinder), color=brown)), front)), shape)",
    lambda s: s.a(directly(s, "front", s.the(shape="cylinder", color="brown")), "shape"),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "count",
    37,
    "How many things here are made from rubber?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "two_clause",
    37,
    "Is there a gray cylinder and a cyan ball?",
    "and_(exist(f(sel(cylinder), color=gray)), exist(f(sel(sphere), color=cyan)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="gray")) and bool(s.f(shape="sphere", color="cyan"))),
)
C(
    "spatial",
    37,
    "What material is the object between the little brown cube and the small gray cylinder?",
    "q(u(diff(rel(u(f(sel(cube), size=small, color=brown)), right), diff(rel(u(f(sel(cube), size=small, color=brown)), right), rel(u(f(sel(cylinder), size=small, color=gray)), left)))), material)",
    lambda s: s.a(
        between(s, s.the(shape="cube", color="brown"), s.the(shape="cylinder", size="small", color="gray")), "material"
    ),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "position",
    38,
    "What shape is the second object from the left?",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "attribute",
    39,
    "What is the small brown object made of?",
    "q(u(f(scene(), size=small, color=brown)), material)",
    lambda s: s.a(s.the(size="small", color="brown"), "material"),
)
C(
    "superlative",
    39,
    "Which shape is the object at the very front?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "spatial",
    40,
    "Is the small cube to the left of the cylinder?",
    "exist(f(rel(u(sel(cylinder)), left), size=small, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "size": "small"}, "left", {"shape": "cylinder"}),
)
C(
    "exist",
    40,
    "Are there other objects the same size as the cyan cube?",
    "exist(diff(f(scene(), size=small), f(sel(cube), color=cyan)))",
    lambda s: yes(bool(others(s, s.the(shape="cube", color="cyan"), "size"))),
)

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "superlative",
    41,
    "What colour is the frontmost object?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "exist",
    41,
    "Are there any other things that are the same shape as the blue cube?",
    "exist(diff(sel(cube), f(sel(cube), color=blue)))",
    lambda s: yes(bool(others(s, s.the(shape="cube", color="blue"), "shape"))),
)
C(
    "chain",
    41,
    "What colour is the object nearest to the thing closest to the camera?",
    "q(closest(scene(), ord(scene(), front, 1)), color)",
    lambda s: s.a(nearest(s, s.all(), nth(s, s.all(), "front")), "color"),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "number",
    42,
    "How many things are either gray or yellow?",
    "add(count(f(scene(), color=gray)), count(f(scene(), color=yellow)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") in ("gray", "yellow")]),
)
C(
    "chain",
    42,
    "What colour is the thing nearest to the yellow rubber ball?",
    "q(closest(scene(), u(f(sel(sphere), color=yellow, material=rubber))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="yellow", material="rubber")), "color"),
)
X(42, "What is the name of the person who built this scene?")

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "position",
    43,
    "What colour is the leftmost object?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "quantifier",
    43,
    "Is there exactly one cylinder?",
    "eq(count(sel(cylinder)), num(1))",
    lambda s: yes(len(s.f(shape="cylinder")) == 1),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "compare_attr",
    44,
    "Is the large blue cube the same size as the purple cube?",
    "same(u(f(sel(cube), size=large, color=blue)), u(f(sel(cube), color=purple)), size)",
    lambda s: yes(s.a(s.the(shape="cube", color="blue"), "size") == s.a(s.the(shape="cube", color="purple"), "size")),
)
C(
    "spatial",
    44,
    "How many objects are to the left of the purple cube?",
    "count(rel(u(f(sel(cube), color=purple)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="purple"))),
)
X(44, "Which of the cubes did the designer like best?")

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "two_clause",
    45,
    "Is there a red cube and a yellow cylinder?",
    "and_(exist(f(sel(cube), color=red)), exist(f(sel(cylinder), color=yellow)))",
    lambda s: yes(bool(s.f(shape="cube", color="red")) and bool(s.f(shape="cylinder", color="yellow"))),
)
C(
    "superlative",
    45,
    "What shape is the object closest to the camera?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "list",
    46,
    "What shapes are the purple things?",
    "values(f(scene(), color=purple), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="purple")),
)
C(
    "spatial",
    46,
    "Is the green ball to the left of the large grey cube?",
    "exist(f(rel(u(f(sel(cube), size=large, color=gray)), left), color=green, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "green"}, "left", {"shape": "cube", "size": "large", "color": "gray"}
    ),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "compare_count",
    47,
    "Are there more cubes than spheres?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)
C(
    "negation",
    47,
    "How many cubes are not purple?",
    "count(fn(sel(cube), color=purple))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") != "purple"]),
)
C(
    "spatial",
    47,
    "What colour is the cylinder directly behind the small red cylinder?",
    "q(u(f(rel(u(f(sel(cylinder), color=red)), behind), shape=cylinder)), color)",
    lambda s: s.a(directly(s, "behind", s.the(shape="cylinder", color="red")), "color"),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "quantifier",
    48,
    "Are all the spheres metal?",
    "not_(exist(fn(sel(sphere), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="sphere"))),
)
X(48, "Who owns the yellow ball?")

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "count",
    49,
    "how many of the balls are metal",
    "count(f(sel(sphere), material=metal))",
    lambda s: n(s.f(shape="sphere", material="metal")),
)
C(
    "spatial",
    49,
    "How many things are behind the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="green"))),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "count",
    50,
    "What number of things are made of rubber?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "attribute",
    51,
    "What color is the big round one?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "spatial",
    51,
    "Is the brown sphere to the right of the gray sphere?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), right), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "right", {"shape": "sphere", "color": "gray"}),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "spatial",
    52,
    "Is the blue cube in front of the brown cube?",
    "exist(f(rel(u(f(sel(cube), color=brown)), front), color=blue, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "blue"}, "front", {"shape": "cube", "color": "brown"}),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "count",
    53,
    "How many big cubes do you see?",
    "count(f(sel(cube), size=large))",
    lambda s: n(s.f(shape="cube", size="large")),
)
C(
    "chain",
    53,
    "How many objects are to the right of the thing closest to the little grey cube?",
    "count(rel(closest(scene(), u(f(sel(cube), size=small, color=gray))), right))",
    lambda s: n(related(s, "right", nearest(s, s.all(), s.the(shape="cube", size="small", color="gray")))),
)
C(
    "two_clause",
    53,
    "Are there both a green ball and a purple block?",
    "and_(exist(f(sel(sphere), color=green)), exist(f(sel(cube), color=purple)))",
    lambda s: yes(bool(s.f(shape="sphere", color="green")) and bool(s.f(shape="cube", color="purple"))),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "count",
    55,
    "There are how many purple balls?",
    "count(f(sel(sphere), color=purple))",
    lambda s: n(s.f(shape="sphere", color="purple")),
)
C(
    "negation",
    55,
    "How many objects aren't purple?",
    "count(fn(scene(), color=purple))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "purple"]),
)

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "superlative",
    56,
    "which colour has the object that is most near to the camera",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(56, "Where were these toys bought?")

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "spatial",
    57,
    "Is the small brown can in front of the blue ball?",
    "exist(f(rel(u(f(sel(sphere), color=blue)), front), color=brown, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "brown"}, "front", {"shape": "sphere", "color": "blue"}),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "attribute",
    58,
    "what shape has the little object",
    "q(u(f(scene(), size=small)), shape)",
    lambda s: s.a(s.the(size="small"), "shape"),
)
C(
    "compare_attr",
    58,
    "Do both blocks have the same size?",
    "same(sel(cube), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cube")}) == 1),
)

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "negation",
    59,
    "How many objects are neither purple nor brown?",
    "count(fn(fn(scene(), color=purple), color=brown))",
    lambda s: n([i for i in s.all() if s.a(i, "color") not in ("purple", "brown")]),
)

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP', white car (left), tree behind the bus, small brown dog, road text 'NO PARKING'
P("count", "street", "How many people can you see in this street scene?", "count(sel(person))", lambda p: n(people(p)))
P("count", "street", "how many men are their in the photo", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "text",
    "street",
    "What's written on the sign in the top right corner?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "text",
    "street",
    "what does it say on the side of the red bus",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "text",
    "street",
    "The writing on the street surface, what does it read?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "chain",
    "street",
    "What color tie is the man on the left wearing?",
    "q(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="left")), "color"),
)
P(
    "chain",
    "street",
    "Who is holding the dog?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "spatial",
    "street",
    "Is the woman standing in front of the bus?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "front", p.the("bus"))),
)
P(
    "spatial",
    "street",
    "is there a tree behind the bus",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(any(p.name(o) == "tree" for o in p.subjects("behind", p.the("bus")))),
)
P(
    "attribute",
    "street",
    "The car at the bottom left - what colour is it?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "verify",
    "street",
    "Is the dog a big one?",
    "verify(u(sel(dog)), size, large)",
    lambda p: yes(p.value(p.the("dog"), "size") == "large"),
)
P(
    "chain",
    "street",
    "What colour is the tie of the man to the right of the woman?",
    "q(u(rel(u(rel(u(sel(woman)), right, name=man)), wearing, role=object)), color)",
    lambda p: p.value(
        worn_by(p, only([o for o in p.subjects("right", p.the("woman")) if p.name(o) == "man"])), "color"
    ),
)
P(
    "attribute",
    "street",
    "what colour clothes does the woman have on",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "compare_count",
    "street",
    "Are there more men than dogs?",
    "gt(count(sel(man)), count(sel(dog)))",
    lambda p: yes(len(p.f("man")) > len(p.f("dog"))),
)
P(
    "compare_attr",
    "street",
    "Is the sign the same colour as the car?",
    "same(u(sel(sign)), u(sel(car)), color)",
    lambda p: yes(p.value(p.the("sign"), "color") == p.value(p.the("car"), "color")),
)
P(
    "list",
    "street",
    "What colours are the people wearing?",
    "values(sel(person), color)",
    lambda p: listed(p.value(o, "color") for o in people(p)),
)
P(
    "two_clause",
    "street",
    "Is there a dog and a cat?",
    "and_(exist(sel(dog)), exist(sel(cat)))",
    lambda p: yes(bool(p.f("dog")) and bool(p.f("cat"))),
)
P(
    "superlative",
    "street",
    "Which object takes up the most space in the picture?",
    "q(ord(scene(), largest, 1), name)",
    lambda p: p.name(big_box(p, list(p.objects))),
)
P(
    "negation",
    "street",
    "How many people aren't wearing a tie?",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([o for o in people(p) if o not in wearers(p, "tie")]),
)
P(
    "quantifier",
    "street",
    "Is everyone wearing a tie?",
    "not_(exist(diff(sel(person), rel(sel(tie), wearing))))",
    lambda p: yes(all(o in wearers(p, "tie") for o in people(p))),
)
P(
    "number",
    "street",
    "How many people and animals are there altogether?",
    "add(count(sel(person)), count(sel(dog)))",
    lambda p: str(len(people(p)) + len(p.f("dog"))),
)
P(
    "position",
    "street",
    "Is the car on the left or the right?",
    "choose(u(sel(car)), hposition, [left, right])",
    lambda p: p.value(p.the("car"), "hposition"),
)
X("street", "What city was this photo taken in?")
X("street", "What is the man on the right saying?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right
P("count", "kitchen", "How many mugs are there?", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "text",
    "kitchen",
    "What time is shown on the clock?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "text",
    "kitchen",
    "what is written on the green bottle",
    "q(u(f(sel(bottle), color=green)), text)",
    lambda p: p.value(p.the("bottle", color="green"), "text"),
)
P(
    "attribute",
    "kitchen",
    "What's the fork made of?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "spatial",
    "kitchen",
    "What is just left of the plate?",
    "q(u(rel(u(sel(plate)), left)), name)",
    lambda p: p.name(only(p.subjects("left", p.the("plate")))),
)
P(
    "chain",
    "kitchen",
    "What colour is the cup to the left of the plate?",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only([o for o in p.subjects("left", p.the("plate")) if p.name(o) == "cup"]), "color"),
)
P(
    "spatial",
    "kitchen",
    "What's hanging above the table?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "spatial",
    "kitchen",
    "What's lying near the plate?",
    "q(u(rel(u(sel(plate)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("plate")))),
)
P(
    "count",
    "kitchen",
    "How many things are sitting on the table?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P("exist", "kitchen", "Can I see a knife in this kitchen?", "exist(sel(knife))", lambda p: yes(bool(p.f("knife"))))
P(
    "attribute",
    "kitchen",
    "what colour is the woman's clothing",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "negation",
    "kitchen",
    "Apart from the red one, how many cups are there?",
    "count(fn(sel(cup), color=red))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "red"]),
)
P(
    "quantifier",
    "kitchen",
    "Are all the cups white?",
    "not_(exist(fn(sel(cup), color=white)))",
    lambda p: yes(all(p.value(o, "color") == "white" for o in p.f("cup"))),
)
P(
    "compare_count",
    "kitchen",
    "Are there more cups than plates?",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P(
    "list",
    "kitchen",
    "What is on the table?",
    "values(rel(u(sel(table)), on), name)",
    lambda p: listed(p.name(o) for o in p.subjects("on", p.the("table"))),
)
P(
    "position",
    "kitchen",
    "Colour of the cup in the middle?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "spatial",
    "kitchen",
    "Is the woman on the left of the table?",
    "vrel(u(sel(table)), left, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "left", p.the("table"))),
)
P(
    "verify",
    "kitchen",
    "Is the table wooden?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "two_clause",
    "kitchen",
    "Is the bottle green and the plate white?",
    "and_(verify(u(sel(bottle)), color, green), verify(u(sel(plate)), color, white))",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green" and p.value(p.the("plate"), "color") == "white"),
)
P(
    "number",
    "kitchen",
    "How many cups and plates are there altogether?",
    "add(count(sel(cup)), count(sel(plate)))",
    lambda p: str(len(p.f("cup")) + len(p.f("plate"))),
)
P(
    "chain",
    "kitchen",
    "What's to the right of the thing that's on the right of the plate?",
    "q(u(rel(u(rel(u(sel(plate)), right)), right)), name)",
    lambda p: p.name(only(p.subjects("right", only(p.subjects("right", p.the("plate")))))),
)
X("kitchen", "What's in the red cup?")
X("kitchen", "How much did the bottle of water cost?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees
P(
    "number",
    "park",
    "How many kids are there?",
    "add(count(sel(boy)), count(sel(girl)))",
    lambda p: str(len(p.f("boy")) + len(p.f("girl"))),
)
P("count", "park", "how many dogs can u see", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "What is the boy throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "attribute",
    "park",
    "What colour is the frisbee?",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "attribute",
    "park",
    "What's the bench made of?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "chain",
    "park",
    "Who's holding a dog?",
    "q(u(rel(sel(dog), holding)), name)",
    lambda p: p.name(only([o for d in p.f("dog") for o in p.subjects("holding", d)])),
)
P(
    "chain",
    "park",
    "What color is the dog next to the girl?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only([o for o in p.subjects("near", p.the("girl")) if p.name(o) == "dog"]), "color"),
)
P(
    "chain",
    "park",
    "What is the woman in white standing next to?",
    "q(u(rel(u(f(sel(woman), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("woman", color="white")))),
)
P(
    "spatial",
    "park",
    "Is the boy near the bench?",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(p.has(p.the("boy"), "near", p.the("bench"))),
)
P(
    "spatial",
    "park",
    "What's behind the girl?",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
P(
    "compare_count",
    "park",
    "Are there more people than trees?",
    "gt(count(sel(person)), count(sel(tree)))",
    lambda p: yes(len(people(p)) > len(p.f("tree"))),
)
P(
    "spatial",
    "park",
    "girl is left from the boy?",
    "vrel(u(sel(boy)), left, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "left", p.the("boy"))),
)
P(
    "superlative",
    "park",
    "the person most on the right wears which colour?",
    "q(ord(sel(person), right, 1), color)",
    lambda p: p.value(side_of(p, people(p), "right"), "color"),
)
P(
    "two_clause",
    "park",
    "Is the bench green and the bike blue?",
    "and_(verify(u(sel(bench)), color, green), verify(u(sel(bicycle)), color, blue))",
    lambda p: yes(p.value(p.the("bench"), "color") == "green" and p.value(p.the("bicycle"), "color") == "blue"),
)
P(
    "negation",
    "park",
    "how many persons are not a woman",
    "count(diff(sel(person), sel(woman)))",
    lambda p: n([o for o in people(p) if p.name(o) != "woman"]),
)
P(
    "list",
    "park",
    "What colours are the women wearing?",
    "values(sel(woman), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("woman")),
)
P(
    "quantifier",
    "park",
    "Is there just the one bench in the park?",
    "eq(count(sel(bench)), num(1))",
    lambda p: yes(len(p.f("bench")) == 1),
)
P(
    "exist",
    "park",
    "The lady in red, is she holding something?",
    "exist(rel(u(f(sel(woman), color=red)), holding, role=object))",
    lambda p: yes(bool(p.objects_of(p.the("woman", color="red"), "holding"))),
)
P(
    "chain",
    "park",
    "What colour is the thing the kid next to the bench is throwing?",
    "q(u(rel(u(rel(u(sel(bench)), near, name=boy)), throwing, role=object)), color)",
    lambda p: p.value(
        only(p.objects_of(only([o for o in p.subjects("near", p.the("bench")) if p.name(o) == "boy"]), "throwing")),
        "color",
    ),
)
P(
    "position",
    "park",
    "Is the bike on the left or right side of the photo?",
    "choose(u(sel(bicycle)), hposition, [left, right])",
    lambda p: p.value(p.the("bicycle"), "hposition"),
)
X("park", "What breed is the black dog?")
X("park", "Is the boy the girl's brother?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P("count", "shapes", "how many circles are there", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "What colour is the square?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)
P("count", "shapes", "How many red shapes?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "verify",
    "shapes",
    "Is the triangle yellow?",
    "verify(u(sel(triangle)), color, yellow)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "yellow"),
)
P(
    "position",
    "shapes",
    "Which shape sits in the upper right corner?",
    "q(u(f(scene(), hposition=right, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "shape"),
)
P(
    "attribute",
    "shapes",
    "Which shape is in the bottom left corner?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "shape"),
)
P(
    "exist",
    "shapes",
    "Are there any purple shapes?",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "count",
    "shapes",
    "How many small blue shapes are there?",
    "count(f(scene(), size=small, color=blue))",
    lambda p: n(p.f(size="small", color="blue")),
)
P(
    "compare_attr",
    "shapes",
    "Is the big circle larger than the star?",
    "larger(u(f(sel(circle), size=large)), u(sel(star)))",
    lambda p: yes(
        p.value(p.the("circle", size="large"), "size") == "large" and p.value(p.the("star"), "size") == "small"
    ),
)
P(
    "list",
    "shapes",
    "Which shapes are red?",
    "values(f(scene(), color=red), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="red")),
)
P(
    "count",
    "shapes",
    "How many shapes are in the top row?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "compare_count",
    "shapes",
    "Is the number of large shapes the same as the number of red ones?",
    "eq(count(f(scene(), size=large)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(size="large")) == len(p.f(color="red"))),
)
P(
    "position",
    "shapes",
    "What is the leftmost shape?",
    "q(ord(scene(), left, 1), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "shape"),
)
P(
    "superlative",
    "shapes",
    "What colour is the largest shape?",
    "q(ord(scene(), largest, 1), color)",
    lambda p: p.value(big_box(p, list(p.objects)), "color"),
)
P(
    "negation",
    "shapes",
    "How many shapes are not blue?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "quantifier",
    "shapes",
    "Are all the big shapes in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "two_clause",
    "shapes",
    "Is there a blue hexagon or an orange star?",
    "or_(exist(f(sel(hexagon), color=blue)), exist(f(sel(star), color=orange)))",
    lambda p: yes(bool(p.f("hexagon", color="blue")) or bool(p.f("star", color="orange"))),
)
P(
    "number",
    "shapes",
    "How many more blue shapes are there than red ones?",
    "sub(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: str(len(p.f(color="blue")) - len(p.f(color="red"))),
)
P(
    "number",
    "shapes",
    "how many different kinds of shape are there",
    "nvalues(scene(), shape)",
    lambda p: str(len({p.value(o, "shape") for o in p.objects})),
)
P(
    "verify",
    "shapes",
    "is the hexagon small",
    "verify(u(sel(hexagon)), size, small)",
    lambda p: yes(p.value(p.the("hexagon"), "size") == "small"),
)
X("shapes", "What do these shapes stand for?")
X("shapes", "Which shape is the prettiest?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
