"""A seventh blind paraphrase set (tests/data/paraphrases/blind7.jsonl), in voices the first six did not use:
formal/verbose paraphrases such as an LLM or a careful writer produces ("Could you determine the quantity of
metallic spheres present in this scene?"), a robot operator ("Is the workspace clear of cylinders?", "Report the
colour of the leftmost cube."), CLEVR-template-like questions with synonyms swapped and clauses reordered ("The
large thing to the right of the tiny sphere - what is it made of?"), and questions nsvr must refuse. Written
before reading the parser or the earlier question files; gold answers from plain python (blind_gold.py, helpers
of build_blind4.py).

    python tests/data/paraphrases/blind/build_blind7.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_blind4 as b4  # noqa: E402
from blind_gold import build, n, yes  # noqa: E402
from build_blind4 import (  # noqa: E402
    RU,
    B,
    F,
    L,
    M,
    N,
    R,
    a_rel_b,
    bigger,
    cmp_cnt,
    cnt,
    ex,
    none_,
    not_cnt,
    num,
    one,
    ordq,
    ordv,
    qa,
    rel_cnt,
    rel_ex,
    rel_q,
    same_cnt,
    same_ex,
    same_pair,
    union_cnt,
    vy,
)

b4.Q.clear()
C, P, X = b4.C, b4.P, b4.X

# ---- (a) formal / verbose ---------------------------------------------------------------------------------------
f = "formal"
C(f, "Could you determine the quantity of metallic spheres present in this scene?", cnt(material=M, shape="sphere"))
C(
    f,
    "What is the total count of objects that share a colour with the large cylinder?",
    same_cnt("color", size="large", shape="cylinder"),
)
C(f, "Would you kindly indicate how many cubes are visible in the image?", cnt(shape="cube"))
C(f, "Please provide the number of rubber objects depicted.", cnt(material=RU))
C(f, "Can you tell me the total number of red items in the scene?", cnt(color="red"))
C(f, "I would like to know how many small cylinders appear in this image.", cnt(size="small", shape="cylinder"))
C(
    f,
    "Could you please specify the colour of the large metallic cube?",
    qa("color", size="large", material=M, shape="cube"),
)
C(f, "What material does the small red object appear to be composed of?", qa("material", size="small", color="red"))
C(f, "Kindly identify the shape of the brown object.", qa("shape", color="brown"))
C(f, "Would you be able to determine the size of the cyan sphere?", qa("size", color="cyan", shape="sphere"))
C(f, "Is it the case that the scene contains at least one yellow cylinder?", ex(color="yellow", shape="cylinder"))
C(f, "Does the image contain any purple objects whatsoever?", ex(color="purple"), want=N)
C(f, "Can it be confirmed that there are no green spheres present?", none_(color="green", shape="sphere"))
C(f, "Could you verify whether the blue cube is constructed of metal?", vy("material", M, color="blue", shape="cube"))
C(
    f,
    "Please determine whether the number of cubes exceeds the number of spheres.",
    cmp_cnt("gt", {"shape": "cube"}, {"shape": "sphere"}),
)
C(
    f,
    "Is the quantity of rubber objects equal to the quantity of metal objects?",
    cmp_cnt("eq", {"material": RU}, {"material": M}),
)
C(f, "Are there fewer cylinders than cubes in the scene?", cmp_cnt("lt", {"shape": "cylinder"}, {"shape": "cube"}))
C(f, "How many objects in total are either red or blue?", union_cnt({"color": "red"}, {"color": "blue"}))
C(
    f,
    "Could you determine how many objects are positioned to the left of the gray sphere?",
    rel_cnt(L, {}, color="gray", shape="sphere"),
)
C(
    f,
    "What is the number of metallic items located behind the large red cube?",
    rel_cnt(B, {"material": M}, size="large", color="red", shape="cube"),
)
C(
    f,
    "Please state the colour of the object that is situated directly in front of the brown cylinder.",
    rel_q(F, "color", {}, color="brown", shape="cylinder"),
)
C(
    f,
    "Are any cylinders positioned to the right of the small metal sphere?",
    rel_ex(R, {"shape": "cylinder"}, size="small", material=M, shape="sphere"),
)
C(
    f,
    "Does the green cube share the same material as the yellow sphere?",
    same_pair("material", {"color": "green", "shape": "cube"}, {"color": "yellow", "shape": "sphere"}),
)
C(
    f,
    "Do the red cylinder and the blue sphere have an identical size?",
    same_pair("size", {"color": "red", "shape": "cylinder"}, {"color": "blue", "shape": "sphere"}),
)
C(
    f,
    "What is the total number of objects that are made of the same material as the purple cube?",
    same_cnt("material", color="purple", shape="cube"),
)
C(f, "Is there another object that has the same shape as the cyan object?", same_ex("shape", {}, color="cyan"))
C(f, "In this scene, what is the count of large objects that are not cubes?", not_cnt("shape", "cube", size="large"))
C(f, "Could you indicate whether exactly three spheres are present?", num("eq", 3, shape="sphere"))
C(f, "Would you say that there are more than two metallic objects?", num("gt", 2, material=M))
C(f, "Please confirm whether the scene includes at least two cylinders.", num("ge", 2, shape="cylinder"))
C(f, "What is the colour of the object located furthest to the left?", ordq(L, 1, "color"))
C(f, "Could you identify the material of the rightmost sphere?", ordq(R, 1, "material", shape="sphere"))
C(f, "I am curious: what shape is the large yellow object?", qa("shape", size="large", color="yellow"))
C(f, "It would be helpful to know the number of gray objects present.", cnt(color="gray"))
C(
    f,
    "Is the small cyan object larger than the large cube?",
    bigger({"size": "small", "color": "cyan"}, {"size": "large", "shape": "cube"}),
)
C(f, "Could you kindly count all of the objects in this scene?", cnt())
C(f, "To what extent are there green objects present; how many are there precisely?", cnt(color="green"))
C(
    f,
    "Is there a metallic object located in front of the small rubber cylinder?",
    rel_ex(F, {"material": M}, size="small", material=RU, shape="cylinder"),
)
C(
    f,
    "Determine, if possible, the colour of the small metallic cylinder.",
    qa("color", size="small", material=M, shape="cylinder"),
)
C(
    f,
    "Identify the number of spheres that are situated behind the cyan cube.",
    rel_cnt(B, {"shape": "sphere"}, color="cyan", shape="cube"),
)

# ---- (b) robot operator ------------------------------------------------------------------------------------------
o = "operator"
C(o, "Is the workspace clear of cylinders?", none_(shape="cylinder"))
C(o, "Which object is closest to the camera? Report its colour.", ordq(F, 1, "color"))
C(o, "Report the colour of the leftmost cube.", ordq(L, 1, "color", shape="cube"))
C(o, "Report the material of the rightmost object.", ordq(R, 1, "material"))
C(o, "Confirm: red cube present?", ex(color="red", shape="cube"))
C(o, "Status check: any metal spheres on the table?", ex(material=M, shape="sphere"))
C(o, "Count all cylinders in the workspace.", cnt(shape="cylinder"))
C(o, "Give me a count of the small objects.", cnt(size="small"))
C(o, "Scan the area and report the number of blue items.", cnt(color="blue"))
C(o, "Report the shape of the object farthest from the camera.", ordq(B, 1, "shape"))
C(o, "Verify the gray cube is rubber.", vy("material", RU, color="gray", shape="cube"))
C(o, "Check whether the large sphere is metallic.", vy("material", M, size="large", shape="sphere"))
C(o, "Identify the colour of the large cylinder.", qa("color", size="large", shape="cylinder"))
C(o, "Target: the small yellow cube. Report its material.", qa("material", size="small", color="yellow", shape="cube"))
C(o, "Operator query: number of objects behind the red sphere.", rel_cnt(B, {}, color="red", shape="sphere"))
C(
    o,
    "Is the area to the left of the blue cylinder clear?",
    lambda s: yes(not s.rel(L, s.the(color="blue", shape="cylinder"))),
)
C(o, "Are there obstacles in front of the green cube?", rel_ex(F, {}, color="green", shape="cube"))
C(
    o,
    "How many objects lie to the right of the large metal cylinder?",
    rel_cnt(R, {}, size="large", material=M, shape="cylinder"),
)
C(o, "Report the size of the frontmost sphere.", ordq(F, 1, "size", shape="sphere"))
C(o, "Report colour of the rearmost object.", ordq(B, 1, "color"))
C(o, "Any purple items in the workspace?", ex(color="purple"))
C(o, "Inventory request: how many rubber cubes?", cnt(material=RU, shape="cube"))
C(o, "Confirm zero green cylinders.", none_(color="green", shape="cylinder"))
C(o, "Locate the cyan cylinder and report its size.", qa("size", color="cyan", shape="cylinder"))
C(o, "What is the second object from the left made of?", ordq(L, 2, "material"))
C(
    o,
    "Which colour is the object nearest the camera?",
    ordq(F, 1, "color"),
)
C(o, "Is the leftmost object a sphere?", ordv(L, 1, "shape", "sphere"))
C(o, "Is the rightmost object metal?", ordv(R, 1, "material", M))
C(o, "Pick target: small red sphere. Is it rubber?", vy("material", RU, size="small", color="red", shape="sphere"))
C(o, "Report: count of large metal items.", cnt(size="large", material=M))
C(o, "Do we have more spheres than cylinders on the table?", cmp_cnt("gt", {"shape": "sphere"}, {"shape": "cylinder"}))
C(
    o,
    "Number of objects sharing a colour with the small blue cube?",
    same_cnt("color", size="small", color="blue", shape="cube"),
)
C(
    o,
    "Check for any yellow objects behind the gray cylinder.",
    rel_ex(B, {"color": "yellow"}, color="gray", shape="cylinder"),
)
C(
    o,
    "Report the material of the object left of the cyan sphere.",
    rel_q(L, "material", {}, color="cyan", shape="sphere"),
)
C(o, "Workspace inventory: total number of objects.", cnt())
C(o, "Are at least three cubes present in the workspace?", num("ge", 3, shape="cube"))
C(o, "Exactly two spheres in view? Confirm.", num("eq", 2, shape="sphere"))
C(o, "Is the big brown object a cube? Confirm yes or no.", vy("shape", "cube", size="large", color="brown"))
C(o, "Report the colour of the second cylinder from the right.", ordq(R, 2, "color", shape="cylinder"))
C(o, "Tell me the shape of the leftmost metal object.", ordq(L, 1, "shape", material=M))
C(
    o,
    "Is the gray cube left of the red sphere?",
    lambda s: yes(s.the(color="gray", shape="cube") in s.rel(L, s.the(color="red", shape="sphere"))),
)
C(o, "Is there a rubber object behind a metal cube?", a_rel_b(B, {"material": RU}, {"material": M, "shape": "cube"}))

# ---- (c) CLEVR-like with synonyms swapped and clauses reordered ------------------------------------------------
t = "reordered"
C(
    t,
    "The large thing to the right of the tiny sphere - what is it made of?",
    rel_q(R, "material", {"size": "large"}, size="small", shape="sphere"),
)
C(
    t,
    "The big block behind the small cylinder: what colour is it?",
    rel_q(B, "color", {"size": "large", "shape": "cube"}, size="small", shape="cylinder"),
)
C(
    t,
    "That shiny ball in front of the gray block, what size is it?",
    rel_q(F, "size", {"material": M, "shape": "sphere"}, color="gray", shape="cube"),
)
C(
    t,
    "Left of the red cylinder there is a matte object; what shape is it?",
    rel_q(L, "shape", {"material": RU}, color="red", shape="cylinder"),
)
C(
    t,
    "Behind the tiny brown thing, how many rubber objects are there?",
    rel_cnt(B, {"material": RU}, size="small", color="brown"),
)
C(t, "To the right of the blue ball, how many things are there?", rel_cnt(R, {}, color="blue", shape="sphere"))
C(
    t,
    "In front of the large cube, is there any metallic cylinder?",
    rel_ex(F, {"material": M, "shape": "cylinder"}, size="large", shape="cube"),
)
C(t, "The small matte block - what colour?", qa("color", size="small", material=RU, shape="cube"))
C(t, "Of what material is the huge purple thing?", qa("material", size="large", color="purple"))
C(t, "The tiny cyan object, what shape does it have?", qa("shape", size="small", color="cyan"))
C(t, "Made of metal, is the big yellow ball?", vy("material", M, size="large", color="yellow", shape="sphere"))
C(t, "Cylinders that are shiny: how many are there?", cnt(material=M, shape="cylinder"))
C(t, "Blocks, big ones, how many?", cnt(size="large", shape="cube"))
C(t, "What number of tiny balls are there?", cnt(size="small", shape="sphere"))
C(
    t,
    "What number of objects are the same colour as the tiny rubber ball?",
    same_cnt("color", size="small", material=RU, shape="sphere"),
)
C(
    t,
    "The gray block and the tiny sphere: are they the same colour?",
    same_pair("color", {"color": "gray", "shape": "cube"}, {"size": "small", "shape": "sphere"}),
)
C(
    t,
    "Same material as the red ball - is the green block?",
    same_pair("material", {"color": "green", "shape": "cube"}, {"color": "red", "shape": "sphere"}),
)
C(
    t,
    "Is the number of matte blocks greater than the number of shiny balls?",
    cmp_cnt("gt", {"material": RU, "shape": "cube"}, {"material": M, "shape": "sphere"}),
)
C(
    t,
    "Are there as many shiny cylinders as matte ones?",
    cmp_cnt("eq", {"material": M, "shape": "cylinder"}, {"material": RU, "shape": "cylinder"}),
)
C(
    t,
    "Is there something behind the large rubber block that is red?",
    rel_ex(B, {"color": "red"}, size="large", material=RU, shape="cube"),
)
C(t, "How many big things or metallic things are there?", union_cnt({"size": "large"}, {"material": M}))
C(
    t,
    "What is the colour of the big shiny object left of the little cylinder?",
    rel_q(L, "color", {"size": "large", "material": M}, size="small", shape="cylinder"),
)
C(
    t,
    "The thing that has the same shape as the blue cylinder, what colour is it?",
    lambda s: s.a(s.one([j for j in s.f(shape="cylinder") if j != s.the(color="blue", shape="cylinder")]), "color"),
)
C(
    t,
    "What is the size of the object that's the same colour as the metal ball?",
    lambda s: s.a(
        s.one(
            [
                j
                for j in s.all()
                if j != s.the(material=M, shape="sphere")
                and s.a(j, "color") == s.a(s.the(material=M, shape="sphere"), "color")
            ]
        ),
        "size",
    ),
)
C(
    t,
    "What shape is the tiny gray object behind the cyan thing?",
    rel_q(B, "shape", {"size": "small", "color": "gray"}, color="cyan"),
)
C(t, "The yellow object is what shape?", qa("shape", color="yellow"))
C(t, "The matte cylinder is what colour?", qa("color", material=RU, shape="cylinder"))
C(
    t,
    "Is the tiny brown thing made of the same material as the big block?",
    same_pair("material", {"size": "small", "color": "brown"}, {"size": "large", "shape": "cube"}),
)
C(t, "How many other objects are the same size as the purple ball?", same_cnt("size", color="purple", shape="sphere"))
C(
    t,
    "Are there any other things of the same shape as the big red thing?",
    same_ex("shape", {}, size="large", color="red"),
)
C(t, "How many cubes that are not red are there?", not_cnt("color", "red", shape="cube"))
C(
    t,
    "Is the small blue thing bigger than the metal cylinder?",
    bigger({"size": "small", "color": "blue"}, {"material": M, "shape": "cylinder"}),
)
C(
    t,
    "Is the cyan ball to the left of the large block or not?",
    lambda s: yes(s.the(color="cyan", shape="sphere") in s.rel(L, s.the(size="large", shape="cube"))),
)
C(
    t,
    "There is a tiny rubber thing; how many cubes are behind it?",
    rel_cnt(B, {"shape": "cube"}, size="small", material=RU),
)
C(
    t,
    "There is a large metal ball; what colour is the object right of it?",
    rel_q(R, "color", {}, size="large", material=M, shape="sphere"),
)

# ---- photo ----------------------------------------------------------------------------------------------------
P(
    "formal",
    "street",
    "Could you determine how many people are present in this photograph?",
    lambda s: n(s.f(("man", "woman", "boy", "girl", "person"))),
)
P("formal", "street", "Would you kindly state the colour of the bus?", lambda s: s.value("bus", "color"))
P(
    "formal",
    "kitchen",
    "What is the total number of cups present on the table?",
    lambda s: n([c for c in s.f("cup") if s.has(c, "on", "table")]),
)
P("formal", "kitchen", "Is there a fork visible in this image?", lambda s: yes(bool(s.f("fork"))))
P("formal", "park", "Could you specify how many dogs appear in the photograph?", lambda s: n(s.f("dog")))
P("operator", "park", "Report the colour of the bench.", lambda s: s.value("bench", "color"))
P("operator", "kitchen", "Report the material of the table.", lambda s: s.value("table", "material"))
P("operator", "street", "Confirm: dog present?", lambda s: yes(bool(s.f("dog"))))
P("operator", "shapes", "Count the blue shapes.", lambda s: n(s.f(None, color="blue")))
P("operator", "park", "Any cats in view?", lambda s: yes(bool(s.f("cat"))))
P("formal", "kitchen", "What text is inscribed on the bottle?", lambda s: s.value("bottle", "text"))
P(
    "reordered",
    "street",
    "The tie that the man on the left is wearing - what colour is it?",
    lambda s: s.value(one(s.objects_of("man1", "wearing")), "color"),
)
P("formal", "shapes", "How many of the shapes are large in size?", lambda s: n(s.f(None, size="large")))

# ---- (d) refuse ---------------------------------------------------------------------------------------------
X("Could you estimate the weight of the large metal cube in grams?", 15)
X("What is the approximate distance in centimetres between the two cylinders?", 16)
X("Please determine the temperature of the red sphere.", 17)
X("Who arranged the objects in this configuration?", 18)
X("Report the battery level of the robot.", 19)
X("Is the workspace safe for a human operator to enter?", 20)
X("Grasp the leftmost cube and place it on the sphere.", 21)
X("Which object would you pick up first, and why?", 22)
X("What is the price of the brown cylinder?", 23)
X("Could you describe the lighting conditions in this scene?", 24)
X("How many triangles are in front of the small cube?", 25)
X("Is the glass sphere transparent?", 26)
X("What is the velocity of the moving cylinder?", 27)
X("Rotate the camera ninety degrees and report what you see.", 28)
X("What is the torque required to lift the large cube?", 29)
X("Estimate the volume of the big sphere in litres.", 30)
X("What emotion does this scene evoke?", 31)
P("refuse", "kitchen", "What brand is the bottle?", None)
P("refuse", "street", "Where is the bus going?", None)
P("refuse", "park", "What is the girl's name?", None)

if __name__ == "__main__":
    build(b4.place(b4.Q), Path(__file__).resolve().parents[1] / "blind7.jsonl")
