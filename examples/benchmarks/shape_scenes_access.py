"""How nsvr copes with questions about flat shape drawings asked by blind and low-vision people via an assistive app.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, executor, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures,
ground truth, rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery),
``shape_scenes_rephrased.py`` (the most recent sibling, whose layout, command line, output, yes / no balancing and
scoring this copies) and the files it imports, ``shape_scenes_spoken.py``, ``shape_scenes_personas.py`` and
``shape_scenes_typos.py`` (read for their machinery and ground-truth question makers only, which are reused by
import; none of their wordings is copied). The wordings were fixed, and checked only against the ground truth of a
few pictures, before the first run (saved beside this script as ``shape_scenes_access_first_run.txt``, against a
frozen snapshot of nsvr) and were not tuned to nsvr's answers afterwards. This is a HELD-OUT set: it measures how
far nsvr reaches into the way people who cannot see the picture ask about it, not its own phrasings.

The style: a blind or low-vision person asks a screen-reader assistant (a voice assistant built into an assistive
app) about a picture a sighted friend sent them or that a worksheet contains. They speak naturally, often say why
they are asking or what they cannot see, ask where things are in terms they can act on (corners, the middle, the
edges of the page, "next to", "above"), and ask follow-up-like questions that still stand alone. Each template is
labelled with one sub-style tag:
  plain      asked straight out, as said to a voice assistant: "What's in the top left corner of this picture?",
             "Is there anything in the middle?", "What's next to the red thing?", "What shape is on the far
             right?", "Anything purple in this picture?";
  disclose   says first that they cannot see it, or what their screen reader or magnifier does: "I'm blind, so I
             can't see this picture. How many shapes are in it?", "I'm colour blind, so is the square red?",
             "VoiceOver just says 'image'. What shape is the blue thing in it?", "I've zoomed in on the centre of
             the picture with my magnifier. What shape is there?";
  shared     names where the picture came from: "My friend sent me a picture of some shapes. How many circles are
             there?", "This is from my son's maths worksheet. It asks how many triangles there are. What's the
             answer?", "The worksheet says 'colour in the shape nearest the left side'. Which shape is that?";
  polite     a polite request: "Tell me what colour the triangle is, please.", "Could you tell me whether the
             top-right corner is empty?", "Would you mind telling me whether the green thing is a circle or
             square?";
  followup   a follow-up that still stands alone: "And the circle, what colour is that one?", "What about the
             red one? What shape is that?", "And which one is right at the top?", "What about the square? Is it
             left or right of the circle?";
  confirm    checking what they believe or were told: "My screen reader says there are three shapes. Is that
             right?", "I think the triangle is in the upper right corner. Is that right?", "So the square is
             green, right?", "The circle looks bigger than the square to me, but I have low vision. Am I right?";
  describe   a command to tell or describe: "Describe where the blue shape is.", "Describe where the square is
             compared to the circle.", "Tell me which is larger, the circle or the green one.", "Let me know if
             you can find a yellow shape.".
Families (what is asked): count (how many, all / of a colour / of a kind / both / in the left or top half;
confirming a number), exist (is there a kind / colour / coloured kind), colour (of the one shape of a kind, of the
shape in a corner, at an edge or the biggest; is it a colour), kind (the shape of the one shape of a colour; is it
a kind; which of two kinds), region (what is in a corner or the middle, which corner a shape is in, where on the
page it is, whether a corner or the middle is empty, left or right, top or bottom half), edge (the shape closest to
an edge, furthest one way; is a shape the one nearest an edge), relation (above or below, left or right of
another; what is next to, above, under or left of a shape; where one is compared to another; which of two is
further right) and size (bigger / smaller, biggest / smallest, which of two is larger, the colour of the smallest).
93 templates; every family has at least 11 wordings, every tag at least 10.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``):
"the triangle" only when there is exactly one triangle, "the red one" (thing, shape) only when exactly one shape is
red; a square is never asked about as a rectangle, nor "the rectangle" said when there is a square, nor "a square or
a rectangle" offered; an absent colour is never one a viewer might give a present colour's shade (``CONFUSABLE``);
side and relation words need a margin of 15% of the image side (from the middle for "on the left side" or "in the
top half", between centres for "above", "to the left of" and "next to" directions, between the first and the second
shape for "on the far right" and "closest to the bottom edge"); size words need areas differing by a factor of 1.8.
The new rules of this set:
  cells      the picture is cut into thirds both ways, nine cells: the four corners ("top left" ...), the middle,
             and "top", "bottom", "left", "right" between them. A shape is IN a cell when its centre lies in that
             third on both axes with a clearance of 5% of the side from the cell's inner borders (so not within 5%
             of a third line); a cell is EMPTY when no shape's box reaches into it at all. "Is there anything in
             the middle (that corner)?" is asked only where a shape is in it (yes) or it is empty (no); "what's in
             the top left corner" only where exactly one shape is in that corner and no other shape's box reaches
             into it; "which corner is X in" only where X is in a corner, "where on the page is X" and "describe
             where X is" only where X is in a cell (the gold is that cell's name);
             "I think X is in the upper right corner" is yes where X is in it, no where X's box does not reach it;
  edges      "closest to the bottom edge", "on the far right", "nearest the top of the page": the shape whose
             centre leads the next one's by the margin that way and whose box also reaches furthest that way;
  next to    "what's next to X": the only other shape where there are two, else the nearest by centre distance
             where the second nearest is at least 1.6 times as far; "what's above (under, to the left of) X": the one
             shape clearly that way from X when every other shape is clearly the other way (the askers'
             ``lone_beside``);
  compared   "describe where A is compared to B": "left" / "right" where A's centre is the margin or more from B's
             across and at most a third of that up or down; "above" / "below" the other way round; else not asked;
  halves     "how many shapes are on the left side (in the top half)" only where every shape is the margin or more
             from the middle that way.
A number confirmed wrongly ("My screen reader says there are three shapes" of two) is always more than the truth,
never fewer. A question presupposing several shapes ("a few shapes") is asked only of several. Within a template,
the gold is drawn first among the golds the picture offers, and where it offers both yes and no, the one its family
has had fewer times so far is taken, so yes and no are balanced by construction (their counts per family are
printed).

Scoring: the personas benchmark's ``normalise``, with the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical; case, punctuation and articles dropped, "grey" -> "gray", number words -> digits; shape and tone words
dropped from a colour answer, colour words from a shape answer; a gold "A|B" takes either; an answer "unknown" is
unknown; failing that, the answer read once more without the function words of a place or a group, so "on the left
side" answers "left" and "the red one" answers "red"; a one-word "true" / "false", "correct" / "incorrect" read as
"yes" / "no"), and before it one more reading where the gold names a place (one of the nine cells, or a side): an
answer made only of place words ("top", "upper", "bottom", "lower", "left", "right", "middle", "centre", "center",
"central") and filler ("the", "in", "on", "at", "corner", "part", "area", "side", "page", "picture", "far" ...)
is read as its cell: "upper-left corner" and "in the top left of the page" are "top left", "at the top in the
middle" is "top", "the centre" is "middle"; a place word of both ways ("top ... bottom") leaves it unread. Golds:
"what's in (which shape is next to ...)" -> the kind, or its colour where no other shape has that colour; "which
corner", "where on the page" -> the cell; "left or right" -> "left" / "right"; "top half or bottom half" -> "top" /
"bottom"; "above or below" -> "above" / "below"; "compared to B" -> "left", "right", "above|higher" or
"below|lower|under"; "bigger or smaller" -> "bigger|larger" / "smaller"; "which is further right (larger), A or B"
-> the word that named it (or its kind, as the askers' ``either_name``); "a circle or square" -> the kind.

    python examples/benchmarks/shape_scenes_access.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_access.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by sub-style tag and by template,
the 15 worst templates with one failure each, then every wrong answer and planning error (with
``--show-failures``, every unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import shape_scenes_personas as personas  # the personas benchmark's reading of answers
import shape_scenes_spoken as spoken  # the spoken benchmark's question picker and run
from shape_bench_common import article, cap, new_templates, toward, yn
from shape_scenes_askers import PLURAL, Shape, View, extreme, lone_beside, side_answer
from shape_scenes_personas import is_largest, left, relation_choice, top
from shape_scenes_spoken import (
    LOOSE,
    WORDS,
    claims,
    colour_is_kind,
    count_colour_kinds,
    frame_choice,
    in_either_order,
    much_bigger,
    other_kind,
    relation,
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
    tag: str


TEMPLATES, template = new_templates()  # template(family, name, tag)
TAGS = ["plain", "disclose", "shared", "polite", "followup", "confirm", "describe"]

# ------------------------------------------------------------------------------------------- cells of the page

CLEAR = 0.05  # of the side: how far inside a third (from its inner borders) a centre must lie to be in it
NEAR_RATIO = 1.6  # how much farther the second nearest shape must be for the nearest to be "next to" a shape
CELLS = {
    (0, 0): "top left",
    (1, 0): "top",
    (2, 0): "top right",
    (0, 1): "left",
    (1, 1): "middle",
    (2, 1): "right",
    (0, 2): "bottom left",
    (1, 2): "bottom",
    (2, 2): "bottom right",
}
CORNER_CELLS = [(0, 0), (2, 0), (0, 2), (2, 2)]
MIDDLE = (1, 1)


def third(t: float, w: int) -> int | None:
    """Which third (0, 1, 2) the coordinate ``t`` lies clearly in; None within ``CLEAR`` of a third line."""
    f = t / w
    if f <= 1 / 3 - CLEAR:
        return 0
    if 1 / 3 + CLEAR <= f <= 2 / 3 - CLEAR:
        return 1
    if f >= 2 / 3 + CLEAR:
        return 2
    return None


def cell(s: Shape, v: View) -> tuple[int, int] | None:
    """The cell the centre of ``s`` is clearly in (column, row), or None."""
    col, row = third(s.cx, v.w), third(s.cy, v.w)
    return None if col is None or row is None else (col, row)


def reaches(s: Shape, v: View, c: tuple[int, int]) -> bool:
    """Whether any pixel of the box of ``s`` lies in cell ``c``."""
    x0, y0, x1, y1 = s.box
    (col, row), w = c, v.w
    return x1 + 1 > col * w / 3 and x0 < (col + 1) * w / 3 and y1 + 1 > row * w / 3 and y0 < (row + 1) * w / 3


def occupant(v: View, c: tuple[int, int]) -> Shape | None:
    """The one shape in cell ``c``, where no other shape's box reaches into it."""
    inside = [s for s in v.shapes if cell(s, v) == c]
    if len(inside) != 1:
        return None
    return inside[0] if not any(reaches(t, v, c) for t in v.shapes if t is not inside[0]) else None


