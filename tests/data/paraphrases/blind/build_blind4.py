"""A fourth blind paraphrase set (tests/data/paraphrases/blind4.jsonl), in other voices than the first three:
non-native English ("how many cube is there"), terse keyword queries ("red cubes count"), chatty questions with
asides, numbers ("exactly 3", "at least 2"), ordinals and superlatives, two-option "which" questions, relations
with indefinite articles, everyday material words, and questions nsvr must refuse. Written before reading the
parser or the earlier question files; gold answers from plain python (blind_gold.py).

A CLEVR question without a fixed scene is placed on the first val scene (from a rotating start) where its
descriptions pick exactly one object (and, with ``want``, where the answer is one of the wanted ones).

    python tests/data/paraphrases/blind/build_blind4.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, build, load_scenes, n, yes  # noqa: E402

L, R, F, B = "left", "right", "front", "behind"
EPS_ORDER = ("left", "right", "front", "behind")


# ---- gold helpers over a CLEVR view --------------------------------------------------------------------------
def cnt(**w):
    return lambda s: n(s.f(**w))


def ex(**w):
    return lambda s: yes(bool(s.f(**w)))


def none_(**w):
    return lambda s: yes(not s.f(**w))


def qa(attribute, **w):
    return lambda s: s.a(s.the(**w), attribute)


def vy(attribute, value, **w):
    return lambda s: yes(s.a(s.the(**w), attribute) == value)


def not_cnt(attribute, value, **w):
    return lambda s: n([i for i in s.f(**w) if s.a(i, attribute) != value])


def rel_set(s, relation, w):
    return s.rel(relation, s.the(**w))


def rel_cnt(relation, filt, **w):
    return lambda s: n([j for j in rel_set(s, relation, w) if j in s.f(**filt)])


def rel_ex(relation, filt, **w):
    return lambda s: yes(any(j in s.f(**filt) for j in rel_set(s, relation, w)))


def rel_q(relation, attribute, filt, **w):
    return lambda s: s.a(s.one([j for j in rel_set(s, relation, w) if j in s.f(**filt)]), attribute)


def a_rel_b(relation, a: dict, b: dict):
    """Some object matching a is ``relation`` of some (other) object matching b."""
    return lambda s: yes(any(x != y and x in s.rel(relation, y) for x in s.f(**a) for y in s.f(**b)))


def same_cnt(attribute, **w):
    def fn(s):
        i = s.the(**w)
        return n([j for j in s.all() if j != i and s.a(j, attribute) == s.a(i, attribute)])

    return fn


def same_ex(attribute, filt, **w):
    def fn(s):
        i = s.the(**w)
        return yes(any(j != i and s.a(j, attribute) == s.a(i, attribute) for j in s.f(**filt)))

    return fn


def same_pair(attribute, a: dict, b: dict):
    return lambda s: yes(s.a(s.the(**a), attribute) == s.a(s.the(**b), attribute))


SIZE_RANK = {"small": 0, "large": 1}


def bigger(a: dict, b: dict):
    return lambda s: yes(SIZE_RANK[s.a(s.the(**a), "size")] > SIZE_RANK[s.a(s.the(**b), "size")])


def cmp_cnt(op, a: dict, b: dict):
    def fn(s):
        x, y = len(s.f(**a)), len(s.f(**b))
        return yes({"gt": x > y, "lt": x < y, "eq": x == y}[op])

    return fn


def diff_cnt(a: dict, b: dict):
    def fn(s):
        x, y = len(s.f(**a)), len(s.f(**b))
        if x < y:
            raise NotUnique("negative")
        return str(x - y)

    return fn


def num(op, k, **w):
    def fn(s):
        c = len(s.f(**w))
        return yes({"eq": c == k, "ge": c >= k, "gt": c > k, "lt": c < k, "le": c <= k}[op])

    return fn


def union_cnt(a: dict, b: dict):
    return lambda s: n(set(s.f(**a)) | set(s.f(**b)))


def both_ex(a: dict, b: dict):
    return lambda s: yes(bool(s.f(**a)) and bool(s.f(**b)))


def either_ex(a: dict, b: dict):
    return lambda s: yes(bool(s.f(**a)) or bool(s.f(**b)))


def _dot(s, i, by):
    d = s.raw["directions"][by]
    c = s.objects[i]["3d_coords"]
    return sum(x * y for x, y in zip(d, c, strict=False))


def ordered(s, ids, by):
    """``ids`` from most ``by`` to least (by="left": leftmost first), checked against the scene's relations (an
    object counts as placed only when every earlier one is ``by`` of it and it is ``by`` of every later one)."""
    return sorted(ids, key=lambda i: -_dot(s, i, by))


def nth(s, ids, by, k):
    order = ordered(s, ids, by)
    if len(order) < k:
        raise NotUnique("too few")
    o = order[k - 1]
    before, after = order[: k - 1], order[k:]
    if not all(b in s.rel(by, o) for b in before) or not all(o in s.rel(by, a) for a in after):
        raise NotUnique("too close to call")
    return o


def ordq(by, k, attribute, **w):
    return lambda s: s.a(nth(s, s.f(**w), by, k), attribute)


def ordv(by, k, attribute, value, **w):
    return lambda s: yes(s.a(nth(s, s.f(**w), by, k), attribute) == value)


def biggest(s, ids, which="large"):
    pick = [i for i in ids if s.a(i, "size") == which]
    if len(pick) != 1:
        raise NotUnique("size")
    areas = {i: s.objects[i]["area"] for i in ids}
    best = max(areas, key=areas.get) if which == "large" else min(areas, key=areas.get)
    if best != pick[0]:
        raise NotUnique("area disagrees")
    return pick[0]


def bigq(attribute, which="large", **w):
    return lambda s: s.a(biggest(s, s.f(**w), which), attribute)


# ---- photo helpers --------------------------------------------------------------------------------------------
def one(items):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def p_people(s):
    return s.f(PEOPLE)


# ---- the questions --------------------------------------------------------------------------------------------
# (kind, scene or None, text, fn, want) ; want: None or a set of acceptable answers for scene placement
Q: list = []


def C(kind, text, fn, want=None, scene=None):
    Q.append((kind, scene, text, fn, want))


def P(kind, scene, text, fn):
    Q.append((kind, scene, text, fn, None))


def X(text, scene=None):
    """A question nsvr must refuse."""
    Q.append(("refuse", scene if scene is not None else 5, text, None, None))


Y, N = {"yes"}, {"no"}
M, RU = "metal", "rubber"

# count ---------------------------------------------------------------------------------------------------
C("count", "how many cube is there", cnt(shape="cube"))
C("count", "red cubes count", cnt(color="red", shape="cube"), want={"1", "2", "3"})
C("count", "how much balls are in the picture?", cnt(shape="sphere"))
C("count", "number cylinder", cnt(shape="cylinder"))
C("count", "how many are the yellow objects", cnt(color="yellow"))
C("count", "Please tell me how many metal things there are", cnt(material="metal"))
C("count", "count of small rubber objects??", cnt(size="small", material="rubber"))
C("count", "i want know how many big things is in the image", cnt(size="large"))
C("count", "how many green ones", cnt(color="green"))
C("count", "Hey, quick one, how many blue items do you spot here?", cnt(color="blue"))
C(
    "count",
    "So I'm trying to describe this picture to my kid and I need to know: how many purple objects are in it?",
    cnt(color="purple"),
)
C("count", "gray blocks how many", cnt(color="gray", shape="cube"))
C("count", "how many spheres has the image", cnt(shape="sphere"))
C("count", "tell the number of large cylinders", cnt(size="large", shape="cylinder"))
C("count", "total objects?", cnt())
C("count", "how many thing are there in total", cnt())
C("count", "How many tiny balls can be seen?", cnt(size="small", shape="sphere"))
C("count", "cyan thing count", cnt(color="cyan"))
C("count", "the number of brown objects, please", cnt(color="brown"))
C("count", "in the scene, how many cubes there are?", cnt(shape="cube"))
C("count", "Could you count for me all the small cylinders in the scene?", cnt(size="small", shape="cylinder"))
C("count", "how many big red object", cnt(size="large", color="red"))
C("count", "what number of spheres are metal", cnt(shape="sphere", material="metal"))
C("count", "how many of the cubes are rubber?", cnt(shape="cube", material="rubber"))
C("count", "how many objects are green in colour", cnt(color="green"))
C("count", "how many things in the image are large and blue?", cnt(size="large", color="blue"))
C("count", "yellow spheres - how many?", cnt(color="yellow", shape="sphere"))
C("count", "count every big ball", cnt(size="large", shape="sphere"))

# material words -----------------------------------------------------------------------------------------------
C("material", "how many shiny things are there", cnt(material=M))
C("material", "count the matte objects", cnt(material=RU))
C("material", "how many metallic cubes", cnt(material=M, shape="cube"))
C("material", "how many rubbery spheres are there?", cnt(material=RU, shape="sphere"))
C("material", "is there a shiny cylinder?", ex(material=M, shape="cylinder"), want=N)
C("material", "any matte balls?", ex(material=RU, shape="sphere"), want=Y)
C("material", "what is the material of the big cyan thing", qa("material", size="large", color="cyan"))
C("material", "the small red cube, is it shiny?", vy("material", M, size="small", color="red", shape="cube"))
C("material", "is the large gray cylinder matte", vy("material", RU, size="large", color="gray", shape="cylinder"))
C("material", "what's the yellow sphere made out of?", qa("material", color="yellow", shape="sphere"))
C("material", "shiny or matte, the purple cube?", qa("material", color="purple", shape="cube"))
C("material", "metallic red things count", cnt(material=M, color="red"))
C("material", "is the green ball metallic?", vy("material", M, color="green", shape="sphere"))
C("material", "How many glossy objects are there?", cnt(material=M))
C("material", "number of dull cylinders", cnt(material=RU, shape="cylinder"))
C("material", "from which material is the blue cube", qa("material", color="blue", shape="cube"))
C("material", "tell me the material of the small brown object", qa("material", size="small", color="brown"))
C("material", "is the big sphere rubber or metal", qa("material", size="large", shape="sphere"))
C("material", "Which things are shiny? I mean, how many of them?", cnt(material=M))

# exist ----------------------------------------------------------------------------------------------------------
C("exist", "there is red ball?", ex(color="red", shape="sphere"), want=Y)
C("exist", "there is a purple cylinder?", ex(color="purple", shape="cylinder"), want=N)
C("exist", "exist any green cube", ex(color="green", shape="cube"), want=Y)
C("exist", "have you some small yellow thing in the picture?", ex(size="small", color="yellow"), want=N)
C("exist", "big blue ball?", ex(size="large", color="blue", shape="sphere"), want=Y)
C("exist", "any cyan cubes", ex(color="cyan", shape="cube"), want=N)
C("exist", "is any brown object in the image", ex(color="brown"), want=Y)
C("exist", "are there some gray spheres?", ex(color="gray", shape="sphere"), want=N)
C(
    "exist",
    "I can't see very well on my screen, is there maybe a small metal cylinder somewhere?",
    ex(size="small", material=M, shape="cylinder"),
    want=Y,
)
C("exist", "do you see a large purple block", ex(size="large", color="purple", shape="cube"), want=N)
C("exist", "Do this picture has a cyan sphere?", ex(color="cyan", shape="sphere"), want=Y)
C("exist", "exists a big rubber cylinder?", ex(size="large", material=RU, shape="cylinder"), want=N)
C("exist", "yellow cube present?", ex(color="yellow", shape="cube"), want=Y)
C("exist", "is it there any red object", ex(color="red"), want=N)
C("exist", "can I see a tiny green ball in this image?", ex(size="small", color="green", shape="sphere"), want=Y)
C("exist", "Is there at least one large brown thing?", ex(size="large", color="brown"), want=N)
C("exist", "blue metal cube exists?", ex(color="blue", material=M, shape="cube"), want=Y)
C("exist", "one more: any spheres at all?", ex(shape="sphere"), want=N)

# negation -------------------------------------------------------------------------------------------------------
C("negation", "there is no green cube?", none_(color="green", shape="cube"), want=Y)
C("negation", "are there no cylinders?", none_(shape="cylinder"), want=N)
C("negation", "is there no metal sphere in the picture", none_(material=M, shape="sphere"), want=Y)
C("negation", "how many objects are not red", not_cnt("color", "red"))
C("negation", "count the things that are not cubes", not_cnt("shape", "cube"))
C("negation", "how many non-metal objects", not_cnt("material", M))
C("negation", "how many spheres that are not blue?", not_cnt("color", "blue", shape="sphere"))
C("negation", "number of objects which aren't small", not_cnt("size", "small"))
C("negation", "isn't there a yellow sphere?", none_(color="yellow", shape="sphere"), want=N)
C("negation", "is there not a big cube", none_(size="large", shape="cube"), want=Y)
C("negation", "are there no red things at all?", none_(color="red"), want=Y)
C("negation", "no small spheres in the image?", none_(size="small", shape="sphere"), want=N)
C("negation", "what number of cylinders are not rubber", not_cnt("material", RU, shape="cylinder"))
C("negation", "how many things aren't gray?", not_cnt("color", "gray"))
C(
    "negation",
    "is the blue cylinder not metal?",
    lambda s: yes(s.a(s.the(color="blue", shape="cylinder"), "material") != M),
)
C("negation", "the big sphere is not red?", lambda s: yes(s.a(s.the(size="large", shape="sphere"), "color") != "red"))
C("negation", "how many cubes aren't large", not_cnt("size", "large", shape="cube"))

# numbers --------------------------------------------------------------------------------------------------------
C("number", "are there exactly 3 spheres", num("eq", 3, shape="sphere"), want=Y)
C("number", "more than two cubes?", num("gt", 2, shape="cube"), want=N)
C("number", "at least 2 red things?", num("ge", 2, color="red"), want=Y)
C("number", "is there exactly one cylinder", num("eq", 1, shape="cylinder"), want=Y)
C("number", "are there more than 5 objects", num("gt", 5), want=Y)
C("number", "are there fewer than 4 objects in the scene", num("lt", 4), want=N)
C("number", "there are two spheres?", num("eq", 2, shape="sphere"), want=N)
C("number", "is there only one metal thing", num("eq", 1, material=M), want=Y)
C("number", "are there at least three rubber objects", num("ge", 3, material=RU), want=N)
C("number", "do we have 2 or more cylinders?", num("ge", 2, shape="cylinder"), want=Y)
C("number", "are there less than 3 cubes?", num("lt", 3, shape="cube"), want=Y)
C("number", "are there exactly four things", num("eq", 4), want=N)
C("number", "at most two spheres?", num("le", 2, shape="sphere"), want=N)
C("number", "is the number of blue objects equal to 2", num("eq", 2, color="blue"), want=Y)
C("number", "does the image contain more than one large cube?", num("gt", 1, size="large", shape="cube"), want=Y)

# query ----------------------------------------------------------------------------------------------------------
C("query", "what colour have the big cylinder", qa("color", size="large", shape="cylinder"))
C("query", "big metal thing color?", qa("color", size="large", material=M))
C("query", "which shape has the purple object?", qa("shape", color="purple"))
C("query", "the small cube, what colour it is?", qa("color", size="small", shape="cube"))
C("query", "shape of the red rubber thing", qa("shape", color="red", material=RU))
C("query", "size of the green sphere?", qa("size", color="green", shape="sphere"))
C("query", "What size has the yellow cylinder?", qa("size", color="yellow", shape="cylinder"))
C("query", "please say me the color of the metal cube", qa("color", material=M, shape="cube"))
C("query", "the brown object is which shape", qa("shape", color="brown"))
C(
    "query",
    "My friend says the tiny rubber ball is a weird colour, what colour is it actually?",
    qa("color", size="small", material=RU, shape="sphere"),
)
C("query", "cyan thing shape", qa("shape", color="cyan"))
C("query", "what kind of shape is the big gray object", qa("shape", size="large", color="gray"))
C("query", "how big is the blue sphere", qa("size", color="blue", shape="sphere"))
C("query", "whats the colour of the large rubber cube", qa("color", size="large", material=RU, shape="cube"))
C("query", "what is the shape of the little yellow thing?", qa("shape", size="small", color="yellow"))
C("query", "color of the shiny cylinder", qa("color", material=M, shape="cylinder"))
C("query", "which colour is the matte sphere?", qa("color", material=RU, shape="sphere"))
C("query", "the gray cube: big or small?", qa("size", color="gray", shape="cube"))
C("query", "what form has the red object", qa("shape", color="red"))
C("query", "which size is the purple cylinder", qa("size", color="purple", shape="cylinder"))


# choice (which, two options) -----------------------------------------------------------------------------------
def ch(attribute, options, **w):
    return lambda s: s.a(s.the(**w), attribute)


C("choice", "is the large ball red or blue?", ch("color", None, size="large", shape="sphere"), want={"red", "blue"})
C(
    "choice",
    "which colour has the small cylinder, green or brown",
    ch("color", None, size="small", shape="cylinder"),
    want={"green", "brown"},
)
C("choice", "the purple thing is a cube or a sphere?", ch("shape", None, color="purple"), want={"cube", "sphere"})
C("choice", "is the cyan object metal or rubber?", ch("material", None, color="cyan"))
C(
    "choice",
    "which is the shape of the gray metal object: cylinder or cube?",
    ch("shape", None, color="gray", material=M),
    want={"cylinder", "cube"},
)
C("choice", "yellow object: sphere or cylinder?", ch("shape", None, color="yellow"), want={"sphere", "cylinder"})
C("choice", "the brown cube is small or large", ch("size", None, color="brown", shape="cube"))
C("choice", "Is the big cube made of metal or of rubber?", ch("material", None, size="large", shape="cube"))
C(
    "choice",
    "which color is the tiny sphere, gray or yellow?",
    ch("color", None, size="small", shape="sphere"),
    want={"gray", "yellow"},
)
C("choice", "is the rubber cylinder large or small?", ch("size", None, material=RU, shape="cylinder"))
C(
    "choice",
    "the metal sphere — is it purple or green?",
    ch("color", None, material=M, shape="sphere"),
    want={"purple", "green"},
)
C(
    "choice",
    "which one is the red thing, a cylinder or a cube",
    ch("shape", None, color="red"),
    want={"cylinder", "cube"},
)

# verify ----------------------------------------------------------------------------------------------------------
C("verify", "the big cylinder is blue?", vy("color", "blue", size="large", shape="cylinder"), want=N)
C("verify", "is the small sphere made of metal", vy("material", M, size="small", shape="sphere"), want=Y)
C("verify", "yellow cube is big?", vy("size", "large", color="yellow", shape="cube"), want=N)
C("verify", "is the purple object a ball?", vy("shape", "sphere", color="purple"), want=Y)
C("verify", "the green thing, it is a cylinder?", vy("shape", "cylinder", color="green"), want=N)
C("verify", "Would you say the gray ball is large?", vy("size", "large", color="gray", shape="sphere"), want=Y)
C("verify", "is the metal cube red colored", vy("color", "red", material=M, shape="cube"), want=N)
C("verify", "cyan sphere small?", vy("size", "small", color="cyan", shape="sphere"), want=Y)

# relation --------------------------------------------------------------------------------------------------------
C("relation", "is a red shape left of a sphere?", a_rel_b(L, {"color": "red"}, {"shape": "sphere"}), want=Y)
C("relation", "is a cube behind a cylinder?", a_rel_b(B, {"shape": "cube"}, {"shape": "cylinder"}), want=N)
C("relation", "is there a sphere in front of a cube", a_rel_b(F, {"shape": "sphere"}, {"shape": "cube"}), want=Y)
C("relation", "is any metal thing right of a rubber thing?", a_rel_b(R, {"material": M}, {"material": RU}), want=N)
C("relation", "how many objects are left of the red cube", rel_cnt(L, {}, color="red", shape="cube"))
C("relation", "how many thing is behind the big sphere", rel_cnt(B, {}, size="large", shape="sphere"))
C(
    "relation",
    "what colour is the cube right of the yellow sphere",
    rel_q(R, "color", {"shape": "cube"}, color="yellow", shape="sphere"),
)
C(
    "relation",
    "count spheres in front of the gray cylinder",
    rel_cnt(F, {"shape": "sphere"}, color="gray", shape="cylinder"),
)
C("relation", "objects to the right of the small cube: how many", rel_cnt(R, {}, size="small", shape="cube"))
C("relation", "is there something metal behind the blue cube?", rel_ex(B, {"material": M}, color="blue", shape="cube"))
C(
    "relation",
    "the metal thing left of the purple cylinder, what shape",
    rel_q(L, "shape", {"material": M}, color="purple", shape="cylinder"),
)
C(
    "relation",
    "what is the material of the sphere behind the red cylinder",
    rel_q(B, "material", {"shape": "sphere"}, color="red", shape="cylinder"),
)
C(
    "relation",
    "how many cylinders are closer to the camera than the green cube",
    rel_cnt(F, {"shape": "cylinder"}, color="green", shape="cube"),
)
C(
    "relation",
    "how many cubes are further away than the small sphere",
    rel_cnt(B, {"shape": "cube"}, size="small", shape="sphere"),
)
C("relation", "on the left side of the brown thing, are there any cubes?", rel_ex(L, {"shape": "cube"}, color="brown"))
C("relation", "is a small object in front of a large object?", a_rel_b(F, {"size": "small"}, {"size": "large"}), want=Y)
C("relation", "is a blue thing to the left of a yellow thing", a_rel_b(L, {"color": "blue"}, {"color": "yellow"}))
C(
    "relation",
    "there is a cylinder behind the metal sphere?",
    rel_ex(B, {"shape": "cylinder"}, material=M, shape="sphere"),
)
C(
    "relation",
    "In front of the large cylinder, how many rubber things are there?",
    rel_cnt(F, {"material": RU}, size="large", shape="cylinder"),
)
C("relation", "what size is the object right of the cyan cube", rel_q(R, "size", {}, color="cyan", shape="cube"))
C(
    "relation",
    "how many big things are on the right of the yellow cube",
    rel_cnt(R, {"size": "large"}, color="yellow", shape="cube"),
)
C(
    "relation",
    "What's behind the small blue thing? how many objects, I mean",
    rel_cnt(B, {}, size="small", color="blue"),
)
C(
    "relation",
    "is a metal cube in front of a rubber sphere",
    a_rel_b(F, {"material": M, "shape": "cube"}, {"material": RU, "shape": "sphere"}),
)
C(
    "relation",
    "the sphere that is left of the green cylinder has what colour",
    rel_q(L, "color", {"shape": "sphere"}, color="green", shape="cylinder"),
)

# same attribute --------------------------------------------------------------------------------------------------
C(
    "same",
    "how many other things have the same colour as the red sphere",
    same_cnt("color", color="red", shape="sphere"),
)
C("same", "how many objects are the same size like the purple cube", same_cnt("size", color="purple", shape="cube"))
C(
    "same",
    "anything else with the same material as the big yellow object?",
    same_ex("material", {}, size="large", color="yellow"),
)
C(
    "same",
    "quick question - is there a sphere with the same colour as the gray cube? thanks",
    same_ex("color", {"shape": "sphere"}, color="gray", shape="cube"),
)
C(
    "same",
    "count objects made of the same material as the small green cylinder",
    same_cnt("material", size="small", color="green", shape="cylinder"),
)
C("same", "how many other objects share the shape of the cyan thing", same_cnt("shape", color="cyan"))

# compare attributes between two objects ----------------------------------------------------------------------------
C(
    "compare_attr",
    "are the big cylinder and the small sphere same color?",
    same_pair("color", {"size": "large", "shape": "cylinder"}, {"size": "small", "shape": "sphere"}),
)
C(
    "compare_attr",
    "does the red cube have the same size as the blue cylinder",
    same_pair("size", {"color": "red", "shape": "cube"}, {"color": "blue", "shape": "cylinder"}),
)
C(
    "compare_attr",
    "is the yellow ball made of the same stuff as the green cube",
    same_pair("material", {"color": "yellow", "shape": "sphere"}, {"color": "green", "shape": "cube"}),
)
C(
    "compare_attr",
    "gray cube and purple cylinder, same material?",
    same_pair("material", {"color": "gray", "shape": "cube"}, {"color": "purple", "shape": "cylinder"}),
)
C("compare_attr", "is the cube bigger than the sphere?", bigger({"shape": "cube"}, {"shape": "sphere"}))
C(
    "compare_attr",
    "is the metal cylinder smaller than the rubber cube",
    bigger({"material": RU, "shape": "cube"}, {"material": M, "shape": "cylinder"}),
)
C(
    "compare_attr",
    "do the brown object and the cyan object have the same shape?",
    same_pair("shape", {"color": "brown"}, {"color": "cyan"}),
)
C(
    "compare_attr",
    "the small cube has the same color like the large cylinder?",
    same_pair("color", {"size": "small", "shape": "cube"}, {"size": "large", "shape": "cylinder"}),
)
C(
    "compare_attr",
    "Is the red sphere as big as the gray cylinder?",
    same_pair("size", {"color": "red", "shape": "sphere"}, {"color": "gray", "shape": "cylinder"}),
)
C(
    "compare_attr",
    "are the shiny cube and the matte sphere the same colour",
    same_pair("color", {"material": M, "shape": "cube"}, {"material": RU, "shape": "sphere"}),
)
C(
    "compare_attr",
    "does the blue cylinder match the yellow cube in size?",
    same_pair("size", {"color": "blue", "shape": "cylinder"}, {"color": "yellow", "shape": "cube"}),
)
C(
    "compare_attr",
    "is the purple sphere larger than the green cylinder",
    bigger({"color": "purple", "shape": "sphere"}, {"color": "green", "shape": "cylinder"}),
)

# compare counts ------------------------------------------------------------------------------------------------------
C("compare_count", "more cubes than spheres?", cmp_cnt("gt", {"shape": "cube"}, {"shape": "sphere"}))
C("compare_count", "are there less cylinders than cubes", cmp_cnt("lt", {"shape": "cylinder"}, {"shape": "cube"}))
C(
    "compare_count",
    "is the number of red things bigger than the number of blue things?",
    cmp_cnt("gt", {"color": "red"}, {"color": "blue"}),
)
C("compare_count", "same amount of metal and rubber objects?", cmp_cnt("eq", {"material": M}, {"material": RU}))
C("compare_count", "there are as many big things as small things?", cmp_cnt("eq", {"size": "large"}, {"size": "small"}))
C("compare_count", "are there fewer shiny things than matte things", cmp_cnt("lt", {"material": M}, {"material": RU}))
C("compare_count", "do spheres outnumber cylinders here", cmp_cnt("gt", {"shape": "sphere"}, {"shape": "cylinder"}))
C("compare_count", "how many more cubes than cylinders are there?", diff_cnt({"shape": "cube"}, {"shape": "cylinder"}))
C(
    "compare_count",
    "the count of gray objects is same as count of yellow objects?",
    cmp_cnt("eq", {"color": "gray"}, {"color": "yellow"}),
)
C(
    "compare_count",
    "Ok this might be a silly question but are there more small things than large things in this picture?",
    cmp_cnt("gt", {"size": "small"}, {"size": "large"}),
)
C("compare_count", "how many more rubber objects than metal objects", diff_cnt({"material": RU}, {"material": M}))
C("compare_count", "are large objects more than small objects", cmp_cnt("gt", {"size": "large"}, {"size": "small"}))
C(
    "compare_count",
    "is the count of spheres smaller than the count of cubes?",
    cmp_cnt("lt", {"shape": "sphere"}, {"shape": "cube"}),
)

# logic ----------------------------------------------------------------------------------------------------------------
C("logic", "how many things are red or blue", union_cnt({"color": "red"}, {"color": "blue"}))
C("logic", "count objects that are either spheres or cylinders", union_cnt({"shape": "sphere"}, {"shape": "cylinder"}))
C("logic", "is there a cube and a sphere?", both_ex({"shape": "cube"}, {"shape": "sphere"}))
C(
    "logic",
    "is there a red cube or a green sphere",
    either_ex({"color": "red", "shape": "cube"}, {"color": "green", "shape": "sphere"}),
)
C(
    "logic",
    "are there both metal cylinders and rubber cubes?",
    both_ex({"material": M, "shape": "cylinder"}, {"material": RU, "shape": "cube"}),
)
C(
    "logic",
    "how many big cubes or small spheres are there",
    union_cnt({"size": "large", "shape": "cube"}, {"size": "small", "shape": "sphere"}),
)
C("logic", "number of things that are yellow or purple?", union_cnt({"color": "yellow"}, {"color": "purple"}))
C(
    "logic",
    "is there either a gray ball or a brown ball",
    either_ex({"color": "gray", "shape": "sphere"}, {"color": "brown", "shape": "sphere"}),
)
C("logic", "cubes and cylinders, how many together?", union_cnt({"shape": "cube"}, {"shape": "cylinder"}))
C("logic", "are there blue things and also green things", both_ex({"color": "blue"}, {"color": "green"}))

# ordinals / superlatives (CLEVR) ----------------------------------------------------------------------------------
C("ordinal", "the second cube from the left, what colour?", ordq(L, 2, "color", shape="cube"))
C("ordinal", "what is the color of the leftmost sphere", ordq(L, 1, "color", shape="sphere"))
C("ordinal", "shape of the rightmost object", ordq(R, 1, "shape"))
C("ordinal", "what material is the leftmost object?", ordq(L, 1, "material"))
C("ordinal", "the closest object to the camera has which colour", ordq(F, 1, "color"))
C("ordinal", "what shape is the object farthest from the camera", ordq(B, 1, "shape"))
C("ordinal", "second sphere from the right: color?", ordq(R, 2, "color", shape="sphere"))
C("ordinal", "is the leftmost cylinder metal?", ordv(L, 1, "material", M, shape="cylinder"))
C("ordinal", "what size is the rightmost cube", ordq(R, 1, "size", shape="cube"))
C("ordinal", "the frontmost sphere, what material it has?", ordq(F, 1, "material", shape="sphere"))
C("ordinal", "color of the third object from the left", ordq(L, 3, "color"))
C("ordinal", "what is the shape of the most right red thing", ordq(R, 1, "shape", color="red"))
C("ordinal", "the backmost cube is which color", ordq(B, 1, "color", shape="cube"))
C("ordinal", "what colour is the nearest cylinder", ordq(F, 1, "color", shape="cylinder"))
C("ordinal", "first object on the left: what is it made of?", ordq(L, 1, "material"))
C("superlative", "what color is the biggest sphere", bigq("color", shape="sphere"))
C("superlative", "the largest cylinder is made of what", bigq("material", shape="cylinder"))
C("superlative", "which shape has the smallest metal object", bigq("shape", which="small", material=M))
C("superlative", "colour of the biggest cube?", bigq("color", shape="cube"))
C("superlative", "what is the smallest red thing's shape", bigq("shape", which="small", color="red"))

# photos -----------------------------------------------------------------------------------------------------------
P("photo", "street", "how many person are in the street", lambda s: n(p_people(s)))
P("photo", "street", "what is the man on the left wearing?", lambda s: s.name(one(s.objects_of("man1", "wearing"))))
P("photo", "street", "what colour has the tie of the man on the right", lambda s: s.value("tie2", "color"))
P("photo", "street", "the sign says what?", lambda s: s.value("sign", "text"))
P("photo", "street", "is the woman holding a dog?", lambda s: yes(s.has("woman1", "holding", "dog")))
P("photo", "street", "who is holding the dog", lambda s: s.name(one(s.subjects("holding", "dog"))))
P("photo", "street", "leftmost person colour", lambda s: s.value(s.by_x(p_people(s))[0], "color"))
P("photo", "street", "is there a car on the left of the bus", lambda s: yes(s.has("car", "left", "bus")))
P("photo", "street", "bus color?", lambda s: s.value("bus", "color"))
P("photo", "street", "how many men", lambda s: n(s.f("man")))
P("photo", "street", "is there any tree behind the bus", lambda s: yes(s.has("tree", "behind", "bus")))
P("photo", "street", "does the bus say cero emisiones", lambda s: yes("CERO EMISIONES" in s.value("bus", "text")))
P("photo", "street", "how is the weather", lambda s: s.raw["facts"]["weather"])
P("photo", "street", "what animal is near the woman", lambda s: s.name(one(s.subjects("near", "woman1"))))
P("photo", "street", "are there two ties?", lambda s: yes(len(s.f("tie")) == 2))
P("photo", "street", "the second person from the left is a man or a woman?", lambda s: s.name(s.by_x(p_people(s))[1]))
P("photo", "street", "is the dog small", lambda s: yes(s.value("dog", "size") == "small"))
P("photo", "street", "what colour is the car", lambda s: s.value("car", "color"))
P("photo", "street", "is the tree green or brown?", lambda s: s.value("tree", "color"))
P("photo", "kitchen", "how many cups on the table", lambda s: n([c for c in s.f("cup") if s.has(c, "on", "table")]))
P("photo", "kitchen", "what colour is the cup in the middle", lambda s: s.value(s.by_x(s.f("cup"))[1], "color"))
P("photo", "kitchen", "the second cup from the left, which colour", lambda s: s.value(s.by_x(s.f("cup"))[1], "color"))
P("photo", "kitchen", "what is written on the bottle?", lambda s: s.value("bottle", "text"))
P("photo", "kitchen", "table is made of what material", lambda s: s.value("table", "material"))
P("photo", "kitchen", "is it indoors?", lambda s: yes(s.raw["facts"]["location"] == "indoors"))
P("photo", "kitchen", "rightmost cup color", lambda s: s.value(s.by_x(s.f("cup"))[-1], "color"))
P("photo", "kitchen", "is there a fork near the plate", lambda s: yes(s.has("fork", "near", "plate")))
P("photo", "kitchen", "what is above the table", lambda s: s.name(one(s.subjects("above", "table"))))
P("photo", "kitchen", "is the woman to the right of the table?", lambda s: yes(s.has("woman", "right", "table")))
P("photo", "kitchen", "what colour the plate has", lambda s: s.value("plate", "color"))
P(
    "photo",
    "kitchen",
    "how many cups are there which are not white",
    lambda s: n([c for c in s.f("cup") if s.value(c, "color") != "white"]),
)
P("photo", "kitchen", "is the fork metal", lambda s: yes(s.value("fork", "material") == "metal"))
P("photo", "park", "how many dogs in the park?", lambda s: n(s.f("dog")))
P("photo", "park", "what the boy is throwing?", lambda s: s.name(one(s.objects_of("boy", "throwing"))))
P("photo", "park", "how many women are there", lambda s: n(s.f("woman")))
P("photo", "park", "the girl, what color is she wearing", lambda s: s.value("girl", "color"))
P("photo", "park", "what's the weather like", lambda s: s.raw["facts"]["weather"])
P("photo", "park", "is there a bicycle next to the bench", lambda s: yes(s.has("bike", "near", "bench")))
P("photo", "park", "what colour is the leftmost dog", lambda s: s.value(s.by_x(s.f("dog"))[0], "color"))
P("photo", "park", "is the woman on the left holding something?", lambda s: yes(bool(s.objects_of("w1", "holding"))))
P("photo", "park", "the bench is green?", lambda s: yes(s.value("bench", "color") == "green"))
P("photo", "park", "how many kids are there", lambda s: n(s.f({"boy", "girl"})))
P("photo", "park", "what colour is the bike", lambda s: s.value("bike", "color"))
P("photo", "park", "who is near the black dog?", lambda s: s.name(one(s.subjects("near", "dog1"))))
P("photo", "park", "are there more people than dogs", lambda s: yes(len(p_people(s)) > len(s.f("dog"))))
P("photo", "park", "is the frisbee yellow or red", lambda s: s.value("frisbee", "color"))
P("photo", "park", "number of trees?", lambda s: n(s.f("tree")))
P("photo", "shapes", "how many blue shapes are there", lambda s: n(s.f(None, color="blue")))
P("photo", "shapes", "what shape is the yellow one", lambda s: s.value(s.the(None, color="yellow"), "shape"))
P("photo", "shapes", "is the star red", lambda s: yes(s.value("s5", "color") == "red"))
P("photo", "shapes", "how many circles", lambda s: n(s.f("circle")))
# written as a refusal; since round 33 nsvr reads a figure's sides from its shape, and a hexagon has six
P("photo", "shapes", "how many sides does the hexagon have", lambda s: "6")
P(
    "photo",
    "shapes",
    "which shape is the small red one?",
    lambda s: s.value(s.the(None, color="red", size="small"), "shape"),
)
P("photo", "shapes", "is there a green triangle", lambda s: yes(bool(s.f("triangle", color="green"))))
P("photo", "shapes", "big shapes, how many?", lambda s: n(s.f(None, size="large")))
P("photo", "shapes", "the hexagon has which colour", lambda s: s.value("s6", "color"))
P("photo", "shapes", "is there no square", lambda s: yes(not s.f("square")))
P("photo", "shapes", "what colour is the leftmost circle", lambda s: s.value(s.by_x(s.f("circle"))[0], "color"))
P(
    "photo",
    "shapes",
    "are there more blue shapes than red shapes?",
    lambda s: yes(len(s.f(None, color="blue")) > len(s.f(None, color="red"))),
)
P("photo", "shapes", "is the square small or big", lambda s: s.value("s2", "size"))

# refuse -----------------------------------------------------------------------------------------------------------
X("is the cube transparent?", 1)
X("how heavy is the big sphere?", 0)
X("why is the cylinder there", 2)
X("who put the objects on the table", 3)
X("what is the cube's price", 1)
X("how many unicorns are in the picture", 4)
X("is the sphere rolling", 0)
X("can the cube float in water?", 1)
X("what will happen if the ball falls", 0)
X("how old is the man on the left", "street")
X("what is the woman thinking about", "street")
X("is the dog happy?", "street")
X("what is the name of the dog", "park")
X("how fast goes the bus", "street")
X("what brand is the car?", "street")
X("what time of day is it, morning or evening?", "park")
X("is the photo blurry", "kitchen")
X("describe the image for me", 6)
X("translate cube into french", 7)
X("how many pixels wide is the red sphere", 8)
X("is the cylinder hollow inside?", 9)
X("which object is the most expensive", 10)
X("how many dinosaurs sit on the cube", 11)
X("what is the temperature of the metal ball", 12)
X("what is the smell of the rubber cube", 13)
X("is the big cube heavier than the small one", 14)
X("how many wheels has the car?", "street")
X("who is the woman married to", "street")
X("is the fork clean", "kitchen")
X("what is the boy's name", "park")
X("where was this picture taken, which city?", "street")
X("what is inside the bottle?", "kitchen")
X("is the triangle pointing up", "shapes")
X("how many spaceships are behind the cylinder", 15)
X("are the spheres made from glass", 16)


# ---- placement ---------------------------------------------------------------------------------------------------
def place(questions):
    clevr, _photo = load_scenes()
    names = sorted(clevr)
    out, missing = [], []
    for index, (kind, scene, text, fn, want) in enumerate(questions):
        if scene is not None or fn is None:
            out.append((kind, scene, text, fn))
            continue
        start = (index * 7) % len(names)
        chosen = None
        for k in range(len(names)):
            name = names[(start + k) % len(names)]
            try:
                answer = fn(Clevr(clevr[name]))
            except (NotUnique, KeyError):
                continue
            if want is None or answer in want:
                chosen = int(name.split("_")[-1].split(".")[0])
                break
        if chosen is None:
            missing.append(text)
            continue
        out.append((kind, chosen, text, fn))
    if missing:
        raise SystemExit("no scene for: " + " | ".join(missing))
    return out


if __name__ == "__main__":
    build(place(Q), Path(__file__).resolve().parents[1] / "blind4.jsonl")
