# ruff: noqa: E501
"""Blind paraphrase set 40: the grammar templates never use. Ordinary English questions about a picture whose
*sentence structure* is what no question template produces, asked by ordinary people in their own words, with no
persona quirks: someone who points at a thing first and then asks ("See the purple cube? What shape is the thing
closest to it?"), someone who says what they can already see and asks about the rest ("Both cubes are metal. Is the
cylinder too?"), someone who wonders aloud or asks to be told ("I'd like to know if there's a knife anywhere.",
"Tell me if the ball is metal."), someone checking a hunch ("Not all the cyan balls are metal - am I right?", "It's
the green cylinder that's made of metal, isn't it?"), someone comparing two things at a glance ("Which is bigger,
the ball or the red cube?"). Four to eighteen words, ordinary spelling and punctuation, everyday words for the
things ("ball", "mug", "bike", "shiny", "grown-ups", "kids"). The structures: ellipsis and gapping ("The purple cube
is small. Is the purple cylinder, too?", "Is the purple cylinder metal, and the cyan ball?", "The man on the left
has a red tie. What colour is the other man's?"); coordination of objects, attributes and relations ("Is the cube
both small and metallic?", "How many things are red or purple but not metal?", "Is the blue cup to the right of the
plate and to the left of the bottle?"); comparatives and equatives of sizes and counts ("Is the yellow ball smaller
than the yellow cube?", "Is the yellow cube as big as the green ball?", "Are there three times as many cubes as
cylinders?", "How many more balls than cubes are there?", "Do the small balls outnumber the small cylinders?");
anaphora across two sentences ("Look at the small red cylinder. Is anything behind it the same colour as it?");
unusual orders: fronted phrases ("The green ball - what is it made of?"), clefts ("What is it that sits furthest
back?", "Who is it that's throwing the frisbee?"), wh- in situ ("The big thing is what colour?", "The boy is
throwing what?"), embedded questions ("I wonder whether there's a red cube."); quantifier words (most, more than
half, at least half, exactly half, a couple, each, every, either, neither, none, nobody, all but one, at most,
exactly, only, "three ... or more"); negation of different scopes ("Isn't the bus blue?" is answered about the
fact, as a careful person would: no, it is red; "Is it true that not every cube is small?", "How many blue things
are there that aren't cylinders?"); superlatives and ordinals said differently ("the rightmost of the balls", "the
second mug counting from the right", "whichever cylinder is closest to the front", "Counting the balls from the
left, what colour is the second one?").

About 55% ask about CLEVR val scenes, 30% about the photo-like graphs (street, kitchen, park: people, vehicles,
furniture, what people wear or hold), 15% about the drawing of flat shapes; about one in ten must be refused (what
the graph cannot tell: weights, prices, distances in metres, warmth, feelings, kinship, ownership, intentions, what
happens next, breeds, what lies hidden or came before, what a drawing means or what it is made of). Rules: "the X"
only where exactly one X matches; a statement a question leans on ("The two cubes are both red, but ...") is
checked true in the scene; gapped yes/no questions ("Is A metal, and B?") only where every reading of the gap gets
the same answer; "as big as" only where the first is not the larger (else "at least as big" and "just as big" part
ways); "most" and "more than half" mean strictly more than half; tag questions only on a plain statement ("Every one
of the cylinders is small, isn't it?": yes when it is); bare negative existentials ("Is there no cube?") are left
out, since people answer them both ways; "things that are white" are never asked where a person dressed in that
colour would count; places and orders only where a careful person could call them (the margins of the
twenty-third set's helpers), and nothing is asked of the photo graphs that their stated relations leave open to a
careful eye (the cup "just to the left" of the bottle, never "the cups to the left"). Written without reading the
parser, the grammar, the agent code or any other set but the twenty-third and thirty-ninth (read for the format
only); never run through nsvr's parser; held back to be run once, at the end.

Run ``python build_blind40.py`` to write ``../blind40.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind40.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis, or how nearly equal two distances may be, before a
# careful person could not call the order
TIE = 0.25
NEAR_RATIO = 1.2
SIZE_RANK = {"small": 1, "large": 3}


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas (the list convention)."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def given(flag: bool) -> None:
    """A statement the question leans on must hold in the scene (else the question is left out)."""
    if not flag:
        raise NotUnique("the question's statement is false here")


def gapped(*flags: bool) -> str:
    """yes/no for a gapped question ("Is A metal, and B?"): only asked where every half gets the same answer."""
    if len(set(flags)) != 1:
        raise NotUnique("the halves disagree: 'both' and 'each' readings part ways")
    return yes(flags[0])


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


def is_rel(s: Clevr, target: dict, relation: str, anchor: dict) -> bool:
    """Whether the one object ``target`` describes is ``relation`` of the one ``anchor`` describes."""
    t, a = s.the(**target), s.the(**anchor)
    if abs(along(s, t, relation) - along(s, a, relation)) < TIE:
        raise NotUnique("too close to call")
    return t in s.rel(relation, a)


def nearest(s: Clevr, ids: list[int], anchor: int) -> int:
    """The object of ids nearest the anchor; NotUnique when the runner-up is within a fifth of the distance, or when
    the nearest on the ground is not also the nearest in the picture."""
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=lambda i: dist[i])
    if len(order) > 1 and dist[order[1]] < NEAR_RATIO * dist[order[0]]:
        raise NotUnique("about equally far")
    pix = s.objects[anchor]["pixel_coords"][:2]
    on_image = min(dist, key=lambda i: math.dist(s.objects[i]["pixel_coords"][:2], pix))
    if on_image != order[0]:
        raise NotUnique("nearest on the ground is not nearest in the picture")
    return order[0]


def among(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids with every given attribute value."""
    return [i for i in ids if all(s.a(i, k) == v for k, v in want.items())]


def without(s: Clevr, ids: list[int], **unwanted) -> list[int]:
    """The objects of ids with none of the given attribute values."""
    return [i for i in ids if all(s.a(i, k) != v for k, v in unwanted.items())]


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def two(items: list) -> list:
    """Exactly two items ("the two cylinders", "either cube", "both balls")."""
    if len(items) != 2:
        raise NotUnique(f"not two: {items}")
    return items


def alike(values) -> str:
    values = list(values)
    if len(values) < 2:
        raise NotUnique("needs two objects")
    return yes(len(set(values)) == 1)


def bigger_than(size_a: str, size_b: str) -> str:
    """yes when the first size class is larger than the second."""
    return yes(SIZE_RANK[size_a] > SIZE_RANK[size_b])


def as_big_as(size_a: str, size_b: str) -> str:
    """ "Is A as big as B?": asked only where A is not the larger."""
    if SIZE_RANK[size_a] > SIZE_RANK[size_b]:
        raise NotUnique("A is larger: 'at least as big' and 'just as big' part ways")
    return yes(size_a == size_b)


def bigger_shape(s: Clevr, a: int, b: int) -> str:
    """The shape of the larger of two objects (NotUnique when they are one size)."""
    if s.a(a, "size") == s.a(b, "size"):
        raise NotUnique("one size")
    return s.a(a if SIZE_RANK[s.a(a, "size")] > SIZE_RANK[s.a(b, "size")] else b, "shape")


def most(part: int, whole: int) -> str:
    """ "Most" / "more than half": strictly more than half."""
    return yes(2 * part > whole)


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


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


def box_area(p: Photo, oid: str) -> float:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x2 - x1) * (y2 - y1)


def photo_bigger(p: Photo, a: str, b: str) -> bool:
    """Whether a is larger than b: by size class where both have one, else by a clearly (a quarter) larger box."""
    sa, sb = p.value(a, "size"), p.value(b, "size")
    if sa in SIZE_RANK and sb in SIZE_RANK and sa != sb:
        return SIZE_RANK[sa] > SIZE_RANK[sb]
    if box_area(p, a) >= 1.25 * box_area(p, b):
        return True
    if box_area(p, b) >= 1.25 * box_area(p, a):
        return False
    raise NotUnique("about one size")


