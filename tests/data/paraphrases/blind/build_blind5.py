"""A fifth blind paraphrase set (tests/data/paraphrases/blind5.jsonl), written after the fixes the fourth set led
to, in the same mix of voices (learners, terse, chatty, numbers, ordinals, refusals) but new sentences, as a check
that those fixes generalise. Gold answers from plain python (blind_gold.py, helpers of build_blind4.py).

    python tests/data/paraphrases/blind/build_blind5.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_blind4 as b4  # noqa: E402
from blind_gold import PEOPLE, build, n, yes  # noqa: E402
from build_blind4 import (  # noqa: E402
    RU,
    B,
    F,
    L,
    M,
    N,
    R,
    Y,
    a_rel_b,
    bigger,
    bigq,
    cmp_cnt,
    cnt,
    diff_cnt,
    either_ex,
    ex,
    none_,
    not_cnt,
    num,
    one,
    ordq,
    qa,
    rel_cnt,
    rel_ex,
    rel_q,
    same_cnt,
    same_pair,
    union_cnt,
    vy,
)

b4.Q.clear()
C, P, X = b4.C, b4.P, b4.X

# count
C("count", "how many sphere there is in the image?", cnt(shape="sphere"))
C("count", "tell me number of gray things", cnt(color="gray"))
C("count", "blue objects how many?", cnt(color="blue"))
C("count", "Alright, so, how many large metal things do you think there are?", cnt(size="large", material=M))
C("count", "count: small cubes", cnt(size="small", shape="cube"))
C("count", "how many purple ones can I see", cnt(color="purple"))
C("count", "amount of cylinders?", cnt(shape="cylinder"))
C("count", "how many things has this picture", cnt())
C("count", "big spheres number", cnt(size="large", shape="sphere"))
C("count", "how many of the objects are brown or cyan", union_cnt({"color": "brown"}, {"color": "cyan"}))
# materials
C("material", "how many shiny balls", cnt(material=M, shape="sphere"))
C("material", "matte cubes, how many are there?", cnt(material=RU, shape="cube"))
C("material", "is the brown thing shiny or not", vy("material", M, color="brown"), want=N)
C("material", "what's the big cube made from, metal or rubber", qa("material", size="large", shape="cube"))
C("material", "the gray sphere is metallic?", vy("material", M, color="gray", shape="sphere"))
C("material", "rubbery cylinders count", cnt(material=RU, shape="cylinder"))
C("material", "any glossy cubes?", ex(material=M, shape="cube"), want=Y)
# exist / negation
C("exist", "there is any purple sphere?", ex(color="purple", shape="sphere"), want=N)
C("exist", "do you have a big green thing in this picture?", ex(size="large", color="green"), want=Y)
C("exist", "small cyan object?", ex(size="small", color="cyan"), want=N)
C("exist", "is existing some metal cylinder", ex(material=M, shape="cylinder"), want=Y)
C("exist", "can one find a yellow block here", ex(color="yellow", shape="cube"), want=N)
C("exist", "Honestly I'm not sure, but is there a red cylinder?", ex(color="red", shape="cylinder"), want=Y)
C("negation", "there are no brown cubes?", none_(color="brown", shape="cube"), want=Y)
C("negation", "how many objects are not spheres?", not_cnt("shape", "sphere"))
C("negation", "isn't there any green sphere", none_(color="green", shape="sphere"), want=N)
C("negation", "count things that are not metal", not_cnt("material", M))
C("negation", "no large cylinders in the scene?", none_(size="large", shape="cylinder"), want=Y)
C("negation", "how many of the cubes aren't gray", not_cnt("color", "gray", shape="cube"))
# numbers
C("number", "are there three cubes?", num("eq", 3, shape="cube"), want=Y)
C("number", "at least one red thing?", ex(color="red"), want=Y)
C("number", "is there more than one sphere", num("gt", 1, shape="sphere"), want=N)
C("number", "exactly two cylinders?", num("eq", 2, shape="cylinder"), want=Y)
C("number", "fewer than 6 things in the scene?", num("lt", 6), want=N)
# query / choice / verify
C("query", "what color the large sphere has?", qa("color", size="large", shape="sphere"))
C("query", "tell me what shape has the cyan object", qa("shape", color="cyan"))
C("query", "yellow thing - what shape?", qa("shape", color="yellow"))
C("query", "the purple cube, which size it has?", qa("size", color="purple", shape="cube"))
C("query", "small metal thing colour", qa("color", size="small", material=M))
C("query", "what is the size of the brown cylinder", qa("size", color="brown", shape="cylinder"))
C("query", "which color does the rubber cube have", qa("color", material=RU, shape="cube"))
C("query", "Sorry to bother you, what colour is the shiny sphere?", qa("color", material=M, shape="sphere"))
C("choice", "the big cylinder: red or gray?", qa("color", size="large", shape="cylinder"), want={"red", "gray"})
C("choice", "is the small sphere metal or rubber", qa("material", size="small", shape="sphere"))
C(
    "choice",
    "cube or cylinder, the green metal thing?",
    qa("shape", color="green", material=M),
    want={"cube", "cylinder"},
)
C("choice", "which size is the blue cube: big or small?", qa("size", color="blue", shape="cube"))
C("verify", "is the cyan cylinder big", vy("size", "large", color="cyan", shape="cylinder"), want=Y)
C("verify", "red cube metal?", vy("material", M, color="red", shape="cube"), want=N)
C("verify", "the purple ball, is it small?", vy("size", "small", color="purple", shape="sphere"), want=Y)
C("verify", "the yellow cylinder is rubber, right?", vy("material", RU, color="yellow", shape="cylinder"), want=N)
# relations / same / compare
C("relation", "is a green thing behind a cube?", a_rel_b(B, {"color": "green"}, {"shape": "cube"}), want=Y)
C("relation", "is a ball on the left of a cylinder", a_rel_b(L, {"shape": "sphere"}, {"shape": "cylinder"}), want=N)
C("relation", "how many things are in front of the purple sphere", rel_cnt(F, {}, color="purple", shape="sphere"))
C(
    "relation",
    "what colour has the cylinder behind the small cube",
    rel_q(B, "color", {"shape": "cylinder"}, size="small", shape="cube"),
)
C("relation", "any spheres right of the gray cube?", rel_ex(R, {"shape": "sphere"}, color="gray", shape="cube"))
C(
    "relation",
    "left of the brown sphere, how many metal things",
    rel_cnt(L, {"material": M}, color="brown", shape="sphere"),
)
C(
    "relation",
    "number of cubes closer to the camera than the red sphere",
    rel_cnt(F, {"shape": "cube"}, color="red", shape="sphere"),
)
C("same", "how many things have same material like the cyan cube", same_cnt("material", color="cyan", shape="cube"))
C(
    "same",
    "how many other objects are the same colour as the large cylinder",
    same_cnt("color", size="large", shape="cylinder"),
)
C(
    "compare_attr",
    "the gray cube and the yellow sphere, same size?",
    same_pair("size", {"color": "gray", "shape": "cube"}, {"color": "yellow", "shape": "sphere"}),
)
C(
    "compare_attr",
    "is the yellow cube bigger than the green sphere",
    bigger({"color": "yellow", "shape": "cube"}, {"color": "green", "shape": "sphere"}),
)
C(
    "compare_attr",
    "have the gray cylinder and the brown cube the same colour?",
    same_pair("color", {"color": "gray", "shape": "cylinder"}, {"color": "brown", "shape": "cube"}),
)
C(
    "compare_attr",
    "does the metal sphere have same shape as the rubber sphere?",
    same_pair("shape", {"material": M, "shape": "sphere"}, {"material": RU, "shape": "sphere"}),
)
C("compare_count", "fewer spheres than cubes?", cmp_cnt("lt", {"shape": "sphere"}, {"shape": "cube"}))
C("compare_count", "are cylinders more than spheres", cmp_cnt("gt", {"shape": "cylinder"}, {"shape": "sphere"}))
C("compare_count", "same number of red and green things?", cmp_cnt("eq", {"color": "red"}, {"color": "green"}))
C("compare_count", "how many more small objects than big objects", diff_cnt({"size": "small"}, {"size": "large"}))
C(
    "compare_count",
    "is the number of cubes greater than the number of cylinders",
    cmp_cnt("gt", {"shape": "cube"}, {"shape": "cylinder"}),
)
C("logic", "how many cubes or spheres", union_cnt({"shape": "cube"}, {"shape": "sphere"}))
C(
    "logic",
    "is there a blue cylinder or a yellow cube",
    either_ex({"color": "blue", "shape": "cylinder"}, {"color": "yellow", "shape": "cube"}),
)
# ordinals / superlatives
C("ordinal", "leftmost cube color?", ordq(L, 1, "color", shape="cube"))
C("ordinal", "the object nearest to the camera, what shape is it", ordq(F, 1, "shape"))
C("ordinal", "what is the material of the second object from the right", ordq(R, 2, "material"))
C("ordinal", "rightmost sphere: big or small?", ordq(R, 1, "size", shape="sphere"))
C("ordinal", "the furthest cylinder from the camera has which colour?", ordq(B, 1, "color", shape="cylinder"))
C("ordinal", "what colour is the first cube on the left", ordq(L, 1, "color", shape="cube"))
C("superlative", "the biggest cylinder, what colour is it?", bigq("color", shape="cylinder"))
C("superlative", "what material is the smallest sphere", bigq("material", which="small", shape="sphere"))
# photos
P("photo", "street", "how many dog is there", lambda s: n(s.f("dog")))
P("photo", "street", "the bus, what does it say?", lambda s: s.value("bus", "text"))
P("photo", "street", "man on the right tie colour", lambda s: s.value("tie2", "color"))
P("photo", "street", "is the dog near the woman", lambda s: yes(s.has("dog", "near", "woman1")))
P("photo", "street", "tree colour?", lambda s: s.value("tree", "color"))
P("photo", "street", "what the woman is holding", lambda s: s.name(one(s.objects_of("woman1", "holding"))))
P("photo", "street", "is it outdoors", lambda s: yes(s.raw["facts"]["location"] == "outdoors"))
P("photo", "kitchen", "cups on the table: how many?", lambda s: n([c for c in s.f("cup") if s.has(c, "on", "table")]))
P("photo", "kitchen", "the leftmost cup, which colour it has", lambda s: s.value(s.by_x(s.f("cup"))[0], "color"))
P("photo", "kitchen", "what is written on the clock", lambda s: s.value("clock", "text"))
P("photo", "kitchen", "is the bottle green", lambda s: yes(s.value("bottle", "color") == "green"))
P("photo", "kitchen", "the table, what is it made of?", lambda s: s.value("table", "material"))
P("photo", "kitchen", "is this indoors or outdoors", lambda s: s.raw["facts"]["location"])
P("photo", "park", "how many persons are in the park", lambda s: n(s.f(PEOPLE)))
P("photo", "park", "what the boy throws?", lambda s: s.name(one(s.objects_of("boy", "throwing"))))
P("photo", "park", "bench colour", lambda s: s.value("bench", "color"))
P("photo", "park", "is there a girl near a dog", lambda s: yes(any(s.has("girl", "near", d) for d in s.f("dog"))))
P("photo", "park", "rightmost dog, what colour?", lambda s: s.value(s.by_x(s.f("dog"))[-1], "color"))
P("photo", "park", "the weather, how is it?", lambda s: s.raw["facts"]["weather"])
P("photo", "shapes", "how many red shapes", lambda s: n(s.f(None, color="red")))
P("photo", "shapes", "is the triangle big?", lambda s: yes(s.value("s3", "size") == "large"))
P("photo", "shapes", "yellow shape: what is it?", lambda s: s.name("s4"))
P("photo", "shapes", "are there more circles than stars", lambda s: yes(len(s.f("circle")) > len(s.f("star"))))
# refuse
X("how much does the big cube weigh?", 2)
X("is the sphere made of chocolate", 3)
X("who is the owner of the bus", "street")
X("what is the dog's name", "street")
X("why is the woman holding the dog?", "street")
X("how tall is the man in meters", "street")
X("is the cup full of coffee", "kitchen")
X("what song is the girl singing", "park")
X("are the cubes dancing", 4)
X("how many corners has the star", "shapes")
X("what year was the picture taken", "park")
X("is the plate expensive", "kitchen")

if __name__ == "__main__":
    build(b4.place(b4.Q), Path(__file__).resolve().parents[1] / "blind5.jsonl")
