# ruff: noqa: E501
"""Blind paraphrase set 31: other datasets' voices. The questions are asked of this project's scenes the way
annotators trained on other public VQA datasets would ask them, each annotator keeping the habits of their own
dataset: TallyQA's complex counts ("How many spheres are to the right of the big blue ball and not made of
metal?"), VQA v2's short everyday questions ("What color is the ball?", "How many cubes?"), GQA's compositional,
relation-heavy questions ("What is the material of the object to the right of the cyan cylinder?", "Who is wearing
the blue tie?", "Is the car to the left or to the right of the bus?"), the Super-CLEVR / CLEVR-CoGenT templates
with their own word order ("There is a big rubber object; what number of cylinders are on the left side of it?",
"The small thing that is the same color as the big rubber ball is what shape?"), CLEVR-Humans' free crowd questions
("If you took away all the cylinders, how many objects would be left?") and VizWiz's conversational requests from
someone who cannot see the picture ("Can you tell me what colour the big ball is?", "Please tell me if there is a
sphere here"). Short and long are mixed; about one question in ten carries an ordinary typo or lacks its question
mark. About 165 questions are on CLEVR val scenes, 45 on the photo-like graphs, and 26 ask what the scene data
cannot tell (feelings, intentions, time, weight, brand, text no object carries, counterfactual physics) and must be
refused.

Written from the scene data alone (the CLEVR val scenes and ``photo_scenes.json``), the notation's and the ops'
descriptions, ``blind_gold.py`` and ``build_blind23.py`` (read for the record format only), without reading the
parser, the grammar or any other paraphrase set, and without running the parser on these questions. Every answer is
computed here in plain Python from the scene JSON; questions a careful person could not call (an object within
0.25 scene units of the anchor along the axis asked, a nearest or farthest object not clearly nearer or farther by
0.5 units than the runner-up, ties) raise NotUnique and are kept out.

Run ``python build_blind31.py`` to write ``../blind31.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind31.jsonl"
Q, C, P, X = question_recorder()

# how near (scene units) an object may lie to the anchor along the axis asked before a careful person could not say
# which side it is on; the same gap between neighbours in an ordering (leftmost, second from the front)
TIE = 0.25
# how much nearer (farther) the nearest (farthest) object must be than the runner-up, in scene units
GAP = 0.5


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def along(s: Clevr, i: int, side: str) -> float:
    """How far object i lies towards ``side`` (left, right, front, behind) along the scene's own direction."""
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def side(s: Clevr, relation: str, anchor: int, among=None) -> list[int]:
    """The objects of ``among`` (default all) that are ``relation`` of the anchor; NotUnique when one of them lies
    within TIE of the anchor along that axis."""
    among = s.all() if among is None else among
    here = along(s, anchor, relation)
    for j in among:
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    related = set(s.rel(relation, anchor))
    return [j for j in among if j in related]


def is_side(s: Clevr, target: int, relation: str, anchor: int) -> bool:
    return bool(side(s, relation, anchor, [target]))


def nth(s: Clevr, ids: list[int], direction: str, k: int = 1) -> int:
    """The k-th object of ids counted from ``direction``; NotUnique when a neighbour in the order is within TIE."""
    order = sorted(ids, key=lambda i: -along(s, i, direction))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = along(s, order[k - 1], direction)
    if any(abs(along(s, order[j], direction) - here) < TIE for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def nearest(s: Clevr, ids: list[int], anchor: int, far: bool = False) -> int:
    """The object of ids (not the anchor) nearest (farthest from) the anchor on the ground; NotUnique when the
    runner-up is within GAP of it, or when the picture does not agree."""
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=lambda i: -dist[i] if far else dist[i])
    if not order:
        raise NotUnique("no candidate")
    if len(order) > 1 and abs(dist[order[0]] - dist[order[1]]) < GAP:
        raise NotUnique("runner-up too close")
    pix = s.objects[anchor]["pixel_coords"][:2]
    flat = {i: math.dist(s.objects[i]["pixel_coords"][:2], pix) for i in dist}
    in_picture = (max if far else min)(flat, key=lambda i: flat[i])
    if in_picture != order[0]:
        raise NotUnique("the picture says otherwise")
    return order[0]


def only(items):
    items = list(items)
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def top(values) -> str:
    """The value most of ``values`` have; NotUnique on a tie."""
    ranked = Counter(values).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        raise NotUnique(f"tie {ranked[:2]}")
    return ranked[0][0]


def same_as(s: Clevr, anchor: int, attribute: str) -> list[int]:
    """The objects other than the anchor sharing its ``attribute``."""
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def biggest(s: Clevr, ids: list[int]) -> int:
    """The one large object among ids (CLEVR has two size classes)."""
    return only([i for i in ids if s.a(i, "size") == "large"])


def larger_shape(s: Clevr, a: int, b: int) -> str:
    if s.a(a, "size") == s.a(b, "size"):
        raise NotUnique("one size")
    return s.a(a if s.a(a, "size") == "large" else b, "shape")


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def subj(p: Photo, predicate: str, obj: str, names=None) -> list[str]:
    """The subjects that are ``predicate`` of obj (of these names when given)."""
    names = None if names is None else ({names} if isinstance(names, str) else set(names))
    return [o for o in p.subjects(predicate, obj) if names is None or p.name(o) in names]


def centre_x(p: Photo, oid: str) -> float:
    x1, _, x2, _ = p.objects[oid]["box"]
    return (x1 + x2) / 2


def nth_from_left(p: Photo, ids: list[str], k: int) -> str:
    order = p.by_x(ids)
    here = centre_x(p, order[k - 1])
    if any(abs(centre_x(p, order[j]) - here) < 40 for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def box_area(p: Photo, oid: str) -> float:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x2 - x1) * (y2 - y1)


