"""A thirteenth blind paraphrase set (tests/data/paraphrases/blind13.jsonl): questions over CLEVR val scenes and the
photo-like graphs written in voices unlike the usual templates: real typos and misspellings ("how many cubs",
"wich colour", "cylindar", "purpel", "is ther a"), non-native English (dropped articles, wrong agreement, odd word
order: "the ball red is made of what?", "how much cylindars there is"), text-message style (lower case, "u", "r",
"pls", "#of", "w/", ALL CAPS, emoji, "??"), formal exam phrasing ("Determine the number of ...", "State whether
...", "Q3) ...", "True or false: ..."), a visually impaired user asking a helper app politely and at length,
comparisons of counts in many forms (fewer / outnumber / as many as / equally many / the number of X bigger than
the number of Y), relative clauses and nested references ("the cylinder behind the blue thing that sits in front
of the small purple ball"), numbers in words and digits with "at least / at most / exactly / more than / zero",
true-or-false, "correct me if I'm wrong" and tag questions, long questions with an irrelevant preface, and on the
photos: people, their clothes, what they hold or wear, text written on things, and positions ("second from the
right", "in the middle"). Questions nsvr's steps cannot answer (feelings, intent, physics, weight, measurements,
parity of a count, things not in the graph data, hypotheticals) carry gold ``refuse``.
Written without reading the parser, the normaliser, the planners or the earlier question files; held back to be
run once, at the end.

Each item carries a gold program in nsvr's notation (:mod:`nsvr.agent.llm.notation`) and the answer computed by
plain Python from the scene JSON (blind_gold.py, no nsvr import). ``--check`` also runs every gold program with
nsvr's executor and fails when it does not give the plain-Python answer. A list answer (gold ``values(X, ATTR)``)
is the distinct values by descending frequency, ties in alphabetical order, joined by ", ".

    python tests/data/paraphrases/blind/build_blind13.py [--check]
"""

# ruff: noqa: E501
from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind13.jsonl"
Q, C, P, X = question_recorder()  # Q: (kind, scene, text, gold program or None, fn or None)


# --- plain-Python helpers (no nsvr) ----------------------------------------------------------------------------
def hop(c: Clevr, i: int, relation: str, **want) -> int:
    """The one CLEVR object with these attributes that is ``relation`` of object i."""
    return c.one(c.f(among=c.rel(relation, i), **want))


def ranked(c: Clevr, ids: list[int], side: str) -> list[int]:
    """CLEVR objects from the ``side`` of the scene inwards, along the scene's direction vector for that side."""
    direction = c.raw["directions"][side]

    def reach(i: int) -> float:
        return sum(p * d for p, d in zip(c.objects[i]["3d_coords"], direction, strict=True))

    return sorted(ids, key=lambda i: -reach(i))


