# ruff: noqa: E501
"""Blind paraphrase set 44: CLEVR's compositional questions, said the way people actually talk. Every question has
the logical build of one of CLEVR's question families (two- and three-hop chains of relations, "the same size /
colour / shape / material as", "and" and "or" of two sets, comparisons of two counts, comparisons of an attribute
of two described objects, existence at the end of a chain), but is worded as a person would say it rather than as
a template would: the sentence turned round ("Behind the little red ball, how many ..."), a thing named in one
sentence and picked up in the next with "it", "that one" or "this ball", fronted phrases, relative clauses
("the block that's sitting behind the ..."), passives ("is hidden behind", "can be seen to the left of"),
everyday words ("ball", "block", "box", "can", "shiny", "matte", "rubbery", "little", "huge"), dictation with no
punctuation, a few ordinary typos ("cylnder", "behnd", "colur"), learners' English ("how many thing is ...",
"it have same colour?") and up to about forty words.

About 75% ask about CLEVR val scenes, 15% about the photo-like graphs (street, kitchen, park; only their stated
relations are used), 10% about the drawing of flat shapes; about one in ten must be refused (prices, weights,
feelings, intentions, names, what happened before or happens next, what a scene graph cannot record). "The X" is
used only where exactly one X matches, and a chain only where every thing it passes through is the only one that
fits; left/right and front/behind are only asked where no object lies within the tie margin of the anchor along
that axis. Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other set
(the thirty-ninth builder was read for the format only, and CLEVR's templates only for which question types exist).

Run ``python build_blind44.py`` to write ``../blind44.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, said_same, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind44.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.25


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects that are ``relation`` of the anchor; NotUnique when any object lies within TIE of the anchor
    along that axis."""
    here = along(s, anchor, relation)
    for j in s.all():
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return s.rel(relation, anchor)


def among(s: Clevr, ids: list[int], **want) -> list[int]:
    return [i for i in ids if all(s.a(i, k) == v for k, v in want.items())]


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def R(s: Clevr, relation: str, anchor: int, **want) -> list[int]:
    """The objects ``relation`` of the anchor with the given attribute values."""
    return among(s, related(s, relation, anchor), **want)


def R1(s: Clevr, relation: str, anchor: int, **want) -> int:
    """The one object ``relation`` of the anchor with the given attribute values."""
    return only(R(s, relation, anchor, **want))


def both(a: list, b: list) -> list:
    return [i for i in a if i in b]


def either(a: list, b: list) -> list:
    return sorted(set(a) | set(b))


