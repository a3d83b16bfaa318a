"""An eleventh blind paraphrase set (tests/data/paraphrases/blind11.jsonl): questions as real people type or say
them, over CLEVR val scenes and the photo-like graphs, in voices unlike the usual templates: voice-assistant
transcripts (no punctuation, fillers, run-on phrasing), children, non-native English (dropped articles, odd word
order, "how much cubes"), terse search-box queries, over-polite long requests, the key word at the end ("the big
metal thing, what colour is it"), numbers spelled as words, "fewer" / "as many as" / "at least" / "no more than",
superlatives and ordinals, relative clauses, passive voice, a little double negation, either/or choices, chains of
two relations, attribute comparisons, "any" / "some" / "a single", a few British spellings and typing slips, text
on the photos, plus questions nsvr's steps cannot answer (gold ``refuse``: why, feelings, actions, time, things
outside the scenes' vocabularies, opinions). Written without reading the parser or the earlier question files;
held back to be run once, at the end.

Each item carries a gold program in nsvr's notation (:mod:`nsvr.agent.llm.notation`) and the answer computed by
plain Python from the scene JSON (blind_gold.py, no nsvr import). ``--check`` also runs every gold program with
nsvr's executor and fails when it does not give the plain-Python answer (tests/tasks/test_paraphrase_sets.py does
the same).

    python tests/data/paraphrases/blind/build_blind11.py [--check]
"""

# ruff: noqa: E501
from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind11.jsonl"
Q, C, P, X = question_recorder()  # Q: (kind, scene, text, gold program or None, fn or None)


# --- plain-Python helpers (no nsvr) ----------------------------------------------------------------------------
def hop(c: Clevr, i: int, relation: str, **want) -> int:
    """The one object with these attributes that is ``relation`` of object i."""
    return c.one(c.f(among=c.rel(relation, i), **want))


def side_order(c: Clevr, ids: list[int], side: str) -> list[int]:
    """CLEVR objects ordered from the ``side`` of the scene inwards (along the scene's own direction vector)."""
    direction = c.raw["directions"][side]
    return sorted(ids, key=lambda i: -sum(p * d for p, d in zip(c.objects[i]["3d_coords"], direction, strict=True)))


def dist(c: Clevr, i: int, j: int) -> float:
    return math.dist(c.objects[i]["3d_coords"], c.objects[j]["3d_coords"])


def bbox_area(c: Clevr, i: int) -> float:
    _, _, w_, h_ = c.objects[i]["bbox"]
    return w_ * h_


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def psub(p: Photo, oid: str, predicate: str, name=None) -> list[str]:
    """Photo objects that are ``predicate`` of oid (T predicate oid), optionally only those called ``name``."""
    return [s for s in p.subjects(predicate, oid) if name is None or p.name(s) == name]


def pobj(p: Photo, oid: str, predicate: str, name=None) -> list[str]:
    """Photo objects oid is ``predicate`` (oid predicate T)."""
    return [o for o in p.objects_of(oid, predicate) if name is None or p.name(o) == name]


def area(p: Photo, oid: str) -> float:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x2 - x1) * (y2 - y1)


def height(p: Photo, oid: str) -> float:
    return p.objects[oid]["box"][3] - p.objects[oid]["box"][1]


def ycentre(p: Photo, oid: str) -> float:
    return (p.objects[oid]["box"][1] + p.objects[oid]["box"][3]) / 2


def fact(p: Photo, key: str) -> str:
    return p.raw["facts"][key]


def all_text(p: Photo) -> str:
    found = [(o["box"][1], o["box"][0], o["attributes"]["text"]["value"]) for o in p.raw["objects"]
             if "text" in o["attributes"]]  # fmt: skip
    return " ".join(t for _, _, t in sorted(found))


def with_text(p: Photo, word: str) -> list[str]:
    return [i for i in p.objects if (p.value(i, "text") or "").lower() == word.lower()]


# --- gold notation helpers --------------------------------------------------------------------------------------
# fmt: off
def g(shape=None, **want) -> str:
    """Gold notation for CLEVR objects with these attributes (a shape selects by name)."""
    base = f"sel({shape})" if shape else "scene()"
    return f"f({base}, {', '.join(f'{k}={v}' for k, v in want.items())})" if want else base


def w(shape=None, **want) -> dict:
    return {**want, **({"shape": shape} if shape else {})}


def cnt(kind, scene, text, shape=None, **want):
    C(kind, scene, text, f"count({g(shape, **want)})", lambda c: n(c.f(**w(shape, **want))))


def ex(kind, scene, text, shape=None, **want):
    C(kind, scene, text, f"exist({g(shape, **want)})", lambda c: yes(bool(c.f(**w(shape, **want)))))


def no(scene, text, shape=None, **want):
    C("negation", scene, text, f"not_(exist({g(shape, **want)}))", lambda c: yes(not c.f(**w(shape, **want))))


def query(kind, scene, text, attribute, shape=None, **want):
    C(kind, scene, text, f"q(u({g(shape, **want)}), {attribute})",
      lambda c: c.a(c.the(**w(shape, **want)), attribute))


def ver(scene, text, attribute, value, shape=None, **want):
    C("verify", scene, text, f"verify(u({g(shape, **want)}), {attribute}, {value})",
      lambda c: yes(c.a(c.the(**w(shape, **want)), attribute) == value))


def pick(scene, text, attribute, options, shape=None, **want):
    C("choose", scene, text, f"choose(u({g(shape, **want)}), {attribute}, [{', '.join(options)}])",
      lambda c: only([o for o in options if c.a(c.the(**w(shape, **want)), attribute) == o]))


def versus(kind, scene, text, op, a: tuple, b: tuple):
    """Compare two counts: op gt / lt / eq; a and b are (shape, {attributes})."""
    test = {"gt": lambda x, y: x > y, "lt": lambda x, y: x < y, "eq": lambda x, y: x == y}[op]
    C(kind, scene, text, f"{op}(count({g(a[0], **a[1])}), count({g(b[0], **b[1])}))",
      lambda c: yes(test(len(c.f(**w(a[0], **a[1]))), len(c.f(**w(b[0], **b[1]))))))