def anything_in(v: View, c: tuple[int, int]) -> str | None:
    """yes where a shape is in cell ``c``, no where it is empty, else None."""
    if any(cell(s, v) == c for s in v.shapes):
        return "yes"
    if not any(reaches(s, v, c) for s in v.shapes):
        return "no"
    return None


def corner_name(c: tuple[int, int], form: str = "space") -> str:
    """A corner's name as a speaker says it: "top left", "top-left" or "upper left"."""
    name = CELLS[c]
    if form == "hyphen":
        return name.replace(" ", "-")
    if form == "upper":
        return name.replace("top", "upper").replace("bottom", "lower")
    return name


def occupant_questions(v: View, cells: list[tuple[int, int]], say: Callable[[str], str], colour: bool = False):
    """ "what's in the <corner>": the kind of its one shape (or its colour, where no other shape has it); with
    ``colour``, its colour."""
    out = []
    for c in cells:
        s = occupant(v, c)
        if s:
            out.append((say(CELLS[c] if c != MIDDLE else "middle"), s.colour if colour else which_one(v, s)))
    return out


def furthest(v: View, side: str) -> Shape | None:
    """The shape furthest toward ``side`` ("left", "right", "top", "bottom"): its centre leads the next one's by the
    margin and its box reaches furthest that way too."""
    axis, sign, edge = toward(side)
    s = extreme(v, lambda s: -sign * (s.cx, s.cy)[axis])
    if s is None or max(v.shapes, key=lambda t: edge(t.box)) is not s:
        return None
    return s


