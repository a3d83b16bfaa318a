# ruff: noqa: E501
"""Blind paraphrase set 36: the careful describer. Long, compositional questions of the kind people write when they
want to pin one thing down precisely, over the hardest CLEVR families said in fluent English rather than template
wording: two- and three-hop relation chains with varied connectives ("the ball behind the small cube which is right
of the big cylinder", "look at the gray ball; the cube to its right has ..."), stacked conditions ("both left of X and
in front of Y, but not cylinders"), "the same size as A and the same material as B" chains, comparisons of two fully
described objects or of two described counts, embedded negation and exceptions ("apart from the red cube", "the only
cylinder that isn't behind ..."), nested relative clauses with "whose", "which", "that", participles ("the ball sitting
next to ..."), fronted phrases and parentheticals; a few photo-graph questions in the same voice; about one question in
ten to be refused; an ordinary typo or a missing question mark in about one question in twelve. Written without
reading the parser, the grammar or any other set but the twenty-third (read for the file format and the helper
conventions only); held back to be run once, at the end.

Run ``python build_blind36.py`` to write ``../blind36.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind36.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order, and
# how much farther the runner-up must be before "the nearest" (or "the farthest") is plain
TIE = 0.3
NEAR_RATIO = 1.25


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def along(s: Clevr, i: int, side: str) -> float:
    """How far object i lies towards ``side`` (left, right, front, behind) along the scene's own direction."""
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def where(s: Clevr, relation: str, anchor: int, **want) -> list[int]:
    """The objects with the attributes ``want`` that are ``relation`` of the anchor (as the scene records it);
    NotUnique when one of the objects with those attributes lies so nearly level with the anchor along that axis that
    a careful person could not say which side of it it is on."""
    here = along(s, anchor, relation)
    kind = s.f(**want)
    for j in kind:
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return [j for j in s.rel(relation, anchor) if j in kind]


def both(first: list[int], second: list[int]) -> list[int]:
    return sorted(set(first) & set(second))


def keep(s: Clevr, ids: list[int], **want) -> list[int]:
    """Those of ids with every given attribute value."""
    return s.f(among=ids, **want)


def drop(s: Clevr, ids: list[int], **unwanted) -> list[int]:
    """Those of ids with none of the given attribute values."""
    return [i for i in ids if all(s.a(i, k) != v for k, v in unwanted.items())]


def one(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def is_rel(s: Clevr, target: int, relation: str, anchor: int) -> bool:
    """Object target is ``relation`` of object anchor (NotUnique when the two are nearly level on that axis)."""
    if abs(along(s, target, relation) - along(s, anchor, relation)) < TIE:
        raise NotUnique("too close to call")
    return target in s.rel(relation, anchor)


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th of ids counted from ``side``; NotUnique when a neighbour in that order is too close to call."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = along(s, order[k - 1], side)
    if any(abs(along(s, order[j], side) - here) < TIE for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def middle(s: Clevr, ids: list[int], side: str) -> int:
    if len(ids) % 2 == 0:
        raise NotUnique("no middle one")
    return nth(s, ids, side, (len(ids) + 1) // 2)


def _by_distance(s: Clevr, ids: list[int], anchor: int, farthest: bool) -> int:
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=lambda i: -dist[i] if farthest else dist[i])
    if len(order) > 1:
        near, far = sorted((dist[order[0]], dist[order[1]]))
        if far < NEAR_RATIO * near:
            raise NotUnique("about equally far")
    pix = s.objects[anchor]["pixel_coords"][:2]
    on_image = {i: math.dist(s.objects[i]["pixel_coords"][:2], pix) for i in dist}
    if (max if farthest else min)(on_image, key=on_image.__getitem__) != order[0]:
        raise NotUnique("the order on the ground is not the order in the picture")
    return order[0]


def nearest(s: Clevr, ids: list[int], anchor: int) -> int:
    return _by_distance(s, ids, anchor, farthest=False)


def farthest(s: Clevr, ids: list[int], anchor: int) -> int:
    return _by_distance(s, ids, anchor, farthest=True)


def bigger(s: Clevr, a: int, b: int) -> bool:
    """Object a is larger than object b (CLEVR has two sizes)."""
    return s.a(a, "size") == "large" and s.a(b, "size") == "small"


def same_as(s: Clevr, anchor: int, attribute: str) -> list[int]:
    """The objects other than the anchor that share its value of ``attribute``."""
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def smaller_than(s: Clevr, anchor: int) -> list[int]:
    return [i for i in s.all() if s.a(i, "size") == "small" and s.a(anchor, "size") == "large"]


def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas (the list convention)."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def named(p: Photo, ids: list[str], name: str) -> list[str]:
    return [o for o in ids if p.name(o) == name]


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph (front), large blue metal sph (left), large green rubber cyl
C(
    "chain",
    0,
    "What is the large sphere made of that lies to the left of the little ball sitting in front of the cylinder?",
    "q(u(f(rel(u(f(rel(u(sel(cylinder)), front), shape=sphere)), left), size=large, shape=sphere)), material)",
    lambda s: s.a(
        one(
            where(
                s, "left", one(where(s, "front", s.the(shape="cylinder"), shape="sphere")), size="large", shape="sphere"
            )
        ),
        "material",
    ),
)
C(
    "compare_attr",
    0,
    "Is the ball closest to the camera made of the same material as the ball that is furthest from it?",
    "same(ord(sel(sphere), front, 1), ord(sel(sphere), behind, 1), material)",
    lambda s: yes(
        s.a(nth(s, s.f(shape="sphere"), "front"), "material") == s.a(nth(s, s.f(shape="sphere"), "behind"), "material")
    ),
)
X(0, "How much does the shiny blue ball to the left of the cylinder weigh?")

# scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl (front), small blue rubber cyl (right), small brown metal sph (left)
C(
    "count",
    1,
    "How many objects are to the right of the purple cube and at the same time behnd the brown ball, but aren't cylinders?",
    "count(fn(inter(rel(u(f(sel(cube), color=purple)), right), rel(u(f(sel(sphere), color=brown)), behind)), shape=cylinder))",
    lambda s: n(
        drop(
            s,
            both(where(s, "right", s.the(shape="cube", color="purple")), where(s, "behind", s.the(shape="sphere"))),
            shape="cylinder",
        )
    ),
)
C(
    "compare_attr",
    1,
    "Does the cylinder nearest to the viewer share its material with the little brown sphere?",
    "same(ord(sel(cylinder), front, 1), u(f(sel(sphere), color=brown)), material)",
    lambda s: yes(s.a(nth(s, s.f(shape="cylinder"), "front"), "material") == s.a(s.the(shape="sphere"), "material")),
)
C(
    "compare_count",
    1,
    "Are there more metal things in front of the purple cube than there are rubber things behind it?",
    "gt(count(f(rel(u(f(sel(cube), color=purple)), front), material=metal)), count(f(rel(u(f(sel(cube), color=purple)), behind), material=rubber)))",
    lambda s: yes(
        len(where(s, "front", s.the(shape="cube", color="purple"), material="metal"))
        > len(where(s, "behind", s.the(shape="cube", color="purple"), material="rubber"))
    ),
)
X(1, "Who put the small brown sphere next to the big purple cube, and why?")

# scene 2: large green metal cube, small gray metal cyl (back right), large cyan rubber cyl (right)
C(
    "attribute",
    2,
    "One object is as big as the green cube but made of a different material from it. What shape is that object?",
    "q(u(fn(same_attr(u(f(sel(cube), color=green)), size), material=metal)), shape)",
    lambda s: s.a(
        one(
            [
                i
                for i in same_as(s, s.the(shape="cube"), "size")
                if s.a(i, "material") != s.a(s.the(shape="cube"), "material")
            ]
        ),
        "shape",
    ),
)
C(
    "compare_attr",
    2,
    "Is the cylinder behind the green cube smaller than the cylinder that stands in front of the cube?",
    "smaller(u(f(rel(u(f(sel(cube), color=green)), behind), shape=cylinder)), u(f(rel(u(f(sel(cube), color=green)), front), shape=cylinder)))",
    lambda s: yes(
        bigger(
            s,
            one(where(s, "front", s.the(shape="cube"), shape="cylinder")),
            one(where(s, "behind", s.the(shape="cube"), shape="cylinder")),
        )
    ),
)

# scene 3: small red metal sph, small purple metal cube (front), large red rubber cyl (right), large purple rubber cyl (back), small red metal cyl
C(
    "chain",
    3,
    "Behind the little metal ball there is a purple cylinder; what colour is the cylinder on that cylinder's left?",
    "q(u(f(rel(u(f(rel(u(sel(sphere)), behind), color=purple, shape=cylinder)), left), shape=cylinder)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "left",
                one(where(s, "behind", s.the(shape="sphere"), color="purple", shape="cylinder")),
                shape="cylinder",
            )
        ),
        "color",
    ),
)
C(
    "count",
    3,
    "How many metal objects are there whose colour is the same as that of the big cylinder furthest to the right?",
    "count(f(same_attr(ord(f(sel(cylinder), size=large), right, 1), color), material=metal))",
    lambda s: n(keep(s, same_as(s, nth(s, s.f(shape="cylinder", size="large"), "right"), "color"), material="metal")),
)
C(
    "compare_count",
    3,
    "Are there more cylinders than there are things that are either small or red?",
    "gt(count(sel(cylinder)), count(union(f(scene(), size=small), f(scene(), color=red))))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(set(s.f(size="small")) | set(s.f(color="red")))),
)
C(
    "position",
    3,
    "Going from the front of the scene to the back, what material is the second cylinder you come to?",
    "q(ord(sel(cylinder), front, 2), material)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "front", 2), "material"),
)

# scene 4: all small but a large blue metal sph; red rubber cyl, green rubber cyl, brown rubber sph (front), yellow metal sph (right), yellow rubber cyl, purple metal cyl, purple rubber sph, yellow rubber sph
C(
    "negation",
    4,
    "Apart from the yellow cylinder, how many rubber objects are behind the big blue ball?",
    "count(diff(f(rel(u(f(sel(sphere), size=large)), behind), material=rubber), u(f(sel(cylinder), color=yellow))))",
    lambda s: n(
        [
            i
            for i in where(s, "behind", s.the(size="large"), material="rubber")
            if i != s.the(shape="cylinder", color="yellow")
        ]
    ),
)
C(
    "chain",
    4,
    "What colour is the metal object to the right of the cylinder which itself sits to the right of the red cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=red)), right), shape=cylinder)), right), material=metal)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "right",
                one(where(s, "right", s.the(shape="cylinder", color="red"), shape="cylinder")),
                material="metal",
            )
        ),
        "color",
    ),
)
C(
    "quantifier",
    4,
    "Is every one of the cylinders further to the left than the brown ball",
    "not_(exist(diff(sel(cylinder), rel(u(f(sel(sphere), color=brown)), left))))",
    lambda s: yes(set(s.f(shape="cylinder")) <= set(where(s, "left", s.the(shape="sphere", color="brown")))),
)
C(
    "list",
    4,
    "What colours are the cylinders that are behind the brown ball and also to the right of the green cylinder?",
    "values(f(inter(rel(u(f(sel(sphere), color=brown)), behind), rel(u(f(sel(cylinder), color=green)), right)), shape=cylinder), color)",
    lambda s: listed(
        s.a(i, "color")
        for i in keep(
            s,
            both(
                where(s, "behind", s.the(shape="sphere", color="brown")),
                where(s, "right", s.the(shape="cylinder", color="green")),
            ),
            shape="cylinder",
        )
    ),
)

