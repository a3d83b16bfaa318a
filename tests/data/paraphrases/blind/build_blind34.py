# ruff: noqa: E501
"""Blind paraphrase set 34: the templates of other public CLEVR-derived datasets, whose programs differ from CLEVR's
own, each family asked once in the dataset's own stiff wording and again in the plainest English a person would use.
CLOSURE (systematic-generalisation tests on CLEVR): known pieces in new combinations, an object picked out by a
relation and then another matched to it by an attribute ("the thing that is the same size as the cylinder left of
the purple thing", "either rubber or the same color as the large sphere", "both behind the X and the same material
as the Y", "the same number of spheres and things that have the same material as the red cube"). CLEVR-Math:
"Subtract all red cubes. How many objects are left?", "Add 2 yellow cubes. How many cubes exist?", "Subtract 1
cylinder. How many cylinders are left?". CLEVR-Ref+ referring expressions turned into questions: ordinals counted from
the left, right, front or back, and objects fixed by two relations at once. CLEVR-CoGenT and CLEVR-Dialog rewordings
("Are there more metal cylinders than rubber spheres?", "There is a red cube. What is the shape of the thing behind
it?", "How many other things share its colour?"). A few questions on the photo-like graphs, about a tenth that must
be refused (weight, purpose, what is hidden, time, counterfactual physics, who put it there), and an ordinary typo or
a missing question mark in about one question in twelve. Where a CLOSURE question counts the things "the same X as"
an object without saying "other", only scenes where counting that object or not gives the same answer are used.
Written without reading the parser, the grammar or any other set but the twenty-third (read for the file format and
the helper conventions only); held back to be run once, at the end.

Run ``python build_blind34.py`` to write ``../blind34.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind34.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.35


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def along(s: Clevr, i: int, side: str) -> float:
    """How far object i lies towards ``side`` (left, right, front, behind), along the scene's own direction."""
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th object of ids counted from ``side``; NotUnique when a neighbour in that order is too close to call."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = along(s, order[k - 1], side)
    if any(abs(along(s, order[j], side) - here) < TIE for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects ``relation`` of the anchor; NotUnique when any object lies nearly level with it on that axis."""
    here = along(s, anchor, relation)
    for j in s.all():
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    found = s.rel(relation, anchor)
    if sorted(found) != sorted(j for j in s.all() if j != anchor and along(s, j, relation) > here):
        raise NotUnique("the scene's relation disagrees with the coordinates")
    return found


def rel_one(s: Clevr, relation: str, anchor: int, **want) -> int:
    """The one object ``relation`` of the anchor that has every attribute in ``want``."""
    return s.one(s.f(among=related(s, relation, anchor), **want))


def is_rel(s: Clevr, target: int, relation: str, anchor: int) -> str:
    if abs(along(s, target, relation) - along(s, anchor, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(along(s, target, relation) > along(s, anchor, relation))


def alike(s: Clevr, anchor: int, attribute: str, incl: bool = False) -> list[int]:
    """The objects that share the anchor's ``attribute`` (the anchor itself only with ``incl``)."""
    return [i for i in s.all() if (incl or i != anchor) and s.a(i, attribute) == s.a(anchor, attribute)]


def firm(calc: Callable[[bool], str]) -> str:
    """``calc(incl)``'s answer, which must not depend on whether the object compared with is itself counted."""
    without, with_it = calc(False), calc(True)
    if without != with_it:
        raise NotUnique(f"{without} without the anchor, {with_it} with it")
    return without


def remaining(s: Clevr, *removed: list[int]) -> str:
    """How many objects are left once every object of ``removed`` is taken away."""
    gone = set().union(*removed)
    return n([i for i in s.all() if i not in gone])


def plus(items: list[int], k: int) -> str:
    return str(len(items) + k)


def minus(items: list[int], k: int) -> str:
    if len(items) < k:
        raise NotUnique(f"cannot take {k} of {len(items)}")
    return str(len(items) - k)


def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas (the list convention)."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def every(s: Clevr, items: list[int], attribute: str, value: str) -> str:
    return yes(all(s.a(i, attribute) == value for i in items))


def same_value(s: Clevr, items: list[int], attribute: str) -> str:
    if len(items) < 2:
        raise NotUnique(f"same needs two objects, found {len(items)}")
    return yes(len({s.a(i, attribute) for i in items}) == 1)


def side_of(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th object of ids from the left or the right (box centres); NotUnique when a neighbour is within 40 px."""
    centre = {i: (p.objects[i]["box"][0] + p.objects[i]["box"][2]) / 2 for i in ids}
    order = p.by_x(ids)
    if side == "right":
        order = order[::-1]
    here = centre[order[k - 1]]
    if any(abs(centre[order[j]] - here) < 40 for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================
# scene 0: small yellow rubber sph, large blue metal sph, large green rubber cyl
C(
    "arithmetic",
    0,
    "Subtract all spheres. How many objects are left?",
    "count(diff(scene(), sel(sphere)))",
    lambda s: remaining(s, s.f(shape="sphere")),
)
C(
    "compare_attr",
    0,
    "Is the cylinder made of the same material as the small sphere?",
    "same(u(sel(cylinder)), u(f(sel(sphere), size=small)), material)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == s.a(s.the(shape="sphere", size="small"), "material")),
)
C(
    "position",
    0,
    "What color is the object that is second from teh front?",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "color"),
)
X(0, "How much does the big blue ball weigh?")

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "count",
    1,
    "How many things are either small or the same material as the brown sphere?",
    "count(union(f(scene(), size=small), same_attr(u(f(sel(sphere), color=brown)), material)))",
    lambda s: firm(
        lambda incl: n(set(s.f(size="small")) | set(alike(s, s.the(shape="sphere", color="brown"), "material", incl)))
    ),
)
C(
    "count",
    1,
    "There is a large purple cube. How many other things share its material?",
    "count(same_attr(u(f(sel(cube), size=large, color=purple)), material))",
    lambda s: n(alike(s, s.the(shape="cube", size="large", color="purple"), "material")),
)
C(
    "spatial",
    1,
    "Is the brown ball on the left side of the gray cube?",
    "exist(f(rel(u(f(sel(cube), color=gray)), left), shape=sphere, color=brown))",
    lambda s: is_rel(s, s.the(shape="sphere", color="brown"), "left", s.the(shape="cube", color="gray")),
)
C(
    "position",
    1,
    "What is the material of the second cylinder from the front?",
    "q(ord(sel(cylinder), front, 2), material)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "front", 2), "material"),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "arithmetic",
    2,
    "Add 3 red spheres. How many spheres are there",
    "add(count(sel(sphere)), num(3))",
    lambda s: plus(s.f(shape="sphere"), 3),
)
C(
    "compare_attr",
    2,
    "Is the cylinder in front of the green cube the same size as the cube?",
    "same(u(f(rel(u(f(sel(cube), color=green)), front), shape=cylinder)), u(sel(cube)), size)",
    lambda s: yes(
        s.a(rel_one(s, "front", s.the(shape="cube", color="green"), shape="cylinder"), "size")
        == s.a(s.the(shape="cube"), "size")
    ),
)
X(2, "What is inside the green cube?")

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "arithmetic",
    3,
    "Subtract all red things. Subtract all small cubes. How many objects are left?",
    "count(diff(diff(scene(), f(scene(), color=red)), f(sel(cube), size=small)))",
    lambda s: remaining(s, s.f(color="red"), s.f(shape="cube", size="small")),
)
C(
    "chain",
    3,
    "What is the material of the large cylinder that has the same color as the ball right of the purple cube?",
    "q(u(f(same_attr(u(f(rel(u(f(sel(cube), color=purple)), right), shape=sphere)), color), shape=cylinder, size=large)), material)",
    lambda s: s.a(
        s.one(
            s.f(
                among=alike(s, rel_one(s, "right", s.the(shape="cube", color="purple"), shape="sphere"), "color"),
                shape="cylinder",
                size="large",
            )
        ),
        "material",
    ),
)
C(
    "compare_count",
    3,
    "Are there more metal cylinders than rubber cylinders?",
    "gt(count(f(sel(cylinder), material=metal)), count(f(sel(cylinder), material=rubber)))",
    lambda s: yes(len(s.f(shape="cylinder", material="metal")) > len(s.f(shape="cylinder", material="rubber"))),
)

# scene 4: s red rub cyl, s green rub cyl, s brown rub sph, s yellow met sph, s yellow rub cyl, s purple met cyl, s purple rub sph, s yellow rub sph, l blue met sph
C(
    "arithmetic",
    4,
    "Subtract all yellow objects. How many objects are left?",
    "sub(count(scene()), count(f(scene(), color=yellow)))",
    lambda s: remaining(s, s.f(color="yellow")),
)
C(
    "arithmetic",
    4,
    "Subtract 2 cylinders. How many cylinders are left?",
    "sub(count(sel(cylinder)), num(2))",
    lambda s: minus(s.f(shape="cylinder"), 2),
)
C(
    "position",
    4,
    "What color is the third sphere from the right?",
    "q(ord(sel(sphere), right, 3), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right", 3), "color"),
)
C(
    "spatial",
    4,
    "How many things are both in front of the green cylinder and the same material as the purple cylinder?",
    "count(inter(rel(u(f(sel(cylinder), color=green)), front), same_attr(u(f(sel(cylinder), color=purple)), material)))",
    lambda s: firm(
        lambda incl: n(
            set(related(s, "front", s.the(shape="cylinder", color="green")))
            & set(alike(s, s.the(shape="cylinder", color="purple"), "material", incl))
        )
    ),
)
C(
    "count",
    4,
    "how many small rubber things are there",
    "count(f(scene(), size=small, material=rubber))",
    lambda s: n(s.f(size="small", material="rubber")),
)

# scene 5: s cyan met sph, l purple rub sph, l brown met sph, s purple rub sph, s red rub cube, l brown met cube, l blue rub cube, s green rub cyl
C(
    "chain",
    5,
    "What shape is the large thing that is the same color as the small sphere behind the cyan sphere?",
    "q(u(f(same_attr(u(f(rel(u(f(sel(sphere), color=cyan)), behind), shape=sphere, size=small)), color), size=large)), shape)",
    lambda s: s.a(
        s.one(
            s.f(
                among=alike(
                    s, rel_one(s, "behind", s.the(shape="sphere", color="cyan"), shape="sphere", size="small"), "color"
                ),
                size="large",
            )
        ),
        "shape",
    ),
)
C(
    "chain",
    5,
    "There is a small red cube. What is the colour of the big cube to the left of it",
    "q(u(f(rel(u(f(sel(cube), size=small, color=red)), left), shape=cube, size=large)), color)",
    lambda s: s.a(
        rel_one(s, "left", s.the(shape="cube", size="small", color="red"), shape="cube", size="large"), "color"
    ),
)
C(
    "compare_count",
    5,
    "Are there fewer cubes than things made of the same material as the green cylinder?",
    "lt(count(sel(cube)), count(same_attr(u(f(sel(cylinder), color=green)), material)))",
    lambda s: firm(
        lambda incl: yes(
            len(s.f(shape="cube")) < len(alike(s, s.the(shape="cylinder", color="green"), "material", incl))
        )
    ),
)

# scene 6: s purple rub sph, l red rub cyl, s brown rub sph, l purple rub cyl, s red met cube, s blue met cube, l red rub sph, l gray rub sph
C(
    "arithmetic",
    6,
    "Subtract all big red things. How many objects are left?",
    "count(diff(scene(), f(scene(), size=large, color=red)))",
    lambda s: remaining(s, s.f(size="large", color="red")),
)
C(
    "arithmetic",
    6,
    "Subtract all rubber spheres. How many spheres are left?",
    "count(diff(sel(sphere), f(sel(sphere), material=rubber)))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "material") != "rubber"]),
)
C(
    "position",
    6,
    "What colour is the fourth object from the front?",
    "q(ord(scene(), front, 4), color)",
    lambda s: s.a(nth(s, s.all(), "front", 4), "color"),
)
C(
    "chain",
    6,
    "What material is the cube that is the same color as the big sphere in front of the purple cylinder?",
    "q(u(f(same_attr(u(f(rel(u(f(sel(cylinder), color=purple)), front), shape=sphere, size=large)), color), shape=cube)), material)",
    lambda s: s.a(
        s.one(
            s.f(
                among=alike(
                    s,
                    rel_one(s, "front", s.the(shape="cylinder", color="purple"), shape="sphere", size="large"),
                    "color",
                ),
                shape="cube",
            )
        ),
        "material",
    ),
)

# scene 7: s gray met cyl, l purple rub sph, l red rub cube, s gray met cube, l brown met cube, s purple met cyl, s cyan rub cyl, s blue rub cyl, l cyan rub cyl, l yellow met cube
C(
    "compare_count",
    7,
    "Are there more metal cubes than rubber cylinders?",
    "gt(count(f(sel(cube), material=metal)), count(f(sel(cylinder), material=rubber)))",
    lambda s: yes(len(s.f(shape="cube", material="metal")) > len(s.f(shape="cylinder", material="rubber"))),
)
C(
    "position",
    7,
    "What colour is the secnd cube from the right?",
    "q(ord(sel(cube), right, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right", 2), "color"),
)
C(
    "spatial",
    7,
    "How many things are either left of the blue cylinder or the same shape as the purple sphere?",
    "count(union(rel(u(f(sel(cylinder), color=blue)), left), same_attr(u(f(sel(sphere), color=purple)), shape)))",
    lambda s: firm(
        lambda incl: n(
            set(related(s, "left", s.the(shape="cylinder", color="blue")))
            | set(alike(s, s.the(shape="sphere", color="purple"), "shape", incl))
        )
    ),
)
X(7, "Which of the cylinders would roll the furthest if it were tipped over?")

# scene 8: l gray rub cyl, s gray rub cube, s purple met cyl, s cyan met cube, s brown rub cube, l purple met sph, s yellow rub cyl, s yellow met cube
C(
    "arithmetic",
    8,
    "Add 2 purple cubes. How many cubes exist?",
    "add(count(sel(cube)), num(2))",
    lambda s: plus(s.f(shape="cube"), 2),
)
C(
    "count",
    8,
    "There is a large sphere; how many other things share its colour?",
    "count(same_attr(u(f(sel(sphere), size=large)), color))",
    lambda s: n(alike(s, s.the(shape="sphere", size="large"), "color")),
)
C(
    "spatial",
    8,
    "Is the yellow cube in front of the grey cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=gray)), front), shape=cube, color=yellow))",
    lambda s: is_rel(s, s.the(shape="cube", color="yellow"), "front", s.the(shape="cylinder", color="gray")),
)
C(
    "quantifier",
    8,
    "Are all the cubes small?",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: every(s, s.f(shape="cube"), "size", "small"),
)

# scene 9: s gray rub cube, l gray rub cyl, s blue met sph, l brown rub sph, s gray rub cyl, l purple met cube, l green rub cyl, l green met sph
C(
    "compare_attr",
    9,
    "Is the cube that is behind the green sphere the same material as the blue sphere?",
    "same(u(f(rel(u(f(sel(sphere), color=green)), behind), shape=cube)), u(f(sel(sphere), color=blue)), material)",
    lambda s: yes(
        s.a(rel_one(s, "behind", s.the(shape="sphere", color="green"), shape="cube"), "material")
        == s.a(s.the(shape="sphere", color="blue"), "material")
    ),
)
C("count", 9, "how many gray things are ther?", "count(f(scene(), color=gray))", lambda s: n(s.f(color="gray")))
C(
    "negation",
    9,
    "How many rubber objects are not gray?",
    "count(fn(f(scene(), material=rubber), color=gray))",
    lambda s: n([i for i in s.f(material="rubber") if s.a(i, "color") != "gray"]),
)
C(
    "arithmetic",
    9,
    "Subtract all gray cylinders. Subtract all metal spheres. How many objects are left?",
    "count(diff(diff(scene(), f(sel(cylinder), color=gray)), f(sel(sphere), material=metal)))",
    lambda s: remaining(s, s.f(shape="cylinder", color="gray"), s.f(shape="sphere", material="metal")),
)

# scene 10: s red rub cyl, l purple met sph, l green met cyl, l gray met cyl, s gray rub cube, l red rub sph
C(
    "number",
    10,
    "How many more large things are there than small things?",
    "sub(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: str(len(s.f(size="large")) - len(s.f(size="small"))),
)
C(
    "position",
    10,
    "What shape is the third object from the left?",
    "q(ord(scene(), left, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "shape"),
)
C(
    "two_clause",
    10,
    "Is there a red cube or a gray cylinder?",
    "or_(exist(f(sel(cube), color=red)), exist(f(sel(cylinder), color=gray)))",
    lambda s: yes(bool(s.f(shape="cube", color="red")) or bool(s.f(shape="cylinder", color="gray"))),
)
X(10, "Who put the purple ball there?")

# scene 11: s brown met cyl, l yellow met sph, s green met cube, s brown rub sph, s gray met cyl, s green rub sph, l blue met cube, l brown rub sph, l brown met cyl, s purple rub sph
C(
    "count",
    11,
    "How many things are either metal or the same color as the large brown cylindar?",
    "count(union(f(scene(), material=metal), same_attr(u(f(sel(cylinder), size=large, color=brown)), color)))",
    lambda s: firm(
        lambda incl: n(
            set(s.f(material="metal"))
            | set(alike(s, s.the(shape="cylinder", size="large", color="brown"), "color", incl))
        )
    ),
)
C(
    "compare_count",
    11,
    "Are there more rubber spheres than metal cylinders?",
    "gt(count(f(sel(sphere), material=rubber)), count(f(sel(cylinder), material=metal)))",
    lambda s: yes(len(s.f(shape="sphere", material="rubber")) > len(s.f(shape="cylinder", material="metal"))),
)
C(
    "arithmetic",
    11,
    "If I took away every ball, how many things would be left?",
    "count(diff(scene(), sel(sphere)))",
    lambda s: remaining(s, s.f(shape="sphere")),
)
C(
    "superlative",
    11,
    "What colour is the object farthest from the camera?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)

# scene 12: s blue met cube, s green rub sph, l gray rub sph, s cyan met cyl, s gray rub sph, s green rub cyl, s red met cube, s gray met cube
C(
    "position",
    12,
    "Counting from the left, what colour is the third cube?",
    "q(ord(sel(cube), left, 3), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left", 3), "color"),
)
C(
    "compare_attr",
    12,
    "Is the small sphere in front of the blue cube made of the same material as the red cube?",
    "same(u(f(rel(u(f(sel(cube), color=blue)), front), shape=sphere, size=small)), u(f(sel(cube), color=red)), material)",
    lambda s: yes(
        s.a(rel_one(s, "front", s.the(shape="cube", color="blue"), shape="sphere", size="small"), "material")
        == s.a(s.the(shape="cube", color="red"), "material")
    ),
)
C(
    "quantifier",
    12,
    "Are all of the spheres made of rubber?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), "material", "rubber"),
)
C(
    "exist",
    12,
    "There's a cyan cylinder. Is there anything else the same colour as it?",
    "exist(same_attr(u(f(sel(cylinder), color=cyan)), color))",
    lambda s: yes(bool(alike(s, s.the(shape="cylinder", color="cyan"), "color"))),
)

# scene 13: s red rub cube, l cyan rub cyl, s purple rub cyl, s gray met sph, s cyan rub sph, s red rub sph, l red met cube
C(
    "arithmetic",
    13,
    "Subtract all red spheres. Subtract all cyan cylinders. How many objects are left?",
    "count(diff(diff(scene(), f(sel(sphere), color=red)), f(sel(cylinder), color=cyan)))",
    lambda s: remaining(s, s.f(shape="sphere", color="red"), s.f(shape="cylinder", color="cyan")),
)
C(
    "exist",
    13,
    "Is there a thing that has the same colour as the ball to the right of the purple cylinder?",
    "exist(same_attr(u(f(rel(u(f(sel(cylinder), color=purple)), right), shape=sphere)), color))",
    lambda s: yes(
        bool(alike(s, rel_one(s, "right", s.the(shape="cylinder", color="purple"), shape="sphere"), "color"))
    ),
)
C(
    "spatial",
    13,
    "How many things are behind the large cyan cylinder",
    "count(rel(u(f(sel(cylinder), size=large, color=cyan)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="large", color="cyan"))),
)
C(
    "attribute",
    13,
    "What material is the big red cube?",
    "q(u(f(sel(cube), size=large, color=red)), material)",
    lambda s: s.a(s.the(shape="cube", size="large", color="red"), "material"),
)

# scene 14: l cyan rub sph, s blue met sph, s gray met cube
C(
    "arithmetic",
    14,
    "Add 1 cube. How many cubes are there?",
    "add(count(sel(cube)), num(1))",
    lambda s: plus(s.f(shape="cube"), 1),
)
C(
    "compare_attr",
    14,
    "Does the cube have the same material as the small sphere?",
    "same(u(sel(cube)), u(f(sel(sphere), size=small)), material)",
    lambda s: yes(s.a(s.the(shape="cube"), "material") == s.a(s.the(shape="sphere", size="small"), "material")),
)
X(14, "How heavy is the cyan ball?")

# scene 15: l green rub cyl, l brown met cyl, s purple met cyl, l green met sph, s yellow met sph, s blue rub cube, l red rub sph
C(
    "spatial",
    15,
    "How many objects are both behind the red sphere and the same size as it?",
    "count(inter(rel(u(f(sel(sphere), color=red)), behind), same_attr(u(f(sel(sphere), color=red)), size)))",
    lambda s: n(
        set(related(s, "behind", s.the(shape="sphere", color="red")))
        & set(alike(s, s.the(shape="sphere", color="red"), "size"))
    ),
)
C(
    "negation",
    15,
    "How many spheres are not green?",
    "count(fn(sel(sphere), color=green))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "green"]),
)
C(
    "compare_count",
    15,
    "Are there more cylinders than spheres",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)

# scene 16: s red met sph, s purple met sph, s cyan met sph, l brown rub cyl, l yellow rub cube, l green rub sph, l yellow met cyl
C(
    "position",
    16,
    "What colour is the second sphere from the back?",
    "q(ord(sel(sphere), behind, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind", 2), "color"),
)
C(
    "compare_attr",
    16,
    "Is the yellow cube the same material as the big thing left of the brown cylinder?",
    "same(u(f(sel(cube), color=yellow)), u(f(rel(u(f(sel(cylinder), color=brown)), left), size=large)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "material")
        == s.a(rel_one(s, "left", s.the(shape="cylinder", color="brown"), size="large"), "material")
    ),
)
C(
    "arithmetic",
    16,
    "Subtract all small spheres. How many spheres are left",
    "count(diff(sel(sphere), f(sel(sphere), size=small)))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "size") != "small"]),
)
C(
    "list",
    16,
    "What colours are the metal spheres?",
    "values(f(sel(sphere), material=metal), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere", material="metal")),
)

# scene 17: l green met cyl, s yellow rub sph, l red met cube, l yellow rub cube
C(
    "chain",
    17,
    "There's a green cylinder. What colour is the cube in front of it?",
    "q(u(f(rel(u(f(sel(cylinder), color=green)), front), shape=cube)), color)",
    lambda s: s.a(rel_one(s, "front", s.the(shape="cylinder", color="green"), shape="cube"), "color"),
)
C(
    "superlative",
    17,
    "Which colour is the thing closest to the front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "verify",
    17,
    "Is the red cube made of metal?",
    "verify(u(f(sel(cube), color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="red"), "material") == "metal"),
)

# scene 18: l cyan rub cube, l purple met cyl, s purple rub sph, l purple rub cyl, s blue rub cyl, l cyan rub sph, s purple met cube, s red rub sph
C(
    "spatial",
    18,
    "How many things are either in front of the cyan sphere or the same material as the purple cube?",
    "count(union(rel(u(f(sel(sphere), color=cyan)), front), same_attr(u(f(sel(cube), color=purple)), material)))",
    lambda s: firm(
        lambda incl: n(
            set(related(s, "front", s.the(shape="sphere", color="cyan")))
            | set(alike(s, s.the(shape="cube", color="purple"), "material", incl))
        )
    ),
)
C(
    "chain",
    18,
    "What material is the cube that is both right of the red ball and in front of the cyan cube?",
    "q(u(f(inter(rel(u(f(sel(sphere), color=red)), right), rel(u(f(sel(cube), color=cyan)), front)), shape=cube)), material)",
    lambda s: s.a(
        s.one(
            s.f(
                among=sorted(
                    set(related(s, "right", s.the(shape="sphere", color="red")))
                    & set(related(s, "front", s.the(shape="cube", color="cyan")))
                ),
                shape="cube",
            )
        ),
        "material",
    ),
)
C("count", 18, "How many purple things are there?", "count(f(scene(), color=purple))", lambda s: n(s.f(color="purple")))

# scene 19: s gray met cube, s green met cyl, s cyan met cyl, s cyan met cube, s cyan rub cyl, l blue rub cube, l gray met sph, s yellow rub cube
C(
    "compare_count",
    19,
    "Are there the same number of cylinders and things that have the same color as the gray cube?",
    "eq(count(sel(cylinder)), count(same_attr(u(f(sel(cube), color=gray)), color)))",
    lambda s: firm(
        lambda incl: yes(len(s.f(shape="cylinder")) == len(alike(s, s.the(shape="cube", color="gray"), "color", incl)))
    ),
)
C(
    "attribute",
    19,
    "What is the big blue cube made of?",
    "q(u(f(sel(cube), size=large, color=blue)), material)",
    lambda s: s.a(s.the(shape="cube", size="large", color="blue"), "material"),
)

# scene 20: s purple met cyl, s green met cyl, l cyan met sph, s yellow rub cube, s yellow rub cyl, s brown met cube
C(
    "chain",
    20,
    "What color is the cylinder that is the same material as the cube infront of the large sphere?",
    "q(u(f(same_attr(u(f(rel(u(f(sel(sphere), size=large)), front), shape=cube)), material), shape=cylinder)), color)",
    lambda s: s.a(
        s.one(
            s.f(
                among=alike(s, rel_one(s, "front", s.the(shape="sphere", size="large"), shape="cube"), "material"),
                shape="cylinder",
            )
        ),
        "color",
    ),
)
C(
    "compare_attr",
    20,
    "Are the yellow cube and the yellow cylinder made of the same stuff?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "material") == s.a(s.the(shape="cylinder", color="yellow"), "material")
    ),
)
C(
    "count",
    20,
    "How many metal cylinders are there",
    "count(f(sel(cylinder), material=metal))",
    lambda s: n(s.f(shape="cylinder", material="metal")),
)

# scene 21: s green rub cyl, l red rub sph, s gray met sph, s yellow rub sph, l purple met cyl
C(
    "position",
    21,
    "What material is the third object from the left?",
    "q(ord(scene(), left, 3), material)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "material"),
)
C(
    "arithmetic",
    21,
    "Subtract all rubber spheres. How many objects are left?",
    "count(diff(scene(), f(sel(sphere), material=rubber)))",
    lambda s: remaining(s, s.f(shape="sphere", material="rubber")),
)
C(
    "spatial",
    21,
    "There is a green cylinder. How many spheres are in front of it?",
    "count(f(rel(u(f(sel(cylinder), color=green)), front), shape=sphere))",
    lambda s: n(s.f(among=related(s, "front", s.the(shape="cylinder", color="green")), shape="sphere")),
)
X(21, "Who arranged these objects on the floor?")

# scene 22: l yellow rub cyl, l yellow met cube, s purple met cyl, s cyan met sph
C(
    "exist",
    22,
    "Is there a thing that is the same size as the cylinder behind the yellow cube?",
    "exist(same_attr(u(f(rel(u(f(sel(cube), color=yellow)), behind), shape=cylinder)), size))",
    lambda s: yes(bool(alike(s, rel_one(s, "behind", s.the(shape="cube", color="yellow"), shape="cylinder"), "size"))),
)
C(
    "verify",
    22,
    "Is the big cylinder rubber?",
    "verify(u(f(sel(cylinder), size=large)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large"), "material") == "rubber"),
)
C(
    "compare_count",
    22,
    "Are there as many cylinders as there are yellow things?",
    "eq(count(sel(cylinder)), count(f(scene(), color=yellow)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(color="yellow"))),
)

# scene 23: s yellow met sph, s brown met cyl, l yellow rub cyl, s brown met sph
C(
    "count",
    23,
    "There is a large cylinder. How many other things share its material?",
    "count(same_attr(u(f(sel(cylinder), size=large)), material))",
    lambda s: n(alike(s, s.the(shape="cylinder", size="large"), "material")),
)
C(
    "arithmetic",
    23,
    "Subtract 1 sphere. How many spheres are left?",
    "sub(count(sel(sphere)), num(1))",
    lambda s: minus(s.f(shape="sphere"), 1),
)
X(23, "How long ago were these objects put on the table?")

# scene 24: s red met cube, l red rub cyl, l green met cube, s brown met cyl, l gray met cube, l red met sph, s yellow rub cube, l red met sph, l brown rub cube, s gray rub cube
C(
    "compare_count",
    24,
    "Are there fewer rubber cubes then metal cubes?",
    "lt(count(f(sel(cube), material=rubber)), count(f(sel(cube), material=metal)))",
    lambda s: yes(len(s.f(shape="cube", material="rubber")) < len(s.f(shape="cube", material="metal"))),
)
C(
    "count",
    24,
    "How many things are either rubber or the same color as the large brown cube?",
    "count(union(f(scene(), material=rubber), same_attr(u(f(sel(cube), size=large, color=brown)), color)))",
    lambda s: firm(
        lambda incl: n(
            set(s.f(material="rubber")) | set(alike(s, s.the(shape="cube", size="large", color="brown"), "color", incl))
        )
    ),
)
C(
    "position",
    24,
    "What is the size of the fourth object from the left?",
    "q(ord(scene(), left, 4), size)",
    lambda s: s.a(nth(s, s.all(), "left", 4), "size"),
)
C(
    "arithmetic",
    24,
    "Subtract all red metal things. Subtract all gray cubes. How many objects are left?",
    "count(diff(diff(scene(), f(scene(), color=red, material=metal)), f(sel(cube), color=gray)))",
    lambda s: remaining(s, s.f(color="red", material="metal"), s.f(shape="cube", color="gray")),
)

# scene 25: l blue met cyl, s yellow rub sph, l cyan met sph, l red met cube, s brown met cyl, l brown rub sph, s gray met cyl
C(
    "compare_attr",
    25,
    "Is the thing behind the red cube the same color as the large cylinder left of the yellow sphere?",
    "same(u(rel(u(f(sel(cube), color=red)), behind)), u(f(rel(u(f(sel(sphere), color=yellow)), left), shape=cylinder, size=large)), color)",
    lambda s: yes(
        s.a(s.one(related(s, "behind", s.the(shape="cube", color="red"))), "color")
        == s.a(rel_one(s, "left", s.the(shape="sphere", color="yellow"), shape="cylinder", size="large"), "color")
    ),
)
C(
    "superlative",
    25,
    "What's the shape of the rearmost object?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "negation",
    25,
    "How many metal things aren't cylinders?",
    "count(fn(f(scene(), material=metal), shape=cylinder))",
    lambda s: n([i for i in s.f(material="metal") if s.a(i, "shape") != "cylinder"]),
)

# scene 26: l brown met cyl, l green met sph, s purple met cube, l cyan met sph, s green met cyl, s purple rub cube, s green met sph, l green met cyl
C(
    "quantifier",
    26,
    "Is everything made of metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), "material", "metal"),
)
C(
    "chain",
    26,
    "What is the material of the cube that has the same colour as the cube in front of the cyan ball?",
    "q(u(f(same_attr(u(f(rel(u(f(sel(sphere), color=cyan)), front), shape=cube)), color), shape=cube)), material)",
    lambda s: s.a(
        s.one(
            s.f(
                among=alike(s, rel_one(s, "front", s.the(shape="sphere", color="cyan"), shape="cube"), "color"),
                shape="cube",
            )
        ),
        "material",
    ),
)
C("count", 26, "How many green objects are there", "count(f(scene(), color=green))", lambda s: n(s.f(color="green")))
C(
    "arithmetic",
    26,
    "If we remove the green cylinders, how many cylinders are left?",
    "count(diff(sel(cylinder), f(sel(cylinder), color=green)))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "color") != "green"]),
)

# scene 27: l purple rub cube, s yellow met sph, s red rub cyl, l red rub cube
C(
    "spatial",
    27,
    "There is a small red thing. Is it to the left of the purple cube?",
    "exist(f(rel(u(f(sel(cube), color=purple)), left), size=small, color=red))",
    lambda s: is_rel(s, s.the(size="small", color="red"), "left", s.the(shape="cube", color="purple")),
)
C(
    "arithmetic",
    27,
    "Add 2 red cylinders. How many red things exist?",
    "add(count(f(scene(), color=red)), num(2))",
    lambda s: plus(s.f(color="red"), 2),
)
X(27, "What happens if you push the yellow sphere into the red cylinder?")

# scene 28: l red met cyl, s red rub cyl, l purple rub cyl, s brown met sph
C(
    "position",
    28,
    "What colour is the cylinder that is second from the left?",
    "q(ord(sel(cylinder), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "left", 2), "color"),
)
C(
    "compare_attr",
    28,
    "Does the small cylinder have the same material as the thing in front of the brown sphere?",
    "same(u(f(sel(cylinder), size=small)), u(rel(u(f(sel(sphere), color=brown)), front)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="small"), "material")
        == s.a(s.one(related(s, "front", s.the(shape="sphere", color="brown"))), "material")
    ),
)
C(
    "compare_count",
    28,
    "Are there more cylinders than metal objects?",
    "gt(count(sel(cylinder)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(material="metal"))),
)

# scene 29: l cyan met sph, l cyan rub cyl, l red met cyl, s brown rub sph
C(
    "chain",
    29,
    "What color is the object that is the same shape as the big rubber thing right of the cyan sphere?",
    "q(u(same_attr(u(f(rel(u(f(sel(sphere), color=cyan)), right), size=large, material=rubber)), shape)), color)",
    lambda s: s.a(
        s.one(
            alike(s, rel_one(s, "right", s.the(shape="sphere", color="cyan"), size="large", material="rubber"), "shape")
        ),
        "color",
    ),
)
C(
    "two_clause",
    29,
    "Is there a brown ball and a red cylinder?",
    "and_(exist(f(sel(sphere), color=brown)), exist(f(sel(cylinder), color=red)))",
    lambda s: yes(bool(s.f(shape="sphere", color="brown")) and bool(s.f(shape="cylinder", color="red"))),
)
X(29, "What is the brown ball used for?")

# scene 30: l green rub sph, l purple rub sph, l blue met cyl
C(
    "arithmetic",
    30,
    "Subtract all green balls. How many balls are left?",
    "count(diff(sel(sphere), f(sel(sphere), color=green)))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "green"]),
)
C(
    "spatial",
    30,
    "Is the blue cylinder in front of the purple sphere?",
    "exist(f(rel(u(f(sel(sphere), color=purple)), front), shape=cylinder, color=blue))",
    lambda s: is_rel(s, s.the(shape="cylinder", color="blue"), "front", s.the(shape="sphere", color="purple")),
)
X(30, "Which of these would be the coldest to touch?")

# scene 31: s cyan rub cyl, l green met cyl, l blue met sph, s red met cyl, s purple rub cube, s yellow rub sph, s gray rub sph, s blue met sph, s cyan met sph, s brown rub cyl
C(
    "arithmetic",
    31,
    "Subtract all small spheres. Subtract all cyan things. How many objects are left?",
    "count(diff(diff(scene(), f(sel(sphere), size=small)), f(scene(), color=cyan)))",
    lambda s: remaining(s, s.f(shape="sphere", size="small"), s.f(color="cyan")),
)
C(
    "compare_count",
    31,
    "Do the metal balls outnumber the rubber cylinders?",
    "gt(count(f(sel(sphere), material=metal)), count(f(sel(cylinder), material=rubber)))",
    lambda s: yes(len(s.f(shape="sphere", material="metal")) > len(s.f(shape="cylinder", material="rubber"))),
)
C(
    "position",
    31,
    "What color is the second sphere form the front?",
    "q(ord(sel(sphere), front, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front", 2), "color"),
)
C(
    "spatial",
    31,
    "How many things are both left of the purple cube and the same material as the red cylinder?",
    "count(inter(rel(u(f(sel(cube), color=purple)), left), same_attr(u(f(sel(cylinder), color=red)), material)))",
    lambda s: firm(
        lambda incl: n(
            set(related(s, "left", s.the(shape="cube", color="purple")))
            & set(alike(s, s.the(shape="cylinder", color="red"), "material", incl))
        )
    ),
)
X(31, "Which ball was added to the scene last?")

# scene 32: s gray rub cube, l yellow met sph, s gray rub cube, s red rub sph, s red met cube, s gray met cyl
C(
    "count",
    32,
    "There's a red ball. How many other things share its size?",
    "count(same_attr(u(f(sel(sphere), color=red)), size))",
    lambda s: n(alike(s, s.the(shape="sphere", color="red"), "size")),
)
C(
    "position",
    32,
    "What color is the cube that is third from the front?",
    "q(ord(sel(cube), front, 3), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front", 3), "color"),
)
C(
    "compare_attr",
    32,
    "Is the red cube the same material as the cylinder?",
    "same(u(f(sel(cube), color=red)), u(sel(cylinder)), material)",
    lambda s: yes(s.a(s.the(shape="cube", color="red"), "material") == s.a(s.the(shape="cylinder"), "material")),
)

# scene 33: s cyan rub cube, s gray met sph, s blue rub cyl, l cyan met cyl, l green met cube, l red met sph
C(
    "chain",
    33,
    "What shape is the thing that is the same color as the cube to the right of the red sphere?",
    "q(u(same_attr(u(f(rel(u(f(sel(sphere), color=red)), right), shape=cube)), color)), shape)",
    lambda s: s.a(
        s.one(alike(s, rel_one(s, "right", s.the(shape="sphere", color="red"), shape="cube"), "color")), "shape"
    ),
)
C(
    "arithmetic",
    33,
    "Subtract all big metal things. How many objects are left?",
    "count(diff(scene(), f(scene(), size=large, material=metal)))",
    lambda s: remaining(s, s.f(size="large", material="metal")),
)
C(
    "verify",
    33,
    "Is the blue cylinder small?",
    "verify(u(f(sel(cylinder), color=blue)), size, small)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="blue"), "size") == "small"),
)

# scene 34: s red met cyl, s yellow met cube, l gray met cyl
C(
    "arithmetic",
    34,
    "Add 3 small red spheres. How many small things are there?",
    "add(count(f(scene(), size=small)), num(3))",
    lambda s: plus(s.f(size="small"), 3),
)
C(
    "quantifier",
    34,
    "Is every object in the scene metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), "material", "metal"),
)
X(34, "What will the yellow cube look like after it has been left out in the rain?")

# scene 35: s purple met sph, l green met cube, l green rub cube, l red met sph, l gray met cube
C(
    "compare_attr",
    35,
    "Is the rubber cube the same size as the thing behind the gray cube?",
    "same(u(f(sel(cube), material=rubber)), u(rel(u(f(sel(cube), color=gray)), behind)), size)",
    lambda s: yes(
        s.a(s.the(shape="cube", material="rubber"), "size")
        == s.a(s.one(related(s, "behind", s.the(shape="cube", color="gray"))), "size")
    ),
)
C(
    "count",
    35,
    "How many green cubes are there?",
    "count(f(sel(cube), color=green))",
    lambda s: n(s.f(shape="cube", color="green")),
)
C(
    "negation",
    35,
    "How many cubes aren't green?",
    "count(fn(sel(cube), color=green))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") != "green"]),
)

# scene 36: l purple met sph, s yellow met cube, l cyan met sph, s gray met sph, l brown rub cyl
C(
    "position",
    36,
    "What is the color of the sphere that is second from the right?",
    "q(ord(sel(sphere), right, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right", 2), "color"),
)
C(
    "spatial",
    36,
    "Is the yellow cube to the rigth of the gray sphere?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), right), shape=cube, color=yellow))",
    lambda s: is_rel(s, s.the(shape="cube", color="yellow"), "right", s.the(shape="sphere", color="gray")),
)

# scene 37: l gray rub cyl, s brown rub cube, l purple met cube, s red rub sph, s red rub cube, s gray met cyl, s cyan rub sph, l blue met cyl
C(
    "compare_count",
    37,
    "Are there more rubber things than things that have the same color as the large gray cylinder?",
    "gt(count(f(scene(), material=rubber)), count(same_attr(u(f(sel(cylinder), size=large, color=gray)), color)))",
    lambda s: firm(
        lambda incl: yes(
            len(s.f(material="rubber"))
            > len(alike(s, s.the(shape="cylinder", size="large", color="gray"), "color", incl))
        )
    ),
)
C(
    "chain",
    37,
    "There's a large purple cube. What colour is the small cylinder behind it?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=purple)), behind), shape=cylinder, size=small)), color)",
    lambda s: s.a(
        rel_one(s, "behind", s.the(shape="cube", size="large", color="purple"), shape="cylinder", size="small"), "color"
    ),
)
C(
    "spatial",
    37,
    "How many objects are to the right of the brown cube?",
    "count(rel(u(f(sel(cube), color=brown)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="brown"))),
)

# scene 38: s green rub sph, l gray rub cyl, s red met sph, s green met sph, l gray met cyl
C(
    "chain",
    38,
    "What is the material of the thing that is the same color as the sphere in front of the red ball?",
    "q(u(same_attr(u(f(rel(u(f(sel(sphere), color=red)), front), shape=sphere)), color)), material)",
    lambda s: s.a(
        s.one(alike(s, rel_one(s, "front", s.the(shape="sphere", color="red"), shape="sphere"), "color")), "material"
    ),
)
C(
    "position",
    38,
    "What's the material of the second cylinder from the left?",
    "q(ord(sel(cylinder), left, 2), material)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "left", 2), "material"),
)
C(
    "compare_attr",
    38,
    "Do the two gray cylinders have the same material?",
    "same(f(sel(cylinder), color=gray), material)",
    lambda s: same_value(s, s.f(shape="cylinder", color="gray"), "material"),
)

# scene 39: l gray met cyl, s brown rub cyl, s gray met cube
C(
    "arithmetic",
    39,
    "Subtract all gray cylinders. How many cylinders are left?",
    "count(diff(sel(cylinder), f(sel(cylinder), color=gray)))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "color") != "gray"]),
)
C(
    "spatial",
    39,
    "What color is the thing behind the gray cube and left of the big cylinder?",
    "q(u(inter(rel(u(sel(cube)), behind), rel(u(f(sel(cylinder), size=large)), left))), color)",
    lambda s: s.a(
        s.one(
            sorted(
                set(related(s, "behind", s.the(shape="cube")))
                & set(related(s, "left", s.the(shape="cylinder", size="large")))
            )
        ),
        "color",
    ),
)

# scene 40: s cyan met cube, l brown rub cyl, l gray met cube
C(
    "compare_attr",
    40,
    "Is the thing behind the brown cylinder the same shape as the small cyan thing?",
    "same(u(rel(u(f(sel(cylinder), color=brown)), behind)), u(f(scene(), size=small, color=cyan)), shape)",
    lambda s: yes(
        s.a(s.one(related(s, "behind", s.the(shape="cylinder", color="brown"))), "shape")
        == s.a(s.the(size="small", color="cyan"), "shape")
    ),
)
X(40, "Why is the brown cylinder bigger than the cyan cube?")

# scene 41: s yellow met cyl, s purple rub cyl, l gray rub sph, l yellow met cyl, s red met cyl, s brown rub sph, l blue met sph, l cyan met cyl, l blue met cube, s yellow rub sph
C(
    "arithmetic",
    41,
    "Subtract 3 cylinders. How many cylinders are left?",
    "sub(count(sel(cylinder)), num(3))",
    lambda s: minus(s.f(shape="cylinder"), 3),
)
C(
    "chain",
    41,
    "What colour is the cube that is the same material as the big sphere in front of the cyan cylinder?",
    "q(u(f(same_attr(u(f(rel(u(f(sel(cylinder), color=cyan)), front), shape=sphere, size=large)), material), shape=cube)), color)",
    lambda s: s.a(
        s.one(
            s.f(
                among=alike(
                    s,
                    rel_one(s, "front", s.the(shape="cylinder", color="cyan"), shape="sphere", size="large"),
                    "material",
                ),
                shape="cube",
            )
        ),
        "color",
    ),
)
C("count", 41, "How many yelow things are there?", "count(f(scene(), color=yellow))", lambda s: n(s.f(color="yellow")))
C(
    "superlative",
    41,
    "What's the colour of the leftmost cylinder?",
    "q(ord(sel(cylinder), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "left"), "color"),
)

# scene 42: s yellow rub sph, s gray rub cyl, s gray met cube, l blue rub cyl, s blue rub cube, s blue met cyl, s blue rub sph, l yellow met sph
C(
    "compare_count",
    42,
    "Are there more blue rubber things than metal things?",
    "gt(count(f(scene(), color=blue, material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(color="blue", material="rubber")) > len(s.f(material="metal"))),
)
C(
    "spatial",
    42,
    "How many things are either behind the gray cube or the same color as the small yellow ball?",
    "count(union(rel(u(f(sel(cube), color=gray)), behind), same_attr(u(f(sel(sphere), size=small, color=yellow)), color)))",
    lambda s: firm(
        lambda incl: n(
            set(related(s, "behind", s.the(shape="cube", color="gray")))
            | set(alike(s, s.the(shape="sphere", size="small", color="yellow"), "color", incl))
        )
    ),
)

# scene 43: l yellow met cube, l cyan met sph, s blue met cyl, s cyan met sph, l blue met cube, l green rub cube, l gray rub sph, s cyan rub sph
C(
    "position",
    43,
    "What is the material of the third sphere from the right?",
    "q(ord(sel(sphere), right, 3), material)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right", 3), "material"),
)
C(
    "quantifier",
    43,
    "Are all the cubes big?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), "size", "large"),
)
X(43, "What is hidden behind the large yellow cube?")

# scene 44: l brown rub sph, s brown met sph, s purple rub cube, l blue met cube, s cyan met cube
C(
    "spatial",
    44,
    "There is a small purple cube. How many things behind it are metal?",
    "count(f(rel(u(f(sel(cube), size=small, color=purple)), behind), material=metal))",
    lambda s: n(s.f(among=related(s, "behind", s.the(shape="cube", size="small", color="purple")), material="metal")),
)
C(
    "compare_attr",
    44,
    "Is the big sphere the same color as the thing in front of the purple cube?",
    "same(u(f(sel(sphere), size=large)), u(rel(u(f(sel(cube), color=purple)), front)), color)",
    lambda s: yes(
        s.a(s.the(shape="sphere", size="large"), "color")
        == s.a(s.one(related(s, "front", s.the(shape="cube", color="purple"))), "color")
    ),
)
C(
    "arithmetic",
    44,
    "take away all the cubes - how many objects are left?",
    "count(diff(scene(), sel(cube)))",
    lambda s: remaining(s, s.f(shape="cube")),
)

# scene 45: s gray rub cube, s red rub cube, s gray met cyl, s cyan rub cyl, s cyan met cube, l gray met sph, l red met sph, l cyan rub sph, s yellow met cyl
C(
    "spatial",
    45,
    "How many things are both right of the gray sphere and the same material as the cyan cylinder?",
    "count(inter(rel(u(f(sel(sphere), color=gray)), right), same_attr(u(f(sel(cylinder), color=cyan)), material)))",
    lambda s: firm(
        lambda incl: n(
            set(related(s, "right", s.the(shape="sphere", color="gray")))
            & set(alike(s, s.the(shape="cylinder", color="cyan"), "material", incl))
        )
    ),
)
C(
    "position",
    45,
    "What shape is the object that is second from the front?",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
C(
    "compare_count",
    45,
    "Are there as many cubes as spheres",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)
C(
    "arithmetic",
    45,
    "Add 1 large cyan sphere. How many cyan objects exist?",
    "add(count(f(scene(), color=cyan)), num(1))",
    lambda s: plus(s.f(color="cyan"), 1),
)

# scene 46: l gray met cube, s cyan met cyl, s red met sph, l cyan rub cyl, s green rub sph, s purple met sph, l red rub cube, s purple rub cube
C(
    "chain",
    46,
    "What color is the sphere that is the same material as the big cube in front of the small cyan cylinder?",
    "q(u(f(same_attr(u(f(rel(u(f(sel(cylinder), size=small, color=cyan)), front), shape=cube, size=large)), material), shape=sphere)), color)",
    lambda s: s.a(
        s.one(
            s.f(
                among=alike(
                    s,
                    rel_one(
                        s, "front", s.the(shape="cylinder", size="small", color="cyan"), shape="cube", size="large"
                    ),
                    "material",
                ),
                shape="sphere",
            )
        ),
        "color",
    ),
)
C(
    "count",
    46,
    "There is a large gray cube. How many other things share its material?",
    "count(same_attr(u(f(sel(cube), size=large, color=gray)), material))",
    lambda s: n(alike(s, s.the(shape="cube", size="large", color="gray"), "material")),
)
C(
    "spatial",
    46,
    "Are there any cylinders to the left of the red sphere?",
    "exist(f(rel(u(f(sel(sphere), color=red)), left), shape=cylinder))",
    lambda s: yes(bool(s.f(among=related(s, "left", s.the(shape="sphere", color="red")), shape="cylinder"))),
)
C(
    "negation",
    46,
    "How many rubber objects are not cubes?",
    "count(fn(f(scene(), material=rubber), shape=cube))",
    lambda s: n([i for i in s.f(material="rubber") if s.a(i, "shape") != "cube"]),
)

# scene 47: s red met cyl, l purple rub cube, s purple rub cube, s red rub cube, s blue rub cyl, s purple met cube, s yellow met sph, l blue rub cube, l cyan rub cyl, l yellow met sph
C(
    "arithmetic",
    47,
    "Subtract all purple cubes. Subtract all red cylinders. How many objects are left?",
    "count(diff(diff(scene(), f(sel(cube), color=purple)), f(sel(cylinder), color=red)))",
    lambda s: remaining(s, s.f(shape="cube", color="purple"), s.f(shape="cylinder", color="red")),
)
C(
    "position",
    47,
    "What color is the third cube from the left?",
    "q(ord(sel(cube), left, 3), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left", 3), "color"),
)
C(
    "chain",
    47,
    "What is the color of the cylinder that has the same size as the yellow sphere in front of the purple metal cube?",
    "q(u(f(same_attr(u(f(rel(u(f(sel(cube), color=purple, material=metal)), front), shape=sphere, color=yellow)), size), shape=cylinder)), color)",
    lambda s: s.a(
        s.one(
            s.f(
                among=alike(
                    s,
                    rel_one(
                        s,
                        "front",
                        s.the(shape="cube", color="purple", material="metal"),
                        shape="sphere",
                        color="yellow",
                    ),
                    "size",
                ),
                shape="cylinder",
            )
        ),
        "color",
    ),
)
C(
    "count",
    47,
    "How many rubber cubes are there?",
    "count(f(sel(cube), material=rubber))",
    lambda s: n(s.f(shape="cube", material="rubber")),
)
C(
    "list",
    47,
    "What colours are the cylinders?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)

# scene 48: l yellow rub sph, l red met cube, l green met sph, l gray met sph, l green met sph, s yellow met cube, s blue met cyl
C(
    "spatial",
    48,
    "There is a small yellow cube. How many spheres are behind it?",
    "count(f(rel(u(f(sel(cube), size=small, color=yellow)), behind), shape=sphere))",
    lambda s: n(s.f(among=related(s, "behind", s.the(shape="cube", size="small", color="yellow")), shape="sphere")),
)
C(
    "compare_count",
    48,
    "Are there more metal spehres than metal cubes?",
    "gt(count(f(sel(sphere), material=metal)), count(f(sel(cube), material=metal)))",
    lambda s: yes(len(s.f(shape="sphere", material="metal")) > len(s.f(shape="cube", material="metal"))),
)
C(
    "position",
    48,
    "What colour is the second sphere from the left?",
    "q(ord(sel(sphere), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left", 2), "color"),
)
C(
    "quantifier",
    48,
    "Are all of the spheres large?",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: every(s, s.f(shape="sphere"), "size", "large"),
)

# scene 49: s red rub sph, s purple met sph, s cyan met sph, s yellow rub sph, s green met cube, l purple met sph, s green rub cyl, s yellow rub sph, s gray rub cyl
C(
    "count",
    49,
    "How many things are either metal or the same colour as the small purple ball?",
    "count(union(f(scene(), material=metal), same_attr(u(f(sel(sphere), size=small, color=purple)), color)))",
    lambda s: firm(
        lambda incl: n(
            set(s.f(material="metal"))
            | set(alike(s, s.the(shape="sphere", size="small", color="purple"), "color", incl))
        )
    ),
)
C(
    "arithmetic",
    49,
    "Subtract all yellow spheres. How many spheres are left?",
    "count(diff(sel(sphere), f(sel(sphere), color=yellow)))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "yellow"]),
)
C(
    "position",
    49,
    "Which material is the third object counting from the front?",
    "q(ord(scene(), front, 3), material)",
    lambda s: s.a(nth(s, s.all(), "front", 3), "material"),
)
C(
    "two_clause",
    49,
    "Is there a green cylinder and a gray cube?",
    "and_(exist(f(sel(cylinder), color=green)), exist(f(sel(cube), color=gray)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="green")) and bool(s.f(shape="cube", color="gray"))),
)

# scene 50: l purple rub sph, l red rub cyl, s yellow rub cube, s cyan rub sph, s blue rub cube, l green rub cube, l green rub sph, s green rub cyl
C(
    "quantifier",
    50,
    "Is every object made of rubber?",
    "not_(exist(fn(scene(), material=rubber)))",
    lambda s: every(s, s.all(), "material", "rubber"),
)
C(
    "compare_attr",
    50,
    "Is the cylinder in front of the cyan sphere the same size as the yellow cube?",
    "same(u(f(rel(u(f(sel(sphere), color=cyan)), front), shape=cylinder)), u(f(sel(cube), color=yellow)), size)",
    lambda s: yes(
        s.a(rel_one(s, "front", s.the(shape="sphere", color="cyan"), shape="cylinder"), "size")
        == s.a(s.the(shape="cube", color="yellow"), "size")
    ),
)
C(
    "arithmetic",
    50,
    "If you took away all the green things, how many things would remain?",
    "count(diff(scene(), f(scene(), color=green)))",
    lambda s: remaining(s, s.f(color="green")),
)
C(
    "number",
    50,
    "How many more small things than large things are there?",
    "sub(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda s: str(len(s.f(size="small")) - len(s.f(size="large"))),
)

# scene 51: s brown met sph, l gray rub sph, s yellow met cube
C(
    "compare_attr",
    51,
    "Is the gray ball bigger than the brown ball?",
    "larger(u(f(sel(sphere), color=gray)), u(f(sel(sphere), color=brown)))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="gray"), "size") == "large"
        and s.a(s.the(shape="sphere", color="brown"), "size") == "small"
    ),
)
X(51, "How much would the gray ball cost in a shop?")
X(51, "Subtract every object that is warm to the touch. How many objects are left?")

# scene 52: l blue met cube, l brown rub cube, s gray met cyl, l purple met cube
C(
    "position",
    52,
    "What colour is the cube that is second from the right?",
    "q(ord(sel(cube), right, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right", 2), "color"),
)
C(
    "arithmetic",
    52,
    "Subtract all metal cubes. How many cubes are left?",
    "count(diff(sel(cube), f(sel(cube), material=metal)))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "material") != "metal"]),
)
C(
    "compare_attr",
    52,
    "Is the brown cube the same material as the thing behind the blue cube?",
    "same(u(f(sel(cube), color=brown)), u(rel(u(f(sel(cube), color=blue)), behind)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="brown"), "material")
        == s.a(s.one(related(s, "behind", s.the(shape="cube", color="blue"))), "material")
    ),
)

# scene 53: l yellow met cube, s yellow met sph, l green met sph, l purple rub cube, l blue rub cube, s gray rub cube
C(
    "spatial",
    53,
    "How many things are both left of the small yellow sphere and the same material as the purple cube?",
    "count(inter(rel(u(f(sel(sphere), size=small, color=yellow)), left), same_attr(u(f(sel(cube), color=purple)), material)))",
    lambda s: firm(
        lambda incl: n(
            set(related(s, "left", s.the(shape="sphere", size="small", color="yellow")))
            & set(alike(s, s.the(shape="cube", color="purple"), "material", incl))
        )
    ),
)
C(
    "spatial",
    53,
    "There is a small gray cube. How many large objects are in front of it?",
    "count(f(rel(u(f(sel(cube), size=small, color=gray)), front), size=large))",
    lambda s: n(s.f(among=related(s, "front", s.the(shape="cube", size="small", color="gray")), size="large")),
)
C(
    "compare_count",
    53,
    "Are there more cubes than spheres?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)

# scene 54: l green rub cube, l brown met cyl, l gray rub cube, l gray rub cube
C(
    "position",
    54,
    "Counting the cubes from the left, what colour is the second one?",
    "q(ord(sel(cube), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left", 2), "color"),
)
C(
    "arithmetic",
    54,
    "Subtract all gray cubes. How many cubes are left?",
    "count(diff(sel(cube), f(sel(cube), color=gray)))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") != "gray"]),
)
X(54, "Which of the gray cubes was made in a factory first?")

# scene 55: l green met cube, s purple rub cube, l purple rub sph, s gray rub cyl, l purple met sph, s yellow rub cyl, l purple rub sph, s yellow met cube, l red rub cube
C(
    "chain",
    55,
    "What shape is the thing that has the same colour as the small cube in front of the gray cylinder?",
    "q(u(same_attr(u(f(rel(u(f(sel(cylinder), color=gray)), front), shape=cube, size=small)), color)), shape)",
    lambda s: s.a(
        s.one(
            alike(s, rel_one(s, "front", s.the(shape="cylinder", color="gray"), shape="cube", size="small"), "color")
        ),
        "shape",
    ),
)
C(
    "count",
    55,
    "How many purple spheres are there?",
    "count(f(sel(sphere), color=purple))",
    lambda s: n(s.f(shape="sphere", color="purple")),
)
C(
    "compare_count",
    55,
    "Are there fewer rubber cubes than rubber spheres?",
    "lt(count(f(sel(cube), material=rubber)), count(f(sel(sphere), material=rubber)))",
    lambda s: yes(len(s.f(shape="cube", material="rubber")) < len(s.f(shape="sphere", material="rubber"))),
)
C(
    "superlative",
    55,
    "What colour is the frontmost object?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# scene 56: s blue rub cube, s yellow rub sph, l brown rub cube, s cyan rub sph, l cyan rub cube, l green met cyl
C(
    "count",
    56,
    "There's a cyan sphere. How many other things share its colour?",
    "count(same_attr(u(f(sel(sphere), color=cyan)), color))",
    lambda s: n(alike(s, s.the(shape="sphere", color="cyan"), "color")),
)
C(
    "chain",
    56,
    "What colour is the big thing that is both right of the cyan ball and behind the brown cube?",
    "q(u(f(inter(rel(u(f(sel(sphere), color=cyan)), right), rel(u(f(sel(cube), color=brown)), behind)), size=large)), color)",
    lambda s: s.a(
        s.one(
            s.f(
                among=sorted(
                    set(related(s, "right", s.the(shape="sphere", color="cyan")))
                    & set(related(s, "behind", s.the(shape="cube", color="brown")))
                ),
                size="large",
            )
        ),
        "color",
    ),
)

# scene 57: s brown met cyl, l gray rub cube, l blue met sph, l gray rub cube, s yellow rub sph
C(
    "superlative",
    57,
    "What is the color of the ball that is furthest back?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "arithmetic",
    57,
    "Add 2 gray cubes. How many gray objects exist?",
    "add(count(f(scene(), color=gray)), num(2))",
    lambda s: plus(s.f(color="gray"), 2),
)
C(
    "spatial",
    57,
    "How many things are in front of the brown cylinder?",
    "count(rel(u(f(sel(cylinder), color=brown)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="brown"))),
)

# scene 58: s blue rub sph, l cyan met cube, l purple met cube
C(
    "compare_attr",
    58,
    "Are the two cubes the same size?",
    "same(sel(cube), size)",
    lambda s: same_value(s, s.f(shape="cube"), "size"),
)
X(58, "If the blue ball were dropped from a metre up, would it bounce?")

# scene 59: s purple rub cyl, l cyan rub cyl, l brown rub sph, l blue rub cyl, s purple met cube, l purple rub cyl, l purple rub sph, l brown rub sph
C(
    "compare_count",
    59,
    "Is the number of cylinders greater than the number of things with the same size as the purple cube?",
    "gt(count(sel(cylinder)), count(same_attr(u(f(sel(cube), color=purple)), size)))",
    lambda s: firm(
        lambda incl: yes(len(s.f(shape="cylinder")) > len(alike(s, s.the(shape="cube", color="purple"), "size", incl)))
    ),
)
C(
    "arithmetic",
    59,
    "Subtract all purple things. Subtract all brown spheres. How many objects are left?",
    "count(diff(diff(scene(), f(scene(), color=purple)), f(sel(sphere), color=brown)))",
    lambda s: remaining(s, s.f(color="purple"), s.f(shape="sphere", color="brown")),
)
C(
    "position",
    59,
    "Counting from the front, what colour is the fourth thing?",
    "q(ord(scene(), front, 4), color)",
    lambda s: s.a(nth(s, s.all(), "front", 4), "color"),
)
C(
    "count",
    59,
    "How many big cylinders are there?",
    "count(f(sel(cylinder), size=large))",
    lambda s: n(s.f(shape="cylinder", size="large")),
)

# --- the same families again in plainer words, and a few more -----------------------------------------------------
C(
    "exist",
    33,
    "Take the small ball to the right of the big cyan cylinder. Is any other object the same size as it?",
    "exist(same_attr(u(f(rel(u(f(sel(cylinder), size=large, color=cyan)), right), shape=sphere, size=small)), size))",
    lambda s: yes(
        bool(
            alike(
                s,
                rel_one(s, "right", s.the(shape="cylinder", size="large", color="cyan"), shape="sphere", size="small"),
                "size",
            )
        )
    ),
)
C(
    "exist",
    9,
    "Is there a thing that is the same colour as the cube behind the green sphere?",
    "exist(same_attr(u(f(rel(u(f(sel(sphere), color=green)), behind), shape=cube)), color))",
    lambda s: yes(bool(alike(s, rel_one(s, "behind", s.the(shape="sphere", color="green"), shape="cube"), "color"))),
)
C(
    "count",
    55,
    "How many objects are cubes or are the same colour as the small yellow cube?",
    "count(union(sel(cube), same_attr(u(f(sel(cube), size=small, color=yellow)), color)))",
    lambda s: firm(
        lambda incl: n(
            set(s.f(shape="cube")) | set(alike(s, s.the(shape="cube", size="small", color="yellow"), "color", incl))
        )
    ),
)
C(
    "compare_attr",
    34,
    "Is the big gray cylinder made of the same stuff as the thing behind it?",
    "same(u(f(sel(cylinder), color=gray)), u(rel(u(f(sel(cylinder), color=gray)), behind)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="gray"), "material")
        == s.a(s.one(related(s, "behind", s.the(shape="cylinder", color="gray"))), "material")
    ),
)
C(
    "chain",
    27,
    "Find the cylinder in front of the little yellow ball. What size is the other object that has the same colour?",
    "q(u(same_attr(u(f(rel(u(f(sel(sphere), color=yellow)), front), shape=cylinder)), color)), size)",
    lambda s: s.a(
        s.one(alike(s, rel_one(s, "front", s.the(shape="sphere", color="yellow"), shape="cylinder"), "color")), "size"
    ),
)
C(
    "spatial",
    9,
    "Of the things in front of the purple cube, how many are made of the same material as it?",
    "count(inter(rel(u(f(sel(cube), color=purple)), front), same_attr(u(f(sel(cube), color=purple)), material)))",
    lambda s: n(
        set(related(s, "front", s.the(shape="cube", color="purple")))
        & set(alike(s, s.the(shape="cube", color="purple"), "material"))
    ),
)
C(
    "spatial",
    31,
    "How many objects are right of the yellow ball or made of the same stuff as the red cylinder?",
    "count(union(rel(u(f(sel(sphere), color=yellow)), right), same_attr(u(f(sel(cylinder), color=red)), material)))",
    lambda s: firm(
        lambda incl: n(
            set(related(s, "right", s.the(shape="sphere", color="yellow")))
            | set(alike(s, s.the(shape="cylinder", color="red"), "material", incl))
        )
    ),
)
C(
    "compare_count",
    44,
    "Is the number of balls the same as the number of other things made of the blue cube's material?",
    "eq(count(sel(sphere)), count(same_attr(u(f(sel(cube), color=blue)), material)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(alike(s, s.the(shape="cube", color="blue"), "material"))),
)
C(
    "arithmetic",
    12,
    "If I put two more red cubes in, how many cubes would there be?",
    "add(count(sel(cube)), num(2))",
    lambda s: plus(s.f(shape="cube"), 2),
)
C(
    "arithmetic",
    25,
    "suppose one cylinder is taken away; how many cylinders remain?",
    "sub(count(sel(cylinder)), num(1))",
    lambda s: minus(s.f(shape="cylinder"), 1),
)
C(
    "arithmetic",
    37,
    "Remove the red things and then the cylinders. How many objects are still there?",
    "count(diff(diff(scene(), f(scene(), color=red)), sel(cylinder)))",
    lambda s: remaining(s, s.f(color="red"), s.f(shape="cylinder")),
)
C(
    "arithmetic",
    15,
    "Subtract all cylinders. Add 3 spheres. How many objects exist?",
    "add(count(diff(scene(), sel(cylinder))), num(3))",
    lambda s: str(int(remaining(s, s.f(shape="cylinder"))) + 3),
)
C(
    "chain",
    18,
    "There's a small ball to the right of the red ball and in front of the cyan cube. What colour is it?",
    "q(u(f(inter(rel(u(f(sel(sphere), color=red)), right), rel(u(f(sel(cube), color=cyan)), front)), shape=sphere, size=small)), color)",
    lambda s: s.a(
        s.one(
            s.f(
                among=sorted(
                    set(related(s, "right", s.the(shape="sphere", color="red")))
                    & set(related(s, "front", s.the(shape="cube", color="cyan")))
                ),
                shape="sphere",
                size="small",
            )
        ),
        "color",
    ),
)
C(
    "count",
    42,
    "How many other objects are the same colour as the large blue cylinder?",
    "count(same_attr(u(f(sel(cylinder), size=large, color=blue)), color))",
    lambda s: n(alike(s, s.the(shape="cylinder", size="large", color="blue"), "color")),
)
C(
    "chain",
    24,
    "There is a large gray cube. What colour is the big cube in front of it?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=gray)), front), shape=cube, size=large)), color)",
    lambda s: s.a(
        rel_one(s, "front", s.the(shape="cube", size="large", color="gray"), shape="cube", size="large"), "color"
    ),
)
C(
    "compare_count",
    19,
    "Are there more metal cylinders than rubber cubes?",
    "gt(count(f(sel(cylinder), material=metal)), count(f(sel(cube), material=rubber)))",
    lambda s: yes(len(s.f(shape="cylinder", material="metal")) > len(s.f(shape="cube", material="rubber"))),
)
C(
    "position",
    33,
    "What size is the second object from the right?",
    "q(ord(scene(), right, 2), size)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "size"),
)
C(
    "attribute",
    25,
    "There is a small brown cylinder. What material is it?",
    "q(u(f(sel(cylinder), size=small, color=brown)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="small", color="brown"), "material"),
)
C(
    "attribute",
    43,
    "What shape is the green rubber object?",
    "q(u(f(scene(), color=green, material=rubber)), shape)",
    lambda s: s.a(s.the(color="green", material="rubber"), "shape"),
)
C(
    "verify",
    31,
    "Is the purple cube made of rubber?",
    "verify(u(f(sel(cube), color=purple)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", color="purple"), "material") == "rubber"),
)
C(
    "verify",
    56,
    "There is a green cylinder. Is it metallic?",
    "verify(u(f(sel(cylinder), color=green)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="green"), "material") == "metal"),
)
C(
    "exist",
    20,
    "Are there any spheres made of rubber?",
    "exist(f(sel(sphere), material=rubber))",
    lambda s: yes(bool(s.f(shape="sphere", material="rubber"))),
)
C(
    "list",
    41,
    "Which materials are the spheres made of?",
    "values(sel(sphere), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="sphere")),
)
C(
    "number",
    47,
    "What is the total number of cubes and spheres?",
    "add(count(sel(cube)), count(sel(sphere)))",
    lambda s: str(len(s.f(shape="cube")) + len(s.f(shape="sphere"))),
)
C(
    "superlative",
    53,
    "Which colour is the rightmost cube?",
    "q(ord(sel(cube), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "color"),
)
C(
    "negation",
    24,
    "How many of the cubes are not made of metal?",
    "count(fn(sel(cube), material=metal))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "material") != "metal"]),
)
C(
    "spatial",
    16,
    "Is the green sphere behind the brown cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), behind), shape=sphere, color=green))",
    lambda s: is_rel(s, s.the(shape="sphere", color="green"), "behind", s.the(shape="cylinder", color="brown")),
)
X(5, "Which of the spheres would sink if it were dropped into water?")
X(19, "What is underneath the big blue cube?")
X(47, "There is a big yellow sphere. Who left it there?")
X(38, "How old is the gray rubber cylinder?")

# =================================================================================================================
# photo-like graphs
# =================================================================================================================
P(
    "arithmetic",
    "kitchen",
    "Subtract the blue cup. How many cups are left?",
    "count(diff(sel(cup), f(sel(cup), color=blue)))",
    lambda p: n([c for c in p.f("cup") if p.value(c, "color") != "blue"]),
)
P(
    "arithmetic",
    "shapes",
    "Subtract all small shapes. How many shapes are left?",
    "count(fn(scene(), size=small))",
    lambda p: n([o for o in p.objects if p.value(o, "size") != "small"]),
)
P(
    "position",
    "kitchen",
    "What colour is the second cup from the left?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "count",
    "street",
    "How many other things are the same colour as the bus?",
    "count(same_attr(u(sel(bus)), color))",
    lambda p: n([o for o in p.objects if o != p.the("bus") and p.value(o, "color") == p.value(p.the("bus"), "color")]),
)
P(
    "compare_count",
    "park",
    "Are there as many dogs as women in the park?",
    "eq(count(sel(dog)), count(sel(woman)))",
    lambda p: yes(len(p.f("dog")) == len(p.f("woman"))),
)
X("street", "How fast is the bus going?")
X("park", "Who does the white dog belong to?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
