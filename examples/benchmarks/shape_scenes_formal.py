"""How nsvr copes with questions about flat shape drawings worded in formal, technical and scientific registers.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures, ground truth,
rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery),
``shape_scenes_spoken.py`` (the sibling blind wording benchmark whose command line, output, yes / no balancing and
scoring this follows, and whose question makers, with those it imports from ``shape_scenes_typos.py``, are reused
by import) and ``shape_scenes_personas.py`` (the most recent sibling, whose structure this copies). They were fixed
before the first run (saved beside this script as ``shape_scenes_formal_first_run.txt``) and not tuned to nsvr's
answers afterwards, so they measure how far nsvr reaches into the wording of papers, forms and specifications it
was not shown, not its own phrasings.

Images: the askers' generator, unchanged (``askers.make_scene``): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, 1-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon,
hexagon, star) in eight saturated fills, never overlapping, never cut by the border; the truth of every shape
(kind, colour, box, centre, area) is exact.

Questions: 94 templates, each labelled with one register and one family. Registers:
  academic      the hedged verbs of a paper: "Determine the number of triangles depicted.", "Ascertain whether a
                triangular figure is present.", "With respect to the square, what is its colour?", "Identify the
                hue of the circle.", "Determine whether the circles outnumber the squares.";
  mathematical  sets, quantifiers and variables: "What is the cardinality of the set of red shapes?", "Does there
                exist a shape x such that x is a triangle?", "Let S be the set of squares; is |S| greater than
                the number of circles?", "Is the area of the circle greater than that of the square?", "Let x be
                the unique blue shape. Is x a circle?";
  bureaucratic  forms and legal drafting: "Please indicate whether the image contains any figure of a green
                colour.", "State the total quantity of shapes.", "Confirm or deny that the circle is situated above
                the square.", "Please state the colour of the triangle for the record.";
  adjectival    kinds said by their adjectives: "How many circular objects are depicted?", "How many
                quadrilateral figures are present?", "Is the red figure triangular?", "Is the blue object circular
                or square-shaped?", "Is the rectangular figure larger than the circular figure?", "Is there a
                green-coloured object in the image?";
  nominal       the passive voice and nominalisations: "Is a triangle depicted?", "How many squares are
                shown?", "What colour is exhibited by the circle?", "The position of the square relative to the
                triangle is: above or below?", "Which are present in greater number, the circles or the squares?";
  report        a lab report or a results section: "Report the spatial relation of the blue object with respect
                to the red object (left/right).", "Specify the object of maximal area.", "Which object occupies
                the uppermost position?", "Report the presence or absence of a circle (present/absent).";
  cartesian     engineering and coordinates: "Which shape has the smallest x-coordinate?", "Which shape has the
                greatest y-coordinate in image coordinates (y increasing downward)?", "In a Cartesian frame with
                the origin at the bottom-left corner, which shape has the largest y-coordinate?", "Is the
                x-coordinate of the centroid of the circle less than that of the square?", "Evaluate count(circle)
                > count(square) and answer true or false.".
Families (what is asked) as the spoken benchmark's: count (how many, all / of a colour / of a kind / both / of the
quadrilaterals; confirming an exact number), exist (is there a kind / colour / coloured kind), colour (of the one
shape of a kind; is it a colour), kind (the shape of the one shape of a colour; is it a kind), position (in the
frame: left / right half, upper / lower half, highest, lowest, leftmost, in coordinates), relation (one shape left
of / right of / above / below another, in words or in coordinates; "above or below", "left/right"; which of two is
further right), size (bigger / smaller, biggest / smallest, area and pixel count) and compare (more / fewer / the
same number of kinds or colours). Every family has at least 11 wordings, every register at least 10.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``):
"the triangle" (or "the triangular figure") only when there is exactly one triangle, "the red object" (or "the red
figure", "the red shape") only when exactly one shape is red; a square is never asked about as a rectangle, nor
"the rectangle" or "the rectangular figure" said when there is a square, nor "rectangular" offered for a square;
an absent colour is never one a viewer might give a present colour's shade (``CONFUSABLE``); no colour is said as a
shade ("reddish"); position words need a margin of 15% of the image side (from the middle for "in the left half",
"to the left of the vertical midline", between centres for "left of" and for comparing x- or y-coordinates,
between the first and the second shape for "highest", "smallest x-coordinate" and "above every other shape");
every y-coordinate question says which way y grows (image coordinates, y increasing downward, or a Cartesian frame
with its origin at the bottom-left corner, y increasing upward); size words need areas differing by a factor of
1.8; counts compared must differ (or, for "equal in number", be the same or differ). "Quadrilateral" counts the
squares and rectangles, nothing else. A number confirmed wrongly ("Confirm or deny that exactly 3 circles are
present." of two) is always more than the truth, never fewer. Within a template, the gold is drawn first among the
golds the picture offers, and where it offers both yes and no, the one its family has had fewer times so far is
taken, so yes and no are balanced by construction (their counts per family are printed).

Scoring: the spoken benchmark's ``normalise`` and the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical; case, punctuation and articles dropped, "grey" -> "gray", number words -> digits; shape and tone words
dropped from a colour answer, colour words from a shape answer; a gold "A|B" takes either; an answer "unknown" is
unknown; failing that, the answer read once more without the function words of a place or a group, so "to the
left" answers "left" and "the red one" answers "red"), with three more readings of this register's own answers:
where the gold is "yes" or "no", a one-word answer "true" / "false", "correct" / "incorrect", "affirmative" /
"negative", "confirmed" / "denied" (also "confirm" / "deny") or "present" / "absent" is read as "yes" / "no"; where
the gold is a shape, a shape's adjective is read as its noun ("circular" -> "circle", "triangular", "rectangular",
"pentagonal", "hexagonal"; "square-shaped" -> "square", "star-shaped" -> "star"); where the gold is a shape or a
colour, the nouns "figure", "element" and "item" are read past ("the circular figure" answers "circle"). Golds of
the choice forms: "above or below" -> "above" / "below"; "left/right" (of A relative to B, A named first, or of
the frame) -> "left" / "right"; "upper or lower half" -> "upper" or "top" / "lower" or "bottom"; "circular or
triangular" -> the shape ("circle", read from "circular" too); "which colour is more frequent" -> the colour; "which
are present in greater number, the A or the B" -> the plural or the singular kind; "which object is highest (of
maximal area, with the smallest x-coordinate ...)" -> its kind, or its colour where no other shape has that
colour; "which of A and B is further to the right (drawn larger)" -> the word that named it (or its kind, as the
askers' ``either_name``).

    python examples/benchmarks/shape_scenes_formal.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_formal.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by register and by template, the
15 worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``,
every unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import shape_scenes_spoken as spoken  # the spoken benchmark's question makers and reading of answers
from shape_bench_common import (
    article,
    new_templates,
    yn,
)
from shape_scenes_askers import (
    ALL_KINDS,
    COLOURS,
    PLURAL,
    SIZE_RATIO,
    Shape,
    View,
    colour_pairs,
    either_name,
    extreme,
    kind_pairs,
    side_answer,
)
from shape_scenes_spoken import (
    claims,
    colour_is_kind,
    count_colour_kinds,
    in_either_order,
    is_extreme,
    more_colours,
    more_kinds,
    much_bigger,
    other_kind,
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
    pick,
)


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    register: str


TEMPLATES, template = new_templates()  # template(family, name, register)
REGISTERS = ["academic", "mathematical", "bureaucratic", "adjectival", "nominal", "report", "cartesian"]
ADJECTIVE = {
    "circle": "circular",
    "square": "square-shaped",
    "rectangle": "rectangular",
    "triangle": "triangular",
    "pentagon": "pentagonal",
    "hexagon": "hexagonal",
    "star": "star-shaped",
}
NOUNS = ["object", "figure", "shape"]  # what a formal question calls a shape it names by its colour

Refer = Callable[[View, Shape, np.random.Generator], "tuple[str, str] | None"]


def noun(n: int, kind: str) -> str:
    """ "1 circle", "3 circles"."""
    return f"{n} {kind if n == 1 else PLURAL[kind]}"


def formal_ref(v: View, s: Shape, rng: np.random.Generator) -> tuple[str, str] | None:
    """A phrase naming ``s`` alone ("the triangle", "the red object" / "figure" / "shape") and what names it in an
    answer (its kind or its colour), or None where neither names it alone."""
    options = []
    if v.kind_ref(s):
        options.append((f"the {s.kind}", s.kind))
    if v.colours[s.colour] == 1:
        options.append((f"the {s.colour} {pick(rng, NOUNS)}", s.colour))
    return options[int(rng.integers(len(options)))] if options else None


def adjective_ref(v: View, s: Shape, rng: np.random.Generator) -> tuple[str, str] | None:
    """ "the triangular figure" where ``s`` is the one triangle (never "the rectangular figure" beside a square)."""
    return (f"the {ADJECTIVE[s.kind]} figure", s.kind) if v.kind_ref(s) else None


def left(s: Shape, v: View) -> float:
    return v.w / 2 - s.cx


def top(s: Shape, v: View) -> float:
    return v.w / 2 - s.cy


# ------------------------------------------------------------------------------------------- what is asked
# As the spoken benchmark's makers, but naming the shapes formally (``refer``).


def frame_side(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str], str],
    offset: Callable[[Shape], float],
    refer: Refer = formal_ref,
) -> list[tuple[str, str]]:
    """yes / no for "is <shape> in that half of the image": ``offset(s)`` is how far its centre lies that way from
    the middle."""
    out = []
    for s in v.shapes:
        gold, ref = side_answer(offset(s), v.margin), refer(v, s, rng)
        if gold and ref:
            out.append((say(ref[0]), gold))
    return out


def frame_choice(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str, str, str], str],
    offset: Callable[[Shape], float],
    words: tuple[str, str],
    golds: tuple[str, str],
) -> list[tuple[str, str]]:
    """ "is <shape> in the <w1> or the <w2> half" (the words in either order): gold ``golds[0]`` where
    ``offset(s)`` (how far its centre lies towards ``words[0]`` from the middle) clears the margin, ``golds[1]``
    where it clears it the other way."""
    out = []
    for s in v.shapes:
        gold, ref = side_answer(offset(s), v.margin), formal_ref(v, s, rng)
        if gold and ref:
            out.append((say(ref[0], *in_either_order(rng, *words)), golds[0] if gold == "yes" else golds[1]))
    return out


def relation(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str, str], str],
    offset: Callable[[Shape, Shape], float],
    refer: Refer = formal_ref,
) -> list[tuple[str, str]]:
    """yes / no for "is A <rel> B", ``offset(a, b)`` how far A lies that way from B (centres)."""
    out = []
    for a, b in v.pairs():
        gold, ra, rb = side_answer(offset(a, b), v.margin), refer(v, a, rng), refer(v, b, rng)
        if gold and ra and rb:
            out.append((say(ra[0], rb[0]), gold))
    return out


def relation_choice(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str, str, str, str], str],
    offset: Callable[[Shape, Shape], float],
    words: tuple[str, str],
) -> list[tuple[str, str]]:
    """ "is A <w1> or <w2> B" (the words in either order): gold ``words[0]`` where ``offset(a, b)`` clears the
    margin, ``words[1]`` where it clears it the other way."""
    out = []
    for a, b in v.pairs():
        gold, ra, rb = side_answer(offset(a, b), v.margin), formal_ref(v, a, rng), formal_ref(v, b, rng)
        if gold and ra and rb:
            first, second = in_either_order(rng, *words)
            out.append((say(ra[0], rb[0], first, second), words[0] if gold == "yes" else words[1]))
    return out


def which_of_two(
    v: View, rng: np.random.Generator, say: Callable[[str, str], str], lead: Callable[[Shape, Shape], bool]
) -> list[tuple[str, str]]:
    """ "which of A and B is <so>" where ``lead(a, b)`` says A clearly is and B clearly is not: gold the name of
    A (or its kind, as the askers' ``either_name``)."""
    out = []
    for a, b in v.pairs():
        ra, rb = formal_ref(v, a, rng), formal_ref(v, b, rng)
        if ra and rb and ra[1] != rb[1] and lead(a, b):
            out.append((say(*in_either_order(rng, ra[0], rb[0])), either_name(a, b, ra[1])))
    return out


def size_yn(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str, str], str],
    bigger: bool = True,
    refer: Refer = formal_ref,
) -> list[tuple[str, str]]:
    """yes / no for "is A bigger (smaller) than B", the areas differing by the size ratio at least."""
    out = []
    for a, b in v.pairs():
        ra, rb = refer(v, a, rng), refer(v, b, rng)
        ratio = a.area / b.area
        if ra and rb and (ratio >= SIZE_RATIO or ratio <= 1 / SIZE_RATIO):
            out.append((say(ra[0], rb[0]), yn((ratio > 1) == bigger)))
    return out


