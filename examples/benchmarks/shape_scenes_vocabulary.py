"""How nsvr copes with questions about flat shape drawings that use the many words people choose for the same things.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures, ground truth,
rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery) and
``shape_scenes_spoken.py`` (the sibling blind wording benchmark whose structure, command line, output, yes / no
balancing and scoring this follows; its helpers, and those it takes from ``shape_scenes_typos.py``, are imported).
They were fixed before the first run (saved beside this script as ``shape_scenes_vocabulary_first_run.txt``) and not
tuned to nsvr's answers afterwards, so they measure how far nsvr reaches into vocabulary it was not shown, not its
own words.

Images: the askers' generator, unchanged (``askers.make_scene``): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, 1-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon,
hexagon, star) in eight saturated fills, never overlapping, never cut by the border; the truth of every shape
(kind, colour, box, centre, area) is exact.

Questions: 110 templates in ordinary question frames, each labelled with one family and the one word group it
varies. Word groups:
  things     the noun for a shape: figure, object, item, form, element, graphic, symbol, icon, glyph, mark, blob,
             piece, polygon (only of shapes that are not circles: "how many polygons" counts the non-circles);
  kinds      other names of a kind: disc / disk / round shape / circular shape (circle), four-sided shape with
             equal sides (square), oblong (rectangle), three-sided shape / triangular shape / trigon (triangle),
             five-sided shape (pentagon), six-sided shape (hexagon), five-pointed star (star); no "box", "ring" or
             "dot", which name other things or only some circles;
  colours    other names of a fill, only where the askers' RGB clearly is that colour: grey (gray 125,125,125),
             violet (purple 130,40,170), golden / gold (yellow 245,210,20: gold is 255,215,0), royal blue (blue
             35,70,220: royal blue is 65,105,225), bright red (red 220,30,35), bright orange (orange 250,135,15),
             jet black (black 20,20,20); green (30,165,55) has none that is sure, and no "scarlet", "crimson",
             "navy", "dark" or "light" is used: none of the fills is clearly that;
  places     where in the frame: on the left-hand side, in the upper part, up top, near the bottom edge, in the
             lower part, furthest left, closest to the left edge, uppermost, topmost, nearest the top, lowest down,
             farthest to the right ...; no compass words;
  relations  between two shapes: over, higher than, under, beneath, underneath, lower than, on the left side of,
             on the right-hand side of, lies to the left of, which is lower; no "on top of" or "next to";
  sizes      larger, of larger area, covers more area, smaller in size, largest, greatest in size, of the greatest
             area, the big one, the little one, smallest in size; no "huge" or "massive", which no shape here is;
  counts     how to ask a number: what number of, tally, what's the total number of, how many ... in all, count
             the, altogether, is the total number N; and of counts compared: outnumber, as many ... as, exceed, the
             count of ... greater than;
  verbs      how to ask for presence or a colour: can you see, do you see, does the picture show, does the image
             contain, is ... visible, is ... present, does ... exist, to be found; which hue, what shade, what's the
             colouring, painted, filled with, what colour does ... have, the hue of.
Families (what is asked): count, exist, colour, kind, position, relation, size and compare, as the spoken
benchmark's; every family has at least 10 wordings and every word group at least 8 templates.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``):
"the triangle" (or "the three-sided shape") only when there is exactly one triangle, "the red one" (or "the red
figure", "the bright red one") only when exactly one shape is red; a square is never asked about as a rectangle or
an oblong, nor "the rectangle" said when there is a square; an absent colour is never one a viewer might give a
present colour's shade (``CONFUSABLE``, of the colour a synonym names); position words need a margin of 15% of the
image side (from the middle for "on the left-hand side" or "up top", between centres for "over", between the first
and the second shape for "uppermost"); size words need areas differing by a factor of 1.8 ("the big one" only where
one shape is 1.8 times every other); of two kinds (or colours) whose counts are compared at least one is present
("more" of equal counts is no). A number confirmed wrongly is always more than the truth, never fewer, which "at
least" could make true. Within a template, the gold is drawn first among the golds the picture offers, and where it
offers both yes and no, the one its family has had fewer times so far is taken, so yes and no are balanced by
construction (their counts per family are printed).

Scoring: the spoken benchmark's ``normalise`` (the askers' reading, then once more without the function words of a
place or a group), with golds that take every synonym of the right answer a user would give: a kind also as
"round" / "circular" (circle), "oblong" (rectangle), "triangular" (triangle) and, where the question offered it, the
very words it used ("three-sided shape"); a colour also as "gold" / "golden" (yellow), "violet" (purple), "royal
blue", "bright red", "jet black"; "top" also as "upper part", "bottom" as "lower part". A gold of several words is
also met by an answer with the same words once the loose function words are dropped from both ("a three-sided
shape"). Outcomes: right / unknown (an answer "unknown") / confidently wrong / planning error.

    python examples/benchmarks/shape_scenes_vocabulary.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_vocabulary.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by word group and by template, the
15 worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``,
every unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from shape_bench_common import (
    CONFUSABLE,
    article,
    new_templates,
    yn,
)
from shape_scenes_askers import PLURAL, SIZE_RATIO, Shape, View, colour_pairs, extreme, kind_pairs, side_answer
from shape_scenes_spoken import LOOSE, WORDS, Wording, claims, in_either_order, question_picker, run_wording, smallest
from shape_scenes_spoken import normalise as spoken_normalise
from shape_scenes_typos import largest, pick


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    group: str


TEMPLATES, template = new_templates()  # template(family, name, group)
GROUPS = ["things", "kinds", "colours", "places", "relations", "sizes", "counts", "verbs"]

# ------------------------------------------------------------------------------------------- the words varied

THINGS = ["figure", "object", "item", "form", "element", "graphic", "symbol", "icon", "glyph", "mark", "blob", "piece"]
"""Nouns for any shape (and "polygon", only of shapes that are not circles)."""
RARE_THINGS = ["graphic", "symbol", "icon", "glyph", "mark", "blob", "piece", "form", "element"]

KIND_WORDS: dict[str, list[tuple[str, str]]] = {
    "circle": [("disc", "discs"), ("disk", "disks"), ("round shape", "round shapes"),
               ("circular shape", "circular shapes")],
    "square": [("four-sided shape with equal sides", "four-sided shapes with equal sides")],
    "rectangle": [("oblong", "oblongs")],
    "triangle": [("three-sided shape", "three-sided shapes"), ("triangular shape", "triangular shapes"),
                 ("trigon", "trigons")],
    "pentagon": [("five-sided shape", "five-sided shapes")],
    "hexagon": [("six-sided shape", "six-sided shapes")],
    "star": [("five-pointed star", "five-pointed stars")],
}  # fmt: skip
"""Other names of each kind, singular and plural: none that names another kind here, or only some of its shapes."""

KIND_GOLD = {
    "circle": ["circle", "round", "circular", "round shape", "circular shape"],
    "rectangle": ["rectangle", "oblong"],
    "triangle": ["triangle", "triangular", "three-sided shape"],
    "pentagon": ["pentagon", "five-sided shape"],
    "hexagon": ["hexagon", "six-sided shape"],
}
"""What an answer may call a kind ("disc" / "disk" the askers' reading takes already)."""

COLOUR_WORDS: dict[str, list[str]] = {
    "gray": ["grey"],
    "purple": ["violet"],
    "yellow": ["golden", "gold"],
    "blue": ["royal blue"],
    "red": ["bright red"],
    "orange": ["bright orange"],
    "black": ["jet black"],
}
"""Other names of the askers' fills, only where the fill's RGB clearly is that colour (no synonym for green)."""

COLOUR_GOLD = {
    "yellow": ["yellow", "gold", "golden", "golden yellow"],
    "purple": ["purple", "violet"],
    "blue": ["blue", "royal blue"],
    "red": ["red", "bright red"],
    "orange": ["orange", "bright orange"],
    "black": ["black", "jet black"],
}
"""What an answer may call a fill ("grey" the askers' reading takes already)."""


def kind_word(kind: str, rng: np.random.Generator, plural: bool = False) -> str:
    singular, many = KIND_WORDS[kind][int(rng.integers(len(KIND_WORDS[kind])))]
    return many if plural else singular


def colour_word(colour: str, rng: np.random.Generator) -> str:
    return pick(rng, COLOUR_WORDS[colour])


def gold_of(*names: str) -> str:
    """A gold naming a kind, a colour or a word: every name a user would accept for it, joined by "|"."""
    out: list[str] = []
    for name in names:
        for word in KIND_GOLD.get(name) or COLOUR_GOLD.get(name) or [name]:
            if word not in out:
                out.append(word)
    return "|".join(out)


def which_one(v: View, s: Shape) -> str:
    """The gold of "which one is ...": the shape's kind, or its colour where no other shape has it."""
    return gold_of(s.kind, s.colour) if v.colours[s.colour] == 1 else gold_of(s.kind)


# ------------------------------------------------------------------------------------------- naming one shape
# A namer gives a phrase naming one shape alone and the name it goes by in an answer (its kind or its colour), or
# None where the shape cannot be named that way.

Namer = Callable[[View, Shape, np.random.Generator], "tuple[str, str] | None"]


def plain(v: View, s: Shape, rng: np.random.Generator) -> tuple[str, str] | None:
    """The askers' naming: "the triangle" or "the red shape / one / thing"."""
    return v.ref(s, rng)


def named_by_kind(v: View, s: Shape, rng: np.random.Generator) -> tuple[str, str] | None:
    """ "the triangle", only where it is the one triangle (and no "the rectangle" where there is a square)."""
    ref = v.kind_ref(s)
    return (ref, s.kind) if ref else None


def by_kind_word(v: View, s: Shape, rng: np.random.Generator) -> tuple[str, str] | None:
    """ "the disc", "the three-sided shape": only where "the <kind>" names it alone."""
    return (f"the {kind_word(s.kind, rng)}", s.kind) if v.kind_ref(s) and s.kind in KIND_WORDS else None


def by_colour_word(v: View, s: Shape, rng: np.random.Generator) -> tuple[str, str] | None:
    """ "the grey shape", "the violet one": only where it is the one shape of its colour."""
    if v.colours[s.colour] != 1 or s.colour not in COLOUR_WORDS:
        return None
    return f"the {colour_word(s.colour, rng)} {pick(rng, ['shape', 'one'])}", s.colour


def by_thing(nouns: list[str]) -> Namer:
    """ "the red figure", "the blue item": the one shape of its colour, named with one of ``nouns``."""

    def name(v: View, s: Shape, rng: np.random.Generator) -> tuple[str, str] | None:
        return (f"the {s.colour} {pick(rng, nouns)}", s.colour) if v.colours[s.colour] == 1 else None

    return name


# ------------------------------------------------------------------------------------------- what is asked
# Each builder walks the ground truth and says, through ``say``, every question it can ask unambiguously.


def with_words(v: View, colours: bool = False) -> list[str]:
    """The askable kinds (or colours) that have other names."""
    return [
        k
        for k in (v.askable_colours() if colours else v.askable_kinds())
        if k in (COLOUR_WORDS if colours else KIND_WORDS)
    ]


def count_kinds(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    return [(say(k), str(v.kinds[k])) for k in v.askable_kinds()]


def count_colours(v: View, say: Callable[[str], str], only_words: bool = False) -> list[tuple[str, str]]:
    colours = with_words(v, colours=True) if only_words else v.askable_colours()
    return [(say(c), str(v.colours[c])) for c in colours]


def count_colour_kinds(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    out = []
    for k in v.askable_kinds():
        for c in v.askable_colours():
            if v.kinds[k] or v.colours[c]:
                out.append((say(c, k), str(sum(1 for s in v.shapes if s.kind == k and s.colour == c))))
    return out


def exist_kinds(v: View, say: Callable[[str], str], only_words: bool = False) -> list[tuple[str, str]]:
    kinds = with_words(v) if only_words else v.askable_kinds()
    return [(say(k), yn(v.kinds[k] > 0)) for k in kinds]


def exist_colours(v: View, say: Callable[[str], str], only_words: bool = False) -> list[tuple[str, str]]:
    colours = with_words(v, colours=True) if only_words else v.askable_colours()
    return [(say(c), yn(v.colours[c] > 0)) for c in colours]


def exist_colour_kinds(
    v: View, say: Callable[[str, str], str], kinds_with_words: bool = False, colours_with_words: bool = False
) -> list[tuple[str, str]]:
    out = []
    for k in with_words(v) if kinds_with_words else v.askable_kinds():
        for c in with_words(v, colours=True) if colours_with_words else v.askable_colours():
            if v.kinds[k] or v.colours[c]:
                out.append((say(c, k), yn(any(s.kind == k and s.colour == c for s in v.shapes))))
    return out


def colour_of(v: View, rng: np.random.Generator, say: Callable[[str], str], namer: Namer) -> list[tuple[str, str]]:
    """ "what colour is <shape>" of every shape ``namer`` names by its kind: gold its colour."""
    out = []
    for s in v.shapes:
        ref = namer(v, s, rng)
        if ref and ref[1] == s.kind:
            out.append((say(ref[0]), gold_of(s.colour)))
    return out


def kind_of(v: View, rng: np.random.Generator, say: Callable[[str], str], namer: Namer) -> list[tuple[str, str]]:
    """ "what shape is <shape>" of every shape ``namer`` names by its colour: gold its kind."""
    out = []
    for s in v.shapes:
        ref = namer(v, s, rng)
        if ref and ref[1] == s.colour:
            out.append((say(ref[0]), gold_of(s.kind)))
    return out


def other_colour_word(colour: str, rng: np.random.Generator) -> str:
    """A fill with other names that no viewer would give ``colour``'s shade."""
    return pick(rng, [c for c in COLOUR_WORDS if c != colour and c not in CONFUSABLE.get(colour, set())])


def frame_side(v: View, rng: np.random.Generator, say: Callable[[str], str], offset: Callable[[Shape], float],
               namer: Namer = plain) -> list[tuple[str, str]]:  # fmt: skip
    """yes / no for "is <shape> on that side of the picture": ``offset(s)`` is how far its centre lies that way
    from the middle."""
    out = []
    for s in v.shapes:
        gold, ref = side_answer(offset(s), v.margin), namer(v, s, rng)
        if gold and ref:
            out.append((say(ref[0]), gold))
    return out


def LEFT(v: View) -> Callable[[Shape], float]:  # noqa: N802
    """How far a shape's centre lies left of the middle of the picture (and so on for the other sides)."""
    return lambda s: v.w / 2 - s.cx


def RIGHT(v: View) -> Callable[[Shape], float]:  # noqa: N802
    return lambda s: s.cx - v.w / 2


def TOP(v: View) -> Callable[[Shape], float]:  # noqa: N802
    return lambda s: v.w / 2 - s.cy


def BOTTOM(v: View) -> Callable[[Shape], float]:  # noqa: N802
    return lambda s: s.cy - v.w / 2


def pair_yn(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str, str], str],
    truth: Callable[[Shape, Shape], str | None],
    name_a: Namer = plain,
    name_b: Namer = plain,
) -> list[tuple[str, str]]:
    """yes / no for a question about two shapes, A named by ``name_a`` and B by ``name_b``; ``truth(a, b)`` the
    gold, or None where the truth is not clear."""
    out = []
    for a, b in v.pairs():
        gold, ra, rb = truth(a, b), name_a(v, a, rng), name_b(v, b, rng)
        if gold and ra and rb:
            out.append((say(ra[0], rb[0]), gold))
    return out


def way(v: View, offset: Callable[[Shape, Shape], float]) -> Callable[[Shape, Shape], str | None]:
    """The truth of "A lies that way from B", ``offset(a, b)`` how far (centres), with the margin."""
    return lambda a, b: side_answer(offset(a, b), v.margin)


def left_of(a: Shape, b: Shape) -> float:
    return b.cx - a.cx


def right_of(a: Shape, b: Shape) -> float:
    return a.cx - b.cx


def above(a: Shape, b: Shape) -> float:
    return b.cy - a.cy


def below(a: Shape, b: Shape) -> float:
    return a.cy - b.cy


def size_truth(bigger: bool = True) -> Callable[[Shape, Shape], str | None]:
    """The truth of "A is bigger (smaller) than B", where the areas differ by the size ratio at least."""

    def truth(a: Shape, b: Shape) -> str | None:
        ratio = a.area / b.area
        return yn((ratio > 1) == bigger) if ratio >= SIZE_RATIO or ratio <= 1 / SIZE_RATIO else None

    return truth


def which_of_two(
    v: View, rng: np.random.Generator, say: Callable[[str, str], str], lead: Callable[[Shape, Shape], bool]
) -> list[tuple[str, str]]:
    """ "which is <so>, A or B" where ``lead(a, b)`` says A clearly is: gold the name of A (and its kind where it
    was named by its colour and the two differ in kind)."""
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if ra and rb and ra[1] != rb[1] and lead(a, b):
            names = [ra[1]] + ([a.kind] if ra[1] != a.kind and a.kind != b.kind else [])
            out.append((say(*in_either_order(rng, ra[0], rb[0])), gold_of(*names)))
    return out


def more_of(v: View, say: Callable[[str, str], str], truth: Callable[[int, int], bool], colours: bool = False,
            only_words: bool = False) -> list[tuple[str, str]]:  # fmt: skip
    """yes / no for a comparison of the counts of two kinds (or colours): ``truth(count a, count b)``."""
    counts = v.colours if colours else v.kinds
    pairs = colour_pairs(v) if colours else kind_pairs(v)
    if only_words:
        pairs = [(a, b) for a, b in pairs if a in (COLOUR_WORDS if colours else KIND_WORDS)]
        pairs = [(a, b) for a, b in pairs if b in (COLOUR_WORDS if colours else KIND_WORDS)]
    return [(say(a, b), yn(truth(counts[a], counts[b]))) for a, b in pairs]


def more(x: int, y: int) -> bool:
    return x > y


def fewer(x: int, y: int) -> bool:
    return x < y


def same(x: int, y: int) -> bool:
    return x == y


def big_one(v: View) -> Shape | None:
    """The one shape 1.8 times the area of every other (``largest``), of two shapes or more."""
    return largest(v)


# ------------------------------------------------------------------------------------------------------ count


@template("count", "how many figures are there?", "things")
def _(v, rng):
    return [("How many figures are there?", str(v.n))]


@template("count", "how many objects can you see in the image?", "things")
def _(v, rng):
    return [("How many objects can you see in the image?", str(v.n))]


@template("count", "how many colour items are there?", "things")
def _(v, rng):
    return count_colours(v, lambda c: f"How many {c} items are there?")


@template("count", "how many colour elements are in the picture?", "things")
def _(v, rng):
    return count_colours(v, lambda c: f"How many {c} elements are in the picture?")


@template("count", "how many polygons are there? (the shapes not circles)", "things")
def _(v, rng):
    return [("How many polygons are there?", str(v.n - v.kinds["circle"]))]


@template("count", "how many <icons, symbols, glyphs, marks, blobs, pieces, graphics, forms> are there?", "things")
def _(v, rng):
    return [(f"How many {pick(rng, RARE_THINGS)}s are there?", str(v.n))]


@template("count", "what number of kinds are there?", "counts")
def _(v, rng):
    return count_kinds(v, lambda k: f"What number of {PLURAL[k]} are there?")


@template("count", "tally the colour shapes.", "counts")
def _(v, rng):
    return count_colours(v, lambda c: f"Tally the {c} shapes.")


@template("count", "what's the total number of shapes?", "counts")
def _(v, rng):
    return [("What's the total number of shapes?", str(v.n))]


@template("count", "how many shapes are there in all?", "counts")
def _(v, rng):
    return [("How many shapes are there in all?", str(v.n))]


@template("count", "count the colour kinds in the picture.", "counts")
def _(v, rng):
    return count_colour_kinds(v, lambda c, k: f"Count the {c} {PLURAL[k]} in the picture.")


@template("count", "how many kinds are there altogether?", "counts")
def _(v, rng):
    return count_kinds(v, lambda k: f"How many {PLURAL[k]} are there altogether?")


@template("count", "is the total number of shapes N?", "counts")
def _(v, rng):
    return [(f"Is the total number of shapes {WORDS[n]}?", gold) for n, gold in claims(v.n, rng)]


@template("count", "how many <discs, oblongs, three-sided shapes ...> are there?", "kinds")
def _(v, rng):
    return [(f"How many {kind_word(k, rng, plural=True)} are there?", str(v.kinds[k])) for k in with_words(v)]


@template("count", "are there N <discs, oblongs ...>?", "kinds")
def _(v, rng):
    out = []
    for k in with_words(v):
        for n, gold in claims(v.kinds[k], rng):
            word = kind_word(k, rng, plural=n != 1)
            out.append((f"{'Is there' if n == 1 else 'Are there'} {WORDS[n]} {word}?", gold))
    return out


@template("count", "how many <grey, violet, golden ...> shapes are there?", "colours")
def _(v, rng):
    return count_colours(v, lambda c: f"How many {colour_word(c, rng)} shapes are there?", only_words=True)


# ------------------------------------------------------------------------------------------------------ exist


@template("exist", "can you see a kind?", "verbs")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Can you see {article(k)} {k}?")


@template("exist", "does the picture show a colour shape?", "verbs")
def _(v, rng):
    return exist_colours(v, lambda c: f"Does the picture show {article(c)} {c} shape?")


@template("exist", "does the image contain a colour kind?", "verbs")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Does the image contain {article(c)} {c} {k}?")


@template("exist", "is a kind visible in the picture?", "verbs")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Is {article(k)} {k} visible in the picture?")


@template("exist", "is any colour shape present?", "verbs")
def _(v, rng):
    return exist_colours(v, lambda c: f"Is any {c} shape present?")


@template("exist", "does a colour kind exist in the image?", "verbs")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Does {article(c)} {c} {k} exist in the image?")


@template("exist", "is there a kind to be found?", "verbs")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Is there {article(k)} {k} to be found?")


@template("exist", "do you see any kinds?", "verbs")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Do you see any {PLURAL[k]}?")


@template("exist", "is there a <disc, oblong, three-sided shape ...>?", "kinds")
def _(v, rng):
    def say(k: str) -> str:
        word = kind_word(k, rng)
        return f"Is there {article(word)} {word}?"

    return exist_kinds(v, say, only_words=True)


@template("exist", "is there a colour <disc, oblong ...>?", "kinds")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Is there {article(c)} {c} {kind_word(k, rng)}?", kinds_with_words=True)


@template("exist", "is there a <grey, violet, golden ...> shape?", "colours")
def _(v, rng):
    def say(c: str) -> str:
        word = colour_word(c, rng)
        return f"Is there {article(word)} {word} shape?"

    return exist_colours(v, say, only_words=True)


@template("exist", "is there a <grey, violet, golden ...> kind?", "colours")
def _(v, rng):
    def say(c: str, k: str) -> str:
        word = colour_word(c, rng)
        return f"Is there {article(word)} {word} {k}?"

    return exist_colour_kinds(v, say, colours_with_words=True)


@template("exist", "is there a colour figure?", "things")
def _(v, rng):
    return exist_colours(v, lambda c: f"Is there {article(c)} {c} figure?")


@template("exist", "is there a colour <object, item, icon, blob ...>?", "things")
def _(v, rng):
    return exist_colours(v, lambda c: f"Is there {article(c)} {c} {pick(rng, THINGS)}?")


# ----------------------------------------------------------------------------------------------------- colour


@template("colour", "which hue is the kind?", "verbs")
def _(v, rng):
    return colour_of(v, rng, lambda a: f"Which hue is {a}?", named_by_kind)


@template("colour", "what shade is the kind?", "verbs")
def _(v, rng):
    return colour_of(v, rng, lambda a: f"What shade is {a}?", named_by_kind)


@template("colour", "what's the colouring of the kind?", "verbs")
def _(v, rng):
    return colour_of(v, rng, lambda a: f"What's the colouring of {a}?", named_by_kind)


@template("colour", "what colour is the kind painted?", "verbs")
def _(v, rng):
    return colour_of(v, rng, lambda a: f"What colour is {a} painted?", named_by_kind)


@template("colour", "what colour does the kind have?", "verbs")
def _(v, rng):
    return colour_of(v, rng, lambda a: f"What colour does {a} have?", named_by_kind)


@template("colour", "which colour is the kind filled with?", "verbs")
def _(v, rng):
    return colour_of(v, rng, lambda a: f"Which colour is {a} filled with?", named_by_kind)


@template("colour", "what is the kind's color?", "verbs")
def _(v, rng):
    return colour_of(v, rng, lambda a: f"What is {a}'s color?", named_by_kind)


@template("colour", "tell me the hue of the kind.", "verbs")
def _(v, rng):
    return colour_of(v, rng, lambda a: f"Tell me the hue of {a}.", named_by_kind)


@template("colour", "what colour is the <disc, oblong, three-sided shape ...>?", "kinds")
def _(v, rng):
    return colour_of(v, rng, lambda a: f"What colour is {a}?", by_kind_word)


@template("colour", "what colour is the <figure, object, item ...>? (one shape)", "things")
def _(v, rng):
    return [(f"What colour is the {pick(rng, THINGS)}?", gold_of(v.shapes[0].colour))] if v.n == 1 else []


@template("colour", "is the kind <grey, violet, golden ...>?", "colours")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        if s.colour in COLOUR_WORDS:
            out.append((f"Is {v.kind_ref(s)} {colour_word(s.colour, rng)}?", "yes"))
        out.append((f"Is {v.kind_ref(s)} {colour_word(other_colour_word(s.colour, rng), rng)}?", "no"))
    return out


@template("colour", "is the kind <grey, violet ...> or <golden, royal blue ...>?", "colours")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        if s.colour in COLOUR_WORDS:
            said, other = colour_word(s.colour, rng), colour_word(other_colour_word(s.colour, rng), rng)
            first, second = in_either_order(rng, said, other)
            out.append((f"Is {v.kind_ref(s)} {first} or {second}?", gold_of(s.colour, said)))
    return out


# ------------------------------------------------------------------------------------------------------- kind


@template("kind", "what kind of figure is the colour one?", "things")
def _(v, rng):
    return kind_of(v, rng, lambda a: f"What kind of figure is {a}?", by_thing(["one"]))


@template("kind", "what shape is the colour object?", "things")
def _(v, rng):
    return kind_of(v, rng, lambda a: f"What shape is {a}?", by_thing(["object"]))


@template("kind", "what form does the colour item have?", "things")
def _(v, rng):
    return kind_of(v, rng, lambda a: f"What form does {a} have?", by_thing(["item"]))


@template("kind", "what shape is the colour <glyph, mark, blob, icon ...>?", "things")
def _(v, rng):
    return kind_of(v, rng, lambda a: f"What shape is {a}?", by_thing(RARE_THINGS))


@template("kind", "what kind of polygon is the colour one? (not a circle)", "things")
def _(v, rng):
    return [
        (f"What kind of polygon is the {s.colour} one?", gold_of(s.kind))
        for s in v.unique_colours()
        if s.kind != "circle"
    ]


@template("kind", "what shape is the <grey, violet, golden ...> one?", "colours")
def _(v, rng):
    return kind_of(v, rng, lambda a: f"What shape is {a}?", by_colour_word)


@template("kind", "is the <grey, violet, golden ...> shape a kind?", "colours")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        if s.colour not in COLOUR_WORDS:
            continue
        for k in v.active:
            if not (k == "rectangle" and s.kind == "square"):  # a square is a rectangle too: not asked
                out.append((f"Is the {colour_word(s.colour, rng)} shape {article(k)} {k}?", yn(k == s.kind)))
    return out


def kind_claims(v: View, say: Callable[[str, str], str], rng: np.random.Generator) -> list[tuple[str, str]]:
    """yes / no for "is the <colour> shape a <kind word>", never a square asked about as an oblong."""
    out = []
    for s in v.unique_colours():
        for k in v.active:
            if k in KIND_WORDS and not (k == "rectangle" and s.kind == "square"):
                out.append((say(s.colour, kind_word(k, rng)), yn(k == s.kind)))
    return out


@template("kind", "is the colour shape a <disc, oblong, three-sided shape ...>?", "kinds")
def _(v, rng):
    return kind_claims(v, lambda c, word: f"Is the {c} shape {article(word)} {word}?", rng)


@template("kind", "would you call the colour one a <disc, oblong ...>?", "kinds")
def _(v, rng):
    return kind_claims(v, lambda c, word: f"Would you call the {c} one {article(word)} {word}?", rng)


@template("kind", "is the colour one a <disc ...> or a <three-sided shape ...>?", "kinds")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        others = [k for k in v.active if k != s.kind and k in KIND_WORDS and {k, s.kind} != {"square", "rectangle"}]
        if s.kind in KIND_WORDS and others:
            said, other = kind_word(s.kind, rng), kind_word(pick(rng, others), rng)
            first, second = in_either_order(rng, said, other)
            out.append(
                (
                    f"Is the {s.colour} one {article(first)} {first} or {article(second)} {second}?",
                    gold_of(s.kind, said),
                )
            )
    return out


# --------------------------------------------------------------------------------------------------- position


@template("position", "is A on the left-hand side?", "places")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Is {a} on the left-hand side?", LEFT(v))


@template("position", "is A in the upper part of the picture?", "places")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Is {a} in the upper part of the picture?", TOP(v))


@template("position", "is A up top?", "places")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Is {a} up top?", TOP(v))


@template("position", "is A near the bottom edge?", "places")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Is {a} near the bottom edge?", BOTTOM(v))


@template("position", "is A in the lower part of the image?", "places")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Is {a} in the lower part of the image?", BOTTOM(v))


@template("position", "is A on the right-hand side of the picture?", "places")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Is {a} on the right-hand side of the picture?", RIGHT(v))


@template("position", "which shape is furthest left?", "places")
def _(v, rng):
    s = extreme(v, lambda s: s.cx)
    return [("Which shape is furthest left?", which_one(v, s))] if s else []


@template("position", "what colour is the shape closest to the left edge?", "places")
def _(v, rng):
    s = extreme(v, lambda s: s.cx)
    return [("What colour is the shape closest to the left edge?", gold_of(s.colour))] if s else []


@template("position", "which shape is uppermost?", "places")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("Which shape is uppermost?", which_one(v, s))] if s else []


