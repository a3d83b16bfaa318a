# ruff: noqa: E501
"""Blind paraphrase set 65: an eleventh fresh crowd, with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in their own words and habits of speech, always understandably to a careful human reader.

The cast and their habits. On the CLEVR scenes: a retired Scottish fisherman ("wee", "o'", "would ye say?"), an
eight-year-old girl who loves cyan ("??", "my fave colour"), a tax accountant ("please confirm", "excluding", "second
... : its material, please"), a fifteen-year-old texting in lower case ("r", "wat", "or nah", "shiny" for metal), a
Texan rancher ("them cylinders", "yeller", "bigger'n", "sittin'"), a London cab driver ("mate", "all told", "ain't",
"'uns", "stuff" for material), a German engineer writing careful second-language English ("consist of", "which colour
has the second one"), a primary school teacher quizzing a class ("can we find", "let's see"), a grandmother ("dear",
"love"), a carpenter ("pieces", "all up", "made of the same stuff"), a tired night-shift nurse (clipped: "Cylinders. How
many?"), an Indian software developer ("kindly check whether", "what all colours", "combined"), an Australian surfer
("reckon", "way out on the right", "arvo"), a lawyer ("kindly state", "is it the case that", "for the record"), a mother
typing on her phone ("their" for there, "then" for than, "pic", "2"), an Irish publican ("would there be", "at all",
"so", "now"), a Japanese exchange student (polite, "excuse me", "please tell me"), an Iowa farmer ("of 'em", "what
color's", "ain't", "way in the back there"), a Quebec hockey coach ("eh", "we got", "the farthest back"), a physics
professor ("metallic", "identical", "nearest the camera", "take the ... ; what ...") and a six-year-old ("box" for cube,
no capitals, no question marks). On the photo-like graphs: a Manchester traffic warden ("love", "then", "down in the
bottom corner"), a teenage skateboarder ("ppl", "wat", "whos holdin", "smth"), a volunteer describing pictures for a
blind friend (very formal: "Could you tell me", "Would you be so kind"), a retired London bus driver ("proper", "stood",
"d'you reckon"), a head chef (brusque: "Quick.", "yeah?", "Colour."), a seven-year-old boy, an insurance assessor
("please state", "positioned", "distinct"), a retired Yorkshire schoolmaster ("any colour but", "sits"), a chatty dog
walker ("has hold of", "by the little girl"), a police constable ("individuals", "the female", "the male child",
"positioned"), a ten-year-old girl ("frizbee", "grown ups", "kids") and a Russian-born chess coach (no articles, "from
what material", "on right side from"). On the drawing: a kindergarten teacher, a graphic designer ("composition",
"distinct colours", "what sits in"), a gamer typing carelessly ("r", "pic", "vs"), a retired maths teacher
("quadrilaterals", "counting the square", "upper row"), a Mexican grandmother writing second-language English
("figures", "of color blue", "the circle big", "the row of below"), a five-year-old ("the yellow one", "little"), a
quilter ("patches", "put together", "share the square's colour") and a blunt Dutch architect ("have corners", "stands
the most right", "the lower row").

Sentence shapes: plain questions; statements with a tag ("..., right", "..., eh?", "..., correct?", "..., yeah?"); topic
first ("The two cyan ones, same size?"); clipped fragments ("Cylinders. How many?", "Colour."); two sentences, the first
setting up the thing and the second asking ("There's a cylinder behind ... . What's it made of?"); a question with a
chatty lead-in or aside ("Oh,", "Now that's a proper bus."); lower case without punctuation; careful formal requests
("Kindly state ...", "Please confirm ...", "Could you tell me ...").

The questions cover counts (with conditions, "other than", "excluding", "apart from", "neither ... nor", "or", "put
together", "combined", "all told"), existence, an attribute of one thing, yes/no checks of one value, comparisons of
counts ("more", "fewer", "as many as", "the same number", "equal") and of attributes (same colour, size, shape or
material), quantifiers ("all", "every", "both", "none", "any", "most of"), exceptions ("Apart from the ball, is
everything else red?"), relations (left, right, in front, behind on CLEVR; on the photo graphs only their stated
relations: on, near, holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop chains,
superlatives and ordinals ("way out on the right", "second from the right", "nearest the camera", "furthest to the
rear"), other things sharing a value, which of two things is the bigger, a list of values, the number of different
colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and the text on the photos'
bus, road, bottle, sign and clock.

About half of the questions ask about CLEVR val scenes 5, 7, 11, 24, 26, 28, 29, 31, 41, 42, 43, 45, 46 and 47 (one or
two people to a scene), about 30% about the photo-like graphs (street, kitchen, park) and about 20% about the drawing of
flat shapes; about one in ten must be refused, each in the same voice as the person's other questions (prices and
values, names and owners, feelings and opinions, intentions, what happens next, why, the world outside the picture).

Conventions. "The X" is only used where exactly one X matches, counting a square as a rectangle; places and orders are
only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the
anchor or of a neighbour in the order along that axis, and for left and right the objects' box centres in the picture
must also agree with that order and lie at least PX (30) pixels apart (two objects one behind the other at the same
place across the picture are not put in a left-right order); a side of a CLEVR picture is asked only of an object whose
box centre lies within 130 pixels of the edge of the 480-pixel frame; on the drawings neighbours in an order are at
least 40 pixels apart; nothing is asked of the photo graphs that their stated relations and attributes leave open. A
which-side question is answered with the side; a "which is bigger" between two things is asked only where their size
classes differ, and answered with the word that tells the bigger one from the other (its shape, or its colour where the
two share a shape); "shiny" is taken to mean metal. Answers are the graph's words (gray, not grey; sphere, not ball; a
list is given most frequent first, ties alphabetical, joined by ", "). Every gold program and answer comes from the
scene by plain Python.

Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other set but the
fifty-third (its builder ``build_blind53.py``, its ``blind_gold.py`` helpers and the first lines of ``blind53.jsonl``,
read for the format only); the scenes were read from ``photo_scenes.json``, the CLEVR ``scenes.json`` and the CLEVR
images, and no question was run through nsvr's parser, planner or ``nsvr ask``: only the gold programs were run, by
nsvr's executor, through ``--check``.

Run ``python build_blind65.py`` to write ``../blind65.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind65.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.25
# for left and right, how close (in pixels) two box centres may lie across the picture before the eye cannot call it
PX = 30
# a CLEVR object is on the left (right) of the 480-pixel picture only when its box centre is this far from the edge
SIDE = 130


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas (the list convention)."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def centre_x(s: Clevr, i: int) -> float:
    x, _, w, _ = s.objects[i]["bbox"]
    return x + w / 2


def seen_apart(s: Clevr, i: int, j: int, side: str) -> bool:
    """For left and right: the picture shows i and j in the same order as the scene, PX pixels apart at least."""
    if side not in ("left", "right"):
        return True
    scene_says = along(s, i, "right") < along(s, j, "right")
    picture_says = centre_x(s, i) < centre_x(s, j)
    return scene_says == picture_says and abs(centre_x(s, i) - centre_x(s, j)) >= PX


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th object of ids counted from ``side`` (left, right, front, behind); NotUnique when a neighbour in that
    order is too close to call (in the scene, or across the picture for left and right)."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = order[k - 1]
    for j in (k - 2, k):
        if 0 <= j < len(order):
            if abs(along(s, order[j], side) - along(s, here, side)) < TIE or not seen_apart(s, order[j], here, side):
                raise NotUnique("too close to call")
    return here


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects that are ``relation`` (left, right, front, behind) of the anchor; NotUnique when some object lies
    so nearly level with the anchor along that axis (or, for left and right, across the picture) that a careful
    person could not say which side it is on."""
    here = along(s, anchor, relation)
    for j in s.all():
        if j != anchor and (abs(along(s, j, relation) - here) < TIE or not seen_apart(s, j, anchor, relation)):
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return s.rel(relation, anchor)


