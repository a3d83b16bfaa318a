"""How nsvr copes with the first questions a new user asks about a tiny picture of one flat shape.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, executor, tests or any benchmark other than ``shape_scenes_askers.py`` (whose picture
generator, ground truth, rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared
machinery), ``shape_scenes_rephrased.py`` (the most recent sibling, whose layout, command line, output, yes / no
balancing and scoring this copies) and the files it imports, ``shape_scenes_spoken.py``,
``shape_scenes_personas.py`` and ``shape_scenes_typos.py`` (read for their machinery and question makers only; the
wordings here are this benchmark's own), and the first line of ``shape_scenes_rephrased_first_run.txt`` (for the
form of this one's first line). They were fixed before the first run (saved beside this script as
``shape_scenes_single_first_run.txt``, against a frozen snapshot of nsvr) and not tuned to nsvr's answers afterwards.

The style: the exact situation a new user of nsvr's shape mode meets first. A tiny picture holds ONE flat
coloured shape on a plain light background, and the user asks the ordinary things anyone asks about such a
picture, in all the ways people ask them: "what shape is in the image?", "Name the shape.", "what color is it",
"Is there a blue shape?", "Is it a polygon?", "Is the object a circle or a square?", "How many sides does it have?",
"Is the shape big or small?", "Where is the shape located?", "Is the shape in the center?", "What color is the
background?", "Is there exactly one shape?", "Is anything drawn in this image?". Questions: 99 templates in 9
families of 11 (about 900 questions: 150 pictures, up to 6 of different families each), each template labelled with
its family (what is asked) and a sub-style tag (how it is asked):
  plain       a whole ordinary question: "What shape is in the image?", "Does the shape have any curved edges?";
  casual      lower case, no question mark, clipped words: "what shape is this", "whats the color of this thing",
              "am i looking at a square", "is there any orange in this pic", "This is a rectangle, right?";
  terse       a word or two: "Shape?", "Colour?", "Any circles?", "Big or small?", "Position of the shape?";
  polite      "Can you tell me ...", "Could you tell me ...", "Please tell me ...", "Would you call ...";
  imperative  a command: "Name the shape.", "Count the shapes.", "Tell me whether the shape is a square.";
  choice      the answers offered: "Is it red or green?", "Is it a circle, a square or a triangle?", "Is the shape
              filled in or just an outline?", "Is the object on the left or the right?";
  deictic     pointing at the picture with "this", "it", "here", "that": "What kind of figure is drawn here?",
              "Is this a circle?", "Does this shape have corners?", "Is it in the bottom right corner?".
Families: count (how many shapes / objects / of a kind / of a colour; exactly one, more than one, one or two),
exist (is there a colour / kind / coloured kind; a kind or another), colour (of the shape; is it a colour; which
of two), kind (what shape, what figure, name it), identity (is it a kind; which of two or three kinds), property
(round, corners, polygon, straight sides, curved edges, number of sides and corners, four equal sides), size (big
or small; with two shapes: which is bigger, bigger than, the same size), position (where; centre; left / right,
top / bottom; which corner) and picture (the background's colour; anything drawn; blank; filled or outline;
outlined in black). Every family has 11 wordings.

Images: the askers' generator (``askers.make_scene`` and its ``place`` / ``paint``), 64x64 by default (``--size``),
a light tinted background with mild noise, flat shapes (circle, square, rectangle, triangle; ``--more`` adds
pentagon, hexagon, star) in eight saturated fills, never cut by the border, the truth of every shape (kind, colour,
box, centre, area) exact. Of each 20 pictures, 12 are ``make_scene(..., most=1)`` (one shape, its extent 12-34% of
the side), 3 are one big shape (the askers' ``paint`` of a plan of one shape whose extent is 60-86% of the side,
placed anywhere it fits), and 5 are two shapes (the askers' ``place`` of two, then ``paint``), drawn at random in
those proportions.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``)
and these: "the shape", "the object", "it", "this" only when the picture holds one shape; with two, a shape is
named "the triangle" only when it is the one triangle, "the red one" (shape, thing) only when it is the one red
shape, and its kind is not asked of a shape named by its kind nor its colour of one named by its colour; a square
is never asked about as a rectangle, nor "the rectangle" said when there is a square, nor "a square or a rectangle"
offered; an absent colour is never one a viewer might give a present colour's shade (``CONFUSABLE``). Sizes: "big"
only for an area of at least 25% of the picture, "small" only for at most 6%; with two shapes, "bigger" needs areas
differing by a factor of 1.8, "the same size" a factor of at most 1.15 (and "not the same" at least 1.8). Positions:
a side ("left", "top") needs the centre 15% of the side from the middle that way, "the centre" (and the middle of
the other axis, "left" meaning the middle of the left) within 7% of the middle, and nothing in between is asked;
"where" is answered "centre", a side ("left", or "centre left"), or a corner ("top left"); "is it in the bottom
right corner" is "no" only where one axis is clearly the other way. Sides and corners are not asked of a star (nor
"is it a polygon"), "four equal sides" only of squares and rectangles, the background only where its pixels (the
picture's one-pixel frame, always clear of shapes) are light (every channel at least 225; gold "white" or "gray").
Every shape is a flat fill, so "filled" / "solid" is right and "just an outline" or "a black outline" (not asked of
a black shape) wrong. A number confirmed wrongly ("Are there three shapes here?" of two) is always more than the
truth, never fewer. Yes / no balance: within a template, the gold is drawn first among the golds the picture
offers, and where it offers both yes and no, the one its family has had fewer times so far is taken (the siblings'
balancing); besides, where a family is behind on yes (or no) and some template of that family offers it in this
picture, that family's templates offer only it, so a family whose templates each have one answer per picture
("Is the shape round?") is balanced too (the counts per family are printed).

Scoring: the personas benchmark's ``normalise`` with the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical; case, punctuation and articles dropped, "grey" -> "gray", number words -> digits; shape and tone words
dropped from a colour answer, colour words from a shape answer; function words of a place dropped in a second look,
"true" / "false" read as yes / no; a gold "A|B" takes either; an answer "unknown" is unknown), after this
benchmark's own readings: of a size gold, "large" / "huge" are "big" and "little" / "tiny" "small"; of a position
gold, "upper" / "lower" are "top" / "bottom", "center" / "middle" / "central" are "centre", and an answer whose
words are, past place words ("corner", "side", "part", "of", "the" ...), the gold's position words in any order is
right ("the upper-left corner" answers "top left"); of the background gold, "off", "light", "pale" and "-ish" are
read past ("off-white", "light grey", "whitish"); of "filled|solid", "filled in" and "solid colour" are right.

    python examples/benchmarks/shape_scenes_single.py                      # 150 images of 64x64, up to 6 questions each
    python examples/benchmarks/shape_scenes_single.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by tag and by template, the 15
worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``, every
unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import shape_scenes_askers as askers  # the pictures, ground truth and rules
import shape_scenes_personas as personas  # its normalise (the spoken one's, with true / false read as yes / no)
import shape_scenes_spoken as spoken  # the run and the output
from shape_bench_common import article, cap, command_line, new_templates, pick_items, yn
from shape_scenes_askers import PLURAL, SIZE_RATIO, Scene, Shape, View, side_answer
from shape_scenes_spoken import LOOSE, WORDS, in_either_order, other_kind
from shape_scenes_typos import pick


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    tag: str


TEMPLATES, template = new_templates()  # template(family, name, tag)
TAGS = ["plain", "casual", "terse", "polite", "imperative", "choice", "deictic"]

BIG = 0.25  # of the picture's area: at least this much is clearly big
SMALL = 0.06  # at most this much is clearly small
CENTRE = 0.07  # of the side: a centre at most this far from the middle is clearly in the middle
SAME_SIZE = 1.15  # areas differing by at most this factor are the same size
SIDES = {"triangle": 3, "square": 4, "rectangle": 4, "pentagon": 5, "hexagon": 6}
CORNERS = {"circle": 0, **SIDES}
BACKGROUND = "white|gray"
NOT_BACKGROUND = ["black", "blue", "red", "green", "yellow", "purple"]


# ----------------------------------------------------------------------------------------------------- pictures


def make_scene(index: int, side: int, kinds: list[str], rng: np.random.Generator) -> Scene:
    """Picture ``index``: one shape (12 in 20), one big shape (3 in 20) or two shapes (5 in 20)."""
    draw = rng.random()
    if draw < 0.6:
        return askers.make_scene(index, side, kinds, rng, most=1)
    if draw < 0.75:
        extent = side * rng.uniform(0.60, 0.86)
        half = extent / 2
        lo, hi = askers.BORDER + half + 1, side - askers.BORDER - half - 1
        cx, cy = rng.uniform(lo, hi), rng.uniform(lo, hi)
        plan = [(str(rng.choice(kinds)), cx, cy, extent)]
        return askers.paint(index, side, plan, list(askers.COLOURS), rng)
    return askers.paint(index, side, askers.place(side, 2, kinds, rng), list(askers.COLOURS), rng)


# ----------------------------------------------------------------------------------------------------- truth


def single(v: View) -> Shape | None:
    """The shape, where the picture holds one."""
    return v.shapes[0] if v.n == 1 else None


def subjects(v: View, rng: np.random.Generator, default: str, by: str = "any") -> list[tuple[str, Shape]]:
    """How a question names each shape it can ask about: ``default`` ("the shape", "it") where the picture holds
    one, else "the triangle" (``by`` "kind") or "the red one" (``by`` "colour") or either ("any"), where it names
    that shape alone."""
    if v.n == 1:
        return [(default, v.shapes[0])]
    out = []
    for s in v.shapes:
        if by == "kind":
            ref = v.kind_ref(s)
        elif by == "colour":
            ref = v.colour_ref(s, rng)
        else:
            named = v.ref(s, rng)
            ref = named[0] if named else None
        if ref:
            out.append((ref, s))
    return out


def share(v: View, s: Shape) -> float:
    return s.area / (v.w * v.w)


def size_word(v: View, s: Shape) -> str | None:
    return "big" if share(v, s) >= BIG else "small" if share(v, s) <= SMALL else None


def axis_word(offset: float, v: View, low: str, high: str) -> str | None:
    """``low`` / ``high`` where the centre is clearly that way from the middle (``offset``: centre minus middle),
    "mid" where it is clearly in the middle, None in between."""
    if offset <= -v.margin:
        return low
    if offset >= v.margin:
        return high
    return "mid" if abs(offset) <= CENTRE * v.w else None


def across(v: View, s: Shape) -> str | None:
    return axis_word(s.cx - v.w / 2, v, "left", "right")


def down(v: View, s: Shape) -> str | None:
    return axis_word(s.cy - v.w / 2, v, "top", "bottom")


def where(v: View, s: Shape) -> str | None:
    """The gold of "where is it": "centre", a side ("left|centre left") or a corner ("top left")."""
    h, d = across(v, s), down(v, s)
    if h is None or d is None:
        return None
    if h == "mid" and d == "mid":
        return "centre"
    if h == "mid":
        return f"{d}|centre {d}"
    if d == "mid":
        return f"{h}|centre {h}"
    return f"{d} {h}"


def in_centre(v: View, s: Shape) -> str | None:
    h, d = across(v, s), down(v, s)
    if h == "mid" and d == "mid":
        return "yes"
    if h in ("left", "right") or d in ("top", "bottom"):
        return "no"
    return None


def in_corner(v: View, s: Shape, vertical: str, horizontal: str) -> str | None:
    h, d = across(v, s), down(v, s)
    if h == horizontal and d == vertical:
        return "yes"
    opposite = {"top": "bottom", "bottom": "top", "left": "right", "right": "left"}
    if h == opposite[horizontal] or d == opposite[vertical]:
        return "no"
    return None


def named(v: View, s: Shape) -> str | None:
    """The gold of "which one": the shape's kind where no other shape has it, its colour where no other has that,
    or either; None where neither names it alone."""
    names = []
    if v.kind_ref(s):
        names.append(s.kind)
    if v.colours[s.colour] == 1:
        names.append(s.colour)
    return "|".join(names) or None


def background(v: View) -> str | None:
    """The gold of the background's colour: its pixels are the picture's one-pixel frame, clear of every shape."""
    image = v.scene.image.astype(float)
    frame = np.concatenate([image[0], image[-1], image[:, 0], image[:, -1]])
    return BACKGROUND if np.median(frame, axis=0).min() >= 225 else None


def other_colours(v: View, colour: str, rng: np.random.Generator) -> str:
    return v.other_colour(colour, rng)


def word_count(n: int, noun: str = "shape") -> str:
    return f"{WORDS[n]} {noun if n == 1 else noun + 's'}"


def polygon(s: Shape) -> bool:
    return s.kind in SIDES


# ------------------------------------------------------------------------------------- question builders


def kinds_of(v: View, s: Shape) -> list[str]:
    """The kinds to ask "is it a <kind>" of ``s``: never "a rectangle" of a square."""
    return [k for k in v.active if not (k == "rectangle" and s.kind == "square")]


def is_kind(v: View, rng: np.random.Generator, say: Callable[[str, str], str], by: str = "colour", default: str = ""):
    out = []
    for ref, s in subjects(v, rng, default, by):
        out += [(say(ref, k), yn(k == s.kind)) for k in kinds_of(v, s)]
    return out


def is_colour(v: View, rng: np.random.Generator, say: Callable[[str, str], str], default: str, by: str = "kind"):
    out = []
    for ref, s in subjects(v, rng, default, by):
        out += [(say(ref, s.colour), "yes"), (say(ref, other_colours(v, s.colour, rng)), "no")]
    return out


def flag(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str], str],
    truth: Callable[[Shape], str | None],
    default: str,
    by: str = "any",
):
    """A question about each shape named ``default`` (or by its kind or colour, ``by``; see :func:`subjects`), where
    ``truth(shape)`` answers it."""
    out = []
    for ref, s in subjects(v, rng, default, by):
        gold = truth(s)
        if gold is not None:
            out.append((say(ref), gold))
    return out


def alone(v: View, text: str, truth: Callable[[Shape], str | None]) -> list[tuple[str, str]]:
    """``text`` asked of a picture of one shape, where ``truth(shape)`` answers it."""
    s = single(v)
    gold = truth(s) if s else None
    return [(text, gold)] if gold is not None else []


def kinds_offered(v: View, s: Shape, rng: np.random.Generator, n: int) -> list[str] | None:
    """``n`` kinds to offer, ``s``'s among them, in a random order, never a square beside a rectangle."""
    offered = [s.kind]
    for _ in range(20):
        if len(offered) == n:
            break
        k = other_kind(v, s.kind, rng)
        if k not in offered and not ({k, *offered} >= {"square", "rectangle"}):
            offered.append(k)
    if len(offered) < n:
        return None
    rng.shuffle(offered)
    return offered


