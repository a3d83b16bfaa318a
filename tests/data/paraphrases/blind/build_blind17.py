# ruff: noqa: E501
"""Blind paraphrase set 17: a radio host describing the picture to listeners, an insurance claims adjuster, a
factory quality-control inspector, a birdwatcher's field notes, learners of English with Dutch, Korean, Arabic and
Vietnamese word order, voice-assistant transcripts with fillers and restarts ("how many, wait, what colour is ..."),
a screen-reader user asking about layout, a lawyer's cross-examination, a cooking-show host, a chess commentator,
headings and form fields ("Number of red cubes:"), British, Australian, Indian and American regionalisms, phone
keyboard typos (adjacent keys, doubled letters, missing spaces), questions inside quoted speech, newer comparative
and superlative wordings ("the most leftward", "the biggest-looking one", "fewer ... than ... or not?"), negatives
with neither/nor, "no ... at all" and "none of", and yes/no questions ending in "right?", "correct?" or starting
"true or false:". Written without reading the parser; held back to be run once, at the end.

Run ``python build_blind17.py`` to write ``../blind17.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind17.jsonl"
Q, C, P, X = question_recorder()


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
    if any(abs(along(s, order[j], side) - here) < 0.25 for j in (k - 2, k) if 0 <= j < len(order)):
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
        if high < 1.2 * low:
            raise NotUnique("about equally far")
    return order[0]


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


def bigger(s: Clevr, a: int, b: int) -> str:
    """The shape of the larger of two objects (NotUnique when they are one size)."""
    sizes = (s.a(a, "size"), s.a(b, "size"))
    if sizes[0] == sizes[1]:
        raise NotUnique("one size")
    return s.a(a if sizes[0] == "large" else b, "shape")


def rel_of(s: Clevr, target: int, anchor: int, options: tuple[str, str]) -> str:
    """Which of the two relations the target has to the anchor."""
    hits = [r for r in options if target in s.rel(r, anchor)]
    return only(hits)


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sphere, large blue metal sphere, large green rubber cylinder
C(
    "attribute",
    0,
    "For our listeners at home: there's a little yellow ball sitting in this picture. Folks, what's it made of?",
    "q(u(f(sel(sphere), color=yellow)), material)",
    lambda s: s.a(s.the(shape="sphere", color="yellow"), "material"),
)
C(
    "compare_count",
    0,
    "Fewer cylinders than spheres, or not?",
    "lt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="sphere"))),
)
C(
    "superlative",
    0,
    "What colour is the most leftward object?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
X(0, "uh is the, um, is the blue ball hot to the touch")

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sphere
C(
    "count",
    1,
    "Number of blue cylinders:",
    "count(f(sel(cylinder), color=blue))",
    lambda s: n(s.f(shape="cylinder", color="blue")),
)
C(
    "quantifier",
    1,
    "None of the cubes is made of metal, correct?",
    "not_(exist(f(sel(cube), material=metal)))",
    lambda s: yes(not s.f(shape="cube", material="metal")),
)
C(
    "chain",
    1,
    "Directing your attention to the object nearest the brown ball: what material is that object made of?",
    "q(closest(scene(), u(f(sel(sphere), color=brown))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="brown")), "material"),
)
C(
    "position",
    1,
    "And the second piece in from the left flank, what shape is that one?",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "exist",
    2,
    "Field notes, frame 2: any rubber specimens observed? y/n",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
C(
    "compare_attr",
    2,
    "True or false: the green cube and the cyan cylinder are the same size.",
    "same(u(f(sel(cube), color=green)), u(f(sel(cylinder), color=cyan)), size)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="green"), "size") == s.a(s.the(shape="cylinder", color="cyan"), "size")
    ),
)
X(2, "Claim number 2231: what would it cost to replace the green cube?")

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "count",
    3,
    "Right, chefs, how many red bits have we got on the board today?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "verify",
    3,
    "The big purple cylinder is metal, correct?",
    "verify(u(f(sel(cylinder), color=purple)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="purple"), "material") == "metal"),
)
C(
    "number",
    3,
    "Red thing and purple thing, together how many are?",
    "add(count(f(scene(), color=red)), count(f(scene(), color=purple)))",
    lambda s: str(len(s.f(color="red")) + len(s.f(color="purple"))),
)
C(
    "spatial",
    3,
    "Is the small red ball in front of the big purple cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=purple)), front), color=red, shape=sphere))",
    lambda s: yes(bool(s.f(s.rel("front", s.the(shape="cylinder", color="purple")), color="red", shape="sphere"))),
)

# scene 4: nine small things and one large blue metal sphere
C(
    "count",
    4,
    "hiw many yelow things r there",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "superlative",
    4,
    "The biggest-looking one in there, what colour is it?",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)
C(
    "list",
    4,
    "Let's lay out our cylinders on the counter. What colours have we got?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "negation",
    4,
    "How many objects are neither yellow nor purple?",
    "count(fn(fn(scene(), color=yellow), color=purple))",
    lambda s: n([i for i in s.all() if s.a(i, "color") not in ("yellow", "purple")]),
)
C(
    "chain",
    4,
    "what's the thing closest to the uh, the little purple ball, what colour is it",
    "q(closest(scene(), u(f(sel(sphere), color=purple))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="purple")), "color"),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "count",
    5,
    "How many balls are there in the picture to see?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    5,
    "The two brown things: same shape, yes or no?",
    "same(f(scene(), color=brown), shape)",
    lambda s: yes(len({s.a(i, "shape") for i in s.f(color="brown")}) == 1),
)
C(
    "quantifier",
    5,
    "True or false: all of the cubes are big.",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="cube"))),
)
C(
    "spatial",
    5,
    "I'm on a screen reader and can't see the layout. How many objects are to the right of the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), right))",
    lambda s: n(s.rel("right", s.the(shape="cylinder", color="green"))),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "exist",
    6,
    "Is there a metal ball anywhere at all?",
    "exist(f(sel(sphere), material=metal))",
    lambda s: yes(bool(s.f(shape="sphere", material="metal"))),
)
C(
    "quantifier",
    6,
    "Is it correct that every cylinder in this image is large?",
    "not_(exist(fn(sel(cylinder), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.f(shape="cylinder"))),
)
C(
    "number",
    6,
    "Distinct colours among the cubes: ___",
    "nvalues(sel(cube), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="cube")})),
)
C(
    "position",
    6,
    "Counting from the back, what colour is the third object?",
    "q(ord(scene(), behind, 3), color)",
    lambda s: s.a(nth(s, s.all(), "behind", 3), "color"),
)
C(
    "compare_count",
    6,
    "Are more the spheres than the cylinders in this picture?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)

# scene 7: ten objects
C(
    "count",
    7,
    "For the inventory on this claim, how many cylinders are visible in the photo?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "list",
    7,
    "QC line 7: list the materials present among the cubes.",
    "values(sel(cube), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="cube")),
)
C(
    "negation",
    7,
    "How many of the cylinders are neither gray nor cyan?",
    "count(fn(fn(sel(cylinder), color=gray), color=cyan))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "color") not in ("gray", "cyan")]),
)
C(
    "compare_count",
    7,
    "fewer cylinders than cubes here — yes or no?",
    "lt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="cube"))),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "count",
    8,
    "My son asked me, 'how many cubes are there?' and I lost count halfway. How many are there?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    8,
    "Colour of large sphere?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "two_clause",
    8,
    "Is there a yellow cube and a yellow cylinder, both of them?",
    "and_(exist(f(sel(cube), color=yellow)), exist(f(sel(cylinder), color=yellow)))",
    lambda s: yes(bool(s.f(shape="cube", color="yellow")) and bool(s.f(shape="cylinder", color="yellow"))),
)
C(
    "spatial",
    8,
    "Is the big gray cylinder to the left of the purple ball?",
    "exist(f(rel(u(f(sel(sphere), color=purple)), left), color=gray, shape=cylinder))",
    lambda s: yes(bool(s.f(s.rel("left", s.the(shape="sphere", color="purple")), color="gray", shape="cylinder"))),
)
X(8, "Which of the yellow pieces was put down first?")

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "count",
    9,
    "Tally, gray specimens in this frame:",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "verify",
    9,
    "Ball green this one, it metal or not?",
    "verify(u(f(sel(sphere), color=green)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="green"), "material") == "metal"),
)
C(
    "position",
    9,
    "The second cylinder counting from the right — big or small?",
    "choose(ord(sel(cylinder), right, 2), size, [large, small])",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "right", 2), "size"),
)
C(
    "negation",
    9,
    "is therre any rubber thing thatisnt gray",
    "exist(fn(f(scene(), material=rubber), color=gray))",
    lambda s: yes(any(s.a(i, "color") != "gray" for i in s.f(material="rubber"))),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "attribute",
    10,
    "Kindly tell me the material of the big red ball.",
    "q(u(f(sel(sphere), color=red)), material)",
    lambda s: s.a(s.the(shape="sphere", color="red"), "material"),
)
C(
    "chain",
    10,
    "What colour is the object farthest from the gray cylinder?",
    "q(farthest(scene(), u(f(sel(cylinder), color=gray))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", color="gray"), far=True), "color"),
)
C(
    "quantifier",
    10,
    "All the metal things are small, right?",
    "not_(exist(fn(f(scene(), material=metal), size=small)))",
    lambda s: yes(all(s.a(i, "size") == "small" for i in s.f(material="metal"))),
)

# scene 11: ten objects
C(
    "list",
    11,
    "Which sizes do the brown objects come in?",
    "values(f(scene(), color=brown), size)",
    lambda s: listed(s.a(i, "size") for i in s.f(color="brown")),
)
C(
    "compare_attr",
    11,
    "Would you agree that the large brown sphere and the large brown cylinder are made of the same material?",
    "same(u(f(sel(sphere), size=large, color=brown)), u(f(sel(cylinder), size=large, color=brown)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", size="large", color="brown"), "material")
        == s.a(s.the(shape="cylinder", size="large", color="brown"), "material")
    ),
)
C(
    "exist",
    11,
    "Any cube at all that's green?",
    "exist(f(sel(cube), color=green))",
    lambda s: yes(bool(s.f(shape="cube", color="green"))),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "count",
    12,
    "uh how many gray — no wait, how many green things are there",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "verify",
    12,
    "True or false: the cyan cylinder is made of rubber.",
    "verify(u(f(sel(cylinder), color=cyan)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="cyan"), "material") == "rubber"),
)
C(
    "number",
    12,
    "how many sorts of shape are there overall",
    "nvalues(scene(), shape)",
    lambda s: str(len({o["shape"] for o in s.objects})),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "count",
    13,
    "Count the red pieces on the board for me: how many does red have?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "attribute",
    13,
    "how many — wait, no, what colour is the shiny little ball",
    "q(u(f(sel(sphere), size=small, material=metal)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small", material="metal"), "color"),
)
C(
    "chain",
    13,
    "The sphere closest to the big cyan cylinder — what colour is it?",
    "q(closest(sel(sphere), u(f(sel(cylinder), size=large, color=cyan))), color)",
    lambda s: s.a(nearest(s, s.f(shape="sphere"), s.the(shape="cylinder", size="large", color="cyan")), "color"),
)
X(13, "Which cube would win a race, the big red one or the little red one?")

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "compare_attr",
    14,
    "Which is bigger, the cube or the cyan ball?",
    "compare(u(sel(cube)), u(f(sel(sphere), color=cyan)), bigger)",
    lambda s: bigger(s, s.the(shape="cube"), s.the(shape="sphere", color="cyan")),
)

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "count",
    15,
    "Reckon you could count the cylinders for me, mate?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    15,
    "What's the little yellow ball made of, love?",
    "q(u(f(sel(sphere), size=small, color=yellow)), material)",
    lambda s: s.a(s.the(shape="sphere", size="small", color="yellow"), "material"),
)
C(
    "two_clause",
    15,
    "Is the red ball large, and is the blue cube large too?",
    "and_(verify(u(f(sel(sphere), color=red)), size, large), verify(u(f(sel(cube), color=blue)), size, large))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="red"), "size") == "large"
        and s.a(s.the(shape="cube", color="blue"), "size") == "large"
    ),
)
C(
    "position",
    15,
    "I'm using a screen reader. Reading the layout left to right, what shape is in third place?",
    "q(ord(scene(), left, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "shape"),
)
C(
    "compare_count",
    15,
    "Rubber outnumbers metal here, yes?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "count",
    16,
    "Radio time! How many balls are we looking at in this one, folks?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    16,
    "true or false: all the small objects are balls",
    "not_(exist(fn(f(scene(), size=small), shape=sphere)))",
    lambda s: yes(all(s.a(i, "shape") == "sphere" for i in s.f(size="small"))),
)
C(
    "compare_attr",
    16,
    "The yellow cube and the yellow cylinder are made of the same stuff, correct?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "material") == s.a(s.the(shape="cylinder", color="yellow"), "material")
    ),
)
C(
    "spatial",
    16,
    "Is the yellow cylinder there in front of the brown cylinder standing?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), front), color=yellow, shape=cylinder))",
    lambda s: yes(bool(s.f(s.rel("front", s.the(shape="cylinder", color="brown")), color="yellow", shape="cylinder"))),
)

C(
    "number",
    16,
    "Combined tally for the log, spheres plus cubes:",
    "add(count(sel(sphere)), count(sel(cube)))",
    lambda s: str(len(s.f(shape="sphere")) + len(s.f(shape="cube"))),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "attribute",
    17,
    "Material (red cube): ____",
    "q(u(f(sel(cube), color=red)), material)",
    lambda s: s.a(s.the(shape="cube", color="red"), "material"),
)
C(
    "compare_count",
    17,
    "Cubes versus cylinders: fewer cylinders, or not?",
    "lt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="cube"))),
)
C(
    "spatial",
    17,
    "Stands the yellow ball to the left of the green cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=green)), left), color=yellow, shape=sphere))",
    lambda s: yes(bool(s.f(s.rel("left", s.the(shape="cylinder", color="green")), color="yellow", shape="sphere"))),
)
X(17, "Was this photo taken in the morning or in the evening?")

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "count",
    18,
    "purple ones how many — ugh, i mean how many purple objects in total",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "attribute",
    18,
    "The large cyan ball — rubbery or metallic?",
    "choose(u(f(sel(sphere), size=large, color=cyan)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="sphere", size="large", color="cyan"), "material"),
)
C(
    "exist",
    18,
    "Is there in the picture a cube red, or not?",
    "exist(f(sel(cube), color=red))",
    lambda s: yes(bool(s.f(shape="cube", color="red"))),
)
C(
    "list",
    18,
    "colours of the cylinders pls, as a list",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "count",
    19,
    "hw many cyan thinfs",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "quantifier",
    19,
    "At least three big objects in this one, correct?",
    "gt(count(f(scene(), size=large)), num(2))",
    lambda s: yes(len(s.f(size="large")) >= 3),
)
C(
    "number",
    19,
    "cubes minus cylinders, what's that come to?",
    "sub(count(sel(cube)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="cube")) - len(s.f(shape="cylinder"))),
)
C(
    "chain",
    19,
    "The nearest object to the big gray ball — which shape is it?",
    "q(closest(scene(), u(f(sel(sphere), size=large, color=gray))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", size="large", color="gray")), "shape"),
)
C(
    "verify",
    19,
    "Adjuster's note: the claimant says the blue cube is a small one. Is that accurate?",
    "verify(u(f(sel(cube), color=blue)), size, small)",
    lambda s: yes(s.a(s.the(shape="cube", color="blue"), "size") == "small"),
)

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "count",
    20,
    "Line inspection, cylinders on the belt: count?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "negation",
    20,
    "Is there anything here that's neither metal nor yellow?",
    "exist(fn(fn(scene(), material=metal), color=yellow))",
    lambda s: yes(any(s.a(i, "material") != "metal" and s.a(i, "color") != "yellow" for i in s.all())),
)
X(20, "What time of year was this sighting made?")

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "attribute",
    21,
    "Colour of the big shiny cylinder?",
    "q(u(f(sel(cylinder), size=large, material=metal)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large", material="metal"), "color"),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "verify",
    22,
    "True or false: the cyan ball is small.",
    "verify(u(f(sel(sphere), color=cyan)), size, small)",
    lambda s: yes(s.a(s.the(shape="sphere", color="cyan"), "size") == "small"),
)
C(
    "chain",
    22,
    "The object that's the same colour as the big cube, what's that one made of?",
    "q(u(same_attr(u(f(sel(cube), size=large)), color)), material)",
    lambda s: s.a(
        only(
            [
                i
                for i in s.all()
                if i != s.the(shape="cube", size="large")
                and s.a(i, "color") == s.a(s.the(shape="cube", size="large"), "color")
            ]
        ),
        "material",
    ),
)

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "compare_attr",
    23,
    "Both balls are the same colour, correct?",
    "same(sel(sphere), color)",
    lambda s: yes(len({s.a(i, "color") for i in s.f(shape="sphere")}) == 1),
)
C(
    "two_clause",
    23,
    "Is the brown cylinder metal, and is the big cylinder metal as well?",
    "and_(verify(u(f(sel(cylinder), color=brown)), material, metal), verify(u(f(sel(cylinder), size=large)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="brown"), "material") == "metal"
        and s.a(s.the(shape="cylinder", size="large"), "material") == "metal"
    ),
)

# scene 24: ten objects
C(
    "count",
    24,
    "Red objects — how many does the picture have? Take it slow.",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_count",
    24,
    "are tehre fewer spheres than cylindets, or not?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)
C(
    "list",
    24,
    "Shape list, red objects only:",
    "values(f(scene(), color=red), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="red")),
)
C(
    "quantifier",
    24,
    "Both spheres are red and made of metal, correct?",
    "and_(not_(exist(fn(sel(sphere), color=red))), not_(exist(fn(sel(sphere), material=metal))))",
    lambda s: yes(all(s.a(i, "color") == "red" and s.a(i, "material") == "metal" for i in s.f(shape="sphere"))),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "attribute",
    25,
    "what colour is the um, the the cube",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "number",
    25,
    "How many distinct colours do the cylinders have between them?",
    "nvalues(sel(cylinder), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="cylinder")})),
)
C(
    "spatial",
    25,
    "How many things are behind the big brown ball?",
    "count(rel(u(f(sel(sphere), size=large, color=brown)), behind))",
    lambda s: n(s.rel("behind", s.the(shape="sphere", size="large", color="brown"))),
)
X(25, "Which of these would cost the most at a toy shop?")

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "superlative",
    26,
    "Which colour is the most common here?",
    "common_value(scene(), color)",
    lambda s: most_common([s.a(i, "color") for i in s.all()]),
)
C(
    "verify",
    26,
    "The purple cube that's rubber — is it a big one?",
    "verify(u(f(sel(cube), color=purple, material=rubber)), size, large)",
    lambda s: yes(s.a(s.the(shape="cube", color="purple", material="rubber"), "size") == "large"),
)
C(
    "chain",
    26,
    "the green ball nearest the brown cylinder: big or small?",
    "choose(closest(f(sel(sphere), color=green), u(f(sel(cylinder), color=brown))), size, [large, small])",
    lambda s: s.a(nearest(s, s.f(shape="sphere", color="green"), s.the(shape="cylinder", color="brown")), "size"),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "attribute",
    27,
    "My daughter keeps asking, 'what colour is the small cylinder?' What do I tell her?",
    "q(u(f(sel(cylinder), size=small)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "color"),
)
X(27, "If you dropped the purple cube, would it bounce?")

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "compare_attr",
    28,
    "Isn't the large red cylinder the same colour as the small one? Yes or no.",
    "same(u(f(sel(cylinder), size=large, color=red)), u(f(sel(cylinder), size=small)), color)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large", color="red"), "color")
        == s.a(s.the(shape="cylinder", size="small"), "color")
    ),
)
C(
    "two_clause",
    28,
    "Is there a purple sphere or a green cylinder?",
    "or_(exist(f(sel(sphere), color=purple)), exist(f(sel(cylinder), color=green)))",
    lambda s: yes(bool(s.f(shape="sphere", color="purple")) or bool(s.f(shape="cylinder", color="green"))),
)

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "quantifier",
    29,
    "Are all the large objects cyan? true or false",
    "not_(exist(fn(f(scene(), size=large), color=cyan)))",
    lambda s: yes(all(s.a(i, "color") == "cyan" for i in s.f(size="large"))),
)

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "count",
    30,
    "And for everyone tuning in on the wireless: how many objects in total?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "position",
    30,
    "The one in the middle, going left to right, what colour is it?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)
X(30, "Can our listeners guess what song was playing when this was taken?")

# scene 31: ten objects
C(
    "count",
    31,
    "Picture this have how many ball?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    31,
    "The only cube in this one — colour?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "superlative",
    31,
    "Frontmost object — what colour, in one word?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_count",
    31,
    "more rubber than metal, or not?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "exist",
    31,
    "Field notes: any large sphere among today's sightings?",
    "exist(f(sel(sphere), size=large))",
    lambda s: yes(bool(s.f(shape="sphere", size="large"))),
)

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "count",
    32,
    "Number of grey cubes:",
    "count(f(sel(cube), color=gray))",
    lambda s: n(s.f(shape="cube", color="gray")),
)
C(
    "spatial",
    32,
    "Is the red ball behind the big yellow ball, true or false?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), behind), color=red, shape=sphere))",
    lambda s: yes(bool(s.f(s.rel("behind", s.the(shape="sphere", color="yellow")), color="red", shape="sphere"))),
)
X(32, "Whose turn is it to tidy these up?")

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "attribute",
    33,
    "What colour is the small cube, please?",
    "q(u(f(sel(cube), size=small)), color)",
    lambda s: s.a(s.the(shape="cube", size="small"), "color"),
)
C(
    "negation",
    33,
    "How many things here are neither metal nor large?",
    "count(fn(fn(scene(), material=metal), size=large))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal" and s.a(i, "size") != "large"]),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "quantifier",
    34,
    "Batch check: every unit in this frame is metal — true or false?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: yes(all(o["material"] == "metal" for o in s.objects)),
)
X(34, "What is the gray cylinder used for in real life?")

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "superlative",
    35,
    "The rearmost object — which material is it?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "compare_count",
    36,
    "Are there fewer rubber things than metal thinfs, or not?",
    "lt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) < len(s.f(material="metal"))),
)
C(
    "spatial",
    36,
    "The yellow cube, is it in front of the brown cylinder or behind it?",
    "choose_rel(u(f(sel(cylinder), color=brown)), [front, behind], name=cube)",
    lambda s: rel_of(
        s, s.the(shape="cube", color="yellow"), s.the(shape="cylinder", color="brown"), ("front", "behind")
    ),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "count",
    37,
    "How many cubes are there only?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "number",
    37,
    "How many colours altogether are the cylinders?",
    "nvalues(sel(cylinder), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="cylinder")})),
)
C(
    "spatial",
    37,
    "How many objects sit in front of the purple cube?",
    "count(rel(u(f(sel(cube), color=purple)), front))",
    lambda s: n(s.rel("front", s.the(shape="cube", color="purple"))),
)
C(
    "position",
    37,
    "Second from the right, which shape?",
    "q(ord(scene(), right, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "shape"),
)
C(
    "attribute",
    37,
    "What is the large blue cylinder made of?",
    "q(u(f(sel(cylinder), size=large, color=blue)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="large", color="blue"), "material"),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "verify",
    39,
    "The brown cylinder is large, true or false?",
    "verify(u(f(sel(cylinder), color=brown)), size, large)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="brown"), "size") == "large"),
)
X(39, "How long has the cube been sitting there?")

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "compare_attr",
    40,
    "My colleague said, 'the cyan cube is smaller than the gray one.' Is he right?",
    "smaller(u(f(sel(cube), color=cyan)), u(f(sel(cube), color=gray)))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="cyan"), "size") == "small"
        and s.a(s.the(shape="cube", color="gray"), "size") == "large"
    ),
)

# scene 41: ten objects
C(
    "count",
    41,
    "wait how many — um — how many cylinders are there",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "list",
    41,
    "Materials among the spheres: list them.",
    "values(sel(sphere), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="sphere")),
)
C(
    "two_clause",
    41,
    "Is there a blue cube or a red ball?",
    "or_(exist(f(sel(cube), color=blue)), exist(f(sel(sphere), color=red)))",
    lambda s: yes(bool(s.f(shape="cube", color="blue")) or bool(s.f(shape="sphere", color="red"))),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "count",
    42,
    "How many blue pieces are still on the board?",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "superlative",
    42,
    "Which colour turns up most often?",
    "common_value(scene(), color)",
    lambda s: most_common([s.a(i, "color") for i in s.all()]),
)
C(
    "compare_count",
    42,
    "Yellow things outnumber blue things, correct?",
    "gt(count(f(scene(), color=yellow)), count(f(scene(), color=blue)))",
    lambda s: yes(len(s.f(color="yellow")) > len(s.f(color="blue"))),
)
C(
    "spatial",
    42,
    "The big yellow ball sits to the left of the big blue cylinder, correct?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=blue)), left), size=large, color=yellow, shape=sphere))",
    lambda s: yes(
        bool(
            s.f(
                s.rel("left", s.the(shape="cylinder", size="large", color="blue")),
                size="large",
                color="yellow",
                shape="sphere",
            )
        )
    ),
)
X(42, "um what's the weather gonna be like tomorrow")

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "exist",
    43,
    "Any red object in this one at all?",
    "exist(f(scene(), color=red))",
    lambda s: yes(bool(s.f(color="red"))),
)
C(
    "list",
    43,
    "Colours of the big cubes, in a list:",
    "values(f(sel(cube), size=large), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube", size="large")),
)
C(
    "position",
    43,
    "The rightmost cube is made of what?",
    "q(ord(sel(cube), right, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "material"),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "attribute",
    44,
    "The large ball, what's it made of?",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "verify",
    44,
    "Blue cube, metal it is?",
    "verify(u(f(sel(cube), color=blue)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="blue"), "material") == "metal"),
)
X(44, "Is the purple cube lonely over there?")

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "chain",
    45,
    "What shape is the object nearest to the small red cube?",
    "q(closest(scene(), u(f(sel(cube), color=red))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="red")), "shape"),
)
C(
    "number",
    45,
    "Number of large objects plus number of cylinders, added up?",
    "add(count(f(scene(), size=large)), count(sel(cylinder)))",
    lambda s: str(len(s.f(size="large")) + len(s.f(shape="cylinder"))),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "count",
    46,
    "How many purple objects? Quick, the soufflé is rising!",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)

# scene 47: ten objects
C(
    "count",
    47,
    "QC tally: cubes counted on the line?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    47,
    "Cyan cylinder, its size big or small is?",
    "choose(u(f(sel(cylinder), color=cyan)), size, [large, small])",
    lambda s: s.a(s.the(shape="cylinder", color="cyan"), "size"),
)
C(
    "two_clause",
    47,
    "Is there a purple cube, and also a cyan sphere?",
    "and_(exist(f(sel(cube), color=purple)), exist(f(sel(sphere), color=cyan)))",
    lambda s: yes(bool(s.f(shape="cube", color="purple")) and bool(s.f(shape="sphere", color="cyan"))),
)
X(47, "Is the yellow ball worth more money than the blue cube?")

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "verify",
    48,
    "The small cube is yellow — correct?",
    "verify(u(f(sel(cube), size=small)), color, yellow)",
    lambda s: yes(s.a(s.the(shape="cube", size="small"), "color") == "yellow"),
)
C(
    "position",
    48,
    "Second sphere from the left: what colour?",
    "q(ord(sel(sphere), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left", 2), "color"),
)
C(
    "quantifier",
    48,
    "Exactly two rubber objects, true or false?",
    "eq(count(f(scene(), material=rubber)), num(2))",
    lambda s: yes(len(s.f(material="rubber")) == 2),
)
X(48, "Which ball would roll the fastest down a ramp?")

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "count",
    49,
    "Sphere tally for the notebook:",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "superlative",
    49,
    "Biggest-looking object in the lot: colour?",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(s.the(size="large"), "color"),
)
C(
    "negation",
    49,
    "Ball not yellow, not red, have how many?",
    "count(fn(fn(sel(sphere), color=yellow), color=red))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") not in ("yellow", "red")]),
)
C(
    "number",
    49,
    "spheres take away cylinders = ?",
    "sub(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="sphere")) - len(s.f(shape="cylinder"))),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "list",
    50,
    "Which shapes do the green objects have?",
    "values(f(scene(), color=green), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="green")),
)
C(
    "spatial",
    50,
    "how many things r left of the red cylindr",
    "count(rel(u(f(sel(cylinder), color=red)), left))",
    lambda s: n(s.rel("left", s.the(shape="cylinder", color="red"))),
)
C(
    "chain",
    50,
    "The blue cube's nearest neighbour — what shape is it?",
    "q(closest(scene(), u(f(sel(cube), color=blue))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="blue")), "shape"),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "attribute",
    51,
    "And our big grey ball, chef, is it rubber or metal?",
    "choose(u(f(sel(sphere), size=large)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
X(51, "How heavy is the grey ball in kilos?")

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "count",
    52,
    "How many large cubes y'all got there?",
    "count(f(sel(cube), size=large))",
    lambda s: n(s.f(shape="cube", size="large")),
)
C(
    "position",
    52,
    "Rightmost cube: colour?",
    "q(ord(sel(cube), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "color"),
)
C(
    "exist",
    52,
    "Is there a sphere in this picture at all?",
    "exist(sel(sphere))",
    lambda s: yes(bool(s.f(shape="sphere"))),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "count",
    53,
    "how many rubbr cubes",
    "count(f(sel(cube), material=rubber))",
    lambda s: n(s.f(shape="cube", material="rubber")),
)
C(
    "spatial",
    53,
    "Is there anything behind the yellow cube?",
    "exist(rel(u(f(sel(cube), color=yellow)), behind))",
    lambda s: yes(bool(s.rel("behind", s.the(shape="cube", color="yellow")))),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C(
    "number",
    54,
    "How many colours appear in this scene?",
    "nvalues(scene(), color)",
    lambda s: str(len({o["color"] for o in s.objects})),
)
C(
    "verify",
    54,
    "Is the cylinder brown? Yes or no.",
    "verify(u(sel(cylinder)), color, brown)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "color") == "brown"),
)
C(
    "negation",
    54,
    "Count everything except the cubes.",
    "count(fn(scene(), shape=cube))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cube"]),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "attribute",
    56,
    "The cylinder the green, from what is it made?",
    "q(u(f(sel(cylinder), color=green)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="green"), "material"),
)

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "compare_count",
    57,
    "Are there as many spheres as cubes?",
    "eq(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cube"))),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "compare_attr",
    58,
    "Is the ball smaller than the cyan cube?",
    "smaller(u(sel(sphere)), u(f(sel(cube), color=cyan)))",
    lambda s: yes(
        s.a(s.the(shape="sphere"), "size") == "small" and s.a(s.the(shape="cube", color="cyan"), "size") == "large"
    ),
)

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "count",
    59,
    "how many purple things are there lol — four? five?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "exist",
    59,
    "Any small sphere?",
    "exist(f(sel(sphere), size=small))",
    lambda s: yes(bool(s.f(shape="sphere", size="small"))),
)
C(
    "superlative",
    59,
    "On the far right flank, the rightmost cylinder — what colour is that piece?",
    "q(ord(sel(cylinder), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "right"), "color"),
)
X(59, "What's the capital of Australia?")

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street
P(
    "count",
    "street",
    "For those of you listening at home, how many people are standing on this street?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "attribute",
    "street",
    "Claimant's vehicle: what colour is the car?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "text",
    "street",
    "Text on side of bus:",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "text",
    "street",
    "I'm blind and my screen reader skips the sign. What is written on it?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "text",
    "street",
    "My husband asked, 'what does it say at the bottom of the picture?' Can you read it?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "spatial",
    "street",
    "Car relative to the bus: left side or right side?",
    "choose_rel(u(sel(bus)), [left, right], name=car)",
    lambda p: only([r for r in ("left", "right") if p.has(p.the("car"), r, p.the("bus"))]),
)
P(
    "chain",
    "street",
    "The gentleman on the right: the colour of his tie, for the record?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("man", hposition="right"), "wearing")), "color"),
)
P(
    "verify",
    "street",
    "The dog is black, correct?",
    "verify(u(sel(dog)), color, black)",
    lambda p: yes(p.value(p.the("dog"), "color") == "black"),
)
P(
    "negation",
    "street",
    "Is there anybody on the street without a tie?",
    "exist(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: yes(any(not any(p.name(o) == "tie" for o in p.objects_of(i, "wearing")) for i in people(p))),
)
P(
    "superlative",
    "street",
    "What's the biggest-looking thing in this street shot?",
    "q(ord(scene(), largest, 1), name)",
    lambda p: p.name(big_box(p, list(p.objects))),
)
P(
    "position",
    "street",
    "Whereabouts is the stop sign, top or bottom of the frame?",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
P(
    "two_clause",
    "street",
    "Is the bus red and is the car white?",
    "and_(verify(u(sel(bus)), color, red), verify(u(sel(car)), color, white))",
    lambda p: yes(p.value(p.the("bus"), "color") == "red" and p.value(p.the("car"), "color") == "white"),
)
P(
    "exist",
    "street",
    "Any bicycles on this street at all?",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "compare_count",
    "street",
    "Are there fewer women than men on the street, would you say?",
    "lt(count(sel(woman)), count(sel(man)))",
    lambda p: yes(len(p.f("woman")) < len(p.f("man"))),
)
P(
    "quantifier",
    "street",
    "Both of the men have a tie on, right?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(any(p.name(o) == "tie" for o in p.objects_of(m, "wearing")) for m in p.f("man"))),
)
P(
    "list",
    "street",
    "Tie colours, list please:",
    "values(sel(tie), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("tie")),
)
P(
    "compare_attr",
    "street",
    "The tie on the man at the left and the stop sign: same colour?",
    "same(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), u(sel(sign)), color)",
    lambda p: yes(
        p.value(only(p.objects_of(p.the("man", hposition="left"), "wearing")), "color")
        == p.value(p.the("sign"), "color")
    ),
)
P(
    "verify",
    "street",
    "Wah, the woman, she is wearing green or not?",
    "verify(u(sel(woman)), color, green)",
    lambda p: yes(p.value(p.the("woman"), "color") == "green"),
)
P(
    "text",
    "street",
    "The bus, on it they write what?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
X("street", "For the record, please state the woman's name.")
X("street", "Is it rush hour right now, do you reckon?")

# kitchen
P(
    "count",
    "kitchen",
    "Right, how many cups have we got out today?",
    "count(sel(cup))",
    lambda p: n(p.f("cup")),
)
P(
    "text",
    "kitchen",
    "And the bottle, chef — what's written on the label?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "text",
    "kitchen",
    "what time's the clock say, mate",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "What's the table made of, darling?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "spatial",
    "kitchen",
    "Clock position relative to the table: above it or below it?",
    "choose_rel(u(sel(table)), [above, below], name=clock)",
    lambda p: only([r for r in ("above", "below") if p.has(p.the("clock"), r, p.the("table"))]),
)
P(
    "spatial",
    "kitchen",
    "True or false: the fork is near the plate.",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(p.has(p.the("fork"), "near", p.the("plate"))),
)
P(
    "quantifier",
    "kitchen",
    "None of the cups is blue, correct?",
    "not_(exist(f(sel(cup), color=blue)))",
    lambda p: yes(not p.f("cup", color="blue")),
)
P(
    "list",
    "kitchen",
    "Colours of everything sitting on the table, list them please",
    "values(rel(u(sel(table)), on), color)",
    lambda p: listed(p.value(o, "color") for o in p.subjects("on", p.the("table"))),
)
P(
    "negation",
    "kitchen",
    "How many cups aren't white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "verify",
    "kitchen",
    "The lady is dressed in red, right?",
    "verify(u(sel(woman)), color, red)",
    lambda p: yes(p.value(p.the("woman"), "color") == "red"),
)
P(
    "position",
    "kitchen",
    "Screen reader question: is the woman on the left or the right side of the picture?",
    "choose(u(sel(woman)), hposition, [left, right])",
    lambda p: p.value(p.the("woman"), "hposition"),
)
P(
    "chain",
    "kitchen",
    "What's the thing just to the right of the blue cup?",
    "q(u(rel(u(f(sel(cup), color=blue)), right)), name)",
    lambda p: p.name(only(p.subjects("right", p.the("cup", color="blue")))),
)
P(
    "number",
    "kitchen",
    "Cups plus plates, how many all up?",
    "add(count(sel(cup)), count(sel(plate)))",
    lambda p: str(len(p.f("cup")) + len(p.f("plate"))),
)
P(
    "exist",
    "kitchen",
    "Is there a fork anywhere in this kitchen?",
    "exist(sel(fork))",
    lambda p: yes(bool(p.f("fork"))),
)
P(
    "count",
    "kitchen",
    "Items on the table, how many? For the claim form.",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "attribute",
    "kitchen",
    "Fork — what is it made of?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "text",
    "kitchen",
    "Time shown on wall clock:",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
X("kitchen", "What's for dinner tonight, chef?")
X("kitchen", "Is the water in that bottle nice and cold?")

# park
P(
    "count",
    "park",
    "Dogs observed in the park: how many?",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "chain",
    "park",
    "What's the lad chucking?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "attribute",
    "park",
    "Frisbee, its colour what is?",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "spatial",
    "park",
    "Who is it near the bench?",
    "q(u(rel(u(sel(bench)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bench")))),
)
P(
    "verify",
    "park",
    "The bike is red, correct?",
    "verify(u(sel(bicycle)), color, red)",
    lambda p: yes(p.value(p.the("bicycle"), "color") == "red"),
)
P(
    "compare_count",
    "park",
    "Do the dogs number fewer than the trees?",
    "lt(count(sel(dog)), count(sel(tree)))",
    lambda p: yes(len(p.f("dog")) < len(p.f("tree"))),
)
P(
    "position",
    "park",
    "Whereabouts is the girl, left side or right side?",
    "choose(u(sel(girl)), hposition, [left, right])",
    lambda p: p.value(p.the("girl"), "hposition"),
)
P(
    "superlative",
    "park",
    "The person furthest to the right — what colour are they wearing?",
    "q(ord(sel(person), right, 1), color)",
    lambda p: p.value(side_of(p, people(p), "right"), "color"),
)
P(
    "negation",
    "park",
    "How many dogs are not black?",
    "count(fn(sel(dog), color=black))",
    lambda p: n([o for o in p.f("dog") if p.value(o, "color") != "black"]),
)
P(
    "quantifier",
    "park",
    "Neither of the dogs is brown, right?",
    "not_(exist(f(sel(dog), color=brown)))",
    lambda p: yes(not p.f("dog", color="brown")),
)
P(
    "two_clause",
    "park",
    "Is there a bench, and is it green?",
    "and_(exist(sel(bench)), verify(u(sel(bench)), color, green))",
    lambda p: yes(bool(p.f("bench")) and p.value(p.the("bench"), "color") == "green"),
)
P(
    "list",
    "park",
    "Colours of the dogs, in a list:",
    "values(sel(dog), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("dog")),
)
P(
    "exist",
    "park",
    "Is anyone flying a kite — is there a kite at all?",
    "exist(sel(kite))",
    lambda p: yes(bool(p.f("kite"))),
)
P(
    "compare_attr",
    "park",
    "Are the woman on the left and the bike the same colour?",
    "same(u(f(sel(woman), hposition=left)), u(sel(bicycle)), color)",
    lambda p: yes(p.value(p.the("woman", hposition="left"), "color") == p.value(p.the("bicycle"), "color")),
)
P(
    "chain",
    "park",
    "The dog that the woman is holding, what colour is it?",
    "q(u(rel(sel(woman), holding, role=object)), color)",
    lambda p: p.value(only([o for w in p.f("woman") for o in p.objects_of(w, "holding")]), "color"),
)
P(
    "number",
    "park",
    "people minus dogs equals?",
    "sub(count(sel(person)), count(sel(dog)))",
    lambda p: str(len(people(p)) - len(p.f("dog"))),
)
P(
    "count",
    "park",
    "How many females, women and girls together, are in the park?",
    "count(union(sel(woman), sel(girl)))",
    lambda p: n(p.f(("woman", "girl"))),
)
P(
    "spatial",
    "park",
    "The boy is further left than the girl, true or false?",
    "exist(inter(rel(u(sel(girl)), left), sel(boy)))",
    lambda p: yes(p.has(p.the("boy"), "left", p.the("girl"))),
)
P(
    "attribute",
    "park",
    "Bench material?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
X("park", "What's the boy's favourite game?")
X("park", "How old is the girl, roughly?")

# shapes
P(
    "count",
    "shapes",
    "Number of circles on the page:",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "attribute",
    "shapes",
    "The star's colour, for the record?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "position",
    "shapes",
    "What shape is in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "superlative",
    "shapes",
    "Which is the biggest-looking shape?",
    "q(ord(scene(), largest, 1), name)",
    lambda p: p.name(big_box(p, list(p.objects))),
)
P(
    "list",
    "shapes",
    "Colours on the bottom row:",
    "values(f(scene(), vposition=bottom), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="bottom")),
)
P(
    "negation",
    "shapes",
    "How many shapes are neither red nor blue?",
    "count(fn(fn(scene(), color=red), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") not in ("red", "blue")]),
)
P(
    "quantifier",
    "shapes",
    "All of the small shapes are blue, correct?",
    "not_(exist(fn(f(scene(), size=small), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f(size="small"))),
)
P(
    "compare_count",
    "shapes",
    "More small shapes than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "two_clause",
    "shapes",
    "Is there a hexagon and a pentagon?",
    "and_(exist(sel(hexagon)), exist(sel(pentagon)))",
    lambda p: yes(bool(p.f("hexagon")) and bool(p.f("pentagon"))),
)
P(
    "verify",
    "shapes",
    "the hexagon is green true or false",
    "verify(u(sel(hexagon)), color, green)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "green"),
)
P(
    "number",
    "shapes",
    "How many different colours are used?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "negation",
    "shapes",
    "Is there any triangle that's not green?",
    "exist(fn(sel(triangle), color=green))",
    lambda p: yes(any(p.value(o, "color") != "green" for o in p.f("triangle"))),
)
P(
    "compare_attr",
    "shapes",
    "Are the star and the hexagon the same colour?",
    "same(u(sel(star)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "superlative",
    "shapes",
    "Which colour do most of the shapes have?",
    "common_value(scene(), color)",
    lambda p: most_common([p.value(o, "color") for o in p.objects]),
)
X("shapes", "Which shape did the artist draw first?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
