# ruff: noqa: E501
"""Blind paraphrase set 59: "you've got the picture up too, right?" About forty ordinary people, each imagined once
and kept in character for five to seven questions about one picture, asking a colleague or a friend who is looking at
the same picture, as they would in a quick chat message: everyday words (grey, ball, block, box, can, shiny, matte,
bloke, guy, kids), context before the question ("I'm putting this one on a worksheet — ..."), pronouns that point back
within the same message ("See the little purple can right up the back? How many things are sitting in front of it?"),
casual or formal, short or long, with each person's own tags and fillers. A few write English as a second language.

The cast: Dave, an Australian plumber texting his mate ("Oi", "ya"); Margaret, a retired English teacher writing to
her friend Jean (full sentences, "would you say"); Jayden, a fifteen-year-old American (lowercase, "r", "nah",
"lil"); Priya, a software engineer in Bangalore on the team chat ("quick one", "my monitor's colours are off");
Fergus, a retired Scottish engineer ("Right,", "wee", "then"); Chloe, a Canadian nurse on a night shift ("ok random
but", "kinda"); Tom, an English maths teacher making a worksheet; Aroha, a student in New Zealand ("eh", "n",
"pls"); Linda, an American office manager ("dumb question, but", exclamation marks); Kwame, a London accountant
(telegraphic: "Red cube: anything behind it?"); Sophie, an Irish graphic designer ("God,", "I've four"); Pieter, a
South African mechanic ("Ja", "hey"); Mike, an American truck driver (no punctuation); Wei Ling, a lab technician in
Singapore ("got", "ah", "or not"); Grace, a Jamaican-born primary teacher ("Morning!", "at all"); Ben, an American
college student ("bro", "lowkey"); Hannah, a British psychology PhD student preparing stimuli (precise); Oliver, an
eleven-year-old messaging a friend; Deepak, an American data scientist ("vs", "Count of"); Rosa, a Spanish speaker
new to an office in Texas ("what it is made of", "I don't find it"); Gareth, a Welsh rugby coach ("I make it three",
"like"); Nadia, a Russian speaker working in England as a tester ("from metal", "like", "most far"); Jess, a London
commuter ("bloke", "stood"); Earl, a retired Texan ("Well now", "he" for the dog); Mei, an Australian student
("u", "yeah"); Yuki, a Japanese exchange student ("Sorry, one question", "is it correct?"); Paul, a chef in Manchester
texting his sous-chef; Aisha, a university student in Birmingham ("omg", "tho", "??"); Harold, a retired Canadian
writing with care; Lukas, a German engineer in Ireland ("have they", "stand on the table"); Jasmine, an American
mother of two; Connor, a Boston landscaper ("wicked"); Marco, an Italian working in Australia ("this dog", "it is
green?"); Ngozi, a bank officer in Lagos ("Please", "Is it the boy that"); Emily, a primary teacher in Yorkshire
making a worksheet with her teaching assistant; Jack, an American high-school art teacher ("list em"); Doug, a
Canadian accountant; Zoe, an Australian design student ("diff", "yeah?"); Bronwyn, a South African librarian; Ellie,
a thirteen-year-old doing homework ("r", "help"); Victor, a team lead in a Manila call centre ("Hi!", polite
and plain); and Ruth, a retired New York bookkeeper ("Tell me,", "or am I seeing things?").

Sentence shapes, each person with their own: a bare question; context then question; "See the X? ... it?"; a
statement with a tag ("..., right?", "..., yeah?", "..., no?", "..., correct?", "..., eh?", "..., hey?"); a topic
first ("Red cube: anything behind it?", "The big brown ball, rubber or metal?"); "X vs Y — same size?"; "Counting
from X, how many ...?"; "which side of the pic is it on"; "... or nah"; "Is it the boy that ...?"; "Got how many
...?"; "There is X. ... this X ...?"; a guess to be checked ("I count two, but ...", "I make it three.", "I've
four."); two sentences where the second asks about the thing the first set up.

The questions cover counts (with conditions, "other than", "leaving out", "neither ... nor", "either ... or", "put
together", "in total"), existence ("any", "at all", "somewhere in there"), an attribute of one thing, yes/no checks
of one value, comparisons of counts ("more", "fewer", "as many as", "the same number") and of attributes (same
colour, size, shape or material), quantifiers ("all", "every", "both", "none", "any", "most of", "everything
else"), relations (left, right, in front, behind on CLEVR; on the photo graphs only their stated relations: on, near,
holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop chains, superlatives and ordinals
("furthest back", "all the way on the left", "second from the left", "third from the left"), other things sharing a
value, which of two things is the bigger, a list of values, the number of different colours and the most common one,
sides of a CLEVR picture, sides, rows and corners of the photos and of the drawing, and the text on the bus, the
road, the sign, the bottle and the clock. Of the 257 questions, 137 ask about the fourteen CLEVR val scenes 22, 30,
27, 14, 2, 0, 21, 25, 18, 19, 16, 13, 12 and 9 (one person to each of the six small scenes, two to each of the eight
larger ones), 72 about the photo-like graphs (street, kitchen, park; four people and 24 questions each) and 48 about
the drawing of flat shapes (eight people); 25 must be refused (13 on CLEVR, 3 on each photo, 3 on the drawing),
each in the same voice as the person's other questions (prices, names and owners, feelings and opinions, what happens
next, why, the world outside the picture: cities, years, breeds, who made it).

Conventions. "The X" is only used where exactly one X matches, counting a square as a rectangle (so the drawing's
rectangle is always "the yellow rectangle"); places and orders are only asked where a careful person could call
them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor or of a neighbour in the order
along that axis, a side of a CLEVR picture is asked only of an object whose box centre lies within 130 pixels of
the edge of the 480-pixel frame, and on the drawings neighbours in an order are at least 40 pixels apart; nothing is
asked of the photo graphs that their stated relations and attributes leave open. Everyday words map to the scene's
words: a ball is a sphere, a block or a box a cube, a can a cylinder, shiny metal and matte rubber; "grey" is gray.
A which-side question is answered with the side; a "which is bigger" between two things is asked only where their
size classes differ, and answered with the word that tells the bigger one from the other (its shape, or its colour
when both have one shape). Answers are the graph's words (gray, not grey; sphere, not ball; "blue, red, white" for a
list, most frequent first, ties alphabetical). Every gold program and answer comes from the scene by plain Python.

Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other question set;
only build_blind53.py (and the blind_gold helpers it imports) were read, for the format (the opening lines of
build_blind52.py's docstring came up once by mistake; none of its questions were read), and no question was run
through nsvr's parser or planner; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind59.py`` to write ``../blind59.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind59.jsonl"
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


def all_rel(s: Clevr, ids: list[int], relation: str, anchor: int) -> str:
    """yes/no: every object of ids is ``relation`` of the anchor (a careful person's call)."""
    if not ids:
        raise NotUnique("nothing to check")
    return yes(all(i in related(s, relation, anchor) for i in ids))


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


def bigger_of(s: Clevr, a: int, b: int, attribute: str = "shape") -> str:
    """Which of objects a and b is the bigger, told by its ``attribute``; NotUnique when their size classes are the
    same or that attribute does not tell them apart."""
    if s.a(a, "size") == s.a(b, "size") or s.a(a, attribute) == s.a(b, attribute):
        raise NotUnique("same size class or not told apart")
    return s.a(a if s.a(a, "size") == "large" else b, attribute)


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


def on_table(p: Photo) -> list[str]:
    return p.subjects("on", p.the("table"))


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
# CLEVR scenes
# =================================================================================================================

# --- Dave, Australian plumber, texting his mate; scene 22: large yellow rubber cyl (far left), large yellow metal cube, small purple metal cyl (back), small cyan metal sph (front)
C(
    "count",
    22,
    "Oi Shane, you got that pic up? How many yellow things are in it?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "attribute",
    22,
    "That big yellow can on the far left, shiny or matte?",
    "choose(u(f(sel(cylinder), color=yellow)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder", color="yellow"), "material"),
)
C(
    "spatial",
    22,
    "See the little purple can right up the back? How many things are sitting in front of it?",
    "count(rel(u(f(sel(cylinder), color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="purple"))),
)
C(
    "compare_attr",
    22,
    "Are the yellow box and the yellow can made of the same stuff or what?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "material") == s.a(s.the(shape="cylinder", color="yellow"), "material")
    ),
)
C(
    "attribute",
    22,
    "The little ball down the front, what colour would ya call that?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C("exist", 22, "Anything red in there at all?", "exist(f(scene(), color=red))", lambda s: yes(bool(s.f(color="red"))))
X(22, "What'd a set of these set ya back at Bunnings, ya reckon?")

# --- Margaret, retired English teacher, writing to her friend Jean; scene 30: large green rubber sph, large purple rubber sph (back), large blue metal cyl (front)
C(
    "count",
    30,
    "Jean, I've got the picture up now. How many balls can you see? I count two, but my eyes aren't what they were.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    30,
    "Would you say all three things in it are the same size?",
    "same(scene(), size)",
    lambda s: alike(s, s.all(), "size"),
)
C(
    "verify",
    30,
    "The blue one at the front — is that what you'd call a cylinder?",
    "verify(u(f(scene(), color=blue)), shape, cylinder)",
    lambda s: yes(s.a(s.the(color="blue"), "shape") == "cylinder"),
)
C(
    "spatial",
    30,
    "And the purple ball, is it further back than the green one?",
    "exist(f(rel(u(f(sel(sphere), color=green)), behind), color=purple, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "purple"}, "behind", {"shape": "sphere", "color": "green"}),
)
C(
    "exist",
    30,
    "Is any of it made of metal, do you think?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "superlative",
    30,
    "Which of them is nearest to us? Just the colour will do, dear.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(30, "Do you think little Harry would like a set like this for Christmas?")

# --- Jayden, fifteen, American; scene 27: large purple rubber cube (far right), small yellow metal sph, small red rubber cyl, large red rubber cube (front)
C("count", 27, "yo how many blocks r in this one", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "verify",
    27,
    "is the lil yellow ball shiny",
    "verify(u(f(sel(sphere), color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="yellow"), "material") == "metal"),
)
C(
    "compare_attr",
    27,
    "the 2 red things same shape or nah",
    "same(f(scene(), color=red), shape)",
    lambda s: alike(s, s.f(color="red"), "shape"),
)
C(
    "superlative",
    27,
    "whats all the way on the right?? like what shape",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "spatial",
    27,
    "ok theres a red can in there n the big red block, is the block in front of it",
    "exist(f(rel(u(f(sel(cylinder), color=red)), front), color=red, shape=cube, size=large))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "red", "size": "large"}, "front", {"shape": "cylinder", "color": "red"}
    ),
)
X(27, "who even makes these lmao is it ai")

# --- Priya, software engineer in Bangalore, team chat; scene 14: large cyan rubber sph (front left), small blue metal sph, small gray metal cube (back)
C(
    "count",
    14,
    "Hey, quick one on the render you shared — how many of the objects are metallic?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "attribute",
    14,
    "The big ball, is it cyan or blue? My monitor's colours are off today.",
    "choose(u(f(sel(sphere), size=large)), color, [cyan, blue])",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "quantifier",
    14,
    "Are both the balls in front of the grey cube?",
    "not_(exist(diff(sel(sphere), rel(u(sel(cube)), front))))",
    lambda s: all_rel(s, s.f(shape="sphere"), "front", s.the(shape="cube")),
)
C(
    "compare_attr",
    14,
    "Do the two spheres have the same material or is one of them rubber?",
    "same(sel(sphere), material)",
    lambda s: alike(s, s.f(shape="sphere"), "material"),
)
C(
    "compare_size",
    14,
    "Which one's bigger, the cyan ball or the grey box?",
    "q(u(f(union(f(sel(sphere), color=cyan), f(sel(cube), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="cyan"), s.the(shape="cube", color="gray")),
)
C(
    "spatial",
    14,
    "Also the small blue sphere is to the right of the cube, na?",
    "exist(f(rel(u(sel(cube)), right), color=blue, shape=sphere, size=small))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue", "size": "small"}, "right", {"shape": "cube"}),
)

