"""How nsvr copes with questions about flat shape drawings worded the way public synthetic VQA datasets word theirs.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures, ground truth,
rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery),
``shape_scenes_spoken.py`` (the sibling blind wording benchmark whose structure, command line, output, yes / no
balancing and scoring this follows), ``shape_scenes_typos.py`` (whose ground-truth question makers are reused) and
``shape_scenes_personas.py`` (whose layout this copies). The wordings follow, from memory of the datasets' question
styles and not from their files, the templates of CLEVR, CLEVR-Humans, SHAPES (the neural module networks' data),
ShapeWorld, Sort-of-CLEVR and Super-CLEVR, adapted to flat 2D shapes (no material, no depth: "left of", "right
of", "above", "below" for CLEVR's four relations). They were fixed before the first run (saved beside this script
as ``shape_scenes_clevrlike_first_run.txt``) and not tuned to nsvr's answers afterwards, so they measure how far nsvr
reaches into the phrasing of those datasets, not its own phrasings.

Images: the askers' generator (``askers.place`` and ``askers.paint``, unchanged) with 2-6 shapes instead of 1-4, as
most of these questions need several: 128x128 (or 64x64, ``--size``), a light tinted background with mild noise,
flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon, hexagon, star) in eight saturated fills,
never overlapping, never cut by the border; the truth of every shape (kind, colour, box, centre, area) is exact.

Questions: 93 templates, each labelled with one family and the dataset whose style it follows. Datasets (groups):
  clevr          CLEVR's generated templates: "How many things are left of the red circle?", "What number of
                 other shapes are there of the same shape as the red thing?", "There is a square that is left of
                 the green circle; what color is it?", "Is the number of blue things greater than the number of
                 circles?", "Are there any other things that are the same color as the triangle?";
  clevr_humans   CLEVR-Humans' free-form questions written by people about the same scenes: "How many shapes would
                 be left if all the circles were removed?", "What color is the shape on the far left?", "Is the
                 triangle the only shape of its color?", "Are all of the shapes either red or blue?";
  shapes_nmn     SHAPES, the neural module networks' synthetic set: lower case yes / no questions over attributes and
                 one relation, "is a red shape above a circle?", "is there a red shape left of a square?";
  shapeworld     ShapeWorld's captions to verify (gold yes / no): "There is a green triangle.", "A red circle is
                 above a blue square.", "Every square is red.", "There are exactly two red shapes.", as "Is it
                 true that ...?" or "True or false: ..." or the bare statement followed by "True or false?";
  sort_of_clevr  Sort-of-CLEVR's questions about an object named by its colour: "What is the shape of the object
                 that is farthest from the gray object?", "What is the color of the object closest to the red
                 object?", "Is the red object on the left or right of the image?", "How many other objects have the
                 same shape as the green object?";
  super_clevr    Super-CLEVR's CLEVR-like templates in its own wording: "What is the number of ...?", "Is the color
                 of the big circle the same as the triangle?", "Is there either a red square or a blue circle?".
Families (what is asked): count (how many, of attributes, of a relation to a named shape, of a side of the frame),
exist (is there, with attributes or a relation; "are there any other things that ..."; SHAPES' "is a circle red?"
read as "is some circle red?"), query (the colour or the shape of a shape picked by attributes, a relation, the
closest or the farthest, a side of the frame; which side of the image it is on), compare_attr (do two named shapes
have the same colour or shape), compare_count (greater, fewer, equal numbers of two groups; of the things on either
side of a named shape or of the frame), same_attr (how many other shapes, or is there another, with the same colour
or shape as a named one), caption (statements to verify: existence, a relation, every / all / no / at least /
exactly / more) and logic (and, or, not, neither ... nor, either ... or, but no). Every family has at least 10
templates, every group at least 10.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``) and
these: a shape is named ("the triangle", "the red thing", "the red circle", "the big circle") only when that phrase
fits it alone: exactly one triangle, exactly one red shape, exactly one red circle among several circles, or exactly
two circles whose areas differ by the askers' size factor 1.8 ("big" / "large" / "small"); "the rectangle" is never
said, nor rectangles counted or looked for, when there is a square, and no same-shape question is asked of a square
and a rectangle; a question about a shape's colour never names it by its colour, nor one about its shape by its
kind; an absent colour is never one a viewer might give a present colour's shade (``CONFUSABLE``). Relations are
between centres with a margin of 15% of the image side: "A is left of B" is yes when A's centre lies that far left
of B's, no when that far right, and not asked in between; a group related to a named shape ("the things left of the
square", "the square that is left of the green circle") is used only when every candidate is clearly on one side,
and "the X that is left of ..." only when exactly one is; "a red shape above a circle" is yes when some pair clearly
is, no when every pair clearly is not. A side of the frame takes the same margin from the middle, for every shape
counted. "Closest" needs the second closest 20% farther away than the closest, "farthest" the farthest 20% farther
than the second (distances between centres). "Every K is C" and "no K is C" are said only of a kind present, "all Ks
are C" of two or more; "exactly N" claims the truth or one more or one fewer (never zero); "either A or B"
(inclusive or not) only of two groups no shape could be in both, and asked as a yes / no only where not both are
present; "A and B" only of such groups too; two groups whose numbers are compared are never one part of the other by
definition ("red circles" and "circles"), nor both empty. Same colour and same kind are the ground truth's. Within a
template, the gold is drawn first among the golds the picture offers, and where it offers both yes and no, the one
its family has had fewer times so far is taken (the spoken benchmark's ``question_picker``), so yes and no are
balanced by construction (their counts per family are printed).

Scoring: the spoken benchmark's ``normalise`` and the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical; case, punctuation and articles dropped, "grey" -> "gray", number words -> digits; shape and tone words
dropped from a colour answer, colour words from a shape answer; a gold "A|B" takes either; an answer "unknown" is
unknown; failing that, the answer read once more without the function words of a place or a group, so "on the left
side" answers "left"), and one more reading for the captions: where the gold is "yes" or "no", an answer "true" /
"false" (also "correct" / "incorrect") is read as "yes" / "no". Golds: counts as digits, a colour, a kind ("square"
for a square), "left" / "right" / "top" / "bottom" for a side of the image, and "yes" / "no".

    python examples/benchmarks/shape_scenes_clevrlike.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_clevrlike.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by dataset style and by template,
the 15 worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``,
every unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

import numpy as np
import shape_scenes_askers as askers  # the pictures, ground truth and rules
import shape_scenes_spoken as spoken  # the sibling's picker, run and reading of answers
from shape_bench_common import article, cap, new_templates, yn
from shape_scenes_askers import COLOURS, PLURAL, SIZE_RATIO, Scene, Shape, View, extreme, side_answer
from shape_scenes_spoken import WORDS
from shape_scenes_typos import largest, pick


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    dataset: str


TEMPLATES, template = new_templates()  # template(family, name, dataset)
DATASETS = ["clevr", "clevr_humans", "shapes_nmn", "shapeworld", "sort_of_clevr", "super_clevr"]
CLOSE = 1.2  # "closest" needs the second closest this much farther away; "farthest", the farthest than the second
RELS = ["left of", "right of", "above", "below"]
OFFSET: dict[str, Callable[[Shape, Shape], float]] = {  # how far A lies that way from B (centres)
    "left of": lambda a, b: b.cx - a.cx,
    "right of": lambda a, b: a.cx - b.cx,
    "above": lambda a, b: b.cy - a.cy,
    "below": lambda a, b: a.cy - b.cy,
}
NOUNS = ["thing", "object"]


def make_scene(index: int, side: int, kinds: list[str], rng: np.random.Generator) -> Scene:
    """The askers' picture with 2 to 6 shapes."""
    count = int(rng.integers(2, 7))
    return askers.paint(index, side, askers.place(side, count, kinds, rng), list(COLOURS), rng)


