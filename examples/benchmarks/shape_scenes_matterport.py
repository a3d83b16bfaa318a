"""Matterport Mask R-CNN "shapes" toy dataset (``train_shapes``, ``ShapesDataset``), end to end: a check of nsvr on an
image kind and question style nobody tuned it for.

Written blind: the generator follows the public description of that sample alone (not its code), and nsvr was read
only as far as ``ask``'s and ``AskOptions``' signatures and docstrings; the structure and the shared machinery are
those of shape_scenes_tetrominoes.py and shape_bench_common.py.

What is drawn. Each image is ``--size`` px square (128 by default; 64 and 256 scale every length below). The
background is one uniformly random RGB colour (each channel 0-255, dark ones too). 1-4 shapes (uniform), each a
square, circle or triangle (uniform), with a uniformly random RGB colour, a centre x, y uniform in [20, side-21] and
a size s uniform in [20, side/4] (integers; 20 px is the buffer at 128 px and scales with the side). s is the
half-extent: a square of side 2s (axis-aligned), a circle of radius s, an equilateral triangle point up with its apex
at (x, y-s) and its base at y+s, 2s/sin 60 deg wide. Shapes are drawn flat in order (later on top) with OpenCV fills,
8-connected (no antialias; ``--antialias``: OpenCV's LINE_AA), and may run off the frame. Overlap: as the original's
non-max suppression does, the nominal boxes (x-s, y-s, x+s, y+s) are compared with the later (upper) shapes first and
a shape whose box has an IoU above 0.3 with a kept one is dropped. Per shape the truth kept is its kind, RGB,
centre, size, nominal box, pixel box of what shows, visible pixels and visible share (visible pixels over the pixels
of the whole shape, unclipped and unhidden), hidden share (covered by later shapes) and clipped share (off the
frame). An image is drawn again from the same random stream (and counted as redrawn) where a person could not read
it: a shape whose colour is within CIE76 delta E 20 (CIELAB) of the background, two shapes that touch or overlap with
colours within delta E 20 of each other, or a shape of which under 35% shows.

Colour bands (HSV: hue H in degrees, saturation S and value V in 0-1), the only colours ever named in a question or
a gold. Core (a name is given): black V <= 0.13; white S <= 0.08 and V >= 0.9; gray S <= 0.08 and 0.35 <= V <= 0.75;
red H >= 352 or H <= 8 (S >= 0.75, V >= 0.6); orange 24-36 (S >= 0.7, V >= 0.8); and with S >= 0.6: yellow 50-62
(V >= 0.8), green 100-140 (V >= 0.45), cyan 178-192 (V >= 0.7), blue 215-245 (V >= 0.5), purple 265-285 (V >= 0.5),
magenta 295-318 (V >= 0.6). Any other colour has no name here, and no question names it or answers with it. Wide (a
name a viewer may give): black V <= 0.35; white S <= 0.25 and V >= 0.7; gray S <= 0.25 and 0.2 <= V <= 0.95; each
hue band widened by 20 deg on both sides with S >= 0.15 and V >= 0.2 (together the bands cover every hue). A colour
is asked about as absent (gold "no", a count of 0) or as what a shape or the background is not only where it is none
of the wide names of what is drawn (of every shape, and the background too in the exist and count families) nor a
neighbour of one: a ``shape_bench_common.CONFUSABLE`` of it, or white and gray, each other's. A shape is "the red
one" only where it is core red and no other shape is wide red; red things are counted only where every shape is core
red or not wide red.

Accepted answers (``shape_bench_common.in_gold_terms`` with these synonyms, after dropping tones: light, dark,
bright, pale, deep, hot, vivid, pure, medium, neon): red (crimson, scarlet), orange, yellow (gold), green (lime),
cyan (aqua, turquoise), blue (navy, azure), purple (violet, indigo), magenta (pink, fuchsia), black, white, gray
(grey, silver); circle (disc, disk, round, dot, circular), square (rectangle: a square is one, and one cut by the
frame looks like one), triangle (triangular); number words for digits; "none" for 0. Neighbouring names a viewer may
give (``CONFUSABLE``: orange or pink for red, teal or blue for cyan, blue or magenta for purple ...) are never asked
as absent, but as an answer to a core colour they are wrong (a core colour is well inside its band). A gold "A|B"
takes either (a shape answered by its kind or its colour: "circle|red", the colour only where core; such a question
is asked only where at least 70% of the shape shows or its colour is core). The status "ok" with the answer
"unknown" counts as unknown.

Question families (yes and no balanced within each family over the run, by asking for the answer behind first;
"shapes", "objects", "things", "figures"; lower case or not, with or without "?", terse or polite):

- ``count``: "how many shapes are there", "how many triangles?" (every shape at least 70% visible), "how many red
  things" (0 allowed under the colour rules above);
- ``exist``: "is there a circle", "any squares?" (every shape at least 70% visible), "is there a green shape";
- ``kind``: "what shape is the red one", "is the red object a circle" (the shape 70% visible);
- ``colour``: "what colour is the triangle", "is the circle blue" (the kind unique and every shape 70% visible);
- ``position``: "is the circle left of the red one" (visible-pixel centroids at least 16 px apart that way and the
  centres 8 px), "which shape is at the top", "what colour is the leftmost shape" (the winner's centroid leads the
  next by 12 px and its visible box edge by 3 px);
- ``size``: "which is bigger, the circle or the square", "is the red one smaller than the triangle", "what is the
  largest shape" (the whole area, the visible area and the visible box's area all at least 1.4 times the other's /
  every other's);
- ``overlap`` (only where the image has an overlapping pair: the upper covers at least 5% of the lower and 50 px):
  "is the circle on top of the square", "which one is in front, ...", "which shape is partly hidden" (exactly one
  shape covered, no other covered at all or cut by the frame by more than 3%), "do any of the shapes overlap" (no:
  every two shapes at least 3 px apart);
- ``background``: "what colour is the background", "is the background black".

All lengths are at 128 px and scale with the side. Each image gets up to ``--per-image`` questions of different
families, those asked least so far first; as many images are drawn as it takes to ask ``--images`` x ``--per-image``
questions (an image with one shape has fewer families to offer). Outcomes: right / unknown / confidently wrong /
planning error, overall, by family, gold type, colour named or answered, shape kind involved, shapes in the image,
overlap in the image, noun and template, then the wrong answers and planning errors (and the unknowns, with
``--show-failures``) with each picture's truth and what nsvr saw, then the worst wordings (shape words as X, colours
as C, nouns as N; asked 5 times or more). The picture of every failure listed is kept in ``--failures`` (default:
matterport_failures in the system's temporary folder).

    python examples/benchmarks/shape_scenes_matterport.py                    # 900 questions (300 x 3), seed 0, 128 px
    python examples/benchmarks/shape_scenes_matterport.py --size 256 --antialias
    python examples/benchmarks/shape_scenes_matterport.py --show-failures --json
    python examples/benchmarks/shape_scenes_matterport.py --images 5 --save /tmp/matterport   # no asking

The first run (defaults) is in shape_scenes_matterport_first_run.txt, with the rerun after two fixes of this file
made after it (no question changed): the true kind of a shape showing under 70% is taken as a right answer too, and
"what shape is the red one" no longer counts "shape" as the noun naming the things (the noun table, the wordings).
"""

