"""How nsvr copes with questions about flat shape drawings asked in the many sentence structures English allows.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures, ground truth,
rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery) and
``shape_scenes_spoken.py`` (the sibling blind wording benchmark whose structure, command line, output, yes/no
balancing and scoring this follows, and some of whose question makers it imports, with those it imports from
``shape_scenes_typos.py``). They were fixed before the first run (saved beside this script as
``shape_scenes_syntax_first_run.txt``) and not tuned to nsvr's answers afterwards, so they measure how far nsvr
reaches into sentence structures it was not shown, not its own phrasings.

Images: the askers' generator, unchanged (``askers.make_scene``): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, 1-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon,
hexagon, star) in eight saturated fills, never overlapping, never cut by the border; the truth of every shape
(kind, colour, box, centre, area) is exact.

Questions: 103 templates, each labelled with one construction (style) and one family; the same meanings as the
plain questions, in other syntax. Styles:
  passive      "is the circle placed to the left of the square", "is the triangle being overlapped by the red
               shape" (always no: shapes never overlap here), "by which shape is the circle surpassed in size",
               "how many shapes are coloured blue", "is any shape drawn in red", "is the circle painted red";
  cleft        "is it the circle that is red", "what is it that is to the left of the square", "it's the triangle
               that's the biggest, isn't it" (the only negative tag), "which colour is it that the square has",
               and pseudo-clefts "what i'd like to know is whether ...";
  fronted      a fronted or dislocated phrase: "red, is that the colour of the circle", "to the left of the square,
               is there a circle", "of the shapes, how many are triangles", "above the blue shape, what is there",
               "the biggest shape, what colour is it";
  relative     a relative clause: "what colour is the shape that is left of the circle", "how many shapes that are
               red are there", "is the shape which is biggest a square", "the shape whose colour is green: what is
               it";
  coordinated  two clauses or phrases joined: "is the circle red and is the square blue" (yes only if both), "are
               the circle and the square both on the left", "how many circles and squares are there in total",
               "is the triangle either red or green";
  negated      "is the circle not red", "is there no triangle", "which shape is not a circle" (only where exactly
               one is not), "are none of the shapes green", "how many shapes aren't blue";
  wh_in_situ   the question word left in place: "the circle is what colour", "the biggest shape is a what",
               "there are how many triangles", "the red shape is on which side";
  existential  "does there exist a red square", "is there any shape that is green", "can a triangle be seen",
               "does the picture have a circle in it", "are any squares present", "is there anything above ...";
  comparative  "is the circle larger in size than the square", "does the square have a larger area than ...",
               "which of the two is higher up, the circle or the square", "is the red shape as big as the blue
               shape", "are there as many circles as squares", "how many more circles than squares are there".
Families (what is asked) as the spoken benchmark's: count, exist, colour, kind, position, relation, size and
compare. Every style has at least 11 templates and every family at least 10.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``):
"the triangle" only when there is exactly one triangle, "the red one" only when exactly one shape is red (and "a
triangle" / "a red shape" in a fronted "is there" only of such a shape); a square is never asked about as a
rectangle, nor "the rectangle" said when there is a square, nor "a square or a rectangle" offered; an absent colour
is never one a viewer might give a present colour's shade (``CONFUSABLE``); position words need a margin of 15% of
the image side (from the middle for "on the left side", between centres for "left of", between the first and the
second shape for "highest"); size words need areas differing by a factor of 1.8. Constructions with several parts
are asked only where every part is clear or one clear part already decides: "are A and B both on the left" is no
where one is clearly on the right, "is there anything above A" is no only where every other shape is clearly below
it, "is A bigger than both B and C" no where A is clearly smaller than one. "Which shape is not a circle" (or "not
on the left side", "by which shape is A surpassed in size", "what is it that is to the left of A", "A is to the
left of what") is asked only where exactly one shape fits and every other clearly does not. "As big as" and "as
many as" are asked only where they are plainly true (areas within 10% of each other, the same count) or plainly
false whichever way they are read (A clearly smaller, or fewer): never where A is bigger, which "at least as big"
would make true. A number confirmed wrongly is always more than the truth, never fewer. Negated yes/no questions
answer the literal question ("is the circle not red" of a red circle: no). Within a template, the gold is drawn
first among the golds the picture offers, and where it offers both yes and no, the one its family has had fewer
times so far is taken, so yes and no are balanced by construction (their counts per family are printed).

Scoring: the spoken benchmark's ``normalise`` with the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical; case, punctuation and articles dropped, "grey" -> "gray", number words -> digits; shape and tone words
dropped from a colour answer, colour words from a shape answer; a gold "A|B" takes either; an answer "unknown" is
unknown; a second look without the function words of a place or a group, so "on the left side" answers "left").
"Which shape ..." golds are the kind, or also the colour where no other shape has it. "Is the triangle either red
or green" (or "either a circle or a square") takes yes / no or the triangle's own colour (kind) as its answer: gold
"yes|red" or "no|blue"; such a gold counts as its yes / no in the balance.

    python examples/benchmarks/shape_scenes_syntax.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_syntax.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by style and by template, the 15
worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``, every
unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from shape_bench_common import (
    article,
    cap,
    new_templates,
    yn,
)
from shape_scenes_askers import (
    PLURAL,
    SIZE_RATIO,
    Shape,
    View,
    colour_pairs,
    extreme,
    kind_pairs,
    lone_beside,
    side_answer,
)
from shape_scenes_spoken import (  # the spoken benchmark's question makers and scoring
    Wording,
    claims,
    colour_is_kind,
    frame_side,
    more_colours,
    more_kinds,
    much_bigger,
    other_kind,
    question_picker,
    relation,
    run_wording,
    size_yn,
    smallest,
    some,
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
    style: str


TEMPLATES, template = new_templates()  # template(family, name, style)
STYLES = [
    "passive", "cleft", "fronted", "relative", "coordinated", "negated", "wh_in_situ", "existential", "comparative",
]  # fmt: skip
SAME_SIZE = 1.1  # areas within this factor of each other are "as big as" each other


def polarity(gold: str) -> str:
    """The yes / no of a gold ("yes|red" is yes), or the gold itself."""
    return gold.split("|")[0]


def flip(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The golds of the negated questions: yes for no and no for yes."""
    return [(text, "no" if gold == "yes" else "yes") for text, gold in found]


