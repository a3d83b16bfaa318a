"""How nsvr copes with flat shape drawings whose shapes overlap, asked in ordinary wordings.

What it measures: right / unknown / confidently wrong / planning error, asked end to end as ``nsvr ask`` does
(question text, embedded parser, ``--perception`` as chosen), on simple drawings where about half the shapes are
partly covered by another one: the kind of picture nsvr was least tuned for. Every number is reported for the
images with an overlap and, apart, for a control group of images whose shapes do not touch at all.

Written blind: the generator, the question templates and the scoring were written without reading nsvr's parser,
grammar, perception code, tests or the other shape benchmarks (only ``shape_scenes_askers.py``, whose structure
this copies, and ``shape_bench_common.py``), so it measures how far nsvr reaches into pictures and wordings it was
not shown. Nothing here was tuned to nsvr's answers after the first run (saved beside this script as
``shape_scenes_overlap_first_run.txt``).

Images (numpy + PIL, seeded): 128x128 (or 64x64, ``--size``), a plain light background with a slight tint and mild
noise, 2-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon, hexagon, star), no outlines,
drawn at 4x and downsampled, never cut by the border. Colours (red, green, blue, yellow, orange, purple, black,
gray) are clearly distinct within one image: no two shapes share a colour or have colours a viewer may confuse
(``CONFUSABLE``: red/orange, orange/yellow, yellow/green, blue/purple, black/gray). Shapes are painted in a known
order, later ones on top. About 75% of the images hold one overlapping pair (with four shapes, sometimes two): the
shape on top hides between 10% and 45% of the one below (measured on the antialiased masks: hidden = 1 - visible
/ full), at least a quarter of the top shape lies outside the lower one (it overlaps, it is not set inside), and
what shows of the lower shape is one piece. A shape is in at most one overlapping pair, so nothing is more than 45%
hidden and nothing is fully hidden. Every other two shapes are clearly apart (at least 4 px between the boxes of
their masks). The other 25% of the images (the control group) have no overlap at all. Kept for every shape: kind,
colour, full mask, visible mask, visible share, draw order (and the boxes, centres and areas from the masks).

Questions: 41 templates in 8 families (count, exist, colour, shape, attribute, position, size, overlap), casual,
terse, polite, imperative, British and American spellings; overlap: "which shape is on top, A or B", "is A in
front of / behind B", "which shape is partly hidden", "what colour is the shape behind B", "what shape is under
B", "what is on top of A", "does A overlap B", "do A and B touch", "is A partly covered", "are any shapes
overlapping", "how many shapes overlap another shape". A question is only generated when the ground truth answers
it unambiguously: "the triangle" only when there is exactly one (colours are unique in an image, so "the red one"
always names one shape); overlap questions about two shapes only for pairs that clearly overlap (at least 10% of
the lower one hidden) or, for "overlap"/"touch", that are clearly apart (gap of at least 4 px); "in front of",
"behind" and "on top" only about overlapping pairs. Position words need a margin of 15% of the image side, met by
the centres of both the full and the visible masks (so a partly covered shape is where it looks to be and where it
is). Size comparisons use FULL areas (a partly covered shape is as big as its whole outline) and need a factor of
at least 1.8. Squares and rectangles as in the sibling: nothing is asked whose answer hinges on a square also being
a rectangle, and "rectangle" is wrong for a square.

Scoring: golds are lower-case canonical ("yes", "no", digits, a colour, a shape); a gold "A|B" accepts either.
Before the shared exact-string ``outcome`` compares them, the answer goes through ``normalise`` (as in the
sibling): case and end punctuation dropped, "grey" -> "gray", "violet" -> "purple", "disc"/"disk" -> "circle",
number words -> digits ("none"/"zero" -> "0"), articles dropped; where the gold is a colour, shape words and a tone
("dark blue") are dropped too; where the gold is a shape, colour and tone words are dropped. "Which is on top, A or
B" where the answer was named by its colour also accepts its kind when the two differ in kind; open "which shape
is ..." questions (partly hidden, largest, on top of A) are only asked when the shape's kind is unique in the
image, and accept its kind or its colour ("the red one").

    python examples/benchmarks/shape_scenes_overlap.py                      # 150 images, 8 questions each
    python examples/benchmarks/shape_scenes_overlap.py --size 64 --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, for overlap and control images, by family (and
by family for each group) and by template, then (with ``--show-failures``) every wrong, planning-error and unknown
answer grouped by outcome and family, with the reason, the truth and the objects nsvr saw.
"""

