"""How nsvr copes with questions about flat shape drawings written the way many different people would type them.

Written blind: the question templates were written without reading nsvr's parser, grammar, tests or the other
shape benchmarks, so they measure how far the embedded parser reaches into ordinary wording it was not shown, not
how well it answers its own phrasings. Nothing here was tuned to nsvr's answers after the first run (saved beside
this script as ``shape_scenes_askers_first_run.txt``).

Images (numpy + PIL, seeded): 64x64 or 128x128 (``--size``), a plain light background with a slight tint and mild
noise, 1-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon, hexagon, star) in saturated
fills (red, green, blue, yellow, orange, purple, black, gray), no outlines, drawn at 4x and downsampled, never
overlapping (a gap of at least 4 px between their boxes) and never cut by the border. Squares and rectangles are
axis-aligned; a rectangle's sides differ by a factor of at least 1.6. The ground truth of every shape (kind,
colour, box, centre and area, from its own antialiased mask) is kept exactly.

Questions: about 70 templates in 12 families (count, exist, colour, shape, attribute, position, relation, size,
compare, negation, quantifier, property), casual, terse, polite, imperative, British and American spellings. A
question is only generated when the ground truth answers it unambiguously: "the triangle" only when there is
exactly one triangle ("the red one" only when exactly one shape is red); position words only with a margin of at
least 15% of the image side (from the middle for "on the left side", between centres for "left of", between the
first and second shape for "highest"); size comparisons only when the areas differ by a factor of at least 1.8;
an absent colour is never one a viewer might give a present colour's shade (``CONFUSABLE``).

Squares and rectangles: gold "square" for a square. A square is also a rectangle to a geometer, so no question is
generated whose answer would hinge on that: nothing counts, looks for or asks "is it a rectangle" about
rectangles when the picture holds a square, and "the rectangle" is never said when there is a square. Asked "what
shape" (or "a square or a rectangle?") about a square, "rectangle" is scored wrong.

Scoring: golds are lower-case canonical ("yes", "no", digits, a colour, a shape). Before the shared exact-string
``outcome`` compares them, the answer goes through ``normalise``: case and end punctuation dropped, "grey" ->
"gray", "violet" -> "purple", "disc"/"disk" -> "circle", number words -> digits ("none"/"zero" -> "0"), and
articles dropped; where the gold is a colour, shape words and a tone ("dark blue") are dropped too; where the
gold is a shape, colour and tone words are dropped ("the red circle" answers "which shape is highest"). "Which is
further left (smaller), A or B" where the answer was named by its colour also accepts its kind when the two differ
in kind (GQA's "which is bigger" answers a name; added after the first run, where nsvr could not read such options
at all).

    python examples/benchmarks/shape_scenes_askers.py                      # 150 images, 8 questions each
    python examples/benchmarks/shape_scenes_askers.py --size 64 --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family and by template, then (with
``--show-failures``) every wrong, planning-error and unknown answer grouped by outcome and family.
"""

from __future__ import annotations

import argparse
import math
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PIL import Image, ImageDraw
from shape_bench_common import (
    CONFUSABLE,
    ask_all,
    cap,
    in_gold_terms,
    lenient,
    new_templates,
    pick_items,
    print_shares,
    yn,
)

COLOURS: dict[str, tuple[int, int, int]] = {
    "red": (220, 30, 35),
    "green": (30, 165, 55),
    "blue": (35, 70, 220),
    "yellow": (245, 210, 20),
    "orange": (250, 135, 15),
    "purple": (130, 40, 170),
    "black": (20, 20, 20),
    "gray": (125, 125, 125),
}
BASIC = ["circle", "square", "rectangle", "triangle"]
MORE = ["pentagon", "hexagon", "star"]
ALL_KINDS = BASIC + MORE
PLURAL = {k: k + "s" for k in ALL_KINDS}
SIDES = {"triangle": 3, "square": 4, "rectangle": 4, "pentagon": 5, "hexagon": 6}
CORNERS = {"circle": 0, **SIDES}  # a star's corners (5 or 10) are left unasked
SUPER = 4  # drawn at 4x, then averaged down: antialiased edges, exact areas
GAP = 4  # pixels between any two shapes' boxes
BORDER = 3  # pixels between a box and the image border
MARGIN = 0.15  # of the image side: the least distance that makes a position word clear
SIZE_RATIO = 1.8  # the least area factor that makes "bigger" clear


@dataclass
class Shape:
    kind: str
    colour: str
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 (inclusive) of the pixels at least half covered
    cx: float
    cy: float
    area: float  # covered pixels, fractional at the edges

    def describe(self) -> str:
        return f"{self.colour} {self.kind} c=({self.cx:.0f},{self.cy:.0f}) a={self.area:.0f}"


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str


