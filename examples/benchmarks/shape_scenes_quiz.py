"""How nsvr copes with questions about flat shape drawings asked the way a primary-school worksheet and its pupils ask.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, executor, tests or any benchmark other than ``shape_bench_common.py`` (shared machinery),
``shape_scenes_askers.py`` (whose pictures, ground truth, rules of unambiguity and scoring are reused by import),
``shape_scenes_rephrased.py`` (the most recent sibling, whose layout, command line, output, yes / no balancing and
scoring this copies) and the files it imports, ``shape_scenes_spoken.py``, ``shape_scenes_personas.py`` and (their
question makers and mistyping tables only) ``shape_scenes_typos.py``, whose machinery and ground-truth question
makers are reused by import; the wordings are this benchmark's own. They were fixed before the first run (saved
beside this script as ``shape_scenes_quiz_first_run.txt``, against a frozen snapshot of nsvr) and not tuned to
nsvr's answers afterwards, so they measure how far nsvr reaches into classroom talk it was not shown. This is a
HELD-OUT set: run it at the start and at the end of a session, its failures unread in between.

Images: the askers' generator, unchanged (``askers.make_scene``): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, 1-4 flat shapes in eight saturated fills, never overlapping, never cut by the border;
the truth of every shape (kind, colour, box, centre, area) is exact. Here ``--more`` is the default (circle,
square, rectangle, triangle, pentagon, hexagon and star), since sides and corners are asked; ``--no-more`` draws
the four basic kinds only.

Questions: 92 templates in 8 families, each labelled with one sub-style of the classroom:
  teacher-find   the teacher's "find it" and "look carefully" prompts: "Look carefully at the picture. How many
                 stars can you spot?", "Can you find the red circle? Is it on the left side or the right side of
                 the picture?", "Spot the hexagon! Is there one in the picture?", "Which shape is the biggest one
                 of all?", "How many sides does the pentagon have?";
  teacher-check  quick checks to mark right or wrong: "Colour check: is the square yellow?", "True or false: there
                 are more circles than squares.", "Yes or no: is there a green shape?", "Is the blue shape round
                 or pointy?";
  teacher-task   worksheet instructions: "Count up all the purple shapes. How many did you get?", "Fill in the
                 missing colour: the triangle is ______.", "Write the name of the shape that is orange.", "Add up
                 the sides of the triangle and the square. How many sides altogether?";
  child-plain    a child typing, lower case, no punctuation, child grammar: "whats the colour of the square", "is
                 there a circle and a square", "is there any red ones", "i counted 2 circles is that right";
  child-spelling the same with a child's spelling: "is the trinagle blue", "wich one is the bigest", "how meny
                 sides has the hexagone got", "are ther more sqwears than cirkles";
  child-words    a child's own words for shapes: "how many roundy ones are there", "which one is the littlest",
                 "is the red one round", "do the red one and the blue one have the same shape".
Families (what is asked): count (how many, all / of a kind / of a colour / both; confirming a number), exist (is
there a kind / colour / coloured kind; both of two kinds), colour (of the one shape of a kind; is it a colour; which
of two colours), kind (the shape of the one shape of a colour; is it a kind; which of two kinds), position (in the
frame: left / right side, top / bottom, furthest left, highest, lowest; one shape left of / right of / above / below
another; which of two is higher up), size (bigger / smaller, biggest / smallest, the colour of the biggest), compare
(more / fewer / the same number of kinds; which colour there is more of; the same colour, the same shape, all the
same) and sides (sides and corners of a named shape, which has no corners, the most sides, a given number of corners;
round or pointy; straight sides; sides added up). Every family has at least 10 wordings, every sub-style at least 11.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``):
"the triangle" only when there is exactly one triangle, "the red one" (shape, thing) only when exactly one shape is
red, "the red circle" only when exactly one shape is a red circle; a square is never asked about as a rectangle, nor
"the rectangle" (or "the red rectangle") said when there is a square, nor "a square or a rectangle" offered, nor
"the same shape" asked of a square and a rectangle; an absent colour is never one a viewer might give a present
colour's shade (``CONFUSABLE``); position words need a margin of 15% of the image side (from the middle for "on the
left side" or "at the top", between centres for "to the left of", between the first and the second shape for
"right at the top" and "furthest to the left"); size words need areas differing by a factor of 1.8; counts compared
must differ (or, for "the same number", be the same or differ). A number confirmed wrongly ("i counted 3 circles is
that right" of two) is always more than the truth, never fewer. Sides and corners: a triangle has 3, a square and a
rectangle 4, a pentagon 5, a hexagon 6; a circle has 0 corners (its sides are never asked: "one curved side" is
what some classrooms teach), and no question about sides or corners is asked of a picture with a star, whose
count (5 points or 10 corners) the truth does not settle; "round or pointy" is asked only of a circle (round) and a
triangle or a star (pointy). A question presupposing several shapes ("which shape has no corners", "are they all
the same shape") is asked only of several. Within a template, the gold is drawn first among the golds the picture
offers, and where it offers both yes and no, the one its family has had fewer times so far is taken, so yes and no
are balanced by construction (their counts per family are printed).

Scoring: the personas benchmark's ``normalise``, with the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical; case, punctuation and articles dropped, "grey" -> "gray", number words -> digits; shape and tone words
dropped from a colour answer, colour words from a shape answer; a gold "A|B" takes either; an answer "unknown" is
unknown; failing that, the answer read once more without the function words of a place or a group, so "on the left
side" answers "left", "at the top" answers "top" and "the red one" answers "red"; where the gold is "yes" or "no",
a one-word answer "true" / "false", "correct" / "incorrect" or "pass" / "fail" is read as "yes" / "no", which "true
or false" invites). Golds of the choice forms: "on the left side or the right side" -> "left" / "right"; "at the top
or at the bottom" -> "top" / "bottom"; "round or pointy" -> "round" / "pointy"; "is it C1 or C2" -> the colour; "a K1
or a K2" -> the kind; "which are there more of" -> the plural or the singular kind; "more C1 ones or C2 ones" -> the
colour; "which one is biggest (right at the top, has no corners ...)" -> its kind, or its colour where no other shape
has that colour; "which is bigger (higher up), A or B" -> the word that named it (or its kind, as the askers'
``either_name``); sides, corners and counts -> digits.

    python examples/benchmarks/shape_scenes_quiz.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_quiz.py --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by sub-style and by template, the
15 worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``,
every unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import shape_scenes_personas as personas  # the personas benchmark's reading of "true" / "false"
import shape_scenes_spoken as spoken  # the spoken benchmark's question picker and run
from shape_bench_common import article, command_line, new_templates, yn
from shape_scenes_askers import CORNERS, PLURAL, SIDES, Shape, View, extreme, kind_pairs, side_answer
from shape_scenes_personas import colours_choice, is_largest, kinds_choice, left, same_kinds, top
from shape_scenes_spoken import (
    claims,
    colour_is_kind,
    count_colour_kinds,
    in_either_order,
    more_kinds,
    much_bigger,
    other_kind,
    relation,
    size_yn,
    smallest,
    some,
    there,
    which_of_two,
    which_one,
)
from shape_scenes_typos import (  # the ground-truth question makers the typos benchmark wrote
    bigger,
    colour_of_kind,
    count_colours,
    count_kinds,
    exist_colour_kinds,
    exist_colours,
    exist_kinds,
    kind_is_colour,
    kind_of_colour,
    largest,
    pick,
)


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    tag: str


TEMPLATES, template = new_templates()  # template(family, name, tag)
TAGS = ["teacher-find", "teacher-check", "teacher-task", "child-plain", "child-spelling", "child-words"]

KID: dict[str, list[str]] = {
    "circle": ["cirkle", "sircle", "circul"],
    "square": ["sqwear", "squer", "sqare"],
    "triangle": ["trinagle", "tryangle", "triangul"],
    "rectangle": ["rektangle", "recktangle", "rectangul"],
    "pentagon": ["pentagone", "pentigon"],
    "hexagon": ["hexagone", "hexigon"],
    "star": ["starr"],
    "purple": ["purpel", "perple"],
    "yellow": ["yelow", "yello"],
    "orange": ["orang", "ornge"],
    "green": ["grean", "gren"],
    "black": ["blak"],
    "blue": ["blu", "bloo"],
    "gray": ["grey", "grae"],
    "red": ["red", "redd"],
    "which": ["wich", "witch"],
    "what": ["wat", "wot"],
    "there": ["ther", "thare"],
    "many": ["meny", "mayny"],
    "colour": ["colur", "culler", "coler"],
    "biggest": ["bigest", "biggist"],
    "bigger": ["biger", "bigga"],
    "right": ["rite", "rigt"],
}
"""How a child of six or seven spells the words of these questions (a few of each, drawn at random)."""


def kid(word: str, rng: np.random.Generator) -> str:
    """``word`` as a child spells it (one of its :data:`KID` spellings; the word itself where it has none)."""
    return pick(rng, KID[word]) if word in KID else word


def kids(kind: str, rng: np.random.Generator) -> str:
    """The plural of ``kind`` as a child spells it ("trinagles")."""
    return kid(kind, rng) + "s"


def full_ref(v: View, s: Shape) -> str | None:
    """ "the red circle": ``s`` named by its colour and kind where no other shape is both (and never "the ...
    rectangle" where there is a square)."""
    if s.kind == "rectangle" and v.kinds["square"]:
        return None
    alike = sum(1 for o in v.shapes if o.kind == s.kind and o.colour == s.colour)
    return f"the {s.colour} {s.kind}" if alike == 1 else None


def frame_pick(v: View, rng: np.random.Generator, say: Callable[[str, str, str], str], axis: str):
    """ "is <the red circle> on the left or the right" ("top" / "bottom" for ``axis`` "y"): gold the side it is on,
    the sides offered in either order."""
    out = []
    for s in v.shapes:
        ref = full_ref(v, s)
        offset = left(s, v) if axis == "x" else top(s, v)
        gold = side_answer(offset, v.margin)
        if gold and ref:
            first, second = ("left", "right") if axis == "x" else ("top", "bottom")
            out.append((say(ref, *in_either_order(rng, first, second)), first if gold == "yes" else second))
    return out


def frame_yes(v: View, say: Callable[[str], str], offset: Callable[[Shape], float]) -> list[tuple[str, str]]:
    """yes / no for "is <the red circle> on that side": ``offset(s)`` how far its centre lies that way from the
    middle."""
    out = []
    for s in v.shapes:
        gold, ref = side_answer(offset(s), v.margin), full_ref(v, s)
        if gold and ref:
            out.append((say(ref), gold))
    return out


def no_star(v: View) -> bool:
    """Whether sides and corners may be asked of the picture: none is a star (5 points or 10 corners?)."""
    return v.kinds["star"] == 0


def named_polygons(v: View) -> list[Shape]:
    """The shapes named alone by their kind that have sides to count (not a circle, not a star)."""
    return [s for s in v.unique_kinds() if s.kind in SIDES] if no_star(v) else []


def named_cornered(v: View) -> list[Shape]:
    """The shapes named alone by their kind whose corners are counted (a circle's are 0; never a star's)."""
    return [s for s in v.unique_kinds() if s.kind in CORNERS] if no_star(v) else []


def with_corners(v: View, n: int) -> list[Shape]:
    return [s for s in v.shapes if CORNERS.get(s.kind) == n]


def most_sides(v: View) -> Shape | None:
    """The one shape with more sides than any other (a circle 0), where no star is drawn and none ties."""
    if v.n < 2 or not no_star(v):
        return None
    ranked = sorted(v.shapes, key=lambda s: -CORNERS[s.kind])
    return ranked[0] if CORNERS[ranked[0].kind] > CORNERS[ranked[1].kind] else None


def sides_claims(n: int, rng: np.random.Generator) -> list[tuple[int, str]]:
    """Numbers of sides to confirm of a true ``n``: ``n`` (yes) and another polygon's (no)."""
    return [(n, "yes"), (pick(rng, [m for m in (3, 4, 5, 6) if m != n]), "no")]


def same_colour(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """yes / no for "are A and B the same colour", both named by their kind."""
    out = []
    for a, b in v.pairs():
        if v.kind_ref(a) and v.kind_ref(b):
            out.append((say(a.kind, b.kind), yn(a.colour == b.colour)))
    return out


def same_shape(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """yes / no for "do A and B have the same shape", both named by their colour (never a square and a
    rectangle)."""
    out = []
    for a, b in v.pairs():
        if v.colours[a.colour] == 1 and v.colours[b.colour] == 1 and {a.kind, b.kind} != {"square", "rectangle"}:
            out.append((say(a.colour, b.colour), yn(a.kind == b.kind)))
    return out


# count


@template("count", "look carefully at the picture. how many kinds can you spot?", "teacher-find")
def _(v, rng):
    return count_kinds(v, lambda k: f"Look carefully at the picture. How many {PLURAL[k]} can you spot?")


@template("count", "let's count together! how many shapes can you see in the picture?", "teacher-find")
def _(v, rng):
    return [("Let's count together! How many shapes can you see in the picture?", str(v.n))] if v.n >= 2 else []


@template("count", "can you count all the colour kinds? how many are there?", "teacher-find")
def _(v, rng):
    return count_colour_kinds(v, lambda c, k: f"Can you count all the {c} {PLURAL[k]}? How many are there?")


@template("count", "true or false: there are N kinds in the picture.", "teacher-check")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for n, gold in claims(v.kinds[k], rng):
            out.append((f"True or false: {there(n)} {some(n, k)} in the picture.", gold))
    return out


@template("count", "count up all the colour shapes. how many did you get?", "teacher-task")
def _(v, rng):
    return count_colours(v, lambda c: f"Count up all the {c} shapes. How many did you get?")


@template("count", "how many shapes are there altogether? write your answer in the box.", "teacher-task")
def _(v, rng):
    return [("How many shapes are there altogether? Write your answer in the box.", str(v.n))]


@template("count", "how many kinds are there", "child-plain")
def _(v, rng):
    return count_kinds(v, lambda k: f"how many {PLURAL[k]} are there")


@template("count", "i counted N kinds is that right", "child-plain")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for n, gold in claims(v.kinds[k], rng):
            out.append((f"i counted {n} {k if n == 1 else PLURAL[k]} is that right", gold))
    return out


@template("count", "how meny kinds are ther", "child-spelling")
def _(v, rng):
    return count_kinds(v, lambda k: f"how {kid('many', rng)} {kids(k, rng)} are {kid('there', rng)}")


@template("count", "how many colour shapes r there", "child-spelling")
def _(v, rng):
    return count_colours(v, lambda c: f"how many {kid(c, rng)} shapes r there")


@template("count", "how many roundy ones are there", "child-words")
def _(v, rng):
    return [("how many roundy ones are there", str(v.kinds["circle"]))]


@template("count", "how many colour ones are there", "child-words")
def _(v, rng):
    return count_colours(v, lambda c: f"how many {c} ones are there")


# exist


@template("exist", "can you find a kind in the picture?", "teacher-find")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Can you find {article(k)} {k} in the picture?")


@template("exist", "look carefully! is there a colour kind hiding in the picture?", "teacher-find")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Look carefully! Is there {article(c)} {c} {k} hiding in the picture?")


@template("exist", "spot the kind! is there one in the picture?", "teacher-find")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Spot the {k}! Is there one in the picture?")


@template("exist", "yes or no: is there a colour shape?", "teacher-check")
def _(v, rng):
    return exist_colours(v, lambda c: f"Yes or no: is there {article(c)} {c} shape?")


@template("exist", "true or false: there is a colour kind in the picture.", "teacher-check")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"True or false: there is {article(c)} {c} {k} in the picture.")


@template("exist", "tick yes or no. can you see a kind?", "teacher-task")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Tick yes or no. Can you see {article(k)} {k}?")


@template("exist", "is there a kind and a kind", "child-plain")
def _(v, rng):
    kinds = v.askable_kinds()
    out = []
    for i, a in enumerate(kinds):
        for b in kinds[i + 1 :]:
            if v.kinds[a] or v.kinds[b]:
                x, y = in_either_order(rng, a, b)
                out.append((f"is there {article(x)} {x} and {article(y)} {y}", yn(v.kinds[a] > 0 and v.kinds[b] > 0)))
    return out


@template("exist", "is there any colour ones", "child-plain")
def _(v, rng):
    return exist_colours(v, lambda c: f"is there any {c} ones")


@template("exist", "is ther a kind", "child-spelling")
def _(v, rng):
    return exist_kinds(v, lambda k: f"is {kid('there', rng)} a {kid(k, rng)}")


@template("exist", "are there any roundy shapes", "child-words")
def _(v, rng):
    return [("are there any roundy shapes", yn(v.kinds["circle"] > 0))]


@template("exist", "is there a colour one", "child-words")
def _(v, rng):
    return exist_colours(v, lambda c: f"is there {article(c)} {c} one")


# colour


@template("colour", "can you find the kind? what colour is it?", "teacher-find")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Can you find the {k}? What colour is it?")


@template("colour", "colour check: is the kind colour?", "teacher-check")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Colour check: is the {k} {c}?")


@template("colour", "true or false: the kind is coloured colour.", "teacher-check")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"True or false: the {k} is coloured {c}.")


@template("colour", "look at the kind. write down its colour.", "teacher-task")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Look at the {k}. Write down its colour.")


@template("colour", "fill in the missing colour: the kind is ______.", "teacher-task")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Fill in the missing colour: the {k} is ______.")


@template("colour", "what colour has the kind been coloured in?", "teacher-task")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"What colour has the {k} been coloured in?")


