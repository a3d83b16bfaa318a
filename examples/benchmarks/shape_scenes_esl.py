"""How nsvr copes with questions about flat shape drawings written by people whose first language is not English.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures, ground truth,
rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery) and
``shape_scenes_spoken.py`` (the sibling blind wording benchmark whose structure, question makers, balancing, scoring
and output this follows, by import where it can). The wordings come from what is known of the grammar each first
language carries into English, not from anything nsvr was shown. They were fixed before the first run (saved beside
this script as ``shape_scenes_esl_first_run.txt``) and not tuned to nsvr's answers afterwards, so they measure how
far nsvr reaches into learners' English it was not shown, not its own phrasings.

Images: the askers' generator, unchanged (``askers.make_scene``): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, 1-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon,
hexagon, star) in eight saturated fills, never overlapping, never cut by the border; the truth of every shape
(kind, colour, box, centre, area) is exact.

Questions: 104 templates, each labelled with one style (the first language whose grammar it carries) and one family.
Styles:
  spanish   statement order with a question mark ("there is a circle in the picture?", "how many circles there
            are?"), the adjective after the noun ("is there some triangle red?", "the figure blue"), "figure" and
            "form" for shape, "more big" / "more small", "of what colour", "above of", "in the left side", "the same
            quantity of";
  chinese   topic first, no articles, no plural, no copula, "or not" questions: "blue shape, what shape?", "picture
            have how many triangle?", "red square left side or right side?", "circle and square which one big?",
            "have red circle or not?", "circle more or square more?", "A compare B, bigger or not?";
  german    the verb first and false friends: "gives it a circle?" / "how many circles gives it?" (es gibt), "over"
            for above, "as" for than ("bigger as", "more circles as squares"), "which colour has the square?",
            "form" for shape, "stands", "lies", "greatest" for biggest, "less" for fewer;
  hindi     Indian English: "only" and "itself" for emphasis, "kindly tell", "the triangle is red or not?", "is
            circle there?", "which shape is there in top?", "whether ..." as a question, "more number of", "more
            smaller", "in left side", "among all";
  russian   no articles, "is it true that ...", "how many there triangles?", "how much", "which from shapes is
            biggest?", "located to left from", "of what colour is", "less" for smaller, "on picture", "most high";
  japanese  topic marking and politeness: "about the triangle, what colour is it?", "as for the red shape, ...",
            "the circle, is it bigger than square?", "please tell me number of shapes", "please teach me the colour",
            "excuse me, ...";
  sms       texting: "r", "u", "wat", "wats", "1" for one, "da" for the, "n" for and, "no." for number, "??", "y/n",
            no capitals, "2 triangles or 3?".
Families (what is asked) as the spoken benchmark's: count (how many, all / of a colour / of a kind / both;
confirming a number; choosing between two numbers), exist (is there a kind / colour / coloured kind), colour (of the
one shape of a kind; is it a colour; which of two colours), kind (the shape of the one shape of a colour; is it a
kind; which of two kinds), position (in the frame: left / right side, top, highest, lowest, leftmost, rightmost),
relation (one shape left of / right of / above / below another; which of two is further that way), size (bigger /
smaller, biggest / smallest) and compare (more / fewer / the same number of kinds or colours). Every family has at
least 13 wordings and every style at least one wording in every family (at least 13 templates a style).

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``):
"the triangle" only when there is exactly one triangle, "the red one" only when exactly one shape is red; a square
is never asked about as a rectangle, nor "the rectangle" said when there is a square, nor "a square or a rectangle"
offered; an absent colour is never one a viewer might give a present colour's shade (``CONFUSABLE``); position
words need a margin of 15% of the image side (from the middle for "in the left side", between centres for "left
from", between the first and the second shape for "most high"); size words need areas differing by a factor of
1.8; counts compared must differ (or, for "the same number", be the same or differ). A number confirmed wrongly is
always more than the truth ("is it true that on picture there are three circles?" of two), never fewer, which "at
least" could make true; of two numbers offered ("2 triangles or 3?") one is the truth. Where a style drops the
article or the plural, only the wording changes: "picture have how many triangle?" still asks for the number of
triangles. Within a template, the gold is drawn first among the golds the picture offers, and where it offers both
yes and no, the one its family has had fewer times so far is taken, so yes and no are balanced by construction
(their counts per family are printed).

Scoring: exactly the spoken benchmark's (its ``normalise`` with the shared ``lenient_or_unknown`` outcome): golds
lower-case canonical; case, punctuation and articles dropped, "grey" -> "gray", number words -> digits; shape and
tone words dropped from a colour answer, colour words from a shape answer; a gold "A|B" takes either; an answer
"unknown" is unknown; an answer that fails that is read once more without the function words of a place or a group
("on the left side" answers "left", "the red one" "red"). Golds of the choices: "A left side or right side?" ->
"left" / "right" (also "top" / "bottom"); "circle more or square more?" -> "circles|circle"; "of which colour
figures is more, red or blue?" -> the colour; "which from shapes is biggest?" (highest, lowest ...) -> its kind, or
its colour where no other shape has that colour; "what shape" of the highest one -> its kind; "A and B, which one
big?" -> the word that named the one meant (or its kind, as the askers' ``either_name``); "2 triangles or 3?" ->
the true number.

    python examples/benchmarks/shape_scenes_esl.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_esl.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by style and by template, the 15
worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``, every
unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from shape_bench_common import (
    article,
    cap,
    new_templates,
    yn,
)
from shape_scenes_askers import PLURAL, Shape, View, colour_pairs, extreme, kind_pairs
from shape_scenes_spoken import (  # the spoken benchmark's question makers and scoring, unchanged
    Wording,
    claims,
    colour_is_kind,
    count_colour_kinds,
    frame_choice,
    frame_side,
    in_either_order,
    more_colours,
    more_kinds,
    much_bigger,
    other_kind,
    question_picker,
    relation,
    run_wording,
    size_yn,
    smallest,
    some,
    there,
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
    style: str


TEMPLATES, template = new_templates()  # template(family, name, style)
STYLES = ["spanish", "chinese", "german", "hindi", "russian", "japanese", "sms"]


def bare(ref: str) -> str:
    """A phrase naming one shape without its article, as a speaker of a language without articles says it:
    "the triangle" -> "triangle", "the red one" -> "red one"."""
    return ref[4:] if ref.startswith("the ") else ref


def postposed(ref: str) -> str:
    """A colour-named shape with the colour after the noun, as in Spanish ("the red shape" -> "the figure red");
    a kind-named one unchanged ("the triangle")."""
    found = re.fullmatch(r"the (\w+) (shape|one|thing)", ref)
    return f"the figure {found.group(1)}" if found else ref


def texted(ref: str) -> str:
    """A phrase naming one shape as texted: "the" -> "da", "one" -> "1" ("da red 1", "da triangle")."""
    return re.sub(r"\bone\b", "1", "da " + bare(ref))


def count_choice(v: View, rng: np.random.Generator, say: Callable[[int, int, str], str]) -> list[tuple[str, str]]:
    """ "N kinds or M?" of a present kind: the truth and one more or one fewer (never 0), gold the truth."""
    out = []
    for k in v.askable_kinds():
        n = v.kinds[k]
        if n:
            other = n + 1 if n == 1 or rng.random() < 0.5 else n - 1
            out.append((say(*sorted([n, other]), k), str(n)))
    return out


def confirm_kinds(v: View, rng: np.random.Generator, say: Callable[[int, str], str]) -> list[tuple[str, str]]:
    """yes / no for "there are N kinds": the truth (yes, at least 1) or more than the truth (no), never fewer."""
    return [(say(n, k), gold) for k in v.askable_kinds() for n, gold in claims(v.kinds[k], rng)]


def colour_choice(v: View, rng: np.random.Generator, say: Callable[[str, str, str], str]) -> list[tuple[str, str]]:
    """ "is the kind colour or colour?" of the one shape of a kind, its colour offered beside one not confusable."""
    out = []
    for s in v.unique_kinds():
        out.append((say(s.kind, *in_either_order(rng, s.colour, v.other_colour(s.colour, rng))), s.colour))
    return out


def kind_choice(v: View, rng: np.random.Generator, say: Callable[[str, str, str], str]) -> list[tuple[str, str]]:
    """ "is the colour one a kind or a kind?" of the one shape of a colour (never a square beside a rectangle)."""
    out = []
    for s in v.unique_colours():
        out.append((say(s.colour, *in_either_order(rng, s.kind, other_kind(v, s.kind, rng))), s.kind))
    return out


def more_kind_choice(v: View, rng: np.random.Generator, say: Callable[[str, str], str], plural: bool = True):
    """ "are there more kinds or kinds?" where the first has more: gold its plural or singular."""
    out = []
    for a, b in kind_pairs(v):
        if v.kinds[a] > v.kinds[b]:
            x, y = (PLURAL[a], PLURAL[b]) if plural else (a, b)
            out.append((say(*in_either_order(rng, x, y)), f"{PLURAL[a]}|{a}"))
    return out


def more_colour_choice(v: View, rng: np.random.Generator, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "which colour is there more of, A or B?" where A has more: gold A."""
    return [(say(*in_either_order(rng, a, b)), a) for a, b in colour_pairs(v) if v.colours[a] > v.colours[b]]