# =================================================================================================================
# CLEVR scenes, TallyQA annotator: counting with relations, negation and two attributes
# =================================================================================================================
C(
    "count",
    4,
    "How many spheres are to the rigth of the big blue ball and not made of metal?",
    "count(fn(f(rel(u(f(sel(sphere), size=large, color=blue)), right), shape=sphere), material=metal))",
    lambda s: n(
        [
            i
            for i in side(s, "right", s.the(shape="sphere", size="large", color="blue"), s.f(shape="sphere"))
            if s.a(i, "material") != "metal"
        ]
    ),
)
C(
    "count",
    4,
    "How many small rubber cylinders are there?",
    "count(f(sel(cylinder), size=small, material=rubber))",
    lambda s: n(s.f(shape="cylinder", size="small", material="rubber")),
)
C(
    "count",
    7,
    "How many cylindres are behind the blue cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=blue)), behind), shape=cylinder))",
    lambda s: n(side(s, "behind", s.the(shape="cylinder", color="blue"), s.f(shape="cylinder"))),
)
C(
    "count",
    7,
    "How many things in the picture are both metal and small?",
    "count(f(scene(), material=metal, size=small))",
    lambda s: n(s.f(material="metal", size="small")),
)
C(
    "count",
    11,
    "How many brown objects are in front of the large brown cylinder?",
    "count(f(rel(u(f(sel(cylinder), size=large, color=brown)), front), color=brown))",
    lambda s: n(side(s, "front", s.the(shape="cylinder", size="large", color="brown"), s.f(color="brown"))),
)
C(
    "negation",
    11,
    "How many balls are not brown?",
    "count(fn(sel(sphere), color=brown))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "brown"]),
)
C(
    "count",
    24,
    "How many cubes are left of the big red cylinder",
    "count(f(rel(u(f(sel(cylinder), size=large, color=red)), left), shape=cube))",
    lambda s: n(side(s, "left", s.the(shape="cylinder", size="large", color="red"), s.f(shape="cube"))),
)
C(
    "negation",
    24,
    "How many metal things are there that aren't cubes?",
    "count(fn(f(scene(), material=metal), shape=cube))",
    lambda s: n([i for i in s.f(material="metal") if s.a(i, "shape") != "cube"]),
)
C(
    "count",
    31,
    "How many small spheres are in front of the large blue sphere?",
    "count(f(rel(u(f(sel(sphere), size=large, color=blue)), front), shape=sphere, size=small))",
    lambda s: n(side(s, "front", s.the(shape="sphere", size="large", color="blue"), s.f(shape="sphere", size="small"))),
)
C(
    "negation",
    31,
    "How many rubber objects are there, not counting the cylinders?",
    "count(fn(f(scene(), material=rubber), shape=cylinder))",
    lambda s: n([i for i in s.f(material="rubber") if s.a(i, "shape") != "cylinder"]),
)
C(
    "count",
    41,
    "How many cylinders are there that are to the left of the big gray sphere?",
    "count(f(rel(u(f(sel(sphere), size=large, color=gray)), left), shape=cylinder))",
    lambda s: n(side(s, "left", s.the(shape="sphere", size="large", color="gray"), s.f(shape="cylinder"))),
)
C(
    "count",
    47,
    "How many cubes are right of the small purple rubber cube and are not purple?",
    "count(fn(f(rel(u(f(sel(cube), size=small, color=purple, material=rubber)), right), shape=cube), color=purple))",
    lambda s: n(
        [
            i
            for i in side(
                s, "right", s.the(shape="cube", size="small", color="purple", material="rubber"), s.f(shape="cube")
            )
            if s.a(i, "color") != "purple"
        ]
    ),
)
C(
    "count",
    47,
    "how many rubber cubes are in the image",
    "count(f(sel(cube), material=rubber))",
    lambda s: n(s.f(shape="cube", material="rubber")),
)
C(
    "count",
    49,
    "How many of the small balls are rubber and in front of the big purple ball?",
    "count(f(rel(u(f(sel(sphere), size=large, color=purple)), front), shape=sphere, size=small, material=rubber))",
    lambda s: n(
        side(
            s,
            "front",
            s.the(shape="sphere", size="large", color="purple"),
            s.f(shape="sphere", size="small", material="rubber"),
        )
    ),
)
C(
    "negation",
    49,
    "How many objects are neither spheres nor cylinders?",
    "count(fn(fn(scene(), shape=sphere), shape=cylinder))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") not in ("sphere", "cylinder")]),
)
C(
    "count",
    55,
    "How many purple things are behind the green cube",
    "count(f(rel(u(f(sel(cube), color=green)), behind), color=purple))",
    lambda s: n(side(s, "behind", s.the(shape="cube", color="green"), s.f(color="purple"))),
)
C(
    "count",
    55,
    "How many big matte things can you count?",
    "count(f(scene(), size=large, material=rubber))",
    lambda s: n(s.f(size="large", material="rubber")),
)
C(
    "negation",
    59,
    "How many large cylinders are not purple?",
    "count(fn(f(sel(cylinder), size=large), color=purple))",
    lambda s: n([i for i in s.f(shape="cylinder", size="large") if s.a(i, "color") != "purple"]),
)
C(
    "count",
    59,
    "How many purple objects are there in front of the large purple cylinder?",
    "count(f(rel(u(f(sel(cylinder), size=large, color=purple)), front), color=purple))",
    lambda s: n(side(s, "front", s.the(shape="cylinder", size="large", color="purple"), s.f(color="purple"))),
)
C(
    "count",
    45,
    "How many metal things are to the right of the large gray ball?",
    "count(f(rel(u(f(sel(sphere), size=large, color=gray)), right), material=metal))",
    lambda s: n(side(s, "right", s.the(shape="sphere", size="large", color="gray"), s.f(material="metal"))),
)
C(
    "count",
    42,
    "How many blue objects are to the left of the grey cube?",
    "count(f(rel(u(f(sel(cube), color=gray)), left), color=blue))",
    lambda s: n(side(s, "left", s.the(shape="cube", color="gray"), s.f(color="blue"))),
)
C(
    "negation",
    42,
    "How many of the blue things are not rubber?",
    "count(fn(f(scene(), color=blue), material=rubber))",
    lambda s: n([i for i in s.f(color="blue") if s.a(i, "material") != "rubber"]),
)
C(
    "count",
    37,
    "How many small objects are behind the large gray cylinder?",
    "count(f(rel(u(f(sel(cylinder), size=large, color=gray)), behind), size=small))",
    lambda s: n(side(s, "behind", s.the(shape="cylinder", size="large", color="gray"), s.f(size="small"))),
)
C(
    "two_clause",
    37,
    "How many cylinders are either big or shiny?",
    "count(union(f(sel(cylinder), size=large), f(sel(cylinder), material=metal)))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "size") == "large" or s.a(i, "material") == "metal"]),
)
C(
    "count",
    9,
    "How many large things are in front of the purple cube that are not green?",
    "count(fn(f(rel(u(f(sel(cube), color=purple)), front), size=large), color=green))",
    lambda s: n(
        [
            i
            for i in side(s, "front", s.the(shape="cube", color="purple"), s.f(size="large"))
            if s.a(i, "color") != "green"
        ]
    ),
)
C(
    "count",
    18,
    "How many purple things are on the right side of the purple metal cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=purple, material=metal)), right), color=purple))",
    lambda s: n(side(s, "right", s.the(shape="cylinder", color="purple", material="metal"), s.f(color="purple"))),
)
C(
    "count",
    26,
    "How many green things are there behind the cyan ball?",
    "count(f(rel(u(f(sel(sphere), color=cyan)), behind), color=green))",
    lambda s: n(side(s, "behind", s.the(shape="sphere", color="cyan"), s.f(color="green"))),
)
C(
    "negation",
    50,
    "How many green objects are not large?",
    "count(fn(f(scene(), color=green), size=large))",
    lambda s: n([i for i in s.f(color="green") if s.a(i, "size") != "large"]),
)
C(
    "count",
    50,
    "How many objects are to the left of the yellow cube?",
    "count(rel(u(f(sel(cube), color=yellow)), left))",
    lambda s: n(side(s, "left", s.the(shape="cube", color="yellow"))),
)
C(
    "count",
    53,
    "How many big cubes are behind the green sphere?",
    "count(f(rel(u(f(sel(sphere), color=green)), behind), shape=cube, size=large))",
    lambda s: n(side(s, "behind", s.the(shape="sphere", color="green"), s.f(shape="cube", size="large"))),
)