def is_furthest(v: View, side: str, say: Callable[[str], str]) -> list[tuple[str, str]]:
    """yes / no for "is the <colour> shape the one nearest that edge", where one clearly is."""
    first = furthest(v, side)
    return [(say(s.colour), yn(s is first)) for s in v.unique_colours()] if first else []


def nearest(v: View, b: Shape) -> Shape | None:
    """The shape "next to" ``b``: the only other one, or the nearest where the next nearest is much farther."""
    others = sorted((t for t in v.shapes if t is not b), key=lambda t: math.dist((t.cx, t.cy), (b.cx, b.cy)))
    if not others:
        return None
    if len(others) == 1:
        return others[0]
    d1, d2 = (math.dist((t.cx, t.cy), (b.cx, b.cy)) for t in others[:2])
    return others[0] if d2 >= NEAR_RATIO * d1 else None


def beside(v: View, rng: np.random.Generator, say: Callable[[str], str], offset: Callable[[Shape, Shape], float]):
    """ "what's <that way from> B": the one shape clearly that way when all others are clearly the other way."""
    out = []
    for b in v.shapes:
        a, rb = lone_beside(v, b, offset), v.ref(b, rng)
        if a and rb:
            out.append((say(rb[0]), which_one(v, a)))
    return out


def compared(a: Shape, b: Shape, v: View) -> str | None:
    """Where A is compared to B along one clear axis: "left", "right", "above|higher", "below|lower|under"."""
    dx, dy = a.cx - b.cx, a.cy - b.cy
    if abs(dx) >= v.margin and abs(dy) <= abs(dx) / 3:
        return "left" if dx < 0 else "right"
    if abs(dy) >= v.margin and abs(dx) <= abs(dy) / 3:
        return "above|higher" if dy < 0 else "below|lower|under"
    return None


