"""How nsvr copes with questions about flat shape drawings in the prompt formats of VLM benchmarks and their users.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, tests or any benchmark other than ``shape_scenes_askers.py`` (whose pictures, ground truth,
rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared machinery),
``shape_scenes_spoken.py`` (the sibling blind wording benchmark whose command line, output, yes / no balancing and
scoring this runs through, and whose question makers, with those it imports from ``shape_scenes_typos.py``, are
reused by import) and ``shape_scenes_personas.py`` (the sibling whose structure this copies). They were fixed before
the first run (saved beside this script as ``shape_scenes_prompts_first_run.txt``; a run on 5 images before it only
checked that the script runs) and not tuned to nsvr's answers afterwards, so they measure how far nsvr reaches into
the prompt formats of public VLM benchmarks and of people's evaluation scripts, not its own phrasings.

Images: the askers' generator, unchanged (``askers.make_scene``): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, 1-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon,
hexagon, star) in eight saturated fills, never overlapping, never cut by the border; the truth of every shape
(kind, colour, box, centre, area) is exact.

Questions: 94 templates, each labelled with one style and one family. Styles:
  instruct  a question and a single-answer instruction, as VQAv2 / GQA / POPE runs of LLaVA-style models append
            one: "How many circles are there? Answer with a single number.", "What colour is the square? Answer
            with one word.", "...?\nAnswer the question using a single word or phrase.", "Please answer yes or
            no.", "Respond with only 'yes' or 'no'.";
  choices   multiple choice: lettered options on their own lines and "Answer with the option's letter from the
            given choices directly." (SEED-Bench, LLaVA), MMBench's "Question: ...\nOptions:\nA. ...\nPlease
            select the correct answer from the options above.", inline "(A) 2 (B) 3 (C) 4" or "(a) ... (b) ..."
            with no instruction, unlettered "Options: gray, orange, green.";
  chat      a chat or completion template around the question: "Question: ... Answer:", "Q: ... A:", "USER:
            <image>\n... ASSISTANT:", "<image>\n...", "[INST] <image>\n... [/INST]", ChatML's
            "<|im_start|>user\n<image>\n...<|im_end|>\n<|im_start|>assistant\n";
  grounded  a phrase pointing at the picture first: "Based on the image, ...", "According to the picture, ...",
            "Looking at the image, ...", "In this image, ...", "From the figure provided, ...";
  pope      POPE-style hallucination probes, always yes / no and "in the image": "Is there a triangle in the
            image?", "Is there a red object in the image?", "Is the triangle in the image blue?", "Are there two
            circles in the image?", "Is the biggest object in the image a square?";
  format    a request on the answer's form, where the answer stays one value: "Reply in JSON with key 'answer'.",
            "Output only the number.", "Output only yes or no.", "Give your answer in lowercase.", "Think step by
            step, then give the final answer.", "Respond with just the colour name and nothing else.", "Respond
            with a single lowercase word, no punctuation.";
  system    a system-prompt-like preamble before the question: "You are a helpful assistant. Look at the image and
            answer: ...", "System: You are a vision-language assistant. ...\nUser: ...", Llama 2's "<<SYS>>\n...
            \n<</SYS>>\n\n...", "You are an AI visual assistant, and you are seeing a single image. ...", "You are
            an expert in geometry. Examine the picture carefully. ...", "Instruction: Carefully examine the image
            and answer the question.\nQuestion: ...".
Families (what is asked) as the spoken benchmark's: count (how many, all / of a colour / of a kind / both;
confirming an exact number), exist (is there a kind / colour / coloured kind), colour (of the one shape of a kind;
is it a colour), kind (the shape of the one shape of a colour; is it a kind), position (in the frame: left / right
side, top / bottom, highest, lowest, leftmost, rightmost), relation (one shape left of / right of / above / below
another; "above or below"), size (bigger / smaller, biggest / smallest) and compare (more / fewer / the same number
of kinds or colours). Every family has at least 11 wordings, every style at least 10.

A question is only generated when the ground truth answers it unambiguously, by the askers' rules (its ``View``):
"the triangle" only when there is exactly one triangle, "the red one" (or "the red object") only when exactly one
shape is red; a square is never asked about as a rectangle, nor "the rectangle" said when there is a square, nor "a
square or a rectangle" offered; an absent colour is never one a viewer might give a present colour's shade
(``CONFUSABLE``); position words need a margin of 15% of the image side (from the middle for "on the left side",
between centres for "left of", between the first and the second shape for "highest", "leftmost" and "closest to the
top"); size words need areas differing by a factor of 1.8; counts compared must differ (or, for "the same number",
be the same or differ). A number confirmed wrongly ("Are there three circles in the image?" of two) is always more
than the truth, never fewer. Multiple choice: the options hold the right answer exactly once; the others are values
wrong for the picture by the same rules: colours other than the right one and not confusable with it, kinds other
than the right one (never the square beside a rectangle, nor the other way round), numbers other than the count (a
run of consecutive numbers from 0 up holding it), the other side or the other shape; yes / no options in either
order. Within a template, the gold is drawn first among the golds the picture offers, and where it offers both yes
and no, the one its family has had fewer times so far is taken, so yes and no are balanced by construction (their
counts per family are printed; a lettered yes / no gold counts as its yes or no).

Scoring: the spoken benchmark's ``normalise`` and the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical; case, punctuation and articles dropped, "grey" -> "gray", number words -> digits; shape and tone words
dropped from a colour answer, colour words from a shape answer; a gold "A|B" takes either; an answer "unknown" is
unknown; failing that, the answer read once more without the function words of a place or a group, so "on the left
side" answers "left" and "the red one" answers "red"), after the answer is unwrapped of the forms an answer to a
format request may take: a JSON object's "answer" value (``{"answer": "red"}`` is "red"), a ``\\boxed{...}``, and a
lead "Answer:", "Final answer:" or "The answer is". A lettered multiple-choice gold is one gold,
"letter:<x>=<option>" ("letter:b=red"; where the option names a shape by its colour, its kind too, as the askers'
``either_name``: "letter:a=red;circle"): right is the right option's letter alone, in either case, bare or as "(B)",
"[B]", "B.", "B)" or "B:"; that letter labelling the right option ("B. red", "(B) red"); or, with no letter, the
option's text ("red", "the red one"). Any other letter is wrong, whatever follows it ("A. red"), and so is any other
option's text. Letters are read before the shared ``normalise``, which drops articles and so would make "A" or "a"
vanish. Golds of the choice forms: "where is A: left or right" -> "left" / "right" ("above" / "below"); "which is
more common, circles or triangles" -> the plural or the singular kind; "more red shapes or blue shapes" -> the
colour; "which shape is highest (biggest ...)" -> its kind, or its colour where no other shape has that colour
(lettered: its kind); "which is smaller, A or B" -> the word that named it (or its kind, as the askers'
``either_name``).

    python examples/benchmarks/shape_scenes_prompts.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_prompts.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by style and by template, the 15
worst templates with one failure each, then every wrong answer and planning error (with ``--show-failures``, every
unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
import shape_scenes_spoken as spoken  # the spoken benchmark's question makers and reading of answers
from shape_bench_common import CONFUSABLE, article, new_templates, yn
from shape_scenes_askers import (
    COLOURS,
    PLURAL,
    Shape,
    View,
    colour_pairs,
    either_name,
    extreme,
    kind_pairs,
    side_answer,
)
from shape_scenes_spoken import (
    claims,
    colour_is_kind,
    count_colour_kinds,
    frame_side,
    in_either_order,
    is_extreme,
    more_colours,
    more_kinds,
    much_bigger,
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
    style: str


TEMPLATES, template = new_templates()  # template(family, name, style)
STYLES = ["instruct", "choices", "chat", "grounded", "pope", "format", "system"]
LETTERS = "ABCDEFGH"

LETTER_TAIL = "Answer with the option's letter from the given choices directly."
ONE_WORD = "Answer the question using a single word or phrase."
HELPFUL = "You are a helpful assistant. Look at the image and answer:"
JSON_KEY = "Reply in JSON with key 'answer'."
STEPS = "Think step by step, then give the final answer."


# ----------------------------------------------------------------------------------------------- the options


def left(s: Shape, v: View) -> float:
    return v.w / 2 - s.cx


def top(s: Shape, v: View) -> float:
    return v.w / 2 - s.cy


def colour_pool(colour: str) -> list[str]:
    """Colours offered beside ``colour``: any other that no viewer would give its shade (``CONFUSABLE``)."""
    return [c for c in COLOURS if c != colour and c not in CONFUSABLE.get(colour, set())]


def kind_pool(v: View, kind: str) -> list[str]:
    """Kinds offered beside ``kind``: any other drawn kind, never the square beside a rectangle or the other way."""
    return [k for k in v.active if k != kind and {k, kind} != {"square", "rectangle"}]


def choose(rng: np.random.Generator, right: str, pool: Sequence[str], n: int) -> tuple[list[str], int]:
    """``n`` options (fewer where the pool is short): ``right`` once and others drawn from ``pool``, shuffled; and
    where ``right`` is among them."""
    others = [pool[i] for i in rng.permutation(len(pool))[: n - 1]]
    options = [*others, right]
    order = [int(i) for i in rng.permutation(len(options))]
    options = [options[i] for i in order]
    return options, options.index(right)


def numbers(rng: np.random.Generator, n: int, size: int, low: int) -> tuple[list[str], int]:
    """``size`` consecutive numbers from ``low`` at least, holding the true count ``n`` at a random place."""
    start = max(low, n - int(rng.integers(size)))
    options = [str(i) for i in range(start, start + size)]
    return options, options.index(str(n))


def yes_no(rng: np.random.Generator, gold: str, capital: bool = False) -> tuple[list[str], int]:
    """The options yes and no in either order, and where the ``gold`` is."""
    options = list(in_either_order(rng, "yes", "no"))
    where = options.index(gold)
    return ([o.capitalize() for o in options] if capital else options), where


def lettered(options: Sequence[str], right: int, name: str | None = None, also: str | None = None) -> str:
    """The gold of a lettered choice, "letter:<x>=<option>": the right option's letter, or its text (``name``, where
    the option says more, such as "the red shape" for "red"; or any of ``also``, "red|circle", the askers'
    ``either_name``), kept in one gold so that a wrong letter before the right text is wrong (see :func:`normalise`)."""
    text = (name or options[right]).lower()
    names = (also or text).split("|")
    return f"letter:{LETTERS[right].lower()}=" + ";".join(dict.fromkeys([text, *names]))


def on_lines(stem: str, options: Sequence[str], tail: str = LETTER_TAIL, sep: str = ". ") -> str:
    """ "<stem>\\nA. red\\nB. blue\\n<tail>" (the LLaVA / SEED-Bench multiple-choice prompt)."""
    body = "\n".join(f"{LETTERS[i]}{sep}{o}" for i, o in enumerate(options))
    return f"{stem}\n{body}" + (f"\n{tail}" if tail else "")


def inline(stem: str, options: Sequence[str], lower: bool = False) -> str:
    """ "<stem> (A) 2 (B) 3 (C) 4" (or "(a) ...")."""
    letters = LETTERS.lower() if lower else LETTERS
    return stem + " " + " ".join(f"({letters[i]}) {o}" for i, o in enumerate(options))


def with_yes_no(
    found: list[tuple[str, str]], rng: np.random.Generator, say: Callable[[str, list[str]], str], capital: bool = False
) -> list[tuple[str, str]]:
    """Yes / no questions (``found``) offered as lettered yes / no options, ``say(question, options)``."""
    out = []
    for text, gold in found:
        options, right = yes_no(rng, gold, capital)
        out.append((say(text, options), lettered(options, right)))
    return out


def frame_options(
    v: View, rng: np.random.Generator, say: Callable[[str, list[str]], str], axis: str
) -> list[tuple[str, str]]:
    """ "where is <shape>" with the options "left" and "right" ("top" and "bottom" on the ``axis`` "y"), in either
    order: gold the side it is on, by the margin from the middle."""
    out = []
    for s in v.shapes:
        ref = v.ref(s, rng)
        gold = side_answer(left(s, v) if axis == "x" else top(s, v), v.margin)
        if gold and ref:
            first, second = ("left", "right") if axis == "x" else ("top", "bottom")
            side = first if gold == "yes" else second
            options = list(in_either_order(rng, first, second))
            out.append((say(ref[0], options), lettered(options, options.index(side))))
    return out


def relation_options(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str, str, list[str]], str],
    offset: Callable[[Shape, Shape], float],
    words: tuple[str, str],
) -> list[tuple[str, str]]:
    """ "where is A relative to B" with the options ``words`` in either order: gold ``words[0]`` where ``offset(a,
    b)`` (how far A lies that way from B) clears the margin, ``words[1]`` where it clears it the other way."""
    out = []
    for a, b in v.pairs():
        gold, ra, rb = side_answer(offset(a, b), v.margin), v.ref(a, rng), v.ref(b, rng)
        if gold and ra and rb:
            right = words[0] if gold == "yes" else words[1]
            options = list(in_either_order(rng, *words))
            out.append((say(ra[0], rb[0], options), lettered(options, options.index(right))))
    return out


def extreme_options(
    v: View, rng: np.random.Generator, say: Callable[[list[str]], str], key: Callable[[Shape], float]
) -> list[tuple[str, str]]:
    """ "which shape is furthest that way" (``key`` least, clearly) with three kinds offered: gold its kind."""
    s = extreme(v, key)
    if not s:
        return []
    options, right = choose(rng, s.kind, kind_pool(v, s.kind), 3)
    return [(say(options), lettered(options, right))]


def bigger_options(
    v: View, rng: np.random.Generator, say: Callable[[list[str]], str], lead: Callable[[Shape, Shape], bool]
) -> list[tuple[str, str]]:
    """ "which is <so>" with the options A and B (named by kind or colour) where ``lead(a, b)`` says A clearly is:
    gold A's letter, or the word that named it (or its kind, ``either_name``)."""
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if ra and rb and ra[1] != rb[1] and lead(a, b):
            options = list(in_either_order(rng, ra[0], rb[0]))
            gold = lettered(options, options.index(ra[0]), ra[1], either_name(a, b, ra[1]))
            out.append((say(options), gold))
    return out


