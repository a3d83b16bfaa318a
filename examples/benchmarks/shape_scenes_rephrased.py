"""How nsvr copes with questions about flat shape drawings reworded the way an automatic paraphraser rewrites them.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures, ground truth,
rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery),
``shape_scenes_spoken.py`` (the sibling blind wording benchmark whose command line, output, yes / no balancing and
scoring this follows, and whose question makers, with those it imports from ``shape_scenes_typos.py``, are reused
by import) and ``shape_scenes_personas.py`` (the most recent sibling, whose layout this copies and whose small
question makers and reading of "true" / "false" are reused by import). They were fixed before the first run (saved
beside this script as ``shape_scenes_rephrased_first_run.txt``) and not tuned to nsvr's answers afterwards. This is
a HELD-OUT set: it is run once at the start of a session (the first run, against a frozen snapshot of nsvr) and once
at its end, its failures unread in between, to measure whether fixes made on other wording sets reach phrasings
nsvr was not shown.

Images: the askers' generator, unchanged (``askers.make_scene``): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, 1-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon,
hexagon, star) in eight saturated fills, never overlapping, never cut by the border; the truth of every shape
(kind, colour, box, centre, area) is exact.

Questions: 92 templates, each labelled with one paraphrase operation and one family. They are what a language
model asked to "rephrase this question in ten different ways" makes of plain seed questions ("How many circles are
there?", "Is there a blue shape?", "What color is the square?", "What shape is the red object?", "Is the triangle
left of the circle?", "Which shape is the largest?", "Are there more squares than triangles?", "Is the circle on
the left side?"), grouped by the operation that rewrote the seed:
  lexical      synonyms swapped in, the seed's frame kept: "What is the total count of circles present in the
               image?", "Which hue does the square have?", "What kind of geometric figure is colored red?", "Is
               the circle located on the left-hand side of the image?", "Do squares outnumber triangles in this
               picture?", "Is a triangle visible anywhere in the picture?";
  restructure  syntactic restructuring, the same words moved: "The square is what color?", "Red is the color of
               which shape?", "Of the shapes in the image, how many are blue?", "Relative to the circle, is the
               triangle further up?", "Among all the shapes, which one is the biggest in size?", "Which are there
               more of, squares or triangles?";
  polite       wrapped in a polite request: "Could you tell me the number of circles in the image?", "Can you
               identify whether a blue-colored shape appears?", "Would you mind telling me the color of the
               square?", "Would you kindly indicate whether ...";
  verbose      expanded with context and padding: "In the image provided, what color has been used to fill the
               square?", "Upon examining the image closely, is it possible to find at least one triangle among the
               shapes?", "Looking at all of the shapes in the image, which one takes up the greatest amount of
               space?";
  terse        compressed to a few words: "Circle count?", "Color of the square?", "Red object's shape?",
               "Triangle left of circle?", "Largest shape?", "More squares than triangles?";
  imperative   the question made a command: "Identify the shape that is colored red.", "Describe the color of the
               square.", "Count the circles in the image and give the total.", "Determine whether there is a
               triangle in the image.", "Indicate which is further to the right, ...";
  hedged       framed as a proposition to judge: "Is it the case that the square is colored red?", "Would you say
               that the triangle is positioned to the left of the circle?", "Is it true that ...", "Would it be
               accurate to say that ...", "Would it be correct to say ...".
Families (what is asked) as the spoken and personas benchmarks': count (how many, all / of a colour / of a kind /
both; confirming an exact number), exist (is there a kind / colour / coloured kind), colour (of the one shape of a
kind; is it a colour), kind (the shape of the one shape of a colour; is it a kind), position (in the frame: left /
right side, upper half / bottom portion, left or right, top or bottom half, rightmost, lowest), relation (one
shape left of / right of / above / below another; "left or right", "above or below"; which of two is further right),
size (bigger / smaller, biggest / smallest, the colour of the biggest) and compare (more / fewer / the same number
of kinds or colours; which colour appears more often). Every family has at least 11 wordings, every operation at
least 12.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``):
"the triangle" only when there is exactly one triangle, "the red one" (shape, thing) only when exactly one shape is
red; a square is never asked about as a rectangle, nor "the rectangle" said when there is a square, nor "a square
or a rectangle" offered; an absent colour is never one a viewer might give a present colour's shade
(``CONFUSABLE``); position words need a margin of 15% of the image side (from the middle for "on the left-hand
side" or "in the upper half", between centres for "to the left of", between the first and the second shape for
"rightmost" and "closest to the bottom"); size words need areas differing by a factor of 1.8; counts compared must
differ (or, for "the same number", be the same or differ). A number confirmed wrongly ("Is it the case that there
are exactly three circles in the image?" of two) is always more than the truth, never fewer. Within a template, the
gold is drawn first among the golds the picture offers, and where it offers both yes and no, the one its family
has had fewer times so far is taken, so yes and no are balanced by construction (their counts per family are
printed).

Scoring: the personas benchmark's ``normalise``, with the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical; case, punctuation and articles dropped, "grey" -> "gray", number words -> digits; shape and tone words
dropped from a colour answer, colour words from a shape answer; a gold "A|B" takes either; an answer "unknown" is
unknown; failing that, the answer read once more without the function words of a place or a group, so "on the left
side" answers "left", "the top half" answers "top" and "the red one" answers "red"; where the gold is "yes" or "no",
a one-word answer "true" / "false", "correct" / "incorrect" or "pass" / "fail" is read as "yes" / "no", which the
"is it true that" and "determine whether" forms invite). Golds of the choice forms: "left or right" (of the frame, or
of A compared to B) -> "left" / "right"; "top half or bottom half" -> "top" / "bottom"; "above or below" -> "above" /
"below"; "which are there more of, A or B" -> the plural or the singular kind; "which color appears more often, A or
B" -> the colour; "which one is biggest (rightmost ...)" -> its kind, or its colour where no other shape has that
colour; "which is further to the right, A or B" -> the word that named it (or its kind, as the askers'
``either_name``).

    python examples/benchmarks/shape_scenes_rephrased.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_rephrased.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by paraphrase operation and by
template, the 15 worst templates with one failure each, then every wrong answer and planning error (with
``--show-failures``, every unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import shape_scenes_personas as personas  # the personas benchmark's reading of "true" / "false"
import shape_scenes_spoken as spoken  # the spoken benchmark's question picker and run
from shape_bench_common import article, cap, new_templates
from shape_scenes_askers import PLURAL, extreme
from shape_scenes_personas import (
    colours_choice,
    is_largest,
    kinds_choice,
    left,
    relation_choice,
    same_colours,
    same_kinds,
    top,
)
from shape_scenes_spoken import (
    WORDS,
    claims,
    colour_is_kind,
    count_colour_kinds,
    frame_choice,
    frame_side,
    is_extreme,
    more_kinds,
    relation,
    size_yn,
    smallest,
    some,
    there,
    which_of_two,
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
    operation: str


TEMPLATES, template = new_templates()  # template(family, name, operation)
OPERATIONS = ["lexical", "restructure", "polite", "verbose", "terse", "imperative", "hedged"]


def bare(ref: str) -> str:
    """A shape's name without its article, as a compressed question says it ("the triangle": "triangle")."""
    return ref.removeprefix("the ")


