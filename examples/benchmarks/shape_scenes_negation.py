"""How nsvr copes with questions about flat shape drawings asked through negation, exclusion and contrast.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, executor, tests or any benchmark other than ``shape_bench_common.py`` (shared machinery),
``shape_scenes_askers.py`` (whose pictures, ground truth, rules of unambiguity and scoring are reused by import),
``shape_scenes_rephrased.py`` (the most recent sibling, whose layout, command line, output, yes / no balancing and
scoring this copies) and the files it imports, ``shape_scenes_spoken.py``, ``shape_scenes_personas.py`` and
``shape_scenes_typos.py`` (read for their machinery and ground-truth question makers only, some of which are reused
by import; every wording here is new). The templates and golds were fixed before the first run (saved beside this
script as ``shape_scenes_negation_first_run.txt``, against a frozen snapshot of nsvr), checked beforehand only for
crashes on a few pictures against the ground truth, and not tuned to nsvr's answers afterwards. This is a HELD-OUT
set: run once at the start of a session and once at its end, its failures unread in between.

Style: negation, exclusion and contrast as people write them, in mixed registers (casual, careful, formal,
children, learners of English, a dialect double negative). Every template carries one of nine tags:
  not       a plain "not" / "n't" / "non-" inside what is asked: "How many of these shapes are not circles?",
            "Which shape isn't red?", "Do the non-squares outnumber the squares?", "How many shape is not blue
            color?" (a learner);
  except    everything except, apart from, other than, besides, not counting, leaving out: "Excluding the
            triangles, how many shapes does the image contain?", "Besides the circle, is anything else red?",
            "Leaving out the biggest one, which shape is largest?";
  none      no, none, nothing, not a single, neither ... nor: "How many shapes are neither red nor blue?", "Is it
            true that nothing is above the square?", "Which of these is nowhere in the picture, a circle or a
            star?";
  only      only, just: "Is the circle the only red shape?", "Is red the only colour in the picture?", "Is the
            square the only shape bigger than the triangle?";
  negq      negative yes / no questions: "Isn't the square blue?", "Aren't there any circles in this picture?",
            "Isn't the red one above the circle?";
  tag       tag questions: "The circle isn't red, is it?", "There's a square in the picture, isn't there?",
            "There aren't more red shapes than blue ones, are there?";
  double    double negatives people really use: "Isn't it true that there's no triangle here?", "ain't there no
            circles in this pic?", "Wouldn't you say the square isn't green?";
  contrast  one shape's value stated (truly), another's asked: "The circle is red. What colour is the square?",
            "The blue one is on the left. What side is the square on?", "There are two circles. Are there fewer
            squares than that?";
  claim     a negative claim to confirm or correct: "My little brother says there aren't any circles here. How
            many are there really?", "Is it correct that not a single shape is green?", "My sister reckons the
            circle isn't as big as the square. Is she right?".

What a negative question asks (the rule of the golds): a question negated in its auxiliary ("Isn't the square
blue?", "Aren't there any circles?", "ain't there no circles?", "Wouldn't you say ...") and a tag question ("The
circle isn't red, is it?", "There's no blue shape, is there?") is answered as the plain question would be ("Is the
square blue?", "Are there any circles?", "Is the circle red?", "Is there a blue shape?", "Would you say ...") -
"yes" where that is so. A negation inside what is asked is read as written: "Is there a shape that isn't red?",
"Is it true that there's no triangle?", "Is it wrong to say that A is right of B?", "Am I right?" after a negative
claim, "true or false?" after one (where "true" / "false" read as yes / no). So "Isn't it true that there's no
triangle?" asks "is it true that there's no triangle" (yes where there is none). Negative questions whose answer
English leaves open ("Is the square not red?", "There's no triangle, right?", "Are there no circles?") are not
asked. A stated value (contrast) or a negative claim whose truth the question takes for granted ("I know the square
isn't blue, so what colour is it?", "Apart from the circle, is anything else red?" only where the circle is red) is
always true of the picture.

Families (what is asked): count (the complement of a kind or colour counted, everything except some counted,
neither ... nor, a count asked after a contrast or to correct a claim), exist (a shape that is not ...; anything
else ...; negative and tag questions of presence; "only"), colour (of one named shape, after a negation or a
contrast; negative and tag questions of its colour; neither ... nor; the colour of the rest), kind (the one shape
that is not ...; the kind absent of two; negative and tag questions of a kind), position (in the frame: left /
right side, top / bottom half; the one shape not on a side; the highest or lowest leaving one out), relation (one
shape left of / right of / above / below another; what is not left of a shape; "only", "nothing", "neither"),
size (bigger / smaller; the largest leaving one out; "only", "no shape is bigger") and compare (more / fewer of a
kind or colour, of a group and its complement, "no bigger than", "the only colour appearing more than once"). Every
family has at least 10 wordings, every tag at least 8.

Images: the askers' generator, unchanged (``askers.make_scene``): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, 1-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon,
hexagon, star) in eight saturated fills, never overlapping, never cut by the border; the truth of every shape
(kind, colour, box, centre, area) is exact.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``):
"the triangle" only when there is exactly one triangle, "the red one" only when exactly one shape is red, "the
shape that isn't a circle" only when exactly one is not; a square is never asked about as a rectangle, nor "the
rectangle" said, nor rectangles counted or excluded, when there is a square, nor "neither a circle nor a rectangle"
said of a square; an absent colour is never one a viewer might give a present colour's shade (``CONFUSABLE``), and
a colour denied of a shape is never one of its own colour's shades; position words need a margin of 15% of the
image side (from the middle for a side or a half, between centres for "left of", between the first and the second
shape for "highest" or "lowest"), and every shape a "none", "only", "neither" or "nothing" question ranges over must
clear it; size words need areas differing by a factor of 1.8 (every shape ranged over, again); counts compared by
"more" or "fewer" may be equal (then "more" is no). Within a template, the gold is drawn first among the golds the
picture offers, and where it offers both yes and no, the one its family has had fewer times so far is taken, so yes
and no are balanced by construction (their counts per family are printed).

Scoring: the personas benchmark's ``normalise``, with the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical; case, punctuation and articles dropped, "grey" -> "gray", number words -> digits, "none" -> "0"; shape
and tone words dropped from a colour answer, colour words from a shape answer; a gold "A|B" takes either; an answer
"unknown" is unknown; failing that, the answer read once more without the function words of a place or a group, so
"on the left side" answers "left"; where the gold is "yes" or "no", a one-word "true" / "false", "correct" /
"incorrect" is read as "yes" / "no"). Golds of the value forms: "which shape (one) ..." -> its kind, or its colour
where no other shape has that colour; "what side is A on" -> "left" / "right"; "which is nowhere, A or B" -> the
absent kind; "which is not so big (not left of B), A or B" -> the word that named it (or its kind, as the askers'
``either_name``).

    python examples/benchmarks/shape_scenes_negation.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_negation.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by tag and by template, the 15
worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``, every
unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import shape_scenes_personas as personas  # the personas benchmark's reading of "true" / "false"
import shape_scenes_spoken as spoken  # the spoken benchmark's question picker and run
from shape_bench_common import CONFUSABLE, article, cap, new_templates, yn
from shape_scenes_askers import (
    COLOURS,
    PLURAL,
    SIZE_RATIO,
    Shape,
    View,
    colour_pairs,
    either_name,
    kind_pairs,
    side_answer,
)
from shape_scenes_personas import is_largest, left, top
from shape_scenes_spoken import (
    colour_is_kind,
    frame_side,
    in_either_order,
    more_kinds,
    relation,
    size_yn,
    some,
    there,
    which_one,
)
from shape_scenes_typos import kind_is_colour, largest


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    tag: str


TEMPLATES, template = new_templates()  # template(family, name, tag)
TAGS = ["not", "except", "none", "only", "negq", "tag", "double", "contrast", "claim"]

Pair = list[tuple[str, str]]


# ------------------------------------------------------------------------------------------- what is asked
# Each builder walks the ground truth and says, through ``say``, every question it can ask unambiguously.


def a(kind: str) -> str:
    """ "a circle", "an octagon"."""
    return f"{article(kind)} {kind}"


def the_kinds(v: View, kind: str) -> str:
    """ "the circle" where there is one, "the circles" where there are more."""
    return f"the {kind}" if v.kinds[kind] == 1 else f"the {PLURAL[kind]}"


def denied_colour(s: Shape, v: View, rng: np.random.Generator) -> str:
    """A colour to deny of ``s``: not its own, nor one of its own colour's shades."""
    return v.other_colour(s.colour, rng)


