# ruff: noqa: E501
"""Blind paraphrase set 21: wordings no template uses. Plain, natural English as different people would put a
question to a visual assistant, with no personas and no roleplay: indirect and embedded questions ("I wonder
whether ...", "do you know what colour ..."), reported claims to check ("my friend says ..."), conditionals that
remove or add things, fragments and ellipsis, fronted and unusual but correct word orders, quantity words (a
couple, several, a few, none, any, only one, neither, either, both), "which of", "what kind / sort of", measure
phrases ("a pair of"), negation and exceptions, comparatives in several forms ("fewer", "outnumber", "as many
as", "more ... than ... do"), relative clauses full and reduced, attributes given as predicates ("the cube, the
one that's shiny"), everyday synonyms (ball, block, box, can, tube, shiny, matte, tiny, huge, grey/gray,
colour/color) and long questions with one or two relations chained; an ordinary typo in fewer than one question in
fifteen. Written without reading the parser, the grammar or the other blind sets except the twentieth builder
(for the format); held back to be run once, at the end.

Run ``python build_blind21.py`` to write ``../blind21.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind21.jsonl"
Q, C, P, X = question_recorder()

# how close (scene units) two objects may lie along an axis, or how nearly equal two distances may be, before a
# careful person could not call the order
TIE = 0.25
NEAR_RATIO = 1.2


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th of ids counted from ``side``; NotUnique when a neighbour in that order is within TIE."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = along(s, order[k - 1], side)
    if any(abs(along(s, order[j], side) - here) < TIE for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def nearest(s: Clevr, ids: list[int], anchor: int) -> int:
    """The object of ids nearest the anchor; NotUnique when the runner-up is within a fifth of the distance."""
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=lambda i: dist[i])
    if len(order) > 1 and dist[order[1]] < NEAR_RATIO * dist[order[0]]:
        raise NotUnique("about equally far")
    return order[0]


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects ``relation`` of the anchor; NotUnique when any object is nearly level with it on that axis."""
    here = along(s, anchor, relation)
    for j in s.all():
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return s.rel(relation, anchor)


def is_rel(s: Clevr, target: dict, relation: str, anchor: dict) -> str:
    t, a = s.the(**target), s.the(**anchor)
    if abs(along(s, t, relation) - along(s, a, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(t in s.rel(relation, a))


def most_common(values: list[str]) -> str:
    tally = Counter(values).most_common()
    if len(tally) > 1 and tally[0][1] == tally[1][1]:
        raise NotUnique(f"tie {tally[:2]}")
    return tally[0][0]


def a_of(s: Clevr, attribute: str, **want) -> str:
    """An attribute of the one object the description picks out."""
    return s.a(s.the(**want), attribute)


def same_attr(s: Clevr, ids: list[int], attribute: str) -> str:
    if len(ids) < 2:
        raise NotUnique(f"needs two objects: {ids}")
    return yes(len({s.a(i, attribute) for i in ids}) == 1)


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def box_area(p: Photo, oid: str) -> float:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x2 - x1) * (y2 - y1)


def big_box(p: Photo, ids: list[str]) -> str:
    order = sorted(ids, key=lambda i: box_area(p, i), reverse=True)
    if len(order) > 1 and box_area(p, order[0]) < 1.25 * box_area(p, order[1]):
        raise NotUnique("about one size")
    return order[0]


def side_of(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th of ids from the left or the right by box centre; NotUnique when a neighbour's centre is within 20 px."""
    order = p.by_x(ids)
    if side == "right":
        order = order[::-1]
    centre = [(p.objects[i]["box"][0] + p.objects[i]["box"][2]) / 2 for i in order]
    if any(abs(centre[j] - centre[k - 1]) < 20 for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def worn_by(p: Photo, wearer: str) -> str:
    return only(p.objects_of(wearer, "wearing"))


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph, large blue metal sph, large green rubber cyl
C("count", 0, "Of the three objects, how many are balls?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_attr",
    0,
    "I wonder whether the two spheres are made of the same material.",
    "same(sel(sphere), material)",
    lambda s: same_attr(s, s.f(shape="sphere"), "material"),
)
C(
    "attribute",
    0,
    "Do you know what colour the cylinder is?",
    "q(u(sel(cylinder)), color)",
    lambda s: a_of(s, "color", shape="cylinder"),
)
C(
    "spatial",
    0,
    "Is the tiny yellow ball further from the camera than the green cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=green)), behind), size=small, color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "behind", {"shape": "cylinder", "color": "green"}),
)
X(0, "Roughly how heavy would the blue ball feel if I picked it up?")

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "compare_attr",
    1,
    "The two blue cylinders - same material or not?",
    "same(f(sel(cylinder), color=blue), material)",
    lambda s: same_attr(s, s.f(shape="cylinder", color="blue"), "material"),
)
C(
    "attribute",
    1,
    "What sort of shape is the brown object?",
    "q(u(f(scene(), color=brown)), shape)",
    lambda s: a_of(s, "shape", color="brown"),
)
C(
    "negation",
    1,
    "If you ignore the blue ones, how many objects remain?",
    "count(fn(scene(), color=blue))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "blue"]),
)
C(
    "exist",
    1,
    "Is there a metal cube at all?",
    "exist(f(sel(cube), material=metal))",
    lambda s: yes(bool(s.f(shape="cube", material="metal"))),
)
C(
    "superlative",
    1,
    "What colour's the object that's farthest from the camera?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "attribute",
    2,
    "Is the little grey cylinder shiny or matte?",
    "choose(u(f(sel(cylinder), color=gray)), material, [metal, rubber])",
    lambda s: a_of(s, "material", shape="cylinder", color="gray"),
)
C(
    "compare_count",
    2,
    "Would I be right in saying there are more cylinders than cubes?",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)
C(
    "spatial",
    2,
    "Is the green block to the left of the big cyan tube?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=cyan)), left), color=green, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "green"}, "left", {"shape": "cylinder", "color": "cyan"}),
)
C(
    "quantifier",
    2,
    "Is it true that none of these objects is rubber?",
    "not_(exist(f(scene(), material=rubber)))",
    lambda s: yes(not s.f(material="rubber")),
)

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C("count", 3, "Count up the red items, would you?", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "superlative",
    3,
    "Most of the cylinders are what colour?",
    "common_value(sel(cylinder), color)",
    lambda s: most_common([s.a(i, "color") for i in s.f(shape="cylinder")]),
)
C(
    "attribute",
    3,
    "And the only cube in the picture, what's that made of?",
    "q(u(sel(cube)), material)",
    lambda s: a_of(s, "material", shape="cube"),
)
C(
    "quantifier",
    3,
    "The small things are all metal, aren't they?",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(size="small"))),
)
X(3, "Which of these would roll furthest if you gave it a push?")

