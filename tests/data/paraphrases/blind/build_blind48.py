# ruff: noqa: E501
"""Blind paraphrase set 48: a fresh crowd, no persona theme. About forty ordinary people, each imagined once and kept
in character for their five to seven questions about a picture: a retired schoolteacher who asks in whole, polite
sentences ("Could you tell me, please, ..."); a teenager typing in lower case with "ngl", "lowkey", "fr", "or nah"
and "r" for "are"; a nurse on a short break ("Quick one", "pls", "sorry, tired eyes"); a Russian speaker who drops
articles and bends word order ("Which colour has small ball?", "How many is there grey objects?"); a careful engineer
("Counting only objects that are both small and metallic", "strictly larger than", "Report its shape."); someone
dictating to a phone with no punctuation and a spoken self-correction ("how many cylinders no wait how many green
cylinders"); someone in a hurry ("Big ball colour?", "Leftmost thing, what colour, go"); a seven-year-old; a
grandmother who calls everyone "dear" and "love"; a gamer ("spawned", "loot", "speedrun", "gg"); a formal
librarian who uses passives ("How many cubes are depicted which are not grey?"); a parent counting with a toddler;
an accountant who tallies and subtracts; a sports commentator ("Head to head", "out on the right wing"); a chef on
her break; a farmer ("them little cubes", "yonder", "ain't it?"); a poet; a lawyer ("For the record", "Is it
accurate to say"); a student who states what she thinks and adds a question mark ("So there are four cubes
here?"); a London cabbie ("mate", "innit", "Blimey"), with an elliptical follow-up ("Big ball's metal, I can see
that. The little one, mate?"); a programmer who writes in fragments ("cube count?", "leftmost sphere -> colour?");
a Spanish speaker ("How many cylinders there are in the image?", "The cube big is of what material?"). On the
photo-like graphs: a polite tourist reading the signs, a bus spotter, a nervous learner driver, a police
officer dictating a report ("Report line one: ..."), a parent cooking and half-listening, a house-sitter texting,
an interior designer, a sarcastic flatmate, a dog walker, a retired naturalist with binoculars, a breathless
jogger ("Bike colour?"), and a mum on the phone relaying her sister's questions. On the drawing of flat shapes:
a nine-year-old doing homework, a colour-blind dad, a graphic designer ("dead centre in the composition"), someone
describing the sheet to a friend on the phone, a maths tutor and a quilter.

The questions ask counts, existence, colours, materials, sizes and shapes, places and one-hop relations, chains
("the thing to the left of the big blue cube"), comparisons of counts ("fewer dogs than people", "exactly two",
"fewer than four"), comparisons of sizes ("Is the yellow ball bigger than the yellow cube?", "the number of
objects strictly larger than the small gray sphere"), superlatives and ordinals ("the second object from the
left", "Which cube is the second from the right?", "which colour is the middle one", "which ones the biggest"),
nearness ("nearest to the large cyan cylinder"), negation ("any loot that isn't metal", "cubes which are not
grey", "not wearing a tie"), quantifiers ("are all", "every", "none of", "is every dog near somebody"), lists
("what colours are the cubes"), sums and differences of counts, the text on a sign, a bus, a road, a bottle and a
clock, yes/no and wh-questions, fronted phrases, relative clauses, passives, tags, statements with a question mark,
ellipsis and self-corrections. Lengths run from two words to about thirty.

About 55% ask about CLEVR val scenes, 30% about the photo-like graphs (street, kitchen, park), 15% about the
drawing of flat shapes; about one in ten must be refused, each in its asker's voice (intentions, feelings and
preferences, owners, prices, weights, names, ages, what happens next, what happened before, why). "The X" is only
used where exactly one X matches (on the drawing a square is also a rectangle, so the yellow one is never called
"the rectangle"); places and orders are only asked where a careful person could call them (the tie margin TIE of
the thirty-ninth and later sets' helpers, 40 pixels on the drawings), nothing is asked of the photo graphs that
their stated relations and attributes leave open, and sizes of photo objects are compared only where both sizes are
stated. Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other set but
the forty-sixth and forty-seventh (read for the format only), and never run through nsvr's parser or planner.

Run ``python build_blind48.py`` to write ``../blind48.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind48.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.25
# how much nearer (in scene units) the nearest object must be than the next before a careful person calls it nearest
NEAR_MARGIN = 0.5
SIZE_RANK = {"small": 0, "large": 1}


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


def among(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids with every given attribute value."""
    return [i for i in ids if all(s.a(i, k) == v for k, v in want.items())]


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def every(s: Clevr, ids: list[int], **want) -> str:
    """yes/no: every object of ids has every given attribute value."""
    return yes(all(all(s.a(i, k) == v for k, v in want.items()) for i in ids))


def bigger(s: Clevr, a: int, b: int) -> str:
    """yes/no: object a is of a larger size class than object b (CLEVR's two sizes)."""
    return yes(SIZE_RANK[s.a(a, "size")] > SIZE_RANK[s.a(b, "size")])


def larger_than(s: Clevr, anchor: int) -> list[int]:
    """The objects of a larger size class than the anchor."""
    return [i for i in s.all() if SIZE_RANK[s.a(i, "size")] > SIZE_RANK[s.a(anchor, "size")]]


def nearest(s: Clevr, anchor: int) -> int:
    """The object nearest the anchor (3D centres); NotUnique when the next one is within NEAR_MARGIN."""
    here = s.objects[anchor]["3d_coords"]
    dist = sorted((math.dist(here, s.objects[j]["3d_coords"]), j) for j in s.all() if j != anchor)
    if len(dist) > 1 and dist[1][0] - dist[0][0] < NEAR_MARGIN:
        raise NotUnique("too close to call")
    return dist[0][1]


