"""How nsvr copes with questions about busier flat shape drawings that pick a shape out by its place in an order.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, executor, tests or any benchmark other than ``shape_bench_common.py`` (shared machinery),
``shape_scenes_askers.py`` (whose picture generator, ground truth, rules of unambiguity and scoring are reused by
import), ``shape_scenes_rephrased.py`` (the most recent sibling, whose layout, command line, output, yes / no
balancing and scoring this copies) and the files that one imports, ``shape_scenes_spoken.py``,
``shape_scenes_personas.py`` and ``shape_scenes_typos.py`` (read for their machinery and question makers only: the
question picker, the run and its tables, the reading of answers, ``which_one`` and ``other_kind``; no wording was
taken from them). They were fixed before the first run (saved beside this script as
``shape_scenes_ordinal_first_run.txt``, made against a frozen snapshot of nsvr) and not tuned to nsvr's answers
afterwards. Before that run the templates were only checked for crashes, on a few pictures, against this file's own
ground truth.

Style: ordinals, superlatives and comparisons among many shapes, the way people ask about a busy picture when
naming a shape by kind or colour is not enough: "the second shape from the left", "third from the top", "the second
largest", "the smallest circle", "the last one on the right", "which of the red shapes is on the right", "is the
leftmost shape bigger than the rightmost one", "is the biggest shape also the highest one", "is the middle shape a
circle", "what position is the triangle in, counting from the left". Each template carries one sub-style tag:
  ordinal      an ordinal word and a direction: "What colour is the second shape from the left?", "Which shape is
               third from the top?", "What is the second largest shape?", "Going from bottom to top, what colour
               is the third shape?", "Ranked by size from big to small, what comes second?", "What colour is the
               second to last shape, going left to right?", "Is the red one the third from the top?";
  first-last   first / last / middle / the very top: "What shape is the last one on the right?", "What is the
               first shape on the left?", "Of the three shapes, which one's in the middle from left to right?",
               "If you lined the shapes up from smallest to largest, which one would be first?", "Sort the shapes by
               size, biggest first: what colour is the last one?", "Which shape is the very bottom one?";
  superlative  -est / -most / furthest: "What colour is the smallest circle?", "What's the topmost shape?", "Which
               one's the tiniest?", "Is the biggest shape also the highest one?", "Is the hexagon furthest to the
               left?", "What shape is the leftmost red one?";
  numbered     digits and positions: "What colour is the 2nd shape from the right?", "What kind of shape is #3
               from the left?", "What's the 2nd biggest shape's colour?", "Counting from the left, what position is
               the triangle in?", "Where does the circle rank in size, biggest first?";
  sequence     the next one in an order, between, before: "Going left to right, what comes right after the
               circle?", "Going left to right, which shape is between the red one and the star?", "How many shapes
               come before the square, going left to right?";
  partitive    a group, then one of it: "Which of the red shapes is on the right?", "What colour is the largest of
               the triangles?", "Of the blue shapes, which is bigger?", "Apart from the circle, which shape is
               biggest?", "Out of all of them, which shape is the largest?";
  comparative  two ranked shapes, or a shape against all the others: "Is the leftmost shape bigger than the
               rightmost one?", "What colour is the higher of the two squares?", "The two triangles: what colour is
               the bigger one?", "How many shapes are bigger than the red one?", "How many shapes sit further left
               than the star?".
Families (what is asked): line (a shape by its place from left to right), column (from top to bottom), size (by its
place in size), group (by its place within the shapes of one kind or colour), versus (yes / no comparing two ranked
shapes: size, place, colour, kind, or whether two superlatives are one shape), check (yes / no: is the shape at a
place of this kind or colour; is the named shape at that place) and place (the named shape's rank or how many
shapes are beyond it: a number). 85 templates, every family at least 12 wordings; by tag 20 ordinal, 18
superlative, 13 first-last, 11 numbered, 11 comparative, 8 partitive and 4 sequence.

Images: the askers' generator (``askers.make_scene``), its pictures unchanged but busier: ``most=4`` and the
``--more`` kinds by default (circle, square, rectangle, triangle, pentagon, hexagon, star; ``--no-more`` for the
first four), and a picture of fewer than 3 shapes drawn again (twice at most), so most pictures hold 3 or 4 shapes;
128x128 (or 64x64, ``--size``), a light tinted background with mild noise, eight saturated fills, never overlapping,
never cut by the border; the truth of every shape (kind, colour, box, centre, area) is exact.

A question is only generated when the ground truth answers it unambiguously. Margins: an order counts only where it
is clear at the place asked: along a direction, the centres of the shape asked about and of each of its neighbours
in that order (the shapes just before and just after it) differ by at least 15% of the image side; in size, their
areas differ by a factor of at least 1.5. So "the second from the left" needs the first, second and third centres
15% of the side apart from each other, "the largest" needs the largest 1.5 times the next, "how many shapes are
bigger than the red one" needs every other shape 1.5 times bigger or smaller, and two shapes compared ("is the
leftmost bigger than the rightmost", "is the biggest above the smallest") must also differ by that much in what is
compared. By the askers' rules (its ``View``): "the triangle" only when there is exactly one triangle, "the red one"
(shape, thing) only when exactly one shape is red; a group ("the circles", "the red shapes") is asked about only
with at least two members (exactly two for "the two ...", "which of ... is on the right", "the bigger of"), and a
shape picked out of a colour group is asked by its kind only where no other member has that kind; a square is never
asked about as a rectangle, nor "the rectangles" said when there is a square, nor the kinds of a square and a
rectangle compared as "the same kind"; an absent colour offered is never one a viewer might give the shape's shade
(``CONFUSABLE``); "the middle shape" only of exactly three. Within a template, the gold is drawn first among the
golds the picture offers, and where it offers both yes and no, the one its family has had fewer times so far is
taken, so yes and no are balanced by construction (their counts per family are printed).

Scoring: the personas benchmark's ``normalise``, with the shared ``lenient_or_unknown`` outcome, as the rephrased
benchmark scores (golds lower-case canonical; case, punctuation and articles dropped, "grey" -> "gray", number words
-> digits, "none" -> "0"; shape and tone words dropped from a colour answer, colour words from a shape answer; a
gold "A|B" takes either; an answer "unknown" is unknown; failing that, the answer read once more without the
function words of a place or a group, so "the red one" answers "red"; "true" / "false" read as "yes" / "no"). Golds:
"which shape is ..." -> its kind, or its colour where no other shape has that colour (the spoken ``which_one``);
"what shape / what kind ..." -> its kind; "what colour ..." -> its colour; a shape picked out of a colour group ->
its kind; a rank ("what position", "which place", "where does it rank", "first, second or third") -> the digit,
the ordinal word or the digit with its suffix ("2|second|2nd"); "how many ..." -> the digit.

    python examples/benchmarks/shape_scenes_ordinal.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_ordinal.py --size 64 --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by sub-style tag and by template,
the 15 worst templates with one failure each, then every wrong answer and planning error (with
``--show-failures``, every unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import shape_scenes_askers as askers  # the askers' pictures, ground truth and rules
import shape_scenes_personas as personas  # the personas benchmark's reading of answers
import shape_scenes_spoken as spoken  # the spoken benchmark's question picker and run
from shape_bench_common import command_line, new_templates, yn
from shape_scenes_askers import PLURAL, Scene, Shape, View
from shape_scenes_spoken import other_kind, which_one


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    tag: str


TEMPLATES, template = new_templates()  # template(family, name, tag)
TAGS = ["ordinal", "first-last", "superlative", "numbered", "sequence", "partitive", "comparative"]
MOST = 4  # shapes in a picture, at most
FEW = 3  # a picture with fewer shapes is drawn again ...
REDRAWS = 2  # ... at most this many times
ORDER_RATIO = 1.5  # the least area factor between neighbours that makes a size order clear
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth"}
NTH = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}


# ----------------------------------------------------------------------------------------------------- pictures


def make_scene(index: int, side: int, kinds: list[str], rng: np.random.Generator) -> Scene:
    """The askers' picture with up to ``MOST`` shapes, drawn again (``REDRAWS`` times at most) while it holds fewer
    than ``FEW``: busier pictures, most of them with 3 or 4 shapes."""
    scene = askers.make_scene(index, side, kinds, rng, most=MOST)
    for _ in range(REDRAWS):
        if len(scene.shapes) >= FEW:
            break
        scene = askers.make_scene(index, side, kinds, rng, most=MOST)
    return scene


# ----------------------------------------------------------------------------------------------------- orders


def way(v: View, towards: str) -> tuple[Callable[[Shape], float], float]:
    """The key that sorts shapes from the end ``towards`` ("left", "right", "top", "bottom", "big", "small") and the
    least difference of keys between neighbours that makes that order clear."""
    size_gap = math.log(ORDER_RATIO)
    keys: dict[str, tuple[Callable[[Shape], float], float]] = {
        "left": (lambda s: s.cx, v.margin),
        "right": (lambda s: -s.cx, v.margin),
        "top": (lambda s: s.cy, v.margin),
        "bottom": (lambda s: -s.cy, v.margin),
        "big": (lambda s: -math.log(s.area), size_gap),
        "small": (lambda s: math.log(s.area), size_gap),
    }
    return keys[towards]


def clear_at(order: list[Shape], key: Callable[[Shape], float], gap: float, i: int) -> bool:
    """Whether the ``i``-th shape of ``order`` (sorted by ``key``) is clearly apart from its neighbours there."""
    before = i == 0 or key(order[i]) - key(order[i - 1]) >= gap
    after = i == len(order) - 1 or key(order[i + 1]) - key(order[i]) >= gap
    return before and after


def ordered(v: View, towards: str, among: list[Shape] | None = None) -> list[Shape]:
    key, _ = way(v, towards)
    return sorted(v.shapes if among is None else among, key=key)


def nth(v: View, towards: str, k: int, among: list[Shape] | None = None) -> Shape | None:
    """The ``k``-th shape (from 1) counted from the end ``towards`` (of ``among``, or all), where that place is
    clear; None where it is not, or where fewer than two shapes (or ``k``) are counted."""
    order = ordered(v, towards, among)
    if len(order) < 2 or k > len(order):
        return None
    key, gap = way(v, towards)
    return order[k - 1] if clear_at(order, key, gap, k - 1) else None


def rank(v: View, towards: str, s: Shape, among: list[Shape] | None = None) -> int | None:
    """The place (from 1) of ``s`` counted from the end ``towards``, where it is clear."""
    order = ordered(v, towards, among)
    if len(order) < 2:
        return None
    key, gap = way(v, towards)
    i = order.index(s)
    return i + 1 if clear_at(order, key, gap, i) else None


def beyond(v: View, towards: str, a: Shape, b: Shape) -> bool | None:
    """Whether ``a`` lies clearly further ``towards`` than ``b`` (True), clearly less far (False), or neither."""
    key, gap = way(v, towards)
    if key(b) - key(a) >= gap:
        return True
    if key(a) - key(b) >= gap:
        return False
    return None


def place_gold(k: int) -> str:
    """The gold of a rank: the digit, the ordinal word or the digit with its suffix."""
    return f"{k}|{ORD[k]}|{NTH[k]}"


def refs(v: View, rng: np.random.Generator) -> list[tuple[Shape, str]]:
    """Each shape that a phrase names alone ("the triangle", "the red one"), with that phrase."""
    out = []
    for s in v.shapes:
        ref = v.ref(s, rng)
        if ref:
            out.append((s, ref[0]))
    return out


def kind_groups(v: View, size: int | None = None) -> list[tuple[str, list[Shape]]]:
    """The kinds with at least two shapes (exactly ``size``, where given), never the rectangles beside a square."""
    out = []
    for k in v.askable_kinds():
        members = [s for s in v.shapes if s.kind == k]
        if len(members) >= 2 and (size is None or len(members) == size):
            out.append((k, members))
    return out


def colour_groups(v: View, size: int | None = None) -> list[tuple[str, list[Shape]]]:
    """The colours with at least two shapes (exactly ``size``, where given)."""
    out = []
    for c in v.colours:
        members = [s for s in v.shapes if s.colour == c]
        if len(members) >= 2 and (size is None or len(members) == size):
            out.append((c, members))
    return out


def alone_in(s: Shape, members: list[Shape]) -> bool:
    """Whether no other member of a group has the kind of ``s`` (so its kind answers which one it is)."""
    return sum(1 for m in members if m.kind == s.kind) == 1


def kind_claims(v: View, s: Shape, rng: np.random.Generator) -> list[tuple[str, str]]:
    """(kind, gold) to ask "is it a <kind>" of ``s``: its own (yes) and another, never a square's "rectangle" (no)."""
    return [(s.kind, "yes"), (other_kind(v, s.kind, rng), "no")]


