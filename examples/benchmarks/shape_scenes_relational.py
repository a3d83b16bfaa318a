"""How nsvr copes with compositional, multi-hop questions about flat shape drawings, asked in plain English.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures, ground truth,
rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery),
``shape_scenes_spoken.py`` (the sibling blind wording benchmark whose command line, output, yes / no balancing and
scoring this follows, and some of whose question makers are reused by import), ``shape_scenes_typos.py`` (question
makers it exports) and ``shape_scenes_personas.py`` (the most recent sibling, whose layout this copies). They were
fixed before the first run (saved beside this script as ``shape_scenes_relational_first_run.txt``) and not tuned to
nsvr's answers afterwards, so they measure how far nsvr composes the steps of a question it was not shown, not its
own phrasings. The wording is plain on purpose: what varies is the structure of the question.

Images: the askers' generator, unchanged (``askers.make_scene``): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, 1-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon,
hexagon, star) in eight saturated fills, never overlapping, never cut by the border; the truth of every shape
(kind, colour, box, centre, area) is exact.

Questions: 95 templates, each labelled with one family (what is asked) and one group (how the question is built).
Families:
  related_attr          an attribute of the shape picked out by its relation to another: "What colour is the
                        shape to the left of the triangle?", "What shape is the object above the red one?";
  closest               Sort-of-CLEVR style distances: "What is the shape of the object closest to the red
                        object?", "What colour is the shape farthest from the circle?";
  count_related         counting through a relation: "How many shapes are above the circle?", "How many objects
                        are to the right of the blue square?", "How many shapes are bigger than the triangle?";
  exist_related         existence through a relation: "Is there a shape below the green one?", "Is there a red
                        shape to the left of the square?", "Are there any triangles above the circle?";
  same_attr             sharing an attribute with a named shape: "How many other shapes have the same colour as
                        the square?", "Is there another shape with the same shape as the red one?";
  logic                 and / or / not over attributes: "How many shapes are red or blue?", "Is there a red circle
                        or a blue square?", "How many shapes are neither red nor circles?";
  compare_attr          two named shapes compared: "Is the circle bigger than the square?", "Are the triangle and
                        the square the same colour?", "Which is higher, the circle or the red shape?";
  superlative_filtered  the most of a filtered set: "What colour is the biggest triangle?", "Which is the leftmost
                        red shape?", "Is the largest shape a circle?".
Groups:
  one_hop      one step from a named shape (a relation, a distance, a shared attribute) or over the whole picture;
  two_hop      a filtered set and a relation, a distance or a superlative over it ("the red shape left of ...",
               "the biggest triangle"), or a referent named by both colour and kind ("the blue square");
  chained      a relation of a relation: "the colour of the shape left of the shape above the circle", "the
               biggest shape left of the square", "is the shape left of the circle bigger than the circle";
  negated      not / neither / other than / leaving out / different;
  conjoined    and / or / both / either;
  compared     two (or three) named shapes compared: bigger, higher, closer, the same colour or shape.
Every family has at least 11 templates, every group at least 10.

Ground truth: relations left / right / above / below are between centres and hold where the offset is at least 15%
of the image side, fail where it is at least that the other way, and are unclear in between (the askers' margin);
"bigger" ("smaller") holds where the areas differ by a factor of 1.8 at least and fails where they differ by that
factor the other way; distances are between centres, and "closest" ("farthest") needs the second closest (farthest)
to be at least 20% farther (nearer); superlatives over a set need the first to lead the second by the margin (15%
of the side, or the area factor 1.8). A question is only generated when every shape it could depend on is clear:
"the shape left of the triangle" only where exactly one shape is clearly left of it and every other clearly is
not; a count or an existence only where every candidate is clearly in or clearly out, and only of a picture
with two shapes at least. Referents by the askers'
rules (their ``View``): "the triangle" only when there is exactly one triangle, "the red one" only when exactly
one shape is red, "the blue square" only when exactly one shape is a blue square; a square is never asked about as
a rectangle, nor "the rectangle" said when there is a square, nor a square and a rectangle asked to be "the same
shape"; an absent colour is never one a viewer might give a present colour's shade (``CONFUSABLE``). A superlative
over a set, or a distance among a set, needs at least two in it, and its answer to differ from the others' there
(the colour of the biggest triangle differs from the other triangles'); a chain never comes back to the shape it
started from. Within a template, the gold is drawn first among the golds the picture offers, and where it offers
both yes and no, the one its family has had fewer times so far is taken, and a yes / no template that offers only
the answer its family is already two ahead on is passed over for that picture, so yes and no are balanced by
construction (their counts per family are printed).

Scoring: the spoken benchmark's ``normalise`` and the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical: "yes" / "no", digits, a colour, a kind; case, punctuation and articles dropped, "grey" -> "gray", number
words -> digits; shape and tone words dropped from a colour answer, colour words from a shape answer; a gold "A|B"
takes either; an answer "unknown" is unknown; failing that, the answer read once more without the function words
of a place or a group, so "the red one" answers "red"). "Which is higher (bigger, closer to C), A or B" -> the word
that named it (or its kind, as the askers' ``either_name``); "which shape is closest to B" -> its kind, or its
colour where no other shape has that colour.

First run: once, with ``--show-failures``, against a frozen snapshot of nsvr, saved beside this script as
``shape_scenes_relational_first_run.txt``; the script was only run on 5 images before that, to catch crashes.

    python examples/benchmarks/shape_scenes_relational.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_relational.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by group and by template, the 15
worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``, every
unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import shape_scenes_spoken as spoken  # the spoken benchmark's question makers and reading of answers
from shape_bench_common import article, new_templates, yn
from shape_scenes_askers import PLURAL, SIZE_RATIO, Scene, Shape, View, either_name, side_answer
from shape_scenes_spoken import in_either_order, much_bigger, size_yn, which_of_two, which_one
from shape_scenes_typos import largest, pick


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    group: str


TEMPLATES, template = new_templates()  # template(family, name, group)
GROUPS = ["one_hop", "two_hop", "chained", "negated", "conjoined", "compared"]

Pairs = list[tuple[str, str]]
CLOSE = 1.2  # the least factor between the closest distance and the second closest that makes "closest" clear

# ----------------------------------------------------------------------------------------------- ground truth

OFFSETS: dict[str, Callable[[Shape, Shape], float]] = {
    "left": lambda a, b: b.cx - a.cx,
    "right": lambda a, b: a.cx - b.cx,
    "above": lambda a, b: b.cy - a.cy,
    "below": lambda a, b: a.cy - b.cy,
}
"""How far A's centre lies that way from B's."""

# the words of each relation, several plain ways
TO = {"left": "to the left of", "right": "to the right of", "above": "above", "below": "below"}
BARE = {"left": "left of", "right": "right of", "above": "over", "below": "under"}
ON = {"left": "on the left of", "right": "on the right of", "above": "higher up than", "below": "lower down than"}
FURTHER = {"left": "further left than", "right": "further right than", "above": "higher than", "below": "lower than"}
ITS = {"left": "to the left of it", "right": "to the right of it", "above": "above it", "below": "below it"}
OPPOSITE = {
    "left": "right",
    "right": "left",
    "above": "below",
    "below": "above",
    "bigger": "smaller",
    "smaller": "bigger",
}
SIZES = {"bigger": "bigger than", "smaller": "smaller than"}
LARGER = {"bigger": "larger than", "smaller": "smaller than"}
SIDEWAYS = ("left", "right")
UPWARDS = ("above", "below")

# superlatives: the word and how it ranks a set
SUPERLATIVES = {
    "biggest": "bigger",
    "largest": "bigger",
    "smallest": "smaller",
    "leftmost": "left",
    "rightmost": "right",
    "highest": "above",
    "lowest": "below",
}


def holds(v: View, how: str, a: Shape, b: Shape) -> bool | None:
    """Whether A is ``how`` (left, right, above, below, bigger, smaller) of / than B: True or False where clear,
    None where unclear (within the margin, or the areas within the factor)."""
    if how in ("bigger", "smaller"):
        ratio = a.area / b.area if how == "bigger" else b.area / a.area
        return True if ratio >= SIZE_RATIO else False if ratio <= 1 / SIZE_RATIO else None
    gold = side_answer(OFFSETS[how](a, b), v.margin)
    return None if gold is None else gold == "yes"


def related(v: View, how: str, b: Shape, keep: Callable[[Shape], bool] = lambda s: True) -> list[Shape] | None:
    """The shapes (other than B, kept by ``keep``) that are ``how`` of B, or None where any of them is unclear."""
    out = []
    for a in v.shapes:
        if a is b or not keep(a):
            continue
        flag = holds(v, how, a, b)
        if flag is None:
            return None
        if flag:
            out.append(a)
    return out


def lone(v: View, how: str, b: Shape, keep: Callable[[Shape], bool] = lambda s: True) -> Shape | None:
    """The one shape (kept by ``keep``) that is ``how`` of B, where every other clearly is not."""
    found = related(v, how, b, keep)
    return found[0] if found is not None and len(found) == 1 else None


def distance(a: Shape, b: Shape) -> float:
    return math.hypot(a.cx - b.cx, a.cy - b.cy)


def nearest(v: View, b: Shape, keep: Callable[[Shape], bool] = lambda s: True, far: bool = False) -> Shape | None:
    """The shape (other than B, kept by ``keep``) closest to (farthest from) B, by a factor of ``CLOSE`` at least
    over the second; the only one where there is one."""
    ranked = sorted((a for a in v.shapes if a is not b and keep(a)), key=lambda a: distance(a, b), reverse=far)
    if len(ranked) < 2:
        return ranked[0] if ranked else None
    first, second = distance(ranked[0], b), distance(ranked[1], b)
    clear = first >= CLOSE * second if far else second >= CLOSE * first
    return ranked[0] if clear else None


def most(v: View, group: list[Shape], word: str) -> Shape | None:
    """The shape of ``group`` (two at least) that is the ``word`` ("biggest", "leftmost" ...), where it leads the
    second by the margin (or the area factor)."""
    if len(group) < 2:
        return None
    how = SUPERLATIVES[word]
    lead = [a for a in group if all(b is a or holds(v, how, a, b) for b in group)]
    if len(lead) != 1:
        return None
    a = lead[0]
    if how in ("bigger", "smaller"):
        return a  # bigger (smaller) than every other by the factor
    key = OFFSETS[how]
    return a if all(key(a, b) >= v.margin for b in group if b is not a) else None


def differs(a: Shape, group: list[Shape], attr: str) -> bool:
    """Whether A's ``attr`` ("colour", "kind") is no other shape's of ``group``."""
    return all(getattr(b, attr) != getattr(a, attr) for b in group if b is not a)


def full_ref(v: View, s: Shape) -> str | None:
    """ "the blue square", where exactly one shape is a blue square (never "the ... rectangle" beside a square)."""
    if sum(1 for t in v.shapes if t.kind == s.kind and t.colour == s.colour) != 1:
        return None
    if s.kind == "rectangle" and v.kinds["square"]:
        return None
    return f"the {s.colour} {s.kind}"


def refer(v: View, s: Shape, rng: np.random.Generator, by: str = "any") -> tuple[str, str] | None:
    """A phrase naming S alone and the word it names it by: ``by`` "any" (its kind or its colour), "kind",
    "colour" or "full" (both)."""
    if by == "any":
        return v.ref(s, rng)
    if by == "kind":
        ref = v.kind_ref(s)
        return (ref, s.kind) if ref else None
    if by == "colour":
        ref = v.colour_ref(s, rng)
        return (ref, s.colour) if ref else None
    ref = full_ref(v, s)
    return (ref, s.colour) if ref else None


def trait(s: Shape, attr: str) -> str:
    return s.colour if attr == "colour" else s.kind


def same_kind_unclear(v: View, s: Shape) -> bool:
    """Whether "the same shape as S" could hinge on a square being a rectangle."""
    pair = {"square", "rectangle"}
    return s.kind in pair and any(t.kind in pair and t.kind != s.kind for t in v.shapes)


def of_kind(k: str) -> Callable[[Shape], bool]:
    return lambda s: s.kind == k


def of_colour(c: str) -> Callable[[Shape], bool]:
    return lambda s: s.colour == c


def kind_yn(v: View, s: Shape, say: Callable[[str], str]) -> Pairs:
    """ "is <S> a K": yes for its kind, no for each other kind (never a square asked about as a rectangle)."""
    return [(say(k), yn(k == s.kind)) for k in v.active if not (k == "rectangle" and s.kind == "square")]


def colour_yn(v: View, s: Shape, rng: np.random.Generator, say: Callable[[str], str]) -> Pairs:
    """ "is <S> C": yes for its colour, no for a colour no viewer would give its shade."""
    return [(say(s.colour), "yes"), (say(v.other_colour(s.colour, rng)), "no")]


# ------------------------------------------------------------------------------------------- what is asked
# Each builder walks the ground truth and says, through ``say``, every question it can ask unambiguously.


def lone_attr(
    v: View,
    rng: np.random.Generator,
    words: dict[str, str],
    say: Callable[[str, str], str],
    attr: str,
    by: str = "any",
) -> Pairs:
    """ "what <attr> is the shape <rel> B": the one shape clearly that way from (or bigger / smaller than) B."""
    out = []
    for how, phrase in words.items():
        for b in v.shapes:
            a, rb = lone(v, how, b), refer(v, b, rng, by)
            if a and rb:
                out.append((say(phrase, rb[0]), trait(a, attr)))
    return out


def chain(v: View, first: str, second: str, b: Shape) -> Shape | None:
    """The one shape ``second`` of the one shape ``first`` of B, never B itself."""
    c = lone(v, first, b) if second != OPPOSITE[first] else None
    a = lone(v, second, c) if c else None
    return a if a is not None and a is not b else None


def chained_attr(v: View, rng: np.random.Generator, words: dict[str, str], say, attr: str) -> Pairs:
    """ "what <attr> is the shape <rel2> the shape <rel1> B"."""
    out = []
    for first, one in words.items():
        for second, two in words.items():
            for b in v.shapes:
                a, rb = chain(v, first, second, b), v.ref(b, rng)
                if a and rb:
                    out.append((say(two, one, rb[0]), trait(a, attr)))
    return out


def filtered_attr(v: View, rng: np.random.Generator, words: dict[str, str], say, attr: str, by_kind: bool) -> Pairs:
    """ "what <attr> is the K (the C shape) <rel> B": the filter holds for two shapes at least, one of them
    clearly that way from B and the others clearly not; the answer not the filter itself."""
    out = []
    filters = v.askable_kinds() if by_kind else list(v.colours)
    for f in filters:
        keep = of_kind(f) if by_kind else of_colour(f)
        if sum(1 for s in v.shapes if keep(s)) < 2:
            continue
        for how, phrase in words.items():
            for b in v.shapes:
                a, rb = lone(v, how, b, keep), v.ref(b, rng)
                if a and rb and differs(a, [s for s in v.shapes if keep(s)], attr):
                    out.append((say(f, phrase, rb[0]), trait(a, attr)))
    return out


def closest_attr(
    v: View, rng: np.random.Generator, say: Callable[[str], str], attr: str, far: bool = False, by: str = "any"
) -> Pairs:
    out = []
    for b in v.shapes:
        a, rb = nearest(v, b, far=far), refer(v, b, rng, by)
        if a and rb:
            out.append((say(rb[0]), trait(a, attr) if attr != "which" else which_one(v, a)))
    return out


def counted(
    v: View,
    rng: np.random.Generator,
    words: dict[str, str],
    say: Callable[[str, str], str],
    by: str = "any",
    keep: Callable[[Shape], bool] = lambda s: True,
    exist: bool = False,
) -> Pairs:
    """ "how many shapes are <rel> B" (``exist``: "is there a shape <rel> B"), every candidate clear."""
    out: Pairs = []
    if v.n < 2:
        return out
    for how, phrase in words.items():
        for b in v.shapes:
            found, rb = related(v, how, b, keep), refer(v, b, rng, by)
            if found is not None and rb:
                out.append((say(phrase, rb[0]), yn(bool(found)) if exist else str(len(found))))
    return out


def counted_filtered(
    v: View,
    rng: np.random.Generator,
    words: dict[str, str],
    say: Callable[[str, str, str], str],
    by_kind: bool,
    exist: bool = False,
) -> Pairs:
    """ "how many Ks (C shapes) are <rel> B" (``exist``: "is there ..."); never a filter by the word that names B."""
    out: Pairs = []
    if v.n < 2:
        return out
    filters = v.askable_kinds() if by_kind else v.askable_colours()
    for how, phrase in words.items():
        for b in v.shapes:
            rb = v.ref(b, rng)
            if not rb:
                continue
            for f in filters:
                if f == rb[1]:
                    continue
                found = related(v, how, b, of_kind(f) if by_kind else of_colour(f))
                if found is not None:
                    out.append((say(f, phrase, rb[0]), yn(bool(found)) if exist else str(len(found))))
    return out


def both_ways(
    v: View, rng: np.random.Generator, say: Callable[[str, str, str], str], firsts, seconds, exist: bool = False
) -> Pairs:
    """ "how many shapes are <rel1> B and <rel2> it" (``exist``: "is there ..."), both clear for every candidate."""
    out: Pairs = []
    if v.n < 2:
        return out
    for first, one in firsts.items():
        for second, two in seconds.items():
            for b in v.shapes:
                rb = v.ref(b, rng)
                x, y = related(v, first, b), related(v, second, b)
                if rb and x is not None and y is not None:
                    found = [a for a in x if a in y]
                    out.append((say(one, two, rb[0]), yn(bool(found)) if exist else str(len(found))))
    return out


def chained_count(
    v: View, rng: np.random.Generator, firsts, seconds, say: Callable[[str, str, str], str], exist: bool = False
) -> Pairs:
    """ "how many shapes are <rel2> the shape <rel1> B" (``exist``: "is there ..."): B counts among them."""
    out = []
    for first, one in firsts.items():
        for second, two in seconds.items():
            for b in v.shapes:
                c, rb = lone(v, first, b) if second != OPPOSITE[first] else None, v.ref(b, rng)
                found = related(v, second, c) if c else None
                if rb and found is not None:
                    out.append((say(two, one, rb[0]), yn(bool(found)) if exist else str(len(found))))
    return out


def superlative(
    v: View,
    rng: np.random.Generator,
    words: list[str],
    say: Callable[[str, str], str],
    attr: str,
    by_kind: bool,
) -> Pairs:
    """ "what <attr> is the <superlative> K (C shape)": two of the filter at least, the first clear, its answer
    no other's of the filter."""
    out = []
    filters = v.askable_kinds() if by_kind else list(v.colours)
    for f in filters:
        group = [s for s in v.shapes if (s.kind if by_kind else s.colour) == f]
        for word in words:
            a = most(v, group, word)
            if a and differs(a, group, attr):
                out.append((say(word, f), trait(a, attr)))
    return out