# ------------------------------------------------------------------------------------------- ground truth

Desc = tuple[str | None, str | None]  # (colour, kind) of a group: "red circles", "circles", "red things"
ANY: Desc = (None, None)


def fits(s: Shape, d: Desc) -> bool:
    return (d[0] is None or s.colour == d[0]) and (d[1] is None or s.kind == d[1])


def members(v: View, d: Desc) -> list[Shape]:
    return [s for s in v.shapes if fits(s, d)]


def plural(d: Desc, noun: str = "things") -> str:
    """ "red circles", "circles", "red things"."""
    colour, kind = d
    if kind:
        return f"{colour} {PLURAL[kind]}" if colour else PLURAL[kind]
    return f"{colour} {noun}"


def bare(d: Desc, noun: str = "thing") -> str:
    """ "red circle", "circle", "red thing"."""
    colour, kind = d
    if kind:
        return f"{colour} {kind}" if colour else kind
    return f"{colour} {noun}"


def one(d: Desc, noun: str = "thing") -> str:
    """ "a red circle", "a circle", "an orange thing"."""
    word = bare(d, noun)
    return f"{article(word)} {word}"


def descs(v: View, colours: bool = True, kinds: bool = True, both: bool = True, present: bool = False) -> list[Desc]:
    """The groups a question may name: of an askable colour, of an askable kind, of both (where the kind or the
    colour is present); with ``present``, only groups with a shape in them."""
    out: list[Desc] = []
    if kinds:
        out += [(None, k) for k in v.askable_kinds()]
    if colours:
        out += [(c, None) for c in v.askable_colours()]
    if both:
        out += [(c, k) for k in v.askable_kinds() for c in v.askable_colours() if v.kinds[k] or v.colours[c]]
    return [d for d in out if members(v, d)] if present else out


def disjoint(a: Desc, b: Desc) -> bool:
    """No shape could be in both groups (they name different colours, or different kinds)."""
    return bool((a[0] and b[0] and a[0] != b[0]) or (a[1] and b[1] and a[1] != b[1]))


def within(a: Desc, b: Desc) -> bool:
    """Whether group ``a`` is part of group ``b`` by definition ("red circles" of "circles" or of "red things")."""
    return (b[0] is None or a[0] == b[0]) and (b[1] is None or a[1] == b[1])


def desc_pairs(v: View, **kw: bool) -> list[tuple[Desc, Desc]]:
    """Two different groups, neither part of the other by definition."""
    groups = descs(v, **kw)
    return [(a, b) for a in groups for b in groups if not within(a, b) and not within(b, a)]


def indefinite(ref: str) -> str:
    """CLEVR's "There is a ..." form of a phrase naming one shape: "the red circle" -> "a red circle"."""
    word = ref.removeprefix("the ")
    return f"{article(word)} {word}"


def plain(v: View, kind: str) -> bool:
    """Whether ``kind`` may be said: never "rectangle" when there is a square."""
    return not (kind == "rectangle" and v.kinds["square"])


def kind_clash(v: View, kind: str) -> bool:
    """Whether a same-shape question about a ``kind`` shape would hinge on a square being a rectangle."""
    return kind in ("square", "rectangle") and bool(v.kinds["square"]) and bool(v.kinds["rectangle"])


def the(v: View, s: Shape, rng: np.random.Generator, hide: str = "", noun: str | None = None) -> str | None:
    """A phrase naming ``s`` alone ("the triangle", "the red thing", "the red circle", "the big circle"), none
    telling its ``hide`` ("colour" or "kind"); None where there is none."""
    options = []
    said = plain(v, s.kind)
    if hide != "kind" and said and v.kinds[s.kind] == 1:
        options.append(f"the {s.kind}")
    if hide != "colour" and v.colours[s.colour] == 1:
        options.append(f"the {s.colour} {noun or pick(rng, NOUNS)}")
    if not hide and said and v.kinds[s.kind] > 1 and len(members(v, (s.colour, s.kind))) == 1:
        options.append(f"the {s.colour} {s.kind}")
    if hide != "kind" and said and v.kinds[s.kind] == 2:
        other = next(o for o in v.shapes if o.kind == s.kind and o is not s)
        if s.area >= SIZE_RATIO * other.area:
            options.append(f"the {pick(rng, ['big', 'large'])} {s.kind}")
        elif other.area >= SIZE_RATIO * s.area:
            options.append(f"the small {s.kind}")
    return pick(rng, options) if options else None