def denied_kind(s: Shape, v: View, rng: np.random.Generator) -> str | None:
    """A kind to deny of ``s``: not its own, never "rectangle" of a square (a square is a rectangle too)."""
    options = [k for k in v.active if k != s.kind and not (s.kind == "square" and k == "rectangle")]
    return str(rng.choice(options)) if options else None


def clear(offset: float, v: View) -> bool:
    return abs(offset) >= v.margin


def much(a_: Shape, b_: Shape) -> int:
    """1 where ``a_`` is clearly bigger than ``b_``, -1 where clearly smaller, 0 where too close to tell."""
    ratio = a_.area / b_.area
    return 1 if ratio >= SIZE_RATIO else -1 if ratio <= 1 / SIZE_RATIO else 0


def the_one_not(v: View, test: Callable[[Shape], bool]) -> Shape | None:
    """The one shape that fails ``test`` when every other passes it (two shapes at least)."""
    fail = [s for s in v.shapes if not test(s)]
    return fail[0] if v.n >= 2 and len(fail) == 1 else None


def count_of(v: View, kind: str, colour: str) -> int:
    return sum(1 for s in v.shapes if s.kind == kind and s.colour == colour)


def side_of_all(v: View, shapes: list[Shape], offset: Callable[[Shape], float]) -> list[str] | None:
    """ "yes" / "no" for each of ``shapes`` being that way (``offset``), or None where one is too close to tell."""
    golds = [side_answer(offset(s), v.margin) for s in shapes]
    return None if None in golds else golds


def lone_extreme(shapes: list[Shape], key: Callable[[Shape], float], margin: float) -> Shape | None:
    """Among ``shapes`` (two at least), the one with the least ``key`` when it leads the next by ``margin``."""
    if len(shapes) < 2:
        return None
    ranked = sorted(shapes, key=key)
    return ranked[0] if key(ranked[1]) - key(ranked[0]) >= margin else None