def a_ref(v: View, s: Shape, rng: np.random.Generator) -> tuple[str, str] | None:
    """An indefinite phrase for ``s`` that still names it alone ("a circle" of the only circle, "a red shape" of
    the only red shape), and what names it in an answer."""
    options = []
    if v.kind_ref(s):
        options.append((f"{article(s.kind)} {s.kind}", s.kind))
    if v.colours[s.colour] == 1:
        options.append((f"{article(s.colour)} {s.colour} shape", s.colour))
    return options[int(rng.integers(len(options)))] if options else None


def left_of(a: Shape, b: Shape) -> float:
    return b.cx - a.cx


def above(a: Shape, b: Shape) -> float:
    return b.cy - a.cy


def below(a: Shape, b: Shape) -> float:
    return a.cy - b.cy


def frame_left(v: View) -> Callable[[Shape], float]:
    return lambda s: v.w / 2 - s.cx


def frame_top(v: View) -> Callable[[Shape], float]:
    return lambda s: v.w / 2 - s.cy


def all_kinds_but(v: View, s: Shape) -> list[str]:
    """The kinds to ask "is it a <kind>" of ``s``: never "a rectangle" of a square."""
    return [k for k in v.active if not (k == "rectangle" and s.kind == "square")]


def beside(v: View, rng: np.random.Generator, offset: Callable[[Shape, Shape], float], say, answer):
    """Questions about the one shape lying that way (``offset(a, b)``: how far A lies that way from B) from a named
    shape B, every other shape clearly the other way: ``say(B's phrase)``, gold ``answer(A)``."""
    out = []
    for b in v.shapes:
        a, rb = lone_beside(v, b, offset), v.ref(b, rng)
        if a and rb:
            out.append((say(rb[0]), answer(a)))
    return out


def both_sides(sides: list[str | None]) -> str | None:
    """The gold of a conjunction of yes / no parts (None: unclear): no where one part is clearly no, yes where
    every part is yes, else None."""
    if "no" in sides:
        return "no"
    return "yes" if all(s == "yes" for s in sides) else None


