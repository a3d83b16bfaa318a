# ruff: noqa: E501
"""Blind paraphrase set 53: English as the world writes it. About forty people whose first language is not English,
each imagined once and kept in character for five to seven questions about one picture, writing English the way
speakers of their first language typically do (word order, articles, prepositions, tense, plurals and question forms
carried over, idioms translated word for word, false friends), but always understandably; no word of the other language
appears. The cast and their habits: a Mandarin speaker (no articles or plurals, topic first, "have" for "there is":
"Picture inside have how many yellow thing?"), a Japanese speaker (very polite, counters: "please teach me", "how many
pieces of sphere", "isn't it?"), a Korean speaker (topic first, "more bigger", "I am curious", "that one material is
what?"), a Vietnamese speaker (no tense or plural, "... or not?", "it made from what?"), a Thai speaker ("same same",
"have ... how many?", "yes or no?"), an Indonesian speaker ("how many the cylinder", "there is ... or not?", "is it?"),
an Arabic speaker (formal, "the" everywhere, resumptive pronouns: "the cube that it is behind", "the sphere the big"),
a Persian speaker ("behind of", "in the right of", "or no?"), a Turkish speaker (verb last: "cubes how many there
are?", "purple sphere from red sphere bigger is?"), a Russian speaker (no articles, "tell please", "from metal", "what
colour it has?", "yes?"), a Polish speaker ("how many cubes is there", "on the right from", "actually" for "really"), a
German speaker (capitalised Nouns, "bigger as", "from Metal", "..., or?", "become" for "happen"), a Dutch speaker
("then" for "than", "actually", "a bit"), a French speaker (adjective after the noun: "the cube red", "she" for a
sphere, "make the count", "how many kilos she makes"), an Italian speaker ("how many ... there are?", "which colour
has", "no?"), a Spaniard ("how much cubes", "more big that", "say me"), a Mexican ("¿", "of what colour", "of metal,
no?", "on top of"), a Brazilian ("have" for "there is", "the woman of white", "near of"), a Greek speaker (the Greek
question mark ";" for "?"), a Hungarian (singular after numbers: "how many cube is there", "Or there is not?"), a
Romanian ("made from wood", "at the right of", "which colour it has"), a Hindi speaker (Indian English: "what all
colours", "same to same", "kindly", "only" for stress), a Bengali speaker ("how many cube are there", "big size", "most
back side"), a Tamil speaker ("totally", "... only, no?", "whether ... or not"), an Urdu speaker ("kindly tell me",
"persons", "on the extreme left"), a Swahili speaker ("they are how many?", "is it the cube is of metal?", "of red
colour"), a Yoruba speaker (Nigerian English: "please", "is it that", "they are how many", "having the same colour
with"), an Amharic speaker (topic first: "the frisbee, it is in the top?", "the woman of white"), a Hebrew speaker
("how much cups", "what hour it shows", "near to"), a Cantonese speaker (Hong Kong English: "got", "write what words",
"same colour or not?"), a Ukrainian speaker ("on the photo", "behind of", "on the left from", "what colour has"), a
Finnish speaker (no articles, "he" for a woman and "his" for a girl), a Tagalog speaker ("who is the one holding", "the
dog beside the girl", "is it the bike is red?", "how many are the children"), a Czech speaker ("on the picture", "some
shape", "which colour has"), a Swedish speaker ("is it a star" for "is there a star", "up to the right", "which colour
is it most of"), a Danish speaker ("is it so that", "give me them all"), a Bulgarian speaker ("how many are the
shapes", "the upper row"), a Nepali speaker ("sir", "same colour like", "in the bottom"), a Lithuanian speaker ("is big
the yellow rectangle?", "most right in the top") and a Serbian speaker ("how many big objects is there", "make a
fight").

The questions cover counts (with conditions, negation, "except", "if we don't count", "neither ... nor"), existence,
an attribute of one thing, comparisons of counts and of attributes, relations (left, right, in front, behind on CLEVR;
on the photo graphs only their stated relations: on, near, holding, wearing, throwing, above, behind, left, right, in
front), one- and two-hop chains ("there is cylinder in front of small purple sphere, and there is cube at right side of
that cylinder"), superlatives and ordinals ("the most back side", "second from the left", "on the extreme left"),
other objects sharing a value ("same colour like the big grey cylinder"), yes/no with two conditions ("and also", "or"),
quantifiers ("all", "both", "all of them"), the text on the photos' bus, road, bottle and clock, sides of the picture
("at left side or right side of picture", "in the top of the picture or in the bottom"), a list of values ("what all
colours"), the number of different colours and the most common colour, and the sizes of two things ("more big that",
"bigger as", "which one is bigger, the hexagon or the yellow rectangle?").

About 55% ask about CLEVR val scenes (one person to one scene), 30% about the photo-like graphs (street, kitchen,
park) and 15% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the
person's other questions (prices and values, names and owners, feelings and preferences, intentions, what happens
next, why, places and years outside the picture).

Conventions. "The X" is only used where exactly one X matches, counting a square as a rectangle; places and orders are
only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25 scene units)
of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of an object
whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawings neighbours in an order
are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations and attributes leave
open (a cup "right of the plate" is not asked, as two cups stand there to the eye though the graph states one). A
which-side question is answered with the side; a "which is bigger" between two things is asked only where their size
classes differ, and answered with the word that tells the bigger one from the other (its shape). Answers are the
graph's words (gray, not grey; sphere, not ball; "circle, star" for a list, most frequent first, ties alphabetical).
Every gold program and answer comes from the scene by plain Python.

Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other set but the
fifty-first (read for the format only), and never run through nsvr's parser or planner before the set was final. The
CLEVR scenes are ones set 51 did not use.

Run ``python build_blind53.py`` to write ``../blind53.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind53.jsonl"
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


def is_rel(s: Clevr, target: dict, relation: str, anchor: dict) -> str:
    """yes/no: the one object ``target`` describes is ``relation`` of the one ``anchor`` describes."""
    t, a = s.the(**target), s.the(**anchor)
    if abs(along(s, t, relation) - along(s, a, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(t in s.rel(relation, a))


def hop(s: Clevr, anchor: int, relation: str, **want) -> int:
    """The one object with the given attributes that is ``relation`` of the anchor (a careful person's call)."""
    return only(among(s, related(s, relation, anchor), **want))


def picture_side(s: Clevr, i: int) -> str:
    """left or right of the picture by box centre; NotUnique unless the centre is within SIDE pixels of an edge."""
    x, _, w, _ = s.objects[i]["bbox"]
    centre = x + w / 2
    if centre < SIDE:
        return "left"
    if centre > 480 - SIDE:
        return "right"
    raise NotUnique(f"object {i} is not clearly on one side ({centre})")


def larger(s: Clevr, a: int, b: int) -> str:
    """yes/no: object a is larger than object b; NotUnique when their size classes are the same."""
    if s.a(a, "size") == s.a(b, "size"):
        raise NotUnique("same size class")
    return yes(s.a(a, "size") == "large")


def among(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids with every given attribute value."""
    return [i for i in ids if all(s.a(i, k) == v for k, v in want.items())]


def others(s: Clevr, anchor: int, attribute: str) -> list[int]:
    """The objects other than the anchor that share its value of ``attribute``."""
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def every(s: Clevr, ids: list[int], **want) -> str:
    """yes/no: every object of ids has every given attribute value."""
    return yes(all(all(s.a(i, k) == v for k, v in want.items()) for i in ids))


def alike(s: Clevr, ids: list[int], attribute: str) -> str:
    """yes/no: the objects of ids (at least two) share one value of ``attribute``."""
    if len(ids) < 2:
        raise NotUnique(f"fewer than two objects: {ids}")
    return yes(len({s.a(i, attribute) for i in ids}) == 1)


def but(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids that lack at least one of the given attribute values."""
    return [i for i in ids if not all(s.a(i, k) == v for k, v in want.items())]


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def children(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in {"boy", "girl"}]


def rectangles(p: Photo) -> list[str]:
    """The drawing's rectangles, a square counting as one."""
    return [o for o in p.objects if p.name(o) in {"rectangle", "square"}]


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


def photo_side(p: Photo, target: str, anchor: str, options: tuple[str, str]) -> str:
    """Which of two opposite relations the graph states of target to anchor; NotUnique when it states neither or
    both."""
    return only([o for o in options if p.has(target, o, anchor)])


def bigger_of(s: Clevr, a: int, b: int, attribute: str = "shape") -> str:
    """Which of objects a and b is the bigger, told by its ``attribute``; NotUnique when their size classes are the
    same or that attribute does not tell them apart."""
    if s.a(a, "size") == s.a(b, "size") or s.a(a, attribute) == s.a(b, attribute):
        raise NotUnique("same size class or not told apart")
    return s.a(a if s.a(a, "size") == "large" else b, attribute)


def drawn_larger(p: Photo, a: str, b: str) -> str:
    """yes/no: drawn shape a is larger than drawn shape b; NotUnique when their size classes are the same."""
    if p.value(a, "size") == p.value(b, "size"):
        raise NotUnique("same size class")
    return yes(p.value(a, "size") == "large")


def drawn_bigger_of(p: Photo, a: str, b: str) -> str:
    """Which of drawn shapes a and b is the bigger, told by its shape; NotUnique when their size classes are the same."""
    if p.value(a, "size") == p.value(b, "size") or p.value(a, "shape") == p.value(b, "shape"):
        raise NotUnique("same size class or same shape")
    return p.value(a if p.value(a, "size") == "large" else b, "shape")


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# =================================================================================================================
# CLEVR scenes, one person each
# =================================================================================================================

# --- the Mandarin speaker, scene 4: small red rubber cyl (back), small green rubber cyl (far left), small brown rubber sph (front), small yellow metal sph (far right), small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph
C(
    "count",
    4,
    "Picture inside have how many yellow thing?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "negation",
    4,
    "Except cylinder, how many object have?",
    "count(fn(scene(), shape=cylinder))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cylinder"]),
)
C(
    "attribute",
    4,
    "Big ball is what color?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "spatial",
    4,
    "Purple metal cylinder left side have how many thing?",
    "count(rel(u(f(sel(cylinder), color=purple, material=metal)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="purple", material="metal"))),
)
C(
    "chain",
    4,
    "Purple ball right side have one ball. This ball is metal or rubber?",
    "choose(u(f(rel(u(f(sel(sphere), color=purple)), right), shape=sphere)), material, [metal, rubber])",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="purple"), "right", shape="sphere"), "material"),
)
C(
    "superlative",
    4,
    "Most left side the thing, it is what color?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
X(4, "This toy one set how much money? Where can buy?")

# --- the Japanese speaker, scene 6: small purple rubber sph, large red rubber cyl (back), small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube (far right), large red rubber sph (front), large gray rubber sph
C(
    "count",
    6,
    "Excuse me, please teach me how many pieces of sphere are in this picture.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    6,
    "About the small red cube, what material is it made from, please?",
    "q(u(f(sel(cube), size=small, color=red)), material)",
    lambda s: s.a(s.the(shape="cube", size="small", color="red"), "material"),
)
C(
    "compare_attr",
    6,
    "Large red cylinder and large red sphere are same material, isn't it?",
    "same(u(f(sel(cylinder), size=large, color=red)), u(f(sel(sphere), size=large, color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large", color="red"), "material")
        == s.a(s.the(shape="sphere", size="large", color="red"), "material")
    ),
)
C(
    "superlative",
    6,
    "Which object is in the most back position? I would like to know its color, please.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "same_attr",
    6,
    "Sorry to trouble you. How many other objects have the same color as small purple sphere?",
    "count(same_attr(u(f(sel(sphere), size=small, color=purple)), color))",
    lambda s: n(others(s, s.the(shape="sphere", size="small", color="purple"), "color")),
)
C(
    "chain",
    6,
    "Sorry for long question. There is cylinder in front of small purple sphere, and there is cube at right side of that cylinder. What color is this cube, please?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=purple)), front), shape=cylinder)), right), shape=cube)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", size="small", color="purple"), "front", shape="cylinder"),
            "right",
            shape="cube",
        ),
        "color",
    ),
)
X(6, "Excuse me, who made these objects, and for what purpose, please?")