def kinds_choice(v: View, rng: np.random.Generator, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """ "which is more common, A or B" (plural kinds, in either order) where the counts differ: gold the plural or
    the singular of the kind there is more of."""
    out = []
    for a, b in kind_pairs(v):
        if v.kinds[a] > v.kinds[b]:
            out.append((say(*in_either_order(rng, PLURAL[a], PLURAL[b])), f"{PLURAL[a]}|{a}"))
    return out


def same_kinds(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(say(PLURAL[a], PLURAL[b]), yn(v.kinds[a] == v.kinds[b])) for a, b in kind_pairs(v)]


def fewer_colours(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    return [(say(a, b), yn(v.colours[a] < v.colours[b])) for a, b in colour_pairs(v)]


def largest_is_kind(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    """yes / no for "is the biggest shape a <kind>", where one clearly is biggest (never a square asked about as a
    rectangle)."""
    s = largest(v)
    if not s:
        return []
    return [(say(k), yn(k == s.kind)) for k in v.active if not (k == "rectangle" and s.kind == "square")]


def count_claims(v: View, rng: np.random.Generator, say: Callable[[int, str], str]) -> list[tuple[str, str]]:
    """yes / no for "are there N <kinds>", N the true count or more (``claims``)."""
    return [(say(n, k), gold) for k in v.askable_kinds() for n, gold in claims(v.kinds[k], rng)]


def spelled(n: int, kind: str) -> str:
    """ "Is there one circle" / "Are there two circles" (the verb, the number word and the noun agreeing)."""
    return f"{'Is' if n == 1 else 'Are'} there {spoken.WORDS[n]} {kind if n == 1 else PLURAL[kind]}"


# count


@template("count", "how many kinds are there? answer with a single number.", "instruct")
def _(v, rng):
    return count_kinds(v, lambda k: f"How many {PLURAL[k]} are there? Answer with a single number.")


@template("count", "how many shapes are in the image?\\nanswer the question using a single word or phrase.", "instruct")
def _(v, rng):
    return [(f"How many shapes are in the image?\n{ONE_WORD}", str(v.n))]


@template("count", "how many colour shapes are there?\\na. n\\nb. n\\nc. n\\nd. n\\nanswer with the letter", "choices")
def _(v, rng):
    out = []
    for c in v.askable_colours():
        options, right = numbers(rng, v.colours[c], 4, 0)
        out.append((on_lines(f"How many {c} shapes are there?", options), lettered(options, right)))
    return out


@template("count", "how many kinds are in the image? (a) n (b) n (c) n", "choices")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        options, right = numbers(rng, v.kinds[k], 3, 0)
        out.append((inline(f"How many {PLURAL[k]} are in the image?", options), lettered(options, right)))
    return out


@template("count", "question: how many shapes are there in the image? answer:", "chat")
def _(v, rng):
    return [("Question: How many shapes are there in the image? Answer:", str(v.n))]


@template("count", "user: <image>\\nhow many colour objects are there? assistant:", "chat")
def _(v, rng):
    return count_colours(v, lambda c: f"USER: <image>\nHow many {c} objects are there? ASSISTANT:")


@template("count", "based on the image, how many kinds are there?", "grounded")
def _(v, rng):
    return count_kinds(v, lambda k: f"Based on the image, how many {PLURAL[k]} are there?")


@template("count", "in this image, how many colour kinds can be seen?", "grounded")
def _(v, rng):
    return count_colour_kinds(v, lambda c, k: f"In this image, how many {c} {PLURAL[k]} can be seen?")


@template("count", "are there N kinds in the image?", "pope")
def _(v, rng):
    return count_claims(v, rng, lambda n, k: f"{spelled(n, k)} in the image?")


@template("count", "how many shapes are there in the image? output only the number.", "format")
def _(v, rng):
    return [("How many shapes are there in the image? Output only the number.", str(v.n))]


@template("count", "count the colour shapes. reply in json with key 'answer'.", "format")
def _(v, rng):
    return count_colours(v, lambda c: f"Count the {c} shapes. {JSON_KEY}")


@template("count", "you are a helpful assistant. look at the image and answer: how many kinds are there?", "system")
def _(v, rng):
    return count_kinds(v, lambda k: f"{HELPFUL} how many {PLURAL[k]} are there?")


# exist


@template("exist", "is there a kind in the image? please answer yes or no.", "instruct")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Is there a {k} in the image? Please answer yes or no.")


@template("exist", "is there a colour shape? respond with only 'yes' or 'no'.", "instruct")
def _(v, rng):
    return exist_colours(v, lambda c: f"Is there {article(c)} {c} shape? Respond with only 'yes' or 'no'.")


@template("exist", "is there a colour kind in the picture?\\na. yes\\nb. no\\nanswer with the letter", "choices")
def _(v, rng):
    found = exist_colour_kinds(v, lambda c, k: f"Is there {article(c)} {c} {k} in the picture?")
    return with_yes_no(found, rng, on_lines, capital=True)


@template("exist", "q: is there a kind? a:", "chat")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Q: Is there a {k}? A:")


@template("exist", "<image>\\nis there any colour object in this image?", "chat")
def _(v, rng):
    return exist_colours(v, lambda c: f"<image>\nIs there any {c} object in this image?")


@template("exist", "looking at the image, can you see a colour kind?", "grounded")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Looking at the image, can you see {article(c)} {c} {k}?")


@template("exist", "is there a kind in the image?", "pope")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Is there a {k} in the image?")


@template("exist", "is there a colour object in the image?", "pope")
def _(v, rng):
    return exist_colours(v, lambda c: f"Is there {article(c)} {c} object in the image?")


@template("exist", "is there a colour kind in the image?", "pope")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Is there {article(c)} {c} {k} in the image?")


@template("exist", "does the image contain a kind? give your answer in lowercase.", "format")
def _(v, rng):
    return exist_kinds(v, lambda k: f"Does the image contain a {k}? Give your answer in lowercase.")


@template("exist", "is there a colour shape? think step by step, then give the final answer.", "format")
def _(v, rng):
    return exist_colours(v, lambda c: f"Is there {article(c)} {c} shape? {STEPS}")


@template("exist", "system: you are a vision-language assistant. ...\\nuser: is there a kind in the picture?", "system")
def _(v, rng):
    return exist_kinds(
        v,
        lambda k: (
            "System: You are a vision-language assistant. Answer the user's question about the image "
            f"concisely.\nUser: Is there a {k} in the picture?"
        ),
    )


# colour


@template("colour", "what colour is the kind? answer with one word.", "instruct")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"What colour is the {k}? Answer with one word.")


@template("colour", "what is the color of the kind?\\nanswer the question using a single word or phrase.", "instruct")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"What is the color of the {k}?\n{ONE_WORD}")


@template("colour", "what colour is the kind?\\na. c\\nb. c\\nc. c\\nd. c\\nanswer with the letter", "choices")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        options, right = choose(rng, s.colour, colour_pool(s.colour), 4)
        out.append((on_lines(f"What colour is the {s.kind}?", options), lettered(options, right)))
    return out


@template("colour", "what color is the kind? options: c, c, c.", "choices")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        options, _ = choose(rng, s.colour, colour_pool(s.colour), 3)
        out.append((f"What color is the {s.kind}? Options: {', '.join(options)}.", s.colour))
    return out


@template("colour", "user: <image>\\nwhat is the colour of the kind? assistant:", "chat")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"USER: <image>\nWhat is the colour of the {k}? ASSISTANT:")


