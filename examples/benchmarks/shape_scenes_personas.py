"""How nsvr copes with questions about flat shape drawings worded the way different kinds of people really type them.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures, ground truth,
rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery) and
``shape_scenes_spoken.py`` (the sibling blind wording benchmark whose structure, command line, output, yes / no
balancing and scoring this follows, and whose question makers, with those it imports from ``shape_scenes_typos.py``,
are reused by import). They were fixed before the first run (saved beside this script as
``shape_scenes_personas_first_run.txt``) and not tuned to nsvr's answers afterwards, so they measure how far nsvr
reaches into the phrasing of people it was not shown, not its own phrasings.

Images: the askers' generator, unchanged (``askers.make_scene``): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, 1-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon,
hexagon, star) in eight saturated fills, never overlapping, never cut by the border; the truth of every shape
(kind, colour, box, centre, area) is exact.

Questions: 94 templates, each labelled with one persona and one family. Personas:
  teacher        worksheet and classroom phrasing: "Look carefully. How many triangles can you count?", "Circle the
                 answer: is the square above or below the circle?", "True or false: the red shape is a square.",
                 "Write the number in the box", "Name the shape that is blue.";
  parent         talking to a toddler, or about the picture to one: "where's the big circle?", "can you find a
                 blue one, sweetie?", "which one is the biggest, hmm?", "let's count them together!";
  tester         a QA engineer probing: "Verify: exactly 2 circles present.", "Assert the leftmost shape is
                 red.", "Check whether any shape is green (expected: yes/no).", "Return the number of ...";
  annotator      data labelling language: "Label the colour of the triangle.", "Count of objects of class
                 circle?", "Is there an instance of class square?", "Spatial relation between the circle and the
                 square: left or right?", "Class label of the red object?";
  accessibility  a blind or low-vision user with a screen reader: "Can you describe what colour the circle is for
                 me?", "I can't see the picture, is there a triangle in it?", "Please tell me how many shapes there
                 are, I'm visually impaired.";
  robot          the operator of a robot arm: "Target the red object: is it a circle?", "How many square objects
                 are in the workspace?", "Is the blue object to the left of the green object in the camera frame?";
  casual         everyday chat, lower case, clipped: "ok so what colour's the triangle", "any circles in there?",
                 "the square's the biggest one right", "is there like a red one or nah".
Families (what is asked) as the spoken benchmark's: count (how many, all / of a colour / of a kind / both;
confirming an exact number), exist (is there a kind / colour / coloured kind), colour (of the one shape of a kind;
is it a colour), kind (the shape of the one shape of a colour; is it a kind), position (in the frame: left / right
side, top / bottom, highest, lowest, leftmost), relation (one shape left of / right of / above / below another;
"above or below", "left or right", "higher or lower"), size (bigger / smaller, biggest / smallest) and compare
(more / fewer / the same number of kinds or colours). Every family has at least 11 wordings, every persona at
least 10.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``):
"the triangle" only when there is exactly one triangle, "the red one" (or "the red object") only when exactly one
shape is red; a square is never asked about as a rectangle, nor "the rectangle" said when there is a square, nor
"a square or a rectangle" offered; an absent colour is never one a viewer might give a present colour's shade
(``CONFUSABLE``); position words need a margin of 15% of the image side (from the middle for "on the left side",
between centres for "left of", between the first and the second shape for "highest", "leftmost" and "closest to
the top"); size words need areas differing by a factor of 1.8; counts compared must differ (or, for "the same
number", be the same or differ). A number confirmed wrongly ("Verify: exactly 3 circles present." of two) is always
more than the truth, never fewer. A question presupposing several shapes ("let's count them together", "there are
some shapes") is asked only of several. Within a template, the gold is drawn first among the golds the picture
offers, and where it offers both yes and no, the one its family has had fewer times so far is taken, so yes and no
are balanced by construction (their counts per family are printed).

Scoring: the spoken benchmark's ``normalise`` and the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical; case, punctuation and articles dropped, "grey" -> "gray", number words -> digits; shape and tone words
dropped from a colour answer, colour words from a shape answer; a gold "A|B" takes either; an answer "unknown" is
unknown; failing that, the answer read once more without the function words of a place or a group, so "on the left
side" answers "left" and "the red one" answers "red"), and one more reading for the "true or false" and "assert /
verify" questions: where the gold is "yes" or "no", an answer "true" / "false" (also "correct" / "incorrect",
"pass" / "fail") is read as "yes" / "no". Golds of the choice forms: "above or below" -> "above" / "below";
"higher or lower" -> "higher" / "lower"; "left or right" (of the frame, or of A relative to B, A named first) ->
"left" / "right"; "top or bottom" -> "top" / "bottom"; "more A or more B" -> the plural or the singular kind, or the
colour; "which one is highest (biggest ...)" -> its kind, or its colour where no other shape has that colour;
"which is smaller, A or B" -> the word that named it (or its kind, as the askers' ``either_name``).

    python examples/benchmarks/shape_scenes_personas.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_personas.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by persona and by template, the 15
worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``, every
unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import shape_scenes_spoken as spoken  # the spoken benchmark's question makers and reading of answers
from shape_bench_common import (
    article,
    new_templates,
    yn,
)
from shape_scenes_askers import PLURAL, Shape, View, colour_pairs, extreme, kind_pairs, side_answer
from shape_scenes_spoken import (
    claims,
    colour_is_kind,
    count_colour_kinds,
    frame_choice,
    frame_side,
    in_either_order,
    is_extreme,
    more_colours,
    more_kinds,
    much_bigger,
    other_kind,
    relation,
    size_yn,
    smallest,
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
    persona: str


TEMPLATES, template = new_templates()  # template(family, name, persona)
PERSONAS = ["teacher", "parent", "tester", "annotator", "accessibility", "robot", "casual"]


def noun(n: int, kind: str) -> str:
    """ "1 circle", "3 circles" (digits, as a tester writes them)."""
    return f"{n} {kind if n == 1 else PLURAL[kind]}"


def relation_choice(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str, str, str, str], str],
    offset: Callable[[Shape, Shape], float],
    words: tuple[str, str],
) -> list[tuple[str, str]]:
    """ "is A <w1> or <w2> B" (the words in either order): gold ``words[0]`` where ``offset(a, b)`` (how far A lies
    that way from B) clears the margin, ``words[1]`` where it clears it the other way."""
    out = []
    for a, b in v.pairs():
        gold, ra, rb = side_answer(offset(a, b), v.margin), v.ref(a, rng), v.ref(b, rng)
        if gold and ra and rb:
            first, second = in_either_order(rng, *words)
            out.append((say(ra[0], rb[0], first, second), words[0] if gold == "yes" else words[1]))
    return out


def kinds_choice(v: View, rng: np.random.Generator, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "are there more A or B" (plural kinds, in either order) where the counts differ: gold the plural or the
    singular of the kind there is more of."""
    out = []
    for a, b in kind_pairs(v):
        if v.kinds[a] > v.kinds[b]:
            out.append((say(*in_either_order(rng, PLURAL[a], PLURAL[b])), f"{PLURAL[a]}|{a}"))
    return out


