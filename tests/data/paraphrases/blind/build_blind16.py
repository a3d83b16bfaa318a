# ruff: noqa: E501
"""Blind paraphrase set 16: game-show hosts, detectives, museum guides, commentators, formal letters, texting
teenagers, programmers, dictation with spoken punctuation and word-by-word translations; fill-in-the-blank,
multiple choice, true/false, mid-sentence corrections, key word last, synonyms and hedges."""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind16.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers ----------------------------------------------------------------------------------
def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas (the list convention)."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def most(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th object of ids from the given side (left, right, front, behind)."""
    ranked = sorted(ids, key=lambda i: -along(s, i, side))
    if len(ranked) < k:
        raise NotUnique(f"only {len(ranked)}")
    return ranked[k - 1]


def nearest(s: Clevr, ids: list[int], anchor: int, far: bool = False) -> int:
    ids = [i for i in ids if i != anchor]
    dist = {i: math.dist(s.objects[i]["3d_coords"], s.objects[anchor]["3d_coords"]) for i in ids}
    ranked = sorted(ids, key=lambda i: -dist[i] if far else dist[i])
    if len(ranked) > 1 and math.isclose(dist[ranked[0]], dist[ranked[1]]):
        raise NotUnique("tie")
    return ranked[0]


def both(s, rel: str, i: int, ids: list[int]) -> list[int]:
    return [j for j in s.rel(rel, i) if j in ids]


def only(items: list) -> object:
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


# =========================================================================================================
# CLEVR scenes
# =========================================================================================================

# scene 0: small yellow rubber sphere, large blue metal sphere, large green rubber cylinder
C(
    "count",
    0,
    "how many balls r there ngl i only see like two lol",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    0,
    "The big shiny orb is colored... what?",
    "q(u(f(sel(sphere), size=large, material=metal)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large", material="metal"), "color"),
)
C(
    "compare_attr",
    0,
    "Contestant number two, for the win: are the yellow ball and the green drum made of the same stuff?",
    "same(u(f(sel(sphere), color=yellow)), u(f(sel(cylinder), color=green)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="yellow"), "material")
        == s.a(s.the(shape="cylinder", color="green"), "material")
    ),
)
X(0, "If I gave the blue ball a push, how far would it roll before it stopped?")

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sphere
C(
    "count",
    1,
    "There are ___ blue cylinders in this picture.",
    "count(f(sel(cylinder), color=blue))",
    lambda s: n(s.f(shape="cylinder", color="blue")),
)
C(
    "compare_attr",
    1,
    "Dear child, I should be most grateful if you could tell me whether the two blue cylinders are made of the same material. With love, Grandmother",
    "same(f(sel(cylinder), color=blue), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cylinder", color="blue")}) == 1),
)
C(
    "list",
    1,
    "list_colors(cubes) -> ?",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "attribute",
    1,
    "what is the little brown ball made of question mark",
    "q(u(f(sel(sphere), size=small, color=brown)), material)",
    lambda s: s.a(s.the(shape="sphere", size="small", color="brown"), "material"),
)
C(
    "superlative",
    1,
    "museum guide here, and on your far left you will see which shape exactly?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(most(s, s.all(), "left"), "shape"),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "attribute",
    2,
    "What colour is the rubber cylinder? (a) gray (b) cyan (c) green",
    "q(u(f(sel(cylinder), material=rubber)), color)",
    lambda s: s.a(s.the(shape="cylinder", material="rubber"), "color"),
)
C(
    "quantifier",
    2,
    "true or false: every single object in this scene is made of metal",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: yes(all(o["material"] == "metal" for o in s.objects)),
)
C(
    "spatial",
    2,
    "Detective's note: the suspect cube. Is the gray tube positioned to its right?",
    "exist(f(rel(u(sel(cube)), right), color=gray, shape=cylinder))",
    lambda s: yes(s.the(shape="cylinder", color="gray") in s.rel("right", s.the(shape="cube"))),
)
X(2, "Which of these three objects would an art critic call the most elegant?")

# scene 3: small red metal sphere, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "count",
    3,
    "how many red, no wait, purple things are there",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "spatial",
    3,
    "is the purple block to the left of the big red can",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=red)), left), color=purple, shape=cube))",
    lambda s: yes(
        s.the(shape="cube", color="purple") in s.rel("left", s.the(shape="cylinder", size="large", color="red"))
    ),
)
C(
    "number",
    3,
    "ile jest czerwonych rzeczy plus fioletowych rzeczy razem? I mean: how many red things plus purple things together",
    "add(count(f(scene(), color=red)), count(f(scene(), color=purple)))",
    lambda s: str(len(s.f(color="red")) + len(s.f(color="purple"))),
)
C(
    "verify",
    3,
    "Quanto a esfera vermelha, ela e de borracha? So the red sphere, she is of rubber?",
    "verify(u(f(sel(sphere), color=red)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", color="red"), "material") == "rubber"),
)
C(
    "negation",
    3,
    "cylinders that are NOT red, how many",
    "count(fn(sel(cylinder), color=red))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "color") != "red"]),
)

