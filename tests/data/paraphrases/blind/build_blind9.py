"""A ninth blind paraphrase set (tests/data/paraphrases/blind9.jsonl): questions as a broad mix of ordinary
people type them into an app, over CLEVR val scenes and the photo-like graphs: plain everyday counts, existence,
attribute questions, comparisons, spatial relations and chains, positions on photos, in many wordings (word order,
contractions, lower case, missing question marks, a few typing slips, British and American spellings, polite
requests, imperatives, short fragments), plus questions nsvr's steps cannot answer (gold ``refuse``). Written
without reading the parser or the earlier question files; held back to be run once, at the end.

Each item carries a gold program in nsvr's notation (:mod:`nsvr.agent.llm.notation`) and the answer computed by
plain Python from the scene JSON (blind_gold.py, no nsvr import). ``--check`` also runs every gold program with
nsvr's executor and fails when it does not give the plain-Python answer (tests/tasks/test_paraphrase_sets.py does
the same).

    python tests/data/paraphrases/blind/build_blind9.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind9.jsonl"
Q, C, P, X = question_recorder()  # Q: (kind, scene, text, gold program or None, fn or None)


def the_rel(c: Clevr, relation: str, i: int, **want) -> int:
    """The one object with these attributes that is ``relation`` of object i."""
    return c.one(c.f(among=c.rel(relation, i), **want))


# fmt: off
# ---- count ---------------------------------------------------------------------------------------------------
C("count", 0, "how many balls do you see", "count(sel(sphere))", lambda c: n(c.f(shape="sphere")))
C("count", 1, "How many cubes can you see?", "count(sel(cube))", lambda c: n(c.f(shape="cube")))
C("count", 4, "how many spheres r there", "count(sel(sphere))", lambda c: n(c.f(shape="sphere")))
C("count", 4, "How many yellow things are there?", "count(f(scene(), color=yellow))",
  lambda c: n(c.f(color="yellow")))
C("count", 5, "How many objects are in this picture?", "count(scene())", lambda c: n(c.all()))
C("count", 6, "how many red objects", "count(f(scene(), color=red))", lambda c: n(c.f(color="red")))
C("count", 7, "How many cylinders are there in total?", "count(sel(cylinder))",
  lambda c: n(c.f(shape="cylinder")))
C("count", 8, "How many shiny objects are in there?", "count(f(scene(), material=metal))",
  lambda c: n(c.f(material="metal")))
C("count", 9, "How many grey objects are in the image?", "count(f(scene(), color=gray))",
  lambda c: n(c.f(color="gray")))
C("count", 10, "how many big things r in the picture", "count(f(scene(), size=large))",
  lambda c: n(c.f(size="large")))
C("count", 11, "How many brown objects do you see", "count(f(scene(), color=brown))",
  lambda c: n(c.f(color="brown")))
C("count", 12, "How many small things are there", "count(f(scene(), size=small))",
  lambda c: n(c.f(size="small")))
C("count", 13, "how many rubber balls are there?", "count(f(sel(sphere), material=rubber))",
  lambda c: n(c.f(shape="sphere", material="rubber")))
C("count", 18, "How many purple items are there?", "count(f(scene(), color=purple))",
  lambda c: n(c.f(color="purple")))
C("count", 19, "how many cyan things", "count(f(scene(), color=cyan))", lambda c: n(c.f(color="cyan")))
C("count", 24, "How many red spheres are there?", "count(f(sel(sphere), color=red))",
  lambda c: n(c.f(shape="sphere", color="red")))
C("count", 24, "How many cubes are in the picture?", "count(sel(cube))", lambda c: n(c.f(shape="cube")))
C("count", 26, "How many green objects are there?", "count(f(scene(), color=green))",
  lambda c: n(c.f(color="green")))
C("count", 31, "How many small spheres?", "count(f(sel(sphere), size=small))",
  lambda c: n(c.f(shape="sphere", size="small")))
C("count", 41, "how many metal cylinders are there", "count(f(sel(cylinder), material=metal))",
  lambda c: n(c.f(shape="cylinder", material="metal")))
C("count", 42, "How many blue things are in the scene?", "count(f(scene(), color=blue))",
  lambda c: n(c.f(color="blue")))
C("count", 47, "How many purple cubes are there?", "count(f(sel(cube), color=purple))",
  lambda c: n(c.f(shape="cube", color="purple")))
C("count", 49, "how many little spheres are there?", "count(f(sel(sphere), size=small))",
  lambda c: n(c.f(shape="sphere", size="small")))
C("count", 50, "How many things are made of rubber?", "count(f(scene(), material=rubber))",
  lambda c: n(c.f(material="rubber")))
C("count", 55, "How many large purple balls are there?", "count(f(sel(sphere), size=large, color=purple))",
  lambda c: n(c.f(shape="sphere", size="large", color="purple")))
C("count", 59, "How many cylinders can u count?", "count(sel(cylinder))", lambda c: n(c.f(shape="cylinder")))
C("count", 53, "What's the number of cubes in this image?", "count(sel(cube))", lambda c: n(c.f(shape="cube")))
C("count", 43, "how many cyan spheres are in the picture", "count(f(sel(sphere), color=cyan))",
  lambda c: n(c.f(shape="sphere", color="cyan")))
C("count", 45, "How many gray metal things are there?", "count(f(scene(), color=gray, material=metal))",
  lambda c: n(c.f(color="gray", material="metal")))
C("count", 37, "how many objects are there altogether", "count(scene())", lambda c: n(c.all()))
P("count", "park", "How many dogs are in this photo?", "count(sel(dog))", lambda p: n(p.f("dog")))
P("count", "park", "how many people are at the park", "count(sel(person))", lambda p: n(p.f(PEOPLE)))
P("count", "street", "How many men are there?", "count(sel(man))", lambda p: n(p.f("man")))
P("count", "kitchen", "How many cups are sitting on the table?", "count(rel(sel(table), on, name=cup))",
  lambda p: n([o for o in p.f("cup") if p.has(o, "on", "table")]))
P("count", "shapes", "how many of the shapes are coloured blue", "count(f(scene(), color=blue))",
  lambda p: n(p.f(color="blue")))
P("count", "park", "How many trees can you see?", "count(sel(tree))", lambda p: n(p.f("tree")))
P("count", "street", "how many ties can you spot", "count(sel(tie))", lambda p: n(p.f("tie")))
P("count", "park", "How many women are in the photo?", "count(sel(woman))", lambda p: n(p.f("woman")))
P("count", "shapes", "circles - how many?", "count(sel(circle))", lambda p: n(p.f("circle")))

# ---- existence -------------------------------------------------------------------------------------------------
C("exist", 0, "Is there a cube anywhere?", "exist(sel(cube))", lambda c: yes(c.f(shape="cube")))
C("exist", 2, "Are there any spheres?", "exist(sel(sphere))", lambda c: yes(c.f(shape="sphere")))
C("exist", 3, "is there anything red", "exist(f(scene(), color=red))", lambda c: yes(c.f(color="red")))
C("exist", 14, "Is there a yellow object in the picture?", "exist(f(scene(), color=yellow))",
  lambda c: yes(c.f(color="yellow")))
C("exist", 17, "Do you see a green cylinder?", "exist(f(sel(cylinder), color=green))",
  lambda c: yes(c.f(shape="cylinder", color="green")))
C("exist", 20, "Is there a big cube?", "exist(f(sel(cube), size=large))",
  lambda c: yes(c.f(shape="cube", size="large")))
C("exist", 21, "any purple things?", "exist(f(scene(), color=purple))", lambda c: yes(c.f(color="purple")))
C("exist", 22, "Is there a metal sphere?", "exist(f(sel(sphere), material=metal))",
  lambda c: yes(c.f(shape="sphere", material="metal")))
C("exist", 23, "Are there any red things in the picture", "exist(f(scene(), color=red))",
  lambda c: yes(c.f(color="red")))
C("exist", 26, "Is anything made of rubber?", "exist(f(scene(), material=rubber))",
  lambda c: yes(c.f(material="rubber")))
C("exist", 27, "Can you see a blue object?", "exist(f(scene(), color=blue))", lambda c: yes(c.f(color="blue")))
C("exist", 28, "is there a red cylinder", "exist(f(sel(cylinder), color=red))",
  lambda c: yes(c.f(shape="cylinder", color="red")))
C("exist", 30, "Is there a small object?", "exist(f(scene(), size=small))", lambda c: yes(c.f(size="small")))
C("exist", 34, "Is there a grey cylinder in the scene?", "exist(f(sel(cylinder), color=gray))",
  lambda c: yes(c.f(shape="cylinder", color="gray")))
C("exist", 35, "Are there any matte cubes?", "exist(f(sel(cube), material=rubber))",
  lambda c: yes(c.f(shape="cube", material="rubber")))
C("exist", 39, "Is there a sphere in this image?", "exist(sel(sphere))", lambda c: yes(c.f(shape="sphere")))
C("exist", 40, "Do we have a brown cylinder?", "exist(f(sel(cylinder), color=brown))",
  lambda c: yes(c.f(shape="cylinder", color="brown")))
C("exist", 51, "Is there a green thing?", "exist(f(scene(), color=green))", lambda c: yes(c.f(color="green")))
C("exist", 52, "is there a shiny cube", "exist(f(sel(cube), material=metal))",
  lambda c: yes(c.f(shape="cube", material="metal")))
C("exist", 54, "Can you find a ball?", "exist(sel(sphere))", lambda c: yes(c.f(shape="sphere")))
C("exist", 57, "Is there a large blue metal sphere?", "exist(f(sel(sphere), size=large, color=blue, material=metal))",
  lambda c: yes(c.f(shape="sphere", size="large", color="blue", material="metal")))
C("exist", 58, "Is there a red object?", "exist(f(scene(), color=red))", lambda c: yes(c.f(color="red")))
P("exist", "street", "Is there a dog?", "exist(sel(dog))", lambda p: yes(p.f("dog")))
P("exist", "street", "is there a bicycle in the picture", "exist(sel(bicycle))", lambda p: yes(p.f("bicycle")))
P("exist", "park", "Is there a bench?", "exist(sel(bench))", lambda p: yes(p.f("bench")))
P("exist", "kitchen", "Is there a clock in the kitchen?", "exist(sel(clock))", lambda p: yes(p.f("clock")))
P("exist", "park", "Are there any cars?", "exist(sel(car))", lambda p: yes(p.f("car")))
P("exist", "kitchen", "Is there a fork?", "exist(sel(fork))", lambda p: yes(p.f("fork")))
P("exist", "shapes", "Is there a star?", "exist(sel(star))", lambda p: yes(p.f("star")))
P("exist", "shapes", "Is there a green circle?", "exist(f(sel(circle), color=green))",
  lambda p: yes(p.f("circle", color="green")))
P("exist", "street", "Do you see a tree?", "exist(sel(tree))", lambda p: yes(p.f("tree")))

# ---- negation --------------------------------------------------------------------------------------------------
C("negation", 0, "Are there no cubes?", "not_(exist(sel(cube)))", lambda c: yes(not c.f(shape="cube")))
C("negation", 2, "Is there no red object?", "not_(exist(f(scene(), color=red)))",
  lambda c: yes(not c.f(color="red")))
C("negation", 29, "Isn't there a cube?", "exist(sel(cube))", lambda c: yes(c.f(shape="cube")))
C("negation", 30, "Are there no metal things?", "not_(exist(f(scene(), material=metal)))",
  lambda c: yes(not c.f(material="metal")))
C("negation", 39, "Is there no sphere in the picture?", "not_(exist(sel(sphere)))",
  lambda c: yes(not c.f(shape="sphere")))
P("negation", "kitchen", "Are there no cups?", "not_(exist(sel(cup)))", lambda p: yes(not p.f("cup")))
P("negation", "street", "Is there no cat in the picture?", "not_(exist(sel(cat)))", lambda p: yes(not p.f("cat")))

# ---- attribute queries ----------------------------------------------------------------------------------------
C("attr_query", 0, "What colour is the cylinder?", "q(sel(cylinder), color)",
  lambda c: c.a(c.the(shape="cylinder"), "color"))
C("attr_query", 2, "What is the cube made of?", "q(sel(cube), material)",
  lambda c: c.a(c.the(shape="cube"), "material"))
C("attr_query", 14, "what shape is the cyan thing", "q(f(scene(), color=cyan), shape)",
  lambda c: c.a(c.the(color="cyan"), "shape"))
C("attr_query", 14, "What color is the cube?", "q(sel(cube), color)", lambda c: c.a(c.the(shape="cube"), "color"))
C("attr_query", 17, "What's the colour of the small ball?", "q(f(sel(sphere), size=small), color)",
  lambda c: c.a(c.the(shape="sphere", size="small"), "color"))
C("attr_query", 17, "How big is the red cube?", "q(f(sel(cube), color=red), size)",
  lambda c: c.a(c.the(shape="cube", color="red"), "size"))
C("attr_query", 22, "What material is the yellow cube?", "q(f(sel(cube), color=yellow), material)",
  lambda c: c.a(c.the(shape="cube", color="yellow"), "material"))
C("attr_query", 22, "what colour is the ball", "q(sel(sphere), color)", lambda c: c.a(c.the(shape="sphere"), "color"))
C("attr_query", 27, "and the yellow object, what shape is that", "q(f(scene(), color=yellow), shape)",
  lambda c: c.a(c.the(color="yellow"), "shape"))
C("attr_query", 28, "What is the sphere made of?", "q(sel(sphere), material)",
  lambda c: c.a(c.the(shape="sphere"), "material"))
C("attr_query", 29, "brown object: what shape?", "q(f(scene(), color=brown), shape)",
  lambda c: c.a(c.the(color="brown"), "shape"))
C("attr_query", 30, "Colour of the cylinder, please?", "q(sel(cylinder), color)",
  lambda c: c.a(c.the(shape="cylinder"), "color"))
C("attr_query", 34, "what color is the cube", "q(sel(cube), color)", lambda c: c.a(c.the(shape="cube"), "color"))
C("attr_query", 34, "Is the cube big or small?", "choose(sel(cube), size, [large, small])",
  lambda c: c.a(c.the(shape="cube"), "size"))
C("attr_query", 36, "What is the brown thing made of?", "q(f(scene(), color=brown), material)",
  lambda c: c.a(c.the(color="brown"), "material"))
C("attr_query", 36, "What shape is the brown object", "q(f(scene(), color=brown), shape)",
  lambda c: c.a(c.the(color="brown"), "shape"))
C("attr_query", 38, "Is the red ball metal or rubber?", "choose(f(sel(sphere), color=red), material, [metal, rubber])",
  lambda c: c.a(c.the(shape="sphere", color="red"), "material"))
C("attr_query", 39, "what material is the cube", "q(sel(cube), material)",
  lambda c: c.a(c.the(shape="cube"), "material"))
C("attr_query", 40, "What colour is the big cube?", "q(f(sel(cube), size=large), color)",
  lambda c: c.a(c.the(shape="cube", size="large"), "color"))
C("attr_query", 44, "what shape is the purple one?",
  "q(f(scene(), color=purple), shape)", lambda c: c.a(c.the(color="purple"), "shape"))
C("attr_query", 51, "What colour is the cube?", "q(sel(cube), color)", lambda c: c.a(c.the(shape="cube"), "color"))
C("attr_query", 51, "what is the big ball made of", "q(f(sel(sphere), size=large), material)",
  lambda c: c.a(c.the(shape="sphere", size="large"), "material"))
C("attr_query", 52, "What colour is the cylinder", "q(sel(cylinder), color)",
  lambda c: c.a(c.the(shape="cylinder"), "color"))
C("attr_query", 54, "What colour's the cylinder?", "q(sel(cylinder), color)",
  lambda c: c.a(c.the(shape="cylinder"), "color"))
C("attr_query", 56, "What's the green thing made of?", "q(f(scene(), color=green), material)",
  lambda c: c.a(c.the(color="green"), "material"))
C("attr_query", 57, "what colour is the ball that's big", "q(f(sel(sphere), size=large), color)",
  lambda c: c.a(c.the(shape="sphere", size="large"), "color"))
C("attr_query", 58, "What shape is the small object?", "q(f(scene(), size=small), shape)",
  lambda c: c.a(c.the(size="small"), "shape"))
C("attr_query", 58, "Is the ball blue or green?", "choose(sel(sphere), color, [blue, green])",
  lambda c: c.a(c.the(shape="sphere"), "color"))
C("attr_query", 20, "What size is the sphere?", "q(sel(sphere), size)", lambda c: c.a(c.the(shape="sphere"), "size"))
C("attr_query", 21, "Is the cylinder that's purple shiny or matte?",
  "choose(f(sel(cylinder), color=purple), material, [metal, rubber])",
  lambda c: c.a(c.the(shape="cylinder", color="purple"), "material"))
P("attr_query", "kitchen", "What colour is the bottle on the table?", "q(sel(bottle), color)",
  lambda p: p.value(p.the("bottle"), "color"))
P("attr_query", "kitchen", "What material is the table?", "q(sel(table), material)",
  lambda p: p.value(p.the("table"), "material"))
P("attr_query", "street", "What color is the bus", "q(sel(bus), color)", lambda p: p.value(p.the("bus"), "color"))
P("attr_query", "park", "what colour's the bench", "q(sel(bench), color)", lambda p: p.value(p.the("bench"), "color"))
P("attr_query", "park", "Which colour is the frisbee?", "q(sel(frisbee), color)",
  lambda p: p.value(p.the("frisbee"), "color"))
P("attr_query", "street", "The car, what colour is it?", "q(sel(car), color)", lambda p: p.value(p.the("car"), "color"))
P("attr_query", "kitchen", "what's the fork made of", "q(sel(fork), material)",
  lambda p: p.value(p.the("fork"), "material"))
P("attr_query", "shapes", "What colour is the triangle?", "q(sel(triangle), color)",
  lambda p: p.value(p.the("triangle"), "color"))
P("attr_query", "shapes", "What shape is green?", "q(f(scene(), color=green), shape)",
  lambda p: p.value(p.the(color="green"), "shape"))
P("attr_query", "street", "What does the sign read?", "q(sel(sign), text)", lambda p: p.value(p.the("sign"), "text"))
P("attr_query", "kitchen", "what does it say on the bottle", "q(sel(bottle), text)",
  lambda p: p.value(p.the("bottle"), "text"))
P("attr_query", "park", "Is the bicycle red?", "verify(sel(bicycle), color, red)",
  lambda p: yes(p.value(p.the("bicycle"), "color") == "red"))
P("attr_query", "street", "is that dog brown", "verify(sel(dog), color, brown)",
  lambda p: yes(p.value(p.the("dog"), "color") == "brown"))
C("attr_query", 0, "the cylinder is green, right?", "verify(sel(cylinder), color, green)",
  lambda c: yes(c.a(c.the(shape="cylinder"), "color") == "green"))
C("attr_query", 14, "Is the cube made of metal?", "verify(sel(cube), material, metal)",
  lambda c: yes(c.a(c.the(shape="cube"), "material") == "metal"))
C("attr_query", 28, "is the brown ball large?", "verify(f(sel(sphere), color=brown), size, large)",
  lambda c: yes(c.a(c.the(shape="sphere", color="brown"), "size") == "large"))
C("attr_query", 36, "Is the yellow cube small?", "verify(f(sel(cube), color=yellow), size, small)",
  lambda c: yes(c.a(c.the(shape="cube", color="yellow"), "size") == "small"))

# ---- comparisons of counts -----------------------------------------------------------------------------------
C("count_compare", 4, "Are there more spheres than cylinders?", "gt(count(sel(sphere)), count(sel(cylinder)))",
  lambda c: yes(len(c.f(shape="sphere")) > len(c.f(shape="cylinder"))))
C("count_compare", 5, "are there more cubes than balls", "gt(count(sel(cube)), count(sel(sphere)))",
  lambda c: yes(len(c.f(shape="cube")) > len(c.f(shape="sphere"))))
C("count_compare", 6, "fewer cubes than spheres in this one?", "lt(count(sel(cube)), count(sel(sphere)))",
  lambda c: yes(len(c.f(shape="cube")) < len(c.f(shape="sphere"))))
C("count_compare", 7, "Are there as many cubes as cylinders?", "eq(count(sel(cube)), count(sel(cylinder)))",
  lambda c: yes(len(c.f(shape="cube")) == len(c.f(shape="cylinder"))))
C("count_compare", 8, "Is there more rubber stuff than metal stuff?",
  "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
  lambda c: yes(len(c.f(material="rubber")) > len(c.f(material="metal"))))
C("count_compare", 9, "Is the number of big things the same as the number of small things?",
  "eq(count(f(scene(), size=large)), count(f(scene(), size=small)))",
  lambda c: yes(len(c.f(size="large")) == len(c.f(size="small"))))
C("count_compare", 11, "are there more brown objects than green ones?",
  "gt(count(f(scene(), color=brown)), count(f(scene(), color=green)))",
  lambda c: yes(len(c.f(color="brown")) > len(c.f(color="green"))))
C("count_compare", 12, "Are there fewer spheres than cubes?", "lt(count(sel(sphere)), count(sel(cube)))",
  lambda c: yes(len(c.f(shape="sphere")) < len(c.f(shape="cube"))))
C("count_compare", 18, "Are there more purple things than cyan things?",
  "gt(count(f(scene(), color=purple)), count(f(scene(), color=cyan)))",
  lambda c: yes(len(c.f(color="purple")) > len(c.f(color="cyan"))))
C("count_compare", 24, "Are there more cubes than cylinders?", "gt(count(sel(cube)), count(sel(cylinder)))",
  lambda c: yes(len(c.f(shape="cube")) > len(c.f(shape="cylinder"))))
C("count_compare", 31, "Are there less cylinders than spheres?", "lt(count(sel(cylinder)), count(sel(sphere)))",
  lambda c: yes(len(c.f(shape="cylinder")) < len(c.f(shape="sphere"))))
C("count_compare", 41, "Are there the same number of spheres and cylinders?",
  "eq(count(sel(sphere)), count(sel(cylinder)))",
  lambda c: yes(len(c.f(shape="sphere")) == len(c.f(shape="cylinder"))))
C("count_compare", 47, "do cubes outnumber cylinders here", "gt(count(sel(cube)), count(sel(cylinder)))",
  lambda c: yes(len(c.f(shape="cube")) > len(c.f(shape="cylinder"))))
C("count_compare", 50, "Are there more green things than blue things?",
  "gt(count(f(scene(), color=green)), count(f(scene(), color=blue)))",
  lambda c: yes(len(c.f(color="green")) > len(c.f(color="blue"))))
C("count_compare", 55, "are there as many purple things as yellow things",
  "eq(count(f(scene(), color=purple)), count(f(scene(), color=yellow)))",
  lambda c: yes(len(c.f(color="purple")) == len(c.f(color="yellow"))))
C("count_compare", 59, "Are there more cylinders than spheres?", "gt(count(sel(cylinder)), count(sel(sphere)))",
  lambda c: yes(len(c.f(shape="cylinder")) > len(c.f(shape="sphere"))))
C("count_compare", 43, "Are there more metal objects than rubber objects?",
  "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
  lambda c: yes(len(c.f(material="metal")) > len(c.f(material="rubber"))))
P("count_compare", "park", "are there more people in the park than dogs", "gt(count(sel(person)), count(sel(dog)))",
  lambda p: yes(len(p.f(PEOPLE)) > len(p.f("dog"))))
P("count_compare", "kitchen", "is the number of cups bigger than the number of plates",
  "gt(count(sel(cup)), count(sel(plate)))",
  lambda p: yes(len(p.f("cup")) > len(p.f("plate"))))
P("count_compare", "park", "are there as many trees as dogs", "eq(count(sel(tree)), count(sel(dog)))",
  lambda p: yes(len(p.f("tree")) == len(p.f("dog"))))
P("count_compare", "street", "Do men outnumber women here?", "gt(count(sel(man)), count(sel(woman)))",
  lambda p: yes(len(p.f("man")) > len(p.f("woman"))))
C("count_compare", 10, "How many more spheres than cubes are there?", "sub(count(sel(sphere)), count(sel(cube)))",
  lambda c: str(len(c.f(shape="sphere")) - len(c.f(shape="cube"))))
C("count_compare", 7, "How many cubes and spheres are there altogether?",
  "count(union(sel(cube), sel(sphere)))", lambda c: n(c.f(shape=("cube", "sphere"))))

# ---- comparisons of attributes ---------------------------------------------------------------------------------
C("attr_compare", 17, "Is the small ball the same colour as the rubber cube?",
  "same(f(sel(sphere), size=small), f(sel(cube), material=rubber), color)",
  lambda c: yes(c.a(c.the(shape="sphere", size="small"), "color")
                == c.a(c.the(shape="cube", material="rubber"), "color")))
C("attr_compare", 22, "Are the cube and the ball made of the same material?",
  "same(sel(cube), sel(sphere), material)",
  lambda c: yes(c.a(c.the(shape="cube"), "material") == c.a(c.the(shape="sphere"), "material")))
C("attr_compare", 27, "Is the large red thing the same shape as the purple thing?",
  "same(f(scene(), size=large, color=red), f(scene(), color=purple), shape)",
  lambda c: yes(c.a(c.the(size="large", color="red"), "shape") == c.a(c.the(color="purple"), "shape")))
C("attr_compare", 28, "Does the sphere have the same colour as the small cylinder?",
  "same(sel(sphere), f(sel(cylinder), size=small), color)",
  lambda c: yes(c.a(c.the(shape="sphere"), "color") == c.a(c.the(shape="cylinder", size="small"), "color")))
C("attr_compare", 34, "Is the cube the same material as the red cylinder?",
  "same(sel(cube), f(sel(cylinder), color=red), material)",
  lambda c: yes(c.a(c.the(shape="cube"), "material") == c.a(c.the(shape="cylinder", color="red"), "material")))
C("attr_compare", 39, "is the cube the same size as the brown cylinder",
  "same(sel(cube), f(sel(cylinder), color=brown), size)",
  lambda c: yes(c.a(c.the(shape="cube"), "size") == c.a(c.the(shape="cylinder", color="brown"), "size")))
C("attr_compare", 40, "Is the brown cylinder bigger than the cyan cube?",
  "and_(verify(f(sel(cylinder), color=brown), size, large), verify(f(sel(cube), color=cyan), size, small))",
  lambda c: yes(c.a(c.the(shape="cylinder", color="brown"), "size") == "large"
                and c.a(c.the(shape="cube", color="cyan"), "size") == "small"))
C("attr_compare", 51, "Does the yellow cube have the same material as the brown ball?",
  "same(f(sel(cube), color=yellow), f(sel(sphere), color=brown), material)",
  lambda c: yes(c.a(c.the(shape="cube", color="yellow"), "material")
                == c.a(c.the(shape="sphere", color="brown"), "material")))
C("attr_compare", 58, "Are the purple cube and the cyan cube the same size?",
  "same(f(sel(cube), color=purple), f(sel(cube), color=cyan), size)",
  lambda c: yes(c.a(c.the(shape="cube", color="purple"), "size") == c.a(c.the(shape="cube", color="cyan"), "size")))
C("attr_compare", 14, "Is the cyan ball the same material as the blue ball?",
  "same(f(sel(sphere), color=cyan), f(sel(sphere), color=blue), material)",
  lambda c: yes(c.a(c.the(shape="sphere", color="cyan"), "material")
                == c.a(c.the(shape="sphere", color="blue"), "material")))
C("attr_compare", 23, "Is the yellow cylinder the same size as the yellow ball?",
  "same(f(sel(cylinder), color=yellow), f(sel(sphere), color=yellow), size)",
  lambda c: yes(c.a(c.the(shape="cylinder", color="yellow"), "size")
                == c.a(c.the(shape="sphere", color="yellow"), "size")))
C("attr_compare", 52, "Is the gray cylinder smaller than the brown cube?",
  "and_(verify(f(sel(cylinder), color=gray), size, small), verify(f(sel(cube), color=brown), size, large))",
  lambda c: yes(c.a(c.the(shape="cylinder", color="gray"), "size") == "small"
                and c.a(c.the(shape="cube", color="brown"), "size") == "large"))
C("attr_compare", 30, "What colour is the thing that is the same shape as the purple thing?",
  "q(same_attr(f(scene(), color=purple), shape), color)",
  lambda c: c.a(c.one([i for i in c.all() if i != c.the(color="purple")
                       and c.a(i, "shape") == c.a(c.the(color="purple"), "shape")]), "color"))
C("attr_compare", 2, "Which thing has the same size as the green cube? what shape is it",
  "q(same_attr(f(sel(cube), color=green), size), shape)",
  lambda c: c.a(c.one([i for i in c.all() if i != c.the(shape="cube", color="green")
                       and c.a(i, "size") == c.a(c.the(shape="cube", color="green"), "size")]), "shape"))
P("attr_compare", "kitchen", "Are the plate and the clock the same colour?", "same(sel(plate), sel(clock), color)",
  lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")))
P("attr_compare", "park", "Is the bench the same colour as the bicycle?", "same(sel(bench), sel(bicycle), color)",
  lambda p: yes(p.value(p.the("bench"), "color") == p.value(p.the("bicycle"), "color")))
P("attr_compare", "shapes", "Is the star the same colour as the triangle?", "same(sel(star), sel(triangle), color)",
  lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("triangle"), "color")))
P("attr_compare", "shapes", "Is the hexagon the same color as the square?", "same(sel(hexagon), sel(square), color)",
  lambda p: yes(p.value(p.the("hexagon"), "color") == p.value(p.the("square"), "color")))

# ---- spatial relations ---------------------------------------------------------------------------------------
C("relation", 0, "How many things are to the right of the blue sphere?",
  "count(rel(f(sel(sphere), color=blue), right))",
  lambda c: n(c.rel("right", c.the(shape="sphere", color="blue"))))
C("relation", 1, "how many objects are left of the purple cube",
  "count(rel(f(sel(cube), color=purple), left))", lambda c: n(c.rel("left", c.the(shape="cube", color="purple"))))
C("relation", 2, "Is there anything behind the cyan cylinder?", "exist(rel(f(sel(cylinder), color=cyan), behind))",
  lambda c: yes(c.rel("behind", c.the(shape="cylinder", color="cyan"))))
C("relation", 3, "How many things are in front of the large red cylinder?",
  "count(rel(f(sel(cylinder), size=large, color=red), front))",
  lambda c: n(c.rel("front", c.the(shape="cylinder", size="large", color="red"))))
C("relation", 5, "How many objects are behind the cyan ball?", "count(rel(f(sel(sphere), color=cyan), behind))",
  lambda c: n(c.rel("behind", c.the(shape="sphere", color="cyan"))))
C("relation", 8, "how many cubes are to the left of the purple ball?",
  "count(f(rel(f(sel(sphere), color=purple), left), shape=cube))",
  lambda c: n(c.f(among=c.rel("left", c.the(shape="sphere", color="purple")), shape="cube")))
C("relation", 9, "Are there any spheres in front of the purple cube?",
  "exist(f(rel(f(sel(cube), color=purple), front), shape=sphere))",
  lambda c: yes(c.f(among=c.rel("front", c.the(shape="cube", color="purple")), shape="sphere")))
C("relation", 10, "How many things are right of the purple sphere?",
  "count(rel(f(sel(sphere), color=purple), right))", lambda c: n(c.rel("right", c.the(shape="sphere", color="purple"))))
C("relation", 13, "How many spheres are behind the large red cube?",
  "count(f(rel(f(sel(cube), size=large, color=red), behind), shape=sphere))",
  lambda c: n(c.f(among=c.rel("behind", c.the(shape="cube", size="large", color="red")), shape="sphere")))
C("relation", 14, "Is the cube to the left of the blue ball?",
  "vrel(f(sel(sphere), color=blue), left, name=cube)",
  lambda c: yes(c.the(shape="cube") in c.rel("left", c.the(shape="sphere", color="blue"))))
C("relation", 17, "Is the yellow ball in front of the red cube?",
  "vrel(f(sel(cube), color=red), front, name=sphere)",
  lambda c: yes(c.the(shape="sphere", color="yellow") in c.rel("front", c.the(shape="cube", color="red"))))
C("relation", 20, "how many objects are in front of the cyan sphere",
  "count(rel(f(sel(sphere), color=cyan), front))", lambda c: n(c.rel("front", c.the(shape="sphere", color="cyan"))))
C("relation", 21, "Is the purple cylinder behind the red ball?",
  "vrel(f(sel(sphere), color=red), behind, name=cylinder)",
  lambda c: yes(c.the(shape="cylinder", color="purple") in c.rel("behind", c.the(shape="sphere", color="red"))))
C("relation", 22, "Is the small cyan ball right of the yellow cylinder?",
  "vrel(f(sel(cylinder), color=yellow), right, name=sphere)",
  lambda c: yes(c.the(shape="sphere", color="cyan") in c.rel("right", c.the(shape="cylinder", color="yellow"))))
C("relation", 25, "How many metal objects are behind the yellow sphere?",
  "count(f(rel(f(sel(sphere), color=yellow), behind), material=metal))",
  lambda c: n(c.f(among=c.rel("behind", c.the(shape="sphere", color="yellow")), material="metal")))
C("relation", 26, "Are there any cubes to the right of the brown cylinder?",
  "exist(f(rel(f(sel(cylinder), color=brown), right), shape=cube))",
  lambda c: yes(c.f(among=c.rel("right", c.the(shape="cylinder", color="brown")), shape="cube")))
C("relation", 32, "How many things are to the left of the yellow sphere?",
  "count(rel(f(sel(sphere), color=yellow), left))", lambda c: n(c.rel("left", c.the(shape="sphere", color="yellow"))))
C("relation", 33, "How many objects are in front of the green cube?",
  "count(rel(f(sel(cube), color=green), front))", lambda c: n(c.rel("front", c.the(shape="cube", color="green"))))
C("relation", 36, "How many spheres are to the left of the brown cylinder?",
  "count(f(rel(f(sel(cylinder), color=brown), left), shape=sphere))",
  lambda c: n(c.f(among=c.rel("left", c.the(shape="cylinder", color="brown")), shape="sphere")))
C("relation", 44, "How many objects are on the right side of the big blue cube?",
  "count(rel(f(sel(cube), size=large, color=blue), right))",
  lambda c: n(c.rel("right", c.the(shape="cube", size="large", color="blue"))))
C("relation", 46, "Is there a cube behind the green sphere?",
  "exist(f(rel(f(sel(sphere), color=green), behind), shape=cube))",
  lambda c: yes(c.f(among=c.rel("behind", c.the(shape="sphere", color="green")), shape="cube")))
C("relation", 48, "how many spheres are right of the blue cylinder",
  "count(f(rel(f(sel(cylinder), color=blue), right), shape=sphere))",
  lambda c: n(c.f(among=c.rel("right", c.the(shape="cylinder", color="blue")), shape="sphere")))
C("relation", 53, "How many rubber things are left of the yellow ball?",
  "count(f(rel(f(sel(sphere), color=yellow), left), material=rubber))",
  lambda c: n(c.f(among=c.rel("left", c.the(shape="sphere", color="yellow")), material="rubber")))
C("relation", 57, "How many things are in front of the blue ball?",
  "count(rel(f(sel(sphere), color=blue), front))", lambda c: n(c.rel("front", c.the(shape="sphere", color="blue"))))
C("relation", 39, "Is the cube to the right of the brown cylinder?",
  "vrel(f(sel(cylinder), color=brown), right, name=cube)",
  lambda c: yes(c.the(shape="cube") in c.rel("right", c.the(shape="cylinder", color="brown"))))
P("relation", "kitchen", "What colour is the cup to the left of the plate?",
  "q(f(rel(sel(plate), left), name=cup), color)",
  lambda p: p.value([o for o in p.f("cup") if p.has(o, "left", "plate")][0], "color"))
P("relation", "street", "what's that woman holding", "q(rel(sel(woman), holding, role=object), name)",
  lambda p: p.name(p.objects_of(p.the("woman"), "holding")[0]))
P("relation", "park", "what's the boy throwing", "q(rel(sel(boy), throwing, role=object), name)",
  lambda p: p.name(p.objects_of(p.the("boy"), "throwing")[0]))
P("relation", "kitchen", "What colour is the cup on the right of the bottle?",
  "q(f(rel(sel(bottle), right), name=cup), color)",
  lambda p: p.value([o for o in p.f("cup") if p.has(o, "right", "bottle")][0], "color"))
P("relation", "park", "Is the dog near the girl white?", "verify(f(rel(sel(girl), near), name=dog), color, white)",
  lambda p: yes(p.value([o for o in p.f("dog") if p.has(o, "near", "girl")][0], "color") == "white"))
P("relation", "street", "Is the sign to the right of the bus?", "vrel(sel(bus), right, name=sign)",
  lambda p: yes(p.has("sign", "right", "bus")))
P("relation", "street", "is the car on the left side of the bus", "vrel(sel(bus), left, name=car)",
  lambda p: yes(p.has("car", "left", "bus")))

# ---- chains: attributes of things found through a relation ---------------------------------------------------
C("chain", 0, "the cylinder to the right of the yellow ball - what colour is it?",
  "q(f(rel(f(sel(sphere), color=yellow), right), shape=cylinder), color)",
  lambda c: c.a(the_rel(c, "right", c.the(shape="sphere", color="yellow"), shape="cylinder"), "color"))
C("chain", 2, "What is the thing behind the green cube made of?",
  "q(rel(f(sel(cube), color=green), behind), material)",
  lambda c: c.a(c.one(c.rel("behind", c.the(shape="cube", color="green"))), "material"))
C("chain", 14, "What shape is the grey thing behind the cyan ball?",
  "q(f(rel(f(sel(sphere), color=cyan), behind), color=gray), shape)",
  lambda c: c.a(the_rel(c, "behind", c.the(shape="sphere", color="cyan"), color="gray"), "shape"))
C("chain", 17, "What colour is the cube right of the green cylinder?",
  "q(f(rel(f(sel(cylinder), color=green), right), shape=cube), color)",
  lambda c: c.a(the_rel(c, "right", c.the(shape="cylinder", color="green"), shape="cube"), "color"))
C("chain", 22, "What's the colour of the small cylinder behind the cyan ball?",
  "q(f(rel(f(sel(sphere), color=cyan), behind), shape=cylinder, size=small), color)",
  lambda c: c.a(the_rel(c, "behind", c.the(shape="sphere", color="cyan"), shape="cylinder", size="small"), "color"))
C("chain", 27, "What is the cube to the left of the red cylinder made of?",
  "q(f(rel(f(sel(cylinder), color=red), left), shape=cube), material)",
  lambda c: c.a(the_rel(c, "left", c.the(shape="cylinder", color="red"), shape="cube"), "material"))
C("chain", 28, "what colour is the big cylinder to the right of the big red one",
  "q(f(rel(f(sel(cylinder), size=large, color=red), right), shape=cylinder, size=large), color)",
  lambda c: c.a(the_rel(c, "right", c.the(shape="cylinder", size="large", color="red"),
                        shape="cylinder", size="large"), "color"))
C("chain", 29, "What shape is the brown thing to the right of the cyan cylinder?",
  "q(f(rel(f(sel(cylinder), color=cyan), right), color=brown), shape)",
  lambda c: c.a(the_rel(c, "right", c.the(shape="cylinder", color="cyan"), color="brown"), "shape"))
C("chain", 34, "What colour is the big thing right of the cube?",
  "q(f(rel(sel(cube), right), size=large), color)",
  lambda c: c.a(the_rel(c, "right", c.the(shape="cube"), size="large"), "color"))
C("chain", 36, "What material is the cube in front of the brown cylinder?",
  "q(f(rel(f(sel(cylinder), color=brown), front), shape=cube), material)",
  lambda c: c.a(the_rel(c, "front", c.the(shape="cylinder", color="brown"), shape="cube"), "material"))
C("chain", 40, "What's the cube to the left of the cyan cube made of?",
  "q(f(rel(f(sel(cube), color=cyan), left), shape=cube), material)",
  lambda c: c.a(the_rel(c, "left", c.the(shape="cube", color="cyan"), shape="cube"), "material"))
C("chain", 51, "what colour is the sphere to the left of the brown ball",
  "q(f(rel(f(sel(sphere), color=brown), left), shape=sphere), color)",
  lambda c: c.a(the_rel(c, "left", c.the(shape="sphere", color="brown"), shape="sphere"), "color"))
C("chain", 52, "What colour is the big cube right of the brown cube?",
  "q(f(rel(f(sel(cube), color=brown), right), shape=cube, size=large), color)",
  lambda c: c.a(the_rel(c, "right", c.the(shape="cube", color="brown"), shape="cube", size="large"), "color"))
C("chain", 58, "What material is the sphere behind the cyan cube?",
  "q(f(rel(f(sel(cube), color=cyan), behind), shape=sphere), material)",
  lambda c: c.a(the_rel(c, "behind", c.the(shape="cube", color="cyan"), shape="sphere"), "material"))
C("chain", 38, "What colour is the small rubber thing right of the red ball?",
  "q(f(rel(f(sel(sphere), color=red), right), size=small, material=rubber), color)",
  lambda c: c.a(the_rel(c, "right", c.the(shape="sphere", color="red"), size="small", material="rubber"), "color"))
C("chain", 20, "what shape is the large object right of the purple cylinder",
  "q(f(rel(f(sel(cylinder), color=purple), right), size=large), shape)",
  lambda c: c.a(the_rel(c, "right", c.the(shape="cylinder", color="purple"), size="large"), "shape"))
C("chain", 30, "Is the sphere left of the blue cylinder purple?",
  "verify(f(rel(f(sel(cylinder), color=blue), left), shape=sphere), color, purple)",
  lambda c: yes(c.a(the_rel(c, "left", c.the(shape="cylinder", color="blue"), shape="sphere"), "color") == "purple"))
# ---- positions on photos ---------------------------------------------------------------------------------------
P("position", "street", "what colour tie is the man on the right wearing",
  "q(rel(f(sel(man), hposition=right), wearing, role=object), color)",
  lambda p: p.value(p.objects_of(p.by_x(p.f("man"))[-1], "wearing")[0], "color"))
P("position", "street", "What's the colour of the left tie?", "q(f(sel(tie), hposition=left), color)",
  lambda p: p.value(p.by_x(p.f("tie"))[0], "color"))
P("position", "kitchen", "colour of the right-hand cup?", "q(f(sel(cup), hposition=right), color)",
  lambda p: p.value(p.by_x(p.f("cup"))[-1], "color"))
P("position", "kitchen", "What color is the leftmost cup?", "q(ord(sel(cup), left, 1), color)",
  lambda p: p.value(p.by_x(p.f("cup"))[0], "color"))
P("position", "kitchen", "What colour is the middle cup?", "q(f(sel(cup), hposition=middle), color)",
  lambda p: p.value(p.by_x(p.f("cup"))[1], "color"))
P("position", "park", "what color is the dog on the right side", "q(f(sel(dog), hposition=right), color)",
  lambda p: p.value(p.by_x(p.f("dog"))[-1], "color"))
P("position", "park", "Who's on the far left?", "q(ord(sel(person), left, 1), name)",
  lambda p: p.name(p.by_x(p.f(PEOPLE))[0]))
P("position", "park", "Who is the rightmost person?", "q(ord(sel(person), right, 1), name)",
  lambda p: p.name(p.by_x(p.f(PEOPLE))[-1]))
P("position", "street", "Does the man on the left have a tie on?",
  "vrel(f(sel(man), hposition=left), wearing, name=tie, role=object)",
  lambda p: yes(any(p.name(o) == "tie" for o in p.objects_of(p.by_x(p.f("man"))[0], "wearing"))))
P("position", "shapes", "What shape is in the top right corner?",
  "q(f(scene(), vposition=top, hposition=right), shape)",
  lambda p: p.value(p.the(vposition="top", hposition="right"), "shape"))
P("position", "shapes", "What colour is the circle on the left?", "q(f(sel(circle), hposition=left), color)",
  lambda p: p.value(p.by_x(p.f("circle"))[0], "color"))
P("position", "park", "What colour is the tree on the right?", "q(f(sel(tree), hposition=right), color)",
  lambda p: p.value(p.by_x(p.f("tree"))[-1], "color"))
P("position", "kitchen", "What colour is the second cup from the left?", "q(ord(sel(cup), left, 2), color)",
  lambda p: p.value(p.by_x(p.f("cup"))[1], "color"))
P("position", "park", "Is the dog on the left black?", "verify(f(sel(dog), hposition=left), color, black)",
  lambda p: yes(p.value(p.by_x(p.f("dog"))[0], "color") == "black"))
P("position", "shapes", "What shape is at the bottom left?",
  "q(f(scene(), vposition=bottom, hposition=left), shape)",
  lambda p: p.value(p.the(vposition="bottom", hposition="left"), "shape"))

# ---- requests, imperatives, fragments, typing slips ------------------------------------------------------------
C("request", 3, "Count the cylinders please", "count(sel(cylinder))", lambda c: n(c.f(shape="cylinder")))
C("request", 5, "can you tell me how many cubes there are?", "count(sel(cube))", lambda c: n(c.f(shape="cube")))
C("request", 9, "Tell me what colour the small sphere is.", "q(f(sel(sphere), size=small), color)",
  lambda c: c.a(c.the(shape="sphere", size="small"), "color"))
C("request", 10, "Could you count the red things for me?", "count(f(scene(), color=red))",
  lambda c: n(c.f(color="red")))
C("request", 16, "I'd like to know how many yellow objects there are", "count(f(scene(), color=yellow))",
  lambda c: n(c.f(color="yellow")))
C("request", 25, "Can you tell me what the big blue cylinder is made of?",
  "q(f(sel(cylinder), size=large, color=blue), material)",
  lambda c: c.a(c.the(shape="cylinder", size="large", color="blue"), "material"))
C("request", 33, "Please count the spheres.", "count(sel(sphere))", lambda c: n(c.f(shape="sphere")))
C("request", 54, "tell me if there's a cylinder", "exist(sel(cylinder))", lambda c: yes(c.f(shape="cylinder")))
C("request", 56, "Could you tell me what shape the green object is?", "q(f(scene(), color=green), shape)",
  lambda c: c.a(c.the(color="green"), "shape"))
P("request", "kitchen", "Can you tell me what colour the clock is?", "q(sel(clock), color)",
  lambda p: p.value(p.the("clock"), "color"))
P("request", "park", "count the people", "count(sel(person))", lambda p: n(p.f(PEOPLE)))
C("fragment", 1, "number of spheres?", "count(sel(sphere))", lambda c: n(c.f(shape="sphere")))
C("fragment", 4, "anything red?", "exist(f(scene(), color=red))", lambda c: yes(c.f(color="red")))
C("fragment", 12, "large objects: how many?", "count(f(scene(), size=large))", lambda c: n(c.f(size="large")))
C("fragment", 15, "colour of the cube?", "q(sel(cube), color)", lambda c: c.a(c.the(shape="cube"), "color"))
C("fragment", 21, "big spheres how many", "count(f(sel(sphere), size=large))",
  lambda c: n(c.f(shape="sphere", size="large")))
C("fragment", 32, "any grey cubes", "exist(f(sel(cube), color=gray))", lambda c: yes(c.f(shape="cube", color="gray")))
P("fragment", "street", "bus colour?", "q(sel(bus), color)", lambda p: p.value(p.the("bus"), "color"))
P("fragment", "park", "dog?", "exist(sel(dog))", lambda p: yes(p.f("dog")))
C("typo", 3, "how many cylindres are there?", "count(sel(cylinder))", lambda c: n(c.f(shape="cylinder")))
C("typo", 11, "How many spheres are ther?", "count(sel(sphere))", lambda c: n(c.f(shape="sphere")))
C("typo", 16, "whats the colour of the big cube", "q(f(sel(cube), size=large), color)",
  lambda c: c.a(c.the(shape="cube", size="large"), "color"))
C("typo", 19, "is ther a yellow cube", "exist(f(sel(cube), color=yellow))",
  lambda c: yes(c.f(shape="cube", color="yellow")))
C("typo", 44, "how many brwon spheres are there", "count(f(sel(sphere), color=brown))",
  lambda c: n(c.f(shape="sphere", color="brown")))
P("typo", "kitchen", "waht colour is the plate", "q(sel(plate), color)", lambda p: p.value(p.the("plate"), "color"))
P("typo", "street", "how many peple are there", "count(sel(person))", lambda p: n(p.f(PEOPLE)))

# ---- refuse: questions no program step can answer ---------------------------------------------------------------
X(0, "Why is the blue ball shiny?")
X(1, "which object is the prettiest")
X(2, "How heavy is the green cube?")
X(3, "What will happen if I push the red sphere?")
X(4, "Pick up the blue ball and put it next to the brown one")
X(5, "how much does the brown cube cost")
X(6, "Why are there so many spheres?")
X(7, "who placed these cubes here")
X(8, "How many cubes are outside the picture?")
X(9, "do you like the green sphere?")
X(10, "What is the red ball used for?")
X(11, "Move the yellow ball to the left.")
X(12, "How many balls were there in the last picture?")
X(13, "What's the temperature of the cyan ball?")
X(14, "Is the blue ball rolling?")
X(17, "What's behind the camera?")
X(18, "Which of these objects is the newest?")
X(20, "how long ago was this picture taken")
X(24, "Why is the gray cube on the right?")
X(26, "What would the scene look like from above?")
X(31, "Is the purple cube warm?")
X(35, "What does the red ball smell like?")
X(41, "Which one would a child pick first?")
X(47, "How fast is the red cylinder moving?")
P("refuse", "park", "why's the boy throwing a frisbee", None, None)
P("refuse", "park", "Is the girl happy?", None, None)
P("refuse", "street", "where is the bus driving to", None, None)
P("refuse", "kitchen", "Who does the green bottle belong to?", None, None)
P("refuse", "street", "What age is the man on the left?", None, None)
P("refuse", "kitchen", "Who cooked dinner?", None, None)

# fmt: on


if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