def colour_claims(v: View, s: Shape, rng: np.random.Generator) -> list[tuple[str, str]]:
    """(colour, gold) to ask "is it <colour>" of ``s``: its own (yes) and one no viewer takes for its shade (no)."""
    return [(s.colour, "yes"), (v.other_colour(s.colour, rng), "no")]


def same_shape(a: Shape, b: Shape) -> bool | None:
    """Whether two shapes are the same kind; None for a square and a rectangle (a square is a rectangle too)."""
    return None if {a.kind, b.kind} == {"square", "rectangle"} else a.kind == b.kind


def bigger(a: Shape, b: Shape) -> bool | None:
    """Whether ``a`` is clearly bigger than ``b`` (True), clearly smaller (False), or neither."""
    ratio = a.area / b.area
    return True if ratio >= ORDER_RATIO else False if ratio <= 1 / ORDER_RATIO else None


def ordinals(v: View, sides: tuple[str, ...], say: Callable[[str, int], str], gold: Callable[[Shape], str], low=2):
    """A question about the ``k``-th shape from each of ``sides``, ``k`` from ``low`` up: ``say(side, k)``."""
    out = []
    for side in sides:
        for k in range(low, v.n + 1):
            s = nth(v, side, k)
            if s:
                out.append((say(side, k), gold(s)))
    return out