def minus(kind, scene, text, a: tuple, b: tuple):
    C(kind, scene, text, f"sub(count({g(a[0], **a[1])}), count({g(b[0], **b[1])}))",
      lambda c: str(len(c.f(**w(a[0], **a[1]))) - len(c.f(**w(b[0], **b[1])))))


def plus(kind, scene, text, a: tuple, b: tuple):
    C(kind, scene, text, f"add(count({g(a[0], **a[1])}), count({g(b[0], **b[1])}))",
      lambda c: str(len(c.f(**w(a[0], **a[1]))) + len(c.f(**w(b[0], **b[1])))))


def number(scene, text, how, k, shape=None, **want):
    """how: atleast (>= k), atmost (<= k), fewer (< k), more (> k), exactly (== k)."""
    gold = {"atleast": f"gt(count({g(shape, **want)}), num({k - 1}))",
            "atmost": f"not_(gt(count({g(shape, **want)}), num({k})))",
            "fewer": f"lt(count({g(shape, **want)}), num({k}))",
            "more": f"gt(count({g(shape, **want)}), num({k}))",
            "exactly": f"eq(count({g(shape, **want)}), num({k}))"}[how]
    test = {"atleast": lambda x: x >= k, "atmost": lambda x: x <= k, "fewer": lambda x: x < k,
            "more": lambda x: x > k, "exactly": lambda x: x == k}[how]
    C("number", scene, text, gold, lambda c: yes(test(len(c.f(**w(shape, **want))))))


def share(scene, text, attribute, a: tuple, b: tuple, differ=False):
    """Do the one object a and the one object b have the same (or, with differ, a different) attribute?"""
    op = "different" if differ else "same"
    C("compare_attr", scene, text, f"{op}(u({g(a[0], **a[1])}), u({g(b[0], **b[1])}), {attribute})",
      lambda c: yes((c.a(c.the(**w(a[0], **a[1])), attribute) == c.a(c.the(**w(b[0], **b[1])), attribute))
                    != differ))


def alike(scene, text, attribute, shape=None, differ=False, **want):
    """Do all these objects (two or more) share the attribute?"""
    op = "different" if differ else "same"

    def fn(c):
        found = c.f(**w(shape, **want))
        if len(found) < 2:
            raise NotUnique(f"needs two objects: {found}")
        return yes((len({c.a(i, attribute) for i in found}) == 1) != differ)

    C("compare_attr", scene, text, f"{op}({g(shape, **want)}, {attribute})", fn)


def near(kind, scene, text, anchor: tuple, attribute, far=False):
    """The attribute of the object nearest to (farthest from) the one anchor object."""
    op = "farthest" if far else "closest"

    def fn(c):
        i = c.the(**w(anchor[0], **anchor[1]))
        others = [j for j in c.all() if j != i]
        ranked = sorted(others, key=lambda j: dist(c, i, j), reverse=far)
        return c.a(ranked[0], attribute)

    C(kind, scene, text, f"q({op}(scene(), u({g(anchor[0], **anchor[1])})), {attribute})", fn)


def side(kind, scene, text, by, k, attribute, shape=None, **want):
    """The attribute of the k-th object (with these attributes) from the ``by`` side of a CLEVR scene."""
    C(kind, scene, text, f"q(ord({g(shape, **want)}, {by}, {k}), {attribute})",
      lambda c: c.a(side_order(c, c.f(**w(shape, **want)), by)[k - 1], attribute))


def rq(kind, scene, text, relation, anchor: tuple, attribute, shape=None, **want):
    """The attribute of the one object (with these attributes) that is ``relation`` of the one anchor object."""
    inner = f"rel(u({g(anchor[0], **anchor[1])}), {relation})"
    kept = w(shape, **want)
    gold = f"f({inner}, {', '.join(f'{k}={v}' for k, v in kept.items())})" if kept else inner
    C(kind, scene, text, f"q(u({gold}), {attribute})",
      lambda c: c.a(hop(c, c.the(**w(anchor[0], **anchor[1])), relation, **kept), attribute))


def rcount(kind, scene, text, relation, anchor: tuple, shape=None, **want):
    inner = f"rel(u({g(anchor[0], **anchor[1])}), {relation})"
    kept = w(shape, **want)
    gold = f"f({inner}, {', '.join(f'{k}={v}' for k, v in kept.items())})" if kept else inner
    C(kind, scene, text, f"count({gold})",
      lambda c: n(c.f(among=c.rel(relation, c.the(**w(anchor[0], **anchor[1]))), **kept)))


def rexist(kind, scene, text, relation, anchor: tuple, shape=None, **want):
    inner = f"rel(u({g(anchor[0], **anchor[1])}), {relation})"
    kept = w(shape, **want)
    gold = f"f({inner}, {', '.join(f'{k}={v}' for k, v in kept.items())})" if kept else inner
    C(kind, scene, text, f"exist({gold})",
      lambda c: yes(bool(c.f(among=c.rel(relation, c.the(**w(anchor[0], **anchor[1]))), **kept))))


def chain(scene, text, anchor: tuple, r1, s1, r2, s2, attribute):
    """The attribute of the s2 that is r2 of the s1 that is r1 of the one anchor object (s1, s2 shapes or None)."""
    def keep(shape):
        return {"shape": shape} if shape else {}

    first = f"rel(u({g(anchor[0], **anchor[1])}), {r1})"
    first = f"f({first}, shape={s1})" if s1 else first
    second = f"rel(u({first}), {r2})"
    second = f"f({second}, shape={s2})" if s2 else second
    C("chain", scene, text, f"q(u({second}), {attribute})",
      lambda c: c.a(hop(c, hop(c, c.the(**w(anchor[0], **anchor[1])), r1, **keep(s1)), r2, **keep(s2)), attribute))