# ----------------------------------------------------------------------------------------------- related_attr


@template("related_attr", "what colour is the shape <rel> B?", "one_hop")
def _(v, rng):
    return lone_attr(v, rng, TO, lambda r, b: f"What colour is the shape {r} {b}?", "colour")


@template("related_attr", "what shape is the object <rel> B?", "one_hop")
def _(v, rng):
    return lone_attr(v, rng, TO, lambda r, b: f"What shape is the object {r} {b}?", "kind")


@template("related_attr", "which colour is the thing <rel> B?", "one_hop")
def _(v, rng):
    return lone_attr(v, rng, BARE, lambda r, b: f"Which colour is the thing {r} {b}?", "colour")


@template("related_attr", "what kind of shape is <rel> B?", "one_hop")
def _(v, rng):
    return lone_attr(v, rng, TO, lambda r, b: f"What kind of shape is {r} {b}?", "kind")


@template("related_attr", "what colour is the shape that is bigger / smaller than B?", "one_hop")
def _(v, rng):
    return lone_attr(v, rng, SIZES, lambda r, b: f"What colour is the shape that is {r} {b}?", "colour")


@template("related_attr", "what shape is bigger / smaller than B?", "one_hop")
def _(v, rng):
    return lone_attr(v, rng, LARGER, lambda r, b: f"What shape is {r} {b}?", "kind")