# count


@template("count", "how many shapes are coloured colour?", "passive")
def _(v, rng):
    return count_colours(v, lambda c: f"How many shapes are coloured {c}?")


@template("count", "how many kinds are drawn?", "passive")
def _(v, rng):
    return count_kinds(v, lambda k: f"How many {PLURAL[k]} are drawn?")


@template("count", "is it N kinds that the picture shows?", "cleft")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for n, gold in claims(v.kinds[k], rng):
            out.append((f"Is it {some(n, k)} that the picture shows?", gold))
    return out


@template("count", "what i'd like to know is how many shapes there are.", "cleft")
def _(v, rng):
    return [("What I'd like to know is how many shapes there are.", str(v.n))]


@template("count", "of the shapes, how many are kinds?", "fronted")
def _(v, rng):
    return count_kinds(v, lambda k: f"Of the shapes, how many are {PLURAL[k]}?")


@template("count", "colour shapes, how many are there?", "fronted")
def _(v, rng):
    return count_colours(v, lambda c: f"{cap(c)} shapes, how many are there?")


@template("count", "how many shapes that are colour are there?", "relative")
def _(v, rng):
    return count_colours(v, lambda c: f"How many shapes that are {c} are there?")


@template("count", "how many shapes that you can see are kinds?", "relative")
def _(v, rng):
    return count_kinds(v, lambda k: f"How many shapes that you can see are {PLURAL[k]}?")


@template("count", "how many kinds and kinds are there in total?", "coordinated")
def _(v, rng):
    kinds = v.askable_kinds()
    return [
        (f"How many {PLURAL[a]} and {PLURAL[b]} are there in total?", str(v.kinds[a] + v.kinds[b]))
        for i, a in enumerate(kinds)
        for b in kinds[i + 1 :]
        if {a, b} != {"square", "rectangle"}
    ]


@template("count", "how many shapes are colour or colour?", "coordinated")
def _(v, rng):
    colours = v.askable_colours()
    return [
        (f"How many shapes are {a} or {b}?", str(v.colours[a] + v.colours[b]))
        for i, a in enumerate(colours)
        for b in colours[i + 1 :]
        if v.colours[a] or v.colours[b]
    ]


@template("count", "how many shapes aren't colour?", "negated")
def _(v, rng):
    return [(f"How many shapes aren't {c}?", str(v.n - v.colours[c])) for c in v.askable_colours()]


@template("count", "how many shapes are not kinds?", "negated")
def _(v, rng):
    return [(f"How many shapes are not {PLURAL[k]}?", str(v.n - v.kinds[k])) for k in v.askable_kinds()]


@template("count", "there are how many kinds?", "wh_in_situ")
def _(v, rng):
    return count_kinds(v, lambda k: f"There are how many {PLURAL[k]}?")


@template("count", "the picture has how many shapes in it?", "wh_in_situ")
def _(v, rng):
    return [("The picture has how many shapes in it?", str(v.n))]


@template("count", "are there N kinds in the picture?", "existential")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for n, gold in claims(v.kinds[k], rng):
            out.append((f"{'Is' if n == 1 else 'Are'} there {some(n, k)} in the picture?", gold))
    return out


@template("count", "how many more kinds than kinds are there?", "comparative")
def _(v, rng):
    return [
        (f"How many more {PLURAL[a]} than {PLURAL[b]} are there?", str(v.kinds[a] - v.kinds[b]))
        for a, b in kind_pairs(v)
        if v.kinds[a] > v.kinds[b]
    ]


# exist


@template("exist", "is any shape drawn in colour?", "passive")
def _(v, rng):
    return exist_colours(v, lambda c: f"Is any shape drawn in {c}?")


@template("exist", "what i'd like to know is whether there's a colour kind.", "cleft")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"What I'd like to know is whether there's {article(c)} {c} {k}.")


@template("exist", "colour kinds, are there any?", "fronted")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"{cap(c)} {PLURAL[k]}, are there any?")


@template("exist", "is there a kind that is colour?", "relative")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Is there a {k} that is {c}?")