@template("position", "what colour is the topmost shape?", "places")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("What colour is the topmost shape?", gold_of(s.colour))] if s else []


@template("position", "which one is nearest the top?", "places")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("Which one is nearest the top?", which_one(v, s))] if s else []


@template("position", "which shape is lowest down?", "places")
def _(v, rng):
    s = extreme(v, lambda s: -s.cy)
    return [("Which shape is lowest down?", which_one(v, s))] if s else []


@template("position", "what colour is the shape farthest to the right?", "places")
def _(v, rng):
    s = extreme(v, lambda s: -s.cx)
    return [("What colour is the shape farthest to the right?", gold_of(s.colour))] if s else []


@template("position", "is A on the left-hand side or the right-hand side?", "places")
def _(v, rng):
    out = []
    for s in v.shapes:
        gold, ref = side_answer(LEFT(v)(s), v.margin), v.ref(s, rng)
        if gold and ref:
            first, second = in_either_order(rng, "left", "right")
            said = f"Is {ref[0]} on the {first}-hand side or the {second}-hand side?"
            out.append((said, "left" if gold == "yes" else "right"))
    return out


@template("position", "is A in the upper part or the lower part?", "places")
def _(v, rng):
    out = []
    for s in v.shapes:
        gold, ref = side_answer(TOP(v)(s), v.margin), v.ref(s, rng)
        if gold and ref:
            first, second = in_either_order(rng, "upper", "lower")
            said = f"Is {ref[0]} in the {first} part or the {second} part?"
            out.append((said, "top|upper|upper part" if gold == "yes" else "bottom|lower|lower part"))
    return out


