# ruff: noqa: E501
"""Blind paraphrase set 49: people typing into a search box or a chat app about a picture, the way they really type.
Four voices run through it. The search-box voice types keywords and fragments: no verb, often no question mark, lower
case, the noun first and what is wanted last ("red cubes count", "ball left of cylinder colour", "any shiny?", "stop
sign colour", "clock says?", "number of tubes", "bikes?"). The everyday voice asks full questions in plain words
instead of the technical ones: can, tin, tube, drum and barrel for a cylinder; box, block, brick and dice for a cube;
ball and marble for a sphere; shiny, glossy and metallic for metal; matte, dull-looking, rubbery and plastic for
rubber; mug, bike, guy, lady, kids and pup for the photos' cup, bicycle, man, woman, child and dog; and only the shades
a careful person would still agree on for the CLEVR paints (grey; silver for a grey metal object; gold or golden for a
yellow metal one; turquoise for cyan), never navy, maroon, beige, lime or tan. The chat voice buries the question in a
longer message with context before and after it (a greeting, who is asking and why, a bet with someone, thanks, a
"lol"). The comparing voice sets two things against each other in every common construction ("X or Y: which is bigger",
"which is bigger, X or Y", "is X bigger than Y or the other way round", "is X smaller than Y", "which has more, X or
Y", "which is there more of", "X vs Y, which one's closer to the camera"), counts with a condition said every way
("that aren't", "NOT", "other than", "except", "apart from", "besides", "excluding", "not counting", "but not the"),
asks where things are, and asks yes/no questions with two or three conditions joined by "and", "both" and "too".

Conventions. A "which is bigger" between two things is asked only where their size classes differ (CLEVR's
large/small, the drawing's stated sizes, the street's large bus and small dog), and as a which-question only where
the two have different names, so that the answer (the bigger one's name: "sphere", "bus", "triangle") tells them
apart; otherwise it is asked as yes/no. "Which is closer to the camera / further left / lower, X or Y" is answered
with what the asker wants named (the colour, the shape, the name). "Which has more, X or Y" is answered with the
value or name of the more numerous group ("sphere", "blue", "cup") and asked only where the counts differ. A where-
question is answered when the asker gives the frame of the answer: a side of the picture ("where's the stop sign,
left or right?", "top or bottom?", "left, middle or right?") answered with that side, or a side of another thing
("where is the car compared to the bus, left or right?", "above the table or below it?") answered with the relation.
Sides of a CLEVR picture are asked only of objects whose box centre lies within 130 pixels of the edge of the
480-pixel frame; a bare "where is the X?" about a thing in the picture is not asked (its answer could be any phrase:
a corner, a neighbour, a surface), and a where-question whose answer is a place outside the picture or in the past
or future ("where's the bus headed?", "where did someone buy the grey ball?") is refused.

About 55% ask about CLEVR val scenes, 30% about the photo-like graphs (street, kitchen, park), 15% about the drawing
of flat shapes; about one in ten must be refused, in the same typing voices (prices, weights, owners, names,
feelings and preferences, intentions and purposes, what happens next or happened before, why, places outside the
picture). "The X" is only used where exactly one X matches, counting a square as a rectangle ("the yellow
rectangle"); places and orders are only asked where a careful person could call them (the tie margin TIE of the
forty-sixth and forty-seventh sets' helpers, 40 pixels on the drawings), and nothing is asked of the photo graphs
that their stated relations and attributes leave open. Written blind: without reading the parser, the grammar, the
normalize rules, the tests or any other set but the forty-sixth and forty-seventh (read for the format only), and
never run through nsvr's parser or planner.

Run ``python build_blind49.py`` to write ``../blind49.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind49.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.25
# a CLEVR object is on the left (right) of the 480-pixel picture only when its box centre is this far from the edge
SIDE = 130


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


def side_of_other(s: Clevr, target: int, anchor: int, options: tuple[str, str]) -> str:
    """Which of two opposite relations (left/right, front/behind) the target stands in to the anchor; NotUnique
    when the two lie too nearly level to call."""
    if abs(along(s, target, options[0]) - along(s, anchor, options[0])) < TIE:
        raise NotUnique("too close to call")
    return options[0] if target in s.rel(options[0], anchor) else options[1]


def picture_side(s: Clevr, i: int) -> str:
    """left or right of the picture by box centre; NotUnique unless the centre is within SIDE pixels of an edge."""
    x, _, w, _ = s.objects[i]["bbox"]
    centre = x + w / 2
    if centre < SIDE:
        return "left"
    if centre > 480 - SIDE:
        return "right"
    raise NotUnique(f"object {i} is not clearly on one side ({centre})")


def bigger(s: Clevr, a: int, b: int, smaller: bool = False) -> str:
    """The shape of the bigger (smaller) of two objects of different size classes and different shapes."""
    if s.a(a, "size") == s.a(b, "size") or s.a(a, "shape") == s.a(b, "shape"):
        raise NotUnique("same size class or same shape")
    big = a if s.a(a, "size") == "large" else b
    return s.a(b if (big == a) == smaller else a, "shape")


def more_of(values) -> str:
    """The most common value; NotUnique when the two commonest tie."""
    ranked = Counter(values).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        raise NotUnique("tie")
    return ranked[0][0]


def among(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids with every given attribute value."""
    return [i for i in ids if all(s.a(i, k) == v for k, v in want.items())]