def is_largest(v: View, rng: np.random.Generator, say: Callable[[str], str]) -> list[tuple[str, str]]:
    """yes / no for "<shape> is the largest", where one clearly is."""
    top_one = largest(v)
    out = []
    for s in v.shapes if top_one else []:
        ref = formal_ref(v, s, rng)
        if ref:
            out.append((say(ref[0]), yn(s is top_one)))
    return out


def same_kinds(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(say(a, b), yn(v.kinds[a] == v.kinds[b])) for a, b in kind_pairs(v)]


def same_colours(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(say(a, b), yn(v.colours[a] == v.colours[b])) for a, b in colour_pairs(v)]


def fewer_colours(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(say(a, b), yn(v.colours[a] < v.colours[b])) for a, b in colour_pairs(v)]


def kinds_choice(v: View, rng: np.random.Generator, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "which are more numerous, the A or the B" (plural kinds, in either order) where the counts differ: gold the
    plural or the singular of the kind there is more of."""
    out = []
    for a, b in kind_pairs(v):
        if v.kinds[a] > v.kinds[b]:
            out.append((say(*in_either_order(rng, PLURAL[a], PLURAL[b])), f"{PLURAL[a]}|{a}"))
    return out


def colours_choice(v: View, rng: np.random.Generator, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "which colour is more frequent, A or B" (in either order) where the counts differ: gold the colour."""
    out = []
    for a, b in colour_pairs(v):
        if v.colours[a] > v.colours[b]:
            out.append((say(*in_either_order(rng, a, b)), a))
    return out


# count


@template("count", "determine the number of kinds depicted.", "academic")
def _(v, rng):
    return count_kinds(v, lambda k: f"Determine the number of {PLURAL[k]} depicted.")


@template("count", "ascertain the number of colour figures present in the image.", "academic")
def _(v, rng):
    return count_colours(v, lambda c: f"Ascertain the number of {c} figures present in the image.")


@template("count", "what is the cardinality of the set of colour shapes?", "mathematical")
def _(v, rng):
    return count_colours(v, lambda c: f"What is the cardinality of the set of {c} shapes?")


@template("count", "let s denote the set of kinds in the image. compute |s|.", "mathematical")
def _(v, rng):
    return count_kinds(v, lambda k: f"Let S denote the set of {PLURAL[k]} in the image. Compute |S|.")


@template("count", "state the total quantity of shapes.", "bureaucratic")
def _(v, rng):
    return [("State the total quantity of shapes.", str(v.n))]


@template("count", "please indicate the number of colour kinds contained in the image.", "bureaucratic")
def _(v, rng):
    return count_colour_kinds(v, lambda c, k: f"Please indicate the number of {c} {PLURAL[k]} contained in the image.")


@template("count", "confirm or deny that exactly N kinds are present.", "bureaucratic")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for n, gold in claims(v.kinds[k], rng):
            verb = "is" if n == 1 else "are"
            out.append((f"Confirm or deny that exactly {noun(n, k)} {verb} present.", gold))
    return out


@template("count", "how many adjective objects are depicted?", "adjectival")
def _(v, rng):
    return count_kinds(v, lambda k: f"How many {ADJECTIVE[k]} objects are depicted?")


@template("count", "how many quadrilateral figures are present?", "adjectival")
def _(v, rng):
    return [("How many quadrilateral figures are present?", str(v.kinds["square"] + v.kinds["rectangle"]))]


@template("count", "how many kinds are shown?", "nominal")
def _(v, rng):
    return count_kinds(v, lambda k: f"How many {PLURAL[k]} are shown?")


@template("count", "report the total object count for the image.", "report")
def _(v, rng):
    return [("Report the total object count for the image.", str(v.n))]


@template("count", "return the integer count of colour objects in the image.", "cartesian")
def _(v, rng):
    return count_colours(v, lambda c: f"Return the integer count of {c} objects in the image.")


# exist


@template("exist", "ascertain whether an adjective figure is present.", "academic")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Ascertain whether {article(ADJECTIVE[k])} {ADJECTIVE[k]} figure is present.")


@template("exist", "determine whether any colour shape is present in the image.", "academic")
def _(v, rng):
    return exist_colours(v, lambda c: f"Determine whether any {c} shape is present in the image.")


@template("exist", "does there exist a shape x such that x is a kind?", "mathematical")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Does there exist a shape x such that x is a {k}?")


@template("exist", "is the set of colour kinds non-empty?", "mathematical")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Is the set of {c} {PLURAL[k]} non-empty?")


@template("exist", "please indicate whether the image contains any figure of a colour colour.", "bureaucratic")
def _(v, rng):
    return exist_colours(
        v, lambda c: f"Please indicate whether the image contains any figure of {article(c)} {c} colour."
    )


@template("exist", "confirm or deny the presence of a kind in the image.", "bureaucratic")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Confirm or deny the presence of a {k} in the image.")


@template("exist", "is there a colour-coloured object in the image?", "adjectival")
def _(v, rng):
    return exist_colours(v, lambda c: f"Is there {article(c)} {c}-coloured object in the image?")


@template("exist", "is a kind depicted?", "nominal")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Is a {k} depicted?")


@template("exist", "is the presence of a colour kind detectable in the image?", "nominal")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Is the presence of {article(c)} {c} {k} detectable in the image?")


@template("exist", "report the presence or absence of a kind (present/absent).", "report")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Report the presence or absence of a {k} (present/absent).")


@template("exist", "boolean query: does any object satisfy colour == colour?", "cartesian")
def _(v, rng):
    return exist_colours(v, lambda c: f"Boolean query: does any object satisfy colour == {c}?")


# colour


@template("colour", "with respect to the kind, what is its colour?", "academic")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"With respect to the {k}, what is its colour?")


