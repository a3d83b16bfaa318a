# ruff: noqa: E501
"""Blind paraphrase set 58: a seventh fresh crowd with no common theme. Forty-one ordinary people of every kind, each
imagined once and kept in character for five to seven questions about one picture, asking in their own words and
habits of speech, always understandable to a careful human reader.

The cast. Children: Leo (9, excited, "my brother says..."), Sofia (11, curious, checks her dad's counting), Mia (8,
very short, "box" for a cube), Sam (10, "a man or a lady?"), Lily (8, lower case, "do u like my drawing"), Ravi (12,
plain and quick). Teenagers: Jayden (15, texting: "r", "wats", "or nah"), Chloe (14, chatty: "ok so", "like", "??"),
Tyler (16, dog walker, clipped: "what colour's the dog the girl's near"). Elderly people: Doris (78, grandmother,
chatty, "dear", "bluey-green"), Mr Whitfield (82, formal letter English, "would you kindly"), Mrs Tanaka (Japanese
grandmother, polite, "isn't it?"), Bert (75, "now then", "have I got my eyes wrong"), Mrs Patel (retired
schoolteacher, careful). Students: Haruka (Japanese exchange student, "please", "isn't it"), Katharina (German physics
student: "left from", "which colour has", "or?"), Aisha (in a hurry on her phone: "ppl", "pic"), Youssef (Arabic
speaker: "the" everywhere, resumptive "it"), Ananya (linguistics PhD student: negative and tag questions). Parents:
Helen (reading out her son's homework sheet), Jess (mother of three on her phone), Fernanda (Brazilian: "the woman of
white", "near of", "childrens"). Office workers: Priya (blunt commands on her lunch break: "Count the...", "List
the..."), Pauline (secretary, "Could you please tell me"), Kenji (Japanese: "pieces of shape", "is it correct?"),
Nadia (software tester: "Return the number of", "Verify that", "Check whether"). Tradespeople: Tomasz (Polish plumber:
"how many ... is there", "from metal"), Gaz (electrician on a phone: "cube metal?", "whats"), Joao (Brazilian
carpenter: "have in the picture", "stays in the left side"), Marco (line cook, blunt), Dave (taxi driver, "yeah?").
Academics and careful writers: Margaret (retired engineer, "Could you tell me", "Setting aside"), Dr Hale (philosophy
lecturer: "I wonder if you could tell me whether", "Would I be right in thinking"), Mr Okafor (maths teacher, "State
its colour"). Others with a first language showing: Lucia (Spanish nurse: "there are in the image", "no?"), Omar
(Arabic-speaking engineer: "How many the spheres", "the object that it is"), Herr Braun (German retiree: "Stands the
tree behind", "Have the bus and the sign"), Kasia (Polish au pair: "on right from", "which colour it has"), Javier
(Spanish architect: "more big that", "the row of up"), Bev (night-shift nurse, tired and blunt), Mr Lewis (art
teacher).

Sentence shapes: very short and blunt ("Cylinders. How many?"), long and chatty with context before the question,
polite and formal, questions split over two sentences, statements with a question mark ("The big cylinder is brown,
isn't it?"), tag questions, indirect questions ("I wonder if...", "Could you tell me whether..."), negative questions
("Aren't both cubes made of metal?", "There isn't a sphere in this one, is there?"), commands ("Count the spheres.",
"List the colours of the cubes.", "Verify that no shape is purple."), and follow-ups that still name what they ask
("And the triangle, what colour's that?"). Everyday names: ball, block, box, can, grey, golden (a yellow metal
thing), shiny (metal), bluey-green (cyan), lady.

The questions cover counts (with conditions, "other than", "excluding", "except", "neither ... nor", "or", "put
together"), existence, an attribute of one thing, yes/no checks of one value, comparisons of counts ("more", "fewer",
"as many as", "the same number") and of attributes (same colour, size, shape or material), quantifiers ("all",
"every", "both", "none"/"no shape", "any", "most of", "the majority"), exceptions ("setting aside the purple cube, are
all the remaining cubes small?"), relations (left, right, in front, behind on CLEVR; on the photo graphs only their
stated relations: on, near, holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop chains,
superlatives and ordinals ("furthest back", "second from the left", "third from the left", "rightmost in the bottom
row"), other things sharing a value, which of two things is the bigger, a list of values, the number of different
colours and the most common one, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and
the text on the photos' bus, sign, road, bottle and clock. 132 questions ask about CLEVR val scenes (37, 8, 33, 6, 10,
1, 3, 4, 23, 51, 39, 40, 34, 58; one or two people to a scene), 74 about the photo-like graphs (street, kitchen, park)
and 48 about the drawing of flat shapes (254 in all); 27 must be refused (prices and values, names and owners, feelings, opinions
and favourites, ages, what happens next, why and what for, places, apps and years outside the picture), each in the
same voice as the person's other questions.

Conventions (as in set 53). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of
an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawings and photos
neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations
and attributes leave open (no cup "right of the plate"). A which-side question is answered with the side; a "which is
bigger" between two things is asked only where their size classes differ, and answered with the word that tells the
bigger one from the other (its shape, or its colour for two balls); "which is further front/right" between two things
is answered the same way. Answers are the graph's words (gray, not grey; sphere, not ball; bicycle, not bike; "blue,
red" for a list, most frequent first, ties alphabetical). Every gold program and answer comes from the scene by plain
Python.

Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other question set; only
build_blind53.py (with the blind_gold.py helpers it imports) was read, for the format only (besides a stray glance at
the first lines of build_blind56.py's docstring, none of its questions), and nothing was ever run through nsvr's parser
or planner; only the gold programs were run, by nsvr's executor, through ``--check``. The photo-like graphs and the
drawing are the shared ones; the CLEVR scenes are the fourteen named above.

Run ``python build_blind58.py`` to write ``../blind58.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, said_same, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind58.jsonl"
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
    """The objects that are ``relation`` of the anchor; NotUnique when some object lies so nearly level with the
    anchor along that axis that a careful person could not say which side it is on."""
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


def bigger_of(s: Clevr, a: int, b: int, attribute: str = "shape") -> str:
    """Which of objects a and b is the bigger, told by its ``attribute``; NotUnique when their size classes are the
    same or that attribute does not tell them apart."""
    if s.a(a, "size") == s.a(b, "size") or s.a(a, attribute) == s.a(b, attribute):
        raise NotUnique("same size class or not told apart")
    return s.a(a if s.a(a, "size") == "large" else b, attribute)


def further_of(s: Clevr, a: int, b: int, side: str, attribute: str = "shape") -> str:
    """Which of objects a and b lies further towards ``side``, told by its ``attribute``; NotUnique when too close
    to call or the attribute does not tell them apart."""
    if s.a(a, attribute) == s.a(b, attribute):
        raise NotUnique("not told apart")
    return s.a(nth(s, [a, b], side), attribute)


def among(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids with every given attribute value."""
    return [i for i in ids if all(s.a(i, k) == v for k, v in want.items())]


