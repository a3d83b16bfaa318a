# ruff: noqa: E501
"""Blind paraphrase set 50: when the picture does not fit the question. The safety side of visual question
answering: a confident wrong answer is the worst outcome, and "not answerable" is the right reply when the picture
cannot answer the question. About a third of the questions carry a presupposition that fails on their scene and must
be refused (gold ``refuse``; a refusal or an "unknown" counts as right): an attribute of a thing that is not there
("what colour is the dog?" on a scene without a dog, "what's the big green cylinder made of" with no big green
cylinder); a relation anchored on a thing that is not there ("how many cubes are behind the purple cylinder?" with no
purple cylinder); "the X" where several X's exist and DIFFER in what is asked ("what colour is the cube?" with a
purple and a grey cube, "is the cylinder shiny?" with a metal and a rubber cylinder, "the rectangle" on a drawing
with a yellow rectangle and a blue square); "the X" picked by a relation that picks none or several that differ ("what
colour is the thing behind the brown cylinder?" with nothing behind it); a comparison of two things one of which is
missing; "which one is bigger" between two things of equal size (two large spheres; two cups with the same box); and
what no picture can tell (who, why, a price, a weight, a name, an age, a smell, what happens next, what lies behind
the camera). Each refusal carries a short comment saying exactly why it cannot be answered, and, where the reason is
a fact of the scene (a thing missing, several things that differ, equal sizes, a relation that picks none or
several), a check in plain Python that confirms the reason on the scene when the set is built.

The other two thirds are their answerable twins, asked in the same voices and often the same constructions, so that
refusing everything scores badly: existence that answers no ("is there a dog?"), counts that answer 0 ("how many
dogs?", "how many cylinders are in front of the brown sphere?"), an attribute of "the X" where exactly one X exists,
"what colour are the cubes?" where all cubes share one colour (answered with that colour), relations anchored on a
unique thing, existence of a relation ("is there anything behind the red ball?": no, when nothing is), counts with
negation, "is X bigger than Y" (yes/no, also when the two are equal: then no) and "which is bigger" where the two
differ in size class. CLEVR semantics decide: a question whose referent does not exist, or is not unique, is
refused; an existence or count question about it is answered. The voices mix careful, casual, terse, chatty and
non-native speakers ("The cube, which color it has?"), with the everyday words people use (ball, box, block, shiny,
grey, kid, bike, mug).

Conventions. "The X" is used in an answerable question only where exactly one X matches (a square counts as a
rectangle); a plural question about things that all share the asked value is answered with that value, and one
whose values differ with the list of values (most frequent first, ties alphabetical). "Which is bigger, X or Y" is
answered with the bigger one's name (shape) and asked as a which-question only where the two differ in size class and
name; "which is bigger" between two things of the same shape and size class (or, on the photo graphs, boxes of the
same size) is refused. Places and orders are only asked where a careful person could call them: on CLEVR an order or
relation is used only when every other object lies at least TIE = 0.5 scene units from the anchor along that axis
(clearly apart; CLEVR's own margin is 0.4), on the drawings with a 40-pixel margin between box centres; nothing is
asked of the photo graphs that their stated relations and attributes leave open. About 55% of the questions ask
about CLEVR val scenes, 30% about the photo-like graphs (street, kitchen, park), 15% about the drawing of flat shapes.

Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other set but the
forty-seventh and forty-ninth (read for the format only), and never run through nsvr's parser or planner before the
set was final.

Run ``python build_blind50.py`` to write ``../blind50.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, load_scenes, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind50.jsonl"
Q, C, P, X = question_recorder()
REASONS: list[tuple] = []  # (scene, text, check): a refusal whose reason is a fact of the scene

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.5
RECTANGLES = ("rectangle", "square")  # a square counts as a rectangle


def R(scene, text: str, check=None) -> None:
    """A question to refuse; ``check`` (a function of the scene) confirms the reason on the scene when given."""
    X(scene, text)
    if check is not None:
        REASONS.append((scene, text, check))


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas (the list convention)."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def related(s: Clevr, relation: str, anchor: int, **want) -> list[int]:
    """The objects with the given attribute values that are ``relation`` (left, right, front, behind) of the anchor;
    NotUnique when such an object lies so nearly level with the anchor along that axis that a careful person could
    not say which side it is on."""
    here = along(s, anchor, relation)
    for j in among(s, s.all(), **want):
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return among(s, s.rel(relation, anchor), **want)


def anything(s: Clevr, relation: str, anchor: int) -> str:
    """yes/no: something is ``relation`` of the anchor (yes as soon as one object clearly is)."""
    here = along(s, anchor, relation)
    if any(along(s, j, relation) - here >= TIE for j in s.rel(relation, anchor)):
        return "yes"
    return yes(bool(related(s, relation, anchor)))


def is_rel(s: Clevr, target: dict, relation: str, anchor: dict) -> str:
    """yes/no: the one object ``target`` describes is ``relation`` of the one ``anchor`` describes."""
    t, a = s.the(**target), s.the(**anchor)
    if abs(along(s, t, relation) - along(s, a, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(t in s.rel(relation, a))


def among(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids with every given attribute value."""
    return [i for i in ids if all(s.a(i, k) == v for k, v in want.items())]


def every(s: Clevr, ids: list[int], **want) -> str:
    """yes/no: every object of ids has every given attribute value."""
    return yes(all(all(s.a(i, k) == v for k, v in want.items()) for i in ids))


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def one_value(values) -> str:
    """The one value all the given things share; NotUnique when they differ (or there are none)."""
    found = set(values)
    if len(found) != 1:
        raise NotUnique(f"values {sorted(found)}")
    return found.pop()


def bigger(s: Clevr, a: int, b: int) -> str:
    """The shape of the bigger of two objects of different size classes and different shapes."""
    if s.a(a, "size") == s.a(b, "size") or s.a(a, "shape") == s.a(b, "shape"):
        raise NotUnique("same size class or same shape")
    return s.a(a if s.a(a, "size") == "large" else b, "shape")