@template("colour", "identify the hue of the kind.", "academic")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Identify the hue of the {k}.")


@template("colour", "let t denote the unique kind in the image. what is the colour of t?", "mathematical")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Let T denote the unique {k} in the image. What is the colour of T?")


@template("colour", "is it the case that the kind is colour?", "mathematical")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Is it the case that the {k} is {c}?")


@template("colour", "please state the colour of the kind for the record.", "bureaucratic")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Please state the colour of the {k} for the record.")


@template("colour", "confirm or deny that the kind is colour.", "bureaucratic")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Confirm or deny that the {k} is {c}.")


@template("colour", "what colour is the adjective figure?", "adjectival")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"What colour is the {ADJECTIVE[k]} figure?")


@template("colour", "what colour is exhibited by the kind?", "nominal")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"What colour is exhibited by the {k}?")


@template("colour", "is the kind coloured colour?", "nominal")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Is the {k} coloured {c}?")


@template("colour", "record the colour attribute of the kind: colour or colour?", "report")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        first, second = in_either_order(rng, s.colour, v.other_colour(s.colour, rng))
        out.append((f"Record the colour attribute of the {s.kind}: {first} or {second}?", s.colour))
    return out


@template("colour", "return the colour label of the object whose class is kind.", "cartesian")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Return the colour label of the object whose class is {k}.")