from __future__ import annotations

import argparse
import colorsys
import itertools
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import shape_bench_common as common
from PIL import Image

KINDS = ("square", "circle", "triangle")
BUFFER = 20  # px at 128: the least centre distance from the frame and the least half-extent
IOU_DROP = 0.3
FAINT = 20.0  # CIE76 delta E under which two colours read as one
LEAST_SHOWN = 0.35  # a shape showing less is redrawn
KIND_CLEAR = 0.7  # a shape showing at least this much has a kind a viewer can read
APART = 16.0  # px at 128 between centroids for left of / above
CENTRE_APART = 8.0  # px at 128 the drawn centres must agree by
LEAD = 12.0  # px at 128 the leftmost (...) shape's centroid leads the next by
EDGE_LEAD = 3.0  # px at 128 its visible box edge leads by
BIGGER = 1.4  # area ratio for bigger / largest
COVER_SHARE = 0.05  # of the lower shape's area, for an overlapping pair
COVER_PX = 50.0  # px at 128
GAP = 3  # px at 128 between every two shapes for "no overlap"
CUT = 0.03  # most a shape may be cut by the frame in "which shape is partly hidden"

HUES = {  # name: (hue from, hue to (degrees, may wrap), least S, least V)
    "red": (352, 8, 0.75, 0.6),
    "orange": (24, 36, 0.7, 0.8),
    "yellow": (50, 62, 0.6, 0.8),
    "green": (100, 140, 0.6, 0.45),
    "cyan": (178, 192, 0.6, 0.7),
    "blue": (215, 245, 0.6, 0.5),
    "purple": (265, 285, 0.6, 0.5),
    "magenta": (295, 318, 0.6, 0.6),
}
COLOURS = (*HUES, "black", "white", "gray")
WIDEN = 20  # degrees each hue band widens by for the names a viewer may give


def _in_hue(h: float, lo: float, hi: float) -> bool:
    lo, hi = lo % 360, hi % 360
    return lo <= h <= hi if lo <= hi else h >= lo or h <= hi


def _hsv(rgb: tuple[int, int, int]) -> tuple[float, float, float]:
    h, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in rgb))
    return h * 360, s, v


def core_name(rgb: tuple[int, int, int]) -> str | None:
    """The colour's name where it lies well inside one band, else None."""
    h, s, v = _hsv(rgb)
    if v <= 0.13:
        return "black"
    if s <= 0.08:
        return "white" if v >= 0.9 else "gray" if 0.35 <= v <= 0.75 else None
    for name, (lo, hi, least_s, least_v) in HUES.items():
        if _in_hue(h, lo, hi) and s >= least_s and v >= least_v:
            return name
    return None


def wide_names(rgb: tuple[int, int, int]) -> set[str]:
    """Every name of this file a viewer may give the colour (its core name among them)."""
    h, s, v = _hsv(rgb)
    names = set()
    if v <= 0.35:
        names.add("black")
    if s <= 0.25 and v >= 0.7:
        names.add("white")
    if s <= 0.25 and 0.2 <= v <= 0.95:
        names.add("gray")
    if s >= 0.15 and v >= 0.2:
        names |= {name for name, (lo, hi, *_) in HUES.items() if _in_hue(h, lo - WIDEN, hi + WIDEN)}
    core = core_name(rgb)
    return names | ({core} if core else set())