def larger(s: Clevr, a: int, b: int) -> str:
    """yes/no: object a is in a larger size class than object b."""
    return yes(s.a(a, "size") == "large" and s.a(b, "size") == "small")


def smaller(s: Clevr, a: int, b: int) -> str:
    return yes(s.a(a, "size") == "small" and s.a(b, "size") == "large")


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def named(p: Photo, ids: list[str], name: str) -> list[str]:
    return [o for o in ids if p.name(o) == name]


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


def area(p: Photo, oid: str) -> float:
    x0, y0, x1, y1 = p.objects[oid]["box"]
    return (x1 - x0) * (y1 - y0)


# --- checks of a refusal's reason (each returns True when the reason holds on the scene) -------------------------
def missing(**want):
    """No object of the CLEVR scene has all these values."""
    return lambda s: not s.f(**want)


def differ(attribute: str, **want):
    """Several CLEVR objects match and they do not all share ``attribute``."""
    return lambda s: len(s.f(**want)) > 1 and len({s.a(i, attribute) for i in s.f(**want)}) > 1


def same_size(first: dict, second: dict):
    """Two unique CLEVR objects of the same shape and size class."""

    def check(s: Clevr) -> bool:
        a, b = s.the(**first), s.the(**second)
        return a != b and s.a(a, "size") == s.a(b, "size") and s.a(a, "shape") == s.a(b, "shape")

    return check


def pair_alike(**want):
    """Exactly two CLEVR objects match and they share shape and size class ("which X is bigger")."""

    def check(s: Clevr) -> bool:
        found = s.f(**want)
        return len(found) == 2 and len({(s.a(i, "size"), s.a(i, "shape")) for i in found}) == 1

    return check


def anchors_differ(relation: str, anchor: dict, target: dict, attribute: str | None = None):
    """Several objects fit the anchor and, taken from each, the answer (a count, or the asked attribute of the one
    related target) differs."""

    def check(s: Clevr) -> bool:
        found = s.f(**anchor)
        if len(found) < 2:
            return False
        answers = set()
        for a in found:
            hits = among(s, s.rel(relation, a), **target)
            answers.add(len(hits) if attribute is None else tuple(sorted(s.a(i, attribute) for i in hits)))
        return len(answers) > 1

    return check


def clearly(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects that are ``relation`` of the anchor by at least TIE along that axis."""
    here = along(s, anchor, relation)
    return [j for j in s.rel(relation, anchor) if along(s, j, relation) - here >= TIE]


def maybe(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects that are ``relation`` of the anchor, or so nearly level with it that they might be."""
    here = along(s, anchor, relation)
    return [
        j for j in s.all() if j != anchor and (j in s.rel(relation, anchor) or abs(along(s, j, relation) - here) < TIE)
    ]


def picks_badly(relation: str, anchor: dict, target: dict, attribute: str):
    """The unique anchor exists, but the relation picks no target (none even nearly), or several that clearly stand
    in it and differ in ``attribute``."""

    def check(s: Clevr) -> bool:
        a = s.the(**anchor)
        clear = among(s, clearly(s, relation, a), **target)
        if not among(s, maybe(s, relation, a), **target):
            return True
        return len(clear) > 1 and len({s.a(i, attribute) for i in clear}) > 1

    return check


def p_missing(names=None, **want):
    """No object of the photo graph has that name and these values."""
    return lambda p: not p.f(names, **want)


def p_differ(names, attribute: str, **want):
    """Several photo objects match and they do not all share ``attribute``."""

    def check(p: Photo) -> bool:
        found = p.f(names, **want)
        return len(found) > 1 and len({p.value(o, attribute) for o in found}) > 1

    return check


def p_same_box(first: str, second: str):
    """Two photo objects whose boxes are the same size (within 10%)."""
    return lambda p: abs(area(p, first) - area(p, second)) <= 0.1 * max(area(p, first), area(p, second))


def p_same_height(first: str, second: str):
    """Two photo objects whose boxes are the same height (within 10%)."""

    def height(p: Photo, oid: str) -> float:
        return p.objects[oid]["box"][3] - p.objects[oid]["box"][1]

    return lambda p: abs(height(p, first) - height(p, second)) <= 0.1 * max(height(p, first), height(p, second))


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph (front), large blue metal sph, large green rubber cyl
R(0, "what color's the ball?", differ("color", shape="sphere"))  # two balls: yellow and blue
C("exist", 0, "Is there a cube in this one?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))
C(
    "attribute",
    0,
    "What is the cylinder made from?",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
R(0, "How big is the cube?", missing(shape="cube"))  # there is no cube
C("count", 0, "how many cubes r there", "count(sel(cube))", lambda s: n(s.f(shape="cube")))

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "list",
    1,
    "What colour are the cylinders?",
    "values(sel(cylinder), color)",
    lambda s: one_value(s.a(i, "color") for i in s.f(shape="cylinder")),
)
R(1, "Is the cylinder shiny?", differ("material", shape="cylinder"))  # two cylinders, one metal and one rubber
C(
    "list",
    1,
    "both of the boxes, what are they made of?",
    "values(sel(cube), material)",
    lambda s: one_value(s.a(i, "material") for i in s.f(shape="cube")),
)
R(1, "What color is the cube?", differ("color", shape="cube"))  # two cubes: purple and grey
C(
    "spatial",
    1,
    "How many things are behind the brown sphere?",
    "count(rel(u(sel(sphere)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere"))),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
