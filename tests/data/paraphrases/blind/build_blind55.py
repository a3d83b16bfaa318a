# ruff: noqa: E501
"""Blind paraphrase set 55: everyday people, everyday sentences. About forty ordinary people, each imagined once and
kept in character for five to seven questions about one picture, typing or talking to an assistant app the way adults
and teenagers really do, in English from anywhere: mostly native speakers, a few second-language speakers, no single
theme. The cast: a delivery driver on a break (lower case, no apostrophes), a pharmacist (precise and polite), a
primary-school pupil, a bored office worker ("so", "riveting stuff"), a grandmother on a tablet (greeting and sign-off),
a gym coach ("alright", "quick count"), a person with dyslexia (spelling slips: "wich", "yelow", "cilinder"), a student
cramming ("ok so", "wait"), a retired engineer ("metallic finish", "matte"), a cyclist (clipped), a hospital porter on
nights ("wee", "aye"), a DJ ("yo", "lemme know"), a person dictating to their phone (no punctuation), a shop assistant
("hiya", "love"), an Australian farmer ("reckon", "mate"), a teenage gamer ("ngl", "fr", "r"), a German exchange
student, an Irish taxi driver ("would you say", "sure"), a bus driver, a Spanish tourist, a skateboarder ("dude", "or
nah"), a parking warden, a parent on the school run, a chef, an annoyed flatmate, a Polish au pair, a retired teacher,
an estate agent, a dog walker, a Nigerian nurse ("abi", "please"), a jogger dictating to a watch, a park ranger, an art
teacher, a dad reading with his toddler, a Japanese engineer, a graphic designer, a Year 9 maths pupil, a bored teen on
a bus and a speech therapist.

The sentence shapes are varied on purpose: the thing first and the question after ("that big shiny ball - what
colour?"), statement order with a question mark ("red box is behind the big blue box?"), "do you see", "can you tell
me", "I wonder", "any idea", "so", "right?", "or what", "or nah", a lead-in question before the real one ("There is a
dog? Which colour?"), ellipsis inside one message ("the big cube is blue, and wat colour is the small one") only where
the message alone names what it asks. The questions cover counts (with conditions, negation, "apart from", "except",
"not counting", "besides"), existence, an attribute of one thing, comparisons of counts ("fewer", "outnumber", "at least
as many", "as many as") and of attributes ("same stuff", "share a colour", "identical"), sizes of two things ("which is
bigger"), relations and one- and two-hop chains on CLEVR, the stated relations of the photo graphs (on, near, holding,
wearing, throwing, above, behind, left, right, in front), quantifiers (all, both, every, none, neither, any, most),
superlatives and ordinals ("furthest right", "second thing from the back", "2nd closest to the front", "the one nearest
the front"), sides of the picture and corners of the drawing, the text on the photos' bus, sign, road, bottle and clock,
everyday words for colours, materials and shapes (shiny, matte, metallic, rubbery, grey, ball, block, box, tube, can)
and everyday slips of spelling.

About 45% ask about CLEVR val scenes 5, 7, 9, 11, 12, 13, 16, 18, 19, 21, 24 and 25 (one or two people to a scene),
35% about the photo-like graphs (street, kitchen, park) and 20% about the drawing of flat shapes; about one in ten must
be refused, each in the voice of the person's other questions (prices and values, owners, feelings and opinions,
intentions, what happens next, why, places outside the picture, things no picture can tell).

Conventions (kept from set 53). "The X" is only used where exactly one X matches, counting a square as a rectangle;
places and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE
(0.25 scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only
of an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing neighbours
in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations and
attributes leave open. A "which is bigger" between two things is asked only where their size classes differ, and is
answered with the word that tells the bigger one from the other (its shape, or its colour where both share a shape).
Answers are the graph's words (gray, not grey; sphere, not ball; metal, not shiny; "blue, red, white" for a list, most
frequent first, ties alphabetical). Every gold program and answer comes from the scene by plain Python.

Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other set but the
fifty-third (read for the format and the conventions only), and never run through nsvr's parser or planner; only the
gold programs were run, by nsvr's executor, with ``--check``.

Run ``python build_blind55.py`` to write ``../blind55.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind55.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.25
# a CLEVR object is on the left (right) of the 480-pixel picture only when its box centre is this far from the edge
SIDE = 130
# on the drawing, two shapes whose box centres lie closer than this cannot be put in a left-to-right order
GAP = 40


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


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects ``relation`` of the anchor; NotUnique when any object lies within TIE of it along that axis."""
    here = along(s, anchor, relation)
    for j in s.all():
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return s.rel(relation, anchor)


def hop(s: Clevr, anchor: int, relation: str, **want) -> int:
    """The one object with the given attributes that is ``relation`` of the anchor."""
    return only(pick(s, related(s, relation, anchor), **want))


def pick(s: Clevr, ids: list[int], **want) -> list[int]:
    return [i for i in ids if all(s.a(i, k) == v for k, v in want.items())]