def but(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids that lack at least one of the given attribute values."""
    return [i for i in ids if not all(s.a(i, k) == v for k, v in want.items())]


def every(s: Clevr, ids: list[int], **want) -> str:
    """yes/no: every object of ids has every given attribute value."""
    return yes(all(all(s.a(i, k) == v for k, v in want.items()) for i in ids))


def has(s: Clevr, i: int, **want) -> bool:
    return all(s.a(i, k) == v for k, v in want.items())


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


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


def lowest(p: Photo, ids: list[str]) -> str:
    """The object of ids whose box centre is lowest; NotUnique when the next is within 40 pixels."""
    centre = {i: (p.objects[i]["box"][1] + p.objects[i]["box"][3]) / 2 for i in ids}
    order = sorted(ids, key=lambda i: -centre[i])
    if len(order) > 1 and centre[order[0]] - centre[order[1]] < 40:
        raise NotUnique("too close to call")
    return order[0]


def wearers(p: Photo, thing: str) -> list[str]:
    return [o for o in p.objects if any(p.name(w) == thing for w in p.objects_of(o, "wearing"))]


def worn_by(p: Photo, who: str) -> str:
    return only(p.objects_of(who, "wearing"))


def named(p: Photo, ids: list[str], name: str) -> list[str]:
    return [o for o in ids if p.name(o) == name]


def photo_side(p: Photo, target: str, anchor: str, options: tuple[str, str]) -> str:
    """Which of two opposite relations the graph states of target to anchor; NotUnique when it states neither or
    both."""
    holding = [o for o in options if p.has(target, o, anchor)]
    return only(holding)


def photo_bigger(p: Photo, a: str, b: str) -> str:
    """The name of the bigger of two objects whose stated sizes differ."""
    ranks = {"small": 1, "large": 3}
    ra, rb = ranks.get(p.value(a, "size")), ranks.get(p.value(b, "size"))
    if ra is None or rb is None or ra == rb:
        raise NotUnique("sizes not stated or equal")
    return p.name(a if ra > rb else b)


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph, large blue metal sph (far left), large green rubber cyl
C(
    "exist",
    0,
    "any shiny stuff",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "compare_size",
    0,
    "yellow ball or green tube, which ones bigger",
    "compare(u(f(sel(sphere), color=yellow)), u(f(sel(cylinder), color=green)), bigger)",
    lambda s: bigger(s, s.the(shape="sphere", color="yellow"), s.the(shape="cylinder", color="green")),
)
C(
    "where",
    0,
    "where's the big blue ball, left or right side of the pic?",
    "choose(u(f(sel(sphere), size=large, color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="blue")),
)
C(
    "spatial",
    0,
    "ball behind the cylinder colour",
    "q(u(f(rel(u(sel(cylinder)), behind), shape=sphere)), color)",
    lambda s: s.a(only(among(s, related(s, "behind", s.the(shape="cylinder")), shape="sphere")), "color"),
)

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph (far left)
C(
    "negation",
    1,
    "things that aren't blue how many",
    "count(fn(scene(), color=blue))",
    lambda s: n(but(s, s.all(), color="blue")),
)
C(
    "two_clause",
    1,
    "Is there a small shiny blue can and also a big grey box?",
    "and_(exist(f(sel(cylinder), size=small, color=blue, material=metal)), exist(f(sel(cube), size=large, color=gray)))",
    lambda s: yes(
        bool(s.f(shape="cylinder", size="small", color="blue", material="metal"))
        and bool(s.f(shape="cube", size="large", color="gray"))
    ),
)
X(1, "who made the purple block? want to ask them where they got it")

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "verify",
    2,
    "Is the green box glossy?",
    "verify(u(f(sel(cube), color=green)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="green"), "material") == "metal"),
)
C(
    "compare_size",
    2,
    "which is bigger, the little grey tin or the green box?",
    "compare(u(f(sel(cylinder), color=gray)), u(f(sel(cube), color=green)), bigger)",
    lambda s: bigger(s, s.the(shape="cylinder", color="gray"), s.the(shape="cube", color="green")),
)

# scene 3: small red metal sph, small purple metal cube (front), large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "negation",
    3,
    "cylinders except the red ones?",
    "count(fn(sel(cylinder), color=red))",
    lambda s: n(but(s, s.f(shape="cylinder"), color="red")),
)
C(
    "count",
    3,
    "ok so my daughter set these up for her science fair and asked me something i can't answer. how many of the things are matte, not shiny? she says two, i say three. thanks!!",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)

# scene 4: nine small things and one large blue metal sph
C(
    "count",
    4,
    "yellow stuff count",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "negation",
    4,
    "how many balls are there apart from the big blue one",
    "count(diff(sel(sphere), u(f(sel(sphere), size=large, color=blue))))",
    lambda s: n([i for i in s.f(shape="sphere") if i != s.the(shape="sphere", size="large", color="blue")]),
)
C(
    "where",
    4,
    "where's the gold ball? left or right",
    "choose(u(f(sel(sphere), color=yellow, material=metal)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="yellow", material="metal")),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "compare_count",
    5,
    "which is there more of in this one, balls or boxes?",
    "common_value(union(sel(sphere), sel(cube)), shape)",
    lambda s: more_of(s.a(i, "shape") for i in s.f(shape=("sphere", "cube"))),
)
C(
    "two_clause",
    5,
    "is the brown cube big and metallic?",
    "and_(verify(u(f(sel(cube), color=brown)), size, large), verify(u(f(sel(cube), color=brown)), material, metal))",
    lambda s: yes(has(s, s.the(shape="cube", color="brown"), size="large", material="metal")),
)
X(5, "how heavy is the big brown ball in kg")

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "negation",
    6,
    "how many things besides the cubes",
    "count(diff(scene(), sel(cube)))",
    lambda s: n(but(s, s.all(), shape="cube")),
)
C(
    "attribute",
    6,
    "what's the little brown ball made of",
    "q(u(f(sel(sphere), size=small, color=brown)), material)",
    lambda s: s.a(s.the(shape="sphere", size="small", color="brown"), "material"),
)
C(
    "compare_pos",
    6,
    "red can vs purple can - which one's closer to the camera? colour pls",
    "q(ord(union(u(f(sel(cylinder), color=red)), u(f(sel(cylinder), color=purple))), front, 1), color)",
    lambda s: s.a(
        nth(s, [s.the(shape="cylinder", color="red"), s.the(shape="cylinder", color="purple")], "front"), "color"
    ),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube (far left), large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "count",
    7,
    "tubes how many",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "negation",
    7,
    "excluding the small ones, how many cylinders are there?",
    "count(fn(sel(cylinder), size=small))",
    lambda s: n(but(s, s.f(shape="cylinder"), size="small")),
)
C(
    "exist",
    7,
    "is there a shiny box thats yellow and big",
    "exist(f(sel(cube), color=yellow, size=large, material=metal))",
    lambda s: yes(bool(s.f(shape="cube", color="yellow", size="large", material="metal"))),
)
C(
    "where",
    7,
    "the big purple ball - is it on the left side or the right side?",
    "choose(u(f(sel(sphere), size=large, color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="purple")),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "count",
    8,
    "How many dice are there?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_pos",
    8,
    "big grey drum or the purple ball: which one is further left?",
    "q(ord(union(u(f(sel(cylinder), size=large, color=gray)), u(f(sel(sphere), color=purple))), left, 1), shape)",
    lambda s: s.a(
        nth(s, [s.the(shape="cylinder", size="large", color="gray"), s.the(shape="sphere", color="purple")], "left"),
        "shape",
    ),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "negation",
    9,
    "how many grey things are there other than the grey cube",
    "count(diff(f(scene(), color=gray), u(f(sel(cube), color=gray))))",
    lambda s: n([i for i in s.f(color="gray") if i != s.the(shape="cube", color="gray")]),
)
C(
    "two_clause",
    9,
    "is the brown ball big, and is it matte?",
    "and_(verify(u(f(sel(sphere), color=brown)), size, large), verify(u(f(sel(sphere), color=brown)), material, rubber))",
    lambda s: yes(has(s, s.the(shape="sphere", color="brown"), size="large", material="rubber")),
)
X(9, "what's the name of the purple block")

# scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "exist",
    10,
    "any rubber balls?",
    "exist(f(sel(sphere), material=rubber))",
    lambda s: yes(bool(s.f(shape="sphere", material="rubber"))),
)
C(
    "compare_size",
    10,
    "small red can or big red ball which is bigger",
    "compare(u(f(sel(cylinder), color=red)), u(f(sel(sphere), color=red)), bigger)",
    lambda s: bigger(s, s.the(shape="cylinder", color="red"), s.the(shape="sphere", color="red")),
)

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "negation",
    11,
    "how many brown things, not counting the balls?",
    "count(fn(f(scene(), color=brown), shape=sphere))",
    lambda s: n(but(s, s.f(color="brown"), shape="sphere")),
)
C(
    "attribute",
    11,
    "big blue block material",
    "q(u(f(sel(cube), size=large, color=blue)), material)",
    lambda s: s.a(s.the(shape="cube", size="large", color="blue"), "material"),
)
C(
    "two_clause",
    11,
    "Is there a small green ball that's matte and a small green cube that's shiny?",
    "and_(exist(f(sel(sphere), size=small, color=green, material=rubber)), exist(f(sel(cube), size=small, color=green, material=metal)))",
    lambda s: yes(
        bool(s.f(shape="sphere", size="small", color="green", material="rubber"))
        and bool(s.f(shape="cube", size="small", color="green", material="metal"))
    ),
)

# scene 12: small blue metal cube (far left), small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "compare_size",
    12,
    "big grey ball or the red dice, which is bigger",
    "compare(u(f(sel(sphere), size=large, color=gray)), u(f(sel(cube), color=red)), bigger)",
    lambda s: bigger(s, s.the(shape="sphere", size="large", color="gray"), s.the(shape="cube", color="red")),
)

# scene 13: small red rubber cube, large cyan rubber cyl (right), small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "count",
    13,
    "red things how many",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_size",
    13,
    "is the turquoise barrel bigger than the grey ball or the other way round?",
    "compare(u(f(sel(cylinder), color=cyan)), u(f(sel(sphere), color=gray)), bigger)",
    lambda s: bigger(s, s.the(shape="cylinder", color="cyan"), s.the(shape="sphere", color="gray")),
)
X(13, "why is the grey ball shiny when the others aren't")

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "verify",
    14,
    "is the little blue marble shiny",
    "verify(u(f(sel(sphere), size=small, color=blue)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small", color="blue"), "material") == "metal"),
)
C(
    "two_clause",
    14,
    "Is the cube small, grey and metal?",
    "and_(and_(verify(u(sel(cube)), size, small), verify(u(sel(cube)), color, gray)), verify(u(sel(cube)), material, metal))",
    lambda s: yes(has(s, s.the(shape="cube"), size="small", color="gray", material="metal")),
)
C(
    "spatial",
    14,
    "ball to the right of the cube color?",
    "q(u(f(rel(u(sel(cube)), right), shape=sphere)), color)",
    lambda s: s.a(only(among(s, related(s, "right", s.the(shape="cube")), shape="sphere")), "color"),
)

# scene 15: large green rubber cyl (far left), large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph (far right)
C(
    "negation",
    15,
    "how many cylinders other than the green one",
    "count(diff(sel(cylinder), u(f(sel(cylinder), color=green))))",
    lambda s: n([i for i in s.f(shape="cylinder") if i != s.the(shape="cylinder", color="green")]),
)
C(
    "compare_count",
    15,
    "green stuff vs red stuff, which has more?",
    "common_value(union(f(scene(), color=green), f(scene(), color=red)), color)",
    lambda s: more_of(s.a(i, "color") for i in s.f(color=("green", "red"))),
)
C(
    "where",
    15,
    "the big red ball: left side or right side?",
    "choose(u(f(sel(sphere), size=large, color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="red")),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "count",
    16,
    "shiny balls count",
    "count(f(sel(sphere), material=metal))",
    lambda s: n(s.f(shape="sphere", material="metal")),
)
C(
    "compare_attr",
    16,
    "Hey! quick one for a quiz I'm writing for my nephew. Is the yellow block made of the same stuff as the yellow can? thanks, you're a star",
    "same(f(scene(), color=yellow), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(color="yellow")}) == 1),
)
X(16, "which of these will my nephew want to play with first?")

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "compare_size",
    17,
    "yellow ball vs yellow box: which one's smaller?",
    "compare(u(f(sel(sphere), color=yellow)), u(f(sel(cube), color=yellow)), smaller)",
    lambda s: bigger(s, s.the(shape="sphere", color="yellow"), s.the(shape="cube", color="yellow"), smaller=True),
)
C(
    "where",
    17,
    "where is the yellow ball compared to the green cylinder, left of it or right of it?",
    "choose_rel(u(f(sel(sphere), color=yellow)), [left, right], role=object, name=cylinder)",
    lambda s: side_of_other(s, s.the(shape="sphere", color="yellow"), s.the(shape="cylinder"), ("left", "right")),
)
C(
    "spatial",
    17,
    "cube right of the cylinder - what colour",
    "q(u(f(rel(u(sel(cylinder)), right), shape=cube)), color)",
    lambda s: s.a(only(among(s, related(s, "right", s.the(shape="cylinder")), shape="cube")), "color"),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "negation",
    18,
    "purple things apart from the cylinders, how many?",
    "count(fn(f(scene(), color=purple), shape=cylinder))",
    lambda s: n(but(s, s.f(color="purple"), shape="cylinder")),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "attribute",
    19,
    "silver ball big or small",
    "choose(u(f(sel(sphere), color=gray, material=metal)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="gray", material="metal"), "size"),
)
C(
    "negation",
    19,
    "how many cyan things are there besides the cube",
    "count(diff(f(scene(), color=cyan), u(f(sel(cube), color=cyan))))",
    lambda s: n([i for i in s.f(color="cyan") if i != s.the(shape="cube", color="cyan")]),
)
X(19, "what did the big blue block cost? thinking of getting one")

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph (far right), small yellow rubber cube, small yellow rubber cyl, small brown metal cube (far left)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "two_clause",
    21,
    "is the purple can big and shiny, and is the red ball matte?",
    "and_(and_(verify(u(f(sel(cylinder), color=purple)), size, large), verify(u(f(sel(cylinder), color=purple)), material, metal)), verify(u(f(sel(sphere), color=red)), material, rubber))",
    lambda s: yes(
        has(s, s.the(shape="cylinder", color="purple"), size="large", material="metal")
        and has(s, s.the(shape="sphere", color="red"), material="rubber")
    ),
)

# scene 22: large yellow rubber cyl (far left), large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "compare_size",
    22,
    "Is the gold block bigger than the purple tin?",
    "larger(u(f(sel(cube), color=yellow, material=metal)), u(f(sel(cylinder), color=purple)))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow", material="metal"), "size") == "large"
        and s.a(s.the(shape="cylinder", color="purple"), "size") == "small"
    ),
)
C(
    "where",
    22,
    "where's the big yellow drum - left or right side?",
    "choose(u(f(sel(cylinder), size=large, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="yellow")),
)

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "exist",
    23,
    "anything dull-looking in this one?",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
C(
    "negation",
    23,
    "how many things other than the big yellow cylinder are metal?",
    "count(f(diff(scene(), u(f(sel(cylinder), size=large, color=yellow))), material=metal))",
    lambda s: n([i for i in s.f(material="metal") if i != s.the(shape="cylinder", size="large", color="yellow")]),
)

# scene 24: small red metal cube, large red rubber cyl, large green metal cube (far right), small brown metal cyl (far left), large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "count",
    24,
    "red shiny balls count",
    "count(f(sel(sphere), color=red, material=metal))",
    lambda s: n(s.f(shape="sphere", color="red", material="metal")),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "compare_size",
    25,
    "is the blue can bigger than the little grey can?",
    "larger(u(f(sel(cylinder), color=blue)), u(f(sel(cylinder), size=small, color=gray)))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="blue"), "size") == "large"
        and s.a(s.the(shape="cylinder", size="small", color="gray"), "size") == "small"
    ),
)
C(
    "negation",
    25,
    "I'm colour-blind and my kid is quizzing me on this picture, so help me out here: how many of the balls are NOT brown? he says it's a trick question, we'll see",
    "count(fn(sel(sphere), color=brown))",
    lambda s: n(but(s, s.f(shape="sphere"), color="brown")),
)
C(
    "spatial",
    25,
    "ball to the left of the cube, what colour is it",
    "q(u(f(rel(u(sel(cube)), left), shape=sphere)), color)",
    lambda s: s.a(only(among(s, related(s, "left", s.the(shape="cube")), shape="sphere")), "color"),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "two_clause",
    26,
    "are the purple cubes both small and both shiny?",
    "and_(not_(exist(fn(f(sel(cube), color=purple), size=small))), not_(exist(fn(f(sel(cube), color=purple), material=metal))))",
    lambda s: yes(all(has(s, i, size="small", material="metal") for i in s.f(shape="cube", color="purple"))),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube (front)
C(
    "compare_pos",
    27,
    "purple block vs red block, which is closer to the camera",
    "q(ord(union(u(f(sel(cube), color=purple)), u(f(sel(cube), color=red))), front, 1), color)",
    lambda s: s.a(nth(s, [s.the(shape="cube", color="purple"), s.the(shape="cube", color="red")], "front"), "color"),
)
C(
    "verify",
    27,
    "is the small yellow ball made of plastic?",
    "verify(u(f(sel(sphere), size=small, color=yellow)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small", color="yellow"), "material") == "rubber"),
)

# scene 28: large red metal cyl, small red rubber cyl (far right), large purple rubber cyl, small brown metal sph

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "compare_size",
    29,
    "the brown ball or the red cylinder: which one's bigger?",
    "compare(u(f(sel(sphere), color=brown)), u(f(sel(cylinder), color=red)), bigger)",
    lambda s: bigger(s, s.the(shape="sphere", color="brown"), s.the(shape="cylinder", color="red")),
)
C(
    "two_clause",
    29,
    "Is the cyan ball shiny and the cyan cylinder matte?",
    "and_(verify(u(f(sel(sphere), color=cyan)), material, metal), verify(u(f(sel(cylinder), color=cyan)), material, rubber))",
    lambda s: yes(
        has(s, s.the(shape="sphere", color="cyan"), material="metal")
        and has(s, s.the(shape="cylinder", color="cyan"), material="rubber")
    ),
)
X(29, "whose toys are these? found them in the lounge")

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "spatial",
    30,
    "ball left of cylinder colour",
    "q(u(f(rel(u(sel(cylinder)), left), shape=sphere)), color)",
    lambda s: s.a(only(among(s, related(s, "left", s.the(shape="cylinder")), shape="sphere")), "color"),
)
C(
    "quantifier",
    30,
    "balls all rubber?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph (far left), small brown rubber cyl
C(
    "count",
    31,
    "small shiny balls",
    "count(f(sel(sphere), size=small, material=metal))",
    lambda s: n(s.f(shape="sphere", size="small", material="metal")),
)
C(
    "negation",
    31,
    "how many things besides the cylinders and the cube?",
    "count(diff(diff(scene(), sel(cylinder)), sel(cube)))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") not in {"cylinder", "cube"}]),
)
C(
    "where",
    31,
    "where is the little turquoise marble: left or right side of the picture?",
    "choose(u(f(sel(sphere), size=small, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="cyan")),
)

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "compare_count",
    32,
    "grey stuff or red stuff - which is there more of?",
    "common_value(union(f(scene(), color=gray), f(scene(), color=red)), color)",
    lambda s: more_of(s.a(i, "color") for i in s.f(color=("gray", "red"))),
)
C(
    "quantifier",
    32,
    "Is the golden ball the only big thing in the picture?",
    "and_(verify(u(f(sel(sphere), color=yellow)), size, large), eq(count(f(scene(), size=large)), num(1)))",
    lambda s: yes(s.a(s.the(shape="sphere", color="yellow"), "size") == "large" and len(s.f(size="large")) == 1),
)
C(
    "spatial",
    32,
    "ball in front of the cylinder - colour?",
    "q(u(f(rel(u(sel(cylinder)), front), shape=sphere)), color)",
    lambda s: s.a(only(among(s, related(s, "front", s.the(shape="cylinder")), shape="sphere")), "color"),
)

# scene 33: small cyan rubber cube (far right), small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "negation",
    33,
    "how many metal things except the balls",
    "count(fn(f(scene(), material=metal), shape=sphere))",
    lambda s: n(but(s, s.f(material="metal"), shape="sphere")),
)
C(
    "where",
    33,
    "the little cyan box is on which side, left or right?",
    "choose(u(f(sel(cube), size=small, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="small", color="cyan")),
)
X(33, "what happens if i knock the red ball off the table")

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "attribute",
    34,
    "yellow thing shape?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda s: s.a(s.the(color="yellow"), "shape"),
)
C(
    "compare_size",
    34,
    "is the red tin smaller than the grey tin",
    "larger(u(f(sel(cylinder), color=gray)), u(f(sel(cylinder), color=red)))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="red"), "size") == "small"
        and s.a(s.the(shape="cylinder", color="gray"), "size") == "large"
    ),
)

# scene 35: small purple metal sph, large green metal cube (far left), large green rubber cube, large red metal sph, large gray metal cube
C(
    "where",
    35,
    "where's the shiny green block, left or right side?",
    "choose(u(f(sel(cube), color=green, material=metal)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="green", material="metal")),
)

# scene 36: large purple metal sph (far right), small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "exist",
    36,
    "anything not metal?",
    "exist(fn(scene(), material=metal))",
    lambda s: yes(bool(but(s, s.all(), material="metal"))),
)
C(
    "spatial",
    36,
    "cylinder right of the cube colour",
    "q(u(f(rel(u(sel(cube)), right), shape=cylinder)), color)",
    lambda s: s.a(only(among(s, related(s, "right", s.the(shape="cube")), shape="cylinder")), "color"),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl (far left)
C(
    "negation",
    37,
    "how many rubber things besides the big grey cylinder",
    "count(diff(f(scene(), material=rubber), u(f(sel(cylinder), size=large, color=gray))))",
    lambda s: n([i for i in s.f(material="rubber") if i != s.the(shape="cylinder", size="large", color="gray")]),
)
C(
    "verify",
    37,
    "the little red ball, is it rubbery?",
    "verify(u(f(sel(sphere), size=small, color=red)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small", color="red"), "material") == "rubber"),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "where",
    38,
    "the two big grey barrels: is the shiny one in front of the matte one, or behind it?",
    "choose_rel(u(f(sel(cylinder), color=gray, material=metal)), [front, behind], role=object, name=cylinder)",
    lambda s: side_of_other(
        s,
        s.the(shape="cylinder", color="gray", material="metal"),
        s.the(shape="cylinder", color="gray", material="rubber"),
        ("front", "behind"),
    ),
)
C(
    "negation",
    38,
    "how many small balls other than the red one",
    "count(diff(f(sel(sphere), size=small), u(f(sel(sphere), color=red))))",
    lambda s: n([i for i in s.f(shape="sphere", size="small") if i != s.the(shape="sphere", color="red")]),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "attribute",
    39,
    "brown can material",
    "q(u(f(sel(cylinder), color=brown)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="brown"), "material"),
)
C(
    "compare_size",
    39,
    "is the big grey tin bigger than the grey cube, or is it the other way round?",
    "compare(u(f(sel(cylinder), color=gray)), u(sel(cube)), bigger)",
    lambda s: bigger(s, s.the(shape="cylinder", color="gray"), s.the(shape="cube")),
)

# scene 40: small cyan metal cube (right), large brown rubber cyl, large gray metal cube
C(
    "quantifier",
    40,
    "both blocks shiny?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: every(s, s.f(shape="cube"), material="metal"),
)
C(
    "spatial",
    40,
    "what colour is the cube in front of the cylinder",
    "q(u(f(rel(u(sel(cylinder)), front), shape=cube)), color)",
    lambda s: s.a(only(among(s, related(s, "front", s.the(shape="cylinder")), shape="cube")), "color"),
)

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl (far right), large blue metal cube, small yellow rubber sph
C(
    "count",
    41,
    "number of tubes",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "negation",
    41,
    "how many shiny things besides the blue ones?",
    "count(fn(f(scene(), material=metal), color=blue))",
    lambda s: n(but(s, s.f(material="metal"), color="blue")),
)
C(
    "compare_count",
    41,
    "yellow stuff or blue stuff, which has more?",
    "common_value(union(f(scene(), color=yellow), f(scene(), color=blue)), color)",
    lambda s: more_of(s.a(i, "color") for i in s.f(color=("yellow", "blue"))),
)
C(
    "spatial",
    41,
    "which ball is in front of the cube? just the colour",
    "q(u(f(rel(u(sel(cube)), front), shape=sphere)), color)",
    lambda s: s.a(only(among(s, related(s, "front", s.the(shape="cube")), shape="sphere")), "color"),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "negation",
    42,
    "blue things but not the cylinders",
    "count(fn(f(scene(), color=blue), shape=cylinder))",
    lambda s: n(but(s, s.f(color="blue"), shape="cylinder")),
)
C(
    "two_clause",
    42,
    "Is there a small blue cylinder that's shiny, and a big blue cylinder that's matte?",
    "and_(exist(f(sel(cylinder), size=small, color=blue, material=metal)), exist(f(sel(cylinder), size=large, color=blue, material=rubber)))",
    lambda s: yes(
        bool(s.f(shape="cylinder", size="small", color="blue", material="metal"))
        and bool(s.f(shape="cylinder", size="large", color="blue", material="rubber"))
    ),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph (far left), small cyan rubber sph
C(
    "count",
    43,
    "cyan balls count",
    "count(f(sel(sphere), color=cyan))",
    lambda s: n(s.f(shape="sphere", color="cyan")),
)
C(
    "compare_size",
    43,
    "the big turquoise ball or the little blue can - which is bigger?",
    "compare(u(f(sel(sphere), size=large, color=cyan)), u(f(sel(cylinder), color=blue)), bigger)",
    lambda s: bigger(s, s.the(shape="sphere", size="large", color="cyan"), s.the(shape="cylinder", color="blue")),
)
C(
    "where",
    43,
    "the big grey ball: left side or right?",
    "choose(u(f(sel(sphere), size=large, color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="gray")),
)

# scene 44: large brown rubber sph (back), small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube (far left)
C(
    "where",
    44,
    "is the big brown ball in front of the little brown one or behind it?",
    "choose_rel(u(f(sel(sphere), size=large, color=brown)), [front, behind], role=object, name=sphere)",
    lambda s: side_of_other(
        s,
        s.the(shape="sphere", size="large", color="brown"),
        s.the(shape="sphere", size="small", color="brown"),
        ("front", "behind"),
    ),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph (front), large cyan rubber sph, small yellow metal cyl
C(
    "list",
    45,
    "big balls colours",
    "values(f(sel(sphere), size=large), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere", size="large")),
)
C(
    "two_clause",
    45,
    "is there a grey cube, a grey cylinder and a grey ball?",
    "and_(and_(exist(f(sel(cube), color=gray)), exist(f(sel(cylinder), color=gray))), exist(f(sel(sphere), color=gray)))",
    lambda s: yes(all(s.f(shape=shape, color="gray") for shape in ("cube", "cylinder", "sphere"))),
)
X(45, "which ball does the photographer like most")

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph (far left), small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "negation",
    46,
    "how many things apart from the purple ones?",
    "count(fn(scene(), color=purple))",
    lambda s: n(but(s, s.all(), color="purple")),
)
C(
    "where",
    46,
    "little green ball - left or right side of the pic",
    "choose(u(f(sel(sphere), size=small, color=green)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="green")),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (far right), small blue rubber cyl, small purple metal cube, small yellow metal sph (far left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "count",
    47,
    "purple cubes?",
    "count(f(sel(cube), color=purple))",
    lambda s: n(s.f(shape="cube", color="purple")),
)
C(
    "compare_count",
    47,
    "which is there more of, bricks or cans?",
    "common_value(union(sel(cube), sel(cylinder)), shape)",
    lambda s: more_of(s.a(i, "shape") for i in s.f(shape=("cube", "cylinder"))),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "two_clause",
    48,
    "are all the balls big and is any of them yellow",
    "and_(not_(exist(fn(sel(sphere), size=large))), exist(f(sel(sphere), color=yellow)))",
    lambda s: yes(
        all(s.a(i, "size") == "large" for i in s.f(shape="sphere")) and bool(s.f(shape="sphere", color="yellow"))
    ),
)
C(
    "compare_size",
    48,
    "blue can or red box, which is bigger",
    "compare(u(f(sel(cylinder), color=blue)), u(f(sel(cube), color=red)), bigger)",
    lambda s: bigger(s, s.the(shape="cylinder", color="blue"), s.the(shape="cube", color="red")),
)
C(
    "spatial",
    48,
    "ball right of the can colour",
    "q(u(f(rel(u(sel(cylinder)), right), shape=sphere)), color)",
    lambda s: s.a(only(among(s, related(s, "right", s.the(shape="cylinder")), shape="sphere")), "color"),
)
X(48, "how much would all these balls weigh together")

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "exist",
    49,
    "is there a green block that's shiny",
    "exist(f(sel(cube), color=green, material=metal))",
    lambda s: yes(bool(s.f(shape="cube", color="green", material="metal"))),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "exist",
    50,
    "any shiny?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "compare_size",
    50,
    "green box or green tube, bigger?",
    "compare(u(f(sel(cube), color=green)), u(f(sel(cylinder), color=green)), bigger)",
    lambda s: bigger(s, s.the(shape="cube", color="green"), s.the(shape="cylinder", color="green")),
)
C(
    "count",
    50,
    "so I'm redecorating and honestly I love this shade of green. how many green things are in the picture? asking for the colour swatch lol",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "compare_size",
    51,
    "is the brown ball smaller than the grey one?",
    "larger(u(f(sel(sphere), color=gray)), u(f(sel(sphere), color=brown)))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="brown"), "size") == "small"
        and s.a(s.the(shape="sphere", color="gray"), "size") == "large"
    ),
)
X(51, "where did someone buy the grey ball?")

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "negation",
    52,
    "how many blocks other than the brown one",
    "count(diff(sel(cube), u(f(sel(cube), color=brown))))",
    lambda s: n([i for i in s.f(shape="cube") if i != s.the(shape="cube", color="brown")]),
)
C(
    "two_clause",
    52,
    "is the grey can small and shiny and is the brown block matte?",
    "and_(and_(verify(u(f(sel(cylinder), color=gray)), size, small), verify(u(f(sel(cylinder), color=gray)), material, metal)), verify(u(f(sel(cube), color=brown)), material, rubber))",
    lambda s: yes(
        has(s, s.the(shape="cylinder", color="gray"), size="small", material="metal")
        and has(s, s.the(shape="cube", color="brown"), material="rubber")
    ),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube (far right), large blue rubber cube, small gray rubber cube (far left)
C(
    "where",
    53,
    "which side of the picture is the purple block on, left or right?",
    "choose(u(f(sel(cube), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="purple")),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C(
    "exist",
    54,
    "anything small?",
    "exist(f(scene(), size=small))",
    lambda s: yes(bool(s.f(size="small"))),
)

# scene 55: large green metal cube, small purple rubber cube (far right), large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "negation",
    55,
    "purple things other than the balls",
    "count(fn(f(scene(), color=purple), shape=sphere))",
    lambda s: n(but(s, s.f(color="purple"), shape="sphere")),
)
C(
    "compare_count",
    55,
    "which has more things, purple or yellow?",
    "common_value(union(f(scene(), color=purple), f(scene(), color=yellow)), color)",
    lambda s: more_of(s.a(i, "color") for i in s.f(color=("purple", "yellow"))),
)

# scene 56: small blue rubber cube, small yellow rubber sph (far right), large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "attribute",
    56,
    "green drum material",
    "q(u(f(sel(cylinder), color=green)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="green"), "material"),
)
C(
    "where",
    56,
    "yellow marble: left or right side of the picture?",
    "choose(u(f(sel(sphere), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="yellow")),
)
C(
    "spatial",
    56,
    "ball left of the cylinder colour?",
    "q(u(f(rel(u(sel(cylinder)), left), shape=sphere)), color)",
    lambda s: s.a(only(among(s, related(s, "left", s.the(shape="cylinder")), shape="sphere")), "color"),
)

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph (far left)
C(
    "negation",
    57,
    "how many things besides the grey blocks",
    "count(fn(scene(), color=gray))",
    lambda s: n(but(s, s.all(), color="gray")),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "two_clause",
    58,
    "is the ball small, blue and made of rubber?",
    "and_(and_(verify(u(sel(sphere)), size, small), verify(u(sel(sphere)), color, blue)), verify(u(sel(sphere)), material, rubber))",
    lambda s: yes(has(s, s.the(shape="sphere"), size="small", color="blue", material="rubber")),
)
C(
    "compare_attr",
    58,
    "cyan box vs purple box, same size or not?",
    "same(sel(cube), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cube")}) == 1),
)

# scene 59: small purple rubber cyl, large cyan rubber cyl (far right), large brown rubber sph (far left), large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "attribute",
    59,
    "only shiny thing here, what shape",
    "q(u(f(scene(), material=metal)), shape)",
    lambda s: s.a(s.the(material="metal"), "shape"),
)
X(59, "what is the purple cube for? like what do people use it for")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES' (large), red sign 'STOP' (top right, right of the bus), white car (bottom left, left of the bus), tree behind the bus, small brown dog, road text 'NO PARKING'
P(
    "count",
    "street",
    "people count",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "count",
    "street",
    "guys in ties how many",
    "count(rel(sel(tie), wearing, name=man))",
    lambda p: n([o for o in wearers(p, "tie") if p.name(o) == "man"]),
)
P(
    "text",
    "street",
    "writing on bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "attribute",
    "street",
    "stop sign colour",
    "q(u(sel(sign)), color)",
    lambda p: p.value(p.the("sign"), "color"),
)
P(
    "spatial",
    "street",
    "is the lady holding the dog?",
    "vrel(u(sel(dog)), holding, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "holding", p.the("dog"))),
)
P(
    "attribute",
    "street",
    "hey so I'm trying to describe this photo to my gran over the phone and she keeps asking about the car. what colour is the car? she wants to know if it's like hers",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "compare_size",
    "street",
    "bus or dog: which is bigger?",
    "compare(u(sel(bus)), u(sel(dog)), bigger)",
    lambda p: photo_bigger(p, p.the("bus"), p.the("dog")),
)
P(
    "compare_size",
    "street",
    "is the dog bigger than the bus or the other way round",
    "compare(u(sel(dog)), u(sel(bus)), bigger)",
    lambda p: photo_bigger(p, p.the("dog"), p.the("bus")),
)
P(
    "negation",
    "street",
    "how many people other than the woman",
    "count(diff(sel(person), u(sel(woman))))",
    lambda p: n([o for o in people(p) if o != p.the("woman")]),
)
P(
    "negation",
    "street",
    "how many people are there besides the ones wearing ties?",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([o for o in people(p) if o not in wearers(p, "tie")]),
)
P(
    "where",
    "street",
    "where's the stop sign - left or right side?",
    "choose(u(sel(sign)), hposition, [left, right])",
    lambda p: p.value(p.the("sign"), "hposition"),
)
P(
    "where",
    "street",
    "where is the car compared to the bus, left or right?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P(
    "where",
    "street",
    "where's the tree relative to the bus? in front or behind",
    "choose_rel(u(sel(tree)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("tree"), p.the("bus"), ("front", "behind")),
)
P(
    "two_clause",
    "street",
    "is the guy on the left wearing a red tie and the guy on the right a blue one?",
    "and_(exist(f(rel(u(f(sel(man), hposition=left)), wearing, role=object), color=red)), exist(f(rel(u(f(sel(man), hposition=right)), wearing, role=object), color=blue)))",
    lambda p: yes(
        p.value(worn_by(p, p.the("man", hposition="left")), "color") == "red"
        and p.value(worn_by(p, p.the("man", hposition="right")), "color") == "blue"
    ),
)
P(
    "compare_count",
    "street",
    "which has more, men or women?",
    "common_value(union(sel(man), sel(woman)), name)",
    lambda p: more_of(p.name(o) for o in p.f(("man", "woman"))),
)
P(
    "chain",
    "street",
    "who's got hold of the dog",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "chain",
    "street",
    "tie colour guy in white",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "text",
    "street",
    "road writing says what",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "exist",
    "street",
    "bikes?",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "spatial",
    "street",
    "Is the guy on the right standing to the right of the bus?",
    "exist(inter(rel(u(sel(bus)), right), u(f(sel(man), hposition=right))))",
    lambda p: yes(p.has(p.the("man", hposition="right"), "right", p.the("bus"))),
)
X("street", "where's the bus headed?")
X("street", "how much is a ticket on that bus")
X("street", "whats the dogs name")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a silver metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right
P(
    "count",
    "kitchen",
    "mugs on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "text",
    "kitchen",
    "clock says?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "what colour is the fork",
    "q(u(sel(fork)), color)",
    lambda p: p.value(p.the("fork"), "color"),
)
P(
    "text",
    "kitchen",
    "bottle label",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "compare_pos",
    "kitchen",
    "red mug or white mug: which one's further left?",
    "q(ord(union(u(f(sel(cup), color=red)), u(f(sel(cup), color=white))), left, 1), color)",
    lambda p: p.value(side_of(p, [p.the("cup", color="red"), p.the("cup", color="white")], "left"), "color"),
)
P(
    "compare_count",
    "kitchen",
    "which is there more of, cups or plates?",
    "common_value(union(sel(cup), sel(plate)), name)",
    lambda p: more_of(p.name(o) for o in p.f(("cup", "plate"))),
)
P(
    "negation",
    "kitchen",
    "how many things on the table apart from the cups",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) != "cup"]),
)
P(
    "negation",
    "kitchen",
    "how many mugs that aren't white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "negation",
    "kitchen",
    "excluding the plate, how many white things are on the table?",
    "count(diff(f(rel(u(sel(table)), on), color=white), u(sel(plate))))",
    lambda p: n(
        [o for o in p.subjects("on", p.the("table")) if p.value(o, "color") == "white" and o != p.the("plate")]
    ),
)
P(
    "where",
    "kitchen",
    "where's the woman, left or right side?",
    "choose(u(sel(woman)), hposition, [left, right])",
    lambda p: p.value(p.the("woman"), "hposition"),
)
P(
    "where",
    "kitchen",
    "where's the blue cup relative to the plate, left or right?",
    "choose_rel(u(f(sel(cup), color=blue)), [left, right], role=object, name=plate)",
    lambda p: photo_side(p, p.the("cup", color="blue"), p.the("plate"), ("left", "right")),
)
P(
    "where",
    "kitchen",
    "where is the clock, above the table or below it?",
    "choose_rel(u(sel(clock)), [above, below], role=object, name=table)",
    lambda p: photo_side(p, p.the("clock"), p.the("table"), ("above", "below")),
)
P(
    "two_clause",
    "kitchen",
    "is the table wooden and brown",
    "and_(verify(u(sel(table)), material, wood), verify(u(sel(table)), color, brown))",
    lambda p: yes(p.value(p.the("table"), "material") == "wood" and p.value(p.the("table"), "color") == "brown"),
)
P(
    "two_clause",
    "kitchen",
    "is the fork metal and is it lying near the plate?",
    "and_(verify(u(sel(fork)), material, metal), vrel(u(sel(plate)), near, name=fork))",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal" and p.has(p.the("fork"), "near", p.the("plate"))),
)
P(
    "two_clause",
    "kitchen",
    "Is there a green bottle and a blue cup on the table?",
    "and_(exist(f(rel(u(sel(table)), on, name=bottle), color=green)), exist(f(rel(u(sel(table)), on, name=cup), color=blue)))",
    lambda p: yes(
        any(p.value(o, "color") == "green" for o in named(p, p.subjects("on", p.the("table")), "bottle"))
        and any(p.value(o, "color") == "blue" for o in named(p, p.subjects("on", p.the("table")), "cup"))
    ),
)
P(
    "attribute",
    "kitchen",
    "what colour is the lady wearing",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "attribute",
    "kitchen",
    "Hi! Writing alt text for my food blog and I want to get the details right. What's the table made of? Thanks in advance, love this app",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "exist",
    "kitchen",
    "knife?",
    "exist(sel(knife))",
    lambda p: yes(bool(p.f("knife"))),
)
P(
    "spatial",
    "kitchen",
    "what's lying close to the plate?",
    "q(u(rel(u(sel(plate)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("plate")))),
)
P(
    "list",
    "kitchen",
    "cup colours",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "spatial",
    "kitchen",
    "is the bottle to the left of the white mug?",
    "vrel(u(f(sel(cup), color=white)), left, name=bottle)",
    lambda p: yes(p.has(p.the("bottle"), "left", p.the("cup", color="white"))),
)
X("kitchen", "how much did the bottle cost")
X("kitchen", "is the woman waiting for someone to come home?")
X("kitchen", "what's she going to cook for dinner tonight")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees
P(
    "count",
    "park",
    "dogs?",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "count",
    "park",
    "how many kids are in the park",
    "count(sel(child))",
    lambda p: n(p.f(("boy", "girl"))),
)
P(
    "attribute",
    "park",
    "frisbee colour",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "chain",
    "park",
    "what's the boy throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "compare_pos",
    "park",
    "the boy or the girl, who's further left?",
    "q(ord(union(u(sel(boy)), u(sel(girl))), left, 1), name)",
    lambda p: p.name(side_of(p, [p.the("boy"), p.the("girl")], "left")),
)
P(
    "compare_count",
    "park",
    "which has more, women or girls",
    "common_value(union(sel(woman), sel(girl)), name)",
    lambda p: more_of(p.name(o) for o in p.f(("woman", "girl"))),
)
P(
    "negation",
    "park",
    "how many people other than the kids?",
    "count(diff(sel(person), union(sel(boy), sel(girl))))",
    lambda p: n([o for o in people(p) if p.name(o) not in {"boy", "girl"}]),
)
P(
    "negation",
    "park",
    "how many people besides the woman in red",
    "count(diff(sel(person), u(f(sel(woman), color=red))))",
    lambda p: n([o for o in people(p) if o != p.the("woman", color="red")]),
)
P(
    "negation",
    "park",
    "dogs that aren't black",
    "count(fn(sel(dog), color=black))",
    lambda p: n([o for o in p.f("dog") if p.value(o, "color") != "black"]),
)
P(
    "where",
    "park",
    "where's the bike, left or right side of the picture?",
    "choose(u(sel(bicycle)), hposition, [left, right])",
    lambda p: p.value(p.the("bicycle"), "hposition"),
)
P(
    "where",
    "park",
    "where is the frisbee - top or bottom?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "where",
    "park",
    "where's the bike relative to the bench, left or right of it",
    "choose_rel(u(sel(bicycle)), [left, right], role=object, name=bench)",
    lambda p: photo_side(p, p.the("bicycle"), p.the("bench"), ("left", "right")),
)
P(
    "where",
    "park",
    "the girl in pink: is there a tree in front of her or behind her?",
    "choose_rel(u(sel(girl)), [front, behind], name=tree)",
    lambda p: only([r for r in ("front", "behind") if named(p, p.subjects(r, p.the("girl")), "tree")]),
)
P(
    "two_clause",
    "park",
    "is the woman in red holding a dog, and is it the black one?",
    "exist(f(rel(u(f(sel(woman), color=red)), holding, role=object, name=dog), color=black))",
    lambda p: yes(
        any(
            p.name(o) == "dog" and p.value(o, "color") == "black"
            for o in p.objects_of(p.the("woman", color="red"), "holding")
        )
    ),
)
P(
    "two_clause",
    "park",
    "bench green and made of wood?",
    "and_(verify(u(sel(bench)), color, green), verify(u(sel(bench)), material, wood))",
    lambda p: yes(p.value(p.the("bench"), "color") == "green" and p.value(p.the("bench"), "material") == "wood"),
)
P(
    "two_clause",
    "park",
    "Is the boy wearing blue and is he near the bench?",
    "and_(verify(u(sel(boy)), color, blue), vrel(u(sel(bench)), near, name=boy))",
    lambda p: yes(p.value(p.the("boy"), "color") == "blue" and p.has(p.the("boy"), "near", p.the("bench"))),
)
P(
    "chain",
    "park",
    "what colour is the pup by the little girl",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "chain",
    "park",
    "what's the lady in white standing next to?",
    "q(u(rel(u(f(sel(woman), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("woman", color="white")))),
)
P(
    "chain",
    "park",
    "Lost my frisbee at the park today and a kid in this photo from the community page is throwing one. What colour is the frisbee the boy's throwing? Just want to know before I go and ask his mum",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "exist",
    "park",
    "anyone in pink?",
    "exist(f(sel(person), color=pink))",
    lambda p: yes(any(p.value(o, "color") == "pink" for o in people(p))),
)
P(
    "attribute",
    "park",
    "bike colour?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
X("park", "what's the black dog called")
X("park", "why is the boy throwing the frisbee")
X("park", "where are they all going after the park?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P(
    "count",
    "shapes",
    "circles count",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "count",
    "shapes",
    "blue shapes?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "attribute",
    "shapes",
    "star colour",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "compare_size",
    "shapes",
    "triangle or square, which is bigger?",
    "compare(u(sel(triangle)), u(sel(square)), bigger)",
    lambda p: photo_bigger(p, p.the("triangle"), p.the("square")),
)
P(
    "compare_size",
    "shapes",
    "is the star bigger than the yellow rectangle or the other way round?",
    "compare(u(sel(star)), u(f(sel(rectangle), color=yellow)), bigger)",
    lambda p: photo_bigger(p, p.the("star"), p.the("rectangle", color="yellow")),
)
P(
    "compare_size",
    "shapes",
    "big red circle vs little blue circle - is the red one bigger?",
    "larger(u(f(sel(circle), color=red)), u(f(sel(circle), color=blue)))",
    lambda p: yes(
        p.value(p.the("circle", color="red"), "size") == "large"
        and p.value(p.the("circle", color="blue"), "size") == "small"
    ),
)
P(
    "compare_count",
    "shapes",
    "which are there more of, blue shapes or red shapes?",
    "common_value(union(f(scene(), color=blue), f(scene(), color=red)), color)",
    lambda p: more_of(p.value(o, "color") for o in p.objects if p.value(o, "color") in {"blue", "red"}),
)
P(
    "compare_pos",
    "shapes",
    "star or square: which one is lower down?",
    "q(ord(union(u(sel(star)), u(sel(square))), bottom, 1), name)",
    lambda p: p.name(lowest(p, [p.the("star"), p.the("square")])),
)
P(
    "negation",
    "shapes",
    "how many shapes that aren't blue",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "negation",
    "shapes",
    "how many shapes except the circles?",
    "count(diff(scene(), sel(circle)))",
    lambda p: n([o for o in p.objects if p.name(o) != "circle"]),
)
P(
    "negation",
    "shapes",
    "excluding the big ones, how many shapes are there",
    "count(fn(scene(), size=large))",
    lambda p: n([o for o in p.objects if p.value(o, "size") != "large"]),
)
P(
    "negation",
    "shapes",
    "how many red shapes other than the star?",
    "count(diff(f(scene(), color=red), u(sel(star))))",
    lambda p: n([o for o in p.f(color="red") if o != p.the("star")]),
)
P(
    "where",
    "shapes",
    "where's the triangle, left or right?",
    "choose(u(sel(triangle)), hposition, [left, right])",
    lambda p: p.value(p.the("triangle"), "hposition"),
)
P(
    "where",
    "shapes",
    "where's the hexagon - top or bottom?",
    "choose(u(sel(hexagon)), vposition, [top, bottom])",
    lambda p: p.value(p.the("hexagon"), "vposition"),
)
P(
    "where",
    "shapes",
    "the small blue circle, where is it: left, middle or right?",
    "choose(u(f(sel(circle), color=blue)), hposition, [left, middle, right])",
    lambda p: p.value(p.the("circle", color="blue"), "hposition"),
)
P(
    "two_clause",
    "shapes",
    "is the triangle green and big?",
    "and_(verify(u(sel(triangle)), color, green), verify(u(sel(triangle)), size, large))",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green" and p.value(p.the("triangle"), "size") == "large"),
)
P(
    "two_clause",
    "shapes",
    "is there a small red star and a big yellow rectangle",
    "and_(exist(f(sel(star), size=small, color=red)), exist(f(sel(rectangle), size=large, color=yellow)))",
    lambda p: yes(
        bool(p.f("star", size="small", color="red")) and bool(p.f("rectangle", size="large", color="yellow"))
    ),
)
P(
    "two_clause",
    "shapes",
    "Is the square blue and in the top row, and is the hexagon blue too?",
    "and_(and_(verify(u(sel(square)), color, blue), verify(u(sel(square)), vposition, top)), verify(u(sel(hexagon)), color, blue))",
    lambda p: yes(
        p.value(p.the("square"), "color") == "blue"
        and p.value(p.the("square"), "vposition") == "top"
        and p.value(p.the("hexagon"), "color") == "blue"
    ),
)
P(
    "exist",
    "shapes",
    "anything both green and small?",
    "exist(f(scene(), color=green, size=small))",
    lambda p: yes(bool(p.f(color="green", size="small"))),
)
P(
    "attribute",
    "shapes",
    "yellow one shape?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
P(
    "exist",
    "shapes",
    "pentagon?",
    "exist(sel(pentagon))",
    lambda p: yes(bool(p.f("pentagon"))),
)
P(
    "count",
    "shapes",
    "Hiya, helping my little one with her homework and the sheet has this drawing on it. Question 3 asks how many small shapes there are. She says 4 and I just want to double-check before she hands it in, cheers",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "count",
    "shapes",
    "top row shapes count",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "superlative",
    "shapes",
    "which colour has the most shapes",
    "common_value(scene(), color)",
    lambda p: more_of(p.value(o, "color") for o in p.objects),
)
P(
    "superlative",
    "shapes",
    "leftmost shape?",
    "q(ord(scene(), left, 1), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "shape"),
)
P(
    "list",
    "shapes",
    "bottom row colours",
    "values(f(scene(), vposition=bottom), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="bottom")),
)
P(
    "compare_attr",
    "shapes",
    "circles same colour?",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "exist",
    "shapes",
    "is there a square that's not blue",
    "exist(fn(sel(square), color=blue))",
    lambda p: yes(any(p.value(o, "color") != "blue" for o in p.f("square"))),
)
P(
    "compare_size",
    "shapes",
    "Is the hexagon smaller than the triangle?",
    "larger(u(sel(triangle)), u(sel(hexagon)))",
    lambda p: yes(photo_bigger(p, p.the("triangle"), p.the("hexagon")) == "triangle"),
)
P(
    "count",
    "shapes",
    "small blue ones how many",
    "count(f(scene(), size=small, color=blue))",
    lambda p: n(p.f(size="small", color="blue")),
)
P(
    "two_clause",
    "shapes",
    "are both circles in the top row, and are they both red?",
    "and_(not_(exist(fn(sel(circle), vposition=top))), not_(exist(fn(sel(circle), color=red))))",
    lambda p: yes(all(p.value(o, "vposition") == "top" and p.value(o, "color") == "red" for o in p.f("circle"))),
)
P(
    "where",
    "shapes",
    "the yellow rectangle, top or bottom half?",
    "choose(u(f(sel(rectangle), color=yellow)), vposition, [top, bottom])",
    lambda p: p.value(p.the("rectangle", color="yellow"), "vposition"),
)
X("shapes", "who drew this")
X("shapes", "what is the star supposed to mean?")
X("shapes", "how long did this take to draw")
X("shapes", "which shape does my daughter like best")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