from __future__ import annotations

import math
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import shape_scenes_askers as askers
from PIL import Image
from shape_bench_common import CONFUSABLE, cap, lenient, new_templates, pick_items, print_shares, yn
from shape_scenes_askers import COLOURS, PLURAL, Item, coverage, normalise, outline, side_answer  # the sibling's

GAP = 4  # pixels between the mask boxes of two shapes that do not overlap
PLACE_GAP = GAP + 3  # between the circumscribed boxes when placing (a mask's box may reach a pixel further)
BORDER = 3  # pixels between a box and the image border
MARGIN = 0.15  # of the image side: the least distance that makes a position word clear
SIZE_RATIO = 1.8  # the least full-area factor that makes "bigger" clear
HIDDEN = (0.10, 0.45)  # the share of the lower shape the upper one hides
OUTSIDE = 0.25  # the least share of the upper shape lying outside the lower one
CONTROL = 0.25  # the share of images with no overlap


@dataclass
class Shape:
    kind: str
    colour: str
    order: int  # painter's order: 0 is drawn first (lowest)
    full: np.ndarray  # coverage of the whole outline, 0..1
    visible: np.ndarray  # coverage of what shows after the later shapes are painted
    share: float  # visible / full area
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 (inclusive) of the full mask's pixels at least half covered
    reach: tuple[int, int, int, int]  # the same of every pixel the full mask touches at all
    cx: float  # centre of the full mask
    cy: float
    vx: float  # centre of the visible mask
    vy: float
    area: float  # full area in pixels, fractional at the edges
    over: int | None = None  # order of the shape this one lies on (partly hides)
    under: int | None = None  # order of the shape lying on this one

    def centres(self) -> tuple[tuple[float, float], tuple[float, float]]:
        return (self.cx, self.cy), (self.vx, self.vy)

    def describe(self) -> str:
        text = f"#{self.order} {self.colour} {self.kind} c=({self.cx:.0f},{self.cy:.0f}) a={self.area:.0f}"
        if self.under is not None:
            text += f" visible {self.share:.0%} (under #{self.under})"
        if self.over is not None:
            text += f" (over #{self.over})"
        return text


@dataclass
class Scene:
    index: int
    side: int
    image: np.ndarray
    shapes: list[Shape]  # in painter's order
    pairs: list[tuple[int, int]]  # (lower, upper) orders of the overlapping pairs
    items: list[Item] = field(default_factory=list)

    @property
    def overlap(self) -> bool:
        return bool(self.pairs)

    @property
    def group(self) -> str:
        return "overlap" if self.pairs else "control"


# ----------------------------------------------------------------------------------------------------- drawing


def one_piece(mask: np.ndarray) -> bool:
    """Whether the pixels of ``mask`` (booleans) form one 4-connected piece, give or take a few stray pixels."""
    total = int(mask.sum())
    if total == 0:
        return False
    seen = np.zeros_like(mask)
    best = 0
    h, w = mask.shape
    for y0, x0 in zip(*np.nonzero(mask), strict=True):
        if seen[y0, x0]:
            continue
        seen[y0, x0] = True
        stack, size = [(y0, x0)], 0
        while stack:
            y, x = stack.pop()
            size += 1
            for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                if 0 <= ny < h and 0 <= nx < w and mask[ny, nx] and not seen[ny, nx]:
                    seen[ny, nx] = True
                    stack.append((ny, nx))
        best = max(best, size)
    return best >= 0.98 * total