def most_common(values) -> str:
    ranked = Counter(values).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        raise NotUnique(f"tie: {ranked[:2]}")
    return ranked[0][0]


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


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


def named(p: Photo, ids: list[str], name: str) -> list[str]:
    return [o for o in ids if p.name(o) == name]


def photo_bigger(p: Photo, a: str, b: str) -> str:
    """yes/no: a's stated size class is larger than b's (both must be stated)."""
    ranks = {"small": 0, "large": 1}
    sa, sb = p.value(a, "size"), p.value(b, "size")
    if sa is None or sb is None:
        raise NotUnique("a size the graph does not state")
    return yes(ranks[sa] > ranks[sb])


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def sources() -> str:
    tally = Counter("clevr" if isinstance(q[1], int) else "shapes" if q[1] == "shapes" else "photo" for q in Q)
    return ", ".join(f"{k} {c}" for k, c in sorted(tally.items()))


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# --- Margaret, a retired schoolteacher: whole, polite sentences ----------------------------------------------------
# scene 0: small yellow rubber sph (front), large blue metal sph (far left), large green rubber cyl
C(
    "count",
    0,
    "Could you tell me, please, how many objects there are in this picture altogether? My grandchildren are learning to count and I should like to check their answer.",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "compare_size",
    0,
    "Is the yellow ball larger than the green cylinder, would you say?",
    "larger(u(f(sel(sphere), color=yellow)), u(f(sel(cylinder), color=green)))",
    lambda s: bigger(s, s.the(shape="sphere", color="yellow"), s.the(shape="cylinder", color="green")),
)

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph (far left)
C(
    "list",
    1,
    "What materials are the cylinders made of, if you don't mind my asking?",
    "values(sel(cylinder), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="cylinder")),
)
C(
    "superlative",
    1,
    "Which object stands furthest to the left? I should like to know its colour.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "quantifier",
    2,
    "Am I right in thinking that none of the cylinders is made of metal?",
    "not_(exist(f(sel(cylinder), material=metal)))",
    lambda s: yes(not s.f(shape="cylinder", material="metal")),
)
X(2, "Would you happen to know who arranged these objects so neatly?")

# --- Jayden, a teenager: lower case, slang -----------------------------------------------------------------------
# scene 3: small red metal sph, small purple metal cube (far left, front), large red rubber cyl, large purple rubber cyl, small red metal cyl
C("count", 3, "ok how many red things r there", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "spatial",
    3,
    "is the purple cube left of the red ball or nah",
    "exist(f(rel(u(f(sel(sphere), color=red)), left), color=purple, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "purple"}, "left", {"shape": "sphere", "color": "red"}),
)

# scene 4: nine small things and one large blue metal sph
C(
    "superlative",
    4,
    "which ones the biggest lol. color?",
    "q(ord(scene(), largest, 1), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)
C(
    "count",
    4,
    "ngl how many yellow things are there",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "compare_count",
    5,
    "lowkey are there more balls than cubes",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "negation",
    5,
    "how many things arent shiny fr",
    "count(fn(scene(), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal"]),
)

# --- Priya, a nurse on a break: short, tired, apologetic ----------------------------------------------------------
# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C("count", 6, "Quick one on my break: how many balls?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    6,
    "The small blue cube, metal or rubber? Sorry, tired eyes.",
    "choose(u(f(sel(cube), size=small, color=blue)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", size="small", color="blue"), "material"),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube (front), small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "list",
    7,
    "what colours are the cubes, pls",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "superlative",
    7,
    "Closest thing to the front is what shape?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "compare_count",
    8,
    "More cubes than cylinders? yes or no is fine",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
X(8, "Is whoever built this as exhausted as I am right now?")

# --- Dmitri, a Russian speaker: no articles, bent word order --------------------------------------------------------
# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "attribute",
    9,
    "Which colour has small ball?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C("count", 9, "How many is there grey objects?", "count(f(scene(), color=gray))", lambda s: n(s.f(color="gray")))

# scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "superlative",
    10,
    "Which material has the ball that is most left?",
    "q(ord(sel(sphere), left, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "material"),
)
C(
    "compare_attr",
    10,
    "Two red things — they have same shape?",
    "same(f(scene(), color=red), shape)",
    lambda s: yes(len({s.a(i, "shape") for i in s.f(color="red")}) == 1),
)

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C("count", 11, "How many brown objects there is?", "count(f(scene(), color=brown))", lambda s: n(s.f(color="brown")))
X(11, "Who is owner of this blue cube? I want to ask him for buy it.")

# --- Ingrid, a careful engineer: exact qualifiers, instructions ----------------------------------------------------
# scene 12: small blue metal cube (far left), small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "count",
    12,
    "Counting only objects that are both small and metallic, and ignoring everything large or rubber, what is the total? Please give a single number.",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "superlative",
    12,
    "Please identify the second object from the left and state its shape.",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "compare_size",
    12,
    "Give me the number of objects strictly larger than the small gray sphere.",
    "count(rel(u(f(sel(sphere), size=small, color=gray)), larger))",
    lambda s: n(larger_than(s, s.the(shape="sphere", size="small", color="gray"))),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "quantifier",
    13,
    "Is it true that every red object in the scene is made of rubber?",
    "not_(exist(fn(f(scene(), color=red), material=rubber)))",
    lambda s: every(s, s.f(color="red"), material="rubber"),
)
C(
    "compare_attr",
    13,
    "Do the two cubes have identical colours? Please confirm.",
    "same(sel(cube), color)",
    lambda s: yes(len({s.a(i, "color") for i in s.f(shape="cube")}) == 1),
)
C(
    "spatial",
    13,
    "Which object is nearest to the large cyan cylinder? Report its shape.",
    "q(closest(scene(), u(f(sel(cylinder), size=large, color=cyan))), shape)",
    lambda s: s.a(nearest(s, s.the(shape="cylinder", size="large", color="cyan")), "shape"),
)

