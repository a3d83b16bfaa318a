"""How nsvr copes with questions about flat shape drawings worded the way people talk to a voice assistant or chat.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures, ground truth,
rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery) and
``shape_scenes_typos.py`` (the sibling blind wording benchmark whose structure and output this follows). They were
fixed before the first run (saved beside this script as ``shape_scenes_spoken_first_run.txt``) and not tuned to
nsvr's answers afterwards, so they measure how far nsvr reaches into talk it was not shown, not its own phrasings.

Images: the askers' generator, unchanged (``askers.make_scene``): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, 1-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon,
hexagon, star) in eight saturated fills, never overlapping, never cut by the border; the truth of every shape
(kind, colour, box, centre, area) is exact.

Questions: 95 templates, each labelled with one wording style and one family. Styles:
  spoken    dictated to a voice assistant: lower case, no punctuation, filler ("um", "uh", "so", "okay so",
            "like"), a wake phrase ("hey", "hey computer", "computer", "okay computer"), "gonna" / "wanna",
            "whats" / "theres", number words, run-on sentences ("so i got this picture here and i wanna know ...");
  indirect  polite and indirect: "i'd like to know how many ...", "could you tell me whether ...", "do you happen
            to know what colour ...", "i was wondering if ...", "can you check if ...", "please count ...",
            "tell me ...";
  context   two sentences, the context first: "there are some shapes here. how many of them are blue?", "look at
            the picture. is the triangle red?", "i see a circle. what colour is it?";
  confirm   asking for a confirmation: "the square is green, right?", "am i right that there are two circles?",
            "is it true that ...", "would you say ...", "... yeah"; never a negative question ("isn't there ...");
  choice    offering the answers: "is the circle red or blue?", "are there more triangles or squares?", "which is
            on the left, the square or the red one?", "are there two or three shapes?".
Families (what is asked): count (how many, all / of a colour / of a kind / both; confirming a number), exist (is
there a kind / colour / coloured kind), colour (of the one shape of a kind; is it a colour), kind (the shape of the
one shape of a colour; is it a kind), position (in the frame: left / right side, near the top / bottom, highest,
lowest, leftmost, rightmost), relation (one shape left of / right of / above / below another), size (bigger /
smaller, biggest / smallest) and compare (more / fewer / the same number of kinds or colours). Every family has at
least 11 wordings and every style but exist's choice.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``):
"the triangle" only when there is exactly one triangle, "the red one" only when exactly one shape is red; a square
is never asked about as a rectangle, nor "the rectangle" said when there is a square, nor "a square or a rectangle"
offered; an absent colour is never one a viewer might give a present colour's shade (``CONFUSABLE``); position
words need a margin of 15% of the image side (from the middle for "on the left side", between centres for "left
of", between the first and the second shape for "highest"); size words need areas differing by a factor of 1.8;
counts compared must differ (or, for "the same number", be the same or differ). A number confirmed wrongly is
always more than the truth ("am i right that there are three circles" of two), never fewer, which "at least" could
make true. A question presupposing several shapes ("there are some shapes here") is asked only of several. Within a
template, the gold is drawn first among the golds the picture offers, and where it offers both yes and no, the one
its family has had fewer times so far is taken, so yes and no are balanced by construction (their counts per family
are printed).

Scoring: the askers' ``normalise`` and the shared ``lenient_or_unknown`` outcome (golds lower-case canonical; case,
punctuation and articles dropped, "grey" -> "gray", number words -> digits; shape and tone words dropped from a
colour answer, colour words from a shape answer; a gold "A|B" takes either; an answer "unknown" is unknown). An
answer that fails that is read once more without the function words of a place or a group ("on", "at", "near",
"the", "side", "hand", "shapes", "ones", "more", "there", "is", "it" ..., and "one" where the gold is no number: the
shared synonyms read it as "1"), so that "on the left side", "at the top", "red shapes" and "the red one" answer
"left", "top", "red" and "red". Golds of the new forms: "is the triangle on the left or on the right" -> "left" /
"right" (also "top" / "bottom"); "are there more triangles or squares" -> "triangles" (or "triangle"); "which colour
is there more of" -> the colour; "which one is highest (biggest ...)" -> its kind, or its colour where no other
shape has that colour; "which is on the left, A or B" -> the word that named it (or its kind, as the askers'
``either_name``).

    python examples/benchmarks/shape_scenes_spoken.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_spoken.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by style and by template, the 15
worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``, every
unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import shape_scenes_askers as askers  # the sibling's pictures, ground truth, rules and scoring
from shape_bench_common import (
    NUMBER_WORDS,
    article,
    ask_all,
    cap,
    command_line,
    lenient_or_unknown,
    new_templates,
    pick_items,
    print_shares,
    yn,
)
from shape_scenes_askers import (
    PLURAL,
    SIZE_RATIO,
    Scene,
    Shape,
    View,
    colour_pairs,
    either_name,
    extreme,
    kind_pairs,
    side_answer,
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
    pick,
)


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    style: str


TEMPLATES, template = new_templates()  # template(family, name, style)
STYLES = ["spoken", "indirect", "context", "confirm", "choice"]
WORDS = {int(digit): word for word, digit in NUMBER_WORDS.items()}
WAKES = ["hey", "hey computer", "computer", "okay computer", "hey assistant"]


def wake(rng: np.random.Generator) -> str:
    return pick(rng, WAKES)


def some(n: int, kind: str) -> str:
    """ "one circle", "three circles" (a number word and the noun agreeing with it)."""
    return f"{WORDS[n]} {kind if n == 1 else PLURAL[kind]}"


def there(n: int) -> str:
    return "there is" if n == 1 else "there are"


def claims(n: int, rng: np.random.Generator) -> list[tuple[int, str]]:
    """Numbers to confirm of a true count ``n``: ``n`` itself (yes, where it is at least 1) and one more than the
    truth by 1 or 2 (no): never fewer, which "there are two" read as "at least two" would make true."""
    out = [(n + int(rng.integers(1, 3)), "no")]
    if n >= 1:
        out.append((n, "yes"))
    return out


def in_either_order(rng: np.random.Generator, a: str, b: str) -> tuple[str, str]:
    return (a, b) if rng.random() < 0.5 else (b, a)


def which_one(v: View, s: Shape) -> str:
    """The gold of "which one is ...": the shape's kind, or its colour where no other shape has it."""
    return f"{s.kind}|{s.colour}" if v.colours[s.colour] == 1 else s.kind