def lone_largest(shapes: list[Shape]) -> Shape | None:
    if len(shapes) < 2:
        return None
    ranked = sorted(shapes, key=lambda s: -s.area)
    return ranked[0] if ranked[0].area / ranked[1].area >= SIZE_RATIO else None


# count


@template("count", "how many of these shapes are not kinds?", "not")
def _(v, rng):
    return [(f"How many of these shapes are not {PLURAL[k]}?", str(v.n - v.kinds[k])) for k in v.askable_kinds()]


@template("count", "how many shape is not colour color?", "not")
def _(v, rng):
    return [(f"How many shape is not {c} color?", str(v.n - v.colours[c])) for c in v.askable_colours()]


@template("count", "how many of the kinds are not colour?", "not")
def _(v, rng):
    return [
        (f"How many of the {PLURAL[k]} are not {c}?", str(v.kinds[k] - count_of(v, k, c)))
        for k in v.askable_kinds()
        if v.kinds[k] >= 2
        for c in v.askable_colours()
    ]


@template("count", "excluding the kind(s), how many shapes does the image contain?", "except")
def _(v, rng):
    return [
        (f"Excluding {the_kinds(v, k)}, how many shapes does the image contain?", str(v.n - v.kinds[k]))
        for k in v.askable_kinds()
        if v.kinds[k]
    ]


@template("count", "not counting the colour ones, how many shapes are left?", "except")
def _(v, rng):
    return [(f"not counting the {c} ones, how many shapes are left?", str(v.n - v.colours[c])) for c in v.colours]


@template("count", "how many shapes r there besides the kind(s)", "except")
def _(v, rng):
    return [
        (f"how many shapes r there besides {the_kinds(v, k)}", str(v.n - v.kinds[k]))
        for k in v.askable_kinds()
        if v.kinds[k]
    ]


@template("count", "how many shapes are neither colour nor colour?", "none")
def _(v, rng):
    return [
        (f"How many shapes are neither {c1} nor {c2}?", str(v.n - v.colours[c1] - v.colours[c2]))
        for c1, c2 in colour_pairs(v)
    ]


@template("count", "can you tell me how many shapes are neither kinds nor kinds?", "none")
def _(v, rng):
    return [
        (
            f"Can you tell me how many shapes are neither {PLURAL[k1]} nor {PLURAL[k2]}?",
            str(v.n - v.kinds[k1] - v.kinds[k2]),
        )
        for k1, k2 in kind_pairs(v)
    ]


@template("count", "there is/are N kinds. what about kinds, how many of those?", "contrast")
def _(v, rng):
    out = []
    for k1 in v.askable_kinds():
        if not v.kinds[k1]:
            continue
        for k2 in v.askable_kinds():
            if k2 != k1:
                stated = f"{cap(there(v.kinds[k1]))} {some(v.kinds[k1], k1)}."
                out.append((f"{stated} What about {PLURAL[k2]}, how many of those?", str(v.kinds[k2])))
    return out


@template("count", "my little brother says there aren't any kinds here. how many are there really?", "claim")
def _(v, rng):
    return [
        (f"My little brother says there aren't any {PLURAL[k]} here. How many are there really?", str(v.kinds[k]))
        for k in v.askable_kinds()
    ]


@template("count", "if i only count the shapes that aren't colour, how many do i get?", "only")
def _(v, rng):
    return [
        (f"If I only count the shapes that aren't {c}, how many do I get?", str(v.n - v.colours[c])) for c in v.colours
    ]


@template("count", "is there just one kind, not more?", "only")
def _(v, rng):
    return [(f"Is there just one {k}, not more?", yn(v.kinds[k] == 1)) for k in v.askable_kinds()]


# exist


@template("exist", "is there any shape here that isn't a kind?", "not")
def _(v, rng):
    return [(f"Is there any shape here that isn't {a(k)}?", yn(v.n > v.kinds[k])) for k in v.askable_kinds()]


@template("exist", "there is some shape which is not colour?", "not")
def _(v, rng):
    return [(f"There is some shape which is not {c}?", yn(v.n > v.colours[c])) for c in v.askable_colours()]


@template("exist", "isn't there a colour kind somewhere?", "negq")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for c in v.askable_colours():
            if v.kinds[k] or v.colours[c]:
                out.append((f"Isn't there {article(c)} {c} {k} somewhere?", yn(count_of(v, k, c) > 0)))
    return out


@template("exist", "aren't there any kinds in this picture?", "negq")
def _(v, rng):
    return [(f"Aren't there any {PLURAL[k]} in this picture?", yn(v.kinds[k] > 0)) for k in v.askable_kinds()]


@template("exist", "there's no colour shape in there, is there?", "tag")
def _(v, rng):
    return [(f"There's no {c} shape in there, is there?", yn(v.colours[c] > 0)) for c in v.askable_colours()]


@template("exist", "isn't it true that there's no kind here?", "double")
def _(v, rng):
    return [(f"Isn't it true that there's no {k} here?", yn(v.kinds[k] == 0)) for k in v.askable_kinds()]


@template("exist", "ain't there no kinds in this pic?", "double")
def _(v, rng):
    return [(f"ain't there no {PLURAL[k]} in this pic?", yn(v.kinds[k] > 0)) for k in v.askable_kinds()]