# count


@template("count", "how many shapes are there?", "plain")
def _(v, rng):
    return [("How many shapes are there?", str(v.n))]


@template("count", "how many objects are in the image", "casual")
def _(v, rng):
    return [("how many objects are in the image", str(v.n))]


@template("count", "is there exactly one shape?", "plain")
def _(v, rng):
    return [("Is there exactly one shape?", yn(v.n == 1))]


@template("count", "is there more than one shape in the picture?", "plain")
def _(v, rng):
    return [("Is there more than one shape in the picture?", yn(v.n > 1))]


@template("count", "count the shapes.", "imperative")
def _(v, rng):
    return [("Count the shapes.", str(v.n))]


@template("count", "number of shapes?", "terse")
def _(v, rng):
    return [("Number of shapes?", str(v.n))]


@template("count", "are there N shapes here?", "deictic")
def _(v, rng):
    say = lambda n: f"Are there {word_count(n)} here?" if n > 1 else "Is there one shape here?"  # noqa: E731
    return [(say(v.n), "yes"), (say(v.n + 1), "no")]


@template("count", "is there one shape in the picture or two?", "choice")
def _(v, rng):
    return [("Is there one shape in the picture or two?", str(v.n))] if v.n <= 2 else []


@template("count", "how many kinds are there?", "plain")
def _(v, rng):
    return [(f"How many {PLURAL[k]} are there?", str(v.kinds[k])) for k in v.askable_kinds()]