def half_count(v: View, offset: Callable[[Shape, View], float]) -> str | None:
    """How many shapes lie that way from the middle, where every shape is clearly one way or the other."""
    sides = [side_answer(offset(s, v), v.margin) for s in v.shapes]
    return None if None in sides else str(sides.count("yes"))


def there_are(n: int, kind: str) -> str:
    """ "there is one circle", "there are three circles"."""
    return f"{'there is' if n == 1 else 'there are'} {some(n, kind)}"


def are_there(n: int, kind: str) -> str:
    """ "is there one circle", "are there three circles"."""
    return f"{'is there' if n == 1 else 'are there'} {some(n, kind)}"


# count


@template("count", "how many shapes are on this page?", "plain")
def _(v, rng):
    return [("How many shapes are on this page?", str(v.n))]


@template("count", "i'm blind, so i can't see this picture. how many shapes are in it?", "disclose")
def _(v, rng):
    return [("I'm blind, so I can't see this picture. How many shapes are in it?", str(v.n))]


@template("count", "my friend sent me a picture of some shapes. how many kinds are there?", "shared")
def _(v, rng):
    if v.n < 2:
        return []
    return count_kinds(v, lambda k: f"My friend sent me a picture of some shapes. How many {PLURAL[k]} are there?")


@template("count", "could you count the colour shapes for me, please?", "polite")
def _(v, rng):
    return count_colours(v, lambda c: f"Could you count the {c} shapes for me, please?")


@template("count", "okay, and how many colour kinds are there?", "followup")
def _(v, rng):
    return count_colour_kinds(v, lambda c, k: f"Okay, and how many {c} {PLURAL[k]} are there?")


@template("count", "my screen reader says there are N shapes. is that right?", "confirm")
def _(v, rng):
    out = []
    for n, gold in claims(v.n, rng):
        said = f"{'there is' if n == 1 else 'there are'} {WORDS[n]} {'shape' if n == 1 else 'shapes'}"
        out.append((f"My screen reader says {said}. Is that right?", gold))
    return out


@template("count", "tell me how many kinds there are in the picture.", "describe")
def _(v, rng):
    return count_kinds(v, lambda k: f"Tell me how many {PLURAL[k]} there are in the picture.")


@template(
    "count", "this is from my son's maths worksheet. it asks how many kinds there are. what's the answer?", "shared"
)
def _(v, rng):
    return count_kinds(
        v,
        lambda k: f"This is from my son's maths worksheet. It asks how many {PLURAL[k]} there are. What's the answer?",
    )


@template("count", "i have low vision and the shapes all blur together. how many are there altogether?", "disclose")
def _(v, rng):
    text = "I have low vision and the shapes all blur together. How many are there altogether?"
    return [(text, str(v.n))] if v.n >= 2 else []


@template("count", "how many shapes are on the left side of the picture?", "plain")
def _(v, rng):
    n = half_count(v, left)
    return [("How many shapes are on the left side of the picture?", n)] if n else []


@template("count", "just to check, are there N kinds?", "confirm")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for n, gold in claims(v.kinds[k], rng):
            out.append((f"Just to check, {are_there(n, k)}?", gold))
    return out


@template("count", "how many things are in the top half, please?", "polite")
def _(v, rng):
    n = half_count(v, top)
    return [("How many things are in the top half, please?", n)] if n else []


# exist


@template("exist", "is there a kind anywhere in this picture?", "plain")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Is there {article(k)} {k} anywhere in this picture?")


@template("exist", "i can't see the screen. is there anything colour in this picture?", "disclose")
def _(v, rng):
    return exist_colours(v, lambda c: f"I can't see the screen. Is there anything {c} in this picture?")


@template("exist", "my friend sent me this picture. is there a colour kind in it?", "shared")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"My friend sent me this picture. Is there {article(c)} {c} {k} in it?")


@template("exist", "would you check whether there are any kinds in this image, please?", "polite")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Would you check whether there are any {PLURAL[k]} in this image, please?")