@dataclass
class Scene:
    index: int
    side: int
    image: np.ndarray
    shapes: list[Shape]
    items: list[Item] = field(default_factory=list)


# ----------------------------------------------------------------------------------------------------- drawing


def outline(kind: str, cx: float, cy: float, extent: float, rng: np.random.Generator) -> list[tuple[float, float]]:
    """The polygon (or, for a circle, the box) of a shape whose larger side is ``extent``."""
    r = extent / 2
    if kind == "circle":
        return [(cx - r, cy - r), (cx + r, cy + r)]
    if kind == "square":
        return [(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r), (cx - r, cy + r)]
    if kind == "rectangle":
        short = r / rng.uniform(1.7, 2.4)
        w, h = (r, short) if rng.random() < 0.5 else (short, r)
        return [(cx - w, cy - h), (cx + w, cy - h), (cx + w, cy + h), (cx - w, cy + h)]
    turn = rng.uniform(0, 2 * math.pi)
    if kind == "star":
        return [
            (
                cx + (r if i % 2 == 0 else 0.45 * r) * math.cos(turn + i * math.pi / 5),
                cy + (r if i % 2 == 0 else 0.45 * r) * math.sin(turn + i * math.pi / 5),
            )
            for i in range(10)
        ]
    n = {"triangle": 3, "pentagon": 5, "hexagon": 6}[kind]
    return [
        (cx + r * math.cos(turn + 2 * math.pi * i / n), cy + r * math.sin(turn + 2 * math.pi * i / n)) for i in range(n)
    ]


def coverage(kind: str, points: list[tuple[float, float]], side: int) -> np.ndarray:
    mask = Image.new("L", (side * SUPER, side * SUPER), 0)
    draw = ImageDraw.Draw(mask)
    scaled = [(x * SUPER, y * SUPER) for x, y in points]
    if kind == "circle":
        draw.ellipse([scaled[0], scaled[1]], fill=255)
    else:
        draw.polygon(scaled, fill=255)
    big = np.asarray(mask, dtype=np.float32) / 255.0
    return big.reshape(side, SUPER, side, SUPER).mean(axis=(1, 3))


def make_scene(index: int, side: int, kinds: list[str], rng: np.random.Generator, most: int = 4) -> Scene:
    """Scene ``index``: 1 to ``most`` shapes of ``kinds`` on a ``side`` px picture."""
    count = int(rng.integers(1, most + 1))
    return paint(index, side, place(side, count, kinds, rng), list(COLOURS), rng)


def place(side: int, count: int, kinds: list[str], rng: np.random.Generator) -> list[tuple[str, float, float, float]]:
    """Where ``count`` shapes of ``kinds`` go on a ``side`` px picture, apart and inside it: (kind, centre x, centre
    y, extent) of each (the last layout tried where none of 200 fits)."""
    plan: list[tuple[str, float, float, float]] = []
    high = 0.34 if count <= 2 else 0.26 if count <= 4 else 0.22
    for _ in range(200):  # a layout that fits
        placed: list[tuple[float, float, float, float]] = []  # bounding boxes of the circumscribed squares
        plan = []
        for _ in range(count):
            for _ in range(100):
                extent = side * math.exp(rng.uniform(math.log(0.12), math.log(high)))
                extent = max(extent, 8.0)
                kind = str(rng.choice(kinds))
                half = extent / 2
                lo, hi = BORDER + half + 1, side - BORDER - half - 1
                if lo >= hi:
                    continue
                cx, cy = rng.uniform(lo, hi), rng.uniform(lo, hi)
                box = (cx - half, cy - half, cx + half, cy + half)
                if all(
                    box[2] + GAP < other[0]
                    or other[2] + GAP < box[0]
                    or box[3] + GAP < other[1]
                    or other[3] + GAP < box[1]
                    for other in placed
                ):
                    placed.append(box)
                    plan.append((kind, cx, cy, extent))
                    break
            else:
                break
        if len(plan) == count:
            break
    return plan