def is_rel(s: Clevr, target: dict, relation: str, anchor: dict) -> str:
    """yes/no: the one object ``target`` describes is ``relation`` of the one ``anchor`` describes."""
    t, a = s.the(**target), s.the(**anchor)
    if abs(along(s, t, relation) - along(s, a, relation)) < TIE or not seen_apart(s, t, a, relation):
        raise NotUnique("too close to call")
    return yes(t in s.rel(relation, a))


def hop(s: Clevr, anchor: int, relation: str, **want) -> int:
    """The one object with the given attributes that is ``relation`` of the anchor (a careful person's call)."""
    return only(among(s, related(s, relation, anchor), **want))


def picture_side(s: Clevr, i: int) -> str:
    """left or right of the picture by box centre; NotUnique unless the centre is within SIDE pixels of an edge."""
    centre = centre_x(s, i)
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


def most(yes_ids: list, all_ids: list) -> str:
    """yes/no: more than half of all_ids are in yes_ids."""
    return yes(len(yes_ids) > len(all_ids) - len(yes_ids))


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def bigger_of(s: Clevr, a: int, b: int, attribute: str = "shape") -> str:
    """Which of objects a and b is the bigger, told by its ``attribute``; NotUnique when their size classes are the
    same or that attribute does not tell them apart."""
    if s.a(a, "size") == s.a(b, "size") or s.a(a, attribute) == s.a(b, attribute):
        raise NotUnique("same size class or not told apart")
    return s.a(a if s.a(a, "size") == "large" else b, attribute)


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def children(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in {"boy", "girl"}]


def grown_ups(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in {"man", "woman"}]


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


def coloured(p: Photo, ids: list[str], color: str) -> list[str]:
    return [o for o in ids if p.value(o, "color") == color]


def drawn_larger(p: Photo, a: str, b: str) -> str:
    """yes/no: drawn shape a is larger than drawn shape b; NotUnique when their size classes are the same."""
    if p.value(a, "size") == p.value(b, "size"):
        raise NotUnique("same size class")
    return yes(p.value(a, "size") == "large")


def drawn_bigger_of(p: Photo, a: str, b: str, attribute: str = "shape") -> str:
    """Which of drawn shapes a and b is the bigger, told by its ``attribute``; NotUnique when their size classes are
    the same or that attribute does not tell them apart."""
    if p.value(a, "size") == p.value(b, "size") or p.value(a, attribute) == p.value(b, attribute):
        raise NotUnique("same size class or not told apart")
    return p.value(a if p.value(a, "size") == "large" else b, attribute)


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# --- the retired Scottish fisherman, scene 5: small cyan metal sph (front), large purple rubber sph, large brown metal sph, small purple rubber sph (far left), small red rubber cube (back), large brown metal cube, large blue rubber cube (far right), small green rubber cyl
C(
    "count",
    5,
    "How many wee balls are in there?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "compare_attr",
    5,
    "The two brown ones — are they made o' the same stuff?",
    "same(f(scene(), color=brown), material)",
    lambda s: alike(s, s.f(color="brown"), "material"),
)
C(
    "superlative",
    5,
    "Which one's furthest over tae the left? What colour's that?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "count",
    5,
    "How many things are either blue or green, like the sea?",
    "count(union(f(scene(), color=blue), f(scene(), color=green)))",
    lambda s: n(s.f(color=("blue", "green"))),
)
C(
    "chain",
    5,
    "What's the wee ball in front o' the big purple one made of?",
    "q(u(f(rel(u(f(sel(sphere), size=large, color=purple)), front), shape=sphere, size=small)), material)",
    lambda s: s.a(
        hop(s, s.the(shape="sphere", size="large", color="purple"), "front", shape="sphere", size="small"), "material"
    ),
)
C(
    "quantifier",
    5,
    "Are all the big ones metal, would ye say?",
    "not_(exist(fn(f(scene(), size=large), material=metal)))",
    lambda s: every(s, s.f(size="large"), material="metal"),
)
X(5, "Would any o' these float if ye chucked them in the harbour?")