# scene 5: small cyan metal sph (front), large purple rubber sph, large brown metal sph, small purple rubber sph (left), small red rubber cube (back), large brown metal cube, large blue rubber cube (right), small green rubber cyl
C(
    "attribute",
    5,
    "What shape is the obejct that has the same colour as the large purple ball and is the same size as the red cube?",
    "q(u(inter(same_attr(u(f(sel(sphere), size=large, color=purple)), color), same_attr(u(f(sel(cube), color=red)), size))), shape)",
    lambda s: s.a(
        one(
            both(
                same_as(s, s.the(shape="sphere", size="large", color="purple"), "color"),
                same_as(s, s.the(shape="cube", color="red"), "size"),
            )
        ),
        "shape",
    ),
)
C(
    "compare_attr",
    5,
    "Is the cube on the far left made of the same stuff as the sphere that is nearest to the camera?",
    "same(ord(sel(cube), left, 1), ord(sel(sphere), front, 1), material)",
    lambda s: yes(
        s.a(nth(s, s.f(shape="cube"), "left"), "material") == s.a(nth(s, s.f(shape="sphere"), "front"), "material")
    ),
)
C(
    "count",
    5,
    "How many things are behind the brown sphere and to the right of the brown cube, yet are not cubes themselves?",
    "count(fn(inter(rel(u(f(sel(sphere), color=brown)), behind), rel(u(f(sel(cube), color=brown)), right)), shape=cube))",
    lambda s: n(
        drop(
            s,
            both(
                where(s, "behind", s.the(shape="sphere", color="brown")),
                where(s, "right", s.the(shape="cube", color="brown")),
            ),
            shape="cube",
        )
    ),
)
C(
    "superlative",
    5,
    "Of all the things behind the brown sphere, what colour is the one furthest to the right?",
    "q(ord(rel(u(f(sel(sphere), color=brown)), behind), right, 1), color)",
    lambda s: s.a(nth(s, where(s, "behind", s.the(shape="sphere", color="brown")), "right"), "color"),
)
X(5, "What is hidden inside the large brown cube that stands behind the cyan sphere?")

# scene 6: small purple rubber sph, large red rubber cyl (back), small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube (right), large red rubber sph (front), large gray rubber sph (left)
C(
    "chain",
    6,
    "What size is the cylinder behind the cube that's to the right of the purple cylinder standing behind the big red ball",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(sphere), size=large, color=red)), behind), color=purple, shape=cylinder)), right), shape=cube)), behind), shape=cylinder)), size)",
    lambda s: s.a(
        one(
            where(
                s,
                "behind",
                one(
                    where(
                        s,
                        "right",
                        one(
                            where(
                                s,
                                "behind",
                                s.the(shape="sphere", size="large", color="red"),
                                color="purple",
                                shape="cylinder",
                            )
                        ),
                        shape="cube",
                    )
                ),
                shape="cylinder",
            )
        ),
        "size",
    ),
)
C(
    "compare_count",
    6,
    "Are there as many rubber spheres in front of the red cube as there are metal objects behind it?",
    "eq(count(f(rel(u(f(sel(cube), color=red)), front), material=rubber, shape=sphere)), count(f(rel(u(f(sel(cube), color=red)), behind), material=metal)))",
    lambda s: yes(
        len(where(s, "front", s.the(shape="cube", color="red"), material="rubber", shape="sphere"))
        == len(where(s, "behind", s.the(shape="cube", color="red"), material="metal"))
    ),
)
C(
    "negation",
    6,
    "Not counting the purple ones, how many rubber objects can you see?",
    "count(fn(f(scene(), material=rubber), color=purple))",
    lambda s: n([i for i in s.f(material="rubber") if s.a(i, "color") != "purple"]),
)
C(
    "position",
    6,
    "Among the rubber objects, which colour is the one second closest to the camera?",
    "q(ord(f(scene(), material=rubber), front, 2), color)",
    lambda s: s.a(nth(s, s.f(material="rubber"), "front", 2), "color"),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube (left), large brown metal cube (front), small purple metal cyl (back), small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (right)
C(
    "attribute",
    7,
    "There's a cylinder as big as the brown cube and made of the same material as the blue cylinder. What colour is it?",
    "q(u(f(inter(same_attr(u(f(sel(cube), color=brown)), size), same_attr(u(f(sel(cylinder), color=blue)), material)), shape=cylinder)), color)",
    lambda s: s.a(
        one(
            keep(
                s,
                both(
                    same_as(s, s.the(shape="cube", color="brown"), "size"),
                    same_as(s, s.the(shape="cylinder", color="blue"), "material"),
                ),
                shape="cylinder",
            )
        ),
        "color",
    ),
)
C(
    "count",
    7,
    "Counting only things that aren't cylinders, how many sit left of the large cyan cylinder while also being in front of the little gray one?",
    "count(fn(inter(rel(u(f(sel(cylinder), size=large, color=cyan)), left), rel(u(f(sel(cylinder), size=small, color=gray)), front)), shape=cylinder))",
    lambda s: n(
        drop(
            s,
            both(
                where(s, "left", s.the(shape="cylinder", size="large", color="cyan")),
                where(s, "front", s.the(shape="cylinder", color="gray")),
            ),
            shape="cylinder",
        )
    ),
)
C(
    "compare_attr",
    7,
    "Are the frontmost object and the rearmost object the same shape?",
    "same(ord(scene(), front, 1), ord(scene(), behind, 1), shape)",
    lambda s: yes(s.a(nth(s, s.all(), "front"), "shape") == s.a(nth(s, s.all(), "behind"), "shape")),
)
C(
    "number",
    7,
    "How many more cubes than cylinders are there in front of the small gray cylinder?",
    "sub(count(f(rel(u(f(sel(cylinder), size=small, color=gray)), front), shape=cube)), count(f(rel(u(f(sel(cylinder), size=small, color=gray)), front), shape=cylinder)))",
    lambda s: str(
        len(where(s, "front", s.the(shape="cylinder", color="gray"), shape="cube"))
        - len(where(s, "front", s.the(shape="cylinder", color="gray"), shape="cylinder"))
    ),
)
C(
    "superlative",
    7,
    "Which material is the large cube that's nearest the small grey metal cube made of?",
    "q(closest(f(sel(cube), size=large), u(f(sel(cube), size=small, color=gray))), material)",
    lambda s: s.a(
        nearest(s, s.f(shape="cube", size="large"), s.the(shape="cube", size="small", color="gray")), "material"
    ),
)

C(
    "exist",
    7,
    "Is there something the same shape as the little gray cube that is bigger than it and stands to the right of the small cyan cylinder?",
    "exist(inter(inter(same_attr(u(f(sel(cube), size=small, color=gray)), shape), rel(u(f(sel(cube), size=small, color=gray)), larger)), rel(u(f(sel(cylinder), size=small, color=cyan)), right)))",
    lambda s: yes(
        any(
            s.a(i, "size") == "large"
            for i in keep(
                s, where(s, "right", s.the(shape="cylinder", size="small", color="cyan"), shape="cube"), shape="cube"
            )
        )
    ),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl (right), small cyan metal cube (left), small brown rubber cube (back), large purple metal sph, small yellow rubber cyl (front), small yellow metal cube
C(
    "chain",
    8,
    "What colour is the metal cylinder to the right of the big cylinder that stands in front of the brown block?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=brown)), front), size=large, shape=cylinder)), right), material=metal, shape=cylinder)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "right",
                one(where(s, "front", s.the(shape="cube", color="brown"), size="large", shape="cylinder")),
                material="metal",
                shape="cylinder",
            )
        ),
        "color",
    ),
)
C(
    "compare_count",
    8,
    "Are there more yellow objects in the scene than purple things to the right of the gray cube?",
    "gt(count(f(scene(), color=yellow)), count(f(rel(u(f(sel(cube), color=gray)), right), color=purple)))",
    lambda s: yes(len(s.f(color="yellow")) > len(where(s, "right", s.the(shape="cube", color="gray"), color="purple"))),
)
C(
    "exist",
    8,
    "Is there anything that is smaller then the purple ball, made of the same material as it, and sitting behind the big gray cylinder?",
    "exist(inter(inter(rel(u(sel(sphere)), smaller), same_attr(u(sel(sphere)), material)), rel(u(f(sel(cylinder), size=large)), behind)))",
    lambda s: yes(
        bool(
            both(
                both(smaller_than(s, s.the(shape="sphere")), same_as(s, s.the(shape="sphere"), "material")),
                where(s, "behind", s.the(shape="cylinder", size="large")),
            )
        )
    ),
)

# scene 9: small gray rubber cube (front), large gray rubber cyl (left), small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl (right), large green metal sph
C(
    "chain",
    9,
    "What colour is the small ball in front of the large cylinder that stands to the left of the purple block?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=purple)), left), size=large, shape=cylinder)), front), size=small, shape=sphere)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "front",
                one(where(s, "left", s.the(shape="cube", color="purple"), size="large", shape="cylinder")),
                size="small",
                shape="sphere",
            )
        ),
        "color",
    ),
)
C(
    "compare_attr",
    9,
    "Is the cylinder to the right of the purple cube made of the same material as the leftmost sphere?",
    "same(u(f(rel(u(f(sel(cube), color=purple)), right), shape=cylinder)), ord(sel(sphere), left, 1), material)",
    lambda s: yes(
        s.a(one(where(s, "right", s.the(shape="cube", color="purple"), shape="cylinder")), "material")
        == s.a(nth(s, s.f(shape="sphere"), "left"), "material")
    ),
)
C(
    "negation",
    9,
    "Except for the green ball, how many objects are in front of the purple cube?",
    "count(diff(rel(u(f(sel(cube), color=purple)), front), u(f(sel(sphere), color=green))))",
    lambda s: n(
        [i for i in where(s, "front", s.the(shape="cube", color="purple")) if i != s.the(shape="sphere", color="green")]
    ),
)
C(
    "list",
    9,
    "which materials do the large objects behind the small blue ball have",
    "values(f(rel(u(f(sel(sphere), size=small, color=blue)), behind), size=large), material)",
    lambda s: listed(s.a(i, "material") for i in where(s, "behind", s.the(shape="sphere", color="blue"), size="large")),
)

# scene 10: small red rubber cyl, large purple metal sph (left), large green metal cyl (front), large gray metal cyl, small gray rubber cube (back), large red rubber sph
C(
    "two_clause",
    10,
    "Are the two red objects made of the same material, and are they also the same shape?",
    "and_(same(f(scene(), color=red), material), same(f(scene(), color=red), shape))",
    lambda s: yes(
        len({s.a(i, "material") for i in s.f(color="red")}) == 1
        and len({s.a(i, "shape") for i in s.f(color="red")}) == 1
    ),
)
C(
    "chain",
    10,
    "What colour is the metal cylinder that is behind the small cylinder and also to the right of the green one?",
    "q(u(f(inter(rel(u(f(sel(cylinder), size=small)), behind), rel(u(f(sel(cylinder), color=green)), right)), material=metal, shape=cylinder)), color)",
    lambda s: s.a(
        one(
            keep(
                s,
                both(
                    where(s, "behind", s.the(shape="cylinder", size="small")),
                    where(s, "right", s.the(shape="cylinder", color="green")),
                ),
                material="metal",
                shape="cylinder",
            )
        ),
        "color",
    ),
)
X(10, "How hot is the large gray metal cylinder that stands behind the small red one?")

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph (front), small gray metal cyl, small green rubber sph, large blue metal cube (back), large brown rubber sph, large brown metal cyl, small purple rubber sph (left)
C(
    "count",
    11,
    "How many other things share the colour of the large brown cylinder and are also balls?",
    "count(f(same_attr(u(f(sel(cylinder), size=large, color=brown)), color), shape=sphere))",
    lambda s: n(keep(s, same_as(s, s.the(shape="cylinder", size="large", color="brown"), "color"), shape="sphere")),
)
C(
    "chain",
    11,
    "What color is the cube behind the rubber thing that's right of the big cylinder wich is behind the green cube?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(cube), color=green)), behind), size=large, shape=cylinder)), right), material=rubber)), behind), shape=cube)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "behind",
                one(
                    where(
                        s,
                        "right",
                        one(where(s, "behind", s.the(shape="cube", color="green"), size="large", shape="cylinder")),
                        material="rubber",
                    )
                ),
                shape="cube",
            )
        ),
        "color",
    ),
)
C(
    "compare_count",
    11,
    "Are there fewer metal objects to the left of the gray cylinder than rubber ones on that same side of it?",
    "lt(count(f(rel(u(f(sel(cylinder), color=gray)), left), material=metal)), count(f(rel(u(f(sel(cylinder), color=gray)), left), material=rubber)))",
    lambda s: yes(
        len(where(s, "left", s.the(shape="cylinder", color="gray"), material="metal"))
        < len(where(s, "left", s.the(shape="cylinder", color="gray"), material="rubber"))
    ),
)
C(
    "superlative",
    11,
    "What's the colour of the metal object that is closest to the camera?",
    "q(ord(f(scene(), material=metal), front, 1), color)",
    lambda s: s.a(nth(s, s.f(material="metal"), "front"), "color"),
)

