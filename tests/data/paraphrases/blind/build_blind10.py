"""A tenth blind paraphrase set (tests/data/paraphrases/blind10.jsonl): questions as a broad mix of ordinary
people type them into an app, over CLEVR val scenes and the photo-like graphs: plain everyday counts, existence,
attribute questions, comparisons, spatial relations and chains, positions on photos, in many wordings (word order,
contractions, lower case, missing question marks, a few typing slips, British and American spellings, polite
requests, imperatives, short fragments), plus questions nsvr's steps cannot answer (gold ``refuse``). Written
without reading the parser or the earlier question files; held back to be run once, at the end.

Each item carries a gold program in nsvr's notation (:mod:`nsvr.agent.llm.notation`) and the answer computed by
plain Python from the scene JSON (blind_gold.py, no nsvr import). ``--check`` also runs every gold program with
nsvr's executor and fails when it does not give the plain-Python answer (tests/tasks/test_paraphrase_sets.py does
the same).

    python tests/data/paraphrases/blind/build_blind10.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind10.jsonl"
Q, C, P, X = question_recorder()  # Q: (kind, scene, text, gold program or None, fn or None)


def the_rel(c: Clevr, relation: str, i: int, **want) -> int:
    """The one object with these attributes that is ``relation`` of object i."""
    return c.one(c.f(among=c.rel(relation, i), **want))


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


def atleast(scene, text, k, shape=None, **want):
    """At least k."""
    C("number", scene, text, f"gt(count({g(shape, **want)}), num({k - 1}))",
      lambda c: yes(len(c.f(**w(shape, **want))) >= k))


def query(scene, text, attribute, shape=None, **want):
    C("attribute", scene, text, f"q(u({g(shape, **want)}), {attribute})",
      lambda c: c.a(c.the(**w(shape, **want)), attribute))


def check(scene, text, attribute, value, shape=None, **want):
    C("verify", scene, text, f"verify(u({g(shape, **want)}), {attribute}, {value})",
      lambda c: yes(c.a(c.the(**w(shape, **want)), attribute) == value))


def pick(scene, text, attribute, options, shape=None, **want):
    C("choose", scene, text, f"choose(u({g(shape, **want)}), {attribute}, [{', '.join(options)}])",
      lambda c: c.a(c.the(**w(shape, **want)), attribute))


def more(scene, text, op, a: dict, b: dict):
    """op: gt (more a than b), lt (fewer), eq (as many)."""
    test = {"gt": lambda x, y: x > y, "lt": lambda x, y: x < y, "eq": lambda x, y: x == y}[op]
    C("compare_count", scene, text, f"{op}(count({g(**a)}), count({g(**b)}))",
      lambda c: yes(test(len(c.f(**w(**a))), len(c.f(**w(**b))))))


def alike(scene, text, attribute, a: dict, b: dict):
    C("compare_attr", scene, text, f"same(u({g(**a)}), u({g(**b)}), {attribute})",
      lambda c: yes(c.a(c.the(**w(**a)), attribute) == c.a(c.the(**w(**b)), attribute)))


def around(kind, scene, text, how, relation, anchor: dict, target: dict, attribute=None):
    """Objects ``target`` that are ``relation`` of the one ``anchor``: how = count, exist or query (attribute)."""
    found = f"rel(u({g(**anchor)}), {relation})"
    if target:
        found = f"f({found}, {', '.join(f'{k}={v}' for k, v in target.items())})"

    def fn(c):
        hits = c.f(among=c.rel(relation, c.the(**w(**anchor))), **w(**target))
        if how == "count":
            return n(hits)
        if how == "exist":
            return yes(bool(hits))
        return c.a(c.one(hits), attribute)

    gold = {"count": f"count({found})", "exist": f"exist({found})"}.get(how, f"q(u({found}), {attribute})")
    C(kind, scene, text, gold, fn)


def _one(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def people(p: Photo) -> list[str]:
    return p.f(PEOPLE)


def pos(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th of ids from the left or right."""
    ordered = p.by_x(ids)
    return (ordered if side == "left" else ordered[::-1])[k - 1]