@template("count", "how many colour shapes can you see", "casual")
def _(v, rng):
    return [(f"how many {c} shapes can you see", str(v.colours[c])) for c in v.askable_colours()]


@template("count", "can you tell me how many shapes are in this picture?", "polite")
def _(v, rng):
    return [("Can you tell me how many shapes are in this picture?", str(v.n))]


# exist


@template("exist", "is there a colour shape?", "plain")
def _(v, rng):
    return [(f"Is there {article(c)} {c} shape?", yn(v.colours[c] > 0)) for c in v.askable_colours()]


@template("exist", "does the image contain a kind", "casual")
def _(v, rng):
    return [(f"does the image contain a {k}", yn(v.kinds[k] > 0)) for k in v.askable_kinds()]


@template("exist", "is there a colour kind in the picture?", "plain")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for c in v.askable_colours():
            if v.kinds[k] or v.colours[c]:
                there = any(s.kind == k and s.colour == c for s in v.shapes)
                out.append((f"Is there {article(c)} {c} {k} in the picture?", yn(there)))
    return out


@template("exist", "any kinds?", "terse")
def _(v, rng):
    return [(f"Any {PLURAL[k]}?", yn(v.kinds[k] > 0)) for k in v.askable_kinds()]


@template("exist", "do you see anything colour?", "plain")
def _(v, rng):
    return [(f"Do you see anything {c}?", yn(v.colours[c] > 0)) for c in v.askable_colours()]