def same_kinds(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(say(a, b), yn(v.kinds[a] == v.kinds[b])) for a, b in kind_pairs(v)]


def same_colours(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(say(a, b), yn(v.colours[a] == v.colours[b])) for a, b in colour_pairs(v)]


def below(a: Shape, b: Shape) -> float:
    return a.cy - b.cy


def above(a: Shape, b: Shape) -> float:
    return b.cy - a.cy


def left_of(a: Shape, b: Shape) -> float:
    return b.cx - a.cx


def right_of(a: Shape, b: Shape) -> float:
    return a.cx - b.cx


# count


@template("count", "how many kinds there are?", "spanish")
def _(v, rng):
    return count_kinds(v, lambda k: f"How many {PLURAL[k]} there are?")


@template("count", "how many figures colour there are in the picture?", "spanish")
def _(v, rng):
    return count_colours(v, lambda c: f"How many figures {c} there are in the picture?")


@template("count", "picture have how many kind?", "chinese")
def _(v, rng):
    return count_kinds(v, lambda k: f"Picture have how many {k}?")


@template("count", "colour colour shape, how many?", "chinese")
def _(v, rng):
    return count_colours(v, lambda c: f"{cap(c)} colour shape, how many?")


@template("count", "how many kinds gives it in the picture?", "german")
def _(v, rng):
    return count_kinds(v, lambda k: f"How many {PLURAL[k]} gives it in the picture?")