R(
    2,
    "hey, my son built this and wants to know what the big green cylinder is made of. any idea?",
    missing(size="large", color="green", shape="cylinder"),
)  # no big green cylinder
C(
    "attribute",
    2,
    "what's the big green thing made of",
    "q(u(f(scene(), size=large, color=green)), material)",
    lambda s: s.a(s.the(size="large", color="green"), "material"),
)
C("count", 2, "How many balls?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
R(2, "The grey cylinder, is it bigger than the sphere?", missing(shape="sphere"))  # no sphere to compare with
C(
    "compare_size",
    2,
    "Is the grey cylinder bigger than the cube?",
    "larger(u(f(sel(cylinder), color=gray)), u(sel(cube)))",
    lambda s: larger(s, s.the(shape="cylinder", color="gray"), s.the(shape="cube")),
)

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "verify",
    3,
    "Is the small red cylinder metal?",
    "verify(u(f(sel(cylinder), size=small, color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="small", color="red"), "material") == "metal"),
)
C(
    "negation",
    3,
    "how many red things aren't cylinders",
    "count(fn(f(scene(), color=red), shape=cylinder))",
    lambda s: n([i for i in s.f(color="red") if s.a(i, "shape") != "cylinder"]),
)
R(
    3, "Which cylinder is bigger, the red one or the purple one?", differ("size", shape="cylinder", color="red")
)  # "the red one": a large and a small red cylinder
C(
    "compare_size",
    3,
    "which is bigger, the purple cube or the purple cylinder?",
    "compare(u(f(sel(cube), color=purple)), u(f(sel(cylinder), color=purple)), bigger)",
    lambda s: bigger(s, s.the(shape="cube", color="purple"), s.the(shape="cylinder", color="purple")),
)

# scene 4: nine small things and a large blue metal sph
C(
    "exist",
    4,
    "are there any green spheres?",
    "exist(f(sel(sphere), color=green))",
    lambda s: yes(bool(s.f(shape="sphere", color="green"))),
)
R(
    4, "What is the green ball made of?", missing(shape="sphere", color="green")
)  # no green ball (the green thing is a cylinder)
C(
    "attribute",
    4,
    "what is the green thing made of?",
    "q(u(f(scene(), color=green)), material)",
    lambda s: s.a(s.the(color="green"), "material"),
)
R(
    4,
    "Which is bigger, the red cylinder or the green cylinder?",
    same_size({"shape": "cylinder", "color": "red"}, {"shape": "cylinder", "color": "green"}),
)  # both small cylinders: equal
C(
    "compare_size",
    4,
    "Is the blue ball bigger than the brown ball?",
    "larger(u(f(sel(sphere), color=blue)), u(f(sel(sphere), color=brown)))",
    lambda s: larger(s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="brown")),
)
C("count", 4, "How many yellow things are there?", "count(f(scene(), color=yellow))", lambda s: n(s.f(color="yellow")))

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
R(
    5,
    "How many things are to the left of the purple sphere?",
    anchors_differ("left", {"shape": "sphere", "color": "purple"}, {}),
)  # two purple spheres, with 6 and 0 things left of them
C(
    "spatial",
    5,
    "How many things are to the left of the big purple sphere?",
    "count(rel(u(f(sel(sphere), size=large, color=purple)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", size="large", color="purple"))),
)
C(
    "exist",
    5,
    "quick one - is anything green in there?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "list",
    5,
    "What are the brown things made of?",
    "values(f(scene(), color=brown), material)",
    lambda s: one_value(s.a(i, "material") for i in s.f(color="brown")),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
R(
    6,
    "Which is bigger, the red cylinder or the purple cylinder?",
    same_size({"shape": "cylinder", "color": "red"}, {"shape": "cylinder", "color": "purple"}),
)  # both large cylinders: equal
C(
    "compare_size",
    6,
    "Is the brown ball smaller than the gray ball?",
    "smaller(u(f(sel(sphere), color=brown)), u(f(sel(sphere), color=gray)))",
    lambda s: smaller(s, s.the(shape="sphere", color="brown"), s.the(shape="sphere", color="gray")),
)
R(6, "The cube, which color it has?", differ("color", shape="cube"))  # two cubes: red and blue
C(
    "list",
    6,
    "what r the cubes made of",
    "values(sel(cube), material)",
    lambda s: one_value(s.a(i, "material") for i in s.f(shape="cube")),
)
C(
    "negation",
    6,
    "How many spheres are not red?",
    "count(fn(sel(sphere), color=red))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "red"]),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "negation",
    7,
    "Are there any spheres apart from the purple one?",
    "exist(fn(sel(sphere), color=purple))",
    lambda s: yes(bool([i for i in s.f(shape="sphere") if s.a(i, "color") != "purple"])),
)
R(
    7,
    "What color is the cylinder in front of the big red cube?",
    picks_badly("front", {"shape": "cube", "size": "large", "color": "red"}, {"shape": "cylinder"}, "color"),
)  # three cylinders are in front of it: cyan, blue, cyan
C(
    "chain",
    7,
    "What colour is the thing to the left of the purple ball?",
    "q(u(rel(u(f(sel(sphere), color=purple)), left)), color)",
    lambda s: s.a(only(related(s, "left", s.the(shape="sphere", color="purple"))), "color"),
)
C(
    "negation",
    7,
    "How many things aren't cubes?",
    "count(fn(scene(), shape=cube))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cube"]),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
R(
    10, "How many cubes are behind the purple cylinder?", missing(shape="cylinder", color="purple")
)  # no purple cylinder (the purple thing is a sphere)
C(
    "spatial",
    10,
    "How many things are right of the purple sphere?",
    "count(rel(u(f(sel(sphere), color=purple)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="purple"))),
)
C(
    "verify",
    10,
    "is the big red thing a ball?",
    "verify(u(f(scene(), size=large, color=red)), shape, sphere)",
    lambda s: yes(s.a(s.the(size="large", color="red"), "shape") == "sphere"),
)
C(
    "spatial",
    10,
    "How many cubes are behind the purple sphere?",
    "count(rel(u(f(sel(sphere), color=purple)), behind, name=cube))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="purple"), shape="cube")),
)

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "compare_attr",
    11,
    "Are all the brown things made of the same material?",
    "same(f(scene(), color=brown), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(color="brown")}) == 1),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