@template("exist", "what about colour? is there a colour one?", "followup")
def _(v, rng):
    return exist_colours(v, lambda c: f"What about {c}? Is there {article(c)} {c} one?")


@template("exist", "i think there's a kind somewhere in this picture. am i right?", "confirm")
def _(v, rng):
    return exist_kinds(v, lambda k: f"I think there's {article(k)} {k} somewhere in this picture. Am I right?")


@template("exist", "let me know if you can find a colour shape.", "describe")
def _(v, rng):
    return exist_colours(v, lambda c: f"Let me know if you can find {article(c)} {c} shape.")


@template("exist", "the worksheet says to find the kind. is there one?", "shared")
def _(v, rng):
    return exist_kinds(v, lambda k: f"The worksheet says to find the {k}. Is there one?")


@template("exist", "i'm visually impaired. does this picture have any colour kinds in it?", "disclose")
def _(v, rng):
    return exist_colour_kinds(
        v, lambda c, k: f"I'm visually impaired. Does this picture have any {c} {PLURAL[k]} in it?"
    )


@template("exist", "and is there also a kind in there?", "followup")
def _(v, rng):
    return exist_kinds(v, lambda k: f"And is there also {article(k)} {k} in there?")


@template("exist", "anything colour in this picture?", "plain")
def _(v, rng):
    return exist_colours(v, lambda c: f"Anything {c} in this picture?")


@template("exist", "can you please tell me whether this picture has a kind in it?", "polite")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Can you please tell me whether this picture has {article(k)} {k} in it?")


# colour


@template("colour", "tell me what colour the kind is, please.", "polite")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Tell me what colour the {k} is, please.")


@template("colour", "i'm colour blind, so is the kind colour?", "disclose")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"I'm colour blind, so is the {k} {c}?")


@template("colour", "my friend sent me this. what colour is the kind in it?", "shared")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"My friend sent me this. What colour is the {k} in it?")


@template("colour", "what colour is the shape in the <corner> corner?", "plain")
def _(v, rng):
    return occupant_questions(
        v,
        [*CORNER_CELLS, MIDDLE],
        lambda name: (
            "What colour is the shape in the middle?"
            if name == "middle"
            else f"What colour is the shape in the {name} corner?"
        ),
        colour=True,
    )


@template("colour", "and the kind, what colour is that one?", "followup")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"And the {k}, what colour is that one?")


@template("colour", "is the kind colour? i can't tell.", "confirm")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Is the {k} {c}? I can't tell.")


@template("colour", "describe the colour of the kind for me.", "describe")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Describe the colour of the {k} for me.")


@template("colour", "so the kind is colour, right?", "confirm")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"So the {k} is {c}, right?")


@template("colour", "i have low vision and can't make out colours well. what colour is the kind?", "disclose")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"I have low vision and can't make out colours well. What colour is the {k}?")


@template("colour", "what colour is the thing on the far left?", "plain")
def _(v, rng):
    s = furthest(v, "left")
    return [("What colour is the thing on the far left?", s.colour)] if s else []


@template("colour", "could you tell me the colour of the biggest shape?", "polite")
def _(v, rng):
    s = largest(v)
    return [("Could you tell me the colour of the biggest shape?", s.colour)] if s else []


@template("colour", "this worksheet asks what colour the kind is. can you tell me?", "shared")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"This worksheet asks what colour the {k} is. Can you tell me?")


# kind


@template("kind", "what shape is the colour one?", "plain")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"What shape is the {c} one?")


@template("kind", "i'm blind and i need to know what shape the colour thing is.", "disclose")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"I'm blind and I need to know what shape the {c} thing is.")


@template("kind", "my friend sent me a picture with something colour in it. what shape is it?", "shared")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"My friend sent me a picture with something {c} in it. What shape is it?")


@template("kind", "could you please tell me which shape is colour?", "polite")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Could you please tell me which shape is {c}?")


@template("kind", "what about the colour one? what shape is that?", "followup")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"What about the {c} one? What shape is that?")


@template("kind", "i'm guessing the colour shape is a kind. is that right?", "confirm")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"I'm guessing the {c} shape is {article(k)} {k}. Is that right?")


@template("kind", "tell me what shape the colour one is.", "describe")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Tell me what shape the {c} one is.")


@template("kind", "on my worksheet there's one colour shape. which shape is it?", "shared")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"On my worksheet there's one {c} shape. Which shape is it?")


@template("kind", "just to be sure, the colour one is a kind, yes?", "confirm")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Just to be sure, the {c} one is {article(k)} {k}, yes?")