def shapes_word(n: int) -> str:
    return "shape" if n == 1 else "shapes"


# count


@template("count", "what is the total count of kinds present in the image?", "lexical")
def _(v, rng):
    return count_kinds(v, lambda k: f"What is the total count of {PLURAL[k]} present in the image?")


@template("count", "what is the quantity of colour shapes in the picture?", "lexical")
def _(v, rng):
    return count_colours(v, lambda c: f"What is the quantity of {c} shapes in the picture?")


@template("count", "of the shapes in the image, how many are colour?", "restructure")
def _(v, rng):
    return count_colours(v, lambda c: f"Of the shapes in the image, how many are {c}?")


@template("count", "could you tell me the number of kinds in the image?", "polite")
def _(v, rng):
    return count_kinds(v, lambda k: f"Could you tell me the number of {PLURAL[k]} in the image?")


@template("count", "would you mind counting the colour kinds for me?", "polite")
def _(v, rng):
    return count_colour_kinds(v, lambda c, k: f"Would you mind counting the {c} {PLURAL[k]} for me?")


@template("count", "in the image provided, what is the overall number of shapes that can be seen?", "verbose")
def _(v, rng):
    return [("In the image provided, what is the overall number of shapes that can be seen?", str(v.n))]


@template("count", "kind count?", "terse")
def _(v, rng):
    return count_kinds(v, lambda k: f"{cap(k)} count?")