def is_rel(s: Clevr, target: dict, relation: str, anchor: dict) -> str:
    """yes/no: the one object ``target`` describes is ``relation`` of the one ``anchor`` describes."""
    t, a = s.the(**target), s.the(**anchor)
    if abs(along(s, t, relation) - along(s, a, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(t in s.rel(relation, a))


def picture_side(s: Clevr, i: int) -> str:
    x, _, w, _ = s.objects[i]["bbox"]
    centre = x + w / 2
    if centre < SIDE:
        return "left"
    if centre > 480 - SIDE:
        return "right"
    raise NotUnique(f"object {i} is not clearly on one side ({centre})")


def larger(s: Clevr, a: int, b: int) -> str:
    if s.a(a, "size") == s.a(b, "size"):
        raise NotUnique("same size class")
    return yes(s.a(a, "size") == "large")


def bigger_of(s: Clevr, a: int, b: int, attribute: str = "shape") -> str:
    if s.a(a, "size") == s.a(b, "size") or s.a(a, attribute) == s.a(b, attribute):
        raise NotUnique("same size class or not told apart")
    return s.a(a if s.a(a, "size") == "large" else b, attribute)


def others(s: Clevr, anchor: int, attribute: str) -> list[int]:
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def every(s: Clevr, ids: list[int], **want) -> str:
    return yes(all(all(s.a(i, k) == v for k, v in want.items()) for i in ids))


def alike(s: Clevr, ids: list[int], attribute: str) -> str:
    if len(ids) < 2:
        raise NotUnique(f"fewer than two objects: {ids}")
    return yes(len({s.a(i, attribute) for i in ids}) == 1)


def lacking(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids that lack at least one of the given values."""
    return [i for i in ids if not all(s.a(i, k) == v for k, v in want.items())]


def two(ids: list) -> list:
    """ids, which a "both"/"neither" question needs to be exactly two."""
    if len(ids) != 2:
        raise NotUnique(f"not two: {ids}")
    return ids


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def children(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in {"boy", "girl"}]


def vehicles(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in {"bus", "car"}]


def rectangles(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in {"rectangle", "square"}]


def named(p: Photo, ids: list[str], name: str) -> list[str]:
    return [o for o in ids if p.name(o) == name]


def side_of(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th of ids from the left or the right by box centre; NotUnique when a neighbour is within GAP pixels."""
    centre = {i: (p.objects[i]["box"][0] + p.objects[i]["box"][2]) / 2 for i in ids}
    order = p.by_x(ids)
    if side == "right":
        order = order[::-1]
    here = centre[order[k - 1]]
    if any(abs(centre[order[j]] - here) < GAP for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def worn_by(p: Photo, who: str) -> str:
    return only(p.objects_of(who, "wearing"))


def wearers(p: Photo, thing: str) -> list[str]:
    return [o for o in p.objects if any(p.name(w) == thing for w in p.objects_of(o, "wearing"))]


def photo_side(p: Photo, target: str, anchor: str, options: tuple[str, str]) -> str:
    return only([o for o in options if p.has(target, o, anchor)])


def drawn(p: Photo, **want) -> list[str]:
    return p.f(None, **want)


def drawn_larger(p: Photo, a: str, b: str) -> str:
    if p.value(a, "size") == p.value(b, "size"):
        raise NotUnique("same size class")
    return yes(p.value(a, "size") == "large")


def drawn_bigger_of(p: Photo, a: str, b: str, attribute: str = "shape") -> str:
    """Which of drawn shapes a and b is the bigger, told by its ``attribute``."""
    if p.value(a, "size") == p.value(b, "size") or p.value(a, attribute) == p.value(b, attribute):
        raise NotUnique("same size class or not told apart")
    return p.value(a if p.value(a, "size") == "large" else b, attribute)


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# --- the delivery driver on a break, scene 5: small cyan metal sph (front), large purple rubber sph (right), large brown metal sph, small purple rubber sph (far left), small red rubber cube (back), large brown metal cube, large blue rubber cube (far right), small green rubber cyl
C("count", 5, "quick one how many balls in this pic", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    5,
    "that big shiny ball - what colour?",
    "q(u(f(sel(sphere), size=large, material=metal)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large", material="metal"), "color"),
)
C(
    "verify",
    5,
    "the green thing is a can yeah",
    "verify(u(f(scene(), color=green)), shape, cylinder)",
    lambda s: yes(s.a(s.the(color="green"), "shape") == "cylinder"),
)
C(
    "spatial",
    5,
    "red box is behind the big blue box?",
    "exist(f(rel(u(f(sel(cube), size=large, color=blue)), behind), color=red, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "red"}, "behind", {"shape": "cube", "size": "large", "color": "blue"}
    ),
)
C(
    "superlative",
    5,
    "whatevers furthest right what colour is it",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "chain",
    5,
    "theres a ball in front of the big purple ball, then a block to the left of that ball. block colour?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=large, color=purple)), front), shape=sphere)), left), shape=cube)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", size="large", color="purple"), "front", shape="sphere"),
            "left",
            shape="cube",
        ),
        "color",
    ),
)
X(5, "how much would a set of these cost me roughly, need a present for my nephew")

# --- the pharmacist, scene 7: small gray metal cyl, large purple rubber sph (left), large red rubber cube, small gray metal cube (far left), large brown metal cube (front), small purple metal cyl (back), small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (far right)
C(
    "count",
    7,
    "Could you tell me how many cylinders there are in total, please?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "negation",
    7,
    "And how many of the items are not cylinders?",
    "count(fn(scene(), shape=cylinder))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cylinder"]),
)
C(
    "compare_count",
    7,
    "Are there at least as many cubes as there are cylinders?",
    "not_(lt(count(sel(cube)), count(sel(cylinder))))",
    lambda s: yes(len(s.f(shape="cube")) >= len(s.f(shape="cylinder"))),
)
C(
    "attribute",
    7,
    "The only sphere in the picture: is it metallic or rubber?",
    "choose(u(sel(sphere)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
C(
    "same_attr",
    7,
    "How many other items are made of the same material as the large red cube?",
    "count(same_attr(u(f(sel(cube), size=large, color=red)), material))",
    lambda s: n(others(s, s.the(shape="cube", size="large", color="red"), "material")),
)
C(
    "chain",
    7,
    "What colour is the large cylinder to the right of the small blue one?",
    "q(u(f(rel(u(f(sel(cylinder), size=small, color=blue)), right), shape=cylinder, size=large)), color)",
    lambda s: s.a(
        hop(s, s.the(shape="cylinder", size="small", color="blue"), "right", shape="cylinder", size="large"), "color"
    ),
)
X(7, "Would any of these be safe for a toddler to put in their mouth, in your opinion?")

# --- the primary-school pupil, scene 7
C("count", 7, "how many cubes are there i counted 4", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C("attribute", 7, "what colour is the ball", "q(u(sel(sphere)), color)", lambda s: s.a(s.the(shape="sphere"), "color"))
C(
    "superlative",
    7,
    "what shape is the thing at the very front",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "compare_attr",
    7,
    "are the two cyan ones the same size as each other",
    "same(f(scene(), color=cyan), size)",
    lambda s: alike(s, two(s.f(color="cyan")), "size"),
)
C(
    "verify",
    7,
    "is the big brown block shiny",
    "verify(u(f(sel(cube), size=large, color=brown)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="brown"), "material") == "metal"),
)
X(7, "which one is your favourite?? mine is the purple ball")

# --- the bored office worker, scene 9: small gray rubber cube (front), large gray rubber cyl (left), small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl, large green metal sph
C(
    "count",
    9,
    "so how many grey things are there. asking for no reason",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "attribute",
    9,
    "the purple block, metal or rubber? riveting stuff",
    "choose(u(f(sel(cube), color=purple)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", color="purple"), "material"),
)
C(
    "compare_attr",
    9,
    "I wonder if the two green things are made of the same stuff",
    "same(f(scene(), color=green), material)",
    lambda s: alike(s, two(s.f(color="green")), "material"),
)
C(
    "spatial",
    9,
    "the big brown ball is in front of the green ball, or what?",
    "exist(f(rel(u(f(sel(sphere), color=green)), front), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "front", {"shape": "sphere", "color": "green"}),
)
C(
    "superlative",
    9,
    "second thing from the back, what shape is it",
    "q(ord(scene(), behind, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "shape"),
)
X(9, "do you reckon whoever set these up was as bored as I am right now")

