"""Hand-drawn shape sketches, end to end: a check of nsvr's generality on an image kind nobody tuned it for.

Sketch datasets (QuickDraw strokes, whiteboard and notebook doodles) draw shapes as one wobbly pen stroke rather than
as clean filled polygons. This generator was written from that description alone, independent of nsvr's other
benchmark generators and without reading nsvr's perception or parser code: each image (256x256 px, or ``--size
128``) holds 1 to 4 shapes among circle, square, rectangle, triangle and star (5-pointed; a quarter of the outline
stars are drawn as a one-stroke pentagram instead), and with ``--more`` also hexagon and heart. Every shape is an
outline drawn as one pen stroke in one ink colour (black, blue, red or green, each a little varied): a closed curve
resampled densely, its corners slightly rounded, its points moved by smooth low-frequency noise (a few sinusoids
along the stroke, plus a slow drift), started at a random point and ended a little past the start (overshoot) or a
little short of it (a gap), stroke width 2-5 px at 256 px (scaled with ``--size``), slightly rotated. With
``--filled`` most shapes (60%) also get a marker fill of their ink colour, flat (translucent, a little sloppy) or
light parallel hatching, under the outline. Shapes are 20-45% of the image side (largest side of the bounding box;
rectangles 1.5-2.1 times as long as wide), never overlapping, and everything is drawn at 4x and downsampled (box
filter), so strokes are antialiased.

Backgrounds, chosen evenly: white paper; lined notebook paper (faint blue horizontal rules, a red margin line);
squared graph paper (faint grid, every fifth line a little darker); a whiteboard (off-white, a lighting gradient and
faint grey smudges of old marker). Shapes are drawn over the lines, as a pen would.

Questions (ordinary wordings, at least 8 per kind, some terse, lowercase, without a question mark):

- count:        how many shapes are drawn;
- what shape:   what shape is this (only on 1-shape images);
- is there:     is there a <shape> (yes and no balanced over the run; "is there a rectangle" is not asked with gold
                "no" when a square is drawn);
- colour:       what colour is the <shape> (only when exactly one of that shape is drawn);
- left/right:   is the <shape> on the left or right (only on 2-shape images of two different shapes, their
                horizontal extents disjoint, their centres at least 30% of the width apart, and the asked shape on
                the same side of the image's middle as it is of the other shape, so both readings agree);
- colour count: how many <colour> shapes (a few zeros).

"the rectangle" is never asked about when a square is drawn too (a square is a rectangle). Gold answers come from
what was drawn: the ink colour names black, blue, red, green (black is gold for black ink; "gray" is wrong), the shape
names above ("pentagram" and "five-pointed star" are taken as "star"), numbers, yes / no, left / right.

    python examples/benchmarks/shape_scenes_sketch.py                    # 150 images x ~5 questions, seed 0, 256 px
    python examples/benchmarks/shape_scenes_sketch.py --filled --more --size 128 --show-failures

Each image is written to a PNG file and asked as ``nsvr ask`` asks (question text -> embedded parser -> default
perception). Every answer is scored right / unknown (status not ok, the answer "unknown" or a refusal; planning
errors counted apart inside unknown) / confidently wrong; the script prints the totals, tables by question kind, by
shape asked about, by shapes present, by background, by filled vs outline, by shapes per image and by gold answer,
the failing wordings, the most common failure patterns and the failures by rough cause, and with
``--show-failures`` every failure (with what nsvr's perception found), the image saved (as the file nsvr read) to
/tmp/sketch_failures/.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shape_bench_common as common
from PIL import Image, ImageDraw

FAILURE_DIR = Path("/tmp/sketch_failures")

SUPERSAMPLE = 4
BASE_SHAPES = ("circle", "square", "rectangle", "triangle", "star")
MORE_SHAPES = ("hexagon", "heart")
INKS: dict[str, tuple[int, int, int]] = {
    "black": (30, 30, 36),
    "blue": (28, 58, 186),
    "red": (196, 36, 40),
    "green": (30, 128, 58),
}
BACKGROUNDS = ("white paper", "lined notebook", "graph paper", "whiteboard")
COUNT_WEIGHTS = {1: 0.26, 2: 0.34, 3: 0.2, 4: 0.2}
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six")


@dataclass
class Sketch:
    shape: str
    colour: str
    fill: str  # "outline", "flat fill" or "hatched"
    style: str  # how it was drawn: the shape name, or "star (pentagram)"
    ink: tuple[int, int, int]
    width: float  # stroke width in output pixels
    stroke: np.ndarray  # (n, 2) stroke points in output pixels (open polyline, overshooting or not quite closing)
    outline: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))  # the closed curve, for fills
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # x0, y0, x1, y1 in output pixels

    @property
    def centre(self) -> tuple[float, float]:
        return (self.box[0] + self.box[2]) / 2, (self.box[1] + self.box[3]) / 2

    def describe(self) -> str:
        x, y = self.centre
        fill = "" if self.fill == "outline" else f", {self.fill}"
        return f"{self.colour} {self.style}{fill} at ({x:.0f}, {y:.0f}), {self.box[2] - self.box[0]:.0f} px wide"


@dataclass
class Scene:
    sketches: list[Sketch]
    background: str


@dataclass
class Question:
    text: str
    gold: str
    kind: str
    target: Sketch | None = None  # the shape asked about, when there is one
    shape: str = ""  # the shape word asked about ("" for counts)


# ---------------------------------------------------------------------------------------------------- outlines


def _resample(points: np.ndarray, n: int, closed: bool = True) -> np.ndarray:
    """n points evenly spaced by arc length along the polyline (closed: back to the first point)."""
    path = np.vstack([points, points[:1]]) if closed else points
    steps = np.hypot(*np.diff(path, axis=0).T)
    along = np.concatenate([[0.0], np.cumsum(steps)])
    wanted = np.linspace(0, along[-1], n, endpoint=not closed)
    return np.column_stack([np.interp(wanted, along, path[:, 0]), np.interp(wanted, along, path[:, 1])])


def _round_corners(points: np.ndarray, window: int) -> np.ndarray:
    """A circular moving average over a densely resampled closed curve: corners become slightly rounded."""
    if window < 2:
        return points
    kernel = np.ones(window) / window
    padded = np.vstack([points[-window:], points, points[:window]])
    smooth = np.column_stack([np.convolve(padded[:, i], kernel, mode="same") for i in range(2)])
    return smooth[window:-window]


def _ideal(shape: str, rng: np.random.Generator) -> tuple[np.ndarray, bool, str]:
    """The ideal closed outline (vertices or a dense curve) centred near 0, its corner-rounding flag and style."""
    if shape == "circle":
        t = np.linspace(0, 2 * np.pi, 160, endpoint=False)
        squash = rng.uniform(0.95, 1.05)
        return np.column_stack([np.cos(t) * squash, np.sin(t) / squash]), False, shape
    if shape == "square":
        a = rng.uniform(0.93, 1.07)
        return np.array([[-a, -1 / a], [a, -1 / a], [a, 1 / a], [-a, 1 / a]]), True, shape
    if shape == "rectangle":
        h = 1 / rng.uniform(1.5, 2.1)
        corners = np.array([[-1, -h], [1, -h], [1, h], [-1, h]])
        return (corners[:, ::-1] if rng.random() < 0.3 else corners), True, shape
    if shape == "triangle":
        apex = rng.uniform(-0.3, 0.3)
        return np.array([[apex, -0.95], [1.0, 0.8], [-1.0, 0.8]]), True, shape
    if shape == "star":
        outer = -np.pi / 2 + np.arange(5) * 2 * np.pi / 5
        if rng.random() < 0.25:  # a one-stroke pentagram: every second point
            order = [0, 2, 4, 1, 3]
            return np.column_stack([np.cos(outer[order]), np.sin(outer[order])]), True, "star (pentagram)"
        inner = rng.uniform(0.38, 0.48)
        angles = -np.pi / 2 + np.arange(10) * np.pi / 5
        radii = np.where(np.arange(10) % 2 == 0, 1.0, inner)
        return np.column_stack([np.cos(angles) * radii, np.sin(angles) * radii]), True, shape
    if shape == "hexagon":
        start = 0.0 if rng.random() < 0.5 else np.pi / 6
        angles = start + np.arange(6) * np.pi / 3
        return np.column_stack([np.cos(angles), np.sin(angles)]), True, shape
    if shape == "heart":
        t = np.linspace(0, 2 * np.pi, 200, endpoint=False)
        x = 16 * np.sin(t) ** 3
        y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
        return np.column_stack([x, y]) / 16, False, shape
    raise ValueError(shape)


def _wobble(length: float, count: int, rng: np.random.Generator, amplitude: float) -> np.ndarray:
    """Smooth low-frequency noise along a stroke parameter 0..length: (count, 2) offsets."""
    s = np.linspace(0, length, count)
    offsets = np.zeros((count, 2))
    for axis in range(2):
        for frequency in (1, 2, 3):
            offsets[:, axis] += rng.normal(0, amplitude / frequency) * np.sin(
                2 * np.pi * frequency * s + rng.uniform(0, 2 * np.pi)
            )
        offsets[:, axis] += rng.normal(0, amplitude * 0.12) * np.sin(2 * np.pi * rng.uniform(7, 11) * s)
    drift = rng.normal(0, amplitude * 0.6, 2)  # the hand drifts: the end misses the start a little
    return offsets + np.outer(s, drift)


def _stroke(shape: str, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, str]:
    """One shape's stroke and closed outline in unit coordinates (largest side 2, centred at 0), and its style;
    redrawn until its proportions leave no doubt (squares and circles at most 1.1 times as long as wide, rectangles
    at least 1.4 times)."""
    for _ in range(50):
        stroke, outline, style = _one_stroke(shape, rng)
        extent = stroke.max(axis=0) - stroke.min(axis=0)
        ratio = extent.max() / extent.min()
        if (shape in ("square", "circle") and ratio > 1.1) or (shape == "rectangle" and ratio < 1.4):
            continue
        break
    return stroke, outline, style


def _one_stroke(shape: str, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, str]:
    ideal, corners, style = _ideal(shape, rng)
    dense = _resample(ideal, 240)
    if corners:
        dense = _round_corners(dense, int(rng.integers(3, 7)))
    spin = np.deg2rad(rng.normal(0, 5) if shape != "hexagon" else rng.normal(0, 8))
    rotation = np.array([[np.cos(spin), -np.sin(spin)], [np.sin(spin), np.cos(spin)]])
    dense = dense @ rotation.T
    # the stroke: from a random start, once round, then a little past the start or a little short of it
    n = len(dense)
    extra = rng.uniform(-0.04, 0.09)
    count = int(n * (1 + extra))
    start = int(rng.integers(n))
    path = dense[(start + np.arange(count)) % n]
    stroke = path + _wobble(1 + extra, count, rng, amplitude=0.045)
    outline = dense + _wobble(1.0, n, rng, amplitude=0.02)
    low, high = stroke.min(axis=0), stroke.max(axis=0)
    middle, scale = (low + high) / 2, 2 / (high - low).max()
    return (stroke - middle) * scale, (outline - middle) * scale, style


# ---------------------------------------------------------------------------------------------------- scenes


def generate(rng: np.random.Generator, size: int, vocabulary: tuple[str, ...], filled: bool) -> Scene:
    count = int(rng.choice(list(COUNT_WEIGHTS), p=list(COUNT_WEIGHTS.values())))
    background = BACKGROUNDS[int(rng.integers(len(BACKGROUNDS)))]
    top = 0.45
    for attempt in range(400):
        if attempt and attempt % 50 == 0:
            top = max(0.25, top - 0.04)  # crowded: allow only smaller shapes
        sketches: list[Sketch] = []
        for _ in range(count):
            shape = vocabulary[int(rng.integers(len(vocabulary)))]
            colour = list(INKS)[int(rng.integers(len(INKS)))]
            stroke, outline, style = _stroke(shape, rng)
            side = rng.uniform(0.2, top) * size
            width = rng.uniform(2, 5) * size / 256
            stroke, outline = stroke * side / 2, outline * side / 2
            low, high = stroke.min(axis=0) - width, stroke.max(axis=0) + width
            margin = 0.03 * size
            lo_x, hi_x = margin - low[0], size - margin - high[0]
            lo_y, hi_y = margin - low[1], size - margin - high[1]
            if lo_x > hi_x or lo_y > hi_y:
                break
            at = np.array([rng.uniform(lo_x, hi_x), rng.uniform(lo_y, hi_y)])
            fill = "outline"
            if filled and style != "star (pentagram)" and rng.random() < 0.6:
                fill = "flat fill" if rng.random() < 0.5 else "hatched"
            shade = rng.integers(-10, 11)  # the pen's own shade: a common offset, a little per channel
            ink = tuple(int(np.clip(c + shade + rng.integers(-5, 6), 0, 255)) for c in INKS[colour])
            box = (*(low + at), *(high + at))
            sketches.append(Sketch(shape, colour, fill, style, ink, width, stroke + at, outline + at, box))
        if len(sketches) == count and not _overlapping(sketches, 0.04 * size):
            return Scene(sketches, background)
    raise RuntimeError("could not place the shapes")


def _overlapping(sketches: list[Sketch], gap: float) -> bool:
    for i, a in enumerate(sketches):
        for b in sketches[:i]:
            if a.box[0] < b.box[2] + gap and b.box[0] < a.box[2] + gap:
                if a.box[1] < b.box[3] + gap and b.box[1] < a.box[3] + gap:
                    return True
    return False


# ---------------------------------------------------------------------------------------------------- drawing


def _blend(canvas: np.ndarray, mask: np.ndarray, colour: tuple[int, int, int] | np.ndarray, alpha: float) -> None:
    a = (mask.astype(np.float32) / 255.0 * alpha)[..., None]
    canvas *= 1 - a
    canvas += a * np.asarray(colour, np.float32)


def _background(kind: str, big: int, size: int, rng: np.random.Generator) -> np.ndarray:
    k = big // size
    if kind == "whiteboard":
        canvas = np.empty((big, big, 3), np.float32)
        canvas[:] = (236, 239, 238)
        ys = np.linspace(-1, 1, big)[:, None, None]
        canvas += (rng.uniform(-6, 6) * ys + rng.uniform(-4, 4) * np.linspace(-1, 1, big)[None, :, None]).astype(
            np.float32
        )
        small = 64
        yy, xx = np.mgrid[0:small, 0:small] / small
        shade = np.zeros((small, small), np.float32)
        for _ in range(int(rng.integers(3, 7))):  # faint smudges of old marker: soft, some elongated
            cx, cy = rng.uniform(0, 1, 2)
            sx, sy = rng.uniform(0.05, 0.2, 2)
            if rng.random() < 0.4:
                sx *= 2.5
            shade += rng.uniform(4, 14) * np.exp(-(((xx - cx) / sx) ** 2 + ((yy - cy) / sy) ** 2) / 2)
        shade_big = np.asarray(Image.fromarray(shade).resize((big, big), Image.Resampling.BILINEAR), np.float32)
        tint = np.array([1.0, 1.0, 0.9], np.float32) if rng.random() < 0.5 else np.array([1.0, 0.97, 0.85])
        canvas -= shade_big[..., None] * tint
        return canvas
    canvas = np.empty((big, big, 3), np.float32)
    canvas[:] = (251, 251, 248) if kind != "white paper" else (252, 252, 250)
    lines = Image.new("L", (big, big), 0)
    draw = ImageDraw.Draw(lines)
    if kind == "lined notebook":
        spacing = size * rng.uniform(0.07, 0.085)
        y = size * rng.uniform(0.08, 0.14)
        while y < size:
            draw.line([(0, y * k), (big, y * k)], fill=255, width=k)
            y += spacing
        _blend(canvas, np.asarray(lines), (150, 180, 228), 0.65)
        margin = Image.new("L", (big, big), 0)
        x = size * rng.uniform(0.1, 0.16)
        ImageDraw.Draw(margin).line([(x * k, 0), (x * k, big)], fill=255, width=int(k * rng.uniform(1, 1.8)))
        _blend(canvas, np.asarray(margin), (222, 110, 115), 0.7)
    elif kind == "graph paper":
        spacing = size * rng.uniform(0.045, 0.06)
        offset = rng.uniform(0, spacing)
        strong = Image.new("L", (big, big), 0)
        for index in range(int(size / spacing) + 2):
            at = (offset + index * spacing) * k
            target = ImageDraw.Draw(strong) if index % 5 == 0 else draw
            target.line([(at, 0), (at, big)], fill=255, width=max(1, k // 2 if index % 5 else k))
            target.line([(0, at), (big, at)], fill=255, width=max(1, k // 2 if index % 5 else k))
        tone = (140, 190, 200) if rng.random() < 0.5 else (150, 175, 220)
        _blend(canvas, np.asarray(lines), tone, 0.7)
        _blend(canvas, np.asarray(strong), tone, 0.55)
    return canvas


def draw(scene: Scene, size: int, rng: np.random.Generator) -> Image.Image:
    k = SUPERSAMPLE
    big = size * k
    canvas = _background(scene.background, big, size, rng)
    for sketch in scene.sketches:
        if sketch.fill != "outline":
            region = Image.new("L", (big, big), 0)
            centre = np.array(sketch.centre)
            shrink = rng.uniform(0.93, 1.0)
            sloppy = (sketch.outline - centre) * shrink + centre + rng.normal(0, 0.007 * size, 2)
            ImageDraw.Draw(region).polygon([tuple(p) for p in sloppy * k], fill=255)
            if sketch.fill == "flat fill":
                _blend(canvas, np.asarray(region), sketch.ink, rng.uniform(0.55, 0.85))
            else:
                hatch = Image.new("L", (big, big), 0)
                pen = ImageDraw.Draw(hatch)
                angle = np.deg2rad(rng.choice([45, 135]) + rng.normal(0, 8))
                spacing = rng.uniform(6, 10) * size / 256 * k
                direction = np.array([np.cos(angle), np.sin(angle)])
                across = np.array([-direction[1], direction[0]])
                for step in np.arange(-big * 1.5, big * 1.5, spacing):
                    a = centre * k + across * step - direction * big * 1.5
                    b = centre * k + across * step + direction * big * 1.5
                    pen.line([tuple(a), tuple(b)], fill=255, width=int(rng.uniform(1.3, 2.3) * size / 256 * k))
                both = np.minimum(np.asarray(hatch), np.asarray(region))
                _blend(canvas, both, sketch.ink, rng.uniform(0.75, 0.95))
        mask = Image.new("L", (big, big), 0)
        pen = ImageDraw.Draw(mask)
        width = max(1, int(round(sketch.width * k)))
        points = [tuple(p) for p in sketch.stroke * k]
        pen.line(points, fill=255, width=width, joint="curve")
        for x, y in (points[0], points[-1]):  # round pen ends
            pen.ellipse((x - width / 2, y - width / 2, x + width / 2, y + width / 2), fill=255)
        _blend(canvas, np.asarray(mask), sketch.ink, rng.uniform(0.85, 1.0))
    image = Image.fromarray(np.clip(canvas, 0, 255).astype(np.uint8)).resize((size, size), Image.Resampling.BOX)
    grain = rng.normal(0, 1.2, (size, size, 1))  # paper grain / sensor noise, a level or two
    return Image.fromarray(np.clip(np.asarray(image, np.float32) + grain, 0, 255).astype(np.uint8))


# ---------------------------------------------------------------------------------------------------- questions

COUNT_WORDINGS = (
    "How many shapes are drawn?",
    "how many shapes",
    "How many shapes are there?",
    "How many shapes are in this drawing?",
    "how many shapes did someone draw",
    "count the shapes",
    "How many shapes can you see?",
    "how many doodles are there",
    "How many shapes are sketched here?",
    "number of shapes",
)
WHAT_SHAPE_WORDINGS = (
    "What shape is this?",
    "what shape is this",
    "What shape is drawn?",
    "what shape is it",
    "What is drawn here?",
    "Which shape is in the picture?",
    "what shape did they draw",
    "What kind of shape is this?",
    "name the shape",
    "What shape is sketched on the page?",
)
EXISTS_WORDINGS = (
    "Is there a {s}?",
    "is there a {s}",
    "Do you see a {s}?",
    "Is a {s} drawn?",
    "any {s}s",
    "Did someone draw a {s}?",
    "Is there a {s} in the sketch?",
    "does the picture contain a {s}",
    "Can you see a {s}?",
    "is a {s} drawn here",
)
COLOUR_WORDINGS = (
    "What colour is the {s}?",
    "what color is the {s}",
    "What color is the {s}?",
    "What colour ink is the {s} drawn in?",
    "which colour is the {s}",
    "What colour pen was used for the {s}?",
    "colour of the {s}",
    "What color is the {s} drawn in?",
    "the {s} is what color",
    "Tell me the colour of the {s}.",
)
SIDE_WORDINGS = (
    "Is the {s} on the left or right?",
    "is the {s} on the left or the right",
    "Is the {s} on the left or on the right side?",
    "which side is the {s} on",
    "Is the {s} left or right?",
    "On which side is the {s}, left or right?",
    "Is the {s} drawn on the left or the right?",
    "is the {s} to the left or right",
    "left or right: where is the {s}",
)
COLOUR_COUNT_WORDINGS = (
    "How many {c} shapes are there?",
    "how many {c} shapes",
    "How many shapes are drawn in {c}?",
    "count the {c} shapes",
    "How many shapes are in {c} ink?",
    "number of {c} shapes",
    "How many {c} shapes are drawn?",
    "how many shapes are {c}",
    "How many {c} drawings are there?",
)


def _fill(template: str, shape: str = "", colour: str = "") -> str:
    return template.format(s=shape, c=colour)  # no shape word starts with a vowel: "a" is always right


def _ambiguous(shape: str, sketches: list[Sketch]) -> bool:
    """Whether "the rectangle" is unclear: a square is drawn too, and a square is a rectangle."""
    return shape == "rectangle" and any(s.shape == "square" for s in sketches)


class Asker(common.Picker):
    def __init__(
        self, scene: Scene, rng: np.random.Generator, vocabulary: tuple[str, ...], size: int, balance: Counter
    ):
        self.scene = scene
        self.scene_size = size
        self.sketches = scene.sketches
        self.rng = rng
        self.vocabulary = vocabulary
        self.balance = balance  # yes / no asked so far over the run (is-there questions)
        self.sided: set[int] = set()  # shapes already asked about in a left / right question

    def count(self) -> Question | None:
        return Question(self.pick(COUNT_WORDINGS), str(len(self.sketches)), "count")

    def what_shape(self) -> Question | None:
        if len(self.sketches) != 1:
            return None
        only = self.sketches[0]
        return Question(self.pick(WHAT_SHAPE_WORDINGS), only.shape, "what shape", only, only.shape)

    def exists(self) -> Question | None:
        present = {s.shape for s in self.sketches}
        want = "yes" if self.balance["yes"] < self.balance["no"] else "no"
        if self.balance["yes"] == self.balance["no"]:
            want = self.pick(["yes", "no"])
        if want == "yes":
            shape = self.pick(sorted(present))
            target = next((s for s in self.sketches if s.shape == shape), None)
        else:
            absent = [s for s in self.vocabulary if s not in present and not _ambiguous(s, self.sketches)]
            if not absent:
                return None
            shape, target = self.pick(absent), None
        self.balance[want] += 1
        return Question(_fill(self.pick(EXISTS_WORDINGS), shape), want, "is there", target, shape)

    def colour(self) -> Question | None:
        kinds = Counter(s.shape for s in self.sketches)
        single = [s for s in self.sketches if kinds[s.shape] == 1 and not _ambiguous(s.shape, self.sketches)]
        if not single:
            return None
        target = self.pick(single)
        return Question(_fill(self.pick(COLOUR_WORDINGS), target.shape), target.colour, "colour", target, target.shape)

    def side(self) -> Question | None:
        if len(self.sketches) != 2 or self.sketches[0].shape == self.sketches[1].shape:
            return None
        a, b = sorted(self.sketches, key=lambda s: s.centre[0])
        middle = self.scene_size / 2
        apart = a.box[2] < b.box[0] and b.centre[0] - a.centre[0] >= 0.3 * self.scene_size
        if not apart:
            return None
        options = [(s, g) for s, g in ((a, "left"), (b, "right")) if not _ambiguous(s.shape, self.sketches)]
        options = [(s, g) for s, g in options if (s.centre[0] < middle) == (g == "left")]
        options = [(s, g) for s, g in options if id(s) not in self.sided] or options  # the other one next
        if not options:
            return None
        target, gold = self.pick(options)
        self.sided.add(id(target))
        return Question(_fill(self.pick(SIDE_WORDINGS), target.shape), gold, "left/right", target, target.shape)

    def colour_count(self) -> Question | None:
        used = sorted({s.colour for s in self.sketches})
        unused = [c for c in INKS if c not in used]
        colour = self.pick(unused) if unused and self.rng.random() < 0.2 else self.pick(used)
        n = sum(s.colour == colour for s in self.sketches)
        return Question(_fill(self.pick(COLOUR_COUNT_WORDINGS), colour=colour), str(n), "colour count")


def questions(
    scene: Scene, rng: np.random.Generator, vocabulary: tuple[str, ...], size: int, per_image: int, balance: Counter
) -> list[Question]:
    asker = Asker(scene, rng, vocabulary, size, balance)
    makers: list[tuple[float, Callable[[], Question | None]]] = [
        (1.0, asker.count),
        (3.0 if len(scene.sketches) == 1 else 0.0, asker.what_shape),
        (1.4, asker.exists),
        (1.2, asker.colour),
        (3.0, asker.side),
        (1.0, asker.colour_count),
    ]
    weights = np.array([w for w, _ in makers])
    made: list[Question] = []
    texts: set[str] = set()
    kinds: Counter = Counter()
    for _ in range(per_image * 8):
        if len(made) >= per_image:
            break
        index = int(rng.choice(len(makers), p=weights / weights.sum()))
        question = makers[index][1]()
        if question is None or question.text.lower().rstrip("?.") in texts or kinds[question.kind] >= 2:
            continue
        texts.add(question.text.lower().rstrip("?."))
        kinds[question.kind] += 1
        made.append(question)
    return made


# ---------------------------------------------------------------------------------------------------- scoring

ALIASES = {word: str(n) for n, word in enumerate(NUMBER_WORDS)} | {"none": "0", "no shapes": "0"}
ALIASES |= {"grey": "gray", "pentagram": "star", "five-pointed star": "star", "5-pointed star": "star"}
REFUSALS = ("i don't know", "i do not know", "cannot tell", "can't tell", "not sure", "unsure", "no answer")


def _normal(text: str | None) -> str:
    text = (text or "").strip().lower().rstrip(".!")
    for lead in ("the ", "a ", "an ", "on the ", "to the "):
        if text.startswith(lead):
            text = text[len(lead) :]
    for tail in (" side", " one", " shape"):
        if text.endswith(tail) and text != tail.strip():
            text = text[: -len(tail)]
    return ALIASES.get(text, text)


def outcome(status: str, said: str | None, gold: str) -> str:
    if status == "error":
        return "planning error"
    answer = _normal(said)
    if status != "ok" or answer in ("unknown", "") or any(r in answer for r in REFUSALS):
        return "unknown"
    return "right" if answer == _normal(gold) else "wrong"


def _wording(text: str, vocabulary: tuple[str, ...]) -> str:
    return common.wording(text, {"X": vocabulary, "Xs": common.shape_word(vocabulary), "C": INKS})


def _answer_group(gold: str) -> str:
    if gold in ("yes", "no", "left", "right"):
        return gold
    if gold.isdigit():
        return "a number"
    return "a colour" if gold in INKS else "a shape"


def _fill_group(question: Question, scene: Scene) -> str:
    if question.target is not None:
        return f"asked-about shape: {question.target.fill}"
    fills = {s.fill for s in scene.sketches}
    return "no single shape: image all outline" if fills == {"outline"} else "no single shape: image has fills"


def _saw(result) -> str:
    """What nsvr's perception found (its scene graph), for failures without a reason."""
    graph = getattr(result, "graph", None)
    if graph is None:
        return "no scene graph"
    seen = []
    for thing in graph.objects:
        colour = thing.attributes.get("color")
        colour = f"{colour.value} " if colour is not None else ""
        x0, y0, x1, y1 = thing.box
        seen.append(f"{colour}{thing.name} {thing.score:.2f} at ({(x0 + x1) / 2:.0f}, {(y0 + y1) / 2:.0f})")
    return f"{len(seen)} objects: {'; '.join(seen)}" if seen else "0 objects"