@template("count", "how many colour kinds has the picture?", "german")
def _(v, rng):
    return count_colour_kinds(v, lambda c, k: f"How many {c} {PLURAL[k]} has the picture?")


@template("count", "kindly tell how many kinds are there", "hindi")
def _(v, rng):
    return count_kinds(v, lambda k: f"kindly tell how many {PLURAL[k]} are there")


@template("count", "total how many shapes are there in the image itself?", "hindi")
def _(v, rng):
    return [("Total how many shapes are there in the image itself?", str(v.n))]


@template("count", "how many there kinds?", "russian")
def _(v, rng):
    return count_kinds(v, lambda k: f"How many there {PLURAL[k]}?")


@template("count", "is it true that on picture there are N kinds?", "russian")
def _(v, rng):
    return confirm_kinds(v, rng, lambda n, k: f"Is it true that on picture {there(n)} {some(n, k)}?")


@template("count", "please tell me number of shapes", "japanese")
def _(v, rng):
    return [("Please tell me number of shapes.", str(v.n))]


@template("count", "how many kinds r there", "sms")
def _(v, rng):
    return count_kinds(v, lambda k: f"how many {PLURAL[k]} r there")


@template("count", "N kinds or M?", "sms")
def _(v, rng):
    return count_choice(v, rng, lambda x, y, k: f"{x} {k if x == 1 else PLURAL[k]} or {y}?")


# exist


@template("exist", "is there some kind colour?", "spanish")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Is there some {k} {c}?")


@template("exist", "there is a kind in the picture?", "spanish")
def _(v, rng):
    return exist_kinds(v, lambda k: f"There is {article(k)} {k} in the picture?")


