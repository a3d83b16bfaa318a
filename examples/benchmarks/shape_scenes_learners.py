"""How nsvr copes with questions on flat shape drawings as English learners, children and hurried searchers word them.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures, ground truth,
rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery) and
``shape_scenes_spoken.py`` (the sibling blind wording benchmark whose structure, balancing, scoring and output this
follows, and whose question makers and answer reading it imports, with those it takes from ``shape_scenes_typos.py``).
The wordings are the author's own idea of how such people write, not mined from what nsvr accepts. They were fixed
before the first run (saved beside this script as ``shape_scenes_learners_first_run.txt``) and not tuned to nsvr's
answers afterwards, so they measure how far nsvr reaches into writing it was not shown, not its own phrasings.

Images: the askers' generator, unchanged (``askers.make_scene``): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, 1-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon,
hexagon, star) in eight saturated fills, never overlapping, never cut by the border; the truth of every shape
(kind, colour, box, centre, area) is exact.

Questions: 99 templates, each labelled with one wording style and one family. Styles:
  learner   non-native English as learners write it: dropped or wrong articles ("how many circle in picture?", "is
            there red square?"), wrong agreement ("how many triangle there is?", "what colour have the square?",
            "there is 2 circles in picture?"), wrong prepositions ("is the square in left of the circle?", "what is
            in the right side?", "is the circle at right from the square?"), a question left in statement order
            ("the triangle is bigger than the circle?", "the circle is what colour?"), "which color is having the
            square", "there is a blue shape or not?", "how much circles are there", "it has any green shape?",
            "have circle in the picture?", "more up", "more small", "most big", "is same number?";
  child     how a child or a young pupil asks: "the round one" (the circle), "the pointy shape" (the triangle), "box"
            (the square), "the littlest one", "more bigger", "all the way on the left", "where is the triangle, at
            the top or at the bottom?", "are there less triangles than circles";
  search    terse keyword queries as typed into a search box: "count circles", "red shape?", "triangle colour",
            "number of squares", "blue circle yes or no", "leftmost shape colour", "biggest shape kind", "circles vs
            squares more", "circle left or right";
  verbose   long, hedged or nested wordings by a careful writer: "In this image, could you determine whether the
            number of circles exceeds the number of triangles?", "Would it be correct to state that the shape
            located furthest to the left is red?", "What is the total number of geometric figures depicted?".
Families (what is asked), as the spoken benchmark's: count (how many, all / of a colour / of a kind / both;
confirming a number), exist (is there a kind / colour / coloured kind), colour (of the one shape of a kind; is it a
colour), kind (the shape of the one shape of a colour; is it a kind, is it round), position (in the frame: left /
right side, upper / lower half, highest, leftmost; the one shape on the right side), relation (one shape left of /
right of / above / below another; which of two is further left), size (bigger / smaller, biggest / smallest) and
compare (more / fewer / the same number of kinds or colours; which there is more of). Every family has at least
11 wordings and every style at least two of them.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``):
"the triangle" only when there is exactly one triangle, "the red one" only when exactly one shape is red; a square
is never asked about as a rectangle, nor "the rectangle" said when there is a square, nor "a square or a rectangle"
offered; an absent colour is never one a viewer might give a present colour's shade (``CONFUSABLE``); position
words need a margin of 15% of the image side (from the middle for "on the left side" or "in the lower half",
between centres for "left of", between the first and the second shape for "highest"); size words need areas
differing by a factor of 1.8; counts compared must differ (or, for "the same number", be the same or differ). The
child's words add their own: "the round one" only when there is exactly one circle, "the pointy shape" only when
there is exactly one triangle and no star, "box" only when the picture holds no rectangle ("the box" only when it
holds exactly one square). "What is in the right side?" is asked only where one shape lies right of the middle by
the margin and every other one left of it by the margin. A number confirmed wrongly is always more than the truth
("there is 3 circles in picture?" of two), never fewer, which "at least" could make true. Within a template, the
gold is drawn first among the golds the picture offers, and where it offers both yes and no, the one its family has
had fewer times so far is taken, so yes and no are balanced by construction (their counts per family are printed).

Scoring, exactly the spoken benchmark's (its ``normalise`` imported): the askers' ``normalise`` and the shared
``lenient_or_unknown`` outcome (golds lower-case canonical; case, punctuation and articles dropped, "grey" ->
"gray", number words -> digits; shape and tone words dropped from a colour answer, colour words from a shape answer;
a gold "A|B" takes either; an answer "unknown" is unknown), then a second look without the function words of a
place or a group ("on", "at", "the", "side", "shapes", "ones", "more", ..., and "one" where the gold is no number),
so that "at the top", "red shapes" and "the red one" answer "top", "red" and "red". Golds of the open forms: "where
is A, at the top or at the bottom" and "A left or right" -> "top" / "bottom", "left" / "right"; "which is more,
circles or squares" -> "circles" (or "circle"); "is more red shapes or blue shapes" -> the colour; "which one is
biggest (highest, all the way on the left ...)" and "what is in the right side" -> its kind, or its colour where no
other shape has that colour; "biggest shape kind" -> its kind only; "which one is more on the left, A or B" -> the
word that named it (or its kind, as the askers' ``either_name``).

    python examples/benchmarks/shape_scenes_learners.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_learners.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by style and by template, the 15
worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``, every
unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import shape_scenes_askers as askers  # the sibling's pictures, ground truth, rules and scoring
from shape_bench_common import (
    article,
    cap,
    new_templates,
    yn,
)
from shape_scenes_askers import PLURAL, SIZE_RATIO, Shape, View, colour_pairs, either_name, extreme, side_answer
from shape_scenes_spoken import (  # the spoken benchmark's question makers and its reading of answers
    WORDS,
    Wording,
    claims,
    colour_is_kind,
    count_colour_kinds,
    in_either_order,
    other_kind,
    question_picker,
    run_wording,
    smallest,
    which_one,
)
from shape_scenes_typos import (  # the ground-truth question makers the typos benchmark wrote
    colour_of_kind,
    count_colours,
    count_kinds,
    exist_colour_kinds,
    exist_colours,
    exist_kinds,
    kind_is_colour,
    kind_of_colour,
    largest,
)


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    style: str


TEMPLATES, template = new_templates()  # template(family, name, style)
STYLES = ["learner", "child", "search", "verbose"]

Ref = Callable[[View, Shape, np.random.Generator], "tuple[str, str] | None"]


# ------------------------------------------------------------------------------------------- how shapes are named


def plain_ref(v: View, s: Shape, rng: np.random.Generator) -> tuple[str, str] | None:
    """The askers' phrase naming ``s`` alone ("the circle", "the red one"), and the word naming it in an answer."""
    return v.ref(s, rng)


