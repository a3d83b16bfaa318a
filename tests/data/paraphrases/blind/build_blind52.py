# ruff: noqa: E501
"""Blind paraphrase set 52: a third fresh crowd. About forty new ordinary people, each imagined once and kept in
character for five to seven questions about one picture, in their own words and with their own habits of speech;
nobody talks like a dataset template, and nobody from the casts of the forty-eighth and fifty-first sets comes back.
The cast and their quirks: a German tourist translating word for word ("how many balls give it", "stands it", "out of
metal", "which colour has"), a French speaker ("how many of balls there are", "the cube of colour red", "it is in
metal", "there is more of"), a Japanese learner with very polite forms ("I am sorry to trouble you", "may I humbly
ask", "please kindly"), a Spanish speaker ("how many cylinders there are", "is of metal", "at the right of"), a
Hindi-English code-switcher ("yaar", "kitne", "bata do", "waale", "sabse peeche"), a sailor ("to port", "to
starboard", "moored behind", "all told"), a gardener (beds, borders and weeds), a plumber (pipes, fittings, washers), a
dentist ("open wide", molars, shades, "rinse"), a club DJ ("drop the count", "spin it back", "remix"), a priest ("my
child", "the least of these", "the flock"), a 1940s radio announcer ("ladies and gentlemen", "folks at home", "tonight's
line-up"), a science-fiction fan ("scan the sector", "contacts", "composition", "on sensors"), a pirate-talk enthusiast
("be there", "o'", "ye scallywag", "lurkin'"), a knitting grandpa ("love", spools, "knit one, purl one"), a Twitch
streamer ("chat", "true or cap", "pog", "poll is open"), an elderly man with a hearing aid who says everything twice, an
auctioneer ("lot forty-four", "do I hear", "going once"), a surgeon ("scalpel", "clamp", "suction", "confirm"), a court
stenographer ("for the record", "Q.", "let the record show"), a soldier on the radio ("Alpha to base", "over", "say
again"), a statistician ("the cardinality of", "modal", "conditional on", "distinct values"), a cowboy ("partner",
"yonder", "critter", "head"), someone with dyslexia (swapped letters: "mnay", "tehre", "rde", "bheind"), a Shakespeare
actor ("hark", "doth", "yon", "hound"), a speed typist who leaves no space after a comma, a very formal diplomat ("might
I enquire", "I should be most obliged"), a conspiracy theorist ("wake up", "coincidence?"), a voice assistant that
mishears a word a person would still read ("cubs" for cups, "sway" for say, "plait" for plate), an exhausted student at
three in the morning, a motivational coach (capitals, "you've GOT this"), a hip-hop fan ("no cap", "drip", "for real"), a
valley girl ("like", "literally", "totally"), a toddler's dad in baby talk ("doggies", "bikey", "frisbee-wisbee"), a
gossip ("do tell", "spill", "between us"), a midwife ("love", "little ones", "dear"), someone sending several short
messages at once (joined by newlines or " / "), a programmer ("len(circles)?", "filter by blue"), a fashion designer
("darling", palette, proportions), an astrologer (Mars, Venus, houses), an origami teacher ("fold along", "crease"), a
tattoo artist ("inked", "planning the ink") and a florist (bouquets and posies).

The questions cover counts (with conditions, negation, "without", "not counting", "apart from", "NOT", "conditional
on"), existence, an attribute of one thing, comparisons of counts and of attributes, relations (left, right, in front,
behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing, throwing, above, behind,
left, right, in front), one- and two-hop chains ("take whatever's moored behind the little cyan ball, then the cube to
starboard of that"), superlatives and ordinals ("furthest to port", "second object from the front", "shapes sorted by
x, index 0"), other objects sharing a value ("how many other contacts share the red sphere's material"), yes/no with
two conditions ("and", "or"), quantifiers ("all", "every last one", "both"), the text on the photos' sign, bus, road,
bottle and clock, sides of the picture ("left or right side of the screen", "up high or down low"), a list of values,
the number of different colours, the modal value, and which of two things is bigger ("which is the greater, the bus or
the hound").

About 55% ask about CLEVR val scenes (one person to one scene), 30% about the photo-like graphs (street, kitchen,
park) and 15% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the
person's other questions (prices and bids, names and owners, feelings and virtues, plans and intentions, what happens
next, why, places and people outside the picture).

Conventions. "The X" is only used where exactly one X matches, counting a square as a rectangle; places and orders are
only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25 scene units)
of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of an object
whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawings neighbours in an order
are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations and attributes leave
open (a cup "right of the plate" is not asked, as two cups stand there to the eye though the graph states one). A
which-side question is answered with the side; a "which is bigger" between two things is asked only where their size
classes differ, and as a which-question it is answered with the bigger one's name (its shape on CLEVR, so the two must
differ in shape). Answers are the graph's words (gray, not grey; sphere, not ball; bicycle, not bike; "circle, star"
for a list, most frequent first, ties alphabetical). Every gold program and answer comes from the scene by plain Python.

Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other set but the
forty-ninth and fifty-first (read for the format only), and never run through nsvr's parser or planner before the
set was final.

Run ``python build_blind52.py`` to write ``../blind52.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind52.jsonl"
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


def more_of(values) -> str:
    """The most common value; NotUnique when the two commonest tie."""
    ranked = Counter(values).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        raise NotUnique("tie")
    return ranked[0][0]


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


def bigger(s: Clevr, a: int, b: int) -> str:
    """The shape of the bigger of two objects of different size classes and different shapes."""
    if s.a(a, "size") == s.a(b, "size") or s.a(a, "shape") == s.a(b, "shape"):
        raise NotUnique("same size class or same shape")
    return s.a(a if s.a(a, "size") == "large" else b, "shape")


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
# CLEVR scenes, one person each
# =================================================================================================================

# --- the German tourist, scene 4: small red rubber cyl (back), small green rubber cyl (far left), small brown rubber sph (front), small yellow metal sph (far right), small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph
C(
    "count",
    4,
    "Good day! How many balls give it on this picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "position",
    4,
    "The green cylinder — stands it on the left side of the picture or on the right side?",
    "choose(u(f(sel(cylinder), color=green)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="green")),
)
C(
    "count",
    4,
    "How many yellow things has it, without the cylinder? The yellow cylinder I count not.",
    "count(diff(f(scene(), color=yellow), u(f(sel(cylinder), color=yellow))))",
    lambda s: n([i for i in s.f(color="yellow") if i != s.the(shape="cylinder", color="yellow")]),
)
C(
    "superlative",
    4,
    "Which form has the thing that stands most far behind? Cube, ball or cylinder?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "chain",
    4,
    "Which colour has the ball that stands in front of the big blue ball?",
    "q(u(f(rel(u(f(sel(sphere), size=large, color=blue)), front), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="large", color="blue"), "front", shape="sphere"), "color"),
)
X(4, "What costs such a blue ball here in the shop? In euro, please.")

# --- the French speaker, scene 6: small purple rubber sph, large red rubber cyl (back), small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph (front), large gray rubber sph
C("count", 6, "Hello, how many of balls there are?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    6,
    "The cube of colour red, it is in metal or in rubber?",
    "choose(u(f(sel(cube), color=red)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", color="red"), "material"),
)
C(
    "compare_count",
    6,
    "There is more of things red than of things purple, no?",
    "gt(count(f(scene(), color=red)), count(f(scene(), color=purple)))",
    lambda s: yes(len(s.f(color="red")) > len(s.f(color="purple"))),
)
C(
    "compare_attr",
    6,
    "The two cylinders, they are made of the same matter?",
    "same(sel(cylinder), material)",
    lambda s: alike(s, s.f(shape="cylinder"), "material"),
)
C(
    "superlative",
    6,
    "What is the colour of the object the most at the back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    6,
    "How many objects there are at the right of the little brown ball?",
    "count(rel(u(f(sel(sphere), size=small, color=brown)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", size="small", color="brown"))),
)

# --- the Japanese learner, scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl (right), small cyan metal cube (far left), small brown rubber cube (back), large purple metal sph, small yellow rubber cyl (front), small yellow metal cube
C(
    "count",
    8,
    "Excuse me, I am very sorry to trouble you. How many cubes are there, please?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    8,
    "If it is not too much trouble, may I humbly ask what material the large sphere is made of?",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "compare_attr",
    8,
    "Excuse me once more. Are the two yellow objects made of the same material, please?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "spatial",
    8,
    "Thank you very much. How many objects are in front of the purple sphere, if I may ask?",
    "count(rel(u(f(sel(sphere), color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="purple"))),
)
C(
    "superlative",
    8,
    "I am sorry for so many questions. What shape is the second object from the front, please?",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
X(8, "Please forgive me, but may I know the name of the person who made these objects?")

# --- the Spanish speaker, scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl (front), large gray metal cyl, small gray rubber cube (back), large red rubber sph
C(
    "count",
    10,
    "Hola! How many cylinders there are in the photo?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    10,
    "The sphere of color purple, is of metal or of rubber?",
    "choose(u(f(sel(sphere), color=purple)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", color="purple"), "material"),
)
C(
    "compare_attr",
    10,
    "The two things of color gray, they have the same size?",
    "same(f(scene(), color=gray), size)",
    lambda s: alike(s, s.f(color="gray"), "size"),
)
C(
    "chain",
    10,
    "Which color has the sphere that is at the right of the purple sphere?",
    "q(u(f(rel(u(f(sel(sphere), color=purple)), right), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="purple"), "right", shape="sphere"), "color"),
)
C(
    "compare_count",
    10,
    "There are more cylinders than spheres, or no?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
X(10, "How is called the person who took this photo?")

# --- the Hindi-English code-switcher, scene 15: large green rubber cyl (left), large brown metal cyl, small purple metal cyl, large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (right)
C(
    "count",
    15,
    "Yaar, kitne cylinders hain is picture mein? Just the count bata do.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    15,
    "Dono green waale objects — same material ke hain kya?",
    "same(f(scene(), color=green), material)",
    lambda s: alike(s, s.f(color="green"), "material"),
)
C(
    "attribute",
    15,
    "Arre, the cube — uska colour kya hai?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "superlative",
    15,
    "Sabse peeche wala object, matlab the one furthest back — kaunsa shape hai?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    15,
    "Red ball ke left mein kitni cheezein hain, bhai?",
    "count(rel(u(f(sel(sphere), color=red)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="red"))),
)
C(
    "quantifier",
    15,
    "Kya saare spheres metal ke bane hain? All of them?",
    "not_(exist(fn(sel(sphere), material=metal)))",
    lambda s: every(s, s.f(shape="sphere"), material="metal"),
)

# --- the sailor, scene 37: large gray rubber cyl, small brown rubber cube (front), large purple metal cube, small red rubber sph (right), small red rubber cube, small gray metal cyl (back), small cyan rubber sph, large blue metal cyl (far left)
C("count", 37, "Ahoy there! How many objects on deck, all told?", "count(scene())", lambda s: n(s.all()))
C(
    "superlative",
    37,
    "What's lying furthest to port — that's the left, for you landlubbers — and what colour is she?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "spatial",
    37,
    "Is there a cube lying to port of the big grey cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=gray)), left), shape=cube))",
    lambda s: yes(
        bool(among(s, related(s, "left", s.the(shape="cylinder", size="large", color="gray")), shape="cube"))
    ),
)
C(
    "compare_attr",
    37,
    "Two grey cylinders aboard. Same size, or is one of them the dinghy?",
    "same(f(sel(cylinder), color=gray), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="gray"), "size"),
)
C(
    "chain",
    37,
    "Take whatever's moored behind the little cyan ball, then the cube to starboard of that. What colour's the cube?",
    "q(u(f(rel(u(rel(u(f(sel(sphere), color=cyan)), behind)), right), shape=cube)), color)",
    lambda s: s.a(hop(s, hop(s, s.the(shape="sphere", color="cyan"), "behind"), "right", shape="cube"), "color"),
)
X(37, "What port did this lot sail out of, and when's the next tide?")

# --- the gardener, scene 50: large purple rubber sph (front), large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube (left), large green rubber sph (back), small green rubber cyl
C(
    "count",
    50,
    "How many green things have I got coming up in this bed?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "quantifier",
    50,
    "Is every last one of them made of rubber? I'll not have metal in my borders.",
    "not_(exist(fn(scene(), material=rubber)))",
    lambda s: every(s, s.all(), material="rubber"),
)
C(
    "compare_size",
    50,
    "Which is bigger, the big green cube or the little green cylinder? I'm planning the edging.",
    "compare(u(f(sel(cube), size=large, color=green)), u(f(sel(cylinder), size=small, color=green)), bigger)",
    lambda s: bigger(
        s, s.the(shape="cube", size="large", color="green"), s.the(shape="cylinder", size="small", color="green")
    ),
)
C(
    "count",
    50,
    "How many spheres are there, not counting the green one?",
    "count(diff(sel(sphere), u(f(sel(sphere), color=green))))",
    lambda s: n([i for i in s.f(shape="sphere") if i != s.the(shape="sphere", color="green")]),
)
C(
    "superlative",
    50,
    "What colour's the ball right at the front, nearest the path?",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "spatial",
    50,
    "How many things are planted to the right of the small cyan sphere?",
    "count(rel(u(f(sel(sphere), size=small, color=cyan)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", size="small", color="cyan"))),
)

# --- the plumber, scene 33: small cyan rubber cube (right), small gray metal sph, small blue rubber cyl, large cyan metal cyl (back), large green metal cube, large red metal sph (front)
C(
    "count",
    33,
    "Right, how many pipes have we got — cylinders, like?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "verify",
    33,
    "That big cyan pipe, is it metal? Looks like copper from here.",
    "verify(u(f(sel(cylinder), size=large, color=cyan)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large", color="cyan"), "material") == "metal"),
)
C(
    "position",
    33,
    "The little cyan block, is it over on the right of the picture or the left?",
    "choose(u(f(sel(cube), size=small, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="small", color="cyan")),
)
C(
    "chain",
    33,
    "What colour's the cylinder sat in front of the big cyan one?",
    "q(u(f(rel(u(f(sel(cylinder), size=large, color=cyan)), front), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", size="large", color="cyan"), "front", shape="cylinder"), "color"),
)
C(
    "compare_attr",
    33,
    "Are the two cyan things the same size, or have they sent me the wrong fitting again?",
    "same(f(scene(), color=cyan), size)",
    lambda s: alike(s, s.f(color="cyan"), "size"),
)

# --- the dentist, scene 48: large yellow rubber sph, large red metal cube, large green metal sph (left), large gray metal sph (right), large green metal sph, small yellow metal cube (front), small blue metal cyl (back)
C(
    "count",
    48,
    "Open wide... how many spheres have we got in there? I'll count them like molars.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "negation",
    48,
    "How many of them aren't metal? Those are the ones that worry me.",
    "count(fn(scene(), material=metal))",
    lambda s: n(but(s, s.all(), material="metal")),
)
C(
    "quantifier",
    48,
    "Both green spheres — are they both large?",
    "not_(exist(fn(f(sel(sphere), color=green), size=large)))",
    lambda s: every(s, s.f(shape="sphere", color="green"), size="large"),
)
C(
    "compare_size",
    48,
    "Rinse, please. Which is bigger, the yellow cube or the yellow ball?",
    "compare(u(f(sel(cube), color=yellow)), u(f(sel(sphere), color=yellow)), bigger)",
    lambda s: bigger(s, s.the(shape="cube", color="yellow"), s.the(shape="sphere", color="yellow")),
)
C(
    "number",
    48,
    "How many different colours can you see? I'm matching shades.",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
X(48, "How much would it cost to whiten the yellow ball?")

# --- the club DJ, scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph (right), small yellow rubber cube (front), small yellow rubber cyl (back), small brown metal cube (far left)
C(
    "count",
    20,
    "Yo yo yo! Drop the count — how many cylinders on the decks tonight?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    20,
    "Big shout-out to the cyan sphere! Is it large or small, fam?",
    "choose(u(f(sel(sphere), color=cyan)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="cyan"), "size"),
)
C(
    "superlative",
    20,
    "Spin it back: what colour's the thing furthest at the back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_attr",
    20,
    "The two yellow ones — same shape, or is it a remix?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: alike(s, s.f(color="yellow"), "shape"),
)
C(
    "position",
    20,
    "Left channel check: which side of the picture is the brown cube on?",
    "choose(u(f(sel(cube), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="brown")),
)
C(
    "spatial",
    20,
    "How many things are on the left of the purple cylinder? Bass drop!",
    "count(rel(u(f(sel(cylinder), color=purple)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="purple"))),
)

# --- the priest, scene 35: small purple metal sph (back), large green metal cube (left), large green rubber cube, large red metal sph (front), large gray metal cube
C(
    "count",
    35,
    "Bless you. Tell me, how many cubes are gathered here?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    35,
    "The two green cubes — are they made of the same material, as brothers might be?",
    "same(f(sel(cube), color=green), material)",
    lambda s: alike(s, s.f(shape="cube", color="green"), "material"),
)
C(
    "attribute",
    35,
    "And the least of these, the one small object: what colour is it, my child?",
    "q(u(f(scene(), size=small)), color)",
    lambda s: s.a(s.the(size="small"), "color"),
)
C(
    "spatial",
    35,
    "Is there a sphere standing behind the grey cube?",
    "exist(f(rel(u(f(sel(cube), color=gray)), behind), shape=sphere))",
    lambda s: yes(bool(among(s, related(s, "behind", s.the(shape="cube", color="gray")), shape="sphere"))),
)
C(
    "superlative",
    35,
    "Which one stands before all the others, nearest to us? What shape is it?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
X(35, "Which of them is the most virtuous, would you say?")

# --- the 1940s radio announcer, scene 3: small red metal sph, small purple metal cube (front), large red rubber cyl, large purple rubber cyl (back), small red metal cyl
C(
    "count",
    3,
    "Good evening, ladies and gentlemen! How many red objects have we got on the stage tonight?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "attribute",
    3,
    "And the little purple cube, folks at home: is it made of metal or of rubber?",
    "choose(u(f(sel(cube), size=small, color=purple)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", size="small", color="purple"), "material"),
)
C(
    "compare_count",
    3,
    "A question for our listeners: are there more cylinders than cubes out there?",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)
C(
    "spatial",
    3,
    "Tell us, how many objects are standing behind the red sphere?",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)
C(
    "superlative",
    3,
    "And what shape is standing furthest to the left this evening?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "two_clause",
    3,
    "Is there a purple sphere or a red cylinder in tonight's line-up?",
    "or_(exist(f(sel(sphere), color=purple)), exist(f(sel(cylinder), color=red)))",
    lambda s: yes(bool(s.f(shape="sphere", color="purple")) or bool(s.f(shape="cylinder", color="red"))),
)

# --- the science-fiction fan, scene 32: small gray rubber cube (left), large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (right)
C("count", 32, "Scan the sector. How many cubes on sensors?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "attribute",
    32,
    "Sensors show one large sphere. Report its composition.",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "negation",
    32,
    "How many grey contacts are not cubes?",
    "count(fn(f(scene(), color=gray), shape=cube))",
    lambda s: n(but(s, s.f(color="gray"), shape="cube")),
)
C(
    "spatial",
    32,
    "Is the red sphere to the left of the large yellow sphere, Lieutenant?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=yellow)), left), color=red, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "red"}, "left", {"shape": "sphere", "size": "large", "color": "yellow"}
    ),
)
C(
    "same_attr",
    32,
    "How many other contacts share the red sphere's material?",
    "count(same_attr(u(f(sel(sphere), color=red)), material))",
    lambda s: n(others(s, s.the(shape="sphere", color="red"), "material")),
)
X(32, "What alien species built these things, and are they hostile?")

# --- the pirate-talk enthusiast, scene 36: large purple metal sph (right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph, large brown rubber cyl
C(
    "count",
    36,
    "Arr, how many o' these be made o' metal, ye scallywag?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "attribute",
    36,
    "Be the brown barrel made o' rubber or metal?",
    "choose(u(f(sel(cylinder), color=brown)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cylinder", color="brown"), "material"),
)
C(
    "spatial",
    36,
    "How many spheres be lurkin' behind the yellow cube?",
    "count(f(rel(u(f(sel(cube), color=yellow)), behind), shape=sphere))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cube", color="yellow")), shape="sphere")),
)
C(
    "position",
    36,
    "Which side o' the picture be the purple sphere on — left or right, ye landlubber?",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
C(
    "compare_size",
    36,
    "Be the cyan ball bigger than the grey ball, matey?",
    "larger(u(f(sel(sphere), color=cyan)), u(f(sel(sphere), color=gray)))",
    lambda s: larger(s, s.the(shape="sphere", color="cyan"), s.the(shape="sphere", color="gray")),
)

# --- the knitting grandpa, scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl (front), small blue rubber cyl (right), small brown metal sph (left)
C(
    "count",
    1,
    "Now where did I put my needles... how many cubes are there, love?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    1,
    "The two blue spools — the cylinders — are they made of the same stuff?",
    "same(f(sel(cylinder), color=blue), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="blue"), "material"),
)
C(
    "attribute",
    1,
    "What's the little brown ball made of? It looks like a button to me.",
    "q(u(f(sel(sphere), size=small, color=brown)), material)",
    lambda s: s.a(s.the(shape="sphere", size="small", color="brown"), "material"),
)
C(
    "superlative",
    1,
    "What's sitting right at the very back, behind everything? The colour, please.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    1,
    "And how many things are in front of the big purple cube? Knit one, purl one...",
    "count(rel(u(f(sel(cube), size=large, color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="purple"))),
)

# --- the Twitch streamer, scene 53: large yellow metal cube (back), small yellow metal sph (front), large green metal sph, large purple rubber cube (right), large blue rubber cube, small gray rubber cube (far left)
C(
    "count",
    53,
    "chat asked how many cubes are on screen, let's gooo",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "verify",
    53,
    "ok chat says the green ball is metal, true or cap?",
    "verify(u(f(sel(sphere), color=green)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="green"), "material") == "metal"),
)
C(
    "compare_count",
    53,
    "are there more rubber things than metal things? poll is open",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "position",
    53,
    "which side of the screen is the grey cube on, left or right",
    "choose(u(f(sel(cube), color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="gray")),
)
C(
    "chain",
    53,
    "pog. what colour is the cube to the right of the blue cube",
    "q(u(f(rel(u(f(sel(cube), color=blue)), right), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="blue"), "right", shape="cube"), "color"),
)
X(53, "who's gonna hit the sub goal tonight chat")

# --- the elderly man with a hearing aid, scene 38: small green rubber sph, large gray rubber cyl (back), small red metal sph, small green metal sph (right), large gray metal cyl
C(
    "count",
    38,
    "Eh? How many balls? How many balls are there, I said?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    38,
    "The grey cylinders, the two of them — same size? Are they the same size?",
    "same(f(sel(cylinder), color=gray), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="gray"), "size"),
)
C(
    "spatial",
    38,
    "How many things are behind the red ball? Behind it, I mean. Behind.",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)
C(
    "quantifier",
    38,
    "Are all the spheres small? All of them small?",
    "not_(exist(fn(sel(sphere), size=small)))",
    lambda s: every(s, s.f(shape="sphere"), size="small"),
)
C(
    "superlative",
    38,
    "That one on the far right — what colour? The far right one, what colour is it?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
X(38, "What did the doctor say about my ears? What did he say?")

# --- the auctioneer, scene 44: large brown rubber sph (back), small brown metal sph (front), small purple rubber cube, large blue metal cube, small cyan metal cube (far left)
C(
    "count",
    44,
    "Lot forty-four, ladies and gentlemen! How many cubes in this lot?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "count",
    44,
    "Do I hear metal? How many metal pieces are on offer?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_attr",
    44,
    "The pair of brown spheres — are they the same size? Going once...",
    "same(f(sel(sphere), color=brown), size)",
    lambda s: alike(s, s.f(shape="sphere", color="brown"), "size"),
)
C(
    "chain",
    44,
    "The cube to the left of the big blue cube — what colour is it? Going twice...",
    "q(u(f(rel(u(f(sel(cube), size=large, color=blue)), left), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", size="large", color="blue"), "left", shape="cube"), "color"),
)
C(
    "chain",
    44,
    "And the sphere behind the cube that's to the right of the big blue cube: large or small? Sold!",
    "choose(u(f(rel(u(f(rel(u(f(sel(cube), size=large, color=blue)), right), shape=cube)), behind), shape=sphere)), size, [large, small])",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="large", color="blue"), "right", shape="cube"),
            "behind",
            shape="sphere",
        ),
        "size",
    ),
)
X(44, "What's the opening bid on the big blue cube? Do I hear fifty?")

# --- the surgeon, scene 56: small blue rubber cube (back), small yellow rubber sph (right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube, large green metal cyl
C("count", 56, "Scalpel. Count the cubes on the tray.", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "attribute",
    56,
    "Clamp. The one metal object — what colour is it?",
    "q(u(f(scene(), material=metal)), color)",
    lambda s: s.a(s.the(material="metal"), "color"),
)
C(
    "compare_size",
    56,
    "Is the large cyan cube bigger than the small cyan sphere? Quickly.",
    "larger(u(f(sel(cube), size=large, color=cyan)), u(f(sel(sphere), size=small, color=cyan)))",
    lambda s: larger(
        s, s.the(shape="cube", size="large", color="cyan"), s.the(shape="sphere", size="small", color="cyan")
    ),
)
C(
    "spatial",
    56,
    "Suction. How many objects lie to the left of the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="green"))),
)
C(
    "quantifier",
    56,
    "Are both cyan objects rubber? Confirm.",
    "not_(exist(fn(f(scene(), color=cyan), material=rubber)))",
    lambda s: every(s, s.f(color="cyan"), material="rubber"),
)
C(
    "superlative",
    56,
    "Second object from the right: what shape?",
    "q(ord(scene(), right, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "shape"),
)

# --- the court stenographer, scene 57: small brown metal cyl, large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (right), small yellow rubber sph (far left)
C(
    "count",
    57,
    "For the record: how many objects appear in the picture?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "compare_attr",
    57,
    "Let the record show two grey cubes. Are they the same size?",
    "same(f(sel(cube), color=gray), size)",
    lambda s: alike(s, s.f(shape="cube", color="gray"), "size"),
)
C(
    "attribute",
    57,
    "Q. The cylinder — what colour is it? For the transcript.",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "spatial",
    57,
    "Q. How many objects are to the right of the blue sphere? Please speak up for the record.",
    "count(rel(u(f(sel(sphere), color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="blue"))),
)
C(
    "position",
    57,
    "Q. Is the yellow sphere on the left side of the picture or the right side? Answer verbally.",
    "choose(u(f(sel(sphere), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="yellow")),
)
X(57, "Q. Who placed the blue sphere there, and at what time?")

# --- the soldier on the radio, scene 54: large green rubber cube (front), large brown metal cyl (back), large gray rubber cube, large gray rubber cube
C(
    "count",
    54,
    "Alpha to base, how many grey cubes in sight, over.",
    "count(f(sel(cube), color=gray))",
    lambda s: n(s.f(shape="cube", color="gray")),
)
C(
    "attribute",
    54,
    "Copy. Confirm material of the cylinder, over.",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "spatial",
    54,
    "Is the green cube in front of the brown cylinder? Over.",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), front), color=green, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "green"}, "front", {"shape": "cylinder", "color": "brown"}),
)
C(
    "spatial",
    54,
    "How many contacts left of the green cube, over.",
    "count(rel(u(f(sel(cube), color=green)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="green"))),
)
C(
    "quantifier",
    54,
    "Are all contacts large? Say again, all of them large? Over.",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)

# --- the statistician, scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl (back), large purple metal cube (front)
C(
    "count",
    52,
    "What is the cardinality of the set of cubes?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "list",
    52,
    "Enumerate the colour values observed among the cubes.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "superlative",
    52,
    "What is the modal shape in this sample?",
    "common_value(scene(), shape)",
    lambda s: more_of(s.a(i, "shape") for i in s.all()),
)
C(
    "number",
    52,
    "How many distinct colour values appear in the sample?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "compare_size",
    52,
    "Is the brown cube larger than the grey cylinder?",
    "larger(u(f(sel(cube), color=brown)), u(f(sel(cylinder), color=gray)))",
    lambda s: larger(s, s.the(shape="cube", color="brown"), s.the(shape="cylinder", color="gray")),
)
C(
    "count",
    52,
    "Conditional on being large, how many objects are metal?",
    "count(f(scene(), size=large, material=metal))",
    lambda s: n(s.f(size="large", material="metal")),
)

# --- the cowboy, scene 28: large red metal cyl (front), small red rubber cyl (right), large purple rubber cyl (back), small brown metal sph
C(
    "count",
    28,
    "Howdy, partner. How many barrels we got out yonder? Them cylinders.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "verify",
    28,
    "That little brown ball there, is it metal?",
    "verify(u(f(sel(sphere), size=small, color=brown)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small", color="brown"), "material") == "metal"),
)
C(
    "compare_attr",
    28,
    "Them two red barrels, are they the same size, or is one a runt?",
    "same(f(sel(cylinder), color=red), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="red"), "size"),
)
C(
    "superlative",
    28,
    "What's the critter furthest back in the herd? Its colour, I mean.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    28,
    "How many head are standin' to the right of the big red barrel?",
    "count(rel(u(f(sel(cylinder), size=large, color=red)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", size="large", color="red"))),
)

# --- the person with dyslexia, scene 29: large cyan metal sph (back), large cyan rubber cyl, large red metal cyl (far left, front), small brown rubber sph
C("count", 29, "How mnay spheres are tehre?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "verify",
    29,
    "Is the rde cylinder mteal?",
    "verify(u(f(sel(cylinder), color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="red"), "material") == "metal"),
)
C(
    "attribute",
    29,
    "Waht colour is the samll sphere?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "compare_attr",
    29,
    "Are the two cyan tihngs made of the same matreial?",
    "same(f(scene(), color=cyan), material)",
    lambda s: alike(s, s.f(color="cyan"), "material"),
)
C(
    "spatial",
    29,
    "How many tihngs are bheind the cyan cylidner?",
    "count(rel(u(f(sel(cylinder), color=cyan)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="cyan"))),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus, small brown dog, road text 'NO PARKING'

# --- the Shakespeare actor
P(
    "count",
    "street",
    "Hark! How many souls do tread upon this street?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "chain",
    "street",
    "Pray, what hue is the tie that yon man in black doth wear?",
    "q(u(rel(u(f(sel(man), color=black)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="black")), "color"),
)
P(
    "text",
    "street",
    "What words are writ upon the sign, good friend?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "where",
    "street",
    "Doth the lady stand before the bus, or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "compare_size",
    "street",
    "Which is the greater, the bus or the hound?",
    "compare(u(sel(bus)), u(sel(dog)), bigger)",
    lambda p: photo_bigger(p, p.the("bus"), p.the("dog")),
)
X("street", "Wherefore doth the woman in green look so sorrowful?")

# --- the speed typist (no space after a comma)
P("count", "street", "ok,quick one,how many men are in the pic?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "text",
    "street",
    "what does it say on the bus,exactly?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "attribute",
    "street",
    "the car,what colour is it?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "position",
    "street",
    "stop sign,left or right side of the picture?",
    "choose(u(sel(sign)), hposition, [left, right])",
    lambda p: p.value(p.the("sign"), "hposition"),
)
P(
    "quantifier",
    "street",
    "both men wearing ties,yes or no?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "spatial",
    "street",
    "is there a tree behind the bus,or not?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)

# --- the very formal diplomat
P(
    "count",
    "street",
    "With the utmost respect, might I enquire as to the number of vehicles present in the image?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "text",
    "street",
    "I should be most obliged to learn the inscription painted upon the road surface.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "chain",
    "street",
    "Would it be indiscreet to ask the colour of the tie worn by the gentleman on the right?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="right")), "color"),
)
P(
    "spatial",
    "street",
    "May I respectfully ask how many persons stand to the right of the lady?",
    "count(rel(u(sel(woman)), right, name=person))",
    lambda p: n([o for o in p.subjects("right", p.the("woman")) if o in people(p)]),
)
P(
    "list",
    "street",
    "Kindly enumerate the colours of the neckties, if you would be so good.",
    "values(sel(tie), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("tie")),
)
X("street", "Which delegation does the gentleman in black represent, may I ask?")

# --- the conspiracy theorist
P(
    "chain",
    "street",
    "Wake up. Who is holding the dog, really? Who?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "where",
    "street",
    "That car's parked left of the bus. Or is it? Left or right, tell me straight.",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P(
    "exist",
    "street",
    "Is there a bicycle hidden somewhere on this street? Look closely.",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "compare_attr",
    "street",
    "The tie on the man in black and the bus. Same colour? Coincidence?",
    "same(u(rel(u(f(sel(man), color=black)), wearing, role=object)), u(sel(bus)), color)",
    lambda p: yes(p.value(worn_by(p, p.the("man", color="black")), "color") == p.value(p.the("bus"), "color")),
)
P(
    "number",
    "street",
    "How many different colours are the vehicles painted? It's a code, I'm telling you.",
    "nvalues(sel(vehicle), color)",
    lambda p: str(len({p.value(o, "color") for o in p.f(("bus", "car"))})),
)
X("street", "Who's really driving that bus, and who do they work for?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- the voice assistant that mishears
P(
    "count",
    "kitchen",
    "how many cubs are on the table",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "text",
    "kitchen",
    "what time does the clock sway",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "is the fork made of metal or would",
    "choose(u(sel(fork)), material, [metal, wood])",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "spatial",
    "kitchen",
    "what's near the plait",
    "q(u(rel(u(sel(plate)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("plate")))),
)
P(
    "superlative",
    "kitchen",
    "which cup is the furthest right one what colour is it",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
X("kitchen", "how much did the table cost")

# --- the exhausted student at 3am
P(
    "count",
    "kitchen",
    "ok its 3am and i need this for my assignment. how many white things are in the kitchen pic",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "text",
    "kitchen",
    "whats the bottle label say. my eyes r closing",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "attribute",
    "kitchen",
    "table. what's it made of. pls",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "where",
    "kitchen",
    "is the clock above the table or below it i cant tell anymore",
    "choose_rel(u(sel(clock)), [above, below], role=object, name=table)",
    lambda p: photo_side(p, p.the("clock"), p.the("table"), ("above", "below")),
)
P(
    "compare_count",
    "kitchen",
    "are there more cups than plates or am i hallucinating",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
X("kitchen", "will i pass this module if i go to sleep now")

# --- the motivational coach
P(
    "count",
    "kitchen",
    "You've GOT this! Now, how many things are sitting on that table? Count them with confidence!",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "attribute",
    "kitchen",
    "Champions notice the details! What colour is the woman wearing?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "where",
    "kitchen",
    "Believe in yourself! Is the woman to the left of the table or to the right of it?",
    "choose_rel(u(sel(woman)), [left, right], role=object, name=table)",
    lambda p: photo_side(p, p.the("woman"), p.the("table"), ("left", "right")),
)
P(
    "negation",
    "kitchen",
    "No limits! How many cups are NOT red?",
    "count(fn(sel(cup), color=red))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "red"]),
)
P(
    "two_clause",
    "kitchen",
    "Two goals at once: is the bottle green and is the fork metal? Crush it!",
    "and_(verify(u(sel(bottle)), color, green), verify(u(sel(fork)), material, metal))",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green" and p.value(p.the("fork"), "material") == "metal"),
)
X("kitchen", "What's that woman's biggest dream in life? Manifest it!")

# --- the hip-hop fan
P(
    "count",
    "kitchen",
    "Yo, how many cups are rockin' white, no cap?",
    "count(f(sel(cup), color=white))",
    lambda p: n(p.f("cup", color="white")),
)
P(
    "superlative",
    "kitchen",
    "Which cup's on the far left? What colour's that drip?",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
P(
    "list",
    "kitchen",
    "Run me the colours of all the cups, one by one.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "same_attr",
    "kitchen",
    "How many other things got the same colour as the plate, for real?",
    "count(same_attr(u(sel(plate)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("plate") and p.value(o, "color") == p.value(p.the("plate"), "color")]
    ),
)
P(
    "chain",
    "kitchen",
    "The cup left of the plate, what colour's it repping?",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
X("kitchen", "Who's the woman listening to on her headphones right now?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees

# --- the valley girl
P(
    "count",
    "park",
    "Okay so like, how many dogs are there? Like, literally?",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "attribute",
    "park",
    "Oh my god, what colour is the girl wearing? I need to know.",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P(
    "chain",
    "park",
    "The thing the boy's throwing, what colour is it? Like, totally?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "compare_count",
    "park",
    "Are there, like, as many kids as dogs? Seriously?",
    "eq(count(sel(child)), count(sel(dog)))",
    lambda p: yes(len(children(p)) == len(p.f("dog"))),
)
P(
    "superlative",
    "park",
    "Who's, like, second from the left? Which person?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
X("park", "Is that lady in white, like, single?")

# --- the toddler's dad in baby talk
P(
    "count",
    "park",
    "How many doggies are black? Woof woof!",
    "count(f(sel(dog), color=black))",
    lambda p: n(p.f("dog", color="black")),
)
P(
    "attribute",
    "park",
    "And what colour is the bikey? Is it a red bikey?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "count",
    "park",
    "How many tree-trees are in the park, sweetie?",
    "count(sel(tree))",
    lambda p: n(p.f("tree")),
)
P(
    "chain",
    "park",
    "Who's holding the black doggy? Is it a mummy?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "exist",
    "park",
    "Is there a kitty cat in the park? No kitty?",
    "exist(sel(cat))",
    lambda p: yes(bool(p.f("cat"))),
)
P(
    "position",
    "park",
    "The yellow frisbee-wisbee, is it up high or down low in the picture?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)

# --- the gossip
P(
    "spatial",
    "park",
    "Ooh, who's that standing near the bike? Do tell.",
    "q(u(rel(u(sel(bicycle)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle")))),
)
P(
    "chain",
    "park",
    "And the girl — what colour's the dog near her? Spill.",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "chain",
    "park",
    "The woman holding a dog, what colour is she wearing? I must know.",
    "q(u(rel(sel(dog), holding)), color)",
    lambda p: p.value(only([o for o in p.objects if named(p, p.objects_of(o, "holding"), "dog")]), "color"),
)
P(
    "spatial",
    "park",
    "Is the girl standing to the right of the boy? Between us.",
    "vrel(u(sel(boy)), right, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "right", p.the("boy"))),
)
P(
    "quantifier",
    "park",
    "Are both the women wearing white? Honestly.",
    "not_(exist(fn(sel(woman), color=white)))",
    lambda p: yes(all(p.value(o, "color") == "white" for o in p.f("woman"))),
)
X("park", "Are the woman in red and the woman in white sisters, do you think?")

# --- the midwife
P(
    "count",
    "park",
    "How many little ones — children — are in the park today, love?",
    "count(sel(child))",
    lambda p: n(children(p)),
)
P(
    "count",
    "park",
    "And how many grown-ups, not counting the children?",
    "count(diff(sel(person), sel(child)))",
    lambda p: n([o for o in people(p) if o not in children(p)]),
)
P(
    "attribute",
    "park",
    "The little lad, what colour's he wearing?",
    "q(u(sel(boy)), color)",
    lambda p: p.value(p.the("boy"), "color"),
)
P(
    "superlative",
    "park",
    "Who's standing furthest to the right of everyone, love?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "where",
    "park",
    "Is the bench to the left of the bike or to the right, dear?",
    "choose_rel(u(sel(bench)), [left, right], role=object, name=bicycle)",
    lambda p: photo_side(p, p.the("bench"), p.the("bicycle"), ("left", "right")),
)
X("park", "When's the lady in white due, do you think?")

# --- someone sending several short messages at once
P("count", "park", "hey\nquick q\nhow many women in the park", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "attribute",
    "park",
    "ok / the bench / what colour",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "verify",
    "park",
    "and is it wood\nthe bench i mean",
    "verify(u(sel(bench)), material, wood)",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood"),
)
P(
    "spatial",
    "park",
    "what's behind the girl / the thing behind her / what is it",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
P(
    "two_clause",
    "park",
    "is the bike red\nand is the frisbee yellow\nboth?",
    "and_(verify(u(sel(bicycle)), color, red), verify(u(sel(frisbee)), color, yellow))",
    lambda p: yes(p.value(p.the("bicycle"), "color") == "red" and p.value(p.the("frisbee"), "color") == "yellow"),
)
X("park", "what's the dog called / the white one / name?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- the programmer
P("count", "shapes", "len(circles)?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "count",
    "shapes",
    "filter by blue, then count. how many?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "list",
    "shapes",
    "which shapes are red? like map(shape, filter(color == red))",
    "values(f(scene(), color=red), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="red")),
)
P(
    "number",
    "shapes",
    "len(set(colours)) — how many distinct colours?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "quantifier",
    "shapes",
    "are all the small shapes blue? return a bool",
    "not_(exist(fn(f(scene(), size=small), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f(size="small"))),
)
P(
    "superlative",
    "shapes",
    "shapes sorted by x, index 0 — what's the leftmost shape?",
    "q(ord(scene(), left, 1), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "shape"),
)

# --- the fashion designer
P(
    "attribute",
    "shapes",
    "Darling, the triangle — what colour is it? I'm building a palette.",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "superlative",
    "shapes",
    "Which colour dominates the look? The most common one, darling.",
    "common_value(scene(), color)",
    lambda p: more_of(p.value(o, "color") for o in p.objects),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, the triangle or the hexagon? Proportions are everything.",
    "compare(u(sel(triangle)), u(sel(hexagon)), bigger)",
    lambda p: photo_bigger(p, p.the("triangle"), p.the("hexagon")),
)
P(
    "same_attr",
    "shapes",
    "How many other pieces are the same colour as the square? Matching is key.",
    "count(same_attr(u(sel(square)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("square") and p.value(o, "color") == p.value(p.the("square"), "color")]
    ),
)
P(
    "negation",
    "shapes",
    "How many shapes are NOT blue, darling?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
X("shapes", "Which shape would look best on the runway this season?")

# --- the astrologer
P(
    "count",
    "shapes",
    "The stars align... how many stars are in the drawing?",
    "count(sel(star))",
    lambda p: n(p.f("star")),
)
P(
    "attribute",
    "shapes",
    "And that star, is it red like Mars or green like Venus?",
    "choose(u(sel(star)), color, [red, green])",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "position",
    "shapes",
    "Which shape sits in the top right corner of the chart?",
    "q(u(f(scene(), hposition=right, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "shape"),
)
P(
    "exist",
    "shapes",
    "Is there a yellow circle anywhere, like the sun?",
    "exist(f(sel(circle), color=yellow))",
    lambda p: yes(bool(p.f("circle", color="yellow"))),
)
P(
    "two_clause",
    "shapes",
    "Is the big circle red and the small circle blue, like the moon and the sea?",
    "and_(verify(u(f(sel(circle), size=large)), color, red), verify(u(f(sel(circle), size=small)), color, blue))",
    lambda p: yes(
        p.value(p.the("circle", size="large"), "color") == "red"
        and p.value(p.the("circle", size="small"), "color") == "blue"
    ),
)
X("shapes", "What does the red star say about my love life this month?")

# --- the origami teacher
P(
    "count",
    "shapes",
    "Let's fold along: how many squares are there? Just proper squares.",
    "count(sel(square))",
    lambda p: n(p.f("square")),
)
P(
    "count",
    "shapes",
    "And how many rectangles, if we count the square as a rectangle too?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "compare_size",
    "shapes",
    "Is the yellow rectangle bigger than the square? Fold carefully!",
    "larger(u(f(sel(rectangle), color=yellow)), u(sel(square)))",
    lambda p: yes(
        p.value(only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), "size") == "large"
        and p.value(p.the("square"), "size") == "small"
    ),
)
P(
    "superlative",
    "shapes",
    "In the top row, which shape is second from the left?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
P(
    "count",
    "shapes",
    "How many shapes are in the bottom row? Crease them in your mind.",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "attribute",
    "shapes",
    "The shape right in the middle of the sheet, what colour is it?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)

# --- the tattoo artist
P(
    "compare_count",
    "shapes",
    "Are there more blue shapes than red ones? Planning the ink.",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "attribute",
    "shapes",
    "The hexagon, what colour's it inked in?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "count",
    "shapes",
    "How many small shapes are there, apart from the small circle?",
    "count(diff(f(scene(), size=small), u(f(sel(circle), size=small))))",
    lambda p: n([o for o in p.f(size="small") if o != p.the("circle", size="small")]),
)
P(
    "position",
    "shapes",
    "Is the star in the top half of the picture or the bottom half?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
P(
    "quantifier",
    "shapes",
    "Are both circles red? Two red dots would look sharp.",
    "not_(exist(fn(sel(circle), color=red)))",
    lambda p: yes(all(p.value(o, "color") == "red" for o in p.f("circle"))),
)
X("shapes", "Would the star hurt much as a wrist tattoo?")

# --- the florist
P("count", "shapes", "How many shapes are in this bouquet, all together?", "count(scene())", lambda p: n(p.objects))
P(
    "exist",
    "shapes",
    "Is there a green star among them?",
    "exist(f(sel(star), color=green))",
    lambda p: yes(bool(p.f("star", color="green"))),
)
P(
    "compare_attr",
    "shapes",
    "Are the square and the hexagon the same colour, like a matching posy?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "attribute",
    "shapes",
    "The big yellow one, what shape is it?",
    "q(u(f(scene(), size=large, color=yellow)), shape)",
    lambda p: p.value(p.the(size="large", color="yellow"), "shape"),
)
P(
    "two_clause",
    "shapes",
    "Is the triangle red, or is the big rectangle yellow?",
    "or_(verify(u(sel(triangle)), color, red), verify(u(f(sel(rectangle), size=large)), color, yellow))",
    lambda p: yes(
        p.value(p.the("triangle"), "color") == "red"
        or p.value(only([o for o in rectangles(p) if p.value(o, "size") == "large"]), "color") == "yellow"
    ),
)
X("shapes", "Who's the bouquet for, do you think?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