@template("count", "number of shapes in total?", "terse")
def _(v, rng):
    return [("Number of shapes in total?", str(v.n))]


@template("count", "count the kinds in the image and give the total.", "imperative")
def _(v, rng):
    return count_kinds(v, lambda k: f"Count the {PLURAL[k]} in the image and give the total.")


@template("count", "state how many colour kinds appear in the picture.", "imperative")
def _(v, rng):
    return count_colour_kinds(v, lambda c, k: f"State how many {c} {PLURAL[k]} appear in the picture.")


@template("count", "is it the case that there are exactly N kinds in the image?", "hedged")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for n, gold in claims(v.kinds[k], rng):
            out.append((f"Is it the case that {there(n)} exactly {some(n, k)} in the image?", gold))
    return out


@template("count", "would it be accurate to say that the image contains N shapes in total?", "hedged")
def _(v, rng):
    return [
        (f"Would it be accurate to say that the image contains {WORDS[n]} {shapes_word(n)} in total?", gold)
        for n, gold in claims(v.n, rng)
    ]


# exist


@template("exist", "does a colour-colored shape appear in the image?", "lexical")
def _(v, rng):
    return exist_colours(v, lambda c: f"Does {article(c)} {c}-colored shape appear in the image?")


@template("exist", "is a kind visible anywhere in the picture?", "lexical")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Is a {k} visible anywhere in the picture?")


@template("exist", "among the shapes, is there one that is colour?", "restructure")
def _(v, rng):
    return exist_colours(v, lambda c: f"Among the shapes, is there one that is {c}?")


@template("exist", "is there, anywhere in the image, a colour kind?", "restructure")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Is there, anywhere in the image, {article(c)} {c} {k}?")


@template("exist", "can you identify whether a colour-colored shape appears?", "polite")
def _(v, rng):
    return exist_colours(v, lambda c: f"Can you identify whether {article(c)} {c}-colored shape appears?")


@template(
    "exist", "upon examining the image closely, is it possible to find at least one kind among the shapes?", "verbose"
)
def _(v, rng):
    return exist_kinds(
        v, lambda k: f"Upon examining the image closely, is it possible to find at least one {k} among the shapes?"
    )


@template("exist", "in the image provided, can a colour kind be spotted among the figures shown?", "verbose")
def _(v, rng):
    return exist_colour_kinds(
        v, lambda c, k: f"In the image provided, can {article(c)} {c} {k} be spotted among the figures shown?"
    )


@template("exist", "colour shape present?", "terse")
def _(v, rng):
    return exist_colours(v, lambda c: f"{cap(c)} shape present?")


@template("exist", "determine whether there is a kind in the image.", "imperative")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Determine whether there is a {k} in the image.")


@template("exist", "check if the picture contains a colour kind.", "imperative")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Check if the picture contains {article(c)} {c} {k}.")


@template("exist", "is it true that the image contains a colour shape?", "hedged")
def _(v, rng):
    return exist_colours(v, lambda c: f"Is it true that the image contains {article(c)} {c} shape?")


@template("exist", "would you say there is a kind in this picture?", "hedged")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Would you say there is a {k} in this picture?")


# colour


@template("colour", "which hue does the kind have?", "lexical")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Which hue does the {k} have?")


@template("colour", "the kind is what color?", "restructure")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"The {k} is what color?")


@template("colour", "as for the kind, what color is it?", "restructure")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"As for the {k}, what color is it?")