# scene 4: s red rub cyl, s green rub cyl, s brown rub sph, s yellow met sph, s yellow rub cyl, s purple met cyl, s purple rub sph, s yellow rub sph, l blue met sph
C(
    "quantifier",
    4,
    "Only one of these things is big, isn't it?",
    "eq(count(f(scene(), size=large)), num(1))",
    lambda s: yes(len(s.f(size="large")) == 1),
)
C(
    "negation",
    4,
    "How many yellow objects are there that aren't balls?",
    "count(fn(f(scene(), color=yellow), shape=sphere))",
    lambda s: n([i for i in s.f(color="yellow") if s.a(i, "shape") != "sphere"]),
)
C(
    "number",
    4,
    "There are at least five cylinders, aren't there?",
    "gt(count(sel(cylinder)), num(4))",
    lambda s: yes(len(s.f(shape="cylinder")) >= 5),
)
C(
    "list",
    4,
    "What are the yellow things made of?",
    "values(f(scene(), color=yellow), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(color="yellow")),
)
C(
    "position",
    4,
    "The object that sits furthest over to the right - what colour is that?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "number",
    4,
    "By how many do the spheres outnumber the cylinders?",
    "sub(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="sphere")) - len(s.f(shape="cylinder"))),
)

# scene 5: s cyan met sph, l purple rub sph, l brown met sph, s purple rub sph, s red rub cube, l brown met cube, l blue rub cube, s green rub cyl
C(
    "compare_attr",
    5,
    "That pair of purple balls - are they the same size?",
    "same(f(sel(sphere), color=purple), size)",
    lambda s: same_attr(s, s.f(shape="sphere", color="purple"), "size"),
)
C(
    "attribute",
    5,
    "The brown block: metal or rubber?",
    "choose(u(f(sel(cube), color=brown)), material, [metal, rubber])",
    lambda s: a_of(s, "material", shape="cube", color="brown"),
)
C(
    "compare_count",
    5,
    "Are there as many cubes as there are spheres?",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)
C(
    "spatial",
    5,
    "How many things would you say are closer to the camera than the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="green"))),
)
C(
    "chain",
    5,
    "Of all the balls, the one nearest the red cube is which colour?",
    "q(closest(sel(sphere), u(f(sel(cube), color=red))), color)",
    lambda s: s.a(nearest(s, s.f(shape="sphere"), s.the(shape="cube", color="red")), "color"),
)

# scene 6: s purple rub sph, l red rub cyl, s brown rub sph, l purple rub cyl, s red met cube, s blue met cube, l red rub sph, l gray rub sph
C(
    "exist",
    6,
    "Is either of the cubes made of rubber?",
    "exist(f(sel(cube), material=rubber))",
    lambda s: yes(bool(s.f(shape="cube", material="rubber"))),
)
C(
    "quantifier",
    6,
    "Does every cylinder happen to be a large one?",
    "not_(exist(fn(sel(cylinder), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="cylinder"))),
)
C(
    "superlative",
    6,
    "What colour do most of the objects here share?",
    "common_value(scene(), color)",
    lambda s: most_common([s.a(i, "color") for i in s.all()]),
)
C(
    "two_clause",
    6,
    "Is there a grey ball, and is the blue block matte?",
    "and_(exist(f(sel(sphere), color=gray)), verify(u(f(sel(cube), color=blue)), material, rubber))",
    lambda s: yes(
        bool(s.f(shape="sphere", color="gray")) and a_of(s, "material", shape="cube", color="blue") == "rubber"
    ),
)
C(
    "count",
    6,
    "How many of the spheres are rubber ones?",
    "count(f(sel(sphere), material=rubber))",
    lambda s: n(s.f(shape="sphere", material="rubber")),
)
C(
    "number",
    6,
    "If one more purple thing were added, would there be as many purple things as red ones?",
    "eq(add(count(f(scene(), color=purple)), num(1)), count(f(scene(), color=red)))",
    lambda s: yes(len(s.f(color="purple")) + 1 == len(s.f(color="red"))),
)

# scene 7: s gray met cyl, l purple rub sph, l red rub cube, s gray met cube, l brown met cube, s purple met cyl, s cyan rub cyl, s blue rub cyl, l cyan rub cyl, l yellow met cube
C(
    "count",
    7,
    "I can see several cylinders. How many exactly?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "quantifier",
    7,
    "Is there just the one sphere?",
    "eq(count(sel(sphere)), num(1))",
    lambda s: yes(len(s.f(shape="sphere")) == 1),
)
C(
    "list",
    7,
    "Give me the colours of all the boxes.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "compare_attr",
    7,
    "The two cyan cylinders, are they equally big?",
    "same(f(sel(cylinder), color=cyan), size)",
    lambda s: same_attr(s, s.f(shape="cylinder", color="cyan"), "size"),
)
C(
    "spatial",
    7,
    "How many objects are further back than the big red block?",
    "count(rel(u(f(sel(cube), size=large, color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="red"))),
)
X(7, "Which of these toys would a child pick up first?")

# scene 8: l gray rub cyl, s gray rub cube, s purple met cyl, s cyan met cube, s brown rub cube, l purple met sph, s yellow rub cyl, s yellow met cube
C(
    "count",
    8,
    "How many of the blocks are matte?",
    "count(f(sel(cube), material=rubber))",
    lambda s: n(s.f(shape="cube", material="rubber")),
)
C(
    "compare_attr",
    8,
    "Is the purple cylinder larger than the purple ball?",
    "larger(u(f(sel(cylinder), color=purple)), u(f(sel(sphere), color=purple)))",
    lambda s: yes(
        a_of(s, "size", shape="cylinder", color="purple") == "large"
        and a_of(s, "size", shape="sphere", color="purple") == "small"
    ),
)
C(
    "two_clause",
    8,
    "Do you see either a red cube or a yellow one?",
    "or_(exist(f(sel(cube), color=red)), exist(f(sel(cube), color=yellow)))",
    lambda s: yes(bool(s.f(shape="cube", color="red")) or bool(s.f(shape="cube", color="yellow"))),
)
C(
    "attribute",
    8,
    "The big cylinder is made of what?",
    "q(u(f(sel(cylinder), size=large)), material)",
    lambda s: a_of(s, "material", shape="cylinder", size="large"),
)
C(
    "position",
    8,
    "Second object from the left: what shape?",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)

# scene 9: s gray rub cube, l gray rub cyl, s blue met sph, l brown rub sph, s gray rub cyl, l purple met cube, l green rub cyl, l green met sph
C(
    "count",
    9,
    "What's the number of gray objects in this one?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "compare_attr",
    9,
    "Are the two green objects the same shape?",
    "same(f(scene(), color=green), shape)",
    lambda s: same_attr(s, s.f(color="green"), "shape"),
)
C(
    "attribute",
    9,
    "What kind of object is the purpel one?",
    "q(u(f(scene(), color=purple)), shape)",
    lambda s: a_of(s, "shape", color="purple"),
)
C(
    "negation",
    9,
    "Leaving out anything grey, how many objects are there?",
    "count(fn(scene(), color=gray))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "gray"]),
)
C(
    "spatial",
    9,
    "The blue sphere - is it in front of the big brown sphere or not?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=brown)), front), color=blue, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue"}, "front", {"shape": "sphere", "color": "brown"}),
)