C(
    "exist",
    11,
    "Is there a cube anywhere that shares its colour with the small brown ball and stands to the right of it?",
    "exist(f(inter(same_attr(u(f(sel(sphere), size=small, color=brown)), color), rel(u(f(sel(sphere), size=small, color=brown)), right)), shape=cube))",
    lambda s: yes(
        bool(
            keep(
                s,
                both(
                    same_as(s, s.the(shape="sphere", size="small", color="brown"), "color"),
                    where(s, "right", s.the(shape="sphere", size="small", color="brown"), shape="cube"),
                ),
                shape="cube",
            )
        )
    ),
)

# scene 12: small blue metal cube (left), small green rubber sph, large gray rubber sph (right), small cyan metal cyl, small gray rubber sph (front), small green rubber cyl, small red metal cube, small gray metal cube (back)
C(
    "attribute",
    12,
    "The big ball has a cube of the same colour somewhere behind it - what is that cube made of?",
    "q(u(f(inter(same_attr(u(f(sel(sphere), size=large)), color), rel(u(f(sel(sphere), size=large)), behind)), shape=cube)), material)",
    lambda s: s.a(
        one(
            keep(
                s,
                both(
                    same_as(s, s.the(shape="sphere", size="large"), "color"),
                    where(s, "behind", s.the(shape="sphere", size="large"), shape="cube"),
                ),
                shape="cube",
            )
        ),
        "material",
    ),
)
C(
    "negation",
    12,
    "Leaving out the red cube, how many metal things are to the right of the green ball?",
    "count(diff(f(rel(u(f(sel(sphere), color=green)), right), material=metal), u(f(sel(cube), color=red))))",
    lambda s: n(
        [
            i
            for i in where(s, "right", s.the(shape="sphere", color="green"), material="metal")
            if i != s.the(shape="cube", color="red")
        ]
    ),
)
C(
    "compare_attr",
    12,
    "Is the object furthest to the left the same shape as the object furthest back?",
    "same(ord(scene(), left, 1), ord(scene(), behind, 1), shape)",
    lambda s: yes(s.a(nth(s, s.all(), "left"), "shape") == s.a(nth(s, s.all(), "behind"), "shape")),
)
C(
    "verify",
    12,
    "Is the cylinder that's to the right of the red cube made of metal?",
    "verify(u(f(rel(u(f(sel(cube), color=red)), right), shape=cylinder)), material, metal)",
    lambda s: yes(
        s.a(one(where(s, "right", s.the(shape="cube", color="red"), shape="cylinder")), "material") == "metal"
    ),
)

# scene 13: small red rubber cube, large cyan rubber cyl (right), small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (back), small red rubber sph, large red metal cube
C(
    "chain",
    13,
    "What's the material of the cube left of the ball that sits behind the small cube on the big cylinder's left?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(cylinder), size=large)), left), size=small, shape=cube)), behind), shape=sphere)), left), shape=cube)), material)",
    lambda s: s.a(
        one(
            where(
                s,
                "left",
                one(
                    where(
                        s,
                        "behind",
                        one(where(s, "left", s.the(shape="cylinder", size="large"), size="small", shape="cube")),
                        shape="sphere",
                    )
                ),
                shape="cube",
            )
        ),
        "material",
    ),
)
C(
    "compare_count",
    13,
    "Is the number of rubber things in front of the purple cylinder equal to the number of red things behind it?",
    "eq(count(f(rel(u(f(sel(cylinder), color=purple)), front), material=rubber)), count(f(rel(u(f(sel(cylinder), color=purple)), behind), color=red)))",
    lambda s: yes(
        len(where(s, "front", s.the(shape="cylinder", color="purple"), material="rubber"))
        == len(where(s, "behind", s.the(shape="cylinder", color="purple"), color="red"))
    ),
)
X(13, "What is the big cyan cylinder standing in front of the little red cube used for?")

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube (back)
C(
    "compare_attr",
    14,
    "Is the ball that's behind the big cyan ball made of the same material as the big cyan ball itself?",
    "same(u(f(rel(u(f(sel(sphere), size=large, color=cyan)), behind), shape=sphere)), u(f(sel(sphere), size=large, color=cyan)), material)",
    lambda s: yes(
        s.a(one(where(s, "behind", s.the(shape="sphere", color="cyan"), shape="sphere")), "material")
        == s.a(s.the(shape="sphere", color="cyan"), "material")
    ),
)
C(
    "spatial",
    14,
    "Does the cube sit behind both of the balls?",
    "exist(f(inter(rel(u(f(sel(sphere), size=large)), behind), rel(u(f(sel(sphere), size=small)), behind)), shape=cube))",
    lambda s: yes(
        is_rel(s, s.the(shape="cube"), "behind", s.the(shape="sphere", size="large"))
        and is_rel(s, s.the(shape="cube"), "behind", s.the(shape="sphere", size="small"))
    ),
)

# scene 15: large green rubber cyl (left), large brown metal cyl, small purple metal cyl, large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (right)
C(
    "chain",
    15,
    "What colour is the ball in front of the big cylinder to the right of the little ball which is in front of the cube?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(sel(cube)), front), size=small, shape=sphere)), right), size=large, shape=cylinder)), front), shape=sphere)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "front",
                one(
                    where(
                        s,
                        "right",
                        one(where(s, "front", s.the(shape="cube"), size="small", shape="sphere")),
                        size="large",
                        shape="cylinder",
                    )
                ),
                shape="sphere",
            )
        ),
        "color",
    ),
)
C(
    "compare_attr",
    15,
    "Is the ball to the right of the purple cylinder bigger than the ball to the left of the brown cylinder?",
    "larger(u(f(rel(u(f(sel(cylinder), color=purple)), right), shape=sphere)), u(f(rel(u(f(sel(cylinder), color=brown)), left), shape=sphere)))",
    lambda s: yes(
        bigger(
            s,
            one(where(s, "right", s.the(shape="cylinder", color="purple"), shape="sphere")),
            one(where(s, "left", s.the(shape="cylinder", color="brown"), shape="sphere")),
        )
    ),
)
C(
    "count",
    15,
    "How many things are green or made of rubbber, but are not spheres",
    "count(fn(union(f(scene(), color=green), f(scene(), material=rubber)), shape=sphere))",
    lambda s: n(drop(s, sorted(set(s.f(color="green")) | set(s.f(material="rubber"))), shape="sphere")),
)

# scene 16: small red metal sph, small purple metal sph (left), small cyan metal sph (front), large brown rubber cyl, large yellow rubber cube (back), large green rubber sph (right), large yellow metal cyl
C(
    "attribute",
    16,
    "What's the colour of the sphere that's the same size as the brown cylinder and also made of the same material?",
    "q(u(f(inter(same_attr(u(f(sel(cylinder), color=brown)), size), same_attr(u(f(sel(cylinder), color=brown)), material)), shape=sphere)), color)",
    lambda s: s.a(
        one(
            keep(
                s,
                both(
                    same_as(s, s.the(shape="cylinder", color="brown"), "size"),
                    same_as(s, s.the(shape="cylinder", color="brown"), "material"),
                ),
                shape="sphere",
            )
        ),
        "color",
    ),
)
C(
    "count",
    16,
    "How many small balls are in front of the yellow cylinder but to the left of the brown one?",
    "count(f(inter(rel(u(f(sel(cylinder), color=yellow)), front), rel(u(f(sel(cylinder), color=brown)), left)), size=small, shape=sphere))",
    lambda s: n(
        keep(
            s,
            both(
                where(s, "front", s.the(shape="cylinder", color="yellow"), size="small", shape="sphere"),
                where(s, "left", s.the(shape="cylinder", color="brown"), size="small", shape="sphere"),
            ),
            size="small",
            shape="sphere",
        )
    ),
)
C(
    "compare_attr",
    16,
    "Is the cube the same colour as whichever cylinder is further forward?",
    "same(u(sel(cube)), ord(sel(cylinder), front, 1), color)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == s.a(nth(s, s.f(shape="cylinder"), "front"), "color")),
)
C(
    "position",
    16,
    "Looking from left to right at the three big rubber objects, what colour is the one in the middle?",
    "q(ord(f(scene(), size=large, material=rubber), left, middle), color)",
    lambda s: s.a(middle(s, s.f(size="large", material="rubber"), "left"), "color"),
)

# scene 17: large green metal cyl, small yellow rubber sph (front), large red metal cube (back), large yellow rubber cube (right)
C(
    "compare_attr",
    17,
    "Is whatever is behind the green cylinder made of the same material as whatever is to its right?",
    "same(u(rel(u(f(sel(cylinder), color=green)), behind)), u(rel(u(f(sel(cylinder), color=green)), right)), material)",
    lambda s: yes(
        s.a(one(where(s, "behind", s.the(shape="cylinder"))), "material")
        == s.a(one(where(s, "right", s.the(shape="cylinder"))), "material")
    ),
)
X(17, "What company made the yellow cube that sits to the right of the green cylinder?")

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl (left), small blue rubber cyl (front), large cyan rubber sph (right), small purple metal cube, small red rubber sph (back)
C(
    "chain",
    18,
    "What's the small cylinder made of that is left of the cube in front of the big cyan cube that is to the right of the red ball?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), right), size=large, color=cyan, shape=cube)), front), size=small, shape=cube)), left), size=small, shape=cylinder)), material)",
    lambda s: s.a(
        one(
            where(
                s,
                "left",
                one(
                    where(
                        s,
                        "front",
                        one(
                            where(
                                s, "right", s.the(shape="sphere", color="red"), size="large", color="cyan", shape="cube"
                            )
                        ),
                        size="small",
                        shape="cube",
                    )
                ),
                size="small",
                shape="cylinder",
            )
        ),
        "material",
    ),
)
C(
    "compare_count",
    18,
    "Are there more purple things than cyan and red things put together?",
    "gt(count(f(scene(), color=purple)), add(count(f(scene(), color=cyan)), count(f(scene(), color=red))))",
    lambda s: yes(len(s.f(color="purple")) > len(s.f(color="cyan")) + len(s.f(color="red"))),
)
C(
    "negation",
    18,
    "What colour is the only cylinder that isn't in front of the big cyan ball?",
    "q(u(diff(sel(cylinder), rel(u(f(sel(sphere), size=large, color=cyan)), front))), color)",
    lambda s: s.a(
        one(
            [
                i
                for i in s.f(shape="cylinder")
                if i not in where(s, "front", s.the(shape="sphere", size="large", color="cyan"), shape="cylinder")
            ]
        ),
        "color",
    ),
)
C(
    "list",
    18,
    "Which shapes do the purple objects infront of the cyan cube have?",
    "values(f(rel(u(f(sel(cube), color=cyan)), front), color=purple), shape)",
    lambda s: listed(s.a(i, "shape") for i in where(s, "front", s.the(shape="cube", color="cyan"), color="purple")),
)