@template("exist", "can you see a kind in this image?", "polite")
def _(v, rng):
    return [(f"Can you see a {k} in this image?", yn(v.kinds[k] > 0)) for k in v.askable_kinds()]


@template("exist", "check whether there's something colour in the picture.", "imperative")
def _(v, rng):
    return [(f"Check whether there's something {c} in the picture.", yn(v.colours[c] > 0)) for c in v.askable_colours()]


@template("exist", "is there a kind or a kind in the image?", "choice")
def _(v, rng):
    kinds = v.askable_kinds()
    out = []
    for a in kinds:
        for b in kinds:
            if a < b and {a, b} != {"square", "rectangle"}:
                first, second = in_either_order(rng, a, b)
                out.append((f"Is there a {first} or a {second} in the image?", yn(v.kinds[a] + v.kinds[b] > 0)))
    return out


@template("exist", "is there any colour in this pic", "casual")
def _(v, rng):
    return [(f"is there any {c} in this pic", yn(v.colours[c] > 0)) for c in v.askable_colours()]


@template("exist", "colour shape?", "terse")
def _(v, rng):
    return [(f"{cap(c)} shape?", yn(v.colours[c] > 0)) for c in v.askable_colours()] if v.n == 1 else []


@template("exist", "is a colour kind shown here?", "deictic")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for c in v.askable_colours():
            if v.kinds[k] or v.colours[c]:
                there = any(s.kind == k and s.colour == c for s in v.shapes)
                out.append((f"Is {article(c)} {c} {k} shown here?", yn(there)))
    return out


# colour


@template("colour", "what is the colour of the object?", "plain")
def _(v, rng):
    return [(f"What is the colour of {ref}?", s.colour) for ref, s in subjects(v, rng, "the object", "kind")]


@template("colour", "what color is it", "deictic")
def _(v, rng):
    return alone(v, "what color is it", lambda s: s.colour)


@template("colour", "colour?", "terse")
def _(v, rng):
    return alone(v, "Colour?", lambda s: s.colour)


@template("colour", "what colour is the shape?", "plain")
def _(v, rng):
    return [(f"What colour is {ref}?", s.colour) for ref, s in subjects(v, rng, "the shape", "kind")]