# --- Fergus, retired Scottish engineer; scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl (right)
C(
    "count",
    2,
    "Right, how many cylinders have we got in that one?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "verify",
    2,
    "The wee grey one — is that metal?",
    "verify(u(f(scene(), color=gray)), material, metal)",
    lambda s: yes(s.a(s.the(color="gray"), "material") == "metal"),
)
C(
    "attribute",
    2,
    "And the big cyan cylinder, what's that made of then?",
    "q(u(f(sel(cylinder), size=large, color=cyan)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="large", color="cyan"), "material"),
)
C(
    "quantifier",
    2,
    "Is the green block sitting to the left of both the cylinders?",
    "not_(exist(diff(sel(cylinder), rel(u(f(sel(cube), color=green)), right))))",
    lambda s: all_rel(s, s.f(shape="cylinder"), "right", s.the(shape="cube", color="green")),
)
C(
    "compare_count",
    2,
    "Is there more metal than rubber in it, would you say?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "position",
    2,
    "That cyan cylinder: over on the left of the picture or the right?",
    "choose(u(f(sel(cylinder), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="cyan")),
)
X(2, "What on earth would anybody want these for, anyway?")

# --- Chloe, Canadian nurse on a night shift, texting her sister; scene 0: small yellow rubber sph (front), large blue metal sph (left, back), large green rubber cyl
C("count", 0, "ok random but how many things are in this pic total", "count(scene())", lambda s: n(s.all()))
C(
    "verify",
    0,
    "the tiny yellow ball looks kinda rubbery to me, is it?",
    "verify(u(f(sel(sphere), color=yellow)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", color="yellow"), "material") == "rubber"),
)
C(
    "compare_size",
    0,
    "is the blue ball bigger than the yellow one? looks way bigger on my phone",
    "larger(u(f(sel(sphere), color=blue)), u(f(sel(sphere), color=yellow)))",
    lambda s: larger(s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="yellow")),
)
C(
    "superlative",
    0,
    "what colour's the thing that's furthest back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    0,
    "the green cylinder — how many things r to the left of it",
    "count(rel(u(f(sel(cylinder), color=green)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="green"))),
)
C(
    "position",
    0,
    "and the blue ball is on the left side of the pic, right?",
    "verify(u(f(sel(sphere), color=blue)), hposition, left)",
    lambda s: yes(picture_side(s, s.the(shape="sphere", color="blue")) == "left"),
)
X(0, "why would someone even make this lol, is it like an eye test or smth")

