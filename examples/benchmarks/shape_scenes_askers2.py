"""How nsvr copes with relational, ordinal, aggregate and multi-part questions about flat shape drawings, written
the way many different people would type them.

Written blind: the question templates were written without reading nsvr's parser, grammar, tests, tools or the
other shape benchmarks (only the sibling ``shape_scenes_askers.py``, whose image generator, template machinery,
scoring and output this script copies), so they measure how far the embedded parser reaches into ordinary wording
it was not shown, not how well it answers its own phrasings. Nothing here was tuned to nsvr's answers after the
first run (saved beside this script as ``shape_scenes_askers2_first_run.txt``). One fix came from a trial run
before it, and was a flaw of the questions, not of nsvr: "how many circles are right of the yellow one?" reads, in
English, as "... the yellow circle", so after a kind noun a colour reference says "shape" or "thing", never "one".

Where the sibling asks mostly about one named shape, this one asks what needs several: relations and multi-hop
references ("what colour is the shape to the left of the one above the red circle"), nearest / farthest / next to
/ between, ordinals and extremes ("the second shape from the left", "the last shape on the right"), places in the
frame (corners, halves, the middle), aggregates ("how many colours", "which colour appears most often", "is every
triangle red"), numeric quantifiers ("exactly three", "at least two", "the same number of"), logic ("or", "both",
"neither ... nor", "not", "either ... or"), anaphora and two-part questions ("There is a triangle; what colour is
it?"), comparisons of two shapes' attributes, and unusual but natural wordings ("whats the colour of the thing on
the far left", "number of non-circle shapes").

Images (numpy + PIL, seeded): 64x64 or 128x128 (``--size``), a plain light background with a slight tint and mild
noise, 2-6 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon, hexagon, star) in saturated
fills (red, green, blue, yellow, orange, purple, black, gray), no outlines, drawn at 4x and downsampled, never
overlapping (a gap of at least 4 px between their boxes) and never cut by the border. Each scene draws its colours
and kinds from a random subset of the palette, so that repeats (for aggregates and quantifiers) are common.
Squares and rectangles are axis-aligned; a rectangle's sides differ by a factor of at least 1.6. The ground truth
of every shape (kind, colour, box, centre and area, from its own antialiased mask) is kept exactly.

Questions: 64 templates in 10 families (relation, proximity, ordinal, frame, aggregate, numeric, logic, anaphora,
compare, wording). A question is only generated when the ground truth answers it unambiguously:

- referents are unique: "the triangle" only with exactly one triangle, "the red one" only with exactly one red
  shape, "the red circle" only with exactly one red circle;
- relations ("left of", "above", "the shape right of") compare centres and need a margin of at least 12% of the
  image side between the centres of every shape involved (no shape in the doubtful band); "the shape left of X"
  only when exactly one shape is clearly that way and every other shape is clearly the other way;
- "next to" / "closest" / "farthest" only when one shape is clearly nearest (farthest) by both centre distance and
  box gap (the next one at least 12% of the side further, and for nearest 1.4 times as far); "between A and B"
  only when exactly one shape lies anywhere near the segment AB, well inside it;
- ordinals and extremes only when the shape is at least 12% of the side (along that axis) from its neighbours in
  the ranking;
- corners are quadrants: a shape is in one when its centre is at least 15% of the side from both midlines, and
  clearly out when at least 15% on the other side of one midline; halves and "in the middle" likewise need 12%;
- size comparisons only with area ratios of at least 1.8 ("the same size" is "yes" at a ratio of at most 1.15);
- an absent colour is never one a viewer might give a present colour's shade (``CONFUSABLE``).

Squares and rectangles: gold "square" for a square. A square is also a rectangle to a geometer, so no question is
generated whose answer would hinge on that: nothing counts, looks for or asks about rectangles when the picture
holds a square, "how many kinds" and "the most common shape" are not asked when both are present, and "the
rectangle" is never said when there is a square.

Scoring: golds are lower-case canonical ("yes", "no", digits, a colour, a shape, a corner such as "top left").
Before the shared exact-string ``outcome`` compares them, the answer goes through ``normalise``: case and end
punctuation dropped, "grey" -> "gray", "violet" -> "purple", "disc"/"disk" -> "circle", number words -> digits
("none"/"zero" -> "0"), and articles dropped; where the gold is a colour, shape words, a tone ("dark blue") and
filler ("it is", "shape", "one") are dropped too; where the gold is a shape, colour and tone words and filler are
dropped ("the red circle" answers "which shape is leftmost"); where the gold is a corner, "upper"/"lower" read as
"top"/"bottom", hyphens split words, "corner", "in", "at" and filler are dropped and the two words may come in
either order ("upper-left corner" and "left top" answer "top left"). "Which is bigger: A or B" where the answer was
named by its colour also accepts its kind when the two differ in kind (GQA's "which is bigger" answers a name; added
after the first run).

    python examples/benchmarks/shape_scenes_askers2.py                      # 150 images, 8 questions each
    python examples/benchmarks/shape_scenes_askers2.py --size 64 --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family and by template, then (with
``--show-failures``) every wrong, planning-error and unknown answer grouped by outcome and family.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable

import numpy as np
import shape_scenes_askers as askers
from shape_bench_common import ANSWER_SYNONYMS, CONFUSABLE, FILLER, in_gold_terms, new_templates, pick_items, yn
from shape_scenes_askers import ALL_KINDS, COLOURS, PLURAL, Item, Scene, Shape, paint, place  # the sibling's

MARGIN = 0.12  # of the image side: the least distance between centres that makes a position word clear
CORNER = 0.15  # of the image side: the least distance from both midlines that puts a centre in a corner
SIZE_RATIO = 1.8  # the least area factor that makes "bigger" clear
SAME_RATIO = 1.15  # the largest area factor that is "the same size"
NUMBER_NAMES = ["zero", "one", "two", "three", "four", "five", "six", "seven"]
ORDINALS = {2: ("second", "2nd"), 3: ("third", "3rd"), 4: ("fourth", "4th")}
CORNERS = [("top left", -1, -1), ("top right", 1, -1), ("bottom left", -1, 1), ("bottom right", 1, 1)]


# ----------------------------------------------------------------------------------------------------- drawing


def make_scene(index: int, side: int, kinds: list[str], rng: np.random.Generator) -> Scene:
    count = int(rng.integers(2, 7))
    kind_pool = [str(k) for k in rng.choice(kinds, size=int(rng.integers(2, len(kinds) + 1)), replace=False)]
    size = int(rng.integers(2, len(COLOURS) + 1))
    colour_pool = [str(c) for c in rng.choice(list(COLOURS), size=size, replace=False)]
    return paint(index, side, place(side, count, kind_pool, rng), colour_pool, rng)


# ----------------------------------------------------------------------------------------------------- geometry

Offset = Callable[[Shape, Shape], float]
OFFSETS: dict[str, Offset] = {  # how far A lies that way from B, centre to centre
    "left": lambda a, b: b.cx - a.cx,
    "right": lambda a, b: a.cx - b.cx,
    "above": lambda a, b: b.cy - a.cy,
    "below": lambda a, b: a.cy - b.cy,
}
REL_WORDS = {"left": "to the left of", "right": "to the right of", "above": "above", "below": "below"}


def centre_distance(a: Shape, b: Shape) -> float:
    return math.hypot(a.cx - b.cx, a.cy - b.cy)


def box_gap(a: Shape, b: Shape) -> float:
    dx = max(0, a.box[0] - b.box[2], b.box[0] - a.box[2])
    dy = max(0, a.box[1] - b.box[3], b.box[1] - a.box[3])
    return math.hypot(dx, dy)


def size_gold(a: Shape, b: Shape, bigger: bool) -> str | None:
    """yes / no for "is A bigger (smaller) than B", when the areas differ clearly."""
    ratio = a.area / b.area
    if ratio >= SIZE_RATIO or ratio <= 1 / SIZE_RATIO:
        return yn((ratio > 1) == bigger)
    return None


# ----------------------------------------------------------------------------------------------------- questions


class View(askers.View):
    """What the question templates read from a scene's ground truth: the sibling's (its askable colours and kinds,
    its references by kind, its unique shapes and pairs), with a narrower margin, corners, and references by
    colour and kind together."""

    def __init__(self, scene: Scene, kinds: list[str]):
        super().__init__(scene, kinds)
        self.margin = MARGIN * scene.side
        self.corner = CORNER * scene.side
        self.combos = Counter((s.colour, s.kind) for s in scene.shapes)

    # ---- vocabulary

    def square_and_rectangle(self) -> bool:
        return bool(self.kinds["square"] and self.kinds["rectangle"])

    # ---- referring to one shape

    def colour_ref(self, s: Shape, rng: np.random.Generator, one: bool = True) -> str | None:
        """ "the red shape" (or "thing", or "one" where no kind noun comes before it: "how many circles are right
        of the red one" would mean the red circle)."""
        if self.colours[s.colour] != 1:
            return None
        return f"the {s.colour} {rng.choice(['shape', 'one', 'thing'] if one else ['shape', 'thing'])}"

    def full_ref(self, s: Shape) -> str | None:
        if self.combos[s.colour, s.kind] != 1 or (s.kind == "rectangle" and self.kinds["square"]):
            return None
        return f"the {s.colour} {s.kind}"

    def ref(self, s: Shape, rng: np.random.Generator, full: bool = True, one: bool = True) -> tuple[str, str] | None:
        """A phrase naming ``s`` alone, and what names it in an answer (its kind or its colour; for "the red
        circle", its kind)."""
        options = []
        if self.kind_ref(s):
            options.append((self.kind_ref(s), s.kind))
        if self.colour_ref(s, rng):
            options.append((self.colour_ref(s, rng, one), s.colour))
        if full and self.full_ref(s) and not options:
            options.append((self.full_ref(s), s.kind))
        elif full and self.full_ref(s) and rng.random() < 0.3:
            options.append((self.full_ref(s), s.kind))
        return options[int(rng.integers(len(options)))] if options else None

    def other_colour(self, colour: str, rng: np.random.Generator) -> str:
        choices = [c for c in self.askable_colours() if c != colour and c not in CONFUSABLE.get(colour, set())]
        return str(rng.choice(choices))

    # ---- relations

    def side_count(self, b: Shape, offset: Offset, keep: Callable[[Shape], bool] = lambda s: True) -> int | None:
        """How many of the kept shapes lie clearly that way from ``b``, when none lies in the doubtful band."""
        offs = [offset(a, b) for a in self.shapes if a is not b and keep(a)]
        if any(abs(o) < self.margin for o in offs):
            return None
        return sum(o > 0 for o in offs)

    def any_that_way(self, b: Shape, offset: Offset, keep: Callable[[Shape], bool] = lambda s: True) -> str | None:
        """yes when a kept shape lies clearly that way from ``b``; no when every kept one lies clearly the other."""
        offs = [offset(a, b) for a in self.shapes if a is not b and keep(a)]
        if any(o >= self.margin for o in offs):
            return "yes"
        if all(o <= -self.margin for o in offs):
            return "no"
        return None

    def lone_beside(self, b: Shape, offset: Offset) -> Shape | None:
        """The one shape clearly that way from ``b``, when every other shape is clearly the other way."""
        ahead = [a for a in self.shapes if a is not b and offset(a, b) >= self.margin]
        behind = [a for a in self.shapes if a is not b and offset(a, b) <= -self.margin]
        return ahead[0] if len(ahead) == 1 and len(ahead) + len(behind) == self.n - 1 else None

    def nearest(self, b: Shape, far: bool = False) -> Shape | None:
        """The shape clearly nearest to (farthest from) ``b`` by centre distance and by box gap alike."""
        others = [a for a in self.shapes if a is not b]
        if len(others) < 2:
            return None
        sign = -1 if far else 1
        by_centre = sorted(others, key=lambda a: sign * centre_distance(a, b))
        by_gap = sorted(others, key=lambda a: sign * box_gap(a, b))
        if by_centre[0] is not by_gap[0]:
            return None
        d1, d2 = centre_distance(by_centre[0], b), centre_distance(by_centre[1], b)
        g1, g2 = box_gap(by_gap[0], b), box_gap(by_gap[1], b)
        if abs(d2 - d1) < self.margin or abs(g2 - g1) < self.margin / 2:
            return None
        if not far and d2 < 1.4 * d1:
            return None
        return by_centre[0]

    def between(self, a: Shape, c: Shape) -> Shape | None:
        """The one shape between ``a`` and ``c``: well inside the segment and near it, no other anywhere near."""
        dx, dy = c.cx - a.cx, c.cy - a.cy
        length = math.hypot(dx, dy)
        if length < 3 * self.margin:
            return None
        strict, loose = [], []
        for s in self.shapes:
            if s is a or s is c:
                continue
            t = ((s.cx - a.cx) * dx + (s.cy - a.cy) * dy) / length**2
            perp = abs((s.cx - a.cx) * dy - (s.cy - a.cy) * dx) / length
            if 0 < t < 1 and perp <= 0.6 * length:
                loose.append(s)
                if 0.25 <= t <= 0.75 and perp <= 0.25 * length:
                    strict.append(s)
        return strict[0] if len(loose) == 1 and len(strict) == 1 else None

    def ranked(self, key: Callable[[Shape], float], k: int) -> Shape | None:
        """The ``k``-th shape (from 1) by ``key``, when it is at least the margin from its neighbours."""
        if self.n < max(k, 2):
            return None
        order = sorted(self.shapes, key=key)
        here = key(order[k - 1])
        if k >= 2 and here - key(order[k - 2]) < self.margin:
            return None
        if k < self.n and key(order[k]) - here < self.margin:
            return None
        return order[k - 1]

    # ---- frame

    def in_corner(self, s: Shape, sx: int, sy: int) -> str | None:
        """yes when the centre is clearly in that quadrant, no when clearly across a midline, else None."""
        dx, dy = (s.cx - self.w / 2) * sx, (s.cy - self.w / 2) * sy
        if dx >= self.corner and dy >= self.corner:
            return "yes"
        if dx <= -self.corner or dy <= -self.corner:
            return "no"
        return None

    def corner_of(self, s: Shape) -> str | None:
        for name, sx, sy in CORNERS:
            if self.in_corner(s, sx, sy) == "yes":
                return name
        return None


TEMPLATES, template = new_templates()


def number(n: int, rng: np.random.Generator) -> str:
    return NUMBER_NAMES[n] if rng.random() < 0.5 else str(n)


# relation


@template("relation", "how many shapes are to the left of B")
def _(v, rng):
    out = []
    for b in v.shapes:
        rb, n = v.ref(b, rng), v.side_count(b, OFFSETS["left"])
        if rb and n is not None:
            out.append((f"How many shapes are to the left of {rb[0]}?", str(n)))
    return out


@template("relation", "how many things are above B")
def _(v, rng):
    out = []
    for b in v.shapes:
        rb, n = v.ref(b, rng), v.side_count(b, OFFSETS["above"])
        if rb and n is not None:
            out.append((f"how many things are above {rb[0]}", str(n)))
    return out


@template("relation", "what colour is the shape right of B")
def _(v, rng):
    out = []
    for b in v.shapes:
        a, rb = v.lone_beside(b, OFFSETS["right"]), v.ref(b, rng)
        if a and rb:
            out.append((f"What colour is the shape right of {rb[0]}?", a.colour))
    return out


@template("relation", "which shape is below B")
def _(v, rng):
    out = []
    for b in v.shapes:
        a, rb = v.lone_beside(b, OFFSETS["below"]), v.ref(b, rng)
        if a and rb:
            out.append((f"Which shape is below {rb[0]}?", a.kind))
    return out


@template("relation", "is there a kind below B")
def _(v, rng):
    out = []
    for b in v.shapes:
        rb = v.ref(b, rng, one=False)
        if not rb:
            continue
        for k in v.askable_kinds():
            if k == b.kind:
                continue
            gold = v.any_that_way(b, OFFSETS["below"], lambda s, k=k: s.kind == k)
            if gold:
                out.append((f"Is there a {k} below {rb[0]}?", gold))
    return out


@template("relation", "how many kinds are right of B")
def _(v, rng):
    out = []
    for b in v.shapes:
        rb = v.ref(b, rng, one=False)
        if not rb:
            continue
        for k in v.askable_kinds():
            if k == b.kind or not v.kinds[k]:
                continue
            n = v.side_count(b, OFFSETS["right"], lambda s, k=k: s.kind == k)
            if n is not None:
                out.append((f"how many {PLURAL[k]} are right of {rb[0]}?", str(n)))
    return out


@template("relation", "what colour is the shape D of the one E of B")
def _(v, rng):
    out = []
    for b in v.shapes:
        rb = v.ref(b, rng)
        if not rb:
            continue
        for first in OFFSETS:
            c = v.lone_beside(b, OFFSETS[first])
            if not c:
                continue
            for second in OFFSETS:
                d = v.lone_beside(c, OFFSETS[second])
                if d and d is not b:
                    text = f"What colour is the shape {REL_WORDS[second]} the one {REL_WORDS[first]} {rb[0]}?"
                    out.append((text, d.colour))
    return out


# proximity


@template("proximity", "what is the shape next to B")
def _(v, rng):
    out = []
    for b in v.shapes:
        a, rb = v.nearest(b), v.ref(b, rng)
        if a and rb:
            out.append((f"What is the shape next to {rb[0]}?", a.kind))
    return out


@template("proximity", "what shape is closest to B")
def _(v, rng):
    out = []
    for b in v.shapes:
        a, rb = v.nearest(b), v.ref(b, rng)
        if a and rb:
            out.append((f"what shape is closest to {rb[0]}", a.kind))
    return out


@template("proximity", "what colour is the shape nearest to B")
def _(v, rng):
    out = []
    for b in v.shapes:
        a, rb = v.nearest(b), v.ref(b, rng)
        if a and rb:
            out.append((f"What colour is the shape nearest to {rb[0]}?", a.colour))
    return out


@template("proximity", "which shape is farthest from B")
def _(v, rng):
    out = []
    for b in v.shapes:
        a, rb = v.nearest(b, far=True), v.ref(b, rng)
        if a and rb:
            out.append((f"Which shape is farthest from {rb[0]}?", a.kind))
    return out


@template("proximity", "what colour is the shape furthest away from B")
def _(v, rng):
    out = []
    for b in v.shapes:
        a, rb = v.nearest(b, far=True), v.ref(b, rng)
        if a and rb:
            out.append((f"What colour is the shape furthest away from {rb[0]}?", a.colour))
    return out


@template("proximity", "which shape is between A and C")
def _(v, rng):
    out = []
    for i, a in enumerate(v.shapes):
        for c in v.shapes[i + 1 :]:
            s, ra, rc = v.between(a, c), v.ref(a, rng), v.ref(c, rng)
            if s and ra and rc:
                out.append((f"Which shape is between {ra[0]} and {rc[0]}?", s.kind))
    return out


# ordinals and extremes


def ordinal_questions(v: View, rng: np.random.Generator, key: Callable[[Shape], float], pattern: str, what: str):
    out = []
    for k, (word, short) in ORDINALS.items():
        s = v.ranked(key, k)
        if s:
            out.append((pattern.format(nth=word, nth_short=short), getattr(s, what)))
    return out


@template("ordinal", "what colour is the second shape from the left")
def _(v, rng):
    return ordinal_questions(v, rng, lambda s: s.cx, "What colour is the {nth} shape from the left?", "colour")


@template("ordinal", "which shape is third from the top")
def _(v, rng):
    return ordinal_questions(v, rng, lambda s: s.cy, "Which shape is {nth} from the top?", "kind")


@template("ordinal", "whats the 2nd shape from the right")
def _(v, rng):
    return ordinal_questions(v, rng, lambda s: -s.cx, "whats the {nth_short} shape from the right", "kind")


@template("ordinal", "what colour is the 2nd shape from the bottom")
def _(v, rng):
    return ordinal_questions(v, rng, lambda s: -s.cy, "What color is the {nth_short} shape from the bottom?", "colour")


@template("ordinal", "what is the last shape on the right")
def _(v, rng):
    s = v.ranked(lambda s: -s.cx, 1)
    return [("What is the last shape on the right?", s.kind)] if s else []


@template("ordinal", "which shape is leftmost")
def _(v, rng):
    s = v.ranked(lambda s: s.cx, 1)
    return [("Which shape is leftmost?", s.kind)] if s else []


@template("ordinal", "what colour is the highest shape")
def _(v, rng):
    s = v.ranked(lambda s: s.cy, 1)
    return [("what colour is the highest shape", s.colour)] if s else []


@template("ordinal", "which one is the lowest")
def _(v, rng):
    s = v.ranked(lambda s: -s.cy, 1)
    return [("Which one is the lowest?", s.kind)] if s else []


# places in the frame


@template("frame", "what shape is in the corner")
def _(v, rng):
    out = []
    for name, sx, sy in CORNERS:
        answers = [v.in_corner(s, sx, sy) for s in v.shapes]
        if answers.count("yes") == 1 and answers.count("no") == v.n - 1:
            out.append((f"What shape is in the {name} corner?", v.shapes[answers.index("yes")].kind))
    return out


@template("frame", "what colour is the shape in the corner")
def _(v, rng):
    out = []
    for name, sx, sy in CORNERS:
        answers = [v.in_corner(s, sx, sy) for s in v.shapes]
        if answers.count("yes") == 1 and answers.count("no") == v.n - 1:
            out.append((f"what colour is the shape in the {name} corner", v.shapes[answers.index("yes")].colour))
    return out


@template("frame", "is there anything in the corner")
def _(v, rng):
    out = []
    for name, sx, sy in CORNERS:
        answers = [v.in_corner(s, sx, sy) for s in v.shapes]
        if "yes" in answers:
            out.append((f"Is there anything in the {name} corner?", "yes"))
        elif answers.count("no") == v.n:
            out.append((f"Is there anything in the {name} corner?", "no"))
    return out


@template("frame", "which corner is B in")
def _(v, rng):
    out = []
    for s in v.shapes:
        where, rs = v.corner_of(s), v.ref(s, rng)
        if where and rs:
            out.append((f"Which corner is {rs[0]} in?", where))
    return out


@template("frame", "what colour is the shape in the middle")
def _(v, rng):
    off = [math.hypot(s.cx - v.w / 2, s.cy - v.w / 2) for s in v.shapes]
    near = [s for s, d in zip(v.shapes, off, strict=True) if d <= v.margin]
    if len(near) == 1 and all(d >= 2.5 * v.margin for s, d in zip(v.shapes, off, strict=True) if s is not near[0]):
        return [("What colour is the shape in the middle?", near[0].colour)]
    return []


@template("frame", "how many shapes are in the bottom half")
def _(v, rng):
    out = []
    halves = {
        "bottom": lambda s: s.cy - v.w / 2,
        "top": lambda s: v.w / 2 - s.cy,
        "left": lambda s: v.w / 2 - s.cx,
        "right": lambda s: s.cx - v.w / 2,
    }
    for name, offset in halves.items():
        offs = [offset(s) for s in v.shapes]
        if all(abs(o) >= v.margin for o in offs):
            out.append((f"How many shapes are in the {name} half?", str(sum(o > 0 for o in offs))))
    return out


# aggregates


@template("aggregate", "how many colours are used for the shapes")
def _(v, rng):
    return [("How many colors are used for the shapes?", str(len(v.colours)))]


@template("aggregate", "which colour appears most often")
def _(v, rng):
    top = v.colours.most_common()
    if top[0][1] >= 2 and (len(top) == 1 or top[1][1] < top[0][1]):
        return [("Which colour appears most often?", top[0][0])]
    return []


@template("aggregate", "how many different kinds of shapes")
def _(v, rng):
    return [] if v.square_and_rectangle() else [("How many different kinds of shapes are there?", str(len(v.kinds)))]


@template("aggregate", "are all the shapes the same colour")
def _(v, rng):
    return [("Are all the shapes the same colour?", yn(len(v.colours) == 1))]


@template("aggregate", "is every kind colour")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        if not v.kinds[k]:
            continue
        present = {s.colour for s in v.shapes if s.kind == k}
        others = [c for c in v.askable_colours() if c not in present]
        for c in present | ({str(rng.choice(others))} if others else set()):
            out.append((f"Is every {k} {c}?", yn(present == {c})))
    return out


@template("aggregate", "what is the most common shape")
def _(v, rng):
    top = v.kinds.most_common()
    if not v.square_and_rectangle() and top[0][1] >= 2 and (len(top) == 1 or top[1][1] < top[0][1]):
        return [("What's the most common shape?", top[0][0])]
    return []


# numeric quantifiers


@template("numeric", "are there exactly N kinds")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        have = v.kinds[k]
        for n in {max(have, 1), have + 1, max(have - 1, 1)}:
            if n == 1:
                out.append((f"Is there exactly {number(n, rng)} {k}?", yn(have == n)))
            else:
                out.append((f"Are there exactly {number(n, rng)} {PLURAL[k]}?", yn(have == n)))
    return out


@template("numeric", "are there at least N colour shapes")
def _(v, rng):
    out = []
    for c in v.askable_colours():
        have = v.colours[c]
        for n in {max(have, 2), have + 1}:
            out.append((f"are there at least {number(n, rng)} {c} shapes", yn(have >= n)))
    return out


@template("numeric", "are there more than N kinds")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        have = v.kinds[k]
        for n in {have, max(have - 1, 1)}:
            out.append((f"Are there more than {n} {k if n == 1 else PLURAL[k]}?", yn(have > n)))
    return out


@template("numeric", "are there fewer than N shapes")
def _(v, rng):
    return [(f"Are there fewer than {number(n, rng)} shapes?", yn(v.n < n)) for n in {v.n, v.n + 1, max(v.n - 1, 2)}]


@template("numeric", "the same number of k1s and k2s")
def _(v, rng):
    kinds = v.askable_kinds()
    return [
        (f"Are there the same number of {PLURAL[a]} and {PLURAL[b]}?", yn(v.kinds[a] == v.kinds[b]))
        for i, a in enumerate(kinds)
        for b in kinds[i + 1 :]
        if v.kinds[a] or v.kinds[b]
    ]


@template("numeric", "more c1 shapes than c2 ones")
def _(v, rng):
    colours = v.askable_colours()
    return [
        (f"Are there more {a} shapes than {b} ones?", yn(v.colours[a] > v.colours[b]))
        for a in colours
        for b in colours
        if a != b and (v.colours[a] or v.colours[b])
    ]


# logic


def combo_exists(v: View, colour: str, kind: str) -> bool:
    return any(s.colour == colour and s.kind == kind for s in v.shapes)


def some_combos(v: View, rng: np.random.Generator, count: int) -> list[tuple[str, str]]:
    """``count`` (colour, kind) pairs, present ones about half the time."""
    out = []
    for _ in range(count):
        if rng.random() < 0.5:
            s = v.shapes[int(rng.integers(v.n))]
            if not (s.kind == "rectangle" and v.kinds["square"]):
                out.append((s.colour, s.kind))
                continue
        out.append((str(rng.choice(v.askable_colours())), str(rng.choice(v.askable_kinds()))))
    return out


@template("logic", "is there a c1 k1 or a c2 k2")
def _(v, rng):
    out = []
    for _ in range(6):
        (c1, k1), (c2, k2) = some_combos(v, rng, 2)
        if (c1, k1) != (c2, k2):
            gold = yn(combo_exists(v, c1, k1) or combo_exists(v, c2, k2))
            out.append((f"Is there a {c1} {k1} or a {c2} {k2}?", gold))
    return out


@template("logic", "are there both a k1 and a k2")
def _(v, rng):
    kinds = v.askable_kinds()
    return [
        (f"Are there both a {a} and a {b}?", yn(v.kinds[a] > 0 and v.kinds[b] > 0))
        for a in kinds
        for b in kinds
        if a != b and (v.kinds[a] or v.kinds[b])
    ]


@template("logic", "is there neither a k1 nor a k2")
def _(v, rng):
    kinds = v.askable_kinds()
    return [
        (f"Is there neither a {a} nor a {b}?", yn(not v.kinds[a] and not v.kinds[b]))
        for a in kinds
        for b in kinds
        if a != b
    ]


@template("logic", "is there a shape that is not a kind")
def _(v, rng):
    return [(f"Is there a shape that is not a {k}?", yn(v.kinds[k] < v.n)) for k in v.askable_kinds()]


@template("logic", "how many shapes are either colour or kinds")
def _(v, rng):
    out = []
    for c in v.askable_colours():
        for k in v.askable_kinds():
            if v.colours[c] or v.kinds[k]:
                n = sum(1 for s in v.shapes if s.colour == c or s.kind == k)
                out.append((f"How many shapes are either {c} or {PLURAL[k]}?", str(n)))
    return out


@template("logic", "is there a k1 but no k2")
def _(v, rng):
    kinds = v.askable_kinds()
    return [
        (f"is there a {a} but no {b}?", yn(v.kinds[a] > 0 and v.kinds[b] == 0))
        for a in kinds
        for b in kinds
        if a != b and (v.kinds[a] or v.kinds[b])
    ]


# anaphora and two-part questions


@template("anaphora", "there is a kind; what colour is it")
def _(v, rng):
    return [(f"There is a {s.kind}; what colour is it?", s.colour) for s in v.unique_kinds()]


@template("anaphora", "look at the kind. is it bigger than B")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        rb, gold = v.ref(b, rng, one=False), size_gold(a, b, True)
        if v.kind_ref(a) and rb and gold:
            out.append((f"Look at {v.kind_ref(a)}. Is it bigger than {rb[0]}?", gold))
    return out


@template("anaphora", "the colour shape - what shape is it")
def _(v, rng):
    return [(f"The {s.colour} shape \u2014 what shape is it?", s.kind) for s in v.unique_colours()]


@template("anaphora", "find B. is there anything above it")
def _(v, rng):
    out = []
    for b in v.shapes:
        rb, gold = v.ref(b, rng), v.any_that_way(b, OFFSETS["above"])
        if rb and gold:
            out.append((f"Find {rb[0]}. Is there anything above it?", gold))
    return out


@template("anaphora", "there's a colour shape. is it a kind")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        for k in v.active:
            if not (k == "rectangle" and s.kind == "square"):
                out.append((f"There's a {s.colour} shape. Is it a {k}?", yn(k == s.kind)))
    return out


@template("anaphora", "take the leftmost shape. what colour is it")
def _(v, rng):
    s = v.ranked(lambda s: s.cx, 1)
    return [("Take the leftmost shape. What colour is it?", s.colour)] if s else []


# comparisons of two shapes' attributes


@template("compare", "is the k1 the same colour as the k2")
def _(v, rng):
    return [
        (f"Is {v.kind_ref(a)} the same colour as {v.kind_ref(b)}?", yn(a.colour == b.colour))
        for a, b in v.pairs()
        if v.kind_ref(a) and v.kind_ref(b)
    ]


@template("compare", "do the k1 and the k2 have the same size")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        if v.kind_ref(a) and v.kind_ref(b):
            ratio = max(a.area, b.area) / min(a.area, b.area)
            if ratio <= SAME_RATIO or ratio >= SIZE_RATIO:
                gold = yn(ratio <= SAME_RATIO)
                out.append((f"Do {v.kind_ref(a)} and {v.kind_ref(b)} have the same size?", gold))
    return out


@template("compare", "which is bigger: A or B")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng, full=False), v.ref(b, rng, full=False)
        if ra and rb and a.area / b.area >= SIZE_RATIO and ra[1] != rb[1]:
            first, second = (ra, rb) if rng.random() < 0.5 else (rb, ra)
            gold = f"{ra[1]}|{a.kind}" if ra[1] != a.kind and a.kind != b.kind else ra[1]
            out.append((f"Which is bigger: {first[0]} or {second[0]}?", gold))
    return out