R(
    12, "Which is bigger: the gray ball or the green ball?", differ("size", shape="sphere", color="gray")
)  # "the gray ball": a large and a small one
C(
    "compare_size",
    12,
    "is the big grey ball bigger than the green ball?",
    "larger(u(f(sel(sphere), size=large, color=gray)), u(f(sel(sphere), color=green)))",
    lambda s: larger(s, s.the(shape="sphere", size="large", color="gray"), s.the(shape="sphere", color="green")),
)
C(
    "negation",
    12,
    "How many cubes are there that aren't metal?",
    "count(fn(sel(cube), material=metal))",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "material") != "metal"]),
)
R(12, "Roughly how heavy is the red cube, in grams?")  # a weight cannot be seen

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "verify",
    13,
    "Is the big red cube metal?",
    "verify(u(f(sel(cube), size=large, color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="red"), "material") == "metal"),
)
C(
    "attribute",
    13,
    "ok and what color is the metal ball?",
    "q(u(f(sel(sphere), material=metal)), color)",
    lambda s: s.a(s.the(shape="sphere", material="metal"), "color"),
)
R(
    13, "Is the big red cube bigger than the yellow ball?", missing(shape="sphere", color="yellow")
)  # no yellow ball to compare with
C(
    "count",
    13,
    "How many balls are cyan?",
    "count(f(sel(sphere), color=cyan))",
    lambda s: n(s.f(shape="sphere", color="cyan")),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
R(14, "What's the color of the cylinder?", missing(shape="cylinder"))  # there is no cylinder
C("exist", 14, "Is there a cylinder?", "exist(sel(cylinder))", lambda s: yes(bool(s.f(shape="cylinder"))))
C(
    "chain",
    14,
    "What shape is the thing behind the blue ball?",
    "q(u(rel(u(f(sel(sphere), color=blue)), behind)), shape)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="sphere", color="blue"))), "shape"),
)
R(14, "is the ball metal", differ("material", shape="sphere"))  # a rubber ball and a metal ball

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C("attribute", 15, "What colour is the cube?", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))
R(15, "How many cylinder are on left side of the gray sphere?", missing(shape="sphere", color="gray"))  # no grey sphere
C(
    "spatial",
    15,
    "How many cylinders are left of the green sphere?",
    "count(rel(u(f(sel(sphere), color=green)), left, name=cylinder))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="green"), shape="cylinder")),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "list",
    16,
    "What material are the small balls?",
    "values(f(sel(sphere), size=small), material)",
    lambda s: one_value(s.a(i, "material") for i in s.f(shape="sphere", size="small")),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C("count", 18, "How many purple things?", "count(f(scene(), color=purple))", lambda s: n(s.f(color="purple")))
R(18, "how many spheres are to the right of the green cube?", missing(shape="cube", color="green"))  # no green cube
C(
    "spatial",
    18,
    "how many spheres are to the right of the cyan cube?",
    "count(rel(u(f(sel(cube), color=cyan)), right, name=sphere))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="cyan"), shape="sphere")),
)
C(
    "exist",
    18,
    "Is there a green cube?",
    "exist(f(sel(cube), color=green))",
    lambda s: yes(bool(s.f(shape="cube", color="green"))),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
R(21, "How many spheres are behind the blue cylinder?", missing(shape="cylinder", color="blue"))  # no blue cylinder
C(
    "spatial",
    21,
    "How many spheres are to the right of the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), right, name=sphere))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="green"), shape="sphere")),
)
C(
    "spatial",
    21,
    "is there something behind the grey ball, or nothing?",
    "exist(rel(u(f(sel(sphere), color=gray)), behind))",
    lambda s: anything(s, "behind", s.the(shape="sphere", color="gray")),
)
R(
    21,
    "please tell me which colour has the thing behind the grey ball",
    picks_badly("behind", {"shape": "sphere", "color": "gray"}, {}, "color"),
)  # nothing is behind the grey ball
R(21, "Where was this photo taken?")  # a place outside the picture

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "compare_size",
    23,
    "which is bigger, the yellow ball or the yellow cylinder?",
    "compare(u(f(sel(sphere), color=yellow)), u(f(sel(cylinder), color=yellow)), bigger)",
    lambda s: bigger(s, s.the(shape="sphere", color="yellow"), s.the(shape="cylinder", color="yellow")),
)
C(
    "compare_size",
    23,
    "Is the brown ball bigger than the yellow ball?",
    "larger(u(f(sel(sphere), color=brown)), u(f(sel(sphere), color=yellow)))",
    lambda s: larger(s, s.the(shape="sphere", color="brown"), s.the(shape="sphere", color="yellow")),
)

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
R(
    24, "How many things are behind the red ball?", anchors_differ("behind", {"shape": "sphere", "color": "red"}, {})
)  # two red balls, with 3 and 0 things behind them
C(
    "count",
    24,
    "How many red things are shaped like balls?",
    "count(f(sel(sphere), color=red))",
    lambda s: n(s.f(shape="sphere", color="red")),
)
R(
    24, "What material is the gray cube?", differ("material", shape="cube", color="gray")
)  # a metal and a rubber grey cube
C(
    "attribute",
    24,
    "What material is the small gray cube?",
    "q(u(f(sel(cube), size=small, color=gray)), material)",
    lambda s: s.a(s.the(shape="cube", size="small", color="gray"), "material"),
)
C("count", 24, "how many blocks are there", "count(sel(cube))", lambda s: n(s.f(shape="cube")))

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
R(
    27,
    "what shape is the thing behind the red cylinder?",
    picks_badly("behind", {"shape": "cylinder", "color": "red"}, {}, "shape"),
)  # two things behind it: a cube and a sphere
C(
    "chain",
    27,
    "What colour is the thing behind the yellow ball?",
    "q(u(rel(u(sel(sphere)), behind)), color)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="sphere"))), "color"),
)
C(
    "quantifier",
    27,
    "are both cubes large?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)
R(27, "Why is the yellow ball shiny?")  # a reason cannot be seen

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "attribute",
    29,
    "what shape is the cyan metal thing",
    "q(u(f(scene(), color=cyan, material=metal)), shape)",
    lambda s: s.a(s.the(color="cyan", material="metal"), "shape"),
)
C(
    "compare_size",
    29,
    "Is the brown ball smaller than the cyan ball?",
    "smaller(u(f(sel(sphere), color=brown)), u(f(sel(sphere), color=cyan)))",
    lambda s: smaller(s, s.the(shape="sphere", color="brown"), s.the(shape="sphere", color="cyan")),
)
R(29, "Tell me the colour of the cylinder.", differ("color", shape="cylinder"))  # a cyan and a red cylinder

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
R(
    30,
    "which ball is bigger, the green one or the purple one?",
    same_size({"shape": "sphere", "color": "green"}, {"shape": "sphere", "color": "purple"}),
)  # both large spheres: equal
C("exist", 30, "Is there a small thing?", "exist(f(scene(), size=small))", lambda s: yes(bool(s.f(size="small"))))
C(
    "chain",
    30,
    "What's in front of the green ball?",
    "q(u(rel(u(f(sel(sphere), color=green)), front)), shape)",
    lambda s: s.a(only(related(s, "front", s.the(shape="sphere", color="green"))), "shape"),
)
R(30, "What does the blue cylinder smell like?")  # a smell cannot be seen

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C("attribute", 31, "The cube is what colour?", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))
C(
    "count",
    31,
    "how many spheres are made of metal",
    "count(f(sel(sphere), material=metal))",
    lambda s: n(s.f(shape="sphere", material="metal")),
)
R(
    31, "hi! how many objects sit to the left of the purple cylinder? thanks", missing(shape="cylinder", color="purple")
)  # no purple cylinder (the purple thing is a cube)
C(
    "spatial",
    31,
    "How many things are left of the purple cube?",
    "count(rel(u(f(sel(cube), color=purple)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="purple"))),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
R(33, "Is the cyan thing rubber?", differ("material", color="cyan"))  # a rubber cube and a metal cylinder are cyan
C(
    "verify",
    33,
    "Is the cyan cube rubber?",
    "verify(u(f(sel(cube), color=cyan)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", color="cyan"), "material") == "rubber"),
)
C(
    "spatial",
    33,
    "How many objects are behind the red sphere?",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)