@template("exist", "besides the kind, is anything else colour?", "except")
def _(v, rng):
    return [
        (f"Besides the {s.kind}, is anything else {s.colour}?", yn(v.colours[s.colour] > 1)) for s in v.unique_kinds()
    ]


@template("exist", "other than kinds, does the image contain any colour shapes?", "except")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        if not v.kinds[k]:
            continue
        for c in v.askable_colours():
            gold = yn(any(s.colour == c and s.kind != k for s in v.shapes))
            out.append((f"Other than {PLURAL[k]}, does the image contain any {c} shapes?", gold))
    return out


@template("exist", "is the kind the only colour shape?", "only")
def _(v, rng):
    return [(f"Is the {s.kind} the only {s.colour} shape?", yn(v.colours[s.colour] == 1)) for s in v.unique_kinds()]


@template("exist", "is it correct that not a single shape is colour?", "claim")
def _(v, rng):
    return [(f"Is it correct that not a single shape is {c}?", yn(v.colours[c] == 0)) for c in v.askable_colours()]


@template("exist", "nothing in this picture is colour - true or false?", "none")
def _(v, rng):
    return [(f"Nothing in this picture is {c} - true or false?", yn(v.colours[c] == 0)) for c in v.askable_colours()]


# colour


@template("colour", "the kind isn't colour, is it?", "tag")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"The {k} isn't {c}, is it?")


@template("colour", "isn't the kind colour?", "negq")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Isn't the {k} {c}?")


@template("colour", "what colour is the shape that isn't a kind?", "not")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        s = the_one_not(v, lambda s, k=k: s.kind == k)
        if s:
            out.append((f"What colour is the shape that isn't {a(k)}?", s.colour))
    return out


@template("colour", "the kind is colour. what colour is the kind?", "contrast")
def _(v, rng):
    return [
        (f"The {s1.kind} is {s1.colour}. What colour is the {s2.kind}?", s2.colour)
        for s1 in v.unique_kinds()
        for s2 in v.unique_kinds()
        if s1 is not s2
    ]


@template("colour", "ok the kind's colour, but what about the kind, what colour's that one?", "contrast")
def _(v, rng):
    return [
        (f"ok the {s1.kind}'s {s1.colour}, but what about the {s2.kind}, what colour's that one?", s2.colour)
        for s1 in v.unique_kinds()
        for s2 in v.unique_kinds()
        if s1 is not s2
    ]


@template("colour", "i know the kind isn't colour, so what colour is it then?", "claim")
def _(v, rng):
    return [
        (f"I know the {s.kind} isn't {denied_colour(s, v, rng)}, so what colour is it then?", s.colour)
        for s in v.unique_kinds()
    ]


@template("colour", "someone told me the kind is colour. were they wrong?", "claim")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        out.append((f"Someone told me the {s.kind} is {s.colour}. Were they wrong?", "no"))
        out.append((f"Someone told me the {s.kind} is {denied_colour(s, v, rng)}. Were they wrong?", "yes"))
    return out


@template("colour", "is the kind neither colour nor colour?", "none")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        c1 = denied_colour(s, v, rng)
        others = [c for c in COLOURS if c not in (s.colour, c1) and c not in CONFUSABLE.get(s.colour, set())]
        c2 = str(rng.choice(others))
        x, y = in_either_order(rng, c1, c2)
        out.append((f"Is the {s.kind} neither {x} nor {y}?", "yes"))
        x, y = in_either_order(rng, s.colour, c1)
        out.append((f"Is the {s.kind} neither {x} nor {y}?", "no"))
    return out


@template("colour", "the kind is not colour. then which colour it is?", "not")
def _(v, rng):
    return [
        (f"The {s.kind} is not {denied_colour(s, v, rng)}. Then which colour it is?", s.colour)
        for s in v.unique_kinds()
    ]


@template("colour", "is colour the only colour in the picture?", "only")
def _(v, rng):
    return [(f"Is {c} the only colour in the picture?", yn(v.colours[c] == v.n)) for c in v.colours] if v.n >= 2 else []


@template("colour", "wouldn't you say the kind isn't colour?", "double")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        out.append((f"Wouldn't you say the {s.kind} isn't {denied_colour(s, v, rng)}?", "yes"))
        out.append((f"Wouldn't you say the {s.kind} isn't {s.colour}?", "no"))
    return out


@template("colour", "apart from the kind, what colour is everything else?", "except")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        rest = {o.colour for o in v.shapes if o is not s}
        if len(rest) == 1:
            out.append((f"Apart from the {s.kind}, what colour is everything else?", rest.pop()))
    return out


# kind


@template("kind", "which shape isn't colour?", "not")
def _(v, rng):
    out = []
    for c in v.colours:
        s = the_one_not(v, lambda s, c=c: s.colour == c)
        if s:
            out.append((f"Which shape isn't {c}?", which_one(v, s)))
    return out


@template("kind", "which one is not a kind", "not")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        s = the_one_not(v, lambda s, k=k: s.kind == k)
        if s:
            out.append((f"which one is not {a(k)}", which_one(v, s)))
    return out


@template("kind", "the colour one isn't a kind, is it?", "tag")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"The {c} one isn't {a(k)}, is it?")