@template("colour", "is the shape colour?", "plain")
def _(v, rng):
    return is_colour(v, rng, lambda ref, c: f"Is {ref} {c}?", "the shape")


@template("colour", "tell me the colour of the shape.", "imperative")
def _(v, rng):
    return [(f"Tell me the colour of {ref}.", s.colour) for ref, s in subjects(v, rng, "the shape", "kind")]


@template("colour", "which colour is this shape filled with?", "deictic")
def _(v, rng):
    return alone(v, "Which colour is this shape filled with?", lambda s: s.colour)


@template("colour", "is it colour or colour?", "choice")
def _(v, rng):
    out = []
    for ref, s in subjects(v, rng, "it", "kind"):
        a, b = in_either_order(rng, s.colour, other_colours(v, s.colour, rng))
        out.append((f"Is {ref} {a} or {b}?", s.colour))
    return out


@template("colour", "could you tell me what colour the shape is?", "polite")
def _(v, rng):
    return [(f"Could you tell me what colour {ref} is?", s.colour) for ref, s in subjects(v, rng, "the shape", "kind")]


@template("colour", "whats the color of this thing", "casual")
def _(v, rng):
    return alone(v, "whats the color of this thing", lambda s: s.colour)


@template("colour", "the shape is colour, right?", "casual")
def _(v, rng):
    return is_colour(v, rng, lambda ref, c: f"{cap(ref)} is {c}, right?", "the shape")


# kind


@template("kind", "what shape is in the image?", "plain")
def _(v, rng):
    return alone(v, "What shape is in the image?", lambda s: s.kind)


@template("kind", "what kind of figure is drawn here?", "deictic")
def _(v, rng):
    return alone(v, "What kind of figure is drawn here?", lambda s: s.kind)


@template("kind", "name the shape.", "imperative")
def _(v, rng):
    return alone(v, "Name the shape.", lambda s: s.kind)


@template("kind", "what shape is this", "casual")
def _(v, rng):
    return alone(v, "what shape is this", lambda s: s.kind)


@template("kind", "shape?", "terse")
def _(v, rng):
    return alone(v, "Shape?", lambda s: s.kind)


@template("kind", "what shape is the object?", "plain")
def _(v, rng):
    return [(f"What shape is {ref}?", s.kind) for ref, s in subjects(v, rng, "the object", "colour")]


@template("kind", "what is drawn in the picture?", "plain")
def _(v, rng):
    return alone(v, "What is drawn in the picture?", lambda s: s.kind)


@template("kind", "what do you see in the image?", "plain")
def _(v, rng):
    return alone(v, "What do you see in the image?", lambda s: s.kind)


@template("kind", "please tell me what shape this is.", "polite")
def _(v, rng):
    return alone(v, "Please tell me what shape this is.", lambda s: s.kind)


@template("kind", "what type of shape is that", "deictic")
def _(v, rng):
    return alone(v, "what type of shape is that", lambda s: s.kind)


@template("kind", "which shape is colour?", "plain")
def _(v, rng):
    return [(f"Which shape is {s.colour}?", s.kind) for s in v.unique_colours()]


# identity


@template("identity", "is the object a kind or a kind?", "choice")
def _(v, rng):
    out = []
    for ref, s in subjects(v, rng, "the object", "colour"):
        offered = kinds_offered(v, s, rng, 2)
        if offered:
            out.append((f"Is {ref} a {offered[0]} or a {offered[1]}?", s.kind))
    return out


@template("identity", "is it a kind?", "deictic")
def _(v, rng):
    return is_kind(v, rng, lambda ref, k: f"Is it a {k}?") if v.n == 1 else []


@template("identity", "is this a kind?", "deictic")
def _(v, rng):
    return is_kind(v, rng, lambda ref, k: f"Is this a {k}?") if v.n == 1 else []


@template("identity", "is the shape a kind?", "plain")
def _(v, rng):
    return is_kind(v, rng, lambda ref, k: f"Is {ref} a {k}?", default="the shape")


@template("identity", "am i looking at a kind", "casual")
def _(v, rng):
    return is_kind(v, rng, lambda ref, k: f"am i looking at a {k}") if v.n == 1 else []


@template("identity", "kind?", "terse")
def _(v, rng):
    return is_kind(v, rng, lambda ref, k: f"{cap(k)}?") if v.n == 1 else []


@template("identity", "this is a kind, right?", "casual")
def _(v, rng):
    return is_kind(v, rng, lambda ref, k: f"This is a {k}, right?") if v.n == 1 else []


@template("identity", "would you call this shape a kind?", "polite")
def _(v, rng):
    return is_kind(v, rng, lambda ref, k: f"Would you call this shape a {k}?") if v.n == 1 else []


@template("identity", "is it a kind, a kind or a kind?", "choice")
def _(v, rng):
    s = single(v)
    offered = kinds_offered(v, s, rng, 3) if s else None
    return [(f"Is it a {offered[0]}, a {offered[1]} or a {offered[2]}?", s.kind)] if offered else []