def smallest(v: View) -> Shape | None:
    ranked = sorted(v.shapes, key=lambda s: s.area)
    return ranked[0] if v.n >= 2 and ranked[1].area / ranked[0].area >= SIZE_RATIO else None


def other_kind(v: View, kind: str, rng: np.random.Generator) -> str:
    """A kind drawn to offer beside ``kind``: never the square beside a rectangle or the other way round."""
    square_pair = {"square", "rectangle"}
    return pick(rng, [k for k in v.active if k != kind and {k, kind} != square_pair])


# ------------------------------------------------------------------------------------------- what is asked
# Each builder walks the ground truth and says, through ``say``, every question it can ask unambiguously.


def count_colour_kinds(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    out = []
    for k in v.askable_kinds():
        for c in v.askable_colours():
            if v.kinds[k] or v.colours[c]:
                out.append((say(c, k), str(sum(1 for s in v.shapes if s.kind == k and s.colour == c))))
    return out


def colour_is_kind(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    out = []
    for s in v.unique_colours():
        for k in v.active:
            if not (k == "rectangle" and s.kind == "square"):  # a square is a rectangle too: not asked
                out.append((say(s.colour, k), yn(k == s.kind)))
    return out


def frame_side(v: View, rng: np.random.Generator, say: Callable[[str], str], offset: Callable[[Shape], float]):
    """yes / no for "is <shape> on that side of the picture": ``offset(s)`` is how far its centre lies that way
    from the middle; the shape named by its kind or its colour."""
    out = []
    for s in v.shapes:
        gold, ref = side_answer(offset(s), v.margin), v.ref(s, rng)
        if gold and ref:
            out.append((say(ref[0]), gold))
    return out


def frame_choice(v: View, rng: np.random.Generator, say: Callable[[str, str, str], str], axis: str):
    """ "is <shape> on the left or on the right" ("top" / "bottom" for ``axis`` "y"): gold the side it is on."""
    out = []
    for s in v.shapes:
        ref = v.ref(s, rng)
        offset = (v.w / 2 - s.cx) if axis == "x" else (v.w / 2 - s.cy)
        gold = side_answer(offset, v.margin)
        if gold and ref:
            first, second = ("left", "right") if axis == "x" else ("top", "bottom")
            side = first if gold == "yes" else second
            out.append((say(ref[0], *in_either_order(rng, first, second)), side))
    return out


def is_extreme(v: View, say: Callable[[str], str], key: Callable[[Shape], float]) -> list[tuple[str, str]]:
    """yes / no for "is the <colour> shape the one furthest that way" (``key`` least), where one clearly is."""
    top = extreme(v, key)
    return [(say(s.colour), yn(s is top)) for s in v.unique_colours()] if top else []


def relation(
    v: View, rng: np.random.Generator, say: Callable[[str, str], str], offset: Callable[[Shape, Shape], float]
):
    """yes / no for "is A <rel> B", ``offset(a, b)`` how far A lies that way from B (centres)."""
    out = []
    for a, b in v.pairs():
        gold, ra, rb = side_answer(offset(a, b), v.margin), v.ref(a, rng), v.ref(b, rng)
        if gold and ra and rb:
            out.append((say(ra[0], rb[0]), gold))
    return out


def which_of_two(
    v: View, rng: np.random.Generator, say: Callable[[str, str], str], lead: Callable[[Shape, Shape], bool]
) -> list[tuple[str, str]]:
    """ "which is <so>, A or B" where ``lead(a, b)`` says A clearly is and B clearly is not: gold the name of A."""
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if ra and rb and ra[1] != rb[1] and lead(a, b):
            out.append((say(*in_either_order(rng, ra[0], rb[0])), either_name(a, b, ra[1])))
    return out


def size_yn(v: View, rng: np.random.Generator, say: Callable[[str, str], str], bigger: bool = True):
    """yes / no for "is A bigger (smaller) than B", the areas differing by the size ratio at least."""
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        ratio = a.area / b.area
        if ra and rb and (ratio >= SIZE_RATIO or ratio <= 1 / SIZE_RATIO):
            out.append((say(ra[0], rb[0]), yn((ratio > 1) == bigger)))
    return out


def much_bigger(a: Shape, b: Shape) -> bool:
    return a.area / b.area >= SIZE_RATIO


def more_kinds(v: View, say: Callable[[str, str], str], fewer: bool = False) -> list[tuple[str, str]]:
    return [
        (say(PLURAL[a], PLURAL[b]), yn(v.kinds[a] < v.kinds[b] if fewer else v.kinds[a] > v.kinds[b]))
        for a, b in kind_pairs(v)
    ]


def more_colours(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(say(a, b), yn(v.colours[a] > v.colours[b])) for a, b in colour_pairs(v)]


# count


@template("count", "um how many shapes are there", "spoken")
def _(v, rng):
    return [("um how many shapes are there", str(v.n))]


@template("count", "<wake> how many kinds do you see", "spoken")
def _(v, rng):
    return count_kinds(v, lambda k: f"{wake(rng)} how many {PLURAL[k]} do you see")


@template("count", "okay so like how many colour ones are there", "spoken")
def _(v, rng):
    return count_colours(v, lambda c: f"okay so like how many {c} ones are there")


@template("count", "so i got this picture here and i wanna know how many kinds are in it", "spoken")
def _(v, rng):
    return count_kinds(v, lambda k: f"so i got this picture here and i wanna know how many {PLURAL[k]} are in it")


@template("count", "i'd like to know how many colour shapes there are", "indirect")
def _(v, rng):
    return count_colours(v, lambda c: f"I'd like to know how many {c} shapes there are.")


@template("count", "could you tell me how many kinds are in the picture", "indirect")
def _(v, rng):
    return count_kinds(v, lambda k: f"could you tell me how many {PLURAL[k]} are in the picture")


@template("count", "please count the colour kinds for me", "indirect")
def _(v, rng):
    return count_colour_kinds(v, lambda c, k: f"Please count the {c} {PLURAL[k]} for me.")


@template("count", "tell me how many things are in this picture", "indirect")
def _(v, rng):
    return [("tell me how many things are in this picture", str(v.n))]


@template("count", "there are some shapes here. how many of them are colour?", "context")
def _(v, rng):
    return count_colours(v, lambda c: f"There are some shapes here. How many of them are {c}?") if v.n >= 2 else []


@template("count", "look at the picture. how many kinds can you see?", "context")
def _(v, rng):
    return count_kinds(v, lambda k: f"Look at the picture. How many {PLURAL[k]} can you see?")


@template("count", "are there N or M shapes in total?", "choice")
def _(v, rng):
    other = v.n + 1 if v.n == 1 or rng.random() < 0.5 else v.n - 1
    x, y = sorted([v.n, other])
    return [(f"Are there {WORDS[x]} or {WORDS[y]} shapes in total?", str(v.n))]


@template("count", "am i right that there are N kinds?", "confirm")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for n, gold in claims(v.kinds[k], rng):
            out.append((f"Am I right that {there(n)} {some(n, k)}?", gold))
    return out


@template("count", "okay so there are N shapes yeah", "confirm")
def _(v, rng):
    return [
        (f"okay so {there(n)} {WORDS[n]} {'shape' if n == 1 else 'shapes'} yeah", gold) for n, gold in claims(v.n, rng)
    ]


# exist


@template("exist", "<wake> is there a kind", "spoken")
def _(v, rng):
    return exist_kinds(v, lambda k: f"{wake(rng)} is there a {k}")


@template("exist", "um do you see any colour shapes", "spoken")
def _(v, rng):
    return exist_colours(v, lambda c: f"um do you see any {c} shapes")


@template("exist", "okay so is there like a colour kind in there", "spoken")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"okay so is there like {article(c)} {c} {k} in there")


@template("exist", "computer i'm looking at this picture and i wanna know is there a kind anywhere", "spoken")
def _(v, rng):
    return exist_kinds(v, lambda k: f"computer i'm looking at this picture and i wanna know is there a {k} anywhere")


@template("exist", "could you tell me whether there is a colour shape", "indirect")
def _(v, rng):
    return exist_colours(v, lambda c: f"Could you tell me whether there is {article(c)} {c} shape?")


@template("exist", "i was wondering if there's a kind in this picture", "indirect")
def _(v, rng):
    return exist_kinds(v, lambda k: f"i was wondering if there's a {k} in this picture")


@template("exist", "can you check if there are any kinds", "indirect")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Can you check if there are any {PLURAL[k]}?")


@template("exist", "look at the picture. is there a colour kind?", "context")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Look at the picture. Is there {article(c)} {c} {k}?")


@template("exist", "i'm trying to find a kind. is there one?", "context")
def _(v, rng):
    return exist_kinds(v, lambda k: f"I'm trying to find a {k}. Is there one?")


@template("exist", "there's a colour shape in there, right?", "confirm")
def _(v, rng):
    return exist_colours(v, lambda c: f"There's {article(c)} {c} shape in there, right?")


@template("exist", "am i right that there is a kind in the picture?", "confirm")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Am I right that there is a {k} in the picture?")


@template("exist", "is it true that there's a colour kind here?", "confirm")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Is it true that there's {article(c)} {c} {k} here?")


# colour


@template("colour", "um what colour is the kind", "spoken")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"um what colour is the {k}")