def extremes(v: View, sides: dict[str, str], say: Callable[[str], str], gold: Callable[[Shape], str]):
    """A question about the shape furthest towards each of ``sides`` (the word said: the side), where clear."""
    out = []
    for word, side in sides.items():
        s = nth(v, side, 1)
        if s:
            out.append((say(word), gold(s)))
    return out


def kind_of(s: Shape) -> str:
    return s.kind


def colour_of(s: Shape) -> str:
    return s.colour


def which(v: View) -> Callable[[Shape], str]:
    return lambda s: which_one(v, s)


# ----------------------------------------------------------------------------------------------------- line


@template("line", "what colour is the Nth shape from the left / right?", "ordinal")
def _(v, rng):
    return ordinals(
        v, ("left", "right"), lambda side, k: f"What colour is the {ORD[k]} shape from the {side}?", colour_of
    )


@template("line", "what shape is the last one on the right / left?", "first-last")
def _(v, rng):
    return extremes(v, {"right": "right", "left": "left"}, lambda w: f"What shape is the last one on the {w}?", kind_of)


@template("line", "what is the first shape on the left?", "first-last")
def _(v, rng):
    return extremes(v, {"left": "left"}, lambda w: f"What is the first shape on the {w}?", which(v))


@template("line", "going from left to right, what's the Nth shape?", "ordinal")
def _(v, rng):
    return ordinals(
        v,
        ("left", "right"),
        lambda side, k: f"Going from {side} to {'right' if side == 'left' else 'left'}, what's the {ORD[k]} shape?",
        which(v),
    )


@template("line", "counting from the right, which shape comes Nth?", "ordinal")
def _(v, rng):
    return ordinals(
        v, ("right", "left"), lambda side, k: f"Counting from the {side}, which shape comes {ORD[k]}?", which(v)
    )


@template("line", "what colour is the 2nd shape from the right?", "numbered")
def _(v, rng):
    return ordinals(
        v, ("right", "left"), lambda side, k: f"what colour is the {NTH[k]} shape from the {side}", colour_of
    )


@template("line", "of the three shapes, which one's in the middle from left to right?", "first-last")
def _(v, rng):
    s = nth(v, "left", 2) if v.n == 3 else None
    return [("Of the three shapes, which one's in the middle from left to right?", which_one(v, s))] if s else []


