"""A fourteenth blind paraphrase set (tests/data/paraphrases/blind14.jsonl): questions over CLEVR val scenes and the
photo-like graphs in voices the earlier sets did not use: voice-assistant transcripts with a wake word and
speech-recognition slips (homophones such as "read" for red, "blew" for blue, "too" for two, "for" for four, "won"
for one, "cubs", "grey", no punctuation, "um", restarts: "how many uh the red ones"), the abbreviations of a lab
notebook or robot log ("cyl", "sph", "obj", "lg", "sm", "qty", "#", "pos", "L/R", "->", "w/"), other Englishes and
second-language transfer ("how many balls has it?", "the cube is it red?", "which colour has the big one", "is
having any cylinder?", "it has a sphere behind of the cube?"), over-precise legalistic phrasing ("Considering solely
objects composed of metal, ...", "Is it the case that no fewer than two ..."), impatient or sarcastic users ("ugh
just tell me how many cubes", "is there a stupid sphere or not"), quoted words and text ("does the sign say
'stop'?"), comparatives and superlatives in many forms ("which of the two is bigger", "the one farthest from the
camera", "second closest to the camera"), quantifiers that need no arithmetic ("more than half", "most of", "all
but one", "none", "every", "both", "in total", "altogether"), and on the photos: people (their colour is their
clothes' colour), what they hold, wear or throw, positions (leftmost, in the middle, second from the right) and
text on things; a few questions are ordinary except for one unusual word. Questions nsvr's steps cannot answer
(feelings, intent, time, physics, hypotheticals, measurements, parity of a count, things not in the graph data)
carry gold ``refuse``. Written without reading the parser, the normaliser, the planners or the earlier question
files; held back to be run once, at the end.

Each item carries a gold program in nsvr's notation (:mod:`nsvr.agent.llm.notation`) and the answer computed by
plain Python from the scene JSON (blind_gold.py, no nsvr import). ``--check`` also runs every gold program with
nsvr's executor and fails when it does not give the plain-Python answer. A list answer (gold ``values(X, ATTR)``)
is the distinct values by descending frequency, ties in alphabetical order, joined by ", ". Kind ``quantifier``
marks the "more than half / most / all but one / none / every / both" questions.

    python tests/data/paraphrases/blind/build_blind14.py [--check]
"""

# ruff: noqa: E501
from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind14.jsonl"
Q, C, P, X = question_recorder()  # Q: (kind, scene, text, gold program or None, fn or None)


# --- plain-Python helpers (no nsvr) ----------------------------------------------------------------------------
def one(items: list):
    """The single element of items (NotUnique otherwise)."""
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def step(c: Clevr, i: int, relation: str, **want) -> list[int]:
    """CLEVR objects with these attributes that are ``relation`` of object i."""
    return c.f(among=c.rel(relation, i), **want)


def line_up(c: Clevr, ids: list[int], side: str) -> list[int]:
    """ids ordered from the ``side`` extreme of the scene inwards (projection on the scene's direction vector)."""
    d = c.raw["directions"][side]
    return sorted(ids, key=lambda i: -sum(p * q for p, q in zip(c.objects[i]["3d_coords"], d, strict=True)))