@template("kind", "voiceover just says 'image'. what shape is the colour thing in it?", "disclose")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"VoiceOver just says 'image'. What shape is the {c} thing in it?")


@template("kind", "would you mind telling me whether the colour thing is a k1 or a k2?", "polite")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        first, second = in_either_order(rng, s.kind, other_kind(v, s.kind, rng))
        text = f"Would you mind telling me whether the {s.colour} thing is {article(first)} {first} or {second}?"
        out.append((text, s.kind))
    return out


# region: corners, the middle, the halves


@template("region", "what's in the <corner> corner of this picture?", "plain")
def _(v, rng):
    return occupant_questions(v, CORNER_CELLS, lambda name: f"What's in the {name} corner of this picture?")


@template("region", "is there anything in the middle?", "plain")
def _(v, rng):
    gold = anything_in(v, MIDDLE)
    return [("Is there anything in the middle?", gold)] if gold else []


@template("region", "describe where A is.", "describe")
def _(v, rng):
    out = []
    for s in v.shapes:
        c, ref = cell(s, v), v.ref(s, rng)
        if c and ref:
            out.append((f"Describe where {ref[0]} is.", CELLS[c]))
    return out


@template("region", "which corner is A in?", "plain")
def _(v, rng):
    out = []
    for s in v.shapes:
        c, ref = cell(s, v), v.ref(s, rng)
        if c in CORNER_CELLS and ref:
            out.append((f"Which corner is {ref[0]} in?", CELLS[c]))
    return out


@template("region", "i can't see the picture. where on the page is A?", "disclose")
def _(v, rng):
    out = []
    for s in v.shapes:
        c, ref = cell(s, v), v.ref(s, rng)
        if c and ref:
            out.append((f"I can't see the picture. Where on the page is {ref[0]}?", CELLS[c]))
    return out


@template("region", "could you tell me whether the <corner> corner is empty?", "polite")
def _(v, rng):
    out = []
    for c in CORNER_CELLS:
        gold = anything_in(v, c)
        if gold:
            text = f"Could you tell me whether the {corner_name(c, 'hyphen')} corner is empty?"
            out.append((text, "no" if gold == "yes" else "yes"))
    return out


@template("region", "my friend sent me a picture. is there anything in the <corner> corner?", "shared")
def _(v, rng):
    out = []
    for c in CORNER_CELLS:
        gold = anything_in(v, c)
        if gold:
            out.append((f"My friend sent me a picture. Is there anything in the {CELLS[c]} corner?", gold))
    return out


@template("region", "and what's in the middle?", "followup")
def _(v, rng):
    return occupant_questions(v, [MIDDLE], lambda name: "And what's in the middle?")


@template("region", "i think A is in the <corner> corner. is that right?", "confirm")
def _(v, rng):
    out = []
    for s in v.shapes:
        ref = v.ref(s, rng)
        if not ref:
            continue
        for c in CORNER_CELLS:
            gold = "yes" if cell(s, v) == c else "no" if not reaches(s, v, c) else None
            if gold:
                out.append((f"I think {ref[0]} is in the {corner_name(c, 'upper')} corner. Is that right?", gold))
    return out


@template("region", "is A on the left or the right of the picture?", "plain")
def _(v, rng):
    return frame_choice(v, rng, lambda a, x, y: f"Is {a} on the {x} or the {y} of the picture?", "x")


@template("region", "tell me whether A is in the top half or the bottom half.", "describe")
def _(v, rng):
    return frame_choice(v, rng, lambda a, x, y: f"Tell me whether {a} is in the {x} half or the {y} half.", "y")


@template("region", "i've zoomed in on the centre of the picture with my magnifier. what shape is there?", "disclose")
def _(v, rng):
    text = "I've zoomed in on the centre of the picture with my magnifier. What shape is there?"
    return occupant_questions(v, [MIDDLE], lambda name: text)


# edge: the shape nearest an edge


@template("edge", "which shape is closest to the bottom edge?", "plain")
def _(v, rng):
    s = furthest(v, "bottom")
    return [("Which shape is closest to the bottom edge?", which_one(v, s))] if s else []


@template("edge", "what shape is on the far right?", "plain")
def _(v, rng):
    s = furthest(v, "right")
    return [("What shape is on the far right?", which_one(v, s))] if s else []


@template("edge", "i'm blind. what's the shape nearest the top of the page?", "disclose")
def _(v, rng):
    s = furthest(v, "top")
    return [("I'm blind. What's the shape nearest the top of the page?", which_one(v, s))] if s else []