# ---- count (CLEVR) -----------------------------------------------------------------------------------------------
cnt("count", 0, "how many balls are there", "sphere")
cnt("count", 1, "Count the cubes please.", "cube")
cnt("count", 2, "number of cylinders?", "cylinder")
cnt("count", 3, "How many red things r there", color="red")
cnt("count", 4, "how many small yellow objects are in the picture?", size="small", color="yellow")
cnt("count", 5, "What's the total number of metal items?", material="metal")
cnt("count", 6, "Could you tell me how many rubber spheres there are?", "sphere", material="rubber")
cnt("count", 7, "how many cylinders does this image have", "cylinder")
cnt("count", 8, "cubes - how many?", "cube")
cnt("count", 9, "how many grey things", color="gray")
cnt("count", 10, "How many big shiny objects can you see?", size="large", material="metal")
cnt("count", 11, "tell me the number of brown objects.", color="brown")
cnt("count", 12, "How many tiny things?", size="small")
cnt("count", 13, "how many matte cubes are there?", "cube", material="rubber")
cnt("count", 14, "In this picture, how many spheres are there?", "sphere")
cnt("count", 15, "Count all the purple things", color="purple")
cnt("count", 16, "how many large cylinders", "cylinder", size="large")
cnt("count", 17, "How many objects are there in total?")
cnt("count", 18, "what number of green items are there?", color="green")
cnt("count", 19, "how many things are made of metal?", material="metal")
cnt("count", 20, "How many blue rubber objects do you count?", color="blue", material="rubber")
cnt("count", 21, "how many cyan things do u see", color="cyan")
cnt("count", 22, "Please count the small cylinders.", "cylinder", size="small")
cnt("count", 23, "How many blocks are in the scene?", "cube")
cnt("count", 24, "how many gray balls", "sphere", color="gray")
cnt("count", 25, "whats the number of large objects", size="large")
cnt("count", 26, "How many metallic cylinders are there?", "cylinder", material="metal")
cnt("count", 27, "How many things are colored red?", color="red")
cnt("count", 28, "number of rubber things", material="rubber")
cnt("count", 29, "how many items can you count in this image?")
# ---- count (photos) ----------------------------------------------------------------------------------------------
P("count", "street", "How many people are there?", "count(sel(person))", lambda p: n(people(p)))
P("count", "park", "how many dogs can you see", "count(sel(dog))", lambda p: n(p.f("dog")))
P("count", "kitchen", "Count the cups.", "count(sel(cup))", lambda p: n(p.f("cup")))
P("count", "street", "how many men are in the photo?", "count(sel(man))", lambda p: n(p.f("man")))
P("count", "park", "How many women do you see?", "count(sel(woman))", lambda p: n(p.f("woman")))
P("count", "shapes", "How many circles?", "count(sel(circle))", lambda p: n(p.f("circle")))
P("count", "shapes", "how many blue shapes are there", "count(f(scene(), color=blue))",
  lambda p: n(p.f(color="blue")))
P("count", "park", "how many trees are in the picture", "count(sel(tree))", lambda p: n(p.f("tree")))
P("count", "park", "How many people are in this photo?", "count(sel(person))", lambda p: n(people(p)))
P("count", "shapes", "how many small shapes can u see?", "count(f(scene(), size=small))",
  lambda p: n(p.f(size="small")))
# ---- existence ---------------------------------------------------------------------------------------------------
ex("exist", 0, "Is there a red cube?", "cube", color="red")
ex("exist", 1, "any cylinders?", "cylinder")
ex("exist", 2, "Do you see a purple sphere", "sphere", color="purple")
ex("exist", 3, "Can you spot a small metal cube?", "cube", size="small", material="metal")
ex("exist", 4, "is there anything yellow", color="yellow")
ex("exist", 5, "Are there any large rubber cylinders in the image?", "cylinder", size="large", material="rubber")
ex("exist", 6, "Does the picture contain a green ball?", "sphere", color="green")
ex("exist", 7, "is there a brown cube in this scene", "cube", color="brown")
ex("exist", 8, "Any shiny balls?", "sphere", material="metal")
ex("exist", 9, "do we have a cyan object here?", color="cyan")
ex("exist", 10, "Is there at least one gray cylinder?", "cylinder", color="gray")
ex("exist", 11, "can you find a small green cube", "cube", size="small", color="green")
ex("exist", 12, "Is there a big yellow thing?", size="large", color="yellow")
ex("exist", 13, "is a blue sphere visible", "sphere", color="blue")
ex("exist", 14, "Are there any metal blocks?", "cube", material="metal")
ex("exist", 15, "Can I see a purple cylinder in this picture?", "cylinder", color="purple")
ex("exist", 16, "there a red ball?", "sphere", color="red")
ex("exist", 17, "Do you spot anything made of rubber that is cyan?", color="cyan", material="rubber")
P("exist", "street", "is there a dog?", "exist(sel(dog))", lambda p: yes(bool(p.f("dog"))))
P("exist", "park", "Is there a bicycle in the photo", "exist(sel(bicycle))", lambda p: yes(bool(p.f("bicycle"))))
P("exist", "street", "any cars?", "exist(sel(car))", lambda p: yes(bool(p.f("car"))))
P("exist", "kitchen", "Is there a yellow cup?", "exist(f(sel(cup), color=yellow))",
  lambda p: yes(bool(p.f("cup", color="yellow"))))