def paint(
    index: int, side: int, plan: list[tuple[str, float, float, float]], colours: list[str], rng: np.random.Generator
) -> Scene:
    """Scene ``index``: the shapes of ``plan`` (see :func:`place`), each in one of ``colours``, on a light tinted
    background with mild noise; the truth of every shape from its own antialiased mask."""
    background = np.array([247, 246, 243], dtype=np.float32) + rng.uniform(-9, 5, size=3)
    image = np.ones((side, side, 3), dtype=np.float32) * background
    shapes = []
    gy, gx = np.mgrid[0:side, 0:side]
    for kind, cx, cy, extent in plan:
        colour = str(rng.choice(colours))
        cover = coverage(kind, outline(kind, cx, cy, extent, rng), side)
        fill = np.array(COLOURS[colour], dtype=np.float32)
        image = image * (1 - cover[..., None]) + fill * cover[..., None]
        ys, xs = np.nonzero(cover >= 0.5)
        total = float(cover.sum())
        shapes.append(
            Shape(
                kind,
                colour,
                (int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())),
                float((cover * gx).sum() / total),
                float((cover * gy).sum() / total),
                total,
            )
        )
    image = image + rng.normal(0, 2.5, size=image.shape)
    return Scene(index, side, np.clip(image, 0, 255).round().astype(np.uint8), shapes)


# ----------------------------------------------------------------------------------------------------- questions


class View:
    """What the question templates read from a scene's ground truth."""

    def __init__(self, scene: Scene, kinds: list[str]):
        self.scene = scene
        self.shapes = scene.shapes
        self.n = len(scene.shapes)
        self.w = scene.side
        self.margin = MARGIN * scene.side
        self.kinds = Counter(s.kind for s in scene.shapes)
        self.colours = Counter(s.colour for s in scene.shapes)
        self.active = kinds

    def askable_colours(self) -> list[str]:
        """Present colours, and absent ones no viewer would give a present colour's shade."""
        present = set(self.colours)
        near = set().union(*(CONFUSABLE.get(c, set()) for c in present)) if present else set()
        return [c for c in COLOURS if c in present or c not in near]

    def askable_kinds(self) -> list[str]:
        """Kinds that can be counted or looked for without the square-is-a-rectangle question."""
        return [k for k in self.active if not (k == "rectangle" and self.kinds["square"])]

    def kind_ref(self, s: Shape) -> str | None:
        if self.kinds[s.kind] != 1 or (s.kind == "rectangle" and self.kinds["square"]):
            return None
        return f"the {s.kind}"

    def colour_ref(self, s: Shape, rng: np.random.Generator) -> str | None:
        if self.colours[s.colour] != 1:
            return None
        return f"the {s.colour} {rng.choice(['shape', 'one', 'thing'])}"

    def ref(self, s: Shape, rng: np.random.Generator) -> tuple[str, str] | None:
        """A phrase naming ``s`` alone, and what names it in an answer (its kind or its colour)."""
        options = []
        if self.kind_ref(s):
            options.append((self.kind_ref(s), s.kind))
        if self.colour_ref(s, rng):
            options.append((self.colour_ref(s, rng), s.colour))
        return options[int(rng.integers(len(options)))] if options else None

    def unique_kinds(self) -> list[Shape]:
        return [s for s in self.shapes if self.kind_ref(s)]

    def unique_colours(self) -> list[Shape]:
        return [s for s in self.shapes if self.colours[s.colour] == 1]

    def other_colour(self, colour: str, rng: np.random.Generator) -> str:
        choices = [c for c in COLOURS if c != colour and c not in CONFUSABLE.get(colour, set())]
        return str(rng.choice(choices))

    def pairs(self) -> list[tuple[Shape, Shape]]:
        return [(a, b) for a in self.shapes for b in self.shapes if a is not b]


TEMPLATES, template = new_templates()


# count


@template("count", "how many shapes")
def _(v, rng):
    return [("How many shapes are there?", str(v.n))]


@template("count", "blobs r there")
def _(v, rng):
    return [("how many blobs r there", str(v.n))]


@template("count", "how many colour shapes")
def _(v, rng):
    return [(f"How many {c} shapes are there?", str(v.colours[c])) for c in v.askable_colours()]


@template("count", "count the colour shapes")
def _(v, rng):
    return [(f"Count the {c} shapes.", str(v.colours[c])) for c in v.askable_colours()]


@template("count", "number of kinds?")
def _(v, rng):
    return [(f"number of {PLURAL[k]}?", str(v.kinds[k])) for k in v.askable_kinds()]


@template("count", "things in the picture")
def _(v, rng):
    return [("How many things are in the picture?", str(v.n))]


@template("count", "how many colour kinds")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for c in v.askable_colours():
            n = sum(1 for s in v.shapes if s.kind == k and s.colour == c)
            if n or v.kinds[k] or v.colours[c]:
                out.append((f"How many {c} {PLURAL[k]} are there?", str(n)))
    return out


@template("count", "whats the number of objects")
def _(v, rng):
    return [("whats the number of objects in this image", str(v.n))]