# --- Tom, English maths teacher making a worksheet; scene 21: small green rubber cyl (left), large red rubber sph, small gray metal sph, small yellow rubber sph (front), large purple metal cyl (right)
C(
    "count",
    21,
    "I'm putting this one on a worksheet — how many spheres are there altogether?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    21,
    "Would you say most of the objects are rubber?",
    "gt(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="rubber")) > len(but(s, s.all(), material="rubber"))),
)
C(
    "spatial",
    21,
    "Counting from the big purple cylinder, how many things are to its left?",
    "count(rel(u(f(sel(cylinder), size=large, color=purple)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", size="large", color="purple"))),
)
C(
    "spatial",
    21,
    "Is the small grey ball behind the big red one, or have I got that backwards?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=red)), behind), color=gray, shape=sphere, size=small))",
    lambda s: is_rel(
        s,
        {"shape": "sphere", "color": "gray", "size": "small"},
        "behind",
        {"shape": "sphere", "color": "red", "size": "large"},
    ),
)
C(
    "superlative",
    21,
    "Reading left to right, what colour is the second object?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)

# --- Aroha, student in New Zealand; scene 21
C("exist", 21, "any cubes in this one eh?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))
C("count", 21, "how many small things r there", "count(f(scene(), size=small))", lambda s: n(s.f(size="small")))
C(
    "spatial",
    21,
    "the grey ball — how many things r in front of it?",
    "count(rel(u(f(sel(sphere), color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="gray"))),
)
C(
    "compare_attr",
    21,
    "yellow ball n green can, same material?",
    "same(u(f(sel(sphere), color=yellow)), u(f(sel(cylinder), color=green)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="yellow"), "material")
        == s.a(s.the(shape="cylinder", color="green"), "material")
    ),
)
C(
    "chain",
    21,
    "whats on the right of the big red ball? colour pls",
    "q(u(rel(u(f(sel(sphere), size=large, color=red)), right)), color)",
    lambda s: s.a(only(related(s, "right", s.the(shape="sphere", size="large", color="red"))), "color"),
)
C(
    "list",
    21,
    "what colours are the balls",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)

# --- Linda, American office manager; scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl (far left), large brown rubber sph (right), small gray metal cyl (back)
C(
    "count",
    25,
    "Okay, dumb question, but how many of these are shiny? I keep losing count!",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "exist",
    25,
    "Is there a red block somewhere in there?",
    "exist(f(sel(cube), color=red))",
    lambda s: yes(bool(s.f(shape="cube", color="red"))),
)
C(
    "compare_attr",
    25,
    "The two brown things — are they the same shape?",
    "same(f(scene(), color=brown), shape)",
    lambda s: alike(s, s.f(color="brown"), "shape"),
)
C(
    "superlative",
    25,
    "What color is the ball that's closest to us?",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "negation",
    25,
    "How many cylinders are neither blue nor gray?",
    "count(fn(fn(sel(cylinder), color=blue), color=gray))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "color") not in ("blue", "gray")]),
)
X(25, "Do you know where I could order a set like this for the grandkids?")

# --- Kwame, London accountant; scene 25
C(
    "compare_count",
    25,
    "Cylinders and spheres: the same number of each?",
    "eq(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="sphere"))),
)
C(
    "chain",
    25,
    "Red cube: anything behind it? If so, what colour?",
    "q(u(rel(u(f(sel(cube), color=red)), behind)), color)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cube", color="red"))), "color"),
)
C(
    "attribute",
    25,
    "Big brown ball. Rubber or metal?",
    "choose(u(f(sel(sphere), size=large, color=brown)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="sphere", size="large", color="brown"), "material"),
)
C(
    "negation",
    25,
    "How many big things, leaving out the spheres?",
    "count(fn(f(scene(), size=large), shape=sphere))",
    lambda s: n([i for i in s.f(size="large") if s.a(i, "shape") != "sphere"]),
)
C(
    "quantifier",
    25,
    "None of the cubes are green. Correct?",
    "not_(exist(f(sel(cube), color=green)))",
    lambda s: yes(not s.f(shape="cube", color="green")),
)
C(
    "superlative",
    25,
    "Far left object — shape?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "number",
    25,
    "Number of different colours in the whole thing?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# --- Sophie, Irish graphic designer; scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl (left), small blue rubber cyl (front), large cyan rubber sph (far right), small purple metal cube, small red rubber sph (back)
C(
    "count",
    18,
    "God, it's a busy one. How many purple things do you get? I've four.",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "exist",
    18,
    "Are any of the purple ones shiny?",
    "exist(f(scene(), color=purple, material=metal))",
    lambda s: yes(bool(s.f(color="purple", material="metal"))),
)
C(
    "compare_attr",
    18,
    "The two big purple cylinders, would you say they're the same material?",
    "same(f(sel(cylinder), size=large, color=purple), material)",
    lambda s: alike(s, s.f(shape="cylinder", size="large", color="purple"), "material"),
)
C(
    "spatial",
    18,
    "How many things are behind the little blue cylinder? It's the one at the very front, I think.",
    "count(rel(u(f(sel(cylinder), color=blue)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="blue"))),
)
C(
    "compare_size",
    18,
    "Which is bigger, would you say — the red ball or the cyan one?",
    "q(u(f(union(f(sel(sphere), color=red), f(sel(sphere), color=cyan)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="red"), s.the(shape="sphere", color="cyan"), "color"),
)
X(18, "Is the purple a bit much, do you think? I'm not sure I like it at all.")

# --- Pieter, South African mechanic; scene 18
C("count", 18, "Ja, how many balls in that picture hey?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "verify",
    18,
    "The cyan block is rubber, hey?",
    "verify(u(f(sel(cube), color=cyan)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", color="cyan"), "material") == "rubber"),
)
C(
    "superlative",
    18,
    "What's right out at the far right? Just the colour.",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "exist",
    18,
    "Is there anything red in there that's big as well?",
    "exist(f(scene(), color=red, size=large))",
    lambda s: yes(bool(s.f(color="red", size="large"))),
)
C(
    "negation",
    18,
    "Other than the spheres, how many small things are there?",
    "count(fn(f(scene(), size=small), shape=sphere))",
    lambda s: n([i for i in s.f(size="small") if s.a(i, "shape") != "sphere"]),
)
C(
    "spatial",
    18,
    "That small purple cube, how many things are to the left of it?",
    "count(rel(u(f(sel(cube), size=small, color=purple)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", size="small", color="purple"))),
)

