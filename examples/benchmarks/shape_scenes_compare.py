"""How nsvr copes with questions about flat shape drawings that compare things, as people checking or contrasting
shapes write them.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, executor, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures,
ground truth, rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery),
``shape_scenes_rephrased.py`` (the most recent sibling, whose layout, command line, output, yes / no balancing and
scoring this copies) and the files it imports, ``shape_scenes_spoken.py``, ``shape_scenes_personas.py`` and
``shape_scenes_typos.py`` (read for their machinery and question makers only; no wording is taken from them). They
were fixed before the first run (saved beside this script as ``shape_scenes_compare_first_run.txt``, against a
frozen snapshot of nsvr) and not tuned to nsvr's answers afterwards. This is a HELD-OUT set: it measures whether nsvr
reaches comparison wordings it was not shown.

Images: the askers' generator (``askers.place`` and ``askers.paint``, unchanged) with something to compare in
every picture: 128x128 (or 64x64, ``--size``), a light tinted background with mild noise, 2-4 flat shapes (circle,
square, rectangle, triangle; ``--more`` adds pentagon, hexagon, star), each picture painted from 3-6 of the eight
saturated fills (drawn per picture) so that shapes often share a colour; never overlapping, never cut by the
border; the truth of every shape (kind, colour, box, centre, area) is exact.

Questions: 100 templates in 8 families, each labelled with one sub-style of the comparing style: how people who
check or contrast things ask it. Sub-styles:
  terse     a few words: "Circle and square: same colour?", "Larger: the circle or the red one?", "Odd one out?",
            "Triangles all one colour?", "Difference between the number of circles and squares?";
  casual    chatty: "do the triangle and the circle match colour-wise", "which one's bigger, the square or the
            blue thing?", "is the circle way bigger than the square, like twice the size or more?", "are any two
            of these the same colour?", "one of these is a different shape from the others, which one?";
  careful   spelled out by someone checking: "Is the square's colour different from the triangle's?", "Of the
            circle and the red shape, which one takes up less space?", "Is the circle at least twice as big as
            the square?", "How many more circles are there than squares?";
  formal    written up: "Do the rectangle and the circle differ in colour?", "Is the area of the circle
            approximately equal to that of the square?", "Are the red shapes more numerous than the green ones?",
            "In what respect does the odd one out differ from the others: its colour or its shape?";
  negative  a negative question: "Isn't the circle the same colour as the square?", "Aren't there more triangles
            than circles?", "Isn't the circle about the same size as the square?";
  tag       a statement with a tag: "The circle and the triangle are the same colour, aren't they?", "The circle
            is smaller than the red one, isn't it?", "None of the shapes are the same colour, right?".
A negative question or a statement with a tag is answered as English answers it: "yes" where the positive
proposition holds ("Isn't the circle bigger than the square?": yes where the circle is the bigger), "no" where it
does not; "None of ... , right?" asks to confirm the statement as said.
Families (what is compared):
  colour  whether two shapes named by their kind share or differ in colour ("Is the circle the same colour as the
          square?"; "Same colour or different: ...?" -> "same" / "different"; "What colour do the circle and the
          square have in common?" -> the colour, asked only where they share one);
  kind    whether two shapes named by their colour are the same kind ("Is the red shape the same kind of shape as
          the blue one?"; "What shape are the red one and the blue one both?" -> the kind, asked only where they
          are); a square and a rectangle are never compared;
  size    which of two shapes is bigger or smaller (-> the word that named it, or also its kind where the other
          differs in kind, as the askers' ``either_name``), whether one is bigger or smaller than the other,
          "bigger or smaller" (-> "bigger|larger" / "smaller");
  ratio   whether two shapes are the same size, differ in size, or one is at least twice (less than half) the size
          of the other;
  place   which of two shapes is higher, lower, further left or right (-> its name), whether one is higher (lower,
          further left or right) than the other, "higher or lower" (-> "higher" / "lower"), "to the left or to
          the right" (-> "left" / "right");
  count   whether two groups (kinds or colours) are equal in number, which group is larger (-> the plural or the
          singular kind, or the colour), how many more one has than the other, the difference between them, twice
          as many;
  alike   whether all the shapes of one kind share a colour, whether all the shapes of one colour are one kind,
          whether all the shapes share a colour or a kind, whether every shape has its own colour, whether any two
          share a colour or a kind, whether two shapes look exactly alike;
  odd     the odd one out: which shape, its colour, its kind, whether a named shape is it, and in what it differs.
Every family has at least 12 wordings and all six sub-styles.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``):
"the triangle" only when there is exactly one triangle, "the red one" (shape, thing) only when exactly one shape is
red; a square is never asked about as a rectangle, nor "the rectangle" said when there is a square, nor a square and
a rectangle compared by kind (nor a scene holding both asked about the odd one out, the odd kind, all the same kind
or two of the same kind); an absent colour is never one a viewer might give a present colour's shade
(``CONFUSABLE``). Position words need a margin of 15% of the image side between the two centres. Area rules:
"bigger" / "smaller" need areas differing by a factor of 1.8; "the same size" ("about", "roughly equal") is yes
where the two areas are within a factor of 1.15 and no where they differ by 1.8 or more (none asked between); "at
least twice as big" ("more than double", "twice the size or more") is yes where the first area is at least 4.4 times
the second, so that it is twice by area and twice by width alike, and no where it is at most 1.3 times the second
(or smaller); "less than half the size" the same the other way round. Counts: "as many A as B" is asked only where
there are no more A than B (it is yes where they are equal, no where there are fewer: "at least as many" is never at
stake); "how many more A than B" only where there are more A; "twice as many A as B" is yes where A is exactly twice
B (B at least one) and no where there are no more A than B. "All the circles" only where there are at least two
circles (of a colour, at least two of it); "any two" and "every shape" only where there are at least two shapes. Two
shapes "look exactly alike" where they share kind and colour and their areas are within a factor of 1.3; no where no
two share both kind and colour (none asked where a pair shares both but differs more in size). The odd one out (at
least three shapes): a shape is odd in colour where every other shape has one same colour and it has another, odd in
kind the same with kinds; "which is a different colour (shape) from the rest" asks the one odd in that attribute;
the odd one out with no attribute named is asked only where exactly one shape is odd in colour or kind (odd in both
counts once) and no other shape stands out by size (its area 1.8 times every other's, or every other's 1.8 times
its); its gold is its colour where no other shape has that colour, and its kind where no other shape has that kind
("in what respect" -> "colour|color" or "shape|kind", asked only where it is odd in one of them). Within a template,
the gold is drawn first among the golds the picture offers, and where it offers both yes and no, the one its family
has had fewer times so far is taken, so yes and no are balanced as far as the pictures offer both (their counts per
family are printed: "the same size", "at least twice", "look alike", "all the same colour" and the odd one out are
"no" more often than "yes" in these pictures).

Scoring: the personas benchmark's ``normalise``, with the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical; case, punctuation and articles dropped, "grey" -> "gray", number words -> digits; shape and tone words
dropped from a colour answer, colour words from a shape answer; a gold "A|B" takes either; an answer "unknown" is
unknown; failing that, the answer read once more without the function words of a place or a group, so "the red
one" answers "red"; where the gold is "yes" or "no", a one-word answer "true" / "false" is read as "yes" / "no").

    python examples/benchmarks/shape_scenes_compare.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_compare.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by sub-style and by template, the
15 worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``,
every unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import shape_scenes_askers as askers  # the askers' pictures, ground truth and rules
import shape_scenes_personas as personas  # the personas benchmark's reading of "true" / "false"
import shape_scenes_spoken as spoken  # the spoken benchmark's question picker and run
from shape_bench_common import cap, new_templates, yn
from shape_scenes_askers import COLOURS, PLURAL, SIZE_RATIO, Scene, Shape, View, colour_pairs, kind_pairs, side_answer
from shape_scenes_personas import colours_choice, kinds_choice, relation_choice, same_colours, same_kinds
from shape_scenes_spoken import more_colours, more_kinds, relation, size_yn, which_of_two


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    tag: str


TEMPLATES, template = new_templates()  # template(family, name, tag)
TAGS = ["terse", "casual", "careful", "formal", "negative", "tag"]
SAME_SIZE = 1.15  # the most area factor of "the same size"
TWICE = 4.4  # the least area factor of "at least twice as big": twice by area and by width alike
NOT_TWICE = 1.3  # the most area factor of a clear "no" to "at least twice as big"
ALIKE = 1.3  # the most area factor of two shapes that "look exactly alike"


def bare(ref: str) -> str:
    """A shape's name without its article ("the triangle": "triangle")."""
    return ref.removeprefix("the ")