@template("line", "which shape is farthest to the left / right?", "superlative")
def _(v, rng):
    return extremes(v, {"left": "left", "right": "right"}, lambda w: f"Which shape is farthest to the {w}?", which(v))


@template("line", "name the colour of the rightmost / leftmost shape.", "superlative")
def _(v, rng):
    sides = {"rightmost": "right", "leftmost": "left"}
    return extremes(v, sides, lambda w: f"Name the colour of the {w} shape.", colour_of)


@template("line", "going left to right, what comes right after B?", "sequence")
def _(v, rng):
    out = []
    for s, ref in refs(v, rng):
        for side, other in (("left", "right"), ("right", "left")):
            r = rank(v, side, s)
            after = nth(v, side, r + 1) if r and r < v.n else None
            if after:
                out.append((f"Going {side} to {other}, what comes right after {ref}?", which_one(v, after)))
    return out


@template("line", "going left to right, which shape is between A and C?", "sequence")
def _(v, rng):
    out = []
    named = refs(v, rng)
    for a, ra in named:
        for c, rc in named:
            r = rank(v, "left", a)
            if r and rank(v, "left", c) == r + 2 and nth(v, "left", r + 1):
                middle = nth(v, "left", r + 1)
                first, second = (ra, rc) if rng.random() < 0.5 else (rc, ra)
                out.append((f"Going left to right, which shape is between {first} and {second}?", which_one(v, middle)))
    return out


@template("line", "what colour is the second to last shape, going left to right?", "ordinal")
def _(v, rng):
    out = []
    for side, other in (("left", "right"), ("right", "left")):
        s = nth(v, other, 2) if v.n >= 3 else None
        if s:
            out.append((f"What colour is the second to last shape, going {side} to {other}?", s.colour))
    return out


@template("line", "what kind of shape is #N from the left?", "numbered")
def _(v, rng):
    return ordinals(v, ("left", "right"), lambda side, k: f"What kind of shape is #{k} from the {side}?", kind_of)


# ----------------------------------------------------------------------------------------------------- column


@template("column", "which shape is Nth from the top / bottom?", "ordinal")
def _(v, rng):
    return ordinals(v, ("top", "bottom"), lambda side, k: f"Which shape is {ORD[k]} from the {side}?", which(v))


@template("column", "what color is the shape that's Nth from the bottom?", "ordinal")
def _(v, rng):
    return ordinals(
        v, ("bottom", "top"), lambda side, k: f"What color is the shape that's {ORD[k]} from the {side}?", colour_of
    )


@template("column", "what's the topmost shape?", "superlative")
def _(v, rng):
    return extremes(v, {"topmost": "top"}, lambda w: f"What's the {w} shape?", which(v))


@template("column", "which shape is nearest the bottom / top of the picture?", "superlative")
def _(v, rng):
    sides = {"bottom": "bottom", "top": "top"}
    return extremes(v, sides, lambda w: f"Which shape is nearest the {w} of the picture?", which(v))


@template("column", "counting down from the top, what's the Nth shape?", "ordinal")
def _(v, rng):
    out = ordinals(v, ("top",), lambda side, k: f"Counting down from the top, what's the {ORD[k]} shape?", which(v))
    return out + ordinals(
        v, ("bottom",), lambda side, k: f"Counting up from the bottom, what's the {ORD[k]} shape?", which(v)
    )


@template("column", "going from bottom to top, what colour is the Nth shape?", "ordinal")
def _(v, rng):
    return ordinals(
        v,
        ("bottom", "top"),
        lambda side, k: (
            f"Going from {side} to {'top' if side == 'bottom' else 'bottom'}, what colour is the {ORD[k]} shape?"
        ),
        colour_of,
    )


@template("column", "what shape is highest up in the picture?", "superlative")
def _(v, rng):
    sides = {"highest up": "top", "lowest down": "bottom"}
    return extremes(v, sides, lambda w: f"What shape is {w} in the picture?", kind_of)


@template("column", "what colour is the 2nd highest / lowest shape?", "numbered")
def _(v, rng):
    out = []
    for word, side in (("highest", "top"), ("lowest", "bottom")):
        for k in range(2, v.n + 1):
            s = nth(v, side, k)
            if s:
                out.append((f"What colour is the {NTH[k]} {word} shape?", s.colour))
    return out


@template("column", "what shape is Nth lowest / highest?", "ordinal")
def _(v, rng):
    out = []
    for word, side in (("lowest", "bottom"), ("highest", "top")):
        for k in range(2, v.n + 1):
            s = nth(v, side, k)
            if s:
                out.append((f"what shape is {ORD[k]} {word}?", s.kind))
    return out


@template("column", "which shape is the very bottom / top one?", "first-last")
def _(v, rng):
    return extremes(v, {"bottom": "bottom", "top": "top"}, lambda w: f"Which shape is the very {w} one?", which(v))


@template("column", "top to bottom, what comes just after B?", "sequence")
def _(v, rng):
    out = []
    for s, ref in refs(v, rng):
        for side, other in (("top", "bottom"), ("bottom", "top")):
            r = rank(v, side, s)
            after = nth(v, side, r + 1) if r and r < v.n else None
            if after:
                out.append((f"{side.capitalize()} to {other}, what comes just after {ref}?", which_one(v, after)))
    return out


