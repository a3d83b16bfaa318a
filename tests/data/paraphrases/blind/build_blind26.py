# ruff: noqa: E501
"""Blind paraphrase set 26: questions as ordinary people would ask them if they had never seen a template. About 160
questions on CLEVR scenes spread over the nine CLEVR families (zero_hop, one_hop, two_hop, three_hop, single_and,
single_or, same_relate, comparison, compare_integer), in the asker's own words for shapes ("block", "box", "tube",
"can", "ball"), materials ("shiny", "metallic", "matte", "rubbery") and sizes ("little", "big"), with
sentences in any order, questions split over two sentences ("There's a block behind the cyan ball. What colour is
...?"), relative clauses, passives, "the one that", "which is", "whichever", "the thing with", objects pinned down by
two relations, comparisons asked as "same or not?", and counts compared with "more", "fewer", "as many",
"outnumber", "equal"; about forty GQA-style questions on the photo-like scenes (who is doing what, what someone wears
or holds, which side things are on, colours and materials, text written on things, people and objects related); and
about twenty questions the scene cannot answer (gold: refuse). Voices vary (plain, polite, curt, chatty, a child, a
non-native speaker) and about one question in fifteen carries an ordinary typo. Each question is tagged by what it
asks: its CLEVR family, a short name for a photo question, or "refuse". CLEVR conventions: relations come from the
scene's ``relationships``; "closer to the camera" is front; same-attribute and "other" questions leave the object
itself out; an object lying within 0.25 scene units of the anchor along the axis asked about makes the question
too close to call (NotUnique), so such questions were not asked.

Written without reading the parser or any earlier set, except build_blind23.py (read for the record format and the
helper conventions only; none of its sentences are reused); held back to be run once, at the end.

Run ``python build_blind26.py`` to write ``../blind26.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, said_same, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind26.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not say which is
# left/right/in front/behind
TIE = 0.25


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def only(items):
    items = list(items)
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def rel(s: Clevr, relation: str, anchor: int, **want) -> list[int]:
    """The objects with attributes ``want`` that are ``relation`` (left, right, front, behind) of the anchor, read
    from the scene's relationships; NotUnique when one of the candidates lies nearly level with the anchor."""
    here = along(s, anchor, relation)
    candidates = [j for j in s.f(**want) if j != anchor]
    for j in candidates:
        if abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    found = set(s.rel(relation, anchor))
    return [j for j in candidates if j in found]


def one(s: Clevr, relation: str, anchor: int, **want) -> int:
    """The single object with ``want`` that is ``relation`` of the anchor."""
    return only(rel(s, relation, anchor, **want))


def both(s: Clevr, r1: str, a1: int, r2: str, a2: int, **want) -> list[int]:
    """The objects with ``want`` that are ``r1`` of a1 and ``r2`` of a2."""
    second = set(rel(s, r2, a2, **want))
    return [j for j in rel(s, r1, a1, **want) if j in second]


def others(s: Clevr, anchor: int, attribute: str, **want) -> list[int]:
    """The objects other than the anchor that share its ``attribute`` value (and have ``want``)."""
    return [i for i in s.f(**want) if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def same(s: Clevr, ids, attribute: str) -> str:
    ids = list(ids)
    if len(ids) < 2:
        raise NotUnique(f"need two objects: {ids}")
    return yes(len({s.a(i, attribute) for i in ids}) == 1)


def either(s: Clevr, first: list[int], second: list[int], **want) -> list[int]:
    """The objects in first or second that have ``want``."""
    return [i for i in s.f(**want) if i in set(first) | set(second)]


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def named(p: Photo, ids: list[str], name: str) -> str:
    return only(o for o in ids if p.name(o) == name)


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph, large blue metal sph, large green rubber cyl
C(
    "zero_hop",
    0,
    "is there a green ball in there",
    "exist(f(sel(sphere), color=green))",
    lambda s: yes(bool(s.f(shape="sphere", color="green"))),
)
C(
    "same_relate",
    0,
    "Apart from the little yellow ball, is anything else in the picture made of rubber too?",
    "exist(same_attr(u(f(sel(sphere), size=small, color=yellow)), material))",
    lambda s: yes(bool(others(s, s.the(shape="sphere", size="small", color="yellow"), "material"))),
)

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "zero_hop",
    1,
    "There are two blue tubes. How many of them are the shiny kind?",
    "count(f(sel(cylinder), color=blue, material=metal))",
    lambda s: n(s.f(shape="cylinder", color="blue", material="metal")),
)
C(
    "one_hop",
    1,
    "How many things would you say are nearer the camera than the big grey block?",
    "count(rel(u(f(sel(cube), size=large, color=gray)), front))",
    lambda s: n(rel(s, "front", s.the(shape="cube", size="large", color="gray"))),
)
C(
    "comparison",
    1,
    "Metal can vs rubber can: same colour or different?",
    "worded(same(u(f(sel(cylinder), material=metal)), u(f(sel(cylinder), material=rubber)), color), [same, different])",
    lambda s: said_same(
        same(s, [s.the(shape="cylinder", material="metal"), s.the(shape="cylinder", material="rubber")], "color")
    ),
)
C(
    "single_and",
    1,
    "There's a small object that is behind the metal ball and also to the right of the purple cube. What is it made of?",
    "q(u(f(inter(rel(u(f(sel(sphere), material=metal)), behind), rel(u(f(sel(cube), color=purple)), right)), size=small)), material)",
    lambda s: s.a(
        only(
            both(
                s,
                "behind",
                s.the(shape="sphere", material="metal"),
                "right",
                s.the(shape="cube", color="purple"),
                size="small",
            )
        ),
        "material",
    ),
)

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "compare_integer",
    3,
    "Do the red things outnumber the purple things?",
    "gt(count(f(scene(), color=red)), count(f(scene(), color=purple)))",
    lambda s: yes(len(s.f(color="red")) > len(s.f(color="purple"))),
)
C(
    "two_hop",
    3,
    "what colour is the thing behind the cylinder thats left of the little ball",
    "q(u(rel(u(f(rel(u(f(sel(sphere), size=small)), left), shape=cylinder)), behind)), color)",
    lambda s: s.a(one(s, "behind", one(s, "left", s.the(shape="sphere", size="small"), shape="cylinder")), "color"),
)
C(
    "same_relate",
    3,
    "How many other objects are made of whatever the purple block is made of?",
    "count(same_attr(u(f(sel(cube), color=purple)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="purple"), "material")),
)