# =================================================================================================================
# count
cnt("count", 5, "um how many balls are there", "sphere")
cnt("count", 7, "okay so how many cylinders do you see in this one", "cylinder")
cnt("count", 24, "how much cubes is there", "cube")
cnt("count", 11, "hey can you count the brown things for me", color="brown")
cnt("count", 31, "number of shiny balls", "sphere", material="metal")
cnt("count", 4, "how many little yellow things r there", size="small", color="yellow")
cnt("count", 45, "tell me how many objects are in the picture please")
cnt("count", 9, "Count: large green objects.", size="large", color="green")
cnt("count", 49, "mommy how many purple balls are there", "sphere", color="purple")
cnt("count", 55, "the purple things, how many of them are there", color="purple")
cnt("count", 41, "Would you be so kind as to tell me how many metallic cylinders appear in this image?",
    "cylinder", material="metal")
cnt("count", 47, "rubber cubes how many", "cube", material="rubber")
cnt("count", 12, "how many grey objects are there", color="gray")
cnt("count", 43, "How many balls r made of rubber?", "sphere", material="rubber")
cnt("count", 16, "how many matte things", material="rubber")
cnt("count", 26, "give me the number of green items", color="green")
cnt("count", 19, "cyan ones how many", color="cyan")
cnt("count", 59, "how many of teh cylinders are purple", "cylinder", color="purple")
cnt("count", 50, "count all the rubber stuff", material="rubber")
cnt("count", 1, "so like how many big objects do we got here", size="large")
cnt("count", 37, "i need the count of small red things", size="small", color="red")
P("count", "park", "how many dogs r in the park", "count(sel(dog))", lambda p: n(p.f("dog")))
P("count", "street", "how many people can you see on the street", "count(sel(person))", lambda p: n(p.f(PEOPLE)))
P("count", "kitchen", "how many cups are sitting on the table", "count(rel(u(sel(table)), on, name=cup))",
  lambda p: n(psub(p, p.the("table"), "on", "cup")))
