# ruff: noqa: E501
"""Blind paraphrase set 19: the everyday variety of plain English, with no persona or roleplay. The questions are
typed the way ordinary adults type them into a search box or a chat with an assistant: wh-questions, yes/no
questions, imperatives ("tell me ...", "give me ...", "find ..."), statements with a question mark and bare noun
phrases ("red cubes?"); synonyms for attributes and shapes ("hue", "tint", "shade", "globe", "orb", "block",
"brick", "box", "cuboid", "tube", "made out of", "composed of", "constructed from", "shiny", "glossy", "reflective",
"matte", "dull", "tiny", "little", "huge", "giant"); spatial wording ("on the left side of", "further left than",
"closer to the camera than", "further back than", "next to", "beside", "nearest", "furthest from"); relative and
reduced relative clauses, passives, fronted phrases, coordination, negation ("not", "no", "none", "neither",
"except", "other than", "besides"), comparatives and superlatives; polite, casual, terse and long precise registers;
and ordinary typos (a doubled, dropped or swapped letter, a missing apostrophe) in about one question in ten.
Written without reading the parser; held back to be run once, at the end.

Run ``python build_blind19.py`` to write ``../blind19.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind19.jsonl"
Q, C, P, X = question_recorder()
# how close (in scene units) two objects may lie along an axis, or how nearly equal two distances may be, before a
# careful person could not call the order
TIE = 0.25
NEAR_RATIO = 1.2


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas (the list convention)."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th object of ids counted from ``side`` (left, right, front, behind); NotUnique when a neighbour in
    that order is so close (under a quarter of a unit) that a careful person could not tell them apart."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = along(s, order[k - 1], side)
    if any(abs(along(s, order[j], side) - here) < TIE for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def nearest(s: Clevr, ids: list[int], anchor: int, far: bool = False) -> int:
    """The object of ids nearest to (farthest from, with ``far``) the anchor; NotUnique when the runner-up is within
    a fifth of the distance."""
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=lambda i: dist[i], reverse=far)
    if len(order) > 1:
        low, high = sorted((dist[order[0]], dist[order[1]]))
        if high < NEAR_RATIO * low:
            raise NotUnique("about equally far")
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
    """yes/no: the one object ``target`` describes is ``relation`` of the one ``anchor`` describes (NotUnique when
    either description is not unique or the two are too nearly level to call)."""
    t, a = s.the(**target), s.the(**anchor)
    if abs(along(s, t, relation) - along(s, a, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(t in s.rel(relation, a))


def rel_of(s: Clevr, target: dict, anchor: dict, options: tuple[str, str]) -> str:
    """Which of the two relations the target has to the anchor."""
    t, a = s.the(**target), s.the(**anchor)
    if abs(along(s, t, options[0]) - along(s, a, options[0])) < TIE:
        raise NotUnique("too close to call")
    return only([r for r in options if t in s.rel(r, a)])


def only(items: list):
    """The one item of items (NotUnique otherwise)."""
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def most_common(values: list[str]) -> str:
    """The value most of values have (NotUnique on a tie)."""
    tally = Counter(values).most_common()
    if len(tally) > 1 and tally[0][1] == tally[1][1]:
        raise NotUnique(f"tie {tally[:2]}")
    return tally[0][0]


def colours(s: Clevr, ids: list[int]) -> int:
    return len({s.a(i, "color") for i in ids})


def bigger(s: Clevr, a: int, b: int) -> str:
    """The shape of the larger of two objects (NotUnique when they are one size)."""
    sizes = (s.a(a, "size"), s.a(b, "size"))
    if sizes[0] == sizes[1]:
        raise NotUnique("one size")
    return s.a(a if sizes[0] == "large" else b, "shape")


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
    """The k-th object of ids from the left or the right (box centres)."""
    order = p.by_x(ids)
    if side == "right":
        order = order[::-1]
    return order[k - 1]


def wearers(p: Photo, thing: str) -> list[str]:
    return [o for o in p.objects if any(p.name(w) == thing for w in p.objects_of(o, "wearing"))]


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph, large blue metal sph, large green rubber cyl
C(
    "count",
    0,
    "so how many of these things are made out of rubber?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "spatial",
    0,
    "Is the tiny yellow ball closer to the camera than the big blue one?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=blue)), front), size=small, color=yellow, shape=sphere))",
    lambda s: is_rel(
        s,
        {"shape": "sphere", "size": "small", "color": "yellow"},
        "front",
        {"shape": "sphere", "size": "large", "color": "blue"},
    ),
)

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "negation",
    1,
    "Please count all the objects except for the cubes.",
    "count(fn(scene(), shape=cube))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cube"]),
)
C(
    "superlative",
    1,
    "Which shape sits furthest back in the scene?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "attribute",
    2,
    "the little cylinder, what's it made out of?",
    "q(u(f(sel(cylinder), size=small)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "material"),
)
C(
    "compare_attr",
    2,
    "Is the green block bigger than the grey tube?",
    "larger(u(f(sel(cube), color=green)), u(f(sel(cylinder), color=gray)))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="green"), "size") == "large"
        and s.a(s.the(shape="cylinder", color="gray"), "size") == "small"
    ),
)
X(2, "How heavy would the big cyan cylinder be if I tried to pick it up?")

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "list",
    3,
    "Could you please list the colours that the cylinders come in?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "attribute",
    3,
    "What is the small purple cube composed of?",
    "q(u(f(sel(cube), size=small, color=purple)), material)",
    lambda s: s.a(s.the(shape="cube", size="small", color="purple"), "material"),
)

# scene 4: nine small things and one large blue metal sphere
C(
    "count",
    4,
    "tiny yellow things, how many?",
    "count(f(scene(), size=small, color=yellow))",
    lambda s: n(s.f(size="small", color="yellow")),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "exist",
    5,
    "Are any of the balls coloured purple?",
    "exist(f(sel(sphere), color=purple))",
    lambda s: yes(bool(s.f(shape="sphere", color="purple"))),
)
C(
    "position",
    5,
    "Tell me the colour of whatever is furthest to the left.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "compare_count",
    5,
    "Would you say there are more balls than blocks in this image?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "quantifier",
    6,
    "Is every one of the balls made from rubber?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(shape="sphere"))),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "number",
    7,
    "How many diferent colors are the tubes?",
    "nvalues(sel(cylinder), color)",
    lambda s: str(colours(s, s.f(shape="cylinder"))),
)
X(7, "Which of these objects cost the most to make?")

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "two_clause",
    8,
    "Is there either a purple sphere or a brown cylinder in this one?",
    "or_(exist(f(sel(sphere), color=purple)), exist(f(sel(cylinder), color=brown)))",
    lambda s: yes(bool(s.f(shape="sphere", color="purple")) or bool(s.f(shape="cylinder", color="brown"))),
)
C(
    "list",
    8,
    "Give me the materials of the yellow objects.",
    "values(f(scene(), color=yellow), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(color="yellow")),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "count",
    9,
    "What is the total number of objects in the scene that are large?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "verify",
    9,
    "Is the purple cuboid made of reflective metal?",
    "verify(u(f(sel(cube), color=purple)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="purple"), "material") == "metal"),
)
C(
    "spatial",
    9,
    "How many things are sitting in front of the purple block?",
    "count(rel(u(f(sel(cube), color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="purple"))),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "attribute",
    10,
    "that tiny block, what colour would you call it?",
    "q(u(f(sel(cube), size=small)), color)",
    lambda s: s.a(s.the(shape="cube", size="small"), "color"),
)
C(
    "chain",
    10,
    "what color is the thing right next to the big green cylinder",
    "q(closest(scene(), u(f(sel(cylinder), size=large, color=green))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", size="large", color="green")), "color"),
)
C(
    "compare_count",
    10,
    "fewer spheres than cylinders?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C("count", 11, "how many brown objects are ther", "count(f(scene(), color=brown))", lambda s: n(s.f(color="brown")))
C(
    "superlative",
    11,
    "Which colour shows up most often?",
    "common_value(scene(), color)",
    lambda s: most_common([s.a(i, "color") for i in s.all()]),
)
C(
    "exist",
    11,
    "I'm looking for a big brown object. Is there one?",
    "exist(f(scene(), size=large, color=brown))",
    lambda s: yes(bool(s.f(size="large", color="brown"))),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "quantifier",
    12,
    "None of the cubes are rubber, correct?",
    "not_(exist(f(sel(cube), material=rubber)))",
    lambda s: yes(not s.f(shape="cube", material="rubber")),
)
C(
    "position",
    12,
    "What shape is the second-closest object to the camera?",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "negation",
    13,
    "Spheres that aren't red: how many?",
    "count(fn(sel(sphere), color=red))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "red"]),
)
C(
    "compare_attr",
    13,
    "The large cyan cylinder and the large red cube: same material or not?",
    "same(u(f(sel(cylinder), size=large, color=cyan)), u(f(sel(cube), size=large, color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large", color="cyan"), "material")
        == s.a(s.the(shape="cube", size="large", color="red"), "material")
    ),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "count",
    14,
    "Quick question: how many spheres are in this one?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    14,
    "Whats the cube in this picture made of?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "spatial",
    14,
    "Is the grey cube further left than the blue ball?",
    "exist(f(rel(u(f(sel(sphere), color=blue)), left), color=gray, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "gray"}, "left", {"shape": "sphere", "color": "blue"}),
)
C(
    "superlative",
    14,
    "Which object is closest to the camera? Just the colour, please.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(14, "Which of the two balls would bounce higher if you dropped them?")

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "verify",
    15,
    "The red globe is one of the small ones?",
    "verify(u(f(sel(sphere), color=red)), size, small)",
    lambda s: yes(s.a(s.the(shape="sphere", color="red"), "size") == "small"),
)
C(
    "negation",
    15,
    "Could you tell me how many objects aren't made of metal?",
    "count(fn(scene(), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal"]),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "count",
    16,
    "small shiny balls?",
    "count(f(sel(sphere), size=small, material=metal))",
    lambda s: n(s.f(shape="sphere", size="small", material="metal")),
)
C(
    "chain",
    16,
    "Which shape is the object that sits closest to the cyan shpere?",
    "q(closest(scene(), u(f(sel(sphere), color=cyan))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="cyan")), "shape"),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "compare_attr",
    17,
    "Which is bigger: the yellow ball or the green cylinder?",
    "compare(u(f(sel(sphere), color=yellow)), u(f(sel(cylinder), color=green)), bigger)",
    lambda s: bigger(s, s.the(shape="sphere", color="yellow"), s.the(shape="cylinder", color="green")),
)
C(
    "quantifier",
    17,
    "Is every cube in the picture a large one?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="cube"))),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "attribute",
    18,
    "The small blue cylinder is made of what?",
    "q(u(f(sel(cylinder), size=small, color=blue)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="small", color="blue"), "material"),
)
C(
    "number",
    18,
    "Take the number of purple objects and subtract the number of cyan ones. What do you get?",
    "sub(count(f(scene(), color=purple)), count(f(scene(), color=cyan)))",
    lambda s: str(len(s.f(color="purple")) - len(s.f(color="cyan"))),
)
C(
    "spatial",
    18,
    "How many objects are further back than the blue cylinder?",
    "count(rel(u(f(sel(cylinder), color=blue)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="blue"))),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C("count", 19, "I need a count of the cyan objects.", "count(f(scene(), color=cyan))", lambda s: n(s.f(color="cyan")))
C(
    "exist",
    19,
    "Are there any large cylindres in this picture?",
    "exist(f(sel(cylinder), size=large))",
    lambda s: yes(bool(s.f(shape="cylinder", size="large"))),
)

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "list",
    20,
    "What shapes are the yellow things?",
    "values(f(scene(), color=yellow), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="yellow")),
)
C(
    "verify",
    20,
    "The brown cube is constructed from rubber?",
    "verify(u(f(sel(cube), color=brown)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", color="brown"), "material") == "rubber"),
)
C(
    "two_clause",
    20,
    "Is there a yellow cube, and is there also a green sphere?",
    "and_(exist(f(sel(cube), color=yellow)), exist(f(sel(sphere), color=green)))",
    lambda s: yes(bool(s.f(shape="cube", color="yellow")) and bool(s.f(shape="sphere", color="green"))),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C("count", 21, "how many balls do we have here", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    21,
    "Tell me the hue of the large cylinder.",
    "q(u(f(sel(cylinder), size=large)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "color"),
)
C(
    "spatial",
    21,
    "To the right of the yellow ball, how many objects can you count?",
    "count(rel(u(f(sel(sphere), color=yellow)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="yellow"))),
)
C(
    "quantifier",
    21,
    "Is each of the small objects made of rubber?",
    "not_(exist(fn(f(scene(), size=small), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(size="small"))),
)
C(
    "position",
    21,
    "Counting from the left, what is the second object made of?",
    "q(ord(scene(), left, 2), material)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "material"),
)
X(21, "What would happen if the big red ball rolled into the purple cylinder?")

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C("count", 22, "whats the yellow object count", "count(f(scene(), color=yellow))", lambda s: n(s.f(color="yellow")))
C(
    "chain",
    22,
    "What colour is the object sitting nearest the yelow cube?",
    "q(closest(scene(), u(f(sel(cube), color=yellow))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="yellow")), "color"),
)
C(
    "compare_attr",
    22,
    "Are the two yellow objects made of the same material?",
    "same(f(scene(), color=yellow), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(color="yellow")}) == 1),
)
C(
    "spatial",
    22,
    "Is the cyan sphere closer to the camera than the yellow cube?",
    "exist(f(rel(u(f(sel(cube), color=yellow)), front), color=cyan, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "cyan"}, "front", {"shape": "cube", "color": "yellow"}),
)
X(22, "Who put the purple cylinder all the way at the back?")

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "count",
    23,
    "Of these four objects, how many are metallic?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "attribute",
    23,
    "The big cylinder - what material?",
    "q(u(f(sel(cylinder), size=large)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "material"),
)
C(
    "superlative",
    23,
    "What shape is the leftmost object?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "compare_attr",
    23,
    "Is the brown ball about the same size as the brown cylinder?",
    "same(u(f(sel(sphere), color=brown)), u(f(sel(cylinder), color=brown)), size)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="brown"), "size") == s.a(s.the(shape="cylinder", color="brown"), "size")
    ),
)
C(
    "negation",
    23,
    "Besides the yellow ones, how many objects are there?",
    "count(fn(scene(), color=yellow))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "yellow"]),
)
X(23, "Is the yellow cylinder hollow inside?")

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "exist",
    24,
    "any small yellow objects?",
    "exist(f(scene(), size=small, color=yellow))",
    lambda s: yes(bool(s.f(size="small", color="yellow"))),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "verify",
    25,
    "The big block is brown, isnt it?",
    "verify(u(f(sel(cube), size=large)), color, brown)",
    lambda s: yes(s.a(s.the(shape="cube", size="large"), "color") == "brown"),
)
C(
    "quantifier",
    25,
    "Are the spheres all big ones?",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="sphere"))),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "count",
    26,
    "How many objects in this picture have a green colour?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "two_clause",
    26,
    "Is the cyan sphere large and the brown cylinder small?",
    "and_(verify(u(f(sel(sphere), color=cyan)), size, large), verify(u(f(sel(cylinder), color=brown)), size, small))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="cyan"), "size") == "large"
        and s.a(s.the(shape="cylinder", color="brown"), "size") == "small"
    ),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "attribute",
    27,
    "The yellow thing: is that a ball, a block or a cylinder?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda s: s.a(s.the(color="yellow"), "shape"),
)
C(
    "position",
    27,
    "What colour is the object that is third from the left?",
    "q(ord(scene(), left, 3), color)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "color"),
)
C(
    "compare_count",
    27,
    "Are there just as many cubes as cyllinders here?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "number",
    28,
    "How many different materials are the cylinders made of?",
    "nvalues(sel(cylinder), material)",
    lambda s: str(len({s.a(i, "material") for i in s.f(shape="cylinder")})),
)
C(
    "verify",
    28,
    "Is the little brown sphere made out of metal?",
    "verify(u(f(sel(sphere), color=brown)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="brown"), "material") == "metal"),
)

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "attribute",
    29,
    "What's the shade of the small ball?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "spatial",
    29,
    "Is the brown ball to the right of the cyan cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=cyan)), right), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "right", {"shape": "cylinder", "color": "cyan"}),
)
C(
    "chain",
    29,
    "The thing closest to the small brown ball, what material is it?",
    "q(closest(scene(), u(f(sel(sphere), size=small, color=brown))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", size="small", color="brown")), "material"),
)
C(
    "negation",
    29,
    "How many objects are neither cyan nor metal?",
    "count(fn(fn(scene(), color=cyan), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "cyan" and s.a(i, "material") != "metal"]),
)
X(29, "Which of these would float if you put them in water?")

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "compare_attr",
    30,
    "Are both balls the same size?",
    "same(sel(sphere), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="sphere")}) == 1),
)
C("exist", 30, "Is there any box in the picture?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "count",
    31,
    "How many of the spheres are little ones?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "position",
    32,
    "Of the cubes, which colour is the second one from the left?",
    "q(ord(sel(cube), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left", 2), "color"),
)
C(
    "verify",
    32,
    "Would you describe the large ball as yellow?",
    "verify(u(f(sel(sphere), size=large)), color, yellow)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "yellow"),
)
C(
    "quantifier",
    32,
    "Is there only a single cylinder in the picture?",
    "eq(count(sel(cylinder)), num(1))",
    lambda s: yes(len(s.f(shape="cylinder")) == 1),
)
C(
    "superlative",
    32,
    "Which colour do the most objects share?",
    "common_value(scene(), color)",
    lambda s: most_common([s.a(i, "color") for i in s.all()]),
)
C(
    "compare_count",
    32,
    "Are red things more numerous than gray things here?",
    "gt(count(f(scene(), color=red)), count(f(scene(), color=gray)))",
    lambda s: yes(len(s.f(color="red")) > len(s.f(color="gray"))),
)
X(32, "Why are there so many gray things in this picture?")

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "list",
    33,
    "List the colours of the large objects.",
    "values(f(scene(), size=large), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(size="large")),
)
C(
    "spatial",
    33,
    "Is the red sphere further back than the green cube?",
    "exist(f(rel(u(f(sel(cube), color=green)), behind), color=red, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "red"}, "behind", {"shape": "cube", "color": "green"}),
)
C(
    "attribute",
    33,
    "Is the small cylinder blue or gray?",
    "choose(u(f(sel(cylinder), size=small)), color, [blue, gray])",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "color"),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C("count", 34, "How many tubes are in this one?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "quantifier",
    34,
    "Is every object here made of shiny metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: yes(all(o["material"] == "metal" for o in s.objects)),
)
C(
    "spatial",
    34,
    "Is the yellow cube nearer to the camera than the gray cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=gray)), front), color=yellow, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "front", {"shape": "cylinder", "color": "gray"}),
)
C(
    "attribute",
    34,
    "What size is the red cylinder?",
    "q(u(f(sel(cylinder), color=red)), size)",
    lambda s: s.a(s.the(shape="cylinder", color="red"), "size"),
)
X(34, "What is the gray cylinder used for?")

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "count",
    35,
    "How many of the things here are large?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "attribute",
    35,
    "What colour is the smalll sphere?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "count",
    35,
    "What is the total number of objects that are either green or metallic?",
    "count(union(f(scene(), color=green), f(scene(), material=metal)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") == "green" or s.a(i, "material") == "metal"]),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "two_clause",
    36,
    "Is the brown cylinder rubber, and is the purple sphere metal?",
    "and_(verify(u(f(sel(cylinder), color=brown)), material, rubber), verify(u(f(sel(sphere), color=purple)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="brown"), "material") == "rubber"
        and s.a(s.the(shape="sphere", color="purple"), "material") == "metal"
    ),
)
C(
    "chain",
    36,
    "What is the thing beside the big purple ball made of?",
    "q(closest(scene(), u(f(sel(sphere), size=large, color=purple))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", size="large", color="purple")), "material"),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "count",
    37,
    "How many things here are rubber rather than metal?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "superlative",
    37,
    "Which object is the farthest from the camera? What shape is it?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "count",
    38,
    "How many spheres are green?",
    "count(f(sel(sphere), color=green))",
    lambda s: n(s.f(shape="sphere", color="green")),
)
C(
    "compare_count",
    38,
    "Would you say there are fewer spheres here than cylinders?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)
C(
    "position",
    38,
    "Tint of the rightmost object?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "exist",
    38,
    "Is any of the spheres a large one?",
    "exist(f(sel(sphere), size=large))",
    lambda s: yes(bool(s.f(shape="sphere", size="large"))),
)
C(
    "list",
    38,
    "What colours are the sphers?",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
X(38, "Which of the gray cylinders is older?")

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "number",
    39,
    "What's the difference between the number of metal objects and the number of rubber objects?",
    "sub(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: str(len(s.f(material="metal")) - len(s.f(material="rubber"))),
)
C(
    "position",
    39,
    "From left to right, what is the middle object made of?",
    "q(ord(scene(), left, 2), material)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "material"),
)
X(39, "Is the gray cylinder heavier than it looks?")

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "negation",
    40,
    "Other than the cylinder, how many objects are there?",
    "count(fn(scene(), shape=cylinder))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cylinder"]),
)
C(
    "verify",
    40,
    "Is the brown cylinder a metal one?",
    "verify(u(f(sel(cylinder), color=brown)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="brown"), "material") == "metal"),
)
C(
    "spatial",
    40,
    "Which side of the grey cube is the brown cylinder on, left or right?",
    "choose_rel(u(f(sel(cube), color=gray)), [left, right], name=cylinder)",
    lambda s: rel_of(s, {"shape": "cylinder", "color": "brown"}, {"shape": "cube", "color": "gray"}, ("left", "right")),
)
C(
    "superlative",
    40,
    "What colour is the object furthest back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(40, "How long has the brown cylinder been standing there?")

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "count",
    41,
    "How many of the cylinders are yellow?",
    "count(f(sel(cylinder), color=yellow))",
    lambda s: n(s.f(shape="cylinder", color="yellow")),
)
C(
    "negation",
    41,
    "How many cylinders arent made of metal?",
    "count(fn(sel(cylinder), material=metal))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "material") != "metal"]),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "verify",
    42,
    "Is the large sphere dull rubber?",
    "verify(u(f(sel(sphere), size=large)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "material") == "rubber"),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "count",
    43,
    "How many spheres are cyan-coloured?",
    "count(f(sel(sphere), color=cyan))",
    lambda s: n(s.f(shape="sphere", color="cyan")),
)
C(
    "compare_count",
    43,
    "Is it true that there are more cubes than spheres?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)
C(
    "chain",
    43,
    "What colour is the object closest to the grey bal?",
    "q(closest(scene(), u(f(sel(sphere), color=gray))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="gray")), "color"),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "exist",
    44,
    "Is there a purple block anywhere?",
    "exist(f(sel(cube), color=purple))",
    lambda s: yes(bool(s.f(shape="cube", color="purple"))),
)
C(
    "list",
    44,
    "What are the cubes made fo?",
    "values(sel(cube), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="cube")),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C("count", 45, "How many objects are grey?", "count(f(scene(), color=gray))", lambda s: n(s.f(color="gray")))
C(
    "verify",
    45,
    "Is the large red sphere matte?",
    "verify(u(f(sel(sphere), size=large, color=red)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="red"), "material") == "rubber"),
)
C(
    "compare_count",
    45,
    "Do the cubes and the cylinders come in equal numbers?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "number",
    46,
    "How many different shapes are the purple objects?",
    "nvalues(f(scene(), color=purple), shape)",
    lambda s: str(len({s.a(i, "shape") for i in s.f(color="purple")})),
)
C(
    "attribute",
    46,
    "What is the giant red cube made of?",
    "q(u(f(sel(cube), size=large, color=red)), material)",
    lambda s: s.a(s.the(shape="cube", size="large", color="red"), "material"),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "count",
    47,
    "How many purpel cubes?",
    "count(f(sel(cube), color=purple))",
    lambda s: n(s.f(shape="cube", color="purple")),
)
C(
    "quantifier",
    47,
    "Is every sphere here a small one?",
    "not_(exist(fn(sel(sphere), size=small)))",
    lambda s: yes(all(s.a(i, "size") == "small" for i in s.f(shape="sphere"))),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "compare_count",
    48,
    "Are there at least as many cubes as spheres?",
    "not_(lt(count(sel(cube)), count(sel(sphere))))",
    lambda s: yes(len(s.f(shape="cube")) >= len(s.f(shape="sphere"))),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "count",
    49,
    "How many of the balls are yellow?",
    "count(f(sel(sphere), color=yellow))",
    lambda s: n(s.f(shape="sphere", color="yellow")),
)
C(
    "two_clause",
    49,
    "Is tehre a green cube and a green cylinder?",
    "and_(exist(f(sel(cube), color=green)), exist(f(sel(cylinder), color=green)))",
    lambda s: yes(bool(s.f(shape="cube", color="green")) and bool(s.f(shape="cylinder", color="green"))),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C("count", 50, "How mnay green things are there?", "count(f(scene(), color=green))", lambda s: n(s.f(color="green")))
C(
    "superlative",
    50,
    "What colour is the object at the very front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "compare_attr",
    51,
    "Is the brown ball smaller than the gray ball?",
    "smaller(u(f(sel(sphere), color=brown)), u(f(sel(sphere), color=gray)))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="brown"), "size") == "small"
        and s.a(s.the(shape="sphere", color="gray"), "size") == "large"
    ),
)
C(
    "spatial",
    51,
    "Is the yellow cube behind the gray ball?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), behind), color=yellow, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "behind", {"shape": "sphere", "color": "gray"}),
)
C("number", 51, "How many colours can you see?", "nvalues(scene(), color)", lambda s: str(colours(s, s.all())))
X(51, "What does the gray ball smell like?")

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "compare_count",
    52,
    "More cubes than cylinders?",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
X(52, "What company manufactured these blocks?")
C(
    "attribute",
    52,
    "What materail is the brown brick?",
    "q(u(f(sel(cube), color=brown)), material)",
    lambda s: s.a(s.the(shape="cube", color="brown"), "material"),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "verify",
    53,
    "Is the smaller sphere the yellow one?",
    "verify(u(f(sel(sphere), size=small)), color, yellow)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small"), "color") == "yellow"),
)
C(
    "chain",
    53,
    "Which object is furthest from the gray cube? Give me its colour.",
    "q(farthest(scene(), u(f(sel(cube), color=gray))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="gray"), far=True), "color"),
)
C(
    "negation",
    53,
    "Not counting the large ones, how many cubes are there?",
    "count(fn(sel(cube), size=large))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "size") != "large"]),
)
X(53, "Which cube was put down first?")

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C(
    "quantifier",
    54,
    "Are the cubes all made of rubber?",
    "not_(exist(fn(sel(cube), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(shape="cube"))),
)
C(
    "number",
    54,
    "How many distinct colours appear in this picture?",
    "nvalues(scene(), color)",
    lambda s: str(colours(s, s.all())),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "count",
    55,
    "How many objects are purple in this one?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "exist",
    55,
    "Is a red cylinder anywhere to be seen?",
    "exist(f(sel(cylinder), color=red))",
    lambda s: yes(bool(s.f(shape="cylinder", color="red"))),
)
C(
    "spatial",
    55,
    "How many things are positioned on the left side of the green cube?",
    "count(rel(u(f(sel(cube), color=green)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="green"))),
)
C(
    "list",
    55,
    "What colours are the smal things?",
    "values(f(scene(), size=small), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(size="small")),
)
C(
    "quantifier",
    55,
    "Are all four cubes big ones?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="cube"))),
)
C(
    "position",
    55,
    "What colour is the second object from the right?",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)
X(55, "Which of the purple balls would the kids pick first?")

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C("count", 56, "how many boxes can u see", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "verify",
    56,
    "The only cylinder here is green, correct?",
    "verify(u(sel(cylinder)), color, green)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "color") == "green"),
)
C(
    "two_clause",
    56,
    "Does this picture have a cyan cube as well as a blue sphere?",
    "and_(exist(f(sel(cube), color=cyan)), exist(f(sel(sphere), color=blue)))",
    lambda s: yes(bool(s.f(shape="cube", color="cyan")) and bool(s.f(shape="sphere", color="blue"))),
)
C(
    "chain",
    56,
    "Find the object that's closest to the brown cube and tell me its colour.",
    "q(closest(scene(), u(f(sel(cube), color=brown))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="brown")), "color"),
)
C(
    "compare_count",
    56,
    "Are there more matte rubber things than shiny metal things?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
X(56, "What game are these pieces from?")

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C("count", 57, "How many huge objects?", "count(f(scene(), size=large))", lambda s: n(s.f(size="large")))
C(
    "attribute",
    57,
    "What material is the blue spehre?",
    "q(u(f(sel(sphere), color=blue)), material)",
    lambda s: s.a(s.the(shape="sphere", color="blue"), "material"),
)
C(
    "spatial",
    57,
    "Is the yellow orb further right than the blue one?",
    "exist(f(rel(u(f(sel(sphere), color=blue)), right), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "right", {"shape": "sphere", "color": "blue"}),
)
C(
    "number",
    57,
    "What is the number of cubes plus the number of spheres?",
    "add(count(sel(cube)), count(sel(sphere)))",
    lambda s: str(len(s.f(shape="cube")) + len(s.f(shape="sphere"))),
)
C(
    "position",
    57,
    "Second from the left, what colour is it?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)
X(57, "Is the blue ball hot?")

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C("count", 58, "how many glossy things", "count(f(scene(), material=metal))", lambda s: n(s.f(material="metal")))
C(
    "attribute",
    58,
    "Is the ball one of the big objects or a small one?",
    "choose(u(sel(sphere)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere"), "size"),
)
C(
    "number",
    58,
    "How many different colours are the objects?",
    "nvalues(scene(), color)",
    lambda s: str(colours(s, s.all())),
)
C(
    "compare_attr",
    58,
    "Are the two cubes the same shade?",
    "same(sel(cube), color)",
    lambda s: yes(len({s.a(i, "color") for i in s.f(shape="cube")}) == 1),
)
X(58, "How much did the purple cube cost?")

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "count",
    59,
    "Purple objects: how many can you find?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "list",
    59,
    "What colors are the cylnders?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street
P("count", "street", "How many people are in this street scene?", "count(sel(person))", lambda p: n(people(p)))
P(
    "attribute",
    "street",
    "The car in the bottom left corner, what colour is it?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "text",
    "street",
    "What does it say on the side of the buss?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "text",
    "street",
    "Can you read me the sign in the top right corner?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "text",
    "street",
    "Please tell me what the writing at the bottom of the picture says.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "text",
    "street",
    "Is STOP what the sign says?",
    "verify(u(sel(sign)), text, STOP)",
    lambda p: yes(p.value(p.the("sign"), "text") == "STOP"),
)
P(
    "chain",
    "street",
    "The man on the left has a tie on. What colour is it?",
    "q(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("man", hposition="left"), "wearing")), "color"),
)
P(
    "chain",
    "street",
    "Which person is holding on to the dog?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "spatial",
    "street",
    "Does the tree stand in front of the bus?",
    "vrel(u(sel(bus)), front, name=tree)",
    lambda p: yes(p.has(p.the("tree"), "front", p.the("bus"))),
)
P(
    "verify",
    "street",
    "Is the man on the right dressed in white?",
    "verify(u(f(sel(man), hposition=right)), color, white)",
    lambda p: yes(p.value(p.the("man", hposition="right"), "color") == "white"),
)
P(
    "quantifier",
    "street",
    "Is everyone in the scene wearing a tie?",
    "not_(exist(diff(sel(person), rel(sel(tie), wearing))))",
    lambda p: yes(all(o in wearers(p, "tie") for o in people(p))),
)
P(
    "negation",
    "street",
    "How many of the men aren't wearing black?",
    "count(fn(sel(man), color=black))",
    lambda p: n([o for o in p.f("man") if p.value(o, "color") != "black"]),
)
P(
    "exist",
    "street",
    "Can you see a bike anywhere on the street?",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "compare_count",
    "street",
    "Are men more numerous than women in this street scene?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "superlative",
    "street",
    "What's the biggest thing in the picture?",
    "q(ord(scene(), largest, 1), name)",
    lambda p: p.name(big_box(p, list(p.objects))),
)
P(
    "position",
    "street",
    "Is the car on the left or the right side of the picture?",
    "choose(u(sel(car)), hposition, [left, right])",
    lambda p: p.value(p.the("car"), "hposition"),
)
P(
    "list",
    "street",
    "Name the colours of the ties.",
    "values(sel(tie), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("tie")),
)
P(
    "two_clause",
    "street",
    "Are there both a dog and a cat in this photo?",
    "and_(exist(sel(dog)), exist(sel(cat)))",
    lambda p: yes(bool(p.f("dog")) and bool(p.f("cat"))),
)
P(
    "compare_attr",
    "street",
    "Is the tree the same colour as the woman's clothes?",
    "same(u(sel(tree)), u(sel(woman)), color)",
    lambda p: yes(p.value(p.the("tree"), "color") == p.value(p.the("woman"), "color")),
)
P(
    "number",
    "street",
    "Add up the ties and the dogs: how many altogether?",
    "add(count(sel(tie)), count(sel(dog)))",
    lambda p: str(len(p.f("tie")) + len(p.f("dog"))),
)
X("street", "What brand is the white car?")
X("street", "Which stop is the red bus heading to next?")

# kitchen
P(
    "count",
    "kitchen",
    "How many cups have been put on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) == "cup"]),
)
P(
    "text",
    "kitchen",
    "What tiem is it on the clock?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "text",
    "kitchen",
    "What's written on the bottle's label?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "text",
    "kitchen",
    "Is the word on the bottle MILK?",
    "verify(u(sel(bottle)), text, MILK)",
    lambda p: yes(p.value(p.the("bottle"), "text") == "MILK"),
)
P(
    "attribute",
    "kitchen",
    "What's the table made out of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "spatial",
    "kitchen",
    "Is the clock hanging above the table?",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(p.has(p.the("clock"), "above", p.the("table"))),
)
P(
    "chain",
    "kitchen",
    "What colour is the cup just to the right of the plate?",
    "q(u(rel(u(sel(plate)), right, name=cup)), color)",
    lambda p: p.value(only([o for o in p.subjects("right", p.the("plate")) if p.name(o) == "cup"]), "color"),
)
P(
    "list",
    "kitchen",
    "List the colours of the cups, please.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "negation",
    "kitchen",
    "Other than cups, how many things are on the table?",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) != "cup"]),
)
P(
    "quantifier",
    "kitchen",
    "Is everything on the table white?",
    "not_(exist(fn(rel(u(sel(table)), on), color=white)))",
    lambda p: yes(all(p.value(o, "color") == "white" for o in p.subjects("on", p.the("table")))),
)
P(
    "verify",
    "kitchen",
    "Is the woman wearing yellow?",
    "verify(u(sel(woman)), color, yellow)",
    lambda p: yes(p.value(p.the("woman"), "color") == "yellow"),
)
P(
    "position",
    "kitchen",
    "Which side of the picture is the woman standing on, left or right?",
    "choose(u(sel(woman)), hposition, [left, right])",
    lambda p: p.value(p.the("woman"), "hposition"),
)
P(
    "compare_count",
    "kitchen",
    "Is the number of plates greater than the number of cups?",
    "gt(count(sel(plate)), count(sel(cup)))",
    lambda p: yes(len(p.f("plate")) > len(p.f("cup"))),
)
P(
    "number",
    "kitchen",
    "How many cups and plates are there in total?",
    "add(count(sel(cup)), count(sel(plate)))",
    lambda p: str(len(p.f("cup")) + len(p.f("plate"))),
)
P(
    "compare_attr",
    "kitchen",
    "Plate and clock, are they teh same colour?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "superlative",
    "kitchen",
    "What's the largest object in the kitchen?",
    "q(ord(scene(), largest, 1), name)",
    lambda p: p.name(big_box(p, list(p.objects))),
)
P("exist", "kitchen", "Can you see a clock anywhere?", "exist(sel(clock))", lambda p: yes(bool(p.f("clock"))))
P(
    "two_clause",
    "kitchen",
    "Is there a fork as well as a knife?",
    "and_(exist(sel(fork)), exist(sel(knife)))",
    lambda p: yes(bool(p.f("fork")) and bool(p.f("knife"))),
)
P("attribute", "kitchen", "bottle colour?", "q(u(sel(bottle)), color)", lambda p: p.value(p.the("bottle"), "color"))
X("kitchen", "What's in the red cup?")
X("kitchen", "How long until dinner is ready?")

# park
P("count", "park", "Dogs in the park: how many do you count?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "What is it that the boy is throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "spatial",
    "park",
    "Is the bench on the right of the bike?",
    "vrel(u(sel(bicycle)), right, name=bench)",
    lambda p: yes(p.has(p.the("bench"), "right", p.the("bicycle"))),
)
P(
    "verify",
    "park",
    "The bench is wooden, right?",
    "verify(u(sel(bench)), material, wood)",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood"),
)
P(
    "position",
    "park",
    "Which person is second from the left?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "superlative",
    "park",
    "Whos furthest to the left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "compare_count",
    "park",
    "Are there more trees than dogs?",
    "gt(count(sel(tree)), count(sel(dog)))",
    lambda p: yes(len(p.f("tree")) > len(p.f("dog"))),
)
P(
    "list",
    "park",
    "Which colours are the two women dressed in?",
    "values(sel(woman), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("woman")),
)
P(
    "negation",
    "park",
    "How many people aren't dressed in white?",
    "count(fn(sel(person), color=white))",
    lambda p: n([o for o in people(p) if p.value(o, "color") != "white"]),
)
P(
    "quantifier",
    "park",
    "Is each of the trees green?",
    "not_(exist(fn(sel(tree), color=green)))",
    lambda p: yes(all(p.value(o, "color") == "green" for o in p.f("tree"))),
)
P(
    "two_clause",
    "park",
    "Is there a frisbee or a ball?",
    "or_(exist(sel(frisbee)), exist(sel(ball)))",
    lambda p: yes(bool(p.f("frisbee")) or bool(p.f("ball"))),
)
P(
    "exist",
    "park",
    "Does this park picture include a bicycle?",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "attribute",
    "park",
    "Tell me what colour the frisbee is.",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "compare_attr",
    "park",
    "Is the girl wearing the same colour as the boy?",
    "same(u(sel(girl)), u(sel(boy)), color)",
    lambda p: yes(p.value(p.the("girl"), "color") == p.value(p.the("boy"), "color")),
)
P(
    "number",
    "park",
    "How many people and dogs are there in total?",
    "add(count(sel(person)), count(sel(dog)))",
    lambda p: str(len(people(p)) + len(p.f("dog"))),
)
P(
    "chain",
    "park",
    "What colour is the dog that is being held?",
    "q(u(rel(sel(person), holding, role=object)), color)",
    lambda p: p.value(only([d for o in people(p) for d in p.objects_of(o, "holding")]), "color"),
)
P(
    "spatial",
    "park",
    "Is the girl standing further right than the boy?",
    "exist(inter(rel(u(sel(boy)), right), sel(girl)))",
    lambda p: yes(p.has(p.the("girl"), "right", p.the("boy"))),
)
X("park", "What's the black dog's name?")
X("park", "Will it rain in the park this afternoon?")

# shapes
P(
    "count",
    "shapes",
    "How many shapes on the sheet are blue ones?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "attribute",
    "shapes",
    "Which colour has the hexagon been filled with?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "attribute",
    "shapes",
    "The little circle in the middle is what colour?",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
P(
    "position",
    "shapes",
    "Which shape sits in the top-left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "superlative",
    "shapes",
    "Which shape is the largest?",
    "q(ord(scene(), largest, 1), name)",
    lambda p: p.name(big_box(p, list(p.objects))),
)
P(
    "list",
    "shapes",
    "What shapes are along the bottom row?",
    "values(f(scene(), vposition=bottom), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="bottom")),
)
P(
    "negation",
    "shapes",
    "How many shapes arent small?",
    "count(fn(scene(), size=small))",
    lambda p: n([o for o in p.objects if p.value(o, "size") != "small"]),
)
P(
    "quantifier",
    "shapes",
    "Are all the circles red?",
    "not_(exist(fn(sel(circle), color=red)))",
    lambda p: yes(all(p.value(o, "color") == "red" for o in p.f("circle"))),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer red shapes than blue shapes?",
    "lt(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) < len(p.f(color="blue"))),
)
P(
    "two_clause",
    "shapes",
    "Does the sheet have both a star and a hexagon on it?",
    "and_(exist(sel(star)), exist(sel(hexagon)))",
    lambda p: yes(bool(p.f("star")) and bool(p.f("hexagon"))),
)
P(
    "verify",
    "shapes",
    "The star is coloured blue, isn't it?",
    "verify(u(sel(star)), color, blue)",
    lambda p: yes(p.value(p.the("star"), "color") == "blue"),
)
P(
    "number",
    "shapes",
    "How many shapes are red or yellow, in total?",
    "add(count(f(scene(), color=red)), count(f(scene(), color=yellow)))",
    lambda p: str(len(p.f(color="red")) + len(p.f(color="yellow"))),
)
P(
    "compare_attr",
    "shapes",
    "Is the triangle the same colour as the big circle?",
    "same(u(sel(triangle)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("triangle"), "color") == p.value(p.the("circle", size="large"), "color")),
)
P(
    "exist",
    "shapes",
    "Any green circles?",
    "exist(f(sel(circle), color=green))",
    lambda p: yes(bool(p.f("circle", color="green"))),
)
X("shapes", "Which app were these shapes drawn in?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
