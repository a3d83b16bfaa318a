"""How nsvr copes with questions about flat shape drawings worded the way crowd workers write them, shown a picture.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, tools, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures, ground
truth, rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery),
``shape_scenes_spoken.py`` (the sibling blind wording benchmark whose command line, output, yes / no balancing and
scoring this follows, and whose question makers are reused by import), ``shape_scenes_typos.py`` (whose question
makers are reused by import) and ``shape_scenes_personas.py`` (the sibling whose structure this copies). They were
fixed before the first run (saved beside this script as ``shape_scenes_crowd_first_run.txt``; before it the script
was run on 5 images only to catch crashes, and no wording was changed after it; the first run asked a frozen
snapshot of nsvr) and not tuned to nsvr's answers afterwards, so they measure how far nsvr reaches into the
free-form wording of crowd workers asked to write a question about a picture (as in CLEVR-Humans, VQA v2, TallyQA
and GQA's human-written checks), not its own phrasings.

Images: the askers' generator, unchanged (``askers.make_scene``): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, 1-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon,
hexagon, star) in eight saturated fills, never overlapping, never cut by the border; the truth of every shape
(kind, colour, box, centre, area) is exact.

Questions: 92 templates, each labelled with one group (how the crowd words it) and one family. Groups:
  describing   a shape referred to by a description instead of its name: "the shape with three sides", "the round
               one", "the four-sided figure whose sides are all equal", "the thing in the top left corner", "the one
               on the left" (of two), "the big one" (of two); "How many shapes have four sides?", "Are there more
               round shapes than shapes with corners?";
  exclusive    "only", "other than", "not": "the only circle", "the shape that isn't a triangle", "Which shape is
               not red?", "Apart from the square, is there anything blue?", "Are there more circles than other
               shapes?";
  superlative  comparatives and superlatives worded freely: "Which of the shapes takes up the most space?", "Is
               the circle larger than the triangle?", "What is the color of the object located furthest to the
               left?", "Which kind of shape appears most often?", "What colour is the shape with the most sides?";
  tally        existence and counting worded freely: "Can you see any circles?", "What number of triangles are
               present?", "Are any of the objects green?", "How many of the objects are squares?", "Are there as
               many circles as squares?";
  embedded     a yes / no or a what question with a description embedded: "Is the object that is to the left of
               the square red?", "Is there a blue thing below the triangle?", "How many things are to the left of
               the circle?", "Are there more objects to the left of the square than to its right?";
  habits       workers' habits: American and British spelling ("color" / "colour", "gray" / "grey", "coloured"),
               missing question marks, capitals at random or on every word, "thing" / "object" / "item" / "figure"
               / "shape" used interchangeably;
  detail       a detail mentioned first: "There is a red object; what shape is it?", "The triangle — what colour is
               it?", "Triangles: how many are there in the picture?", "There is a circle and a square; which one is
               bigger?".
Families (what is asked) as the spoken benchmark's: count (how many, all / of a colour / of a kind / of a
description / on one side of a shape; "is there only one"), exist (is there a kind / colour / coloured kind /
described shape, one beside another, anything other than a kind), colour (of the one shape of a kind or of a
description; is it a colour), kind (the shape of the one shape of a colour, in a corner, on one side; is it a kind),
position (in the frame: left / right half, top / bottom, highest, lowest, leftmost, rightmost), relation (one shape
left of / right of / above / below another; "above or below"; which of two is higher or further left; the one shape
beside another), size (bigger / smaller, biggest / smallest, "the big one") and compare (more / fewer / as many /
the same number of kinds, colours or described shapes; the most common kind or colour). Every family has at least
11 wordings, every group at least 10.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``):
"the triangle" (or "the only triangle") only when there is exactly one triangle, "the red object" only when exactly
one shape is red; a square is never asked about as a rectangle, nor "the rectangle" said when there is a square, nor
"a square or a rectangle" offered; an absent colour is never one a viewer might give a present colour's shade
(``CONFUSABLE``); position words need a margin of 15% of the image side (from the middle for "in the left half",
between centres for "left of", between the first and the second shape for "furthest to the left" and "closest to the
top"); size words need areas differing by a factor of 1.8; counts compared must differ (or, for "the same number",
be the same or differ). Descriptions are this benchmark's own and name one shape only where the truth makes it the
only one: "the shape with three sides" (three corners, three-sided) only when exactly one shape has three sides
(likewise four: a square and a rectangle are both four-sided), "the round one" (circular, with no corners) only with
one circle, "the four-sided figure whose sides are all equal" only with one square, "the shape with two long sides
and two short ones" only with one rectangle and no square; "the thing in the top left corner" only when its centre
is in that quarter by the margin from both middle lines and every other shape is by the margin out of it; "the one on
the left" ("on top", "the big one", ...) only of two shapes, apart by the margin (by the size factor); "the object
that is to the left of X" only when it is the one shape by the margin left of X and every other is by the margin on
the right; "how many things are to the left of X" (bigger than X) only when every other shape is by the margin on one
side of X (by the factor bigger or smaller); "the shape that isn't a triangle" only when all but one are triangles;
"the shape with the most sides" only when one has more than any other (and no star is drawn). "Is there a blue thing
below X" is yes where a blue shape is by the margin below X, no where every blue shape (if any) is by the margin
above it. A question presupposing several shapes ("How many of the objects ...", "Which of the shapes ...") is asked
only of several. Within a template, the gold is drawn first among the golds the picture offers, and where it offers
both yes and no, the one its family has had fewer times so far is taken, so yes and no are balanced by construction
(their counts per family are printed).

Scoring: the spoken benchmark's ``normalise`` and the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical; case, punctuation and articles dropped, "grey" -> "gray", number words -> digits; shape and tone words
dropped from a colour answer, colour words from a shape answer; a gold "A|B" takes either; an answer "unknown" is
unknown; failing that, the answer read once more without the function words of a place or a group, so "on the left
side" answers "left" and "the red one" answers "red"). Golds of the choice forms: "above or below" -> "above" /
"below"; "top or bottom" (half) -> "top" / "bottom"; "A and B — which are there more of" -> the plural or the
singular kind; "more red shapes or blue shapes" and "which colour is the most common" -> the colour; "which kind of
shape appears most often" -> the plural or the singular kind; "which one is furthest right (biggest ...)", "which
shape is not red" -> its kind, or its colour where no other shape has that colour; "which is higher up, A or B" ->
the word that named it, or its kind or its colour where the other of the two differs in it.

    python examples/benchmarks/shape_scenes_crowd.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_crowd.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by group and by template, the 15
worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``, every
unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import shape_scenes_spoken as spoken  # the spoken benchmark's question makers, picking and reading of answers
from shape_bench_common import article, cap, new_templates, yn
from shape_scenes_askers import PLURAL, SIDES, SIZE_RATIO, Shape, View, colour_pairs, extreme, kind_pairs, lone_beside
from shape_scenes_askers import side_answer as clear
from shape_scenes_spoken import (
    WORDS,
    colour_is_kind,
    in_either_order,
    is_extreme,
    more_colours,
    more_kinds,
    smallest,
    which_one,
)
from shape_scenes_typos import (  # the ground-truth question makers the typos benchmark wrote
    brit,
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
    title,
)


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    group: str


TEMPLATES, template = new_templates()  # template(family, name, group)
GROUPS = ["describing", "exclusive", "superlative", "tally", "embedded", "habits", "detail"]
THINGS = ["thing", "object", "item", "figure", "shape"]

Ref = tuple[str, str]  # a noun phrase without its article naming one shape alone, and the word naming it in an answer
Refer = Callable[[View, Shape, np.random.Generator], "Ref | None"]


def thing(rng: np.random.Generator) -> str:
    """ "thing", "object", "item", "figure" or "shape": the crowd uses them interchangeably."""
    return pick(rng, THINGS)


def a(phrase: str) -> str:
    return f"{article(phrase)} {phrase}"


def random_caps(text: str, rng: np.random.Generator) -> str:
    """``text`` with some of its words capitalised at random, as a hurried worker's shift key leaves it."""
    return " ".join(cap(w) if rng.random() < 0.4 else w for w in text.split(" "))


