# ruff: noqa: E501
"""Blind paraphrase set 35: the machine-paraphrased voice. Questions as automatic paraphrasing and data-augmentation
tools put them out when robustness benchmarks perturb VQA questions, each simulated by hand: back-translation
through German, Chinese, Russian, Japanese or Spanish ("How many balls exist that are of red colour?", "Is it that
the cylinder stands at the left side from the sphere?", articles dropped or doubled, word order shifted, literal
prepositions and idioms); neural paraphrasers asked to "rephrase this question" (verbose and formal, "Could you
determine the quantity of ...", "What would be the hue of ...", "Are the number of X and Y equivalent?", passive
voice, nominalisations, synonyms such as hue, tint, item, entity, article, orb, globe, block, box, can, tube,
miniature, sizeable, reflective, non-reflective); EDA-style augmentation (a synonym swapped in, a word inserted,
two words swapped or one deleted, kept only where the question still means one thing); rule-based template
rewriters; and an LLM asked to make a question "harder" with a distractor clause that leaves the answer as it was
("Ignoring the lighting, ...", "Regardless of size, ..."). Counting, attribute queries, existence, comparisons of
counts and attributes, spatial relations, same-attribute questions and superlatives over CLEVR scenes 0-59 and the
four photo-like graphs, and about one question in ten that the scene data cannot answer (feelings, intentions,
time, weight, brand, hidden sides, text nobody carries, physics counterfactuals), which must be refused.

Written without reading the parser, the planners or any other set but the twenty-third (read for the file format
and the helper conventions only); held back to be run once, at the end.

Run ``python build_blind35.py`` to write ``../blind35.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind35.jsonl"
Q, C, P, X = question_recorder()

# how close (scene units) two objects may lie along a direction before a careful person could not say which one is
# further that way, and how much farther the runner-up must be before "the nearest" names one object
LEVEL = 0.3
FARTHER = 1.25
# how close (pixels) two box centres of a photo graph may be before "the k-th from the left" cannot be called
PIXELS = 40


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def listed(values) -> str:
    """The distinct values, most frequent first and ties alphabetical, joined by commas."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])))


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def common(values: list[str]) -> str:
    """The value most of ``values`` share (NotUnique on a tie)."""
    ranked = Counter(values).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        raise NotUnique(f"tie {ranked[:2]}")
    return ranked[0][0]


def along(s: Clevr, i: int, side: str) -> float:
    """How far object i lies towards ``side`` (the scene's own direction vectors)."""
    return sum(c * d for c, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


PIXEL_AXIS = {"left": (0, -1), "right": (0, 1), "front": (1, 1), "behind": (1, -1)}


def pixel(s: Clevr, i: int, side: str) -> float:
    axis, sign = PIXEL_AXIS[side]
    return sign * s.objects[i]["pixel_coords"][axis]


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th of ids counted from ``side``; NotUnique when a neighbour in that order lies nearly level with it or
    the picture orders them the other way."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)}")
    chosen = order[k - 1]
    for j in (k - 2, k):
        if 0 <= j < len(order):
            other = order[j]
            if abs(along(s, other, side) - along(s, chosen, side)) < LEVEL:
                raise NotUnique("level")
            if (pixel(s, other, side) > pixel(s, chosen, side)) != (j < k - 1):
                raise NotUnique("the picture orders them otherwise")
    return chosen


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects ``relation`` of the anchor (left: those left of it); NotUnique when any object lies nearly level
    with the anchor in that direction."""
    for j in s.all():
        if j != anchor and abs(along(s, j, relation) - along(s, anchor, relation)) < LEVEL:
            raise NotUnique(f"{j} level with {anchor} ({relation})")
    return s.rel(relation, anchor)


def is_rel(s: Clevr, target: dict, relation: str, anchor: dict) -> str:
    """yes/no: the one object ``target`` describes lies ``relation`` of the one ``anchor`` describes."""
    t, a = s.the(**target), s.the(**anchor)
    if abs(along(s, t, relation) - along(s, a, relation)) < LEVEL:
        raise NotUnique("level")
    return yes(t in s.rel(relation, a))


def nearest(s: Clevr, ids: list[int], anchor: int) -> int:
    """The object of ids (not the anchor) nearest the anchor; NotUnique when the runner-up is nearly as near, or when
    the picture puts another one nearest."""
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=dist.__getitem__)
    if not order:
        raise NotUnique("nothing else")
    if len(order) > 1 and dist[order[1]] < FARTHER * dist[order[0]]:
        raise NotUnique("about as near")
    at = s.objects[anchor]["pixel_coords"][:2]
    if min(dist, key=lambda i: math.dist(s.objects[i]["pixel_coords"][:2], at)) != order[0]:
        raise NotUnique("the picture puts another nearest")
    return order[0]


def others(s: Clevr, anchor: int, attribute: str) -> list[int]:
    """The other objects sharing the anchor's ``attribute``."""
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def values(s: Clevr, ids: list[int], attribute: str) -> set[str]:
    return {s.a(i, attribute) for i in ids}


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def centre_x(p: Photo, oid: str) -> float:
    return (p.objects[oid]["box"][0] + p.objects[oid]["box"][2]) / 2


