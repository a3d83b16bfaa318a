"""A twelfth blind paraphrase set (tests/data/paraphrases/blind12.jsonl): questions as real people type or say
them, over CLEVR val scenes and the photo-like graphs, in voices unlike the usual templates: a warehouse or lab
robot operator giving terse commands ("report colour of leftmost cylinder"), a sports or quiz commentator, someone
who describes the scene before asking ("I see a big red thing near a cube - is it metal?"), parenthetical asides,
hedged questions ("I might be wrong but ..."), careful quantifiers (any / each / every / all / both / neither /
none), "how many X does the picture have", "which is more common, X or Y", "what's the only X", requests for lists
("name everything that is red", "list the shapes you can see", "what colours do you see"), negatives and
exceptions ("all the cubes except the red one"), chains of two relations, text on the photos, plus questions
nsvr's steps cannot answer (gold ``refuse``: parity of a count, touching, measurements, time, intent, feelings).
Written without reading the parser or the earlier question files; held back to be run once, at the end.

Each item carries a gold program in nsvr's notation (:mod:`nsvr.agent.llm.notation`) and the answer computed by
plain Python from the scene JSON (blind_gold.py, no nsvr import). ``--check`` also runs every gold program with
nsvr's executor and fails when it does not give the plain-Python answer (tests/tasks/test_paraphrase_sets.py does
the same). A list answer (gold ``values(X, ATTR)``) is the distinct values by descending frequency, ties in
alphabetical order, joined by ", ".

    python tests/data/paraphrases/blind/build_blind12.py [--check]
"""

# ruff: noqa: E501
from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind12.jsonl"
Q, C, P, X = question_recorder()  # Q: (kind, scene, text, gold program or None, fn or None)


# --- plain-Python helpers (no nsvr) ----------------------------------------------------------------------------
def hop(c: Clevr, i: int, relation: str, **want) -> int:
    """The one object with these attributes that is ``relation`` of object i."""
    return c.one(c.f(among=c.rel(relation, i), **want))


def side_order(c: Clevr, ids: list[int], side: str) -> list[int]:
    """CLEVR objects ordered from the ``side`` of the scene inwards (along the scene's own direction vector)."""
    direction = c.raw["directions"][side]
    return sorted(ids, key=lambda i: -sum(p * d for p, d in zip(c.objects[i]["3d_coords"], direction, strict=True)))