# =================================================================================================================
# CLEVR scenes, VQA v2 annotator: short, natural, everyday
# =================================================================================================================
C(
    "attribute",
    0,
    "What color is the cylinder?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "quantifier",
    0,
    "Are there two balls?",
    "eq(count(sel(sphere)), num(2))",
    lambda s: yes(len(s.f(shape="sphere")) == 2),
)
C(
    "verify",
    2,
    "Is the cube shiny?",
    "verify(u(sel(cube)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube"), "material") == "metal"),
)
C("attribute", 14, "What color is the cube?", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))
C(
    "verify",
    14,
    "Is the big ball blue?",
    "verify(u(f(sel(sphere), size=large)), color, blue)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "blue"),
)
C(
    "attribute",
    17,
    "What shape is the green object?",
    "q(u(f(scene(), color=green)), shape)",
    lambda s: s.a(s.the(color="green"), "shape"),
)
C(
    "verify",
    17,
    "Is the ball big?",
    "verify(u(sel(sphere)), size, large)",
    lambda s: yes(s.a(s.the(shape="sphere"), "size") == "large"),
)
C("attribute", 22, "What color is the ball?", "q(u(sel(sphere)), color)", lambda s: s.a(s.the(shape="sphere"), "color"))
C(
    "attribute",
    22,
    "What is the cube made of?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C("exist", 27, "Is there a ball?", "exist(sel(sphere))", lambda s: yes(bool(s.f(shape="sphere"))))
C(
    "attribute",
    23,
    "What color is the cylinder on the right",
    "q(ord(sel(cylinder), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "right"), "color"),
)
C(
    "compare_attr",
    30,
    "Are the balls the same color?",
    "same(sel(sphere), color)",
    lambda s: yes(len({s.a(i, "color") for i in s.f(shape="sphere")}) == 1),
)
C("exist", 30, "Is anything small?", "exist(f(scene(), size=small))", lambda s: yes(bool(s.f(size="small"))))
C(
    "quantifier",
    34,
    "Are they all metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.all())),
)
C("attribute", 34, "What colour is the block?", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))
C(
    "verify",
    39,
    "Is the brown one a cylinder?",
    "verify(u(f(scene(), color=brown)), shape, cylinder)",
    lambda s: yes(s.a(s.the(color="brown"), "shape") == "cylinder"),
)
C(
    "attribute",
    40,
    "What color is the big cube?",
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)
C(
    "attribute",
    51,
    "What's the little cube made of?",
    "q(u(f(sel(cube), size=small)), material)",
    lambda s: s.a(s.the(shape="cube", size="small"), "material"),
)
C(
    "attribute",
    52,
    "What colour is the small cylinder?",
    "q(u(f(sel(cylinder), size=small)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "color"),
)
C("count", 52, "How many cubes?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "verify",
    54,
    "Is the cylinder gray?",
    "verify(u(sel(cylinder)), color, gray)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "color") == "gray"),
)
C(
    "attribute",
    58,
    "What shape is the blue thing?",
    "q(u(f(scene(), color=blue)), shape)",
    lambda s: s.a(s.the(color="blue"), "shape"),
)
C(
    "verify",
    58,
    "Is the ball metal?",
    "verify(u(sel(sphere)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere"), "material") == "metal"),
)
C(
    "attribute",
    36,
    "What material is the yellow cube?",
    "q(u(f(sel(cube), color=yellow)), material)",
    lambda s: s.a(s.the(shape="cube", color="yellow"), "material"),
)
C(
    "list",
    57,
    "What color are the cubes?",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "attribute",
    29,
    "What color is the small ball?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C("exist", 21, "Is there a cube?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))
C("count", 28, "How many red things?", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "choice",
    30,
    "Is the cylinder blue or green?",
    "choose(u(sel(cylinder)), color, [blue, green])",
    lambda s: only(c for c in ("blue", "green") if s.a(s.the(shape="cylinder"), "color") == c),
)