P("count", "shapes", "circles how many", "count(sel(circle))", lambda p: n(p.f("circle")))
P("count", "shapes", "how many blue shapes are there", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P("count", "park", "how many persons there are in the park altogether", "count(sel(person))",
  lambda p: n(p.f(PEOPLE)))

# attribute
query("attribute", 0, "the big metal thing, what colour is it", "color", size="large", material="metal")
query("attribute", 2, "what shape is the small gray thing", "shape", size="small", color="gray")
query("attribute", 3, "which colour has the cube", "color", "cube")
query("attribute", 6, "um what's the big grey ball made of", "material", "sphere", size="large", color="gray")
query("attribute", 8, "what size is the purple ball", "size", "sphere", color="purple")
query("attribute", 10, "the cube, what is its colour", "color", "cube")
query("attribute", 14, "what shape is that gray thing", "shape", color="gray")
query("attribute", 17, "the small thing what color", "color", size="small")
query("attribute", 22, "what material is the cyan ball", "material", "sphere", color="cyan")
query("attribute", 27, "What is the colour of the little metal sphere?", "color", "sphere", size="small",
      material="metal")
query("attribute", 30, "the cylinder is made of what", "material", "cylinder")
query("attribute", 34, "and the cube it is what color", "color", "cube")
query("attribute", 36, "whats the brown thing", "shape", color="brown")
query("attribute", 39, "what colour is the small rubber cylnder", "color", "cylinder", size="small",
      material="rubber")
query("attribute", 40, "tell me the color of the small cube", "color", "cube", size="small")
query("attribute", 51, "which material is the grey ball", "material", "sphere", color="gray")
query("attribute", 52, "what colour's the cylinder", "color", "cylinder")
query("attribute", 58, "the ball what colour", "color", "sphere")
query("attribute", 21, "what shape is the purple object", "shape", color="purple")
query("attribute", 44, "what size has the blue cube", "size", "cube", color="blue")
P("attribute", "street", "what color is the dog", "q(u(sel(dog)), color)", lambda p: p.value(p.the("dog"), "color"))
P("attribute", "kitchen", "what is the table made of", "q(u(sel(table)), material)",
  lambda p: p.value(p.the("table"), "material"))
P("attribute", "park", "what colour is the bike", "q(u(sel(bicycle)), color)",
  lambda p: p.value(p.the("bicycle"), "color"))
P("attribute", "kitchen", "fork color?", "q(u(sel(fork)), color)", lambda p: p.value(p.the("fork"), "color"))
P("attribute", "shapes", "what colour is the star", "q(u(sel(star)), color)", lambda p: p.value(p.the("star"), "color"))
P("attribute", "shapes", "what size is the triangle", "q(u(sel(triangle)), size)",
  lambda p: p.value(p.the("triangle"), "size"))
P("attribute", "park", "the frisbee what color is it", "q(u(sel(frisbee)), color)",
  lambda p: p.value(p.the("frisbee"), "color"))

# exist
ex("exist", 5, "is there any cylinder", "cylinder")
ex("exist", 0, "are there any cubes in this picture", "cube")
ex("exist", 13, "do you see a single metal cube", "cube", material="metal")
ex("exist", 21, "any blue stuff?", color="blue")
ex("exist", 28, "is there some shiny ball", "sphere", material="metal")
ex("exist", 33, "Is there a purple object anywhere?", color="purple")
ex("exist", 44, "could you please check whether there is a yellow thing", color="yellow")
ex("exist", 48, "there a small blue cylinder?", "cylinder", size="small", color="blue")
ex("exist", 35, "r there big rubber cubes", "cube", size="large", material="rubber")
ex("exist", 57, "um is there like a brown cylinder or not", "cylinder", color="brown")
ex("exist", 29, "does this picture have any red balls in it", "sphere", color="red")
ex("exist", 54, "any spheres at all", "sphere")
ex("exist", 37, "Is there at least one cyan sphere?", "sphere", color="cyan")
ex("exist", 53, "is there a tiny yellow ball", "sphere", size="small", color="yellow")
P("exist", "street", "is there a cat", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P("exist", "park", "daddy is there a bench in the park", "exist(sel(bench))", lambda p: yes(bool(p.f("bench"))))
P("exist", "kitchen", "any knives on the table?", "exist(rel(u(sel(table)), on, name=knife))",
  lambda p: yes(bool(psub(p, p.the("table"), "on", "knife"))))
P("exist", "shapes", "is there a green shape", "exist(f(scene(), color=green))", lambda p: yes(bool(p.f(color="green"))))
P("exist", "shapes", "do we have any purple shapes", "exist(f(scene(), color=purple))",
  lambda p: yes(bool(p.f(color="purple"))))
P("exist", "street", "any trees", "exist(sel(tree))", lambda p: yes(bool(p.f("tree"))))

# spatial
rcount("spatial", 0, "how many things are to the left of the green cylinder", "left", ("cylinder", {"color": "green"}))
rq("spatial", 2, "the thing behind the green cube what colour is it", "behind", ("cube", {"color": "green"}), "color")
rexist("spatial", 3, "is there anything in front of the purple cube", "front", ("cube", {"color": "purple"}))
rcount("spatial", 5, "how many objects are behind the red cube", "behind", ("cube", {"color": "red"}))
rexist("spatial", 6, "are there any balls to the right of the blue cube", "right", ("cube", {"color": "blue"}),
       "sphere")
rq("spatial", 10, "whats the thing on the right of the small red cylinder", "right",
   ("cylinder", {"size": "small", "color": "red"}), "shape")
rq("spatial", 17, "the ball left of the green cylinder, what colour", "left", ("cylinder", {"color": "green"}),
   "color", "sphere")
rcount("spatial", 20, "how many cubes are in front of the big cyan ball", "front",
       ("sphere", {"size": "large", "color": "cyan"}), "cube")
rcount("spatial", 22, "how many things are behind the little cyan ball", "behind", ("sphere", {"color": "cyan"}))
rexist("spatial", 25, "is there a cylinder in front of the red cube", "front", ("cube", {"color": "red"}),
       "cylinder")
rexist("spatial", 27, "is anything to the right of the big purple cube", "right",
       ("cube", {"size": "large", "color": "purple"}))
rcount("spatial", 32, "how many grey cubes are to the left of the yellow ball", "left",
       ("sphere", {"color": "yellow"}), "cube", color="gray")
rq("spatial", 36, "the thing to the right of the brown cylinder is what shape", "right",
   ("cylinder", {"color": "brown"}), "shape")
rcount("spatial", 38, "how many metal things are in front of the big rubber cylinder", "front",
       ("cylinder", {"size": "large", "material": "rubber"}), material="metal")
rexist("spatial", 56, "are there any spheres behind the green cylinder", "behind", ("cylinder", {"color": "green"}),
       "sphere")
near("spatial", 4, "what colour is the object closest to the big blue ball", ("sphere", {"color": "blue"}), "color")
near("spatial", 30, "which shape is farthest away from the green ball", ("sphere", {"color": "green"}), "shape",
     far=True)
P("spatial", "street", "who is on the left of the woman", "q(u(rel(u(sel(woman)), left)), name)",
  lambda p: p.name(only(psub(p, p.the("woman"), "left"))))
P("spatial", "street", "what is the woman holding", "q(u(rel(u(sel(woman)), holding, role=object)), name)",
  lambda p: p.name(only(pobj(p, p.the("woman"), "holding"))))
P("spatial", "kitchen", "what's to the left of the plate", "q(u(rel(u(sel(plate)), left)), name)",
  lambda p: p.name(only(psub(p, p.the("plate"), "left"))))
P("spatial", "park", "what is the boy throwing", "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
  lambda p: p.name(only(pobj(p, p.the("boy"), "throwing"))))
P("spatial", "park", "whats behind the girl", "q(u(rel(u(sel(girl)), behind)), name)",
  lambda p: p.name(only(psub(p, p.the("girl"), "behind"))))
P("spatial", "park", "who's near the bench", "q(u(rel(u(sel(bench)), near)), name)",
  lambda p: p.name(only(psub(p, p.the("bench"), "near"))))
P("spatial", "kitchen", "what's that up above the table", "q(u(rel(u(sel(table)), above)), name)",
  lambda p: p.name(only(psub(p, p.the("table"), "above"))))

# negation
no(9, "is it true that there are no red things", color="red")
no(15, "are there no cubes here", "cube")
C("negation", 13, "how many objects arent red", "count(fn(scene(), color=red))",
  lambda c: n([i for i in c.all() if c.a(i, "color") != "red"]))
C("negation", 24, "how many things are not cubes", "count(fn(scene(), shape=cube))",
  lambda c: n([i for i in c.all() if c.a(i, "shape") != "cube"]))
C("negation", 31, "how many balls aren't made of metal", "count(fn(sel(sphere), material=metal))",
  lambda c: n([i for i in c.f(shape="sphere") if c.a(i, "material") != "metal"]))
C("negation", 28, "what colour is the cylinder that isn't big", "q(u(fn(sel(cylinder), size=large)), color)",
  lambda c: c.a(c.one([i for i in c.f(shape="cylinder") if c.a(i, "size") != "large"]), "color"))
P("negation", "street", "how many people aren't men", "count(diff(sel(person), sel(man)))",
  lambda p: n([i for i in p.f(PEOPLE) if p.name(i) != "man"]))
C("negation", 42, "is it not true that there is no yellow ball", "not_(not_(exist(f(sel(sphere), color=yellow))))",
  lambda c: yes(bool(c.f(shape="sphere", color="yellow"))))
C("negation", 46, "how many of the cubes are not rubber", "count(fn(sel(cube), material=rubber))",
  lambda c: n([i for i in c.f(shape="cube") if c.a(i, "material") != "rubber"]))
C("negation", 20, "the thing that isn't small, what shape is it", "q(u(fn(scene(), size=small)), shape)",
  lambda c: c.a(c.one([i for i in c.all() if c.a(i, "size") != "small"]), "shape"))
P("negation", "kitchen", "how many cups aren't white", "count(fn(sel(cup), color=white))",
  lambda p: n([i for i in p.f("cup") if p.value(i, "color") != "white"]))
no(50, "is there nothing metallic in this picture", material="metal")
P("negation", "shapes", "how many shapes are not blue", "count(fn(scene(), color=blue))",
  lambda p: n([i for i in p.objects if p.value(i, "color") != "blue"]))
C("negation", 52, "the cube that is not metal what colour is it", "q(u(fn(sel(cube), material=metal)), color)",
  lambda c: c.a(c.one([i for i in c.f(shape="cube") if c.a(i, "material") != "metal"]), "color"))
P("negation", "park", "are there no cats in the park", "not_(exist(sel(cat)))", lambda p: yes(not p.f("cat")))

# compare_count
versus("compare_count", 7, "okay um are there more cubes than there are balls in this one", "gt", ("cube", {}), ("sphere", {}))
versus("compare_count", 11, "r there fewer cubes than spheres", "lt", ("cube", {}), ("sphere", {}))
versus("compare_count", 4, "is the number of cylinders the same as the number of balls", "eq", ("cylinder", {}),
       ("sphere", {}))
versus("compare_count", 1, "are there as many cubes as cylinders", "eq", ("cube", {}), ("cylinder", {}))
versus("compare_count", 18, "do the purple objects outnumber the cyan ones", "gt", (None, {"color": "purple"}),
       (None, {"color": "cyan"}))
minus("compare_count", 47, "How many more cubes than cylinders are there?", ("cube", {}), ("cylinder", {}))
versus("compare_count", 9, "is the amount of metal stuff smaller than the amount of rubber stuff", "lt",
       (None, {"material": "metal"}), (None, {"material": "rubber"}))
versus("compare_count", 26, "are there less rubber objects than metal ones", "lt", (None, {"material": "rubber"}),
       (None, {"material": "metal"}))
P("compare_count", "park", "are there more women than dogs", "gt(count(sel(woman)), count(sel(dog)))",
  lambda p: yes(len(p.f("woman")) > len(p.f("dog"))))
P("compare_count", "kitchen", "more cups than plates?", "gt(count(sel(cup)), count(sel(plate)))",
  lambda p: yes(len(p.f("cup")) > len(p.f("plate"))))
P("compare_count", "street", "are there as many ties as there are men", "eq(count(sel(tie)), count(sel(man)))",
  lambda p: yes(len(p.f("tie")) == len(p.f("man"))))
versus("compare_count", 55, "so are there more large things than small ones or what", "gt", (None, {"size": "large"}),
       (None, {"size": "small"}))
versus("compare_count", 59, "same number of spheres and cubes?", "eq", ("sphere", {}), ("cube", {}))
minus("compare_count", 41, "how many more spheres than cubes", ("sphere", {}), ("cube", {}))
versus("compare_count", 12, "are there fewer grey things than green things", "lt", (None, {"color": "gray"}),
       (None, {"color": "green"}))
P("compare_count", "shapes", "are there more blue shapes than red ones", "gt(count(f(scene(), color=blue)), "
  "count(f(scene(), color=red)))", lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))))