R(33, "how much would the red ball cost?")  # a price cannot be seen

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "quantifier",
    34,
    "Is everything metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C("exist", 34, "any balls in this one", "exist(sel(sphere))", lambda s: yes(bool(s.f(shape="sphere"))))

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "compare_size",
    36,
    "Which is bigger, the gray ball or the brown cylinder?",
    "compare(u(f(sel(sphere), color=gray)), u(f(sel(cylinder), color=brown)), bigger)",
    lambda s: bigger(s, s.the(shape="sphere", color="gray"), s.the(shape="cylinder", color="brown")),
)
C(
    "list",
    36,
    "what colors are the big balls",
    "values(f(sel(sphere), size=large), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere", size="large")),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "spatial",
    38,
    "Is the red ball left of the big rubber cylinder?",
    "exist(f(rel(u(f(sel(cylinder), material=rubber)), left), color=red, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "red"}, "left", {"shape": "cylinder", "material": "rubber"}),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
R(39, "How big is the cylinder?", differ("size", shape="cylinder"))  # a large and a small cylinder
C(
    "attribute",
    39,
    "What is the cube made of?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "spatial",
    39,
    "Is there anything behind the brown cylinder?",
    "exist(rel(u(f(sel(cylinder), color=brown)), behind))",
    lambda s: anything(s, "behind", s.the(shape="cylinder", color="brown")),
)
R(
    39,
    "What colour is the thing behind the brown cylinder?",
    picks_badly("behind", {"shape": "cylinder", "color": "brown"}, {}, "color"),
)  # nothing is behind the brown cylinder

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
R(
    42, "What's the blue cylinder made of?", differ("material", shape="cylinder", color="blue")
)  # a rubber and a metal blue cylinder
C("count", 42, "How many blue things?", "count(f(scene(), color=blue))", lambda s: n(s.f(color="blue")))
C(
    "quantifier",
    42,
    "are all the blue things small?",
    "not_(exist(fn(f(scene(), color=blue), size=small)))",
    lambda s: every(s, s.f(color="blue"), size="small"),
)
R(
    42,
    "What colour is the ball in front of the gray cylinder?",
    picks_badly("front", {"shape": "cylinder", "color": "gray"}, {"shape": "sphere"}, "color"),
)  # three balls in front of it: yellow, blue, yellow

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
R(
    44, "Is the brown ball made of rubber?", differ("material", shape="sphere", color="brown")
)  # a rubber and a metal brown ball
C(
    "count",
    44,
    "How many balls are brown?",
    "count(f(sel(sphere), color=brown))",
    lambda s: n(s.f(shape="sphere", color="brown")),
)
R(
    44,
    "I was wondering whether the blue cube is the same colour as the green sphere",
    missing(shape="sphere", color="green"),
)  # no green sphere to compare with
C(
    "verify",
    44,
    "Is the big brown ball made of rubber?",
    "verify(u(f(sel(sphere), size=large, color=brown)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="brown"), "material") == "rubber"),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
R(
    46,
    "What colour is the thing behind the green sphere?",
    picks_badly("behind", {"shape": "sphere", "color": "green"}, {}, "color"),
)  # two things behind it: grey and red
C(
    "spatial",
    46,
    "is there anything behind the red ball?",
    "exist(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: anything(s, "behind", s.the(shape="sphere", color="red")),
)
C(
    "spatial",
    46,
    "Is there anything behind the green ball?",
    "exist(rel(u(f(sel(sphere), color=green)), behind))",
    lambda s: anything(s, "behind", s.the(shape="sphere", color="green")),
)
C(
    "count",
    46,
    "how many purple spheres",
    "count(f(sel(sphere), color=purple))",
    lambda s: n(s.f(shape="sphere", color="purple")),
)

# scene 50: all rubber: large purple sph, large red cyl, small yellow cube, small cyan sph, small blue cube, large green cube, large green sph, small green cyl
C(
    "exist",
    50,
    "Anything shiny in this one?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
R(50, "What colour is the shiny thing?", missing(material="metal"))  # nothing is metal
C(
    "count",
    50,
    "How many shiny things are there?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
R(50, "What will happen to the green cube next?")  # the future cannot be seen

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "spatial",
    51,
    "How many cylinder is in front of the brown sphere?",
    "count(rel(u(f(sel(sphere), color=brown)), front, name=cylinder))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="brown"), shape="cylinder")),
)
R(51, "How many cubes are behind the green ball?", missing(shape="sphere", color="green"))  # no green ball
C(
    "spatial",
    51,
    "How many cubes are behind the gray ball?",
    "count(rel(u(f(sel(sphere), color=gray)), behind, name=cube))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="gray"), shape="cube")),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
R(
    52,
    "which cube is the biggest?",
    lambda s: len(s.f(shape="cube")) > 1 and {s.a(i, "size") for i in s.f(shape="cube")} == {"large"},
)  # three cubes, all large: no biggest
C(
    "compare_size",
    52,
    "Is the gray cylinder smaller than the blue cube?",
    "smaller(u(f(sel(cylinder), color=gray)), u(f(sel(cube), color=blue)))",
    lambda s: smaller(s, s.the(shape="cylinder", color="gray"), s.the(shape="cube", color="blue")),
)
C(
    "quantifier",
    52,
    "are all of the cubes large?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube, large gray rubber cube
C(
    "list",
    54,
    "What colour are the cubes that aren't green?",
    "values(fn(sel(cube), color=green), color)",
    lambda s: one_value(s.a(i, "color") for i in s.f(shape="cube") if s.a(i, "color") != "green"),
)
R(
    54, "how many things are left of the grey cube?", anchors_differ("left", {"shape": "cube", "color": "gray"}, {})
)  # two grey cubes, with 3 and 0 things left of them
C(
    "quantifier",
    54,
    "is everything big?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "spatial",
    54,
    "How many things are left of the green cube?",
    "count(rel(u(f(sel(cube), color=green)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="green"))),
)

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
R(
    57, "Of the two grey boxes, which one's bigger?", pair_alike(shape="cube", color="gray")
)  # two large grey cubes: equal
C(
    "spatial",
    57,
    "How many cubes are left of the blue ball?",
    "count(rel(u(f(sel(sphere), color=blue)), left, name=cube))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="blue"), shape="cube")),
)
C(
    "compare_size",
    57,
    "is the yellow ball smaller than the blue ball?",
    "smaller(u(f(sel(sphere), color=yellow)), u(f(sel(sphere), color=blue)))",
    lambda s: smaller(s, s.the(shape="sphere", color="yellow"), s.the(shape="sphere", color="blue")),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "list",
    58,
    "what are the cubes made out of?",
    "values(sel(cube), material)",
    lambda s: one_value(s.a(i, "material") for i in s.f(shape="cube")),
)
C("attribute", 58, "what size is the ball", "q(u(sel(sphere)), size)", lambda s: s.a(s.the(shape="sphere"), "size"))

# =================================================================================================================
# photo-like graphs
# =================================================================================================================

# street: man in black (left, red tie), woman in green (middle, holding the small brown dog, in front of the bus), man in white (right, blue tie), red bus "CERO EMISIONES", red STOP sign, white car (left of the bus), tree behind the bus, "NO PARKING" on the road
R("street", "what colour is the cat?", p_missing("cat"))  # there is no cat
P("exist", "street", "is there a cat?", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P("count", "street", "How many bikes are there?", "count(sel(bicycle))", lambda p: n(p.f("bicycle")))
R("street", "Is the bicycle red?", p_missing("bicycle"))  # there is no bicycle
P("attribute", "street", "What colour is the dog?", "q(u(sel(dog)), color)", lambda p: p.value(p.the("dog"), "color"))
R(
    "street",
    "What colour is the man's tie?",
    lambda p: len({p.value(only(p.objects_of(m, "wearing")), "color") for m in p.f("man")}) > 1,
)  # two men, with a red and a blue tie
P(
    "chain",
    "street",
    "what colour is the tie of the man in black?",
    "q(u(rel(u(f(sel(man), color=black)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("man", color="black"), "wearing")), "color"),
)
R("street", "What colour is the man wearing?", p_differ("man", "color"))  # two men: one in black, one in white
P(
    "attribute",
    "street",
    "what's the woman wearing, colour-wise?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P("text", "street", "What does the stop sign say?", "q(u(sel(sign)), text)", lambda p: p.value(p.the("sign"), "text"))
P(
    "verify",
    "street",
    "Is the woman holding the dog?",
    "vrel(u(sel(dog)), holding, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "holding", p.the("dog"))),
)
R("street", "Which man is taller?", p_same_height("man1", "man2"))  # the two men's boxes are the same height
P(
    "compare_size",
    "street",
    "is the bus bigger than the dog?",
    "larger(u(sel(bus)), u(sel(dog)))",
    lambda p: yes(area(p, p.the("bus")) > area(p, p.the("dog"))),
)
P(
    "list",
    "street",
    "what colours are the ties?",
    "values(sel(tie), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("tie")),
)
P(
    "exist",
    "street",
    "Is anyone wearing a hat?",
    "exist(rel(sel(person), wearing, role=object, name=hat))",
    lambda p: yes(any(p.name(w) == "hat" for o in p.objects for w in p.objects_of(o, "wearing"))),
)
P(
    "chain",
    "street",
    "What's in front of the bus?",
    "q(u(rel(u(sel(bus)), front)), name)",
    lambda p: p.name(only(p.subjects("front", p.the("bus")))),
)
P(
    "chain",
    "street",
    "what is behind the bus",
    "q(u(rel(u(sel(bus)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("bus")))),
)
P(
    "spatial",
    "street",
    "Is the car to the left of the bus?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(p.has(p.the("car"), "left", p.the("bus"))),
)
R("street", "Where is the bus going?")  # a destination is outside the picture (the bus shows no route)
R("street", "how fast is the car driving")  # a speed cannot be seen in a still picture
R("street", "What is the dog's name?")  # a name cannot be seen
P("count", "street", "How many men are in the picture?", "count(sel(man))", lambda p: n(p.f("man")))
R("street", "what does the writing on the truck say?", p_missing("truck"))  # there is no truck
P(
    "verify",
    "street",
    "is the dog small?",
    "verify(u(sel(dog)), size, small)",
    lambda p: yes(p.value(p.the("dog"), "size") == "small"),
)
P("count", "street", "how many trucks", "count(sel(truck))", lambda p: n(p.f("truck")))

# kitchen: red, blue and white cups, white plate, fork near the plate, green bottle "AGUA", all on the brown wooden table; woman in yellow right of the table; white clock "12:30" above the table
R("kitchen", "sorry, what colour is the cup?", p_differ("cup", "color"))  # three cups: red, blue, white
P(
    "list",
    "kitchen",
    "What colours are the cups?",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
R("kitchen", "what colour is the knife", p_missing("knife"))  # there is no knife
P("exist", "kitchen", "Is there a knife?", "exist(sel(knife))", lambda p: yes(bool(p.f("knife"))))
R("kitchen", "Is the spoon metal?", p_missing("spoon"))  # there is no spoon
P(
    "verify",
    "kitchen",
    "Is the fork metal?",
    "verify(u(sel(fork)), material, metal)",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal"),
)
P("count", "kitchen", "how many spoons are there", "count(sel(spoon))", lambda p: n(p.f("spoon")))
R(
    "kitchen", "Which cup is bigger, the red one or the white one?", p_same_box("cup1", "cup3")
)  # the two cups' boxes are the same size
R("kitchen", "What is the woman cooking?")  # nothing in the picture shows her cooking, and intentions cannot be seen
P(
    "text",
    "kitchen",
    "what time does the clock say?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "What colour is the plate?",
    "q(u(sel(plate)), color)",
    lambda p: p.value(p.the("plate"), "color"),
)
P(
    "attribute",
    "kitchen",
    "what's the table made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
R("kitchen", "What colour is the cup next to the bowl?", p_missing("bowl"))  # there is no bowl
P(
    "chain",
    "kitchen",
    "Which colour is the cup to the right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "exist",
    "kitchen",
    "Is there anything green on the table?",
    "exist(f(rel(u(sel(table)), on), color=green))",
    lambda p: yes(any(p.value(o, "color") == "green" for o in p.subjects("on", p.the("table")))),
)
P(
    "count",
    "kitchen",
    "How many things are on the table?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "spatial",
    "kitchen",
    "Is the woman to the left of the table?",
    "vrel(u(sel(table)), left, name=woman)",
    lambda p: yes(p.has(p.the("woman"), "left", p.the("table"))),
)
R("kitchen", "What day is it?")  # the clock shows a time, not a date
P(
    "chain",
    "kitchen",
    "what's above the table?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "exist",
    "kitchen",
    "is there a cup left of the plate?",
    "exist(rel(u(sel(plate)), left, name=cup))",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("plate")), "cup"))),
)
P(
    "negation",
    "kitchen",
    "How many cups are not red?",
    "count(fn(sel(cup), color=red))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "red"]),
)
R("kitchen", "Is the coffee in the blue cup still hot?")  # the cup's contents and their temperature cannot be seen
P("exist", "kitchen", "Is there a bowl?", "exist(sel(bowl))", lambda p: yes(bool(p.f("bowl"))))

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees
R("park", "what colour is the dog", p_differ("dog", "color"))  # two dogs: black and white
P("count", "park", "how many dogs are there?", "count(sel(dog))", lambda p: n(p.f("dog")))
R("park", "what colour is the woman wearing?", p_differ("woman", "color"))  # two women: in red and in white
R("park", "What colour is the ball?", p_missing("ball"))  # there is no ball (the boy throws a frisbee)
P("exist", "park", "is there a ball?", "exist(sel(ball))", lambda p: yes(bool(p.f("ball"))))
P(
    "count",
    "park",
    "My daughter swears she saw cats. How many cats are in the park?",
    "count(sel(cat))",
    lambda p: n(p.f("cat")),
)
R("park", "Who owns the bike?")  # an owner cannot be seen
R("park", "How old is the boy?")  # an age cannot be seen
R("park", "Which dog is bigger?", p_same_box("dog1", "dog2"))  # the two dogs' boxes are the same size
R("park", "What is the man holding in his hand?", p_missing("man"))  # there is no man in the park
P("count", "park", "how many men are there", "count(sel(man))", lambda p: n(p.f("man")))
R(
    "park",
    "Is the woman holding a dog?",
    lambda p: len({bool(named(p, p.objects_of(w, "holding"), "dog")) for w in p.f("woman")}) > 1,
)  # two women: one holds a dog, one does not
P(
    "verify",
    "park",
    "Is a woman holding the black dog?",
    "vrel(u(f(sel(dog), color=black)), holding, name=woman)",
    lambda p: yes(any(p.name(h) == "woman" for h in p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "chain",
    "park",
    "What is the boy throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
R("park", "What will the boy do next?")  # the future cannot be seen
P(
    "attribute",
    "park",
    "What colour is the bike?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "chain",
    "park",
    "what colour is the dog near the girl",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "attribute",
    "park",
    "What's the bench made of?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "spatial",
    "park",
    "Is the boy near the bench?",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(p.has(p.the("boy"), "near", p.the("bench"))),
)
P(
    "exist",
    "park",
    "Is anybody wearing yellow?",
    "exist(f(sel(person), color=yellow))",
    lambda p: yes(any(p.value(o, "color") == "yellow" for o in people(p))),
)
P(
    "chain",
    "park",
    "What colour is the woman who is holding a dog wearing?",
    "q(u(rel(sel(dog), holding, name=woman)), color)",
    lambda p: p.value(only([h for d in p.f("dog") for h in p.subjects("holding", d) if p.name(h) == "woman"]), "color"),
)
P("count", "park", "How many women are there?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "attribute",
    "park",
    "What colour is the frisbee?",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)


# =================================================================================================================
# the drawing of flat shapes
# =================================================================================================================

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
R("shapes", "What colour is the circle?", p_differ("circle", "color"))  # two circles: red and blue
P(
    "attribute",
    "shapes",
    "What colour is the small circle?",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
R("shapes", "what colour is the pentagon", p_missing("pentagon"))  # there is no pentagon
P("exist", "shapes", "There is a pentagon, yes or no?", "exist(sel(pentagon))", lambda p: yes(bool(p.f("pentagon"))))
R("shapes", "The oval, it is blue?", p_missing("oval"))  # there is no oval
P("count", "shapes", "How many ovals are there?", "count(sel(oval))", lambda p: n(p.f("oval")))
R("shapes", "How big is the circle?", p_differ("circle", "size"))  # a large and a small circle
R(
    "shapes", "What colour is the rectangle?", p_differ(RECTANGLES, "color")
)  # the yellow rectangle and the blue square are both rectangles
P(
    "attribute",
    "shapes",
    "How big is the yellow rectangle?",
    "q(u(f(sel(rectangle), color=yellow)), size)",
    lambda p: p.value(p.the(RECTANGLES, color="yellow"), "size"),
)
P(
    "count",
    "shapes",
    "how many rectangles are there",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(p.f(RECTANGLES)),
)  # squares counted, as this set's conventions say
R("shapes", "What colour is the shape left of the purple square?", p_missing(color="purple"))  # nothing is purple
R("shapes", "Which is bigger, the star or the pentagon?", p_missing("pentagon"))  # no pentagon to compare with
P(
    "compare_size",
    "shapes",
    "Which is bigger, the triangle or the star?",
    "compare(u(sel(triangle)), u(sel(star)), bigger)",
    lambda p: p.name(max(p.the("triangle"), p.the("star"), key=lambda o: area(p, o))),
)
R("shapes", "What shape is the red one?", p_differ(None, "shape", color="red"))  # a red circle and a red star
P(
    "attribute",
    "shapes",
    "What shape is the small red one?",
    "q(u(f(scene(), size=small, color=red)), shape)",
    lambda p: p.value(p.the(size="small", color="red"), "shape"),
)
R(
    "shapes", "what shape is the blue thing", p_differ(None, "shape", color="blue")
)  # three blue shapes: square, hexagon, circle
P(
    "list",
    "shapes",
    "which shapes are blue?",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
R("shapes", "Who drew this picture?")  # an author cannot be seen
R("shapes", "What does the triangle mean?")  # a meaning cannot be seen
R(
    "shapes", "What colour is the shape in the top row?", p_differ(None, "color", vposition="top")
)  # three shapes in the top row: red, blue, green
P(
    "count",
    "shapes",
    "how many blue shapes are in the bottom row",
    "count(f(scene(), color=blue, vposition=bottom))",
    lambda p: n(p.f(color="blue", vposition="bottom")),
)
P(
    "position",
    "shapes",
    "what shape is in the top right corner?",
    "q(u(f(scene(), hposition=right, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "shape"),
)
P(
    "attribute",
    "shapes",
    "What colour is the square?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)
P(
    "quantifier",
    "shapes",
    "are all the circles blue?",
    "not_(exist(fn(sel(circle), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f("circle"))),
)
P(
    "exist",
    "shapes",
    "Anything purple in the drawing?",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, which shape is furthest left?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
P(
    "negation",
    "shapes",
    "How many shapes aren't blue?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "count",
    "shapes",
    "How many triangles are red?",
    "count(f(sel(triangle), color=red))",
    lambda p: n(p.f("triangle", color="red")),
)
R("shapes", "what is the triangle made of?")  # a drawing shows no material
P(
    "attribute",
    "shapes",
    "what colour is the hexagon",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "compare_size",
    "shapes",
    "is the triangle bigger than the star?",
    "larger(u(sel(triangle)), u(sel(star)))",
    lambda p: yes(area(p, p.the("triangle")) > area(p, p.the("star"))),
)
P("exist", "shapes", "Is any shape green?", "exist(f(scene(), color=green))", lambda p: yes(bool(p.f(color="green"))))
P(
    "attribute",
    "shapes",
    "What colour is the big circle?",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P("count", "shapes", "how many stars?", "count(sel(star))", lambda p: n(p.f("star")))


def check_reasons() -> None:
    """Confirm on each scene the reason given for each refusal that has a check."""
    clevr, photo = load_scenes()
    problems = []
    for scene, text, check in REASONS:
        view = Clevr(clevr[f"CLEVR_val_{scene:06d}.png"]) if isinstance(scene, int) else Photo(photo[scene])
        try:
            holds = check(view)
        except NotUnique as error:
            holds, text = False, f"{text} ({error})"
        if not holds:
            problems.append(f"{scene} {text}: the reason for refusing does not hold")
    if problems:
        raise SystemExit("\n".join(problems))


if __name__ == "__main__":
    check_reasons()
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
