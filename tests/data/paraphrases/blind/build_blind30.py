# ruff: noqa: E501
"""Blind paraphrase set 30: the VQA-Rephrasings voice. In the public rephrasing datasets, each base question about
an image was handed to three different people, who were each asked to reword it so that it keeps exactly the same
meaning and answer. This set imitates that: about seventy-five base questions (about fifty-five on CLEVR val scenes,
about twenty on the photo-like graphs), each reworded by three imagined people: one terse ("Cylinder count?",
"Purple cube big?"), one wordy or formal ("Would you say that the image includes a cylinder whose colour is
brown?", "Count the objects that lie to the right of ..."), and one casual or non-native ("do u see a brown can in
there", "the big metal box, what colour it is", "how many thing are before the silver ball"). Only the three
rephrasings are recorded, never the base (kept in a comment above each group); all three share the group's gold
program and answer, and the group id is in the kind ("count:g07"). The people vary sentence structure (fronting,
passives, relative clauses, imperatives, "I want to know ...", ellipsis), use their own words for shapes (ball,
block, box, can, tube), colours (grey, silver, gold, violet, turquoise, light blue), materials (shiny, metallic,
matte, rubbery) and sizes (big, little, tiny), and for relations (in back of, before, further back, most near),
write contractions, drop question marks, and make an ordinary typo now and then. Families: existence, counting,
attribute queries, comparisons of two objects' attributes, comparing counts, spatial relations, nearest/farthest,
chains of two relations, and/or of sets, superlatives and ordinals, yes/no verification, and questions the scene
data cannot answer (weight, time of day, what happens next, feelings, brand, intentions), which must be refused.

Written without reading the parser, the grammar or any other paraphrase set but the twenty-third (read for the
record format only); answers come from plain Python over the scene JSON, and questions a careful person could not
call (an object within a quarter unit of the anchor along the axis asked, a nearest or farthest not clear of the
runner-up by half a unit, ties) are kept out by the helpers below, which raise NotUnique.

Run ``python build_blind30.py`` to write ``../blind30.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind30.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.25
# how much nearer (farther) than the runner-up, in scene units, the nearest (farthest) object must be
MARGIN = 0.5
# how close (in pixels) two box centres may be before "the rightmost" of a photo cannot be called
PIXELS = 40


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th object of ids counted from ``side``; NotUnique when a neighbour in that order is within TIE."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = along(s, order[k - 1], side)
    if any(abs(along(s, order[j], side) - here) < TIE for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects ``relation`` of the anchor; NotUnique when any object lies within TIE of it along that axis."""
    here = along(s, anchor, relation)
    for j in s.all():
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return s.rel(relation, anchor)


def is_rel(s: Clevr, target: int, relation: str, anchor: int) -> str:
    if abs(along(s, target, relation) - along(s, anchor, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(target in s.rel(relation, anchor))


def extreme(s: Clevr, ids: list[int], anchor: int, farthest: bool = False) -> int:
    """The object of ids (not the anchor) nearest to (farthest from) the anchor; NotUnique unless it beats the
    runner-up by MARGIN, and unless it is also the nearest (farthest) in the picture."""
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=lambda i: -dist[i] if farthest else dist[i])
    if len(order) > 1 and abs(dist[order[0]] - dist[order[1]]) < MARGIN:
        raise NotUnique("about equally far")
    pix = s.objects[anchor]["pixel_coords"][:2]
    on_image = (max if farthest else min)(dist, key=lambda i: math.dist(s.objects[i]["pixel_coords"][:2], pix))
    if on_image != order[0]:
        raise NotUnique("not the same in the picture")
    return order[0]


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def box_area(p: Photo, oid: str) -> float:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x2 - x1) * (y2 - y1)


def biggest(p: Photo, ids: list[str]) -> str:
    """The object with the largest box; NotUnique when the runner-up's area is within a quarter of it."""
    order = sorted(ids, key=lambda i: box_area(p, i), reverse=True)
    if len(order) > 1 and box_area(p, order[0]) < 1.25 * box_area(p, order[1]):
        raise NotUnique("about one size")
    return order[0]


def outermost(p: Photo, ids: list[str], side: str) -> str:
    """The object of ids furthest to ``side`` (left/right) by box centre; NotUnique when the next is within PIXELS."""
    centre = {i: (p.objects[i]["box"][0] + p.objects[i]["box"][2]) / 2 for i in ids}
    order = sorted(ids, key=lambda i: centre[i], reverse=side == "right")
    if len(order) > 1 and abs(centre[order[0]] - centre[order[1]]) < PIXELS:
        raise NotUnique("too close to call")
    return order[0]