# --- Mike, American truck driver; scene 19: small gray metal cube, small green metal cyl (back), small cyan metal cyl (front), small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph (far right), small yellow rubber cube (far left)
C("count", 19, "how many cyan things", "count(f(scene(), color=cyan))", lambda s: n(s.f(color="cyan")))
C("count", 19, "ok and how many boxes", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "position",
    19,
    "that big gray ball which side of the pic is it on",
    "choose(u(f(sel(sphere), size=large, color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="gray")),
)
C(
    "superlative",
    19,
    "thing all the way on the left what color",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "compare_count",
    19,
    "more boxes than cans?",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)

# --- Wei Ling, lab technician in Singapore; scene 19
C(
    "spatial",
    19,
    "The big blue cube ah, behind it got how many things?",
    "count(rel(u(f(sel(cube), size=large, color=blue)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="large", color="blue"))),
)
C(
    "quantifier",
    19,
    "Cyan ones all metal or not?",
    "not_(exist(fn(f(scene(), color=cyan), material=metal)))",
    lambda s: every(s, s.f(color="cyan"), material="metal"),
)
C(
    "count",
    19,
    "Grey things how many? I see the ball and one cube only.",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "quantifier",
    19,
    "Small grey cube with big grey ball, both also metal is it?",
    "and_(verify(u(f(sel(cube), color=gray)), material, metal), verify(u(f(sel(sphere), color=gray)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="gray"), "material") == "metal"
        and s.a(s.the(shape="sphere", color="gray"), "material") == "metal"
    ),
)
C(
    "count",
    19,
    "Got how many rubber things in total?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "chain",
    19,
    "Got one can in front of the matte cyan can right, that one shiny or matte?",
    "choose(u(f(rel(u(f(sel(cylinder), color=cyan, material=rubber)), front), shape=cylinder)), material, [metal, rubber])",
    lambda s: s.a(
        hop(s, s.the(shape="cylinder", color="cyan", material="rubber"), "front", shape="cylinder"), "material"
    ),
)

# --- Grace, Jamaican-born primary teacher; scene 16: small red metal sph, small purple metal sph (left), small cyan metal sph (front), large brown rubber cyl, large yellow rubber cube (back), large green rubber sph (right), large yellow metal cyl
C(
    "count",
    16,
    "Morning! How many of the little balls are there?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "quantifier",
    16,
    "Are all the small ones metal, would you say?",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: every(s, s.f(size="small"), material="metal"),
)
C(
    "compare_attr",
    16,
    "The two yellow things, are they the same shape at all?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: alike(s, s.f(color="yellow"), "shape"),
)
C(
    "superlative",
    16,
    "The one sitting right at the back, what colour is that?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    16,
    "Take the brown cylinder. Is the green ball to the right of it?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), right), color=green, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "green"}, "right", {"shape": "cylinder", "color": "brown"}),
)
X(16, "Which one do you think the children would like best?")

# --- Ben, American college student; scene 16
C(
    "count",
    16,
    "bro how many matte things are there",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "compare_size",
    16,
    "which is bigger the purple ball or the brown can",
    "q(u(f(union(f(sel(sphere), color=purple), f(sel(cylinder), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="purple"), s.the(shape="cylinder", color="brown")),
)
C(
    "quantifier",
    16,
    "ok real talk is the cyan ball in front of everything else?",
    "not_(exist(diff(diff(scene(), f(sel(sphere), color=cyan)), rel(u(f(sel(sphere), color=cyan)), behind))))",
    lambda s: all_rel(
        s,
        [i for i in s.all() if i != s.the(shape="sphere", color="cyan")],
        "behind",
        s.the(shape="sphere", color="cyan"),
    ),
)
C(
    "superlative",
    16,
    "2nd thing from the right, what colour is it",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)
C(
    "compare_count",
    16,
    "are there as many spheres as all the other stuff put together",
    "eq(count(sel(sphere)), count(fn(scene(), shape=sphere)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(but(s, s.all(), shape="sphere"))),
)
C(
    "verify",
    16,
    "yellow can shiny? lowkey looks like it",
    "verify(u(f(sel(cylinder), color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="yellow"), "material") == "metal"),
)