@template("exist", "is there a kind and a kind?", "coordinated")
def _(v, rng):
    kinds = v.askable_kinds()
    return [
        (f"Is there {article(a)} {a} and {article(b)} {b}?", yn(v.kinds[a] > 0 and v.kinds[b] > 0))
        for i, a in enumerate(kinds)
        for b in kinds[i + 1 :]
        if {a, b} != {"square", "rectangle"}
    ]


@template("exist", "is there no kind?", "negated")
def _(v, rng):
    return [(f"Is there no {k}?", yn(v.kinds[k] == 0)) for k in v.askable_kinds()]


@template("exist", "are none of the shapes colour?", "negated")
def _(v, rng):
    return [(f"Are none of the shapes {c}?", yn(v.colours[c] == 0)) for c in v.askable_colours()]


@template("exist", "does there exist a colour kind?", "existential")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Does there exist {article(c)} {c} {k}?")


@template("exist", "is there any shape that is colour?", "existential")
def _(v, rng):
    return exist_colours(v, lambda c: f"Is there any shape that is {c}?")


@template("exist", "can a kind be seen?", "existential")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Can {article(k)} {k} be seen?")


@template("exist", "does the picture have a kind in it?", "existential")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Does the picture have {article(k)} {k} in it?")


@template("exist", "are any kinds present?", "existential")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Are any {PLURAL[k]} present?")


# colour


@template("colour", "is the kind painted colour?", "passive")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Is the {k} painted {c}?")


@template("colour", "is it the kind that is colour?", "cleft")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        if v.colours[s.colour] != 1:
            continue  # another shape shares its colour: "is it the circle that is red" would be half true
        out.append((f"Is it the {s.kind} that is {s.colour}?", "yes"))
        for t in v.unique_colours():
            if t is not s:
                out.append((f"Is it the {s.kind} that is {t.colour}?", "no"))
    return out


@template("colour", "which colour is it that the kind has?", "cleft")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Which colour is it that the {k} has?")


@template("colour", "colour, is that the colour of the kind?", "fronted")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"{cap(c)}, is that the colour of the {k}?")


@template("colour", "the colour of the kind, what is it?", "fronted")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"The colour of the {k}, what is it?")


@template("colour", "what colour is the shape that is a kind?", "relative")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"What colour is the shape that is {article(k)} {k}?")


@template("colour", "is the kind colour and is the kind colour?", "coordinated")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        if not (v.kind_ref(a) and v.kind_ref(b)):
            continue
        out.append((f"Is the {a.kind} {a.colour} and is the {b.kind} {b.colour}?", "yes"))
        ca, cb = a.colour, b.colour
        if rng.random() < 0.5:
            ca = v.other_colour(a.colour, rng)
        else:
            cb = v.other_colour(b.colour, rng)
        out.append((f"Is the {a.kind} {ca} and is the {b.kind} {cb}?", "no"))
    return out


@template("colour", "is the kind either colour or colour?", "coordinated")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        x, y = s.colour, v.other_colour(s.colour, rng)
        x, y = (x, y) if rng.random() < 0.5 else (y, x)
        out.append((f"Is the {s.kind} either {x} or {y}?", f"yes|{s.colour}"))
        x = v.other_colour(s.colour, rng)
        y = v.other_colour(s.colour, rng)
        for _ in range(20):
            if y != x:
                break
            y = v.other_colour(s.colour, rng)
        if y != x:
            out.append((f"Is the {s.kind} either {x} or {y}?", f"no|{s.colour}"))
    return out


@template("colour", "is the kind not colour?", "negated")
def _(v, rng):
    return flip(kind_is_colour(v, rng, lambda k, c: f"Is the {k} not {c}?"))


@template("colour", "the kind is what colour?", "wh_in_situ")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"The {k} is what colour?")


@template("colour", "is there any colour on the kind?", "existential")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Is there any {c} on the {k}?")


@template("colour", "is the kind the same colour as the kind?", "comparative")
def _(v, rng):
    return [
        (f"Is the {a.kind} the same colour as the {b.kind}?", yn(a.colour == b.colour))
        for a, b in v.pairs()
        if v.kind_ref(a) and v.kind_ref(b)
    ]


# kind


@template("kind", "which shape is filled with colour?", "passive")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Which shape is filled with {c}?")