@template("related_attr", "tell me the colour of the shape that's <rel> the C K.", "two_hop")
def _(v, rng):
    return lone_attr(v, rng, BARE, lambda r, b: f"Tell me the colour of the shape that's {r} {b}.", "colour", "full")


@template("related_attr", "what colour is the K <rel> B?", "two_hop")
def _(v, rng):
    return filtered_attr(v, rng, TO, lambda k, r, b: f"What colour is the {k} {r} {b}?", "colour", True)


@template("related_attr", "what shape is the C object <rel> B?", "two_hop")
def _(v, rng):
    return filtered_attr(v, rng, TO, lambda c, r, b: f"What shape is the {c} object {r} {b}?", "kind", False)


@template("related_attr", "what colour is the shape <rel2> the shape <rel1> B?", "chained")
def _(v, rng):
    return chained_attr(v, rng, BARE, lambda r2, r1, b: f"What colour is the shape {r2} the shape {r1} {b}?", "colour")


@template("related_attr", "what shape is <rel2> the object <rel1> B?", "chained")
def _(v, rng):
    return chained_attr(v, rng, TO, lambda r2, r1, b: f"What shape is {r2} the object {r1} {b}?", "kind")


# ----------------------------------------------------------------------------------------------- closest


@template("closest", "what is the shape of the object closest to B?", "one_hop")
def _(v, rng):
    return closest_attr(v, rng, lambda b: f"What is the shape of the object closest to {b}?", "kind")