def wearers(p: Photo, thing: str) -> list[str]:
    return [o for o in p.objects if any(p.name(w) == thing for w in p.objects_of(o, "wearing"))]


def worn_by(p: Photo, who: str) -> str:
    return only(p.objects_of(who, "wearing"))


def named(p: Photo, ids: list[str], *names: str) -> list[str]:
    return [o for o in ids if p.name(o) in names]


VEHICLES = ("bus", "car", "bicycle")
ADULTS = ("man", "woman")
CHILDREN = ("boy", "girl")

# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph, large blue metal sph, large green rubber cyl
C(
    "comparative",
    0,
    "The blue ball: is it bigger than the yellow one?",
    "larger(u(f(sel(sphere), color=blue)), u(f(sel(sphere), color=yellow)))",
    lambda s: bigger_than(
        s.a(s.the(shape="sphere", color="blue"), "size"), s.a(s.the(shape="sphere", color="yellow"), "size")
    ),
)
C(
    "ellipsis",
    0,
    "Is the blue ball large, and the green cylinder?",
    "and_(verify(u(f(sel(sphere), color=blue)), size, large), verify(u(f(sel(cylinder), color=green)), size, large))",
    lambda s: gapped(
        s.a(s.the(shape="sphere", color="blue"), "size") == "large",
        s.a(s.the(shape="cylinder", color="green"), "size") == "large",
    ),
)
X(0, "The big blue ball - how heavy would it be to pick up?")

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "coordination",
    1,
    "The two cylinders are the same colour, but are they made of the same material too?",
    "same(sel(cylinder), material)",
    lambda s: (
        given(len({s.a(i, "color") for i in two(s.f(shape="cylinder"))}) == 1),
        alike(s.a(i, "material") for i in s.f(shape="cylinder")),
    )[1],
)
C(
    "quantifier",
    1,
    "Is either of the cubes shiny?",
    "exist(f(sel(cube), material=metal))",
    lambda s: yes(any(s.a(i, "material") == "metal" for i in two(s.f(shape="cube")))),
)
C(
    "order",
    1,
    "That little brown ball, what is it made of?",
    "q(u(f(sel(sphere), size=small, color=brown)), material)",
    lambda s: s.a(s.the(shape="sphere", size="small", color="brown"), "material"),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "comparative",
    2,
    "Which is bigger, the grey cylinder or the cube?",
    "compare(u(f(sel(cylinder), color=gray)), u(sel(cube)), bigger)",
    lambda s: bigger_shape(s, s.the(shape="cylinder", color="gray"), s.the(shape="cube")),
)
C(
    "quantifier",
    2,
    "Apart from the cyan cylinder, is everything made of metal?",
    "not_(exist(fn(diff(scene(), u(f(sel(cylinder), color=cyan))), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.all() if i != s.the(shape="cylinder", color="cyan"))),
)

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "coordination",
    3,
    "How many things are red or purple but not metal?",
    "add(count(fn(f(scene(), color=red), material=metal)), count(fn(f(scene(), color=purple), material=metal)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") in ("red", "purple") and s.a(i, "material") != "metal"]),
)
C(
    "ellipsis",
    3,
    "The purple cube is small. Is the purple cylinder, too?",
    "verify(u(f(sel(cylinder), color=purple)), size, small)",
    lambda s: (
        given(s.a(s.the(shape="cube", color="purple"), "size") == "small"),
        yes(s.a(s.the(shape="cylinder", color="purple"), "size") == "small"),
    )[1],
)
C(
    "superlative",
    3,
    "Whichever cylinder is closest to the front, is it a big one?",
    "verify(ord(sel(cylinder), front, 1), size, large)",
    lambda s: yes(s.a(nth(s, s.f(shape="cylinder"), "front"), "size") == "large"),
)

# scene 4: nine small things (cylinders red, green, yellow rubber, purple metal; balls brown, purple, yellow rubber, yellow metal) and one large blue metal sph
C(
    "quantifier",
    4,
    "Are most of the objects made of rubber?",
    "gt(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber)))",
    lambda s: most(len(s.f(material="rubber")), len(s.all())),
)
C(
    "quantifier",
    4,
    "Are all but one of the things small?",
    "eq(count(fn(scene(), size=small)), num(1))",
    lambda s: yes(len([i for i in s.all() if s.a(i, "size") != "small"]) == 1),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "coordination",
    5,
    "The brown ball and the brown cube - are they made of the same material?",
    "same(u(f(sel(sphere), color=brown)), u(f(sel(cube), color=brown)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="brown"), "material") == s.a(s.the(shape="cube", color="brown"), "material")
    ),
)
C(
    "superlative",
    5,
    "Counting the balls from the left, what colour is the second one?",
    "q(ord(sel(sphere), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left", 2), "color"),
)
C(
    "comparative",
    5,
    "How many more balls than cubes are there?",
    "sub(count(sel(sphere)), count(sel(cube)))",
    lambda s: str(len(s.f(shape="sphere")) - len(s.f(shape="cube"))),
)
X(5, "I wonder who arranged all of these objects like this.")

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "comparative",
    6,
    "Are there twice as many balls as cubes?",
    "eq(count(sel(sphere)), add(count(sel(cube)), count(sel(cube))))",
    lambda s: yes(len(s.f(shape="sphere")) == 2 * len(s.f(shape="cube"))),
)
C(
    "anaphora",
    6,
    "Take the big red ball. Is there anything to its left that's as big as it is?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=red)), left), size=large))",
    lambda s: yes(bool(among(s, related(s, "left", s.the(shape="sphere", size="large", color="red")), size="large"))),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "superlative",
    7,
    "The cube that's furthest to the right - is it shiny?",
    "verify(ord(sel(cube), right, 1), material, metal)",
    lambda s: yes(s.a(nth(s, s.f(shape="cube"), "right"), "material") == "metal"),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "ellipsis",
    8,
    "The grey cylinder is rubber. Is the grey cube as well?",
    "verify(u(f(sel(cube), color=gray)), material, rubber)",
    lambda s: (
        given(s.a(s.the(shape="cylinder", color="gray"), "material") == "rubber"),
        yes(s.a(s.the(shape="cube", color="gray"), "material") == "rubber"),
    )[1],
)
C(
    "coordination",
    8,
    "How many cubes are there that are neither grey nor yellow?",
    "count(fn(fn(sel(cube), color=gray), color=yellow))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") not in ("gray", "yellow")]),
)
C(
    "negation",
    8,
    "Is it true that not every cube is small?",
    "exist(fn(sel(cube), size=small))",
    lambda s: yes(not all(s.a(i, "size") == "small" for i in s.f(shape="cube"))),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "quantifier",
    9,
    "Is it right that none of the grey objects is metal?",
    "not_(exist(f(scene(), color=gray, material=metal)))",
    lambda s: yes(not s.f(color="gray", material="metal")),
)
C(
    "anaphora",
    9,
    "See the purple cube? What shape is the thing closest to it?",
    "q(closest(scene(), u(f(sel(cube), color=purple))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="purple")), "shape"),
)
C(
    "order",
    9,
    "The green ball - what is it made of?",
    "q(u(f(sel(sphere), color=green)), material)",
    lambda s: s.a(s.the(shape="sphere", color="green"), "material"),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "quantifier",
    10,
    "Is every cylinder except the red one made of metal?",
    "not_(exist(fn(diff(sel(cylinder), u(f(sel(cylinder), color=red))), material=metal)))",
    lambda s: yes(
        all(s.a(i, "material") == "metal" for i in s.f(shape="cylinder") if i != s.the(shape="cylinder", color="red"))
    ),
)
X(10, "The green cylinder - how many metres is it from the camera?")

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "negation",
    11,
    "How many brown things are there, not counting the cylinders?",
    "count(fn(f(scene(), color=brown), shape=cylinder))",
    lambda s: n(without(s, s.f(color="brown"), shape="cylinder")),
)
C(
    "comparative",
    11,
    "Are there more balls than cubes and cylinders put together?",
    "gt(count(sel(sphere)), add(count(sel(cube)), count(sel(cylinder))))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube")) + len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    11,
    "The leftmost ball: big or small?",
    "choose(ord(sel(sphere), left, 1), size, [large, small])",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "size"),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "order",
    12,
    "The big thing is what colour?",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)
