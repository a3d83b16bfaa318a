"""How nsvr copes with questions about flat shape drawings that pick one shape out by a chain of descriptions.

Written blind: the question templates, their golds and the scoring were written without reading nsvr's parser,
perception, scene graph, executor, tests or any benchmark other than these: ``shape_bench_common.py`` (shared
machinery: ``pick_items``, the scoring and the tables), ``shape_scenes_askers.py`` (whose picture generator,
ground truth, ``View``, rules of unambiguity and scoring are reused by import), ``shape_scenes_rephrased.py`` (the
most recent sibling, whose layout, command line, output, yes / no balancing and scoring this copies) and the files
it imports, ``shape_scenes_spoken.py`` (its question picker, ``other_kind``, ``Wording`` and ``run_wording`` are
reused), ``shape_scenes_personas.py`` (its ``normalise`` is reused) and ``shape_scenes_typos.py`` (read for its
machinery only). No wording was taken from them. The templates were checked only for crashes, on a few pictures
against their own ground truth, before the first run (saved beside this script as
``shape_scenes_compose_first_run.txt``, against a frozen snapshot of nsvr) and not changed after it. This is a
HELD-OUT set: nsvr's answers to it were not looked at while it was written.

Style: compositional descriptions, as careful people write when they must pick out one shape among several without
pointing: a shape identified through a chain of one or two relations and attributes ("the circle to the left of
the blue square", "the red thing that sits under the triangle", "the shape above the circle that is left of the
square"), relative clauses stacked or reduced, possessives and of-phrases, counts restricted by a relation to a
described shape, attribute questions and yes / no checks about such a shape, comparisons of two described shapes,
and "the other" / "the remaining" / "the rest" once one shape is set apart. Each template carries one tag, the
construction that does the picking out:
  relative    a full relative clause: "What colour is the circle that is to the left of the blue square?", "Which
              colour does the square which lies above the red one have?", "What colour is the triangle whose
              nearest neighbour is the yellow circle?";
  reduced     a reduced relative or a bare prepositional phrase: "What color is the circle left of the triangle?",
              "Is the one closest to the gray square red?", "How many squares are under the red circle?";
  stacked     clauses stacked or conjoined: "What colour is the shape that is above the square that is blue?", "What
              shape is the thing that is red and that is below the circle?", "What is the number of circles that are
              both to the left of the square and above the red one?";
  possessive  "What colour is the blue square's nearest neighbour?", "Is the red one's nearest neighbour to its
              left?", "What is the lowest circle's colour?";
  of-phrase   "What is the colour of the shape beneath the triangle?", "What is the colour of the bigger of the two
              squares?", "What colour is the nearest neighbour of the circle left of the square?";
  fronted     the shape set up first, then asked about: "Look at the square above the red one. What colour is it?",
              "Take the shape right of the circle: is it a triangle?", "Find the circle under the square. What
              colour is the shape to the left of it?";
  set-apart   "the other", "the remaining", "the rest": "There are two circles. One of them is to the left of the
              square; what colour is the other?", "Apart from the red one, are the remaining shapes all circles?",
              "Leave out the triangle: which of the remaining shapes is the biggest?".
Families (what is asked): colour (of a described shape), kind (the shape of a described one), check (yes / no: is
it a colour, a kind), relation (where a described shape stands: "Is the circle left of the square also above the
triangle?", "Is the shape nearest to the red one above or below it?", "On which side of the picture is the square
higher up than the circle, the left or the right?"), count (how many, restricted by a relation or a size to a
named or described shape), compare (two shapes, at least one described: the same colour, the same shape, which is
bigger or smaller, is it bigger), other (one shape set apart, then the other, the remaining or the rest asked about)
and chain (two hops: "What colour is the thing under the circle closest to the blue square?", "Start at the red
one, go to the circle above it, then to the shape to the right of that one. What colour is the shape you end up on?").
90 templates, 10 to 12 in each family.

Images: the askers' drawing (``askers.place`` and ``askers.paint``, unchanged) with 3 to 6 shapes (the askers draw
1-4): 128x128 (or 64x64, ``--size``), a light tinted background with mild noise, flat shapes (circle, square,
rectangle, triangle; ``--more`` adds pentagon, hexagon, star) in eight saturated fills, never overlapping, never cut
by the border; the truth of every shape (kind, colour, box, centre, area) is exact.

Unambiguity: a question is only generated when the whole chain gives one clear answer from the exact truth. A shape
is named plainly ("the square", "the red one", "the red square") only when it is the only one so named; "the <head>
<relation> <anchor>" only when the head (a kind, a colour, both, or any shape) has at least two shapes besides the
anchor, exactly one of them stands so to the anchor and every other clearly does not. Left / right / above / below
are read between centres: clearly so at a margin of 15% of the image side, clearly not where the centre lies at
least 2% of the side the other way; "nearest" / "farthest" only where the centre distances differ by a factor of at
least 1.5 and the gaps between the boxes order the same way; "bigger" / "smaller" only where the areas differ by a
factor of at least 2 (counting "bigger than X", a shape with at most 0.9 of the area is clearly not);
"leftmost" (highest ...) of a group only where the first leads the second by the margin; "on the left side", "in the
top half" of the picture by the margin from the middle. A count needs every shape it could count to be clearly in
or out. A chain's inner head has two shapes at least, so "the shape above the circle left of the square" cannot be
read as "(the shape above the circle) left of the square". The askers' rules hold too: a square is never called a
rectangle, "rectangle" is not said where a square is drawn, a square is never weighed against a rectangle as "the
same shape" or offered against it; a colour checked wrongly is never one a viewer might give the true colour's
shade (``CONFUSABLE``). A colour or a kind is never asked of a description that already says it. Within a template
the gold is drawn first among the golds the picture offers, and where it offers both yes and no, the one its family
has had fewer times so far is taken, so yes and no are balanced by construction (their counts per family are
printed).

Scoring: the personas benchmark's ``normalise`` with the shared ``lenient_or_unknown`` outcome, as the rephrased
benchmark (golds lower-case canonical; case, punctuation and articles dropped, "grey" -> "gray", number words ->
digits; shape and tone words dropped from a colour answer, colour words from a shape answer; a gold "A|B" takes
either; an answer "unknown" is unknown; failing that, the answer read once more without the function words of a
place or a group, so "on the left side" answers "left"; a one-word "true" / "false" answers yes / no). Golds of the
choice forms: "above or below" -> "above" / "below", "to the left or to the right" and "further left or further
right" and "the left or the right" -> "left" / "right"; "which is bigger (smaller), A or B" -> the kind of the
right one where the other's kind differs, its colour where the other's colour differs ("triangle|red"); "which of
the remaining shapes is the biggest" -> its kind or its colour where no other remaining shape shares it.

    python examples/benchmarks/shape_scenes_compose.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_compose.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by tag (construction) and by
template, the 15 worst templates with one failure each, then every wrong answer and planning error (with
``--show-failures``, every unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shape_scenes_askers as askers  # the pictures, their ground truth and the rules of unambiguity
import shape_scenes_personas as personas  # the personas benchmark's reading of answers
import shape_scenes_spoken as spoken  # the spoken benchmark's question picker and run
from shape_bench_common import cap, new_templates, pick_items, yn
from shape_scenes_askers import PLURAL, Scene, Shape, View, side_answer


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    tag: str


TEMPLATES, template = new_templates()  # template(family, name, tag)
TAGS = ["relative", "reduced", "stacked", "possessive", "of-phrase", "fronted", "set-apart"]

FEWEST, MOST = 3, 6  # shapes in a picture
CLEAR_NOT = 0.02  # of the image side: a centre at least this far the other way is clearly not that way
NEAR_FACTOR = 1.5  # "nearest" / "farthest": the distances differ by this factor at least
SIZE_FACTOR = 2.0  # "bigger" / "smaller": the areas differ by this factor at least
NOT_BIGGER = 0.9  # a shape with at most this share of another's area is clearly not bigger than it

OFFSETS: dict[str, Callable[[Shape, Shape], float]] = {
    "left": lambda a, b: b.cx - a.cx,
    "right": lambda a, b: a.cx - b.cx,
    "above": lambda a, b: b.cy - a.cy,
    "below": lambda a, b: a.cy - b.cy,
}
"""How far A's centre lies that way from B's."""
SIDES = tuple(OFFSETS)
NEAR = ("nearest", "farthest")
RELS = SIDES + NEAR

# how a relation is said, by the wording of a template
R_TO = {
    "left": "to the left of", "right": "to the right of", "above": "above", "below": "below",
    "nearest": "nearest to", "farthest": "farthest from",
}  # fmt: skip
R_SHORT = {
    "left": "left of", "right": "right of", "above": "above", "below": "under",
    "nearest": "closest to", "farthest": "furthest from",
}  # fmt: skip
R_SIT = {
    "left": "to the left of", "right": "to the right of", "above": "higher up than", "below": "lower down than",
    "nearest": "closest to", "farthest": "furthest away from",
}  # fmt: skip
R_OVER = {
    "left": "on the left of", "right": "on the right of", "above": "over", "below": "beneath",
    "nearest": "nearest", "farthest": "farthest away from",
}  # fmt: skip
FRAME = {
    "left": "on the left side",
    "right": "on the right side",
    "above": "in the top half",
    "below": "in the bottom half",
}


def make_scene(index: int, side: int, kinds: list[str], rng: np.random.Generator) -> Scene:
    """The askers' picture with 3 to 6 shapes (``askers.place`` and ``askers.paint``, unchanged)."""
    count = int(rng.integers(FEWEST, MOST + 1))
    return askers.paint(index, side, askers.place(side, count, kinds, rng), list(askers.COLOURS), rng)