@template("compare", "is the c1 thing the same shape as the c2 thing")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        if v.colours[a.colour] == 1 and v.colours[b.colour] == 1 and {a.kind, b.kind} != {"square", "rectangle"}:
            out.append((f"Is the {a.colour} thing the same shape as the {b.colour} thing?", yn(a.kind == b.kind)))
    return out


@template("compare", "is A larger than B")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ra, rb, gold = v.ref(a, rng), v.ref(b, rng), size_gold(a, b, True)
        if ra and rb and gold:
            out.append((f"Is {ra[0]} larger than {rb[0]}?", gold))
    return out


# unusual but natural wordings


@template("wording", "whats the colour of the thing on the far left")
def _(v, rng):
    s = v.ranked(lambda s: s.cx, 1)
    return [("whats the colour of the thing on the far left", s.colour)] if s else []


@template("wording", "shape at the very top?")
def _(v, rng):
    s = v.ranked(lambda s: s.cy, 1)
    return [("shape at the very top?", s.kind)] if s else []


@template("wording", "count shapes that aren't colour")
def _(v, rng):
    return [(f"count shapes that aren't {c}", str(v.n - v.colours[c])) for c in v.askable_colours()]


@template("wording", "how many of the shapes are kinds")
def _(v, rng):
    return [(f"how many of the shapes are {PLURAL[k]}", str(v.kinds[k])) for k in v.askable_kinds()]