@template("identity", "kind or kind?", "terse")
def _(v, rng):
    s = single(v)
    offered = kinds_offered(v, s, rng, 2) if s else None
    return [(f"{cap(offered[0])} or {offered[1]}?", s.kind)] if offered else []


@template("identity", "tell me whether the shape is a kind.", "imperative")
def _(v, rng):
    return is_kind(v, rng, lambda ref, k: f"Tell me whether {ref} is a {k}.", default="the shape")


# property


@template("property", "is the shape round?", "plain")
def _(v, rng):
    return flag(v, rng, lambda ref: f"Is {ref} round?", lambda s: yn(s.kind == "circle"), "the shape", "colour")


@template("property", "does this shape have corners?", "deictic")
def _(v, rng):
    return alone(v, "Does this shape have corners?", lambda s: yn(s.kind != "circle"))


@template("property", "is it a polygon?", "deictic")
def _(v, rng):
    return alone(v, "Is it a polygon?", lambda s: None if s.kind == "star" else yn(s.kind != "circle"))


@template("property", "how many sides does it have?", "deictic")
def _(v, rng):
    return alone(v, "How many sides does it have?", lambda s: str(SIDES[s.kind]) if polygon(s) else None)


@template("property", "how many corners does the shape have?", "plain")
def _(v, rng):
    truth = lambda s: str(CORNERS[s.kind]) if s.kind in CORNERS else None  # noqa: E731
    return flag(v, rng, lambda ref: f"How many corners does {ref} have?", truth, "the shape", "colour")


@template("property", "does it have straight sides?", "deictic")
def _(v, rng):
    return alone(v, "Does it have straight sides?", lambda s: yn(s.kind != "circle"))


@template("property", "does the shape have any curved edges?", "plain")
def _(v, rng):
    return flag(
        v,
        rng,
        lambda ref: f"Does {ref} have any curved edges?",
        lambda s: yn(s.kind == "circle"),
        "the shape",
        "colour",
    )


@template("property", "are all four sides the same length?", "plain")
def _(v, rng):
    return alone(
        v,
        "Are all four sides the same length?",
        lambda s: yn(s.kind == "square") if s.kind in ("square", "rectangle") else None,
    )


@template("property", "is it a four sided shape", "casual")
def _(v, rng):
    return alone(v, "is it a four sided shape", lambda s: yn(s.kind in ("square", "rectangle")))


@template("property", "does the shape have N sides?", "plain")
def _(v, rng):
    out = []
    for ref, s in subjects(v, rng, "the shape", "colour"):
        if polygon(s):
            other = pick(rng, [str(n) for n in sorted(set(SIDES.values())) if n != SIDES[s.kind]])
            for n in (SIDES[s.kind], int(other)):
                out.append((f"Does {ref} have {WORDS[n]} sides?", yn(n == SIDES[s.kind])))
    return out


@template("property", "please count the corners of the shape.", "imperative")
def _(v, rng):
    truth = lambda s: str(CORNERS[s.kind]) if s.kind in CORNERS else None  # noqa: E731
    return flag(v, rng, lambda ref: f"Please count the corners of {ref}.", truth, "the shape", "colour")


# size


@template("size", "is the shape big or small?", "choice")
def _(v, rng):
    out = []
    for ref, s in subjects(v, rng, "the shape"):
        if size_word(v, s):
            a, b = in_either_order(rng, "big", "small")
            out.append((f"Is {ref} {a} or {b}?", size_word(v, s)))
    return out


@template("size", "is the shape large?", "plain")
def _(v, rng):
    return flag(
        v, rng, lambda ref: f"Is {ref} large?", lambda s: size_word(v, s) and yn(size_word(v, s) == "big"), "the shape"
    )


@template("size", "is it small", "deictic")
def _(v, rng):
    return alone(v, "is it small", lambda s: size_word(v, s) and yn(size_word(v, s) == "small"))


@template("size", "big or small?", "terse")
def _(v, rng):
    return alone(v, "Big or small?", lambda s: size_word(v, s))


@template("size", "does the shape fill a large part of the image?", "plain")
def _(v, rng):
    return flag(
        v,
        rng,
        lambda ref: f"Does {ref} fill a large part of the image?",
        lambda s: size_word(v, s) and yn(size_word(v, s) == "big"),
        "the shape",
    )


@template("size", "would you say the object is large or small?", "polite")
def _(v, rng):
    out = []
    for ref, s in subjects(v, rng, "the object"):
        if size_word(v, s):
            a, b = in_either_order(rng, "large", "small")
            out.append((f"Would you say {ref} is {a} or {b}?", size_word(v, s)))
    return out


@template("size", "what size is the shape?", "plain")
def _(v, rng):
    return flag(v, rng, lambda ref: f"What size is {ref}?", lambda s: size_word(v, s), "the shape")


@template("size", "which one is bigger?", "plain")
def _(v, rng):
    if v.n != 2:
        return []
    a, b = sorted(v.shapes, key=lambda s: -s.area)
    gold = named(v, a) if a.area / b.area >= SIZE_RATIO else None
    return [("Which one is bigger?", gold)] if gold else []