@template("colour", "whats the colour of the kind", "child-plain")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"whats the colour of the {k}")


@template("colour", "the kind is it colour or colour", "child-plain")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        x, y = in_either_order(rng, s.colour, v.other_colour(s.colour, rng))
        out.append((f"the {s.kind} is it {x} or {y}", s.colour))
    return out


@template("colour", "is the trinagle colour", "child-spelling")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"is the {kid(k, rng)} {c}")


@template("colour", "wat colur is the kind", "child-spelling")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"{kid('what', rng)} {kid('colour', rng)} is the {kid(k, rng)}")


@template("colour", "what colour is the kind one", "child-words")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"what colour is the {k} one")


# kind


@template("kind", "find the colour shape. what is it called?", "teacher-find")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Find the {c} shape. What is it called?")


@template("kind", "look at the colour shape. what shape is it?", "teacher-find")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Look at the {c} shape. What shape is it?")


@template("kind", "true or false: the colour shape is a kind.", "teacher-check")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"True or false: the {c} shape is {article(k)} {k}.")


@template("kind", "is the colour shape a kind or a kind?", "teacher-check")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        x, y = in_either_order(rng, s.kind, other_kind(v, s.kind, rng))
        out.append((f"Is the {s.colour} shape {article(x)} {x} or {article(y)} {y}?", s.kind))
    return out


