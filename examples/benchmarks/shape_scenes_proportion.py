"""How nsvr copes with questions about flat shape drawings asked as proportions and quantities, the way people
summarising a picture ask them.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, executor, tests or any benchmark other than ``shape_scenes_askers.py`` (whose picture
generator, ground truth, rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared
machinery), ``shape_scenes_rephrased.py`` (the most recent sibling, whose layout, command line, output, yes / no
balancing and scoring this copies) and the files it imports, ``shape_scenes_spoken.py`` (whose question picker,
``Wording`` and run are reused), ``shape_scenes_personas.py`` (whose reading of "true" / "false" is reused) and
``shape_scenes_typos.py`` (read for its machinery only). No wording was taken from them. The templates were fixed before
the first run (saved beside this script as ``shape_scenes_proportion_first_run.txt``, against a frozen snapshot of nsvr)
and not tuned to nsvr's answers afterwards.

Style: proportions and quantities, as people summarising a picture ask them: fractions, percentages and shares of the
shapes with some property; majorities and minorities ("most", "the majority", "fewer than half", "at least half"); how
many times as many of one kind as of another and ratios; whether two groups are equal in number; the difference between
two counts; what is most and least common; whether every colour appears at least twice, whether some kind appears
exactly once; totals across several groups. Each template is tagged with the register it is written in:
  casual    typed quickly, lower case, little punctuation, "em", "r", "ok so", "vs", "+", "lol": "what fraction of these
            r red", "are most of em circles", "how many more squares than triangles r there";
  careful   full, precise sentences that rule out a second reading: "Counting every shape in the image, what fraction of
            them are circles?", "How many of the shapes are red, or triangles, or both?";
  school    school-maths exercises: "What is the ratio of circles to squares?", "Write the number of blue shapes as a
            fraction of the total number of shapes.", "Is the number of triangles greater than half the total number of
            shapes?";
  business  report and dashboard wording: "What percentage of the items are yellow?", "Do triangles represent a majority
            of the total?", "What is the circle-to-square ratio?", "Which color holds the largest share of the shapes?".

Images: the askers' generator (``askers.place`` and ``askers.paint``, unchanged), asked for 4 to 8 shapes instead of 1
to 4 (fewer only where the generator finds no room for them all): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon, hexagon, star)
in eight saturated fills, never overlapping, never cut by the border; the truth of every shape (kind, colour, box,
centre, area) is exact.

Questions: 98 templates in 8 families (what is asked), each with at least 11 wordings:
  fraction    the share of the shapes with a property, as a fraction or a percentage: "What fraction of the shapes are
              red?", "what % of the shapes are triangles", "Red shapes account for what share of the shapes shown?",
              "What fraction of the circles are blue?", "What fraction of the shapes are either red or blue?";
  majority    majorities and minorities, yes / no: "Are most of the shapes circles?", "Is the share of triangles above
              50%?", "at least half of them blue?", "Taking all the shapes together, are green shapes in the minority?",
              "Do red and blue shapes together make up more than half of the picture's shapes?";
  ratio       how many times as many, ratios, "twice as many": "How many times as many circles as squares are there?",
              "What is the ratio of red shapes to blue shapes?", "Are there twice as many triangles as circles?", "how
              many circles per square";
  equal       whether groups are equal in number: "Are there exactly as many red shapes as there are blue shapes?", "Is
              the split between circles and squares 50/50?", "circles vs squares - is it a tie?", "Are half of the
              shapes red and the other half blue?";
  difference  the difference between two counts: "How many more circles are there than squares?", "By how many do red
              shapes outnumber blue shapes?", "If each circle is paired with a square, how many circles are left without
              a partner?";
  mode        the most and least common colour or kind: "Which colour is the most common?", "Of the colours that appear,
              which appears the fewest times?", "Is red the most common colour here?", "How many shapes share the most
              common colour?";
  once        every colour at least twice, a colour or kind exactly once: "Does every colour in the picture appear at
              least twice?", "is there any colour that only shows up once", "How many colors are represented by a single
              shape?", "Is every shape a different colour from all the others?";
  total       totals across several groups: "How many red and blue shapes are there altogether?", "Add up the circles,
              the squares and the triangles. What do you get?", "How many shapes are neither red nor blue?".

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``) and
these: groups are colours ("red shapes") or kinds ("circles"); a square is never counted as a rectangle, so no group of
rectangles is named when the picture holds a square, and no question over every kind (most / least common, once, every
kind twice) is asked when it holds both; an absent colour is named only where no viewer would give a present colour's
shade (``CONFUSABLE``); two groups compared or added are both colours or both kinds, never overlapping. "Most" / "the
majority" / "mostly" are asked with the gold yes only over half, with the gold no only under half and where another
group is at least as large (so the plurality reading agrees), never at exactly half; "in the minority" yes under half
and no over half; "more than half", "at least half", "fewer than half" and "exactly half" are strict and asked at any
share. "Twice (double) as many A as B" is asked with the gold no only when A is fewer than twice B (never more, which
"at least twice" would make true); "half as many" with no only when A is more than half of B; "how many times as many"
only where the counts divide and A is at least twice B, "per" and "for every" only where they divide and A is at least
B; "how many more A than B" only where A is at least B, "by how many do A outnumber B" only where A is more; "the most
(least) common" only where one group leads (trails) alone, the least common among the groups present, said as such, and
"the most common colour" counted or tied only where some colour appears twice; a fraction of a group is asked only of a
group of at least two, the part neither none nor all of it. Within a template, the gold is drawn first among the golds
the picture offers, and where it offers both yes and no, the one its family has had fewer times so far is taken (the
spoken benchmark's picker), so yes and no are balanced as far as the pictures allow (their counts per family are
printed).

Golds and scoring: golds are lower-case canonical: "yes" / "no", digits for counts, differences and "how many times as
many", a colour, a kind ("circle|circles"), a fraction as "a/b" in lowest terms (with the unreduced "k/n" beside it:
"1/3|2/6"), a percentage as "25%" (one decimal where it is not whole: "33.3%"), a ratio as "a:b" in lowest terms. An
answer is read by the personas benchmark's ``normalise`` (case, punctuation and articles dropped, "grey" -> "gray",
number words -> digits, "true" / "false" as yes / no, function words of a place or a group dropped on a second look)
with the shared ``lenient_or_unknown`` outcome (a gold "A|B" takes either; "unknown" is unknown). Failing that, where
the gold is a number, a fraction, a percentage or a ratio, the answer is read as an amount and taken as right when its
value is the gold's (within 0.006, so a percentage rounded to a whole number or a decimal to two places is right):
"1/3", "2/6", "2 out of 6", "2 of the 6", "one third", "a third", "33%", "33.3 percent", "0.33" for a third; "half",
"50%", "0.5", "3/6" for a half; "2:1", "2 to 1", "2", "twice" for the ratio 2:1; "50" for the gold "50%"; "twice",
"double", "2x", "2 times", "two" for the count 2 of "how many times as many" (for a count gold, only such a number or "N
times" / "twice" / "double" / "triple", never a fraction).

    python examples/benchmarks/shape_scenes_proportion.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_proportion.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by register (tag) and by template, the
15 worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``, every
unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fractions import Fraction
from itertools import combinations

import numpy as np
import shape_scenes_askers as askers  # the askers' pictures, ground truth and rules
import shape_scenes_personas as personas  # the personas benchmark's reading of "true" / "false"
import shape_scenes_spoken as spoken  # the spoken benchmark's question picker and run
from shape_bench_common import NUMBER_WORDS, cap, new_templates, yn
from shape_scenes_askers import COLOURS, PLURAL, View


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    tag: str


TEMPLATES, template = new_templates()  # template(family, name, tag)
TAGS = ["casual", "careful", "school", "business"]
FEWEST, MOST = 4, 8  # shapes drawn in each picture (fewer where the generator finds no room)


def make_scene(index: int, side: int, kinds: list[str], rng: np.random.Generator) -> askers.Scene:
    """The askers' picture with 4 to 8 shapes (their ``place`` and ``paint``, unchanged)."""
    count = int(rng.integers(FEWEST, MOST + 1))
    return askers.paint(index, side, askers.place(side, count, kinds, rng), list(COLOURS), rng)