@template("position", "is the <disc, oblong, three-sided shape ...> on the left side?", "kinds")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Is {a} on the left side?", LEFT(v), by_kind_word)


@template("position", "is the <grey, violet, golden ...> shape near the top?", "colours")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Is {a} near the top?", TOP(v), by_colour_word)


@template("position", "is the colour <item, object, figure ...> on the right?", "things")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Is {a} on the right?", RIGHT(v), by_thing(THINGS))


@template("position", "which figure is the highest?", "things")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("Which figure is the highest?", which_one(v, s))] if s else []


# --------------------------------------------------------------------------------------------------- relation


@template("relation", "is A over B?", "relations")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} over {b}?", way(v, above))


@template("relation", "is A higher than B?", "relations")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} higher than {b}?", way(v, above))


@template("relation", "is A under B?", "relations")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} under {b}?", way(v, below))


@template("relation", "is A beneath B?", "relations")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} beneath {b}?", way(v, below))


@template("relation", "is A underneath B?", "relations")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} underneath {b}?", way(v, below))


@template("relation", "is A lower than B?", "relations")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} lower than {b}?", way(v, below))


@template("relation", "is A on the left side of B?", "relations")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} on the left side of {b}?", way(v, left_of))


@template("relation", "is A on the right-hand side of B?", "relations")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} on the right-hand side of {b}?", way(v, right_of))