def square_muddle(kinds: Counter | set) -> bool:
    """Whether a square and a rectangle are both among ``kinds`` (a square is a rectangle too)."""
    return bool(kinds and "square" in kinds and "rectangle" in kinds)


# ------------------------------------------------------------------------------------------- what is asked


def kind_named_pairs(v: View) -> list[tuple[Shape, Shape]]:
    """Ordered pairs of shapes each named alone by its kind ("the circle", "the square")."""
    return [(a, b) for a, b in v.pairs() if v.kind_ref(a) and v.kind_ref(b)]


def colour_named_pairs(v: View) -> list[tuple[Shape, Shape]]:
    """Ordered pairs of shapes each alone in its colour, never a square beside a rectangle."""
    return [
        (a, b)
        for a, b in v.pairs()
        if v.colours[a.colour] == 1 and v.colours[b.colour] == 1 and {a.kind, b.kind} != {"square", "rectangle"}
    ]


def match_colour(v: View, say: Callable[[str, str], str], differ: bool = False) -> list[tuple[str, str]]:
    """yes / no for "are the <kind> and the <kind> the same colour" (``differ``: a different colour)."""
    return [(say(a.kind, b.kind), yn((a.colour == b.colour) != differ)) for a, b in kind_named_pairs(v)]


def match_colour_word(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "same colour or different": gold "same" / "different"."""
    return [(say(a.kind, b.kind), "same" if a.colour == b.colour else "different") for a, b in kind_named_pairs(v)]


def shared_colour(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "what colour do the <kind> and the <kind> have in common", only where they share one: gold that colour."""
    return [(say(a.kind, b.kind), a.colour) for a, b in kind_named_pairs(v) if a.colour == b.colour]


def match_kind(v: View, say: Callable[[str, str], str], differ: bool = False) -> list[tuple[str, str]]:
    """yes / no for "are the <colour> one and the <colour> one the same shape" (``differ``: different shapes)."""
    return [(say(a.colour, b.colour), yn((a.kind == b.kind) != differ)) for a, b in colour_named_pairs(v)]


def match_kind_word(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(say(a.colour, b.colour), "same" if a.kind == b.kind else "different") for a, b in colour_named_pairs(v)]


def shared_kind(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(say(a.colour, b.colour), a.kind) for a, b in colour_named_pairs(v) if a.kind == b.kind]


def named_pairs(v: View, rng: np.random.Generator) -> list[tuple[Shape, Shape, str, str]]:
    """Ordered pairs of shapes each named alone (by its kind or its colour), with their names."""
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if ra and rb:
            out.append((a, b, ra[0], rb[0]))
    return out


def bigger_word(v: View, rng: np.random.Generator, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "is A bigger or smaller than B": gold "bigger|larger" or "smaller", the areas differing by 1.8 at least."""
    out = []
    for a, b, ra, rb in named_pairs(v, rng):
        ratio = a.area / b.area
        if ratio >= SIZE_RATIO:
            out.append((say(ra, rb), "bigger|larger"))
        elif ratio <= 1 / SIZE_RATIO:
            out.append((say(ra, rb), "smaller"))
    return out


def same_size(
    v: View, rng: np.random.Generator, say: Callable[[str, str], str], differ: bool = False
) -> list[tuple[str, str]]:
    """yes / no for "are A and B the same size" (``differ``: different sizes): the same within 1.15, different
    by 1.8 or more, nothing asked between."""
    out = []
    for a, b, ra, rb in named_pairs(v, rng):
        ratio = max(a.area / b.area, b.area / a.area)
        if ratio <= SAME_SIZE:
            out.append((say(ra, rb), yn(not differ)))
        elif ratio >= SIZE_RATIO:
            out.append((say(ra, rb), yn(differ)))
    return out


def as_big_as(v: View, rng: np.random.Generator, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """yes / no for "is A as big as B", asked only where A is not the bigger: yes within 1.15, no where B is 1.8
    times A or more ("at least as big" is never at stake)."""
    out = []
    for a, b, ra, rb in named_pairs(v, rng):
        ratio = b.area / a.area
        if 1 / SAME_SIZE <= ratio <= SAME_SIZE:
            out.append((say(ra, rb), "yes"))
        elif ratio >= SIZE_RATIO:
            out.append((say(ra, rb), "no"))
    return out


def twice(
    v: View, rng: np.random.Generator, say: Callable[[str, str], str], half: bool = False
) -> list[tuple[str, str]]:
    """yes / no for "is A at least twice as big as B" (``half``: "less than half the size of B"): yes where the
    area factor is 4.4 or more, no where it is 1.3 or less."""
    out = []
    for a, b, ra, rb in named_pairs(v, rng):
        ratio = b.area / a.area if half else a.area / b.area
        if ratio >= TWICE:
            out.append((say(ra, rb), "yes"))
        elif ratio <= NOT_TWICE:
            out.append((say(ra, rb), "no"))
    return out


def higher_word(v: View, rng: np.random.Generator, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "is A higher or lower than B": gold "higher" or "lower", the centres a margin apart."""
    out = []
    for a, b, ra, rb in named_pairs(v, rng):
        gold = side_answer(b.cy - a.cy, v.margin)
        if gold:
            out.append((say(ra, rb), "higher" if gold == "yes" else "lower"))
    return out


def as_many(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """yes / no for "are there as many A as B" (plural kinds), only where there are no more A than B."""
    return [
        (say(PLURAL[a], PLURAL[b]), yn(v.kinds[a] == v.kinds[b])) for a, b in kind_pairs(v) if v.kinds[a] <= v.kinds[b]
    ]


def how_many_more_kinds(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [
        (say(PLURAL[a], PLURAL[b]), str(v.kinds[a] - v.kinds[b])) for a, b in kind_pairs(v) if v.kinds[a] > v.kinds[b]
    ]


def how_many_more_colours(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(say(a, b), str(v.colours[a] - v.colours[b])) for a, b in colour_pairs(v) if v.colours[a] > v.colours[b]]


def difference(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "the difference between the number of A and B" (plural kinds): gold how far apart they are."""
    return [(say(PLURAL[a], PLURAL[b]), str(abs(v.kinds[a] - v.kinds[b]))) for a, b in kind_pairs(v)]


def fewer_colours(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(say(a, b), yn(v.colours[a] < v.colours[b])) for a, b in colour_pairs(v)]


def twice_as_many(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """yes / no for "are there twice as many A shapes as B ones" (colours): yes where A is exactly twice B (B at
    least one), no where there are no more A than B."""
    out = []
    for a, b in colour_pairs(v):
        if v.colours[b] >= 1 and v.colours[a] == 2 * v.colours[b]:
            out.append((say(a, b), "yes"))
        elif v.colours[a] <= v.colours[b]:
            out.append((say(a, b), "no"))
    return out


def kind_colour_same(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    """yes / no for "are all the <kinds> the same colour", only where there are two or more of them."""
    return [
        (say(PLURAL[k]), yn(len({s.colour for s in v.shapes if s.kind == k}) == 1))
        for k in v.askable_kinds()
        if v.kinds[k] >= 2
    ]


def colour_kind_same(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    """yes / no for "are all the <colour> shapes the same shape", only where there are two or more of them (and
    not a square with a rectangle)."""
    out = []
    for c in v.colours:
        kinds = {s.kind for s in v.shapes if s.colour == c}
        if v.colours[c] >= 2 and not square_muddle(kinds):
            out.append((say(c), yn(len(kinds) == 1)))
    return out


def all_colours(v: View, say: Callable[[], str], question: str) -> list[tuple[str, str]]:
    """yes / no about the colours of all the shapes (two or more): ``question`` "one" (all one colour), "each" (every
    shape its own colour) or "any" (two share a colour)."""
    if v.n < 2:
        return []
    distinct = len(v.colours)
    truth = {"one": distinct == 1, "each": distinct == v.n, "any": distinct < v.n}[question]
    return [(say(), yn(truth))]


def all_kinds(v: View, say: Callable[[], str], question: str) -> list[tuple[str, str]]:
    """The same as :func:`all_colours` with kinds, never of a scene holding a square and a rectangle."""
    if v.n < 2 or square_muddle(v.kinds):
        return []
    distinct = len(v.kinds)
    truth = {"one": distinct == 1, "each": distinct == v.n, "any": distinct < v.n}[question]
    return [(say(), yn(truth))]


def look_alike(v: View, say: Callable[[], str]) -> list[tuple[str, str]]:
    """yes / no for "do two shapes look exactly alike": yes where two share kind and colour and their areas are
    within 1.3; no where no two share kind and colour; nothing asked otherwise."""
    if v.n < 2:
        return []
    twins = [(a, b) for a, b in v.pairs() if a.kind == b.kind and a.colour == b.colour]
    if not twins:
        return [(say(), "no")]
    if any(max(a.area / b.area, b.area / a.area) <= ALIKE for a, b in twins):
        return [(say(), "yes")]
    return []


def odd_in(v: View, attribute: Callable[[Shape], str]) -> Shape | None:
    """The shape odd in ``attribute`` (three shapes or more): every other shape shares one value, it has another."""
    if v.n < 3:
        return None
    values = Counter(attribute(s) for s in v.shapes)
    if len(values) != 2 or min(values.values()) != 1:
        return None
    lone = min(values, key=lambda value: values[value])
    return next(s for s in v.shapes if attribute(s) == lone)


def odd_colour(v: View) -> Shape | None:
    return odd_in(v, lambda s: s.colour)


def odd_kind(v: View) -> Shape | None:
    return None if square_muddle(v.kinds) else odd_in(v, lambda s: s.kind)


def stands_out_by_size(v: View, s: Shape) -> bool:
    others = [t for t in v.shapes if t is not s]
    return all(s.area / t.area >= SIZE_RATIO for t in others) or all(t.area / s.area >= SIZE_RATIO for t in others)


def odd_one(v: View) -> Shape | None:
    """The odd one out with no attribute named: the one shape odd in colour or kind (odd in both counts once), where
    no other shape stands out by size, never in a scene holding a square and a rectangle."""
    if square_muddle(v.kinds):
        return None
    found = {id(s): s for s in (odd_colour(v), odd_kind(v)) if s is not None}
    if len(found) != 1:
        return None
    s = next(iter(found.values()))
    if any(stands_out_by_size(v, t) for t in v.shapes if t is not s):
        return None
    return s


def odd_name(v: View, s: Shape) -> str:
    """The gold naming an odd shape: its colour where no other shape has it, its kind where no other has that."""
    names = [s.colour] if v.colours[s.colour] == 1 else []
    if v.kind_ref(s):
        names.append(s.kind)
    return "|".join(names)


def odd_named(v: View, s: Shape | None, say: Callable[[], str]) -> list[tuple[str, str]]:
    if s is None or not odd_name(v, s):
        return []
    return [(say(), odd_name(v, s))]


def is_odd(v: View, rng: np.random.Generator, say: Callable[[str], str], odd: Shape | None) -> list[tuple[str, str]]:
    """yes / no for "is <shape> the odd one", each shape named alone by its kind or its colour."""
    out = []
    for s in v.shapes if odd is not None else []:
        ref = v.ref(s, rng)
        if ref:
            out.append((say(ref[0]), yn(s is odd)))
    return out


def odd_respect(v: View) -> str | None:
    """ "colour|color" or "shape|kind": in what the odd one out differs, where it is odd in one attribute only."""
    s = odd_one(v)
    if s is None:
        return None
    by_colour, by_kind = odd_colour(v) is s, odd_kind(v) is s
    if by_colour == by_kind:
        return None
    return "colour|color" if by_colour else "shape|kind"


# colour: two shapes named by their kind, the same colour or not


@template("colour", "is the kind the same colour as the kind?", "careful")
def _(v, rng):
    return match_colour(v, lambda a, b: f"Is the {a} the same colour as the {b}?")


@template("colour", "kind and kind: same colour?", "terse")
def _(v, rng):
    return match_colour(v, lambda a, b: f"{cap(a)} and {b}: same colour?")


@template("colour", "do the kind and the kind match colour-wise", "casual")
def _(v, rng):
    return match_colour(v, lambda a, b: f"do the {a} and the {b} match colour-wise")


@template("colour", "is the kind's colour different from the kind's?", "careful")
def _(v, rng):
    return match_colour(v, lambda a, b: f"Is the {a}'s colour different from the {b}'s?", differ=True)


@template("colour", "do the kind and the kind differ in colour?", "formal")
def _(v, rng):
    return match_colour(v, lambda a, b: f"Do the {a} and the {b} differ in colour?", differ=True)


@template("colour", "are the kind and the kind filled with the same color?", "formal")
def _(v, rng):
    return match_colour(v, lambda a, b: f"Are the {a} and the {b} filled with the same color?")


@template("colour", "isn't the kind the same colour as the kind?", "negative")
def _(v, rng):
    return match_colour(v, lambda a, b: f"Isn't the {a} the same colour as the {b}?")


@template("colour", "the kind and the kind are the same colour, aren't they?", "tag")
def _(v, rng):
    return match_colour(v, lambda a, b: f"The {a} and the {b} are the same colour, aren't they?")


@template("colour", "same colour or different: the kind and the kind?", "terse")
def _(v, rng):
    return match_colour_word(v, lambda a, b: f"Same colour or different: the {a} and the {b}?")


@template("colour", "what colour do the kind and the kind have in common?", "careful")
def _(v, rng):
    return shared_colour(v, lambda a, b: f"What colour do the {a} and the {b} have in common?")


@template("colour", "is the kind coloured differently to the kind", "casual")
def _(v, rng):
    return match_colour(v, lambda a, b: f"is the {a} coloured differently to the {b}", differ=True)


@template("colour", "is the kind a different colour from the kind, or the same?", "careful")
def _(v, rng):
    return match_colour_word(v, lambda a, b: f"Is the {a} a different colour from the {b}, or the same?")


# kind: two shapes named by their colour, the same kind or not


@template("kind", "is the colour shape the same kind of shape as the colour one?", "careful")
def _(v, rng):
    return match_kind(v, lambda a, b: f"Is the {a} shape the same kind of shape as the {b} one?")


@template("kind", "colour and colour: same shape?", "terse")
def _(v, rng):
    return match_kind(v, lambda a, b: f"{cap(a)} and {b}: same shape?")


@template("kind", "are the colour thing and the colour thing the same shape", "casual")
def _(v, rng):
    return match_kind(v, lambda a, b: f"are the {a} thing and the {b} thing the same shape")


@template("kind", "do the colour and the colour figures differ in shape?", "formal")
def _(v, rng):
    return match_kind(v, lambda a, b: f"Do the {a} and the {b} figures differ in shape?", differ=True)


@template("kind", "isn't the colour one the same shape as the colour one?", "negative")
def _(v, rng):
    return match_kind(v, lambda a, b: f"Isn't the {a} one the same shape as the {b} one?")


@template("kind", "the colour one and the colour one are the same shape, aren't they?", "tag")
def _(v, rng):
    return match_kind(v, lambda a, b: f"The {a} one and the {b} one are the same shape, aren't they?")


@template("kind", "is the colour shape a different kind of shape from the colour one?", "careful")
def _(v, rng):
    return match_kind(v, lambda a, b: f"Is the {a} shape a different kind of shape from the {b} one?", differ=True)


@template("kind", "same shape or different: the colour one and the colour one?", "terse")
def _(v, rng):
    return match_kind_word(v, lambda a, b: f"Same shape or different: the {a} one and the {b} one?")


@template("kind", "what shape are the colour one and the colour one both?", "casual")
def _(v, rng):
    return shared_kind(v, lambda a, b: f"what shape are the {a} one and the {b} one both?")


@template("kind", "are the colour and colour objects of the same geometric type?", "formal")
def _(v, rng):
    return match_kind(v, lambda a, b: f"Are the {a} and {b} objects of the same geometric type?")


@template("kind", "the colour one and the colour one - same kind of shape or not?", "casual")
def _(v, rng):
    return match_kind(v, lambda a, b: f"the {a} one and the {b} one - same kind of shape or not?")


@template("kind", "do the colour shape and the colour shape have matching shapes?", "careful")
def _(v, rng):
    return match_kind(v, lambda a, b: f"Do the {a} shape and the {b} shape have matching shapes?")


# size: which of two is bigger or smaller


def much_bigger(a: Shape, b: Shape) -> bool:
    return a.area / b.area >= SIZE_RATIO


def much_smaller(a: Shape, b: Shape) -> bool:
    return b.area / a.area >= SIZE_RATIO


@template("size", "which one's bigger, A or B?", "casual")
def _(v, rng):
    return which_of_two(v, rng, lambda a, b: f"which one's bigger, {a} or {b}?", much_bigger)


@template("size", "larger: A or B?", "terse")
def _(v, rng):
    return which_of_two(v, rng, lambda a, b: f"Larger: {a} or {b}?", much_bigger)


@template("size", "of A and B, which one takes up less space?", "careful")
def _(v, rng):
    return which_of_two(v, rng, lambda a, b: f"Of {a} and {b}, which one takes up less space?", much_smaller)


@template("size", "which of the two is the smaller one, A or B?", "careful")
def _(v, rng):
    return which_of_two(v, rng, lambda a, b: f"Which of the two is the smaller one, {a} or {b}?", much_smaller)


@template("size", "is A any bigger than B?", "casual")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"is {a} any bigger than {b}?")


@template("size", "isn't A larger than B?", "negative")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Isn't {a} larger than {b}?")


@template("size", "A is smaller than B, isn't it?", "tag")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"{cap(a)} is smaller than {b}, isn't it?", bigger=False)


@template("size", "is A bigger or smaller than B?", "careful")
def _(v, rng):
    return bigger_word(v, rng, lambda a, b: f"Is {a} bigger or smaller than {b}?")


@template("size", "does A have a greater area than B?", "formal")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Does {a} have a greater area than {b}?")


@template("size", "how does A compare with B in size: bigger or smaller?", "formal")
def _(v, rng):
    return bigger_word(v, rng, lambda a, b: f"How does {a} compare with {b} in size: bigger or smaller?")


@template("size", "A vs B, which is bigger?", "terse")
def _(v, rng):
    return which_of_two(v, rng, lambda a, b: f"{cap(bare(a))} vs {bare(b)}, which is bigger?", much_bigger)


@template("size", "A smaller than B?", "terse")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"{cap(bare(a))} smaller than {bare(b)}?", bigger=False)


# ratio: the same size, different sizes, twice or half the size


@template("ratio", "are A and B about the same size?", "casual")
def _(v, rng):
    return same_size(v, rng, lambda a, b: f"are {a} and {b} about the same size?")


@template("ratio", "is A the same size as B?", "careful")
def _(v, rng):
    return same_size(v, rng, lambda a, b: f"Is {a} the same size as {b}?")


@template("ratio", "A and B: same size?", "terse")
def _(v, rng):
    return same_size(v, rng, lambda a, b: f"{cap(bare(a))} and {bare(b)}: same size?")


@template("ratio", "do A and B differ in size?", "formal")
def _(v, rng):
    return same_size(v, rng, lambda a, b: f"Do {a} and {b} differ in size?", differ=True)


@template("ratio", "is A at least twice as big as B?", "careful")
def _(v, rng):
    return twice(v, rng, lambda a, b: f"Is {a} at least twice as big as {b}?")


@template("ratio", "is A more than double the size of B", "casual")
def _(v, rng):
    return twice(v, rng, lambda a, b: f"is {a} more than double the size of {b}")


@template("ratio", "is A less than half the size of B?", "careful")
def _(v, rng):
    return twice(v, rng, lambda a, b: f"Is {a} less than half the size of {b}?", half=True)


@template("ratio", "isn't A about the same size as B?", "negative")
def _(v, rng):
    return same_size(v, rng, lambda a, b: f"Isn't {a} about the same size as {b}?")


@template("ratio", "A and B are roughly equal in size, aren't they?", "tag")
def _(v, rng):
    return same_size(v, rng, lambda a, b: f"{cap(a)} and {b} are roughly equal in size, aren't they?")


@template("ratio", "is the area of A approximately equal to that of B?", "formal")
def _(v, rng):
    return same_size(v, rng, lambda a, b: f"Is the area of {a} approximately equal to that of {b}?")


@template("ratio", "A at least 2x the size of B?", "terse")
def _(v, rng):
    return twice(v, rng, lambda a, b: f"{cap(bare(a))} at least 2x the size of {bare(b)}?")


@template("ratio", "is A way bigger than B, like twice the size or more?", "casual")
def _(v, rng):
    return twice(v, rng, lambda a, b: f"is {a} way bigger than {b}, like twice the size or more?")


@template("ratio", "is A as big as B?", "careful")
def _(v, rng):
    return as_big_as(v, rng, lambda a, b: f"Is {a} as big as {b}?")


# place: which of two is higher, lower, further left or right


def higher(v: View) -> Callable[[Shape, Shape], bool]:
    return lambda a, b: b.cy - a.cy >= v.margin


def lower(v: View) -> Callable[[Shape, Shape], bool]:
    return lambda a, b: a.cy - b.cy >= v.margin


def further_left(v: View) -> Callable[[Shape, Shape], bool]:
    return lambda a, b: b.cx - a.cx >= v.margin


def further_right(v: View) -> Callable[[Shape, Shape], bool]:
    return lambda a, b: a.cx - b.cx >= v.margin


@template("place", "which is higher up, A or B?", "casual")
def _(v, rng):
    return which_of_two(v, rng, lambda a, b: f"which is higher up, {a} or {b}?", higher(v))


@template("place", "which sits lower in the picture, A or B?", "careful")
def _(v, rng):
    return which_of_two(v, rng, lambda a, b: f"Which sits lower in the picture, {a} or {b}?", lower(v))


@template("place", "out of A and B, which is more to the left?", "casual")
def _(v, rng):
    return which_of_two(v, rng, lambda a, b: f"out of {a} and {b}, which is more to the left?", further_left(v))


@template("place", "further right: A or B?", "terse")
def _(v, rng):
    return which_of_two(v, rng, lambda a, b: f"Further right: {a} or {b}?", further_right(v))


@template("place", "is A placed higher than B?", "careful")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is {a} placed higher than {b}?", lambda a, b: b.cy - a.cy)


@template("place", "is A further to the right than B?", "careful")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is {a} further to the right than {b}?", lambda a, b: a.cx - b.cx)


@template("place", "isn't A lower down than B?", "negative")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Isn't {a} lower down than {b}?", lambda a, b: a.cy - b.cy)


@template("place", "A is to the left of B, isn't it?", "tag")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"{cap(a)} is to the left of {b}, isn't it?", lambda a, b: b.cx - a.cx)


@template("place", "is A higher or lower than B?", "careful")
def _(v, rng):
    return higher_word(v, rng, lambda a, b: f"Is {a} higher or lower than {b}?")


@template("place", "does A lie to the left or to the right of B?", "formal")
def _(v, rng):
    return relation_choice(
        v,
        rng,
        lambda a, b, x, y: f"Does {a} lie to the {x} or to the {y} of {b}?",
        lambda a, b: b.cx - a.cx,
        ("left", "right"),
    )


@template("place", "which comes first from the left, A or B?", "casual")
def _(v, rng):
    return which_of_two(v, rng, lambda a, b: f"which comes first from the left, {a} or {b}?", further_left(v))


@template("place", "A lower than B?", "terse")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"{cap(bare(a))} lower than {bare(b)}?", lambda a, b: a.cy - b.cy)


@template("place", "reading left to right, does A come before B?", "casual")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"reading left to right, does {a} come before {b}?", lambda a, b: b.cx - a.cx)


# count: two groups compared in number


@template("count", "are there as many kinds as kinds?", "careful")
def _(v, rng):
    return as_many(v, lambda a, b: f"Are there as many {a} as {b}?")


@template("count", "colour vs colour shapes, equal numbers?", "terse")
def _(v, rng):
    return same_colours(v, lambda a, b: f"{cap(a)} vs {b} shapes, equal numbers?")


@template("count", "do the kinds and the kinds come in equal numbers?", "formal")
def _(v, rng):
    return same_kinds(v, lambda a, b: f"Do the {PLURAL[a]} and the {PLURAL[b]} come in equal numbers?")


@template("count", "are there more colour shapes or more colour shapes?", "careful")
def _(v, rng):
    return colours_choice(v, rng, lambda a, b: f"Are there more {a} shapes or more {b} shapes?")


@template("count", "which group is bigger, the kinds or the kinds?", "casual")
def _(v, rng):
    return kinds_choice(v, rng, lambda a, b: f"which group is bigger, the {a} or the {b}?")


@template("count", "how many more kinds are there than kinds?", "careful")
def _(v, rng):
    return how_many_more_kinds(v, lambda a, b: f"How many more {a} are there than {b}?")


@template("count", "by how many do the colour shapes outnumber the colour ones?", "formal")
def _(v, rng):
    return how_many_more_colours(v, lambda a, b: f"By how many do the {a} shapes outnumber the {b} ones?")


@template("count", "difference between the number of kinds and kinds?", "terse")
def _(v, rng):
    return difference(v, lambda a, b: f"Difference between the number of {a} and {b}?")


@template("count", "aren't there more kinds than kinds?", "negative")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Aren't there more {a} than {b}?")


@template("count", "there are fewer colour shapes than colour ones, aren't there?", "tag")
def _(v, rng):
    return fewer_colours(v, lambda a, b: f"There are fewer {a} shapes than {b} ones, aren't there?")


@template("count", "are the colour shapes more numerous than the colour ones?", "formal")
def _(v, rng):
    return more_colours(v, lambda a, b: f"Are the {a} shapes more numerous than the {b} ones?")


@template("count", "are there twice as many colour shapes as colour ones?", "careful")
def _(v, rng):
    return twice_as_many(v, lambda a, b: f"Are there twice as many {a} shapes as {b} ones?")


# alike: whether all of a group share a colour or a kind, whether any two match


@template("alike", "are all the kinds the same colour?", "careful")
def _(v, rng):
    return kind_colour_same(v, lambda k: f"Are all the {k} the same colour?")


@template("alike", "do the kinds all match colour-wise", "casual")
def _(v, rng):
    return kind_colour_same(v, lambda k: f"do the {k} all match colour-wise")


@template("alike", "kinds all one colour?", "terse")
def _(v, rng):
    return kind_colour_same(v, lambda k: f"{cap(k)} all one colour?")


@template("alike", "is every shape a different colour?", "careful")
def _(v, rng):
    return all_colours(v, lambda: "Is every shape a different colour?", "each")


@template("alike", "are any two of these the same colour?", "casual")
def _(v, rng):
    return all_colours(v, lambda: "are any two of these the same colour?", "any")


@template("alike", "do all the shapes share a single colour?", "formal")
def _(v, rng):
    return all_colours(v, lambda: "Do all the shapes share a single colour?", "one")


@template("alike", "is every shape the same type of shape?", "careful")
def _(v, rng):
    return all_kinds(v, lambda: "Is every shape the same type of shape?", "one")


@template("alike", "is there a pair of shapes that look exactly alike?", "casual")
def _(v, rng):
    return look_alike(v, lambda: "is there a pair of shapes that look exactly alike?")


@template("alike", "are the colour shapes all the same shape?", "careful")
def _(v, rng):
    return colour_kind_same(v, lambda c: f"Are the {c} shapes all the same shape?")


@template("alike", "aren't all the kinds the same colour?", "negative")
def _(v, rng):
    return kind_colour_same(v, lambda k: f"Aren't all the {k} the same colour?")


@template("alike", "the kinds are all the same colour, aren't they?", "tag")
def _(v, rng):
    return kind_colour_same(v, lambda k: f"The {k} are all the same colour, aren't they?")


@template("alike", "none of the shapes are the same colour, right?", "tag")
def _(v, rng):
    return all_colours(v, lambda: "None of the shapes are the same colour, right?", "each")


@template("alike", "are two or more of the shapes the same kind of shape?", "formal")
def _(v, rng):
    return all_kinds(v, lambda: "Are two or more of the shapes the same kind of shape?", "any")


# odd: the odd one out


@template("odd", "which one's the odd one out?", "casual")
def _(v, rng):
    return odd_named(v, odd_one(v), lambda: "which one's the odd one out?")


@template("odd", "odd one out?", "terse")
def _(v, rng):
    return odd_named(v, odd_one(v), lambda: "Odd one out?")


@template("odd", "which shape is a different colour from the rest?", "careful")
def _(v, rng):
    return odd_named(v, odd_colour(v), lambda: "Which shape is a different colour from the rest?")


@template("odd", "which of these doesn't match the others in colour?", "casual")
def _(v, rng):
    return odd_named(v, odd_colour(v), lambda: "which of these doesn't match the others in colour?")


@template("odd", "which shape is not of the same kind as the others?", "formal")
def _(v, rng):
    return odd_named(v, odd_kind(v), lambda: "Which shape is not of the same kind as the others?")


@template("odd", "one of these is a different shape from the others, which one?", "casual")
def _(v, rng):
    return odd_named(v, odd_kind(v), lambda: "one of these is a different shape from the others, which one?")


@template("odd", "what colour is the odd one out?", "careful")
def _(v, rng):
    s = odd_one(v)
    return [("What colour is the odd one out?", s.colour)] if s else []


@template("odd", "is A the odd one out?", "careful")
def _(v, rng):
    return is_odd(v, rng, lambda a: f"Is {a} the odd one out?", odd_one(v))


@template("odd", "A is the odd one out, isn't it?", "tag")
def _(v, rng):
    return is_odd(v, rng, lambda a: f"{cap(a)} is the odd one out, isn't it?", odd_one(v))


@template("odd", "isn't A the only one in a different colour?", "negative")
def _(v, rng):
    return is_odd(v, rng, lambda a: f"Isn't {a} the only one in a different colour?", odd_colour(v))


@template("odd", "in what respect does the odd one out differ from the others: its colour or its shape?", "formal")
def _(v, rng):
    gold = odd_respect(v)
    text = "In what respect does the odd one out differ from the others: its colour or its shape?"
    return [(text, gold)] if gold else []


@template("odd", "apart from one, are all the shapes the same colour?", "careful")
def _(v, rng):
    if v.n < 3 or len(v.colours) == 1:
        return []
    return [("Apart from one, are all the shapes the same colour?", yn(odd_colour(v) is not None))]


@template("odd", "what kind of shape is the odd one out?", "careful")
def _(v, rng):
    s = odd_one(v)
    return [("What kind of shape is the odd one out?", s.kind)] if s else []


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- run


pick_questions = spoken.question_picker(TEMPLATES, Item)


def make_scene(index: int, side: int, kinds: list[str], rng: np.random.Generator) -> Scene:
    """The askers' picture with something to compare: 2-4 shapes of ``kinds`` (``askers.place``), painted
    (``askers.paint``) from 3-6 of the eight colours, so that shapes often share a colour."""
    count = int(rng.integers(2, 5))
    palette = [str(c) for c in rng.choice(list(COLOURS), size=int(rng.integers(3, 7)), replace=False)]
    return askers.paint(index, side, askers.place(side, count, kinds, rng), palette, rng)


def main() -> None:
    wording = spoken.Wording(
        TEMPLATES, TAGS, pick_questions, "sub-style", "By sub-style (how it is asked):", make_scene=make_scene
    )
    comparing = replace(
        wording,
        columns="family / sub-style / wording",
        width=16,
        template_width=None,
        normalise=personas.normalise,
        group_of=lambda item: item.tag,
    )
    spoken.run_wording(__doc__, comparing)


if __name__ == "__main__":
    main()