@template("exist", "have colour kind or not?", "chinese")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Have {c} {k} or not?")


@template("exist", "picture inside have colour colour shape?", "chinese")
def _(v, rng):
    return exist_colours(v, lambda c: f"Picture inside have {c} colour shape?")


@template("exist", "gives it a kind in the picture?", "german")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Gives it {article(k)} {k} in the picture?")


@template("exist", "has the picture a colour form?", "german")
def _(v, rng):
    return exist_colours(v, lambda c: f"Has the picture {article(c)} {c} form?")


@template("exist", "is kind there?", "hindi")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Is {k} there?")


@template("exist", "any colour shape is there in the image?", "hindi")
def _(v, rng):
    return exist_colours(v, lambda c: f"Any {c} shape is there in the image?")


@template("exist", "is there in picture colour kind?", "russian")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Is there in picture {c} {k}?")


@template("exist", "in the picture, is there kind?", "japanese")
def _(v, rng):
    return exist_kinds(v, lambda k: f"In the picture, is there {k}?")


@template("exist", "excuse me, is there a colour shape? please tell me", "japanese")
def _(v, rng):
    return exist_colours(v, lambda c: f"Excuse me, is there {article(c)} {c} shape? Please tell me.")


@template("exist", "is there a colour 1", "sms")
def _(v, rng):
    return exist_colours(v, lambda c: f"is there {article(c)} {c} 1")


@template("exist", "u see any kinds??", "sms")
def _(v, rng):
    return exist_kinds(v, lambda k: f"u see any {PLURAL[k]}??")


# colour


@template("colour", "the kind is of what colour?", "spanish")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"The {k} is of what colour?")


@template("colour", "the kind is of colour colour?", "spanish")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"The {k} is of colour {c}?")


@template("colour", "kind what colour?", "chinese")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"{cap(k)} what colour?")


@template("colour", "kind colour colour or not?", "chinese")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"{cap(k)} {c} colour or not?")


@template("colour", "which colour has the kind?", "german")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Which colour has the {k}?")


@template("colour", "has the kind the colour colour?", "german")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Has the {k} the colour {c}?")


@template("colour", "what is the colour of the kind only?", "hindi")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"What is the colour of the {k} only?")


@template("colour", "the kind is colour or not?", "hindi")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"The {k} is {c} or not?")


@template("colour", "is it true that kind is colour?", "russian")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Is it true that {k} is {c}?")


@template("colour", "about the kind, what colour is it?", "japanese")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"About the {k}, what colour is it?")


@template("colour", "please teach me the colour of the kind", "japanese")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Please teach me the colour of the {k}.")


@template("colour", "wat colour is the kind", "sms")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"wat colour is the {k}")


@template("colour", "da kind colour or colour??", "sms")
def _(v, rng):
    return colour_choice(v, rng, lambda k, x, y: f"da {k} {x} or {y}??")


# kind


@template("kind", "which is the form of the colour figure?", "spanish")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Which is the form of the {c} figure?")


@template("kind", "the figure colour is a kind?", "spanish")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"The figure {c} is {article(k)} {k}?")


@template("kind", "colour shape, what shape?", "chinese")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"{cap(c)} shape, what shape?")


@template("kind", "which form has the colour one?", "german")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Which form has the {c} one?")


@template("kind", "is the colour form a kind?", "german")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Is the {c} form {article(k)} {k}?")


@template("kind", "what shape is the colour colour one?", "hindi")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"What shape is the {c} colour one?")


@template("kind", "is the colour shape a kind, yes or no?", "hindi")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Is the {c} shape {article(k)} {k}, yes or no?")


@template("kind", "which figure is colour?", "russian")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Which figure is {c}?")


@template("kind", "colour figure is kind?", "russian")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"{cap(c)} figure is {k}?")


@template("kind", "as for the colour shape, what shape is it?", "japanese")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"As for the {c} shape, what shape is it?")


@template("kind", "the colour one, is it kind?", "japanese")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"The {c} one, is it {k}?")


@template("kind", "wats the shape of the colour thing", "sms")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"wats the shape of the {c} thing")