def search_ref(v: View, s: Shape, rng: np.random.Generator) -> tuple[str, str] | None:
    """As :func:`plain_ref` without its article, as a search box is typed ("circle", "red shape")."""
    ref = v.ref(s, rng)
    return (ref[0].removeprefix("the "), ref[1]) if ref else None


def round_one(v: View) -> bool:
    """ "the round one" names the circle: there is exactly one."""
    return v.kinds["circle"] == 1


def pointy_one(v: View) -> bool:
    """ "the pointy shape" names the triangle: there is exactly one, and no star."""
    return v.kinds["triangle"] == 1 and v.kinds["star"] == 0


def boxes(v: View) -> bool:
    """ "box" means a square: the picture holds no rectangle."""
    return v.kinds["rectangle"] == 0


def child_word(v: View, s: Shape, rng: np.random.Generator) -> str | None:
    """A child's name of ``s`` alone, where it has one: "the round one", "the pointy one" / "the pointy shape",
    "the box"."""
    if s.kind == "circle" and round_one(v):
        return "the round one"
    if s.kind == "triangle" and pointy_one(v):
        return str(rng.choice(["the pointy one", "the pointy shape"]))
    if s.kind == "square" and boxes(v) and v.kinds["square"] == 1:
        return "the box"
    return None


def child_ref(v: View, s: Shape, rng: np.random.Generator) -> tuple[str, str] | None:
    """A child's name of ``s`` (mostly), else the askers' phrase."""
    word = child_word(v, s, rng)
    if word and rng.random() < 0.7:
        return word, s.kind
    return v.ref(s, rng) or ((word, s.kind) if word else None)


# ------------------------------------------------------------------------------------------- what is asked
# Each builder walks the ground truth and says, through ``say``, every question it can ask unambiguously.