P("exist", "shapes", "Can you see a red circle?", "exist(f(sel(circle), color=red))",
  lambda p: yes(bool(p.f("circle", color="red"))))
P("exist", "shapes", "is there a green star", "exist(f(sel(star), color=green))",
  lambda p: yes(bool(p.f("star", color="green"))))
P("exist", "kitchen", "Do you see a fork?", "exist(sel(fork))", lambda p: yes(bool(p.f("fork"))))
# ---- negation ----------------------------------------------------------------------------------------------------
no(0, "Is there no cube?", "cube")
no(1, "are there no spheres", "sphere")
no(2, "Are there no green objects in the picture?", color="green")
no(3, "is there no large metal thing?", size="large", material="metal")
no(4, "Does the image not contain a red sphere?", "sphere", color="red")
no(5, "Is there not a single cylinder?", "cylinder")
no(6, "are there no yellow things here", color="yellow")
no(7, "Is no blue cube present?", "cube", color="blue")
no(8, "so are there no big cubes?", "cube", size="large")
no(9, "Is it true that there are no metal cylinders?", "cylinder", material="metal")
no(10, "Is there no brown object in this scene?", color="brown")
no(11, "Are there no purple spheres?", "sphere", color="purple")
P("negation", "park", "are there no dogs in the picture?", "not_(exist(sel(dog)))", lambda p: yes(not p.f("dog")))
P("negation", "kitchen", "Is there no blue cup?", "not_(exist(f(sel(cup), color=blue)))",
  lambda p: yes(not p.f("cup", color="blue")))
P("negation", "shapes", "Are there no yellow shapes?", "not_(exist(f(scene(), color=yellow)))",
  lambda p: yes(not p.f(color="yellow")))
P("negation", "street", "is there no white car", "not_(exist(f(sel(car), color=white)))",
  lambda p: yes(not p.f("car", color="white")))
# ---- numbers -----------------------------------------------------------------------------------------------------
atleast(0, "Are there at least two spheres?", 2, "sphere")
atleast(1, "at least three rubber things?", 3, material="rubber")
atleast(4, "Are there at least 4 spheres?", 4, "sphere")
atleast(5, "are there two or more cubes", 2, "cube")
atleast(7, "Does the scene have at least three cylinders that are small?", 3, "cylinder", size="small")
C("number", 6, "Are there more than four spheres?", "gt(count(sel(sphere)), num(4))",
  lambda c: yes(len(c.f(shape="sphere")) > 4))
C("number", 8, "Are there exactly two metal objects?", "eq(count(f(scene(), material=metal)), num(2))",
  lambda c: yes(len(c.f(material="metal")) == 2))
C("number", 9, "Is there only one cube?", "eq(count(sel(cube)), num(1))", lambda c: yes(len(c.f(shape="cube")) == 1))
C("number", 10, "fewer than three cylinders?", "lt(count(sel(cylinder)), num(3))",
  lambda c: yes(len(c.f(shape="cylinder")) < 3))
C("number", 11, "Are there exactly three brown things?", "eq(count(f(scene(), color=brown)), num(3))",
  lambda c: yes(len(c.f(color="brown")) == 3))
P("number", "street", "are there two or more people", "gt(count(sel(person)), num(1))",
  lambda p: yes(len(people(p)) >= 2))
P("number", "kitchen", "Are there at least four cups?", "gt(count(sel(cup)), num(3))",
  lambda p: yes(len(p.f("cup")) >= 4))