@template("kind", "is da colour 1 a kind or a kind", "sms")
def _(v, rng):
    return kind_choice(v, rng, lambda c, x, y: f"is da {c} 1 {article(x)} {x} or {article(y)} {y}")


# position in the frame


@template("position", "A is in the left side?", "spanish")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"{cap(postposed(a))} is in the left side?", lambda s: v.w / 2 - s.cx)


@template("position", "A left side or right side?", "chinese")
def _(v, rng):
    return frame_choice(v, rng, lambda a, x, y: f"{cap(bare(a))} {x} side or {y} side?", "x")


@template("position", "most top one, what shape?", "chinese")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("Most top one, what shape?", s.kind)] if s else []


@template("position", "stands A on the right side?", "german")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Stands {a} on the right side?", lambda s: s.cx - v.w / 2)


@template("position", "which form lies most left?", "german")
def _(v, rng):
    s = extreme(v, lambda s: s.cx)
    return [("Which form lies most left?", which_one(v, s))] if s else []


@template("position", "which shape is there in top?", "hindi")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("Which shape is there in top?", which_one(v, s))] if s else []


@template("position", "A is in top or in bottom?", "hindi")
def _(v, rng):
    return frame_choice(v, rng, lambda a, x, y: f"{cap(a)} is in {x} or in {y}?", "y")


@template("position", "A is located in upper part of picture?", "russian")
def _(v, rng):
    return frame_side(
        v, rng, lambda a: f"{cap(bare(a))} is located in upper part of picture?", lambda s: v.w / 2 - s.cy
    )


@template("position", "which figure is located most low?", "russian")
def _(v, rng):
    s = extreme(v, lambda s: -s.cy)
    return [("Which figure is located most low?", which_one(v, s))] if s else []


@template("position", "A, is it on the left side?", "japanese")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"{cap(a)}, is it on the left side?", lambda s: v.w / 2 - s.cx)


@template("position", "the shape on the most right, what colour is it?", "japanese")
def _(v, rng):
    s = extreme(v, lambda s: -s.cx)
    return [("The shape on the most right, what colour is it?", s.colour)] if s else []


@template("position", "A at top or bottom??", "sms")
def _(v, rng):
    return frame_choice(v, rng, lambda a, x, y: f"{texted(a)} at {x} or {y}??", "y")


@template("position", "which 1 is on top", "sms")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("which 1 is on top", which_one(v, s))] if s else []


# relations between two shapes


@template("relation", "A is above of B?", "spanish")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"{cap(postposed(a))} is above of {postposed(b)}?", above)


@template("relation", "A is at the left of B?", "spanish")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"{cap(postposed(a))} is at the left of {postposed(b)}?", left_of)


@template("relation", "A at B left side?", "chinese")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"{cap(bare(a))} at {bare(b)} left side?", left_of)


@template("relation", "X and Y, which one more left?", "chinese")
def _(v, rng):
    return which_of_two(
        v,
        rng,
        lambda x, y: f"{cap(bare(x))} and {bare(y)}, which one more left?",
        lambda a, b: left_of(a, b) >= v.margin,
    )


@template("relation", "is A over B?", "german")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is {a} over {b}?", above)


@template("relation", "lies A left from B?", "german")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Lies {a} left from {b}?", left_of)


@template("relation", "is A to the right side of B?", "hindi")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is {a} to the right side of {b}?", right_of)


@template("relation", "whether A is below B?", "hindi")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Whether {a} is below {b}?", below)


@template("relation", "A is located to left from B?", "russian")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"{cap(bare(a))} is located to left from {bare(b)}?", left_of)


@template("relation", "A, is it above B?", "japanese")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"{cap(a)}, is it above {b}?", above)


@template("relation", "X and Y, which is on the right side?", "japanese")
def _(v, rng):
    return which_of_two(
        v, rng, lambda x, y: f"{cap(x)} and {y}, which is on the right side?", lambda a, b: right_of(a, b) >= v.margin
    )


@template("relation", "A left of B?? y/n", "sms")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"{bare(a)} left of {bare(b)}?? y/n", left_of)


@template("relation", "is da A below da B", "sms")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"is {texted(a)} below {texted(b)}", below)


# size


@template("size", "A is more big than B?", "spanish")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"{cap(postposed(a))} is more big than {postposed(b)}?")


