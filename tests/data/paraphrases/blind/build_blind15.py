# ruff: noqa: E501
"""Blind paraphrase set 15: children and parents, teachers and exam papers, learners of English (Spanish, German,
French, Chinese, Hindi, Japanese, Russian transfer), questions inside longer messages (stories, apologies, markdown,
bullets, numbered lists, emoji, all caps, missing spaces), negation and exclusion, passives and fronted clauses,
relative and reduced relative clauses, number words and ordinals, colloquial names for things, reversed order.

Run ``python build_blind15.py`` to write ``../blind15.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind15.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ----------------------------------------------------------------------------
def along(s: Clevr, i: int, side: str) -> float:
    return sum(a * b for a, b in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th object of ids counted from ``side`` (left, right, front, behind)."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    if any(
        abs(along(s, order[j], side) - along(s, order[k - 1], side)) < 1e-9 for j in (k - 2, k) if 0 <= j < len(order)
    ):
        raise NotUnique("tie")
    return order[k - 1]


def nearest(s: Clevr, ids: list[int], anchor: int, far: bool = False) -> int:
    here = s.objects[anchor]["3d_coords"]
    others = [i for i in ids if i != anchor]
    order = sorted(others, key=lambda i: math.dist(s.objects[i]["3d_coords"], here), reverse=far)
    if (
        len(order) > 1
        and abs(math.dist(s.objects[order[0]]["3d_coords"], here) - math.dist(s.objects[order[1]]["3d_coords"], here))
        < 1e-6
    ):
        raise NotUnique("equally near")
    return order[0]


def listing(values: list[str]) -> str:
    """Values most frequent first, ties alphabetical, joined by commas."""
    tally: dict[str, int] = {}
    for v in values:
        tally[v] = tally.get(v, 0) + 1
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def only(items: list):
    """The one item of items (NotUnique otherwise)."""
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def most(values: list[str]) -> str:
    """The value most of values have (NotUnique on a tie)."""
    ranked = listing(values).split(", ")
    if len(ranked) > 1 and values.count(ranked[0]) == values.count(ranked[1]):
        raise NotUnique(f"tie {ranked[:2]}")
    return ranked[0]


def count_is(items, k: int) -> str:
    return yes(len(items) == k)


def box_area(p: Photo, oid: str) -> float:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x2 - x1) * (y2 - y1)


def big_box(p: Photo, ids: list[str], smallest: bool = False) -> str:
    """The object of ids with the largest box (the smallest with ``smallest``); NotUnique when the runner-up's is
    within a quarter of it (two boxes that close are about one size; nsvr's ``CLEARLY_LARGER``). Changed after the
    first run: "the smallest person" in the park had hung on boxes of 14,400 against 15,600 px."""
    order = sorted(ids, key=lambda i: box_area(p, i), reverse=not smallest)
    if len(order) > 1:
        low, high = sorted((box_area(p, order[0]), box_area(p, order[1])))
        if high < 1.25 * low:
            raise NotUnique("about one size")
    return order[0]


# --- count -----------------------------------------------------------------------------------------------------
C("count", 4, "how many balls are there mommy", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "count",
    7,
    "Class, eyes on the picture please. How many of the objects are made of metal? Hands up, don't shout it out.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "count",
    24,
    "How much spheres are red in the picture?",
    "count(f(sel(sphere), color=red))",
    lambda s: n(s.f(shape="sphere", color="red")),
)
C("count", 11, "How many spheres gives it in this picture?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "count",
    31,
    "**how many** balls are small?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "count",
    45,
    "🟦🟥 ok quick one: how many tiny shiny things r there? 🤔",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "count",
    41,
    "My little brother keeps stealing the yellow pieces out of his set. How many yellow objects are still in this picture?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
P("count", "street", "how many ppl in this pic lol", "count(sel(person))", lambda p: n(p.f(PEOPLE)))
P(
    "count",
    "park",
    "Could you count the kids for me? I'm making name tags for the ones in this photo.",
    "count(union(sel(boy), sel(girl)))",
    lambda p: n(p.f({"boy", "girl"})),
)
C(
    "count",
    47,
    "Of the rubber things, how many are cubes?",
    "count(f(f(scene(), material=rubber), shape=cube))",
    lambda s: n(s.f(material="rubber", shape="cube")),
)
C(
    "count",
    49,
    "How many of spheres are there which are small?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C("count", 59, "How many cylinders is on picture?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "count",
    37,
    "HOW MANY THINGS ARE BEHIND THE BIG BLUE CYLINDER",
    "count(rel(u(f(sel(cylinder), size=large, color=blue)), behind))",
    lambda s: n(s.rel("behind", s.the(shape="cylinder", size="large", color="blue"))),
)
C(
    "count",
    19,
    "Small metal cube, how many are there?",
    "count(f(sel(cube), size=small, material=metal))",
    lambda s: n(s.f(shape="cube", size="small", material="metal")),
)
C(
    "count",
    26,
    "Please tell how many green coloured objects are there in the image only.",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C("count", 8, "There have how many cube?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
P(
    "count",
    "kitchen",
    "how many cups r on the table",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n([c for c in p.subjects("on", p.the("table")) if p.name(c) == "cup"]),
)
C(
    "count",
    55,
    "Determine the number of purple spheres shown in the figure.",
    "count(f(sel(sphere), color=purple))",
    lambda s: n(s.f(shape="sphere", color="purple")),
)
C(
    "count",
    43,
    "Hi!Quick question:how many metal objects are in front of the yellow cube?Thanks!",
    "count(f(rel(u(f(sel(cube), color=yellow)), front), material=metal))",
    lambda s: n(s.f(s.rel("front", s.the(shape="cube", color="yellow")), material="metal")),
)
C(
    "count",
    9,
    "how many grey things are there daddy i see lots",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "count",
    5,
    "1) how many big blocks are in the image?",
    "count(f(sel(cube), size=large))",
    lambda s: n(s.f(shape="cube", size="large")),
)
P(
    "count",
    "shapes",
    "How many blue shapes are in this drawing, would you say?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
C(
    "count",
    18,
    "Count for me the purple ones, how many?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "count",
    19,
    "wie many small things are there? sorry, how many",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)

# --- exist -----------------------------------------------------------------------------------------------------
C(
    "exist",
    17,
    "There is a red cube?",
    "exist(f(sel(cube), color=red))",
    lambda s: yes(bool(s.f(shape="cube", color="red"))),
)
C(
    "exist",
    3,
    "Is exist a green sphere in picture?",
    "exist(f(sel(sphere), color=green))",
    lambda s: yes(bool(s.f(shape="sphere", color="green"))),
)
C(
    "exist",
    20,
    "Is a cube to be found behind the big cyan ball?",
    "exist(rel(u(f(sel(sphere), size=large, color=cyan)), behind, name=cube))",
    lambda s: yes(bool(s.f(s.rel("behind", s.the(shape="sphere", size="large", color="cyan")), shape="cube"))),
)
C(
    "exist",
    10,
    "Left of the gray cube, is there anything small?",
    "exist(f(rel(u(f(sel(cube), color=gray)), left), size=small))",
    lambda s: yes(bool(s.f(s.rel("left", s.the(shape="cube", color="gray")), size="small"))),
)
P("exist", "street", "is there a doggo anywhere in this pic?", "exist(sel(dog))", lambda p: yes(bool(p.f("dog"))))
C(
    "exist",
    0,
    "is there a green can?",
    "exist(f(sel(cylinder), color=green))",
    lambda s: yes(bool(s.f(shape="cylinder", color="green"))),
)
C("exist", 14, "Gives it a cylinder in this image?", "exist(sel(cylinder))", lambda s: yes(bool(s.f(shape="cylinder"))))
C(
    "exist",
    30,
    "There is some metal ball in the image?",
    "exist(f(sel(sphere), material=metal))",
    lambda s: yes(bool(s.f(shape="sphere", material="metal"))),
)
C(
    "exist",
    33,
    "- is there a *shiny* cube anywhere?",
    "exist(f(sel(cube), material=metal))",
    lambda s: yes(bool(s.f(shape="cube", material="metal"))),
)
C(
    "exist",
    38,
    "Red metal ball, is there?",
    "exist(f(sel(sphere), color=red, material=metal))",
    lambda s: yes(bool(s.f(shape="sphere", color="red", material="metal"))),
)
C(
    "exist",
    21,
    "Kindly confirm whether any purple coloured cylinder is present in the image.",
    "exist(f(sel(cylinder), color=purple))",
    lambda s: yes(bool(s.f(shape="cylinder", color="purple"))),
)
C(
    "exist",
    57,
    "Is there cube of yellow colour?",
    "exist(f(sel(cube), color=yellow))",
    lambda s: yes(bool(s.f(shape="cube", color="yellow"))),
)
P("exist", "park", "any bikes in this one?", "exist(sel(bicycle))", lambda p: yes(bool(p.f("bicycle"))))
C(
    "exist",
    52,
    "I'm colour-blind, so forgive me if this is obvious, but is there a brown block in this picture?",
    "exist(f(sel(cube), color=brown))",
    lambda s: yes(bool(s.f(shape="cube", color="brown"))),
)
C(
    "exist",
    39,
    "Is there anything that is behind the small brown cylinder?",
    "exist(rel(u(f(sel(cylinder), size=small, color=brown)), behind))",
    lambda s: yes(bool(s.rel("behind", s.the(shape="cylinder", size="small", color="brown")))),
)
C(
    "exist",
    56,
    "Any balls made of rubber sitting to the right of the big green cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=green)), right, name=sphere), material=rubber))",
    lambda s: yes(
        bool(
            s.f(s.rel("right", s.the(shape="cylinder", size="large", color="green")), shape="sphere", material="rubber")
        )
    ),
)
C(
    "exist",
    25,
    "IS THERE A TINY RED TUBE??",
    "exist(f(sel(cylinder), size=small, color=red))",
    lambda s: yes(bool(s.f(shape="cylinder", size="small", color="red"))),
)
P(
    "exist",
    "kitchen",
    "Is someone standing to the right of the table? (sorry, my screen is cracked on that side)",
    "exist(rel(u(sel(table)), right, name=person))",
    lambda p: yes(any(p.name(o) in PEOPLE for o in p.subjects("right", p.the("table")))),
)
C(
    "exist",
    50,
    "Is there a metal thing in this picture? They all look matte to me.",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)

# --- attribute -------------------------------------------------------------------------------------------------
C(
    "attribute",
    14,
    "Class, who can tell me the colour of the small metal sphere? Yes, you at the back.",
    "q(u(f(sel(sphere), size=small, material=metal)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small", material="metal"), "color"),
)
C(
    "attribute",
    5,
    "What color have the cylinder?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "attribute",
    28,
    "Which colour has the ball?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "attribute",
    2,
    "I'm trying to sort these for my robot; which colour is the big rubber cylinder?",
    "q(u(f(sel(cylinder), size=large, material=rubber)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large", material="rubber"), "color"),
)
C(
    "attribute",
    36,
    "what color is the block mama",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "attribute",
    40,
    "The cylinder, of what material is it?",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "attribute",
    51,
    "The big ball is what color?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "attribute",
    34,
    "State the material of the large cylinder.",
    "q(u(f(sel(cylinder), size=large)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "material"),
)
C(
    "attribute",
    22,
    "Sphere's colour is what?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "attribute",
    58,
    "What is the colour of the ball, kindly tell.",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "attribute",
    0,
    "👀 what shape is the green thing",
    "q(u(f(scene(), color=green)), shape)",
    lambda s: s.a(s.the(color="green"), "shape"),
)
C(
    "attribute",
    29,
    "what size is the brown ball",
    "q(u(f(sel(sphere), color=brown)), size)",
    lambda s: s.a(s.the(shape="sphere", color="brown"), "size"),
)
C(
    "attribute",
    27,
    "Which shape has small yellow object?",
    "q(u(f(scene(), size=small, color=yellow)), shape)",
    lambda s: s.a(s.the(size="small", color="yellow"), "shape"),
)
P(
    "attribute",
    "street",
    "what color is the tie the guy on the right has on?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object, name=tie)), color)",
    lambda p: p.value(
        only([t for t in p.objects_of(p.the("man", hposition="right"), "wearing") if p.name(t) == "tie"]), "color"
    ),
)
P(
    "attribute",
    "kitchen",
    "what's the table made of? thinking of getting the same one",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "attribute",
    "park",
    "What colour is the frisbee? My son wants one just like it.",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
C(
    "attribute",
    44,
    "Material of the large brown ball?",
    "q(u(f(sel(sphere), size=large, color=brown)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large", color="brown"), "material"),
)
C(
    "attribute",
    19,
    "what material is the big blue block",
    "q(u(f(sel(cube), size=large, color=blue)), material)",
    lambda s: s.a(s.the(shape="cube", size="large", color="blue"), "material"),
)
C(
    "attribute",
    48,
    "sweetie, what colour is the little cylinder?",
    "q(u(f(sel(cylinder), size=small)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "color"),
)
C(
    "attribute",
    16,
    "`size` of the yellow cube?",
    "q(u(f(sel(cube), color=yellow)), size)",
    lambda s: s.a(s.the(shape="cube", color="yellow"), "size"),
)
C(
    "attribute",
    23,
    "THE BIG ONE. WHAT COLOUR IS IT",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)
P(
    "attribute",
    "shapes",
    "which shape is the yellow one — rectangle or square? i can never tell",
    "choose(u(f(scene(), color=yellow)), shape, [rectangle, square])",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)

# --- verify ----------------------------------------------------------------------------------------------------
C(
    "verify",
    44,
    "Blue — is that the colour of the big cube?",
    "verify(u(f(sel(cube), size=large)), color, blue)",
    lambda s: yes(s.a(s.the(shape="cube", size="large"), "color") == "blue"),
)
C(
    "verify",
    34,
    "is the gray one the biggest one??",
    "verify(u(f(scene(), size=large)), color, gray)",
    lambda s: yes(s.a(s.the(size="large"), "color") == "gray"),
)
C(
    "verify",
    1,
    "The cube which is purple, it is big?",
    "verify(u(f(sel(cube), color=purple)), size, large)",
    lambda s: yes(s.a(s.the(shape="cube", color="purple"), "size") == "large"),
)
C(
    "verify",
    35,
    "Is the red ball made from rubber?",
    "verify(u(f(sel(sphere), color=red)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", color="red"), "material") == "rubber"),
)
C(
    "verify",
    46,
    "True or false, children: the big gray cube is shiny.",
    "verify(u(f(sel(cube), size=large, color=gray)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="gray"), "material") == "metal"),
)
C(
    "verify",
    13,
    "State, with reasons, whether the large cylinder is purple.",
    "verify(u(f(sel(cylinder), size=large)), color, purple)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large"), "color") == "purple"),
)
P(
    "verify",
    "street",
    "is the bus red or what",
    "verify(u(sel(bus)), color, red)",
    lambda p: yes(p.value(p.the("bus"), "color") == "red"),
)
P(
    "verify",
    "shapes",
    "the star is big, right?",
    "verify(u(sel(star)), size, large)",
    lambda p: yes(p.value(p.the("star"), "size") == "large"),
)
C(
    "verify",
    18,
    "Small blue cylinder is rubber one?",
    "verify(u(f(sel(cylinder), size=small, color=blue)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="small", color="blue"), "material") == "rubber"),
)
C(
    "verify",
    42,
    "Is the big yellow ball matte?",
    "verify(u(f(sel(sphere), size=large, color=yellow)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="yellow"), "material") == "rubber"),
)
C(
    "verify",
    50,
    "Red cylinder is big, yes?",
    "verify(u(f(sel(cylinder), color=red)), size, large)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="red"), "size") == "large"),
)
C(
    "verify",
    57,
    "Am I right in thinking the blue ball is a little one?",
    "verify(u(f(sel(sphere), color=blue)), size, small)",
    lambda s: yes(s.a(s.the(shape="sphere", color="blue"), "size") == "small"),
)
C(
    "verify",
    54,
    "The cylinder, it is of rubber?",
    "verify(u(sel(cylinder)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == "rubber"),
)
P(
    "verify",
    "kitchen",
    "Is the bottle green? asking for a friend lol",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
C(
    "verify",
    29,
    "Whether the small ball is of brown colour?",
    "verify(u(f(sel(sphere), size=small)), color, brown)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small"), "color") == "brown"),
)
C(
    "verify",
    30,
    "the blue thing's a ball, isn't it?",
    "verify(u(f(scene(), color=blue)), shape, sphere)",
    lambda s: yes(s.a(s.the(color="blue"), "shape") == "sphere"),
)
C(
    "verify",
    32,
    "IS THE METAL CYLINDER BLUE",
    "verify(u(f(sel(cylinder), material=metal)), color, blue)",
    lambda s: yes(s.a(s.the(shape="cylinder", material="metal"), "color") == "blue"),
)
P(
    "verify",
    "park",
    "the girl's wearing pink, isn't she?",
    "verify(u(sel(girl)), color, pink)",
    lambda p: yes(p.value(p.the("girl"), "color") == "pink"),
)

# --- compare_count ---------------------------------------------------------------------------------------------
C(
    "compare_count",
    4,
    "Are there more yellow things than purple things?",
    "gt(count(f(scene(), color=yellow)), count(f(scene(), color=purple)))",
    lambda s: yes(len(s.f(color="yellow")) > len(s.f(color="purple"))),
)
C(
    "compare_count",
    5,
    "Are there as many cubes as spheres?",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)
C(
    "compare_count",
    7,
    "There are less cubes than cylinders?",
    "lt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="cylinder"))),
)
C(
    "compare_count",
    9,
    "same number of spheres and cylinders, yes or no?",
    "eq(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cylinder"))),
)
C(
    "compare_count",
    11,
    "are there more balls than blocks daddy?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "compare_count",
    12,
    "Fewer metal things than rubber ones?",
    "lt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) < len(s.f(material="rubber"))),
)
C(
    "compare_count",
    15,
    "Are in the picture more big objects than small objects?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "compare_count",
    24,
    "Is the number of red objects equal to the number of gray objects?",
    "eq(count(f(scene(), color=red)), count(f(scene(), color=gray)))",
    lambda s: yes(len(s.f(color="red")) == len(s.f(color="gray"))),
)
C(
    "compare_count",
    26,
    "metal stuff outnumbers rubber stuff??",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "compare_count",
    41,
    "Determine whether the cylinders are more numerous than the spheres.",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "compare_count",
    47,
    "Are cubes more in number as compared to cylinders?",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
P(
    "compare_count",
    "park",
    "are there more ladies than dogs in this one?",
    "gt(count(sel(woman)), count(sel(dog)))",
    lambda p: yes(len(p.f("woman")) > len(p.f("dog"))),
)
P(
    "compare_count",
    "street",
    "more guys than women? just curious",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
C(
    "compare_count",
    49,
    "Are there at least as many yellow balls as purple ones?",
    "not_(lt(count(f(sel(sphere), color=yellow)), count(f(sel(sphere), color=purple))))",
    lambda s: yes(len(s.f(shape="sphere", color="yellow")) >= len(s.f(shape="sphere", color="purple"))),
)
C(
    "compare_count",
    55,
    "Yellow things are more than purple things?",
    "gt(count(f(scene(), color=yellow)), count(f(scene(), color=purple)))",
    lambda s: yes(len(s.f(color="yellow")) > len(s.f(color="purple"))),
)
C(
    "compare_count",
    59,
    "Are there fewer cylinders than balls?",
    "lt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="sphere"))),
)
C(
    "compare_count",
    31,
    "Is the count of spheres lower than that of cylinders?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)
C(
    "compare_count",
    48,
    "Are there twice as many balls as cubes?",
    "eq(count(sel(sphere)), add(count(sel(cube)), count(sel(cube))))",
    lambda s: yes(len(s.f(shape="sphere")) == 2 * len(s.f(shape="cube"))),
)
C(
    "compare_count",
    6,
    "Rubber objects and metal objects, is their number the same?",
    "eq(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) == len(s.f(material="metal"))),
)

# --- compare_attr ----------------------------------------------------------------------------------------------
C(
    "compare_attr",
    1,
    "do the two boxes have the same size?",
    "same(sel(cube), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cube")}) == 1 and len(s.f(shape="cube")) == 2),
)
C(
    "compare_attr",
    3,
    "Has the sphere the same colour like the small cylinder?",
    "same(u(sel(sphere)), u(f(sel(cylinder), size=small)), color)",
    lambda s: yes(s.a(s.the(shape="sphere"), "color") == s.a(s.the(shape="cylinder", size="small"), "color")),
)
C(
    "compare_attr",
    10,
    "Are the big purple ball and the big red ball made of the same stuff?",
    "same(u(f(sel(sphere), size=large, color=purple)), u(f(sel(sphere), size=large, color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", size="large", color="purple"), "material")
        == s.a(s.the(shape="sphere", size="large", color="red"), "material")
    ),
)
C(
    "compare_attr",
    14,
    "Is the cube smaller than the cyan ball?",
    "smaller(u(sel(cube)), u(f(sel(sphere), color=cyan)))",
    lambda s: yes(
        s.a(s.the(shape="cube"), "size") == "small" and s.a(s.the(shape="sphere", color="cyan"), "size") == "large"
    ),
)
C(
    "compare_attr",
    17,
    "which is bigger, the ball or the green cylinder?",
    "compare(u(sel(sphere)), u(f(sel(cylinder), color=green)), bigger)",
    lambda s: {("small", "large"): "cylinder", ("large", "small"): "sphere"}[
        (s.a(s.the(shape="sphere"), "size"), s.a(s.the(shape="cylinder", color="green"), "size"))
    ],
)
C(
    "compare_attr",
    22,
    "The big cylinder and the cube, they are of same colour?",
    "same(u(f(sel(cylinder), size=large)), u(sel(cube)), color)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large"), "color") == s.a(s.the(shape="cube"), "color")),
)
C(
    "compare_attr",
    39,
    "Is the gray cube made out of the same material as the big cylinder?",
    "same(u(f(sel(cube), color=gray)), u(f(sel(cylinder), size=large)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="gray"), "material") == s.a(s.the(shape="cylinder", size="large"), "material")
    ),
)
C(
    "compare_attr",
    40,
    "Small cube and big cube, color same or not?",
    "same(u(f(sel(cube), size=small)), u(f(sel(cube), size=large)), color)",
    lambda s: yes(s.a(s.the(shape="cube", size="small"), "color") == s.a(s.the(shape="cube", size="large"), "color")),
)
C(
    "compare_attr",
    51,
    "the yellow block and the brown ball — different materials?",
    "different(u(f(sel(cube), color=yellow)), u(f(sel(sphere), color=brown)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "material") != s.a(s.the(shape="sphere", color="brown"), "material")
    ),
)
P(
    "compare_attr",
    "street",
    "who's bigger, the dog or the bus 😂",
    "compare(u(sel(dog)), u(sel(bus)), bigger)",
    lambda p: "bus" if p.value(p.the("bus"), "size") == "large" and p.value(p.the("dog"), "size") == "small" else "dog",
)
P(
    "compare_attr",
    "shapes",
    "Is the star the same colour as the big circle?",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color")),
)
P(
    "compare_attr",
    "kitchen",
    "are the plate and the cup on the right the same color",
    "same(u(sel(plate)), u(f(sel(cup), hposition=right)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("cup", hposition="right"), "color")),
)
C(
    "compare_attr",
    58,
    "Is the blue sphere larger than the purple cube?",
    "larger(u(f(sel(sphere), color=blue)), u(f(sel(cube), color=purple)))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="blue"), "size") == "large"
        and s.a(s.the(shape="cube", color="purple"), "size") == "small"
    ),
)
C(
    "compare_attr",
    52,
    "Both the big metal cubes are having same colour or not?",
    "same(f(sel(cube), size=large, material=metal), color)",
    lambda s: yes(len({s.a(i, "color") for i in s.f(shape="cube", size="large", material="metal")}) == 1),
)
C(
    "compare_attr",
    21,
    "the gray ball and the yellow ball: is one of them made of a different material than the other?",
    "different(u(f(sel(sphere), color=gray)), u(f(sel(sphere), color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="gray"), "material") != s.a(s.the(shape="sphere", color="yellow"), "material")
    ),
)

# --- spatial ---------------------------------------------------------------------------------------------------
C(
    "spatial",
    2,
    "How many cylinders are at the right of the cube?",
    "count(rel(u(sel(cube)), right, name=cylinder))",
    lambda s: n(s.f(s.rel("right", s.the(shape="cube")), shape="cylinder")),
)
C(
    "spatial",
    21,
    "is the yellow ball in front of the red ball?",
    "exist(inter(u(f(sel(sphere), color=yellow)), rel(u(f(sel(sphere), color=red)), front)))",
    lambda s: yes(s.the(shape="sphere", color="yellow") in s.rel("front", s.the(shape="sphere", color="red"))),
)
P(
    "spatial",
    "kitchen",
    "What colour is the cup to the right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only([c for c in p.subjects("right", p.the("bottle")) if p.name(c) == "cup"]), "color"),
)
P(
    "spatial",
    "street",
    "whats the lady holding",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "spatial",
    "park",
    "What's the boy throwing? My daughter says it's a ball.",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "spatial",
    "kitchen",
    "Is the fork near the plate?",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(p.has(p.the("fork"), "near", p.the("plate"))),
)
C(
    "spatial",
    28,
    "The brown ball, is it on the left of the big purple cylinder?",
    "exist(inter(u(f(sel(sphere), color=brown)), rel(u(f(sel(cylinder), size=large, color=purple)), left)))",
    lambda s: yes(
        s.the(shape="sphere", color="brown") in s.rel("left", s.the(shape="cylinder", size="large", color="purple"))
    ),
)
C(
    "spatial",
    14,
    "What shape is the thing behind the cyan ball? the one that is small and gray",
    "q(u(f(rel(u(f(sel(sphere), color=cyan)), behind), size=small, color=gray)), shape)",
    lambda s: s.a(
        s.one(s.f(s.rel("behind", s.the(shape="sphere", color="cyan")), size="small", color="gray")), "shape"
    ),
)
C(
    "spatial",
    39,
    "What is in front of the gray cylinder? What shape, I mean.",
    "q(u(rel(u(f(sel(cylinder), color=gray)), front)), shape)",
    lambda s: s.a(s.one(s.rel("front", s.the(shape="cylinder", color="gray"))), "shape"),
)
C(
    "spatial",
    58,
    "Behind the cyan cube there is another cube. Of what colour is it?",
    "q(u(f(rel(u(f(sel(cube), color=cyan)), behind), shape=cube)), color)",
    lambda s: s.a(s.one(s.f(s.rel("behind", s.the(shape="cube", color="cyan")), shape="cube")), "color"),
)
C(
    "spatial",
    30,
    "the cylinder in front of the purple ball, what colour is it please",
    "q(u(rel(u(f(sel(sphere), color=purple)), front, name=cylinder)), color)",
    lambda s: s.a(s.one(s.f(s.rel("front", s.the(shape="sphere", color="purple")), shape="cylinder")), "color"),
)
C(
    "spatial",
    34,
    "Which colour does the cube on the right side of the red cylinder have?",
    "q(u(f(rel(u(f(sel(cylinder), color=red)), right), shape=cube)), color)",
    lambda s: s.a(s.one(s.f(s.rel("right", s.the(shape="cylinder", color="red")), shape="cube")), "color"),
)
C(
    "spatial",
    17,
    "How many objects are to the left of the yellow cube?",
    "count(rel(u(f(sel(cube), color=yellow)), left))",
    lambda s: n(s.rel("left", s.the(shape="cube", color="yellow"))),
)
C(
    "spatial",
    27,
    "Left from the big purple cube, how many things stand?",
    "count(rel(u(f(sel(cube), size=large, color=purple)), left))",
    lambda s: n(s.rel("left", s.the(shape="cube", size="large", color="purple"))),
)
C(
    "spatial",
    53,
    "Are there any spheres behind the yellow cube?",
    "exist(rel(u(f(sel(cube), color=yellow)), behind, name=sphere))",
    lambda s: yes(bool(s.f(s.rel("behind", s.the(shape="cube", color="yellow")), shape="sphere"))),
)
C(
    "spatial",
    36,
    "the purple ball — is it to the right of the brown cylinder or the left?",
    "choose_rel(u(f(sel(sphere), color=purple)), [left, right], name=cylinder, role=object)",
    lambda s: (
        "left"
        if s.the(shape="sphere", color="purple") in s.rel("left", s.the(shape="cylinder", color="brown"))
        else "right"
    ),
)
P(
    "spatial",
    "park",
    "Who's that near the bench, the boy or the girl?",
    "q(u(rel(u(sel(bench)), near, name=person)), name)",
    lambda p: p.name(only([o for o in p.subjects("near", p.the("bench")) if p.name(o) in PEOPLE])),
)
P(
    "spatial",
    "street",
    "The car, is it on the left of the bus?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(p.has(p.the("car"), "left", p.the("bus"))),
)
C(
    "spatial",
    0,
    "Is the little yellow ball in front of the big blue ball or behind it?",
    "choose_rel(u(f(sel(sphere), color=blue)), [front, behind], name=sphere)",
    lambda s: (
        "front"
        if s.the(shape="sphere", color="yellow") in s.rel("front", s.the(shape="sphere", color="blue"))
        else "behind"
    ),
)

# --- chain -----------------------------------------------------------------------------------------------------
C(
    "chain",
    6,
    "What colour is the cube that sits left of the big purple cylinder and behind the small brown ball?",
    "q(u(inter(rel(u(f(sel(cylinder), size=large, color=purple)), left, name=cube), rel(u(f(sel(sphere), size=small, color=brown)), behind))), color)",
    lambda s: s.a(
        s.one(
            [
                i
                for i in s.f(s.rel("left", s.the(shape="cylinder", size="large", color="purple")), shape="cube")
                if i in s.rel("behind", s.the(shape="sphere", size="small", color="brown"))
            ]
        ),
        "color",
    ),
)
C(
    "chain",
    25,
    "The ball to the right of the big cyan ball — what's it made of? Only the material, please.",
    "q(u(rel(u(f(sel(sphere), size=large, color=cyan)), right, name=sphere)), material)",
    lambda s: s.a(
        s.one(s.f(s.rel("right", s.the(shape="sphere", size="large", color="cyan")), shape="sphere")), "material"
    ),
)
P(
    "chain",
    "park",
    "the lady holding the dog, what colour is she wearing?",
    "q(u(rel(sel(dog), holding, name=woman)), color)",
    lambda p: p.value(only([w for d in p.f("dog") for w in p.subjects("holding", d) if p.name(w) == "woman"]), "color"),
)
P(
    "chain",
    "street",
    "What colour is the tie of the man who stands left of the woman?",
    "q(rel(u(rel(u(sel(woman)), left, name=man)), wearing, role=object, name=tie), color)",
    lambda p: p.value(
        only(
            [
                t
                for t in p.objects_of(
                    only([m for m in p.subjects("left", p.the("woman")) if p.name(m) == "man"]), "wearing"
                )
                if p.name(t) == "tie"
            ]
        ),
        "color",
    ),
)
C(
    "chain",
    43,
    "There is a cylinder in front of the big blue cube; what is the colour of it?",
    "q(u(rel(u(f(sel(cube), size=large, color=blue)), front, name=cylinder)), color)",
    lambda s: s.a(
        s.one(s.f(s.rel("front", s.the(shape="cube", size="large", color="blue")), shape="cylinder")), "color"
    ),
)
C(
    "chain",
    9,
    "How many things are left of the sphere that is made of metal and small?",
    "count(rel(u(f(sel(sphere), material=metal, size=small)), left))",
    lambda s: n(s.rel("left", s.the(shape="sphere", material="metal", size="small"))),
)
C(
    "chain",
    35,
    "The cube whose colour is gray — how many things are behind it?",
    "count(rel(u(f(sel(cube), color=gray)), behind))",
    lambda s: n(s.rel("behind", s.the(shape="cube", color="gray"))),
)
C(
    "chain",
    56,
    "What is the colour of the sphere that's in front of the brown cube?",
    "q(u(rel(u(f(sel(cube), color=brown)), front, name=sphere)), color)",
    lambda s: s.a(s.one(s.f(s.rel("front", s.the(shape="cube", color="brown")), shape="sphere")), "color"),
)
C(
    "chain",
    10,
    "What colour has the ball which is left from the small gray cube and which is made of rubber?",
    "q(u(f(rel(u(f(sel(cube), size=small, color=gray)), left, name=sphere), material=rubber)), color)",
    lambda s: s.a(
        s.one(s.f(s.rel("left", s.the(shape="cube", size="small", color="gray")), shape="sphere", material="rubber")),
        "color",
    ),
)
C(
    "chain",
    54,
    "the block on the right of the brown cylinder, whats its colour",
    "q(u(rel(u(f(sel(cylinder), color=brown)), right, name=cube)), color)",
    lambda s: s.a(s.one(s.f(s.rel("right", s.the(shape="cylinder", color="brown")), shape="cube")), "color"),
)
C(
    "chain",
    16,
    "Is the thing behind the red sphere that is also left of the brown cylinder a cube?",
    "verify(u(inter(rel(u(f(sel(sphere), color=red)), behind), rel(u(f(sel(cylinder), color=brown)), left))), shape, cube)",
    lambda s: yes(
        s.a(
            s.one(
                [
                    i
                    for i in s.rel("behind", s.the(shape="sphere", color="red"))
                    if i in s.rel("left", s.the(shape="cylinder", color="brown"))
                ]
            ),
            "shape",
        )
        == "cube"
    ),
)
C(
    "chain",
    40,
    "What size is the cube that is in front of the cylinder?",
    "q(u(rel(u(sel(cylinder)), front, name=cube)), size)",
    lambda s: s.a(s.one(s.f(s.rel("front", s.the(shape="cylinder")), shape="cube")), "size"),
)
C(
    "chain",
    20,
    "The things behind the small yellow cube: how many of them are cylinders made of metal?",
    "count(f(rel(u(f(sel(cube), size=small, color=yellow)), behind, name=cylinder), material=metal))",
    lambda s: n(
        s.f(s.rel("behind", s.the(shape="cube", size="small", color="yellow")), shape="cylinder", material="metal")
    ),
)
P(
    "chain",
    "kitchen",
    "what colour is the cup just left of the plate on the table",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only([c for c in p.subjects("left", p.the("plate")) if p.name(c) == "cup"]), "color"),
)

# --- superlative -----------------------------------------------------------------------------------------------
C(
    "superlative",
    33,
    "Which colour is the object closest to the big green cube?",
    "q(closest(scene(), u(f(sel(cube), size=large, color=green))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", size="large", color="green")), "color"),
)
C(
    "superlative",
    13,
    "What shape is the thing that is farthest from the gray sphere?",
    "q(farthest(scene(), u(f(sel(sphere), color=gray))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="gray"), far=True), "shape"),
)
P(
    "superlative",
    "street",
    "what's the biggest thing in this photo",
    "q(ord(scene(), largest, 1), name)",
    lambda p: p.name(big_box(p, list(p.objects))),
)
P(
    "superlative",
    "kitchen",
    "Wat is the biggest object in the kitchen picture?",
    "q(ord(scene(), largest, 1), name)",
    lambda p: p.name(big_box(p, list(p.objects))),
)
C(
    "superlative",
    4,
    "what is the most common colour here? i count them and get confused",
    "common_value(scene(), color)",
    lambda s: most([s.a(i, "color") for i in s.all()]),
)
C(
    "superlative",
    45,
    "Which cylinder is nearest to the big red ball? Tell its colour.",
    "q(closest(sel(cylinder), u(f(sel(sphere), size=large, color=red))), color)",
    lambda s: s.a(nearest(s, s.f(shape="cylinder"), s.the(shape="sphere", size="large", color="red")), "color"),
)
C(
    "superlative",
    24,
    "Of all the shapes, which one appears most often?",
    "common_value(scene(), shape)",
    lambda s: most([s.a(i, "shape") for i in s.all()]),
)
C(
    "superlative",
    11,
    "the ball closest to the big blue cube, what size is it",
    "q(closest(sel(sphere), u(f(sel(cube), size=large, color=blue))), size)",
    lambda s: s.a(nearest(s, s.f(shape="sphere"), s.the(shape="cube", size="large", color="blue")), "size"),
)
P(
    "superlative",
    "shapes",
    "which shape is the biggest one?? the green one right",
    "q(ord(scene(), largest, 1), name)",
    lambda p: p.name(big_box(p, list(p.objects))),
)
C(
    "superlative",
    57,
    "Which is the farthest object from the small brown cylinder? Its shape, please.",
    "q(farthest(scene(), u(f(sel(cylinder), size=small, color=brown))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", size="small", color="brown"), far=True), "shape"),
)
C(
    "superlative",
    42,
    "Mostly what colour are the objects in this scene?",
    "common_value(scene(), color)",
    lambda s: most([s.a(i, "color") for i in s.all()]),
)
C(
    "superlative",
    46,
    "Closest to the purple metal ball is which cube? Say the colour.",
    "q(closest(sel(cube), u(f(sel(sphere), color=purple, material=metal))), color)",
    lambda s: s.a(nearest(s, s.f(shape="cube"), s.the(shape="sphere", color="purple", material="metal")), "color"),
)
# (removed after the first run: "which is the smallest person in the photo - who?" hung on park boxes of
# 14,400 against 15,600 px, about one size; see big_box)

# --- position --------------------------------------------------------------------------------------------------
C(
    "position",
    31,
    "What colour is the 2nd sphere from the left?",
    "q(ord(sel(sphere), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left", 2), "color"),
)
P(
    "position",
    "park",
    "who is second from the left in this photo? (people only)",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(p.by_x(p.f(PEOPLE))[1]),
)
P(
    "position",
    "street",
    "Is the lady in the middle?",
    "verify(u(sel(woman)), hposition, middle)",
    lambda p: yes(p.value(p.the("woman"), "hposition") == "middle"),
)
C(
    "position",
    7,
    "The rightmost cube, what is it made of?",
    "q(ord(sel(cube), right, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "material"),
)
C(
    "position",
    41,
    "Which colour has the cylinder most in front?",
    "q(ord(sel(cylinder), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "front"), "color"),
)
P(
    "position",
    "kitchen",
    "what's on the far left of the picture? the cup i think but what colour",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(p.by_x(p.f("cup"))[0], "color"),
)
C(
    "position",
    5,
    "The third thing from the right — what shape?",
    "q(ord(scene(), right, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "right", 3), "shape"),
)
C(
    "position",
    47,
    "Miss, is the leftmost object a sphere?",
    "verify(ord(scene(), left, 1), shape, sphere)",
    lambda s: yes(s.a(nth(s, s.all(), "left"), "shape") == "sphere"),
)
P(
    "position",
    "shapes",
    "What is the shape at the bottom right?",
    "q(u(f(scene(), vposition=bottom, hposition=right)), shape)",
    lambda p: p.value(p.the(vposition="bottom", hposition="right"), "shape"),
)
C(
    "position",
    50,
    "the ball that is the furthest back, what colour",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "position",
    18,
    "Which material is the second cylinder counting from the front?",
    "q(ord(sel(cylinder), front, 2), material)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "front", 2), "material"),
)
P(
    "position",
    "park",
    "the dog on the right side, what colour is it",
    "q(u(f(sel(dog), hposition=right)), color)",
    lambda p: p.value(p.the("dog", hposition="right"), "color"),
)
C(
    "position",
    59,
    "Last cylinder on the right: big or small?",
    "choose(ord(sel(cylinder), right, 1), size, [large, small])",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "right"), "size"),
)

# --- negation --------------------------------------------------------------------------------------------------
C(
    "negation",
    15,
    "How many objects are not cylinders?",
    "count(fn(scene(), shape=cylinder))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cylinder"]),
)
C(
    "negation",
    6,
    "None of the balls are metal, right?",
    "not_(exist(f(sel(sphere), material=metal)))",
    lambda s: yes(not s.f(shape="sphere", material="metal")),
)
C(
    "negation",
    7,
    "How many cylinders are neither purple nor cyan?",
    "count(fn(fn(sel(cylinder), color=purple), color=cyan))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "color") not in ("purple", "cyan")]),
)
C(
    "negation",
    16,
    "Isn't there any cube that is made of metal?",
    "exist(f(sel(cube), material=metal))",
    lambda s: yes(bool(s.f(shape="cube", material="metal"))),
)
C(
    "negation",
    26,
    "Aren't all the cylinders green?",
    "verify(sel(cylinder), color, green)",
    lambda s: yes(all(s.a(i, "color") == "green" for i in s.f(shape="cylinder"))),
)
C(
    "negation",
    38,
    "Is it not true that there is no big cylinder?",
    "exist(f(sel(cylinder), size=large))",
    lambda s: yes(bool(s.f(shape="cylinder", size="large"))),
)
C(
    "negation",
    8,
    "Except the cubes, how many objects are there?",
    "count(fn(scene(), shape=cube))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cube"]),
)
C(
    "negation",
    12,
    "How many things other than the green ones are in the picture?",
    "count(fn(scene(), color=green))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "green"]),
)
C(
    "negation",
    32,
    "apart from the gray ones, how many cubes r there",
    "count(fn(sel(cube), color=gray))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") != "gray"]),
)
C(
    "negation",
    37,
    "Besides the large blue cylinder, how many cylinders can you see?",
    "count(diff(sel(cylinder), u(f(sel(cylinder), size=large, color=blue))))",
    lambda s: n([i for i in s.f(shape="cylinder") if i != s.the(shape="cylinder", size="large", color="blue")]),
)
C(
    "negation",
    42,
    "Excluding everything blue, how many objects remain?",
    "count(fn(scene(), color=blue))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "blue"]),
)
P(
    "negation",
    "street",
    "Is there nobody wearing a tie?",
    "not_(exist(rel(sel(tie), wearing, name=person)))",
    lambda p: yes(
        not any(
            p.name(r["subject"]) in PEOPLE
            for r in p.raw["relations"]
            if r["predicate"] == "wearing" and p.name(r["object"]) == "tie"
        )
    ),
)
P(
    "negation",
    "park",
    "how many of the people are not women?",
    "count(diff(sel(person), sel(woman)))",
    lambda p: n([i for i in p.f(PEOPLE) if p.name(i) != "woman"]),
)
C(
    "negation",
    53,
    "No sphere is made of rubber in this image, yes?",
    "not_(exist(f(sel(sphere), material=rubber)))",
    lambda s: yes(not s.f(shape="sphere", material="rubber")),
)
C(
    "negation",
    55,
    "How many things are not made of rubber and are not cubes?",
    "count(fn(fn(scene(), material=rubber), shape=cube))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "rubber" and s.a(i, "shape") != "cube"]),
)
C(
    "negation",
    44,
    "Which colour is the cube that isn't small?",
    "q(u(fn(sel(cube), size=small)), color)",
    lambda s: s.a(s.one([i for i in s.f(shape="cube") if s.a(i, "size") != "small"]), "color"),
)
P(
    "negation",
    "kitchen",
    "how many cups aren't white",
    "count(fn(sel(cup), color=white))",
    lambda p: n([c for c in p.f("cup") if p.value(c, "color") != "white"]),
)
C(
    "negation",
    20,
    "The objects which are not small, how many?",
    "count(fn(scene(), size=small))",
    lambda s: n([i for i in s.all() if s.a(i, "size") != "small"]),
)
C(
    "negation",
    29,
    "Is there no cube at all in this picture?",
    "not_(exist(sel(cube)))",
    lambda s: yes(not s.f(shape="cube")),
)

# --- list ------------------------------------------------------------------------------------------------------
C(
    "list",
    25,
    "Which colours do the cylinders have?",
    "values(sel(cylinder), color)",
    lambda s: listing([s.a(i, "color") for i in s.f(shape="cylinder")]),
)
C(
    "list",
    19,
    "Name the shapes of all the cyan things.",
    "values(f(scene(), color=cyan), shape)",
    lambda s: listing([s.a(i, "shape") for i in s.f(color="cyan")]),
)
P(
    "list",
    "park",
    "What kinds of animals are in the park photo?",
    "values(sel(animal), name)",
    lambda p: listing([p.name(i) for i in p.f("dog")]),
)
C(
    "list",
    23,
    "Please list the colours of the balls, one after another.",
    "values(sel(sphere), color)",
    lambda s: listing([s.a(i, "color") for i in s.f(shape="sphere")]),
)
C(
    "list",
    48,
    "what materials are the big things made of?",
    "values(f(scene(), size=large), material)",
    lambda s: listing([s.a(i, "material") for i in s.f(size="large")]),
)
P(
    "list",
    "kitchen",
    "Which things are on the table? Just list them.",
    "values(rel(u(sel(table)), on), name)",
    lambda p: listing([p.name(i) for i in p.subjects("on", p.the("table"))]),
)
C(
    "list",
    56,
    "Tell the colours of cubes, please, all of them.",
    "values(sel(cube), color)",
    lambda s: listing([s.a(i, "color") for i in s.f(shape="cube")]),
)
C(
    "list",
    35,
    "What shapes are the metal objects?",
    "values(f(scene(), material=metal), shape)",
    lambda s: listing([s.a(i, "shape") for i in s.f(material="metal")]),
)
P(
    "list",
    "street",
    "Tell me what the men are wearing, in a list",
    "values(rel(sel(man), wearing, role=object), name)",
    lambda p: listing([p.name(o) for m in p.f("man") for o in p.objects_of(m, "wearing")]),
)
C(
    "list",
    0,
    "what are the colors of the stuff in the picture",
    "values(scene(), color)",
    lambda s: listing([s.a(i, "color") for i in s.all()]),
)
C(
    "list",
    52,
    "Which sizes do the cubes come in?",
    "values(sel(cube), size)",
    lambda s: listing([s.a(i, "size") for i in s.f(shape="cube")]),
)

# --- number ----------------------------------------------------------------------------------------------------
C(
    "number",
    13,
    "How many different colours are there among the objects?",
    "nvalues(scene(), color)",
    lambda s: n({s.a(i, "color") for i in s.all()}),
)
C(
    "number",
    47,
    "How many cubes more than cylinders are there?",
    "sub(count(sel(cube)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="cube")) - len(s.f(shape="cylinder"))),
)
C(
    "number",
    41,
    "Red things plus blue things: how many altogether?",
    "add(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda s: str(len(s.f(color="red")) + len(s.f(color="blue"))),
)
C(
    "number",
    24,
    "how many kinds of shapes are in the pic",
    "nvalues(scene(), shape)",
    lambda s: n({s.a(i, "shape") for i in s.all()}),
)
P(
    "number",
    "park",
    "total number of people and dogs in the photo?",
    "add(count(sel(person)), count(sel(dog)))",
    lambda p: str(len(p.f(PEOPLE)) + len(p.f("dog"))),
)
C(
    "number",
    43,
    "By how many do the spheres outnumber the cylinders?",
    "sub(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="sphere")) - len(s.f(shape="cylinder"))),
)
C(
    "number",
    9,
    "How many different colours do the cylinders have?",
    "nvalues(sel(cylinder), color)",
    lambda s: n({s.a(i, "color") for i in s.f(shape="cylinder")}),
)
C(
    "number",
    45,
    "If you add the number of cubes to the number of spheres, what do you get?",
    "add(count(sel(cube)), count(sel(sphere)))",
    lambda s: str(len(s.f(shape="cube")) + len(s.f(shape="sphere"))),
)
P(
    "number",
    "shapes",
    "How many different colours are used in this drawing?",
    "nvalues(scene(), color)",
    lambda p: n({p.value(i, "color") for i in p.objects}),
)
C(
    "number",
    11,
    "How many more brown objects than green objects?",
    "sub(count(f(scene(), color=brown)), count(f(scene(), color=green)))",
    lambda s: str(len(s.f(color="brown")) - len(s.f(color="green"))),
)
C(
    "number",
    31,
    "how many distinct materials do the spheres have",
    "nvalues(sel(sphere), material)",
    lambda s: n({s.a(i, "material") for i in s.f(shape="sphere")}),
)

# --- quantifier ------------------------------------------------------------------------------------------------
C(
    "quantifier",
    49,
    "Are all the spheres small?",
    "verify(sel(sphere), size, small)",
    lambda s: yes(all(s.a(i, "size") == "small" for i in s.f(shape="sphere"))),
)
C(
    "quantifier",
    53,
    "Is every cube made of rubber?",
    "verify(sel(cube), material, rubber)",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(shape="cube"))),
)
C(
    "quantifier",
    28,
    "Are there exactly two cylinders?",
    "eq(count(sel(cylinder)), num(2))",
    lambda s: count_is(s.f(shape="cylinder"), 2),
)
C(
    "quantifier",
    4,
    "Are there at least 4 cylinders?",
    "not_(lt(count(sel(cylinder)), num(4)))",
    lambda s: yes(len(s.f(shape="cylinder")) >= 4),
)
C(
    "quantifier",
    5,
    "no more than two cubes in this one, correct?",
    "not_(gt(count(sel(cube)), num(2)))",
    lambda s: yes(len(s.f(shape="cube")) <= 2),
)
C(
    "quantifier",
    26,
    "All objects are metal, yes or no?",
    "verify(scene(), material, metal)",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.all())),
)
C(
    "quantifier",
    36,
    "Are more than two of the objects spheres?",
    "gt(count(sel(sphere)), num(2))",
    lambda s: yes(len(s.f(shape="sphere")) > 2),
)
C(
    "quantifier",
    12,
    "Fewer than five small things, true?",
    "lt(count(f(scene(), size=small)), num(5))",
    lambda s: yes(len(s.f(size="small")) < 5),
)
P(
    "quantifier",
    "park",
    "are all the trees green?",
    "verify(sel(tree), color, green)",
    lambda p: yes(all(p.value(t, "color") == "green" for t in p.f("tree"))),
)
C(
    "quantifier",
    54,
    "Every single object here is large — is that so?",
    "verify(scene(), size, large)",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.all())),
)
C(
    "quantifier",
    18,
    "Is there exactly 1 cube that is cyan?",
    "eq(count(f(sel(cube), color=cyan)), num(1))",
    lambda s: count_is(s.f(shape="cube", color="cyan"), 1),
)
P(
    "quantifier",
    "kitchen",
    "Are all three cups on the table?",
    "eq(count(rel(u(sel(table)), on, name=cup)), count(sel(cup)))",
    lambda p: yes(all(p.has(c, "on", p.the("table")) for c in p.f("cup"))),
)
C(
    "quantifier",
    39,
    "Are two or more of the things made of metal?",
    "not_(lt(count(f(scene(), material=metal)), num(2)))",
    lambda s: yes(len(s.f(material="metal")) >= 2),
)

# --- text ------------------------------------------------------------------------------------------------------
P("text", "street", "what does the sign say", "q(u(sel(sign)), text)", lambda p: p.value(p.the("sign"), "text"))
P(
    "text",
    "street",
    "Could you read me what's written on the bus? My eyes aren't great.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "text",
    "kitchen",
    "What's written on the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "text",
    "kitchen",
    "what time does the clock show",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "text",
    "street",
    "What is written at the bottom of the picture?",
    "q(f(scene(), vposition=bottom), text)",
    lambda p: only([p.value(i, "text") for i in p.f(vposition="bottom") if p.value(i, "text")]),
)
P(
    "text",
    "street",
    "The red sign, the word on it is STOP?",
    "verify(u(f(sel(sign), color=red)), text, STOP)",
    lambda p: yes(p.value(p.the("sign", color="red"), "text") == "STOP"),
)

# --- two_clause ------------------------------------------------------------------------------------------------
C(
    "two_clause",
    1,
    "Is there a brown ball and is there a green cube?",
    "and_(exist(f(sel(sphere), color=brown)), exist(f(sel(cube), color=green)))",
    lambda s: yes(bool(s.f(shape="sphere", color="brown")) and bool(s.f(shape="cube", color="green"))),
)
C(
    "two_clause",
    3,
    "There's a purple cube in there; what's it made of?",
    "q(u(f(sel(cube), color=purple)), material)",
    lambda s: s.a(s.the(shape="cube", color="purple"), "material"),
)
C(
    "two_clause",
    27,
    "Is there a green cube or a red cylinder?",
    "or_(exist(f(sel(cube), color=green)), exist(f(sel(cylinder), color=red)))",
    lambda s: yes(bool(s.f(shape="cube", color="green")) or bool(s.f(shape="cylinder", color="red"))),
)
C(
    "two_clause",
    33,
    "I see a big red ball. Is it rubber?",
    "verify(u(f(sel(sphere), size=large, color=red)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="red"), "material") == "rubber"),
)
P(
    "two_clause",
    "street",
    "is there a dog and is the woman holding it",
    "and_(exist(sel(dog)), vrel(u(sel(dog)), holding, name=woman))",
    lambda p: yes(bool(p.f("dog")) and p.has(p.the("woman"), "holding", p.the("dog"))),
)
C(
    "two_clause",
    38,
    "The small red thing is a sphere and it is made of metal, both true?",
    "and_(verify(u(f(scene(), size=small, color=red)), shape, sphere), verify(u(f(scene(), size=small, color=red)), material, metal))",
    lambda s: yes(
        s.a(s.the(size="small", color="red"), "shape") == "sphere"
        and s.a(s.the(size="small", color="red"), "material") == "metal"
    ),
)
C(
    "two_clause",
    57,
    "Are both gray cubes large, and is the yellow ball small?",
    "and_(verify(f(sel(cube), color=gray), size, large), verify(u(f(sel(sphere), color=yellow)), size, small))",
    lambda s: yes(
        all(s.a(i, "size") == "large" for i in s.f(shape="cube", color="gray"))
        and s.a(s.the(shape="sphere", color="yellow"), "size") == "small"
    ),
)
P(
    "two_clause",
    "park",
    "there's a bike in the pic — what colour is it?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
C(
    "two_clause",
    53,
    "Take the big purple cube. Is it made of the same material as the small gray cube?",
    "same(u(f(sel(cube), size=large, color=purple)), u(f(sel(cube), size=small, color=gray)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", size="large", color="purple"), "material")
        == s.a(s.the(shape="cube", size="small", color="gray"), "material")
    ),
)
C(
    "two_clause",
    15,
    "Is the blue cube small, or is the red ball made of metal?",
    "or_(verify(u(f(sel(cube), color=blue)), size, small), verify(u(f(sel(sphere), color=red)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="blue"), "size") == "small"
        or s.a(s.the(shape="sphere", color="red"), "material") == "metal"
    ),
)
C(
    "two_clause",
    58,
    "there are two cubes; are they the same colour?",
    "same(sel(cube), color)",
    lambda s: yes(len({s.a(i, "color") for i in s.f(shape="cube")}) == 1),
)

# --- more colloquial names and formats --------------------------------------------------------------------------
C(
    "count",
    42,
    "my kid calls the round ones marbles — how many marbles are blue?",
    "count(f(sel(sphere), color=blue))",
    lambda s: n(s.f(shape="sphere", color="blue")),
)
C(
    "count",
    46,
    "How many of the dice look plastic-y rather than metallic?",
    "count(f(sel(cube), material=rubber))",
    lambda s: n(s.f(shape="cube", material="rubber")),
)
C(
    "attribute",
    22,
    "What colour's the huge metallic block?",
    "q(u(f(sel(cube), size=large, material=metal)), color)",
    lambda s: s.a(s.the(shape="cube", size="large", material="metal"), "color"),
)
C(
    "count",
    29,
    "Those pillar-looking things — how many of them are in the picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
P(
    "attribute",
    "street",
    "what color is that dude's tie, the dude on the left side",
    "q(rel(u(f(sel(man), hposition=left)), wearing, role=object, name=tie), color)",
    lambda p: p.value(
        only([t for t in p.objects_of(p.the("man", hposition="left"), "wearing") if p.name(t) == "tie"]), "color"
    ),
)
P(
    "spatial",
    "park",
    "how many folks are right next to a dog?",
    "count(rel(sel(dog), near, name=person))",
    lambda p: n(
        {
            r["subject"]
            for r in p.raw["relations"]
            if r["predicate"] == "near" and p.name(r["object"]) == "dog" and p.name(r["subject"]) in PEOPLE
        }
    ),
)
C(
    "position",
    27,
    "There are two big cubes. Which of them is further left — tell me its colour.",
    "q(ord(f(sel(cube), size=large), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube", size="large"), "left"), "color"),
)
C(
    "attribute",
    28,
    "What about the sphere's material, metal or rubber?",
    "choose(u(sel(sphere)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
C(
    "count",
    41,
    "* how many large cylinders are there",
    "count(f(sel(cylinder), size=large))",
    lambda s: n(s.f(shape="cylinder", size="large")),
)
C(
    "count",
    38,
    "1. look at the shiny objects\n2. how many of them are spheres?",
    "count(f(f(scene(), material=metal), shape=sphere))",
    lambda s: n(s.f(material="metal", shape="sphere")),
)
C(
    "attribute",
    16,
    "is the metallic yellow can huge or tiny?",
    "choose(u(f(sel(cylinder), color=yellow, material=metal)), size, [large, small])",
    lambda s: s.a(s.the(shape="cylinder", color="yellow", material="metal"), "size"),
)

# --- refuse ----------------------------------------------------------------------------------------------------
X(4, "which ball do you think is the prettiest one mommy?")
X(7, "If I push the big red cube, will it knock over the small gray one?")
X(17, "How heavy is the big yellow cube, in kilograms?")
C(
    "number",
    11,
    "Is the number of spheres even or odd?",
    "worded(even(count(sel(sphere))), [even, odd])",
    lambda s: "even" if len(s.f(shape="sphere")) % 2 == 0 else "odd",
)
X("street", "What is the man on the left thinking about?")
X("street", "Where is the bus going to go next?")
X("park", "is the dog happy? he looks happy to me")
X("kitchen", "What is the woman going to cook for dinner?")
X(24, "Class, how many centimetres tall is the large gray cube?")
X(31, "Why did somebody put the blue ball there?")
X("park", "What time of year was this photo taken?")
X(41, "Would the spheres roll away if the table was tilted?")
X(5, "Wie alt ist das Bild? sorry — how old is this picture?")
X(9, "What was on the table before these objects were placed?")
X("street", "How fast is the bus driving in km/h?")
X(48, "The cube which is red, it is cold or warm to touch?")
X(20, "Which object is the most expensive?")
X("shapes", "Which shape would a child like best?")
X(12, "Explain, with reasons, why the designer chose gray for the big ball.")
X(45, "how many objects will there be tomorrow")
X("kitchen", "Is the coffee in the red cup still hot?")
X(56, "What brand of toy are these blocks from?")
X(33, "If the green cube were made of glass, could you see the red ball through it?")
X("park", "What's the name of the girl in pink?")
C(
    "number",
    59,
    "Is the number of purple things odd?",
    "not_(even(count(f(scene(), color=purple))))",
    lambda s: yes(len(s.f(color="purple")) % 2 == 1),
)
X(37, "How far apart in metres are the blue cylinder and the red ball?")
X("street", "Do the two men know each other?")
X(42, "which is more fun to play with, the marbles or the dice? asking for my 5 year old")
X(35, "Is the red ball heavier than the green rubber cube?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