P("number", "park", "Are there exactly 2 dogs?", "eq(count(sel(dog)), num(2))", lambda p: yes(len(p.f("dog")) == 2))
# ---- attribute queries -------------------------------------------------------------------------------------------
query(0, "what colour is the big ball?", "color", "sphere", size="large")
query(0, "what's the cylinder made of", "material", "cylinder")
query(1, "What colour is the ball?", "color", "sphere")
query(1, "What shape is the purple object?", "shape", color="purple")
query(2, "what material is the cyan cylinder", "material", "cylinder", color="cyan")
query(2, "how big is the gray cylinder?", "size", "cylinder", color="gray")
query(3, "Which colour is the cube", "color", "cube")
query(3, "whats the shape of the small purple thing", "shape", size="small", color="purple")
query(5, "What color is the small cube?", "color", "cube", size="small")
query(5, "tell me the material of the blue cube", "material", "cube", color="blue")
query(6, "the gray thing, what shape is it?", "shape", color="gray")
query(7, "What's the yellow object made of?", "material", color="yellow")
query(7, "what size is the red cube?", "size", "cube", color="red")
query(8, "Which shape is the big purple object?", "shape", size="large", color="purple")
query(9, "What colour is the metal cube?", "color", "cube", material="metal")
query(10, "what is the colour of the rubber sphere", "color", "sphere", material="rubber")
query(11, "what colour's the large cube", "color", "cube", size="large")
query(4, "What colour is the big sphere?", "color", "sphere", size="large")
query(10, "What shape is the small red object", "shape", size="small", color="red")
query(1, "Is the gray cube big or small? tell me its size", "size", "cube", color="gray")
P("attribute", "street", "What colour is the bus?", "q(u(sel(bus)), color)", lambda p: p.value(p.the("bus"), "color"))
P("attribute", "street", "what color is the dog", "q(u(sel(dog)), color)", lambda p: p.value(p.the("dog"), "color"))
P("attribute", "kitchen", "What is the table made of?", "q(u(sel(table)), material)",
  lambda p: p.value(p.the("table"), "material"))
P("attribute", "kitchen", "what colour is the bottle", "q(u(sel(bottle)), color)",
  lambda p: p.value(p.the("bottle"), "color"))
P("attribute", "park", "what colour is the bench?", "q(u(sel(bench)), color)",
  lambda p: p.value(p.the("bench"), "color"))
P("attribute", "park", "Frisbee colour?", "q(u(sel(frisbee)), color)", lambda p: p.value(p.the("frisbee"), "color"))
P("attribute", "shapes", "what colour is the star?", "q(u(sel(star)), color)",
  lambda p: p.value(p.the("star"), "color"))
P("attribute", "shapes", "What shape is the yellow one?", "q(u(f(scene(), color=yellow)), shape)",
  lambda p: p.value(p.the(color="yellow"), "shape"))
P("attribute", "shapes", "how big is the triangle?", "q(u(sel(triangle)), size)",
  lambda p: p.value(p.the("triangle"), "size"))
P("attribute", "street", "the car, what colour is it", "q(u(sel(car)), color)",
  lambda p: p.value(p.the("car"), "color"))
# ---- verify and choose -------------------------------------------------------------------------------------------
check(0, "Is the big ball blue?", "color", "blue", "sphere", size="large")
check(0, "is the cylinder metal?", "material", "metal", "cylinder")
check(1, "Is the purple cube large?", "size", "large", "cube", color="purple")
check(7, "Is the yellow thing made of metal?", "material", "metal", color="yellow")
check(9, "is the brown sphere small", "size", "small", "sphere", color="brown")
check(11, "Is the big blue object a cube?", "shape", "cube", size="large", color="blue")
P("verify", "street", "Is the bus red?", "verify(u(sel(bus)), color, red)",
  lambda p: yes(p.value(p.the("bus"), "color") == "red"))
P("verify", "street", "is the dog black", "verify(u(sel(dog)), color, black)",
  lambda p: yes(p.value(p.the("dog"), "color") == "black"))
P("verify", "kitchen", "Is the fork made of metal?", "verify(u(sel(fork)), material, metal)",
  lambda p: yes(p.value(p.the("fork"), "material") == "metal"))
pick(2, "Is the cyan cylinder rubber or metal?", "material", ["rubber", "metal"], "cylinder", color="cyan")
pick(5, "is the small cube red or green", "color", ["red", "green"], "cube", size="small")
pick(2, "big or small, the gray cylinder?", "size", ["large", "small"], "cylinder", color="gray")
pick(6, "Is the gray object a sphere or a cube?", "shape", ["sphere", "cube"], color="gray")
P("choose", "park", "Is the bench green or brown?", "choose(u(sel(bench)), color, [green, brown])",
  lambda p: p.value(p.the("bench"), "color"))