# --- the Korean speaker, scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl (far right), small cyan metal cube (far left), small brown rubber cube (back), large purple metal sph, small yellow rubber cyl (front), small yellow metal cube
C("count", 8, "Cube is how many? I am curious.", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "count",
    8,
    "Small and metal object, how many exist?",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "compare_count",
    8,
    "Cylinders are less than cubes, right?",
    "lt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="cube"))),
)
C(
    "compare_size",
    8,
    "Purple ball is more bigger than purple cylinder?",
    "larger(u(f(sel(sphere), color=purple)), u(f(sel(cylinder), color=purple)))",
    lambda s: larger(s, s.the(shape="sphere", color="purple"), s.the(shape="cylinder", color="purple")),
)
C(
    "superlative",
    8,
    "Most right side object, its color is what?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "position",
    8,
    "Cyan cube is at left side of picture or right side?",
    "choose(u(f(sel(cube), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="cyan")),
)
C(
    "chain",
    8,
    "Behind of yellow cylinder there is big cylinder. That one material is what?",
    "q(u(f(rel(u(f(sel(cylinder), color=yellow)), behind), shape=cylinder, size=large)), material)",
    lambda s: s.a(
        hop(s, s.the(shape="cylinder", color="yellow"), "behind", shape="cylinder", size="large"), "material"
    ),
)