@template("kind", "name the colour shape.", "teacher-task")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Name the {c} shape.")


@template("kind", "write the name of the shape that is colour.", "teacher-task")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Write the name of the shape that is {c}.")


@template("kind", "what shape is the colour one", "child-plain")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"what shape is the {c} one")


@template("kind", "is the colour one a kind", "child-plain")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"is the {c} one {article(k)} {k}")


@template("kind", "wats the colour shape called", "child-spelling")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"{pick(rng, ['wats', 'whats'])} the {kid(c, rng)} shape called")


@template("kind", "the colour one what shape is it", "child-words")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"the {c} one what shape is it")


# position in the frame and between two shapes


@template("position", "can you find A? is it on the left side or the right side of the picture?", "teacher-find")
def _(v, rng):
    return frame_pick(
        v,
        rng,
        lambda a, x, y: f"Can you find {a}? Is it on the {x} side or the {y} side of the picture?",
        "x",
    )


@template("position", "where is A? is it at the top or at the bottom of the picture?", "teacher-find")
def _(v, rng):
    return frame_pick(v, rng, lambda a, x, y: f"Where is {a}? Is it at the {x} or at the {y} of the picture?", "y")


@template("position", "true or false: A is on the left side of the picture.", "teacher-check")
def _(v, rng):
    return frame_yes(v, lambda a: f"True or false: {a} is on the left side of the picture.", lambda s: left(s, v))


