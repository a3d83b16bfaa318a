"""How nsvr copes with questions about flat shape drawings that use quantifiers, negation and logic, worded the way
ordinary people word them.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures, ground truth,
rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery) and
``shape_scenes_spoken.py`` (the sibling blind wording benchmark whose structure and output this follows, and whose
answer reading and table of worst templates are imported). They were fixed before the first run (saved beside this
script as ``shape_scenes_quantifiers_first_run.txt``) and not tuned to nsvr's answers afterwards, so they measure
how far nsvr reaches into quantified and logical questions it was not shown, not its own phrasings. One bug of this
script was fixed after the first run, nothing else changed: the family of "all" and "every" was named "all", the key
of the overall row too, so its questions were counted twice there; it is named "every" now.

Images: the askers' drawing, unchanged (``askers.place`` and ``askers.paint``), but with 2-6 shapes a picture
(the askers draw 1-4): 128x128 (or 64x64, ``--size``), a light tinted background with mild noise, flat shapes
(circle, square, rectangle, triangle; ``--more`` adds pentagon, hexagon, star) in eight saturated fills, never
overlapping, never cut by the border; the truth of every shape (kind, colour, box, centre, area) is exact.

Families (what is asked), each with 12-14 wordings:
  every     all / every / each: "are all the circles red?", "is every triangle blue", "are all shapes the same
            colour?", "do all the squares have the same size", "are all the red shapes circles?";
  none      none / no / nothing: "are none of the shapes green?", "is no shape purple", "there are no triangles,
            right?", "am i right in thinking there's nothing blue in the picture?";
  number    exactly / only / at least / at most / more than / fewer than / no more than: "is there exactly one
            triangle?", "is there only one red shape", "is the circle the only red shape?", "at most three
            squares?";
  some      any / some / both / either / neither / at least one of: "is any circle bigger than the square?", "are
            both triangles red", "is either of the circles blue?", "neither square green?";
  logic     and / or / but not / not: "is there a red circle and a blue square?", "is there a triangle or a
            square", "is the circle red but not the biggest shape?", "is there a shape that is not a circle";
  count     how many, with a condition (a number answers): "how many shapes aren't red", "how many shapes are
            either circles or squares", "how many circles are bigger than the triangle", "how many colours",
            "how many different shapes are there";
  compare   comparing counts: "are there as many circles as squares", "are there fewer red shapes than blue
            ones", "is the number of triangles the same as the number of circles", "are most of the shapes
            circles?", "do the red shapes outnumber the blue ones".
Styles (how it is worded), every family having each: plain (a full sentence, capitalised and punctuated), terse
("all circles red?"), polite ("could you tell me whether ...", "please ..."), chatty (context, "so", "right?",
"to me", "I reckon") and lower (lower case, no punctuation, sometimes no apostrophe).

Ground truth, three-valued (Kleene): every statement about one shape is true, false or unclear, and a question is
only asked when its whole reading is true or false, not unclear. A shape is clearly a colour when it has it, clearly
not one a viewer could not give its shade (the askers' ``CONFUSABLE``), unclear otherwise; clearly a kind when it is
one, clearly not another, except that a square is unclear as a rectangle (a geometer's square is one), and "the
rectangles" are never a group where there is a square (the askers' ``askable_kinds``). "Bigger" needs areas
differing by the askers' 1.8 (``SIZE_RATIO``) for yes and for no; "the same size" is yes within 1.15 and no from
1.8; "the same colour" is no only for colours no viewer confuses. "All" is false on one clear counterexample and true
when every member is clearly so; "any" the other way round; a count is asked only when it is exact, and "at least
two" etc. only when every count the unclear shapes allow gives the same answer. "The K" is said only of the one
K (the askers' ``kind_ref``; "the red one" the askers' ``ref``). Presuppositions are kept: "all the circles" needs
two circles at least, "both / either / neither of the circles" exactly two, "none of the circles" two at least, "is
there only one red shape" one red shape at least, "outnumber" both groups present. Where a reading is in doubt the
question is not asked: "either A or B is red" and "is there a K1 or a K2" only where exactly one or neither holds (so
the inclusive and the exclusive "or" agree); "are some of the circles red" only where some but not all, or none,
are; "are most of the shapes red" never at exactly half; "how many different shapes" never with squares and
rectangles both. Never a double negative or a negative question ("isn't there ..."); a negative statement is only
confirmed as "..., right?" / "am I right ...", gold yes when the statement is true. Within a template the gold is
drawn first among those the picture offers, and a yes / no question is only asked with the gold its family has had
fewer times so far (a template, or a whole family, that cannot give it in a picture is passed over there), so yes
and no are balanced by construction (their counts per family are printed).

Scoring: the spoken benchmark's ``normalise`` and the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical "yes" / "no" / digits; case, punctuation and articles dropped, number words and "none" read as digits,
"yes, there are" read as "yes"; an answer "unknown" is unknown). A yes / no question answered with anything else
(a name, a number) is wrong.

    python examples/benchmarks/shape_scenes_quantifiers.py                 # 150 images, 6 questions each
    python examples/benchmarks/shape_scenes_quantifiers.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by style and by template, the 15
worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``, every
unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations

import numpy as np
import shape_scenes_askers as askers  # the sibling's pictures, ground truth and rules
import shape_scenes_spoken as spoken  # the sibling's answer reading and worst-template table
from shape_bench_common import (
    CONFUSABLE,
    NUMBER_WORDS,
    article,
    new_templates,
    pick_items,
)
from shape_scenes_askers import COLOURS, PLURAL, SIZE_RATIO, Scene, Shape, View

SAME_SIZE = 1.15  # the most area factor that makes "the same size" clear


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    style: str


TEMPLATES, template = new_templates()  # template(family, name, style)
STYLES = ["plain", "terse", "polite", "chatty", "lower"]
WORDS = {int(digit): word for word, digit in NUMBER_WORDS.items()}

Truth = bool | None
"""A three-valued truth: clearly true, clearly false, or unclear (None)."""


def make_scene(index: int, side: int, kinds: list[str], rng: np.random.Generator) -> Scene:
    """Scene ``index``: 2 to 6 shapes of ``kinds``, drawn by the askers' ``place`` and ``paint``."""
    count = int(rng.integers(2, 7))
    return askers.paint(index, side, askers.place(side, count, kinds, rng), list(COLOURS), rng)