# ------------------------------------------------------------------------------------------- naming one shape


def named(v: View, s: Shape, rng: np.random.Generator) -> Ref | None:
    """ "triangle" (the one triangle) or "red object" ("thing", "item" ...: the one red shape)."""
    options = []
    if v.kind_ref(s):
        options.append((s.kind, s.kind))
    if v.colours[s.colour] == 1:
        options.append((f"{s.colour} {thing(rng)}", s.colour))
    return options[int(rng.integers(len(options)))] if options else None


def by_kind(v: View, s: Shape, rng: np.random.Generator) -> Ref | None:
    return (s.kind, s.kind) if v.kind_ref(s) else None


def described(v: View, s: Shape, rng: np.random.Generator) -> Ref | None:
    """A description of ``s`` by its form that fits no other shape: "round one", "shape with three sides",
    "four-sided figure whose sides are all equal" ...; answered by its kind."""
    options = []
    t = thing(rng)
    if s.kind == "circle" and v.kinds["circle"] == 1:
        options += [f"round {t}", f"circular {t}", f"{t} with no corners", "round one"]
    n = SIDES.get(s.kind)
    if n and sum(1 for o in v.shapes if SIDES.get(o.kind) == n) == 1:
        options += [f"{t} with {WORDS[n]} sides", f"{WORDS[n]}-sided {t}", f"{t} with {WORDS[n]} corners"]
    if s.kind == "square" and v.kinds["square"] == 1:
        options += ["four-sided figure whose sides are all equal", f"{t} with four equal sides"]
    if s.kind == "rectangle" and v.kinds["rectangle"] == 1 and not v.kinds["square"]:
        options += [f"{t} with two long sides and two short ones"]
    if s.kind == "star" and v.kinds["star"] == 1:
        options += [f"star-shaped {t}"]
    return (pick(rng, options), s.kind) if options else None


def half(offset: float, margin: float, sides: tuple[str, str]) -> str | None:
    """``sides[0]`` where ``offset`` (towards it from the middle) clears the margin, ``sides[1]`` where it clears it
    the other way, else None."""
    return {"yes": sides[0], "no": sides[1], None: None}[clear(offset, margin)]


