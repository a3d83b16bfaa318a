"""A sixth blind paraphrase set (tests/data/paraphrases/blind6.jsonl), in voices the first five did not use:
casual typing with typos and sloppiness ("whats", "dont", doubled words, "cylindar", "shpere", "colur", no
capitals or punctuation), a teacher asking a child about the picture, everyday questions about the photo-like
graphs, yes/no questions ending in "or not" / "correct?" / "right?", descriptions with two attributes ("the small
shiny one"), and questions nsvr must refuse (among them typos that could be two words or that are real words of
their own). Written before reading the parser or the earlier question files; gold answers from plain python
(blind_gold.py, helpers of build_blind4.py).

    python tests/data/paraphrases/blind/build_blind6.py
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

# ---- (a) casual typing: typos of nsvr's own words (>= 5 letters, one slip) and sloppiness ----------------------
C("typo", "how many cylindars are there", cnt(shape="cylinder"))
C("typo", "how many shperes r there", cnt(shape="sphere"))
C("typo", "whats the colur of the big cube", qa("color", size="large", shape="cube"))
C("typo", "wich shape is the purple thing", qa("shape", color="purple"))
C("typo", "is there a yelow cube", ex(color="yellow", shape="cube"), want=Y)
C("typo", "how many purpel things", cnt(color="purple"))
C("typo", "how many metalic objects are there", cnt(material=M))
C("typo", "are there any rubbr spheres", ex(material=RU, shape="sphere"), want=Y)
C("typo", "how many spheers", cnt(shape="sphere"))
C("typo", "count the the red things", cnt(color="red"))
C("typo", "how many many cubes are there", cnt(shape="cube"))
C("typo", "is there a a green cylinder", ex(color="green", shape="cylinder"), want=N)
C("typo", "whats the material of the brown cylinder", qa("material", color="brown", shape="cylinder"))
C("typo", "what color is the small sphere thats metal", qa("color", size="small", shape="sphere", material=M))
C("typo", "there isnt any cyan cube is there", none_(color="cyan", shape="cube"), want=N)
C("typo", "dont count the spheres, how many other things are there", not_cnt("shape", "sphere"))
C("typo", "how many objcts are there", cnt())
C("typo", "how many obejcts are gray", cnt(color="gray"))
C("typo", "hw many red cubes", cnt(color="red", shape="cube"))
C("typo", "how many cubs are there", None, scene=21)
C("typo", "is the large cylindr made of metal", vy("material", M, size="large", shape="cylinder"))
C("typo", "what colour is the cilinder", qa("color", shape="cylinder"))
C("typo", "how many grey spheres", cnt(color="gray", shape="sphere"))
C("typo", "is there a bleu cube", ex(color="blue", shape="cube"), want=Y)
C("typo", "how many smal things", cnt(size="small"))
C("typo", "how many larg cubes", cnt(size="large", shape="cube"))
C("typo", "what shap is the cyan object", qa("shape", color="cyan"))
C("typo", "wats the size of the gray cube", qa("size", color="gray", shape="cube"))
C("typo", "how many yellow objets", cnt(color="yellow"))
C("typo", "are there more cubes then spheres", cmp_cnt("gt", {"shape": "cube"}, {"shape": "sphere"}))
C("typo", "are there less cylinders than cubes", cmp_cnt("lt", {"shape": "cylinder"}, {"shape": "cube"}))
C("typo", "is ther a brown sphere", ex(color="brown", shape="sphere"), want=N)
C("typo", "how many brwon things", cnt(color="brown"))
C("typo", "how many gren things", None, scene=22)
C("typo", "whats left of the purple cylinder", None, scene=23)
C("typo", "how many thigns are big", cnt(size="large"))
C("typo", "wat material is the green sphere", qa("material", color="green", shape="sphere"))
C("typo", "how many cubes r rubber", cnt(shape="cube", material=RU))
C("typo", "is the blue sphere shiney", vy("material", M, color="blue", shape="sphere"))
C("typo", "any red metal spheres???", ex(color="red", material=M, shape="sphere"), want=Y)
C("typo", "how many red things r there in the pic", cnt(color="red"))
C("typo", "how many spheres are there in the imgae", cnt(shape="sphere"))
C("typo", "whats the shape of the big brown object", qa("shape", size="large", color="brown"))
C("typo", "count cubes plz", cnt(shape="cube"))
C("typo", "how many cyllinders r small", cnt(shape="cylinder", size="small"))
C("typo", "is there a purple metal cube or not", ex(color="purple", material=M, shape="cube"), want=N)

# ---- (b) a teacher asking a child ------------------------------------------------------------------------------
C("teacher", "Can you tell me how many balls you can see?", cnt(shape="sphere"))
C(
    "teacher",
    "Look carefully: is the gray thing bigger than the green thing?",
    bigger({"color": "gray"}, {"color": "green"}),
)
C("teacher", "Can you tell me what colour the biggest cylinder is?", bigq("color", shape="cylinder"))
C("teacher", "Now, sweetie, can you count all the green things?", cnt(color="green"))
C("teacher", "Good job! And how many cubes are there?", cnt(shape="cube"))
C("teacher", "Let's see... what shape is the purple one?", qa("shape", color="purple"))
C("teacher", "Can you find a yellow ball for me?", ex(color="yellow", shape="sphere"), want=Y)
C("teacher", "Do you see any brown blocks in the picture?", ex(color="brown", shape="cube"), want=Y)
C("teacher", "Which colour is the little sphere?", qa("color", size="small", shape="sphere"))
C("teacher", "Tell me, what is the big cube made of?", qa("material", size="large", shape="cube"))
C("teacher", "Look at the shiny ball. What colour is it?", qa("color", material=M, shape="sphere"))
C(
    "teacher",
    "Can you tell me if there are more cubes than cylinders?",
    cmp_cnt("gt", {"shape": "cube"}, {"shape": "cylinder"}),
)
C(
    "teacher",
    "Is the small cube the same colour as the big cube?",
    same_pair("color", {"size": "small", "shape": "cube"}, {"size": "large", "shape": "cube"}),
)
C("teacher", "Point to the gray cylinder. Is it big or small?", qa("size", color="gray", shape="cylinder"))
C("teacher", "What do you think, is the cyan thing made of metal?", vy("material", M, color="cyan"))
C("teacher", "Can you count the things that are not cubes?", not_cnt("shape", "cube"))
C("teacher", "Very good. How many small objects can you see?", cnt(size="small"))
C(
    "teacher",
    "Look to the left of the red sphere. How many things are there?",
    rel_cnt(L, {}, color="red", shape="sphere"),
)
C("teacher", "Can you tell me how many objects are behind the green cube?", rel_cnt(B, {}, color="green", shape="cube"))
C("teacher", "Is there anything in front of the blue cylinder?", rel_ex(F, {}, color="blue", shape="cylinder"))
C(
    "teacher",
    "What colour is the cube on the right of the purple sphere?",
    rel_q(R, "color", {"shape": "cube"}, color="purple", shape="sphere"),
)
C(
    "teacher",
    "Let's count together: how many red or blue things are there?",
    union_cnt({"color": "red"}, {"color": "blue"}),
)
C("teacher", "Can you show me which shape the brown object has?", qa("shape", color="brown"))
C("teacher", "Careful now: are there exactly two spheres?", num("eq", 2, shape="sphere"))
C("teacher", "Are there at least three cubes? Count them!", num("ge", 3, shape="cube"))
C(
    "teacher",
    "Is the number of cylinders the same as the number of spheres?",
    cmp_cnt("eq", {"shape": "cylinder"}, {"shape": "sphere"}),
)
C("teacher", "Which colour is the thing on the far left?", ordq(L, 1, "color"))
C("teacher", "And which shape is the object furthest to the right?", ordq(R, 1, "shape"))
C("teacher", "Can you tell me which colour the smallest sphere has?", bigq("color", "small", shape="sphere"))
C("teacher", "Do you see the metal cylinder? Is it big?", vy("size", "large", material=M, shape="cylinder"))
C(
    "teacher",
    "How many things have the same colour as the yellow cube?",
    same_cnt("color", color="yellow", shape="cube"),
)
C("teacher", "Is there a big ball that is made of rubber?", ex(size="large", shape="sphere", material=RU), want=Y)
C("teacher", "Hmm, is the green thing a ball or a block?", qa("shape", color="green"))
C(
    "teacher",
    "Can you name the colour of the large rubber cylinder?",
    qa("color", size="large", material=RU, shape="cylinder"),
)
C(
    "teacher",
    "Think about it: is any cube left of the red cylinder?",
    rel_ex(L, {"shape": "cube"}, color="red", shape="cylinder"),
)
C("teacher", "Well done! Now tell me, how many metal spheres do you count?", cnt(material=M, shape="sphere"))
C("teacher", "Is there a blue cube next to anything?", None, scene=25)
C("teacher", "Can you tell me whether the gray sphere is shiny?", vy("material", M, color="gray", shape="sphere"))
C("teacher", "Look closely. Is the brown cylinder small?", vy("size", "small", color="brown", shape="cylinder"))
C("teacher", "Can you see any things that are not made of rubber? How many?", not_cnt("material", RU))
C("teacher", "Tell me the colour of the big shiny cube, please.", qa("color", size="large", material=M, shape="cube"))
C("teacher", "Are all of the cubes red?", lambda s: yes(all(s.a(i, "color") == "red" for i in s.f(shape="cube"))))

# ---- (c) the photo-like graphs in everyday words ---------------------------------------------------------------
P("photo", "street", "how many people are walking on the street", None)
P("photo", "street", "how many people are there", lambda s: n(s.f(PEOPLE)))
P("photo", "street", "what does the sign say", lambda s: s.value("sign", "text"))
P("photo", "street", "whats written on the bus", lambda s: s.value("bus", "text"))
P("photo", "street", "who is holding the dog", lambda s: s.name(one(s.subjects("holding", "dog"))))
P("photo", "street", "is the woman holding a dog", lambda s: yes(s.has("woman1", "holding", "dog")))
P("photo", "street", "what colour is the bus", lambda s: s.value("bus", "color"))
P("photo", "street", "is the bus big", lambda s: yes(s.value("bus", "size") == "large"))
P("photo", "street", "how many men are in the picture", lambda s: n(s.f("man")))
P("photo", "street", "how many ties can you see", lambda s: n(s.f("tie")))
P("photo", "street", "is there a car", lambda s: yes(bool(s.f("car"))))
P("photo", "street", "what colour is the car", lambda s: s.value("car", "color"))
P("photo", "street", "is the car to the left of the bus", lambda s: yes(s.has("car", "left", "bus")))
P(
    "photo",
    "street",
    "is there a tree behind the bus",
    lambda s: yes(any(s.has(t, "behind", "bus") for t in s.f("tree"))),
)
P("photo", "street", "what animal is near the woman", lambda s: s.name(one(s.subjects("near", "woman1"))))
P("photo", "street", "is the dog small", lambda s: yes(s.value("dog", "size") == "small"))
P("photo", "street", "what colour is the dog", lambda s: s.value("dog", "color"))
P("photo", "street", "is there a bicycle on the street", lambda s: yes(bool(s.f("bicycle"))))
P("photo", "street", "is it sunny", lambda s: yes(s.raw["facts"]["weather"] == "sunny"))
P("photo", "street", "is this picture taken outside", lambda s: yes(s.raw["facts"]["location"] == "outdoors"))
P("photo", "street", "who is in front of the bus", lambda s: s.name(one(s.subjects("front", "bus"))))
P("photo", "street", "is the sign red", lambda s: yes(s.value("sign", "color") == "red"))
P("photo", "street", "what is the man on the left wearing", lambda s: s.name(one(s.objects_of("man1", "wearing"))))
P(
    "photo",
    "street",
    "what colour is the tie of the man on the right",
    lambda s: s.value(one(s.objects_of("man2", "wearing")), "color"),
)
P("photo", "street", "are there any cats", lambda s: yes(bool(s.f("cat"))))
P("photo", "kitchen", "how many cups are on the table", lambda s: n([c for c in s.f("cup") if s.has(c, "on", "table")]))
P("photo", "kitchen", "what time is on the clock", lambda s: s.value("clock", "text"))
P("photo", "kitchen", "what colour is the bottle", lambda s: s.value("bottle", "color"))
P("photo", "kitchen", "what does the bottle say", lambda s: s.value("bottle", "text"))
P("photo", "kitchen", "is there a fork on the table", lambda s: yes(any(s.has(f, "on", "table") for f in s.f("fork"))))
P("photo", "kitchen", "what is the fork made of", lambda s: s.value("fork", "material"))
P("photo", "kitchen", "is the table wooden", lambda s: yes(s.value("table", "material") == "wood"))
P("photo", "kitchen", "what is above the table", lambda s: s.name(one(s.subjects("above", "table"))))
P("photo", "kitchen", "is there a woman in the kitchen", lambda s: yes(bool(s.f("woman"))))
P("photo", "kitchen", "what colour is the cup on the left", lambda s: s.value(s.by_x(s.f("cup"))[0], "color"))
P("photo", "kitchen", "is the plate white", lambda s: yes(s.value("plate", "color") == "white"))
P("photo", "kitchen", "how many things are on the table", lambda s: n(s.subjects("on", "table")))
P("photo", "kitchen", "is there a knife", lambda s: yes(bool(s.f("knife"))))
P("photo", "kitchen", "what is near the plate", lambda s: s.name(one(s.subjects("near", "plate"))))
P(
    "photo",
    "kitchen",
    "is the blue cup left of the bottle",
    lambda s: yes(s.has(s.the("cup", color="blue"), "left", "bottle")),
)
P("photo", "park", "how many dogs are in the park", lambda s: n(s.f("dog")))
P("photo", "park", "what colour is the bike", lambda s: s.value("bike", "color"))
P("photo", "park", "who is throwing the frisbee", lambda s: s.name(one(s.subjects("throwing", "frisbee"))))
P("photo", "park", "what colour is the frisbee", lambda s: s.value("frisbee", "color"))
P("photo", "park", "is the bench made of wood", lambda s: yes(s.value("bench", "material") == "wood"))
P("photo", "park", "how many trees are there", lambda s: n(s.f("tree")))
P("photo", "park", "is there a girl in the park", lambda s: yes(bool(s.f("girl"))))
P("photo", "park", "what is the boy near", lambda s: s.name(one(s.objects_of("boy", "near"))))
P("photo", "park", "how many women are there", lambda s: n(s.f("woman")))
P("photo", "park", "is it raining", lambda s: yes(s.raw["facts"]["weather"] == "rainy"))
P("photo", "park", "what colour is the dog on the left", lambda s: s.value(s.by_x(s.f("dog"))[0], "color"))
P("photo", "park", "is the girl to the right of the boy", lambda s: yes(s.has("girl", "right", "boy")))
P("photo", "shapes", "how many blue shapes are there", lambda s: n(s.f(None, color="blue")))
P("photo", "shapes", "what colour is the star", lambda s: s.value("s5", "color"))
P("photo", "shapes", "is there a hexagon", lambda s: yes(bool(s.f("hexagon"))))
P("photo", "shapes", "how many circles are there", lambda s: n(s.f("circle")))
P("photo", "shapes", "what colour is the big circle", lambda s: s.value(s.the("circle", size="large"), "color"))
P("photo", "shapes", "is the square small", lambda s: yes(s.value("s2", "size") == "small"))

# ---- (d) yes/no with "or not", "correct?", "right?" and two attributes -------------------------------------------
C("yesno", "is there a red cube or not", ex(color="red", shape="cube"), want=Y)
C("yesno", "Is the big cylinder metal or not?", vy("material", M, size="large", shape="cylinder"))
C("yesno", "There is a green sphere, correct?", ex(color="green", shape="sphere"), want=Y)
C("yesno", "The purple cube is small, right?", vy("size", "small", color="purple", shape="cube"))
C("yesno", "the gray cylinder is rubber, correct?", vy("material", RU, color="gray", shape="cylinder"))
C("yesno", "There are no yellow spheres, right?", none_(color="yellow", shape="sphere"), want=N)
C("yesno", "Is the cyan sphere big or not", vy("size", "large", color="cyan", shape="sphere"))
C("yesno", "So there are three cubes, right?", num("eq", 3, shape="cube"))
C("yesno", "There are more spheres than cylinders, correct?", cmp_cnt("gt", {"shape": "sphere"}, {"shape": "cylinder"}))
C("yesno", "The brown sphere is shiny, isn't it?", vy("material", M, color="brown", shape="sphere"))
C("yesno", "the small cube is blue, right", vy("color", "blue", size="small", shape="cube"))
C("yesno", "Is there any metal cylinder or not?", ex(material=M, shape="cylinder"), want=Y)
C("yesno", "Am I right that there is a brown cube?", ex(color="brown", shape="cube"), want=N)
C("yesno", "The large sphere is gray, correct?", vy("color", "gray", size="large", shape="sphere"))
C("yesno", "Is it true that there are two cylinders?", num("eq", 2, shape="cylinder"))
C("yesno", "Is it true that the red sphere is made of rubber?", vy("material", RU, color="red", shape="sphere"))
C(
    "yesno",
    "There's a blue thing behind the yellow cube, right?",
    rel_ex(B, {"color": "blue"}, color="yellow", shape="cube"),
)
C(
    "yesno",
    "Is the green cylinder the same size as the red cube or not?",
    same_pair("size", {"color": "green", "shape": "cylinder"}, {"color": "red", "shape": "cube"}),
)
C("yesno", "There are fewer than four spheres, correct?", num("lt", 4, shape="sphere"))
C("yesno", "is a cylinder left of a cube or not", a_rel_b(L, {"shape": "cylinder"}, {"shape": "cube"}))
C("twoattr", "What colour is the small shiny one?", qa("color", size="small", material=M))
C("twoattr", "What shape is the big rubber one?", qa("shape", size="large", material=RU))
C("twoattr", "What is the large red thing made of?", qa("material", size="large", color="red"))
C("twoattr", "Is the tiny matte ball purple?", vy("color", "purple", size="small", material=RU, shape="sphere"))
C("twoattr", "how many small shiny cubes are there", cnt(size="small", material=M, shape="cube"))
C("twoattr", "Is there a large blue rubber thing?", ex(size="large", color="blue", material=RU), want=Y)
C("twoattr", "What size is the cyan metal object?", qa("size", color="cyan", material=M))
C("twoattr", "the big green one, what shape is it", qa("shape", size="large", color="green"))
C("twoattr", "How many big shiny things are there?", cnt(size="large", material=M))
C("twoattr", "Is the small yellow one a cube?", vy("shape", "cube", size="small", color="yellow"))
C("twoattr", "What colour is the big metal ball?", qa("color", size="large", material=M, shape="sphere"))
C("twoattr", "Which material is the little gray cube?", qa("material", size="small", color="gray", shape="cube"))
C(
    "twoattr",
    "any small purple rubber cylinders",
    ex(size="small", color="purple", material=RU, shape="cylinder"),
    want=Y,
)
C("twoattr", "what colour is the large matte cylinder", qa("color", size="large", material=RU, shape="cylinder"))
C("twoattr", "How many tiny red objects are made of metal?", cnt(size="small", color="red", material=M))
C(
    "twoattr",
    "Is the big shiny cube the same colour as the small rubber sphere?",
    same_pair(
        "color", {"size": "large", "material": M, "shape": "cube"}, {"size": "small", "material": RU, "shape": "sphere"}
    ),
)
C("twoattr", "What is left of the small brown one?", None, scene=28)
C("twoattr", "How many things are in front of the big cyan one?", rel_cnt(F, {}, size="large", color="cyan"))
C("twoattr", "the shiny red one is it big", vy("size", "large", material=M, color="red"))
C("twoattr", "What shape is the small blue metal thing?", qa("shape", size="small", color="blue", material=M))

# ---- (e) must be refused ---------------------------------------------------------------------------------------
X("whats the cube thinking about")
X("how heavy is the big sphere", 7)
X("is the red ball bouncy", 3)
X("which cube is the prettiest", 2)
X("how old is the man on the left", "street")
X("what is the womans name", "kitchen")
X("is the bus going fast", "street")
X("where is the bus going", "street")
X("what does the stop sign smell like", "street")
X("is the woman happy", "park")
X("why is the boy throwing the frisbee", "park")
X("what is in the bottle", "kitchen")
X("is the coffee hot", "kitchen")
X("how many legs does the dog have", "park")
X("what brand is the car", "street")
X("can you tell me a story about the picture", 1)
X("what will happen next", "park")
X("is the cube soft or hard", 4)
X("whats the temperature in the room", "kitchen")
X("how many spears are there", 6)
X("are the cubs big", 8)
X("is there a rd cube", 9)
X("how many cylinders are gren", 10)
X("is the blu sphere small", 11)
X("how far is the sphere from the camera in cm", 12)
X("what is the dog barking at", "street")
X("which object was made first", 13)
X("is the tree taller than the bus", "street")
X("what color are the womans shoes", "street")
X("how many spheres would fit inside the big cube", 14)

# ---- more of each voice ----------------------------------------------------------------------------------------
C(
    "typo",
    "whats the colour of the shpere on the left of the gray cube",
    rel_q(L, "color", {"shape": "sphere"}, color="gray", shape="cube"),
)
C("typo", "how many objects r behind the the red cylinder", rel_cnt(B, {}, color="red", shape="cylinder"))
C("typo", "is the purple sphere metalic or rubber", qa("material", color="purple", shape="sphere"))
C(
    "typo",
    "are there any cylindars in front of the blue cube",
    rel_ex(F, {"shape": "cylinder"}, color="blue", shape="cube"),
)
C("typo", "how many yelow cubes r there", cnt(color="yellow", shape="cube"))
C(
    "typo",
    "does the small cube have the same colur as the big sphere",
    same_pair("color", {"size": "small", "shape": "cube"}, {"size": "large", "shape": "sphere"}),
)
C("typo", "what size is the cyan cylindar", qa("size", color="cyan", shape="cylinder"))
C("typo", "is there a brown rubbr cube", ex(color="brown", material=RU, shape="cube"), want=N)
C("typo", "i dont see any red spheres, is there one", ex(color="red", shape="sphere"), want=Y)
C(
    "typo",
    "how many objects have the same shape as the purple cilinder",
    same_cnt("shape", color="purple", shape="cylinder"),
)
C("typo", "how many things are purpel or cyan", union_cnt({"color": "purple"}, {"color": "cyan"}))
C("typo", "whats the shape of the tiny gray metal thing", qa("shape", size="small", color="gray", material=M))
C(
    "teacher",
    "Can you count the cubes that are behind the yellow sphere?",
    rel_cnt(B, {"shape": "cube"}, color="yellow", shape="sphere"),
)
C("teacher", "Now look at the big blue one. Is it a cylinder?", vy("shape", "cylinder", size="large", color="blue"))
C("teacher", "Try again: how many spheres are made of metal?", cnt(shape="sphere", material=M))
C(
    "teacher",
    "Can you tell me if the purple sphere and the cyan cube have the same size?",
    same_pair("size", {"color": "purple", "shape": "sphere"}, {"color": "cyan", "shape": "cube"}),
)
C(
    "teacher",
    "Is there something green to the right of the gray cylinder?",
    rel_ex(R, {"color": "green"}, color="gray", shape="cylinder"),
)
C("teacher", "What is the colour of the second cube from the left?", ordq(L, 2, "color", shape="cube"))
C("teacher", "Count with me: how many rubber things are there?", cnt(material=RU))
C(
    "teacher",
    "Look at the little red cube. What is it made of?",
    qa("material", size="small", color="red", shape="cube"),
)
P(
    "photo",
    "street",
    "what colour is the tie the man on the left has on",
    lambda s: s.value(one(s.objects_of("man1", "wearing")), "color"),
)
P("photo", "street", "is the man on the right wearing a tie", lambda s: yes(bool(s.objects_of("man2", "wearing"))))
P("photo", "street", "what is written on the ground", None)
P("photo", "street", "is there a stop sign", lambda s: yes(any(s.value(x, "text") == "STOP" for x in s.f("sign"))))
P("photo", "street", "how many vehicles are on the street", lambda s: n(s.f(("bus", "car"))))
P(
    "photo",
    "kitchen",
    "is the woman standing to the right of the table",
    lambda s: yes(s.has("woman", "right", "table")),
)
P("photo", "kitchen", "what colour is the cup on the right", lambda s: s.value(s.by_x(s.f("cup"))[-1], "color"))
P("photo", "kitchen", "how many cups are there in total", lambda s: n(s.f("cup")))
P("photo", "kitchen", "is the clock above the table", lambda s: yes(s.has("clock", "above", "table")))
P("photo", "park", "is there a dog near the girl", lambda s: yes(any(s.has(d, "near", "girl") for d in s.f("dog"))))
P("photo", "park", "what is the woman on the left holding", lambda s: s.name(one(s.objects_of("w1", "holding"))))
P("photo", "park", "what colour is the girl wearing", None)
P("photo", "park", "is the bike next to the bench", None)
P("photo", "shapes", "how many small shapes are there", lambda s: n(s.f(None, size="small")))
P("photo", "shapes", "what shape is the green one", lambda s: s.name(s.the(None, color="green")))
C("yesno", "The yellow cube is made of metal, right?", vy("material", M, color="yellow", shape="cube"))
C("yesno", "is the small gray sphere rubber or not", vy("material", RU, size="small", color="gray", shape="sphere"))
C("yesno", "There are exactly four things, correct?", num("eq", 4))
C("yesno", "Are there any big purple things or not?", ex(size="large", color="purple"), want=N)
C(
    "yesno",
    "the gray cube is to the left of the green sphere, right?",
    lambda s: yes(s.the(color="gray", shape="cube") in s.rel(L, s.the(color="green", shape="sphere"))),
)
C("twoattr", "how many large shiny balls", cnt(size="large", material=M, shape="sphere"))
C("twoattr", "what is the small green rubber thing's shape", qa("shape", size="small", color="green", material=RU))
C("twoattr", "is the big matte object a cylinder", vy("shape", "cylinder", size="large", material=RU))
C(
    "twoattr",
    "are there more small metal things than big rubber things",
    cmp_cnt("gt", {"size": "small", "material": M}, {"size": "large", "material": RU}),
)
X("who put the cubes there", 15)
X("is the yellow sphere a lemon", 16)
X("what is the gray cube used for", 17)

if __name__ == "__main__":
    build(b4.place(b4.Q), Path(__file__).resolve().parents[1] / "blind6.jsonl")