# =================================================================================================================
# CLEVR scenes, GQA annotator: compositional, relation-heavy
# =================================================================================================================
C(
    "spatial",
    29,
    "What is the materail of the object to the right of the cyan cylinder?",
    "q(u(rel(u(f(sel(cylinder), color=cyan)), right)), material)",
    lambda s: s.a(only(side(s, "right", s.the(shape="cylinder", color="cyan"))), "material"),
)
C(
    "choice",
    14,
    "Is the cube to the left or to the right of the blue ball?",
    "choose_rel(u(f(sel(sphere), color=blue)), [left, right], name=cube)",
    lambda s: "left" if is_side(s, s.the(shape="cube"), "left", s.the(shape="sphere", color="blue")) else "right",
)
C(
    "spatial",
    38,
    "What color is the object in front of the small red sphere?",
    "q(u(rel(u(f(sel(sphere), size=small, color=red)), front)), color)",
    lambda s: s.a(only(side(s, "front", s.the(shape="sphere", size="small", color="red"))), "color"),
)
C(
    "spatial",
    52,
    "Which kind of object is behind the blue cube?",
    "q(u(rel(u(f(sel(cube), color=blue)), behind)), shape)",
    lambda s: s.a(only(side(s, "behind", s.the(shape="cube", color="blue"))), "shape"),
)
C(
    "two_clause",
    44,
    "Are there both cubes and spheres in this picture?",
    "and_(exist(sel(cube)), exist(sel(sphere)))",
    lambda s: yes(bool(s.f(shape="cube")) and bool(s.f(shape="sphere"))),
)
C(
    "choice",
    58,
    "Is the sphere in front of or behind the purple cube?",
    "choose_rel(u(f(sel(cube), color=purple)), [front, behind], name=sphere)",
    lambda s: "front" if is_side(s, s.the(shape="sphere"), "front", s.the(shape="cube", color="purple")) else "behind",
)
C(
    "spatial",
    21,
    "What is the shape of the object to the left of the yellow sphere?",
    "q(u(rel(u(f(sel(sphere), color=yellow)), left)), shape)",
    lambda s: s.a(only(side(s, "left", s.the(shape="sphere", color="yellow"))), "shape"),
)
C(
    "compare_attr",
    17,
    "Do the cylinder and the ball have the same color?",
    "same(u(sel(cylinder)), u(sel(sphere)), color)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "color") == s.a(s.the(shape="sphere"), "color")),
)
C(
    "spatial",
    10,
    "Wich color is the sphere on the left of the red ball?",
    "q(u(f(rel(u(f(sel(sphere), color=red)), left), shape=sphere)), color)",
    lambda s: s.a(only(side(s, "left", s.the(shape="sphere", color="red"), s.f(shape="sphere"))), "color"),
)
C(
    "spatial",
    35,
    "What is the material of the cube to the right of the small purple sphere?",
    "q(u(f(rel(u(f(sel(sphere), size=small, color=purple)), right), shape=cube)), material)",
    lambda s: s.a(
        only(side(s, "right", s.the(shape="sphere", size="small", color="purple"), s.f(shape="cube"))), "material"
    ),
)
C(
    "exist",
    23,
    "Is there anything to the left of the brown cylinder?",
    "exist(rel(u(f(sel(cylinder), color=brown)), left))",
    lambda s: yes(bool(side(s, "left", s.the(shape="cylinder", color="brown")))),
)
C(
    "compare_attr",
    16,
    "Is the color of the cube the same as the color of the metal cylinder?",
    "same(u(sel(cube)), u(f(sel(cylinder), material=metal)), color)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == s.a(s.the(shape="cylinder", material="metal"), "color")),
)
C(
    "spatial",
    28,
    "What color is the ball in front of the purple cylinder?",
    "q(u(f(rel(u(f(sel(cylinder), color=purple)), front), shape=sphere)), color)",
    lambda s: s.a(only(side(s, "front", s.the(shape="cylinder", color="purple"), s.f(shape="sphere"))), "color"),
)
C(
    "superlative",
    40,
    "Which is closer to the camera, the cylinder or the small cube?",
    "q(ord(union(sel(cylinder), f(sel(cube), size=small)), front, 1), shape)",
    lambda s: s.a(nth(s, [s.the(shape="cylinder"), s.the(shape="cube", size="small")], "front"), "shape"),
)
C(
    "spatial",
    22,
    "What is the small object behind the yellow cube?",
    "q(u(f(rel(u(f(sel(cube), color=yellow)), behind), size=small)), shape)",
    lambda s: s.a(only(side(s, "behind", s.the(shape="cube", color="yellow"), s.f(size="small"))), "shape"),
)
C(
    "spatial",
    8,
    "What color is the cylinder to the right of the big sphere?",
    "q(u(f(rel(u(f(sel(sphere), size=large)), right), shape=cylinder)), color)",
    lambda s: s.a(only(side(s, "right", s.the(shape="sphere", size="large"), s.f(shape="cylinder"))), "color"),
)
C(
    "spatial",
    43,
    "Is the gray ball to the right of the green cube?",
    "exist(f(rel(u(f(sel(cube), color=green)), right), color=gray, shape=sphere))",
    lambda s: yes(is_side(s, s.the(shape="sphere", color="gray"), "right", s.the(shape="cube", color="green"))),
)
C(
    "nearest",
    12,
    "Which object is nearer to the red cube, the cyan cylinder or the small gray sphere?",
    "q(closest(union(f(sel(cylinder), color=cyan), f(sel(sphere), size=small, color=gray)), u(f(sel(cube), color=red))), shape)",
    lambda s: s.a(
        nearest(
            s,
            [s.the(shape="cylinder", color="cyan"), s.the(shape="sphere", size="small", color="gray")],
            s.the(shape="cube", color="red"),
        ),
        "shape",
    ),
)
C(
    "spatial",
    46,
    "What is the shape of the object behind the large gray cube?",
    "q(u(rel(u(f(sel(cube), size=large, color=gray)), behind)), shape)",
    lambda s: s.a(only(side(s, "behind", s.the(shape="cube", size="large", color="gray"))), "shape"),
)
C(
    "nearest",
    56,
    "What is the color of the object that is farthest from the small blue cube?",
    "q(farthest(scene(), u(f(sel(cube), size=small, color=blue))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", size="small", color="blue"), far=True), "color"),
)
C(
    "spatial",
    56,
    "What is the cube that is in front of the green cylinder made of?",
    "q(u(f(rel(u(f(sel(cylinder), color=green)), front), shape=cube)), material)",
    lambda s: s.a(only(side(s, "front", s.the(shape="cylinder", color="green"), s.f(shape="cube"))), "material"),
)
C(
    "choice",
    33,
    "Is the blue cylinder left or right of the red ball?",
    "choose_rel(u(f(sel(sphere), color=red)), [left, right], name=cylinder)",
    lambda s: only(
        r
        for r in ("left", "right")
        if any(is_side(s, c, r, s.the(shape="sphere", color="red")) for c in s.f(shape="cylinder"))
    ),
)
C(
    "spatial",
    27,
    "What is the color of the large cube that is in front of the small cylinder?",
    "q(u(f(rel(u(f(sel(cylinder), size=small)), front), shape=cube, size=large)), color)",
    lambda s: s.a(
        only(side(s, "front", s.the(shape="cylinder", size="small"), s.f(shape="cube", size="large"))), "color"
    ),
)
C(
    "compare_attr",
    5,
    "Does the object behind the big brown cube have the same size as the green cylinder?",
    "same(u(rel(u(f(sel(cube), size=large, color=brown)), behind)), u(f(sel(cylinder), color=green)), size)",
    lambda s: yes(
        s.a(only(side(s, "behind", s.the(shape="cube", size="large", color="brown"))), "size")
        == s.a(s.the(shape="cylinder", color="green"), "size")
    ),
)
C(
    "spatial",
    20,
    "What material is the thing to the right of the purple cylinder?",
    "q(u(rel(u(f(sel(cylinder), color=purple)), right)), material)",
    lambda s: s.a(only(side(s, "right", s.the(shape="cylinder", color="purple"))), "material"),
)
C(
    "spatial",
    30,
    "Is the blue cylinder behind the green sphere?",
    "exist(f(rel(u(f(sel(sphere), color=green)), behind), color=blue, shape=cylinder))",
    lambda s: yes(is_side(s, s.the(shape="cylinder", color="blue"), "behind", s.the(shape="sphere", color="green"))),
)
C(
    "spatial",
    1,
    "Which material is the sphere that is to the left of the purple cube?",
    "q(u(f(rel(u(f(sel(cube), color=purple)), left), shape=sphere)), material)",
    lambda s: s.a(only(side(s, "left", s.the(shape="cube", color="purple"), s.f(shape="sphere"))), "material"),
)
C(
    "exist",
    53,
    "Are there any cubes to the left of the green sphere?",
    "vrel(u(f(sel(sphere), color=green)), left, name=cube)",
    lambda s: yes(bool(side(s, "left", s.the(shape="sphere", color="green"), s.f(shape="cube")))),
)
C(
    "choice",
    39,
    "Is the brown cylinder behind or in front of the big cylinder?",
    "choose_rel(u(f(sel(cylinder), size=large)), [behind, front], name=cylinder)",
    lambda s: (
        "behind"
        if is_side(s, s.the(shape="cylinder", color="brown"), "behind", s.the(shape="cylinder", size="large"))
        else "front"
    ),
)
C(
    "spatial",
    57,
    "What is the color of the object behind the small yellow sphere?",
    "q(u(rel(u(f(sel(sphere), size=small, color=yellow)), behind)), color)",
    lambda s: s.a(only(side(s, "behind", s.the(shape="sphere", size="small", color="yellow"))), "color"),
)
C(
    "spatial",
    0,
    "What is the object to the left of the small ball made of?",
    "q(u(rel(u(f(sel(sphere), size=small)), left)), material)",
    lambda s: s.a(only(side(s, "left", s.the(shape="sphere", size="small"))), "material"),
)
C(
    "nearest",
    25,
    "What is the size of the object closest to the blue cylinder?",
    "q(closest(scene(), u(f(sel(cylinder), color=blue))), size)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", color="blue")), "size"),
)
C(
    "chain",
    27,
    "What color is the object behind the thing left of the cube in front of the small cylinder?",
    "q(u(rel(u(rel(u(f(rel(u(f(sel(cylinder), size=small)), front), shape=cube)), left)), behind)), color)",
    lambda s: s.a(
        only(
            side(
                s,
                "behind",
                only(side(s, "left", only(side(s, "front", s.the(shape="cylinder", size="small"), s.f(shape="cube"))))),
            )
        ),
        "color",
    ),
)
C(
    "chain",
    58,
    "What material is the thing behind the object left of the cyan cube?",
    "q(u(rel(u(rel(u(f(sel(cube), color=cyan)), left)), behind)), material)",
    lambda s: s.a(only(side(s, "behind", only(side(s, "left", s.the(shape="cube", color="cyan"))))), "material"),
)
C(
    "chain",
    21,
    "What is the material of the object behind the thing left of the sphere in front of the big red ball?",
    "q(u(rel(u(rel(u(f(rel(u(f(sel(sphere), size=large, color=red)), front), shape=sphere)), left)), behind)), material)",
    lambda s: s.a(
        only(
            side(
                s,
                "behind",
                only(
                    side(
                        s,
                        "left",
                        only(side(s, "front", s.the(shape="sphere", size="large", color="red"), s.f(shape="sphere"))),
                    )
                ),
            )
        ),
        "material",
    ),
)