P("choose", "kitchen", "is the table wood or metal", "choose(u(sel(table)), material, [wood, metal])",
  lambda p: p.value(p.the("table"), "material"))
# ---- comparing counts --------------------------------------------------------------------------------------------
more(0, "Are there more cubes than spheres?", "gt", {"shape": "cube"}, {"shape": "sphere"})
more(1, "are there fewer red things than blue things", "lt", {"color": "red"}, {"color": "blue"})
more(2, "Is the number of cylinders the same as the number of cubes?", "eq", {"shape": "cylinder"}, {"shape": "cube"})
more(3, "Do cylinders outnumber spheres?", "gt", {"shape": "cylinder"}, {"shape": "sphere"})
more(4, "are there as many metal objects as rubber ones?", "eq", {"material": "metal"}, {"material": "rubber"})
more(5, "Is the number of balls equal to the number of cubes", "eq", {"shape": "sphere"}, {"shape": "cube"})
more(6, "Are there fewer cylinders than spheres?", "lt", {"shape": "cylinder"}, {"shape": "sphere"})
more(7, "more big things than small things?", "gt", {"size": "large"}, {"size": "small"})
more(8, "Are there more cubes than cylinders in this picture?", "gt", {"shape": "cube"}, {"shape": "cylinder"})
more(9, "are there less metal things than rubber things", "lt", {"material": "metal"}, {"material": "rubber"})
more(10, "Are gray objects more common than red objects?", "gt", {"color": "gray"}, {"color": "red"})
more(11, "do the spheres and the cylinders come in equal numbers?", "eq", {"shape": "sphere"}, {"shape": "cylinder"})
P("compare_count", "street", "Are there more women than men?", "gt(count(sel(woman)), count(sel(man)))",
  lambda p: yes(len(p.f("woman")) > len(p.f("man"))))
P("compare_count", "park", "are there more dogs than bikes", "gt(count(sel(dog)), count(sel(bicycle)))",
  lambda p: yes(len(p.f("dog")) > len(p.f("bicycle"))))
P("compare_count", "kitchen", "More cups than plates?", "gt(count(sel(cup)), count(sel(plate)))",
  lambda p: yes(len(p.f("cup")) > len(p.f("plate"))))
P("compare_count", "shapes", "Are there as many red shapes as blue ones?",
  "eq(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
  lambda p: yes(len(p.f(color="red")) == len(p.f(color="blue"))))
# ---- comparing attributes ----------------------------------------------------------------------------------------
alike(0, "Is the big sphere the same colour as the cylinder?", "color", {"shape": "sphere", "size": "large"},
      {"shape": "cylinder"})
alike(1, "do the gray cube and the purple cube have the same material?", "material",
      {"shape": "cube", "color": "gray"}, {"shape": "cube", "color": "purple"})
alike(3, "Does the sphere have the same color as the big red cylinder?", "color", {"shape": "sphere"},
      {"shape": "cylinder", "color": "red", "size": "large"})
alike(5, "are the small cube and the green cylinder made of the same material", "material",
      {"shape": "cube", "size": "small"}, {"shape": "cylinder", "color": "green"})
alike(7, "Is the yellow cube the same size as the red cube?", "size", {"shape": "cube", "color": "yellow"},
      {"shape": "cube", "color": "red"})
alike(9, "do the blue ball and the purple cube have the same size", "size", {"shape": "sphere", "color": "blue"},
      {"shape": "cube", "color": "purple"})
alike(10, "Is the purple sphere made of the same material as the green cylinder?", "material",
      {"shape": "sphere", "color": "purple"}, {"shape": "cylinder", "color": "green"})
alike(11, "Is the big yellow ball the same shape as the small purple thing?", "shape",
      {"color": "yellow", "size": "large"}, {"color": "purple", "size": "small"})
P("compare_attr", "kitchen", "Is the plate the same colour as the clock?", "same(u(sel(plate)), u(sel(clock)), color)",
  lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")))
P("compare_attr", "street", "do the bus and the sign have the same color", "same(u(sel(bus)), u(sel(sign)), color)",
  lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("sign"), "color")))
P("compare_attr", "shapes", "Is the star the same colour as the square?", "same(u(sel(star)), u(sel(square)), color)",
  lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("square"), "color")))