@template("colour", "<wake> whats the colour of the kind", "spoken")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"{wake(rng)} whats the colour of the {k}")


@template("colour", "so like what color is that kind", "spoken")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"so like what color is that {k}")


@template("colour", "so the kind is colour yeah", "confirm")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"so the {k} is {c} yeah")


@template("colour", "do you happen to know what colour the kind is", "indirect")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Do you happen to know what colour the {k} is?")


@template("colour", "could you tell me the colour of the kind please", "indirect")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"could you tell me the colour of the {k} please")


@template("colour", "tell me what color the kind is", "indirect")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Tell me what color the {k} is.")


@template("colour", "i see a kind. what colour is it?", "context")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"I see a {k}. What colour is it?")


@template("colour", "there's a kind in this picture. what color is it?", "context")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"There's a {k} in this picture. What color is it?")


@template("colour", "look at the picture. is the kind colour?", "context")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Look at the picture. Is the {k} {c}?")


@template("colour", "is the kind colour or colour?", "choice")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        first, second = in_either_order(rng, s.colour, v.other_colour(s.colour, rng))
        out.append((f"Is the {s.kind} {first} or {second}?", s.colour))
    return out


@template("colour", "the kind is colour, right?", "confirm")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"The {k} is {c}, right?")


@template("colour", "am i right that the kind is colour?", "confirm")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Am I right that the {k} is {c}?")