# ------------------------------------------------------------------------------------- three-valued truth


def colour_is(s: Shape, c: str) -> Truth:
    if s.colour == c:
        return True
    if s.colour in CONFUSABLE.get(c, set()) or c in CONFUSABLE.get(s.colour, set()):
        return None
    return False


def kind_is(s: Shape, k: str) -> Truth:
    if s.kind == k:
        return True
    return None if (s.kind, k) == ("square", "rectangle") else False


def bigger(a: Shape, b: Shape) -> Truth:
    ratio = a.area / b.area
    return True if ratio >= SIZE_RATIO else False if ratio <= 1 / SIZE_RATIO else None


def same_size(a: Shape, b: Shape) -> Truth:
    ratio = max(a.area, b.area) / min(a.area, b.area)
    return True if ratio <= SAME_SIZE else False if ratio >= SIZE_RATIO else None


def same_colour(a: Shape, b: Shape) -> Truth:
    return True if a.colour == b.colour else colour_is(a, b.colour)


def neg(t: Truth) -> Truth:
    return None if t is None else not t


def every(values: Iterable[Truth]) -> Truth:
    values = list(values)
    return False if False in values else None if None in values else True


def some(values: Iterable[Truth]) -> Truth:
    values = list(values)
    return True if True in values else None if None in values else False


def both(a: Truth, b: Truth) -> Truth:
    return every([a, b])


def one_of(a: Truth, b: Truth) -> Truth:
    """ "A or B" where the inclusive and the exclusive reading agree: true when exactly one holds, false when
    neither does, unclear when both do."""
    if a is None or b is None or (a and b):
        return None
    return a or b


@dataclass
class Tally:
    """How many shapes a three-valued test holds for: at least ``lo``, at most ``hi``."""

    lo: int
    hi: int

    @classmethod
    def of(cls, values: Iterable[Truth]) -> Tally:
        values = list(values)
        return cls(values.count(True), values.count(True) + values.count(None))

    def exact(self) -> int | None:
        return self.lo if self.lo == self.hi else None

    def at_least(self, k: int) -> Truth:
        return True if self.lo >= k else False if self.hi < k else None

    def at_most(self, k: int) -> Truth:
        return neg(self.at_least(k + 1))

    def exactly(self, k: int) -> Truth:
        return both(self.at_least(k), self.at_most(k))

    def more(self, other: Tally) -> Truth:
        return True if self.lo > other.hi else False if self.hi <= other.lo else None

    def same(self, other: Tally) -> Truth:
        return both(neg(self.more(other)), neg(other.more(self)))

    def most(self, n: int) -> Truth:
        """ "most of the ``n``": more than half; unclear at exactly half."""
        return True if 2 * self.lo > n else False if 2 * self.hi < n else None


def gold(t: Truth | int) -> str | None:
    if t is None:
        return None
    return ("yes" if t else "no") if isinstance(t, bool) else str(t)


def asked(pairs: Iterable[tuple[str, Truth | int]]) -> list[tuple[str, str]]:
    """The (question, gold) pairs whose truth is clear."""
    return [(text, g) for text, t in pairs if (g := gold(t)) is not None]


def num(n: int) -> str:
    return WORDS[n]


def kind_tally(v: View, k: str) -> Tally:
    return Tally.of(kind_is(s, k) for s in v.shapes)


def colour_tally(v: View, c: str) -> Tally:
    return Tally.of(colour_is(s, c) for s in v.shapes)


def of_kind(v: View, k: str) -> list[Shape]:
    """The shapes of kind ``k``, one of the askable kinds (so that no square is in doubt as a rectangle)."""
    return [s for s in v.shapes if s.kind == k]


def groups(v: View, least: int, most: int = 99) -> list[str]:
    """The askable kinds with ``least`` to ``most`` shapes."""
    return [k for k in v.askable_kinds() if least <= v.kinds[k] <= most]


def of_colour(v: View, c: str) -> list[Shape] | None:
    """The shapes of colour ``c``, None where some shape is unclear."""
    if any(colour_is(s, c) is None for s in v.shapes):
        return None
    return [s for s in v.shapes if s.colour == c]


def colour_groups(v: View, least: int) -> list[tuple[str, list[Shape]]]:
    out = []
    for c in COLOURS:
        group = of_colour(v, c)
        if group is not None and len(group) >= least:
            out.append((c, group))
    return out