@template("kind", "isn't the colour thing a kind?", "negq")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Isn't the {c} thing {a(k)}?")


@template("kind", "besides the kind, what other shape is there?", "except")
def _(v, rng):
    out = []
    if v.n == 2:
        for s in v.unique_kinds():
            other = next(o for o in v.shapes if o is not s)
            if other.kind != s.kind:
                out.append((f"Besides the {s.kind}, what other shape is there?", other.kind))
    return out


@template("kind", "the colour one is a kind. and what shape is the colour one?", "contrast")
def _(v, rng):
    return [
        (f"The {s1.colour} one is {a(s1.kind)}. And what shape is the {s2.colour} one?", s2.kind)
        for s1 in v.unique_colours()
        for s2 in v.unique_colours()
        if s1 is not s2
    ]


@template("kind", "which of these is nowhere in the picture, a kind or a kind?", "none")
def _(v, rng):
    out = []
    kinds = v.askable_kinds()
    for absent in kinds:
        if v.kinds[absent]:
            continue
        for present in kinds:
            if v.kinds[present] and {absent, present} != {"square", "rectangle"}:
                x, y = in_either_order(rng, absent, present)
                out.append((f"Which of these is nowhere in the picture, {a(x)} or {a(y)}?", absent))
    return out


@template("kind", "my kid insists the colour shape is not a kind. is he right?", "claim")
def _(v, rng):
    return [
        (text, "no" if gold == "yes" else "yes")
        for text, gold in colour_is_kind(v, lambda c, k: f"My kid insists the {c} shape is not {a(k)}. Is he right?")
    ]


@template("kind", "the colour one is not a kind. so what shape is it?", "not")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        k = denied_kind(s, v, rng)
        if k:
            out.append((f"The {s.colour} one is not {a(k)}. So what shape is it?", s.kind))
    return out


@template("kind", "is the colour shape the only kind?", "only")
def _(v, rng):
    return [
        (f"Is the {s.colour} shape the only {s.kind}?", yn(v.kinds[s.kind] == 1))
        for s in v.unique_colours()
        if not (s.kind == "rectangle" and v.kinds["square"])
    ]


@template("kind", "isn't it true that the colour one is not a kind?", "double")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        out.append((f"Isn't it true that the {s.colour} one is not {a(s.kind)}?", "no"))
        k = denied_kind(s, v, rng)
        if k:
            out.append((f"Isn't it true that the {s.colour} one is not {a(k)}?", "yes"))
    return out


@template("kind", "neither a kind nor a kind - so what is the colour shape?", "none")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        options = [k for k in v.active if k != s.kind and not (s.kind == "square" and k == "rectangle")]
        if len(options) >= 2:
            x, y = (str(k) for k in rng.choice(options, size=2, replace=False))
            out.append((f"It's neither {a(x)} nor {a(y)} - so what is the {s.colour} shape?", s.kind))
    return out


# position in the frame


@template("position", "A isn't on the left side, is it?", "tag")
def _(v, rng):
    return frame_side(v, rng, lambda r: f"{cap(r)} isn't on the left side, is it?", lambda s: left(s, v))


@template("position", "isn't A in the top half of the picture?", "negq")
def _(v, rng):
    return frame_side(v, rng, lambda r: f"Isn't {r} in the top half of the picture?", lambda s: top(s, v))


@template("position", "which shape is not on the left half?", "not")
def _(v, rng):
    golds = side_of_all(v, v.shapes, lambda s: left(s, v))
    s = the_one_not(v, lambda s: left(s, v) > 0) if golds else None
    return [("Which shape is not on the left half?", which_one(v, s))] if s else []


@template("position", "apart from A, which shape is highest up?", "except")
def _(v, rng):
    out = []
    for s in v.shapes:
        ref = v.ref(s, rng)
        high = lone_extreme([o for o in v.shapes if o is not s], lambda o: o.cy, v.margin)
        if ref and high:
            out.append((f"Apart from {ref[0]}, which shape is highest up?", which_one(v, high)))
    return out


@template("position", "not counting A, which one is lowest down", "except")
def _(v, rng):
    out = []
    for s in v.shapes:
        ref = v.ref(s, rng)
        low = lone_extreme([o for o in v.shapes if o is not s], lambda o: -o.cy, v.margin)
        if ref and low:
            out.append((f"not counting {ref[0]}, which one is lowest down", which_one(v, low)))
    return out


@template("position", "is it true that none of the shapes are in the bottom half?", "none")
def _(v, rng):
    golds = [side_answer(-top(s, v), v.margin) for s in v.shapes]
    if "yes" in golds:
        return [("Is it true that none of the shapes are in the bottom half?", "no")]
    if all(g == "no" for g in golds):
        return [("Is it true that none of the shapes are in the bottom half?", "yes")]
    return []


@template("position", "A is on the left. what side is B on?", "contrast")
def _(v, rng):
    out = []
    for s1 in v.shapes:
        for s2 in v.shapes:
            r1, r2 = v.ref(s1, rng), v.ref(s2, rng)
            g1, g2 = side_answer(left(s1, v), v.margin), side_answer(left(s2, v), v.margin)
            if s1 is not s2 and r1 and r2 and g1 and g2:
                side1, side2 = ("left" if g1 == "yes" else "right"), ("left" if g2 == "yes" else "right")
                out.append((f"{cap(r1[0])} is on the {side1}. What side is {r2[0]} on?", side2))
    return out