def _lab(rgb: tuple[int, int, int]) -> np.ndarray:
    c = np.array(rgb, float) / 255
    c = np.where(c > 0.04045, ((c + 0.055) / 1.055) ** 2.4, c / 12.92)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ c
    xyz /= np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def delta_e(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """CIE76 colour distance."""
    return float(np.linalg.norm(_lab(a) - _lab(b)))


NEIGHBOURS = {"white": {"gray"}, "gray": {"white"}}
"""Neighbouring names besides ``CONFUSABLE``'s (which has no white): a light gray is "white" to some."""


def _confusable(a: str, b: str) -> bool:
    near = common.CONFUSABLE.get(b, set()) | NEIGHBOURS.get(b, set())
    return a == b or a in near or b in common.CONFUSABLE.get(a, set()) | NEIGHBOURS.get(a, set())


def far_from(names: set[str]) -> list[str]:
    """The colours of this file that are none of ``names`` (the wide names of what is drawn) nor ``CONFUSABLE``
    with one: safe to ask about as absent, or as what a thing is not."""
    return [c for c in COLOURS if not any(_confusable(c, n) for n in names)]


# ---------------------------------------------------------------------------------------------------- drawing


@dataclass
class Shape:
    kind: str
    rgb: tuple[int, int, int]
    x: int
    y: int
    s: int
    full: np.ndarray = field(repr=False)  # side x side: the whole shape's pixels in the frame
    area: int = 0  # pixels of the whole shape, unclipped
    visible: np.ndarray = field(default=None, repr=False)  # what shows (not off the frame, not under a later one)

    @property
    def name(self) -> str | None:
        return core_name(self.rgb)

    @property
    def wide(self) -> set[str]:
        return wide_names(self.rgb)

    @property
    def nominal_box(self) -> tuple[int, int, int, int]:
        return self.x - self.s, self.y - self.s, self.x + self.s, self.y + self.s

    @property
    def shown(self) -> int:
        return int(self.visible.sum())

    @property
    def share(self) -> float:
        return self.shown / self.area

    @property
    def hidden(self) -> float:
        """The share of the shape covered by later shapes."""
        return float((self.full & ~self.visible).sum()) / self.area

    @property
    def clipped(self) -> float:
        return 1 - float(self.full.sum()) / self.area

    @property
    def kind_clear(self) -> bool:
        return self.share >= KIND_CLEAR

    @property
    def centroid(self) -> tuple[float, float]:
        ys, xs = np.nonzero(self.visible)
        return float(xs.mean()) + 0.5, float(ys.mean()) + 0.5

    @property
    def box(self) -> tuple[int, int, int, int]:
        """x0, y0, x1, y1 (exclusive) of the pixels that show."""
        ys, xs = np.nonzero(self.visible)
        return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1

    def describe(self) -> str:
        name = self.name or "unnamed"
        cx, cy = self.centroid
        return (
            f"{self.kind} rgb{self.rgb} ({name}) centre {self.x},{self.y} s {self.s} box {self.box}"
            f" centroid {cx:.0f},{cy:.0f} shows {self.share:.0%} (hidden {self.hidden:.0%}, cut {self.clipped:.0%})"
        )


def _fill(canvas: np.ndarray, kind: str, x: int, y: int, s: int, colour: tuple[int, ...], line: int) -> None:
    if kind == "square":
        cv2.rectangle(canvas, (x - s, y - s), (x + s, y + s), colour, -1, line)
    elif kind == "circle":
        cv2.circle(canvas, (x, y), s, colour, -1, line)
    else:
        half = s / np.sin(np.radians(60))
        points = np.array([[(x, y - s), (x - half, y + s), (x + half, y + s)]], dtype=np.int32)
        cv2.fillPoly(canvas, points, colour, line)


def _mask(kind: str, x: int, y: int, s: int, side: int) -> tuple[np.ndarray, int]:
    """The shape's pixels in the frame, and how many it has unclipped (drawn on a canvas padded by a side)."""
    canvas = np.zeros((3 * side, 3 * side), np.uint8)
    _fill(canvas, kind, x + side, y + side, s, (1,), cv2.LINE_8)
    whole = canvas.astype(bool)
    return whole[side : 2 * side, side : 2 * side].copy(), int(whole.sum())


def _iou(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    x0, y0, x1, y1 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    inter = max(0, x1 - x0) * max(0, y1 - y0)
    area = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / area


def _touch(a: np.ndarray, b: np.ndarray, gap: int = 1) -> bool:
    """Do the masks overlap or lie within ``gap`` px of each other?"""
    grown = cv2.dilate(a.astype(np.uint8), np.ones((2 * gap + 1, 2 * gap + 1), np.uint8)).astype(bool)
    return bool((grown & b).any())


def draw_shapes(rng: np.random.Generator, side: int) -> tuple[tuple[int, int, int], list[Shape]]:
    """One draw of the generator: the background and the shapes kept after the non-max suppression, in drawing
    order, with what shows of each."""
    f = side / 128
    buffer = round(BUFFER * f)
    background = tuple(int(c) for c in rng.integers(0, 256, 3))
    drawn = []
    for _ in range(int(rng.integers(1, 5))):
        kind = KINDS[int(rng.integers(3))]
        rgb = tuple(int(c) for c in rng.integers(0, 256, 3))
        x, y = (int(v) for v in rng.integers(buffer, side - buffer, 2))
        s = int(rng.integers(buffer, side // 4 + 1))
        drawn.append((kind, rgb, x, y, s))
    kept: list[int] = []
    for i in reversed(range(len(drawn))):  # the later (upper) shapes first, as scores rising with the order
        box = _box(drawn[i])
        if all(_iou(box, _box(drawn[j])) <= IOU_DROP for j in kept):
            kept.append(i)
    shapes = []
    for i in sorted(kept):
        kind, rgb, x, y, s = drawn[i]
        full, area = _mask(kind, x, y, s, side)
        shapes.append(Shape(kind, rgb, x, y, s, full, area))
    for i, shape in enumerate(shapes):
        above = np.zeros((side, side), bool)
        for later in shapes[i + 1 :]:
            above |= later.full
        shape.visible = shape.full & ~above
    return background, shapes


def _box(drawn: tuple) -> tuple[int, int, int, int]:
    _, _, x, y, s = drawn
    return x - s, y - s, x + s, y + s


def readable(background: tuple[int, int, int], shapes: list[Shape]) -> bool:
    """Can a person read every shape: not faint against the background, not merged with a touching shape of
    nearly its colour, and at least ``LEAST_SHOWN`` of it showing?"""
    for i, a in enumerate(shapes):
        if a.shown == 0 or a.share < LEAST_SHOWN or delta_e(a.rgb, background) < FAINT:
            return False
        for b in shapes[i + 1 :]:
            if delta_e(a.rgb, b.rgb) < FAINT and _touch(a.full, b.full):
                return False
    return True


def render(background: tuple[int, int, int], shapes: list[Shape], side: int, antialias: bool) -> np.ndarray:
    image = np.empty((side, side, 3), np.uint8)
    image[:] = background
    line = cv2.LINE_AA if antialias else cv2.LINE_8
    for shape in shapes:
        _fill(image, shape.kind, shape.x, shape.y, shape.s, shape.rgb, line)
    return image


# ---------------------------------------------------------------------------------------------------- questions

NOUNS = ("shape", "object", "thing", "figure")
PLURALS = ("shapes", "objects", "things", "figures")


@dataclass
class Question(common.SceneQuestion):
    colours: tuple[str, ...] = ()  # named in the question or answered
    kinds: tuple[str, ...] = ()  # kinds of the shapes the question names or refers to
    key: str = ""  # asked once per image whatever its wording
    noun: str = "(none)"


@dataclass
class Scene:
    index: int
    background: tuple[int, int, int]
    shapes: list[Shape]
    side: int
    image: np.ndarray = field(repr=False)
    redraws: int = 0
    questions: list = field(default_factory=list)

    @property
    def overlapping(self) -> bool:
        return bool(overlapping_pairs(self.shapes, self.side))


def overlapping_pairs(shapes: list[Shape], side: int) -> list[tuple[Shape, Shape]]:
    """(lower, upper) pairs where the upper covers a clear part of the lower."""
    least = COVER_PX * (side / 128) ** 2
    pairs = []
    for i, low in enumerate(shapes):
        for up in shapes[i + 1 :]:
            covered = float((low.full & up.full).sum())
            if covered >= least and covered >= COVER_SHARE * low.area:
                pairs.append((low, up))
    return pairs


def _plural(kind: str) -> str:
    return kind + "s"


class Asker(common.ScenePicker):
    """Question makers for one scene; each returns None when it cannot make its question (with the wanted answer)."""

    tries = 30

    def __init__(self, scene: Scene, rng: np.random.Generator):
        self.shapes = scene.shapes
        self.background = scene.background
        self.rng = rng
        f = scene.side / 128
        self.f = f
        self.side = scene.side
        self.clear_kinds = all(s.kind_clear for s in self.shapes)
        self.pairs = overlapping_pairs(self.shapes, scene.side)
        present = {s.name for s in self.shapes if s.name}
        self.present = present

    # helpers

    def noun(self) -> str:
        return self.pick(NOUNS)

    def nouns(self) -> str:
        return self.pick(PLURALS)

    def q(self, text: str, gold: str, family: str, template: str, shapes: list[Shape], key: str) -> Question:
        """A question; the colours it names or answers and the kinds it names or refers to are read off it."""
        words = re.findall(r"[a-z]+", text.lower())
        colours = {w for w in words if w in COLOURS} | {g for g in gold.split("|") if g in COLOURS}
        kinds = {w.rstrip("s") for w in words if w.rstrip("s") in KINDS} | {s.kind for s in shapes}
        text = text if self.chance(0.7) else common.cap(text)
        noun = next((w for w in re.findall(r"[a-z]+", kind_asked(text).lower()) if w in NOUNS + PLURALS), "(none)")
        noun = noun.rstrip("s") if noun in PLURALS else noun
        return Question(text, gold, family, template, tuple(sorted(colours)), tuple(sorted(kinds)), key, noun)

    def absent_colour(self, with_background: bool = True) -> str | None:
        """A colour no shape (nor, ``with_background``, the background) may be called, and not confusable with a
        name one may be called."""
        seen = set().union(*(s.wide for s in self.shapes))
        if with_background:
            seen |= wide_names(self.background)
        options = far_from(seen)
        return self.pick(options) if options else None

    def colour_unique(self, shape: Shape) -> bool:
        return shape.name is not None and not any(shape.name in o.wide for o in self.shapes if o is not shape)

    def kind_unique(self, shape: Shape) -> bool:
        return self.clear_kinds and [s.kind for s in self.shapes].count(shape.kind) == 1

    def ref(self, shape: Shape) -> str | None:
        """How a user names ``shape`` so that it is the only one meant: "the circle", "the red one"; None where
        neither names it alone."""
        options = []
        if self.kind_unique(shape):
            options += [f"the {shape.kind}", f"the {shape.kind}"]
        if self.colour_unique(shape):
            options += [f"the {shape.name} {self.noun()}", f"the {shape.name} one"]
        return self.pick(options) if options else None

    def answer(self, shape: Shape) -> str | None:
        """The gold naming ``shape``: its kind or its colour (where core); None (not asked) where neither its kind
        shows enough to read nor its colour is core. (Fixed after the first run: the kind of a shape showing under 70%
        is still a right answer.)"""
        if not shape.kind_clear and not shape.name:
            return None
        return "|".join([shape.kind] + ([shape.name] if shape.name else []))

    def two(self) -> tuple[Shape, str, Shape, str] | None:
        """Two shapes, each named alone, in a random order."""
        named = [(s, r) for s in self.shapes if (r := self.ref(s))]
        if len(named) < 2:
            return None
        i, j = self.rng.permutation(len(named))[:2]
        (a, ra), (b, rb) = named[i], named[j]
        if ra == rb:
            return None
        return a, ra, b, rb

    # count

    def count_all(self, want: str) -> Question:
        n = self.nouns()
        text = self.pick(
            [
                f"how many {n} are there",
                f"how many {n}?",
                f"count the {n}",
                f"how many {n} are in the image?",
                f"number of {n} in the picture",
                f"how many {n} can you see",
                f"could you tell me how many {n} there are?",
            ]
        )
        return self.q(text, str(len(self.shapes)), "count", "how many shapes", [], "count")

    def count_kind(self, want: str) -> Question | None:
        if not self.clear_kinds:
            return None
        present = sorted({s.kind for s in self.shapes})
        kind = self.pick(present if self.chance(0.6) else KINDS)  # not mostly zeros where there are few shapes
        k = _plural(kind)
        text = self.pick(
            [
                f"how many {k} are there",
                f"how many {k}?",
                f"count the {k}",
                f"how many {k} do you see",
                f"how many {k} are in this picture?",
                f"number of {k}",
                f"please count the {k}",
            ]
        )
        n = sum(s.kind == kind for s in self.shapes)
        return self.q(text, str(n), "count", "how many X", [], f"count {kind}")

    def count_colour(self, want: str) -> Question | None:
        zero = self.chance(0.25)
        for _ in range(10):
            colour = self.absent_colour() if zero else self.pick(sorted(self.present)) if self.present else None
            if colour is None or any(colour in s.wide and s.name != colour for s in self.shapes):
                continue
            n = sum(s.name == colour for s in self.shapes)
            ns = self.nouns()
            text = self.pick(
                [
                    f"how many {colour} {ns} are there",
                    f"how many {colour} {ns}?",
                    f"count the {colour} {ns}",
                    f"how many {colour} {ns} can you see",
                    f"number of {colour} {ns}",
                    f"how many {ns} are {colour}?",
                ]
            )
            shapes = [s for s in self.shapes if s.name == colour]
            return self.q(text, str(n), "count", "how many C shapes", shapes, f"count {colour}")
        return None

    # exist

    def exist_kind(self, want: str) -> Question | None:
        if not self.clear_kinds:
            return None
        present = {s.kind for s in self.shapes}
        options = sorted(present) if want == "yes" else [k for k in KINDS if k not in present]
        if not options:
            return None
        kind = self.pick(options)
        a = common.article(kind)
        text = self.pick(
            [
                f"is there {a} {kind}",
                f"is there {a} {kind}?",
                f"any {_plural(kind)}?",
                f"do you see {a} {kind}",
                f"are there any {_plural(kind)} in the picture",
                f"does the image contain {a} {kind}?",
                f"can you find {a} {kind}",
            ]
        )
        return self.q(text, want, "exist", "is there a X", [], f"exist {kind}")

    def exist_colour(self, want: str) -> Question | None:
        if want == "yes":
            if not self.present:
                return None
            colour = self.pick(sorted(self.present))
        else:
            colour = self.absent_colour()
            if colour is None:
                return None
        n, ns = self.noun(), self.nouns()
        text = self.pick(
            [
                f"is there a {colour} {n}",
                f"is there a {colour} {n}?",
                f"any {colour} {ns}?",
                f"do you see a {colour} {n}",
                f"are there any {colour} {ns} in the image",
                f"is anything {colour}?",
            ]
        )
        shapes = [s for s in self.shapes if s.name == colour]
        return self.q(text, want, "exist", "is there a C shape", shapes, f"exist {colour}")

    # kind

    def kind_what(self, want: str) -> Question | None:
        options = [s for s in self.shapes if self.colour_unique(s) and s.kind_clear]
        if not options:
            return None
        shape = self.pick(options)
        c, n = shape.name, self.noun()
        text = self.pick(
            [
                f"what shape is the {c} one",
                f"what shape is the {c} {n}?",
                f"which shape is {c}",
                f"the {c} {n}, what shape is it",
                f"what kind of shape is the {c} {n}",
                f"what is the shape of the {c} {n}?",
                f"tell me the shape of the {c} one please",
            ]
        )
        return self.q(text, shape.kind, "kind", "what shape is the C one", [shape], f"kind {c}")

    def kind_is(self, want: str) -> Question | None:
        def make() -> Question | None:
            options = [s for s in self.shapes if self.colour_unique(s) and s.kind_clear]
            if not options:
                return None
            shape = self.pick(options)
            kind = self.pick(KINDS)
            c, n, a = shape.name, self.noun(), common.article(kind)
            text = self.pick(
                [
                    f"is the {c} {n} {a} {kind}",
                    f"is the {c} one {a} {kind}?",
                    f"is the {c} {n} shaped like {a} {kind}",
                    f"{c} {n} is {a} {kind}, right?",
                    f"is the {c} {n} {a} {kind} or not",
                ]
            )
            gold = common.yn(shape.kind == kind)
            return self.q(text, gold, "kind", "is the C one a X", [shape], f"kindis {c}")

        return self.until(want, make)

    # colour

    def colour_what(self, want: str) -> Question | None:
        options = [s for s in self.shapes if self.kind_unique(s) and s.name]
        if not options:
            return None
        shape = self.pick(options)
        k = shape.kind
        text = self.pick(
            [
                f"what colour is the {k}",
                f"what color is the {k}?",
                f"which colour is the {k}",
                f"the {k} is what color",
                f"what's the colour of the {k}?",
                f"tell me the color of the {k}",
                f"{k} colour?",
            ]
        )
        return self.q(text, shape.name, "colour", "what colour is the X", [shape], f"colour {k}")

    def colour_is(self, want: str) -> Question | None:
        def make() -> Question | None:
            options = [s for s in self.shapes if self.kind_unique(s)]
            if not options:
                return None
            shape = self.pick(options)
            if self.chance(0.5):
                colour = shape.name
            else:
                far = far_from(shape.wide)
                colour = self.pick(far) if far else None
            if colour is None:
                return None
            k = shape.kind
            text = self.pick(
                [
                    f"is the {k} {colour}",
                    f"is the {k} {colour}?",
                    f"is the {k} coloured {colour}",
                    f"the {k} is {colour}, isn't it?",
                    f"is the color of the {k} {colour}",
                    f"{colour} {k}?",
                ]
            )
            gold = common.yn(shape.name == colour)
            return self.q(text, gold, "colour", "is the X C", [shape], f"colouris {k}")

        return self.until(want, make)

    # position

    def _side(self, a: Shape, b: Shape, side: str) -> bool | None:
        """Is a clearly on ``side`` of b (True), clearly on the other side (False), or too close (None)?"""
        axis = 0 if side in ("left", "right") else 1
        sign = -1.0 if side in ("left", "above") else 1.0
        d = sign * (a.centroid[axis] - b.centroid[axis])
        c = sign * ((a.x, a.y)[axis] - (b.x, b.y)[axis])
        if d >= APART * self.f and c >= CENTRE_APART * self.f:
            return True
        if d <= -APART * self.f and c <= -CENTRE_APART * self.f:
            return False
        return None

    def pos_pair(self, want: str) -> Question | None:
        def make() -> Question | None:
            drawn = self.two()
            if drawn is None:
                return None
            a, ra, b, rb = drawn
            side = self.pick(["left", "right", "above", "below"])
            truth = self._side(a, b, side)
            if truth is None:
                return None
            words = {"left": "left of", "right": "right of", "above": "above", "below": "below"}[side]
            if side in ("left", "right") and self.chance(0.5):
                words = f"to the {words}"
            text = self.pick(
                [
                    f"is {ra} {words} {rb}",
                    f"is {ra} {words} {rb}?",
                    f"{ra} is {words} {rb}, right?",
                    f"would you say {ra} is {words} {rb}",
                ]
            )
            key = f"pos {sorted([id(a), id(b)])} {side in ('left', 'right')}"
            return self.q(text, common.yn(truth), "position", "is the X left of / above the Y", [a, b], key)

        return self.until(want, make)

    def _extreme(self, side: str) -> Shape | None:
        if len(self.shapes) < 2:
            return None
        axis, sign, edge = common.toward(side)
        by_centroid = sorted(self.shapes, key=lambda s: -sign * s.centroid[axis])
        by_edge = sorted(self.shapes, key=lambda s: -edge(s.box))
        lead = abs(by_centroid[0].centroid[axis] - by_centroid[1].centroid[axis])
        if by_centroid[0] is not by_edge[0] or lead < LEAD * self.f:
            return None
        if edge(by_edge[0].box) - edge(by_edge[1].box) < EDGE_LEAD * self.f:
            return None
        return by_centroid[0]

    def pos_which(self, want: str) -> Question | None:
        side = self.pick(["left", "right", "top", "bottom"])
        winner = self._extreme(side)
        gold = winner and self.answer(winner)
        if not gold:
            return None
        n = self.noun()
        text = self.pick(
            {
                "left": [f"which {n} is furthest left", f"which {n} is on the far left?", f"what is the leftmost {n}"],
                "right": [f"which {n} is furthest right", f"which is the rightmost {n}?", f"what {n} is on the right"],
                "top": [f"which {n} is at the top", f"which {n} is highest?", f"what is the topmost {n}"],
                "bottom": [f"which {n} is at the bottom", f"which {n} is lowest?", f"what's the bottom {n}"],
            }[side]
        )
        return self.q(text, gold, "position", "which shape is at the top", [winner], f"ext {side}")

    def pos_colour(self, want: str) -> Question | None:
        side = self.pick(["left", "right", "top", "bottom"])
        winner = self._extreme(side)
        if winner is None or not winner.name:
            return None
        n = self.noun()
        what = self.pick(
            {
                "left": [f"the leftmost {n}", f"the {n} on the far left", f"the {n} furthest to the left"],
                "right": [f"the rightmost {n}", f"the {n} on the far right", f"the {n} furthest right"],
                "top": [f"the topmost {n}", f"the highest {n}", f"the {n} at the top"],
                "bottom": [f"the lowest {n}", f"the bottom {n}", f"the {n} at the very bottom"],
            }[side]
        )
        text = self.pick([f"what colour is {what}", f"what color is {what}?", f"colour of {what}?"])
        return self.q(text, winner.name, "position", "what colour is the leftmost shape", [winner], f"ext {side}")

    # size

    def _bigger(self, a: Shape, b: Shape) -> bool | None:
        """Is a clearly bigger than b (True), clearly smaller (False), or too close (None)? By the whole shape's
        area, by the area that shows and by the box of what shows, all three."""

        def sizes(s: Shape) -> np.ndarray:
            x0, y0, x1, y1 = s.box
            return np.array([s.area, s.shown, (x1 - x0) * (y1 - y0)], float)

        if (sizes(a) >= BIGGER * sizes(b)).all():
            return True
        if (sizes(b) >= BIGGER * sizes(a)).all():
            return False
        return None

    def size_which(self, want: str) -> Question | None:
        def make() -> Question | None:
            drawn = self.two()
            if drawn is None:
                return None
            a, ra, b, rb = drawn
            truth = self._bigger(a, b)
            if truth is None:
                return None
            big = self.chance(0.6)
            winner = a if truth == big else b
            gold = self.answer(winner)
            if not gold:
                return None
            how = "bigger" if big else "smaller"
            text = self.pick(
                [
                    f"which is {how}, {ra} or {rb}",
                    f"which is {how}: {ra} or {rb}?",
                    f"which one is {'larger' if big else 'smaller'}, {ra} or {rb}",
                    f"{ra} or {rb}, which is {how}?",
                ]
            )
            return self.q(text, gold, "size", "which is bigger, the X or the Y", [a, b], f"sizew {id(a) ^ id(b)}")

        return self.first(make, 10)

    def size_is(self, want: str) -> Question | None:
        def make() -> Question | None:
            drawn = self.two()
            if drawn is None:
                return None
            a, ra, b, rb = drawn
            truth = self._bigger(a, b)
            if truth is None:
                return None
            big = self.chance(0.6)
            how = self.pick(["bigger", "larger"]) if big else "smaller"
            text = self.pick(
                [
                    f"is {ra} {how} than {rb}",
                    f"is {ra} {how} than {rb}?",
                    f"{ra} is {how} than {rb}, right?",
                    f"would you say {ra} is {how} than {rb}",
                ]
            )
            return self.q(text, common.yn(truth == big), "size", "is the X bigger than the Y", [a, b], "sizeis")

        return self.until(want, make)

    def size_extreme(self, want: str) -> Question | None:
        if len(self.shapes) < 2:
            return None
        big = self.chance(0.6)
        order = sorted(self.shapes, key=lambda s: -s.area if big else s.area)
        winner = order[0]
        if not all(self._bigger(winner, o) is big for o in order[1:]):
            return None
        gold = self.answer(winner)
        if not gold:
            return None
        n, most = self.noun(), self.pick(["biggest", "largest"]) if big else "smallest"
        text = self.pick(
            [
                f"what is the {most} {n}",
                f"which {n} is the {most}?",
                f"which is the {most} {n}",
                f"what's the {most} {n} in the picture?",
                f"{most} {n}?",
            ]
        )
        return self.q(text, gold, "size", "what is the largest shape", [winner], f"sizex {big}")

    # overlap

    def overlap_is(self, want: str) -> Question | None:
        def make() -> Question | None:
            if not self.pairs:
                return None
            low, up = self.pairs[int(self.rng.integers(len(self.pairs)))]
            rl, ru = self.ref(low), self.ref(up)
            if not rl or not ru:
                return None
            a, ra, b, rb = (up, ru, low, rl) if self.chance(0.5) else (low, rl, up, ru)
            text = self.pick(
                [
                    f"is {ra} on top of {rb}",
                    f"is {ra} in front of {rb}?",
                    f"does {ra} cover part of {rb}",
                    f"is {ra} covering {rb}?",
                    f"is {ra} drawn over {rb}",
                    f"is {ra} partly behind {rb}",
                ]
            )
            truth = a is up
            if "behind" in text:
                truth = not truth
            key = f"ovl {id(low)} {id(up)}"
            return self.q(text, common.yn(truth), "overlap", "is the X on top of the Y", [a, b], key)

        return self.until(want, make)

    def overlap_which(self, want: str) -> Question | None:
        if not self.pairs:
            return None
        low, up = self.pairs[int(self.rng.integers(len(self.pairs)))]
        rl, ru = self.ref(low), self.ref(up)
        gold = self.answer(up)
        if not rl or not ru or not gold:
            return None
        ra, rb = (rl, ru) if self.chance(0.5) else (ru, rl)
        text = self.pick(
            [
                f"which is on top, {ra} or {rb}",
                f"which one is in front: {ra} or {rb}?",
                f"{ra} or {rb}, which is on top?",
                f"which is covering the other, {ra} or {rb}",
            ]
        )
        return self.q(text, gold, "overlap", "which is on top, the X or the Y", [low, up], f"ovw {id(low)} {id(up)}")

    def overlap_hidden(self, want: str) -> Question | None:
        covered = {id(low) for low, _ in self.pairs}
        if len(covered) != 1:
            return None
        hidden = next(s for s in self.shapes if id(s) in covered)
        others = [s for s in self.shapes if s is not hidden]
        if any(s.hidden > 0 or s.clipped > CUT for s in others):
            return None
        gold = self.answer(hidden)
        if not gold:
            return None
        n = self.noun()
        text = self.pick(
            [
                f"which {n} is partly hidden",
                f"which {n} is partially covered?",
                f"which {n} is behind another one",
                f"what {n} is underneath?",
                f"which one is hidden behind another {n}",
                f"which {n} is being covered",
            ]
        )
        return self.q(text, gold, "overlap", "which shape is partly hidden", [hidden], "ovh")

    def overlap_any(self, want: str) -> Question | None:
        if len(self.shapes) < 2:
            return None
        if want == "yes" and not self.pairs:
            return None
        if want == "no":
            gap = max(1, round(GAP * self.f))
            if any(_touch(a.full, b.full, gap) for i, a in enumerate(self.shapes) for b in self.shapes[i + 1 :]):
                return None
        ns = self.nouns()
        text = self.pick(
            [
                f"do any of the {ns} overlap",
                f"are any {ns} overlapping?",
                f"do any two {ns} overlap each other",
                f"is any {self.noun()} covering another one?",
                f"are the {ns} overlapping",
                "does anything overlap?",
            ]
        )
        return self.q(text, want, "overlap", "do any shapes overlap", [], "ovany")

    # background

    def bg_what(self, want: str) -> Question | None:
        name = core_name(self.background)
        if not name:
            return None
        text = self.pick(
            [
                "what colour is the background",
                "what color is the background?",
                "background colour?",
                "what's the background color",
                "which colour is the background of this image",
                "tell me the colour of the background please",
                "what colour is the backdrop?",
            ]
        )
        return self.q(text, name, "background", "what colour is the background", [], "bg")

    def bg_is(self, want: str) -> Question | None:
        name = core_name(self.background)
        if want == "yes":
            colour = name
        else:
            far = far_from(wide_names(self.background))
            colour = self.pick(far) if far else None
        if not colour:
            return None
        text = self.pick(
            [
                f"is the background {colour}",
                f"is the background {colour}?",
                f"is the backdrop {colour}",
                f"{colour} background?",
                f"is the background colour {colour}",
                f"the background is {colour}, right?",
            ]
        )
        return self.q(text, want, "background", "is the background C", [], "bgis")

    def makers(self) -> dict[str, list[Callable[[str], Question | None]]]:
        return {
            "count": [self.count_all, self.count_kind, self.count_colour],
            "exist": [self.exist_kind, self.exist_colour],
            "kind": [self.kind_what, self.kind_is],
            "colour": [self.colour_what, self.colour_is],
            "position": [self.pos_pair, self.pos_which, self.pos_colour],
            "size": [self.size_which, self.size_is, self.size_extreme],
            "overlap": [self.overlap_is, self.overlap_which, self.overlap_hidden, self.overlap_any],
            "background": [self.bg_what, self.bg_is],
        }


def make_questions(
    scene: Scene, rng: np.random.Generator, per_image: int, balance: dict[str, Counter], used: Counter
) -> list[Question]:
    """Up to ``per_image`` questions of different families, the families asked least so far first (``used``); the
    wanted yes or no is whichever is behind so far in the family's ``balance``."""
    makers = Asker(scene, rng).makers()
    families = list(makers)
    rng.shuffle(families)
    families.sort(key=lambda f: used[f])
    made: list[Question] = []
    keys: set[str] = set()
    for family in families:
        if len(made) >= per_image:
            break
        for _ in range(6):
            maker = makers[family][int(rng.integers(len(makers[family])))]
            if common.add_balanced(maker, balance[family], keys, made, rng):
                used[family] += 1
                break
    return made


def scenes(images: int | None, seed: int, side: int, per_image: int, antialias: bool) -> Iterator[Scene]:
    """The scenes of one seed with their questions, ``images`` of them (None: without end)."""
    rng = np.random.default_rng(seed)
    balance: dict[str, Counter] = defaultdict(Counter)
    used: Counter = Counter()
    for index in itertools.count() if images is None else range(images):
        redraws = 0
        while True:
            background, shapes = draw_shapes(rng, side)
            if readable(background, shapes):
                break
            redraws += 1
        scene = Scene(index, background, shapes, side, render(background, shapes, side, antialias), redraws)
        scene.questions = make_questions(scene, rng, per_image, balance, used)
        yield scene


# ---------------------------------------------------------------------------------------------------- scoring

SYNONYMS = common.ANSWER_SYNONYMS | {
    "crimson": "red",
    "scarlet": "red",
    "gold": "yellow",
    "lime": "green",
    "aqua": "cyan",
    "turquoise": "cyan",
    "navy": "blue",
    "azure": "blue",
    "indigo": "purple",
    "pink": "magenta",
    "fuchsia": "magenta",
    "silver": "gray",
    "round": "circle",
    "dot": "circle",
    "circular": "circle",
    "rectangle": "square",
    "triangular": "triangle",
}
DROPPED = {"hot", "vivid", "pure", "medium", "neon", "figure", "colored", "coloured", "color", "colour"}


def in_matterport_terms(said: str, gold: str) -> str:
    """``said`` as ``gold`` where it says the same in other words (``shape_bench_common.in_gold_terms``, after
    dropping this file's extra tones and filler)."""
    dropped = DROPPED if gold.isdigit() else DROPPED | {"one", "ones"}  # else "the red one" reads "the red 1"
    words = [w for w in re.findall(r"[a-z0-9']+", said.lower()) if w not in dropped]
    return common.in_gold_terms(" ".join(words) or said, gold, COLOURS, KINDS, SYNONYMS)


score = common.lenient_or_unknown(in_matterport_terms)

MARKS = {
    "C": set(COLOURS) | {"grey"},
    "X": common.shape_word(KINDS),
    "N": set(NOUNS + PLURALS),
}


ASKED = "\x01"


def kind_asked(text: str) -> str:
    """``text`` with "shape" where it asks for a kind ("what shape is the red one", "which shape is red", "the shape
    of") as ``ASKED``: not a noun naming the things, as in "which shape is at the top". (Fixed after the first run,
    which counted it as the noun "shape".)"""
    colours = "|".join(COLOURS)
    asking = rf"\bwhat shape(?= is (the|it)\b)|\bwhich shape(?= is ({colours})\b)|\bkind of shape\b|\bshape of\b"
    return re.sub(asking, lambda m: m.group(0).replace("shape", ASKED), text, flags=re.IGNORECASE)


def keys(scene: Scene, item: Question) -> list[str]:
    first = item.answer.split("|")[0]
    found = ["all", f"family: {item.family}", f"template: {item.template}", f"noun: {item.noun}"]
    found.append(f"gold: {common.answer_group(first, COLOURS, 'a kind' if first in KINDS else 'other')}")
    found += [f"colour: {c}" for c in sorted(set(item.colours))] or ["colour: (none named or answered)"]
    found += [f"shape kind: {k}" for k in sorted(set(item.kinds))] or ["shape kind: (none referred to)"]
    found.append(f"shapes in image: {len(scene.shapes)}")
    found.append(f"overlap: {'an overlapping pair' if scene.overlapping else 'none'}")
    found.append(f"wording: {common.wording(kind_asked(item.text), MARKS).replace(ASKED, 'shape')}")
    return found


def background_text(scene: Scene) -> str:
    return f"background rgb{scene.background} ({core_name(scene.background) or 'unnamed'})"


def save(args: argparse.Namespace) -> None:
    def name(scene: Scene) -> str:
        return f"matterport_s{args.seed}_{args.size}_{scene.index:04d}.png"

    def lines(scene: Scene) -> list[str]:
        head = f"{name(scene)}  {background_text(scene)}, redrawn {scene.redraws} times"
        return [head] + [f"  {s.describe()}" for s in scene.shapes]

    common.save_scenes(
        args.save, scenes(args.images, args.seed, args.size, args.per_image, args.antialias), name, lines
    )


def run(args: argparse.Namespace) -> None:
    folder = args.failures
    common.clear_folder(folder, "matterport_*.png")
    asked: dict[int, int] = {}  # image: times redrawn, of the images asked

    def keyed(scene: Scene, item: Question) -> list[str]:
        asked[scene.index] = scene.redraws
        return keys(scene, item)

    def describe(scene: Scene) -> dict:  # called for the failures ask_all keeps: their picture is kept too
        path = folder / f"matterport_s{args.seed}_{args.size}_{scene.index:04d}.png"
        if not path.exists():
            Image.fromarray(scene.image).save(path)
        shapes = [s.describe() for s in scene.shapes]
        return {"image": scene.index, "background": background_text(scene), "shapes": shapes, "path": str(path)}

    aa = "antialiased" if args.antialias else "no antialias"
    shares = common.ask_scenes(  # as many images as it takes to ask images x per_image questions
        scenes(None, args.seed, args.size, args.per_image, args.antialias),
        args,
        keyed,
        describe,
        score,
        lambda done, seconds: (
            f"{done} questions on {len(asked)} Matterport-shapes-style images ({args.size}x{args.size} px, {aa};"
            f" {sum(asked.values())} unreadable draws redrawn), seed {args.seed}, perception={args.perception},"
            f" {seconds:.0f} s"
        ),
        ["all", "family", "gold", "colour", "shape kind", "shapes in image", "overlap", "noun", "template"],
        60,
        lambda s: f"image {s['image']} ({s['path']}): {s['background']}; {'; '.join(s['shapes'])}",
    )
    if shares is None:
        return
    wordings = [(k, v) for k, v in shares.items() if k.startswith("wording: ") and v["n"] >= 5]
    wordings.sort(key=lambda kv: (kv[1].get("right", 0), -kv[1]["n"], kv[0]))
    print("worst wordings (asked 5 times or more, the fewest right first; X a shape word, C a colour, N a noun):")
    common.print_shares(dict(wordings[:15]), 60)
    print(f"pictures of the failures listed: {folder}")


def main() -> None:
    parser = common.standard_arguments(__doc__, default=300, per_image=3, perception=False, show_failures=False)
    parser.add_argument("--size", type=int, choices=(64, 128, 256), default=128, help="side of the images in px")
    parser.add_argument("--antialias", action="store_true", help="draw with OpenCV's LINE_AA")
    failures = Path(tempfile.gettempdir()) / "matterport_failures"
    parser.add_argument("--failures", type=Path, default=failures, help="folder for the pictures of the failures")
    common.scene_arguments(parser)
    common.ask_or_save(parser, run, save)


if __name__ == "__main__":
    main()