# scene 4: many small things, one large blue metal sphere
C(
    "count",
    4,
    "Ladies and gentlemen, for one thousand points: how many yellow objects are on the board tonight?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "superlative",
    4,
    "Which shape is the only large one here, the giant one? Answer with the shape.",
    "q(u(f(scene(), size=large)), shape)",
    lambda s: s.a(s.the(size="large"), "shape"),
)
C(
    "list",
    4,
    "what materials do the spheres come in comma separated",
    "values(sel(sphere), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="sphere")),
)
C(
    "compare_count",
    4,
    "are there more cylinders than spheres, or not? just yes or no pls",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "chain",
    4,
    "The object closest to the big blue globe is what colour?",
    "q(closest(scene(), u(f(sel(sphere), size=large, color=blue))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", size="large", color="blue")), "color"),
)
C(
    "number",
    4,
    "Is the number of yellow things an odd number?",
    "not_(even(count(f(scene(), color=yellow))))",
    lambda s: yes(len(s.f(color="yellow")) % 2 == 1),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C("count", 5, "count(spheres) == ?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "exist",
    5,
    "is there any kind of cylinder at all in there, even a tiny one",
    "exist(sel(cylinder))",
    lambda s: yes(bool(s.f(shape="cylinder"))),
)
C(
    "compare_count",
    5,
    "Czy jest wiecej kul niz kostek? Is there more of balls than of cubes?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "negation",
    5,
    "how many things are there that aren't spheres",
    "count(fn(scene(), shape=sphere))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "sphere"]),
)
C(
    "two_clause",
    5,
    "Is there a brown cube, and also a brown ball?",
    "and_(exist(f(sel(cube), color=brown)), exist(f(sel(sphere), color=brown)))",
    lambda s: yes(bool(s.f(shape="cube", color="brown")) and bool(s.f(shape="sphere", color="brown"))),
)
C(
    "list",
    5,
    '{"query": "colors", "of": "cubes"}',
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "exist",
    6,
    "Is there, if I am not mistaken, a shiny cube somewhere in this scene?",
    "exist(f(sel(cube), material=metal))",
    lambda s: yes(bool(s.f(shape="cube", material="metal"))),
)
C(
    "compare_attr",
    6,
    "the two cubes, same colour yes or no",
    "same(sel(cube), color)",
    lambda s: yes(len({s.a(i, "color") for i in s.f(shape="cube")}) == 1),
)
C(
    "spatial",
    6,
    "what colour is the thing directly... no, anywhere behind the gray ball that is a cylinder? only one I think",
    "q(u(f(rel(u(f(sel(sphere), color=gray)), behind), shape=cylinder)), color)",
    lambda s: s.a(
        s.one([i for i in s.rel("behind", s.the(shape="sphere", color="gray")) if s.a(i, "shape") == "cylinder"]),
        "color",
    ),
)
C(
    "quantifier",
    6,
    "Are all of the balls made of rubber? True or false.",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(shape="sphere"))),
)
C(
    "number",
    6,
    "how many different colours do the spheres come in",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)

# scene 7: 10 objects
C(
    "attribute",
    7,
    "And the enormous golden block over there is made of... what material?",
    "q(u(f(sel(cube), color=yellow)), material)",
    lambda s: s.a(s.the(shape="cube", color="yellow"), "material"),
)
C(
    "superlative",
    7,
    "Commentator: and leading from the front, the frontmost object in the field, what shape is it?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(most(s, s.all(), "front"), "shape"),
)
C(
    "negation",
    7,
    "How many cylinders are there, excluding the cyan ones?",
    "count(fn(sel(cylinder), color=cyan))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "color") != "cyan"]),
)
C(
    "compare_count",
    7,
    "metal_count > rubber_count ?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "list",
    7,
    "What are all the colours of the cylinders, please? List them for me.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "chain",
    7,
    "the purple ball, what is the farthest object from it, what shape",
    "q(farthest(scene(), u(f(sel(sphere), color=purple))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="purple"), far=True), "shape"),
)
X(7, "Who arranged these objects and what were they trying to say?")

# scene 8
C(
    "count",
    8,
    "Ci sono quanti cubi piccoli? There are how many cubes small?",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C("exist", 8, "any red thing? nope? yep?", "exist(f(scene(), color=red))", lambda s: yes(bool(s.f(color="red"))))
C(
    "two_clause",
    8,
    "Either there is a green object or there is a cyan object; which is it, is at least one of those true?",
    "or_(exist(f(scene(), color=green)), exist(f(scene(), color=cyan)))",
    lambda s: yes(bool(s.f(color="green")) or bool(s.f(color="cyan"))),
)
C(
    "verify",
    8,
    "is the gray can tiny?",
    "verify(u(f(sel(cylinder), color=gray)), size, small)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="gray"), "size") == "small"),
)
C(
    "number",
    8,
    "How many cubes are there minus how many cylinders?",
    "sub(count(sel(cube)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="cube")) - len(s.f(shape="cylinder"))),
)

# scene 9
C(
    "count",
    9,
    "Exhibit A: count the green items recovered from the scene.",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "attribute",
    9,
    "What is the brown ball made of? (a) metal (b) rubber",
    "q(u(f(sel(sphere), color=brown)), material)",
    lambda s: s.a(s.the(shape="sphere", color="brown"), "material"),
)
C(
    "spatial",
    9,
    "how many things are in front of the purple box",
    "count(rel(u(f(sel(cube), color=purple)), front))",
    lambda s: n(s.rel("front", s.the(shape="cube", color="purple"))),
)
C(
    "verify",
    9,
    "bu mavi top metal mi? this blue ball metal is?",
    "verify(u(f(sel(sphere), color=blue)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="blue"), "material") == "metal"),
)
C(
    "quantifier",
    9,
    "Are there at least three gray objects?",
    "gt(count(f(scene(), color=gray)), num(2))",
    lambda s: yes(len(s.f(color="gray")) >= 3),
)

# scene 10
C(
    "compare_attr",
    10,
    "Is the big purple ball the same size as the little red tube?",
    "same(u(f(sel(sphere), color=purple)), u(f(sel(cylinder), color=red)), size)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="purple"), "size") == s.a(s.the(shape="cylinder", color="red"), "size")
    ),
)
C(
    "chain",
    10,
    "what shape is the object that's the same colour as the small red cylinder",
    "q(u(same_attr(u(f(sel(cylinder), size=small, color=red)), color)), shape)",
    lambda s: s.a(
        s.one(
            [i for i in s.all() if i != s.the(shape="cylinder", size="small", color="red") and s.a(i, "color") == "red"]
        ),
        "shape",
    ),
)
C(
    "negation",
    10,
    "Is there any metal object which is not a cylinder?",
    "exist(fn(f(scene(), material=metal), shape=cylinder))",
    lambda s: yes(any(s.a(i, "shape") != "cylinder" for i in s.f(material="metal"))),
)
X(10, "What does the gray cylinder weigh in grams?")