def nth(c: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th CLEVR object of ids counted from ``side`` (1 = the most extreme one)."""
    return ranked(c, ids, side)[k - 1]


def near(c: Clevr, ids: list[int], j: int, far: bool = False) -> int:
    """The object of ids (other than j) nearest to object j in 3-d (farthest with ``far``)."""
    scored = sorted(
        ((math.dist(c.objects[i]["3d_coords"], c.objects[j]["3d_coords"]), i) for i in ids if i != j), reverse=far
    )
    if len(scored) > 1 and math.isclose(scored[0][0], scored[1][0]):
        raise NotUnique(str(scored[:2]))
    return scored[0][1]


def listing(values) -> str:
    """Distinct values, most frequent first, ties alphabetical, joined by ', '."""
    counts = Counter(values)
    return ", ".join(v for v, _ in sorted(counts.items(), key=lambda vc: (-vc[1], vc[0])))


def common(values) -> str:
    """The one most frequent value (NotUnique on a tie)."""
    top = Counter(values).most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        raise NotUnique(str(top[:2]))
    return top[0][0]


def bigger_name(c: Clevr, i: int, j: int) -> str:
    """The shape of whichever of two CLEVR objects is the larger one (NotUnique when they are the same size)."""
    if c.a(i, "size") == c.a(j, "size"):
        raise NotUnique("same size")
    return c.a(i, "shape") if c.a(i, "size") == "large" else c.a(j, "shape")


def centre_x(p: Photo, oid: str) -> float:
    box = p.objects[oid]["box"]
    return (box[0] + box[2]) / 2


def pnth(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th photo object of ids from the left or the right (box centre), NotUnique on a tie there."""
    sign = 1 if side == "left" else -1
    order = sorted(ids, key=lambda i: sign * centre_x(p, i))
    xs = [centre_x(p, i) for i in order]
    if (k < len(xs) and xs[k - 1] == xs[k]) or (k > 1 and xs[k - 2] == xs[k - 1]):
        raise NotUnique(str(order))
    return order[k - 1]


def who(p: Photo, predicate: str, oid: str, name=None) -> list[str]:
    """Photo objects X with ``X predicate oid`` (optionally only those called ``name``)."""
    return [s for s in p.subjects(predicate, oid) if name is None or p.name(s) == name]


def whom(p: Photo, oid: str, predicate: str, name=None) -> list[str]:
    """Photo objects T with ``oid predicate T``."""
    return [o for o in p.objects_of(oid, predicate) if name is None or p.name(o) == name]


def one(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def people(p: Photo) -> list[str]:
    return p.f(PEOPLE)


# fmt: off
# ================================================================================================================
# CLEVR: counting
C("count", 4, "how many sphers r there", "count(sel(sphere))", lambda c: n(c.f(shape="sphere")))
C("count", 7, "how much cylindars there is in the picture?", "count(sel(cylinder))", lambda c: n(c.f(shape="cylinder")))
C("count", 11, "Determine the number of brown objects present in the scene.", "count(f(scene(), color=brown))", lambda c: n(c.f(color="brown")))
C("count", 24, "#of red things pls", "count(f(scene(), color=red))", lambda c: n(c.f(color="red")))
C("count", 31, "HOW MANY SMALL METAL THINGS ARE THERE", "count(f(scene(), size=small, material=metal))", lambda c: n(c.f(size="small", material="metal")))
C("count", 45, "I can't see the screen very well. Could you please tell me how many cubes there are in this picture?", "count(sel(cube))", lambda c: n(c.f(shape="cube")))
C("count", 47, "how many purpel rubber cubes", "count(f(sel(cube), color=purple, material=rubber))", lambda c: n(c.f(shape="cube", color="purple", material="rubber")))
C("count", 49, "So my kid and I were looking at this together and we started arguing about it. How many balls are in the picture?", "count(sel(sphere))", lambda c: n(c.f(shape="sphere")))
C("count", 41, "what number of cyllinders are large", "count(f(sel(cylinder), size=large))", lambda c: n(c.f(shape="cylinder", size="large")))
C("count", 8, "Q3) How many yellow objects are visible?", "count(f(scene(), color=yellow))", lambda c: n(c.f(color="yellow")))
C("count", 19, "cyan stuff... how many?? 🤔", "count(f(scene(), color=cyan))", lambda c: n(c.f(color="cyan")))
C("count", 9, "count the big shiny ones 4 me", "count(f(scene(), size=large, material=metal))", lambda c: n(c.f(size="large", material="metal")))
C("count", 12, "in total how many gray item you can see", "count(f(scene(), color=gray))", lambda c: n(c.f(color="gray")))
C("count", 16, "ok so quick one, my brother says there are loads of spheres in this and i say there aren't. how many spheres are there actually", "count(sel(sphere))", lambda c: n(c.f(shape="sphere")))
C("count", 53, "how many cubes w/ rubber surface", "count(f(sel(cube), material=rubber))", lambda c: n(c.f(shape="cube", material="rubber")))

# CLEVR: existence
C("exist", 0, "is ther a cube", "exist(sel(cube))", lambda c: yes(bool(c.f(shape="cube"))))
C("exist", 3, "there have any sphere which is purple?", "exist(f(sel(sphere), color=purple))", lambda c: yes(bool(c.f(shape="sphere", color="purple"))))
C("exist", 6, "any metal cubes at all??", "exist(f(sel(cube), material=metal))", lambda c: yes(bool(c.f(shape="cube", material="metal"))))
C("exist", 13, "State whether the scene contains a large sphere.", "exist(f(sel(sphere), size=large))", lambda c: yes(bool(c.f(shape="sphere", size="large"))))
C("exist", 16, "Hi, I'm using this app because my eyesight is poor. Would you be kind enough to tell me whether there is a cube anywhere in this image?", "exist(sel(cube))", lambda c: yes(bool(c.f(shape="cube"))))
C("exist", 29, "do u see any rubber ball", "exist(f(sel(sphere), material=rubber))", lambda c: yes(bool(c.f(shape="sphere", material="rubber"))))
C("exist", 50, "is there one or more metal object?", "exist(f(scene(), material=metal))", lambda c: yes(bool(c.f(material="metal"))))
C("exist", 57, "there is a cylinder of brown colour, yes?", "exist(f(sel(cylinder), color=brown))", lambda c: yes(bool(c.f(shape="cylinder", color="brown"))))
C("exist", 39, "does the picture have a metalic cube", "exist(f(sel(cube), material=metal))", lambda c: yes(bool(c.f(shape="cube", material="metal"))))
C("exist", 32, "got any blue stuff in there", "exist(f(scene(), color=blue))", lambda c: yes(bool(c.f(color="blue"))))

# CLEVR: one attribute of one object
C("attribute", 0, "wich colour is the cylindar", "q(u(sel(cylinder)), color)", lambda c: c.a(c.the(shape="cylinder"), "color"))
C("attribute", 2, "what is colour of big cube?", "q(u(f(sel(cube), size=large)), color)", lambda c: c.a(c.the(shape="cube", size="large"), "color"))
C("attribute", 10, "the ball red is made of what?", "q(u(f(sel(sphere), color=red)), material)", lambda c: c.a(c.the(shape="sphere", color="red"), "material"))
C("attribute", 14, "Identify the material of the large sphere.", "q(u(f(sel(sphere), size=large)), material)", lambda c: c.a(c.the(shape="sphere", size="large"), "material"))
C("attribute", 23, "the big cylinder, what colour it has?", "q(u(f(sel(cylinder), size=large)), color)", lambda c: c.a(c.the(shape="cylinder", size="large"), "color"))
C("attribute", 28, "whats the brown things shape", "q(u(f(scene(), color=brown)), shape)", lambda c: c.a(c.the(color="brown"), "shape"))
C("attribute", 30, "Could you please describe what colour the cylinder is? I'm partially sighted and the colours all blur together for me.", "q(u(sel(cylinder)), color)", lambda c: c.a(c.the(shape="cylinder"), "color"))
C("attribute", 33, "what colour is the litle rubber cube", "q(u(f(sel(cube), size=small, material=rubber)), color)", lambda c: c.a(c.the(shape="cube", size="small", material="rubber"), "color"))
C("attribute", 36, "WHAT IS THE CYLINDER MADE OF", "q(u(sel(cylinder)), material)", lambda c: c.a(c.the(shape="cylinder"), "material"))
C("attribute", 40, "Please state the colour of the small cube.", "q(u(f(sel(cube), size=small)), color)", lambda c: c.a(c.the(shape="cube", size="small"), "color"))
C("attribute", 51, "the yelow cube is big or small", "choose(u(f(sel(cube), color=yellow)), size, [large, small])", lambda c: c.a(c.the(shape="cube", color="yellow"), "size"))
C("attribute", 58, "sphere.. what material", "q(u(sel(sphere)), material)", lambda c: c.a(c.the(shape="sphere"), "material"))
C("attribute", 44, "the purple one is what shape", "q(u(f(scene(), color=purple)), shape)", lambda c: c.a(c.the(color="purple"), "shape"))
C("attribute", 56, "the green 1 - what shape?", "q(u(f(scene(), color=green)), shape)", lambda c: c.a(c.the(color="green"), "shape"))
C("attribute", 34, "what size the yellow cube is?", "q(u(f(sel(cube), color=yellow)), size)", lambda c: c.a(c.the(shape="cube", color="yellow"), "size"))
C("attribute", 3, "that one cube... wats it made of", "q(u(sel(cube)), material)", lambda c: c.a(c.the(shape="cube"), "material"))
C("attribute", 57, "I have trouble telling colours apart, so could you help me out: what colour is the large sphere?", "q(u(f(sel(sphere), size=large)), color)", lambda c: c.a(c.the(shape="sphere", size="large"), "color"))

# CLEVR: comparing two counts
C("compare_count", 5, "are there fewer cubes than spheres", "lt(count(sel(cube)), count(sel(sphere)))", lambda c: yes(len(c.f(shape="cube")) < len(c.f(shape="sphere"))))
C("compare_count", 7, "is the number of cubes bigger than the number of cylinders?", "gt(count(sel(cube)), count(sel(cylinder)))", lambda c: yes(len(c.f(shape="cube")) > len(c.f(shape="cylinder"))))
C("compare_count", 11, "do spheres outnumber cylinders here", "gt(count(sel(sphere)), count(sel(cylinder)))", lambda c: yes(len(c.f(shape="sphere")) > len(c.f(shape="cylinder"))))
C("compare_count", 12, "r there as many spheres as cubes", "eq(count(sel(sphere)), count(sel(cube)))", lambda c: yes(len(c.f(shape="sphere")) == len(c.f(shape="cube"))))
C("compare_count", 18, "Are the purple objects and the cyan objects equally many?", "eq(count(f(scene(), color=purple)), count(f(scene(), color=cyan)))", lambda c: yes(len(c.f(color="purple")) == len(c.f(color="cyan"))))
C("compare_count", 24, "is there less metal things then rubber things", "lt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))", lambda c: yes(len(c.f(material="metal")) < len(c.f(material="rubber"))))
C("compare_count", 31, "same amount of cylinders and cubes?", "eq(count(sel(cylinder)), count(sel(cube)))", lambda c: yes(len(c.f(shape="cylinder")) == len(c.f(shape="cube"))))
C("compare_count", 41, "True or false: there are more large objects than small ones.", "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))", lambda c: yes(len(c.f(size="large")) > len(c.f(size="small"))))
C("compare_count", 46, "the number of red stuff is greater than number of purple stuff?", "gt(count(f(scene(), color=red)), count(f(scene(), color=purple)))", lambda c: yes(len(c.f(color="red")) > len(c.f(color="purple"))))
C("compare_count", 9, "there are less spheres as cylinders?", "lt(count(sel(sphere)), count(sel(cylinder)))", lambda c: yes(len(c.f(shape="sphere")) < len(c.f(shape="cylinder"))))
C("compare_count", 47, "do the cubes outnumber the cylinders and spheres put together", "gt(count(sel(cube)), add(count(sel(cylinder)), count(sel(sphere))))", lambda c: yes(len(c.f(shape="cube")) > len(c.f(shape="cylinder")) + len(c.f(shape="sphere"))))
C("compare_count", 26, "My daughter thinks there are more metal things than rubber ones in this picture. Is she right?", "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))", lambda c: yes(len(c.f(material="metal")) > len(c.f(material="rubber"))))
C("compare_count", 15, "r the green things n the blue things the same number", "eq(count(f(scene(), color=green)), count(f(scene(), color=blue)))", lambda c: yes(len(c.f(color="green")) == len(c.f(color="blue"))))
C("compare_count", 37, "is the quantity of cubes inferior to the quantity of cylinders?", "lt(count(sel(cube)), count(sel(cylinder)))", lambda c: yes(len(c.f(shape="cube")) < len(c.f(shape="cylinder"))))

# CLEVR: numbers, quantifiers, arithmetic
C("number", 4, "are there at least three cylinders?", "gt(count(sel(cylinder)), num(2))", lambda c: yes(len(c.f(shape="cylinder")) >= 3))
C("number", 6, "exactly 2 cubes in the pic?", "eq(count(sel(cube)), num(2))", lambda c: yes(len(c.f(shape="cube")) == 2))
C("number", 8, "there's at most one ball in this, right?", "not_(gt(count(sel(sphere)), num(1)))", lambda c: yes(len(c.f(shape="sphere")) <= 1))
C("number", 15, "more than two spheres??", "gt(count(sel(sphere)), num(2))", lambda c: yes(len(c.f(shape="sphere")) > 2))
C("number", 19, "Do we have a pair of large objects here, exactly two and no more?", "eq(count(f(scene(), size=large)), num(2))", lambda c: yes(len(c.f(size="large")) == 2))
C("number", 20, "zero red objects in this scene, true?", "eq(count(f(scene(), color=red)), num(0))", lambda c: yes(len(c.f(color="red")) == 0))
C("number", 25, "r there 3 or more metal things", "gt(count(f(scene(), material=metal)), num(2))", lambda c: yes(len(c.f(material="metal")) >= 3))
C("number", 37, "Is it true that there are at least five rubber objects?", "not_(lt(count(f(scene(), material=rubber)), num(5)))", lambda c: yes(len(c.f(material="rubber")) >= 5))
C("number", 48, "there is six or less big objects?", "lt(count(f(scene(), size=large)), num(7))", lambda c: yes(len(c.f(size="large")) <= 6))
C("number", 53, "exactly one sphere is small yes or no", "eq(count(f(sel(sphere), size=small)), num(1))", lambda c: yes(len(c.f(shape="sphere", size="small")) == 1))
C("number", 26, "how many more metal objects than rubber objects are there", "sub(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))", lambda c: str(len(c.f(material="metal")) - len(c.f(material="rubber"))))
C("number", 31, "how many spheres and cubes are there altogether", "add(count(sel(sphere)), count(sel(cube)))", lambda c: str(len(c.f(shape="sphere")) + len(c.f(shape="cube"))))
C("number", 10, "is there a couple of cylinders or more", "gt(count(sel(cylinder)), num(1))", lambda c: yes(len(c.f(shape="cylinder")) >= 2))
C("number", 58, "no more then 1 cube, yeah?", "not_(gt(count(sel(cube)), num(1)))", lambda c: yes(len(c.f(shape="cube")) <= 1))

# CLEVR: negation and exceptions
C("negation", 18, "count everything except the purple stuff", "count(fn(scene(), color=purple))", lambda c: n([i for i in c.all() if c.a(i, "color") != "purple"]))
C("negation", 24, "the cubes that r not red, how many", "count(fn(sel(cube), color=red))", lambda c: n([i for i in c.f(shape="cube") if c.a(i, "color") != "red"]))
C("negation", 41, "Apart from the cylinders, how many objects are there?", "count(fn(scene(), shape=cylinder))", lambda c: n([i for i in c.all() if c.a(i, "shape") != "cylinder"]))
C("negation", 43, "how many non-metal things", "count(fn(scene(), material=metal))", lambda c: n([i for i in c.all() if c.a(i, "material") != "metal"]))
C("negation", 49, "no cube is red, right?", "not_(exist(f(sel(cube), color=red)))", lambda c: yes(not c.f(shape="cube", color="red")))
C("negation", 12, "is there no cylinder that is big?", "not_(exist(f(sel(cylinder), size=large)))", lambda c: yes(not c.f(shape="cylinder", size="large")))
C("negation", 56, "Am I right that there is no metal sphere in this picture?", "not_(exist(f(sel(sphere), material=metal)))", lambda c: yes(not c.f(shape="sphere", material="metal")))
C("negation", 9, "how many objects r not gray and not green", "count(fn(fn(scene(), color=gray), color=green))", lambda c: n([i for i in c.all() if c.a(i, "color") not in ("gray", "green")]))
C("negation", 48, "besides the spheres how many object there are", "count(fn(scene(), shape=sphere))", lambda c: n([i for i in c.all() if c.a(i, "shape") != "sphere"]))

# CLEVR: lists, kinds of values, most common
C("list", 5, "what colours do u see", "values(scene(), color)", lambda c: listing(c.a(i, "color") for i in c.all()))
C("list", 12, "list the shapes pls", "values(scene(), shape)", lambda c: listing(c.a(i, "shape") for i in c.all()))
C("list", 20, "Which materials are the cylinders made of?", "values(sel(cylinder), material)", lambda c: listing(c.a(i, "material") for i in c.f(shape="cylinder")))
C("list", 56, "what sizes do the rubber objects come in", "values(f(scene(), material=rubber), size)", lambda c: listing(c.a(i, "size") for i in c.f(material="rubber")))
C("list", 7, "what kinds of shape are there which are big", "values(f(scene(), size=large), shape)", lambda c: listing(c.a(i, "shape") for i in c.f(size="large")))
C("list", 47, "what colours are the cubes that aren't purple", "values(fn(sel(cube), color=purple), color)", lambda c: listing(c.a(i, "color") for i in c.f(shape="cube") if c.a(i, "color") != "purple"))
C("list", 24, "how many diffrent colours are there", "nvalues(scene(), color)", lambda c: str(len({c.a(i, "color") for i in c.all()})))
C("list", 49, "how many distinct shapes does this picture contain", "nvalues(scene(), shape)", lambda c: str(len({c.a(i, "shape") for i in c.all()})))
C("list", 42, "which colour shows up the most?", "common_value(scene(), color)", lambda c: common(c.a(i, "color") for i in c.all()))
C("list", 24, "what shape appears most often", "common_value(scene(), shape)", lambda c: common(c.a(i, "shape") for i in c.all()))
C("list", 54, "wat colour r the cubes behind the green cube", "values(f(rel(u(f(sel(cube), color=green)), behind), shape=cube), color)", lambda c: listing(c.a(i, "color") for i in c.f(among=c.rel("behind", c.the(shape="cube", color="green")), shape="cube")))

# CLEVR: one relation
C("spatial", 0, "what shape is the thing to the right of the little yellow ball", "q(u(rel(u(f(sel(sphere), color=yellow, size=small)), right)), shape)", lambda c: c.a(c.one(c.rel("right", c.the(shape="sphere", color="yellow", size="small"))), "shape"))
C("spatial", 1, "how many things r behind the brown ball", "count(rel(u(f(sel(sphere), color=brown)), behind))", lambda c: n(c.rel("behind", c.the(shape="sphere", color="brown"))))
C("spatial", 2, "is there something in front of the big cyan cylinder?", "exist(rel(u(f(sel(cylinder), size=large, color=cyan)), front))", lambda c: yes(bool(c.rel("front", c.the(shape="cylinder", size="large", color="cyan")))))
C("spatial", 10, "the thing to the left of the red ball, what shape it is?", "q(u(rel(u(f(sel(sphere), color=red)), left)), shape)", lambda c: c.a(c.one(c.rel("left", c.the(shape="sphere", color="red"))), "shape"))
C("spatial", 14, "Is the blue sphere in front of the cyan sphere?", "exist(inter(rel(u(f(sel(sphere), color=cyan)), front), f(sel(sphere), color=blue)))", lambda c: yes(c.the(shape="sphere", color="blue") in c.rel("front", c.the(shape="sphere", color="cyan"))))
C("spatial", 17, "is there any cube behind the small yellow sphere?", "exist(f(rel(u(f(sel(sphere), size=small, color=yellow)), behind), shape=cube))", lambda c: yes(bool(c.f(among=c.rel("behind", c.the(shape="sphere", size="small", color="yellow")), shape="cube"))))
C("spatial", 21, "how many balls are right of the green cylinder", "count(f(rel(u(f(sel(cylinder), color=green)), right), shape=sphere))", lambda c: n(c.f(among=c.rel("right", c.the(shape="cylinder", color="green")), shape="sphere")))
C("spatial", 22, "whats the colour of the cube that is right of the cyan sphere", "q(u(f(rel(u(f(sel(sphere), color=cyan)), right), shape=cube)), color)", lambda c: c.a(hop(c, c.the(shape="sphere", color="cyan"), "right", shape="cube"), "color"))
C("spatial", 28, "in front of purple cylinder how many thing there are", "count(rel(u(f(sel(cylinder), color=purple)), front))", lambda c: n(c.rel("front", c.the(shape="cylinder", color="purple"))))
C("spatial", 30, "which colour is the ball left of the green ball", "q(u(f(rel(u(f(sel(sphere), color=green)), left), shape=sphere)), color)", lambda c: c.a(hop(c, c.the(shape="sphere", color="green"), "left", shape="sphere"), "color"))
C("spatial", 38, "how many metal things r left of the small green rubber ball", "count(f(rel(u(f(sel(sphere), size=small, color=green, material=rubber)), left), material=metal))", lambda c: n(c.f(among=c.rel("left", c.the(shape="sphere", size="small", color="green", material="rubber")), material="metal")))
C("spatial", 40, "the cube left of the small cyan cube, is it metal or rubber?", "choose(u(f(rel(u(f(sel(cube), size=small, color=cyan)), left), shape=cube)), material, [metal, rubber])", lambda c: c.a(hop(c, c.the(shape="cube", size="small", color="cyan"), "left", shape="cube"), "material"))
C("spatial", 58, "the big metal thing in front of the purple cube, what colour", "q(u(f(rel(u(f(sel(cube), color=purple)), front), size=large, material=metal)), color)", lambda c: c.a(hop(c, c.the(shape="cube", color="purple"), "front", size="large", material="metal"), "color"))
C("spatial", 39, "is the brown cylinder left of the gray cube", "exist(inter(rel(u(f(sel(cube), color=gray)), left), f(sel(cylinder), color=brown)))", lambda c: yes(c.the(shape="cylinder", color="brown") in c.rel("left", c.the(shape="cube", color="gray"))))
C("spatial", 23, "Please tell me how many objects are located behind the small brown cylinder.", "count(rel(u(f(sel(cylinder), size=small, color=brown)), behind))", lambda c: n(c.rel("behind", c.the(shape="cylinder", size="small", color="brown"))))
C("spatial", 14, "the gray cube, is it on the left or the right of the blue ball?", "choose_rel(u(f(sel(sphere), color=blue)), [left, right], name=cube)", lambda c: "left" if c.the(shape="cube", color="gray") in c.rel("left", c.the(shape="sphere", color="blue")) else "right")
C("spatial", 51, "anything behind of the yellow cube?", "exist(rel(u(f(sel(cube), color=yellow)), behind))", lambda c: yes(bool(c.rel("behind", c.the(shape="cube", color="yellow")))))

# CLEVR: chains of relations / nested references
C("chain", 6, "What colour is the cylinder behind the blue thing that sits in front of the small purple ball?", "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=purple)), front), color=blue)), behind), shape=cylinder)), color)", lambda c: c.a(hop(c, hop(c, c.the(shape="sphere", size="small", color="purple"), "front", color="blue"), "behind", shape="cylinder"), "color"))
C("chain", 11, "the grey object right of the cube that is in front of the big blue cube - what shape is it?", "q(u(f(rel(u(f(rel(u(f(sel(cube), size=large, color=blue)), front), shape=cube)), right), color=gray)), shape)", lambda c: c.a(hop(c, hop(c, c.the(shape="cube", size="large", color="blue"), "front", shape="cube"), "right", color="gray"), "shape"))
C("chain", 13, "wat size is the cylinder right of the purple thing that is in front of the small cyan ball", "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=cyan)), front), color=purple)), right), shape=cylinder)), size)", lambda c: c.a(hop(c, hop(c, c.the(shape="sphere", size="small", color="cyan"), "front", color="purple"), "right", shape="cylinder"), "size"))
C("chain", 25, "the ball behind the cyan ball which is right of the blue cylinder. what colour", "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=blue)), right), color=cyan)), behind), shape=sphere)), color)", lambda c: c.a(hop(c, hop(c, c.the(shape="cylinder", color="blue"), "right", color="cyan"), "behind", shape="sphere"), "color"))
C("chain", 33, "What shape is the gray object to the right of the blue thing in front of the green cube?", "q(u(f(rel(u(f(rel(u(f(sel(cube), color=green)), front), color=blue)), right), color=gray)), shape)", lambda c: c.a(hop(c, hop(c, c.the(shape="cube", color="green"), "front", color="blue"), "right", color="gray"), "shape"))
C("chain", 43, "what shape has the green object behind the ball that is in front of the big blue cube", "q(u(f(rel(u(f(rel(u(f(sel(cube), size=large, color=blue)), front), shape=sphere)), behind), color=green)), shape)", lambda c: c.a(hop(c, hop(c, c.the(shape="cube", size="large", color="blue"), "front", shape="sphere"), "behind", color="green"), "shape"))
C("chain", 46, "what material is the red thing behind the cylinder which is in front of the purple metal ball", "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=purple, material=metal)), front), shape=cylinder)), behind), color=red)), material)", lambda c: c.a(hop(c, hop(c, c.the(shape="sphere", color="purple", material="metal"), "front", shape="cylinder"), "behind", color="red"), "material"))
C("chain", 48, "Colour of the cylinder behind the cube that is right of the small yellow cube?", "q(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=yellow)), right), shape=cube)), behind), shape=cylinder)), color)", lambda c: c.a(hop(c, hop(c, c.the(shape="cube", size="small", color="yellow"), "right", shape="cube"), "behind", shape="cylinder"), "color"))
C("chain", 50, "what shape is the purple object left of the green thing thats in front of the big cube", "q(u(f(rel(u(f(rel(u(f(sel(cube), size=large)), front), color=green)), left), color=purple)), shape)", lambda c: c.a(hop(c, hop(c, c.the(shape="cube", size="large"), "front", color="green"), "left", color="purple"), "shape"))
C("chain", 53, "the yellow thing in front of the purple object, which is itself in front of the blue cube: big or small?", "choose(u(f(rel(u(f(rel(u(f(sel(cube), color=blue)), front), color=purple)), front), color=yellow)), size, [large, small])", lambda c: c.a(hop(c, hop(c, c.the(shape="cube", color="blue"), "front", color="purple"), "front", color="yellow"), "size"))
C("chain", 16, "colour of cylinder right of the cyan ball that is left of the red ball", "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), left), color=cyan)), right), shape=cylinder)), color)", lambda c: c.a(hop(c, hop(c, c.the(shape="sphere", color="red"), "left", color="cyan"), "right", shape="cylinder"), "color"))
C("chain", 38, "how big is the red ball in front of the green metal sphere's left neighbour... i mean the red thing left of the green metal sphere", "q(u(f(rel(u(f(sel(sphere), color=green, material=metal)), left), color=red)), size)", lambda c: c.a(hop(c, c.the(shape="sphere", color="green", material="metal"), "left", color="red"), "size"))

# CLEVR: positions and superlatives
C("position", 7, "what's the front-most thing made of?", "q(ord(scene(), front, 1), material)", lambda c: c.a(nth(c, c.all(), "front"), "material"))
C("position", 19, "whats the 2nd cube from the left, what colour", "q(ord(sel(cube), left, 2), color)", lambda c: c.a(nth(c, c.f(shape="cube"), "left", 2), "color"))
C("position", 31, "the sphere closest to the front, what colour", "q(ord(sel(sphere), front, 1), color)", lambda c: c.a(nth(c, c.f(shape="sphere"), "front"), "color"))
C("position", 42, "rightmost cylindre colour?", "q(ord(sel(cylinder), right, 1), color)", lambda c: c.a(nth(c, c.f(shape="cylinder"), "right"), "color"))
C("position", 45, "of all the cubes which one is most to the left - its colour", "q(ord(sel(cube), left, 1), color)", lambda c: c.a(nth(c, c.f(shape="cube"), "left"), "color"))
C("position", 47, "the third object from the right, what shape is that", "q(ord(scene(), right, 3), shape)", lambda c: c.a(nth(c, c.all(), "right", 3), "shape"))
C("position", 49, "what is the leftmost small thing made of", "q(ord(f(scene(), size=small), left, 1), material)", lambda c: c.a(nth(c, c.f(size="small"), "left"), "material"))
C("position", 59, "the cylinder most far on the right has which colour", "q(ord(sel(cylinder), right, 1), color)", lambda c: c.a(nth(c, c.f(shape="cylinder"), "right"), "color"))
C("position", 37, "2nd object from the front: size?", "q(ord(scene(), front, 2), size)", lambda c: c.a(nth(c, c.all(), "front", 2), "size"))
C("position", 5, "what colour is the ball closest to the green cylinder", "q(closest(sel(sphere), u(f(sel(cylinder), color=green))), color)", lambda c: c.a(near(c, c.f(shape="sphere"), c.the(shape="cylinder", color="green")), "color"))
C("position", 25, "Which shape is the object farthest from the red cube?", "q(farthest(scene(), u(f(sel(cube), color=red))), shape)", lambda c: c.a(near(c, c.all(), c.the(shape="cube", color="red"), far=True), "shape"))
C("position", 18, "Of everything here, which object sits furthest back? Tell me its material.", "q(ord(scene(), behind, 1), material)", lambda c: c.a(nth(c, c.all(), "behind"), "material"))
C("position", 43, "what is the colour of the thing nearest to the yellow cube", "q(closest(scene(), u(f(sel(cube), color=yellow))), color)", lambda c: c.a(near(c, c.all(), c.the(shape="cube", color="yellow")), "color"))

# CLEVR: comparing attributes / which one
C("compare_attr", 0, "is the cylinder same size as the blue ball", "same(u(sel(cylinder)), u(f(sel(sphere), color=blue)), size)", lambda c: yes(c.a(c.the(shape="cylinder"), "size") == c.a(c.the(shape="sphere", color="blue"), "size")))
C("compare_attr", 3, "does the purple cube have the same material as the red sphere", "same(u(f(sel(cube), color=purple)), u(f(sel(sphere), color=red)), material)", lambda c: yes(c.a(c.the(shape="cube", color="purple"), "material") == c.a(c.the(shape="sphere", color="red"), "material")))
C("compare_attr", 10, "r the red ball and the purple ball made of same stuff", "same(u(f(sel(sphere), color=red)), u(f(sel(sphere), color=purple)), material)", lambda c: yes(c.a(c.the(shape="sphere", color="red"), "material") == c.a(c.the(shape="sphere", color="purple"), "material")))
C("compare_attr", 17, "is the green cylinder same colour as the small sphere", "same(u(f(sel(cylinder), color=green)), u(f(sel(sphere), size=small)), color)", lambda c: yes(c.a(c.the(shape="cylinder", color="green"), "color") == c.a(c.the(shape="sphere", size="small"), "color")))
C("compare_attr", 22, "are yellow cube and yellow cylinder from same material", "same(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=yellow)), material)", lambda c: yes(c.a(c.the(shape="cube", color="yellow"), "material") == c.a(c.the(shape="cylinder", color="yellow"), "material")))
C("compare_attr", 28, "the brown ball and the big red cylinder, same material?", "same(u(f(sel(sphere), color=brown)), u(f(sel(cylinder), size=large, color=red)), material)", lambda c: yes(c.a(c.the(shape="sphere", color="brown"), "material") == c.a(c.the(shape="cylinder", size="large", color="red"), "material")))
C("compare_attr", 30, "is the colour of the cylinder different from the colour of the green ball", "different(u(sel(cylinder)), u(f(sel(sphere), color=green)), color)", lambda c: yes(c.a(c.the(shape="cylinder"), "color") != c.a(c.the(shape="sphere", color="green"), "color")))
C("compare_attr", 36, "how many other things share the material of the brown cylinder", "count(same_attr(u(f(sel(cylinder), color=brown)), material))", lambda c: n([i for i in c.f(material=c.a(c.the(shape="cylinder", color="brown"), "material")) if i != c.the(shape="cylinder", color="brown")]))
C("compare_attr", 44, "how many objects have the same colour as the big sphere", "count(same_attr(u(f(sel(sphere), size=large)), color))", lambda c: n([i for i in c.f(color=c.a(c.the(shape="sphere", size="large"), "color")) if i != c.the(shape="sphere", size="large")]))
C("compare_attr", 0, "which one is bigger, the yellow ball or the cylinder?", "compare(u(f(sel(sphere), color=yellow)), u(sel(cylinder)), bigger)", lambda c: bigger_name(c, c.the(shape="sphere", color="yellow"), c.the(shape="cylinder")))
C("compare_attr", 39, "the big cylinder: gray or brown?", "choose(u(f(sel(cylinder), size=large)), color, [gray, brown])", lambda c: c.a(c.the(shape="cylinder", size="large"), "color"))
C("compare_attr", 21, "do the purple cylinder and the red sphere have a different size?", "different(u(f(sel(cylinder), color=purple)), u(f(sel(sphere), color=red)), size)", lambda c: yes(c.a(c.the(shape="cylinder", color="purple"), "size") != c.a(c.the(shape="sphere", color="red"), "size")))
C("compare_attr", 40, "is the grey cube and the cyan cube equally big?", "same(u(f(sel(cube), color=gray)), u(f(sel(cube), color=cyan)), size)", lambda c: yes(c.a(c.the(shape="cube", color="gray"), "size") == c.a(c.the(shape="cube", color="cyan"), "size")))

# CLEVR: verify one fact
C("verify", 1, "the big gray thing is a cube, true or false?", "verify(u(f(scene(), size=large, color=gray)), shape, cube)", lambda c: yes(c.a(c.the(size="large", color="gray"), "shape") == "cube"))
C("verify", 2, "Correct me if I'm wrong: the small cylinder is metal.", "verify(u(f(sel(cylinder), size=small)), material, metal)", lambda c: yes(c.a(c.the(shape="cylinder", size="small"), "material") == "metal"))
C("verify", 15, "the yellow ball is big, isn't it?", "verify(u(f(sel(sphere), color=yellow)), size, large)", lambda c: yes(c.a(c.the(shape="sphere", color="yellow"), "size") == "large"))
C("verify", 23, "Is it true that the small brown sphere is metallic?", "verify(u(f(sel(sphere), size=small, color=brown)), material, metal)", lambda c: yes(c.a(c.the(shape="sphere", size="small", color="brown"), "material") == "metal"))
C("verify", 40, "True or false: the brown cylinder is large.", "verify(u(f(sel(cylinder), color=brown)), size, large)", lambda c: yes(c.a(c.the(shape="cylinder", color="brown"), "size") == "large"))
C("verify", 58, "the cyan cube is made of rubber isnt it", "verify(u(f(sel(cube), color=cyan)), material, rubber)", lambda c: yes(c.a(c.the(shape="cube", color="cyan"), "material") == "rubber"))
C("verify", 28, "are all the cylinders red?", "not_(exist(fn(sel(cylinder), color=red)))", lambda c: yes(all(c.a(i, "color") == "red" for i in c.f(shape="cylinder"))))
C("verify", 30, "every sphere is large, yes?", "not_(exist(fn(sel(sphere), size=large)))", lambda c: yes(all(c.a(i, "size") == "large" for i in c.f(shape="sphere"))))
C("verify", 54, "Please confirm: every object in this scene is large.", "not_(exist(fn(scene(), size=large)))", lambda c: yes(all(c.a(i, "size") == "large" for i in c.all())))
C("verify", 27, "the yellow ball, its made of metal right", "verify(u(f(sel(sphere), color=yellow)), material, metal)", lambda c: yes(c.a(c.the(shape="sphere", color="yellow"), "material") == "metal"))

# CLEVR: two clauses
C("two_clause", 0, "is there a cube or a cylinder", "or_(exist(sel(cube)), exist(sel(cylinder)))", lambda c: yes(bool(c.f(shape="cube") or c.f(shape="cylinder"))))
C("two_clause", 14, "is there a small metal sphere and also a large rubber sphere", "and_(exist(f(sel(sphere), size=small, material=metal)), exist(f(sel(sphere), size=large, material=rubber)))", lambda c: yes(bool(c.f(shape="sphere", size="small", material="metal") and c.f(shape="sphere", size="large", material="rubber"))))
C("two_clause", 27, "there r 2 cubes and 1 sphere, correct?", "and_(eq(count(sel(cube)), num(2)), eq(count(sel(sphere)), num(1)))", lambda c: yes(len(c.f(shape="cube")) == 2 and len(c.f(shape="sphere")) == 1))
C("two_clause", 34, "is there a red cylinder and also a red cube", "and_(exist(f(sel(cylinder), color=red)), exist(f(sel(cube), color=red)))", lambda c: yes(bool(c.f(shape="cylinder", color="red") and c.f(shape="cube", color="red"))))
C("two_clause", 39, "either a sphere or a brown cube in there?", "or_(exist(sel(sphere)), exist(f(sel(cube), color=brown)))", lambda c: yes(bool(c.f(shape="sphere") or c.f(shape="cube", color="brown"))))
C("two_clause", 51, "Is there a large gray sphere and a small yellow cube?", "and_(exist(f(sel(sphere), size=large, color=gray)), exist(f(sel(cube), size=small, color=yellow)))", lambda c: yes(bool(c.f(shape="sphere", size="large", color="gray") and c.f(shape="cube", size="small", color="yellow"))))
C("two_clause", 10, "how many red things plus gray things", "add(count(f(scene(), color=red)), count(f(scene(), color=gray)))", lambda c: str(len(c.f(color="red")) + len(c.f(color="gray"))))
C("two_clause", 44, "how many things are cubes or brown", "count(union(sel(cube), f(scene(), color=brown)))", lambda c: n([i for i in c.all() if c.a(i, "shape") == "cube" or c.a(i, "color") == "brown"]))
C("two_clause", 57, "count the things that are both gray and rubber", "count(f(scene(), color=gray, material=rubber))", lambda c: n(c.f(color="gray", material="rubber")))

# ================================================================================================================
# photo graphs: street
P("count", "street", "how many ppl r in this pic", "count(sel(person))", lambda p: n(people(p)))
P("count", "street", "how much ties is there", "count(sel(tie))", lambda p: n(p.f("tie")))
P("attribute", "street", "wat colour is the tie of the man on left", "q(u(rel(ord(sel(man), left, 1), wearing, role=object)), color)", lambda p: p.value(one(whom(p, pnth(p, p.f("man"), "left"), "wearing")), "color"))
P("attribute", "street", "which colour is the tie worn by the man in white", "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)", lambda p: p.value(one(whom(p, p.the("man", color="white"), "wearing")), "color"))
P("text", "street", "what does the sign read", "q(u(sel(sign)), text)", lambda p: p.value(p.the("sign"), "text"))
P("text", "street", "WHAT IS WRITTEN ON THE BUS", "q(u(sel(bus)), text)", lambda p: p.value(p.the("bus"), "text"))
P("text", "street", "is 'STOP' written on the bus?", "verify(u(sel(bus)), text, STOP)", lambda p: yes(p.value(p.the("bus"), "text") == "STOP"))
P("text", "street", "the writing at the bottom of the picture, what does it say", "q(u(sel(text)), text)", lambda p: p.value(p.the("text"), "text"))
P("exist", "street", "is ther a dog", "exist(sel(dog))", lambda p: yes(bool(p.f("dog"))))
P("exist", "street", "any bicycle in this street pic?", "exist(sel(bicycle))", lambda p: yes(bool(p.f("bicycle"))))
P("spatial", "street", "who is holding the dog", "q(u(rel(u(sel(dog)), holding)), name)", lambda p: p.name(one(who(p, "holding", p.the("dog")))))
P("verify", "street", "the woman holds a dog, right?", "vrel(u(sel(dog)), holding, name=woman)", lambda p: yes(bool(who(p, "holding", p.the("dog"), "woman"))))
P("position", "street", "the person in the middle, what colour they are wearing", "q(ord(sel(person), left, 2), color)", lambda p: p.value(pnth(p, people(p), "left", 2), "color"))
P("position", "street", "what is furthest to the right in the photo", "q(ord(scene(), right, 1), name)", lambda p: p.name(pnth(p, list(p.objects), "right")))
P("chain", "street", "what colour is the tie of the man standing right of the bus", "q(u(rel(u(rel(u(sel(bus)), right, name=man)), wearing, role=object)), color)", lambda p: p.value(one(whom(p, one(who(p, "right", p.the("bus"), "man")), "wearing")), "color"))
P("spatial", "street", "what is in front of the bus?", "q(u(rel(u(sel(bus)), front)), name)", lambda p: p.name(one(who(p, "front", p.the("bus")))))
P("compare_count", "street", "are there more men than women", "gt(count(sel(man)), count(sel(woman)))", lambda p: yes(len(p.f("man")) > len(p.f("woman"))))
P("list", "street", "what colours are the ties", "values(sel(tie), color)", lambda p: listing(p.value(i, "color") for i in p.f("tie")))
P("negation", "street", "how many people are not wearing a tie", "count(diff(sel(person), rel(sel(tie), wearing)))", lambda p: n([i for i in people(p) if not whom(p, i, "wearing", "tie")]))
P("attribute", "street", "wat colr is teh bus", "q(u(sel(bus)), color)", lambda p: p.value(p.the("bus"), "color"))
P("verify", "street", "Is the man on the left dressed in black?", "verify(ord(sel(man), left, 1), color, black)", lambda p: yes(p.value(pnth(p, p.f("man"), "left"), "color") == "black"))
P("spatial", "street", "I'm blind and using a screen reader, so please bear with me: is the dog near the woman?", "vrel(u(sel(dog)), near, name=woman)", lambda p: yes(bool(who(p, "near", p.the("dog"), "woman"))))
P("text", "street", "Q7) What word is displayed on the red sign?", "q(u(f(sel(sign), color=red)), text)", lambda p: p.value(p.the("sign", color="red"), "text"))
P("attribute", "street", "the man who wear the red tie, his clothes are what colour?", "q(u(rel(u(f(sel(tie), color=red)), wearing, name=man)), color)", lambda p: p.value(one(who(p, "wearing", p.the("tie", color="red"), "man")), "color"))
P("position", "street", "whos the second person from the right", "q(ord(sel(person), right, 2), name)", lambda p: p.name(pnth(p, people(p), "right", 2)))

# photo graphs: kitchen
P("count", "kitchen", "how many cups r on the table", "count(rel(u(sel(table)), on, name=cup))", lambda p: n(who(p, "on", p.the("table"), "cup")))
P("count", "kitchen", "Determine how many objects rest on the table.", "count(rel(u(sel(table)), on))", lambda p: n(who(p, "on", p.the("table"))))
P("text", "kitchen", "whats written on the bottle", "q(u(sel(bottle)), text)", lambda p: p.value(p.the("bottle"), "text"))
P("text", "kitchen", "the clock shows what?", "q(u(sel(clock)), text)", lambda p: p.value(p.the("clock"), "text"))
P("text", "kitchen", "is 'AGUA' written on the bottle", "verify(u(sel(bottle)), text, AGUA)", lambda p: yes(p.value(p.the("bottle"), "text") == "AGUA"))
P("position", "kitchen", "which colour is the cup in the middle", "q(ord(sel(cup), left, 2), color)", lambda p: p.value(pnth(p, p.f("cup"), "left", 2), "color"))
P("position", "kitchen", "the right-most cup: what colour?", "q(ord(sel(cup), right, 1), color)", lambda p: p.value(pnth(p, p.f("cup"), "right"), "color"))
P("spatial", "kitchen", "What colour is the thing to the left of the plate?", "q(u(rel(u(sel(plate)), left)), color)", lambda p: p.value(one(who(p, "left", p.the("plate"))), "color"))
P("attribute", "kitchen", "what is the table made of", "q(u(sel(table)), material)", lambda p: p.value(p.the("table"), "material"))
P("attribute", "kitchen", "what colour the fork has", "q(u(sel(fork)), color)", lambda p: p.value(p.the("fork"), "color"))
P("spatial", "kitchen", "whats the colour of the cup right of the bottle", "q(u(rel(u(sel(bottle)), right, name=cup)), color)", lambda p: p.value(one(who(p, "right", p.the("bottle"), "cup")), "color"))
P("exist", "kitchen", "is there a knife on the table or anywhere", "exist(sel(knife))", lambda p: yes(bool(p.f("knife"))))
P("spatial", "kitchen", "what hangs above the table", "q(u(rel(u(sel(table)), above)), name)", lambda p: p.name(one(who(p, "above", p.the("table")))))
P("chain", "kitchen", "what is left of the cup that is left of the bottle", "q(u(rel(u(rel(u(sel(bottle)), left, name=cup)), left)), name)", lambda p: p.name(one(who(p, "left", one(who(p, "left", p.the("bottle"), "cup"))))))
P("spatial", "kitchen", "who is standing right of the table", "q(u(rel(u(sel(table)), right)), name)", lambda p: p.name(one(who(p, "right", p.the("table")))))
P("list", "kitchen", "list the colours of the cups", "values(sel(cup), color)", lambda p: listing(p.value(i, "color") for i in p.f("cup")))
P("negation", "kitchen", "how many cups arent red", "count(fn(sel(cup), color=red))", lambda p: n([i for i in p.f("cup") if p.value(i, "color") != "red"]))
P("attribute", "kitchen", "Could you tell me, please, what colour the bottle is? My eyes aren't what they used to be.", "q(u(sel(bottle)), color)", lambda p: p.value(p.the("bottle"), "color"))
P("exist", "kitchen", "there is a plate on table?", "vrel(u(sel(table)), on, name=plate)", lambda p: yes(bool(who(p, "on", p.the("table"), "plate"))))
P("spatial", "kitchen", "the cup on the right of the plate, which colour it is", "q(u(rel(u(sel(plate)), right, name=cup)), color)", lambda p: p.value(one(who(p, "right", p.the("plate"), "cup")), "color"))
P("text", "kitchen", "does the clock say 12:30", "verify(u(sel(clock)), text, '12:30')", lambda p: yes(p.value(p.the("clock"), "text") == "12:30"))
P("compare_attr", "kitchen", "is the plate and the clock same colour", "same(u(sel(plate)), u(sel(clock)), color)", lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")))

# photo graphs: park
P("count", "park", "how many dogs r there", "count(sel(dog))", lambda p: n(p.f("dog")))
P("count", "park", "how many womans are in the park", "count(sel(woman))", lambda p: n(p.f("woman")))
P("count", "park", "number of people pls", "count(sel(person))", lambda p: n(people(p)))
P("attribute", "park", "what colour is the frisbe", "q(u(sel(frisbee)), color)", lambda p: p.value(p.the("frisbee"), "color"))
P("spatial", "park", "who throw the frisbee?", "q(u(rel(u(sel(frisbee)), throwing)), name)", lambda p: p.name(one(who(p, "throwing", p.the("frisbee")))))
P("position", "park", "the 2nd person from the left, who is it", "q(ord(sel(person), left, 2), name)", lambda p: p.name(pnth(p, people(p), "left", 2)))
P("position", "park", "the right-most person, is it a girl or a boy?", "choose(ord(sel(person), right, 1), name, [girl, boy])", lambda p: p.name(pnth(p, people(p), "right")))
P("chain", "park", "what colour is the dog that the woman on the left is holding", "q(u(rel(ord(sel(woman), left, 1), holding, role=object)), color)", lambda p: p.value(one(whom(p, pnth(p, p.f("woman"), "left"), "holding")), "color"))
P("spatial", "park", "the dog near the girl is what colour", "q(u(rel(u(sel(girl)), near, name=dog)), color)", lambda p: p.value(one(who(p, "near", p.the("girl"), "dog")), "color"))
P("exist", "park", "is there a bycicle", "exist(sel(bicycle))", lambda p: yes(bool(p.f("bicycle"))))
P("verify", "park", "the bike is red, true or false", "verify(u(sel(bicycle)), color, red)", lambda p: yes(p.value(p.the("bicycle"), "color") == "red"))
P("spatial", "park", "who is near the bench", "q(u(rel(u(sel(bench)), near)), name)", lambda p: p.name(one(who(p, "near", p.the("bench")))))
P("compare_count", "park", "are there as many dogs as trees", "eq(count(sel(dog)), count(sel(tree)))", lambda p: yes(len(p.f("dog")) == len(p.f("tree"))))
P("list", "park", "what colours are the women wearing", "values(sel(woman), color)", lambda p: listing(p.value(i, "color") for i in p.f("woman")))
P("negation", "park", "how many of the people are not women", "count(diff(sel(person), sel(woman)))", lambda p: n([i for i in people(p) if p.name(i) != "woman"]))
P("number", "park", "at least three kids??", "gt(count(union(sel(boy), sel(girl))), num(2))", lambda p: yes(len(p.f({"boy", "girl"})) >= 3))
P("chain", "park", "what colour is the bike near the woman in the middle", "q(u(rel(u(f(sel(woman), hposition=middle)), near, name=bicycle)), color)", lambda p: p.value(one(who(p, "near", p.the("woman", hposition="middle"), "bicycle")), "color"))
P("attribute", "park", "So we took the kids to the park last weekend and I found this picture on my phone. What colour is the boy wearing?", "q(u(sel(boy)), color)", lambda p: p.value(p.the("boy"), "color"))
P("position", "park", "the person second from the right is dressed in what colour?", "q(ord(sel(person), right, 2), color)", lambda p: p.value(pnth(p, people(p), "right", 2), "color"))
P("verify", "park", "the woman on the left holds a dog, correct?", "vrel(ord(sel(woman), left, 1), holding, name=dog, role=object)", lambda p: yes(bool(whom(p, pnth(p, p.f("woman"), "left"), "holding", "dog"))))
P("list", "park", "Please list the colours of the two dogs.", "values(sel(dog), color)", lambda p: listing(p.value(i, "color") for i in p.f("dog")))

# photo graphs: shapes
P("count", "shapes", "how many circels", "count(sel(circle))", lambda p: n(p.f("circle")))
P("attribute", "shapes", "what colour is the triangel", "q(u(sel(triangle)), color)", lambda p: p.value(p.the("triangle"), "color"))
P("attribute", "shapes", "which shape is yellow", "q(u(f(scene(), color=yellow)), shape)", lambda p: p.value(p.the(color="yellow"), "shape"))
P("list", "shapes", "what colours are the circles", "values(sel(circle), color)", lambda p: listing(p.value(i, "color") for i in p.f("circle")))
P("position", "shapes", "what shape is in the top right", "q(u(f(scene(), hposition=right, vposition=top)), shape)", lambda p: p.value(p.the(hposition="right", vposition="top"), "shape"))
P("position", "shapes", "leftmost shape at the bottom, what colour", "q(ord(f(scene(), vposition=bottom), left, 1), color)", lambda p: p.value(pnth(p, p.f(vposition="bottom"), "left"), "color"))
P("compare_count", "shapes", "are there more small shapes than large ones", "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))", lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))))
P("number", "shapes", "exactly 2 red shapes?", "eq(count(f(scene(), color=red)), num(2))", lambda p: yes(len(p.f(color="red")) == 2))
P("negation", "shapes", "how many shapes arent blue", "count(fn(scene(), color=blue))", lambda p: n([i for i in p.objects if p.value(i, "color") != "blue"]))
P("verify", "shapes", "the star is red, correct?", "verify(u(sel(star)), color, red)", lambda p: yes(p.value(p.the("star"), "color") == "red"))
P("attribute", "shapes", "the hexagon big or small", "choose(u(sel(hexagon)), size, [large, small])", lambda p: p.value(p.the("hexagon"), "size"))
P("list", "shapes", "how many different colours are used", "nvalues(scene(), color)", lambda p: str(len({p.value(i, "color") for i in p.objects})))
P("position", "shapes", "what shape is at the top in the middle", "q(u(f(scene(), hposition=middle, vposition=top)), shape)", lambda p: p.value(p.the(hposition="middle", vposition="top"), "shape"))
P("compare_attr", "shapes", "the big circle and the star, same colour?", "same(u(f(sel(circle), size=large)), u(sel(star)), color)", lambda p: yes(p.value(p.the("circle", size="large"), "color") == p.value(p.the("star"), "color")))
P("list", "shapes", "which shapes r blue", "values(f(scene(), color=blue), shape)", lambda p: listing(p.value(i, "shape") for i in p.f(color="blue")))