@template("closest", "what colour is the shape nearest to B?", "one_hop")
def _(v, rng):
    return closest_attr(v, rng, lambda b: f"What colour is the shape nearest to {b}?", "colour")


@template("closest", "what colour is the shape farthest from B?", "one_hop")
def _(v, rng):
    return closest_attr(v, rng, lambda b: f"What colour is the shape farthest from {b}?", "colour", far=True)


@template("closest", "what shape is furthest away from B?", "one_hop")
def _(v, rng):
    return closest_attr(v, rng, lambda b: f"What shape is furthest away from {b}?", "kind", far=True)


@template("closest", "which shape is closest to B?", "one_hop")
def _(v, rng):
    return closest_attr(v, rng, lambda b: f"Which shape is closest to {b}?", "which")


@template("closest", "is the shape closest to B a K?", "one_hop")
def _(v, rng):
    out = []
    for b in v.shapes:
        a, rb = nearest(v, b), v.ref(b, rng)
        if a and rb:
            out += kind_yn(v, a, lambda k, b=rb[0]: f"Is the shape closest to {b} {article(k)} {k}?")
    return out


@template("closest", "is the shape nearest to B C?", "one_hop")
def _(v, rng):
    out = []
    for b in v.shapes:
        a, rb = nearest(v, b), v.ref(b, rng)
        if a and rb:
            out += colour_yn(v, a, rng, lambda c, b=rb[0]: f"Is the shape nearest to {b} {c}?")
    return out


@template("closest", "what is the colour of the object that is closest to the C K?", "two_hop")
def _(v, rng):
    say = lambda b: f"What is the colour of the object that is closest to {b}?"  # noqa: E731
    return closest_attr(v, rng, say, "colour", by="full")


@template("closest", "what colour is the K closest to B?", "two_hop")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        group = [s for s in v.shapes if s.kind == k]
        for b in v.shapes:
            a, rb = nearest(v, b, of_kind(k)), v.ref(b, rng)
            if a and rb and len([s for s in group if s is not b]) >= 2 and differs(a, group, "colour"):
                out.append((f"What colour is the {k} closest to {rb[0]}?", a.colour))
    return out


@template("closest", "what shape is the C object farthest from B?", "two_hop")
def _(v, rng):
    out = []
    for c in v.colours:
        group = [s for s in v.shapes if s.colour == c]
        for b in v.shapes:
            a, rb = nearest(v, b, of_colour(c), far=True), v.ref(b, rng)
            if a and rb and len([s for s in group if s is not b]) >= 2 and differs(a, group, "kind"):
                out.append((f"What shape is the {c} object farthest from {rb[0]}?", a.kind))
    return out


@template("closest", "what colour is the shape closest to the shape farthest from B?", "chained")
def _(v, rng):
    out = []
    for b in v.shapes:
        c, rb = nearest(v, b, far=True), v.ref(b, rng)
        a = nearest(v, c) if c and v.n >= 3 else None
        if a and rb and a is not b:
            out.append((f"What colour is the shape closest to the shape farthest from {rb[0]}?", a.colour))
    return out


@template("closest", "what shape is farthest from the shape closest to B?", "chained")
def _(v, rng):
    out = []
    for b in v.shapes:
        c, rb = nearest(v, b), v.ref(b, rng)
        a = nearest(v, c, far=True) if c and v.n >= 3 else None
        if a and rb and a is not b:
            out.append((f"What shape is farthest from the shape closest to {rb[0]}?", a.kind))
    return out


@template("closest", "not counting the K, what colour is the shape closest to B?", "negated")
def _(v, rng):
    out = []
    for b in v.shapes:
        rb = v.ref(b, rng)
        for x in v.unique_kinds():
            left = [s for s in v.shapes if s is not b and s is not x]
            a = nearest(v, b, lambda s, x=x: s is not x)
            if rb and x is not b and len(left) >= 2 and a:
                out.append((f"Not counting {v.kind_ref(x)}, what colour is the shape closest to {rb[0]}?", a.colour))
    return out


# ----------------------------------------------------------------------------------------------- count_related