def from_side(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th of ids from the left or the right by box centre; NotUnique when a neighbour is too close to call."""
    order = p.by_x(ids)
    if side == "right":
        order = order[::-1]
    chosen = centre_x(p, order[k - 1])
    if any(abs(centre_x(p, order[j]) - chosen) < PIXELS for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def area(p: Photo, oid: str) -> float:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x2 - x1) * (y2 - y1)


def largest(p: Photo, ids: list[str]) -> str:
    """The object of ids with clearly the largest box."""
    order = sorted(ids, key=lambda i: area(p, i), reverse=True)
    if len(order) > 1 and area(p, order[0]) < 1.25 * area(p, order[1]):
        raise NotUnique("about one size")
    return order[0]


def named(p: Photo, ids: list[str], name: str) -> list[str]:
    return [o for o in ids if p.name(o) == name]


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sphere, large blue metal sphere, large green rubber cylinder
C(
    "attribute",
    0,
    "The ball of yellow colour, out of which material is it produced?",
    "q(u(f(sel(sphere), color=yellow)), material)",
    lambda s: s.a(s.the(shape="sphere", color="yellow"), "material"),
)
C(
    "count",
    0,
    "What is the number of the entities which possess a large size?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
X(0, "How heavy would the blue sphere be if one would weigh it on a scale?")

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cylinder, small blue rubber cylinder, small brown metal sphere
C(
    "count",
    1,
    "How many blocks big are present?",
    "count(f(sel(cube), size=large))",
    lambda s: n(s.f(shape="cube", size="large")),
)
C(
    "compare_attr",
    1,
    "Do the two cubes possess an equal material?",
    "same(sel(cube), material)",
    lambda s: yes(len(values(s, s.f(shape="cube"), "material")) == 1),
)
C(
    "spatial",
    1,
    "What number of items stand at the right side from the purple cube?",
    "count(rel(u(f(sel(cube), color=purple)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="purple"))),
)

# scene 2: large green metal cube, small gray metal cylinder, large cyan rubber cylinder
C(
    "attribute",
    2,
    "What would be the hue of the miniature cylinder?",
    "q(u(f(sel(cylinder), size=small)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "color"),
)
C(
    "verify",
    2,
    "Is the cube of the green colour made from metal?",
    "verify(u(f(sel(cube), color=green)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="green"), "material") == "metal"),
)
C(
    "superlative",
    2,
    "Which shape has the object that stands most far in the back?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)

# scene 3: small red metal sphere, small purple metal cube, large red rubber cylinder, large purple rubber cylinder, small red metal cylinder
C(
    "count",
    3,
    "Could you determine the quantity of the red-coloured entities in this scene?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "negation",
    3,
    "How many of the cylinders are not made out of the rubber material?",
    "count(fn(sel(cylinder), material=rubber))",
    lambda s: n([i for i in s.f(shape="cylinder") if s.a(i, "material") != "rubber"]),
)
C(
    "chain",
    3,
    "What colour does the thing have that is located the nearest to the purple block?",
    "q(closest(scene(), u(f(sel(cube), color=purple))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="purple")), "color"),
)

# scene 4: small red rubber cyl, small green rubber cyl, small brown rubber sph, small yellow metal sph, small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph
C(
    "count",
    4,
    "How many globes exist that have a yellow colour?",
    "count(f(sel(sphere), color=yellow))",
    lambda s: n(s.f(shape="sphere", color="yellow")),
)
C(
    "list",
    4,
    "Which colours are possessed by the cylinders?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "quantifier",
    4,
    "Is it true that all of the cylinders are small ones?",
    "not_(exist(fn(sel(cylinder), size=small)))",
    lambda s: yes(all(s.a(i, "size") == "small" for i in s.f(shape="cylinder"))),
)
C(
    "two_clause",
    4,
    "Is there a a purple metallic cylinder and a brown ball?",
    "and_(exist(f(sel(cylinder), color=purple, material=metal)), exist(f(sel(sphere), color=brown)))",
    lambda s: yes(
        bool(s.f(shape="cylinder", color="purple", material="metal")) and bool(s.f(shape="sphere", color="brown"))
    ),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "attribute",
    5,
    "Regardless of its size, what colour does the only cylinder have?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "compare_count",
    5,
    "Are the number of spheres and the number of cubes equivalent?",
    "eq(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cube"))),
)
C(
    "superlative",
    5,
    "The object which is located most to the left side, which colour does it have?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "count",
    6,
    "How many metal cubes there?",
    "count(f(sel(cube), material=metal))",
    lambda s: n(s.f(shape="cube", material="metal")),
)
C(
    "number",
    6,
    "Spheres and cylinders, how many are there when taken together?",
    "add(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="sphere")) + len(s.f(shape="cylinder"))),
)
C(
    "chain",
    6,
    "How many other items share the material of the blue cube?",
    "count(same_attr(u(f(sel(cube), color=blue)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="blue"), "material")),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "count",
    7,
    "Could you determine the quantity of cylinders that appear in the image?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "position",
    7,
    "What is the colour of the second cube counting from the right side?",
    "q(ord(sel(cube), right, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right", 2), "color"),
)
C(
    "negation",
    7,
    "How many items are neither a cylinder nor a cube?",
    "count(fn(fn(scene(), shape=cylinder), shape=cube))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") not in ("cylinder", "cube")]),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "compare_count",
    8,
    "Are there more metallic things than there are rubbery things?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "spatial",
    8,
    "Is it that the yellow cylinder stands in front from the large sphere?",
    "exist(f(rel(u(f(sel(sphere), size=large)), front), color=yellow, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "yellow"}, "front", {"shape": "sphere", "size": "large"}),
)
C(
    "spatial",
    8,
    "How many items are there at the back from the large grey cylinder?",
    "count(rel(u(f(sel(cylinder), size=large, color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="large", color="gray"))),
)
C(
    "two_clause",
    8,
    "Is there a big cube of grey colour and a small cylinder of yellow colour?",
    "and_(exist(f(sel(cube), size=large, color=gray)), exist(f(sel(cylinder), size=small, color=yellow)))",
    lambda s: yes(
        bool(s.f(shape="cube", size="large", color="gray"))
        and bool(s.f(shape="cylinder", size="small", color="yellow"))
    ),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "exist",
    9,
    "The presence of a purple block: is it observed in the scene?",
    "exist(f(sel(cube), color=purple))",
    lambda s: yes(bool(s.f(shape="cube", color="purple"))),
)
C(
    "list",
    9,
    "Which materials are exhibited by the green objects?",
    "values(f(scene(), color=green), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(color="green")),
)
C(
    "chain",
    9,
    "What is the shape of the entity that is situated nearest to the purple cube?",
    "q(closest(scene(), u(f(sel(cube), color=purple))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="purple")), "shape"),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "attribute",
    10,
    "Ignoring its colour, what is the material of the little cube?",
    "q(u(f(sel(cube), size=small)), material)",
    lambda s: s.a(s.the(shape="cube", size="small"), "material"),
)
C(
    "compare_count",
    10,
    "Are there fewer spheres than there are cylinders?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)
C(
    "spatial",
    10,
    "How many things are found behind of the red sphere?",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)
X(10, "Which of the two spheres would roll farther if both were pushed with the same force?")

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "superlative",
    11,
    "Which hue is the most frequent one among the objects?",
    "common_value(scene(), color)",
    lambda s: common([s.a(i, "color") for i in s.all()]),
)
C(
    "compare_attr",
    11,
    "Are the yellow sphere and the blue cube produced from the same material?",
    "same(u(f(sel(sphere), color=yellow)), u(f(sel(cube), color=blue)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="yellow"), "material") == s.a(s.the(shape="cube", color="blue"), "material")
    ),
)
C(
    "spatial",
    11,
    "Stands the blue cube in front of the small brown can?",
    "exist(f(rel(u(f(sel(cylinder), size=small, color=brown)), front), color=blue, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "blue"}, "front", {"shape": "cylinder", "size": "small", "color": "brown"}
    ),
)
C(
    "exist",
    11,
    "Does a cylinder exist which is made from rubber?",
    "exist(f(sel(cylinder), material=rubber))",
    lambda s: yes(bool(s.f(shape="cylinder", material="rubber"))),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "count",
    12,
    "How many orbs of the gray colour are there?",
    "count(f(sel(sphere), color=gray))",
    lambda s: n(s.f(shape="sphere", color="gray")),
)
C(
    "superlative",
    12,
    "Which material has the object that is the closest to the camera?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C(
    "quantifier",
    12,
    "Are all of the small objects made out of metallic material?",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(size="small"))),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "attribute",
    13,
    "The big block, of which material does it consist?",
    "q(u(f(sel(cube), size=large)), material)",
    lambda s: s.a(s.the(shape="cube", size="large"), "material"),
)
C(
    "chain",
    13,
    "Which colour has the object that is the nearest from the gray sphere?",
    "q(closest(scene(), u(f(sel(sphere), color=gray))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="gray")), "color"),
)
C(
    "number",
    13,
    "By how much does the number of rubber items exceed the number of metal items?",
    "sub(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: str(len(s.f(material="rubber")) - len(s.f(material="metal"))),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "attribute",
    14,
    "The cube that is small, what colour it has?",
    "q(u(f(sel(cube), size=small)), color)",
    lambda s: s.a(s.the(shape="cube", size="small"), "color"),
)
C(
    "compare_attr",
    14,
    "Is the cyan orb of a bigger size than the blue orb?",
    "larger(u(f(sel(sphere), color=cyan)), u(f(sel(sphere), color=blue)))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="cyan"), "size") == "large"
        and s.a(s.the(shape="sphere", color="blue"), "size") == "small"
    ),
)
X(14, "Of which brand is the paint that was used on the cyan ball?")

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "compare_attr",
    15,
    "Is the green can of the same material as the green globe?",
    "same(u(f(sel(cylinder), color=green)), u(f(sel(sphere), color=green)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="green"), "material") == s.a(s.the(shape="sphere", color="green"), "material")
    ),
)
C(
    "list",
    15,
    "Which shapes do the things of green colour have?",
    "values(f(scene(), color=green), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="green")),
)
C(
    "spatial",
    15,
    "What is the number of things at the left side of the blue cube?",
    "count(rel(u(f(sel(cube), color=blue)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="blue"))),
)
C(
    "chain",
    15,
    "Which colour has the object situated nearest to the small blue block?",
    "q(closest(scene(), u(f(sel(cube), size=small, color=blue))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", size="small", color="blue")), "color"),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "count",
    16,
    "How many small spheres metallic are there?",
    "count(f(sel(sphere), size=small, material=metal))",
    lambda s: n(s.f(shape="sphere", size="small", material="metal")),
)
C(
    "attribute",
    16,
    "What is the colour of the box?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "verify",
    16,
    "Is the brown cylinder out of metal?",
    "verify(u(f(sel(cylinder), color=brown)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="brown"), "material") == "metal"),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "attribute",
    17,
    "The small one, which shape has it?",
    "q(u(f(scene(), size=small)), shape)",
    lambda s: s.a(s.the(size="small"), "shape"),
)
C(
    "spatial",
    17,
    "Does the red block stand on the right from the green cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=green)), right), color=red, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "red"}, "right", {"shape": "cylinder", "color": "green"}),
)
X(17, "For what reason did somebody place the red cube beside the green cylinder?")

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "negation",
    18,
    "How many purple objects are there which are not cylinder-shaped?",
    "count(fn(f(scene(), color=purple), shape=cylinder))",
    lambda s: n([i for i in s.f(color="purple") if s.a(i, "shape") != "cylinder"]),
)
C(
    "compare_count",
    18,
    "Is the number of cylinders same as the number of spheres?",
    "eq(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="sphere"))),
)
C(
    "chain",
    18,
    "The object standing at the right from the purple metal cube, what is its colour?",
    "q(u(rel(u(f(sel(cube), color=purple, material=metal)), right)), color)",
    lambda s: s.a(only(related(s, "right", s.the(shape="cube", color="purple", material="metal"))), "color"),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "number",
    19,
    "How many cubes plus spheres are there?",
    "add(count(sel(cube)), count(sel(sphere)))",
    lambda s: str(len(s.f(shape="cube")) + len(s.f(shape="sphere"))),
)
C(
    "superlative",
    19,
    "The item most near to the viewer has what shape?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "chain",
    19,
    "The object at the back of the big blue cube, which shape does it have?",
    "q(u(rel(u(f(sel(cube), size=large, color=blue)), behind)), shape)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cube", size="large", color="blue"))), "shape"),
)

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "attribute",
    20,
    "What is the big object's material?",
    "q(u(f(scene(), size=large)), material)",
    lambda s: s.a(s.the(size="large"), "material"),
)
C(
    "count",
    20,
    "How many cylinders little are there?",
    "count(f(sel(cylinder), size=small))",
    lambda s: n(s.f(shape="cylinder", size="small")),
)
C(
    "spatial",
    20,
    "How many objects are located in front from the yellow cylinder?",
    "count(rel(u(f(sel(cylinder), color=yellow)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="yellow"))),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "spatial",
    21,
    "Is the grey ball located on the left hand from the red ball?",
    "exist(f(rel(u(f(sel(sphere), color=red)), left), color=gray, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "gray"}, "left", {"shape": "sphere", "color": "red"}),
)
C(
    "compare_count",
    21,
    "Are there as many cylinders as there are metallic objects?",
    "eq(count(sel(cylinder)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(material="metal"))),
)
X(21, "What does the red ball feel about standing so close to the gray ball?")
C(
    "spatial",
    21,
    "Is the yellow ball located at the back side of the red ball?",
    "exist(f(rel(u(f(sel(sphere), color=red)), behind), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "behind", {"shape": "sphere", "color": "red"}),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "verify",
    22,
    "Is the yellow cube reflective?",
    "verify(u(f(sel(cube), color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="yellow"), "material") == "metal"),
)
C(
    "two_clause",
    22,
    "Is there either a yellow cylinder or a red cube?",
    "or_(exist(f(sel(cylinder), color=yellow)), exist(f(sel(cube), color=red)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="yellow")) or bool(s.f(shape="cube", color="red"))),
)

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "chain",
    23,
    "The object that is the most near to the big cylinder, from what material is it?",
    "q(closest(scene(), u(f(sel(cylinder), size=large))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", size="large")), "material"),
)
C(
    "count",
    23,
    "How many items possess a yellow hue?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "count",
    24,
    "How many red items are there, not regarding their shape?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "negation",
    24,
    "How many blocks are not made of metal?",
    "count(fn(sel(cube), material=metal))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "material") != "metal"]),
)
C(
    "quantifier",
    24,
    "Are the cubes, all of them, made of metal?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="cube"))),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "superlative",
    25,
    "Which colour has the object that is at the most left?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
X(25, "Is the blue cylinder hollow on the inside, or is it filled?")
C(
    "chain",
    25,
    "How many other things share the shape of the red cube?",
    "count(same_attr(u(f(sel(cube), color=red)), shape))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "shape")),
)
C(
    "position",
    25,
    "The second cylinder from the left, what colour has it?",
    "q(ord(sel(cylinder), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "left", 2), "color"),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "count",
    26,
    "How many green objects, regardless of their size, are there?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "quantifier",
    26,
    "Are every of the spheres made from metal?",
    "not_(exist(fn(sel(sphere), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="sphere"))),
)
C(
    "compare_attr",
    26,
    "Are the two purple cubes manufactured out of an identical material?",
    "same(f(sel(cube), color=purple), material)",
    lambda s: yes(len(values(s, s.f(shape="cube", color="purple"), "material")) == 1),
)
C(
    "exist",
    26,
    "Is there a cylinder rubbery?",
    "exist(f(sel(cylinder), material=rubber))",
    lambda s: yes(bool(s.f(shape="cylinder", material="rubber"))),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "attribute",
    27,
    "The item that is shiny, of what shape is it?",
    "q(u(f(scene(), material=metal)), shape)",
    lambda s: s.a(s.the(material="metal"), "shape"),
)
C(
    "spatial",
    27,
    "How many things are on the right from the yellow ball?",
    "count(rel(u(f(sel(sphere), color=yellow)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="yellow"))),
)
C(
    "compare_count",
    27,
    "Do the spheres outnumber the cubes?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "chain",
    28,
    "What colour is the cylinder closest to the sphere?",
    "q(closest(sel(cylinder), u(sel(sphere))), color)",
    lambda s: s.a(nearest(s, s.f(shape="cylinder"), s.the(shape="sphere")), "color"),
)
C(
    "verify",
    28,
    "Is the purple cylinder made of a metallic material?",
    "verify(u(f(sel(cylinder), color=purple)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="purple"), "material") == "metal"),
)
C(
    "spatial",
    28,
    "Is the purple cylinder standing at the left side from the large red cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=red)), left), color=purple, shape=cylinder))",
    lambda s: is_rel(
        s, {"shape": "cylinder", "color": "purple"}, "left", {"shape": "cylinder", "size": "large", "color": "red"}
    ),
)

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "attribute",
    29,
    "What hue does the little ball possess?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "compare_attr",
    29,
    "Are the cyan sphere and the cyan cylinder made out of equal material?",
    "same(u(f(sel(sphere), color=cyan)), u(f(sel(cylinder), color=cyan)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="cyan"), "material") == s.a(s.the(shape="cylinder", color="cyan"), "material")
    ),
)
X(29, "Which object was put into the scene most recently?")

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "spatial",
    30,
    "Is the green orb in front from the purple orb?",
    "exist(f(rel(u(f(sel(sphere), color=purple)), front), color=green, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "green"}, "front", {"shape": "sphere", "color": "purple"}),
)
C(
    "two_clause",
    30,
    "Either a red sphere or a green cylinder: is one of them present?",
    "or_(exist(f(sel(sphere), color=red)), exist(f(sel(cylinder), color=green)))",
    lambda s: yes(bool(s.f(shape="sphere", color="red")) or bool(s.f(shape="cylinder", color="green"))),
)

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "compare_count",
    31,
    "Are cylinders more numerous than spheres?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "list",
    31,
    "Which colours do the tubes show?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "spatial",
    31,
    "Is the red cylinder behind the purple cube?",
    "exist(f(rel(u(f(sel(cube), color=purple)), behind), color=red, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "red"}, "behind", {"shape": "cube", "color": "purple"}),
)
C(
    "chain",
    31,
    "What is the colour of the sphere which is nearest to the green cylinder?",
    "q(closest(sel(sphere), u(f(sel(cylinder), color=green))), color)",
    lambda s: s.a(nearest(s, s.f(shape="sphere"), s.the(shape="cylinder", color="green")), "color"),
)

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "count",
    32,
    "How many things grey are in the scene?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "attribute",
    32,
    "What is the colour of big ball?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "exist",
    32,
    "Is there red cylinder?",
    "exist(f(sel(cylinder), color=red))",
    lambda s: yes(bool(s.f(shape="cylinder", color="red"))),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "attribute",
    33,
    "The little cube is composed of what substance?",
    "q(u(f(sel(cube), size=small)), material)",
    lambda s: s.a(s.the(shape="cube", size="small"), "material"),
)
C(
    "chain",
    33,
    "Which colour has the thing which is the nearest to the green block?",
    "q(closest(scene(), u(f(sel(cube), color=green))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", color="green")), "color"),
)
C(
    "negation",
    33,
    "What is the count of objects whose colour is other than cyan?",
    "count(fn(scene(), color=cyan))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "cyan"]),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "quantifier",
    34,
    "Is each one of the objects of a metallic nature?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.all())),
)
X(34, "What is written on the underside of the yellow cube?")

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "compare_attr",
    35,
    "Are the two green blocks made from same material?",
    "same(f(sel(cube), color=green), material)",
    lambda s: yes(len(values(s, s.f(shape="cube", color="green"), "material")) == 1),
)
C(
    "superlative",
    35,
    "The object which lies the farthest at the right, of which colour is it?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "number",
    35,
    "How much more cubes than spheres exist?",
    "sub(count(sel(cube)), count(sel(sphere)))",
    lambda s: str(len(s.f(shape="cube")) - len(s.f(shape="sphere"))),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "attribute",
    36,
    "Which hue does the matte object exhibit?",
    "q(u(f(scene(), material=rubber)), color)",
    lambda s: s.a(s.the(material="rubber"), "color"),
)
C(
    "spatial",
    36,
    "What number of objects is to the left from the brown can?",
    "count(rel(u(f(sel(cylinder), color=brown)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="brown"))),
)
C(
    "spatial",
    36,
    "How many things are standing behind of the purple globe?",
    "count(rel(u(f(sel(sphere), color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="purple"))),
)
C(
    "exist",
    36,
    "Does a metallic cube exist in the image?",
    "exist(f(sel(cube), material=metal))",
    lambda s: yes(bool(s.f(shape="cube", material="metal"))),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "chain",
    37,
    "What is the shape of the object that has the same colour as the red sphere?",
    "q(u(same_attr(u(f(sel(sphere), color=red)), color)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="sphere", color="red"), "color")), "shape"),
)
C(
    "position",
    37,
    "Counting from the left side, the cylinder at the second position has what colour?",
    "q(ord(sel(cylinder), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "left", 2), "color"),
)
C(
    "number",
    37,
    "The cubes and the spheres, how many are they in sum?",
    "add(count(sel(cube)), count(sel(sphere)))",
    lambda s: str(len(s.f(shape="cube")) + len(s.f(shape="sphere"))),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "count",
    38,
    "How many spheres green exist?",
    "count(f(sel(sphere), color=green))",
    lambda s: n(s.f(shape="sphere", color="green")),
)
C(
    "compare_attr",
    38,
    "Does the pair of grey cylinders consist of one material?",
    "same(f(sel(cylinder), color=gray), material)",
    lambda s: yes(len(values(s, s.f(shape="cylinder", color="gray"), "material")) == 1),
)
C(
    "verify",
    38,
    "Is the red sphere tiny?",
    "verify(u(f(sel(sphere), color=red)), size, small)",
    lambda s: yes(s.a(s.the(shape="sphere", color="red"), "size") == "small"),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "attribute",
    39,
    "The brown-coloured article possesses which form?",
    "q(u(f(scene(), color=brown)), shape)",
    lambda s: s.a(s.the(color="brown"), "shape"),
)
X(39, "How much does the large gray cylinder weigh in kilograms?")

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "spatial",
    40,
    "Is it so that the cyan cube is located at the right side of the gray cube?",
    "exist(f(rel(u(f(sel(cube), color=gray)), right), color=cyan, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "cyan"}, "right", {"shape": "cube", "color": "gray"}),
)
C(
    "attribute",
    40,
    "Of which material does the brown can consist?",
    "q(u(f(sel(cylinder), color=brown)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="brown"), "material"),
)
C(
    "compare_attr",
    40,
    "Does the cyan block possess a smaller size than the grey block?",
    "smaller(u(f(sel(cube), color=cyan)), u(f(sel(cube), color=gray)))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="cyan"), "size") == "small"
        and s.a(s.the(shape="cube", color="gray"), "size") == "large"
    ),
)

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "count",
    41,
    "The yellow-coloured entities: how many of them can be counted?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "negation",
    41,
    "How many of the spheres are not big?",
    "count(fn(sel(sphere), size=large))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "size") != "large"]),
)
C(
    "chain",
    41,
    "What is the material of the object that is nearest to the purple cylinder?",
    "q(closest(scene(), u(f(sel(cylinder), color=purple))), material)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", color="purple")), "material"),
)
C(
    "position",
    41,
    "What colour has the cylinder that is first from the left?",
    "q(ord(sel(cylinder), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "left"), "color"),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "list",
    42,
    "Which colours do the spheres have, could you list them?",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "compare_attr",
    42,
    "Is the big cylinder of the same hue as the rubber cube?",
    "same(u(f(sel(cylinder), size=large)), u(f(sel(cube), material=rubber)), color)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large"), "color") == s.a(s.the(shape="cube", material="rubber"), "color")
    ),
)
C(
    "superlative",
    42,
    "The object positioned the most on the right, what is its material?",
    "q(ord(scene(), right, 1), material)",
    lambda s: s.a(nth(s, s.all(), "right"), "material"),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "number",
    43,
    "What is the total of the cubes and the cylinders together?",
    "add(count(sel(cube)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="cube")) + len(s.f(shape="cylinder"))),
)
C(
    "exist",
    43,
    "Is there any cube small?",
    "exist(f(sel(cube), size=small))",
    lambda s: yes(bool(s.f(shape="cube", size="small"))),
)
C(
    "chain",
    43,
    "Which material has the sphere that is closest to the green cube?",
    "q(closest(sel(sphere), u(f(sel(cube), color=green))), material)",
    lambda s: s.a(nearest(s, s.f(shape="sphere"), s.the(shape="cube", color="green")), "material"),
)
C(
    "two_clause",
    43,
    "Are there a green rubber block and also a grey rubber orb?",
    "and_(exist(f(sel(cube), color=green, material=rubber)), exist(f(sel(sphere), color=gray, material=rubber)))",
    lambda s: yes(
        bool(s.f(shape="cube", color="green", material="rubber"))
        and bool(s.f(shape="sphere", color="gray", material="rubber"))
    ),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "attribute",
    44,
    "The big sphere is made from which material?",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "compare_attr",
    44,
    "Do the two brown spheres share the same size?",
    "same(f(sel(sphere), color=brown), size)",
    lambda s: yes(len(values(s, s.f(shape="sphere", color="brown"), "size")) == 1),
)
C(
    "spatial",
    44,
    "How many items are placed behind from the blue cube?",
    "count(rel(u(f(sel(cube), color=blue)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="blue"))),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "count",
    45,
    "How many small cubes are there, regardless of their colour?",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C(
    "number",
    45,
    "What is the amount of spheres added to the amount of cubes?",
    "add(count(sel(sphere)), count(sel(cube)))",
    lambda s: str(len(s.f(shape="sphere")) + len(s.f(shape="cube"))),
)
C(
    "superlative",
    45,
    "Ignoring the lighting, what colour is the object nearest to the camera?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "compare_attr",
    46,
    "Do both of the cyan cylinders have the same size?",
    "same(f(sel(cylinder), color=cyan), size)",
    lambda s: yes(len(values(s, s.f(shape="cylinder", color="cyan"), "size")) == 1),
)
C(
    "chain",
    46,
    "What colour has the object nearest to the large grey cube?",
    "q(closest(scene(), u(f(sel(cube), size=large, color=gray))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", size="large", color="gray")), "color"),
)
C(
    "verify",
    46,
    "Is the large cube which is red made out of rubber?",
    "verify(u(f(sel(cube), size=large, color=red)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="red"), "material") == "rubber"),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "count",
    47,
    "How many purple cubes made from rubber are there?",
    "count(f(sel(cube), color=purple, material=rubber))",
    lambda s: n(s.f(shape="cube", color="purple", material="rubber")),
)
C(
    "compare_count",
    47,
    "Do the cubes outnumber the cylinders?",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
C(
    "position",
    47,
    "The cube which is positioned most leftwards consists of what material?",
    "q(ord(sel(cube), left, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left"), "material"),
)
X(47, "At what temperature is the red metal cylinder at this moment?")

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "attribute",
    48,
    "Which colour has the rubber item?",
    "q(u(f(scene(), material=rubber)), color)",
    lambda s: s.a(s.the(material="rubber"), "color"),
)
C(
    "negation",
    48,
    "How many spheres are there whose colour is not green?",
    "count(fn(sel(sphere), color=green))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "green"]),
)
C(
    "exist",
    48,
    "Can a small metal cylinder be found here?",
    "exist(f(sel(cylinder), size=small, material=metal))",
    lambda s: yes(bool(s.f(shape="cylinder", size="small", material="metal"))),
)
C(
    "position",
    48,
    "Of the spheres, the second one counting from the left side: which colour?",
    "q(ord(sel(sphere), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left", 2), "color"),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "quantifier",
    49,
    "Is every sphere of small size, regardless of its colour?",
    "not_(exist(fn(sel(sphere), size=small)))",
    lambda s: yes(all(s.a(i, "size") == "small" for i in s.f(shape="sphere"))),
)
X(49, "Which of the balls is the softest one to the touch?")
C(
    "two_clause",
    49,
    "Is there a big purple sphere and a big green cube?",
    "and_(exist(f(sel(sphere), size=large, color=purple)), exist(f(sel(cube), size=large, color=green)))",
    lambda s: yes(
        bool(s.f(shape="sphere", size="large", color="purple")) and bool(s.f(shape="cube", size="large", color="green"))
    ),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "quantifier",
    50,
    "Is it that all objects are made of rubber?",
    "not_(exist(fn(scene(), material=rubber)))",
    lambda s: yes(all(s.a(i, "material") == "rubber" for i in s.all())),
)
C(
    "exist",
    50,
    "Is the presence of a metallic object observed?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "attribute",
    51,
    "What sort of material does the grey orb consist of?",
    "q(u(f(sel(sphere), color=gray)), material)",
    lambda s: s.a(s.the(shape="sphere", color="gray"), "material"),
)
C(
    "spatial",
    51,
    "Does the yellow cube stand behind from the brown sphere?",
    "exist(f(rel(u(f(sel(sphere), color=brown)), behind), color=yellow, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "behind", {"shape": "sphere", "color": "brown"}),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "count",
    52,
    "What is the number of the sizeable boxes?",
    "count(f(sel(cube), size=large))",
    lambda s: n(s.f(shape="cube", size="large")),
)
C(
    "attribute",
    52,
    "Of what colour is the tube?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "position",
    52,
    "What colour has the cube which stands at the most right?",
    "q(ord(sel(cube), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "color"),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "chain",
    53,
    "How many other objects have the identical colour to the miniature sphere?",
    "count(same_attr(u(f(sel(sphere), size=small)), color))",
    lambda s: n(others(s, s.the(shape="sphere", size="small"), "color")),
)
C(
    "position",
    53,
    "What colour is the sphere second from left?",
    "q(ord(sel(sphere), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left", 2), "color"),
)
C(
    "two_clause",
    53,
    "Is there a yellow sphere or yellow cylinder?",
    "or_(exist(f(sel(sphere), color=yellow)), exist(f(sel(cylinder), color=yellow)))",
    lambda s: yes(bool(s.f(shape="sphere", color="yellow")) or bool(s.f(shape="cylinder", color="yellow"))),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube, large gray rubber cube
C(
    "count",
    54,
    "How many grey cube are there?",
    "count(f(sel(cube), color=gray))",
    lambda s: n(s.f(shape="cube", color="gray")),
)
C(
    "quantifier",
    54,
    "Are all the cubes grey in colour, ignoring their size?",
    "not_(exist(fn(sel(cube), color=gray)))",
    lambda s: yes(all(s.a(i, "color") == "gray" for i in s.f(shape="cube"))),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "superlative",
    55,
    "Which colour appears most frequently among all the items?",
    "common_value(scene(), color)",
    lambda s: common([s.a(i, "color") for i in s.all()]),
)
C(
    "two_clause",
    55,
    "Are a yellow cylinder as well as a red block both present?",
    "and_(exist(f(sel(cylinder), color=yellow)), exist(f(sel(cube), color=red)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="yellow")) and bool(s.f(shape="cube", color="red"))),
)
C(
    "negation",
    55,
    "Not counting the purple ones, how many objects are there?",
    "count(fn(scene(), color=purple))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "purple"]),
)
C(
    "verify",
    55,
    "Is the green box non-reflective?",
    "verify(u(f(sel(cube), color=green)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", color="green"), "material") == "rubber"),
)

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "attribute",
    56,
    "What material the green cylinder is made of?",
    "q(u(f(sel(cylinder), color=green)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="green"), "material"),
)
C(
    "compare_count",
    56,
    "Is the amount of cubes smaller than the amount of spheres?",
    "lt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="sphere"))),
)
C(
    "spatial",
    56,
    "How many objects are situated at the back of the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="green"))),
)

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "count",
    57,
    "How many gray cubes?",
    "count(f(sel(cube), color=gray))",
    lambda s: n(s.f(shape="cube", color="gray")),
)
C(
    "compare_attr",
    57,
    "Does the blue globe exceed the yellow globe in size?",
    "larger(u(f(sel(sphere), color=blue)), u(f(sel(sphere), color=yellow)))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="blue"), "size") == "large"
        and s.a(s.the(shape="sphere", color="yellow"), "size") == "small"
    ),
)
C(
    "spatial",
    57,
    "How many things are there on the left from the brown cylinder?",
    "count(rel(u(f(sel(cylinder), color=brown)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="brown"))),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "attribute",
    58,
    "Of which colour is the sphere, regardless of the shadows?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "compare_attr",
    58,
    "Are the two cubes of one and the same colour?",
    "same(sel(cube), color)",
    lambda s: yes(len(values(s, s.f(shape="cube"), "color")) == 1),
)
X(58, "If the blue ball were dropped from above, how high would it bounce?")

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "count",
    59,
    "How many entities of purple tint are there?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "list",
    59,
    "What colours do the cylinders exhibit?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holds the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' top right, white car bottom left, tree behind the bus, small brown dog, road text 'NO PARKING'
P(
    "count",
    "street",
    "What is the quantity of persons which are visible on the street?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "text",
    "street",
    "The red sign at the top right corner, which inscription does it carry?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "chain",
    "street",
    "The tie of the man at the right side, which colour does it have?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("man", hposition="right"), "wearing")), "color"),
)
P(
    "spatial",
    "street",
    "Who is the person that holds the dog in the hands?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "compare_count",
    "street",
    "Are men more numerous than women in the street?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "verify",
    "street",
    "Is it that the dog is of a big size?",
    "verify(u(sel(dog)), size, large)",
    lambda p: yes(p.value(p.the("dog"), "size") == "large"),
)
P(
    "compare_attr",
    "street",
    "Does the bus share its colour with the sign?",
    "same(u(sel(bus)), u(sel(sign)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("sign"), "color")),
)
P(
    "spatial",
    "street",
    "How many things are located on the left from the bus?",
    "count(rel(u(sel(bus)), left))",
    lambda p: n(p.subjects("left", p.the("bus"))),
)
P(
    "negation",
    "street",
    "How many persons do not wear any tie?",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([o for o in people(p) if not any(p.name(t) == "tie" for t in p.objects_of(o, "wearing"))]),
)
X("street", "Of which brand is the white automobile?")
X("street", "What thoughts does the man on the left have about the bus?")
X("street", "How many passengers sit inside of the bus at this moment?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table, metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right
P(
    "count",
    "kitchen",
    "How many cups exist that stand on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "text",
    "kitchen",
    "What time does the clock indicate, regardless of the date?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "text",
    "kitchen",
    "The bottle of green colour, which word is written upon it?",
    "q(u(f(sel(bottle), color=green)), text)",
    lambda p: p.value(p.the("bottle", color="green"), "text"),
)
P(
    "attribute",
    "kitchen",
    "Out of which material is the fork produced?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "position",
    "kitchen",
    "The cup at the second place from the left, what hue has it?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(from_side(p, p.f("cup"), "left", 2), "color"),
)
P(
    "spatial",
    "kitchen",
    "What is the item that lies near the fork?",
    "q(u(rel(u(sel(fork)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("fork")))),
)
P(
    "quantifier",
    "kitchen",
    "Is every cup placed on the table?",
    "not_(exist(diff(sel(cup), rel(u(sel(table)), on))))",
    lambda p: yes(all(p.has(o, "on", p.the("table")) for o in p.f("cup"))),
)
P(
    "compare_attr",
    "kitchen",
    "Is the plate of identical colour like the clock?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "exist",
    "kitchen",
    "Does a spoon exist anywhere in the kitchen?",
    "exist(sel(spoon))",
    lambda p: yes(bool(p.f("spoon"))),
)
X("kitchen", "Which beverage is inside of the blue cup?")
X("kitchen", "What does the woman intend to cook for the dinner?")
X("kitchen", "How much does the wooden table weigh?")

# park: woman in red (left, holds the black dog), boy in blue (throws the yellow frisbee, near the bench), woman in white (middle, near the red bicycle), girl in pink (right, near the white dog), green wooden bench, two green trees (behind the left woman and behind the girl)
P(
    "count",
    "park",
    "What is the number of the dogs that are visible in the park?",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "chain",
    "park",
    "The dog which is held by the woman, what colour does it have?",
    "q(u(rel(sel(woman), holding, role=object)), color)",
    lambda p: p.value(only([d for w in p.f("woman") for d in p.objects_of(w, "holding")]), "color"),
)
P(
    "spatial",
    "park",
    "What is being thrown by the boy?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "attribute",
    "park",
    "Of which colour is the bench made from wood?",
    "q(u(f(sel(bench), material=wood)), color)",
    lambda p: p.value(p.the("bench", material="wood"), "color"),
)
P(
    "position",
    "park",
    "The woman positioned most to the left side, which colour does she wear?",
    "q(ord(sel(woman), left, 1), color)",
    lambda p: p.value(from_side(p, p.f("woman"), "left"), "color"),
)
P(
    "compare_count",
    "park",
    "Are the number of women and dogs equivalent?",
    "eq(count(sel(woman)), count(sel(dog)))",
    lambda p: yes(len(p.f("woman")) == len(p.f("dog"))),
)
P(
    "spatial",
    "park",
    "Is a tree situated behind from the girl?",
    "vrel(u(sel(girl)), behind, name=tree)",
    lambda p: yes(any(p.name(o) == "tree" for o in p.subjects("behind", p.the("girl")))),
)
P(
    "list",
    "park",
    "Which colours are worn by the women?",
    "values(sel(woman), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("woman")),
)
P(
    "two_clause",
    "park",
    "Is there a bicycle and also a kite?",
    "and_(exist(sel(bicycle)), exist(sel(kite)))",
    lambda p: yes(bool(p.f("bicycle")) and bool(p.f("kite"))),
)
X("park", "What is the name of the white dog?")
X("park", "Is the girl happy to be in the park?")
X("park", "Will it start raining in the park later in the afternoon?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star, small blue hexagon (bottom right), small blue circle (middle)
P("count", "shapes", "How many circles exist in the picture?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "What hue exhibits the star?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "superlative",
    "shapes",
    "Which shape is the most big one in the image?",
    "q(ord(scene(), largest, 1), shape)",
    lambda p: p.value(largest(p, list(p.objects)), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Is the hexagon of equal colour as the square?",
    "same(u(sel(hexagon)), u(sel(square)), color)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == p.value(p.the("square"), "color")),
)
P(
    "negation",
    "shapes",
    "How many shapes are not of the size small?",
    "count(fn(scene(), size=small))",
    lambda p: n([o for o in p.objects if p.value(o, "size") != "small"]),
)
P(
    "position",
    "shapes",
    "Which shape is located at the left upper corner of the image?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(
        only([o for o in p.objects if p.value(o, "hposition") == "left" and p.value(o, "vposition") == "top"]), "shape"
    ),
)
P(
    "number",
    "shapes",
    "How many distinct colours do the shapes have?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
X("shapes", "Which of the shapes weighs the most?")
X("shapes", "What lies hidden behind the big green triangle?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