def others(s: Clevr, anchor: int, attribute: str) -> list[int]:
    """The objects other than the anchor that share its value of ``attribute``."""
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def every(s: Clevr, ids: list[int], **want) -> str:
    """yes/no: every object of ids has every given attribute value."""
    return yes(all(all(s.a(i, k) == v for k, v in want.items()) for i in ids))


def most(s: Clevr, ids: list[int], **want) -> str:
    """yes/no: more of ids have every given attribute value than not."""
    have = among(s, ids, **want)
    return yes(len(have) > len(ids) - len(have))


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
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 37: large gray rubber cyl, small brown rubber cube (front), large purple metal cube, small red rubber sph (far right), small red rubber cube, small gray metal cyl (back), small cyan rubber sph, large blue metal cyl (far left)

# --- Leo, 9, excited
C("count", 37, "how many balls are there??", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "exist",
    37,
    "is there a blue can in it?",
    "exist(f(sel(cylinder), color=blue))",
    lambda s: yes(bool(s.f(shape="cylinder", color="blue"))),
)
C(
    "superlative",
    37,
    "which one is the furthest at the back. what colour is it",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_size",
    37,
    "is the red ball bigger than the purple block?",
    "larger(u(f(sel(sphere), color=red)), u(f(sel(cube), color=purple)))",
    lambda s: larger(s, s.the(shape="sphere", color="red"), s.the(shape="cube", color="purple")),
)
C(
    "compare_count",
    37,
    "my brother says there are more blocks than balls. is he right?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)
X(37, "can i keep the red ball?? who does it belong to")

# --- Margaret, retired engineer, careful and formal
C(
    "count",
    37,
    "Could you tell me how many of the objects are made of metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "negation",
    37,
    "Excluding the cylinders, how many objects remain in the scene?",
    "count(fn(scene(), shape=cylinder))",
    lambda s: n(but(s, s.all(), shape="cylinder")),
)
C(
    "compare_attr",
    37,
    "I wonder whether the large grey cylinder and the large blue cylinder are made of the same material.",
    "same(u(f(sel(cylinder), size=large, color=gray)), u(f(sel(cylinder), size=large, color=blue)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large", color="gray"), "material")
        == s.a(s.the(shape="cylinder", size="large", color="blue"), "material")
    ),
)
C(
    "superlative",
    37,
    "Which object lies second from the left? Its shape, please.",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "quantifier",
    37,
    "Setting aside the purple cube, are all the remaining cubes small?",
    "not_(exist(fn(fn(sel(cube), color=purple), size=small)))",
    lambda s: every(s, but(s, s.f(shape="cube"), color="purple"), size="small"),
)
C(
    "chain",
    37,
    "Behind the large blue cylinder there is a cube. What colour is the sphere to the right of that cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=large, color=blue)), behind), shape=cube)), right), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cylinder", size="large", color="blue"), "behind", shape="cube"),
            "right",
            shape="sphere",
        ),
        "color",
    ),
)
C(
    "quantifier",
    37,
    "And are all of the small objects made of rubber, would you say?",
    "not_(exist(fn(f(scene(), size=small), material=rubber)))",
    lambda s: every(s, s.f(size="small"), material="rubber"),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl (far right), small cyan metal cube (far left), small brown rubber cube (back), large purple metal sph, small yellow rubber cyl (front), small yellow metal cube

# --- Jayden, 15, texting
C("count", 8, "how many cubes r there", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "verify",
    8,
    "is the big ball purple or nah",
    "verify(u(f(sel(sphere), size=large)), color, purple)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "purple"),
)
C(
    "exist",
    8,
    "any shiny cylinders?",
    "exist(f(sel(cylinder), material=metal))",
    lambda s: yes(bool(s.f(shape="cylinder", material="metal"))),
)
C(
    "superlative",
    8,
    "wats the thing at the very front made of",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C(
    "compare_count",
    8,
    "r there as many metal things as rubber ones",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
X(8, "who left all this stuff lying around lol")

# --- Katharina, German physics student
C(
    "count",
    8,
    "How many objects are made from rubber?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "superlative",
    8,
    "Which colour has the object that stands most far in the back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    8,
    "Is the grey cube left from the big purple ball?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=purple)), left), color=gray, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "gray"}, "left", {"shape": "sphere", "size": "large", "color": "purple"}
    ),
)
C(
    "compare_attr",
    8,
    "Are the two yellow objects from the same material, or?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "spatial",
    8,
    "Left from the grey rubber cylinder, how many cubes are standing?",
    "count(f(rel(u(f(sel(cylinder), color=gray, material=rubber)), left), shape=cube))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cylinder", color="gray", material="rubber")), shape="cube")),
)
C(
    "spatial",
    8,
    "Is the golden cube in front of the big grey cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=gray)), front), color=yellow, material=metal, shape=cube))",
    lambda s: is_rel(
        s,
        {"shape": "cube", "color": "yellow", "material": "metal"},
        "front",
        {"shape": "cylinder", "size": "large", "color": "gray"},
    ),
)
C(
    "chain",
    8,
    "Right from the cyan cube stands a ball. The cylinder right from this ball, from which material is it?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=cyan)), right), shape=sphere)), right), shape=cylinder)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="cyan"), "right", shape="sphere"), "right", shape="cylinder"),
        "material",
    ),
)