@template("count_related", "how many shapes are <rel> B?", "one_hop")
def _(v, rng):
    return counted(v, rng, TO, lambda r, b: f"How many shapes are {r} {b}?")


@template("count_related", "how many things are <rel> B?", "one_hop")
def _(v, rng):
    return counted(v, rng, BARE, lambda r, b: f"How many things are {r} {b}?")


@template("count_related", "count the shapes that are <rel> B.", "one_hop")
def _(v, rng):
    return counted(v, rng, ON, lambda r, b: f"Count the shapes that are {r} {b}.")


@template("count_related", "how many shapes are bigger / smaller than B?", "one_hop")
def _(v, rng):
    return counted(v, rng, SIZES, lambda r, b: f"How many shapes are {r} {b}?")


@template("count_related", "how many objects are <rel> the C K?", "two_hop")
def _(v, rng):
    return counted(v, rng, TO, lambda r, b: f"How many objects are {r} {b}?", by="full")


@template("count_related", "how many C shapes are <rel> B?", "two_hop")
def _(v, rng):
    return counted_filtered(v, rng, BARE, lambda c, r, b: f"How many {c} shapes are {r} {b}?", False)


@template("count_related", "how many Ks are there <rel> B?", "two_hop")
def _(v, rng):
    return counted_filtered(v, rng, TO, lambda k, r, b: f"How many {PLURAL[k]} are there {r} {b}?", True)


@template("count_related", "how many shapes are <sideways> B and <upwards> it?", "conjoined")
def _(v, rng):
    return both_ways(
        v,
        rng,
        lambda x, y, b: f"How many shapes are {x} {b} and {y}?",
        {k: TO[k] for k in SIDEWAYS},
        {k: ITS[k] for k in UPWARDS},
    )


@template("count_related", "not counting B, how many shapes are not <rel> it?", "negated")
def _(v, rng):
    out = []
    for how, phrase in TO.items():
        for b in v.shapes:
            rb, others = v.ref(b, rng), [s for s in v.shapes if s is not b]
            found = related(v, how, b)
            if rb and found is not None and others:
                text = f"Not counting {rb[0]}, how many shapes are not {phrase} it?"
                out.append((text, str(len(others) - len(found))))
    return out


@template("count_related", "how many shapes are <rel2> the shape <rel1> B?", "chained")
def _(v, rng):
    return chained_count(v, rng, TO, BARE, lambda r2, r1, b: f"How many shapes are {r2} the shape {r1} {b}?")


@template("count_related", "how many shapes are bigger / smaller than the shape <rel> B?", "chained")
def _(v, rng):
    return chained_count(v, rng, TO, SIZES, lambda r2, r1, b: f"How many shapes are {r2} the shape {r1} {b}?")


# ----------------------------------------------------------------------------------------------- exist_related


@template("exist_related", "is there a shape <rel> B?", "one_hop")
def _(v, rng):
    return counted(v, rng, TO, lambda r, b: f"Is there a shape {r} {b}?", exist=True)


@template("exist_related", "is there a shape bigger / smaller than B?", "one_hop")
def _(v, rng):
    return counted(v, rng, SIZES, lambda r, b: f"Is there a shape {r} {b}?", exist=True)


@template("exist_related", "is there a C shape <rel> B?", "two_hop")
def _(v, rng):
    return counted_filtered(v, rng, TO, lambda c, r, b: f"Is there {article(c)} {c} shape {r} {b}?", False, True)


@template("exist_related", "are there any Ks <rel> B?", "two_hop")
def _(v, rng):
    return counted_filtered(v, rng, TO, lambda k, r, b: f"Are there any {PLURAL[k]} {r} {b}?", True, True)


@template("exist_related", "is there a K bigger / smaller than B?", "two_hop")
def _(v, rng):
    return counted_filtered(v, rng, LARGER, lambda k, r, b: f"Is there {article(k)} {k} {r} {b}?", True, True)


@template("exist_related", "is anything <rel> the C K?", "two_hop")
def _(v, rng):
    return counted(v, rng, BARE, lambda r, b: f"Is anything {r} {b}?", by="full", exist=True)


@template("exist_related", "is there a C K <rel> B?", "two_hop")
def _(v, rng):
    out = []
    for how, phrase in TO.items():
        for b in v.shapes:
            rb = v.ref(b, rng)
            for k in v.askable_kinds() if rb else []:
                for c in v.askable_colours():
                    if rb[1] in (c, k) or not (v.kinds[k] and v.colours[c]):
                        continue
                    found = related(v, how, b, lambda s, c=c, k=k: s.colour == c and s.kind == k)
                    if found is not None:
                        out.append((f"Is there {article(c)} {c} {k} {phrase} {rb[0]}?", yn(bool(found))))
    return out


@template("exist_related", "is there a shape that is bigger / smaller than B and <rel> it?", "conjoined")
def _(v, rng):
    say = lambda x, y, b: f"Is there a shape that is {x} {b} and {y}?"  # noqa: E731
    return both_ways(v, rng, say, SIZES, ITS, exist=True)


@template("exist_related", "is there a shape that is <upwards> B and <sideways> it?", "conjoined")
def _(v, rng):
    say = lambda x, y, b: f"Is there a shape that is {x} {b} and {y}?"  # noqa: E731
    return both_ways(v, rng, say, {k: TO[k] for k in UPWARDS}, {k: ITS[k] for k in SIDEWAYS}, exist=True)


@template("exist_related", "is there a shape <rel> B that is not C?", "negated")
def _(v, rng):
    out = []
    for how, phrase in BARE.items():
        for b in v.shapes:
            rb = v.ref(b, rng)
            for c in v.colours if rb else []:
                found = related(v, how, b, lambda s, c=c: s.colour != c)
                if found is not None and c != b.colour:
                    out.append((f"Is there a shape {phrase} {rb[0]} that is not {c}?", yn(bool(found))))
    return out


@template("exist_related", "is there a shape <rel2> the shape that is <rel1> B?", "chained")
def _(v, rng):
    say = lambda r2, r1, b: f"Is there a shape {r2} the shape that is {r1} {b}?"  # noqa: E731
    return chained_count(v, rng, TO, TO, say, exist=True)


# ----------------------------------------------------------------------------------------------- same_attr


def same_as(v: View, b: Shape, attr: str) -> list[Shape]:
    return [s for s in v.shapes if s is not b and trait(s, attr) == trait(b, attr)]