# ------------------------------------------------------------------------------------------------- groups


@dataclass(frozen=True)
class Group:
    """The shapes of one colour or one kind, and how a question names them."""

    key: str
    colour: bool
    n: int

    @property
    def plural(self) -> str:  # "red shapes", "circles"
        return f"{self.key} shapes" if self.colour else PLURAL[self.key]

    @property
    def single(self) -> str:  # "red shape", "circle"
        return f"{self.key} shape" if self.colour else self.key

    @property
    def pred(self) -> str:  # "are red", "are circles"
        return self.key if self.colour else PLURAL[self.key]

    @property
    def ones(self) -> str:  # "red ones", "circles"
        return f"{self.key} ones" if self.colour else PLURAL[self.key]

    @property
    def hyphen(self) -> str:  # "red-to-blue", "circle-to-square"
        return self.key


def colour_groups(v: View, present: bool = True) -> list[Group]:
    return [Group(c, True, v.colours[c]) for c in v.askable_colours() if v.colours[c] or not present]


def kind_groups(v: View, present: bool = True) -> list[Group]:
    return [Group(k, False, v.kinds[k]) for k in v.askable_kinds() if v.kinds[k] or not present]


def groups(v: View, present: bool = True) -> list[Group]:
    return colour_groups(v, present) + kind_groups(v, present)


def pairs(v: View, present: bool = False) -> list[tuple[Group, Group]]:
    """Ordered pairs of two colours or two kinds, at least one of them present (both, with ``present``)."""
    out = []
    for same in (colour_groups(v, present), kind_groups(v, present)):
        out += [(a, b) for a in same for b in same if a != b and (a.n or b.n)]
    return out


def kinds_whole(v: View) -> bool:
    """Whether questions over every kind may be asked: never with a square and a rectangle in the picture."""
    return not (v.kinds["square"] and v.kinds["rectangle"])


def dimension(v: View, g: Group) -> list[Group]:
    """The present groups of ``g``'s dimension (colours or kinds)."""
    return colour_groups(v) if g.colour else kind_groups(v)


def others_max(v: View, g: Group) -> int:
    return max((o.n for o in dimension(v, g) if o != g), default=0)