def side_yn(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str], str],
    offset: Callable[[Shape], float],
    ref: Ref = plain_ref,
) -> list[tuple[str, str]]:
    """yes / no for "is <shape> on that side of the picture": ``offset(s)`` is how far its centre lies that way
    from the middle."""
    out = []
    for s in v.shapes:
        gold, named = side_answer(offset(s), v.margin), ref(v, s, rng)
        if gold and named:
            out.append((say(named[0]), gold))
    return out


def side_choice(
    v: View, rng: np.random.Generator, say: Callable[[str, str, str], str], axis: str, ref: Ref = plain_ref
) -> list[tuple[str, str]]:
    """ "is <shape> on the left or on the right" ("top" / "bottom" for ``axis`` "y"): gold the side it is on."""
    out = []
    for s in v.shapes:
        named = ref(v, s, rng)
        offset = (v.w / 2 - s.cx) if axis == "x" else (v.w / 2 - s.cy)
        gold = side_answer(offset, v.margin)
        if gold and named:
            first, second = ("left", "right") if axis == "x" else ("top", "bottom")
            out.append((say(named[0], *in_either_order(rng, first, second)), first if gold == "yes" else second))
    return out


def pair_yn(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str, str], str],
    offset: Callable[[Shape, Shape], float],
    ref: Ref = plain_ref,
) -> list[tuple[str, str]]:
    """yes / no for "is A <rel> B", ``offset(a, b)`` how far A lies that way from B (centres)."""
    out = []
    for a, b in v.pairs():
        gold, ra, rb = side_answer(offset(a, b), v.margin), ref(v, a, rng), ref(v, b, rng)
        if gold and ra and rb and ra[0] != rb[0]:
            out.append((say(ra[0], rb[0]), gold))
    return out


def size_pair(
    v: View, rng: np.random.Generator, say: Callable[[str, str], str], bigger: bool = True, ref: Ref = plain_ref
) -> list[tuple[str, str]]:
    """yes / no for "is A bigger (smaller) than B", the areas differing by the size ratio at least."""
    out = []
    for a, b in v.pairs():
        ra, rb = ref(v, a, rng), ref(v, b, rng)
        ratio = a.area / b.area
        if ra and rb and ra[0] != rb[0] and (ratio >= SIZE_RATIO or ratio <= 1 / SIZE_RATIO):
            out.append((say(ra[0], rb[0]), yn((ratio > 1) == bigger)))
    return out


def lone_on_right(v: View) -> Shape | None:
    """The one shape right of the middle by the margin, where every other one is left of it by the margin."""
    right = [s for s in v.shapes if s.cx - v.w / 2 >= v.margin]
    left = [s for s in v.shapes if v.w / 2 - s.cx >= v.margin]
    return right[0] if len(right) == 1 and len(left) == v.n - 1 else None


def kind_pairs_of(v: View) -> list[tuple[str, str]]:
    """Pairs of kinds to compare (the askers' ``kind_pairs``: askable, at least one present)."""
    return askers.kind_pairs(v)


def more_kinds(v: View, say: Callable[[str, str], str], fewer: bool = False) -> list[tuple[str, str]]:
    return [
        (say(PLURAL[a], PLURAL[b]), yn(v.kinds[a] < v.kinds[b] if fewer else v.kinds[a] > v.kinds[b]))
        for a, b in kind_pairs_of(v)
    ]


def same_kinds(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(say(PLURAL[a], PLURAL[b]), yn(v.kinds[a] == v.kinds[b])) for a, b in kind_pairs_of(v)]