# scene 33: small cyan rubber cube (far right), small gray metal sph (right side), small blue rubber cyl, large cyan metal cyl (back), large green metal cube (far left), large red metal sph (front)

# --- Tomasz, Polish plumber
C("count", 33, "How many cylinders is there?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "attribute",
    33,
    "Big red ball is from metal or from rubber?",
    "choose(u(f(sel(sphere), size=large, color=red)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", size="large", color="red"), "material"),
)
C(
    "compare_count",
    33,
    "There is more big things than small things, yes?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "superlative",
    33,
    "Which thing is most on right side? What colour?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "position",
    33,
    "Grey ball is on left side of picture or on right side?",
    "choose(u(f(sel(sphere), color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="gray")),
)
X(33, "How much cost such metal cylinder in the shop, you know?")

# --- Doris, 78, grandmother, chatty
C(
    "count",
    33,
    "My grandson showed me this picture of little shapes on his computer. Now, how many of them are green, dear?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "compare_attr",
    33,
    "And the two bluey-green ones, the cyan ones he calls them, are they the same shape?",
    "same(f(scene(), color=cyan), shape)",
    lambda s: alike(s, s.f(color="cyan"), "shape"),
)
C(
    "spatial",
    33,
    "I can't see too well any more. Is the little grey ball behind the big green box?",
    "exist(f(rel(u(f(sel(cube), size=large, color=green)), behind), color=gray, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "gray"}, "behind", {"shape": "cube", "size": "large", "color": "green"}
    ),
)
C(
    "superlative",
    33,
    "What is the thing furthest at the back made of, I wonder?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
C(
    "spatial",
    33,
    "How many things are there to the left of the red ball, then?",
    "count(rel(u(f(sel(sphere), color=red)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="red"))),
)
X(33, "Do you think my grandson will enjoy playing with these at Christmas?")

# scene 6: small purple rubber sph, large red rubber cyl (back), small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube (far right), large red rubber sph (front), large gray rubber sph (far left)

# --- Priya, office worker on her lunch break, blunt commands
C("count", 6, "Count the spheres.", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "list",
    6,
    "List the colours of the cubes.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "negation",
    6,
    "Count the red things that aren't spheres.",
    "count(fn(f(scene(), color=red), shape=sphere))",
    lambda s: n(but(s, s.f(color="red"), shape="sphere")),
)
C(
    "number",
    6,
    "Number of different colours in the picture?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "superlative",
    6,
    "Name the shape of the thing furthest to the right.",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "quantifier",
    6,
    "Is every cylinder big? Yes or no.",
    "not_(exist(fn(sel(cylinder), size=large)))",
    lambda s: every(s, s.f(shape="cylinder"), size="large"),
)
C(
    "chain",
    6,
    "Find the cylinder in front of the small red cube, then the cube to the right of that cylinder. Colour?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=red)), front), shape=cylinder)), right), shape=cube)), color)",
    lambda s: s.a(
        hop(
            s, hop(s, s.the(shape="cube", size="small", color="red"), "front", shape="cylinder"), "right", shape="cube"
        ),
        "color",
    ),
)

# --- Haruka, Japanese exchange student, polite
C(
    "verify",
    6,
    "Excuse me, is the big gray ball made of rubber?",
    "verify(u(f(sel(sphere), size=large, color=gray)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="gray"), "material") == "rubber"),
)
C(
    "spatial",
    6,
    "Please tell me, how many objects are there in front of the small red cube?",
    "count(rel(u(f(sel(cube), size=small, color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="small", color="red"))),
)
C(
    "compare_attr",
    6,
    "The small purple ball and the big purple cylinder, they are the same size, isn't it?",
    "same(u(f(sel(sphere), size=small, color=purple)), u(f(sel(cylinder), size=large, color=purple)), size)",
    lambda s: yes(
        s.a(s.the(shape="sphere", size="small", color="purple"), "size")
        == s.a(s.the(shape="cylinder", size="large", color="purple"), "size")
    ),
)
C(
    "superlative",
    6,
    "I would like to know which object is second from the front. What colour is it, please?",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "color"),
)
C(
    "same_attr",
    6,
    "How many other objects have the same material as the small blue cube, please?",
    "count(same_attr(u(f(sel(cube), size=small, color=blue)), material))",
    lambda s: n(others(s, s.the(shape="cube", size="small", color="blue"), "material")),
)
X(6, "Excuse me, what are these objects used for in daily life, please?")

# scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl (front), large gray metal cyl (far right), small gray rubber cube (back), large red rubber sph

# --- Sofia, 11, curious
C(
    "count",
    10,
    "How many big things are there? I counted 4 but my dad says 3.",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "position",
    10,
    "Is the purple ball on the left side of the picture or the right side?",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
C(
    "compare_size",
    10,
    "Which is bigger, the gray cube or the gray cylinder?",
    "q(u(f(union(f(sel(cube), color=gray), f(sel(cylinder), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="gray"), s.the(shape="cylinder", color="gray")),
)
C(
    "compare_count",
    10,
    "Are there more balls than cubes?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "superlative",
    10,
    "What colour is the thing right at the front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(10, "What's the big red ball called? I'd call it Bouncy.")

# --- Dr Hale, philosophy lecturer, indirect questions
C(
    "exist",
    10,
    "I wonder if you could tell me whether any of the cylinders are made of rubber.",
    "exist(f(sel(cylinder), material=rubber))",
    lambda s: yes(bool(s.f(shape="cylinder", material="rubber"))),
)
C(
    "quantifier",
    10,
    "Would I be right in thinking that the majority of the objects are metal?",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: most(s, s.all(), material="metal"),
)
C(
    "count",
    10,
    "Could you tell me how many objects are either red or made of metal?",
    "count(union(f(scene(), color=red), f(scene(), material=metal)))",
    lambda s: n(set(s.f(color="red")) | set(s.f(material="metal"))),
)
C(
    "spatial",
    10,
    "I'd be curious to know how many objects lie behind the small red cylinder.",
    "count(rel(u(f(sel(cylinder), size=small, color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="small", color="red"))),
)
C(
    "quantifier",
    10,
    "Isn't it the case that both spheres are large?",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: every(s, s.f(shape="sphere"), size="large"),
)
C(
    "chain",
    10,
    "Consider the sphere to the right of the purple sphere, and then the cube to the right of that. What is the cube made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=purple)), right), shape=sphere)), right), shape=cube)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="purple"), "right", shape="sphere"), "right", shape="cube"),
        "material",
    ),
)

# scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl (front), small blue rubber cyl (far right), small brown metal sph (far left)

# --- Lucia, Spanish nurse
C("count", 1, "How many cylinders there are in the image?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_attr",
    1,
    "The two blue cylinders are of the same size, no?",
    "same(f(sel(cylinder), color=blue), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="blue"), "size"),
)
C(
    "attribute",
    1,
    "Which is the colour of the sphere?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "spatial",
    1,
    "The big grey cube, it is more to the back than the purple cube?",
    "exist(f(rel(u(f(sel(cube), color=purple)), behind), color=gray, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "gray"}, "behind", {"shape": "cube", "color": "purple"}),
)
C(
    "position",
    1,
    "The small sphere is at the left or at the right of the picture?",
    "choose(u(f(sel(sphere), size=small)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small")),
)
C(
    "spatial",
    1,
    "How many objects are at the right of the purple cube?",
    "count(rel(u(f(sel(cube), color=purple)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="purple"))),
)
X(1, "This objects, they are toys for children? For which age?")