def is_rel(s: Clevr, t: int, relation: str, a: int) -> str:
    if abs(along(s, t, relation) - along(s, a, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(t in s.rel(relation, a))


def others(s: Clevr, anchor: int, attribute: str, **want) -> list[int]:
    """The objects other than the anchor that share its value of ``attribute`` (and have the given values)."""
    return [i for i in among(s, s.all(), **want) if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def same(s: Clevr, i: int, j: int, attribute: str) -> str:
    return yes(s.a(i, attribute) == s.a(j, attribute))


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def named(p: Photo, ids: list[str], name: str) -> list[str]:
    return [o for o in ids if p.name(o) == name]


def worn_by(p: Photo, who: str) -> str:
    return only(p.objects_of(who, "wearing"))


def side_of(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th object of ids from the left or the right (box centres); NotUnique within 40 pixels."""
    centre = {i: (p.objects[i]["box"][0] + p.objects[i]["box"][2]) / 2 for i in ids}
    order = p.by_x(ids)
    if side == "right":
        order = order[::-1]
    here = centre[order[k - 1]]
    if any(abs(centre[order[j]] - here) < 40 for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def pv(p: Photo, oid: str, attribute: str):
    return p.value(oid, attribute)


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================
# scene 0: small yellow rubber sph (front), large blue metal sph (left), large green rubber cyl
C(
    "compare_attr",
    0,
    "the big ball thats blue is it made of the same stuff as the green can",
    "same(u(f(sel(sphere), color=blue)), u(f(sel(cylinder), color=green)), material)",
    lambda s: same(s, s.the(shape="sphere", color="blue"), s.the(shape="cylinder", color="green"), "material"),
)
C(
    "chain",
    0,
    "Take whatever is sitting to the right of the small yellow sphere. The thing that's behind that one, what colour has it got?",
    "q(u(rel(u(rel(u(f(sel(sphere), size=small, color=yellow)), right)), behind)), color)",
    lambda s: s.a(
        only(related(s, "behind", only(related(s, "right", s.the(shape="sphere", color="yellow"))))), "color"
    ),
)
C(
    "spatial",
    0,
    "Something is found on the right side of the little yellow ball. What is it made from?",
    "q(u(rel(u(f(sel(sphere), size=small, color=yellow)), right)), material)",
    lambda s: s.a(only(related(s, "right", s.the(shape="sphere", color="yellow"))), "material"),
)

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "compare_count",
    1,
    "are there as many cans as there are blocks in here",
    "eq(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="cube"))),
)
C(
    "compare_attr",
    1,
    "The shiny can and the ball: is their material the same, or no?",
    "same(u(f(sel(cylinder), material=metal)), u(sel(sphere)), material)",
    lambda s: same(s, s.the(shape="cylinder", material="metal"), s.the(shape="sphere"), "material"),
)
C(
    "chain",
    1,
    "In front of the big purple cube there's a cylinder; how many things are further left than that cylinder?",
    "count(rel(u(f(rel(u(f(sel(cube), size=large, color=purple)), front), shape=cylinder)), left))",
    lambda s: n(related(s, "left", R1(s, "front", s.the(shape="cube", color="purple"), shape="cylinder"))),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "compare_attr",
    2,
    "is the little grey cylinder made out of the same material like the big block",
    "same(u(f(sel(cylinder), size=small, color=gray)), u(sel(cube)), material)",
    lambda s: same(s, s.the(shape="cylinder", size="small"), s.the(shape="cube"), "material"),
)
C(
    "compare_attr",
    2,
    "The cyan can, is it made of the same material as the cube, do you think?",
    "same(u(f(sel(cylinder), color=cyan)), u(sel(cube)), material)",
    lambda s: same(s, s.the(shape="cylinder", color="cyan"), s.the(shape="cube"), "material"),
)
X(2, "How much would the green block cost in a toy shop?")

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "count",
    3,
    "Not counting the little cube itself, how many other things have got the same colour as it?",
    "count(diff(f(scene(), color=purple), u(f(sel(cube), size=small))))",
    lambda s: n(others(s, s.the(shape="cube"), "color")),
)
C(
    "exist",
    3,
    "There's a red ball. Behind it, can you see any large cylinder?",
    "exist(f(rel(u(f(sel(sphere), color=red)), behind), size=large, shape=cylinder))",
    lambda s: yes(bool(R(s, "behind", s.the(shape="sphere", color="red"), size="large", shape="cylinder"))),
)
C(
    "count",
    3,
    "my son asks me this one: if you only look at things that are on the left of the big red can and also behind the little purple block, how many things do you find there",
    "count(diff(rel(u(f(sel(cylinder), size=large, color=red)), left), diff(rel(u(f(sel(cylinder), size=large, color=red)), left), rel(u(f(sel(cube), color=purple)), behind))))",
    lambda s: n(
        both(
            related(s, "left", s.the(shape="cylinder", size="large", color="red")),
            related(s, "behind", s.the(shape="cube")),
        )
    ),
)

# scene 4: nine small things and one large blue metal sph
C(
    "compare_count",
    4,
    "Would you say there are more yellow things than purple things",
    "gt(count(f(scene(), color=yellow)), count(f(scene(), color=purple)))",
    lambda s: yes(len(s.f(color="yellow")) > len(s.f(color="purple"))),
)
C(
    "attribute",
    4,
    "One of the balls has the same colour as the purple cylinder. What is that ball made of?",
    "q(u(f(sel(sphere), color=purple)), material)",
    lambda s: s.a(only(s.f(shape="sphere", color=s.a(s.the(shape="cylinder", color="purple"), "color"))), "material"),
)
C(
    "number",
    4,
    "how many things r either balls or yellow",
    "add(count(sel(sphere)), count(fn(f(scene(), color=yellow), shape=sphere)))",
    lambda s: n(either(s.f(shape="sphere"), s.f(color="yellow"))),
)
C(
    "chain",
    4,
    "Look at the shiny yellow ball. Of all the stuff to its left, how many are rubbery cylinders?",
    "count(f(rel(u(f(sel(sphere), color=yellow, material=metal)), left), material=rubber, shape=cylinder))",
    lambda s: n(
        R(s, "left", s.the(shape="sphere", color="yellow", material="metal"), material="rubber", shape="cylinder")
    ),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "compare_attr",
    5,
    "Is the huge brown ball made of the same material that the huge brown block is made of?",
    "same(u(f(sel(sphere), size=large, color=brown)), u(f(sel(cube), size=large, color=brown)), material)",
    lambda s: same(s, s.the(shape="sphere", color="brown"), s.the(shape="cube", color="brown"), "material"),
)
C(
    "chain",
    5,
    "There's a big ball with the same colour as the little purple ball. How many things are to the left of that big one?",
    "count(rel(u(f(sel(sphere), size=large, color=purple)), left))",
    lambda s: n(
        related(
            s,
            "left",
            only(others(s, s.the(shape="sphere", size="small", color="purple"), "color", shape="sphere", size="large")),
        )
    ),
)
C(
    "compare_count",
    5,
    "Fewer blocks than balls in this picture, yes or no?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="sphere"))),
)
X(5, "Which of the two brown things did somebody buy first?")

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "attribute",
    6,
    "what shape is the other thing that got the same colour as the small purple ball",
    "q(u(diff(f(scene(), color=purple), u(f(sel(sphere), color=purple)))), shape)",
    lambda s: s.a(only(others(s, s.the(shape="sphere", color="purple"), "color")), "shape"),
)
C(
    "chain",
    6,
    "The red block has a big cylinder sitting behind it. Which colour is that cylinder?",
    "q(u(f(rel(u(f(sel(cube), color=red)), behind), size=large, shape=cylinder)), color)",
    lambda s: s.a(R1(s, "behind", s.the(shape="cube", color="red"), size="large", shape="cylinder"), "color"),
)
C(
    "compare_attr",
    6,
    "Grey ball and red can. Same size?",
    "same(u(f(sel(sphere), color=gray)), u(f(sel(cylinder), color=red)), size)",
    lambda s: same(s, s.the(shape="sphere", color="gray"), s.the(shape="cylinder", color="red"), "size"),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C(
    "number",
    7,
    "Count up everything that is either made of metal or is a block",
    "add(count(f(scene(), material=metal)), count(fn(sel(cube), material=metal)))",
    lambda s: n(either(s.f(material="metal"), s.f(shape="cube"))),
)
C(
    "chain",
    7,
    "theres a little blue can and behind it a red block how many things are on the left of that block",
    "count(rel(u(f(rel(u(f(sel(cylinder), color=blue)), behind), color=red, shape=cube)), left))",
    lambda s: n(related(s, "left", R1(s, "behind", s.the(shape="cylinder", color="blue"), color="red", shape="cube"))),
)
C(
    "compare_attr",
    7,
    "Is the purple ball any bigger than the purple cylinder?",
    "larger(u(f(sel(sphere), color=purple)), u(f(sel(cylinder), color=purple)))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="purple"), "size") == "large"
        and s.a(s.the(shape="cylinder", color="purple"), "size") == "small"
    ),
)
X(7, "Which of the cylinders would roll the furthest if I pushed it?")

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "count",
    8,
    "The big ball is made of some material. How many cylinders is made of that same material?",
    "count(f(sel(cylinder), material=metal))",
    lambda s: n(s.f(shape="cylinder", material=s.a(s.the(shape="sphere"), "material"))),
)
C(
    "compare_attr",
    8,
    "the big grey can and the grey block, are they both made from the same stuff",
    "same(u(f(sel(cylinder), color=gray)), u(f(sel(cube), color=gray)), material)",
    lambda s: same(s, s.the(shape="cylinder", color="gray"), s.the(shape="cube", color="gray"), "material"),
)
C(
    "spatial",
    8,
    "theres a yellow can how many blocks are behind it that are rubber",
    "count(f(rel(u(f(sel(cylinder), color=yellow)), behind), material=rubber, shape=cube))",
    lambda s: n(R(s, "behind", s.the(shape="cylinder", color="yellow"), material="rubber", shape="cube")),
)

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "compare_count",
    9,
    "Are there more grey objects in this picture than green objects?",
    "gt(count(f(scene(), color=gray)), count(f(scene(), color=green)))",
    lambda s: yes(len(s.f(color="gray")) > len(s.f(color="green"))),
)
C(
    "chain",
    9,
    "Start at the purple block, go to the cylinder on its right, and then count the balls that are in front of that cylinder. How many is it?",
    "count(f(rel(u(f(rel(u(f(sel(cube), color=purple)), right), shape=cylinder)), front), shape=sphere))",
    lambda s: n(R(s, "front", R1(s, "right", s.the(shape="cube", color="purple"), shape="cylinder"), shape="sphere")),
)
C(
    "compare_attr",
    9,
    "The blue ball and the green ball, is it same size, those two?",
    "same(u(f(sel(sphere), color=blue)), u(f(sel(sphere), color=green)), size)",
    lambda s: same(s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="green"), "size"),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "compare_attr",
    10,
    "The small red can, does it have the same colour as the big rubbery ball?",
    "same(u(f(sel(cylinder), size=small, color=red)), u(f(sel(sphere), material=rubber)), color)",
    lambda s: same(s, s.the(shape="cylinder", color="red"), s.the(shape="sphere", material="rubber"), "color"),
)
C(
    "exist",
    10,
    "Behind the big grey cylinder is there anything made of rubber?",
    "exist(f(rel(u(f(sel(cylinder), color=gray)), behind), material=rubber))",
    lambda s: yes(bool(R(s, "behind", s.the(shape="cylinder", color="gray"), material="rubber"))),
)
C(
    "number",
    10,
    "of the cans how many r metal or small",
    "add(count(f(sel(cylinder), material=metal)), count(fn(f(sel(cylinder), size=small), material=metal)))",
    lambda s: n(either(s.f(shape="cylinder", material="metal"), s.f(shape="cylinder", size="small"))),
)

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "number",
    11,
    "how many balls are either brown or big",
    "add(count(f(sel(sphere), color=brown)), count(fn(f(sel(sphere), size=large), color=brown)))",
    lambda s: n(either(s.f(shape="sphere", color="brown"), s.f(shape="sphere", size="large"))),
)
C(
    "chain",
    11,
    "The little green ball. What colour is the block that's behind it?",
    "q(u(f(rel(u(f(sel(sphere), color=green)), behind), shape=cube)), color)",
    lambda s: s.a(R1(s, "behind", s.the(shape="sphere", color="green"), shape="cube"), "color"),
)
C(
    "spatial",
    11,
    "is the small grey can placed in front of the big brown cylnder",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=brown)), front), color=gray, shape=cylinder))",
    lambda s: is_rel(
        s, s.the(shape="cylinder", color="gray"), "front", s.the(shape="cylinder", size="large", color="brown")
    ),
)
C(
    "exist",
    11,
    "Does any other sphere have the same size as the yellow ball does?",
    "exist(diff(f(sel(sphere), size=large), u(f(sel(sphere), color=yellow))))",
    lambda s: yes(bool(others(s, s.the(shape="sphere", color="yellow"), "size", shape="sphere"))),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "compare_attr",
    12,
    "is the big ball coloured the same as the green one",
    "same(u(f(sel(sphere), size=large)), u(f(sel(sphere), color=green)), color)",
    lambda s: same(s, s.the(shape="sphere", size="large"), s.the(shape="sphere", color="green"), "color"),
)
C(
    "chain",
    12,
    "On the right of the green can there is a red block. How many objects can be seen behind that block?",
    "count(rel(u(f(rel(u(f(sel(cylinder), color=green)), right), color=red, shape=cube)), behind))",
    lambda s: n(
        related(s, "behind", R1(s, "right", s.the(shape="cylinder", color="green"), color="red", shape="cube"))
    ),
)
C(
    "compare_count",
    12,
    "Is the number of grey things the same as the number of green things?",
    "eq(count(f(scene(), color=gray)), count(f(scene(), color=green)))",
    lambda s: yes(len(s.f(color="gray")) == len(s.f(color="green"))),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "attribute",
    13,
    "What shape is the other thing that's the same colour as the huge cylinder?",
    "q(u(diff(f(scene(), color=cyan), u(f(sel(cylinder), size=large)))), shape)",
    lambda s: s.a(only(others(s, s.the(shape="cylinder", size="large"), "color")), "shape"),
)
C(
    "compare_attr",
    13,
    "Those two blocks, it have the same size?",
    "same(sel(cube), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cube")}) == 1),
)
C(
    "chain",
    13,
    "A ball is sitting to the left of the metal ball. how many things are further back than that ball?",
    "count(rel(u(f(rel(u(f(sel(sphere), material=metal)), left), shape=sphere)), behind))",
    lambda s: n(related(s, "behind", R1(s, "left", s.the(shape="sphere", material="metal"), shape="sphere"))),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "compare_attr",
    14,
    "is the block made out of the same stuff as the tiny blue ball",
    "same(u(sel(cube)), u(f(sel(sphere), color=blue)), material)",
    lambda s: same(s, s.the(shape="cube"), s.the(shape="sphere", color="blue"), "material"),
)
X(14, "What is the grey cube used for?")

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "compare_count",
    15,
    "Is it more shiny things than rubber things here?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "chain",
    15,
    "Look at the big green ball. On its left there is a cylinder made of metal. What colour is that cylinder?",
    "q(u(f(rel(u(f(sel(sphere), color=green)), left), shape=cylinder, material=metal)), color)",
    lambda s: s.a(R1(s, "left", s.the(shape="sphere", color="green"), shape="cylinder", material="metal"), "color"),
)
C(
    "compare_attr",
    15,
    "is the green can made from the same material as the green ball",
    "same(u(f(sel(cylinder), color=green)), u(f(sel(sphere), color=green)), material)",
    lambda s: same(s, s.the(shape="cylinder", color="green"), s.the(shape="sphere", color="green"), "material"),
)
C(
    "exist",
    15,
    "anything behnd the little purple cylinder that is blue",
    "exist(f(rel(u(f(sel(cylinder), color=purple)), behind), color=blue))",
    lambda s: yes(bool(R(s, "behind", s.the(shape="cylinder", color="purple"), color="blue"))),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "count",
    16,
    "Besides the yellow block itself, how many large things share its material?",
    "count(diff(f(scene(), size=large, material=rubber), u(f(sel(cube), color=yellow))))",
    lambda s: n(others(s, s.the(shape="cube", color="yellow"), "material", size="large")),
)
C(
    "spatial",
    16,
    "Which colour is the ball found to the right of the brown can?",
    "q(u(f(rel(u(f(sel(cylinder), color=brown)), right), shape=sphere)), color)",
    lambda s: s.a(R1(s, "right", s.the(shape="cylinder", color="brown"), shape="sphere"), "color"),
)
C(
    "chain",
    16,
    "the ball thats left of the yellow can how many things are in front of it",
    "count(rel(u(f(rel(u(f(sel(cylinder), color=yellow)), left), shape=sphere)), front))",
    lambda s: n(related(s, "front", R1(s, "left", s.the(shape="cylinder", color="yellow"), shape="sphere"))),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C(
    "compare_attr",
    17,
    "Is the yellow ball made of the same material as the yellow block?",
    "same(u(f(sel(sphere), color=yellow)), u(f(sel(cube), color=yellow)), material)",
    lambda s: same(s, s.the(shape="sphere", color="yellow"), s.the(shape="cube", color="yellow"), "material"),
)
C(
    "compare_attr",
    17,
    "are the red cube and the yellow ball equally big",
    "same(u(f(sel(cube), color=red)), u(f(sel(sphere), color=yellow)), size)",
    lambda s: same(s, s.the(shape="cube", color="red"), s.the(shape="sphere", color="yellow"), "size"),
)
X(17, "Which of these toys did the child play with first?")

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "number",
    18,
    "How many purple things are either metal or spheres?",
    "add(count(f(scene(), color=purple, material=metal)), count(fn(f(sel(sphere), color=purple), material=metal)))",
    lambda s: n(either(s.f(color="purple", material="metal"), s.f(color="purple", shape="sphere"))),
)
C(
    "spatial",
    18,
    "The big cyan ball: how many small things are sitting behind it?",
    "count(f(rel(u(f(sel(sphere), color=cyan)), behind), size=small))",
    lambda s: n(R(s, "behind", s.the(shape="sphere", color="cyan"), size="small")),
)
C(
    "compare_attr",
    18,
    "big cyan block and the metal can, same material??",
    "same(u(f(sel(cube), color=cyan)), u(f(sel(cylinder), material=metal)), material)",
    lambda s: same(s, s.the(shape="cube", color="cyan"), s.the(shape="cylinder", material="metal"), "material"),
)

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "number",
    19,
    "how many cyan things are there that are blocks or rubbery",
    "add(count(f(sel(cube), color=cyan)), count(fn(f(scene(), color=cyan, material=rubber), shape=cube)))",
    lambda s: n(either(s.f(color="cyan", shape="cube"), s.f(color="cyan", material="rubber"))),
)
C(
    "count",
    19,
    "Look at the huge ball. How many other objects have got that same colour?",
    "count(diff(f(scene(), color=gray), u(sel(sphere))))",
    lambda s: n(others(s, s.the(shape="sphere"), "color")),
)
C(
    "spatial",
    19,
    "There's a big blue block. In front of it, what's the number of shiny things?",
    "count(f(rel(u(f(sel(cube), size=large, color=blue)), front), material=metal))",
    lambda s: n(R(s, "front", s.the(shape="cube", color="blue"), material="metal")),
)
# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
C(
    "compare_attr",
    20,
    "The green cylinder and the yellow block, they're made of the same stuff?",
    "same(u(f(sel(cylinder), color=green)), u(f(sel(cube), color=yellow)), material)",
    lambda s: same(s, s.the(shape="cylinder", color="green"), s.the(shape="cube", color="yellow"), "material"),
)
C(
    "spatial",
    20,
    "behind the purple cylinder how many cylinders do you count",
    "count(f(rel(u(f(sel(cylinder), color=purple)), behind), shape=cylinder))",
    lambda s: n(R(s, "behind", s.the(shape="cylinder", color="purple"), shape="cylinder")),
)
C(
    "compare_count",
    20,
    "Are there fewer cubes than cylinders?",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="cylinder"))),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "compare_attr",
    21,
    "is the big red ball the same size as the purple can",
    "same(u(f(sel(sphere), color=red)), u(f(sel(cylinder), color=purple)), size)",
    lambda s: same(s, s.the(shape="sphere", color="red"), s.the(shape="cylinder", color="purple"), "size"),
)
C(
    "chain",
    21,
    "Look at the small grey ball. The ball in front of it that's big, what's it made of?",
    "q(u(f(rel(u(f(sel(sphere), color=gray)), front), size=large, shape=sphere)), material)",
    lambda s: s.a(R1(s, "front", s.the(shape="sphere", color="gray"), size="large", shape="sphere"), "material"),
)
X(21, "Is the purple can full or empty?")

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "compare_attr",
    22,
    "Is the big yellow can made of the same materal as the little purple can?",
    "same(u(f(sel(cylinder), color=yellow)), u(f(sel(cylinder), color=purple)), material)",
    lambda s: same(s, s.the(shape="cylinder", color="yellow"), s.the(shape="cylinder", color="purple"), "material"),
)
C(
    "spatial",
    22,
    "To the right of the little shiny ball, what's the number of cylinders?",
    "count(f(rel(u(f(sel(sphere), size=small, material=metal)), right), shape=cylinder))",
    lambda s: n(R(s, "right", s.the(shape="sphere"), shape="cylinder")),
)

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "compare_attr",
    23,
    "the two balls. same colour?",
    "same(sel(sphere), color)",
    lambda s: yes(len({s.a(i, "color") for i in s.f(shape="sphere")}) == 1),
)
C(
    "compare_attr",
    23,
    "Does the big can have the same colour like the yellow ball?",
    "same(u(f(sel(cylinder), size=large)), u(f(sel(sphere), color=yellow)), color)",
    lambda s: same(s, s.the(shape="cylinder", size="large"), s.the(shape="sphere", color="yellow"), "color"),
)
C(
    "spatial",
    23,
    "how many yellow things is behind the brown can",
    "count(f(rel(u(f(sel(cylinder), color=brown)), behind), color=yellow))",
    lambda s: n(R(s, "behind", s.the(shape="cylinder", color="brown"), color="yellow")),
)

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
C(
    "number",
    24,
    "What's the total of things that are red or are cylinders?",
    "add(count(f(scene(), color=red)), count(fn(sel(cylinder), color=red)))",
    lambda s: n(either(s.f(color="red"), s.f(shape="cylinder"))),
)
C(
    "chain",
    24,
    "The big brown block has a big can somewhere on its left. Which colour is the can?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=brown)), left), size=large, shape=cylinder)), color)",
    lambda s: s.a(
        R1(s, "left", s.the(shape="cube", size="large", color="brown"), size="large", shape="cylinder"), "color"
    ),
)
C(
    "compare_count",
    24,
    "big things outnumber the small ones or not",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "compare_attr",
    24,
    "Are the two big red balls made of the same stuff?",
    "same(f(sel(sphere), size=large, color=red), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="sphere", size="large", color="red")}) == 1),
)

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "compare_attr",
    25,
    "the brown can and the grey can are they the same size",
    "same(u(f(sel(cylinder), color=brown)), u(f(sel(cylinder), color=gray)), size)",
    lambda s: same(s, s.the(shape="cylinder", color="brown"), s.the(shape="cylinder", color="gray"), "size"),
)
C(
    "chain",
    25,
    "Behind the yellow ball there's a big cyan ball. How many brown things are on the right of that cyan ball?",
    "count(f(rel(u(f(rel(u(f(sel(sphere), color=yellow)), behind), size=large, color=cyan, shape=sphere)), right), color=brown))",
    lambda s: n(
        R(
            s,
            "right",
            R1(s, "behind", s.the(shape="sphere", color="yellow"), size="large", color="cyan", shape="sphere"),
            color="brown",
        )
    ),
)
C(
    "compare_attr",
    25,
    "Is the red block the same material as the brown ball?",
    "same(u(f(sel(cube), color=red)), u(f(sel(sphere), color=brown)), material)",
    lambda s: same(s, s.the(shape="cube", color="red"), s.the(shape="sphere", color="brown"), "material"),
)
X(25, "What is the blue cylinder thinking about?")

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "count",
    26,
    "How many other things share a colour with the little green ball?",
    "count(diff(f(scene(), color=green), u(f(sel(sphere), size=small, color=green))))",
    lambda s: n(others(s, s.the(shape="sphere", size="small", color="green"), "color")),
)
C(
    "compare_attr",
    26,
    "The two purple blocks. Are they made of the same material?",
    "same(f(sel(cube), color=purple), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cube", color="purple")}) == 1),
)
C(
    "chain",
    26,
    "theres a big cyan ball whats the colour of the big cilinder thats on the right of it",
    "q(u(f(rel(u(f(sel(sphere), color=cyan)), right), size=large, shape=cylinder)), color)",
    lambda s: s.a(R1(s, "right", s.the(shape="sphere", color="cyan"), size="large", shape="cylinder"), "color"),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "compare_attr",
    27,
    "Is the red can made out of the same material as the purple block?",
    "same(u(f(sel(cylinder), color=red)), u(f(sel(cube), color=purple)), material)",
    lambda s: same(s, s.the(shape="cylinder", color="red"), s.the(shape="cube", color="purple"), "material"),
)
C(
    "spatial",
    27,
    "Of the things behind the small red can, one is shiny. What size is it?",
    "q(u(f(rel(u(f(sel(cylinder), color=red)), behind), material=metal)), size)",
    lambda s: s.a(R1(s, "behind", s.the(shape="cylinder", color="red"), material="metal"), "size"),
)
X(27, "Is the yellow ball warm to the touch?")

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "compare_attr",
    28,
    "the big red can and the little red one: are they made of the same material",
    "same(f(sel(cylinder), color=red), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cylinder", color="red")}) == 1),
)
C(
    "spatial",
    28,
    "Left of the purple can there's a big cylinder. What's it made of?",
    "q(u(f(rel(u(f(sel(cylinder), color=purple)), left), size=large, shape=cylinder)), material)",
    lambda s: s.a(R1(s, "left", s.the(shape="cylinder", color="purple"), size="large", shape="cylinder"), "material"),
)

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "compare_attr",
    29,
    "Is the cyan ball the same size as the brown one?",
    "same(u(f(sel(sphere), color=cyan)), u(f(sel(sphere), color=brown)), size)",
    lambda s: same(s, s.the(shape="sphere", color="cyan"), s.the(shape="sphere", color="brown"), "size"),
)
C(
    "number",
    29,
    "how many things are cyan or are balls",
    "add(count(f(scene(), color=cyan)), count(fn(sel(sphere), color=cyan)))",
    lambda s: n(either(s.f(color="cyan"), s.f(shape="sphere"))),
)

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "two_clause",
    30,
    "Is the blue can in front of the green ball and also in front of the purple ball?",
    "and_(exist(f(rel(u(f(sel(sphere), color=green)), front), shape=cylinder)), exist(f(rel(u(f(sel(sphere), color=purple)), front), shape=cylinder)))",
    lambda s: yes(
        is_rel(s, s.the(shape="cylinder"), "front", s.the(shape="sphere", color="green")) == "yes"
        and is_rel(s, s.the(shape="cylinder"), "front", s.the(shape="sphere", color="purple")) == "yes"
    ),
)
X(30, "What sound does the green ball make when it bounces?")

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "number",
    31,
    "How many of the little balls are metal or blue?",
    "add(count(f(sel(sphere), size=small, material=metal)), count(fn(f(sel(sphere), size=small, color=blue), material=metal)))",
    lambda s: n(
        either(s.f(shape="sphere", size="small", material="metal"), s.f(shape="sphere", size="small", color="blue"))
    ),
)
C(
    "spatial",
    31,
    "The purple block — how many shiny balls are placed in front of it?",
    "count(f(rel(u(f(sel(cube), color=purple)), front), material=metal, shape=sphere))",
    lambda s: n(R(s, "front", s.the(shape="cube", color="purple"), material="metal", shape="sphere")),
)
C(
    "compare_attr",
    31,
    "Is the big cylinder the same material as the red one",
    "same(u(f(sel(cylinder), size=large)), u(f(sel(cylinder), color=red)), material)",
    lambda s: same(s, s.the(shape="cylinder", size="large"), s.the(shape="cylinder", color="red"), "material"),
)

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "count",
    32,
    "Blocks that have the same colour as the cylinder has: how many are there?",
    "count(f(sel(cube), color=gray))",
    lambda s: n(s.f(shape="cube", color=s.a(s.the(shape="cylinder"), "color"))),
)
C(
    "exist",
    32,
    "The red ball. Of what's on its right, is any of it yellow?",
    "exist(f(rel(u(f(sel(sphere), color=red)), right), color=yellow))",
    lambda s: yes(bool(R(s, "right", s.the(shape="sphere", color="red"), color="yellow"))),
)
C(
    "compare_attr",
    32,
    "Are the red block and the red ball made of the same material?",
    "same(u(f(sel(cube), color=red)), u(f(sel(sphere), color=red)), material)",
    lambda s: same(s, s.the(shape="cube", color="red"), s.the(shape="sphere", color="red"), "material"),
)

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "attribute",
    33,
    "What shape is the other thing that's the same colour as the big shiny can?",
    "q(u(diff(f(scene(), color=cyan), u(f(sel(cylinder), size=large)))), shape)",
    lambda s: s.a(only(others(s, s.the(shape="cylinder", size="large"), "color")), "shape"),
)
C(
    "chain",
    33,
    "Okay, the red ball. Behind it there is a small ball, and to the left of that small ball there is a block. What colour is the block?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), behind), size=small, shape=sphere)), left), shape=cube)), color)",
    lambda s: s.a(
        R1(s, "left", R1(s, "behind", s.the(shape="sphere", color="red"), size="small", shape="sphere"), shape="cube"),
        "color",
    ),
)
C(
    "compare_count",
    33,
    "are there less rubber things than metal things",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="rubber")) < len(s.f(material="metal"))),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "compare_attr",
    34,
    "Is the little red can the same size as the yellow block?",
    "same(u(f(sel(cylinder), color=red)), u(sel(cube)), size)",
    lambda s: same(s, s.the(shape="cylinder", color="red"), s.the(shape="cube"), "size"),
)
C(
    "spatial",
    34,
    "Which colour is the thing that is hidden behind the big can?",
    "q(u(rel(u(f(sel(cylinder), size=large)), behind)), color)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cylinder", size="large"))), "color"),
)

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "count",
    35,
    "Apart from the grey block, how many big things are shiny?",
    "count(diff(f(scene(), size=large, material=metal), u(f(sel(cube), color=gray))))",
    lambda s: n([i for i in s.f(size="large", material="metal") if i != s.the(shape="cube", color="gray")]),
)
C(
    "chain",
    35,
    "the rubber block has a ball behind it what is that ball made of",
    "q(u(f(rel(u(f(sel(cube), material=rubber)), behind), shape=sphere)), material)",
    lambda s: s.a(R1(s, "behind", s.the(shape="cube", material="rubber"), shape="sphere"), "material"),
)
C(
    "compare_attr",
    35,
    "Is the red ball as big as the purple ball?",
    "same(u(f(sel(sphere), color=red)), u(f(sel(sphere), color=purple)), size)",
    lambda s: same(s, s.the(shape="sphere", color="red"), s.the(shape="sphere", color="purple"), "size"),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "compare_attr",
    36,
    "Are the grey ball and the cyan ball equally big?",
    "same(u(f(sel(sphere), color=gray)), u(f(sel(sphere), color=cyan)), size)",
    lambda s: same(s, s.the(shape="sphere", color="gray"), s.the(shape="sphere", color="cyan"), "size"),
)
C(
    "spatial",
    36,
    "in front of the big cyan ball how many of the things are balls",
    "count(f(rel(u(f(sel(sphere), color=cyan)), front), shape=sphere))",
    lambda s: n(R(s, "front", s.the(shape="sphere", color="cyan"), shape="sphere")),
)
C(
    "compare_attr",
    36,
    "Does the cylinder share its size with the purple ball?",
    "same(u(sel(cylinder)), u(f(sel(sphere), color=purple)), size)",
    lambda s: same(s, s.the(shape="cylinder"), s.the(shape="sphere", color="purple"), "size"),
)

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "chain",
    37,
    "There's something red on the right of the purple block. How many things are further back than it?",
    "count(rel(u(f(rel(u(f(sel(cube), color=purple)), right), color=red)), behind))",
    lambda s: n(related(s, "behind", R1(s, "right", s.the(shape="cube", color="purple"), color="red"))),
)
C(
    "number",
    37,
    "How many cylinders are big or grey?",
    "add(count(f(sel(cylinder), size=large)), count(fn(f(sel(cylinder), color=gray), size=large)))",
    lambda s: n(either(s.f(shape="cylinder", size="large"), s.f(shape="cylinder", color="gray"))),
)
C(
    "compare_attr",
    37,
    "the grey cans are they made of the same stuff",
    "same(f(sel(cylinder), color=gray), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cylinder", color="gray")}) == 1),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "compare_attr",
    38,
    "Are the two green balls made of the same material?",
    "same(f(sel(sphere), color=green), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="sphere", color="green")}) == 1),
)
C(
    "chain",
    38,
    "The red ball. To its right there's a big cylinder. What's that made of?",
    "q(u(f(rel(u(f(sel(sphere), color=red)), right), size=large, shape=cylinder)), material)",
    lambda s: s.a(R1(s, "right", s.the(shape="sphere", color="red"), size="large", shape="cylinder"), "material"),
)
C(
    "count",
    38,
    "How many things are the same sise as the red ball, not counting it?",
    "count(diff(f(scene(), size=small), u(f(sel(sphere), color=red))))",
    lambda s: n(others(s, s.the(shape="sphere", color="red"), "size")),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "compare_attr",
    39,
    "is the block the same colour as the big can",
    "same(u(sel(cube)), u(f(sel(cylinder), size=large)), color)",
    lambda s: same(s, s.the(shape="cube"), s.the(shape="cylinder", size="large"), "color"),
)
X(39, "what year were these objects made")
# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "compare_attr",
    40,
    "the two blocks same material",
    "same(sel(cube), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cube")}) == 1),
)
C(
    "chain",
    40,
    "What colour is the thing that is right of the brown can and also further back than the little cyan cube?",
    "q(u(diff(rel(u(sel(cylinder)), right), diff(rel(u(sel(cylinder)), right), rel(u(f(sel(cube), size=small)), behind)))), color)",
    lambda s: s.a(
        only(
            both(related(s, "right", s.the(shape="cylinder")), related(s, "behind", s.the(shape="cube", size="small")))
        ),
        "color",
    ),
)

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "number",
    41,
    "how many objects are yellow or cylinders or both",
    "add(count(f(scene(), color=yellow)), count(fn(sel(cylinder), color=yellow)))",
    lambda s: n(either(s.f(color="yellow"), s.f(shape="cylinder"))),
)
C(
    "chain",
    41,
    "In front of the blue block there's a blue ball. Counting only the things left of that ball, how many cylinders are there?",
    "count(f(rel(u(f(rel(u(f(sel(cube), color=blue)), front), color=blue, shape=sphere)), left), shape=cylinder))",
    lambda s: n(
        R(s, "left", R1(s, "front", s.the(shape="cube", color="blue"), color="blue", shape="sphere"), shape="cylinder")
    ),
)
C(
    "compare_attr",
    41,
    "The big yellow can and the little brown ball — same size or not?",
    "same(u(f(sel(cylinder), size=large, color=yellow)), u(f(sel(sphere), color=brown)), size)",
    lambda s: same(
        s, s.the(shape="cylinder", size="large", color="yellow"), s.the(shape="sphere", color="brown"), "size"
    ),
)
X(41, "How many of these objects were made in a factory in China?")

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "compare_attr",
    42,
    "The two blue cans — same material?",
    "same(f(sel(cylinder), color=blue), material)",
    lambda s: yes(len({s.a(i, "material") for i in s.f(shape="cylinder", color="blue")}) == 1),
)
C(
    "spatial",
    42,
    "whats the material of the ball that is to the left of the shiny blue can",
    "q(u(f(rel(u(f(sel(cylinder), color=blue, material=metal)), left), shape=sphere)), material)",
    lambda s: s.a(R1(s, "left", s.the(shape="cylinder", color="blue", material="metal"), shape="sphere"), "material"),
)
C(
    "number",
    42,
    "How many blue things are either big or made of metal?",
    "add(count(f(scene(), color=blue, size=large)), count(fn(f(scene(), color=blue, material=metal), size=large)))",
    lambda s: n(either(s.f(color="blue", size="large"), s.f(color="blue", material="metal"))),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "count",
    43,
    "How many other balls are the same colour as the small shiny ball?",
    "count(diff(f(sel(sphere), color=cyan), u(f(sel(sphere), size=small, material=metal))))",
    lambda s: n(others(s, s.the(shape="sphere", size="small", material="metal"), "color", shape="sphere")),
)
C(
    "spatial",
    43,
    "The grey ball has a rubbery block on its right. What colour is it?",
    "q(u(f(rel(u(f(sel(sphere), color=gray)), right), material=rubber, shape=cube)), color)",
    lambda s: s.a(R1(s, "right", s.the(shape="sphere", color="gray"), material="rubber", shape="cube"), "color"),
)
C(
    "chain",
    43,
    "Right, so there's a big blue cube, and behind it you'll find a small cyan ball, the rubbery one I think; how many objects are sitting further to the left than that ball?",
    "count(rel(u(f(rel(u(f(sel(cube), color=blue)), behind), size=small, color=cyan, shape=sphere)), left))",
    lambda s: n(
        related(
            s, "left", R1(s, "behind", s.the(shape="cube", color="blue"), size="small", color="cyan", shape="sphere")
        )
    ),
)

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "attribute",
    44,
    "What colur is the other block that's made of the same material as the big blue block?",
    "q(u(diff(f(sel(cube), material=metal), u(f(sel(cube), color=blue)))), color)",
    lambda s: s.a(only(others(s, s.the(shape="cube", color="blue"), "material", shape="cube")), "color"),
)
C(
    "spatial",
    44,
    "left of the little purple block balls how many",
    "count(f(rel(u(f(sel(cube), color=purple)), left), shape=sphere))",
    lambda s: n(R(s, "left", s.the(shape="cube", color="purple"), shape="sphere")),
)
C(
    "compare_attr",
    44,
    "Is the big brown ball the same colour as the small metal ball?",
    "same(u(f(sel(sphere), size=large)), u(f(sel(sphere), size=small)), color)",
    lambda s: same(s, s.the(shape="sphere", size="large"), s.the(shape="sphere", size="small"), "color"),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "number",
    45,
    "How many things are cyan or big?",
    "add(count(f(scene(), color=cyan)), count(fn(f(scene(), size=large), color=cyan)))",
    lambda s: n(either(s.f(color="cyan"), s.f(size="large"))),
)
C(
    "chain",
    45,
    "The grey block is in front of... no wait, behind the big red ball. How many things are to the right of that grey block?",
    "count(rel(u(f(rel(u(f(sel(sphere), size=large, color=red)), behind), color=gray, shape=cube)), right))",
    lambda s: n(related(s, "right", R1(s, "behind", s.the(shape="sphere", color="red"), color="gray", shape="cube"))),
)
C(
    "compare_attr",
    45,
    "is the yellow can the same size as the grey can",
    "same(u(f(sel(cylinder), color=yellow)), u(f(sel(cylinder), color=gray)), size)",
    lambda s: same(s, s.the(shape="cylinder", color="yellow"), s.the(shape="cylinder", color="gray"), "size"),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "compare_attr",
    46,
    "The two cyan cans, are they the same size?",
    "same(f(sel(cylinder), color=cyan), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cylinder", color="cyan")}) == 1),
)
C(
    "spatial",
    46,
    "There's a big red block. What colour is the ball on its right?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=red)), right), shape=sphere)), color)",
    lambda s: s.a(R1(s, "right", s.the(shape="cube", size="large", color="red"), shape="sphere"), "color"),
)
C(
    "compare_count",
    46,
    "more balls than cylinders?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
C(
    "number",
    47,
    "Counting blocks only, how many of them are purple, or big, or both?",
    "add(count(f(sel(cube), color=purple)), count(fn(f(sel(cube), size=large), color=purple)))",
    lambda s: n(either(s.f(shape="cube", color="purple"), s.f(shape="cube", size="large"))),
)
C(
    "spatial",
    47,
    "Is the blue can further back than the big cyan one?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=cyan)), behind), color=blue, shape=cylinder))",
    lambda s: is_rel(s, s.the(shape="cylinder", color="blue"), "behind", s.the(shape="cylinder", color="cyan")),
)
C(
    "compare_count",
    47,
    "Are there fewer cylinders than cubes?",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="cube"))),
)
C(
    "spatial",
    47,
    "how many metal things are on the right side of the small red can",
    "count(f(rel(u(f(sel(cylinder), color=red)), right), material=metal))",
    lambda s: n(R(s, "right", s.the(shape="cylinder", color="red"), material="metal")),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "compare_attr",
    48,
    "The two green balls: are they the same size?",
    "same(f(sel(sphere), color=green), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="sphere", color="green")}) == 1),
)
C(
    "chain",
    48,
    "What colour is the ball that is behind the big yellow ball and to the right of it as well?",
    "q(u(f(diff(rel(u(f(sel(sphere), color=yellow)), behind), diff(rel(u(f(sel(sphere), color=yellow)), behind), rel(u(f(sel(sphere), color=yellow)), right))), shape=sphere)), color)",
    lambda s: s.a(
        only(
            among(
                s,
                both(
                    related(s, "behind", s.the(shape="sphere", color="yellow")),
                    related(s, "right", s.the(shape="sphere", color="yellow")),
                ),
                shape="sphere",
            )
        ),
        "color",
    ),
)
C(
    "count",
    48,
    "How many balls are the same material as the little yellow block?",
    "count(f(sel(sphere), material=metal))",
    lambda s: n(s.f(shape="sphere", material=s.a(s.the(shape="cube", color="yellow"), "material"))),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "number",
    49,
    "How many small balls are either purple or made of metal?",
    "add(count(f(sel(sphere), size=small, color=purple)), count(fn(f(sel(sphere), size=small, material=metal), color=purple)))",
    lambda s: n(
        either(s.f(shape="sphere", size="small", color="purple"), s.f(shape="sphere", size="small", material="metal"))
    ),
)
C(
    "spatial",
    49,
    "The green block. In front of it, the cylinder, what colour?",
    "q(u(f(rel(u(sel(cube)), front), shape=cylinder)), color)",
    lambda s: s.a(R1(s, "front", s.the(shape="cube"), shape="cylinder"), "color"),
)
C(
    "compare_attr",
    49,
    "Is the green can the same colour as the block?",
    "same(u(f(sel(cylinder), color=green)), u(sel(cube)), color)",
    lambda s: same(s, s.the(shape="cylinder", color="green"), s.the(shape="cube"), "color"),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "count",
    50,
    "How many other things are the same colour as the little green can?",
    "count(diff(f(scene(), color=green), u(f(sel(cylinder), color=green))))",
    lambda s: n(others(s, s.the(shape="cylinder", color="green"), "color")),
)
C(
    "chain",
    50,
    "Behind the big purple ball there is a small cyan ball, and left of that ball there are some blocks. How many?",
    "count(f(rel(u(f(rel(u(f(sel(sphere), color=purple)), behind), size=small, color=cyan, shape=sphere)), left), shape=cube))",
    lambda s: n(
        R(
            s,
            "left",
            R1(s, "behind", s.the(shape="sphere", color="purple"), size="small", color="cyan", shape="sphere"),
            shape="cube",
        )
    ),
)
C(
    "compare_count",
    50,
    "Is the number of blocks the same as the number of balls?",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "compare_attr",
    51,
    "is the little cube made of the same material as the small ball",
    "same(u(sel(cube)), u(f(sel(sphere), size=small)), material)",
    lambda s: same(s, s.the(shape="cube"), s.the(shape="sphere", size="small"), "material"),
)
C(
    "spatial",
    51,
    "The ball in front of the grey one, what colour?",
    "q(u(f(rel(u(f(sel(sphere), color=gray)), front), shape=sphere)), color)",
    lambda s: s.a(R1(s, "front", s.the(shape="sphere", color="gray"), shape="sphere"), "color"),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "count",
    52,
    "How many blocks are made out of whatever the can is made out of?",
    "count(f(sel(cube), material=metal))",
    lambda s: n(s.f(shape="cube", material=s.a(s.the(shape="cylinder"), "material"))),
)
C(
    "spatial",
    52,
    "Is the brown block behind the purple block?",
    "exist(f(rel(u(f(sel(cube), color=purple)), behind), color=brown, shape=cube))",
    lambda s: is_rel(s, s.the(shape="cube", color="brown"), "behind", s.the(shape="cube", color="purple")),
)
X(52, "How much does the blue cube weigh in grams?")

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "compare_attr",
    53,
    "Is the blue block made of the same material as the green ball?",
    "same(u(f(sel(cube), color=blue)), u(f(sel(sphere), color=green)), material)",
    lambda s: same(s, s.the(shape="cube", color="blue"), s.the(shape="sphere", color="green"), "material"),
)
C(
    "spatial",
    53,
    "The blue block — which cube is to the right of it? What's it made of?",
    "q(u(f(rel(u(f(sel(cube), color=blue)), right), shape=cube)), material)",
    lambda s: s.a(R1(s, "right", s.the(shape="cube", color="blue"), shape="cube"), "material"),
)
C(
    "compare_count",
    53,
    "Are rubber things more than metal things in here",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C(
    "count",
    54,
    "How many other blocks have the same material as the green block?",
    "count(diff(f(sel(cube), material=rubber), u(f(sel(cube), color=green))))",
    lambda s: n(others(s, s.the(shape="cube", color="green"), "material", shape="cube")),
)
C(
    "spatial",
    54,
    "The cylinder. What colour is the block to its right?",
    "q(u(f(rel(u(sel(cylinder)), right), shape=cube)), color)",
    lambda s: s.a(R1(s, "right", s.the(shape="cylinder"), shape="cube"), "color"),
)
X(54, "Which of the grey blocks is older?")

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "number",
    55,
    "How many things are purple balls or shiny things?",
    "add(count(f(sel(sphere), color=purple)), count(diff(f(scene(), material=metal), f(sel(sphere), color=purple))))",
    lambda s: n(either(s.f(shape="sphere", color="purple"), s.f(material="metal"))),
)
C(
    "chain",
    55,
    "The red block. The ball on its left that is shiny, what colour is it?",
    "q(u(f(rel(u(f(sel(cube), color=red)), left), material=metal, shape=sphere)), color)",
    lambda s: s.a(R1(s, "left", s.the(shape="cube", color="red"), material="metal", shape="sphere"), "color"),
)
C(
    "compare_attr",
    55,
    "Is the little yellow cube made of the same stuff as the yellow can?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=yellow)), material)",
    lambda s: same(s, s.the(shape="cube", color="yellow"), s.the(shape="cylinder", color="yellow"), "material"),
)

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "count",
    56,
    "the cylinder is a certain size how many other things are that size too",
    "count(diff(f(scene(), size=large), u(sel(cylinder))))",
    lambda s: n(others(s, s.the(shape="cylinder"), "size")),
)
C(
    "compare_attr",
    56,
    "The block on the left of the green can and the ball on its left, are they the same colour?",
    "same(u(f(rel(u(sel(cylinder)), left), shape=cube)), u(f(rel(u(sel(cylinder)), left), shape=sphere)), color)",
    lambda s: same(
        s,
        R1(s, "left", s.the(shape="cylinder"), shape="cube"),
        R1(s, "left", s.the(shape="cylinder"), shape="sphere"),
        "color",
    ),
)

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "count",
    57,
    "How many things are in front of the brown can and left of the blue ball?",
    "count(diff(rel(u(sel(cylinder)), front), diff(rel(u(sel(cylinder)), front), rel(u(f(sel(sphere), color=blue)), left))))",
    lambda s: n(
        both(related(s, "front", s.the(shape="cylinder")), related(s, "left", s.the(shape="sphere", color="blue")))
    ),
)
C(
    "compare_attr",
    57,
    "Is the big blue ball shiny like the brown can?",
    "same(u(f(sel(sphere), color=blue)), u(sel(cylinder)), material)",
    lambda s: same(s, s.the(shape="sphere", color="blue"), s.the(shape="cylinder"), "material"),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "spatial",
    58,
    "the cube that's behind the cyan one, what colour",
    "q(u(f(rel(u(f(sel(cube), color=cyan)), behind), shape=cube)), color)",
    lambda s: s.a(R1(s, "behind", s.the(shape="cube", color="cyan"), shape="cube"), "color"),
)
X(58, "How old is the person who set up these blocks?")

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "number",
    59,
    "how many cylinders are purple or small",
    "add(count(f(sel(cylinder), color=purple)), count(fn(f(sel(cylinder), size=small), color=purple)))",
    lambda s: n(either(s.f(shape="cylinder", color="purple"), s.f(shape="cylinder", size="small"))),
)
C(
    "spatial",
    59,
    "How many brown things can be seen behind the purple ball?",
    "count(f(rel(u(f(sel(sphere), color=purple)), behind), color=brown))",
    lambda s: n(R(s, "behind", s.the(shape="sphere", color="purple"), color="brown")),
)
C(
    "spatial",
    59,
    "To the right of the purple ball, the small thing — what is it made of?",
    "q(u(f(rel(u(f(sel(sphere), color=purple)), right), size=small)), material)",
    lambda s: s.a(R1(s, "right", s.the(shape="sphere", color="purple"), size="small"), "material"),
)

# --- more CLEVR: "and"/"or" of two facts, existence at the end of a chain, and refusals -------------------------
C(
    "two_clause",
    11,
    "Is the yellow ball big, and is the blue block big as well?",
    "and_(verify(u(f(sel(sphere), color=yellow)), size, large), verify(u(f(sel(cube), color=blue)), size, large))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="yellow"), "size") == "large"
        and s.a(s.the(shape="cube", color="blue"), "size") == "large"
    ),
)
C(
    "two_clause",
    24,
    "Is there either a green ball or a yellow cylinder in this one?",
    "or_(exist(f(sel(sphere), color=green)), exist(f(sel(cylinder), color=yellow)))",
    lambda s: yes(bool(s.f(shape="sphere", color="green")) or bool(s.f(shape="cylinder", color="yellow"))),
)
C(
    "exist",
    45,
    "Behind the big red ball sits a grey block. Is anything cyan to be found on the right of that block?",
    "exist(f(rel(u(f(rel(u(f(sel(sphere), size=large, color=red)), behind), color=gray, shape=cube)), right), color=cyan))",
    lambda s: yes(
        bool(
            R(s, "right", R1(s, "behind", s.the(shape="sphere", color="red"), color="gray", shape="cube"), color="cyan")
        )
    ),
)
C(
    "exist",
    19,
    "the large blue block has a metal cylinder in front of it is there anything yellow on the left of that cylinder",
    "exist(f(rel(u(f(rel(u(f(sel(cube), size=large, color=blue)), front), shape=cylinder, material=metal)), left), color=yellow))",
    lambda s: yes(
        bool(
            R(
                s,
                "left",
                R1(s, "front", s.the(shape="cube", color="blue"), shape="cylinder", material="metal"),
                color="yellow",
            )
        )
    ),
)
C(
    "exist",
    26,
    "Right of the big cyan ball stands a big cylinder. Is there anything purple behind that one?",
    "exist(f(rel(u(f(rel(u(f(sel(sphere), color=cyan)), right), size=large, shape=cylinder)), behind), color=purple))",
    lambda s: yes(
        bool(
            R(
                s,
                "behind",
                R1(s, "right", s.the(shape="sphere", color="cyan"), size="large", shape="cylinder"),
                color="purple",
            )
        )
    ),
)
C(
    "exist",
    50,
    "The big purple ball has a small cyan ball behind it; on the left of the small one, do you see any ball at all?",
    "exist(f(rel(u(f(rel(u(f(sel(sphere), color=purple)), behind), size=small, color=cyan, shape=sphere)), left), shape=sphere))",
    lambda s: yes(
        bool(
            R(
                s,
                "left",
                R1(s, "behind", s.the(shape="sphere", color="purple"), size="small", color="cyan", shape="sphere"),
                shape="sphere",
            )
        )
    ),
)
X(9, "Which of these objects would float if I dropped it in water?")
X(33, "What did the red ball look like before it got scratched?")
X(46, "How many centimetres apart are the two cyan cans?")

# =================================================================================================================
# photo scenes (only their stated relations)
# =================================================================================================================
# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus, red STOP sign, white car left of the bus, tree behind the bus, brown dog
P(
    "compare_attr",
    "street",
    "The man in black has a tie on. Is that tie the same colour as the bus?",
    "same(u(rel(u(f(sel(man), color=black)), wearing, role=object)), u(sel(bus)), color)",
    lambda p: yes(pv(p, worn_by(p, p.the("man", color="black")), "color") == pv(p, p.the("bus"), "color")),
)
P(
    "compare_attr",
    "street",
    "the guy standing right of the woman and the guy on her left, do their ties have the same colour",
    "same(u(rel(u(rel(u(sel(woman)), right, name=man)), wearing, role=object)), u(rel(u(rel(u(sel(woman)), left, name=man)), wearing, role=object)), color)",
    lambda p: yes(
        pv(p, worn_by(p, only(named(p, p.subjects("right", p.the("woman")), "man"))), "color")
        == pv(p, worn_by(p, only(named(p, p.subjects("left", p.the("woman")), "man"))), "color")
    ),
)
P(
    "chain",
    "street",
    "Whoever is holding the dog, what colour are they wearing?",
    "q(u(rel(u(sel(dog)), holding)), color)",
    lambda p: pv(p, only(p.subjects("holding", p.the("dog"))), "color"),
)
P(
    "chain",
    "street",
    "The lady who holds the dog is standing in front of something. What colour is that thing?",
    "q(u(rel(u(sel(woman)), front, role=object)), color)",
    lambda p: pv(p, only(p.objects_of(p.the("woman"), "front")), "color"),
)
P(
    "exist",
    "street",
    "Is there anything behind the bus that is the same colour as the woman's clothes?",
    "exist(f(rel(u(sel(bus)), behind), color=green))",
    lambda p: yes(any(pv(p, o, "color") == pv(p, p.the("woman"), "color") for o in p.subjects("behind", p.the("bus")))),
)
P(
    "chain",
    "street",
    "how many people stand to the left of the man who wears the blue tie",
    "count(rel(u(rel(u(f(sel(tie), color=blue)), wearing)), left, name=person))",
    lambda p: n(
        [o for o in p.subjects("left", only(p.subjects("wearing", p.the("tie", color="blue")))) if o in people(p)]
    ),
)
P(
    "compare_attr",
    "street",
    "The car parked left of the bus and the sign on the bus's right, are they the same colour?",
    "same(u(rel(u(sel(bus)), left, name=car)), u(rel(u(sel(bus)), right, name=sign)), color)",
    lambda p: yes(
        pv(p, only(named(p, p.subjects("left", p.the("bus")), "car")), "color")
        == pv(p, only(named(p, p.subjects("right", p.the("bus")), "sign")), "color")
    ),
)
P(
    "compare_count",
    "street",
    "are there more men than dogs on this street",
    "gt(count(sel(man)), count(sel(dog)))",
    lambda p: yes(len(p.f("man")) > len(p.f("dog"))),
)
P(
    "count",
    "street",
    "Of the things to the right of the bus, how many are red?",
    "count(f(rel(u(sel(bus)), right), color=red))",
    lambda p: n([o for o in p.subjects("right", p.the("bus")) if pv(p, o, "color") == "red"]),
)
P(
    "chain",
    "street",
    "There's a man standing to the left of the woman. The tie he wears, which colour is it?",
    "q(u(rel(u(rel(u(sel(woman)), left, name=man)), wearing, role=object)), color)",
    lambda p: pv(p, worn_by(p, only(named(p, p.subjects("left", p.the("woman")), "man"))), "color"),
)
X("street", "What is the woman saying to the man in white?")
X("street", "How fast was the bus going a minute ago?")

# kitchen: red cup, white plate, blue cup, green bottle, white cup (left to right) on the wooden table; fork near the plate; white clock above the table; woman in yellow on the right
P(
    "compare_attr",
    "kitchen",
    "The cup on the right of the bottle, is it the same colour as the plate?",
    "same(u(rel(u(sel(bottle)), right, name=cup)), u(sel(plate)), color)",
    lambda p: yes(
        pv(p, only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color") == pv(p, p.the("plate"), "color")
    ),
)
P(
    "chain",
    "kitchen",
    "whats the thing that sits left of the cup which is left of the bottle",
    "q(u(rel(u(rel(u(sel(bottle)), left, name=cup)), left)), name)",
    lambda p: p.name(only(p.subjects("left", only(named(p, p.subjects("left", p.the("bottle")), "cup"))))),
)
P(
    "chain",
    "kitchen",
    "Next to the plate there is something made of metal. Which colour has it got?",
    "q(u(f(rel(u(sel(plate)), near), material=metal)), color)",
    lambda p: pv(p, only([o for o in p.subjects("near", p.the("plate")) if pv(p, o, "material") == "metal"]), "color"),
)
P(
    "count",
    "kitchen",
    "How many of the cups on the table aren't the same colour as the plate?",
    "count(fn(rel(u(sel(table)), on, name=cup), color=white))",
    lambda p: n(
        [
            o
            for o in named(p, p.subjects("on", p.the("table")), "cup")
            if pv(p, o, "color") != pv(p, p.the("plate"), "color")
        ]
    ),
)
P(
    "compare_attr",
    "kitchen",
    "Does the cup right of the plate have the same colour as the bottle?",
    "same(u(rel(u(sel(plate)), right, name=cup)), u(sel(bottle)), color)",
    lambda p: yes(
        pv(p, only(named(p, p.subjects("right", p.the("plate")), "cup")), "color") == pv(p, p.the("bottle"), "color")
    ),
)
P(
    "compare_attr",
    "kitchen",
    "is the clock the same colour as the cup on the woman's left",
    "same(u(sel(clock)), u(rel(u(sel(woman)), left, name=cup)), color)",
    lambda p: yes(
        pv(p, p.the("clock"), "color") == pv(p, only(named(p, p.subjects("left", p.the("woman")), "cup")), "color")
    ),
)
P(
    "compare_count",
    "kitchen",
    "On the table, are there more cups than bottles?",
    "gt(count(rel(u(sel(table)), on, name=cup)), count(rel(u(sel(table)), on, name=bottle)))",
    lambda p: yes(
        len(named(p, p.subjects("on", p.the("table")), "cup"))
        > len(named(p, p.subjects("on", p.the("table")), "bottle"))
    ),
)
P(
    "chain",
    "kitchen",
    "Something hangs above the table. What colour is it?",
    "q(u(rel(u(sel(table)), above)), color)",
    lambda p: pv(p, only(p.subjects("above", p.the("table"))), "color"),
)
P(
    "chain",
    "kitchen",
    "The woman stands to the right of a cup. That cup, what colour is it?",
    "q(u(rel(u(sel(woman)), left, name=cup)), color)",
    lambda p: pv(p, only(named(p, p.objects_of(p.the("woman"), "right"), "cup")), "color"),
)
X("kitchen", "Whose turn is it to wash the cups?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind)
P(
    "compare_attr",
    "park",
    "The dog that the woman in red is holding, is it the same colour as the dog beside the girl?",
    "same(u(rel(u(f(sel(woman), color=red)), holding, role=object)), u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: yes(
        pv(p, only(p.objects_of(p.the("woman", color="red"), "holding")), "color")
        == pv(p, only(named(p, p.subjects("near", p.the("girl")), "dog")), "color")
    ),
)
P(
    "compare_attr",
    "park",
    "theres something behind the girl is it the same colour as the bench",
    "same(u(rel(u(sel(girl)), behind)), u(sel(bench)), color)",
    lambda p: yes(pv(p, only(p.subjects("behind", p.the("girl"))), "color") == pv(p, p.the("bench"), "color")),
)
P(
    "chain",
    "park",
    "The kid throwing the frisbee is near something. What is that made of?",
    "q(u(rel(u(rel(u(sel(frisbee)), throwing)), near)), material)",
    lambda p: pv(p, only(p.subjects("near", only(p.subjects("throwing", p.the("frisbee"))))), "material"),
)
P(
    "chain",
    "park",
    "How many people are on the left of the woman who is next to the bike?",
    "count(rel(u(rel(u(sel(bicycle)), near, name=woman)), left, name=person))",
    lambda p: n(
        [o for o in p.subjects("left", only(named(p, p.subjects("near", p.the("bicycle")), "woman"))) if o in people(p)]
    ),
)
P(
    "compare_attr",
    "park",
    "Is the frisbee the same colour as the clothes of the person throwing it?",
    "same(u(sel(frisbee)), u(rel(u(sel(frisbee)), throwing)), color)",
    lambda p: yes(pv(p, p.the("frisbee"), "color") == pv(p, only(p.subjects("throwing", p.the("frisbee"))), "color")),
)
P(
    "compare_count",
    "park",
    "are there as many trees as there is dogs",
    "eq(count(sel(tree)), count(sel(dog)))",
    lambda p: yes(len(p.f("tree")) == len(p.f("dog"))),
)
P(
    "chain",
    "park",
    "The woman holding a dog has something behind her. What is it?",
    "q(u(rel(u(rel(sel(dog), holding)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", only([o for o in people(p) if p.objects_of(o, "holding")])))),
)
P(
    "chain",
    "park",
    "Who is to the right of the woman in white, and what colour are they wearing? Just the colour.",
    "q(u(rel(u(f(sel(woman), color=white)), right, name=person)), color)",
    lambda p: pv(p, only([o for o in p.subjects("right", p.the("woman", color="white")) if o in people(p)]), "color"),
)
P(
    "spatial",
    "park",
    "The lady that is holding the dog, is she left of the boy?",
    "vrel(u(sel(boy)), left, name=woman)",
    lambda p: yes(p.has(only([o for o in p.f("woman") if p.objects_of(o, "holding")]), "left", p.the("boy"))),
)
X("park", "Which dog is the friendliest one?")
X("park", "How old is the girl in pink?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P(
    "count",
    "shapes",
    "Apart from the star itself, how many shapes share its colour?",
    "count(diff(f(scene(), color=red), u(sel(star))))",
    lambda p: n([o for o in p.objects if o != p.the("star") and pv(p, o, "color") == pv(p, p.the("star"), "color")]),
)
P(
    "compare_attr",
    "shapes",
    "is the star the same colour as the big circle",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(pv(p, p.the("star"), "color") == pv(p, p.the("circle", size="large"), "color")),
)
P(
    "compare_attr",
    "shapes",
    "The shape in the middle of the top row — does it have the same colour as the hexagon?",
    "same(u(f(scene(), vposition=top, hposition=middle)), u(sel(hexagon)), color)",
    lambda p: yes(pv(p, p.the(vposition="top", hposition="middle"), "color") == pv(p, p.the("hexagon"), "color")),
)
P(
    "compare_count",
    "shapes",
    "Are there more small shapes than big ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "number",
    "shapes",
    "how many shapes are blue or big",
    "add(count(f(scene(), color=blue)), count(fn(f(scene(), size=large), color=blue)))",
    lambda p: n([o for o in p.objects if pv(p, o, "color") == "blue" or pv(p, o, "size") == "large"]),
)
P(
    "count",
    "shapes",
    "The rectangle is yellow. How many other shapes are yellow too?",
    "count(diff(f(scene(), color=yellow), u(f(sel(rectangle), color=yellow))))",
    lambda p: n([o for o in p.f(color="yellow") if o != p.the("rectangle")]),
)
P(
    "attribute",
    "shapes",
    "Look at the shape in the bottom right corner. The shape straight above it in the top row, is it big or small?",
    "choose(u(f(scene(), vposition=top, hposition=right)), size, [large, small])",
    lambda p: pv(
        p, p.the(vposition="top", hposition=pv(p, p.the(vposition="bottom", hposition="right"), "hposition")), "size"
    ),
)
P(
    "compare_attr",
    "shapes",
    "Is the square the same size as the triangle?",
    "same(u(sel(square)), u(sel(triangle)), size)",
    lambda p: yes(pv(p, p.the("square"), "size") == pv(p, p.the("triangle"), "size")),
)
P(
    "compare_attr",
    "shapes",
    "the triangle and the rectangle, same colour or different",
    "worded(same(u(sel(triangle)), u(f(sel(rectangle), color=yellow)), color), [same, different])",
    lambda p: said_same(yes(pv(p, p.the("triangle"), "color") == pv(p, p.the("rectangle"), "color"))),
)
P(
    "count",
    "shapes",
    "In the top row, how many shapes are small or blue?",
    "add(count(f(scene(), vposition=top, size=small)), count(fn(f(scene(), vposition=top, color=blue), size=small)))",
    lambda p: n([o for o in p.f(vposition="top") if pv(p, o, "size") == "small" or pv(p, o, "color") == "blue"]),
)
P(
    "chain",
    "shapes",
    "In the bottom row, the shape right under the square, what colour is it?",
    "q(u(f(scene(), vposition=bottom, hposition=middle)), color)",
    lambda p: pv(p, p.the(vposition="bottom", hposition=pv(p, p.the("square"), "hposition")), "color"),
)
P(
    "compare_count",
    "shapes",
    "Are there as many circles as triangles?",
    "eq(count(sel(circle)), count(sel(triangle)))",
    lambda p: yes(len(p.f("circle")) == len(p.f("triangle"))),
)
P(
    "exist",
    "shapes",
    "is there a shape in the bottom row that is the same colour as the big circle",
    "exist(f(scene(), vposition=bottom, color=red))",
    lambda p: yes(bool(p.f(vposition="bottom", color=pv(p, p.the("circle", size="large"), "color")))),
)
P(
    "compare_attr",
    "shapes",
    "Do the two red shapes have the same size?",
    "same(f(scene(), color=red), size)",
    lambda p: yes(len({pv(p, o, "size") for o in p.f(color="red")}) == 1),
)
P(
    "compare_attr",
    "shapes",
    "The shape on the far right of the top row, is it as big as the rectangle?",
    "same(u(ord(f(scene(), vposition=top), right, 1)), u(f(sel(rectangle), color=yellow)), size)",
    lambda p: yes(pv(p, side_of(p, p.f(vposition="top"), "right"), "size") == pv(p, p.the("rectangle"), "size")),
)
P(
    "exist",
    "shapes",
    "In the bottom row is there a shape with the same colour as the square up top?",
    "exist(f(scene(), vposition=bottom, color=blue))",
    lambda p: yes(bool(p.f(vposition="bottom", color=pv(p, p.the("square"), "color")))),
)
P(
    "number",
    "shapes",
    "How many shapes are red or circles?",
    "add(count(f(scene(), color=red)), count(fn(sel(circle), color=red)))",
    lambda p: n([o for o in p.objects if pv(p, o, "color") == "red" or p.name(o) == "circle"]),
)
P(
    "exist",
    "shapes",
    "any big blue shapes",
    "exist(f(scene(), size=large, color=blue))",
    lambda p: yes(bool(p.f(size="large", color="blue"))),
)
P(
    "attribute",
    "shapes",
    "There's a little circle and one other shape has its colour in the bottom row. What shape is that?",
    "q(u(f(scene(), vposition=bottom, color=blue)), shape)",
    lambda p: pv(p, only(p.f(vposition="bottom", color=pv(p, p.the("circle", size="small"), "color"))), "shape"),
)
X("shapes", "Which shape did the artist draw first?")
X("shapes", "Why is the star red and not yellow?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