def which_kind_more(v: View, rng: np.random.Generator, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "which is more, circles or squares": gold the kind there are more of (plural or singular)."""
    out = []
    for a, b in kind_pairs_of(v):
        if v.kinds[a] > v.kinds[b]:
            out.append((say(*in_either_order(rng, PLURAL[a], PLURAL[b])), f"{PLURAL[a]}|{a}"))
    return out


def which_colour_more(v: View, rng: np.random.Generator, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "more red or blue shapes": gold the colour there are more of."""
    out = []
    for a, b in colour_pairs(v):
        if v.colours[a] > v.colours[b]:
            out.append((say(*in_either_order(rng, a, b)), a))
    return out


def more_colours(v: View, say: Callable[[str, str], str], fewer: bool = False) -> list[tuple[str, str]]:
    return [
        (say(a, b), yn(v.colours[a] < v.colours[b] if fewer else v.colours[a] > v.colours[b]))
        for a, b in colour_pairs(v)
    ]


def which_of_two(
    v: View, rng: np.random.Generator, say: Callable[[str, str], str], lead: Callable[[Shape, Shape], bool]
) -> list[tuple[str, str]]:
    """ "which is <so>, A or B" where ``lead(a, b)`` says A clearly is and B clearly is not: gold the name of A."""
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if ra and rb and ra[1] != rb[1] and lead(a, b):
            out.append((say(*in_either_order(rng, ra[0], rb[0])), either_name(a, b, ra[1])))
    return out


def claimed(n: int, noun: str) -> str:
    """ "3 circles", "1 circle" (digits, as a learner types them)."""
    return f"{n} {noun if n == 1 else PLURAL[noun]}"


def there(n: int) -> str:
    return "there is" if n == 1 else "there are"


# count


@template("count", "how many kind in picture?", "learner")
def _(v, rng):
    return count_kinds(v, lambda k: f"how many {k} in picture?")


@template("count", "how many kind there is?", "learner")
def _(v, rng):
    return count_kinds(v, lambda k: f"How many {k} there is?")


@template("count", "how much kinds are there", "learner")
def _(v, rng):
    return count_kinds(v, lambda k: f"how much {PLURAL[k]} are there")


@template("count", "how many shape is colour colour?", "learner")
def _(v, rng):
    return count_colours(v, lambda c: f"How many shape is {c} colour?")


@template("count", "there is N kinds in picture?", "learner")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for n, gold in claims(v.kinds[k], rng):
            out.append((f"there is {claimed(n, k)} in picture?", gold))
    return out


@template("count", "how many boxes are there", "child")
def _(v, rng):
    return [("how many boxes are there", str(v.kinds["square"]))] if boxes(v) else []


@template("count", "how many round ones are there", "child")
def _(v, rng):
    return [("how many round ones are there", str(v.kinds["circle"]))]


@template("count", "can you count all the colour ones", "child")
def _(v, rng):
    return count_colours(v, lambda c: f"can you count all the {c} ones")


@template("count", "count kinds", "search")
def _(v, rng):
    return count_kinds(v, lambda k: f"count {PLURAL[k]}")


@template("count", "number of kinds", "search")
def _(v, rng):
    return count_kinds(v, lambda k: f"number of {PLURAL[k]}")


@template("count", "colour shapes count", "search")
def _(v, rng):
    return count_colours(v, lambda c: f"{c} shapes count")


@template("count", "colour kinds how many", "search")
def _(v, rng):
    return count_colour_kinds(v, lambda c, k: f"{c} {PLURAL[k]} how many")


@template("count", "what is the total number of geometric figures depicted?", "verbose")
def _(v, rng):
    return [("What is the total number of geometric figures depicted in this image?", str(v.n))]


@template("count", "would it be correct to state that there are exactly N kinds in this image?", "verbose")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for n, gold in claims(v.kinds[k], rng):
            said = f"{WORDS[n]} {k if n == 1 else PLURAL[k]}"
            out.append((f"Would it be correct to state that {there(n)} exactly {said} in this image?", gold))
    return out


@template("count", "could you please tell me precisely how many of the shapes are coloured colour?", "verbose")
def _(v, rng):
    return count_colours(
        v, lambda c: f"Could you please tell me precisely how many of the shapes in this image are coloured {c}?"
    )


# exist


@template("exist", "is there colour kind?", "learner")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"is there {c} {k}?")


@template("exist", "there is a colour shape or not?", "learner")
def _(v, rng):
    return exist_colours(v, lambda c: f"There is {article(c)} {c} shape or not?")


@template("exist", "it has any colour shape?", "learner")
def _(v, rng):
    return exist_colours(v, lambda c: f"it has any {c} shape?")


@template("exist", "have kind in the picture?", "learner")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Have {k} in the picture?")


@template("exist", "is there a box", "child")
def _(v, rng):
    return [("is there a box", yn(v.kinds["square"] > 0))] if boxes(v) else []


@template("exist", "is there a round one", "child")
def _(v, rng):
    return [("is there a round one", yn(v.kinds["circle"] > 0))]


@template("exist", "are there any colour ones", "child")
def _(v, rng):
    return exist_colours(v, lambda c: f"are there any {c} ones")


@template("exist", "colour shape?", "search")
def _(v, rng):
    return exist_colours(v, lambda c: f"{c} shape?")


@template("exist", "colour kind yes or no", "search")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"{c} {k} yes or no")