def boxes_apart(a: tuple[float, float, float, float], b: tuple[float, float, float, float], gap: float) -> bool:
    return a[2] + gap < b[0] or b[2] + gap < a[0] or a[3] + gap < b[1] or b[3] + gap < a[1]


def square_box(cx: float, cy: float, extent: float) -> tuple[float, float, float, float]:
    half = extent / 2
    return (cx - half, cy - half, cx + half, cy + half)


def in_frame(box: tuple[float, float, float, float], side: int) -> bool:
    return box[0] >= BORDER + 1 and box[1] >= BORDER + 1 and box[2] <= side - BORDER - 1 and box[3] <= side - BORDER - 1


def pick_colours(count: int, rng: np.random.Generator) -> list[str]:
    """``count`` colours no two of which a viewer might confuse (greedy over a shuffle always reaches four)."""
    chosen: list[str] = []
    for colour in rng.permutation(list(COLOURS)):
        colour = str(colour)
        if all(colour not in CONFUSABLE.get(c, set()) and c not in CONFUSABLE.get(colour, set()) for c in chosen):
            chosen.append(colour)
    return chosen[:count]


Plan = tuple[str, list[tuple[float, float]], np.ndarray]  # kind, outline, full coverage


def place_single(side, kinds, high, placed, rng) -> tuple[tuple, list[Plan]] | None:
    extent = max(side * math.exp(rng.uniform(math.log(0.12), math.log(high))), 8.0)
    kind = str(rng.choice(kinds))
    cx, cy = rng.uniform(0, side), rng.uniform(0, side)
    box = square_box(cx, cy, extent)
    if not in_frame(box, side) or not all(boxes_apart(box, other, PLACE_GAP) for other in placed):
        return None
    points = outline(kind, cx, cy, extent, rng)
    return box, [(kind, points, coverage(kind, points, side))]


def place_pair(side, kinds, high, placed, rng) -> tuple[tuple, list[Plan]] | None:
    """A lower and an upper shape, the upper hiding ``HIDDEN`` of the lower one and lying partly outside it."""
    e1 = max(side * math.exp(rng.uniform(math.log(0.16), math.log(high))), 10.0)
    e2 = max(side * math.exp(rng.uniform(math.log(0.14), math.log(high))), 9.0)
    k1, k2 = str(rng.choice(kinds)), str(rng.choice(kinds))
    x1, y1 = rng.uniform(0, side), rng.uniform(0, side)
    angle = rng.uniform(0, 2 * math.pi)
    distance = rng.uniform(0.2, 0.95) * (e1 + e2) / 2
    x2, y2 = x1 + distance * math.cos(angle), y1 + distance * math.sin(angle)
    b1, b2 = square_box(x1, y1, e1), square_box(x2, y2, e2)
    box = (min(b1[0], b2[0]), min(b1[1], b2[1]), max(b1[2], b2[2]), max(b1[3], b2[3]))
    if not in_frame(box, side) or not all(boxes_apart(box, other, PLACE_GAP) for other in placed):
        return None
    p1, p2 = outline(k1, x1, y1, e1, rng), outline(k2, x2, y2, e2, rng)
    c1, c2 = coverage(k1, p1, side), coverage(k2, p2, side)
    shared = float((c1 * c2).sum())
    hidden, inside = shared / float(c1.sum()), shared / float(c2.sum())
    if not (HIDDEN[0] <= hidden <= HIDDEN[1]) or inside > 1 - OUTSIDE:
        return None
    if not one_piece(c1 * (1 - c2) >= 0.5):
        return None
    return box, [(k1, p1, c1), (k2, p2, c2)]