def sharing(v: View, rng: np.random.Generator, attr: str, say: Callable[[str], str], answer) -> Pairs:
    """A question about the other shapes with B's ``attr``: B named by the other attribute (by its kind for the
    same colour, by its colour for the same shape); ``answer(others)`` the gold, or None."""
    out: Pairs = []
    if v.n < 2:
        return out
    for b in v.shapes:
        rb = refer(v, b, rng, "kind" if attr == "colour" else "colour")
        if not rb or (attr == "kind" and same_kind_unclear(v, b)):
            continue
        gold = answer(same_as(v, b, attr))
        if gold is not None:
            out.append((say(rb[0]), gold))
    return out


@template("same_attr", "how many other shapes have the same colour as the K?", "one_hop")
def _(v, rng):
    say = lambda b: f"How many other shapes have the same colour as {b}?"  # noqa: E731
    return sharing(v, rng, "colour", say, lambda found: str(len(found)))


@template("same_attr", "how many other shapes are the same shape as the C one?", "one_hop")
def _(v, rng):
    say = lambda b: f"How many other shapes are the same shape as {b}?"  # noqa: E731
    return sharing(v, rng, "kind", say, lambda found: str(len(found)))


@template("same_attr", "is there another shape with the same shape as the C one?", "one_hop")
def _(v, rng):
    say = lambda b: f"Is there another shape with the same shape as {b}?"  # noqa: E731
    return sharing(v, rng, "kind", say, lambda found: yn(bool(found)))


@template("same_attr", "are any other shapes the same colour as the K?", "one_hop")
def _(v, rng):
    say = lambda b: f"Are any other shapes the same colour as {b}?"  # noqa: E731
    return sharing(v, rng, "colour", say, lambda found: yn(bool(found)))


@template("same_attr", "does the K share its colour with any other shape?", "one_hop")
def _(v, rng):
    say = lambda b: f"Does {b} share its colour with any other shape?"  # noqa: E731
    return sharing(v, rng, "colour", say, lambda found: yn(bool(found)))


@template("same_attr", "what shape has the same colour as the K?", "one_hop")
def _(v, rng):
    say = lambda b: f"What shape has the same colour as {b}?"  # noqa: E731
    return sharing(v, rng, "colour", say, lambda found: found[0].kind if len(found) == 1 else None)


@template("same_attr", "what colour is the shape that has the same shape as the C one?", "one_hop")
def _(v, rng):
    say = lambda b: f"What colour is the shape that has the same shape as {b}?"  # noqa: E731
    return sharing(v, rng, "kind", say, lambda found: found[0].colour if len(found) == 1 else None)


@template("same_attr", "do any two shapes have the same colour?", "one_hop")
def _(v, rng):
    return [("Do any two shapes have the same colour?", yn(max(v.colours.values()) >= 2))] if v.n >= 2 else []


@template("same_attr", "is there a K2 with the same colour as the K?", "two_hop")
def _(v, rng):
    out = []
    for b in v.unique_kinds():
        for k in v.askable_kinds():
            if k != b.kind and v.kinds[k]:
                found = [s for s in same_as(v, b, "colour") if s.kind == k]
                out.append((f"Is there {article(k)} {k} with the same colour as {v.kind_ref(b)}?", yn(bool(found))))
    return out


@template("same_attr", "how many shapes other than the K are not the same colour as it?", "negated")
def _(v, rng):
    say = lambda b: f"How many shapes other than {b} are not the same colour as it?"  # noqa: E731
    return sharing(v, rng, "colour", say, lambda found: str(v.n - 1 - len(found)))


@template("same_attr", "is there a shape with the same colour as the shape <rel> B?", "chained")
def _(v, rng):
    out = []
    for how, phrase in TO.items():
        for b in v.shapes:
            c, rb = lone(v, how, b), v.ref(b, rng)
            if c and rb:
                text = f"Is there a shape with the same colour as the shape {phrase} {rb[0]}?"
                out.append((text, yn(bool(same_as(v, c, "colour")))))
    return out


@template("same_attr", "what shape is the same colour as the K and bigger / smaller than it?", "conjoined")
def _(v, rng):
    out = []
    for how, phrase in SIZES.items():
        for b in v.unique_kinds():
            group = same_as(v, b, "colour")
            if not group or any(holds(v, how, s, b) is None for s in group):
                continue
            found = [s for s in group if holds(v, how, s, b)]
            if len(found) == 1:
                text = f"What shape is the same colour as {v.kind_ref(b)} and {phrase} it?"
                out.append((text, found[0].kind))
    return out


# ----------------------------------------------------------------------------------------------- logic


@template("logic", "how many shapes are C1 or C2?", "conjoined")
def _(v, rng):
    colours = v.askable_colours()
    return [
        (f"How many shapes are {a} or {b}?", str(v.colours[a] + v.colours[b]))
        for a in colours
        for b in colours
        if a < b and (v.colours[a] or v.colours[b])
    ]


@template("logic", "how many shapes are either K1s or K2s?", "conjoined")
def _(v, rng):
    kinds = v.askable_kinds()
    return [
        (f"How many shapes are either {PLURAL[a]} or {PLURAL[b]}?", str(v.kinds[a] + v.kinds[b]))
        for a in kinds
        for b in kinds
        if a < b and (v.kinds[a] or v.kinds[b])
    ]


@template("logic", "how many shapes are C or Ks?", "conjoined")
def _(v, rng):
    out = []
    for c in v.askable_colours():
        for k in v.askable_kinds():
            if v.colours[c] or v.kinds[k]:
                n = sum(1 for s in v.shapes if s.colour == c or s.kind == k)
                out.append((f"How many shapes are {c} or {PLURAL[k]}?", str(n)))
    return out


@template("logic", "is there a C1 K1 or a C2 K2?", "conjoined")
def _(v, rng):
    present = [(s.colour, s.kind) for s in v.shapes if s.kind in v.askable_kinds()]
    drawn = lambda: (pick(rng, v.askable_colours()), pick(rng, v.askable_kinds()))  # noqa: E731
    out = []
    for _ in range(8):
        one = present[int(rng.integers(len(present)))] if present and rng.random() < 0.5 else drawn()
        two = drawn()
        if one != two:
            one, two = in_either_order(rng, f"{one[0]} {one[1]}", f"{two[0]} {two[1]}")
            gold = yn(any(f"{s.colour} {s.kind}" in (one, two) for s in v.shapes))
            out.append((f"Is there {article(one)} {one} or {article(two)} {two}?", gold))
    return out


@template("logic", "is there both a K1 and a K2 in the picture?", "conjoined")
def _(v, rng):
    kinds = v.askable_kinds()
    return [
        (f"Is there both {article(a)} {a} and {article(b)} {b} in the picture?", yn(v.kinds[a] > 0 and v.kinds[b] > 0))
        for a in kinds
        for b in kinds
        if a != b and (v.kinds[a] or v.kinds[b])
    ]