# --- the eight-year-old girl who loves cyan, scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube (far left), large brown metal cube (front), small purple metal cyl (back), small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (far right)
C(
    "count",
    7,
    "How many cylinders are there?? The ones like tin cans",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    7,
    "What colour is the ball?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "superlative",
    7,
    "Which one is the very very front one? What shape is it?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "compare_attr",
    7,
    "Are the two cyan ones the same size? Cyan is my fave colour!!",
    "same(f(scene(), color=cyan), size)",
    lambda s: alike(s, s.f(color="cyan"), "size"),
)
C(
    "compare_count",
    7,
    "are there more cubes than cylinders??",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
C(
    "exist",
    7,
    "Is there a green one anywhere? I can't find one",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
X(7, "What's the purple ball called? I think its name is Bubbles")

# --- the tax accountant, scene 7
C(
    "count",
    7,
    "Please confirm the total number of metal objects.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    7,
    "Is the number of metal objects equal to the number of rubber objects?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "negation",
    7,
    "Excluding the cylinders, how many objects remain?",
    "count(fn(scene(), shape=cylinder))",
    lambda s: n(but(s, s.all(), shape="cylinder")),
)
C(
    "same_attr",
    7,
    "How many other objects share the material of the large yellow cube?",
    "count(same_attr(u(f(sel(cube), size=large, color=yellow)), material))",
    lambda s: n(others(s, s.the(shape="cube", size="large", color="yellow"), "material")),
)
C(
    "spatial",
    7,
    "How many objects lie to the right of the large red cube?",
    "count(rel(u(f(sel(cube), size=large, color=red)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", size="large", color="red"))),
)
C(
    "superlative",
    7,
    "The second object from the right: its material, please.",
    "q(ord(scene(), right, 2), material)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "material"),
)

# --- the fifteen-year-old texting, scene 11: small brown metal cyl (back), large yellow metal sph, small green metal cube, small brown rubber sph (front), small gray metal cyl, small green rubber sph (far right), large blue metal cube (far back), large brown rubber sph, large brown metal cyl, small purple rubber sph (far left)
C("count", 11, "how many balls r there", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_count",
    11,
    "r there more brown things than green ones",
    "gt(count(f(scene(), color=brown)), count(f(scene(), color=green)))",
    lambda s: yes(len(s.f(color="brown")) > len(s.f(color="green"))),
)
C(
    "attribute",
    11,
    "wat colour is the big cube",
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)
C(
    "verify",
    11,
    "is the green ball shiny or nah",
    "verify(u(f(sel(sphere), color=green)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="green"), "material") == "metal"),
)
C(
    "superlative",
    11,
    "whats the thing all the way at the back. shape i mean",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "negation",
    11,
    "how many things r brown but not balls",
    "count(fn(f(scene(), color=brown), shape=sphere))",
    lambda s: n(but(s, s.f(color="brown"), shape="sphere")),
)

# --- the Texan rancher, scene 11
C("count", 11, "How many of them cylinders we got here?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "attribute",
    11,
    "That big yeller ball, what's it made of?",
    "q(u(f(sel(sphere), size=large, color=yellow)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large", color="yellow"), "material"),
)
C(
    "compare_size",
    11,
    "Which one's bigger'n the other, the green cube or the blue cube?",
    "q(u(f(union(f(sel(cube), color=green), f(sel(cube), color=blue)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cube", color="green"), s.the(shape="cube", color="blue"), "color"),
)
C(
    "spatial",
    11,
    "How many things are sittin' in front of that big brown cylinder?",
    "count(rel(u(f(sel(cylinder), size=large, color=brown)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", size="large", color="brown"))),
)
C(
    "chain",
    11,
    "There's a cylinder behind the big yeller ball. What's it made of?",
    "q(u(f(rel(u(f(sel(sphere), size=large, color=yellow)), behind), shape=cylinder)), material)",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="large", color="yellow"), "behind", shape="cylinder"), "material"),
)
C(
    "quantifier",
    11,
    "Every one of them cylinders metal?",
    "not_(exist(fn(sel(cylinder), material=metal)))",
    lambda s: every(s, s.f(shape="cylinder"), material="metal"),
)
X(11, "Reckon what these'd fetch at the county fair?")

# --- the London cab driver, scene 24: small red metal cube, large red rubber cyl (front), large green metal cube (far right), small brown metal cyl (far left), large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph (back), large brown rubber cube, small gray rubber cube
C("count", 24, "How many cubes we got there, mate?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    24,
    "Them two red balls — same size, are they?",
    "same(f(sel(sphere), color=red), size)",
    lambda s: alike(s, s.f(shape="sphere", color="red"), "size"),
)
C(
    "count",
    24,
    "How many red 'uns all told?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "superlative",
    24,
    "Which one's right out on the left? What shape's that?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "exist",
    24,
    "Is there anything red in there that ain't metal?",
    "exist(fn(f(scene(), color=red), material=metal))",
    lambda s: yes(bool(but(s, s.f(color="red"), material="metal"))),
)
C(
    "compare_attr",
    24,
    "The two grey cubes, they made of the same stuff?",
    "same(f(sel(cube), color=gray), material)",
    lambda s: alike(s, s.f(shape="cube", color="gray"), "material"),
)
X(24, "Who's the geezer what owns all this clobber, then?")

# --- the German engineer, scene 24
C(
    "count",
    24,
    "How many objects consist of metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    24,
    "Is the number of cylinders the same as the number of spheres?",
    "eq(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="sphere"))),
)
C(
    "chain",
    24,
    "In front of the large green cube there is a cylinder. Behind this cylinder stands another cylinder. Which colour has the second one?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=large, color=green)), front), shape=cylinder)), behind), shape=cylinder)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="large", color="green"), "front", shape="cylinder"),
            "behind",
            shape="cylinder",
        ),
        "color",
    ),
)
C(
    "verify",
    24,
    "The large grey cube is made of metal, correct?",
    "verify(u(f(sel(cube), size=large, color=gray)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="gray"), "material") == "metal"),
)
C(
    "compare_size",
    24,
    "Which is bigger: the yellow cube or the green cube?",
    "q(u(f(union(f(sel(cube), color=yellow), f(sel(cube), color=green)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cube", color="yellow"), s.the(shape="cube", color="green"), "color"),
)
C(
    "position",
    24,
    "Is the small brown cylinder in the left half of the image or in the right half?",
    "choose(u(f(sel(cylinder), size=small, color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="small", color="brown")),
)