@template("colour", "would you mind telling me the color of the kind?", "polite")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Would you mind telling me the color of the {k}?")


@template("colour", "can you please let me know whether the kind is colour?", "polite")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Can you please let me know whether the {k} is {c}?")


@template("colour", "in the image provided, what color has been used to fill the kind?", "verbose")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"In the image provided, what color has been used to fill the {k}?")


@template("colour", "when you look at the kind shown in the image, which color does it appear to be?", "verbose")
def _(v, rng):
    return colour_of_kind(
        v, lambda k: f"When you look at the {k} shown in the image, which color does it appear to be?"
    )


@template("colour", "color of the kind?", "terse")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Color of the {k}?")


@template("colour", "kind: colour?", "terse")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"{cap(k)}: {c}?")


@template("colour", "describe the color of the kind.", "imperative")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Describe the color of the {k}.")


@template("colour", "is it the case that the kind is colored colour?", "hedged")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Is it the case that the {k} is colored {c}?")


@template("colour", "would you say that the kind is colour in color?", "hedged")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Would you say that the {k} is {c} in color?")


# kind


@template("kind", "what kind of geometric figure is colored colour?", "lexical")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"What kind of geometric figure is colored {c}?")


@template("kind", "which form does the colour object take?", "lexical")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Which form does the {c} object take?")


@template("kind", "the colour object is which shape?", "restructure")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"The {c} object is which shape?")


@template("kind", "colour is the color of which shape?", "restructure")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"{cap(c)} is the color of which shape?")


@template("kind", "could you tell me what type of shape the colour one is?", "polite")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Could you tell me what type of shape the {c} one is?")


@template("kind", "can you please confirm whether the colour shape is a kind?", "polite")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Can you please confirm whether the {c} shape is a {k}?")


@template("kind", "in the image provided, what is the geometric form of the object that is colored colour?", "verbose")
def _(v, rng):
    return kind_of_colour(
        v, lambda c: f"In the image provided, what is the geometric form of the object that is colored {c}?"
    )


@template("kind", "colour object's shape?", "terse")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"{cap(c)} object's shape?")


@template("kind", "colour one: kind?", "terse")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"{cap(c)} one: {k}?")


@template("kind", "identify the shape that is colored colour.", "imperative")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Identify the shape that is colored {c}.")


@template("kind", "name the type of figure shown in colour.", "imperative")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Name the type of figure shown in {c}.")


@template("kind", "is it the case that the colour shape is a kind?", "hedged")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Is it the case that the {c} shape is a {k}?")


# position in the frame


@template("position", "is A located on the left-hand side of the image?", "lexical")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Is {a} located on the left-hand side of the image?", lambda s: left(s, v))


@template("position", "is A situated in the upper half of the picture?", "lexical")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Is {a} situated in the upper half of the picture?", lambda s: top(s, v))


@template("position", "on which side of the image is A located, left or right?", "restructure")
def _(v, rng):
    return frame_choice(v, rng, lambda a, x, y: f"On which side of the image is {a} located, {x} or {y}?", "x")


@template("position", "could you tell me whether A is on the right side of the picture?", "polite")
def _(v, rng):
    return frame_side(
        v, rng, lambda a: f"Could you tell me whether {a} is on the right side of the picture?", lambda s: -left(s, v)
    )


@template("position", "in the image provided, is A positioned toward the bottom portion of the image?", "verbose")
def _(v, rng):
    return frame_side(
        v,
        rng,
        lambda a: f"In the image provided, is {a} positioned toward the bottom portion of the image?",
        lambda s: -top(s, v),
    )


@template(
    "position", "considering the layout of the picture, is A placed in the top half or the bottom half?", "verbose"
)
def _(v, rng):
    return frame_choice(
        v,
        rng,
        lambda a, x, y: f"Considering the layout of the picture, is {a} placed in the {x} half or the {y} half?",
        "y",
    )


@template("position", "A on left side?", "terse")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"{cap(bare(a))} on left side?", lambda s: left(s, v))