@template("relation", "does A lie to the left of B?", "relations")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Does {a} lie to the left of {b}?", way(v, left_of))


@template("relation", "which is lower, A or B?", "relations")
def _(v, rng):
    return which_of_two(v, rng, lambda x, y: f"Which is lower, {x} or {y}?", lambda a, b: below(a, b) >= v.margin)


@template("relation", "is the <disc, oblong, three-sided shape ...> left of B?", "kinds")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} left of {b}?", way(v, left_of), by_kind_word)


@template("relation", "is the <grey, violet, golden ...> shape above B?", "colours")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} above {b}?", way(v, above), by_colour_word)


@template("relation", "is the colour <figure, object ...> to the right of the colour <item, blob ...>?", "things")
def _(v, rng):
    return pair_yn(
        v, rng, lambda a, b: f"Is {a} to the right of {b}?", way(v, right_of), by_thing(THINGS), by_thing(THINGS)
    )


# ------------------------------------------------------------------------------------------------------- size


@template("size", "is A larger than B?", "sizes")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} larger than {b}?", size_truth())


@template("size", "is A of larger area than B?", "sizes")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} of larger area than {b}?", size_truth())


@template("size", "does A cover more area than B?", "sizes")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Does {a} cover more area than {b}?", size_truth())


@template("size", "is A smaller in size than B?", "sizes")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} smaller in size than {b}?", size_truth(bigger=False))