# kind


@template("kind", "identify the geometric form of the colour object.", "academic")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Identify the geometric form of the {c} object.")


@template("kind", "determine whether the colour figure is a kind.", "academic")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Determine whether the {c} figure is a {k}.")


@template("kind", "let x be the unique colour shape. is x a kind?", "mathematical")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Let x be the unique {c} shape. Is x a {k}?")


@template("kind", "to which class of shapes does the colour element belong?", "mathematical")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"To which class of shapes does the {c} element belong?")


@template("kind", "please specify the shape of the colour item.", "bureaucratic")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Please specify the shape of the {c} item.")


@template("kind", "confirm or deny that the colour figure is a kind.", "bureaucratic")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Confirm or deny that the {c} figure is a {k}.")


@template("kind", "is the colour figure adjective?", "adjectival")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Is the {c} figure {ADJECTIVE[k]}?")


@template("kind", "is the colour object adjective or adjective?", "adjectival")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        first, second = in_either_order(rng, s.kind, other_kind(v, s.kind, rng))
        out.append((f"Is the {s.colour} object {ADJECTIVE[first]} or {ADJECTIVE[second]}?", s.kind))
    return out


@template("kind", "what geometric shape is represented by the colour figure?", "nominal")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"What geometric shape is represented by the {c} figure?")