# ================================================================================================================
# questions the steps cannot answer (gold refuse)
X(3, "how heavy is the big red cylinder in kilograms")
C("number", 7, "is the number of cylinders odd or even?", "worded(even(count(sel(cylinder))), [even, odd])",
  lambda s: "even" if len(s.f(shape="cylinder")) % 2 == 0 else "odd")
X(11, "how tall is the blue cube in cm")
X(16, "if i pushed the green ball, which ball would roll the furthest")
X(24, "who put all these objects here?")
X(31, "why is the purple cube there")
X(41, "what would the scene look like if the lights were switched off")
X(45, "does the red ball feel cold to touch?")
X(47, "what time of day was this picture made")
X(49, "do the balls look lonely to u")
X(55, "how much would all the cubes cost together")
X(59, "whats the distance between the cyan cylinder and the purple ball in centimeters")
C("number", 9, "is the number of balls even", "even(count(sel(sphere)))",
  lambda s: yes(len(s.f(shape="sphere")) % 2 == 0))
X(13, "Which object is the heaviest?")
X(20, "were the yellow objects made in the same factory")
X(26, "what is the green ball thinking about")
X(37, "is the gray cylinder hollow inside")
X(43, "How fast would the big blue cube slide down a ramp?")
X("street", "where is the woman going")
X("street", "what is the name of the man with the blue tie")
X("street", "how fast is the bus driving rn")
X("kitchen", "who drank from the red cup")
X("kitchen", "is the water in the bottle cold?")
X("park", "how old is the girl")
X("park", "is the boy happy?")
X("park", "what breed is the black dog")
X("shapes", "what is the area of the red circle in square centimetres")
# fmt: on


if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