# --- recording rephrase groups -----------------------------------------------------------------------------------
GROUP = [0]


def group(family: str, scene, texts: list[str], gold: str | None = None, fn=None) -> None:
    """Three rephrasings of one base question (by three different people), with one gold program and answer; a
    family of ``refuse`` (gold and fn None) is a question the scene cannot answer."""
    GROUP[0] += 1
    kind = f"{family}:g{GROUP[0]:02d}"
    for text in texts:
        if gold is None:
            Q.append((kind, scene, text, None, None))
        else:
            C(kind, scene, text, gold, fn)


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# --- existence ---------------------------------------------------------------------------------------------------
# scene 0 base: "Is there a cube?"
group(
    "exist",
    0,
    [
        "Any cubes?",
        "Does the scene contain at least one object with the shape of a cube?",
        "there is some block in this picture or not",
    ],
    "exist(sel(cube))",
    lambda s: yes(bool(s.f(shape="cube"))),
)
# scene 31 base: "Is there a brown cylinder?"
group(
    "exist",
    31,
    [
        "Brown cylinder anywhere?",
        "Would you say that the image includes a cylinder whose colour is brown?",
        "do u see a brown can in there",
    ],
    "exist(f(sel(cylinder), color=brown))",
    lambda s: yes(bool(s.f(shape="cylinder", color="brown"))),
)
# scene 44 base: "Are there any spheres in front of the blue cube?"
group(
    "exist",
    44,
    [
        "Any balls in front of the blue cube?",
        "Is at least one sphere positioned in front of the large blue block?",
        "in front of the blue box is there some ball",
    ],
    "exist(f(rel(u(f(sel(cube), color=blue)), front), shape=sphere))",
    lambda s: yes(any(s.a(i, "shape") == "sphere" for i in related(s, "front", s.the(shape="cube", color="blue")))),
)
# scene 22 base: "Is anything else made of the same material as the yellow cylinder?"
group(
    "exist",
    22,
    [
        "Same material as the yellow cylinder: anything else?",
        "Apart from the yellow cylinder itself, does any other object share its material?",
        "is there other thing made from same material like yellow cylinder",
    ],
    "exist(same_attr(u(f(sel(cylinder), color=yellow)), material))",
    lambda s: yes(
        any(
            s.a(i, "material") == s.a(s.the(shape="cylinder", color="yellow"), "material")
            for i in s.all()
            if i != s.the(shape="cylinder", color="yellow")
        )
    ),
)

