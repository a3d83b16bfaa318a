# ruff: noqa: E501
"""Blind paraphrase set 24: CLEVR's compositional families, restated. The nine CLEVR question families (zero_hop,
one_hop, two_hop, three_hop, single_and, single_or, same_relate, comparison, compare_integer) asked again the way a
chat assistant, a paraphrasing tool or different people would put them: clauses reordered or split into two
sentences ("There's a big shiny thing left of the cube. What colour is the thing in front of it?"), questions that
open with the relation ("Behind the big blue ball, how many ..."), relative clauses with or without who/which/that,
polite wrappers ("Could you tell me", "I'd like to know", "Please determine"), nominalisations ("the number of",
"the colour of"), passives, synonyms (block, ball, tube, can, shiny/metallic, matte/rubber, tiny/little, huge,
closer to the camera, farther away), "other than", "besides", "apart from", "as well", "does it share its colour
with", and an ordinary typo or a missing question mark here and there. About three quarters are on CLEVR scenes
(relations from the scene's ``relationships``; the object a relation starts from must be the only one its words fit,
the object a chain lands on the only one among those the relation gives; same_relate and "other" leave the object
itself out), the rest on the photo-like graphs, and some must be refused (feelings, intentions, what happened
before, things outside the picture, brand names). Written without reading the parser or any earlier set but the
twenty-third (read for the format only); held back to be run once, at the end.

Run ``python build_blind24.py`` to write ``../blind24.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind24.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def hop(s: Clevr, anchor: int, relation: str, **want) -> list[int]:
    """CLEVR relate then filter: the objects that are ``relation`` of the anchor (left: left of it) with the wanted
    attribute values."""
    return s.f(s.rel(relation, anchor), **want)


def hop1(s: Clevr, anchor: int, relation: str, **want) -> int:
    """CLEVR relate_filter_unique: the one object among those ``relation`` of the anchor that has the wanted values."""
    return only(hop(s, anchor, relation, **want))


def same_as(s: Clevr, anchor: int, attribute: str, **want) -> list[int]:
    """CLEVR same_<attribute> then filter: the other objects (never the anchor) that share its ``attribute``."""
    return [i for i in s.f(**want) if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def either(a: list, b: list) -> list:
    return sorted(set(a) | set(b))


def both(a: list, b: list) -> list:
    return sorted(set(a) & set(b))


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def named(p: Photo, ids: list[str], *names: str) -> list[str]:
    return [o for o in ids if p.name(o) in names]


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph, large blue metal sph, large green rubber cyl
C(
    "single_or",
    0,
    "Counting everything that is either big or yellow, how many objects do you get?",
    "count(union(f(scene(), size=large), f(scene(), color=yellow)))",
    lambda s: n(either(s.f(size="large"), s.f(color="yellow"))),
)

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "two_hop",
    1,
    "Tell me what the cylinder is made of, the one behind the purple thing that sits to the right of the little brown sphere.",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=brown)), right), color=purple)), behind), shape=cylinder)), material)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, s.the(shape="sphere", size="small", color="brown"), "right", color="purple"),
            "behind",
            shape="cylinder",
        ),
        "material",
    ),
)
C(
    "same_relate",
    1,
    "Apart from the shiny blue cylinder, is anything else in the scene blue as well?",
    "exist(diff(f(scene(), color=blue), f(sel(cylinder), color=blue, material=metal)))",
    lambda s: yes(bool(same_as(s, s.the(shape="cylinder", color="blue", material="metal"), "color"))),
)
C(
    "compare_integer",
    1,
    "Would you say the cubes and the cylinders are equal in number?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "single_and",
    1,
    "How many objects are closer to the camera than the gray cube while also being left of the blue rubber cylinder?",
    "count(inter(rel(u(f(sel(cube), color=gray)), front), rel(u(f(sel(cylinder), color=blue, material=rubber)), left)))",
    lambda s: n(
        both(
            s.rel("front", s.the(shape="cube", color="gray")),
            s.rel("left", s.the(shape="cylinder", color="blue", material="rubber")),
        )
    ),
)
C(
    "zero_hop",
    1,
    "Could you tell me what shape the brown object is?",
    "q(u(f(scene(), color=brown)), shape)",
    lambda s: s.a(s.the(color="brown"), "shape"),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "single_and",
    2,
    "One object is behind the cyan cylinder and at the same time right of the green cube. Which material is it made of?",
    "q(u(inter(rel(u(f(sel(cylinder), color=cyan)), behind), rel(u(f(sel(cube), color=green)), right))), material)",
    lambda s: s.a(
        only(
            both(
                s.rel("behind", s.the(shape="cylinder", color="cyan")),
                s.rel("right", s.the(shape="cube", color="green")),
            )
        ),
        "material",
    ),
)

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "three_hop",
    3,
    "Start at the cube, go to the ball on its right, then to the small cylinder behind that ball. What colour is whatever stands behind that cylinder?",
    "q(u(rel(u(f(rel(u(f(rel(u(sel(cube)), right), shape=sphere)), behind), size=small, shape=cylinder)), behind)), color)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, hop1(s, s.the(shape="cube"), "right", shape="sphere"), "behind", size="small", shape="cylinder"),
            "behind",
        ),
        "color",
    ),
)
C(
    "comparison",
    3,
    "Do the large red cylinder and the tiny metal ball share a colour?",
    "same(u(f(sel(cylinder), size=large, color=red)), u(f(sel(sphere), size=small, material=metal)), color)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large", color="red"), "color")
        == s.a(s.the(shape="sphere", size="small", material="metal"), "color")
    ),
)
C(
    "single_or",
    3,
    "Count the objects that are red or that are cubes (either one will do).",
    "count(union(f(scene(), color=red), sel(cube)))",
    lambda s: n(either(s.f(color="red"), s.f(shape="cube"))),
)
C(
    "same_relate",
    3,
    "The big purple cylinder: how many other items are made of the same material as it?",
    "count(diff(f(scene(), material=rubber), f(sel(cylinder), size=large, color=purple)))",
    lambda s: n(same_as(s, s.the(shape="cylinder", size="large", color="purple"), "material")),
)

# scene 4: small red rubber cyl, small green rubber cyl, small brown rubber sph, small yellow metal sph, small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph
C(
    "one_hop",
    4,
    "Behind the big blue ball, how many cylinders are there?",
    "count(f(rel(u(f(sel(sphere), size=large, color=blue)), behind), shape=cylinder))",
    lambda s: n(hop(s, s.the(shape="sphere", size="large", color="blue"), "behind", shape="cylinder")),
)
C(
    "two_hop",
    4,
    "There's a metal cylinder somewhere behind the brown ball. How many balls are on the right of it?",
    "count(f(rel(u(f(rel(u(f(sel(sphere), color=brown)), behind), shape=cylinder, material=metal)), right), shape=sphere))",
    lambda s: n(
        hop(
            s,
            hop1(s, s.the(shape="sphere", color="brown"), "behind", shape="cylinder", material="metal"),
            "right",
            shape="sphere",
        )
    ),
)
C(
    "compare_integer",
    4,
    "Are the metal objects fewer in number than the rubber ones?",
    "lt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) < len(s.f(material="rubber"))),
)
C(
    "same_relate",
    4,
    "Of the remaining spheres, how many have the same colour as the shiny yellow ball?",
    "count(diff(f(sel(sphere), color=yellow), f(sel(sphere), color=yellow, material=metal)))",
    lambda s: n(same_as(s, s.the(shape="sphere", color="yellow", material="metal"), "color", shape="sphere")),
)
C(
    "single_or",
    4,
    "how many rubber things are either yellow or purple",
    "count(f(union(f(scene(), color=yellow), f(scene(), color=purple)), material=rubber))",
    lambda s: n(s.f(either(s.f(color="yellow"), s.f(color="purple")), material="rubber")),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "two_hop",
    5,
    "Behind the green tube there is one large object. What shape is the thing on its left side?",
    "q(u(rel(u(f(rel(u(f(sel(cylinder), color=green)), behind), size=large)), left)), shape)",
    lambda s: s.a(hop1(s, hop1(s, s.the(shape="cylinder", color="green"), "behind", size="large"), "left"), "shape"),
)
C(
    "comparison",
    5,
    "Is the big shiny thing in front of the blue cube made of the same stuff as the green cylinder?",
    "same(u(f(rel(u(f(sel(cube), color=blue)), front), size=large, material=metal)), u(f(sel(cylinder), color=green)), material)",
    lambda s: yes(
        s.a(hop1(s, s.the(shape="cube", color="blue"), "front", size="large", material="metal"), "material")
        == s.a(s.the(shape="cylinder", color="green"), "material")
    ),
)
C(
    "single_and",
    5,
    "How many things lie to the right of the brown cube and, at the same time, infront of the red cube?",
    "count(inter(rel(u(f(sel(cube), color=brown)), right), rel(u(f(sel(cube), color=red)), front)))",
    lambda s: n(
        both(s.rel("right", s.the(shape="cube", color="brown")), s.rel("front", s.the(shape="cube", color="red")))
    ),
)
C(
    "zero_hop",
    5,
    "What's the number of large matte objects?",
    "count(f(scene(), size=large, material=rubber))",
    lambda s: n(s.f(size="large", material="rubber")),
)
C(
    "compare_integer",
    5,
    "Do the spheres outnumber the cubes?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "three_hop",
    6,
    "Start at the gray ball. To its right there is a brown thing, and behind that brown thing a big purple object. What is the thing to the right of that purple object made of?",
    "q(u(rel(u(f(rel(u(f(rel(u(f(sel(sphere), color=gray)), right), color=brown)), behind), size=large, color=purple)), right)), material)",
    lambda s: s.a(
        hop1(
            s,
            hop1(
                s,
                hop1(s, s.the(shape="sphere", color="gray"), "right", color="brown"),
                "behind",
                size="large",
                color="purple",
            ),
            "right",
        ),
        "material",
    ),
)
C(
    "same_relate",
    6,
    "Besides the gray one, there is one more ball of that size. What colour is it?",
    "q(u(diff(f(sel(sphere), size=large), f(sel(sphere), color=gray))), color)",
    lambda s: s.a(only(same_as(s, s.the(shape="sphere", color="gray"), "size", shape="sphere")), "color"),
)
C(
    "compare_integer",
    6,
    "Are there more balls behind the small red cube than there are cylinders in the whole scene?",
    "gt(count(f(rel(u(f(sel(cube), size=small, color=red)), behind), shape=sphere)), count(sel(cylinder)))",
    lambda s: yes(
        len(hop(s, s.the(shape="cube", size="small", color="red"), "behind", shape="sphere"))
        > len(s.f(shape="cylinder"))
    ),
)
C(
    "one_hop",
    6,
    "Which shape does the metallic object in front of the blue cube have?",
    "q(u(f(rel(u(f(sel(cube), color=blue)), front), material=metal)), shape)",
    lambda s: s.a(hop1(s, s.the(shape="cube", color="blue"), "front", material="metal"), "shape"),
)

C(
    "single_and",
    6,
    "Count the objects that are closer to the camera than the little purple ball and also to the right of the gray ball.",
    "count(inter(rel(u(f(sel(sphere), size=small, color=purple)), front), rel(u(f(sel(sphere), color=gray)), right)))",
    lambda s: n(
        both(
            s.rel("front", s.the(shape="sphere", size="small", color="purple")),
            s.rel("right", s.the(shape="sphere", color="gray")),
        )
    ),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "two_hop",
    7,
    "I'd like to know how many objects are on the right of the big cyan thing behind the sphere.",
    "count(rel(u(f(rel(u(sel(sphere)), behind), size=large, color=cyan)), right))",
    lambda s: n(s.rel("right", hop1(s, s.the(shape="sphere"), "behind", size="large", color="cyan"))),
)
C(
    "single_or",
    7,
    "What's the total of things that are either cylinders in front of the red cube or small cubes?",
    "count(union(f(rel(u(f(sel(cube), color=red)), front), shape=cylinder), f(sel(cube), size=small)))",
    lambda s: n(
        either(hop(s, s.the(shape="cube", color="red"), "front", shape="cylinder"), s.f(shape="cube", size="small"))
    ),
)
C(
    "comparison",
    7,
    "Is the little blue tube made of the same material as the large cyan one?",
    "same(u(f(sel(cylinder), size=small, color=blue)), u(f(sel(cylinder), size=large, color=cyan)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="small", color="blue"), "material")
        == s.a(s.the(shape="cylinder", size="large", color="cyan"), "material")
    ),
)
C(
    "same_relate",
    7,
    "Look at the brown cube. How many other objects have exactly that shape?",
    "count(diff(sel(cube), f(sel(cube), color=brown)))",
    lambda s: n(same_as(s, s.the(shape="cube", color="brown"), "shape")),
)
C(
    "three_hop",
    7,
    "Right of the small cube is a yellow object, and in front of that is a blue thing. What colour is the large metal object to the left of the blue thing?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(cube), size=small)), right), color=yellow)), front), color=blue)), left), size=large, material=metal)), color)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, hop1(s, s.the(shape="cube", size="small"), "right", color="yellow"), "front", color="blue"),
            "left",
            size="large",
            material="metal",
        ),
        "color",
    ),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "single_and",
    8,
    "What colour is the matte cube that's behind the yellow cylinder and, also, left of the gray cube?",
    "q(u(f(inter(rel(u(f(sel(cylinder), color=yellow)), behind), rel(u(f(sel(cube), color=gray)), left)), shape=cube, material=rubber)), color)",
    lambda s: s.a(
        only(
            s.f(
                both(
                    s.rel("behind", s.the(shape="cylinder", color="yellow")),
                    s.rel("left", s.the(shape="cube", color="gray")),
                ),
                shape="cube",
                material="rubber",
            )
        ),
        "color",
    ),
)
C(
    "compare_integer",
    8,
    "Is it true that there are just as many metal items as rubber ones?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "same_relate",
    8,
    "Is there a cylinder that shares its colour with the purple ball?",
    "exist(diff(f(sel(cylinder), color=purple), f(sel(sphere), color=purple)))",
    lambda s: yes(bool(same_as(s, s.the(shape="sphere", color="purple"), "color", shape="cylinder"))),
)
C(
    "two_hop",
    8,
    "To the left of the sphere there is a yellow shiny thing. What is the shape of the object in front of it?",
    "q(u(rel(u(f(rel(u(sel(sphere)), left), color=yellow, material=metal)), front)), shape)",
    lambda s: s.a(hop1(s, hop1(s, s.the(shape="sphere"), "left", color="yellow", material="metal"), "front"), "shape"),
)

C(
    "one_hop",
    8,
    "How many cubes are closer to the camera than the large gray cylinder?",
    "count(f(rel(u(f(sel(cylinder), size=large, color=gray)), front), shape=cube))",
    lambda s: n(hop(s, s.the(shape="cylinder", size="large", color="gray"), "front", shape="cube")),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "three_hop",
    9,
    "In front of the purple cube stands a large gray cylinder; in front of that, a green ball. How many things are closer to the camera than the green ball?",
    "count(rel(u(f(rel(u(f(rel(u(f(sel(cube), color=purple)), front), size=large, color=gray, shape=cylinder)), front), color=green, shape=sphere)), front))",
    lambda s: n(
        s.rel(
            "front",
            hop1(
                s,
                hop1(s, s.the(shape="cube", color="purple"), "front", size="large", color="gray", shape="cylinder"),
                "front",
                color="green",
                shape="sphere",
            ),
        )
    ),
)
C(
    "single_or",
    9,
    "What is the total number of objects that are large cylinders or made of metal?",
    "count(union(f(sel(cylinder), size=large), f(scene(), material=metal)))",
    lambda s: n(either(s.f(shape="cylinder", size="large"), s.f(material="metal"))),
)
C(
    "comparison",
    9,
    "Does the object on the blue ball's left share its colour with the small block?",
    "same(u(rel(u(f(sel(sphere), color=blue)), left)), u(f(sel(cube), size=small)), color)",
    lambda s: yes(
        s.a(hop1(s, s.the(shape="sphere", color="blue"), "left"), "color")
        == s.a(s.the(shape="cube", size="small"), "color")
    ),
)
C(
    "zero_hop",
    9,
    "How big is the purple block, large or small?",
    "q(u(f(sel(cube), color=purple)), size)",
    lambda s: s.a(s.the(shape="cube", color="purple"), "size"),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "two_hop",
    10,
    "Left of the cube there's a green thing. What's the size of the red cylinder behind it?",
    "q(u(f(rel(u(f(rel(u(sel(cube)), left), color=green)), behind), color=red, shape=cylinder)), size)",
    lambda s: s.a(
        hop1(s, hop1(s, s.the(shape="cube"), "left", color="green"), "behind", color="red", shape="cylinder"), "size"
    ),
)
C(
    "comparison",
    10,
    "The purple ball and the red ball, are they made from the same material?",
    "same(u(f(sel(sphere), color=purple)), u(f(sel(sphere), color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="purple"), "material") == s.a(s.the(shape="sphere", color="red"), "material")
    ),
)
C(
    "single_and",
    10,
    "How many things are farther away than the green cylinder and to the right of the purple ball as well?",
    "count(inter(rel(u(f(sel(cylinder), color=green)), behind), rel(u(f(sel(sphere), color=purple)), right)))",
    lambda s: n(
        both(
            s.rel("behind", s.the(shape="cylinder", color="green")),
            s.rel("right", s.the(shape="sphere", color="purple")),
        )
    ),
)

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "same_relate",
    11,
    "Besides the yellow ball, how many balls are just as large?",
    "count(diff(f(sel(sphere), size=large), f(sel(sphere), color=yellow)))",
    lambda s: n(same_as(s, s.the(shape="sphere", color="yellow"), "size", shape="sphere")),
)
C(
    "two_hop",
    11,
    "There is a big cylinder in front of the blue cube. What colour is the rubber object to the right of that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=blue)), front), size=large, shape=cylinder)), right), material=rubber)), color)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, s.the(shape="cube", color="blue"), "front", size="large", shape="cylinder"),
            "right",
            material="rubber",
        ),
        "color",
    ),
)
C(
    "single_or",
    11,
    "How many things are brown or spherical (or both)?",
    "count(union(f(scene(), color=brown), sel(sphere)))",
    lambda s: n(either(s.f(color="brown"), s.f(shape="sphere"))),
)
C(
    "compare_integer",
    11,
    "Looking at the gray cylinder, are more objects on its left side than on its right side?",
    "gt(count(rel(u(f(sel(cylinder), color=gray)), left)), count(rel(u(f(sel(cylinder), color=gray)), right)))",
    lambda s: yes(
        len(s.rel("left", s.the(shape="cylinder", color="gray")))
        > len(s.rel("right", s.the(shape="cylinder", color="gray")))
    ),
)
C(
    "zero_hop",
    11,
    "how many brown metallic objects are ther",
    "count(f(scene(), color=brown, material=metal))",
    lambda s: n(s.f(color="brown", material="metal")),
)

C(
    "single_and",
    11,
    "Which shape has the object that sits to the right of the huge brown cylinder and is closer to the camera than the gray one?",
    "q(u(inter(rel(u(f(sel(cylinder), size=large, color=brown)), right), rel(u(f(sel(cylinder), color=gray)), front))), shape)",
    lambda s: s.a(
        only(
            both(
                s.rel("right", s.the(shape="cylinder", size="large", color="brown")),
                s.rel("front", s.the(shape="cylinder", color="gray")),
            )
        ),
        "shape",
    ),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "same_relate",
    12,
    "There's a green ball. What shape is the other green thing?",
    "q(u(diff(f(scene(), color=green), f(sel(sphere), color=green))), shape)",
    lambda s: s.a(only(same_as(s, s.the(shape="sphere", color="green"), "color")), "shape"),
)
C(
    "three_hop",
    12,
    "Left of the big sphere is a cyan object, and behind that a cube. What colour is the ball to the left of the cube?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(sphere), size=large)), left), color=cyan)), behind), shape=cube)), left), shape=sphere)), color)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, hop1(s, s.the(shape="sphere", size="large"), "left", color="cyan"), "behind", shape="cube"),
            "left",
            shape="sphere",
        ),
        "color",
    ),
)
C(
    "zero_hop",
    12,
    "Can you spot any huge metallic object in the scene?",
    "exist(f(scene(), size=large, material=metal))",
    lambda s: yes(bool(s.f(size="large", material="metal"))),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "same_relate",
    13,
    "Apart from the large red cube, how many things are red?",
    "count(diff(f(scene(), color=red), f(sel(cube), size=large, color=red)))",
    lambda s: n(same_as(s, s.the(shape="cube", size="large", color="red"), "color")),
)
C(
    "single_and",
    13,
    "Which shape has the object that is closer to the camera than the purple cylinder and also right of the gray ball?",
    "q(u(inter(rel(u(f(sel(cylinder), color=purple)), front), rel(u(f(sel(sphere), color=gray)), right))), shape)",
    lambda s: s.a(
        only(
            both(
                s.rel("front", s.the(shape="cylinder", color="purple")),
                s.rel("right", s.the(shape="sphere", color="gray")),
            )
        ),
        "shape",
    ),
)
C(
    "comparison",
    13,
    "Is whatever is to the right of the little red block as big as the gray ball?",
    "same(u(rel(u(f(sel(cube), size=small, color=red)), right)), u(f(sel(sphere), color=gray)), size)",
    lambda s: yes(
        s.a(hop1(s, s.the(shape="cube", size="small", color="red"), "right"), "size")
        == s.a(s.the(shape="sphere", color="gray"), "size")
    ),
)
C(
    "zero_hop",
    13,
    "Of what material is the cyan sphere made?",
    "q(u(f(sel(sphere), color=cyan)), material)",
    lambda s: s.a(s.the(shape="sphere", color="cyan"), "material"),
)

C(
    "one_hop",
    13,
    "Behind the cyan ball, is there any cylinder?",
    "exist(f(rel(u(f(sel(sphere), color=cyan)), behind), shape=cylinder))",
    lambda s: yes(bool(hop(s, s.the(shape="sphere", color="cyan"), "behind", shape="cylinder"))),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "same_relate",
    14,
    "Apart from the cube, one other object is metallic. What colour is it?",
    "q(u(diff(f(scene(), material=metal), sel(cube))), color)",
    lambda s: s.a(only(same_as(s, s.the(shape="cube"), "material")), "color"),
)

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "two_hop",
    15,
    "There's a big shiny object to the left of the cube. What colour is the thing in front of it?",
    "q(u(rel(u(f(rel(u(sel(cube)), left), size=large, material=metal)), front)), color)",
    lambda s: s.a(hop1(s, hop1(s, s.the(shape="cube"), "left", size="large", material="metal"), "front"), "color"),
)
C(
    "single_or",
    15,
    "I'd like the number of things that are green or small.",
    "count(union(f(scene(), color=green), f(scene(), size=small)))",
    lambda s: n(either(s.f(color="green"), s.f(size="small"))),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "three_hop",
    16,
    "In front of the cube is a purple thing; to its right is a brown thing. What colour is the object in front of the brown thing?",
    "q(u(rel(u(f(rel(u(f(rel(u(sel(cube)), front), color=purple)), right), color=brown)), front)), color)",
    lambda s: s.a(
        hop1(s, hop1(s, hop1(s, s.the(shape="cube"), "front", color="purple"), "right", color="brown"), "front"),
        "color",
    ),
)
C(
    "same_relate",
    16,
    "Is anything else made of rubber, like the cube is?",
    "exist(diff(f(scene(), material=rubber), sel(cube)))",
    lambda s: yes(bool(same_as(s, s.the(shape="cube"), "material"))),
)
C(
    "comparison",
    16,
    "Are the yellow can and the yellow cube made out of the same material?",
    "same(u(f(sel(cylinder), color=yellow)), u(f(sel(cube), color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="yellow"), "material") == s.a(s.the(shape="cube", color="yellow"), "material")
    ),
)
C(
    "single_and",
    16,
    "How many spheres are behing the brown cylinder and left of the green sphere as well?",
    "count(f(inter(rel(u(f(sel(cylinder), color=brown)), behind), rel(u(f(sel(sphere), color=green)), left)), shape=sphere))",
    lambda s: n(
        s.f(
            both(
                s.rel("behind", s.the(shape="cylinder", color="brown")),
                s.rel("left", s.the(shape="sphere", color="green")),
            ),
            shape="sphere",
        )
    ),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "three_hop",
    17,
    "Behind the ball is a red block, in front of that block a cylinder. What colour is the object on the right of the cylinder?",
    "q(u(rel(u(f(rel(u(f(rel(u(sel(sphere)), behind), color=red, shape=cube)), front), shape=cylinder)), right)), color)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, hop1(s, s.the(shape="sphere"), "behind", color="red", shape="cube"), "front", shape="cylinder"),
            "right",
        ),
        "color",
    ),
)
C(
    "comparison",
    17,
    "Is the material of the green cylinder identical to that of the red cube?",
    "same(u(f(sel(cylinder), color=green)), u(f(sel(cube), color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="green"), "material") == s.a(s.the(shape="cube", color="red"), "material")
    ),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "same_relate",
    18,
    "The cyan cube is a large one. Which shape is the other cyan object of that size?",
    "q(u(diff(f(scene(), size=large, color=cyan), f(sel(cube), color=cyan))), shape)",
    lambda s: s.a(only(same_as(s, s.the(shape="cube", color="cyan"), "size", color="cyan")), "shape"),
)
C(
    "two_hop",
    18,
    "Tell me the colour of the metallic object to the right of the blue thing that's in front of the red ball.",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), front), color=blue)), right), material=metal)), color)",
    lambda s: s.a(
        hop1(s, hop1(s, s.the(shape="sphere", color="red"), "front", color="blue"), "right", material="metal"), "color"
    ),
)
C(
    "compare_integer",
    18,
    "Are there as many purple things behind the blue cylinder as there are cyan things?",
    "eq(count(f(rel(u(f(sel(cylinder), color=blue)), behind), color=purple)), count(f(scene(), color=cyan)))",
    lambda s: yes(
        len(hop(s, s.the(shape="cylinder", color="blue"), "behind", color="purple")) == len(s.f(color="cyan"))
    ),
)
C(
    "single_or",
    18,
    "How many objects are either rubber balls or metal blocks?",
    "count(union(f(sel(sphere), material=rubber), f(sel(cube), material=metal)))",
    lambda s: n(either(s.f(shape="sphere", material="rubber"), s.f(shape="cube", material="metal"))),
)

C(
    "three_hop",
    18,
    "What shape is the thing closer to the camera than the small shiny object, which is in front of the big cyan ball that's in front of the red ball",
    "q(u(rel(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), front), size=large, color=cyan, shape=sphere)), front), size=small, material=metal)), front)), shape)",
    lambda s: s.a(
        hop1(
            s,
            hop1(
                s,
                hop1(s, s.the(shape="sphere", color="red"), "front", size="large", color="cyan", shape="sphere"),
                "front",
                size="small",
                material="metal",
            ),
            "front",
        ),
        "shape",
    ),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "same_relate",
    19,
    "Apart from the matte cylinder, how many objects have its colour?",
    "count(diff(f(scene(), color=cyan), f(sel(cylinder), material=rubber)))",
    lambda s: n(same_as(s, s.the(shape="cylinder", material="rubber"), "color")),
)
C(
    "two_hop",
    19,
    "What shape is the shiny one that's left of the large cube sitting behind the yellow cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=yellow)), behind), size=large, shape=cube)), left), material=metal)), shape)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, s.the(shape="cube", color="yellow"), "behind", size="large", shape="cube"),
            "left",
            material="metal",
        ),
        "shape",
    ),
)
C(
    "compare_integer",
    19,
    "Is the number of cyan things bigger than the number of cubes?",
    "gt(count(f(scene(), color=cyan)), count(sel(cube)))",
    lambda s: yes(len(s.f(color="cyan")) > len(s.f(shape="cube"))),
)
C(
    "single_and",
    19,
    "How many metal objects are in front of the blue cube and also left of the gray sphere?",
    "count(f(inter(rel(u(f(sel(cube), color=blue)), front), rel(u(f(sel(sphere), color=gray)), left)), material=metal))",
    lambda s: n(
        s.f(
            both(s.rel("front", s.the(shape="cube", color="blue")), s.rel("left", s.the(shape="sphere", color="gray"))),
            material="metal",
        )
    ),
)
C(
    "zero_hop",
    19,
    "Please tell me the shape of the big gray object.",
    "q(u(f(scene(), size=large, color=gray)), shape)",
    lambda s: s.a(s.the(size="large", color="gray"), "shape"),
)

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "three_hop",
    20,
    "Right of the brown cube there's a yellow cube, and behind it a purple object. I'd like to know what the thing to the right of that purple object is made of.",
    "q(u(rel(u(f(rel(u(f(rel(u(f(sel(cube), color=brown)), right), color=yellow, shape=cube)), behind), color=purple)), right)), material)",
    lambda s: s.a(
        hop1(
            s,
            hop1(
                s,
                hop1(s, s.the(shape="cube", color="brown"), "right", color="yellow", shape="cube"),
                "behind",
                color="purple",
            ),
            "right",
        ),
        "material",
    ),
)
C(
    "same_relate",
    20,
    "Does any other cylinder share the green cylinder's material?",
    "exist(diff(f(sel(cylinder), material=metal), f(sel(cylinder), color=green)))",
    lambda s: yes(bool(same_as(s, s.the(shape="cylinder", color="green"), "material", shape="cylinder"))),
)
C(
    "single_or",
    20,
    "How many things are either yellow or metal cylinders?",
    "count(union(f(scene(), color=yellow), f(sel(cylinder), material=metal)))",
    lambda s: n(either(s.f(color="yellow"), s.f(shape="cylinder", material="metal"))),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "two_hop",
    21,
    "Behind the yellow ball there's a big sphere. What's the shape of the item to the right of that sphere?",
    "q(u(rel(u(f(rel(u(f(sel(sphere), color=yellow)), behind), size=large, shape=sphere)), right)), shape)",
    lambda s: s.a(
        hop1(s, hop1(s, s.the(shape="sphere", color="yellow"), "behind", size="large", shape="sphere"), "right"),
        "shape",
    ),
)
C(
    "compare_integer",
    21,
    "Are there more balls than tubes in this picture?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "two_hop",
    22,
    "What's the thing to the right of the cylinder (the cylinder right of the sphere) made of?",
    "q(u(rel(u(f(rel(u(sel(sphere)), right), shape=cylinder)), right)), material)",
    lambda s: s.a(hop1(s, hop1(s, s.the(shape="sphere"), "right", shape="cylinder"), "right"), "material"),
)

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "same_relate",
    23,
    "Besides the brown ball there's one more brown object. What shape is it?",
    "q(u(diff(f(scene(), color=brown), f(sel(sphere), color=brown))), shape)",
    lambda s: s.a(only(same_as(s, s.the(shape="sphere", color="brown"), "color")), "shape"),
)

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "two_hop",
    24,
    "How many cubes are to the rigth of the red ball that's left of the little red cube?",
    "count(f(rel(u(f(rel(u(f(sel(cube), size=small, color=red)), left), color=red, shape=sphere)), right), shape=cube))",
    lambda s: n(
        hop(
            s,
            hop1(s, s.the(shape="cube", size="small", color="red"), "left", color="red", shape="sphere"),
            "right",
            shape="cube",
        )
    ),
)
C(
    "compare_integer",
    24,
    "Compared with the spheres, are the cylinders fewer?",
    "lt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="sphere"))),
)
C(
    "single_or",
    24,
    "How many objects are large blocks or small shiny things?",
    "count(union(f(sel(cube), size=large), f(scene(), size=small, material=metal)))",
    lambda s: n(either(s.f(shape="cube", size="large"), s.f(size="small", material="metal"))),
)
C(
    "zero_hop",
    24,
    "Is there a tiny yellow block anywhere?",
    "exist(f(sel(cube), size=small, color=yellow))",
    lambda s: yes(bool(s.f(shape="cube", size="small", color="yellow"))),
)

C(
    "one_hop",
    24,
    "On the left side of the green cube, can I find any balls?",
    "exist(f(rel(u(f(sel(cube), color=green)), left), shape=sphere))",
    lambda s: yes(bool(hop(s, s.the(shape="cube", color="green"), "left", shape="sphere"))),
)
C(
    "three_hop",
    24,
    "What shape is the yellow object left of the thing in front of the big matte cube to the right of the small brown cylinder?",
    "q(u(f(rel(u(rel(u(f(rel(u(f(sel(cylinder), size=small, color=brown)), right), size=large, material=rubber, shape=cube)), front)), left), color=yellow)), shape)",
    lambda s: s.a(
        hop1(
            s,
            hop1(
                s,
                hop1(
                    s,
                    s.the(shape="cylinder", size="small", color="brown"),
                    "right",
                    size="large",
                    material="rubber",
                    shape="cube",
                ),
                "front",
            ),
            "left",
            color="yellow",
        ),
        "shape",
    ),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "three_hop",
    25,
    "Please determine the colour of the metal object in front of the brown thing, which is in front of the large thing on the left of the cube.",
    "q(u(f(rel(u(f(rel(u(f(rel(u(sel(cube)), left), size=large)), front), color=brown)), front), material=metal)), color)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, hop1(s, s.the(shape="cube"), "left", size="large"), "front", color="brown"),
            "front",
            material="metal",
        ),
        "color",
    ),
)
C(
    "same_relate",
    25,
    "The cyan ball is big. What colour is the other sphere of the same size?",
    "q(u(diff(f(sel(sphere), size=large), f(sel(sphere), color=cyan))), color)",
    lambda s: s.a(only(same_as(s, s.the(shape="sphere", color="cyan"), "size", shape="sphere")), "color"),
)
C(
    "comparison",
    25,
    "Is the small brown can made of the same material as the gray can?",
    "same(u(f(sel(cylinder), size=small, color=brown)), u(f(sel(cylinder), color=gray)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="small", color="brown"), "material")
        == s.a(s.the(shape="cylinder", color="gray"), "material")
    ),
)
C(
    "compare_integer",
    25,
    "Are the shiny objects more numerous than the matte ones?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "same_relate",
    26,
    "Other than the rubber cube, how many purple things are there?",
    "count(diff(f(scene(), color=purple), f(sel(cube), material=rubber)))",
    lambda s: n(same_as(s, s.the(shape="cube", material="rubber"), "color")),
)
C(
    "single_and",
    26,
    "Something sits to the right of the brown cylinder and also behind the little green ball. What size is it?",
    "q(u(inter(rel(u(f(sel(cylinder), color=brown)), right), rel(u(f(sel(sphere), size=small, color=green)), behind))), size)",
    lambda s: s.a(
        only(
            both(
                s.rel("right", s.the(shape="cylinder", color="brown")),
                s.rel("behind", s.the(shape="sphere", size="small", color="green")),
            )
        ),
        "size",
    ),
)
C(
    "compare_integer",
    26,
    "Does the number of green objects equal the number of metal cylinders?",
    "eq(count(f(scene(), color=green)), count(f(sel(cylinder), material=metal)))",
    lambda s: yes(len(s.f(color="green")) == len(s.f(shape="cylinder", material="metal"))),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "single_and",
    27,
    "Please determine the colour of the object that's farther away than the red cylinder and right of the ball.",
    "q(u(inter(rel(u(f(sel(cylinder), color=red)), behind), rel(u(sel(sphere)), right))), color)",
    lambda s: s.a(
        only(both(s.rel("behind", s.the(shape="cylinder", color="red")), s.rel("right", s.the(shape="sphere")))),
        "color",
    ),
)

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "one_hop",
    28,
    "What's the thing in front of the brown sphere made of?",
    "q(u(rel(u(f(sel(sphere), color=brown)), front)), material)",
    lambda s: s.a(hop1(s, s.the(shape="sphere", color="brown"), "front"), "material"),
)

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "comparison",
    29,
    "Does the object behind the little brown ball share its material with the red cylinder?",
    "same(u(rel(u(f(sel(sphere), size=small, color=brown)), behind)), u(f(sel(cylinder), color=red)), material)",
    lambda s: yes(
        s.a(hop1(s, s.the(shape="sphere", size="small", color="brown"), "behind"), "material")
        == s.a(s.the(shape="cylinder", color="red"), "material")
    ),
)

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "two_hop",
    30,
    "What colour is the sphere in front of whatever is left of the cylinder",
    "q(u(f(rel(u(rel(u(sel(cylinder)), left)), front), shape=sphere)), color)",
    lambda s: s.a(hop1(s, hop1(s, s.the(shape="cylinder"), "left"), "front", shape="sphere"), "color"),
)

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "three_hop",
    31,
    "What material is the thing left of the big ball that's in front of the green cylinder, which is in front of the red cylinder?",
    "q(u(rel(u(f(rel(u(f(rel(u(f(sel(cylinder), color=red)), front), color=green)), front), size=large, shape=sphere)), left)), material)",
    lambda s: s.a(
        hop1(
            s,
            hop1(
                s,
                hop1(s, s.the(shape="cylinder", color="red"), "front", color="green"),
                "front",
                size="large",
                shape="sphere",
            ),
            "left",
        ),
        "material",
    ),
)
C(
    "same_relate",
    31,
    "Of the other little balls, how many share the gray ball's material?",
    "count(diff(f(sel(sphere), size=small, material=rubber), f(sel(sphere), color=gray)))",
    lambda s: n(same_as(s, s.the(shape="sphere", color="gray"), "material", shape="sphere", size="small")),
)
C(
    "compare_integer",
    31,
    "Are there more metal spheres than rubber cylinders?",
    "gt(count(f(sel(sphere), material=metal)), count(f(sel(cylinder), material=rubber)))",
    lambda s: yes(len(s.f(shape="sphere", material="metal")) > len(s.f(shape="cylinder", material="rubber"))),
)
C(
    "single_or",
    31,
    "How many things are either cylinders to the left of the purple cube or spheres behind the brown cylinder?",
    "count(union(f(rel(u(f(sel(cube), color=purple)), left), shape=cylinder), f(rel(u(f(sel(cylinder), color=brown)), behind), shape=sphere)))",
    lambda s: n(
        either(
            hop(s, s.the(shape="cube", color="purple"), "left", shape="cylinder"),
            hop(s, s.the(shape="cylinder", color="brown"), "behind", shape="sphere"),
        )
    ),
)
C(
    "one_hop",
    31,
    "To the right of the cyan cylinder, how many balls can be seen?",
    "count(f(rel(u(f(sel(cylinder), color=cyan)), right), shape=sphere))",
    lambda s: n(hop(s, s.the(shape="cylinder", color="cyan"), "right", shape="sphere")),
)

C(
    "single_and",
    31,
    "Count the balls that are farther away than the yellow ball and also to the right of the brown cylinder.",
    "count(f(inter(rel(u(f(sel(sphere), color=yellow)), behind), rel(u(f(sel(cylinder), color=brown)), right)), shape=sphere))",
    lambda s: n(
        s.f(
            both(
                s.rel("behind", s.the(shape="sphere", color="yellow")),
                s.rel("right", s.the(shape="cylinder", color="brown")),
            ),
            shape="sphere",
        )
    ),
)

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "two_hop",
    32,
    "What shape is the thing behind the gray block that's right of the red metal block?",
    "q(u(rel(u(f(rel(u(f(sel(cube), color=red, material=metal)), right), color=gray, shape=cube)), behind)), shape)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, s.the(shape="cube", color="red", material="metal"), "right", color="gray", shape="cube"),
            "behind",
        ),
        "shape",
    ),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "two_hop",
    33,
    "To the right of the green cube stands a big cylinder. What shape is the large object on that cylinder's right?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=green)), right), size=large, shape=cylinder)), right), size=large)), shape)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, s.the(shape="cube", color="green"), "right", size="large", shape="cylinder"),
            "right",
            size="large",
        ),
        "shape",
    ),
)
C(
    "comparison",
    33,
    "Is the object in front of the little cyan cube made of the same material as the object left of the blue cylinder?",
    "same(u(rel(u(f(sel(cube), size=small, color=cyan)), front)), u(rel(u(f(sel(cylinder), color=blue)), left)), material)",
    lambda s: yes(
        s.a(hop1(s, s.the(shape="cube", size="small", color="cyan"), "front"), "material")
        == s.a(hop1(s, s.the(shape="cylinder", color="blue"), "left"), "material")
    ),
)


# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "same_relate",
    35,
    "The small purple ball: what colour is the other object that has its shape?",
    "q(u(diff(sel(sphere), f(sel(sphere), size=small, color=purple))), color)",
    lambda s: s.a(only(same_as(s, s.the(shape="sphere", size="small", color="purple"), "shape")), "color"),
)
C(
    "compare_integer",
    35,
    "Are there more cubes than metal objects, or not?",
    "gt(count(sel(cube)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(material="metal"))),
)
C(
    "two_hop",
    35,
    "What colour is the metal cube to the right of the ball that's left of the little purple sphere?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=purple)), left), shape=sphere)), right), shape=cube, material=metal)), color)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, s.the(shape="sphere", size="small", color="purple"), "left", shape="sphere"),
            "right",
            shape="cube",
            material="metal",
        ),
        "color",
    ),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "three_hop",
    36,
    "Behind the cube is a cylinder, and on its right a purple thing. How many objects are behind that purple thing?",
    "count(rel(u(f(rel(u(f(rel(u(sel(cube)), behind), shape=cylinder)), right), color=purple)), behind))",
    lambda s: n(
        s.rel("behind", hop1(s, hop1(s, s.the(shape="cube"), "behind", shape="cylinder"), "right", color="purple"))
    ),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "three_hop",
    37,
    "What colour is the ball in front of the cube that's to the left of the cyan thing in front of the small gray cylinder?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(cylinder), size=small, color=gray)), front), color=cyan)), left), shape=cube)), front), shape=sphere)), color)",
    lambda s: s.a(
        hop1(
            s,
            hop1(
                s,
                hop1(s, s.the(shape="cylinder", size="small", color="gray"), "front", color="cyan"),
                "left",
                shape="cube",
            ),
            "front",
            shape="sphere",
        ),
        "color",
    ),
)
C(
    "single_or",
    37,
    "Red things plus cubes: how many is that, without counting anything twice?",
    "count(union(f(scene(), color=red), sel(cube)))",
    lambda s: n(either(s.f(color="red"), s.f(shape="cube"))),
)
C(
    "same_relate",
    37,
    "Are there other objects as large as the purple cube?",
    "exist(diff(f(scene(), size=large), f(sel(cube), color=purple)))",
    lambda s: yes(bool(same_as(s, s.the(shape="cube", color="purple"), "size"))),
)
C(
    "comparison",
    37,
    "The two gray cylinders, the big one and the small one: same material or not?",
    "same(u(f(sel(cylinder), size=large, color=gray)), u(f(sel(cylinder), size=small, color=gray)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large", color="gray"), "material")
        == s.a(s.the(shape="cylinder", size="small", color="gray"), "material")
    ),
)
C(
    "one_hop",
    37,
    "How many matte objects are farther away than the red ball?",
    "count(f(rel(u(f(sel(sphere), color=red)), behind), material=rubber))",
    lambda s: n(hop(s, s.the(shape="sphere", color="red"), "behind", material="rubber")),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "comparison",
    38,
    "The red ball has a big thing on its right and one thing on its left. Are those two made of the same material?",
    "same(u(f(rel(u(f(sel(sphere), color=red)), right), size=large)), u(rel(u(f(sel(sphere), color=red)), left)), material)",
    lambda s: yes(
        s.a(hop1(s, s.the(shape="sphere", color="red"), "right", size="large"), "material")
        == s.a(hop1(s, s.the(shape="sphere", color="red"), "left"), "material")
    ),
)


# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "one_hop",
    40,
    "The cube behind the cylinder, what's it made of?",
    "q(u(f(rel(u(sel(cylinder)), behind), shape=cube)), material)",
    lambda s: s.a(hop1(s, s.the(shape="cylinder"), "behind", shape="cube"), "material"),
)

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "two_hop",
    41,
    "What colour is the big object to the left of the brown ball that's right of the red cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=red)), right), color=brown, shape=sphere)), left), size=large)), color)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, s.the(shape="cylinder", color="red"), "right", color="brown", shape="sphere"),
            "left",
            size="large",
        ),
        "color",
    ),
)
C(
    "same_relate",
    41,
    "Besides the big yellow cylinder, how many cylinders are yellow too?",
    "count(diff(f(sel(cylinder), color=yellow), f(sel(cylinder), size=large, color=yellow)))",
    lambda s: n(same_as(s, s.the(shape="cylinder", size="large", color="yellow"), "color", shape="cylinder")),
)
C(
    "single_and",
    41,
    "Behind the purple cylinder and also left of the gray sphere: how many cylinders are there?",
    "count(f(inter(rel(u(f(sel(cylinder), color=purple)), behind), rel(u(f(sel(sphere), color=gray)), left)), shape=cylinder))",
    lambda s: n(
        s.f(
            both(
                s.rel("behind", s.the(shape="cylinder", color="purple")),
                s.rel("left", s.the(shape="sphere", color="gray")),
            ),
            shape="cylinder",
        )
    ),
)
C(
    "compare_integer",
    41,
    "Are there fewer spheres left of the large gray ball than cylinders right of it?",
    "lt(count(f(rel(u(f(sel(sphere), size=large, color=gray)), left), shape=sphere)), count(f(rel(u(f(sel(sphere), size=large, color=gray)), right), shape=cylinder)))",
    lambda s: yes(
        len(hop(s, s.the(shape="sphere", size="large", color="gray"), "left", shape="sphere"))
        < len(hop(s, s.the(shape="sphere", size="large", color="gray"), "right", shape="cylinder"))
    ),
)
C(
    "single_or",
    41,
    "What's the count of blue plus yellow objects?",
    "count(union(f(scene(), color=blue), f(scene(), color=yellow)))",
    lambda s: n(either(s.f(color="blue"), s.f(color="yellow"))),
)
C(
    "zero_hop",
    41,
    "There is only one cube. Which colour does it have?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "same_relate",
    42,
    "Among the other blue objects, how many are made of the same material as the blue cube?",
    "count(diff(f(scene(), color=blue, material=rubber), f(sel(cube), color=blue)))",
    lambda s: n(same_as(s, s.the(shape="cube", color="blue"), "material", color="blue")),
)
C(
    "two_hop",
    42,
    "Behind the big yellow ball sits a small gray metal cube. What's the big object behind that cube made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=large, color=yellow)), behind), size=small, color=gray, material=metal, shape=cube)), behind), size=large)), material)",
    lambda s: s.a(
        hop1(
            s,
            hop1(
                s,
                s.the(shape="sphere", size="large", color="yellow"),
                "behind",
                size="small",
                color="gray",
                material="metal",
                shape="cube",
            ),
            "behind",
            size="large",
        ),
        "material",
    ),
)
C(
    "compare_integer",
    42,
    "Is the number of blue objects greater than the number of rubber objects?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(color="blue")) > len(s.f(material="rubber"))),
)
C(
    "single_and",
    42,
    "What colour is the ball thats both left of the gray metal cube and behind the large rubber cylinder?",
    "q(u(f(inter(rel(u(f(sel(cube), color=gray, material=metal)), left), rel(u(f(sel(cylinder), size=large, material=rubber)), behind)), shape=sphere)), color)",
    lambda s: s.a(
        only(
            s.f(
                both(
                    s.rel("left", s.the(shape="cube", color="gray", material="metal")),
                    s.rel("behind", s.the(shape="cylinder", size="large", material="rubber")),
                ),
                shape="sphere",
            )
        ),
        "color",
    ),
)

C(
    "one_hop",
    42,
    "What is the sphere to the left of the blue metal cylinder made of?",
    "q(u(f(rel(u(f(sel(cylinder), color=blue, material=metal)), left), shape=sphere)), material)",
    lambda s: s.a(hop1(s, s.the(shape="cylinder", color="blue", material="metal"), "left", shape="sphere"), "material"),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "same_relate",
    43,
    "What size is the other metal block besides the yellow one?",
    "q(u(diff(f(sel(cube), material=metal), f(sel(cube), color=yellow))), size)",
    lambda s: s.a(only(same_as(s, s.the(shape="cube", color="yellow"), "material", shape="cube")), "size"),
)
C(
    "three_hop",
    43,
    "How many spheres are to the right of the small object behind the big blue cube that's right of the gray ball?",
    "count(f(rel(u(f(rel(u(f(rel(u(f(sel(sphere), color=gray)), right), size=large, color=blue)), behind), size=small)), right), shape=sphere))",
    lambda s: n(
        hop(
            s,
            hop1(
                s,
                hop1(s, s.the(shape="sphere", color="gray"), "right", size="large", color="blue"),
                "behind",
                size="small",
            ),
            "right",
            shape="sphere",
        )
    ),
)
C(
    "single_or",
    43,
    "how many objects are cyan or matte",
    "count(union(f(scene(), color=cyan), f(scene(), material=rubber)))",
    lambda s: n(either(s.f(color="cyan"), s.f(material="rubber"))),
)
C(
    "comparison",
    43,
    "Are the yellow block and the green block equally big?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cube), color=green)), size)",
    lambda s: yes(s.a(s.the(shape="cube", color="yellow"), "size") == s.a(s.the(shape="cube", color="green"), "size")),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "comparison",
    44,
    "Do the object to the right of the big brown ball and the object to the left of the blue cube have the same shape?",
    "same(u(rel(u(f(sel(sphere), size=large, color=brown)), right)), u(rel(u(f(sel(cube), color=blue)), left)), shape)",
    lambda s: yes(
        s.a(hop1(s, s.the(shape="sphere", size="large", color="brown"), "right"), "shape")
        == s.a(hop1(s, s.the(shape="cube", color="blue"), "left"), "shape")
    ),
)
C(
    "two_hop",
    44,
    "Could you tell me the colour of the matte object in front of the big cube that's to the right of the cyan cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=cyan)), right), size=large, shape=cube)), front), material=rubber)), color)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, s.the(shape="cube", color="cyan"), "right", size="large", shape="cube"),
            "front",
            material="rubber",
        ),
        "color",
    ),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "three_hop",
    45,
    "What shape is the shiny object on the right of the metal cylinder that's in front of the gray ball, which is in front of the small red cube?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=red)), front), color=gray, shape=sphere)), front), shape=cylinder, material=metal)), right), material=metal)), shape)",
    lambda s: s.a(
        hop1(
            s,
            hop1(
                s,
                hop1(s, s.the(shape="cube", size="small", color="red"), "front", color="gray", shape="sphere"),
                "front",
                shape="cylinder",
                material="metal",
            ),
            "right",
            material="metal",
        ),
        "shape",
    ),
)
C(
    "same_relate",
    45,
    "Besides the red sphere, how many spheres are the same size as it?",
    "count(diff(f(sel(sphere), size=large), f(sel(sphere), color=red)))",
    lambda s: n(same_as(s, s.the(shape="sphere", color="red"), "size", shape="sphere")),
)
C(
    "single_and",
    45,
    "How many things are left of the cyan metal block and also farther away than the gray rubber block?",
    "count(inter(rel(u(f(sel(cube), color=cyan, material=metal)), left), rel(u(f(sel(cube), color=gray, material=rubber)), behind)))",
    lambda s: n(
        both(
            s.rel("left", s.the(shape="cube", color="cyan", material="metal")),
            s.rel("behind", s.the(shape="cube", color="gray", material="rubber")),
        )
    ),
)

C(
    "one_hop",
    45,
    "How many cylinders are farther from the camera than the gray rubber cube?",
    "count(f(rel(u(f(sel(cube), color=gray, material=rubber)), behind), shape=cylinder))",
    lambda s: n(hop(s, s.the(shape="cube", color="gray", material="rubber"), "behind", shape="cylinder")),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "two_hop",
    46,
    "What colour is the cylinder in front of the purple ball that's behind the big red cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=large, color=red)), behind), color=purple, shape=sphere)), front), shape=cylinder)), color)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, s.the(shape="cube", size="large", color="red"), "behind", color="purple", shape="sphere"),
            "front",
            shape="cylinder",
        ),
        "color",
    ),
)
C(
    "same_relate",
    46,
    "The small red ball has a red companion. What's the companion made of?",
    "q(u(diff(f(scene(), color=red), f(sel(sphere), size=small, color=red))), material)",
    lambda s: s.a(only(same_as(s, s.the(shape="sphere", size="small", color="red"), "color")), "material"),
)
C(
    "single_or",
    46,
    "How many things are either metal spheres in front of the gray cube or cubes?",
    "count(union(f(rel(u(f(sel(cube), color=gray)), front), shape=sphere, material=metal), sel(cube)))",
    lambda s: n(
        either(hop(s, s.the(shape="cube", color="gray"), "front", shape="sphere", material="metal"), s.f(shape="cube"))
    ),
)
C(
    "compare_integer",
    46,
    "Are the purple objects and the cyan objects equal in count?",
    "eq(count(f(scene(), color=purple)), count(f(scene(), color=cyan)))",
    lambda s: yes(len(s.f(color="purple")) == len(s.f(color="cyan"))),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "two_hop",
    47,
    "What's the material of the cube in front of the large purple block right of the cyan cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=cyan)), right), size=large, color=purple)), front), shape=cube)), material)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, s.the(shape="cylinder", color="cyan"), "right", size="large", color="purple"),
            "front",
            shape="cube",
        ),
        "material",
    ),
)
C(
    "same_relate",
    47,
    "How many other cubes are purple like the small metal cube?",
    "count(diff(f(sel(cube), color=purple), f(sel(cube), size=small, material=metal)))",
    lambda s: n(same_as(s, s.the(shape="cube", size="small", material="metal"), "color", shape="cube")),
)
C(
    "single_and",
    47,
    "How big is the yellow thing located behind the large yellow ball and to the left of the blue cylindr?",
    "q(u(f(inter(rel(u(f(sel(sphere), size=large, color=yellow)), behind), rel(u(f(sel(cylinder), color=blue)), left)), color=yellow)), size)",
    lambda s: s.a(
        only(
            s.f(
                both(
                    s.rel("behind", s.the(shape="sphere", size="large", color="yellow")),
                    s.rel("left", s.the(shape="cylinder", color="blue")),
                ),
                color="yellow",
            )
        ),
        "size",
    ),
)
C(
    "compare_integer",
    47,
    "Is it the case that the cylinders are fewer than the cubes?",
    "lt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="cube"))),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "two_hop",
    48,
    "In front of the red cube is a green sphere. How many things are behind that green sphere?",
    "count(rel(u(f(rel(u(f(sel(cube), color=red)), front), color=green, shape=sphere)), behind))",
    lambda s: n(s.rel("behind", hop1(s, s.the(shape="cube", color="red"), "front", color="green", shape="sphere"))),
)
C(
    "single_or",
    48,
    "How many objects are balls, yellow, or both?",
    "count(union(sel(sphere), f(scene(), color=yellow)))",
    lambda s: n(either(s.f(shape="sphere"), s.f(color="yellow"))),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "two_hop",
    49,
    "Behind the red ball there's a yellow ball. How many things are in front of that yellow ball?",
    "count(rel(u(f(rel(u(f(sel(sphere), color=red)), behind), color=yellow, shape=sphere)), front))",
    lambda s: n(s.rel("front", hop1(s, s.the(shape="sphere", color="red"), "behind", color="yellow", shape="sphere"))),
)
C(
    "compare_integer",
    49,
    "Is the number of rubber balls equal to the number of metal balls?",
    "eq(count(f(sel(sphere), material=rubber)), count(f(sel(sphere), material=metal)))",
    lambda s: yes(len(s.f(shape="sphere", material="rubber")) == len(s.f(shape="sphere", material="metal"))),
)
C(
    "single_or",
    49,
    "How many items are green or gray",
    "count(union(f(scene(), color=green), f(scene(), color=gray)))",
    lambda s: n(either(s.f(color="green"), s.f(color="gray"))),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "three_hop",
    50,
    "What colour is the sphere behind the thing left of the blue object that's behind the purple ball?",
    "q(u(f(rel(u(rel(u(f(rel(u(f(sel(sphere), color=purple)), behind), color=blue)), left)), behind), shape=sphere)), color)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, hop1(s, s.the(shape="sphere", color="purple"), "behind", color="blue"), "left"),
            "behind",
            shape="sphere",
        ),
        "color",
    ),
)
C(
    "same_relate",
    50,
    "Apart from the small cylinder, how many things have its colour?",
    "count(diff(f(scene(), color=green), f(sel(cylinder), size=small)))",
    lambda s: n(same_as(s, s.the(shape="cylinder", size="small"), "color")),
)
C(
    "comparison",
    50,
    "Is the big red cylinder as large as the green ball?",
    "same(u(f(sel(cylinder), size=large, color=red)), u(f(sel(sphere), color=green)), size)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large", color="red"), "size")
        == s.a(s.the(shape="sphere", color="green"), "size")
    ),
)
C(
    "zero_hop",
    50,
    "Is anything here made of metal?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)


# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "single_and",
    52,
    "What colour is the block that is placed behind the purple block and left of the blue block?",
    "q(u(f(inter(rel(u(f(sel(cube), color=purple)), behind), rel(u(f(sel(cube), color=blue)), left)), shape=cube)), color)",
    lambda s: s.a(
        only(
            s.f(
                both(
                    s.rel("behind", s.the(shape="cube", color="purple")),
                    s.rel("left", s.the(shape="cube", color="blue")),
                ),
                shape="cube",
            )
        ),
        "color",
    ),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "two_hop",
    53,
    "What colour is the big matte object behind the green sphere that's behind the little yellow ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=yellow)), behind), color=green, shape=sphere)), behind), size=large, material=rubber)), color)",
    lambda s: s.a(
        hop1(
            s,
            hop1(s, s.the(shape="sphere", size="small", color="yellow"), "behind", color="green", shape="sphere"),
            "behind",
            size="large",
            material="rubber",
        ),
        "color",
    ),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube, large gray rubber cube
C(
    "two_hop",
    54,
    "How many objects are right of the gray cube that's left of the cylinder?",
    "count(rel(u(f(rel(u(sel(cylinder)), left), color=gray, shape=cube)), right))",
    lambda s: n(s.rel("right", hop1(s, s.the(shape="cylinder"), "left", color="gray", shape="cube"))),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "two_hop",
    55,
    "There's a ball behind the green cube. How many objects lie to the right of that ball?",
    "count(rel(u(f(rel(u(f(sel(cube), color=green)), behind), shape=sphere)), right))",
    lambda s: n(s.rel("right", hop1(s, s.the(shape="cube", color="green"), "behind", shape="sphere"))),
)
C(
    "compare_integer",
    55,
    "Are there more purple things than there are cubes?",
    "gt(count(f(scene(), color=purple)), count(sel(cube)))",
    lambda s: yes(len(s.f(color="purple")) > len(s.f(shape="cube"))),
)
C(
    "single_and",
    55,
    "How many spheres are both right of the yellow cylinder and in front of the red cube?",
    "count(f(inter(rel(u(f(sel(cylinder), color=yellow)), right), rel(u(f(sel(cube), color=red)), front)), shape=sphere))",
    lambda s: n(
        s.f(
            both(
                s.rel("right", s.the(shape="cylinder", color="yellow")),
                s.rel("front", s.the(shape="cube", color="red")),
            ),
            shape="sphere",
        )
    ),
)

C(
    "one_hop",
    55,
    "Tell me the colour of whatever is behind the red block.",
    "q(u(rel(u(f(sel(cube), color=red)), behind)), color)",
    lambda s: s.a(hop1(s, s.the(shape="cube", color="red"), "behind"), "color"),
)
C(
    "three_hop",
    55,
    "Behind the red cube there is one object, and to that object's left sits a shiny one. What colour is whatever is in front of the shiny one?",
    "q(u(rel(u(f(rel(u(rel(u(f(sel(cube), color=red)), behind)), left), material=metal)), front)), color)",
    lambda s: s.a(
        hop1(s, hop1(s, hop1(s, s.the(shape="cube", color="red"), "behind"), "left", material="metal"), "front"),
        "color",
    ),
)

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "two_hop",
    56,
    "How big is the sphere left of the green thing in front of the blue cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=blue)), front), color=green)), left), shape=sphere)), size)",
    lambda s: s.a(
        hop1(s, hop1(s, s.the(shape="cube", color="blue"), "front", color="green"), "left", shape="sphere"), "size"
    ),
)
C(
    "comparison",
    56,
    "Do the cyan ball and the cyan cube have the same size?",
    "same(u(f(sel(sphere), color=cyan)), u(f(sel(cube), color=cyan)), size)",
    lambda s: yes(s.a(s.the(shape="sphere", color="cyan"), "size") == s.a(s.the(shape="cube", color="cyan"), "size")),
)

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "two_hop",
    57,
    "How many objects can be found to the left of the gray block that is positioned right of the blue ball?",
    "count(rel(u(f(rel(u(f(sel(sphere), color=blue)), right), color=gray, shape=cube)), left))",
    lambda s: n(s.rel("left", hop1(s, s.the(shape="sphere", color="blue"), "right", color="gray", shape="cube"))),
)


# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "two_hop",
    59,
    "How many purple things are located to the left of the brown ball that is positioned behind the blue cylinder?",
    "count(f(rel(u(f(rel(u(f(sel(cylinder), color=blue)), behind), color=brown, shape=sphere)), left), color=purple))",
    lambda s: n(
        hop(
            s,
            hop1(s, s.the(shape="cylinder", color="blue"), "behind", color="brown", shape="sphere"),
            "left",
            color="purple",
        )
    ),
)
C(
    "single_or",
    59,
    "How many things are purple or are cylinders?",
    "count(union(f(scene(), color=purple), sel(cylinder)))",
    lambda s: n(either(s.f(color="purple"), s.f(shape="cylinder"))),
)
C(
    "zero_hop",
    59,
    "What is the number of big matte cylinders?",
    "count(f(sel(cylinder), size=large, material=rubber))",
    lambda s: n(s.f(shape="cylinder", size="large", material="rubber")),
)

# --- CLEVR questions the scene cannot answer ---------------------------------------------------------------------
X(5, "Which of these objects would float if you dropped it in water?")
X(7, "Who put the big brown cube there, and why?")
X(9, "What was standing on this floor before these objects were placed?")
X(11, "Could you tell me how the little purple ball is feeling today?")
X(16, "What's just outside the picture, to the right of the green ball?")
X(18, "Which company manufactured the red ball?")
X(20, "I'd like to know which of the objects the photographer likes best.")
X(24, "How much would the two red metal balls cost in a shop?")
X(31, "Who do these toys belong to?")
X(37, "What will happen to the blue cylinder next?")
X(41, "Please determine the temperature of the room these objects are in.")
X(45, "what does the yellow cylinder smell like")
X(50, "Why did somebody decide to make everything here out of rubber?")

# =================================================================================================================
# photo-like scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the small brown dog, in front of the bus), man2 (right, white, blue tie), red bus, red sign, white car left of the bus, tree behind the bus, road text
P(
    "one_hop",
    "street",
    "Who is standing to the left of the woman?",
    "q(u(rel(u(sel(woman)), left)), name)",
    lambda p: p.name(only(p.subjects("left", p.the("woman")))),
)
P(
    "two_hop",
    "street",
    "The woman is holding an animal. What colour is it?",
    "q(u(rel(u(sel(woman)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman"), "holding")), "color"),
)
P(
    "same_relate",
    "street",
    "Is anybody else dressed in the same colour as the man on the left?",
    "exist(diff(f(sel(person), color=black), f(sel(man), hposition=left)))",
    lambda p: yes(
        any(
            p.value(o, "color") == p.value(p.the("man", hposition="left"), "color")
            for o in people(p)
            if o != p.the("man", hposition="left")
        )
    ),
)
P(
    "comparison",
    "street",
    "Does the tie of the man at the left match the bus in colour?",
    "same(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), u(sel(bus)), color)",
    lambda p: yes(
        p.value(only(p.objects_of(p.the("man", hposition="left"), "wearing")), "color")
        == p.value(p.the("bus"), "color")
    ),
)
P(
    "compare_integer",
    "street",
    "Are there fewer women than men on this street?",
    "lt(count(sel(woman)), count(sel(man)))",
    lambda p: yes(len(p.f("woman")) < len(p.f("man"))),
)
P(
    "single_or",
    "street",
    "How many people are dressed either in black or in white?",
    "count(union(f(sel(person), color=black), f(sel(person), color=white)))",
    lambda p: n(
        either(
            [o for o in people(p) if p.value(o, "color") == "black"],
            [o for o in people(p) if p.value(o, "color") == "white"],
        )
    ),
)
P(
    "one_hop",
    "street",
    "What's that standing behind the bus?",
    "q(u(rel(u(sel(bus)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("bus")))),
)
P(
    "two_hop",
    "street",
    "Which colour is the car parked to the left of the bus?",
    "q(u(rel(u(sel(bus)), left, name=car)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("bus")), "car")), "color"),
)
X("street", "What is the woman thinking about right now?")
X("street", "Which brand made the white car?")
X("street", "Where is the red bus heading after this stop?")

# kitchen: red cup (left), white plate, blue cup, green bottle, white cup (right), all on the wooden table, with a metal fork near the plate; white clock above the table; woman in yellow right of the table
P(
    "two_hop",
    "kitchen",
    "There's a bottle on the table. What colour is the cup to its right?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "three_hop",
    "kitchen",
    "Start from the blue cup, move one object to the right, then one more. What do you land on?",
    "q(u(rel(u(rel(u(f(sel(cup), color=blue)), right)), right)), name)",
    lambda p: p.name(only(p.subjects("right", only(p.subjects("right", p.the("cup", color="blue")))))),
)
P(
    "same_relate",
    "kitchen",
    "Besides the plate, how many things on the table are white?",
    "count(diff(f(rel(u(sel(table)), on), color=white), sel(plate)))",
    lambda p: n(
        [o for o in p.subjects("on", p.the("table")) if o != p.the("plate") and p.value(o, "color") == "white"]
    ),
)
P(
    "compare_integer",
    "kitchen",
    "Does the table hold more cups than bottles?",
    "gt(count(inter(rel(u(sel(table)), on), sel(cup))), count(inter(rel(u(sel(table)), on), sel(bottle))))",
    lambda p: yes(
        len(named(p, p.subjects("on", p.the("table")), "cup"))
        > len(named(p, p.subjects("on", p.the("table")), "bottle"))
    ),
)
P(
    "single_and",
    "kitchen",
    "Which object is to the right of the plate and, at the same time, to the left of the bottle?",
    "q(u(inter(rel(u(sel(plate)), right), rel(u(sel(bottle)), left))), name)",
    lambda p: p.name(only(both(p.subjects("right", p.the("plate")), p.subjects("left", p.the("bottle"))))),
)
P(
    "comparison",
    "kitchen",
    "Is the clock the same colour as the plate?",
    "same(u(sel(clock)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("clock"), "color") == p.value(p.the("plate"), "color")),
)
P(
    "one_hop",
    "kitchen",
    "Tell me what the thing lying near the plate is made of.",
    "q(u(rel(u(sel(plate)), near)), material)",
    lambda p: p.value(only(p.subjects("near", p.the("plate"))), "material"),
)
P(
    "single_or",
    "kitchen",
    "How many objects are either cups or white?",
    "count(union(sel(cup), f(scene(), color=white)))",
    lambda p: n(either(p.f("cup"), p.f(color="white"))),
)
X("kitchen", "Who cooked dinner in this kitchen last night?")
X("kitchen", "Is the water in the bottle cold?")
X("kitchen", "What is the woman's name?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees
P(
    "two_hop",
    "park",
    "The woman on the left is holding a dog; what colour is that dog?",
    "q(u(rel(u(f(sel(woman), hposition=left)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", hposition="left"), "holding")), "color"),
)
P(
    "two_hop",
    "park",
    "What is behind the girl who stands near the white dog?",
    "q(u(rel(u(rel(u(f(sel(dog), color=white)), near, name=girl)), behind)), name)",
    lambda p: p.name(
        only(p.subjects("behind", only(named(p, p.subjects("near", p.the("dog", color="white")), "girl"))))
    ),
)
P(
    "same_relate",
    "park",
    "Which other thing in the park shares the bike's colour?",
    "q(u(diff(f(scene(), color=red), sel(bicycle))), name)",
    lambda p: p.name(
        only(
            [
                o
                for o in p.objects
                if o != p.the("bicycle") and p.value(o, "color") == p.value(p.the("bicycle"), "color")
            ]
        )
    ),
)
P(
    "compare_integer",
    "park",
    "Are there as many dogs as trees in the park?",
    "eq(count(sel(dog)), count(sel(tree)))",
    lambda p: yes(len(p.f("dog")) == len(p.f("tree"))),
)
P(
    "single_or",
    "park",
    "How many people are either wearing white or standing near a dog?",
    "count(union(f(sel(person), color=white), inter(sel(person), rel(sel(dog), near))))",
    lambda p: n(
        either(
            [o for o in people(p) if p.value(o, "color") == "white"],
            [o for o in people(p) if any(o in p.subjects("near", d) for d in p.f("dog"))],
        )
    ),
)
P(
    "single_and",
    "park",
    "Who is both to the right of the boy and to the left of the girl?",
    "q(u(inter(rel(u(sel(boy)), right), rel(u(sel(girl)), left))), name)",
    lambda p: p.name(only(both(p.subjects("right", p.the("boy")), p.subjects("left", p.the("girl"))))),
)
P(
    "comparison",
    "park",
    "Does the frisbee have the same colour as the girl's clothes?",
    "same(u(sel(frisbee)), u(sel(girl)), color)",
    lambda p: yes(p.value(p.the("frisbee"), "color") == p.value(p.the("girl"), "color")),
)
P(
    "one_hop",
    "park",
    "what is there near the boy",
    "q(u(rel(u(sel(boy)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("boy")))),
)
X("park", "How does the girl feel about the dog?")
X("park", "What happened just before the boy threw the frisbee?")
X("park", "Which city is this park in?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P(
    "same_relate",
    "shapes",
    "How many other shapes share the square's colour?",
    "count(diff(f(scene(), color=blue), sel(square)))",
    lambda p: n(
        [o for o in p.objects if o != p.the("square") and p.value(o, "color") == p.value(p.the("square"), "color")]
    ),
)
P(
    "compare_integer",
    "shapes",
    "Are the small shapes more numerous than the large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "single_or",
    "shapes",
    "Could you count the shapes that are red or large?",
    "count(union(f(scene(), color=red), f(scene(), size=large)))",
    lambda p: n(either(p.f(color="red"), p.f(size="large"))),
)
P(
    "comparison",
    "shapes",
    "Do the star and the big circle have the same colour?",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color")),
)
P(
    "zero_hop",
    "shapes",
    "What colour is the six-sided shape?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "zero_hop",
    "shapes",
    "Which shape is blue and sits in the bottom row?",
    "q(u(f(scene(), vposition=bottom, color=blue)), shape)",
    lambda p: p.value(p.the(vposition="bottom", color="blue"), "shape"),
)
X("shapes", "Who drew these shapes, and with which program?")
X("shapes", "Which of the shapes does the designer like most?")
X("shapes", "What lies beyond the edge of this picture?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