@template("count", "polite count kinds")
def _(v, rng):
    return [(f"Could you count how many {PLURAL[k]} there are, please?", str(v.kinds[k])) for k in v.askable_kinds()]


@template("count", "total shapes?")
def _(v, rng):
    return [("total shapes?", str(v.n))]


# exist


@template("exist", "is there a kind")
def _(v, rng):
    return [(f"Is there a {k}?", yn(v.kinds[k] > 0)) for k in v.askable_kinds()]


@template("exist", "do you see a colour shape")
def _(v, rng):
    return [(f"Do you see a {c} shape?", yn(v.colours[c] > 0)) for c in v.askable_colours()]


@template("exist", "can you find a colour kind")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for c in v.askable_colours():
            if v.kinds[k] or v.colours[c]:
                out.append((f"can you find a {c} {k}", yn(any(s.kind == k and s.colour == c for s in v.shapes))))
    return out


@template("exist", "any kinds?")
def _(v, rng):
    return [(f"any {PLURAL[k]}?", yn(v.kinds[k] > 0)) for k in v.askable_kinds()]


@template("exist", "anything colour in the picture")
def _(v, rng):
    return [(f"Is there anything {c} in the picture?", yn(v.colours[c] > 0)) for c in v.askable_colours()]


@template("exist", "kind?")
def _(v, rng):
    return [(f"{k}?", yn(v.kinds[k] > 0)) for k in v.askable_kinds()]


@template("exist", "looking for a kind")
def _(v, rng):
    return [(f"I'm looking for a {k}, is there one?", yn(v.kinds[k] > 0)) for k in v.askable_kinds()]


# colour of a named shape


@template("colour", "what colour is the kind")
def _(v, rng):
    return [(f"What colour is {v.kind_ref(s)}?", s.colour) for s in v.unique_kinds()]


@template("colour", "what color is the kind")
def _(v, rng):
    return [(f"What color is {v.kind_ref(s)}?", s.colour) for s in v.unique_kinds()]


@template("colour", "colour of the kind")
def _(v, rng):
    return [(f"colour of {v.kind_ref(s)}", s.colour) for s in v.unique_kinds()]


@template("colour", "could you tell me what colour")
def _(v, rng):
    return [(f"Could you tell me what colour {v.kind_ref(s)} is?", s.colour) for s in v.unique_kinds()]


@template("colour", "the kind is what color")
def _(v, rng):
    return [(f"{v.kind_ref(s)} is what color", s.colour) for s in v.unique_kinds()]


@template("colour", "what's the colour of the kind in this image")
def _(v, rng):
    return [(f"What's the colour of {v.kind_ref(s)} in this image?", s.colour) for s in v.unique_kinds()]


# shape of a coloured thing


@template("shape", "what shape is the colour thing")
def _(v, rng):
    return [(f"What shape is the {s.colour} thing?", s.kind) for s in v.unique_colours()]


@template("shape", "what shape is the colour one")
def _(v, rng):
    return [(f"what shape is the {s.colour} one", s.kind) for s in v.unique_colours()]


@template("shape", "which shape is colour")
def _(v, rng):
    return [(f"Which shape is {s.colour}?", s.kind) for s in v.unique_colours()]


@template("shape", "name the shape of the colour object")
def _(v, rng):
    return [(f"Name the shape of the {s.colour} object.", s.kind) for s in v.unique_colours()]


@template("shape", "is the colour shape a k1 or a k2")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        other = (
            "rectangle"
            if s.kind == "square" and rng.random() < 0.5
            else str(rng.choice([k for k in v.active if k != s.kind]))
        )
        pair = [s.kind, other] if rng.random() < 0.5 else [other, s.kind]
        out.append((f"Is the {s.colour} shape a {pair[0]} or a {pair[1]}?", s.kind))
    return out


# yes/no attribute checks


@template("attribute", "is the kind colour")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        out.append((f"Is {v.kind_ref(s)} {s.colour}?", "yes"))
        out.append((f"Is {v.kind_ref(s)} {v.other_colour(s.colour, rng)}?", "no"))
    return out


@template("attribute", "is the colour shape a kind")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        for k in v.active:
            if k == "rectangle" and s.kind == "square":
                continue  # a square is a rectangle too: not asked
            out.append((f"Is the {s.colour} shape a {k}?", yn(k == s.kind)))
    return out


@template("attribute", "is the kind coloured colour")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        out.append((f"is {v.kind_ref(s)} coloured {s.colour}", "yes"))
        out.append((f"is {v.kind_ref(s)} coloured {v.other_colour(s.colour, rng)}", "no"))
    return out