# scene 3: small red metal sph, small purple metal cube (far left, front), large red rubber cyl (far right), large purple rubber cyl (back), small red metal cyl

# --- Gaz, electrician, on his phone between jobs
C("count", 3, "how many red ones", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "verify",
    3,
    "cube metal or what",
    "verify(u(sel(cube)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube"), "material") == "metal"),
)
C(
    "spatial",
    3,
    "big purple cylinder - how many things in front of it",
    "count(rel(u(f(sel(cylinder), size=large, color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", size="large", color="purple"))),
)
C(
    "superlative",
    3,
    "thing on the far left whats the shape",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "compare_attr",
    3,
    "the 2 red cylinders same size?",
    "same(f(sel(cylinder), color=red), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="red"), "size"),
)
X(3, "whats this for anyway, some kind of test?")

# --- Helen, reading out her son's homework sheet
C(
    "negation",
    3,
    "My son's homework asks him to count the objects that are neither red nor cylinders. How many would that be?",
    "count(diff(fn(scene(), color=red), sel(cylinder)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "red" and s.a(i, "shape") != "cylinder"]),
)
C(
    "compare_count",
    3,
    "The next question on the sheet is whether there are as many purple things as red ones. Are there?",
    "eq(count(f(scene(), color=purple)), count(f(scene(), color=red)))",
    lambda s: yes(len(s.f(color="purple")) == len(s.f(color="red"))),
)
C(
    "superlative",
    3,
    "He also has to say which object is furthest back, and what material it's made of.",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
C(
    "spatial",
    3,
    "Then: is the red ball to the left of the big red cylinder? He thinks yes.",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=red)), left), color=red, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "red"}, "left", {"shape": "cylinder", "size": "large", "color": "red"}
    ),
)
C(
    "spatial",
    3,
    "Last one. How many of the objects are behind the red sphere? He wrote two.",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)

# scene 4: small red rubber cyl (back), small green rubber cyl (far left), small brown rubber sph (front), small yellow metal sph (far right), small yellow rubber cyl, small purple metal cyl, small purple rubber sph (right side), small yellow rubber sph, large blue metal sph

# --- Omar, Arabic-speaking engineer
C("count", 4, "How many the spheres are there in the picture?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "verify",
    4,
    "The big sphere, it is made of metal?",
    "verify(u(f(sel(sphere), size=large)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "material") == "metal"),
)
C(
    "superlative",
    4,
    "What is the colour of the object that it is most on the right?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "compare_count",
    4,
    "Are there more cylinders than the yellow objects?",
    "gt(count(sel(cylinder)), count(f(scene(), color=yellow)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(color="yellow"))),
)
C(
    "position",
    4,
    "The purple sphere, is it in the right side of the picture or the left side?",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
C(
    "spatial",
    4,
    "How many the objects are in front of the purple metal cylinder?",
    "count(rel(u(f(sel(cylinder), color=purple, material=metal)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="purple", material="metal"))),
)
X(4, "Who is the person that designed these objects, and from which country he is?")

# --- Mr Okafor, maths teacher, careful
C(
    "count",
    4,
    "How many yellow objects and purple objects are there, put together?",
    "count(union(f(scene(), color=yellow), f(scene(), color=purple)))",
    lambda s: n(s.f(color=("yellow", "purple"))),
)
C(
    "exist",
    4,
    "Is there any object that is both large and made of rubber?",
    "exist(f(scene(), size=large, material=rubber))",
    lambda s: yes(bool(s.f(size="large", material="rubber"))),
)
C(
    "quantifier",
    4,
    "Is every yellow object a sphere?",
    "not_(exist(fn(f(scene(), color=yellow), shape=sphere)))",
    lambda s: every(s, s.f(color="yellow"), shape="sphere"),
)
C(
    "negation",
    4,
    "How many cylinders are there other than the purple one?",
    "count(fn(sel(cylinder), color=purple))",
    lambda s: n(but(s, s.f(shape="cylinder"), color="purple")),
)
C(
    "superlative",
    4,
    "Which object is third from the left? State its colour.",
    "q(ord(scene(), left, 3), color)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "color"),
)
C(
    "compare_count",
    4,
    "Are there fewer metal objects than rubber ones?",
    "lt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) < len(s.f(material="rubber"))),
)

# scene 23: small yellow metal sph, small brown metal cyl (front, far left), large yellow rubber cyl (back), small brown metal sph (far right)

# --- Mr Whitfield, 82, formal
C(
    "count",
    23,
    "Good afternoon. I have before me a picture with only a handful of objects in it. Would you kindly tell me how many of them are spherical?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "verify",
    23,
    "Am I correct in believing that the large cylinder is yellow?",
    "verify(u(f(sel(cylinder), size=large)), color, yellow)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large"), "color") == "yellow"),
)
C(
    "compare_attr",
    23,
    "Are the two brown objects made of the same material?",
    "same(f(scene(), color=brown), material)",
    lambda s: alike(s, s.f(color="brown"), "material"),
)
C(
    "superlative",
    23,
    "Which of them stands furthest to the front, and what is its shape?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    23,
    "Is the yellow ball to the right of the large cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large)), right), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "right", {"shape": "cylinder", "size": "large"}),
)
X(23, "In what year were pictures of this sort first made, do you suppose?")

