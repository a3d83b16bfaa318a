"""The second blind paraphrase set (tests/data/paraphrases/blind2.jsonl): new wordings written after the fixes the
first set led to, to check that those fixes generalise.

    python tests/data/paraphrases/blind/build_blind2.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, build, n, yes  # noqa: E402

L, R, F, B = "left", "right", "front", "behind"


def more(s, a: dict, b: dict) -> str:
    return yes(len(s.f(**a)) > len(s.f(**b)))


def fewer(s, a: dict, b: dict) -> str:
    return yes(len(s.f(**a)) < len(s.f(**b)))


def same_n(s, a: dict, b: dict) -> str:
    return yes(len(s.f(**a)) == len(s.f(**b)))


def q(s, want: dict, attribute: str) -> str:
    return s.a(s.the(**want), attribute)


def same(s, a: dict, b: dict, attribute: str) -> str:
    return yes(s.a(s.the(**a), attribute) == s.a(s.the(**b), attribute))


def not_(s, attribute: str, value: str, among=None) -> list[int]:
    return [i for i in (s.all() if among is None else among) if s.a(i, attribute) != value]


Q = [
    # counting
    ("count", 30, "Give me a count of the spheres.", lambda s: n(s.f(shape="sphere"))),
    ("count", 31, "how many spheres would you say there are", lambda s: n(s.f(shape="sphere"))),
    ("count", 32, "What's the total count of gray objects?", lambda s: n(s.f(color="gray"))),
    ("count", 33, "tell me the number of large things in this scene", lambda s: n(s.f(size="large"))),
    ("count", 35, "how many shiny cubes r there", lambda s: n(s.f(material="metal", shape="cube"))),
    ("count", 37, "Quick question: how many red objects?", lambda s: n(s.f(color="red"))),
    ("count", 41, "I need the number of cylinders, please.", lambda s: n(s.f(shape="cylinder"))),
    ("count", 42, "So, how many blue objects are present in total?", lambda s: n(s.f(color="blue"))),
    ("count", 45, "can u count the big spheres", lambda s: n(s.f(size="large", shape="sphere"))),
    ("count", 47, "how many cubes are purple", lambda s: n(s.f(shape="cube", color="purple"))),
    ("count", 49, "Out of all the objects, how many are spheres?", lambda s: n(s.f(shape="sphere"))),
    ("count", 50, "how many of the objects are made of rubber", lambda s: n(s.f(material="rubber"))),
    ("count", 55, "how many things in this image are purple?", lambda s: n(s.f(color="purple"))),
    (
        "count",
        59,
        "How many big rubber cylinders can I see?",
        lambda s: n(s.f(size="large", material="rubber", shape="cylinder")),
    ),
    ("count", 43, "number of metallic spheres?", lambda s: n(s.f(material="metal", shape="sphere"))),
    ("count", 46, "how many of the spheres are small", lambda s: n(s.f(shape="sphere", size="small"))),
    ("count", 48, "How many objects here are made of metal?", lambda s: n(s.f(material="metal"))),
    ("count", 53, "count every cube in the picture", lambda s: n(s.f(shape="cube"))),
    # existence
    ("exist", 30, "Is there a cube in this picture?", lambda s: yes(s.f(shape="cube"))),
    ("exist", 31, "is there at least one purple cube?", lambda s: yes(s.f(color="purple", shape="cube"))),
    ("exist", 33, "Do you see a red ball anywhere?", lambda s: yes(s.f(color="red", shape="sphere"))),
    ("exist", 34, "is a large cube visible", lambda s: yes(s.f(size="large", shape="cube"))),
    ("exist", 36, "could you find a brown cylinder in the scene", lambda s: yes(s.f(color="brown", shape="cylinder"))),
    ("exist", 38, "Does the image contain any cubes?", lambda s: yes(s.f(shape="cube"))),
    ("exist", 39, "any metal cubes here?", lambda s: yes(s.f(material="metal", shape="cube"))),
    ("exist", 40, "are any of the objects cyan?", lambda s: yes(s.f(color="cyan"))),
    ("exist", 44, "Is anything made of rubber and brown?", lambda s: yes(s.f(material="rubber", color="brown"))),
    ("exist", 51, "do i see a green object", lambda s: yes(s.f(color="green"))),
    ("exist", 52, "can a small cylinder be seen?", lambda s: yes(s.f(size="small", shape="cylinder"))),
    ("exist", 54, "are there any spheres in the scene?", lambda s: yes(s.f(shape="sphere"))),
    ("exist", 57, "Is there a gray block?", lambda s: yes(s.f(color="gray", shape="cube"))),
    ("exist", 58, "is there a shiny purple thing", lambda s: yes(s.f(material="metal", color="purple"))),
    (
        "exist",
        56,
        "Does this scene have a large green cylinder?",
        lambda s: yes(s.f(size="large", color="green", shape="cylinder")),
    ),
    # negation
    ("negation", 30, "is there no cylinder in the image?", lambda s: yes(not s.f(shape="cylinder"))),
    ("negation", 34, "Are there no spheres?", lambda s: yes(not s.f(shape="sphere"))),
    ("negation", 36, "is there nothing red", lambda s: yes(not s.f(color="red"))),
    ("negation", 39, "does the picture not have any spheres", lambda s: yes(not s.f(shape="sphere"))),
    ("negation", 41, "How many things are not yellow?", lambda s: n(not_(s, "color", "yellow"))),
    ("negation", 45, "how many objects aren't made of metal", lambda s: n(not_(s, "material", "metal"))),
    ("negation", 47, "how many cubes are not purple", lambda s: n(not_(s, "color", "purple", s.f(shape="cube")))),
    ("negation", 49, "how many things aren't balls", lambda s: n(not_(s, "shape", "sphere"))),
    (
        "negation",
        50,
        "Is there a sphere that is not green?",
        lambda s: yes(not_(s, "color", "green", s.f(shape="sphere"))),
    ),
    ("negation", 52, "Are there no rubber cubes?", lambda s: yes(not s.f(material="rubber", shape="cube"))),
    ("negation", 53, "is none of the spheres purple", lambda s: yes(not s.f(shape="sphere", color="purple"))),
    ("negation", 58, "how many non-metal things are there", lambda s: n(not_(s, "material", "metal"))),
    # logic
    ("logic", 31, "how many objects are cyan or yellow", lambda s: n(s.f(color=("cyan", "yellow")))),
    ("logic", 37, "count the spheres and cylinders", lambda s: n(s.f(shape=("sphere", "cylinder")))),
    (
        "logic",
        41,
        "Are there both blue cubes and red cylinders?",
        lambda s: yes(s.f(color="blue", shape="cube") and s.f(color="red", shape="cylinder")),
    ),
    (
        "logic",
        42,
        "is there a yellow cube or a gray cylinder?",
        lambda s: yes(s.f(color="yellow", shape="cube") or s.f(color="gray", shape="cylinder")),
    ),
    (
        "logic",
        43,
        "how many things other than the yellow cube are metal?",
        lambda s: n([i for i in s.f(material="metal") if i != s.the(color="yellow", shape="cube")]),
    ),
    (
        "logic",
        45,
        "besides the big cyan sphere, how many spheres are there",
        lambda s: str(len(s.f(shape="sphere")) - 1),
    ),
    ("logic", 46, "How many cubes are there except the gray one?", lambda s: str(len(s.f(shape="cube")) - 1)),
    ("logic", 48, "how many objects are green or blue", lambda s: n(s.f(color=("green", "blue")))),
    (
        "logic",
        55,
        "Are there any large cubes and small cylinders?",
        lambda s: yes(s.f(size="large", shape="cube") and s.f(size="small", shape="cylinder")),
    ),
    ("logic", 59, "how many spheres or cubes are in the image", lambda s: n(s.f(shape=("sphere", "cube")))),
    ("logic", 47, "how many things are either red or yellow", lambda s: n(s.f(color=("red", "yellow")))),
    (
        "logic",
        44,
        "is there both a purple cube and a brown ball",
        lambda s: yes(s.f(color="purple", shape="cube") and s.f(color="brown", shape="sphere")),
    ),
    # compare counts
    (
        "compare_count",
        31,
        "Are there more cylinders than cubes?",
        lambda s: more(s, {"shape": "cylinder"}, {"shape": "cube"}),
    ),
    (
        "compare_count",
        37,
        "are red objects outnumbered by gray ones",
        lambda s: more(s, {"color": "gray"}, {"color": "red"}),
    ),
    (
        "compare_count",
        41,
        "do the cylinders outnumber the spheres",
        lambda s: more(s, {"shape": "cylinder"}, {"shape": "sphere"}),
    ),
    (
        "compare_count",
        43,
        "are there fewer cylinders than spheres?",
        lambda s: fewer(s, {"shape": "cylinder"}, {"shape": "sphere"}),
    ),
    (
        "compare_count",
        45,
        "is the number of cubes the same as the number of spheres",
        lambda s: same_n(s, {"shape": "cube"}, {"shape": "sphere"}),
    ),
    (
        "compare_count",
        47,
        "Are there as many yellow things as blue things?",
        lambda s: same_n(s, {"color": "yellow"}, {"color": "blue"}),
    ),
    (
        "compare_count",
        49,
        "is there more spheres than cylinders",
        lambda s: more(s, {"shape": "sphere"}, {"shape": "cylinder"}),
    ),
    (
        "compare_count",
        50,
        "are there less cubes than spheres",
        lambda s: fewer(s, {"shape": "cube"}, {"shape": "sphere"}),
    ),
    (
        "compare_count",
        53,
        "Are cubes more common than spheres here?",
        lambda s: more(s, {"shape": "cube"}, {"shape": "sphere"}),
    ),
    (
        "compare_count",
        55,
        "are there equally many spheres and cubes",
        lambda s: same_n(s, {"shape": "sphere"}, {"shape": "cube"}),
    ),
    (
        "compare_count",
        59,
        "Do large objects outnumber small objects?",
        lambda s: more(s, {"size": "large"}, {"size": "small"}),
    ),
    (
        "compare_count",
        42,
        "are there more rubber things than metal things",
        lambda s: more(s, {"material": "rubber"}, {"material": "metal"}),
    ),
    # compare attributes
    (
        "compare_attr",
        30,
        "is the green sphere the same size as the purple sphere",
        lambda s: same(s, {"color": "green"}, {"color": "purple"}, "size"),
    ),
    (
        "compare_attr",
        33,
        "Does the cyan cube have the same material as the blue cylinder?",
        lambda s: same(s, {"color": "cyan", "shape": "cube"}, {"color": "blue", "shape": "cylinder"}, "material"),
    ),
    (
        "compare_attr",
        34,
        "are the red cylinder and the yellow cube made of the same material",
        lambda s: same(s, {"color": "red"}, {"color": "yellow"}, "material"),
    ),
    (
        "compare_attr",
        36,
        "Is the brown cylinder the same colour as the yellow cube?",
        lambda s: same(s, {"color": "brown"}, {"color": "yellow"}, "color"),
    ),
    (
        "compare_attr",
        39,
        "do the brown cylinder and the gray cube have the same size",
        lambda s: same(s, {"color": "brown"}, {"color": "gray", "shape": "cube"}, "size"),
    ),
    (
        "compare_attr",
        40,
        "is the cyan cube smaller than the brown cylinder",
        lambda s: yes(q(s, {"color": "cyan"}, "size") == "small" and q(s, {"color": "brown"}, "size") == "large"),
    ),
    (
        "compare_attr",
        44,
        "Is the blue cube bigger than the purple cube?",
        lambda s: yes(q(s, {"color": "blue"}, "size") == "large" and q(s, {"color": "purple"}, "size") == "small"),
    ),
    (
        "compare_attr",
        51,
        "are the brown ball and the yellow cube the same material?",
        lambda s: same(s, {"color": "brown"}, {"color": "yellow"}, "material"),
    ),
    (
        "compare_attr",
        52,
        "how many objects share the blue cube's material?",
        lambda s: n([i for i in s.f(material="metal") if i != s.the(color="blue")]),
    ),
    (
        "compare_attr",
        57,
        "what number of things have the same colour as the small yellow sphere",
        lambda s: n([i for i in s.f(color="yellow") if i != s.the(color="yellow")]),
    ),
    (
        "compare_attr",
        58,
        "do the blue sphere and the cyan cube have the same size?",
        lambda s: same(s, {"color": "blue"}, {"color": "cyan"}, "size"),
    ),
    (
        "compare_attr",
        54,
        "Is the green cube the same shape as the brown cylinder?",
        lambda s: same(s, {"color": "green"}, {"color": "brown"}, "shape"),
    ),
    # attribute queries
    ("query", 30, "what material is the blue cylinder", lambda s: q(s, {"color": "blue"}, "material")),
    (
        "query",
        31,
        "What is the colour of the big sphere?",
        lambda s: q(s, {"size": "large", "shape": "sphere"}, "color"),
    ),
    ("query", 32, "the big ball is what colour", lambda s: q(s, {"size": "large"}, "color")),
    ("query", 33, "what shape is the big red object", lambda s: q(s, {"size": "large", "color": "red"}, "shape")),
    ("query", 34, "what size is the yellow cube?", lambda s: q(s, {"color": "yellow"}, "size")),
    ("query", 35, "Which material is the purple sphere?", lambda s: q(s, {"color": "purple"}, "material")),
    (
        "query",
        38,
        "what colour is the big rubber cylinder",
        lambda s: q(s, {"size": "large", "material": "rubber"}, "color"),
    ),
    ("query", 39, "the cube: what is it made of?", lambda s: q(s, {"shape": "cube"}, "material")),
    ("query", 40, "what's the cyan object's size", lambda s: q(s, {"color": "cyan"}, "size")),
    ("query", 44, "Can you tell me the shape of the blue object?", lambda s: q(s, {"color": "blue"}, "shape")),
    ("query", 51, "What kind of material is the gray sphere made of?", lambda s: q(s, {"color": "gray"}, "material")),
    ("query", 52, "what color is the small cylinder", lambda s: q(s, {"size": "small"}, "color")),
    ("query", 54, "what is the brown object's shape?", lambda s: q(s, {"color": "brown"}, "shape")),
    ("query", 56, "is the brown cube rubber or metal", lambda s: q(s, {"color": "brown"}, "material")),
    ("query", 57, "is the blue sphere large or small?", lambda s: q(s, {"color": "blue"}, "size")),
    ("query", 58, "is the purple object a cube or a sphere", lambda s: q(s, {"color": "purple"}, "shape")),
    ("query", 30, "tell me the size of the blue cylinder", lambda s: q(s, {"color": "blue"}, "size")),
    ("query", 36, "How big is the brown cylinder?", lambda s: q(s, {"color": "brown"}, "size")),
    # verify
    ("verify", 32, "Is the big sphere yellow?", lambda s: yes(q(s, {"size": "large"}, "color") == "yellow")),
    ("verify", 35, "is the purple sphere metallic", lambda s: yes(q(s, {"color": "purple"}, "material") == "metal")),
    (
        "verify",
        39,
        "Is the gray cube large?",
        lambda s: yes(q(s, {"color": "gray", "shape": "cube"}, "size") == "large"),
    ),
    ("verify", 40, "is the brown object a cylinder", lambda s: yes(q(s, {"color": "brown"}, "shape") == "cylinder")),
    ("verify", 51, "Is the big sphere made of rubber?", lambda s: yes(q(s, {"size": "large"}, "material") == "rubber")),
    ("verify", 58, "is the sphere blue?", lambda s: yes(q(s, {"shape": "sphere"}, "color") == "blue")),
    # relations
    (
        "relation",
        30,
        "What colour is the thing on the right of the purple sphere that is a sphere?",
        lambda s: s.a(s.one(s.f(s.rel(R, s.the(color="purple")), shape="sphere")), "color"),
    ),
    (
        "relation",
        32,
        "How many objects are left of the big yellow sphere?",
        lambda s: n(s.rel(L, s.the(color="yellow"))),
    ),
    (
        "relation",
        33,
        "is there a cube to the left of the blue cylinder?",
        lambda s: yes(s.f(s.rel(L, s.the(color="blue")), shape="cube")),
    ),
    (
        "relation",
        34,
        "what's to the right of the yellow cube? what colour is it",
        lambda s: s.a(s.one(s.rel(R, s.the(color="yellow"))), "color"),
    ),
    (
        "relation",
        35,
        "how many cubes are behind the small purple sphere",
        lambda s: n(s.f(s.rel(B, s.the(color="purple")), shape="cube")),
    ),
    (
        "relation",
        36,
        "what colour is the cube in front of the purple sphere",
        lambda s: q(s, {"shape": "cube"}, "color") if s.the(shape="cube") in s.rel(F, s.the(color="purple")) else None,
    ),
    (
        "relation",
        39,
        "what size is the object to the right of the brown cylinder that is a cube",
        lambda s: s.a(s.one(s.f(s.rel(R, s.the(color="brown")), shape="cube")), "size"),
    ),
    ("relation", 40, "How many objects are in front of the gray cube?", lambda s: n(s.rel(F, s.the(color="gray")))),
    (
        "relation",
        44,
        "How many things are there behind the small brown sphere?",
        lambda s: n(s.rel(B, s.the(color="brown", size="small"))),
    ),
    (
        "relation",
        51,
        "is the yellow cube to the right of the brown sphere",
        lambda s: yes(s.the(color="yellow") in s.rel(R, s.the(color="brown"))),
    ),
    (
        "relation",
        52,
        "what material is the thing behind the blue cube",
        lambda s: s.a(s.one(s.rel(B, s.the(color="blue"))), "material"),
    ),
    (
        "relation",
        54,
        "How many gray cubes are to the right of the brown cylinder?",
        lambda s: n(s.f(s.rel(R, s.the(color="brown")), color="gray", shape="cube")),
    ),
    (
        "relation",
        56,
        "Is the green cylinder behind the small yellow sphere?",
        lambda s: yes(s.the(color="green") in s.rel(B, s.the(color="yellow"))),
    ),
    (
        "relation",
        57,
        "what shape is the yellow thing left of the brown cylinder",
        lambda s: (
            q(s, {"color": "yellow"}, "shape") if s.the(color="yellow") in s.rel(L, s.the(color="brown")) else None
        ),
    ),
    (
        "relation",
        58,
        "to the left of the purple cube, how many cubes are there",
        lambda s: n(s.f(s.rel(L, s.the(color="purple")), shape="cube")),
    ),
    (
        "relation",
        59,
        "how many spheres are nearer to the camera than the blue cylinder",
        lambda s: n(s.f(s.rel(F, s.the(color="blue")), shape="sphere")),
    ),
    # photo-like graphs
    ("photo", "street", "How many persons are in the photo?", lambda s: n(s.f(PEOPLE))),
    ("photo", "street", "what colour is the woman", lambda s: s.value(s.the("woman"), "color")),
    (
        "photo",
        "street",
        "is there a dog near the woman",
        lambda s: yes(any(s.name(o) == "dog" for o in s.subjects("near", s.the("woman")))),
    ),
    ("photo", "street", "What does the red sign say?", lambda s: s.value(s.the("sign"), "text")),
    ("photo", "street", "is the bus red", lambda s: yes(s.value(s.the("bus"), "color") == "red")),
    (
        "photo",
        "street",
        "what is the man on the left wearing",
        lambda s: s.name(s.objects_of(s.by_x(s.f("man"))[0], "wearing")[0]),
    ),
    (
        "photo",
        "street",
        "is the rightmost man wearing a blue tie",
        lambda s: yes(any(s.value(o, "color") == "blue" for o in s.objects_of(s.by_x(s.f("man"))[-1], "wearing"))),
    ),
    ("photo", "street", "are there two men", lambda s: yes(len(s.f("man")) == 2)),
    (
        "photo",
        "kitchen",
        "how many cups can you see on the table",
        lambda s: n([c for c in s.f("cup") if s.has(c, "on", s.the("table"))]),
    ),
    ("photo", "kitchen", "what colour is the leftmost cup", lambda s: s.value(s.by_x(s.f("cup"))[0], "color")),
    ("photo", "kitchen", "is the bottle on the table", lambda s: yes(s.has(s.the("bottle"), "on", s.the("table")))),
    ("photo", "kitchen", "what is the fork made of?", lambda s: s.value(s.the("fork"), "material")),
    ("photo", "kitchen", "is there a blue cup", lambda s: yes(s.f("cup", color="blue"))),
    ("photo", "kitchen", "is the woman yellow", lambda s: yes(s.value(s.the("woman"), "color") == "yellow")),
    ("photo", "park", "how many dogs are in the picture", lambda s: n(s.f("dog"))),
    ("photo", "park", "what is the boy throwing", lambda s: s.name(s.objects_of(s.the("boy"), "throwing")[0])),
    (
        "photo",
        "park",
        "is the woman on the left holding a dog",
        lambda s: yes(any(s.name(o) == "dog" for o in s.objects_of(s.by_x(s.f("woman"))[0], "holding"))),
    ),
    ("photo", "park", "what colour is the bench", lambda s: s.value(s.the("bench"), "color")),
    ("photo", "park", "Is the bike red?", lambda s: yes(s.value(s.the("bicycle"), "color") == "red")),
    ("photo", "park", "are there more people than dogs", lambda s: yes(len(s.f(PEOPLE)) > len(s.f("dog")))),
    ("photo", "shapes", "how many stars are there", lambda s: n(s.f("star"))),
    ("photo", "shapes", "what colour is the hexagon", lambda s: s.value(s.the("hexagon"), "color")),
    ("photo", "shapes", "is the square blue", lambda s: yes(s.value(s.the("square"), "color") == "blue")),
    ("photo", "shapes", "how many large shapes are there", lambda s: n(s.f(size="large"))),
    (
        "photo",
        "shapes",
        "are there more blue shapes than red ones",
        lambda s: yes(len(s.f(color="blue")) > len(s.f(color="red"))),
    ),
    # must refuse
    ("refuse", 30, "why are the spheres purple and green", None),
    ("refuse", 33, "what is the temperature of the red sphere", None),
    ("refuse", 35, "how expensive is the gray cube", None),
    ("refuse", 37, "Is there a guitar?", None),
    ("refuse", 41, "how many mugs are on the left", None),
    ("refuse", 44, "who made the brown sphere", None),
    ("refuse", 47, "when was this picture taken", None),
    ("refuse", 50, "what is the purple sphere used for", None),
    ("refuse", 53, "how much does the yellow cube cost", None),
    ("refuse", 55, "is the green cube angry", None),
    ("refuse", 57, "How many cats are behind the gray cube?", None),
    ("refuse", "street", "what is the man on the right saying", None),
    ("refuse", "kitchen", "what's for dinner", None),
    ("refuse", "park", "how many birds are flying", None),
]

if __name__ == "__main__":
    build(Q, Path(__file__).resolve().parents[1] / "blind2.jsonl")