# --- the grandmother on a tablet, scene 9
C(
    "count",
    9,
    "Hello dear, can you tell me how many cylinders are in this picture? Thank you, Margaret",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "superlative",
    9,
    "Any idea what colour the big cylinder furthest to the left is, dear?",
    "q(ord(f(sel(cylinder), size=large), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder", size="large"), "left"), "color"),
)
C(
    "quantifier",
    9,
    "Are all of the cubes grey ones?",
    "not_(exist(fn(sel(cube), color=gray)))",
    lambda s: every(s, s.f(shape="cube"), color="gray"),
)
C(
    "compare_size",
    9,
    "Which is the bigger of the two, the blue ball or the brown ball?",
    "q(u(f(union(f(sel(sphere), color=blue), f(sel(sphere), color=brown)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="brown"), "color"),
)
C(
    "spatial",
    9,
    "How many things are on the left of the big green ball? Love, Nana",
    "count(rel(u(f(sel(sphere), size=large, color=green)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", size="large", color="green"))),
)

# --- the gym coach, scene 11: small brown metal cyl, large yellow metal sph (left), small green metal cube, small brown rubber sph (front), small gray metal cyl, small green rubber sph (right), large blue metal cube (back), large brown rubber sph, large brown metal cyl, small purple rubber sph (far left)
C(
    "count",
    11,
    "Alright, quick count: how many brown things we got?",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "compare_count",
    11,
    "Cylinders outnumber cubes, yes or no?",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)
C(
    "attribute",
    11,
    "Big blue box at the back - shiny or matte?",
    "choose(u(f(sel(cube), size=large, color=blue)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", size="large", color="blue"), "material"),
)
C(
    "quantifier",
    11,
    "Every cylinder in there is made of metal, right?",
    "not_(exist(fn(sel(cylinder), material=metal)))",
    lambda s: every(s, s.f(shape="cylinder"), material="metal"),
)
C(
    "chain",
    11,
    "Cube in front of the little brown cylinder, then the ball to the right of that cube. Is that ball rubbery?",
    "verify(u(f(rel(u(f(rel(u(f(sel(cylinder), size=small, color=brown)), front), shape=cube)), right), shape=sphere)), material, rubber)",
    lambda s: yes(
        s.a(
            hop(
                s,
                hop(s, s.the(shape="cylinder", size="small", color="brown"), "front", shape="cube"),
                "right",
                shape="sphere",
            ),
            "material",
        )
        == "rubber"
    ),
)
X(11, "How heavy is that big yellow ball? Could my lot use it for squats?")

# --- the person with dyslexia, scene 11
C("count", 11, "how many spheres are their", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    11,
    "the big cube is blue, and wat colour is the small one",
    "q(u(f(sel(cube), size=small)), color)",
    lambda s: s.a(s.the(shape="cube", size="small"), "color"),
)
C(
    "position",
    11,
    "is the big yelow ball on the left side of the pitcure",
    "verify(u(f(sel(sphere), size=large, color=yellow)), hposition, left)",
    lambda s: yes(picture_side(s, s.the(shape="sphere", size="large", color="yellow")) == "left"),
)
C(
    "compare_attr",
    11,
    "the gray cilinder and the green cube are they the same materail",
    "same(u(f(sel(cylinder), color=gray)), u(f(sel(cube), color=green)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="gray"), "material") == s.a(s.the(shape="cube", color="green"), "material")
    ),
)
C(
    "spatial",
    11,
    "how many things are behind the big broun cylinder",
    "count(rel(u(f(sel(cylinder), size=large, color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="large", color="brown"))),
)
C(
    "chain",
    11,
    "the cube in frunt of the little broun cylinder what colour is it",
    "q(u(f(rel(u(f(sel(cylinder), size=small, color=brown)), front), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", size="small", color="brown"), "front", shape="cube"), "color"),
)

# --- the student cramming, scene 12: small blue metal cube (far left), small green rubber sph, large gray rubber sph (far right), small cyan metal cyl (right), small gray rubber sph (front), small green rubber cyl, small red metal cube, small gray metal cube (back)
C(
    "count",
    12,
    "ok so how many small things are there, need to get this right",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "verify",
    12,
    "wait is the only big thing a ball?",
    "verify(u(f(scene(), size=large)), shape, sphere)",
    lambda s: yes(s.a(s.the(size="large"), "shape") == "sphere"),
)
C(
    "quantifier",
    12,
    "are both green things rubber",
    "not_(exist(fn(f(scene(), color=green), material=rubber)))",
    lambda s: every(s, two(s.f(color="green")), material="rubber"),
)
C(
    "superlative",
    12,
    "which thing is 2nd closest to the front? its colour I mean",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "color"),
)
C(
    "chain",
    12,
    "ok last one: the cube behind the red cube, which colour is it",
    "q(u(f(rel(u(f(sel(cube), color=red)), behind), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="red"), "behind", shape="cube"), "color"),
)

# --- the retired engineer, scene 12
C(
    "count",
    12,
    "How many of the objects have a metallic finish?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "spatial",
    12,
    "Is the cyan cylinder positioned to the right of the red cube?",
    "exist(f(rel(u(f(sel(cube), color=red)), right), color=cyan, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "cyan"}, "right", {"shape": "cube", "color": "red"}),
)
C(
    "superlative",
    12,
    "What material is the object positioned furthest back?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
C(
    "compare_attr",
    12,
    "Do the two cylinders share a colour?",
    "same(sel(cylinder), color)",
    lambda s: alike(s, two(s.f(shape="cylinder")), "color"),
)
C(
    "chain",
    12,
    "Take the cylinder to the left of the cyan cylinder. What colour is the cube behind it?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=cyan)), left), shape=cylinder)), behind), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="cyan"), "left", shape="cylinder"), "behind", shape="cube"), "color"
    ),
)
X(12, "What scale are these models? I'd like their real diameter in millimetres.")