@template("colour", "question: is the kind colour? answer:", "chat")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Question: Is the {k} {c}? Answer:")


@template("colour", "according to the picture, what colour is the kind?", "grounded")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"According to the picture, what colour is the {k}?")


@template("colour", "from the figure provided, is the kind colour?", "grounded")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"From the figure provided, is the {k} {c}?")


@template("colour", "is the kind in the image colour?", "pope")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Is the {k} in the image {c}?")


@template("colour", "what colour is the kind? give your answer in lowercase.", "format")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"What colour is the {k}? Give your answer in lowercase.")


@template("colour", "what color is the kind? respond with just the colour name and nothing else.", "format")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"What color is the {k}? Respond with just the colour name and nothing else.")


@template("colour", "you are a helpful assistant. look at the image and answer: what colour is the kind?", "system")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"{HELPFUL} what colour is the {k}?")


# kind


@template("kind", "what shape is the colour object? answer with one word.", "instruct")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"What shape is the {c} object? Answer with one word.")


@template("kind", "is the colour shape a kind? please answer yes or no.", "instruct")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Is the {c} shape a {k}? Please answer yes or no.")


@template(
    "kind",
    "question: what shape is the colour object?\\noptions:\\na. k ... c. k\\nplease select the answer",
    "choices",
)
def _(v, rng):
    out = []
    for s in v.unique_colours():
        options, right = choose(rng, s.kind, kind_pool(v, s.kind), 3)
        text = on_lines(
            f"Question: What shape is the {s.colour} object?\nOptions:",
            options,
            "Please select the correct answer from the options above.",
        )
        out.append((text, lettered(options, right)))
    return out