@template("column", "ranked from highest to lowest, which shape comes last?", "first-last")
def _(v, rng):
    sides = {"highest to lowest": "bottom", "lowest to highest": "top"}
    return extremes(v, sides, lambda w: f"Ranked from {w}, which shape comes last?", which(v))


# ----------------------------------------------------------------------------------------------------- size


@template("size", "what is the Nth largest shape?", "ordinal")
def _(v, rng):
    return ordinals(v, ("big",), lambda side, k: f"What is the {ORD[k]} largest shape?", which(v))


@template("size", "what colour is the biggest shape?", "superlative")
def _(v, rng):
    return extremes(v, {"biggest": "big"}, lambda w: f"What colour is the {w} shape?", colour_of)


@template("size", "which one's the tiniest?", "superlative")
def _(v, rng):
    return extremes(v, {"tiniest": "small"}, lambda w: f"Which one's the {w}?", which(v))


@template("size", "what colour is the Nth smallest shape?", "ordinal")
def _(v, rng):
    return ordinals(v, ("small",), lambda side, k: f"What colour is the {ORD[k]} smallest shape?", colour_of)


@template("size", "what shape is the Nth biggest?", "ordinal")
def _(v, rng):
    return ordinals(v, ("big",), lambda side, k: f"What shape is the {ORD[k]} biggest?", kind_of)


@template("size", "ranked by size from big to small, what comes Nth?", "ordinal")
def _(v, rng):
    return ordinals(
        v,
        ("big", "small"),
        lambda side, k: f"Ranked by size from {side} to {'small' if side == 'big' else 'big'}, what comes {ORD[k]}?",
        which(v),
    )


@template("size", "what's the 2nd biggest shape's colour?", "numbered")
def _(v, rng):
    out = ordinals(v, ("big",), lambda side, k: f"What's the {NTH[k]} biggest shape's colour?", colour_of)
    return out + ordinals(v, ("small",), lambda side, k: f"What's the {NTH[k]} smallest shape's colour?", colour_of)


@template("size", "out of all of them, which shape is the largest?", "partitive")
def _(v, rng):
    return extremes(v, {"largest": "big"}, lambda w: f"Out of all of them, which shape is the {w}?", which(v))


@template("size", "if you lined the shapes up from smallest to largest, which one would be first / last?", "first-last")
def _(v, rng):
    out = []
    for order, side in (("smallest to largest", "small"), ("largest to smallest", "big")):
        for end, k in (("first", 1), ("last", v.n)):
            s = nth(v, side, k)
            if s:
                out.append((f"If you lined the shapes up from {order}, which one would be {end}?", which_one(v, s)))
    return out


@template("size", "apart from B, which shape is biggest / smallest?", "partitive")
def _(v, rng):
    out = []
    for s, ref in refs(v, rng):
        others = [o for o in v.shapes if o is not s]
        for word, side in (("biggest", "big"), ("smallest", "small")):
            best = nth(v, side, 1, others) if len(others) >= 2 else None
            if best:
                out.append((f"Apart from {ref}, which shape is {word}?", which_one(v, best)))
    return out


@template("size", "sort the shapes by size, biggest first: what colour is the last one?", "first-last")
def _(v, rng):
    out = []
    for first, side in (("biggest", "big"), ("smallest", "small")):
        s = nth(v, side, v.n)
        if s:
            out.append((f"Sort the shapes by size, {first} first: what colour is the last one?", s.colour))
    return out


@template("size", "of all the shapes, which is the smallest in area?", "partitive")
def _(v, rng):
    return extremes(v, {"smallest": "small"}, lambda w: f"Of all the shapes, which is the {w} in area?", which(v))


# ----------------------------------------------------------------------------------------------------- group


@template("group", "what colour is the smallest / biggest K?", "superlative")
def _(v, rng):
    out = []
    for k, members in kind_groups(v):
        for word, side in (("smallest", "small"), ("biggest", "big")):
            s = nth(v, side, 1, members)
            if s:
                out.append((f"What colour is the {word} {k}?", s.colour))
    return out


@template("group", "what colour is the largest / smallest of the Ks?", "partitive")
def _(v, rng):
    out = []
    for k, members in kind_groups(v):
        for word, side in (("largest", "big"), ("smallest", "small")):
            s = nth(v, side, 1, members)
            if s:
                out.append((f"What colour is the {word} of the {PLURAL[k]}?", s.colour))
    return out


@template("group", "which of the C shapes is on the right / left?", "partitive")
def _(v, rng):
    out = []
    for c, members in colour_groups(v, 2):
        for side in ("right", "left"):
            s = nth(v, side, 1, members)
            if s and alone_in(s, members):
                out.append((f"Which of the {c} shapes is on the {side}?", s.kind))
    return out


@template("group", "what shape is the leftmost C one?", "superlative")
def _(v, rng):
    out = []
    for c, members in colour_groups(v):
        for word, side in (("leftmost", "left"), ("rightmost", "right"), ("highest", "top"), ("lowest", "bottom")):
            s = nth(v, side, 1, members)
            if s and alone_in(s, members):
                out.append((f"What shape is the {word} {c} one?", s.kind))
    return out


@template("group", "of the C shapes, which is bigger / smaller?", "partitive")
def _(v, rng):
    out = []
    for c, members in colour_groups(v, 2):
        for word, side in (("bigger", "big"), ("smaller", "small")):
            s = nth(v, side, 1, members)
            if s and alone_in(s, members):
                out.append((f"Of the {c} shapes, which is {word}?", s.kind))
    return out