@template("attribute", "the kind is colour, right?")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        out.append((f"{cap(v.kind_ref(s))} is {s.colour}, right?", "yes"))
        out.append((f"{cap(v.kind_ref(s))} is {v.other_colour(s.colour, rng)}, right?", "no"))
    return out


# position in the frame


def side_answer(offset: float, margin: float) -> str | None:
    """yes / no for "on that side" (or "that way") from the offset towards that side (of the centre from the
    middle, or of one shape from another); None within the ``margin``."""
    if offset >= margin:
        return "yes"
    if offset <= -margin:
        return "no"
    return None


@template("position", "is the kind on the left side")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        gold = side_answer(v.w / 2 - s.cx, v.margin)
        if gold:
            out.append((f"Is {v.kind_ref(s)} on the left side?", gold))
    return out


@template("position", "is the colour shape on the right")
def _(v, rng):
    out = []
    for s in v.unique_colours():
        gold = side_answer(s.cx - v.w / 2, v.margin)
        if gold:
            out.append((f"is the {s.colour} shape on the right", gold))
    return out


@template("position", "is the kind near the top")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        gold = side_answer(v.w / 2 - s.cy, v.margin)
        if gold:
            out.append((f"Is {v.kind_ref(s)} near the top of the image?", gold))
    return out


def extreme(v: View, key: Callable[[Shape], float]) -> Shape | None:
    """The shape with the least ``key``, when it leads the next one by the margin."""
    if v.n < 2:
        return None
    ranked = sorted(v.shapes, key=key)
    return ranked[0] if key(ranked[1]) - key(ranked[0]) >= v.margin else None


@template("position", "which shape is highest")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("Which shape is highest?", s.kind)] if s else []


@template("position", "which shape is at the bottom")
def _(v, rng):
    s = extreme(v, lambda s: -s.cy)
    return [("which shape is at the bottom", s.kind)] if s else []


@template("position", "what colour is the leftmost shape")
def _(v, rng):
    s = extreme(v, lambda s: s.cx)
    return [("What colour is the leftmost shape?", s.colour)] if s else []


@template("position", "which one is furthest to the right")
def _(v, rng):
    s = extreme(v, lambda s: -s.cx)
    return [("Which one is furthest to the right?", s.kind)] if s else []


# relations between two shapes


def relation_questions(v: View, rng: np.random.Generator, pattern: str, offset: Callable[[Shape, Shape], float]):
    """yes / no for "is A <rel> B" where ``offset(a, b)`` is how far A lies that way from B (centres)."""
    out = []
    for a, b in v.pairs():
        gold = side_answer(offset(a, b), v.margin)
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if gold and ra and rb:
            out.append((pattern.format(a=ra[0], b=rb[0]), gold))
    return out


@template("relation", "is A left of B")
def _(v, rng):
    return relation_questions(v, rng, "Is {a} left of {b}?", lambda a, b: b.cx - a.cx)


@template("relation", "is A to the right of B")
def _(v, rng):
    return relation_questions(v, rng, "Is {a} to the right of {b}?", lambda a, b: a.cx - b.cx)


@template("relation", "is A above B")
def _(v, rng):
    return relation_questions(v, rng, "Is {a} above {b}?", lambda a, b: b.cy - a.cy)


@template("relation", "is A below B")
def _(v, rng):
    return relation_questions(v, rng, "is {a} below {b}", lambda a, b: a.cy - b.cy)


def lone_beside(v: View, b: Shape, offset: Callable[[Shape, Shape], float]) -> Shape | None:
    """The one shape clearly that way from ``b``, when every other shape is clearly the other way."""
    ahead = [a for a in v.shapes if a is not b and offset(a, b) >= v.margin]
    behind = [a for a in v.shapes if a is not b and offset(a, b) <= -v.margin]
    return ahead[0] if len(ahead) == 1 and len(ahead) + len(behind) == v.n - 1 else None


@template("relation", "what shape is to the left of B")
def _(v, rng):
    out = []
    for b in v.shapes:
        a, rb = lone_beside(v, b, lambda a, b: b.cx - a.cx), v.ref(b, rng)
        if a and rb:
            out.append((f"What shape is to the left of {rb[0]}?", a.kind))
    return out


@template("relation", "what colour is the shape above B")
def _(v, rng):
    out = []
    for b in v.shapes:
        a, rb = lone_beside(v, b, lambda a, b: b.cy - a.cy), v.ref(b, rng)
        if a and rb:
            out.append((f"What colour is the shape above {rb[0]}?", a.colour))
    return out