@template("kind", "report the shape classification of the colour object.", "report")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Report the shape classification of the {c} object.")


@template("kind", "return the geometric primitive type of the colour object.", "cartesian")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Return the geometric primitive type of the {c} object.")


# position in the frame


@template("position", "determine whether A is situated in the left half of the image.", "academic")
def _(v, rng):
    return frame_side(
        v, rng, lambda a: f"Determine whether {a} is situated in the left half of the image.", lambda s: left(s, v)
    )


@template("position", "identify the object situated highest in the image.", "academic")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("Identify the object situated highest in the image.", which_one(v, s))] if s else []


@template("position", "let m denote the vertical midline of the image. does A lie to the left of m?", "mathematical")
def _(v, rng):
    return frame_side(
        v,
        rng,
        lambda a: f"Let m denote the vertical midline of the image. Does {a} lie to the left of m?",
        lambda s: left(s, v),
    )


@template("position", "is it the case that the colour shape lies above every other shape?", "mathematical")
def _(v, rng):
    return is_extreme(v, lambda c: f"Is it the case that the {c} shape lies above every other shape?", lambda s: s.cy)


@template("position", "please indicate whether A is positioned in the lower portion of the image.", "bureaucratic")
def _(v, rng):
    return frame_side(
        v,
        rng,
        lambda a: f"Please indicate whether {a} is positioned in the lower portion of the image.",
        lambda s: -top(s, v),
    )