# scene 51: small brown metal sph (far right), large gray rubber sph (back), small yellow metal cube (front, far left)

# --- Mia, 8, very short
C("count", 51, "how many balls", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "verify",
    51,
    "is the big ball grey",
    "verify(u(f(sel(sphere), size=large)), color, gray)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "gray"),
)
C("attribute", 51, "what colour is the box", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))
C(
    "verify",
    51,
    "is the box shiny?",
    "verify(u(sel(cube)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube"), "material") == "metal"),
)
C(
    "compare_size",
    51,
    "which ball is bigger the brown one or the grey one",
    "q(u(f(union(f(sel(sphere), color=brown), f(sel(sphere), color=gray)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="brown"), s.the(shape="sphere", color="gray"), "color"),
)
X(51, "is the grey ball sad")

# scene 39: large gray metal cyl (far right), small brown rubber cyl (far left, back), small gray metal cube (front)

# --- Joao, Brazilian carpenter
C("count", 39, "How many cylinders have in the picture?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "attribute",
    39,
    "The cube is of metal or of rubber?",
    "choose(u(sel(cube)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "position",
    39,
    "The small cylinder stays in the left side or in the right side of the picture?",
    "choose(u(f(sel(cylinder), size=small)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="small")),
)
C(
    "compare_attr",
    39,
    "The big cylinder and the cube have the same colour?",
    "same(u(f(sel(cylinder), size=large)), u(sel(cube)), color)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large"), "color") == s.a(s.the(shape="cube"), "color")),
)
C(
    "superlative",
    39,
    "What is more in front, the cube or the big cylinder?",
    "q(ord(union(sel(cube), f(sel(cylinder), size=large)), front, 1), shape)",
    lambda s: further_of(s, s.the(shape="cube"), s.the(shape="cylinder", size="large"), "front"),
)
C(
    "spatial",
    39,
    "How many things are behind of the cube?",
    "count(rel(u(sel(cube)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube"))),
)

# scene 40: small cyan metal cube (far right, front), large brown rubber cyl (far left), large gray metal cube (back)

