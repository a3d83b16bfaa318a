# ruff: noqa: E501
"""Blind paraphrase set 18: a tired parent at bedtime, a sports referee, a journalist fact-checking a caption, a
surveyor or architect ("in plan", "elevation", "camera station", "footprint", "column"), a gamer ("gg", "ez", "no
cap", "lowkey", "rn"), a pirate-voice joker, a poet who inverts word order ("Of what hue the cube so large?"), a data
annotator's guideline language ("Annotate: number of instances of class 'cylinder'."), support tickets ("Issue: ...
Steps: ... Expected: ..."), a teacher's worksheet with numbered sub-parts ("Q2 (c) ..."), a terse telegraphic voice
("rubber cube? y/n"), a rambling voice with the question buried mid-paragraph, a scientist's hedged register ("would
it be accurate to state that ..."), learners of English whose first language is Hindi, Swahili, Indonesian,
Japanese or Portuguese (word-by-word calques, sometimes after the sentence in their own language), common wrong words
for shapes and materials ("oval" for sphere, "box" for cube, "pillar", "column" or "tube" for cylinder, "plastic"
for rubber, "made of silver" for metal: the gold uses the CLEVR value they plainly mean), and count comparisons with
"as many as", "at least as many" and "twice as many". Written without reading the parser; held back to be run once,
at the end.

Run ``python build_blind18.py`` to write ``../blind18.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind18.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis, or how nearly equal two distances may be, before a
# careful person could not call the order
TIE = 0.25
NEAR_RATIO = 1.2


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas (the list convention)."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th object of ids counted from ``side`` (left, right, front, behind); NotUnique when a neighbour in
    that order is so close (under a quarter of a unit) that a careful person could not tell them apart."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = along(s, order[k - 1], side)
    if any(abs(along(s, order[j], side) - here) < TIE for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def nearest(s: Clevr, ids: list[int], anchor: int, far: bool = False) -> int:
    """The object of ids nearest to (farthest from, with ``far``) the anchor; NotUnique when the runner-up is within
    a fifth of the distance."""
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=lambda i: dist[i], reverse=far)
    if len(order) > 1:
        low, high = sorted((dist[order[0]], dist[order[1]]))
        if high < NEAR_RATIO * low:
            raise NotUnique("about equally far")
    return order[0]


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects that are ``relation`` (left, right, front, behind) of the anchor; NotUnique when some object lies
    so nearly level with the anchor along that axis that a careful person could not say which side it is on."""
    here = along(s, anchor, relation)
    for j in s.all():
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return s.rel(relation, anchor)