# scene 19: small gray metal cube, small green metal cyl (back), small cyan metal cyl (front), small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph (right), small yellow rubber cube (left)
C(
    "attribute",
    19,
    "What colour is the cylinder made of the same material as the yellow cube and the same size as it, too?",
    "q(u(f(inter(same_attr(u(f(sel(cube), color=yellow)), material), same_attr(u(f(sel(cube), color=yellow)), size)), shape=cylinder)), color)",
    lambda s: s.a(
        one(
            keep(
                s,
                both(
                    same_as(s, s.the(shape="cube", color="yellow"), "material"),
                    same_as(s, s.the(shape="cube", color="yellow"), "size"),
                ),
                shape="cylinder",
            )
        ),
        "color",
    ),
)
C(
    "count",
    19,
    "How many cyan objects are to the right of the blue cube and also in front of the green cylinder?",
    "count(f(inter(rel(u(f(sel(cube), color=blue)), right), rel(u(f(sel(cylinder), color=green)), front)), color=cyan))",
    lambda s: n(
        both(
            where(s, "right", s.the(shape="cube", color="blue"), color="cyan"),
            where(s, "front", s.the(shape="cylinder", color="green"), color="cyan"),
        )
    ),
)
C(
    "compare_attr",
    19,
    "Is the large sphere the same colour as the cube nearest to it?",
    "same(u(f(sel(sphere), size=large)), closest(sel(cube), u(f(sel(sphere), size=large))), color)",
    lambda s: yes(
        s.a(s.the(shape="sphere"), "color") == s.a(nearest(s, s.f(shape="cube"), s.the(shape="sphere")), "color")
    ),
)
C(
    "superlative",
    19,
    "What is the cube made of that is furthest from the camera?",
    "q(ord(sel(cube), behind, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "behind"), "material"),
)

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph (right), small yellow rubber cube (front), small yellow rubber cyl (back), small brown metal cube (left)
C(
    "chain",
    20,
    "Somewhere behind the green cylinder there is a yellow object. What shape is it?",
    "q(u(f(rel(u(f(sel(cylinder), color=green)), behind), color=yellow)), shape)",
    lambda s: s.a(one(where(s, "behind", s.the(shape="cylinder", color="green"), color="yellow")), "shape"),
)
C(
    "compare_count",
    20,
    "Are there as many cylinders to the right of the yellow cube as there are cubes to the left of it?",
    "eq(count(f(rel(u(f(sel(cube), color=yellow)), right), shape=cylinder)), count(f(rel(u(f(sel(cube), color=yellow)), left), shape=cube)))",
    lambda s: yes(
        len(where(s, "right", s.the(shape="cube", color="yellow"), shape="cylinder"))
        == len(where(s, "left", s.the(shape="cube", color="yellow"), shape="cube"))
    ),
)
C(
    "exist",
    20,
    "Is there a metal object that is both in front of the yellow cylinder and to the left of the green one?",
    "exist(f(inter(rel(u(f(sel(cylinder), color=yellow)), front), rel(u(f(sel(cylinder), color=green)), left)), material=metal))",
    lambda s: yes(
        bool(
            both(
                where(s, "front", s.the(shape="cylinder", color="yellow"), material="metal"),
                where(s, "left", s.the(shape="cylinder", color="green"), material="metal"),
            )
        )
    ),
)
C(
    "quantifier",
    20,
    "Are all of the metal things to the right of the yellow cube?",
    "not_(exist(diff(f(scene(), material=metal), rel(u(f(sel(cube), color=yellow)), right))))",
    lambda s: yes(set(s.f(material="metal")) <= set(where(s, "right", s.the(shape="cube", color="yellow")))),
)
X(20, "Which of these objects would be the hardest to pick up with one hand?")

# scene 21: small green rubber cyl (left), large red rubber sph, small gray metal sph (back), small yellow rubber sph (front), large purple metal cyl (right)
C(
    "compare_attr",
    21,
    "Is the ball sitting behind the large red ball and to the left of the purple cylinder made of the same material as that cylinder?",
    "same(u(f(inter(rel(u(f(sel(sphere), color=red)), behind), rel(u(f(sel(cylinder), color=purple)), left)), shape=sphere)), u(f(sel(cylinder), color=purple)), material)",
    lambda s: yes(
        s.a(
            one(
                keep(
                    s,
                    both(
                        where(s, "behind", s.the(shape="sphere", color="red")),
                        where(s, "left", s.the(shape="cylinder", color="purple")),
                    ),
                    shape="sphere",
                )
            ),
            "material",
        )
        == s.a(s.the(shape="cylinder", color="purple"), "material")
    ),
)
C(
    "negation",
    21,
    "Besides the yellow ball, how many rubber things are there in front of the little gray sphere?",
    "count(diff(f(rel(u(f(sel(sphere), color=gray)), front), material=rubber), u(f(sel(sphere), color=yellow))))",
    lambda s: n(
        [
            i
            for i in where(s, "front", s.the(shape="sphere", color="gray"), material="rubber")
            if i != s.the(shape="sphere", color="yellow")
        ]
    ),
)

# scene 22: large yellow rubber cyl (left), large yellow metal cube, small purple metal cyl (back), small cyan metal sph (front)
C(
    "compare_attr",
    22,
    "Is the rearmost thing made of the same material as the thing closest to the front?",
    "same(ord(scene(), behind, 1), ord(scene(), front, 1), material)",
    lambda s: yes(s.a(nth(s, s.all(), "behind"), "material") == s.a(nth(s, s.all(), "front"), "material")),
)
X(22, "Why was the little cyan ball put so far in front of the others?")

# scene 23: small yellow metal sph, small brown metal cyl (front), large yellow rubber cyl (back), small brown metal sph (right)
C(
    "chain",
    23,
    "The large cylinder has a yellow ball to its right; what colour is the ball to the right of that one?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=large)), right), color=yellow, shape=sphere)), right), shape=sphere)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "right",
                one(where(s, "right", s.the(shape="cylinder", size="large"), color="yellow", shape="sphere")),
                shape="sphere",
            )
        ),
        "color",
    ),
)
C(
    "compare_count",
    23,
    "In front of the big cylinder, are there more metal objects than rubber ones?",
    "gt(count(f(rel(u(f(sel(cylinder), size=large)), front), material=metal)), count(f(rel(u(f(sel(cylinder), size=large)), front), material=rubber)))",
    lambda s: yes(
        len(where(s, "front", s.the(shape="cylinder", size="large"), material="metal"))
        > len(where(s, "front", s.the(shape="cylinder", size="large"), material="rubber"))
    ),
)

# scene 24: small red metal cube, large red rubber cyl (front), large green metal cube (right), small brown metal cyl (left), large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph (back), large brown rubber cube, small gray rubber cube
C(
    "chain",
    24,
    "What colour is the small metalic thing behind the sphere that's to the right of the rubber block which is right of the red cylinder?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(cylinder), color=red)), right), material=rubber, shape=cube)), right), shape=sphere)), behind), size=small, material=metal)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "behind",
                one(
                    where(
                        s,
                        "right",
                        one(where(s, "right", s.the(shape="cylinder", color="red"), material="rubber", shape="cube")),
                        shape="sphere",
                    )
                ),
                size="small",
                material="metal",
            )
        ),
        "color",
    ),
)
C(
    "compare_attr",
    24,
    "Is the leftmost cube any bigger than the cube that is furthest back?",
    "larger(ord(sel(cube), left, 1), ord(sel(cube), behind, 1))",
    lambda s: yes(bigger(s, nth(s, s.f(shape="cube"), "left"), nth(s, s.f(shape="cube"), "behind"))),
)
C(
    "count",
    24,
    "How many large metal objects are behind the brown rubber cube without being red?",
    "count(fn(f(rel(u(f(sel(cube), color=brown, material=rubber)), behind), size=large, material=metal), color=red))",
    lambda s: n(
        drop(s, where(s, "behind", s.the(shape="cube", color="brown"), size="large", material="metal"), color="red")
    ),
)
C(
    "superlative",
    24,
    "What colour is the big cube closest to the camera?",
    "q(ord(f(sel(cube), size=large), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube", size="large"), "front"), "color"),
)

C(
    "two_clause",
    24,
    "Behind the small red cube, is there either a cube made of metal or a sphere made of rubber?",
    "or_(exist(f(rel(u(f(sel(cube), size=small, color=red)), behind), material=metal, shape=cube)), exist(f(rel(u(f(sel(cube), size=small, color=red)), behind), material=rubber, shape=sphere)))",
    lambda s: yes(
        bool(where(s, "behind", s.the(shape="cube", size="small", color="red"), material="metal", shape="cube"))
        or bool(where(s, "behind", s.the(shape="cube", size="small", color="red"), material="rubber", shape="sphere"))
    ),
)

# scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl (left), large brown rubber sph (right), small gray metal cyl (back)
C(
    "attribute",
    25,
    "What size is the sphere whose colour matches the small cylinder on the left?",
    "q(u(f(same_attr(ord(f(sel(cylinder), size=small), left, 1), color), shape=sphere)), size)",
    lambda s: s.a(
        one(keep(s, same_as(s, nth(s, s.f(shape="cylinder", size="small"), "left"), "color"), shape="sphere")), "size"
    ),
)
C(
    "count",
    25,
    "How many metal objects are left of the cyan ball and behind the yellow one, not counting cylinders?",
    "count(fn(f(inter(rel(u(f(sel(sphere), color=cyan)), left), rel(u(f(sel(sphere), color=yellow)), behind)), material=metal), shape=cylinder))",
    lambda s: n(
        drop(
            s,
            keep(
                s,
                both(
                    where(s, "left", s.the(shape="sphere", color="cyan")),
                    where(s, "behind", s.the(shape="sphere", color="yellow")),
                ),
                material="metal",
            ),
            shape="cylinder",
        )
    ),
)
C(
    "compare_count",
    25,
    "Is the number of things in front of the red cube smaller than the number of things behind the blue cylinder?",
    "lt(count(rel(u(f(sel(cube), color=red)), front)), count(rel(u(f(sel(cylinder), color=blue)), behind)))",
    lambda s: yes(
        len(where(s, "front", s.the(shape="cube", color="red")))
        < len(where(s, "behind", s.the(shape="cylinder", color="blue")))
    ),
)
X(25, "How long has the yellow ball been sitting in front of the cyan one?")

# scene 26: large brown metal cyl (left), large green metal sph, small purple metal cube (front), large cyan metal sph, small green metal cyl (back), small purple rubber cube (right), small green metal sph, large green metal cyl
C(
    "chain",
    26,
    "What size is the ball behind the big green cylinder that stands to the right of the big green ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=large, color=green)), right), size=large, color=green)), behind), shape=sphere)), size)",
    lambda s: s.a(
        one(
            where(
                s,
                "behind",
                one(where(s, "right", s.the(shape="sphere", size="large", color="green"), size="large", color="green")),
                shape="sphere",
            )
        ),
        "size",
    ),
)
C(
    "quantifier",
    26,
    "Leaving the purple rubber cube aside, is everything else made of metal?",
    "not_(exist(fn(diff(scene(), u(f(sel(cube), color=purple, material=rubber))), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.all() if i != s.the(shape="cube", material="rubber"))),
)
C(
    "count",
    26,
    "How many green things that aren't cylinders sit behind the cyan ball?",
    "count(fn(f(rel(u(f(sel(sphere), color=cyan)), behind), color=green), shape=cylinder))",
    lambda s: n(drop(s, where(s, "behind", s.the(shape="sphere", color="cyan"), color="green"), shape="cylinder")),
)

# scene 27: large purple rubber cube (right), small yellow metal sph (left), small red rubber cyl, large red rubber cube (front)
C(
    "compare_attr",
    27,
    "Is the cube in front of the red cylinder larger than the ball on the cylinder's left?",
    "larger(u(f(rel(u(f(sel(cylinder), color=red)), front), shape=cube)), u(f(rel(u(f(sel(cylinder), color=red)), left), shape=sphere)))",
    lambda s: yes(
        bigger(
            s,
            one(where(s, "front", s.the(shape="cylinder"), shape="cube")),
            one(where(s, "left", s.the(shape="cylinder"), shape="sphere")),
        )
    ),
)
C(
    "compare_count",
    27,
    "Are there exactly as many red objects as rubber cubes?",
    "eq(count(f(scene(), color=red)), count(f(sel(cube), material=rubber)))",
    lambda s: yes(len(s.f(color="red")) == len(s.f(shape="cube", material="rubber"))),
)

# scene 28: large red metal cyl (front), small red rubber cyl (right), large purple rubber cyl (back), small brown metal sph (left)
C(
    "attribute",
    28,
    "Which material is the large cylinder that is both right of the brown ball and behind the big red cylinder?",
    "q(u(f(inter(rel(u(f(sel(sphere), color=brown)), right), rel(u(f(sel(cylinder), size=large, color=red)), behind)), size=large, shape=cylinder)), material)",
    lambda s: s.a(
        one(
            keep(
                s,
                both(
                    where(s, "right", s.the(shape="sphere")),
                    where(s, "behind", s.the(shape="cylinder", size="large", color="red")),
                ),
                size="large",
                shape="cylinder",
            )
        ),
        "material",
    ),
)
C(
    "exist",
    28,
    "Is there anything to the right of the purple cylinder that is the same size as the large metal cylinder?",
    "exist(inter(rel(u(f(sel(cylinder), color=purple)), right), same_attr(u(f(sel(cylinder), size=large, material=metal)), size)))",
    lambda s: yes(
        bool(
            both(
                where(s, "right", s.the(shape="cylinder", color="purple")),
                same_as(s, s.the(shape="cylinder", size="large", material="metal"), "size"),
            )
        )
    ),
)