def in_corner(v: View, s: Shape, rng: np.random.Generator) -> Ref | None:
    """ "object in the top left corner": ``s`` in that quarter by the margin, every other shape out of it by the
    margin; answered by its kind."""
    middle, m = v.w / 2, v.margin
    h = half(middle - s.cx, m, ("left", "right"))
    up = half(middle - s.cy, m, ("top", "bottom"))
    if not h or not up:
        return None
    for o in v.shapes:
        if o is s:
            continue
        away_x = (o.cx - middle if h == "left" else middle - o.cx) >= m
        away_y = (o.cy - middle if up == "top" else middle - o.cy) >= m
        if not (away_x or away_y):
            return None
    t = thing(rng)
    upper = "upper" if up == "top" else "lower"
    return pick(rng, [f"{t} in the {up} {h} corner", f"{t} in the {up}-{h} corner", f"{t} at the {upper} {h}"]), s.kind


def of_two_place(v: View, s: Shape, rng: np.random.Generator) -> Ref | None:
    """Of two shapes apart by the margin: "one on the left", "upper object" ...; answered by its kind."""
    if v.n != 2:
        return None
    o = next(x for x in v.shapes if x is not s)
    t, options = thing(rng), []
    if o.cx - s.cx >= v.margin:
        options += ["one on the left", f"{t} on the left", "left one"]
    if s.cx - o.cx >= v.margin:
        options += ["one on the right", f"{t} on the right", "right one"]
    if o.cy - s.cy >= v.margin:
        options += ["one on top", f"upper {t}", "top one"]
    if s.cy - o.cy >= v.margin:
        options += ["one at the bottom", f"lower {t}", "bottom one"]
    return (pick(rng, options), s.kind) if options else None


def of_two_size(v: View, s: Shape, rng: np.random.Generator) -> Ref | None:
    """Of two shapes whose areas differ by the size factor: "big one", "little one" ...; answered by its kind."""
    if v.n != 2:
        return None
    o = next(x for x in v.shapes if x is not s)
    if s.area / o.area >= SIZE_RATIO:
        return pick(rng, ["big one", "bigger one", f"larger {thing(rng)}"]), s.kind
    if o.area / s.area >= SIZE_RATIO:
        return pick(rng, ["small one", "little one", f"smaller {thing(rng)}"]), s.kind
    return None


def pair_name(a: Shape, b: Shape, said: str) -> str:
    """The gold of "which is ..., A or B" for A: the word that named it, or its kind or its colour where B differs
    in it (never "rectangle" beside a square, which is a rectangle too)."""
    names = [said]
    if a.kind != b.kind and not (a.kind == "rectangle" and b.kind == "square"):
        names.append(a.kind)
    if a.colour != b.colour:
        names.append(a.colour)
    return "|".join(dict.fromkeys(names))


# ------------------------------------------------------------------------------------------- what is asked


def refs(v: View, rng: np.random.Generator, say: Callable[[str], str], refer: Refer, gold: Callable[[Shape], str]):
    """ "<what> the <ref>": each shape ``refer`` names alone, gold ``gold(s)``."""
    out = []
    for s in v.shapes:
        r = refer(v, s, rng)
        if r:
            out.append((say(r[0]), gold(s)))
    return out


def is_colour(v: View, rng: np.random.Generator, say: Callable[[str, str], str], refer: Refer):
    """yes / no for "is the <ref> <colour>": its own colour (yes) and one no viewer could take for it (no)."""
    out = []
    for s in v.shapes:
        r = refer(v, s, rng)
        if r:
            out.append((say(r[0], s.colour), "yes"))
            out.append((say(r[0], v.other_colour(s.colour, rng)), "no"))
    return out


def frame_side(v: View, rng: np.random.Generator, say: Callable[[str], str], offset: Callable[[Shape], float], refer):
    """yes / no for "is the <ref> on that side of the picture", ``offset(s)`` how far its centre lies that way from
    the middle."""
    out = []
    for s in v.shapes:
        gold, r = clear(offset(s), v.margin), refer(v, s, rng)
        if gold and r:
            out.append((say(r[0]), gold))
    return out


def frame_choice(v: View, rng: np.random.Generator, say: Callable[[str, str, str], str], refer: Refer):
    """ "is the <ref> in the top or the bottom half" (the two in either order): gold the half it is in."""
    out = []
    for s in v.shapes:
        gold, r = half(v.w / 2 - s.cy, v.margin, ("top", "bottom")), refer(v, s, rng)
        if gold and r:
            out.append((say(r[0], *in_either_order(rng, "top", "bottom")), gold))
    return out


def relation(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str, str], str],
    offset: Callable[[Shape, Shape], float],
    first: Refer = named,
    second: Refer = named,
):
    """yes / no for "is A <rel> B", ``offset(a, b)`` how far A lies that way from B (centres)."""
    out = []
    for x, y in v.pairs():
        gold, rx, ry = clear(offset(x, y), v.margin), first(v, x, rng), second(v, y, rng)
        if gold and rx and ry:
            out.append((say(rx[0], ry[0]), gold))
    return out


def relation_choice(v: View, rng: np.random.Generator, say: Callable[[str, str, str, str], str]):
    """ "is A above or below B" (the words in either order): gold "above" or "below"."""
    out = []
    for x, y in v.pairs():
        gold = half(y.cy - x.cy, v.margin, ("above", "below"))
        rx, ry = named(v, x, rng), named(v, y, rng)
        if gold and rx and ry:
            out.append((say(rx[0], ry[0], *in_either_order(rng, "above", "below")), gold))
    return out