@template("position", "i'd say A is not on the right-hand side. am i correct?", "claim")
def _(v, rng):
    return frame_side(
        v, rng, lambda r: f"I'd say {r} is not on the right-hand side. Am I correct?", lambda s: left(s, v)
    )


@template("position", "is A the only shape on the right side?", "only")
def _(v, rng):
    out = []
    golds = side_of_all(v, v.shapes, lambda s: -left(s, v))
    if v.n >= 2 and golds:
        for s, g in zip(v.shapes, golds, strict=True):
            ref = v.ref(s, rng)
            if ref and g == "yes":
                alone = all(o is s or og == "no" for o, og in zip(v.shapes, golds, strict=True))
                out.append((f"Is {ref[0]} the only shape on the right side?", yn(alone)))
    return out


@template("position", "wouldn't you say A is not in the lower half?", "double")
def _(v, rng):
    return frame_side(v, rng, lambda r: f"Wouldn't you say {r} is not in the lower half?", lambda s: top(s, v))


@template("position", "A is not on the left, it is on the right side?", "not")
def _(v, rng):
    return frame_side(v, rng, lambda r: f"{cap(r)} is not on the left, it is on the right side?", lambda s: -left(s, v))


@template("position", "is neither A nor B on the left side?", "none")
def _(v, rng):
    out = []
    for s1, s2 in v.pairs():
        r1, r2 = v.ref(s1, rng), v.ref(s2, rng)
        golds = side_of_all(v, [s1, s2], lambda s: left(s, v))
        if r1 and r2 and golds and r1[1] != r2[1]:
            out.append((f"Is neither {r1[0]} nor {r2[0]} on the left side?", yn(golds == ["no", "no"])))
    return out


# relations between two shapes


@template("relation", "A isn't to the left of B, is it?", "tag")
def _(v, rng):
    return relation(v, rng, lambda x, y: f"{cap(x)} isn't to the left of {y}, is it?", lambda a_, b_: b_.cx - a_.cx)


@template("relation", "isn't A above B?", "negq")
def _(v, rng):
    return relation(v, rng, lambda x, y: f"Isn't {x} above {y}?", lambda a_, b_: b_.cy - a_.cy)


@template("relation", "is it wrong to say that A is to the right of B?", "claim")
def _(v, rng):
    return [
        (text, "no" if gold == "yes" else "yes")
        for text, gold in relation(
            v, rng, lambda x, y: f"Is it wrong to say that {x} is to the right of {y}?", lambda a_, b_: a_.cx - b_.cx
        )
    ]


@template("relation", "which shape is not left of B?", "not")
def _(v, rng):
    out = []
    if v.n >= 3:
        for b in v.shapes:
            rb = v.ref(b, rng)
            others = [o for o in v.shapes if o is not b]
            if rb and all(clear(b.cx - o.cx, v) for o in others):
                right = [o for o in others if o.cx > b.cx]
                if len(right) == 1:
                    out.append((f"Which shape is not left of {rb[0]}?", which_one(v, right[0])))
    return out


@template("relation", "A is to the left of B. is C too?", "contrast")
def _(v, rng):
    out = []
    for b in v.shapes:
        rb = v.ref(b, rng)
        for a1 in v.shapes:
            r1 = v.ref(a1, rng)
            if a1 is b or not rb or not r1 or b.cx - a1.cx < v.margin:
                continue
            for a2 in v.shapes:
                r2 = v.ref(a2, rng)
                gold = side_answer(b.cx - a2.cx, v.margin)
                if a2 is not a1 and a2 is not b and r2 and gold:
                    out.append((f"{cap(r1[0])} is to the left of {rb[0]}. Is {r2[0]} too?", gold))
    return out


@template("relation", "is it true that nothing is above B?", "none")
def _(v, rng):
    out = []
    for b in v.shapes:
        rb = v.ref(b, rng)
        golds = side_of_all(v, [o for o in v.shapes if o is not b], lambda o, b=b: b.cy - o.cy)
        if v.n >= 2 and rb and golds:
            out.append((f"Is it true that nothing is above {rb[0]}?", yn("yes" not in golds)))
    return out


@template("relation", "apart from A, is anything else left of B?", "except")
def _(v, rng):
    out = []
    for a_, b in v.pairs():
        ra, rb = v.ref(a_, rng), v.ref(b, rng)
        rest = [o for o in v.shapes if o is not a_ and o is not b]
        golds = side_of_all(v, rest, lambda o, b=b: b.cx - o.cx)
        if ra and rb and rest and golds and b.cx - a_.cx >= v.margin:
            out.append((f"Apart from {ra[0]}, is anything else left of {rb[0]}?", yn("yes" in golds)))
    return out


@template("relation", "isn't it true that A is not below B?", "double")
def _(v, rng):
    return relation(v, rng, lambda x, y: f"Isn't it true that {x} is not below {y}?", lambda a_, b_: b_.cy - a_.cy)