# --- Ananya, linguistics PhD student, negative and tag questions
C(
    "exist",
    40,
    "There isn't a sphere in this one, is there?",
    "exist(sel(sphere))",
    lambda s: yes(bool(s.f(shape="sphere"))),
)
C(
    "verify",
    40,
    "The big cylinder is brown, isn't it?",
    "verify(u(f(sel(cylinder), size=large)), color, brown)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large"), "color") == "brown"),
)
C(
    "quantifier",
    40,
    "Aren't both cubes made of metal?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: every(s, s.f(shape="cube"), material="metal"),
)
C(
    "position",
    40,
    "Which side of the picture is the small cube on, left or right?",
    "choose(u(f(sel(cube), size=small)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="small")),
)
C(
    "compare_attr",
    40,
    "Doesn't the gray cube have the same size as the cylinder?",
    "same(u(f(sel(cube), color=gray)), u(sel(cylinder)), size)",
    lambda s: yes(s.a(s.the(shape="cube", color="gray"), "size") == s.a(s.the(shape="cylinder"), "size")),
)
C(
    "superlative",
    40,
    "What's the colour of whatever's furthest back, I wonder?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(40, "Why would anyone arrange three objects like this, I wonder?")

# scene 34: small red metal cyl (far left, front), small yellow metal cube (back), large gray metal cyl (far right)

# --- Bev, night-shift nurse, tired and blunt
C("count", 34, "Cylinders. How many?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "exist",
    34,
    "Anything rubber in there?",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
C("attribute", 34, "Colour of the cube.", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))
C(
    "compare_size",
    34,
    "Red cylinder bigger than the grey one? Yes or no.",
    "larger(u(f(sel(cylinder), color=red)), u(f(sel(cylinder), color=gray)))",
    lambda s: larger(s, s.the(shape="cylinder", color="red"), s.the(shape="cylinder", color="gray")),
)
C(
    "superlative",
    34,
    "Thing furthest back - what shape?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    34,
    "How many things left of the grey cylinder?",
    "count(rel(u(f(sel(cylinder), color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="gray"))),
)

# scene 58: small blue rubber sph (back, right), large cyan metal cube (front), large purple metal cube (far left)

# --- Chloe, 14, chatty
C(
    "count",
    58,
    "ok so theres this picture with like three things in it. how many are cubes?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "verify",
    58,
    "the blue ball is tiny right? like is it small",
    "verify(u(f(sel(sphere), color=blue)), size, small)",
    lambda s: yes(s.a(s.the(shape="sphere", color="blue"), "size") == "small"),
)
C(
    "compare_attr",
    58,
    "are the two cubes the same colour or different??",
    "worded(same(sel(cube), color), [same, different])",
    lambda s: said_same(alike(s, s.f(shape="cube"), "color")),
)
C(
    "superlative",
    58,
    "wait what shape is the one right at the back",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "chain",
    58,
    "whats the cube in front of the purple cube made of",
    "q(u(f(rel(u(f(sel(cube), color=purple)), front), shape=cube)), material)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="purple"), "front", shape="cube"), "material"),
)
C(
    "same_attr",
    58,
    "how many other things are the same shape as the purple cube",
    "count(same_attr(u(f(sel(cube), color=purple)), shape))",
    lambda s: n(others(s, s.the(shape="cube", color="purple"), "shape")),
)
X(58, "which one would u pick as ur fave lol")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus, small brown dog, road text 'NO PARKING'

# --- Dave, taxi driver, blunt
P("count", "street", "How many vehicles on that road?", "count(sel(vehicle))", lambda p: n(p.f(("bus", "car"))))
P("text", "street", "What's it say on the bus?", "q(u(sel(bus)), text)", lambda p: p.value(p.the("bus"), "text"))
P("attribute", "street", "Colour of the car?", "q(u(sel(car)), color)", lambda p: p.value(p.the("car"), "color"))
P("text", "street", "Sign up top - what's it say?", "q(u(sel(sign)), text)", lambda p: p.value(p.the("sign"), "text"))
P(
    "spatial",
    "street",
    "Car's on the left of the bus, yeah?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
X("street", "Where's that bus headed, then? Airport?")

# --- Herr Braun, German retiree
P("count", "street", "How many persons are on the street?", "count(sel(person))", lambda p: n(people(p)))
P(
    "spatial",
    "street",
    "Is the dog held by the woman?",
    "exist(rel(u(sel(woman)), holding, role=object, name=dog))",
    lambda p: yes(bool(named(p, p.objects_of(p.the("woman"), "holding"), "dog"))),
)
P(
    "chain",
    "street",
    "Which colour has the tie of the man in white?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "spatial",
    "street",
    "Stands the tree behind the bus?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "compare_attr",
    "street",
    "Have the bus and the sign the same colour?",
    "same(u(sel(bus)), u(sel(sign)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("sign"), "color")),
)
P(
    "spatial",
    "street",
    "Is the man in black standing right from the woman?",
    "exist(f(rel(u(sel(woman)), right, name=man), color=black))",
    lambda p: yes(any(p.value(o, "color") == "black" for o in named(p, p.subjects("right", p.the("woman")), "man"))),
)
X("street", "In which city is this street, do you know it?")

# --- Sam, 10
P("exist", "street", "is there a dog", "exist(sel(dog))", lambda p: yes(bool(p.f("dog"))))
P("attribute", "street", "what colour is the dog?", "q(u(sel(dog)), color)", lambda p: p.value(p.the("dog"), "color"))
P(
    "attribute",
    "street",
    "is the dog big or small?",
    "choose(u(sel(dog)), size, [large, small])",
    lambda p: p.value(p.the("dog"), "size"),
)
P(
    "count",
    "street",
    "how many people are wearing ties",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "superlative",
    "street",
    "whos furthest to the right, a man or a lady?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("street", "is the lady going to let me pet her dog")

# --- Aisha, student, in a hurry on her phone
P(
    "count",
    "street",
    "street pic: how many ppl in green",
    "count(f(sel(person), color=green))",
    lambda p: n([o for o in people(p) if p.value(o, "color") == "green"]),
)
P(
    "where",
    "street",
    "woman in front of the bus or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P("text", "street", "whats written on the road", "q(u(sel(text)), text)", lambda p: p.value(p.the("text"), "text"))
P(
    "position",
    "street",
    "is the sign top or bottom of the pic",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
P(
    "position",
    "street",
    "the guy with the red tie - left or right side of the photo?",
    "choose(u(rel(f(sel(tie), color=red), wearing)), hposition, [left, right])",
    lambda p: p.value(
        only(
            [
                o
                for o in wearers(p, "tie")
                if any(p.name(t) == "tie" and p.value(t, "color") == "red" for t in p.objects_of(o, "wearing"))
            ]
        ),
        "hposition",
    ),
)
P(
    "two_clause",
    "street",
    "car in the bottom left corner yes?",
    "and_(verify(u(sel(car)), hposition, left), verify(u(sel(car)), vposition, bottom))",
    lambda p: yes(p.value(p.the("car"), "hposition") == "left" and p.value(p.the("car"), "vposition") == "bottom"),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Marco, line cook, blunt
P(
    "count",
    "kitchen",
    "How many cups on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "attribute",
    "kitchen",
    "Fork - metal or plastic?",
    "choose(u(sel(fork)), material, [metal, plastic])",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "spatial",
    "kitchen",
    "What's that lying near the plate?",
    "q(u(rel(u(sel(plate)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("plate")))),
)
P("text", "kitchen", "Clock says what time?", "q(u(sel(clock)), text)", lambda p: p.value(p.the("clock"), "text"))
P(
    "compare_attr",
    "kitchen",
    "Plate the same colour as the cup on the far right?",
    "same(u(sel(plate)), ord(sel(cup), right, 1), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(side_of(p, p.f("cup"), "right"), "color")),
)
X("kitchen", "What's she cooking for dinner tonight?")

# --- Kasia, Polish au pair
P("count", "kitchen", "How many cups is there in the kitchen?", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "text",
    "kitchen",
    "What is written on the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "chain",
    "kitchen",
    "The cup on left from the plate - it is red?",
    "verify(u(rel(u(sel(plate)), left, name=cup)), color, red)",
    lambda p: yes(p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color") == "red"),
)
P(
    "spatial",
    "kitchen",
    "Is the woman on right from the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "list",
    "kitchen",
    "Which colours have the cups? Please list.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "two_clause",
    "kitchen",
    "The bottle is green, and the plate also green?",
    "and_(verify(u(sel(bottle)), color, green), verify(u(sel(plate)), color, green))",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green" and p.value(p.the("plate"), "color") == "green"),
)

# --- Jess, mother of three, on her phone
P(
    "exist",
    "kitchen",
    "kitchen one - any cups that arent white?",
    "exist(fn(sel(cup), color=white))",
    lambda p: yes(any(p.value(o, "color") != "white" for o in p.f("cup"))),
)
P(
    "spatial",
    "kitchen",
    "clock above the table or not",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "count",
    "kitchen",
    "how many things on the table altogether",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "attribute",
    "kitchen",
    "what colour's the cup in the middle",
    "q(u(f(sel(cup), hposition=middle)), color)",
    lambda p: p.value(p.the("cup", hposition="middle"), "color"),
)
P(
    "verify",
    "kitchen",
    "is the lady wearing yellow",
    "verify(u(sel(woman)), color, yellow)",
    lambda p: yes(p.value(p.the("woman"), "color") == "yellow"),
)
X("kitchen", "is that water safe for kids to drink")

# --- Mrs Tanaka, Japanese grandmother, polite
P(
    "attribute",
    "kitchen",
    "Excuse me, what colour is the table, please?",
    "q(u(sel(table)), color)",
    lambda p: p.value(p.the("table"), "color"),
)
P(
    "verify",
    "kitchen",
    "The table is made of wood, isn't it?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "number",
    "kitchen",
    "How many different colours do the cups have, please?",
    "nvalues(sel(cup), color)",
    lambda p: str(len({p.value(o, "color") for o in p.f("cup")})),
)
P(
    "verify",
    "kitchen",
    "The clock is in the top of the picture, isn't it?",
    "verify(u(sel(clock)), vposition, top)",
    lambda p: yes(p.value(p.the("clock"), "vposition") == "top"),
)
P(
    "superlative",
    "kitchen",
    "Which one is more to the right, the blue cup or the bottle?",
    "q(ord(union(f(sel(cup), color=blue), sel(bottle)), right, 1), name)",
    lambda p: p.name(side_of(p, [p.the("cup", color="blue"), p.the("bottle")], "right")),
)
P(
    "spatial",
    "kitchen",
    "Is there a fork near the plate, please?",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("plate")), "fork"))),
)
X("kitchen", "Is the woman the mother of this house? She looks very kind.")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees

# --- Tyler, 16, dog walker
P("count", "park", "how many dogs in the park", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "what colour's the dog the girl's near",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "spatial",
    "park",
    "is anyone holding the black dog?",
    "exist(rel(u(f(sel(dog), color=black)), holding))",
    lambda p: yes(bool(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "spatial",
    "park",
    "who's holding the black dog then",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "compare_attr",
    "park",
    "both dogs the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
X("park", "whose dog is the white one")

# --- Fernanda, Brazilian mother
P("count", "park", "How many childrens are in the park?", "count(sel(child))", lambda p: n(children(p)))
P(
    "chain",
    "park",
    "The boy is throwing what thing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "attribute",
    "park",
    "The frisbee is of which colour?",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "spatial",
    "park",
    "The woman of white is near of what?",
    "q(u(rel(u(f(sel(woman), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("woman", color="white")))),
)
P(
    "compare_count",
    "park",
    "Have more women than childrens in the park?",
    "gt(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) > len(children(p))),
)
X("park", "The girl of pink, how many years she has?")

# --- Youssef, Arabic-speaking student
P("count", "park", "How many the trees in the park?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "attribute",
    "park",
    "What is the material of the bench?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "spatial",
    "park",
    "The bench, it is near the boy?",
    "vrel(u(sel(boy)), near, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("boy")), "bench"))),
)
P(
    "where",
    "park",
    "The bicycle, it is at the right of the bench or at the left of it?",
    "choose_rel(u(sel(bicycle)), [left, right], role=object, name=bench)",
    lambda p: photo_side(p, p.the("bicycle"), p.the("bench"), ("left", "right")),
)
P(
    "superlative",
    "park",
    "Who is the person that he is most on the left in the picture?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "chain",
    "park",
    "The tree that it is behind the girl, is it green?",
    "verify(u(rel(u(sel(girl)), behind)), color, green)",
    lambda p: yes(p.value(only(p.subjects("behind", p.the("girl"))), "color") == "green"),
)

# --- Mrs Patel, retired schoolteacher
P(
    "count",
    "park",
    "Could you tell me how many people are in this park scene altogether?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "exist",
    "park",
    "Is anyone dressed in pink?",
    "exist(f(sel(person), color=pink))",
    lambda p: yes(any(p.value(o, "color") == "pink" for o in people(p))),
)
P(
    "superlative",
    "park",
    "Which person is second from the left? I'd like to know what sort of person it is.",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "position",
    "park",
    "Is the frisbee in the top part of the picture or the bottom?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "quantifier",
    "park",
    "Are all the trees green?",
    "not_(exist(fn(sel(tree), color=green)))",
    lambda p: yes(all(p.value(o, "color") == "green" for o in p.f("tree"))),
)
X("park", "Do you think the boy will catch the frisbee when it comes back to him?")


# =================================================================================================================
# the drawing of flat shapes
# =================================================================================================================

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Lily, 8
P("count", "shapes", "how many circles", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "position",
    "shapes",
    "whats in the top right corner",
    "q(u(f(scene(), hposition=right, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "shape"),
)
P(
    "verify",
    "shapes",
    "is the star red",
    "verify(u(sel(star)), color, red)",
    lambda p: yes(p.value(p.the("star"), "color") == "red"),
)
P(
    "compare_size",
    "shapes",
    "is the big circle bigger than the little circle",
    "larger(u(f(sel(circle), size=large)), u(f(sel(circle), size=small)))",
    lambda p: drawn_larger(p, p.the("circle", size="large"), p.the("circle", size="small")),
)
P(
    "compare_count",
    "shapes",
    "are there more blue ones than red ones?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
X("shapes", "do u like my drawing")

# --- Mr Lewis, art teacher
P(
    "count",
    "shapes",
    "How many of the shapes are red or yellow?",
    "count(union(f(scene(), color=red), f(scene(), color=yellow)))",
    lambda p: n([o for o in p.objects if p.value(o, "color") in ("red", "yellow")]),
)
P(
    "superlative",
    "shapes",
    "Which colour appears most often in the drawing?",
    "common_value(scene(), color)",
    lambda p: Counter(p.value(o, "color") for o in p.objects).most_common(1)[0][0],
)
P(
    "list",
    "shapes",
    "List the shapes in the bottom row for me.",
    "values(f(scene(), vposition=bottom), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="bottom")),
)
P(
    "compare_attr",
    "shapes",
    "Is the square the same colour as the hexagon?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share the red circle's colour?",
    "count(same_attr(u(f(sel(circle), color=red)), color))",
    lambda p: n([o for o in p.objects if o != p.the("circle", color="red") and p.value(o, "color") == "red"]),
)
X("shapes", "Which famous painter does this drawing remind you of?")

# --- Javier, Spanish architect
P(
    "count",
    "shapes",
    "How many rectangles there are? The square counts also.",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "compare_size",
    "shapes",
    "The triangle is more big that the square?",
    "larger(u(sel(triangle)), u(sel(square)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("square")),
)
P(
    "position",
    "shapes",
    "Which shape is in the centre of all the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "superlative",
    "shapes",
    "In the row of up, which is the first shape from the left?",
    "q(ord(f(scene(), vposition=top), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left"), "shape"),
)
P("count", "shapes", "How many shapes are big?", "count(f(scene(), size=large))", lambda p: n(p.f(size="large")))
P(
    "exist",
    "shapes",
    "Has the drawing some shape green that is small?",
    "exist(f(scene(), color=green, size=small))",
    lambda p: yes(bool(p.f(color="green", size="small"))),
)

# --- Pauline, secretary, polite
P(
    "count",
    "shapes",
    "Could you please tell me how many shapes there are in the drawing in total?",
    "count(scene())",
    lambda p: n(p.objects),
)
P(
    "exist",
    "shapes",
    "Is there a purple shape anywhere?",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "attribute",
    "shapes",
    "What colour is the big rectangle, please?",
    "q(u(f(sel(rectangle), size=large)), color)",
    lambda p: p.value(only([o for o in rectangles(p) if p.value(o, "size") == "large"]), "color"),
)
P(
    "quantifier",
    "shapes",
    "Are most of the small shapes blue?",
    "gt(count(f(f(scene(), size=small), color=blue)), count(fn(f(scene(), size=small), color=blue)))",
    lambda p: yes(
        len([o for o in p.f(size="small") if p.value(o, "color") == "blue"])
        > len([o for o in p.f(size="small") if p.value(o, "color") != "blue"])
    ),
)
P(
    "compare_size",
    "shapes",
    "Which is larger, the star or the rectangle in the bottom left corner?",
    "q(u(f(union(sel(star), f(sel(rectangle), hposition=left, vposition=bottom)), size=large)), shape)",
    lambda p: drawn_bigger_of(
        p,
        p.the("star"),
        only([o for o in rectangles(p) if p.value(o, "hposition") == "left" and p.value(o, "vposition") == "bottom"]),
    ),
)
X("shapes", "How long do you think it took to draw this?")

# --- Kenji, Japanese office worker
P(
    "count",
    "shapes",
    "How many pieces of shape are blue colour?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "two_clause",
    "shapes",
    "The hexagon is at bottom right corner, is it correct?",
    "and_(verify(u(sel(hexagon)), hposition, right), verify(u(sel(hexagon)), vposition, bottom))",
    lambda p: yes(
        p.value(p.the("hexagon"), "hposition") == "right" and p.value(p.the("hexagon"), "vposition") == "bottom"
    ),
)
P(
    "position",
    "shapes",
    "Please tell me the colour of the shape at top left.",
    "q(u(f(scene(), hposition=left, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "color"),
)
P(
    "compare_count",
    "shapes",
    "The number of red shapes and the number of green shapes, is it same?",
    "eq(count(f(scene(), color=red)), count(f(scene(), color=green)))",
    lambda p: yes(len(p.f(color="red")) == len(p.f(color="green"))),
)
P(
    "superlative",
    "shapes",
    "Which shape is second from right in bottom row?",
    "q(ord(f(scene(), vposition=bottom), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right", 2), "shape"),
)
P(
    "negation",
    "shapes",
    "How many shapes, except the circles, are small?",
    "count(diff(f(scene(), size=small), sel(circle)))",
    lambda p: n([o for o in p.f(size="small") if p.name(o) != "circle"]),
)

# --- Bert, 75
P("count", "shapes", "Now then, how many stars have they drawn?", "count(sel(star))", lambda p: n(p.f("star")))
P(
    "attribute",
    "shapes",
    "And the triangle, what colour's that?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "exist",
    "shapes",
    "Is there a yellow shape down in the bottom right?",
    "exist(f(scene(), hposition=right, vposition=bottom, color=yellow))",
    lambda p: yes(bool(p.f(hposition="right", vposition="bottom", color="yellow"))),
)
P(
    "position",
    "shapes",
    "Which side is the big circle on, left or right, or have I got my eyes wrong?",
    "choose(u(f(sel(circle), size=large)), hposition, [left, right])",
    lambda p: p.value(p.the("circle", size="large"), "hposition"),
)
P(
    "negation",
    "shapes",
    "How many shapes are neither red nor blue, then?",
    "count(fn(fn(scene(), color=red), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") not in ("red", "blue")]),
)
X("shapes", "What would the little star fetch if I sold it?")