def make_scene(index: int, side: int, kinds: list[str], control: bool, rng: np.random.Generator) -> Scene:
    count = int(rng.integers(2, 5))
    pairs = 0 if control else (2 if count == 4 and rng.random() < 0.25 else 1)
    units = [2] * pairs + [1] * (count - 2 * pairs)
    high = 0.36 if count <= 2 else 0.28
    for _ in range(500):  # a layout that fits
        placed: list[tuple] = []
        plans: list[list[Plan]] = []
        for unit in units:
            for _ in range(200):
                found = (place_pair if unit == 2 else place_single)(side, kinds, high, placed, rng)
                if found:
                    placed.append(found[0])
                    plans.append(found[1])
                    break
            else:
                break
        if len(plans) == len(units):
            break
    else:
        raise RuntimeError(f"scene {index}: no layout found")

    # painter's order: random, except that each pair's upper shape comes after its lower one
    flat = [(plan, u, j) for u, unit in enumerate(plans) for j, plan in enumerate(unit)]
    orders = [int(o) for o in rng.permutation(len(flat))]
    for u, unit in enumerate(plans):
        if len(unit) == 2:
            a, b = [i for i, (_, uu, _) in enumerate(flat) if uu == u]
            if orders[a] > orders[b]:
                orders[a], orders[b] = orders[b], orders[a]
    painted = sorted(range(len(flat)), key=lambda i: orders[i])
    colours = pick_colours(len(flat), rng)

    background = np.array([247, 246, 243], dtype=np.float32) + rng.uniform(-9, 5, size=3)
    image = np.ones((side, side, 3), dtype=np.float32) * background
    gy, gx = np.mgrid[0:side, 0:side]
    covers = [flat[i][0][2] for i in painted]
    shapes: list[Shape] = []
    for order, i in enumerate(painted):
        (kind, _, cover), _, _ = flat[i]
        colour = colours[order]
        fill = np.array(COLOURS[colour], dtype=np.float32)
        image = image * (1 - cover[..., None]) + fill * cover[..., None]
        visible = cover.copy()
        for later in covers[order + 1 :]:
            visible = visible * (1 - later)
        total, shown = float(cover.sum()), float(visible.sum())
        ys, xs = np.nonzero(cover >= 0.5)
        ry, rx = np.nonzero(cover > 0)
        shapes.append(
            Shape(
                kind=kind,
                colour=colour,
                order=order,
                full=cover,
                visible=visible,
                share=shown / total,
                box=(int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())),
                reach=(int(rx.min()), int(ry.min()), int(rx.max()), int(ry.max())),
                cx=float((cover * gx).sum() / total),
                cy=float((cover * gy).sum() / total),
                vx=float((visible * gx).sum() / shown),
                vy=float((visible * gy).sum() / shown),
                area=total,
            )
        )
    where = {i: order for order, i in enumerate(painted)}
    scene_pairs = []
    for u, unit in enumerate(plans):
        if len(unit) == 2:
            a, b = (where[i] for i, (_, uu, _) in enumerate(flat) if uu == u)
            lower, upper = min(a, b), max(a, b)
            shapes[lower].under, shapes[upper].over = upper, lower
            scene_pairs.append((lower, upper))
    for s in shapes:  # what the questions rely on
        assert s.share >= 1 - HIDDEN[1] - 1e-6, (index, s.describe())
        assert s.under is None or s.share <= 1 - HIDDEN[0] + 1e-6, (index, s.describe())
    image = image + rng.normal(0, 2.5, size=image.shape)
    return Scene(index, side, np.clip(image, 0, 255).round().astype(np.uint8), shapes, scene_pairs)


# ----------------------------------------------------------------------------------------------------- questions