# kind


@template("kind", "uh what shape is the colour one", "spoken")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"uh what shape is the {c} one")


@template("kind", "<wake> what kind of shape is the colour thing", "spoken")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"{wake(rng)} what kind of shape is the {c} thing")


@template("kind", "okay so the colour one what shape is that", "spoken")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"okay so the {c} one what shape is that")


@template("kind", "could you tell me what shape the colour one is", "indirect")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Could you tell me what shape the {c} one is?")


@template("kind", "i'd like to know which shape is colour", "indirect")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"i'd like to know which shape is {c}")


@template("kind", "do you happen to know what shape the colour thing is", "indirect")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Do you happen to know what shape the {c} thing is?")


@template("kind", "there's something colour in the picture. what shape is it?", "context")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"There's something {c} in the picture. What shape is it?")


@template("kind", "look at the colour shape. is it a kind?", "context")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Look at the {c} shape. Is it a {k}?")


@template("kind", "is the colour one a kind or a kind?", "choice")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        first, second = in_either_order(rng, s.kind, other_kind(v, s.kind, rng))
        out.append((f"Is the {s.colour} one a {first} or a {second}?", s.kind))
    return out


@template("kind", "i see a colour shape. is it a kind or a kind?", "choice")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        first, second = in_either_order(rng, s.kind, other_kind(v, s.kind, rng))
        out.append((f"I see {article(s.colour)} {s.colour} shape. Is it a {first} or a {second}?", s.kind))
    return out