# --- the Vietnamese speaker, scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl (front), large gray metal cyl, small gray rubber cube, large red rubber sph
C("count", 10, "How many cylinder in picture?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C("exist", 10, "In picture have cube or not?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))
C(
    "attribute",
    10,
    "Cube it made from what?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "compare_attr",
    10,
    "Two ball same size or not same?",
    "same(sel(sphere), size)",
    lambda s: alike(s, s.f(shape="sphere"), "size"),
)
C(
    "spatial",
    10,
    "Ball big purple, it on left of gray cylinder or not?",
    "exist(f(rel(u(f(sel(cylinder), color=gray)), left), color=purple, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "purple"}, "left", {"shape": "cylinder", "color": "gray"}),
)
C(
    "two_clause",
    10,
    "Have red ball and also have green ball, or not?",
    "and_(exist(f(sel(sphere), color=red)), exist(f(sel(sphere), color=green)))",
    lambda s: yes(bool(s.f(shape="sphere", color="red")) and bool(s.f(shape="sphere", color="green"))),
)
X(10, "Picture this take in which year?")

# --- the Thai speaker, scene 15: large green rubber cyl (left), large brown metal cyl, small purple metal cyl, large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (far right)
C("count", 15, "Have green thing how many?", "count(f(scene(), color=green))", lambda s: n(s.f(color="green")))
C(
    "verify",
    15,
    "Cube small, it blue color, yes or no?",
    "verify(u(sel(cube)), color, blue)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "blue"),
)
C(
    "compare_attr",
    15,
    "Ball green and ball red, same same material or not?",
    "same(u(f(sel(sphere), color=green)), u(f(sel(sphere), color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="green"), "material") == s.a(s.the(shape="sphere", color="red"), "material")
    ),
)
C(
    "superlative",
    15,
    "Thing most front is what shape?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "negation",
    15,
    "How many thing not metal?",
    "count(fn(scene(), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal"]),
)
C(
    "spatial",
    15,
    "Behind big brown cylinder have how many thing?",
    "count(rel(u(f(sel(cylinder), size=large, color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="large", color="brown"))),
)
X(15, "Ball red, it can eat or not? Taste like what?")

# --- the Indonesian speaker, scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph (right), small yellow rubber cube (front), small yellow rubber cyl (back), small brown metal cube (left)
C(
    "count",
    20,
    "How many the cylinder in this picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "exist",
    20,
    "There is red thing or not?",
    "exist(f(scene(), color=red))",
    lambda s: yes(bool(s.f(color="red"))),
)
C(
    "attribute",
    20,
    "The sphere is big or small?",
    "choose(u(sel(sphere)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere"), "size"),
)
C(
    "same_attr",
    20,
    "How many other thing have same color with the yellow cube?",
    "count(same_attr(u(f(sel(cube), color=yellow)), color))",
    lambda s: n(others(s, s.the(shape="cube", color="yellow"), "color")),
)
C(
    "quantifier",
    20,
    "All the cylinder is made from metal, is it?",
    "not_(exist(fn(sel(cylinder), material=metal)))",
    lambda s: every(s, s.f(shape="cylinder"), material="metal"),
)
C(
    "chain",
    20,
    "The cube which is in front of the purple cylinder, what color is it?",
    "q(u(f(rel(u(f(sel(cylinder), color=purple)), front), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="purple"), "front", shape="cube"), "color"),
)
C(
    "position",
    20,
    "The brown cube, it is at the left side or the right side of the picture?",
    "choose(u(f(sel(cube), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="brown")),
)

# --- the Arabic speaker, scene 32: small gray rubber cube (left), large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (far right)
C(
    "count",
    32,
    "Please, how many of the cubes there are in the picture?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "count",
    32,
    "How many the gray objects that they are made of the rubber?",
    "count(f(scene(), color=gray, material=rubber))",
    lambda s: n(s.f(color="gray", material="rubber")),
)
C(
    "attribute",
    32,
    "What is the material of the sphere the big?",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "compare_size",
    32,
    "Is the yellow sphere bigger from the red sphere?",
    "larger(u(f(sel(sphere), color=yellow)), u(f(sel(sphere), color=red)))",
    lambda s: larger(s, s.the(shape="sphere", color="yellow"), s.the(shape="sphere", color="red")),
)
C(
    "spatial",
    32,
    "How many objects they are in front of the cylinder?",
    "count(rel(u(sel(cylinder)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder"))),
)
C(
    "chain",
    32,
    "The cube that it is behind the red sphere, what is the colour of it?",
    "q(u(f(rel(u(f(sel(sphere), color=red)), behind), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="red"), "behind", shape="cube"), "color"),
)
X(32, "Who is the owner of these things, and from where he bought them?")