# scene 29: large cyan metal sph (back), large cyan rubber cyl, large red metal cyl (left), small brown rubber sph
C(
    "compare_attr",
    29,
    "Is the ball on the right of the cyan cylinder larger than the cylinder on the left of the cyan ball?",
    "larger(u(f(rel(u(f(sel(cylinder), color=cyan)), right), shape=sphere)), u(f(rel(u(f(sel(sphere), color=cyan)), left), shape=cylinder)))",
    lambda s: yes(
        bigger(
            s,
            one(where(s, "right", s.the(shape="cylinder", color="cyan"), shape="sphere")),
            one(where(s, "left", s.the(shape="sphere", color="cyan"), shape="cylinder")),
        )
    ),
)
C(
    "count",
    29,
    "how many objects have the same material as the small brown ball but a different shape from it",
    "count(fn(same_attr(u(f(sel(sphere), size=small, color=brown)), material), shape=sphere))",
    lambda s: n(drop(s, same_as(s, s.the(shape="sphere", color="brown"), "material"), shape="sphere")),
)

# scene 30: large green rubber sph, large purple rubber sph (back), large blue metal cyl (front)
C(
    "verify",
    30,
    "Is the sphere that's farthest from the cylinder green?",
    "verify(farthest(sel(sphere), u(sel(cylinder))), color, green)",
    lambda s: yes(s.a(farthest(s, s.f(shape="sphere"), s.the(shape="cylinder")), "color") == "green"),
)
X(30, "Which of the two balls would bounce higher if you dropped them?")

# scene 31: small cyan rubber cyl, large green metal cyl (right), large blue metal sph, small red metal cyl (back), small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph (left), small brown rubber cyl
C(
    "chain",
    31,
    "What colour is the metal object behind the cyan thing that's to the right of the brown cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=brown)), right), color=cyan)), behind), material=metal)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "behind",
                one(where(s, "right", s.the(shape="cylinder", color="brown"), color="cyan")),
                material="metal",
            )
        ),
        "color",
    ),
)
C(
    "count",
    31,
    "How many spheres whose material matches the big blue ball's are in front of the purple cube?",
    "count(f(inter(same_attr(u(f(sel(sphere), size=large, color=blue)), material), rel(u(sel(cube)), front)), shape=sphere))",
    lambda s: n(
        keep(
            s,
            both(
                same_as(s, s.the(shape="sphere", size="large"), "material"),
                where(s, "front", s.the(shape="cube"), shape="sphere"),
            ),
            shape="sphere",
        )
    ),
)
C(
    "compare_count",
    31,
    "Is the count of rubber balls the same as the count of metal cylinders?",
    "eq(count(f(sel(sphere), material=rubber)), count(f(sel(cylinder), material=metal)))",
    lambda s: yes(len(s.f(shape="sphere", material="rubber")) == len(s.f(shape="cylinder", material="metal"))),
)
C(
    "position",
    31,
    "Counting the spheres from the right, what material is the second one?",
    "q(ord(sel(sphere), right, 2), material)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right", 2), "material"),
)

# scene 32: small gray rubber cube, large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (right)
C(
    "chain",
    32,
    "What shape is the gray object to the right of the gray cube that's behind the red ball, which is itself behind the red cube?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(cube), color=red)), behind), color=red, shape=sphere)), behind), color=gray, shape=cube)), right), color=gray)), shape)",
    lambda s: s.a(
        one(
            where(
                s,
                "right",
                one(
                    where(
                        s,
                        "behind",
                        one(where(s, "behind", s.the(shape="cube", color="red"), color="red", shape="sphere")),
                        color="gray",
                        shape="cube",
                    )
                ),
                color="gray",
            )
        ),
        "shape",
    ),
)
C(
    "compare_attr",
    32,
    "Are the gray cubes and the red cube all made of the same material?",
    "same(union(f(sel(cube), color=gray), f(sel(cube), color=red)), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cube", color=("gray", "red"))}) == 1),
)
X(32, "What would the big yellow ball sound like if you tapped it with the red cube?")

# scene 33: small cyan rubber cube (right), small gray metal sph, small blue rubber cyl, large cyan metal cyl (back), large green metal cube, large red metal sph (front)
C(
    "count",
    33,
    "Apart from the gray ball itself, how many objects are the same size as it and made of rubber?",
    "count(f(same_attr(u(f(sel(sphere), color=gray)), size), material=rubber))",
    lambda s: n(keep(s, same_as(s, s.the(shape="sphere", color="gray"), "size"), material="rubber")),
)
C(
    "compare_attr",
    33,
    "Is the cylinder that stands furthest back the same colour as the rightmost object?",
    "same(ord(sel(cylinder), behind, 1), ord(scene(), right, 1), color)",
    lambda s: yes(s.a(nth(s, s.f(shape="cylinder"), "behind"), "color") == s.a(nth(s, s.all(), "right"), "color")),
)
C(
    "spatial",
    33,
    "Behind the big red ball and to the left of the gray ball theres a small cylinder - what colour is it?",
    "q(u(f(inter(rel(u(f(sel(sphere), color=red)), behind), rel(u(f(sel(sphere), color=gray)), left)), size=small, shape=cylinder)), color)",
    lambda s: s.a(
        one(
            keep(
                s,
                both(
                    where(s, "behind", s.the(shape="sphere", color="red")),
                    where(s, "left", s.the(shape="sphere", color="gray")),
                ),
                size="small",
                shape="cylinder",
            )
        ),
        "color",
    ),
)
C(
    "verify",
    33,
    "Is the large metal object furthest from the camera a cube?",
    "verify(ord(f(scene(), size=large, material=metal), behind, 1), shape, cube)",
    lambda s: yes(s.a(nth(s, s.f(size="large", material="metal"), "behind"), "shape") == "cube"),
)

# scene 34: small red metal cyl (left), small yellow metal cube (back), large gray metal cyl (right)
C(
    "quantifier",
    34,
    "Are all three objects in this scene made of the same material?",
    "same(scene(), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.all()}) == 1),
)
X(34, "How many of these objects would float if you dropped them in water?")

# scene 35: small purple metal sph (back), large green metal cube (left), large green rubber cube, large red metal sph (front), large gray metal cube
C(
    "chain",
    35,
    "The big gray block has a ball behind it; the green cube to that ball's right - what's it made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=gray)), behind), shape=sphere)), right), color=green, shape=cube)), material)",
    lambda s: s.a(
        one(
            where(
                s,
                "right",
                one(where(s, "behind", s.the(shape="cube", color="gray"), shape="sphere")),
                color="green",
                shape="cube",
            )
        ),
        "material",
    ),
)
C(
    "count",
    35,
    "How many large cubes are in front of the small ball and to the left of the big red one?",
    "count(f(inter(rel(u(f(sel(sphere), size=small)), front), rel(u(f(sel(sphere), size=large, color=red)), left)), size=large, shape=cube))",
    lambda s: n(
        keep(
            s,
            both(
                where(s, "front", s.the(shape="sphere", size="small")),
                where(s, "left", s.the(shape="sphere", color="red")),
            ),
            size="large",
            shape="cube",
        )
    ),
)

# scene 36: large purple metal sph (right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph (left), large brown rubber cyl
C(
    "compare_attr",
    36,
    "Is the ball that's left of the brown cylinder and in front of the cyan ball bigger than the cube?",
    "larger(u(f(inter(rel(u(f(sel(cylinder), color=brown)), left), rel(u(f(sel(sphere), color=cyan)), front)), shape=sphere)), u(sel(cube)))",
    lambda s: yes(
        bigger(
            s,
            one(
                keep(
                    s,
                    both(
                        where(s, "left", s.the(shape="cylinder")),
                        where(s, "front", s.the(shape="sphere", color="cyan")),
                    ),
                    shape="sphere",
                )
            ),
            s.the(shape="cube"),
        )
    ),
)
C(
    "negation",
    36,
    "Ignoring spheres, how many objects are in front of the purple ball?",
    "count(fn(rel(u(f(sel(sphere), color=purple)), front), shape=sphere))",
    lambda s: n(drop(s, where(s, "front", s.the(shape="sphere", color="purple")), shape="sphere")),
)

# scene 37: large gray rubber cyl, small brown rubber cube (front), large purple metal cube, small red rubber sph (right), small red rubber cube, small gray metal cyl (back), small cyan rubber sph, large blue metal cyl (left)
C(
    "chain",
    37,
    "What colour is the metal cylinder to the right of the ball behind the red cube that's left of the little brown block?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=brown)), left), color=red, shape=cube)), behind), shape=sphere)), right), material=metal, shape=cylinder)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "right",
                one(
                    where(
                        s,
                        "behind",
                        one(where(s, "left", s.the(shape="cube", color="brown"), color="red", shape="cube")),
                        shape="sphere",
                    )
                ),
                material="metal",
                shape="cylinder",
            )
        ),
        "color",
    ),
)
C(
    "compare_count",
    37,
    "Are there more rubber objects to the left of the gray rubber cylinder than metal objects to its right?",
    "gt(count(f(rel(u(f(sel(cylinder), color=gray, material=rubber)), left), material=rubber)), count(f(rel(u(f(sel(cylinder), color=gray, material=rubber)), right), material=metal)))",
    lambda s: yes(
        len(where(s, "left", s.the(shape="cylinder", material="rubber"), material="rubber"))
        > len(where(s, "right", s.the(shape="cylinder", material="rubber"), material="metal"))
    ),
)
C(
    "attribute",
    37,
    "What shape is the large object that shares it's material with the small red ball?",
    "q(u(f(same_attr(u(f(sel(sphere), color=red)), material), size=large)), shape)",
    lambda s: s.a(one(keep(s, same_as(s, s.the(shape="sphere", color="red"), "material"), size="large")), "shape"),
)
C(
    "superlative",
    37,
    "Which colour is the rearmost of the rubber objects?",
    "q(ord(f(scene(), material=rubber), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(material="rubber"), "behind"), "color"),
)

# scene 38: small green rubber sph, large gray rubber cyl (back), small red metal sph, small green metal sph (right), large gray metal cyl (left)
C(
    "two_clause",
    38,
    "Is the metal cylinder the same size as the rubber one but a different colour?",
    "and_(same(u(f(sel(cylinder), material=metal)), u(f(sel(cylinder), material=rubber)), size), different(u(f(sel(cylinder), material=metal)), u(f(sel(cylinder), material=rubber)), color))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", material="metal"), "size")
        == s.a(s.the(shape="cylinder", material="rubber"), "size")
        and s.a(s.the(shape="cylinder", material="metal"), "color")
        != s.a(s.the(shape="cylinder", material="rubber"), "color")
    ),
)
C(
    "spatial",
    38,
    "What colour is the ball that is behind the green rubber ball and to the right of the big rubber cylinder?",
    "q(u(f(inter(rel(u(f(sel(sphere), color=green, material=rubber)), behind), rel(u(f(sel(cylinder), size=large, material=rubber)), right)), shape=sphere)), color)",
    lambda s: s.a(
        one(
            keep(
                s,
                both(
                    where(s, "behind", s.the(shape="sphere", color="green", material="rubber")),
                    where(s, "right", s.the(shape="cylinder", material="rubber")),
                ),
                shape="sphere",
            )
        ),
        "color",
    ),
)

# scene 39: large gray metal cyl, small brown rubber cyl (left), small gray metal cube (front)
C(
    "compare_attr",
    39,
    "Is the cylinder to the left of the cube the same colour as the cylinder to the right of it?",
    "same(u(f(rel(u(sel(cube)), left), shape=cylinder)), u(f(rel(u(sel(cube)), right), shape=cylinder)), color)",
    lambda s: yes(
        s.a(one(where(s, "left", s.the(shape="cube"), shape="cylinder")), "color")
        == s.a(one(where(s, "right", s.the(shape="cube"), shape="cylinder")), "color")
    ),
)
X(39, "Who owns the big gray cylinder standing behind the cube?")