# scene 10: s red rub cyl, l purple met sph, l green met cyl, l gray met cyl, s gray rub cube, l red rub sph
C(
    "number",
    10,
    "Are there four or more metal things?",
    "gt(count(f(scene(), material=metal)), num(3))",
    lambda s: yes(len(s.f(material="metal")) >= 4),
)
C(
    "attribute",
    10,
    "the huge shiny ball - colour?",
    "q(u(f(sel(sphere), size=large, material=metal)), color)",
    lambda s: a_of(s, "color", shape="sphere", material="metal"),
)
C(
    "compare_attr",
    10,
    "Is the red cylinder just as big as the red ball?",
    "same(u(f(sel(cylinder), color=red)), u(f(sel(sphere), color=red)), size)",
    lambda s: yes(a_of(s, "size", shape="cylinder", color="red") == a_of(s, "size", shape="sphere", color="red")),
)
C(
    "chain",
    10,
    "I'd like to know the shape of the object closest to the grey cube.",
    "q(closest(scene(), u(f(sel(cube), color=gray))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="gray")), "shape"),
)
X(10, "What would the purple ball cost in a shop?")

# scene 11: s brown met cyl, l yellow met sph, s green met cube, s brown rub sph, s gray met cyl, s green rub sph, l blue met cube, l brown rub sph, l brown met cyl, s purple rub sph
C(
    "count",
    11,
    "Could you tell me how many of the objects are brown?",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "negation",
    11,
    "Tell me how many balls are not brown.",
    "count(fn(sel(sphere), color=brown))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "brown"]),
)
C(
    "superlative",
    11,
    "Which colour crops up the most?",
    "common_value(scene(), color)",
    lambda s: most_common([s.a(i, "color") for i in s.all()]),
)
C(
    "compare_count",
    11,
    "Are the cubes outnumbered by the cylinders?",
    "lt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="cylinder"))),
)
C(
    "chain",
    11,
    "The large yellow ball has a cube somewhere in front of it; what colour is that cube?",
    "q(u(f(rel(u(f(sel(sphere), size=large, color=yellow)), front), shape=cube)), color)",
    lambda s: s.a(only(s.f(related(s, "front", s.the(shape="sphere", color="yellow")), shape="cube")), "color"),
)

# scene 12: s blue met cube, s green rub sph, l gray rub sph, s cyan met cyl, s gray rub sph, s green rub cyl, s red met cube, s gray met cube
C(
    "quantifier",
    12,
    "Are all three grey things rubber?",
    "not_(exist(fn(f(scene(), color=gray), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(color="gray"))),
)
C(
    "count",
    12,
    "how many gray balls r there?",
    "count(f(sel(sphere), color=gray))",
    lambda s: n(s.f(shape="sphere", color="gray")),
)
C(
    "two_clause",
    12,
    "Is the cyan cylinder metal and the green one rubber?",
    "and_(verify(u(f(sel(cylinder), color=cyan)), material, metal), verify(u(f(sel(cylinder), color=green)), material, rubber))",
    lambda s: yes(
        a_of(s, "material", shape="cylinder", color="cyan") == "metal"
        and a_of(s, "material", shape="cylinder", color="green") == "rubber"
    ),
)
C(
    "list",
    12,
    "What colours have the cubes got?",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "position",
    12,
    "What's the color of whichever object is nearest the front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(12, "Which of these objects is the oldest?")

# scene 13: s red rub cube, l cyan rub cyl, s purple rub cyl, s gray met sph, s cyan rub sph, s red rub sph, l red met cube
C(
    "verify",
    13,
    "Would you call the single metal ball cyan?",
    "verify(u(f(sel(sphere), material=metal)), color, cyan)",
    lambda s: yes(a_of(s, "color", shape="sphere", material="metal") == "cyan"),
)
C(
    "number",
    13,
    "Of the red cubes, is exactly one made of metal?",
    "eq(count(f(sel(cube), color=red, material=metal)), num(1))",
    lambda s: yes(len(s.f(shape="cube", color="red", material="metal")) == 1),
)
C(
    "count",
    13,
    "I'm curious how many of these are made of rubber.",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "compare_attr",
    13,
    "The large cyan cylinder and the small purple one: do they share a material?",
    "same(u(f(sel(cylinder), size=large, color=cyan)), u(f(sel(cylinder), size=small, color=purple)), material)",
    lambda s: yes(
        a_of(s, "material", shape="cylinder", color="cyan") == a_of(s, "material", shape="cylinder", color="purple")
    ),
)
X(13, "What is the red cube going to be used for later?")

# scene 14: l cyan rub sph, s blue met sph, s gray met cube
C(
    "compare_attr",
    14,
    "Is the cyan ball bigger than the blue ball?",
    "larger(u(f(sel(sphere), color=cyan)), u(f(sel(sphere), color=blue)))",
    lambda s: yes(
        a_of(s, "size", shape="sphere", color="cyan") == "large"
        and a_of(s, "size", shape="sphere", color="blue") == "small"
    ),
)
C(
    "spatial",
    14,
    "Looking at the picture, is the grey cube further left than the big cyan ball?",
    "exist(f(rel(u(f(sel(sphere), color=cyan)), left), color=gray, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "gray"}, "left", {"shape": "sphere", "color": "cyan"}),
)
C(
    "count",
    14,
    "How many of the three are on the small side?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "attribute",
    14,
    "The cube, the one that's shiny - what colour would you call it?",
    "q(u(f(sel(cube), material=metal)), color)",
    lambda s: a_of(s, "color", shape="cube", material="metal"),
)

# scene 15: l green rub cyl, l brown met cyl, s purple met cyl, l green met sph, s yellow met sph, s blue rub cube, l red rub sph
C(
    "count",
    15,
    "How many cylinders are there, big and small together?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_count",
    15,
    "Do the spheres and the cylinders come in equal numbers?",
    "eq(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cylinder"))),
)
C(
    "exist",
    15,
    "Any little rubber cylinders at all?",
    "exist(f(sel(cylinder), size=small, material=rubber))",
    lambda s: yes(bool(s.f(shape="cylinder", size="small", material="rubber"))),
)
C(
    "list",
    15,
    "The metal objects come in which colours?",
    "values(f(scene(), material=metal), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(material="metal")),
)
C(
    "chain",
    15,
    "The sphere closest to the blue cube is what coulor?",
    "q(closest(sel(sphere), u(f(sel(cube), color=blue))), color)",
    lambda s: s.a(nearest(s, s.f(shape="sphere"), s.the(shape="cube", color="blue")), "color"),
)
C(
    "position",
    15,
    "Name the material of the object that's furthest left.",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)

