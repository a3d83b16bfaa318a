# ruff: noqa: E501
"""Blind paraphrase set 56: a fifth fresh crowd. Forty ordinary people, each imagined once and kept in character for
five to seven questions about one picture, asking in their own words and habits of speech: their trade's words used
as metaphors for the objects and the places in the picture (always kept understandable), their sentence rhythm, their
fillers and their way of asking for confirmation. The cast: a night-shift security guard reading a camera feed
("cam three, copy", "over", "confirm"), a florist ("blooms", "stems", "darling"), a bus driver on his break
("passengers", "on board", "them cans"), a tattooist ("flash sheet", "inking", "pieces"), a marathon runner ("the
pack", "second place from the front", "a dead heat"), a sign-language interpreter typing English for a client ("just
to confirm for my client", "so I can fingerspell them"), a plumber ("bits of pipe", "fittings", "innit"), a
Sunday-school teacher ("let's count together, shall we?", "boys and girls", "hands up!"), a hairdresser ("babe",
"ash-grey", "colour-wise"), a retired sailor ("aye", "to starboard", "aft", "she" for a thing), a baker ("cake tins",
"dough balls", "well risen"), a vet ("next patient", "is it poorly?"), a radio DJ ("coming up after the break", "caller
on line two", "tell the listeners"), a farmer's teenage son (lower case, no apostrophes, "lol", "or nah", "hay
bales"), a bookkeeper ("for my tally", "do they balance", "entered as", "carrying over"), a stage magician ("ladies
and gentlemen", "nothing up my sleeve", "pick a cube, any cube"), a mountain guide ("on the rope", "leading from the
front", "hanging back"), a surfer ("dude", "bro", "the lineup", "out the back"), an air-conditioning engineer ("units",
"duct sections", "trace the run", "for the job sheet"), a mother of twins ("my two", "little fingers"), a traffic
warden ("the white motor", "word for word for the ticket", "registered keeper"), a tailor ("the gentleman in black",
"cut from the same colour cloth"), a dog walker ("pup", "on a short lead"), a window cleaner ("squeegee", "yeah?"), a
school dinner lady ("pet", "love"), an antiques dealer ("lot three", "I take it", "at auction"), a painter-decorator
("shade", "run me through"), a waiter ("laid on the table", "I've only got one down"), a dog groomer ("for the
shampoo", "dogs'd go mental"), a cricket umpire ("the lad", "chucking", "give me a clear decision", "the field of
play"), a birdwatcher ("through the binoculars"), a bike mechanic, a quilter ("patches", "cut to the same size"), a
driving instructor ("check your left", "like a stop light", "mirror, signal"), a crossword setter ("clue", "eight
letters"), a stained-glass maker ("the glass in the top right", "pieces"), a snooker referee ("along the top
cushion", "on the table"), a weather presenter ("out west" for the left, "over to the east" for the right, "up
north" for the top, "sunny spells"), a pharmacist ("the round-tablet ones") and a chess coach ("the bottom rank",
"sits in the corner").

The sentence shapes vary on purpose: the thing first and the question after ("The brown block: rubber or metal?"),
questions in statement order with a question mark ("most of the stuff is rubber right?", "Bus is red, yeah?"),
questions split across two sentences, a premise and then the question ("There's a cube behind the grey cylinder. What
colour is it?"), indirect questions ("I'd like to know whether ...", "My client wants to know whether ..."), tag
questions ("innit", "isn't it?", "aren't they?"), negative questions ("Aren't there more balls than cylinders?",
"There isn't a cat about, is there?"), commands ("Count me everything to the left of the grey ball."), and an
ellipsis after a first question where the last question alone names what it asks ("Is there a bird anywhere? No?
Then how many women are there?").

The questions cover counts (with conditions, "other than", "neither ... nor", "or", "put together"), existence, an
attribute of one thing, yes/no checks of one value, comparisons of counts ("more", "fewer", "outnumber", "as many
as", "at least as many", "the same number", "balance", "a dead heat") and of attributes (same colour, size, shape or
material), quantifiers ("all", "every", "both", "none", "neither", "any", "most of"), exceptions ("apart from the
cubes", "apart from the little brown ball"), relations (left, right, in front, behind on CLEVR; on the photo graphs
only their stated relations: on, near, holding, wearing, throwing, above, behind, left, right, in front), one- and
two-hop chains ("from the little purple pipe, go to the pipe on its right, then the pipe behind that one"),
superlatives and ordinals ("nearest the camera", "second place from the front", "the purple ball furthest to the
left", "the middle cup of the three"), other things sharing a value, which of two things is the bigger, a list of
values, the number of different colours and the most common colour, sides of a CLEVR picture, sides, rows and
corners of the photos and the drawing, and the text on the photos' bus, road, sign, bottle and clock. Colours,
materials and solids are often named the everyday way: grey, gold ("yellow, whatever"), ball, block, box, can, tin,
drum, pipe, "matte, like rubber".

About half of the questions ask about CLEVR val scenes (only scenes 26, 28, 29, 31, 41, 42, 43, 45, 46, 47, 49, 52,
55 and 59, one or two people to a scene), about 30% about the photo-like graphs (street, kitchen, park) and 20% about
the drawing of flat shapes. About one in ten must be refused, each in the same voice as the person's other questions
(names and owners, prices and values, feelings and opinions, what happens next, why, the weather and the world
outside the picture, and things no picture can tell).

Conventions (kept from the earlier sets). "The X" is only used where exactly one X matches; places and orders are only
asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the
anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of an object whose box
centre lies within 130 pixels of the edge of the 480-pixel frame, and on the photos and the drawing neighbours in an
order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations and attributes
leave open (no "what is left of the bike", as several things stand there to the eye though the graph states one). A
which-side question is answered with the side; a "which is bigger" between two things is asked only where their size
classes differ, and answered with the word that tells the bigger one from the other. Answers are the graph's words
(gray, not grey; sphere, not ball; a list is most frequent first, ties alphabetical). Every answer comes from the
scene by plain Python, never typed by hand.

Written blind: without reading nsvr's parser, its grammar, its normalize rules, its tests or any other set but the
fifty-third (read for the format only), and never run through nsvr's parser or planner; only the gold programs were
run, by nsvr's executor, with ``--check``.

Run ``python build_blind56.py`` to write ``../blind56.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind56.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two CLEVR objects may lie along an axis before a careful person could not call the order
TIE = 0.25
# a CLEVR object is on the left (right) of the 480-pixel picture only when its box centre is this close to the edge
SIDE = 130
# on the photos and the drawing, neighbours in a left-to-right order must have box centres this far apart (pixels)
GAP = 40


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def commonest(values) -> str:
    """The most frequent value; NotUnique on a tie for first place."""
    ranking = Counter(values).most_common()
    if len(ranking) > 1 and ranking[0][1] == ranking[1][1]:
        raise NotUnique(f"tie: {ranking[:2]}")
    return ranking[0][0]


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def pos(s: Clevr, i: int, side: str) -> float:
    """How far object i lies towards ``side`` (left, right, front, behind)."""
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def ranked(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th of ids counted from ``side``; NotUnique when a neighbour in that order lies within TIE."""
    order = sorted(ids, key=lambda i: -pos(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = pos(s, order[k - 1], side)
    for j in (k - 2, k):
        if 0 <= j < len(order) and abs(pos(s, order[j], side) - here) < TIE:
            raise NotUnique("too close to call")
    return order[k - 1]


def around(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects that are ``relation`` of the anchor; NotUnique when any object lies level with it within TIE."""
    here = pos(s, anchor, relation)
    for j in s.all():
        if j != anchor and abs(pos(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return s.rel(relation, anchor)


def having(s: Clevr, ids: list[int], **want) -> list[int]:
    return [i for i in ids if all(s.a(i, k) == v for k, v in want.items())]


def lacking(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids that lack at least one of the given values."""
    return [i for i in ids if not all(s.a(i, k) == v for k, v in want.items())]


def step(s: Clevr, anchor: int, relation: str, **want) -> int:
    """The one object with the given values that is ``relation`` of the anchor."""
    return only(having(s, around(s, relation, anchor), **want))


def placed(s: Clevr, target: dict, relation: str, anchor: dict) -> str:
    """yes/no: the one object ``target`` names is ``relation`` of the one ``anchor`` names (a careful call)."""
    t, a = s.the(**target), s.the(**anchor)
    if abs(pos(s, t, relation) - pos(s, a, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(t in s.rel(relation, a))


def frame_side(s: Clevr, i: int) -> str:
    """left or right of the picture by box centre; NotUnique unless within SIDE pixels of an edge."""
    x, _, w, _ = s.objects[i]["bbox"]
    centre = x + w / 2
    if centre < SIDE:
        return "left"
    if centre > 480 - SIDE:
        return "right"
    raise NotUnique(f"object {i} not clearly on one side ({centre})")


def all_have(s: Clevr, ids: list[int], **want) -> str:
    return yes(not lacking(s, ids, **want))


def shared(s: Clevr, ids: list[int], attribute: str) -> str:
    """yes/no: the objects of ids (at least two) share one value of ``attribute``."""
    if len(ids) < 2:
        raise NotUnique(f"fewer than two: {ids}")
    return yes(len({s.a(i, attribute) for i in ids}) == 1)


def fellows(s: Clevr, anchor: int, attribute: str) -> list[int]:
    """The objects other than the anchor that share its value of ``attribute``."""
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def larger(s: Clevr, a: int, b: int) -> str:
    if s.a(a, "size") == s.a(b, "size"):
        raise NotUnique("same size class")
    return yes(s.a(a, "size") == "large")


def bigger_one(s: Clevr, a: int, b: int, attribute: str) -> str:
    """The telling value (``attribute``) of the bigger of a and b; NotUnique if it cannot be told."""
    if s.a(a, "size") == s.a(b, "size") or s.a(a, attribute) == s.a(b, attribute):
        raise NotUnique("same size class or not told apart")
    return s.a(a if s.a(a, "size") == "large" else b, attribute)


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def children(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in {"boy", "girl"}]


def named(p: Photo, ids: list[str], name: str) -> list[str]:
    return [o for o in ids if p.name(o) == name]


def wearers(p: Photo, thing: str) -> list[str]:
    return [o for o in p.objects if any(p.name(w) == thing for w in p.objects_of(o, "wearing"))]


def tie_of(p: Photo, who: str) -> str:
    return only(p.objects_of(who, "wearing"))


def stated(p: Photo, target: str, anchor: str, options: tuple[str, str]) -> str:
    """Which of two opposite relations the graph states of target to anchor."""
    return only([o for o in options if p.has(target, o, anchor)])


def across(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th of ids from the left or right by box centre; NotUnique when a neighbour is within GAP pixels."""
    centre = {i: (p.objects[i]["box"][0] + p.objects[i]["box"][2]) / 2 for i in ids}
    order = p.by_x(ids)
    if side == "right":
        order = order[::-1]
    if len(order) < k:
        raise NotUnique(f"only {len(order)}")
    here = centre[order[k - 1]]
    for j in (k - 2, k):
        if 0 <= j < len(order) and abs(centre[order[j]] - here) < GAP:
            raise NotUnique("too close to call")
    return order[k - 1]


def drawn_larger(p: Photo, a: str, b: str) -> str:
    if p.value(a, "size") == p.value(b, "size"):
        raise NotUnique("same size class")
    return yes(p.value(a, "size") == "large")


def drawn_bigger(p: Photo, a: str, b: str) -> str:
    """The shape of the bigger of two drawn shapes; NotUnique if their size classes or shapes are the same."""
    if p.value(a, "size") == p.value(b, "size") or p.value(a, "shape") == p.value(b, "shape"):
        raise NotUnique("same size class or same shape")
    return p.value(a if p.value(a, "size") == "large" else b, "shape")


def summary() -> str:
    kinds = Counter(q[0] for q in Q)
    types = Counter("clevr" if isinstance(q[1], int) else ("shapes" if q[1] == "shapes" else "photo") for q in Q)
    by_kind = ", ".join(f"{k} {c}" for k, c in sorted(kinds.items(), key=lambda kc: (-kc[1], kc[0])))
    by_type = ", ".join(f"{k} {c}" for k, c in sorted(types.items()))
    return f"{len(Q)} questions; by scene type: {by_type}; by kind: {by_kind}"


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 26: large brown metal cyl (far left), large green metal sph, small purple metal cube (front), large cyan metal sph, small green metal cyl (back), small purple rubber cube (far right), small green metal sph, large green metal cyl

# --- the night-shift security guard, watching the feed
C(
    "count",
    26,
    "Cam three, copy. How many green items have I got on the monitor, over?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "quantifier",
    26,
    "Everything on this feed looks shiny to me apart from the boxes. Confirm: every item except the cubes is metal?",
    "not_(exist(fn(fn(scene(), shape=cube), material=metal)))",
    lambda s: all_have(s, lacking(s, s.all(), shape="cube"), material="metal"),
)
C(
    "attribute",
    26,
    "Big brown drum, left of screen. What's it made of, over?",
    "q(u(f(sel(cylinder), size=large, color=brown)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="large", color="brown"), "material"),
)
C(
    "superlative",
    26,
    "Item nearest the camera. Shape?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(ranked(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    26,
    "Control, I need a count of everything sitting behind the cyan ball.",
    "count(rel(u(f(sel(sphere), color=cyan)), behind))",
    lambda s: n(around(s, "behind", s.the(shape="sphere", color="cyan"))),
)
X(26, "Who was in that room before the camera came on? I need a name for the incident log.")

# --- the florist
C(
    "count",
    26,
    "Counting them like blooms in a bunch: how many balls are there, darling?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "superlative",
    26,
    "Which colour is there most of in this arrangement? It looks like all my foliage greens to me.",
    "common_value(scene(), color)",
    lambda s: commonest(s.a(i, "color") for i in s.all()),
)
C(
    "spatial",
    26,
    "The little matte purple block, is it to the right of the tall green stem? The big green cylinder, I mean.",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=green)), right), color=purple, material=rubber, shape=cube))",
    lambda s: placed(
        s,
        {"shape": "cube", "color": "purple", "material": "rubber"},
        "right",
        {"shape": "cylinder", "size": "large", "color": "green"},
    ),
)
C(
    "compare_count",
    26,
    "I'd like to know whether there are at least as many cylinders as balls.",
    "not_(lt(count(sel(cylinder)), count(sel(sphere))))",
    lambda s: yes(len(s.f(shape="cylinder")) >= len(s.f(shape="sphere"))),
)
C(
    "superlative",
    26,
    "Of the three balls, what colour is the one nearest the front?",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(ranked(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "chain",
    26,
    "Take the cylinder to the right of the cyan ball, then the ball behind that cylinder. Is that ball big or small?",
    "choose(u(f(rel(u(f(rel(u(f(sel(sphere), color=cyan)), right), shape=cylinder)), behind), shape=sphere)), size, [large, small])",
    lambda s: s.a(
        step(s, step(s, s.the(shape="sphere", color="cyan"), "right", shape="cylinder"), "behind", shape="sphere"),
        "size",
    ),
)

# scene 28: large red metal cyl (front), small red rubber cyl (far right), large purple rubber cyl (back), small brown metal sph (left)

# --- the bus driver on his break
C(
    "count",
    28,
    "Four on board by my count. How many of 'em are them tin-can shapes, the cylinders?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "verify",
    28,
    "The little ball sat on its own, that's brown, isn't it?",
    "verify(u(sel(sphere)), color, brown)",
    lambda s: yes(s.a(s.the(shape="sphere"), "color") == "brown"),
)
C(
    "compare_attr",
    28,
    "Them two red cans, are they made of the same stuff or not?",
    "same(f(sel(cylinder), color=red), material)",
    lambda s: shared(s, s.f(shape="cylinder", color="red"), "material"),
)
C(
    "compare_size",
    28,
    "Purple can, little red can. Which of the two's the bigger?",
    "q(u(f(union(f(sel(cylinder), color=purple), f(sel(cylinder), size=small, color=red)), size=large)), color)",
    lambda s: bigger_one(
        s, s.the(shape="cylinder", color="purple"), s.the(shape="cylinder", size="small", color="red"), "color"
    ),
)
C(
    "spatial",
    28,
    "How many passengers are sat in front of the purple one?",
    "count(rel(u(f(scene(), color=purple)), front))",
    lambda s: n(around(s, "front", s.the(color="purple"))),
)
C(
    "same_attr",
    28,
    "How many others are the same colour as the big red one?",
    "count(same_attr(u(f(scene(), size=large, color=red)), color))",
    lambda s: n(fellows(s, s.the(size="large", color="red"), "color")),
)
X(28, "Where are this lot getting off, d'you reckon? Town centre?")

# scene 29: large cyan metal sph (back), large cyan rubber cyl, large red metal cyl (far left, left of picture), small brown rubber sph (right)

# --- the tattooist
C(
    "count",
    29,
    "If I put this on a flash sheet, how many pieces am I inking in cyan?",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "compare_attr",
    29,
    "Those two cyan ones. Same shape? Don't look it from here.",
    "same(f(scene(), color=cyan), shape)",
    lambda s: shared(s, s.f(color="cyan"), "shape"),
)
C(
    "position",
    29,
    "Is the red cylinder on the left side of the picture, yeah?",
    "verify(u(f(sel(cylinder), color=red)), hposition, left)",
    lambda s: yes(frame_side(s, s.the(shape="cylinder", color="red")) == "left"),
)
C(
    "quantifier",
    29,
    "Apart from the little brown ball, is every piece a big one?",
    "not_(exist(fn(fn(scene(), color=brown), size=large)))",
    lambda s: all_have(s, lacking(s, s.all(), color="brown"), size="large"),
)
C(
    "superlative",
    29,
    "Whatever's furthest back in the design, what shape is it?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(ranked(s, s.all(), "behind"), "shape"),
)
C(
    "quantifier",
    29,
    "Is it true neither of the cylinders is small?",
    "not_(exist(f(sel(cylinder), size=small)))",
    lambda s: yes(len(s.f(shape="cylinder")) == 2 and not s.f(shape="cylinder", size="small")),
)

# scene 31: small cyan rubber cyl, large green metal cyl (far right), large blue metal sph, small red metal cyl (back), small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph (far left), small brown rubber cyl

# --- the marathon runner
C(
    "superlative",
    31,
    "Whoever's furthest out on the left wing of the pack, what colour are they wearing?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(ranked(s, s.all(), "left"), "color"),
)
C("count", 31, "How many balls are in the field, all told?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_count",
    31,
    "Metal ones against rubber ones, is it a dead heat on numbers?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "superlative",
    31,
    "Second place from the front, what's that one made of?",
    "q(ord(scene(), front, 2), material)",
    lambda s: s.a(ranked(s, s.all(), "front", 2), "material"),
)
C(
    "spatial",
    31,
    "Is the cube trailing behind the big green cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=green)), behind), shape=cube))",
    lambda s: placed(s, {"shape": "cube"}, "behind", {"shape": "cylinder", "size": "large", "color": "green"}),
)
X(31, "How long would it take me to lap all of these at race pace?")

# --- the sign-language interpreter, typing English for a client
C(
    "attribute",
    31,
    "Just to confirm for my client: the small purple block is rubber, or metal?",
    "choose(u(f(sel(cube), size=small, color=purple)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cube", size="small", color="purple"), "material"),
)
C(
    "spatial",
    31,
    "Next question from the client. How many objects are to the right of the yellow ball?",
    "count(rel(u(f(sel(sphere), color=yellow)), right))",
    lambda s: n(around(s, "right", s.the(shape="sphere", color="yellow"))),
)
C(
    "compare_attr",
    31,
    "There are two blue objects. My client wants to know whether they are the same shape.",
    "same(f(scene(), color=blue), shape)",
    lambda s: shared(s, s.f(color="blue"), "shape"),
)
C(
    "chain",
    31,
    "There is a cylinder behind the small purple cube. What colour is that cylinder?",
    "q(u(f(rel(u(f(sel(cube), size=small, color=purple)), behind), shape=cylinder)), color)",
    lambda s: s.a(step(s, s.the(shape="cube", size="small", color="purple"), "behind", shape="cylinder"), "color"),
)
C(
    "compare_count",
    31,
    "Let me check I understood. The small objects outnumber the large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda s: yes(len(s.f(size="small")) > len(s.f(size="large"))),
)
C(
    "list",
    31,
    "Please list the colours of the cylinders, so I can fingerspell them.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)

# scene 41: small yellow metal cyl, small purple rubber cyl (front), large gray rubber sph, large yellow metal cyl (far left), small red metal cyl, small brown rubber sph (back), large blue metal sph, large cyan metal cyl (far right), large blue metal cube, small yellow rubber sph

# --- the plumber
C(
    "count",
    41,
    "How many bits of pipe have we got here, the cylinders like?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "verify",
    41,
    "That big yellow length of pipe, that's metal, innit?",
    "verify(u(f(sel(cylinder), size=large, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large", color="yellow"), "material") == "metal"),
)
C(
    "compare_attr",
    41,
    "Two blue fittings there. Same material, the both of them?",
    "same(f(scene(), color=blue), material)",
    lambda s: shared(s, s.f(color="blue"), "material"),
)
C(
    "verify",
    41,
    "The one right at the very back, is that a ball?",
    "verify(ord(scene(), behind, 1), shape, sphere)",
    lambda s: yes(s.a(ranked(s, s.all(), "behind"), "shape") == "sphere"),
)
C(
    "spatial",
    41,
    "Count me everything to the left of the grey ball.",
    "count(rel(u(f(sel(sphere), color=gray)), left))",
    lambda s: n(around(s, "left", s.the(shape="sphere", color="gray"))),
)
C(
    "chain",
    41,
    "Follow the run: from the little purple pipe, go to the pipe on its right, then the pipe behind that one. What colour's that last one?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=small, color=purple)), right), shape=cylinder)), behind), shape=cylinder)), color)",
    lambda s: s.a(
        step(
            s,
            step(s, s.the(shape="cylinder", size="small", color="purple"), "right", shape="cylinder"),
            "behind",
            shape="cylinder",
        ),
        "color",
    ),
)
X(41, "What'd the parts for a job like this set me back, roughly?")

# --- the Sunday-school teacher
C(
    "count",
    41,
    "Let's count together, shall we? How many yellow things can we find?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "exist",
    41,
    "Now, boys and girls, is there a cube hiding anywhere in our picture?",
    "exist(sel(cube))",
    lambda s: yes(bool(s.f(shape="cube"))),
)
C(
    "verify",
    41,
    "The tiny purple cylinder right at the front, is it made of rubber?",
    "verify(u(f(sel(cylinder), color=purple)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="purple"), "material") == "rubber"),
)
C(
    "compare_size",
    41,
    "Which is bigger, the blue ball or the brown ball? Hands up!",
    "q(u(f(union(f(sel(sphere), color=blue), f(sel(sphere), color=brown)), size=large)), color)",
    lambda s: bigger_one(s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="brown"), "color"),
)
C(
    "compare_count",
    41,
    "Aren't there more balls than cylinders?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "exist",
    41,
    "And is there any red in our picture at all?",
    "exist(f(scene(), color=red))",
    lambda s: yes(bool(s.f(color="red"))),
)

# scene 42: small yellow rubber sph, small gray rubber cyl (back), small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph (far left), large yellow metal sph (front, far right)

# --- the hairdresser
C(
    "count",
    42,
    "Ooh, loads of blue going on. How many blue ones, babe?",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "compare_attr",
    42,
    "The two ash-grey ones, are they the same shape?",
    "same(f(scene(), color=gray), shape)",
    lambda s: shared(s, s.f(color="gray"), "shape"),
)
C(
    "spatial",
    42,
    "That big gold ball, yellow, whatever, is it in front of the big blue cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=blue)), front), size=large, color=yellow, shape=sphere))",
    lambda s: placed(
        s,
        {"shape": "sphere", "size": "large", "color": "yellow"},
        "front",
        {"shape": "cylinder", "size": "large", "color": "blue"},
    ),
)
C(
    "superlative",
    42,
    "Which one's sat nearest the front, colour-wise?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(ranked(s, s.all(), "front"), "color"),
)
C(
    "quantifier",
    42,
    "Are all the cubes matte, like rubber?",
    "not_(exist(fn(sel(cube), material=rubber)))",
    lambda s: all_have(s, s.f(shape="cube"), material="rubber"),
)
X(42, "Would that blue suit my client, d'you think? She's got a warm skin tone.")

# scene 43: large yellow metal cube, large cyan metal sph (far right), small blue metal cyl (front), small cyan metal sph, large blue metal cube, large green rubber cube (back), large gray rubber sph (far left), small cyan rubber sph

# --- the retired sailor
C("count", 43, "Aye, how many balls have we got on deck?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "superlative",
    43,
    "The one furthest to starboard, that's the right for you landlubbers, what colour is she?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(ranked(s, s.all(), "right"), "color"),
)
C(
    "quantifier",
    43,
    "Them three cyan ones, are they all metal?",
    "not_(exist(fn(f(scene(), color=cyan), material=metal)))",
    lambda s: all_have(s, s.f(color="cyan"), material="metal"),
)
C(
    "spatial",
    43,
    "Is the green block lying aft of the yellow block? Aft. Behind it, I mean.",
    "exist(f(rel(u(f(sel(cube), color=yellow)), behind), color=green, shape=cube))",
    lambda s: placed(s, {"shape": "cube", "color": "green"}, "behind", {"shape": "cube", "color": "yellow"}),
)
C(
    "attribute",
    43,
    "There's only the one cylinder. What colour's she painted?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
X(43, "What'd this lot fetch down the harbour market, d'you think?")

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube (far right), large gray metal sph, large red metal sph (front), large cyan rubber sph (back), small yellow metal cyl (far left, left of picture)

# --- the baker
C(
    "count",
    45,
    "How many cake tins in this batch? The cylinders, I mean.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "quantifier",
    45,
    "The big ones are all balls, like proper dough balls, aren't they?",
    "not_(exist(fn(f(scene(), size=large), shape=sphere)))",
    lambda s: all_have(s, s.f(size="large"), shape="sphere"),
)
C(
    "attribute",
    45,
    "The red ball: big or small? Looks well risen to me.",
    "choose(u(f(sel(sphere), color=red)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="red"), "size"),
)
C(
    "superlative",
    45,
    "Whichever one's nearest the front of the counter, what's it made of?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(ranked(s, s.all(), "front"), "material"),
)
C(
    "compare_count",
    45,
    "Are there as many grey things as cyan things?",
    "eq(count(f(scene(), color=gray)), count(f(scene(), color=cyan)))",
    lambda s: yes(len(s.f(color="gray")) == len(s.f(color="cyan"))),
)
C(
    "chain",
    45,
    "Start at the grey tin, go to the tin behind it, then the ball behind that one. What colour's the ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=gray)), behind), shape=cylinder)), behind), shape=sphere)), color)",
    lambda s: s.a(
        step(s, step(s, s.the(shape="cylinder", color="gray"), "behind", shape="cylinder"), "behind", shape="sphere"),
        "color",
    ),
)

# --- the vet
C(
    "position",
    45,
    "Next patient: the little yellow cylinder. Which side of the picture is it on, left or right?",
    "choose(u(f(sel(cylinder), size=small, color=yellow)), hposition, [left, right])",
    lambda s: frame_side(s, s.the(shape="cylinder", size="small", color="yellow")),
)
C(
    "count",
    45,
    "How many are metal? I'm only counting the metal ones.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "chain",
    45,
    "There's a cube behind the grey cylinder. What colour is it?",
    "q(u(f(rel(u(f(sel(cylinder), color=gray)), behind), shape=cube)), color)",
    lambda s: s.a(step(s, s.the(shape="cylinder", color="gray"), "behind", shape="cube"), "color"),
)
C(
    "compare_size",
    45,
    "Is the red cube larger than the cyan ball?",
    "larger(u(f(sel(cube), color=red)), u(f(sel(sphere), color=cyan)))",
    lambda s: larger(s, s.the(shape="cube", color="red"), s.the(shape="sphere", color="cyan")),
)
C(
    "superlative",
    45,
    "Second from the left, what shape's that one?",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(ranked(s, s.all(), "left", 2), "shape"),
)
X(45, "Is the grey ball poorly? It looks a bit off colour to me.")

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph (back), large cyan rubber cyl, small green rubber sph (far left), small purple metal sph (far right), large red rubber cube (front), small purple rubber cube

# --- the radio DJ
C(
    "count",
    46,
    "Coming up after the break: how many cubes are we spinning today, folks?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    46,
    "Caller on line two wants to know: the two cyan ones, are they the same size?",
    "same(f(scene(), color=cyan), size)",
    lambda s: shared(s, s.f(color="cyan"), "size"),
)
C(
    "superlative",
    46,
    "Top of the charts, way out on the right, what shape's that one?",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(ranked(s, s.all(), "right"), "shape"),
)
C(
    "verify",
    46,
    "And the little green number on the far left, rubber, is it?",
    "verify(u(f(scene(), size=small, color=green)), material, rubber)",
    lambda s: yes(s.a(s.the(size="small", color="green"), "material") == "rubber"),
)
C(
    "compare_size",
    46,
    "Purple cube versus big grey cube. Which one's bigger? Tell the listeners.",
    "q(u(f(union(f(sel(cube), color=purple), f(sel(cube), color=gray)), size=large)), color)",
    lambda s: bigger_one(s, s.the(shape="cube", color="purple"), s.the(shape="cube", color="gray"), "color"),
)
C(
    "spatial",
    46,
    "Let's count 'em down: how many things are in front of the grey cube?",
    "count(rel(u(f(sel(cube), color=gray)), front))",
    lambda s: n(around(s, "front", s.the(shape="cube", color="gray"))),
)
X(46, "Which of these would make the best album cover, d'you reckon?")

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (far right), small blue rubber cyl (back), small purple metal cube, small yellow metal sph (far left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph (front)

# --- the farmer's teenage son
C(
    "count",
    47,
    "ok so how many hay bales lol i mean cubes",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    47,
    "are the two yellow balls the same size or nah",
    "same(f(sel(sphere), color=yellow), size)",
    lambda s: shared(s, s.f(shape="sphere", color="yellow"), "size"),
)
C(
    "spatial",
    47,
    "is the big blue cube behind the big purple one",
    "exist(f(rel(u(f(sel(cube), size=large, color=purple)), behind), size=large, color=blue, shape=cube))",
    lambda s: placed(
        s,
        {"shape": "cube", "size": "large", "color": "blue"},
        "behind",
        {"shape": "cube", "size": "large", "color": "purple"},
    ),
)
C(
    "superlative",
    47,
    "whats the thing right at the back made of",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(ranked(s, s.all(), "behind"), "material"),
)
C(
    "quantifier",
    47,
    "most of the stuff is rubber right?",
    "gt(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="rubber")) > len(lacking(s, s.all(), material="rubber"))),
)
X(47, "how much would dad get for this lot at the auction")

# --- the bookkeeper
C(
    "count",
    47,
    "For my tally: purple items, how many?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "compare_count",
    47,
    "Do the reds and the blues balance? The same number of each?",
    "eq(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda s: yes(len(s.f(color="red")) == len(s.f(color="blue"))),
)
C(
    "quantifier",
    47,
    "The purple cubes. Are they all rubber? I have one entered as metal.",
    "not_(exist(fn(f(sel(cube), color=purple), material=rubber)))",
    lambda s: all_have(s, s.f(shape="cube", color="purple"), material="rubber"),
)
C(
    "negation",
    47,
    "How many items are there other than cubes?",
    "count(fn(scene(), shape=cube))",
    lambda s: n(lacking(s, s.all(), shape="cube")),
)
C(
    "superlative",
    47,
    "The item at the far left: what colour is it entered as?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(ranked(s, s.all(), "left"), "color"),
)
C(
    "spatial",
    47,
    "Carrying over: how many items lie to the right of the red cube?",
    "count(rel(u(f(sel(cube), color=red)), right))",
    lambda s: n(around(s, "right", s.the(shape="cube", color="red"))),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph (far right), small green metal cube, large purple metal sph (far left), small green rubber cyl, small yellow rubber sph (front), small gray rubber cyl (back)

# --- the stage magician
C(
    "count",
    49,
    "Ladies and gentlemen, how many balls are on my table? No tricks!",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    49,
    "Only one of these is a big one. What colour is the big one?",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)
C(
    "attribute",
    49,
    "Pick a cube, any cube. Oh, there's only one! What colour is it?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_attr",
    49,
    "Nothing up my sleeve: are the two yellow balls made of the same material?",
    "same(f(sel(sphere), color=yellow), material)",
    lambda s: shared(s, s.f(shape="sphere", color="yellow"), "material"),
)
C(
    "chain",
    49,
    "Watch closely. A cylinder is standing behind the green cube. What colour is that cylinder?",
    "q(u(f(rel(u(f(sel(cube), color=green)), behind), shape=cylinder)), color)",
    lambda s: s.a(step(s, s.the(shape="cube", color="green"), "behind", shape="cylinder"), "color"),
)
C(
    "chain",
    49,
    "Now follow my hand: the cube to the right of the big ball, and then the ball to the right of that cube. What colour is it?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=large)), right), shape=cube)), right), shape=sphere)), color)",
    lambda s: s.a(
        step(s, step(s, s.the(shape="sphere", size="large"), "right", shape="cube"), "right", shape="sphere"), "color"
    ),
)
X(49, "How did the big purple ball get onto the table without anyone seeing it happen?")

# scene 52: large blue metal cube (right), large brown rubber cube, small gray metal cyl (back), large purple metal cube (front, left)

# --- the mountain guide
C(
    "count",
    52,
    "Four on the rope today. How many of them are cubes?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "verify",
    52,
    "The small one hanging back, the cylinder. Is it grey?",
    "verify(u(sel(cylinder)), color, gray)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "color") == "gray"),
)
C(
    "attribute",
    52,
    "The brown block: rubber or metal?",
    "choose(u(f(sel(cube), color=brown)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cube", color="brown"), "material"),
)
C(
    "superlative",
    52,
    "Whoever's leading from the front, what colour are they?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(ranked(s, s.all(), "front"), "color"),
)
C(
    "quantifier",
    52,
    "Are all the cubes big ones? Strong legs all round, I hope.",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: all_have(s, s.f(shape="cube"), size="large"),
)
C(
    "quantifier",
    52,
    "Am I right that none of the team is red?",
    "not_(exist(f(scene(), color=red)))",
    lambda s: yes(not s.f(color="red")),
)

# scene 55: large green metal cube, small purple rubber cube (far right, right of picture), large purple rubber sph (back), small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph (far left), small yellow metal cube (front), large red rubber cube

# --- the surfer
C(
    "quantifier",
    55,
    "Dude, every ball in the lineup is purple, right?",
    "not_(exist(fn(sel(sphere), color=purple)))",
    lambda s: all_have(s, s.f(shape="sphere"), color="purple"),
)
C(
    "count",
    55,
    "How many purple things total, bro?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "superlative",
    55,
    "The one way out the back, furthest back, what shape is it?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(ranked(s, s.all(), "behind"), "shape"),
)
C(
    "attribute",
    55,
    "Is the little yellow cube metal or rubber, bro?",
    "choose(u(f(sel(cube), size=small, color=yellow)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", size="small", color="yellow"), "material"),
)
C(
    "spatial",
    55,
    "How many things are paddling to the left of the green cube?",
    "count(rel(u(f(sel(cube), color=green)), left))",
    lambda s: n(around(s, "left", s.the(shape="cube", color="green"))),
)
C(
    "number",
    55,
    "Stoked on the colours. How many different colours are out there?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
X(55, "Where's the best break near here this time of year?")

# --- the air-conditioning engineer
C(
    "count",
    55,
    "Quick survey for the job sheet: how many large units are there?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "compare_attr",
    55,
    "Two cylinders, like duct sections. Are they the same colour?",
    "same(sel(cylinder), color)",
    lambda s: shared(s, s.f(shape="cylinder"), "color"),
)
C(
    "chain",
    55,
    "Trace the run for me: from the grey cylinder, take the cylinder to its left, then the cube behind that. What colour's that cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=gray)), left), shape=cylinder)), behind), shape=cube)), color)",
    lambda s: s.a(
        step(s, step(s, s.the(shape="cylinder", color="gray"), "left", shape="cylinder"), "behind", shape="cube"),
        "color",
    ),
)
C(
    "superlative",
    55,
    "The purple ball furthest to the left, what's it made of?",
    "q(ord(f(sel(sphere), color=purple), left, 1), material)",
    lambda s: s.a(ranked(s, s.f(shape="sphere", color="purple"), "left"), "material"),
)
C(
    "compare_count",
    55,
    "Are there more rubber units than metal ones?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "position",
    55,
    "The small purple cube: left-hand side of the picture or right-hand?",
    "choose(u(f(sel(cube), size=small, color=purple)), hposition, [left, right])",
    lambda s: frame_side(s, s.the(shape="cube", size="small", color="purple")),
)

# scene 59: small purple rubber cyl (front), large cyan rubber cyl (far right), large brown rubber sph (far left), large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph (back)

# --- the mother of twins
C(
    "compare_attr",
    59,
    "Those two brown balls look like my twins. Are they the same size too?",
    "same(f(sel(sphere), color=brown), size)",
    lambda s: shared(s, s.f(shape="sphere", color="brown"), "size"),
)
C(
    "count",
    59,
    "How many purple things are there? My two will want all of them.",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "exist",
    59,
    "Is anything in there made of metal? I'm thinking of little fingers.",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "superlative",
    59,
    "What colour's the one right at the front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(ranked(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    59,
    "How many things are behind the purple ball?",
    "count(rel(u(f(sel(sphere), color=purple)), behind))",
    lambda s: n(around(s, "behind", s.the(shape="sphere", color="purple"))),
)
C(
    "chain",
    59,
    "The cube in front of the cyan cylinder, and the ball in front of that cube: what's that ball made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=cyan)), front), shape=cube)), front), shape=sphere)), material)",
    lambda s: s.a(
        step(s, step(s, s.the(shape="cylinder", color="cyan"), "front", shape="cube"), "front", shape="sphere"),
        "material",
    ),
)
X(59, "Which one will the twins fight over first, do you think?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), green tree (behind the bus), small brown dog, road text 'NO PARKING'

# --- the traffic warden
P(
    "text",
    "street",
    "What's that painted on the road there? I need it word for word for the ticket.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "spatial",
    "street",
    "The white motor, bottom left, it's parked to the left of the bus, yes?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P(
    "count",
    "street",
    "How many vehicles have I got to check on this stretch?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "text",
    "street",
    "And the sign up top, what does that one say?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "where",
    "street",
    "Is the lady in green standing in front of the bus or behind it?",
    "choose_rel(u(f(sel(woman), color=green)), [front, behind], role=object, name=bus)",
    lambda p: stated(p, p.the("woman", color="green"), p.the("bus"), ("front", "behind")),
)
X("street", "Who's the registered keeper of the white car? I'll need a name.")

# --- the tailor
P(
    "chain",
    "street",
    "The gentleman in black: what colour is his tie?",
    "q(u(rel(u(f(sel(man), color=black)), wearing, role=object)), color)",
    lambda p: p.value(tie_of(p, p.the("man", color="black")), "color"),
)
P(
    "quantifier",
    "street",
    "Does every man in the picture have a tie on?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "compare_attr",
    "street",
    "Would you say the two ties are cut from the same colour cloth?",
    "same(sel(tie), color)",
    lambda p: yes(len(p.f("tie")) == 2 and len({p.value(t, "color") for t in p.f("tie")}) == 1),
)
P(
    "count",
    "street",
    "How many people are dressed in white?",
    "count(f(sel(person), color=white))",
    lambda p: n([o for o in people(p) if p.value(o, "color") == "white"]),
)
P(
    "attribute",
    "street",
    "The lady. What colour is she wearing?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "chain",
    "street",
    "The man standing to the right of the bus, what colour tie has he got?",
    "q(u(rel(u(rel(u(sel(bus)), right, name=man)), wearing, role=object)), color)",
    lambda p: p.value(tie_of(p, only(named(p, p.subjects("right", p.the("bus")), "man"))), "color"),
)

# --- the dog walker
P(
    "attribute",
    "street",
    "Aw, there's a pup! What colour is the dog?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "spatial",
    "street",
    "Who's got hold of the little dog?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "attribute",
    "street",
    "Is the dog a big one or a small one?",
    "choose(u(sel(dog)), size, [large, small])",
    lambda p: p.value(p.the("dog"), "size"),
)
P(
    "exist",
    "street",
    "There isn't a cat about, is there? I'd have to keep him on a short lead.",
    "exist(sel(cat))",
    lambda p: yes(bool(p.f("cat"))),
)
P(
    "count",
    "street",
    "How many people d'you reckon are out on the street, grown-ups and all?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
X("street", "What's the little dog called? He looks like a Biscuit to me.")

# --- the window cleaner
P(
    "text",
    "street",
    "What's written along the side of the bus? I'd have to squeegee round it.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "verify",
    "street",
    "Bus is red, yeah?",
    "verify(u(sel(bus)), color, red)",
    lambda p: yes(p.value(p.the("bus"), "color") == "red"),
)
P(
    "where",
    "street",
    "That tree. Is it behind the bus, or in front of it?",
    "choose_rel(u(sel(tree)), [front, behind], role=object, name=bus)",
    lambda p: stated(p, p.the("tree"), p.the("bus"), ("front", "behind")),
)
P(
    "compare_attr",
    "street",
    "The stop sign and the bus, they're the same colour, aren't they?",
    "same(u(sel(sign)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("sign"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "superlative",
    "street",
    "Who's the person furthest over on the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(across(p, people(p), "right")),
)
P(
    "position",
    "street",
    "Is the sign up in the top right corner of the picture?",
    "and_(verify(u(sel(sign)), hposition, right), verify(u(sel(sign)), vposition, top))",
    lambda p: yes(p.value(p.the("sign"), "hposition") == "right" and p.value(p.the("sign"), "vposition") == "top"),
)

# kitchen: red cup (left), white plate, blue cup (middle), green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right (right of the table and of the white cup)

# --- the school dinner lady
P(
    "count",
    "kitchen",
    "How many cups on that table, pet?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "text",
    "kitchen",
    "What time's that clock showing, love?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "verify",
    "kitchen",
    "The plate's white, isn't it?",
    "verify(u(sel(plate)), color, white)",
    lambda p: yes(p.value(p.the("plate"), "color") == "white"),
)
P(
    "chain",
    "kitchen",
    "That cup sat to the left of the plate, what colour is it, pet?",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
P(
    "compare_count",
    "kitchen",
    "Are there more cups than plates? There usually are.",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
X("kitchen", "Is the lady in yellow the cook, or is she waiting for somebody?")

# --- the antiques dealer
P(
    "attribute",
    "kitchen",
    "The fork. Silver plate, is it? What's it actually made of?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "verify",
    "kitchen",
    "Isn't the table made of wood?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "text",
    "kitchen",
    "Lot three, the bottle. What's written on its label?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "spatial",
    "kitchen",
    "What's that hanging above the table?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "negation",
    "kitchen",
    "Of the cups, how many are not white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
X("kitchen", "What would that clock fetch at auction, roughly?")

# --- the painter-decorator
P(
    "list",
    "kitchen",
    "Run me through the colours of the cups, would you?",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "verify",
    "kitchen",
    "The bottle's green, isn't it?",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
P(
    "compare_attr",
    "kitchen",
    "Is the clock the same shade as the cup on the far right?",
    "same(u(sel(clock)), ord(sel(cup), right, 1), color)",
    lambda p: yes(p.value(p.the("clock"), "color") == p.value(across(p, p.f("cup"), "right"), "color")),
)
P(
    "count",
    "kitchen",
    "How many white things in this kitchen, all told?",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "spatial",
    "kitchen",
    "The lady's stood to the right of the white cup, yeah?",
    "vrel(u(f(sel(cup), color=white)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("cup", color="white")), "woman"))),
)
X("kitchen", "What colour should they paint these walls, in your opinion?")

# --- the waiter
P(
    "count",
    "kitchen",
    "How many things have been laid on the table altogether?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "count",
    "kitchen",
    "How many forks are on the table? I've only got one down.",
    "count(rel(u(sel(table)), on, name=fork))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "fork")),
)
P(
    "spatial",
    "kitchen",
    "Fork's been put down by the plate, yes?",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("plate")), "fork"))),
)
P(
    "chain",
    "kitchen",
    "What's just to the right of the blue cup?",
    "q(u(rel(u(f(sel(cup), color=blue)), right)), name)",
    lambda p: p.name(only(p.subjects("right", p.the("cup", color="blue")))),
)
P("exist", "kitchen", "Is there a knife set out anywhere?", "exist(sel(knife))", lambda p: yes(bool(p.f("knife"))))
P(
    "superlative",
    "kitchen",
    "The middle cup of the three, what colour is that one?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(across(p, p.f("cup"), "left", 2), "color"),
)
P(
    "chain",
    "kitchen",
    "There's a cup to the right of the bottle. What's on the right of that cup, then?",
    "q(u(rel(u(rel(u(sel(bottle)), right, name=cup)), right)), name)",
    lambda p: p.name(only(p.subjects("right", only(named(p, p.subjects("right", p.the("bottle")), "cup"))))),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two green trees

# --- the dog groomer
P(
    "list",
    "park",
    "What colours are the dogs? I'll need to know for the shampoo.",
    "values(sel(dog), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("dog")),
)
P(
    "spatial",
    "park",
    "The lady in red, is she holding a dog?",
    "exist(rel(u(f(sel(woman), color=red)), holding, role=object, name=dog))",
    lambda p: yes(bool(named(p, p.objects_of(p.the("woman", color="red"), "holding"), "dog"))),
)
P(
    "chain",
    "park",
    "And the white pup, who's it sitting near?",
    "q(u(rel(u(f(sel(dog), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog", color="white")))),
)
P("exist", "park", "Any cats about? Dogs'd go mental.", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "count",
    "park",
    "How many dogs and kids are there, put together?",
    "count(union(sel(dog), sel(child)))",
    lambda p: n(p.f("dog") + children(p)),
)
X("park", "Which of the two dogs is better behaved, would you say?")

# --- the cricket umpire
P(
    "chain",
    "park",
    "The lad throwing, what's he chucking?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "verify",
    "park",
    "Is the frisbee high up, at the top of the picture?",
    "verify(u(sel(frisbee)), vposition, top)",
    lambda p: yes(p.value(p.the("frisbee"), "vposition") == "top"),
)
P(
    "spatial",
    "park",
    "Is the boy near the bench?",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("bench")), "boy"))),
)
P(
    "spatial",
    "park",
    "Is the boy to the left of the girl? Give me a clear decision.",
    "vrel(u(sel(girl)), left, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("girl")), "boy"))),
)
P(
    "count",
    "park",
    "How many people in the field of play? Count everyone.",
    "count(sel(person))",
    lambda p: n(people(p)),
)
X("park", "Who'd win if the boy and the girl had a proper game?")

# --- the birdwatcher
P("count", "park", "How many trees can I see through the binoculars?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "quantifier",
    "park",
    "Are both trees green?",
    "not_(exist(fn(sel(tree), color=green)))",
    lambda p: yes(len(p.f("tree")) == 2 and all(p.value(o, "color") == "green" for o in p.f("tree"))),
)
P(
    "spatial",
    "park",
    "What's that standing behind the girl?",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
P(
    "spatial",
    "park",
    "Is the woman in white over to the right of the boy?",
    "exist(f(rel(u(sel(boy)), right, name=woman), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("right", p.the("boy")), "woman"))),
)
P(
    "count",
    "park",
    "Is there a bird anywhere? No? Then how many women are there?",
    "count(sel(woman))",
    lambda p: n(p.f("woman")),
)
X("park", "What birds would you expect to hear singing in those trees?")

# --- the bike mechanic
P(
    "attribute",
    "park",
    "What colour's the bike?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P("count", "park", "How many bikes are there in the park?", "count(sel(bicycle))", lambda p: n(p.f("bicycle")))
P(
    "verify",
    "park",
    "Is the bench a metal one?",
    "verify(u(sel(bench)), material, metal)",
    lambda p: yes(p.value(p.the("bench"), "material") == "metal"),
)
P(
    "spatial",
    "park",
    "Is the bench to the left of the bike?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "count",
    "park",
    "How many women are wearing red?",
    "count(f(sel(woman), color=red))",
    lambda p: n(p.f("woman", color="red")),
)
P(
    "chain",
    "park",
    "Is the person on the far left holding a dog?",
    "exist(rel(ord(sel(person), left, 1), holding, role=object, name=dog))",
    lambda p: yes(bool(named(p, p.objects_of(across(p, people(p), "left"), "holding"), "dog"))),
)


# =================================================================================================================
# the shapes drawing: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
# =================================================================================================================

# --- the quilter
P(
    "count",
    "shapes",
    "How many patches are blue in this quilt?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "verify",
    "shapes",
    "The square's only a little one, isn't it?",
    "verify(u(sel(square)), size, small)",
    lambda p: yes(p.value(p.the("square"), "size") == "small"),
)
P(
    "position",
    "shapes",
    "The patch in the top left corner, what colour is it?",
    "q(u(f(scene(), hposition=left, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles cut to the same size?",
    "same(sel(circle), size)",
    lambda p: yes(len(p.f("circle")) == 2 and len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, the square or the triangle?",
    "q(u(f(union(sel(square), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger(p, p.the("square"), p.the("triangle")),
)
X("shapes", "How long would it take me to stitch all this by hand, do you think?")

# --- the driving instructor
P(
    "superlative",
    "shapes",
    "Check your left: in the bottom row, what's the shape furthest left?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(across(p, p.f(vposition="bottom"), "left"), "shape"),
)
P(
    "count",
    "shapes",
    "Red like a stop light: how many red shapes are there?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "attribute",
    "shapes",
    "Down in the bottom right, the hexagon. What colour is it?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "exist",
    "shapes",
    "Mirror, signal... is there a green triangle anywhere?",
    "exist(f(sel(triangle), color=green))",
    lambda p: yes(bool(p.f("triangle", color="green"))),
)
P(
    "exist",
    "shapes",
    "Anything yellow over on the right-hand side?",
    "exist(f(scene(), color=yellow, hposition=right))",
    lambda p: yes(bool(p.f(color="yellow", hposition="right"))),
)
X("shapes", "Do you think whoever drew this would pass their driving test?")

# --- the crossword setter
P(
    "count",
    "shapes",
    "Seven pieces in all, I make it. How many are small?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "attribute",
    "shapes",
    "Clue: the only green one. Shape? Eight letters.",
    "q(u(f(scene(), color=green)), shape)",
    lambda p: p.value(p.the(color="green"), "shape"),
)
P(
    "list",
    "shapes",
    "Which colours appear? List them for me.",
    "values(scene(), color)",
    lambda p: listed(p.value(o, "color") for o in p.objects),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer red shapes than blue ones?",
    "lt(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) < len(p.f(color="blue"))),
)
P(
    "attribute",
    "shapes",
    "What's the one shape in the middle row? Six letters.",
    "q(u(f(scene(), vposition=middle)), shape)",
    lambda p: p.value(p.the(vposition="middle"), "shape"),
)
P(
    "quantifier",
    "shapes",
    "Is every large shape in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)

# --- the stained-glass maker
P(
    "position",
    "shapes",
    "The glass in the top right, what colour is that?",
    "q(u(f(scene(), hposition=right, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "color"),
)
P("count", "shapes", "How many circles of glass?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "I wonder whether the big circle is red or blue.",
    "choose(u(f(sel(circle), size=large)), color, [red, blue])",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "compare_size",
    "shapes",
    "Which is larger, the little blue circle or the yellow rectangle?",
    "q(u(f(union(f(sel(circle), size=small, color=blue), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger(p, p.the("circle", size="small", color="blue"), p.the("rectangle", color="yellow")),
)
P(
    "negation",
    "shapes",
    "How many pieces are neither red nor blue?",
    "count(fn(fn(scene(), color=red), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") not in ("red", "blue")]),
)
X("shapes", "How much lead came would I need for all these edges in real life?")

# --- the snooker referee
P(
    "count",
    "shapes",
    "How many shapes along the top cushion, the top row?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "attribute",
    "shapes",
    "The star. What colour?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "compare_size",
    "shapes",
    "Is the star smaller than the yellow rectangle?",
    "larger(u(f(sel(rectangle), color=yellow)), u(sel(star)))",
    lambda p: drawn_larger(p, p.the("rectangle", color="yellow"), p.the("star")),
)
P(
    "superlative",
    "shapes",
    "Second from the right along the bottom, which shape is that?",
    "q(ord(f(scene(), vposition=bottom), right, 2), shape)",
    lambda p: p.value(across(p, p.f(vposition="bottom"), "right", 2), "shape"),
)
P(
    "quantifier",
    "shapes",
    "Are all the blue shapes small ones?",
    "not_(exist(fn(f(scene(), color=blue), size=small)))",
    lambda p: yes(all(p.value(o, "size") == "small" for o in p.f(color="blue"))),
)
P(
    "exist",
    "shapes",
    "Anything purple on the table?",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)

# --- the weather presenter
P(
    "count",
    "shapes",
    "Out west, on the left of the picture: how many shapes?",
    "count(f(scene(), hposition=left))",
    lambda p: n(p.f(hposition="left")),
)
P(
    "verify",
    "shapes",
    "Over to the east now. Is the hexagon on the right-hand side?",
    "verify(u(sel(hexagon)), hposition, right)",
    lambda p: yes(p.value(p.the("hexagon"), "hposition") == "right"),
)
P(
    "count",
    "shapes",
    "Up north, along the top, how many large shapes do we have?",
    "count(f(scene(), vposition=top, size=large))",
    lambda p: n(p.f(vposition="top", size="large")),
)
P(
    "two_clause",
    "shapes",
    "Is the star down at the bottom and in the middle?",
    "and_(verify(u(sel(star)), vposition, bottom), verify(u(sel(star)), hposition, middle))",
    lambda p: yes(p.value(p.the("star"), "vposition") == "bottom" and p.value(p.the("star"), "hposition") == "middle"),
)
P(
    "attribute",
    "shapes",
    "Sunny spells: which shape is yellow?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
X("shapes", "Will it be sunny tomorrow wherever this was drawn?")

# --- the pharmacist
P(
    "count",
    "shapes",
    "How many circles, the round-tablet ones?",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share the little blue circle's colour?",
    "count(same_attr(u(f(sel(circle), size=small, color=blue)), color))",
    lambda p: n(
        [
            o
            for o in p.objects
            if o != p.the("circle", size="small", color="blue")
            and p.value(o, "color") == p.value(p.the("circle", size="small", color="blue"), "color")
        ]
    ),
)
P(
    "attribute",
    "shapes",
    "The red one at the top: which shape is it?",
    "q(u(f(scene(), color=red, vposition=top)), shape)",
    lambda p: p.value(p.the(color="red", vposition="top"), "shape"),
)
P(
    "two_clause",
    "shapes",
    "Is there a square and also a star?",
    "and_(exist(sel(square)), exist(sel(star)))",
    lambda p: yes(bool(p.f("square")) and bool(p.f("star"))),
)
P(
    "count",
    "shapes",
    "How many shapes are blue or green?",
    "count(union(f(scene(), color=blue), f(scene(), color=green)))",
    lambda p: n([o for o in p.objects if p.value(o, "color") in ("blue", "green")]),
)
X("shapes", "Who drew this? I'd like to send them a thank-you card.")

# --- the chess coach
P(
    "position",
    "shapes",
    "Bottom right corner: what shape sits there?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "count",
    "shapes",
    "How many shapes on the bottom rank?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "compare_size",
    "shapes",
    "Is the triangle bigger than the square?",
    "larger(u(sel(triangle)), u(sel(square)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("square")),
)
P(
    "compare_attr",
    "shapes",
    "Is the circle in the top left the same colour as the star?",
    "same(u(f(sel(circle), hposition=left, vposition=top)), u(sel(star)), color)",
    lambda p: yes(
        p.value(p.the("circle", hposition="left", vposition="top"), "color") == p.value(p.the("star"), "color")
    ),
)
P(
    "count",
    "shapes",
    "How many of the shapes are large?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "compare_count",
    "shapes",
    "Are there as many triangles as hexagons?",
    "eq(count(sel(triangle)), count(sel(hexagon)))",
    lambda p: yes(len(p.f("triangle")) == len(p.f("hexagon"))),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(summary())