# scene 40: small cyan metal cube (right), large brown rubber cyl (left), large gray metal cube (back)
C(
    "compare_attr",
    40,
    "Is the cube that's behind the small cube made of the same material as the cylinder?",
    "same(u(f(rel(u(f(sel(cube), size=small)), behind), shape=cube)), u(sel(cylinder)), material)",
    lambda s: yes(
        s.a(one(where(s, "behind", s.the(shape="cube", size="small"), shape="cube")), "material")
        == s.a(s.the(shape="cylinder"), "material")
    ),
)

# scene 41: small yellow metal cyl, small purple rubber cyl (front), large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph (back), large blue metal sph, large cyan metal cyl (right), large blue metal cube, small yellow rubber sph
C(
    "chain",
    41,
    "What's the material of the ball to the left of the small cylinder that sits behind the blue sphere",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=blue)), behind), size=small, shape=cylinder)), left), shape=sphere)), material)",
    lambda s: s.a(
        one(
            where(
                s,
                "left",
                one(where(s, "behind", s.the(shape="sphere", color="blue"), size="small", shape="cylinder")),
                shape="sphere",
            )
        ),
        "material",
    ),
)
C(
    "count",
    41,
    "Excluding cylinders, how many metal objects are both behind the purple cylinder and in front of the gray ball?",
    "count(fn(f(inter(rel(u(f(sel(cylinder), color=purple)), behind), rel(u(f(sel(sphere), color=gray)), front)), material=metal), shape=cylinder))",
    lambda s: n(
        drop(
            s,
            keep(
                s,
                both(
                    where(s, "behind", s.the(shape="cylinder", color="purple")),
                    where(s, "front", s.the(shape="sphere", color="gray")),
                ),
                material="metal",
            ),
            shape="cylinder",
        )
    ),
)
C(
    "compare_count",
    41,
    "Are there more yellow things behind the blue cube than there are blue things in front of the yellow ball?",
    "gt(count(f(rel(u(f(sel(cube), color=blue)), behind), color=yellow)), count(f(rel(u(f(sel(sphere), color=yellow)), front), color=blue)))",
    lambda s: yes(
        len(where(s, "behind", s.the(shape="cube", color="blue"), color="yellow"))
        > len(where(s, "front", s.the(shape="sphere", color="yellow"), color="blue"))
    ),
)
C(
    "negation",
    41,
    "Other than the big yellow one, how many cylinders are in front of the gray sphere?",
    "count(diff(f(rel(u(f(sel(sphere), color=gray)), front), shape=cylinder), u(f(sel(cylinder), size=large, color=yellow))))",
    lambda s: n(
        [
            i
            for i in where(s, "front", s.the(shape="sphere", color="gray"), shape="cylinder")
            if i != s.the(shape="cylinder", size="large", color="yellow")
        ]
    ),
)
C(
    "list",
    41,
    "What colours are the cylinders standing in front of the grey ball?",
    "values(f(rel(u(f(sel(sphere), color=gray)), front), shape=cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in where(s, "front", s.the(shape="sphere", color="gray"), shape="cylinder")),
)
X(41, "Which of the yellow objects was placed in the scene first?")

# scene 42: small yellow rubber sph, small gray rubber cyl (back), small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph (left), large yellow metal sph (right)
C(
    "attribute",
    42,
    "Which shape is the object that has the same colour as the big cylinder and the same material as the gray cube?",
    "q(u(inter(same_attr(u(f(sel(cylinder), size=large)), color), same_attr(u(f(sel(cube), color=gray)), material))), shape)",
    lambda s: s.a(
        one(
            both(
                same_as(s, s.the(shape="cylinder", size="large"), "color"),
                same_as(s, s.the(shape="cube", color="gray"), "material"),
            )
        ),
        "shape",
    ),
)
C(
    "chain",
    42,
    "What colour is the ball left of the metal cylinder that's behind the blue block to the left of the gray metal cube?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(cube), color=gray, material=metal)), left), color=blue, shape=cube)), behind), material=metal, shape=cylinder)), left), shape=sphere)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "left",
                one(
                    where(
                        s,
                        "behind",
                        one(where(s, "left", s.the(shape="cube", color="gray"), color="blue", shape="cube")),
                        material="metal",
                        shape="cylinder",
                    )
                ),
                shape="sphere",
            )
        ),
        "color",
    ),
)
C(
    "compare_count",
    42,
    "Do more blue objects sit to the left of the gray cube than to its right?",
    "gt(count(f(rel(u(f(sel(cube), color=gray)), left), color=blue)), count(f(rel(u(f(sel(cube), color=gray)), right), color=blue)))",
    lambda s: yes(
        len(where(s, "left", s.the(shape="cube", color="gray"), color="blue"))
        > len(where(s, "right", s.the(shape="cube", color="gray"), color="blue"))
    ),
)
C(
    "quantifier",
    42,
    "Are all the blue things to the left of the yellow metal ball?",
    "not_(exist(diff(f(scene(), color=blue), rel(u(f(sel(sphere), color=yellow, material=metal)), left))))",
    lambda s: yes(
        set(s.f(color="blue")) <= set(where(s, "left", s.the(shape="sphere", color="yellow", material="metal")))
    ),
)

# scene 43: large yellow metal cube, large cyan metal sph (right), small blue metal cyl (front), small cyan metal sph, large blue metal cube, large green rubber cube (back), large gray rubber sph (left), small cyan rubber sph
C(
    "spatial",
    43,
    "What colour is the rubber ball that's behind the blue cube and to the right of the yellow one?",
    "q(u(f(inter(rel(u(f(sel(cube), color=blue)), behind), rel(u(f(sel(cube), color=yellow)), right)), material=rubber, shape=sphere)), color)",
    lambda s: s.a(
        one(
            keep(
                s,
                both(
                    where(s, "behind", s.the(shape="cube", color="blue")),
                    where(s, "right", s.the(shape="cube", color="yellow")),
                ),
                material="rubber",
                shape="sphere",
            )
        ),
        "color",
    ),
)
C(
    "compare_attr",
    43,
    "Is the cube nearest the camera larger than the sphere furthest from it?",
    "larger(ord(sel(cube), front, 1), ord(sel(sphere), behind, 1))",
    lambda s: yes(bigger(s, nth(s, s.f(shape="cube"), "front"), nth(s, s.f(shape="sphere"), "behind"))),
)
C(
    "negation",
    43,
    "How many of the metal things are neither cubes nor cyan?",
    "count(fn(fn(f(scene(), material=metal), shape=cube), color=cyan))",
    lambda s: n([i for i in s.f(material="metal") if s.a(i, "shape") != "cube" and s.a(i, "color") != "cyan"]),
)
C(
    "superlative",
    43,
    "what material is the large object nearest to the camera",
    "q(ord(f(scene(), size=large), front, 1), material)",
    lambda s: s.a(nth(s, s.f(size="large"), "front"), "material"),
)

# scene 44: large brown rubber sph (back), small brown metal sph (front), small purple rubber cube, large blue metal cube, small cyan metal cube (left)
C(
    "compare_attr",
    44,
    "Is the ball in front of the purple cube the same colour as the ball behind it?",
    "same(u(f(rel(u(f(sel(cube), color=purple)), front), shape=sphere)), u(f(rel(u(f(sel(cube), color=purple)), behind), shape=sphere)), color)",
    lambda s: yes(
        s.a(one(where(s, "front", s.the(shape="cube", color="purple"), shape="sphere")), "color")
        == s.a(one(where(s, "behind", s.the(shape="cube", color="purple"), shape="sphere")), "color")
    ),
)
C(
    "negation",
    44,
    "How many cubes are to the left of the large brown ball, apart from the little cyan one?",
    "count(diff(f(rel(u(f(sel(sphere), size=large, color=brown)), left), shape=cube), u(f(sel(cube), color=cyan))))",
    lambda s: n(
        [
            i
            for i in where(s, "left", s.the(shape="sphere", size="large"), shape="cube")
            if i != s.the(shape="cube", color="cyan")
        ]
    ),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph (front), large cyan rubber sph (back), small yellow metal cyl (left)
C(
    "chain",
    45,
    "What colour is the cube behind the cylinder on the right of the gray cube that is behind the big red ball?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(sphere), size=large, color=red)), behind), color=gray, shape=cube)), right), shape=cylinder)), behind), shape=cube)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "behind",
                one(
                    where(
                        s,
                        "right",
                        one(where(s, "behind", s.the(shape="sphere", color="red"), color="gray", shape="cube")),
                        shape="cylinder",
                    )
                ),
                shape="cube",
            )
        ),
        "color",
    ),
)
C(
    "exist",
    45,
    "Is there a large metal thing that is behind the gray sphere and left of the red cube?",
    "exist(f(inter(rel(u(f(sel(sphere), color=gray)), behind), rel(u(f(sel(cube), color=red)), left)), size=large, material=metal))",
    lambda s: yes(
        bool(
            keep(
                s,
                both(
                    where(s, "behind", s.the(shape="sphere", color="gray")),
                    where(s, "left", s.the(shape="cube", color="red")),
                ),
                size="large",
                material="metal",
            )
        )
    ),
)
C(
    "compare_count",
    45,
    "Is the number of cyan things that aren't spheres equal to the number of gray things that aren't cubes?",
    "eq(count(fn(f(scene(), color=cyan), shape=sphere)), count(fn(f(scene(), color=gray), shape=cube)))",
    lambda s: yes(len(drop(s, s.f(color="cyan"), shape="sphere")) == len(drop(s, s.f(color="gray"), shape="cube"))),
)
C(
    "number",
    45,
    "What is the total number of spheres and cylinders that are behind the small gray cube?",
    "add(count(f(rel(u(f(sel(cube), color=gray)), behind), shape=sphere)), count(f(rel(u(f(sel(cube), color=gray)), behind), shape=cylinder)))",
    lambda s: str(len(where(s, "behind", s.the(shape="cube", color="gray"), shape=("sphere", "cylinder")))),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph (back), large cyan rubber cyl, small green rubber sph (left), small purple metal sph (right), large red rubber cube (front), small purple rubber cube
C(
    "count",
    46,
    "How many things are made of the same material as the large red cube but are smaller than it?",
    "count(inter(same_attr(u(f(sel(cube), color=red)), material), rel(u(f(sel(cube), color=red)), smaller)))",
    lambda s: n(
        both(
            same_as(s, s.the(shape="cube", color="red"), "material"), smaller_than(s, s.the(shape="cube", color="red"))
        )
    ),
)
C(
    "chain",
    46,
    "What colour is the metal ball sitting behind the small cube that's to the right of the big cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=large)), right), size=small, shape=cube)), behind), material=metal, shape=sphere)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "behind",
                one(where(s, "right", s.the(shape="cylinder", size="large"), size="small", shape="cube")),
                material="metal",
                shape="sphere",
            )
        ),
        "color",
    ),
)
C(
    "two_clause",
    46,
    "Is the purple cube to the left of the purple ball, and is the green ball to the right of the purple cube?",
    "and_(exist(f(rel(u(f(sel(sphere), color=purple)), left), color=purple, shape=cube)), exist(f(rel(u(f(sel(cube), color=purple)), right), color=green, shape=sphere)))",
    lambda s: yes(
        is_rel(s, s.the(shape="cube", color="purple"), "left", s.the(shape="sphere", color="purple"))
        and is_rel(s, s.the(shape="sphere", color="green"), "right", s.the(shape="cube", color="purple"))
    ),
)
C(
    "superlative",
    46,
    "What shape is the small object that is farthest to the left?",
    "q(ord(f(scene(), size=small), left, 1), shape)",
    lambda s: s.a(nth(s, s.f(size="small"), "left"), "shape"),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (right), small blue rubber cyl (back), small purple metal cube, small yellow metal sph (left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph (front)
C(
    "count",
    47,
    "How many purple things are to the right of the large blue cube but are not made of metal",
    "count(fn(f(rel(u(f(sel(cube), size=large, color=blue)), right), color=purple), material=metal))",
    lambda s: n(drop(s, where(s, "right", s.the(shape="cube", color="blue"), color="purple"), material="metal")),
)
C(
    "chain",
    47,
    "What colour is the big cylinder left of the large cube that's behind the metal cube on the red cube's left?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(cube), color=red)), left), material=metal, shape=cube)), behind), size=large, shape=cube)), left), size=large, shape=cylinder)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "left",
                one(
                    where(
                        s,
                        "behind",
                        one(where(s, "left", s.the(shape="cube", color="red"), material="metal", shape="cube")),
                        size="large",
                        shape="cube",
                    )
                ),
                size="large",
                shape="cylinder",
            )
        ),
        "color",
    ),
)
C(
    "compare_attr",
    47,
    "Are the leftmost object and the object closest to the camera the same colour?",
    "same(ord(scene(), left, 1), ord(scene(), front, 1), color)",
    lambda s: yes(s.a(nth(s, s.all(), "left"), "color") == s.a(nth(s, s.all(), "front"), "color")),
)
C(
    "count",
    47,
    "How many cubes are the same size as the blue cube but a different colour?",
    "count(fn(f(same_attr(u(f(sel(cube), color=blue)), size), shape=cube), color=blue))",
    lambda s: n(drop(s, keep(s, same_as(s, s.the(shape="cube", color="blue"), "size"), shape="cube"), color="blue")),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph (left), large gray metal sph (right), large green metal sph, small yellow metal cube (front), small blue metal cyl (back)
C(
    "chain",
    48,
    "The big red block is in front of the cylinder; which colour is the ball to the block's right?",
    "q(u(f(rel(u(f(rel(u(sel(cylinder)), front), color=red, shape=cube)), right), shape=sphere)), color)",
    lambda s: s.a(
        one(
            where(
                s, "right", one(where(s, "front", s.the(shape="cylinder"), color="red", shape="cube")), shape="sphere"
            )
        ),
        "color",
    ),
)
C(
    "count",
    48,
    "How many large metal spheres are on the left of the yellow rubber one?",
    "count(f(rel(u(f(sel(sphere), color=yellow, material=rubber)), left), size=large, material=metal, shape=sphere))",
    lambda s: n(
        where(s, "left", s.the(shape="sphere", material="rubber"), size="large", material="metal", shape="sphere")
    ),
)
C(
    "compare_attr",
    48,
    "Is the object furthest back the same shape as the small yellow object?",
    "same(ord(scene(), behind, 1), u(f(scene(), size=small, color=yellow)), shape)",
    lambda s: yes(s.a(nth(s, s.all(), "behind"), "shape") == s.a(s.the(size="small", color="yellow"), "shape")),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph (left), small green rubber cyl, small yellow rubber sph (front), small gray rubber cyl (back)
C(
    "count",
    49,
    "How many small spheres are behind the cyan ball but to the right of the big purple one, not counting the yellow ones?",
    "count(fn(f(inter(rel(u(f(sel(sphere), color=cyan)), behind), rel(u(f(sel(sphere), size=large, color=purple)), right)), size=small, shape=sphere), color=yellow))",
    lambda s: n(
        drop(
            s,
            keep(
                s,
                both(
                    where(s, "behind", s.the(shape="sphere", color="cyan")),
                    where(s, "right", s.the(shape="sphere", size="large")),
                ),
                size="small",
                shape="sphere",
            ),
            color="yellow",
        )
    ),
)
C(
    "attribute",
    49,
    "There's something the same colour as the little cube but made of rubber instead of metal - what shape is it?",
    "q(u(f(same_attr(u(sel(cube)), color), material=rubber)), shape)",
    lambda s: s.a(one(keep(s, same_as(s, s.the(shape="cube"), "color"), material="rubber")), "shape"),
)
C(
    "compare_count",
    49,
    "Are there more spheres in front of the green cylinder than behind it?",
    "gt(count(f(rel(u(f(sel(cylinder), color=green)), front), shape=sphere)), count(f(rel(u(f(sel(cylinder), color=green)), behind), shape=sphere)))",
    lambda s: yes(
        len(where(s, "front", s.the(shape="cylinder", color="green"), shape="sphere"))
        > len(where(s, "behind", s.the(shape="cylinder", color="green"), shape="sphere"))
    ),
)
C(
    "superlative",
    49,
    "Among the small spheres, what colour is the one furthest back?",
    "q(ord(f(sel(sphere), size=small), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere", size="small"), "behind"), "color"),
)