# scene 16: s red met sph, s purple met sph, s cyan met sph, l brown rub cyl, l yellow rub cube, l green rub sph, l yellow met cyl
C("count", 16, "Balls - how many are there in this one?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "quantifier",
    16,
    "Are all of the small objects metal balls?",
    "not_(exist(diff(f(scene(), size=small), f(sel(sphere), material=metal))))",
    lambda s: yes(all(s.a(i, "shape") == "sphere" and s.a(i, "material") == "metal" for i in s.f(size="small"))),
)
C(
    "two_clause",
    16,
    "Is there a yellow cube but no yellow cylinder?",
    "and_(exist(f(sel(cube), color=yellow)), not_(exist(f(sel(cylinder), color=yellow))))",
    lambda s: yes(bool(s.f(shape="cube", color="yellow")) and not s.f(shape="cylinder", color="yellow")),
)
C(
    "attribute",
    16,
    "What colour is the cylinder, the big matte one?",
    "q(u(f(sel(cylinder), size=large, material=rubber)), color)",
    lambda s: a_of(s, "color", shape="cylinder", material="rubber"),
)
C(
    "number",
    16,
    "The balls - how many distinct colours among them?",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)

# scene 17: l green met cyl, s yellow rub sph, l red met cube, l yellow rub cube
C(
    "verify",
    17,
    "The yellow block's rubber, right?",
    "verify(u(f(sel(cube), color=yellow)), material, rubber)",
    lambda s: yes(a_of(s, "material", shape="cube", color="yellow") == "rubber"),
)
C(
    "compare_attr",
    17,
    "Is the green cylinder the same size as the little yellow ball?",
    "same(u(f(sel(cylinder), color=green)), u(f(sel(sphere), color=yellow)), size)",
    lambda s: yes(a_of(s, "size", shape="cylinder") == a_of(s, "size", shape="sphere")),
)
C(
    "spatial",
    17,
    "Does the red cube stand in front of the little yellow ball?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), front), color=red, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "red"}, "front", {"shape": "sphere", "color": "yellow"}),
)
C(
    "negation",
    17,
    "How many of the objects are a colour other than yellow?",
    "count(fn(scene(), color=yellow))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "yellow"]),
)
X(17, "Who designed these toys?")

# scene 18: l cyan rub cube, l purple met cyl, s purple rub sph, l purple rub cyl, s blue rub cyl, l cyan rub sph, s purple met cube, s red rub sph
C("count", 18, "Purple objects: how many?", "count(f(scene(), color=purple))", lambda s: n(s.f(color="purple")))
C(
    "compare_count",
    18,
    "Are there more purple things than everything else put together?",
    "gt(count(f(scene(), color=purple)), count(fn(scene(), color=purple)))",
    lambda s: yes(len(s.f(color="purple")) > len(s.objects) - len(s.f(color="purple"))),
)
C(
    "list",
    18,
    "What shapes are the purple things?",
    "values(f(scene(), color=purple), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="purple")),
)
C(
    "attribute",
    18,
    "The cube that's small, what's it made of?",
    "q(u(f(sel(cube), size=small)), material)",
    lambda s: a_of(s, "material", shape="cube", size="small"),
)
C(
    "compare_attr",
    18,
    "Is the cyan ball as big as the cyan cube?",
    "same(u(f(sel(sphere), color=cyan)), u(f(sel(cube), color=cyan)), size)",
    lambda s: yes(a_of(s, "size", shape="sphere", color="cyan") == a_of(s, "size", shape="cube", color="cyan")),
)

# scene 19: s gray met cube, s green met cyl, s cyan met cyl, s cyan met cube, s cyan rub cyl, l blue rub cube, l gray met sph, s yellow rub cube
C(
    "count",
    19,
    "Do you know how many cyan things there are?",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "superlative",
    19,
    "Which shape turns up most often?",
    "common_value(scene(), shape)",
    lambda s: most_common([s.a(i, "shape") for i in s.all()]),
)
C(
    "exist",
    19,
    "I'm looking for a blue ball - is there one?",
    "exist(f(sel(sphere), color=blue))",
    lambda s: yes(bool(s.f(shape="sphere", color="blue"))),
)
C(
    "number",
    19,
    "Are there exactly two large objects?",
    "eq(count(f(scene(), size=large)), num(2))",
    lambda s: yes(len(s.f(size="large")) == 2),
)
C(
    "attribute",
    19,
    "What kind of thing is the big grey one?",
    "q(u(f(scene(), size=large, color=gray)), shape)",
    lambda s: a_of(s, "shape", size="large", color="gray"),
)
C(
    "spatial",
    19,
    "Count whatever lies to the left of the grey ball.",
    "count(rel(u(f(sel(sphere), color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="gray"))),
)

# scene 20: s purple met cyl, s green met cyl, l cyan met sph, s yellow rub cube, s yellow rub cyl, s brown met cube
C(
    "count",
    20,
    "Among the cans, how many have a shiny finish?",
    "count(f(sel(cylinder), material=metal))",
    lambda s: n(s.f(shape="cylinder", material="metal")),
)
C(
    "two_clause",
    20,
    "Is the sphere cyan, and is it a small one?",
    "and_(verify(u(sel(sphere)), color, cyan), verify(u(sel(sphere)), size, small))",
    lambda s: yes(a_of(s, "color", shape="sphere") == "cyan" and a_of(s, "size", shape="sphere") == "small"),
)
C(
    "compare_attr",
    20,
    "Are the yellow cube and the yellow cylinder made of the same stuff?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=yellow)), material)",
    lambda s: yes(
        a_of(s, "material", shape="cube", color="yellow") == a_of(s, "material", shape="cylinder", color="yellow")
    ),
)
C(
    "position",
    20,
    "Counting from the front, what's the second object's colour?",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "color"),
)
X(20, "If the cyan ball were dropped on a hard floor, how loud would it be?")

# scene 21: s green rub cyl, l red rub sph, s gray met sph, s yellow rub sph, l purple met cyl
C("count", 21, "A few balls in this one - how many, exactly?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_attr",
    21,
    "Is the green cylinder smaller than the purple one?",
    "smaller(u(f(sel(cylinder), color=green)), u(f(sel(cylinder), color=purple)))",
    lambda s: yes(
        a_of(s, "size", shape="cylinder", color="green") == "small"
        and a_of(s, "size", shape="cylinder", color="purple") == "large"
    ),
)
C(
    "spatial",
    21,
    "Is the grey ball nearer to us than the red one?",
    "exist(f(rel(u(f(sel(sphere), color=red)), front), color=gray, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "gray"}, "front", {"shape": "sphere", "color": "red"}),
)
C(
    "quantifier",
    21,
    "Is neither of the cylinders yellow?",
    "not_(exist(f(sel(cylinder), color=yellow)))",
    lambda s: yes(not s.f(shape="cylinder", color="yellow")),
)
C(
    "chain",
    21,
    "The sphere closest to the green cylinder, which colour is it?",
    "q(closest(sel(sphere), u(f(sel(cylinder), color=green))), color)",
    lambda s: s.a(nearest(s, s.f(shape="sphere"), s.the(shape="cylinder", color="green")), "color"),
)