# --- the Persian speaker, scene 33: small cyan rubber cube (far right), small gray metal sph, small blue rubber cyl, large cyan metal cyl (back), large green metal cube, large red metal sph (front)
C(
    "count",
    33,
    "How many metal objects are there in the picture, please say.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_attr",
    33,
    "The two cyan objects, they have the same shape or no?",
    "same(f(scene(), color=cyan), shape)",
    lambda s: alike(s, s.f(color="cyan"), "shape"),
)
C(
    "spatial",
    33,
    "Is the gray sphere in the right of the big green cube?",
    "exist(f(rel(u(f(sel(cube), size=large, color=green)), right), color=gray, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "gray"}, "right", {"shape": "cube", "size": "large", "color": "green"}
    ),
)
C(
    "superlative",
    33,
    "Which object is the most behind of all? Say its colour please.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "chain",
    33,
    "Behind of the cube which is in the left of the blue cylinder, there is a cylinder. What colour is it?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=blue)), left), shape=cube)), behind), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="blue"), "left", shape="cube"), "behind", shape="cylinder"), "color"
    ),
)
C(
    "exist",
    33,
    "Is there a sphere which it is made of rubber?",
    "exist(f(sel(sphere), material=rubber))",
    lambda s: yes(bool(s.f(shape="sphere", material="rubber"))),
)

# --- the Turkish speaker, scene 35: small purple metal sph (back), large green metal cube (left), large green rubber cube, large red metal sph (front), large gray metal cube
C(
    "count",
    35,
    "In the picture, cubes how many there are?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "count",
    35,
    "From the green cubes, how many is made of metal?",
    "count(f(sel(cube), color=green, material=metal))",
    lambda s: n(s.f(shape="cube", color="green", material="metal")),
)
C(
    "compare_attr",
    35,
    "Green cubes, both of them same material are?",
    "same(f(sel(cube), color=green), material)",
    lambda s: alike(s, s.f(shape="cube", color="green"), "material"),
)
C(
    "superlative",
    35,
    "Most front object, its colour which is?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    35,
    "Behind of the red sphere how many objects there are?",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)
C(
    "compare_size",
    35,
    "Purple sphere from red sphere bigger is?",
    "larger(u(f(sel(sphere), color=purple)), u(f(sel(sphere), color=red)))",
    lambda s: larger(s, s.the(shape="sphere", color="purple"), s.the(shape="sphere", color="red")),
)
X(35, "These objects in which shop they are selling? Price how much?")

# --- the Russian speaker, scene 36: large purple metal sph (far right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph, large brown rubber cyl
C(
    "count",
    36,
    "Tell please, how many spheres there are on picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    36,
    "Is it true that all objects are from metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "attribute",
    36,
    "Cylinder — what colour it has?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "spatial",
    36,
    "How many objects are to the left from brown cylinder?",
    "count(rel(u(f(sel(cylinder), color=brown)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="brown"))),
)
C(
    "chain",
    36,
    "What colour has big sphere which stands behind small grey sphere?",
    "q(u(f(rel(u(f(sel(sphere), size=small, color=gray)), behind), shape=sphere, size=large)), color)",
    lambda s: s.a(
        hop(s, s.the(shape="sphere", size="small", color="gray"), "behind", shape="sphere", size="large"), "color"
    ),
)
C(
    "compare_count",
    36,
    "Metal objects are more than rubber objects, yes?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
X(36, "What will be with these objects if I will push purple sphere?")

# --- the Polish speaker, scene 37: large gray rubber cyl, small brown rubber cube (front), large purple metal cube, small red rubber sph (right), small red rubber cube, small gray metal cyl (back), small cyan rubber sph, large blue metal cyl (far left)
C(
    "count",
    37,
    "How many cubes is there on this picture?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "negation",
    37,
    "How many objects are there, if we don't count red ones?",
    "count(fn(scene(), color=red))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "red"]),
)
C(
    "same_attr",
    37,
    "How many other things have the same colour like the big grey cylinder?",
    "count(same_attr(u(f(sel(cylinder), size=large, color=gray)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="large", color="gray"), "color")),
)
C(
    "superlative",
    37,
    "Which thing stands the most on the left? What colour it has?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "chain",
    37,
    "There is a sphere on the right from the purple cube. From what material it is?",
    "q(u(f(rel(u(f(sel(cube), color=purple)), right), shape=sphere)), material)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="purple"), "right", shape="sphere"), "material"),
)
C(
    "two_clause",
    37,
    "It is true that the red sphere is small and the red cube also?",
    "and_(verify(u(f(sel(sphere), color=red)), size, small), verify(u(f(sel(cube), color=red)), size, small))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="red"), "size") == "small"
        and s.a(s.the(shape="cube", color="red"), "size") == "small"
    ),
)
X(37, "Who is actually the owner of all these things?")

# --- the German speaker, scene 38: small green rubber sph (front), large gray rubber cyl (back), small red metal sph, small green metal sph (right), large gray metal cyl
C(
    "count",
    38,
    "How many Spheres are there on the Picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    38,
    "Are the two grey Cylinders from the same Material, or?",
    "same(f(sel(cylinder), color=gray), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="gray"), "material"),
)
C(
    "compare_size",
    38,
    "Is the red Ball bigger as the Cylinder made out of Metal?",
    "larger(u(f(sel(sphere), color=red)), u(f(sel(cylinder), material=metal)))",
    lambda s: larger(s, s.the(shape="sphere", color="red"), s.the(shape="cylinder", material="metal")),
)
C(
    "superlative",
    38,
    "Which Object stands most far in the back? What Colour has it?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    38,
    "Are there Spheres left from the Rubber Cylinder?",
    "exist(f(rel(u(f(sel(cylinder), material=rubber)), left), shape=sphere))",
    lambda s: yes(bool(among(s, related(s, "left", s.the(shape="cylinder", material="rubber")), shape="sphere"))),
)
C(
    "two_clause",
    38,
    "Is there a green Sphere from Metal and also a red Sphere from Rubber?",
    "and_(exist(f(sel(sphere), color=green, material=metal)), exist(f(sel(sphere), color=red, material=rubber)))",
    lambda s: yes(
        bool(s.f(shape="sphere", color="green", material="metal"))
        and bool(s.f(shape="sphere", color="red", material="rubber"))
    ),
)
X(38, "What becomes with the Balls when they roll down from the Table?")