def named(v: View) -> list[tuple[Shape, str]]:
    """The shapes "the K" names alone, with that phrase."""
    return [(s, v.kind_ref(s)) for s in v.unique_kinds()]


def referred(v: View, rng: np.random.Generator) -> list[tuple[Shape, str]]:
    """The shapes named alone by their kind or their colour, with that phrase (the askers' ``ref``)."""
    out = []
    for s in v.shapes:
        ref = v.ref(s, rng)
        if ref:
            out.append((s, ref[0]))
    return out


def tried_colours(v: View, s: Shape, rng: np.random.Generator) -> list[str]:
    """Its own colour and one no viewer would give its shade, to ask of shape ``s``."""
    return [s.colour, v.other_colour(s.colour, rng)]


def pairs_of_kinds(v: View) -> list[tuple[str, str]]:
    return askers.kind_pairs(v)


def pairs_of_colours(v: View) -> list[tuple[str, str]]:
    return askers.colour_pairs(v)


def exists(v: View, test: Callable[[Shape], Truth]) -> Truth:
    return some(test(s) for s in v.shapes)


def is_biggest(v: View, s: Shape) -> Truth:
    others = [o for o in v.shapes if o is not s]
    return every(bigger(s, o) for o in others) if others else None


def colour_kind_pairs(v: View) -> list[tuple[str, str]]:
    """The (colour, kind) pairs worth asking about: of an askable kind and an askable colour, one of them present."""
    return [(c, k) for k in v.askable_kinds() for c in v.askable_colours() if v.kinds[k] or v.colours[c]]


# ------------------------------------------------------------------------------------------- what is asked
# Each builder walks the ground truth and says, through ``say``, every question it can ask unambiguously.