versus("compare_count", 43, "equal number of cubes and balls?", "eq", ("cube", {}), ("sphere", {}))
versus("compare_count", 49, "are there more yellow balls than green cubes", "gt", ("sphere", {"color": "yellow"}),
       ("cube", {"color": "green"}))

# number
number(24, "are there at least three red objects", "atleast", 3, color="red")
number(7, "are there no more than two cubes", "atmost", 2, "cube")
number(42, "are there exactly three blue things", "exactly", 3, color="blue")
number(0, "are there fewer than five objects", "fewer", 5)
number(31, "more than two cylinders?", "more", 2, "cylinder")
number(5, "is the number of balls exactly four", "exactly", 4, "sphere")
number(13, "are there at least two large things", "atleast", 2, size="large")
number(19, "r there exactly two metal cubes", "exactly", 2, "cube", material="metal")
number(11, "at most one cube?", "atmost", 1, "cube")
plus("number", 33, "How many cubes and cylinders are there altogether?", ("cube", {}), ("cylinder", {}))
P("number", "kitchen", "are there at least four things on the table", "gt(count(rel(u(sel(table)), on)), num(3))",
  lambda p: yes(len(psub(p, p.the("table"), "on")) >= 4))
P("number", "park", "are there exactly two dogs", "eq(count(sel(dog)), num(2))", lambda p: yes(len(p.f("dog")) == 2))
number(45, "nine objects or more?", "atleast", 9)
number(3, "fewer than two cubes?", "fewer", 2, "cube")
plus("number", 16, "how many spheres plus cubes", ("sphere", {}), ("cube", {}))
number(56, "are there less than three spheres", "fewer", 3, "sphere")

# compare_attr
share(2, "do the cube and the small cylinder share a colour", "color", ("cube", {}), ("cylinder", {"size": "small"}))
share(0, "is the yellow ball the same size as the green cylinder", "size", ("sphere", {"color": "yellow"}),
      ("cylinder", {"color": "green"}))
alike(23, "are the two brown things made of the same stuff", "material", color="brown")
share(28, "the big red cylinder and the small one, same material?", "material",
      ("cylinder", {"size": "large", "color": "red"}), ("cylinder", {"size": "small"}))
alike(30, "are the two balls the same colour", "color", "sphere")
alike(34, "do both cylinders have the same material", "material", "cylinder")
share(39, "is the cube the same color as the big cylinder", "color", ("cube", {}), ("cylinder", {"size": "large"}))
alike(40, "are the two cubes of different sizes", "size", "cube", differ=True)
share(51, "is the brown ball as big as the grey ball", "size", ("sphere", {"color": "brown"}),
      ("sphere", {"color": "gray"}))