# --- the Dutch speaker, scene 44: large brown rubber sph (back), small brown metal sph (front), small purple rubber cube, large blue metal cube, small cyan metal cube (far left)
C(
    "compare_count",
    44,
    "Are there more cubes then spheres?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)
C(
    "compare_attr",
    44,
    "Are the two brown balls from the same size or not?",
    "same(f(sel(sphere), color=brown), size)",
    lambda s: alike(s, s.f(shape="sphere", color="brown"), "size"),
)
C(
    "count",
    44,
    "How many things are made of metal, actually?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "superlative",
    44,
    "What is the second thing from the left? The shape, I mean.",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "chain",
    44,
    "Which colour has the cube right of the small brown ball?",
    "q(u(f(rel(u(f(sel(sphere), size=small, color=brown)), right), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="small", color="brown"), "right", shape="cube"), "color"),
)
C(
    "position",
    44,
    "Is the cyan cube a bit on the left side of the picture or on the right?",
    "choose(u(f(sel(cube), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="cyan")),
)
X(44, "What did these things cost together, a bit more or less then ten euro?")

# --- the French speaker, scene 48: large yellow rubber sph, large red metal cube, large green metal sph (left), large gray metal sph (right), large green metal sph, small yellow metal cube (front), small blue metal cyl (back)
C(
    "count",
    48,
    "Can you make the count of the spheres in the image?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    48,
    "The cylinder, of which colour is it?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "compare_attr",
    48,
    "The two spheres green, are they of the same material?",
    "same(f(sel(sphere), color=green), material)",
    lambda s: alike(s, s.f(shape="sphere", color="green"), "material"),
)
C(
    "spatial",
    48,
    "The cylinder blue is behind the sphere yellow, isn't it?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), behind), color=blue, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "blue"}, "behind", {"shape": "sphere", "color": "yellow"}),
)
C(
    "chain",
    48,
    "What is the colour of the sphere at the right of the cube red?",
    "q(u(f(rel(u(f(sel(cube), color=red)), right), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="red"), "right", shape="sphere"), "color"),
)
C(
    "number",
    48,
    "How many colours different there are in the image?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
X(48, "The yellow sphere, she is heavy, no? How many kilos she makes?")

# --- the Italian speaker, scene 50: large purple rubber sph (front), large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube (left), large green rubber sph (back), small green rubber cyl
C(
    "count",
    50,
    "How many green things there are?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "quantifier",
    50,
    "All the objects are of rubber, no?",
    "not_(exist(fn(scene(), material=rubber)))",
    lambda s: every(s, s.all(), material="rubber"),
)
C(
    "attribute",
    50,
    "Which colour has the big cylinder?",
    "q(u(f(sel(cylinder), size=large)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "color"),
)
C(
    "compare_count",
    50,
    "There are the same number of spheres and of cubes?",
    "eq(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cube"))),
)
C(
    "superlative",
    50,
    "Which is the object more behind of all? Tell me the shape.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "chain",
    50,
    "The cube in front of the little yellow cube, which colour has?",
    "q(u(f(rel(u(f(sel(cube), color=yellow)), front), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="yellow"), "front", shape="cube"), "color"),
)
X(50, "Who has left all these toys on the floor? I want to know the name!")

# --- the Spaniard, scene 53: large yellow metal cube (back), small yellow metal sph (front), large green metal sph, large purple rubber cube (far right), large blue rubber cube, small gray rubber cube (far left)
C(
    "count",
    53,
    "How much cubes there are in the image?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    53,
    "Which is the colour of the big sphere?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "compare_size",
    53,
    "The gray cube is more big that the blue cube, no?",
    "larger(u(f(sel(cube), color=gray)), u(f(sel(cube), color=blue)))",
    lambda s: larger(s, s.the(shape="cube", color="gray"), s.the(shape="cube", color="blue")),
)
C(
    "spatial",
    53,
    "How many things there are at the right of the green sphere?",
    "count(rel(u(f(sel(sphere), color=green)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="green"))),
)
C(
    "same_attr",
    53,
    "How many other objects are of the same material that the small sphere?",
    "count(same_attr(u(f(sel(sphere), size=small)), material))",
    lambda s: n(others(s, s.the(shape="sphere", size="small"), "material")),
)
C(
    "superlative",
    53,
    "Which is the object more at the right? Say me the colour.",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
X(53, "How much costs the big yellow cube, more or less?")

# --- the Hindi speaker, scene 56: small blue rubber cube, small yellow rubber sph (right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube, large green metal cyl
C(
    "list",
    56,
    "What all colours are the spheres? Kindly list them.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "count",
    56,
    "What is the count of cubes in this picture?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "exist",
    56,
    "Any metal object is there in the picture?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "attribute",
    56,
    "Cylinder is of which colour only?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "compare_attr",
    56,
    "Both cyan objects are same to same size or not?",
    "same(f(scene(), color=cyan), size)",
    lambda s: alike(s, s.f(color="cyan"), "size"),
)
C(
    "chain",
    56,
    "What is the colour of the ball to the right of the big brown cube?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=brown)), right), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", size="large", color="brown"), "right", shape="sphere"), "color"),
)
X(56, "Kindly tell which one is most costly, I want to purchase.")

# --- the Greek speaker, scene 57: small brown metal cyl, large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (right), small yellow rubber sph (left)
C("count", 57, "How many cubes are there;", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    57,
    "The two gray cubes are of the same size;",
    "same(f(sel(cube), color=gray), size)",
    lambda s: alike(s, s.f(shape="cube", color="gray"), "size"),
)
C(
    "attribute",
    57,
    "What is the material of the blue sphere?",
    "q(u(f(sel(sphere), color=blue)), material)",
    lambda s: s.a(s.the(shape="sphere", color="blue"), "material"),
)
C(
    "spatial",
    57,
    "How many objects are behind the cylinder;",
    "count(rel(u(sel(cylinder)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder"))),
)
C(
    "position",
    57,
    "The yellow sphere is on the left side of the picture or on the right side;",
    "choose(u(f(sel(sphere), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="yellow")),
)
C(
    "chain",
    57,
    "The cube on the right of the small cylinder is made of what;",
    "q(u(f(rel(u(f(sel(cylinder), size=small)), right), shape=cube)), material)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", size="small"), "right", shape="cube"), "material"),
)
X(57, "Who is the artist of this picture and from which country he is;")