# scene 22: l yellow rub cyl, l yellow met cube, s purple met cyl, s cyan met sph
C(
    "compare_attr",
    22,
    "Is the yellow cylinder made of what the yellow cube is made of?",
    "same(u(f(sel(cylinder), color=yellow)), u(f(sel(cube), color=yellow)), material)",
    lambda s: yes(
        a_of(s, "material", shape="cylinder", color="yellow") == a_of(s, "material", shape="cube", color="yellow")
    ),
)
C(
    "count",
    22,
    "How many metallic things are in the secne?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "spatial",
    22,
    "Is it the case that the cyan sphere lies to the right of the purple cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=purple)), right), color=cyan, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "cyan"}, "right", {"shape": "cylinder", "color": "purple"}),
)
C(
    "exist",
    22,
    "Can I see any little cubes in this one?",
    "exist(f(sel(cube), size=small))",
    lambda s: yes(bool(s.f(shape="cube", size="small"))),
)

# scene 23: s yellow met sph, s brown met cyl, l yellow rub cyl, s brown met sph
C(
    "count",
    23,
    "How many of the objects would you call tiny?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "list",
    23,
    "Name the materials used for the cylinders.",
    "values(sel(cylinder), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="cylinder")),
)
C(
    "quantifier",
    23,
    "Are both balls metal?",
    "not_(exist(fn(sel(sphere), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="sphere"))),
)
C(
    "chain",
    23,
    "What colour is whatever's nearest to the yellow ball?",
    "q(closest(scene(), u(f(sel(sphere), color=yellow))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="yellow")), "color"),
)

# scene 24: s red met cube, l red rub cyl, l green met cube, s brown met cyl, l gray met cube, l red met sph, s yellow rub cube, l red met sph, l brown rub cube, s gray rub cube
C("count", 24, "How many blocks would you say ther are?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "quantifier",
    24,
    "Is every red object in the picture a metal one?",
    "not_(exist(fn(f(scene(), color=red), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(color="red"))),
)
C(
    "negation",
    24,
    "How many of the cubes are some colour other than grey?",
    "count(fn(sel(cube), color=gray))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") != "gray"]),
)
C(
    "compare_count",
    24,
    "Are red things more numerous than cubes?",
    "gt(count(f(scene(), color=red)), count(sel(cube)))",
    lambda s: yes(len(s.f(color="red")) > len(s.f(shape="cube"))),
)
C(
    "negation",
    24,
    "If I took every cube away, how many objects would still be there?",
    "count(fn(scene(), shape=cube))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cube"]),
)
C(
    "compare_attr",
    24,
    "Do the red spheres match in size?",
    "same(f(sel(sphere), color=red), size)",
    lambda s: same_attr(s, s.f(shape="sphere", color="red"), "size"),
)
X(24, "What will all these objects be packed away in afterwards?")

# scene 25: l blue met cyl, s yellow rub sph, l cyan met sph, l red met cube, s brown met cyl, l brown rub sph, s gray met cyl
C(
    "count",
    25,
    "Metal cylinders - how many of those?",
    "count(f(sel(cylinder), material=metal))",
    lambda s: n(s.f(shape="cylinder", material="metal")),
)
C(
    "compare_attr",
    25,
    "Is the brown sphere made of the same thing as the brown cylinder?",
    "same(u(f(sel(sphere), color=brown)), u(f(sel(cylinder), color=brown)), material)",
    lambda s: yes(
        a_of(s, "material", shape="sphere", color="brown") == a_of(s, "material", shape="cylinder", color="brown")
    ),
)
C(
    "superlative",
    25,
    "What material do most of the objects have?",
    "common_value(scene(), material)",
    lambda s: most_common([s.a(i, "material") for i in s.all()]),
)
C(
    "two_clause",
    25,
    "Is there a red ball or a red cylinder?",
    "or_(exist(f(sel(sphere), color=red)), exist(f(sel(cylinder), color=red)))",
    lambda s: yes(bool(s.f(shape="sphere", color="red")) or bool(s.f(shape="cylinder", color="red"))),
)
C(
    "spatial",
    25,
    "Is the red cube found further right than the blue cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=blue)), right), color=red, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "red"}, "right", {"shape": "cylinder", "color": "blue"}),
)

# scene 26: l brown met cyl, l green met sph, s purple met cube, l cyan met sph, s green met cyl, s purple rub cube, s green met sph, l green met cyl
C(
    "count",
    26,
    "How many things in this picture are coloured green?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "compare_count",
    26,
    "Are there as many green balls as green cylinders?",
    "eq(count(f(sel(sphere), color=green)), count(f(sel(cylinder), color=green)))",
    lambda s: yes(len(s.f(shape="sphere", color="green")) == len(s.f(shape="cylinder", color="green"))),
)
C(
    "quantifier",
    26,
    "Is more than one of the objects made of rubber?",
    "gt(count(f(scene(), material=rubber)), num(1))",
    lambda s: yes(len(s.f(material="rubber")) > 1),
)
C(
    "compare_attr",
    26,
    "Do the two purple cubes have the same material?",
    "same(f(sel(cube), color=purple), material)",
    lambda s: same_attr(s, s.f(shape="cube", color="purple"), "material"),
)
C(
    "negation",
    26,
    "Suppose the green objects were gone; how many would be left?",
    "count(fn(scene(), color=green))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "green"]),
)

# scene 27: l purple rub cube, s yellow met sph, s red rub cyl, l red rub cube
C(
    "attribute",
    27,
    "What colour's the metal thing?",
    "q(u(f(scene(), material=metal)), color)",
    lambda s: a_of(s, "color", material="metal"),
)
C(
    "compare_attr",
    27,
    "Is the red cube bigger than the red cylinder?",
    "larger(u(f(sel(cube), color=red)), u(f(sel(cylinder), color=red)))",
    lambda s: yes(
        a_of(s, "size", shape="cube", color="red") == "large"
        and a_of(s, "size", shape="cylinder", color="red") == "small"
    ),
)
C(
    "exist",
    27,
    "Can you spot any cylindr that's large?",
    "exist(f(sel(cylinder), size=large))",
    lambda s: yes(bool(s.f(shape="cylinder", size="large"))),
)
C(
    "spatial",
    27,
    "Is the big purple block sitting in front of the red can?",
    "exist(f(rel(u(f(sel(cylinder), color=red)), front), size=large, color=purple, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "purple"}, "front", {"shape": "cylinder", "color": "red"}),
)

# scene 28: l red met cyl, s red rub cyl, l purple rub cyl, s brown met sph
C(
    "count",
    28,
    "How many of the tubes are red?",
    "count(f(sel(cylinder), color=red))",
    lambda s: n(s.f(shape="cylinder", color="red")),
)
C(
    "compare_attr",
    28,
    "The red cylinders: is one of them bigger than the other?",
    "not_(same(f(sel(cylinder), color=red), size))",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cylinder", color="red")}) == 2),
)
C(
    "quantifier",
    28,
    "Are the cylinders all large?",
    "not_(exist(fn(sel(cylinder), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="cylinder"))),
)
C(
    "verify",
    28,
    "The ball's purple, right?",
    "verify(u(sel(sphere)), color, purple)",
    lambda s: yes(a_of(s, "color", shape="sphere") == "purple"),
)
X(28, "Why did somebody leave the red cylinders out?")