@template("size", "which shape is the largest?", "sizes")
def _(v, rng):
    s = largest(v)
    return [("Which shape is the largest?", which_one(v, s))] if s else []


@template("size", "which shape is greatest in size?", "sizes")
def _(v, rng):
    s = largest(v)
    return [("Which shape is greatest in size?", which_one(v, s))] if s else []


@template("size", "what colour is the shape of the greatest area?", "sizes")
def _(v, rng):
    s = largest(v)
    return [("What colour is the shape of the greatest area?", gold_of(s.colour))] if s else []


@template("size", "what colour is the big one?", "sizes")
def _(v, rng):
    s = big_one(v)
    return [("What colour is the big one?", gold_of(s.colour))] if s else []


@template("size", "what shape is the little one?", "sizes")
def _(v, rng):
    s = smallest(v)
    return [("What shape is the little one?", gold_of(s.kind))] if s else []


@template("size", "which one is the smallest in size?", "sizes")
def _(v, rng):
    s = smallest(v)
    return [("Which one is the smallest in size?", which_one(v, s))] if s else []


@template("size", "which is larger, A or B?", "sizes")
def _(v, rng):
    return which_of_two(
        v, rng, lambda x, y: f"Which is larger, {x} or {y}?", lambda a, b: a.area / b.area >= SIZE_RATIO
    )