# --- the cyclist, scene 13: small red rubber cube, large cyan rubber cyl (far right), small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (back), small red rubber sph (far left), large red metal cube
C(
    "compare_count",
    13,
    "more balls than tubes?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "attribute",
    13,
    "the shiny ball, colour?",
    "q(u(f(sel(sphere), material=metal)), color)",
    lambda s: s.a(s.the(shape="sphere", material="metal"), "color"),
)
C(
    "compare_attr",
    13,
    "2 cubes same colour?",
    "same(sel(cube), color)",
    lambda s: alike(s, two(s.f(shape="cube")), "color"),
)
C(
    "position",
    13,
    "big cyan tube on the right side of the pic?",
    "verify(u(f(sel(cylinder), size=large, color=cyan)), hposition, right)",
    lambda s: yes(picture_side(s, s.the(shape="cylinder", size="large", color="cyan")) == "right"),
)
C(
    "spatial",
    13,
    "anything metal behind the purple cylinder",
    "exist(f(rel(u(f(sel(cylinder), color=purple)), behind), material=metal))",
    lambda s: yes(bool(pick(s, related(s, "behind", s.the(shape="cylinder", color="purple")), material="metal"))),
)
C(
    "superlative",
    13,
    "leftmost thing - ball or cube?",
    "choose(ord(scene(), left, 1), shape, [sphere, cube])",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
X(13, "would the big cylinder fit in my bottle cage lol")

# --- the hospital porter on nights, scene 16: small red metal sph, small purple metal sph (left), small cyan metal sph (front), large brown rubber cyl, large yellow rubber cube (back), large green rubber sph, large yellow metal cyl
C(
    "count",
    16,
    "How many wee balls are there?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "quantifier",
    16,
    "Are the wee balls all metal, aye?",
    "not_(exist(fn(f(sel(sphere), size=small), material=metal)))",
    lambda s: every(s, s.f(shape="sphere", size="small"), material="metal"),
)
C(
    "spatial",
    16,
    "The yellow cylinder - is it behind the brown one?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), behind), color=yellow, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "yellow"}, "behind", {"shape": "cylinder", "color": "brown"}),
)
C(
    "superlative",
    16,
    "What's second from the left? Shape please.",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "negation",
    16,
    "Apart from the balls, how many objects are there?",
    "count(fn(scene(), shape=sphere))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "sphere"]),
)
C(
    "chain",
    16,
    "There's a cylinder in front of the yellow cylinder. What colour's the ball in front of that one?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=yellow)), front), shape=cylinder)), front), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="yellow"), "front", shape="cylinder"), "front", shape="sphere"),
        "color",
    ),
)
X(16, "Which one of them looks lonely to you, sat out there on its own?")

# --- the DJ, scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl (left), small blue rubber cyl (front), large cyan rubber sph (far right), small purple metal cube, small red rubber sph (back)
C("count", 18, "yo how many purpel bits in there", "count(f(scene(), color=purple))", lambda s: n(s.f(color="purple")))
C(
    "quantifier",
    18,
    "the big purple tubes, both shiny?",
    "not_(exist(fn(f(sel(cylinder), size=large, color=purple), material=metal)))",
    lambda s: every(s, two(s.f(shape="cylinder", size="large", color="purple")), material="metal"),
)
C(
    "superlative",
    18,
    "lemme know what colour the ball at the back is",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "spatial",
    18,
    "the little metal cube is left of the big cyan ball?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=cyan)), left), shape=cube, size=small, material=metal))",
    lambda s: is_rel(
        s,
        {"shape": "cube", "size": "small", "material": "metal"},
        "left",
        {"shape": "sphere", "size": "large", "color": "cyan"},
    ),
)
C(
    "superlative",
    18,
    "whats right at the front, colour wise",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_count",
    18,
    "same number of cubes as balls or nah",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)
X(18, "what track would go with this vibe")

# --- the person dictating to their phone, scene 18
C(
    "count",
    18,
    "how many cylinders are there in the picture",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    18,
    "what is the big cyan sphere made of",
    "q(u(f(sel(sphere), size=large, color=cyan)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large", color="cyan"), "material"),
)
C(
    "spatial",
    18,
    "how many things are to the right of the big shiny cylinder",
    "count(rel(u(f(sel(cylinder), size=large, material=metal)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", size="large", material="metal"))),
)
C(
    "compare_size",
    18,
    "is the cyan cube bigger than the purple cube",
    "larger(u(f(sel(cube), color=cyan)), u(f(sel(cube), color=purple)))",
    lambda s: larger(s, s.the(shape="cube", color="cyan"), s.the(shape="cube", color="purple")),
)
C(
    "chain",
    18,
    "what color is the ball to the left of the shiny purple cylinder",
    "q(u(f(rel(u(f(sel(cylinder), color=purple, material=metal)), left), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="purple", material="metal"), "left", shape="sphere"), "color"),
)

# --- the shop assistant, scene 19: small gray metal cube, small green metal cyl (back), small cyan metal cyl (front), small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph (far right), small yellow rubber cube (far left)
C(
    "quantifier",
    19,
    "Hiya! Most of the stuff is metal, isn't it?",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.all()) - len(s.f(material="metal"))),
)
C(
    "negation",
    19,
    "How many cubes, not counting the yellow one?",
    "count(fn(sel(cube), color=yellow))",
    lambda s: n(lacking(s, s.f(shape="cube"), color="yellow")),
)
C(
    "same_attr",
    19,
    "How many other bits are made of the same stuff as the big grey ball?",
    "count(same_attr(u(f(sel(sphere), size=large, color=gray)), material))",
    lambda s: n(others(s, s.the(shape="sphere", size="large", color="gray"), "material")),
)
C(
    "compare_size",
    19,
    "Is the blue box bigger than the yellow one, love?",
    "larger(u(f(sel(cube), color=blue)), u(f(sel(cube), color=yellow)))",
    lambda s: larger(s, s.the(shape="cube", color="blue"), s.the(shape="cube", color="yellow")),
)
C(
    "position",
    19,
    "The little yellow cube, which side of the picture is it on?",
    "choose(u(f(sel(cube), size=small, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="small", color="yellow")),
)
C(
    "chain",
    19,
    "What colour's the ball to the right of the block that's behind the small cyan cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=cyan)), behind), shape=cube)), right), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s, hop(s, s.the(shape="cube", size="small", color="cyan"), "behind", shape="cube"), "right", shape="sphere"
        ),
        "color",
    ),
)
X(19, "Do you know if these come in a gift box? Customer's asking")