@template("relation", "is A the only shape to the left of B?", "only")
def _(v, rng):
    out = []
    for a_, b in v.pairs():
        ra, rb = v.ref(a_, rng), v.ref(b, rng)
        rest = [o for o in v.shapes if o is not a_ and o is not b]
        golds = side_of_all(v, rest, lambda o, b=b: b.cx - o.cx)
        if ra and rb and rest and golds and b.cx - a_.cx >= v.margin:
            out.append((f"Is {ra[0]} the only shape to the left of {rb[0]}?", yn("yes" not in golds)))
    return out


@template("relation", "which one is not on left of B, A or C?", "not")
def _(v, rng):
    out = []
    for b in v.shapes:
        rb = v.ref(b, rng)
        for x in v.shapes:
            for y in v.shapes:
                if len({id(b), id(x), id(y)}) < 3 or not rb:
                    continue
                rx, ry = v.ref(x, rng), v.ref(y, rng)
                if rx and ry and rx[1] != ry[1] and b.cx - x.cx >= v.margin and y.cx - b.cx >= v.margin:
                    first, second = in_either_order(rng, rx[0], ry[0])
                    out.append((f"Which one is not on left of {rb[0]}, {first} or {second}?", either_name(y, x, ry[1])))
    return out


@template("relation", "is neither A nor C to the right of B?", "none")
def _(v, rng):
    out = []
    for b in v.shapes:
        rb = v.ref(b, rng)
        for x in v.shapes:
            for y in v.shapes:
                if len({id(b), id(x), id(y)}) < 3 or not rb or id(x) > id(y):
                    continue
                rx, ry = v.ref(x, rng), v.ref(y, rng)
                golds = side_of_all(v, [x, y], lambda o, b=b: o.cx - b.cx)
                if rx and ry and golds and rx[1] != ry[1]:
                    text = f"Is neither {rx[0]} nor {ry[0]} to the right of {rb[0]}?"
                    out.append((text, yn(golds == ["no", "no"])))
    return out


# size


@template("size", "A isn't bigger than B, is it?", "tag")
def _(v, rng):
    return size_yn(v, rng, lambda x, y: f"{cap(x)} isn't bigger than {y}, is it?")


@template("size", "isn't A smaller than B?", "negq")
def _(v, rng):
    return size_yn(v, rng, lambda x, y: f"Isn't {x} smaller than {y}?", bigger=False)


@template("size", "which shape is not the biggest?", "not")
def _(v, rng):
    if v.n != 2:
        return []
    small = min(v.shapes, key=lambda s: s.area)
    big = max(v.shapes, key=lambda s: s.area)
    return [("Which shape is not the biggest?", which_one(v, small))] if much(big, small) == 1 else []


@template("size", "leaving out the biggest one, which shape is largest?", "except")
def _(v, rng):
    big = largest(v)
    second = lone_largest([s for s in v.shapes if s is not big]) if big else None
    return [("Leaving out the biggest one, which shape is largest?", which_one(v, second))] if second else []


@template("size", "other than A, what colour is the largest shape?", "except")
def _(v, rng):
    out = []
    for s in v.shapes:
        ref = v.ref(s, rng)
        big = lone_largest([o for o in v.shapes if o is not s])
        if ref and big:
            out.append((f"Other than {ref[0]}, what colour is the largest shape?", big.colour))
    return out


@template("size", "is it true that no shape is bigger than A?", "none")
def _(v, rng):
    return is_largest(v, rng, lambda r: f"Is it true that no shape is bigger than {r}?")


@template("size", "A is smaller than B. what about C - is it smaller than B too?", "contrast")
def _(v, rng):
    out = []
    for b in v.shapes:
        rb = v.ref(b, rng)
        for a1 in v.shapes:
            r1 = v.ref(a1, rng)
            if a1 is b or not rb or not r1 or much(a1, b) != -1:
                continue
            for a2 in v.shapes:
                r2 = v.ref(a2, rng)
                if a2 is not a1 and a2 is not b and r2 and much(a2, b):
                    text = f"{cap(r1[0])} is smaller than {rb[0]}. What about {r2[0]} - is it smaller than {rb[0]} too?"
                    out.append((text, yn(much(a2, b) == -1)))
    return out


@template("size", "my sister reckons A isn't as big as B. is she right?", "claim")
def _(v, rng):
    return size_yn(v, rng, lambda x, y: f"My sister reckons {x} isn't as big as {y}. Is she right?", bigger=False)


@template("size", "is A the only shape bigger than B?", "only")
def _(v, rng):
    out = []
    for a_, b in v.pairs():
        ra, rb = v.ref(a_, rng), v.ref(b, rng)
        rest = [o for o in v.shapes if o is not a_ and o is not b]
        if ra and rb and rest and much(a_, b) == 1 and all(much(o, b) for o in rest):
            out.append((f"Is {ra[0]} the only shape bigger than {rb[0]}?", yn(all(much(o, b) == -1 for o in rest))))
    return out


@template("size", "isn't it so that A is not smaller than B?", "double")
def _(v, rng):
    return size_yn(v, rng, lambda x, y: f"Isn't it so that {x} is not smaller than {y}?")


@template("size", "which is not so big, A or B?", "not")
def _(v, rng):
    out = []
    for a_, b in v.pairs():
        ra, rb = v.ref(a_, rng), v.ref(b, rng)
        if ra and rb and ra[1] != rb[1] and much(a_, b) == -1:
            first, second = in_either_order(rng, ra[0], rb[0])
            out.append((f"Which is not so big, {first} or {second}?", either_name(a_, b, ra[1])))
    return out