# scene 29: l cyan met sph, l cyan rub cyl, l red met cyl, s brown rub sph
C(
    "count",
    29,
    "I'd like to know the number of cyan objects.",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "compare_attr",
    29,
    "Are the two cyan things made of one and the same material?",
    "same(f(scene(), color=cyan), material)",
    lambda s: same_attr(s, s.f(color="cyan"), "material"),
)
C(
    "spatial",
    29,
    "Is there a brown ball behind the red cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=red)), behind), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "behind", {"shape": "cylinder", "color": "red"}),
)
C(
    "superlative",
    29,
    "What colour is the thing closest to the front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# --- more CLEVR scenes: longer questions, chained relations, reported claims -------------------------------------
# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "chain",
    30,
    "Start at the blue cylinder, go to the ball on its left, then look to the right of that ball: what colour is the ball you find there?",
    "q(u(f(rel(u(f(rel(u(sel(cylinder)), left), shape=sphere)), right), shape=sphere)), color)",
    lambda s: s.a(
        only(
            s.f(
                related(s, "right", only(s.f(related(s, "left", s.the(shape="cylinder")), shape="sphere"))),
                shape="sphere",
            )
        ),
        "color",
    ),
)
X(30, "What was on the table before these objects were put there?")

# scene 31: s cyan rub cyl, l green met cyl, l blue met sph, s red met cyl, s purple rub cube, s yellow rub sph, s gray rub sph, s blue met sph, s cyan met sph, s brown rub cyl
C(
    "number",
    31,
    "My friend reckons there are six balls in this picture. Is she right?",
    "eq(count(sel(sphere)), num(6))",
    lambda s: yes(len(s.f(shape="sphere")) == 6),
)
C(
    "compare_count",
    31,
    "Do more objects sit in front of the purple cube than sit behind it?",
    "gt(count(rel(u(sel(cube)), front)), count(rel(u(sel(cube)), behind)))",
    lambda s: yes(len(related(s, "front", s.the(shape="cube"))) > len(related(s, "behind", s.the(shape="cube")))),
)
C(
    "number",
    31,
    "Are there at least a couple of blue balls?",
    "gt(count(f(sel(sphere), color=blue)), num(1))",
    lambda s: yes(len(s.f(shape="sphere", color="blue")) >= 2),
)

# scene 33: s cyan rub cube, s gray met sph, s blue rub cyl, l cyan met cyl, l green met cube, l red met sph
C(
    "chain",
    33,
    "Just left of the small cyan cube there's a big cube. What colour is the cylinder in front of that big cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=cyan)), left), shape=cube)), front), shape=cylinder)), color)",
    lambda s: s.a(
        only(
            s.f(
                related(s, "front", only(s.f(related(s, "left", s.the(shape="cube", color="cyan")), shape="cube"))),
                shape="cylinder",
            )
        ),
        "color",
    ),
)
X(33, "How many more objects will be added to this scene tomorrow?")

# scene 37: l gray rub cyl, s brown rub cube, l purple met cube, s red rub sph, s red rub cube, s gray met cyl, s cyan rub sph, l blue met cyl
C(
    "chain",
    37,
    "There's a small cylinder behind the cyan ball. What colour is the ball to the right of that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=cyan)), behind), size=small, shape=cylinder)), right), shape=sphere)), color)",
    lambda s: s.a(
        only(
            s.f(
                related(
                    s,
                    "right",
                    only(
                        s.f(related(s, "behind", s.the(shape="sphere", color="cyan")), size="small", shape="cylinder")
                    ),
                ),
                shape="sphere",
            )
        ),
        "color",
    ),
)
C(
    "compare_count",
    37,
    "Are there fewer metal objects than rubber ones?",
    "lt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) < len(s.f(material="rubber"))),
)

# scene 41: s yellow met cyl, s purple rub cyl, l gray rub sph, l yellow met cyl, s red met cyl, s brown rub sph, l blue met sph, l cyan met cyl, l blue met cub, s yellow rub sph
C(
    "chain",
    41,
    "What colour is the cylinder to the right of the cube that stands behind the little purple cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=small, color=purple)), behind), shape=cube)), right), shape=cylinder)), color)",
    lambda s: s.a(
        only(
            s.f(
                related(
                    s, "right", only(s.f(related(s, "behind", s.the(shape="cylinder", color="purple")), shape="cube"))
                ),
                shape="cylinder",
            )
        ),
        "color",
    ),
)
C(
    "verify",
    41,
    "Someone told me the big grey ball is made of metal. True?",
    "verify(u(f(sel(sphere), size=large, color=gray)), material, metal)",
    lambda s: yes(a_of(s, "material", shape="sphere", color="gray") == "metal"),
)

# scene 44: l brown rub sph, s brown met sph, s purple rub cube, l blue met cube, s cyan met cube
C(
    "chain",
    44,
    "Behind the blue cube is a small cube, and behind that one is a ball. Is that ball big or small?",
    "choose(u(f(rel(u(f(rel(u(f(sel(cube), color=blue)), behind), size=small, shape=cube)), behind), shape=sphere)), size, [large, small])",
    lambda s: s.a(
        only(
            s.f(
                related(
                    s,
                    "behind",
                    only(s.f(related(s, "behind", s.the(shape="cube", color="blue")), size="small", shape="cube")),
                ),
                shape="sphere",
            )
        ),
        "size",
    ),
)

# scene 47: s red met cyl, l purple rub cube, s purple rub cube, s red rub cube, s blue rub cyl, s purple met cube, s yellow met sph, l blue rub cube, l cyan rub cyl, l yellow met sph
C(
    "count",
    47,
    "Out of all the purple things, how many are tiny?",
    "count(f(scene(), color=purple, size=small))",
    lambda s: n(s.f(color="purple", size="small")),
)
X(47, "Which of these cubes would be easiest to stack on top of the others?")