# --- Hannah, British psychology PhD student preparing stimuli; scene 13: small red rubber cube, large cyan rubber cyl (far right), small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (back), small red rubber sph (left), large red metal cube
C(
    "count",
    13,
    "How many red objects are there in total?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_attr",
    13,
    "Is the large red cube made of the same material as the small red cube?",
    "same(u(f(sel(cube), size=large, color=red)), u(f(sel(cube), size=small, color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", size="large", color="red"), "material")
        == s.a(s.the(shape="cube", size="small", color="red"), "material")
    ),
)
C(
    "superlative",
    13,
    "Which object is closest to the camera? I need its colour for the stimulus sheet.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_count",
    13,
    "Are there fewer metal objects than rubber ones?",
    "lt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) < len(s.f(material="rubber"))),
)
C(
    "chain",
    13,
    "There's a small cube behind the purple cylinder, and something just to the right of that cube. What shape is it?",
    "q(u(rel(u(f(rel(u(f(sel(cylinder), color=purple)), behind), shape=cube, size=small)), right)), shape)",
    lambda s: s.a(
        only(
            related(s, "right", hop(s, s.the(shape="cylinder", color="purple"), "behind", shape="cube", size="small"))
        ),
        "shape",
    ),
)
C(
    "quantifier",
    13,
    "Is every sphere small?",
    "not_(exist(fn(sel(sphere), size=small)))",
    lambda s: every(s, s.f(shape="sphere"), size="small"),
)
X(13, "Do you know which lab made this dataset originally, and what year?")

# --- Oliver, eleven, messaging a friend; scene 13
C("count", 13, "how many balls are there", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "verify",
    13,
    "is the big cyan one a cylinder",
    "verify(u(f(scene(), size=large, color=cyan)), shape, cylinder)",
    lambda s: yes(s.a(s.the(size="large", color="cyan"), "shape") == "cylinder"),
)
C(
    "spatial",
    13,
    "how many things are behind the purple cylinder",
    "count(rel(u(f(sel(cylinder), color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="purple"))),
)
C(
    "spatial",
    13,
    "is the red ball on the left of the grey ball",
    "exist(f(rel(u(f(sel(sphere), color=gray)), left), color=red, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "red"}, "left", {"shape": "sphere", "color": "gray"}),
)
C(
    "superlative",
    13,
    "what colour is the ball right at the back",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "same_attr",
    13,
    "how many other things are the same colour as the big red cube",
    "count(same_attr(u(f(sel(cube), size=large, color=red)), color))",
    lambda s: n(others(s, s.the(shape="cube", size="large", color="red"), "color")),
)
X(13, "what would happen if i knocked the big cube over lol")

# --- Deepak, American data scientist; scene 12: small blue metal cube (far left), small green rubber sph, large gray rubber sph (far right), small cyan metal cyl, small gray rubber sph (front), small green rubber cyl, small red metal cube, small gray metal cube (back)
C("count", 12, "How many grey objects? Any shape.", "count(f(scene(), color=gray))", lambda s: n(s.f(color="gray")))
C(
    "count",
    12,
    "Among the cubes, how many are metallic?",
    "count(f(sel(cube), material=metal))",
    lambda s: n(s.f(shape="cube", material="metal")),
)
C(
    "compare_attr",
    12,
    "Green sphere vs green cylinder — same size?",
    "same(u(f(sel(sphere), color=green)), u(f(sel(cylinder), color=green)), size)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="green"), "size") == s.a(s.the(shape="cylinder", color="green"), "size")
    ),
)
C(
    "superlative",
    12,
    "Third from the left, colour?",
    "q(ord(scene(), left, 3), color)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "color"),
)
C(
    "count",
    12,
    "Count of things that are either red or cyan?",
    "count(union(f(scene(), color=red), f(scene(), color=cyan)))",
    lambda s: n(s.f(color=("red", "cyan"))),
)

# --- Rosa, Spanish speaker new to an office in Texas; scene 12
C(
    "count",
    12,
    "Hi! Sorry, how many spheres there are? I see three.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    12,
    "The small grey ball, what it is made of?",
    "q(u(f(sel(sphere), size=small, color=gray)), material)",
    lambda s: s.a(s.the(shape="sphere", size="small", color="gray"), "material"),
)
C(
    "spatial",
    12,
    "How many things there are in front of the red cube?",
    "count(rel(u(f(sel(cube), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="red"))),
)
C(
    "exist",
    12,
    "Is there something yellow? I don't find it.",
    "exist(f(scene(), color=yellow))",
    lambda s: yes(bool(s.f(color="yellow"))),
)
C(
    "quantifier",
    12,
    "All the cylinders are small, yes?",
    "not_(exist(fn(sel(cylinder), size=small)))",
    lambda s: every(s, s.f(shape="cylinder"), size="small"),
)
X(12, "Who did this picture? Is it for a videogame?")

# --- Gareth, Welsh rugby coach; scene 9: small gray rubber cube (front), large gray rubber cyl (far left), small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl (right), large green metal sph
C(
    "count",
    9,
    "How many grey ones have you got there? I make it three.",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "quantifier",
    9,
    "Are the grey ones all rubber, then?",
    "not_(exist(fn(f(scene(), color=gray), material=rubber)))",
    lambda s: every(s, s.f(color="gray"), material="rubber"),
)
C(
    "two_clause",
    9,
    "Now the big green ball and the big green cylinder, are they both metal?",
    "and_(verify(u(f(sel(sphere), size=large, color=green)), material, metal), verify(u(f(sel(cylinder), size=large, color=green)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="sphere", size="large", color="green"), "material") == "metal"
        and s.a(s.the(shape="cylinder", size="large", color="green"), "material") == "metal"
    ),
)
C(
    "superlative",
    9,
    "What's stood right at the front? The shape, like.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "count",
    9,
    "How many cylinders and cubes are there put together?",
    "count(union(sel(cylinder), sel(cube)))",
    lambda s: n(s.f(shape=("cylinder", "cube"))),
)
X(9, "Where was this taken, some studio in Cardiff?")