# scene 14: large cyan rubber sph (front), small blue metal sph, small gray metal cube (back)
C(
    "spatial",
    14,
    "With respect to the large cyan sphere, how many objects lie behind it?",
    "count(rel(u(f(sel(sphere), size=large, color=cyan)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="large", color="cyan"))),
)

# --- Marcus, dictating to his phone: no punctuation, spoken self-correction ----------------------------------------
# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "count",
    15,
    "how many cylinders no wait how many green cylinders are there",
    "count(f(sel(cylinder), color=green))",
    lambda s: n(s.f(shape="cylinder", color="green")),
)
C(
    "attribute",
    15,
    "what is the cube made of is it rubber or metal",
    "choose(u(sel(cube)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cube"), "material"),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "count",
    16,
    "okay so how many of the spheres are small ones",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "exist",
    16,
    "is there a yellow ball anywhere in the picture",
    "exist(f(sel(sphere), color=yellow))",
    lambda s: yes(bool(s.f(shape="sphere", color="yellow"))),
)

# scene 17: large green metal cyl, small yellow rubber sph (front), large red metal cube (back), large yellow rubber cube
C(
    "superlative",
    17,
    "the thing furthest back what colour is it",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_size",
    17,
    "is the yellow ball bigger than the yellow cube",
    "larger(u(f(sel(sphere), color=yellow)), u(f(sel(cube), color=yellow)))",
    lambda s: bigger(s, s.the(shape="sphere", color="yellow"), s.the(shape="cube", color="yellow")),
)

# --- Kev, in a hurry: fragments ------------------------------------------------------------------------------------
# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl (front), large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "count",
    18,
    "purple stuff, how many, quick",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "exist",
    18,
    "Any metal balls?",
    "exist(f(sel(sphere), material=metal))",
    lambda s: yes(bool(s.f(shape="sphere", material="metal"))),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "attribute",
    19,
    "Big ball colour?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C("count", 19, "Cyan things — number?", "count(f(scene(), color=cyan))", lambda s: n(s.f(color="cyan")))

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube (far left)
C(
    "superlative",
    20,
    "Leftmost thing, what colour, go",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
X(20, "Price of the big cyan ball? Need it now.")

# --- Lily, seven years old ---------------------------------------------------------------------------------------
# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C("count", 21, "how many balls are there i counted three", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    21,
    "what colour is the big ball",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "verify",
    22,
    "is the ball shiny",
    "verify(u(sel(sphere)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere"), "material") == "metal"),
)
C(
    "compare_size",
    22,
    "is the purple one smaller than the cube",
    "larger(u(sel(cube)), u(f(scene(), color=purple)))",
    lambda s: bigger(s, s.the(shape="cube"), s.the(color="purple")),
)

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C("count", 23, "how many yellow ones", "count(f(scene(), color=yellow))", lambda s: n(s.f(color="yellow")))
X(23, "does the big yellow one feel sad because it is all alone")

# --- Dorothy, a grandmother: chatty, "dear", "love" ----------------------------------------------------------------
# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl (far left), large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph (back), large brown rubber cube, small gray rubber cube
C(
    "count",
    24,
    "My eyes aren't what they were, dear. How many red things can you see there?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "superlative",
    24,
    "And which one is right at the very back, dear? What colour is it?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "exist",
    25,
    "Is there a little grey cylinder somewhere? I think I can see one.",
    "exist(f(sel(cylinder), size=small, color=gray))",
    lambda s: yes(bool(s.f(shape="cylinder", size="small", color="gray"))),
)
C(
    "list",
    25,
    "What colours are the balls, love? I can't make them out.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "count",
    26,
    "How many green ones are there, dear? Green was always my favourite.",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
X(26, "Did my grandson leave these here after his visit last week?")

# --- Zed, a gamer ----------------------------------------------------------------------------------------------------
# scene 27: large purple rubber cube (back), small yellow metal sph, small red rubber cyl, large red rubber cube (front)
C("count", 27, "how many cubes spawned in this map", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "spatial",
    27,
    "planning a speedrun route: how many items are in front of the purple cube",
    "count(rel(u(f(sel(cube), color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="purple"))),
)

# scene 28: large red metal cyl, small red rubber cyl (far right), large purple rubber cyl, small brown metal sph
C(
    "verify",
    28,
    "is the only ball a metal one? need metal for crafting lol",
    "verify(u(sel(sphere)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere"), "material") == "metal"),
)
C(
    "superlative",
    28,
    "rightmost item — what color, gg",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "compare_count",
    29,
    "do cylinders outnumber spheres on this level",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "negation",
    29,
    "any loot that isn't metal?",
    "exist(fn(scene(), material=metal))",
    lambda s: yes(any(s.a(i, "material") != "metal" for i in s.all())),
)

# --- Mr Hollis, a librarian: formal, passives ------------------------------------------------------------------------
# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "verify",
    30,
    "May I ask whether the cylinder is made of rubber?",
    "verify(u(sel(cylinder)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == "rubber"),
)
C(
    "quantifier",
    30,
    "Is every object that is depicted here of a large size?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph (far left), small brown rubber cyl
C(
    "spatial",
    31,
    "How many of the objects that are situated behind the large blue sphere are made of metal?",
    "count(f(rel(u(f(sel(sphere), size=large, color=blue)), behind), material=metal))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="sphere", size="large", color="blue")), material="metal")),
)
C(
    "superlative",
    31,
    "Of the cylinders, which is positioned furthest to the front? Its colour, if you please.",
    "q(ord(sel(cylinder), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "front"), "color"),
)

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "negation",
    32,
    "How many cubes are depicted which are not grey?",
    "count(fn(sel(cube), color=gray))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") != "gray"]),
)
X(32, "I should be grateful to learn what each of these objects weighs.")