class View(askers.View):
    """What the question templates read from a scene's ground truth: the sibling's (its askable colours and kinds,
    its references, its unique shapes and pairs), with the overlapping pairs."""

    def __init__(self, scene: Scene, kinds: list[str]):
        super().__init__(scene, kinds)
        self.pair_set = {frozenset(p) for p in scene.pairs}

    def name_gold(self, s: Shape) -> str | None:
        """The gold of an open "which shape ...": its kind or its colour, asked only when its kind is unique."""
        return f"{s.kind}|{s.colour}" if self.kind_ref(s) else None

    def overlapping(self, a: Shape, b: Shape) -> bool:
        return frozenset((a.order, b.order)) in self.pair_set

    def apart(self, a: Shape, b: Shape) -> bool:
        """At least ``GAP`` empty pixels between the boxes of every pixel the two masks touch."""
        p, q = a.reach, b.reach
        return max(q[0] - p[2], p[0] - q[2], q[1] - p[3], p[1] - q[3]) - 1 >= GAP

    def stacked(self) -> list[tuple[Shape, Shape]]:
        """(lower, upper) of every overlapping pair."""
        return [(self.shapes[lo], self.shapes[up]) for lo, up in self.scene.pairs]

    def hidden(self) -> list[Shape]:
        return [lo for lo, _ in self.stacked()]


TEMPLATES, template = new_templates()


# count


@template("count", "how many shapes are there")
def _(v, rng):
    return [("How many shapes are there?", str(v.n))]


@template("count", "how many colour shapes")
def _(v, rng):
    return [(f"how many {c} shapes", str(v.colours[c])) for c in v.askable_colours()]


@template("count", "count the kinds")
def _(v, rng):
    return [(f"Count the {PLURAL[k]}.", str(v.kinds[k])) for k in v.askable_kinds()]


@template("count", "how many colour kinds are there")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for c in v.askable_colours():
            n = sum(1 for s in v.shapes if s.kind == k and s.colour == c)
            if n or v.kinds[k] or v.colours[c]:
                out.append((f"How many {c} {PLURAL[k]} are there?", str(n)))
    return out


@template("count", "whats the total number of objects")
def _(v, rng):
    return [("whats the total number of objects in this picture", str(v.n))]


# exist


@template("exist", "is there a colour kind")
def _(v, rng):
    out = []
    for k in v.askable_kinds():
        for c in v.askable_colours():
            if v.kinds[k] or v.colours[c]:
                out.append((f"Is there a {c} {k}?", yn(any(s.kind == k and s.colour == c for s in v.shapes))))
    return out


@template("exist", "is there a kind in the image")
def _(v, rng):
    return [(f"is there a {k} in the image", yn(v.kinds[k] > 0)) for k in v.askable_kinds()]


@template("exist", "do you see anything colour")
def _(v, rng):
    return [(f"Do you see anything {c}?", yn(v.colours[c] > 0)) for c in v.askable_colours()]


@template("exist", "any kinds?")
def _(v, rng):
    return [(f"any {PLURAL[k]}?", yn(v.kinds[k] > 0)) for k in v.askable_kinds()]


# colour of a named shape


@template("colour", "what colour is the kind")
def _(v, rng):
    return [(f"What colour is {v.kind_ref(s)}?", s.colour) for s in v.unique_kinds()]


@template("colour", "what color is the kind")
def _(v, rng):
    return [(f"what color is {v.kind_ref(s)}", s.colour) for s in v.unique_kinds()]


@template("colour", "tell me the colour of the kind")
def _(v, rng):
    return [(f"Tell me the colour of {v.kind_ref(s)}.", s.colour) for s in v.unique_kinds()]


@template("colour", "the kind is what colour")
def _(v, rng):
    return [(f"{v.kind_ref(s)} is what colour?", s.colour) for s in v.unique_kinds()]


# shape of a coloured thing


@template("shape", "what shape is the colour one")
def _(v, rng):
    return [(f"What shape is the {s.colour} one?", s.kind) for s in v.unique_colours()]


@template("shape", "which shape is colour")
def _(v, rng):
    return [(f"which shape is {s.colour}", s.kind) for s in v.unique_colours()]


@template("shape", "what kind of shape is the colour thing")
def _(v, rng):
    return [(f"What kind of shape is the {s.colour} thing?", s.kind) for s in v.unique_colours()]


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
            out.append((f"is the {s.colour} shape a {k}", yn(k == s.kind)))
    return out