C(
    "anaphora",
    12,
    "There's one big ball here. Are any of the things in front of it made of metal?",
    "exist(f(rel(u(f(sel(sphere), size=large)), front), material=metal))",
    lambda s: yes(bool(among(s, related(s, "front", s.the(shape="sphere", size="large")), material="metal"))),
)
C(
    "comparative",
    12,
    "Are there as many metal cubes as rubber balls?",
    "eq(count(f(sel(cube), material=metal)), count(f(sel(sphere), material=rubber)))",
    lambda s: yes(len(s.f(shape="cube", material="metal")) == len(s.f(shape="sphere", material="rubber"))),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "coordination",
    13,
    "The two cubes are both red, but are they the same size?",
    "same(sel(cube), size)",
    lambda s: (
        given(all(s.a(i, "color") == "red" for i in two(s.f(shape="cube")))),
        alike(s.a(i, "size") for i in s.f(shape="cube")),
    )[1],
)
C(
    "order",
    13,
    "I wonder whether there's a red cube.",
    "exist(f(sel(cube), color=red))",
    lambda s: yes(bool(s.f(shape="cube", color="red"))),
)
C(
    "quantifier",
    13,
    "Is the grey ball the only shiny ball?",
    "and_(verify(u(f(sel(sphere), color=gray)), material, metal), eq(count(f(sel(sphere), material=metal)), num(1)))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="gray"), "material") == "metal"
        and len(s.f(shape="sphere", material="metal")) == 1
    ),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "superlative",
    14,
    "Which ball is nearer the front, the cyan one or the blue one?",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, two(s.f(shape="sphere")), "front"), "color"),
)
C(
    "coordination",
    14,
    "Is the cube both small and metallic?",
    "and_(verify(u(sel(cube)), size, small), verify(u(sel(cube)), material, metal))",
    lambda s: yes(s.a(s.the(shape="cube"), "size") == "small" and s.a(s.the(shape="cube"), "material") == "metal"),
)
C(
    "negation",
    14,
    "Isn't the little blue ball made of rubber?",
    "verify(u(f(sel(sphere), size=small, color=blue)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small", color="blue"), "material") == "rubber"),
)
X(14, "Is the cube hollow, or is it solid all the way through?")

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "order",
    15,
    "Is there a cube? If so, what colour is it?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "coordination",
    16,
    "The yellow cube and the yellow cylinder - same material?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "material") == s.a(s.the(shape="cylinder", color="yellow"), "material")
    ),
)
C(
    "anaphora",
    16,
    "Find the big green ball. How many small things are to its left?",
    "count(f(rel(u(f(sel(sphere), size=large, color=green)), left), size=small))",
    lambda s: n(among(s, related(s, "left", s.the(shape="sphere", size="large", color="green")), size="small")),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "comparative",
    17,
    "Is the yellow ball smaller than the yellow cube?",
    "larger(u(f(sel(cube), color=yellow)), u(f(sel(sphere), color=yellow)))",
    lambda s: bigger_than(
        s.a(s.the(shape="cube", color="yellow"), "size"), s.a(s.the(shape="sphere", color="yellow"), "size")
    ),
)
C(
    "order",
    17,
    "I'm wondering whether both of the cubes are large.",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in two(s.f(shape="cube")))),
)
C(
    "ellipsis",
    17,
    "Is the red cube behind the yellow ball, and the green cylinder?",
    "and_(exist(f(rel(u(f(sel(sphere), color=yellow)), behind), color=red, shape=cube)), exist(f(rel(u(f(sel(sphere), color=yellow)), behind), color=green, shape=cylinder)))",
    lambda s: gapped(  # also read "... behind the yellow ball, and behind the green cylinder?": the same answer
        is_rel(s, {"shape": "cube", "color": "red"}, "behind", {"shape": "sphere", "color": "yellow"}),
        is_rel(s, {"shape": "cylinder", "color": "green"}, "behind", {"shape": "sphere", "color": "yellow"}),
        is_rel(s, {"shape": "cube", "color": "red"}, "behind", {"shape": "cylinder", "color": "green"}),
    ),
)
C(
    "order",
    17,
    "What is it that sits furthest back?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "coordination",
    18,
    "How many things are purple or cyan?",
    "add(count(f(scene(), color=purple)), count(f(scene(), color=cyan)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") in ("purple", "cyan")]),
)
C(
    "quantifier",
    18,
    "Is more than half of everything purple?",
    "gt(count(f(scene(), color=purple)), count(fn(scene(), color=purple)))",
    lambda s: most(len(s.f(color="purple")), len(s.all())),
)
C(
    "coordination",
    18,
    "The cyan cube and the cyan ball: are they both rubber?",
    "and_(verify(u(f(sel(cube), color=cyan)), material, rubber), verify(u(f(sel(sphere), color=cyan)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="cyan"), "material") == "rubber"
        and s.a(s.the(shape="sphere", color="cyan"), "material") == "rubber"
    ),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "quantifier",
    19,
    "Of the cyan things, are most made of metal?",
    "gt(count(f(scene(), color=cyan, material=metal)), count(fn(f(scene(), color=cyan), material=metal)))",
    lambda s: most(len(s.f(color="cyan", material="metal")), len(s.f(color="cyan"))),
)
C(
    "anaphora",
    19,
    "There's only one ball here. Is it a big one?",
    "verify(u(sel(sphere)), size, large)",
    lambda s: yes(s.a(s.the(shape="sphere"), "size") == "large"),
)
X(19, "Is the grey ball warm or cold to the touch?")

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "comparative",
    20,
    "Are there as many cubes as there are yellow things?",
    "eq(count(sel(cube)), count(f(scene(), color=yellow)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(color="yellow"))),
)
C(
    "order",
    20,
    "The big ball is made of what?",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "anaphora",
    20,
    "Look at the big ball. Is everything to its left small?",
    "not_(exist(fn(rel(u(f(sel(sphere), size=large)), left), size=small)))",
    lambda s: yes(all(s.a(i, "size") == "small" for i in related(s, "left", s.the(shape="sphere", size="large")))),
)
C(
    "quantifier",
    20,
    "Every one of the cylinders is small, isn't it?",
    "not_(exist(fn(sel(cylinder), size=small)))",
    lambda s: yes(all(s.a(i, "size") == "small" for i in s.f(shape="cylinder"))),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "superlative",
    21,
    "Of the three balls, the middle one going left to right is what colour?",
    "q(ord(sel(sphere), left, 2), color)",
    lambda s: (given(len(s.f(shape="sphere")) == 3), s.a(nth(s, s.f(shape="sphere"), "left", 2), "color"))[1],
)
C(
    "negation",
    21,
    "Isn't the big ball red?",
    "verify(u(f(sel(sphere), size=large)), color, red)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "red"),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "ellipsis",
    22,
    "Is the purple cylinder metal, and the cyan ball?",
    "and_(verify(u(f(sel(cylinder), color=purple)), material, metal), verify(u(f(sel(sphere), color=cyan)), material, metal))",
    lambda s: gapped(
        s.a(s.the(shape="cylinder", color="purple"), "material") == "metal",
        s.a(s.the(shape="sphere", color="cyan"), "material") == "metal",
    ),
)

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "coordination",
    23,
    "Are both balls small and shiny?",
    "and_(not_(exist(fn(sel(sphere), size=small))), not_(exist(fn(sel(sphere), material=metal))))",
    lambda s: yes(all(s.a(i, "size") == "small" and s.a(i, "material") == "metal" for i in two(s.f(shape="sphere")))),
)

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "coordination",
    24,
    "Are the two red balls the same size and the same material?",
    "and_(same(f(sel(sphere), color=red), size), same(f(sel(sphere), color=red), material))",
    lambda s: yes(
        len({s.a(i, "size") for i in two(s.f(shape="sphere", color="red"))}) == 1
        and len({s.a(i, "material") for i in s.f(shape="sphere", color="red")}) == 1
    ),
)
C(
    "quantifier",
    24,
    "Are at least half of the things red?",
    "not_(gt(count(fn(scene(), color=red)), count(f(scene(), color=red))))",
    lambda s: yes(2 * len(s.f(color="red")) >= len(s.all())),
)
C(
    "anaphora",
    24,
    "Pick out the big green cube. What colour is the object closest to it?",
    "q(closest(scene(), u(f(sel(cube), size=large, color=green))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", size="large", color="green")), "color"),
)
X(24, "What's hidden underneath the big brown cube?")

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "superlative",
    25,
    "Which cylinder sits furthest from the camera - the blue one, the brown one or the grey one?",
    "q(ord(sel(cylinder), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "behind"), "color"),
)
C(
    "order",
    25,
    "What I want to know is whether the blue cylinder is big.",
    "verify(u(f(sel(cylinder), color=blue)), size, large)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="blue"), "size") == "large"),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "ellipsis",
    27,
    "The purple cube is big. Is the red one as well?",
    "verify(u(f(sel(cube), color=red)), size, large)",
    lambda s: (
        given(s.a(s.the(shape="cube", color="purple"), "size") == "large"),
        yes(s.a(s.the(shape="cube", color="red"), "size") == "large"),
    )[1],
)
C(
    "comparative",
    27,
    "Which is bigger, the ball or the red cube?",
    "compare(u(sel(sphere)), u(f(sel(cube), color=red)), bigger)",
    lambda s: bigger_shape(s, s.the(shape="sphere"), s.the(shape="cube", color="red")),
)
C(
    "anaphora",
    27,
    "Look at the small red cylinder. Is anything behind it the same colour as it?",
    "exist(f(rel(u(f(sel(cylinder), size=small, color=red)), behind), color=red))",
    lambda s: yes(
        bool(
            among(
                s,
                related(s, "behind", s.the(shape="cylinder", size="small", color="red")),
                color=s.a(s.the(shape="cylinder", size="small", color="red"), "color"),
            )
        )
    ),
)

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "quantifier",
    28,
    "Are there three cylinders or more?",
    "gt(count(sel(cylinder)), num(2))",
    lambda s: yes(len(s.f(shape="cylinder")) >= 3),
)
C(
    "order",
    28,
    "Tell me if the ball is metal.",
    "verify(u(sel(sphere)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere"), "material") == "metal"),
)
X(28, "Which cylinder would roll the furthest if I gave it a push?")

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "quantifier",
    29,
    "Is the brown ball the smallest thing here?",
    "and_(verify(u(f(sel(sphere), color=brown)), size, small), eq(count(f(scene(), size=small)), num(1)))",
    lambda s: yes(s.f(size="small") == [s.the(shape="sphere", color="brown")]),
)
C(
    "superlative",
    29,
    "The thing at the very front - is it a ball?",
    "verify(ord(scene(), front, 1), shape, sphere)",
    lambda s: yes(s.a(nth(s, s.all(), "front"), "shape") == "sphere"),
)

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "coordination",
    30,
    "Are both balls rubber, and is the cylinder metal?",
    "and_(not_(exist(fn(sel(sphere), material=rubber))), verify(u(sel(cylinder)), material, metal))",
    lambda s: yes(
        all(s.a(i, "material") == "rubber" for i in two(s.f(shape="sphere")))
        and s.a(s.the(shape="cylinder"), "material") == "metal"
    ),
)
C(
    "comparative",
    30,
    "Is anything smaller than the cylinder?",
    "exist(rel(u(sel(cylinder)), smaller))",
    lambda s: yes(any(SIZE_RANK[s.a(i, "size")] < SIZE_RANK[s.a(s.the(shape="cylinder"), "size")] for i in s.all())),
)

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "comparative",
    31,
    "Do the small balls outnumber the small cylinders?",
    "gt(count(f(sel(sphere), size=small)), count(f(sel(cylinder), size=small)))",
    lambda s: yes(len(s.f(shape="sphere", size="small")) > len(s.f(shape="cylinder", size="small"))),
)
C(
    "coordination",
    31,
    "How many of the things are neither cylinders nor balls?",
    "count(fn(fn(scene(), shape=cylinder), shape=sphere))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") not in ("cylinder", "sphere")]),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "quantifier",
    33,
    "Of the metal things, are all but one large?",
    "eq(count(fn(f(scene(), material=metal), size=large)), num(1))",
    lambda s: yes(len(without(s, s.f(material="metal"), size="large")) == 1),
)
X(33, "Judging by the light, was this photographed in the morning or in the evening?")

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "negation",
    34,
    "Is there anything here that isn't metal?",
    "exist(fn(scene(), material=metal))",
    lambda s: yes(bool(without(s, s.all(), material="metal"))),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "superlative",
    36,
    "What colour is the rightmost of the balls?",
    "q(ord(sel(sphere), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "color"),
)
C(
    "order",
    36,
    "What is it here that's made of rubber?",
    "q(u(f(scene(), material=rubber)), shape)",
    lambda s: s.a(s.the(material="rubber"), "shape"),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "coordination",
    37,
    "The big grey cylinder and the small grey cylinder: are they made of the same stuff?",
    "same(u(f(sel(cylinder), size=large, color=gray)), u(f(sel(cylinder), size=small, color=gray)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large", color="gray"), "material")
        == s.a(s.the(shape="cylinder", size="small", color="gray"), "material")
    ),
)
C(
    "coordination",
    37,
    "How many things are red or brown but aren't cubes?",
    "add(count(fn(f(scene(), color=red), shape=cube)), count(fn(f(scene(), color=brown), shape=cube)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") in ("red", "brown") and s.a(i, "shape") != "cube"]),
)
C(
    "anaphora",
    37,
    "Look at the big purple cube. How many rubber things are in front of it?",
    "count(f(rel(u(f(sel(cube), size=large, color=purple)), front), material=rubber))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cube", size="large", color="purple")), material="rubber")),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "coordination",
    38,
    "Are the grey cylinders alike in size but different in material?",
    "and_(same(f(sel(cylinder), color=gray), size), not_(same(f(sel(cylinder), color=gray), material)))",
    lambda s: yes(
        len({s.a(i, "size") for i in two(s.f(shape="cylinder", color="gray"))}) == 1
        and len({s.a(i, "material") for i in s.f(shape="cylinder", color="gray")}) == 2
    ),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "comparative",
    39,
    "Is the grey cube smaller than the grey cylinder?",
    "larger(u(f(sel(cylinder), color=gray)), u(f(sel(cube), color=gray)))",
    lambda s: bigger_than(
        s.a(s.the(shape="cylinder", color="gray"), "size"), s.a(s.the(shape="cube", color="gray"), "size")
    ),
)
X(39, "What are these three objects used for?")

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "ellipsis",
    40,
    "Both cubes are metal. Is the cylinder too?",
    "verify(u(sel(cylinder)), material, metal)",
    lambda s: (
        given(all(s.a(i, "material") == "metal" for i in two(s.f(shape="cube")))),
        yes(s.a(s.the(shape="cylinder"), "material") == "metal"),
    )[1],
)

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "superlative",
    41,
    "What colour is the second ball from the front?",
    "q(ord(sel(sphere), front, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front", 2), "color"),
)
C(
    "anaphora",
    41,
    "There's a big blue cube. How many of the things to its right are cylinders?",
    "count(f(rel(u(f(sel(cube), size=large, color=blue)), right), shape=cylinder))",
    lambda s: n(among(s, related(s, "right", s.the(shape="cube", size="large", color="blue")), shape="cylinder")),
)
C(
    "order",
    41,
    "I'd like to know how many cylinders there are.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "negation",
    42,
    "How many blue things are there that aren't cylinders?",
    "count(fn(f(scene(), color=blue), shape=cylinder))",
    lambda s: n(without(s, s.f(color="blue"), shape="cylinder")),
)
C(
    "ellipsis",
    42,
    "The big yellow ball is metal. Is the little yellow ball?",
    "verify(u(f(sel(sphere), size=small, color=yellow)), material, metal)",
    lambda s: (
        given(s.a(s.the(shape="sphere", size="large", color="yellow"), "material") == "metal"),
        yes(s.a(s.the(shape="sphere", size="small", color="yellow"), "material") == "metal"),
    )[1],
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "negation",
    43,
    "Not all the cyan balls are metal - am I right?",
    "exist(fn(f(sel(sphere), color=cyan), material=metal))",
    lambda s: yes(not all(s.a(i, "material") == "metal" for i in s.f(shape="sphere", color="cyan"))),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "quantifier",
    44,
    "Are there exactly three cubes?",
    "eq(count(sel(cube)), num(3))",
    lambda s: yes(len(s.f(shape="cube")) == 3),
)
X(44, "The big blue cube - how much would it cost to buy one?")

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "quantifier",
    45,
    "Is each ball a large one?",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="sphere"))),
)
C(
    "ellipsis",
    45,
    "The balls are all big. Are the cubes all small?",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: (
        given(all(s.a(i, "size") == "large" for i in s.f(shape="sphere"))),
        yes(all(s.a(i, "size") == "small" for i in s.f(shape="cube"))),
    )[1],
)
C(
    "coordination",
    45,
    "How many things are grey or cyan but aren't cubes?",
    "add(count(fn(f(scene(), color=gray), shape=cube)), count(fn(f(scene(), color=cyan), shape=cube)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") in ("gray", "cyan") and s.a(i, "shape") != "cube"]),
)
C(
    "anaphora",
    45,
    "Notice the yellow cylinder. Is there anything further left than it?",
    "exist(rel(u(f(sel(cylinder), color=yellow)), left))",
    lambda s: yes(bool(related(s, "left", s.the(shape="cylinder", color="yellow")))),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "comparative",
    46,
    "Which is bigger, the red ball or the red cube?",
    "compare(u(f(sel(sphere), color=red)), u(f(sel(cube), color=red)), bigger)",
    lambda s: bigger_shape(s, s.the(shape="sphere", color="red"), s.the(shape="cube", color="red")),
)
C(
    "coordination",
    46,
    "Is the big cyan cylinder made of the same thing as the small one?",
    "same(u(f(sel(cylinder), size=large, color=cyan)), u(f(sel(cylinder), size=small)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large", color="cyan"), "material")
        == s.a(s.the(shape="cylinder", size="small"), "material")
    ),
)
C(
    "anaphora",
    46,
    "Find the grey cube. What shape is the one thing behind it?",
    "q(u(rel(u(f(sel(cube), color=gray)), behind)), shape)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cube", color="gray"))), "shape"),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "quantifier",
    47,
    "Is it true that exactly half of the things are cubes?",
    "eq(count(sel(cube)), count(fn(scene(), shape=cube)))",
    lambda s: yes(2 * len(s.f(shape="cube")) == len(s.all())),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph x2, large gray metal sph, small yellow metal cube, small blue metal cyl