# --- counting ----------------------------------------------------------------------------------------------------
# scene 4 base: "How many yellow objects are there?"
group(
    "count",
    4,
    [
        "Number of yellow things?",
        "Could you tell me how many of the objects are coloured yellow?",
        "how many yellow stuff u see",
    ],
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
# scene 11 base: "How many small spheres are there?"
group(
    "count",
    11,
    [
        "Small balls: how many?",
        "What is the total number of spheres that are small in size?",
        "count the little balls for me pls",
    ],
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
# scene 45 base: "How many metal cubes are there?"
group(
    "count",
    45,
    [
        "How many shiny blocks?",
        "What number of cubes in the image are made of metal?",
        "the metallic cubes, how much of them there are",
    ],
    "count(f(sel(cube), material=metal))",
    lambda s: n(s.f(shape="cube", material="metal")),
)
# scene 41 base: "How many cylinders are there?"
group(
    "count",
    41,
    [
        "Cylinder count?",
        "Please state the number of cylindrical objects present in the scene.",
        "how many of the can shaped things is there",
    ],
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
# scene 49 base: "How many spheres are not yellow?"
group(
    "count",
    49,
    [
        "Non-yellow balls, how many?",
        "Excluding the yellow ones, how many spheres can be seen?",
        "how many balls there are which is not yellow",
    ],
    "count(fn(sel(sphere), color=yellow))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "yellow"]),
)

# --- attribute queries -------------------------------------------------------------------------------------------
# scene 9 base: "What color is the large metal cube?"
group(
    "attribute",
    9,
    [
        "Colour of the big shiny cube?",
        "Which colour does the large metallic block have?",
        "the big metal box, what colour it is",
    ],
    "q(u(f(sel(cube), size=large, material=metal)), color)",
    lambda s: s.a(s.the(shape="cube", size="large", material="metal"), "color"),
)
# scene 2 base: "What material is the large cylinder?"
group(
    "attribute",
    2,
    [
        "Big cylinder's material?",
        "What substance is the large cylindrical object made of?",
        "the big tube is made out of what",
    ],
    "q(u(f(sel(cylinder), size=large)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "material"),
)
# scene 16 base: "What shape is the large yellow metal object?"
group(
    "attribute",
    16,
    [
        "Shape of the big shiny yellow thing?",
        "Which shape does the large, yellow, metallic object have?",
        "what form has the big gold metal object",
    ],
    "q(u(f(scene(), size=large, color=yellow, material=metal)), shape)",
    lambda s: s.a(s.the(size="large", color="yellow", material="metal"), "shape"),
)
# scene 26 base: "What size is the purple rubber cube?"
group(
    "attribute",
    26,
    [
        "Size of the matte purple block?",
        "How would you describe the size of the purple cube that is made of rubber?",
        "purple rubber cube, it is big or small",
    ],
    "q(u(f(sel(cube), color=purple, material=rubber)), size)",
    lambda s: s.a(s.the(shape="cube", color="purple", material="rubber"), "size"),
)
# scene 53 base: "What color is the small sphere?"
group(
    "attribute",
    53,
    [
        "The little ball's colour?",
        "Tell me the colour of the sphere that is small.",
        "which color have the small ball",
    ],
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
# scene 33 base: "What shape is the large red object?"
group(
    "attribute",
    33,
    [
        "Big red thing - shape?",
        "What is the shape of the large object that is red in colour?",
        "the large red one is which shape",
    ],
    "q(u(f(scene(), size=large, color=red)), shape)",
    lambda s: s.a(s.the(size="large", color="red"), "shape"),
)

# --- comparing two objects' attributes ---------------------------------------------------------------------------
# scene 28 base: "Is the large red cylinder made of the same material as the brown sphere?"
group(
    "compare_attr",
    28,
    [
        "Big red cylinder and brown ball: same material?",
        "Do the large red cylinder and the brown sphere consist of the same material?",
        "does the brown ball and the big red can have same material",
    ],
    "same(u(f(sel(cylinder), size=large, color=red)), u(f(sel(sphere), color=brown)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large", color="red"), "material")
        == s.a(s.the(shape="sphere", color="brown"), "material")
    ),
)
# scene 35 base: "Is the purple sphere the same size as the gray cube?"
group(
    "compare_attr",
    35,
    [
        "Purple ball same size as grey cube?",
        "Is the size of the purple sphere equal to that of the gray block?",
        "purple ball and gray cube, they are same size?",
    ],
    "same(u(f(sel(sphere), color=purple)), u(f(sel(cube), color=gray)), size)",
    lambda s: yes(s.a(s.the(shape="sphere", color="purple"), "size") == s.a(s.the(shape="cube", color="gray"), "size")),
)
# scene 56 base: "Are the cyan cube and the cyan sphere made of the same material?"
group(
    "compare_attr",
    56,
    [
        "Cyan cube and cyan ball - same material?",
        "Are the cyan block and the cyan sphere composed of an identical material?",
        "the turquoise cube and turquoise ball made of same stuff?",
    ],
    "same(u(f(sel(cube), color=cyan)), u(f(sel(sphere), color=cyan)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="cyan"), "material") == s.a(s.the(shape="sphere", color="cyan"), "material")
    ),
)
# scene 14 base: "Is the blue sphere bigger than the cube?"
group(
    "compare_attr",
    14,
    [
        "Blue ball larger than the cube?",
        "Is the sphere that is blue greater in size than the cube?",
        "the blue ball is bigger then cube?",
    ],
    "larger(u(f(sel(sphere), color=blue)), u(sel(cube)))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="blue"), "size") == "large" and s.a(s.the(shape="cube"), "size") == "small"
    ),
)


# scene 36 base: "Which is larger, the gray sphere or the brown cylinder?"
def _bigger_shape(s: Clevr, a: int, b: int) -> str:
    if s.a(a, "size") == s.a(b, "size"):
        raise NotUnique("one size")
    return s.a(a if s.a(a, "size") == "large" else b, "shape")


group(
    "compare_attr",
    36,
    [
        "Grey ball or brown cylinder: which is bigger?",
        "Of the gray sphere and the brown cylinder, which one is the larger object?",
        "which one more big, the brown can or grey ball",
    ],
    "compare(u(f(sel(sphere), color=gray)), u(f(sel(cylinder), color=brown)), bigger)",
    lambda s: _bigger_shape(s, s.the(shape="sphere", color="gray"), s.the(shape="cylinder", color="brown")),
)