# ---- spatial relations (CLEVR) -----------------------------------------------------------------------------------
around("spatial", 1, "how many objects are to the left of the purple cube", "count", "left",
       {"shape": "cube", "color": "purple"}, {})
around("spatial", 3, "How many things are behind the sphere?", "count", "behind", {"shape": "sphere"}, {})
around("spatial", 4, "how many spheres are in front of the blue sphere", "count", "front",
       {"shape": "sphere", "color": "blue"}, {"shape": "sphere"})
around("spatial", 1, "Is there a cube right of the brown ball?", "exist", "right",
       {"shape": "sphere", "color": "brown"}, {"shape": "cube"})
around("spatial", 0, "anything behind the green cylinder?", "exist", "behind", {"shape": "cylinder", "color": "green"},
       {})
around("spatial", 5, "Are there any cylinders on the left side of the large blue cube?", "exist", "left",
       {"shape": "cube", "color": "blue"}, {"shape": "cylinder"})
around("spatial", 7, "What number of metal things are in front of the red cube?", "count", "front",
       {"shape": "cube", "color": "red"}, {"material": "metal"})
around("spatial", 9, "how many things r behind the small blue ball", "count", "behind",
       {"shape": "sphere", "color": "blue"}, {})
around("spatial", 6, "Count the objects to the right of the gray sphere.", "count", "right",
       {"shape": "sphere", "color": "gray"}, {})
around("spatial", 2, "What colour is the cylinder behind the cube?", "query", "behind", {"shape": "cube"},
       {"shape": "cylinder", "size": "small"}, "color")
around("spatial", 0, "What material is the thing to the right of the yellow ball?", "query", "right",
       {"shape": "sphere", "color": "yellow"}, {}, "material")
around("spatial", 3, "what shape is the thing in front of the red sphere", "query", "front",
       {"shape": "sphere", "color": "red"}, {}, "shape")
around("spatial", 8, "What colour is the object behind the small gray cube?", "query", "behind",
       {"shape": "cube", "color": "gray", "size": "small"}, {}, "color")
around("spatial", 10, "the thing left of the red ball, what colour is it", "query", "left",
       {"shape": "sphere", "color": "red"}, {}, "color")
around("spatial", 10, "is there a sphere closer to the camera than the gray cube", "exist", "front",
       {"shape": "cube", "color": "gray"}, {"shape": "sphere"})
around("spatial", 11, "how many cylinders are further back than the blue cube?", "count", "behind",
       {"shape": "cube", "color": "blue"}, {"shape": "cylinder"})
# ---- relations on photos -----------------------------------------------------------------------------------------
P("spatial", "street", "Who is holding the dog?", "q(u(rel(u(sel(dog)), holding)), name)",
  lambda p: p.name(_one(p.subjects("holding", p.the("dog")))))
P("spatial", "kitchen", "what's above the table", "q(u(rel(u(sel(table)), above)), name)",
  lambda p: p.name(_one(p.subjects("above", p.the("table")))))
P("spatial", "street", "What is behind the bus?", "q(u(rel(u(sel(bus)), behind)), name)",
  lambda p: p.name(_one(p.subjects("behind", p.the("bus")))))
P("spatial", "kitchen", "how many cups are on the table?", "count(rel(u(sel(table)), on, name=cup))",
  lambda p: n([s for s in p.subjects("on", p.the("table")) if p.name(s) == "cup"]))
P("spatial", "kitchen", "What's to the left of the plate?", "q(u(rel(u(sel(plate)), left)), name)",
  lambda p: p.name(_one(p.subjects("left", p.the("plate")))))
P("spatial", "kitchen", "what colour is the cup right of the bottle",
  "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
  lambda p: p.value(_one([s for s in p.subjects("right", p.the("bottle")) if p.name(s) == "cup"]), "color"))
P("spatial", "park", "who's throwing the frisbee?", "q(u(rel(u(sel(frisbee)), throwing)), name)",
  lambda p: p.name(_one(p.subjects("throwing", p.the("frisbee")))))
P("spatial", "park", "is there a dog near the girl", "exist(rel(u(sel(girl)), near, name=dog))",
  lambda p: yes(any(p.name(s) == "dog" for s in p.subjects("near", p.the("girl")))))
P("spatial", "street", "Is the car to the left of the bus?", "exist(rel(u(sel(bus)), left, name=car))",
  lambda p: yes(p.has(p.the("car"), "left", p.the("bus"))))