# ------------------------------------------------------------------------------------------------- golds


def fraction_gold(k: int, n: int) -> str:
    f = Fraction(k, n)
    reduced = f"{f.numerator}/{f.denominator}"
    return reduced if reduced == f"{k}/{n}" else f"{reduced}|{k}/{n}"


def percent_gold(k: int, n: int) -> str:
    p = 100 * k / n
    return f"{p:.0f}%" if abs(p - round(p)) < 1e-9 else f"{p:.1f}%"


def ratio_gold(a: int, b: int) -> str:
    f = Fraction(a, b)
    return f"{f.numerator}:{f.denominator}"


def kind_gold(k: str) -> str:
    return f"{k}|{PLURAL[k]}"


def most_gold(k: int, n: int, rival: int) -> str | None:
    """ "most" / "the majority": yes over half; no under half where another group is at least as large."""
    if 2 * k > n:
        return "yes"
    if 2 * k < n and rival >= k:
        return "no"
    return None


def shares(v: View, say: Callable[[Group], str], gold: Callable[[int, int], str]) -> list[tuple[str, str]]:
    """The share of the shapes in each present group that is neither none nor all of them."""
    return [(say(g), gold(g.n, v.n)) for g in groups(v) if 0 < g.n < v.n]


def sub_shares(v: View, say: Callable[[Group, Group], str], colour_of_kind: bool) -> list[tuple[str, str]]:
    """The share of a kind (of at least two) that is a colour (``colour_of_kind``), or of a colour that is a kind."""
    out = []
    for whole in kind_groups(v) if colour_of_kind else colour_groups(v):
        if whole.n < 2:
            continue
        for part in colour_groups(v) if colour_of_kind else kind_groups(v):
            kind, colour = (whole, part) if colour_of_kind else (part, whole)
            k = sum(1 for s in v.shapes if s.kind == kind.key and s.colour == colour.key)
            if 0 < k < whole.n:
                out.append((say(whole, part), fraction_gold(k, whole.n)))
    return out


def majority(v: View, say: Callable[[Group], str], rule: Callable[[int, int, int], str | None]):
    out = []
    for g in groups(v):
        gold = rule(g.n, v.n, others_max(v, g))
        if gold:
            out.append((say(g), gold))
    return out


def by_pairs(
    v: View, say: Callable[[Group, Group], str], gold: Callable[[int, int], str | None], present: bool = False
) -> list[tuple[str, str]]:
    out = []
    for a, b in pairs(v, present):
        answer = gold(a.n, b.n)
        if answer is not None:
            out.append((say(a, b), answer))
    return out


def modes(v: View, say: Callable[[bool], str], least: bool, colours: bool) -> list[tuple[str, str]]:
    """The colour (kind) that leads (trails, among those present) alone."""
    if not colours and not kinds_whole(v):
        return []
    present = colour_groups(v) if colours else kind_groups(v)
    if len(present) < 2:
        return []
    ranked = sorted(present, key=lambda g: g.n if least else -g.n)
    if ranked[0].n == ranked[1].n:
        return []
    top = ranked[0]
    return [(say(colours), top.key if colours else kind_gold(top.key))]


def is_mode(v: View, say: Callable[[Group], str], least: bool, colours: bool) -> list[tuple[str, str]]:
    """yes / no for "is <group> the most (least) common": yes where it leads alone, no where it is not even tied."""
    if not colours and not kinds_whole(v):
        return []
    present = colour_groups(v) if colours else kind_groups(v)
    if len(present) < 2:
        return []
    best = min(g.n for g in present) if least else max(g.n for g in present)
    leaders = [g for g in present if g.n == best]
    out = []
    for g in present:
        if g.n == best and len(leaders) == 1:
            out.append((say(g), "yes"))
        elif g.n != best:
            out.append((say(g), "no"))
    return out


def joined(names: Iterable[str]) -> str:
    names = list(names)
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 2 else " and ".join(names)


def triples(v: View) -> list[tuple[Group, Group, Group]]:
    """Three present colours or three present kinds."""
    return [t for same in (colour_groups(v), kind_groups(v)) for t in combinations(same, 3)]


# fraction


@template("fraction", "what fraction of the shapes are G?", "school")
def _(v, rng):
    return shares(v, lambda g: f"What fraction of the shapes are {g.pred}?", fraction_gold)


@template("fraction", "what fraction of these r G", "casual")
def _(v, rng):
    return shares(v, lambda g: f"what fraction of these r {g.pred}", fraction_gold)


@template("fraction", "what proportion of the total shapes are G?", "business")
def _(v, rng):
    return shares(v, lambda g: f"What proportion of the total shapes are {g.pred}?", fraction_gold)


@template("fraction", "what percentage of the items are G?", "business")
def _(v, rng):
    return shares(v, lambda g: f"What percentage of the items are {g.pred}?", percent_gold)


@template("fraction", "counting every shape in the image, what fraction of them are G?", "careful")
def _(v, rng):
    return shares(v, lambda g: f"Counting every shape in the image, what fraction of them are {g.pred}?", fraction_gold)


@template("fraction", "write the number of G as a fraction of the total number of shapes.", "school")
def _(v, rng):
    return shares(
        v, lambda g: f"Write the number of {g.plural} as a fraction of the total number of shapes.", fraction_gold
    )