# scene 4: small red rubber cyl, small green rubber cyl, small brown rubber sph, small yellow metal sph, small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph
C(
    "single_or",
    4,
    "ok so count for me everything that's either yellow or purple",
    "count(union(f(scene(), color=yellow), f(scene(), color=purple)))",
    lambda s: n(either(s, s.f(color="yellow"), s.f(color="purple"))),
)
C(
    "single_or",
    4,
    "Take everything that's either a cylinder or metallic. How many of those are small?",
    "count(f(union(sel(cylinder), f(scene(), material=metal)), size=small))",
    lambda s: n(either(s, s.f(shape="cylinder"), s.f(material="metal"), size="small")),
)
C(
    "compare_integer",
    4,
    "Are there fewer tubes than balls here?",
    "lt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="sphere"))),
)
C(
    "one_hop",
    4,
    "How many balls are closer to the camera then the purple cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=purple)), front), shape=sphere))",
    lambda s: n(rel(s, "front", s.the(shape="cylinder", color="purple"), shape="sphere")),
)
C(
    "same_relate",
    4,
    "The big blue ball is metal. Which colour is the other metal ball?",
    "q(u(f(same_attr(u(f(sel(sphere), size=large, color=blue)), material), shape=sphere)), color)",
    lambda s: s.a(
        only(others(s, s.the(shape="sphere", size="large", color="blue"), "material", shape="sphere")), "color"
    ),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "three_hop",
    5,
    "Start at the little cyan ball. Behind it there's a green tube, and to the left of that tube there's a big block. How many balls are closer to the camera than that block?",
    "count(f(rel(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=cyan)), behind), color=green, shape=cylinder)), left), size=large, shape=cube)), front), shape=sphere))",
    lambda s: n(
        rel(
            s,
            "front",
            one(
                s,
                "left",
                one(s, "behind", s.the(shape="sphere", size="small", color="cyan"), color="green", shape="cylinder"),
                size="large",
                shape="cube",
            ),
            shape="sphere",
        )
    ),
)
C(
    "comparison",
    5,
    "Are both of the brown things made out of the same stuff?",
    "same(f(scene(), color=brown), material)",
    lambda s: same(s, s.f(color="brown"), "material"),
)
C(
    "zero_hop",
    5,
    "colour of the small block?",
    "q(u(f(sel(cube), size=small)), color)",
    lambda s: s.a(s.the(shape="cube", size="small"), "color"),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "single_and",
    6,
    "I'm looking for rubber things that are left of the red cube and also farther back than the brown ball. How many are there?",
    "count(f(inter(rel(u(f(sel(cube), color=red)), left), rel(u(f(sel(sphere), color=brown)), behind)), material=rubber))",
    lambda s: n(
        both(
            s,
            "left",
            s.the(shape="cube", color="red"),
            "behind",
            s.the(shape="sphere", color="brown"),
            material="rubber",
        )
    ),
)
C(
    "compare_integer",
    6,
    "Is there as many metal object as purple object in this picture?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), color=purple)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(color="purple"))),
)
C(
    "zero_hop",
    6,
    "Big grey ball. Material?",
    "q(u(f(sel(sphere), size=large, color=gray)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large", color="gray"), "material"),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "two_hop",
    7,
    "How many things are to the left of the big cube which sits in front of the small blue cylinder?",
    "count(rel(u(f(rel(u(f(sel(cylinder), size=small, color=blue)), front), size=large, shape=cube)), left))",
    lambda s: n(
        rel(s, "left", one(s, "front", s.the(shape="cylinder", size="small", color="blue"), size="large", shape="cube"))
    ),
)
C(
    "same_relate",
    7,
    "Leaving out the little cyan tube itself, how many of the other tubes are just as small as it is?",
    "count(f(same_attr(u(f(sel(cylinder), size=small, color=cyan)), size), shape=cylinder))",
    lambda s: n(others(s, s.the(shape="cylinder", size="small", color="cyan"), "size", shape="cylinder")),
)
C(
    "zero_hop",
    7,
    "Any gold-coloured blocks in this one?",
    "exist(f(sel(cube), color=yellow))",
    lambda s: yes(bool(s.f(shape="cube", color="yellow"))),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "single_or",
    8,
    "How many of the objects are grey or else made of metal?",
    "count(union(f(scene(), color=gray), f(scene(), material=metal)))",
    lambda s: n(either(s, s.f(color="gray"), s.f(material="metal"))),
)
C(
    "comparison",
    8,
    "Do the big ball and the metallic cylinder match in colour?",
    "same(u(f(sel(sphere), size=large)), u(f(sel(cylinder), material=metal)), color)",
    lambda s: same(s, [s.the(shape="sphere", size="large"), s.the(shape="cylinder", material="metal")], "color"),
)
C(
    "one_hop",
    8,
    "What's the thing to the rigth of the big purple ball made of?",
    "q(u(rel(u(f(sel(sphere), size=large, color=purple)), right)), material)",
    lambda s: s.a(one(s, "right", s.the(shape="sphere", size="large", color="purple")), "material"),
)
C(
    "three_hop",
    8,
    "On the cyan cube's right there is a yellow cube, and behind that yellow cube stands a big cylinder. How many balls are to the right of the big cylinder?",
    "count(f(rel(u(f(rel(u(f(rel(u(f(sel(cube), color=cyan)), right), color=yellow, shape=cube)), behind), size=large, shape=cylinder)), right), shape=sphere))",
    lambda s: n(
        rel(
            s,
            "right",
            one(
                s,
                "behind",
                one(s, "right", s.the(shape="cube", color="cyan"), color="yellow", shape="cube"),
                size="large",
                shape="cylinder",
            ),
            shape="sphere",
        )
    ),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "three_hop",
    9,
    "There is a little grey block. Left of it is a small ball, behind that ball is a block, and right of that block is a cylinder. What colour is the cylinder?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=gray)), left), size=small, shape=sphere)), behind), shape=cube)), right), shape=cylinder)), color)",
    lambda s: s.a(
        one(
            s,
            "right",
            one(
                s,
                "behind",
                one(s, "left", s.the(shape="cube", size="small", color="gray"), size="small", shape="sphere"),
                shape="cube",
            ),
            shape="cylinder",
        ),
        "color",
    ),
)
C(
    "compare_integer",
    9,
    "Are there more things behind the green ball than in front of it?",
    "gt(count(rel(u(f(sel(sphere), color=green)), behind)), count(rel(u(f(sel(sphere), color=green)), front)))",
    lambda s: yes(
        len(rel(s, "behind", s.the(shape="sphere", color="green")))
        > len(rel(s, "front", s.the(shape="sphere", color="green")))
    ),
)
C(
    "single_and",
    9,
    "The cylinder that is in front of the big grey one and also right of the blue ball, which colour is it?",
    "q(u(f(inter(rel(u(f(sel(cylinder), size=large, color=gray)), front), rel(u(f(sel(sphere), color=blue)), right)), shape=cylinder)), color)",
    lambda s: s.a(
        only(
            both(
                s,
                "front",
                s.the(shape="cylinder", size="large", color="gray"),
                "right",
                s.the(shape="sphere", color="blue"),
                shape="cylinder",
            )
        ),
        "color",
    ),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "same_relate",
    10,
    "The red ball has a twin in colour somewhere in the scene. What shape is that other red thing?",
    "q(u(same_attr(u(f(sel(sphere), color=red)), color)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="sphere", color="red"), "color")), "shape"),
)
C(
    "single_and",
    10,
    "Whichever big cylinder is behind the green one and to the right of the red ball, what colour is it?",
    "q(u(f(inter(rel(u(f(sel(cylinder), color=green)), behind), rel(u(f(sel(sphere), color=red)), right)), size=large, shape=cylinder)), color)",
    lambda s: s.a(
        only(
            both(
                s,
                "behind",
                s.the(shape="cylinder", color="green"),
                "right",
                s.the(shape="sphere", color="red"),
                size="large",
                shape="cylinder",
            )
        ),
        "color",
    ),
)
C(
    "two_hop",
    10,
    "What's the big thing on the right of the cube behind the little red cylinder made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=small, color=red)), behind), shape=cube)), right), size=large)), material)",
    lambda s: s.a(
        one(
            s, "right", one(s, "behind", s.the(shape="cylinder", size="small", color="red"), shape="cube"), size="large"
        ),
        "material",
    ),
)

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "zero_hop",
    11,
    "How many brown things can you see?",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "same_relate",
    11,
    "Not counting the big brown ball itself, how many things are the same colour as it?",
    "count(same_attr(u(f(sel(sphere), size=large, color=brown)), color))",
    lambda s: n(others(s, s.the(shape="sphere", size="large", color="brown"), "color")),
)
C(
    "compare_integer",
    11,
    "Is the amount of balls equal to the amount of metal things?",
    "eq(count(sel(sphere)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(material="metal"))),
)
C(
    "one_hop",
    11,
    "How many spheres sit on the right side of the big brown cylinder?",
    "count(f(rel(u(f(sel(cylinder), size=large, color=brown)), right), shape=sphere))",
    lambda s: n(rel(s, "right", s.the(shape="cylinder", size="large", color="brown"), shape="sphere")),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "comparison",
    12,
    "is the big ball made of the same stuff as the litle grey ball",
    "same(u(f(sel(sphere), size=large)), u(f(sel(sphere), size=small, color=gray)), material)",
    lambda s: same(
        s, [s.the(shape="sphere", size="large"), s.the(shape="sphere", size="small", color="gray")], "material"
    ),
)
C(
    "two_hop",
    12,
    "How many things are closer to the camera than the cube which is to the left of the green cylinder?",
    "count(rel(u(f(rel(u(f(sel(cylinder), color=green)), left), shape=cube)), front))",
    lambda s: n(rel(s, "front", one(s, "left", s.the(shape="cylinder", color="green"), shape="cube"))),
)
C(
    "single_or",
    12,
    "How many objects are either cubes or grey?",
    "count(union(sel(cube), f(scene(), color=gray)))",
    lambda s: n(either(s, s.f(shape="cube"), s.f(color="gray"))),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "same_relate",
    13,
    "Is there another cube that has the same colour as the large shiny one?",
    "exist(f(same_attr(u(f(sel(cube), size=large, material=metal)), color), shape=cube))",
    lambda s: yes(bool(others(s, s.the(shape="cube", size="large", material="metal"), "color", shape="cube"))),
)
C(
    "three_hop",
    13,
    "How many balls are in front of the small cylinder that is to the right of the big cube in front of the cyan ball?",
    "count(f(rel(u(f(rel(u(f(rel(u(f(sel(sphere), color=cyan)), front), size=large, shape=cube)), right), size=small, shape=cylinder)), front), shape=sphere))",
    lambda s: n(
        rel(
            s,
            "front",
            one(
                s,
                "right",
                one(s, "front", s.the(shape="sphere", color="cyan"), size="large", shape="cube"),
                size="small",
                shape="cylinder",
            ),
            shape="sphere",
        )
    ),
)
C(
    "compare_integer",
    13,
    "Are the metal objects outnumbered by the red ones?",
    "lt(count(f(scene(), material=metal)), count(f(scene(), color=red)))",
    lambda s: yes(len(s.f(material="metal")) < len(s.f(color="red"))),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "comparison",
    14,
    "The two balls, they are of same material?",
    "same(sel(sphere), material)",
    lambda s: same(s, s.f(shape="sphere"), "material"),
)
C(
    "one_hop",
    14,
    "Behind the small blue ball there is something. What shape is it?",
    "q(u(rel(u(f(sel(sphere), size=small, color=blue)), behind)), shape)",
    lambda s: s.a(one(s, "behind", s.the(shape="sphere", size="small", color="blue")), "shape"),
)

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "single_or",
    15,
    "Counting only the small ones, how many are balls or blocks?",
    "count(f(union(sel(sphere), sel(cube)), size=small))",
    lambda s: n(either(s, s.f(shape="sphere"), s.f(shape="cube"), size="small")),
)
C(
    "two_hop",
    15,
    "How many little things are behind the shiny cylinder, the one that's left of the green ball?",
    "count(f(rel(u(f(rel(u(f(sel(sphere), color=green)), left), material=metal, shape=cylinder)), behind), size=small))",
    lambda s: n(
        rel(
            s,
            "behind",
            one(s, "left", s.the(shape="sphere", color="green"), material="metal", shape="cylinder"),
            size="small",
        )
    ),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "same_relate",
    16,
    "Is there anything else shaped like the brown cylinder?",
    "exist(same_attr(u(f(sel(cylinder), color=brown)), shape))",
    lambda s: yes(bool(others(s, s.the(shape="cylinder", color="brown"), "shape"))),
)
C(
    "one_hop",
    16,
    "how many of the shiny objects are in front of the yellow block?",
    "count(f(rel(u(f(sel(cube), color=yellow)), front), material=metal))",
    lambda s: n(rel(s, "front", s.the(shape="cube", color="yellow"), material="metal")),
)
C(
    "comparison",
    16,
    "The yellow block and the yellow can - are they the same material or not?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=yellow)), material)",
    lambda s: same(s, [s.the(shape="cube", color="yellow"), s.the(shape="cylinder", color="yellow")], "material"),
)
C(
    "zero_hop",
    16,
    "What's the big green thing's shape?",
    "q(u(f(scene(), size=large, color=green)), shape)",
    lambda s: s.a(s.the(size="large", color="green"), "shape"),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "two_hop",
    17,
    "What colour is whatever is behind the cylinder that's to the right of the little ball?",
    "q(u(rel(u(f(rel(u(f(sel(sphere), size=small)), right), shape=cylinder)), behind)), color)",
    lambda s: s.a(one(s, "behind", one(s, "right", s.the(shape="sphere", size="small"), shape="cylinder")), "color"),
)
C(
    "compare_integer",
    17,
    "More blocks than balls, yes or no?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "single_and",
    18,
    "Which colour is the ball that is left of the shiny purple cube but in front of the red ball?",
    "q(u(f(inter(rel(u(f(sel(cube), color=purple, material=metal)), left), rel(u(f(sel(sphere), color=red)), front)), shape=sphere)), color)",
    lambda s: s.a(
        only(
            both(
                s,
                "left",
                s.the(shape="cube", color="purple", material="metal"),
                "front",
                s.the(shape="sphere", color="red"),
                shape="sphere",
            )
        ),
        "color",
    ),
)
C(
    "same_relate",
    18,
    "There's another purple cylinder besides the metal one. Is it big or small?",
    "q(u(f(same_attr(u(f(sel(cylinder), material=metal)), color), shape=cylinder)), size)",
    lambda s: s.a(only(others(s, s.the(shape="cylinder", material="metal"), "color", shape="cylinder")), "size"),
)
C(
    "single_or",
    18,
    "how many things are purpel or rubber",
    "count(union(f(scene(), color=purple), f(scene(), material=rubber)))",
    lambda s: n(either(s, s.f(color="purple"), s.f(material="rubber"))),
)
C(
    "three_hop",
    18,
    "How many cubes are to the right of the ball that's left of the shiny cylinder behind the little blue cylinder?",
    "count(f(rel(u(f(rel(u(f(rel(u(f(sel(cylinder), size=small, color=blue)), behind), material=metal, shape=cylinder)), left), shape=sphere)), right), shape=cube))",
    lambda s: n(
        rel(
            s,
            "right",
            one(
                s,
                "left",
                one(
                    s, "behind", s.the(shape="cylinder", size="small", color="blue"), material="metal", shape="cylinder"
                ),
                shape="sphere",
            ),
            shape="cube",
        )
    ),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "zero_hop",
    19,
    "How many things are cyan, would you say?",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "comparison",
    19,
    "The silver ball and the little grey cube: is their material the same?",
    "same(u(f(sel(sphere), color=gray)), u(f(sel(cube), size=small, color=gray)), material)",
    lambda s: same(
        s, [s.the(shape="sphere", color="gray"), s.the(shape="cube", size="small", color="gray")], "material"
    ),
)
C(
    "compare_integer",
    19,
    "Do the cylinders outnumber the cubes?",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)