# scene 49: s red rub sph, s purple met sph, s cyan met sph, s yellow rub sph, s green met cube, l purple met sph, s green rub cyl, s yellow rub sph, s gray rub cyl
C(
    "chain",
    49,
    "What material is the ball sitting behind the ball that's to the right of the green cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=green)), right), shape=sphere)), behind), shape=sphere)), material)",
    lambda s: s.a(
        only(
            s.f(
                related(
                    s, "behind", only(s.f(related(s, "right", s.the(shape="cylinder", color="green")), shape="sphere"))
                ),
                shape="sphere",
            )
        ),
        "material",
    ),
)
C(
    "count",
    49,
    "Six or seven balls here, I think - how many are there really?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)

# scene 53: l yellow met cub, s yellow met sph, l green met sph, l purple rub cube, l blue rub cube, s gray rub cube
C(
    "attribute",
    53,
    "Which of the cubes is the small one? Tell me its colour.",
    "q(u(f(sel(cube), size=small)), color)",
    lambda s: a_of(s, "color", shape="cube", size="small"),
)
X(53, "Is the purple cube hollow inside?")

# scene 56: s blue rub cube, s yellow rub sph, l brown rub cube, s cyan rub sph, l cyan rub cube, l green met cyl
C(
    "chain",
    56,
    "How big is the block to the left of the ball that sits in front of the brown cube, large or small?",
    "choose(u(f(rel(u(f(rel(u(f(sel(cube), color=brown)), front), shape=sphere)), left), shape=cube)), size, [large, small])",
    lambda s: s.a(
        only(
            s.f(
                related(s, "left", only(s.f(related(s, "front", s.the(shape="cube", color="brown")), shape="sphere"))),
                shape="cube",
            )
        ),
        "size",
    ),
)
C(
    "verify",
    56,
    "Made of rubber, is the big brown cube?",
    "verify(u(f(sel(cube), size=large, color=brown)), material, rubber)",
    lambda s: yes(a_of(s, "material", shape="cube", color="brown") == "rubber"),
)

# scene 58: s blue rub sph, l cyan met cub, l purple met cube
C(
    "superlative",
    58,
    "Which of the two cubes is closer to the camera, the cyan one or the purple one?",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "color"),
)
X(58, "What is the blue ball's temperature?")

# =================================================================================================================
# photo-like scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog), man2 (right, white, blue tie), red bus
# "CERO EMISIONES", red STOP sign, white car left of the bus, tree behind the bus, small brown dog, NO PARKING on the road
P(
    "chain",
    "street",
    "Who's the one holding the dog?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "chain",
    "street",
    "What is the lady in green holding?",
    "q(u(rel(u(f(sel(woman), color=green)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman", color="green"), "holding"))),
)
P("count", "street", "How many ties can you spot?", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "verify",
    "street",
    "The guy on the left - is his tie blue?",
    "verify(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), color, blue)",
    lambda p: yes(p.value(worn_by(p, p.the("man", hposition="left")), "color") == "blue"),
)
P(
    "exist",
    "street",
    "Is anybody in the street not wearing a tie?",
    "exist(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: yes(any(not any(p.name(w) == "tie" for w in p.objects_of(o, "wearing")) for o in people(p))),
)
P(
    "compare_attr",
    "street",
    "Is the stop sign the same colour as the bus?",
    "same(u(sel(sign)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("sign"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "spatial",
    "street",
    "Who is standing in front of the bus?",
    "q(u(rel(u(sel(bus)), front)), name)",
    lambda p: p.name(only(p.subjects("front", p.the("bus")))),
)
P(
    "spatial",
    "street",
    "Is there a tree somewhere behind the bus?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(any(p.name(o) == "tree" for o in p.subjects("behind", p.the("bus")))),
)
P(
    "compare_count",
    "street",
    "Are the men outnumbered by the women here?",
    "lt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) < len(p.f("woman"))),
)
P(
    "spatial",
    "street",
    "The car's parked on the left side of the bus, isn't it?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(p.has(p.the("car"), "left", p.the("bus"))),
)
P(
    "text",
    "street",
    "What does the sign up on the right read?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "superlative",
    "street",
    "Of everything in the street scene, which takes up the most room?",
    "q(ord(scene(), largest, 1), name)",
    lambda p: p.name(big_box(p, list(p.objects))),
)
P(
    "verify",
    "street",
    "Is the dog sitting near the man on the right?",
    "vrel(u(f(sel(man), hposition=right)), near, name=dog)",
    lambda p: yes(p.has(p.the("dog"), "near", p.the("man", hposition="right"))),
)
P(
    "compare_attr",
    "street",
    "Do the two men wear ties of the same colour?",
    "same(rel(sel(man), wearing, role=object), color)",
    lambda p: yes(len({p.value(worn_by(p, m), "color") for m in p.f("man")}) == 1),
)
P(
    "chain",
    "street",
    "What colour is the tie worn by the man who stands to the left of the woman?",
    "q(u(rel(u(rel(u(sel(woman)), left, name=man)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, only([o for o in p.subjects("left", p.the("woman")) if p.name(o) == "man"])), "color"),
)
P(
    "text",
    "street",
    "Read out the words painted on the road for me.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "verify",
    "street",
    "The woman with the dog is dressed in green, isn't she?",
    "verify(u(sel(woman)), color, green)",
    lambda p: yes(p.value(p.the("woman"), "color") == "green"),
)
P(
    "number",
    "street",
    "I count three people - have I got that right?",
    "eq(count(sel(person)), num(3))",
    lambda p: yes(len(people(p)) == 3),
)
X("street", "What breed is the little brown dog?")
X("street", "How loud is the bus engine right now?")
X("street", "Where are the two men heading after this?")

# kitchen: red, blue and white cups left to right on a wooden table, white plate, green AGUA bottle, silver fork by
# the plate, a white clock (12:30) above the table, a woman in yellow on the right
P("count", "kitchen", "What's the total number of cups?", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "position",
    "kitchen",
    "What colour is the cup that's furthest to the right?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "position",
    "kitchen",
    "Which colour is the middle one of the three cups?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "spatial",
    "kitchen",
    "What's directly to the right of the red cup?",
    "q(u(rel(u(f(sel(cup), color=red)), right)), name)",
    lambda p: p.name(only(p.subjects("right", p.the("cup", color="red")))),
)
P(
    "spatial",
    "kitchen",
    "Is the fork lying close to the plate?",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(p.has(p.the("fork"), "near", p.the("plate"))),
)
P(
    "attribute",
    "kitchen",
    "What material is the fork?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "text",
    "kitchen",
    "What time does the kitchen clock show?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "exist",
    "kitchen",
    "Has anyone left a knife on the table?",
    "exist(rel(u(sel(table)), on, name=knife))",
    lambda p: yes(any(p.name(o) == "knife" for o in p.subjects("on", p.the("table")))),
)
P(
    "negation",
    "kitchen",
    "Besides the cups, how many things are on the table?",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) != "cup"]),
)
P(
    "text",
    "kitchen",
    "What's written on the green bottle?",
    "q(u(f(sel(bottle), color=green)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "compare_count",
    "kitchen",
    "Are there fewer plates then cups?",
    "lt(count(sel(plate)), count(sel(cup)))",
    lambda p: yes(len(p.f("plate")) < len(p.f("cup"))),
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
    "Whatever is on the right of the bottle - what colour is it?",
    "q(u(rel(u(sel(bottle)), right)), color)",
    lambda p: p.value(only(p.subjects("right", p.the("bottle"))), "color"),
)
P(
    "two_clause",
    "kitchen",
    "Are the plate and the bottle both white?",
    "and_(verify(u(sel(plate)), color, white), verify(u(sel(bottle)), color, white))",
    lambda p: yes(p.value(p.the("plate"), "color") == "white" and p.value(p.the("bottle"), "color") == "white"),
)
P(
    "exist",
    "kitchen",
    "Is any of the cups neither red nor blue?",
    "exist(fn(fn(sel(cup), color=red), color=blue))",
    lambda p: yes(any(p.value(o, "color") not in ("red", "blue") for o in p.f("cup"))),
)
P(
    "attribute",
    "kitchen",
    "The woman - what colour is she wearing?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "spatial",
    "kitchen",
    "Is the woman standing on the left of the table?",
    "vrel(u(sel(table)), left, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "left", p.the("table"))),
)
P(
    "verify",
    "kitchen",
    "Is the table made of glass?",
    "verify(u(sel(table)), material, glass)",
    lambda p: yes(p.value(p.the("table"), "material") == "glass"),
)
X("kitchen", "What's in the blue cup?")
X("kitchen", "Does the woman live in this house?")