def colours_choice(v: View, rng: np.random.Generator, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "are there more A or B ones" (colours, in either order) where the counts differ: gold the colour."""
    out = []
    for a, b in colour_pairs(v):
        if v.colours[a] > v.colours[b]:
            out.append((say(*in_either_order(rng, a, b)), a))
    return out


def same_kinds(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(say(a, b), yn(v.kinds[a] == v.kinds[b])) for a, b in kind_pairs(v)]


def same_colours(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(say(a, b), yn(v.colours[a] == v.colours[b])) for a, b in colour_pairs(v)]


def is_smallest(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    """yes / no for "the <colour> shape is the smallest", where one clearly is."""
    low = smallest(v)
    return [(say(s.colour), yn(s is low)) for s in v.unique_colours()] if low else []


def is_largest(v: View, rng: np.random.Generator, say: Callable[[str], str]) -> list[tuple[str, str]]:
    """yes / no for "<shape> is the biggest", where one clearly is; the shape named by its kind or its colour."""
    top = largest(v)
    out = []
    for s in v.shapes if top else []:
        ref = v.ref(s, rng)
        if ref:
            out.append((say(ref[0]), yn(s is top)))
    return out


def left(s: Shape, v: View) -> float:
    return v.w / 2 - s.cx


def top(s: Shape, v: View) -> float:
    return v.w / 2 - s.cy


# count


@template("count", "look carefully. how many kinds can you count?", "teacher")
def _(v, rng):
    return count_kinds(v, lambda k: f"Look carefully. How many {PLURAL[k]} can you count?")


@template("count", "count the colour shapes and write the number in the box.", "teacher")
def _(v, rng):
    return count_colours(v, lambda c: f"Count the {c} shapes and write the number in the box.")


@template("count", "how many kinds can you see, sweetie?", "parent")
def _(v, rng):
    return count_kinds(v, lambda k: f"how many {PLURAL[k]} can you see, sweetie?")


@template("count", "let's count them together! how many shapes are there?", "parent")
def _(v, rng):
    return [("let's count them together! how many shapes are there?", str(v.n))] if v.n >= 2 else []


@template("count", "verify: exactly N kinds present.", "tester")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for n, gold in claims(v.kinds[k], rng):
            out.append((f"Verify: exactly {noun(n, k)} present.", gold))
    return out


@template("count", "return the number of colour shapes in the image.", "tester")
def _(v, rng):
    return count_colours(v, lambda c: f"Return the number of {c} shapes in the image.")


@template("count", "count of objects of class kind?", "annotator")
def _(v, rng):
    return count_kinds(v, lambda k: f"Count of objects of class {k}?")


@template("count", "instance count for colour kinds:", "annotator")
def _(v, rng):
    return count_colour_kinds(v, lambda c, k: f"Instance count for {c} {PLURAL[k]}:")


@template("count", "please tell me how many shapes there are, i'm visually impaired.", "accessibility")
def _(v, rng):
    return [("Please tell me how many shapes there are, I'm visually impaired.", str(v.n))]


@template("count", "i can't see the image. how many kinds are in it?", "accessibility")
def _(v, rng):
    return count_kinds(v, lambda k: f"I can't see the image. How many {PLURAL[k]} are in it?")


@template("count", "how many kind objects are in the workspace?", "robot")
def _(v, rng):
    return count_kinds(v, lambda k: f"How many {k} objects are in the workspace?")


@template("count", "how many colour ones we got", "casual")
def _(v, rng):
    return count_colours(v, lambda c: f"how many {c} ones we got")


@template("count", "so like N shapes total?", "casual")
def _(v, rng):
    return [(f"so like {n} shapes total?", gold) for n, gold in claims(v.n, rng) if n >= 2]


# exist


@template("exist", "look at the picture. is there a kind? answer yes or no.", "teacher")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Look at the picture. Is there a {k}? Answer yes or no.")


@template("exist", "can you find a colour one, sweetie?", "parent")
def _(v, rng):
    return exist_colours(v, lambda c: f"can you find {article(c)} {c} one, sweetie?")


@template("exist", "is there a kind hiding in there?", "parent")
def _(v, rng):
    return exist_kinds(v, lambda k: f"is there a {k} hiding in there?")


@template("exist", "check whether any shape is colour (expected: yes/no).", "tester")
def _(v, rng):
    return exist_colours(v, lambda c: f"Check whether any shape is {c} (expected: yes/no).")


@template("exist", "assert that the image contains at least one kind.", "tester")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Assert that the image contains at least one {k}.")


@template("exist", "is there an instance of class kind?", "annotator")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Is there an instance of class {k}?")


@template("exist", "presence of colour kind (yes/no)?", "annotator")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Presence of {c} {k} (yes/no)?")


@template("exist", "i can't see the picture, is there a kind in it?", "accessibility")
def _(v, rng):
    return exist_kinds(v, lambda k: f"I can't see the picture, is there a {k} in it?")


@template("exist", "my screen reader can't tell me: is there anything colour in the image?", "accessibility")
def _(v, rng):
    return exist_colours(v, lambda c: f"My screen reader can't tell me: is there anything {c} in the image?")


@template("exist", "scan the workspace: is a colour kind present?", "robot")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Scan the workspace: is {article(c)} {c} {k} present?")


@template("exist", "any kinds in there?", "casual")
def _(v, rng):
    return exist_kinds(v, lambda k: f"any {PLURAL[k]} in there?")


@template("exist", "is there like a colour one or nah", "casual")
def _(v, rng):
    return exist_colours(v, lambda c: f"is there like {article(c)} {c} one or nah")


# colour


@template("colour", "look carefully. what colour is the kind?", "teacher")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Look carefully. What colour is the {k}?")


@template("colour", "true or false: the kind is colour.", "teacher")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"True or false: the {k} is {c}.")


@template("colour", "what colour is the kind, sweetie?", "parent")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"what colour is the {k}, sweetie?")


@template("colour", "ooh, is the kind colour?", "parent")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"ooh, is the {k} {c}?")


@template("colour", "assert the kind is colour.", "tester")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Assert the {k} is {c}.")


@template("colour", "label the colour of the kind.", "annotator")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Label the colour of the {k}.")


@template("colour", "colour attribute of the kind instance?", "annotator")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Colour attribute of the {k} instance?")


@template("colour", "can you describe what colour the kind is for me?", "accessibility")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Can you describe what colour the {k} is for me?")


@template("colour", "report the colour of the kind object in the camera frame.", "robot")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Report the colour of the {k} object in the camera frame.")


@template("colour", "ok so what colour's the kind", "casual")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"ok so what colour's the {k}")


@template("colour", "the kind's colour right", "casual")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"the {k}'s {c} right")


# kind


@template("kind", "true or false: the colour shape is a kind.", "teacher")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"True or false: the {c} shape is a {k}.")


@template("kind", "name the shape that is colour.", "teacher")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Name the shape that is {c}.")


@template("kind", "what shape is the colour one, can you say it?", "parent")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"what shape is the {c} one, can you say it?")


@template("kind", "is the colour one a kind? is it?", "parent")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"is the {c} one a {k}? is it?")


@template("kind", "assert the colour object is a kind.", "tester")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Assert the {c} object is a {k}.")


@template("kind", "class label of the colour object?", "annotator")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Class label of the {c} object?")


@template("kind", "assign a shape class to the colour instance: kind or kind?", "annotator")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        first, second = in_either_order(rng, s.kind, other_kind(v, s.kind, rng))
        out.append((f"Assign a shape class to the {s.colour} instance: {first} or {second}?", s.kind))
    return out


@template("kind", "i can't see the colour shape, could you tell me what shape it is?", "accessibility")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"I can't see the {c} shape, could you tell me what shape it is?")


@template("kind", "target the colour object: is it a kind?", "robot")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Target the {c} object: is it a {k}?")


@template("kind", "identify the shape of the colour object.", "robot")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Identify the shape of the {c} object.")


@template("kind", "whats the colour thing, like what shape", "casual")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"whats the {c} thing, like what shape")


# position in the frame


@template("position", "look carefully. is A on the left side of the picture?", "teacher")
def _(v, rng):
    return frame_side(
        v, rng, lambda a: f"Look carefully. Is {a} on the left side of the picture?", lambda s: left(s, v)
    )


@template("position", "circle the answer: is A at the top or at the bottom?", "teacher")
def _(v, rng):
    return frame_choice(v, rng, lambda a, x, y: f"Circle the answer: is {a} at the {x} or at the {y}?", "y")


@template("position", "where's A? is it up at the top?", "parent")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"where's {a}? is it up at the top?", lambda s: top(s, v))


@template("position", "which one is all the way over on the left, hmm?", "parent")
def _(v, rng):
    s = extreme(v, lambda s: s.cx)
    return [("which one is all the way over on the left, hmm?", which_one(v, s))] if s else []


@template("position", "assert the leftmost shape is colour.", "tester")
def _(v, rng):
    return is_extreme(v, lambda c: f"Assert the leftmost shape is {c}.", lambda s: s.cx)


@template("position", "verify: A is in the right half of the image.", "tester")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Verify: {a} is in the right half of the image.", lambda s: -left(s, v))


@template("position", "horizontal position of A: left or right?", "annotator")
def _(v, rng):
    return frame_choice(v, rng, lambda a, x, y: f"Horizontal position of {a}: {x} or {y}?", "x")


@template("position", "which object is the bottom-most one?", "annotator")
def _(v, rng):
    s = extreme(v, lambda s: -s.cy)
    return [("Which object is the bottom-most one?", which_one(v, s))] if s else []


@template("position", "i can't see it myself. is A near the bottom of the picture?", "accessibility")
def _(v, rng):
    return frame_side(
        v, rng, lambda a: f"I can't see it myself. Is {a} near the bottom of the picture?", lambda s: -top(s, v)
    )


@template("position", "which object is closest to the top of the camera frame?", "robot")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("Which object is closest to the top of the camera frame?", which_one(v, s))] if s else []


@template("position", "is A on the right side of the camera frame?", "robot")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Is {a} on the right side of the camera frame?", lambda s: -left(s, v))


@template("position", "is A kinda on the left", "casual")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"is {a} kinda on the left", lambda s: left(s, v))


# relations between two shapes


@template("relation", "circle the answer: is A above or below B?", "teacher")
def _(v, rng):
    return relation_choice(
        v,
        rng,
        lambda a, b, x, y: f"Circle the answer: is {a} {x} or {y} {b}?",
        lambda a, b: b.cy - a.cy,
        ("above", "below"),
    )


@template("relation", "look carefully. is A to the left of B?", "teacher")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Look carefully. Is {a} to the left of {b}?", lambda a, b: b.cx - a.cx)


@template("relation", "is A up higher than B, hmm?", "parent")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"is {a} up higher than {b}, hmm?", lambda a, b: b.cy - a.cy)


@template("relation", "can you see A? is it to the right of B?", "parent")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"can you see {a}? is it to the right of {b}?", lambda a, b: a.cx - b.cx)


@template("relation", "verify: A is left of B.", "tester")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Verify: {a} is left of {b}.", lambda a, b: b.cx - a.cx)


@template("relation", "assert A is below B.", "tester")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Assert {a} is below {b}.", lambda a, b: a.cy - b.cy)


@template("relation", "spatial relation between A and B: left or right?", "annotator")
def _(v, rng):
    return relation_choice(
        v,
        rng,
        lambda a, b, x, y: f"Spatial relation between {a} and {b}: {x} or {y}?",
        lambda a, b: b.cx - a.cx,
        ("left", "right"),
    )


@template("relation", "relation label: is A above B (yes/no)?", "annotator")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Relation label: is {a} above {b} (yes/no)?", lambda a, b: b.cy - a.cy)


@template("relation", "i'm blind, so could you tell me if A is to the right of B?", "accessibility")
def _(v, rng):
    return relation(
        v, rng, lambda a, b: f"I'm blind, so could you tell me if {a} is to the right of {b}?", lambda a, b: a.cx - b.cx
    )


@template("relation", "is A to the left of B in the camera frame?", "robot")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is {a} to the left of {b} in the camera frame?", lambda a, b: b.cx - a.cx)


@template("relation", "relative to B, is A higher or lower in the frame?", "robot")
def _(v, rng):
    return relation_choice(
        v,
        rng,
        lambda a, b, x, y: f"Relative to {b}, is {a} {x} or {y} in the frame?",
        lambda a, b: b.cy - a.cy,
        ("higher", "lower"),
    )


@template("relation", "so is A above B or what", "casual")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"so is {a} above {b} or what", lambda a, b: b.cy - a.cy)


# size


@template("size", "which shape is the biggest? write its name.", "teacher")
def _(v, rng):
    s = largest(v)
    return [("Which shape is the biggest? Write its name.", which_one(v, s))] if s else []


@template("size", "true or false: A is bigger than B.", "teacher")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"True or false: {a} is bigger than {b}.")


@template("size", "which one is the biggest, hmm?", "parent")
def _(v, rng):
    s = largest(v)
    return [("which one is the biggest, hmm?", which_one(v, s))] if s else []


@template("size", "where's the biggest one? what colour is it?", "parent")
def _(v, rng):
    s = largest(v)
    return [("where's the biggest one? what colour is it?", s.colour)] if s else []


@template("size", "verify that A is larger than B.", "tester")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Verify that {a} is larger than {b}.")


@template("size", "check: the smallest shape is colour (expected: yes/no).", "tester")
def _(v, rng):
    return is_smallest(v, lambda c: f"Check: the smallest shape is {c} (expected: yes/no).")


@template("size", "which instance has the larger area, A or B?", "annotator")
def _(v, rng):
    return which_of_two(v, rng, lambda x, y: f"Which instance has the larger area, {x} or {y}?", much_bigger)


@template("size", "i can't see the sizes. which is smaller, A or B?", "accessibility")
def _(v, rng):
    return which_of_two(
        v, rng, lambda x, y: f"I can't see the sizes. Which is smaller, {x} or {y}?", lambda a, b: much_bigger(b, a)
    )


@template("size", "which object occupies the most area in the workspace?", "robot")
def _(v, rng):
    s = largest(v)
    return [("Which object occupies the most area in the workspace?", which_one(v, s))] if s else []


@template("size", "A's the biggest one right", "casual")
def _(v, rng):
    return is_largest(v, rng, lambda a: f"{a}'s the biggest one right")


@template("size", "whats the tiniest one", "casual")
def _(v, rng):
    s = smallest(v)
    return [("whats the tiniest one", which_one(v, s))] if s else []


# comparing counts


@template("compare", "look carefully and count: are there fewer kinds than kinds?", "teacher")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Look carefully and count: are there fewer {a} than {b}?", fewer=True)


@template("compare", "circle the answer: are there more kinds or more kinds?", "teacher")
def _(v, rng):
    return kinds_choice(v, rng, lambda a, b: f"Circle the answer: are there more {a} or more {b}?")


@template("compare", "are there more kinds than kinds, do you think?", "parent")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"are there more {a} than {b}, do you think?")


@template("compare", "ooh, are there more colour ones or colour ones?", "parent")
def _(v, rng):
    return colours_choice(v, rng, lambda a, b: f"ooh, are there more {a} ones or {b} ones?")


@template("compare", "verify: the number of kinds equals the number of kinds.", "tester")
def _(v, rng):
    return same_kinds(v, lambda a, b: f"Verify: the number of {PLURAL[a]} equals the number of {PLURAL[b]}.")


@template("compare", "assert there are more colour shapes than colour shapes.", "tester")
def _(v, rng):
    return more_colours(v, lambda a, b: f"Assert there are more {a} shapes than {b} shapes.")


@template("compare", "is the count of class kind greater than the count of class kind?", "annotator")
def _(v, rng):
    return [
        (f"Is the count of class {a} greater than the count of class {b}?", yn(v.kinds[a] > v.kinds[b]))
        for a, b in kind_pairs(v)
    ]


@template("compare", "which class has more instances: kind or kind?", "annotator")
def _(v, rng):
    out = []
    for a, b in kind_pairs(v):
        if v.kinds[a] > v.kinds[b]:
            first, second = in_either_order(rng, a, b)
            out.append((f"Which class has more instances: {first} or {second}?", f"{a}|{PLURAL[a]}"))
    return out


@template(
    "compare",
    "since i can't see it, could you tell me if there are more colour shapes than colour ones?",
    "accessibility",
)
def _(v, rng):
    return more_colours(
        v, lambda a, b: f"Since I can't see it, could you tell me if there are more {a} shapes than {b} ones?"
    )


@template("compare", "are there fewer kind objects than kind objects in the workspace?", "robot")
def _(v, rng):
    return [
        (f"Are there fewer {a} objects than {b} objects in the workspace?", yn(v.kinds[a] < v.kinds[b]))
        for a, b in kind_pairs(v)
    ]


@template("compare", "more kinds or kinds in there", "casual")
def _(v, rng):
    return kinds_choice(v, rng, lambda a, b: f"more {a} or {b} in there")


@template("compare", "same number of colour and colour ones?", "casual")
def _(v, rng):
    return same_colours(v, lambda a, b: f"same number of {a} and {b} ones?")


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- scoring

VERDICTS = {"true": "yes", "correct": "yes", "pass": "yes", "false": "no", "incorrect": "no", "fail": "no"}
"""What a "true or false" or an "assert / verify" question may be answered with, read as the yes / no gold."""


def normalise(said: str, gold: str) -> str:
    """The answer in the gold's terms (the spoken benchmark's ``normalise``); of a yes / no gold, "true" / "false"
    (and "correct" / "incorrect", "pass" / "fail") read as "yes" / "no"."""
    if gold in ("yes", "no"):
        words = re.findall(r"[a-z]+", said.lower())
        if len(words) == 1 and words[0] in VERDICTS:
            return VERDICTS[words[0]]
    return spoken.normalise(said, gold)


# ----------------------------------------------------------------------------------------------------- run


pick_questions = spoken.question_picker(TEMPLATES, Item)


def main() -> None:
    wording = spoken.Wording(TEMPLATES, PERSONAS, pick_questions, "persona", "By persona (who is asking):", width=22)
    asking = replace(wording, columns="family / persona / wording", template_width=110, normalise=normalise)
    spoken.run_wording(__doc__, replace(asking, group_of=lambda item: item.persona))


if __name__ == "__main__":
    main()