@template("size", "is A bigger than B?", "plain")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        ratio = a.area / b.area
        if ra and rb and (ratio >= SIZE_RATIO or ratio <= 1 / SIZE_RATIO):
            out.append((f"Is {ra[0]} bigger than {rb[0]}?", yn(ratio > 1)))
    return out


@template("size", "are both shapes the same size?", "plain")
def _(v, rng):
    if v.n != 2:
        return []
    ratio = max(v.shapes[0].area, v.shapes[1].area) / min(v.shapes[0].area, v.shapes[1].area)
    gold = "yes" if ratio <= SAME_SIZE else "no" if ratio >= SIZE_RATIO else None
    return [("Are both shapes the same size?", gold)] if gold else []


@template("size", "tell me if the shape is big.", "imperative")
def _(v, rng):
    return flag(
        v,
        rng,
        lambda ref: f"Tell me if {ref} is big.",
        lambda s: size_word(v, s) and yn(size_word(v, s) == "big"),
        "the shape",
    )


# position


@template("position", "where is the shape located?", "plain")
def _(v, rng):
    return flag(v, rng, lambda ref: f"Where is {ref} located?", lambda s: where(v, s), "the shape")


@template("position", "is the shape in the center?", "plain")
def _(v, rng):
    return flag(v, rng, lambda ref: f"Is {ref} in the center?", lambda s: in_centre(v, s), "the shape")


@template("position", "is it on the left side?", "deictic")
def _(v, rng):
    return alone(v, "Is it on the left side?", lambda s: side_answer(v.w / 2 - s.cx, v.margin))


@template("position", "is the shape near the top of the image?", "plain")
def _(v, rng):
    return flag(
        v,
        rng,
        lambda ref: f"Is {ref} near the top of the image?",
        lambda s: side_answer(v.w / 2 - s.cy, v.margin),
        "the shape",
    )


@template("position", "is the object on the left or the right?", "choice")
def _(v, rng):
    out = []
    for ref, s in subjects(v, rng, "the object"):
        h = across(v, s)
        if h in ("left", "right"):
            a, b = in_either_order(rng, "left", "right")
            out.append((f"Is {ref} on the {a} or the {b}?", h))
    return out


@template("position", "which half of the picture is the shape in, top or bottom?", "choice")
def _(v, rng):
    out = []
    for ref, s in subjects(v, rng, "the shape"):
        d = down(v, s)
        if d in ("top", "bottom"):
            a, b = in_either_order(rng, "top", "bottom")
            out.append((f"Which half of the picture is {ref} in, {a} or {b}?", d))
    return out


@template("position", "where is it", "casual")
def _(v, rng):
    return alone(v, "where is it", lambda s: where(v, s))


@template("position", "is it in the vertical horizontal corner?", "deictic")
def _(v, rng):
    s = single(v)
    out = []
    for vertical in ("top", "bottom") if s else ():
        for horizontal in ("left", "right"):
            gold = in_corner(v, s, vertical, horizontal)
            if gold:
                out.append((f"Is it in the {vertical} {horizontal} corner?", gold))
    return out


@template("position", "which corner is the shape in?", "plain")
def _(v, rng):
    out = []
    for ref, s in subjects(v, rng, "the shape"):
        h, d = across(v, s), down(v, s)
        if h in ("left", "right") and d in ("top", "bottom"):
            out.append((f"Which corner is {ref} in?", f"{d} {h}"))
    return out


@template("position", "position of the shape?", "terse")
def _(v, rng):
    return flag(v, rng, lambda ref: f"Position of {ref}?", lambda s: where(v, s), "the shape")


@template("position", "could you tell me if the shape is centred?", "polite")
def _(v, rng):
    return flag(v, rng, lambda ref: f"Could you tell me if {ref} is centred?", lambda s: in_centre(v, s), "the shape")


# picture


@template("picture", "what color is the background?", "plain")
def _(v, rng):
    gold = background(v)
    return [("What color is the background?", gold)] if gold else []


@template("picture", "is the background colour?", "plain")
def _(v, rng):
    if not background(v):
        return []
    return [("Is the background white?", "yes"), (f"Is the background {pick(rng, NOT_BACKGROUND)}?", "no")]


@template("picture", "is anything drawn in this image?", "deictic")
def _(v, rng):
    return [("Is anything drawn in this image?", "yes")]


@template("picture", "is the image blank?", "plain")
def _(v, rng):
    return [("Is the image blank?", "no")]


@template("picture", "is the shape filled in or just an outline?", "choice")
def _(v, rng):
    return flag(v, rng, lambda ref: f"Is {ref} filled in or just an outline?", lambda s: "filled|solid", "the shape")


@template("picture", "is the shape solid?", "plain")
def _(v, rng):
    return flag(v, rng, lambda ref: f"Is {ref} solid?", lambda s: "yes", "the shape")


@template("picture", "is it just an outline", "casual")
def _(v, rng):
    return alone(v, "is it just an outline", lambda s: "no")