# park: woman in red (left, holding the black dog), boy in blue (throwing the yellow frisbee, near the green wooden
# bench), woman in white (near the red bike), girl in pink (near the white dog), two green trees
P(
    "chain",
    "park",
    "The kid in blue - what's he throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "chain",
    "park",
    "Who's holding on to the black dog?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P("count", "park", "How many women are out in the park?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "spatial",
    "park",
    "Is the girl close to the white dog?",
    "vrel(u(f(sel(dog), color=white)), near, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "near", p.the("dog", color="white"))),
)
P(
    "attribute",
    "park",
    "What's the girl wearing, colour-wise?",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P(
    "count",
    "park",
    "Counting the boy and the girl, how many children are there?",
    "add(count(sel(boy)), count(sel(girl)))",
    lambda p: str(len(p.f("boy")) + len(p.f("girl"))),
)
P(
    "chain",
    "park",
    "What is the woman in white standing near?",
    "q(u(rel(u(f(sel(woman), color=white)), near, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman", color="white"), "near"))),
)
P(
    "spatial",
    "park",
    "What's behind the girl?",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
P(
    "verify",
    "park",
    "Is the bench a metal one?",
    "verify(u(sel(bench)), material, metal)",
    lambda p: yes(p.value(p.the("bench"), "material") == "metal"),
)
P(
    "attribute",
    "park",
    "Is the bike red or green?",
    "choose(u(sel(bicycle)), color, [red, green])",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "position",
    "park",
    "Who's second from the left amongst the poeple?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "superlative",
    "park",
    "Which person is furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "compare_count",
    "park",
    "Are people more numerous than dogs here?",
    "gt(count(sel(person)), count(sel(dog)))",
    lambda p: yes(len(people(p)) > len(p.f("dog"))),
)
P(
    "compare_attr",
    "park",
    "Is the frisbee the same colour as the bench?",
    "same(u(sel(frisbee)), u(sel(bench)), color)",
    lambda p: yes(p.value(p.the("frisbee"), "color") == p.value(p.the("bench"), "color")),
)
P(
    "count",
    "park",
    "How many of the people are in either red or white?",
    "add(count(f(sel(person), color=red)), count(f(sel(person), color=white)))",
    lambda p: str(len([o for o in people(p) if p.value(o, "color") in ("red", "white")])),
)
P(
    "spatial",
    "park",
    "Does the bench stand to the right of the bike?",
    "vrel(u(sel(bicycle)), right, name=bench)",
    lambda p: yes(p.has(p.the("bench"), "right", p.the("bicycle"))),
)
P(
    "exist",
    "park",
    "Is there a dog near the woman in white?",
    "exist(rel(u(f(sel(woman), color=white)), near, name=dog))",
    lambda p: yes(any(p.name(o) == "dog" for o in p.subjects("near", p.the("woman", color="white")))),
)
P(
    "list",
    "park",
    "What colours are the women wearing?",
    "values(sel(woman), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("woman")),
)
P("count", "park", "How many trees?", "count(sel(tree))", lambda p: n(p.f("tree")))
X("park", "Which of the two women is the girl's mother?")
X("park", "Will the dog catch the frisbee?")
X("park", "What's the boy's name?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large
# yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue
# circle (middle)
P("count", "shapes", "How many circels are on the page?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "The triangle's what color?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Is the square the same colour as the hexagon?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "position",
    "shapes",
    "Which shape sits in the top right corner?",
    "q(u(f(scene(), hposition=right, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "shape"),
)
P("count", "shapes", "Red shapes: how many are there?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "compare_count",
    "shapes",
    "Are there more small shapes than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "list",
    "shapes",
    "List the colours of the small shapes.",
    "values(f(scene(), size=small), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="small")),
)
P(
    "verify",
    "shapes",
    "Is the star up in the top row?",
    "verify(u(sel(star)), vposition, top)",
    lambda p: yes(p.value(p.the("star"), "vposition") == "top"),
)
P(
    "superlative",
    "shapes",
    "What color is the larger of the two circles?",
    "q(ord(sel(circle), largest, 1), color)",
    lambda p: p.value(big_box(p, p.f("circle")), "color"),
)
P("exist", "shapes", "Is there a pentagon anywhere?", "exist(sel(pentagon))", lambda p: yes(bool(p.f("pentagon"))))
P(
    "attribute",
    "shapes",
    "Which shape is the yellow one?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
P(
    "position",
    "shapes",
    "What's the leftmost shape?",
    "q(ord(scene(), left, 1), name)",
    lambda p: p.name(side_of(p, list(p.objects), "left")),
)
P(
    "count",
    "shapes",
    "How many shapes are in the top row?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "quantifier",
    "shapes",
    "Is every shape in the bottom row small?",
    "not_(exist(fn(f(scene(), vposition=bottom), size=small)))",
    lambda p: yes(all(p.value(o, "size") == "small" for o in p.f(vposition="bottom"))),
)
P(
    "two_clause",
    "shapes",
    "Are the green triangle and the yellow rectangle both large?",
    "and_(verify(u(f(sel(triangle), color=green)), size, large), verify(u(f(sel(rectangle), color=yellow)), size, large))",
    lambda p: yes(
        p.value(p.the("triangle", color="green"), "size") == "large"
        and p.value(p.the("rectangle", color="yellow"), "size") == "large"
    ),
)
P(
    "negation",
    "shapes",
    "How many blue shapes aren't squares?",
    "count(fn(f(scene(), color=blue), shape=square))",
    lambda p: n([o for o in p.f(color="blue") if p.value(o, "shape") != "square"]),
)
P(
    "position",
    "shapes",
    "Name the shape at the bottom right.",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "position",
    "shapes",
    "In the top row, what's the second shape from the left?",
    "q(ord(f(scene(), vposition=top), left, 2), name)",
    lambda p: p.name(side_of(p, p.f(vposition="top"), "left", 2)),
)
X("shapes", "What do these shapes stand for?")
X("shapes", "Which of these shapes does the artist like best?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