# --- Sam, a parent looking at the picture with a toddler ----------------------------------------------------------
# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "count",
    33,
    "Let's count the balls together! How many are there?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "exist",
    33,
    "Can we find a yellow cube? Is there one?",
    "exist(f(sel(cube), color=yellow))",
    lambda s: yes(bool(s.f(shape="cube", color="yellow"))),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "attribute",
    34,
    "What colour is the big one, sweetie? Let's say it together.",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)
C(
    "spatial",
    34,
    "Is the little red one in front of the yellow cube?",
    "exist(f(rel(u(f(sel(cube), color=yellow)), front), size=small, color=red))",
    lambda s: is_rel(s, {"size": "small", "color": "red"}, "front", {"shape": "cube", "color": "yellow"}),
)

# scene 35: small purple metal sph (back), large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "count",
    35,
    "How many green blocks can you see? One, two...?",
    "count(f(sel(cube), color=green))",
    lambda s: n(s.f(shape="cube", color="green")),
)
C(
    "compare_size",
    35,
    "Look, two balls! Is the red ball bigger than the purple one?",
    "larger(u(f(sel(sphere), color=red)), u(f(sel(sphere), color=purple)))",
    lambda s: bigger(s, s.the(shape="sphere", color="red"), s.the(shape="sphere", color="purple")),
)

# --- Ravi, an accountant: tallies, totals, differences --------------------------------------------------------------
# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "number",
    36,
    "Tally for me: spheres plus cylinders, what's the total?",
    "add(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: n(s.f(shape=("sphere", "cylinder"))),
)
C(
    "number",
    36,
    "Take the rubber pieces away from the total. How many are left?",
    "sub(count(scene()), count(f(scene(), material=rubber)))",
    lambda s: str(len(s.all()) - len(s.f(material="rubber"))),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "number",
    37,
    "How many more rubber items than metal ones are there?",
    "sub(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: str(len(s.f(material="rubber")) - len(s.f(material="metal"))),
)
C(
    "compare_count",
    37,
    "Are there fewer than four large items?",
    "lt(count(f(scene(), size=large)), num(4))",
    lambda s: yes(len(s.f(size="large")) < 4),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "compare_count",
    38,
    "Exactly three spheres, correct?",
    "eq(count(sel(sphere)), num(3))",
    lambda s: yes(len(s.f(shape="sphere")) == 3),
)
C(
    "number",
    38,
    "How many distinct colours appear in this one, in total?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# --- Tony, a sports commentator ----------------------------------------------------------------------------------
# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube (front)
C(
    "superlative",
    39,
    "And leading from the front, folks, what shape is the one closest to us?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "count",
    39,
    "Three on the pitch, but how many of them are cylinders?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)

# scene 40: small cyan metal cube (far right), large brown rubber cyl, large gray metal cube
C(
    "compare_size",
    40,
    "Head to head: is the cyan cube bigger than the grey cube?",
    "larger(u(f(sel(cube), color=cyan)), u(f(sel(cube), color=gray)))",
    lambda s: bigger(s, s.the(shape="cube", color="cyan"), s.the(shape="cube", color="gray")),
)
C(
    "superlative",
    40,
    "Who's out on the right wing? What colour is the thing on the far right?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "count",
    41,
    "A full squad of ten out there! How many of them are cylinders, folks?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
X(41, "Which of these is going to win the championship next season?")

# --- Aurelie, a chef on her break ------------------------------------------------------------------------------------
# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "count",
    42,
    "On my break, counting blue things like peas on a plate. How many?",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "attribute",
    42,
    "The big yellow ball, what's it made of? Metal like a saucepan?",
    "q(u(f(sel(sphere), size=large, color=yellow)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large", color="yellow"), "material"),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "count",
    43,
    "How many of them are rubber and not metal?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "quantifier",
    43,
    "Are the cubes all big ones?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)

# scene 44: large brown rubber sph (back), small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube (far left)
C(
    "chain",
    44,
    "Take the big blue cube. What's the colour of the thing to the left of it?",
    "q(u(rel(u(f(sel(cube), size=large, color=blue)), left)), color)",
    lambda s: s.a(only(related(s, "left", s.the(shape="cube", size="large", color="blue"))), "color"),
)
X(44, "Which of these would taste best if they were sweets?")

# --- Bill, a farmer --------------------------------------------------------------------------------------------------
# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph (front), large cyan rubber sph, small yellow metal cyl (far left)
C(
    "count",
    45,
    "How many of them little cubes are there? I reckon four.",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C(
    "superlative",
    45,
    "Which one's furthest over to the left? Just the colour'll do.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "verify",
    46,
    "That green thing's a rubber ball, ain't it?",
    "and_(verify(u(f(scene(), color=green)), shape, sphere), verify(u(f(scene(), color=green)), material, rubber))",
    lambda s: yes(s.a(s.the(color="green"), "shape") == "sphere" and s.a(s.the(color="green"), "material") == "rubber"),
)
C(
    "compare_count",
    46,
    "Are there as many balls as there are cubes, would you say?",
    "eq(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cube"))),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph (front)