# --- comparing counts --------------------------------------------------------------------------------------------
# scene 5 base: "Are there more spheres than cubes?"
group(
    "compare_count",
    5,
    [
        "More balls than blocks?",
        "Does the number of spheres exceed the number of cubes?",
        "is there more ball than cube",
    ],
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
# scene 7 base: "Are there fewer metal objects than rubber objects?"
group(
    "compare_count",
    7,
    [
        "Fewer metal things than rubber ones?",
        "Is the number of metallic objects smaller than the number of rubber objects?",
        "metal objects are less than the rubber ones?",
    ],
    "lt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) < len(s.f(material="rubber"))),
)
# scene 42 base: "Are there as many blue objects as gray objects?"
group(
    "compare_count",
    42,
    [
        "Same number of blue and grey things?",
        "Is the count of blue objects equal to the count of gray objects?",
        "blue objects and grey objects, equal amount?",
    ],
    "eq(count(f(scene(), color=blue)), count(f(scene(), color=gray)))",
    lambda s: yes(len(s.f(color="blue")) == len(s.f(color="gray"))),
)
# scene 18 base: "Are there more purple things than cyan things?"
group(
    "compare_count",
    18,
    [
        "More purple objects than cyan ones?",
        "Would you say that the purple objects outnumber the cyan objects?",
        "purple stuff is more than cyan stuff?",
    ],
    "gt(count(f(scene(), color=purple)), count(f(scene(), color=cyan)))",
    lambda s: yes(len(s.f(color="purple")) > len(s.f(color="cyan"))),
)
# scene 46 base: "How many more spheres than cylinders are there?"
group(
    "compare_count",
    46,
    [
        "How many more balls than cylinders?",
        "By how many does the number of spheres exceed the number of cylinders?",
        "spheres are more than cylinders by how many",
    ],
    "sub(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="sphere")) - len(s.f(shape="cylinder"))),
)

# --- spatial relations -------------------------------------------------------------------------------------------
# scene 10 base: "Is the small gray cube to the left of the large gray cylinder?"
group(
    "spatial",
    10,
    [
        "Small grey cube left of the big grey cylinder?",
        "Is the little gray block positioned on the left-hand side of the large gray cylinder?",
        "the small grey cube is on left side of the big grey cylinder yes?",
    ],
    "exist(f(rel(u(f(sel(cylinder), size=large, color=gray)), left), size=small, color=gray, shape=cube))",
    lambda s: is_rel(
        s, s.the(shape="cube", size="small", color="gray"), "left", s.the(shape="cylinder", size="large", color="gray")
    ),
)
# scene 21 base: "How many objects are in front of the gray sphere?"
group(
    "spatial",
    21,
    [
        "Things in front of the grey ball: how many?",
        "What is the number of objects positioned in front of the gray sphere?",
        "how many thing are before the silver ball",
    ],
    "count(rel(u(f(sel(sphere), color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="gray"))),
)
# scene 25 base: "What color is the cylinder behind the large red cube?"
group(
    "spatial",
    25,
    [
        "Colour of the cylinder behind the big red cube?",
        "What colour is the cylindrical object located behind the large red block?",
        "the can in back of the red cube, what colour",
    ],
    "q(u(f(rel(u(f(sel(cube), size=large, color=red)), behind), shape=cylinder)), color)",
    lambda s: s.a(
        only([i for i in related(s, "behind", s.the(shape="cube", color="red")) if s.a(i, "shape") == "cylinder"]),
        "color",
    ),
)
# scene 34 base: "Is the yellow cube behind the red cylinder?"
group(
    "spatial",
    34,
    [
        "Yellow cube behind red cylinder?",
        "Is the yellow block located further back than the red cylinder?",
        "the yellow box, is it behind of the red can",
    ],
    "exist(f(rel(u(f(sel(cylinder), color=red)), behind), color=yellow, shape=cube))",
    lambda s: is_rel(s, s.the(shape="cube", color="yellow"), "behind", s.the(shape="cylinder", color="red")),
)
# scene 13 base: "Is there anything in front of the small gray sphere?"
group(
    "spatial",
    13,
    [
        "Anything in front of the grey ball?",
        "Is any object located in front of the small gray sphere?",
        "something is in front of little grey ball?",
    ],
    "exist(rel(u(f(sel(sphere), size=small, color=gray)), front))",
    lambda s: yes(bool(related(s, "front", s.the(shape="sphere", color="gray")))),
)
# scene 51 base: "What shape is the object to the left of the gray sphere?"
group(
    "spatial",
    51,
    [
        "Shape of the thing left of the grey ball?",
        "What is the shape of the object positioned to the left of the gray sphere?",
        "left from the grey ball there is something, which shape it has",
    ],
    "q(u(rel(u(f(sel(sphere), color=gray)), left)), shape)",
    lambda s: s.a(only(related(s, "left", s.the(shape="sphere", color="gray"))), "shape"),
)

# --- nearest / farthest ------------------------------------------------------------------------------------------
# scene 15 base: "What color is the object nearest to the small purple cylinder?"
group(
    "nearest",
    15,
    [
        "Colour of the thing closest to the little purple cylinder?",
        "Which colour is the object that lies nearest to the small purple cylinder?",
        "what colour has the object most near the small violet can",
    ],
    "q(closest(scene(), u(f(sel(cylinder), size=small, color=purple))), color)",
    lambda s: s.a(extreme(s, s.all(), s.the(shape="cylinder", color="purple")), "color"),
)
# scene 32 base: "What color is the object closest to the red cube?"
group(
    "nearest",
    32,
    [
        "Closest thing to the red cube - colour?",
        "Tell me the colour of whichever object is nearest to the red cube.",
        "the object next to red cube, it is which colour",
    ],
    "q(closest(scene(), u(f(sel(cube), color=red))), color)",
    lambda s: s.a(extreme(s, s.all(), s.the(shape="cube", color="red")), "color"),
)
# scene 36 base: "What color is the object farthest from the large purple sphere?"
group(
    "nearest",
    36,
    [
        "Colour of the thing furthest from the big purple ball?",
        "What is the colour of the object located farthest away from the large purple sphere?",
        "which colour is the object most far from big purple ball",
    ],
    "q(farthest(scene(), u(f(sel(sphere), size=large, color=purple))), color)",
    lambda s: s.a(extreme(s, s.all(), s.the(shape="sphere", color="purple"), farthest=True), "color"),
)
# scene 20 base: "What shape is the object farthest from the large cyan sphere?"
group(
    "nearest",
    20,
    [
        "Furthest object from the big cyan ball: what shape?",
        "I want to know the shape of the object that is the greatest distance from the large cyan sphere.",
        "the thing most away from the big light blue ball, what shape is it",
    ],
    "q(farthest(scene(), u(f(sel(sphere), size=large, color=cyan))), shape)",
    lambda s: s.a(extreme(s, s.all(), s.the(shape="sphere", color="cyan"), farthest=True), "shape"),
)

# --- chains of two relations -------------------------------------------------------------------------------------
# scene 3 base: "What color is the object behind the cylinder that is left of the red sphere?"
group(
    "chain",
    3,
    [
        "Colour of the thing behind the cylinder left of the red ball?",
        "There is a cylinder to the left of the red sphere; what colour is the object behind it?",
        "behind the cylinder which is on left of the red ball there is a object. what color",
    ],
    "q(u(rel(u(f(rel(u(f(sel(sphere), color=red)), left), shape=cylinder)), behind)), color)",
    lambda s: s.a(
        only(
            related(
                s,
                "behind",
                only(
                    [i for i in related(s, "left", s.the(shape="sphere", color="red")) if s.a(i, "shape") == "cylinder"]
                ),
            )
        ),
        "color",
    ),
)
# scene 16 base: "What color is the sphere to the right of the cube that is right of the brown cylinder?"
group(
    "chain",
    16,
    [
        "The ball right of the cube that's right of the brown cylinder: what colour?",
        "Consider the cube on the right of the brown cylinder; what is the colour of the sphere to its right?",
        "what colour is ball on right side of the cube, the cube that is right from brown cylinder",
    ],
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=brown)), right), shape=cube)), right), shape=sphere)), color)",
    lambda s: s.a(
        only(
            [
                j
                for j in related(
                    s,
                    "right",
                    only(
                        [
                            i
                            for i in related(s, "right", s.the(shape="cylinder", color="brown"))
                            if s.a(i, "shape") == "cube"
                        ]
                    ),
                )
                if s.a(j, "shape") == "sphere"
            ]
        ),
        "color",
    ),
)
# scene 9 base: "How many objects are to the right of the cube in front of the blue sphere?"
group(
    "chain",
    9,
    [
        "Things right of the cube in front of the blue ball - how many?",
        "Count the objects that lie to the right of the cube positioned in front of the blue sphere.",
        "how many object on the right of cube which is infront of blue ball",
    ],
    "count(rel(u(f(rel(u(f(sel(sphere), color=blue)), front), shape=cube)), right))",
    lambda s: n(
        related(
            s,
            "right",
            only([i for i in related(s, "front", s.the(shape="sphere", color="blue")) if s.a(i, "shape") == "cube"]),
        )
    ),
)
# scene 33 base: "What color is the object behind the large cube that is left of the gray sphere?"
group(
    "chain",
    33,
    [
        "Colour of whatever is behind the big cube left of the grey ball?",
        "What colour is the object situated behind the large cube which lies to the left of the gray sphere?",
        "the big cube left of grey ball, what colour is thing behind it",
    ],
    "q(u(rel(u(f(rel(u(f(sel(sphere), color=gray)), left), shape=cube, size=large)), behind)), color)",
    lambda s: s.a(
        only(
            related(
                s,
                "behind",
                only(
                    [
                        i
                        for i in related(s, "left", s.the(shape="sphere", color="gray"))
                        if s.a(i, "shape") == "cube" and s.a(i, "size") == "large"
                    ]
                ),
            )
        ),
        "color",
    ),
)

