# ruff: noqa: E501
"""Blind paraphrase set 54: a fourth fresh crowd. Forty-one ordinary people, each imagined once and kept in
character for five to seven questions about one picture, writing in their own words and habits, nearly all native
speakers of English of many ages, jobs, moods and regions. The cast: a Yorkshire dry-stone waller ("nowt", "summat",
"t'other"), a bored teenager (lower case, "ngl", "lol", "smth"), a Little League coach ("alright, headcount!", "c'mon"),
an anxious first-time user of the app (apologies, hedges, "if that's okay"), a beekeeper (hives, drones, "my girls"),
an Irish grandmother ("would you ever tell me", "love", "so it is"), a crossword setter (clues, letter counts, "across",
"down"), a dad typing one-handed with a toddler on his lap (typos, no capitals, "y/n"), a Texan cattle auctioneer
("whatta we got", "critters", "y'all"), a greeting-card poet ("companions", "hue", "bright as a buttercup"), a plumber
("mate", cubes as "blocks", a cylinder as a "pipe"), a retired schoolmistress ("kindly state", "fewer", "whom"), a yoga
instructor ("breathe in", "without judgement"), a long-haul trucker dictating to his phone (no punctuation, "uh"), a
nine-year-old ("r", "wat", "my brother says"), an estate agent ("stunning", "nestled", "boasts"), a police detective
("our suspect", "anyone else at the scene"), a very sarcastic office worker ("Oh, thrilling."), a wedding planner
("darling", "the palette"), a sports commentator ("and here we go", "the far left flank"), a Glaswegian plasterer
("wee", "whit", "o' they", "aye or naw"), a fan-fiction writer ("our hero", "no spoilers"), an Australian surfer
("reckon", "heaps", "all up", "or nah"); on the street a London cabbie ("blimey", "blokes", "guv", "motor"), a retired
traffic warden, a nervous tourist from Ohio and a bus enthusiast ("livery"); in the kitchen a line chef ("yes chef",
"behind!"), a cleaning influencer ("besties", "it's giving"), a home-care worker writing her notes and a Gen-Z barista
("lowkey", "bestie", "or am i tripping"); in the park a dog walker ("pups"), a bird-watcher with no birds to watch, a
park ranger and a jogger out of breath (fragments: "Boy. Shirt colour?"); and before the drawing of flat shapes a
graphic designer ("palette", "element"), a kindergarten teacher ("boys and girls", "hands up"), a maths teacher
("figures", "as one should"), a tattoo artist ("the client", "the stencil"), a flag enthusiast and a colour-blind man.

The sentence shapes vary: questions embedded in statements ("Could you tell me whether ..."), fronted objects and
places ("The rubber one. Size?", "Out on the far left flank, it's... what shape is that?"), afterthoughts ("... the cup
i mean"), ellipsis ("And the star, red or green?"), questions split over two sentences, rhetorical lead-ins ("Wow, a
brown cylinder. Groundbreaking."), idioms and slang names ("how many head", "pups", "blocks", "motor", "blokes"),
nested relative clauses ("the sphere to the left of the cube that is in front of the small red cylinder"), negative
questions ("isn't the cube yellow"), tag questions ("..., aren't they?", "..., isn't it?"), "reckon", "any chance",
"have I got that right?", commands ("Count for me ...", "Give me every colour ..."), comparisons in many constructions
("any bigger than", "more ... than", "at least as many ... as", "match, colour-wise", "the same blue as", "outnumber"),
quantifiers (all, both, none, neither, every, any, most, "exactly"), exceptions ("apart from", "other than", "not
counting"), one- and two-hop chains of relations, superlatives and ordinals ("furthest back", "second from the
right"), the text on the photos' bus, sign, road, bottle and clock, and sides of the picture. Typos only where that
person would make them (the one-handed dad, the teenager, the child, the barista).

About 55% ask about the CLEVR val scenes 0, 2, 14, 22, 23, 27, 30, 34, 39, 40, 51 and 58 (each person keeps to one
scene; two people to every scene but 30), 30% about the photo-like graphs (street, kitchen, park: four people each) and
15% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the person's other
questions (money and prices, names and owners, feelings and opinions, intentions, what happens next, why, the weather
and places outside the picture, things no picture can tell).

Conventions (those of set 53). "The X" is only used where exactly one X matches, counting a square as a rectangle;
places and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE
(0.25 scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked
only of an object whose box centre lies within SIDE (130) pixels of the edge of the 480-pixel frame, and on the photos
and the drawing neighbours in an order are at least GAP (40) pixels apart; nothing is asked of the photo graphs that
their stated relations and attributes leave open (no "cup right of the plate", as two cups and a bottle stand there to
the eye though the graph states one; no "things left of the bus", as the graph leaves out the tie the man on the left
wears). A which-side question is answered with the side; a "which is bigger" (or "which is further left") between two
things is asked only where they differ, and answered with the word that tells the one from the other (its shape, or
its colour where both have the same shape; on the photos its name). Answers are the graph's words (gray, not grey;
sphere, not ball; bicycle, not bike; large, not big; a list most frequent first, ties alphabetical). Yes/no questions
are never put as a negative statement with a tag ("neither is green, is it?"), whose yes would be ambiguous; they are
put as "is it true that ...", "have I got that right?" or as a plain question. Every gold program and answer comes
from the scene by plain Python.

Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other set or builder but
set 53's builder and the gold helpers (read for the format only), and never run through nsvr's parser or planner; only
the gold programs were run, with ``--check``. The CLEVR scenes are the ones the brief allotted.

Run ``python build_blind54.py`` to write ``../blind54.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind54.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.25
# a CLEVR object is on the left (right) of the 480-pixel picture only when its box centre is this far from the edge
SIDE = 130
# on the photos and the drawing, two box centres closer than this (pixels) cannot be put in an order
GAP = 40


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas (the list convention)."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


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
    """The objects that are ``relation`` of the anchor; NotUnique when some object lies so nearly level with the
    anchor along that axis that a careful person could not say which side it is on."""
    here = along(s, anchor, relation)
    for j in s.all():
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return s.rel(relation, anchor)


def among(s: Clevr, ids: list[int], **want) -> list[int]:
    return [i for i in ids if all(s.a(i, k) == v for k, v in want.items())]


def hop(s: Clevr, anchor: int, relation: str, **want) -> int:
    """The one object with the given attributes that is ``relation`` of the anchor (a careful person's call)."""
    return only(among(s, related(s, relation, anchor), **want))


def is_rel(s: Clevr, target: int, relation: str, anchor: int) -> str:
    """yes/no: object target is ``relation`` of object anchor; NotUnique when too close to call."""
    if abs(along(s, target, relation) - along(s, anchor, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(target in s.rel(relation, anchor))


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
    """Which of a and b is the bigger, told by ``attribute``; NotUnique when not told apart."""
    if s.a(a, "size") == s.a(b, "size") or s.a(a, attribute) == s.a(b, attribute):
        raise NotUnique("same size class or not told apart")
    return s.a(a if s.a(a, "size") == "large" else b, attribute)


def others(s: Clevr, anchor: int, attribute: str) -> list[int]:
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def every(s: Clevr, ids: list[int], **want) -> str:
    return yes(all(all(s.a(i, k) == v for k, v in want.items()) for i in ids))


def alike(s: Clevr, ids: list[int], attribute: str) -> str:
    """yes/no: the objects of ids (at least two) share one value of ``attribute``."""
    if len(ids) < 2:
        raise NotUnique(f"fewer than two objects: {ids}")
    return yes(len({s.a(i, attribute) for i in ids}) == 1)


def same_value(s: Clevr, a: int, b: int, attribute: str) -> str:
    return yes(s.a(a, attribute) == s.a(b, attribute))


def lacking(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids that lack at least one of the given values."""
    return [i for i in ids if not all(s.a(i, k) == v for k, v in want.items())]


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def children(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in {"boy", "girl"}]


def rectangles(p: Photo) -> list[str]:
    """The drawing's rectangles, a square counting as one."""
    return [o for o in p.objects if p.name(o) in {"rectangle", "square"}]


def named(p: Photo, ids: list[str], name: str) -> list[str]:
    return [o for o in ids if p.name(o) == name]


def centre(p: Photo, oid: str) -> float:
    return (p.objects[oid]["box"][0] + p.objects[oid]["box"][2]) / 2


def side_of(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th object of ids from the left or the right (box centres); NotUnique when a neighbour's centre is within
    GAP pixels."""
    order = p.by_x(ids)
    if side == "right":
        order = order[::-1]
    here = centre(p, order[k - 1])
    if any(abs(centre(p, order[j]) - here) < GAP for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def photo_side(p: Photo, target: str, anchor: str, options: tuple[str, str]) -> str:
    """Which of two opposite relations the graph states of target to anchor; NotUnique when neither or both."""
    return only([o for o in options if p.has(target, o, anchor)])


def worn_by(p: Photo, who: str) -> str:
    return only(p.objects_of(who, "wearing"))


def drawn_larger(p: Photo, a: str, b: str) -> str:
    if p.value(a, "size") == p.value(b, "size"):
        raise NotUnique("same size class")
    return yes(p.value(a, "size") == "large")


def drawn_bigger_of(p: Photo, a: str, b: str) -> str:
    if p.value(a, "size") == p.value(b, "size") or p.value(a, "shape") == p.value(b, "shape"):
        raise NotUnique("same size class or same shape")
    return p.value(a if p.value(a, "size") == "large" else b, "shape")


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph (front), large blue metal sph (far left, back; left of the picture), large green
# rubber cyl (far right)

# --- the Yorkshire dry-stone waller
C(
    "count",
    0,
    "How many o' them balls are there, then?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    0,
    "That big ball at t' back — what's it made of, metal or summat else?",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "compare_size",
    0,
    "Now then, is that yellow ball any bigger than the green drum?",
    "larger(u(f(sel(sphere), color=yellow)), u(f(sel(cylinder), color=green)))",
    lambda s: larger(s, s.the(shape="sphere", color="yellow"), s.the(shape="cylinder", color="green")),
)
C(
    "negation",
    0,
    "How many things in it aren't made o' rubber? Nowt much, I'd guess.",
    "count(fn(scene(), material=rubber))",
    lambda s: n(lacking(s, s.all(), material="rubber")),
)
C(
    "spatial",
    0,
    "How many things are stood to t' right of the blue ball?",
    "count(rel(u(f(sel(sphere), color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="blue"))),
)
C(
    "position",
    0,
    "The blue 'un, is it over on the left side o' the picture or t'other side?",
    "choose(u(f(sel(sphere), color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="blue")),
)

# --- the bored teenager
C("count", 0, "ok so how many things r even in this pic", "count(scene())", lambda s: n(s.all()))
C(
    "attribute",
    0,
    "whats the cylinder colour lol",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "verify",
    0,
    "is the big blue ball like metal or smth",
    "verify(u(f(sel(sphere), color=blue)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="blue"), "material") == "metal"),
)
C(
    "superlative",
    0,
    "the thing thats furthest back.. what shape is it",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "compare_attr",
    0,
    "are both the balls the same size? ngl i cant tell",
    "same(sel(sphere), size)",
    lambda s: alike(s, s.f(shape="sphere"), "size"),
)
X(0, "who even made this and why is it so boring")

# scene 2: large green metal cube (far left), small gray metal cyl (back), large cyan rubber cyl (far right, front;
# right of the picture)

# --- the Little League coach
C(
    "count",
    2,
    "Alright, headcount! How many cylinders we got out there?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "superlative",
    2,
    "Who's playing deep? The thing farthest back — what color is it?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "attribute",
    2,
    "Is the green block metal or rubber? C'mon, quick!",
    "choose(u(sel(cube)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "compare_attr",
    2,
    "Both cylinders wearing the same uniform? Same color, I mean.",
    "same(sel(cylinder), color)",
    lambda s: alike(s, s.f(shape="cylinder"), "color"),
)
C(
    "spatial",
    2,
    "How many guys are lined up to the left of the big cyan cylinder?",
    "count(rel(u(f(sel(cylinder), size=large, color=cyan)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", size="large", color="cyan"))),
)
C(
    "quantifier",
    2,
    "Are most of 'em metal? Yes or no, hustle!",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="metal")) > len(lacking(s, s.all(), material="metal"))),
)

# --- the anxious first-time user
C(
    "exist",
    2,
    "Hi, sorry, I've never used one of these before. Is there a sphere anywhere in the picture?",
    "exist(sel(sphere))",
    lambda s: yes(bool(s.f(shape="sphere"))),
)
C(
    "verify",
    2,
    "Sorry if this is a silly question, but the small cylinder, is it grey?",
    "verify(u(f(sel(cylinder), size=small)), color, gray)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="small"), "color") == "gray"),
)
C(
    "compare_size",
    2,
    "Could you tell me whether the cube is bigger than the grey cylinder? I hope I typed that right.",
    "larger(u(sel(cube)), u(f(sel(cylinder), color=gray)))",
    lambda s: larger(s, s.the(shape="cube"), s.the(shape="cylinder", color="gray")),
)
C(
    "position",
    2,
    "Is the big cyan cylinder on the left or the right side of the picture? I'm not sure I'm doing this right.",
    "choose(u(f(sel(cylinder), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="cyan")),
)
C(
    "spatial",
    2,
    "I think there's something behind the green cube? What shape is it, if that's okay to ask?",
    "q(u(rel(u(sel(cube)), behind)), shape)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cube"))), "shape"),
)
X(2, "Sorry, last one — do you think whoever arranged these was upset about something?")

# scene 14: large cyan rubber sph (far left, front), small blue metal sph (far right), small gray metal cube (back)

# --- the beekeeper
C(
    "count",
    14,
    "My girls would ignore all this, but I'm curious: how many little metal pieces are there?",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "verify",
    14,
    "The big cyan ball, calm as anything at the front — is that one rubber?",
    "verify(u(f(sel(sphere), size=large, color=cyan)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="cyan"), "material") == "rubber"),
)
C(
    "superlative",
    14,
    "What colour is the one hanging back furthest, like a drone that won't leave the hive?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_attr",
    14,
    "Are the two balls the same colour? I'd say not, but my eyes aren't what they were.",
    "same(sel(sphere), color)",
    lambda s: alike(s, s.f(shape="sphere"), "color"),
)
C(
    "spatial",
    14,
    "Count for me the things sitting to the left of the little blue ball.",
    "count(rel(u(f(sel(sphere), size=small, color=blue)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", size="small", color="blue"))),
)
C(
    "chain",
    14,
    "There's a ball to the left of whatever's behind the little blue ball. What colour is that ball?",
    "q(u(f(rel(u(rel(u(f(sel(sphere), size=small, color=blue)), behind)), left), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, only(related(s, "behind", s.the(shape="sphere", size="small", color="blue"))), "left", shape="sphere"),
        "color",
    ),
)

# --- the Irish grandmother
C(
    "count",
    14,
    "Would you ever tell me how many balls are in it, love?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    14,
    "And the wee cube, what colour would that be?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "attribute",
    14,
    "Is the big ball the shiny metal kind, or is it the rubbery sort?",
    "choose(u(f(sel(sphere), size=large)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "spatial",
    14,
    "God love it, the cube is further back than the blue ball, so it is? Am I right?",
    "exist(f(rel(u(f(sel(sphere), color=blue)), behind), shape=cube))",
    lambda s: is_rel(s, s.the(shape="cube"), "behind", s.the(shape="sphere", color="blue")),
)
C(
    "same_attr",
    14,
    "Is there anything at all the same size as the cube, would you say?",
    "exist(same_attr(u(sel(cube)), size))",
    lambda s: yes(bool(others(s, s.the(shape="cube"), "size"))),
)
X(14, "Tell me now, which of them would my late husband have liked best, God rest him?")

# scene 22: large yellow rubber cyl (far left; left of the picture), large yellow metal cube (far right), small purple
# metal cyl (back), small cyan metal sph (front)

# --- the crossword setter
C(
    "attribute",
    22,
    "Clue: 'the only ball here'. What colour is it? Four letters, as it happens.",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "count",
    22,
    "Yellow things: how many? A single digit, I expect.",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "superlative",
    22,
    "Across: the object second from the left. Its shape, please.",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "compare_attr",
    22,
    "Are the two yellow objects made of the same stuff? Yes or no will do.",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "spatial",
    22,
    "Down: the purple cylinder. Is the big yellow cube in front of it?",
    "exist(f(rel(u(f(sel(cylinder), color=purple)), front), size=large, color=yellow, shape=cube))",
    lambda s: is_rel(
        s, s.the(shape="cube", size="large", color="yellow"), "front", s.the(shape="cylinder", color="purple")
    ),
)
C(
    "negation",
    22,
    "Apart from the cylinders, how many objects remain?",
    "count(fn(scene(), shape=cylinder))",
    lambda s: n(lacking(s, s.all(), shape="cylinder")),
)
X(22, "Whose name goes on this puzzle, and do they do the Times on a Saturday?")

# --- the dad typing one-handed
C("count", 22, "how many cylindrs. sorry baby on my lap", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C("exist", 22, "is there a red one anywhere", "exist(f(scene(), color=red))", lambda s: yes(bool(s.f(color="red"))))
C(
    "verify",
    22,
    "the big yelow cube metal y/n",
    "verify(u(f(sel(cube), size=large, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="yellow"), "material") == "metal"),
)
C(
    "spatial",
    22,
    "thing left of the ball. what shape",
    "q(u(rel(u(sel(sphere)), left)), shape)",
    lambda s: s.a(only(related(s, "left", s.the(shape="sphere"))), "shape"),
)
C(
    "quantifier",
    22,
    "r all the small ones metal",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: every(s, s.f(size="small"), material="metal"),
)
C(
    "position",
    22,
    "big yellow cylinder, left side of pic or right side",
    "choose(u(f(sel(cylinder), size=large, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="yellow")),
)

# scene 23: small yellow metal sph (right of the picture), small brown metal cyl (far left, front), large yellow rubber
# cyl (back), small brown metal sph (far right; right of the picture)

# --- the Texan cattle auctioneer
C(
    "count",
    23,
    "Whatta we got here, how many head — I mean how many spheres, y'all?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    23,
    "That big ol' yellow cylinder, is she rubber or metal?",
    "choose(u(f(sel(cylinder), size=large, color=yellow)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder", size="large", color="yellow"), "material"),
)
C(
    "quantifier",
    23,
    "Are most of these critters made of metal? Yes or no, I ain't got all day.",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="metal")) > len(lacking(s, s.all(), material="metal"))),
)
C(
    "superlative",
    23,
    "Which one's standin' furthest to the right? Gimme its color, quick now.",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "compare_count",
    23,
    "We got more little 'uns than big 'uns in this lot?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda s: yes(len(s.f(size="small")) > len(s.f(size="large"))),
)
X(23, "What'll the whole lot fetch at auction, you reckon? Start me at fifty.")

# --- the greeting-card poet
C(
    "compare_attr",
    23,
    "Two brown companions share this little stage; are they alike in shape, or do their forms diverge?",
    "same(f(scene(), color=brown), shape)",
    lambda s: alike(s, s.f(color="brown"), "shape"),
)
C(
    "superlative",
    23,
    "Tell me, what shade adorns the sphere that sits nearest to the front?",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "position",
    23,
    "The little yellow sphere, bright as a buttercup — does it rest on the left side of the picture or the right?",
    "choose(u(f(sel(sphere), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="yellow")),
)
C(
    "exist",
    23,
    "Of all these humble forms, is there one of purple hue?",
    "exist(f(scene(), color=purple))",
    lambda s: yes(bool(s.f(color="purple"))),
)
C(
    "compare_size",
    23,
    "Which is the grander of the two: the yellow cylinder, or the yellow sphere?",
    "q(u(f(union(f(sel(cylinder), color=yellow), f(sel(sphere), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="yellow"), s.the(shape="sphere", color="yellow")),
)
C(
    "chain",
    23,
    "How many things lie to the right of the cylinder that stands behind the brown sphere?",
    "count(rel(u(f(rel(u(f(sel(sphere), color=brown)), behind), shape=cylinder)), right))",
    lambda s: n(related(s, "right", hop(s, s.the(shape="sphere", color="brown"), "behind", shape="cylinder"))),
)

# scene 27: large purple rubber cube (far right, back), small yellow metal sph (far left), small red rubber cyl, large
# red rubber cube (front)

# --- the plumber
C("count", 27, "Right mate, how many blocks we looking at?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "verify",
    27,
    "That little red pipe-looking thing — rubber, is it?",
    "verify(u(f(sel(cylinder), size=small, color=red)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="small", color="red"), "material") == "rubber"),
)
C(
    "compare_size",
    27,
    "Is the purple block bigger than the red pipe or what?",
    "larger(u(f(sel(cube), color=purple)), u(f(sel(cylinder), color=red)))",
    lambda s: larger(s, s.the(shape="cube", color="purple"), s.the(shape="cylinder", color="red")),
)
C(
    "superlative",
    27,
    "What's sat right at the back? Colour's all I need.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "exist",
    27,
    "Any of it made of metal at all?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
X(27, "What's the call-out charge for shifting this lot, roughly?")

# --- the retired schoolmistress
C(
    "negation",
    27,
    "Kindly state the number of objects that are not cubes. Fewer than three, I suspect.",
    "count(fn(scene(), shape=cube))",
    lambda s: n(lacking(s, s.all(), shape="cube")),
)
C(
    "compare_size",
    27,
    "Of the two red objects, which is the larger?",
    "q(u(f(union(f(sel(cube), color=red), f(sel(cylinder), color=red)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="red"), s.the(shape="cylinder", color="red")),
)
C(
    "spatial",
    27,
    "Is the sphere to the left of the small red cylinder? I shall accept 'yes' or 'no'.",
    "exist(f(rel(u(f(sel(cylinder), size=small, color=red)), left), shape=sphere))",
    lambda s: is_rel(s, s.the(shape="sphere"), "left", s.the(shape="cylinder", size="small", color="red")),
)
C(
    "superlative",
    27,
    "Whom — or rather what — is standing nearest to us? Its colour, please.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "quantifier",
    27,
    "Both of the cubes are made of rubber, aren't they?",
    "not_(exist(fn(sel(cube), material=rubber)))",
    lambda s: every(s, s.f(shape="cube"), material="rubber"),
)
C(
    "chain",
    27,
    "What colour is the sphere to the left of the cube that is in front of the small red cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=small, color=red)), front), shape=cube)), left), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s, hop(s, s.the(shape="cylinder", size="small", color="red"), "front", shape="cube"), "left", shape="sphere"
        ),
        "color",
    ),
)

# scene 30: large green rubber sph (far right), large purple rubber sph (far left, back), large blue metal cyl (front)

# --- the yoga instructor
C(
    "count",
    30,
    "Breathe in... and gently notice how many spheres are resting here.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    30,
    "Without judgement: is every object large?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "superlative",
    30,
    "Now exhale, and tell me the colour of the sphere on the far left.",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "color"),
)
C(
    "spatial",
    30,
    "Is the green sphere resting behind the cylinder?",
    "exist(f(rel(u(sel(cylinder)), behind), color=green, shape=sphere))",
    lambda s: is_rel(s, s.the(shape="sphere", color="green"), "behind", s.the(shape="cylinder")),
)
C(
    "same_attr",
    30,
    "How many other things share the purple sphere's material?",
    "count(same_attr(u(f(sel(sphere), color=purple)), material))",
    lambda s: n(others(s, s.the(shape="sphere", color="purple"), "material")),
)
C(
    "two_clause",
    30,
    "And the cylinder: blue, and made of metal? Both, or not?",
    "and_(verify(u(sel(cylinder)), color, blue), verify(u(sel(cylinder)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cylinder"), "color") == "blue" and s.a(s.the(shape="cylinder"), "material") == "metal"
    ),
)
X(30, "What intention did the person set when they placed these here? Feel into it.")

# scene 34: small red metal cyl (far left, front), small yellow metal cube (back), large gray metal cyl (far right)

# --- the long-haul trucker dictating
C(
    "count",
    34,
    "uh how many cylinders are in the picture",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "verify",
    34,
    "okay isn't the cube yellow",
    "verify(u(sel(cube)), color, yellow)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "yellow"),
)
C(
    "superlative",
    34,
    "what color is the thing farthest to the right over there",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "quantifier",
    34,
    "are all of them metal or what",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "compare_size",
    34,
    "the gray cylinder is it bigger than the red one",
    "larger(u(f(sel(cylinder), color=gray)), u(f(sel(cylinder), color=red)))",
    lambda s: larger(s, s.the(shape="cylinder", color="gray"), s.the(shape="cylinder", color="red")),
)
X(34, "how far is the nearest truck stop from wherever this is")

# --- the nine-year-old
C("count", 34, "how many cubes r there", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "attribute",
    34,
    "wat colour is the biggest one",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)
C(
    "spatial",
    34,
    "is the red cylinder in front of the cube",
    "exist(f(rel(u(sel(cube)), front), color=red, shape=cylinder))",
    lambda s: is_rel(s, s.the(shape="cylinder", color="red"), "front", s.the(shape="cube")),
)
C("exist", 34, "are there any balls??", "exist(sel(sphere))", lambda s: yes(bool(s.f(shape="sphere"))))
C(
    "spatial",
    34,
    "how many things r behind the red one",
    "count(rel(u(f(scene(), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(color="red"))),
)
C(
    "compare_count",
    34,
    "my brother says there are at least as many cubes as cylinders. is he right",
    "not_(lt(count(sel(cube)), count(sel(cylinder))))",
    lambda s: yes(not len(s.f(shape="cube")) < len(s.f(shape="cylinder"))),
)

# scene 39: large gray metal cyl (far right), small brown rubber cyl (far left, back; left of the picture), small gray
# metal cube (front)

# --- the estate agent
C(
    "count",
    39,
    "This stunning property boasts how many cylinders, exactly?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "superlative",
    39,
    "Nestled at the very back there's a charming little piece — what colour is it?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "position",
    39,
    "The brown cylinder: is it on the left or the right side of the picture? Buyers always ask.",
    "choose(u(f(sel(cylinder), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="brown")),
)
C(
    "compare_attr",
    39,
    "Would you say the gray cube and the big cylinder are finished in the same material?",
    "same(u(f(sel(cube), color=gray)), u(f(sel(cylinder), size=large)), material)",
    lambda s: same_value(s, s.the(shape="cube", color="gray"), s.the(shape="cylinder", size="large"), "material"),
)
C(
    "spatial",
    39,
    "How many features sit to the right of the brown cylinder?",
    "count(rel(u(f(sel(cylinder), color=brown)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="brown"))),
)
X(39, "What would you list this at — three-fifty? Four hundred?")

# --- the police detective
C(
    "attribute",
    39,
    "Right. Our suspect is the small gray cube. What's it made of?",
    "q(u(f(sel(cube), size=small, color=gray)), material)",
    lambda s: s.a(s.the(shape="cube", size="small", color="gray"), "material"),
)
C(
    "same_attr",
    39,
    "Anyone else at the scene wearing the same colour as the suspect — the cube?",
    "exist(same_attr(u(sel(cube)), color))",
    lambda s: yes(bool(others(s, s.the(shape="cube"), "color"))),
)
C(
    "superlative",
    39,
    "Who's standing closest to the camera? Shape will do.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "attribute",
    39,
    "The rubber one. Size?",
    "q(u(f(scene(), material=rubber)), size)",
    lambda s: s.a(s.the(material="rubber"), "size"),
)
C(
    "spatial",
    39,
    "Is the brown cylinder behind the big gray one, yes or no?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=gray)), behind), color=brown, shape=cylinder))",
    lambda s: is_rel(
        s, s.the(shape="cylinder", color="brown"), "behind", s.the(shape="cylinder", size="large", color="gray")
    ),
)
X(39, "Who put them there, and where were they last night between nine and midnight?")

# scene 40: small cyan metal cube (far right, front; right of the picture), large brown rubber cyl (far left), large
# gray metal cube (back)

# --- the sarcastic office worker
C(
    "count",
    40,
    "Oh, thrilling. Just riveting. How many of them are cubes, then?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "verify",
    40,
    "Wow, a brown cylinder. Groundbreaking. Is it rubber, by any chance?",
    "verify(u(f(sel(cylinder), color=brown)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="brown"), "material") == "rubber"),
)
C(
    "compare_attr",
    40,
    "Let me guess, the two cubes are the same colour? Surprise me.",
    "same(sel(cube), color)",
    lambda s: alike(s, s.f(shape="cube"), "color"),
)
C(
    "compare_size",
    40,
    "Sure, I'll bite: which cube is bigger, the cyan one or the gray one?",
    "q(u(f(union(f(sel(cube), color=cyan), f(sel(cube), color=gray)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cube", color="cyan"), s.the(shape="cube", color="gray"), "color"),
)
C(
    "position",
    40,
    "Oh great, another one: is the cyan cube on the right side of the picture, or am I hallucinating?",
    "verify(u(f(sel(cube), color=cyan)), hposition, right)",
    lambda s: yes(picture_side(s, s.the(shape="cube", color="cyan")) == "right"),
)
C(
    "chain",
    40,
    "And what's in front of the cylinder that's left of the big gray cube? Its colour. Can't wait.",
    "q(u(rel(u(f(rel(u(f(sel(cube), size=large, color=gray)), left), shape=cylinder)), front)), color)",
    lambda s: s.a(
        only(related(s, "front", hop(s, s.the(shape="cube", size="large", color="gray"), "left", shape="cylinder"))),
        "color",
    ),
)

# --- the wedding planner
C(
    "number",
    40,
    "Darling, the palette! How many different colours are we working with?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "exist",
    40,
    "Is anything here metallic? I need to know for the centrepieces.",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "spatial",
    40,
    "How many pieces are sitting behind the little cyan cube, sweetie?",
    "count(rel(u(f(sel(cube), size=small, color=cyan)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="small", color="cyan"))),
)
C(
    "superlative",
    40,
    "The thing furthest back — what is it made of?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
C(
    "compare_attr",
    40,
    "Are the large pieces all the same shape? Symmetry matters!",
    "same(f(scene(), size=large), shape)",
    lambda s: alike(s, s.f(size="large"), "shape"),
)
X(40, "Will the bride love it? Be honest with me, I can take it.")

# scene 51: small brown metal sph (far right), large gray rubber sph (back), small yellow metal cube (far left, front)

# --- the sports commentator
C(
    "count",
    51,
    "And here we go — how many spheres have taken the field today?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "superlative",
    51,
    "Out on the far left flank, it's... what shape is that?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "verify",
    51,
    "The big gray sphere — is it rubber? What a season it's had!",
    "verify(u(f(sel(sphere), size=large, color=gray)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="gray"), "material") == "rubber"),
)
C(
    "superlative",
    51,
    "Leading from the front, it's the... what colour?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    51,
    "Is the brown sphere ahead of the gray one? Ahead meaning in front, folks.",
    "exist(f(rel(u(f(sel(sphere), color=gray)), front), color=brown, shape=sphere))",
    lambda s: is_rel(s, s.the(shape="sphere", color="brown"), "front", s.the(shape="sphere", color="gray")),
)
C(
    "compare_count",
    51,
    "Spheres against cubes: do the spheres outnumber them?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)

# --- the Glaswegian plasterer
C(
    "count",
    51,
    "How many o' they wee metal things are there?",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "attribute",
    51,
    "Whit colour's the big ball?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "compare_attr",
    51,
    "Is the wee cube the same colour as the brown ball? Aye or naw.",
    "same(u(sel(cube)), u(f(sel(sphere), color=brown)), color)",
    lambda s: same_value(s, s.the(shape="cube"), s.the(shape="sphere", color="brown"), "color"),
)
C(
    "superlative",
    51,
    "See that thing at the back, is it a ball or a cube?",
    "choose(ord(scene(), behind, 1), shape, [sphere, cube])",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    51,
    "How many things are tae the left o' the brown ball?",
    "count(rel(u(f(sel(sphere), color=brown)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="brown"))),
)
C(
    "compare_attr",
    51,
    "Both balls made o' the same stuff, aye?",
    "same(sel(sphere), material)",
    lambda s: alike(s, s.f(shape="sphere"), "material"),
)

# scene 58: small blue rubber sph (far right, back), large cyan metal cube (front), large purple metal cube (far left)

# --- the fan-fiction writer
C(
    "count",
    58,
    "In this chapter our hero is the lonely blue sphere, surrounded by cubes. How many cubes, though?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    58,
    "Is our hero made of rubber or metal? It matters for the plot.",
    "choose(u(f(sel(sphere), color=blue)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", color="blue"), "material"),
)
C(
    "superlative",
    58,
    "The cube closest to the reader — what colour is its armour?",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "color"),
)
C(
    "compare_attr",
    58,
    "Do the two cubes share the same size, like twin villains?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "chain",
    58,
    "Something lurks behind the cube that's behind the cyan cube. What shape is it? No spoilers beyond that.",
    "q(u(rel(u(f(rel(u(f(sel(cube), color=cyan)), behind), shape=cube)), behind)), shape)",
    lambda s: s.a(
        only(related(s, "behind", hop(s, s.the(shape="cube", color="cyan"), "behind", shape="cube"))), "shape"
    ),
)
X(58, "Do the two cubes secretly love each other? Asking for my readers.")

# --- the Australian surfer
C(
    "count",
    58,
    "G'day! How many things are made of metal, mate?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "spatial",
    58,
    "Reckon the little blue ball's on the right of the cyan box?",
    "exist(f(rel(u(f(sel(cube), color=cyan)), right), size=small, color=blue, shape=sphere))",
    lambda s: is_rel(s, s.the(shape="sphere", size="small", color="blue"), "right", s.the(shape="cube", color="cyan")),
)
C(
    "superlative",
    58,
    "What colour's the box furthest left?",
    "q(ord(sel(cube), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left"), "color"),
)
C(
    "count",
    58,
    "Heaps of big stuff here — how many big things all up?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "compare_size",
    58,
    "Any chance the ball's bigger than the purple box, or nah?",
    "larger(u(sel(sphere)), u(f(sel(cube), color=purple)))",
    lambda s: larger(s, s.the(shape="sphere"), s.the(shape="cube", color="purple")),
)
C(
    "quantifier",
    58,
    "So none of the boxes are rubber — have I got that right?",
    "not_(exist(f(sel(cube), material=rubber)))",
    lambda s: yes(not s.f(shape="cube", material="rubber")),
)
X(58, "Would the swell be pumping today where this was taken, ya reckon?")

# =================================================================================================================
# photo scenes
# =================================================================================================================
# street: man1 (left, black, red tie), woman1 (middle, green, holding the small brown dog, in front of the bus), man2
# (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the
# bus), tree behind the bus, road text 'NO PARKING'

# --- the London cabbie
P(
    "count",
    "street",
    "Blimey. How many blokes are stood about there, guv?",
    "count(sel(man))",
    lambda p: n(p.f("man")),
)
P(
    "text",
    "street",
    "What's it say on that bus? Can't read it from here.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "attribute",
    "street",
    "That motor down in the corner — what colour's that?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "spatial",
    "street",
    "The lady in green, she's got hold of a dog, ain't she?",
    "exist(rel(u(f(sel(woman), color=green)), holding, role=object, name=dog))",
    lambda p: yes(bool(named(p, p.objects_of(p.the("woman", color="green"), "holding"), "dog"))),
)
P(
    "spatial",
    "street",
    "Anything stood behind the bus? What is it?",
    "q(u(rel(u(sel(bus)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("bus")))),
)
X("street", "What's the fare from here to Heathrow this time of day, roughly?")

# --- the retired traffic warden
P(
    "text",
    "street",
    "What's painted on the road there? I'd have ticketed that car in a heartbeat.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "position",
    "street",
    "Is the car on the left-hand side of the picture or the right?",
    "choose(u(sel(car)), hposition, [left, right])",
    lambda p: p.value(p.the("car"), "hposition"),
)
P(
    "count",
    "street",
    "How many vehicles have we got in total, bus and cars and whatnot?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "text",
    "street",
    "The sign up in the top right: what's written on it?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "compare_attr",
    "street",
    "Is the car the same colour as the bus? I'd say not.",
    "same(u(sel(car)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("car"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "spatial",
    "street",
    "The car's parked to the left of the bus, correct?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)

# --- the nervous tourist from Ohio
P(
    "verify",
    "street",
    "Is the sign red? Back home they're red too, so I'm hoping so.",
    "verify(u(sel(sign)), color, red)",
    lambda p: yes(p.value(p.the("sign"), "color") == "red"),
)
P(
    "verify",
    "street",
    "There's a dog. Is it a big one? I'm a little scared of dogs.",
    "verify(u(sel(dog)), size, large)",
    lambda p: yes(p.value(p.the("dog"), "size") == "large"),
)
P(
    "spatial",
    "street",
    "Who's holding the dog? Just so I know who to ask.",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "count",
    "street",
    "How many people are standing around in total? I don't love crowds.",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "quantifier",
    "street",
    "Are both of the men wearing ties? Everyone looks so dressed up.",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(any(p.name(t) == "tie" for t in p.objects_of(m, "wearing")) for m in p.f("man"))),
)
X("street", "Is this neighborhood safe to walk around at night? Be honest.")

# --- the bus enthusiast
P(
    "attribute",
    "street",
    "First things first, what colour is the bus? Livery matters.",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P(
    "where",
    "street",
    "Is the woman in green standing in front of the bus or behind it?",
    "choose_rel(u(f(sel(woman), color=green)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman", color="green"), p.the("bus"), ("front", "behind")),
)
P(
    "chain",
    "street",
    "What colour tie is the fella on the right wearing? Nice bit of contrast with the bus.",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="right")), "color"),
)
P(
    "count",
    "street",
    "Not counting the bus itself, how many red things are there in the shot?",
    "count(diff(f(scene(), color=red), sel(bus)))",
    lambda p: n([o for o in p.f(color="red") if p.name(o) != "bus"]),
)
P(
    "spatial",
    "street",
    "Is the man in black to the left of the bus?",
    "exist(f(rel(u(sel(bus)), left, name=man), color=black))",
    lambda p: yes(any(p.value(m, "color") == "black" for m in named(p, p.subjects("left", p.the("bus")), "man"))),
)
P(
    "superlative",
    "street",
    "The one who's furthest right — man or woman?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden brown table
# with a silver metal fork near the plate; white clock '12:30' above the table; woman in yellow right of the table

# --- the line chef
P(
    "count",
    "kitchen",
    "Yes chef — how many cups on the pass? On the table, I mean.",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "attribute",
    "kitchen",
    "Fork. What's it made of? Quick.",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "spatial",
    "kitchen",
    "Is the plate near the fork, or am I losing it?",
    "vrel(u(sel(fork)), near, name=plate)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("fork")), "plate"))),
)
P(
    "text",
    "kitchen",
    "Bottle — what's on the label?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "superlative",
    "kitchen",
    "Behind! ...Sorry. Which cup's furthest left? Colour?",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
P(
    "two_clause",
    "kitchen",
    "Plate white, fork silver? Both, yes or no.",
    "and_(verify(u(sel(plate)), color, white), verify(u(sel(fork)), color, silver))",
    lambda p: yes(p.value(p.the("plate"), "color") == "white" and p.value(p.the("fork"), "color") == "silver"),
)
X("kitchen", "Who's on dish duty tonight? Not me, I hope.")

# --- the cleaning influencer
P(
    "count",
    "kitchen",
    "Okay besties, how many things are sitting on the table right now? Be honest, it's cluttered.",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "attribute",
    "kitchen",
    "What's that table made of? Wood needs a different spray.",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "negation",
    "kitchen",
    "How many of the cups are NOT white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "verify",
    "kitchen",
    "Is the clock white? It's giving minimalist.",
    "verify(u(sel(clock)), color, white)",
    lambda p: yes(p.value(p.the("clock"), "color") == "white"),
)
P(
    "compare_attr",
    "kitchen",
    "Do the plate and the right-hand cup match, colour-wise?",
    "same(u(sel(plate)), u(f(sel(cup), hposition=right)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("cup", hposition="right"), "color")),
)
X("kitchen", "What brand of dish soap does she use? Drop it in the comments.")

# --- the home-care worker
P(
    "text",
    "kitchen",
    "Can you tell me what time the clock says? I need it for my notes.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "exist",
    "kitchen",
    "Is there a knife anywhere? I always check for sharp things.",
    "exist(sel(knife))",
    lambda p: yes(bool(p.f("knife"))),
)
P(
    "chain",
    "kitchen",
    "What colour is the cup to the left of the plate? That's the one she likes.",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
P(
    "spatial",
    "kitchen",
    "The lady, is she standing on the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "attribute",
    "kitchen",
    "And what is she wearing, colour-wise?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "quantifier",
    "kitchen",
    "Are all the cups up on the table, not on the floor?",
    "not_(exist(diff(sel(cup), rel(u(sel(table)), on))))",
    lambda p: yes(all(p.has(c, "on", p.the("table")) for c in p.f("cup"))),
)
X("kitchen", "Has she taken her tablets today, do you know?")

# --- the Gen-Z barista
P("count", "kitchen", "ok lowkey how many cups total", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "verify",
    "kitchen",
    "the cup in the middle is blue right?? bestie confirm",
    "verify(u(f(sel(cup), hposition=middle)), color, blue)",
    lambda p: yes(p.value(p.the("cup", hposition="middle"), "color") == "blue"),
)
P(
    "chain",
    "kitchen",
    "whats on the right of the bottle. the cup i mean. what colour",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "exist",
    "kitchen",
    "no bc is there a green cup or am i tripping",
    "exist(f(sel(cup), color=green))",
    lambda p: yes(bool(p.f("cup", color="green"))),
)
P(
    "number",
    "kitchen",
    "how many diff colours are the cups",
    "nvalues(sel(cup), color)",
    lambda p: str(len({p.value(o, "color") for o in p.f("cup")})),
)
P(
    "superlative",
    "kitchen",
    "wait which is more to the left, the bottle or the blue cup",
    "q(ord(union(sel(bottle), f(sel(cup), color=blue)), left, 1), name)",
    lambda p: p.name(side_of(p, [p.the("bottle"), p.the("cup", color="blue")], "left")),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow
# frisbee, top), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green
# wooden bench left of the bike, two trees

# --- the dog walker
P("count", "park", "How many pups are out today?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "spatial",
    "park",
    "Somebody's holding the black one. Who?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "chain",
    "park",
    "What colour's the other dog, the one near the little girl?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "exist",
    "park",
    "Is either of the dogs brown?",
    "exist(f(sel(dog), color=brown))",
    lambda p: yes(bool(p.f("dog", color="brown"))),
)
P(
    "compare_count",
    "park",
    "Are there as many dogs as there are kids?",
    "eq(count(sel(dog)), count(sel(child)))",
    lambda p: yes(len(p.f("dog")) == len(children(p))),
)
P(
    "two_clause",
    "park",
    "Any cat or squirrel about? Mine go mad for them.",
    "or_(exist(sel(cat)), exist(sel(squirrel)))",
    lambda p: yes(bool(p.f("cat")) or bool(p.f("squirrel"))),
)
X("park", "Which of those two dogs is the happier one, do you think?")

# --- the bird-watcher
P(
    "position",
    "park",
    "Not a single bird, how disappointing. Is the frisbee up at the top of the picture or down at the bottom?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "spatial",
    "park",
    "A yellow flash — no, that's the frisbee. Who threw it?",
    "q(u(rel(u(sel(frisbee)), throwing)), name)",
    lambda p: p.name(only(p.subjects("throwing", p.the("frisbee")))),
)
P("count", "park", "How many trees are there to perch in?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "spatial",
    "park",
    "Is there a tree behind the girl in pink?",
    "vrel(u(f(sel(girl), color=pink)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("girl", color="pink")), "tree"))),
)
P("exist", "park", "Are there any birds at all? Even one?", "exist(sel(bird))", lambda p: yes(bool(p.f("bird"))))
X("park", "What species would be nesting in those trees this time of year?")

# --- the park ranger
P(
    "attribute",
    "park",
    "Bench check: what's it made of?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "attribute",
    "park",
    "What colour is the bench now? We repainted them all last spring.",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "spatial",
    "park",
    "Who's that hanging about near the bench?",
    "q(u(rel(u(sel(bench)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bench")))),
)
P(
    "spatial",
    "park",
    "The woman in white — what's she standing next to?",
    "q(u(rel(u(f(sel(woman), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("woman", color="white")))),
)
P(
    "negation",
    "park",
    "How many people in the park aren't wearing red?",
    "count(fn(sel(person), color=red))",
    lambda p: n([o for o in people(p) if p.value(o, "color") != "red"]),
)
P(
    "verify",
    "park",
    "The bike's over on the right-hand side of the picture, isn't it?",
    "verify(u(sel(bicycle)), hposition, right)",
    lambda p: yes(p.value(p.the("bicycle"), "hposition") == "right"),
)
P(
    "where",
    "park",
    "Is the bench to the left of the bike or to the right of it? I've a bin to put in.",
    "choose_rel(u(sel(bench)), [left, right], role=object, name=bicycle)",
    lambda p: photo_side(p, p.the("bench"), p.the("bicycle"), ("left", "right")),
)

# --- the jogger out of breath
P("count", "park", "Quick — kids — how many?", "count(sel(child))", lambda p: n(children(p)))
P("attribute", "park", "Boy. Shirt colour?", "q(u(sel(boy)), color)", lambda p: p.value(p.the("boy"), "color"))
P(
    "superlative",
    "park",
    "Person furthest left... who?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "superlative",
    "park",
    "Second from the right — man, woman, kid?",
    "q(ord(sel(person), right, 2), name)",
    lambda p: p.name(side_of(p, people(p), "right", 2)),
)
P(
    "compare_count",
    "park",
    "More women than kids? Yes? No?",
    "gt(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) > len(children(p))),
)

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow
# rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle
# (middle)

# --- the graphic designer
P(
    "number",
    "shapes",
    "Palette check: how many distinct colours are in this drawing?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "superlative",
    "shapes",
    "What's the dominant colour? The one that shows up most.",
    "common_value(scene(), color)",
    lambda p: Counter(p.value(o, "color") for o in p.objects).most_common(1)[0][0],
)
P(
    "list",
    "shapes",
    "Give me every colour used, most frequent first.",
    "values(scene(), color)",
    lambda p: listed(p.value(o, "color") for o in p.objects),
)
P(
    "compare_attr",
    "shapes",
    "Is the hexagon the same blue as the square? Well, the same colour, anyway.",
    "same(u(sel(hexagon)), u(sel(square)), color)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == p.value(p.the("square"), "color")),
)
P(
    "position",
    "shapes",
    "Top-middle element: which shape is it?",
    "q(u(f(scene(), hposition=middle, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="top"), "shape"),
)
X("shapes", "Which font would pair best with this layout?")

# --- the kindergarten teacher
P(
    "count",
    "shapes",
    "Boys and girls, let's count the circles together! How many circles?",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "attribute",
    "shapes",
    "Who can find the star? What colour is the star, everyone?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "attribute",
    "shapes",
    "Is the triangle big or little, friends?",
    "choose(u(sel(triangle)), size, [large, small])",
    lambda p: p.value(p.the("triangle"), "size"),
)
P(
    "exist",
    "shapes",
    "Let's see... are there any purple shapes? Hands up if you see one!",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "position",
    "shapes",
    "What shape is right in the very middle of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "count",
    "shapes",
    "Great job! Now, how many shapes are blue?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)

# --- the maths teacher
P(
    "negation",
    "shapes",
    "Consider the figures other than the circles. How many are there?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "compare_count",
    "shapes",
    "Are there more small shapes than large ones? Just yes or no, no working needed.",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "compare_size",
    "shapes",
    "Which is larger, the star or the triangle?",
    "q(u(f(union(sel(star), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("star"), p.the("triangle")),
)
P(
    "count",
    "shapes",
    "Counting the square as a rectangle, as one should, how many rectangles are there?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share the size of the hexagon?",
    "count(same_attr(u(sel(hexagon)), size))",
    lambda p: n(
        [o for o in p.objects if o != p.the("hexagon") and p.value(o, "size") == p.value(p.the("hexagon"), "size")]
    ),
)
X("shapes", "What mark would you give the pupil who drew this?")

# --- the tattoo artist
P(
    "position",
    "shapes",
    "Client wants the red one from the top row. What shape is that?",
    "q(u(f(scene(), color=red, vposition=top)), shape)",
    lambda p: p.value(p.the(color="red", vposition="top"), "shape"),
)
P(
    "verify",
    "shapes",
    "And the little red one down at the bottom, that's a star, yeah?",
    "verify(u(f(scene(), color=red, vposition=bottom)), shape, star)",
    lambda p: yes(p.value(p.the(color="red", vposition="bottom"), "shape") == "star"),
)
P(
    "count",
    "shapes",
    "How many red pieces in total? For the ink order.",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "superlative",
    "shapes",
    "What's the leftmost shape on the bottom row?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Is the big circle bigger than the hexagon? Sizing matters for the stencil.",
    "larger(u(f(sel(circle), size=large)), u(sel(hexagon)))",
    lambda p: drawn_larger(p, p.the("circle", size="large"), p.the("hexagon")),
)
X("shapes", "Will it hurt much if I put this on my ribs?")

# --- the flag enthusiast
P(
    "superlative",
    "shapes",
    "Reading the top row like a flag, left to right: what colour is the second shape?",
    "q(ord(f(scene(), vposition=top), left, 2), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "color"),
)
P(
    "exist",
    "shapes",
    "Is there any white in it at all? Flags love white.",
    "exist(f(scene(), color=white))",
    lambda p: yes(bool(p.f(color="white"))),
)
P(
    "two_clause",
    "shapes",
    "Is the green triangle in the top right corner?",
    "and_(verify(u(f(sel(triangle), color=green)), hposition, right), verify(u(f(sel(triangle), color=green)), vposition, top))",
    lambda p: yes(
        p.value(p.the("triangle", color="green"), "hposition") == "right"
        and p.value(p.the("triangle", color="green"), "vposition") == "top"
    ),
)
P(
    "count",
    "shapes",
    "How many shapes are either yellow or green?",
    "count(union(f(scene(), color=yellow), f(scene(), color=green)))",
    lambda p: n([o for o in p.objects if p.value(o, "color") in {"yellow", "green"}]),
)
P(
    "quantifier",
    "shapes",
    "Is it true that neither circle is green?",
    "not_(exist(f(sel(circle), color=green)))",
    lambda p: yes(not p.f("circle", color="green")),
)
X("shapes", "Which country would fly a flag like this one?")

# --- the colour-blind man
P(
    "attribute",
    "shapes",
    "I'm colour-blind, so bear with me: what colour is the big rectangle?",
    "q(u(f(sel(rectangle), size=large)), color)",
    lambda p: p.value(only([o for o in rectangles(p) if p.value(o, "size") == "large"]), "color"),
)
P(
    "attribute",
    "shapes",
    "I can't tell red from green. Is the triangle red or green?",
    "choose(u(sel(triangle)), color, [red, green])",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "attribute",
    "shapes",
    "And the star, red or green?",
    "choose(u(sel(star)), color, [red, green])",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "list",
    "shapes",
    "Which shapes are red? List them for me.",
    "values(f(scene(), color=red), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="red")),
)
P(
    "quantifier",
    "shapes",
    "Are all of the small shapes blue? Blue I can see fine, I'm just checking.",
    "not_(exist(fn(f(scene(), size=small), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f(size="small"))),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