@template("kind", "which shape is colour? (a) k (b) k (c) k", "choices")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        options, right = choose(rng, s.kind, kind_pool(v, s.kind), 3)
        out.append((inline(f"Which shape is {s.colour}?", options, lower=True), lettered(options, right)))
    return out


@template("kind", "q: what kind of shape is the colour one? a:", "chat")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Q: What kind of shape is the {c} one? A:")


@template("kind", "<|im_start|>user\\n<image>\\nwhat is the shape of the colour object?<|im_end|>...", "chat")
def _(v, rng):
    return kind_of_colour(
        v,
        lambda c: f"<|im_start|>user\n<image>\nWhat is the shape of the {c} object?<|im_end|>\n<|im_start|>assistant\n",
    )


@template("kind", "based on the image, what shape is the colour thing?", "grounded")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Based on the image, what shape is the {c} thing?")


@template("kind", "in this image, is the colour object a kind?", "grounded")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"In this image, is the {c} object a {k}?")


@template("kind", "is the colour object in the image a kind?", "pope")
def _(v, rng):
    return colour_is_kind(v, lambda c, k: f"Is the {c} object in the image a {k}?")


@template(
    "kind", "name the shape of the colour object. respond with a single lowercase word, no punctuation.", "format"
)
def _(v, rng):
    return kind_of_colour(
        v, lambda c: f"Name the shape of the {c} object. Respond with a single lowercase word, no punctuation."
    )