@template("kind", "the colour shape is a kind, right?", "confirm")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"The {c} shape is a {k}, right?")


@template("kind", "would you say the colour one is a kind?", "confirm")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Would you say the {c} one is a {k}?")


# position in the frame


@template("position", "um is A on the left side", "spoken")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"um is {a} on the left side", lambda s: v.w / 2 - s.cx)


@template("position", "<wake> which shape is the highest up", "spoken")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [(f"{wake(rng)} which shape is the highest up", which_one(v, s))] if s else []


@template("position", "so like whats the colour of the shape furthest to the right", "spoken")
def _(v, rng):
    s = extreme(v, lambda s: -s.cx)
    return [("so like whats the colour of the shape furthest to the right", s.colour)] if s else []


@template("position", "could you tell me which shape is at the very bottom", "indirect")
def _(v, rng):
    s = extreme(v, lambda s: -s.cy)
    return [("Could you tell me which shape is at the very bottom?", which_one(v, s))] if s else []


@template("position", "i was wondering if A is near the top", "indirect")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"i was wondering if {a} is near the top", lambda s: v.w / 2 - s.cy)


@template("position", "look at the picture. is A on the right hand side?", "context")
def _(v, rng):
    return frame_side(
        v, rng, lambda a: f"Look at the picture. Is {a} on the right hand side?", lambda s: s.cx - v.w / 2
    )


@template("position", "there are some shapes here. which one is the leftmost?", "context")
def _(v, rng):
    s = extreme(v, lambda s: s.cx)
    return [("There are some shapes here. Which one is the leftmost?", which_one(v, s))] if s else []


@template("position", "is A on the left or on the right?", "choice")
def _(v, rng):
    return frame_choice(v, rng, lambda a, x, y: f"Is {a} on the {x} or on the {y}?", "x")


@template("position", "okay so is A at the top or the bottom", "choice")
def _(v, rng):
    return frame_choice(v, rng, lambda a, x, y: f"okay so is {a} at the {x} or the {y}", "y")


@template("position", "A is on the left side, correct?", "confirm")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"{cap(a)} is on the left side, correct?", lambda s: v.w / 2 - s.cx)


@template("position", "am i right that the colour shape is the topmost one?", "confirm")
def _(v, rng):
    return is_extreme(v, lambda c: f"Am I right that the {c} shape is the topmost one?", lambda s: s.cy)


# relations between two shapes


@template("relation", "uh is A left of B", "spoken")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"uh is {a} left of {b}", lambda a, b: b.cx - a.cx)


@template("relation", "<wake> is A above B", "spoken")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"{wake(rng)} is {a} above {b}", lambda a, b: b.cy - a.cy)


@template("relation", "okay so is A like lower down than B", "spoken")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"okay so is {a} like lower down than {b}", lambda a, b: a.cy - b.cy)


@template("relation", "could you tell me whether A is to the right of B", "indirect")
def _(v, rng):
    return relation(
        v, rng, lambda a, b: f"Could you tell me whether {a} is to the right of {b}?", lambda a, b: a.cx - b.cx
    )


@template("relation", "i was wondering if A is higher up than B", "indirect")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"i was wondering if {a} is higher up than {b}", lambda a, b: b.cy - a.cy)


@template("relation", "look at A and B. is A on the left of B?", "context")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Look at {a} and {b}. Is {a} on the left of {b}?", lambda a, b: b.cx - a.cx)


@template("relation", "which is on the left, A or B?", "choice")
def _(v, rng):
    return which_of_two(v, rng, lambda x, y: f"Which is on the left, {x} or {y}?", lambda a, b: b.cx - a.cx >= v.margin)