def either_name(a: Shape, b: Shape, said: str) -> str:
    """The gold of "which is ..., A or B" for A: the word the question named it by, or (where that is its colour
    and the two differ in kind) its kind, as GQA's "which is bigger, the X or the Y" answers a name."""
    return f"{said}|{a.kind}" if said != a.kind and a.kind != b.kind else said


@template("relation", "which is further left, A or B")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if ra and rb and b.cx - a.cx >= v.margin and ra[1] != rb[1]:
            first, second = (ra, rb) if rng.random() < 0.5 else (rb, ra)
            out.append((f"Which is further left, {first[0]} or {second[0]}?", either_name(a, b, ra[1])))
    return out


# size


def size_questions(v: View, rng: np.random.Generator, pattern: str, bigger: bool):
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        ratio = a.area / b.area
        if ra and rb and (ratio >= SIZE_RATIO or ratio <= 1 / SIZE_RATIO):
            out.append((pattern.format(a=ra[0], b=rb[0]), yn((ratio > 1) == bigger)))
    return out


@template("size", "is A bigger than B")
def _(v, rng):
    return size_questions(v, rng, "Is {a} bigger than {b}?", True)


@template("size", "is A smaller than B")
def _(v, rng):
    return size_questions(v, rng, "Is {a} smaller than {b}?", False)


@template("size", "which is smaller, A or B")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if ra and rb and b.area / a.area >= SIZE_RATIO and ra[1] != rb[1]:
            first, second = (ra, rb) if rng.random() < 0.5 else (rb, ra)
            out.append((f"Which is smaller, {first[0]} or {second[0]}?", either_name(a, b, ra[1])))
    return out


@template("size", "which shape is the largest")
def _(v, rng):
    ranked = sorted(v.shapes, key=lambda s: -s.area)
    if v.n >= 2 and ranked[0].area / ranked[1].area >= SIZE_RATIO:
        return [("Which shape is the largest?", ranked[0].kind)]
    return []


@template("size", "what colour is the smallest shape")
def _(v, rng):
    ranked = sorted(v.shapes, key=lambda s: s.area)
    if v.n >= 2 and ranked[1].area / ranked[0].area >= SIZE_RATIO:
        return [("what colour is the smallest shape", ranked[0].colour)]
    return []


# comparisons


def kind_pairs(v: View) -> list[tuple[str, str]]:
    kinds = v.askable_kinds()
    return [(a, b) for a in kinds for b in kinds if a != b and (v.kinds[a] or v.kinds[b])]


def colour_pairs(v: View) -> list[tuple[str, str]]:
    colours = v.askable_colours()
    return [(a, b) for a in colours for b in colours if a != b and (v.colours[a] or v.colours[b])]


@template("compare", "more k1s than k2s")
def _(v, rng):
    return [(f"Are there more {PLURAL[a]} than {PLURAL[b]}?", yn(v.kinds[a] > v.kinds[b])) for a, b in kind_pairs(v)]


@template("compare", "are A and B the same colour")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        if v.kind_ref(a) and v.kind_ref(b):
            out.append((f"Are {v.kind_ref(a)} and {v.kind_ref(b)} the same colour?", yn(a.colour == b.colour)))
    return out


@template("compare", "fewer c1 shapes than c2 shapes")
def _(v, rng):
    return [
        (f"Are there fewer {a} shapes than {b} shapes?", yn(v.colours[a] < v.colours[b])) for a, b in colour_pairs(v)
    ]


@template("compare", "number of k1s equal to number of k2s")
def _(v, rng):
    return [
        (f"Is the number of {PLURAL[a]} equal to the number of {PLURAL[b]}?", yn(v.kinds[a] == v.kinds[b]))
        for a, b in kind_pairs(v)
    ]


@template("compare", "do A and B have the same shape")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        if v.colours[a.colour] == 1 and v.colours[b.colour] == 1:
            if {a.kind, b.kind} == {"square", "rectangle"}:
                continue  # a square is a rectangle too: not asked
            gold = yn(a.kind == b.kind)
            out.append((f"Do the {a.colour} one and the {b.colour} one have the same shape?", gold))
    return out


# negation


@template("negation", "how many shapes are not colour")
def _(v, rng):
    return [(f"How many shapes are not {c}?", str(v.n - v.colours[c])) for c in v.askable_colours()]


@template("negation", "how many shapes aren't kinds")
def _(v, rng):
    return [(f"How many shapes aren't {PLURAL[k]}?", str(v.n - v.kinds[k])) for k in v.askable_kinds()]