# =================================================================================================================
# CLEVR scenes, Super-CLEVR / CLEVR-CoGenT template annotator
# =================================================================================================================
C(
    "same_attr",
    53,
    "What is the color of the big metal thing that is the same shape as the small block?",
    "q(u(f(same_attr(u(f(sel(cube), size=small)), shape), size=large, material=metal)), color)",
    lambda s: s.a(
        only(
            i
            for i in same_as(s, s.the(shape="cube", size="small"), "shape")
            if s.a(i, "size") == "large" and s.a(i, "material") == "metal"
        ),
        "color",
    ),
)
C(
    "count",
    25,
    "There is a big rubber object; what number of cylinders are on the left side of it?",
    "count(f(rel(u(f(scene(), size=large, material=rubber)), left), shape=cylinder))",
    lambda s: n(side(s, "left", s.the(size="large", material="rubber"), s.f(shape="cylinder"))),
)
C(
    "compare_count",
    25,
    "Is the number of big metal objects greater than the number of small cylinders?",
    "gt(count(f(scene(), size=large, material=metal)), count(f(sel(cylinder), size=small)))",
    lambda s: yes(len(s.f(size="large", material="metal")) > len(s.f(shape="cylinder", size="small"))),
)
C(
    "same_attr",
    32,
    "Is there any other thing that has the same color as the tiny sphere?",
    "exist(same_attr(u(f(sel(sphere), size=small)), color))",
    lambda s: yes(bool(same_as(s, s.the(shape="sphere", size="small"), "color"))),
)
C(
    "same_attr",
    32,
    "What number of other things are the same material as the large ball?",
    "count(same_attr(u(f(sel(sphere), size=large)), material))",
    lambda s: n(same_as(s, s.the(shape="sphere", size="large"), "material")),
)
C(
    "spatial",
    36,
    "There is a tiny thing that is left of the big cyan ball; what is its shape?",
    "q(u(f(rel(u(f(sel(sphere), size=large, color=cyan)), left), size=small)), shape)",
    lambda s: s.a(only(side(s, "left", s.the(shape="sphere", size="large", color="cyan"), s.f(size="small"))), "shape"),
)
C(
    "spatial",
    13,
    "What size is the cylinder that is to the left of the small red cube?",
    "q(u(f(rel(u(f(sel(cube), size=small, color=red)), left), shape=cylinder)), size)",
    lambda s: s.a(only(side(s, "left", s.the(shape="cube", size="small", color="red"), s.f(shape="cylinder"))), "size"),
)
C(
    "count",
    16,
    "What number of tiny metal things are on the right side of the large matte cylinder?",
    "count(f(rel(u(f(sel(cylinder), size=large, material=rubber)), right), size=small, material=metal))",
    lambda s: n(
        side(s, "right", s.the(shape="cylinder", size="large", material="rubber"), s.f(size="small", material="metal"))
    ),
)
C(
    "same_attr",
    16,
    "Is there a big thing that has the same color as the shiny cylinder?",
    "exist(f(same_attr(u(f(sel(cylinder), material=metal)), color), size=large))",
    lambda s: yes(
        any(s.a(i, "size") == "large" for i in same_as(s, s.the(shape="cylinder", material="metal"), "color"))
    ),
)
C(
    "compare_count",
    19,
    "Are there fewer large objects than cyan cylinders?",
    "lt(count(f(scene(), size=large)), count(f(sel(cylinder), color=cyan)))",
    lambda s: yes(len(s.f(size="large")) < len(s.f(shape="cylinder", color="cyan"))),
)
C(
    "attribute",
    19,
    "The small yellow thing is made of what material?",
    "q(u(f(scene(), size=small, color=yellow)), material)",
    lambda s: s.a(s.the(size="small", color="yellow"), "material"),
)
C(
    "compare_attr",
    44,
    "Is the size of the purple cube the same as the blue cube?",
    "same(u(f(sel(cube), color=purple)), u(f(sel(cube), color=blue)), size)",
    lambda s: yes(s.a(s.the(shape="cube", color="purple"), "size") == s.a(s.the(shape="cube", color="blue"), "size")),
)
C(
    "same_attr",
    44,
    "There is another object that is the same color as the big ball; what is its material?",
    "q(u(same_attr(u(f(sel(sphere), size=large)), color)), material)",
    lambda s: s.a(only(same_as(s, s.the(shape="sphere", size="large"), "color")), "material"),
)
C(
    "two_clause",
    46,
    "What number of cylinders are cyan things or large rubber things?",
    "count(f(union(f(scene(), color=cyan), f(scene(), size=large, material=rubber)), shape=cylinder))",
    lambda s: n(
        [
            i
            for i in s.f(shape="cylinder")
            if s.a(i, "color") == "cyan" or (s.a(i, "size") == "large" and s.a(i, "material") == "rubber")
        ]
    ),
)
C(
    "compare_attr",
    46,
    "Do the small purple metal object and the large red object have the same shape?",
    "same(u(f(scene(), size=small, color=purple, material=metal)), u(f(scene(), size=large, color=red)), shape)",
    lambda s: yes(
        s.a(s.the(size="small", color="purple", material="metal"), "shape")
        == s.a(s.the(size="large", color="red"), "shape")
    ),
)
C(
    "same_attr",
    48,
    "What number of large things are the same color as the small cube?",
    "count(f(same_attr(u(f(sel(cube), size=small)), color), size=large))",
    lambda s: n([i for i in same_as(s, s.the(shape="cube", size="small"), "color") if s.a(i, "size") == "large"]),
)
C(
    "compare_count",
    48,
    "Is the number of metal balls less than the number of big things?",
    "lt(count(f(sel(sphere), material=metal)), count(f(scene(), size=large)))",
    lambda s: yes(len(s.f(shape="sphere", material="metal")) < len(s.f(size="large"))),
)
C(
    "same_attr",
    54,
    "How many gray things are the same shape as the green thing?",
    "count(f(same_attr(u(f(scene(), color=green)), shape), color=gray))",
    lambda s: n([i for i in same_as(s, s.the(color="green"), "shape") if s.a(i, "color") == "gray"]),
)
C(
    "compare_attr",
    56,
    "Is the material of the big cylinder the same as the small blue cube?",
    "same(u(f(sel(cylinder), size=large)), u(f(sel(cube), size=small, color=blue)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large"), "material")
        == s.a(s.the(shape="cube", size="small", color="blue"), "material")
    ),
)
C(
    "count",
    56,
    "What number of spheres are right of the large brown block?",
    "count(f(rel(u(f(sel(cube), size=large, color=brown)), right), shape=sphere))",
    lambda s: n(side(s, "right", s.the(shape="cube", size="large", color="brown"), s.f(shape="sphere"))),
)
C(
    "same_attr",
    1,
    "What is the color of the large rubber thing that is the same shape as the big gray object?",
    "q(u(f(same_attr(u(f(scene(), size=large, color=gray)), shape), size=large, material=rubber)), color)",
    lambda s: s.a(
        only(
            i
            for i in same_as(s, s.the(size="large", color="gray"), "shape")
            if s.a(i, "size") == "large" and s.a(i, "material") == "rubber"
        ),
        "color",
    ),
)
C(
    "two_clause",
    3,
    "What number of objects are either small red metal balls or large purple things?",
    "count(union(f(sel(sphere), size=small, color=red, material=metal), f(scene(), size=large, color=purple)))",
    lambda s: n(
        set(s.f(shape="sphere", size="small", color="red", material="metal")) | set(s.f(size="large", color="purple"))
    ),
)
C(
    "same_attr",
    8,
    "Is there a tiny yellow object of the same shape as the big gray object?",
    "exist(f(same_attr(u(f(scene(), size=large, color=gray)), shape), size=small, color=yellow))",
    lambda s: yes(
        any(
            s.a(i, "size") == "small" and s.a(i, "color") == "yellow"
            for i in same_as(s, s.the(size="large", color="gray"), "shape")
        )
    ),
)
C(
    "compare_count",
    8,
    "Are there fewer yellow things than gray things?",
    "lt(count(f(scene(), color=yellow)), count(f(scene(), color=gray)))",
    lambda s: yes(len(s.f(color="yellow")) < len(s.f(color="gray"))),
)
C(
    "same_attr",
    10,
    "The small thing that is the same color as the big rubber ball is what shape?",
    "q(u(f(same_attr(u(f(sel(sphere), size=large, material=rubber)), color), size=small)), shape)",
    lambda s: s.a(
        only(
            i
            for i in same_as(s, s.the(shape="sphere", size="large", material="rubber"), "color")
            if s.a(i, "size") == "small"
        ),
        "shape",
    ),
)
C(
    "same_attr",
    20,
    "What number of other objects are the same size as the cyan ball?",
    "count(same_attr(u(f(sel(sphere), color=cyan)), size))",
    lambda s: n(same_as(s, s.the(shape="sphere", color="cyan"), "size")),
)
C(
    "compare_attr",
    42,
    "Do the large yellow ball and the small blue cube have the same material?",
    "same(u(f(sel(sphere), size=large, color=yellow)), u(f(sel(cube), size=small, color=blue)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", size="large", color="yellow"), "material")
        == s.a(s.the(shape="cube", size="small", color="blue"), "material")
    ),
)
C(
    "spatial",
    38,
    "What is the material of the large cylinder that is behind the large metal cylinder?",
    "q(u(f(rel(u(f(sel(cylinder), size=large, material=metal)), behind), size=large, shape=cylinder)), material)",
    lambda s: s.a(
        only(
            side(
                s,
                "behind",
                s.the(shape="cylinder", size="large", material="metal"),
                s.f(shape="cylinder", size="large"),
            )
        ),
        "material",
    ),
)
C(
    "compare_attr",
    22,
    "Do the yellow cube and the big cylinder have different materials?",
    "different(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), size=large)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "material") != s.a(s.the(shape="cylinder", size="large"), "material")
    ),
)
C(
    "ordinal",
    59,
    "What is the color of the second cylinder from the right?",
    "q(ord(sel(cylinder), right, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "right", 2), "color"),
)
C(
    "chain",
    53,
    "What is the size of the thing in front of the object right of the blue rubber cube?",
    "q(u(rel(u(rel(u(f(sel(cube), color=blue, material=rubber)), right)), front)), size)",
    lambda s: s.a(
        only(side(s, "front", only(side(s, "right", s.the(shape="cube", color="blue", material="rubber"))))), "size"
    ),
)