# scene 11
C(
    "exist",
    11,
    "Is there a purple cylinder? Careful now, take your time.",
    "exist(f(sel(cylinder), color=purple))",
    lambda s: yes(bool(s.f(shape="cylinder", color="purple"))),
)
C(
    "number",
    11,
    "how many kinds of colour are the balls, like how many distinct ones",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)
C(
    "compare_count",
    11,
    "Are there as many cylinders as cubes?",
    "eq(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="cube"))),
)
C(
    "verify",
    11,
    "the blue cube is, let me guess, matte?",
    "verify(u(f(sel(cube), color=blue)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", color="blue"), "material") == "rubber"),
)

# scene 12
C(
    "count",
    12,
    "how many gray things comma including the balls and the blocks question mark",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "attribute",
    12,
    "The cyan cylinder, what size would you say it is, small or large?",
    "choose(u(f(sel(cylinder), color=cyan)), size, [small, large])",
    lambda s: s.a(s.the(shape="cylinder", color="cyan"), "size"),
)
C(
    "quantifier",
    12,
    "None of the red cubes is made of rubber, correct?",
    "not_(exist(f(sel(cube), color=red, material=rubber)))",
    lambda s: yes(not s.f(shape="cube", color="red", material="rubber")),
)
C(
    "chain",
    12,
    "Kirmizi kupun en yakinindaki nesne, rengi ne? The nearest object to the red cube, its colour what?",
    "q(closest(scene(), u(f(sel(cube), color=red))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="red")), "color"),
)
C(
    "two_clause",
    12,
    "is there a big sphere and is it gray",
    "and_(exist(f(sel(sphere), size=large)), verify(u(f(sel(sphere), size=large)), color, gray))",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "gray"),
)

# scene 13
C("count", 13, "how many red red red things lol", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "attribute",
    13,
    "The large shiny block, what colour is it?",
    "q(u(f(sel(cube), size=large, material=metal)), color)",
    lambda s: s.a(s.the(shape="cube", size="large", material="metal"), "color"),
)
C(
    "spatial",
    13,
    "Whats to the right of the big cyan cylinder, how many objects",
    "count(rel(u(f(sel(cylinder), color=cyan)), right))",
    lambda s: n(s.rel("right", s.the(shape="cylinder", color="cyan"))),
)
C(
    "position",
    13,
    "what's the second thing from the left? what shape?",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(most(s, s.all(), "left", 2), "shape"),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "compare_attr",
    14,
    "does the cube have the same material as the blue sphere",
    "same(u(sel(cube)), u(f(sel(sphere), color=blue)), material)",
    lambda s: yes(s.a(s.the(shape="cube"), "material") == s.a(s.the(shape="sphere", color="blue"), "material")),
)
C(
    "superlative",
    14,
    "the backmost thing, what color",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(most(s, s.all(), "behind"), "color"),
)
X(14, "Which of the two spheres is happier to be here?")

# scene 15
C(
    "attribute",
    15,
    "Signore, the cube small blue, of what material it is?",
    "q(u(f(sel(cube), size=small, color=blue)), material)",
    lambda s: s.a(s.the(shape="cube", size="small", color="blue"), "material"),
)
C(
    "exist",
    15,
    "So is there, like, a green globe anywhere?",
    "exist(f(sel(sphere), color=green))",
    lambda s: yes(bool(s.f(shape="sphere", color="green"))),
)
C(
    "spatial",
    15,
    "Is there anything red to the left of the small blue box, detective? Any trace at all?",
    "exist(f(rel(u(f(sel(cube), size=small, color=blue)), left), color=red))",
    lambda s: yes(
        any(s.a(i, "color") == "red" for i in s.rel("left", s.the(shape="cube", size="small", color="blue")))
    ),
)
C(
    "number",
    15,
    "big things plus small things, how many total",
    "add(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: str(len(s.all())),
)