# --- Nadia, Russian speaker working in England as a tester; scene 9
C(
    "verify",
    9,
    "Tell me please, the purple cube, is it from metal?",
    "verify(u(f(sel(cube), color=purple)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="purple"), "material") == "metal"),
)
C(
    "chain",
    9,
    "There is a green ball in front of the purple cube. Left from this ball is a small ball — which colour it has?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=purple)), front), shape=sphere, color=green)), left), shape=sphere, size=small)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", color="purple"), "front", shape="sphere", color="green"),
            "left",
            shape="sphere",
            size="small",
        ),
        "color",
    ),
)
C("count", 9, "How many big objects there are?", "count(f(scene(), size=large))", lambda s: n(s.f(size="large")))
C(
    "compare_attr",
    9,
    "The small grey cylinder is made from the same material like the small grey cube?",
    "same(u(f(sel(cylinder), size=small, color=gray)), u(f(sel(cube), size=small, color=gray)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="small", color="gray"), "material")
        == s.a(s.the(shape="cube", size="small", color="gray"), "material")
    ),
)
C(
    "superlative",
    9,
    "Which thing is most far on the right side? Colour please.",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "negation",
    9,
    "How many spheres are not big?",
    "count(fn(sel(sphere), size=large))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "size") != "large"]),
)
X(9, "How much weighs the big brown ball, you think?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus, small brown dog, road text 'NO PARKING'

# --- Jess, London commuter
P(
    "count",
    "street",
    "Have you got the street one open? How many people are standing in it?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "text",
    "street",
    "What's written on the side of the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "chain",
    "street",
    "The bloke in the white shirt, what colour's his tie?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "where",
    "street",
    "Is the woman stood in front of the bus or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "chain",
    "street",
    "The woman's holding something, isn't she? What is it?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
X("street", "Any idea what city this is? Looks a bit like Madrid to me.")

# --- Earl, retired Texan
P(
    "count",
    "street",
    "Well now, how many vehicles do you count on that road?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "position",
    "street",
    "That car down in the corner, is it the left corner or the right one?",
    "choose(u(sel(car)), hposition, [left, right])",
    lambda p: p.value(p.the("car"), "hposition"),
)
P(
    "compare_attr",
    "street",
    "Is the car the same color as the bus, or not?",
    "same(u(sel(car)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("car"), "color") == p.value(p.the("bus"), "color")),
)
P("text", "street", "What's that sign up top say?", "q(u(sel(sign)), text)", lambda p: p.value(p.the("sign"), "text"))
P(
    "attribute",
    "street",
    "And the little dog, what color is he?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
X("street", "What year do you figure that bus was built?")

# --- Mei, Australian student
P("count", "street", "how many ties can u see", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "quantifier",
    "street",
    "do both men have ties on?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "where",
    "street",
    "which side of the bus is the guy in black on",
    "choose_rel(u(f(sel(man), color=black)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("man", color="black"), p.the("bus"), ("left", "right")),
)
P(
    "text",
    "street",
    "is there writing on the road? what's it say",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "chain",
    "street",
    "there's a tree in there somewhere — what's it behind?",
    "q(u(rel(u(sel(tree)), behind, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("tree"), "behind"))),
)
P(
    "verify",
    "street",
    "the woman's top is green yeah?",
    "verify(u(sel(woman)), color, green)",
    lambda p: yes(p.value(p.the("woman"), "color") == "green"),
)

# --- Yuki, Japanese exchange student
P(
    "superlative",
    "street",
    "Sorry, one question. The person who stands most right, what colour are their clothes?",
    "q(ord(sel(person), right, 1), color)",
    lambda p: p.value(side_of(p, people(p), "right"), "color"),
)
P(
    "compare_count",
    "street",
    "In this photo, are there more men than women?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "spatial",
    "street",
    "The sign is on the right side of the bus, is it correct?",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "sign"))),
)
P(
    "chain",
    "street",
    "What colour is the small dog that the woman is holding?",
    "q(u(f(rel(u(sel(woman)), holding, role=object), name=dog)), color)",
    lambda p: p.value(only(named(p, p.objects_of(p.the("woman"), "holding"), "dog")), "color"),
)
P(
    "count",
    "street",
    "How many red things are there? I think the bus, the sign and one tie.",
    "count(f(scene(), color=red))",
    lambda p: n([o for o in p.objects if p.value(o, "color") == "red"]),
)
X("street", "Where is this bus going, do you know?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Paul, chef in Manchester, texting his sous-chef
P(
    "count",
    "kitchen",
    "how many cups on that table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "text",
    "kitchen",
    "what time's the clock on the wall say",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "superlative",
    "kitchen",
    "cup on the far right, what colour's that one",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "attribute",
    "kitchen",
    "fork's metal or plastic?",
    "choose(u(sel(fork)), material, [metal, plastic])",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "spatial",
    "kitchen",
    "what's just to the left of the plate?",
    "q(u(rel(u(sel(plate)), left)), name)",
    lambda p: p.name(only(p.subjects("left", p.the("plate")))),
)
X("kitchen", "what d'you reckon she's making for tea?")

# --- Aisha, university student in Birmingham
P(
    "text",
    "kitchen",
    "omg what does the bottle say",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "verify",
    "kitchen",
    "is the table wooden??",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "count",
    "kitchen",
    "how many white things are on the table",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
P(
    "spatial",
    "kitchen",
    "is the clock above the table or what",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "attribute",
    "kitchen",
    "whats the colour of the bottle tho",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
X("kitchen", "whos the woman in yellow lol do u know her")

# --- Harold, retired Canadian
P(
    "negation",
    "kitchen",
    "Is there a cup in the picture that isn't white? How many, if so?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "spatial",
    "kitchen",
    "Is the blue cup to the left of the bottle?",
    "exist(f(rel(u(sel(bottle)), left, name=cup), color=blue))",
    lambda p: yes(any(p.value(o, "color") == "blue" for o in named(p, p.subjects("left", p.the("bottle")), "cup"))),
)
P(
    "superlative",
    "kitchen",
    "Which of the cups is nearest the left-hand side? What colour is it?",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
P(
    "verify",
    "kitchen",
    "Is the lady dressed in yellow?",
    "verify(u(sel(woman)), color, yellow)",
    lambda p: yes(p.value(p.the("woman"), "color") == "yellow"),
)
P(
    "list",
    "kitchen",
    "What colours are the cups? I cannot tell them apart on this tablet.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
X("kitchen", "Do you suppose the woman lives on her own?")

# --- Lukas, German engineer in Ireland
P(
    "count",
    "kitchen",
    "How many things stand on the table in total?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "compare_attr",
    "kitchen",
    "The plate and the clock — have they the same colour?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "spatial",
    "kitchen",
    "Which thing is directly right of the blue cup?",
    "q(u(rel(u(f(sel(cup), color=blue)), right)), name)",
    lambda p: p.name(only(p.subjects("right", p.the("cup", color="blue")))),
)
P(
    "verify",
    "kitchen",
    "The clock hangs in the upper half of the picture, correct?",
    "verify(u(sel(clock)), vposition, top)",
    lambda p: yes(p.value(p.the("clock"), "vposition") == "top"),
)
P(
    "number",
    "kitchen",
    "How many different colours have the things on the table?",
    "nvalues(rel(u(sel(table)), on), color)",
    lambda p: str(len({p.value(o, "color") for o in on_table(p)})),
)
P(
    "chain",
    "kitchen",
    "There is a cup right of the plate. Right of this cup stands something with writing on it — what does it say?",
    "q(u(rel(u(rel(u(sel(plate)), right, name=cup)), right)), text)",
    lambda p: p.value(only(p.subjects("right", only(named(p, p.subjects("right", p.the("plate")), "cup")))), "text"),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees

# --- Jasmine, American mother of two
P("count", "park", "How many kids are in this park picture?", "count(sel(child))", lambda p: n(children(p)))
P(
    "chain",
    "park",
    "The boy's throwing something — what color is it?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "spatial",
    "park",
    "Is the little girl near a dog?",
    "vrel(u(sel(girl)), near, name=dog)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("girl")), "dog"))),
)
P(
    "chain",
    "park",
    "What color is the dog that's by the girl?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "compare_count",
    "park",
    "Are there as many dogs as there are kids?",
    "eq(count(sel(dog)), count(sel(child)))",
    lambda p: yes(len(p.f("dog")) == len(children(p))),
)
X("park", "Do you think the two kids are brother and sister?")

# --- Connor, Boston landscaper
P("count", "park", "how many trees in that park one", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "attribute",
    "park",
    "is the bench wood or metal",
    "choose(u(sel(bench)), material, [wood, metal])",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "spatial",
    "park",
    "whats on the right of the bench",
    "q(u(rel(u(sel(bench)), right)), name)",
    lambda p: p.name(only(p.subjects("right", p.the("bench")))),
)
P("attribute", "park", "the bike what color", "q(u(sel(bicycle)), color)", lambda p: p.value(p.the("bicycle"), "color"))
P(
    "spatial",
    "park",
    "whos standing near the bike, wicked hard to see on here",
    "q(u(rel(u(sel(bicycle)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle")))),
)

P(
    "chain",
    "park",
    "the kid throwing the frisbee, what color's he got on",
    "q(u(rel(u(sel(frisbee)), throwing)), color)",
    lambda p: p.value(only(p.subjects("throwing", p.the("frisbee"))), "color"),
)

# --- Marco, Italian working in Australia
P(
    "chain",
    "park",
    "The woman in red has a dog with her. What colour is this dog?",
    "q(u(f(rel(u(f(sel(woman), color=red)), holding, role=object), name=dog)), color)",
    lambda p: p.value(only(named(p, p.objects_of(p.the("woman", color="red"), "holding"), "dog")), "color"),
)
P(
    "count",
    "park",
    "How many persons are in the park, counting also the children?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "verify",
    "park",
    "Behind the girl there is a tree, it is green?",
    "verify(u(rel(u(sel(girl)), behind)), color, green)",
    lambda p: yes(p.value(only(p.subjects("behind", p.the("girl"))), "color") == "green"),
)
P(
    "position",
    "park",
    "The frisbee is at the top of the picture or at the bottom?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "spatial",
    "park",
    "The boy is on the left of the woman in white, true?",
    "vrel(u(f(sel(woman), color=white)), left, name=boy)",
    lambda p: yes(p.has(p.the("boy"), "left", p.the("woman", color="white"))),
)
X("park", "The black dog, which breed is it? A labrador maybe?")

# --- Ngozi, bank officer in Lagos
P("count", "park", "Please how many women are in the park?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "spatial",
    "park",
    "The woman in white, what is she standing near?",
    "q(u(rel(u(f(sel(woman), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("woman", color="white")))),
)
P(
    "spatial",
    "park",
    "Is it the boy that is near the bench?",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("bench")), "boy"))),
)
P(
    "attribute",
    "park",
    "What colour is the bench, please?",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "superlative",
    "park",
    "Who is the person furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("park", "Are they going for a picnic after?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Emily, primary teacher in Yorkshire, making a worksheet with her teaching assistant
P("count", "shapes", "How many shapes are there altogether on this sheet?", "count(scene())", lambda p: n(p.objects))
P(
    "count",
    "shapes",
    "How many blue shapes would you say?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "verify",
    "shapes",
    "The star's red, isn't it?",
    "verify(u(sel(star)), color, red)",
    lambda p: yes(p.value(p.the("star"), "color") == "red"),
)
P(
    "position",
    "shapes",
    "What's in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are there more small shapes than big ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
X("shapes", "Do you think Year 2 will find this too easy?")

# --- Jack, American high-school art teacher
P(
    "position",
    "shapes",
    "which shape's smack in the middle of the whole thing?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "the triangle and the circle up top left, same size?",
    "same(u(sel(triangle)), u(f(sel(circle), hposition=left, vposition=top)), size)",
    lambda p: yes(
        p.value(p.the("triangle"), "size") == p.value(p.the("circle", hposition="left", vposition="top"), "size")
    ),
)
P(
    "count",
    "shapes",
    "how many shapes in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "list",
    "shapes",
    "what colors are in the top row? list em",
    "values(f(scene(), vposition=top), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="top")),
)
P(
    "compare_attr",
    "shapes",
    "is the hexagon the same color as the square?",
    "same(u(sel(hexagon)), u(sel(square)), color)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == p.value(p.the("square"), "color")),
)
P(
    "compare_size",
    "shapes",
    "which is bigger, the yellow rectangle or the star?",
    "q(u(f(union(f(sel(rectangle), color=yellow), sel(star)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("rectangle", color="yellow"), p.the("star")),
)

# --- Doug, Canadian accountant
P("count", "shapes", "How many circles do you see?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "verify",
    "shapes",
    "Is the little circle blue?",
    "verify(u(f(sel(circle), size=small)), color, blue)",
    lambda p: yes(p.value(p.the("circle", size="small"), "color") == "blue"),
)
P(
    "exist",
    "shapes",
    "Any purple shapes at all?",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "negation",
    "shapes",
    "How many shapes are neither red nor blue?",
    "count(fn(fn(scene(), color=red), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") not in ("red", "blue")]),
)
P(
    "attribute",
    "shapes",
    "The big circle — what colour?",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share the star's colour?",
    "count(same_attr(u(sel(star)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("star") and p.value(o, "color") == p.value(p.the("star"), "color")]
    ),
)