C(
    "count",
    47,
    "How many purple cubes you got there?",
    "count(f(sel(cube), color=purple))",
    lambda s: n(s.f(shape="cube", color="purple")),
)
C(
    "spatial",
    47,
    "That big yellow ball yonder, how many things sit behind it?",
    "count(rel(u(f(sel(sphere), size=large, color=yellow)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="large", color="yellow"))),
)

# --- Celeste, a poet -------------------------------------------------------------------------------------------------
# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl (back)
C(
    "count",
    48,
    "Like small planets adrift on a grey and silent sand, the spheres gather here in the soft light; tell me, how many of them are there?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "negation",
    48,
    "Is there anything in this quiet scene that does not shine, that is not metal at all?",
    "exist(fn(scene(), material=metal))",
    lambda s: yes(any(s.a(i, "material") != "metal" for i in s.all())),
)
C(
    "attribute",
    48,
    "And the lone cylinder, small and still at the back, what colour does it wear?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "superlative",
    49,
    "Among so many small companions one alone is large; what is the colour of that largest one?",
    "q(ord(scene(), largest, 1), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)
C(
    "list",
    49,
    "Tell me the colours the cylinders are dressed in?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
X(49, "What was the painter dreaming of when the purple sphere was placed there?")

# --- Ms Okafor, a lawyer: hedged, formal ---------------------------------------------------------------------------
# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "quantifier",
    50,
    "For the record: is it the case that none of the objects is made of metal?",
    "not_(exist(f(scene(), material=metal)))",
    lambda s: yes(not s.f(material="metal")),
)
C(
    "count",
    50,
    "State, please, the number of green objects in the exhibit.",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "spatial",
    51,
    "Is it accurate to say that the brown sphere lies to the left of the grey sphere?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), left), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "left", {"shape": "sphere", "color": "gray"}),
)
C(
    "compare_attr",
    51,
    "Do the two spheres share the same material, to your knowledge?",
    "same(sel(sphere), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="sphere")}) == 1),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "superlative",
    52,
    "Which cube is the second from the right? State its colour.",
    "q(ord(sel(cube), right, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right", 2), "color"),
)
X(52, "To whom does the purple cube legally belong?")

# --- Aisha, a student cramming: statements with a question mark -----------------------------------------------------
# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "compare_count",
    53,
    "So there are four cubes here?",
    "eq(count(sel(cube)), num(4))",
    lambda s: yes(len(s.f(shape="cube")) == 4),
)
C(
    "verify",
    53,
    "The small sphere is green?",
    "verify(u(f(sel(sphere), size=small)), color, green)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small"), "color") == "green"),
)

# scene 54: large green rubber cube (front), large brown metal cyl, large gray rubber cube, large gray rubber cube
C(
    "verify",
    54,
    "The cylinder is made of rubber, then?",
    "verify(u(sel(cylinder)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == "rubber"),
)
C(
    "superlative",
    54,
    "And the frontmost object is the green cube?",
    "verify(ord(scene(), front, 1), color, green)",
    lambda s: yes(
        s.a(nth(s, s.all(), "front"), "color") == "green" and s.a(nth(s, s.all(), "front"), "shape") == "cube"
    ),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "compare_count",
    55,
    "Five purple things in this one, I think?",
    "eq(count(f(scene(), color=purple)), num(5))",
    lambda s: yes(len(s.f(color="purple")) == 5),
)
C(
    "superlative",
    55,
    "Most common colour here would be...?",
    "common_value(scene(), color)",
    lambda s: most_common(s.a(i, "color") for i in s.all()),
)

# --- Del, a London cabbie ---------------------------------------------------------------------------------------------
# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C("count", 56, "Right, mate, how many cubes we got here then?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "attribute",
    56,
    "That cylinder, what's it made of? Metal, innit?",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph (far left)
C(
    "compare_attr",
    57,
    "Them two grey cubes, same size, yeah?",
    "same(f(sel(cube), color=gray), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cube", color="gray")}) == 1),
)
C(
    "attribute",
    57,
    "Big ball's metal, I can see that. The little one, mate?",
    "q(u(f(sel(sphere), size=small)), material)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "material"),
)
C(
    "spatial",
    57,
    "Blimey. Is the yellow ball left of the blue one?",
    "exist(f(rel(u(f(sel(sphere), color=blue)), left), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "left", {"shape": "sphere", "color": "blue"}),
)
X(57, "How much would the big blue ball fetch down the market, mate?")

# --- Nadia, a programmer: fragments, code-ish ---------------------------------------------------------------------
# scene 58: small blue rubber sph (back), large cyan metal cube, large purple metal cube
C("count", 58, "cube count?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "quantifier",
    58,
    "all cubes metal? bool",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: every(s, s.f(shape="cube"), material="metal"),
)
C(
    "spatial",
    58,
    "objects behind the purple cube: how many",
    "count(rel(u(f(sel(cube), color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="purple"))),
)

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph (far left), large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "count",
    59,
    "filter: purple AND cylinder. count?",
    "count(f(sel(cylinder), color=purple))",
    lambda s: n(s.f(shape="cylinder", color="purple")),
)
C(
    "attribute",
    59,
    "material of the only cube, return it",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "superlative",
    59,
    "leftmost sphere -> colour?",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "color"),
)