@template("size", "neither A nor B is bigger than C, true or false?", "none")
def _(v, rng):
    out = []
    for c in v.shapes:
        rc = v.ref(c, rng)
        for x in v.shapes:
            for y in v.shapes:
                if len({id(c), id(x), id(y)}) < 3 or not rc or id(x) > id(y):
                    continue
                rx, ry = v.ref(x, rng), v.ref(y, rng)
                if rx and ry and rx[1] != ry[1] and much(x, c) and much(y, c):
                    gold = yn(much(x, c) == -1 and much(y, c) == -1)
                    out.append((f"Neither {rx[0]} nor {ry[0]} is bigger than {rc[0]}, true or false?", gold))
    return out


# comparing counts


@template("compare", "aren't there more kinds than kinds?", "negq")
def _(v, rng):
    return more_kinds(v, lambda x, y: f"Aren't there more {x} than {y}?")


@template("compare", "there are fewer kinds than kinds, aren't there?", "tag")
def _(v, rng):
    return more_kinds(v, lambda x, y: f"There are fewer {x} than {y}, aren't there?", fewer=True)


@template("compare", "there aren't more colour shapes than colour ones, are there?", "tag")
def _(v, rng):
    return [
        (f"There aren't more {c1} shapes than {c2} ones, are there?", yn(v.colours[c1] > v.colours[c2]))
        for c1, c2 in colour_pairs(v)
    ]


@template("compare", "are there more shapes that aren't colour than shapes that are?", "not")
def _(v, rng):
    return [
        (f"Are there more shapes that aren't {c} than shapes that are?", yn(v.n - v.colours[c] > v.colours[c]))
        for c in v.colours
    ]


@template("compare", "do the non-kinds outnumber the kinds?", "not")
def _(v, rng):
    return [
        (f"Do the non-{PLURAL[k]} outnumber the {PLURAL[k]}?", yn(v.n - v.kinds[k] > v.kinds[k]))
        for k in v.askable_kinds()
        if v.kinds[k] and v.n > v.kinds[k]
    ]


@template("compare", "is number of shapes which are not kinds more than number of kinds?", "not")
def _(v, rng):
    return [
        (
            f"Is number of shapes which are not {PLURAL[k]} more than number of {PLURAL[k]}?",
            yn(v.n - v.kinds[k] > v.kinds[k]),
        )
        for k in v.askable_kinds()
        if v.kinds[k]
    ]


@template("compare", "is the number of kinds no bigger than the number of kinds?", "none")
def _(v, rng):
    return [
        (
            f"Is the number of {PLURAL[k1]} no bigger than the number of {PLURAL[k2]}?",
            yn(v.kinds[k1] <= v.kinds[k2]),
        )
        for k1, k2 in kind_pairs(v)
    ]


@template("compare", "apart from the colour ones, are there more kinds than kinds?", "except")
def _(v, rng):
    out = []
    for c in v.colours:
        for k1, k2 in kind_pairs(v):
            n1 = sum(1 for s in v.shapes if s.kind == k1 and s.colour != c)
            n2 = sum(1 for s in v.shapes if s.kind == k2 and s.colour != c)
            if n1 or n2:
                out.append((f"Apart from the {c} ones, are there more {PLURAL[k1]} than {PLURAL[k2]}?", yn(n1 > n2)))
    return out


@template("compare", "i don't think there are more colour shapes than colour ones. am i right?", "claim")
def _(v, rng):
    return [
        (
            f"I don't think there are more {c1} shapes than {c2} ones. Am I right?",
            yn(v.colours[c1] <= v.colours[c2]),
        )
        for c1, c2 in colour_pairs(v)
    ]


@template("compare", "isn't it true that there aren't fewer kinds than kinds?", "double")
def _(v, rng):
    return [
        (f"Isn't it true that there aren't fewer {PLURAL[k1]} than {PLURAL[k2]}?", yn(v.kinds[k1] >= v.kinds[k2]))
        for k1, k2 in kind_pairs(v)
    ]


@template("compare", "there are N kinds. are there fewer kinds than that?", "contrast")
def _(v, rng):
    out = []
    for k1, k2 in kind_pairs(v):
        n = v.kinds[k1]
        if n:
            text = f"{cap(there(n))} {some(n, k1)}. Are there fewer {PLURAL[k2]} than that?"
            out.append((text, yn(v.kinds[k2] < n)))
    return out


@template("compare", "is colour the only colour that shows up more than once?", "only")
def _(v, rng):
    return [
        (
            f"Is {c} the only colour that shows up more than once?",
            yn(v.colours[c] >= 2 and all(n <= 1 for o, n in v.colours.items() if o != c)),
        )
        for c in v.colours
    ]


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- run


pick_questions = spoken.question_picker(TEMPLATES, Item)


def main() -> None:
    wording = spoken.Wording(
        TEMPLATES, TAGS, pick_questions, "tag", "By tag (how the negation, exclusion or contrast is worded):"
    )
    negation = replace(
        wording,
        columns="family / tag / wording",
        width=22,
        template_width=None,
        normalise=personas.normalise,
        group_of=lambda item: item.tag,
    )
    spoken.run_wording(__doc__, negation)


if __name__ == "__main__":
    main()