# =================================================================================================================
# CLEVR scenes, CLEVR-Humans annotator: free crowd questions
# =================================================================================================================
C(
    "negation",
    7,
    "If you took away all the cylinders, how many objects would be left?",
    "count(fn(scene(), shape=cylinder))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cylinder"]),
)
C(
    "compare_count",
    24,
    "Are there more matte things than shiny things?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "superlative",
    11,
    "What is the most common color of the objects in the scene?",
    "common_value(scene(), color)",
    lambda s: top(s.a(i, "color") for i in s.all()),
)
C(
    "compare_attr",
    9,
    "Are the two green objects made of the same stuff?",
    "same(f(scene(), color=green), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(color="green")}) == 1),
)
C(
    "number",
    49,
    "How many different colors are the balls?",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)
C(
    "quantifier",
    59,
    "Are all of the big objects made of rubber?",
    "not_(exist(fn(f(scene(), size=large), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.f(size="large"))),
)
C(
    "exist",
    26,
    "Is there anything here that isn't metal?",
    "exist(fn(scene(), material=metal))",
    lambda s: yes(any(s.a(i, "material") != "metal" for i in s.all())),
)
C(
    "nearest",
    41,
    "What color is the cylinder closest to the blue cube?",
    "q(closest(sel(cylinder), u(f(sel(cube), color=blue))), color)",
    lambda s: s.a(nearest(s, s.f(shape="cylinder"), s.the(shape="cube", color="blue")), "color"),
)
C(
    "superlative",
    47,
    "What shape is the object furthest to the left?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "two_clause",
    12,
    "How many of the objects are spheres or cylinders?",
    "count(union(sel(sphere), sel(cylinder)))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") in ("sphere", "cylinder")]),
)
C(
    "negation",
    55,
    "If the yellow things were removed, how many cubes would remain?",
    "count(fn(sel(cube), color=yellow))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "color") != "yellow"]),
)
C(
    "nearest",
    37,
    "Which object is the farthest from the blue cylinder? Say its colour.",
    "q(farthest(scene(), u(f(sel(cylinder), color=blue))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", color="blue"), far=True), "color"),
)
C(
    "superlative",
    50,
    "What shape is the object that's furthest back?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "negation",
    6,
    "How many balls are there that are not red",
    "count(fn(sel(sphere), color=red))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "red"]),
)
C(
    "compare_count",
    43,
    "Is there the same number of cubes and spheres?",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)