# --- the primary school teacher, scene 26: large brown metal cyl (far left), large green metal sph, small purple metal cube (front), large cyan metal sph, small green metal cyl (back), small purple rubber cube (far right), small green metal sph, large green metal cyl
C(
    "count",
    26,
    "Let's see, how many green objects can we find?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "quantifier",
    26,
    "Are most of the objects made of metal?",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: most(s.f(material="metal"), s.all()),
)
C(
    "compare_attr",
    26,
    "Both purple cubes — are they made of the same material?",
    "same(f(sel(cube), color=purple), material)",
    lambda s: alike(s, s.f(shape="cube", color="purple"), "material"),
)
C(
    "superlative",
    26,
    "Which object is closest to the front? What colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "count",
    26,
    "Can you count the cylinders and the cubes put together?",
    "count(union(sel(cylinder), sel(cube)))",
    lambda s: n(s.f(shape=("cylinder", "cube"))),
)
C(
    "spatial",
    26,
    "How many objects are behind the cyan sphere?",
    "count(rel(u(f(sel(sphere), color=cyan)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="cyan"))),
)
X(26, "Which of these shapes do you think the children would like best?")

# --- the grandmother, scene 28: large red metal cyl (front), small red rubber cyl (far right), large purple rubber cyl (back), small brown metal sph (far left)
C("count", 28, "How many cylinders are there, dear?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "same_attr",
    28,
    "Is the little ball the same colour as any of the others?",
    "exist(same_attr(u(sel(sphere)), color))",
    lambda s: yes(bool(others(s, s.the(shape="sphere"), "color"))),
)
C(
    "compare_attr",
    28,
    "The two red ones, love — are they the same size?",
    "same(f(scene(), color=red), size)",
    lambda s: alike(s, s.f(color="red"), "size"),
)
C(
    "compare_size",
    28,
    "Which is bigger, the purple cylinder or the brown ball?",
    "q(u(f(union(f(sel(cylinder), color=purple), f(sel(sphere), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="purple"), s.the(shape="sphere", color="brown")),
)
C(
    "position",
    28,
    "Is the little red one over on the right-hand side of the picture?",
    "verify(u(f(scene(), size=small, color=red)), hposition, right)",
    lambda s: yes(picture_side(s, s.the(size="small", color="red")) == "right"),
)
C(
    "negation",
    28,
    "Apart from the ball, is everything else red?",
    "not_(exist(fn(fn(scene(), shape=sphere), color=red)))",
    lambda s: every(s, but(s, s.all(), shape="sphere"), color="red"),
)
X(28, "My grandson would love these. Where could I buy him a set?")

# --- the carpenter, scene 29: large cyan metal sph (back), large cyan rubber cyl, large red metal cyl (far left, front), small brown rubber sph
C("count", 29, "How many pieces are there all up?", "count(scene())", lambda s: n(s.all()))
C(
    "compare_attr",
    29,
    "Are the two cyan pieces made of the same stuff?",
    "same(f(scene(), color=cyan), material)",
    lambda s: alike(s, s.f(color="cyan"), "material"),
)
C(
    "superlative",
    29,
    "What colour is the piece nearest the front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    29,
    "Is the small ball sat behind the cyan cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=cyan)), behind), size=small, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "size": "small"}, "behind", {"shape": "cylinder", "color": "cyan"}),
)
C(
    "compare_count",
    29,
    "Fewer balls than cylinders, or not?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)
C(
    "attribute",
    29,
    "The only small piece — what's that made of?",
    "q(u(f(scene(), size=small)), material)",
    lambda s: s.a(s.the(size="small"), "material"),
)
X(29, "Why would anyone paint a cylinder that colour?")

# --- the night-shift nurse, scene 31: small cyan rubber cyl, large green metal cyl (far right), large blue metal sph, small red metal cyl (back), small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph (far left), small brown rubber cyl
C("count", 31, "Cylinders. How many?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "attribute",
    31,
    "Big ball. Colour?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "exist",
    31,
    "Any cubes in there at all?",
    "exist(sel(cube))",
    lambda s: yes(bool(s.f(shape="cube"))),
)
C(
    "superlative",
    31,
    "Thing right at the front, what colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_attr",
    31,
    "The two blue balls — same size or not?",
    "same(f(sel(sphere), color=blue), size)",
    lambda s: alike(s, s.f(shape="sphere", color="blue"), "size"),
)

# --- the Indian software developer, scene 31
C(
    "count",
    31,
    "Can you please tell how many objects are small in size?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "quantifier",
    31,
    "Kindly check whether all the cylinders are made of rubber.",
    "not_(exist(fn(sel(cylinder), material=rubber)))",
    lambda s: every(s, s.f(shape="cylinder"), material="rubber"),
)
C(
    "spatial",
    31,
    "How many objects are there behind the big green cylinder?",
    "count(rel(u(f(sel(cylinder), size=large, color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="large", color="green"))),
)
C(
    "chain",
    31,
    "What is the colour of the metal cylinder which is in front of the purple cube?",
    "q(u(f(rel(u(f(sel(cube), color=purple)), front), shape=cylinder, material=metal)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="purple"), "front", shape="cylinder", material="metal"), "color"),
)
C(
    "compare_count",
    31,
    "Are there more spheres than cylinders and cubes combined?",
    "gt(count(sel(sphere)), count(union(sel(cylinder), sel(cube))))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape=("cylinder", "cube")))),
)
C(
    "list",
    31,
    "What all colours are the cylinders having?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
X(31, "Which rendering software is used for making this image, and which version?")

# --- the Australian surfer, scene 41: small yellow metal cyl, small purple rubber cyl (front), large gray rubber sph, large yellow metal cyl (far left), small red metal cyl, small brown rubber sph (back), large blue metal sph, large cyan metal cyl (far right), large blue metal cube, small yellow rubber sph
C("count", 41, "How many cylinders are there, mate?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_count",
    41,
    "Reckon there's as many big things as little things?",
    "eq(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) == len(s.f(size="small"))),
)
C(
    "superlative",
    41,
    "What colour's the one way out on the right?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "compare_attr",
    41,
    "The two yellow cylinders — same stuff or not?",
    "same(f(sel(cylinder), color=yellow), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="yellow"), "material"),
)
C(
    "exist",
    41,
    "Are any of the balls shiny?",
    "exist(f(sel(sphere), material=metal))",
    lambda s: yes(bool(s.f(shape="sphere", material="metal"))),
)
X(41, "Is the surf gonna be any good tomorrow arvo?")

# --- the lawyer, scene 41
C(
    "negation",
    41,
    "Kindly state the number of objects that are neither yellow nor spherical.",
    "count(diff(fn(scene(), color=yellow), sel(sphere)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "yellow" and s.a(i, "shape") != "sphere"]),
)
C(
    "quantifier",
    41,
    "Is it the case that every sphere is made of rubber?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "superlative",
    41,
    "For the record: what is the shape of the object situated furthest to the rear?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "chain",
    41,
    "Please identify the material of the large sphere situated behind the blue cube.",
    "q(u(f(rel(u(f(sel(cube), color=blue)), behind), shape=sphere, size=large)), material)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="blue"), "behind", shape="sphere", size="large"), "material"),
)
C(
    "chain",
    41,
    "What is the colour of the sphere located to the left of the brown sphere?",
    "q(u(f(rel(u(f(sel(sphere), color=brown)), left), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="brown"), "left", shape="sphere"), "color"),
)

# --- the mother typing on her phone, scene 42: small yellow rubber sph, small gray rubber cyl (back), small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph (far left), large yellow metal sph (far right, front)
C("count", 42, "how many blue things are their", "count(f(scene(), color=blue))", lambda s: n(s.f(color="blue")))
C(
    "attribute",
    42,
    "is the big yellow ball metal or rubber",
    "choose(u(f(sel(sphere), size=large, color=yellow)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", size="large", color="yellow"), "material"),
)
C(
    "compare_count",
    42,
    "are there more cylinders then cubes",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)