def nth(c: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th CLEVR object of ids from the ``side`` (1 = the most extreme)."""
    return side_order(c, ids, side)[k - 1]


def dist(c: Clevr, i: int, j: int) -> float:
    return math.dist(c.objects[i]["3d_coords"], c.objects[j]["3d_coords"])


def nearest(c: Clevr, ids: list[int], j: int) -> int:
    ranked = sorted((dist(c, i, j), i) for i in ids if i != j)
    if len(ranked) > 1 and math.isclose(ranked[0][0], ranked[1][0]):
        raise NotUnique(str(ranked[:2]))
    return ranked[0][1]


def farthest(c: Clevr, ids: list[int], j: int) -> int:
    ranked = sorted(((dist(c, i, j), i) for i in ids if i != j), reverse=True)
    if len(ranked) > 1 and math.isclose(ranked[0][0], ranked[1][0]):
        raise NotUnique(str(ranked[:2]))
    return ranked[0][1]


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def listing(values) -> str:
    """Distinct values, most frequent first, ties alphabetical, joined by ', '."""
    counts = Counter(values)
    return ", ".join(v for v, _ in sorted(counts.items(), key=lambda vc: (-vc[1], vc[0])))


def more_common(first_name: str, first: list, second_name: str, second: list) -> str:
    if len(first) == len(second):
        raise NotUnique(f"tie {first_name} {second_name}")
    return first_name if len(first) > len(second) else second_name


def psub(p: Photo, oid: str, predicate: str, name=None) -> list[str]:
    """Photo objects that are ``predicate`` of oid (T predicate oid), optionally only those called ``name``."""
    return [s for s in p.subjects(predicate, oid) if name is None or p.name(s) == name]


def pobj(p: Photo, oid: str, predicate: str, name=None) -> list[str]:
    """Photo objects oid is ``predicate`` (oid predicate T)."""
    return [o for o in p.objects_of(oid, predicate) if name is None or p.name(o) == name]


def people(p: Photo) -> list[str]:
    return [i for i in p.objects if p.name(i) in PEOPLE]


def pside(p: Photo, ids: list[str], side: str) -> str:
    """The photo object of ids furthest to ``side`` (left/right by box centre x, top/bottom by centre y)."""

    def centre(i, axis):
        box = p.objects[i]["box"]
        return (box[axis] + box[axis + 2]) / 2

    axis, sign = {"left": (0, 1), "right": (0, -1), "top": (1, 1), "bottom": (1, -1)}[side]
    ranked = sorted(ids, key=lambda i: sign * centre(i, axis))
    if len(ranked) > 1 and centre(ranked[0], axis) == centre(ranked[1], axis):
        raise NotUnique(str(ranked[:2]))
    return ranked[0]


def names(p: Photo, ids) -> list[str]:
    return [p.name(i) for i in ids]


def text_of(p: Photo, oid: str) -> str:
    return p.value(oid, "text")


def with_text(p: Photo, word: str) -> list[str]:
    return [i for i in p.objects if (p.value(i, "text") or "") == word]


# fmt: off
# ================================================================================================================
# count
# ================================================================================================================
C("count", 7, "count cylinders. metal ones only.",
  "count(f(sel(cylinder), material=metal))", lambda c: n(c.f(shape="cylinder", material="metal")))
C("count", 5, "how many spheres does the picture have",
  "count(sel(sphere))", lambda c: n(c.f(shape="sphere")))
C("count", 24, "count the things that are not cubes",
  "count(fn(scene(), shape=cube))", lambda c: n([i for i in c.all() if c.a(i, "shape") != "cube"]))
C("count", 12, "and for the folks at home, how many grey objects have we got out there on the table tonight?",
  "count(f(scene(), color=gray))", lambda c: n(c.f(color="gray")))
C("count", 41, "how many big shiny things do we have (shiny meaning metal)",
  "count(f(scene(), size=large, material=metal))", lambda c: n(c.f(size="large", material="metal")))
C("count", 47, "quick tally of the purple cubes please",
  "count(f(sel(cube), color=purple))", lambda c: n(c.f(shape="cube", color="purple")))
C("count", 31, "of all the spheres, how many are the small kind?",
  "count(f(sel(sphere), size=small))", lambda c: n(c.f(shape="sphere", size="small")))
C("count", 49, "I count a lot of balls here - how many exactly?",
  "count(sel(sphere))", lambda c: n(c.f(shape="sphere")))
C("count", 4, "number of rubber objects in view?",
  "count(f(scene(), material=rubber))", lambda c: n(c.f(material="rubber")))
C("count", 45, "how many cylinders does this one have (big or small, doesn't matter)",
  "count(sel(cylinder))", lambda c: n(c.f(shape="cylinder")))
C("count", 55, "count all the matte purple things",
  "count(f(scene(), color=purple, material=rubber))", lambda c: n(c.f(color="purple", material="rubber")))
C("count", 11, "how many things are brown, whatever their size?",
  "count(f(scene(), color=brown))", lambda c: n(c.f(color="brown")))
C("count", 13, "operator here. give me the number of red items, any shape",
  "count(f(scene(), color=red))", lambda c: n(c.f(color="red")))
C("count", 43, "how many cyan things does the picture have",
  "count(f(scene(), color=cyan))", lambda c: n(c.f(color="cyan")))
C("count", 9, "count objects, exclude spheres",
  "count(fn(scene(), shape=sphere))", lambda c: n([i for i in c.all() if c.a(i, "shape") != "sphere"]))
C("count", 19, "how many little metal cylinders are in there",
  "count(f(sel(cylinder), size=small, material=metal))", lambda c: n(c.f(shape="cylinder", size="small", material="metal")))
C("count", 37, "how many of the objects are made of rubber? (the matte ones)",
  "count(f(scene(), material=rubber))", lambda c: n(c.f(material="rubber")))
P("count", "park", "how many people does the picture have",
  "count(sel(person))", lambda p: n(people(p)))
P("count", "kitchen", "how many cups are sitting on the table",
  "count(rel(u(sel(table)), on, name=cup))", lambda p: n(psub(p, p.the("table"), "on", "cup")))
P("count", "shapes", "how many blue shapes are there in total",
  "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P("count", "street", "count every person wearing a tie",
  "count(rel(sel(tie), wearing))", lambda p: n({s for t in p.f("tie") for s in psub(p, t, "wearing")}))
P("count", "park", "in the park photo, how many things are green?",
  "count(f(scene(), color=green))", lambda p: n(p.f(color="green")))
P("count", "kitchen", "how many white objects does the kitchen have",
  "count(f(scene(), color=white))", lambda p: n(p.f(color="white")))

# ================================================================================================================
# attribute
# ================================================================================================================
C("attribute", 7, "report material of the yellow cube",
  "q(u(f(sel(cube), color=yellow)), material)", lambda c: c.a(c.the(shape="cube", color="yellow"), "material"))
C("attribute", 0, "what's the only cylinder made of",
  "q(u(sel(cylinder)), material)", lambda c: c.a(c.the(shape="cylinder"), "material"))
C("attribute", 2, "what colour's the only cube",
  "q(u(sel(cube)), color)", lambda c: c.a(c.the(shape="cube"), "color"))
C("attribute", 14, "the cube (the little one, there's only one) - what colour is it?",
  "q(u(sel(cube)), color)", lambda c: c.a(c.the(shape="cube"), "color"))
C("attribute", 21, "what's the shape of the purple object",
  "q(u(f(scene(), color=purple)), shape)", lambda c: c.a(c.the(color="purple"), "shape"))
C("attribute", 22, "the cyan one, what shape is that",
  "q(u(f(scene(), color=cyan)), shape)", lambda c: c.a(c.the(color="cyan"), "shape"))
C("attribute", 51, "what is the big grey ball made of",
  "q(u(f(sel(sphere), size=large, color=gray)), material)", lambda c: c.a(c.the(shape="sphere", size="large", color="gray"), "material"))
C("attribute", 30, "and the blue one, folks, what shape has it got?",
  "q(u(f(scene(), color=blue)), shape)", lambda c: c.a(c.the(color="blue"), "shape"))
C("attribute", 40, "size of the brown cylinder?",
  "q(u(f(sel(cylinder), color=brown)), size)", lambda c: c.a(c.the(shape="cylinder", color="brown"), "size"))
C("attribute", 58, "give me the colour of the sphere",
  "q(u(sel(sphere)), color)", lambda c: c.a(c.the(shape="sphere"), "color"))
C("attribute", 34, "what colour is the cube (I think there's just the one)",
  "q(u(sel(cube)), color)", lambda c: c.a(c.the(shape="cube"), "color"))
C("attribute", 23, "the big yellow object - what's its shape",
  "q(u(f(scene(), size=large, color=yellow)), shape)", lambda c: c.a(c.the(size="large", color="yellow"), "shape"))
C("attribute", 28, "what's the only sphere's colour",
  "q(u(sel(sphere)), color)", lambda c: c.a(c.the(shape="sphere"), "color"))
C("attribute", 39, "material of the cube, please",
  "q(u(sel(cube)), material)", lambda c: c.a(c.the(shape="cube"), "material"))
C("attribute", 52, "what colour is the cylinder? (the only one)",
  "q(u(sel(cylinder)), color)", lambda c: c.a(c.the(shape="cylinder"), "color"))
C("attribute", 54, "the metal thing - which shape is it",
  "q(u(f(scene(), material=metal)), shape)", lambda c: c.a(c.the(material="metal"), "shape"))
C("attribute", 20, "the biggest thing there (only one is large) - what colour?",
  "q(u(f(scene(), size=large)), color)", lambda c: c.a(c.the(size="large"), "color"))
P("attribute", "park", "what colour is the bicycle",
  "q(u(sel(bicycle)), color)", lambda p: p.value(p.the("bicycle"), "color"))
P("attribute", "street", "the dog, what colour would you say it is",
  "q(u(sel(dog)), color)", lambda p: p.value(p.the("dog"), "color"))
P("attribute", "kitchen", "what is the table made of",
  "q(u(sel(table)), material)", lambda p: p.value(p.the("table"), "material"))
P("attribute", "park", "the frisbee - what colour?",
  "q(u(sel(frisbee)), color)", lambda p: p.value(p.the("frisbee"), "color"))
P("attribute", "shapes", "what colour is the star",
  "q(u(sel(star)), color)", lambda p: p.value(p.the("star"), "color"))
P("attribute", "shapes", "what shape is the yellow one",
  "q(u(f(scene(), color=yellow)), shape)", lambda p: p.value(p.the(color="yellow"), "shape"))
P("attribute", "street", "what colour is the car",
  "q(u(sel(car)), color)", lambda p: p.value(p.the("car"), "color"))

# ================================================================================================================
# exist
# ================================================================================================================
C("exist", 7, "any spheres that are metal?",
  "exist(f(sel(sphere), material=metal))", lambda c: yes(bool(c.f(shape="sphere", material="metal"))))
C("exist", 5, "is there a green cylinder anywhere",
  "exist(f(sel(cylinder), color=green))", lambda c: yes(bool(c.f(shape="cylinder", color="green"))))
C("exist", 3, "do you see any cubes at all",
  "exist(sel(cube))", lambda c: yes(bool(c.f(shape="cube"))))
C("exist", 30, "is there even one cube in this picture",
  "exist(sel(cube))", lambda c: yes(bool(c.f(shape="cube"))))
C("exist", 12, "scan for red objects. report yes or no",
  "exist(f(scene(), color=red))", lambda c: yes(bool(c.f(color="red"))))
C("exist", 0, "are there any metal cylinders",
  "exist(f(sel(cylinder), material=metal))", lambda c: yes(bool(c.f(shape="cylinder", material="metal"))))
C("exist", 29, "got any small spheres?",
  "exist(f(sel(sphere), size=small))", lambda c: yes(bool(c.f(shape="sphere", size="small"))))
C("exist", 38, "I'm looking for a large ball - is there one?",
  "exist(f(sel(sphere), size=large))", lambda c: yes(bool(c.f(shape="sphere", size="large"))))
C("exist", 47, "any big yellow balls in this lot?",
  "exist(f(sel(sphere), size=large, color=yellow))", lambda c: yes(bool(c.f(shape="sphere", size="large", color="yellow"))))
C("exist", 56, "is there anything made of metal here",
  "exist(f(scene(), material=metal))", lambda c: yes(bool(c.f(material="metal"))))
C("exist", 50, "anything metallic in this one?",
  "exist(f(scene(), material=metal))", lambda c: yes(bool(c.f(material="metal"))))
C("exist", 19, "are there any gray spheres",
  "exist(f(sel(sphere), color=gray))", lambda c: yes(bool(c.f(shape="sphere", color="gray"))))
C("exist", 36, "does a brown cube appear anywhere in the picture?",
  "exist(f(sel(cube), color=brown))", lambda c: yes(bool(c.f(shape="cube", color="brown"))))
P("exist", "kitchen", "is there a dog in the kitchen",
  "exist(sel(dog))", lambda p: yes(bool(p.f("dog"))))
P("exist", "street", "is anyone holding the dog",
  "exist(rel(u(sel(dog)), holding))", lambda p: yes(bool(psub(p, p.the("dog"), "holding"))))
P("exist", "shapes", "is there a green circle",
  "exist(f(sel(circle), color=green))", lambda p: yes(bool(p.f("circle", color="green"))))
P("exist", "shapes", "is there some small red shape",
  "exist(f(scene(), size=small, color=red))", lambda p: yes(bool(p.f(size="small", color="red"))))
P("exist", "park", "are there any bicycles in the park",
  "exist(sel(bicycle))", lambda p: yes(bool(p.f("bicycle"))))

# ================================================================================================================
# spatial
# ================================================================================================================
C("spatial", 0, "what colour is the thing to the left of the little yellow ball",
  "q(u(rel(u(f(sel(sphere), size=small, color=yellow)), left)), color)",
  lambda c: c.a(only(c.rel("left", c.the(shape="sphere", color="yellow"))), "color"))
C("spatial", 2, "what's left of the small gray cylinder? name the colour",
  "q(u(rel(u(f(sel(cylinder), size=small, color=gray)), left)), color)",
  lambda c: c.a(only(c.rel("left", c.the(shape="cylinder", color="gray"))), "color"))
C("spatial", 14, "the thing in front of the small blue sphere - what material",
  "q(u(rel(u(f(sel(sphere), size=small, color=blue)), front)), material)",
  lambda c: c.a(only(c.rel("front", c.the(shape="sphere", color="blue"))), "material"))
C("spatial", 22, "object on the left of the cyan sphere: colour?",
  "q(u(rel(u(f(sel(sphere), color=cyan)), left)), color)",
  lambda c: c.a(only(c.rel("left", c.the(shape="sphere", color="cyan"))), "color"))
C("spatial", 34, "what shape is sitting to the left of the yellow cube",
  "q(u(rel(u(f(sel(cube), color=yellow)), left)), shape)",
  lambda c: c.a(only(c.rel("left", c.the(shape="cube", color="yellow"))), "shape"))
C("spatial", 51, "the thing left of the big sphere is what colour",
  "q(u(rel(u(f(sel(sphere), size=large)), left)), color)",
  lambda c: c.a(only(c.rel("left", c.the(shape="sphere", size="large"))), "color"))
C("spatial", 58, "which colour is the cube left of the cyan cube",
  "q(u(rel(u(f(sel(cube), color=cyan)), left, name=cube)), color)",
  lambda c: c.a(hop(c, c.the(shape="cube", color="cyan"), "left", shape="cube"), "color"))
C("spatial", 3, "is there anything to the left of the purple cube",
  "exist(rel(u(f(sel(cube), color=purple)), left))",
  lambda c: yes(bool(c.rel("left", c.the(shape="cube", color="purple")))))
C("spatial", 21, "anything in front of the yellow sphere?",
  "exist(rel(u(f(sel(sphere), color=yellow)), front))",
  lambda c: yes(bool(c.rel("front", c.the(shape="sphere", color="yellow")))))
C("spatial", 23, "how many things are left of the small brown sphere",
  "count(rel(u(f(sel(sphere), color=brown)), left))",
  lambda c: n(c.rel("left", c.the(shape="sphere", color="brown"))))
C("spatial", 39, "what's behind the big gray cylinder? just the colour",
  "q(u(rel(u(f(sel(cylinder), size=large, color=gray)), behind)), color)",
  lambda c: c.a(only(c.rel("behind", c.the(shape="cylinder", size="large", color="gray"))), "color"))
C("spatial", 7, "the cylinder nearest the yellow cube: how big is it?",
  "q(closest(sel(cylinder), u(f(sel(cube), color=yellow))), size)",
  lambda c: c.a(nearest(c, c.f(shape="cylinder"), c.the(shape="cube", color="yellow")), "size"))
C("spatial", 5, "of the cubes, which is farthest from the green cylinder - colour please",
  "q(farthest(sel(cube), u(f(sel(cylinder), color=green))), color)",
  lambda c: c.a(farthest(c, c.f(shape="cube"), c.the(shape="cylinder", color="green")), "color"))
C("spatial", 29, "how many cylinders are to the right of the brown sphere",
  "count(rel(u(f(sel(sphere), color=brown)), right, name=cylinder))",
  lambda c: n(c.f(among=c.rel("right", c.the(shape="sphere", color="brown")), shape="cylinder")))
P("spatial", "street", "what colour is the man to the left of the bus",
  "q(u(rel(u(sel(bus)), left, name=man)), color)", lambda p: p.value(only(psub(p, p.the("bus"), "left", "man")), "color"))
P("spatial", "kitchen", "what's just right of the bottle",
  "q(u(rel(u(sel(bottle)), right)), name)", lambda p: p.name(only(psub(p, p.the("bottle"), "right"))))
P("spatial", "kitchen", "what hangs above the table",
  "q(u(rel(u(sel(table)), above)), name)", lambda p: p.name(only(psub(p, p.the("table"), "above"))))
P("spatial", "park", "what's behind the girl",
  "q(u(rel(u(sel(girl)), behind)), name)", lambda p: p.name(only(psub(p, p.the("girl"), "behind"))))
P("spatial", "street", "the lady in front of the bus (there's one) - what colour is she wearing?",
  "q(u(rel(u(sel(bus)), front, name=woman)), color)", lambda p: p.value(only(psub(p, p.the("bus"), "front", "woman")), "color"))

# ================================================================================================================
# negation
# ================================================================================================================
C("negation", 7, "what colour is the cube that isn't metal",
  "q(u(fn(sel(cube), material=metal)), color)",
  lambda c: c.a(only([i for i in c.f(shape="cube") if c.a(i, "material") != "metal"]), "color"))
C("negation", 24, "all the cubes except the red one - how many is that?",
  "count(fn(sel(cube), color=red))", lambda c: n([i for i in c.f(shape="cube") if c.a(i, "color") != "red"]))
C("negation", 1, "the cylinder that is not metal: colour?",
  "q(u(fn(sel(cylinder), material=metal)), color)",
  lambda c: c.a(only([i for i in c.f(shape="cylinder") if c.a(i, "material") != "metal"]), "color"))
C("negation", 27, "is there any cube that isn't red",
  "exist(fn(sel(cube), color=red))", lambda c: yes(any(c.a(i, "color") != "red" for i in c.f(shape="cube"))))
C("negation", 13, "is it true that none of the spheres are big",
  "not_(exist(f(sel(sphere), size=large)))", lambda c: yes(not c.f(shape="sphere", size="large")))
C("negation", 53, "count the things that are not spheres",
  "count(fn(scene(), shape=sphere))", lambda c: n([i for i in c.all() if c.a(i, "shape") != "sphere"]))
C("negation", 20, "there's one thing that isn't small - what is it, shape-wise?",
  "q(u(fn(scene(), size=small)), shape)", lambda c: c.a(only([i for i in c.all() if c.a(i, "size") != "small"]), "shape"))
C("negation", 35, "the only non-metal object, what shape",
  "q(u(fn(scene(), material=metal)), shape)", lambda c: c.a(only([i for i in c.all() if c.a(i, "material") != "metal"]), "shape"))
C("negation", 42, "how many things aren't blue",
  "count(fn(scene(), color=blue))", lambda c: n([i for i in c.all() if c.a(i, "color") != "blue"]))
C("negation", 56, "apart from the cylinder, is everything rubber?",
  "not_(exist(fn(fn(scene(), shape=cylinder), material=rubber)))",
  lambda c: yes(all(c.a(i, "material") == "rubber" for i in c.all() if c.a(i, "shape") != "cylinder")))
C("negation", 44, "the cube that's neither blue nor purple - what's it made of",
  "q(u(fn(fn(sel(cube), color=blue), color=purple)), material)",
  lambda c: c.a(only([i for i in c.f(shape="cube") if c.a(i, "color") not in ("blue", "purple")]), "material"))
C("negation", 31, "how many objects are neither spheres nor cylinders",
  "count(fn(fn(scene(), shape=sphere), shape=cylinder))",
  lambda c: n([i for i in c.all() if c.a(i, "shape") not in ("sphere", "cylinder")]))
C("negation", 46, "no green cubes here, correct?",
  "not_(exist(f(sel(cube), color=green)))", lambda c: yes(not c.f(shape="cube", color="green")))
P("negation", "park", "how many people are not women",
  "count(diff(sel(person), sel(woman)))", lambda p: n([i for i in people(p) if p.name(i) != "woman"]))
P("negation", "kitchen", "what colour is the cup that isn't red or white",
  "q(u(fn(fn(sel(cup), color=red), color=white)), color)",
  lambda p: p.value(only([i for i in p.f("cup") if p.value(i, "color") not in ("red", "white")]), "color"))
P("negation", "shapes", "how many shapes are not red",
  "count(fn(scene(), color=red))", lambda p: n([i for i in p.objects if p.value(i, "color") != "red"]))

# ================================================================================================================
# compare_count
# ================================================================================================================
C("compare_count", 7, "which is more common here, cubes or cylinders?",
  "common_value(union(sel(cube), sel(cylinder)), shape)",
  lambda c: more_common("cube", c.f(shape="cube"), "cylinder", c.f(shape="cylinder")))
C("compare_count", 5, "are there more spheres than cubes",
  "gt(count(sel(sphere)), count(sel(cube)))", lambda c: yes(len(c.f(shape="sphere")) > len(c.f(shape="cube"))))
C("compare_count", 24, "fewer cylinders than cubes?",
  "lt(count(sel(cylinder)), count(sel(cube)))", lambda c: yes(len(c.f(shape="cylinder")) < len(c.f(shape="cube"))))
C("compare_count", 49, "which is more common: rubber or metal",
  "common_value(scene(), material)",
  lambda c: more_common("rubber", c.f(material="rubber"), "metal", c.f(material="metal")))
C("compare_count", 41, "same number of cubes and spheres?",
  "eq(count(sel(cube)), count(sel(sphere)))", lambda c: yes(len(c.f(shape="cube")) == len(c.f(shape="sphere"))))
C("compare_count", 12, "are there as many cubes as spheres",
  "eq(count(sel(cube)), count(sel(sphere)))", lambda c: yes(len(c.f(shape="cube")) == len(c.f(shape="sphere"))))
C("compare_count", 31, "spheres versus cylinders tonight - who's got the numbers?",
  "common_value(union(sel(sphere), sel(cylinder)), shape)",
  lambda c: more_common("sphere", c.f(shape="sphere"), "cylinder", c.f(shape="cylinder")))
C("compare_count", 47, "do the cubes outnumber everything else put together?",
  "gt(count(sel(cube)), count(fn(scene(), shape=cube)))",
  lambda c: yes(len(c.f(shape="cube")) > len(c.all()) - len(c.f(shape="cube"))))
C("compare_count", 43, "are there at least as many metal things as rubber things",
  "not_(lt(count(f(scene(), material=metal)), count(f(scene(), material=rubber))))",
  lambda c: yes(len(c.f(material="metal")) >= len(c.f(material="rubber"))))
C("compare_count", 9, "is the number of green things bigger than the number of purple things",
  "gt(count(f(scene(), color=green)), count(f(scene(), color=purple)))",
  lambda c: yes(len(c.f(color="green")) > len(c.f(color="purple"))))
C("compare_count", 55, "which is more common, spheres or cylinders",
  "common_value(union(sel(sphere), sel(cylinder)), shape)",
  lambda c: more_common("sphere", c.f(shape="sphere"), "cylinder", c.f(shape="cylinder")))
C("compare_count", 45, "big things or small things - which are there more of?",
  "common_value(scene(), size)",
  lambda c: more_common("large", c.f(size="large"), "small", c.f(size="small")))
P("compare_count", "park", "are there more dogs than trees",
  "gt(count(sel(dog)), count(sel(tree)))", lambda p: yes(len(p.f("dog")) > len(p.f("tree"))))
P("compare_count", "park", "are there more people than dogs",
  "gt(count(sel(person)), count(sel(dog)))", lambda p: yes(len(people(p)) > len(p.f("dog"))))
P("compare_count", "kitchen", "more cups than plates?",
  "gt(count(sel(cup)), count(sel(plate)))", lambda p: yes(len(p.f("cup")) > len(p.f("plate"))))
P("compare_count", "street", "are there fewer men than women",
  "lt(count(sel(man)), count(sel(woman)))", lambda p: yes(len(p.f("man")) < len(p.f("woman"))))
P("compare_count", "shapes", "red shapes or blue shapes, which colour wins on numbers?",
  "common_value(union(f(scene(), color=red), f(scene(), color=blue)), color)",
  lambda p: more_common("red", p.f(color="red"), "blue", p.f(color="blue")))

# ================================================================================================================
# number
# ================================================================================================================
C("number", 7, "how many more cylinders than cubes",
  "sub(count(sel(cylinder)), count(sel(cube)))", lambda c: str(len(c.f(shape="cylinder")) - len(c.f(shape="cube"))))
C("number", 24, "cubes plus cylinders, total?",
  "add(count(sel(cube)), count(sel(cylinder)))", lambda c: str(len(c.f(shape="cube")) + len(c.f(shape="cylinder"))))
C("number", 4, "are there exactly three yellow objects",
  "eq(count(f(scene(), color=yellow)), num(3))", lambda c: yes(len(c.f(color="yellow")) == 3))
C("number", 11, "is the number of spheres greater than four",
  "gt(count(sel(sphere)), num(4))", lambda c: yes(len(c.f(shape="sphere")) > 4))
C("number", 31, "are there fewer than five cylinders",
  "lt(count(sel(cylinder)), num(5))", lambda c: yes(len(c.f(shape="cylinder")) < 5))
C("number", 45, "at most two cubes, yes or no?",
  "not_(gt(count(sel(cube)), num(2)))", lambda c: yes(len(c.f(shape="cube")) <= 2))
C("number", 19, "how many cubes would be left if you took away the cyan ones",
  "count(fn(sel(cube), color=cyan))", lambda c: n([i for i in c.f(shape="cube") if c.a(i, "color") != "cyan"]))
C("number", 13, "how many more red things than cyan things",
  "sub(count(f(scene(), color=red)), count(f(scene(), color=cyan)))",
  lambda c: str(len(c.f(color="red")) - len(c.f(color="cyan"))))
C("number", 47, "are there more than nine things",
  "gt(count(scene()), num(9))", lambda c: yes(len(c.all()) > 9))
C("number", 59, "by how much do the cylinders outnumber the spheres",
  "sub(count(sel(cylinder)), count(sel(sphere)))", lambda c: str(len(c.f(shape="cylinder")) - len(c.f(shape="sphere"))))
C("number", 36, "is the count of spheres three?",
  "eq(count(sel(sphere)), num(3))", lambda c: yes(len(c.f(shape="sphere")) == 3))
P("number", "park", "how many people and dogs altogether",
  "add(count(sel(person)), count(sel(dog)))", lambda p: str(len(people(p)) + len(p.f("dog"))))
P("number", "kitchen", "there should be four cups - is that right?",
  "eq(count(sel(cup)), num(4))", lambda p: yes(len(p.f("cup")) == 4))
P("number", "shapes", "are there exactly two circles",
  "eq(count(sel(circle)), num(2))", lambda p: yes(len(p.f("circle")) == 2))

# ================================================================================================================
# compare_attr
# ================================================================================================================
C("compare_attr", 17, "is the big red thing the same colour as the small ball",
  "same(u(f(scene(), size=large, color=red)), u(f(sel(sphere), size=small)), color)",
  lambda c: yes(c.a(c.the(size="large", color="red"), "color") == c.a(c.the(shape="sphere", size="small"), "color")))
C("compare_attr", 0, "do both spheres have the same material",
  "eq(nvalues(sel(sphere), material), num(1))",
  lambda c: yes(len({c.a(i, "material") for i in c.f(shape="sphere")}) == 1))
C("compare_attr", 27, "the purple cube and the red cube - same size?",
  "same(u(f(sel(cube), color=purple)), u(f(sel(cube), color=red)), size)",
  lambda c: yes(c.a(c.the(shape="cube", color="purple"), "size") == c.a(c.the(shape="cube", color="red"), "size")))
C("compare_attr", 23, "the yellow sphere and the brown sphere: is their material the same",
  "same(u(f(sel(sphere), color=yellow)), u(f(sel(sphere), color=brown)), material)",
  lambda c: yes(c.a(c.the(shape="sphere", color="yellow"), "material") == c.a(c.the(shape="sphere", color="brown"), "material")))
C("compare_attr", 29, "does the big metal sphere have the same colour as the rubber cylinder?",
  "same(u(f(sel(sphere), size=large, material=metal)), u(f(sel(cylinder), material=rubber)), color)",
  lambda c: yes(c.a(c.the(shape="sphere", size="large", material="metal"), "color") == c.a(c.the(shape="cylinder", material="rubber"), "color")))
C("compare_attr", 51, "is the little brown ball the same size as the cube",
  "same(u(f(sel(sphere), size=small, color=brown)), u(sel(cube)), size)",
  lambda c: yes(c.a(c.the(shape="sphere", color="brown"), "size") == c.a(c.the(shape="cube"), "size")))
C("compare_attr", 22, "the purple cylinder and the cyan sphere, same size or not?",
  "same(u(f(sel(cylinder), color=purple)), u(f(sel(sphere), color=cyan)), size)",
  lambda c: yes(c.a(c.the(shape="cylinder", color="purple"), "size") == c.a(c.the(shape="sphere", color="cyan"), "size")))
C("compare_attr", 34, "the cube and the small cylinder: different colours?",
  "different(u(sel(cube)), u(f(sel(cylinder), size=small)), color)",
  lambda c: yes(c.a(c.the(shape="cube"), "color") != c.a(c.the(shape="cylinder", size="small"), "color")))
C("compare_attr", 58, "are the two cubes the same colour",
  "eq(nvalues(sel(cube), color), num(1))", lambda c: yes(len({c.a(i, "color") for i in c.f(shape="cube")}) == 1))
C("compare_attr", 14, "the big sphere and the cube: do they share a material",
  "same(u(f(sel(sphere), size=large)), u(sel(cube)), material)",
  lambda c: yes(c.a(c.the(shape="sphere", size="large"), "material") == c.a(c.the(shape="cube"), "material")))
P("compare_attr", "park", "is the bench the same colour as the tree on the left",
  "same(u(sel(bench)), ord(sel(tree), left, 1), color)",
  lambda p: yes(p.value(p.the("bench"), "color") == p.value(pside(p, p.f("tree"), "left"), "color")))
P("compare_attr", "kitchen", "is the plate the same colour as the clock",
  "same(u(sel(plate)), u(sel(clock)), color)",
  lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")))
P("compare_attr", "street", "do the two ties match in colour",
  "eq(nvalues(sel(tie), color), num(1))", lambda p: yes(len({p.value(i, "color") for i in p.f("tie")}) == 1))
P("compare_attr", "shapes", "are the square and the hexagon the same colour",
  "same(u(sel(square)), u(sel(hexagon)), color)",
  lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")))

# ================================================================================================================
# position
# ================================================================================================================
C("position", 7, "report colour of leftmost cylinder",
  "q(ord(sel(cylinder), left, 1), color)", lambda c: c.a(nth(c, c.f(shape="cylinder"), "left"), "color"))
C("position", 41, "rightmost object: shape?",
  "q(ord(scene(), right, 1), shape)", lambda c: c.a(nth(c, c.all(), "right"), "shape"))
C("position", 24, "which colour is the frontmost cube",
  "q(ord(sel(cube), front, 1), color)", lambda c: c.a(nth(c, c.f(shape="cube"), "front"), "color"))
C("position", 31, "the ball furthest back, what's it made of",
  "q(ord(sel(sphere), behind, 1), material)", lambda c: c.a(nth(c, c.f(shape="sphere"), "behind"), "material"))
C("position", 12, "second object from the left - colour?",
  "q(ord(scene(), left, 2), color)", lambda c: c.a(nth(c, c.all(), "left", 2), "color"))
C("position", 49, "the leftmost yellow thing: what shape",
  "q(ord(f(scene(), color=yellow), left, 1), shape)", lambda c: c.a(nth(c, c.f(color="yellow"), "left"), "shape"))
C("position", 45, "name the shape of the rightmost metal object",
  "q(ord(f(scene(), material=metal), right, 1), shape)", lambda c: c.a(nth(c, c.f(material="metal"), "right"), "shape"))
C("position", 36, "whatever is furthest back in the scene, what colour is it",
  "q(ord(scene(), behind, 1), color)", lambda c: c.a(nth(c, c.all(), "behind"), "color"))
C("position", 15, "closest cylinder to the camera - made of what?",
  "q(ord(sel(cylinder), front, 1), material)", lambda c: c.a(nth(c, c.f(shape="cylinder"), "front"), "material"))
C("position", 42, "the second ball from the right, what colour is it",
  "q(ord(sel(sphere), right, 2), color)", lambda c: c.a(nth(c, c.f(shape="sphere"), "right", 2), "color"))
P("position", "park", "who is furthest to the right, of the people",
  "q(ord(sel(person), right, 1), name)", lambda p: p.name(pside(p, people(p), "right")))
P("position", "street", "the rightmost person - man or woman?",
  "q(ord(sel(person), right, 1), name)", lambda p: p.name(pside(p, people(p), "right")))
P("position", "kitchen", "the cup furthest left, colour?",
  "q(ord(sel(cup), left, 1), color)", lambda p: p.value(pside(p, p.f("cup"), "left"), "color"))
P("position", "shapes", "what's the leftmost shape in the picture",
  "q(ord(scene(), left, 1), shape)", lambda p: p.value(pside(p, list(p.objects), "left"), "shape"))

# ================================================================================================================
# chain
# ================================================================================================================
C("chain", 1, "there's a cube in front of the gray cube, and a ball to the left of that one - what is the ball made of?",
  "q(u(rel(u(rel(u(f(sel(cube), color=gray)), front, name=cube)), left, name=sphere)), material)",
  lambda c: c.a(hop(c, hop(c, c.the(shape="cube", color="gray"), "front", shape="cube"), "left", shape="sphere"), "material"))
C("chain", 9, "what colour is the sphere left of the cylinder that sits behind the purple cube",
  "q(u(rel(u(rel(u(f(sel(cube), color=purple)), behind, name=cylinder)), left, name=sphere)), color)",
  lambda c: c.a(hop(c, hop(c, c.the(shape="cube", color="purple"), "behind", shape="cylinder"), "left", shape="sphere"), "color"))
C("chain", 28, "look behind the cylinder that's left of the purple cylinder: what colour is the ball there",
  "q(u(rel(u(rel(u(f(sel(cylinder), color=purple)), left, name=cylinder)), behind, name=sphere)), color)",
  lambda c: c.a(hop(c, hop(c, c.the(shape="cylinder", color="purple"), "left", shape="cylinder"), "behind", shape="sphere"), "color"))
C("chain", 36, "the cube in front of the sphere that's right of the cyan sphere: what size is it?",
  "q(u(rel(u(rel(u(f(sel(sphere), color=cyan)), right, name=sphere)), front, name=cube)), size)",
  lambda c: c.a(hop(c, hop(c, c.the(shape="sphere", color="cyan"), "right", shape="sphere"), "front", shape="cube"), "size"))
C("chain", 34, "material of the cylinder behind the cylinder that's left of the cube",
  "q(u(rel(u(rel(u(sel(cube)), left, name=cylinder)), behind, name=cylinder)), material)",
  lambda c: c.a(hop(c, hop(c, c.the(shape="cube"), "left", shape="cylinder"), "behind", shape="cylinder"), "material"))
C("chain", 55, "colour of the cylinder to the right of the cylinder behind the purple cube?",
  "q(u(rel(u(rel(u(f(sel(cube), color=purple)), behind, name=cylinder)), right, name=cylinder)), color)",
  lambda c: c.a(hop(c, hop(c, c.the(shape="cube", color="purple"), "behind", shape="cylinder"), "right", shape="cylinder"), "color"))
C("chain", 59, "start at the cube, go to the cylinder in front of it, then the ball on its left - how big is that ball?",
  "q(u(rel(u(rel(u(sel(cube)), front, name=cylinder)), left, name=sphere)), size)",
  lambda c: c.a(hop(c, hop(c, c.the(shape="cube"), "front", shape="cylinder"), "left", shape="sphere"), "size"))
C("chain", 27, "the cylinder on the right of the red cube has a ball to its left. what colour is the ball?",
  "q(u(rel(u(rel(u(f(sel(cube), color=red)), right, name=cylinder)), left, name=sphere)), color)",
  lambda c: c.a(hop(c, hop(c, c.the(shape="cube", color="red"), "right", shape="cylinder"), "left", shape="sphere"), "color"))
C("chain", 45, "what colour is the cube behind the cylinder that's right of the gray cube",
  "q(u(rel(u(rel(u(f(sel(cube), color=gray)), right, name=cylinder)), behind, name=cube)), color)",
  lambda c: c.a(hop(c, hop(c, c.the(shape="cube", color="gray"), "right", shape="cylinder"), "behind", shape="cube"), "color"))
C("chain", 16, "what's the cube behind the ball left of the cyan sphere made of",
  "q(u(rel(u(rel(u(f(sel(sphere), color=cyan)), left, name=sphere)), behind, name=cube)), material)",
  lambda c: c.a(hop(c, hop(c, c.the(shape="sphere", color="cyan"), "left", shape="sphere"), "behind", shape="cube"), "material"))
P("chain", "street", "what colour is the tie worn by the man on the right",
  "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
  lambda p: p.value(only(pobj(p, pside(p, p.f("man"), "right"), "wearing")), "color"))
P("chain", "street", "the dog the woman is holding: what colour",
  "q(u(rel(u(sel(woman)), holding, role=object)), color)", lambda p: p.value(only(pobj(p, p.the("woman"), "holding")), "color"))
P("chain", "park", "what colour is the dog near the girl",
  "q(u(rel(u(sel(girl)), near, name=dog)), color)", lambda p: p.value(only(psub(p, p.the("girl"), "near", "dog")), "color"))
P("chain", "park", "what colour is the woman holding the black dog",
  "q(u(rel(u(f(sel(dog), color=black)), holding)), color)",
  lambda p: p.value(only(psub(p, p.the("dog", color="black"), "holding")), "color"))
P("chain", "street", "what colour is the tie on the man who is left of the woman",
  "q(u(rel(u(rel(u(sel(woman)), left, name=man)), wearing, role=object)), color)",
  lambda p: p.value(only(pobj(p, only(psub(p, p.the("woman"), "left", "man")), "wearing")), "color"))

# ================================================================================================================
# verify
# ================================================================================================================
C("verify", 17, "I see a big red thing near a cube - is it metal?",
  "verify(u(f(scene(), size=large, color=red)), material, metal)",
  lambda c: yes(c.a(c.the(size="large", color="red"), "material") == "metal"))
C("verify", 3, "I might be wrong but is the small cube purple?",
  "verify(u(f(sel(cube), size=small)), color, purple)", lambda c: yes(c.a(c.the(shape="cube", size="small"), "color") == "purple"))
C("verify", 30, "correct me if I'm wrong, the blue thing is a sphere?",
  "verify(u(f(scene(), color=blue)), shape, sphere)", lambda c: yes(c.a(c.the(color="blue"), "shape") == "sphere"))
C("verify", 14, "is the big ball rubber (the cyan one)",
  "verify(u(f(sel(sphere), size=large, color=cyan)), material, rubber)",
  lambda c: yes(c.a(c.the(shape="sphere", size="large", color="cyan"), "material") == "rubber"))
C("verify", 21, "the purple cylinder, it's big, isn't it?",
  "verify(u(f(sel(cylinder), color=purple)), size, large)", lambda c: yes(c.a(c.the(shape="cylinder", color="purple"), "size") == "large"))
C("verify", 40, "confirm: cyan cube is metal",
  "verify(u(f(sel(cube), color=cyan)), material, metal)", lambda c: yes(c.a(c.the(shape="cube", color="cyan"), "material") == "metal"))
C("verify", 58, "is the sphere large? I can't quite tell",
  "verify(u(sel(sphere)), size, large)", lambda c: yes(c.a(c.the(shape="sphere"), "size") == "large"))
C("verify", 28, "check that the brown sphere is rubber",
  "verify(u(f(sel(sphere), color=brown)), material, rubber)", lambda c: yes(c.a(c.the(shape="sphere", color="brown"), "material") == "rubber"))
C("verify", 54, "all cubes rubber? y/n",
  "not_(exist(fn(sel(cube), material=rubber)))", lambda c: yes(all(c.a(i, "material") == "rubber" for i in c.f(shape="cube"))))
C("verify", 52, "is every cube large",
  "not_(exist(fn(sel(cube), size=large)))", lambda c: yes(all(c.a(i, "size") == "large" for i in c.f(shape="cube"))))
C("verify", 44, "are all the spheres brown",
  "not_(exist(fn(sel(sphere), color=brown)))", lambda c: yes(all(c.a(i, "color") == "brown" for i in c.f(shape="sphere"))))
C("verify", 6, "is each cylinder red",
  "not_(exist(fn(sel(cylinder), color=red)))", lambda c: yes(all(c.a(i, "color") == "red" for i in c.f(shape="cylinder"))))
C("verify", 28, "are both big cylinders made of metal",
  "not_(exist(fn(f(sel(cylinder), size=large), material=metal)))",
  lambda c: yes(all(c.a(i, "material") == "metal" for i in c.f(shape="cylinder", size="large"))))
P("verify", "park", "the woman who's holding a dog - is she dressed in red?",
  "verify(u(rel(sel(dog), holding)), color, red)",
  lambda p: yes(p.value(only(list({s for d in p.f("dog") for s in psub(p, d, "holding")})), "color") == "red"))
P("verify", "kitchen", "the bottle is green, right?",
  "verify(u(sel(bottle)), color, green)", lambda p: yes(p.value(p.the("bottle"), "color") == "green"))
P("verify", "shapes", "the triangle's a big one, yeah?",
  "verify(u(sel(triangle)), size, large)", lambda p: yes(p.value(p.the("triangle"), "size") == "large"))
P("verify", "street", "is the sign red? (the one at the top right)",
  "verify(u(sel(sign)), color, red)", lambda p: yes(p.value(p.the("sign"), "color") == "red"))

# ================================================================================================================
# choose
# ================================================================================================================
C("choose", 51, "that big grey ball - rubber or metal?",
  "choose(u(f(sel(sphere), size=large, color=gray)), material, [rubber, metal])",
  lambda c: c.a(c.the(shape="sphere", size="large", color="gray"), "material"))
C("choose", 2, "is the cyan cylinder large or small",
  "choose(u(f(sel(cylinder), color=cyan)), size, [large, small])", lambda c: c.a(c.the(shape="cylinder", color="cyan"), "size"))
C("choose", 22, "cube: yellow or purple?",
  "choose(u(sel(cube)), color, [yellow, purple])", lambda c: c.a(c.the(shape="cube"), "color"))
C("choose", 39, "small cylinder, metal or rubber?",
  "choose(u(f(sel(cylinder), size=small)), material, [metal, rubber])", lambda c: c.a(c.the(shape="cylinder", size="small"), "material"))
C("choose", 0, "is the green thing a cylinder or a cube",
  "choose(u(f(scene(), color=green)), shape, [cylinder, cube])", lambda c: c.a(c.the(color="green"), "shape"))
C("choose", 17, "what's the small ball, rubber or metal",
  "choose(u(f(sel(sphere), size=small)), material, [rubber, metal])", lambda c: c.a(c.the(shape="sphere", size="small"), "material"))
C("choose", 36, "the brown object: cylinder or sphere?",
  "choose(u(f(scene(), color=brown)), shape, [cylinder, sphere])", lambda c: c.a(c.the(color="brown"), "shape"))
C("choose", 46, "the big gray thing - cube or ball?",
  "choose(u(f(scene(), size=large, color=gray)), shape, [cube, sphere])", lambda c: c.a(c.the(size="large", color="gray"), "shape"))
P("choose", "park", "is the bench wooden or metal",
  "choose(u(sel(bench)), material, [wood, metal])", lambda p: p.value(p.the("bench"), "material"))
P("choose", "street", "is the sign to the left or the right of the bus",
  "choose_rel(u(sel(bus)), [left, right], name=sign)",
  lambda p: only([r for r in ("left", "right") if p.has(p.the("sign"), r, p.the("bus"))]))
P("choose", "kitchen", "is the clock above or below the table",
  "choose_rel(u(sel(table)), [above, below], name=clock)",
  lambda p: only([r for r in ("above", "below") if p.has(p.the("clock"), r, p.the("table"))]))
P("choose", "shapes", "the small circle - blue or red?",
  "choose(u(f(sel(circle), size=small)), color, [blue, red])", lambda p: p.value(p.the("circle", size="small"), "color"))

# ================================================================================================================
# two_clause
# ================================================================================================================
C("two_clause", 22, "the purple cylinder and the cyan sphere, are they both metal?",
  "and_(verify(u(f(sel(cylinder), color=purple)), material, metal), verify(u(f(sel(sphere), color=cyan)), material, metal))",
  lambda c: yes(c.a(c.the(shape="cylinder", color="purple"), "material") == "metal" and c.a(c.the(shape="sphere", color="cyan"), "material") == "metal"))
C("two_clause", 3, "is there a red cube or a purple sphere",
  "or_(exist(f(sel(cube), color=red)), exist(f(sel(sphere), color=purple)))",
  lambda c: yes(bool(c.f(shape="cube", color="red") or c.f(shape="sphere", color="purple"))))
C("two_clause", 7, "are there both a yellow cube and a yellow sphere",
  "and_(exist(f(sel(cube), color=yellow)), exist(f(sel(sphere), color=yellow)))",
  lambda c: yes(bool(c.f(shape="cube", color="yellow") and c.f(shape="sphere", color="yellow"))))
C("two_clause", 5, "there's neither a red sphere nor a blue sphere, right?",
  "not_(or_(exist(f(sel(sphere), color=red)), exist(f(sel(sphere), color=blue))))",
  lambda c: yes(not (c.f(shape="sphere", color="red") or c.f(shape="sphere", color="blue"))))
C("two_clause", 12, "is there a green sphere and also a green cylinder",
  "and_(exist(f(sel(sphere), color=green)), exist(f(sel(cylinder), color=green)))",
  lambda c: yes(bool(c.f(shape="sphere", color="green") and c.f(shape="cylinder", color="green"))))
C("two_clause", 41, "is there a cube, and is it blue?",
  "and_(exist(sel(cube)), verify(u(sel(cube)), color, blue))",
  lambda c: yes(bool(c.f(shape="cube")) and c.a(c.the(shape="cube"), "color") == "blue"))
C("two_clause", 13, "is the big cube metal and the big cylinder rubber?",
  "and_(verify(u(f(sel(cube), size=large)), material, metal), verify(u(f(sel(cylinder), size=large)), material, rubber))",
  lambda c: yes(c.a(c.the(shape="cube", size="large"), "material") == "metal" and c.a(c.the(shape="cylinder", size="large"), "material") == "rubber"))
C("two_clause", 30, "either a cube or a small thing - do we have one of those?",
  "or_(exist(sel(cube)), exist(f(scene(), size=small)))",
  lambda c: yes(bool(c.f(shape="cube") or c.f(size="small"))))
P("two_clause", "park", "is the boy throwing something, and is there a dog near the girl?",
  "and_(exist(rel(u(sel(boy)), throwing, role=object)), exist(rel(u(sel(girl)), near, name=dog)))",
  lambda p: yes(bool(pobj(p, p.the("boy"), "throwing")) and bool(psub(p, p.the("girl"), "near", "dog"))))
P("two_clause", "kitchen", "is there a fork and a spoon",
  "and_(exist(sel(fork)), exist(sel(spoon)))", lambda p: yes(bool(p.f("fork")) and bool(p.f("spoon"))))
P("two_clause", "shapes", "is there either a purple shape or an orange shape",
  "or_(exist(f(scene(), color=purple)), exist(f(scene(), color=orange)))",
  lambda p: yes(bool(p.f(color="purple") or p.f(color="orange"))))
P("two_clause", "street", "is the left man's tie red and the right man's tie blue?",
  "and_(verify(u(rel(ord(sel(man), left, 1), wearing, role=object)), color, red), verify(u(rel(ord(sel(man), right, 1), wearing, role=object)), color, blue))",
  lambda p: yes(p.value(only(pobj(p, pside(p, p.f("man"), "left"), "wearing")), "color") == "red"
                and p.value(only(pobj(p, pside(p, p.f("man"), "right"), "wearing")), "color") == "blue"))

# ================================================================================================================
# text
# ================================================================================================================
P("text", "street", "read me what the bus says",
  "q(u(sel(bus)), text)", lambda p: text_of(p, p.the("bus")))
P("text", "street", "what does the sign say",
  "q(u(sel(sign)), text)", lambda p: text_of(p, p.the("sign")))
P("text", "street", "there's writing down near the bottom of the picture, on the ground - what does it say?",
  "q(u(sel(text)), text)", lambda p: text_of(p, p.the("text")))
P("text", "kitchen", "what's written on the bottle",
  "q(u(sel(bottle)), text)", lambda p: text_of(p, p.the("bottle")))
P("text", "kitchen", "what time does the clock show",
  "q(u(sel(clock)), text)", lambda p: text_of(p, p.the("clock")))
P("text", "street", "does the sign say STOP",
  "verify(u(sel(sign)), text, 'STOP')", lambda p: yes(text_of(p, p.the("sign")) == "STOP"))
P("text", "street", "what colour is the thing that says STOP",
  "q(u(f(scene(), text='STOP')), color)", lambda p: p.value(only(with_text(p, "STOP")), "color"))
P("text", "street", "the vehicle with CERO EMISIONES written on it - what colour is it?",
  "q(u(f(scene(), text='CERO EMISIONES')), color)", lambda p: p.value(only(with_text(p, "CERO EMISIONES")), "color"))
P("text", "kitchen", "does the bottle's label read AGUA",
  "verify(u(sel(bottle)), text, 'AGUA')", lambda p: yes(text_of(p, p.the("bottle")) == "AGUA"))
P("text", "kitchen", "something says 12:30 - what is it?",
  "q(u(f(scene(), text='12:30')), name)", lambda p: p.name(only(with_text(p, "12:30"))))

# ================================================================================================================
# list
# ================================================================================================================
C("list", 7, "what colours do you see",
  "values(scene(), color)", lambda c: listing(c.a(i, "color") for i in c.all()))
C("list", 5, "list the shapes you can see",
  "values(scene(), shape)", lambda c: listing(c.a(i, "shape") for i in c.all()))
C("list", 24, "what materials are the cubes made of",
  "values(sel(cube), material)", lambda c: listing(c.a(i, "material") for i in c.f(shape="cube")))
C("list", 47, "list the colours of the cubes",
  "values(sel(cube), color)", lambda c: listing(c.a(i, "color") for i in c.f(shape="cube")))
C("list", 11, "what sizes do the spheres come in",
  "values(sel(sphere), size)", lambda c: listing(c.a(i, "size") for i in c.f(shape="sphere")))
C("list", 24, "all the cubes except the red one: what colours are they?",
  "values(fn(sel(cube), color=red), color)",
  lambda c: listing(c.a(i, "color") for i in c.f(shape="cube") if c.a(i, "color") != "red"))
C("list", 41, "which colours do the cylinders come in",
  "values(sel(cylinder), color)", lambda c: listing(c.a(i, "color") for i in c.f(shape="cylinder")))
C("list", 49, "tell me every colour the balls come in",
  "values(sel(sphere), color)", lambda c: listing(c.a(i, "color") for i in c.f(shape="sphere")))
C("list", 31, "what shapes are the metal things",
  "values(f(scene(), material=metal), shape)", lambda c: listing(c.a(i, "shape") for i in c.f(material="metal")))
C("list", 59, "what colours are there, not counting purple",
  "values(fn(scene(), color=purple), color)",
  lambda c: listing(c.a(i, "color") for i in c.all() if c.a(i, "color") != "purple"))
C("list", 13, "name everything that is red",
  "values(f(scene(), color=red), shape)", lambda c: listing(c.a(i, "shape") for i in c.f(color="red")))
P("list", "park", "name everything in the park that is red",
  "values(f(scene(), color=red), name)", lambda p: listing(names(p, p.f(color="red"))))
P("list", "street", "name every red thing in the street picture",
  "values(f(scene(), color=red), name)", lambda p: listing(names(p, p.f(color="red"))))
P("list", "shapes", "list the shapes you can see (just the kinds of shape)",
  "values(scene(), shape)", lambda p: listing(p.value(i, "shape") for i in p.objects))
P("list", "kitchen", "what's on the table? list it all",
  "values(rel(u(sel(table)), on), name)", lambda p: listing(names(p, psub(p, p.the("table"), "on"))))
P("list", "street", "list the kinds of people you can see",
  "values(sel(person), name)", lambda p: listing(names(p, people(p))))

# ================================================================================================================
# refuse
# ================================================================================================================
X(7, "is anything touching the yellow cube")
X(30, "is anything touching?")
C("number", 5, "is the number of spheres odd", "not_(even(count(sel(sphere))))",
  lambda s: yes(len(s.f(shape="sphere")) % 2 == 1))
C("number", 24, "is the number of cubes even or odd", "worded(even(count(sel(cube))), [even, odd])",
  lambda s: "even" if len(s.f(shape="cube")) % 2 == 0 else "odd")
P("number", "park", "is the count of people an even number", "even(count(sel(person)))",
  lambda p: yes(len(people(p)) % 2 == 0))
X("park", "how tall is the woman in red, in metres")
X("street", "how far is the bus from the car in feet")
X("kitchen", "how much water is left in the bottle")
X(12, "how heavy is the blue cube")
X(3, "what is the diameter of the red sphere in centimetres")
X("shapes", "how many degrees are the triangle's corners")
X(13, "how many millimetres apart are the two cubes")
X("park", "where is the boy going to throw the frisbee next")
X("street", "why is the woman holding the dog")
X("kitchen", "what time will the woman leave")
X("street", "is the bus about to leave")
X("park", "was it raining earlier")
X(17, "who put the cubes there")
X("kitchen", "what does the woman want to drink")
X("street", "which man is happier")
X("park", "how old is the girl")
X(47, "how long ago was this picture rendered")
X("shapes", "what does the star symbolise")
X(49, "are the balls rolling")
X("kitchen", "is the cup hot")
X("street", "what will the dog do next")
X(41, "which object would be the most expensive to buy")
# fmt: on


if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