# --- the Australian farmer, scene 21: small green rubber cyl, large red rubber sph, small gray metal sph (back), small yellow rubber sph (front), large purple metal cyl (far right)
C("count", 21, "G'day, how many balls in this one?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "verify",
    21,
    "Reckon the purple can is metal?",
    "verify(u(f(sel(cylinder), color=purple)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="purple"), "material") == "metal"),
)
C(
    "attribute",
    21,
    "Is the green one a cylinder or a cube, mate?",
    "choose(u(f(scene(), color=green)), shape, [cylinder, cube])",
    lambda s: s.a(s.the(color="green"), "shape"),
)
C(
    "superlative",
    21,
    "What's sitting furthest back? Colour's all I need",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    21,
    "How many things are in front of the little grey ball?",
    "count(rel(u(f(sel(sphere), size=small, color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", size="small", color="gray"))),
)
C(
    "quantifier",
    21,
    "Neither of the cylinders is red, fair to say?",
    "not_(exist(f(sel(cylinder), color=red)))",
    lambda s: yes(not pick(s, two(s.f(shape="cylinder")), color="red")),
)
X(21, "What'd these fetch at the Saturday market, you reckon?")

# --- the teenage gamer, scene 24: small red metal cube, large red rubber cyl (front), large green metal cube (far right), small brown metal cyl (far left), large gray metal cube (right), large red metal sph, small yellow rubber cube (left), large red metal sph (back), large brown rubber cube, small gray rubber cube
C("count", 24, "ngl how many cubes is that", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    24,
    "the two red balls r identical right? like same size and same material",
    "and_(same(f(sel(sphere), color=red), size), same(f(sel(sphere), color=red), material))",
    lambda s: yes(
        alike(s, two(s.f(shape="sphere", color="red")), "size") == "yes"
        and alike(s, s.f(shape="sphere", color="red"), "material") == "yes"
    ),
)
C("count", 24, "how many red things tho", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "position",
    24,
    "is the yellow cube on the left side of the pic fr",
    "verify(u(f(sel(cube), color=yellow)), hposition, left)",
    lambda s: yes(picture_side(s, s.the(shape="cube", color="yellow")) == "left"),
)
C(
    "superlative",
    24,
    "whats the 2nd thing from the right, colour pls",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)
C(
    "two_clause",
    24,
    "is there a blue thing or a purple thing in there",
    "or_(exist(f(scene(), color=blue)), exist(f(scene(), color=purple)))",
    lambda s: yes(bool(s.f(color="blue")) or bool(s.f(color="purple"))),
)
X(24, "what game is this from, it looks like an old ps2 level")

# --- the German exchange student, scene 24
C(
    "count",
    24,
    "How many cylinders does the picture have?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    24,
    "The big brown cube, is it of rubber or of metal?",
    "choose(u(f(sel(cube), size=large, color=brown)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cube", size="large", color="brown"), "material"),
)
C(
    "compare_count",
    24,
    "Are there more metallic things as rubber things?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "chain",
    24,
    "Which colour has the cylinder left from the cylinder that stands in front of the big green cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=large, color=green)), front), shape=cylinder)), left), shape=cylinder)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="large", color="green"), "front", shape="cylinder"),
            "left",
            shape="cylinder",
        ),
        "color",
    ),
)
C(
    "spatial",
    24,
    "How many objects are behind the big gray cube?",
    "count(rel(u(f(sel(cube), size=large, color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="large", color="gray"))),
)