@template("size", "is the <disc, oblong, three-sided shape ...> bigger than B?", "kinds")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} bigger than {b}?", size_truth(), by_kind_word)


@template("size", "is the <grey, violet, golden ...> shape smaller than B?", "colours")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} smaller than {b}?", size_truth(bigger=False), by_colour_word)


@template("size", "is the colour object bigger than the colour item?", "things")
def _(v, rng):
    return pair_yn(
        v, rng, lambda a, b: f"Is {a} bigger than {b}?", size_truth(), by_thing(["object"]), by_thing(["item"])
    )


# ---------------------------------------------------------------------------------------------------- compare


@template("compare", "do the kinds outnumber the kinds?", "counts")
def _(v, rng):
    return more_of(v, lambda a, b: f"Do the {PLURAL[a]} outnumber the {PLURAL[b]}?", more)


@template("compare", "are there as many kinds as kinds?", "counts")
def _(v, rng):
    return more_of(v, lambda a, b: f"Are there as many {PLURAL[a]} as {PLURAL[b]}?", same)


@template("compare", "does the number of colour shapes exceed the number of colour shapes?", "counts")
def _(v, rng):
    return more_of(
        v, lambda a, b: f"Does the number of {a} shapes exceed the number of {b} shapes?", more, colours=True
    )