@template("edge", "could you tell me what colour the shape furthest to the left is?", "polite")
def _(v, rng):
    s = furthest(v, "left")
    return [("Could you tell me what colour the shape furthest to the left is?", s.colour)] if s else []


@template("edge", "my friend's picture has a few shapes. which one is lowest down?", "shared")
def _(v, rng):
    s = furthest(v, "bottom")
    return [("My friend's picture has a few shapes. Which one is lowest down?", which_one(v, s))] if s else []


@template("edge", "and which one is right at the top?", "followup")
def _(v, rng):
    s = furthest(v, "top")
    return [("And which one is right at the top?", which_one(v, s))] if s else []


@template("edge", "is the colour one the closest to the left edge?", "confirm")
def _(v, rng):
    return is_furthest(v, "left", lambda c: f"Is the {c} one the closest to the left edge?")


@template("edge", "tell me what's furthest to the right.", "describe")
def _(v, rng):
    s = furthest(v, "right")
    return [("Tell me what's furthest to the right.", which_one(v, s))] if s else []


@template("edge", "am i right that the colour shape is the one at the very bottom?", "confirm")
def _(v, rng):
    return is_furthest(v, "bottom", lambda c: f"Am I right that the {c} shape is the one at the very bottom?")


@template("edge", "the worksheet says 'colour in the shape nearest the left side'. which shape is that?", "shared")
def _(v, rng):
    s = furthest(v, "left")
    text = "The worksheet says 'colour in the shape nearest the left side'. Which shape is that?"
    return [(text, which_one(v, s))] if s else []


@template("edge", "please tell me which shape is highest up on the page.", "polite")
def _(v, rng):
    s = furthest(v, "top")
    return [("Please tell me which shape is highest up on the page.", which_one(v, s))] if s else []


# relation: one shape compared to another


@template("relation", "is A above or below B?", "plain")
def _(v, rng):
    return relation_choice(
        v, rng, lambda a, b, x, y: f"Is {a} {x} or {y} {b}?", lambda a, b: b.cy - a.cy, ("above", "below")
    )


@template("relation", "what's next to B?", "plain")
def _(v, rng):
    out = []
    for b in v.shapes:
        a, rb = nearest(v, b), v.ref(b, rng)
        if a and rb:
            out.append((f"What's next to {rb[0]}?", which_one(v, a)))
    return out


@template("relation", "i can't see where things are. is A to the left of B?", "disclose")
def _(v, rng):
    return relation(
        v, rng, lambda a, b: f"I can't see where things are. Is {a} to the left of {b}?", lambda a, b: b.cx - a.cx
    )


@template("relation", "could you tell me if A is below B, please?", "polite")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Could you tell me if {a} is below {b}, please?", lambda a, b: a.cy - b.cy)


@template("relation", "in the picture my friend sent, is A higher up than B?", "shared")
def _(v, rng):
    return relation(
        v, rng, lambda a, b: f"In the picture my friend sent, is {a} higher up than {b}?", lambda a, b: b.cy - a.cy
    )


@template("relation", "what about A? is it left or right of B?", "followup")
def _(v, rng):
    return relation_choice(
        v,
        rng,
        lambda a, b, x, y: f"What about {a}? Is it {x} or {y} of {b}?",
        lambda a, b: b.cx - a.cx,
        ("left", "right"),
    )


@template("relation", "so A is to the right of B, correct?", "confirm")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"So {a} is to the right of {b}, correct?", lambda a, b: a.cx - b.cx)


@template("relation", "describe where A is compared to B.", "describe")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        gold, ra, rb = compared(a, b, v), v.ref(a, rng), v.ref(b, rng)
        if gold and ra and rb:
            out.append((f"Describe where {ra[0]} is compared to {rb[0]}.", gold))
    return out


@template("relation", "what's above B?", "plain")
def _(v, rng):
    return beside(v, rng, lambda b: f"What's above {b}?", lambda a, b: b.cy - a.cy)


@template("relation", "my daughter's worksheet asks which shape is under B. what is it?", "shared")
def _(v, rng):
    return beside(
        v,
        rng,
        lambda b: f"My daughter's worksheet asks which shape is under {b}. What is it?",
        lambda a, b: a.cy - b.cy,
    )


@template("relation", "would you please tell me what's to the left of B?", "polite")
def _(v, rng):
    return beside(v, rng, lambda b: f"Would you please tell me what's to the left of {b}?", lambda a, b: b.cx - a.cx)