C(
    "compare_attr",
    15,
    "Which is bigger, the purple cylinder or the green ball?",
    "compare(u(f(sel(cylinder), color=purple)), u(f(sel(sphere), color=green)), bigger)",
    lambda s: larger_shape(s, s.the(shape="cylinder", color="purple"), s.the(shape="sphere", color="green")),
)
C(
    "compare_attr",
    34,
    "Is the red cylinder smaller than the gray one?",
    "smaller(u(f(sel(cylinder), color=red)), u(f(sel(cylinder), color=gray)))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="red"), "size") == "small"
        and s.a(s.the(shape="cylinder", color="gray"), "size") == "large"
    ),
)
C(
    "number",
    2,
    "What is the total number of cylinders and cubes?",
    "add(count(sel(cylinder)), count(sel(cube)))",
    lambda s: str(len(s.f(shape="cylinder")) + len(s.f(shape="cube"))),
)
C(
    "superlative",
    18,
    "What shape are most of the purple objects?",
    "common_value(f(scene(), color=purple), shape)",
    lambda s: top(s.a(i, "shape") for i in s.f(color="purple")),
)
C(
    "count",
    29,
    "How many things are big and shiny?",
    "count(f(scene(), size=large, material=metal))",
    lambda s: n(s.f(size="large", material="metal")),
)
C(
    "compare_attr",
    57,
    "Are the two gray blocks the same size?",
    "same(f(sel(cube), color=gray), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cube", color="gray")}) == 1),
)
C(
    "ordinal",
    49,
    "What colour is the second ball form the left?",
    "q(ord(sel(sphere), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left", 2), "color"),
)
C(
    "ordinal",
    41,
    "What is the third object from the front?",
    "q(ord(scene(), front, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 3), "shape"),
)
C(
    "chain",
    57,
    "What colour is the ball behind the thing that is left of the frontmost cube?",
    "q(u(f(rel(u(rel(ord(sel(cube), front, 1), left)), behind), shape=sphere)), color)",
    lambda s: s.a(
        only(side(s, "behind", only(side(s, "left", nth(s, s.f(shape="cube"), "front"))), s.f(shape="sphere"))),
        "color",
    ),
)