# scene 16
C("count", 16, "how many balls, sorry, i mean blocks, how many", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "list",
    16,
    "Which colours appear among the little orbs?",
    "values(f(sel(sphere), size=small), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere", size="small")),
)
C(
    "quantifier",
    16,
    "all of the small things are metal spheres, yes?",
    "and_(not_(exist(fn(f(scene(), size=small), material=metal))), not_(exist(fn(f(scene(), size=small), shape=sphere))))",
    lambda s: yes(all(s.a(i, "material") == "metal" and s.a(i, "shape") == "sphere" for i in s.f(size="small"))),
)
C(
    "verify",
    16,
    "Is the yellow cube made of metal? Yes or no, final answer.",
    "verify(u(f(sel(cube), color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="yellow"), "material") == "metal"),
)
C(
    "two_clause",
    16,
    "is the green ball large and is the brown cylinder large too",
    "and_(verify(u(f(sel(sphere), color=green)), size, large), verify(u(f(sel(cylinder), color=brown)), size, large))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="green"), "size") == "large"
        and s.a(s.the(shape="cylinder", color="brown"), "size") == "large"
    ),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "compare_attr",
    17,
    "Is the yellow ball bigger than the red block? I rather doubt it.",
    "larger(u(f(sel(sphere), color=yellow)), u(f(sel(cube), color=red)))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="yellow"), "size") == "large"
        and s.a(s.the(shape="cube", color="red"), "size") == "small"
    ),
)
C(
    "chain",
    17,
    "what material is the cube that has the same colour as the little ball",
    "q(u(f(same_attr(u(f(sel(sphere), size=small)), color), shape=cube)), material)",
    lambda s: s.a(
        s.one([i for i in s.f(shape="cube") if s.a(i, "color") == s.a(s.the(shape="sphere", size="small"), "color")]),
        "material",
    ),
)

# scene 18
C(
    "count",
    18,
    "Quantos cilindros roxos tem? How many cylinders purple has?",
    "count(f(sel(cylinder), color=purple))",
    lambda s: n(s.f(shape="cylinder", color="purple")),
)
C(
    "exist",
    18,
    "exist(metal sphere) ?",
    "exist(f(sel(sphere), material=metal))",
    lambda s: yes(bool(s.f(shape="sphere", material="metal"))),
)
C(
    "superlative",
    18,
    "The cylinder farthest to the right is what colour, my dear?",
    "q(ord(sel(cylinder), right, 1), color)",
    lambda s: s.a(most(s, s.f(shape="cylinder"), "right"), "color"),
)
C(
    "negation",
    18,
    "how many objects are neither purple nor cyan",
    "count(fn(fn(scene(), color=purple), color=cyan))",
    lambda s: n([i for i in s.all() if s.a(i, "color") not in ("purple", "cyan")]),
)
C(
    "compare_count",
    18,
    "fewer cubes than balls? tf",
    "lt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="sphere"))),
)

# scene 19
C(
    "count",
    19,
    "how many cyan objects? (a) 1 (b) 2 (c) 3 (d) 4",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "number",
    19,
    "metal things minus rubber things equals",
    "sub(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: str(len(s.f(material="metal")) - len(s.f(material="rubber"))),
)
X(19, "How many more objects would fit on the floor if we pushed them together?")

# scene 20
C("count", 20, "Number of glossy objects: ___", "count(f(scene(), material=metal))", lambda s: n(s.f(material="metal")))
C(
    "compare_attr",
    20,
    "the yellow cube and the yellow cylinder: made of the same thing or not",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "material") == s.a(s.the(shape="cylinder", color="yellow"), "material")
    ),
)
C(
    "position",
    20,
    "Which shape is third from the right?",
    "q(ord(scene(), right, 3), shape)",
    lambda s: s.a(most(s, s.all(), "right", 3), "shape"),
)

# scene 21
C(
    "attribute",
    21,
    "What size is the purple drum, tiny or huge?",
    "q(u(f(sel(cylinder), color=purple)), size)",
    lambda s: s.a(s.the(shape="cylinder", color="purple"), "size"),
)
C(
    "verify",
    21,
    "Verdadeiro ou falso: a bola vermelha e de borracha. True or false: the ball red is of rubber.",
    "verify(u(f(sel(sphere), color=red)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", color="red"), "material") == "rubber"),
)
C(
    "spatial",
    21,
    "what color's the ball right of the green cylinder, the one that's metal",
    "q(u(f(rel(u(f(sel(cylinder), color=green)), right), shape=sphere, material=metal)), color)",
    lambda s: s.a(
        s.one(
            [
                i
                for i in s.rel("right", s.the(shape="cylinder", color="green"))
                if s.a(i, "shape") == "sphere" and s.a(i, "material") == "metal"
            ]
        ),
        "color",
    ),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "compare_attr",
    22,
    "Are both yellow objects the same shape?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: yes(len({s.a(i, "shape") for i in s.f(color="yellow")}) == 1),
)
X(22, "What is the yellow cube going to do next?")

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph

# scene 24: 10 objects
C(
    "count",
    24,
    "Gentle reader, I must ask: how many cubes do you count in this picture?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "negation",
    24,
    "ok how many cubes that are not gray and not small",
    "count(fn(fn(sel(cube), color=gray), size=small))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") != "gray" and s.a(i, "size") != "small"]),
)
C(
    "compare_count",
    24,
    "Are there more cubes than everything else put together?",
    "gt(count(sel(cube)), count(fn(scene(), shape=cube)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.all()) - len(s.f(shape="cube"))),
)
C(
    "number",
    24,
    "How many distinct colours are there in the scene overall?",
    "nvalues(scene(), color)",
    lambda s: str(len({o["color"] for o in s.objects})),
)
C(
    "superlative",
    24,
    "the leftmost cube, what colour is it?",
    "q(ord(sel(cube), left, 1), color)",
    lambda s: s.a(most(s, s.f(shape="cube"), "left"), "color"),
)