@template("position", "is the adjective figure situated in the upper half of the image?", "adjectival")
def _(v, rng):
    return frame_side(
        v, rng, lambda a: f"Is {a} situated in the upper half of the image?", lambda s: top(s, v), adjective_ref
    )


@template("position", "the position of A within the image is: upper or lower half?", "nominal")
def _(v, rng):
    return frame_choice(
        v,
        rng,
        lambda a, x, y: f"The position of {a} within the image is: {x} or {y} half?",
        lambda s: top(s, v),
        ("upper", "lower"),
        ("upper|top", "lower|bottom"),
    )


@template("position", "which object occupies the uppermost position?", "report")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("Which object occupies the uppermost position?", which_one(v, s))] if s else []


@template("position", "report the horizontal location of A (left/right).", "report")
def _(v, rng):
    return frame_choice(
        v,
        rng,
        lambda a, x, y: f"Report the horizontal location of {a} ({x}/{y}).",
        lambda s: left(s, v),
        ("left", "right"),
        ("left", "right"),
    )


@template("position", "which shape has the smallest x-coordinate?", "cartesian")
def _(v, rng):
    s = extreme(v, lambda s: s.cx)
    return [("Which shape has the smallest x-coordinate?", which_one(v, s))] if s else []


@template(
    "position", "which shape has the greatest y-coordinate in image coordinates (y increasing downward)?", "cartesian"
)
def _(v, rng):
    s = extreme(v, lambda s: -s.cy)
    text = "Which shape has the greatest y-coordinate in image coordinates (y increasing downward)?"
    return [(text, which_one(v, s))] if s else []


@template(
    "position",
    "in a cartesian frame with the origin at the bottom-left corner, which shape has the largest y-coordinate?",
    "cartesian",
)
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    text = "In a Cartesian frame with the origin at the bottom-left corner, which shape has the largest y-coordinate?"
    return [(text, which_one(v, s))] if s else []


# relations between two shapes


@template("relation", "determine whether A is positioned to the left of B.", "academic")
def _(v, rng):
    return relation(
        v, rng, lambda a, b: f"Determine whether {a} is positioned to the left of {b}.", lambda a, b: b.cx - a.cx
    )


@template("relation", "let a denote A and b denote B. does a lie above b?", "mathematical")
def _(v, rng):
    return relation(
        v, rng, lambda a, b: f"Let a denote {a} and b denote {b}. Does a lie above b?", lambda a, b: b.cy - a.cy
    )


@template("relation", "does the relation 'right of' hold between A and B, in that order?", "mathematical")
def _(v, rng):
    return relation(
        v,
        rng,
        lambda a, b: f"Does the relation 'right of' hold between {a} and {b}, in that order?",
        lambda a, b: a.cx - b.cx,
    )


@template("relation", "confirm or deny that A is situated above B.", "bureaucratic")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Confirm or deny that {a} is situated above {b}.", lambda a, b: b.cy - a.cy)


@template("relation", "please indicate whether A is located to the right of B.", "bureaucratic")
def _(v, rng):
    return relation(
        v, rng, lambda a, b: f"Please indicate whether {a} is located to the right of {b}.", lambda a, b: a.cx - b.cx
    )


@template("relation", "is the adjective figure below the adjective figure?", "adjectival")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is {a} below {b}?", lambda a, b: a.cy - b.cy, adjective_ref)


@template("relation", "the position of A relative to B is: above or below?", "nominal")
def _(v, rng):
    return relation_choice(
        v,
        rng,
        lambda a, b, x, y: f"The position of {a} relative to {b} is: {x} or {y}?",
        lambda a, b: b.cy - a.cy,
        ("above", "below"),
    )


