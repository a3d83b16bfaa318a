# ruff: noqa: E501
"""Blind paraphrase set 61: an eighth fresh crowd with no common theme. About forty ordinary people of every kind, aged
nine to eighty-five, each imagined once and kept in character for five to seven questions about one picture, asking in
their own words and habits of speech, always understandably to a careful reader. A few write English as a second
language (an office worker from Bogotá, an exchange student from Hamburg, a tourist from Lyon, a grandmother from
Guangzhou, a nanny from Kraków, a student from Porto); the rest are native speakers of every register.

The cast. CLEVR, two to a scene: Priya, an engineer checking a robot's camera ("Large blue cylinder, matte finish?"),
and Tom, nine, on his mum's tablet ("whats the thing right at the back? what colour is it") on scene 42; Margaret,
eighty-five, a retired schoolmistress ("I should like to know ... if you would be so kind") and Dev, a night-shift nurse
("Quick one. Metal things, how many?") on 43; Mrs Okafor, a maths teacher ("neither grey nor cubes", "Not counting the
spheres") and Gaz, a delivery driver ("cans", "Grey ball's to the left of the red cube, yeah?") on 45; Lisa, a mum
reading out her daughter's worksheet (context first, "She wants to know if ...") and Alejandro, an office worker from
Bogotá ("How many cubes there are", "more at the right") on 46; Jayden, twelve, a gamer ("ok how many cubes r there")
and Sandra from a hardware shop ("blocks", "tins") on 47; Mr Lindqvist, a retired civil engineer ("Consider the
cylinder ...", "outnumber ... combined") and Ines, a painter ("matte", "shiny", "what colour have they given it") on
49; Kev, a bus driver ("Brown cube, rubber?") and Jonas from Hamburg ("bigger as the brown cube, or?", "from metal") on
52; Mr Huang, an accountant ("in total", "Of the purple items", "Excluding cubes") and Maddie, fifteen ("isnt the shiny
purple ball bigger than the grey can") on 55; Abena, an intensive-care nurse, and Ravi, a QA tester giving commands
from a checklist ("Count the purple objects.", "Locate ..., then report ...") on 59. Photos: Mick, a taxi driver,
Amélie from Lyon ("she holds what in her arms?"), Harold, seventy-eight ("I can't see so well these days") and Zara,
ten, on the street; Bea who runs a café, Mrs Chen from Guangzhou ("Woman wear what colour?"), Oli, a flatmate, and
Fiona, an estate agent, in the kitchen; Pat, a dog walker, Mr Adeyemi, a PE teacher, Finn, eleven, and Kasia from
Kraków ("The bench is from wood?") in the park. The drawing: Ms Rossi, an art teacher; Poppy, ten; Tariq, a graphic
designer; Mrs Begum, a nursery assistant; Mr Whitfield, a retired architect; Rafael from Porto ("The rectangle yellow
is big or small?"); Dot, a lorry driver; Mr Abernathy, a librarian ("Might you tell me which shapes are small?").

Sentence shapes: terse fragments ("Any balls?", "Red shapes. How many?"), chatty context first, formal requests,
questions split over two sentences ("There's one cube. Is it metal?"), statement order with a question mark ("The
bench is from wood?"), tag questions ("The car's white, isn't it?", "..., yeah?", "..., right?"), indirect questions
("I wonder what colour ...", "I'd like to know whether ...", "She wants to know if ..."), negative questions ("Isn't
the table wooden?", "isnt the shiny purple ball bigger ..."), commands ("Count ...", "List ...", "State whether ...",
"Give the number of ...", "Name every colour ..."), comparisons ("which is further back, A or B", "Is the number of
metal objects higher than ...", "more ... than", "fewer", "as many as", "outnumber"), exceptions ("apart from",
"besides", "not counting", "other than", "excluding"), choices ("a cube or a ball?", "silver or gold?", "left or
right"), and follow-ups that still name what they ask ("And the frisbee, what colour is it?"). Everyday names stand for
the graph's words: ball (sphere), block and box (cube), can and tin (cylinder), grey (gray), shiny (metal), matte
(rubber), the gold ball (the yellow metal sphere), bike (bicycle), bits and things (objects).

The questions cover counts (with conditions, "or", "put together", "neither ... nor", exceptions), existence, an
attribute of one thing, yes/no checks of one value, comparisons of counts and of attributes (same colour, size, shape,
material), quantifiers ("all", "every", "both", "most of", "any"), relations (left, right, in front, behind on CLEVR;
on the photo graphs only their stated relations: on, near, holding, wearing, throwing, above, behind, left, right, in
front), one- and two-hop chains ("Take the cylinder to the right of the grey cube. What colour is the ball behind that
cylinder?"), superlatives and ordinals ("furthest right", "at the very back", "second from the left"), which of two
lies further back or higher up, other things sharing a value, which of two things is the bigger, a list of values, the
number of different colours and the most common one, sides of a CLEVR picture, sides, rows and corners of the photos
and of the drawing, and the text on the bus, the sign, the road, the bottle and the clock.

About half the questions ask about CLEVR val scenes (42, 43, 45, 46, 47, 49, 52, 55, 59; two people to a scene), about
30% about the photo-like graphs (street, kitchen, park) and 20% about the drawing of flat shapes; about one in ten must
be refused, each in the same voice as the person's other questions (prices, names and owners, opinions and feelings,
what happens next, why, the world outside the picture).

Conventions. "The X" is only used where exactly one X matches, counting a square as a rectangle; places and orders are
only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25 scene units) of
the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of an object whose
box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawings and photos neighbours in an
order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations and attributes
leave open. A which-side question is answered with the side; "which is bigger", "which is further back" and "which is
higher up" between two things are asked only where the two differ, and answered with the word that tells the one from
the other (its shape, or its colour where the shapes are the same). "Most of" means more than half. A negative or tag
question is answered yes when the thing it asks after holds ("Isn't the table wooden?" yes: it is wooden). Answers are
the graph's words (gray, not grey; sphere, not ball; "circle, star" for a list, most frequent first, ties
alphabetical). Every gold program and answer comes from the scene by plain Python.

Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other set; only
build_blind53.py (and the blind_gold helpers it imports) was read, for the format. The questions were never run
through nsvr's parser or planner; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind61.py`` to write ``../blind61.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind61.jsonl"
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


def further(s: Clevr, a: int, b: int, side: str, attribute: str = "shape") -> str:
    """Which of objects a and b lies further toward ``side`` (left, right, front, behind), told by its ``attribute``;
    NotUnique when the two are too close to call along that axis or the attribute does not tell them apart."""
    if s.a(a, attribute) == s.a(b, attribute):
        raise NotUnique("not told apart")
    return s.a(nth(s, [a, b], side), attribute)


def most(s: Clevr, ids: list[int], **want) -> str:
    """yes/no: more of the objects of ids have every given attribute value than lack one."""
    having = len(among(s, ids, **want))
    return yes(having > len(ids) - having)


def without(ids: list, *drop) -> list:
    """ids less the ones in drop."""
    return [i for i in ids if i not in drop]


def holders(p: Photo, thing: str) -> list[str]:
    """The objects the graph states to be holding some ``thing``."""
    return [o for o in p.objects if any(p.name(h) == thing for h in p.objects_of(o, "holding"))]


# =================================================================================================================
# CLEVR scenes, two people each
# =================================================================================================================

# scene 42: small yellow rubber sph, small gray rubber cyl (back), small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl (left), small blue rubber sph (far left), large yellow metal sph (front)

# --- Priya, an engineer checking a robot's camera: clipped, technical, a log in front of her
C(
    "count",
    42,
    "Camera check on this frame. How many blue objects are in view?",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "list",
    42,
    "Metal objects only: list their shapes.",
    "values(f(scene(), material=metal), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(material="metal")),
)
C(
    "verify",
    42,
    "Large blue cylinder, matte finish?",
    "verify(u(f(sel(cylinder), size=large, color=blue)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large", color="blue"), "material") == "rubber"),
)
C(
    "spatial",
    42,
    "Which is further back, the gold ball or the grey cube?",
    "q(ord(union(f(sel(sphere), color=yellow, material=metal), f(sel(cube), color=gray)), behind, 1), shape)",
    lambda s: further(
        s, s.the(shape="sphere", color="yellow", material="metal"), s.the(shape="cube", color="gray"), "behind"
    ),
)
C(
    "negation",
    42,
    "Apart from the small metal cylinder, are any of the blue objects shiny?",
    "exist(f(diff(f(scene(), color=blue), f(sel(cylinder), size=small, material=metal)), material=metal))",
    lambda s: yes(
        bool(
            among(
                s, without(s.f(color="blue"), s.the(shape="cylinder", size="small", material="metal")), material="metal"
            )
        )
    ),
)
C(
    "chain",
    42,
    "Take the cylinder to the right of the grey cube. What colour is the ball behind that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=gray)), right), shape=cylinder)), behind), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="gray"), "right", shape="cylinder"), "behind", shape="sphere"), "color"
    ),
)
X(42, "Is this camera good enough to ship to the customer, in your opinion?")

# --- Tom, nine, typing on his mum's tablet: no capitals, no apostrophes
C("count", 42, "how many balls are there", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_size",
    42,
    "is the big yellow ball bigger than the grey block",
    "larger(u(f(sel(sphere), size=large, color=yellow)), u(f(sel(cube), color=gray)))",
    lambda s: larger(s, s.the(shape="sphere", size="large", color="yellow"), s.the(shape="cube", color="gray")),
)
C(
    "compare_attr",
    42,
    "there are 2 grey things. are they the same shape?",
    "same(f(scene(), color=gray), shape)",
    lambda s: alike(s, s.f(color="gray"), "shape"),
)
C(
    "superlative",
    42,
    "whats the thing right at the back? what colour is it",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_count",
    42,
    "are there more blue things than yellow things?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=yellow)))",
    lambda s: yes(len(s.f(color="blue")) > len(s.f(color="yellow"))),
)
C(
    "position",
    42,
    "the little blue ball is it on the left side of the picture or the right side",
    "choose(u(f(sel(sphere), size=small, color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="blue")),
)
X(42, "does the yellow ball have a name? i would call it sunny")

# scene 43: large yellow metal cube, large cyan metal sph (far right), small blue metal cyl (front), small cyan metal sph (right), large blue metal cube, large green rubber cube (back), large gray rubber sph (far left), small cyan rubber sph

# --- Margaret, eighty-five, retired schoolmistress: long, formal, very polite
C(
    "count",
    43,
    "Good afternoon. I should like to know how many spheres there are in this picture, if you would be so kind.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    43,
    "Would you kindly tell me whether every one of the cyan spheres is made of metal?",
    "not_(exist(fn(f(sel(sphere), color=cyan), material=metal)))",
    lambda s: every(s, s.f(shape="sphere", color="cyan"), material="metal"),
)
C(
    "verify",
    43,
    "The green cube, I believe, is made of rubber. Am I right?",
    "verify(u(f(sel(cube), color=green)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", color="green"), "material") == "rubber"),
)
C(
    "compare_count",
    43,
    "Are there quite as many cubes as there are spheres?",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)
C(
    "compare_size",
    43,
    "Which is the larger of the two, the yellow cube or the little blue cylinder?",
    "q(u(f(union(f(sel(cube), color=yellow), f(sel(cylinder), color=blue)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="yellow"), s.the(shape="cylinder", color="blue")),
)
C(
    "superlative",
    43,
    "I wonder what colour the object furthest to the left might be.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
X(43, "My grandson collects such things. Would they fetch a good price at the church fair, do you suppose?")

# --- Dev, a night-shift nurse on his break: short, two or three words at a time
C(
    "count",
    43,
    "Quick one. Metal things, how many?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "negation",
    43,
    "Cyan balls, not counting the big one. How many?",
    "count(diff(f(sel(sphere), color=cyan), f(sel(sphere), color=cyan, size=large)))",
    lambda s: n(without(s.f(shape="sphere", color="cyan"), s.the(shape="sphere", color="cyan", size="large"))),
)
C(
    "spatial",
    43,
    "Anything in front of the yellow cube that's a cylinder?",
    "exist(f(rel(u(f(sel(cube), color=yellow)), front), shape=cylinder))",
    lambda s: yes(bool(among(s, related(s, "front", s.the(shape="cube", color="yellow")), shape="cylinder"))),
)
C(
    "attribute",
    43,
    "Big blue cube. Shiny or matte?",
    "choose(u(f(sel(cube), size=large, color=blue)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", size="large", color="blue"), "material"),
)
C(
    "chain",
    43,
    "The cube in front of the big cyan ball, then the ball in front of that cube: what's that ball made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=large, color=cyan)), front), shape=cube)), front), shape=sphere)), material)",
    lambda s: s.a(
        hop(
            s, hop(s, s.the(shape="sphere", size="large", color="cyan"), "front", shape="cube"), "front", shape="sphere"
        ),
        "material",
    ),
)
C(
    "compare_attr",
    43,
    "Grey ball and green cube, same size?",
    "same(u(f(sel(sphere), color=gray)), u(f(sel(cube), color=green)), size)",
    lambda s: yes(s.a(s.the(shape="sphere", color="gray"), "size") == s.a(s.the(shape="cube", color="green"), "size")),
)
X(43, "Why would anyone leave a load of balls and blocks lying about like that?")

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl (left), small cyan metal cube (far right), large gray metal sph, large red metal sph (front), large cyan rubber sph (back), small yellow metal cyl (far left)

# --- Mrs Okafor, a secondary-school maths teacher: precise, likes "not counting" and "neither ... nor"
C(
    "negation",
    45,
    "Not counting the spheres, how many objects are there?",
    "count(fn(scene(), shape=sphere))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "sphere"]),
)
C(
    "negation",
    45,
    "How many objects are neither grey nor cubes?",
    "count(diff(fn(scene(), color=gray), sel(cube)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "gray" and s.a(i, "shape") != "cube"]),
)
C(
    "compare_count",
    45,
    "Is the number of metal objects higher than the number of rubber ones?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "quantifier",
    45,
    "Are most of the cylinders made of metal?",
    "gt(count(f(sel(cylinder), material=metal)), count(fn(sel(cylinder), material=metal)))",
    lambda s: most(s, s.f(shape="cylinder"), material="metal"),
)
C(
    "number",
    45,
    "In how many different colours do the cubes come?",
    "nvalues(sel(cube), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="cube")})),
)
C(
    "chain",
    45,
    "Find the cylinder to the right of the grey cube; there is a cube behind that cylinder. What colour is it?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=gray)), right), shape=cylinder)), behind), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="gray"), "right", shape="cylinder"), "behind", shape="cube"), "color"
    ),
)
C(
    "count",
    45,
    "How many cubes and cylinders are there, put together?",
    "count(union(sel(cube), sel(cylinder)))",
    lambda s: n(s.f(shape=("cube", "cylinder"))),
)

# --- Gaz, a delivery driver on his lunch break: matey, "yeah?", "reckon"
C(
    "count",
    45,
    "Alright, how many cans are there? The cylinder ones, I mean.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "verify",
    45,
    "That big red ball at the front, is it shiny?",
    "verify(u(f(sel(sphere), size=large, color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="red"), "material") == "metal"),
)
C(
    "negation",
    45,
    "Anything else yellow in there, apart from that little yellow can?",
    "exist(diff(f(scene(), color=yellow), f(sel(cylinder), size=small, color=yellow)))",
    lambda s: yes(bool(without(s.f(color="yellow"), s.the(shape="cylinder", size="small", color="yellow")))),
)
C(
    "spatial",
    45,
    "Grey ball's to the left of the red cube, yeah?",
    "exist(f(rel(u(f(sel(cube), color=red)), left), color=gray, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "gray"}, "left", {"shape": "cube", "color": "red"}),
)
C(
    "spatial",
    45,
    "How many bits are sat behind the big grey ball?",
    "count(rel(u(f(sel(sphere), size=large, color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="large", color="gray"))),
)
C(
    "superlative",
    45,
    "What's that on the far right, a cube or a ball?",
    "choose(ord(scene(), right, 1), shape, [cube, sphere])",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
X(45, "Who's gonna tidy all this lot up, d'you reckon?")

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph (back), large cyan rubber cyl, small green rubber sph (far left), small purple metal sph (far right), large red rubber cube (front), small purple rubber cube

# --- Lisa, a mum doing her daughter's worksheet with her: context first, reads the sheet aloud
C(
    "count",
    46,
    "My daughter has a worksheet with this picture and we're stuck. How many purple things are there?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "compare_attr",
    46,
    "Next it asks whether the two cylinders are the same colour. I think they are?",
    "same(sel(cylinder), color)",
    lambda s: alike(s, s.f(shape="cylinder"), "color"),
)
C(
    "compare_size",
    46,
    "Then it says: which is bigger, the red ball or the red cube?",
    "q(u(f(union(f(sel(sphere), color=red), f(sel(cube), color=red)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="red"), s.the(shape="cube", color="red")),
)
C(
    "compare_count",
    46,
    "She wants to know if there are the same number of metal things and rubber things.",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "superlative",
    46,
    "OK, and what colour is the ball that's furthest back?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "chain",
    46,
    "Last one's a tricky one. There's a ball to the left of the red ball, and a ball in front of that one. What colour is that last ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), left), shape=sphere)), front), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="red"), "left", shape="sphere"), "front", shape="sphere"), "color"
    ),
)
X(46, "Honestly, what age group is a worksheet like this meant for?")

# --- Alejandro, an office worker from Bogotá, English as a second language
C("count", 46, "How many cubes there are in the picture?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "attribute",
    46,
    "The big grey cube is of metal or of rubber?",
    "choose(u(f(sel(cube), size=large, color=gray)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", size="large", color="gray"), "material"),
)
C(
    "exist",
    46,
    "Is there some green cylinder?",
    "exist(f(sel(cylinder), color=green))",
    lambda s: yes(bool(s.f(shape="cylinder", color="green"))),
)
C(
    "spatial",
    46,
    "How many things are at the left of the small purple cube?",
    "count(rel(u(f(sel(cube), size=small, color=purple)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", size="small", color="purple"))),
)
C(
    "superlative",
    46,
    "What colour is the sphere that is more at the right?",
    "q(ord(sel(sphere), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "color"),
)
C(
    "same_attr",
    46,
    "The small cyan cylinder: how many other objects are of the same material as it?",
    "count(same_attr(u(f(sel(cylinder), size=small, color=cyan)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", size="small", color="cyan"), "material")),
)
C(
    "spatial",
    46,
    "The big cylinder is more in front than the grey cube?",
    "exist(f(rel(u(f(sel(cube), color=gray)), front), shape=cylinder, size=large))",
    lambda s: is_rel(s, {"shape": "cylinder", "size": "large"}, "front", {"shape": "cube", "color": "gray"}),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (far right), small blue rubber cyl (back), small purple metal cube (right), small yellow metal sph (far left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph (front)

# --- Jayden, twelve, a gamer: text-speak, lower case
C("count", 47, "ok how many cubes r there", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "quantifier",
    47,
    "are both yellow balls shiny",
    "not_(exist(fn(f(sel(sphere), color=yellow), material=metal)))",
    lambda s: every(s, s.f(shape="sphere", color="yellow"), material="metal"),
)
C(
    "spatial",
    47,
    "which ones further back, the big yellow ball or the big blue cube",
    "q(ord(union(f(sel(sphere), size=large, color=yellow), f(sel(cube), size=large, color=blue)), behind, 1), shape)",
    lambda s: further(
        s,
        s.the(shape="sphere", size="large", color="yellow"),
        s.the(shape="cube", size="large", color="blue"),
        "behind",
    ),
)
C(
    "count",
    47,
    "how many of the purple cubes are small",
    "count(f(sel(cube), color=purple, size=small))",
    lambda s: n(s.f(shape="cube", color="purple", size="small")),
)
C(
    "exist",
    47,
    "is there a red ball anywhere??",
    "exist(f(sel(sphere), color=red))",
    lambda s: yes(bool(s.f(shape="sphere", color="red"))),
)
C(
    "superlative",
    47,
    "whats the thing furthest right. colour pls",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
X(47, "if this was a game which one would be the final boss lol")

# --- Sandra, who works the till at a hardware shop: blocks and tins
C(
    "count",
    47,
    "How many of the blocks are purple, then?",
    "count(f(sel(cube), color=purple))",
    lambda s: n(s.f(shape="cube", color="purple")),
)
C(
    "count",
    47,
    "And the tins, the cylinder-shaped ones: how many of those are big?",
    "count(f(sel(cylinder), size=large))",
    lambda s: n(s.f(shape="cylinder", size="large")),
)
C(
    "verify",
    47,
    "Is the big cyan tin a matte one, not shiny?",
    "verify(u(f(sel(cylinder), size=large, color=cyan)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large", color="cyan"), "material") == "rubber"),
)
C(
    "negation",
    47,
    "Apart from the blocks, how many things are made of metal?",
    "count(diff(f(scene(), material=metal), sel(cube)))",
    lambda s: n([i for i in s.f(material="metal") if s.a(i, "shape") != "cube"]),
)
C(
    "spatial",
    47,
    "The little red tin: how many things are to the right of it?",
    "count(rel(u(f(sel(cylinder), color=red)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="red"))),
)
C(
    "list",
    47,
    "What colours do the big things come in? List them for me.",
    "values(f(scene(), size=large), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(size="large")),
)
C(
    "spatial",
    47,
    "Is the big blue block further back than the big purple block?",
    "exist(f(rel(u(f(sel(cube), size=large, color=purple)), behind), color=blue, shape=cube, size=large))",
    lambda s: is_rel(
        s,
        {"shape": "cube", "size": "large", "color": "blue"},
        "behind",
        {"shape": "cube", "size": "large", "color": "purple"},
    ),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph (far right), small green metal cube, large purple metal sph (far left), small green rubber cyl, small yellow rubber sph (front), small gray rubber cyl (back)

# --- Mr Lindqvist, a retired civil engineer: formal, exact, fond of "consider"
C(
    "count",
    49,
    "How many of the spheres are small?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "negation",
    49,
    "Besides the large purple sphere, is there any object that is large?",
    "exist(diff(f(scene(), size=large), f(sel(sphere), size=large, color=purple)))",
    lambda s: yes(bool(without(s.f(size="large"), s.the(shape="sphere", size="large", color="purple")))),
)
C(
    "spatial",
    49,
    "Is the green cube situated further back than the green cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=green)), behind), color=green, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "green"}, "behind", {"shape": "cylinder", "color": "green"}),
)
C(
    "compare_count",
    49,
    "Do the spheres outnumber the cubes and cylinders combined?",
    "gt(count(sel(sphere)), count(union(sel(cube), sel(cylinder))))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape=("cube", "cylinder")))),
)
C(
    "chain",
    49,
    "Consider the cylinder in front of the red sphere. What colour is the cube behind that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), front), shape=cylinder)), behind), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="red"), "front", shape="cylinder"), "behind", shape="cube"), "color"
    ),
)
C(
    "compare_attr",
    49,
    "Do the two green objects share a material?",
    "same(f(scene(), color=green), material)",
    lambda s: alike(s, s.f(color="green"), "material"),
)
X(49, "In what year were these renderings produced, and with which software?")

# --- Ines, a painter: thinks in finishes, matte and shiny
C(
    "count",
    49,
    "Such a lot of little balls. How many of the balls are matte?",
    "count(f(sel(sphere), material=rubber))",
    lambda s: n(s.f(shape="sphere", material="rubber")),
)
C(
    "quantifier",
    49,
    "The two yellow balls, are they both matte?",
    "not_(exist(fn(f(sel(sphere), color=yellow), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere", color="yellow"), material="rubber"),
)
C(
    "number",
    49,
    "How many different colours are on the canvas altogether?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "superlative",
    49,
    "What colour is the ball over at the far right?",
    "q(ord(sel(sphere), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "color"),
)
C(
    "same_attr",
    49,
    "Is anything else painted the same colour as the grey cylinder?",
    "exist(same_attr(u(f(sel(cylinder), color=gray)), color))",
    lambda s: yes(bool(others(s, s.the(shape="cylinder", color="gray"), "color"))),
)
C(
    "attribute",
    49,
    "And the shiny cube, what colour have they given it?",
    "q(u(f(sel(cube), material=metal)), color)",
    lambda s: s.a(s.the(shape="cube", material="metal"), "color"),
)
C(
    "superlative",
    49,
    "The cylinder at the very back: which colour is it?",
    "q(ord(sel(cylinder), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "behind"), "color"),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube (far left, front)

# --- Kev, a bus driver who found this on a seat: very short
C("count", 52, "How many cubes?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C("exist", 52, "Any balls?", "exist(sel(sphere))", lambda s: yes(bool(s.f(shape="sphere"))))
C(
    "attribute",
    52,
    "The cylinder. What colour?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "verify",
    52,
    "Brown cube, rubber?",
    "verify(u(f(sel(cube), color=brown)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", color="brown"), "material") == "rubber"),
)
C(
    "quantifier",
    52,
    "All the cubes big ones?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)
C(
    "spatial",
    52,
    "How many things behind the brown cube?",
    "count(rel(u(f(sel(cube), color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="brown"))),
)
X(52, "Whose are these, left on my bus?")

# --- Jonas, an exchange student from Hamburg: German word order and prepositions
C(
    "count",
    52,
    "How many objects are there in total on the picture?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "verify",
    52,
    "Is the small cylinder from metal?",
    "verify(u(f(sel(cylinder), size=small)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="small"), "material") == "metal"),
)
C(
    "superlative",
    52,
    "Which colour has the cube that stands most in front?",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "color"),
)
C(
    "compare_attr",
    52,
    "Are the blue cube and the purple cube from the same material?",
    "same(u(f(sel(cube), color=blue)), u(f(sel(cube), color=purple)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="blue"), "material") == s.a(s.the(shape="cube", color="purple"), "material")
    ),
)
C(
    "spatial",
    52,
    "How many objects stand right of the grey cylinder?",
    "count(rel(u(f(sel(cylinder), color=gray)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="gray"))),
)
C(
    "compare_size",
    52,
    "Is the cylinder bigger as the brown cube, or?",
    "larger(u(sel(cylinder)), u(f(sel(cube), color=brown)))",
    lambda s: larger(s, s.the(shape="cylinder"), s.the(shape="cube", color="brown")),
)

# scene 55: large green metal cube, small purple rubber cube (far right), large purple rubber sph (back), small gray rubber cyl (right), large purple metal sph, small yellow rubber cyl, large purple rubber sph (far left), small yellow metal cube (front), large red rubber cube

# --- Mr Huang, an accountant: "in total", "of which", "excluding"
C(
    "count",
    55,
    "How many purple items are there in total?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "count",
    55,
    "Of the purple items, how many are spheres?",
    "count(f(sel(sphere), color=purple))",
    lambda s: n(s.f(shape="sphere", color="purple")),
)
C(
    "count",
    55,
    "How many items are either yellow or grey?",
    "count(union(f(scene(), color=yellow), f(scene(), color=gray)))",
    lambda s: n(s.f(color=("yellow", "gray"))),
)
C(
    "compare_count",
    55,
    "Are there fewer cylinders than spheres?",
    "lt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="sphere"))),
)
C(
    "quantifier",
    55,
    "Are all three purple spheres large?",
    "not_(exist(fn(f(sel(sphere), color=purple), size=large)))",
    lambda s: every(s, s.f(shape="sphere", color="purple"), size="large"),
)
C(
    "verify",
    55,
    "The small yellow cube: is it made of metal?",
    "verify(u(f(sel(cube), size=small, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", size="small", color="yellow"), "material") == "metal"),
)
C(
    "negation",
    55,
    "Excluding cubes, how many items are to the right of the large green cube?",
    "count(diff(rel(u(f(sel(cube), size=large, color=green)), right), sel(cube)))",
    lambda s: n(
        [i for i in related(s, "right", s.the(shape="cube", size="large", color="green")) if s.a(i, "shape") != "cube"]
    ),
)

# --- Maddie, fifteen, half paying attention
C("count", 55, "wait how many cubes is that", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "verify",
    55,
    "the red block is big right?",
    "verify(u(f(sel(cube), color=red)), size, large)",
    lambda s: yes(s.a(s.the(shape="cube", color="red"), "size") == "large"),
)
C(
    "position",
    55,
    "is the purple cube on the left or right side of the pic",
    "choose(u(f(sel(cube), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="purple")),
)
C(
    "spatial",
    55,
    "which is further back, the red cube or the green one",
    "q(ord(union(f(sel(cube), color=red), f(sel(cube), color=green)), behind, 1), color)",
    lambda s: further(s, s.the(shape="cube", color="red"), s.the(shape="cube", color="green"), "behind", "color"),
)
C(
    "spatial",
    55,
    "how many things are in front of the big green cube",
    "count(rel(u(f(sel(cube), size=large, color=green)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="green"))),
)
C(
    "compare_size",
    55,
    "isnt the shiny purple ball bigger than the grey can",
    "larger(u(f(sel(sphere), color=purple, material=metal)), u(f(sel(cylinder), color=gray)))",
    lambda s: larger(s, s.the(shape="sphere", color="purple", material="metal"), s.the(shape="cylinder", color="gray")),
)
X(55, "whats gonna happen if someone knocks the red cube over lol")

# scene 59: small purple rubber cyl (front), large cyan rubber cyl (far right), large brown rubber sph (far left), large blue rubber cyl, small purple metal cube (right), large purple rubber cyl, large purple rubber sph, large brown rubber sph (back)

# --- Abena, an intensive-care nurse: practical, to the point
C(
    "count",
    59,
    "How many cylinders are there? Just the number.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "verify",
    59,
    "There's one cube. Is it metal?",
    "verify(u(sel(cube)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube"), "material") == "metal"),
)
C(
    "count",
    59,
    "How many of the objects are big?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "negation",
    59,
    "Other than the cube, is anything shiny?",
    "exist(diff(f(scene(), material=metal), sel(cube)))",
    lambda s: yes(bool([i for i in s.f(material="metal") if s.a(i, "shape") != "cube"])),
)
C(
    "superlative",
    59,
    "What colour's the ball at the very back?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "spatial",
    59,
    "How many things are to the left of the blue cylinder?",
    "count(rel(u(f(sel(cylinder), color=blue)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="blue"))),
)
X(59, "Would a set like this be safe for the kids on the children's ward?")

# --- Ravi, a QA tester working through a checklist for the robot's camera: commands
C(
    "count",
    59,
    "Count the purple objects.",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "list",
    59,
    "List the colours of the cylinders.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "compare_attr",
    59,
    "State whether the two brown spheres are the same size.",
    "same(f(sel(sphere), color=brown), size)",
    lambda s: alike(s, s.f(shape="sphere", color="brown"), "size"),
)
C(
    "same_attr",
    59,
    "Give the number of objects that share a colour with the small purple cube.",
    "count(same_attr(u(f(sel(cube), size=small, color=purple)), color))",
    lambda s: n(others(s, s.the(shape="cube", size="small", color="purple"), "color")),
)
C(
    "position",
    59,
    "Tell me which side of the frame the cyan cylinder is on: left or right.",
    "choose(u(f(sel(cylinder), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="cyan")),
)
C(
    "compare_count",
    59,
    "Confirm that there are more large objects than small ones.",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "chain",
    59,
    "Locate the cylinder behind the blue cylinder, then report the material of the cube to its right.",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=blue)), behind), shape=cylinder)), right), shape=cube)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="blue"), "behind", shape="cylinder"), "right", shape="cube"),
        "material",
    ),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus, small brown dog, road text 'NO PARKING'

# --- Mick, a taxi driver: eyes on the road
P(
    "count",
    "street",
    "How many vehicles are on that road, then?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "text",
    "street",
    "What's it say on the side of the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "verify",
    "street",
    "The car's white, isn't it?",
    "verify(u(sel(car)), color, white)",
    lambda p: yes(p.value(p.the("car"), "color") == "white"),
)
P(
    "where",
    "street",
    "Is the car to the left of the bus or to the right of it?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P(
    "text",
    "street",
    "What's painted on the road there?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "negation",
    "street",
    "Apart from the bus, how many red things can you see?",
    "count(diff(f(scene(), color=red), sel(bus)))",
    lambda p: n([o for o in p.f(color="red") if p.name(o) != "bus"]),
)
X("street", "Where's that bus headed, and is it running late?")

# --- Amélie, a tourist from Lyon, English as a second language
P("count", "street", "How many persons are in the street?", "count(sel(person))", lambda p: n(people(p)))
P(
    "chain",
    "street",
    "The woman, she holds what in her arms?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "text",
    "street",
    "What is written on the sign at the top?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "chain",
    "street",
    "The tie of the man in white, it is of which colour?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "attribute",
    "street",
    "The little dog, what colour it is?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
X("street", "In which city is this street? I want to visit it.")

# --- Harold, seventy-eight, whose eyes aren't what they were: chatty, asks for confirmation
P(
    "spatial",
    "street",
    "I can't see so well these days. Is there a man on the left of the woman?",
    "vrel(u(sel(woman)), left, name=man)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("woman")), "man"))),
)
P(
    "count",
    "street",
    "How many of the people have got a tie on?",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "chain",
    "street",
    "The gentleman in black, what colour is his tie?",
    "q(u(rel(u(f(sel(man), color=black)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="black")), "color"),
)
P(
    "position",
    "street",
    "Is the stop sign up at the top of the picture or down at the bottom?",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
P(
    "compare_attr",
    "street",
    "Is the lady's dog the same colour as her clothes?",
    "same(u(rel(u(sel(woman)), holding, role=object)), u(sel(woman)), color)",
    lambda p: yes(p.value(only(p.objects_of(p.the("woman"), "holding")), "color") == p.value(p.the("woman"), "color")),
)
P(
    "spatial",
    "street",
    "What's that standing behind the bus? A tree, is it?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
X("street", "Do you think that bus goes anywhere near the hospital?")

# --- Zara, ten, on a school trip
P("count", "street", "how many men are there", "count(sel(man))", lambda p: n(p.f("man")))
P("exist", "street", "is there a cat", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "position",
    "street",
    "whats in the bottom left corner",
    "q(u(f(scene(), hposition=left, vposition=bottom)), name)",
    lambda p: p.name(p.the(hposition="left", vposition="bottom")),
)
P(
    "superlative",
    "street",
    "which person is the furthest right",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "compare_count",
    "street",
    "are there more people than dogs?",
    "gt(count(sel(person)), count(sel(dog)))",
    lambda p: yes(len(people(p)) > len(p.f("dog"))),
)
P(
    "attribute",
    "street",
    "what colour is the tree",
    "q(u(sel(tree)), color)",
    lambda p: p.value(p.the("tree"), "color"),
)
X("street", "whats the dogs name")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Bea, who runs a café: practical
P(
    "count",
    "kitchen",
    "How many cups are sitting on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "text",
    "kitchen",
    "What does the clock say?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "What's the table made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "negation",
    "kitchen",
    "Not counting the cups, how many things are on the table?",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) != "cup"]),
)
P(
    "spatial",
    "kitchen",
    "Is the fork lying near the plate?",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("plate")), "fork"))),
)
P(
    "text",
    "kitchen",
    "The label on the bottle, what's it say?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)

# --- Mrs Chen, a grandmother from Guangzhou, English as a second language: short, topic first
P("count", "kitchen", "The cups, how many have?", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "attribute",
    "kitchen",
    "Woman wear what colour?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "compare_attr",
    "kitchen",
    "Plate and clock, same colour?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "attribute",
    "kitchen",
    "Bottle is what colour?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "position",
    "kitchen",
    "Red cup is at left side or right side?",
    "choose(u(f(sel(cup), color=red)), hposition, [left, right])",
    lambda p: p.value(p.the("cup", color="red"), "hposition"),
)
X("kitchen", "This woman cook what for lunch today?")

# --- Oli, a student who shares the flat: casual
P(
    "count",
    "kitchen",
    "How many white things are there in the kitchen?",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "superlative",
    "kitchen",
    "Which cup's second from the left? What colour, I mean.",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "spatial",
    "kitchen",
    "What's just to the left of the plate?",
    "q(u(rel(u(sel(plate)), left)), name)",
    lambda p: p.name(only(p.subjects("left", p.the("plate")))),
)
P(
    "spatial",
    "kitchen",
    "What's that hanging above the table?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "spatial",
    "kitchen",
    "The bottle's on the right of the blue cup, right?",
    "exist(rel(u(f(sel(cup), color=blue)), right, name=bottle))",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("cup", color="blue")), "bottle"))),
)
P(
    "list",
    "kitchen",
    "List the colours of all the cups.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)

# --- Fiona, an estate agent photographing the kitchen for a listing: brisk, formal
P(
    "verify",
    "kitchen",
    "Isn't the table wooden?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "two_clause",
    "kitchen",
    "Is there a woman in the shot, and is she to the right of the table?",
    "and_(exist(sel(woman)), vrel(u(sel(table)), right, name=woman))",
    lambda p: yes(bool(p.f("woman")) and bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "position",
    "kitchen",
    "What is at the top of the picture?",
    "q(u(f(scene(), vposition=top)), name)",
    lambda p: p.name(p.the(vposition="top")),
)
P(
    "number",
    "kitchen",
    "How many different colours are the things on the table?",
    "nvalues(rel(u(sel(table)), on), color)",
    lambda p: str(len({p.value(o, "color") for o in p.subjects("on", p.the("table"))})),
)
P(
    "chain",
    "kitchen",
    "What colour is the cup just right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "attribute",
    "kitchen",
    "Is the fork silver or gold?",
    "choose(u(sel(fork)), color, [silver, gold])",
    lambda p: p.value(p.the("fork"), "color"),
)
X("kitchen", "What do you think the house would sell for, with a kitchen like that?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench left of the bike, two trees

# --- Pat, a professional dog walker
P("count", "park", "How many dogs are in the park today?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "exist",
    "park",
    "Is anybody holding a dog?",
    "exist(rel(sel(dog), holding))",
    lambda p: yes(bool(holders(p, "dog"))),
)
P(
    "chain",
    "park",
    "What colour's the dog by the little girl?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "compare_attr",
    "park",
    "Are the two dogs the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "superlative",
    "park",
    "Which dog is further left, the black one or the white one?",
    "q(ord(sel(dog), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("dog"), "left"), "color"),
)
X("park", "What breed is the black one, would you say?")

# --- Mr Adeyemi, a PE teacher
P(
    "count",
    "park",
    "How many children are out in the park?",
    "count(sel(child))",
    lambda p: n(children(p)),
)
P(
    "chain",
    "park",
    "What's the boy throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "attribute",
    "park",
    "And the frisbee, what colour is it?",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "spatial",
    "park",
    "Is the boy near the bench?",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("bench")), "boy"))),
)
P(
    "compare_count",
    "park",
    "Are there as many women as children?",
    "eq(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) == len(children(p))),
)
X("park", "Will the girl catch the frisbee, do you think?")

# --- Finn, eleven
P("count", "park", "how many people are in the park", "count(sel(person))", lambda p: n(people(p)))
P(
    "spatial",
    "park",
    "whats behind the girl",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
P(
    "attribute",
    "park",
    "what colour is the bike",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "superlative",
    "park",
    "whos standing furthest left",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "position",
    "park",
    "what's in the top right corner?",
    "q(u(f(scene(), hposition=right, vposition=top)), name)",
    lambda p: p.name(p.the(hposition="right", vposition="top")),
)
P(
    "count",
    "park",
    "how many green things are there",
    "count(f(scene(), color=green))",
    lambda p: n(p.f(color="green")),
)
X("park", "is the girl the boys sister")

# --- Kasia, a nanny from Kraków, English as a second language
P("count", "park", "How many women are in this park?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "spatial",
    "park",
    "What is near the woman in white?",
    "q(u(rel(u(f(sel(woman), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("woman", color="white")))),
)
P(
    "verify",
    "park",
    "The bench is from wood?",
    "verify(u(sel(bench)), material, wood)",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood"),
)
P(
    "spatial",
    "park",
    "Is bench on the left of the bicycle?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "attribute",
    "park",
    "Which colour has the girl on?",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P(
    "negation",
    "park",
    "Besides the woman in red, is somebody else holding a dog?",
    "exist(diff(rel(sel(dog), holding), f(sel(woman), color=red)))",
    lambda p: yes(bool(without(holders(p, "dog"), p.the("woman", color="red")))),
)
X("park", "The children are hers or of the other woman?")


# =================================================================================================================
# the drawing of flat shapes
# =================================================================================================================

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Ms Rossi, an art teacher
P("count", "shapes", "How many shapes are in the drawing altogether?", "count(scene())", lambda p: n(p.objects))
P(
    "position",
    "shapes",
    "Which shape sits in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are there more small shapes than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "compare_attr",
    "shapes",
    "Is the star the same colour as the big circle?",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color")),
)
P(
    "list",
    "shapes",
    "Name every colour used in the bottom row.",
    "values(f(scene(), vposition=bottom), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="bottom")),
)
X("shapes", "What mark would you give this drawing out of ten?")

# --- Poppy, ten
P(
    "count",
    "shapes",
    "how many blue shapes are there",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "verify",
    "shapes",
    "is the triangle green",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the triangle or the star",
    "q(u(f(union(sel(triangle), sel(star)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("triangle"), p.the("star")),
)
P(
    "position",
    "shapes",
    "whats in the very middle of the picture",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "quantifier",
    "shapes",
    "are all the blue shapes small",
    "not_(exist(fn(f(scene(), color=blue), size=small)))",
    lambda p: yes(all(p.value(o, "size") == "small" for o in p.f(color="blue"))),
)
P("exist", "shapes", "is there a heart", "exist(sel(heart))", lambda p: yes(bool(p.f("heart"))))

# --- Tariq, a graphic designer: checklist voice
P(
    "number",
    "shapes",
    "Quick audit: how many distinct colours does the drawing use?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "superlative",
    "shapes",
    "Which colour shows up most often?",
    "common_value(scene(), color)",
    lambda p: Counter(p.value(o, "color") for o in p.objects).most_common(1)[0][0],
)
P(
    "negation",
    "shapes",
    "Besides the square, how many shapes are blue?",
    "count(diff(f(scene(), color=blue), sel(square)))",
    lambda p: n([o for o in p.f(color="blue") if p.name(o) != "square"]),
)
P(
    "position",
    "shapes",
    "Bottom-right corner: which shape?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "same_attr",
    "shapes",
    "How many shapes share the star's colour?",
    "count(same_attr(u(sel(star)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("star") and p.value(o, "color") == p.value(p.the("star"), "color")]
    ),
)
X("shapes", "Which typeface would go best with this palette?")

# --- Mrs Begum, a nursery assistant: gentle, plain words
P(
    "count",
    "shapes",
    "How many shapes are along the bottom?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "attribute",
    "shapes",
    "Is the little circle blue or red?",
    "choose(u(f(sel(circle), size=small)), color, [blue, red])",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
P(
    "count",
    "shapes",
    "How many shapes are red or yellow?",
    "count(union(f(scene(), color=red), f(scene(), color=yellow)))",
    lambda p: n(p.f(color="red") + p.f(color="yellow")),
)
P(
    "position",
    "shapes",
    "Which one is higher up, the square or the star?",
    "q(u(f(union(sel(square), sel(star)), vposition=top)), shape)",
    lambda p: only([p.value(o, "shape") for o in (p.the("square"), p.the("star")) if p.value(o, "vposition") == "top"]),
)
P(
    "two_clause",
    "shapes",
    "Is there a triangle and a star both?",
    "and_(exist(sel(triangle)), exist(sel(star)))",
    lambda p: yes(bool(p.f("triangle")) and bool(p.f("star"))),
)
P(
    "negation",
    "shapes",
    "How many shapes are neither red nor blue?",
    "count(fn(fn(scene(), color=red), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") not in ("red", "blue")]),
)

# --- Mr Whitfield, a retired architect: measured, formal
P(
    "count",
    "shapes",
    "How many rectangles does the drawing contain, counting the square as one?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "compare_size",
    "shapes",
    "Is the yellow rectangle larger than the square?",
    "larger(u(f(sel(rectangle), color=yellow)), u(sel(square)))",
    lambda p: drawn_larger(p, only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), p.the("square")),
)
P(
    "superlative",
    "shapes",
    "Which shape is second from the left in the top row?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Do the square and the hexagon share a colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "exist",
    "shapes",
    "Is any of the large shapes blue?",
    "exist(f(scene(), size=large, color=blue))",
    lambda p: yes(bool(p.f(size="large", color="blue"))),
)
X("shapes", "Was this drawn by hand or on a computer, and when?")

# --- Rafael, a student from Porto, English as a second language
P(
    "count",
    "shapes",
    "How many shapes small are there in the drawing?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "attribute",
    "shapes",
    "The rectangle yellow is big or small?",
    "choose(u(f(sel(rectangle), color=yellow)), size, [large, small])",
    lambda p: p.value(only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), "size"),
)
P(
    "negation",
    "shapes",
    "How many shapes are not circles?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.name(o) != "circle"]),
)
P(
    "position",
    "shapes",
    "Which colour has the shape in the bottom left?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "color"),
)
P(
    "compare_size",
    "shapes",
    "The circle big is more big than the hexagon?",
    "larger(u(f(sel(circle), size=large)), u(sel(hexagon)))",
    lambda p: drawn_larger(p, p.the("circle", size="large"), p.the("hexagon")),
)
X("shapes", "The person who drew this, he is from Brazil or from Portugal?")

# --- Dot, a lorry driver: terse
P("count", "shapes", "Red shapes. How many?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "verify",
    "shapes",
    "Star's on the bottom row, yeah?",
    "verify(u(sel(star)), vposition, bottom)",
    lambda p: yes(p.value(p.the("star"), "vposition") == "bottom"),
)
P(
    "superlative",
    "shapes",
    "Shape furthest right on the top row?",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Both circles the same size?",
    "same(sel(circle), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
P(
    "list",
    "shapes",
    "Big shapes. What colours?",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "attribute",
    "shapes",
    "Hexagon. What colour?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)

# --- Mr Abernathy, a librarian: indirect, very courteous
P(
    "count",
    "shapes",
    "Could you tell me how many triangles there are?",
    "count(sel(triangle))",
    lambda p: n(p.f("triangle")),
)
P(
    "compare_attr",
    "shapes",
    "I'd like to know whether the hexagon is the same size as the star.",
    "same(u(sel(hexagon)), u(sel(star)), size)",
    lambda p: yes(p.value(p.the("hexagon"), "size") == p.value(p.the("star"), "size")),
)
P(
    "list",
    "shapes",
    "Might you tell me which shapes are small? Just their names, please.",
    "values(f(scene(), size=small), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(size="small")),
)
P(
    "quantifier",
    "shapes",
    "Are most of the shapes blue?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.objects) - len(p.f(color="blue"))),
)
P(
    "negation",
    "shapes",
    "Apart from the circles, is any shape red?",
    "exist(diff(f(scene(), color=red), sel(circle)))",
    lambda p: yes(bool([o for o in p.f(color="red") if p.name(o) != "circle"])),
)
P(
    "position",
    "shapes",
    "What colour is the shape in the top right corner, please?",
    "q(u(f(scene(), hposition=right, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "color"),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