# scene 25
C(
    "attribute",
    25,
    "The big red block is made of which material?",
    "q(u(f(sel(cube), color=red)), material)",
    lambda s: s.a(s.the(shape="cube", color="red"), "material"),
)
C(
    "chain",
    25,
    "what colour is the cylinder closest to the cyan ball",
    "q(closest(sel(cylinder), u(f(sel(sphere), color=cyan))), color)",
    lambda s: s.a(nearest(s, s.f(shape="cylinder"), s.the(shape="sphere", color="cyan")), "color"),
)
C(
    "two_clause",
    25,
    "is there a gray cylinder or a green cube",
    "or_(exist(f(sel(cylinder), color=gray)), exist(f(sel(cube), color=green)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="gray")) or bool(s.f(shape="cube", color="green"))),
)

# scene 26
C(
    "exist",
    26,
    "Is there a single rubber object in the whole scene?",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
C(
    "compare_count",
    26,
    "Spheres versus cylinders: is it a tie?",
    "eq(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cylinder"))),
)
C(
    "list",
    26,
    "what colours are the big things, list them all",
    "values(f(scene(), size=large), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(size="large")),
)
X(26, "Why are most of these objects metal?")

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "attribute",
    27,
    "di che colore e la sfera? of what colour is the sphere?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "spatial",
    27,
    "Is the yellow ball in front of the purple block?",
    "exist(f(rel(u(f(sel(cube), color=purple)), front), color=yellow, shape=sphere))",
    lambda s: yes(s.the(shape="sphere", color="yellow") in s.rel("front", s.the(shape="cube", color="purple"))),
)

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "count",
    28,
    "how many cylinders, tubes, cans, whatever u call them",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    28,
    "The lone ball... is made of what material, detective?",
    "q(u(sel(sphere)), material)",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)

# scene 29
C(
    "chain",
    29,
    "the object farthest from the brown sphere, what's its shape",
    "q(farthest(scene(), u(f(sel(sphere), color=brown))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="brown"), far=True), "shape"),
)

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "verify",
    30,
    "True or false: the cylinder is dull and rubbery.",
    "verify(u(sel(cylinder)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == "rubber"),
)
X(30, "How many liters of water would the blue cylinder hold?")

# scene 31
C(
    "count",
    31,
    "how many small spheres underscore count",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "negation",
    31,
    "Without counting the spheres, how many objects are there?",
    "count(fn(scene(), shape=sphere))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "sphere"]),
)
C(
    "list",
    31,
    "values(color) where shape == cylinder",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "number",
    31,
    "how many colours altogether among the metal things",
    "nvalues(f(scene(), material=metal), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(material="metal")})),
)

# scene 32
C(
    "spatial",
    32,
    "how many objects sit to the left of the yellow sphere",
    "count(rel(u(f(sel(sphere), color=yellow)), left))",
    lambda s: n(s.rel("left", s.the(shape="sphere", color="yellow"))),
)

# scene 33
C(
    "two_clause",
    33,
    "Is the green cube large, and is the red sphere metal?",
    "and_(verify(u(f(sel(cube), color=green)), size, large), verify(u(f(sel(sphere), color=red)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="green"), "size") == "large"
        and s.a(s.the(shape="sphere", color="red"), "material") == "metal"
    ),
)
C(
    "position",
    33,
    "Second object from the front, what is its colour?",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(most(s, s.all(), "front", 2), "color"),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C("count", 34, "kaç tane küp var? how many cube there are?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    34,
    "is the gray cylinder bigger than the red one",
    "larger(u(f(sel(cylinder), color=gray)), u(f(sel(cylinder), color=red)))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="gray"), "size") == "large"
        and s.a(s.the(shape="cylinder", color="red"), "size") == "small"
    ),
)

# scene 35
C(
    "verify",
    35,
    "the purple ball is matte, yes?",
    "verify(u(f(sel(sphere), color=purple)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", color="purple"), "material") == "rubber"),
)
C(
    "compare_count",
    35,
    "more cubes or more spheres? is it more cubes?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)

# scene 36
X(36, "Would the purple sphere float if we dropped it in a pool?")

# scene 37
C(
    "spatial",
    37,
    "How many rubber blocks are there to the left of the purple block?",
    "count(f(rel(u(f(sel(cube), color=purple)), left), shape=cube, material=rubber))",
    lambda s: n(
        [
            i
            for i in s.rel("left", s.the(shape="cube", color="purple"))
            if s.a(i, "shape") == "cube" and s.a(i, "material") == "rubber"
        ]
    ),
)
C(
    "superlative",
    37,
    "who's leading at the back, the rear-most object: what shape?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(most(s, s.all(), "behind"), "shape"),
)

# scene 38

# scene 39
C("count", 39, "How many objects are there comma in total question mark", "count(scene())", lambda s: n(s.all()))
C(
    "spatial",
    39,
    "The brown cylinder: is it to the right of the cube?",
    "exist(f(rel(u(sel(cube)), right), color=brown, shape=cylinder))",
    lambda s: yes(s.the(shape="cylinder", color="brown") in s.rel("right", s.the(shape="cube"))),
)

# scene 40

# scene 41
C(
    "count",
    41,
    "There are exactly ___ yellow objects.",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "quantifier",
    41,
    "Are there exactly three blue objects?",
    "eq(count(f(scene(), color=blue)), num(3))",
    lambda s: yes(len(s.f(color="blue")) == 3),
)
C(
    "number",
    41,
    "spheres plus cubes",
    "add(count(sel(sphere)), count(sel(cube)))",
    lambda s: str(len(s.f(shape="sphere")) + len(s.f(shape="cube"))),
)
X(41, "Which object in this picture is the oldest?")

# scene 42
C(
    "attribute",
    42,
    "The large yellow orb: metal or rubber?",
    "choose(u(f(sel(sphere), color=yellow, size=large)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", color="yellow", size="large"), "material"),
)
C(
    "quantifier",
    42,
    "Is none of the blue objects large?",
    "not_(exist(f(scene(), color=blue, size=large)))",
    lambda s: yes(not s.f(color="blue", size="large")),
)
C(
    "list",
    42,
    "what shapes are the blue things, list please",
    "values(f(scene(), color=blue), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="blue")),
)