@template("position", "yes or no: is A above B?", "teacher-check")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Yes or no: is {a} above {b}?", lambda a, b: b.cy - a.cy)


@template("position", "is A to the right of B? tick yes or no.", "teacher-check")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is {a} to the right of {b}? Tick yes or no.", lambda a, b: a.cx - b.cx)


@template("position", "look at A and B. which one is higher up?", "teacher-task")
def _(v, rng):
    return which_of_two(
        v, rng, lambda x, y: f"Look at {x} and {y}. Which one is higher up?", lambda a, b: b.cy - a.cy >= v.margin
    )


@template("position", "point to the shape that is furthest to the left. which shape is it?", "teacher-task")
def _(v, rng):
    s = extreme(v, lambda s: s.cx)
    return [("Point to the shape that is furthest to the left. Which shape is it?", which_one(v, s))] if s else []


@template("position", "is A on the left of B", "child-plain")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"is {a} on the left of {b}", lambda a, b: b.cx - a.cx)


@template("position", "is A under B", "child-plain")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"is {a} under {b}", lambda a, b: a.cy - b.cy)


@template("position", "is the kind on the rite side", "child-spelling")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        gold = side_answer(-left(s, v), v.margin)
        if gold:
            out.append((f"is the {kid(s.kind, rng)} on the {kid('right', rng)} side", gold))
    return out