def distance(a: Shape, b: Shape) -> float:
    return math.hypot(a.cx - b.cx, a.cy - b.cy)


def box_gap(a: Shape, b: Shape) -> float:
    dx = max(0, max(a.box[0], b.box[0]) - min(a.box[2], b.box[2]))
    dy = max(0, max(a.box[1], b.box[1]) - min(a.box[3], b.box[3]))
    return math.hypot(dx, dy)


def pick(rng: np.random.Generator, options: Sequence[Any]) -> Any:
    return options[int(rng.integers(len(options)))]


@dataclass(frozen=True)
class Head:
    """The noun of a description: a kind, a colour, both or neither ("circle", "red shape", "red circle", "shape")."""

    kind: str | None = None
    colour: str | None = None

    def fits(self, s: Shape) -> bool:
        return (self.kind is None or s.kind == self.kind) and (self.colour is None or s.colour == self.colour)

    @property
    def sort(self) -> str:
        return "both" if self.kind and self.colour else "kind" if self.kind else "colour" if self.colour else "any"

    def noun(self, rng: np.random.Generator, words: Sequence[str] = ("shape", "one", "thing")) -> str:
        if self.kind:
            return f"{self.colour} {self.kind}" if self.colour else self.kind
        return f"{self.colour} {pick(rng, words)}" if self.colour else pick(rng, words)

    def plural(self) -> str:
        if self.kind:
            return f"{self.colour} {PLURAL[self.kind]}" if self.colour else PLURAL[self.kind]
        return f"{self.colour} shapes" if self.colour else "shapes"


ANY = Head()


@dataclass
class Desc:
    """A shape picked out as "the <head> <rel> <anchor>": ``target`` is the one shape of ``head`` (besides the
    anchor) that stands so to ``anchor``, the others of ``head`` clearly not."""

    target: Shape
    head: Head
    rel: str
    anchor: Shape


@dataclass
class Chain:
    """A shape picked out through another described one: "the <head> <rel> (the <inner>)"."""

    target: Shape
    head: Head
    rel: str
    inner: Desc


class Look(View):
    """The askers' view of a picture's truth, with the descriptions a careful writer can build from it."""

    def __init__(self, scene: Scene, kinds: list[str]):
        super().__init__(scene, kinds)
        self._descs: list[Desc] | None = None
        self._chains: list[Chain] | None = None

    def word_ok(self, kind: str) -> bool:
        """Whether the kind's word may be said: never "rectangle" where a square (a rectangle too) is drawn."""
        return not (kind == "rectangle" and self.kinds["square"])

    def heads(self) -> list[Head]:
        out = [ANY]
        out += [Head(kind=k) for k in self.kinds if self.word_ok(k)]
        out += [Head(colour=c) for c in self.colours]
        out += [Head(k, c) for k, c in {(s.kind, s.colour) for s in self.shapes} if self.word_ok(k)]
        return sorted(set(out), key=lambda h: (h.sort, h.kind or "", h.colour or ""))

    def members(self, head: Head, without: Iterable[Shape] = ()) -> list[Shape]:
        gone = list(without)
        return [s for s in self.shapes if head.fits(s) and all(s is not g for g in gone)]

    def names(self, s: Shape) -> list[Head]:
        """The heads that pick ``s`` out alone in the picture."""
        out = []
        if self.word_ok(s.kind) and self.kinds[s.kind] == 1:
            out.append(Head(kind=s.kind))
        if self.colours[s.colour] == 1:
            out.append(Head(colour=s.colour))
        if self.word_ok(s.kind) and sum(1 for o in self.shapes if o.kind == s.kind and o.colour == s.colour) == 1:
            out.append(Head(s.kind, s.colour))
        return out

    def np(self, s: Shape, rng: np.random.Generator, sorts: Iterable[str] = ("kind", "colour", "both")) -> str:
        """ "the ..." naming ``s`` alone (its kind, its colour or both), drawn at random."""
        options = [h for h in self.names(s) if h.sort in sorts]
        return f"the {pick(rng, options).noun(rng)}" if options else ""

    def named(self, s: Shape, sorts: Iterable[str] = ("kind", "colour", "both")) -> bool:
        return any(h.sort in sorts for h in self.names(s))

    def clear(self, offset: float) -> str | None:
        """yes where a centre lies that way by the margin, no where it lies clearly the other way (or level)."""
        if offset >= self.margin:
            return "yes"
        if offset <= -CLEAR_NOT * self.w:
            return "no"
        return None

    def pick_out(self, head: Head, rel: str, b: Shape, without: Iterable[Shape] = ()) -> Shape | None:
        """The one shape of ``head`` (of at least two, ``b`` and ``without`` aside) standing ``rel`` to ``b``."""
        cands = self.members(head, [b, *without])
        if len(cands) < 2:
            return None
        if rel in OFFSETS:
            verdicts = [self.clear(OFFSETS[rel](x, b)) for x in cands]
            if None in verdicts or verdicts.count("yes") != 1:
                return None
            return cands[verdicts.index("yes")]
        return self.nearest(cands, b, rel == "farthest")

    def nearest(self, cands: list[Shape], b: Shape, farthest: bool = False) -> Shape | None:
        """The shape of ``cands`` clearly nearest ``b`` (or farthest from it): by centres by the factor, and by the
        gaps between their boxes too."""
        if not cands:
            return None
        ranked = sorted(cands, key=lambda x: distance(x, b), reverse=farthest)
        if len(ranked) == 1:
            return ranked[0]
        first, second = ranked[0], ranked[1]
        d1, d2 = distance(first, b), distance(second, b)
        if farthest:
            ok = d1 >= NEAR_FACTOR * d2 and box_gap(first, b) > box_gap(second, b)
        else:
            ok = d2 >= NEAR_FACTOR * d1 and box_gap(first, b) < box_gap(second, b)
        return first if ok else None

    def neighbour(self, b: Shape) -> Shape | None:
        """``b``'s clearly nearest neighbour among all the other shapes."""
        return self.nearest(self.members(ANY, [b]), b)

    def count(self, head: Head, rel: str, b: Shape, without: Iterable[Shape] = ()) -> int | None:
        """How many shapes of ``head`` (``b`` aside) stand ``rel`` to ``b``; None where one is unclear."""
        verdicts = [self.clear(OFFSETS[rel](x, b)) for x in self.members(head, [b, *without])]
        return None if None in verdicts else verdicts.count("yes")

    def descs(self) -> list[Desc]:
        if self._descs is None:
            self._descs = [
                Desc(t, h, rel, b)
                for b in self.shapes
                if self.named(b)
                for rel in RELS
                for h in self.heads()
                if (t := self.pick_out(h, rel, b)) is not None
            ]
        return self._descs

    def chains(self) -> list[Chain]:
        if self._chains is None:
            self._chains = [
                Chain(t, h, rel, d)
                for d in self.descs()
                if d.head.sort != "any"
                for rel in RELS
                for h in self.heads()
                if (t := self.pick_out(h, rel, d.target)) is not None and t is not d.anchor
            ]
        return self._chains

    def described(
        self, rels: Iterable[str] = RELS, sorts: Iterable[str] = ("kind", "colour", "both", "any")
    ) -> list[Desc]:
        rels, sorts = set(rels), set(sorts)
        return [d for d in self.descs() if d.rel in rels and d.head.sort in sorts]

    def extreme(self, head: Head, way: str, two: bool = False) -> Shape | None:
        """The shape of ``head`` (of two at least, or exactly two) furthest ``way``: a position leading the next by
        the margin, a size by the factor."""
        group = self.members(head)
        if len(group) < 2 or (two and len(group) != 2):
            return None
        ranked = sorted(group, key=EXTREMES[way])
        first, second = ranked[0], ranked[1]
        if way in ("biggest", "smallest"):
            big, small = (first, second) if way == "biggest" else (second, first)
            return first if big.area >= SIZE_FACTOR * small.area else None
        return first if EXTREMES[way](second) - EXTREMES[way](first) >= self.margin else None

    def frame(self, s: Shape, side: str) -> str | None:
        """yes / no for "is ``s`` on that side (in that half) of the picture", by the margin from the middle."""
        offset = {"left": self.w / 2 - s.cx, "right": s.cx - self.w / 2, "above": self.w / 2 - s.cy}
        offset["below"] = s.cy - self.w / 2
        return side_answer(offset[side], self.margin)