# --- superlatives and ordinals -----------------------------------------------------------------------------------
# scene 55 base: "What color is the rightmost object?"
group(
    "superlative",
    55,
    [
        "Rightmost object's colour?",
        "What is the colour of the object that is farthest to the right?",
        "the thing most on right side, which colour",
    ],
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
# scene 47 base: "What shape is the second object from the left?"
group(
    "superlative",
    47,
    [
        "Second from the left - what shape?",
        "Counting from the left, what shape is the second object?",
        "the 2nd thing from left is what shape",
    ],
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
# scene 59 base: "What shape is the object farthest back?"
group(
    "superlative",
    59,
    [
        "Shape of the rearmost object?",
        "What is the shape of the object located furthest from the camera?",
        "the most back object, what shape it have",
    ],
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
# scene 11 base: "What color is the frontmost sphere?"
group(
    "superlative",
    11,
    [
        "Colour of the ball nearest the front?",
        "Among the spheres, which colour is the one closest to the viewer?",
        "the ball that is most in front, what colour",
    ],
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
# scene 24 base: "What color is the second cube from the right?"
group(
    "superlative",
    24,
    [
        "Second block from the right: colour?",
        "If you count the cubes from the right, what colour is the second one?",
        "2nd cube from right side is which color",
    ],
    "q(ord(sel(cube), right, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right", 2), "color"),
)

# --- and / or of sets ----------------------------------------------------------------------------------------------
# scene 6 base: "How many objects are red or spheres?"
group(
    "and_or",
    6,
    [
        "Count of objects that are red or spherical?",
        "How many objects are there that are either red, or spheres, or both?",
        "how many thing is red or is a ball",
    ],
    "count(union(f(scene(), color=red), sel(sphere)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") == "red" or s.a(i, "shape") == "sphere"]),
)
# scene 45 base: "Is there a yellow cylinder or a green cube?"
group(
    "and_or",
    45,
    [
        "Yellow cylinder or green cube present?",
        "Does the scene contain either a yellow cylinder or a green cube?",
        "u see a yellow can or green block?",
    ],
    "or_(exist(f(sel(cylinder), color=yellow)), exist(f(sel(cube), color=green)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="yellow")) or bool(s.f(shape="cube", color="green"))),
)
# scene 48 base: "Is there both a red cube and a blue sphere?"
group(
    "and_or",
    48,
    [
        "A red cube and a blue ball - both there?",
        "Does the image contain a red cube as well as a blue sphere?",
        "there is red cube and also blue ball?",
    ],
    "and_(exist(f(sel(cube), color=red)), exist(f(sel(sphere), color=blue)))",
    lambda s: yes(bool(s.f(shape="cube", color="red")) and bool(s.f(shape="sphere", color="blue"))),
)
# scene 41 base: "How many objects are cylinders or made of metal?"
group(
    "and_or",
    41,
    [
        "Cylinders or metal things: how many?",
        "What is the number of objects that are either cylindrical or metallic?",
        "how many things are cylinder or metal",
    ],
    "count(union(sel(cylinder), f(scene(), material=metal)))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") == "cylinder" or s.a(i, "material") == "metal"]),
)