@template("size", "which is the figure more small?", "spanish")
def _(v, rng):
    s = smallest(v)
    return [("Which is the figure more small?", which_one(v, s))] if s else []


@template("size", "X and Y which one big?", "chinese")
def _(v, rng):
    return which_of_two(v, rng, lambda x, y: f"{cap(bare(x))} and {bare(y)} which one big?", much_bigger)


@template("size", "A compare B, bigger or not?", "chinese")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"{cap(bare(a))} compare {bare(b)}, bigger or not?")


@template("size", "is A bigger as B?", "german")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Is {a} bigger as {b}?")


@template("size", "which form is the greatest?", "german")
def _(v, rng):
    s = largest(v)
    return [("Which form is the greatest?", which_one(v, s))] if s else []


@template("size", "is A more smaller than B?", "hindi")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Is {a} more smaller than {b}?", bigger=False)


@template("size", "which from shapes is biggest?", "russian")
def _(v, rng):
    s = largest(v)
    return [("Which from shapes is biggest?", which_one(v, s))] if s else []


@template("size", "A is less than B?", "russian")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"{cap(bare(a))} is less than {bare(b)}?", bigger=False)


@template("size", "A, is it bigger than B?", "japanese")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"{cap(a)}, is it bigger than {bare(b)}?")


@template("size", "the smallest shape, what colour is it?", "japanese")
def _(v, rng):
    s = smallest(v)
    return [("The smallest shape, what colour is it?", s.colour)] if s else []


@template("size", "A bigger than B? y/n", "sms")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"{bare(a)} bigger than {bare(b)}? y/n")


@template("size", "wich 1 is smaller X or Y", "sms")
def _(v, rng):
    return which_of_two(
        v, rng, lambda x, y: f"wich 1 is smaller {texted(x)} or {texted(y)}", lambda a, b: much_bigger(b, a)
    )


# comparing counts


@template("compare", "there are more kinds than kinds?", "spanish")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"There are more {a} than {b}?")


@template("compare", "there are the same quantity of figures colour and figures colour?", "spanish")
def _(v, rng):
    return same_colours(v, lambda a, b: f"There are the same quantity of figures {a} and figures {b}?")


@template("compare", "kind more or kind more?", "chinese")
def _(v, rng):
    return more_kind_choice(v, rng, lambda x, y: f"{cap(x)} more or {y} more?", plural=False)


@template("compare", "colour shape and colour shape, number same or not?", "chinese")
def _(v, rng):
    return same_colours(v, lambda a, b: f"{cap(a)} shape and {b} shape, number same or not?")


@template("compare", "are there more kinds as kinds?", "german")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Are there more {a} as {b}?")


@template("compare", "gives it less kinds than kinds?", "german")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Gives it less {a} than {b}?", fewer=True)


@template("compare", "are there more number of kinds than kinds?", "hindi")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Are there more number of {a} than {b}?")


@template("compare", "kinds more than kinds?", "russian")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"{cap(a)} more than {b}?")


@template("compare", "of which colour figures is more, colour or colour?", "russian")
def _(v, rng):
    return more_colour_choice(v, rng, lambda x, y: f"Of which colour figures is more, {x} or {y}?")


@template("compare", "about kinds and kinds, which is more?", "japanese")
def _(v, rng):
    return more_kind_choice(v, rng, lambda x, y: f"About {x} and {y}, which is more?")


@template("compare", "please tell me, are there more colour shapes than colour shapes?", "japanese")
def _(v, rng):
    return more_colours(v, lambda a, b: f"Please tell me, are there more {a} shapes than {b} shapes?")


@template("compare", "more kinds than kinds?? y/n", "sms")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"more {a} than {b}?? y/n")


@template("compare", "same no. of kinds n kinds?", "sms")
def _(v, rng):
    return same_kinds(v, lambda a, b: f"same no. of {PLURAL[a]} n {PLURAL[b]}?")


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- run


pick_questions = question_picker(TEMPLATES, Item)


def main() -> None:
    run_wording(__doc__, Wording(TEMPLATES, STYLES, pick_questions, template_width=None))


if __name__ == "__main__":
    main()