@template("kind", "identify the shape of the colour object. think step by step, then give the final answer.", "format")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"Identify the shape of the {c} object. {STEPS}")


@template(
    "kind", "you are an expert in geometry. examine the picture carefully. what shape is the colour object?", "system"
)
def _(v, rng):
    return kind_of_colour(
        v, lambda c: f"You are an expert in geometry. Examine the picture carefully. What shape is the {c} object?"
    )


# position in the frame


@template("position", "is A on the left side of the image? please answer yes or no.", "instruct")
def _(v, rng):
    return frame_side(
        v, rng, lambda a: f"Is {a} on the left side of the image? Please answer yes or no.", lambda s: left(s, v)
    )


@template("position", "which shape is the leftmost? answer with one word.", "instruct")
def _(v, rng):
    s = extreme(v, lambda s: s.cx)
    return [("Which shape is the leftmost? Answer with one word.", which_one(v, s))] if s else []


@template("position", "where is A in the image?\\na. left\\nb. right\\nanswer with the letter", "choices")
def _(v, rng):
    return frame_options(v, rng, lambda a, options: on_lines(f"Where is {a} in the image?", options), "x")


@template("position", "which shape is closest to the top of the image? (a) k (b) k (c) k", "choices")
def _(v, rng):
    return extreme_options(
        v, rng, lambda options: inline("Which shape is closest to the top of the image?", options), lambda s: s.cy
    )