def _cause(failure: dict) -> str:
    """A rough cause: the question not read, a word of it taken for an object, or what perception found."""
    reason = failure["reason"] or ""
    if failure["outcome"] == "planning error":
        return "unknown: the question was not parsed (planning error)"
    if failure["outcome"] == "wrong":
        return "confidently wrong"
    if "cannot detect" in reason:
        return "unknown: a word of the question taken for an object nsvr cannot detect"
    if "needs one object, found" in reason or "has no object to look at" in reason:
        return "unknown: not one object where one was needed (the shape not found, or an extra object)"
    if " if object " in reason or "depends on which is meant" in reason:
        return "unknown: a hedge (a doubtful colour, shape or extra object would change the answer)"
    return "unknown: other"


def _pattern_reason(reason: str | None, vocabulary: tuple[str, ...]) -> str:
    """The reason with the question, numbers and shape words taken out, so that like failures group together."""
    text = (reason or "").strip().split(" Try a question like")[0]
    text = re.sub(r" in '[^']*'", " in <question>", text)
    text = re.sub(r"\d+(\.\d+)?", "#", text)
    for shape in sorted(vocabulary, key=len, reverse=True):
        text = re.sub(rf"\b{shape}s?\b", "X", text)
    return text[:200]


def run(images: int, seed: int, size: int, more: bool, filled: bool, per_image: int, show_failures: bool) -> None:
    vocabulary = BASE_SHAPES + (MORE_SHAPES if more else ())
    rng = np.random.default_rng(seed)
    tables = common.new_tables()
    overall: Counter = Counter()
    failures: list[dict] = []
    balance: Counter = Counter()
    tag = f"s{seed}_{size}{'_more' if more else ''}{'_filled' if filled else ''}"
    kept = common.FailureImages(FAILURE_DIR, f"{tag}_[0-9]*.png")
    started = time.perf_counter()

    def picture(index: int, path: Path) -> tuple[Scene, list[Question]]:
        scene = generate(rng, size, vocabulary, filled)
        draw(scene, size, rng).save(path)
        return scene, questions(scene, rng, vocabulary, size, per_image, balance)

    for index, scene, path, item, result in common.ask_pictures(images, picture, None, "sketch"):
        kind = outcome(result.status, result.answer, item.gold)
        overall[kind] += 1
        tables["question kind"][item.kind][kind] += 1
        shape = item.target.style if item.target is not None else item.shape
        asked = shape if item.target is not None or not shape else f"{shape} (not drawn)"
        tables["shape asked about (as drawn)"][asked or "(counts: no shape asked)"][kind] += 1
        for style in sorted({s.style for s in scene.sketches}):
            tables["shapes present (each question once per kind of shape in its image)"][style][kind] += 1
        tables["background"][scene.background][kind] += 1
        tables["filled vs outline"][_fill_group(item, scene)][kind] += 1
        tables["shapes in the image"][str(len(scene.sketches))][kind] += 1
        tables["gold answer"][_answer_group(item.gold)][kind] += 1
        tables["wording"][_wording(item.text, vocabulary)][kind] += 1
        if kind != "right":
            saved = kept.keep(path, f"{tag}_{index:04d}.png")
            details = {"background": scene.background, "shapes": [s.describe() for s in scene.sketches]}
            details |= {"kind": item.kind, "saw": _saw(result)}
            failures.append(common.failure(kind, item.text, item.gold, result, saved, **details))
    seconds = time.perf_counter() - started
    done = sum(overall.values())
    print(
        f"{done} questions on {images} hand-drawn sketch images ({size}x{size} px), seed {seed}, shapes:"
        f" {', '.join(vocabulary)}{', with marker fills' if filled else ', outlines only'}, {seconds:.0f} s"
    )
    width = 48
    print(common.tally_row("all", overall, width))
    common.print_tables(
        tables,
        (
            "question kind",
            "shape asked about (as drawn)",
            "shapes present (each question once per kind of shape in its image)",
            "background",
            "filled vs outline",
            "shapes in the image",
            "gold answer",
        ),
        width,
    )
    common.print_wordings(
        "by wording (shape words as X, colour words as C; 5 or more asked):", tables["wording"], width
    )
    common.print_counts("failing wordings:", Counter(_wording(f["question"], vocabulary) for f in failures))
    patterns: Counter = Counter()
    examples: dict[tuple, dict] = {}
    for f in failures:
        said = f["said"] if f["outcome"] == "wrong" else ""
        gold = f["gold"] if f["outcome"] == "wrong" else ""
        key = (f["kind"], f["outcome"], gold, said, _pattern_reason(f["reason"], vocabulary))
        patterns[key] += 1
        examples.setdefault(key, f)
    print("most common failure patterns (kind, outcome, reason with numbers as # and shape words as X; an example):")
    for key, n in patterns.most_common(25):
        f = examples[key]
        print(f"  {n:3d}  [{f['kind']}] {f['outcome']}: {f['question']!r} gold {f['gold']!r} said {f['said']!r}")
        if key[4]:
            print(f"         reason: {key[4]}")
        else:
            print(f"         nsvr saw {f['saw']}")
    causes = Counter(_cause(f) for f in failures)
    print(f"failures by cause (share of all {done} questions):")
    for cause, n in causes.most_common():
        print(f"  {n:4d}  {n / max(done, 1):7.2%}  {cause}")
    common.report_failures(
        failures,
        f"; their images in {FAILURE_DIR}",
        show_failures,
        lambda f: f"- {f['outcome']} [{f['kind']}] {f['background']}: {'; '.join(f['shapes'])}",
        after=lambda f: [f"nsvr saw {f['saw']}"],
        every_reason=True,
    )


def main() -> None:
    parser = common.command_line(__doc__, "--n-images")
    parser.add_argument("--size", type=int, choices=[128, 256], default=256, help="image side in pixels")
    parser.add_argument("--more", action="store_true", help="also hexagons and hearts")
    parser.add_argument("--filled", action="store_true", help="most shapes also get a marker fill (flat or hatched)")
    common.asking_arguments(parser, 5, perception=False)
    args = parser.parse_args()
    run(args.n_images, args.seed, args.size, args.more, args.filled, args.per_image, args.show_failures)


if __name__ == "__main__":
    main()