# --- Lucía, a Spanish speaker, on a few scenes ----------------------------------------------------------------------
C("count", 3, "How many cylinders there are in the image?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "attribute",
    9,
    "The cube big is of what material?",
    "q(u(f(sel(cube), size=large)), material)",
    lambda s: s.a(s.the(shape="cube", size="large"), "material"),
)
C(
    "exist",
    18,
    "Is there some cube of colour purple?",
    "exist(f(sel(cube), color=purple))",
    lambda s: yes(bool(s.f(shape="cube", color="purple"))),
)
C(
    "quantifier",
    24,
    "The spheres, they are all of metal?",
    "not_(exist(fn(sel(sphere), material=metal)))",
    lambda s: every(s, s.f(shape="sphere"), material="metal"),
)
C(
    "spatial",
    31,
    "How many things there are behind of the big blue sphere?",
    "count(rel(u(f(sel(sphere), size=large, color=blue)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="large", color="blue"))),
)
X(41, "How is called the person who made this picture?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES' (large), red sign 'STOP' (top right), white car (bottom left), tree behind the bus, small brown dog, road text 'NO PARKING'

# --- Kenji, a polite tourist ---------------------------------------------------------------------------------------
P(
    "text",
    "street",
    "Excuse me, what is written on the red sign, please?",
    "q(u(f(sel(sign), color=red)), text)",
    lambda p: p.value(p.the("sign", color="red"), "text"),
)
P(
    "text",
    "street",
    "And the bus, which words does it show? I do not know this language.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "count",
    "street",
    "How many persons are there in this street?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P("exist", "street", "Is there a taxi here? I need one.", "exist(sel(taxi))", lambda p: yes(bool(p.f("taxi"))))
P(
    "verify",
    "street",
    "Is the small dog black colour?",
    "verify(u(sel(dog)), color, black)",
    lambda p: yes(p.value(p.the("dog"), "color") == "black"),
)
X("street", "Where is this bus going? I want to go to the station.")

# --- Graham, a bus spotter -------------------------------------------------------------------------------------------
P(
    "attribute",
    "street",
    "As a keen bus spotter I must ask: what colour is the bus's livery?",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P(
    "spatial",
    "street",
    "Is there a tree behind the bus, by any chance?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "chain",
    "street",
    "Which vehicle is to the left of the bus?",
    "q(u(rel(u(sel(bus)), left, name=vehicle)), name)",
    lambda p: p.name(only([o for o in p.subjects("left", p.the("bus")) if p.name(o) in {"car", "bus"}])),
)
P(
    "compare_size",
    "street",
    "Is the bus bigger than the dog? Silly question, I know.",
    "larger(u(sel(bus)), u(sel(dog)))",
    lambda p: photo_bigger(p, p.the("bus"), p.the("dog")),
)
P(
    "count",
    "street",
    "Counting vehicles for my logbook: how many are there?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
X("street", "What year was this bus built, do you know?")

# --- Chloe, a nervous learner driver --------------------------------------------------------------------------------
P(
    "text",
    "street",
    "Oh gosh, what's written on the road? I really don't want a ticket.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "text",
    "street",
    "Does the sign up in the top right say STOP?",
    "verify(u(sel(sign)), text, STOP)",
    lambda p: yes(p.value(p.the("sign"), "text") == "STOP"),
)
P(
    "exist",
    "street",
    "Is anybody in front of the bus? I'm so scared of hitting someone.",
    "exist(rel(u(sel(bus)), front, name=person))",
    lambda p: yes(any(o in people(p) for o in p.subjects("front", p.the("bus")))),
)
P(
    "count",
    "street",
    "How many people are on the left of the bus?",
    "count(rel(u(sel(bus)), left, name=person))",
    lambda p: n([o for o in p.subjects("left", p.the("bus")) if o in people(p)]),
)
P(
    "chain",
    "street",
    "Who's holding the dog, a man or the woman?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "attribute",
    "street",
    "And what colour is the car down in the bottom corner?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)

# --- Sergeant Reyes, dictating a report ------------------------------------------------------------------------------
P("count", "street", "Report line one: number of male subjects present.", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "chain",
    "street",
    "Male subject on the right: colour of his tie?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="right")), "color"),
)
P(
    "chain",
    "street",
    "Confirm the male subject on the left is wearing a blue tie.",
    "exist(f(rel(u(f(sel(man), hposition=left)), wearing, role=object, name=tie), color=blue))",
    lambda p: yes(p.value(worn_by(p, p.the("man", hposition="left")), "color") == "blue"),
)
P(
    "negation",
    "street",
    "How many persons on scene are not wearing a tie?",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([o for o in people(p) if o not in wearers(p, "tie")]),
)
P(
    "spatial",
    "street",
    "Female subject: positioned in front of the bus, yes or no?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "front", p.the("bus"))),
)
X("street", "What is the female subject's full name and date of birth?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a silver metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Tasha, cooking with the kids about -------------------------------------------------------------------------------
P(
    "count",
    "kitchen",
    "Hang on, the kids are setting the table — how many cups are there?",
    "count(sel(cup))",
    lambda p: n(p.f("cup")),
)
P(
    "text",
    "kitchen",
    "What time's that clock say? I've got pasta on.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "exist",
    "kitchen",
    "Is there a knife on the table, or did they forget?",
    "exist(rel(u(sel(table)), on, name=knife))",
    lambda p: yes(bool(named(p, p.subjects("on", p.the("table")), "knife"))),
)
P(
    "chain",
    "kitchen",
    "The cup left of the plate — red or blue?",
    "choose(u(rel(u(sel(plate)), left, name=cup)), color, [red, blue])",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
P(
    "count",
    "kitchen",
    "How many things are on the table altogether, plate and all?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
X("kitchen", "Is my daughter going to eat what's on that plate tonight?")

# --- Ben, house-sitting and texting the owner -------------------------------------------------------------------------
P(
    "attribute",
    "kitchen",
    "hey quick q, what's the table made of? want to use the right polish",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "verify",
    "kitchen",
    "btw is the fork metal",
    "verify(u(sel(fork)), material, metal)",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal"),
)
P(
    "spatial",
    "kitchen",
    "is the clock above the table",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(p.has(p.the("clock"), "above", p.the("table"))),
)
P(
    "text",
    "kitchen",
    "what does it say on the green bottle",
    "q(u(f(sel(bottle), color=green)), text)",
    lambda p: p.value(p.the("bottle", color="green"), "text"),
)
P(
    "compare_count",
    "kitchen",
    "are there more cups than bottles lol",
    "gt(count(sel(cup)), count(sel(bottle)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("bottle"))),
)
X("kitchen", "how long has the woman lived here")

# --- Giulia, an interior designer -------------------------------------------------------------------------------------
P(
    "list",
    "kitchen",
    "What's the palette of the cups? Which colours?",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "count",
    "kitchen",
    "How many white pieces are in the room — cups, plates, anything?",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "compare_attr",
    "kitchen",
    "Does the plate match the clock in colour?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "superlative",
    "kitchen",
    "Of the three cups, which colour is the middle one?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "negation",
    "kitchen",
    "How many of the things on the table aren't white?",
    "count(fn(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.value(o, "color") != "white"]),
)
P(
    "verify",
    "kitchen",
    "Is the woman dressed in blue?",
    "verify(u(sel(woman)), color, blue)",
    lambda p: yes(p.value(p.the("woman"), "color") == "blue"),
)

# --- Oli, a sarcastic flatmate ----------------------------------------------------------------------------------------
P("exist", "kitchen", "is there a spoon anywhere or nah", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
P(
    "spatial",
    "kitchen",
    "that fork's next to the plate, right?",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(p.has(p.the("fork"), "near", p.the("plate"))),
)
P(
    "spatial",
    "kitchen",
    "the bottle's to the right of the blue cup, yeah?",
    "vrel(u(f(sel(cup), color=blue)), right, name=bottle)",
    lambda p: yes(p.has(p.the("bottle"), "right", p.the("cup", color="blue"))),
)
P(
    "count",
    "kitchen",
    "how many cups are actually on the table",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "verify",
    "kitchen",
    "is the bottle green or am i colourblind",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
X("kitchen", "who drank out of the red cup this morning")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench left of the bike, two green trees

# --- Fiona, a dog walker ------------------------------------------------------------------------------------------------
P("count", "park", "How many dogs are out today?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "Who's got hold of the black dog?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "chain",
    "park",
    "The white dog is near which person? Just girl, boy or woman.",
    "q(u(rel(u(f(sel(dog), color=white)), near, name=person)), name)",
    lambda p: p.name(only([o for o in p.subjects("near", p.the("dog", color="white")) if o in people(p)])),
)
P(
    "compare_count",
    "park",
    "Are there fewer dogs than people?",
    "lt(count(sel(dog)), count(sel(person)))",
    lambda p: yes(len(p.f("dog")) < len(people(p))),
)
P("exist", "park", "Any cats about?", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
X("park", "How old is the white dog?")

# --- Arthur, a retired naturalist with binoculars ------------------------------------------------------------------------
P(
    "count",
    "park",
    "I've been sitting on this bench with my binoculars for most of the morning; how many trees would you say there are in this park, all told?",
    "count(sel(tree))",
    lambda p: n(p.f("tree")),
)
P(
    "exist",
    "park",
    "Is there a bird anywhere in the picture? I haven't spotted one yet.",
    "exist(sel(bird))",
    lambda p: yes(bool(p.f("bird"))),
)
P(
    "spatial",
    "park",
    "What stands behind the girl in pink?",
    "q(u(rel(u(f(sel(girl), color=pink)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl", color="pink")))),
)
P(
    "quantifier",
    "park",
    "Are the trees all green, as one would expect?",
    "not_(exist(fn(sel(tree), color=green)))",
    lambda p: yes(all(p.value(o, "color") == "green" for o in p.f("tree"))),
)
P(
    "attribute",
    "park",
    "And what, pray, is the bench made of?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "spatial",
    "park",
    "Is the woman in white to the right of the boy?",
    "exist(f(rel(u(sel(boy)), right, name=woman), color=white))",
    lambda p: yes(p.has(p.the("woman", color="white"), "right", p.the("boy"))),
)

# --- Mo, a breathless jogger ----------------------------------------------------------------------------------------------
P("count", "park", "Running past—how many people?", "count(sel(person))", lambda p: n(people(p)))
P("attribute", "park", "Bike colour?", "q(u(sel(bicycle)), color)", lambda p: p.value(p.the("bicycle"), "color"))
P(
    "spatial",
    "park",
    "Bike—left of the bench?",
    "vrel(u(sel(bench)), left, name=bicycle)",
    lambda p: yes(p.has(p.the("bicycle"), "left", p.the("bench"))),
)
P(
    "chain",
    "park",
    "Who's throwing the frisbee?",
    "q(u(rel(u(sel(frisbee)), throwing)), name)",
    lambda p: p.name(only(p.subjects("throwing", p.the("frisbee")))),
)
P("count", "park", "Kids in the park?", "count(sel(child))", lambda p: n(p.f(("boy", "girl"))))
P(
    "superlative",
    "park",
    "Second person from the left, who?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)

# --- Jess, on the phone to her sister ------------------------------------------------------------------------------------
P(
    "attribute",
    "park",
    "My sister's asking what colour the boy's top is?",
    "q(u(sel(boy)), color)",
    lambda p: p.value(p.the("boy"), "color"),
)
P(
    "spatial",
    "park",
    "She can't see him. Is the boy near the bench?",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(p.has(p.the("boy"), "near", p.the("bench"))),
)
P(
    "count",
    "park",
    "How many grown-ups are there? She wants to know.",
    "count(sel(adult))",
    lambda p: n(p.f(("man", "woman"))),
)
P(
    "quantifier",
    "park",
    "She's nervous of loose dogs: is every dog near somebody?",
    "not_(exist(diff(sel(dog), rel(sel(person), near))))",
    lambda p: yes(all(any(p.has(d, "near", o) for o in people(p)) for d in p.f("dog"))),
)
P(
    "compare_attr",
    "park",
    "Are the two dogs the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
X("park", "Is the girl having fun? My sister thinks she looks bored.")


# =================================================================================================================
# the drawing of flat shapes
# =================================================================================================================

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Tom, nine, doing homework ---------------------------------------------------------------------------------------
P("count", "shapes", "how many shapes are on my sheet", "count(scene())", lambda p: n(p.objects))
P("count", "shapes", "how many blue shapes", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P(
    "attribute",
    "shapes",
    "the star is what colour",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "exist",
    "shapes",
    "is there a purple shape",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "attribute",
    "shapes",
    "what shape is the green one",
    "q(u(f(scene(), color=green)), shape)",
    lambda p: p.value(p.the(color="green"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "are there more blue shapes than red ones",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)

# --- Hamid, a colour-blind dad ------------------------------------------------------------------------------------------
P(
    "attribute",
    "shapes",
    "I'm colour-blind, so help me out: is the triangle green or red?",
    "choose(u(sel(triangle)), color, [green, red])",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "attribute",
    "shapes",
    "Same problem with the big circle. What colour is that one?",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Are the square and the hexagon the same colour? They look identical to me.",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "list",
    "shapes",
    "Which colours are the two circles?",
    "values(sel(circle), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("circle")),
)
P(
    "count",
    "shapes",
    "How many red shapes are there? Red is the one I can't see.",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
X("shapes", "Did my son colour these in himself, or did his teacher help him?")

# --- Noor, a graphic designer ---------------------------------------------------------------------------------------------
P(
    "position",
    "shapes",
    "Which colour occupies the bottom-left corner?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "color"),
)
P(
    "count",
    "shapes",
    "How many elements sit in the top row?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "superlative",
    "shapes",
    "Second element from the left: what shape?",
    "q(ord(scene(), left, 2), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left", 2), "shape"),
)
P(
    "position",
    "shapes",
    "What shape is dead centre in the composition?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "superlative",
    "shapes",
    "The leftmost shape on the canvas — its colour?",
    "q(ord(scene(), left, 1), color)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "color"),
)
P(
    "number",
    "shapes",
    "How many distinct colours does the palette use?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)

# --- Elena, describing the sheet to a friend on the phone --------------------------------------------------------------
P(
    "count",
    "shapes",
    "My friend can't see the screen. How many circles are there? I'll tell her.",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "position",
    "shapes",
    "She thinks the hexagon sits in the top right corner. Is it there?",
    "exist(f(sel(hexagon), hposition=right, vposition=top))",
    lambda p: yes(bool(p.f("hexagon", hposition="right", vposition="top"))),
)
P(
    "attribute",
    "shapes",
    "Now she's asking: what colour is the small circle?",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
P(
    "compare_size",
    "shapes",
    "Is the yellow shape bigger than the star, she wonders?",
    "larger(u(f(scene(), color=yellow)), u(sel(star)))",
    lambda p: yes(p.value(p.the(color="yellow"), "size") == "large" and p.value(p.the("star"), "size") == "small"),
)
P(
    "count",
    "shapes",
    "How many of the shapes are small? She's writing them down.",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
X("shapes", "What will the artist add to the empty space next?")

# --- Mr Adeyemi, a maths tutor -----------------------------------------------------------------------------------------------
P(
    "count",
    "shapes",
    "How many figures on the sheet are large ones rather than small?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "attribute",
    "shapes",
    "How many sides does the hexagon have?",
    "q(u(sel(hexagon)), sides)",
    lambda p: {"hexagon": "6"}[p.value(p.the("hexagon"), "shape")],
)
P(
    "negation",
    "shapes",
    "How many shapes aren't blue?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "quantifier",
    "shapes",
    "Are all the large figures in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "compare_count",
    "shapes",
    "Are there exactly two red figures?",
    "eq(count(f(scene(), color=red)), num(2))",
    lambda p: yes(len(p.f(color="red")) == 2),
)
P(
    "superlative",
    "shapes",
    "Which shape is the most common one on this sheet?",
    "common_value(scene(), shape)",
    lambda p: most_common(p.value(o, "shape") for o in p.objects),
)

# --- June, a quilter ------------------------------------------------------------------------------------------------------------
P(
    "count",
    "shapes",
    "For my quilt, how many shapes sit along the bottom?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "exist",
    "shapes",
    "Is there a heart in there? I've got a heart template.",
    "exist(sel(heart))",
    lambda p: yes(bool(p.f("heart"))),
)
P(
    "list",
    "shapes",
    "What shapes are the red pieces?",
    "values(f(scene(), color=red), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="red")),
)
P(
    "two_clause",
    "shapes",
    "Is there a yellow piece and a green piece?",
    "and_(exist(f(scene(), color=yellow)), exist(f(scene(), color=green)))",
    lambda p: yes(bool(p.f(color="yellow")) and bool(p.f(color="green"))),
)
P(
    "compare_size",
    "shapes",
    "Is the blue square smaller than the red circle?",
    "larger(u(f(sel(circle), color=red)), u(f(sel(square), color=blue)))",
    lambda p: yes(
        p.value(p.the("square", color="blue"), "size") == "small"
        and p.value(p.the("circle", color="red"), "size") == "large"
    ),
)
X("shapes", "How much would it cost to have this printed on fabric?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
    print(f"by source: {sources()}")