@template("position", "rightmost shape?", "terse")
def _(v, rng):
    s = extreme(v, lambda s: -s.cx)
    return [("Rightmost shape?", which_one(v, s))] if s else []


@template("position", "identify the shape that is closest to the bottom of the image.", "imperative")
def _(v, rng):
    s = extreme(v, lambda s: -s.cy)
    return [("Identify the shape that is closest to the bottom of the image.", which_one(v, s))] if s else []


@template("position", "determine whether A lies on the right-hand side of the image.", "imperative")
def _(v, rng):
    return frame_side(
        v, rng, lambda a: f"Determine whether {a} lies on the right-hand side of the image.", lambda s: -left(s, v)
    )


@template("position", "would you say that the colour shape is the highest one in the image?", "hedged")
def _(v, rng):
    return is_extreme(v, lambda c: f"Would you say that the {c} shape is the highest one in the image?", lambda s: s.cy)


# relations between two shapes


@template("relation", "is A positioned to the left of B?", "lexical")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is {a} positioned to the left of {b}?", lambda a, b: b.cx - a.cx)


@template("relation", "relative to B, is A further up?", "restructure")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Relative to {b}, is {a} further up?", lambda a, b: b.cy - a.cy)


@template("relation", "compared to B, is A on the left or on the right?", "restructure")
def _(v, rng):
    return relation_choice(
        v,
        rng,
        lambda a, b, x, y: f"Compared to {b}, is {a} on the {x} or on the {y}?",
        lambda a, b: b.cx - a.cx,
        ("left", "right"),
    )


@template("relation", "could you tell me whether A is located above B?", "polite")
def _(v, rng):
    return relation(
        v, rng, lambda a, b: f"Could you tell me whether {a} is located above {b}?", lambda a, b: b.cy - a.cy
    )


@template("relation", "would you kindly indicate whether A lies to the right of B?", "polite")
def _(v, rng):
    return relation(
        v,
        rng,
        lambda a, b: f"Would you kindly indicate whether {a} lies to the right of {b}?",
        lambda a, b: a.cx - b.cx,
    )


@template(
    "relation", "in the image provided, when comparing their positions, does A appear to the left of B?", "verbose"
)
def _(v, rng):
    return relation(
        v,
        rng,
        lambda a, b: f"In the image provided, when comparing their positions, does {a} appear to the left of {b}?",
        lambda a, b: b.cx - a.cx,
    )


@template("relation", "A left of B?", "terse")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"{cap(bare(a))} left of {bare(b)}?", lambda a, b: b.cx - a.cx)


@template("relation", "A above or below B?", "terse")
def _(v, rng):
    return relation_choice(
        v,
        rng,
        lambda a, b, x, y: f"{cap(bare(a))} {x} or {y} {bare(b)}?",
        lambda a, b: b.cy - a.cy,
        ("above", "below"),
    )


@template("relation", "indicate which is further to the right, A or B.", "imperative")
def _(v, rng):
    return which_of_two(
        v,
        rng,
        lambda x, y: f"Indicate which is further to the right, {x} or {y}.",
        lambda a, b: a.cx - b.cx >= v.margin,
    )


@template("relation", "would you say that A is positioned to the left of B?", "hedged")
def _(v, rng):
    return relation(
        v, rng, lambda a, b: f"Would you say that {a} is positioned to the left of {b}?", lambda a, b: b.cx - a.cx
    )


@template("relation", "is it true that A lies above B?", "hedged")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is it true that {a} lies above {b}?", lambda a, b: b.cy - a.cy)


# size


@template("size", "is A larger in size than B?", "lexical")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Is {a} larger in size than {b}?")


@template("size", "among all the shapes, which one is the biggest in size?", "restructure")
def _(v, rng):
    s = largest(v)
    return [("Among all the shapes, which one is the biggest in size?", which_one(v, s))] if s else []


@template("size", "could you tell me which shape is the smallest?", "polite")
def _(v, rng):
    s = smallest(v)
    return [("Could you tell me which shape is the smallest?", which_one(v, s))] if s else []