EXTREMES: dict[str, Callable[[Shape], float]] = {
    "leftmost": lambda s: s.cx,
    "rightmost": lambda s: -s.cx,
    "highest": lambda s: s.cy,
    "lowest": lambda s: -s.cy,
    "biggest": lambda s: -s.area,
    "smallest": lambda s: s.area,
}
OF_TWO = {
    "leftmost": "left-hand one",
    "rightmost": "right-hand one",
    "highest": "higher",
    "lowest": "lower",
    "biggest": "bigger",
    "smallest": "smaller",
}


def bigger(a: Shape, b: Shape) -> str | None:
    """yes / no for "is A bigger than B", the areas differing by the factor at least."""
    if a.area >= SIZE_FACTOR * b.area:
        return "yes"
    if b.area >= SIZE_FACTOR * a.area:
        return "no"
    return None


def smaller(a: Shape, b: Shape) -> str | None:
    return bigger(b, a)


def names(a: Shape, b: Shape) -> str | None:
    """The gold of "which is ..., A or B" for A: its kind where B's differs, its colour where B's differs."""
    out = []
    if a.kind != b.kind and not (a.kind == "rectangle" and b.kind == "square"):
        out.append(a.kind)
    if a.colour != b.colour:
        out.append(a.colour)
    return "|".join(out) or None


def other_colour(v: Look, s: Shape, rng: np.random.Generator) -> str:
    return v.other_colour(s.colour, rng)


def other_kind(v: Look, s: Shape, rng: np.random.Generator) -> str:
    return spoken.other_kind(v, s.kind, rng)


def colour_checks(v: Look, s: Shape, rng: np.random.Generator, say: Callable[[str], str]) -> list[tuple[str, str]]:
    """ "is it <colour>": yes of its own colour, no of one no viewer would take for its shade."""
    return [(say(s.colour), "yes"), (say(other_colour(v, s, rng)), "no")]


def kind_checks(v: Look, s: Shape, rng: np.random.Generator, say: Callable[[str], str]) -> list[tuple[str, str]]:
    """ "is it a <kind>": yes of its own kind, no of another (never a square against a rectangle)."""
    return [(say(s.kind), "yes"), (say(other_kind(v, s, rng)), "no")]