@template("position", "which one is right at the top", "child-words")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("which one is right at the top", which_one(v, s))] if s else []


@template("position", "whats the colour of the one at the bottom", "child-words")
def _(v, rng):
    s = extreme(v, lambda s: -s.cy)
    return [("whats the colour of the one at the bottom", s.colour)] if s else []


# size


@template("size", "which shape is the biggest one of all?", "teacher-find")
def _(v, rng):
    s = largest(v)
    return [("Which shape is the biggest one of all?", which_one(v, s))] if s else []


@template("size", "look carefully! which shape is the smallest?", "teacher-find")
def _(v, rng):
    s = smallest(v)
    return [("Look carefully! Which shape is the smallest?", which_one(v, s))] if s else []


@template("size", "which is bigger, A or B?", "teacher-find")
def _(v, rng):
    return which_of_two(v, rng, lambda x, y: f"Which is bigger, {x} or {y}?", much_bigger)


@template("size", "true or false: A is bigger than B.", "teacher-check")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"True or false: {a} is bigger than {b}.")


@template("size", "is A smaller than B? yes or no?", "teacher-check")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Is {a} smaller than {b}? Yes or no?", bigger=False)


@template("size", "find the biggest shape. what colour is it?", "teacher-task")
def _(v, rng):
    s = largest(v)
    return [("Find the biggest shape. What colour is it?", s.colour)] if s else []