@template("exist", "kind in image?", "search")
def _(v, rng):
    return exist_kinds(v, lambda k: f"{k} in image?")


@template("exist", "would you be able to confirm whether the image contains at least one kind?", "verbose")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Would you be able to confirm whether the image contains at least one {k}?")


@template("exist", "is it the case that somewhere in this picture there is a shape coloured colour?", "verbose")
def _(v, rng):
    return exist_colours(
        v, lambda c: f"Is it the case that somewhere in this picture there is a shape that is coloured {c}?"
    )


# colour


@template("colour", "what colour have the kind?", "learner")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"What colour have the {k}?")


@template("colour", "the kind is what colour?", "learner")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"the {k} is what colour?")


@template("colour", "which color is having the kind", "learner")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"which color is having the {k}")


@template("colour", "the kind is colour colour?", "learner")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"The {k} is {c} colour?")


@template("colour", "what colour is the round one", "child")
def _(v, rng):
    return [("what colour is the round one", s.colour) for s in v.shapes if s.kind == "circle"] if round_one(v) else []


@template("colour", "is the pointy shape colour", "child")
def _(v, rng):
    out = []
    for s in v.shapes if pointy_one(v) else []:
        if s.kind == "triangle":
            out.append((f"is the pointy shape {s.colour}", "yes"))
            out.append((f"is the pointy shape {v.other_colour(s.colour, rng)}", "no"))
    return out


@template("colour", "what colour is the box", "child")
def _(v, rng):
    return (
        [("what colour is the box", s.colour) for s in v.shapes if s.kind == "square"]
        if (boxes(v) and v.kinds["square"] == 1)
        else []
    )


@template("colour", "kind colour", "search")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"{k} colour")


@template("colour", "color of kind?", "search")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"color of {k}?")


@template("colour", "kind colour?", "search")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"{k} {c}?")


@template("colour", "could you identify the colour with which the kind has been filled?", "verbose")
def _(v, rng):
    return colour_of_kind(
        v, lambda k: f"Could you identify the colour with which the {k} in this image has been filled?"
    )


@template("colour", "would it be accurate to describe the kind as being colour in colour?", "verbose")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Would it be accurate to describe the {k} as being {c} in colour?")


# kind


@template("kind", "the colour one is which shape?", "learner")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"The {c} one is which shape?")


@template("kind", "what is shape of colour one?", "learner")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"what is shape of {c} one?")


@template("kind", "the colour shape is kind?", "learner")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"the {c} shape is {k}?")


@template("kind", "what is the colour thing", "child")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"what is the {c} thing")


@template("kind", "is the colour one round", "child")
def _(v, rng):
    return [(f"is the {s.colour} one round", yn(s.kind == "circle")) for s in v.unique_colours()]


@template("kind", "is the colour one a box", "child")
def _(v, rng):
    return [(f"is the {s.colour} one a box", yn(s.kind == "square")) for s in v.unique_colours()] if boxes(v) else []


@template("kind", "colour shape kind", "search")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"{c} shape kind")


@template("kind", "shape of colour object", "search")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"shape of {c} object")


@template("kind", "colour one kind or kind", "search")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        first, second = in_either_order(rng, s.kind, other_kind(v, s.kind, rng))
        out.append((f"{s.colour} one {first} or {second}", s.kind))
    return out


@template("kind", "could you tell me what sort of geometric figure the colour shape happens to be?", "verbose")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Could you tell me what sort of geometric figure the {c} shape happens to be?")


@template("kind", "would it be correct to say that the shape coloured colour is a kind?", "verbose")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Would it be correct to say that the shape coloured {c} is a {k}?")


# position in the frame


@template("position", "what is in the right side?", "learner")
def _(v, rng):
    s = lone_on_right(v)
    return [("What is in the right side?", which_one(v, s))] if s else []


@template("position", "A is in left side?", "learner")
def _(v, rng):
    return side_yn(v, rng, lambda a: f"{cap(a)} is in left side?", lambda s: v.w / 2 - s.cx)


@template("position", "which shape is most on top?", "learner")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("Which shape is most on top?", which_one(v, s))] if s else []


@template("position", "is A in the down part of picture?", "learner")
def _(v, rng):
    return side_yn(v, rng, lambda a: f"is {a} in the down part of picture?", lambda s: s.cy - v.w / 2)