@template("relation", "which one is higher up, A or B?", "choice")
def _(v, rng):
    return which_of_two(
        v, rng, lambda x, y: f"Which one is higher up, {x} or {y}?", lambda a, b: b.cy - a.cy >= v.margin
    )


@template("relation", "is it true that A is below B?", "confirm")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is it true that {a} is below {b}?", lambda a, b: a.cy - b.cy)


@template("relation", "A is to the left of B, correct?", "confirm")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"{cap(a)} is to the left of {b}, correct?", lambda a, b: b.cx - a.cx)


@template("relation", "would you say A is above B?", "confirm")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Would you say {a} is above {b}?", lambda a, b: b.cy - a.cy)


# size


@template("size", "um is A bigger than B", "spoken")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"um is {a} bigger than {b}")


@template("size", "<wake> which shape is the biggest", "spoken")
def _(v, rng):
    s = largest(v)
    return [(f"{wake(rng)} which shape is the biggest", which_one(v, s))] if s else []


@template("size", "so like what colour is the smallest one", "spoken")
def _(v, rng):
    s = smallest(v)
    return [("so like what colour is the smallest one", s.colour)] if s else []


@template("size", "could you tell me if A is smaller than B", "indirect")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"could you tell me if {a} is smaller than {b}", bigger=False)


@template("size", "i'd like to know which shape is the largest", "indirect")
def _(v, rng):
    s = largest(v)
    return [("I'd like to know which shape is the largest.", which_one(v, s))] if s else []


@template("size", "there are some shapes here. which one is the smallest?", "context")
def _(v, rng):
    s = smallest(v)
    return [("There are some shapes here. Which one is the smallest?", which_one(v, s))] if s else []


@template("size", "look at A. is it bigger than B?", "context")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Look at {a}. Is it bigger than {b}?")


@template("size", "which is bigger, A or B?", "choice")
def _(v, rng):
    return which_of_two(v, rng, lambda x, y: f"Which is bigger, {x} or {y}?", much_bigger)


@template("size", "so which ones smaller A or B", "choice")
def _(v, rng):
    return which_of_two(v, rng, lambda x, y: f"so which ones smaller {x} or {y}", lambda a, b: much_bigger(b, a))


@template("size", "would you say A is bigger than B?", "confirm")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Would you say {a} is bigger than {b}?")


@template("size", "A is the biggest one, right?", "confirm")
def _(v, rng):
    top = largest(v)
    out = []
    for s in v.shapes if top else []:
        ref = v.ref(s, rng)
        if ref:
            out.append((f"{cap(ref[0])} is the biggest one, right?", yn(s is top)))
    return out


@template("size", "is it true that A is smaller than B?", "confirm")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Is it true that {a} is smaller than {b}?", bigger=False)


# comparing counts


@template("compare", "um are there more kinds than kinds", "spoken")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"um are there more {a} than {b}")


@template("compare", "<wake> are there more colour ones than colour ones", "spoken")
def _(v, rng):
    return more_colours(v, lambda a, b: f"{wake(rng)} are there more {a} ones than {b} ones")


@template("compare", "okay so i wanna know if theres the same number of kinds and kinds", "spoken")
def _(v, rng):
    return [
        (f"okay so i wanna know if theres the same number of {PLURAL[a]} and {PLURAL[b]}", yn(v.kinds[a] == v.kinds[b]))
        for a, b in kind_pairs(v)
    ]


@template("compare", "could you tell me whether there are fewer kinds than kinds", "indirect")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Could you tell me whether there are fewer {a} than {b}?", fewer=True)


@template("compare", "i'd like to know if there are more colour shapes than colour shapes", "indirect")
def _(v, rng):
    return more_colours(v, lambda a, b: f"i'd like to know if there are more {a} shapes than {b} shapes")


@template("compare", "look at the picture. are there more kinds than kinds?", "context")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Look at the picture. Are there more {a} than {b}?")


@template("compare", "count the kinds and the kinds. are there more kinds?", "context")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Count the {a} and the {b}. Are there more {a}?")


@template("compare", "are there more kinds or kinds?", "choice")
def _(v, rng):
    out = []
    for a, b in kind_pairs(v):
        if v.kinds[a] > v.kinds[b]:
            first, second = in_either_order(rng, PLURAL[a], PLURAL[b])
            out.append((f"Are there more {first} or {second}?", f"{PLURAL[a]}|{a}"))
    return out