C(
    "superlative",
    42,
    "whats the colour of the thing furthest back",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_attr",
    42,
    "the 2 gray things same shape?",
    "same(f(scene(), color=gray), shape)",
    lambda s: alike(s, s.f(color="gray"), "shape"),
)
C(
    "position",
    42,
    "is the little blue ball on the left side of the pic",
    "verify(u(f(sel(sphere), size=small, color=blue)), hposition, left)",
    lambda s: yes(picture_side(s, s.the(shape="sphere", size="small", color="blue")) == "left"),
)
C(
    "quantifier",
    42,
    "none of the balls are gray right",
    "not_(exist(f(sel(sphere), color=gray)))",
    lambda s: yes(not s.f(shape="sphere", color="gray")),
)

# --- the Irish publican, scene 43: large yellow metal cube, large cyan metal sph (far right), small blue metal cyl (front), small cyan metal sph, large blue metal cube, large green rubber cube (back), large gray rubber sph (far left), small cyan rubber sph
C("count", 43, "How many balls would there be in it, at all?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_attr",
    43,
    "Would the cyan ones all be made of the same thing?",
    "same(f(scene(), color=cyan), material)",
    lambda s: alike(s, s.f(color="cyan"), "material"),
)
C(
    "superlative",
    43,
    "What colour is the one furthest over to the left, now?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "spatial",
    43,
    "And is there a cylinder behind the big blue cube, so?",
    "exist(f(rel(u(f(sel(cube), size=large, color=blue)), behind), shape=cylinder))",
    lambda s: yes(
        bool(among(s, related(s, "behind", s.the(shape="cube", size="large", color="blue")), shape="cylinder"))
    ),
)
C(
    "negation",
    43,
    "How many things other than the cubes are made of metal?",
    "count(fn(f(scene(), material=metal), shape=cube))",
    lambda s: n(but(s, s.f(material="metal"), shape="cube")),
)
C(
    "compare_size",
    43,
    "Which is bigger now, the cylinder or the yellow cube?",
    "q(u(f(union(sel(cylinder), f(sel(cube), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder"), s.the(shape="cube", color="yellow")),
)
C(
    "number",
    43,
    "How many different colours would there be altogether?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# --- the Japanese exchange student, scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube (far right), large gray metal sph, large red metal sph (front), large cyan rubber sph (back), small yellow metal cyl (left, level with the cyan cylinder across the picture)
C(
    "count",
    45,
    "Excuse me, how many cubes are in this picture?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "quantifier",
    45,
    "Are all of the big objects spheres, please?",
    "not_(exist(fn(f(scene(), size=large), shape=sphere)))",
    lambda s: every(s, s.f(size="large"), shape="sphere"),
)
C(
    "superlative",
    45,
    "Please tell me the colour of the sphere in the very front.",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "same_attr",
    45,
    "How many other objects have the same colour as the small red cube?",
    "count(same_attr(u(f(sel(cube), size=small, color=red)), color))",
    lambda s: n(others(s, s.the(shape="cube", size="small", color="red"), "color")),
)
C(
    "verify",
    45,
    "Is the gray cylinder made of metal?",
    "verify(u(f(sel(cylinder), color=gray)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="gray"), "material") == "metal"),
)

# --- the Iowa farmer, scene 45
C("count", 45, "How many of 'em are metal?", "count(f(scene(), material=metal))", lambda s: n(s.f(material="metal")))
C(
    "compare_count",
    45,
    "Same number of cyan things as gray things?",
    "eq(count(f(scene(), color=cyan)), count(f(scene(), color=gray)))",
    lambda s: yes(len(s.f(color="cyan")) == len(s.f(color="gray"))),
)
C(
    "superlative",
    45,
    "What color's the thing way in the back there?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "chain",
    45,
    "What color's the cube behind the big gray ball?",
    "q(u(f(rel(u(f(sel(sphere), size=large, color=gray)), behind), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="large", color="gray"), "behind", shape="cube"), "color"),
)
C(
    "position",
    45,
    "That little cyan cube, is it over on the right side of the picture or the left?",
    "choose(u(f(sel(cube), size=small, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="small", color="cyan")),
)
C(
    "negation",
    45,
    "How many things ain't gray or red?",
    "count(diff(fn(scene(), color=gray), f(scene(), color=red)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") not in ("gray", "red")]),
)

# --- the Quebec hockey coach, scene 46: large gray metal cube, small cyan metal cyl, small red metal sph (back), large cyan rubber cyl, small green rubber sph (far left), small purple metal sph (far right), large red rubber cube (front), small purple rubber cube
C("count", 46, "So how many cubes we got, eh?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_count",
    46,
    "Metal and rubber, same number of each, eh?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "compare_attr",
    46,
    "The two cyan ones, same size?",
    "same(f(scene(), color=cyan), size)",
    lambda s: alike(s, s.f(color="cyan"), "size"),
)
C(
    "superlative",
    46,
    "Which one's the farthest back? What colour?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    46,
    "How many things are in front of the big gray cube?",
    "count(rel(u(f(sel(cube), size=large, color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="gray"))),
)
C(
    "attribute",
    46,
    "The purple thing that isn't metal, what shape is it?",
    "q(u(fn(f(scene(), color=purple), material=metal)), shape)",
    lambda s: s.a(only(but(s, s.f(color="purple"), material="metal")), "shape"),
)
X(46, "Who's gonna win the Cup this year, eh?")