def by_colour(v: View) -> list[Shape]:
    """The shapes Sort-of-CLEVR may name by their colour ("the red object"): those alone in it."""
    return v.unique_colours()


def clearly(v: View, a: Shape, b: Shape, rel: str) -> bool | None:
    """Whether A is clearly ``rel`` B (True), clearly the other way (False), or within the margin (None)."""
    gold = side_answer(OFFSET[rel](a, b), v.margin)
    return None if gold is None else gold == "yes"


def related(v: View, b: Shape, rel: str, d: Desc = ANY) -> list[Shape] | None:
    """The shapes of group ``d`` (``b`` aside) clearly ``rel`` B, where every one of them is clearly on one side."""
    out = []
    for a in v.shapes:
        if a is b or not fits(a, d):
            continue
        side = clearly(v, a, b, rel)
        if side is None:
            return None
        if side:
            out.append(a)
    return out


def some_related(v: View, b: Shape, rel: str, d: Desc) -> str | None:
    """yes where a shape of ``d`` (``b`` aside) is clearly ``rel`` B, no where every one clearly is not."""
    sides = [clearly(v, a, b, rel) for a in v.shapes if a is not b and fits(a, d)]
    if not sides:
        return None
    return "yes" if any(x is True for x in sides) else "no" if all(x is False for x in sides) else None


def some_pair(v: View, d1: Desc, d2: Desc, rel: str) -> str | None:
    """yes where some shape of ``d1`` is clearly ``rel`` some other shape of ``d2``, no where no pair could be."""
    sides = [clearly(v, a, b, rel) for a in members(v, d1) for b in members(v, d2) if a is not b]
    if not sides:
        return None
    return "yes" if any(x is True for x in sides) else "no" if all(x is False for x in sides) else None


def anchors(v: View, rng: np.random.Generator, noun: str | None = None) -> Iterator[tuple[Shape, str, str]]:
    """Every shape with a phrase naming it alone, and every relation: (shape, phrase, relation)."""
    for b in v.shapes:
        ref = the(v, b, rng, noun=noun)
        if ref:
            for rel in RELS:
                yield b, ref, rel


def to_the(rel: str) -> str:
    """ "to the left of" for "left of" (ShapeWorld's and CLEVR-Humans' wording); "above" and "below" as they are."""
    return f"to the {rel}" if rel in ("left of", "right of") else rel


def distance(a: Shape, b: Shape) -> float:
    return math.hypot(a.cx - b.cx, a.cy - b.cy)


def nearest(v: View, s: Shape, far: bool = False) -> Shape | None:
    """The shape clearly closest to (or, ``far``, farthest from) ``s``: by 20% over the runner-up."""
    others = sorted((o for o in v.shapes if o is not s), key=lambda o: distance(o, s))
    if len(others) < 2:
        return None
    if far:
        first, second = others[-1], others[-2]
        return first if distance(first, s) >= CLOSE * distance(second, s) else None
    first, second = others[0], others[1]
    return first if distance(second, s) >= CLOSE * distance(first, s) else None


def frame_side(v: View, s: Shape, side: str) -> bool | None:
    """Whether ``s`` is clearly on that ``side`` of the frame (left, right, top, bottom), clearly not, or neither."""
    offset = {"left": v.w / 2 - s.cx, "right": s.cx - v.w / 2, "top": v.w / 2 - s.cy, "bottom": s.cy - v.w / 2}
    gold = side_answer(offset[side], v.margin)
    return None if gold is None else gold == "yes"


def on_side(v: View, side: str) -> list[Shape] | None:
    """The shapes on that ``side`` of the frame, where every shape is clearly on one side or the other."""
    sides = [frame_side(v, s, side) for s in v.shapes]
    return None if None in sides else [s for s, x in zip(v.shapes, sides, strict=True) if x]


def same_colour_others(v: View, s: Shape) -> list[Shape]:
    return [o for o in v.shapes if o is not s and o.colour == s.colour]


def same_kind_others(v: View, s: Shape) -> list[Shape]:
    return [o for o in v.shapes if o is not s and o.kind == s.kind]


def count_desc(v: View, d: Desc) -> int:
    return len(members(v, d))


def claims(n: int, rng: np.random.Generator) -> list[tuple[int, str]]:
    """Numbers to claim "exactly" of a true count ``n``: ``n`` (yes, where at least 1) and one more or one fewer
    (no, never zero)."""
    out = [(n + 1, "no")]
    if n >= 1:
        out.append((n, "yes"))
    if n >= 2:
        out.append((n - 1, "no"))
    return out


# ------------------------------------------------------------------------------------------- what is asked
# Each builder walks the ground truth and says every question it can ask unambiguously.