# scene 43
C(
    "compare_count",
    43,
    "cyan_count == blue_count ?",
    "eq(count(f(scene(), color=cyan)), count(f(scene(), color=blue)))",
    lambda s: yes(len(s.f(color="cyan")) == len(s.f(color="blue"))),
)

# scene 44
C("count", 44, "how many cubes, cubes i said, cubes", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "verify",
    44,
    "The little purple box is rubber: true or false?",
    "verify(u(f(sel(cube), color=purple)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", color="purple"), "material") == "rubber"),
)
C(
    "position",
    44,
    "going from left to right, what colour is the second thing?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(most(s, s.all(), "left", 2), "color"),
)

# scene 45
C(
    "count",
    45,
    "jak duzo szarych? how much of gray ones?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "superlative",
    45,
    "and the object furthest in front, its material?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(most(s, s.all(), "front"), "material"),
)
C(
    "two_clause",
    45,
    "Is the yellow cylinder small and the gray sphere large?",
    "and_(verify(u(f(sel(cylinder), color=yellow)), size, small), verify(u(f(sel(sphere), color=gray)), size, large))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="yellow"), "size") == "small"
        and s.a(s.the(shape="sphere", color="gray"), "size") == "large"
    ),
)

# scene 46
C(
    "attribute",
    46,
    "Which colour is the large rubber cube? A) red B) gray C) purple",
    "q(u(f(sel(cube), size=large, material=rubber)), color)",
    lambda s: s.a(s.the(shape="cube", size="large", material="rubber"), "color"),
)
C(
    "compare_count",
    46,
    "Do the spheres outnumber the cubes?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "chain",
    46,
    "The object nearest the big cyan cylinder: what shape is it?",
    "q(closest(scene(), u(f(sel(cylinder), size=large, color=cyan))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", size="large", color="cyan")), "shape"),
)

# scene 47
C(
    "number",
    47,
    "How many different colours do the cubes have?",
    "nvalues(sel(cube), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="cube")})),
)
C(
    "negation",
    47,
    "apart from the cubes, how many objects are rubber",
    "count(fn(f(scene(), material=rubber), shape=cube))",
    lambda s: n([i for i in s.f(material="rubber") if s.a(i, "shape") != "cube"]),
)
X(47, "If you stacked all the cubes, how tall would the tower be in inches?")

# scene 48

# scene 49
C(
    "quantifier",
    49,
    "Are several of the spheres yellow, like at least two?",
    "gt(count(f(sel(sphere), color=yellow)), num(1))",
    lambda s: yes(len(s.f(shape="sphere", color="yellow")) >= 2),
)

# scene 50

# scene 51
C(
    "verify",
    51,
    "is the cube purple lol prob not but is it",
    "verify(u(sel(cube)), color, purple)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "purple"),
)

# scene 52
C(
    "count",
    52,
    "How many blocks, boxes, bricks, whatever—how many cubes?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "chain",
    52,
    "what colour is the cube farthest from the cylinder",
    "q(farthest(sel(cube), u(sel(cylinder))), color)",
    lambda s: s.a(nearest(s, s.f(shape="cube"), s.the(shape="cylinder"), far=True), "color"),
)