P("spatial", "park", "Who is near the bike?", "q(u(rel(u(sel(bicycle)), near)), name)",
  lambda p: p.name(_one(p.subjects("near", p.the("bicycle")))))
# ---- chains ------------------------------------------------------------------------------------------------------
C("chain", 1, "what colour is the cube that isn't purple?", "q(u(diff(sel(cube), f(sel(cube), color=purple))), color)",
  lambda c: c.a(c.one([i for i in c.f(shape="cube") if c.a(i, "color") != "purple"]), "color"))
C("chain", 0, "what shape is the object that has the same material as the yellow sphere",
  "q(u(same_attr(u(f(sel(sphere), color=yellow)), material)), shape)",
  lambda c: c.a(c.one([i for i in c.all() if i != c.the(shape="sphere", color="yellow")
                       and c.a(i, "material") == c.a(c.the(shape="sphere", color="yellow"), "material")]), "shape"))
C("chain", 9, "How many things have the same colour as the small gray cube?",
  "count(same_attr(u(f(sel(cube), color=gray, size=small)), color))",
  lambda c: n([i for i in c.all() if i != c.the(shape="cube", color="gray", size="small")
               and c.a(i, "color") == "gray"]))
C("chain", 5, "how many other objects are the same size as the green cylinder?",
  "count(same_attr(u(f(sel(cylinder), color=green)), size))",
  lambda c: n([i for i in c.all() if i != c.the(shape="cylinder", color="green")
               and c.a(i, "size") == c.a(c.the(shape="cylinder", color="green"), "size")]))
C("chain", 4, "how many cylinders or cubes are there", "count(union(sel(cylinder), sel(cube)))",
  lambda c: n(c.f(shape=("cylinder", "cube"))))
C("chain", 8, "How many things are either purple or yellow?",
  "count(union(f(scene(), color=purple), f(scene(), color=yellow)))", lambda c: n(c.f(color=("purple", "yellow"))))
C("chain", 6, "how many objects besides the spheres are there?", "count(diff(scene(), sel(sphere)))",
  lambda c: n([i for i in c.all() if c.a(i, "shape") != "sphere"]))
C("chain", 7, "What's the number of objects that are both small and made of metal?",
  "count(inter(f(scene(), size=small), f(scene(), material=metal)))", lambda c: n(c.f(size="small", material="metal")))
P("chain", "street", "What colour is the tie worn by the man on the right?",
  "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
  lambda p: p.value(_one(p.objects_of(pos(p, p.f("man"), "right"), "wearing")), "color"))
P("chain", "park", "What is the woman on the left holding?",
  "q(u(rel(ord(sel(woman), left, 1), holding, role=object)), name)",
  lambda p: p.name(_one(p.objects_of(pos(p, p.f("woman"), "left"), "holding"))))
# ---- positions on photos -----------------------------------------------------------------------------------------
P("position", "park", "what colour is the dog on the left?", "q(ord(sel(dog), left, 1), color)",
  lambda p: p.value(pos(p, p.f("dog"), "left"), "color"))
P("position", "park", "the dog on the right - what colour is it?", "q(ord(sel(dog), right, 1), color)",
  lambda p: p.value(pos(p, p.f("dog"), "right"), "color"))
P("position", "kitchen", "What colour is the leftmost cup?", "q(ord(sel(cup), left, 1), color)",
  lambda p: p.value(pos(p, p.f("cup"), "left"), "color"))
P("position", "kitchen", "What colour is the second cup from the left", "q(ord(sel(cup), left, 2), color)",
  lambda p: p.value(pos(p, p.f("cup"), "left", 2), "color"))
P("position", "kitchen", "the rightmost cup is what colour", "q(ord(sel(cup), right, 1), color)",
  lambda p: p.value(pos(p, p.f("cup"), "right"), "color"))
P("position", "street", "What is the man on the right wearing?",
  "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), name)",
  lambda p: p.name(_one(p.objects_of(pos(p, p.f("man"), "right"), "wearing"))))
P("position", "street", "Is the man on the left wearing a tie?",
  "exist(rel(ord(sel(man), left, 1), wearing, name=tie, role=object))",
  lambda p: yes(any(p.name(o) == "tie" for o in p.objects_of(pos(p, p.f("man"), "left"), "wearing"))))
P("position", "park", "who is the person furthest to the right?", "q(ord(sel(person), right, 1), name)",
  lambda p: p.name(pos(p, people(p), "right")))