@template("relation", "i'm blind and need to know which is further right, A or B.", "disclose")
def _(v, rng):
    return which_of_two(
        v,
        rng,
        lambda x, y: f"I'm blind and need to know which is further right, {x} or {y}.",
        lambda a, b: a.cx - b.cx >= v.margin,
    )


# size


@template("size", "what's the biggest thing in the picture?", "plain")
def _(v, rng):
    s = largest(v)
    return [("What's the biggest thing in the picture?", which_one(v, s))] if s else []


@template("size", "i'm blind. is A bigger than B?", "disclose")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"I'm blind. Is {a} bigger than {b}?")


@template("size", "could you tell me which shape is the smallest, please?", "polite")
def _(v, rng):
    s = smallest(v)
    return [("Could you tell me which shape is the smallest, please?", which_one(v, s))] if s else []


@template("size", "my friend says A is the biggest shape. is she right?", "shared")
def _(v, rng):
    return is_largest(v, rng, lambda a: f"My friend says {a} is the biggest shape. Is she right?")


@template("size", "and is A smaller than B?", "followup")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"And is {a} smaller than {b}?", bigger=False)


@template("size", "A looks bigger than B to me, but i have low vision. am i right?", "confirm")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"{cap(a)} looks bigger than {b} to me, but I have low vision. Am I right?")


@template("size", "tell me which is larger, A or B.", "describe")
def _(v, rng):
    return which_of_two(v, rng, lambda x, y: f"Tell me which is larger, {x} or {y}.", much_bigger)


@template("size", "what colour is the smallest one?", "plain")
def _(v, rng):
    s = smallest(v)
    return [("What colour is the smallest one?", s.colour)] if s else []


@template("size", "on this worksheet, which is the largest shape?", "shared")
def _(v, rng):
    s = largest(v)
    return [("On this worksheet, which is the largest shape?", which_one(v, s))] if s else []


@template("size", "tell me what the smallest shape is.", "describe")
def _(v, rng):
    s = smallest(v)
    return [("Tell me what the smallest shape is.", which_one(v, s))] if s else []


@template("size", "what about A? is it bigger or smaller than B?", "followup")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if ra and rb and (much_bigger(a, b) or much_bigger(b, a)):
            x, y = in_either_order(rng, "bigger", "smaller")
            gold = "bigger|larger" if much_bigger(a, b) else "smaller"
            out.append((f"What about {ra[0]}? Is it {x} or {y} than {rb[0]}?", gold))
    return out


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- scoring

PLACE_WORDS = {
    "top": "top", "upper": "top", "bottom": "bottom", "lower": "bottom", "left": "left", "right": "right",
    "middle": "middle", "centre": "middle", "center": "middle", "central": "middle",
}  # fmt: skip
PLACE_FILLER = LOOSE | {
    "corner", "part", "area", "region", "section", "edge", "page", "screen", "worksheet", "far", "very",
    "located", "positioned", "towards", "toward", "up", "down", "and", "just", "s",
}  # fmt: skip
PLACES = set(CELLS.values())


def place(said: str) -> str | None:
    """The cell an answer made only of place words and filler names ("upper-left corner": "top left"), or None."""
    vertical, horizontal, middle = set(), set(), False
    for word in re.findall(r"[a-z]+", said.lower()):
        if word in PLACE_WORDS:
            where = PLACE_WORDS[word]
            if where == "middle":
                middle = True
            elif where in ("top", "bottom"):
                vertical.add(where)
            else:
                horizontal.add(where)
        elif word not in PLACE_FILLER:
            return None
    if len(vertical) > 1 or len(horizontal) > 1:
        return None
    name = " ".join([*vertical, *horizontal])
    return name or ("middle" if middle else None)


def normalise(said: str, gold: str) -> str:
    """The answer in the gold's terms: where the gold names a place, an answer of place words read as its cell
    (see :func:`place`); else the personas benchmark's ``normalise``."""
    if gold in PLACES and place(said) == gold:
        return gold
    return personas.normalise(said, gold)


# ----------------------------------------------------------------------------------------------------- run


pick_questions = spoken.question_picker(TEMPLATES, Item)


def main() -> None:
    wording = spoken.Wording(
        TEMPLATES, TAGS, pick_questions, "tag", "By sub-style tag (how the blind or low-vision asker words it):"
    )
    access = replace(
        wording,
        columns="family / tag / wording",
        width=22,
        template_width=None,
        normalise=normalise,
        group_of=lambda item: item.tag,
    )
    spoken.run_wording(__doc__, access)


if __name__ == "__main__":
    main()