@template("fraction", "G account for what share of the shapes shown?", "business")
def _(v, rng):
    return shares(v, lambda g: f"{cap(g.plural)} account for what share of the shapes shown?", fraction_gold)


@template("fraction", "what % of the shapes are G", "casual")
def _(v, rng):
    return shares(v, lambda g: f"what % of the shapes are {g.pred}", percent_gold)


@template("fraction", "what fraction of the K are C?", "school")
def _(v, rng):
    return sub_shares(v, lambda whole, part: f"What fraction of the {whole.plural} are {part.key}?", True)


@template("fraction", "considering only the C shapes, what proportion of them are K?", "careful")
def _(v, rng):
    return sub_shares(
        v, lambda whole, part: f"Considering only the {whole.plural}, what proportion of them are {part.pred}?", False
    )


@template("fraction", "what fraction of the shapes are either C1 or C2?", "school")
def _(v, rng):
    out = []
    for a, b in combinations(colour_groups(v), 2):
        if a.n + b.n < v.n:
            out.append((f"What fraction of the shapes are either {a.key} or {b.key}?", fraction_gold(a.n + b.n, v.n)))
    return out


@template("fraction", "ok so G make up what percent of everything in the picture", "casual")
def _(v, rng):
    return shares(v, lambda g: f"ok so {g.ones} make up what percent of everything in the picture", percent_gold)


@template("fraction", "to the nearest percent, what share of all the shapes is C?", "careful")
def _(v, rng):
    out = []
    for g in colour_groups(v):
        if 0 < g.n < v.n:
            out.append((f"To the nearest percent, what share of all the shapes is {g.key}?", percent_gold(g.n, v.n)))
    return out


# majority


@template("majority", "are most of the shapes G?", "school")
def _(v, rng):
    return majority(v, lambda g: f"Are most of the shapes {g.pred}?", most_gold)


@template("majority", "are most of em G", "casual")
def _(v, rng):
    return majority(v, lambda g: f"are most of em {g.pred}", most_gold)


@template("majority", "do G represent a majority of the total?", "business")
def _(v, rng):
    return majority(v, lambda g: f"Do {g.plural} represent a majority of the total?", most_gold)


@template("majority", "is the share of G above 50%?", "business")
def _(v, rng):
    return majority(v, lambda g: f"Is the share of {g.plural} above 50%?", lambda k, n, r: yn(2 * k > n))


@template("majority", "is the number of G greater than half the total number of shapes?", "school")
def _(v, rng):
    return majority(
        v,
        lambda g: f"Is the number of {g.plural} greater than half the total number of shapes?",
        lambda k, n, r: yn(2 * k > n),
    )


@template("majority", "at least half of them G?", "casual")
def _(v, rng):
    return majority(v, lambda g: f"at least half of them {g.pred}?", lambda k, n, r: yn(2 * k >= n))


@template("majority", "is it true that fewer than half of the shapes are G?", "careful")
def _(v, rng):
    return majority(
        v, lambda g: f"Is it true that fewer than half of the shapes are {g.pred}?", lambda k, n, r: yn(2 * k < n)
    )


@template("majority", "taking all the shapes together, are G in the minority?", "careful")
def _(v, rng):
    def rule(k, n, r):
        return "yes" if 2 * k < n else "no" if 2 * k > n else None

    return majority(v, lambda g: f"Taking all the shapes together, are {g.plural} in the minority?", rule)


@template("majority", "so is it mostly G in there", "casual")
def _(v, rng):
    return majority(v, lambda g: f"so is it mostly {g.pred} in there", most_gold)


@template("majority", "do the G make up less than half of the shapes?", "school")
def _(v, rng):
    return majority(
        v, lambda g: f"Do the {g.ones} make up less than half of the shapes?", lambda k, n, r: yn(2 * k < n)
    )


@template("majority", "are exactly half of the shapes G?", "careful")
def _(v, rng):
    return majority(v, lambda g: f"Are exactly half of the shapes {g.pred}?", lambda k, n, r: yn(2 * k == n))


@template("majority", "do C1 and C2 shapes together make up more than half of the picture's shapes?", "business")
def _(v, rng):
    out = []
    for a, b in combinations(colour_groups(v), 2):
        text = f"Do {a.key} and {b.key} shapes together make up more than half of the picture's shapes?"
        out.append((text, yn(2 * (a.n + b.n) > v.n)))
    return out


@template("majority", "more than a third of the shapes are G - true?", "casual")
def _(v, rng):
    return majority(v, lambda g: f"more than a third of the shapes are {g.pred} - true?", lambda k, n, r: yn(3 * k > n))


# ratio


