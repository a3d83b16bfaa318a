"""Busy drawings, end to end: many flat shapes in one picture (a counting worksheet, a sticker sheet, a pattern of
tiles, a board game), asked in ordinary wordings, with gold answers computed from what was drawn.

Written blind, from a brief alone: its author read only the structure of nsvr's shape-scene benchmarks
(shape_scenes_nmn.py, shape_bench_common.py) and the signature of ``nsvr.agent.ask.ask``, never nsvr's perception
code, its parser, its tests or the other generators. The generator was fixed before it was run and run once; nothing
in it was adjusted after seeing nsvr's answers.

The brief. Each picture is 400-1200 px a side, drawn with PIL at 4x and box-downsampled (antialiased), on a white,
light gray or pale tinted (cream, pale blue, pale green) background. It holds 10-80 flat, unoutlined shapes (circles,
squares, rectangles, triangles, stars, hexagons, ellipses; 4-7 of these kinds per picture) in 6-8 of ten plainly
nameable colours (red, blue, green, yellow, orange, purple, black, gray, pink, brown), 12-60 px along their longer
side, in one of five layouts:

- ``scatter``:  placed at random, no overlaps, bounding boxes at least 3-8 px apart (one gap per picture);
- ``grid``:     a neat grid of rows and columns, shapes centred in their cells; half the grids have a few empty
                cells (never a corner, every row and column keeps a shape);
- ``rows``:     left-aligned rows of different lengths, as on a counting worksheet;
- ``clusters``: 3-6 groups of shapes packed close together (3-8 px), the groups at least 40 px apart;
- ``touching``: a scatter in which 3-8 pairs of differently coloured shapes touch, as stickers would (the pixels of
                the two shapes, thresholded at half coverage, 0 or 1 px apart along the touching axis).

In some pictures all shapes have one size; in others two clearly distinct sizes, big = 2x small.

Conventions. Shape words are the ordinary ones: a "square" is never counted as a rectangle nor a "circle" as an
ellipse; rectangles and ellipses are about 5:3, lying or standing; triangles point up; stars have five points;
hexagons have a point at the left and the right. "Big"/"large" and "small" are asked only of two-size pictures. A
shape's position is its bounding-box centre. Relations use the loose, half-plane reading: A is "to the left of" B when
A's centre is left of B's, in any row. A relation or extreme is asked only where a careful person could call it: for
"how many shapes are to the left of the X" no other shape's centre lies 3-19 px left of the anchor's (within 2 px
counts as the same column, not left), the anchor being the only shape of its colour and kind; for "is the X above
the Y" both are unique and their centres are at least 20 px apart on that axis; for "the leftmost shape" the winner
leads the runner-up by at least 20 px both by edge and by centre. Relation questions are also tagged by whether a
strict reading (the shapes' extents overlap on the other axis, i.e. same row / same column) would give the same
answer. Grid questions (rows, columns, corners) are asked only of grids. "Which colour is most common?" is asked
only where the top count is unique; "Are there more X than Y?" only where the counts differ.

Question types: counts (colour+shape, shape, colour, total, size), comparisons of counts (more/fewer, as many),
most common colour / shape, existence (yes and no balanced), extremes (colour or shape of the leftmost / rightmost /
topmost / bottommost shape), relations (count of shapes on one side of an anchor; is A above / below / left / right
of B), grid (shapes in the top / bottom row or left / right column; the shape in a corner).

    python examples/benchmarks/shape_scenes_busy.py                  # 56 images x 9 questions, seed 0
    python examples/benchmarks/shape_scenes_busy.py --seed 1 --n-images 20 --show-failures

Each picture is written to a PNG file and asked as ``nsvr ask`` asks (question text -> embedded parser -> default
perception), through shape_bench_common's ask loop and scoring: right / unknown (status not ok) / confidently wrong
(an answer that is not the gold, compared case-insensitively) / planning error. The script prints the totals, tables
by question type, layout, number-of-shapes band (10-20, 21-40, 41-80), size mode, relation reading and gold yes/no,
the mean seconds per question, and with ``--show-failures`` every wrong and unknown answer, its picture saved to
/tmp/busy_failures/.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shape_bench_common as common
from PIL import Image, ImageDraw
from shape_bench_common import ask_all, print_shares

FAILURE_DIR = Path("/tmp/busy_failures")
SUPERSAMPLE = 4

PALETTE: dict[str, tuple[int, int, int]] = {
    "red": (222, 30, 36),
    "blue": (30, 80, 220),
    "green": (34, 160, 60),
    "yellow": (250, 214, 0),
    "orange": (255, 136, 0),
    "purple": (128, 48, 180),
    "black": (22, 22, 22),
    "gray": (128, 128, 128),
    "pink": (255, 118, 182),
    "brown": (128, 78, 32),
}
BACKGROUNDS: dict[str, tuple[int, int, int]] = {
    "white": (255, 255, 255),
    "light gray": (236, 236, 236),
    "cream": (255, 250, 234),
    "pale blue": (236, 244, 255),
    "pale green": (238, 250, 238),
}
KINDS = ("circle", "square", "rectangle", "triangle", "star", "hexagon", "ellipse")
PLURAL = {kind: kind + "s" for kind in KINDS} | {"ellipse": "ellipses"}
LAYOUTS = {"scatter": 0.25, "grid": 0.25, "rows": 0.2, "clusters": 0.2, "touching": 0.1}
BANDS = ((10, 20), (21, 40), (41, 80))
MARGIN = 20  # px: what a careful person needs to call a relation or an extreme


@dataclass
class Shape:
    kind: str
    colour: str
    big: bool | None  # None in one-size pictures
    x: int
    y: int
    w: int
    h: int

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def describe(self) -> str:
        size = "" if self.big is None else ("big " if self.big else "small ")
        return f"{size}{self.colour} {self.kind} at ({self.cx:.0f},{self.cy:.0f})"


@dataclass
class Question:
    text: str
    answer: str
    kind: str
    reading: str = ""  # relation questions: whether the strict reading gives the same answer
    same: str = ""  # what the question asks, whatever its wording: one picture is asked each thing once


@dataclass
class Scene:
    index: int
    layout: str
    background: str
    sizes: str  # "one size" / "two sizes"
    image: np.ndarray
    shapes: list[Shape]
    grid: dict[tuple[int, int], Shape] | None = None
    rows: int = 0
    cols: int = 0
    questions: list[Question] = field(default_factory=list)

    @property
    def band(self) -> str:
        n = len(self.shapes)
        for low, high in BANDS:
            if low <= n <= high:
                return f"{low}-{high}"
        return "other"


# ---------------------------------------------------------------------------------------------------- drawing


def dims(kind: str, s: int, standing: bool) -> tuple[int, int]:
    """Bounding box (w, h) of a shape whose longer side is ``s``."""
    if kind in ("circle", "square"):
        return s, s
    if kind in ("rectangle", "ellipse"):
        short = round(s * 0.6)
        return (short, s) if standing else (s, short)
    if kind == "triangle":
        return s, round(s * 0.87)
    if kind == "star":
        return round(s * 0.951), round(s * 0.905)
    return s, round(s * 0.866)  # hexagon, points at left and right


def _star(w: float, h: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        radius = 1.0 if i % 2 == 0 else 0.4
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((radius * math.cos(angle), radius * math.sin(angle)))
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    return [((px - x0) / (x1 - x0) * w, (py - y0) / (y1 - y0) * h) for px, py in points]


def _paint(draw: ImageDraw.ImageDraw, kind: str, x: float, y: float, w: float, h: float, fill) -> None:
    """Paint one shape with its bounding box at (x, y, w, h) in final pixels on a SUPERSAMPLE-times canvas."""
    k = SUPERSAMPLE
    if kind in ("circle", "ellipse"):
        draw.ellipse([x * k, y * k, (x + w) * k - 1, (y + h) * k - 1], fill=fill)
        return
    if kind in ("square", "rectangle"):
        draw.rectangle([x * k, y * k, (x + w) * k - 1, (y + h) * k - 1], fill=fill)
        return
    if kind == "triangle":
        local = [(0.0, h), (w / 2, 0.0), (w, h)]
    elif kind == "star":
        local = _star(w, h)
    else:
        local = [(0.0, h / 2), (w / 4, 0.0), (3 * w / 4, 0.0), (w, h / 2), (3 * w / 4, h), (w / 4, h)]
    draw.polygon([((x + px) * k, (y + py) * k) for px, py in local], fill=fill)


def render(shapes: list[Shape], width: int, height: int, background: tuple[int, int, int]) -> np.ndarray:
    canvas = Image.new("RGB", (width * SUPERSAMPLE, height * SUPERSAMPLE), background)
    draw = ImageDraw.Draw(canvas)
    for shape in shapes:
        _paint(draw, shape.kind, shape.x, shape.y, shape.w, shape.h, PALETTE[shape.colour])
    return np.asarray(canvas.resize((width, height), Image.Resampling.BOX))


def mask(kind: str, w: int, h: int) -> np.ndarray:
    """The pixels (h x w) a shape covers at least half of, as drawn by ``render``."""
    canvas = Image.new("L", (w * SUPERSAMPLE, h * SUPERSAMPLE), 0)
    _paint(ImageDraw.Draw(canvas), kind, 0, 0, w, h, 255)
    return np.asarray(canvas.resize((w, h), Image.Resampling.BOX)) >= 128


# ---------------------------------------------------------------------------------------------------- layouts


class Builder(common.Picker):
    """Draws the shapes of one picture: kinds, colours and sizes, then a layout."""

    def __init__(self, rng: np.random.Generator, n: int, band: tuple[int, int]):
        self.rng = rng
        self.n = n
        self.band = band
        self.colours = [str(c) for c in rng.permutation(list(PALETTE))[: int(rng.integers(6, 9))]]
        self.kinds = [str(k) for k in rng.permutation(list(KINDS))[: int(rng.integers(4, 8))]]
        self.two_sizes = bool(rng.random() < 0.5)
        low, high = band
        if self.two_sizes:
            small = {10: (20, 30), 21: (17, 26), 41: (15, 20)}[low]
            self.small = int(rng.integers(small[0], small[1] + 1))
            self.big_size = 2 * self.small
        else:
            one = {10: (26, 56), 21: (22, 44), 41: (16, 32)}[low]
            self.small = self.big_size = int(rng.integers(one[0], one[1] + 1))
        self.big_share = float(rng.uniform(0.35, 0.6))
        self.gap = int(rng.integers(3, 9))
        self.deck = list(self.colours)  # every chosen colour is drawn at least once, then at random
        self.kind_deck = list(self.kinds)

    def new_shape(self, avoid: str | None = None) -> Shape:
        fresh = [c for c in self.deck if c != avoid]
        colour = fresh[0] if fresh else self.pick([c for c in self.colours if c != avoid])
        if fresh:
            self.deck.remove(colour)
        kind = self.kind_deck.pop(0) if self.kind_deck else self.pick(self.kinds)
        big = bool(self.rng.random() < self.big_share) if self.two_sizes else None
        s = self.big_size if big else self.small
        w, h = dims(kind, s, bool(self.rng.random() < 0.5))
        return Shape(kind, colour, big, 0, 0, w, h)

    @property
    def longest(self) -> int:
        return self.big_size

    # placing boxes without overlap

    def place(
        self,
        boxes: list[tuple[int, int]],
        width: int,
        height: int,
        gap: int,
        border: int,
        centre=None,
        radius: float = 0.0,
        tries: int = 3000,
    ) -> list[tuple[int, int]] | None:
        """Top-left corners for the (w, h) boxes, in order of decreasing area, at least ``gap`` px apart, inside the
        canvas less ``border``; or within ``radius`` of ``centre`` (clusters)."""
        order = sorted(range(len(boxes)), key=lambda i: -boxes[i][0] * boxes[i][1])
        placed: dict[int, tuple[int, int]] = {}
        for i in order:
            w, h = boxes[i]
            for _ in range(tries):
                if centre is None:
                    if width - 2 * border - w < 0 or height - 2 * border - h < 0:
                        return None
                    x = int(self.rng.integers(border, width - border - w + 1))
                    y = int(self.rng.integers(border, height - border - h + 1))
                else:
                    angle, r = self.rng.uniform(0, 2 * math.pi), radius * math.sqrt(self.rng.random())
                    x, y = (
                        round(centre[0] + r * math.cos(angle) - w / 2),
                        round(centre[1] + r * math.sin(angle) - h / 2),
                    )
                if all(
                    x + w + gap <= px or px + boxes[j][0] + gap <= x or y + h + gap <= py or py + boxes[j][1] + gap <= y
                    for j, (px, py) in placed.items()
                ):
                    placed[i] = (x, y)
                    break
            else:
                return None
        return [placed[i] for i in range(len(boxes))]

    def canvas_for(self, boxes: list[tuple[int, int]], gap: int, fill: float) -> tuple[int, int]:
        area = sum((w + gap) * (h + gap) for w, h in boxes) * fill
        aspect = float(self.rng.uniform(0.75, 1.35))
        width = int(np.clip(math.sqrt(area * aspect) + 2 * MARGIN, 400, 1200))
        height = int(np.clip(math.sqrt(area / aspect) + 2 * MARGIN, 400, 1200))
        return width, height

    def scatter_units(self, units: list[tuple[list[Shape], int, int]], gap: int, fill: float):
        """Place units (shapes at offsets inside a w x h box) on a canvas; None when they do not fit."""
        boxes = [(w, h) for _, w, h in units]
        width, height = self.canvas_for(boxes, gap, fill)
        for _ in range(8):
            spots = self.place(boxes, width, height, gap, border=12)
            if spots is not None:
                shapes = []
                for (members, _, _), (x, y) in zip(units, spots, strict=True):
                    for shape in members:
                        shapes.append(
                            Shape(shape.kind, shape.colour, shape.big, shape.x + x, shape.y + y, shape.w, shape.h)
                        )
                return shapes, width, height
            width, height = min(1200, int(width * 1.12)), min(1200, int(height * 1.12))
        return None

    def scatter(self):
        shapes = [self.new_shape() for _ in range(self.n)]
        return self.scatter_units([([s], s.w, s.h) for s in shapes], self.gap, float(self.rng.uniform(2.2, 3.5)))

    def touching(self):
        pairs = min(int(self.rng.integers(3, 9)), self.n // 2)
        units = []
        for _ in range(pairs):
            a = self.new_shape()
            b = self.new_shape(avoid=a.colour)
            units.append(self._touch(a, b, bool(self.rng.random() < 0.6), int(self.rng.integers(0, 2))))
        for _ in range(self.n - 2 * pairs):
            s = self.new_shape()
            units.append(([s], s.w, s.h))
        return self.scatter_units(units, self.gap, float(self.rng.uniform(2.2, 3.2)))

    @staticmethod
    def _touch(a: Shape, b: Shape, sideways: bool, gap: int) -> tuple[list[Shape], int, int]:
        """a and b side by side (or a above b), centred on the other axis, their pixels ``gap`` px apart."""
        ma, mb = mask(a.kind, a.w, a.h), mask(b.kind, b.w, b.h)
        if not sideways:  # transpose: rows become columns
            ma, mb = ma.T, mb.T
        ha, hb = ma.shape[0], mb.shape[0]
        top_a, top_b = max(0, (hb - ha) // 2), max(0, (ha - hb) // 2)
        need = -(10**6)
        for row in range(max(ha, hb) + 1):
            ra, rb = row - top_a, row - top_b
            if 0 <= ra < ha and 0 <= rb < hb and ma[ra].any() and mb[rb].any():
                need = max(need, int(np.nonzero(ma[ra])[0].max()) - int(np.nonzero(mb[rb])[0].min()) + 1)
        offset = need + gap
        along = max(ma.shape[1], offset + mb.shape[1])
        across = max(ha, hb)
        if sideways:
            first = Shape(a.kind, a.colour, a.big, 0, top_a, a.w, a.h)
            second = Shape(b.kind, b.colour, b.big, offset, top_b, b.w, b.h)
            return [first, second], along, across
        first = Shape(a.kind, a.colour, a.big, top_a, 0, a.w, a.h)
        second = Shape(b.kind, b.colour, b.big, top_b, offset, b.w, b.h)
        return [first, second], across, along

    def clusters(self):
        k = int(self.rng.integers(3, 7))
        k = max(1, min(k, self.n // 3))
        sizes = np.full(k, 3) + self.rng.multinomial(self.n - 3 * k, np.ones(k) / k)
        units = []
        for m in sizes:
            members = [self.new_shape() for _ in range(int(m))]
            boxes = [(s.w, s.h) for s in members]
            radius = math.sqrt(sum((w + self.gap) * (h + self.gap) for w, h in boxes) * 1.3 / math.pi)
            for _ in range(30):
                spots = self.place(boxes, 0, 0, self.gap, 0, centre=(0, 0), radius=radius, tries=400)
                if spots is not None:
                    break
                radius *= 1.1
            else:
                return None
            x0 = min(x for x, _ in spots)
            y0 = min(y for _, y in spots)
            for s, (x, y) in zip(members, spots, strict=True):
                s.x, s.y = x - x0, y - y0
            units.append((members, max(s.x + s.w for s in members), max(s.y + s.h for s in members)))
        return self.scatter_units(units, int(self.rng.integers(40, 70)), float(self.rng.uniform(1.8, 2.6)))

    def grid(self):
        low, high = self.band
        options = [(r, c) for r in range(2, 9) for c in range(3, 11) if low <= r * c <= high + 6]
        rows, cols = self.pick(options)
        cells = [(r, c) for r in range(rows) for c in range(cols)]
        empty: set[tuple[int, int]] = set()
        if self.rng.random() < 0.5:
            corners = {(0, 0), (0, cols - 1), (rows - 1, 0), (rows - 1, cols - 1)}
            candidates = [cell for cell in cells if cell not in corners]
            for cell in self.rng.permutation(len(candidates))[: int(len(cells) * self.rng.uniform(0.05, 0.15))]:
                trial = empty | {candidates[int(cell)]}
                if all(any((r, c) not in trial for c in range(cols)) for r in range(rows)) and all(
                    any((r, c) not in trial for r in range(rows)) for c in range(cols)
                ):
                    empty = trial
        if rows * cols - len(empty) > high:  # keep the count inside the band
            return None
        pitch = self.longest + int(self.rng.integers(10, 32))
        width = max(400, cols * pitch + 2 * int(self.rng.integers(24, 60)))
        height = max(400, rows * pitch + 2 * int(self.rng.integers(24, 60)))
        if width > 1200 or height > 1200:
            return None
        left, top = (width - cols * pitch) // 2, (height - rows * pitch) // 2
        shapes, grid = [], {}
        for r, c in cells:
            if (r, c) in empty:
                continue
            s = self.new_shape()
            s.x = left + c * pitch + (pitch - s.w) // 2
            s.y = top + r * pitch + (pitch - s.h) // 2
            shapes.append(s)
            grid[(r, c)] = s
        if len(shapes) < low:
            return None
        return shapes, width, height, grid, rows, cols

    def rows(self):
        low, high = self.band
        hgap = int(self.rng.integers(6, 21))
        vgap = int(self.rng.integers(20, 41))
        pitch = self.longest + hgap
        longest_row = min(12, (1200 - 2 * 40) // pitch)
        for _ in range(200):
            count = int(self.rng.integers(2, min(8, longest_row - 1) + 1))
            lengths = [int(v) for v in self.rng.permutation(np.arange(2, longest_row + 1))[:count]]
            if low <= sum(lengths) <= high:
                break
        else:
            return None
        left = int(self.rng.integers(30, 70))
        top = int(self.rng.integers(30, 70))
        width = max(400, left * 2 + max(lengths) * pitch)
        height = max(400, top * 2 + len(lengths) * (self.longest + vgap))
        if width > 1200 or height > 1200:
            return None
        shapes = []
        for r, length in enumerate(lengths):
            for c in range(length):
                s = self.new_shape()
                s.x = left + c * pitch + (self.longest - s.w) // 2
                s.y = top + r * (self.longest + vgap) + (self.longest - s.h) // 2
                shapes.append(s)
        return shapes, width, height


def make_scene(index: int, rng: np.random.Generator, per_image: int) -> Scene:
    layout = str(rng.choice(list(LAYOUTS), p=list(LAYOUTS.values())))
    band = BANDS[int(rng.integers(len(BANDS)))]
    background = str(rng.choice(list(BACKGROUNDS)))
    for _ in range(50):
        builder = Builder(rng, int(rng.integers(band[0], band[1] + 1)), band)
        made = getattr(builder, layout)()
        if made is None:
            continue
        grid, rows, cols = None, 0, 0
        if layout == "grid":
            shapes, width, height, grid, rows, cols = made
        else:
            shapes, width, height = made
        image = render(shapes, width, height, BACKGROUNDS[background])
        sizes = "two sizes" if builder.two_sizes else "one size"
        scene = Scene(index, layout, background, sizes, image, shapes, grid, rows, cols)
        scene.questions = questions(scene, rng, per_image)
        return scene
    raise RuntimeError(f"could not lay out a {layout} picture")


# ---------------------------------------------------------------------------------------------------- questions


def _a(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def _casual(text: str, rng: np.random.Generator) -> str:
    return text[0].lower() + text[1:] if rng.random() < 0.2 else text


AXES = {  # direction -> (coordinate, sign: +1 when "in that direction" means a larger coordinate)
    "left": ("cx", -1),
    "right": ("cx", 1),
    "above": ("cy", -1),
    "below": ("cy", 1),
}
SIDE_WORDS = {"left": "to the left of", "right": "to the right of", "above": "above", "below": "below"}


def _ahead(a: Shape, b: Shape, direction: str) -> float:
    """How far a lies beyond b in the direction, by centres (px)."""
    axis, sign = AXES[direction]
    return sign * (getattr(a, axis) - getattr(b, axis))


def _overlap_across(a: Shape, b: Shape, direction: str) -> bool:
    """Whether a and b share extent on the other axis (same row for left/right, same column for above/below)."""
    if direction in ("left", "right"):
        return a.y < b.y + b.h and b.y < a.y + a.h
    return a.x < b.x + b.w and b.x < a.x + a.w


class Asker(common.Picker):
    """Question makers for one scene; each returns None when it cannot make its question fairly."""

    def __init__(self, scene: Scene, rng: np.random.Generator):
        self.scene = scene
        self.shapes = scene.shapes
        self.rng = rng
        self.combos = Counter((s.colour, s.kind) for s in self.shapes)
        self.kinds = Counter(s.kind for s in self.shapes)
        self.colours = Counter(s.colour for s in self.shapes)
        self.unique = [s for s in self.shapes if self.combos[(s.colour, s.kind)] == 1]

    def colour_word(self) -> str:
        return self.pick(["colour", "color"])

    # counts

    def count_combo(self, want: str) -> Question | None:
        if self.rng.random() < 0.12:
            colour, kind = self.pick(list(PALETTE)), self.pick(KINDS)
        else:
            colour, kind = self.pick(list(self.combos))
        noun = f"{colour} {PLURAL[kind]}"
        text = self.pick(
            [f"How many {noun} are there?", f"How many {noun}?", f"Count the {noun}.", f"How many {noun} can you see?"]
        )
        return Question(_casual(text, self.rng), str(self.combos[(colour, kind)]), "count: colour+shape", same=noun)

    def count_kind(self, want: str) -> Question | None:
        kind = self.pick(list(self.kinds)) if self.rng.random() < 0.9 else self.pick(KINDS)
        noun = PLURAL[kind]
        text = self.pick(
            [
                f"How many {noun}?",
                f"How many {noun} are there?",
                f"count the {noun}",
                f"Count the {noun} in the picture.",
            ]
        )
        return Question(_casual(text, self.rng), str(self.kinds[kind]), "count: shape", same=noun)

    def count_colour(self, want: str) -> Question | None:
        colour = self.pick(list(self.colours)) if self.rng.random() < 0.9 else self.pick(list(PALETTE))
        text = self.pick(
            [f"How many {colour} shapes are there?", f"How many {colour} shapes?", f"Count the {colour} shapes."]
        )
        return Question(_casual(text, self.rng), str(self.colours[colour]), "count: colour", same=colour)

    def count_total(self, want: str) -> Question | None:
        text = self.pick(
            [
                "How many shapes are there in total?",
                "how many shapes are there?",
                "How many shapes are in the picture?",
                "Count all the shapes.",
            ]
        )
        return Question(text, str(len(self.shapes)), "count: total", same="total")

    def count_size(self, want: str) -> Question | None:
        if self.scene.sizes != "two sizes":
            return None
        big = bool(self.rng.random() < 0.5)
        size = self.pick(["big", "large"]) if big else "small"
        group = [s for s in self.shapes if s.big == big]
        if self.rng.random() < 0.5:
            colour = self.pick([s.colour for s in group] or list(self.colours))
            noun, n = f"{size} {colour} shapes", sum(s.colour == colour for s in group)
        else:
            kind = self.pick([s.kind for s in group] or list(self.kinds))
            noun, n = f"{size} {PLURAL[kind]}", sum(s.kind == kind for s in group)
        text = self.pick([f"How many {noun}?", f"How many {noun} are there?"])
        return Question(_casual(text, self.rng), str(n), "count: size", same=noun.replace("large", "big"))

    # comparisons

    def _two_groups(self) -> tuple[str, str, int, int, str, str]:
        """Two colours or two kinds: their words as plural nouns ("red shapes", "circles"), counts and bare words."""
        if self.rng.random() < 0.5:
            a, b = self.rng.permutation(list(self.colours))[:2]
            return f"{a} shapes", f"{b} shapes", self.colours[a], self.colours[b], f"{a}", f"{b}"
        pool = list(self.kinds) if len(self.kinds) >= 2 else list(KINDS)
        a, b = self.rng.permutation(pool)[:2]
        return PLURAL[a], PLURAL[b], self.kinds[a], self.kinds[b], PLURAL[a], PLURAL[b]

    def more(self, want: str) -> Question | None:
        for _ in range(40):
            na, nb, ca, cb, _, _ = self._two_groups()
            if ca == cb:
                continue
            fewer = bool(self.rng.random() < 0.3)
            truth = ca < cb if fewer else ca > cb
            if ("yes" if truth else "no") != want:
                continue
            word = "fewer" if fewer else "more"
            if na.endswith(" shapes") and self.rng.random() < 0.5:
                nb = nb.replace(" shapes", " ones")
            return Question(_casual(f"Are there {word} {na} than {nb}?", self.rng), want, "compare: more/fewer")
        return None

    def as_many(self, want: str) -> Question | None:
        for _ in range(60):
            na, nb, ca, cb, _, _ = self._two_groups()
            if (ca == cb) != (want == "yes") or ca + cb == 0:
                continue
            if na.endswith(" shapes"):
                text = self.pick(
                    [f"Are there as many {na} as {nb.replace(' shapes', ' ones')}?", f"Are there as many {na} as {nb}?"]
                )
            else:
                text = self.pick(
                    [f"Are there as many {na} as {nb}?", f"Is the number of {na} the same as the number of {nb}?"]
                )
            return Question(_casual(text, self.rng), want, "compare: as many")
        return None

    def most_common(self, want: str) -> Question | None:
        if self.rng.random() < 0.6:
            tally, kind = self.colours, "most common: colour"
            word = self.colour_word()
            texts = [
                f"Which {word} is most common?",
                f"What is the most common {word}?",
                f"Which {word} appears most often?",
            ]
        else:
            tally, kind = self.kinds, "most common: shape"
            texts = ["Which shape is most common?", "What is the most common shape?", "What shape appears most often?"]
        top = tally.most_common(2)
        if len(top) > 1 and top[0][1] == top[1][1]:
            return None
        return Question(_casual(self.pick(texts), self.rng), top[0][0], kind, same=kind)

    # existence

    def exists(self, want: str) -> Question | None:
        for _ in range(60):
            form = self.pick(["combo", "combo", "kind", "colour"])
            if form == "combo":
                colour, kind = self.pick(list(PALETTE)), self.pick(KINDS)
                truth, same = self.combos[(colour, kind)] > 0, f"{colour} {kind}"
                text = self.pick([f"Is there {_a(colour + ' ' + kind)}?", f"Are there any {colour} {PLURAL[kind]}?"])
            elif form == "kind":
                kind = self.pick(KINDS)
                truth, same = self.kinds[kind] > 0, kind
                text = self.pick([f"Is there {_a(kind)}?", f"Are there any {PLURAL[kind]}?"])
            else:
                colour = self.pick(list(PALETTE))
                truth, same = self.colours[colour] > 0, colour
                text = self.pick([f"Are there any {colour} shapes?", f"Is there {_a(colour + ' shape')}?"])
            if ("yes" if truth else "no") == want:
                return Question(_casual(text, self.rng), want, "exist", same=f"is there {same}")
        return None

    # extremes and relations

    def extreme(self, want: str) -> Question | None:
        directions = {
            "left": ("x", "cx", 1),
            "right": ("x_end", "cx", -1),
            "top": ("y", "cy", 1),
            "bottom": ("y_end", "cy", -1),
        }
        for direction in self.rng.permutation(list(directions)):
            edge, centre, sign = directions[str(direction)]

            def by_edge(s: Shape, edge=edge, sign=sign) -> float:
                value = {"x": s.x, "x_end": s.x + s.w, "y": s.y, "y_end": s.y + s.h}[edge]
                return sign * value

            def by_centre(s: Shape, centre=centre, sign=sign) -> float:
                return sign * getattr(s, centre)

            edges = sorted(self.shapes, key=by_edge)
            centres = sorted(self.shapes, key=by_centre)
            if edges[0] is not centres[0]:
                continue
            if by_edge(edges[1]) - by_edge(edges[0]) < MARGIN or by_centre(centres[1]) - by_centre(centres[0]) < MARGIN:
                continue
            winner = edges[0]
            word = self.colour_word()
            if self.rng.random() < 0.5:
                texts = {
                    "left": [f"What {word} is the leftmost shape?", f"What {word} is the shape furthest to the left?"],
                    "right": [f"What {word} is the rightmost shape?", f"What {word} is the shape furthest right?"],
                    "top": [f"What {word} is the topmost shape?", f"What {word} is the shape at the very top?"],
                    "bottom": [f"What {word} is the lowest shape?", f"What {word} is the shape at the very bottom?"],
                }[str(direction)]
                same = f"{direction} colour"
                return Question(_casual(self.pick(texts), self.rng), winner.colour, "extreme: colour", same=same)
            texts = {
                "left": ["What shape is the leftmost one?", "What shape is furthest to the left?"],
                "right": ["What shape is the rightmost one?", "What shape is furthest to the right?"],
                "top": ["What shape is at the very top?", "What is the topmost shape?"],
                "bottom": ["What shape is at the very bottom?", "What shape is the lowest one?"],
            }[str(direction)]
            same = f"{direction} shape"
            return Question(_casual(self.pick(texts), self.rng), winner.kind, "extreme: shape", same=same)
        return None

    def side_count(self, want: str) -> Question | None:
        anchors = [self.unique[int(i)] for i in self.rng.permutation(len(self.unique))]
        for anchor in anchors[:12]:
            for direction in self.rng.permutation(list(AXES)):
                direction = str(direction)
                others = [s for s in self.shapes if s is not anchor]
                ahead = [_ahead(s, anchor, direction) for s in others]
                if any(2 < d < MARGIN for d in ahead):
                    continue
                counted = [s for s, d in zip(others, ahead, strict=True) if d >= MARGIN]
                strict = sum(_overlap_across(s, anchor, direction) for s in counted)
                reading = "strict reading same" if strict == len(counted) else "strict reading differs"
                noun = f"{anchor.colour} {anchor.kind}"
                text = f"How many shapes are {SIDE_WORDS[direction]} the {noun}?"
                return Question(_casual(text, self.rng), str(len(counted)), "relation: how many on a side", reading)
        return None

    def pair(self, want: str) -> Question | None:
        if len(self.unique) < 2:
            return None
        for _ in range(40):
            i, j = self.rng.permutation(len(self.unique))[:2]
            a, b = self.unique[int(i)], self.unique[int(j)]
            direction = str(self.pick(list(AXES)))
            d = _ahead(a, b, direction)
            if abs(d) < MARGIN or ("yes" if d > 0 else "no") != want:
                continue
            strict = d > 0 and _overlap_across(a, b, direction)
            reading = "strict reading same" if strict == (d > 0) else "strict reading differs"
            text = f"Is the {a.colour} {a.kind} {SIDE_WORDS[direction]} the {b.colour} {b.kind}?"
            return Question(_casual(text, self.rng), want, "relation: is A beside B", reading)
        return None

    # grids

    def grid_line(self, want: str) -> Question | None:
        scene = self.scene
        if scene.grid is None:
            return None
        line = self.pick(["top row", "bottom row", "left column", "right column", "first row"])
        if line.endswith("row"):
            r = 0 if line in ("top row", "first row") else scene.rows - 1
            n = sum((r, c) in scene.grid for c in range(scene.cols))
        else:
            c = 0 if line == "left column" else scene.cols - 1
            n = sum((r, c) in scene.grid for r in range(scene.rows))
        text = f"How many shapes are in the {line}?"
        same = line.replace("first", "top")
        return Question(_casual(text, self.rng), str(n), "grid: row/column count", same=same)

    def grid_corner(self, want: str) -> Question | None:
        scene = self.scene
        if scene.grid is None:
            return None
        corner = self.pick(["top left", "top right", "bottom left", "bottom right"])
        r = 0 if corner.startswith("top") else scene.rows - 1
        c = 0 if corner.endswith("left") else scene.cols - 1
        shape = scene.grid[(r, c)]
        if self.rng.random() < 0.5:
            text = f"What {self.colour_word()} is the shape in the {corner} corner?"
            return Question(_casual(text, self.rng), shape.colour, "grid: corner colour", same=f"{corner} colour")
        text = self.pick([f"What shape is in the {corner} corner?", f"Which shape is in the {corner} corner?"])
        return Question(_casual(text, self.rng), shape.kind, "grid: corner shape", same=f"{corner} shape")


def questions(scene: Scene, rng: np.random.Generator, per_image: int) -> list[Question]:
    asker = Asker(scene, rng)
    grid = 1.0 if scene.grid is not None else 0.0
    makers: list[tuple[float, Callable[[str], Question | None]]] = [
        (1.0, asker.count_combo),
        (0.8, asker.count_kind),
        (0.7, asker.count_colour),
        (0.5, asker.count_total),
        (0.6 if scene.sizes == "two sizes" else 0.0, asker.count_size),
        (0.7, asker.more),
        (0.5, asker.as_many),
        (0.6, asker.most_common),
        (1.0, asker.exists),
        (1.6, asker.extreme),
        (0.8, asker.side_count),
        (0.8, asker.pair),
        (grid, asker.grid_line),
        (grid, asker.grid_corner),
    ]

    def same(question: Question) -> str:
        return question.same or question.text.lower().rstrip("?.").replace("color", "colour")

    return common.pick_balanced(makers, rng, per_image, per_image * 8, key=same, gold=lambda question: question.answer)


# ---------------------------------------------------------------------------------------------------- running


def run(n_images: int, seed: int, per_image: int, perception: str, show_failures: bool) -> None:
    rng = np.random.default_rng(seed)
    drawing = [0.0]
    FAILURE_DIR.mkdir(parents=True, exist_ok=True)
    for old in FAILURE_DIR.glob(f"s{seed}_*.png"):
        old.unlink()

    def scenes() -> Iterator[Scene]:
        for index in range(n_images):
            started = time.perf_counter()
            scene = make_scene(index, rng, per_image)
            drawing[0] += time.perf_counter() - started
            yield scene

    def keys(scene: Scene, item: Question) -> list[str]:
        found = ["all", f"type|{item.kind}", f"layout|{scene.layout}", f"band|{scene.band}", f"sizes|{scene.sizes}"]
        if item.reading:
            found.append(f"reading|{item.kind.split(': ')[1]}, {item.reading}")
        if item.answer in ("yes", "no"):
            found.append(f"gold|{item.answer}")
        return found

    def describe(scene: Scene) -> dict:
        path = FAILURE_DIR / f"s{seed}_{scene.index:03d}.png"
        if not path.exists():
            Image.fromarray(scene.image).save(path)
        height, width = scene.image.shape[:2]
        return {
            "picture": f"#{scene.index} {scene.layout}, {len(scene.shapes)} shapes, {scene.sizes}, {width}x{height}"
            f" on {scene.background}",
            "path": str(path),
        }

    started = time.perf_counter()
    done, shares, shown = ask_all(
        scenes(),
        lambda scene: scene.questions,
        n_images * per_image,
        perception,
        keys,
        describe,
        show_unknown=True,
        limit=10**6,
    )
    seconds = time.perf_counter() - started
    asking = seconds - drawing[0]
    print(
        f"shape_scenes_busy: seed {seed}, {n_images} pictures, {done} questions, perception {perception},"
        f" {seconds:.0f} s ({asking / max(done, 1):.2f} s per question asked, {drawing[0]:.0f} s drawing)"
    )
    tables = {
        "all": "overall",
        "type": "by question type",
        "layout": "by layout",
        "band": "by number of shapes",
        "sizes": "by size mode",
        "reading": "relation questions by whether the strict (same row / same column) reading agrees",
        "gold": "yes/no questions by gold answer",
    }
    for prefix, title in tables.items():
        part = {key.split("|", 1)[-1]: s for key, s in shares.items() if key.split("|", 1)[0] == prefix}
        if not part:
            continue
        print(title)
        print_shares(part, max(len(k) for k in part) + 1)
    wrong = sum(1 for f in shown if f["outcome"] == "wrong")
    print(f"{len(shown)} failures ({wrong} confidently wrong); their pictures in {FAILURE_DIR}")
    if show_failures:
        for f in shown:
            reason = f" ({f['reason']})" if f["reason"] else ""
            print(f"- {f['outcome']}: {f['picture']}; nsvr saw {len(f['seen'])} objects")
            print(f"    Q: {f['question']}  said: {f['said']!r}{reason}  gold: {f['gold']!r}")
            print(f"    image: {f['path']}")


def main() -> None:
    parser = common.standard_arguments(__doc__, "--n-images", 56, per_image=9, noun="picture")
    args = parser.parse_args()
    run(args.n_images, args.seed, args.per_image, args.perception, args.show_failures)


if __name__ == "__main__":
    main()