@template("size", "is A bigger than B", "child-plain")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"is {a} bigger than {b}")


@template("size", "wich one is the bigest", "child-spelling")
def _(v, rng):
    s = largest(v)
    return [(f"{kid('which', rng)} one is the {kid('biggest', rng)}", which_one(v, s))] if s else []


@template("size", "is the kind biger than the kind", "child-spelling")
def _(v, rng):
    return bigger(v, lambda a, b: f"is the {kid(a, rng)} {kid('bigger', rng)} than the {kid(b, rng)}")


@template("size", "which one is the littlest", "child-words")
def _(v, rng):
    s = smallest(v)
    return [("which one is the littlest", which_one(v, s))] if s else []


@template("size", "is A the biggest one of them all", "child-words")
def _(v, rng):
    return is_largest(v, rng, lambda a: f"is {a} the biggest one of them all")


# comparing counts, colours and shapes


@template("compare", "true or false: there are more kinds than kinds.", "teacher-check")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"True or false: there are more {a} than {b}.")


@template("compare", "are there fewer kinds than kinds?", "teacher-check")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Are there fewer {a} than {b}?", fewer=True)


@template("compare", "are the kind and the kind the same colour?", "teacher-check")
def _(v, rng):
    return same_colour(v, lambda a, b: f"Are the {a} and the {b} the same colour?")