# --- the physics professor, scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (far right), small blue rubber cyl (back), small purple metal cube, small yellow metal sph (far left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph (front)
C(
    "count",
    47,
    "How many of the objects are metallic?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_attr",
    47,
    "Are the two yellow spheres of identical size?",
    "same(f(sel(sphere), color=yellow), size)",
    lambda s: alike(s, s.f(shape="sphere", color="yellow"), "size"),
)
C(
    "count",
    47,
    "Of the purple cubes, how many are metallic?",
    "count(f(sel(cube), color=purple, material=metal))",
    lambda s: n(s.f(shape="cube", color="purple", material="metal")),
)
C(
    "quantifier",
    47,
    "Is it true that most of the cubes are made of rubber?",
    "gt(count(f(sel(cube), material=rubber)), count(fn(sel(cube), material=rubber)))",
    lambda s: most(s.f(shape="cube", material="rubber"), s.f(shape="cube")),
)
C(
    "superlative",
    47,
    "What is the material of the object nearest the camera?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C(
    "chain",
    47,
    "Take the cube to the right of the small metal cube; what colour is the cube behind it?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=small, material=metal)), right), shape=cube)), behind), shape=cube)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="small", material="metal"), "right", shape="cube"),
            "behind",
            shape="cube",
        ),
        "color",
    ),
)
X(47, "What is the coefficient of friction between these objects and the floor?")

# --- the six-year-old, scene 47
C("count", 47, "how many red ones", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C("exist", 47, "are there any balls", "exist(sel(sphere))", lambda s: yes(bool(s.f(shape="sphere"))))
C(
    "superlative",
    47,
    "whats the colour of the one at the end on the right",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "verify",
    47,
    "is the big purple box made of rubber",
    "verify(u(f(sel(cube), size=large, color=purple)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="purple"), "material") == "rubber"),
)
C("count", 47, "how many purple ones are there", "count(f(scene(), color=purple))", lambda s: n(s.f(color="purple")))
X(47, "does the big yellow ball have a name")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus (top right), small brown dog, road text 'NO PARKING'

# --- the Manchester traffic warden
P(
    "count",
    "street",
    "How many vehicles are on this street, love?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "text",
    "street",
    "What's painted on the road there?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "position",
    "street",
    "What's that down in the bottom left corner then?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), name)",
    lambda p: p.name(p.the(hposition="left", vposition="bottom")),
)
P(
    "attribute",
    "street",
    "And what colour's the car?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "spatial",
    "street",
    "Is the car on the left of the bus?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)

# --- the teenage skateboarder
P("count", "street", "how many ppl in this pic", "count(sel(person))", lambda p: n(people(p)))
P(
    "chain",
    "street",
    "wat colour is the tie on the guy in white",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "attribute",
    "street",
    "is the dog small or big",
    "choose(u(sel(dog)), size, [large, small])",
    lambda p: p.value(p.the("dog"), "size"),
)
P(
    "spatial",
    "street",
    "whos holdin the dog",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "spatial",
    "street",
    "theres smth behind the bus, wat is it",
    "q(u(rel(u(sel(bus)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("bus")))),
)
X("street", "is the guy in black the other guys boss lol")

# --- the volunteer describing pictures for a blind friend
P(
    "quantifier",
    "street",
    "Could you tell me whether both of the men are wearing ties?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "attribute",
    "street",
    "Would you be so kind as to tell me what colour the woman is wearing?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "spatial",
    "street",
    "Is the woman standing in front of the bus?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("front", p.the("bus")), "woman"))),
)
P(
    "count",
    "street",
    "How many red things are there in the picture altogether?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "chain",
    "street",
    "Could you tell me the colour of the tie worn by the man who stands to the right of the woman?",
    "q(u(rel(u(rel(u(sel(woman)), right, name=man)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, only(named(p, p.subjects("right", p.the("woman")), "man"))), "color"),
)
X("street", "Might you know what the two gentlemen are talking about?")

# --- the retired London bus driver
P(
    "attribute",
    "street",
    "Now that's a proper bus. What colour is it?",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P(
    "text",
    "street",
    "What's written on the side of the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "count",
    "street",
    "How many men are stood to the left of the bus?",
    "count(rel(u(sel(bus)), left, name=man))",
    lambda p: n(named(p, p.subjects("left", p.the("bus")), "man")),
)
P(
    "position",
    "street",
    "What's the red thing up in the top right?",
    "q(u(f(scene(), color=red, hposition=right, vposition=top)), name)",
    lambda p: p.name(p.the(color="red", hposition="right", vposition="top")),
)
P(
    "compare_count",
    "street",
    "Are there more men than women in this picture?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "text",
    "street",
    "And the sign says STOP, does it?",
    "verify(u(sel(sign)), text, STOP)",
    lambda p: yes(p.value(p.the("sign"), "text") == "STOP"),
)
X("street", "Which route does a bus like that run, d'you reckon?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- the head chef
P(
    "count",
    "kitchen",
    "How many cups on the table? Quick.",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P("text", "kitchen", "What's the bottle say?", "q(u(sel(bottle)), text)", lambda p: p.value(p.the("bottle"), "text"))
P(
    "spatial",
    "kitchen",
    "Fork's by the plate, yeah?",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("plate")), "fork"))),
)
P(
    "superlative",
    "kitchen",
    "Cup furthest right. Colour.",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "compare_attr",
    "kitchen",
    "Plate's the same colour as the cup on the right, yeah?",
    "same(u(sel(plate)), u(f(sel(cup), hposition=right)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("cup", hposition="right"), "color")),
)
P(
    "negation",
    "kitchen",
    "How many things on that table aren't cups?",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) != "cup"]),
)
X("kitchen", "What's she cooking for dinner tonight?")