# scene 50 (all rubber): large purple sph (front), large red cyl, small yellow cube, small cyan sph, small blue cube, large green cube (left), large green sph (back), small green cyl
C(
    "chain",
    50,
    "What colour is the ball behind the little cube that's behind the cyan sphere?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=cyan)), behind), size=small, shape=cube)), behind), shape=sphere)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "behind",
                one(where(s, "behind", s.the(shape="sphere", color="cyan"), size="small", shape="cube")),
                shape="sphere",
            )
        ),
        "color",
    ),
)
C(
    "exist",
    50,
    "Is there a cylinder that has the same colour as the large cube and is smaller than it?",
    "exist(f(inter(same_attr(u(f(sel(cube), size=large)), color), rel(u(f(sel(cube), size=large)), smaller)), shape=cylinder))",
    lambda s: yes(
        bool(
            keep(
                s,
                both(
                    same_as(s, s.the(shape="cube", size="large"), "color"),
                    smaller_than(s, s.the(shape="cube", size="large")),
                ),
                shape="cylinder",
            )
        )
    ),
)
C(
    "compare_count",
    50,
    "Are there more small things to the left of the purple ball than large things to its right?",
    "gt(count(f(rel(u(f(sel(sphere), color=purple)), left), size=small)), count(f(rel(u(f(sel(sphere), color=purple)), right), size=large)))",
    lambda s: yes(
        len(where(s, "left", s.the(shape="sphere", color="purple"), size="small"))
        > len(where(s, "right", s.the(shape="sphere", color="purple"), size="large"))
    ),
)

# scene 51: small brown metal sph (right), large gray rubber sph (back), small yellow metal cube (front left)
C(
    "compare_attr",
    51,
    "Is the object to the left of the big gray ball made of the same material as the one to its right?",
    "same(u(rel(u(f(sel(sphere), size=large, color=gray)), left)), u(rel(u(f(sel(sphere), size=large, color=gray)), right)), material)",
    lambda s: yes(
        s.a(one(where(s, "left", s.the(shape="sphere", size="large"))), "material")
        == s.a(one(where(s, "right", s.the(shape="sphere", size="large"))), "material")
    ),
)

# scene 52: large blue metal cube (right), large brown rubber cube, small gray metal cyl (back), large purple metal cube (front left)
C(
    "negation",
    52,
    "How many cubes are in front of the cylinder but not to the left of it?",
    "count(diff(f(rel(u(sel(cylinder)), front), shape=cube), rel(u(sel(cylinder)), left)))",
    lambda s: n(
        [
            i
            for i in where(s, "front", s.the(shape="cylinder"), shape="cube")
            if i not in where(s, "left", s.the(shape="cylinder"), shape="cube")
        ]
    ),
)
X(52, "What is the price of the large blue metal cube on the right?")

# scene 53: large yellow metal cube (back), small yellow metal sph (front), large green metal sph, large purple rubber cube (right), large blue rubber cube, small gray rubber cube (left)
C(
    "spatial",
    53,
    "What is the colour of the rubber cube that's behind the green ball and right of the yellow cube?",
    "q(u(f(inter(rel(u(f(sel(sphere), color=green)), behind), rel(u(f(sel(cube), color=yellow)), right)), material=rubber, shape=cube)), color)",
    lambda s: s.a(
        one(
            keep(
                s,
                both(
                    where(s, "behind", s.the(shape="sphere", color="green")),
                    where(s, "right", s.the(shape="cube", color="yellow")),
                ),
                material="rubber",
                shape="cube",
            )
        ),
        "color",
    ),
)
C(
    "compare_count",
    53,
    "Are there more cubes behind the green ball then in front of it?",
    "gt(count(f(rel(u(f(sel(sphere), color=green)), behind), shape=cube)), count(f(rel(u(f(sel(sphere), color=green)), front), shape=cube)))",
    lambda s: yes(
        len(where(s, "behind", s.the(shape="sphere", color="green"), shape="cube"))
        > len(where(s, "front", s.the(shape="sphere", color="green"), shape="cube"))
    ),
)
C(
    "negation",
    53,
    "Among the big cubes, one isn't made of rubber. What colour is it?",
    "q(u(fn(f(sel(cube), size=large), material=rubber)), color)",
    lambda s: s.a(one([i for i in s.f(shape="cube", size="large") if s.a(i, "material") != "rubber"]), "color"),
)

# scene 54: large green rubber cube (front), large brown metal cyl (back), large gray rubber cube (right), large gray rubber cube (left)
C(
    "spatial",
    54,
    "Is the gray cube on the cylinder's right also behind the cylinder?",
    "exist(inter(f(rel(u(sel(cylinder)), right), color=gray, shape=cube), rel(u(sel(cylinder)), behind)))",
    lambda s: yes(
        is_rel(
            s,
            one(where(s, "right", s.the(shape="cylinder"), color="gray", shape="cube")),
            "behind",
            s.the(shape="cylinder"),
        )
    ),
)
C(
    "negation",
    54,
    "How many cubes are not the same colour as the cube nearest the camera?",
    "count(diff(sel(cube), union(ord(sel(cube), front, 1), same_attr(ord(sel(cube), front, 1), color))))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") != s.a(nth(s, s.f(shape="cube"), "front"), "color")]),
)
X(54, "Which of the two gray cubes is older?")

# scene 55: large green metal cube, small purple rubber cube (right), large purple rubber sph (back), small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph (left), small yellow metal cube (front), large red rubber cube
C(
    "chain",
    55,
    "What colour is the large rubber cube to the right of the big rubber ball that's to the right of the yellow cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=yellow)), right), size=large, material=rubber, shape=sphere)), right), size=large, material=rubber, shape=cube)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "right",
                one(
                    where(
                        s,
                        "right",
                        s.the(shape="cylinder", color="yellow"),
                        size="large",
                        material="rubber",
                        shape="sphere",
                    )
                ),
                size="large",
                material="rubber",
                shape="cube",
            )
        ),
        "color",
    ),
)
C(
    "count",
    55,
    "Not counting spheres, how many objects are purple or made of metal?",
    "count(fn(union(f(scene(), color=purple), f(scene(), material=metal)), shape=sphere))",
    lambda s: n(drop(s, sorted(set(s.f(color="purple")) | set(s.f(material="metal"))), shape="sphere")),
)
C(
    "superlative",
    55,
    "What shape is the purple thing that is furthest to the right?",
    "q(ord(f(scene(), color=purple), right, 1), shape)",
    lambda s: s.a(nth(s, s.f(color="purple"), "right"), "shape"),
)
C(
    "number",
    55,
    "how many more rubber things are there than metal things",
    "sub(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: str(len(s.f(material="rubber")) - len(s.f(material="metal"))),
)

# scene 56: small blue rubber cube (back), small yellow rubber sph (right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube (left), large green metal cyl
C(
    "compare_attr",
    56,
    "Is the ball to the right of the brown cube the same colour as the cube on the left of the cylinder?",
    "same(u(f(rel(u(f(sel(cube), color=brown)), right), shape=sphere)), u(f(rel(u(sel(cylinder)), left), shape=cube)), color)",
    lambda s: yes(
        s.a(one(where(s, "right", s.the(shape="cube", color="brown"), shape="sphere")), "color")
        == s.a(one(where(s, "left", s.the(shape="cylinder"), shape="cube")), "color")
    ),
)
C(
    "count",
    56,
    "How many objects are the same size as the green cylinder but made of something other than metal?",
    "count(fn(same_attr(u(f(sel(cylinder), color=green)), size), material=metal))",
    lambda s: n([i for i in same_as(s, s.the(shape="cylinder"), "size") if s.a(i, "material") != "metal"]),
)

# scene 57: small brown metal cyl, large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (right), small yellow rubber sph (left)
C(
    "spatial",
    57,
    "Is the gray cube on the left side of the cylinder in front of the gray cube on the right side?",
    "exist(inter(f(rel(u(sel(cylinder)), left), color=gray, shape=cube), rel(u(f(rel(u(sel(cylinder)), right), color=gray, shape=cube)), front)))",
    lambda s: yes(
        is_rel(
            s,
            one(where(s, "left", s.the(shape="cylinder"), color="gray", shape="cube")),
            "front",
            one(where(s, "right", s.the(shape="cylinder"), color="gray", shape="cube")),
        )
    ),
)
C(
    "count",
    57,
    "How many things are to the left of the brown cylinder and behind the nearer of the two gray cubes?",
    "count(inter(rel(u(f(sel(cylinder), color=brown)), left), rel(ord(f(sel(cube), color=gray), front, 1), behind)))",
    lambda s: n(
        both(
            where(s, "left", s.the(shape="cylinder")),
            where(s, "behind", nth(s, s.f(shape="cube", color="gray"), "front")),
        )
    ),
)