@template("position", "question: is A in the upper half of the image? answer:", "chat")
def _(v, rng):
    return frame_side(
        v, rng, lambda a: f"Question: Is {a} in the upper half of the image? Answer:", lambda s: top(s, v)
    )


@template("position", "user: <image>\\nwhich object is at the bottom? assistant:", "chat")
def _(v, rng):
    s = extreme(v, lambda s: -s.cy)
    return [("USER: <image>\nWhich object is at the bottom? ASSISTANT:", which_one(v, s))] if s else []


@template("position", "looking at the image, is A on the right side?", "grounded")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Looking at the image, is {a} on the right side?", lambda s: -left(s, v))


@template("position", "from the figure provided, what colour is the shape furthest to the right?", "grounded")
def _(v, rng):
    s = extreme(v, lambda s: -s.cx)
    return [("From the figure provided, what colour is the shape furthest to the right?", s.colour)] if s else []


@template("position", "is A in the left part of the image?", "pope")
def _(v, rng):
    return frame_side(v, rng, lambda a: f"Is {a} in the left part of the image?", lambda s: left(s, v))


@template("position", "is A near the top of the image? output only yes or no.", "format")
def _(v, rng):
    return frame_side(
        v, rng, lambda a: f"Is {a} near the top of the image? Output only yes or no.", lambda s: top(s, v)
    )


@template("position", "you are a helpful assistant. look at the image and answer: which shape is highest?", "system")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [(f"{HELPFUL} which shape is highest?", which_one(v, s))] if s else []


@template(
    "position",
    "<<sys>> you are a helpful, respectful and honest assistant. <</sys>> is the colour shape the lowest one?",
    "system",
)
def _(v, rng):
    return is_extreme(
        v,
        lambda c: (
            "<<SYS>>\nYou are a helpful, respectful and honest assistant.\n<</SYS>>\n\n"
            f"Is the {c} shape the lowest one in the image?"
        ),
        lambda s: -s.cy,
    )


# relations between two shapes


@template("relation", "is A to the left of B? please answer yes or no.", "instruct")
def _(v, rng):
    return relation(
        v, rng, lambda a, b: f"Is {a} to the left of {b}? Please answer yes or no.", lambda a, b: b.cx - a.cx
    )


@template("relation", "is A above B? respond with only 'yes' or 'no'.", "instruct")
def _(v, rng):
    return relation(
        v, rng, lambda a, b: f"Is {a} above {b}? Respond with only 'yes' or 'no'.", lambda a, b: b.cy - a.cy
    )


@template("relation", "where is A relative to B?\\na. above\\nb. below\\nanswer with the letter", "choices")
def _(v, rng):
    return relation_options(
        v,
        rng,
        lambda a, b, options: on_lines(f"Where is {a} relative to {b}?", options),
        lambda a, b: b.cy - a.cy,
        ("above", "below"),
    )


@template("relation", "is A left of B? (a) yes (b) no", "choices")
def _(v, rng):
    found = relation(v, rng, lambda a, b: f"Is {a} left of {b}?", lambda a, b: b.cx - a.cx)
    return with_yes_no(found, rng, inline)


@template("relation", "q: is A below B? a:", "chat")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Q: Is {a} below {b}? A:", lambda a, b: a.cy - b.cy)