# --- the seven-year-old boy
P(
    "text",
    "kitchen",
    "what time is it on the clock",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P("count", "kitchen", "how many cups can you see", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "exist",
    "kitchen",
    "is there a red cup",
    "exist(f(sel(cup), color=red))",
    lambda p: yes(bool(p.f("cup", color="red"))),
)
P(
    "attribute",
    "kitchen",
    "what colour is the lady wearing",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "spatial",
    "kitchen",
    "is the clock up above the table",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "attribute",
    "kitchen",
    "the cup in the middle what colour is it",
    "q(u(f(sel(cup), hposition=middle)), color)",
    lambda p: p.value(p.the("cup", hposition="middle"), "color"),
)
X("kitchen", "whats the ladys name")

# --- the insurance assessor
P(
    "attribute",
    "kitchen",
    "Please state the material of the table.",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "count",
    "kitchen",
    "How many items are resting on the table?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "spatial",
    "kitchen",
    "Is the bottle positioned to the left of the white cup?",
    "vrel(u(f(sel(cup), color=white)), left, name=bottle)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("cup", color="white")), "bottle"))),
)
P(
    "quantifier",
    "kitchen",
    "Are all of the cups on the table?",
    "not_(exist(diff(sel(cup), rel(u(sel(table)), on))))",
    lambda p: yes(all(c in p.subjects("on", p.the("table")) for c in p.f("cup"))),
)
P(
    "number",
    "kitchen",
    "How many distinct colours appear among the items on the table?",
    "nvalues(rel(u(sel(table)), on), color)",
    lambda p: str(len({p.value(o, "color") for o in p.subjects("on", p.the("table"))})),
)
X("kitchen", "What is the replacement value of the clock?")

# --- the retired Yorkshire schoolmaster
P(
    "chain",
    "kitchen",
    "What colour is the cup to the right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "negation",
    "kitchen",
    "How many of the cups are any colour but white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "compare_count",
    "kitchen",
    "Are there as many cups as there are plates?",
    "eq(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) == len(p.f("plate"))),
)
P(
    "superlative",
    "kitchen",
    "What colour is the thing that sits furthest left on the table?",
    "q(ord(rel(u(sel(table)), on), left, 1), color)",
    lambda p: p.value(side_of(p, p.subjects("on", p.the("table")), "left"), "color"),
)
P(
    "verify",
    "kitchen",
    "Is the plate white?",
    "verify(u(sel(plate)), color, white)",
    lambda p: yes(p.value(p.the("plate"), "color") == "white"),
)
P(
    "position",
    "kitchen",
    "What is it that hangs at the top of the picture?",
    "q(u(f(scene(), vposition=top)), name)",
    lambda p: p.name(p.the(vposition="top")),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees

# --- the chatty dog walker
P("count", "park", "Oh, how many dogs can you spot?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "What colour is the dog the lady in red has hold of?",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "verify",
    "park",
    "And the dog by the little girl — is that one white?",
    "verify(u(rel(u(sel(girl)), near, name=dog)), color, white)",
    lambda p: yes(p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color") == "white"),
)
P(
    "exist",
    "park",
    "Is either of the dogs brown?",
    "exist(f(sel(dog), color=brown))",
    lambda p: yes(bool(p.f("dog", color="brown"))),
)
P(
    "spatial",
    "park",
    "Who's that standing near the red bike?",
    "q(u(rel(u(f(sel(bicycle), color=red)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle", color="red")))),
)
X("park", "What breed is the black one, do you think?")