@template("group", "what colour is the higher / lower of the two Ks?", "comparative")
def _(v, rng):
    out = []
    for k, members in kind_groups(v, 2):
        for word, side in (("higher", "top"), ("lower", "bottom")):
            s = nth(v, side, 1, members)
            if s:
                out.append((f"What colour is the {word} of the two {PLURAL[k]}?", s.colour))
    return out


@template("group", "which colour is the Nth K from the left / right?", "ordinal")
def _(v, rng):
    out = []
    for k, members in kind_groups(v):
        for side in ("left", "right"):
            for i in range(1, len(members) + 1):
                s = nth(v, side, i, members)
                if s:
                    out.append((f"Which colour is the {ORD[i]} {k} from the {side}?", s.colour))
    return out


@template("group", "among the C shapes, which one is lowest / highest?", "partitive")
def _(v, rng):
    out = []
    for c, members in colour_groups(v):
        for word, side in (("lowest", "bottom"), ("highest", "top")):
            s = nth(v, side, 1, members)
            if s and alone_in(s, members):
                out.append((f"Among the {c} shapes, which one is {word}?", s.kind))
    return out


@template("group", "what colour is the top-most / bottom-most K?", "superlative")
def _(v, rng):
    out = []
    for k, members in kind_groups(v):
        for word, side in (("top-most", "top"), ("bottom-most", "bottom")):
            s = nth(v, side, 1, members)
            if s:
                out.append((f"what colour is the {word} {k}?", s.colour))
    return out


@template("group", "which C shape is the smallest / biggest?", "superlative")
def _(v, rng):
    out = []
    for c, members in colour_groups(v):
        for word, side in (("smallest", "small"), ("biggest", "big")):
            s = nth(v, side, 1, members)
            if s and alone_in(s, members):
                out.append((f"Which {c} shape is the {word}?", s.kind))
    return out


@template("group", "what colour's the rightmost / leftmost of the Ks?", "partitive")
def _(v, rng):
    out = []
    for k, members in kind_groups(v):
        for word, side in (("rightmost", "right"), ("leftmost", "left")):
            s = nth(v, side, 1, members)
            if s:
                out.append((f"What colour's the {word} of the {PLURAL[k]}?", s.colour))
    return out


@template("group", "the two Ks: what colour is the bigger / smaller one?", "comparative")
def _(v, rng):
    out = []
    for k, members in kind_groups(v, 2):
        for word, side in (("bigger", "big"), ("smaller", "small")):
            s = nth(v, side, 1, members)
            if s:
                out.append((f"The two {PLURAL[k]}: what colour is the {word} one?", s.colour))
    return out


# ----------------------------------------------------------------------------------------------------- versus


@template("versus", "is the leftmost shape bigger / smaller than the rightmost one?", "comparative")
def _(v, rng):
    a, b = nth(v, "left", 1), nth(v, "right", 1)
    if not (a and b) or bigger(a, b) is None:
        return []
    return [
        ("Is the leftmost shape bigger than the rightmost one?", yn(bigger(a, b))),
        ("Is the leftmost shape smaller than the rightmost one?", yn(not bigger(a, b))),
    ]


@template("versus", "is the biggest shape also the highest / lowest one?", "superlative")
def _(v, rng):
    big = nth(v, "big", 1)
    out = []
    for word, side in (("highest", "top"), ("lowest", "bottom")):
        s = nth(v, side, 1)
        if big and s:
            out.append((f"Is the biggest shape also the {word} one?", yn(big is s)))
    return out


@template("versus", "is the smallest shape further left / right than the biggest one?", "comparative")
def _(v, rng):
    small, big = nth(v, "small", 1), nth(v, "big", 1)
    out = []
    for side in ("left", "right"):
        answer = beyond(v, side, small, big) if small and big else None
        if answer is not None:
            out.append((f"Is the smallest shape further {side} than the biggest one?", yn(answer)))
    return out


@template("versus", "is the top shape smaller / bigger than the bottom one?", "comparative")
def _(v, rng):
    a, b = nth(v, "top", 1), nth(v, "bottom", 1)
    if not (a and b) or bigger(a, b) is None:
        return []
    return [
        ("Is the top shape smaller than the bottom one?", yn(not bigger(a, b))),
        ("Is the top shape bigger than the bottom one?", yn(bigger(a, b))),
    ]


@template("versus", "is the largest shape the one furthest to the right / left?", "superlative")
def _(v, rng):
    big = nth(v, "big", 1)
    out = []
    for side in ("right", "left"):
        s = nth(v, side, 1)
        if big and s:
            out.append((f"Is the largest shape the one furthest to the {side}?", yn(big is s)))
    return out


@template("versus", "is the second shape from the left larger than the first?", "ordinal")
def _(v, rng):
    out = []
    for side in ("left", "top"):
        first, second = nth(v, side, 1), nth(v, side, 2)
        answer = bigger(second, first) if first and second else None
        if answer is not None:
            out.append((f"Is the second shape from the {side} larger than the first?", yn(answer)))
    return out


@template("versus", "are the shapes at the far left and the far right the same colour?", "first-last")
def _(v, rng):
    a, b = nth(v, "left", 1), nth(v, "right", 1)
    if not (a and b):
        return []
    return [("Are the shapes at the far left and the far right the same colour?", yn(a.colour == b.colour))]


