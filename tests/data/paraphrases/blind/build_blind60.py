# ruff: noqa: E501
"""Blind paraphrase set 60: questions spoken aloud, second crowd. About forty ordinary people (every age, region and
job, a few of them non-native speakers), each imagined once and kept in character for six or seven questions about
one picture, SPEAKING to a phone, a smart speaker or a car's assistant, or dictating, and the speech-to-text writes
down what it heard: little or no punctuation (most questions have none; a few end in the question mark the phone
added), fillers and hesitations, false starts and restarts, corrections said mid-question, numbers said as words,
spoken contractions, run-ons whose second clause asks about what the first one named, politeness and commands to the
device, and now and then a word the transcriber got slightly wrong but a reader still understands ("the little red
cue", "medal cylinders", "made of robber", "the blue Thai", "the frizzby", "the pahk", "try angles": seven in the set,
well under one in fifteen).

The cast: a retired farmer talking to his smart speaker ("Alexa", "well now", "them balls", "this here picture"), a
teenage girl on her phone (all lower case, "like", "literally", "omg", "wait"), a truck driver asking his cab's
assistant ("OK car", "gimme", "yes or no", "them two"), a night-shift nurse (tired: "um", "sorry", "the the", a
correction mid-way), a Scottish grandmother ("wee", "o'", "an'", "aye", "d'ye"), a software engineer ("actually
scratch that", "distinct", "count the objects"), a Spanish-speaking mother ("is there", "of yellow color or no", "the
cube more to the right"), an eight-year-old ("um", "the the", "will it roll away"), a Southern man ("them two",
"outta", "way out front", "these here toys"), an office worker dictating on the bus (the odd question mark, plain
sentences), an old man hard of hearing ("I said cylinders"), an Australian ("mate", "reckon", "what's ... made of"), a
yoga teacher ("I'm wondering", "could you tell me whether"), a gamer kid (lower case, "yo", "bro", "whats"), an
accountant ("put together", "the total of both", "of the ten objects"), a Londoner ("innit", "them two", "yeah", "d'you
reckon", "the geezer what made"), a Korean student ("how many cylinder", "same material?", "the most right object"), a
chef with busy hands ("Hey Google quick question", "no in front of"); on the street photo a taxi driver, a Polish
tourist ("how many persons is", "she hold something"), a mother pushing a pram ("hang on"), a police officer ("males",
"the female's clothing", "located", "run the plate") and a cyclist ("tell me"); in the kitchen a grandmother baking
("dear", "love", "sat on the table"), a mumbling teenage boy ("uh", "like the writing"), a French woman ("the cups they
are of how many colours", "the cup the most at the left") and a plumber ("aren't", "what's that one", "run ya"); in the
park a dog walker ("ooh", "the dog the woman in red is holding"), a jogger out of breath ("Hey Siri", bare fragments),
a kindergarten teacher ("let's count", "can we find") and a Boston man ("pahk", "the kid in blue"); on the drawing an
art student ("composition", "show up"), a six-year-old ("how many blue ones"), an architect ("sits right in the
middle", "the top left corner"), an Irishwoman ("would you ever tell me", "a big one or a small one"), a dad reading out
homework ("question three", "not counting the square"), a hesitant speaker ("er", "hmm", "how many how many"), a blind
user of a voice assistant ("tell me what shapes"), a receptionist interrupted mid-question ("sorry hold on") and a
teacher marking ("right so", "next one").

Sentence shapes: bare questions without punctuation, a wake word or command first ("Alexa", "OK car", "Hey Google",
"Hey Siri", "gimme", "tell me", "count the"), the thing named first and asked about after ("the ball what's it made
of", "them two cyan ones are they both rubber"), restarts ("how many how many squares", "the the hexagon"),
corrections ("how many medal objects are there actually scratch that how many medal cylinders", "there's a cylinder
behind the no sorry there's a cube in front of the purple ball", "how many things are behind the no in front of the big
blue ball", "how many are blue sorry hold on how many are blue and small"), run-ons ("there's something behind the
purple cube yeah what's the cylinder to the right of that one what colour", "can we find the bench what colour is the
bench"), tags and yes/no tails ("yes or no", "or no", "are they", "innit"), numbers as words ("them two purple
balls", "how many of the ten objects", "are the two red things both cylinders", "question three").

The questions cover counts (with conditions, "aren't", "other than", "neither ... nor", "or", "put together", "not
counting"), existence, an attribute of one thing, yes/no checks of one value, comparisons of counts ("more", "fewer",
"as many as", "the same as the number of", "equal to") and of attributes (same colour, size or material), quantifiers
("all", "every", "both", "none", "any", "most of"), exceptions ("apart from the big blue ball"), relations (left,
right, in front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing,
throwing, above, behind, left, right, in front), one- and two-hop chains, superlatives and ordinals ("all the way at
the back", "second from the front", "furthest to the right"), other things sharing a value, which of two things is
the bigger, a list of values, the number of different colours and the most common one, sides of a CLEVR picture,
sides, rows and corners of the photos and the drawing, and the text on the photos' bus, sign, road, bottle and clock.
About 48% ask about CLEVR val scenes 5, 7, 11, 24, 26, 28, 29, 31 and 41 (two people to a scene), 31% about the
photo-like graphs (street, kitchen, park) and 21% about the drawing of flat shapes; about one in ten must be refused
(prices and worth, names, owners and makers, feelings and favourites, what happens next, the weather, places outside
the picture), each in the same voice as the person's other questions.

Conventions (as set 53's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of
an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawings neighbours in
an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations and attributes
leave open. A which-side question is answered with the side; a "which is bigger" between two things is asked only
where their size classes differ, and answered with the word that tells the bigger one from the other (its shape, or
its colour where both have one shape). Answers are the graph's words (gray, not grey; sphere, not ball; large, not
big; "circle, star" for a list, most frequent first, ties alphabetical). Every gold program and answer comes from the
scene by plain Python.

Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other question set but
the fifty-third (build_blind53.py, read for the format and conventions only; its plain-Python helpers are copied
here), and never run through nsvr's parser or planner before the set was final; only the gold programs were run, by
nsvr's executor, through ``--check``.

Run ``python build_blind60.py`` to write ``../blind60.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind60.jsonl"
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


def most(s: Clevr, ids: list[int], **want) -> str:
    """yes/no: more of ids have every given attribute value than lack one."""
    have = len(among(s, ids, **want))
    return yes(have > len(ids) - have)


# =================================================================================================================
# CLEVR scenes, two people each
# =================================================================================================================

# scene 5: small cyan metal sph (front), large purple rubber sph, large brown metal sph, small purple rubber sph (far left), small red rubber cube (back), large brown metal cube, large blue rubber cube (far right), small green rubber cyl

# --- the retired farmer, to his smart speaker
C(
    "count",
    5,
    "Alexa well now how many of them balls are there in this here picture",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    5,
    "Now them two purple balls are they the same size or not",
    "same(f(sel(sphere), color=purple), size)",
    lambda s: alike(s, s.f(shape="sphere", color="purple"), "size"),
)
C(
    "exist",
    5,
    "Let's see is there any sort of a cylinder in there at all",
    "exist(sel(cylinder))",
    lambda s: yes(bool(s.f(shape="cylinder"))),
)
C(
    "superlative",
    5,
    "And the big cube furthest over to the right what colour would that be",
    "q(ord(f(sel(cube), size=large), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube", size="large"), "right"), "color"),
)
C(
    "spatial",
    5,
    "How many things are sitting behind that big brown ball",
    "count(rel(u(f(sel(sphere), size=large, color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="large", color="brown"))),
)
C(
    "attribute",
    5,
    "Is the little red cue made out of metal or is it rubber",
    "choose(u(f(sel(cube), size=small, color=red)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", size="small", color="red"), "material"),
)
X(5, "What would a fella have to pay for a set of them shiny balls do you reckon")

# --- the teenage girl, on her phone
C(
    "count",
    5,
    "ok so like how many things are purple",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "compare_count",
    5,
    "wait are there like more spheres than cubes",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "superlative",
    5,
    "whats the thing thats like all the way in the back what colour is it",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "chain",
    5,
    "ok and the cube thats to the right of the green cylinder whats it made of",
    "q(u(f(rel(u(f(sel(cylinder), color=green)), right), shape=cube)), material)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="green"), "right", shape="cube"), "material"),
)
C(
    "negation",
    5,
    "literally how many things arent metal",
    "count(fn(scene(), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal"]),
)
C(
    "compare_attr",
    5,
    "omg ok does the cyan ball match the brown cube like are they the same material",
    "same(u(f(sel(sphere), color=cyan)), u(f(sel(cube), color=brown)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="cyan"), "material") == s.a(s.the(shape="cube", color="brown"), "material")
    ),
)
X(5, "which one is the cutest like which one would you pick")

# scene 7: small gray metal cyl, large purple rubber sph (left), large red rubber cube, small gray metal cube (far left), large brown metal cube (front), small purple metal cyl (back), small cyan rubber cyl (right), small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (far right)

# --- the truck driver, to his cab's assistant
C("count", 7, "OK car how many cylinders", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "count",
    7,
    "Gimme the count of cubes and cylinders put together",
    "count(union(sel(cube), sel(cylinder)))",
    lambda s: n(s.f(shape=("cube", "cylinder"))),
)
C("exist", 7, "Is there a ball in there yes or no", "exist(sel(sphere))", lambda s: yes(bool(s.f(shape="sphere"))))
C(
    "attribute",
    7,
    "What colour's the one ball",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "quantifier",
    7,
    "Them two cyan ones are they both rubber",
    "not_(exist(fn(f(scene(), color=cyan), material=rubber)))",
    lambda s: every(s, s.f(color="cyan"), material="rubber"),
)
C(
    "compare_size",
    7,
    "Which is bigger the yellow cube or the gray cube",
    "q(u(f(union(f(sel(cube), color=yellow), f(sel(cube), color=gray)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cube", color="yellow"), s.the(shape="cube", color="gray"), "color"),
)
X(7, "How far's the next truck stop from here")

# --- the night-shift nurse
C(
    "spatial",
    7,
    "Um how many things are in front of the blue cylinder",
    "count(rel(u(f(sel(cylinder), color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="blue"))),
)
C(
    "attribute",
    7,
    "Sorry what's the the big brown cube made of",
    "q(u(f(sel(cube), size=large, color=brown)), material)",
    lambda s: s.a(s.the(shape="cube", size="large", color="brown"), "material"),
)
C(
    "spatial",
    7,
    "Is the purple ball um to the left of the red cube",
    "exist(f(rel(u(f(sel(cube), color=red)), left), color=purple, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "purple"}, "left", {"shape": "cube", "color": "red"}),
)
C(
    "superlative",
    7,
    "What shape is the thing furthest back sorry the thing at the very back",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "negation",
    7,
    "How many small things are there that aren't cylinders",
    "count(fn(f(scene(), size=small), shape=cylinder))",
    lambda s: n([i for i in s.f(size="small") if s.a(i, "shape") != "cylinder"]),
)
C(
    "compare_count",
    7,
    "Are there fewer spheres than cubes",
    "lt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cube"))),
)
C(
    "chain",
    7,
    "Um there's a cylinder behind the no sorry there's a cube in front of the purple ball what colour is that",
    "q(u(f(rel(u(f(sel(sphere), color=purple)), front), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="purple"), "front", shape="cube"), "color"),
)

# scene 11: small brown metal cyl, large yellow metal sph (left), small green metal cube, small brown rubber sph (front), small gray metal cyl, small green rubber sph (right), large blue metal cube (back), large brown rubber sph, large brown metal cyl, small purple rubber sph (far left)

# --- the Scottish grandmother
C(
    "count",
    11,
    "How many wee balls are there",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "quantifier",
    11,
    "An' are most o' the balls wee ones",
    "gt(count(f(sel(sphere), size=small)), count(fn(sel(sphere), size=small)))",
    lambda s: most(s, s.f(shape="sphere"), size="small"),
)
C(
    "verify",
    11,
    "Is the big yellow ball made o' metal",
    "verify(u(f(sel(sphere), size=large, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="yellow"), "material") == "metal"),
)
C(
    "superlative",
    11,
    "Aye and what colour's the thing right at the very back",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_count",
    11,
    "Are there as many cubes as there are cylinders",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "position",
    11,
    "Is the wee purple ball on the left side o' the picture or the right",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
X(11, "Who was it set all these wee things oot d'ye know")

# --- the software engineer
C(
    "count",
    11,
    "How many medal objects are there actually scratch that how many medal cylinders",
    "count(f(sel(cylinder), material=metal))",
    lambda s: n(s.f(shape="cylinder", material="metal")),
)
C(
    "attribute",
    11,
    "What's the material of the large brown cylinder",
    "q(u(f(sel(cylinder), size=large, color=brown)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="large", color="brown"), "material"),
)
C(
    "negation",
    11,
    "Count the objects that are neither brown nor spheres",
    "count(diff(fn(scene(), color=brown), sel(sphere)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "brown" and s.a(i, "shape") != "sphere"]),
)
C(
    "quantifier",
    11,
    "Is every sphere made of rubber",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "number",
    11,
    "How many distinct colours are there in the scene",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "chain",
    11,
    "OK there's a cube behind the large brown cylinder what colour is it",
    "q(u(f(rel(u(f(sel(cylinder), size=large, color=brown)), behind), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", size="large", color="brown"), "behind", shape="cube"), "color"),
)
C(
    "superlative",
    11,
    "What shape is the second object from the left",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)

# scene 24: small red metal cube, large red rubber cyl (front), large green metal cube (far right), small brown metal cyl (far left), large gray metal cube, large red metal sph, small yellow rubber cube (left), large red metal sph (back), large brown rubber cube, small gray rubber cube

# --- the Spanish-speaking mother
C(
    "count",
    24,
    "How many red things is there in the picture",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_attr",
    24,
    "The two red balls they are the same size no",
    "same(f(sel(sphere), color=red), size)",
    lambda s: alike(s, s.f(shape="sphere", color="red"), "size"),
)
C(
    "superlative",
    24,
    "The cube more to the right what color is",
    "q(ord(sel(cube), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "color"),
)
C(
    "exist",
    24,
    "There is a cylinder of yellow color or no",
    "exist(f(sel(cylinder), color=yellow))",
    lambda s: yes(bool(s.f(shape="cylinder", color="yellow"))),
)
C(
    "count",
    24,
    "How many cubes are made of rubber",
    "count(f(sel(cube), material=rubber))",
    lambda s: n(s.f(shape="cube", material="rubber")),
)
X(24, "My son he wants to know where we can buy these toys")

# --- the eight-year-old
C("count", 24, "Um how many cubes are there", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_count",
    24,
    "Are there more cubes than balls?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)
C(
    "attribute",
    24,
    "What colour is the the cylinder that's little",
    "q(u(f(sel(cylinder), size=small)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "color"),
)
C(
    "position",
    24,
    "Is the yellow cube on the left side or the right side",
    "choose(u(f(sel(cube), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="yellow")),
)
C(
    "compare_size",
    24,
    "Is the green cube bigger than the yellow cube",
    "larger(u(f(sel(cube), color=green)), u(f(sel(cube), color=yellow)))",
    lambda s: larger(s, s.the(shape="cube", color="green"), s.the(shape="cube", color="yellow")),
)
C(
    "quantifier",
    24,
    "None of the balls are blue right",
    "not_(exist(f(sel(sphere), color=blue)))",
    lambda s: yes(not s.f(shape="sphere", color="blue")),
)
X(24, "What happens if I push the big red ball will it roll away")

# scene 26: large brown metal cyl (far left), large green metal sph, small purple metal cube (front), large cyan metal sph, small green metal cyl (back), small purple rubber cube (far right), small green metal sph, large green metal cyl

# --- the Southern man
C(
    "count",
    26,
    "Hey how many green ones are there",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "compare_count",
    26,
    "Is the number of balls the same as the number of cylinders",
    "eq(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cylinder"))),
)
C(
    "quantifier",
    26,
    "Is most of this stuff metal",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: most(s, s.all(), material="metal"),
)
C(
    "compare_attr",
    26,
    "Them two purple cubes are they made outta the same stuff",
    "same(f(sel(cube), color=purple), material)",
    lambda s: alike(s, s.f(shape="cube", color="purple"), "material"),
)
C(
    "superlative",
    26,
    "What colour's the thing way out front",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "chain",
    26,
    "The big cylinder to the left of the big cyan ball what colour is it",
    "q(u(f(rel(u(f(sel(sphere), size=large, color=cyan)), left), shape=cylinder, size=large)), color)",
    lambda s: s.a(
        hop(s, s.the(shape="sphere", size="large", color="cyan"), "left", shape="cylinder", size="large"), "color"
    ),
)
X(26, "Who do you reckon owns all these here toys")

# --- the office worker, dictating on the bus
C(
    "spatial",
    26,
    "How many things are in front of the large green cylinder?",
    "count(rel(u(f(sel(cylinder), size=large, color=green)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", size="large", color="green"))),
)
C(
    "exist",
    26,
    "Is there anything made of rubber?",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
C(
    "compare_size",
    26,
    "Which is bigger the brown cylinder or the small green cylinder",
    "q(u(f(union(f(sel(cylinder), color=brown), f(sel(cylinder), size=small, color=green)), size=large)), color)",
    lambda s: bigger_of(
        s, s.the(shape="cylinder", color="brown"), s.the(shape="cylinder", size="small", color="green"), "color"
    ),
)
C(
    "list",
    26,
    "What colours are the spheres",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "negation",
    26,
    "Other than the cubes how many objects are there",
    "count(fn(scene(), shape=cube))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cube"]),
)
C(
    "verify",
    26,
    "The purple cube that's furthest right is it rubber?",
    "verify(ord(f(sel(cube), color=purple), right, 1), material, rubber)",
    lambda s: yes(s.a(nth(s, s.f(shape="cube", color="purple"), "right"), "material") == "rubber"),
)

# scene 28: large red metal cyl (front), small red rubber cyl (right), large purple rubber cyl (back), small brown metal sph (far left)

# --- the old man hard of hearing
C(
    "count",
    28,
    "How many cylinders are there I said cylinders",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    28,
    "The ball what's it made of",
    "q(u(sel(sphere)), material)",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
C(
    "quantifier",
    28,
    "Are all the cylinders red",
    "not_(exist(fn(sel(cylinder), color=red)))",
    lambda s: every(s, s.f(shape="cylinder"), color="red"),
)
C(
    "superlative",
    28,
    "Which one is furthest to the left what is it",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "spatial",
    28,
    "Is the big red cylinder in front of the purple one",
    "exist(f(rel(u(f(sel(cylinder), color=purple)), front), color=red, shape=cylinder, size=large))",
    lambda s: is_rel(
        s, {"shape": "cylinder", "size": "large", "color": "red"}, "front", {"shape": "cylinder", "color": "purple"}
    ),
)
X(28, "What's the weather doing outside today")

# --- the Australian
C("count", 28, "How many red things are there mate", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "position",
    28,
    "Reckon the little red cylinder's on the left or the right of the picture",
    "choose(u(f(sel(cylinder), size=small, color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="small", color="red")),
)
C(
    "attribute",
    28,
    "What's the purple cylinder made of",
    "q(u(f(sel(cylinder), color=purple)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="purple"), "material"),
)
C(
    "spatial",
    28,
    "How many things are behind the big red cylinder",
    "count(rel(u(f(sel(cylinder), size=large, color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="large", color="red"))),
)
C(
    "same_attr",
    28,
    "How many other things are the same colour as that little ball",
    "count(same_attr(u(f(sel(sphere), size=small)), color))",
    lambda s: n(others(s, s.the(shape="sphere", size="small"), "color")),
)
C(
    "superlative",
    28,
    "What shape's the thing right at the back",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "quantifier",
    28,
    "Are the two red things both cylinders",
    "not_(exist(fn(f(scene(), color=red), shape=cylinder)))",
    lambda s: every(s, s.f(color="red"), shape="cylinder"),
)

# scene 29: large cyan metal sph (back), large cyan rubber cyl, large red metal cyl (far left, front), small brown rubber sph (far right)

# --- the yoga teacher
C("count", 29, "I'm wondering how many objects there are altogether", "count(scene())", lambda s: n(s.all()))
C(
    "compare_attr",
    29,
    "Could you tell me whether the two cyan things are made of the same material",
    "same(f(scene(), color=cyan), material)",
    lambda s: alike(s, s.f(color="cyan"), "material"),
)
C(
    "compare_size",
    29,
    "Which one is bigger the brown sphere or the cyan sphere",
    "q(u(f(union(f(sel(sphere), color=brown), f(sel(sphere), color=cyan)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="brown"), s.the(shape="sphere", color="cyan"), "color"),
)
C(
    "position",
    29,
    "Is the red cylinder on the left of the picture or on the right",
    "choose(u(f(sel(cylinder), color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="red")),
)
C(
    "exist",
    29,
    "Is there anything small in the picture",
    "exist(f(scene(), size=small))",
    lambda s: yes(bool(s.f(size="small"))),
)
X(29, "Do the colours in this image feel calming to you")

# --- the gamer kid
C("count", 29, "yo how many cylinders", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "attribute",
    29,
    "bro what colour is the little ball",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "attribute",
    29,
    "is the red cylinder metal or rubber",
    "choose(u(f(sel(cylinder), color=red)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder", color="red"), "material"),
)
C(
    "superlative",
    29,
    "whats the thing all the way at the back",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "compare_count",
    29,
    "are there more big things than small things",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "spatial",
    29,
    "whats to the right of the cyan cylinder",
    "q(u(rel(u(f(sel(cylinder), color=cyan)), right)), shape)",
    lambda s: s.a(only(related(s, "right", s.the(shape="cylinder", color="cyan"))), "shape"),
)

# scene 31: small cyan rubber cyl, large green metal cyl (far right), large blue metal sph, small red metal cyl (back), small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph (far left), small brown rubber cyl

# --- the accountant
C(
    "count",
    31,
    "How many spheres and how many cylinders no just give me the total of both put together",
    "count(union(sel(sphere), sel(cylinder)))",
    lambda s: n(s.f(shape=("sphere", "cylinder"))),
)
C(
    "compare_count",
    31,
    "Is the number of metal objects the same as the number of rubber objects",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "quantifier",
    31,
    "Apart from the big blue ball are all the balls small",
    "not_(exist(fn(diff(sel(sphere), u(f(sel(sphere), size=large, color=blue))), size=small)))",
    lambda s: every(
        s, [i for i in s.f(shape="sphere") if i != s.the(shape="sphere", size="large", color="blue")], size="small"
    ),
)
C(
    "count",
    31,
    "Of the small ones how many are metal",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "count",
    31,
    "How many of the ten objects are cubes",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "superlative",
    31,
    "What colour is the object second from the front",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "color"),
)
X(31, "Roughly what would these items be worth for insurance purposes")

# --- the Londoner
C("count", 31, "How many blue things are there innit", "count(f(scene(), color=blue))", lambda s: n(s.f(color="blue")))
C(
    "compare_attr",
    31,
    "Them two blue ones are they the same size",
    "same(f(scene(), color=blue), size)",
    lambda s: alike(s, s.f(color="blue"), "size"),
)
C(
    "attribute",
    31,
    "What's the cube made of",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "chain",
    31,
    "There's something behind the purple cube yeah what's the cylinder to the right of that one what colour",
    "q(u(f(rel(u(rel(u(f(sel(cube), color=purple)), behind)), right), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, only(related(s, "behind", s.the(shape="cube", color="purple"))), "right", shape="cylinder"), "color"
    ),
)
C(
    "spatial",
    31,
    "Is the little cyan ball further left than the big blue ball",
    "exist(f(rel(u(f(sel(sphere), size=large, color=blue)), left), color=cyan, shape=sphere, size=small))",
    lambda s: is_rel(
        s,
        {"shape": "sphere", "size": "small", "color": "cyan"},
        "left",
        {"shape": "sphere", "size": "large", "color": "blue"},
    ),
)
C(
    "exist",
    31,
    "D'you reckon there's any red balls",
    "exist(f(sel(sphere), color=red))",
    lambda s: yes(bool(s.f(shape="sphere", color="red"))),
)
X(31, "Who's the geezer what made this picture then")

# scene 41: small yellow metal cyl, small purple rubber cyl (front), large gray rubber sph, large yellow metal cyl (far left), small red metal cyl, small brown rubber sph (back), large blue metal sph, large cyan metal cyl (far right), large blue metal cube, small yellow rubber sph

# --- the Korean student
C(
    "count",
    41,
    "Uh how many cylinder are there in the picture",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C("count", 41, "The yellow things how many", "count(f(scene(), color=yellow))", lambda s: n(s.f(color="yellow")))
C(
    "compare_attr",
    41,
    "Big blue ball and big blue cube same material?",
    "same(u(f(sel(sphere), size=large, color=blue)), u(f(sel(cube), size=large, color=blue)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", size="large", color="blue"), "material")
        == s.a(s.the(shape="cube", size="large", color="blue"), "material")
    ),
)
C(
    "superlative",
    41,
    "The most right object what is the color",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "position",
    41,
    "The big yellow cylinder is it left side of picture or right side",
    "choose(u(f(sel(cylinder), size=large, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="yellow")),
)
C(
    "count",
    41,
    "How many small object is metal",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
X(41, "This picture it is from which country")

# --- the chef, hands busy
C(
    "count",
    41,
    "Hey Google quick question how many spheres are there",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "superlative",
    41,
    "What colour is the ball all the way at the back",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "verify",
    41,
    "Is the purple cylinder made of robber",
    "verify(u(f(sel(cylinder), color=purple)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="purple"), "material") == "rubber"),
)
C(
    "quantifier",
    41,
    "Are all the big things metal",
    "not_(exist(fn(f(scene(), size=large), material=metal)))",
    lambda s: every(s, s.f(size="large"), material="metal"),
)
C(
    "count",
    41,
    "How many things are yellow or red",
    "count(union(f(scene(), color=yellow), f(scene(), color=red)))",
    lambda s: n(s.f(color=("yellow", "red"))),
)
C(
    "spatial",
    41,
    "How many things are behind the no in front of the big blue ball",
    "count(rel(u(f(sel(sphere), size=large, color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", size="large", color="blue"))),
)
C(
    "chain",
    41,
    "The cylinder to the right of the big grey ball what colour is that",
    "q(u(f(rel(u(f(sel(sphere), size=large, color=gray)), right), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="large", color="gray"), "right", shape="cylinder"), "color"),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus, small brown dog, road text 'NO PARKING'

# --- the taxi driver
P("count", "street", "How many cars are in this one", "count(sel(car))", lambda p: n(p.f("car")))
P(
    "text",
    "street",
    "What's written on the bus there",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("attribute", "street", "What colour's the car?", "q(u(sel(car)), color)", lambda p: p.value(p.the("car"), "color"))
P(
    "spatial",
    "street",
    "The car is it to the left of the bus",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P(
    "count",
    "street",
    "Bus and car put together how many's that",
    "count(union(sel(bus), sel(car)))",
    lambda p: n(p.f(("bus", "car"))),
)
X("street", "Where's that bus headed do you know")

# --- the Polish tourist
P(
    "text",
    "street",
    "Excuse me what is written on this red sign",
    "q(u(f(sel(sign), color=red)), text)",
    lambda p: p.value(p.the("sign", color="red"), "text"),
)
P("count", "street", "How many persons is on the street", "count(sel(person))", lambda p: n(people(p)))
P(
    "chain",
    "street",
    "This woman she hold something what is it",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "chain",
    "street",
    "The man with the blue Thai what colour is his clothes",
    "q(u(rel(u(f(sel(tie), color=blue)), wearing)), color)",
    lambda p: p.value(only(p.subjects("wearing", p.the("tie", color="blue"))), "color"),
)
P(
    "position",
    "street",
    "The sign is it in top or in bottom",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
X("street", "This street is in which city Madrid maybe")

# --- the mother pushing a pram
P(
    "count",
    "street",
    "Hang on how many people are wearing ties",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "verify",
    "street",
    "Is the dog brown",
    "verify(u(sel(dog)), color, brown)",
    lambda p: yes(p.value(p.the("dog"), "color") == "brown"),
)
P(
    "attribute",
    "street",
    "Is the dog a big one or a small one",
    "choose(u(sel(dog)), size, [large, small])",
    lambda p: p.value(p.the("dog"), "size"),
)
P(
    "quantifier",
    "street",
    "Does every man have a tie on",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "spatial",
    "street",
    "What's the woman standing in front of",
    "q(u(rel(u(sel(woman)), front, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "front"))),
)
P(
    "text",
    "street",
    "There's writing on the road what does it say",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)

# --- the police officer
P("count", "street", "How many males are present in the image", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "chain",
    "street",
    "The male on the left is he wearing a red tie",
    "exist(f(rel(u(f(sel(man), hposition=left)), wearing, role=object), color=red))",
    lambda p: yes(any(p.value(t, "color") == "red" for t in p.objects_of(p.the("man", hposition="left"), "wearing"))),
)
P(
    "attribute",
    "street",
    "What colour is the female's clothing",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "position",
    "street",
    "What is located in the bottom left corner of the image",
    "q(u(f(scene(), hposition=left, vposition=bottom)), name)",
    lambda p: p.name(p.the(hposition="left", vposition="bottom")),
)
P(
    "superlative",
    "street",
    "Which person is standing furthest to the right",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("street", "Run the plate on that white car and tell me who it's registered to")

# --- the cyclist
P(
    "exist",
    "street",
    "Tell me is there a bike in this picture",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "spatial",
    "street",
    "How many people are standing to the right of the bus",
    "count(rel(u(sel(bus)), right, name=person))",
    lambda p: n([o for o in p.subjects("right", p.the("bus")) if p.name(o) in PEOPLE]),
)
P(
    "attribute",
    "street",
    "What colour is the stop sign",
    "q(u(sel(sign)), color)",
    lambda p: p.value(p.the("sign"), "color"),
)
P(
    "where",
    "street",
    "Is the tree in front of the bus or behind it",
    "choose_rel(u(sel(tree)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("tree"), p.the("bus"), ("front", "behind")),
)
P(
    "compare_attr",
    "street",
    "The woman and the man on the right are they dressed the same colour",
    "same(u(sel(woman)), u(f(sel(man), hposition=right)), color)",
    lambda p: yes(p.value(p.the("woman"), "color") == p.value(p.the("man", hposition="right"), "color")),
)
P(
    "spatial",
    "street",
    "What's the dog next to",
    "q(u(rel(u(sel(dog)), near, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("dog"), "near"))),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- the grandmother baking
P(
    "text",
    "kitchen",
    "What time does the clock say dear",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "count",
    "kitchen",
    "How many cups are sat on the table love",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "verify",
    "kitchen",
    "Is the plate white",
    "verify(u(sel(plate)), color, white)",
    lambda p: yes(p.value(p.the("plate"), "color") == "white"),
)
P(
    "spatial",
    "kitchen",
    "What's the fork near",
    "q(u(rel(u(sel(fork)), near, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("fork"), "near"))),
)
P(
    "quantifier",
    "kitchen",
    "None of the cups are green are they",
    "not_(exist(f(sel(cup), color=green)))",
    lambda p: yes(not p.f("cup", color="green")),
)
X("kitchen", "What's she making for dinner do you suppose")

# --- the mumbling teenage boy
P(
    "attribute",
    "kitchen",
    "uh what colour's the bottle",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "text",
    "kitchen",
    "whats on the bottle like the writing",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "count",
    "kitchen",
    "how many things are on the table",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "spatial",
    "kitchen",
    "whats to the left of the blue cup",
    "q(u(rel(u(f(sel(cup), color=blue)), left)), name)",
    lambda p: p.name(only(p.subjects("left", p.the("cup", color="blue")))),
)
P(
    "verify",
    "kitchen",
    "is the woman wearing yellow",
    "verify(u(sel(woman)), color, yellow)",
    lambda p: yes(p.value(p.the("woman"), "color") == "yellow"),
)
X("kitchen", "is she like mad or something")

# --- the French woman
P(
    "number",
    "kitchen",
    "The cups they are of how many colours",
    "nvalues(sel(cup), color)",
    lambda p: str(len({p.value(o, "color") for o in p.f("cup")})),
)
P(
    "spatial",
    "kitchen",
    "The clock it is above the table yes",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "attribute",
    "kitchen",
    "The cup in the middle is it blue or white?",
    "choose(u(f(sel(cup), hposition=middle)), color, [blue, white])",
    lambda p: p.value(p.the("cup", hposition="middle"), "color"),
)
P(
    "two_clause",
    "kitchen",
    "There is a fork and also a knife",
    "and_(exist(sel(fork)), exist(sel(knife)))",
    lambda p: yes(bool(p.f("fork")) and bool(p.f("knife"))),
)
P(
    "attribute",
    "kitchen",
    "The table it is made of what",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "superlative",
    "kitchen",
    "The cup the most at the left what colour",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)

# --- the plumber
P(
    "negation",
    "kitchen",
    "How many cups aren't white",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "chain",
    "kitchen",
    "The cup to the right of the bottle what colour's that one",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "exist",
    "kitchen",
    "Anything made of metal in there",
    "exist(f(scene(), material=metal))",
    lambda p: yes(bool(p.f(material="metal"))),
)
P(
    "compare_attr",
    "kitchen",
    "Is the clock the same colour as the plate",
    "same(u(sel(clock)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("clock"), "color") == p.value(p.the("plate"), "color")),
)
P(
    "attribute",
    "kitchen",
    "The person in there is it a man or a woman",
    "q(u(sel(person)), name)",
    lambda p: p.name(only(people(p))),
)
X("kitchen", "How much did that table run ya you think")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees

# --- the dog walker
P("count", "park", "Ooh how many dogs can you see in the park", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "What colour's the dog the woman in red is holding",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "verify",
    "park",
    "And the other dog the one by the girl is that one white",
    "verify(u(rel(u(sel(girl)), near, name=dog)), color, white)",
    lambda p: yes(p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color") == "white"),
)
P(
    "compare_attr",
    "park",
    "Are both dogs the same colour",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "position",
    "park",
    "Is the black dog on the left or the right",
    "choose(u(f(sel(dog), color=black)), hposition, [left, right])",
    lambda p: p.value(p.the("dog", color="black"), "hposition"),
)
X("park", "What breed is the black one would it be good with kids")

# --- the jogger, out of breath
P("count", "park", "Hey Siri how many people in the park", "count(sel(person))", lambda p: n(people(p)))
P("count", "park", "How many women", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "chain",
    "park",
    "What's the boy throwing",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "position",
    "park",
    "Is the frizzby up at the top or down at the bottom",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "spatial",
    "park",
    "Who's near the red bike",
    "q(u(rel(u(f(sel(bicycle), color=red)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle", color="red")))),
)
X("park", "Is it gonna rain later should I keep running")

# --- the kindergarten teacher
P("count", "park", "OK let's count how many children are in the park", "count(sel(child))", lambda p: n(children(p)))
P(
    "attribute",
    "park",
    "Can we find the bench what colour is the bench",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "verify",
    "park",
    "Is the girl wearing pink",
    "verify(u(sel(girl)), color, pink)",
    lambda p: yes(p.value(p.the("girl"), "color") == "pink"),
)
P(
    "attribute",
    "park",
    "Is the bench made of wood or metal",
    "choose(u(sel(bench)), material, [wood, metal])",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "superlative",
    "park",
    "Who's standing furthest to the left",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "spatial",
    "park",
    "What's behind the girl",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)

# --- the Boston man
P("count", "park", "How many trees in the pahk", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "compare_attr",
    "park",
    "The two trees are they the same colour",
    "same(sel(tree), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("tree")}) == 1),
)
P(
    "spatial",
    "park",
    "Is the bench to the left of the bike",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "chain",
    "park",
    "What colour's the thing the kid in blue is throwing",
    "q(u(rel(u(f(sel(boy), color=blue)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy", color="blue"), "throwing")), "color"),
)
P(
    "compare_count",
    "park",
    "Are there more dogs than trees",
    "gt(count(sel(dog)), count(sel(tree)))",
    lambda p: yes(len(p.f("dog")) > len(p.f("tree"))),
)
X("park", "Is this the Common downtown or someplace else")

# =================================================================================================================
# the drawing of flat shapes
# =================================================================================================================

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- the art student
P("count", "shapes", "How many shapes are there in this composition", "count(scene())", lambda p: n(p.objects))
P(
    "attribute",
    "shapes",
    "What colour's the triangle",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Is the star the same colour as the big circle",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color")),
)
P(
    "list",
    "shapes",
    "Which colours show up in the bottom row",
    "values(f(scene(), vposition=bottom), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="bottom")),
)
P(
    "number",
    "shapes",
    "How many different colours does the drawing use",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
X("shapes", "Does the drawing look kind of sad to you")

# --- the six-year-old
P("count", "shapes", "How many circles are there", "count(sel(circle))", lambda p: n(p.f("circle")))
P("exist", "shapes", "Is there a star", "exist(sel(star))", lambda p: yes(bool(p.f("star"))))
P("attribute", "shapes", "What colour is the star", "q(u(sel(star)), color)", lambda p: p.value(p.the("star"), "color"))
P(
    "compare_size",
    "shapes",
    "Is the big circle bigger than the little circle",
    "larger(u(f(sel(circle), size=large)), u(f(sel(circle), size=small)))",
    lambda p: drawn_larger(p, p.the("circle", size="large"), p.the("circle", size="small")),
)
P("count", "shapes", "How many blue ones", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
X("shapes", "Which one is your favourite")

# --- the architect
P(
    "position",
    "shapes",
    "What shape is in the top left corner",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "count",
    "shapes",
    "Count the shapes along the top row",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "position",
    "shapes",
    "What shape sits right in the middle of the drawing",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "two_clause",
    "shapes",
    "Is the hexagon in the bottom right corner",
    "and_(verify(u(sel(hexagon)), hposition, right), verify(u(sel(hexagon)), vposition, bottom))",
    lambda p: yes(
        p.value(p.the("hexagon"), "hposition") == "right" and p.value(p.the("hexagon"), "vposition") == "bottom"
    ),
)
P(
    "compare_size",
    "shapes",
    "Which is larger the square or the yellow rectangle",
    "q(u(f(union(sel(square), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])),
)
P(
    "superlative",
    "shapes",
    "What's the second shape from the left on the bottom row",
    "q(ord(f(scene(), vposition=bottom), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left", 2), "shape"),
)

# --- the Irishwoman
P(
    "count",
    "shapes",
    "Would you ever tell me how many red shapes there are",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "attribute",
    "shapes",
    "Is the triangle a big one or a small one",
    "choose(u(sel(triangle)), size, [large, small])",
    lambda p: p.value(p.the("triangle"), "size"),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer red ones than blue ones",
    "lt(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) < len(p.f(color="blue"))),
)
P(
    "superlative",
    "shapes",
    "What shape is on the far right of the top row",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)
P(
    "two_clause",
    "shapes",
    "Is the little blue circle right in the centre of the picture",
    "and_(verify(u(f(sel(circle), size=small, color=blue)), hposition, middle), verify(u(f(sel(circle), size=small, color=blue)), vposition, middle))",
    lambda p: yes(
        p.value(p.the("circle", size="small", color="blue"), "hposition") == "middle"
        and p.value(p.the("circle", size="small", color="blue"), "vposition") == "middle"
    ),
)
X("shapes", "Where would you hang a thing like that in the house")

# --- the dad reading out homework
P(
    "count",
    "shapes",
    "OK question three how many try angles are in the picture",
    "count(sel(triangle))",
    lambda p: n(p.f("triangle")),
)
P(
    "quantifier",
    "shapes",
    "Question four are all the big shapes red",
    "not_(exist(fn(f(scene(), size=large), color=red)))",
    lambda p: yes(all(p.value(o, "color") == "red" for o in p.f(size="large"))),
)
P(
    "negation",
    "shapes",
    "How many shapes are neither red nor blue",
    "count(fn(fn(scene(), color=red), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") not in ("red", "blue")]),
)
P(
    "list",
    "shapes",
    "Which shapes are small",
    "values(f(scene(), size=small), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(size="small")),
)
P(
    "same_attr",
    "shapes",
    "How many shapes are the same colour as the square not counting the square",
    "count(same_attr(u(sel(square)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("square") and p.value(o, "color") == p.value(p.the("square"), "color")]
    ),
)
P(
    "compare_count",
    "shapes",
    "Is the number of big shapes equal to the number of small shapes",
    "eq(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda p: yes(len(p.f(size="large")) == len(p.f(size="small"))),
)

# --- the hesitant speaker
P("exist", "shapes", "Er is there a er a hexagon", "exist(sel(hexagon))", lambda p: yes(bool(p.f("hexagon"))))
P(
    "attribute",
    "shapes",
    "What colour is the the hexagon",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P("count", "shapes", "Hmm how many how many squares", "count(sel(square))", lambda p: n(p.f("square")))
P(
    "verify",
    "shapes",
    "Is the the rectangle the yellow one is it at the bottom",
    "verify(u(f(sel(rectangle), color=yellow)), vposition, bottom)",
    lambda p: yes(
        p.value(only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), "vposition") == "bottom"
    ),
)
P(
    "superlative",
    "shapes",
    "Hmm what colour is there the most of",
    "common_value(scene(), color)",
    lambda p: Counter(p.value(o, "color") for o in p.objects).most_common(1)[0][0],
)
X("shapes", "Er who drew it was it a child")

# --- the blind user of a voice assistant
P(
    "list",
    "shapes",
    "Tell me what shapes are in the top row",
    "values(f(scene(), vposition=top), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="top")),
)
P(
    "position",
    "shapes",
    "Which colour is the shape in the bottom left corner",
    "q(u(f(scene(), hposition=left, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "color"),
)
P(
    "negation",
    "shapes",
    "Is there anything green other than the triangle",
    "exist(fn(f(scene(), color=green), shape=triangle))",
    lambda p: yes(any(p.value(o, "shape") != "triangle" for o in p.f(color="green"))),
)
P(
    "count",
    "shapes",
    "How many shapes are on the right side",
    "count(f(scene(), hposition=right))",
    lambda p: n(p.f(hposition="right")),
)
P(
    "verify",
    "shapes",
    "Is the square in the top row?",
    "verify(u(sel(square)), vposition, top)",
    lambda p: yes(p.value(p.the("square"), "vposition") == "top"),
)
P(
    "compare_size",
    "shapes",
    "Which one's bigger the hexagon or the big circle",
    "q(u(f(union(sel(hexagon), f(sel(circle), size=large)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("hexagon"), p.the("circle", size="large")),
)

# --- the receptionist, interrupted
P(
    "count",
    "shapes",
    "Can you tell me how many shapes are blue sorry hold on how many are blue and small",
    "count(f(scene(), color=blue, size=small))",
    lambda p: n(p.f(color="blue", size="small")),
)
P(
    "quantifier",
    "shapes",
    "Is every blue shape small",
    "not_(exist(fn(f(scene(), color=blue), size=small)))",
    lambda p: yes(all(p.value(o, "size") == "small" for o in p.f(color="blue"))),
)
P(
    "verify",
    "shapes",
    "Is the red circle large",
    "verify(u(f(sel(circle), color=red)), size, large)",
    lambda p: yes(p.value(p.the("circle", color="red"), "size") == "large"),
)
P(
    "exist",
    "shapes",
    "Is there a purple shape anywhere",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "position",
    "shapes",
    "What shape is in the bottom right corner",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
X("shapes", "How much would a print of this cost")

# --- the teacher marking
P(
    "count",
    "shapes",
    "Right so how many shapes are there in the bottom row",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "verify",
    "shapes",
    "Next one is the star small",
    "verify(u(sel(star)), size, small)",
    lambda p: yes(p.value(p.the("star"), "size") == "small"),
)
P(
    "compare_attr",
    "shapes",
    "Is the square the same size as the hexagon",
    "same(u(sel(square)), u(sel(hexagon)), size)",
    lambda p: yes(p.value(p.the("square"), "size") == p.value(p.the("hexagon"), "size")),
)
P(
    "negation",
    "shapes",
    "How many shapes are large and not red",
    "count(fn(f(scene(), size=large), color=red))",
    lambda p: n([o for o in p.f(size="large") if p.value(o, "color") != "red"]),
)
P(
    "position",
    "shapes",
    "Which row is the star in top or bottom",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
P(
    "two_clause",
    "shapes",
    "Is there a red shape or a green shape on the bottom row",
    "or_(exist(f(scene(), color=red, vposition=bottom)), exist(f(scene(), color=green, vposition=bottom)))",
    lambda p: yes(bool(p.f(color="red", vposition="bottom")) or bool(p.f(color="green", vposition="bottom"))),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