def divides(a: int, b: int) -> str | None:
    """ "how many A per B": the whole number a / b, where b divides a and a is at least b."""
    return str(a // b) if b and a >= b and a % b == 0 else None


def times(a: int, b: int) -> str | None:
    """ "how many times as many A as B": the whole number a / b, where b divides a and a is at least twice b."""
    return divides(a, b) if a >= 2 * b else None


@template("ratio", "what is the ratio of G1 to G2?", "school")
def _(v, rng):
    return by_pairs(v, lambda a, b: f"What is the ratio of {a.plural} to {b.plural}?", ratio_gold, present=True)


@template("ratio", "what is the G1-to-G2 ratio?", "business")
def _(v, rng):
    return by_pairs(v, lambda a, b: f"What is the {a.hyphen}-to-{b.hyphen} ratio?", ratio_gold, present=True)


@template("ratio", "how many times as many G1 as G2 are there?", "careful")
def _(v, rng):
    return by_pairs(v, lambda a, b: f"How many times as many {a.plural} as {b.plural} are there?", times, True)


@template("ratio", "how many G1 per G2", "casual")
def _(v, rng):
    return by_pairs(v, lambda a, b: f"how many {a.plural} per {b.single}", divides, True)


@template("ratio", "for every G2, how many G1 are there?", "school")
def _(v, rng):
    return by_pairs(v, lambda a, b: f"For every {b.single}, how many {a.plural} are there?", divides, True)


@template("ratio", "are there twice as many G1 as G2?", "school")
def _(v, rng):
    def gold(a, b):
        return "yes" if b and a == 2 * b else "no" if b and a < 2 * b else None

    return by_pairs(v, lambda a, b: f"Are there twice as many {a.plural} as {b.plural}?", gold)


@template("ratio", "do G1 outnumber G2 by a factor of two or more?", "business")
def _(v, rng):
    return by_pairs(
        v,
        lambda a, b: f"Do {a.plural} outnumber {b.plural} by a factor of two or more?",
        lambda a, b: yn(a >= 2 * b) if b else None,
    )


@template("ratio", "is the ratio of G1 to G2 x:y?", "school")
def _(v, rng):
    out = []
    for a, b in pairs(v, present=True):
        true = Fraction(a.n, b.n)
        claims = [true, Fraction(a.n + 1, b.n), Fraction(a.n, b.n + 1)]
        for claim in claims:
            text = f"Is the ratio of {a.plural} to {b.plural} {claim.numerator}:{claim.denominator}?"
            out.append((text, yn(claim == true)))
    return out


@template("ratio", "is the number of G1 exactly three times the number of G2?", "careful")
def _(v, rng):
    return by_pairs(
        v,
        lambda a, b: f"Is the number of {a.plural} exactly three times the number of {b.plural}?",
        lambda a, b: yn(a == 3 * b) if b else None,
    )


@template("ratio", "have we got double the number of G1 compared to G2?", "casual")
def _(v, rng):
    def gold(a, b):
        return "yes" if b and a == 2 * b else "no" if b and a < 2 * b else None

    return by_pairs(v, lambda a, b: f"have we got double the number of {a.plural} compared to {b.plural}?", gold)


@template("ratio", "are there half as many G1 as G2?", "school")
def _(v, rng):
    def gold(a, b):
        return "yes" if a and 2 * a == b else "no" if 2 * a > b else None

    return by_pairs(v, lambda a, b: f"Are there half as many {a.plural} as {b.plural}?", gold)


@template("ratio", "G1 : G2, what's the ratio?", "business")
def _(v, rng):
    return by_pairs(v, lambda a, b: f"{cap(a.plural)} : {b.plural}, what's the ratio?", ratio_gold, present=True)


# equal


@template("equal", "are there exactly as many G1 as there are G2?", "careful")
def _(v, rng):
    return by_pairs(
        v, lambda a, b: f"Are there exactly as many {a.plural} as there are {b.plural}?", lambda a, b: yn(a == b)
    )


@template("equal", "same amount of G1 and G2?", "casual")
def _(v, rng):
    return by_pairs(v, lambda a, b: f"same amount of {a.ones} and {b.ones}?", lambda a, b: yn(a == b))


@template("equal", "is the split between G1 and G2 50/50?", "business")
def _(v, rng):
    return by_pairs(v, lambda a, b: f"Is the split between {a.plural} and {b.plural} 50/50?", lambda a, b: yn(a == b))


@template("equal", "do the G1 and the G2 match up in number", "casual")
def _(v, rng):
    return by_pairs(v, lambda a, b: f"do the {a.ones} and the {b.ones} match up in number", lambda a, b: yn(a == b))


@template("equal", "do G1 and G2 occur equally often?", "school")
def _(v, rng):
    return by_pairs(v, lambda a, b: f"Do {a.plural} and {b.plural} occur equally often?", lambda a, b: yn(a == b))


@template("equal", "is the count of G1 the same as the count of G2?", "careful")
def _(v, rng):
    return by_pairs(
        v, lambda a, b: f"Is the count of {a.plural} the same as the count of {b.plural}?", lambda a, b: yn(a == b)
    )


@template("equal", "do G1 and G2 have equal representation in the picture?", "business")
def _(v, rng):
    return by_pairs(
        v,
        lambda a, b: f"Do {a.plural} and {b.plural} have equal representation in the picture?",
        lambda a, b: yn(a == b),
    )


@template("equal", "G1 vs G2 - is it a tie?", "casual")
def _(v, rng):
    return by_pairs(v, lambda a, b: f"{a.ones} vs {b.ones} - is it a tie?", lambda a, b: yn(a == b))


@template("equal", "is there an equal number of G1 and G2?", "school")
def _(v, rng):
    return by_pairs(v, lambda a, b: f"Is there an equal number of {a.plural} and {b.plural}?", lambda a, b: yn(a == b))


@template("equal", "are half of the shapes C1 and the other half C2?", "careful")
def _(v, rng):
    out = []
    for a, b in combinations(colour_groups(v), 2):
        text = f"Are half of the shapes {a.key} and the other half {b.key}?"
        out.append((text, yn(a.n == b.n and a.n + b.n == v.n)))
    return out


@template("equal", "are there equally many K1, K2 and K3?", "school")
def _(v, rng):
    out = []
    kinds = kind_groups(v, present=False)
    for trio in combinations(kinds, 3):
        if sum(1 for g in trio if g.n) >= 2:
            text = f"Are there equally many {joined(g.plural for g in trio)}?"
            out.append((text, yn(len({g.n for g in trio}) == 1)))
    return out


@template("equal", "does C1 appear the same number of times as C2?", "business")
def _(v, rng):
    out = []
    for a, b in pairs(v):
        if a.colour:
            out.append((f"Does {a.key} appear the same number of times as {b.key}?", yn(a.n == b.n)))
    return out


# difference


@template("difference", "how many more G1 are there than G2?", "school")
def _(v, rng):
    return by_pairs(
        v,
        lambda a, b: f"How many more {a.plural} are there than {b.plural}?",
        lambda a, b: str(a - b) if a >= b else None,
    )


@template("difference", "how many more G1 than G2 r there", "casual")
def _(v, rng):
    return by_pairs(
        v, lambda a, b: f"how many more {a.ones} than {b.ones} r there", lambda a, b: str(a - b) if a >= b else None
    )


@template("difference", "what is the difference between the number of G1 and the number of G2?", "careful")
def _(v, rng):
    return by_pairs(
        v,
        lambda a, b: f"What is the difference between the number of {a.plural} and the number of {b.plural}?",
        lambda a, b: str(abs(a - b)),
    )


@template("difference", "by how many do G1 outnumber G2?", "business")
def _(v, rng):
    return by_pairs(
        v, lambda a, b: f"By how many do {a.plural} outnumber {b.plural}?", lambda a, b: str(a - b) if a > b else None
    )


@template("difference", "how many fewer G1 than G2 are there?", "school")
def _(v, rng):
    return by_pairs(
        v,
        lambda a, b: f"How many fewer {a.plural} than {b.plural} are there?",
        lambda a, b: str(b - a) if a <= b else None,
    )


@template("difference", "what is the gap between the G1 count and the G2 count?", "business")
def _(v, rng):
    return by_pairs(
        v,
        lambda a, b: f"What is the gap between the {a.single} count and the {b.single} count?",
        lambda a, b: str(abs(a - b)),
    )


@template("difference", "G1 minus G2, what do you get", "casual")
def _(v, rng):
    return by_pairs(
        v, lambda a, b: f"{a.ones} minus {b.ones}, what do you get", lambda a, b: str(a - b) if a >= b else None
    )


@template("difference", "how many more G1 would you need to match the number of G2?", "careful")
def _(v, rng):
    return by_pairs(
        v,
        lambda a, b: f"How many more {a.plural} would you need to match the number of {b.plural}?",
        lambda a, b: str(b - a) if a <= b else None,
    )


@template("difference", "by how many shapes does the G1 group exceed the G2 group?", "business")
def _(v, rng):
    return by_pairs(
        v,
        lambda a, b: f"By how many shapes does the {a.single} group exceed the {b.single} group?",
        lambda a, b: str(a - b) if a > b else None,
    )


@template("difference", "how many extra G1 are there compared to G2", "casual")
def _(v, rng):
    return by_pairs(
        v,
        lambda a, b: f"how many extra {a.ones} are there compared to {b.ones}",
        lambda a, b: str(a - b) if a >= b else None,
    )


@template("difference", "if each K1 is paired with a K2, how many K1 are left without a partner?", "school")
def _(v, rng):
    out = []
    for a, b in pairs(v):
        if not a.colour and a.n >= b.n:
            text = f"If each {a.single} is paired with a {b.single}, how many {a.plural} are left without a partner?"
            out.append((text, str(a.n - b.n)))
    return out


# mode


@template("mode", "which colour is the most common?", "careful")
def _(v, rng):
    return modes(v, lambda c: "Which colour is the most common?", least=False, colours=True)


@template("mode", "what color shows up the most", "casual")
def _(v, rng):
    return modes(v, lambda c: "what color shows up the most", least=False, colours=True)


@template("mode", "which color holds the largest share of the shapes?", "business")
def _(v, rng):
    return modes(v, lambda c: "Which color holds the largest share of the shapes?", least=False, colours=True)


@template("mode", "which kind of shape appears most often?", "school")
def _(v, rng):
    return modes(v, lambda c: "Which kind of shape appears most often?", least=False, colours=False)


@template("mode", "of the colours that appear, which appears the fewest times?", "careful")
def _(v, rng):
    return modes(v, lambda c: "Of the colours that appear, which appears the fewest times?", least=True, colours=True)


@template("mode", "of the shape types present, which is the least represented?", "business")
def _(v, rng):
    return modes(v, lambda c: "Of the shape types present, which is the least represented?", least=True, colours=False)


@template("mode", "is C the most common colour here?", "school")
def _(v, rng):
    return is_mode(v, lambda g: f"Is {g.key} the most common colour here?", least=False, colours=True)


@template("mode", "among the shapes that are there, are K the least common kind?", "careful")
def _(v, rng):
    return is_mode(
        v,
        lambda g: f"Among the shapes that are there, are {g.plural} the least common kind?",
        least=True,
        colours=False,
    )


@template("mode", "most common shape lol?", "casual")
def _(v, rng):
    return modes(v, lambda c: "most common shape lol?", least=False, colours=False)


@template("mode", "which color occurs least often among the shapes?", "school")
def _(v, rng):
    return modes(v, lambda c: "Which color occurs least often among the shapes?", least=True, colours=True)


@template("mode", "is there a tie for the most common colour?", "careful")
def _(v, rng):
    present = colour_groups(v)
    best = max((g.n for g in present), default=0)
    if len(present) < 2 or best < 2:
        return []
    return [("Is there a tie for the most common colour?", yn(sum(1 for g in present if g.n == best) > 1))]


@template("mode", "how many shapes share the most common colour?", "business")
def _(v, rng):
    best = max(v.colours.values(), default=0)
    return [("How many shapes share the most common colour?", str(best))] if best >= 2 else []


@template("mode", "do K make up the largest segment by count?", "business")
def _(v, rng):
    return is_mode(v, lambda g: f"Do {g.plural} make up the largest segment by count?", least=False, colours=False)


# once


def colour_counts(v: View) -> list[int]:
    return [g.n for g in colour_groups(v)]


def kind_counts(v: View) -> list[int] | None:
    return [g.n for g in kind_groups(v)] if kinds_whole(v) else None


@template("once", "does every colour in the picture appear at least twice?", "careful")
def _(v, rng):
    return [("Does every colour in the picture appear at least twice?", yn(min(colour_counts(v)) >= 2))]


@template("once", "is there any colour that only shows up once", "casual")
def _(v, rng):
    return [("is there any colour that only shows up once", yn(1 in colour_counts(v)))]


@template("once", "is there a type of shape that appears exactly once?", "school")
def _(v, rng):
    counts = kind_counts(v)
    return [("Is there a type of shape that appears exactly once?", yn(1 in counts))] if counts else []


@template("once", "is each colour represented by two or more shapes?", "business")
def _(v, rng):
    return [("Is each colour represented by two or more shapes?", yn(min(colour_counts(v)) >= 2))]


@template("once", "which colour is used for exactly one shape?", "careful")
def _(v, rng):
    single = [g for g in colour_groups(v) if g.n == 1]
    return [("Which colour is used for exactly one shape?", single[0].key)] if len(single) == 1 else []


@template("once", "how many colours only appear once", "casual")
def _(v, rng):
    return [("how many colours only appear once", str(colour_counts(v).count(1)))]


@template("once", "how many kinds of shape appear exactly once?", "school")
def _(v, rng):
    counts = kind_counts(v)
    return [("How many kinds of shape appear exactly once?", str(counts.count(1)))] if counts else []


@template("once", "how many colors are represented by a single shape?", "business")
def _(v, rng):
    return [("How many colors are represented by a single shape?", str(colour_counts(v).count(1)))]


@template("once", "any colours used more than once?", "casual")
def _(v, rng):
    return [("any colours used more than once?", yn(max(colour_counts(v)) >= 2))]


@template("once", "is every shape a different colour from all the others?", "careful")
def _(v, rng):
    return [("Is every shape a different colour from all the others?", yn(max(colour_counts(v)) == 1))]


@template("once", "does each kind of shape in the picture occur at least twice?", "school")
def _(v, rng):
    counts = kind_counts(v)
    return [("Does each kind of shape in the picture occur at least twice?", yn(min(counts) >= 2))] if counts else []


@template("once", "are there any one-off colors in this picture?", "business")
def _(v, rng):
    return [("Are there any one-off colors in this picture?", yn(1 in colour_counts(v)))]


@template("once", "do K appear exactly once in the picture?", "careful")
def _(v, rng):
    return [(f"Do {g.plural} appear exactly once in the picture?", yn(g.n == 1)) for g in kind_groups(v)]


# total


@template("total", "how many G1 and G2 are there altogether?", "school")
def _(v, rng):
    return by_pairs(v, lambda a, b: f"How many {a.ones} and {b.ones} are there altogether?", lambda a, b: str(a + b))


@template("total", "G1 + G2, how many total", "casual")
def _(v, rng):
    return by_pairs(v, lambda a, b: f"{a.ones} + {b.ones}, how many total", lambda a, b: str(a + b))


@template("total", "what is the combined count of G1 and G2?", "business")
def _(v, rng):
    return by_pairs(
        v, lambda a, b: f"What is the combined count of {a.plural} and {b.plural}?", lambda a, b: str(a + b)
    )


@template("total", "how many of the shapes are C, or K, or both?", "careful")
def _(v, rng):
    out = []
    for c in colour_groups(v):
        for k in kind_groups(v):
            n = sum(1 for s in v.shapes if s.colour == c.key or s.kind == k.key)
            out.append((f"How many of the shapes are {c.key}, or {k.plural}, or both?", str(n)))
    return out


@template("total", "add up the G1, the G2 and the G3. what do you get?", "school")
def _(v, rng):
    return [
        (f"Add up the {a.plural}, the {b.plural} and the {c.plural}. What do you get?", str(a.n + b.n + c.n))
        for a, b, c in triples(v)
    ]


@template("total", "total number of G1, G2 and G3 combined?", "business")
def _(v, rng):
    return [(f"Total number of {joined(g.plural for g in t)} combined?", str(sum(g.n for g in t))) for t in triples(v)]


@template("total", "how many G1 and G2 put together", "casual")
def _(v, rng):
    return by_pairs(v, lambda a, b: f"how many {a.ones} and {b.ones} put together", lambda a, b: str(a + b))


@template("total", "counting both the G1 and the G2, how many shapes is that?", "careful")
def _(v, rng):
    return by_pairs(
        v,
        lambda a, b: f"Counting both the {a.plural} and the {b.plural}, how many shapes is that?",
        lambda a, b: str(a + b),
    )


@template("total", "how many shapes are neither C1 nor C2?", "careful")
def _(v, rng):
    out = []
    for a, b in combinations(colour_groups(v, present=False), 2):
        if a.n or b.n:
            out.append((f"How many shapes are neither {a.key} nor {b.key}?", str(v.n - a.n - b.n)))
    return out


@template("total", "how many shapes fall into the G1 or G2 categories?", "business")
def _(v, rng):
    return by_pairs(
        v, lambda a, b: f"How many shapes fall into the {a.single} or {b.single} categories?", lambda a, b: str(a + b)
    )


@template("total", "if you lump the G1 in with the G2 how many's that", "casual")
def _(v, rng):
    return by_pairs(
        v, lambda a, b: f"if you lump the {a.ones} in with the {b.ones} how many's that", lambda a, b: str(a + b)
    )


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- scoring

DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
}  # fmt: skip
TIMES = {"twice": 2, "double": 2, "thrice": 3, "triple": 3}
NUMBER = r"(\d+(?:\.\d+)?)"


