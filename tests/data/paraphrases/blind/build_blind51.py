# ruff: noqa: E501
"""Blind paraphrase set 51: another fresh crowd. About forty ordinary people, each imagined once and kept in character
for five to seven questions about one picture, in their own words and with their own habits of speech; nobody talks
like a dataset template. The cast and their quirks: a farmer (sheep and market talk, "'em", "uns", "d'you reckon"), a
carpenter who measures everything ("by my tape", "cut to the same size"), a retired army officer giving orders ("Sound
off!", "Report", "At the double", "Affirmative or negative?"), a shy 9-year-old (lower case, "um", "sorry"), a bored
museum guard ("*yawn*", "eight hours of this", "not that anyone asks"), a stand-up comedian ("What's the deal with",
"folks", "tough crowd"), a barista shouting orders between questions, a poet ("O scattered orbs", "small as a tear"), a
Scottish grandmother ("och", "wee", "hen", "cannae", "tae", "whit"), an Australian surfer ("G'day", "arvo", "heaps",
"mate", "she's"), an Irish taxi driver ("yer man", "so it is", "d'ye", "grand"), a South African student ("Howzit",
"ja", "eish", "lekker", "hey"), a Filipino call-centre agent ("po", "for verification purposes", "kindly confirm",
"thank you for your patience"), a Brazilian engineer writing English as a third language ("which is the quantity of",
"in the image have", "more big", "of metal"), a Korean gamer ("ㅋㅋ", "gg", "ez", "spawn", "pls"), an air-traffic
controller (clipped, precise: "Confirm count: spheres."), a lawyer (hedged and conditional: "to the extent that",
"without prejudice", "I would put it to you"), a librarian (exact and polite: "would you kindly", "if I may"), a sports
referee (pitch, teams, "the call"), a weather presenter ("over on the left", "moving across to the right", "up top"), a
truck driver on a voice assistant (no punctuation, no capitals), a tax accountant ("for the ledger", "net of", "line
item", "reconcile"), a philosophy student pedantic about what "there is" means ("in the existential sense", "universal
quantifier", "if 'the purple cube' denotes"), a chef ("mise en place", "yes chef", "service"), a mechanic ("on the
bench", bearings for balls, "before I weld it"), a pilot ("this is your captain", "starboard"), a yoga teacher
("breathe in", "gently notice", "and exhale"), a podcast host ("for our listeners", "hot take"), a real-estate agent
(everything "lovely", "spacious", "stunning", "boasts"), a detective novelist ("every detail matters", "the man in
white"), a nervous job interviewee (apologies, false starts, second-guessing), a drunk-ish party guest (typos,
repetition: "yelow", "cylindres", "not the blue one"), a crossword fan (clue numbers and letter counts), a birdwatcher
("through the binoculars", "log a sighting"), a tour guide ("on your left, folks"), a stage magician ("Behold!",
"Abracadabra", "vanish"), a kindergarten teacher ("boys and girls", "let's count together"), a chess coach (pieces,
flanks, the back rank), a software tester who tries edge cases (zero, none, all, both, neither, an empty answer) and a
journalist (who, what, where, how many).

The questions cover counts (with conditions, negation, "not counting", "apart from", "excluding", "net of", "leaving
out", "neither ... nor"), existence, an attribute of one thing, comparisons of counts and of attributes, relations
(left, right, in front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing,
throwing, above, behind, left, right, in front), one- and two-hop chains ("the cube behind the cube that's left of the
little cyan ball"), superlatives and ordinals ("furthest back", "second from the left", "the far left flank"), other
objects sharing a value ("how many other exhibits are the same colour as the red cylinder"), yes/no with two
conditions ("and", "or"), quantifiers ("all", "none", "both"), the text on the photos' signs, bottle, bus, road and
clock, sides of the picture ("left or right of the pic", "top or bottom of the frame"), a list of values, the number of
different colours and the most common colour, and the sizes of two things ("is the red one the bigger of the two").

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
classes differ. Answers are the graph's words (gray, not grey; sphere, not ball; "circle, star" for a list, most
frequent first, ties alphabetical). Every gold program and answer comes from the scene by plain Python.

Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other set but the
forty-seventh and forty-ninth (read for the format only), and never run through nsvr's parser or planner before the
set was final.

Run ``python build_blind51.py`` to write ``../blind51.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind51.jsonl"
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


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# =================================================================================================================
# CLEVR scenes, one person each
# =================================================================================================================

# --- the farmer, scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "count",
    5,
    "Right then, how many balls have I got in this lot? Counting 'em like I count the sheep.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "negation",
    5,
    "Leavin' out anything brown, how many things are stood out there in the field?",
    "count(fn(scene(), color=brown))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "brown"]),
)
C(
    "compare_count",
    5,
    "Is there more rubber stuff than metal stuff out there, would you say?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "spatial",
    5,
    "How many things are sat behind the big purple ball, like cows behind the gate?",
    "count(rel(u(f(sel(sphere), size=large, color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="large", color="purple"))),
)
C(
    "chain",
    5,
    "There's a cube left o' the little cyan ball. What colour's the cube sat behind that one, d'you reckon?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=cyan)), left), shape=cube)), behind), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="cyan"), "left", shape="cube"), "behind", shape="cube"), "color"
    ),
)
X(5, "What'd that big brown cube fetch at the market, d'you reckon?")

# --- the carpenter, scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube (front), small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (far right)
C(
    "count",
    7,
    "Measure twice, count once: how many of the large pieces are in this lot?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "compare_size",
    7,
    "The red cube against the grey cube — is the red one the bigger of the two, by my tape?",
    "larger(u(f(sel(cube), color=red)), u(f(sel(cube), color=gray)))",
    lambda s: larger(s, s.the(shape="cube", color="red"), s.the(shape="cube", color="gray")),
)
C(
    "compare_attr",
    7,
    "Are the two cyan cylinders cut to the same size, or is one of them shorter stock?",
    "same(f(sel(cylinder), color=cyan), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="cyan"), "size"),
)
C(
    "superlative",
    7,
    "Which piece sits furthest to the right, at the end of the bench? I want to know what it's made of.",
    "q(ord(scene(), right, 1), material)",
    lambda s: s.a(nth(s, s.all(), "right"), "material"),
)
C(
    "negation",
    7,
    "How many cylinders would I have to sand down, not counting the metal ones?",
    "count(fn(sel(cylinder), material=metal))",
    lambda s: n(but(s, s.f(shape="cylinder"), material="metal")),
)
C(
    "chain",
    7,
    "Start from the small cyan cylinder. The big cylinder in front of it, then the cube in front of that one: what colour is that cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=small, color=cyan)), front), shape=cylinder)), front), shape=cube)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cylinder", size="small", color="cyan"), "front", shape="cylinder"),
            "front",
            shape="cube",
        ),
        "color",
    ),
)

# --- the retired army officer, scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube (back), large brown rubber sph, large brown metal cyl, small purple rubber sph (far left)
C(
    "count",
    11,
    "Sound off! Total number of spheres on the parade ground. Now!",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "negation",
    11,
    "Report the number of brown items, excluding the cylinders. At the double!",
    "count(fn(f(scene(), color=brown), shape=cylinder))",
    lambda s: n(but(s, s.f(color="brown"), shape="cylinder")),
)
C(
    "superlative",
    11,
    "Which unit holds the far left flank? Report its colour.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "spatial",
    11,
    "Confirm: the green cube is positioned in front of the big brown cylinder. Affirmative or negative?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=brown)), front), color=green, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "green"}, "front", {"shape": "cylinder", "size": "large", "color": "brown"}
    ),
)
C(
    "chain",
    11,
    "There is a cylinder to the rear of the yellow sphere. Identify its colour!",
    "q(u(f(rel(u(f(sel(sphere), color=yellow)), behind), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="yellow"), "behind", shape="cylinder"), "color"),
)
X(11, "Which of these deserted its post last night? I want a name, soldier!")

# --- the shy 9-year-old, scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph (front), large purple metal cyl
C("count", 21, "um... how many balls are there? sorry", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_size",
    21,
    "is the big red ball bigger than the grey one? i think so but im not sure",
    "larger(u(f(sel(sphere), color=red)), u(f(sel(sphere), color=gray)))",
    lambda s: larger(s, s.the(shape="sphere", color="red"), s.the(shape="sphere", color="gray")),
)
C(
    "attribute",
    21,
    "what colour is the little can thing... the small cylinder i mean",
    "q(u(f(sel(cylinder), size=small)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "color"),
)
C(
    "quantifier",
    21,
    "are all the balls made of rubber? sorry if thats a silly question",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "chain",
    21,
    "what colour is the ball in front of the big red one? the one closer to me",
    "q(u(f(rel(u(f(sel(sphere), color=red)), front), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="red"), "front", shape="sphere"), "color"),
)
X(21, "do the balls get sad when nobody plays with them?")

# --- the bored museum guard, scene 24: small red metal cube, large red rubber cyl, large green metal cube (far right), small brown metal cyl (far left), large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "count",
    24,
    "*yawn* Another shift. How many cubes in this exhibit, then?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    24,
    "Eight hours I've stared at these. The two red balls — same material, or have I had it wrong all along?",
    "same(f(sel(sphere), color=red), material)",
    lambda s: alike(s, s.f(shape="sphere", color="red"), "material"),
)
C(
    "same_attr",
    24,
    "How many other exhibits are the same colour as the red cylinder? Not that anyone ever asks.",
    "count(same_attr(u(f(sel(cylinder), color=red)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", color="red"), "color")),
)
C(
    "position",
    24,
    "Whatever. The little brown cylinder, is it on the left side of the picture or the right?",
    "choose(u(f(sel(cylinder), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="brown")),
)
C(
    "spatial",
    24,
    "Is anything made of rubber standing behind the big grey cube? Nobody's supposed to touch it anyway.",
    "exist(f(rel(u(f(sel(cube), size=large, color=gray)), behind), material=rubber))",
    lambda s: yes(
        bool(among(s, related(s, "behind", s.the(shape="cube", size="large", color="gray")), material="rubber"))
    ),
)
X(24, "Who's going to nick this lot when I nod off?")

# --- the stand-up comedian, scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "count",
    31,
    "What's the deal with cubes? Seriously, how many cubes are even in this one?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    31,
    "So there's one lonely cube at this party, folks. What colour is that loner?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "count",
    31,
    "Tough crowd. How many balls are there, apart from the big blue show-off?",
    "count(diff(sel(sphere), u(f(sel(sphere), size=large, color=blue))))",
    lambda s: n([i for i in s.f(shape="sphere") if i != s.the(shape="sphere", size="large", color="blue")]),
)
C(
    "attribute",
    31,
    "The big green cylinder walks into a bar. Is it metal or rubber? Because that changes the punchline.",
    "choose(u(f(sel(cylinder), size=large, color=green)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder", size="large", color="green"), "material"),
)
C(
    "superlative",
    31,
    "Who's sitting in the front row? Which thing is closest to the camera — give me the colour so I can roast it.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "chain",
    31,
    "And the cylinder behind the cyan cylinder, folks — what colour is that guy?",
    "q(u(f(rel(u(f(sel(cylinder), color=cyan)), behind), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="cyan"), "behind", shape="cylinder"), "color"),
)

# --- the barista, scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube (back), large green rubber sph, large yellow metal cyl
C(
    "count",
    16,
    "Oat flat white for Sam! — sorry, quick one: how many metal things are there?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_attr",
    16,
    "The two yellow things, are they the same shape? Like two matching cups?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: alike(s, s.f(color="yellow"), "shape"),
)
C(
    "exist",
    16,
    "Grande latte, extra shot! Right — is there anything small that's made of rubber?",
    "exist(f(scene(), size=small, material=rubber))",
    lambda s: yes(bool(s.f(size="small", material="rubber"))),
)
C(
    "superlative",
    16,
    "Back again, sorry. What shape is the thing furthest at the back?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "chain",
    16,
    "Two cappuccinos, table four! Okay: to the right of the red ball there's a cube. What colour is it?",
    "q(u(f(rel(u(f(sel(sphere), color=red)), right), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="red"), "right", shape="cube"), "color"),
)
X(16, "Who ordered the yellow cylinder? I need a name for the cup.")

# --- the poet, scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (back), small red rubber sph, large red metal cube
C(
    "count",
    13,
    "O scattered orbs upon the grey expanse — how many of you are spheres?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    13,
    "The lone grey pearl of metal: is it large, or small as a tear?",
    "choose(u(f(sel(sphere), color=gray)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="gray"), "size"),
)
C(
    "count",
    13,
    "How many things here wear the colour of the rose — red, I mean?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_attr",
    13,
    "Do the two cubes share one skin, one material, or are they strangers?",
    "same(sel(cube), material)",
    lambda s: alike(s, s.f(shape="cube"), "material"),
)
C(
    "chain",
    13,
    "Before the red sphere there stands another sphere. What is its hue?",
    "q(u(f(rel(u(f(sel(sphere), color=red)), front), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="red"), "front", shape="sphere"), "color"),
)
X(13, "What does the red cube dream of when the lights go out?")

# --- the Scottish grandmother, scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl (front), large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "count",
    18,
    "Och, how many wee purple things are there, hen? Just the wee ones, mind.",
    "count(f(scene(), size=small, color=purple))",
    lambda s: n(s.f(size="small", color="purple")),
)
C(
    "compare_attr",
    18,
    "The two big purple tubes — are they made o' the same stuff? I cannae tell wi' these eyes.",
    "same(f(sel(cylinder), size=large, color=purple), material)",
    lambda s: alike(s, s.f(shape="cylinder", size="large", color="purple"), "material"),
)
C(
    "exist",
    18,
    "Is there a wee red ball somewhere, or am I imagining things?",
    "exist(f(sel(sphere), size=small, color=red))",
    lambda s: yes(bool(s.f(shape="sphere", size="small", color="red"))),
)
C(
    "spatial",
    18,
    "How many things are sittin' tae the left o' the wee blue cylinder?",
    "count(rel(u(f(sel(cylinder), size=small, color=blue)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", size="small", color="blue"))),
)
C(
    "chain",
    18,
    "Whit colour's the ball sittin' behind the big cyan cube, hen?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=cyan)), behind), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", size="large", color="cyan"), "behind", shape="sphere"), "color"),
)
X(18, "Dinnae suppose ye ken whit my grandson paid for this set?")

# --- the Australian surfer, scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl (front), small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph (right), small yellow rubber cube (left)
C(
    "count",
    19,
    "G'day mate, how many cyan bits are in this arvo's lineup?",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "negation",
    19,
    "Heaps of small stuff, eh. How many things aren't small?",
    "count(fn(scene(), size=small))",
    lambda s: n([i for i in s.all() if s.a(i, "size") != "small"]),
)
C(
    "verify",
    19,
    "That big grey ball, she's metal, yeah?",
    "verify(u(f(sel(sphere), size=large, color=gray)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="gray"), "material") == "metal"),
)
C(
    "position",
    19,
    "No worries — which side's the little yellow cube on, left or right of the pic?",
    "choose(u(f(sel(cube), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="yellow")),
)
C(
    "spatial",
    19,
    "How many things are sitting in front of the little grey cube, mate?",
    "count(rel(u(f(sel(cube), color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="gray"))),
)
X(19, "Where's the best surf near where this was shot, mate?")

# --- the South African student, scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "count",
    25,
    "Howzit! Ja, how many cylinders are there in this pic?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    25,
    "Eish, is the big red cube metal or rubber?",
    "choose(u(f(sel(cube), size=large, color=red)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", size="large", color="red"), "material"),
)
C(
    "negation",
    25,
    "Lekker. How many metal things are there, but not counting the cylinders, hey?",
    "count(fn(f(scene(), material=metal), shape=cylinder))",
    lambda s: n(but(s, s.f(material="metal"), shape="cylinder")),
)
C(
    "compare_attr",
    25,
    "Are the two brown things the same size, or not?",
    "same(f(scene(), color=brown), size)",
    lambda s: alike(s, s.f(color="brown"), "size"),
)
C(
    "superlative",
    25,
    "What shape is the thing second from the left, ja?",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "chain",
    25,
    "The ball on the right of the cyan ball — what colour's the cube behind it, hey?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=cyan)), right), shape=sphere)), behind), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="cyan"), "right", shape="sphere"), "behind", shape="cube"), "color"
    ),
)

# --- the Filipino call-centre agent, scene 26: large brown metal cyl, large green metal sph, small purple metal cube (front), large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "count",
    26,
    "Good day po! For verification purposes, may I know how many green items are in the picture?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "quantifier",
    26,
    "Thank you for your patience po. Kindly confirm if all of the items are made of metal.",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "attribute",
    26,
    "Let me just confirm po, the one rubber item — what colour is it?",
    "q(u(f(scene(), material=rubber)), color)",
    lambda s: s.a(s.the(material="rubber"), "color"),
)
C(
    "spatial",
    26,
    "For the record po, how many items are to the right of the big cyan sphere?",
    "count(rel(u(f(sel(sphere), size=large, color=cyan)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", size="large", color="cyan"))),
)
C(
    "chain",
    26,
    "Kindly check the cube in front of the cyan sphere po — is it metal or rubber?",
    "choose(u(f(rel(u(f(sel(sphere), color=cyan)), front), shape=cube)), material, [metal, rubber])",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="cyan"), "front", shape="cube"), "material"),
)
X(26, "May I have the name of the account holder who owns these items po?")

# --- the Brazilian engineer (English is his third language), scene 41: small yellow metal cyl, small purple rubber cyl (front), large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph (back), large blue metal sph, large cyan metal cyl (far right), large blue metal cube, small yellow rubber sph
C(
    "count",
    41,
    "Please, which is the quantity of cylinders of metal in the image?",
    "count(f(sel(cylinder), material=metal))",
    lambda s: n(s.f(shape="cylinder", material="metal")),
)
C(
    "exist",
    41,
    "In the image have some cube of rubber? I need to know for the project.",
    "exist(f(sel(cube), material=rubber))",
    lambda s: yes(bool(s.f(shape="cube", material="rubber"))),
)
C(
    "superlative",
    41,
    "Is possible to know the colour of the sphere more far to the back?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "count",
    41,
    "Make the count for me of all the yellow things, except the big cylinder.",
    "count(diff(f(scene(), color=yellow), u(f(sel(cylinder), size=large, color=yellow))))",
    lambda s: n([i for i in s.f(color="yellow") if i != s.the(shape="cylinder", size="large", color="yellow")]),
)
C(
    "compare_size",
    41,
    "The cube blue is more big than the cylinder red, yes?",
    "larger(u(f(sel(cube), color=blue)), u(f(sel(cylinder), color=red)))",
    lambda s: larger(s, s.the(shape="cube", color="blue"), s.the(shape="cylinder", color="red")),
)
C(
    "same_attr",
    41,
    "How many other objects have the same material of the purple cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=purple)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", color="purple"), "material")),
)

# --- the Korean gamer, scene 43: large yellow metal cube, large cyan metal sph (right), small blue metal cyl (front), small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph (left), small cyan rubber sph
C(
    "count",
    43,
    "ㅋㅋ ok how many loot boxes... i mean cubes on this map",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    43,
    "the cyan sphere thats rubber, is it big or small",
    "choose(u(f(sel(sphere), color=cyan, material=rubber)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="cyan", material="rubber"), "size"),
)
C(
    "position",
    43,
    "is the gray ball on the left side of the screen or the right side",
    "choose(u(f(sel(sphere), color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="gray")),
)
C(
    "compare_attr",
    43,
    "ez one: green cube and yellow cube, same material?",
    "same(u(f(sel(cube), color=green)), u(f(sel(cube), color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="green"), "material") == s.a(s.the(shape="cube", color="yellow"), "material")
    ),
)
C(
    "chain",
    43,
    "gg. which ball is behind the yellow cube? colour pls",
    "q(u(f(rel(u(f(sel(cube), color=yellow)), behind), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="yellow"), "behind", shape="sphere"), "color"),
)
X(43, "which one would u main in pvp lol")

# --- the air-traffic controller, scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph (front), large cyan rubber sph (back), small yellow metal cyl
C("count", 45, "Confirm count: spheres.", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "superlative",
    45,
    "Say colour, object furthest back.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "count",
    45,
    "Metal cylinders. Say number.",
    "count(f(sel(cylinder), material=metal))",
    lambda s: n(s.f(shape="cylinder", material="metal")),
)
C(
    "verify",
    45,
    "Verify large red sphere is metal. Affirm or negative.",
    "verify(u(f(sel(sphere), size=large, color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="red"), "material") == "metal"),
)
C(
    "spatial",
    45,
    "Traffic to the left of the large grey sphere: how many?",
    "count(rel(u(f(sel(sphere), size=large, color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", size="large", color="gray"))),
)
C(
    "chain",
    45,
    "Cylinder behind the grey cylinder. Say colour.",
    "q(u(f(rel(u(f(sel(cylinder), color=gray)), behind), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="gray"), "behind", shape="cylinder"), "color"),
)

# --- the lawyer, scene 46: large gray metal cube, small cyan metal cyl, small red metal sph (back), large cyan rubber cyl, small green rubber sph (far left), small purple metal sph, large red rubber cube (front), small purple rubber cube
C(
    "two_clause",
    46,
    "Without prejudice: is it the case both that there is a purple cube and that there is a cyan sphere?",
    "and_(exist(f(sel(cube), color=purple)), exist(f(sel(sphere), color=cyan)))",
    lambda s: yes(bool(s.f(shape="cube", color="purple")) and bool(s.f(shape="sphere", color="cyan"))),
)
C(
    "attribute",
    46,
    "To the extent that there is a large rubber cylinder, what colour would it be?",
    "q(u(f(sel(cylinder), size=large, material=rubber)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large", material="rubber"), "color"),
)
C(
    "compare_attr",
    46,
    "I would put it to you that the red items are not all of one material. Is that correct?",
    "not_(same(f(scene(), color=red), material))",
    lambda s: yes(alike(s, s.f(color="red"), "material") == "no"),
)
C(
    "spatial",
    46,
    "Strictly speaking, how many objects, if any, lie in front of the large grey cube?",
    "count(rel(u(f(sel(cube), size=large, color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="gray"))),
)
C(
    "chain",
    46,
    "Assuming, arguendo, that there is a cube in front of the small cylinder: what is that cube made of?",
    "q(u(f(rel(u(f(sel(cylinder), size=small)), front), shape=cube)), material)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", size="small"), "front", shape="cube"), "material"),
)
X(46, "In your view, who is liable for leaving the purple sphere where it is?")

# --- the software tester, scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (far right), small blue rubber cyl (back), small purple metal cube, small yellow metal sph (far left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "count",
    47,
    "Edge case: how many green objects are there? Zero is a valid answer.",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "quantifier",
    47,
    "Test case: is it true that none of the spheres are rubber?",
    "not_(exist(f(sel(sphere), material=rubber)))",
    lambda s: yes(not s.f(shape="sphere", material="rubber")),
)
C(
    "quantifier",
    47,
    "Boundary check: are all of the cubes made of rubber?",
    "not_(exist(fn(sel(cube), material=rubber)))",
    lambda s: every(s, s.f(shape="cube"), material="rubber"),
)
C(
    "quantifier",
    47,
    "Both large cubes — are they both rubber? Expected: yes or no.",
    "not_(exist(fn(f(sel(cube), size=large), material=rubber)))",
    lambda s: every(s, s.f(shape="cube", size="large"), material="rubber"),
)
C(
    "negation",
    47,
    "Negative test: count the objects that are neither cubes nor spheres.",
    "count(diff(diff(scene(), sel(cube)), sel(sphere)))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") not in ("cube", "sphere")]),
)
C(
    "superlative",
    47,
    "Off-by-one check: what colour is the second object from the left?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)
C(
    "same_attr",
    47,
    "Empty-result test: how many other objects share a colour with the cyan cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=cyan)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", color="cyan"), "color")),
)

# --- the philosophy student, scene 9: small gray rubber cube (front), large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl, large green metal sph
C(
    "exist",
    9,
    "Taking 'there is' in the existential sense: does there exist at least one object that is both green and metal?",
    "exist(f(scene(), color=green, material=metal))",
    lambda s: yes(bool(s.f(color="green", material="metal"))),
)
C(
    "quantifier",
    9,
    "Is it true of every grey object here that it is made of rubber? The universal quantifier, please, not the usual sloppiness.",
    "not_(exist(fn(f(scene(), color=gray), material=rubber)))",
    lambda s: every(s, s.f(color="gray"), material="rubber"),
)
C(
    "attribute",
    9,
    "If 'the purple cube' denotes — and I believe it does, uniquely — what is its material?",
    "q(u(f(sel(cube), color=purple)), material)",
    lambda s: s.a(s.the(shape="cube", color="purple"), "material"),
)
C(
    "compare_attr",
    9,
    "Do the green things share a shape, or is 'green thing' not a natural kind here?",
    "same(f(scene(), color=green), shape)",
    lambda s: alike(s, s.f(color="green"), "shape"),
)
C(
    "negation",
    9,
    "Of the objects that are not grey — and I mean not grey, not merely less grey — how many are there?",
    "count(fn(scene(), color=gray))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "gray"]),
)
X(9, "Does the brown sphere know that it exists?")

# --- the chess coach, scene 12: small blue metal cube (far left), small green rubber sph, large gray rubber sph (far right), small cyan metal cyl, small gray rubber sph (front), small green rubber cyl, small red metal cube, small gray metal cube (back)
C("count", 12, "Let's analyse the position. How many pieces are on the board?", "count(scene())", lambda s: n(s.all()))
C(
    "superlative",
    12,
    "Which piece is out on the far left flank? Its colour, please.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "spatial",
    12,
    "How many pieces stand to the right of the red cube?",
    "count(rel(u(f(sel(cube), color=red)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="red"))),
)
C(
    "count",
    12,
    "Count the grey pieces, but leave the large one out of it.",
    "count(diff(f(scene(), color=gray), u(f(scene(), size=large, color=gray))))",
    lambda s: n([i for i in s.f(color="gray") if i != s.the(size="large", color="gray")]),
)
C(
    "superlative",
    12,
    "On the back rank, the piece furthest from us — what shape is it?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "chain",
    12,
    "What colour is the sphere standing behind the blue cube?",
    "q(u(f(rel(u(f(sel(cube), color=blue)), behind), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="blue"), "behind", shape="sphere"), "color"),
)

# --- the drunk-ish party guest, scene 42: small yellow rubber sph, small gray rubber cyl (back), small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph (far left), large yellow metal sph
C(
    "count",
    42,
    "heyyy how many blue things r there. how many blue thngs",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "verify",
    42,
    "is the big yelow ball shiny metal?? is it metal",
    "verify(u(f(sel(sphere), size=large, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="yellow"), "material") == "metal"),
)
C(
    "count",
    42,
    "ok ok ok how many balls not counting the blue one. not the blue one",
    "count(diff(sel(sphere), u(f(sel(sphere), color=blue))))",
    lambda s: n([i for i in s.f(shape="sphere") if i != s.the(shape="sphere", color="blue")]),
)
C(
    "superlative",
    42,
    "whats the colour of the thing at the very very back. the back one",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "chain",
    42,
    "wats rite of the grey cube... the ball. wat colour is the ball",
    "q(u(f(rel(u(f(sel(cube), color=gray)), right), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="gray"), "right", shape="sphere"), "color"),
)
X(42, "do u think the yelow ball likes me. does it like me")

# --- the mechanic, scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph (front), small gray rubber cyl
C(
    "count",
    49,
    "Alright, what've we got on the bench — how many ball bearings? Spheres, I mean.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    49,
    "The one cube, what's it made of? Need to know before I weld it.",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "compare_attr",
    49,
    "Two cylinders on the bench. Same colour, or different?",
    "same(sel(cylinder), color)",
    lambda s: alike(s, s.f(shape="cylinder"), "color"),
)
C(
    "spatial",
    49,
    "Is the green cube sat behind the green cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=green)), behind), color=green, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "green"}, "behind", {"shape": "cylinder", "color": "green"}),
)
C(
    "chain",
    49,
    "The cylinder behind the red ball — what's that one made of?",
    "q(u(f(rel(u(f(sel(sphere), color=red)), behind), shape=cylinder)), material)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="red"), "behind", shape="cylinder"), "material"),
)
X(49, "How long till these bearings wear out, roughly?")

# --- the pilot, scene 55: large green metal cube, small purple rubber cube (far right), large purple rubber sph (back), small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph (far left), small yellow metal cube (front), large red rubber cube
C(
    "count",
    55,
    "Ladies and gentlemen, this is your captain speaking. How many purple objects do we have below us?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "superlative",
    55,
    "Out on the starboard side: which object is furthest to the right? Say its colour.",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "count",
    55,
    "How many of the big purple spheres are rubber?",
    "count(f(sel(sphere), size=large, color=purple, material=rubber))",
    lambda s: n(s.f(shape="sphere", size="large", color="purple", material="rubber")),
)
C(
    "compare_attr",
    55,
    "Are the two yellow objects the same material? The first officer says they are.",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "spatial",
    55,
    "On final approach: is there a cylinder to the left of the green cube?",
    "exist(f(rel(u(f(sel(cube), color=green)), left), shape=cylinder))",
    lambda s: yes(bool(among(s, related(s, "left", s.the(shape="cube", color="green")), shape="cylinder"))),
)
C(
    "chain",
    55,
    "The cube behind the green cube, what colour is it? Over.",
    "q(u(f(rel(u(f(sel(cube), color=green)), behind), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="green"), "behind", shape="cube"), "color"),
)

# --- the sports referee, scene 59: small purple rubber cyl (front), large cyan rubber cyl (far right), large brown rubber sph (far left), large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph (back)
C(
    "count",
    59,
    "Headcount on the pitch: how many players — er, objects — in total?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "count",
    59,
    "Team purple: how many purple objects are on the field?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "compare_count",
    59,
    "Brown against purple: does team brown have fewer on the field?",
    "lt(count(f(scene(), color=brown)), count(f(scene(), color=purple)))",
    lambda s: yes(len(s.f(color="brown")) < len(s.f(color="purple"))),
)
C(
    "exist",
    59,
    "Any metal on the pitch? That's a foul if there is.",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "compare_attr",
    59,
    "I have to make the call: is the purple cube the same size as the purple ball?",
    "same(u(f(sel(cube), color=purple)), u(f(sel(sphere), color=purple)), size)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="purple"), "size") == s.a(s.the(shape="sphere", color="purple"), "size")
    ),
)
C(
    "chain",
    59,
    "The cube to the right of the small cylinder — metal or rubber? It goes in my report.",
    "choose(u(f(rel(u(f(sel(cylinder), size=small)), right), shape=cube)), material, [metal, rubber])",
    lambda s: s.a(hop(s, s.the(shape="cylinder", size="small"), "right", shape="cube"), "material"),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus, small brown dog, road text 'NO PARKING'

# --- the Irish taxi driver
P(
    "count",
    "street",
    "Ah sure look, how many people are out on the street there?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "chain",
    "street",
    "Yer man on the left, what colour's the tie he has on him?",
    "q(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="left")), "color"),
)
P(
    "where",
    "street",
    "Is the white car parked to the left o' the bus or to the right of it?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P(
    "text",
    "street",
    "What's the sign say? I'm not stoppin' unless I have to, so I'm not.",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "compare_attr",
    "street",
    "Grand. Is the bus the same colour as the sign, d'ye know?",
    "same(u(sel(bus)), u(sel(sign)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("sign"), "color")),
)
X("street", "Where's that bus headin' after this stop, d'ye know?")

# --- the truck driver on a voice assistant
P(
    "count",
    "street",
    "hey assistant how many vehicles are on the road in this picture",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "text",
    "street",
    "what does it say painted on the road",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "spatial",
    "street",
    "is there a dog near the woman",
    "vrel(u(sel(woman)), near, name=dog)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("woman")), "dog"))),
)
P(
    "position",
    "street",
    "which side of the picture is the white car on left or right",
    "choose(u(sel(car)), hposition, [left, right])",
    lambda p: p.value(p.the("car"), "hposition"),
)
P(
    "spatial",
    "street",
    "whats behind the bus",
    "q(u(rel(u(sel(bus)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("bus")))),
)
P(
    "attribute",
    "street",
    "the dog is it small or large",
    "choose(u(sel(dog)), size, [small, large])",
    lambda p: p.value(p.the("dog"), "size"),
)

# --- the journalist
P(
    "chain",
    "street",
    "Who is holding the dog?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P("count", "street", "How many men are in the shot?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "text",
    "street",
    "What is written on the side of the bus? I'll be quoting it exactly.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "where",
    "street",
    "Where is the woman standing relative to the bus: in front of it or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "count",
    "street",
    "How many people in the picture are wearing ties?",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
X("street", "What's the name of the woman with the dog? I need it for the caption.")

# --- the detective novelist
P(
    "chain",
    "street",
    "The man in white — what colour is the tie at his throat?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "spatial",
    "street",
    "Is the woman standing to the right of the man in black? Every detail matters.",
    "vrel(u(f(sel(man), color=black)), right, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "right", p.the("man", color="black"))),
)
P(
    "spatial",
    "street",
    "How many people stand to the left of the man in white?",
    "count(rel(u(f(sel(man), color=white)), left, name=person))",
    lambda p: n([o for o in p.subjects("left", p.the("man", color="white")) if o in people(p)]),
)
P(
    "attribute",
    "street",
    "The dog. What colour is its coat?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "position",
    "street",
    "Is the stop sign at the top of the frame or at the bottom?",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
X("street", "Why is the woman in green in such a hurry? What is she hiding?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- the chef
P(
    "count",
    "kitchen",
    "Mise en place check: how many cups are on the table, chef?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "text",
    "kitchen",
    "Read me what it says on the label of that bottle, I'm writing the order.",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "chain",
    "kitchen",
    "Yes chef! The cup on the right of the bottle — what colour is it?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "verify",
    "kitchen",
    "Is that fork metal? It can't go near the induction pan if it is.",
    "verify(u(sel(fork)), material, metal)",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal"),
)
P(
    "text",
    "kitchen",
    "What time's on the clock? Service starts at one.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
X("kitchen", "Is the woman a good cook, would you say?")

# --- the real-estate agent
P(
    "attribute",
    "kitchen",
    "This lovely kitchen boasts a stunning table. What is it made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "count",
    "kitchen",
    "Spacious, isn't it? How many items are sitting on that gorgeous table?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "spatial",
    "kitchen",
    "And what's that charming feature mounted above the table?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "exist",
    "kitchen",
    "Does this lovely kitchen come with an oven? Is there one in the picture?",
    "exist(sel(oven))",
    lambda p: yes(bool(p.f("oven"))),
)
P(
    "negation",
    "kitchen",
    "Such a lovely set of cups! How many of them are not white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
X("kitchen", "What's the asking price on a lovely, spacious place like this?")

# --- the nervous job interviewee
P(
    "verify",
    "kitchen",
    "Sorry — um — is the bottle green? I think it's green. Is it?",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
P(
    "count",
    "kitchen",
    "I, uh, counted the white things on the table and got two, but I might be wrong. How many are there?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.value(o, "color") == "white"]),
)
P(
    "superlative",
    "kitchen",
    "Sorry, which cup is furthest to the left? Just the colour, if that's okay.",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
P(
    "where",
    "kitchen",
    "Is the red cup to the left of the plate, or have I got that backwards?",
    "choose_rel(u(f(sel(cup), color=red)), [left, right], role=object, name=plate)",
    lambda p: photo_side(p, p.the("cup", color="red"), p.the("plate"), ("left", "right")),
)
P(
    "count",
    "kitchen",
    "Um, how many cups are there, not counting the blue one? Sorry.",
    "count(diff(sel(cup), u(f(sel(cup), color=blue))))",
    lambda p: n([o for o in p.f("cup") if o != p.the("cup", color="blue")]),
)
X("kitchen", "Do you think the woman in the kitchen would hire me?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees

# --- the weather presenter
P(
    "attribute",
    "park",
    "Starting over on the left of the picture: what colour is the woman on the left wearing?",
    "q(u(f(sel(woman), hposition=left)), color)",
    lambda p: p.value(p.the("woman", hposition="left"), "color"),
)
P(
    "count",
    "park",
    "Moving across to the right-hand side, how many dogs do we have out there?",
    "count(f(sel(dog), hposition=right))",
    lambda p: n(p.f("dog", hposition="right")),
)
P(
    "attribute",
    "park",
    "Up top there's something yellow in the air. What is it?",
    "q(u(f(scene(), color=yellow)), name)",
    lambda p: p.name(only(p.f(color="yellow"))),
)
P(
    "count",
    "park",
    "And across the whole picture, how many trees are we looking at?",
    "count(sel(tree))",
    lambda p: n(p.f("tree")),
)
P(
    "where",
    "park",
    "Is the bench on the left or on the right of the bike?",
    "choose_rel(u(sel(bench)), [left, right], role=object, name=bicycle)",
    lambda p: photo_side(p, p.the("bench"), p.the("bicycle"), ("left", "right")),
)
X("park", "Will that cloud cover break up over the park by this evening?")

# --- the birdwatcher
P(
    "count",
    "park",
    "Through the binoculars: how many dogs can I log in this park?",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "exist",
    "park",
    "Any birds in the picture at all? Even one would make my day.",
    "exist(sel(bird))",
    lambda p: yes(bool(p.f("bird"))),
)
P(
    "spatial",
    "park",
    "What's that standing behind the girl?",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
P(
    "chain",
    "park",
    "What colour is the dog near the little girl? I'm logging markings.",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "count",
    "park",
    "How many people are out, not counting the children?",
    "count(diff(sel(person), sel(child)))",
    lambda p: n([o for o in people(p) if o not in children(p)]),
)
P(
    "position",
    "park",
    "Is the frisbee in the top half of the picture or the bottom half?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)

# --- the yoga teacher
P(
    "count",
    "park",
    "Breathe in... and gently notice: how many women are in the park?",
    "count(sel(woman))",
    lambda p: n(p.f("woman")),
)
P(
    "verify",
    "park",
    "Bring your awareness to the bench. Is it made of wood?",
    "verify(u(sel(bench)), material, wood)",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood"),
)
P(
    "chain",
    "park",
    "Notice the boy, without judgement. What is he throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "spatial",
    "park",
    "Softly now: is the girl to the right of the woman in white?",
    "vrel(u(f(sel(woman), color=white)), right, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "right", p.the("woman", color="white"))),
)
P(
    "exist",
    "park",
    "And exhale. Is anyone dressed in white standing near the bicycle?",
    "exist(f(rel(u(sel(bicycle)), near, name=person), color=white))",
    lambda p: yes(any(o in people(p) and p.value(o, "color") == "white" for o in p.subjects("near", p.the("bicycle")))),
)

# --- the tour guide
P(
    "attribute",
    "park",
    "And on your left, folks, a lovely wooden bench. What colour is it?",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "count",
    "park",
    "How many people can we see in the park today, folks, everyone included?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "spatial",
    "park",
    "Who's that standing near the bench?",
    "q(u(rel(u(sel(bench)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bench")))),
)
P(
    "chain",
    "park",
    "For those at the back: is the lady in red holding the black dog?",
    "exist(f(rel(u(f(sel(woman), color=red)), holding, role=object, name=dog), color=black))",
    lambda p: yes(
        any(
            p.value(o, "color") == "black"
            for o in named(p, p.objects_of(p.the("woman", color="red"), "holding"), "dog")
        )
    ),
)
P(
    "superlative",
    "park",
    "This way, please! Which person is standing furthest to the left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)

# --- the podcast host
P(
    "count",
    "park",
    "For our listeners at home: how many kids are in this park?",
    "count(sel(child))",
    lambda p: n(children(p)),
)
P(
    "verify",
    "park",
    "Hot take: the bike is red. Am I right?",
    "verify(u(sel(bicycle)), color, red)",
    lambda p: yes(p.value(p.the("bicycle"), "color") == "red"),
)
P(
    "attribute",
    "park",
    "Describe it for the audio crowd: what colour is the boy wearing?",
    "q(u(sel(boy)), color)",
    lambda p: p.value(p.the("boy"), "color"),
)
P(
    "compare_count",
    "park",
    "Are there as many dogs as there are trees? Drop your guesses in the comments.",
    "eq(count(sel(dog)), count(sel(tree)))",
    lambda p: yes(len(p.f("dog")) == len(p.f("tree"))),
)
P(
    "superlative",
    "park",
    "Quick one before the break: who's standing furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("park", "What's the girl's dog called? Our listeners really want to know.")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- the kindergarten teacher
P(
    "count",
    "shapes",
    "Boys and girls, let's count together! How many shapes are there?",
    "count(scene())",
    lambda p: n(p.objects),
)
P(
    "attribute",
    "shapes",
    "Can you find the star? What colour is it?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P("count", "shapes", "How many circles can we see, everyone?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "Is the big circle red or blue, children?",
    "choose(u(f(sel(circle), size=large)), color, [red, blue])",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "count",
    "shapes",
    "Let's find all the blue shapes! How many are there?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "position",
    "shapes",
    "Which shape is right in the middle of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Is the triangle bigger than the square? Well done if you said it!",
    "larger(u(sel(triangle)), u(sel(square)))",
    lambda p: yes(p.value(p.the("triangle"), "size") == "large" and p.value(p.the("square"), "size") == "small"),
)

# --- the crossword fan
P(
    "position",
    "shapes",
    "14 Across: 'shape in the bottom right corner', seven letters. What's the shape there?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "attribute",
    "shapes",
    "Clue: 'colour of the triangle', five letters. What colour is it?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "count",
    "shapes",
    "How many rectangles are there, if a square counts as one? It's for a number clue.",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "superlative",
    "shapes",
    "Nine letters: the leftmost shape in the bottom row. Which shape is it?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "3 Down hinges on this: are the star and the big circle the same colour?",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color")),
)
P(
    "number",
    "shapes",
    "How many different colours appear in the drawing? I need a digit for 22 Down.",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)

# --- the stage magician
P(
    "exist",
    "shapes",
    "Behold! Nothing up my sleeve: is there a yellow star anywhere in the drawing?",
    "exist(f(sel(star), color=yellow))",
    lambda p: yes(bool(p.f("star", color="yellow"))),
)
P(
    "verify",
    "shapes",
    "Pick a shape, any shape... the hexagon! Is it in the bottom row?",
    "verify(u(sel(hexagon)), vposition, bottom)",
    lambda p: yes(p.value(p.the("hexagon"), "vposition") == "bottom"),
)
P(
    "negation",
    "shapes",
    "Abracadabra — if I vanish every red shape, how many shapes remain?",
    "count(fn(scene(), color=red))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "red"]),
)
P(
    "count",
    "shapes",
    "And if I make the circles disappear, how many blue shapes are left?",
    "count(diff(f(scene(), color=blue), sel(circle)))",
    lambda p: n([o for o in p.f(color="blue") if p.name(o) != "circle"]),
)
P(
    "attribute",
    "shapes",
    "Ta-da! The yellow shape I conjured — is it large or small?",
    "choose(u(f(scene(), color=yellow)), size, [large, small])",
    lambda p: p.value(p.the(color="yellow"), "size"),
)
P(
    "compare_count",
    "shapes",
    "For my next trick: are there more small shapes than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
X("shapes", "Which shape is the audience member in row three thinking of right now?")

# --- the tax accountant
P(
    "count",
    "shapes",
    "For the ledger: the count of blue shapes, net of the square.",
    "count(diff(f(scene(), color=blue), u(sel(square))))",
    lambda p: n([o for o in p.f(color="blue") if o != p.the("square")]),
)
P(
    "count",
    "shapes",
    "Line item: how many large shapes?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "compare_count",
    "shapes",
    "Reconcile for me: are there as many red shapes as blue ones?",
    "eq(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) == len(p.f(color="blue"))),
)
P(
    "quantifier",
    "shapes",
    "Audit question: are all of the large shapes in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "superlative",
    "shapes",
    "Which colour occurs most often in the drawing? One line, please.",
    "common_value(scene(), color)",
    lambda p: Counter(p.value(o, "color") for o in p.objects).most_common(1)[0][0],
)
P(
    "two_clause",
    "shapes",
    "For the audit trail: is the hexagon red, or is the star red?",
    "or_(verify(u(sel(hexagon)), color, red), verify(u(sel(star)), color, red))",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "red" or p.value(p.the("star"), "color") == "red"),
)
X("shapes", "What's this drawing worth for tax purposes?")

# --- the librarian
P(
    "attribute",
    "shapes",
    "Would you kindly tell me what colour the hexagon is?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "position",
    "shapes",
    "If I may — which shape is in the top left corner, please?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "count",
    "shapes",
    "Precisely how many of the shapes are small? Thank you.",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "two_clause",
    "shapes",
    "Could you confirm whether the square is both blue and small, please?",
    "and_(verify(u(sel(square)), color, blue), verify(u(sel(square)), size, small))",
    lambda p: yes(p.value(p.the("square"), "color") == "blue" and p.value(p.the("square"), "size") == "small"),
)
P(
    "list",
    "shapes",
    "Might I ask which shapes are red? A list would be lovely.",
    "values(f(scene(), color=red), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="red")),
)
P(
    "compare_size",
    "shapes",
    "And is the yellow rectangle larger than the star? Thank you ever so much.",
    "larger(u(f(sel(rectangle), color=yellow)), u(sel(star)))",
    lambda p: yes(
        p.value(only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), "size") == "large"
        and p.value(p.the("star"), "size") == "small"
    ),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