alike(58, "the two cubes - same size?", "size", "cube")
alike(17, "do the two cubes have the same colour", "color", "cube")
alike(38, "are the two gray cylinders made of the same material", "material", "cylinder", color="gray")
C("compare_attr", 22, "which one is larger the yellow cube or the cyan ball",
  "compare(u(f(sel(cube), color=yellow)), u(f(sel(sphere), color=cyan)), larger)",
  lambda c: c.a(max((c.the(shape="cube", color="yellow"), c.the(shape="sphere", color="cyan")),
                    key=lambda i: bbox_area(c, i)), "shape"))
P("compare_attr", "street", "which is bigger, the bus or the car", "compare(u(sel(bus)), u(sel(car)), bigger)",
  lambda p: p.name(max((p.the("bus"), p.the("car")), key=lambda i: area(p, i))))
# nsvr reads no heights from a photo's boxes (a tree far off looks shorter than the bus before it); the woman is
# also the bigger of the two, which its gold program says instead
P("compare_attr", "kitchen", "which is taller, the bottle or the woman",
  "compare(u(sel(bottle)), u(sel(woman)), bigger)",
  lambda p: p.name(max((p.the("bottle"), p.the("woman")), key=lambda i: height(p, i))))
P("compare_attr", "street", "is the tie of the man on the left the same colour as the bus",
  "same(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), u(sel(bus)), color)",
  lambda p: yes(p.value(only(pobj(p, p.the("man", hposition="left"), "wearing")), "color")
                == p.value(p.the("bus"), "color")))
P("compare_attr", "park", "how many different colours are the dogs", "nvalues(sel(dog), color)",
  lambda p: str(len({p.value(i, "color") for i in p.f("dog")})))
P("compare_attr", "kitchen", "how many different colors do the cups come in", "nvalues(sel(cup), color)",
  lambda p: str(len({p.value(i, "color") for i in p.f("cup")})))
P("compare_attr", "shapes", "what colour are most of the shapes", "common_value(scene(), color)",
  lambda p: max({p.value(i, "color") for i in p.objects},
                key=lambda v: sum(p.value(i, "color") == v for i in p.objects)))

# position
P("position", "kitchen", "what colour is the second cup from the left", "q(ord(sel(cup), left, 2), color)",
  lambda p: p.value(p.by_x(p.f("cup"))[1], "color"))
P("position", "park", "the rightmost person is who", "q(ord(sel(person), right, 1), name)",
  lambda p: p.name(p.by_x(p.f(PEOPLE))[-1]))
P("position", "shapes", "which colour is the leftmost shape", "q(ord(scene(), left, 1), color)",
  lambda p: p.value(p.by_x(list(p.objects))[0], "color"))
P("position", "kitchen", "what is the highest thing in the kitchen picture", "q(ord(scene(), top, 1), name)",
  lambda p: p.name(min(p.objects, key=lambda i: ycentre(p, i))))
P("position", "shapes", "whats the biggest shape called", "q(ord(scene(), largest, 1), name)",
  lambda p: p.name(max(p.objects, key=lambda i: area(p, i))))
P("position", "street", "the person furthest to the right, man or woman",
  "choose(ord(sel(person), right, 1), name, [man, woman])", lambda p: p.name(p.by_x(p.f(PEOPLE))[-1]))
P("position", "kitchen", "last cup on the right, what colour", "q(ord(sel(cup), right, 1), color)",
  lambda p: p.value(p.by_x(p.f("cup"))[-1], "color"))
P("position", "park", "which dog is on the left, what colour is it", "q(u(f(sel(dog), hposition=left)), color)",
  lambda p: p.value(p.the("dog", hposition="left"), "color"))
side("position", 9, "the leftmost object what shape is it", "left", 1, "shape")
side("position", 42, "what colour is the object furthest to the right", "right", 1, "color")
side("position", 25, "the frontmost thing, what material", "front", 1, "material")
P("position", "shapes", "what shape is at the top in the middle", "q(u(f(scene(), hposition=middle, vposition=top)), shape)",
  lambda p: p.value(p.the(hposition="middle", vposition="top"), "shape"))
P("position", "street", "what colour is the third person from the left", "q(ord(sel(person), left, 3), color)",
  lambda p: p.value(p.by_x(p.f(PEOPLE))[2], "color"))
P("position", "park", "what colour is the woman on the far left", "q(ord(sel(woman), left, 1), color)",
  lambda p: p.value(p.by_x(p.f("woman"))[0], "color"))
side("position", 56, "second object from the left, which colour", "left", 2, "color")

# chain
chain(15, "what colour is the sphere to the left of the cylinder that is in front of the red ball",
      ("sphere", {"color": "red"}), "front", "cylinder", "left", "sphere", "color")
chain(27, "the red cylinder has a ball behind it. what is behind that ball", ("cylinder", {"color": "red"}),
      "behind", "sphere", "behind", None, "shape")
chain(52, "what material is the cylinder behind the cube that is behind the brown cube", ("cube", {"color": "brown"}),
      "behind", "cube", "behind", "cylinder", "material")
chain(6, "the cylinder to the right of the red cylinder, which colour is the cube on its right",
      ("cylinder", {"color": "red"}), "right", "cylinder", "right", "cube", "color")
chain(22, "what size is the ball right of the cylinder in front of the yellow cube", ("cube", {"color": "yellow"}),
      "front", "cylinder", "right", "sphere", "size")
chain(0, "whats the colour of the ball in front of the cylinder that is in front of the blue ball",
      ("sphere", {"color": "blue"}), "front", "cylinder", "front", "sphere", "color")
chain(41, "the ball in front of the cylinder that is to the right of the grey ball what is it made of",
      ("sphere", {"color": "gray"}), "right", "cylinder", "front", "sphere", "material")
chain(12, "the sphere left of the cylinder behind the cyan cylinder - what colour", ("cylinder", {"color": "cyan"}),
      "behind", "cylinder", "left", "sphere", "color")