@template("compare", "is the count of kinds greater than the count of kinds?", "counts")
def _(v, rng):
    return more_of(v, lambda a, b: f"Is the count of {PLURAL[a]} greater than the count of {PLURAL[b]}?", more)


@template("compare", "is the number of kinds smaller than the number of kinds?", "counts")
def _(v, rng):
    return more_of(v, lambda a, b: f"Is the number of {PLURAL[a]} smaller than the number of {PLURAL[b]}?", fewer)


@template("compare", "is the total of colour shapes the same as the total of colour shapes?", "counts")
def _(v, rng):
    return more_of(
        v, lambda a, b: f"Is the total of {a} shapes the same as the total of {b} shapes?", same, colours=True
    )


@template("compare", "are there more <discs ...> than <three-sided shapes ...>?", "kinds")
def _(v, rng):
    return more_of(
        v,
        lambda a, b: f"Are there more {kind_word(a, rng, True)} than {kind_word(b, rng, True)}?",
        more,
        only_words=True,
    )


@template("compare", "are there as many <oblongs ...> as <discs ...>?", "kinds")
def _(v, rng):
    return more_of(
        v,
        lambda a, b: f"Are there as many {kind_word(a, rng, True)} as {kind_word(b, rng, True)}?",
        same,
        only_words=True,
    )