def which_of(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str, str], str],
    lead: Callable[[Shape, Shape], bool],
    refer: Refer = named,
    gold: Callable[[Shape, Shape, str], str] = pair_name,
):
    """ "which is <so>, A or B" (in either order) where ``lead(a, b)``: A clearly is and B clearly is not."""
    out = []
    for x, y in v.pairs():
        rx, ry = refer(v, x, rng), refer(v, y, rng)
        if rx and ry and rx[0] != ry[0] and lead(x, y):
            out.append((say(*in_either_order(rng, rx[0], ry[0])), gold(x, y, rx[1])))
    return out


def much_bigger(x: Shape, y: Shape) -> bool:
    return x.area / y.area >= SIZE_RATIO


def size_yn(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str, str], str],
    bigger: bool = True,
    first: Refer = named,
    second: Refer = named,
):
    """yes / no for "is A bigger (smaller) than B", the areas differing by the size factor at least."""
    out = []
    for x, y in v.pairs():
        rx, ry = first(v, x, rng), second(v, y, rng)
        if rx and ry and (much_bigger(x, y) or much_bigger(y, x)):
            out.append((say(rx[0], ry[0]), yn(much_bigger(x, y) == bigger)))
    return out


def split(v: View, b: Shape, offset: Callable[[Shape, Shape], float]) -> tuple[int, int] | None:
    """How many other shapes lie by the margin that way from ``b`` and how many the other way (``offset(a, b)``:
    how far A lies that way from B); None where one lies within the margin."""
    ahead = sum(1 for x in v.shapes if x is not b and offset(x, b) >= v.margin)
    behind = sum(1 for x in v.shapes if x is not b and offset(x, b) <= -v.margin)
    return (ahead, behind) if ahead + behind == v.n - 1 else None


def size_split(v: View, b: Shape) -> tuple[int, int] | None:
    """How many other shapes are bigger than ``b`` by the size factor and how many smaller; None where one is
    neither."""
    bigger = sum(1 for x in v.shapes if x is not b and much_bigger(x, b))
    smaller = sum(1 for x in v.shapes if x is not b and much_bigger(b, x))
    return (bigger, smaller) if bigger + smaller == v.n - 1 else None


def any_that_way(v: View, b: Shape, match: Callable[[Shape], bool], offset: Callable[[Shape, Shape], float]):
    """yes where a shape ``match`` picks lies by the margin that way from ``b``; no where every one (if any) lies by
    the margin the other way; None otherwise."""
    found = [x for x in v.shapes if x is not b and match(x)]
    if any(offset(x, b) >= v.margin for x in found):
        return "yes"
    if all(offset(x, b) <= -v.margin for x in found):
        return "no"
    return None


def lone_then(v: View, rng: np.random.Generator, offset: Callable[[Shape, Shape], float], ask: Callable):
    """For each shape B that ``named`` names, the one shape lying that way from it (see ``lone_beside``) and
    ``ask(x, b, ref)``'s questions about it (a list of (question, gold))."""
    out = []
    for b in v.shapes:
        x, rb = lone_beside(v, b, offset), named(v, b, rng)
        if x and rb:
            out += ask(x, b, rb[0])
    return out


def left_of(x: Shape, y: Shape) -> float:
    return y.cx - x.cx


def right_of(x: Shape, y: Shape) -> float:
    return x.cx - y.cx


def above(x: Shape, y: Shape) -> float:
    return y.cy - x.cy


def below(x: Shape, y: Shape) -> float:
    return x.cy - y.cy


def the_one_not(v: View, test: Callable[[Shape], bool]) -> Shape | None:
    """The one shape ``test`` refuses, where it passes all the others (two shapes at least)."""
    out = [s for s in v.shapes if not test(s)]
    return out[0] if v.n >= 2 and len(out) == 1 else None


def most_sides(v: View) -> Shape | None:
    """The shape with more sides than any other (a circle has none); None with a star, whose sides go unasked."""
    if v.n < 2 or v.kinds["star"]:
        return None
    ranked = sorted(v.shapes, key=lambda s: -SIDES.get(s.kind, 0))
    return ranked[0] if SIDES.get(ranked[0].kind, 0) > SIDES.get(ranked[1].kind, 0) else None


def sided(v: View, n: int) -> int:
    return sum(1 for s in v.shapes if SIDES.get(s.kind) == n)


def side_counts(v: View) -> list[int]:
    """The numbers of sides worth asking about: 3 and 4, and with ``--more`` 5 and 6."""
    return [n for n in (3, 4, 5, 6) if any(SIDES.get(k) == n for k in v.active)]


def form_counts(v: View) -> dict[str, int]:
    """Descriptions of several shapes by their form and how many fit each."""
    counts = {"round shapes": v.kinds["circle"], "shapes with corners": v.n - v.kinds["circle"]}
    for n in side_counts(v):
        counts[f"{WORDS[n]}-sided shapes"] = sided(v, n)
    return counts


