"""A third blind paraphrase set (tests/data/paraphrases/blind3.jsonl), written after the fixes the second set led
to, as one more check that they generalise.

    python tests/data/paraphrases/blind/build_blind3.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, build, n, yes  # noqa: E402

L, R, F, B = "left", "right", "front", "behind"


def q(s, want: dict, attribute: str) -> str:
    return s.a(s.the(**want), attribute)


def cnt(s, **want) -> int:
    return len(s.f(**want))


Q = [
    ("count", 0, "whats the number of cylinders", lambda s: n(s.f(shape="cylinder"))),
    ("count", 3, "how many cylinders r in the pic", lambda s: n(s.f(shape="cylinder"))),
    ("count", 4, "Could you let me know how many spheres are in this scene?", lambda s: n(s.f(shape="sphere"))),
    ("count", 6, "spheres, how many?", lambda s: n(s.f(shape="sphere"))),
    ("count", 9, "I'd love to know the number of green things", lambda s: n(s.f(color="green"))),
    ("count", 11, "please count the small metal objects", lambda s: n(s.f(size="small", material="metal"))),
    ("count", 13, "How many objects are coloured red?", lambda s: n(s.f(color="red"))),
    ("count", 19, "how many cyan cylinders do you see here", lambda s: n(s.f(color="cyan", shape="cylinder"))),
    (
        "count",
        24,
        "What's the count of large metal cubes?",
        lambda s: n(s.f(size="large", material="metal", shape="cube")),
    ),
    ("count", 26, "How many green objects are in this scene in total?", lambda s: n(s.f(color="green"))),
    ("count", 41, "count the yellow things for me please", lambda s: n(s.f(color="yellow"))),
    ("count", 47, "How many rubber cubes can be found?", lambda s: n(s.f(material="rubber", shape="cube"))),
    (
        "exist",
        1,
        "Is there some cylinder in the image that is blue?",
        lambda s: yes(s.f(shape="cylinder", color="blue")),
    ),
    ("exist", 5, "do you spot any green spheres?", lambda s: yes(s.f(color="green", shape="sphere"))),
    ("exist", 8, "can you see a purple object here?", lambda s: yes(s.f(color="purple"))),
    (
        "exist",
        10,
        "is there a small cylinder made of rubber",
        lambda s: yes(s.f(size="small", material="rubber", shape="cylinder")),
    ),
    ("exist", 15, "Does the scene show any yellow balls?", lambda s: yes(s.f(color="yellow", shape="sphere"))),
    ("exist", 20, "are any big things present", lambda s: yes(s.f(size="large"))),
    ("exist", 22, "got any cyan spheres?", lambda s: yes(s.f(color="cyan", shape="sphere"))),
    (
        "exist",
        33,
        "is a big green block in the picture?",
        lambda s: yes(s.f(size="large", color="green", shape="cube")),
    ),
    (
        "exist",
        44,
        "Are there any brown metal spheres in this image?",
        lambda s: yes(s.f(color="brown", material="metal", shape="sphere")),
    ),
    ("exist", 53, "Is there a matte yellow object?", lambda s: yes(s.f(material="rubber", color="yellow"))),
    ("negation", 2, "Are there no balls in the scene?", lambda s: yes(not s.f(shape="sphere"))),
    ("negation", 10, "how many things are not gray", lambda s: n([i for i in s.all() if s.a(i, "color") != "gray"])),
    (
        "negation",
        16,
        "how many balls are not made of metal?",
        lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "material") != "metal"]),
    ),
    ("negation", 18, "is there no yellow thing", lambda s: yes(not s.f(color="yellow"))),
    (
        "negation",
        25,
        "How many objects aren't cylinders?",
        lambda s: n([i for i in s.all() if s.a(i, "shape") != "cylinder"]),
    ),
    ("negation", 29, "Does the picture lack any cubes?", lambda s: yes(not s.f(shape="cube"))),
    ("negation", 37, "are there no large spheres", lambda s: yes(not s.f(size="large", shape="sphere"))),
    (
        "negation",
        43,
        "how many of the objects are not cubes",
        lambda s: n([i for i in s.all() if s.a(i, "shape") != "cube"]),
    ),
    ("logic", 2, "how many objects are green or gray", lambda s: n(s.f(color=("green", "gray")))),
    (
        "logic",
        12,
        "Are there both green spheres and red cubes?",
        lambda s: yes(s.f(color="green", shape="sphere") and s.f(color="red", shape="cube")),
    ),
    ("logic", 21, "How many spheres are there, apart from the gray one?", lambda s: str(cnt(s, shape="sphere") - 1)),
    ("logic", 24, "how many cubes other than the large green one are there", lambda s: str(cnt(s, shape="cube") - 1)),
    (
        "logic",
        35,
        "Is there a purple cube or a green sphere?",
        lambda s: yes(s.f(color="purple", shape="cube") or s.f(color="green", shape="sphere")),
    ),
    ("logic", 46, "how many purple or cyan things are there", lambda s: n(s.f(color=("purple", "cyan")))),
    ("logic", 49, "count the green and gray cylinders", lambda s: n(s.f(color=("green", "gray"), shape="cylinder"))),
    (
        "logic",
        50,
        "what number of things are either large or cyan",
        lambda s: n([i for i in s.all() if s.a(i, "size") == "large" or s.a(i, "color") == "cyan"]),
    ),
    (
        "compare_count",
        4,
        "Are there more spheres than cylinders in the scene?",
        lambda s: yes(cnt(s, shape="sphere") > cnt(s, shape="cylinder")),
    ),
    (
        "compare_count",
        9,
        "are there fewer spheres than cylinders",
        lambda s: yes(cnt(s, shape="sphere") < cnt(s, shape="cylinder")),
    ),
    (
        "compare_count",
        11,
        "Is the number of spheres equal to the number of cylinders?",
        lambda s: yes(cnt(s, shape="sphere") == cnt(s, shape="cylinder")),
    ),
    (
        "compare_count",
        24,
        "do red things outnumber gray things",
        lambda s: yes(cnt(s, color="red") > cnt(s, color="gray")),
    ),
    (
        "compare_count",
        41,
        "Are there as many yellow objects as blue objects?",
        lambda s: yes(cnt(s, color="yellow") == cnt(s, color="blue")),
    ),
    (
        "compare_count",
        45,
        "are cubes less common than spheres?",
        lambda s: yes(cnt(s, shape="cube") < cnt(s, shape="sphere")),
    ),
    (
        "compare_count",
        47,
        "are there more purple things than red things?",
        lambda s: yes(cnt(s, color="purple") > cnt(s, color="red")),
    ),
    (
        "compare_count",
        59,
        "is the number of purple objects bigger than the number of brown objects",
        lambda s: yes(cnt(s, color="purple") > cnt(s, color="brown")),
    ),
    (
        "compare_attr",
        5,
        "Is the small cyan sphere the same material as the big brown cube?",
        lambda s: yes(q(s, {"color": "cyan"}, "material") == q(s, {"color": "brown", "shape": "cube"}, "material")),
    ),
    (
        "compare_attr",
        8,
        "does the large purple sphere have the same colour as the small purple cylinder?",
        lambda s: yes(True),
    ),
    (
        "compare_attr",
        12,
        "is the blue cube the same size as the large gray sphere",
        lambda s: yes(q(s, {"color": "blue"}, "size") == q(s, {"size": "large"}, "size")),
    ),
    (
        "compare_attr",
        21,
        "Are the red sphere and the purple cylinder the same size?",
        lambda s: yes(q(s, {"color": "red"}, "size") == q(s, {"color": "purple"}, "size")),
    ),
    (
        "compare_attr",
        28,
        "is the brown ball made of the same material as the big red cylinder",
        lambda s: yes(q(s, {"color": "brown"}, "material") == q(s, {"color": "red", "size": "large"}, "material")),
    ),
    (
        "compare_attr",
        30,
        "how many other objects are as big as the blue cylinder",
        lambda s: str(cnt(s, size="large") - 1),
    ),
    ("compare_attr", 44, "is the cyan cube bigger than the brown rubber sphere?", lambda s: yes(False)),
    (
        "query",
        1,
        "what's the colour of the metal cylinder",
        lambda s: q(s, {"material": "metal", "shape": "cylinder"}, "color"),
    ),
    ("query", 4, "tell me what the big ball is made of", lambda s: q(s, {"size": "large"}, "material")),
    (
        "query",
        10,
        "which shape does the small red thing have",
        lambda s: q(s, {"size": "small", "color": "red"}, "shape"),
    ),
    ("query", 14, "What colour is the large ball?", lambda s: q(s, {"size": "large"}, "color")),
    ("query", 17, "the green thing is made of what", lambda s: q(s, {"color": "green"}, "material")),
    ("query", 23, "What size is the yellow sphere?", lambda s: q(s, {"color": "yellow", "shape": "sphere"}, "size")),
    ("query", 27, "is the purple cube big or small", lambda s: q(s, {"color": "purple"}, "size")),
    ("query", 29, "what kind of object is the brown one", lambda s: q(s, {"color": "brown"}, "shape")),
    ("query", 36, "what colour is the rubber object", lambda s: q(s, {"material": "rubber"}, "color")),
    ("query", 39, "what's the small brown thing's shape?", lambda s: q(s, {"color": "brown"}, "shape")),
    ("query", 52, "what is the gray object made out of", lambda s: q(s, {"color": "gray"}, "material")),
    ("query", 56, "is the green cylinder metal or rubber?", lambda s: q(s, {"color": "green"}, "material")),
    ("relation", 0, "what is the shape of the thing in front of the big blue ball", None),
    ("relation", 1, "how many objects are right of the purple cube", lambda s: n(s.rel(R, s.the(color="purple")))),
    (
        "relation",
        3,
        "Is there a sphere to the left of the small purple cube?",
        lambda s: yes(s.f(s.rel(L, s.the(color="purple", shape="cube")), shape="sphere")),
    ),
    (
        "relation",
        6,
        "What colour is the object to the left of the purple sphere?",
        lambda s: s.a(s.one(s.rel(L, s.the(color="purple", shape="sphere"))), "color"),
    ),
    (
        "relation",
        14,
        "what material is the thing in front of the blue sphere",
        lambda s: s.a(s.one(s.rel(F, s.the(color="blue"))), "material"),
    ),
    ("relation", 22, "How many objects are behind the purple cylinder?", lambda s: n(s.rel(B, s.the(color="purple")))),
    (
        "relation",
        27,
        "Is the red cylinder in front of the yellow sphere?",
        lambda s: yes(s.the(color="red", shape="cylinder") in s.rel(F, s.the(color="yellow"))),
    ),
    (
        "relation",
        34,
        "what shape is the object to the left of the yellow cube",
        lambda s: s.a(s.one(s.rel(L, s.the(color="yellow"))), "shape"),
    ),
    (
        "relation",
        40,
        "are there any cubes in front of the brown cylinder",
        lambda s: yes(s.f(s.rel(F, s.the(color="brown")), shape="cube")),
    ),
    (
        "relation",
        51,
        "how many things are on the right side of the gray ball",
        lambda s: n(s.rel(R, s.the(color="gray"))),
    ),
    (
        "photo",
        "street",
        "How many men are wearing ties?",
        lambda s: n([m for m in s.f("man") if any(s.name(o) == "tie" for o in s.objects_of(m, "wearing"))]),
    ),
    ("photo", "street", "what colour is the bus?", lambda s: s.value(s.the("bus"), "color")),
    ("photo", "street", "is the sign red", lambda s: yes(s.value(s.the("sign"), "color") == "red")),
    ("photo", "kitchen", "what colour is the plate", lambda s: s.value(s.the("plate"), "color")),
    (
        "photo",
        "kitchen",
        "Is there a red cup on the table?",
        lambda s: yes(any(s.has(c, "on", s.the("table")) for c in s.f("cup", color="red"))),
    ),
    (
        "photo",
        "park",
        "what colour is the girl's dog",
        lambda s: s.value(s.objects_of(s.the("girl"), "near")[0], "color"),
    ),
    (
        "photo",
        "park",
        "how many people are near dogs",
        lambda s: n([p for p in s.f(PEOPLE) if any(s.name(o) == "dog" for o in s.objects_of(p, "near"))]),
    ),
    ("photo", "shapes", "what colour is the star", lambda s: s.value(s.the("star"), "color")),
    ("photo", "shapes", "How many small shapes are there?", lambda s: n(s.f(size="small"))),
    ("refuse", 2, "how tall is the cyan cylinder in centimetres", None),
    ("refuse", 7, "what is the yellow cube worth", None),
    ("refuse", 13, "why is there a red cube", None),
    ("refuse", 31, "is the picture beautiful", None),
    ("refuse", 45, "how many bottles are there", None),
    ("refuse", "street", "where is the bus going", None),
]

if __name__ == "__main__":
    build(Q, Path(__file__).resolve().parents[1] / "blind3.jsonl")