@template("compare", "which colour is there more of, colour shapes or colour shapes?", "choice")
def _(v, rng):
    out = []
    for a, b in colour_pairs(v):
        if v.colours[a] > v.colours[b]:
            first, second = in_either_order(rng, a, b)
            out.append((f"Which colour is there more of, {first} shapes or {second} shapes?", a))
    return out


@template("compare", "am i right that there are more kinds than kinds?", "confirm")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Am I right that there are more {a} than {b}?")


@template("compare", "would you say there are the same number of colour and colour shapes?", "confirm")
def _(v, rng):
    return [
        (f"Would you say there are the same number of {a} and {b} shapes?", yn(v.colours[a] == v.colours[b]))
        for a, b in colour_pairs(v)
    ]


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


def question_picker(
    templates: list[tuple[str, str, str, Callable]], item: type, polarity: Callable[[str], str] = lambda gold: gold
) -> Callable[..., list]:
    """A wording benchmark's pick of questions from its ``templates`` (made into ``item``s): the askers' pick of
    ``per_image`` questions of different families (see ``pick_items``): the families and templates used least so
    far first, the gold drawn first within a template, and where a template offers both yes and no, the one its
    family has had fewer times so far (``used["gold", family, answer]``; ``polarity`` reads a gold as yes or no,
    "yes|red" as yes where a benchmark's golds offer a value too)."""

    def pick(scene: Scene, kinds: list[str], per_image: int, used: Counter, rng: np.random.Generator) -> list:
        def balanced(family: str, fn: Callable) -> Callable:
            def offer(v: View, rng: np.random.Generator) -> list[tuple[str, str]]:
                found = fn(v, rng)
                yes, no = used["gold", family, "yes"], used["gold", family, "no"]
                if yes != no and {"yes", "no"} <= {polarity(gold) for _, gold in found}:
                    want = "yes" if yes < no else "no"
                    found = [(text, gold) for text, gold in found if polarity(gold) == want]
                return found

            return offer

        chosen = [(family, name, style, balanced(family, fn)) for family, name, style, fn in templates]
        items = pick_items(View(scene, kinds), chosen, per_image, used, rng, item)
        for picked in items:
            used["gold", picked.family, polarity(picked.answer)] += 1
        return items

    return pick


pick_questions = question_picker(TEMPLATES, Item)


# ----------------------------------------------------------------------------------------------------- scoring

LOOSE = {
    "on", "at", "near", "in", "to", "the", "a", "an", "side", "hand", "half", "of", "picture", "image",
    "shapes", "ones", "things", "objects", "more", "there", "are", "is", "it", "it's", "its",
}  # fmt: skip
"""Function words of a place or a group read past in a second look at an answer ("on the left side": "left")."""


def normalise(said: str, gold: str) -> str:
    """The answer in the gold's terms (the askers' ``normalise``), or else once more without the ``LOOSE`` words
    (and, where the gold is no number, "one", which the shared synonyms read as "1": "the red one" is "red")."""
    first = askers.normalise(said, gold)
    if first == gold:
        return gold
    drop = LOOSE if gold.isdigit() else LOOSE | {"one"}
    rest = [w for w in re.findall(r"[a-z0-9']+", said.lower()) if w not in drop]
    return askers.normalise(" ".join(rest), gold) if rest else said


# ----------------------------------------------------------------------------------------------------- run


def arguments(doc: str | None = None):
    parser = command_line(doc or __doc__, "--n-images", 150)
    parser.add_argument("--size", type=int, choices=[64, 128], default=128)
    parser.add_argument("--more", action="store_true", help="pentagons, hexagons and stars too")
    parser.add_argument("--questions-per-image", type=int, default=6, help="of different families (at most)")
    parser.add_argument("--perception", choices=["photo", "shapes"], default="photo", help="as nsvr ask --perception")
    parser.add_argument("--show-failures", action="store_true", help="list the unknown answers too")
    return parser.parse_args()


def print_balance(
    scenes: list[Scene],
    families: list[str] | None = None,
    polarity: Callable[[str], str] = lambda gold: gold,
    others: str = "other",
) -> None:
    """How many questions of each family have the gold yes and no (and ``others``: any other gold)."""
    golds: dict[str, Counter] = {f: Counter() for f in families or FAMILIES}
    for scene in scenes:
        for item in scene.items:
            answer = polarity(item.answer)
            golds[item.family][answer if answer in ("yes", "no") else "other"] += 1
    print(
        f"golds by family (yes / no / {others}): "
        + ", ".join(f"{f} {c['yes']}/{c['no']}/{c['other']}" for f, c in golds.items())
        + "\n"
    )