# --- the Irish taxi driver, scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl (far left), large brown rubber sph (far right), small gray metal cyl (back)
C(
    "count",
    25,
    "How many of them are shiny, would you say?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "attribute",
    25,
    "Sure, the red block, is it big or small?",
    "choose(u(f(sel(cube), color=red)), size, [large, small])",
    lambda s: s.a(s.the(shape="cube", color="red"), "size"),
)
C(
    "negation",
    25,
    "Are there any cubes besides the red one?",
    "exist(fn(sel(cube), color=red))",
    lambda s: yes(bool(lacking(s, s.f(shape="cube"), color="red"))),
)
C(
    "superlative",
    25,
    "The one nearest the front, what colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "two_clause",
    25,
    "Is the cyan ball metal, and the brown ball rubber?",
    "and_(verify(u(f(sel(sphere), color=cyan)), material, metal), verify(u(f(sel(sphere), color=brown)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="cyan"), "material") == "metal"
        and s.a(s.the(shape="sphere", color="brown"), "material") == "rubber"
    ),
)
C(
    "chain",
    25,
    "There's a block behind the blue cylinder and a cylinder behind that block. What colour is that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=blue)), behind), shape=cube)), behind), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="blue"), "behind", shape="cube"), "behind", shape="cylinder"),
        "color",
    ),
)
X(25, "What would the fare be from here out to Galway?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus, small brown dog, road text 'NO PARKING'

# --- the bus driver
P(
    "text",
    "street",
    "What does it say on the side of the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "spatial",
    "street",
    "Is that a car to the left of my bus?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P("count", "street", "How many people are stood about?", "count(sel(person))", lambda p: n(people(p)))
P(
    "text",
    "street",
    "The sign to the right of the bus, what does it read?",
    "q(u(rel(u(sel(bus)), right, name=sign)), text)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bus")), "sign")), "text"),
)
P(
    "where",
    "street",
    "Is the lady in front of the bus or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
X("street", "Where's this bus headed? Do you know the route number?")

# --- the Spanish tourist
P(
    "text",
    "street",
    "Sorry, what is written there on the road?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "attribute",
    "street",
    "There is a dog? Which colour?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "chain",
    "street",
    "The man with the blue tie, he is dressed in which colour?",
    "q(u(rel(u(f(sel(tie), color=blue)), wearing)), color)",
    lambda p: p.value(only(p.subjects("wearing", p.the("tie", color="blue"))), "color"),
)
P("count", "street", "How many ties I can see in the photo?", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "spatial",
    "street",
    "The tree is behind the bus, yes?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
X("street", "In which city is this street? I think maybe Madrid?")

# --- the skateboarder
P("exist", "street", "yo is there a sign", "exist(sel(sign))", lambda p: yes(bool(p.f("sign"))))
P(
    "chain",
    "street",
    "the dude on the left, what colour is his tie",
    "q(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="left")), "color"),
)
P("count", "street", "how many dudes in ties", "count(rel(sel(tie), wearing))", lambda p: n(wearers(p, "tie")))
P(
    "superlative",
    "street",
    "whos furthest right, a man or a woman",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "verify",
    "street",
    "is the car white or nah",
    "verify(u(sel(car)), color, white)",
    lambda p: yes(p.value(p.the("car"), "color") == "white"),
)

# --- the parking warden
P(
    "position",
    "street",
    "Is the white car on the left-hand side of the picture?",
    "verify(u(f(sel(car), color=white)), hposition, left)",
    lambda p: yes(p.value(p.the("car", color="white"), "hposition") == "left"),
)
P("count", "street", "How many vehicles can you see on the road?", "count(sel(vehicle))", lambda p: n(vehicles(p)))
P(
    "spatial",
    "street",
    "Is there a man standing on the left of the bus?",
    "vrel(u(sel(bus)), left, name=man)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "man"))),
)
P(
    "chain",
    "street",
    "What has the woman got in her arms?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "compare_attr",
    "street",
    "Same colour, the bus and the sign?",
    "same(u(sel(bus)), u(sel(sign)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("sign"), "color")),
)
X("street", "Has the owner of the white car paid their fine yet?")

# --- the parent on the school run
P(
    "quantifier",
    "street",
    "Is every man in the picture wearing a tie?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "verify",
    "street",
    "The little dog is brown, isn't it?",
    "verify(u(sel(dog)), color, brown)",
    lambda p: yes(p.value(p.the("dog"), "color") == "brown"),
)
P(
    "superlative",
    "street",
    "Whoever is furthest to the left, what colour are they wearing?",
    "q(ord(sel(person), left, 1), color)",
    lambda p: p.value(side_of(p, people(p), "left"), "color"),
)
P(
    "compare_count",
    "street",
    "Are there more people than vehicles?",
    "gt(count(sel(person)), count(sel(vehicle)))",
    lambda p: yes(len(people(p)) > len(vehicles(p))),
)
P(
    "chain",
    "street",
    "The woman holding the dog - what colour is she wearing?",
    "q(u(rel(u(sel(dog)), holding)), color)",
    lambda p: p.value(only(p.subjects("holding", p.the("dog"))), "color"),
)
P(
    "verify",
    "street",
    "Is the tie on the man on the right red?",
    "verify(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color, red)",
    lambda p: yes(p.value(worn_by(p, p.the("man", hposition="right")), "color") == "red"),
)
X("street", "Is that lady going to get on the bus, do you think?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- the chef
P(
    "count",
    "kitchen",
    "Cups on the table - how many?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "text",
    "kitchen",
    "What's the time on the clock?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "The fork, what's it made of?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "compare_count",
    "kitchen",
    "Fewer plates than cups out?",
    "lt(count(sel(plate)), count(sel(cup)))",
    lambda p: yes(len(p.f("plate")) < len(p.f("cup"))),
)
P(
    "chain",
    "kitchen",
    "The cup on the left of the bottle, what colour is it?",
    "q(u(rel(u(sel(bottle)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("bottle")), "cup")), "color"),
)
P("exist", "kitchen", "Do you see a knife anywhere?", "exist(sel(knife))", lambda p: yes(bool(p.f("knife"))))
X("kitchen", "What's she cooking for dinner tonight?")

# --- the annoyed flatmate
X("kitchen", "whose is the red mug?? mine or jake's")
P(
    "count",
    "kitchen",
    "how many things are on the table in total, honestly",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "verify",
    "kitchen",
    "bottle's green right?",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
P(
    "text",
    "kitchen",
    "what's written on the bottle label",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "spatial",
    "kitchen",
    "is the white cup to the right of the bottle",
    "exist(f(rel(u(sel(bottle)), right, name=cup), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("right", p.the("bottle")), "cup"))),
)
P(
    "exist",
    "kitchen",
    "any cups that aren't white?",
    "exist(fn(sel(cup), color=white))",
    lambda p: yes(any(p.value(o, "color") != "white" for o in p.f("cup"))),
)

# --- the Polish au pair
P("count", "kitchen", "How many cups is on the picture?", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "where",
    "kitchen",
    "The woman, she stands on the left or on the right from the table?",
    "choose_rel(u(sel(woman)), [left, right], role=object, name=table)",
    lambda p: photo_side(p, p.the("woman"), p.the("table"), ("left", "right")),
)
P(
    "spatial",
    "kitchen",
    "Clock is above the table, yes?",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "list",
    "kitchen",
    "Which colours have the cups? Please write all.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "compare_attr",
    "kitchen",
    "The plate and the clock have same colour?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)

# --- the retired teacher
P(
    "spatial",
    "kitchen",
    "Could you tell me what is on the left of the plate?",
    "q(u(rel(u(sel(plate)), left)), name)",
    lambda p: p.name(only(p.subjects("left", p.the("plate")))),
)
P(
    "verify",
    "kitchen",
    "Is the lady dressed in yellow?",
    "verify(u(sel(woman)), color, yellow)",
    lambda p: yes(p.value(p.the("woman"), "color") == "yellow"),
)
P(
    "count",
    "kitchen",
    "How many white objects are there in the kitchen altogether?",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "position",
    "kitchen",
    "Is the clock at the top of the picture?",
    "verify(u(sel(clock)), vposition, top)",
    lambda p: yes(p.value(p.the("clock"), "vposition") == "top"),
)
P(
    "spatial",
    "kitchen",
    "Which item is lying next to the plate?",
    "q(u(rel(u(sel(plate)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("plate")))),
)
P(
    "quantifier",
    "kitchen",
    "Are all of the cups standing on the table?",
    "not_(exist(diff(sel(cup), rel(u(sel(table)), on))))",
    lambda p: yes(all(o in p.subjects("on", p.the("table")) for o in p.f("cup"))),
)

# --- the estate agent
P(
    "verify",
    "kitchen",
    "Is the kitchen table wooden?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "attribute",
    "kitchen",
    "What colour's the table, for the listing?",
    "q(u(sel(table)), color)",
    lambda p: p.value(p.the("table"), "color"),
)
P(
    "count",
    "kitchen",
    "How many bottles are on the table?",
    "count(rel(u(sel(table)), on, name=bottle))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "bottle")),
)
P(
    "spatial",
    "kitchen",
    "The blue cup is to the left of the bottle, correct?",
    "exist(f(rel(u(sel(bottle)), left, name=cup), color=blue))",
    lambda p: yes(any(p.value(o, "color") == "blue" for o in named(p, p.subjects("left", p.the("bottle")), "cup"))),
)
P(
    "exist",
    "kitchen",
    "Any sign of a fridge in the shot?",
    "exist(sel(fridge))",
    lambda p: yes(bool(p.f("fridge"))),
)
X("kitchen", "Roughly what do you think this place would go for on the market?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees

# --- the dog walker
P("count", "park", "Dogs - how many can you spot?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "spatial",
    "park",
    "The white dog is near who?",
    "q(u(rel(u(f(sel(dog), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog", color="white")))),
)
P(
    "spatial",
    "park",
    "Is the woman in red holding the black dog?",
    "exist(f(rel(u(f(sel(woman), color=red)), holding, role=object, name=dog), color=black))",
    lambda p: yes(
        any(
            p.value(o, "color") == "black"
            for o in named(p, p.objects_of(p.the("woman", color="red"), "holding"), "dog")
        )
    ),
)
P("exist", "park", "No cats about, are there?", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "chain",
    "park",
    "What colour is the dog that's by the little girl?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "position",
    "park",
    "Which side is the woman in red on, left or right?",
    "choose(u(f(sel(woman), color=red)), hposition, [left, right])",
    lambda p: p.value(p.the("woman", color="red"), "hposition"),
)
X("park", "Is the black dog friendly, would it mind mine saying hello?")

# --- the Nigerian nurse
P("count", "park", "Please how many children are playing in this park?", "count(sel(child))", lambda p: n(children(p)))
P(
    "chain",
    "park",
    "The boy is throwing what?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "attribute",
    "park",
    "The frisbee is which colour?",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "exist",
    "park",
    "Is there any woman wearing white in this park?",
    "exist(f(sel(woman), color=white))",
    lambda p: yes(bool(p.f("woman", color="white"))),
)
P(
    "spatial",
    "park",
    "Who is that standing near the red bicycle?",
    "q(u(rel(u(f(sel(bicycle), color=red)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle", color="red")))),
)
P(
    "verify",
    "park",
    "The girl is wearing pink, abi?",
    "verify(u(sel(girl)), color, pink)",
    lambda p: yes(p.value(p.the("girl"), "color") == "pink"),
)
X("park", "Please is that boy the son of the woman in red?")