C(
    "coordination",
    48,
    "Are the green balls both big and made of metal?",
    "and_(not_(exist(fn(f(sel(sphere), color=green), size=large))), not_(exist(fn(f(sel(sphere), color=green), material=metal))))",
    lambda s: yes(
        all(
            s.a(i, "size") == "large" and s.a(i, "material") == "metal" for i in two(s.f(shape="sphere", color="green"))
        )
    ),
)
C(
    "quantifier",
    48,
    "Is there more than a couple of large balls?",
    "gt(count(f(sel(sphere), size=large)), num(2))",
    lambda s: yes(len(s.f(shape="sphere", size="large")) > 2),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph x2, small green metal cube, large purple metal sph, small green rubber cyl, small gray rubber cyl
C(
    "negation",
    49,
    "How many balls are neither yellow nor metal?",
    "count(fn(fn(sel(sphere), color=yellow), material=metal))",
    lambda s: n(without(s, s.f(shape="sphere"), color="yellow", material="metal")),
)
C(
    "negation",
    49,
    "Isn't the big ball yellow?",
    "verify(u(f(sel(sphere), size=large)), color, yellow)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "yellow"),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "quantifier",
    50,
    "There are three green things. Are they all different shapes?",
    "eq(nvalues(f(scene(), color=green), shape), count(f(scene(), color=green)))",
    lambda s: (
        given(len(s.f(color="green")) == 3),
        yes(len({s.a(i, "shape") for i in s.f(color="green")}) == len(s.f(color="green"))),
    )[1],
)
C(
    "negation",
    50,
    "Is it true that nothing here is metal?",
    "not_(exist(f(scene(), material=metal)))",
    lambda s: yes(not s.f(material="metal")),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "comparative",
    51,
    "Is the cube the same size as the brown ball?",
    "same(u(sel(cube)), u(f(sel(sphere), color=brown)), size)",
    lambda s: yes(s.a(s.the(shape="cube"), "size") == s.a(s.the(shape="sphere", color="brown"), "size")),
)
C(
    "superlative",
    51,
    "Which is further to the left, the grey ball or the brown one?",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, two(s.f(shape="sphere")), "left"), "color"),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "comparative",
    52,
    "Are there three times as many cubes as cylinders?",
    "eq(count(sel(cube)), add(add(count(sel(cylinder)), count(sel(cylinder))), count(sel(cylinder))))",
    lambda s: yes(len(s.f(shape="cube")) == 3 * len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    52,
    "Of the cubes, the one nearest the front - what's it made of?",
    "q(ord(sel(cube), front, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "material"),
)
C(
    "order",
    52,
    "Do you know whether any of the cubes is made of rubber?",
    "exist(f(sel(cube), material=rubber))",
    lambda s: yes(bool(s.f(shape="cube", material="rubber"))),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "comparative",
    53,
    "Is the yellow cube as big as the green ball?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(sphere), color=green)), size)",
    lambda s: as_big_as(
        s.a(s.the(shape="cube", color="yellow"), "size"), s.a(s.the(shape="sphere", color="green"), "size")
    ),
)
C(
    "order",
    53,
    "Of the cubes that aren't yellow, how many are made of rubber?",
    "count(f(fn(sel(cube), color=yellow), material=rubber))",
    lambda s: n(among(s, without(s, s.f(shape="cube"), color="yellow"), material="rubber")),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C(
    "coordination",
    54,
    "Are all the cubes rubber, and are they all big?",
    "and_(not_(exist(fn(sel(cube), material=rubber))), not_(exist(fn(sel(cube), size=large))))",
    lambda s: yes(
        all(s.a(i, "material") == "rubber" for i in s.f(shape="cube"))
        and all(s.a(i, "size") == "large" for i in s.f(shape="cube"))
    ),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph x2, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, small yellow metal cube, large red rubber cube
C(
    "anaphora",
    55,
    "You see the small yellow cube? What colour are the balls behind it?",
    "values(f(rel(u(f(sel(cube), size=small, color=yellow)), behind), shape=sphere), color)",
    lambda s: listed(
        s.a(i, "color")
        for i in among(s, related(s, "behind", s.the(shape="cube", size="small", color="yellow")), shape="sphere")
    ),
)
X(55, "What was on the floor before all these things were put there?")

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "comparative",
    56,
    "Is the brown cube further right than the cyan cube?",
    "exist(f(rel(u(f(sel(cube), color=cyan)), right), color=brown, shape=cube))",
    lambda s: yes(is_rel(s, {"shape": "cube", "color": "brown"}, "right", {"shape": "cube", "color": "cyan"})),
)
C(
    "order",
    56,
    "It's the green cylinder that's made of metal, isn't it?",
    "and_(verify(u(f(sel(cylinder), color=green)), material, metal), eq(count(f(scene(), material=metal)), num(1)))",
    lambda s: yes(s.f(material="metal") == [s.the(shape="cylinder", color="green")]),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "comparative",
    58,
    "Is the ball smaller than both cubes?",
    "and_(larger(u(f(sel(cube), color=cyan)), u(sel(sphere))), larger(u(f(sel(cube), color=purple)), u(sel(sphere))))",
    lambda s: yes(
        all(SIZE_RANK[s.a(i, "size")] > SIZE_RANK[s.a(s.the(shape="sphere"), "size")] for i in two(s.f(shape="cube")))
    ),
)

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph x2, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph
C(
    "comparative",
    59,
    "Are there twice as many purple things as brown ones?",
    "eq(count(f(scene(), color=purple)), add(count(f(scene(), color=brown)), count(f(scene(), color=brown))))",
    lambda s: yes(len(s.f(color="purple")) == 2 * len(s.f(color="brown"))),
)
C(
    "quantifier",
    59,
    "Is the cube the only metal thing, and the only small one?",
    "and_(and_(verify(u(sel(cube)), material, metal), eq(count(f(scene(), material=metal)), num(1))), and_(verify(u(sel(cube)), size, small), eq(count(f(scene(), size=small)), num(1))))",
    lambda s: yes(s.f(material="metal") == [s.the(shape="cube")] and s.f(size="small") == [s.the(shape="cube")]),
)
X(59, "What sound would the purple cube make if I dropped it?")

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus, small brown dog, road text 'NO PARKING'
P(
    "ellipsis",
    "street",
    "The man on the left has a red tie. What colour is the other man's?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: (
        given(p.value(worn_by(p, p.the("man", hposition="left")), "color") == "red"),
        p.value(worn_by(p, only([m for m in p.f("man") if m != p.the("man", hposition="left")])), "color"),
    )[1],
)
P(
    "ellipsis",
    "street",
    "Is the car white, and the man on the right too?",
    "and_(verify(u(sel(car)), color, white), verify(u(f(sel(man), hposition=right)), color, white))",
    lambda p: gapped(
        p.value(p.the("car"), "color") == "white", p.value(p.the("man", hposition="right"), "color") == "white"
    ),
)
P(
    "ellipsis",
    "street",
    "Is the man on the left wearing a tie, and the man on the right?",
    "and_(exist(rel(u(f(sel(man), hposition=left)), wearing, role=object, name=tie)), exist(rel(u(f(sel(man), hposition=right)), wearing, role=object, name=tie)))",
    lambda p: gapped(
        bool(named(p, p.objects_of(p.the("man", hposition="left"), "wearing"), "tie")),
        bool(named(p, p.objects_of(p.the("man", hposition="right"), "wearing"), "tie")),
    ),
)
P(
    "coordination",
    "street",
    "Are the bus and the stop sign the same colour?",
    "same(u(sel(bus)), u(sel(sign)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("sign"), "color")),
)
P(
    "comparative",
    "street",
    "How many more men are there than women?",
    "sub(count(sel(man)), count(sel(woman)))",
    lambda p: str(len(p.f("man")) - len(p.f("woman"))),
)
P(
    "comparative",
    "street",
    "Are there twice as many men as women?",
    "eq(count(sel(man)), add(count(sel(woman)), count(sel(woman))))",
    lambda p: yes(len(p.f("man")) == 2 * len(p.f("woman"))),
)
P(
    "comparative",
    "street",
    "Is the dog smaller than the bus?",
    "larger(u(sel(bus)), u(sel(dog)))",
    lambda p: yes(photo_bigger(p, p.the("bus"), p.the("dog"))),
)
P(
    "order",
    "street",
    "What is it that's written on the side of the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "order",
    "street",
    "The car is what colour?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "order",
    "street",
    "That writing on the road - what does it say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "order",
    "street",
    "I wonder whether anyone's wearing a blue tie.",
    "exist(rel(f(sel(tie), color=blue), wearing))",
    lambda p: yes(
        any(p.value(t, "color") == "blue" for o in p.objects for t in named(p, p.objects_of(o, "wearing"), "tie"))
    ),
)
P(
    "anaphora",
    "street",
    "See the woman in green? What colour is the animal she's holding?",
    "q(u(rel(u(f(sel(woman), color=green)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="green"), "holding")), "color"),
)
P(
    "quantifier",
    "street",
    "Has every man got a tie on?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "quantifier",
    "street",
    "Is either of the men dressed in white?",
    "exist(f(sel(man), color=white))",
    lambda p: yes(any(p.value(m, "color") == "white" for m in two(p.f("man")))),
)
P(
    "quantifier",
    "street",
    "Is it true that neither man is wearing green?",
    "not_(exist(f(sel(man), color=green)))",
    lambda p: yes(not any(p.value(m, "color") == "green" for m in two(p.f("man")))),
)
P(
    "quantifier",
    "street",
    "Are there at most two vehicles on the street?",
    "not_(gt(count(sel(vehicle)), num(2)))",
    lambda p: yes(len(p.f(VEHICLES)) <= 2),
)
P(
    "negation",
    "street",
    "Isn't the bus blue?",
    "verify(u(sel(bus)), color, blue)",
    lambda p: yes(p.value(p.the("bus"), "color") == "blue"),
)
P(
    "negation",
    "street",
    "Is it true that not all the people here are men?",
    "exist(diff(sel(person), sel(man)))",
    lambda p: yes(any(p.name(o) != "man" for o in people(p))),
)
P(
    "superlative",
    "street",
    "Whichever man is further to the right - what colour is his tie?",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "right")), "color"),
)
P(
    "superlative",
    "street",
    "Counting the people from the left, who's second?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
X("street", "The man on the left - is he the woman's husband?")
X("street", "I wonder how fast the bus is going.")
X("street", "Where are the three people walking to?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right
P(
    "coordination",
    "kitchen",
    "Are the plate and the clock both white?",
    "and_(verify(u(sel(plate)), color, white), verify(u(sel(clock)), color, white))",
    lambda p: yes(p.value(p.the("plate"), "color") == "white" and p.value(p.the("clock"), "color") == "white"),
)
P(
    "ellipsis",
    "kitchen",
    "The red cup is on the left side of the picture. Which side is the white one on?",
    "q(u(f(sel(cup), color=white)), hposition)",
    lambda p: (
        given(p.value(p.the("cup", color="red"), "hposition") == "left"),
        p.value(p.the("cup", color="white"), "hposition"),
    )[1],
)
P(
    "coordination",
    "kitchen",
    "How many cups are red or blue?",
    "add(count(f(sel(cup), color=red)), count(f(sel(cup), color=blue)))",
    lambda p: n([c for c in p.f("cup") if p.value(c, "color") in ("red", "blue")]),
)
P(
    "coordination",
    "kitchen",
    "Is the blue cup to the right of the plate and to the left of the bottle?",
    "and_(exist(f(rel(u(sel(plate)), right, name=cup), color=blue)), exist(f(rel(u(sel(bottle)), left, name=cup), color=blue)))",
    lambda p: yes(
        p.has(p.the("cup", color="blue"), "right", p.the("plate"))
        and p.has(p.the("cup", color="blue"), "left", p.the("bottle"))
    ),
)
P(
    "comparative",
    "kitchen",
    "Are there three times as many cups as plates?",
    "eq(count(sel(cup)), add(add(count(sel(plate)), count(sel(plate))), count(sel(plate))))",
    lambda p: yes(len(p.f("cup")) == 3 * len(p.f("plate"))),
)
P(
    "comparative",
    "kitchen",
    "Is the plate the same colour as the cup on the far right?",
    "same(u(sel(plate)), ord(sel(cup), right, 1), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(side_of(p, p.f("cup"), "right"), "color")),
)
P(
    "anaphora",
    "kitchen",
    "Look at the bottle. Is the cup just to its left the same colour as it?",
    "same(u(rel(u(sel(bottle)), left, name=cup)), u(sel(bottle)), color)",
    lambda p: yes(
        p.value(only(named(p, p.subjects("left", p.the("bottle")), "cup")), "color")
        == p.value(p.the("bottle"), "color")
    ),
)
P(
    "order",
    "kitchen",
    "What is it that's hanging above the table?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "order",
    "kitchen",
    "The woman is dressed in what colour?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "order",
    "kitchen",
    "The label on the green bottle says what?",
    "q(u(f(sel(bottle), color=green)), text)",
    lambda p: p.value(p.the("bottle", color="green"), "text"),
)
P(
    "order",
    "kitchen",
    "Tell me whether the fork is made of metal.",
    "verify(u(sel(fork)), material, metal)",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal"),
)
P(
    "order",
    "kitchen",
    "I'd like to know if there's a knife anywhere.",
    "exist(sel(knife))",
    lambda p: yes(bool(p.f("knife"))),
)
P(
    "quantifier",
    "kitchen",
    "Is there any cup that isn't on the table?",
    "exist(diff(sel(cup), rel(u(sel(table)), on)))",
    lambda p: yes(any(c not in p.subjects("on", p.the("table")) for c in p.f("cup"))),
)
P(
    "quantifier",
    "kitchen",
    "Are all but one of the white things on the table?",
    "eq(count(diff(f(scene(), color=white), rel(u(sel(table)), on))), num(1))",
    lambda p: yes(len([o for o in p.f(color="white") if o not in p.subjects("on", p.the("table"))]) == 1),
)
P(
    "quantifier",
    "kitchen",
    "Are most of the things on the table cups?",
    "gt(count(rel(u(sel(table)), on, name=cup)), count(diff(rel(u(sel(table)), on), sel(cup))))",
    lambda p: most(len(named(p, p.subjects("on", p.the("table")), "cup")), len(p.subjects("on", p.the("table")))),
)
P(
    "negation",
    "kitchen",
    "How many of the things on the table aren't cups?",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) != "cup"]),
)
P(
    "negation",
    "kitchen",
    "Isn't the plate blue?",
    "verify(u(sel(plate)), color, blue)",
    lambda p: yes(p.value(p.the("plate"), "color") == "blue"),
)
P(
    "negation",
    "kitchen",
    "Is it true that no cup is green?",
    "not_(exist(f(sel(cup), color=green)))",
    lambda p: yes(not p.f("cup", color="green")),
)
P(
    "superlative",
    "kitchen",
    "Which colour is the second mug counting from the right?",
    "q(ord(sel(cup), right, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right", 2), "color"),
)
P(
    "superlative",
    "kitchen",
    "Whatever's furthest to the right in the picture - what is it?",
    "q(ord(scene(), right, 1), name)",
    lambda p: p.name(side_of(p, list(p.objects), "right")),
)
X("kitchen", "Is the water in the bottle cold?")
X("kitchen", "I wonder which of the cups the woman drinks her coffee from.")
X("kitchen", "The table - how much did it cost?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees
P(
    "comparative",
    "park",
    "Are there as many dogs as trees?",
    "eq(count(sel(dog)), count(sel(tree)))",
    lambda p: yes(len(p.f("dog")) == len(p.f("tree"))),
)
P(
    "comparative",
    "park",
    "Are there as many grown-ups as children here?",
    "eq(count(sel(adult)), count(sel(child)))",
    lambda p: yes(len(p.f(ADULTS)) == len(p.f(CHILDREN))),
)
P(
    "comparative",
    "park",
    "Is the bike bigger than the frisbee?",
    "larger(u(sel(bicycle)), u(sel(frisbee)))",
    lambda p: yes(photo_bigger(p, p.the("bicycle"), p.the("frisbee"))),
)
P(
    "coordination",
    "park",
    "Are the two dogs the same colour?",
    "same(sel(dog), color)",
    lambda p: alike(p.value(d, "color") for d in two(p.f("dog"))),
)
P(
    "coordination",
    "park",
    "Is the bench both green and wooden?",
    "and_(verify(u(sel(bench)), color, green), verify(u(sel(bench)), material, wood))",
    lambda p: yes(p.value(p.the("bench"), "color") == "green" and p.value(p.the("bench"), "material") == "wood"),
)
P(
    "coordination",
    "park",
    "How many things in the park are green or yellow?",
    "add(count(f(scene(), color=green)), count(f(scene(), color=yellow)))",
    lambda p: (
        given(not any(p.value(o, "color") in ("green", "yellow") for o in people(p))),  # nobody "is" a colour here
        n([o for o in p.objects if p.value(o, "color") in ("green", "yellow")]),
    )[1],
)
P(
    "ellipsis",
    "park",
    "The woman on the left wears red; the other one wears what colour?",
    "q(u(diff(sel(woman), f(sel(woman), hposition=left))), color)",
    lambda p: (
        given(p.value(p.the("woman", hposition="left"), "color") == "red"),
        p.value(only([w for w in p.f("woman") if w != p.the("woman", hposition="left")]), "color"),
    )[1],
)
P(
    "ellipsis",
    "park",
    "Is the boy near the bench, and the woman in white near the bike?",
    "and_(exist(rel(u(sel(bench)), near, name=boy)), exist(f(rel(u(sel(bicycle)), near, name=woman), color=white)))",
    lambda p: gapped(
        p.has(p.the("boy"), "near", p.the("bench")), p.has(p.the("woman", color="white"), "near", p.the("bicycle"))
    ),
)
P(
    "anaphora",
    "park",
    "Look at the girl. Is the dog near her white?",
    "verify(u(rel(u(sel(girl)), near, name=dog)), color, white)",
    lambda p: yes(p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color") == "white"),
)
P(
    "order",
    "park",
    "Who is it that's throwing the frisbee?",
    "q(u(rel(u(sel(frisbee)), throwing)), name)",
    lambda p: p.name(only(p.subjects("throwing", p.the("frisbee")))),
)
P(
    "order",
    "park",
    "The boy is throwing what?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "order",
    "park",
    "Tell me whether anyone is holding a dog.",
    "exist(rel(sel(dog), holding))",
    lambda p: yes(any(p.subjects("holding", d) for d in p.f("dog"))),
)
P(
    "quantifier",
    "park",
    "Is each of the dogs beside a girl?",
    "not_(exist(diff(sel(dog), rel(u(sel(girl)), near))))",
    lambda p: yes(all(any(p.has(d, "near", g) for g in p.f("girl")) for d in p.f("dog"))),
)
P(
    "quantifier",
    "park",
    "Are most of the people in the park women?",
    "gt(count(sel(woman)), count(diff(sel(person), sel(woman))))",
    lambda p: most(len(p.f("woman")), len(people(p))),
)
P(
    "quantifier",
    "park",
    "Are there exactly two kids?",
    "eq(count(sel(child)), num(2))",
    lambda p: yes(len(p.f(CHILDREN)) == 2),
)
P(
    "quantifier",
    "park",
    "Are there more than a couple of people in the park?",
    "gt(count(sel(person)), num(2))",
    lambda p: yes(len(people(p)) > 2),
)
P(
    "negation",
    "park",
    "Is it true that nobody in the park wears yellow?",
    "not_(exist(f(sel(person), color=yellow)))",
    lambda p: yes(not any(p.value(o, "color") == "yellow" for o in people(p))),
)
P(
    "negation",
    "park",
    "Isn't the bike red?",
    "verify(u(sel(bicycle)), color, red)",
    lambda p: yes(p.value(p.the("bicycle"), "color") == "red"),
)
P(
    "superlative",
    "park",
    "Which person is second from the right?",
    "q(ord(sel(person), right, 2), name)",
    lambda p: p.name(side_of(p, people(p), "right", 2)),
)
P(
    "superlative",
    "park",
    "Whichever dog is further left, who's holding it?",
    "q(u(rel(ord(sel(dog), left, 1), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", side_of(p, p.f("dog"), "left")))),
)
X("park", "What breed is the white dog?")
X("park", "The red bike - who does it belong to?")
X("park", "I wonder if it's going to rain later on.")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P(
    "comparative",
    "shapes",
    "Is the triangle bigger than the star?",
    "larger(u(sel(triangle)), u(sel(star)))",
    lambda p: yes(photo_bigger(p, p.the("triangle"), p.the("star"))),
)
P(
    "comparative",
    "shapes",
    "Which is bigger, the star or the yellow rectangle?",
    "compare(u(sel(star)), u(f(sel(rectangle), color=yellow)), bigger)",
    lambda p: p.name(
        p.the("star")
        if photo_bigger(p, p.the("star"), p.the("rectangle", color="yellow"))
        else p.the("rectangle", color="yellow")
    ),
)
P(
    "comparative",
    "shapes",
    "How many more blue shapes are there than red ones?",
    "sub(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: str(len(p.f(color="blue")) - len(p.f(color="red"))),
)
P(
    "comparative",
    "shapes",
    "Are there twice as many blue shapes as green ones?",
    "eq(count(f(scene(), color=blue)), add(count(f(scene(), color=green)), count(f(scene(), color=green))))",
    lambda p: yes(len(p.f(color="blue")) == 2 * len(p.f(color="green"))),
)
P(
    "comparative",
    "shapes",
    "Are there fewer than three large shapes?",
    "gt(num(3), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="large")) < 3),
)
P(
    "coordination",
    "shapes",
    "Are the star and the big circle the same colour?",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color")),
)
P(
    "coordination",
    "shapes",
    "The square and the star - are they the same size?",
    "same(u(sel(square)), u(sel(star)), size)",
    lambda p: yes(p.value(p.the("square"), "size") == p.value(p.the("star"), "size")),
)
P(
    "coordination",
    "shapes",
    "How many shapes are neither red nor blue?",
    "count(fn(fn(scene(), color=red), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") not in ("red", "blue")]),
)
P(
    "coordination",
    "shapes",
    "Is there a shape that's both small and red?",
    "exist(f(scene(), size=small, color=red))",
    lambda p: yes(bool(p.f(size="small", color="red"))),
)
P(
    "coordination",
    "shapes",
    "How many shapes are in the top row but aren't large?",
    "count(fn(f(scene(), vposition=top), size=large))",
    lambda p: n([o for o in p.f(vposition="top") if p.value(o, "size") != "large"]),
)
P(
    "ellipsis",
    "shapes",
    "Is the hexagon blue, and the square?",
    "and_(verify(u(sel(hexagon)), color, blue), verify(u(sel(square)), color, blue))",
    lambda p: gapped(p.value(p.the("hexagon"), "color") == "blue", p.value(p.the("square"), "color") == "blue"),
)
P(
    "ellipsis",
    "shapes",
    "The big circle is red; the small circle is what colour?",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: (
        given(p.value(p.the("circle", size="large"), "color") == "red"),
        p.value(p.the("circle", size="small"), "color"),
    )[1],
)
P(
    "anaphora",
    "shapes",
    "Look at the triangle. Is anything else the same colour as it?",
    "exist(diff(f(scene(), color=green), u(sel(triangle))))",
    lambda p: yes(
        any(o != p.the("triangle") and p.value(o, "color") == p.value(p.the("triangle"), "color") for o in p.objects)
    ),
)
P(
    "anaphora",
    "shapes",
    "Find the yellow rectangle. Is it bigger than the square?",
    "larger(u(f(sel(rectangle), color=yellow)), u(sel(square)))",
    lambda p: yes(photo_bigger(p, p.the("rectangle", color="yellow"), p.the("square"))),
)
P(
    "order",
    "shapes",
    "The star - is it in the top row or the bottom row?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
P(
    "order",
    "shapes",
    "What is it that sits right in the middle of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "order",
    "shapes",
    "The hexagon is what colour?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "order",
    "shapes",
    "What is it that's big and green?",
    "q(u(f(scene(), size=large, color=green)), shape)",
    lambda p: p.value(p.the(size="large", color="green"), "shape"),
)
P(
    "order",
    "shapes",
    "I wonder if there's a pentagon.",
    "exist(sel(pentagon))",
    lambda p: yes(bool(p.f("pentagon"))),
)
P(
    "order",
    "shapes",
    "Tell me if every large shape is in the top row.",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "quantifier",
    "shapes",
    "Are most of the shapes small?",
    "gt(count(f(scene(), size=small)), count(fn(scene(), size=small)))",
    lambda p: most(len(p.f(size="small")), len(p.objects)),
)
P(
    "quantifier",
    "shapes",
    "Are exactly two of the shapes red?",
    "eq(count(f(scene(), color=red)), num(2))",
    lambda p: yes(len(p.f(color="red")) == 2),
)
P(
    "quantifier",
    "shapes",
    "Is there at most one triangle?",
    "not_(gt(count(sel(triangle)), num(1)))",
    lambda p: yes(len(p.f("triangle")) <= 1),
)
P(
    "quantifier",
    "shapes",
    "Is either circle large?",
    "exist(f(sel(circle), size=large))",
    lambda p: yes(any(p.value(o, "size") == "large" for o in two(p.f("circle")))),
)
P(
    "quantifier",
    "shapes",
    "Are both circles in the top row?",
    "not_(exist(fn(sel(circle), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in two(p.f("circle")))),
)
P(
    "quantifier",
    "shapes",
    "Are all but one of the large shapes in the top row?",
    "eq(count(fn(f(scene(), size=large), vposition=top)), num(1))",
    lambda p: yes(len([o for o in p.f(size="large") if p.value(o, "vposition") != "top"]) == 1),
)
P(
    "negation",
    "shapes",
    "Is it true that none of the shapes is orange?",
    "not_(exist(f(scene(), color=orange)))",
    lambda p: yes(not p.f(color="orange")),
)
P(
    "negation",
    "shapes",
    "Isn't the star blue?",
    "verify(u(sel(star)), color, blue)",
    lambda p: yes(p.value(p.the("star"), "color") == "blue"),
)
P(
    "negation",
    "shapes",
    "Is it true that not every circle is red?",
    "exist(fn(sel(circle), color=red))",
    lambda p: yes(not all(p.value(o, "color") == "red" for o in p.f("circle"))),
)
P(
    "negation",
    "shapes",
    "Are the two circles different colours?",
    "not_(same(sel(circle), color))",
    lambda p: yes(len({p.value(o, "color") for o in two(p.f("circle"))}) == 2),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, which shape is second counting from the right?",
    "q(ord(f(scene(), vposition=bottom), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right", 2), "shape"),
)
P(
    "superlative",
    "shapes",
    "What's the rightmost of the blue shapes?",
    "q(ord(f(scene(), color=blue), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(color="blue"), "right"), "shape"),
)
X("shapes", "The red star - what is it meant to symbolise?")
X("shapes", "I wonder which of the shapes was drawn first.")
X("shapes", "Is the hexagon cut out of paper or out of plastic?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