# --- the Hungarian speaker, scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl (front), small blue rubber cyl (right), small brown metal sph (left)
C("count", 1, "How many cube is there in the picture?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    1,
    "The two blue cylinder is made from the same material?",
    "same(f(sel(cylinder), color=blue), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="blue"), "material"),
)
C(
    "attribute",
    1,
    "The sphere what colour is?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "exist",
    1,
    "Is there a red object? Or there is not?",
    "exist(f(scene(), color=red))",
    lambda s: yes(bool(s.f(color="red"))),
)
C(
    "superlative",
    1,
    "Which object is the most in the front? I want to know its shape.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "chain",
    1,
    "The cube in front of the gray cube, what colour it has?",
    "q(u(f(rel(u(f(sel(cube), color=gray)), front), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="gray"), "front", shape="cube"), "color"),
)

# --- the Swahili speaker, scene 3: small red metal sph, small purple metal cube (front), large red rubber cyl (right), large purple rubber cyl (back), small red metal cyl
C(
    "count",
    3,
    "Please, the cylinders are how many?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "count",
    3,
    "The objects of red colour, they are how many?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "verify",
    3,
    "Is it the cube is of metal?",
    "verify(u(sel(cube)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube"), "material") == "metal"),
)
C(
    "compare_count",
    3,
    "The red objects are more than the purple ones?",
    "gt(count(f(scene(), color=red)), count(f(scene(), color=purple)))",
    lambda s: yes(len(s.f(color="red")) > len(s.f(color="purple"))),
)
C(
    "spatial",
    3,
    "Is the sphere in front of the big purple cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=purple)), front), shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere"}, "front", {"shape": "cylinder", "size": "large", "color": "purple"}),
)
C(
    "superlative",
    3,
    "Which one is at the far right? Tell me its shape.",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)

# --- the Serbian speaker, scene 17: large green metal cyl, small yellow rubber sph (front), large red metal cube (back), large yellow rubber cube (right)
C(
    "count",
    17,
    "How many big objects is there on picture?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "compare_size",
    17,
    "Which one is bigger, yellow cube or yellow ball?",
    "q(u(f(union(f(sel(cube), color=yellow), f(sel(sphere), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="yellow"), s.the(shape="sphere", color="yellow")),
)
C(
    "compare_attr",
    17,
    "Are two cubes from same material?",
    "same(sel(cube), material)",
    lambda s: alike(s, s.f(shape="cube"), "material"),
)
C(
    "spatial",
    17,
    "What stands behind green cylinder? Which shape?",
    "q(u(rel(u(f(sel(cylinder), color=green)), behind)), shape)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cylinder", color="green"))), "shape"),
)
C(
    "superlative",
    17,
    "Which object is first from left side? Colour please.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
X(17, "Who will win if red cube and green cylinder make a fight?")

# --- the Bengali speaker, scene 54: large green rubber cube (front), large brown metal cyl (back), large gray rubber cube (right), large gray rubber cube
C(
    "count",
    54,
    "How many cube are there in the picture?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "quantifier",
    54,
    "Is it true that all the objects are big size?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "attribute",
    54,
    "The cylinder is made of which material?",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "same_attr",
    54,
    "How many other object have same colour with the green cube?",
    "count(same_attr(u(f(sel(cube), color=green)), color))",
    lambda s: n(others(s, s.the(shape="cube", color="green"), "color")),
)
C(
    "superlative",
    54,
    "Which object is at the most back side? What is its colour?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    54,
    "How many objects are in front of the brown cylinder?",
    "count(rel(u(f(sel(cylinder), color=brown)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="brown"))),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus, small brown dog, road text 'NO PARKING'

# --- the Cantonese speaker (Hong Kong English)
P(
    "count",
    "street",
    "How many people got in this street photo?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "chain",
    "street",
    "The man at left side wear a tie, the tie what colour?",
    "q(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="left")), "color"),
)
P(
    "compare_attr",
    "street",
    "The car and the man at right side, same colour or not?",
    "same(u(sel(car)), u(f(sel(man), hposition=right)), color)",
    lambda p: yes(p.value(p.the("car"), "color") == p.value(p.the("man", hposition="right"), "color")),
)
P(
    "text",
    "street",
    "The bus write what words on it?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "spatial",
    "street",
    "The woman holding a dog, correct or not?",
    "exist(rel(u(sel(woman)), holding, role=object, name=dog))",
    lambda p: yes(bool(named(p, p.objects_of(p.the("woman"), "holding"), "dog"))),
)
X("street", "This bus go to which place? Ticket how much?")

# --- the Ukrainian speaker
P("count", "street", "Tell me please, how many men are on the photo?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "attribute",
    "street",
    "What colour has the car?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "position",
    "street",
    "The sign — on which side of the photo it is, left or right?",
    "choose(u(sel(sign)), hposition, [left, right])",
    lambda p: p.value(p.the("sign"), "hposition"),
)
P(
    "spatial",
    "street",
    "Is the tree behind of the bus?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "quantifier",
    "street",
    "Both men are wearing ties?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "chain",
    "street",
    "What colour is the tie of the man who stands on the left from the woman?",
    "q(u(rel(u(rel(u(sel(woman)), left, name=man)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, only(named(p, p.subjects("left", p.the("woman")), "man"))), "color"),
)

# --- the Yoruba speaker (Nigerian English)
P(
    "text",
    "street",
    "Please, what is written on the road?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "chain",
    "street",
    "The dog that the woman is carrying, what is the colour?",
    "q(u(rel(u(sel(woman)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman"), "holding")), "color"),
)
P(
    "spatial",
    "street",
    "Is it that the man in white is standing at the right side of the bus?",
    "exist(f(rel(u(sel(bus)), right, name=man), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("right", p.the("bus")), "man"))),
)
P(
    "count",
    "street",
    "They are how many vehicles on the road?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "compare_attr",
    "street",
    "Is the tie of the man in black having the same colour with the bus?",
    "same(u(rel(u(f(sel(man), color=black)), wearing, role=object)), u(sel(bus)), color)",
    lambda p: yes(p.value(worn_by(p, p.the("man", color="black")), "color") == p.value(p.the("bus"), "color")),
)
X("street", "Please who is the owner of that white car?")