@template("negation", "is there a shape that is not colour")
def _(v, rng):
    return [(f"Is there a shape that is not {c}?", yn(v.n - v.colours[c] > 0)) for c in v.askable_colours()]


@template("negation", "how many non-colour things")
def _(v, rng):
    return [(f"how many non-{c} things are there", str(v.n - v.colours[c])) for c in v.askable_colours()]


@template("negation", "count everything except the kinds")
def _(v, rng):
    return [
        (f"Count everything except the {PLURAL[k]}.", str(v.n - v.kinds[k])) for k in v.askable_kinds() if v.kinds[k]
    ]


# quantifiers


@template("quantifier", "are all the shapes colour")
def _(v, rng):
    return [(f"Are all the shapes {c}?", yn(v.colours[c] == v.n)) for c in v.colours] if v.n >= 2 else []


@template("quantifier", "are all shapes kinds")
def _(v, rng):
    return (
        [(f"Are all shapes {PLURAL[k]}?", yn(v.kinds[k] == v.n)) for k in v.kinds if k in v.askable_kinds()]
        if v.n >= 2
        else []
    )


@template("quantifier", "is any shape colour")
def _(v, rng):
    return [(f"Is any shape {c}?", yn(v.colours[c] > 0)) for c in v.askable_colours()]


@template("quantifier", "are any of the shapes kinds")
def _(v, rng):
    return [(f"Are any of the shapes {PLURAL[k]}?", yn(v.kinds[k] > 0)) for k in v.askable_kinds()]


@template("quantifier", "is every shape the same colour")
def _(v, rng):
    return [("Is every shape the same colour?", yn(len(v.colours) == 1))] if v.n >= 2 else []


# properties


@template("property", "is the colour shape round")
def _(v, rng):
    return [(f"Is the {s.colour} shape round?", yn(s.kind == "circle")) for s in v.unique_colours()]


@template("property", "does the kind have corners")
def _(v, rng):
    return [(f"Does {v.kind_ref(s)} have corners?", yn(s.kind != "circle")) for s in v.unique_kinds()]


@template("property", "how many sides does the kind have")
def _(v, rng):
    return [
        (f"How many sides does {v.kind_ref(s)} have?", str(SIDES[s.kind])) for s in v.unique_kinds() if s.kind in SIDES
    ]


@template("property", "how many corners has the colour shape got")
def _(v, rng):
    return [
        (f"how many corners has the {s.colour} shape got", str(CORNERS[s.kind]))
        for s in v.unique_colours()
        if s.kind in CORNERS
    ]


@template("property", "is there a round shape")
def _(v, rng):
    return [("Is there a round shape?", yn(v.kinds["circle"] > 0))]


@template("property", "how many shapes have four sides")
def _(v, rng):
    return [("How many of the shapes have four sides?", str(v.kinds["square"] + v.kinds["rectangle"]))]


FAMILIES = list(dict.fromkeys(family for family, _, _ in TEMPLATES))


def pick_questions(
    scene: Scene, kinds: list[str], per_image: int, used: Counter, rng: np.random.Generator
) -> list[Item]:
    """``per_image`` questions of different families, the families and templates used least so far first; within
    a template, a yes/no (or any) gold is picked first so that no answer dominates by construction."""
    return pick_items(View(scene, kinds), TEMPLATES, per_image, used, rng, Item)


# ----------------------------------------------------------------------------------------------------- scoring


def normalise(said: str, gold: str) -> str:
    """The answer in the gold's terms where it says the same thing in other words (see the module docstring)."""
    return in_gold_terms(said, gold, COLOURS, ALL_KINDS)


# ----------------------------------------------------------------------------------------------------- run