@template("kind", "what shape is it that is colour?", "cleft")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"What shape is it that is {c}?")


@template("kind", "a kind, is that what the colour shape is?", "fronted")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"{cap(article(k))} {k}, is that what the {c} shape is?")


@template("kind", "the shape whose colour is colour: what is it?", "relative")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"The shape whose colour is {c}: what is it?")


@template("kind", "is the shape that is colour a kind?", "relative")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Is the shape that is {c} {article(k)} {k}?")


@template("kind", "are the colour shape and the colour shape both kinds?", "coordinated")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        if v.colours[a.colour] != 1 or v.colours[b.colour] != 1:
            continue
        for k in v.active:
            if k == "rectangle" and "square" in (a.kind, b.kind):
                continue  # a square is a rectangle too: not asked
            gold = yn(a.kind == k and b.kind == k)
            out.append((f"Are the {a.colour} shape and the {b.colour} shape both {PLURAL[k]}?", gold))
    return out


@template("kind", "is the colour shape either a kind or a kind?", "coordinated")
def _(v, rng):
    out = []
    square_pair = {"square", "rectangle"}
    for s in v.unique_colours():
        x, y = s.kind, other_kind(v, s.kind, rng)
        x, y = (x, y) if rng.random() < 0.5 else (y, x)
        out.append((f"Is the {s.colour} shape either {article(x)} {x} or {article(y)} {y}?", f"yes|{s.kind}"))
        others = [k for k in v.active if k != s.kind and {k, s.kind} != square_pair]
        pairs = [(x, y) for x in others for y in others if x != y and {x, y} != square_pair]
        if pairs:
            x, y = pairs[int(rng.integers(len(pairs)))]
            out.append((f"Is the {s.colour} shape either {article(x)} {x} or {article(y)} {y}?", f"no|{s.kind}"))
    return out


@template("kind", "which shape is not a kind?", "negated")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        odd = [s for s in v.shapes if s.kind != k]
        if v.n >= 2 and len(odd) == 1:
            out.append((f"Which shape is not {article(k)} {k}?", which_one(v, odd[0])))
    return out


@template("kind", "is the colour shape not a kind?", "negated")
def _(v, rng):
    return flip(colour_is_kind(v, lambda c, k: f"Is the {c} shape not {article(k)} {k}?"))


@template("kind", "the colour one is a what?", "wh_in_situ")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"The {c} one is a what?")


# position in the frame


@template("position", "is A positioned on the left side of the picture?", "passive")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Is {a} positioned on the left side of the picture?", frame_left(v))


@template("position", "which shape is it that is highest up?", "cleft")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("Which shape is it that is highest up?", which_one(v, s))] if s else []


@template("position", "what i want to know is whether A is on the right side.", "cleft")
def _(v, rng):
    return frame_side(
        v, rng, lambda a: f"What I want to know is whether {a} is on the right side.", lambda s: s.cx - v.w / 2
    )


@template("position", "on the left side of the picture, is there a A?", "fronted")
def _(v, rng):
    out = []
    for s in v.shapes:
        gold, ref = side_answer(frame_left(v)(s), v.margin), a_ref(v, s, rng)
        if gold and ref:
            out.append((f"On the left side of the picture, is there {ref[0]}?", gold))
    return out


@template("position", "at the very top, which shape is there?", "fronted")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("At the very top, which shape is there?", which_one(v, s))] if s else []


@template("position", "is the shape that is colour in the bottom half of the picture?", "relative")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        gold = side_answer(s.cy - v.w / 2, v.margin)
        if gold:
            out.append((f"Is the shape that is {s.colour} in the bottom half of the picture?", gold))
    return out


@template("position", "are A and B both on the left?", "coordinated")
def _(v, rng):
    out = []
    for i, a in enumerate(v.shapes):
        for b in v.shapes[i + 1 :]:
            gold = both_sides([side_answer(frame_left(v)(s), v.margin) for s in (a, b)])
            ra, rb = v.ref(a, rng), v.ref(b, rng)
            if gold and ra and rb:
                out.append((f"Are {ra[0]} and {rb[0]} both on the left?", gold))
    return out