# --- the Urdu speaker
P(
    "count",
    "street",
    "Kindly tell me how many persons are wearing tie in the picture.",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "where",
    "street",
    "Is the woman standing in front of the bus or at the back of the bus?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "position",
    "street",
    "The stop sign is at top or at bottom of the picture?",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
P(
    "chain",
    "street",
    "What is the colour of the tie of the man on right side?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="right")), "color"),
)
P(
    "two_clause",
    "street",
    "Is there a dog and a cat both in the picture?",
    "and_(exist(sel(dog)), exist(sel(cat)))",
    lambda p: yes(bool(p.f("dog")) and bool(p.f("cat"))),
)
P(
    "superlative",
    "street",
    "Who is standing on the extreme left in the picture?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- the Hebrew speaker
P(
    "count",
    "kitchen",
    "How much cups there are on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "text",
    "kitchen",
    "The clock, what hour it shows?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "exist",
    "kitchen",
    "There is a cup that is green?",
    "exist(f(sel(cup), color=green))",
    lambda p: yes(bool(p.f("cup", color="green"))),
)
P(
    "spatial",
    "kitchen",
    "What is near to the plate?",
    "q(u(rel(u(sel(plate)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("plate")))),
)
P(
    "attribute",
    "kitchen",
    "The woman, in what colour she is dressed?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
X("kitchen", "How much the woman paid for this table, you know?")

# --- the Mexican (Latin-American Spanish)
P(
    "count",
    "kitchen",
    "How many things there are on top of the table?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "attribute",
    "kitchen",
    "What color has the bottle?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "chain",
    "kitchen",
    "The cup that is at the left of the plate, of what color is it?",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
P(
    "verify",
    "kitchen",
    "The fork is of metal, no?",
    "verify(u(sel(fork)), material, metal)",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal"),
)
P(
    "spatial",
    "kitchen",
    "Is there a clock over the table?",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "superlative",
    "kitchen",
    "¿Which is the cup that is more to the right? Of what color?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)

# --- the Romanian speaker
P(
    "negation",
    "kitchen",
    "How many cups which are not white are on the table?",
    "count(fn(rel(u(sel(table)), on, name=cup), color=white))",
    lambda p: n([o for o in named(p, p.subjects("on", p.the("table")), "cup") if p.value(o, "color") != "white"]),
)
P(
    "verify",
    "kitchen",
    "The table is made from wood?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "where",
    "kitchen",
    "The woman stays at the right of the table or at the left of it?",
    "choose_rel(u(sel(woman)), [left, right], role=object, name=table)",
    lambda p: photo_side(p, p.the("woman"), p.the("table"), ("left", "right")),
)
P(
    "position",
    "kitchen",
    "The clock is in the upper part of the picture or in the lower part?",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)
P(
    "list",
    "kitchen",
    "What colours have the cups? Tell me all of them.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "chain",
    "kitchen",
    "The cup which is at the left of the thing that is near the fork — which colour it has?",
    "q(u(rel(u(rel(u(sel(fork)), near)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", only(p.subjects("near", p.the("fork")))), "cup")), "color"),
)

# --- the Tamil speaker
P(
    "text",
    "kitchen",
    "What is written on the bottle? Kindly tell.",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P("count", "kitchen", "How many cups are there totally?", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "attribute",
    "kitchen",
    "Plate is which colour?",
    "q(u(sel(plate)), color)",
    lambda p: p.value(p.the("plate"), "color"),
)
P(
    "verify",
    "kitchen",
    "Cup which is in the middle, that is blue colour only, no?",
    "verify(u(f(sel(cup), hposition=middle)), color, blue)",
    lambda p: yes(p.value(p.the("cup", hposition="middle"), "color") == "blue"),
)
P(
    "compare_attr",
    "kitchen",
    "Plate and the cup on the right side, both are same colour or not?",
    "same(u(sel(plate)), u(f(sel(cup), hposition=right)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("cup", hposition="right"), "color")),
)
P(
    "number",
    "kitchen",
    "How many different colours the cups are having?",
    "nvalues(sel(cup), color)",
    lambda p: str(len({p.value(o, "color") for o in p.f("cup")})),
)
X("kitchen", "Kindly tell the name of the lady standing in the kitchen.")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees

# --- the Finnish speaker
P("count", "park", "How many dogs is in park?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "Woman in red, what he is holding?",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman", color="red"), "holding"))),
)
P(
    "verify",
    "park",
    "Is bench made of wood?",
    "verify(u(sel(bench)), material, wood)",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood"),
)
P(
    "attribute",
    "park",
    "Girl, which colour is his clothes?",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P("exist", "park", "Is there any cat in park?", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "compare_count",
    "park",
    "Are there more people than dogs in park?",
    "gt(count(sel(person)), count(sel(dog)))",
    lambda p: yes(len(people(p)) > len(p.f("dog"))),
)

# --- the Tagalog speaker
P("count", "park", "How many are the children in the park?", "count(sel(child))", lambda p: n(children(p)))
P(
    "chain",
    "park",
    "What is the color of the thing that the boy is throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "verify",
    "park",
    "Is it the bike is red?",
    "verify(u(sel(bicycle)), color, red)",
    lambda p: yes(p.value(p.the("bicycle"), "color") == "red"),
)
P(
    "spatial",
    "park",
    "Who is the one holding the black dog?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "chain",
    "park",
    "The dog beside the girl, what color is it?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
X("park", "What is the name of the dog of the woman in red? So cute!")

# --- the Brazilian
P("count", "park", "How many persons have in the park?", "count(sel(person))", lambda p: n(people(p)))
P(
    "spatial",
    "park",
    "The woman of white is near of the bicycle?",
    "vrel(u(f(sel(woman), color=white)), near, name=bicycle)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("woman", color="white")), "bicycle"))),
)
P(
    "attribute",
    "park",
    "Which is the color of the bench?",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "compare_count",
    "park",
    "Have the same quantity of dogs and of trees?",
    "eq(count(sel(dog)), count(sel(tree)))",
    lambda p: yes(len(p.f("dog")) == len(p.f("tree"))),
)
P(
    "chain",
    "park",
    "The tree that is behind of the girl is of which color?",
    "q(u(rel(u(sel(girl)), behind)), color)",
    lambda p: p.value(only(p.subjects("behind", p.the("girl"))), "color"),
)
P(
    "negation",
    "park",
    "How many persons that are not dressed of white have in the park?",
    "count(fn(sel(person), color=white))",
    lambda p: n([o for o in people(p) if p.value(o, "color") != "white"]),
)

# --- the Amharic speaker
P(
    "position",
    "park",
    "The frisbee, it is in the top of the picture or in the bottom?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "attribute",
    "park",
    "The boy, which colour he is wearing?",
    "q(u(sel(boy)), color)",
    lambda p: p.value(p.the("boy"), "color"),
)
P("count", "park", "Women, how many are there in the park?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "spatial",
    "park",
    "Is the girl on the right side of the woman of white?",
    "vrel(u(f(sel(woman), color=white)), right, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "right", p.the("woman", color="white"))),
)
P(
    "quantifier",
    "park",
    "The dogs, all of them are black?",
    "not_(exist(fn(sel(dog), color=black)))",
    lambda p: yes(all(p.value(o, "color") == "black" for o in p.f("dog"))),
)
P(
    "superlative",
    "park",
    "The person standing most to the right, who is it?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("park", "Will it rain in this park in the afternoon?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- the Czech speaker
P("count", "shapes", "How many circles are there on the picture?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "exist",
    "shapes",
    "Is there some shape which is green and small?",
    "exist(f(scene(), color=green, size=small))",
    lambda p: yes(bool(p.f(color="green", size="small"))),
)
P(
    "attribute",
    "shapes",
    "Which colour has the hexagon?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "compare_size",
    "shapes",
    "Is the triangle bigger than the star, or not?",
    "larger(u(sel(triangle)), u(sel(star)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("star")),
)
P(
    "negation",
    "shapes",
    "How many shapes on the picture are not blue?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
X("shapes", "Who has drawn this picture and in which year?")

# --- the Swedish speaker
P(
    "count",
    "shapes",
    "How many rectangles is there? The square counts also as a rectangle.",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "exist",
    "shapes",
    "Is it a star in the picture that is red?",
    "exist(f(sel(star), color=red))",
    lambda p: yes(bool(p.f("star", color="red"))),
)
P(
    "position",
    "shapes",
    "Which shape is up to the right?",
    "q(u(f(scene(), hposition=right, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Is it more blue shapes than red?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "verify",
    "shapes",
    "The little circle, is it in the middle?",
    "verify(u(f(sel(circle), size=small)), hposition, middle)",
    lambda p: yes(p.value(p.the("circle", size="small"), "hposition") == "middle"),
)
P(
    "superlative",
    "shapes",
    "Which colour is it most of?",
    "common_value(scene(), color)",
    lambda p: Counter(p.value(o, "color") for o in p.objects).most_common(1)[0][0],
)

# --- the Danish speaker
P(
    "number",
    "shapes",
    "How many different colours is there in the drawing?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "quantifier",
    "shapes",
    "Is it so that all the small shapes are blue?",
    "not_(exist(fn(f(scene(), size=small), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f(size="small"))),
)
P(
    "position",
    "shapes",
    "What shape is in the bottom left corner?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Has the triangle the same size as the square?",
    "same(u(sel(triangle)), u(sel(square)), size)",
    lambda p: yes(p.value(p.the("triangle"), "size") == p.value(p.the("square"), "size")),
)
P(
    "list",
    "shapes",
    "What shapes are blue? Give me them all.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
X("shapes", "What do you think the artist wanted to say with this drawing?")

# --- the Bulgarian speaker
P(
    "count",
    "shapes",
    "How many are the shapes in the upper row?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "attribute",
    "shapes",
    "The star, which colour is it?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "two_clause",
    "shapes",
    "Is there a triangle which is yellow or a circle which is green?",
    "or_(exist(f(sel(triangle), color=yellow)), exist(f(sel(circle), color=green)))",
    lambda p: yes(bool(p.f("triangle", color="yellow")) or bool(p.f("circle", color="green"))),
)
P(
    "negation",
    "shapes",
    "How many shapes are neither blue nor circles?",
    "count(diff(fn(scene(), color=blue), sel(circle)))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue" and p.name(o) != "circle"]),
)
P(
    "compare_size",
    "shapes",
    "Which one is bigger — the hexagon or the yellow rectangle?",
    "q(u(f(union(sel(hexagon), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("hexagon"), only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])),
)
P(
    "superlative",
    "shapes",
    "Which is the second shape from the right in the upper row?",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)

# --- the Nepali speaker
P(
    "attribute",
    "shapes",
    "What is the colour of the big circle, sir?",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "count",
    "shapes",
    "How many small shapes are there in total?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "two_clause",
    "shapes",
    "Is the hexagon blue and also in the bottom?",
    "and_(verify(u(sel(hexagon)), color, blue), verify(u(sel(hexagon)), vposition, bottom))",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "blue" and p.value(p.the("hexagon"), "vposition") == "bottom"),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes are same colour like the star, sir?",
    "count(same_attr(u(sel(star)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("star") and p.value(o, "color") == p.value(p.the("star"), "color")]
    ),
)
P(
    "superlative",
    "shapes",
    "Which shape is second from left in the bottom row?",
    "q(ord(f(scene(), vposition=bottom), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left", 2), "shape"),
)
P(
    "position",
    "shapes",
    "Is the triangle in the right side or left side of the picture?",
    "choose(u(sel(triangle)), hposition, [left, right])",
    lambda p: p.value(p.the("triangle"), "hposition"),
)

# --- the Lithuanian speaker
P("count", "shapes", "How many triangles are in drawing?", "count(sel(triangle))", lambda p: n(p.f("triangle")))
P(
    "verify",
    "shapes",
    "Is big the yellow rectangle?",
    "verify(u(f(sel(rectangle), color=yellow)), size, large)",
    lambda p: yes(p.value(only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), "size") == "large"),
)
P(
    "superlative",
    "shapes",
    "Which shape is most right in the top?",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are there equally many red and green shapes?",
    "eq(count(f(scene(), color=red)), count(f(scene(), color=green)))",
    lambda p: yes(len(p.f(color="red")) == len(p.f(color="green"))),
)
P(
    "quantifier",
    "shapes",
    "Are all circles blue?",
    "not_(exist(fn(sel(circle), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f("circle"))),
)
X("shapes", "Which of the shapes is the most beautiful, in your opinion?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