@template("position", "where is A, at the top or at the bottom?", "child")
def _(v, rng):
    return side_choice(v, rng, lambda a, x, y: f"where is {a}, at the {x} or at the {y}?", "y", child_ref)


@template("position", "which one is all the way on the left", "child")
def _(v, rng):
    s = extreme(v, lambda s: s.cx)
    return [("which one is all the way on the left", which_one(v, s))] if s else []


@template("position", "is A on the right side", "child")
def _(v, rng):
    return side_yn(v, rng, lambda a: f"is {a} on the right side", lambda s: s.cx - v.w / 2, child_ref)


@template("position", "leftmost shape colour", "search")
def _(v, rng):
    s = extreme(v, lambda s: s.cx)
    return [("leftmost shape colour", s.colour)] if s else []


@template("position", "highest shape?", "search")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("highest shape?", which_one(v, s))] if s else []


@template("position", "A left or right", "search")
def _(v, rng):
    return side_choice(v, rng, lambda a, x, y: f"{a} {x} or {y}", "x", search_ref)


@template("position", "would it be correct to state that the shape located furthest to the left is colour?", "verbose")
def _(v, rng):
    s = extreme(v, lambda s: s.cx)
    if not s:
        return []
    colours = list(dict.fromkeys([*v.colours, v.other_colour(s.colour, rng)]))
    return [
        (f"Would it be correct to state that the shape located furthest to the left is {c}?", yn(c == s.colour))
        for c in colours
    ]


@template("position", "in this picture, is A positioned in the lower half of the image?", "verbose")
def _(v, rng):
    return side_yn(
        v,
        rng,
        lambda a: f"In this picture, is {a} positioned in the lower half of the image?",
        lambda s: s.cy - v.w / 2,
    )


# relations between two shapes


@template("relation", "is A in left of B?", "learner")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} in left of {b}?", lambda a, b: b.cx - a.cx)


@template("relation", "A is more up than B?", "learner")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"{cap(a)} is more up than {b}?", lambda a, b: b.cy - a.cy)


@template("relation", "is A at right from B?", "learner")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"is {a} at right from {b}?", lambda a, b: a.cx - b.cx)


@template("relation", "A is under of B?", "learner")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"{cap(a)} is under of {b}?", lambda a, b: a.cy - b.cy)


@template("relation", "is A higher than B", "child")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"is {a} higher than {b}", lambda a, b: b.cy - a.cy, child_ref)


@template("relation", "is A under B", "child")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"is {a} under {b}", lambda a, b: a.cy - b.cy, child_ref)


@template("relation", "which one is more on the left, A or B", "child")
def _(v, rng):
    return which_of_two(
        v, rng, lambda x, y: f"which one is more on the left, {x} or {y}", lambda a, b: b.cx - a.cx >= v.margin
    )


@template("relation", "A left of B?", "search")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"{a} left of {b}?", lambda a, b: b.cx - a.cx, search_ref)


@template("relation", "A above B", "search")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"{a} above {b}", lambda a, b: b.cy - a.cy, search_ref)


@template("relation", "A below B yes or no", "search")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"{a} below {b} yes or no", lambda a, b: a.cy - b.cy, search_ref)


@template("relation", "would it be accurate to say that A is positioned to the right of B?", "verbose")
def _(v, rng):
    return pair_yn(
        v,
        rng,
        lambda a, b: f"Would it be accurate to say that {a} is positioned to the right of {b}?",
        lambda a, b: a.cx - b.cx,
    )


@template("relation", "considering their vertical arrangement, is A situated higher in the image than B?", "verbose")
def _(v, rng):
    return pair_yn(
        v,
        rng,
        lambda a, b: f"Considering their vertical arrangement, is {a} situated higher in the image than {b}?",
        lambda a, b: b.cy - a.cy,
    )


# size


@template("size", "A is bigger than B?", "learner")
def _(v, rng):
    return size_pair(v, rng, lambda a, b: f"{cap(a)} is bigger than {b}?")


@template("size", "which shape is most big?", "learner")
def _(v, rng):
    s = largest(v)
    return [("Which shape is most big?", which_one(v, s))] if s else []


@template("size", "A is more small than B?", "learner")
def _(v, rng):
    return size_pair(v, rng, lambda a, b: f"{cap(a)} is more small than {b}?", bigger=False)


@template("size", "what colour has the biggest shape?", "learner")
def _(v, rng):
    s = largest(v)
    return [("what colour has the biggest shape?", s.colour)] if s else []