@template("position", "is A not on the left side?", "negated")
def _(v, rng):
    return flip(frame_side(v, rng, lambda a: f"Is {a} not on the left side?", frame_left(v)))


@template("position", "which shape is not on the left side?", "negated")
def _(v, rng):
    sides = [side_answer(frame_left(v)(s), v.margin) for s in v.shapes]
    if v.n >= 2 and sides.count("no") == 1 and sides.count("yes") == v.n - 1:
        return [("Which shape is not on the left side?", which_one(v, v.shapes[sides.index("no")]))]
    return []


@template("position", "A is on which side?", "wh_in_situ")
def _(v, rng):
    out = []
    for s in v.shapes:
        gold, ref = side_answer(frame_left(v)(s), v.margin), v.ref(s, rng)
        if gold and ref:
            out.append((f"{cap(ref[0])} is on which side?", "left" if gold == "yes" else "right"))
    return out


@template("position", "the highest shape is which one?", "wh_in_situ")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("The highest shape is which one?", which_one(v, s))] if s else []


@template("position", "is there a shape on the <side> side of the picture?", "existential")
def _(v, rng):
    ways = {
        "left": frame_left(v),
        "right": lambda s: s.cx - v.w / 2,
        "top": frame_top(v),
        "bottom": lambda s: s.cy - v.w / 2,
    }
    out = []
    for side, offset in ways.items():
        sides = [side_answer(offset(s), v.margin) for s in v.shapes]
        gold = "yes" if "yes" in sides else "no" if all(s == "no" for s in sides) else None
        if gold:
            out.append((f"Is there a shape on the {side} side of the picture?", gold))
    return out


@template("position", "is A closer to the top than to the bottom?", "comparative")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Is {a} closer to the top than to the bottom?", frame_top(v))


@template("position", "which shape is further to the left than all the others?", "comparative")
def _(v, rng):
    s = extreme(v, lambda s: s.cx)
    return [("Which shape is further to the left than all the others?", which_one(v, s))] if s else []


# relations between two shapes


@template("relation", "is A placed to the left of B?", "passive")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is {a} placed to the left of {b}?", left_of)


@template("relation", "is A being overlapped by B?", "passive")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if ra and rb:
            out.append((f"Is {ra[0]} being overlapped by {rb[0]}?", "no"))  # shapes never overlap here
    return out


@template("relation", "what is it that is to the left of B?", "cleft")
def _(v, rng):
    return beside(v, rng, left_of, lambda b: f"What is it that is to the left of {b}?", lambda a: which_one(v, a))


@template("relation", "to the left of B, is there a A?", "fronted")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        gold, ra, rb = side_answer(left_of(a, b), v.margin), a_ref(v, a, rng), v.ref(b, rng)
        if gold and ra and rb:
            out.append((f"To the left of {rb[0]}, is there {ra[0]}?", gold))
    return out


@template("relation", "above B, what is there?", "fronted")
def _(v, rng):
    return beside(v, rng, above, lambda b: f"Above {b}, what is there?", lambda a: which_one(v, a))


@template("relation", "what colour is the shape that is left of B?", "relative")
def _(v, rng):
    return beside(v, rng, left_of, lambda b: f"What colour is the shape that is left of {b}?", lambda a: a.colour)


@template("relation", "is A a shape that lies below B?", "relative")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is {a} a shape that lies below {b}?", below)


@template("relation", "is A to the left of B and above it?", "coordinated")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        gold = both_sides([side_answer(left_of(a, b), v.margin), side_answer(above(a, b), v.margin)])
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if gold and ra and rb:
            out.append((f"Is {ra[0]} to the left of {rb[0]} and above it?", gold))
    return out


@template("relation", "is A not above B?", "negated")
def _(v, rng):
    return flip(relation(v, rng, lambda a, b: f"Is {a} not above {b}?", above))


@template("relation", "A is to the left of what?", "wh_in_situ")
def _(v, rng):
    out = []
    for a in v.shapes:
        b, ra = lone_beside(v, a, lambda x, a: x.cx - a.cx), v.ref(a, rng)
        if b and ra:
            out.append((f"{cap(ra[0])} is to the left of what?", which_one(v, b)))
    return out