@template("attribute", "the kind is colour, right?")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        out.append((f"{cap(v.kind_ref(s))} is {s.colour}, right?", "yes"))
        out.append((f"{cap(v.kind_ref(s))} is {v.other_colour(s.colour, rng)}, right?", "no"))
    return out


# position in the frame and relations between two shapes


def agree(offsets: list[float], margin: float) -> str | None:
    """The answer every offset (from the full and from the visible centres) gives clearly, or None."""
    golds = {side_answer(o, margin) for o in offsets}
    return golds.pop() if len(golds) == 1 and None not in golds else None


@template("position", "is the kind on the left side")
def _(v, rng):
    out = []
    for s in v.unique_kinds():
        gold = agree([v.w / 2 - x for x, _ in s.centres()], v.margin)
        if gold:
            out.append((f"Is {v.kind_ref(s)} on the left side?", gold))
    return out


def relation_questions(v: View, rng: np.random.Generator, pattern: str, offset: Callable[[tuple, tuple], float]):
    """yes / no for "is A <rel> B" where ``offset(a, b)`` is how far A's centre lies that way from B's."""
    out = []
    for a, b in v.pairs():
        gold = agree([offset(p, q) for p, q in zip(a.centres(), b.centres(), strict=True)], v.margin)
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if gold and ra and rb:
            out.append((pattern.format(a=ra[0], b=rb[0]), gold))
    return out


@template("position", "is A left of B")
def _(v, rng):
    return relation_questions(v, rng, "Is {a} left of {b}?", lambda p, q: q[0] - p[0])


@template("position", "is A above B")
def _(v, rng):
    return relation_questions(v, rng, "is {a} above {b}", lambda p, q: q[1] - p[1])


def extreme(v: View, key: Callable[[tuple[float, float]], float]) -> Shape | None:
    """The shape with the least ``key`` of its centre, leading the next by the margin for full and visible centres."""
    if v.n < 2:
        return None
    leaders = set()
    for which in (0, 1):
        ranked = sorted(v.shapes, key=lambda s: key(s.centres()[which]))
        if key(ranked[1].centres()[which]) - key(ranked[0].centres()[which]) < v.margin:
            return None
        leaders.add(ranked[0].order)
    return v.shapes[leaders.pop()] if len(leaders) == 1 else None


@template("position", "which shape is highest")
def _(v, rng):
    s = extreme(v, lambda c: c[1])
    return [("Which shape is highest?", s.kind)] if s else []


@template("position", "what colour is the leftmost shape")
def _(v, rng):
    s = extreme(v, lambda c: c[0])
    return [("what colour is the leftmost shape", s.colour)] if s else []


# size (full areas)


def either_name(a: Shape, b: Shape, said: str) -> str:
    """The gold of "which is ..., A or B" for A: the word the question named it by, or (where that is its colour
    and the two differ in kind) its kind."""
    return f"{said}|{a.kind}" if said != a.kind and a.kind != b.kind else said


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


@template("size", "which is smaller, A or B")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if ra and rb and b.area / a.area >= SIZE_RATIO and ra[1] != rb[1]:
            first, second = (ra, rb) if rng.random() < 0.5 else (rb, ra)
            out.append((f"which is smaller, {first[0]} or {second[0]}", either_name(a, b, ra[1])))
    return out


@template("size", "which shape is the largest")
def _(v, rng):
    ranked = sorted(v.shapes, key=lambda s: -s.area)
    gold = v.name_gold(ranked[0])
    if v.n >= 2 and ranked[0].area / ranked[1].area >= SIZE_RATIO and gold:
        return [("Which shape is the largest?", gold)]
    return []


@template("size", "what colour is the smallest shape")
def _(v, rng):
    ranked = sorted(v.shapes, key=lambda s: s.area)
    if v.n >= 2 and ranked[1].area / ranked[0].area >= SIZE_RATIO:
        return [("What colour is the smallest shape?", ranked[0].colour)]
    return []


# overlap