# --- Zoe, Australian design student
P(
    "superlative",
    "shapes",
    "whats the most common colour on there",
    "common_value(scene(), color)",
    lambda p: Counter(p.value(o, "color") for o in p.objects).most_common(1)[0][0],
)
P(
    "number",
    "shapes",
    "how many diff colours does it use",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "quantifier",
    "shapes",
    "is everything in the top row big?",
    "not_(exist(fn(f(scene(), vposition=top), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(vposition="top"))),
)
P(
    "two_clause",
    "shapes",
    "the hexagon's in the bottom right corner yeah?",
    "and_(verify(u(sel(hexagon)), vposition, bottom), verify(u(sel(hexagon)), hposition, right))",
    lambda p: yes(
        p.value(p.the("hexagon"), "vposition") == "bottom" and p.value(p.the("hexagon"), "hposition") == "right"
    ),
)
P(
    "superlative",
    "shapes",
    "whats 2nd from the left along the bottom",
    "q(ord(f(scene(), vposition=bottom), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left", 2), "shape"),
)

P(
    "negation",
    "shapes",
    "any stars apart from the red one?",
    "exist(fn(sel(star), color=red))",
    lambda p: yes(any(p.value(o, "color") != "red" for o in p.f("star"))),
)

# --- Bronwyn, South African librarian
P(
    "attribute",
    "shapes",
    "Is there a green shape? Which one is it?",
    "q(u(f(scene(), color=green)), shape)",
    lambda p: p.value(p.the(color="green"), "shape"),
)
P(
    "count",
    "shapes",
    "How many shapes are either circles or stars?",
    "count(union(sel(circle), sel(star)))",
    lambda p: n(p.f(("circle", "star"))),
)
P(
    "compare_size",
    "shapes",
    "Is the triangle bigger than the blue square?",
    "larger(u(sel(triangle)), u(f(sel(square), color=blue)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("square", color="blue")),
)
P(
    "quantifier",
    "shapes",
    "Are all the blue shapes small ones?",
    "not_(exist(fn(f(scene(), color=blue), size=small)))",
    lambda p: yes(all(p.value(o, "size") == "small" for o in p.f(color="blue"))),
)
P(
    "superlative",
    "shapes",
    "Which shape sits furthest right in the bottom row?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
X("shapes", "Who drew this, do you know? Was it someone at your office?")

# --- Ellie, thirteen, doing homework
P("count", "shapes", "help how many triangles r there", "count(sel(triangle))", lambda p: n(p.f("triangle")))
P(
    "verify",
    "shapes",
    "is the star at the bottom",
    "verify(u(sel(star)), vposition, bottom)",
    lambda p: yes(p.value(p.the("star"), "vposition") == "bottom"),
)
P(
    "attribute",
    "shapes",
    "what colour is the rectangle thats at the bottom",
    "q(u(f(union(sel(rectangle), sel(square)), vposition=bottom)), color)",
    lambda p: p.value(only([o for o in p.f(("rectangle", "square")) if p.value(o, "vposition") == "bottom"]), "color"),
)
P(
    "compare_count",
    "shapes",
    "are there more red shapes than green ones",
    "gt(count(f(scene(), color=red)), count(f(scene(), color=green)))",
    lambda p: yes(len(p.f(color="red")) > len(p.f(color="green"))),
)
P(
    "position",
    "shapes",
    "what shape is in the top middle",
    "q(u(f(scene(), hposition=middle, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="top"), "shape"),
)

P(
    "count",
    "shapes",
    "how many shapes r blue and small",
    "count(f(scene(), color=blue, size=small))",
    lambda p: n(p.f(color="blue", size="small")),
)

# --- Victor, team lead in a Manila call centre
P(
    "count",
    "shapes",
    "Hi! How many of the shapes are small?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "attribute",
    "shapes",
    "Is the yellow rectangle big or small?",
    "choose(u(f(sel(rectangle), color=yellow)), size, [large, small])",
    lambda p: p.value(p.the("rectangle", color="yellow"), "size"),
)
P(
    "negation",
    "shapes",
    "Other than the blue ones, how many shapes are there?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "position",
    "shapes",
    "Which shape is at the upper right?",
    "q(u(f(scene(), hposition=right, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "shape"),
)
P(
    "verify",
    "shapes",
    "Is the big red circle on the left side?",
    "verify(u(f(sel(circle), size=large, color=red)), hposition, left)",
    lambda p: yes(p.value(p.the("circle", size="large", color="red"), "hposition") == "left"),
)
P(
    "same_attr",
    "shapes",
    "How many shapes are the same size as the star, not counting the star itself?",
    "count(same_attr(u(sel(star)), size))",
    lambda p: n([o for o in p.objects if o != p.the("star") and p.value(o, "size") == p.value(p.the("star"), "size")]),
)

# --- Ruth, retired New York bookkeeper
P(
    "count",
    "shapes",
    "Tell me, how many of these shapes are red?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "compare_attr",
    "shapes",
    "The two circles — are they the same colour, or am I seeing things?",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "quantifier",
    "shapes",
    "Most of the shapes are small, yes?",
    "gt(count(f(scene(), size=small)), count(fn(scene(), size=small)))",
    lambda p: yes(len(p.f(size="small")) > len([o for o in p.objects if p.value(o, "size") != "small"])),
)
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
    "Is the triangle in the top row or the bottom row?",
    "choose(u(sel(triangle)), vposition, [top, bottom])",
    lambda p: p.value(p.the("triangle"), "vposition"),
)
X("shapes", "What would something like this sell for in a gallery?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