# --- the jogger dictating to a watch
P("count", "park", "how many people in the park", "count(sel(person))", lambda p: n(people(p)))
P(
    "attribute",
    "park",
    "is the bench green or brown",
    "choose(u(sel(bench)), color, [green, brown])",
    lambda p: p.value(p.the("bench"), "color"),
)
P("count", "park", "how many trees are there", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "position",
    "park",
    "is the frisbee up at the top of the picture",
    "verify(u(sel(frisbee)), vposition, top)",
    lambda p: yes(p.value(p.the("frisbee"), "vposition") == "top"),
)
P(
    "superlative",
    "park",
    "who is standing furthest left",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "spatial",
    "park",
    "is the woman in white to the right of the boy",
    "exist(f(rel(u(sel(boy)), right, name=woman), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("right", p.the("boy")), "woman"))),
)

# --- the park ranger
P(
    "spatial",
    "park",
    "Is the bench on the left of the bike?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "chain",
    "park",
    "What's that behind the girl on the right?",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
P(
    "compare_count",
    "park",
    "Are there as many women as children in the park?",
    "eq(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) == len(children(p))),
)
P(
    "superlative",
    "park",
    "Which person is second from the right?",
    "q(ord(sel(person), right, 2), name)",
    lambda p: p.name(side_of(p, people(p), "right", 2)),
)
P(
    "chain",
    "park",
    "The kid throwing the frisbee, what colour's his top?",
    "q(u(rel(u(sel(frisbee)), throwing)), color)",
    lambda p: p.value(only(p.subjects("throwing", p.the("frisbee"))), "color"),
)
P(
    "two_clause",
    "park",
    "Is the bench made of wood and is the bike red?",
    "and_(verify(u(sel(bench)), material, wood), verify(u(sel(bicycle)), color, red))",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood" and p.value(p.the("bicycle"), "color") == "red"),
)
X("park", "Will these people clean up after their dogs when they leave?")


# =================================================================================================================
# the shapes drawing
# =================================================================================================================

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- the art teacher
P(
    "count",
    "shapes",
    "How many shapes are there altogether in the drawing?",
    "count(scene())",
    lambda p: n(list(p.objects)),
)
P(
    "attribute",
    "shapes",
    "Which shape is coloured green?",
    "q(u(f(scene(), color=green)), shape)",
    lambda p: p.value(p.the(color="green"), "shape"),
)
P(
    "attribute",
    "shapes",
    "Is the large circle red or blue?",
    "choose(u(f(sel(circle), size=large)), color, [red, blue])",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share the small circle's colour?",
    "count(same_attr(u(f(sel(circle), size=small)), color))",
    lambda p: n(
        [
            o
            for o in p.objects
            if o != p.the("circle", size="small")
            and p.value(o, "color") == p.value(p.the("circle", size="small"), "color")
        ]
    ),
)
P(
    "compare_attr",
    "shapes",
    "Is the star the same colour as the big circle?",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color")),
)
P(
    "negation",
    "shapes",
    "Do you see any shape drawn in yellow apart from the rectangle?",
    "exist(fn(f(scene(), color=yellow), shape=rectangle))",
    lambda p: yes(any(p.value(o, "shape") != "rectangle" for o in drawn(p, color="yellow"))),
)
X("shapes", "What mood was the artist in when they painted this?")

# --- the dad reading with his toddler
P("count", "shapes", "my son wants to know how many circles", "count(sel(circle))", lambda p: n(p.f("circle")))
P("exist", "shapes", "is there a star? he loves stars", "exist(sel(star))", lambda p: yes(bool(p.f("star"))))
P(
    "attribute",
    "shapes",
    "and what colour is the star, he's asking",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "verify",
    "shapes",
    "he says the big red one is a circle, is he right?",
    "verify(u(f(scene(), size=large, color=red)), shape, circle)",
    lambda p: yes(p.value(p.the(size="large", color="red"), "shape") == "circle"),
)
P(
    "compare_size",
    "shapes",
    "which is bigger, the star or the triangle",
    "q(u(f(union(sel(star), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("star"), p.the("triangle")),
)
P(
    "position",
    "shapes",
    "the small circle - is it at the top, the bottom or in the middle?",
    "choose(u(f(sel(circle), size=small)), vposition, [top, bottom, middle])",
    lambda p: p.value(p.the("circle", size="small"), "vposition"),
)
X("shapes", "will he be able to draw like this when he's older do you think")

# --- the Japanese engineer
P(
    "count",
    "shapes",
    "Please, how many shapes are the small size?",
    "count(f(scene(), size=small))",
    lambda p: n(drawn(p, size="small")),
)
P(
    "position",
    "shapes",
    "Is the hexagon located in bottom right corner?",
    "exist(f(sel(hexagon), hposition=right, vposition=bottom))",
    lambda p: yes(bool(p.f("hexagon", hposition="right", vposition="bottom"))),
)
P(
    "compare_attr",
    "shapes",
    "The square and hexagon, they are same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "position",
    "shapes",
    "Which shape is at top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "count",
    "shapes",
    "How many shapes are located in the middle column?",
    "count(f(scene(), hposition=middle))",
    lambda p: n(drawn(p, hposition="middle")),
)
P(
    "negation",
    "shapes",
    "How many large shapes except circle?",
    "count(diff(f(scene(), size=large), sel(circle)))",
    lambda p: n([o for o in drawn(p, size="large") if p.name(o) != "circle"]),
)
P(
    "compare_count",
    "shapes",
    "Red shapes are at least as many as green shapes?",
    "not_(lt(count(f(scene(), color=red)), count(f(scene(), color=green))))",
    lambda p: yes(len(drawn(p, color="red")) >= len(drawn(p, color="green"))),
)

# --- the graphic designer
P(
    "superlative",
    "shapes",
    "what's the dominant colour in this composition?",
    "common_value(scene(), color)",
    lambda p: Counter(p.value(o, "color") for o in p.objects).most_common(1)[0][0],
)
P(
    "number",
    "shapes",
    "how many distinct colours are used here",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "compare_size",
    "shapes",
    "is the yellow rectangle larger than the square?",
    "larger(u(f(sel(rectangle), color=yellow)), u(sel(square)))",
    lambda p: drawn_larger(p, only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), p.the("square")),
)
P(
    "compare_size",
    "shapes",
    "red circle or blue circle, which one's bigger?",
    "q(u(f(union(f(sel(circle), color=red), f(sel(circle), color=blue)), size=large)), color)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("circle", color="blue"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "the blue circle and the square - same size?",
    "same(u(f(sel(circle), color=blue)), u(sel(square)), size)",
    lambda p: yes(p.value(p.the("circle", color="blue"), "size") == p.value(p.the("square"), "size")),
)
P(
    "superlative",
    "shapes",
    "which shape sits furthest to the left in the bottom row",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, drawn(p, vposition="bottom"), "left"), "shape"),
)
P(
    "quantifier",
    "shapes",
    "none of the small shapes are green, right?",
    "not_(exist(f(scene(), size=small, color=green)))",
    lambda p: yes(not drawn(p, size="small", color="green")),
)