@template("wording", "tell me how many colour things you can see")
def _(v, rng):
    return [(f"tell me how many {c} things you can see", str(v.colours[c])) for c in v.askable_colours()]


@template("wording", "number of non-kind shapes")
def _(v, rng):
    return [(f"number of non-{k} shapes", str(v.n - v.kinds[k])) for k in v.askable_kinds()]


@template("wording", "any colour in there?")
def _(v, rng):
    return [(f"any {c} in there?", yn(v.colours[c] > 0)) for c in v.askable_colours()]


@template("wording", "biggest one, what colour?")
def _(v, rng):
    ranked = sorted(v.shapes, key=lambda s: -s.area)
    if v.n >= 2 and ranked[0].area / ranked[1].area >= SIZE_RATIO:
        return [("biggest one, what colour?", ranked[0].colour)]
    return []


FAMILIES = list(dict.fromkeys(family for family, _, _ in TEMPLATES))


def pick_questions(
    scene: Scene, kinds: list[str], per_image: int, used: Counter, rng: np.random.Generator
) -> list[Item]:
    """The sibling's pick of ``per_image`` questions (see ``pick_items``), from this benchmark's templates."""
    return pick_items(View(scene, kinds), TEMPLATES, per_image, used, rng, Item)


# ----------------------------------------------------------------------------------------------------- scoring

SYNONYMS = {**ANSWER_SYNONYMS, "upper": "top", "lower": "bottom"}
CORNER_GOLDS = {name for name, _, _ in CORNERS}


def normalise(said: str, gold: str) -> str:
    """The answer in the gold's terms where it says the same thing in other words (see the module docstring)."""
    if gold in CORNER_GOLDS:
        words = [SYNONYMS.get(w, w) for w in re.findall(r"[a-z0-9']+", said.lower())]
        rest = [w for w in words if w not in FILLER | {"corner", "in", "at", "of", "hand"}]
        return gold if sorted(rest) == sorted(gold.split()) else said
    return in_gold_terms(said, gold, COLOURS, ALL_KINDS, SYNONYMS)


# ----------------------------------------------------------------------------------------------------- run


def main() -> None:
    askers.run(__doc__, make_scene, pick_questions, TEMPLATES, FAMILIES, normalise)


if __name__ == "__main__":
    main()