# =================================================================================================================
# CLEVR scenes, VizWiz annotator: conversational requests from someone who cannot see the picture
# =================================================================================================================
C(
    "attribute",
    0,
    "Can you tell me what colour the big ball is?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "exist",
    2,
    "Please tell me if there is a sphere here",
    "exist(sel(sphere))",
    lambda s: yes(bool(s.f(shape="sphere"))),
)
C(
    "attribute",
    14,
    "hi, could you tell me what the big ball is made of please",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C("count", 17, "Can you tell me how many cubes their are?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "attribute",
    27,
    "Please describe what colour the little ball is.",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "verify",
    30,
    "Could you tell me if the cylinder is shiny or not?",
    "verify(u(sel(cylinder)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == "metal"),
)
C(
    "superlative",
    39,
    "What is the object closest to me?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "attribute",
    40,
    "Can you tell me which color the small cube is? thanks",
    "q(u(f(sel(cube), size=small)), color)",
    lambda s: s.a(s.the(shape="cube", size="small"), "color"),
)
C(
    "exist",
    51,
    "Is there a green object in this photo? Please let me know.",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "superlative",
    58,
    "What shape is the thing at the very back? I can't see it.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "compare_attr",
    23,
    "Can you tell me whether the two brown things are made of the same material?",
    "same(f(scene(), color=brown), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(color="brown")}) == 1),
)
C(
    "superlative",
    34,
    "hello, which color is the largest object",
    "q(ord(scene(), largest, 1), color)",
    lambda s: s.a(biggest(s, s.all()), "color"),
)
C(
    "exist",
    21,
    "Is there a red cylinder somewhere? Tell me please",
    "exist(f(sel(cylinder), color=red))",
    lambda s: yes(bool(s.f(shape="cylinder", color="red"))),
)
C(
    "chain",
    34,
    "Can you say what shape the thing in front of the object to the right of the yellow cube is?",
    "q(u(rel(u(rel(u(f(sel(cube), color=yellow)), right)), front)), shape)",
    lambda s: s.a(only(side(s, "front", only(side(s, "right", s.the(shape="cube", color="yellow"))))), "shape"),
)
C(
    "chain",
    40,
    "I need to know the colour of the object right of the thing behind the brown cylinder.",
    "q(u(rel(u(rel(u(f(sel(cylinder), color=brown)), behind)), right)), color)",
    lambda s: s.a(only(side(s, "right", only(side(s, "behind", s.the(shape="cylinder", color="brown"))))), "color"),
)
C(
    "chain",
    44,
    "Would you tell me the material of the thing in front of the object that is right of the big brown ball?",
    "q(u(rel(u(rel(u(f(sel(sphere), size=large, color=brown)), right)), front)), material)",
    lambda s: s.a(
        only(side(s, "front", only(side(s, "right", s.the(shape="sphere", size="large", color="brown"))))), "material"
    ),
)
C(
    "two_clause",
    36,
    "Please tell me if there is a gray ball or a red cube here",
    "or_(exist(f(sel(sphere), color=gray)), exist(f(sel(cube), color=red)))",
    lambda s: yes(bool(s.f(shape="sphere", color="gray")) or bool(s.f(shape="cube", color="red"))),
)
C(
    "two_clause",
    52,
    "Is there a purple cube and also a green one?",
    "and_(exist(f(sel(cube), color=purple)), exist(f(sel(cube), color=green)))",
    lambda s: yes(bool(s.f(shape="cube", color="purple")) and bool(s.f(shape="cube", color="green"))),
)

# --- CLEVR questions the scene data cannot answer ----------------------------------------------------------------
X(0, "How much does the big blue ball weigh?")
X(3, "What brand made the purple cube?")
X(7, "What would happen if the big brown cube was pushed into the blue cylinder?")
X(12, "What is written on the red cube?")
X(16, "Is the green ball happy to be next to the cylinder?")
X(19, "Why did the designer put the silver ball on the right?")
X(25, "At what time of day was this scene rendered?")
X(33, "If the red sphere rolled towards the camera, which object would it hit first")
X(41, "How old is the cyan cylinder?")
X(45, "Which object is the most expensive?")
X(50, "What is the big purple ball thinking about?")
X(53, "Would the yellow cube float in water?")
X(59, "What number is printed on the blue cylinder?")

# =================================================================================================================
# photo-like graphs, all annotators
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP', white car (left of the bus), tree behind the bus, small brown dog, road text 'NO PARKING'
P(
    "chain",
    "street",
    "Who is wearing the blue tie?",
    "q(u(rel(u(f(sel(tie), color=blue)), wearing)), name)",
    lambda p: p.name(only(p.subjects("wearing", p.the("tie", color="blue")))),
)
P(
    "choice",
    "street",
    "Is the car to the left or to the right of the bus?",
    "choose_rel(u(sel(bus)), [left, right], name=car)",
    lambda p: only(r for r in ("left", "right") if subj(p, r, p.the("bus"), "car")),
)
P("attribute", "street", "What color is the bus?", "q(u(sel(bus)), color)", lambda p: p.value(p.the("bus"), "color"))
P(
    "count",
    "street",
    "How many people are to the left of the man in white?",
    "count(rel(u(f(sel(man), color=white)), left, name=person))",
    lambda p: n(subj(p, "left", p.the("man", color="white"), PEOPLE)),
)
P(
    "text",
    "street",
    "Can you tell me what is written on the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "chain",
    "street",
    "What animal is the woman holding?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "count",
    "street",
    "How many men are wearing ties?",
    "count(rel(sel(tie), wearing, name=man))",
    lambda p: n([m for m in p.f("man") if any(p.name(t) == "tie" for t in p.objects_of(m, "wearing"))]),
)
P(
    "compare_attr",
    "street",
    "Is the tie of the man on the left the same color as the bus?",
    "same(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), u(sel(bus)), color)",
    lambda p: yes(
        p.value(only(p.objects_of(p.the("man", hposition="left"), "wearing")), "color")
        == p.value(p.the("bus"), "color")
    ),
)
P(
    "spatial",
    "street",
    "What is behind the bus?",
    "q(u(rel(u(sel(bus)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("bus")))),
)
P(
    "exist",
    "street",
    "Is there a bicycle in this street? please tell me",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "compare_attr",
    "street",
    "Is the dog bigger than the bus?",
    "larger(u(sel(dog)), u(sel(bus)))",
    lambda p: yes(box_area(p, p.the("dog")) > 1.25 * box_area(p, p.the("bus"))),
)
P(
    "choice",
    "street",
    "is the woman standing in front of the bus or behind it",
    "choose_rel(u(sel(bus)), [front, behind], name=woman)",
    lambda p: only(r for r in ("front", "behind") if subj(p, r, p.the("bus"), "woman")),
)

# kitchen: red cup (left), plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow right of the table
P(
    "choice",
    "kitchen",
    "Is the bottle to the left or to the right of the blue cup?",
    "choose_rel(u(f(sel(cup), color=blue)), [left, right], name=bottle)",
    lambda p: only(r for r in ("left", "right") if subj(p, r, p.the("cup", color="blue"), "bottle")),
)
P(
    "chain",
    "kitchen",
    "What is the color of the cup to the right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(subj(p, "right", p.the("bottle"), "cup")), "color"),
)
P(
    "negation",
    "kitchen",
    "How many cups on the table are not white?",
    "count(fn(rel(u(sel(table)), on, name=cup), color=white))",
    lambda p: n([c for c in subj(p, "on", p.the("table"), "cup") if p.value(c, "color") != "white"]),
)
P(
    "text",
    "kitchen",
    "Can you read me the time on the clock?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "What is the table made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "spatial",
    "kitchen",
    "Which object is above the table?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "same_attr",
    "kitchen",
    "How many other things are the same color as the plate?",
    "count(same_attr(u(sel(plate)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("plate") and p.value(o, "color") == p.value(p.the("plate"), "color")]
    ),
)
P(
    "choice",
    "kitchen",
    "Is the woman to the right or to the left of the table?",
    "choose_rel(u(sel(table)), [right, left], name=woman)",
    lambda p: only(r for r in ("right", "left") if subj(p, r, p.the("table"), "woman")),
)
P(
    "text",
    "kitchen",
    "What does the label on the bottle say",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "count",
    "kitchen",
    "How many items are sitting on top of the table?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "spatial",
    "kitchen",
    "Is the fork near the plate?",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(bool(subj(p, "near", p.the("plate"), "fork"))),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench left of the bike, two trees
P(
    "chain",
    "park",
    "Who is throwing the frisbee?",
    "q(u(rel(u(sel(frisbee)), throwing)), name)",
    lambda p: p.name(only(p.subjects("throwing", p.the("frisbee")))),
)
P(
    "chain",
    "park",
    "What color is the dog that the woman in red is holding?",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "count",
    "park",
    "How many people are to the right of the boy?",
    "count(rel(u(sel(boy)), right, name=person))",
    lambda p: n(subj(p, "right", p.the("boy"), PEOPLE)),
)
P(
    "attribute",
    "park",
    "What color is the bike?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "choice",
    "park",
    "Is the bench to the left or right of the bike?",
    "choose_rel(u(sel(bicycle)), [left, right], name=bench)",
    lambda p: only(r for r in ("left", "right") if subj(p, r, p.the("bicycle"), "bench")),
)
P(
    "spatial",
    "park",
    "Can you tell me if there is a dog near the girl?",
    "vrel(u(sel(girl)), near, name=dog)",
    lambda p: yes(bool(subj(p, "near", p.the("girl"), "dog"))),
)
P(
    "negation",
    "park",
    "How many women are not holding anything?",
    "count(diff(sel(woman), rel(scene(), holding)))",
    lambda p: n([w for w in p.f("woman") if not p.objects_of(w, "holding")]),
)
P(
    "compare_count",
    "park",
    "Are there more dogs than bikes?",
    "gt(count(sel(dog)), count(sel(bicycle)))",
    lambda p: yes(len(p.f("dog")) > len(p.f("bicycle"))),
)
P(
    "compare_attr",
    "park",
    "Is the frisbee the same colour as the bench?",
    "same(u(sel(frisbee)), u(sel(bench)), color)",
    lambda p: yes(p.value(p.the("frisbee"), "color") == p.value(p.the("bench"), "color")),
)
P(
    "spatial",
    "park",
    "What is behind the woman in red?",
    "q(u(rel(u(f(sel(woman), color=red)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("woman", color="red")))),
)
P(
    "attribute",
    "park",
    "Which material is the bench?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "chain",
    "park",
    "Who is standing near the bicycle?",
    "q(u(rel(u(sel(bicycle)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle")))),
)

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P("attribute", "shapes", "What color is the star?", "q(u(sel(star)), color)", lambda p: p.value(p.the("star"), "color"))
P(
    "count",
    "shapes",
    "How many of the small shapes are blue?",
    "count(f(scene(), size=small, color=blue))",
    lambda p: n(p.f(size="small", color="blue")),
)
P(
    "position",
    "shapes",
    "Which shape is in the very middle of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "same_attr",
    "shapes",
    "Is there another shape with the same color as the hexagon?",
    "exist(same_attr(u(sel(hexagon)), color))",
    lambda p: yes(
        any(o != p.the("hexagon") and p.value(o, "color") == p.value(p.the("hexagon"), "color") for o in p.objects)
    ),
)
P(
    "attribute",
    "shapes",
    "What color is the big shape in the bottom row?",
    "q(u(f(scene(), size=large, vposition=bottom)), color)",
    lambda p: p.value(p.the(size="large", vposition="bottom"), "color"),
)
P(
    "compare_count",
    "shapes",
    "Are there more blue shapes than red ones?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "attribute",
    "shapes",
    "Can you tell me what shape the yellow thing is?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Is the small circle the same color as the square?",
    "same(u(f(sel(circle), size=small)), u(sel(square)), color)",
    lambda p: yes(p.value(p.the("circle", size="small"), "color") == p.value(p.the("square"), "color")),
)
P(
    "choice",
    "shapes",
    "Is the triangle big or small?",
    "choose(u(sel(triangle)), size, [large, small])",
    lambda p: p.value(p.the("triangle"), "size"),
)
P(
    "ordinal",
    "shapes",
    "What is the second shape from the left in the top row?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(nth_from_left(p, p.f(vposition="top"), 2), "shape"),
)
P(
    "number",
    "shapes",
    "how many diffrent colours are there",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)

# --- photo questions the scene data cannot answer ----------------------------------------------------------------
X("street", "What is the man in white thinking about?")
X("street", "Where is the bus going?")
X("street", "What brand is the white car?")
X("kitchen", "At what time does the woman plan to have lunch?")
X("kitchen", "How heavy is the green bottle?")
X("kitchen", "What is written on the blue cup?")
X("kitchen", "Is the woman hungry")
X("park", "What is the name of the girl's dog?")
X("park", "Is the boy having fun?")
X("park", "What would happen if the frisbee landed in the tree?")
X("park", "What day of the week is it?")
X("shapes", "What is written inside the red circle?")
X("shapes", "Which of the shapes would roll fastest down a slope?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