@template("size", "would you mind letting me know if A is bigger than B?", "polite")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Would you mind letting me know if {a} is bigger than {b}?")


@template(
    "size", "looking at all of the shapes in the image, which one takes up the greatest amount of space?", "verbose"
)
def _(v, rng):
    s = largest(v)
    text = "Looking at all of the shapes in the image, which one takes up the greatest amount of space?"
    return [(text, which_one(v, s))] if s else []


@template("size", "in the image provided, what color is the shape that is the largest of all?", "verbose")
def _(v, rng):
    s = largest(v)
    return [("In the image provided, what color is the shape that is the largest of all?", s.colour)] if s else []


@template("size", "largest shape?", "terse")
def _(v, rng):
    s = largest(v)
    return [("Largest shape?", which_one(v, s))] if s else []


@template("size", "identify the smallest shape in the image.", "imperative")
def _(v, rng):
    s = smallest(v)
    return [("Identify the smallest shape in the image.", which_one(v, s))] if s else []


@template("size", "determine whether A is smaller than B.", "imperative")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Determine whether {a} is smaller than {b}.", bigger=False)


@template("size", "is it the case that A is the biggest shape?", "hedged")
def _(v, rng):
    return is_largest(v, rng, lambda a: f"Is it the case that {a} is the biggest shape?")


@template("size", "would you say A is smaller than B?", "hedged")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Would you say {a} is smaller than {b}?", bigger=False)


# comparing counts


@template("compare", "do kinds outnumber kinds in this picture?", "lexical")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Do {a} outnumber {b} in this picture?")


@template("compare", "compared with the number of kinds, are there more kinds?", "restructure")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Compared with the number of {b}, are there more {a}?")


@template("compare", "which are there more of, kinds or kinds?", "restructure")
def _(v, rng):
    return kinds_choice(v, rng, lambda a, b: f"Which are there more of, {a} or {b}?")


@template("compare", "could you tell me whether there are fewer kinds than kinds?", "polite")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Could you tell me whether there are fewer {a} than {b}?", fewer=True)


@template(
    "compare",
    "when you compare the number of kinds with the number of kinds in the image, is the number of kinds greater?",
    "verbose",
)
def _(v, rng):
    return more_kinds(
        v,
        lambda a, b: (
            f"When you compare the number of {a} with the number of {b} in the image, is the number of {a} greater?"
        ),
    )


@template(
    "compare",
    "in the image provided, is the number of colour shapes the same as the number of colour shapes?",
    "verbose",
)
def _(v, rng):
    return same_colours(
        v, lambda a, b: f"In the image provided, is the number of {a} shapes the same as the number of {b} shapes?"
    )


@template("compare", "more kinds than kinds?", "terse")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"More {a} than {b}?")


@template("compare", "same number of kinds and kinds?", "terse")
def _(v, rng):
    return same_kinds(v, lambda a, b: f"Same number of {PLURAL[a]} and {PLURAL[b]}?")


@template("compare", "identify which color appears more often, colour or colour.", "imperative")
def _(v, rng):
    return colours_choice(v, rng, lambda a, b: f"Identify which color appears more often, {a} or {b}.")


@template("compare", "is it the case that kinds are fewer in number than kinds?", "hedged")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Is it the case that {a} are fewer in number than {b}?", fewer=True)


@template("compare", "would you say the kinds and the kinds are equal in number?", "hedged")
def _(v, rng):
    return same_kinds(v, lambda a, b: f"Would you say the {PLURAL[a]} and the {PLURAL[b]} are equal in number?")


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- run


pick_questions = spoken.question_picker(TEMPLATES, Item)


def main() -> None:
    wording = spoken.Wording(
        TEMPLATES, OPERATIONS, pick_questions, "operation", "By paraphrase operation (how the seed was reworded):"
    )
    rephrased = replace(
        wording,
        columns="family / operation / wording",
        width=22,
        template_width=None,
        normalise=personas.normalise,
        group_of=lambda item: item.operation,
    )
    spoken.run_wording(__doc__, rephrased)


if __name__ == "__main__":
    main()