def most_common(counts: dict[str, int]) -> str | None:
    """The one name counted more than every other, at least twice."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]


# count


@template("count", "what number of kinds are present?", "tally")
def _(v, rng):
    return count_kinds(v, lambda k: f"What number of {PLURAL[k]} are present?")


@template("count", "how many of the objects are kinds?", "tally")
def _(v, rng):
    return count_kinds(v, lambda k: f"How many of the objects are {PLURAL[k]}?") if v.n >= 2 else []


@template("count", "how many of the items in the picture are colour?", "tally")
def _(v, rng):
    return count_colours(v, lambda c: f"How many of the items in the picture are {c}?") if v.n >= 2 else []


@template("count", "what is the total number of objects in the image?", "tally")
def _(v, rng):
    return [("What is the total number of objects in the image?", str(v.n))]


@template("count", "how many of the objects are in the left half of the picture?", "tally")
def _(v, rng):
    if v.n < 2 or any(abs(s.cx - v.w / 2) < v.margin for s in v.shapes):
        return []
    return [
        ("How many of the objects are in the left half of the picture?", str(sum(s.cx < v.w / 2 for s in v.shapes)))
    ]


@template("count", "how many colour things are in the picture", "habits")
def _(v, rng):
    return count_colours(v, lambda c: f"how many {brit(c)} {thing(rng)}s are in the picture")


@template("count", "how many shapes have N sides? / how many of the objects are round?", "describing")
def _(v, rng):
    out = [(f"How many shapes have {WORDS[n]} sides?", str(sided(v, n))) for n in side_counts(v)]
    return out + [("How many of the objects are round?", str(v.kinds["circle"]))] if v.n >= 2 else out


@template("count", "how many objects are not kinds?", "exclusive")
def _(v, rng):
    return [(f"How many objects are not {PLURAL[k]}?", str(v.n - v.kinds[k])) for k in v.askable_kinds()]


@template("count", "is there only one kind in the picture?", "exclusive")
def _(v, rng):
    return [(f"Is there only one {k} in the picture?", yn(v.kinds[k] == 1)) for k in v.askable_kinds() if v.kinds[k]]


@template("count", "kinds: how many are there in the picture?", "detail")
def _(v, rng):
    return count_kinds(v, lambda k: f"{cap(PLURAL[k])}: how many are there in the picture?")


@template("count", "how many things are to the left of the ref?", "embedded")
def _(v, rng):
    out = []
    for b in v.shapes:
        sides, rb = split(v, b, left_of), named(v, b, rng)
        if v.n >= 2 and sides and rb:
            out.append((f"How many things are to the left of the {rb[0]}?", str(sides[0])))
    return out


@template("count", "how many objects are bigger than the ref?", "embedded")
def _(v, rng):
    out = []
    for b in v.shapes:
        sizes, rb = size_split(v, b), named(v, b, rng)
        if v.n >= 2 and sizes and rb:
            out.append((f"How many objects are bigger than the {rb[0]}?", str(sizes[0])))
    return out


# exist


@template("exist", "can you see any kinds?", "tally")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Can you see any {PLURAL[k]}?")


@template("exist", "are any of the objects colour?", "tally")
def _(v, rng):
    return exist_colours(v, lambda c: f"Are any of the objects {c}?") if v.n >= 2 else []


@template("exist", "is at least one of the shapes a kind?", "tally")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Is at least one of the shapes a {k}?") if v.n >= 2 else []


@template("exist", "is there a colour item in the image", "habits")
def _(v, rng):
    return exist_colours(v, lambda c: f"is there {a(brit(c))} item in the image")


@template("exist", "Are There Any Colour Kinds", "habits")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: title(f"are there any {brit(c)} {PLURAL[k]}"))


@template("exist", "is there a shape with N sides? / is there anything round?", "describing")
def _(v, rng):
    out = [(f"Is there a shape with {WORDS[n]} sides?", yn(sided(v, n) > 0)) for n in side_counts(v)]
    return out + [("Is there anything round?", yn(v.kinds["circle"] > 0))]


@template("exist", "is there a colour thing below the ref?", "embedded")
def _(v, rng):
    out = []
    for b in v.shapes:
        rb = named(v, b, rng)
        for c in v.askable_colours() if rb else []:
            gold = any_that_way(v, b, lambda x, c=c: x.colour == c, below)
            if c != b.colour and gold:
                out.append((f"Is there {a(c)} {thing(rng)} below the {rb[0]}?", gold))
    return out


@template("exist", "is there a kind to the left of the ref?", "embedded")
def _(v, rng):
    out = []
    for b in v.shapes:
        rb = named(v, b, rng)
        for k in v.askable_kinds() if rb else []:
            gold = any_that_way(v, b, lambda x, k=k: x.kind == k, left_of)
            if gold:
                out.append((f"Is there a {k} to the left of the {rb[0]}?", gold))
    return out


@template("exist", "is there anything other than kinds in the picture?", "exclusive")
def _(v, rng):
    return [
        (f"Is there anything other than {PLURAL[k]} in the picture?", yn(v.n > v.kinds[k]))
        for k in v.askable_kinds()
        if v.kinds[k]
    ]


@template("exist", "a colour kind - is there one in this picture?", "detail")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"{cap(a(c))} {k} - is there one in this picture?")


@template("exist", "is there anything bigger than the ref?", "superlative")
def _(v, rng):
    out = []
    for b in v.shapes:
        rb = named(v, b, rng)
        others = [x for x in v.shapes if x is not b]
        if not rb or not others:
            continue
        if any(much_bigger(x, b) for x in others):
            out.append((f"Is there anything bigger than the {rb[0]}?", "yes"))
        elif all(much_bigger(b, x) for x in others):
            out.append((f"Is there anything bigger than the {rb[0]}?", "no"))
    return out


# colour


@template("colour", "what color is the <description>?", "describing")
def _(v, rng):
    return refs(v, rng, lambda r: f"What color is the {r}?", described, lambda s: s.colour)


@template("colour", "which colour is the thing in the <corner>?", "describing")
def _(v, rng):
    return refs(v, rng, lambda r: f"Which colour is the {r}?", in_corner, lambda s: s.colour)


@template("colour", "is the <description> colour?", "describing")
def _(v, rng):
    return is_colour(v, rng, lambda r, c: f"Is the {r} {c}?", described)


@template("colour", "what colour is the only kind?", "exclusive")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"What colour is the only {k}?")


@template("colour", "what colour is the shape that isn't a kind?", "exclusive")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        s = the_one_not(v, lambda x, k=k: x.kind == k)
        if s:
            out.append((f"What colour is the shape that isn't a {k}?", s.colour))
    return out


@template("colour", "is the only kind colour?", "exclusive")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Is the only {k} {c}?")


@template("colour", "there is a kind in the picture; what colour is it?", "detail")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"There is a {k} in the picture; what colour is it?")


@template("colour", "the kind — what colour is it?", "detail")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"The {k} — what colour is it?")


@template("colour", "what color is the kind in this image", "habits")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"what color is the {k} in this image")


@template("colour", "Is The Kind Colour", "habits")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: title(f"is the {k} {brit(c)}"))


@template("colour", "what colour is the shape with the most sides?", "superlative")
def _(v, rng):
    s = most_sides(v)
    return [("What colour is the shape with the most sides?", s.colour)] if s else []


# kind


@template("kind", "there is a colour object; what shape is it?", "detail")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"There is a {c} object; what shape is it?")


@template("kind", "the colour item — what shape is that?", "detail")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"The {c} item — what shape is that?")


@template("kind", "something in the picture is colour. what shape is it?", "detail")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Something in the picture is {c}. What shape is it?")


@template("kind", "what shape is the colour thing", "habits")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"what shape is the {brit(c)} thing")


@template("kind", "which shape is colour (random capitals, no question mark)", "habits")
def _(v, rng):
    return kind_of_colour(v, lambda c: random_caps(f"which shape is {c}", rng))


@template("kind", "is the colour figure a kind", "habits")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"is the {c} figure a {k}")


@template("kind", "what shape is the thing in the <corner>?", "describing")
def _(v, rng):
    return refs(v, rng, lambda r: f"What shape is the {r}?", in_corner, lambda s: s.kind)


@template("kind", "what shape is the one on the left (right, on top, at the bottom)? (of two)", "describing")
def _(v, rng):
    return refs(v, rng, lambda r: f"What shape is the {r}?", of_two_place, lambda s: s.kind)


@template("kind", "what shape is the only colour object?", "exclusive")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"What shape is the only {c} object?")


@template("kind", "which shape is not colour?", "exclusive")
def _(v, rng):
    out = []
    for c in v.colours:
        s = the_one_not(v, lambda x, c=c: x.colour == c)
        if s:
            out.append((f"Which shape is not {c}?", which_one(v, s)))
    return out


@template("kind", "is the only colour object a kind?", "exclusive")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Is the only {c} object a {k}?")


# position in the frame


@template("position", "what is the color of the object located furthest to the left?", "superlative")
def _(v, rng):
    s = extreme(v, lambda s: s.cx)
    return [("What is the color of the object located furthest to the left?", s.colour)] if s else []


@template("position", "what shape is the object that is closest to the top?", "superlative")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("What shape is the object that is closest to the top?", s.kind)] if s else []


@template("position", "which item is the farthest to the right?", "superlative")
def _(v, rng):
    s = extreme(v, lambda s: -s.cx)
    return [("Which item is the farthest to the right?", which_one(v, s))] if s else []


@template("position", "is the colour thing the lowest of all the shapes?", "superlative")
def _(v, rng):
    return is_extreme(v, lambda c: f"Is the {c} thing the lowest of all the shapes?", lambda s: -s.cy)


@template("position", "is the <description> in the left half of the image?", "describing")
def _(v, rng):
    return frame_side(
        v, rng, lambda r: f"Is the {r} in the left half of the image?", lambda s: v.w / 2 - s.cx, described
    )


@template("position", "where is the <description>: top or bottom?", "describing")
def _(v, rng):
    return frame_choice(v, rng, lambda r, x, y: f"Where is the {r}: {x} or {y}?", described)


@template("position", "is the ref on the left hand side of the image", "habits")
def _(v, rng):
    return frame_side(
        v, rng, lambda r: f"is the {r} on the left hand side of the image", lambda s: v.w / 2 - s.cx, named
    )


@template("position", "which object is at the very top (random capitals, no question mark)", "habits")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [(random_caps("which object is at the very top", rng), which_one(v, s))] if s else []


@template("position", "the ref: is it in the top half or the bottom half of the picture?", "detail")
def _(v, rng):
    return frame_choice(
        v, rng, lambda r, x, y: f"The {r}: is it in the {x} half or the {y} half of the picture?", named
    )


@template("position", "there's a kind in the picture. is it on the right?", "detail")
def _(v, rng):
    return frame_side(
        v, rng, lambda k: f"There's a {k} in the picture. Is it on the right?", lambda s: s.cx - v.w / 2, by_kind
    )


@template("position", "is the only kind near the bottom of the image?", "exclusive")
def _(v, rng):
    return frame_side(
        v, rng, lambda k: f"Is the only {k} near the bottom of the image?", lambda s: s.cy - v.w / 2, by_kind
    )


@template("position", "is the object below the ref on the right side of the picture?", "embedded")
def _(v, rng):
    def ask(x: Shape, b: Shape, rb: str) -> list[tuple[str, str]]:
        gold = clear(x.cx - v.w / 2, v.margin)
        return [(f"Is the object below the {rb} on the right side of the picture?", gold)] if gold else []

    return lone_then(v, rng, below, ask)


# relations between two shapes


@template("relation", "is the <description> to the left of the ref?", "describing")
def _(v, rng):
    return relation(v, rng, lambda x, y: f"Is the {x} to the left of the {y}?", left_of, described, named)


@template("relation", "which one is on the left, the <description> or the <description>?", "describing")
def _(v, rng):
    return which_of(
        v,
        rng,
        lambda x, y: f"Which one is on the left, the {x} or the {y}?",
        lambda x, y: left_of(x, y) >= v.margin,
        described,
        lambda x, y, said: which_one(v, x),
    )


@template("relation", "is the ref above the ref", "habits")
def _(v, rng):
    return relation(v, rng, lambda x, y: f"is the {x} above the {y}", above)


@template("relation", "the ref — is it above or below the ref?", "detail")
def _(v, rng):
    return relation_choice(v, rng, lambda x, y, p, q: f"The {x} — is it {p} or {q} the {y}?")


@template("relation", "there is a ref and a ref. which one is further to the left?", "detail")
def _(v, rng):
    return which_of(
        v,
        rng,
        lambda x, y: f"There is {a(x)} and {a(y)}. Which one is further to the left?",
        lambda x, y: left_of(x, y) >= v.margin,
    )


@template("relation", "is the only kind to the right of the only kind?", "exclusive")
def _(v, rng):
    return relation(v, rng, lambda x, y: f"Is the only {x} to the right of the only {y}?", right_of, by_kind, by_kind)


@template("relation", "which is higher up, the ref or the ref?", "superlative")
def _(v, rng):
    return which_of(
        v, rng, lambda x, y: f"Which is higher up, the {x} or the {y}?", lambda x, y: above(x, y) >= v.margin
    )


@template("relation", "is the ref further to the left than the ref?", "superlative")
def _(v, rng):
    return relation(v, rng, lambda x, y: f"Is the {x} further to the left than the {y}?", left_of)


@template("relation", "what color is the object that is to the left of the ref?", "embedded")
def _(v, rng):
    def ask(x: Shape, b: Shape, rb: str) -> list[tuple[str, str]]:
        return [(f"What color is the object that is to the left of the {rb}?", x.colour)]

    return lone_then(v, rng, left_of, ask)


@template("relation", "is the object that is to the left of the ref colour?", "embedded")
def _(v, rng):
    def ask(x: Shape, b: Shape, rb: str) -> list[tuple[str, str]]:
        say = "Is the object that is to the left of the {} {}?".format
        return [(say(rb, x.colour), "yes"), (say(rb, v.other_colour(x.colour, rng)), "no")]

    return lone_then(v, rng, left_of, ask)


@template("relation", "what shape is the thing above the ref?", "embedded")
def _(v, rng):
    def ask(x: Shape, b: Shape, rb: str) -> list[tuple[str, str]]:
        return [(f"What shape is the thing above the {rb}?", x.kind)]

    return lone_then(v, rng, above, ask)


@template("relation", "is the object to the right of the ref also above it?", "embedded")
def _(v, rng):
    def ask(x: Shape, b: Shape, rb: str) -> list[tuple[str, str]]:
        gold = clear(above(x, b), v.margin)
        return [(f"Is the object to the right of the {rb} also above it?", gold)] if gold else []

    return lone_then(v, rng, right_of, ask)


# size


@template("size", "which of the shapes takes up the most space?", "superlative")
def _(v, rng):
    s = largest(v)
    return [("Which of the shapes takes up the most space?", which_one(v, s))] if s else []


@template("size", "is the ref larger than the ref?", "superlative")
def _(v, rng):
    return size_yn(v, rng, lambda x, y: f"Is the {x} larger than the {y}?")


@template("size", "what colour is the largest item?", "superlative")
def _(v, rng):
    s = largest(v)
    return [("What colour is the largest item?", s.colour)] if s else []


@template("size", "what is the smallest object's shape?", "superlative")
def _(v, rng):
    s = smallest(v)
    return [("What is the smallest object's shape?", s.kind)] if s else []


@template("size", "is the <description> bigger than the ref?", "describing")
def _(v, rng):
    return size_yn(v, rng, lambda x, y: f"Is the {x} bigger than the {y}?", True, described, named)


@template("size", "what color is the big (little) one? (of two)", "describing")
def _(v, rng):
    return refs(v, rng, lambda r: f"What color is the {r}?", of_two_size, lambda s: s.colour)


@template("size", "which is bigger the ref or the ref", "habits")
def _(v, rng):
    return which_of(v, rng, lambda x, y: f"which is bigger the {x} or the {y}", much_bigger)


@template("size", "is the ref smaller than the ref (random capitals, no question mark)", "habits")
def _(v, rng):
    return size_yn(v, rng, lambda x, y: random_caps(f"is the {x} smaller than the {y}", rng), bigger=False)


@template("size", "there is a kind and a kind; which one is bigger?", "detail")
def _(v, rng):
    return which_of(
        v, rng, lambda x, y: f"There is {a(x)} and {a(y)}; which one is bigger?", much_bigger, refer=by_kind
    )


@template("size", "the ref — is it the biggest thing in the picture?", "detail")
def _(v, rng):
    top = largest(v)
    return (
        refs(v, rng, lambda r: f"The {r} — is it the biggest thing in the picture?", named, lambda s: yn(s is top))
        if top
        else []
    )


@template("size", "is the only colour object the smallest one?", "exclusive")
def _(v, rng):
    low = smallest(v)
    return (
        [(f"Is the only {s.colour} object the smallest one?", yn(s is low)) for s in v.unique_colours()] if low else []
    )


@template("size", "is the object to the left of the ref bigger than it?", "embedded")
def _(v, rng):
    def ask(x: Shape, b: Shape, rb: str) -> list[tuple[str, str]]:
        if not (much_bigger(x, b) or much_bigger(b, x)):
            return []
        return [(f"Is the object to the left of the {rb} bigger than it?", yn(much_bigger(x, b)))]

    return lone_then(v, rng, left_of, ask)


# comparing counts


@template("compare", "are there more kinds than kinds in the image?", "tally")
def _(v, rng):
    return more_kinds(v, lambda x, y: f"Are there more {x} than {y} in the image?")


@template("compare", "is the number of colour objects greater than the number of colour objects?", "tally")
def _(v, rng):
    return more_colours(v, lambda x, y: f"Is the number of {x} objects greater than the number of {y} objects?")


@template("compare", "are there as many kinds as kinds?", "tally")
def _(v, rng):
    return [(f"Are there as many {PLURAL[x]} as {PLURAL[y]}?", yn(v.kinds[x] == v.kinds[y])) for x, y in kind_pairs(v)]


@template("compare", "are there more <description> than <description>?", "describing")
def _(v, rng):
    counts = form_counts(v)
    pairs = [("round shapes", "shapes with corners")]
    pairs += [("round shapes", f"{WORDS[n]}-sided shapes") for n in side_counts(v)]
    pairs += [
        (f"{WORDS[x]}-sided shapes", f"{WORDS[y]}-sided shapes")
        for x in side_counts(v)
        for y in side_counts(v)
        if x < y
    ]
    out = []
    for x, y in pairs:
        for p, q in ((x, y), (y, x)):
            if counts[p] or counts[q]:
                out.append((f"Are there more {p} than {q}?", yn(counts[p] > counts[q])))
    return out


@template("compare", "which kind of shape appears most often?", "superlative")
def _(v, rng):
    if v.n < 2 or (v.kinds["square"] and v.kinds["rectangle"]):
        return []  # a square is a rectangle too
    k = most_common(dict(v.kinds))
    return [("Which kind of shape appears most often?", f"{PLURAL[k]}|{k}")] if k else []


@template("compare", "which colour is the most common?", "superlative")
def _(v, rng):
    c = most_common(dict(v.colours)) if v.n >= 2 else None
    return [("Which colour is the most common?", c)] if c else []


@template("compare", "are there more colour shapes or colour shapes", "habits")
def _(v, rng):
    out = []
    for x, y in colour_pairs(v):
        if v.colours[x] > v.colours[y]:
            p, q = in_either_order(rng, brit(x), brit(y))
            out.append((f"are there more {p} shapes or {q} shapes", x))
    return out


@template("compare", "kinds and kinds — which are there more of?", "detail")
def _(v, rng):
    out = []
    for x, y in kind_pairs(v):
        if v.kinds[x] > v.kinds[y]:
            p, q = in_either_order(rng, PLURAL[x], PLURAL[y])
            out.append((f"{cap(p)} and {q} — which are there more of?", f"{PLURAL[x]}|{x}"))
    return out


@template("compare", "colour shapes and colour shapes: is there the same number of each?", "detail")
def _(v, rng):
    return [
        (f"{cap(x)} shapes and {y} shapes: is there the same number of each?", yn(v.colours[x] == v.colours[y]))
        for x, y in colour_pairs(v)
    ]


@template("compare", "are there more kinds than other shapes?", "exclusive")
def _(v, rng):
    return [
        (f"Are there more {PLURAL[k]} than other shapes?", yn(v.kinds[k] > v.n - v.kinds[k]))
        for k in v.askable_kinds()
        if v.kinds[k]
    ]


@template("compare", "are there more objects to the left of the ref than to its right?", "embedded")
def _(v, rng):
    out = []
    for b in v.shapes:
        sides, rb = split(v, b, left_of), named(v, b, rng)
        if v.n >= 2 and sides and rb:
            out.append(
                (f"Are there more objects to the left of the {rb[0]} than to its right?", yn(sides[0] > sides[1]))
            )
    return out


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- run
# (scored by the spoken benchmark's ``normalise``, the ``Wording`` default)


pick_questions = spoken.question_picker(TEMPLATES, Item)


def main() -> None:
    wording = spoken.Wording(TEMPLATES, GROUPS, pick_questions, "group", "By group (how the crowd words it):", width=22)
    spoken.run_wording(
        __doc__,
        replace(wording, columns="family / group / wording", template_width=None, group_of=lambda item: item.group),
    )


if __name__ == "__main__":
    main()