@template("compare", "count the kinds and the kinds. which are there more of?", "teacher-find")
def _(v, rng):
    return kinds_choice(v, rng, lambda a, b: f"Count the {a} and the {b}. Which are there more of?")


@template("compare", "look at the shapes. are they all the same shape?", "teacher-find")
def _(v, rng):
    if v.n < 2 or set(v.kinds) == {"square", "rectangle"}:
        return []
    return [("Look at the shapes. Are they all the same shape?", yn(len(v.kinds) == 1))]


@template("compare", "are there the same number of kinds and kinds? show how you know.", "teacher-task")
def _(v, rng):
    return same_kinds(v, lambda a, b: f"Are there the same number of {PLURAL[a]} and {PLURAL[b]}? Show how you know.")


@template("compare", "are there more colour ones or colour ones", "child-plain")
def _(v, rng):
    return colours_choice(v, rng, lambda a, b: f"are there more {a} ones or {b} ones")


@template("compare", "is the kind the same colour as the kind", "child-plain")
def _(v, rng):
    return same_colour(v, lambda a, b: f"is the {a} the same colour as the {b}")


@template("compare", "are ther more kinds than kinds", "child-spelling")
def _(v, rng):
    out = []
    for a, b in kind_pairs(v):
        text = f"are {kid('there', rng)} more {kids(a, rng)} than {kids(b, rng)}"
        out.append((text, yn(v.kinds[a] > v.kinds[b])))
    return out


@template("compare", "do the colour one and the colour one have the same shape", "child-words")
def _(v, rng):
    return same_shape(v, lambda a, b: f"do the {a} one and the {b} one have the same shape")


@template("compare", "are all the shapes the same colour", "child-words")
def _(v, rng):
    return [("are all the shapes the same colour", yn(len(v.colours) == 1))] if v.n >= 2 else []


# sides and corners


@template("sides", "how many sides does the kind have?", "teacher-find")
def _(v, rng):
    return [(f"How many sides does the {s.kind} have?", str(SIDES[s.kind])) for s in named_polygons(v)]


@template("sides", "how many corners has the kind got?", "teacher-find")
def _(v, rng):
    return [(f"How many corners has the {s.kind} got?", str(CORNERS[s.kind])) for s in named_cornered(v)]


@template("sides", "which shape has no corners?", "teacher-find")
def _(v, rng):
    circles = with_corners(v, 0)
    if v.n < 2 or len(circles) != 1 or not no_star(v):
        return []
    return [("Which shape has no corners?", which_one(v, circles[0]))]


@template("sides", "which shape has the most sides?", "teacher-find")
def _(v, rng):
    s = most_sides(v)
    return [("Which shape has the most sides?", which_one(v, s))] if s else []