def a(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def the(v: Look, d: Desc, rng: np.random.Generator, rels: dict[str, str] = R_TO, that: str = "") -> str:
    """ "the circle <that is >to the left of the blue square" (without the article where the caller adds one)."""
    return f"the {d.head.noun(rng)} {that}{rels[d.rel]} {v.np(d.anchor, rng)}"


def inner(v: Look, c: Chain, rng: np.random.Generator, rels: dict[str, str] = R_TO, that: str = "") -> str:
    return the(v, c.inner, rng, rels, that)


NO_COLOUR = ("kind", "any")  # heads that do not give away a colour asked about
NO_KIND = ("colour", "any")  # heads that do not give away a kind asked about


# colour: the colour of a described shape


@template("colour", "what colour is the H that is R B?", "relative")
def _(v, rng):
    return [
        (f"What colour is {the(v, d, rng, R_TO, 'that is ')}?", d.target.colour) for d in v.described(sorts=NO_COLOUR)
    ]


@template("colour", "what color is the H R B?", "reduced")
def _(v, rng):
    return [(f"What color is {the(v, d, rng, R_SHORT)}?", d.target.colour) for d in v.described(sorts=NO_COLOUR)]


@template("colour", "what colour is the H sitting R B?", "reduced")
def _(v, rng):
    return [
        (f"What colour is {the(v, d, rng, R_SIT, 'sitting ')}?", d.target.colour) for d in v.described(sorts=NO_COLOUR)
    ]


@template("colour", "what is the colour of the H R B?", "of-phrase")
def _(v, rng):
    return [(f"What is the colour of {the(v, d, rng, R_OVER)}?", d.target.colour) for d in v.described(sorts=NO_COLOUR)]


@template("colour", "what colour is B's nearest neighbour?", "possessive")
def _(v, rng):
    out = []
    for b in v.shapes:
        n = v.neighbour(b)
        if n and v.named(b):
            word = pick(rng, ["nearest neighbour", "closest neighbour", "nearest neighbor"])
            out.append((f"What colour is {v.np(b, rng)}'s {word}?", n.colour))
    return out


@template("colour", "look at the H R B. what colour is it?", "fronted")
def _(v, rng):
    return [
        (f"Look at {the(v, d, rng, R_TO)}. What colour is it?", d.target.colour) for d in v.described(sorts=NO_COLOUR)
    ]


@template("colour", "the H R B: which colour is that one?", "fronted")
def _(v, rng):
    return [
        (f"{cap(the(v, d, rng, R_SHORT))}: which colour is that one?", d.target.colour)
        for d in v.described(sorts=NO_COLOUR)
    ]


@template("colour", "which colour does the H which lies R B have?", "relative")
def _(v, rng):
    return [
        (f"Which colour does {the(v, d, rng, R_TO, 'which lies ')} have?", d.target.colour)
        for d in v.described(SIDES, NO_COLOUR)
    ]


@template("colour", "what colour is the H that is R the K that is C?", "stacked")
def _(v, rng):
    out = []
    for d in v.described(sorts=NO_COLOUR):
        b = d.anchor
        if v.named(b, ["both"]):
            text = f"What colour is the {d.head.noun(rng)} that is {R_TO[d.rel]} the {b.kind} that is {b.colour}?"
            out.append((text, d.target.colour))
    return out


@template("colour", "what is the colour of the leftmost (bigger of the two) of the Ks?", "of-phrase")
def _(v, rng):
    out = []
    for h in v.heads():
        if h.sort != "kind":
            continue
        for way in EXTREMES:
            s = v.extreme(h, way)
            if s:
                out.append((f"What is the colour of the {way} of the {h.plural()}?", s.colour))
            s = v.extreme(h, way, two=True)
            if s:
                out.append((f"What is the colour of the {OF_TWO[way]} of the two {h.plural()}?", s.colour))
    return out


@template("colour", "what is the lowest K's colour?", "possessive")
def _(v, rng):
    out = []
    for h in v.heads():
        if h.sort == "kind":
            for way in EXTREMES:
                s = v.extreme(h, way)
                if s:
                    out.append((f"What is the {way} {h.kind}'s colour?", s.colour))
    return out


@template("colour", "what colour is the K whose nearest neighbour is B?", "relative")
def _(v, rng):
    out = []
    for h in v.heads():
        if h.sort != "kind":
            continue
        for b in v.shapes:
            cands = v.members(h, [b])
            if len(cands) < 2 or not v.named(b):
                continue
            nearest = [v.neighbour(x) for x in cands]
            if None in nearest:
                continue
            hits = [x for x, n in zip(cands, nearest, strict=True) if n is b]
            if len(hits) == 1:
                text = f"What colour is the {h.kind} whose nearest neighbour is {v.np(b, rng)}?"
                out.append((text, hits[0].colour))
    return out


# kind: the shape of a described one


@template("kind", "what shape is the C thing (one) R B?", "reduced")
def _(v, rng):
    return [(f"What shape is {the(v, d, rng, R_SHORT)}?", d.target.kind) for d in v.described(sorts=("colour", "any"))]


@template("kind", "what kind of shape is the one that is R B?", "relative")
def _(v, rng):
    return [
        (f"What kind of shape is the one that is {R_TO[d.rel]} {v.np(d.anchor, rng)}?", d.target.kind)
        for d in v.described(sorts=("any",))
    ]


@template("kind", "what is the shape of the H nearest to B?", "of-phrase")
def _(v, rng):
    return [
        (f"What is the shape of {the(v, d, rng, R_TO)}?", d.target.kind) for d in v.described(NEAR, ("colour", "any"))
    ]


@template("kind", "B's nearest neighbour is what shape?", "possessive")
def _(v, rng):
    out = []
    for b in v.shapes:
        n = v.neighbour(b)
        if n and v.named(b):
            word = pick(rng, ["nearest neighbour", "closest neighbour", "nearest neighbor"])
            out.append((f"{cap(v.np(b, rng))}'s {word} is what shape?", n.kind))
    return out


@template("kind", "tell me the shape of the C thing that sits R B.", "relative")
def _(v, rng):
    return [
        (
            f"Tell me the shape of the {d.head.colour} thing that sits {R_SIT[d.rel]} {v.np(d.anchor, rng)}.",
            d.target.kind,
        )
        for d in v.described(sorts=("colour",))
    ]


@template("kind", "only one shape lies R B. what kind of shape is it?", "fronted")
def _(v, rng):
    return [
        (f"Only one shape lies {R_TO[d.rel]} {v.np(d.anchor, rng)}. What kind of shape is it?", d.target.kind)
        for d in v.described(SIDES, ("any",))
        if v.count(ANY, d.rel, d.anchor) == 1
    ]


@template("kind", "what shape is the thing that is C and that is R B?", "stacked")
def _(v, rng):
    return [
        (
            f"What shape is the thing that is {d.head.colour} and that is {R_TO[d.rel]} {v.np(d.anchor, rng)}?",
            d.target.kind,
        )
        for d in v.described(sorts=("colour",))
    ]


@template("kind", "the object which is farthest from B, what shape is it?", "fronted")
def _(v, rng):
    return [
        (f"The object which is {R_TO[d.rel]} {v.np(d.anchor, rng)}, what shape is it?", d.target.kind)
        for d in v.described(NEAR, ("any",))
    ]


@template("kind", "what shape is the smaller of the two C shapes?", "of-phrase")
def _(v, rng):
    out = []
    for h in v.heads():
        if h.sort == "colour":
            for way in EXTREMES:
                s = v.extreme(h, way, two=True)
                if s:
                    out.append((f"What shape is the {OF_TWO[way]} of the two {h.plural()}?", s.kind))
    return out


@template("kind", "what kind of figure is the highest of the C shapes?", "of-phrase")
def _(v, rng):
    out = []
    for h in v.heads():
        if h.sort == "colour":
            for way in EXTREMES:
                s = v.extreme(h, way)
                if s:
                    out.append((f"What kind of figure is the {way} of the {h.plural()}?", s.kind))
    return out


@template("kind", "what shape is the C one's closest neighbour?", "possessive")
def _(v, rng):
    out = []
    for b in v.shapes:
        n = v.neighbour(b)
        if n and v.named(b, ["colour"]):
            out.append((f"What shape is the {b.colour} one's closest neighbour?", n.kind))
    return out


@template("kind", "what shape is the C one whose nearest neighbour is B?", "relative")
def _(v, rng):
    out = []
    for h in v.heads():
        if h.sort not in ("colour", "any"):
            continue
        for b in v.shapes:
            cands = v.members(h, [b])
            if len(cands) < 2 or not v.named(b):
                continue
            nearest = [v.neighbour(x) for x in cands]
            if None in nearest:
                continue
            hits = [x for x, n in zip(cands, nearest, strict=True) if n is b]
            if len(hits) == 1:
                noun = f"{h.colour} one" if h.colour else "one"
                text = f"What shape is the {noun} whose nearest neighbour is {v.np(b, rng)}?"
                out.append((text, hits[0].kind))
    return out


# check: yes / no about a described shape's colour or kind


@template("check", "is the H R B C?", "reduced")
def _(v, rng):
    out = []
    for d in v.described(sorts=("kind", "any")):
        ref = the(v, d, rng, R_SHORT)
        out += colour_checks(v, d.target, rng, lambda c, ref=ref: f"Is {ref} {c}?")
    return out


@template("check", "is the H that is R B a K?", "relative")
def _(v, rng):
    out = []
    for d in v.described(sorts=("colour", "any")):
        ref = the(v, d, rng, R_TO, "that is ")
        out += kind_checks(v, d.target, rng, lambda k, ref=ref: f"Is {ref} {a(k)}?")
    return out


@template("check", "is the K nearest to B C?", "reduced")
def _(v, rng):
    out = []
    for d in v.described(NEAR, ("kind",)):
        ref = the(v, d, rng, R_TO)
        out += colour_checks(v, d.target, rng, lambda c, ref=ref: f"Is {ref} {c}?")
    return out


@template("check", "does the H which sits R B happen to be C?", "relative")
def _(v, rng):
    out = []
    for d in v.described(sorts=("kind", "any")):
        ref = the(v, d, rng, R_SIT, "which sits ")
        out += colour_checks(v, d.target, rng, lambda c, ref=ref: f"Does {ref} happen to be {c}?")
    return out


@template("check", "take the H R B: is it a K?", "fronted")
def _(v, rng):
    out = []
    for d in v.described(sorts=("colour", "any")):
        ref = the(v, d, rng, R_SHORT)
        out += kind_checks(v, d.target, rng, lambda k, ref=ref: f"Take {ref}: is it {a(k)}?")
    return out


@template("check", "is B's nearest neighbour C?", "possessive")
def _(v, rng):
    out = []
    for b in v.shapes:
        n = v.neighbour(b)
        if n and v.named(b):
            ref = v.np(b, rng)
            out += colour_checks(v, n, rng, lambda c, ref=ref: f"Is {ref}'s nearest neighbour {c}?")
    return out


@template("check", "is the colour of the H R B C?", "of-phrase")
def _(v, rng):
    out = []
    for d in v.described(sorts=("kind", "any")):
        ref = the(v, d, rng, R_OVER)
        out += colour_checks(v, d.target, rng, lambda c, ref=ref: f"Is the colour of {ref} {c}?")
    return out


@template("check", "am i right that the H R B is C?", "reduced")
def _(v, rng):
    out = []
    for d in v.described(sorts=("kind", "any")):
        ref = the(v, d, rng, R_TO)
        out += colour_checks(v, d.target, rng, lambda c, ref=ref: f"Am I right that {ref} is {c}?")
    return out


@template("check", "is the shape that is R the K that is C itself a K?", "stacked")
def _(v, rng):
    out = []
    for d in v.described(sorts=("any",)):
        b = d.anchor
        if v.named(b, ["both"]):
            ref = f"the shape that is {R_TO[d.rel]} the {b.kind} that is {b.colour}"
            out += kind_checks(v, d.target, rng, lambda k, ref=ref: f"Is {ref} itself {a(k)}?")
    return out


@template("check", "is the leftmost of the Ks C?", "of-phrase")
def _(v, rng):
    out = []
    for h in v.heads():
        if h.sort == "kind":
            for way in EXTREMES:
                s = v.extreme(h, way)
                if s:
                    out += colour_checks(v, s, rng, lambda c, w=way, h=h: f"Is the {w} of the {h.plural()} {c}?")
    return out


@template("check", "is the bigger of the two Ks C?", "of-phrase")
def _(v, rng):
    out = []
    for h in v.heads():
        if h.sort == "kind":
            for way in EXTREMES:
                s = v.extreme(h, way, two=True)
                if s:
                    say = lambda c, w=way, h=h: f"Is the {OF_TWO[w]} of the two {h.plural()} {c}?"  # noqa: E731
                    out += colour_checks(v, s, rng, say)
    return out


@template("check", "is the top K's colour C?", "possessive")
def _(v, rng):
    out = []
    for h in v.heads():
        if h.sort == "kind":
            for way in EXTREMES:
                s = v.extreme(h, way)
                if s:
                    out += colour_checks(v, s, rng, lambda c, w=way, h=h: f"Is the {w} {h.kind}'s colour {c}?")
    return out


# relation: where a described shape stands (to another shape, or in the picture)


def also(v: Look, d: Desc, rel: str) -> list[Shape]:
    """The named shapes (neither the described one nor its anchor) that it clearly does or does not stand ``rel``
    to."""
    return [
        c
        for c in v.shapes
        if c is not d.target and c is not d.anchor and v.named(c) and side_answer(OFFSETS[rel](d.target, c), v.margin)
    ]


@template("relation", "is the H R B also R2 C?", "reduced")
def _(v, rng):
    out = []
    for d in v.described():
        for rel in SIDES:
            for c in also(v, d, rel):
                gold = side_answer(OFFSETS[rel](d.target, c), v.margin)
                out.append((f"Is {the(v, d, rng, R_TO)} also {R_TO[rel]} {v.np(c, rng)}?", gold))
    return out


@template("relation", "does the H that is R B sit on the left side of the picture?", "relative")
def _(v, rng):
    out = []
    for d in v.described():
        for side, where in FRAME.items():
            gold = v.frame(d.target, side)
            if gold:
                out.append((f"Does {the(v, d, rng, R_TO, 'that is ')} sit {where} of the picture?", gold))
    return out


@template("relation", "is the H nearest to B above or below it?", "reduced")
def _(v, rng):
    out = []
    for d in v.described(NEAR):
        ref = the(v, d, rng, R_TO)
        gold = side_answer(OFFSETS["above"](d.target, d.anchor), v.margin)
        if gold:
            x, y = ("above", "below") if rng.random() < 0.5 else ("below", "above")
            out.append((f"Is {ref} {x} or {y} it?", "above" if gold == "yes" else "below"))
        gold = side_answer(OFFSETS["left"](d.target, d.anchor), v.margin)
        if gold:
            x, y = ("left", "right") if rng.random() < 0.5 else ("right", "left")
            out.append((f"Is {ref} to the {x} or to the {y} of it?", "left" if gold == "yes" else "right"))
    return out


@template("relation", "compared with C, is the H R B further left or further right?", "reduced")
def _(v, rng):
    out = []
    for d in v.described():
        for c in also(v, d, "left"):
            gold = "left" if side_answer(OFFSETS["left"](d.target, c), v.margin) == "yes" else "right"
            x, y = ("left", "right") if rng.random() < 0.5 else ("right", "left")
            out.append(
                (f"Compared with {v.np(c, rng)}, is {the(v, d, rng, R_SHORT)} further {x} or further {y}?", gold)
            )
    return out


@template("relation", "on which side of the picture is the H R B, the left or the right?", "reduced")
def _(v, rng):
    out = []
    for d in v.described():
        gold = v.frame(d.target, "left")
        if gold:
            text = f"On which side of the picture is {the(v, d, rng, R_SIT)}, the left or the right?"
            out.append((text, "left" if gold == "yes" else "right"))
    return out


@template("relation", "is B's nearest neighbour to its left?", "possessive")
def _(v, rng):
    out = []
    where = {"left": "to its left", "right": "to its right", "above": "above it", "below": "below it"}
    for b in v.shapes:
        n = v.neighbour(b)
        if n and v.named(b):
            for rel, said in where.items():
                gold = side_answer(OFFSETS[rel](n, b), v.margin)
                if gold:
                    out.append((f"Is {v.np(b, rng)}'s nearest neighbour {said}?", gold))
    return out


@template("relation", "is the H farthest from B in the top half of the picture?", "reduced")
def _(v, rng):
    out = []
    for d in v.described(["farthest"]):
        for side, where in FRAME.items():
            gold = v.frame(d.target, side)
            if gold:
                out.append((f"Is {the(v, d, rng, R_TO)} {where} of the picture?", gold))
    return out


@template("relation", "take the H R B. is it higher up than C?", "fronted")
def _(v, rng):
    out = []
    for d in v.described():
        for rel, said in (("above", "higher up than"), ("below", "lower down than")):
            for c in also(v, d, rel):
                gold = side_answer(OFFSETS[rel](d.target, c), v.margin)
                out.append((f"Take {the(v, d, rng, R_SHORT)}. Is it {said} {v.np(c, rng)}?", gold))
    return out


@template("relation", "is the higher of the two Ks to the right of C?", "of-phrase")
def _(v, rng):
    out = []
    for h in v.heads():
        if h.sort not in ("kind", "colour"):
            continue
        for way in EXTREMES:
            s = v.extreme(h, way, two=True)
            if not s:
                continue
            for c in v.shapes:
                if c is s or not v.named(c) or h.fits(c):
                    continue
                for rel in SIDES:
                    gold = side_answer(OFFSETS[rel](s, c), v.margin)
                    if gold:
                        text = f"Is the {OF_TWO[way]} of the two {h.plural()} {R_TO[rel]} {v.np(c, rng)}?"
                        out.append((text, gold))
    return out


@template("relation", "where is the H R B compared to C: above it or below it?", "fronted")
def _(v, rng):
    out = []
    for d in v.described():
        for c in also(v, d, "above"):
            gold = "above" if side_answer(OFFSETS["above"](d.target, c), v.margin) == "yes" else "below"
            text = f"Where is {the(v, d, rng, R_OVER)} compared to {v.np(c, rng)}: above it or below it?"
            out.append((text, gold))
    return out


# count: how many, restricted by a relation to a described shape


@template("count", "how many shapes are R B?", "reduced")
def _(v, rng):
    out = []
    for b in v.shapes:
        for rel in SIDES:
            n = v.count(ANY, rel, b)
            if n is not None and v.named(b):
                out.append((f"How many shapes are {R_TO[rel]} {v.np(b, rng)}?", str(n)))
    return out


def counted(v: Look, sorts: Iterable[str], rels: Iterable[str] = SIDES) -> list[tuple[Head, str, Shape, int]]:
    """(head, relation, anchor, how many of the head stand so to the anchor) wherever every one is clear."""
    out = []
    for h in v.heads():
        if h.sort not in sorts:
            continue
        for b in v.shapes:
            if not v.named(b) or h.fits(b) and h.sort != "any" and len(v.members(h)) == 1:
                continue
            for rel in rels:
                n = v.count(h, rel, b)
                if n is not None:
                    out.append((h, rel, b, n))
    return out


@template("count", "how many Ks are under B?", "reduced")
def _(v, rng):
    return [
        (f"How many {h.plural()} are {R_SHORT[rel]} {v.np(b, rng)}?", str(n)) for h, rel, b, n in counted(v, ["kind"])
    ]


@template("count", "of all the shapes, how many lie R B?", "of-phrase")
def _(v, rng):
    return [
        (f"Of all the shapes, how many lie {R_TO[rel]} {v.np(b, rng)}?", str(n)) for h, rel, b, n in counted(v, ["any"])
    ]


@template("count", "count the C shapes that are R B.", "relative")
def _(v, rng):
    return [
        (f"Count the {h.plural()} that are {R_TO[rel]} {v.np(b, rng)}.", str(n))
        for h, rel, b, n in counted(v, ["colour"])
    ]


@template("count", "how many Ks are there that sit R B?", "relative")
def _(v, rng):
    return [
        (f"How many {h.plural()} are there that sit {R_SIT[rel]} {v.np(b, rng)}?", str(n))
        for h, rel, b, n in counted(v, ["kind"])
    ]


@template("count", "how many of the Ks are R B?", "of-phrase")
def _(v, rng):
    return [
        (f"How many of the {h.plural()} are {R_OVER[rel]} {v.np(b, rng)}?", str(n))
        for h, rel, b, n in counted(v, ["kind", "colour"])
        if len(v.members(h, [b])) >= 2
    ]


@template("count", "how many shapes are bigger than B?", "reduced")
def _(v, rng):
    out = []
    for b in v.shapes:
        if not v.named(b):
            continue
        for word, test in (("bigger", lambda x, b: x.area / b.area), ("smaller", lambda x, b: b.area / x.area)):
            ratios = [test(x, b) for x in v.members(ANY, [b])]
            if all(r >= SIZE_FACTOR or r <= NOT_BIGGER for r in ratios):
                n = sum(1 for r in ratios if r >= SIZE_FACTOR)
                out.append((f"How many shapes are {word} than {v.np(b, rng)}?", str(n)))
    return out


@template("count", "how many shapes that are R B are also C?", "stacked")
def _(v, rng):
    out = []
    for h, rel, b, n in counted(v, ["colour"]):
        if v.count(ANY, rel, b):
            text = f"How many shapes that are {R_TO[rel]} {v.np(b, rng)} are also {h.colour}?"
            out.append((text, str(n)))
    return out


@template("count", "what is the number of Ks that are both R B and R2 C?", "stacked")
def _(v, rng):
    out = []
    for h in v.heads():
        if h.sort not in ("kind", "any"):
            continue
        for b in v.shapes:
            for c in v.shapes:
                if b is c or not (v.named(b) and v.named(c)):
                    continue
                for r1 in SIDES:
                    for r2 in SIDES:
                        if r2 in (r1, {"left": "right", "right": "left", "above": "below", "below": "above"}[r1]):
                            continue
                        n, unclear = 0, False
                        for x in v.members(h, [b, c]):
                            one, two = v.clear(OFFSETS[r1](x, b)), v.clear(OFFSETS[r2](x, c))
                            if one == "yes" and two == "yes":
                                n += 1
                            elif one != "no" and two != "no":
                                unclear = True
                        if not unclear:
                            text = (
                                f"What is the number of {h.plural()} that are both {R_TO[r1]} {v.np(b, rng)} "
                                f"and {R_TO[r2]} {v.np(c, rng)}?"
                            )
                            out.append((text, str(n)))
    return out


@template("count", "the H R B: how many shapes are smaller than it?", "fronted")
def _(v, rng):
    out = []
    for d in v.described():
        ratios = [d.target.area / x.area for x in v.members(ANY, [d.target])]
        if all(r >= SIZE_FACTOR or r <= NOT_BIGGER for r in ratios):
            n = sum(1 for r in ratios if r >= SIZE_FACTOR)
            out.append((f"{cap(the(v, d, rng, R_SHORT))}: how many shapes are smaller than it?", str(n)))
    return out


@template("count", "how many Ks are smaller than B?", "reduced")
def _(v, rng):
    out = []
    for h in v.heads():
        if h.sort != "kind":
            continue
        for b in v.shapes:
            if not v.named(b) or h.fits(b):
                continue
            ratios = [b.area / x.area for x in v.members(h, [b])]
            if ratios and all(r >= SIZE_FACTOR or r <= NOT_BIGGER for r in ratios):
                n = sum(1 for r in ratios if r >= SIZE_FACTOR)
                out.append((f"How many {h.plural()} are smaller than {v.np(b, rng)}?", str(n)))
    return out


# compare: two described shapes


def distinct_pairs(v: Look, sorts: Iterable[str] = ("kind", "colour", "any", "both")) -> list[tuple[Desc, Desc]]:
    """Two descriptions of two different shapes."""
    ds = v.described(sorts=sorts)
    return [(d, e) for d in ds for e in ds if d.target is not e.target]


@template("compare", "are the H R B and the H2 R2 B2 the same colour?", "reduced")
def _(v, rng):
    return [
        (
            f"Are {the(v, d, rng, R_TO)} and {the(v, e, rng, R_TO)} the same colour?",
            yn(d.target.colour == e.target.colour),
        )
        for d, e in distinct_pairs(v, NO_COLOUR)
    ]


@template("compare", "is the C one R B the same shape as C2 one?", "reduced")
def _(v, rng):
    out = []
    for d in v.described(sorts=NO_KIND):
        for c in v.shapes:
            if c is d.target or not v.named(c, ["colour"]) or {c.kind, d.target.kind} == {"square", "rectangle"}:
                continue
            text = f"Is {the(v, d, rng, R_SHORT)} the same shape as {v.np(c, rng, ['colour'])}?"
            out.append((text, yn(c.kind == d.target.kind)))
    return out


@template("compare", "which is bigger, the H R B or C?", "reduced")
def _(v, rng):
    out = []
    for d in v.described():
        for c in v.shapes:
            gold = names(d.target, c) if bigger(d.target, c) == "yes" else names(c, d.target)
            if c is d.target or not v.named(c) or not bigger(d.target, c) or not gold:
                continue
            x, y = the(v, d, rng, R_TO), v.np(c, rng)
            x, y = (x, y) if rng.random() < 0.5 else (y, x)
            out.append((f"Which is bigger, {x} or {y}?", gold))
    return out


@template("compare", "is the H that is R B bigger than C?", "relative")
def _(v, rng):
    out = []
    for d in v.described():
        for c in v.shapes:
            gold = bigger(d.target, c)
            if c is not d.target and v.named(c) and gold:
                out.append((f"Is {the(v, d, rng, R_TO, 'that is ')} bigger than {v.np(c, rng)}?", gold))
    return out


@template("compare", "does B share its colour with its nearest neighbour?", "possessive")
def _(v, rng):
    out = []
    for b in v.shapes:
        n = v.neighbour(b)
        if n and v.named(b, ["kind", "both"]):
            text = f"Does {v.np(b, rng, ['kind', 'both'])} share its colour with its nearest neighbour?"
            out.append((text, yn(n.colour == b.colour)))
    return out


@template("compare", "is the colour of the H R B the same as that of C?", "of-phrase")
def _(v, rng):
    out = []
    for d in v.described(sorts=NO_COLOUR):
        for c in v.shapes:
            if c is not d.target and v.named(c, ["kind"]):
                text = f"Is the colour of {the(v, d, rng, R_OVER)} the same as that of {v.np(c, rng, ['kind'])}?"
                out.append((text, yn(c.colour == d.target.colour)))
    return out


@template("compare", "of the H R B and the H2 R2 B2, which one is smaller?", "of-phrase")
def _(v, rng):
    out = []
    for d, e in distinct_pairs(v):
        gold = names(d.target, e.target) if smaller(d.target, e.target) == "yes" else None
        if gold:
            x, y = the(v, d, rng, R_SHORT), the(v, e, rng, R_SHORT)
            x, y = (x, y) if rng.random() < 0.5 else (y, x)
            out.append((f"Of {x} and {y}, which one is smaller?", gold))
    return out


@template("compare", "take the K R B and the K2 R2 B2: do they have the same colour?", "fronted")
def _(v, rng):
    return [
        (
            f"Take {the(v, d, rng, R_SHORT)} and {the(v, e, rng, R_SHORT)}: do they have the same colour?",
            yn(d.target.colour == e.target.colour),
        )
        for d, e in distinct_pairs(v, ["kind"])
    ]


@template("compare", "is the K that sits R B smaller than the one that sits R2 B2?", "relative")
def _(v, rng):
    out = []
    for d, e in distinct_pairs(v, ["kind"]):
        gold = smaller(d.target, e.target)
        if d.head == e.head and gold and d.rel != e.rel:
            text = (
                f"Is the {d.head.kind} that sits {R_SIT[d.rel]} {v.np(d.anchor, rng)} smaller than the one that "
                f"sits {R_SIT[e.rel]} {v.np(e.anchor, rng)}?"
            )
            out.append((text, gold))
    return out


@template("compare", "are B's nearest neighbour and B2's nearest neighbour the same colour?", "possessive")
def _(v, rng):
    out = []
    for b in v.shapes:
        for c in v.shapes:
            m, n = v.neighbour(b), v.neighbour(c)
            if b is c or not (m and n) or m is n or not (v.named(b) and v.named(c)):
                continue
            text = f"Are {v.np(b, rng)}'s nearest neighbour and {v.np(c, rng)}'s nearest neighbour the same colour?"
            out.append((text, yn(m.colour == n.colour)))
    return out


@template("compare", "which is larger: the shape above B or the shape below it?", "reduced")
def _(v, rng):
    out = []
    for d, e in distinct_pairs(v, ["any"]):
        pair = {d.rel, e.rel}
        if d.anchor is not e.anchor or pair not in ({"above", "below"}, {"left", "right"}):
            continue
        gold = names(d.target, e.target) if bigger(d.target, e.target) == "yes" else None
        if gold:
            text = f"Which is larger: the shape {R_TO[d.rel]} {v.np(d.anchor, rng)} or the shape {R_TO[e.rel]} it?"
            out.append((text, gold))
    return out


# other: "the other", "the remaining", "the rest" after one shape is set apart


def pairs_of(v: Look, sorts: Iterable[str]) -> list[tuple[Head, Shape, Shape]]:
    """(head, one, the other) for every head with exactly two shapes, in both orders."""
    out = []
    for h in v.heads():
        group = v.members(h)
        if h.sort in sorts and len(group) == 2:
            out += [(h, group[0], group[1]), (h, group[1], group[0])]
    return out


@template("other", "there are two Ks. one of them is R B; what colour is the other?", "set-apart")
def _(v, rng):
    out = []
    for h, s, t in pairs_of(v, ["kind"]):
        for b in v.shapes:
            if h.fits(b) or not v.named(b):
                continue
            for rel in RELS:
                if v.pick_out(h, rel, b) is s:
                    text = (
                        f"There are two {h.plural()}. One of them is {R_TO[rel]} {v.np(b, rng)}; "
                        "what colour is the other?"
                    )
                    out.append((text, t.colour))
    return out


@template("other", "one of the two Ks is C. what colour is the other one?", "set-apart")
def _(v, rng):
    return [
        (f"One of the two {h.plural()} is {s.colour}. What colour is the other one?", t.colour)
        for h, s, t in pairs_of(v, ["kind"])
        if s.colour != t.colour
    ]


@template("other", "apart from B, are the remaining shapes all Ks?", "set-apart")
def _(v, rng):
    out = []
    for b in v.shapes:
        rest = v.members(ANY, [b])
        if not v.named(b):
            continue
        for k in {s.kind for s in rest}:
            if v.word_ok(k):
                text = f"Apart from {v.np(b, rng)}, are the remaining shapes all {PLURAL[k]}?"
                out.append((text, yn(all(s.kind == k for s in rest))))
    return out


@template("other", "setting B aside, how many of the rest are C?", "set-apart")
def _(v, rng):
    out = []
    for b in v.shapes:
        if v.named(b):
            rest = v.members(ANY, [b])
            for c in v.colours:
                text = f"Setting {v.np(b, rng)} aside, how many of the rest are {c}?"
                out.append((text, str(sum(1 for s in rest if s.colour == c))))
    return out


@template("other", "besides the C one, is there another K?", "set-apart")
def _(v, rng):
    return [
        (f"Besides the {b.colour} {b.kind}, is there another {b.kind}?", yn(v.kinds[b.kind] >= 2))
        for b in v.shapes
        if v.named(b, ["colour"]) and v.word_ok(b.kind)
    ]


@template("other", "other than B, how many Ks are there?", "set-apart")
def _(v, rng):
    out = []
    for b in v.shapes:
        if v.named(b):
            for k in v.kinds:
                if v.word_ok(k):
                    text = f"Other than {v.np(b, rng)}, how many {PLURAL[k]} are there?"
                    out.append((text, str(len(v.members(Head(kind=k), [b])))))
    return out


@template("other", "leave out B: which of the remaining shapes is the biggest?", "set-apart")
def _(v, rng):
    out = []
    for b in v.shapes:
        rest = sorted(v.members(ANY, [b]), key=lambda s: -s.area)
        if not v.named(b) or len(rest) < 2 or rest[0].area < SIZE_FACTOR * rest[1].area:
            continue
        top = rest[0]
        gold = [top.kind] if sum(1 for s in rest if s.kind == top.kind) == 1 else []
        gold += [top.colour] if sum(1 for s in rest if s.colour == top.colour) == 1 else []
        if gold:
            out.append((f"Leave out {v.np(b, rng)}: which of the remaining shapes is the biggest?", "|".join(gold)))
    return out


@template("other", "of the two C shapes, one is a K. what is the other?", "set-apart")
def _(v, rng):
    return [
        (f"Of the two {h.plural()}, one is {a(s.kind)}. What shape is the other?", t.kind)
        for h, s, t in pairs_of(v, ["colour"])
        if s.kind != t.kind and {s.kind, t.kind} != {"square", "rectangle"}
    ]


@template("other", "ignoring B, do the rest of the shapes all have the same colour?", "set-apart")
def _(v, rng):
    out = []
    for b in v.shapes:
        rest = v.members(ANY, [b])
        if v.named(b) and len(rest) >= 2:
            text = f"Ignoring {v.np(b, rng)}, do the rest of the shapes all have the same colour?"
            out.append((text, yn(len({s.colour for s in rest}) == 1)))
    return out


@template("other", "of the two Ks, take the one R B. is the other one bigger?", "set-apart")
def _(v, rng):
    out = []
    for h, s, t in pairs_of(v, ["kind"]):
        gold = bigger(t, s)
        if not gold:
            continue
        for b in v.shapes:
            if h.fits(b) or not v.named(b):
                continue
            for rel in RELS:
                if v.pick_out(h, rel, b) is s:
                    text = (
                        f"Of the two {h.plural()}, take the one {R_SHORT[rel]} {v.np(b, rng)}. Is the other one bigger?"
                    )
                    out.append((text, gold))
    return out


@template("other", "if the H R B and C were taken away, how many shapes would be left?", "set-apart")
def _(v, rng):
    out = []
    for d in v.described():
        for c in v.shapes:
            if c is not d.target and v.named(c):
                text = f"If {the(v, d, rng, R_TO)} and {v.np(c, rng)} were taken away, how many shapes would be left?"
                out.append((text, str(v.n - 2)))
    return out


# chain: a shape picked out through another described one


@template("chain", "what colour is the H R the H2 R2 C?", "reduced")
def _(v, rng):
    return [
        (f"What colour is the {c.head.noun(rng)} {R_SHORT[c.rel]} {inner(v, c, rng, R_SHORT)}?", c.target.colour)
        for c in v.chains()
        if c.head.sort in NO_COLOUR
    ]


@template("chain", "what shape is R the H2 that sits R2 C?", "relative")
def _(v, rng):
    return [
        (f"What shape is {R_TO[c.rel]} {inner(v, c, rng, R_SIT, 'that sits ')}?", c.target.kind)
        for c in v.chains()
        if c.head.sort == "any" and c.rel in SIDES
    ]


@template("chain", "is the H R the H2 R2 C C?", "reduced")
def _(v, rng):
    out = []
    for c in v.chains():
        if c.head.sort in NO_COLOUR:
            ref = f"the {c.head.noun(rng)} {R_TO[c.rel]} {inner(v, c, rng, R_TO)}"
            out += colour_checks(v, c.target, rng, lambda col, ref=ref: f"Is {ref} {col}?")
    return out


@template("chain", "what colour is the nearest neighbour of the H2 R2 C?", "of-phrase")
def _(v, rng):
    out = []
    for d in v.described(sorts=("kind", "colour", "both")):
        n = v.neighbour(d.target)
        if n:
            out.append((f"What colour is the nearest neighbour of {the(v, d, rng, R_TO)}?", n.colour))
    return out


@template("chain", "what shape is the closest neighbour of the H2 R2 C?", "of-phrase")
def _(v, rng):
    out = []
    for d in v.described(sorts=("kind", "colour", "both")):
        n = v.neighbour(d.target)
        if n:
            out.append((f"What shape is the closest neighbour of {the(v, d, rng, R_SHORT)}?", n.kind))
    return out


@template("chain", "how many shapes are R the H2 that is R2 C?", "relative")
def _(v, rng):
    out = []
    for d in v.described(sorts=("kind", "colour", "both")):
        for rel in SIDES:
            n = v.count(ANY, rel, d.target)
            if n is not None:
                out.append((f"How many shapes are {R_TO[rel]} {the(v, d, rng, R_TO, 'that is ')}?", str(n)))
    return out


@template("chain", "find the H2 R2 C. what colour is the H R it?", "fronted")
def _(v, rng):
    return [
        (
            f"Find {inner(v, c, rng, R_SHORT)}. What colour is the {c.head.noun(rng)} {R_TO[c.rel]} it?",
            c.target.colour,
        )
        for c in v.chains()
        if c.head.sort in NO_COLOUR
    ]


@template("chain", "start at C, go to the H2 R2 it, then to the H R that one. what colour is it?", "fronted")
def _(v, rng):
    out = []
    for c in v.chains():
        d = c.inner
        if c.head.sort in NO_COLOUR:
            text = (
                f"Start at {v.np(d.anchor, rng)}, go to the {d.head.noun(rng)} {R_TO[d.rel]} it, then to the "
                f"{c.head.noun(rng)} {R_TO[c.rel]} that one. What colour is the shape you end up on?"
            )
            out.append((text, c.target.colour))
    return out


@template("chain", "what colour is the H that is R the H2 which is R2 C?", "stacked")
def _(v, rng):
    return [
        (
            f"What colour is the {c.head.noun(rng)} that is {R_TO[c.rel]} {inner(v, c, rng, R_TO, 'which is ')}?",
            c.target.colour,
        )
        for c in v.chains()
        if c.head.sort in NO_COLOUR
    ]


@template("chain", "is the H R the H2 R2 C a K?", "reduced")
def _(v, rng):
    out = []
    for c in v.chains():
        if c.head.sort in NO_KIND:
            ref = f"the {c.head.noun(rng)} {R_SHORT[c.rel]} {inner(v, c, rng, R_SHORT)}"
            out += kind_checks(v, c.target, rng, lambda k, ref=ref: f"Is {ref} {a(k)}?")
    return out


@template("chain", "is there a K R the H2 R2 C?", "reduced")
def _(v, rng):
    out = []
    for d in v.described(sorts=("kind", "colour", "both")):
        for h in v.heads():
            if h.sort != "kind":
                continue
            for rel in SIDES:
                n = v.count(h, rel, d.target)
                if n is not None and (n or v.members(h, [d.target])):
                    out.append((f"Is there {a(h.kind)} {R_TO[rel]} {the(v, d, rng, R_TO)}?", yn(n > 0)))
    return out


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- run


def pick_questions(scene: Scene, kinds: list[str], per_image: int, used: Counter, rng: np.random.Generator) -> list:
    """The spoken benchmark's pick (``spoken.question_picker``) over this benchmark's view of the truth (``Look``):
    ``per_image`` questions of different families, the families and templates used least so far first, the gold
    drawn first within a template, and where a template offers both yes and no, the one its family has had fewer
    times so far."""

    def balanced(family: str, fn: Callable) -> Callable:
        def offer(v: Look, rng: np.random.Generator) -> list[tuple[str, str]]:
            found = fn(v, rng)
            yes, no = used["gold", family, "yes"], used["gold", family, "no"]
            if yes != no and {"yes", "no"} <= {gold for _, gold in found}:
                want = "yes" if yes < no else "no"
                found = [(text, gold) for text, gold in found if gold == want]
            return found

        return offer

    chosen = [(family, name, tag, balanced(family, fn)) for family, name, tag, fn in TEMPLATES]
    items = pick_items(Look(scene, kinds), chosen, per_image, used, rng, Item)
    for picked in items:
        used["gold", picked.family, picked.answer] += 1
    return items


def main() -> None:
    wording = spoken.Wording(
        TEMPLATES,
        TAGS,
        pick_questions,
        "tag",
        "By construction (how the shape is picked out):",
        columns="family / tag / wording",
        width=12,
        template_width=None,
        group_of=lambda item: item.tag,
        normalise=personas.normalise,
        make_scene=make_scene,
    )
    spoken.run_wording(__doc__, wording)


if __name__ == "__main__":
    main()