def gold_value(gold: str) -> float | None:
    """The value of a number, fraction ("a/b"), ratio ("a:b") or percentage ("25%") gold; None of any other."""
    if re.fullmatch(r"\d+", gold):
        return float(gold)
    if m := re.fullmatch(r"(\d+)[/:](\d+)", gold):
        return int(m[1]) / int(m[2])
    if m := re.fullmatch(NUMBER + "%", gold):
        return float(m[1]) / 100
    return None


def amount(said: str, count: bool) -> float | None:
    """The amount an answer says ("2 out of 6", "a third", "33%", "twice", "2:1"); of a ``count`` gold only a plain
    number or a number of times."""
    text = said.lower().replace(",", " ").strip().rstrip(".!")
    text = re.sub(r"\b(a|an|one)\s+(?=(" + "|".join(DENOMINATORS) + r")\b)", "1 ", text)
    for word, digit in NUMBER_WORDS.items():
        text = re.sub(rf"\b{word}\b", digit, text)
    if not count:
        if m := re.search(NUMBER + r"\s*(%|percent\b|per cent\b)", text):
            return float(m[1]) / 100
        if m := re.search(r"(\d+)\s*(?:/|out of|of|in|:|to)\s*(?:the\s+)?(\d+)\b", text):
            return int(m[1]) / int(m[2]) if int(m[2]) else None
        if m := re.search(r"(\d+)[\s-]+(" + "|".join(DENOMINATORS) + r")\b", text):
            return int(m[1]) / DENOMINATORS[m[2]]
        if re.search(r"\bhalf\b", text):
            return 0.5
    if m := re.search(r"\b(" + "|".join(TIMES) + r")\b", text):
        return float(TIMES[m[1]])
    if m := re.search(NUMBER + r"\s*(?:x|times)\b", text):
        return float(m[1])
    if m := re.fullmatch(NUMBER, text):
        return float(m[1])
    return None


def normalise(said: str, gold: str) -> str:
    """The answer in the gold's terms (the personas benchmark's ``normalise``), or else, of an amount's gold, the
    gold where the answer's amount has its value (see the module docstring)."""
    first = personas.normalise(said, gold)
    target = gold_value(gold)
    if first == gold or target is None:
        return first
    got = amount(said, count=gold.isdigit())
    if got is None:
        return said
    if gold.endswith("%") and got > 1 and not re.search(r"[/:%]|\bout of\b|\bof\b", said):
        got /= 100  # "50" answers "what percentage": 50%
    return gold if abs(got - target) <= 0.006 * max(1.0, target) else said


# ----------------------------------------------------------------------------------------------------- run


pick_questions = spoken.question_picker(TEMPLATES, Item)


def main() -> None:
    wording = spoken.Wording(
        TEMPLATES,
        TAGS,
        pick_questions,
        "tag",
        "By register (how it is worded):",
        columns="family / tag / wording",
        width=16,
        template_width=None,
        group_of=lambda item: item.tag,
        normalise=normalise,
        make_scene=make_scene,
    )
    spoken.run_wording(__doc__, wording)


if __name__ == "__main__":
    main()