@template("sides", "true or false: the colour shape has N sides.", "teacher-check")
def _(v, rng):
    out = []
    for s in v.unique_colours() if no_star(v) else []:
        if s.kind in SIDES:
            for n, gold in sides_claims(SIDES[s.kind], rng):
                out.append((f"True or false: the {s.colour} shape has {n} sides.", gold))
    return out


@template("sides", "is the colour shape round or pointy?", "teacher-check")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        gold = "round" if s.kind == "circle" else "pointy" if s.kind in ("triangle", "star") else None
        if gold:
            x, y = in_either_order(rng, "round", "pointy")
            out.append((f"Is the {s.colour} shape {x} or {y}?", gold))
    return out


@template("sides", "count the corners on the kind and write the number.", "teacher-task")
def _(v, rng):
    return [
        (f"Count the corners on the {s.kind} and write the number.", str(CORNERS[s.kind])) for s in named_cornered(v)
    ]


@template("sides", "write down how many shapes have N corners.", "teacher-task")
def _(v, rng):
    words = {3: "three", 4: "four", 5: "five", 6: "six"}
    if not no_star(v):
        return []
    return [(f"Write down how many shapes have {w} corners.", str(len(with_corners(v, n)))) for n, w in words.items()]


@template("sides", "add up the sides of the kind and the kind. how many sides altogether?", "teacher-task")
def _(v, rng):
    shapes = named_polygons(v)
    out = []
    for i, a in enumerate(shapes):
        for b in shapes[i + 1 :]:
            x, y = in_either_order(rng, a, b)
            text = f"Add up the sides of the {x.kind} and the {y.kind}. How many sides altogether?"
            out.append((text, str(SIDES[a.kind] + SIDES[b.kind])))
    return out


@template("sides", "does the kind have corners", "child-plain")
def _(v, rng):
    return [(f"does the {s.kind} have corners", yn(CORNERS[s.kind] > 0)) for s in named_cornered(v)]


@template("sides", "how many shapes have straight sides", "child-plain")
def _(v, rng):
    return [("how many shapes have straight sides", str(v.n - v.kinds["circle"]))] if no_star(v) else []


@template("sides", "how meny sides has the kind got", "child-spelling")
def _(v, rng):
    return [
        (f"how {kid('many', rng)} sides has the {kid(s.kind, rng)} got", str(SIDES[s.kind])) for s in named_polygons(v)
    ]


@template("sides", "is the colour one round", "child-words")
def _(v, rng):
    return [(f"is the {s.colour} one round", yn(s.kind == "circle")) for s in v.unique_colours()]


@template("sides", "which one has got N corners", "child-words")
def _(v, rng):
    out = []
    for n in (3, 4, 5, 6) if v.n >= 2 and no_star(v) else ():
        found = with_corners(v, n)
        if len(found) == 1:
            out.append((f"which one has got {n} corners", which_one(v, found[0])))
    return out


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- run


pick_questions = spoken.question_picker(TEMPLATES, Item)


def arguments() -> argparse.Namespace:
    """The spoken benchmark's command line, with ``--more`` (pentagons, hexagons and stars) on by default."""
    parser = command_line(__doc__, "--n-images", 150)
    parser.add_argument("--size", type=int, choices=[64, 128], default=128)
    parser.add_argument(
        "--more",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="pentagons, hexagons and stars too (the default; --no-more for the four basic kinds)",
    )
    parser.add_argument("--questions-per-image", type=int, default=6, help="of different families (at most)")
    parser.add_argument("--perception", choices=["photo", "shapes"], default="photo", help="as nsvr ask --perception")
    parser.add_argument("--show-failures", action="store_true", help="list the unknown answers too")
    return parser.parse_args()


def main() -> None:
    wording = spoken.Wording(TEMPLATES, TAGS, pick_questions, "tag", "By sub-style (who asks and how):")
    quiz = replace(
        wording,
        columns="family / sub-style / wording",
        width=22,
        template_width=None,
        normalise=personas.normalise,
        group_of=lambda item: item.tag,
    )
    spoken.run_wording(__doc__, quiz, arguments())


if __name__ == "__main__":
    main()