def all_kind_colour(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "are all the Ks C": of a kind with two shapes at least."""
    return asked((say(k, c), every(colour_is(s, c) for s in of_kind(v, k))) for k in groups(v, 2) for c in COLOURS)


def all_shapes_colour(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    return asked((say(c), every(colour_is(s, c) for s in v.shapes)) for c in COLOURS)


def all_shapes_kind(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    return asked((say(k), every(kind_is(s, k) for s in v.shapes)) for k in v.askable_kinds())


def all_colour_kind(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "are all the C shapes Ks": of a colour two shapes at least clearly have (and no shape is unclear)."""
    return asked(
        (say(c, k), every(kind_is(s, k) for s in group)) for c, group in colour_groups(v, 2) for k in v.askable_kinds()
    )


def all_same(shapes: list[Shape], test: Callable[[Shape, Shape], Truth]) -> Truth:
    return every(test(a, b) for a, b in combinations(shapes, 2)) if len(shapes) >= 2 else None


def every_kind_bigger(v: View, rng: np.random.Generator, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "is every K bigger than B": two Ks at least, B not one of them."""
    out = []
    for b, ref in referred(v, rng):
        for k in groups(v, 2):
            if k != b.kind:
                out.append((say(k, ref), every(bigger(s, b) for s in of_kind(v, k))))
    return asked(out)


def none_shapes_colour(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    return asked((say(c), every(neg(colour_is(s, c)) for s in v.shapes)) for c in COLOURS)


def no_kind(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    return asked((say(k), every(neg(kind_is(s, k)) for s in v.shapes)) for k in v.askable_kinds())


def none_kind_colour(v: View, say: Callable[[str, str], str], least: int = 2) -> list[tuple[str, str]]:
    return asked(
        (say(k, c), every(neg(colour_is(s, c)) for s in of_kind(v, k))) for k in groups(v, least) for c in COLOURS
    )


def no_colour_kind(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return asked(
        (say(c, k), every(neg(both(kind_is(s, k), colour_is(s, c))) for s in v.shapes)) for c, k in colour_kind_pairs(v)
    )


def none_bigger(v: View, rng: np.random.Generator, say: Callable[[str], str]) -> list[tuple[str, str]]:
    return asked((say(ref), every(neg(bigger(s, b)) for s in v.shapes if s is not b)) for b, ref in referred(v, rng))


def count_test(
    v: View, say: Callable[[str, str], str], tallies: list[tuple[str, Tally]], numbers: Iterable[int], test: str
) -> list[tuple[str, str]]:
    """Questions of a tally against a number: ``test`` is a method of :class:`Tally` (``at_least`` ...); each
    tally is named by its words (a plural noun phrase), each number by ``say(words, number)``."""
    numbers = list(numbers)
    return asked((say(words, n), getattr(t, test)(n)) for words, t in tallies for n in numbers)


def kind_tallies(v: View) -> list[tuple[str, Tally]]:
    return [(k, kind_tally(v, k)) for k in v.askable_kinds()]


def colour_tallies(v: View) -> list[tuple[str, Tally]]:
    return [(c, colour_tally(v, c)) for c in v.askable_colours()]


def tally_of(shapes: Iterable[Shape], test: Callable[[Shape], Truth]) -> Tally:
    return Tally.of(test(s) for s in shapes)


# ----------------------------------------------------------------------------------------------- all / every


@template("every", "Are all the Ks C?", "plain")
def _(v, rng):
    return all_kind_colour(v, lambda k, c: f"Are all the {PLURAL[k]} {c}?")


@template("every", "is every K C", "lower")
def _(v, rng):
    return all_kind_colour(v, lambda k, c: f"is every {k} {c}")


@template("every", "all Ks C?", "terse")
def _(v, rng):
    return all_kind_colour(v, lambda k, c: f"all {PLURAL[k]} {c}?")


@template("every", "Could you tell me whether every single K is C?", "polite")
def _(v, rng):
    return all_kind_colour(v, lambda k, c: f"Could you tell me whether every single {k} is {c}?")


@template("every", "Just to be sure, each of the Ks is C, right?", "chatty")
def _(v, rng):
    return all_kind_colour(v, lambda k, c: f"Just to be sure, each of the {PLURAL[k]} is {c}, right?")


@template("every", "Are all the shapes the same colour?", "plain")
def _(v, rng):
    return asked([("Are all the shapes the same colour?", all_same(v.shapes, same_colour))])


@template("every", "do all the Ks have the same size", "lower")
def _(v, rng):
    return asked(
        (f"do all the {PLURAL[k]} have the same size", all_same(of_kind(v, k), same_size)) for k in groups(v, 2)
    )


@template("every", "Would you check if all of the shapes are Ks, please?", "polite")
def _(v, rng):
    return all_shapes_kind(v, lambda k: f"Would you check if all of the shapes are {PLURAL[k]}, please?")


@template("every", "every shape C?", "terse")
def _(v, rng):
    return all_shapes_colour(v, lambda c: f"every shape {c}?")


@template("every", "Are all the C shapes Ks?", "plain")
def _(v, rng):
    return all_colour_kind(v, lambda c, k: f"Are all the {c} shapes {PLURAL[k]}?")


@template("every", "quick one: is every K bigger than B?", "chatty")
def _(v, rng):
    return every_kind_bigger(v, rng, lambda k, b: f"quick one: is every {k} bigger than {b}?")


@template("every", "are the shapes all the same size", "lower")
def _(v, rng):
    return asked([("are the shapes all the same size", all_same(v.shapes, same_size))])


@template("every", "Please tell me if each shape in the picture has the same colour.", "polite")
def _(v, rng):
    return asked(
        [("Please tell me if each shape in the picture has the same colour.", all_same(v.shapes, same_colour))]
    )


@template("every", "So I think the C things are all Ks. Is that so?", "chatty")
def _(v, rng):
    return all_colour_kind(v, lambda c, k: f"So I think the {c} things are all {PLURAL[k]}. Is that so?")


# ------------------------------------------------------------------------------------------------ none / no


@template("none", "Are none of the shapes C?", "plain")
def _(v, rng):
    return none_shapes_colour(v, lambda c: f"Are none of the shapes {c}?")


@template("none", "is no shape C", "lower")
def _(v, rng):
    return none_shapes_colour(v, lambda c: f"is no shape {c}")


@template("none", "There are no Ks, right?", "chatty")
def _(v, rng):
    return no_kind(v, lambda k: f"There are no {PLURAL[k]}, right?")


@template("none", "no Ks at all?", "terse")
def _(v, rng):
    return no_kind(v, lambda k: f"no {PLURAL[k]} at all?")


@template("none", "Could you confirm that none of the Ks are C?", "polite")
def _(v, rng):
    return none_kind_colour(v, lambda k, c: f"Could you confirm that none of the {PLURAL[k]} are {c}?")


@template("none", "Is it true that no K is C?", "plain")
def _(v, rng):
    return none_kind_colour(v, lambda k, c: f"Is it true that no {k} is {c}?", least=1)


@template("none", "I don't see any C Ks here. Am I right?", "chatty")
def _(v, rng):
    return no_colour_kind(v, lambda c, k: f"I don't see any {c} {PLURAL[k]} here. Am I right?")


@template("none", "none of the Ks are C right", "lower")
def _(v, rng):
    return none_kind_colour(v, lambda k, c: f"none of the {PLURAL[k]} are {c} right")


@template("none", "zero C shapes?", "terse")
def _(v, rng):
    return none_shapes_colour(v, lambda c: f"zero {c} shapes?")


@template("none", "Please check: is there no C K in this picture?", "polite")
def _(v, rng):
    return no_colour_kind(v, lambda c, k: f"Please check: is there no {c} {k} in this picture?")


@template("none", "Is none of the shapes bigger than B?", "plain")
def _(v, rng):
    return none_bigger(v, rng, lambda b: f"Is none of the shapes bigger than {b}?")


@template("none", "Am I right in thinking there's nothing C in the picture?", "chatty")
def _(v, rng):
    return none_shapes_colour(v, lambda c: f"Am I right in thinking there's nothing {c} in the picture?")


@template("none", "so there are no C Ks then", "lower")
def _(v, rng):
    return no_colour_kind(v, lambda c, k: f"so there are no {c} {PLURAL[k]} then")


# ------------------------------------------------------------------- exactly / only / at least / at most


@template("number", "Is there exactly one K?", "plain")
def _(v, rng):
    return count_test(v, lambda k, n: f"Is there exactly one {k}?", kind_tallies(v), [1], "exactly")


@template("number", "is there only one C shape", "lower")
def _(v, rng):
    tallies = [(c, t) for c, t in colour_tallies(v) if t.lo >= 1]
    return count_test(v, lambda c, n: f"is there only one {c} shape", tallies, [1], "exactly")


@template("number", "Could you tell me if there are at least N Ks?", "polite")
def _(v, rng):
    return asked(
        (f"Could you tell me if there are at least {num(n)} {PLURAL[k]}?", t.at_least(n))
        for k, t in kind_tallies(v)
        for n in [2, 3, 4]
    )


@template("number", "at most N Ks?", "terse")
def _(v, rng):
    return count_test(
        v, lambda k, n: f"at most {n} {k if n == 1 else PLURAL[k]}?", kind_tallies(v), [1, 2, 3], "at_most"
    )


@template("number", "I reckon there are more than N C shapes. True?", "chatty")
def _(v, rng):
    return asked(
        (f"I reckon there are more than {num(n)} {c} {'shape' if n == 1 else 'shapes'}. True?", t.at_least(n + 1))
        for c, t in colour_tallies(v)
        for n in [1, 2, 3]
    )


@template("number", "Are there exactly N shapes?", "plain")
def _(v, rng):
    return asked((f"Are there exactly {num(n)} shapes?", n == v.n) for n in [v.n - 1, v.n, v.n + 1] if n >= 2)


@template("number", "are there fewer than N Ks", "lower")
def _(v, rng):
    return asked(
        (f"are there fewer than {num(n)} {PLURAL[k]}", neg(t.at_least(n)))
        for k, t in kind_tallies(v)
        for n in [2, 3, 4]
    )


@template("number", "exactly N C Ks?", "terse")
def _(v, rng):
    out = []
    for c, k in colour_kind_pairs(v):
        t = tally_of(v.shapes, lambda s, c=c, k=k: both(kind_is(s, k), colour_is(s, c)))
        out += [(f"exactly {n} {c} {k if n == 1 else PLURAL[k]}?", t.exactly(n)) for n in [1, 2]]
    return asked(out)


@template("number", "Would you say there are no more than N shapes in total?", "polite")
def _(v, rng):
    return asked((f"Would you say there are no more than {num(n)} shapes in total?", v.n <= n) for n in range(2, 7))


@template("number", "So is the K the only C shape here?", "chatty")
def _(v, rng):
    out = []
    for s, ref in named(v):
        for c in tried_colours(v, s, rng):
            alone = every(neg(colour_is(o, c)) for o in v.shapes if o is not s)
            out.append((f"So is {ref} the only {c} shape here?", both(colour_is(s, c), alone)))
    return asked(out)


@template("number", "Is there more than one K?", "plain")
def _(v, rng):
    return count_test(v, lambda k, n: f"Is there more than one {k}?", kind_tallies(v), [2], "at_least")


@template("number", "Please tell me: are there at least N shapes that are not C?", "polite")
def _(v, rng):
    out = []
    for c in v.askable_colours():
        t = tally_of(v.shapes, lambda s, c=c: neg(colour_is(s, c)))
        out += [
            (f"Please tell me: are there at least {num(n)} shapes that are not {c}?", t.at_least(n)) for n in [2, 3]
        ]
    return asked(out)


@template("number", "just one K, yeah?", "terse")
def _(v, rng):
    return count_test(v, lambda k, n: f"just one {k}, yeah?", kind_tallies(v), [1], "exactly")


# --------------------------------------------------------------------- some / any / both / either / neither


@template("some", "Is any K bigger than B?", "plain")
def _(v, rng):
    out = []
    for b, ref in referred(v, rng):
        for k in groups(v, 1):
            shapes = [s for s in of_kind(v, k) if s is not b]
            if shapes and k != b.kind:
                out.append((f"Is any {k} bigger than {ref}?", some(bigger(s, b) for s in shapes)))
    return asked(out)


@template("some", "are both Ks C", "lower")
def _(v, rng):
    return asked(
        (f"are both {PLURAL[k]} {c}", every(colour_is(s, c) for s in of_kind(v, k)))
        for k in groups(v, 2, 2)
        for c in COLOURS
    )


@template("some", "Is either of the Ks C?", "plain")
def _(v, rng):
    return asked(
        (f"Is either of the {PLURAL[k]} {c}?", one_of(*(colour_is(s, c) for s in of_kind(v, k))))
        for k in groups(v, 2, 2)
        for c in COLOURS
    )


@template("some", "neither K C?", "terse")
def _(v, rng):
    return asked(
        (f"neither {k} {c}?", every(neg(colour_is(s, c)) for s in of_kind(v, k)))
        for k in groups(v, 2, 2)
        for c in COLOURS
    )


@template("some", "Could you check whether any of the shapes are C?", "polite")
def _(v, rng):
    return asked(
        (f"Could you check whether any of the shapes are {c}?", exists(v, lambda s, c=c: colour_is(s, c)))
        for c in COLOURS
    )


@template("some", "are some of the Ks C", "lower")
def _(v, rng):
    out = []
    for k in groups(v, 2):
        for c in COLOURS:
            t = tally_of(of_kind(v, k), lambda s, c=c: colour_is(s, c))
            if t.exact() is not None and t.exact() < v.kinds[k]:  # some but not all, or none
                out.append((f"are some of the {PLURAL[k]} {c}", t.exact() > 0))
    return asked(out)


@template("some", "do any two shapes have the same colour", "lower")
def _(v, rng):
    return asked(
        [("do any two shapes have the same colour", some(same_colour(a, b) for a, b in combinations(v.shapes, 2)))]
    )


@template("some", "Are the K1 and the K2 both C?", "plain")
def _(v, rng):
    out = []
    for (a, ra), (b, rb) in combinations(named(v), 2):
        for c in dict.fromkeys(tried_colours(v, a, rng) + tried_colours(v, b, rng)):
            out.append((f"Are {ra} and {rb} both {c}?", both(colour_is(a, c), colour_is(b, c))))
    return asked(out)


@template("some", "Please tell me whether either the K1 or the K2 is C.", "polite")
def _(v, rng):
    out = []
    for (a, ra), (b, rb) in combinations(named(v), 2):
        for c in dict.fromkeys(tried_colours(v, a, rng) + tried_colours(v, b, rng)):
            out.append(
                (f"Please tell me whether either {ra} or {rb} is {c}.", one_of(colour_is(a, c), colour_is(b, c)))
            )
    return asked(out)


@template("some", "Hmm, is neither the K1 nor the K2 C?", "chatty")
def _(v, rng):
    out = []
    for (a, ra), (b, rb) in combinations(named(v), 2):
        for c in dict.fromkeys(tried_colours(v, a, rng) + tried_colours(v, b, rng)):
            out.append((f"Hmm, is neither {ra} nor {rb} {c}?", both(neg(colour_is(a, c)), neg(colour_is(b, c)))))
    return asked(out)


@template("some", "any C K?", "terse")
def _(v, rng):
    return asked(
        (f"any {c} {k}?", exists(v, lambda s, c=c, k=k: both(kind_is(s, k), colour_is(s, c))))
        for c, k in colour_kind_pairs(v)
    )


@template("some", "is at least one of the Ks C", "lower")
def _(v, rng):
    return asked(
        (f"is at least one of the {PLURAL[k]} {c}", some(colour_is(s, c) for s in of_kind(v, k)))
        for k in groups(v, 2)
        for c in COLOURS
    )


@template("some", "So does any shape here happen to be bigger than B?", "chatty")
def _(v, rng):
    return asked(
        (f"So does any shape here happen to be bigger than {ref}?", some(bigger(s, b) for s in v.shapes if s is not b))
        for b, ref in referred(v, rng)
    )


# ------------------------------------------------------------------------------------- and / or / not


@template("logic", "Is there a C1 K1 and a C2 K2?", "plain")
def _(v, rng):
    def there(c: str, k: str) -> Truth:
        return exists(v, lambda s: both(kind_is(s, k), colour_is(s, c)))

    pairs = colour_kind_pairs(v)
    return asked(
        (f"Is there {article(c1)} {c1} {k1} and {article(c2)} {c2} {k2}?", both(there(c1, k1), there(c2, k2)))
        for (c1, k1), (c2, k2) in combinations(pairs, 2)
        if k1 != k2
    )


@template("logic", "is there a K1 or a K2", "lower")
def _(v, rng):
    return asked(
        (
            f"is there {article(a)} {a} or {article(b)} {b}",
            one_of(kind_tally(v, a).at_least(1), kind_tally(v, b).at_least(1)),
        )
        for a, b in combinations(v.askable_kinds(), 2)
    )


@template("logic", "Is the K C but not the biggest shape?", "plain")
def _(v, rng):
    out = []
    for s, ref in named(v):
        for c in tried_colours(v, s, rng):
            out.append((f"Is {ref} {c} but not the biggest shape?", both(colour_is(s, c), neg(is_biggest(v, s)))))
    return asked(out)


@template("logic", "is there a shape that is not a K", "lower")
def _(v, rng):
    return asked(
        (f"is there a shape that is not {article(k)} {k}", exists(v, lambda s, k=k: neg(kind_is(s, k))))
        for k in v.askable_kinds()
    )


@template("logic", "C1 K1 and C2 K2?", "terse")
def _(v, rng):
    def there(c: str, k: str) -> Truth:
        return exists(v, lambda s: both(kind_is(s, k), colour_is(s, c)))

    return asked(
        (f"{c1} {k1} and {c2} {k2}?", both(there(c1, k1), there(c2, k2)))
        for (c1, k1), (c2, k2) in combinations(colour_kind_pairs(v), 2)
        if k1 != k2
    )


@template("logic", "Could you tell me whether the K is C and bigger than B?", "polite")
def _(v, rng):
    out = []
    for s, ref in named(v):
        for b, rb in referred(v, rng):
            if b is not s:
                for c in tried_colours(v, s, rng):
                    said = f"Could you tell me whether {ref} is {c} and bigger than {rb}?"
                    out.append((said, both(colour_is(s, c), bigger(s, b))))
    return asked(out)


@template("logic", "ok so is there something C that isn't a K?", "chatty")
def _(v, rng):
    return asked(
        (
            f"ok so is there something {c} that isn't {article(k)} {k}?",
            exists(v, lambda s, c=c, k=k: both(colour_is(s, c), neg(kind_is(s, k)))),
        )
        for c, k in colour_kind_pairs(v)
    )


@template("logic", "Is the K not C?", "plain")
def _(v, rng):
    return asked((f"Is {ref} not {c}?", neg(colour_is(s, c))) for s, ref in named(v) for c in tried_colours(v, s, rng))


@template("logic", "K1s but no K2s?", "terse")
def _(v, rng):
    return asked(
        (f"{PLURAL[a]} but no {PLURAL[b]}?", both(kind_tally(v, a).at_least(1), kind_tally(v, b).at_most(0)))
        for a, b in pairs_of_kinds(v)
    )


@template("logic", "Is it the case that there is a K and no C shape?", "polite")
def _(v, rng):
    return asked(
        (
            f"Is it the case that there is {article(k)} {k} and no {c} shape?",
            both(kind_tally(v, k).at_least(1), colour_tally(v, c).at_most(0)),
        )
        for k in v.askable_kinds()
        for c in v.askable_colours()
    )


@template("logic", "i need a C1 shape and a C2 shape, are both there", "chatty")
def _(v, rng):
    return asked(
        (
            f"i need {article(a)} {a} shape and {article(b)} {b} shape, are both there",
            both(colour_tally(v, a).at_least(1), colour_tally(v, b).at_least(1)),
        )
        for a, b in pairs_of_colours(v)
    )


@template("logic", "is there a K that is not C", "lower")
def _(v, rng):
    return asked(
        (f"is there {article(k)} {k} that is not {c}", some(neg(colour_is(s, c)) for s in of_kind(v, k)))
        for k in groups(v, 1)
        for c in COLOURS
    )


# ---------------------------------------------------------------------------------- counting with conditions


@template("count", "How many of the shapes aren't C?", "plain")
def _(v, rng):
    return asked(
        (f"How many of the shapes aren't {c}?", tally_of(v.shapes, lambda s, c=c: neg(colour_is(s, c))).exact())
        for c in COLOURS
    )


@template("count", "how many shapes are either K1s or K2s", "lower")
def _(v, rng):
    return asked(
        (
            f"how many shapes are either {PLURAL[a]} or {PLURAL[b]}",
            tally_of(v.shapes, lambda s, a=a, b=b: some([kind_is(s, a), kind_is(s, b)])).exact(),
        )
        for a, b in combinations(v.askable_kinds(), 2)
        if v.kinds[a] or v.kinds[b]
    )


@template("count", "How many Ks are bigger than B?", "plain")
def _(v, rng):
    out = []
    for b, ref in referred(v, rng):
        for k in groups(v, 1):
            shapes = [s for s in of_kind(v, k) if s is not b]
            if shapes and k != b.kind:
                out.append(
                    (
                        f"How many {PLURAL[k]} are bigger than {ref}?",
                        tally_of(shapes, lambda s, b=b: bigger(s, b)).exact(),
                    )
                )
    return asked(out)


def colour_number(v: View) -> int | None:
    """How many different colours there are, where no two present colours could be taken for each other."""
    clear = all(same_colour(a, b) is not None for a, b in combinations(v.shapes, 2))
    return len(v.colours) if clear else None


def kind_number(v: View) -> int | None:
    """How many different kinds there are, where no square and rectangle are both present."""
    return None if v.kinds["square"] and v.kinds["rectangle"] else len(v.kinds)


@template("count", "number of colours?", "terse")
def _(v, rng):
    return asked([("number of colours?", colour_number(v))])


@template("count", "how many different shapes are there", "lower")
def _(v, rng):
    return asked([("how many different shapes are there", kind_number(v))])


@template("count", "Could you count the shapes that are neither C1 nor C2?", "polite")
def _(v, rng):
    return asked(
        (
            f"Could you count the shapes that are neither {a} nor {b}?",
            tally_of(v.shapes, lambda s, a=a, b=b: both(neg(colour_is(s, a)), neg(colour_is(s, b)))).exact(),
        )
        for a, b in pairs_of_colours(v)
    )


@template("count", "I'm curious, how many things here are C1 or C2?", "chatty")
def _(v, rng):
    return asked(
        (
            f"I'm curious, how many things here are {a} or {b}?",
            tally_of(v.shapes, lambda s, a=a, b=b: some([colour_is(s, a), colour_is(s, b)])).exact(),
        )
        for a, b in pairs_of_colours(v)
    )


@template("count", "How many C shapes are not Ks?", "plain")
def _(v, rng):
    return asked(
        (f"How many {c} shapes are not {PLURAL[k]}?", tally_of(group, lambda s, k=k: neg(kind_is(s, k))).exact())
        for c, group in colour_groups(v, 1)
        for k in v.askable_kinds()
    )


@template("count", "shapes that aren't Ks, how many?", "terse")
def _(v, rng):
    return asked(
        (f"shapes that aren't {PLURAL[k]}, how many?", tally_of(v.shapes, lambda s, k=k: neg(kind_is(s, k))).exact())
        for k in v.askable_kinds()
    )


@template("count", "Please tell me how many different colours appear in this picture.", "polite")
def _(v, rng):
    return asked([("Please tell me how many different colours appear in this picture.", colour_number(v))])


@template("count", "so how many of the shapes are smaller than B, would you say?", "chatty")
def _(v, rng):
    return asked(
        (
            f"so how many of the shapes are smaller than {ref}, would you say?",
            tally_of((s for s in v.shapes if s is not b), lambda s, b=b: bigger(b, s)).exact(),
        )
        for b, ref in referred(v, rng)
    )


@template("count", "how many Ks arent C", "lower")
def _(v, rng):
    return asked(
        (f"how many {PLURAL[k]} arent {c}", tally_of(of_kind(v, k), lambda s, c=c: neg(colour_is(s, c))).exact())
        for k in groups(v, 1)
        for c in COLOURS
    )


@template("count", "How many kinds of shape are there?", "plain")
def _(v, rng):
    return asked([("How many kinds of shape are there?", kind_number(v))])


# ------------------------------------------------------------------------------------ comparing counts


@template("compare", "Are there as many K1s as K2s?", "plain")
def _(v, rng):
    return asked(
        (f"Are there as many {PLURAL[a]} as {PLURAL[b]}?", kind_tally(v, a).same(kind_tally(v, b)))
        for a, b in pairs_of_kinds(v)
    )


@template("compare", "are there fewer C1 shapes than C2 ones", "lower")
def _(v, rng):
    return asked(
        (f"are there fewer {a} shapes than {b} ones", colour_tally(v, b).more(colour_tally(v, a)))
        for a, b in pairs_of_colours(v)
    )


@template("compare", "Is the number of K1s the same as the number of K2s?", "plain")
def _(v, rng):
    return asked(
        (
            f"Is the number of {PLURAL[a]} the same as the number of {PLURAL[b]}?",
            kind_tally(v, a).same(kind_tally(v, b)),
        )
        for a, b in pairs_of_kinds(v)
    )


@template("compare", "mostly Ks?", "terse")
def _(v, rng):
    return asked((f"mostly {PLURAL[k]}?", kind_tally(v, k).most(v.n)) for k in v.askable_kinds())


@template("compare", "Could you tell me whether most of the shapes are C?", "polite")
def _(v, rng):
    return asked(
        (f"Could you tell me whether most of the shapes are {c}?", colour_tally(v, c).most(v.n)) for c in COLOURS
    )


@template("compare", "Looks like there are more C1 things than C2 things to me, is that right?", "chatty")
def _(v, rng):
    return asked(
        (
            f"Looks like there are more {a} things than {b} things to me, is that right?",
            colour_tally(v, a).more(colour_tally(v, b)),
        )
        for a, b in pairs_of_colours(v)
    )


@template("compare", "are there more shapes that are C than shapes that are not", "lower")
def _(v, rng):
    out = []
    for c in COLOURS:
        t = colour_tally(v, c)
        out.append(
            (f"are there more shapes that are {c} than shapes that are not", t.more(Tally(v.n - t.hi, v.n - t.lo)))
        )
    return asked(out)


@template("compare", "more K1s than K2s?", "terse")
def _(v, rng):
    return asked(
        (f"more {PLURAL[a]} than {PLURAL[b]}?", kind_tally(v, a).more(kind_tally(v, b))) for a, b in pairs_of_kinds(v)
    )


@template("compare", "Would you say there are at least as many K1s as K2s?", "polite")
def _(v, rng):
    return asked(
        (
            f"Would you say there are at least as many {PLURAL[a]} as {PLURAL[b]}?",
            neg(kind_tally(v, b).more(kind_tally(v, a))),
        )
        for a, b in pairs_of_kinds(v)
    )


@template("compare", "So are the K1s outnumbered by the K2s?", "chatty")
def _(v, rng):
    return asked(
        (f"So are the {PLURAL[a]} outnumbered by the {PLURAL[b]}?", kind_tally(v, b).more(kind_tally(v, a)))
        for a, b in pairs_of_kinds(v)
        if v.kinds[a] and v.kinds[b]
    )


@template("compare", "Are more than half of the shapes Ks?", "plain")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        t = kind_tally(v, k)
        out.append(
            (
                f"Are more than half of the shapes {PLURAL[k]}?",
                True if 2 * t.lo > v.n else False if 2 * t.hi <= v.n else None,
            )
        )
    return asked(out)


@template("compare", "do the C1 shapes outnumber the C2 ones", "lower")
def _(v, rng):
    return asked(
        (f"do the {a} shapes outnumber the {b} ones", colour_tally(v, a).more(colour_tally(v, b)))
        for a, b in pairs_of_colours(v)
        if colour_tally(v, a).lo and colour_tally(v, b).lo
    )


@template("compare", "same number of C1 and C2 shapes?", "terse")
def _(v, rng):
    return asked(
        (f"same number of {a} and {b} shapes?", colour_tally(v, a).same(colour_tally(v, b)))
        for a, b in pairs_of_colours(v)
    )


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


def pick_questions(
    scene: Scene, kinds: list[str], per_image: int, used: Counter, rng: np.random.Generator
) -> list[Item]:
    """The askers' pick of ``per_image`` questions of different families (see ``pick_items``), a yes / no one only
    with the gold its family has had fewer times so far (a template that cannot give it is passed over, and so is a
    family none of whose templates can)."""

    def balanced(family: str, fn: Callable) -> Callable:
        def offer(v: View, rng: np.random.Generator) -> list[tuple[str, str]]:
            found = fn(v, rng)
            yes, no = used["gold", family, "yes"], used["gold", family, "no"]
            if yes != no and {"yes", "no"} & {g for _, g in found}:
                found = [(text, g) for text, g in found if g == ("yes" if yes < no else "no")]
            return found

        return offer

    templates = [(family, name, style, balanced(family, fn)) for family, name, style, fn in TEMPLATES]
    items = pick_items(View(scene, kinds), templates, per_image, used, rng, Item)
    for item in items:
        used["gold", item.family, item.answer] += 1
    return items


# ----------------------------------------------------------------------------------------------------- run


def main() -> None:
    wording = spoken.Wording(TEMPLATES, STYLES, pick_questions, template_width=100, make_scene=make_scene)
    wording.others = "number"
    spoken.run_wording(__doc__, wording)


if __name__ == "__main__":
    main()