P("position", "park", "who's on the far left, a man or a woman", "q(ord(sel(person), left, 1), name)",
  lambda p: p.name(pos(p, people(p), "left")))
P("position", "street", "what colour is the tie on the left", "q(ord(sel(tie), left, 1), color)",
  lambda p: p.value(pos(p, p.f("tie"), "left"), "color"))
P("position", "park", "Whats the colour of the tree on the right", "q(ord(sel(tree), right, 1), color)",
  lambda p: p.value(pos(p, p.f("tree"), "right"), "color"))
# ---- text on photos ----------------------------------------------------------------------------------------------
P("text", "street", "What does the sign say?", "q(u(sel(sign)), text)", lambda p: p.value(p.the("sign"), "text"))
P("text", "kitchen", "what's written on the bottle", "q(u(sel(bottle)), text)",
  lambda p: p.value(p.the("bottle"), "text"))
P("text", "street", "what is written on the bus?", "q(u(sel(bus)), text)", lambda p: p.value(p.the("bus"), "text"))
P("text", "kitchen", "What time does the clock show?", "q(u(sel(clock)), text)",
  lambda p: p.value(p.the("clock"), "text"))
P("text", "street", "Does the sign say stop?", "verify(u(sel(sign)), text, STOP)",
  lambda p: yes(p.value(p.the("sign"), "text").lower() == "stop"))
# ---- two clauses and typing slips --------------------------------------------------------------------------------
C("two_clause", 2, "Is there a green cube and is there a cyan cylinder?",
  "and_(exist(f(sel(cube), color=green)), exist(f(sel(cylinder), color=cyan)))",
  lambda c: yes(bool(c.f(shape="cube", color="green")) and bool(c.f(shape="cylinder", color="cyan"))))
C("two_clause", 3, "is there a blue sphere or a purple cube?",
  "or_(exist(f(sel(sphere), color=blue)), exist(f(sel(cube), color=purple)))",
  lambda c: yes(bool(c.f(shape="sphere", color="blue")) or bool(c.f(shape="cube", color="purple"))))
C("two_clause", 0, "There's a big ball in the picture. What is it made of?",
  "q(u(f(sel(sphere), size=large)), material)",
  lambda c: c.a(c.the(shape="sphere", size="large"), "material"))
C("two_clause", 0, "Look at the green cylinder. What colour is the thing behind it?",
  "q(u(rel(u(f(sel(cylinder), color=green)), behind)), color)",
  lambda c: c.a(c.one(c.rel("behind", c.the(shape="cylinder", color="green"))), "color"))
C("two_clause", 6, "Take the cubes. How many of them are metal?",
  "count(f(sel(cube), material=metal))", lambda c: n(c.f(shape="cube", material="metal")))
P("two_clause", "street", "See the dog? What colour is it?", "q(u(sel(dog)), color)",
  lambda p: p.value(p.the("dog"), "color"))
cnt("count", 30, "how many spehres are there", "sphere")
query(1, "whats the colur of the small rubber cylinder", "color", "cylinder", size="small", material="rubber")
ex("exist", 31, "is there a cilinder", "cylinder")
cnt("count", 32, "how many cubess are there?", "cube")
query(9, "wat shape is the purple thing", "shape", color="purple")
# ---- questions nsvr's steps cannot answer ------------------------------------------------------------------------
X(0, "Why is the big ball blue?")
X(1, "which object is the prettiest?")
X(2, "How heavy is the big cylinder?")
X(3, "Who put these objects here?")
X(4, "Do you like the purple sphere?")
X(5, "Is the brown cube hollow inside?")
X(6, "what's the red cylinder used for")
X(7, "How much would the yellow cube cost?")
X(8, "what is hidden behind the camera?")
X(9, "Is the green cylinder warm or cold to the touch?")
X("street", "What is the man on the left thinking?")
X("street", "Where is the bus going?")
X("street", "What's the dog's name?")
X("street", "How fast is the bus driving?")
X("kitchen", "Is the coffee in the cup hot?")
X("kitchen", "Who is going to wash the plate?")
X("park", "how old is the girl?")
X("park", "Why is the woman on the left holding the dog?")
X("park", "Is the boy happy?")
X("park", "What will the dog do next?")
X("shapes", "Which shape is the most beautiful?")
X("shapes", "who drew these shapes")
# fmt: on


# fmt: on


if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