# scene 53
C(
    "attribute",
    53,
    "The gray cube: tiny or large?",
    "q(u(f(sel(cube), color=gray)), size)",
    lambda s: s.a(s.the(shape="cube", color="gray"), "size"),
)
C(
    "position",
    53,
    "Third from the left, which colour?",
    "q(ord(scene(), left, 3), color)",
    lambda s: s.a(most(s, s.all(), "left", 3), "color"),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C(
    "quantifier",
    54,
    "Are both of the gray cubes made of rubber?",
    "not_(exist(fn(f(sel(cube), color=gray), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(shape="cube", color="gray"))),
)

# scene 55
C(
    "attribute",
    55,
    "The shiny yellow box is small or big?",
    "q(u(f(sel(cube), color=yellow, material=metal)), size)",
    lambda s: s.a(s.the(shape="cube", color="yellow", material="metal"), "size"),
)
C(
    "compare_count",
    55,
    "Purple things outnumber red things?",
    "gt(count(f(scene(), color=purple)), count(f(scene(), color=red)))",
    lambda s: yes(len(s.f(color="purple")) > len(s.f(color="red"))),
)

# scene 56
C(
    "count",
    56,
    "how many cyan objects are there, two, or no, how many cubes",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "spatial",
    56,
    "how many cyan things are left of the big brown cube",
    "count(f(rel(u(f(sel(cube), color=brown)), left), color=cyan))",
    lambda s: n([i for i in s.rel("left", s.the(shape="cube", color="brown")) if s.a(i, "color") == "cyan"]),
)

# scene 57
C(
    "number",
    57,
    "cubes minus spheres = ?",
    "sub(count(sel(cube)), count(sel(sphere)))",
    lambda s: str(len(s.f(shape="cube")) - len(s.f(shape="sphere"))),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
X(58, "Which cube is the more expensive one?")

# scene 59
C(
    "list",
    59,
    "which sizes do the purple things come in",
    "values(f(scene(), color=purple), size)",
    lambda s: listed(s.a(i, "size") for i in s.f(color="purple")),
)
C(
    "negation",
    59,
    "how many non-purple cylinders",
    "count(fn(sel(cylinder), color=purple))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "color") != "purple"]),
)

# =========================================================================================================
# photo scenes
# =========================================================================================================

# street
P(
    "count",
    "street",
    "How many people are on the street? Count carefully.",
    "count(union(sel(man), sel(woman)))",
    lambda p: n(people(p)),
)
P(
    "attribute",
    "street",
    "What colour tie is the man on the left wearing?",
    "q(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("man", hposition="left"), "wearing")), "color"),
)
P(
    "chain",
    "street",
    "Who is holding the dog? (a) man (b) woman (c) boy",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "text",
    "street",
    "The sign says what, in capitals?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P("text", "street", "whats written on the bus lol", "q(u(sel(bus)), text)", lambda p: p.value(p.the("bus"), "text"))
P(
    "exist",
    "street",
    "Is there a cat anywhere in the street picture?",
    "exist(sel(cat))",
    lambda p: yes(bool(p.f("cat"))),
)
P(
    "verify",
    "street",
    "the bus is blue true or false",
    "verify(u(sel(bus)), color, blue)",
    lambda p: yes(p.value(p.the("bus"), "color") == "blue"),
)
P(
    "compare_attr",
    "street",
    "Are the bus and the stop sign the same colour?",
    "same(u(sel(bus)), u(sel(sign)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("sign"), "color")),
)
P("count", "street", "how many ties, like neckties", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "spatial",
    "street",
    "Is the woman in front of the bus?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "front", p.the("bus"))),
)
P(
    "superlative",
    "street",
    "the person furthest right, man or woman?",
    "q(ord(union(sel(man), sel(woman)), right, 1), name)",
    lambda p: p.name(p.by_x(people(p))[-1]),
)
P(
    "attribute",
    "street",
    "The car is what colour, detective?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "position",
    "street",
    "Which side of the picture is the car on, left or right?",
    "choose(u(sel(car)), hposition, [left, right])",
    lambda p: p.value(p.the("car"), "hposition"),
)
P(
    "number",
    "street",
    "men minus women, how many",
    "sub(count(sel(man)), count(sel(woman)))",
    lambda p: str(len(p.f("man")) - len(p.f("woman"))),
)
X("street", "What is the woman with the dog thinking about?")
X("street", "How fast is the bus going in kilometers per hour?")

# kitchen
P(
    "count",
    "kitchen",
    "There are ___ cups on the table.",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) == "cup"]),
)
P(
    "count",
    "kitchen",
    "how many things are sitting on the table question mark",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "text",
    "kitchen",
    "What does the label on the bottle read?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "text",
    "kitchen",
    "the clock shows what time, read it off",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "The table is made of... which material?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "list",
    "kitchen",
    "list the colours of the cups",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "spatial",
    "kitchen",
    "What colour is the cup between the plate and the bottle?",
    "q(u(inter(rel(u(sel(plate)), right, name=cup), rel(u(sel(bottle)), left, name=cup))), color)",
    lambda p: p.value(
        only([o for o in p.f("cup") if p.has(o, "right", p.the("plate")) and p.has(o, "left", p.the("bottle"))]),
        "color",
    ),
)
P(
    "verify",
    "kitchen",
    "fork == metal ?",
    "verify(u(sel(fork)), material, metal)",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal"),
)
P("exist", "kitchen", "Is there a knife next to the fork?", "exist(sel(knife))", lambda p: yes(bool(p.f("knife"))))
P(
    "superlative",
    "kitchen",
    "The leftmost cup, what colour is it?",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(p.by_x(p.f("cup"))[0], "color"),
)
P(
    "quantifier",
    "kitchen",
    "Are all the cups white?",
    "verify(sel(cup), color, white)",
    lambda p: yes(all(p.value(o, "color") == "white" for o in p.f("cup"))),
)
P(
    "two_clause",
    "kitchen",
    "Is the plate white and is the bottle green?",
    "and_(verify(u(sel(plate)), color, white), verify(u(sel(bottle)), color, green))",
    lambda p: yes(p.value(p.the("plate"), "color") == "white" and p.value(p.the("bottle"), "color") == "green"),
)
X("kitchen", "How many calories are in what's on the plate?")