def kth(c: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    return line_up(c, ids, side)[k - 1]


def nearest(c: Clevr, ids: list[int], j: int, far: bool = False) -> int:
    """The object of ids (not j) nearest to j in 3-d, farthest with ``far``; NotUnique on a tie."""
    scored = sorted(
        ((math.dist(c.objects[i]["3d_coords"], c.objects[j]["3d_coords"]), i) for i in ids if i != j), reverse=far
    )
    if len(scored) > 1 and math.isclose(scored[0][0], scored[1][0]):
        raise NotUnique(str(scored[:2]))
    return scored[0][1]


def listing(values) -> str:
    """Distinct values, most frequent first, ties alphabetical, joined by ', '."""
    return ", ".join(v for v, _ in sorted(Counter(values).items(), key=lambda vc: (-vc[1], vc[0])))


def most(values) -> str:
    top = Counter(values).most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        raise NotUnique(str(top[:2]))
    return top[0][0]


def attrs(c: Clevr, ids: list[int], attribute: str) -> list[str]:
    return [c.a(i, attribute) for i in ids]


def bigger_shape(c: Clevr, i: int, j: int) -> str:
    """The shape of whichever of two CLEVR objects is large (NotUnique when both have the same size)."""
    if c.a(i, "size") == c.a(j, "size"):
        raise NotUnique("same size")
    return c.a(i, "shape") if c.a(i, "size") == "large" else c.a(j, "shape")


def not_(c: Clevr, ids: list[int]) -> list[int]:
    return [i for i in c.all() if i not in ids]


def cx(p: Photo, oid: str) -> float:
    box = p.objects[oid]["box"]
    return (box[0] + box[2]) / 2


def from_side(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th photo object of ids from the left or right (box centre); NotUnique on a tie at that place."""
    sign = 1 if side == "left" else -1
    order = sorted(ids, key=lambda i: sign * cx(p, i))
    xs = [cx(p, i) for i in order]
    if (k < len(xs) and xs[k - 1] == xs[k]) or (k > 1 and xs[k - 2] == xs[k - 1]):
        raise NotUnique(str(order))
    return order[k - 1]


def width(p: Photo, oid: str) -> float:
    box = p.objects[oid]["box"]
    return box[2] - box[0]


def by_width(p: Photo, ids: list[str], narrowest: bool = False) -> str:
    """The widest (narrowest) photo object of ids by box width; NotUnique on a tie."""
    order = sorted(ids, key=lambda i: width(p, i), reverse=not narrowest)
    if len(order) > 1 and width(p, order[0]) == width(p, order[1]):
        raise NotUnique(str(order[:2]))
    return order[0]


def subj(p: Photo, predicate: str, oid: str, names=None) -> list[str]:
    """Photo objects S with ``S predicate oid`` (only those called one of ``names`` when given)."""
    names = {names} if isinstance(names, str) else names
    return [s for s in p.subjects(predicate, oid) if names is None or p.name(s) in names]


def obj(p: Photo, oid: str, predicate: str, names=None) -> list[str]:
    """Photo objects T with ``oid predicate T``."""
    names = {names} if isinstance(names, str) else names
    return [o for o in p.objects_of(oid, predicate) if names is None or p.name(o) in names]


def people(p: Photo) -> list[str]:
    return p.f(PEOPLE)


def pcol(p: Photo, oid: str) -> str:
    return p.value(oid, "color")


# fmt: off
# ================================================================================================================
# CLEVR: counting
C("count", 4, "hey nova um how many yellow things are there", "count(f(scene(), color=yellow))", lambda c: n(c.f(color="yellow")))
C("count", 1, "ok scout how many blew cylinders", "count(f(sel(cylinder), color=blue))", lambda c: n(c.f(shape="cylinder", color="blue")))
C("count", 3, "hey nova count the read ones", "count(f(scene(), color=red))", lambda c: n(c.f(color="red")))
C("count", 7, "qty cyl: ?", "count(sel(cylinder))", lambda c: n(c.f(shape="cylinder")))
C("count", 24, "# lg obj w/ metal mat", "count(f(scene(), size=large, material=metal))", lambda c: n(c.f(size="large", material="metal")))
C("count", 11, "how many balls has it?", "count(sel(sphere))", lambda c: n(c.f(shape="sphere")))
C("count", 26, "how much spheres there are in the picture, the small ones only", "count(f(sel(sphere), size=small))", lambda c: n(c.f(shape="sphere", size="small")))
C("count", 31, "ugh just tell me how many cubes", "count(sel(cube))", lambda c: n(c.f(shape="cube")))
C("count", 41, "Please state the total number of objects composed of metal, irrespective of their size or colour.", "count(f(scene(), material=metal))", lambda c: n(c.f(material="metal")))
C("count", 12, "how many um the gray ones no wait the grey spheres", "count(f(sel(sphere), color=gray))", lambda c: n(c.f(shape="sphere", color="gray")))
C("count", 49, "yellow sph -> qty altogether", "count(f(sel(sphere), color=yellow))", lambda c: n(c.f(shape="sphere", color="yellow")))
C("count", 50, "ok scout how many cubs are they", "count(sel(cube))", lambda c: n(c.f(shape="cube")))
C("count", 43, "how many of the big ones are made of mettle", "count(f(scene(), size=large, material=metal))", lambda c: n(c.f(size="large", material="metal")))
C("count", 6, "Kindly state how many rubber spheres there are; the figure alone is required.", "count(f(sel(sphere), material=rubber))", lambda c: n(c.f(shape="sphere", material="rubber")))
C("count", 37, "how many little rubber blocks does it have in this one", "count(f(sel(cube), size=small, material=rubber))", lambda c: n(c.f(shape="cube", size="small", material="rubber")))

# CLEVR: existence
C("exist", 0, "hey nova is there a read cube", "exist(f(sel(cube), color=red))", lambda c: yes(bool(c.f(shape="cube", color="red"))))
C("exist", 14, "is having any cylinder?", "exist(sel(cylinder))", lambda c: yes(bool(c.f(shape="cylinder"))))
C("exist", 20, "sph present? y/n", "exist(sel(sphere))", lambda c: yes(bool(c.f(shape="sphere"))))
C("exist", 33, "is there a stupid rubber sphere or not", "exist(f(sel(sphere), material=rubber))", lambda c: yes(bool(c.f(shape="sphere", material="rubber"))))
C("exist", 39, "Is it the case that at least one sphere is present in the scene?", "exist(sel(sphere))", lambda c: yes(bool(c.f(shape="sphere"))))
C("exist", 16, "ok scout is there a blew cylinder", "exist(f(sel(cylinder), color=blue))", lambda c: yes(bool(c.f(shape="cylinder", color="blue"))))
C("exist", 42, "exists: lg yellow sph?", "exist(f(sel(sphere), size=large, color=yellow))", lambda c: yes(bool(c.f(shape="sphere", size="large", color="yellow"))))
C("exist", 57, "Is any cylinder constructed of rubber present?", "exist(f(sel(cylinder), material=rubber))", lambda c: yes(bool(c.f(shape="cylinder", material="rubber"))))
C("exist", 21, "it has a purple ball here?", "exist(f(sel(sphere), color=purple))", lambda c: yes(bool(c.f(shape="sphere", color="purple"))))
C("exist", 44, "do we got any cyan cube in there", "exist(f(sel(cube), color=cyan))", lambda c: yes(bool(c.f(shape="cube", color="cyan"))))

# CLEVR: attributes
C("attribute", 2, "what is the colour of the cylinder which is big one", "q(u(f(sel(cylinder), size=large)), color)", lambda c: c.a(c.the(shape="cylinder", size="large"), "color"))
C("attribute", 17, "which colour has the small ball", "q(u(f(sel(sphere), size=small)), color)", lambda c: c.a(c.the(shape="sphere", size="small"), "color"))
C("attribute", 30, "hey nova whats the cylinder made out of", "q(u(sel(cylinder)), material)", lambda c: c.a(c.the(shape="cylinder"), "material"))
C("attribute", 22, "seriously, what colour is that sphere", "q(u(sel(sphere)), color)", lambda c: c.a(c.the(shape="sphere"), "color"))
C("attribute", 51, "what size is the grey ball hmm", "q(u(f(sel(sphere), color=gray)), size)", lambda c: c.a(c.the(shape="sphere", color="gray"), "size"))
C("attribute", 58, "With respect to the sole sphere in the scene, of what material is it composed?", "q(u(sel(sphere)), material)", lambda c: c.a(c.the(shape="sphere"), "material"))
C("attribute", 14, "ok scout what colour is the cub", "q(u(sel(cube)), color)", lambda c: c.a(c.the(shape="cube"), "color"))
C("attribute", 44, "the purple one, what shape it has?", "q(u(f(scene(), color=purple)), shape)", lambda c: c.a(c.the(color="purple"), "shape"))
C("attribute", 36, "color of lg cyl", "q(u(f(sel(cylinder), size=large)), color)", lambda c: c.a(c.the(shape="cylinder", size="large"), "color"))
C("attribute", 10, "tell me the shape of the small rubber object which is red", "q(u(f(scene(), size=small, material=rubber, color=red)), shape)", lambda c: c.a(c.the(size="small", material="rubber", color="red"), "shape"))
C("attribute", 21, "hey nova what colour is the big bowl", "q(u(f(sel(sphere), size=large)), color)", lambda c: c.a(c.the(shape="sphere", size="large"), "color"))
C("attribute", 25, "ugh what colour is the metal cube already", "q(u(f(sel(cube), material=metal)), color)", lambda c: c.a(c.the(shape="cube", material="metal"), "color"))
C("attribute", 38, "Specify the hue of the large cylinder fashioned from rubber.", "q(u(f(sel(cylinder), size=large, material=rubber)), color)", lambda c: c.a(c.the(shape="cylinder", size="large", material="rubber"), "color"))
C("attribute", 56, "sm sph yellow -> mat?", "q(u(f(sel(sphere), size=small, color=yellow)), material)", lambda c: c.a(c.the(shape="sphere", size="small", color="yellow"), "material"))
C("attribute", 27, "the small cylinder, which colour is having?", "q(u(f(sel(cylinder), size=small)), color)", lambda c: c.a(c.the(shape="cylinder", size="small"), "color"))

# CLEVR: spatial relations
C("spatial", 0, "hey nova what colour is the thing left of the yellow ball", "q(u(rel(u(f(sel(sphere), color=yellow)), left)), color)", lambda c: c.a(one(c.rel("left", c.the(shape="sphere", color="yellow"))), "color"))
C("spatial", 27, "it has a sphere behind of the cube which is red?", "exist(rel(u(f(sel(cube), color=red)), behind, name=sphere))", lambda c: yes(bool(step(c, c.the(shape="cube", color="red"), "behind", shape="sphere"))))
C("spatial", 34, "what shape is L of the yellow cube", "q(u(rel(u(f(sel(cube), color=yellow)), left)), shape)", lambda c: c.a(one(c.rel("left", c.the(shape="cube", color="yellow"))), "shape"))
C("spatial", 40, "# obj R of brown cyl", "count(rel(u(f(sel(cylinder), color=brown)), right))", lambda c: n(c.rel("right", c.the(shape="cylinder", color="brown"))))
C("spatial", 14, "is there a blew ball to the right of the grey cube", "exist(f(rel(u(f(sel(cube), color=gray)), right, name=sphere), color=blue))", lambda c: yes(bool(step(c, c.the(shape="cube", color="gray"), "right", shape="sphere", color="blue"))))
C("spatial", 51, "how many things stand in front of the big gray ball", "count(rel(u(f(sel(sphere), size=large, color=gray)), front))", lambda c: n(c.rel("front", c.the(shape="sphere", size="large", color="gray"))))
C("spatial", 30, "the thing in front of the green ball, which colour it has?", "q(u(rel(u(f(sel(sphere), color=green)), front)), color)", lambda c: c.a(one(c.rel("front", c.the(shape="sphere", color="green"))), "color"))
C("spatial", 39, "what material is the cube to the left of the big cyl", "q(u(rel(u(f(sel(cylinder), size=large)), left, name=cube)), material)", lambda c: c.a(one(step(c, c.the(shape="cylinder", size="large"), "left", shape="cube")), "material"))
C("spatial", 22, "Are there any objects situated behind the cyan sphere?", "exist(rel(u(f(sel(sphere), color=cyan)), behind))", lambda c: yes(bool(c.rel("behind", c.the(shape="sphere", color="cyan")))))
C("spatial", 29, "ok scout how many things are too the right of the read cylinder", "count(rel(u(f(sel(cylinder), color=red)), right))", lambda c: n(c.rel("right", c.the(shape="cylinder", color="red"))))
C("spatial", 23, "pos check: brown sph L or R of yellow sph?", "choose_rel(u(f(sel(sphere), color=yellow)), [left, right], name=sphere)", lambda c: "right" if c.the(shape="sphere", color="brown") in c.rel("right", c.the(shape="sphere", color="yellow")) else "left")
C("spatial", 36, "what colour is the ball that is in front of the little grey one", "q(u(rel(u(f(sel(sphere), size=small, color=gray)), front, name=sphere)), color)", lambda c: c.a(one(step(c, c.the(shape="sphere", size="small", color="gray"), "front", shape="sphere")), "color"))
C("spatial", 44, "any cubes L of the brown metal sph?", "exist(rel(u(f(sel(sphere), color=brown, material=metal)), left, name=cube))", lambda c: yes(bool(step(c, c.the(shape="sphere", color="brown", material="metal"), "left", shape="cube"))))
C("spatial", 53, "how many cubes are positioned to the right of the green sphere, please be precise", "count(rel(u(f(sel(sphere), color=green)), right, name=cube))", lambda c: n(step(c, c.the(shape="sphere", color="green"), "right", shape="cube")))
C("spatial", 35, "hey nova what is the size of the thing behind the grey cube", "q(u(rel(u(f(sel(cube), color=gray)), behind)), size)", lambda c: c.a(one(c.rel("behind", c.the(shape="cube", color="gray"))), "size"))

# CLEVR: chains
C("chain", 25, "what colour is the cylinder that is right of the big read cube", "q(u(rel(u(f(sel(cube), size=large, color=red)), right, name=cylinder)), color)", lambda c: c.a(one(step(c, c.the(shape="cube", size="large", color="red"), "right", shape="cylinder")), "color"))
C("chain", 6, "the small cube which is at left of the big purple cylinder, what colour it has", "q(u(f(rel(u(f(sel(cylinder), size=large, color=purple)), left, name=cube), size=small)), color)", lambda c: c.a(one(step(c, c.the(shape="cylinder", size="large", color="purple"), "left", shape="cube", size="small")), "color"))
C("chain", 13, "sph behind lg cyan cyl -> color?", "q(u(rel(u(f(sel(cylinder), size=large, color=cyan)), behind, name=sphere)), color)", lambda c: c.a(one(step(c, c.the(shape="cylinder", size="large", color="cyan"), "behind", shape="sphere")), "color"))
C("chain", 15, "what is the material of the cube that is right of the yellow ball", "q(u(rel(u(f(sel(sphere), color=yellow)), right, name=cube)), material)", lambda c: c.a(one(step(c, c.the(shape="sphere", color="yellow"), "right", shape="cube")), "material"))
C("chain", 38, "the big thing right of the read metal ball is made of what", "q(u(f(rel(u(f(sel(sphere), color=red, material=metal)), right), size=large)), material)", lambda c: c.a(one(step(c, c.the(shape="sphere", color="red", material="metal"), "right", size="large")), "material"))
C("chain", 21, "Identify the colour of the cylinder located to the left of the small yellow sphere.", "q(u(rel(u(f(sel(sphere), size=small, color=yellow)), left, name=cylinder)), color)", lambda c: c.a(one(step(c, c.the(shape="sphere", size="small", color="yellow"), "left", shape="cylinder")), "color"))
C("chain", 57, "how many cubes are in front of the cylinder that is right of the blue ball", "count(rel(u(rel(u(f(sel(sphere), color=blue)), right, name=cylinder)), front, name=cube))", lambda c: n(step(c, one(step(c, c.the(shape="sphere", color="blue"), "right", shape="cylinder")), "front", shape="cube")))
C("chain", 52, "the cylinder, the thing on its right that is brown, what shape is it", "q(u(f(rel(u(sel(cylinder)), right), color=brown)), shape)", lambda c: c.a(one(step(c, c.the(shape="cylinder"), "right", color="brown")), "shape"))
C("chain", 32, "the sphere that is big, the cylinder in front of it, which colour?", "q(u(rel(u(f(sel(sphere), size=large)), front, name=cylinder)), color)", lambda c: c.a(one(step(c, c.the(shape="sphere", size="large"), "front", shape="cylinder")), "color"))
C("chain", 48, "what size is the cylinder behind the read cube hey nova", "q(u(rel(u(f(sel(cube), color=red)), behind, name=cylinder)), size)", lambda c: c.a(one(step(c, c.the(shape="cube", color="red"), "behind", shape="cylinder")), "size"))

# CLEVR: negation
C("negation", 10, "how many things are not made of metal", "count(fn(scene(), material=metal))", lambda c: n(not_(c, c.f(material="metal"))))
C("negation", 5, "# obj not purple", "count(fn(scene(), color=purple))", lambda c: n(not_(c, c.f(color="purple"))))
C("negation", 9, "ugh how many cylinders that are NOT gray", "count(fn(sel(cylinder), color=gray))", lambda c: n([i for i in c.f(shape="cylinder") if c.a(i, "color") != "gray"]))
C("negation", 46, "Excluding all spheres, how many objects remain in the scene?", "count(diff(scene(), sel(sphere)))", lambda c: n(not_(c, c.f(shape="sphere"))))
C("negation", 18, "how many cylinders is not purple hey nova", "count(fn(sel(cylinder), color=purple))", lambda c: n([i for i in c.f(shape="cylinder") if c.a(i, "color") != "purple"]))
C("negation", 35, "is there no cylinder at all in this scene", "not_(exist(sel(cylinder)))", lambda c: yes(not c.f(shape="cylinder")))
C("negation", 42, "how many things are there that aren't blew", "count(fn(scene(), color=blue))", lambda c: n(not_(c, c.f(color="blue"))))
C("negation", 24, "non-metal cubes: qty", "count(fn(sel(cube), material=metal))", lambda c: n([i for i in c.f(shape="cube") if c.a(i, "material") != "metal"]))

# CLEVR: counts compared
C("compare_count", 5, "are there more cubes than spheres", "gt(count(sel(cube)), count(sel(sphere)))", lambda c: yes(len(c.f(shape="cube")) > len(c.f(shape="sphere"))))
C("compare_count", 7, "hey nova are there fewer spheres then cubes", "lt(count(sel(sphere)), count(sel(cube)))", lambda c: yes(len(c.f(shape="sphere")) < len(c.f(shape="cube"))))
C("compare_count", 12, "metal things more than rubber things is it?", "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))", lambda c: yes(len(c.f(material="metal")) > len(c.f(material="rubber"))))
C("compare_count", 19, "Is the number of cylinders equal to the number of cubes?", "eq(count(sel(cylinder)), count(sel(cube)))", lambda c: yes(len(c.f(shape="cylinder")) == len(c.f(shape="cube"))))
C("compare_count", 26, "seriously are the green things outnumbering the purple ones or what", "gt(count(f(scene(), color=green)), count(f(scene(), color=purple)))", lambda c: yes(len(c.f(color="green")) > len(c.f(color="purple"))))
C("compare_count", 41, "do small objects outnumber large objects", "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))", lambda c: yes(len(c.f(size="small")) > len(c.f(size="large"))))
C("compare_count", 47, "ok scout are there as many read things as yellow things", "eq(count(f(scene(), color=red)), count(f(scene(), color=yellow)))", lambda c: yes(len(c.f(color="red")) == len(c.f(color="yellow"))))
C("compare_count", 55, "there are less cubes than spheres, no?", "lt(count(sel(cube)), count(sel(sphere)))", lambda c: yes(len(c.f(shape="cube")) < len(c.f(shape="sphere"))))
C("compare_count", 43, "Does the quantity of metal items exceed that of rubber items?", "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))", lambda c: yes(len(c.f(material="metal")) > len(c.f(material="rubber"))))

# CLEVR: numbers
C("number", 4, "are there exactly for spheres", "eq(count(sel(sphere)), num(4))", lambda c: yes(len(c.f(shape="sphere")) == 4))
C("number", 8, "hey nova are there too cylinders or more", "gt(count(sel(cylinder)), num(1))", lambda c: yes(len(c.f(shape="cylinder")) >= 2))
C("number", 24, "Is it the case that no fewer than three cubes are present?", "gt(count(sel(cube)), num(2))", lambda c: yes(len(c.f(shape="cube")) >= 3))
C("number", 37, "is there only won cube that is red", "eq(count(f(sel(cube), color=red)), num(1))", lambda c: yes(len(c.f(shape="cube", color="red")) == 1))
C("number", 11, "at most two cylinders has it?", "not_(gt(count(sel(cylinder)), num(2)))", lambda c: yes(len(c.f(shape="cylinder")) <= 2))
C("number", 53, "are there fewer than for cubes", "lt(count(sel(cube)), num(4))", lambda c: yes(len(c.f(shape="cube")) < 4))
C("number", 16, "ugh is it five spheres or not", "eq(count(sel(sphere)), num(5))", lambda c: yes(len(c.f(shape="sphere")) == 5))
C("number", 59, "Is the number of large objects strictly greater than six?", "gt(count(f(scene(), size=large)), num(6))", lambda c: yes(len(c.f(size="large")) > 6))
C("number", 33, "there are two metal balls, yes?", "eq(count(f(sel(sphere), material=metal)), num(2))", lambda c: yes(len(c.f(shape="sphere", material="metal")) == 2))

# CLEVR: positions and orderings
C("position", 1, "hey nova what colour is the leftmost thing", "q(ord(scene(), left, 1), color)", lambda c: c.a(kth(c, c.all(), "left"), "color"))
C("position", 3, "the object farthest from the camera, which shape has it", "q(ord(scene(), behind, 1), shape)", lambda c: c.a(kth(c, c.all(), "behind"), "shape"))
C("position", 5, "2nd closest to camera -> color", "q(ord(scene(), front, 2), color)", lambda c: c.a(kth(c, c.all(), "front", 2), "color"))
C("position", 9, "what material is the rightmost cylinder", "q(ord(sel(cylinder), right, 1), material)", lambda c: c.a(kth(c, c.f(shape="cylinder"), "right"), "material"))
C("position", 13, "With respect to the sphere situated furthest to the left, what is its colour?", "q(ord(sel(sphere), left, 1), color)", lambda c: c.a(kth(c, c.f(shape="sphere"), "left"), "color"))
C("position", 19, "the cube which is most to the right, what colour", "q(ord(sel(cube), right, 1), color)", lambda c: c.a(kth(c, c.f(shape="cube"), "right"), "color"))
C("position", 20, "seriously what's the colour of the second thing from the left", "q(ord(scene(), left, 2), color)", lambda c: c.a(kth(c, c.all(), "left", 2), "color"))
C("position", 31, "pos: hindmost sph, size?", "q(ord(sel(sphere), behind, 1), size)", lambda c: c.a(kth(c, c.f(shape="sphere"), "behind"), "size"))
C("position", 46, "what colour has the cube most far back", "q(ord(sel(cube), behind, 1), color)", lambda c: c.a(kth(c, c.f(shape="cube"), "behind"), "color"))
C("position", 47, "the frontmost cube what is it made of um", "q(ord(sel(cube), front, 1), material)", lambda c: c.a(kth(c, c.f(shape="cube"), "front"), "material"))
C("position", 50, "which colour is the third object counting from the right", "q(ord(scene(), right, 3), color)", lambda c: c.a(kth(c, c.all(), "right", 3), "color"))

# CLEVR: superlatives and size comparisons
C("superlative", 0, "which of the two spheres is the biggest, what colour", "q(u(f(sel(sphere), size=large)), color)", lambda c: c.a(c.the(shape="sphere", size="large"), "color"))
C("superlative", 14, "what's the material of the largest object", "q(u(f(scene(), size=large)), material)", lambda c: c.a(c.the(size="large"), "material"))
C("superlative", 34, "the biggest thing, what shape", "q(u(f(scene(), size=large)), shape)", lambda c: c.a(c.the(size="large"), "shape"))
C("superlative", 17, "which of the two is bigger, the sphere or the green cylinder", "compare(u(sel(sphere)), u(f(sel(cylinder), color=green)), bigger)", lambda c: bigger_shape(c, c.the(shape="sphere"), c.the(shape="cylinder", color="green")))
C("superlative", 39, "is the cube larger than the grey cylinder", "larger(u(sel(cube)), u(f(sel(cylinder), color=gray)))", lambda c: yes(c.a(c.the(shape="cube"), "size") == "large" and c.a(c.the(shape="cylinder", color="gray"), "size") == "small"))
C("superlative", 40, "hey nova is the cyan cube smaller than the grey one", "smaller(u(f(sel(cube), color=cyan)), u(f(sel(cube), color=gray)))", lambda c: yes(c.a(c.the(shape="cube", color="cyan"), "size") == "small" and c.a(c.the(shape="cube", color="gray"), "size") == "large"))
C("superlative", 51, "which is bigger, the cube or the grey ball?", "compare(u(sel(cube)), u(f(sel(sphere), color=gray)), bigger)", lambda c: bigger_shape(c, c.the(shape="cube"), c.the(shape="sphere", color="gray")))
C("superlative", 22, "Which object is larger: the cyan sphere or the yellow cylinder?", "compare(u(f(sel(sphere), color=cyan)), u(f(sel(cylinder), color=yellow)), bigger)", lambda c: bigger_shape(c, c.the(shape="sphere", color="cyan"), c.the(shape="cylinder", color="yellow")))
C("superlative", 30, "what colour is the object nearest the blue cylinder", "q(closest(scene(), u(f(sel(cylinder), color=blue))), color)", lambda c: c.a(nearest(c, c.all(), c.the(shape="cylinder", color="blue")), "color"))
C("superlative", 38, "ok scout what shape is farthest from the read ball", "q(farthest(scene(), u(f(sel(sphere), color=red))), shape)", lambda c: c.a(nearest(c, c.all(), c.the(shape="sphere", color="red"), far=True), "shape"))
C("superlative", 44, "cube closest to lg brown sph: color?", "q(closest(sel(cube), u(f(sel(sphere), size=large, color=brown))), color)", lambda c: c.a(nearest(c, c.f(shape="cube"), c.the(shape="sphere", size="large", color="brown")), "color"))
C("superlative", 57, "the ball which is most far from the brown cylinder, what colour it is", "q(farthest(sel(sphere), u(f(sel(cylinder), color=brown))), color)", lambda c: c.a(nearest(c, c.f(shape="sphere"), c.the(shape="cylinder", color="brown"), far=True), "color"))

# CLEVR: comparing attributes
C("compare_attr", 0, "are the too balls the same size", "same(u(f(sel(sphere), color=yellow)), u(f(sel(sphere), color=blue)), size)", lambda c: yes(c.a(c.the(shape="sphere", color="yellow"), "size") == c.a(c.the(shape="sphere", color="blue"), "size")))
C("compare_attr", 2, "cube & lg cyl same mat?", "same(u(sel(cube)), u(f(sel(cylinder), size=large)), material)", lambda c: yes(c.a(c.the(shape="cube"), "material") == c.a(c.the(shape="cylinder", size="large"), "material")))
C("compare_attr", 14, "the cube and the small ball, they have same material?", "same(u(sel(cube)), u(f(sel(sphere), size=small)), material)", lambda c: yes(c.a(c.the(shape="cube"), "material") == c.a(c.the(shape="sphere", size="small"), "material")))
C("compare_attr", 28, "ugh is the sphere the same colour as the small cylinder or not", "same(u(sel(sphere)), u(f(sel(cylinder), size=small)), color)", lambda c: yes(c.a(c.the(shape="sphere"), "color") == c.a(c.the(shape="cylinder", size="small"), "color")))
C("compare_attr", 34, "Do the red cylinder and the grey cylinder differ in size?", "different(u(f(sel(cylinder), color=red)), u(f(sel(cylinder), color=gray)), size)", lambda c: yes(c.a(c.the(shape="cylinder", color="red"), "size") != c.a(c.the(shape="cylinder", color="gray"), "size")))
C("compare_attr", 29, "the brown ball, is it made of the same stuff like the red cylinder?", "same(u(f(sel(sphere), color=brown)), u(f(sel(cylinder), color=red)), material)", lambda c: yes(c.a(c.the(shape="sphere", color="brown"), "material") == c.a(c.the(shape="cylinder", color="red"), "material")))
C("compare_attr", 58, "are both the cubes the same size", "same(u(f(sel(cube), color=cyan)), u(f(sel(cube), color=purple)), size)", lambda c: yes(c.a(c.the(shape="cube", color="cyan"), "size") == c.a(c.the(shape="cube", color="purple"), "size")))
C("compare_attr", 40, "what is the colour of the big cube, cyan or gray?", "choose(u(f(sel(cube), size=large)), color, [cyan, gray])", lambda c: c.a(c.the(shape="cube", size="large"), "color"))
C("compare_attr", 51, "the grey ball: rubber or metal?", "choose(u(f(sel(sphere), color=gray)), material, [rubber, metal])", lambda c: c.a(c.the(shape="sphere", color="gray"), "material"))
C("compare_attr", 36, "the cylinder, is it big or small one?", "choose(u(sel(cylinder)), size, [large, small])", lambda c: c.a(c.the(shape="cylinder"), "size"))

# CLEVR: verify
C("verify", 10, "the cube is it red?", "verify(u(sel(cube)), color, red)", lambda c: yes(c.a(c.the(shape="cube"), "color") == "red"))
C("verify", 30, "hey nova is the cylinder blew", "verify(u(sel(cylinder)), color, blue)", lambda c: yes(c.a(c.the(shape="cylinder"), "color") == "blue"))
C("verify", 2, "green cube = metal? y/n", "verify(u(f(sel(cube), color=green)), material, metal)", lambda c: yes(c.a(c.the(shape="cube", color="green"), "material") == "metal"))
C("verify", 14, "the cyan ball, is it of big size?", "verify(u(f(sel(sphere), color=cyan)), size, large)", lambda c: yes(c.a(c.the(shape="sphere", color="cyan"), "size") == "large"))
C("verify", 23, "Is the large cylinder composed of metal, strictly speaking?", "verify(u(f(sel(cylinder), size=large)), material, metal)", lambda c: yes(c.a(c.the(shape="cylinder", size="large"), "material") == "metal"))
C("verify", 52, "is the small cylinder grey I think it is", "verify(u(f(sel(cylinder), size=small)), color, gray)", lambda c: yes(c.a(c.the(shape="cylinder", size="small"), "color") == "gray"))
C("verify", 54, "is the cylinder made of rubber seriously answer", "verify(u(sel(cylinder)), material, rubber)", lambda c: yes(c.a(c.the(shape="cylinder"), "material") == "rubber"))
C("verify", 40, "ok scout is the brown thing a cylinder", "verify(u(f(scene(), color=brown)), shape, cylinder)", lambda c: yes(c.a(c.the(color="brown"), "shape") == "cylinder"))
C("verify", 58, "the purple cube, small is it?", "verify(u(f(sel(cube), color=purple)), size, small)", lambda c: yes(c.a(c.the(shape="cube", color="purple"), "size") == "small"))

# CLEVR: two clauses
C("two_clause", 0, "hey nova is there a cube or a cylinder", "or_(exist(sel(cube)), exist(sel(cylinder)))", lambda c: yes(bool(c.f(shape="cube") or c.f(shape="cylinder"))))
C("two_clause", 14, "is there a cylinder and also a cube", "and_(exist(sel(cylinder)), exist(sel(cube)))", lambda c: yes(bool(c.f(shape="cylinder") and c.f(shape="cube"))))
C("two_clause", 27, "red cube present AND yellow sph present?", "and_(exist(f(sel(cube), color=red)), exist(f(sel(sphere), color=yellow)))", lambda c: yes(bool(c.f(shape="cube", color="red") and c.f(shape="sphere", color="yellow"))))
C("two_clause", 33, "Is there either a purple object or a yellow object?", "or_(exist(f(scene(), color=purple)), exist(f(scene(), color=yellow)))", lambda c: yes(bool(c.f(color="purple") or c.f(color="yellow"))))
C("two_clause", 22, "is the cube yellow and is the sphere big", "and_(verify(u(sel(cube)), color, yellow), verify(u(sel(sphere)), size, large))", lambda c: yes(c.a(c.the(shape="cube"), "color") == "yellow" and c.a(c.the(shape="sphere"), "size") == "large"))
C("two_clause", 34, "the cube is yellow or the cube is small, one of these is true?", "or_(verify(u(sel(cube)), color, yellow), verify(u(sel(cube)), size, small))", lambda c: yes(c.a(c.the(shape="cube"), "color") == "yellow" or c.a(c.the(shape="cube"), "size") == "small"))
C("two_clause", 58, "ugh is there a sphere but no cylinder", "and_(exist(sel(sphere)), not_(exist(sel(cylinder))))", lambda c: yes(bool(c.f(shape="sphere")) and not c.f(shape="cylinder")))

# CLEVR: listing values
C("list", 0, "hey nova what colours are there", "values(scene(), color)", lambda c: listing(attrs(c, c.all(), "color")))
C("list", 12, "which materials has the cubes?", "values(sel(cube), material)", lambda c: listing(attrs(c, c.f(shape="cube"), "material")))
C("list", 25, "Enumerate the distinct shapes of the large objects.", "values(f(scene(), size=large), shape)", lambda c: listing(attrs(c, c.f(size="large"), "shape")))
C("list", 44, "what shapes do the metal things have", "values(f(scene(), material=metal), shape)", lambda c: listing(attrs(c, c.f(material="metal"), "shape")))
C("list", 53, "the cubes, which colours they come in", "values(sel(cube), color)", lambda c: listing(attrs(c, c.f(shape="cube"), "color")))
C("list", 15, "how many different colours do the cylinders have", "nvalues(sel(cylinder), color)", lambda c: str(len(set(attrs(c, c.f(shape="cylinder"), "color")))))
C("list", 55, "which colour is the most common, just say it", "common_value(scene(), color)", lambda c: most(attrs(c, c.all(), "color")))
C("list", 59, "what is the most frequent shape here", "common_value(scene(), shape)", lambda c: most(attrs(c, c.all(), "shape")))

# CLEVR: quantifiers without arithmetic
C("quantifier", 1, "are both cylinders blew", "not_(exist(fn(sel(cylinder), color=blue)))", lambda c: yes(all(c.a(i, "color") == "blue" for i in c.f(shape="cylinder"))))
C("quantifier", 24, "are more than half of the cubes made of metal", "gt(count(f(sel(cube), material=metal)), count(fn(sel(cube), material=metal)))", lambda c: yes(len(c.f(shape="cube", material="metal")) * 2 > len(c.f(shape="cube"))))
C("quantifier", 47, "most of the cubes are rubber?", "gt(count(f(sel(cube), material=rubber)), count(fn(sel(cube), material=rubber)))", lambda c: yes(len(c.f(shape="cube", material="rubber")) * 2 > len(c.f(shape="cube"))))
C("quantifier", 49, "are all but one of the spheres small", "eq(count(fn(sel(sphere), size=small)), num(1))", lambda c: yes(len([i for i in c.f(shape="sphere") if c.a(i, "size") != "small"]) == 1))
C("quantifier", 35, "Is it true that none of the cubes is made of rubber?", "not_(exist(f(sel(cube), material=rubber)))", lambda c: yes(not c.f(shape="cube", material="rubber")))
C("quantifier", 48, "each sphere is big, yes or no", "not_(exist(fn(sel(sphere), size=large)))", lambda c: yes(all(c.a(i, "size") == "large" for i in c.f(shape="sphere"))))
C("quantifier", 18, "are most of the objects purple", "gt(count(f(scene(), color=purple)), count(fn(scene(), color=purple)))", lambda c: yes(len(c.f(color="purple")) * 2 > len(c.all())))
C("quantifier", 38, "all but one sph are green?", "eq(count(fn(sel(sphere), color=green)), num(1))", lambda c: yes(len([i for i in c.f(shape="sphere") if c.a(i, "color") != "green"]) == 1))
C("quantifier", 52, "every cube is large?", "not_(exist(fn(sel(cube), size=large)))", lambda c: yes(all(c.a(i, "size") == "large" for i in c.f(shape="cube"))))
C("quantifier", 29, "both cylinders, are they big", "not_(exist(fn(sel(cylinder), size=large)))", lambda c: yes(all(c.a(i, "size") == "large" for i in c.f(shape="cylinder"))))

# CLEVR: to refuse
X(4, "hey nova how heavy is the big blew ball")
C("number", 7, "is the number of cubes odd or even", "worded(even(count(sel(cube))), [even, odd])",
  lambda s: "even" if len(s.f(shape="cube")) % 2 == 0 else "odd")
X(13, "if i took away the read cube how many would be left")
X(15, "would the yellow sphere roll away if the table tilted")
X(23, "how many centimetres tall is the lg yellow cyl")
X(31, "which of these objects is the prettiest one in your opinion")
X(36, "why did somebody put the cube next to the big sphere")
X(42, "when was this picture taken")
X(46, "ugh what's the temperature of the grey metal cube")
X(53, "Considering solely the cubes, what is their combined mass in grams?")
X(55, "the cylinder is it hollow inside?")
X(25, "how far in metres is the cyan ball from the read cube")
X(45, "qty obj even? y/n")
X(20, "how much would the cyan sphere cost in a shop")
X(9, "what happens if the big green cylinder falls over")
X(32, "how long ago was the red ball put there")
X(56, "is the little blue cube feeling lonely lol")

# ================================================================================================================
# photo graphs: street
P("attribute", "street", "hey nova what colour is the lady", "q(u(sel(woman)), color)", lambda p: pcol(p, p.the("woman")))
P("attribute", "street", "the man on the right, which colour has his tie", "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)", lambda p: pcol(p, one(obj(p, p.the("man", hposition="right"), "wearing"))))
P("chain", "street", "what colour tie is the man in black wearing", "q(u(rel(u(f(sel(man), color=black)), wearing, role=object, name=tie)), color)", lambda p: pcol(p, one(obj(p, p.the("man", color="black"), "wearing", "tie"))))
P("attribute", "street", "ok scout what is the woman holding", "q(u(rel(u(sel(woman)), holding, role=object)), name)", lambda p: p.name(one(obj(p, p.the("woman"), "holding"))))
P("count", "street", "how many men in total", "count(sel(man))", lambda p: n(p.f("man")))
P("count", "street", "# persons in img", "count(sel(person))", lambda p: n(people(p)))
P("attribute", "street", "who is holding the dog, a man or a woman", "q(u(rel(u(sel(dog)), holding)), name)", lambda p: p.name(one(subj(p, "holding", p.the("dog")))))
P("verify", "street", "is the man in white wearing a read tie", "exist(f(rel(u(f(sel(man), color=white)), wearing, role=object, name=tie), color=red))", lambda p: yes(any(pcol(p, t) == "red" for t in obj(p, p.the("man", color="white"), "wearing", "tie"))))
P("text", "street", "hey nova what does the sign say", "q(u(sel(sign)), text)", lambda p: p.value(p.the("sign"), "text"))
P("text", "street", "does the sign say 'stop'?", "verify(u(sel(sign)), text, stop)", lambda p: yes(p.value(p.the("sign"), "text").lower() == "stop"))
P("text", "street", "is the word GO written on the sign", "verify(u(sel(sign)), text, GO)", lambda p: yes(p.value(p.the("sign"), "text").lower() == "go"))
P("text", "street", "what's written on the side of the bus, read it to me", "q(u(sel(bus)), text)", lambda p: p.value(p.the("bus"), "text"))
P("text", "street", "the bus says \"CERO EMISIONES\", true?", "verify(u(sel(bus)), text, 'CERO EMISIONES')", lambda p: yes(p.value(p.the("bus"), "text") == "CERO EMISIONES"))
P("position", "street", "what colour is the car on the left", "q(u(f(sel(car), hposition=left)), color)", lambda p: pcol(p, p.the("car", hposition="left")))
P("position", "street", "who stands in the middle, man or woman?", "q(u(f(sel(person), hposition=middle)), name)", lambda p: p.name(one([i for i in people(p) if p.value(i, "hposition") == "middle"])))
P("position", "street", "leftmost person: clothes colour?", "q(ord(sel(person), left, 1), color)", lambda p: pcol(p, from_side(p, people(p), "left")))
P("spatial", "street", "what is behind the bus", "q(u(rel(u(sel(bus)), behind)), name)", lambda p: p.name(one(subj(p, "behind", p.the("bus")))))
P("spatial", "street", "is there a dog near the woman in green", "vrel(u(f(sel(woman), color=green)), near, name=dog)", lambda p: yes(bool(subj(p, "near", p.the("woman", color="green"), "dog"))))
P("compare_count", "street", "are there more men than women seriously", "gt(count(sel(man)), count(sel(woman)))", lambda p: yes(len(p.f("man")) > len(p.f("woman"))))
P("list", "street", "what colours are the ties", "values(sel(tie), color)", lambda p: listing(pcol(p, t) for t in p.f("tie")))
P("superlative", "street", "the person most on the right, what tie colour has he", "q(u(rel(ord(sel(person), right, 1), wearing, role=object)), color)", lambda p: pcol(p, one(obj(p, from_side(p, people(p), "right"), "wearing"))))
P("verify", "street", "the dog is brown yes", "verify(u(sel(dog)), color, brown)", lambda p: yes(pcol(p, p.the("dog")) == "brown"))
P("negation", "street", "how many people are not wearing any tie", "count(diff(sel(person), rel(sel(tie), wearing)))", lambda p: n([i for i in people(p) if not obj(p, i, "wearing", "tie")]))
P("quantifier", "street", "do both men wear a tie", "eq(count(rel(sel(tie), wearing, name=man)), count(sel(man)))", lambda p: yes(all(obj(p, m, "wearing", "tie") for m in p.f("man"))))

# photo graphs: kitchen
P("count", "kitchen", "how many cups is it on the table", "count(rel(u(sel(table)), on, name=cup))", lambda p: n(subj(p, "on", p.the("table"), "cup")))
P("position", "kitchen", "the cup in the middle, what colour", "q(u(f(sel(cup), hposition=middle)), color)", lambda p: pcol(p, p.the("cup", hposition="middle")))
P("position", "kitchen", "hey nova what colour is the right most cup", "q(ord(sel(cup), right, 1), color)", lambda p: pcol(p, from_side(p, p.f("cup"), "right")))
P("spatial", "kitchen", "what colour is the thing left of the plate", "q(u(rel(u(sel(plate)), left)), color)", lambda p: pcol(p, one(subj(p, "left", p.the("plate")))))
P("verify", "kitchen", "the fork is it metal?", "verify(u(sel(fork)), material, metal)", lambda p: yes(p.value(p.the("fork"), "material") == "metal"))
P("attribute", "kitchen", "which colour is the woman dressed in", "q(u(sel(woman)), color)", lambda p: pcol(p, p.the("woman")))
P("spatial", "kitchen", "what is hanging above the table", "q(u(rel(u(sel(table)), above)), name)", lambda p: p.name(one(subj(p, "above", p.the("table")))))
P("list", "kitchen", "list the colours of the cups", "values(sel(cup), color)", lambda p: listing(pcol(p, i) for i in p.f("cup")))
P("list", "kitchen", "what things are on the table, just the names", "values(rel(u(sel(table)), on), name)", lambda p: listing(p.name(i) for i in subj(p, "on", p.the("table"))))
P("text", "kitchen", "is the word AGUA on the bottle", "verify(u(sel(bottle)), text, AGUA)", lambda p: yes(p.value(p.the("bottle"), "text") == "AGUA"))
P("text", "kitchen", "whats written on the green bottle", "q(u(f(sel(bottle), color=green)), text)", lambda p: p.value(p.the("bottle", color="green"), "text"))
P("text", "kitchen", "does the bottle say 'leche'?", "verify(u(sel(bottle)), text, leche)", lambda p: yes(p.value(p.the("bottle"), "text").lower() == "leche"))
P("spatial", "kitchen", "which cup is next to the bottle on its left, colour?", "q(u(rel(u(sel(bottle)), left, name=cup)), color)", lambda p: pcol(p, one(subj(p, "left", p.the("bottle"), "cup"))))
P("spatial", "kitchen", "what lies near the plate", "q(u(rel(u(sel(plate)), near)), name)", lambda p: p.name(one(subj(p, "near", p.the("plate")))))
P("exist", "kitchen", "is there a knife on the table or just the fork", "exist(rel(u(sel(table)), on, name=knife))", lambda p: yes(bool(subj(p, "on", p.the("table"), "knife"))))
P("chain", "kitchen", "what colour is the cup to the right of the bottle", "q(u(rel(u(sel(bottle)), right, name=cup)), color)", lambda p: pcol(p, one(subj(p, "right", p.the("bottle"), "cup"))))
P("position", "kitchen", "second cup from the left, which colour has it", "q(ord(sel(cup), left, 2), color)", lambda p: pcol(p, from_side(p, p.f("cup"), "left", 2)))
P("compare_attr", "kitchen", "are the plate and the clock the same colour", "same(u(sel(plate)), u(sel(clock)), color)", lambda p: yes(pcol(p, p.the("plate")) == pcol(p, p.the("clock"))))
P("quantifier", "kitchen", "is every cup on the table", "eq(count(rel(u(sel(table)), on, name=cup)), count(sel(cup)))", lambda p: yes(len(subj(p, "on", p.the("table"), "cup")) == len(p.f("cup"))))
P("negation", "kitchen", "how many cups are not white", "count(fn(sel(cup), color=white))", lambda p: n([i for i in p.f("cup") if pcol(p, i) != "white"]))

# photo graphs: park
P("attribute", "park", "which colour has the boy", "q(u(sel(boy)), color)", lambda p: pcol(p, p.the("boy")))
P("attribute", "park", "hey nova what is the boy throwing", "q(u(rel(u(sel(boy)), throwing, role=object)), name)", lambda p: p.name(one(obj(p, p.the("boy"), "throwing"))))
P("chain", "park", "the dog near of the girl, what colour it is", "q(u(rel(u(sel(girl)), near, name=dog)), color)", lambda p: pcol(p, one(subj(p, "near", p.the("girl"), "dog"))))
P("position", "park", "woman on the left what colour is she wearing", "q(u(f(sel(woman), hposition=left)), color)", lambda p: pcol(p, p.the("woman", hposition="left")))
P("count", "park", "how many women has it in the park", "count(sel(woman))", lambda p: n(p.f("woman")))
P("position", "park", "the leftmost person is a man or a woman?", "q(ord(sel(person), left, 1), name)", lambda p: p.name(from_side(p, people(p), "left")))
P("position", "park", "which person is in the middle", "q(u(f(sel(person), hposition=middle)), name)", lambda p: p.name(one([i for i in people(p) if p.value(i, "hposition") == "middle"])))
P("position", "park", "2nd person from R -> colour", "q(ord(sel(person), right, 2), color)", lambda p: pcol(p, from_side(p, people(p), "right", 2)))
P("chain", "park", "what colour is the bicycle near the woman in white", "q(u(rel(u(f(sel(woman), color=white)), near, name=bicycle)), color)", lambda p: pcol(p, one(subj(p, "near", p.the("woman", color="white"), "bicycle"))))
P("verify", "park", "the bench, it is made from wood?", "verify(u(sel(bench)), material, wood)", lambda p: yes(p.value(p.the("bench"), "material") == "wood"))
P("attribute", "park", "what colour is the dog the woman holds", "q(u(rel(sel(woman), holding, role=object, name=dog)), color)", lambda p: pcol(p, one([o for w in p.f("woman") for o in obj(p, w, "holding", "dog")])))
P("spatial", "park", "who is near the bench", "q(u(rel(u(sel(bench)), near)), name)", lambda p: p.name(one(subj(p, "near", p.the("bench")))))
P("compare_count", "park", "are there as many dogs as trees", "eq(count(sel(dog)), count(sel(tree)))", lambda p: yes(len(p.f("dog")) == len(p.f("tree"))))
P("exist", "park", "is any kite in the air", "exist(sel(kite))", lambda p: yes(bool(p.f("kite"))))
P("list", "park", "what colours are the people wearing", "values(sel(person), color)", lambda p: listing(pcol(p, i) for i in people(p)))
P("compare_attr", "park", "the frisbee and the woman on the left, same colour?", "same(u(sel(frisbee)), u(f(sel(woman), hposition=left)), color)", lambda p: yes(pcol(p, p.the("frisbee")) == pcol(p, p.the("woman", hposition="left"))))
P("two_clause", "park", "is the girl wearing pink and is the boy wearing blue", "and_(verify(u(sel(girl)), color, pink), verify(u(sel(boy)), color, blue))", lambda p: yes(pcol(p, p.the("girl")) == "pink" and pcol(p, p.the("boy")) == "blue"))
P("spatial", "park", "is the boy left of the girl", "exist(inter(rel(u(sel(girl)), left), sel(boy)))", lambda p: yes(p.has(p.the("boy"), "left", p.the("girl"))))
P("negation", "park", "how many people are not women", "count(diff(sel(person), sel(woman)))", lambda p: n([i for i in people(p) if p.name(i) != "woman"]))
P("quantifier", "park", "are both trees green", "not_(exist(fn(sel(tree), color=green)))", lambda p: yes(all(pcol(p, t) == "green" for t in p.f("tree"))))
P("superlative", "park", "what colour is the dog farthest to the right", "q(ord(sel(dog), right, 1), color)", lambda p: pcol(p, from_side(p, p.f("dog"), "right")))

# photo graphs: shapes
P("count", "shapes", "how many circles altogether", "count(sel(circle))", lambda p: n(p.f("circle")))
P("attribute", "shapes", "what colour is the big circle", "q(u(f(sel(circle), size=large)), color)", lambda p: pcol(p, p.the("circle", size="large")))
P("superlative", "shapes", "which shape is the widest one", "q(ord(scene(), widest, 1), name)", lambda p: p.name(by_width(p, list(p.objects))))
P("superlative", "shapes", "what colour is the narrowest shape", "q(ord(scene(), narrowest, 1), color)", lambda p: pcol(p, by_width(p, list(p.objects), narrowest=True)))
P("count", "shapes", "# blue shapes", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P("verify", "shapes", "is the star read", "verify(u(sel(star)), color, red)", lambda p: yes(pcol(p, p.the("star")) == "red"))
P("list", "shapes", "which colours appear among the shapes", "values(scene(), color)", lambda p: listing(pcol(p, i) for i in p.objects))
P("position", "shapes", "which shape is at the top right", "q(u(f(scene(), hposition=right, vposition=top)), name)", lambda p: p.name(p.the(hposition="right", vposition="top")))
P("superlative", "shapes", "is the triangle larger than the square", "larger(u(sel(triangle)), u(sel(square)))", lambda p: yes(p.value(p.the("triangle"), "size") == "large" and p.value(p.the("square"), "size") == "small"))
P("compare_attr", "shapes", "the hexagon and the square, do they share a colour", "same(u(sel(hexagon)), u(sel(square)), color)", lambda p: yes(pcol(p, p.the("hexagon")) == pcol(p, p.the("square"))))
P("quantifier", "shapes", "are all the small shapes blue", "not_(exist(fn(f(scene(), size=small), color=blue)))", lambda p: yes(all(pcol(p, i) == "blue" for i in p.f(size="small"))))
P("negation", "shapes", "how many shapes are not red", "count(fn(scene(), color=red))", lambda p: n([i for i in p.objects if pcol(p, i) != "red"]))

# photo graphs: to refuse
X("street", "where is the bus going")
X("street", "is the man on the left angry")
X("street", "how fast is the car driving")
X("kitchen", "what is the woman going to cook")
X("kitchen", "how much water is left in the bottle in millilitres")
X("park", "will the boy catch the frisbee")
X("park", "what is the girl's name")
X("park", "how tall is the tree on the right in metres")
X("shapes", "what's the perimeter of the square")
X("kitchen", "is the coffee in the red cup still hot")
# fmt: on


if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