def arguments(doc: str) -> argparse.Namespace:
    """The command line of this benchmark and of the siblings that copied it (``doc``: the script's docstring)."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--n-images", type=int, default=150)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--size", type=int, choices=[64, 128], default=128)
    parser.add_argument("--more", action="store_true", help="pentagons, hexagons and stars too")
    parser.add_argument("--questions-per-image", type=int, default=8)
    parser.add_argument("--perception", choices=["photo", "shapes"], default="photo", help="as nsvr ask --perception")
    parser.add_argument("--show-failures", action="store_true", help="every wrong, planning-error and unknown answer")
    return parser.parse_args()


def make_scenes(
    args: argparse.Namespace,
    make: Callable[[int, list[str], np.random.Generator], Any],
    pick: Callable[[Any, list[str], int, Counter, np.random.Generator], list[Any]],
) -> tuple[list[str], list[Any]]:
    """The kinds drawn (``--more``) and the scenes, ``make(index, kinds, rng)``, each with the questions that
    ``pick(scene, kinds, per_image, used, rng)`` gives it."""
    rng = np.random.default_rng(args.seed)
    kinds = BASIC + (MORE if args.more else [])
    used: Counter = Counter()
    scenes = []
    for index in range(args.n_images):
        scene = make(index, kinds, rng)
        scene.items = pick(scene, kinds, args.questions_per_image, used, rng)
        scenes.append(scene)
    return kinds, scenes


def print_header(
    args: argparse.Namespace, kinds: list[str], scenes: list[Any], templates: list, families: list
) -> None:
    """The run's first line: the pictures, the kinds, how many questions from how many templates."""
    total = sum(len(s.items) for s in scenes)
    print(
        f"{args.n_images} images of {args.size}x{args.size}, seed {args.seed}, kinds {', '.join(kinds)}, "
        f"perception {args.perception}: {total} questions from {len(templates)} templates in {len(families)} families"
    )


def ask_items(
    args: argparse.Namespace,
    scenes: list[Any],
    keys: Callable[[Any, Any], list[str]],
    score: Callable[[str, str, str], str],
) -> tuple[dict[str, dict[str, float]], list[dict[str, Any]]]:
    """Every question of every scene asked (see :func:`ask_all`), how long it took printed; the outcome shares by
    ``keys`` and (with ``--show-failures``) every answer not right."""
    total = sum(len(s.items) for s in scenes)
    started = time.perf_counter()
    done, shares, shown = ask_all(
        iter(scenes),
        lambda scene: scene.items,
        total,
        args.perception,
        keys,
        lambda scene: {"scene": scene.index, "truth": [s.describe() for s in scene.shapes]},
        show_unknown=args.show_failures,
        limit=total if args.show_failures else 0,
        score=score,
    )
    seconds = time.perf_counter() - started
    print(f"{done} questions in {seconds:.0f} s ({seconds / max(done, 1):.2f} s each)\n")
    return shares, shown


def print_failures_by_family(shown: list[dict[str, Any]], scenes: list[Any], families: list[str]) -> None:
    """Every answer not right, by outcome (wrong, planning error, unknown) and family, with the truth and what
    nsvr saw."""
    where = {(s.index, item.text): item for s in scenes for item in s.items}
    order = ["wrong", "planning error", "unknown"]
    grouped: dict[str, dict[str, list[dict]]] = {kind: defaultdict(list) for kind in order}
    for entry in shown:
        grouped[entry["outcome"]][where[entry["scene"], entry["question"]].family].append(entry)
    for kind in order:
        count = sum(len(v) for v in grouped[kind].values())
        print(f"\n=== {kind}: {count} ===")
        for family in families:
            for entry in grouped[kind].get(family, []):
                item = where[entry["scene"], entry["question"]]
                print(
                    f"[{family} / {item.template}] scene {entry['scene']}: {entry['question']!r}  "
                    f"gold {entry['gold']!r}  said {entry['said']!r}"
                    + (f"  reason: {entry['reason']}" if entry["reason"] else "")
                )
                print(f"      truth: {'; '.join(entry['truth'])}")
                print(f"      seen:  {entry['seen']}")


def run(
    doc: str,
    make: Callable[[int, int, list[str], np.random.Generator], Any],
    pick: Callable[[Any, list[str], int, Counter, np.random.Generator], list[Any]],
    templates: list,
    families: list[str],
    normalise: Callable[[str, str], str],
) -> None:
    """This benchmark, or a sibling's with its own scenes (``make(index, side, kinds, rng)``), questions
    (``pick``, from ``templates`` in ``families``) and reading of answers (``normalise``): the outcomes by family
    and by template, and with ``--show-failures`` every answer not right."""
    args = arguments(doc)
    kinds, scenes = make_scenes(args, lambda index, kinds, rng: make(index, args.size, kinds, rng), pick)
    print_header(args, kinds, scenes, templates, families)
    shares, shown = ask_items(
        args, scenes, lambda scene, item: ["all", item.family, f"{item.family} / {item.template}"], lenient(normalise)
    )
    print("By family:")
    print_shares({k: v for k, v in shares.items() if " / " not in k and k != "all"} | {"all": shares["all"]}, 12)
    print("\nBy template:")
    print_shares({k: v for k, v in shares.items() if " / " in k}, 60)
    if args.show_failures:
        print_failures_by_family(shown, scenes, families)


def main() -> None:
    run(__doc__, make_scene, pick_questions, TEMPLATES, FAMILIES, normalise)


if __name__ == "__main__":
    main()