@template("relation", "<image>\\nis A to the right of B?", "chat")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"<image>\nIs {a} to the right of {b}?", lambda a, b: a.cx - b.cx)


@template("relation", "based on the image, is A above B?", "grounded")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Based on the image, is {a} above {b}?", lambda a, b: b.cy - a.cy)


@template("relation", "according to the picture, is A to the right of B?", "grounded")
def _(v, rng):
    return relation(
        v, rng, lambda a, b: f"According to the picture, is {a} to the right of {b}?", lambda a, b: a.cx - b.cx
    )


@template("relation", "is A to the left of B in the image?", "pope")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is {a} to the left of {b} in the image?", lambda a, b: b.cx - a.cx)


@template("relation", "is A below B? think step by step, then give the final answer.", "format")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"Is {a} below {b}? {STEPS}", lambda a, b: a.cy - b.cy)


@template("relation", "you are a helpful assistant. look at the image and answer: is A higher than B?", "system")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"{HELPFUL} is {a} higher than {b}?", lambda a, b: b.cy - a.cy)


# size


@template("size", "which shape is the largest? answer with one word.", "instruct")
def _(v, rng):
    s = largest(v)
    return [("Which shape is the largest? Answer with one word.", which_one(v, s))] if s else []


@template("size", "is A bigger than B? please answer yes or no.", "instruct")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Is {a} bigger than {b}? Please answer yes or no.")


@template("size", "which object is bigger?\\na. A\\nb. B\\nanswer with the letter", "choices")
def _(v, rng):
    return bigger_options(v, rng, lambda options: on_lines("Which object is bigger?", options), much_bigger)


@template("size", "what colour is the smallest shape? (a) c (b) c (c) c (d) c", "choices")
def _(v, rng):
    s = smallest(v)
    if not s:
        return []
    options, right = choose(rng, s.colour, colour_pool(s.colour), 4)
    return [(inline("What colour is the smallest shape?", options), lettered(options, right))]


@template("size", "question: is A smaller than B? answer:", "chat")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"Question: Is {a} smaller than {b}? Answer:", bigger=False)


@template("size", "[inst] <image>\\nwhat is the biggest object in the image? [/inst]", "chat")
def _(v, rng):
    s = largest(v)
    return [("[INST] <image>\nWhat is the biggest object in the image? [/INST]", which_one(v, s))] if s else []


@template("size", "looking at the image, which is smaller, A or B?", "grounded")
def _(v, rng):
    return which_of_two(
        v, rng, lambda x, y: f"Looking at the image, which is smaller, {x} or {y}?", lambda a, b: much_bigger(b, a)
    )


@template("size", "in this image, is A larger than B?", "grounded")
def _(v, rng):
    return size_yn(v, rng, lambda a, b: f"In this image, is {a} larger than {b}?")


@template("size", "is the biggest object in the image a kind?", "pope")
def _(v, rng):
    return largest_is_kind(v, lambda k: f"Is the biggest object in the image a {k}?")


@template("size", "what colour is the biggest shape? reply in json with key 'answer'.", "format")
def _(v, rng):
    s = largest(v)
    return [(f"What colour is the biggest shape? {JSON_KEY}", s.colour)] if s else []


@template(
    "size",
    "you are an ai visual assistant, and you are seeing a single image. ... which shape is the smallest?",
    "system",
)
def _(v, rng):
    s = smallest(v)
    preamble = (
        "You are an AI visual assistant, and you are seeing a single image. Answer all questions as you are "
        "seeing the image."
    )
    return [(f"{preamble} Which shape is the smallest?", which_one(v, s))] if s else []


# comparing counts


@template("compare", "are there more kinds than kinds? please answer yes or no.", "instruct")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Are there more {a} than {b}? Please answer yes or no.")


@template("compare", "which is more common in the image, kinds or kinds? answer with one word.", "instruct")
def _(v, rng):
    return kinds_choice(v, rng, lambda a, b: f"Which is more common in the image, {a} or {b}? Answer with one word.")


@template("compare", "are there more colour shapes or colour shapes?\\na. c\\nb. c\\nanswer with the letter", "choices")
def _(v, rng):
    out = []
    for a, b in colour_pairs(v):
        if v.colours[a] > v.colours[b]:
            options = list(in_either_order(rng, a, b))
            text = on_lines(f"Are there more {options[0]} shapes or {options[1]} shapes?", options)
            out.append((text, lettered(options, options.index(a))))
    return out


@template("compare", "are there fewer kinds than kinds? (a) yes (b) no", "choices")
def _(v, rng):
    found = more_kinds(v, lambda a, b: f"Are there fewer {a} than {b}?", fewer=True)
    return with_yes_no(found, rng, inline)


@template("compare", "q: is the number of kinds equal to the number of kinds? a:", "chat")
def _(v, rng):
    return same_kinds(v, lambda a, b: f"Q: Is the number of {a} equal to the number of {b}? A:")


