# ruff: noqa: E501
"""Blind paraphrase set 20: the everyday voice. Plain English as ordinary adults type it into a chat with an
assistant, no personas and no roleplay: wh-questions, yes/no questions, imperatives ("Tell me ...", "Count ..."),
statements with a question mark ("the red cube is metal?"), bare noun phrases ("colour of the big ball?"),
relative clauses full and reduced ("the cube that is behind ...", "the ball sitting next to ..."), passives
("is the bus followed by ..."), fronted phrases ("Of the cylinders, ..."), negation and exceptions ("apart from",
"other than", "not counting"), comparatives and superlatives, polite, casual, terse and long registers, everyday
synonyms (ball, block, box, can, shiny for metal, matte for rubber, grey, little, tiny, big) and ordinary typos in
about one question in ten. Written without reading the parser or the nineteenth set; held back to be run once, at
the end.

Run ``python build_blind20.py`` to write ``../blind20.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind20.jsonl"
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

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C("count", 30, "Count the balls for me.", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "exist",
    30,
    "Is any of this stuff metal?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "spatial",
    30,
    "Would you say the blue cylinder is sitting behind the green ball?",
    "exist(f(rel(u(f(sel(sphere), color=green)), behind), color=blue, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "blue"}, "behind", {"shape": "sphere", "color": "green"}),
)
X(30, "What would happen if somebody knocked the blue cylinder over?")

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "list",
    31,
    "What colours do the cylinders come in?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "compare_count",
    31,
    "Spheres outnumber cylinders here, right?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "two_clause",
    31,
    "Can you see a purple cube and also a green ball?",
    "and_(exist(f(sel(cube), color=purple)), exist(f(sel(sphere), color=green)))",
    lambda s: yes(bool(s.f(shape="cube", color="purple")) and bool(s.f(shape="sphere", color="green"))),
)
C(
    "superlative",
    31,
    "Of everything in the scene, what colour is the one that's furthest back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "negation",
    31,
    "Not counting the spheres, how many objects are there?",
    "count(fn(scene(), shape=sphere))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "sphere"]),
)

X(31, "What's the total weight of all these objects?")

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "attribute",
    32,
    "The big ball - what's it made of?",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "quantifier",
    32,
    "Every cube in this one is grey, yes?",
    "not_(exist(fn(sel(cube), color=gray)))",
    lambda s: yes(all(s.a(i, "color") == "gray" for i in s.f(shape="cube"))),
)
C(
    "chain",
    32,
    "what shape is the thing closest to the yelow sphere",
    "q(closest(scene(), u(f(sel(sphere), color=yellow))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="yellow")), "shape"),
)
C(
    "number",
    32,
    "In how many different colours do the cubes appear?",
    "nvalues(sel(cube), color)",
    lambda s: str(colours(s, s.f(shape="cube"))),
)
C(
    "verify",
    32,
    "The red cube is rubber?",
    "verify(u(f(sel(cube), color=red)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", color="red"), "material") == "rubber"),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "count",
    33,
    "How many of the objects have a shiny metallic look?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_attr",
    33,
    "Do the cyan cube and the cyan cylinder match in size?",
    "same(u(f(sel(cube), color=cyan)), u(f(sel(cylinder), color=cyan)), size)",
    lambda s: yes(s.a(s.the(shape="cube", color="cyan"), "size") == s.a(s.the(shape="cylinder", color="cyan"), "size")),
)
C(
    "spatial",
    33,
    "How many objects are to the right of the big green block?",
    "count(rel(u(f(sel(cube), size=large, color=green)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", size="large", color="green"))),
)
C(
    "position",
    33,
    "What's the object on the far right made of?",
    "q(ord(scene(), right, 1), material)",
    lambda s: s.a(nth(s, s.all(), "right"), "material"),
)
C("exist", 33, "Anything red in there?", "exist(f(scene(), color=red))", lambda s: yes(bool(s.f(color="red"))))

X(33, "What's the diameter of the red ball in centimetres?")

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "quantifier",
    34,
    "Is every single object here metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: yes(all(o["material"] == "metal" for o in s.objects)),
)
C(
    "compare_attr",
    34,
    "Which one is bigger, the yellow cube or the grey cylinder?",
    "compare(u(sel(cube)), u(f(sel(cylinder), color=gray)), bigger)",
    lambda s: bigger(s, s.the(shape="cube"), s.the(shape="cylinder", color="gray")),
)
C(
    "position",
    34,
    "colour of the leftmost object?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
X(34, "How much does the grey cylinder weigh?")

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C("count", 35, "How many green things do you see?", "count(f(scene(), color=green))", lambda s: n(s.f(color="green")))
C(
    "attribute",
    35,
    "The tiny ball, what colur is it?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "compare_count",
    35,
    "Are the spheres fewer in number than the cubes?",
    "lt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cube"))),
)
C(
    "verify",
    35,
    "Is the grey block shiny?",
    "verify(u(f(sel(cube), color=gray)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="gray"), "material") == "metal"),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "negation",
    36,
    "Other than the metal ones, how many objects are there?",
    "count(fn(scene(), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal"]),
)
C("exist", 36, "Do you see any cylinders?", "exist(sel(cylinder))", lambda s: yes(bool(s.f(shape="cylinder"))))
C(
    "chain",
    36,
    "What colour is the object that sits nearest to the yellow cube?",
    "q(closest(scene(), u(f(sel(cube), color=yellow))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="yellow")), "color"),
)
C(
    "number",
    36,
    "Add up the balls and the cylinders - what's the total?",
    "add(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="sphere")) + len(s.f(shape="cylinder"))),
)

X(36, "Who took this photo?")

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "count",
    37,
    "Hi! Sorry to bother you, but could you tell me how many red things there are in this picture? Thanks so much.",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "list",
    37,
    "Which shapes do the red objects have?",
    "values(f(scene(), color=red), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="red")),
)
C(
    "two_clause",
    37,
    "Is there either a big purple cube or a small green ball?",
    "or_(exist(f(sel(cube), size=large, color=purple)), exist(f(sel(sphere), size=small, color=green)))",
    lambda s: yes(
        bool(s.f(shape="cube", size="large", color="purple")) or bool(s.f(shape="sphere", size="small", color="green"))
    ),
)
C(
    "spatial",
    37,
    "Is the little red ball on the right-hand side of the big purple cube?",
    "exist(f(rel(u(f(sel(cube), size=large, color=purple)), right), color=red, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "red"}, "right", {"shape": "cube", "size": "large", "color": "purple"}
    ),
)
C(
    "superlative",
    37,
    "Which material shows up the most in this one?",
    "common_value(scene(), material)",
    lambda s: most_common([s.a(i, "material") for i in s.all()]),
)
X(37, "Who put the blue cylinder there?")

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "compare_attr",
    38,
    "Are both green balls made from the same material?",
    "same(f(sel(sphere), color=green), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="sphere", color="green")}) == 1),
)
C(
    "position",
    38,
    "What colour is the thing on the far left?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "quantifier",
    38,
    "are all the cylinders grey",
    "not_(exist(fn(sel(cylinder), color=gray)))",
    lambda s: yes(all(s.a(i, "color") == "gray" for i in s.f(shape="cylinder"))),
)
C(
    "chain",
    38,
    "Wich colour is the object closest to the red ball?",
    "q(closest(scene(), u(f(sel(sphere), color=red))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="red")), "color"),
)
C(
    "attribute",
    38,
    "How big is the metal cylinder, large or small?",
    "choose(u(f(sel(cylinder), material=metal)), size, [large, small])",
    lambda s: s.a(s.the(shape="cylinder", material="metal"), "size"),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C("count", 39, "Total number of objects?", "count(scene())", lambda s: n(s.all()))
C(
    "compare_attr",
    39,
    "Is the grey cube the same colour as the big cylinder?",
    "same(u(sel(cube)), u(f(sel(cylinder), size=large)), color)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == s.a(s.the(shape="cylinder", size="large"), "color")),
)
C(
    "spatial",
    39,
    "Is the brown cylinder located to the left of the gray one?",
    "exist(f(rel(u(f(sel(cylinder), color=gray)), left), color=brown, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "brown"}, "left", {"shape": "cylinder", "color": "gray"}),
)

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "verify",
    40,
    "Is the brown cylinder made out of metal?",
    "verify(u(f(sel(cylinder), color=brown)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="brown"), "material") == "metal"),
)
C(
    "compare_attr",
    40,
    "is the cyan cube smaller than the gray one",
    "smaller(u(f(sel(cube), color=cyan)), u(f(sel(cube), color=gray)))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="cyan"), "size") == "small"
        and s.a(s.the(shape="cube", color="gray"), "size") == "large"
    ),
)
C(
    "superlative",
    40,
    "Which object is closest to the camera? Just the shape is fine.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C("count", 41, "hwo many cylinders are there", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "negation",
    41,
    "How many spheres are some colour other than yellow?",
    "count(fn(sel(sphere), color=yellow))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "yellow"]),
)
C(
    "exist",
    41,
    "Is there a rubber cube anywhere?",
    "exist(f(sel(cube), material=rubber))",
    lambda s: yes(bool(s.f(shape="cube", material="rubber"))),
)
C(
    "number",
    41,
    "How many more cylinders are there than cubes?",
    "sub(count(sel(cylinder)), count(sel(cube)))",
    lambda s: str(len(s.f(shape="cylinder")) - len(s.f(shape="cube"))),
)
C(
    "chain",
    41,
    "Tell me the shape of whatever is closest to the large cyan cylinder.",
    "q(closest(scene(), u(f(sel(cylinder), size=large, color=cyan))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", size="large", color="cyan")), "shape"),
)
C(
    "spatial",
    41,
    "How many objects are infront of the big grey sphere?",
    "count(rel(u(f(sel(sphere), color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="gray"))),
)

X(41, "What is hidden just out of frame behind the camera?")

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "verify",
    42,
    "Is the large cylinder blue?",
    "verify(u(f(sel(cylinder), size=large)), color, blue)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large"), "color") == "blue"),
)
C(
    "two_clause",
    42,
    "Is there a gray cube as well as a gray cylinder?",
    "and_(exist(f(sel(cube), color=gray)), exist(f(sel(cylinder), color=gray)))",
    lambda s: yes(bool(s.f(shape="cube", color="gray")) and bool(s.f(shape="cylinder", color="gray"))),
)
C(
    "list",
    42,
    "Tell me what materials the blue things are made of.",
    "values(f(scene(), color=blue), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(color="blue")),
)
C(
    "position",
    42,
    "The second object from the front, what shape is it?",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
C(
    "compare_count",
    42,
    "Is the number of spheres the same as the number of cubes?",
    "eq(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cube"))),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "count",
    43,
    "Count the cyan objects for me, please.",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "quantifier",
    43,
    "Are the cubes all metal?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="cube"))),
)
C(
    "compare_attr",
    43,
    "Is the yellow cube made of the same material as the green cube?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cube), color=green)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "material") == s.a(s.the(shape="cube", color="green"), "material")
    ),
)
C(
    "superlative",
    43,
    "Which colour appears most often?",
    "common_value(scene(), color)",
    lambda s: most_common([s.a(i, "color") for i in s.all()]),
)
C(
    "spatial",
    43,
    "Is the gray ball left of the green cube?",
    "exist(f(rel(u(f(sel(cube), color=green)), left), color=gray, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "gray"}, "left", {"shape": "cube", "color": "green"}),
)
X(43, "Which of these objects would be the most expensive to buy?")

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C("count", 44, "number of cubes?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    44,
    "Are both balls the same size?",
    "same(sel(sphere), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="sphere")}) == 1),
)
C(
    "spatial",
    44,
    "Behind the little brown ball, how many things are there?",
    "count(rel(u(f(sel(sphere), size=small, color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="small", color="brown"))),
)
C(
    "verify",
    44,
    "The purple block is a small one, right?",
    "verify(u(f(sel(cube), color=purple)), size, small)",
    lambda s: yes(s.a(s.the(shape="cube", color="purple"), "size") == "small"),
)
C(
    "exist",
    44,
    "is there a metalic sphere",
    "exist(f(sel(sphere), material=metal))",
    lambda s: yes(bool(s.f(shape="sphere", material="metal"))),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C("count", 45, "How many of the objects are small?", "count(f(scene(), size=small))", lambda s: n(s.f(size="small")))
C(
    "attribute",
    45,
    "The cylinder that's made of rubber - what colour is it?",
    "q(u(f(sel(cylinder), material=rubber)), color)",
    lambda s: s.a(s.the(shape="cylinder", material="rubber"), "color"),
)
C(
    "negation",
    45,
    "How many objects are niether grey nor cyan?",
    "count(fn(fn(scene(), color=gray), color=cyan))",
    lambda s: n([i for i in s.all() if s.a(i, "color") not in ("gray", "cyan")]),
)
C(
    "compare_count",
    45,
    "Do the metal objects outnumber the rubber ones?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "position",
    45,
    "Counting from the left, what shape is the third object?",
    "q(ord(scene(), left, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "shape"),
)

X(45, "What do the cyan things smell like?")

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "exist",
    46,
    "Are there any purple cubes?",
    "exist(f(sel(cube), color=purple))",
    lambda s: yes(bool(s.f(shape="cube", color="purple"))),
)
C(
    "verify",
    46,
    "Is the large red block made of metal?",
    "verify(u(f(sel(cube), size=large, color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="red"), "material") == "metal"),
)
C(
    "chain",
    46,
    "What's the thing nearest the big grey cube made of?",
    "q(closest(scene(), u(f(sel(cube), size=large, color=gray))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", size="large", color="gray")), "material"),
)
C(
    "list",
    46,
    "List the colours of the spheres.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "quantifier",
    46,
    "Is there just one grey object in the picture?",
    "eq(count(f(scene(), color=gray)), num(1))",
    lambda s: yes(len(s.f(color="gray")) == 1),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "count",
    47,
    "How many purple blocks are there?",
    "count(f(sel(cube), color=purple))",
    lambda s: n(s.f(shape="cube", color="purple")),
)
C(
    "compare_attr",
    47,
    "Are the two yellow balls the same size?",
    "same(f(sel(sphere), color=yellow), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="sphere", color="yellow")}) == 1),
)
C(
    "two_clause",
    47,
    "Is there a red cylinder and also a green one?",
    "and_(exist(f(sel(cylinder), color=red)), exist(f(sel(cylinder), color=green)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="red")) and bool(s.f(shape="cylinder", color="green"))),
)
C(
    "number",
    47,
    "How many distinct colours are the cubes?",
    "nvalues(sel(cube), color)",
    lambda s: str(colours(s, s.f(shape="cube"))),
)
C(
    "superlative",
    47,
    "What shape do you see the most of?",
    "common_value(scene(), shape)",
    lambda s: most_common([s.a(i, "shape") for i in s.all()]),
)
C(
    "spatial",
    47,
    "Is the big cyan cylinder behing the big yellow sphere?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=yellow)), behind), size=large, color=cyan, shape=cylinder))",
    lambda s: is_rel(
        s,
        {"shape": "cylinder", "size": "large", "color": "cyan"},
        "behind",
        {"shape": "sphere", "size": "large", "color": "yellow"},
    ),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "negation",
    48,
    "how many balls arent green",
    "count(fn(sel(sphere), color=green))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "green"]),
)
C(
    "position",
    48,
    "Colour of the thing furthest to the right?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "compare_attr",
    48,
    "Are the red cube and the yellow cube made of the same stuff?",
    "same(u(f(sel(cube), color=red)), u(f(sel(cube), color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="red"), "material") == s.a(s.the(shape="cube", color="yellow"), "material")
    ),
)
C(
    "exist",
    48,
    "is there anything purple in this picture?",
    "exist(f(scene(), color=purple))",
    lambda s: yes(bool(s.f(color="purple"))),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "count",
    49,
    "How many yellow balls?",
    "count(f(sel(sphere), color=yellow))",
    lambda s: n(s.f(shape="sphere", color="yellow")),
)
C(
    "quantifier",
    49,
    "Is every sphere a small one?",
    "not_(exist(fn(sel(sphere), size=small)))",
    lambda s: yes(all(s.a(i, "size") == "small" for i in s.f(shape="sphere"))),
)
C(
    "compare_count",
    49,
    "Are there fewer cylinders than cubes?",
    "lt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="cube"))),
)
C(
    "list",
    49,
    "Name the colours of the cylinders.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "two_clause",
    49,
    "is there a blue cube or a red cylinder",
    "or_(exist(f(sel(cube), color=blue)), exist(f(sel(cylinder), color=red)))",
    lambda s: yes(bool(s.f(shape="cube", color="blue")) or bool(s.f(shape="cylinder", color="red"))),
)

X(49, "If you dropped them all, which ball would bounce the highest?")

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C("count", 50, "how many green objects are there?", "count(f(scene(), color=green))", lambda s: n(s.f(color="green")))
C(
    "verify",
    50,
    "Is the red cylinder a small one?",
    "verify(u(f(sel(cylinder), color=red)), size, small)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="red"), "size") == "small"),
)
C(
    "spatial",
    50,
    "How many things are to the left of the red cyllinder?",
    "count(rel(u(f(sel(cylinder), color=red)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="red"))),
)
C(
    "chain",
    50,
    "The object that's closest to the little yellow cube - what colour is it?",
    "q(closest(scene(), u(f(sel(cube), size=small, color=yellow))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", size="small", color="yellow")), "color"),
)
C(
    "number",
    50,
    "Among the green things, how many different shapes are there?",
    "nvalues(f(scene(), color=green), shape)",
    lambda s: str(len({s.a(i, "shape") for i in s.f(color="green")})),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "compare_attr",
    51,
    "Is the yellow cube bigger than the gray ball?",
    "larger(u(sel(cube)), u(f(sel(sphere), color=gray)))",
    lambda s: yes(
        s.a(s.the(shape="cube"), "size") == "large" and s.a(s.the(shape="sphere", color="gray"), "size") == "small"
    ),
)
C(
    "position",
    51,
    "What's the frontmost object made of?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C("exist", 51, "Is there a cylinder in this one?", "exist(sel(cylinder))", lambda s: yes(bool(s.f(shape="cylinder"))))
X(51, "How old is this picture?")

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "count",
    52,
    "I'm checking my kid's homework and I think the answer is wrong - how many large cubes are in this image?",
    "count(f(sel(cube), size=large))",
    lambda s: n(s.f(shape="cube", size="large")),
)
C(
    "superlative",
    52,
    "Which object is nearest the camera? What colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "verify",
    52,
    "Is the brown cube metal?",
    "verify(u(f(sel(cube), color=brown)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="brown"), "material") == "metal"),
)
C(
    "spatial",
    52,
    "Is the gray cylinder to the left of the purple cube?",
    "exist(f(rel(u(f(sel(cube), color=purple)), left), color=gray, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "gray"}, "left", {"shape": "cube", "color": "purple"}),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "count",
    53,
    "How many objects are made of rubber?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "negation",
    53,
    "How many cubes aren't yellow?",
    "count(fn(sel(cube), color=yellow))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") != "yellow"]),
)
C(
    "chain",
    53,
    "Of the cubes, which is closest to the green ball? Give me its colour.",
    "q(closest(sel(cube), u(f(sel(sphere), color=green))), color)",
    lambda s: s.a(nearest(s, s.f(shape="cube"), s.the(shape="sphere", color="green")), "color"),
)
C(
    "quantifier",
    53,
    "Is every sphere made of metal?",
    "not_(exist(fn(sel(sphere), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="sphere"))),
)
C(
    "compare_count",
    53,
    "Are there twice as many cubes as spheres?",
    "eq(count(sel(cube)), add(count(sel(sphere)), count(sel(sphere))))",
    lambda s: yes(len(s.f(shape="cube")) == 2 * len(s.f(shape="sphere"))),
)

X(53, "How many of these objects were here yesterday?")

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C(
    "quantifier",
    54,
    "Is everything here big?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: yes(all(o["size"] == "large" for o in s.objects)),
)
C(
    "attribute",
    54,
    "What material is the cylinder?",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C("exist", 54, "any cylinders?", "exist(sel(cylinder))", lambda s: yes(bool(s.f(shape="cylinder"))))
C(
    "compare_count",
    54,
    "Are there fewer cubes than cylinders?",
    "lt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="cylinder"))),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C("count", 55, "How many purple thigns are there?", "count(f(scene(), color=purple))", lambda s: n(s.f(color="purple")))
C(
    "superlative",
    55,
    "What's the most common colour?",
    "common_value(scene(), color)",
    lambda s: most_common([s.a(i, "color") for i in s.all()]),
)
C(
    "spatial",
    55,
    "How many things are placed further back than the small yellow cube?",
    "count(rel(u(f(sel(cube), size=small, color=yellow)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="small", color="yellow"))),
)
C(
    "list",
    55,
    "What colours are the cylinders?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "negation",
    55,
    "How many of the purple objects aren't spheres?",
    "count(fn(f(scene(), color=purple), shape=sphere))",
    lambda s: n([i for i in s.f(color="purple") if s.a(i, "shape") != "sphere"]),
)
X(55, "Why are there so many purple things?")

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C("count", 56, "How many cubes?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "two_clause",
    56,
    "Is the cylinder green and is it metal?",
    "and_(verify(u(sel(cylinder)), color, green), verify(u(sel(cylinder)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cylinder"), "color") == "green" and s.a(s.the(shape="cylinder"), "material") == "metal"
    ),
)
C(
    "compare_attr",
    56,
    "Do the cyan cube and the cyan ball have the same size?",
    "same(u(f(sel(cube), color=cyan)), u(f(sel(sphere), color=cyan)), size)",
    lambda s: yes(s.a(s.the(shape="cube", color="cyan"), "size") == s.a(s.the(shape="sphere", color="cyan"), "size")),
)
C(
    "position",
    56,
    "second from the rigth, what color",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "count",
    57,
    "how many gray cubes r there",
    "count(f(sel(cube), color=gray))",
    lambda s: n(s.f(shape="cube", color="gray")),
)
C(
    "verify",
    57,
    "is the blue ball big",
    "verify(u(f(sel(sphere), color=blue)), size, large)",
    lambda s: yes(s.a(s.the(shape="sphere", color="blue"), "size") == "large"),
)
C(
    "spatial",
    57,
    "Is the small yellow ball found to the right of the big blue one?",
    "exist(f(rel(u(f(sel(sphere), color=blue)), right), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "right", {"shape": "sphere", "color": "blue"}),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "compare_attr",
    58,
    "Are the two cubes the same colour?",
    "same(sel(cube), color)",
    lambda s: yes(len({s.a(i, "color") for i in s.f(shape="cube")}) == 1),
)
C(
    "exist",
    58,
    "Is there a small metal object?",
    "exist(f(scene(), size=small, material=metal))",
    lambda s: yes(bool(s.f(size="small", material="metal"))),
)
C(
    "spatial",
    58,
    "Is the ball in front of the cyan cube?",
    "exist(f(rel(u(f(sel(cube), color=cyan)), front), shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere"}, "front", {"shape": "cube", "color": "cyan"}),
)

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C("count", 59, "How many large things?", "count(f(scene(), size=large))", lambda s: n(s.f(size="large")))
C(
    "number",
    59,
    "how many different colours are there",
    "nvalues(scene(), color)",
    lambda s: str(len({o["color"] for o in s.objects})),
)
C(
    "quantifier",
    59,
    "Is there only one purple object?",
    "eq(count(f(scene(), color=purple)), num(1))",
    lambda s: yes(len(s.f(color="purple")) == 1),
)
C(
    "list",
    59,
    "What colours are the big shperes?",
    "values(f(sel(sphere), size=large), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere", size="large")),
)
C(
    "two_clause",
    59,
    "I think I see a purple cube and a brown cylinder - are both there?",
    "and_(exist(f(sel(cube), color=purple)), exist(f(sel(cylinder), color=brown)))",
    lambda s: yes(bool(s.f(shape="cube", color="purple")) and bool(s.f(shape="cylinder", color="brown"))),
)
X(59, "What is the brown ball used for?")

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street
P("count", "street", "How many people are standing in the street?", "count(sel(person))", lambda p: n(people(p)))
P("attribute", "street", "what colour is the car", "q(u(sel(car)), color)", lambda p: p.value(p.the("car"), "color"))
P("text", "street", "What does the red sign say?", "q(u(sel(sign)), text)", lambda p: p.value(p.the("sign"), "text"))
P(
    "text",
    "street",
    "Could you read me what's written on the side of the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "text",
    "street",
    "Does the writing on the road say NO PARKING?",
    "verify(u(sel(text)), text, 'NO PARKING')",
    lambda p: yes(p.value(p.the("text"), "text") == "NO PARKING"),
)
P(
    "chain",
    "street",
    "The man on the right, what colour is his tie?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("man", hposition="right"), "wearing")), "color"),
)
P(
    "spatial",
    "street",
    "Is the car parked to the right of the bus?",
    "vrel(u(sel(bus)), right, name=car)",
    lambda p: yes(p.has(p.the("car"), "right", p.the("bus"))),
)
P(
    "exist",
    "street",
    "Is there a bicylce anywhere on this street?",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "negation",
    "street",
    "Apart from the men, how many people are there?",
    "count(diff(sel(person), sel(man)))",
    lambda p: n([o for o in people(p) if p.name(o) != "man"]),
)
P(
    "verify",
    "street",
    "The dog is small, isn't it?",
    "verify(u(sel(dog)), size, small)",
    lambda p: yes(p.value(p.the("dog"), "size") == "small"),
)
P(
    "quantifier",
    "street",
    "Does every man in the photo have a tie on?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "compare_count",
    "street",
    "Are there more guys than women in the street?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "two_clause",
    "street",
    "Is the bus red and the car black?",
    "and_(verify(u(sel(bus)), color, red), verify(u(sel(car)), color, black))",
    lambda p: yes(p.value(p.the("bus"), "color") == "red" and p.value(p.the("car"), "color") == "black"),
)
P(
    "compare_attr",
    "street",
    "Does the left-hand man's tie match the bus in colour?",
    "same(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), u(sel(bus)), color)",
    lambda p: yes(
        p.value(only(p.objects_of(p.the("man", hposition="left"), "wearing")), "color")
        == p.value(p.the("bus"), "color")
    ),
)
P(
    "superlative",
    "street",
    "Who is standing furthest to the left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "list",
    "street",
    "List the colours of the ties.",
    "values(sel(tie), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("tie")),
)
X("street", "Where is the bus going?")

P(
    "text",
    "street",
    "What words are painted near the bottom of the street picture?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "exist",
    "street",
    "Is the dog being held by somebody?",
    "exist(rel(u(sel(dog)), holding))",
    lambda p: yes(bool(p.subjects("holding", p.the("dog")))),
)
X("street", "How fast is the bus going?")

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
    "What time is it on the clock?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "text",
    "kitchen",
    "What's the label on the bottle say?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "text",
    "kitchen",
    "Does the clock say 12:45?",
    "verify(u(sel(clock)), text, '12:45')",
    lambda p: yes(p.value(p.the("clock"), "text") == "12:45"),
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
    "What's to the right of the white cup?",
    "q(u(rel(u(f(sel(cup), color=white)), right)), name)",
    lambda p: p.name(only(p.subjects("right", p.the("cup", color="white")))),
)
P(
    "chain",
    "kitchen",
    "What colour is the cup sitting just to the left of the bottle?",
    "q(u(rel(u(sel(bottle)), left, name=cup)), color)",
    lambda p: p.value(only([o for o in p.subjects("left", p.the("bottle")) if p.name(o) == "cup"]), "color"),
)
P(
    "list",
    "kitchen",
    "What colours are the cups?",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "negation",
    "kitchen",
    "How many cups arent white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "quantifier",
    "kitchen",
    "Are there at least four cups?",
    "gt(count(sel(cup)), num(3))",
    lambda p: yes(len(p.f("cup")) >= 4),
)
P(
    "verify",
    "kitchen",
    "Is the woman dressed in green?",
    "verify(u(sel(woman)), color, green)",
    lambda p: yes(p.value(p.the("woman"), "color") == "green"),
)
P(
    "compare_count",
    "kitchen",
    "Are there as many plates as cups?",
    "eq(count(sel(plate)), count(sel(cup)))",
    lambda p: yes(len(p.f("plate")) == len(p.f("cup"))),
)
P("exist", "kitchen", "Is there a clock in the kitchen?", "exist(sel(clock))", lambda p: yes(bool(p.f("clock"))))
P(
    "position",
    "kitchen",
    "Is the woman on the left or the right side of the picture?",
    "choose(u(sel(woman)), hposition, [left, right])",
    lambda p: p.value(p.the("woman"), "hposition"),
)
P(
    "compare_attr",
    "kitchen",
    "Is the plate the same colour as the clock?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "two_clause",
    "kitchen",
    "Is there a fork and a knife?",
    "and_(exist(sel(fork)), exist(sel(knife)))",
    lambda p: yes(bool(p.f("fork")) and bool(p.f("knife"))),
)
P(
    "superlative",
    "kitchen",
    "What's the biggest thing in the kitchen picture?",
    "q(ord(scene(), largest, 1), name)",
    lambda p: p.name(big_box(p, list(p.objects))),
)
X("kitchen", "What is the woman cooking for dinner?")

P(
    "text",
    "kitchen",
    "The bottle says AGUA on it, right?",
    "verify(u(sel(bottle)), text, AGUA)",
    lambda p: yes(p.value(p.the("bottle"), "text") == "AGUA"),
)
X("kitchen", "Is the water in the bottle cold?")

# park
P("count", "park", "How many dogs are there in the park?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "attribute",
    "park",
    "What colour is teh bench?",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "chain",
    "park",
    "What's being thrown by the boy?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "spatial",
    "park",
    "Is the bench to the left of the bike?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(p.has(p.the("bench"), "left", p.the("bicycle"))),
)
P("exist", "park", "Can you see a ball anywhere in the park?", "exist(sel(ball))", lambda p: yes(bool(p.f("ball"))))
P(
    "negation",
    "park",
    "How many people in the park aren't wearing white?",
    "count(fn(sel(person), color=white))",
    lambda p: n([o for o in people(p) if p.value(o, "color") != "white"]),
)
P(
    "quantifier",
    "park",
    "Are both trees green?",
    "not_(exist(fn(sel(tree), color=green)))",
    lambda p: yes(all(p.value(o, "color") == "green" for o in p.f("tree"))),
)
P(
    "compare_count",
    "park",
    "Are there more women than dogs?",
    "gt(count(sel(woman)), count(sel(dog)))",
    lambda p: yes(len(p.f("woman")) > len(p.f("dog"))),
)
P(
    "position",
    "park",
    "What colour is the person on the far left wearing?",
    "q(ord(sel(person), left, 1), color)",
    lambda p: p.value(side_of(p, people(p), "left"), "color"),
)
P(
    "verify",
    "park",
    "Is the frisbee yellow?",
    "verify(u(sel(frisbee)), color, yellow)",
    lambda p: yes(p.value(p.the("frisbee"), "color") == "yellow"),
)
P(
    "number",
    "park",
    "How many people and dogs are there in total?",
    "add(count(sel(person)), count(sel(dog)))",
    lambda p: str(len(people(p)) + len(p.f("dog"))),
)
P(
    "list",
    "park",
    "What colours are the dogs?",
    "values(sel(dog), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("dog")),
)
P(
    "compare_attr",
    "park",
    "Is the bike the same colour as the woman on the left?",
    "same(u(sel(bicycle)), u(f(sel(woman), hposition=left)), color)",
    lambda p: yes(p.value(p.the("bicycle"), "color") == p.value(p.the("woman", hposition="left"), "color")),
)
P(
    "two_clause",
    "park",
    "Is there a frisbee or a kite?",
    "or_(exist(sel(frisbee)), exist(sel(kite)))",
    lambda p: yes(bool(p.f("frisbee")) or bool(p.f("kite"))),
)
P(
    "superlative",
    "park",
    "What colour is the dog that's furthest to the right?",
    "q(ord(sel(dog), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("dog"), "right"), "color"),
)
X("park", "What's the name of the dog next to the girl?")

# shapes
P("count", "shapes", "How many shapes are blue?", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P(
    "attribute",
    "shapes",
    "What colour is the hexagon?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P("exist", "shapes", "Is there a star on the page?", "exist(sel(star))", lambda p: yes(bool(p.f("star"))))
P(
    "verify",
    "shapes",
    "Is the star red?",
    "verify(u(sel(star)), color, red)",
    lambda p: yes(p.value(p.the("star"), "color") == "red"),
)
P(
    "position",
    "shapes",
    "What shape is in the top left?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "negation",
    "shapes",
    "How many shapes arn't circles?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "quantifier",
    "shapes",
    "Are all the small shapes blue?",
    "not_(exist(fn(f(scene(), size=small), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f(size="small"))),
)
P(
    "compare_count",
    "shapes",
    "Are there as many red shapes as blue ones?",
    "eq(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) == len(p.f(color="blue"))),
)
P(
    "number",
    "shapes",
    "How many different colours are used?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "list",
    "shapes",
    "List the shapes in the botom row.",
    "values(f(scene(), vposition=bottom), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="bottom")),
)
P(
    "compare_attr",
    "shapes",
    "Are the star and the big circle the same colour?",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color")),
)
P(
    "two_clause",
    "shapes",
    "Is there a green triangle and a yellow rectangle?",
    "and_(exist(f(sel(triangle), color=green)), exist(f(sel(rectangle), color=yellow)))",
    lambda p: yes(bool(p.f("triangle", color="green")) and bool(p.f("rectangle", color="yellow"))),
)
P(
    "superlative",
    "shapes",
    "Which shape is the biggest?",
    "q(ord(scene(), largest, 1), name)",
    lambda p: p.name(big_box(p, list(p.objects))),
)
P(
    "attribute",
    "shapes",
    "What colour is the shape in the middle of the page?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)
X("shapes", "Who drew these shapes?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