@template("logic", "is the K C and on the left / at the top?", "conjoined")
def _(v, rng):
    out = []
    sides = {"on the left": lambda s: v.w / 2 - s.cx, "on the right": lambda s: s.cx - v.w / 2}
    sides |= {"at the top": lambda s: v.w / 2 - s.cy, "at the bottom": lambda s: s.cy - v.w / 2}
    for s in v.unique_kinds():
        for side, offset in sides.items():
            there = side_answer(offset(s), v.margin)
            if there is None:
                continue
            for c in (s.colour, v.other_colour(s.colour, rng)):
                out.append((f"Is {v.kind_ref(s)} {c} and {side}?", yn(c == s.colour and there == "yes")))
    return out


@template("logic", "is every shape either C1 or C2?", "conjoined")
def _(v, rng):
    out = []
    if v.n < 2:
        return out
    for a in v.colours:
        for b in v.askable_colours():
            if a != b:
                first, second = in_either_order(rng, a, b)
                gold = yn(all(s.colour in (a, b) for s in v.shapes))
                out.append((f"Is every shape either {first} or {second}?", gold))
    return out


@template("logic", "how many shapes are not Ks?", "negated")
def _(v, rng):
    return [(f"How many shapes are not {PLURAL[k]}?", str(v.n - v.kinds[k])) for k in v.askable_kinds()]


@template("logic", "how many shapes are neither C nor Ks?", "negated")
def _(v, rng):
    out = []
    for c in v.askable_colours():
        for k in v.askable_kinds():
            if v.colours[c] or v.kinds[k]:
                n = sum(1 for s in v.shapes if s.colour != c and s.kind != k)
                out.append((f"How many shapes are neither {c} nor {PLURAL[k]}?", str(n)))
    return out


@template("logic", "how many shapes are C but not Ks?", "negated")
def _(v, rng):
    out = []
    for c in v.colours:
        for k in v.askable_kinds():
            n = sum(1 for s in v.shapes if s.colour == c and s.kind != k)
            out.append((f"How many shapes are {c} but not {PLURAL[k]}?", str(n)))
    return out


@template("logic", "is there a shape that is not C and not a K?", "negated")
def _(v, rng):
    out = []
    for c in v.askable_colours():
        for k in v.askable_kinds():
            if v.colours[c] or v.kinds[k]:
                gold = yn(any(s.colour != c and s.kind != k for s in v.shapes))
                out.append((f"Is there a shape that is not {c} and not {article(k)} {k}?", gold))
    return out


@template("logic", "is the K neither C1 nor C2?", "negated")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        colours = v.askable_colours()
        for a in colours:
            b = pick(rng, [c for c in colours if c != a])
            if b != s.colour:
                first, second = in_either_order(rng, a, b)
                out.append((f"Is {v.kind_ref(s)} neither {first} nor {second}?", yn(s.colour not in (a, b))))
    return out


# ----------------------------------------------------------------------------------------------- compare_attr


@template("compare_attr", "is A bigger than B?", "compared")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Is {a} bigger than {b}?")


@template("compare_attr", "which is bigger, A or B?", "compared")
def _(v, rng):
    return which_of_two(v, rng, lambda x, y: f"Which is bigger, {x} or {y}?", much_bigger)


@template("compare_attr", "which is higher, A or B?", "compared")
def _(v, rng):
    return which_of_two(v, rng, lambda x, y: f"Which is higher, {x} or {y}?", lambda a, b: b.cy - a.cy >= v.margin)


@template("compare_attr", "is A further left than B?", "compared")
def _(v, rng):
    return spoken.relation(v, rng, lambda a, b: f"Is {a} further left than {b}?", OFFSETS["left"])


@template("compare_attr", "which is lower, A or B?", "compared")
def _(v, rng):
    return which_of_two(v, rng, lambda x, y: f"Which is lower, {x} or {y}?", lambda a, b: a.cy - b.cy >= v.margin)


@template("compare_attr", "which is smaller, A or B?", "compared")
def _(v, rng):
    return which_of_two(v, rng, lambda x, y: f"Which is smaller, {x} or {y}?", lambda a, b: much_bigger(b, a))


@template("compare_attr", "is A higher than B?", "compared")
def _(v, rng):
    return spoken.relation(v, rng, lambda a, b: f"Is {a} higher than {b}?", OFFSETS["above"])


@template("compare_attr", "are the K1 and the K2 the same colour?", "compared")
def _(v, rng):
    return [
        (f"Are {v.kind_ref(a)} and {v.kind_ref(b)} the same colour?", yn(a.colour == b.colour))
        for a, b in v.pairs()
        if v.kind_ref(a) and v.kind_ref(b)
    ]


@template("compare_attr", "is the C1 shape the same shape as the C2 one?", "compared")
def _(v, rng):
    return [
        (f"Is the {a.colour} shape the same shape as the {b.colour} one?", yn(a.kind == b.kind))
        for a, b in v.pairs()
        if v.colours[a.colour] == 1 and v.colours[b.colour] == 1 and {a.kind, b.kind} != {"square", "rectangle"}
    ]


@template("compare_attr", "which is closer to C, A or B?", "compared")
def _(v, rng):
    out = []
    for c in v.shapes:
        for a, b in v.pairs():
            refs = [v.ref(s, rng) for s in (a, b, c)]
            if c in (a, b) or not all(refs) or len({r[1] for r in refs}) < 3:
                continue
            if distance(b, c) >= CLOSE * distance(a, c):
                x, y = in_either_order(rng, refs[0][0], refs[1][0])
                out.append((f"Which is closer to {refs[2][0]}, {x} or {y}?", either_name(a, b, refs[0][1])))
    return out


@template("compare_attr", "is the K1 a different colour from the K2?", "negated")
def _(v, rng):
    return [
        (f"Is {v.kind_ref(a)} a different colour from {v.kind_ref(b)}?", yn(a.colour != b.colour))
        for a, b in v.pairs()
        if v.kind_ref(a) and v.kind_ref(b)
    ]


@template("compare_attr", "are the C1 shape and the C2 shape both Ks?", "conjoined")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        if v.colours[a.colour] == 1 and v.colours[b.colour] == 1:
            for k in {a.kind, b.kind}:
                if k == "rectangle" and "square" in (a.kind, b.kind):
                    continue
                text = f"Are the {a.colour} shape and the {b.colour} shape both {PLURAL[k]}?"
                out.append((text, yn(a.kind == k and b.kind == k)))
    return out


