# ruff: noqa: E501
"""Blind paraphrase set 64: a tenth fresh crowd, asking on the phone while doing something else. About forty ordinary
people, each imagined once and kept in character for five to seven questions about one picture, typing on a phone
with half their attention: short questions, mostly lower case, apostrophes left out ("whats", "isnt", "theres"),
a word dropped now and then ("what colour the lady wearing"), the slips a phone keyboard makes (doubled letters:
"manny", "twoo", "greeen"; neighbouring keys: "thigns", "rigth"; autocorrect: "in font of", "cylindrical" for
cylinder, set right at once by the speaker), remarks before the question ("ugh this picture", "ok last one", "brb
onions"), and some questions said twice in different words ("how many purple things are there? like purple coloured
ones", "cube material? whats the cube made of"), or asked again later ("wait how many were gray again").
Every question is still understandable to a careful human reader and has one clear answer.

The cast: a cook stirring sauce (scene 22), a commuter on a bumpy bus (30), a dad doing maths homework with his
daughter (27), a robotics technician watching a robot's camera feed (14), an office worker hiding the phone in a
meeting (2), a grandmother on a new phone who signs off politely (0), a train commuter with "quick q" (21), a baker
with flour on the screen (25) and a teenager on the school bus ("ngl", "fr") (25), a mum with her son's worksheet (18)
and a robot-lab student checking what the robot detects (18), someone between sets at the gym (19) and an office
worker eating lunch at the desk (19), a cook frying onions (16) and a student in a lecture (16), a warehouse worker on
a break ("mate") (13) and a parent in the school pickup line (13), a tired night-shift nurse who asks one thing twice
(12) and a gamer waiting for a match to load (12), a cashier between customers (9) and a dog walker typing one-handed
(9); on the street photo a bus passenger, a cook waiting for pasta water, a parent doing English homework and a
delivery-robot operator; on the kitchen photo a cook in her own kitchen, a tram rider, a dad with his son's homework
and a receptionist between calls; on the park photo a dog walker, a train passenger, a parent with a child's homework
and someone in a hospital waiting room; on the drawing a parent with a six-year-old's shapes homework, a cook making
soup, a bus rider, an office worker in a spreadsheet, an engineer whose robot is looking at the drawing, a babysitter,
someone waiting for the dryer at the laundrette and a grandfather with his grandchild's worksheet (who writes in full
sentences).

The sentence shapes: bare fragments ("cube material?", "bike colour?", "2nd from the back, colour"), questions after a
remark ("between sets. how many cyan things"), topic first ("the two purple cylinders, are they made of the same
material"), either-or questions ("is the tree in front of the bus or behind it"), tag questions ("none of the
cylinders are metal, is that true"), two-sentence chains ("theres a cube to the right of the big red cube. whats to
the right of that one? colour") and questions restated in other words in the same message.

The questions cover counts (with conditions, "other than", "neither ... nor", "either ... or", "put together"),
existence, an attribute of one thing, yes/no checks of one value, comparisons of counts ("more", "fewer", "as many as",
"the same number") and of attributes (same colour, size, shape or material), quantifiers ("all", "every", "both",
"none", "any", "most of"), exceptions ("apart from the balls, is everything metal"), relations (left, right, in front,
behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, throwing, wearing, above, behind,
left, right, in front), one- and two-hop chains, superlatives and ordinals ("right at the back", "2nd from the back",
"the first shape on the left in the bottom row"), other things sharing a value, which of two things is the bigger, a
list of values, the number of different colours (and of shapes), the most common colour, sides of a CLEVR picture,
sides, rows and corners of the photos and the drawing, and the text on the photos' bus, sign, road, bottle and clock.

About half of the questions ask about CLEVR val scenes 22, 30, 27, 14, 2, 0, 21, 25, 18, 19, 16, 13, 12 and 9 (one or
two people to a scene), about 30% about the photo-like graphs (street, kitchen, park) and 20% about the drawing of flat
shapes; about one in ten must be refused (prices, names and owners, feelings and opinions, what happens next, why, the
world outside the picture), each in the same voice as the person's other questions.

Conventions (as in set 53). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of
an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing neighbours in
an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations and attributes
leave open (no cup "next to the fork", where a cup stands as close as the plate the graph names; no "person near the
bike", where the girl stands as close as the woman the graph names; no "what is the boy near", where the black dog is
as close to him as the bench; no count of people near a dog, for the same reason). A which-side question is answered
with the side; a "which is bigger" between two things is asked only where their size classes differ, and answered with
the word that tells the bigger one from the other (its shape). Answers are the graph's words (gray, not grey; sphere,
not ball; "blue, red" for a list, most frequent first, ties alphabetical). Every gold program and answer comes from the
scene by plain Python.

Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other set; only
build_blind53.py (and the blind_gold.py helpers it imports) was read, for the format (the first five lines of set 52's
docstring were also seen by accident; no questions of it). The questions were never run through nsvr's parser or
planner; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind64.py`` to write ``../blind64.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind64.jsonl"
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


def most(items: list, keep) -> str:
    """yes/no: more of items pass ``keep`` than fail it."""
    passing = [i for i in items if keep(i)]
    return yes(len(passing) > len(items) - len(passing))


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


def colours(p: Photo, ids) -> set[str]:
    return {p.value(o, "color") for o in ids}


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def scene_types() -> str:
    tally = Counter("clevr" if isinstance(q[1], int) else ("drawing" if q[1] == "shapes" else "photo") for q in Q)
    return ", ".join(f"{k} {c}" for k, c in sorted(tally.items()))


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# --- a cook stirring sauce, phone against the spice rack, scene 22: large yellow rubber cyl (far left), large yellow metal cube (right), small purple metal cyl (back), small cyan metal sph (front)
C(
    "count",
    22,
    "hang on im stirring. how many yellow things in this pic",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "position",
    22,
    "the big yellow cylinder is it on the left of the picture or the right",
    "choose(u(f(sel(cylinder), size=large, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="yellow")),
)
C(
    "spatial",
    22,
    "how many things are in font of the purple cylinder",
    "count(rel(u(f(sel(cylinder), color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="purple"))),
)
C(
    "quantifier",
    22,
    "is all the metal stuff small",
    "not_(exist(fn(f(scene(), material=metal), size=small)))",
    lambda s: every(s, s.f(material="metal"), size="small"),
)
C(
    "superlative",
    22,
    "whats the colour of the thing right at the back",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(22, "ugh sauce is burning. if the little ball rolled away what would it hit first")

# --- a commuter on a bumpy bus, scene 30: large green rubber sph, large purple rubber sph (back, left), large blue metal cyl (front)
C(
    "count",
    30,
    "bus is so bumpy lol. how many balls r there",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    30,
    "r they all big ones",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "compare_attr",
    30,
    "both balls same materiall?",
    "same(sel(sphere), material)",
    lambda s: alike(s, s.f(shape="sphere"), "material"),
)
C(
    "attribute",
    30,
    "whats the cylnder made of",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "superlative",
    30,
    "which ball is closer to the front, the green one or the purple one",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
X(30, "how heavy would the blue one be in real life")

# --- a dad doing maths homework with his daughter, scene 27: large purple rubber cube (back, far right), small yellow metal sph (far left), small red rubber cyl, large red rubber cube (front)
C(
    "count",
    27,
    "doing maths homework with my daughter. how many cubs are there. cubes sorry",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "count",
    27,
    "and how many things are red or purple",
    "count(union(f(scene(), color=red), f(scene(), color=purple)))",
    lambda s: n(set(s.f(color="red")) | set(s.f(color="purple"))),
)
C(
    "compare_size",
    27,
    "which is bigger the red cube or the red cylinder",
    "q(u(f(union(f(sel(cube), color=red), f(sel(cylinder), color=red)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="red"), s.the(shape="cylinder", color="red")),
)
C(
    "same_attr",
    27,
    "she says the cylinder matches something. how many other things are the same colour as the cylinder",
    "count(same_attr(u(sel(cylinder)), color))",
    lambda s: n(others(s, s.the(shape="cylinder"), "color")),
)
C(
    "spatial",
    27,
    "how many things are behind the big red cube",
    "count(rel(u(f(sel(cube), size=large, color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="large", color="red"))),
)
X(27, "now she wants to know why somebody put the toys like that. why?")

# --- a robotics technician watching the robot's camera feed, scene 14: large cyan rubber sph (front), small blue metal sph (right), small gray metal cube (back)
C(
    "count",
    14,
    "checking the robot cam feed. how many objects does it see",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "attribute",
    14,
    "cube material? whats the cube made of",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "compare_attr",
    14,
    "are the two spheres the same colour",
    "same(sel(sphere), color)",
    lambda s: alike(s, s.f(shape="sphere"), "color"),
)
C(
    "spatial",
    14,
    "is the cube behind the big sphere",
    "exist(f(rel(u(f(sel(sphere), size=large)), behind), shape=cube))",
    lambda s: is_rel(s, {"shape": "cube"}, "behind", {"shape": "sphere", "size": "large"}),
)
C(
    "number",
    14,
    "how many diff colours in frame",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
X(14, "is the robot going to grab the blue sphere next")

# --- an office worker in a meeting, phone under the table, scene 2: large green metal cube (left), small gray metal cyl (back), large cyan rubber cyl (front, right)
C(
    "count",
    2,
    "in a meeting sry. quick, how many cylinders",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    2,
    "the 2 cylinders same size?",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "position",
    2,
    "cyan cylinder left side or right side of the picture",
    "choose(u(f(sel(cylinder), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="cyan")),
)
C(
    "superlative",
    2,
    "furthest left thing what shape",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "negation",
    2,
    "how many arent metal",
    "count(fn(scene(), material=metal))",
    lambda s: n(but(s, s.all(), material="metal")),
)
X(2, "who even made this picture and why")

# --- a grandmother on a new phone, scene 0: small yellow rubber sph (front), large blue metal sph (far left, back), large green rubber cyl
C(
    "count",
    0,
    "Hello dear. How many balls are in this picture? Thank you",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    0,
    "What is the colour of the cylindrical? Sorry, the cylinder. This phone.",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "compare_size",
    0,
    "Is the yellow ball bigger than the blue ball? Is it the larger one?",
    "larger(u(f(sel(sphere), color=yellow)), u(f(sel(sphere), color=blue)))",
    lambda s: larger(s, s.the(shape="sphere", color="yellow"), s.the(shape="sphere", color="blue")),
)
C(
    "position",
    0,
    "Is the blue ball on the left side of the picture or the right side",
    "choose(u(f(sel(sphere), color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="blue")),
)
C(
    "chain",
    0,
    "What is behind the green cylinder, the colour please",
    "q(u(rel(u(f(sel(cylinder), color=green)), behind)), color)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cylinder", color="green"))), "color"),
)
X(0, "My granddaughter thinks they are sweets. Can you eat them? Thank you")

# --- a train commuter, scene 21: small green rubber cyl, large red rubber sph, small gray metal sph (back), small yellow rubber sph (front), large purple metal cyl (far right)
C(
    "count",
    21,
    "quick q how many small rubber things",
    "count(f(scene(), size=small, material=rubber))",
    lambda s: n(s.f(size="small", material="rubber")),
)
C(
    "quantifier",
    21,
    "are most of the spheres small",
    "gt(count(f(sel(sphere), size=small)), count(fn(sel(sphere), size=small)))",
    lambda s: most(s.f(shape="sphere"), lambda i: s.a(i, "size") == "small"),
)
C(
    "position",
    21,
    "purple cylinder, left or right of the pic?",
    "choose(u(f(sel(cylinder), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="purple")),
)
C(
    "chain",
    21,
    "the big ball to the right of the yellow one whats it made of",
    "q(u(f(rel(u(f(sel(sphere), color=yellow)), right), shape=sphere, size=large)), material)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="yellow"), "right", shape="sphere", size="large"), "material"),
)
C(
    "superlative",
    21,
    "whats 2nd from the front? colour",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "color"),
)
X(21, "ok my stop. which one would u pick as a paperweight")

# --- a baker with flour on the screen, scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl (far left), large brown rubber sph (far right), small gray metal cyl (back)
C(
    "count",
    25,
    "flour all over my phone sorry. how manny cylinders",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "negation",
    25,
    "how many things are neither cylinders nor brown",
    "count(fn(fn(scene(), shape=cylinder), color=brown))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cylinder" and s.a(i, "color") != "brown"]),
)
C(
    "same_attr",
    25,
    "how many other things are made of the same stuff as the red cube",
    "count(same_attr(u(f(sel(cube), color=red)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "material")),
)
C(
    "spatial",
    25,
    "how many things are left of the cyan ball",
    "count(rel(u(f(sel(sphere), color=cyan)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="cyan"))),
)
C(
    "quantifier",
    25,
    "apart from the balls, is everything metal",
    "not_(exist(fn(fn(scene(), shape=sphere), material=metal)))",
    lambda s: every(s, but(s, s.all(), shape="sphere"), material="metal"),
)
X(25, "where could i buy a set like this, the twoo brown ones especially")

# --- a teenager on the school bus, scene 25
C(
    "exist",
    25,
    "is there even a cube in this",
    "exist(sel(cube))",
    lambda s: yes(bool(s.f(shape="cube"))),
)
C(
    "superlative",
    25,
    "whats right at the back? the shape",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "chain",
    25,
    "theres a big cylinder in front of the red cube. whats the colour of the small cylinder left of that",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=red)), front), shape=cylinder, size=large)), left), shape=cylinder, size=small)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", color="red"), "front", shape="cylinder", size="large"),
            "left",
            shape="cylinder",
            size="small",
        ),
        "color",
    ),
)
C(
    "compare_count",
    25,
    "ngl are there more metal things than rubber ones",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "position",
    25,
    "the brown ball is it left side of the pic or right",
    "choose(u(f(sel(sphere), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="brown")),
)
C(
    "quantifier",
    25,
    "are all the cylinders metal fr",
    "not_(exist(fn(sel(cylinder), material=metal)))",
    lambda s: every(s, s.f(shape="cylinder"), material="metal"),
)

# --- a mum with her son's worksheet, scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl (far left), small blue rubber cyl (front), large cyan rubber sph (far right), small purple metal cube (right), small red rubber sph (back)
C(
    "count",
    18,
    "helping my son with his worksheet. how many purple things are there? like purple coloured ones",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "count",
    18,
    "how many cubes and spheres put together",
    "count(union(sel(cube), sel(sphere)))",
    lambda s: n(s.f(shape=("cube", "sphere"))),
)
C(
    "compare_count",
    18,
    "are there the same number of cubes as cylinders",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "compare_attr",
    18,
    "the two purple cylinders, are they made of the same material",
    "same(f(sel(cylinder), color=purple), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="purple"), "material"),
)
C(
    "superlative",
    18,
    "what colour is the thing at the very back",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(18, "he wants to know how much a set like this costs")

# --- a robot-lab student checking what the robot detects, scene 18
C(
    "count",
    18,
    "robot vision check. how many rubber objects does it detect",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "spatial",
    18,
    "how many objects in front of the large cyan sphere",
    "count(rel(u(f(sel(sphere), size=large, color=cyan)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", size="large", color="cyan"))),
)
C(
    "chain",
    18,
    "whats to the right of the purple metal cube? shape pls",
    "q(u(rel(u(f(sel(cube), color=purple, material=metal)), right)), shape)",
    lambda s: s.a(only(related(s, "right", s.the(shape="cube", color="purple", material="metal"))), "shape"),
)
C(
    "position",
    18,
    "small purple cube, left or right of the image",
    "choose(u(f(sel(cube), size=small, color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="small", color="purple")),
)
C(
    "list",
    18,
    "what colours are the spheres",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "superlative",
    18,
    "2nd object from the left, what colour",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)

# --- someone between sets at the gym, scene 19: small gray metal cube, small green metal cyl (back), small cyan metal cyl (front), small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph (far right), small yellow rubber cube (far left)
C(
    "count",
    19,
    "between sets. how many cyan things",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "negation",
    19,
    "how many cubes other than the yellow one",
    "count(fn(sel(cube), color=yellow))",
    lambda s: n(but(s, s.f(shape="cube"), color="yellow")),
)
C(
    "compare_attr",
    19,
    "the two cyan cylinders same material?",
    "same(f(sel(cylinder), color=cyan), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="cyan"), "material"),
)
C(
    "quantifier",
    19,
    "is every cube small",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: every(s, s.f(shape="cube"), size="small"),
)
C(
    "number",
    19,
    "how many diffrent colours are there",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
X(19, "which one would hurt most if i dropped it on my foot")

# --- an office worker eating lunch at the desk, scene 19
C(
    "attribute",
    19,
    "eating lunch at my desk. whats the ball made of",
    "q(u(sel(sphere)), material)",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
C(
    "position",
    19,
    "yellow cube - left or right of the pic",
    "choose(u(f(sel(cube), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="yellow")),
)
C(
    "spatial",
    19,
    "ugh this picture is busy. how many things in front of the big blue cube",
    "count(rel(u(f(sel(cube), size=large, color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="blue"))),
)
C(
    "chain",
    19,
    "and whats behind the big blue cube? colour",
    "q(u(rel(u(f(sel(cube), size=large, color=blue)), behind)), color)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cube", size="large", color="blue"))), "color"),
)
C(
    "compare_size",
    19,
    "whos bigger the gray ball or the gray cube",
    "q(u(f(union(f(sel(sphere), color=gray), f(sel(cube), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="gray"), s.the(shape="cube", color="gray")),
)
C(
    "superlative",
    19,
    "what shape is the thing closest to the front",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)

# --- a cook frying onions, scene 16: small red metal sph, small purple metal sph (far left), small cyan metal sph (front), large brown rubber cyl, large yellow rubber cube (back), large green rubber sph, large yellow metal cyl
C(
    "count",
    16,
    "brb onions. how many balls",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "count",
    16,
    "ok back. how many smal metal balls",
    "count(f(sel(sphere), size=small, material=metal))",
    lambda s: n(s.f(shape="sphere", size="small", material="metal")),
)
C(
    "compare_attr",
    16,
    "the yellow things, same material?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "quantifier",
    16,
    "are all the small ones metal",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: every(s, s.f(size="small"), material="metal"),
)
C(
    "superlative",
    16,
    "whats at the very back? shape",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "chain",
    16,
    "the big ball right of the brown cylinder, what colour",
    "q(u(f(rel(u(f(sel(cylinder), color=brown)), right), shape=sphere, size=large)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="brown"), "right", shape="sphere", size="large"), "color"),
)

# --- a student in a lecture, scene 16
C(
    "spatial",
    16,
    "in a lecture lol. how many things behind the brown cylinder",
    "count(rel(u(f(sel(cylinder), color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="brown"))),
)
C(
    "attribute",
    16,
    "what colour is the cube",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "position",
    16,
    "purple ball on the left or right side of the image",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
C(
    "compare_count",
    16,
    "fewer cubes than cylinders?",
    "lt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="cylinder"))),
)
C(
    "same_attr",
    16,
    "how many others are the same size as the red ball",
    "count(same_attr(u(f(sel(sphere), color=red)), size))",
    lambda s: n(others(s, s.the(shape="sphere", color="red"), "size")),
)
C(
    "chain",
    16,
    "the cylinder behind the small red ball is it metal or rubber",
    "choose(u(f(rel(u(f(sel(sphere), size=small, color=red)), behind), shape=cylinder)), material, [metal, rubber])",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="small", color="red"), "behind", shape="cylinder"), "material"),
)

# --- a warehouse worker on a break, scene 13: small red rubber cube, large cyan rubber cyl (far right), small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (back), small red rubber sph (far left), large red metal cube
C(
    "count",
    13,
    "on my break mate. how many red things",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "count",
    13,
    "how many things are either red or metal",
    "count(union(f(scene(), color=red), f(scene(), material=metal)))",
    lambda s: n(set(s.f(color="red")) | set(s.f(material="metal"))),
)
C(
    "compare_attr",
    13,
    "the 2 red cubes same size?",
    "same(f(sel(cube), color=red), size)",
    lambda s: alike(s, s.f(shape="cube", color="red"), "size"),
)
C(
    "spatial",
    13,
    "how many thigns right of the purple cylinder",
    "count(rel(u(f(sel(cylinder), color=purple)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="purple"))),
)
C(
    "superlative",
    13,
    "colour of the thing furthest back",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(13, "whats the robot gonna do with the red cube after")

# --- a parent in the school pickup line, scene 13
C(
    "exist",
    13,
    "in the school pickup line. is there anything green",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "attribute",
    13,
    "big cylinder colour?",
    "q(u(f(sel(cylinder), size=large)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "color"),
)
C(
    "position",
    13,
    "the little red ball, which side of the picture, left or right",
    "choose(u(f(sel(sphere), color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="red")),
)
C(
    "quantifier",
    13,
    "none of the cylinders are metal, is that true",
    "not_(exist(f(sel(cylinder), material=metal)))",
    lambda s: yes(not s.f(shape="cylinder", material="metal")),
)
C(
    "chain",
    13,
    "theres a cube to the right of the big red cube. whats to the right of that one? colour",
    "q(u(rel(u(f(rel(u(f(sel(cube), size=large, color=red)), right), shape=cube)), right)), color)",
    lambda s: s.a(
        only(related(s, "right", hop(s, s.the(shape="cube", size="large", color="red"), "right", shape="cube"))),
        "color",
    ),
)
C(
    "compare_count",
    13,
    "as many spheres as cubes?",
    "eq(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cube"))),
)
C(
    "superlative",
    13,
    "kids coming out. whats second from the right, shape",
    "q(ord(scene(), right, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "shape"),
)

# --- a tired night-shift nurse who asks one thing twice, scene 12: small blue metal cube (far left), small green rubber sph, large gray rubber sph (far right), small cyan metal cyl (right), small gray rubber sph (front), small green rubber cyl, small red metal cube, small gray metal cube (back)
C(
    "count",
    12,
    "sorry tired. how many grey things",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "compare_attr",
    12,
    "the two green things same shape?",
    "same(f(scene(), color=green), shape)",
    lambda s: alike(s, s.f(color="green"), "shape"),
)
C(
    "list",
    12,
    "what colours are the cubes",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "spatial",
    12,
    "how many things behind the red cube",
    "count(rel(u(f(sel(cube), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="red"))),
)
C(
    "count",
    12,
    "wait how many were gray again. the gray objects",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
X(12, "why would someone even make a picture like this")

# --- a gamer waiting for a match to load, scene 12
C(
    "exist",
    12,
    "match loading. any big cubes",
    "exist(f(sel(cube), size=large))",
    lambda s: yes(bool(s.f(shape="cube", size="large"))),
)
C(
    "attribute",
    12,
    "cyan cylinder made of what",
    "q(u(f(sel(cylinder), color=cyan)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="cyan"), "material"),
)
C(
    "position",
    12,
    "is the cyan cylinder on the left or right side of the picture",
    "choose(u(f(sel(cylinder), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="cyan")),
)
C(
    "same_attr",
    12,
    "how many other things same material as the green ball",
    "count(same_attr(u(f(sel(sphere), color=green)), material))",
    lambda s: n(others(s, s.the(shape="sphere", color="green"), "material")),
)
C(
    "chain",
    12,
    "whats right of the cyan cylinder? what material",
    "q(u(rel(u(f(sel(cylinder), color=cyan)), right)), material)",
    lambda s: s.a(only(related(s, "right", s.the(shape="cylinder", color="cyan"))), "material"),
)
C(
    "two_clause",
    12,
    "ok last one, is there a red cube and a blue cube",
    "and_(exist(f(sel(cube), color=red)), exist(f(sel(cube), color=blue)))",
    lambda s: yes(bool(s.f(shape="cube", color="red")) and bool(s.f(shape="cube", color="blue"))),
)

# --- a cashier between customers, scene 9: small gray rubber cube (front), large gray rubber cyl (far left), small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl, large green metal sph
C(
    "count",
    9,
    "between customers. how many gray ones",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "negation",
    9,
    "how many are neither gray nor green",
    "count(fn(fn(scene(), color=gray), color=green))",
    lambda s: n([i for i in s.all() if s.a(i, "color") not in ("gray", "green")]),
)
C(
    "compare_attr",
    9,
    "the two green things same material?",
    "same(f(scene(), color=green), material)",
    lambda s: alike(s, s.f(color="green"), "material"),
)
C(
    "compare_count",
    9,
    "more big things than small?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "superlative",
    9,
    "whats at the very front, shape",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "chain",
    9,
    "the big ball left of the purple cube, colour?",
    "q(u(f(rel(u(f(sel(cube), color=purple)), left), shape=sphere, size=large)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="purple"), "left", shape="sphere", size="large"), "color"),
)

# --- a dog walker typing one-handed, scene 9
C(
    "exist",
    9,
    "walking the dog one handed. is ther a red thing",
    "exist(f(scene(), color=red))",
    lambda s: yes(bool(s.f(color="red"))),
)
C(
    "position",
    9,
    "big grey cylinder left or right of pic",
    "choose(u(f(sel(cylinder), size=large, color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="gray")),
)
C(
    "spatial",
    9,
    "is the blue ball in front of the purple cube",
    "exist(f(rel(u(f(sel(cube), color=purple)), front), color=blue, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue"}, "front", {"shape": "cube", "color": "purple"}),
)
C(
    "quantifier",
    9,
    "are all the balls big? every sphere large?",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: every(s, s.f(shape="sphere"), size="large"),
)
C(
    "superlative",
    9,
    "2nd from the back, colour",
    "q(ord(scene(), behind, 2), color)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "color"),
)
C(
    "quantifier",
    9,
    "except the grey ones, are the cylinders all green",
    "not_(exist(fn(fn(sel(cylinder), color=gray), color=green)))",
    lambda s: every(s, but(s, s.f(shape="cylinder"), color="gray"), color="green"),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus, small brown dog, road text 'NO PARKING'

# --- a bus passenger
P(
    "text",
    "street",
    "lol im on a bus looking at a bus. what does it say on the side of it",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("count", "street", "how many ppl in the pic", "count(sel(person))", lambda p: n(people(p)))
P(
    "attribute",
    "street",
    "whats the colour of the car",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "compare_attr",
    "street",
    "is the sign the same colour as the bus",
    "same(u(sel(sign)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("sign"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "spatial",
    "street",
    "what is the woman holding",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
X("street", "wheres that bus going, is it the number 42")

# --- a cook waiting for the pasta water
P(
    "text",
    "street",
    "waiting for pasta water to boil. what does the sign say",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "verify",
    "street",
    "is the sign at the top of the picture",
    "verify(u(sel(sign)), vposition, top)",
    lambda p: yes(p.value(p.the("sign"), "vposition") == "top"),
)
P(
    "count",
    "street",
    "how many people have a tie on",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "quantifier",
    "street",
    "is any of the men wearing white",
    "exist(f(sel(man), color=white))",
    lambda p: yes(bool(p.f("man", color="white"))),
)
P(
    "chain",
    "street",
    "the man to the right of the woman, what colour is his tie",
    "q(u(rel(u(rel(u(sel(woman)), right, name=man)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, only(named(p, p.subjects("right", p.the("woman")), "man"))), "color"),
)
P(
    "where",
    "street",
    "water boiling. is the tree in front of the bus or behind it",
    "choose_rel(u(sel(tree)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("tree"), p.the("bus"), ("front", "behind")),
)

# --- a parent doing English homework with a daughter
P(
    "count",
    "street",
    "english homework w my daughter. how many dogs in the street picture",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "attribute",
    "street",
    "what colour is the dog",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "text",
    "street",
    "she has to copy the words painted on the road, what do they say",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "negation",
    "street",
    "how many people other than the woman",
    "count(diff(sel(person), sel(woman)))",
    lambda p: n([o for o in people(p) if p.name(o) != "woman"]),
)
P(
    "superlative",
    "street",
    "who is on the far right",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("street", "whats the dogs name, she wants to know")

# --- a delivery-robot operator checking the robot's camera
P(
    "exist",
    "street",
    "robot cam check. any bicycles in view",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "compare_count",
    "street",
    "more men than women?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "position",
    "street",
    "whats in the bottom left corner",
    "q(u(f(scene(), hposition=left, vposition=bottom)), name)",
    lambda p: p.name(p.the(hposition="left", vposition="bottom")),
)
P(
    "attribute",
    "street",
    "the man on the left, what colour is he wearing",
    "q(u(f(sel(man), hposition=left)), color)",
    lambda p: p.value(p.the("man", hposition="left"), "color"),
)
P(
    "spatial",
    "street",
    "is the car to the left of the bus",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P(
    "list",
    "street",
    "what colours are the ties",
    "values(sel(tie), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("tie")),
)
P(
    "count",
    "street",
    "how many vehicles? cars buses etc",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- a cook in her own kitchen
P(
    "text",
    "kitchen",
    "ha im in my kitchen too. what time does the clock say",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P("count", "kitchen", "how many cups", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "attribute",
    "kitchen",
    "whats the fork made of",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "list",
    "kitchen",
    "cup colours? all of them",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "chain",
    "kitchen",
    "the cup to the right of the bottle, what colour",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
X("kitchen", "does the woman look hungry to you")

# --- a tram rider
P(
    "count",
    "kitchen",
    "on the tram. how many things are on the table",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "verify",
    "kitchen",
    "is the bottle greeen",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
P(
    "text",
    "kitchen",
    "whats written on the bottle",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "spatial",
    "kitchen",
    "is the fork near the plate",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("plate")), "fork"))),
)
P(
    "where",
    "kitchen",
    "which side of the table is the woman standing on",
    "choose_rel(u(sel(woman)), [left, right], role=object, name=table)",
    lambda p: photo_side(p, p.the("woman"), p.the("table"), ("left", "right")),
)
P(
    "compare_attr",
    "kitchen",
    "is the clock the same colour as the plate",
    "same(u(sel(clock)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("clock"), "color") == p.value(p.the("plate"), "color")),
)

# --- a dad with his son's homework
P(
    "negation",
    "kitchen",
    "how many cups arent white",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "quantifier",
    "kitchen",
    "are all the cups on the table? none of them somewhere else?",
    "not_(exist(diff(sel(cup), rel(u(sel(table)), on))))",
    lambda p: yes(all(p.has(o, "on", p.the("table")) for o in p.f("cup"))),
)
P(
    "number",
    "kitchen",
    "how many colours do the cups come in",
    "nvalues(sel(cup), color)",
    lambda p: str(len(colours(p, p.f("cup")))),
)
P(
    "superlative",
    "kitchen",
    "which cup is furthest left, what colour",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
P("exist", "kitchen", "is there a knife", "exist(sel(knife))", lambda p: yes(bool(p.f("knife"))))
P(
    "compare_count",
    "kitchen",
    "more cups than plates?",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
X("kitchen", "whose kitchen is it, he wants to know")

# --- a receptionist between calls
P(
    "attribute",
    "kitchen",
    "between calls. what colour the lady wearing",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "position",
    "kitchen",
    "whats at the top of the picture",
    "q(u(f(scene(), vposition=top)), name)",
    lambda p: p.name(p.the(vposition="top")),
)
P(
    "two_clause",
    "kitchen",
    "is there a bottle and a fork on the table",
    "and_(vrel(u(sel(table)), on, name=bottle), vrel(u(sel(table)), on, name=fork))",
    lambda p: yes(
        bool(named(p, p.subjects("on", p.the("table")), "bottle"))
        and bool(named(p, p.subjects("on", p.the("table")), "fork"))
    ),
)
P(
    "count",
    "kitchen",
    "cups and plates put together, how many",
    "count(union(sel(cup), sel(plate)))",
    lambda p: n(p.f(("cup", "plate"))),
)
P(
    "spatial",
    "kitchen",
    "is the woman to the right of the white cup",
    "vrel(u(f(sel(cup), color=white)), right, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "right", p.the("cup", color="white"))),
)
X("kitchen", "sorry phone again. how much would that bottle cost")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees

# --- a dog walker
P(
    "count",
    "park",
    "walking my dog lol. how many dogs in the park pic",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "chain",
    "park",
    "the dog by the girl, what colour is it",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "spatial",
    "park",
    "who is holding a dog",
    "q(u(rel(sel(dog), holding)), name)",
    lambda p: p.name(only(sorted({s for d in p.f("dog") for s in p.subjects("holding", d)}))),
)
P(
    "compare_attr",
    "park",
    "are the two dogs the same colour",
    "same(sel(dog), color)",
    lambda p: yes(len(colours(p, p.f("dog"))) == 1),
)
P(
    "chain",
    "park",
    "the dog the woman in red is holding, what colour",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(named(p, p.objects_of(p.the("woman", color="red"), "holding"), "dog")), "color"),
)
X("park", "whose dog is the white one")

# --- a train passenger
P("count", "park", "how many ppl in the park one", "count(sel(person))", lambda p: n(people(p)))
P("count", "park", "how many kids", "count(sel(child))", lambda p: n(children(p)))
P(
    "spatial",
    "park",
    "what is the boy throwing",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "verify",
    "park",
    "is the frisbee up at the top",
    "verify(u(sel(frisbee)), vposition, top)",
    lambda p: yes(p.value(p.the("frisbee"), "vposition") == "top"),
)
P(
    "superlative",
    "park",
    "whos furthest left? the person at the far left",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "compare_count",
    "park",
    "as many trees as dogs?",
    "eq(count(sel(tree)), count(sel(dog)))",
    lambda p: yes(len(p.f("tree")) == len(p.f("dog"))),
)

# --- a parent with a child's homework
P("count", "park", "how many women are there", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "where",
    "park",
    "is the bench left or right of the bike",
    "choose_rel(u(sel(bench)), [left, right], role=object, name=bicycle)",
    lambda p: photo_side(p, p.the("bench"), p.the("bicycle"), ("left", "right")),
)
P(
    "attribute",
    "park",
    "what is the bench made of",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "attribute",
    "park",
    "bike colour?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "quantifier",
    "park",
    "are both trees green",
    "not_(exist(fn(sel(tree), color=green)))",
    lambda p: yes(all(p.value(o, "color") == "green" for o in p.f("tree"))),
)
P(
    "chain",
    "park",
    "the woman near the bike, what colour clothes",
    "q(u(rel(u(sel(bicycle)), near, name=woman)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("bicycle")), "woman")), "color"),
)
X("park", "whats the girls name")

# --- someone in a hospital waiting room
P(
    "spatial",
    "park",
    "in the waiting room. is the boy near the bench",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("bench")), "boy"))),
)
P(
    "chain",
    "park",
    "whats behind the girl",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
P(
    "position",
    "park",
    "how many people on the left side of the picture",
    "count(f(sel(person), hposition=left))",
    lambda p: n([o for o in people(p) if p.value(o, "hposition") == "left"]),
)
P(
    "spatial",
    "park",
    "is the girl to the right of the boy",
    "vrel(u(sel(boy)), right, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "right", p.the("boy"))),
)
P(
    "attribute",
    "park",
    "whats the yellow thing",
    "q(u(f(scene(), color=yellow)), name)",
    lambda p: p.name(p.the(color="yellow")),
)
P(
    "number",
    "park",
    "how many different colours are the people wearing",
    "nvalues(sel(person), color)",
    lambda p: str(len(colours(p, people(p)))),
)
X("park", "will it rain on them later do you think")


# =================================================================================================================
# the drawing of flat shapes
# =================================================================================================================

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- a parent with a six-year-old's shapes homework
P(
    "count",
    "shapes",
    "doing shapes homework with my 6yo. how many circles? round ones",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "attribute",
    "shapes",
    "the star is what colour",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the triangle or the star",
    "q(u(f(union(sel(triangle), sel(star)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("triangle"), p.the("star")),
)
P(
    "count",
    "shapes",
    "how many shapes in the bottom row",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "number",
    "shapes",
    "how many different kinds of shape are there",
    "nvalues(scene(), shape)",
    lambda p: str(len({p.value(o, "shape") for o in p.objects})),
)
X("shapes", "she wants to know if you like the star best")

# --- a cook making soup
P(
    "count",
    "shapes",
    "stirring soup. how many blue shapes",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "position",
    "shapes",
    "whats in the bottom rigth corner",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "quantifier",
    "shapes",
    "are most of the shapes small",
    "gt(count(f(scene(), size=small)), count(fn(scene(), size=small)))",
    lambda p: most(list(p.objects), lambda o: p.value(o, "size") == "small"),
)
P(
    "compare_attr",
    "shapes",
    "is the star the same colour as the big circle",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color")),
)
P(
    "negation",
    "shapes",
    "how many shapes are neither red nor circles",
    "count(diff(fn(scene(), color=red), sel(circle)))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "red" and p.name(o) != "circle"]),
)
X("shapes", "what would a drawing like this sell for")

# --- a bus rider
P("count", "shapes", "how many shapes altogether", "count(scene())", lambda p: n(p.objects))
P(
    "position",
    "shapes",
    "whats in the middle of the top row",
    "q(u(f(scene(), vposition=top, hposition=middle)), shape)",
    lambda p: p.value(p.the(vposition="top", hposition="middle"), "shape"),
)
P(
    "superlative",
    "shapes",
    "whats the first shape on the left in the bottom row",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "fewer red ones than blue?",
    "lt(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) < len(p.f(color="blue"))),
)
P(
    "exist",
    "shapes",
    "any green shapes in the bottom row",
    "exist(f(scene(), vposition=bottom, color=green))",
    lambda p: yes(bool(p.f(vposition="bottom", color="green"))),
)
P(
    "count",
    "shapes",
    "how many are circles or red",
    "count(union(sel(circle), f(scene(), color=red)))",
    lambda p: n(set(p.f("circle")) | set(p.f(color="red"))),
)

# --- an office worker in a spreadsheet
P(
    "list",
    "shapes",
    "need this for a spreadsheet. list the colours in the picture",
    "values(scene(), color)",
    lambda p: listed(p.value(o, "color") for o in p.objects),
)
P(
    "superlative",
    "shapes",
    "most common colour?",
    "common_value(scene(), color)",
    lambda p: Counter(p.value(o, "color") for o in p.objects).most_common(1)[0][0],
)
P(
    "same_attr",
    "shapes",
    "how many other shapes are the same colour as the square",
    "count(same_attr(u(sel(square)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("square") and p.value(o, "color") == p.value(p.the("square"), "color")]
    ),
)
P(
    "compare_attr",
    "shapes",
    "is the square the same size as the hexagon",
    "same(u(sel(square)), u(sel(hexagon)), size)",
    lambda p: yes(p.value(p.the("square"), "size") == p.value(p.the("hexagon"), "size")),
)
P(
    "position",
    "shapes",
    "how many on the left side of the picture",
    "count(f(scene(), hposition=left))",
    lambda p: n(p.f(hposition="left")),
)
X("shapes", "who drew this and are they any good")

# --- an engineer whose robot is looking at the drawing
P(
    "position",
    "shapes",
    "robots looking at a drawing. how many shapes on the right side",
    "count(f(scene(), hposition=right))",
    lambda p: n(p.f(hposition="right")),
)
P(
    "attribute",
    "shapes",
    "the circle in the middle, what colour",
    "q(u(f(sel(circle), hposition=middle)), color)",
    lambda p: p.value(p.the("circle", hposition="middle"), "color"),
)
P(
    "verify",
    "shapes",
    "is the hexagon blue",
    "verify(u(sel(hexagon)), color, blue)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "blue"),
)
P(
    "position",
    "shapes",
    "is the star in the top row or the bottom row",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
P(
    "exist",
    "shapes",
    "does it see any purple",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "compare_size",
    "shapes",
    "is the square bigger than the yellow rectangle",
    "larger(u(sel(square)), u(f(sel(rectangle), color=yellow)))",
    lambda p: drawn_larger(
        p, p.the("square"), only([o for o in p.f(("rectangle", "square")) if p.value(o, "color") == "yellow"])
    ),
)
X("shapes", "will the robot be able to draw one itself next")

# --- a babysitter
P("count", "shapes", "kid finally asleep. how many squares", "count(sel(square))", lambda p: n(p.f("square")))
P(
    "attribute",
    "shapes",
    "what shape is the yellow one",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
P(
    "quantifier",
    "shapes",
    "is it true that none of the shapes are orange",
    "not_(exist(f(scene(), color=orange)))",
    lambda p: yes(not p.f(color="orange")),
)
P(
    "quantifier",
    "shapes",
    "apart from the rectangle, is everything in the bottom row small",
    "not_(exist(fn(diff(f(scene(), vposition=bottom), sel(rectangle)), size=small)))",
    lambda p: yes(all(p.value(o, "size") == "small" for o in p.f(vposition="bottom") if p.name(o) != "rectangle")),
)
P(
    "superlative",
    "shapes",
    "the second shape from the left in the top row, colour?",
    "q(ord(f(scene(), vposition=top), left, 2), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "color"),
)
P(
    "compare_size",
    "shapes",
    "which is bigger, the red circle or the square",
    "q(u(f(union(f(sel(circle), color=red), sel(square)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("square")),
)
X("shapes", "why did they make the star red")

# --- someone waiting for the dryer at the laundrette
P(
    "count",
    "shapes",
    "waiting for the dryer. how many small shapes",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "list",
    "shapes",
    "what shapes are in the top row",
    "values(f(scene(), vposition=top), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="top")),
)
P(
    "two_clause",
    "shapes",
    "is there a star and a hexagon",
    "and_(exist(sel(star)), exist(sel(hexagon)))",
    lambda p: yes(bool(p.f("star")) and bool(p.f("hexagon"))),
)
P(
    "position",
    "shapes",
    "which side is the hexagon on left or right",
    "choose(u(sel(hexagon)), hposition, [left, right])",
    lambda p: p.value(p.the("hexagon"), "hposition"),
)
P(
    "compare_count",
    "shapes",
    "same number of circles as stars?",
    "eq(count(sel(circle)), count(sel(star)))",
    lambda p: yes(len(p.f("circle")) == len(p.f("star"))),
)
P(
    "superlative",
    "shapes",
    "dryer beeping, ok last one. whats the leftmost shape",
    "q(ord(scene(), left, 1), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "shape"),
)

# --- a grandfather with his grandchild's worksheet, in full sentences
P(
    "count",
    "shapes",
    "How many shapes are there in the top row?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "attribute",
    "shapes",
    "What size is the triangle, large or small?",
    "q(u(sel(triangle)), size)",
    lambda p: p.value(p.the("triangle"), "size"),
)
P(
    "compare_attr",
    "shapes",
    "Is the triangle the same colour as the big circle?",
    "same(u(sel(triangle)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("triangle"), "color") == p.value(p.the("circle", size="large"), "color")),
)
P(
    "verify",
    "shapes",
    "Is the star in the middle of the bottom row?",
    "and_(verify(u(sel(star)), hposition, middle), verify(u(sel(star)), vposition, bottom))",
    lambda p: yes(p.value(p.the("star"), "hposition") == "middle" and p.value(p.the("star"), "vposition") == "bottom"),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes are the same size as the triangle?",
    "count(same_attr(u(sel(triangle)), size))",
    lambda p: n(
        [o for o in p.objects if o != p.the("triangle") and p.value(o, "size") == p.value(p.the("triangle"), "size")]
    ),
)
P(
    "quantifier",
    "shapes",
    "Are all the shapes in the top row big?",
    "not_(exist(fn(f(scene(), vposition=top), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(vposition="top"))),
)
X("shapes", "What year was this worksheet printed, do you know?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
    print(f"by scene type: {scene_types()}")