def colour_pairs_named(v: View, rng: np.random.Generator, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """yes / no for "do A and B have the same colour", A and B named by neither's colour."""
    out = []
    for a, b in v.pairs():
        ra, rb = the(v, a, rng, hide="colour"), the(v, b, rng, hide="colour")
        if ra and rb:
            out.append((say(ra, rb), yn(a.colour == b.colour)))
    return out


def kind_pairs_named(v: View, rng: np.random.Generator, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """yes / no for "do A and B have the same shape", A and B named by neither's kind, never a square beside a
    rectangle."""
    out = []
    for a, b in v.pairs():
        ra, rb = the(v, a, rng, hide="kind"), the(v, b, rng, hide="kind")
        if ra and rb and {a.kind, b.kind} != {"square", "rectangle"}:
            out.append((say(ra, rb), yn(a.kind == b.kind)))
    return out


def other_colours(
    v: View, rng: np.random.Generator, say: Callable[[str], str], exists: bool = False
) -> list[tuple[str, str]]:
    """How many other shapes (or, ``exists``, whether another) have the colour of the shape named by ``say``'s
    phrase (never its colour)."""
    out = []
    for s in v.shapes:
        ref = the(v, s, rng, hide="colour")
        if ref:
            n = len(same_colour_others(v, s))
            out.append((say(ref), yn(n > 0) if exists else str(n)))
    return out


def other_kinds(
    v: View, rng: np.random.Generator, say: Callable[[str], str], exists: bool = False, noun: str | None = None
) -> list[tuple[str, str]]:
    """How many other shapes (or, ``exists``, whether another) have the kind of the shape named by ``say``'s
    phrase (never its kind)."""
    out = []
    for s in v.shapes:
        ref = the(v, s, rng, hide="kind", noun=noun)
        if ref and not kind_clash(v, s.kind):
            n = len(same_kind_others(v, s))
            out.append((say(ref), yn(n > 0) if exists else str(n)))
    return out


def count_groups(v: View, say: Callable[[Desc], str], **kw: bool) -> list[tuple[str, str]]:
    return [(say(d), str(count_desc(v, d))) for d in descs(v, **kw)]


def exist_groups(v: View, say: Callable[[Desc], str], **kw: bool) -> list[tuple[str, str]]:
    return [(say(d), yn(count_desc(v, d) > 0)) for d in descs(v, **kw)]


def count_related(v: View, rng: np.random.Generator, say: Callable[[Desc, str, str], str]) -> list[tuple[str, str]]:
    """How many shapes of a present group (one the named shape is not in) are ``rel`` the named shape."""
    out = []
    for d in descs(v, present=True):
        for b, ref, rel in anchors(v, rng):
            found = None if fits(b, d) else related(v, b, rel, d)
            if found is not None:
                out.append((say(d, rel, ref), str(len(found))))
    return out


def exist_related(v: View, rng: np.random.Generator, say: Callable[[Desc, str, str], str]) -> list[tuple[str, str]]:
    """yes / no for "is there a <group> <rel> <named shape>", the group present and the named shape not in it."""
    out = []
    for d in descs(v, present=True):
        for b, ref, rel in anchors(v, rng):
            gold = None if fits(b, d) else some_related(v, b, rel, d)
            if gold:
                out.append((say(d, rel, ref), gold))
    return out


def pair_claims(
    v: View, say: Callable[[Desc, Desc, str], str], colours: bool = True, both: bool = True
) -> list[tuple[str, str]]:
    """yes / no for "a <group> is <rel> a <group>" (SHAPES, ShapeWorld), both groups present."""
    out = []
    groups = descs(v, colours=colours, both=both, present=True)
    for d1 in groups:
        for d2 in groups:
            if d1 != d2:
                for rel in RELS:
                    gold = some_pair(v, d1, d2, rel)
                    if gold:
                        out.append((say(d1, d2, rel), gold))
    return out


def query_related(
    v: View, rng: np.random.Generator, say: Callable[[str, str], str], answer: Callable[[Shape], str], d: Desc = ANY
) -> list[tuple[str, str]]:
    """The ``answer`` (colour or kind) of the one shape of ``d`` clearly ``rel`` a named shape, every other one
    clearly not."""
    out = []
    for b, ref, rel in anchors(v, rng):
        found = related(v, b, rel, d)
        if found and len(found) == 1:
            out.append((say(rel, ref), answer(found[0])))
    return out


def there_is_kind_related(
    v: View, rng: np.random.Generator, say: Callable[[str, str, str], str], answer: Callable[[Shape], str]
) -> list[tuple[str, str]]:
    """CLEVR's "There is a <kind> <rel> <named shape>; what <attribute> is it?": exactly one of that kind clearly
    that way, the others of it clearly not."""
    out = []
    for kind in v.askable_kinds():
        if not v.kinds[kind]:
            continue
        for b, ref, rel in anchors(v, rng):
            found = None if b.kind == kind else related(v, b, rel, (None, kind))
            if found and len(found) == 1:
                out.append((say(kind, rel, ref), answer(found[0])))
    return out


def compare_counts(
    v: View, say: Callable[[Desc, Desc], str], test: Callable[[int, int], bool], **kw: bool
) -> list[tuple[str, str]]:
    """yes / no for comparing the sizes of two groups (not both empty) by ``test``."""
    out = []
    for a, b in desc_pairs(v, **kw):
        na, nb = count_desc(v, a), count_desc(v, b)
        if na or nb:
            out.append((say(a, b), yn(test(na, nb))))
    return out


def disjoint_pairs(v: View, **kw: bool) -> list[tuple[Desc, Desc]]:
    return [(a, b) for a, b in desc_pairs(v, **kw) if disjoint(a, b)]


# count


@template("count", "how many P are there?", "clevr")
def _(v, rng):
    return count_groups(v, lambda d: f"How many {plural(d, pick(rng, ['things', 'objects']))} are there?")


@template("count", "what number of P are there?", "clevr")
def _(v, rng):
    return count_groups(v, lambda d: f"What number of {plural(d, pick(rng, ['things', 'objects']))} are there?")


@template("count", "how many things are REL A?", "clevr")
def _(v, rng):
    out = []
    for b, ref, rel in anchors(v, rng):
        found = related(v, b, rel)
        if found is not None:
            out.append((f"How many {pick(rng, ['things', 'objects'])} are {rel} {ref}?", str(len(found))))
    return out


@template("count", "what number of P are REL A?", "clevr")
def _(v, rng):
    return count_related(v, rng, lambda d, rel, ref: f"What number of {plural(d)} are {rel} {ref}?")


@template("count", "there is A; how many P are REL it?", "clevr")
def _(v, rng):
    return count_related(
        v, rng, lambda d, rel, ref: f"There is {indefinite(ref)}; how many {plural(d, 'objects')} are {rel} it?"
    )


@template("count", "how many shapes would be left if all the P were removed?", "clevr_humans")
def _(v, rng):
    return [
        (f"How many shapes would be left if all the {plural(d, 'shapes')} were removed?", str(v.n - count_desc(v, d)))
        for d in descs(v, present=True)
    ]


@template("count", "how many total Ks are in the picture?", "clevr_humans")
def _(v, rng):
    return count_groups(v, lambda d: f"How many total {plural(d)} are in the picture?", colours=False, both=False)


@template("count", "how many of the shapes are C?", "clevr_humans")
def _(v, rng):
    return count_groups(v, lambda d: f"How many of the shapes are {d[0]}?", kinds=False, both=False)


@template("count", "how many objects are on the SIDE of the image?", "sort_of_clevr")
def _(v, rng):
    out = []
    for side in ("left", "right", "top", "bottom"):
        found = on_side(v, side)
        if found is not None:
            out.append((f"How many objects are on the {side} of the image?", str(len(found))))
    return out


@template("count", "what is the number of P?", "super_clevr")
def _(v, rng):
    return count_groups(v, lambda d: f"What is the number of {plural(d, 'objects')}?")


@template("count", "what is the number of objects that are REL A?", "super_clevr")
def _(v, rng):
    out = []
    for b, ref, rel in anchors(v, rng):
        found = related(v, b, rel)
        if found is not None:
            out.append((f"What is the number of objects that are {rel} {ref}?", str(len(found))))
    return out


@template("count", "how many P are in the scene?", "super_clevr")
def _(v, rng):
    return count_groups(v, lambda d: f"How many {plural(d, 'objects')} are in the scene?")


# exist


@template("exist", "are there any P?", "clevr")
def _(v, rng):
    return exist_groups(v, lambda d: f"Are there any {plural(d, pick(rng, ['things', 'objects']))}?")


@template("exist", "is there a S?", "clevr")
def _(v, rng):
    return exist_groups(v, lambda d: f"Is there {one(d, pick(rng, NOUNS))}?")


@template("exist", "is a S REL a S?", "shapes_nmn")
def _(v, rng):
    return pair_claims(v, lambda a, b, rel: f"is {one(a, 'shape')} {rel} {one(b, 'shape')}?", both=False)


@template("exist", "is a K C?", "shapes_nmn")
def _(v, rng):
    return [
        (f"is a {k} {c}?", yn(bool(members(v, (c, k)))))
        for k in v.askable_kinds()
        if v.kinds[k]
        for c in v.askable_colours()
    ]


@template("exist", "are there any other things that are the same color as A?", "clevr")
def _(v, rng):
    return other_colours(
        v, rng, lambda ref: f"Are there any other things that are the same color as {ref}?", exists=True
    )


@template("exist", "is there a S REL A?", "clevr")
def _(v, rng):
    return exist_related(v, rng, lambda d, rel, ref: f"Is there {one(d)} {rel} {ref}?")


@template("exist", "is there a K anywhere in the picture?", "clevr_humans")
def _(v, rng):
    return exist_groups(v, lambda d: f"Is there a {d[1]} anywhere in the picture?", colours=False, both=False)


@template("exist", "are any of the shapes C Ks?", "clevr_humans")
def _(v, rng):
    return exist_groups(v, lambda d: f"Are any of the shapes {plural(d)}?", colours=False, kinds=False)


@template("exist", "is there a S REL a S?", "shapes_nmn")
def _(v, rng):
    return pair_claims(v, lambda a, b, rel: f"is there {one(a, 'shape')} {rel} {one(b, 'shape')}?", both=False)


@template("exist", "is there a C shape?", "shapes_nmn")
def _(v, rng):
    return exist_groups(v, lambda d: f"is there {one(d, 'shape')}?", both=False)


@template("exist", "is there a C object in the image?", "sort_of_clevr")
def _(v, rng):
    return exist_groups(v, lambda d: f"Is there {one(d, 'object')} in the image?", kinds=False, both=False)


@template("exist", "is there a S that is REL A?", "super_clevr")
def _(v, rng):
    return exist_related(v, rng, lambda d, rel, ref: f"Is there {one(d, 'object')} that is {rel} {ref}?")


@template("exist", "are there any P in the image?", "super_clevr")
def _(v, rng):
    return exist_groups(v, lambda d: f"Are there any {plural(d, 'objects')} in the image?")


# query


@template("query", "what color is A?", "clevr")
def _(v, rng):
    out = []
    for s in v.shapes:
        ref = the(v, s, rng, hide="colour")
        if ref:
            out.append((f"What color is {ref}?", s.colour))
    return out


@template("query", "what shape is A?", "clevr")
def _(v, rng):
    out = []
    for s in v.shapes:
        ref = the(v, s, rng, hide="kind")
        if ref:
            out.append((f"What shape is {ref}?", s.kind))
    return out


@template("query", "what is the shape of the thing that is REL A?", "clevr")
def _(v, rng):
    return query_related(
        v, rng, lambda rel, ref: f"What is the shape of the {pick(rng, NOUNS)} that is {rel} {ref}?", lambda s: s.kind
    )


@template("query", "there is a K that is REL A; what color is it?", "clevr")
def _(v, rng):
    return there_is_kind_related(
        v, rng, lambda k, rel, ref: f"There is a {k} that is {rel} {ref}; what color is it?", lambda s: s.colour
    )


@template("query", "what color is the shape on the far SIDE?", "clevr_humans")
def _(v, rng):
    out = []
    for where, key in (
        ("on the far left", lambda s: s.cx),
        ("on the far right", lambda s: -s.cx),
        ("at the very top", lambda s: s.cy),
        ("at the very bottom", lambda s: -s.cy),
    ):
        s = extreme(v, key)
        if s:
            out.append((f"What color is the shape {where}?", s.colour))
    return out


@template("query", "what is the color of the largest shape?", "clevr_humans")
def _(v, rng):
    s = largest(v)
    return [("What is the color of the largest shape?", s.colour)] if s else []


@template("query", "what is the shape of the object that is farthest from the C object?", "sort_of_clevr")
def _(v, rng):
    out = []
    for s in by_colour(v):
        far = nearest(v, s, far=True)
        if far:
            out.append((f"What is the shape of the object that is farthest from the {s.colour} object?", far.kind))
    return out


@template("query", "what is the color of the object closest to the C object?", "sort_of_clevr")
def _(v, rng):
    out = []
    for s in by_colour(v):
        near = nearest(v, s)
        if near:
            out.append((f"What is the color of the object closest to the {s.colour} object?", near.colour))
    return out


@template("query", "what is the shape of the C object?", "sort_of_clevr")
def _(v, rng):
    return [(f"What is the shape of the {s.colour} object?", s.kind) for s in by_colour(v)]


@template("query", "is the C object on the left or right of the image?", "sort_of_clevr")
def _(v, rng):
    out = []
    for s in by_colour(v):
        side = frame_side(v, s, "left")
        if side is not None:
            out.append((f"Is the {s.colour} object on the left or right of the image?", "left" if side else "right"))
    return out


@template("query", "is the C object on the top or bottom of the image?", "sort_of_clevr")
def _(v, rng):
    out = []
    for s in by_colour(v):
        side = frame_side(v, s, "top")
        if side is not None:
            out.append((f"Is the {s.colour} object on the top or bottom of the image?", "top" if side else "bottom"))
    return out


@template("query", "what is the color of the object that is farthest from the C object?", "sort_of_clevr")
def _(v, rng):
    out = []
    for s in by_colour(v):
        far = nearest(v, s, far=True)
        if far:
            out.append((f"What is the color of the object that is farthest from the {s.colour} object?", far.colour))
    return out


@template("query", "what is the color of A?", "super_clevr")
def _(v, rng):
    out = []
    for s in v.shapes:
        ref = the(v, s, rng, hide="colour", noun="object")
        if ref:
            out.append((f"What is the color of {ref}?", s.colour))
    return out


# compare_attr


@template("compare_attr", "do A and B have the same color?", "clevr")
def _(v, rng):
    return colour_pairs_named(v, rng, lambda a, b: f"Do {a} and {b} have the same color?")


@template("compare_attr", "is A the same color as B?", "clevr")
def _(v, rng):
    return colour_pairs_named(v, rng, lambda a, b: f"Is {a} the same color as {b}?")


@template("compare_attr", "is A the same shape as B?", "clevr")
def _(v, rng):
    return kind_pairs_named(v, rng, lambda a, b: f"Is {a} the same shape as {b}?")


@template("compare_attr", "does A have the same color as the thing that is REL B?", "clevr")
def _(v, rng):
    out = []
    for b, ref_b, rel in anchors(v, rng):
        found = related(v, b, rel)
        if not found or len(found) != 1:
            continue
        c = found[0]
        for a in v.shapes:
            ref_a = the(v, a, rng, hide="colour")
            if a is not b and a is not c and ref_a:
                out.append(
                    (f"Does {ref_a} have the same color as the thing that is {rel} {ref_b}?", yn(a.colour == c.colour))
                )
    return out


@template("compare_attr", "are A and B the same color?", "clevr_humans")
def _(v, rng):
    return colour_pairs_named(v, rng, lambda a, b: f"Are {a} and {b} the same color?")


@template("compare_attr", "is A a different color from B?", "clevr_humans")
def _(v, rng):
    return [
        (text, "no" if gold == "yes" else "yes")
        for text, gold in colour_pairs_named(v, rng, lambda a, b: f"Is {a} a different color from {b}?")
    ]


@template("compare_attr", "is the K the same color as the K?", "shapes_nmn")
def _(v, rng):
    return [
        (f"is the {a.kind} the same color as the {b.kind}?", yn(a.colour == b.colour))
        for a in v.unique_kinds()
        for b in v.unique_kinds()
        if a is not b
    ]


@template("compare_attr", "is the C shape the same shape as the C shape?", "shapes_nmn")
def _(v, rng):
    return [
        (f"is the {a.colour} shape the same shape as the {b.colour} shape?", yn(a.kind == b.kind))
        for a in v.unique_colours()
        for b in v.unique_colours()
        if a is not b and {a.kind, b.kind} != {"square", "rectangle"}
    ]


@template("compare_attr", "is the C object the same shape as the object farthest from it?", "sort_of_clevr")
def _(v, rng):
    out = []
    for s in by_colour(v):
        far = nearest(v, s, far=True)
        if far and {s.kind, far.kind} != {"square", "rectangle"}:
            text = f"Is the {s.colour} object the same shape as the object farthest from it?"
            out.append((text, yn(s.kind == far.kind)))
    return out


@template("compare_attr", "is the color of A the same as B?", "super_clevr")
def _(v, rng):
    return colour_pairs_named(v, rng, lambda a, b: f"Is the color of {a} the same as {b}?")


@template("compare_attr", "do A and B have the same shape?", "super_clevr")
def _(v, rng):
    return kind_pairs_named(v, rng, lambda a, b: f"Do {a} and {b} have the same shape?")


# compare_count


@template("compare_count", "is the number of P greater than the number of Q?", "clevr")
def _(v, rng):
    return compare_counts(
        v, lambda a, b: f"Is the number of {plural(a)} greater than the number of {plural(b)}?", lambda x, y: x > y
    )


@template("compare_count", "are there fewer P than Q?", "clevr")
def _(v, rng):
    return compare_counts(v, lambda a, b: f"Are there fewer {plural(a)} than {plural(b)}?", lambda x, y: x < y)


@template("compare_count", "are there the same number of P and Q?", "clevr")
def _(v, rng):
    return compare_counts(
        v, lambda a, b: f"Are there the same number of {plural(a)} and {plural(b)}?", lambda x, y: x == y
    )


@template("compare_count", "are there more P than Q?", "clevr")
def _(v, rng):
    return compare_counts(v, lambda a, b: f"Are there more {plural(a)} than {plural(b)}?", lambda x, y: x > y)


@template("compare_count", "are there an equal number of P and Q?", "clevr")
def _(v, rng):
    return compare_counts(
        v, lambda a, b: f"Are there an equal number of {plural(a)} and {plural(b)}?", lambda x, y: x == y, both=False
    )


@template("compare_count", "are there more Ks than Ks in the picture?", "clevr_humans")
def _(v, rng):
    return compare_counts(
        v,
        lambda a, b: f"Are there more {plural(a)} than {plural(b)} in the picture?",
        lambda x, y: x > y,
        colours=False,
        both=False,
    )


@template("compare_count", "are there as many P as Q?", "clevr_humans")
def _(v, rng):
    return compare_counts(
        v, lambda a, b: f"Are there as many {plural(a, 'shapes')} as {plural(b, 'shapes')}?", lambda x, y: x == y
    )


@template("compare_count", "are there more objects on the left of the image than on the right?", "sort_of_clevr")
def _(v, rng):
    out = []
    for first, second in (("left", "right"), ("right", "left"), ("top", "bottom"), ("bottom", "top")):
        a, b = on_side(v, first), on_side(v, second)
        if a is not None and b is not None:
            text = f"Are there more objects on the {first} of the image than on the {second}?"
            out.append((text, yn(len(a) > len(b))))
    return out


@template("compare_count", "is the number of objects REL A greater than the number of objects OPP it?", "super_clevr")
def _(v, rng):
    out = []
    for b, ref, rel in anchors(v, rng, noun="object"):
        opposite = {"left of": "right of", "right of": "left of", "above": "below", "below": "above"}[rel]
        ahead, behind = related(v, b, rel), related(v, b, opposite)
        if ahead is not None and behind is not None and (ahead or behind):
            text = f"Is the number of objects {rel} {ref} greater than the number of objects {opposite} it?"
            out.append((text, yn(len(ahead) > len(behind))))
    return out


@template("compare_count", "is the number of P the same as the number of Q?", "super_clevr")
def _(v, rng):
    return compare_counts(
        v,
        lambda a, b: f"Is the number of {plural(a, 'objects')} the same as the number of {plural(b, 'objects')}?",
        lambda x, y: x == y,
    )


# same_attr


@template("same_attr", "how many other things are the same color as A?", "clevr")
def _(v, rng):
    return other_colours(v, rng, lambda ref: f"How many other things are the same color as {ref}?")


@template("same_attr", "what number of other shapes are there of the same shape as A?", "clevr")
def _(v, rng):
    return other_kinds(v, rng, lambda ref: f"What number of other shapes are there of the same shape as {ref}?")


@template("same_attr", "is there anything else that has the same color as A?", "clevr")
def _(v, rng):
    return other_colours(v, rng, lambda ref: f"Is there anything else that has the same color as {ref}?", exists=True)


@template("same_attr", "is there anything else of the same shape as A?", "clevr")
def _(v, rng):
    return other_kinds(v, rng, lambda ref: f"Is there anything else of the same shape as {ref}?", exists=True)


@template("same_attr", "how many other things have the same shape as A?", "clevr")
def _(v, rng):
    return other_kinds(v, rng, lambda ref: f"How many other things have the same shape as {ref}?")


@template("same_attr", "do any other shapes share the K's color?", "clevr_humans")
def _(v, rng):
    return [
        (f"Do any other shapes share the {s.kind}'s color?", yn(bool(same_colour_others(v, s))))
        for s in v.unique_kinds()
    ]


@template("same_attr", "is A the only shape of its color?", "clevr_humans")
def _(v, rng):
    return [
        (text, "no" if gold == "yes" else "yes")
        for text, gold in other_colours(v, rng, lambda ref: f"Is {ref} the only shape of its color?", exists=True)
    ]


@template("same_attr", "is there another shape of the same color as the K?", "shapes_nmn")
def _(v, rng):
    return [
        (f"is there another shape of the same color as the {s.kind}?", yn(bool(same_colour_others(v, s))))
        for s in v.unique_kinds()
    ]


@template("same_attr", "how many other objects have the same shape as the C object?", "sort_of_clevr")
def _(v, rng):
    return [
        (f"How many other objects have the same shape as the {s.colour} object?", str(len(same_kind_others(v, s))))
        for s in by_colour(v)
        if not kind_clash(v, s.kind)
    ]


@template("same_attr", "are there any other objects of the same color as A?", "super_clevr")
def _(v, rng):
    return other_colours(v, rng, lambda ref: f"Are there any other objects of the same color as {ref}?", exists=True)


@template("same_attr", "what number of other objects have the same shape as A?", "super_clevr")
def _(v, rng):
    return other_kinds(v, rng, lambda ref: f"What number of other objects have the same shape as {ref}?", noun="object")


# caption (ShapeWorld's statements to verify)


@template("caption", "true or false: there is a S.", "shapeworld")
def _(v, rng):
    return exist_groups(v, lambda d: f"True or false: There is {one(d, 'shape')}.")


@template("caption", "is it true that there is a S?", "shapeworld")
def _(v, rng):
    return exist_groups(v, lambda d: f"Is it true that there is {one(d, 'shape')}?")


@template("caption", "true or false: a S is REL a S.", "shapeworld")
def _(v, rng):
    return pair_claims(
        v, lambda a, b, rel: f"True or false: {cap(one(a, 'shape'))} is {to_the(rel)} {one(b, 'shape')}."
    )


@template("caption", "is it true that a S is REL a S?", "shapeworld")
def _(v, rng):
    return pair_claims(v, lambda a, b, rel: f"Is it true that {one(a, 'shape')} is {to_the(rel)} {one(b, 'shape')}?")


@template("caption", "a S is REL a S. true or false?", "shapeworld")
def _(v, rng):
    return pair_claims(
        v, lambda a, b, rel: f"{cap(one(a, 'shape'))} is {to_the(rel)} {one(b, 'shape')}. True or false?"
    )


@template("caption", "true or false: every K is C.", "shapeworld")
def _(v, rng):
    return [
        (f"True or false: Every {k} is {c}.", yn(all(s.colour == c for s in members(v, (None, k)))))
        for k in v.askable_kinds()
        if v.kinds[k]
        for c in v.askable_colours()
    ]


@template("caption", "is it true that all Ks are C?", "shapeworld")
def _(v, rng):
    return [
        (f"Is it true that all {PLURAL[k]} are {c}?", yn(all(s.colour == c for s in members(v, (None, k)))))
        for k in v.askable_kinds()
        if v.kinds[k] >= 2
        for c in v.askable_colours()
    ]


@template("caption", "true or false: no K is C.", "shapeworld")
def _(v, rng):
    return [
        (f"True or false: No {k} is {c}.", yn(not members(v, (c, k))))
        for k in v.askable_kinds()
        if v.kinds[k]
        for c in v.askable_colours()
    ]


@template("caption", "true or false: there are exactly N P.", "shapeworld")
def _(v, rng):
    out = []
    for d in descs(v, both=False):
        for n, gold in claims(count_desc(v, d), rng):
            said = f"is exactly one {bare(d, 'shape')}" if n == 1 else f"are exactly {WORDS[n]} {plural(d, 'shapes')}"
            out.append((f"True or false: There {said}.", gold))
    return out


@template("caption", "is it true that at least two shapes are Ks?", "shapeworld")
def _(v, rng):
    return [(f"Is it true that at least two shapes are {PLURAL[k]}?", yn(v.kinds[k] >= 2)) for k in v.askable_kinds()]


@template("caption", "true or false: there are more P than Q.", "shapeworld")
def _(v, rng):
    return compare_counts(
        v,
        lambda a, b: f"True or false: There are more {plural(a, 'shapes')} than {plural(b, 'shapes')}.",
        lambda x, y: x > y,
        both=False,
    )


@template("caption", "is it true that A is REL B?", "shapeworld")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ra, rb = the(v, a, rng, noun="shape"), the(v, b, rng, noun="shape")
        if ra and rb:
            for rel in RELS:
                side = clearly(v, a, b, rel)
                if side is not None:
                    out.append((f"Is it true that {ra} is {to_the(rel)} {rb}?", yn(side)))
    return out


# logic


@template("logic", "how many objects are either P or Q?", "clevr")
def _(v, rng):
    return [
        (f"How many objects are either {plural(a)} or {plural(b)}?", str(count_desc(v, a) + count_desc(v, b)))
        for a, b in disjoint_pairs(v)
    ]


@template("logic", "how many shapes are not C?", "clevr_humans")
def _(v, rng):
    return [(f"How many shapes are not {c}?", str(v.n - v.colours[c])) for c in v.askable_colours()]


@template("logic", "how many shapes are neither C nor Ks?", "clevr_humans")
def _(v, rng):
    return [
        (
            f"How many shapes are neither {c} nor {PLURAL[k]}?",
            str(sum(1 for s in v.shapes if s.colour != c and s.kind != k)),
        )
        for c in v.askable_colours()
        for k in v.askable_kinds()
        if v.colours[c] or v.kinds[k]
    ]


@template("logic", "is there a K that is not C?", "clevr_humans")
def _(v, rng):
    return [
        (f"Is there a {k} that is not {c}?", yn(any(s.colour != c for s in members(v, (None, k)))))
        for k in v.askable_kinds()
        if v.kinds[k]
        for c in v.askable_colours()
    ]


@template("logic", "are all of the shapes either C or C?", "clevr_humans")
def _(v, rng):
    colours = v.askable_colours()
    return [
        (f"Are all of the shapes either {a} or {b}?", yn(v.colours[a] + v.colours[b] == v.n))
        for i, a in enumerate(colours)
        for b in colours[i + 1 :]
        if v.colours[a] or v.colours[b]
    ]


@template("logic", "is there a S and a S?", "shapes_nmn")
def _(v, rng):
    return [
        (f"is there {one(a, 'shape')} and {one(b, 'shape')}?", yn(count_desc(v, a) > 0 and count_desc(v, b) > 0))
        for a, b in disjoint_pairs(v, both=False)
    ]


@template("logic", "is there a S or a S?", "shapes_nmn")
def _(v, rng):
    return [
        (f"is there {one(a, 'shape')} or {one(b, 'shape')}?", yn(count_desc(v, a) + count_desc(v, b) > 0))
        for a, b in disjoint_pairs(v, both=False)
        if not (count_desc(v, a) and count_desc(v, b))
    ]


@template("logic", "is a K not C?", "shapes_nmn")
def _(v, rng):
    return [
        (f"is a {k} not {c}?", yn(any(s.colour != c for s in members(v, (None, k)))))
        for k in v.askable_kinds()
        if v.kinds[k]
        for c in v.askable_colours()
    ]


@template("logic", "true or false: there is a S, but there is no S.", "shapeworld")
def _(v, rng):
    return [
        (
            f"True or false: There is {one(a, 'shape')}, but there is no {bare(b, 'shape')}.",
            yn(count_desc(v, a) > 0 and count_desc(v, b) == 0),
        )
        for a, b in disjoint_pairs(v, both=False)
    ]


@template("logic", "is there either a S or a S?", "super_clevr")
def _(v, rng):
    return [
        (f"Is there either {one(a, 'object')} or {one(b, 'object')}?", yn(count_desc(v, a) + count_desc(v, b) > 0))
        for a, b in disjoint_pairs(v)
        if not (count_desc(v, a) and count_desc(v, b))
    ]


@template("logic", "how many objects are C but not Ks?", "super_clevr")
def _(v, rng):
    return [
        (f"How many objects are {c} but not {PLURAL[k]}?", str(v.colours[c] - len(members(v, (c, k)))))
        for c in v.askable_colours()
        if v.colours[c]
        for k in v.askable_kinds()
    ]


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- scoring

VERDICTS = {"true": "yes", "correct": "yes", "false": "no", "incorrect": "no"}
"""What a caption to verify may be answered with, read as the yes / no gold."""


def normalise(said: str, gold: str) -> str:
    """The answer in the gold's terms (the spoken benchmark's ``normalise``); of a yes / no gold, "true" / "false"
    (and "correct" / "incorrect") read as "yes" / "no"."""
    if gold in ("yes", "no"):
        words = re.findall(r"[a-z]+", said.lower())
        if len(words) == 1 and words[0] in VERDICTS:
            return VERDICTS[words[0]]
    return spoken.normalise(said, gold)


# ----------------------------------------------------------------------------------------------------- run


pick_questions = spoken.question_picker(TEMPLATES, Item)


def main() -> None:
    wording = spoken.Wording(
        TEMPLATES, DATASETS, pick_questions, "dataset", "By dataset style (whose templates it follows):", width=22
    )
    asking = replace(wording, columns="family / dataset / wording", template_width=110, normalise=normalise)
    spoken.run_wording(__doc__, replace(asking, group_of=lambda item: item.dataset, make_scene=make_scene))


if __name__ == "__main__":
    main()