# park
P(
    "chain",
    "park",
    "what is the boy throwing",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P("count", "park", "how many doggos fr", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "attribute",
    "park",
    "The dog near the girl is what colour?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only([o for o in p.subjects("near", p.the("girl")) if p.name(o) == "dog"]), "color"),
)
P(
    "attribute",
    "park",
    "o banco e feito de que? the bench is made of what?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "quantifier",
    "park",
    "Are both trees green?",
    "verify(sel(tree), color, green)",
    lambda p: yes(all(p.value(o, "color") == "green" for o in p.f("tree"))),
)
P("count", "park", "How many women are in the park picture?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "spatial",
    "park",
    "is the bench to the left of the bike",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(p.has(p.the("bench"), "left", p.the("bicycle"))),
)
P(
    "verify",
    "park",
    "The frisbee is yellow, correct?",
    "verify(u(sel(frisbee)), color, yellow)",
    lambda p: yes(p.value(p.the("frisbee"), "color") == "yellow"),
)
P(
    "compare_attr",
    "park",
    "Is the girl dressed in the same colour as the boy?",
    "same(u(sel(girl)), u(sel(boy)), color)",
    lambda p: yes(p.value(p.the("girl"), "color") == p.value(p.the("boy"), "color")),
)
P(
    "chain",
    "park",
    "The woman holding the dog is wearing what colour?",
    "q(u(rel(sel(dog), holding, name=woman)), color)",
    lambda p: p.value(only([o for d in p.f("dog") for o in p.subjects("holding", d) if p.name(o) == "woman"]), "color"),
)
P(
    "negation",
    "park",
    "how many people are not women",
    "count(diff(union(union(sel(man), sel(woman)), union(sel(boy), sel(girl))), sel(woman)))",
    lambda p: n([o for o in people(p) if p.name(o) != "woman"]),
)
X("park", "Is the girl having more fun than the boy?")

# shapes
P("count", "shapes", "how many red shapes are there", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "attribute",
    "shapes",
    "The big green one is a what? Triangle? Square?",
    "q(u(f(scene(), color=green)), shape)",
    lambda p: p.value(p.the(color="green"), "shape"),
)
P(
    "list",
    "shapes",
    "colours of the small shapes, list",
    "values(f(scene(), size=small), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="small")),
)
P(
    "superlative",
    "shapes",
    "Which shape is on the far left?",
    "q(ord(scene(), left, 1), shape)",
    lambda p: p.value(p.by_x(list(p.objects))[0], "shape"),
)
P(
    "verify",
    "shapes",
    "is the star blue? yes/no",
    "verify(u(sel(star)), color, blue)",
    lambda p: yes(p.value(p.the("star"), "color") == "blue"),
)
P("count", "shapes", "blue shapes count equals", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P(
    "compare_count",
    "shapes",
    "Are there more blue shapes than red ones?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "negation",
    "shapes",
    "how many shapes aren't blue",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P("exist", "shapes", "Is there a pentagon?", "exist(sel(pentagon))", lambda p: yes(bool(p.f("pentagon"))))
X("shapes", "What is the area of the red circle in square centimeters?")

# more photo questions: positions, texts, refusals
P(
    "text",
    "street",
    "whats written down at the very bottom of the picture, what does it say",
    "q(f(scene(), vposition=bottom), text)",
    lambda p: only([p.value(o, "text") for o in p.f(vposition="bottom") if p.value(o, "text")]),
)
P(
    "text",
    "street",
    "Top right corner, there's writing. What does it say?",
    "q(f(scene(), hposition=right, vposition=top), text)",
    lambda p: only([p.value(o, "text") for o in p.f(hposition="right", vposition="top") if p.value(o, "text")]),
)
P(
    "text",
    "kitchen",
    "read out everything written in this picture comma top to bottom",
    "q(scene(), text)",
    lambda p: " ".join(
        p.value(o, "text")
        for o in sorted(
            (o for o in p.objects if p.value(o, "text")), key=lambda o: (p.objects[o]["box"][1], p.objects[o]["box"][0])
        )
    ),
)
P(
    "position",
    "street",
    "The dog: top of the photo or bottom of the photo?",
    "choose(u(sel(dog)), vposition, [top, bottom])",
    lambda p: p.value(p.the("dog"), "vposition"),
)
P(
    "position",
    "kitchen",
    "Onde esta o relogio, em cima, no meio ou em baixo? Where is the clock, on top, in middle or below?",
    "q(u(sel(clock)), vposition)",
    lambda p: p.value(p.the("clock"), "vposition"),
)
P(
    "position",
    "park",
    "which side of the frame is the girl standing on",
    "q(u(sel(girl)), hposition)",
    lambda p: p.value(p.the("girl"), "hposition"),
)
P(
    "position",
    "shapes",
    "The hexagon sits on the ___ side of the image.",
    "q(u(sel(hexagon)), hposition)",
    lambda p: p.value(p.the("hexagon"), "hposition"),
)
P("count", "shapes", "circles: how many? (a) one (b) two (c) three", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "spatial",
    "street",
    "Ladies and gentlemen, name the vehicle parked to the left of the bus!",
    "q(u(rel(u(sel(bus)), left, name=car)), name)",
    lambda p: p.name(only([o for o in p.subjects("left", p.the("bus")) if p.name(o) == "car"])),
)
C(
    "position",
    9,
    "Counting from the right, the second cylinder is what colour?",
    "q(ord(sel(cylinder), right, 2), color)",
    lambda s: s.a(most(s, s.f(shape="cylinder"), "right", 2), "color"),
)
C(
    "position",
    24,
    "Which material is the object that is second from the back?",
    "q(ord(scene(), behind, 2), material)",
    lambda s: s.a(most(s, s.all(), "behind", 2), "material"),
)
C(
    "quantifier",
    14,
    "Is there a pair of spheres, exactly a pair?",
    "eq(count(sel(sphere)), num(2))",
    lambda s: yes(len(s.f(shape="sphere")) == 2),
)
C(
    "quantifier",
    40,
    "Neither of the cubes is big, am I right?",
    "not_(exist(f(sel(cube), size=large)))",
    lambda s: yes(not s.f(shape="cube", size="large")),
)
X("park", "What breed is the black dog?")
X("street", "Is the man on the right married?")
X("shapes", "Which of these shapes would a small child like best?")
X("kitchen", "Who is going to drink from the blue cup later?")
X(33, "How much would the green cube cost in a shop?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