@template("overlap", "which shape is on top, A or B")
def _(v, rng):
    out = []
    for lower, upper in v.stacked():
        ra, rb = v.ref(upper, rng), v.ref(lower, rng)
        if ra and rb and ra[1] != rb[1]:
            first, second = (ra, rb) if rng.random() < 0.5 else (rb, ra)
            out.append((f"Which shape is on top, {first[0]} or {second[0]}?", either_name(upper, lower, ra[1])))
    return out


@template("overlap", "is A in front of B")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if ra and rb and v.overlapping(a, b):
            out.append((f"Is {ra[0]} in front of {rb[0]}?", yn(a.order > b.order)))
    return out


@template("overlap", "is A behind B")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if ra and rb and v.overlapping(a, b):
            out.append((f"is {ra[0]} behind {rb[0]}", yn(a.order < b.order)))
    return out


@template("overlap", "which shape is partly hidden")
def _(v, rng):
    hidden = v.hidden()
    gold = v.name_gold(hidden[0]) if len(hidden) == 1 else None
    return [("Which shape is partly hidden?", gold)] if gold else []


@template("overlap", "what colour is the shape behind B")
def _(v, rng):
    out = []
    for lower, upper in v.stacked():
        rb = v.ref(upper, rng)
        if rb:
            out.append((f"What colour is the shape behind {rb[0]}?", lower.colour))
    return out


@template("overlap", "what shape is under B")
def _(v, rng):
    out = []
    for lower, upper in v.stacked():
        rb = v.ref(upper, rng)
        if rb:
            out.append((f"what shape is under {rb[0]}", lower.kind))
    return out


@template("overlap", "what is on top of A")
def _(v, rng):
    out = []
    for lower, upper in v.stacked():
        ra, gold = v.ref(lower, rng), v.name_gold(upper)
        if ra and gold:
            out.append((f"What is on top of {ra[0]}?", gold))
    return out


@template("overlap", "does A overlap B")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if ra and rb and (v.overlapping(a, b) or v.apart(a, b)):
            out.append((f"Does {ra[0]} overlap {rb[0]}?", yn(v.overlapping(a, b))))
    return out


@template("overlap", "do A and B touch")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if ra and rb and (v.overlapping(a, b) or v.apart(a, b)):
            out.append((f"do {ra[0]} and {rb[0]} touch", yn(v.overlapping(a, b))))
    return out


@template("overlap", "is A partly covered")
def _(v, rng):
    out = []
    for s in v.shapes:
        ra = v.ref(s, rng)
        if ra:
            out.append((f"Is {ra[0]} partly covered by another shape?", yn(s.under is not None)))
    return out


@template("overlap", "are any shapes overlapping")
def _(v, rng):
    return [("Are any shapes overlapping?", yn(v.scene.overlap))]


@template("overlap", "how many shapes overlap another shape")
def _(v, rng):
    return [("How many shapes overlap another shape?", str(2 * len(v.scene.pairs)))]


FAMILIES = list(dict.fromkeys(family for family, _, _ in TEMPLATES))


def pick_questions(
    scene: Scene, kinds: list[str], per_image: int, used: Counter, rng: np.random.Generator
) -> list[Item]:
    """The sibling's pick (see ``pick_items``), the families and templates counted apart by image group."""
    return pick_items(View(scene, kinds), TEMPLATES, per_image, used, rng, Item, group=scene.group)


# ----------------------------------------------------------------------------------------------------- scoring


score = lenient(normalise)


# ----------------------------------------------------------------------------------------------------- run