@template("relation", "the shape left of B is what colour?", "wh_in_situ")
def _(v, rng):
    return beside(v, rng, left_of, lambda b: f"The shape left of {b} is what colour?", lambda a: a.colour)


@template("relation", "is there anything above B?", "existential")
def _(v, rng):
    out = []
    for b in v.shapes:
        sides = [side_answer(above(a, b), v.margin) for a in v.shapes if a is not b]
        gold = "yes" if "yes" in sides else "no" if sides and all(s == "no" for s in sides) else None
        rb = v.ref(b, rng)
        if gold and rb:
            out.append((f"Is there anything above {rb[0]}?", gold))
    return out


@template("relation", "which of the two is higher up, A or B?", "comparative")
def _(v, rng):
    return which_of_two(
        v, rng, lambda x, y: f"Which of the two is higher up, {x} or {y}?", lambda a, b: above(a, b) >= v.margin
    )


@template("relation", "is A further left than B?", "comparative")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is {a} further left than {b}?", left_of)


# size


@template("size", "by which shape is A surpassed in size?", "passive")
def _(v, rng):
    out = []
    for a in v.shapes:
        others = [b for b in v.shapes if b is not a]
        bigger = [b for b in others if b.area / a.area >= SIZE_RATIO]
        smaller = [b for b in others if a.area / b.area >= SIZE_RATIO]
        ra = v.ref(a, rng)
        if ra and len(bigger) == 1 and len(smaller) == len(others) - 1:
            out.append((f"By which shape is {ra[0]} surpassed in size?", which_one(v, bigger[0])))
    return out


@template("size", "is A exceeded in size by B?", "passive")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Is {a} exceeded in size by {b}?", bigger=False)


@template("size", "it's A that's the biggest, isn't it?", "cleft")
def _(v, rng):
    top = largest(v)
    out = []
    for s in v.shapes if top else []:
        ref = v.ref(s, rng)
        if ref:
            out.append((f"It's {ref[0]} that's the biggest, isn't it?", yn(s is top)))
    return out


@template("size", "of A and B, which is bigger?", "fronted")
def _(v, rng):
    return which_of_two(v, rng, lambda x, y: f"Of {x} and {y}, which is bigger?", much_bigger)


@template("size", "the biggest shape, what colour is it?", "fronted")
def _(v, rng):
    s = largest(v)
    return [("The biggest shape, what colour is it?", s.colour)] if s else []


@template("size", "is the shape which is biggest a kind?", "relative")
def _(v, rng):
    s = largest(v)
    if not s:
        return []
    return [(f"Is the shape which is biggest {article(k)} {k}?", yn(s.kind == k)) for k in all_kinds_but(v, s)]


@template("size", "what colour is the shape which is the smallest?", "relative")
def _(v, rng):
    s = smallest(v)
    return [("What colour is the shape which is the smallest?", s.colour)] if s else []


@template("size", "is A bigger than both B and C?", "coordinated")
def _(v, rng):
    out = []
    for a in v.shapes:
        for i, b in enumerate(v.shapes):
            for c in v.shapes[i + 1 :]:
                if a is b or a is c:
                    continue
                parts = [
                    "yes" if a.area / o.area >= SIZE_RATIO else "no" if o.area / a.area >= SIZE_RATIO else None
                    for o in (b, c)
                ]
                gold = both_sides(parts)
                ra, rb, rc = v.ref(a, rng), v.ref(b, rng), v.ref(c, rng)
                if gold and ra and rb and rc:
                    out.append((f"Is {ra[0]} bigger than both {rb[0]} and {rc[0]}?", gold))
    return out


@template("size", "is A not bigger than B?", "negated")
def _(v, rng):
    return flip(size_yn(v, rng, lambda a, b: f"Is {a} not bigger than {b}?"))


@template("size", "the biggest shape is a what?", "wh_in_situ")
def _(v, rng):
    s = largest(v)
    return [("The biggest shape is a what?", s.kind)] if s else []


@template("size", "the smallest shape is what colour?", "wh_in_situ")
def _(v, rng):
    s = smallest(v)
    return [("The smallest shape is what colour?", s.colour)] if s else []