# --- yes/no verification -----------------------------------------------------------------------------------------
# scene 30 base: "Is the blue cylinder made of metal?"
group(
    "verify",
    30,
    [
        "Blue cylinder metallic?",
        "Is the cylinder that is blue constructed from metal?",
        "the blue can is metal one?",
    ],
    "verify(u(f(sel(cylinder), color=blue)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="blue"), "material") == "metal"),
)
# scene 53 base: "Is the large green sphere rubber?"
group(
    "verify",
    53,
    [
        "Big green ball made of rubber?",
        "Is the large green sphere composed of rubber?",
        "green big ball is rubbery or not",
    ],
    "verify(u(f(sel(sphere), size=large, color=green)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="green"), "material") == "rubber"),
)
# scene 1 base: "Is the purple cube large?"
group(
    "verify",
    1,
    [
        "Purple cube big?",
        "Would you describe the purple cube as large?",
        "the purple block is a big one?",
    ],
    "verify(u(f(sel(cube), color=purple)), size, large)",
    lambda s: yes(s.a(s.the(shape="cube", color="purple"), "size") == "large"),
)
# scene 44 base: "Is the small sphere cyan?"
group(
    "verify",
    44,
    [
        "Little ball cyan?",
        "Is the colour of the small sphere cyan?",
        "small ball is it cyan colour",
    ],
    "verify(u(f(sel(sphere), size=small)), color, cyan)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small"), "color") == "cyan"),
)