@template("versus", "is the lowest shape the biggest too?", "superlative")
def _(v, rng):
    out = []
    for word, side in (("lowest", "bottom"), ("highest", "top")):
        for size, end in (("biggest", "big"), ("smallest", "small")):
            s, t = nth(v, side, 1), nth(v, end, 1)
            if s and t:
                out.append((f"Is the {word} shape the {size} too?", yn(s is t)))
    return out


@template("versus", "does the biggest shape sit above / below the smallest one?", "comparative")
def _(v, rng):
    big, small = nth(v, "big", 1), nth(v, "small", 1)
    out = []
    for word, side in (("above", "top"), ("below", "bottom")):
        answer = beyond(v, side, big, small) if big and small else None
        if answer is not None:
            out.append((f"Does the biggest shape sit {word} the smallest one?", yn(answer)))
    return out


@template("versus", "going left to right, are the first and last shapes the same kind of shape?", "first-last")
def _(v, rng):
    a, b = nth(v, "left", 1), nth(v, "right", 1)
    answer = same_shape(a, b) if a and b and v.n >= 3 else None
    if answer is None:
        return []
    return [("Going left to right, are the first and last shapes the same kind of shape?", yn(answer))]


@template("versus", "is the 2nd biggest shape to the left / right of the biggest?", "numbered")
def _(v, rng):
    first, second = nth(v, "big", 1), nth(v, "big", 2)
    out = []
    for side in ("left", "right"):
        answer = beyond(v, side, second, first) if first and second else None
        if answer is not None:
            out.append((f"Is the 2nd biggest shape to the {side} of the biggest?", yn(answer)))
    return out


@template("versus", "is the highest shape also the one on the far left / right?", "superlative")
def _(v, rng):
    high = nth(v, "top", 1)
    out = []
    for side in ("left", "right"):
        s = nth(v, side, 1)
        if high and s:
            out.append((f"Is the highest shape also the one on the far {side}?", yn(high is s)))
    return out


# ----------------------------------------------------------------------------------------------------- check


@template("check", "going left to right, is the middle shape a K?", "first-last")
def _(v, rng):
    s = nth(v, "left", 2) if v.n == 3 else None
    if not s:
        return []
    return [(f"Going left to right, is the middle shape a {k}?", gold) for k, gold in kind_claims(v, s, rng)]


@template("check", "is the Nth shape from the left C?", "ordinal")
def _(v, rng):
    out = []
    for side in ("left", "right"):
        for k in range(2, v.n + 1):
            s = nth(v, side, k)
            if s:
                for c, gold in colour_claims(v, s, rng):
                    out.append((f"Is the {ORD[k]} shape from the {side} {c}?", gold))
    return out


@template("check", "is B the largest of all the shapes?", "superlative")
def _(v, rng):
    big = nth(v, "big", 1)
    return [(f"Is {ref} the largest of all the shapes?", yn(s is big)) for s, ref in refs(v, rng)] if big else []


@template("check", "is B the Nth from the top / bottom?", "ordinal")
def _(v, rng):
    out = []
    for s, ref in refs(v, rng):
        for side in ("top", "bottom"):
            r = rank(v, side, s)
            if r:
                for k in range(2, v.n + 1):
                    out.append((f"Is {ref} the {ORD[k]} from the {side}?", yn(r == k)))
    return out


@template("check", "is B the Nth smallest / largest?", "ordinal")
def _(v, rng):
    out = []
    for s, ref in refs(v, rng):
        for word, side in (("smallest", "small"), ("largest", "big")):
            r = rank(v, side, s)
            if r:
                for k in range(2, v.n + 1):
                    out.append((f"Is {ref} the {ORD[k]} {word}?", yn(r == k)))
    return out


@template("check", "is B the last one on the right / left?", "first-last")
def _(v, rng):
    out = []
    for side in ("right", "left"):
        end = nth(v, side, 1)
        if end:
            out += [(f"Is {ref} the last one on the {side}?", yn(s is end)) for s, ref in refs(v, rng)]
    return out


@template("check", "is the 3rd shape from the right a K?", "numbered")
def _(v, rng):
    out = []
    for side in ("right", "left"):
        for k in range(2, v.n + 1):
            s = nth(v, side, k)
            if s:
                for kind, gold in kind_claims(v, s, rng):
                    out.append((f"Is the {NTH[k]} shape from the {side} a {kind}?", gold))
    return out


@template("check", "is the lowest / highest shape C?", "superlative")
def _(v, rng):
    out = []
    for word, side in (("lowest", "bottom"), ("highest", "top")):
        s = nth(v, side, 1)
        if s:
            out += [(f"Is the {word} shape {c}?", gold) for c, gold in colour_claims(v, s, rng)]
    return out


@template("check", "would B come first if you sorted the shapes from smallest to biggest?", "first-last")
def _(v, rng):
    out = []
    for order, side in (("smallest to biggest", "small"), ("biggest to smallest", "big")):
        end = nth(v, side, 1)
        if end:
            text = "Would {} come first if you sorted the shapes from {}?"
            out += [(text.format(ref, order), yn(s is end)) for s, ref in refs(v, rng)]
    return out


@template("check", "is B furthest to the left / right?", "superlative")
def _(v, rng):
    out = []
    for side in ("left", "right"):
        end = nth(v, side, 1)
        if end:
            out += [(f"Is {ref} furthest to the {side}?", yn(s is end)) for s, ref in refs(v, rng)]
    return out


@template("check", "counting from the left, is B the Nth shape?", "ordinal")
def _(v, rng):
    out = []
    for s, ref in refs(v, rng):
        for side in ("left", "right"):
            r = rank(v, side, s)
            if r:
                for k in range(2, v.n + 1):
                    out.append((f"Counting from the {side}, is {ref} the {ORD[k]} shape?", yn(r == k)))
    return out