C(
    "single_and",
    19,
    "How many cubes are both to the right of the big blue cube and closer to the camera than the green cylinder?",
    "count(f(inter(rel(u(f(sel(cube), size=large, color=blue)), right), rel(u(f(sel(cylinder), color=green)), front)), shape=cube))",
    lambda s: n(
        both(
            s,
            "right",
            s.the(shape="cube", size="large", color="blue"),
            "front",
            s.the(shape="cylinder", color="green"),
            shape="cube",
        )
    ),
)

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "same_relate",
    20,
    "Besides the yellow cube there is one more yellow object. What's it made of?",
    "q(u(same_attr(u(f(sel(cube), color=yellow)), color)), material)",
    lambda s: s.a(only(others(s, s.the(shape="cube", color="yellow"), "color")), "material"),
)
C(
    "one_hop",
    20,
    "Can any balls be found behind the yellow cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=yellow)), behind), shape=sphere))",
    lambda s: yes(bool(rel(s, "behind", s.the(shape="cylinder", color="yellow"), shape="sphere"))),
)
C(
    "three_hop",
    20,
    "Right of the brown cube there's a green cylinder, and in front of that is a cube. How many cylinders are on that cube's right?",
    "count(f(rel(u(f(rel(u(f(rel(u(f(sel(cube), color=brown)), right), color=green, shape=cylinder)), front), shape=cube)), right), shape=cylinder))",
    lambda s: n(
        rel(
            s,
            "right",
            one(
                s,
                "front",
                one(s, "right", s.the(shape="cube", color="brown"), color="green", shape="cylinder"),
                shape="cube",
            ),
            shape="cylinder",
        )
    ),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "one_hop",
    21,
    "What colour is the ball that's behind the big red one?",
    "q(u(f(rel(u(f(sel(sphere), size=large, color=red)), behind), shape=sphere)), color)",
    lambda s: s.a(one(s, "behind", s.the(shape="sphere", size="large", color="red"), shape="sphere"), "color"),
)
C(
    "single_or",
    21,
    "How many things are either small balls or big cylinders?",
    "count(union(f(sel(sphere), size=small), f(sel(cylinder), size=large)))",
    lambda s: n(either(s, s.f(shape="sphere", size="small"), s.f(shape="cylinder", size="large"))),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "comparison",
    22,
    "The yellow tube and the purple tube, are they the same size or different?",
    "worded(same(u(f(sel(cylinder), color=yellow)), u(f(sel(cylinder), color=purple)), size), [same, different])",
    lambda s: said_same(
        same(s, [s.the(shape="cylinder", color="yellow"), s.the(shape="cylinder", color="purple")], "size")
    ),
)
C(
    "two_hop",
    22,
    "There's a cube in front of the small cylinder. What's the shape of the big object to its left?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=small)), front), shape=cube)), left), size=large)), shape)",
    lambda s: s.a(
        one(s, "left", one(s, "front", s.the(shape="cylinder", size="small"), shape="cube"), size="large"), "shape"
    ),
)

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "same_relate",
    23,
    "How many other objects are as small as the brown cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=brown)), size))",
    lambda s: n(others(s, s.the(shape="cylinder", color="brown"), "size")),
)
C(
    "single_and",
    23,
    "What color's the ball that is right of the big cylinder and in front of the yellow ball?",
    "q(u(f(inter(rel(u(f(sel(cylinder), size=large)), right), rel(u(f(sel(sphere), color=yellow)), front)), shape=sphere)), color)",
    lambda s: s.a(
        only(
            both(
                s,
                "right",
                s.the(shape="cylinder", size="large"),
                "front",
                s.the(shape="sphere", color="yellow"),
                shape="sphere",
            )
        ),
        "color",
    ),
)

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "compare_integer",
    24,
    "Is the count of red objects equal to the count of cubes?",
    "eq(count(f(scene(), color=red)), count(sel(cube)))",
    lambda s: yes(len(s.f(color="red")) == len(s.f(shape="cube"))),
)
C(
    "compare_integer",
    24,
    "Are there more cubes to the right of the red cylinder than there are balls behind it?",
    "gt(count(f(rel(u(f(sel(cylinder), color=red)), right), shape=cube)), count(f(rel(u(f(sel(cylinder), color=red)), behind), shape=sphere)))",
    lambda s: yes(
        len(rel(s, "right", s.the(shape="cylinder", color="red"), shape="cube"))
        > len(rel(s, "behind", s.the(shape="cylinder", color="red"), shape="sphere"))
    ),
)
C(
    "single_and",
    24,
    "How many metal things are left of the green block and behind the brown rubber cube?",
    "count(f(inter(rel(u(f(sel(cube), color=green)), left), rel(u(f(sel(cube), color=brown, material=rubber)), behind)), material=metal))",
    lambda s: n(
        both(
            s,
            "left",
            s.the(shape="cube", color="green"),
            "behind",
            s.the(shape="cube", color="brown", material="rubber"),
            material="metal",
        )
    ),
)
C(
    "three_hop",
    24,
    "Behind the little yellow block there's a brown thing. In front of that brown thing is a big rubber block. How many balls are behind the big rubber block?",
    "count(f(rel(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=yellow)), behind), color=brown)), front), size=large, material=rubber, shape=cube)), behind), shape=sphere))",
    lambda s: n(
        rel(
            s,
            "behind",
            one(
                s,
                "front",
                one(s, "behind", s.the(shape="cube", size="small", color="yellow"), color="brown"),
                size="large",
                material="rubber",
                shape="cube",
            ),
            shape="sphere",
        )
    ),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "two_hop",
    25,
    "There's a block behind the cyan ball. What colour is the little cylinder to the left of that block?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=cyan)), behind), shape=cube)), left), size=small, shape=cylinder)), color)",
    lambda s: s.a(
        one(
            s,
            "left",
            one(s, "behind", s.the(shape="sphere", color="cyan"), shape="cube"),
            size="small",
            shape="cylinder",
        ),
        "color",
    ),
)
C(
    "zero_hop",
    25,
    "rubber cube anywhere?",
    "exist(f(sel(cube), material=rubber))",
    lambda s: yes(bool(s.f(shape="cube", material="rubber"))),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "same_relate",
    26,
    "How many other green things are the same shape as the brown cylinder?",
    "count(f(same_attr(u(f(sel(cylinder), color=brown)), shape), color=green))",
    lambda s: n(others(s, s.the(shape="cylinder", color="brown"), "shape", color="green")),
)
C(
    "single_or",
    26,
    "Green or rubber (or both): how many objects is that?",
    "count(union(f(scene(), color=green), f(scene(), material=rubber)))",
    lambda s: n(either(s, s.f(color="green"), s.f(material="rubber"))),
)
C(
    "zero_hop",
    26,
    "Could you count the metal objects for me, please?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "comparison",
    27,
    "Compare the ball that's behind the red tube with the red cube: same colour?",
    "same(u(f(rel(u(f(sel(cylinder), color=red)), behind), shape=sphere)), u(f(sel(cube), color=red)), color)",
    lambda s: same(
        s,
        [one(s, "behind", s.the(shape="cylinder", color="red"), shape="sphere"), s.the(shape="cube", color="red")],
        "color",
    ),
)
C(
    "two_hop",
    27,
    "The ball on the left of the purple cube has a cylinder in front of it. What is that cylinder made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=purple)), left), shape=sphere)), front), shape=cylinder)), material)",
    lambda s: s.a(
        one(s, "front", one(s, "left", s.the(shape="cube", color="purple"), shape="sphere"), shape="cylinder"),
        "material",
    ),
)

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "one_hop",
    28,
    "Is there any cylindr to the left of the brown ball?",
    "exist(f(rel(u(f(sel(sphere), color=brown)), left), shape=cylinder))",
    lambda s: yes(bool(rel(s, "left", s.the(shape="sphere", color="brown"), shape="cylinder"))),
)
C(
    "same_relate",
    28,
    "Apart from the purple tube, how many rubbery things are there?",
    "count(same_attr(u(f(sel(cylinder), color=purple)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", color="purple"), "material")),
)

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "comparison",
    29,
    "Is the ball to the right of the cyan cylinder as big as the red cylinder?",
    "same(u(f(rel(u(f(sel(cylinder), color=cyan)), right), shape=sphere)), u(f(sel(cylinder), color=red)), size)",
    lambda s: same(
        s,
        [one(s, "right", s.the(shape="cylinder", color="cyan"), shape="sphere"), s.the(shape="cylinder", color="red")],
        "size",
    ),
)

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "zero_hop",
    30,
    "how many rubber balls r there",
    "count(f(sel(sphere), material=rubber))",
    lambda s: n(s.f(shape="sphere", material="rubber")),
)
C(
    "one_hop",
    30,
    "How many spheres are further back than the metal cylinder?",
    "count(f(rel(u(f(sel(cylinder), material=metal)), behind), shape=sphere))",
    lambda s: n(rel(s, "behind", s.the(shape="cylinder", material="metal"), shape="sphere")),
)

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "single_or",
    31,
    "Of the cylinders, how many are cyan or red?",
    "count(f(union(f(scene(), color=cyan), f(scene(), color=red)), shape=cylinder))",
    lambda s: n(either(s, s.f(color="cyan"), s.f(color="red"), shape="cylinder")),
)
C(
    "two_hop",
    31,
    "What color is the cylinder behind the cube that is to the right of the cyan tube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=cyan)), right), shape=cube)), behind), shape=cylinder)), color)",
    lambda s: s.a(
        one(s, "behind", one(s, "right", s.the(shape="cylinder", color="cyan"), shape="cube"), shape="cylinder"),
        "color",
    ),
)
C(
    "compare_integer",
    31,
    "Are there exactly as many rubber things as metal things?",
    "eq(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) == len(s.f(material="metal"))),
)
C(
    "three_hop",
    31,
    "Count the balls on the left of the cube that's behind the blue thing to the right of the brown cylinder.",
    "count(f(rel(u(f(rel(u(f(rel(u(f(sel(cylinder), color=brown)), right), color=blue)), behind), shape=cube)), left), shape=sphere))",
    lambda s: n(
        rel(
            s,
            "left",
            one(s, "behind", one(s, "right", s.the(shape="cylinder", color="brown"), color="blue"), shape="cube"),
            shape="sphere",
        )
    ),
)

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "one_hop",
    32,
    "How many grey blocks are behind the red metal cube?",
    "count(f(rel(u(f(sel(cube), color=red, material=metal)), behind), color=gray, shape=cube))",
    lambda s: n(rel(s, "behind", s.the(shape="cube", color="red", material="metal"), color="gray", shape="cube")),
)
C(
    "same_relate",
    32,
    "There's a red cube and one more red object. What shape is that one?",
    "q(u(same_attr(u(f(sel(cube), color=red)), color)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="cube", color="red"), "color")), "shape"),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "three_hop",
    33,
    "How many small things are to the right of whatever is behind the cube that is left of the red ball?",
    "count(f(rel(u(rel(u(f(rel(u(f(sel(sphere), color=red)), left), shape=cube)), behind)), right), size=small))",
    lambda s: n(
        rel(
            s, "right", one(s, "behind", one(s, "left", s.the(shape="sphere", color="red"), shape="cube")), size="small"
        )
    ),
)
C(
    "zero_hop",
    33,
    "What colour is the big shiny box?",
    "q(u(f(sel(cube), size=large, material=metal)), color)",
    lambda s: s.a(s.the(shape="cube", size="large", material="metal"), "color"),
)
C(
    "single_or",
    33,
    "How many things are either large cubes or small spheres?",
    "count(union(f(sel(cube), size=large), f(sel(sphere), size=small)))",
    lambda s: n(either(s, s.f(shape="cube", size="large"), s.f(shape="sphere", size="small"))),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "compare_integer",
    34,
    "same number of cubes and cylinders?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "one_hop",
    34,
    "Is there anything to the left of the little red can?",
    "exist(rel(u(f(sel(cylinder), size=small, color=red)), left))",
    lambda s: yes(bool(rel(s, "left", s.the(shape="cylinder", size="small", color="red")))),
)

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "comparison",
    35,
    "The two green blocks - do they have the same material?",
    "same(f(sel(cube), color=green), material)",
    lambda s: same(s, s.f(shape="cube", color="green"), "material"),
)
C(
    "same_relate",
    35,
    "Is there another block made of the same material as the grey block?",
    "exist(f(same_attr(u(f(sel(cube), color=gray)), material), shape=cube))",
    lambda s: yes(bool(others(s, s.the(shape="cube", color="gray"), "material", shape="cube"))),
)
C(
    "single_and",
    35,
    "What colour is the block that's behind the rubber cube and to the left of the small ball?",
    "q(u(f(inter(rel(u(f(sel(cube), material=rubber)), behind), rel(u(f(sel(sphere), size=small)), left)), shape=cube)), color)",
    lambda s: s.a(
        only(
            both(
                s,
                "behind",
                s.the(shape="cube", material="rubber"),
                "left",
                s.the(shape="sphere", size="small"),
                shape="cube",
            )
        ),
        "color",
    ),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "same_relate",
    36,
    "How many other things are made of the same material as the brown cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=brown)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", color="brown"), "material")),
)
C(
    "two_hop",
    36,
    "There's a cylinder closer to the camera than the purple ball. What shape is the thing that's even closer than that cylinder?",
    "q(u(rel(u(f(rel(u(f(sel(sphere), color=purple)), front), shape=cylinder)), front)), shape)",
    lambda s: s.a(one(s, "front", one(s, "front", s.the(shape="sphere", color="purple"), shape="cylinder")), "shape"),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "single_and",
    37,
    "Count the things which are both further back than the brown cube and to the right of the red cube.",
    "count(inter(rel(u(f(sel(cube), color=brown)), behind), rel(u(f(sel(cube), color=red)), right)))",
    lambda s: n(both(s, "behind", s.the(shape="cube", color="brown"), "right", s.the(shape="cube", color="red"))),
)
C(
    "three_hop",
    37,
    "How many balls are left of the small cylinder that's behind the big thing in front of the blue cylinder?",
    "count(f(rel(u(f(rel(u(f(rel(u(f(sel(cylinder), color=blue)), front), size=large)), behind), size=small, shape=cylinder)), left), shape=sphere))",
    lambda s: n(
        rel(
            s,
            "left",
            one(
                s,
                "behind",
                one(s, "front", s.the(shape="cylinder", color="blue"), size="large"),
                size="small",
                shape="cylinder",
            ),
            shape="sphere",
        )
    ),
)
C(
    "zero_hop",
    37,
    "are there any red balls",
    "exist(f(sel(sphere), color=red))",
    lambda s: yes(bool(s.f(shape="sphere", color="red"))),
)
C(
    "single_or",
    37,
    "How many objcts are red or cylinders?",
    "count(union(f(scene(), color=red), sel(cylinder)))",
    lambda s: n(either(s, s.f(color="red"), s.f(shape="cylinder"))),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "comparison",
    38,
    "The two green balls: same size, or not?",
    "same(f(sel(sphere), color=green), size)",
    lambda s: same(s, s.f(shape="sphere", color="green"), "size"),
)
C(
    "one_hop",
    38,
    "How many balls are to the right of the matte grey cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=gray, material=rubber)), right), shape=sphere))",
    lambda s: n(rel(s, "right", s.the(shape="cylinder", color="gray", material="rubber"), shape="sphere")),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "same_relate",
    39,
    "Only one other thing is made of the same material as the big cylinder. What shape is it?",
    "q(u(same_attr(u(f(sel(cylinder), size=large)), material)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="cylinder", size="large"), "material")), "shape"),
)

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "one_hop",
    40,
    "The thing with the rubbery look, left of the small cube - what shape has it got?",
    "q(u(f(rel(u(f(sel(cube), size=small)), left), material=rubber)), shape)",
    lambda s: s.a(one(s, "left", s.the(shape="cube", size="small"), material="rubber"), "shape"),
)

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "single_or",
    41,
    "Hi! How many things in this picture are yellow or blue?",
    "count(union(f(scene(), color=yellow), f(scene(), color=blue)))",
    lambda s: n(either(s, s.f(color="yellow"), s.f(color="blue"))),
)
C(
    "compare_integer",
    41,
    "Is the number of big things the same as the number of small things?",
    "eq(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) == len(s.f(size="small"))),
)
C(
    "single_and",
    41,
    "What colour is the small cylinder that sits in front of the large yellow one but behind the blue ball?",
    "q(u(f(inter(rel(u(f(sel(cylinder), size=large, color=yellow)), front), rel(u(f(sel(sphere), color=blue)), behind)), size=small, shape=cylinder)), color)",
    lambda s: s.a(
        only(
            both(
                s,
                "front",
                s.the(shape="cylinder", size="large", color="yellow"),
                "behind",
                s.the(shape="sphere", color="blue"),
                size="small",
                shape="cylinder",
            )
        ),
        "color",
    ),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "zero_hop",
    42,
    "How many blue objects do u see",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "same_relate",
    42,
    "How many other cylinders are the same colour as the big cylinder?",
    "count(f(same_attr(u(f(sel(cylinder), size=large)), color), shape=cylinder))",
    lambda s: n(others(s, s.the(shape="cylinder", size="large"), "color", shape="cylinder")),
)
C(
    "compare_integer",
    42,
    "There is fewer yellow things than grey things?",
    "lt(count(f(scene(), color=yellow)), count(f(scene(), color=gray)))",
    lambda s: yes(len(s.f(color="yellow")) < len(s.f(color="gray"))),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "single_and",
    43,
    "How many balls are both right of the blue block and further back than the little shiny cyan ball?",
    "count(f(inter(rel(u(f(sel(cube), color=blue)), right), rel(u(f(sel(sphere), size=small, color=cyan, material=metal)), behind)), shape=sphere))",
    lambda s: n(
        both(
            s,
            "right",
            s.the(shape="cube", color="blue"),
            "behind",
            s.the(shape="sphere", size="small", color="cyan", material="metal"),
            shape="sphere",
        )
    ),
)
C(
    "comparison",
    43,
    "Does the green block have the same materail as the grey ball?",
    "same(u(f(sel(cube), color=green)), u(f(sel(sphere), color=gray)), material)",
    lambda s: same(s, [s.the(shape="cube", color="green"), s.the(shape="sphere", color="gray")], "material"),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "comparison",
    44,
    "The two brown balls, same size?",
    "same(f(sel(sphere), color=brown), size)",
    lambda s: same(s, s.f(shape="sphere", color="brown"), "size"),
)
C(
    "one_hop",
    44,
    "How many boxes are on the right of the large blue box?",
    "count(f(rel(u(f(sel(cube), size=large, color=blue)), right), shape=cube))",
    lambda s: n(rel(s, "right", s.the(shape="cube", size="large", color="blue"), shape="cube")),
)
C(
    "two_hop",
    44,
    "A cube is placed to the right of the blue cube. What size is the ball that is positioned behind it?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=blue)), right), shape=cube)), behind), shape=sphere)), size)",
    lambda s: s.a(
        one(s, "behind", one(s, "right", s.the(shape="cube", color="blue"), shape="cube"), shape="sphere"), "size"
    ),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "three_hop",
    45,
    "How many balls are behind the rubber cylinder to the left of the big shiny ball that's behind the grey cube?",
    "count(f(rel(u(f(rel(u(f(rel(u(f(sel(cube), color=gray)), behind), size=large, material=metal, shape=sphere)), left), material=rubber, shape=cylinder)), behind), shape=sphere))",
    lambda s: n(
        rel(
            s,
            "behind",
            one(
                s,
                "left",
                one(s, "behind", s.the(shape="cube", color="gray"), size="large", material="metal", shape="sphere"),
                material="rubber",
                shape="cylinder",
            ),
            shape="sphere",
        )
    ),
)
C(
    "same_relate",
    45,
    "Which colour is the rubber ball that's the same size as the grey ball?",
    "q(u(f(same_attr(u(f(sel(sphere), color=gray)), size), material=rubber, shape=sphere)), color)",
    lambda s: s.a(
        only(others(s, s.the(shape="sphere", color="gray"), "size", material="rubber", shape="sphere")), "color"
    ),
)
C(
    "compare_integer",
    45,
    "Would you say there are more cylinders than cubes?",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "two_hop",
    46,
    "How many cubes are to the right of the rubber ball that's behind the small cyan cylinder?",
    "count(f(rel(u(f(rel(u(f(sel(cylinder), size=small, color=cyan)), behind), material=rubber, shape=sphere)), right), shape=cube))",
    lambda s: n(
        rel(
            s,
            "right",
            one(s, "behind", s.the(shape="cylinder", size="small", color="cyan"), material="rubber", shape="sphere"),
            shape="cube",
        )
    ),
)
C(
    "single_or",
    46,
    "How many things are metal spheres or rubber cubes?",
    "count(union(f(sel(sphere), material=metal), f(sel(cube), material=rubber)))",
    lambda s: n(either(s, s.f(shape="sphere", material="metal"), s.f(shape="cube", material="rubber"))),
)
C(
    "three_hop",
    46,
    "How many tubes are to the left of the purple ball that's in front of the metal block behind the big red cube?",
    "count(f(rel(u(f(rel(u(f(rel(u(f(sel(cube), size=large, color=red)), behind), material=metal, shape=cube)), front), color=purple, shape=sphere)), left), shape=cylinder))",
    lambda s: n(
        rel(
            s,
            "left",
            one(
                s,
                "front",
                one(s, "behind", s.the(shape="cube", size="large", color="red"), material="metal", shape="cube"),
                color="purple",
                shape="sphere",
            ),
            shape="cylinder",
        )
    ),
)
C(
    "compare_integer",
    46,
    "Are there as many things left of the grey cube as there are right of the red ball?",
    "eq(count(rel(u(f(sel(cube), color=gray)), left)), count(rel(u(f(sel(sphere), color=red)), right)))",
    lambda s: yes(
        len(rel(s, "left", s.the(shape="cube", color="gray")))
        == len(rel(s, "right", s.the(shape="sphere", color="red")))
    ),
)
C(
    "comparison",
    46,
    "Is the small cyan cylinder made of the same material as the big red cube?",
    "same(u(f(sel(cylinder), size=small, color=cyan)), u(f(sel(cube), size=large, color=red)), material)",
    lambda s: same(
        s,
        [s.the(shape="cylinder", size="small", color="cyan"), s.the(shape="cube", size="large", color="red")],
        "material",
    ),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "same_relate",
    47,
    "How many other cubes are purple like the big purple one?",
    "count(f(same_attr(u(f(sel(cube), size=large, color=purple)), color), shape=cube))",
    lambda s: n(others(s, s.the(shape="cube", size="large", color="purple"), "color", shape="cube")),
)
C(
    "compare_integer",
    47,
    "are there more purple thngs than red things",
    "gt(count(f(scene(), color=purple)), count(f(scene(), color=red)))",
    lambda s: yes(len(s.f(color="purple")) > len(s.f(color="red"))),
)
C(
    "zero_hop",
    47,
    "The thing with the cyan colour that's a cylinder: is it big or small?",
    "q(u(f(sel(cylinder), color=cyan)), size)",
    lambda s: s.a(s.the(shape="cylinder", color="cyan"), "size"),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "comparison",
    48,
    "Are the yellow ball and the yellow cube made of the same stuff?",
    "same(u(f(sel(sphere), color=yellow)), u(f(sel(cube), color=yellow)), material)",
    lambda s: same(s, [s.the(shape="sphere", color="yellow"), s.the(shape="cube", color="yellow")], "material"),
)
C(
    "one_hop",
    48,
    "how many green balls are behind the yellow ball??",
    "count(f(rel(u(f(sel(sphere), color=yellow)), behind), color=green, shape=sphere))",
    lambda s: n(rel(s, "behind", s.the(shape="sphere", color="yellow"), color="green", shape="sphere")),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "three_hop",
    49,
    "What colour is the cylinder behind the ball to the right of the green thing that's left of the green cube?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(cube), color=green)), left), color=green)), right), shape=sphere)), behind), shape=cylinder)), color)",
    lambda s: s.a(
        one(
            s,
            "behind",
            one(s, "right", one(s, "left", s.the(shape="cube", color="green"), color="green"), shape="sphere"),
            shape="cylinder",
        ),
        "color",
    ),
)
C(
    "single_or",
    49,
    "How many things are metal or purple?",
    "count(union(f(scene(), material=metal), f(scene(), color=purple)))",
    lambda s: n(either(s, s.f(material="metal"), s.f(color="purple"))),
)
C(
    "zero_hop",
    49,
    "How many smal balls are there?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "zero_hop",
    50,
    "Is anything in this picture made of metal?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "single_and",
    50,
    "How many green things are behind the cyan ball and right of the blue cube?",
    "count(f(inter(rel(u(f(sel(sphere), color=cyan)), behind), rel(u(f(sel(cube), color=blue)), right)), color=green))",
    lambda s: n(
        both(
            s, "behind", s.the(shape="sphere", color="cyan"), "right", s.the(shape="cube", color="blue"), color="green"
        )
    ),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "same_relate",
    51,
    "Has some other thing the same size like the grey ball?",
    "exist(same_attr(u(f(sel(sphere), color=gray)), size))",
    lambda s: yes(bool(others(s, s.the(shape="sphere", color="gray"), "size"))),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "two_hop",
    52,
    "How many cubes are behind the cube to the left of the little cylinder?",
    "count(f(rel(u(f(rel(u(f(sel(cylinder), size=small)), left), shape=cube)), behind), shape=cube))",
    lambda s: n(rel(s, "behind", one(s, "left", s.the(shape="cylinder", size="small"), shape="cube"), shape="cube")),
)
C(
    "one_hop",
    52,
    "Is the brown box closer to the camera than the blue box?",
    "exist(f(rel(u(f(sel(cube), color=blue)), front), color=brown, shape=cube))",
    lambda s: yes(
        s.the(shape="cube", color="brown")
        in rel(s, "front", s.the(shape="cube", color="blue"), color="brown", shape="cube")
    ),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "comparison",
    53,
    "Is the big green ball the same material as the yellow cube?",
    "same(u(f(sel(sphere), size=large, color=green)), u(f(sel(cube), color=yellow)), material)",
    lambda s: same(
        s, [s.the(shape="sphere", size="large", color="green"), s.the(shape="cube", color="yellow")], "material"
    ),
)
C(
    "compare_integer",
    53,
    "Are there fewer cubes to the left of the green ball than to the right of it?",
    "lt(count(f(rel(u(f(sel(sphere), color=green)), left), shape=cube)), count(f(rel(u(f(sel(sphere), color=green)), right), shape=cube)))",
    lambda s: yes(
        len(rel(s, "left", s.the(shape="sphere", color="green"), shape="cube"))
        < len(rel(s, "right", s.the(shape="sphere", color="green"), shape="cube"))
    ),
)
C(
    "single_or",
    53,
    "How many things are rubber or balls?",
    "count(union(f(scene(), material=rubber), sel(sphere)))",
    lambda s: n(either(s, s.f(material="rubber"), s.f(shape="sphere"))),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C(
    "single_and",
    54,
    "What colour is the cube that's left of the cylinder and behind the green cube?",
    "q(u(f(inter(rel(u(sel(cylinder)), left), rel(u(f(sel(cube), color=green)), behind)), shape=cube)), color)",
    lambda s: s.a(
        only(both(s, "left", s.the(shape="cylinder"), "behind", s.the(shape="cube", color="green"), shape="cube")),
        "color",
    ),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "same_relate",
    55,
    "How many other things are the same shape as the shiny purple ball?",
    "count(same_attr(u(f(sel(sphere), color=purple, material=metal)), shape))",
    lambda s: n(others(s, s.the(shape="sphere", color="purple", material="metal"), "shape")),
)
C(
    "compare_integer",
    55,
    "Are there as many purple things as there are cubes?",
    "eq(count(f(scene(), color=purple)), count(sel(cube)))",
    lambda s: yes(len(s.f(color="purple")) == len(s.f(shape="cube"))),
)
C(
    "two_hop",
    55,
    "The shiny ball in front of the green cube has a cylinder to its left. How big is that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=green)), front), material=metal, shape=sphere)), left), shape=cylinder)), size)",
    lambda s: s.a(
        one(
            s,
            "left",
            one(s, "front", s.the(shape="cube", color="green"), material="metal", shape="sphere"),
            shape="cylinder",
        ),
        "size",
    ),
)
C(
    "single_and",
    55,
    "How many objects are both in front of the red cube and to the left of the grey cilinder?",
    "count(inter(rel(u(f(sel(cube), color=red)), front), rel(u(f(sel(cylinder), color=gray)), left)))",
    lambda s: n(both(s, "front", s.the(shape="cube", color="red"), "left", s.the(shape="cylinder", color="gray"))),
)

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "single_or",
    56,
    "How many objects are cyan or cubes?",
    "count(union(f(scene(), color=cyan), sel(cube)))",
    lambda s: n(either(s, s.f(color="cyan"), s.f(shape="cube"))),
)
C(
    "one_hop",
    56,
    "Is there a ball behind the green cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=green)), behind), shape=sphere))",
    lambda s: yes(bool(rel(s, "behind", s.the(shape="cylinder", color="green"), shape="sphere"))),
)

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "three_hop",
    57,
    "How many cubes are in front of the small ball that sits left of the metal thing in front of the big ball?",
    "count(f(rel(u(f(rel(u(f(rel(u(f(sel(sphere), size=large)), front), material=metal)), left), size=small, shape=sphere)), front), shape=cube))",
    lambda s: n(
        rel(
            s,
            "front",
            one(
                s,
                "left",
                one(s, "front", s.the(shape="sphere", size="large"), material="metal"),
                size="small",
                shape="sphere",
            ),
            shape="cube",
        )
    ),
)
C(
    "two_hop",
    57,
    "How many cubes are closer to us than the cylinder that's to the right of the yellow ball?",
    "count(f(rel(u(f(rel(u(f(sel(sphere), color=yellow)), right), shape=cylinder)), front), shape=cube))",
    lambda s: n(
        rel(s, "front", one(s, "right", s.the(shape="sphere", color="yellow"), shape="cylinder"), shape="cube")
    ),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "comparison",
    58,
    "Are the two boxes the same colour or different colours?",
    "worded(same(sel(cube), color), [same, different])",
    lambda s: said_same(same(s, s.f(shape="cube"), "color")),
)
C(
    "one_hop",
    58,
    "What colour's the thing in front of the purple block?",
    "q(u(rel(u(f(sel(cube), color=purple)), front)), color)",
    lambda s: s.a(one(s, "front", s.the(shape="cube", color="purple")), "color"),
)

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "same_relate",
    59,
    "How many other things are the same colour as the small cylinder?",
    "count(same_attr(u(f(sel(cylinder), size=small)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="small"), "color")),
)
C(
    "single_and",
    59,
    "What shape is the big brown thing that's behind the purple ball and right of the big purple cylinder?",
    "q(u(f(inter(rel(u(f(sel(sphere), color=purple)), behind), rel(u(f(sel(cylinder), size=large, color=purple)), right)), size=large, color=brown)), shape)",
    lambda s: s.a(
        only(
            both(
                s,
                "behind",
                s.the(shape="sphere", color="purple"),
                "right",
                s.the(shape="cylinder", size="large", color="purple"),
                size="large",
                color="brown",
            )
        ),
        "shape",
    ),
)