@template("compare_attr", "is A both bigger / smaller than B and <rel> it?", "conjoined")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        for size, said in SIZES.items():
            for how, where in ITS.items():
                x, y = holds(v, size, a, b), holds(v, how, a, b)
                if ra and rb and x is not None and y is not None:
                    out.append((f"Is {ra[0]} both {said} {rb[0]} and {where}?", yn(x and y)))
    return out


@template("compare_attr", "is the shape <rel> B bigger / smaller than B?", "chained")
def _(v, rng):
    out = []
    for how, phrase in TO.items():
        for b in v.shapes:
            a, rb = lone(v, how, b), v.ref(b, rng)
            for size, said in SIZES.items():
                flag = holds(v, size, a, b) if a else None
                if rb and flag is not None:
                    out.append((f"Is the shape {phrase} {rb[0]} {said} {rb[0]}?", yn(flag)))
    return out


# ----------------------------------------------------------------------------------------------- superlative_filtered


@template("superlative_filtered", "what colour is the biggest (smallest ...) K?", "two_hop")
def _(v, rng):
    words = ["biggest", "smallest", "highest", "lowest"]
    return superlative(v, rng, words, lambda w, k: f"What colour is the {w} {k}?", "colour", True)


@template("superlative_filtered", "which is the leftmost (rightmost) C shape?", "two_hop")
def _(v, rng):
    return superlative(v, rng, ["leftmost", "rightmost"], lambda w, c: f"Which is the {w} {c} shape?", "kind", False)


@template("superlative_filtered", "what shape is the smallest (largest) C object?", "two_hop")
def _(v, rng):
    return superlative(
        v, rng, ["smallest", "largest"], lambda w, c: f"What shape is the {w} {c} object?", "kind", False
    )


@template("superlative_filtered", "of the C shapes, which one is highest (lowest)? say what shape it is.", "two_hop")
def _(v, rng):
    say = lambda w, c: f"Of the {c} shapes, which one is {w}? Say what shape it is."  # noqa: E731
    return superlative(v, rng, ["highest", "lowest"], say, "kind", False)


@template("superlative_filtered", "which K is furthest right (left)? give its colour.", "two_hop")
def _(v, rng):
    words = {"rightmost": "furthest right", "leftmost": "furthest left"}
    say = lambda w, k: f"Which {k} is {words[w]}? Give its colour."  # noqa: E731
    return superlative(v, rng, list(words), say, "colour", True)


@template("superlative_filtered", "is the rightmost (biggest ...) K C?", "two_hop")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        group = [s for s in v.shapes if s.kind == k]
        for word in ["rightmost", "leftmost", "biggest", "smallest"]:
            a = most(v, group, word)
            if a and differs(a, group, "colour"):
                out.append((f"Is the {word} {k} {a.colour}?", "yes"))
                out += [(f"Is the {word} {k} {s.colour}?", "no") for s in group if s is not a]
    return out


@template("superlative_filtered", "is the smallest (biggest) C shape a K?", "two_hop")
def _(v, rng):
    out = []
    for c in v.colours:
        group = [s for s in v.shapes if s.colour == c]
        for word in ["smallest", "biggest"]:
            a = most(v, group, word)
            if a and differs(a, group, "kind"):
                out += [(f"Is the {word} {c} shape {article(s.kind)} {s.kind}?", yn(s is a)) for s in group]
    return out


@template("superlative_filtered", "is the largest shape a K?", "one_hop")
def _(v, rng):
    a = largest(v)
    return kind_yn(v, a, lambda k: f"Is the largest shape {article(k)} {k}?") if a else []


@template("superlative_filtered", "what colour is the biggest (smallest) shape that is not a K?", "negated")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        group = [s for s in v.shapes if s.kind != k]
        for word in ["biggest", "smallest"]:
            a = most(v, group, word) if v.kinds[k] else None
            if a and differs(a, group, "colour"):
                out.append((f"What colour is the {word} shape that is not {article(k)} {k}?", a.colour))
    return out


@template("superlative_filtered", "what colour is the biggest (smallest) shape <rel> B?", "chained")
def _(v, rng):
    out = []
    for how, phrase in TO.items():
        for b in v.shapes:
            group, rb = related(v, how, b), v.ref(b, rng)
            for word in ["biggest", "smallest"] if group and rb else []:
                a = most(v, group, word)
                if a and differs(a, group, "colour"):
                    out.append((f"What colour is the {word} shape {phrase} {rb[0]}?", a.colour))
    return out


@template("superlative_filtered", "what is the colour of the smallest (biggest) shape that is C1 or C2?", "conjoined")
def _(v, rng):
    out = []
    for c1 in v.colours:
        for c2 in v.colours:
            group = [s for s in v.shapes if s.colour in (c1, c2)]
            for word in ["smallest", "biggest"] if c1 < c2 else []:
                a = most(v, group, word)
                if a and differs(a, group, "colour"):
                    first, second = in_either_order(rng, c1, c2)
                    text = f"What is the colour of the {word} shape that is {first} or {second}?"
                    out.append((text, a.colour))
    return out


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- run


def pick_questions(scene: Scene, kinds: list[str], per_image: int, used: Counter, rng: np.random.Generator) -> list:
    """The spoken benchmark's question picker (``question_picker``), where a yes / no template that offers only the
    answer its family is already two or more ahead on (``used["gold", family, answer]``) is passed over for the
    picture, so that the answer of a family's rarer yes (two shapes of one colour) does not fall behind."""

    def held(family: str, fn: Callable) -> Callable:
        def offer(v: View, rng: np.random.Generator) -> Pairs:
            found = fn(v, rng)
            yes, no = used["gold", family, "yes"], used["gold", family, "no"]
            golds = {gold for _, gold in found}
            if golds and golds <= {"yes", "no"} and abs(yes - no) >= 2:
                return found if ("yes" if yes < no else "no") in golds else []
            return found

        return offer

    templates = [(family, name, group, held(family, fn)) for family, name, group, fn in TEMPLATES]
    return spoken.question_picker(templates, Item)(scene, kinds, per_image, used, rng)


def main() -> None:
    wording = spoken.Wording(
        TEMPLATES,
        GROUPS,
        pick_questions,
        label="group",
        heading="By group (how the question is built):",
        columns="family / group / wording",
        width=16,
        template_width=None,
        group_of=lambda item: item.group,
    )
    spoken.run_wording(__doc__, wording)


if __name__ == "__main__":
    main()