def print_worst(
    shares: dict[str, dict[str, float]],
    shown: list[dict],
    scenes: list[Scene],
    most: int = 15,
    group_of: Callable[[Any], str] = lambda item: item.style,
) -> None:
    """The ``most`` templates with the lowest share right (then the most asked), with one failure each."""
    where = {(s.index, item.text): item for s in scenes for item in s.items}
    first: dict[str, dict] = {}
    for entry in shown:
        item = where[entry["scene"], entry["question"]]
        first.setdefault(f"{item.family} / {group_of(item)} / {item.template}", entry)
    rows = [(k, s) for k, s in shares.items() if k.count(" / ") == 2 and s.get("right", 0) < 1]
    rows.sort(key=lambda kv: (kv[1].get("right", 0), -kv[1]["n"], kv[0]))
    print(f"\nWorst {min(most, len(rows))} templates (of {len(rows)} not always right), one failure each:")
    for key, s in rows[:most]:
        e = first.get(key)
        print(f"  {s.get('right', 0):6.1%} right of {s['n']:3d}  {key}")
        if e:
            reason = f"  ({e['reason']})" if e["reason"] else ""
            print(f"      {e['outcome']}: {e['question']!r}  gold {e['gold']!r}  said {e['said']!r}{reason}")


@dataclass
class Wording:
    """What a wording benchmark built on this one varies and how it prints it: its template table, the groups its
    templates fall into (styles, first languages, word groups) and their heading, its own question picker."""

    templates: list[tuple[str, str, str, Callable]]
    groups: list[str]
    pick: Callable[..., list]
    label: str = "style"  # the key prefix of a group's share ("style spoken", "words colours")
    heading: str = "By style (how it is worded):"
    columns: str = "family / style / wording"
    width: int = 16  # of the group column
    template_width: int | None = 96  # None: as wide as the longest template
    group_of: Callable[[Any], str] = lambda item: item.style
    polarity: Callable[[str], str] = lambda gold: gold
    normalise: Callable[[str, str], str] | None = None  # this benchmark's
    make_scene: Callable[..., Scene] | None = None  # the askers' pictures
    others: str = "other"  # what its golds other than yes and no are


def run_wording(doc: str, wording: Wording, args: Any = None) -> None:
    """Ask a wording benchmark's questions of the askers' pictures and print its shares, worst templates and
    failures (the spoken benchmark's output, with the benchmark's own groups)."""
    args = args or arguments(doc)
    make = wording.make_scene or askers.make_scene
    families = list(dict.fromkeys(family for family, _, _, _ in wording.templates))
    kinds, scenes = askers.make_scenes(args, lambda index, kinds, rng: make(index, args.size, kinds, rng), wording.pick)
    askers.print_header(args, kinds, scenes, wording.templates, families)
    print_balance(scenes, families, wording.polarity, wording.others)
    total = sum(len(s.items) for s in scenes)
    started = time.perf_counter()
    done, shares, shown = ask_all(
        iter(scenes),
        lambda scene: scene.items,
        total,
        args.perception,
        lambda scene, item: [
            "all",
            item.family,
            f"{wording.label} {wording.group_of(item)}",
            f"{item.family} / {wording.group_of(item)} / {item.template}",
        ],
        lambda scene: {"scene": scene.index, "truth": [s.describe() for s in scene.shapes]},
        show_unknown=True,
        limit=total,
        score=lenient_or_unknown(wording.normalise or normalise),
    )
    seconds = time.perf_counter() - started
    print(f"{done} questions in {seconds:.0f} s ({seconds / max(done, 1):.2f} s each)\n")
    print("By family (what is asked):")
    print_shares({k: v for k, v in shares.items() if k in families} | {"all": shares["all"]}, 12)
    print(f"\n{wording.heading}")
    keys = [f"{wording.label} {g}" for g in wording.groups]
    print_shares({k: shares[k] for k in keys if k in shares}, wording.width)
    print(f"\nBy template ({wording.columns}):")
    rows = {k: v for k, v in shares.items() if k.count(" / ") == 2}
    print_shares(rows, wording.template_width or max((len(k) for k in rows), default=0))
    print_worst(shares, shown, scenes, group_of=wording.group_of)
    listed = shown if args.show_failures else [e for e in shown if e["outcome"] != "unknown"]
    askers.print_failures_by_family(listed, scenes, families)


def main() -> None:
    run_wording(__doc__, Wording(TEMPLATES, STYLES, pick_questions))


if __name__ == "__main__":
    main()