# --- what the scene cannot tell ----------------------------------------------------------------------------------
# scene 12 base: "Which object is the heaviest?"
group(
    "refuse",
    12,
    [
        "Heaviest object?",
        "Which of these objects weighs the most?",
        "what thing is most heavy here",
    ],
)
# scene 5 base: "What time of day is it?"
group(
    "refuse",
    5,
    [
        "Time of day?",
        "At what time of day was this scene photographed?",
        "is it morning or evening in this pic",
    ],
)
# scene 40 base: "What will happen if the brown cylinder falls over?"
group(
    "refuse",
    40,
    [
        "If the brown cylinder tips over, then what?",
        "What would be the consequence if the brown cylinder were to fall over?",
        "what happen next when brown cylinder fall down",
    ],
)
# scene 17 base: "Is the little yellow ball lonely?"
group(
    "refuse",
    17,
    [
        "Yellow ball lonely?",
        "Does the small yellow sphere feel lonely?",
        "the little yellow ball is feeling sad and alone?",
    ],
)

# =================================================================================================================
# photo-like scenes
# =================================================================================================================

# street base: "How many people are in the street?"
group(
    "count",
    "street",
    [
        "How many people?",
        "What is the number of persons visible in this street scene?",
        "how many ppl can u see in the street",
    ],
    "count(sel(person))",
    lambda p: n(people(p)),
)
# street base: "What color is the tie worn by the man on the right?"
group(
    "chain",
    "street",
    [
        "Right-hand man's tie colour?",
        "What is the colour of the tie that the man on the right is wearing?",
        "the man at right side, his tie is what color",
    ],
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("man", hposition="right"), "wearing")), "color"),
)
# street base: "What is behind the bus?"
group(
    "spatial",
    "street",
    [
        "Behind the bus is what?",
        "Which object can be found behind the bus?",
        "what thing is there in back of the bus",
    ],
    "q(u(rel(u(sel(bus)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("bus")))),
)
# street base: "Is the car white?"
group(
    "verify",
    "street",
    [
        "Car white?",
        "Is the colour of the car white?",
        "the car is white colour right",
    ],
    "verify(u(sel(car)), color, white)",
    lambda p: yes(p.value(p.the("car"), "color") == "white"),
)
# street base: "Are there more men than women?"
group(
    "compare_count",
    "street",
    [
        "More men than women?",
        "Does the number of men exceed the number of women in the picture?",
        "there is more man than woman?",
    ],
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
# kitchen base: "How many cups are on the table?"
group(
    "count",
    "kitchen",
    [
        "Cups on the table - how many?",
        "What is the number of cups that have been placed on the table?",
        "how many cup is on top of table",
    ],
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) == "cup"]),
)
# kitchen base: "What color is the cup to the right of the bottle?"
group(
    "spatial",
    "kitchen",
    [
        "Colour of the cup right of the bottle?",
        "Which colour is the cup located to the right of the bottle?",
        "cup on right side from bottle, what color it is",
    ],
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only([o for o in p.subjects("right", p.the("bottle")) if p.name(o) == "cup"]), "color"),
)
# kitchen base: "What is to the left of the thing that is left of the blue cup?"
group(
    "chain",
    "kitchen",
    [
        "What's left of the object left of the blue cup?",
        "Identify the object to the left of whatever is directly left of the blue cup.",
        "left of the blue cup there is a thing, and left of that thing is what",
    ],
    "q(u(rel(u(rel(u(f(sel(cup), color=blue)), left)), left)), name)",
    lambda p: p.name(only(p.subjects("left", only(p.subjects("left", p.the("cup", color="blue")))))),
)
# kitchen base: "Is there a spoon?"
group(
    "exist",
    "kitchen",
    [
        "Any spoons?",
        "Can a spoon be seen anywhere in this kitchen?",
        "there is spoon in the picture?",
    ],
    "exist(sel(spoon))",
    lambda p: yes(bool(p.f("spoon"))),
)
# kitchen base: "Is the plate the same color as the clock?"
group(
    "compare_attr",
    "kitchen",
    [
        "Plate and clock same colour?",
        "Do the plate and the clock share the same colour?",
        "the plate has the same colour like the clock?",
    ],
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
# kitchen base: "What color is the rightmost cup?"
group(
    "superlative",
    "kitchen",
    [
        "Rightmost cup's colour?",
        "What is the colour of the cup that is farthest to the right?",
        "the cup most on the right, which colour",
    ],
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(outermost(p, p.f("cup"), "right"), "color"),
)
# park base: "How many women are there?"
group(
    "count",
    "park",
    [
        "Number of women?",
        "How many women can be seen in the park?",
        "how many ladies r there",
    ],
    "count(sel(woman))",
    lambda p: n(p.f("woman")),
)
# park base: "What color is the dog that is being held?"
group(
    "chain",
    "park",
    [
        "Colour of the dog someone's holding?",
        "What is the colour of the dog which a person is holding?",
        "the dog who is held by someone, what colour",
    ],
    "q(u(rel(sel(person), holding, role=object)), color)",
    lambda p: p.value(only([o for who in people(p) for o in p.objects_of(who, "holding")]), "color"),
)
# park base: "Is the bicycle to the right of the bench?"
group(
    "spatial",
    "park",
    [
        "Bike right of the bench?",
        "Is the bicycle positioned to the right of the bench?",
        "the bike is on right side of bench?",
    ],
    "vrel(u(sel(bench)), right, name=bicycle)",
    lambda p: yes(p.has(p.the("bicycle"), "right", p.the("bench"))),
)
# park base: "Is there a cat or a bicycle?"
group(
    "and_or",
    "park",
    [
        "Any cat or bike?",
        "Does the image contain either a cat or a bicycle?",
        "u can see a cat or a bike there?",
    ],
    "or_(exist(sel(cat)), exist(sel(bicycle)))",
    lambda p: yes(bool(p.f("cat")) or bool(p.f("bicycle"))),
)
# park base: "What color is the bicycle?"
group(
    "attribute",
    "park",
    [
        "Bike colour?",
        "What colour is the bicycle in the park?",
        "the bicycle got which colour",
    ],
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
# shapes base: "How many shapes are red or large?"
group(
    "and_or",
    "shapes",
    [
        "Red or large shapes - how many?",
        "How many of the shapes are either red or large?",
        "how many shape is red or big",
    ],
    "count(union(f(scene(), color=red), f(scene(), size=large)))",
    lambda p: n([o for o in p.objects if p.value(o, "color") == "red" or p.value(o, "size") == "large"]),
)
# shapes base: "Which shape is the largest?"
group(
    "superlative",
    "shapes",
    [
        "Largest shape?",
        "Which of the shapes is the biggest one?",
        "the most big shape is what",
    ],
    "q(ord(scene(), largest, 1), shape)",
    lambda p: p.value(biggest(p, list(p.objects)), "shape"),
)
# shapes base: "Are there more blue shapes than red ones?"
group(
    "compare_count",
    "shapes",
    [
        "More blue shapes than red?",
        "Do the blue shapes outnumber the red shapes?",
        "blue shapes are more then red shapes?",
    ],
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)

# --- what the photos cannot tell ---------------------------------------------------------------------------------
# street base: "What brand is the white car?"
group(
    "refuse",
    "street",
    [
        "Car brand?",
        "Which manufacturer made the white car?",
        "what make is that white car",
    ],
)
# park base: "Is the girl in pink happy?"
group(
    "refuse",
    "park",
    [
        "Girl in pink happy?",
        "Does the girl wearing pink seem to be happy?",
        "the pink girl is she happy",
    ],
)
# kitchen base: "What is the woman going to do next?"
group(
    "refuse",
    "kitchen",
    [
        "Woman's next move?",
        "What action is the woman about to take next?",
        "what the lady will do after",
    ],
)
# street base: "Why is the woman holding the dog?"
group(
    "refuse",
    "street",
    [
        "Reason the woman holds the dog?",
        "For what reason is the woman holding the dog?",
        "why that woman hold the dog",
    ],
)
# shapes base: "How much does the yellow rectangle weigh?" (a single rephrasing)
GROUP[0] += 1
Q.append((f"refuse:g{GROUP[0]:02d}", "shapes", "how heavy is the yellow rectangle", None, None))

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
