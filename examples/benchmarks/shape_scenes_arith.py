"""How nsvr copes with questions about flat shape drawings that count with arithmetic and logic, as people who probe
a vision system's reasoning ask them.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, executor, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures,
ground truth, rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery),
``shape_scenes_rephrased.py`` (the most recent sibling, whose layout, command line, output, yes / no balancing and
scoring this copies) and the files it imports, ``shape_scenes_spoken.py``, ``shape_scenes_personas.py`` and
``shape_scenes_typos.py`` (read for their machinery and question makers only: the spoken benchmark's question
picker, run, number words and wrong-number claims and the personas benchmark's reading of "true" / "false" are
reused by import; no wording is taken from them). They were fixed before the first run (saved beside this script as
``shape_scenes_arith_first_run.txt``, against a frozen snapshot of nsvr) and not tuned to nsvr's answers afterwards.
This is a HELD-OUT set: it measures whether nsvr's counting and quantifiers reach arithmetic and logic it was not
shown.

Images: the askers' generator, unchanged (``askers.make_scene``): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, 1-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon,
hexagon, star) in eight saturated fills, never overlapping, never cut by the border; the truth of every shape
(kind, colour, box, centre, area) is exact.

Questions: 98 templates in 8 families (what is asked), each labelled with one sub-style tag (how it is worded).
Families:
  negation    counting what something is not: "How many shapes are not green?", "How many shapes are neither red
              nor blue?", "How many shapes are there besides the triangle?", "Excluding all the yellow shapes, how
              many shapes remain?", "Number of shapes that are NOT circles?";
  total       sums and unions: "What is the total number of circles and triangles?", "How many of the shapes are
              red, or squares, or both?", "# of circles + # of squares = ?", "If I added two more shapes to the
              picture, how many would there be altogether?";
  difference  differences and removals: "How many more circles than squares are there?", "By how much do the
              triangles outnumber the squares?", "If you took the blue shapes away, how many shapes would be left?",
              "How many squares would you need to add to have as many squares as circles?";
  threshold   a count against a number: "Are there at least two squares?", "Are there fewer than three shapes?",
              "Is the number of triangles even?", "Count of red shapes > 1?", "Does the image contain no more than
              one circle?";
  compare     one count against another: "Are there exactly as many squares as circles?", "Do the circles and the
              squares together outnumber the triangles?", "Are there twice as many circles as squares?", "If one
              more square were added, would there be as many squares as triangles?";
  distinct    how many different colours and kinds: "How many different colours do the shapes come in?", "How
              many kinds of shapes can you see?", "Are all the shapes the same colour?", "Are there more colours
              than kinds of shape?", "How many colours are shared by more than one shape?";
  quantifier  all / every / no / any / none: "Is every circle blue?", "Is it true that no triangle is green?", "Is
              any shape both red and round?", "Are all the red shapes squares?", "Does every shape have corners?";
  logic       and / or / but not / neither of existence: "Is there a red shape and a blue shape?", "Are there any
              circles or squares?", "is there a triangle but no circle", "Are there squares or triangles, but not
              both?", "Circle AND square present?".
Tags (sub-styles of the style): plain (an ordinary direct question), formal (the wording of a test sheet: "What is
the number of ...", "Determine ...", "Subtract ..."), casual (lower case, clipped, "aren't", "altogether"), verify
(a claim to judge: "Is it true that ...", "True or false: ..."), symbolic (operators and shorthand:
"#", "+", ">", "=", "minus", "AND", "NOT", "(y/n)", digits) and hypothetical ("If you removed ...", "Suppose ...",
"If one more ... were added"). Every family has at least 12 wordings, every tag at least 10.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``):
"the triangle" only when there is exactly one triangle, "the red one" only when exactly one shape is red; a square
is never counted, looked for or quantified over as a rectangle ("kinds" are the askers' askable kinds: no
rectangle while there is a square), and no question on the number of kinds of shape (or whether they are all of
one kind) is asked of a picture with a square and a rectangle; an absent colour is never one a viewer might give a
present colour's shade (``CONFUSABLE``). Beyond those: a question presupposing something ("how many more circles
than squares", "if you removed the blue shapes", "is every circle blue", "would the circles still outnumber ...")
is asked only where it holds (more circles; a blue shape; a circle; more circles now); "is the number even / odd"
only of a count of at least one (nobody need argue about zero); "all the shapes" and "the same colour" only of two
shapes or more; "both a circle and a red shape" and "every shape is either red or a circle" only where no shape is
both (so an exclusive reading of "or" and a single red circle as both never matter); "or" between two kinds asks
"any" or "but not both" (a kind cannot be both); "twice as many" is asked where it holds exactly (yes) or the count
falls short of it (no), never where it is exceeded. A number confirmed wrongly ("Is it true that there are exactly
three red shapes?" of two) is always more than the truth, never fewer. Within a template, the gold is drawn first
among the golds the picture offers, and where it offers both yes and no, the one its family has had fewer times so
far is taken, so yes and no are balanced by construction (their counts per family are printed).

Scoring: the personas benchmark's ``normalise``, with the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical, numbers as digits, yes / no; case, punctuation and articles dropped, number words -> digits, "none" ->
"0"; an answer "unknown" is unknown; failing that, the answer read once more without the function words of a place
or a group; where the gold is "yes" or "no", a one-word answer "true" / "false", "correct" / "incorrect" or "pass" /
"fail" is read as "yes" / "no", which the "true or false" and "is it true that" forms invite).

    python examples/benchmarks/shape_scenes_arith.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_arith.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by tag and by template, the 15
worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``, every
unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import shape_scenes_personas as personas  # the personas benchmark's reading of "true" / "false"
import shape_scenes_spoken as spoken  # the spoken benchmark's question picker and run
from shape_bench_common import article, cap, new_templates, yn
from shape_scenes_askers import PLURAL, View, colour_pairs, kind_pairs
from shape_scenes_spoken import WORDS, claims


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    tag: str


TEMPLATES, template = new_templates()  # template(family, name, tag)
TAGS = ["plain", "formal", "casual", "verify", "symbolic", "hypothetical"]


# ------------------------------------------------------------------------------------------- ground truth


def kinds_told(v: View) -> bool:
    """Whether the kinds of shape can be counted as kinds: not with a square and a rectangle both there."""
    return not (v.kinds["square"] and v.kinds["rectangle"])


def present_kinds(v: View) -> list[str]:
    """The askable kinds with at least one shape."""
    return [k for k in v.askable_kinds() if v.kinds[k]]


def present_colours(v: View) -> list[str]:
    return [c for c in v.askable_colours() if v.colours[c]]


def kind_colour_pairs(v: View) -> list[tuple[str, str]]:
    """An askable kind and an askable colour, at least one of them present."""
    return [(k, c) for k in v.askable_kinds() for c in v.askable_colours() if v.kinds[k] or v.colours[c]]


def unordered(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(a, b) for a, b in pairs if a < b]


def kind_triples(v: View) -> list[tuple[str, str, str]]:
    """Two kinds taken together (unordered) and a third, all askable, at least one present."""
    kinds = v.askable_kinds()
    return [
        (a, b, c)
        for a in kinds
        for b in kinds
        for c in kinds
        if a < b and c not in (a, b) and (v.kinds[a] or v.kinds[b] or v.kinds[c])
    ]


def w(n: int) -> str:
    """A small number as a word ("two")."""
    return WORDS[n]


def shapes(n: int) -> str:
    return "shape" if n == 1 else "shapes"


# negation


@template("negation", "how many shapes are not colour?", "plain")
def _(v, rng):
    return [(f"How many shapes are not {c}?", str(v.n - v.colours[c])) for c in v.askable_colours()]


@template("negation", "how many of the shapes aren't kinds", "casual")
def _(v, rng):
    return [(f"how many of the shapes aren't {PLURAL[k]}", str(v.n - v.kinds[k])) for k in v.askable_kinds()]


@template("negation", "how many shapes are neither colour nor colour?", "plain")
def _(v, rng):
    return [
        (f"How many shapes are neither {a} nor {b}?", str(v.n - v.colours[a] - v.colours[b]))
        for a, b in unordered(colour_pairs(v))
    ]


@template("negation", "how many shapes are there besides the kind?", "plain")
def _(v, rng):
    return [(f"How many shapes are there besides {v.kind_ref(s)}?", str(v.n - 1)) for s in v.unique_kinds()]


@template("negation", "determine the number of non-colour shapes in the image.", "formal")
def _(v, rng):
    return [
        (f"Determine the number of non-{c} shapes in the image.", str(v.n - v.colours[c])) for c in v.askable_colours()
    ]


@template("negation", "apart from the colour one, how many shapes are there?", "casual")
def _(v, rng):
    return [(f"Apart from the {s.colour} one, how many shapes are there?", str(v.n - 1)) for s in v.unique_colours()]


@template("negation", "number of shapes that are NOT kinds?", "symbolic")
def _(v, rng):
    return [(f"Number of shapes that are NOT {PLURAL[k]}?", str(v.n - v.kinds[k])) for k in v.askable_kinds()]


@template("negation", "how many shapes are neither kinds nor colour?", "plain")
def _(v, rng):
    return [
        (
            f"How many shapes are neither {PLURAL[k]} nor {c}?",
            str(sum(1 for s in v.shapes if s.kind != k and s.colour != c)),
        )
        for k, c in kind_colour_pairs(v)
    ]


@template("negation", "excluding all the colour shapes, how many shapes remain?", "formal")
def _(v, rng):
    return [
        (f"Excluding all the {c} shapes, how many shapes remain?", str(v.n - v.colours[c])) for c in present_colours(v)
    ]


@template("negation", "is it true that exactly N shapes are not colour?", "verify")
def _(v, rng):
    out = []
    for c in v.askable_colours():
        for n, gold in claims(v.n - v.colours[c], rng):
            out.append((f"Is it true that exactly {w(n)} {shapes(n)} {'is' if n == 1 else 'are'} not {c}?", gold))
    return out


@template("negation", "if you ignore the kinds, how many shapes are left?", "hypothetical")
def _(v, rng):
    return [
        (f"If you ignore the {PLURAL[k]}, how many shapes are left?", str(v.n - v.kinds[k])) for k in present_kinds(v)
    ]


@template("negation", "count every shape except the colour ones.", "formal")
def _(v, rng):
    return [(f"Count every shape except the {c} ones.", str(v.n - v.colours[c])) for c in present_colours(v)]


# total


@template("total", "what is the total number of kinds and kinds?", "formal")
def _(v, rng):
    return [
        (f"What is the total number of {PLURAL[a]} and {PLURAL[b]}?", str(v.kinds[a] + v.kinds[b]))
        for a, b in unordered(kind_pairs(v))
    ]


@template("total", "how many shapes are colour or colour?", "plain")
def _(v, rng):
    return [
        (f"How many shapes are {a} or {b}?", str(v.colours[a] + v.colours[b])) for a, b in unordered(colour_pairs(v))
    ]


@template("total", "how many kinds and kinds are there altogether", "casual")
def _(v, rng):
    return [
        (f"how many {PLURAL[a]} and {PLURAL[b]} are there altogether", str(v.kinds[a] + v.kinds[b]))
        for a, b in unordered(kind_pairs(v))
    ]


@template("total", "# of kinds + # of kinds = ?", "symbolic")
def _(v, rng):
    return [
        (f"# of {PLURAL[a]} + # of {PLURAL[b]} = ?", str(v.kinds[a] + v.kinds[b])) for a, b in unordered(kind_pairs(v))
    ]


@template("total", "how many of the shapes are colour, or kinds, or both?", "formal")
def _(v, rng):
    return [
        (
            f"How many of the shapes are {c}, or {PLURAL[k]}, or both?",
            str(sum(1 for s in v.shapes if s.kind == k or s.colour == c)),
        )
        for k, c in kind_colour_pairs(v)
    ]


@template("total", "add the number of colour shapes to the number of colour shapes. what do you get?", "formal")
def _(v, rng):
    return [
        (
            f"Add the number of {a} shapes to the number of {b} shapes. What do you get?",
            str(v.colours[a] + v.colours[b]),
        )
        for a, b in colour_pairs(v)
    ]


@template("total", "if you added one more kind, how many kinds would there be?", "hypothetical")
def _(v, rng):
    return [
        (f"If you added one more {k}, how many {PLURAL[k]} would there be?", str(v.kinds[k] + 1))
        for k in v.askable_kinds()
    ]


@template("total", "if i added two more shapes to the picture, how many would there be altogether?", "hypothetical")
def _(v, rng):
    return [("If I added two more shapes to the picture, how many would there be altogether?", str(v.n + 2))]


@template(
    "total", "suppose every colour shape were repainted colour. how many colour shapes would there be?", "hypothetical"
)
def _(v, rng):
    return [
        (
            f"Suppose every {a} shape were repainted {b}. How many {b} shapes would there be?",
            str(v.colours[a] + v.colours[b]),
        )
        for a, b in colour_pairs(v)
        if v.colours[a]
    ]


@template("total", "kinds plus kinds, how many is that?", "casual")
def _(v, rng):
    return [
        (f"{PLURAL[a]} plus {PLURAL[b]}, how many is that?", str(v.kinds[a] + v.kinds[b]))
        for a, b in unordered(kind_pairs(v))
    ]


@template("total", "if each kind were turned into a circle, how many circles would there be?", "hypothetical")
def _(v, rng):
    return [
        (
            f"If each {k} were turned into a circle, how many circles would there be?",
            str(v.kinds[k] + v.kinds["circle"]),
        )
        for k in present_kinds(v)
        if k != "circle"
    ]


@template("total", "is it true that the kinds and the kinds add up to N?", "verify")
def _(v, rng):
    out = []
    for a, b in unordered(kind_pairs(v)):
        for n, gold in claims(v.kinds[a] + v.kinds[b], rng):
            out.append((f"Is it true that the {PLURAL[a]} and the {PLURAL[b]} add up to {w(n)}?", gold))
    return out


# difference


@template("difference", "how many more kinds than kinds are there?", "plain")
def _(v, rng):
    return [
        (f"How many more {PLURAL[a]} than {PLURAL[b]} are there?", str(v.kinds[a] - v.kinds[b]))
        for a, b in kind_pairs(v)
        if v.kinds[a] > v.kinds[b]
    ]


@template("difference", "how many fewer colour shapes than colour shapes are there?", "plain")
def _(v, rng):
    return [
        (f"How many fewer {a} shapes than {b} shapes are there?", str(v.colours[b] - v.colours[a]))
        for a, b in colour_pairs(v)
        if v.colours[a] < v.colours[b]
    ]


@template("difference", "what is the difference between the number of kinds and the number of kinds?", "formal")
def _(v, rng):
    return [
        (
            f"What is the difference between the number of {PLURAL[a]} and the number of {PLURAL[b]}?",
            str(abs(v.kinds[a] - v.kinds[b])),
        )
        for a, b in kind_pairs(v)
    ]


@template("difference", "if you took the colour shapes away, how many shapes would be left?", "hypothetical")
def _(v, rng):
    return [
        (f"If you took the {c} shapes away, how many shapes would be left?", str(v.n - v.colours[c]))
        for c in present_colours(v)
    ]


@template("difference", "if the kind were removed, how many shapes would remain?", "hypothetical")
def _(v, rng):
    return [(f"If {v.kind_ref(s)} were removed, how many shapes would remain?", str(v.n - 1)) for s in v.unique_kinds()]


@template("difference", "by how much do the kinds outnumber the kinds", "casual")
def _(v, rng):
    return [
        (f"by how much do the {PLURAL[a]} outnumber the {PLURAL[b]}", str(v.kinds[a] - v.kinds[b]))
        for a, b in kind_pairs(v)
        if v.kinds[a] > v.kinds[b]
    ]


@template("difference", "number of kinds minus number of kinds?", "symbolic")
def _(v, rng):
    return [
        (f"Number of {PLURAL[a]} minus number of {PLURAL[b]}?", str(v.kinds[a] - v.kinds[b]))
        for a, b in kind_pairs(v)
        if v.kinds[a] >= v.kinds[b]
    ]


@template("difference", "subtract the number of colour shapes from the total number of shapes.", "formal")
def _(v, rng):
    return [
        (f"Subtract the number of {c} shapes from the total number of shapes.", str(v.n - v.colours[c]))
        for c in v.askable_colours()
    ]


@template("difference", "how many more shapes would i need to add to have N shapes", "casual")
def _(v, rng):
    return [
        (f"how many more shapes would i need to add to have {w(t)} shapes", str(t - v.n)) for t in (v.n + 1, v.n + 2)
    ]


@template("difference", "how many kinds would you need to add to have as many kinds as kinds?", "plain")
def _(v, rng):
    return [
        (
            f"How many {PLURAL[a]} would you need to add to have as many {PLURAL[a]} as {PLURAL[b]}?",
            str(v.kinds[b] - v.kinds[a]),
        )
        for a, b in kind_pairs(v)
        if v.kinds[b] > v.kinds[a]
    ]


@template("difference", "is it true that there are N more kinds than kinds?", "verify")
def _(v, rng):
    out = []
    for a, b in kind_pairs(v):
        if v.kinds[a] > v.kinds[b]:
            for n, gold in claims(v.kinds[a] - v.kinds[b], rng):
                out.append((f"Is it true that there are {w(n)} more {PLURAL[a]} than {PLURAL[b]}?", gold))
    return out


@template(
    "difference", "if every shape that isn't colour disappeared, how many shapes would still be there?", "hypothetical"
)
def _(v, rng):
    return [
        (f"If every shape that isn't {c} disappeared, how many shapes would still be there?", str(v.colours[c]))
        for c in v.askable_colours()
        if v.n - v.colours[c] >= 1
    ]


# threshold


@template("threshold", "are there at least N kinds?", "plain")
def _(v, rng):
    return [(f"Are there at least {w(n)} {PLURAL[k]}?", yn(v.kinds[k] >= n)) for k in v.askable_kinds() for n in (2, 3)]


@template("threshold", "are there fewer than N shapes?", "plain")
def _(v, rng):
    return [(f"Are there fewer than {w(n)} shapes?", yn(v.n < n)) for n in (2, 3, 4)]


@template("threshold", "is the number of kinds even?", "formal")
def _(v, rng):
    return [(f"Is the number of {PLURAL[k]} even?", yn(v.kinds[k] % 2 == 0)) for k in present_kinds(v)]


@template("threshold", "is the number of shapes odd", "casual")
def _(v, rng):
    return [("is the number of shapes odd", yn(v.n % 2 == 1))]


@template("threshold", "is there at most one colour shape?", "plain")
def _(v, rng):
    return [(f"Is there at most one {c} shape?", yn(v.colours[c] <= 1)) for c in v.askable_colours()]


@template("threshold", "count of colour shapes > N?", "symbolic")
def _(v, rng):
    return [(f"Count of {c} shapes > {n}?", yn(v.colours[c] > n)) for c in v.askable_colours() for n in (1, 2)]


@template("threshold", "are there more than N shapes?", "plain")
def _(v, rng):
    return [(f"Are there more than {w(n)} shapes?", yn(v.n > n)) for n in (1, 2, 3)]


@template("threshold", "is it true that there are exactly N colour shapes?", "verify")
def _(v, rng):
    out = []
    for c in v.askable_colours():
        for n, gold in claims(v.colours[c], rng):
            out.append((f"Is it true that there {'is' if n == 1 else 'are'} exactly {w(n)} {c} {shapes(n)}?", gold))
    return out


@template("threshold", "are there two or more kinds", "casual")
def _(v, rng):
    return [(f"are there two or more {PLURAL[k]}", yn(v.kinds[k] >= 2)) for k in v.askable_kinds()]


@template("threshold", "does the image contain no more than N kinds?", "formal")
def _(v, rng):
    return [
        (f"Does the image contain no more than {w(n)} {PLURAL[k] if n > 1 else k}?", yn(v.kinds[k] <= n))
        for k in v.askable_kinds()
        for n in (1, 2)
    ]


@template("threshold", "if one kind were removed, would there still be at least N shapes?", "hypothetical")
def _(v, rng):
    return [
        (f"If one {k} were removed, would there still be at least {w(n)} {shapes(n)}?", yn(v.n - 1 >= n))
        for k in present_kinds(v)
        for n in (1, 2, 3)
    ]


@template("threshold", "true or false: the picture has fewer than N kinds.", "verify")
def _(v, rng):
    return [
        (f"True or false: the picture has fewer than {w(n)} {PLURAL[k]}.", yn(v.kinds[k] < n))
        for k in v.askable_kinds()
        for n in (2, 3)
    ]


# compare


@template("compare", "are there exactly as many kinds as kinds?", "plain")
def _(v, rng):
    return [
        (f"Are there exactly as many {PLURAL[a]} as {PLURAL[b]}?", yn(v.kinds[a] == v.kinds[b]))
        for a, b in kind_pairs(v)
    ]


@template("compare", "do the kinds and the kinds together outnumber the kinds?", "plain")
def _(v, rng):
    return [
        (
            f"Do the {PLURAL[a]} and the {PLURAL[b]} together outnumber the {PLURAL[c]}?",
            yn(v.kinds[a] + v.kinds[b] > v.kinds[c]),
        )
        for a, b, c in kind_triples(v)
    ]


@template("compare", "is the number of kinds equal to the number of colour shapes?", "formal")
def _(v, rng):
    return [
        (f"Is the number of {PLURAL[k]} equal to the number of {c} shapes?", yn(v.kinds[k] == v.colours[c]))
        for k, c in kind_colour_pairs(v)
    ]


@template("compare", "more colour shapes than non-colour ones?", "casual")
def _(v, rng):
    if v.n < 2:
        return []
    return [(f"more {c} shapes than non-{c} ones?", yn(v.colours[c] > v.n - v.colours[c])) for c in v.askable_colours()]


@template("compare", "are there twice as many kinds as kinds?", "plain")
def _(v, rng):
    return [
        (f"Are there twice as many {PLURAL[a]} as {PLURAL[b]}?", yn(v.kinds[a] == 2 * v.kinds[b]))
        for a, b in kind_pairs(v)
        if v.kinds[b] >= 1 and v.kinds[a] <= 2 * v.kinds[b]
    ]


@template("compare", "do the shapes that are not kinds outnumber the kinds?", "formal")
def _(v, rng):
    return [
        (f"Do the shapes that are not {PLURAL[k]} outnumber the {PLURAL[k]}?", yn(v.n - v.kinds[k] > v.kinds[k]))
        for k in present_kinds(v)
    ]


@template("compare", "is it true that the colour shapes and the colour shapes are equal in number?", "verify")
def _(v, rng):
    return [
        (f"Is it true that the {a} shapes and the {b} shapes are equal in number?", yn(v.colours[a] == v.colours[b]))
        for a, b in colour_pairs(v)
    ]


@template("compare", "number of kinds > number of kinds?", "symbolic")
def _(v, rng):
    return [(f"Number of {PLURAL[a]} > number of {PLURAL[b]}?", yn(v.kinds[a] > v.kinds[b])) for a, b in kind_pairs(v)]


@template("compare", "if one more kind were added, would there be as many kinds as kinds?", "hypothetical")
def _(v, rng):
    return [
        (
            f"If one more {b} were added, would there be as many {PLURAL[b]} as {PLURAL[a]}?",
            yn(v.kinds[b] + 1 == v.kinds[a]),
        )
        for a, b in kind_pairs(v)
    ]


@template("compare", "are there fewer kinds than colour shapes", "casual")
def _(v, rng):
    return [
        (f"are there fewer {PLURAL[k]} than {c} shapes", yn(v.kinds[k] < v.colours[c])) for k, c in kind_colour_pairs(v)
    ]


@template("compare", "are there more kinds than all the other shapes put together?", "plain")
def _(v, rng):
    return [
        (f"Are there more {PLURAL[k]} than all the other shapes put together?", yn(v.kinds[k] > v.n - v.kinds[k]))
        for k in present_kinds(v)
    ]


@template("compare", "if you removed one kind, would the kinds still outnumber the kinds?", "hypothetical")
def _(v, rng):
    return [
        (
            f"If you removed one {a}, would the {PLURAL[a]} still outnumber the {PLURAL[b]}?",
            yn(v.kinds[a] - 1 > v.kinds[b]),
        )
        for a, b in kind_pairs(v)
        if v.kinds[a] > v.kinds[b]
    ]


@template("compare", "# kinds = # kinds?", "symbolic")
def _(v, rng):
    return [(f"# {PLURAL[a]} = # {PLURAL[b]}?", yn(v.kinds[a] == v.kinds[b])) for a, b in unordered(kind_pairs(v))]


# distinct


@template("distinct", "how many different colours do the shapes come in?", "plain")
def _(v, rng):
    return [("How many different colours do the shapes come in?", str(len(v.colours)))]


@template("distinct", "what is the number of distinct shape types present?", "formal")
def _(v, rng):
    return [("What is the number of distinct shape types present?", str(len(v.kinds)))] if kinds_told(v) else []


@template("distinct", "are all the shapes the same colour?", "plain")
def _(v, rng):
    return [("Are all the shapes the same colour?", yn(len(v.colours) == 1))] if v.n >= 2 else []


@template("distinct", "do all the shapes have different colors", "casual")
def _(v, rng):
    return [("do all the shapes have different colors", yn(len(v.colours) == v.n))] if v.n >= 2 else []


@template("distinct", "how many kinds of shapes can you see?", "plain")
def _(v, rng):
    return [("How many kinds of shapes can you see?", str(len(v.kinds)))] if kinds_told(v) else []


@template("distinct", "how many colours are shared by more than one shape?", "formal")
def _(v, rng):
    return [("How many colours are shared by more than one shape?", str(sum(1 for n in v.colours.values() if n >= 2)))]


@template("distinct", "is it true that at least two of the shapes share a color?", "verify")
def _(v, rng):
    return [("Is it true that at least two of the shapes share a color?", yn(len(v.colours) < v.n))] if v.n >= 2 else []


@template("distinct", "not counting colour, how many different colours do the shapes have", "casual")
def _(v, rng):
    return [
        (f"not counting {c}, how many different colours do the shapes have", str(len(v.colours) - 1))
        for c in present_colours(v)
    ]


@template("distinct", "if you removed the kind, how many different colors would be left?", "hypothetical")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        left = len({o.colour for o in v.shapes if o is not s})
        out.append((f"If you removed {v.kind_ref(s)}, how many different colors would be left?", str(left)))
    return out if v.n >= 2 else []


@template("distinct", "is there more than one kind of shape?", "plain")
def _(v, rng):
    return [("Is there more than one kind of shape?", yn(len(v.kinds) > 1))] if kinds_told(v) else []


@template("distinct", "number of distinct colours among the shapes?", "symbolic")
def _(v, rng):
    return [("Number of distinct colours among the shapes?", str(len(v.colours)))]


@template("distinct", "are there more colours than kinds of shape?", "plain")
def _(v, rng):
    return [("Are there more colours than kinds of shape?", yn(len(v.colours) > len(v.kinds)))] if kinds_told(v) else []


# quantifier


@template("quantifier", "is every kind colour?", "plain")
def _(v, rng):
    return [
        (f"Is every {k} {c}?", yn(all(s.colour == c for s in v.shapes if s.kind == k)))
        for k in present_kinds(v)
        for c in v.askable_colours()
    ]


@template("quantifier", "is it true that no kind is colour?", "verify")
def _(v, rng):
    return [
        (f"Is it true that no {k} is {c}?", yn(not any(s.colour == c for s in v.shapes if s.kind == k)))
        for k in present_kinds(v)
        for c in v.askable_colours()
    ]


@template("quantifier", "is any shape both colour and round?", "plain")
def _(v, rng):
    return [
        (f"Is any shape both {c} and round?", yn(any(s.colour == c and s.kind == "circle" for s in v.shapes)))
        for c in v.askable_colours()
    ]


@template("quantifier", "are all the colour shapes kinds?", "plain")
def _(v, rng):
    return [
        (f"Are all the {c} shapes {PLURAL[k]}?", yn(all(s.kind == k for s in v.shapes if s.colour == c)))
        for c in present_colours(v)
        for k in v.askable_kinds()
    ]


@template("quantifier", "is there a kind that isn't colour", "casual")
def _(v, rng):
    return [
        (f"is there a {k} that isn't {c}", yn(any(s.colour != c for s in v.shapes if s.kind == k)))
        for k in present_kinds(v)
        for c in v.askable_colours()
    ]


@template("quantifier", "does every shape have corners?", "formal")
def _(v, rng):
    return [("Does every shape have corners?", yn(v.kinds["circle"] == 0))] if v.n >= 2 else []


@template("quantifier", "true or false: all the shapes are colour.", "verify")
def _(v, rng):
    if v.n < 2:
        return []
    return [(f"True or false: all the shapes are {c}.", yn(v.colours[c] == v.n)) for c in v.askable_colours()]


@template("quantifier", "are none of the shapes colour?", "plain")
def _(v, rng):
    return [(f"Are none of the shapes {c}?", yn(v.colours[c] == 0)) for c in v.askable_colours()]


@template("quantifier", "does every colour shape have corners?", "formal")
def _(v, rng):
    return [
        (f"Does every {c} shape have corners?", yn(all(s.kind != "circle" for s in v.shapes if s.colour == c)))
        for c in present_colours(v)
    ]


@template("quantifier", "are all the kinds the same colour", "casual")
def _(v, rng):
    return [
        (f"are all the {PLURAL[k]} the same colour", yn(len({s.colour for s in v.shapes if s.kind == k}) == 1))
        for k in v.askable_kinds()
        if v.kinds[k] >= 2
    ]


@template("quantifier", "if the colour shape were removed, would all the remaining shapes be kinds?", "hypothetical")
def _(v, rng):
    if v.n < 3:
        return []
    return [
        (
            f"If the {s.colour} shape were removed, would all the remaining shapes be {PLURAL[k]}?",
            yn(all(o.kind == k for o in v.shapes if o is not s)),
        )
        for s in v.unique_colours()
        for k in v.askable_kinds()
    ]


@template("quantifier", "is every shape either colour or a kind?", "plain")
def _(v, rng):
    return [
        (f"Is every shape either {c} or {article(k)} {k}?", yn(all(s.colour == c or s.kind == k for s in v.shapes)))
        for k, c in kind_colour_pairs(v)
        if not any(s.colour == c and s.kind == k for s in v.shapes)
    ]


@template("quantifier", "all kinds colour? (y/n)", "symbolic")
def _(v, rng):
    return [
        (f"All {PLURAL[k]} {c}? (y/n)", yn(all(s.colour == c for s in v.shapes if s.kind == k)))
        for k in present_kinds(v)
        for c in v.askable_colours()
    ]


# logic


@template("logic", "is there a colour shape and a colour shape?", "plain")
def _(v, rng):
    return [
        (f"Is there {article(a)} {a} shape and {article(b)} {b} shape?", yn(v.colours[a] > 0 and v.colours[b] > 0))
        for a, b in colour_pairs(v)
    ]


@template("logic", "are there any kinds or kinds?", "plain")
def _(v, rng):
    return [
        (f"Are there any {PLURAL[a]} or {PLURAL[b]}?", yn(v.kinds[a] + v.kinds[b] > 0))
        for a, b in unordered([(a, b) for a in v.askable_kinds() for b in v.askable_kinds() if a != b])
    ]


@template("logic", "is there a kind but no kind", "casual")
def _(v, rng):
    return [(f"is there {article(a)} {a} but no {b}", yn(v.kinds[a] > 0 and v.kinds[b] == 0)) for a, b in kind_pairs(v)]


@template("logic", "are there neither kinds nor kinds?", "plain")
def _(v, rng):
    return [
        (f"Are there neither {PLURAL[a]} nor {PLURAL[b]}?", yn(v.kinds[a] + v.kinds[b] == 0))
        for a, b in unordered([(a, b) for a in v.askable_kinds() for b in v.askable_kinds() if a != b])
    ]


@template("logic", "does the picture contain both a kind and a colour shape?", "formal")
def _(v, rng):
    return [
        (
            f"Does the picture contain both {article(k)} {k} and {article(c)} {c} shape?",
            yn(v.kinds[k] > 0 and v.colours[c] > 0),
        )
        for k, c in kind_colour_pairs(v)
        if not any(s.colour == c and s.kind == k for s in v.shapes)
    ]


@template("logic", "is it true that there is a colour shape but no kind?", "verify")
def _(v, rng):
    return [
        (f"Is it true that there is {article(c)} {c} shape but no {k}?", yn(v.colours[c] > 0 and v.kinds[k] == 0))
        for k, c in kind_colour_pairs(v)
    ]


@template("logic", "kind AND kind present?", "symbolic")
def _(v, rng):
    return [(f"{cap(a)} AND {b} present?", yn(v.kinds[a] > 0 and v.kinds[b] > 0)) for a, b in unordered(kind_pairs(v))]


@template("logic", "colour OR colour shape present?", "symbolic")
def _(v, rng):
    return [
        (f"{cap(a)} OR {b} shape present?", yn(v.colours[a] + v.colours[b] > 0))
        for a, b in unordered([(a, b) for a in v.askable_colours() for b in v.askable_colours() if a != b])
    ]


@template("logic", "are there kinds or kinds, but not both?", "plain")
def _(v, rng):
    return [
        (f"Are there {PLURAL[a]} or {PLURAL[b]}, but not both?", yn((v.kinds[a] > 0) != (v.kinds[b] > 0)))
        for a, b in unordered([(a, b) for a in v.askable_kinds() for b in v.askable_kinds() if a != b])
    ]


@template("logic", "if there's a kind, is there also a kind?", "hypothetical")
def _(v, rng):
    return [
        (f"If there's {article(a)} {a}, is there also {article(b)} {b}?", yn(v.kinds[b] > 0))
        for a, b in kind_pairs(v)
        if v.kinds[a]
    ]


@template("logic", "is there a shape that is neither colour nor a kind?", "formal")
def _(v, rng):
    return [
        (
            f"Is there a shape that is neither {c} nor {article(k)} {k}?",
            yn(any(s.colour != c and s.kind != k for s in v.shapes)),
        )
        for k, c in kind_colour_pairs(v)
    ]


@template("logic", "true or false: there is no colour shape and no colour shape.", "verify")
def _(v, rng):
    return [
        (f"True or false: there is no {a} shape and no {b} shape.", yn(v.colours[a] + v.colours[b] == 0))
        for a, b in unordered([(a, b) for a in v.askable_colours() for b in v.askable_colours() if a != b])
    ]


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- run


pick_questions = spoken.question_picker(TEMPLATES, Item)


def main() -> None:
    wording = spoken.Wording(TEMPLATES, TAGS, pick_questions, "tag", "By tag (how it is worded):")
    arith = replace(
        wording,
        columns="family / tag / wording",
        width=16,
        template_width=None,
        normalise=personas.normalise,
        group_of=lambda item: item.tag,
    )
    spoken.run_wording(__doc__, arith)


if __name__ == "__main__":
    main()