@template("compare", "<image>\\nare there more colour objects than colour objects?", "chat")
def _(v, rng):
    return more_colours(v, lambda a, b: f"<image>\nAre there more {a} objects than {b} objects?")


@template("compare", "based on the image, are there fewer colour shapes than colour shapes?", "grounded")
def _(v, rng):
    return fewer_colours(v, lambda a, b: f"Based on the image, are there fewer {a} shapes than {b} shapes?")


@template("compare", "from the figure provided, are there as many kinds as kinds?", "grounded")
def _(v, rng):
    return same_kinds(v, lambda a, b: f"From the figure provided, are there as many {a} as {b}?")


@template("compare", "are there more kinds than kinds in the image?", "pope")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Are there more {a} than {b} in the image?")


@template("compare", "are there more kinds than kinds? give your answer in lowercase.", "format")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Are there more {a} than {b}? Give your answer in lowercase.")


@template(
    "compare",
    "you are a helpful assistant. look at the image and answer: are there more colour shapes than colour shapes?",
    "system",
)
def _(v, rng):
    return more_colours(v, lambda a, b: f"{HELPFUL} are there more {a} shapes than {b} shapes?")


@template(
    "compare",
    "instruction: carefully examine the image and answer the question.\\nquestion: are there fewer kinds than kinds?",
    "system",
)
def _(v, rng):
    return more_kinds(
        v,
        lambda a, b: (
            "Instruction: Carefully examine the image and answer the question.\n"
            f"Question: Are there fewer {a} than {b}?"
        ),
        fewer=True,
    )


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- scoring

BARE_LETTER = re.compile(r"[(\[]?([a-h])[)\]]?")
"""An answer that is an option's letter alone: "b", "(B)", "[B]" (an end full stop dropped first)."""
LABELLED = re.compile(r"(?:\(([a-h])\)|\[([a-h])\]|([a-h])[.:)])\s*(.+)", re.S)
"""An answer that is an option's letter and its text: "(B) red", "B. red", "B) red", "B: red"."""
JSON_ANSWER = re.compile(r"\{\s*[\"']answer[\"']\s*:\s*[\"']?(.*?)[\"']?\s*\}", re.S | re.I)
BOXED_ANSWER = re.compile(r"\$?\\boxed\{([^{}]*)\}\$?")
LEAD = re.compile(r"(?:the\s+)?(?:final\s+)?answer\s*(?:is\s*)?[:\-]?\s*", re.I)


def unwrap(said: str) -> str:
    """The answer without the wrapping a format request asks for: a JSON object's "answer" value, a \\boxed{...},
    and a lead "Answer:", "Final answer:" or "The answer is"."""
    text = said.strip()
    found = JSON_ANSWER.fullmatch(text)
    if found:
        text = found[1].strip()
    found = BOXED_ANSWER.fullmatch(text)
    if found:
        text = found[1].strip()
    lead = LEAD.match(text)
    if lead and lead.end() < len(text):
        text = text[lead.end() :]
    return text


def names_option(text: str, names: list[str]) -> bool:
    """Whether ``text`` says one of ``names`` (the spoken benchmark's ``normalise``)."""
    return any(spoken.normalise(text, name) == name for name in names)


def normalise(said: str, gold: str) -> str:
    """The answer in the gold's terms. Of a lettered gold "letter:<x>=<option>;<option>...", the gold where the
    unwrapped answer (see :func:`unwrap`) is the letter alone (any case, bare, "(x)" or "[x]"), the letter labelling
    the right option ("x. red", "(x) red", "x) red", "x: red") or, with no letter, the option's text; a wrong letter
    is wrong whatever follows it. Of any other gold, the spoken benchmark's ``normalise`` of the unwrapped answer."""
    text = unwrap(said)
    if not gold.startswith("letter:"):
        return spoken.normalise(text, gold)
    letter, options = gold[len("letter:") :].split("=", 1)
    names = options.split(";")
    answer = text.strip().lower().rstrip(".!:").strip()
    bare, labelled = BARE_LETTER.fullmatch(answer), LABELLED.fullmatch(answer)
    if bare:
        right = bare[1] == letter
    elif labelled:
        right = next(g for g in labelled.groups()[:3] if g) == letter and names_option(labelled[4], names)
    else:
        right = names_option(text, names)
    return gold if right else said


def polarity(gold: str) -> str:
    """A gold read as yes or no for the balance: a lettered yes / no gold ("letter:a=yes") by its option."""
    return gold.split("=", 1)[1].split(";")[0] if gold.startswith("letter:") else gold


# ----------------------------------------------------------------------------------------------------- run


pick_questions = spoken.question_picker(TEMPLATES, Item, polarity)


def main() -> None:
    wording = spoken.Wording(TEMPLATES, STYLES, pick_questions, "style", "By style (how it is formatted):", width=14)
    asking = replace(wording, template_width=None, polarity=polarity, normalise=normalise)
    spoken.run_wording(__doc__, asking)


if __name__ == "__main__":
    main()