# scene 58: small blue rubber sph (back), large cyan metal cube (front), large purple metal cube
C(
    "compare_attr",
    58,
    "Is the ball smaller than the cube that's nearest to it?",
    "smaller(u(sel(sphere)), closest(sel(cube), u(sel(sphere))))",
    lambda s: yes(bigger(s, nearest(s, s.f(shape="cube"), s.the(shape="sphere")), s.the(shape="sphere"))),
)
X(58, "What would happen to the little blue ball if the purple cube fell over?")

# scene 59: small purple rubber cyl (front), large cyan rubber cyl (right), large brown rubber sph (left), large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph (back)
C(
    "chain",
    59,
    "Go from the small purple cylinder to the big purple ball behind it; the sphere on that ball's right has a large cylinder to its left - what colour is that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(rel(u(f(sel(cylinder), size=small, color=purple)), behind), size=large, color=purple, shape=sphere)), right), shape=sphere)), left), size=large, shape=cylinder)), color)",
    lambda s: s.a(
        one(
            where(
                s,
                "left",
                one(
                    where(
                        s,
                        "right",
                        one(
                            where(
                                s,
                                "behind",
                                s.the(shape="cylinder", size="small"),
                                size="large",
                                color="purple",
                                shape="sphere",
                            )
                        ),
                        shape="sphere",
                    )
                ),
                size="large",
                shape="cylinder",
            )
        ),
        "color",
    ),
)
C(
    "count",
    59,
    "How many rubber cylinders are behind the cube and to the left of the cyan cylinder?",
    "count(f(inter(rel(u(sel(cube)), behind), rel(u(f(sel(cylinder), color=cyan)), left)), material=rubber, shape=cylinder))",
    lambda s: n(
        keep(
            s,
            both(where(s, "behind", s.the(shape="cube")), where(s, "left", s.the(shape="cylinder", color="cyan"))),
            material="rubber",
            shape="cylinder",
        )
    ),
)
C(
    "compare_count",
    59,
    "Are there fewer spheres than purple objects?",
    "lt(count(sel(sphere)), count(f(scene(), color=purple)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(color="purple"))),
)
C(
    "superlative",
    59,
    "Which colour does the rightmost large cylinder have?",
    "q(ord(f(sel(cylinder), size=large), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder", size="large"), "right"), "color"),
)

# =================================================================================================================
# photo graphs
# =================================================================================================================

# street: man in black with a red tie (left), woman in green holding the small brown dog (middle, in front of the red bus 'CERO EMISIONES'), man in white with a blue tie (right); red STOP sign, white car (left), tree behind the bus, 'NO PARKING' on the road
P(
    "chain",
    "street",
    "What colour is the tie worn by the man who stands to the left of the woman holding the dog?",
    "q(u(rel(u(rel(u(rel(sel(dog), holding)), left, name=man)), wearing, role=object)), color)",
    lambda p: p.value(
        one(
            p.objects_of(
                one(
                    named(p, p.subjects("left", one([o for d in p.f("dog") for o in p.subjects("holding", d)])), "man")
                ),
                "wearing",
            )
        ),
        "color",
    ),
)
P(
    "compare_attr",
    "street",
    "Is the tie of the man furthest to the right the same colour as the car?",
    "same(u(rel(ord(sel(man), right, 1), wearing, role=object)), u(sel(car)), color)",
    lambda p: yes(
        p.value(one(p.objects_of(p.by_x(p.f("man"))[-1], "wearing")), "color") == p.value(p.the("car"), "color")
    ),
)
P(
    "count",
    "street",
    "How many people are standing to the left of the man dressed in white?",
    "count(rel(u(f(sel(man), color=white)), left))",
    lambda p: n([o for o in p.subjects("left", p.the("man", color="white")) if o in people(p)]),
)
P(
    "attribute",
    "street",
    "What colour is the animal that the woman between the two men is holding?",
    "q(u(rel(u(sel(woman)), holding, role=object)), color)",
    lambda p: p.value(one(p.objects_of(p.the("woman"), "holding")), "color"),
)
P(
    "compare_attr",
    "street",
    "Is the vehicle that the tree stands behind the same colour as the stop sign?",
    "same(u(rel(u(sel(tree)), behind, role=object)), u(sel(sign)), color)",
    lambda p: yes(p.value(one(p.objects_of(p.the("tree"), "behind")), "color") == p.value(p.the("sign"), "color")),
)
P(
    "text",
    "street",
    "What does the writing on the big red vehicle in the middle say?",
    "q(u(f(sel(bus), color=red)), text)",
    lambda p: p.value(p.the("bus", color="red"), "text"),
)
P(
    "compare_count",
    "street",
    "Are there more things on the left of the bus than there are on its right?",
    "gt(count(rel(u(sel(bus)), left)), count(rel(u(sel(bus)), right)))",
    lambda p: yes(len(p.subjects("left", p.the("bus"))) > len(p.subjects("right", p.the("bus")))),
)
P(
    "negation",
    "street",
    "Apart from the person on the far left, how many people in the street are wearing a tie?",
    "count(diff(rel(sel(tie), wearing), ord(sel(person), left, 1)))",
    lambda p: n(
        [
            o
            for o in people(p)
            if o != p.by_x(people(p))[0] and any(p.name(t) == "tie" for t in p.objects_of(o, "wearing"))
        ]
    ),
)
X("street", "What is the name of the man in the black suit who is standing left of the bus?")
X("street", "How fast was the white car going before it parked?")

# kitchen: red cup (left), white plate with a metal fork near it, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table; white clock '12:30' above the table; woman in yellow right of the table
P(
    "chain",
    "kitchen",
    "What colour is the cup on the right of the plate that the fork is lying next to?",
    "q(u(rel(u(rel(u(sel(fork)), near, name=plate)), right, name=cup)), color)",
    lambda p: p.value(
        one(named(p, p.subjects("right", one(named(p, p.subjects("near", p.the("fork")), "plate"))), "cup")), "color"
    ),
)
P(
    "compare_attr",
    "kitchen",
    "Is the cup to the left of the plate the same colour as teh cup to the right of the bottle?",
    "same(u(rel(u(sel(plate)), left, name=cup)), u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: yes(
        p.value(one(named(p, p.subjects("left", p.the("plate")), "cup")), "color")
        == p.value(one(named(p, p.subjects("right", p.the("bottle")), "cup")), "color")
    ),
)
P(
    "negation",
    "kitchen",
    "Of the cups sitting on the table, how many aren't white?",
    "count(fn(rel(u(sel(table)), on, name=cup), color=white))",
    lambda p: n([o for o in named(p, p.subjects("on", p.the("table")), "cup") if p.value(o, "color") != "white"]),
)
P(
    "text",
    "kitchen",
    "What's written on the thing standing between the blue cup and the white cup?",
    "q(u(inter(rel(u(f(sel(cup), color=blue)), right), rel(u(f(sel(cup), color=white)), left))), text)",
    lambda p: p.value(
        one(both(p.subjects("right", p.the("cup", color="blue")), p.subjects("left", p.the("cup", color="white")))),
        "text",
    ),
)
P(
    "attribute",
    "kitchen",
    "The person to the right of the table - what colour are they wearing?",
    "q(u(rel(u(sel(table)), right)), color)",
    lambda p: p.value(one(p.subjects("right", p.the("table"))), "color"),
)
P(
    "exist",
    "kitchen",
    "Is there a cup on the table that is the same colour as the plate?",
    "exist(inter(rel(u(sel(table)), on, name=cup), same_attr(u(sel(plate)), color)))",
    lambda p: yes(
        any(
            p.value(o, "color") == p.value(p.the("plate"), "color")
            for o in named(p, p.subjects("on", p.the("table")), "cup")
        )
    ),
)
P(
    "text",
    "kitchen",
    "What time is shown on the thing that hangs above the table where the cups are?",
    "q(u(rel(u(sel(table)), above)), text)",
    lambda p: p.value(one(p.subjects("above", p.the("table"))), "text"),
)
X("kitchen", "How hot is the coffee in the blue cup next to the plate?")
X("kitchen", "What is the woman standing by the table about to cook for dinner?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees
P(
    "chain",
    "park",
    "What colour is the dog held by the woman who stands left of the boy",
    "q(u(rel(u(rel(u(sel(boy)), left, name=woman)), holding, role=object)), color)",
    lambda p: p.value(one(p.objects_of(one(named(p, p.subjects("left", p.the("boy")), "woman")), "holding")), "color"),
)
P(
    "attribute",
    "park",
    "The person standing beside the red bicycle is dressed in what colour?",
    "q(u(rel(u(f(sel(bicycle), color=red)), near)), color)",
    lambda p: p.value(one(p.subjects("near", p.the("bicycle", color="red"))), "color"),
)
P(
    "count",
    "park",
    "How many people are to the right of the kid throwing the frisbee?",
    "count(rel(u(rel(sel(frisbee), throwing)), right))",
    lambda p: n([o for o in p.subjects("right", one(p.subjects("throwing", p.the("frisbee")))) if o in people(p)]),
)
P(
    "compare_attr",
    "park",
    "Is the dog next to the girl the same colour as the clothes of the woman in the middle?",
    "same(u(rel(u(sel(girl)), near, name=dog)), u(f(sel(woman), hposition=middle)), color)",
    lambda p: yes(
        p.value(one(named(p, p.subjects("near", p.the("girl")), "dog")), "color")
        == p.value(p.the("woman", hposition="middle"), "color")
    ),
)
P(
    "compare_count",
    "park",
    "Are there more people in the park than dogs and trees put together?",
    "gt(count(sel(person)), add(count(sel(dog)), count(sel(tree))))",
    lambda p: yes(len(people(p)) > len(p.f("dog")) + len(p.f("tree"))),
)
P(
    "chain",
    "park",
    "What's behind the woman who is holding the black dog?",
    "q(u(rel(u(rel(u(f(sel(dog), color=black)), holding)), behind)), name)",
    lambda p: p.name(one(p.subjects("behind", one(p.subjects("holding", p.the("dog", color="black")))))),
)
P(
    "spatial",
    "park",
    "Is the bench, which the boy is standing near, to the left of the bike?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(p.has(p.the("bench"), "left", p.the("bicycle"))),
)
X("park", "How old is the girl standing next to the white dog?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P(
    "attribute",
    "shapes",
    "What colour is the shape in the bottom row on the left, under the big red circle?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "color"),
)
P(
    "negation",
    "shapes",
    "How many small shapes are blue but are not circles?",
    "count(fn(f(scene(), size=small, color=blue), shape=circle))",
    lambda p: n([o for o in p.f(size="small", color="blue") if p.value(o, "shape") != "circle"]),
)
P(
    "compare_attr",
    "shapes",
    "Is the shape in the very middle of the picture the same colour as the square?",
    "same(u(f(scene(), vposition=middle)), u(sel(square)), color)",
    lambda p: yes(p.value(p.the(vposition="middle"), "color") == p.value(p.the("square"), "color")),
)
P(
    "compare_count",
    "shapes",
    "Are there more large shapes in the top row than small shapes in the bottom row?",
    "gt(count(f(scene(), size=large, vposition=top)), count(f(scene(), size=small, vposition=bottom)))",
    lambda p: yes(len(p.f(size="large", vposition="top")) > len(p.f(size="small", vposition="bottom"))),
)
P(
    "attribute",
    "shapes",
    "Which shape in the bottom row has the same colour as the big circle?",
    "q(u(f(same_attr(u(f(sel(circle), size=large)), color), vposition=bottom)), shape)",
    lambda p: p.value(
        one(
            [
                o
                for o in p.f(vposition="bottom")
                if p.value(o, "color") == p.value(p.the("circle", size="large"), "color")
            ]
        ),
        "shape",
    ),
)
X("shapes", "Which of these shapes did the artist draw first?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