@template("compare", "are there more <grey ...> shapes than <violet ...> shapes?", "colours")
def _(v, rng):
    return more_of(
        v,
        lambda a, b: f"Are there more {colour_word(a, rng)} shapes than {colour_word(b, rng)} shapes?",
        more,
        colours=True,
        only_words=True,
    )


@template("compare", "which colour is there more of, <grey ...> or <golden ...>?", "colours")
def _(v, rng):
    out = []
    for a, b in colour_pairs(v):
        if a in COLOUR_WORDS and b in COLOUR_WORDS and v.colours[a] > v.colours[b]:
            said = colour_word(a, rng)
            first, second = in_either_order(rng, said, colour_word(b, rng))
            out.append((f"Which colour is there more of, {first} or {second}?", gold_of(a, said)))
    return out


@template("compare", "are there more colour objects than colour objects?", "things")
def _(v, rng):
    return more_of(v, lambda a, b: f"Are there more {a} objects than {b} objects?", more, colours=True)


@template("compare", "are there fewer colour items than colour items?", "things")
def _(v, rng):
    return more_of(v, lambda a, b: f"Are there fewer {a} items than {b} items?", fewer, colours=True)


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- scoring


def bare(text: str, drop: set[str]) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in drop]


def normalise(said: str, gold: str) -> str:
    """The answer in the gold's terms (the spoken benchmark's ``normalise``), or else the gold where the answer has
    the gold's words once the loose function words are dropped from both ("a three-sided shape")."""
    first = spoken_normalise(said, gold)
    if first == gold:
        return gold
    drop = LOOSE if gold.isdigit() else LOOSE | {"one"}
    words = bare(gold, drop)
    return gold if words and bare(said, drop) == words else first


# ----------------------------------------------------------------------------------------------------- run


pick_questions = question_picker(TEMPLATES, Item)


def main() -> None:
    wording = Wording(TEMPLATES, GROUPS, pick_questions, "words", "By word group (which words vary):")
    groups = replace(wording, columns="family / word group / wording", template_width=100, normalise=normalise)
    run_wording(__doc__, replace(groups, group_of=lambda item: item.group))


if __name__ == "__main__":
    main()