@template("size", "is there a shape bigger than A?", "existential")
def _(v, rng):
    out = []
    for a in v.shapes:
        others = [b for b in v.shapes if b is not a]
        ref = v.ref(a, rng)
        if not others or not ref:
            continue
        if any(b.area / a.area >= SIZE_RATIO for b in others):
            out.append((f"Is there a shape bigger than {ref[0]}?", "yes"))
        elif all(a.area / b.area >= SIZE_RATIO for b in others):
            out.append((f"Is there a shape bigger than {ref[0]}?", "no"))
    return out


@template("size", "is A larger in size than B?", "comparative")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Is {a} larger in size than {b}?")


@template("size", "does A have a larger area than B?", "comparative")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Does {a} have a larger area than {b}?")


@template("size", "is A as big as B?", "comparative")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ratio = a.area / b.area
        gold = "yes" if 1 / SAME_SIZE <= ratio <= SAME_SIZE else "no" if 1 / ratio >= SIZE_RATIO else None
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if gold and ra and rb:
            out.append((f"Is {ra[0]} as big as {rb[0]}?", gold))
    return out


# comparing counts


@template("compare", "are more shapes coloured colour than colour?", "passive")
def _(v, rng):
    return more_colours(v, lambda a, b: f"Are more shapes coloured {a} than {b}?")


@template("compare", "is it the kinds that outnumber the kinds?", "cleft")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Is it the {a} that outnumber the {b}?")


@template("compare", "of kinds and kinds, are there more kinds?", "fronted")
def _(v, rng):
    def say(a: str, b: str) -> str:
        x, y = (a, b) if rng.random() < 0.5 else (b, a)
        return f"Of {x} and {y}, are there more {a}?"

    return more_kinds(v, say)


@template("compare", "are there more shapes that are colour than shapes that are colour?", "relative")
def _(v, rng):
    return more_colours(v, lambda a, b: f"Are there more shapes that are {a} than shapes that are {b}?")


@template("compare", "are there more kinds than kinds and kinds put together?", "coordinated")
def _(v, rng):
    kinds = v.askable_kinds()
    out = []
    for a in kinds:
        for i, b in enumerate(kinds):
            for c in kinds[i + 1 :]:
                if a in (b, c) or not (v.kinds[a] or v.kinds[b] or v.kinds[c]):
                    continue
                text = f"Are there more {PLURAL[a]} than {PLURAL[b]} and {PLURAL[c]} put together?"
                out.append((text, yn(v.kinds[a] > v.kinds[b] + v.kinds[c])))
    return out


@template("compare", "is the number of colour shapes not equal to the number of colour shapes?", "negated")
def _(v, rng):
    return [
        (
            f"Is the number of {a} shapes not equal to the number of {b} shapes?",
            yn(v.colours[a] != v.colours[b]),
        )
        for a, b in colour_pairs(v)
    ]


@template("compare", "there are more of which colour, colour or colour?", "wh_in_situ")
def _(v, rng):
    out = []
    for a, b in colour_pairs(v):
        if v.colours[a] > v.colours[b]:
            x, y = (a, b) if rng.random() < 0.5 else (b, a)
            out.append((f"There are more of which colour, {x} or {y}?", a))
    return out


@template("compare", "is there an equal number of kinds and kinds?", "existential")
def _(v, rng):
    return [
        (f"Is there an equal number of {PLURAL[a]} and {PLURAL[b]}?", yn(v.kinds[a] == v.kinds[b]))
        for a, b in kind_pairs(v)
    ]


@template("compare", "are there as many kinds as kinds?", "comparative")
def _(v, rng):
    return [
        (f"Are there as many {PLURAL[a]} as {PLURAL[b]}?", yn(v.kinds[a] == v.kinds[b]))
        for a, b in kind_pairs(v)
        if v.kinds[a] <= v.kinds[b]  # never more: "as many as" read as "at least as many" would be yes
    ]


@template("compare", "are there fewer kinds than kinds?", "comparative")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Are there fewer {a} than {b}?", fewer=True)


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- run


pick_questions = question_picker(TEMPLATES, Item, polarity)


def main() -> None:
    wording = Wording(TEMPLATES, STYLES, pick_questions, heading="By style (how it is built):", width=18)
    run_wording(__doc__, replace(wording, template_width=110, polarity=polarity))


if __name__ == "__main__":
    main()