P("chain", "street", "what colour is the tie worn by the man left of the woman",
  "q(u(rel(u(f(rel(u(sel(woman)), left), name=man)), wearing, role=object)), color)",
  lambda p: p.value(only(pobj(p, only(psub(p, p.the("woman"), "left", "man")), "wearing")), "color"))
P("chain", "park", "what colour is the dog that is held by the woman on the left",
  "q(u(rel(u(f(sel(woman), hposition=left)), holding, role=object)), color)",
  lambda p: p.value(only(pobj(p, p.the("woman", hposition="left"), "holding")), "color"))
P("chain", "park", "the person near the red bicycle, what colour", "q(u(rel(u(f(sel(bicycle), color=red)), near)), color)",
  lambda p: p.value(only(psub(p, p.the("bicycle", color="red"), "near")), "color"))
P("chain", "street", "what colour is the tie of the man to the right of the bus",
  "q(u(rel(u(f(rel(u(sel(bus)), right), name=man)), wearing, role=object)), color)",
  lambda p: p.value(only(pobj(p, only(psub(p, p.the("bus"), "right", "man")), "wearing")), "color"))
P("chain", "kitchen", "what is right of the cup that is right of the plate",
  "q(u(rel(u(f(rel(u(sel(plate)), right), name=cup)), right)), name)",
  lambda p: p.name(only(psub(p, only(psub(p, p.the("plate"), "right", "cup")), "right"))))
P("chain", "park", "whats behind the person who is near the white dog",
  "q(u(rel(u(rel(u(f(sel(dog), color=white)), near)), behind)), name)",
  lambda p: p.name(only(psub(p, only(psub(p, p.the("dog", color="white"), "near")), "behind"))))

# verify
ver(0, "is the big cylinder green", "color", "green", "cylinder", size="large")
ver(6, "is the blue cube made of metal", "material", "metal", "cube", color="blue")
ver(10, "is the big purple ball rubber", "material", "rubber", "sphere", color="purple")
ver(14, "is the cube grey", "color", "gray", "cube")
ver(16, "is the yelow cube small", "size", "small", "cube", color="yellow")
ver(27, "is the red cylinder shiny", "material", "metal", "cylinder", color="red")
ver(30, "is the blue thing a cylinder", "shape", "cylinder", color="blue")
ver(36, "the cylinder, is it brown", "color", "brown", "cylinder")
ver(44, "is the little purple cube rubber", "material", "rubber", "cube", size="small", color="purple")
P("verify", "street", "is the bus red", "verify(u(sel(bus)), color, red)",
  lambda p: yes(p.value(p.the("bus"), "color") == "red"))
P("verify", "street", "is the dog near the woman", "vrel(u(sel(woman)), near, name=dog)",
  lambda p: yes(bool(psub(p, p.the("woman"), "near", "dog"))))
P("verify", "kitchen", "is the clock above the table", "vrel(u(sel(table)), above, name=clock)",
  lambda p: yes(bool(psub(p, p.the("table"), "above", "clock"))))
P("verify", "park", "is the bench made of wood", "verify(u(sel(bench)), material, wood)",
  lambda p: yes(p.value(p.the("bench"), "material") == "wood"))
P("verify", "street", "is it sunny", "verify(scene(), weather, sunny)", lambda p: yes(fact(p, "weather") == "sunny"))
P("verify", "park", "is the weather cloudy in the park", "verify(scene(), weather, cloudy)",
  lambda p: yes(fact(p, "weather") == "cloudy"))
P("verify", "kitchen", "is the woman to the left of the table", "vrel(u(sel(table)), left, name=woman)",
  lambda p: yes(bool(psub(p, p.the("table"), "left", "woman"))))

# choose
pick(3, "is the cube purple or red", "color", ["purple", "red"], "cube")
pick(7, "is the big yellow thing a cube or a ball", "shape", ["cube", "sphere"], size="large", color="yellow")
pick(21, "the big purple cylinder, metal or rubber", "material", ["metal", "rubber"], "cylinder", color="purple")
pick(25, "is the brown ball large or small", "size", ["large", "small"], "sphere", color="brown")
pick(52, "which is it, metal or rubber, the small cylinder", "material", ["metal", "rubber"], "cylinder",
     size="small")
pick(36, "is the grey ball metal or rubber", "material", ["metal", "rubber"], "sphere", color="gray")
P("choose", "street", "is the car white or black", "choose(u(sel(car)), color, [white, black])",
  lambda p: only([v for v in ("white", "black") if p.value(p.the("car"), "color") == v]))
P("choose", "street", "is the car to the left or the right of the bus", "choose_rel(u(sel(bus)), [left, right], name=car)",
  lambda p: only([r for r in ("left", "right") if psub(p, p.the("bus"), r, "car")]))
P("choose", "kitchen", "is the clock above or below the table", "choose_rel(u(sel(table)), [above, below], name=clock)",
  lambda p: only([r for r in ("above", "below") if psub(p, p.the("table"), r, "clock")]))
P("choose", "park", "is the frisbee yellow or green", "choose(u(sel(frisbee)), color, [yellow, green])",
  lambda p: only([v for v in ("yellow", "green") if p.value(p.the("frisbee"), "color") == v]))
P("choose", "shapes", "is the hexagon big or small", "choose(u(sel(hexagon)), size, [large, small])",
  lambda p: only([v for v in ("large", "small") if p.value(p.the("hexagon"), "size") == v]))
P("choose", "park", "is the boy to the left or right of the girl", "choose_rel(u(sel(girl)), [left, right], name=boy)",
  lambda p: only([r for r in ("left", "right") if psub(p, p.the("girl"), r, "boy")]))

# two_clause
C("two_clause", 1, "is there a purple cube and a brown ball",
  "and_(exist(f(sel(cube), color=purple)), exist(f(sel(sphere), color=brown)))",
  lambda c: yes(bool(c.f(shape="cube", color="purple")) and bool(c.f(shape="sphere", color="brown"))))
C("two_clause", 2, "are there any spheres or any cubes", "or_(exist(sel(sphere)), exist(sel(cube)))",
  lambda c: yes(bool(c.f(shape="sphere")) or bool(c.f(shape="cube"))))