@template("check", "is B the top / bottom one?", "first-last")
def _(v, rng):
    out = []
    for side in ("top", "bottom"):
        end = nth(v, side, 1)
        if end:
            out += [(f"Is {ref} the {side} one?", yn(s is end)) for s, ref in refs(v, rng)]
    return out


# ----------------------------------------------------------------------------------------------------- place


def ranks(v: View, rng: np.random.Generator, sides: tuple[str, ...], say: Callable[[str, str], str], gold=place_gold):
    """A question about the place of each named shape counted from each of ``sides``: ``say(ref, side)``."""
    out = []
    for s, ref in refs(v, rng):
        for side in sides:
            r = rank(v, side, s)
            if r:
                out.append((say(ref, side), gold(r)))
    return out


def beyond_count(v: View, rng: np.random.Generator, side: str, say: Callable[[str], str]) -> list[tuple[str, str]]:
    """ "how many shapes are further <side> than B", where every other shape clearly is or is not."""
    out = []
    for s, ref in refs(v, rng):
        answers = [beyond(v, side, o, s) for o in v.shapes if o is not s]
        if None not in answers:
            out.append((say(ref), str(sum(answers))))
    return out


@template("place", "counting from the left, what position is B in?", "numbered")
def _(v, rng):
    return ranks(v, rng, ("left", "right"), lambda ref, side: f"Counting from the {side}, what position is {ref} in?")


@template("place", "how many shapes are bigger than B?", "comparative")
def _(v, rng):
    return beyond_count(v, rng, "big", lambda ref: f"How many shapes are bigger than {ref}?")


@template("place", "how many shapes sit further left / right than B?", "comparative")
def _(v, rng):
    out = beyond_count(v, rng, "left", lambda ref: f"How many shapes sit further left than {ref}?")
    return out + beyond_count(v, rng, "right", lambda ref: f"How many shapes sit further right than {ref}?")


@template("place", "where does B rank in size, biggest first?", "numbered")
def _(v, rng):
    words = {"big": "biggest", "small": "smallest"}
    return ranks(v, rng, ("big", "small"), lambda ref, side: f"Where does {ref} rank in size, {words[side]} first?")


@template("place", "which place is B in, counting from the top?", "numbered")
def _(v, rng):
    return ranks(v, rng, ("top",), lambda ref, side: f"Which place is {ref} in, counting from the top?")


@template("place", "how many shapes are smaller than B?", "comparative")
def _(v, rng):
    return beyond_count(v, rng, "small", lambda ref: f"How many shapes are smaller than {ref}?")


@template("place", "how many shapes are higher up than B?", "comparative")
def _(v, rng):
    return beyond_count(v, rng, "top", lambda ref: f"how many shapes are higher up than {ref}?")


@template("place", "if you line the shapes up left to right, which spot does B end up in?", "numbered")
def _(v, rng):
    return ranks(
        v,
        rng,
        ("left",),
        lambda ref, side: f"If you line the shapes up left to right, which spot does {ref} end up in?",
    )


@template("place", "counting from the bottom, what number is B?", "numbered")
def _(v, rng):
    return ranks(v, rng, ("bottom",), lambda ref, side: f"Counting from the bottom, what number is {ref}?")


@template("place", "how many shapes come before B, going left to right?", "sequence")
def _(v, rng):
    return ranks(
        v,
        rng,
        ("left",),
        lambda ref, side: f"How many shapes come before {ref}, going left to right?",
        gold=lambda r: str(r - 1),
    )


@template("place", "is B first, second or third from the left?", "ordinal")
def _(v, rng):
    if v.n < 3:
        return []
    out = []
    for s, ref in refs(v, rng):
        r = rank(v, "left", s)
        if r and r <= 3:
            out.append((f"Is {ref} first, second or third from the left?", f"{ORD[r]}|{r}|{NTH[r]}"))
    return out


@template("place", "how many shapes lie lower than B?", "comparative")
def _(v, rng):
    return beyond_count(v, rng, "bottom", lambda ref: f"How many shapes lie lower than {ref}?")


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- run


pick_questions = spoken.question_picker(TEMPLATES, Item)


def arguments(doc: str) -> argparse.Namespace:
    """The sibling's command line, with the ``--more`` kinds on by default (``--no-more`` for the basic four)."""
    parser = command_line(doc, "--n-images", 150)
    parser.add_argument("--size", type=int, choices=[64, 128], default=128)
    parser.add_argument(
        "--more", action=argparse.BooleanOptionalAction, default=True, help="pentagons, hexagons and stars too"
    )
    parser.add_argument("--questions-per-image", type=int, default=6, help="of different families (at most)")
    parser.add_argument("--perception", choices=["photo", "shapes"], default="photo", help="as nsvr ask --perception")
    parser.add_argument("--show-failures", action="store_true", help="list the unknown answers too")
    return parser.parse_args()


def main() -> None:
    wording = spoken.Wording(TEMPLATES, TAGS, pick_questions, "tag", "By sub-style tag (how the order is worded):")
    ordinal = replace(
        wording,
        columns="family / tag / wording",
        width=22,
        template_width=None,
        normalise=personas.normalise,
        group_of=lambda item: item.tag,
        make_scene=make_scene,
    )
    spoken.run_wording(__doc__, ordinal, arguments(__doc__))


if __name__ == "__main__":
    main()
