"""How nsvr copes with questions about flat shape drawings typed the way people type in a chat box.

Written blind: the question templates were written without reading nsvr's parser, grammar, normaliser, tests or
tools, so they measure how far the embedded parser reaches into hurried, misspelt, abbreviated and non-native
wording it was not shown, not how well it answers its own phrasings. The images, the ground truth, the rules that
make a question unambiguous and the scoring are those of ``shape_scenes_askers.py`` (copied here, 1-5 shapes instead
of 1-4); only the wording differs. Nothing here was tuned to nsvr's answers after the first run (saved beside this
script as ``shape_scenes_typos_first_run.txt``).

Images (numpy + PIL, seeded): 64x64 or 128x128 (``--size``), a plain light background with a slight tint and mild
noise, 1-5 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon, hexagon, star) in saturated
fills (red, green, blue, yellow, orange, purple, black, gray), no outlines, drawn at 4x and downsampled, never
overlapping (a gap of at least 4 px between their boxes) and never cut by the border. Squares and rectangles are
axis-aligned; a rectangle's sides differ by a factor of at least 1.6. The ground truth of every shape (kind,
colour, box, centre and area, from its own antialiased mask) is kept exactly.

Questions: 69 templates in 10 families, named by what is wrong with the wording, each family asking a mix of
counts, existence, colours, shapes, attributes, relations, sizes and comparisons (``asks``):
  control     the same questions typed with care (the baseline of the others);
  spelling    one or two words misspelt ("teh", "blu", "trinagle", "cirlce", "sqaure", "purpel", "yelow",
              "grean", "mnay", "tehre"), listed misspellings or a seeded typo;
  shorthand   texting forms ("how many shapes r there", "wats", "wot", "whats", "hw many", "u see", "pls", "thx");
  case        all capitals, title case, no punctuation, "???", "?!", a space before the question mark;
  nonnative   learner's grammar ("how much circles there is", "which color have the square", "the triangle is
              what color", "there is red shape?", "is triangle red?", "it is more big than");
  terse       a few words ("circle color?", "triangles?", "count red", "red or blue triangle", "biggest shape?");
  politeness  greetings, thanks and preambles ("hey can you tell me what colour the square is thanks", "quick
              question: is there a square", "sorry to bother you, but ...", "good morning :)");
  dialect     British and American spellings (colour / color, grey / gray, colored, "left-hand side");
  filler      "um", "uh", "er", "like", a word typed twice ("what what colour", "is there there");
  mixed       two or three of these at once ("WAT COLOUR IS TEH CIRLCE", "hey how much sqaures there is in pic").
Typos are deterministic from the seed: a word is given one of its listed misspellings (``TYPOS``) or, if it has 5
letters or more, two neighbouring inner letters swapped or an inner letter doubled (from 7 letters, one dropped);
the first and last letters stay, a typo that makes another English word of the questions ("there" -> "three") is
refused, and words of 4 letters or fewer change only to their listed common forms ("teh", "blu", "r", "u").

A question is only generated when the ground truth answers it unambiguously, by askers' rules: "the triangle" only
when there is exactly one triangle ("the red one" only when exactly one shape is red); position words only with a
margin of at least 15% of the image side (from the middle for "on the left-hand side", between centres for "left
of" and "above"); size comparisons and "biggest" only when the areas differ by a factor of at least 1.8; an absent
colour is never one a viewer might give a present colour's shade (``CONFUSABLE``); a square is never asked about
as a rectangle, and "the rectangle" is never said when there is a square; "grey" is never offered of a black shape.
Two terse forms can be read two ways, and either reading is scored right: "triangles?" (gold "yes" or the count,
"no" or "0") and "biggest shape?" (its kind or its colour).

Scoring (askers' ``normalise`` and the shared ``lenient`` outcome): golds are lower-case canonical ("yes", "no",
digits, a colour, a shape); the answer's case and end punctuation are dropped, "grey" -> "gray", "violet" ->
"purple", "disc"/"disk" -> "circle", number words -> digits ("none"/"zero" -> "0"), and articles dropped; where the
gold is a colour, shape words and a tone ("dark blue") are dropped too; where the gold is a shape, colour and tone
words are dropped; a gold "A|B" takes either.

    python examples/benchmarks/shape_scenes_typos.py                      # 150 images, 8 questions each
    python examples/benchmarks/shape_scenes_typos.py --size 64 --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by what is asked and by template,
then (with ``--show-failures``) every wrong, planning-error and unknown answer grouped by outcome and family.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import shape_scenes_askers as askers  # the sibling's pictures (the same generator, up to five shapes here) and scoring
from shape_bench_common import CONFUSABLE, NUMBER_WORDS, cap, lenient, new_templates, pick_items, print_shares, yn
from shape_scenes_askers import ALL_KINDS, COLOURS, PLURAL, SIZE_RATIO, Scene, Shape, View, normalise, side_answer


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    asks: str


TEMPLATES, template = new_templates()  # template(family, name, asks): the error family, what it asks about


def pick(rng: np.random.Generator, options: list[str]) -> str:
    return options[int(rng.integers(len(options)))]


# ------------------------------------------------------------------------------------------- how people mistype

TYPOS: dict[str, list[str]] = {
    "the": ["teh"],
    "blue": ["blu"],
    "circle": ["cirlce", "circel", "cricle"],
    "circles": ["cirlces", "circels"],
    "square": ["sqaure", "squre"],
    "squares": ["sqaures", "squres"],
    "triangle": ["trinagle", "traingle", "triangel"],
    "triangles": ["trinagles", "traingles"],
    "rectangle": ["rectangel", "retangle", "rectange"],
    "rectangles": ["rectangels", "retangles"],
    "pentagon": ["pentagn", "pentgon"],
    "hexagon": ["hexagn", "hexgon"],
    "purple": ["purpel", "purpal"],
    "yellow": ["yelow", "yellw"],
    "green": ["grean", "gren"],
    "orange": ["ornage", "orenge"],
    "black": ["balck", "blak"],
    "colour": ["colur", "coulour"],
    "color": ["colr", "coler"],
    "shape": ["shpae", "sahpe"],
    "shapes": ["shpaes", "sahpes"],
    "there": ["ther", "tehre"],
    "many": ["mnay", "meny"],
    "which": ["wich", "whihc"],
    "picture": ["pictrue", "picutre"],
    "bigger": ["biger", "bigegr"],
    "smaller": ["smaler", "samller"],
    "above": ["abvoe", "abve"],
    "below": ["belwo", "bellow"],
}
"""Misspellings people make of the words the questions use (the only corruptions of words of 4 letters or fewer)."""

REAL = (
    set(COLOURS)
    | set(ALL_KINDS)
    | set(PLURAL.values())
    | set(NUMBER_WORDS)
    | {"three", "their", "where", "were", "here", "back", "sharp", "share", "shaped", "taller", "bellow"}
)
"""Words a random typo must not make: another word of the questions, or an English word read for another
("there" -> "three"). "bellow" is kept as the listed misspelling of "below" only."""


def typo(word: str, rng: np.random.Generator) -> str:
    """``word`` (lower case) misspelt the way a hurried typist does: a listed misspelling, or, for a word of 5
    letters or more, two neighbouring inner letters swapped or an inner letter doubled (or, from 7 letters, one
    dropped, never the second); the first and the last letter stay, so that a reader still sees the word."""
    forms = TYPOS.get(word, [])
    if forms and (len(word) < 5 or rng.random() < 0.6):
        return pick(rng, forms)
    if len(word) < 5 or not word.isalpha():
        return word
    for _ in range(20):
        ops = ["swap", "double", "drop"] if len(word) >= 7 else ["swap", "double"]
        op = pick(rng, ops)
        i = int(rng.integers(2 if op == "drop" else 1, len(word) - 2))
        if op == "swap":
            new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif op == "double":
            new = word[:i] + word[i] + word[i:]
        else:
            new = word[:i] + word[i + 1 :]
        if new != word and new not in REAL:
            return new
    return word


def typeable(core: str) -> bool:
    return core in TYPOS or (core.isalpha() and len(core) >= 5)


def garble(text: str, rng: np.random.Generator, n: int = 1, only: set[str] | None = None) -> str:
    """``text`` with ``n`` of its words (of ``only``, if given) misspelt by :func:`typo`; a capital stays."""
    words = text.split(" ")
    spots = []
    for i, w in enumerate(words):
        core = w.rstrip("?.,!:;").lower()
        if typeable(core) and (only is None or core in only):
            spots.append(i)
    for i in [spots[j] for j in rng.permutation(len(spots))[:n]]:
        w = words[i]
        core = w.rstrip("?.,!:;")
        new = typo(core.lower(), rng)
        if core[0].isupper():
            new = cap(new)
        words[i] = new + w[len(core) :]
    return " ".join(words)


def title(text: str) -> str:
    return " ".join(cap(w) for w in text.split(" "))


def brit(colour: str) -> str:
    return "grey" if colour == "gray" else colour


# ------------------------------------------------------------------------------------------- what is asked
# Each builder walks the ground truth and says every question it can ask unambiguously through ``say``.


def count_all(v: View, say: Callable[[], str]) -> list[tuple[str, str]]:
    return [(say(), str(v.n))]


def count_kinds(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    return [(say(k), str(v.kinds[k])) for k in v.askable_kinds()]


def count_colours(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    return [(say(c), str(v.colours[c])) for c in v.askable_colours()]


def exist_kinds(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    return [(say(k), yn(v.kinds[k] > 0)) for k in v.askable_kinds()]


def exist_colours(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    return [(say(c), yn(v.colours[c] > 0)) for c in v.askable_colours()]


def exist_colour_kinds(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    out = []
    for k in v.askable_kinds():
        for c in v.askable_colours():
            if v.kinds[k] or v.colours[c]:
                out.append((say(c, k), yn(any(s.kind == k and s.colour == c for s in v.shapes))))
    return out


def colour_of_kind(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    return [(say(s.kind), s.colour) for s in v.unique_kinds()]


def kind_of_colour(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    return [(say(s.colour), s.kind) for s in v.unique_colours()]


def kind_is_colour(v: View, rng: np.random.Generator, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    out = []
    for s in v.unique_kinds():
        out.append((say(s.kind, s.colour), "yes"))
        out.append((say(s.kind, v.other_colour(s.colour, rng)), "no"))
    return out


def relation(
    v: View, rng: np.random.Generator, say: Callable[[str, str], str], offset: Callable[[Shape, Shape], float]
) -> list[tuple[str, str]]:
    """yes / no for "is A <rel> B" where ``offset(a, b)`` is how far A lies that way from B (centres); A and B
    named by their kind or their colour, whichever names each alone."""
    out = []
    for a, b in v.pairs():
        gold = side_answer(offset(a, b), v.margin)
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if gold and ra and rb:
            out.append((say(ra[0], rb[0]), gold))
    return out


def bigger(v: View, say: Callable[[str, str], str], larger: bool = True) -> list[tuple[str, str]]:
    """yes / no for "is the A bigger (smaller) than the B", A and B named by their kind."""
    out = []
    for a, b in v.pairs():
        ratio = a.area / b.area
        if v.kind_ref(a) and v.kind_ref(b) and (ratio >= SIZE_RATIO or ratio <= 1 / SIZE_RATIO):
            out.append((say(a.kind, b.kind), yn((ratio > 1) == larger)))
    return out


def more_kinds(v: View, say: Callable[[str, str], str]) -> list[tuple[str, str]]:
    kinds = v.askable_kinds()
    return [
        (say(PLURAL[a], PLURAL[b]), yn(v.kinds[a] > v.kinds[b]))
        for a in kinds
        for b in kinds
        if a != b and (v.kinds[a] or v.kinds[b])
    ]


def on_left(v: View, say: Callable[[str], str]) -> list[tuple[str, str]]:
    out = []
    for s in v.unique_kinds():
        gold = side_answer(v.w / 2 - s.cx, v.margin)
        if gold:
            out.append((say(s.kind), gold))
    return out


def largest(v: View) -> Shape | None:
    ranked = sorted(v.shapes, key=lambda s: -s.area)
    return ranked[0] if v.n >= 2 and ranked[0].area / ranked[1].area >= SIZE_RATIO else None


# control: the same questions as people type them when they type with care


@template("control", "how many shapes are there?", "count")
def _(v, rng):
    return count_all(v, lambda: "How many shapes are there?")


@template("control", "what colour is the kind?", "colour")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"What colour is the {k}?")


@template("control", "is there a colour kind?", "exist")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"Is there a {c} {k}?")


@template("control", "what shape is the colour one?", "shape")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"What shape is the {c} one?")


@template("control", "is the A bigger than the B?", "size")
def _(v, rng):
    return bigger(v, lambda a, b: f"Is the {a} bigger than the {b}?")


# spelling: one or two words misspelt, the rest written with care


@template("spelling", "how many shapes are there (1-2 typos)", "count")
def _(v, rng):
    return count_all(v, lambda: garble("How many shapes are there?", rng, int(rng.integers(1, 3))))


@template("spelling", "what colour is teh kind~", "colour")
def _(v, rng):
    return colour_of_kind(v, lambda k: garble(f"What colour is the {k}?", rng, 2, {"the", k, "colour"}))


@template("spelling", "is there a colour~ kind", "exist")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: garble(f"Is there a {c} {k}?", rng, 1, {c, k}))


@template("spelling", "what shape is the colour~ one", "shape")
def _(v, rng):
    return kind_of_colour(v, lambda c: garble(f"What shape is the {c} one?", rng, int(rng.integers(1, 3))))


@template("spelling", "is the kind~ colour~", "attribute")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: garble(f"Is the {k} {c}?", rng, 2, {k, c}))


@template("spelling", "are there more kinds~ than kinds~", "compare")
def _(v, rng):
    return more_kinds(v, lambda a, b: garble(f"Are there more {a} than {b}?", rng, 1, {a, b}))


@template("spelling", "is A~ left of B~", "relation")
def _(v, rng):
    return relation(v, rng, lambda a, b: garble(f"Is {a} left of {b}?", rng, 2), lambda a, b: b.cx - a.cx)


# shorthand: texting spellings ("r", "u", "pls", "wat", "hw")


@template("shorthand", "how many shapes r there", "count")
def _(v, rng):
    return count_all(v, lambda: "how many shapes r there")


@template("shorthand", "wats / wot / whats the colour of the kind", "colour")
def _(v, rng):
    forms = [
        "wats the colour of the {k}",
        "wot colour is the {k}",
        "whats the color of the {k}",
        "wat color is the {k}",
    ]
    return colour_of_kind(v, lambda k: pick(rng, forms).format(k=k))


@template("shorthand", "hw many kinds r there", "count")
def _(v, rng):
    return count_kinds(v, lambda k: f"hw many {PLURAL[k]} r there")


@template("shorthand", "r there any colour shapes", "exist")
def _(v, rng):
    return exist_colours(v, lambda c: f"r there any {c} shapes")


@template("shorthand", "can u tell me what shape the colour one is pls", "shape")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"can u tell me what shape the {c} one is pls")


@template("shorthand", "u see a kind in the pic?", "exist")
def _(v, rng):
    return exist_kinds(v, lambda k: f"u see a {k} in the pic?")


@template("shorthand", "is A above B? thx", "relation")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"is {a} above {b}? thx", lambda a, b: b.cy - a.cy)


# case and punctuation: all capitals, none, title case, no question mark, several


@template("case", "WHAT COLOR IS THE KIND", "colour")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"WHAT COLOR IS THE {k.upper()}")


@template("case", "HOW MANY SHAPES ARE THERE", "count")
def _(v, rng):
    return count_all(v, lambda: "HOW MANY SHAPES ARE THERE")


@template("case", "is there a colour kind (no punctuation)", "exist")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"is there a {c} {k}")


@template("case", "what shape is the colour one???", "shape")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"what shape is the {c} one???")


@template("case", "Is The Kind Colour", "attribute")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Is The {cap(k)} {cap(c)}")


@template("case", "how many COLOUR shapes are there?!", "count")
def _(v, rng):
    return count_colours(v, lambda c: f"how many {c.upper()} shapes are there?!")


@template("case", "IS THE A BIGGER THAN THE B", "size")
def _(v, rng):
    return bigger(v, lambda a, b: f"IS THE {a.upper()} BIGGER THAN THE {b.upper()}")


# non-native grammar: word order, agreement, articles, "how much" for "how many"


@template("nonnative", "how much kinds there is", "count")
def _(v, rng):
    return count_kinds(v, lambda k: f"how much {PLURAL[k]} there is")


@template("nonnative", "which color have the kind", "colour")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"which color have the {k}")


@template("nonnative", "the kind is what color", "colour")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"the {k} is what color")


@template("nonnative", "there is colour shape?", "exist")
def _(v, rng):
    return exist_colours(v, lambda c: f"there is {c} shape?")


@template("nonnative", "what is shape of colour one?", "shape")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"what is shape of {c} one?")


@template("nonnative", "is kind colour?", "attribute")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"is {k} {c}?")


@template("nonnative", "the A, it is more big than B?", "size")
def _(v, rng):
    return bigger(v, lambda a, b: f"the {a}, it is more big than {b}?")


@template("nonnative", "there are more kinds than kinds?", "compare")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"there are more {a} than {b}?")


# terse: a few words, no verb


@template("terse", "kind color?", "colour")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"{k} {pick(rng, ['color', 'colour'])}?")


@template("terse", "kinds? (yes or how many)", "exist")
def _(v, rng):
    return [(f"{PLURAL[k]}?", f"yes|{v.kinds[k]}" if v.kinds[k] else "no|0") for k in v.askable_kinds()]


@template("terse", "count colour", "count")
def _(v, rng):
    return count_colours(v, lambda c: f"count {c}")


@template("terse", "colour or colour kind", "colour")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        pair = [s.colour, v.other_colour(s.colour, rng)]
        if rng.random() < 0.5:
            pair.reverse()
        out.append((f"{pair[0]} or {pair[1]} {s.kind}", s.colour))
    return out


@template("terse", "# of kinds?", "count")
def _(v, rng):
    return count_kinds(v, lambda k: f"# of {PLURAL[k]}?")


@template("terse", "colour kind?", "exist")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"{c} {k}?")


@template("terse", "A left of B?", "relation")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        gold = side_answer(b.cx - a.cx, v.margin)
        if gold and v.kind_ref(a) and v.kind_ref(b):
            out.append((f"{a.kind} left of {b.kind}?", gold))
    return out


@template("terse", "biggest shape?", "size")
def _(v, rng):
    s = largest(v)
    return [("biggest shape?", f"{s.kind}|{s.colour}")] if s else []


# politeness and noise: greetings, thanks, preambles around the question


@template("politeness", "hey can you tell me what colour the kind is thanks", "colour")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"hey can you tell me what colour the {k} is thanks")


@template("politeness", "quick question: is there a kind", "exist")
def _(v, rng):
    return exist_kinds(v, lambda k: f"quick question: is there a {k}")


@template("politeness", "Hi! I was wondering how many kinds there are ... Thank you so much!", "count")
def _(v, rng):
    return count_kinds(
        v, lambda k: f"Hi! I was wondering how many {PLURAL[k]} there are in this picture. Thank you so much!"
    )


@template("politeness", "sorry to bother you, but what shape is the colour one?", "shape")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"sorry to bother you, but what shape is the {c} one?")


@template("politeness", "hello, could you please let me know whether the kind is colour? cheers", "attribute")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"hello, could you please let me know whether the {k} is {c}? cheers")


@template("politeness", "Just curious - are there more kinds than kinds? thanks in advance", "compare")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"Just curious - are there more {a} than {b}? thanks in advance")


@template("politeness", "good morning :) is A above B?", "relation")
def _(v, rng):
    return relation(v, rng, lambda a, b: f"good morning :) is {a} above {b}?", lambda a, b: b.cy - a.cy)


# British and American spellings: colour / color, grey / gray, left-hand side


@template("dialect", "how many grey shapes are there?", "count")
def _(v, rng):
    return [("How many grey shapes are there?", str(v.colours["gray"]))] if "gray" in v.askable_colours() else []


@template("dialect", "is the kind grey / gray?", "attribute")
def _(v, rng):
    if "gray" not in v.askable_colours():
        return []
    return [
        (f"Is the {s.kind} {pick(rng, ['grey', 'gray'])}?", yn(s.colour == "gray"))
        for s in v.unique_kinds()
        if s.colour not in CONFUSABLE["gray"]
    ]


@template("dialect", "is the kind colored colour", "attribute")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"Is the {k} colored {c}?")


@template("dialect", "is the kind on the left-hand side?", "position")
def _(v, rng):
    return on_left(v, lambda k: f"Is the {k} on the left-hand side?")


@template("dialect", "is the kind grey or colour?", "colour")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        if s.colour in CONFUSABLE["gray"]:
            continue  # "is the black square grey or ...?": a viewer may call it either
        other = v.other_colour(s.colour, rng) if s.colour == "gray" else "gray"
        pair = [s.colour, other] if rng.random() < 0.5 else [other, s.colour]
        out.append((f"Is the {s.kind} {brit(pair[0])} or {brit(pair[1])}?", s.colour))
    return out


@template("dialect", "are there fewer colour shapes than grey ones?", "compare")
def _(v, rng):
    colours = v.askable_colours()
    if "gray" not in colours:
        return []
    return [
        (f"Are there fewer {c} shapes than grey ones?", yn(v.colours[c] < v.colours["gray"]))
        for c in colours
        if c != "gray" and (v.colours[c] or v.colours["gray"])
    ]


# filler and doubled words: "um", "uh", "like", a word typed twice


@template("filler", "um how many uh kinds", "count")
def _(v, rng):
    return count_kinds(v, lambda k: f"um how many uh {PLURAL[k]}")


@template("filler", "what what colour is the kind", "colour")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"what what colour is the {k}")


@template("filler", "is there there a colour shape", "exist")
def _(v, rng):
    return exist_colours(v, lambda c: f"is there there a {c} shape")


@template("filler", "how many like colour shapes are there", "count")
def _(v, rng):
    return count_colours(v, lambda c: f"how many like {c} shapes are there")


@template("filler", "so um what shape is the the colour one", "shape")
def _(v, rng):
    return kind_of_colour(v, lambda c: f"so um what shape is the the {c} one")


@template("filler", "er is the kind uh colour?", "attribute")
def _(v, rng):
    return kind_is_colour(v, rng, lambda k, c: f"er is the {k} uh {c}?")


# mixed: two or three kinds of error in one question


@template("mixed", "hw many shapes~ r ther", "count")
def _(v, rng):
    return count_all(v, lambda: f"hw many {typo('shapes', rng)} r ther")


@template("mixed", "WAT COLOUR IS TEH KIND~", "colour")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"WAT COLOUR IS TEH {typo(k, rng).upper()}")


@template("mixed", "um teh kind is what colour pls", "colour")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"um teh {k} is what colour pls")


@template("mixed", "there is colour~ kind? thx", "exist")
def _(v, rng):
    return exist_colour_kinds(v, lambda c, k: f"there is {typo(c, rng)} {k}? thx")


@template("mixed", "hey how much kinds~ there is in pic", "count")
def _(v, rng):
    return count_kinds(v, lambda k: f"hey how much {typo(PLURAL[k], rng)} there is in pic")


@template("mixed", "is teh A biger than teh B", "size")
def _(v, rng):
    return bigger(v, lambda a, b: f"is teh {a} biger than teh {b}")


@template("mixed", "r there more kinds than kinds lol", "compare")
def _(v, rng):
    return more_kinds(v, lambda a, b: f"r there more {a} than {b} lol")


@template("mixed", "Which Colour Is The Kind~", "colour")
def _(v, rng):
    return colour_of_kind(v, lambda k: f"Which Colour Is The {cap(typo(k, rng))}")


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))
ASKS = list(dict.fromkeys(asks for _, _, asks, _ in TEMPLATES))


def pick_questions(
    scene: Scene, kinds: list[str], per_image: int, used: Counter, rng: np.random.Generator
) -> list[Item]:
    """The sibling's pick of ``per_image`` questions (see ``pick_items``), from this benchmark's templates."""
    return pick_items(View(scene, kinds), TEMPLATES, per_image, used, rng, Item)


# ----------------------------------------------------------------------------------------------------- run
# (scored by the sibling's ``normalise``)


def main() -> None:
    args = askers.arguments(__doc__)
    kinds, scenes = askers.make_scenes(
        args, lambda index, kinds, rng: askers.make_scene(index, args.size, kinds, rng, most=5), pick_questions
    )
    askers.print_header(args, kinds, scenes, TEMPLATES, FAMILIES)
    shares, shown = askers.ask_items(
        args,
        scenes,
        lambda scene, item: ["all", item.family, f"asks {item.asks}", f"{item.family} / {item.template}"],
        lenient(normalise),
    )
    print("By family (the kind of error in the wording):")
    families = {k: v for k, v in shares.items() if k in FAMILIES}
    print_shares(families | {"all": shares["all"]}, 12)
    print("\nBy what is asked:")
    print_shares({k: v for k, v in shares.items() if k.startswith("asks ")}, 16)
    print("\nBy template:")
    print_shares({k: v for k, v in shares.items() if " / " in k}, 72)
    if args.show_failures:
        askers.print_failures_by_family(shown, scenes, FAMILIES)


if __name__ == "__main__":
    main()