@template("size", "is A more bigger than B", "child")
def _(v, rng):
    return size_pair(v, rng, lambda a, b: f"is {a} more bigger than {b}", ref=child_ref)


@template("size", "which one is the biggest one", "child")
def _(v, rng):
    s = largest(v)
    return [("which one is the biggest one", which_one(v, s))] if s else []


@template("size", "what colour is the littlest one", "child")
def _(v, rng):
    s = smallest(v)
    return [("what colour is the littlest one", s.colour)] if s else []


@template("size", "biggest shape kind", "search")
def _(v, rng):
    s = largest(v)
    return [("biggest shape kind", s.kind)] if s else []


@template("size", "smallest shape colour", "search")
def _(v, rng):
    s = smallest(v)
    return [("smallest shape colour", s.colour)] if s else []


@template("size", "A bigger than B?", "search")
def _(v, rng):
    return size_pair(v, rng, lambda a, b: f"{a} bigger than {b}?", ref=search_ref)


@template("size", "would it be fair to say that A takes up a larger area of the picture than B?", "verbose")
def _(v, rng):
    return size_pair(
        v, rng, lambda a, b: f"Would it be fair to say that {a} takes up a larger area of the picture than {b}?"
    )


@template("size", "of all the figures shown, which one would you consider to be the largest?", "verbose")
def _(v, rng):
    s = largest(v)
    return [("Of all the figures shown, which one would you consider to be the largest?", which_one(v, s))] if s else []


# comparing counts


@template("compare", "there is more kinds than kinds?", "learner")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"there is more {a} than {b}?")


@template("compare", "is more colour shapes or colour shapes?", "learner")
def _(v, rng):
    return which_colour_more(v, rng, lambda a, b: f"Is more {a} shapes or {b} shapes?")


@template("compare", "kinds and kinds is same number?", "learner")
def _(v, rng):
    return same_kinds(v, lambda a, b: f"{cap(a)} and {b} is same number?")


@template("compare", "which is more, kinds or kinds?", "learner")
def _(v, rng):
    return which_kind_more(v, rng, lambda a, b: f"Which is more, {a} or {b}?")


@template("compare", "are there more boxes than round ones", "child")
def _(v, rng):
    if not boxes(v) or not (v.kinds["square"] or v.kinds["circle"]):
        return []
    squares, circles = v.kinds["square"], v.kinds["circle"]
    return [
        ("are there more boxes than round ones", yn(squares > circles)),
        ("are there more round ones than boxes", yn(circles > squares)),
    ]


@template("compare", "are there less kinds than kinds", "child")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"are there less {a} than {b}", fewer=True)


@template("compare", "are there more colour ones or more colour ones", "child")
def _(v, rng):
    return which_colour_more(v, rng, lambda a, b: f"are there more {a} ones or more {b} ones")


@template("compare", "kinds vs kinds more", "search")
def _(v, rng):
    return which_kind_more(v, rng, lambda a, b: f"{a} vs {b} more")


@template("compare", "more colour or colour shapes", "search")
def _(v, rng):
    return which_colour_more(v, rng, lambda a, b: f"more {a} or {b} shapes")


@template("compare", "same number kinds kinds?", "search")
def _(v, rng):
    return same_kinds(v, lambda a, b: f"same number {a} {b}?")


@template(
    "compare", "in this image, could you determine whether the number of kinds exceeds the number of kinds?", "verbose"
)
def _(v, rng):
    return more_kinds(
        v, lambda a, b: f"In this image, could you determine whether the number of {a} exceeds the number of {b}?"
    )


@template("compare", "would it be correct to say that there are fewer colour shapes than colour shapes?", "verbose")
def _(v, rng):
    return more_colours(
        v,
        lambda a, b: (
            f"Would it be correct to say that there are fewer {a} shapes than there are {b} shapes in this picture?"
        ),
        fewer=True,
    )


@template("compare", "is the quantity of kinds depicted equal to the quantity of kinds?", "verbose")
def _(v, rng):
    return same_kinds(v, lambda a, b: f"Is the quantity of {a} depicted equal to the quantity of {b}?")


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- run


pick_questions = question_picker(TEMPLATES, Item)


def main() -> None:
    run_wording(__doc__, Wording(TEMPLATES, STYLES, pick_questions, template_width=None))


if __name__ == "__main__":
    main()
