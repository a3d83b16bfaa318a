# ruff: noqa: E501
"""Blind paraphrase set 63: English as a second language or in a regional way, a second crowd. Forty people, each
imagined once and kept in character for five to seven questions about one picture, writing English the way speakers of
their first language (or of their region) typically do: articles dropped or added, plurals left off, word order,
prepositions and question tags carried over, "how much" for counts, "what is the colour of", "..., there is?", literal
translations, "the more big", "same like"; always understandable to a careful reader, and no word of another language
but an interjection. Every person here is new; the habits of a language may recur from the earlier crowd (set 53), the
people and their sentences do not.

The cast. On the CLEVR scenes: a retired engineer from Chengdu (Mandarin: topic first, no plurals, "have how many",
"this ball", "right or not?"), a Singaporean national serviceman (Singapore English: "how many got", "got same material
as", "the small ones", "what colour one?", "is it?", "ah"), a schoolteacher from Lucknow (Indian English: "kindly",
"how many number of", "what all", "only", "same to same", "isn't it?"), a student from Izmir (Turkish: verb last,
"from" for "than", "picture's left side in"), a nurse from Rosario (Argentine Spanish: "how much spheres", "the
cylinder blue", "more big", "no?", "¿"), an office worker from Busan (Korean: topic first, "about the X", "is how
many?", "I am wondering"), a physics teacher from Kazan (Russian: no articles, "tell please", "from metal", "what
colour has"), a grandmother from Osaka (Japanese: very polite, "please teach me", "pieces of", "isn't it?"), a clerk
from Alexandria (Egyptian Arabic: "the" everywhere, resumptive pronouns, "the sphere the purple"), a fisherman's son
from Porto (European Portuguese: "is there here", "of what colour", "stays" for "is"), a student from Hanoi
(Vietnamese: no plurals or tense, "or not?", "it at left side of picture"), an engineer from Munich (German:
capitalised Nouns, "bigger as", "from Metal", "left from"), a teacher from Mombasa (Swahili: "they are how many?", "is
it that", "of red colour"), a warehouse worker from Łódź (Polish: "how many ... is there", "on the right from",
"actually", "like" for "as"), a student from Lyon (French: adjective after the noun, "she" for a sphere, "there is how
many"), a nurse from Cebu (Tagalog: "how many are the", "is it the cube is green?", "more bigger"), a trader from
Onitsha (Nigerian English: "please", "is it that", "are having", "left hand side"), a massage teacher from Chiang Mai
(Thai: "have ... how many", "same same", "big more", "yes or no?"), a student from Surabaya (Indonesian: "there is how
many the", "is it?", "have same ... with") and a shop owner from Bologna (Italian: "how many ... there are", "which
colour has", "more big", "no?").

On the photo-like graphs: a shopkeeper from Dhaka (Bengali: "red colour things", "his tie is which colour", "how many
man"), a retired teacher from Debrecen (Hungarian: singular after numbers, "Or is not?", "the upper part"), a taxi
driver from Accra (Ghanaian English: "please", "is it not?", "is having", "at all"), a waiter from Hong Kong
(Cantonese: "got", "add up", "write what words", "one" at the end), a student from Thessaloniki (Greek: the Greek
question mark ";"), a cook from São Paulo (Brazilian: "have" for "there is", "is of which color", "the cup more to the
left", "how is her name"), an accountant from Lahore (Urdu: "kindly", "one cup is there", "isn't it?"), a mother from
Guadalajara (Mexican Spanish: "¿", "of what color", "no?", "say me"), a tour guide from Tel Aviv (Hebrew: "how much
dogs", "near to", "what there is in"), a programmer from Lviv (Ukrainian: "on the photo", "on the right from", "what
colour has"), a nurse from Kochi (Kerala English: "itself", "one tree is there", "isn't it?") and a bus driver from
Novi Sad (Serbian: "how many ... is there", "which colour wears", "is there some"). On the drawing: an engineer from
Utrecht (Dutch: "then" for "than", "actually"), a student from Tehran (Persian: "in the right side of", "or no?", "the
down row"), a clerk from Jaffna (Sri Lankan Tamil English: "only", "whether ... or not", "no?"), a lecturer from Kano
(Nigerian English: "please", "is it that", "they are how many?", "are having"), a pharmacist from Bratislava (Slovak:
"on the picture", "which colour has", "some"), a student from Kuala Lumpur (Malaysian English: "got", "one", "correct
or not?", "mostly what colour"), a tailor from Casablanca (Moroccan, French-schooled: adjective after the noun, "she"
for a shape, "there is how many") and a fisher from Bergen (Norwegian: "is it" for "is there", "number two from the
right", "the lower row").

The sentence shapes: topic-first questions with a resumptive pronoun ("The cube green, of what material is?"),
verb-last questions ("Metal objects how many there are?"), tags and tails ("..., is it?", "..., no?", "..., or not?",
"..., correct or not?", "Or is not?"), "how much" and "have" counts, comparatives with "from", "as", "then" and "more
bigger", preposition slips ("on the right from", "left from", "in the right side of", "below of it"), resumptive
relative clauses ("the objects that they are big"), chains told as two sentences ("Left from the blue Ball lies a
yellow Ball, and left from this yellow Ball there is a Cylinder."), the Greek ";" and the Spanish "¿".

The questions cover counts (with conditions, "not count", "except", "other than", "neither ... nor", "or", "put
together", "add up"), existence, an attribute of one thing, yes/no checks of one value, comparisons of counts ("more",
"fewer", "as many as", "the same number") and of attributes (same colour, size, shape or material), quantifiers ("all",
"every", "both", "none", "any", "most of"), relations (left, right, in front, behind on CLEVR; on the photo graphs only
their stated relations: on, near, holding, wearing, above, behind, left, right, in front), one- and two-hop chains,
superlatives and ordinals ("most back", "second from left", "number two from the right in the lower row"), other things
sharing a value, which of two things is the bigger, a list of values, the number of different colours and the most
common colour, sides of a CLEVR picture, sides, rows, the top, the centre and the corners of the photos and the
drawing, and the text on the photos' bus, sign, road, clock and bottle.

About half of the questions ask about CLEVR val scenes (37, 8, 33, 6, 10, 1, 3, 4, 23, 51, 39, 40, 34, 58; two people
to each of the six larger scenes, one to each of the others), 30% about the photo-like graphs (street, kitchen, park,
four people each) and 20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as
the person's other questions (prices, names and owners, feelings and preferences, what happens next, why, and places,
schools and countries outside the picture).

Conventions (those of set 53). "The X" is only used where exactly one X matches, counting a square as a rectangle;
places and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE
(0.25 scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked
only of an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawings and
photos neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated
relations and attributes leave open (no "cup left of the bottle", as two cups stand there to the eye though the graph
states one; no "what is near the fork" or "what is near the boy", as a second thing stands nearly as close; no count of
"things left of the bus", as the man's tie is one to the eye). A which-side question is answered with the side; a
"which is bigger" between two things is asked only where their size classes differ, and answered with the word that
tells the bigger one from the other (its shape, or its colour where the shapes are the same). Answers are the graph's
words (gray, not grey; sphere, not ball; a list most frequent first, ties alphabetical). Every gold program and answer
comes from the scene by plain Python.

Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other question set; only
build_blind53.py was read, for the format and the conventions (with the first lines of blind53.jsonl, to see how a
refused question is marked), and its plain-Python helpers were copied here; blind_gold.py was used through its
function signatures only, and of nsvr itself only the list of step names in scene_graph/ops.py was looked at. No
question was run through nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor,
through ``--check``.

Run ``python build_blind63.py`` to write ``../blind63.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind63.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.25
# a CLEVR object is on the left (right) of the 480-pixel picture only when its box centre is this far from the edge
SIDE = 130


# --- plain-Python helpers (no nsvr), copied from build_blind53.py ------------------------------------------------
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


def most(s: Clevr, ids: list[int], **want) -> str:
    """yes/no: more of ids have every given attribute value than lack one ("most of")."""
    return yes(len(among(s, ids, **want)) > len(but(s, ids, **want)))


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


def unique_top(values) -> str:
    """The most frequent value; NotUnique when two values tie for the top."""
    ranked = Counter(values).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        raise NotUnique(f"tie for most common: {ranked}")
    return ranked[0][0]


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 37: large gray rubber cyl, small brown rubber cube (front), large purple metal cube, small red rubber sph (right), small red rubber cube, small gray metal cyl (back), small cyan rubber sph, large blue metal cyl (far left)

# --- the retired engineer from Chengdu (Mandarin), scene 37
C(
    "count",
    37,
    "Rubber thing, picture inside have how many?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "count",
    37,
    "Red thing or cyan thing, two color add together have how many?",
    "count(union(f(scene(), color=red), f(scene(), color=cyan)))",
    lambda s: n(set(s.f(color="red")) | set(s.f(color="cyan"))),
)
C(
    "compare_attr",
    37,
    "Two red thing, material same or not same?",
    "same(f(scene(), color=red), material)",
    lambda s: alike(s, s.f(color="red"), "material"),
)
C(
    "quantifier",
    37,
    "Metal thing all is big one, right or not?",
    "not_(exist(fn(f(scene(), material=metal), size=large)))",
    lambda s: every(s, s.f(material="metal"), size="large"),
)
C(
    "chain",
    37,
    "Purple cube left side have one red thing. This red thing is what shape?",
    "q(u(f(rel(u(f(sel(cube), color=purple)), left), color=red)), shape)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="purple"), "left", color="red"), "shape"),
)
C(
    "chain",
    37,
    "Purple cube right side have one ball. This ball front side have one thing, what color?",
    "q(u(rel(u(f(rel(u(f(sel(cube), color=purple)), right), shape=sphere)), front)), color)",
    lambda s: s.a(
        only(related(s, "front", hop(s, s.the(shape="cube", color="purple"), "right", shape="sphere"))), "color"
    ),
)
X(37, "This picture who make? Use what computer program make?")

# --- the Singaporean national serviceman (Singapore English), scene 37
C(
    "quantifier",
    37,
    "Most of the things inside is rubber one, is it?",
    "gt(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber)))",
    lambda s: most(s, s.all(), material="rubber"),
)
C(
    "count",
    37,
    "The small ones ah, how many got?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "superlative",
    37,
    "The one at the very back, what colour one?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "same_attr",
    37,
    "How many other thing got same material as the purple cube?",
    "count(same_attr(u(f(sel(cube), color=purple)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="purple"), "material")),
)
C(
    "spatial",
    37,
    "Right side of the big grey cylinder got how many things?",
    "count(rel(u(f(sel(cylinder), size=large, color=gray)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", size="large", color="gray"))),
)
C(
    "compare_size",
    37,
    "The red cube bigger than the blue cylinder or not?",
    "larger(u(f(sel(cube), color=red)), u(f(sel(cylinder), color=blue)))",
    lambda s: larger(s, s.the(shape="cube", color="red"), s.the(shape="cylinder", color="blue")),
)
X(37, "These things where can buy ah? Expensive or not?")

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl (far right), small cyan metal cube (far left), small brown rubber cube (back), large purple metal sph, small yellow rubber cyl (front), small yellow metal cube

# --- the schoolteacher from Lucknow (Indian English), scene 8
C(
    "count",
    8,
    "Kindly tell how many number of cubes are there in the picture.",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "list",
    8,
    "What all colours the cylinders are having?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "quantifier",
    8,
    "Most of the cubes are made of rubber only, isn't it?",
    "gt(count(f(sel(cube), material=rubber)), count(fn(sel(cube), material=rubber)))",
    lambda s: most(s, s.f(shape="cube"), material="rubber"),
)
C(
    "compare_attr",
    8,
    "Both the yellow objects are same to same material or what?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "chain",
    8,
    "Kindly see the big cylinder which is in front of the brown cube. How many things are there to the right of that cylinder?",
    "count(rel(u(f(rel(u(f(sel(cube), color=brown)), front), shape=cylinder, size=large)), right))",
    lambda s: n(
        related(s, "right", hop(s, s.the(shape="cube", color="brown"), "front", shape="cylinder", size="large"))
    ),
)
X(8, "Kindly tell me what is the cost of this big purple ball, I want to buy for my son.")

# --- the student from Izmir (Turkish), scene 8
C(
    "count",
    8,
    "Metal objects how many there are?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    8,
    "Cubes, from the cylinders more are they?",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    8,
    "Most left object, its colour what is?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "spatial",
    8,
    "Purple sphere's right side in, how many objects there are?",
    "count(rel(u(f(sel(sphere), color=purple)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="purple"))),
)
C(
    "verify",
    8,
    "Small grey cube, from rubber made is it?",
    "verify(u(f(sel(cube), color=gray)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", color="gray"), "material") == "rubber"),
)
C(
    "position",
    8,
    "Purple cylinder picture's which side in is, left or right?",
    "choose(u(f(sel(cylinder), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="purple")),
)

# scene 33: small cyan rubber cube (far right), small gray metal sph, small blue rubber cyl, large cyan metal cyl (back), large green metal cube (far left), large red metal sph (front)

# --- the nurse from Rosario (Argentine Spanish), scene 33
C(
    "count",
    33,
    "How much spheres there are in the image?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "negation",
    33,
    "¿How many objects there are that are neither cyan nor of metal?",
    "count(diff(fn(scene(), color=cyan), f(scene(), material=metal)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "cyan" and s.a(i, "material") != "metal"]),
)
C(
    "compare_size",
    33,
    "Which is more big, the cylinder blue or the cylinder cyan?",
    "q(u(f(union(f(sel(cylinder), color=blue), f(sel(cylinder), color=cyan)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="blue"), s.the(shape="cylinder", color="cyan"), "color"),
)
C(
    "attribute",
    33,
    "The cube green, of what material is?",
    "q(u(f(sel(cube), color=green)), material)",
    lambda s: s.a(s.the(shape="cube", color="green"), "material"),
)
C(
    "spatial",
    33,
    "The sphere red is behind the cylinder cyan, no?",
    "exist(f(rel(u(f(sel(cylinder), color=cyan)), behind), color=red, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "red"}, "behind", {"shape": "cylinder", "color": "cyan"}),
)
C(
    "position",
    33,
    "¿The cube cyan is more to the left or to the right of the image?",
    "choose(u(f(sel(cube), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="cyan")),
)

# --- the office worker from Busan (Korean), scene 33
C(
    "count",
    33,
    "Big object is how many?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "exist",
    33,
    "Yellow color object, there is?",
    "exist(f(scene(), color=yellow))",
    lambda s: yes(bool(s.f(color="yellow"))),
)
C(
    "same_attr",
    33,
    "About the red sphere, same material other object is how many?",
    "count(same_attr(u(f(sel(sphere), color=red)), material))",
    lambda s: n(others(s, s.the(shape="sphere", color="red"), "material")),
)
C(
    "superlative",
    33,
    "From right side, second object, its shape is what? I am wondering.",
    "q(ord(scene(), right, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "shape"),
)
C(
    "compare_count",
    33,
    "Rubber object is fewer than metal object?",
    "lt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) < len(s.f(material="metal"))),
)
C(
    "chain",
    33,
    "Blue cylinder's left side has cube. That cube color is what?",
    "q(u(f(rel(u(f(sel(cylinder), color=blue)), left), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="blue"), "left", shape="cube"), "color"),
)

# scene 6: small purple rubber sph, large red rubber cyl (back), small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube (far right), large red rubber sph (front), large gray rubber sph (far left)

# --- the physics teacher from Kazan (Russian), scene 6
C(
    "count",
    6,
    "How many balls is there on picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "negation",
    6,
    "How many objects are not from rubber?",
    "count(fn(scene(), material=rubber))",
    lambda s: n(but(s, s.all(), material="rubber")),
)
C(
    "quantifier",
    6,
    "Is it true that both cubes are from metal?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: every(s, s.f(shape="cube"), material="metal"),
)
C(
    "superlative",
    6,
    "Which object stands most left? Tell please its colour.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "chain",
    6,
    "What colour has cylinder which stands behind red cube?",
    "q(u(f(rel(u(f(sel(cube), color=red)), behind), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="red"), "behind", shape="cylinder"), "color"),
)
C(
    "compare_count",
    6,
    "Red objects — there are more of them than purple?",
    "gt(count(f(scene(), color=red)), count(f(scene(), color=purple)))",
    lambda s: yes(len(s.f(color="red")) > len(s.f(color="purple"))),
)
X(6, "What will be if I will throw big red ball to cubes?")

# --- the grandmother from Osaka (Japanese), scene 6
C(
    "count",
    6,
    "Excuse me, how many pieces of cylinder are there, please?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    6,
    "Please teach me, the cube which is blue, what material it is?",
    "q(u(f(sel(cube), color=blue)), material)",
    lambda s: s.a(s.the(shape="cube", color="blue"), "material"),
)
C(
    "compare_attr",
    6,
    "Big purple cylinder and small purple ball, they are same material, isn't it?",
    "same(u(f(sel(cylinder), color=purple)), u(f(sel(sphere), color=purple)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="purple"), "material")
        == s.a(s.the(shape="sphere", color="purple"), "material")
    ),
)
C(
    "superlative",
    6,
    "Excuse me, which thing is most front? Its shape, please.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    6,
    "How many things are at left side of small brown ball, please?",
    "count(rel(u(f(sel(sphere), color=brown)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="brown"))),
)
C(
    "number",
    6,
    "So many colours. Please teach me how many kinds of colour there are.",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
X(6, "Excuse me, for what reason somebody put these things like this? Please teach me.")

# scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl (front), large gray metal cyl (right), small gray rubber cube (back), large red rubber sph

# --- the clerk from Alexandria (Egyptian Arabic), scene 10
C(
    "count",
    10,
    "How many the objects that they are big?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "verify",
    10,
    "The sphere the purple, is it made from the rubber?",
    "verify(u(f(sel(sphere), color=purple)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", color="purple"), "material") == "rubber"),
)
C(
    "spatial",
    10,
    "How many the objects which they are in front of the gray cylinder?",
    "count(rel(u(f(sel(cylinder), color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="gray"))),
)
C(
    "chain",
    10,
    "There is a thing big and red at the left of the small cylinder. What is the shape of it?",
    "q(u(f(rel(u(f(sel(cylinder), size=small)), left), size=large, color=red)), shape)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", size="small"), "left", size="large", color="red"), "shape"),
)
C(
    "compare_count",
    10,
    "The cylinders, are they as many as the spheres?",
    "eq(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="sphere"))),
)
X(10, "Who is the man that he made this picture, and what is the name of him?")

# --- the fisherman's son from Porto (European Portuguese), scene 10
C(
    "exist",
    10,
    "Is there here some object yellow?",
    "exist(f(scene(), color=yellow))",
    lambda s: yes(bool(s.f(color="yellow"))),
)
C(
    "attribute",
    10,
    "The small cylinder is of what colour?",
    "q(u(f(sel(cylinder), size=small)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "color"),
)
C(
    "compare_attr",
    10,
    "The two things red, are they of the same size?",
    "same(f(scene(), color=red), size)",
    lambda s: alike(s, s.f(color="red"), "size"),
)
C(
    "superlative",
    10,
    "Which is the object that stays more to the back? Of what shape is it?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "quantifier",
    10,
    "The big things, are all of them of metal?",
    "not_(exist(fn(f(scene(), size=large), material=metal)))",
    lambda s: every(s, s.f(size="large"), material="metal"),
)
C(
    "position",
    10,
    "The purple sphere stays on the left side of the photo or on the right side?",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
C(
    "count",
    10,
    "Putting together the cubes and the spheres, how many are they?",
    "count(union(sel(cube), sel(sphere)))",
    lambda s: n(s.f(shape="cube") + s.f(shape="sphere")),
)

# scene 4: small red rubber cyl (back), small green rubber cyl (far left), small brown rubber sph (front), small yellow metal sph (far right), small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph

# --- the student from Hanoi (Vietnamese), scene 4
C("count", 4, "How many ball in picture?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "negation",
    4,
    "Not count yellow thing, picture have how many thing?",
    "count(fn(scene(), color=yellow))",
    lambda s: n(but(s, s.all(), color="yellow")),
)
C(
    "compare_count",
    4,
    "Ball more than cylinder, right or not?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "position",
    4,
    "Green cylinder it at left side of picture or right side?",
    "choose(u(f(sel(cylinder), color=green)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="green")),
)
C(
    "spatial",
    4,
    "Small yellow ball metal, it on left of purple ball or not?",
    "exist(f(rel(u(f(sel(sphere), color=purple)), left), color=yellow, material=metal, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "yellow", "material": "metal"}, "left", {"shape": "sphere", "color": "purple"}
    ),
)
C(
    "quantifier",
    4,
    "Every cylinder is small, true or not?",
    "not_(exist(fn(sel(cylinder), size=small)))",
    lambda s: every(s, s.f(shape="cylinder"), size="small"),
)
X(4, "After this, ball will roll go where?")

# --- the engineer from Munich (German), scene 4
C(
    "count",
    4,
    "How many Objects are made from Metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_size",
    4,
    "Is the blue Ball bigger as the brown Ball?",
    "larger(u(f(sel(sphere), color=blue)), u(f(sel(sphere), color=brown)))",
    lambda s: larger(s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="brown")),
)
C(
    "superlative",
    4,
    "Which Object stands most far in front? Which Colour has it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "same_attr",
    4,
    "How many other Objects have the same Colour as the purple Cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=purple)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", color="purple"), "color")),
)
C(
    "chain",
    4,
    "Left from the blue Ball lies a yellow Ball, and left from this yellow Ball there is a Cylinder. Which Colour has the Cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=blue)), left), shape=sphere, color=yellow)), left), shape=cylinder)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", color="blue"), "left", shape="sphere", color="yellow"),
            "left",
            shape="cylinder",
        ),
        "color",
    ),
)
C(
    "two_clause",
    4,
    "Is there a red Sphere or a green Cylinder?",
    "or_(exist(f(sel(sphere), color=red)), exist(f(sel(cylinder), color=green)))",
    lambda s: yes(bool(s.f(shape="sphere", color="red")) or bool(s.f(shape="cylinder", color="green"))),
)
X(4, "Why are almost all Objects so small and only the blue Ball is big? What was the Idea?")

# scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl (front), small blue rubber cyl (right), small brown metal sph (left)

# --- the teacher from Mombasa (Swahili), scene 1
C(
    "count",
    1,
    "Please, the big ones, they are how many?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "verify",
    1,
    "Is it the ball is of blue colour?",
    "verify(u(sel(sphere)), color, blue)",
    lambda s: yes(s.a(s.the(shape="sphere"), "color") == "blue"),
)
C(
    "compare_attr",
    1,
    "The two cubes, they are having the same colour?",
    "same(sel(cube), color)",
    lambda s: alike(s, s.f(shape="cube"), "color"),
)
C(
    "spatial",
    1,
    "The objects which are at the left of the purple cube, they are how many?",
    "count(rel(u(f(sel(cube), color=purple)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="purple"))),
)
C(
    "chain",
    1,
    "There is a cylinder in front of the purple cube. Is it that cylinder is of metal or of rubber?",
    "choose(u(f(rel(u(f(sel(cube), color=purple)), front), shape=cylinder)), material, [metal, rubber])",
    lambda s: s.a(hop(s, s.the(shape="cube", color="purple"), "front", shape="cylinder"), "material"),
)
C(
    "quantifier",
    1,
    "Is it that none of the objects is of red colour?",
    "not_(exist(f(scene(), color=red)))",
    lambda s: yes(not s.f(color="red")),
)

# scene 3: small red metal sph, small purple metal cube (front, far left), large red rubber cyl (right), large purple rubber cyl (back), small red metal cyl

# --- the warehouse worker from Łódź (Polish), scene 3
C(
    "count",
    3,
    "How many metal things is there on this picture?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "negation",
    3,
    "How many cylinders is there except the big ones?",
    "count(fn(sel(cylinder), size=large))",
    lambda s: n(but(s, s.f(shape="cylinder"), size="large")),
)
C(
    "compare_attr",
    3,
    "Is the red sphere from the same material like the small cylinder?",
    "same(u(f(sel(sphere), color=red)), u(f(sel(cylinder), size=small)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="red"), "material") == s.a(s.the(shape="cylinder", size="small"), "material")
    ),
)
C(
    "superlative",
    3,
    "Which thing stands the most on the back? What shape it has?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    3,
    "Is the cube on the right from the red sphere?",
    "exist(f(rel(u(f(sel(sphere), color=red)), right), shape=cube))",
    lambda s: is_rel(s, {"shape": "cube"}, "right", {"shape": "sphere", "color": "red"}),
)
C(
    "compare_size",
    3,
    "Which is actually bigger, the purple cube or the purple cylinder?",
    "q(u(f(union(f(sel(cube), color=purple), f(sel(cylinder), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="purple"), s.the(shape="cylinder", color="purple")),
)
X(3, "What will happen when somebody will push the red sphere?")

# scene 23: small yellow metal sph, small brown metal cyl (front, far left), large yellow rubber cyl (back), small brown metal sph (far right)

# --- the student from Lyon (French), scene 23
C(
    "count",
    23,
    "There is how many spheres in the image?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    23,
    "The cylinder big, it is of which colour?",
    "q(u(f(sel(cylinder), size=large)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "color"),
)
C(
    "compare_attr",
    23,
    "The two spheres, they have the same colour?",
    "same(sel(sphere), color)",
    lambda s: alike(s, s.f(shape="sphere"), "color"),
)
C(
    "quantifier",
    23,
    "All the objects small are in metal, no?",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: every(s, s.f(size="small"), material="metal"),
)
C(
    "superlative",
    23,
    "The object the most at right, which colour it has?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "chain",
    23,
    "The sphere that is in front of the sphere yellow, of which colour is she?",
    "q(u(f(rel(u(f(sel(sphere), color=yellow)), front), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="yellow"), "front", shape="sphere"), "color"),
)

# scene 51: small brown metal sph (right), large gray rubber sph (back), small yellow metal cube (front, left)

# --- the nurse from Cebu (Tagalog), scene 51
C(
    "count",
    51,
    "How many are the balls in the picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_size",
    51,
    "Which is more bigger, the gray ball or the brown ball?",
    "q(u(f(union(f(sel(sphere), color=gray), f(sel(sphere), color=brown)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="gray"), s.the(shape="sphere", color="brown"), "color"),
)
C(
    "verify",
    51,
    "Is it the cube is green?",
    "verify(u(sel(cube)), color, green)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "green"),
)
C(
    "spatial",
    51,
    "What is the one at the right of the gray ball? What is the color?",
    "q(u(rel(u(f(sel(sphere), color=gray)), right)), color)",
    lambda s: s.a(only(related(s, "right", s.the(shape="sphere", color="gray"))), "color"),
)
C(
    "superlative",
    51,
    "Which is the one that is most in front? What is the shape of it?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "compare_attr",
    51,
    "Are the cube and the brown ball the same material?",
    "same(u(sel(cube)), u(f(sel(sphere), color=brown)), material)",
    lambda s: yes(s.a(s.the(shape="cube"), "material") == s.a(s.the(shape="sphere", color="brown"), "material")),
)
X(51, "Who is the owner of the toys? Are these the toys of your kids?")

# scene 39: large gray metal cyl (right), small brown rubber cyl (far left, back), small gray metal cube (front)

# --- the trader from Onitsha (Nigerian English), scene 39
C(
    "count",
    39,
    "Please how many cylinders are they in this picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    39,
    "Is it that the cube and the big cylinder are having the same colour?",
    "same(u(sel(cube)), u(f(sel(cylinder), size=large)), color)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == s.a(s.the(shape="cylinder", size="large"), "color")),
)
C(
    "position",
    39,
    "The brown cylinder, is it at the left hand side of the picture or the right hand side?",
    "choose(u(f(sel(cylinder), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="brown")),
)
C(
    "spatial",
    39,
    "Is the big cylinder in front of the cube?",
    "exist(f(rel(u(sel(cube)), front), size=large, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "size": "large"}, "front", {"shape": "cube"}),
)
C(
    "count",
    39,
    "Please, the things that are either rubber or cube, how many of them are they?",
    "count(union(f(scene(), material=rubber), sel(cube)))",
    lambda s: n(set(s.f(material="rubber")) | set(s.f(shape="cube"))),
)
X(39, "Please, how much will somebody pay for all these things in the market?")

# scene 40: small cyan metal cube (right, front), large brown rubber cyl (left), large gray metal cube (back)

# --- the massage teacher from Chiang Mai (Thai), scene 40
C("count", 40, "Have cube how many?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_size",
    40,
    "Cube cyan and cube gray, which one big more?",
    "q(u(f(union(f(sel(cube), color=cyan), f(sel(cube), color=gray)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cube", color="cyan"), s.the(shape="cube", color="gray"), "color"),
)
C(
    "verify",
    40,
    "Cylinder brown, it rubber, yes or no?",
    "verify(u(f(sel(cylinder), color=brown)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="brown"), "material") == "rubber"),
)
C(
    "superlative",
    40,
    "Thing most back, what color?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_attr",
    40,
    "Two cube same same material or not?",
    "same(sel(cube), material)",
    lambda s: alike(s, s.f(shape="cube"), "material"),
)
C(
    "spatial",
    40,
    "Left of cube gray have what thing? What shape?",
    "q(u(rel(u(f(sel(cube), color=gray)), left)), shape)",
    lambda s: s.a(only(related(s, "left", s.the(shape="cube", color="gray"))), "shape"),
)
X(40, "Photo this, take at where? Bangkok or not?")

# scene 34: small red metal cyl (left, front), small yellow metal cube (back), large gray metal cyl (right)

# --- the student from Surabaya (Indonesian), scene 34
C(
    "count",
    34,
    "There is how many the metal thing?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "quantifier",
    34,
    "Every thing in this picture is made from metal, is it?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "superlative",
    34,
    "The second thing from the left, what is the color?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)
C(
    "compare_attr",
    34,
    "The two cylinder have same size or not?",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "spatial",
    34,
    "How many the thing in front of the cube?",
    "count(rel(u(sel(cube)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube"))),
)
C(
    "same_attr",
    34,
    "How many other thing have same shape with the red cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=red)), shape))",
    lambda s: n(others(s, s.the(shape="cylinder", color="red"), "shape")),
)

# scene 58: small blue rubber sph (back, right), large cyan metal cube (front), large purple metal cube (far left)

# --- the shop owner from Bologna (Italian), scene 58
C("count", 58, "How many cubes there are?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    58,
    "The two cubes are of the same size, no?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "attribute",
    58,
    "Which material has the sphere?",
    "q(u(sel(sphere)), material)",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
C(
    "compare_size",
    58,
    "The sphere is more big than the purple cube?",
    "larger(u(sel(sphere)), u(f(sel(cube), color=purple)))",
    lambda s: larger(s, s.the(shape="sphere"), s.the(shape="cube", color="purple")),
)
C(
    "superlative",
    58,
    "Which is the object more to the left? Which colour has?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "spatial",
    58,
    "The cyan cube, it is in front of the sphere, no?",
    "exist(f(rel(u(sel(sphere)), front), color=cyan, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "cyan"}, "front", {"shape": "sphere"}),
)
X(58, "Who has made this photo? Is a famous artist, no?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus (top right), small brown dog, road text 'NO PARKING'

# --- the shopkeeper from Dhaka (Bengali)
P(
    "count",
    "street",
    "How many red colour things are there in the photo?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "text",
    "street",
    "What is the writing on the bus body?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "chain",
    "street",
    "The man who is standing right side of the bus, his tie is which colour?",
    "q(u(rel(u(rel(u(sel(bus)), right, name=man)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, only(named(p, p.subjects("right", p.the("bus")), "man"))), "color"),
)
P(
    "spatial",
    "street",
    "How many man are standing left side of the bus?",
    "count(rel(u(sel(bus)), left, name=man))",
    lambda p: n(named(p, p.subjects("left", p.the("bus")), "man")),
)
P(
    "position",
    "street",
    "In the bottom left corner of the photo, what thing is there?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), name)",
    lambda p: p.name(p.the(hposition="left", vposition="bottom")),
)
X("street", "This bus is going to which city? It is Dhaka bus?")

# --- the retired teacher from Debrecen (Hungarian)
P("count", "street", "How many person is on the photo?", "count(sel(person))", lambda p: n(people(p)))
P(
    "compare_count",
    "street",
    "There is more man than woman on the photo?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "attribute",
    "street",
    "The dog what colour is?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "quantifier",
    "street",
    "Every person on the photo wear a tie? Or is not?",
    "not_(exist(diff(sel(person), rel(sel(tie), wearing))))",
    lambda p: yes(all(o in wearers(p, "tie") for o in people(p))),
)
P(
    "where",
    "street",
    "The car is on the left of the bus or on the right of it?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P(
    "position",
    "street",
    "The tree is in the upper part of the photo or in the lower?",
    "choose(u(sel(tree)), vposition, [top, bottom])",
    lambda p: p.value(p.the("tree"), "vposition"),
)

# --- the taxi driver from Accra (Ghanaian English)
P(
    "text",
    "street",
    "Please what is written on the red sign at the top?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "spatial",
    "street",
    "Please how many men are standing at the left side of the woman?",
    "count(rel(u(sel(woman)), left, name=man))",
    lambda p: n(named(p, p.subjects("left", p.the("woman")), "man")),
)
P(
    "compare_attr",
    "street",
    "The sign is having the same colour as the bus, is it not?",
    "same(u(sel(sign)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("sign"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "number",
    "street",
    "The ties the men are wearing, how many different colours are they?",
    "nvalues(sel(tie), color)",
    lambda p: str(len({p.value(o, "color") for o in p.f("tie")})),
)
P(
    "exist",
    "street",
    "Is there any bicycle in the picture at all?",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
X("street", "Please, is the woman the owner of the dog, or she is only holding it for somebody?")

# --- the waiter from Hong Kong (Cantonese)
P(
    "count",
    "street",
    "Got how many bus and car in this photo, add up?",
    "count(union(sel(bus), sel(car)))",
    lambda p: n(p.f("bus") + p.f("car")),
)
P(
    "list",
    "street",
    "The two man wearing what colour clothes? Tell me both.",
    "values(sel(man), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("man")),
)
P(
    "superlative",
    "street",
    "Who standing most right side? Man or woman?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "verify",
    "street",
    "The dog is small size one, right?",
    "verify(u(sel(dog)), size, small)",
    lambda p: yes(p.value(p.the("dog"), "size") == "small"),
)
P(
    "text",
    "street",
    "On the road got words, write what?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
X("street", "This photo is which country take one? Spain or not?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- the student from Thessaloniki (Greek)
P(
    "count",
    "kitchen",
    "How many white things are in the kitchen;",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "text",
    "kitchen",
    "What time does the clock show;",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "chain",
    "kitchen",
    "Which colour is the cup that is on the right of the bottle;",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "verify",
    "kitchen",
    "Is the fork made of wood;",
    "verify(u(sel(fork)), material, wood)",
    lambda p: yes(p.value(p.the("fork"), "material") == "wood"),
)
P(
    "compare_count",
    "kitchen",
    "Are there fewer bottles than cups;",
    "lt(count(sel(bottle)), count(sel(cup)))",
    lambda p: yes(len(p.f("bottle")) < len(p.f("cup"))),
)
X("kitchen", "What is the woman going to cook for lunch;")

# --- the cook from São Paulo (Brazilian)
P(
    "negation",
    "kitchen",
    "How many things have on the table that are not cups?",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) != "cup"]),
)
P(
    "attribute",
    "kitchen",
    "The table is of which color?",
    "q(u(sel(table)), color)",
    lambda p: p.value(p.the("table"), "color"),
)
P(
    "spatial",
    "kitchen",
    "The woman is at the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "superlative",
    "kitchen",
    "The cup more to the left, it is of which color?",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
P(
    "two_clause",
    "kitchen",
    "Have a bottle in the kitchen and also a knife?",
    "and_(exist(sel(bottle)), exist(sel(knife)))",
    lambda p: yes(bool(p.f("bottle")) and bool(p.f("knife"))),
)
X("kitchen", "The woman is the mother of the family? How is her name?")

# --- the accountant from Lahore (Urdu)
P(
    "negation",
    "kitchen",
    "Kindly tell how many cups are there which are not red.",
    "count(fn(sel(cup), color=red))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "red"]),
)
P(
    "text",
    "kitchen",
    "What is written on the green bottle, kindly tell me.",
    "q(u(f(sel(bottle), color=green)), text)",
    lambda p: p.value(p.the("bottle", color="green"), "text"),
)
P(
    "superlative",
    "kitchen",
    "The cup which is second from the left side, what is the colour of it?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "compare_attr",
    "kitchen",
    "The clock and the plate are of the same colour, isn't it?",
    "same(u(sel(clock)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("clock"), "color") == p.value(p.the("plate"), "color")),
)
P(
    "position",
    "kitchen",
    "The lady is standing on the left side or the right side of the picture?",
    "choose(u(sel(woman)), hposition, [left, right])",
    lambda p: p.value(p.the("woman"), "hposition"),
)
P(
    "chain",
    "kitchen",
    "One cup is there on the right of the bottle. Who is standing to the right of that cup?",
    "q(u(rel(u(rel(u(sel(bottle)), right, name=cup)), right)), name)",
    lambda p: p.name(only(p.subjects("right", only(named(p, p.subjects("right", p.the("bottle")), "cup"))))),
)
X("kitchen", "Kindly tell, the lady is going to make tea or coffee?")

# --- the mother from Guadalajara (Mexican Spanish)
P(
    "count",
    "kitchen",
    "¿How many cups and bottles there are, all together?",
    "count(union(sel(cup), sel(bottle)))",
    lambda p: n(p.f("cup") + p.f("bottle")),
)
P(
    "where",
    "kitchen",
    "¿The clock is above the table or below of it?",
    "choose_rel(u(sel(clock)), [above, below], role=object, name=table)",
    lambda p: photo_side(p, p.the("clock"), p.the("table"), ("above", "below")),
)
P(
    "quantifier",
    "kitchen",
    "All the cups are on top of the table, no?",
    "not_(exist(diff(sel(cup), rel(u(sel(table)), on))))",
    lambda p: yes(all(o in p.subjects("on", p.the("table")) for o in p.f("cup"))),
)
P(
    "list",
    "kitchen",
    "¿Of what colors are the things on the table? Say me all.",
    "values(rel(u(sel(table)), on), color)",
    lambda p: listed(p.value(o, "color") for o in p.subjects("on", p.the("table"))),
)
P(
    "compare_count",
    "kitchen",
    "¿There are as many cups as plates?",
    "eq(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) == len(p.f("plate"))),
)
P(
    "position",
    "kitchen",
    "¿What is the thing that is up, in the top of the picture?",
    "q(u(f(scene(), vposition=top)), name)",
    lambda p: p.name(p.the(vposition="top")),
)
X("kitchen", "¿How much it costs the bottle of water, more or less?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees

# --- the tour guide from Tel Aviv (Hebrew)
P("count", "park", "How much dogs there are in the park?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "The dog that the woman in red holds, what color it is?",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "spatial",
    "park",
    "The boy is near to the bench, yes?",
    "vrel(u(sel(boy)), near, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("boy")), "bench"))),
)
P(
    "compare_count",
    "park",
    "There is the same number of women and of children?",
    "eq(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) == len(children(p))),
)
P(
    "position",
    "park",
    "What there is in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), name)",
    lambda p: p.name(p.the(hposition="left", vposition="top")),
)
X("park", "Who from them is the mother of the boy?")

# --- the programmer from Lviv (Ukrainian)
P(
    "count",
    "park",
    "How many green things are on the photo?",
    "count(f(scene(), color=green))",
    lambda p: n(p.f(color="green")),
)
P(
    "attribute",
    "park",
    "What colour has the frisbee?",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "superlative",
    "park",
    "Who stands as second from the left on the photo?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "spatial",
    "park",
    "Is the girl on the right from the boy?",
    "vrel(u(sel(boy)), right, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "right", p.the("boy"))),
)
P(
    "number",
    "park",
    "How many different colours of clothes have the people on the photo?",
    "nvalues(sel(person), color)",
    lambda p: str(len({p.value(o, "color") for o in people(p)})),
)
P(
    "quantifier",
    "park",
    "Both trees — are they green?",
    "not_(exist(fn(sel(tree), color=green)))",
    lambda p: yes(all(p.value(o, "color") == "green" for o in p.f("tree"))),
)

# --- the nurse from Kochi (Kerala English)
P(
    "count",
    "park",
    "How many people are there in the park, including the children?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "chain",
    "park",
    "One tree is there behind the lady in red, isn't it? What colour that tree is?",
    "q(u(rel(u(f(sel(woman), color=red)), behind)), color)",
    lambda p: p.value(only(p.subjects("behind", p.the("woman", color="red"))), "color"),
)
P(
    "verify",
    "park",
    "The frisbee is red colour itself, no?",
    "verify(u(sel(frisbee)), color, red)",
    lambda p: yes(p.value(p.the("frisbee"), "color") == "red"),
)
P(
    "compare_attr",
    "park",
    "The girl's dress and the boy's dress, both are same colour?",
    "same(u(sel(girl)), u(sel(boy)), color)",
    lambda p: yes(p.value(p.the("girl"), "color") == p.value(p.the("boy"), "color")),
)
P(
    "negation",
    "park",
    "How many people are there other than the ladies?",
    "count(diff(sel(person), sel(woman)))",
    lambda p: n([o for o in people(p) if p.name(o) != "woman"]),
)
P(
    "where",
    "park",
    "The bench is on the left side of the cycle or right side?",
    "choose_rel(u(sel(bench)), [left, right], role=object, name=bicycle)",
    lambda p: photo_side(p, p.the("bench"), p.the("bicycle"), ("left", "right")),
)

# --- the bus driver from Novi Sad (Serbian)
P(
    "count",
    "park",
    "How many people and dogs is there together?",
    "count(union(sel(person), sel(dog)))",
    lambda p: n(people(p) + p.f("dog")),
)
P(
    "chain",
    "park",
    "Which colour wears the woman near the bicycle?",
    "q(u(rel(u(sel(bicycle)), near, name=woman)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("bicycle")), "woman")), "color"),
)
P(
    "superlative",
    "park",
    "Who stands most left? Which colour wears?",
    "q(ord(sel(person), left, 1), color)",
    lambda p: p.value(side_of(p, people(p), "left"), "color"),
)
P(
    "quantifier",
    "park",
    "Is every woman holding a dog?",
    "not_(exist(diff(sel(woman), rel(sel(dog), holding))))",
    lambda p: yes(all(any(p.name(d) == "dog" for d in p.objects_of(o, "holding")) for o in p.f("woman"))),
)
P(
    "position",
    "park",
    "Bicycle is on left or on right side of picture?",
    "choose(u(sel(bicycle)), hposition, [left, right])",
    lambda p: p.value(p.the("bicycle"), "hposition"),
)
P("exist", "park", "Is there some ball in park?", "exist(sel(ball))", lambda p: yes(bool(p.f("ball"))))
X("park", "Why the boy is not in school today? Is it holiday?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- the engineer from Utrecht (Dutch)
P(
    "count",
    "shapes",
    "How many blue shapes are there actually?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "compare_count",
    "shapes",
    "Are there more small shapes then big shapes?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "compare_size",
    "shapes",
    "Which one is bigger, actually, the square or the triangle?",
    "q(u(f(union(sel(square), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), p.the("triangle")),
)
P(
    "position",
    "shapes",
    "What shape is in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes have the same colour as the hexagon?",
    "count(same_attr(u(sel(hexagon)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("hexagon") and p.value(o, "color") == p.value(p.the("hexagon"), "color")]
    ),
)
P(
    "two_clause",
    "shapes",
    "Is the triangle green and also on the left?",
    "and_(verify(u(sel(triangle)), color, green), verify(u(sel(triangle)), hposition, left))",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green" and p.value(p.the("triangle"), "hposition") == "left"),
)

# --- the student from Tehran (Persian)
P(
    "count",
    "shapes",
    "How many red shapes are in the picture?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "attribute",
    "shapes",
    "The triangle has which colour?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "position",
    "shapes",
    "The hexagon is in the right side of the picture or in the left side?",
    "choose(u(sel(hexagon)), hposition, [left, right])",
    lambda p: p.value(p.the("hexagon"), "hposition"),
)
P(
    "superlative",
    "shapes",
    "In the down row, which shape is in the most left?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
P(
    "exist",
    "shapes",
    "Is there any pentagon in the picture or no?",
    "exist(sel(pentagon))",
    lambda p: yes(bool(p.f("pentagon"))),
)
P(
    "two_clause",
    "shapes",
    "The star is red and also small, or no?",
    "and_(verify(u(sel(star)), color, red), verify(u(sel(star)), size, small))",
    lambda p: yes(p.value(p.the("star"), "color") == "red" and p.value(p.the("star"), "size") == "small"),
)
X("shapes", "Which one of these shapes you like the most?")

# --- the clerk from Jaffna (Sri Lankan Tamil English)
P(
    "count",
    "shapes",
    "How many shapes are there in the bottom row only?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "verify",
    "shapes",
    "The square is blue colour, no?",
    "verify(u(sel(square)), color, blue)",
    lambda p: yes(p.value(p.the("square"), "color") == "blue"),
)
P(
    "quantifier",
    "shapes",
    "Most of the small shapes are blue only, no?",
    "gt(count(f(scene(), size=small, color=blue)), count(fn(f(scene(), size=small), color=blue)))",
    lambda p: yes(
        len([o for o in p.f(size="small") if p.value(o, "color") == "blue"])
        > len([o for o in p.f(size="small") if p.value(o, "color") != "blue"])
    ),
)
P(
    "compare_attr",
    "shapes",
    "Whether the big circle and the star are same colour or not?",
    "same(u(f(sel(circle), size=large)), u(sel(star)), color)",
    lambda p: yes(p.value(p.the("circle", size="large"), "color") == p.value(p.the("star"), "color")),
)
P(
    "list",
    "shapes",
    "What are the shapes in the top row? Tell all.",
    "values(f(scene(), vposition=top), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="top")),
)
X("shapes", "Who drew this, a school child? What is his name?")

# --- the lecturer from Kano (Nigerian English)
P("count", "shapes", "Please, the circles, they are how many?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "two_clause",
    "shapes",
    "Is it that there is a green star or a yellow rectangle?",
    "or_(exist(f(sel(star), color=green)), exist(f(sel(rectangle), color=yellow)))",
    lambda p: yes(bool(p.f("star", color="green")) or any(p.value(o, "color") == "yellow" for o in rectangles(p))),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles having the same colour?",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "position",
    "shapes",
    "Please which shape is at the centre of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are the red shapes as many as the blue ones?",
    "eq(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) == len(p.f(color="blue"))),
)
X("shapes", "Please, how much will this drawing be sold?")

# --- the pharmacist from Bratislava (Slovak)
P(
    "negation",
    "shapes",
    "How many shapes are there which are neither red nor big?",
    "count(diff(fn(scene(), color=red), f(scene(), size=large)))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "red" and p.value(o, "size") != "large"]),
)
P(
    "attribute",
    "shapes",
    "Which colour has the small circle?",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
P(
    "superlative",
    "shapes",
    "Which shape is the last one on the right in the bottom row?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Is the hexagon bigger than the yellow rectangle?",
    "larger(u(sel(hexagon)), u(f(sel(rectangle), color=yellow)))",
    lambda p: drawn_larger(p, p.the("hexagon"), only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])),
)
P(
    "quantifier",
    "shapes",
    "Is it true that none of the big shapes is blue?",
    "not_(exist(f(scene(), size=large, color=blue)))",
    lambda p: yes(not p.f(size="large", color="blue")),
)
P(
    "exist",
    "shapes",
    "Is there on the picture some green square?",
    "exist(f(sel(square), color=green))",
    lambda p: yes(bool(p.f("square", color="green"))),
)

# --- the student from Kuala Lumpur (Malaysian English)
P("count", "shapes", "Got how many big shape?", "count(f(scene(), size=large))", lambda p: n(p.f(size="large")))
P(
    "negation",
    "shapes",
    "Other than circle, got how many shape?",
    "count(diff(scene(), sel(circle)))",
    lambda p: n([o for o in p.objects if p.name(o) != "circle"]),
)
P(
    "verify",
    "shapes",
    "The triangle is small one, correct or not?",
    "verify(u(sel(triangle)), size, small)",
    lambda p: yes(p.value(p.the("triangle"), "size") == "small"),
)
P(
    "superlative",
    "shapes",
    "The small shapes mostly what colour one?",
    "common_value(f(scene(), size=small), color)",
    lambda p: unique_top(p.value(o, "color") for o in p.f(size="small")),
)
P(
    "position",
    "shapes",
    "The star at top row or bottom row?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
X("shapes", "This drawing kids draw one, is it? Which school?")

# --- the tailor from Casablanca (Moroccan, French-schooled)
P(
    "count",
    "shapes",
    "The shapes red or green, there is how many of them together?",
    "count(union(f(scene(), color=red), f(scene(), color=green)))",
    lambda p: n(p.f(color="red") + p.f(color="green")),
)
P(
    "attribute",
    "shapes",
    "The hexagon, she is big or small?",
    "choose(u(sel(hexagon)), size, [large, small])",
    lambda p: p.value(p.the("hexagon"), "size"),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes have the same size that the triangle green?",
    "count(same_attr(u(f(sel(triangle), color=green)), size))",
    lambda p: n(
        [o for o in p.objects if o != p.the("triangle") and p.value(o, "size") == p.value(p.the("triangle"), "size")]
    ),
)
P(
    "number",
    "shapes",
    "The shapes big, of how many colours different are they?",
    "nvalues(f(scene(), size=large), color)",
    lambda p: str(len({p.value(o, "color") for o in p.f(size="large")})),
)
P(
    "position",
    "shapes",
    "In the corner at the bottom at the right, which shape there is?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "There is fewer circles than triangles?",
    "lt(count(sel(circle)), count(sel(triangle)))",
    lambda p: yes(len(p.f("circle")) < len(p.f("triangle"))),
)
X("shapes", "The person who drew this, he is from which country?")

# --- the fisher from Bergen (Norwegian)
P("exist", "shapes", "Is it a hexagon in the drawing?", "exist(sel(hexagon))", lambda p: yes(bool(p.f("hexagon"))))
P(
    "count",
    "shapes",
    "How many blue and red shapes is there together?",
    "count(union(f(scene(), color=blue), f(scene(), color=red)))",
    lambda p: n(p.f(color="blue") + p.f(color="red")),
)
P(
    "superlative",
    "shapes",
    "Which shape is number two from the right in the lower row?",
    "q(ord(f(scene(), vposition=bottom), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right", 2), "shape"),
)
P(
    "quantifier",
    "shapes",
    "Is every shape in the upper row big?",
    "not_(exist(fn(f(scene(), vposition=top), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(vposition="top"))),
)
P(
    "compare_attr",
    "shapes",
    "Has the square and the hexagon the same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "list",
    "shapes",
    "Which shapes are red? Say them all.",
    "values(f(scene(), color=red), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="red")),
)
P(
    "compare_size",
    "shapes",
    "Which is biggest, the star or the red circle?",
    "q(u(f(union(sel(star), f(sel(circle), color=red)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("star"), p.the("circle", color="red")),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