def ask_every(
    scenes: list[Scene], perception: str, keep_failures: bool
) -> tuple[int, dict[str, dict[str, float]], list[dict[str, Any]]]:
    """Every question of every scene asked as ``nsvr ask`` does; the outcome shares for every key, and (on request)
    every wrong, planning-error and unknown answer with its reason, the truth and what nsvr saw."""
    from nsvr.agent.ask import AskOptions, ask

    options = AskOptions(perception=perception)
    tally: dict[str, Counter] = defaultdict(Counter)
    failures: list[dict[str, Any]] = []
    done = 0
    with tempfile.TemporaryDirectory() as folder:
        for scene in scenes:
            path = Path(folder) / f"scene{scene.index}.png"  # lossless
            Image.fromarray(scene.image).save(path)
            for item in scene.items:
                result = ask(str(path), item.text, options)
                kind = score(result.status, result.answer, item.answer)
                for key in (
                    "all",
                    f"{scene.group} images",
                    item.family,
                    f"{item.family} [{scene.group}]",
                    f"{item.family} / {item.template}",
                ):
                    tally[key][kind] += 1
                if keep_failures and kind != "right":
                    seen = [] if result.graph is None else result.graph.objects
                    failures.append(
                        {
                            "outcome": kind,
                            "scene": scene,
                            "item": item,
                            "said": result.answer,
                            "reason": result.reason,
                            "seen": [f"{o.name} ({o.attribute('color')})" for o in seen],
                        }
                    )
                done += 1
    shares = {
        key: {k: round(v / sum(c.values()), 4) for k, v in sorted(c.items())} | {"n": sum(c.values())}
        for key, c in sorted(tally.items())
    }
    return done, shares, failures


def main() -> None:
    args = askers.arguments(__doc__)
    kinds, scenes = askers.make_scenes(
        args, lambda index, kinds, rng: make_scene(index, args.size, kinds, rng.random() < CONTROL, rng), pick_questions
    )
    overlapped = [s for s in scenes if s.overlap]
    hidden = [sh.share for s in overlapped for sh in s.shapes if sh.under is not None]

    askers.print_header(args, kinds, scenes, TEMPLATES, FAMILIES)
    print(
        f"{len(overlapped)} images with an overlap ({sum(len(s.pairs) for s in overlapped)} overlapping pairs, "
        f"{sum(len(s.shapes) for s in overlapped)} shapes; covered shapes show {min(hidden):.0%}-{max(hidden):.0%} "
        f"of themselves, median {float(np.median(hidden)):.0%}), {args.n_images - len(overlapped)} control images "
        f"with none"
    )
    started = time.perf_counter()
    done, shares, failures = ask_every(scenes, args.perception, args.show_failures)
    seconds = time.perf_counter() - started
    print(f"{done} questions in {seconds:.0f} s ({seconds / max(done, 1):.2f} s each)\n")
    print("Overall and by image group:")
    print_shares({k: shares[k] for k in ("all", "overlap images", "control images") if k in shares}, 22)
    print("\nBy family:")
    print_shares({f: shares[f] for f in FAMILIES if f in shares}, 22)
    print("\nBy family and image group:")
    print_shares({f"{f} [{g}]": shares[f"{f} [{g}]"] for f in FAMILIES for g in ("overlap", "control")
                  if f"{f} [{g}]" in shares}, 22)  # fmt: skip
    print("\nBy template:")
    by_template = {k: v for k, v in shares.items() if " / " in k}
    print_shares(by_template, 60)
    print("\nTemplates below 100% right:")
    print_shares({k: v for k, v in by_template.items() if v.get("right", 0) < 1}, 60)

    if args.show_failures:
        order = ["wrong", "planning error", "unknown"]
        for kind in order:
            chosen = [f for f in failures if f["outcome"] == kind]
            print(f"\n=== {kind}: {len(chosen)} ===")
            for family in FAMILIES:
                for entry in (f for f in chosen if f["item"].family == family):
                    scene, item = entry["scene"], entry["item"]
                    print(
                        f"[{family} / {item.template}] scene {scene.index} ({scene.group}): {item.text!r}  "
                        f"gold {item.answer!r}  said {entry['said']!r}"
                        + (f"  reason: {entry['reason']}" if entry["reason"] else "")
                    )
                    print(f"      truth: {'; '.join(s.describe() for s in scene.shapes)}")
                    print(f"      seen:  {'; '.join(entry['seen']) or '(nothing)'}")


if __name__ == "__main__":
    main()