@template("relation", "is A depicted to the left of B?", "nominal")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is {a} depicted to the left of {b}?", lambda a, b: b.cx - a.cx)


@template("relation", "report the spatial relation of A with respect to B (left/right).", "report")
def _(v, rng):
    return relation_choice(
        v,
        rng,
        lambda a, b, x, y: f"Report the spatial relation of {a} with respect to {b} ({x}/{y}).",
        lambda a, b: b.cx - a.cx,
        ("left", "right"),
    )


@template("relation", "specify which of A and B is located further to the right.", "report")
def _(v, rng):
    return which_of_two(
        v,
        rng,
        lambda x, y: f"Specify which of {x} and {y} is located further to the right.",
        lambda a, b: a.cx - b.cx >= v.margin,
    )


@template("relation", "is the x-coordinate of the centroid of A less than that of B?", "cartesian")
def _(v, rng):
    return relation(
        v,
        rng,
        lambda a, b: f"Is the x-coordinate of the centroid of {a} less than that of {b}?",
        lambda a, b: b.cx - a.cx,
    )


@template(
    "relation",
    "in image coordinates (y increasing downward), is the y-coordinate of A greater than that of B?",
    "cartesian",
)
def _(v, rng):
    return relation(
        v,
        rng,
        lambda a, b: (
            f"In image coordinates (y increasing downward), is the y-coordinate of {a} greater than that of {b}?"
        ),
        lambda a, b: a.cy - b.cy,
    )


# size


@template("size", "determine whether A is larger than B.", "academic")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Determine whether {a} is larger than {b}.")


@template("size", "identify the smallest figure depicted.", "academic")
def _(v, rng):
    s = smallest(v)
    return [("Identify the smallest figure depicted.", which_one(v, s))] if s else []


@template("size", "is the area of A greater than that of B?", "mathematical")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Is the area of {a} greater than that of {b}?")


@template("size", "which element of the set of shapes has maximal area?", "mathematical")
def _(v, rng):
    s = largest(v)
    return [("Which element of the set of shapes has maximal area?", which_one(v, s))] if s else []


@template("size", "please indicate whether A is smaller in size than B.", "bureaucratic")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Please indicate whether {a} is smaller in size than {b}.", bigger=False)


@template("size", "confirm or deny that A is the largest figure in the image.", "bureaucratic")
def _(v, rng):
    return is_largest(v, rng, lambda a: f"Confirm or deny that {a} is the largest figure in the image.")


@template("size", "is the adjective figure larger than the adjective figure?", "adjectival")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Is {a} larger than {b}?", refer=adjective_ref)


@template("size", "which is drawn larger, A or B?", "nominal")
def _(v, rng):
    return which_of_two(v, rng, lambda x, y: f"Which is drawn larger, {x} or {y}?", much_bigger)


@template("size", "specify the object of maximal area.", "report")
def _(v, rng):
    s = largest(v)
    return [("Specify the object of maximal area.", which_one(v, s))] if s else []


@template("size", "report the colour of the smallest object.", "report")
def _(v, rng):
    s = smallest(v)
    return [("Report the colour of the smallest object.", s.colour)] if s else []


@template("size", "which shape has the largest pixel area?", "cartesian")
def _(v, rng):
    s = largest(v)
    return [("Which shape has the largest pixel area?", which_one(v, s))] if s else []


@template("size", "does A occupy a greater number of pixels than B?", "cartesian")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Does {a} occupy a greater number of pixels than {b}?")


# comparing counts


@template("compare", "determine whether the kinds outnumber the kinds.", "academic")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Determine whether the {a} outnumber the {b}.")


@template("compare", "ascertain whether the kinds and the kinds are equal in number.", "academic")
def _(v, rng):
    return same_kinds(v, lambda a, b: f"Ascertain whether the {PLURAL[a]} and the {PLURAL[b]} are equal in number.")


@template("compare", "let s be the set of kinds; is |s| greater than the number of kinds?", "mathematical")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Let S be the set of {a}; is |S| greater than the number of {b}?")


@template("compare", "do the set of colour shapes and the set of colour shapes have equal cardinality?", "mathematical")
def _(v, rng):
    return same_colours(v, lambda a, b: f"Do the set of {a} shapes and the set of {b} shapes have equal cardinality?")


@template("compare", "please indicate whether there are fewer colour figures than colour figures.", "bureaucratic")
def _(v, rng):
    return fewer_colours(v, lambda a, b: f"Please indicate whether there are fewer {a} figures than {b} figures.")