C("two_clause", 5, "is the red cube small and is the blue cube big",
  "and_(verify(u(f(sel(cube), color=red)), size, small), verify(u(f(sel(cube), color=blue)), size, large))",
  lambda c: yes(c.a(c.the(shape="cube", color="red"), "size") == "small"
                and c.a(c.the(shape="cube", color="blue"), "size") == "large"))
C("two_clause", 14, "is there a red thing or a green thing", "or_(exist(f(scene(), color=red)), exist(f(scene(), color=green)))",
  lambda c: yes(bool(c.f(color="red")) or bool(c.f(color="green"))))
P("two_clause", "street", "is there a dog but no cat", "and_(exist(sel(dog)), not_(exist(sel(cat))))",
  lambda p: yes(bool(p.f("dog")) and not p.f("cat")))
P("two_clause", "kitchen", "is there a fork and a knife on the table",
  "and_(exist(rel(u(sel(table)), on, name=fork)), exist(rel(u(sel(table)), on, name=knife)))",
  lambda p: yes(bool(psub(p, p.the("table"), "on", "fork")) and bool(psub(p, p.the("table"), "on", "knife"))))
C("two_clause", 34, "the cube is yellow and the big cylinder is gray, yes?",
  "and_(verify(u(sel(cube)), color, yellow), verify(u(f(sel(cylinder), size=large)), color, gray))",
  lambda c: yes(c.a(c.the(shape="cube"), "color") == "yellow"
                and c.a(c.the(shape="cylinder", size="large"), "color") == "gray"))
C("two_clause", 39, "is the cube metal and the small cylinder rubber",
  "and_(verify(u(sel(cube)), material, metal), verify(u(f(sel(cylinder), size=small)), material, rubber))",
  lambda c: yes(c.a(c.the(shape="cube"), "material") == "metal"
                and c.a(c.the(shape="cylinder", size="small"), "material") == "rubber"))
P("two_clause", "park", "is there either a cat or a horse in the park", "or_(exist(sel(cat)), exist(sel(horse)))",
  lambda p: yes(bool(p.f("cat")) or bool(p.f("horse"))))
C("two_clause", 58, "is the ball blue and rubber",
  "and_(verify(u(sel(sphere)), color, blue), verify(u(sel(sphere)), material, rubber))",
  lambda c: yes(c.a(c.the(shape="sphere"), "color") == "blue" and c.a(c.the(shape="sphere"), "material") == "rubber"))
C("two_clause", 17, "are there two cubes and one ball",
  "and_(eq(count(sel(cube)), num(2)), eq(count(sel(sphere)), num(1)))",
  lambda c: yes(len(c.f(shape="cube")) == 2 and len(c.f(shape="sphere")) == 1))
P("two_clause", "shapes", "is there a red circle and a blue square",
  "and_(exist(f(sel(circle), color=red)), exist(f(sel(square), color=blue)))",
  lambda p: yes(bool(p.f("circle", color="red")) and bool(p.f("square", color="blue"))))

# text
P("text", "street", "what does the sign say", "q(u(sel(sign)), text)", lambda p: p.value(p.the("sign"), "text"))
P("text", "street", "whats written on the red bus", "q(u(f(sel(bus), color=red)), text)",
  lambda p: p.value(p.the("bus", color="red"), "text"))
P("text", "kitchen", "what time does the clock show", "q(u(sel(clock)), text)", lambda p: p.value(p.the("clock"), "text"))
P("text", "kitchen", "the bottle what does the label say", "q(u(sel(bottle)), text)",
  lambda p: p.value(p.the("bottle"), "text"))
P("text", "street", "does the sign say stop", "verify(u(sel(sign)), text, stop)",
  lambda p: yes((p.value(p.the("sign"), "text") or "").lower() == "stop"))
P("text", "street", "read me all the text in this picture", "q(scene(), text)", all_text)
P("text", "kitchen", "is agua written on the bottle", "verify(u(sel(bottle)), text, agua)",
  lambda p: yes((p.value(p.the("bottle"), "text") or "").lower() == "agua"))
P("text", "street", "what colour is the thing that says stop", "q(u(f(scene(), text=stop)), color)",
  lambda p: p.value(only(with_text(p, "stop")), "color"))
P("text", "kitchen", "which object has the word agua on it", "q(u(f(scene(), text=agua)), name)",
  lambda p: p.name(only(with_text(p, "agua"))))
P("text", "street", "does the bus say no parking", "verify(u(sel(bus)), text, 'no parking')",
  lambda p: yes((p.value(p.the("bus"), "text") or "").lower() == "no parking"))
P("text", "street", "what's written at the bottom of the picture", "q(u(f(sel(text), vposition=bottom)), text)",
  lambda p: p.value(p.the("text", vposition="bottom"), "text"))

# refuse
X(1, "why is the purple cube there")
X(5, "who put all these balls here")
X(7, "what is the red cube thinking")
X(10, "is this a pretty picture")
X(12, "which object is the heaviest")
X(24, "how old is the big grey cube")
X(31, "what happens if i push the blue ball")
X(41, "how much does the blue cube cost")
X(45, "which one would my kid like best")
X(49, "um what is the temperature of the metal stuff")
X(55, "what sound would the purple ball make if you dropped it")
X(9, "how long has the green ball been sitting there")
X("street", "is the woman happy")
X("street", "where is the bus going")
X("street", "whats the name of the man on the left")
X("street", "why is the dog brown")
X("park", "what is the boy thinking about")
X("park", "is it going to rain later")
X("street", "how fast is the bus driving")
X("park", "does the woman on the left love her dog")
X("park", "whats the girls favourite colour")
X("shapes", "which shape is the prettiest")
X("shapes", "who made this picture")
X("kitchen", "what is the woman cooking")
X("kitchen", "what did they eat for lunch")
X("kitchen", "is the water in the bottle cold")
X("kitchen", "how much did the clock cost")
# fmt: on


if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