X(2, "Who put these three things on the table?")
X(5, "How heavy is the big brown metal cube, in kilos?")
X(11, "Which ball would roll the furthest if you gave it a push?")
X(16, "What's inside the brown cylinder?")
X(22, "Why is the cyan ball so far away from the others?")
X(30, "what's the green ball called")
X(33, "How old is the red ball?")
X(41, "What does the blue cube smell like?")
X(47, "What time of day was this picture taken?")
X(50, "Which object was put down last?")
X(57, "Which of these objects costs the most money?")

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), green tree behind the bus, small brown dog, road text 'NO PARKING'
P(
    "hold",
    "street",
    "So who's got the dog?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "wear",
    "street",
    "what's the guy in white wearing round his neck",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("man", color="white"), "wearing"))),
)
P(
    "wear",
    "street",
    "The man dressed in black, his tie is which colour?",
    "q(u(rel(u(f(sel(man), color=black)), wearing, role=object)), color)",
    lambda p: p.value(named(p, p.objects_of(p.the("man", color="black"), "wearing"), "tie"), "color"),
)
P(
    "side",
    "street",
    "Which side of the picture is the white car on, left or right?",
    "choose(u(f(sel(car), color=white)), hposition, [left, right])",
    lambda p: p.value(p.the("car", color="white"), "hposition"),
)
P(
    "text",
    "street",
    "Could you read me the sign up in the corner, please?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "text",
    "street",
    "What is painted on the road?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "relation",
    "street",
    "Is the lady standing in front of the bus or behind it?",
    "choose_rel(u(sel(bus)), [front, behind], name=woman)",
    lambda p: only(r for r in ("front", "behind") if p.has(p.the("woman"), r, p.the("bus"))),
)
P(
    "relation",
    "street",
    "There's something green sticking up behind the bus. What is it?",
    "q(u(f(rel(u(sel(bus)), behind), color=green)), name)",
    lambda p: p.name(only(o for o in p.subjects("behind", p.the("bus")) if p.value(o, "color") == "green")),
)
P(
    "color",
    "street",
    "what colour is the dog the woman is carrying",
    "q(u(rel(u(sel(woman)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman"), "holding")), "color"),
)
P(
    "who",
    "street",
    "Who's standing to the right of the woman?",
    "q(u(rel(u(sel(woman)), right)), name)",
    lambda p: p.name(only(p.subjects("right", p.the("woman")))),
)
P(
    "count",
    "street",
    "How many people have got a tie on?",
    "count(rel(sel(tie), wearing))",
    lambda p: n({o for t in p.f("tie") for o in p.subjects("wearing", t)}),
)
P("color", "street", "bus colour?", "q(u(sel(bus)), color)", lambda p: p.value(p.the("bus"), "color"))
P(
    "who",
    "street",
    "Who is wearing the blue tie?",
    "q(u(rel(u(f(sel(tie), color=blue)), wearing)), name)",
    lambda p: p.name(only(p.subjects("wearing", p.the("tie", color="blue")))),
)
P(
    "relation",
    "street",
    "is the car on the left of the bus",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(p.has(p.the("car"), "left", p.the("bus"))),
)
P(
    "wear",
    "street",
    "Whats the colour of the clothes on the man on the left",
    "q(u(f(sel(man), hposition=left)), color)",
    lambda p: p.value(p.the("man", hposition="left"), "color"),
)
X("street", "Whats the womans name?")
X("street", "Where is the bus going?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right
P(
    "text",
    "kitchen",
    "what time does the clock say",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "text",
    "kitchen",
    "The bottle has a label on it. What does it say?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "material",
    "kitchen",
    "is the table made of wood or metal",
    "choose(u(sel(table)), material, [wood, metal])",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "material",
    "kitchen",
    "Fork: metal or plastic?",
    "choose(u(sel(fork)), material, [metal, plastic])",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "color",
    "kitchen",
    "What colour is the cup just to the left of the bottle?",
    "q(u(rel(u(sel(bottle)), left, name=cup)), color)",
    lambda p: p.value(named(p, p.subjects("left", p.the("bottle")), "cup"), "color"),
)
P(
    "side",
    "kitchen",
    "The woman in yellow, which side of the photo is she on?",
    "choose(u(f(sel(woman), color=yellow)), hposition, [left, right])",
    lambda p: p.value(p.the("woman", color="yellow"), "hposition"),
)
P(
    "relation",
    "kitchen",
    "What's sitting between the red cup and the blue cup?",
    "q(u(inter(rel(u(f(sel(cup), color=red)), right), rel(u(f(sel(cup), color=blue)), left))), name)",
    lambda p: p.name(
        only(set(p.subjects("right", p.the("cup", color="red"))) & set(p.subjects("left", p.the("cup", color="blue"))))
    ),
)
P(
    "count",
    "kitchen",
    "How many of the things on the table are cups?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n([o for o in p.subjects("on", p.the("table")) if p.name(o) == "cup"]),
)
P(
    "wear",
    "kitchen",
    "What colour is the woman wearing?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "relation",
    "kitchen",
    "Is there a clock above the table?",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(any(p.name(o) == "clock" for o in p.subjects("above", p.the("table")))),
)
P(
    "relation",
    "kitchen",
    "Which utensil is lying next to the plate?",
    "q(u(rel(u(sel(plate)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("plate")))),
)
P(
    "count",
    "kitchen",
    "how many cups arent white",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
X("kitchen", "Is the white cup full or empty?")
X("kitchen", "What is the woman thinking about?")
X("kitchen", "What will the woman cook for dinner tonight?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees
P(
    "activity",
    "park",
    "the kid in blue is throwing something, what is it?",
    "q(u(rel(u(f(sel(boy), color=blue)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy", color="blue"), "throwing"))),
)
P(
    "activity",
    "park",
    "What is the boy doing with the frisbee, throwing it or catching it?",
    "choose_rel(u(sel(frisbee)), [throwing, catching], name=boy)",
    lambda p: only(r for r in ("throwing", "catching") if p.has(p.the("boy"), r, p.the("frisbee"))),
)
P(
    "hold",
    "park",
    "Which dog is being held, the black one or the white one?",
    "choose(u(rel(sel(person), holding, role=object)), color, [black, white])",
    lambda p: p.value(only(o for h in people(p) for o in p.objects_of(h, "holding") if p.name(o) == "dog"), "color"),
)
P(
    "hold",
    "park",
    "What has the woman in red got in her arms?",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman", color="red"), "holding"))),
)
P(
    "wear",
    "park",
    "what colour is the girl dressed in",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P(
    "side",
    "park",
    "Where's the bike, in the left half or the right half of the picture?",
    "choose(u(sel(bicycle)), hposition, [left, right])",
    lambda p: p.value(p.the("bicycle"), "hposition"),
)
P(
    "relation",
    "park",
    "The lady in the white top is near what?",
    "q(u(rel(u(f(sel(woman), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("woman", color="white")))),
)
P(
    "material",
    "park",
    "Is the bench wooden or metal?",
    "choose(u(sel(bench)), material, [wood, metal])",
    lambda p: p.value(p.the("bench"), "material"),
)
P("count", "park", "How many women are in the park?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "who",
    "park",
    "Who is standing close to the bench?",
    "q(u(rel(u(sel(bench)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bench")))),
)
P(
    "color",
    "park",
    "The girl has a dog beside her. What colour is it?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(named(p, p.subjects("near", p.the("girl")), "dog"), "color"),
)
P(
    "relation",
    "park",
    "What's behind the woman on the left?",
    "q(u(rel(u(f(sel(woman), hposition=left)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("woman", hposition="left")))),
)
P(
    "color",
    "park",
    "What color is the frisbe the boy threw?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "relation",
    "park",
    "Is the girl to the right of the boy?",
    "vrel(u(sel(boy)), right, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "right", p.the("boy"))),
)
X("park", "How old is the boy?")
X("park", "What is the white dog called?")
X("park", "Is the woman in red the girl's mother?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P("color", "shapes", "what colour is the star", "q(u(sel(star)), color)", lambda p: p.value(p.the("star"), "color"))
P(
    "side",
    "shapes",
    "Is the hexagon over on the left or on the right?",
    "choose(u(sel(hexagon)), hposition, [left, right])",
    lambda p: p.value(p.the("hexagon"), "hposition"),
)
P(
    "count",
    "shapes",
    "How many shapes are coloured blue?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
X("shapes", "Who drew these shapes?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