@template("compare", "are there more adjective figures than adjective figures?", "adjectival")
def _(v, rng):
    return [
        (f"Are there more {ADJECTIVE[a]} figures than {ADJECTIVE[b]} figures?", yn(v.kinds[a] > v.kinds[b]))
        for a, b in kind_pairs(v)
    ]


@template("compare", "are colour-coloured figures more numerous than colour-coloured ones?", "adjectival")
def _(v, rng):
    return more_colours(v, lambda a, b: f"Are {a}-coloured figures more numerous than {b}-coloured ones?")


@template("compare", "which are present in greater number, the kinds or the kinds?", "nominal")
def _(v, rng):
    return kinds_choice(v, rng, lambda a, b: f"Which are present in greater number, the {a} or the {b}?")


@template("compare", "is a greater number of colour shapes than of colour shapes depicted?", "nominal")
def _(v, rng):
    return more_colours(v, lambda a, b: f"Is a greater number of {a} shapes than of {b} shapes depicted?")


@template("compare", "report which colour is more frequent: colour or colour.", "report")
def _(v, rng):
    return colours_choice(v, rng, lambda a, b: f"Report which colour is more frequent: {a} or {b}.")


@template("compare", "specify whether the number of kinds equals the number of kinds.", "report")
def _(v, rng):
    return same_kinds(v, lambda a, b: f"Specify whether the number of {PLURAL[a]} equals the number of {PLURAL[b]}.")


@template("compare", "evaluate count(kind) > count(kind) and answer true or false.", "cartesian")
def _(v, rng):
    return [
        (f"Evaluate count({a}) > count({b}) and answer true or false.", yn(v.kinds[a] > v.kinds[b]))
        for a, b in kind_pairs(v)
    ]


@template("compare", "is the number of colour objects strictly less than the number of colour objects?", "cartesian")
def _(v, rng):
    return fewer_colours(v, lambda a, b: f"Is the number of {a} objects strictly less than the number of {b} objects?")


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- scoring

VERDICTS = {
    "true": "yes",
    "correct": "yes",
    "affirmative": "yes",
    "confirmed": "yes",
    "confirm": "yes",
    "present": "yes",
    "false": "no",
    "incorrect": "no",
    "negative": "no",
    "denied": "no",
    "deny": "no",
    "absent": "no",
}
"""What a "confirm or deny", "true or false" or "present / absent" question may be answered with, read as the
yes / no gold."""
KIND_OF_ADJECTIVE = {"circular": "circle", "triangular": "triangle", "rectangular": "rectangle"} | {
    "pentagonal": "pentagon",
    "hexagonal": "hexagon",
}
"""A shape's adjective read as its noun where the gold is a shape ("square-shaped" and "star-shaped" too)."""
FORMAL_NOUNS = {"figure", "figures", "element", "item"}
"""Nouns of this register's questions read past where the gold is a shape or a colour."""


def normalise(said: str, gold: str) -> str:
    """The answer in the gold's terms (the spoken benchmark's ``normalise``); of a yes / no gold, a one-word
    verdict (``VERDICTS``) read as "yes" / "no"; of a shape gold, its adjective read as its noun; of a shape or a
    colour gold, "figure", "element" and "item" read past."""
    words = re.findall(r"[a-z]+", said.lower())
    if gold in ("yes", "no"):
        if len(words) == 1 and words[0] in VERDICTS:
            return VERDICTS[words[0]]
        return spoken.normalise(said, gold)
    if gold in ALL_KINDS or gold in COLOURS:
        text = re.sub(r"\b([a-z]+)-shaped\b", r"\1", said.lower())
        kept = [KIND_OF_ADJECTIVE.get(w, w) for w in re.findall(r"[a-z0-9']+", text) if w not in FORMAL_NOUNS]
        if kept:
            return spoken.normalise(" ".join(kept), gold)
    return spoken.normalise(said, gold)


# ----------------------------------------------------------------------------------------------------- run


pick_questions = spoken.question_picker(TEMPLATES, Item)


def main() -> None:
    wording = spoken.Wording(
        TEMPLATES, REGISTERS, pick_questions, "register", "By register (how it is worded):", width=22
    )
    asking = replace(wording, columns="family / register / wording", template_width=110, normalise=normalise)
    spoken.run_wording(__doc__, replace(asking, group_of=lambda item: item.register))


if __name__ == "__main__":
    main()