def is_rel(s: Clevr, target: dict, relation: str, anchor: dict) -> str:
    """yes/no: the one object ``target`` describes is ``relation`` of the one ``anchor`` describes (NotUnique when
    either description is not unique or the two are too nearly level to call)."""
    t, a = s.the(**target), s.the(**anchor)
    if abs(along(s, t, relation) - along(s, a, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(t in s.rel(relation, a))


def rel_of(s: Clevr, target: dict, anchor: dict, options: tuple[str, str]) -> str:
    """Which of the two relations the target has to the anchor."""
    t, a = s.the(**target), s.the(**anchor)
    if abs(along(s, t, options[0]) - along(s, a, options[0])) < TIE:
        raise NotUnique("too close to call")
    return only([r for r in options if t in s.rel(r, a)])


def only(items: list):
    """The one item of items (NotUnique otherwise)."""
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def most_common(values: list[str]) -> str:
    """The value most of values have (NotUnique on a tie)."""
    tally = Counter(values).most_common()
    if len(tally) > 1 and tally[0][1] == tally[1][1]:
        raise NotUnique(f"tie {tally[:2]}")
    return tally[0][0]


def colours(s: Clevr, ids: list[int]) -> int:
    return len({s.a(i, "color") for i in ids})


def bigger(s: Clevr, a: int, b: int) -> str:
    """The shape of the larger of two objects (NotUnique when they are one size)."""
    sizes = (s.a(a, "size"), s.a(b, "size"))
    if sizes[0] == sizes[1]:
        raise NotUnique("one size")
    return s.a(a if sizes[0] == "large" else b, "shape")


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def box_area(p: Photo, oid: str) -> float:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x2 - x1) * (y2 - y1)


def big_box(p: Photo, ids: list[str]) -> str:
    """The object of ids with the largest box; NotUnique when the runner-up's is within a quarter of it."""
    order = sorted(ids, key=lambda i: box_area(p, i), reverse=True)
    if len(order) > 1 and box_area(p, order[0]) < 1.25 * box_area(p, order[1]):
        raise NotUnique("about one size")
    return order[0]


def side_of(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th object of ids from the left or the right (box centres)."""
    order = p.by_x(ids)
    if side == "right":
        order = order[::-1]
    return order[k - 1]


def wearers(p: Photo, thing: str) -> list[str]:
    return [o for o in p.objects if any(p.name(w) == thing for w in p.objects_of(o, "wearing"))]


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sphere, large blue metal sphere, large green rubber cylinder
C(
    "count",
    0,
    "Okay, one more and then it's lights out, I mean it. How many balls are in this picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    0,
    "Arr, be the yellow ball an' the blue ball made o' the same stuff, matey?",
    "same(u(f(sel(sphere), color=yellow)), u(f(sel(sphere), color=blue)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="yellow"), "material") == s.a(s.the(shape="sphere", color="blue"), "material")
    ),
)
X(0, "Why won't the little yellow ball go to sleep like a good ball?")

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sphere
C(
    "count",
    1,
    "Annotate: number of instances of class 'cylinder'.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    1,
    "The little oval, is it plastic or metal?",
    "choose(u(f(sel(sphere), size=small)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="sphere", size="small"), "material"),
)
C(
    "list",
    1,
    "Ticket #4471. Issue: I need the colours of all the boxes in the image. Expected result: a list of colours.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "verify",
    1,
    "Would it be accurate to state that the brown sphere is composed of metal?",
    "verify(u(f(sel(sphere), color=brown)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="brown"), "material") == "metal"),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "exist",
    2,
    "rubber cube? y/n",
    "exist(f(sel(cube), material=rubber))",
    lambda s: yes(bool(s.f(shape="cube", material="rubber"))),
)
C(
    "compare_attr",
    2,
    "Official review: the two cylinders, same size or not? Give me the ruling.",
    "same(sel(cylinder), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cylinder")}) == 1),
)
X(2, "Ref, who touched the green cube last before it went out of bounds?")

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "count",
    3,
    "ok how many red things we got, lowkey lost count lol",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "spatial",
    3,
    "small red ball left of big purple cyl? y/n",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=purple)), left), size=small, color=red, shape=sphere))",
    lambda s: is_rel(
        s,
        {"shape": "sphere", "size": "small", "color": "red"},
        "left",
        {"shape": "cylinder", "size": "large", "color": "purple"},
    ),
)
C(
    "negation",
    3,
    "Question 5. Look at the picture carefully. (a) How many of the cylinders are not red?",
    "count(fn(sel(cylinder), color=red))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "color") != "red"]),
)
C(
    "compare_count",
    3,
    "More numerous the purple things than the red, are they?",
    "gt(count(f(scene(), color=purple)), count(f(scene(), color=red)))",
    lambda s: yes(len(s.f(color="purple")) > len(s.f(color="red"))),
)

# scene 4: nine small things and one large blue metal sphere
C(
    "count",
    4,
    "How many yellow trinkets be scattered across this deck, matey?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "superlative",
    4,
    "Which object has the largest footprint in plan view? Its colour, please.",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)
C(
    "quantifier",
    4,
    "Would it be accurate to state that every cylinder present is made of rubber?",
    "not_(exist(fn(sel(cylinder), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(shape="cylinder"))),
)
C(
    "number",
    4,
    "Mipira ina rangi ngapi tofauti? The balls have colours how many different?",
    "nvalues(sel(sphere), color)",
    lambda s: str(colours(s, s.f(shape="sphere"))),
)
C(
    "chain",
    4,
    "The thing sitting closest to the little brown ball, what is it made of?",
    "q(closest(scene(), u(f(sel(sphere), size=small, color=brown))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", size="small", color="brown")), "material"),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "count",
    5,
    "Ada berapa kubus di gambar ini? There is how many cube in this picture?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "chain",
    5,
    "What shape is the thing closest to the little red box?",
    "q(closest(scene(), u(f(sel(cube), size=small, color=red))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", size="small", color="red")), "shape"),
)
C(
    "list",
    5,
    "Annotate: list all values of attribute 'material' found among instances of class 'sphere'.",
    "values(sel(sphere), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="sphere")),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "count",
    6,
    "balls. how many.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_count",
    6,
    "Are there twice as many balls as pillars in this one?",
    "eq(count(sel(sphere)), add(count(sel(cylinder)), count(sel(cylinder))))",
    lambda s: yes(len(s.f(shape="sphere")) == 2 * len(s.f(shape="cylinder"))),
)
C(
    "quantifier",
    6,
    "Both of the boxes are made of silver, true?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="cube"))),
)
C(
    "position",
    6,
    "Line call: what colour is the object second from the front?",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "color"),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "count",
    7,
    "Issue: need count of metal objects. Steps: open image 7, look at it. Expected: one number.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "negation",
    7,
    "How many of the pillars aren't made of plastic?",
    "count(fn(sel(cylinder), material=rubber))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "material") != "rubber"]),
)
C(
    "superlative",
    7,
    "Our draft says cylinders are the most common shape in this picture. Which shape actually turns up most often?",
    "common_value(scene(), shape)",
    lambda s: most_common([s.a(i, "shape") for i in s.all()]),
)
C(
    "list",
    7,
    "I've been staring at this one for ages, my eyes aren't what they used to be and the light in my office is dreadful, but could you tell me which colours the cubes come in, because I keep counting one of them twice, and then I'll stop bothering you and go make some tea.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
X(7, "Who rendered this image, and on what date was it first published?")

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "count",
    8,
    "Quantos cubos tem na imagem? How many cubes has in the image?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "verify",
    8,
    "Claim in the caption: 'the large sphere is grey.' True or false?",
    "verify(u(f(sel(sphere), size=large)), color, gray)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "gray"),
)
C(
    "two_clause",
    8,
    "is there a yellow pillar AND a yellow box, no cap?",
    "and_(exist(f(sel(cylinder), color=yellow)), exist(f(sel(cube), color=yellow)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="yellow")) and bool(s.f(shape="cube", color="yellow"))),
)
C(
    "spatial",
    8,
    "In plan, how many objects lie to the left of the purple sphere?",
    "count(rel(u(f(sel(sphere), color=purple)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="purple"))),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "attribute",
    9,
    "Of what hue the cube so large?",
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)
C(
    "exist",
    9,
    "Kya yahan koi green ball hai? Here any green ball is there?",
    "exist(f(sel(sphere), color=green))",
    lambda s: yes(bool(s.f(shape="sphere", color="green"))),
)
C(
    "position",
    9,
    "2nd from left. material?",
    "q(ord(scene(), left, 2), material)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "material"),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "chain",
    10,
    "The thing nearest the purple ball, what be it made of, matey?",
    "q(closest(scene(), u(f(sel(sphere), color=purple))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="purple")), "material"),
)
C(
    "quantifier",
    10,
    "Would it be fair to say that none of the cylinders is made of rubber?",
    "not_(exist(f(sel(cylinder), material=rubber)))",
    lambda s: yes(not s.f(shape="cylinder", material="rubber")),
)
X(10, "What is the elevation of the top of the green cylinder, in metres above datum?")

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "count",
    11,
    "Count me the brown things, ye scallywag, every last one.",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "negation",
    11,
    "Balls, the brown ones not, how many are?",
    "count(fn(sel(sphere), color=brown))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "brown"]),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "exist",
    12,
    "Check the field for me: is there a large cube anywhere?",
    "exist(f(sel(cube), size=large))",
    lambda s: yes(bool(s.f(shape="cube", size="large"))),
)
C(
    "superlative",
    12,
    "Which one's the biggest, honey? Tell me its colour and then we turn the light off.",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)
C(
    "two_clause",
    12,
    "A red box there is, and a blue ball as well?",
    "and_(exist(f(sel(cube), color=red)), exist(f(sel(sphere), color=blue)))",
    lambda s: yes(bool(s.f(shape="cube", color="red")) and bool(s.f(shape="sphere", color="blue"))),
)
X(12, "whats the dps on the red cube lol is it meta rn")

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "count",
    13,
    "赤いものはいくつありますか？ Red things, how many are there?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "verify",
    13,
    "The big red box is plastic, yeah?",
    "verify(u(f(sel(cube), size=large, color=red)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="red"), "material") == "rubber"),
)
C(
    "spatial",
    13,
    "Seen from the camera station, how many objects are positioned behind the large cyan cylinder?",
    "count(rel(u(f(sel(cylinder), size=large, color=cyan)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="large", color="cyan"))),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "compare_attr",
    14,
    "Which is bigger, the grey box or the cyan oval?",
    "compare(u(sel(cube)), u(f(sel(sphere), color=cyan)), bigger)",
    lambda s: bigger(s, s.the(shape="cube"), s.the(shape="sphere", color="cyan")),
)
X(14, "Where be the treasure buried, matey?")

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "exist",
    15,
    "Be there a red ball anywhere aboard?",
    "exist(f(sel(sphere), color=red))",
    lambda s: yes(bool(s.f(shape="sphere", color="red"))),
)
C(
    "attribute",
    15,
    "Mchemraba wa bluu umetengenezwa kwa nini? Cube of blue is made with what?",
    "q(u(f(sel(cube), color=blue)), material)",
    lambda s: s.a(s.the(shape="cube", color="blue"), "material"),
)
C(
    "position",
    15,
    "Reading the front elevation from left to right, what shape comes first?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "two_clause",
    16,
    "Is the yellow box big, and is the yellow pillar small?",
    "and_(verify(u(f(sel(cube), color=yellow)), size, large), verify(u(f(sel(cylinder), color=yellow)), size, small))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "size") == "large"
        and s.a(s.the(shape="cylinder", color="yellow"), "size") == "small"
    ),
)
C(
    "compare_count",
    16,
    "Player count check: more small objects than large objects on the field?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda s: yes(len(s.f(size="small")) > len(s.f(size="large"))),
)
X(16, "What sorrow does the purple sphere keep in its silence?")

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "verify",
    17,
    "yellow cube metal? y/n",
    "verify(u(f(sel(cube), color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="yellow"), "material") == "metal"),
)
C(
    "spatial",
    17,
    "Where's the yellow ball in relation to the red cube, left side or right side? Make the call.",
    "choose_rel(u(f(sel(cube), color=red)), [left, right], name=sphere)",
    lambda s: rel_of(s, {"shape": "sphere", "color": "yellow"}, {"shape": "cube", "color": "red"}, ("left", "right")),
)
C(
    "number",
    17,
    "Ada berapa macam bentuk? There is how many kind of shape?",
    "nvalues(scene(), shape)",
    lambda s: str(len({o["shape"] for o in s.objects})),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "count",
    18,
    "So my daughter has this homework where she has to describe a picture, and she's decided it's all about purple, which, fine, and she asked me how many purple things there are in it, and honestly I've been up since five so I'd love it if you could just tell me, and then we can both go to bed.",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "negation",
    18,
    "How many objects, if any, are neither purple nor made of rubber?",
    "count(fn(fn(scene(), color=purple), material=rubber))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "purple" and s.a(i, "material") != "rubber"]),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "count",
    19,
    "Worksheet 2, question 1: (a) How many cubes can you see?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    19,
    "What colour's the big box?",
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "exist",
    20,
    "Are there any plastic balls in this one?",
    "exist(f(sel(sphere), material=rubber))",
    lambda s: yes(bool(s.f(shape="sphere", material="rubber"))),
)
C(
    "number",
    20,
    "Issue: need the metal count minus the rubber count. Steps: count both. Expected: one integer.",
    "sub(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: str(len(s.f(material="metal")) - len(s.f(material="rubber"))),
)
C(
    "spatial",
    20,
    "In front of the cyan sphere, how many things stand?",
    "count(rel(u(f(sel(sphere), color=cyan)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="cyan"))),
)
X(20, "Annotate: focal length of the camera lens, in millimetres.")

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "attribute",
    21,
    "Of what is made the ball of grey?",
    "q(u(f(sel(sphere), color=gray)), material)",
    lambda s: s.a(s.the(shape="sphere", color="gray"), "material"),
)
C(
    "compare_count",
    21,
    "Kya cylinders balls se zyada hain? Cylinders are more than balls, is it?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "chain",
    21,
    "Which element stands closest to the large purple column? Give its colour.",
    "q(closest(scene(), u(f(sel(cylinder), size=large, color=purple))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", size="large", color="purple")), "color"),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "verify",
    22,
    "The yellow box is made of silver, isn't it?",
    "verify(u(f(sel(cube), color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="yellow"), "material") == "metal"),
)
C(
    "number",
    22,
    "Q2 (c) Add the number of yellow objects to the number of cyan objects. What do you get?",
    "add(count(f(scene(), color=yellow)), count(f(scene(), color=cyan)))",
    lambda s: str(len(s.f(color="yellow")) + len(s.f(color="cyan"))),
)

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "quantifier",
    23,
    "Would it be accurate to say that all of the small objects here are metallic?",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(size="small"))),
)
C(
    "spatial",
    23,
    "Is the big yellow cylinder behind the brown ball? Referee's decision, please.",
    "exist(f(rel(u(f(sel(sphere), color=brown)), behind), size=large, color=yellow, shape=cylinder))",
    lambda s: is_rel(
        s, {"shape": "cylinder", "size": "large", "color": "yellow"}, "behind", {"shape": "sphere", "color": "brown"}
    ),
)

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "count",
    24,
    "Ref's count: how many cubes are on the pitch?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_count",
    24,
    "Are there twice as many cubes as balls?",
    "eq(count(sel(cube)), add(count(sel(sphere)), count(sel(sphere))))",
    lambda s: yes(len(s.f(shape="cube")) == 2 * len(s.f(shape="sphere"))),
)
C(
    "list",
    24,
    "Quais são as cores dos cubos grandes? Which are the colours of the cubes big?",
    "values(f(sel(cube), size=large), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube", size="large")),
)
C(
    "negation",
    24,
    "Exercise 6. (a) How many cubes are not grey? (b) Write the number in the box.",
    "count(fn(sel(cube), color=gray))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") != "gray"]),
)
X(24, "Issue: the image loads slowly on my phone. Steps: open the app, wait. Expected: faster loading. Please fix.")

C(
    "position",
    24,
    "Kitu cha tatu kutoka kushoto ni cha rangi gani? Thing of third from the left is of which colour?",
    "q(ord(scene(), left, 3), color)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "color"),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "attribute",
    25,
    "Kubus merah terbuat dari apa? Cube red made from what?",
    "q(u(f(sel(cube), color=red)), material)",
    lambda s: s.a(s.the(shape="cube", color="red"), "material"),
)
C(
    "exist",
    25,
    "any small balls in here or nah",
    "exist(f(sel(sphere), size=small))",
    lambda s: yes(bool(s.f(shape="sphere", size="small"))),
)
C(
    "quantifier",
    25,
    "Be every ball in this picture a big one, matey?",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="sphere"))),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "count",
    26,
    "Is picture mein kitni green cheezein hain? In this picture how many green things are there?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "quantifier",
    26,
    "everything in here is metal right? gg if so",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: yes(all(o["material"] == "metal" for o in s.objects)),
)
C(
    "chain",
    26,
    "nearest thing to brown cylinder: shape?",
    "q(closest(scene(), u(f(sel(cylinder), color=brown))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", color="brown")), "shape"),
)
C(
    "list",
    26,
    "Schedule of finishes: which materials are the cubes made of?",
    "values(sel(cube), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="cube")),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "verify",
    27,
    "Be the big red box made o' plastic, matey?",
    "verify(u(f(sel(cube), size=large, color=red)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="red"), "material") == "rubber"),
)
C(
    "compare_attr",
    27,
    "Of one size, the boxes two?",
    "same(sel(cube), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cube")}) == 1),
)
C(
    "spatial",
    27,
    "Is the small red cylinder in front of the purple cube? Quick one before bed.",
    "exist(f(rel(u(f(sel(cube), color=purple)), front), size=small, color=red, shape=cylinder))",
    lambda s: is_rel(
        s, {"shape": "cylinder", "size": "small", "color": "red"}, "front", {"shape": "cube", "color": "purple"}
    ),
)

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "count",
    28,
    "How many of those tube things are there, bud? Quick count, then it's teeth.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "two_clause",
    28,
    "brown ball or blue cylinder, either one there?",
    "or_(exist(f(sel(sphere), color=brown)), exist(f(sel(cylinder), color=blue)))",
    lambda s: yes(bool(s.f(shape="sphere", color="brown")) or bool(s.f(shape="cylinder", color="blue"))),
)
C(
    "superlative",
    28,
    "The caption says the rightmost cylinder is red. What colour is the rightmost cylinder, actually?",
    "q(ord(sel(cylinder), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "right"), "color"),
)
X(28, "4(c) Explain, in your own words, why the red cylinder was placed where it is.")

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "attribute",
    29,
    "What colour's the little ball, sweetie? Say it and then eyes closed.",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "compare_attr",
    29,
    "Would it be correct to state that the cyan sphere and the cyan cylinder share a material?",
    "same(u(f(sel(sphere), color=cyan)), u(f(sel(cylinder), color=cyan)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="cyan"), "material") == s.a(s.the(shape="cylinder", color="cyan"), "material")
    ),
)
C(
    "spatial",
    29,
    "brown ball in front of red cyl? y/n",
    "exist(f(rel(u(f(sel(cylinder), color=red)), front), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "front", {"shape": "cylinder", "color": "red"}),
)

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "count",
    30,
    "How many ovals are there?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "position",
    30,
    "Of the three objects, reading the elevation left to right, which colour is in the middle?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)
C(
    "verify",
    30,
    "The blue cylinder as for, rubber is it?",
    "verify(u(f(sel(cylinder), color=blue)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="blue"), "material") == "rubber"),
)
X(30, "green ball weight. kg.")

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "count",
    31,
    "Picture 31. (a) How many spheres are there? (b) Write your answer in the box.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "number",
    31,
    "How many the colours that the spheres do wear?",
    "nvalues(sel(sphere), color)",
    lambda s: str(colours(s, s.f(shape="sphere"))),
)
C(
    "exist",
    31,
    "Tem algum cubo roxo? Has some purple cube?",
    "exist(f(sel(cube), color=purple))",
    lambda s: yes(bool(s.f(shape="cube", color="purple"))),
)
C(
    "superlative",
    31,
    "For the match report: the object nearest the camera, what colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "negation",
    31,
    "Kuna mipira mingapi isiyo ya bluu? There are balls how many not of blue?",
    "count(fn(sel(sphere), color=blue))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "blue"]),
)

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "count",
    32,
    "We reported three grey objects in this image. How many grey objects are there really?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "attribute",
    33,
    "That big green box, is it silver or plastic?",
    "choose(u(f(sel(cube), size=large, color=green)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", size="large", color="green"), "material"),
)
C(
    "negation",
    33,
    "Annotate: count of instances whose attribute 'material' is not 'metal'.",
    "count(fn(scene(), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal"]),
)
C(
    "chain",
    33,
    "Which object might one identify as nearest to the small cyan cube? Its shape, if you would.",
    "q(closest(scene(), u(f(sel(cube), size=small, color=cyan))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", size="small", color="cyan")), "shape"),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "count",
    35,
    "how many cubes, quick, gg",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "superlative",
    35,
    "Which object sits farthest from the camera station? Give its colour.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(
    35,
    "My cat has been sitting on my keyboard all morning, which is why this is late, sorry, and I was wondering, since she keeps pawing at the screen, which of these objects would she like best to play with?",
)

C(
    "attribute",
    35,
    "Small purple ball: what's it made of? I need an official ruling.",
    "q(u(f(sel(sphere), size=small, color=purple)), material)",
    lambda s: s.a(s.the(shape="sphere", size="small", color="purple"), "material"),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "compare_count",
    36,
    "Would it be accurate to say the spheres are at least as numerous as all the other objects combined?",
    "not_(lt(count(sel(sphere)), count(fn(scene(), shape=sphere))))",
    lambda s: yes(len(s.f(shape="sphere")) >= len([i for i in s.all() if s.a(i, "shape") != "sphere"])),
)
C(
    "spatial",
    36,
    "In plan, does the yellow cube sit to the right of the brown cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), right), color=yellow, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "right", {"shape": "cylinder", "color": "brown"}),
)
C(
    "two_clause",
    36,
    "Ada kubus kuning dan silinder coklat? There is cube yellow and cylinder brown?",
    "and_(exist(f(sel(cube), color=yellow)), exist(f(sel(cylinder), color=brown)))",
    lambda s: yes(bool(s.f(shape="cube", color="yellow")) and bool(s.f(shape="cylinder", color="brown"))),
)

C(
    "attribute",
    36,
    "O cilindro marrom é de que material? The cylinder brown is of what material?",
    "q(u(f(sel(cylinder), color=brown)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="brown"), "material"),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "count",
    37,
    "Quantas coisas de borracha tem? How many things of rubber has?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "position",
    37,
    "Second from the right, what colour's that one? Need it for the scoresheet.",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "attribute",
    38,
    "Laal gola kis cheez se bana hai? Red ball is made from which thing?",
    "q(u(f(sel(sphere), color=red)), material)",
    lambda s: s.a(s.the(shape="sphere", color="red"), "material"),
)
C(
    "number",
    38,
    "spheres + cylinders total? ez",
    "add(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="sphere")) + len(s.f(shape="cylinder"))),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "verify",
    39,
    "Confirm for the record: the brown cylinder is small?",
    "verify(u(f(sel(cylinder), color=brown)), size, small)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="brown"), "size") == "small"),
)
C(
    "spatial",
    39,
    "gray cube left of brown cyl? y/n",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), left), color=gray, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "gray"}, "left", {"shape": "cylinder", "color": "brown"}),
)
X(39, "Would it be reasonable to infer the ambient temperature at which this scene was captured?")

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "compare_attr",
    40,
    "O cubo cinza é maior que o ciano? The cube gray is bigger than the cyan?",
    "larger(u(f(sel(cube), color=gray)), u(f(sel(cube), color=cyan)))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="gray"), "size") == "large"
        and s.a(s.the(shape="cube", color="cyan"), "size") == "small"
    ),
)
C(
    "exist",
    40,
    "A sphere, is there one here at all?",
    "exist(sel(sphere))",
    lambda s: yes(bool(s.f(shape="sphere"))),
)

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "list",
    41,
    "Balls as for, their colours, what are they? Please list.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "quantifier",
    41,
    "Is it the case that there are at least two metal spheres?",
    "gt(count(f(sel(sphere), material=metal)), num(1))",
    lambda s: yes(len(s.f(shape="sphere", material="metal")) >= 2),
)
C(
    "compare_count",
    41,
    "more blue stuff than yellow stuff? lowkey looks like it",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=yellow)))",
    lambda s: yes(len(s.f(color="blue")) > len(s.f(color="yellow"))),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "count",
    42,
    "How many blue 'uns be aboard this vessel?",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "compare_count",
    42,
    "Twice as many blue things as yellow things — true?",
    "eq(count(f(scene(), color=blue)), add(count(f(scene(), color=yellow)), count(f(scene(), color=yellow))))",
    lambda s: yes(len(s.f(color="blue")) == 2 * len(s.f(color="yellow"))),
)
C(
    "superlative",
    42,
    "Rangi gani inaonekana mara nyingi zaidi? Colour which is seen times many more?",
    "common_value(scene(), color)",
    lambda s: most_common([s.a(i, "color") for i in s.all()]),
)
C(
    "spatial",
    42,
    "Is the large yellow ball positioned behind the large blue cylinder, would you say?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=blue)), behind), size=large, color=yellow, shape=sphere))",
    lambda s: is_rel(
        s,
        {"shape": "sphere", "size": "large", "color": "yellow"},
        "behind",
        {"shape": "cylinder", "size": "large", "color": "blue"},
    ),
)

C(
    "attribute",
    42,
    "what's the big yellow ball made of, lowkey curious",
    "q(u(f(sel(sphere), size=large, color=yellow)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large", color="yellow"), "material"),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "list",
    43,
    "Warna bola-bola apa saja? Colour of the balls, what all?",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "position",
    43,
    "Of the cubes, the one furthest to the right: what's it made of?",
    "q(ord(sel(cube), right, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "material"),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "attribute",
    44,
    "What's the big oval made of?",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "negation",
    44,
    "Kitne cube metal ke nahi hain? How many cube are not of metal?",
    "count(fn(sel(cube), material=metal))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "material") != "metal"]),
)
X(44, "Yeh blue cube kitne rupaye ka hai? This blue cube is of how many rupees?")

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "chain",
    45,
    "Nearest the small red cube, what shape doth lie?",
    "q(closest(scene(), u(f(sel(cube), color=red))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="red")), "shape"),
)
C(
    "two_clause",
    45,
    "Is it the case both that a red cube is present and that a red cylinder is present?",
    "and_(exist(f(sel(cube), color=red)), exist(f(sel(cylinder), color=red)))",
    lambda s: yes(bool(s.f(shape="cube", color="red")) and bool(s.f(shape="cylinder", color="red"))),
)
C(
    "number",
    45,
    "Add 'em up for the scoreboard: large objects plus cylinders.",
    "add(count(f(scene(), size=large)), count(sel(cylinder)))",
    lambda s: str(len(s.f(size="large")) + len(s.f(shape="cylinder"))),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "count",
    46,
    "How many purple ones, lovey? Then we close the book, promise.",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "quantifier",
    46,
    "The piece claims every sphere in the image is small. Accurate?",
    "not_(exist(fn(sel(sphere), size=small)))",
    lambda s: yes(all(s.a(i, "size") == "small" for i in s.f(shape="sphere"))),
)
C(
    "spatial",
    46,
    "how many things r behind the big grey cube, need it for a speedrun route lol",
    "count(rel(u(f(sel(cube), size=large, color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="large", color="gray"))),
)

C(
    "attribute",
    46,
    "The caption calls the big cylinder 'blue'. What colour is the big cylinder really?",
    "q(u(f(sel(cylinder), size=large)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "color"),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "count",
    47,
    "Kuna michemraba mingapi? There are cubes how many?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "count",
    48,
    "How many spheres would you say are present, if you had to commit to a number?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "verify",
    48,
    "The yellow ball, that's plastic, right?",
    "verify(u(f(sel(sphere), color=yellow)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", color="yellow"), "material") == "rubber"),
)
C(
    "number",
    48,
    "Q7 (a) How many different shapes are in the picture?",
    "nvalues(scene(), shape)",
    lambda s: str(len({o["shape"] for o in s.objects})),
)
C(
    "quantifier",
    48,
    "Issue: need to verify there is exactly one rubber object. Expected: yes or no.",
    "eq(count(f(scene(), material=rubber)), num(1))",
    lambda s: yes(len(s.f(material="rubber")) == 1),
)
X(48, "Mpira huu wa njano una umri gani? This ball of yellow has age how much?")

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "count",
    49,
    "Count the balls with me, sleepyhead. How many are there?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "superlative",
    49,
    "The largest of them all, of what colour is it?",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)
C(
    "compare_count",
    49,
    "Apakah silinder dua kali lebih banyak dari kubus? Is the cylinder two times more many than the cube?",
    "eq(count(sel(cylinder)), add(count(sel(cube)), count(sel(cube))))",
    lambda s: yes(len(s.f(shape="cylinder")) == 2 * len(s.f(shape="cube"))),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "quantifier",
    50,
    "is literally everything plastic in this one lol",
    "not_(exist(fn(scene(), material=rubber)))",
    lambda s: yes(all(o["material"] == "rubber" for o in s.objects)),
)
C(
    "list",
    50,
    "Issue: need the list of shapes among the green objects. Expected: comma-separated list.",
    "values(f(scene(), color=green), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="green")),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "attribute",
    51,
    "The small oval, what colour is it?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
X(51, "Siapa yang membuat bola abu-abu ini? Who is the one who made this grey ball?")

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "position",
    52,
    "Left-most cube as for, colour is what?",
    "q(ord(sel(cube), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left"), "color"),
)
C(
    "verify",
    52,
    "Small, the grey cylinder, is it?",
    "verify(u(f(sel(cylinder), color=gray)), size, small)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="gray"), "size") == "small"),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "count",
    53,
    "How many cube-shaped elements appear on the plan?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    53,
    "Kya yellow cube aur yellow ball ek hi size ke hain? Yellow cube and yellow ball are of same size only?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(sphere), color=yellow)), size)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "size") == s.a(s.the(shape="sphere", color="yellow"), "size")
    ),
)
C(
    "spatial",
    53,
    "green ball right of purple cube? y/n",
    "exist(f(rel(u(f(sel(cube), color=purple)), right), color=green, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "green"}, "right", {"shape": "cube", "color": "purple"}),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C(
    "number",
    54,
    "How many more boxes than pillars be there, matey?",
    "sub(count(sel(cube)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="cube")) - len(s.f(shape="cylinder"))),
)
X(54, "このキューブはどこで買えますか？ This cube, where can I buy?")

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "count",
    55,
    "Anyway, long story short, we had a bet going at lunch about this picture, Dave said there were loads of balls and I said no way, so, settle it for us: how many spheres are there, because whoever loses is buying coffee for the rest of the week.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "attribute",
    56,
    "The one pillar in there: silver or plastic?",
    "choose(u(sel(cylinder)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "chain",
    56,
    "Of the cubes, which one is closest to the yellow ball? Colour only, please, for the log.",
    "q(closest(sel(cube), u(f(sel(sphere), color=yellow))), color)",
    lambda s: s.a(nearest(s, s.f(shape="cube"), s.the(shape="sphere", color="yellow")), "color"),
)

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "compare_count",
    57,
    "As many the balls as the boxes, are they?",
    "eq(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cube"))),
)
C(
    "verify",
    57,
    "Silinda ya kahawia ni kubwa? Cylinder of brown is big?",
    "verify(u(f(sel(cylinder), color=brown)), size, large)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="brown"), "size") == "large"),
)
X(57, "Qual bola é a mais feliz? Which ball is the most happy?")

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "compare_attr",
    58,
    "is the purple box bigger than the ball? gotta be",
    "larger(u(f(sel(cube), color=purple)), u(sel(sphere)))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="purple"), "size") == "large" and s.a(s.the(shape="sphere"), "size") == "small"
    ),
)

C(
    "attribute",
    58,
    "Issue: need the material of the ball. Steps: zoom in on the ball. Expected: one word.",
    "q(u(sel(sphere)), material)",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "count",
    59,
    "Our caption says five cylinders. How many cylinders are actually in the picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "position",
    59,
    "Q9 (a) Which colour is the object second from the left?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)
X(59, "Which plastic pillar would melt first if it were left out in the sun?")

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street
P(
    "count",
    "street",
    "Head count on the field: how many people are out there?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "attribute",
    "street",
    "For the caption: what colour is the bus, exactly?",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P(
    "text",
    "street",
    "What be writ upon the side o' that great bus, matey?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "text",
    "street",
    "Annotate: OCR transcription for the single instance of class 'sign'.",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "text",
    "street",
    "writing at bottom of pic? read out",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "text",
    "street",
    "Does the sign say STOP? Need to confirm before we go to print.",
    "verify(u(sel(sign)), text, STOP)",
    lambda p: yes(p.value(p.the("sign"), "text") == "STOP"),
)
P(
    "chain",
    "street",
    "what colour tie is the guy on the right rocking lol",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("man", hposition="right"), "wearing")), "color"),
)
P(
    "chain",
    "street",
    "Who be holdin' the wee dog, then?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "spatial",
    "street",
    "In plan, is the car positioned to the left of the bus or to the right of it?",
    "choose_rel(u(sel(bus)), [left, right], name=car)",
    lambda p: only([r for r in ("left", "right") if p.has(p.the("car"), r, p.the("bus"))]),
)
P(
    "verify",
    "street",
    "Green, the lady's garment, is it so?",
    "verify(u(sel(woman)), color, green)",
    lambda p: yes(p.value(p.the("woman"), "color") == "green"),
)
P(
    "quantifier",
    "street",
    "Would it be accurate to say that every man in the scene is wearing a tie?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "negation",
    "street",
    "Issue: need the number of people on the street NOT wearing a tie. Expected: integer.",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([i for i in people(p) if i not in wearers(p, "tie")]),
)
P(
    "exist",
    "street",
    "Is there a doggy in this one, bub? Then it's sleep time.",
    "exist(sel(dog))",
    lambda p: yes(bool(p.f("dog"))),
)
P(
    "compare_count",
    "street",
    "Are there twice as many men as women on the street?",
    "eq(count(sel(man)), add(count(sel(woman)), count(sel(woman))))",
    lambda p: yes(len(p.f("man")) == 2 * len(p.f("woman"))),
)
P(
    "superlative",
    "street",
    "Which object takes up the most area in the frame?",
    "q(ord(scene(), largest, 1), name)",
    lambda p: p.name(big_box(p, list(p.objects))),
)
P(
    "position",
    "street",
    "車はどちら側ですか？ The car, which side is it, left or right of the picture?",
    "choose(u(sel(car)), hposition, [left, right])",
    lambda p: p.value(p.the("car"), "hposition"),
)
P(
    "list",
    "street",
    "For the record, list the colours the people on the street are wearing.",
    "values(sel(person), color)",
    lambda p: listed(p.value(o, "color") for o in people(p)),
)
P(
    "two_clause",
    "street",
    "Tem um ônibus vermelho e um carro preto? Has a red bus and a black car?",
    "and_(exist(f(sel(bus), color=red)), exist(f(sel(car), color=black)))",
    lambda p: yes(bool(p.f("bus", color="red")) and bool(p.f("car", color="black"))),
)
P(
    "compare_attr",
    "street",
    "stop sign n bus same colour? ez",
    "same(u(sel(sign)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("sign"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "number",
    "street",
    "Total on the field: people plus dogs?",
    "add(count(sel(person)), count(sel(dog)))",
    lambda p: str(len(people(p)) + len(p.f("dog"))),
)
X("street", "Did the driver of the white car run the stop sign?")
X("street", "What is the name of the man on the left? We need it for the caption.")

# kitchen
P(
    "count",
    "kitchen",
    "How many cups be sittin' on yon table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) == "cup"]),
)
P(
    "text",
    "kitchen",
    "Okay, what does the clock say, sweetie? Read me the numbers and then bed.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "text",
    "kitchen",
    "What word is printed on the bottle? We need it exactly for the caption.",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "text",
    "kitchen",
    "The caption says the bottle is labelled 'LECHE'. Is that what the label says?",
    "verify(u(sel(bottle)), text, LECHE)",
    lambda p: yes(p.value(p.the("bottle"), "text") == "LECHE"),
)
P(
    "attribute",
    "kitchen",
    "Annotate: attribute 'material' for the instance of class 'fork'.",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "spatial",
    "kitchen",
    "clock above table? y/n",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(p.has(p.the("clock"), "above", p.the("table"))),
)
P(
    "chain",
    "kitchen",
    "In elevation, which element sits immediately to the left of the bottle?",
    "q(u(rel(u(sel(bottle)), left)), name)",
    lambda p: p.name(only(p.subjects("left", p.the("bottle")))),
)
P(
    "list",
    "kitchen",
    "Activity 4. (a) Make a list of everything that is on the table.",
    "values(rel(u(sel(table)), on), name)",
    lambda p: listed(p.name(o) for o in p.subjects("on", p.the("table"))),
)
P(
    "negation",
    "kitchen",
    "Kitne cup laal nahi hain? How many cup are not red?",
    "count(fn(sel(cup), color=red))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "red"]),
)
P(
    "quantifier",
    "kitchen",
    "Would it be accurate to state that all of the cups rest on the table?",
    "eq(count(rel(u(sel(table)), on, name=cup)), count(sel(cup)))",
    lambda p: yes(all(p.has(c, "on", p.the("table")) for c in p.f("cup"))),
)
P(
    "verify",
    "kitchen",
    "lady's dressed in red right? no cap",
    "verify(u(sel(woman)), color, red)",
    lambda p: yes(p.value(p.the("woman"), "color") == "red"),
)
P(
    "position",
    "kitchen",
    "Mwanamke yuko upande gani, kushoto au kulia? Woman is on side which, left or right?",
    "choose(u(sel(woman)), hposition, [left, right])",
    lambda p: p.value(p.the("woman"), "hposition"),
)
P(
    "compare_count",
    "kitchen",
    "fewer cups than plates? y/n",
    "lt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) < len(p.f("plate"))),
)
P(
    "number",
    "kitchen",
    "Cangkir-cangkir punya berapa warna berbeda? The cups have how many colour different?",
    "nvalues(sel(cup), color)",
    lambda p: str(len({p.value(o, "color") for o in p.f("cup")})),
)
P(
    "compare_attr",
    "kitchen",
    "Ruling, please: is the bottle the same colour as the table?",
    "same(u(sel(bottle)), u(sel(table)), color)",
    lambda p: yes(p.value(p.the("bottle"), "color") == p.value(p.the("table"), "color")),
)
P(
    "superlative",
    "kitchen",
    "Of all things here, the largest, what is it?",
    "q(ord(scene(), largest, 1), name)",
    lambda p: p.name(big_box(p, list(p.objects))),
)
P(
    "exist",
    "kitchen",
    "Is there a knife anywhere in this kitchen? Little hands, you know.",
    "exist(sel(knife))",
    lambda p: yes(bool(p.f("knife"))),
)
P(
    "two_clause",
    "kitchen",
    "A spoon or a fork, lies either there?",
    "or_(exist(sel(spoon)), exist(sel(fork)))",
    lambda p: yes(bool(p.f("spoon")) or bool(p.f("fork"))),
)
X("kitchen", "Is the soup on the plate still warm, do you think?")
X("kitchen", "Issue: the woman's name is missing from the caption. Steps: none. Expected: please provide her name.")

# park
P(
    "count",
    "park",
    "Quantas crianças tem no parque? How many childrens has in the park?",
    "count(union(sel(boy), sel(girl)))",
    lambda p: n(p.f(("boy", "girl"))),
)
P(
    "chain",
    "park",
    "That which the boy doth throw, of what colour is it?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "spatial",
    "park",
    "Annotate: class of the instance that is 'near' the instance of class 'bicycle'.",
    "q(u(rel(u(sel(bicycle)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle")))),
)
P(
    "verify",
    "park",
    "Would it be accurate to say that the bench is constructed of metal?",
    "verify(u(sel(bench)), material, metal)",
    lambda p: yes(p.value(p.the("bench"), "material") == "metal"),
)
P(
    "position",
    "park",
    "Player furthest to the left: what colour kit?",
    "q(ord(sel(person), left, 1), color)",
    lambda p: p.value(side_of(p, people(p), "left"), "color"),
)
P(
    "superlative",
    "park",
    "who's furthest right, like the very last one on the right side",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "compare_count",
    "park",
    "Kuna mbwa wengi kama miti? There are dogs as many like trees?",
    "eq(count(sel(dog)), count(sel(tree)))",
    lambda p: yes(len(p.f("dog")) == len(p.f("tree"))),
)
P(
    "list",
    "park",
    "公園にいる人は誰ですか？ In the park, the people are who? Please list the kinds.",
    "values(sel(person), name)",
    lambda p: listed(p.name(o) for o in people(p)),
)
P(
    "negation",
    "park",
    "Issue: need the number of people in the park who are not women. Expected: integer.",
    "count(diff(sel(person), sel(woman)))",
    lambda p: n([o for o in people(p) if p.name(o) != "woman"]),
)
P(
    "quantifier",
    "park",
    "Be both o' the hounds black?",
    "not_(exist(fn(sel(dog), color=black)))",
    lambda p: yes(all(p.value(o, "color") == "black" for o in p.f("dog"))),
)
P(
    "two_clause",
    "park",
    "Q6 (a) Is there a red bicycle and a green bench in the park?",
    "and_(exist(f(sel(bicycle), color=red)), exist(f(sel(bench), color=green)))",
    lambda p: yes(bool(p.f("bicycle", color="red")) and bool(p.f("bench", color="green"))),
)
P(
    "exist",
    "park",
    "cat? y/n",
    "exist(sel(cat))",
    lambda p: yes(bool(p.f("cat"))),
)
P(
    "attribute",
    "park",
    "What colour is the little girl wearing, bug? Then lights out.",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P(
    "compare_attr",
    "park",
    "I was at a park a lot like this one last weekend, lovely day, and there was a woman in white with a little dog that matched her outfit, which made me laugh, and so here, is the dog by the girl the same colour as the woman in the middle, or am I imagining it? Anyway, it made me think of that day.",
    "same(u(rel(u(sel(girl)), near, name=dog)), u(f(sel(woman), hposition=middle)), color)",
    lambda p: yes(
        p.value(only([o for o in p.subjects("near", p.the("girl")) if p.name(o) == "dog"]), "color")
        == p.value(p.the("woman", hposition="middle"), "color")
    ),
)
P(
    "number",
    "park",
    "Kutte kitne alag rang ke hain? Dogs are of how many different colour?",
    "nvalues(sel(dog), color)",
    lambda p: str(len({p.value(o, "color") for o in p.f("dog")})),
)
P(
    "chain",
    "park",
    "Which individual, if any, appears to be holding the black dog?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "spatial",
    "park",
    "In plan, does the girl stand to the right of the woman in white?",
    "exist(inter(rel(u(f(sel(woman), color=white)), right), sel(girl)))",
    lambda p: yes(p.has(p.the("girl"), "right", p.the("woman", color="white"))),
)
X("park", "whos winning at frisbee rn, the boy or the dog")
X("park", "Why smiles the girl in pink so brightly?")

# shapes
P(
    "count",
    "shapes",
    "Annotate: number of instances of class 'circle' on the page.",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "attribute",
    "shapes",
    "Of what hue the triangle?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "attribute",
    "shapes",
    "Issue: need the colour of the star. Steps: look at the page. Expected: one word.",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "position",
    "shapes",
    "bottom right corner: shape?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "superlative",
    "shapes",
    "Which figure on the sheet has the largest area?",
    "q(ord(scene(), largest, 1), name)",
    lambda p: p.name(big_box(p, list(p.objects))),
)
P(
    "list",
    "shapes",
    "Q1 (b) Write down the colours of the shapes in the top row.",
    "values(f(scene(), vposition=top), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="top")),
)
P(
    "negation",
    "shapes",
    "how many shapes arent blue",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "quantifier",
    "shapes",
    "The caption claims all the large shapes are red. True?",
    "not_(exist(fn(f(scene(), size=large), color=red)))",
    lambda p: yes(all(p.value(o, "color") == "red" for o in p.f(size="large"))),
)
P(
    "compare_count",
    "shapes",
    "Apakah bentuk merah lebih banyak dari bentuk biru? Is shape red more many than shape blue?",
    "gt(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) > len(p.f(color="blue"))),
)
P(
    "two_clause",
    "shapes",
    "Be there an octagon or a pentagon on this chart?",
    "or_(exist(sel(octagon)), exist(sel(pentagon)))",
    lambda p: yes(bool(p.f("octagon")) or bool(p.f("pentagon"))),
)
P(
    "verify",
    "shapes",
    "O quadrado é verde? The square is green?",
    "verify(u(sel(square)), color, green)",
    lambda p: yes(p.value(p.the("square"), "color") == "green"),
)
P(
    "number",
    "shapes",
    "How many distinct kinds of shape would you say are represented?",
    "nvalues(scene(), shape)",
    lambda p: str(len({p.value(o, "shape") for o in p.objects})),
)
P(
    "compare_attr",
    "shapes",
    "two circles same colour? y/n",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "exist",
    "shapes",
    "Is there a yellow shape anywhere, honey?",
    "exist(f(scene(), color=yellow))",
    lambda p: yes(bool(p.f(color="yellow"))),
)
X("shapes", "What is the area of the triangle in square centimetres?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