@template("picture", "does the shape have a black outline?", "plain")
def _(v, rng):
    truth = lambda s: None if s.colour == "black" else "no"  # noqa: E731
    return flag(v, rng, lambda ref: f"Does {ref} have a black outline?", truth, "the shape")


@template("picture", "is the background the same colour as the shape?", "plain")
def _(v, rng):
    if not background(v):
        return []
    return flag(v, rng, lambda ref: f"Is the background the same colour as {ref}?", lambda s: "no", "the shape")


@template("picture", "is there anything in this picture at all", "casual")
def _(v, rng):
    return [("is there anything in this picture at all", "yes")]


@template("picture", "tell me what colour the background is.", "imperative")
def _(v, rng):
    gold = background(v)
    return [("Tell me what colour the background is.", gold)] if gold else []


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- picking


def given(offers: list[tuple[str, str]]) -> Callable:
    """A template that offers ``offers`` whatever it is asked of."""
    return lambda view, rng: offers


def pick_questions(scene: Scene, kinds: list[str], per_image: int, used: Counter, rng: np.random.Generator) -> list:
    """The siblings' pick (see ``spoken.question_picker``), and where a family is behind on yes (or no) and one
    of its templates offers it in this picture, that family's templates offer only it (besides their other golds)."""
    view = View(scene, kinds)
    found = [(family, name, tag, fn(view, rng)) for family, name, tag, fn in TEMPLATES]
    chosen = []
    for family, name, tag, offers in found:
        yes, no = used["gold", family, "yes"], used["gold", family, "no"]
        if yes != no:
            want, other = ("yes", "no") if yes < no else ("no", "yes")
            if any(gold == want for f, _, _, offered in found if f == family for _, gold in offered):
                offers = [(text, gold) for text, gold in offers if gold != other]
        chosen.append((family, name, tag, given(offers)))
    items = pick_items(view, chosen, per_image, used, rng, Item)
    for item in items:
        used["gold", item.family, item.answer] += 1
    return items


# ----------------------------------------------------------------------------------------------------- scoring

POSITIONS = {"top", "bottom", "left", "right", "centre"}
POSITION_WORDS = {"upper": "top", "lower": "bottom", "center": "centre", "middle": "centre", "central": "centre"}
PLACE_WORDS = LOOSE | {"corner", "part", "portion", "area", "region", "located", "quarter", "edge", "frame", "shape"}
SIZE_WORDS = {"large": "big", "huge": "big", "little": "small", "tiny": "small"}
BACKGROUND_PAST = {"off", "light", "pale", "very", "slightly", "almost", "the", "a", "an", "it", "is", "its", "plain"}
BACKGROUND_PAST |= {"background", "colour", "color", "mostly"}
BACKGROUND_WORDS = {"whitish": "white", "grey": "gray", "greyish": "gray", "grayish": "gray"}


def normalise(said: str, gold: str) -> str:
    """The answer in the gold's terms: this benchmark's readings of sizes, positions, the background and a fill
    (see the module docstring), then the personas benchmark's ``normalise``."""
    words = re.findall(r"[a-z0-9]+", said.lower())
    if gold in ("big", "small"):
        said = " ".join(SIZE_WORDS.get(w, w) for w in words)
    elif set(gold.split()) <= POSITIONS:
        read = [POSITION_WORDS.get(w, w) for w in words]
        rest = [w for w in read if w not in PLACE_WORDS]
        if rest and set(rest) <= POSITIONS and set(rest) == set(gold.split()):
            return gold
    elif gold in BACKGROUND.split("|"):
        rest = [BACKGROUND_WORDS.get(w, w) for w in words if w not in BACKGROUND_PAST]
        if rest == [gold]:
            return gold
    elif gold in ("filled", "solid"):
        rest = [w for w in words if w not in LOOSE | {"colour", "color", "fill", "with"}]
        if rest in (["filled"], ["solid"]):
            return rest[0]
    return personas.normalise(said, gold)


# ----------------------------------------------------------------------------------------------------- run


def arguments():
    parser = command_line(__doc__, "--n-images", 150)
    parser.add_argument("--size", type=int, choices=[64, 128], default=64)
    parser.add_argument("--more", action="store_true", help="pentagons, hexagons and stars too")
    parser.add_argument("--questions-per-image", type=int, default=6, help="of different families (at most)")
    parser.add_argument("--perception", choices=["photo", "shapes"], default="photo", help="as nsvr ask --perception")
    parser.add_argument("--show-failures", action="store_true", help="list the unknown answers too")
    return parser.parse_args()


def main() -> None:
    wording = spoken.Wording(TEMPLATES, TAGS, pick_questions, "tag", "By tag (how it is asked):")
    single_shape = replace(
        wording,
        columns="family / tag / wording",
        width=12,
        template_width=None,
        normalise=normalise,
        group_of=lambda item: item.tag,
        make_scene=make_scene,
    )
    spoken.run_wording(__doc__, single_shape, arguments())


if __name__ == "__main__":
    main()