# --- the police constable
P("count", "park", "How many individuals are present in the park?", "count(sel(person))", lambda p: n(people(p)))
P(
    "attribute",
    "park",
    "State the colour of the clothing worn by the male child.",
    "q(u(sel(boy)), color)",
    lambda p: p.value(p.the("boy"), "color"),
)
P(
    "spatial",
    "park",
    "Is the female in red positioned to the left of the boy?",
    "exist(f(rel(u(sel(boy)), left, name=woman), color=red))",
    lambda p: yes(bool(coloured(p, named(p, p.subjects("left", p.the("boy")), "woman"), "red"))),
)
P(
    "chain",
    "park",
    "What object is the boy throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "superlative",
    "park",
    "Which person is positioned furthest to the left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "attribute",
    "park",
    "What is the colour of the bicycle?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)

# --- the ten-year-old girl
P("count", "park", "how many kids are in the park", "count(sel(child))", lambda p: n(children(p)))
P(
    "attribute",
    "park",
    "what colour is the frizbee",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "position",
    "park",
    "is the frisbee up high or down low in the picture",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "verify",
    "park",
    "is the girl wearing pink",
    "verify(u(sel(girl)), color, pink)",
    lambda p: yes(p.value(p.the("girl"), "color") == "pink"),
)
P(
    "spatial",
    "park",
    "is there a tree behind the girl",
    "vrel(u(sel(girl)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("girl")), "tree"))),
)
P(
    "compare_count",
    "park",
    "are there more grown ups than kids",
    "gt(count(union(sel(man), sel(woman))), count(sel(child)))",
    lambda p: yes(len(grown_ups(p)) > len(children(p))),
)
X("park", "what are the dogs names")

# --- the Russian-born chess coach
P("count", "park", "How many trees on this picture?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "attribute",
    "park",
    "Bench — from what material?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "compare_attr",
    "park",
    "Bench and tree behind girl — same colour?",
    "same(u(sel(bench)), u(rel(u(sel(girl)), behind, name=tree)), color)",
    lambda p: yes(
        p.value(p.the("bench"), "color")
        == p.value(only(named(p, p.subjects("behind", p.the("girl")), "tree")), "color")
    ),
)
P(
    "spatial",
    "park",
    "Who stands on right side from woman in white?",
    "q(u(rel(u(f(sel(woman), color=white)), right)), name)",
    lambda p: p.name(only(p.subjects("right", p.the("woman", color="white")))),
)
P(
    "compare_count",
    "park",
    "Number of dogs and number of children — equal?",
    "eq(count(sel(dog)), count(sel(child)))",
    lambda p: yes(len(p.f("dog")) == len(children(p))),
)
X("park", "Where is this park? Which city?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- the kindergarten teacher
P("count", "shapes", "Can you count all the circles for me?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "position",
    "shapes",
    "Which shape is in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "verify",
    "shapes",
    "Is the triangle green?",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P("count", "shapes", "And how many shapes are blue?", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P(
    "attribute",
    "shapes",
    "What colour is the little star?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
X("shapes", "Which shape do you think my class will want to colour in first?")

# --- the graphic designer
P(
    "number",
    "shapes",
    "How many distinct colours are used in this composition?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "list",
    "shapes",
    "List the colours of the small shapes.",
    "values(f(scene(), size=small), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="small")),
)
P(
    "position",
    "shapes",
    "What sits in the bottom right corner?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Is the yellow rectangle the same colour as the triangle? Just checking.",
    "same(u(f(sel(rectangle), color=yellow)), u(sel(triangle)), color)",
    lambda p: yes(p.value(only(coloured(p, rectangles(p), "yellow")), "color") == p.value(p.the("triangle"), "color")),
)
P(
    "position",
    "shapes",
    "In the top row, what's the shape in the middle?",
    "q(u(f(scene(), vposition=top, hposition=middle)), shape)",
    lambda p: p.value(p.the(vposition="top", hposition="middle"), "shape"),
)
P(
    "quantifier",
    "shapes",
    "Are most of the shapes blue?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.objects) - len(p.f(color="blue"))),
)

# --- the gamer typing carelessly
P("count", "shapes", "how many shapes r big", "count(f(scene(), size=large))", lambda p: n(p.f(size="large")))
P(
    "position",
    "shapes",
    "whats the shape right in the middle of the pic",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "exist",
    "shapes",
    "is there a purple shape anywhere",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the star or the triangle",
    "q(u(f(union(sel(star), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("star"), p.the("triangle")),
)
P(
    "count",
    "shapes",
    "how many shapes in the bottom row",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "compare_count",
    "shapes",
    "red shapes vs green shapes, r there more red",
    "gt(count(f(scene(), color=red)), count(f(scene(), color=green)))",
    lambda p: yes(len(p.f(color="red")) > len(p.f(color="green"))),
)

# --- the retired maths teacher
P(
    "count",
    "shapes",
    "How many quadrilaterals are there, counting the square?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "superlative",
    "shapes",
    "Which shape is second from the left in the upper row?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer triangles than circles?",
    "lt(count(sel(triangle)), count(sel(circle)))",
    lambda p: yes(len(p.f("triangle")) < len(p.f("circle"))),
)
P(
    "compare_size",
    "shapes",
    "Is the hexagon smaller than the yellow rectangle?",
    "larger(u(f(sel(rectangle), color=yellow)), u(sel(hexagon)))",
    lambda p: drawn_larger(p, only(coloured(p, rectangles(p), "yellow")), p.the("hexagon")),
)
P(
    "negation",
    "shapes",
    "Apart from the circles, how many shapes are blue?",
    "count(fn(f(scene(), color=blue), shape=circle))",
    lambda p: n([o for o in p.f(color="blue") if p.name(o) != "circle"]),
)
X("shapes", "Could you tell me what the artist intended by placing the small circle in the centre?")

# --- the Mexican grandmother
P(
    "count",
    "shapes",
    "How many figures of color blue there are?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "attribute",
    "shapes",
    "The circle big, of what color is?",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "two_clause",
    "shapes",
    "There is a star or a heart in the drawing?",
    "or_(exist(sel(star)), exist(sel(heart)))",
    lambda p: yes(bool(p.f("star")) or bool(p.f("heart"))),
)
P(
    "compare_attr",
    "shapes",
    "The square and the hexagon, they are of the same color?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "superlative",
    "shapes",
    "In the row of below, which figure is more to the left?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
X("shapes", "For what is this drawing? Is for the school of my grandson?")

# --- the five-year-old
P(
    "position",
    "shapes",
    "is the yellow one at the top or the bottom",
    "choose(u(f(scene(), color=yellow)), vposition, [top, bottom])",
    lambda p: p.value(p.the(color="yellow"), "vposition"),
)
P("count", "shapes", "how many stars", "count(sel(star))", lambda p: n(p.f("star")))
P(
    "verify",
    "shapes",
    "is the big circle red",
    "verify(u(f(sel(circle), size=large)), color, red)",
    lambda p: yes(p.value(p.the("circle", size="large"), "color") == "red"),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the red circle or the blue circle",
    "q(u(f(union(f(sel(circle), color=red), f(sel(circle), color=blue)), size=large)), color)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("circle", color="blue"), "color"),
)
P(
    "quantifier",
    "shapes",
    "are all the blue ones little",
    "not_(exist(fn(f(scene(), color=blue), size=small)))",
    lambda p: yes(all(p.value(o, "size") == "small" for o in p.f(color="blue"))),
)
X("shapes", "is the star happy")

# --- the quilter
P(
    "count",
    "shapes",
    "If I count the blue patches and the red ones put together, how many is that?",
    "count(union(f(scene(), color=blue), f(scene(), color=red)))",
    lambda p: n(p.f(color="blue") + p.f(color="red")),
)
P(
    "exist",
    "shapes",
    "Is there a green hexagon?",
    "exist(f(sel(hexagon), color=green))",
    lambda p: yes(bool(p.f("hexagon", color="green"))),
)
P(
    "position",
    "shapes",
    "What colour is the shape in the top right corner?",
    "q(u(f(scene(), hposition=right, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "color"),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share the square's colour?",
    "count(same_attr(u(sel(square)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("square") and p.value(o, "color") == p.value(p.the("square"), "color")]
    ),
)
P(
    "compare_attr",
    "shapes",
    "Is the star the same size as the square?",
    "same(u(sel(star)), u(sel(square)), size)",
    lambda p: yes(p.value(p.the("star"), "size") == p.value(p.the("square"), "size")),
)
P(
    "position",
    "shapes",
    "Which shape sits on its own in the middle row?",
    "q(u(f(scene(), vposition=middle)), shape)",
    lambda p: p.value(p.the(vposition="middle"), "shape"),
)

# --- the blunt Dutch architect
P(
    "negation",
    "shapes",
    "How many shapes have corners?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.name(o) != "circle"]),
)
P(
    "superlative",
    "shapes",
    "Which shape stands the most right in the lower row?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "The triangle and the circle top left, same size?",
    "same(u(sel(triangle)), u(f(sel(circle), hposition=left)), size)",
    lambda p: yes(p.value(p.the("triangle"), "size") == p.value(p.the("circle", hposition="left"), "size")),
)
P("count", "shapes", "How many shapes in total?", "count(scene())", lambda p: n(p.objects))
P(
    "exist",
    "shapes",
    "Is there something yellow in the upper half?",
    "exist(f(scene(), color=yellow, vposition=top))",
    lambda p: yes(bool(p.f(color="yellow", vposition="top"))),
)
P(
    "attribute",
    "shapes",
    "Which colour is the square?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