# --- the Year 9 maths pupil
P(
    "count",
    "shapes",
    "how many quadrilaterals are there (squares and rectangles both count)",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "negation",
    "shapes",
    "how many shapes are NOT circles",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "position",
    "shapes",
    "what colour is the shape in the top right corner",
    "q(u(f(scene(), hposition=right, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "color"),
)
P(
    "quantifier",
    "shapes",
    "are all the large shapes in the top row",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in drawn(p, size="large"))),
)
P(
    "superlative",
    "shapes",
    "whats the 2nd shape from the left",
    "q(ord(scene(), left, 2), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left", 2), "shape"),
)
P(
    "compare_count",
    "shapes",
    "are there more small shapes than big ones",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(drawn(p, size="small")) > len(drawn(p, size="large"))),
)
P(
    "two_clause",
    "shapes",
    "is there a purple shape or an orange one",
    "or_(exist(f(scene(), color=purple)), exist(f(scene(), color=orange)))",
    lambda p: yes(bool(drawn(p, color="purple")) or bool(drawn(p, color="orange"))),
)

# --- the bored teen on a bus
P("exist", "shapes", "is there a heart shape", "exist(sel(heart))", lambda p: yes(bool(p.f("heart"))))
P(
    "attribute",
    "shapes",
    "what colour is the hexagon thing",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "count",
    "shapes",
    "so how many shapes on the left side",
    "count(f(scene(), hposition=left))",
    lambda p: n(drawn(p, hposition="left")),
)
P(
    "exist",
    "shapes",
    "any green in the bottom row?",
    "exist(f(scene(), vposition=bottom, color=green))",
    lambda p: yes(bool(drawn(p, vposition="bottom", color="green"))),
)
P(
    "quantifier",
    "shapes",
    "the red shapes both big?",
    "not_(exist(fn(f(scene(), color=red), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in drawn(p, color="red"))),
)
P(
    "superlative",
    "shapes",
    "whats on the far right at the bottom",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, drawn(p, vposition="bottom"), "right"), "shape"),
)
P(
    "verify",
    "shapes",
    "the yellow thing is a rectangle yeah",
    "verify(u(f(scene(), color=yellow)), shape, rectangle)",
    lambda p: yes(p.value(p.the(color="yellow"), "shape") == "rectangle"),
)

# --- the speech therapist
P(
    "position",
    "shapes",
    "Can you tell me which shape is right in the middle of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "count",
    "shapes",
    "How many shapes are in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(drawn(p, vposition="bottom")),
)
P(
    "attribute",
    "shapes",
    "Is the triangle big or small?",
    "choose(u(sel(triangle)), size, [large, small])",
    lambda p: p.value(p.the("triangle"), "size"),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, which shape is second from the right?",
    "q(ord(f(scene(), vposition=bottom), right, 2), shape)",
    lambda p: p.value(side_of(p, drawn(p, vposition="bottom"), "right", 2), "shape"),
)
P(
    "two_clause",
    "shapes",
    "Is the square blue, and is the star red?",
    "and_(verify(u(sel(square)), color, blue), verify(u(sel(star)), color, red))",
    lambda p: yes(p.value(p.the("square"), "color") == "blue" and p.value(p.the("star"), "color") == "red"),
)
P(
    "negation",
    "shapes",
    "Are there any shapes that are neither blue nor red?",
    "exist(fn(fn(scene(), color=blue), color=red))",
    lambda p: yes(any(p.value(o, "color") not in {"blue", "red"} for o in p.objects)),
)
X("shapes", "Which of these shapes do you think a child would find easiest to say?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