# --- Nadia, software tester, commands
P(
    "count",
    "shapes",
    "Count the shapes in the top row.",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "list",
    "shapes",
    "List every colour used in the drawing.",
    "values(scene(), color)",
    lambda p: listed(p.value(o, "color") for o in p.objects),
)
P(
    "number",
    "shapes",
    "Return the number of distinct colours.",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "compare_attr",
    "shapes",
    "Check whether the triangle and the yellow rectangle are the same size.",
    "same(u(sel(triangle)), u(f(sel(rectangle), color=yellow)), size)",
    lambda p: yes(
        p.value(p.the("triangle"), "size")
        == p.value(only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), "size")
    ),
)
P(
    "superlative",
    "shapes",
    "Name the rightmost shape in the bottom row.",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "quantifier",
    "shapes",
    "Verify that no shape is purple.",
    "not_(exist(f(scene(), color=purple)))",
    lambda p: yes(not p.f(color="purple")),
)

# --- Ravi, 12
P("count", "shapes", "how many triangles are there?", "count(sel(triangle))", lambda p: n(p.f("triangle")))
P(
    "attribute",
    "shapes",
    "what colour is the hexagon",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "verify",
    "shapes",
    "is the star in the bottom row?",
    "verify(u(sel(star)), vposition, bottom)",
    lambda p: yes(p.value(p.the("star"), "vposition") == "bottom"),
)
P(
    "compare_size",
    "shapes",
    "which is bigger, the hexagon or the triangle",
    "q(u(f(union(sel(hexagon), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("hexagon"), p.the("triangle")),
)
P(
    "compare_count",
    "shapes",
    "are there as many circles as squares",
    "eq(count(sel(circle)), count(sel(square)))",
    lambda p: yes(len(p.f("circle")) == len(p.f("square"))),
)
X("shapes", "what app did u use to make this")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
