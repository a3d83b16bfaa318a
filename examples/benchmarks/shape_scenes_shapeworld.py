"""ShapeWorld (Kuhnle & Copestake 2017, "ShapeWorld - A new test methodology for multimodal language understanding"),
end to end: a check of nsvr's generality on an image kind and question style nobody tuned it for.

ShapeWorld is a public generator of small abstract scenes paired with captions that a model has to judge true or
false. This benchmark was written from the public description of that dataset alone, without its code or data and
without reading how nsvr perceives or parses questions (only the signature of ``nsvr.agent.ask.ask`` and
``AskOptions``). What it generates:

- 64x64 px RGB images on a black background; 1 to 6 shapes (mostly 2 to 5), none overlapping (a gap of at least one
  pixel; ``--overlap`` lets a shape cover up to 15% of another's area, the later one drawn on top);
- each shape one of ShapeWorld's eight types: square, rectangle (sides 1.7 to 2.5 to 1), triangle (equilateral),
  pentagon (regular), cross (a plus sign with arms a third as wide as long), circle, semicircle, ellipse (axes 1.6 to
  2.3 to 1); with a random size (10 to 20 px across), position and rotation;
- each shape one of ShapeWorld's colours: red, green, blue, yellow, magenta, cyan, gray, white (RGB 255/0 primaries
  and their mixes, gray 128), varied by a random shade: mixed with up to 20% white or black (white only darker);
- drawn antialiased: each shape is rasterised at 4x (256x256) and box-filtered down to 64x64 as a coverage mask;
- with ``--noise`` (the default, as ShapeWorld adds pixel noise) Gaussian noise of standard deviation 6/255 is added
  to every pixel of the whole image and the result clipped to 0..255; ``--no-noise`` leaves it out.

Conventions. A shape's centre is measured twice from what was drawn: the centroid of its (unoccluded) 4x mask and
the middle of that mask's bounding box; a spatial statement is only asked when both measures agree clearly. "A is to
the left of B" means A's centre is at least 6 px left of B's (the other axis is free); "right of", "above" and
"below" (image y grows downwards) likewise with the same 6 px margin. An existential relation statement ("A red
square is to the left of a blue circle.") is true when some shape matching the first description stands in the
relation to some other shape matching the second; it is only asked when both descriptions match at least one shape
and every pair it compares is at least 6 px apart along the axis in both measures, so that no pair sits in the
ambiguous band. "Bigger" / "smaller" compare drawn areas, asked only when every compared pair differs by a factor of
at least 1.5. "The X is closer to the Y than (to) the Z" uses unique referents and is asked only when the two
centre distances differ by at least 6 px and by a factor of at least 1.3 in both measures. "Leftmost" (and
rightmost / topmost / bottommost) is asked only when that shape is at least 6 px ahead of the runner-up in both
measures. "Most" means more than half (never asked when exactly half match); "all" is asked only when at least one
shape fits its restrictor; "the D" only when exactly one shape matches D.

ShapeWorld-style statements and how each is asked (gold answers come from what was drawn; yes and no are balanced
per image by choosing the wanted answer first and drawing descriptions until the gold matches it):

- existential: "There is a red square." / "A green shape is a circle." / "A triangle is blue.";
- relational: "A red square is to the left of a blue circle." (also right of, above, below), "A circle is bigger
  than a square." (also smaller), "The cross is closer to the triangle than the ellipse.";
- quantifiers: "Most shapes are red.", "All triangles are green.", "At least two shapes are blue.", "Exactly one
  shape is a cross.", "No shape is yellow.", "The red shape is a square." / "The square is red." (unique referent).

Each statement is put in one of three forms: a yes/no question a user would type ("Is there a red square?", "Is a
red square to the left of a blue circle?", "Are most of the shapes red?", "Are all the triangles green?"), or caption
checking: "True or false: there is a red square." and "Does this caption match the image: there is a red square?".
The gold answer is yes or no for all three (true / false count as yes / no). Plain questions are added too: "How many
shapes are there?", "How many blue shapes are there?", "What colour is the semicircle?" (exactly one semicircle),
"What shape is the magenta shape?" (exactly one magenta shape), "Which shape is furthest to the left?" (gold the shape
word; "red cross" for a red cross is also right) and "What colour is the leftmost shape?" when clear. Accepted
synonyms: grey for gray, oval for ellipse, half circle for semicircle, plus for cross.

    python examples/benchmarks/shape_scenes_shapeworld.py                   # 150 images x ~6 questions, seed 0
    python examples/benchmarks/shape_scenes_shapeworld.py --seed 1 --images 60 --show-failures
    python examples/benchmarks/shape_scenes_shapeworld.py --perception shapes --no-noise --overlap

Each image is written to a PNG file and asked as ``nsvr ask`` asks (question text -> embedded parser -> default
perception). Every answer is scored right / unknown (status not ok, or the answer "unknown"; planning errors counted
apart inside unknown) / confidently wrong; the script prints the totals, tables by question template, by gold
answer, by shape type involved (named in the question or the gold answer; a question counts once under each type it
involves), by form (yes/no question, caption checking, plain question) and by shapes per image, the failing
wordings, and with ``--show-failures`` every failure, the image saved (as the file nsvr read) to
/tmp/shapeworld_failures/.
"""

from __future__ import annotations

import argparse
import math
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shape_bench_common as common
from PIL import Image, ImageDraw

FAILURE_DIR = Path("/tmp/shapeworld_failures")

SIDE = 64
SUPER = 4  # drawn at 4x, box-filtered down
MARGIN = 6.0  # px along the axis for left / right / above / below, leftmost ...
BIGGER = 1.5  # area factor for bigger / smaller
CLOSER = 1.3  # distance factor for closer
NOISE_STD = 6.0  # Gaussian pixel noise, in 0..255 units
SHADE = 0.2  # at most this much white or black mixed into a colour
OVERLAP = 0.15  # --overlap: at most this share of either shape's area covered

COLOURS: dict[str, tuple[int, int, int]] = {
    "red": (255, 0, 0),
    "green": (0, 255, 0),
    "blue": (0, 0, 255),
    "yellow": (255, 255, 0),
    "magenta": (255, 0, 255),
    "cyan": (0, 255, 255),
    "gray": (128, 128, 128),
    "white": (255, 255, 255),
}
SHAPES = ("square", "rectangle", "triangle", "pentagon", "cross", "circle", "semicircle", "ellipse")
PLURALS = {shape: shape + ("es" if shape.endswith("ss") else "s") for shape in SHAPES}
RELATIONS = {"left": "to the left of", "right": "to the right of", "above": "above", "below": "below"}
EXTREMES = {"left": "leftmost", "right": "rightmost", "above": "topmost", "below": "bottommost"}
COUNT_WEIGHTS = {1: 0.05, 2: 0.17, 3: 0.25, 4: 0.25, 5: 0.18, 6: 0.10}


@dataclass
class Thing:
    shape: str
    colour: str
    rgb: tuple[int, int, int]
    mask: np.ndarray  # SUPER-resolution boolean mask, as drawn (before any other shape covers it)
    centroid: tuple[float, float] = (0.0, 0.0)  # (x, y) in image px
    box_centre: tuple[float, float] = (0.0, 0.0)
    area: float = 0.0  # image px

    def __post_init__(self) -> None:
        ys, xs = np.nonzero(self.mask)
        self.centroid = ((xs.mean() + 0.5) / SUPER, (ys.mean() + 0.5) / SUPER)
        self.box_centre = ((xs.min() + xs.max() + 1) / 2 / SUPER, (ys.min() + ys.max() + 1) / 2 / SUPER)
        self.area = float(self.mask.sum()) / SUPER**2

    def describe(self) -> str:
        x, y = self.centroid
        return f"{self.colour} {self.shape} at ({x:.1f}, {y:.1f}), {self.area:.0f} px2"


Descriptor = tuple[str | None, str | None]  # (colour, shape); at least one is set


@dataclass
class Statement:
    """A ShapeWorld-style caption, the yes/no questions that ask it, and whether it holds."""

    caption: str
    asked: list[str]
    truth: bool
    template: str


@dataclass
class Question:
    text: str
    gold: str
    template: str
    form: str  # "yes/no question", "caption: true or false", "caption: does it match", "plain question"
    also: tuple[str, ...] = ()  # other answers counted right
    involves: tuple[str, ...] = field(default_factory=tuple)  # shape types named in the question or gold


# ---------------------------------------------------------------------------------------------------- drawing


def _outline(shape: str, radius: float, stretch: float) -> list[tuple[float, float]]:
    """The shape's outline around (0, 0), unrotated; ``radius`` is half its largest extent."""
    if shape == "circle":
        return [(radius * math.cos(t), radius * math.sin(t)) for t in np.linspace(0, 2 * math.pi, 72, endpoint=False)]
    if shape == "ellipse":
        return [
            (radius * math.cos(t), radius / stretch * math.sin(t))
            for t in np.linspace(0, 2 * math.pi, 72, endpoint=False)
        ]
    if shape == "semicircle":  # flat side down, the bounding box centred on (0, 0)
        return [(radius * math.cos(t), radius / 2 - radius * math.sin(t)) for t in np.linspace(0, math.pi, 37)]
    if shape == "square":
        h = radius * 0.75
        return [(-h, -h), (h, -h), (h, h), (-h, h)]
    if shape == "rectangle":
        w, h = radius, radius / stretch
        return [(-w, -h), (w, -h), (w, h), (-w, h)]
    if shape in ("triangle", "pentagon"):
        n = 3 if shape == "triangle" else 5
        # an upward regular polygon, its bounding box centred vertically
        points = [(radius * math.sin(2 * math.pi * k / n), -radius * math.cos(2 * math.pi * k / n)) for k in range(n)]
        top, bottom = min(p[1] for p in points), max(p[1] for p in points)
        shift = (top + bottom) / 2
        return [(x, y - shift) for x, y in points]
    # cross: a plus sign
    a, w = radius, radius / 3
    return [(-w, -a), (w, -a), (w, -w), (a, -w), (a, w), (w, w), (w, a), (-w, a), (-w, w), (-a, w), (-a, -w), (-w, -w)]


def _mask(shape: str, radius: float, stretch: float, angle: float, x: float, y: float) -> np.ndarray | None:
    """The SUPER-resolution mask of the shape centred at (x, y) image px; None when it leaves the image."""
    cos, sin = math.cos(angle), math.sin(angle)
    points = [(x + px * cos - py * sin, y + px * sin + py * cos) for px, py in _outline(shape, radius, stretch)]
    if min(min(p) for p in points) < 1 or max(max(p) for p in points) > SIDE - 1:
        return None
    canvas = Image.new("L", (SIDE * SUPER, SIDE * SUPER), 0)
    ImageDraw.Draw(canvas).polygon([(px * SUPER, py * SUPER) for px, py in points], fill=255)
    return np.asarray(canvas) > 127


def _dilate(mask: np.ndarray, steps: int) -> np.ndarray:
    grown = mask.copy()
    for _ in range(steps):
        grown[1:] |= grown[:-1].copy()
        grown[:-1] |= grown[1:].copy()
        grown[:, 1:] |= grown[:, :-1].copy()
        grown[:, :-1] |= grown[:, 1:].copy()
    return grown


def _fits(mask: np.ndarray, placed: list[Thing], overlap: bool) -> bool:
    if not overlap:
        grown = _dilate(mask, SUPER)  # at least one image pixel of black between shapes
        return not any((grown & t.mask).any() for t in placed)
    area = mask.sum()
    for thing in placed:
        shared = (mask & thing.mask).sum()
        if shared > OVERLAP * min(area, thing.mask.sum()):
            return False
    return True


def _shade(rng: np.random.Generator, colour: str) -> tuple[int, int, int]:
    base = np.array(COLOURS[colour], float)
    amount = float(rng.uniform(-SHADE, SHADE))
    if colour == "white":
        amount = -abs(amount)
    target = 255.0 if amount > 0 else 0.0
    shaded = base + abs(amount) * (target - base)
    return tuple(int(round(v)) for v in shaded)  # type: ignore[return-value]


def generate(rng: np.random.Generator, overlap: bool) -> list[Thing]:
    count = int(rng.choice(list(COUNT_WEIGHTS), p=list(COUNT_WEIGHTS.values())))
    things: list[Thing] = []
    for _ in range(count):
        shape = SHAPES[int(rng.integers(len(SHAPES)))]
        colour = list(COLOURS)[int(rng.integers(len(COLOURS)))]
        stretch = float(rng.uniform(1.7, 2.5) if shape == "rectangle" else rng.uniform(1.6, 2.3))
        radius = float(rng.uniform(5.0, 10.0))
        for attempt in range(300):
            if attempt and attempt % 100 == 0:
                radius = max(5.0, radius * 0.8)
            angle = float(rng.uniform(0, 2 * math.pi))
            x, y = (float(v) for v in rng.uniform(radius, SIDE - radius, size=2))
            mask = _mask(shape, radius, stretch, angle, x, y)
            if mask is not None and _fits(mask, things, overlap):
                things.append(Thing(shape, colour, _shade(rng, colour), mask))
                break
    return things


def draw(things: list[Thing], rng: np.random.Generator, noise: bool) -> Image.Image:
    pixels = np.zeros((SIDE, SIDE, 3), float)
    for thing in things:
        cover = thing.mask.reshape(SIDE, SUPER, SIDE, SUPER).mean(axis=(1, 3))[..., None]
        pixels = pixels * (1 - cover) + np.array(thing.rgb, float) * cover
    if noise:
        pixels = pixels + rng.normal(0.0, NOISE_STD, pixels.shape)
    return Image.fromarray(np.clip(np.round(pixels), 0, 255).astype(np.uint8))


# ---------------------------------------------------------------------------------------------------- semantics


def matches(thing: Thing, d: Descriptor) -> bool:
    colour, shape = d
    return (colour is None or thing.colour == colour) and (shape is None or thing.shape == shape)


def _offsets(a: Thing, b: Thing, relation: str) -> tuple[float, float]:
    """How far a is in the relation's direction from b, in both centre measures (positive: a is that way)."""
    axis = 0 if relation in ("left", "right") else 1
    sign = -1.0 if relation in ("left", "above") else 1.0
    return (
        sign * (a.centroid[axis] - b.centroid[axis]),
        sign * (a.box_centre[axis] - b.box_centre[axis]),
    )


def spatial(a: Thing, b: Thing, relation: str) -> bool | None:
    """a stands in the relation to b (True), clearly does not (False), or too close to call (None)."""
    offsets = _offsets(a, b, relation)
    if all(o >= MARGIN for o in offsets):
        return True
    if all(o <= -MARGIN for o in offsets):
        return False
    return None


def size_relation(a: Thing, b: Thing, relation: str) -> bool | None:
    ratio = a.area / b.area
    if relation == "smaller":
        ratio = 1 / ratio
    if ratio >= BIGGER:
        return True
    if ratio <= 1 / BIGGER:
        return False
    return None


def existential(things: list[Thing], d1: Descriptor, d2: Descriptor, test: Callable) -> bool | None:
    """Some shape matching d1 stands in the relation to some other matching d2; None when any pair is unclear."""
    pairs = [(a, b) for a in things for b in things if a is not b and matches(a, d1) and matches(b, d2)]
    if not pairs:
        return None
    verdicts = [test(a, b) for a, b in pairs]
    if any(v is None for v in verdicts):
        return None
    return any(verdicts)


def _distance(a: Thing, b: Thing, measure: str) -> float:
    pa, pb = getattr(a, measure), getattr(b, measure)
    return math.dist(pa, pb)


def extreme(things: list[Thing], relation: str) -> Thing | None:
    """The shape furthest in the relation's direction, when it is at least MARGIN ahead of every other."""
    for candidate in things:
        if all(b is candidate or spatial(candidate, b, relation) is True for b in things):
            return candidate
    return None


def noun(d: Descriptor, plural: bool = False) -> str:
    colour, shape = d
    word = (PLURALS[shape] if plural else shape) if shape else ("shapes" if plural else "shape")
    return f"{colour} {word}" if colour else word


def a_noun(d: Descriptor) -> str:
    text = noun(d)
    return f"{common.article(text)} {text}"


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


def _shape_words(text: str) -> tuple[str, ...]:
    words = {w.strip("?.,:").lower() for w in text.split()}
    return tuple(s for s in SHAPES if s in words or PLURALS[s] in words)


# ---------------------------------------------------------------------------------------------------- questions


class Asker(common.Picker):
    """Statement and question makers for one scene; each returns None when it cannot make one."""

    def __init__(self, things: list[Thing], rng: np.random.Generator):
        self.things = things
        self.rng = rng

    def count(self, d: Descriptor) -> int:
        return sum(matches(t, d) for t in self.things)

    def descriptor(self, kinds: tuple[str, ...] = ("colour", "shape", "both"), present: bool = False) -> Descriptor:
        """A random description; with ``present`` one that fits some drawn shape (of the same kind)."""
        kind = self.pick(kinds)
        if present:
            thing = self.pick(self.things)
            colour, shape = thing.colour, thing.shape
        else:
            colour, shape = self.pick(list(COLOURS)), self.pick(SHAPES)
        return (colour if kind in ("colour", "both") else None, shape if kind in ("shape", "both") else None)

    def unique(self, kind: str) -> list[tuple[Descriptor, Thing]]:
        found = []
        for thing in self.things:
            d = (thing.colour, None) if kind == "colour" else (None, thing.shape)
            if self.count(d) == 1:
                found.append((d, thing))
        return found

    def _until(self, want: bool, make: Callable[[], Statement | None]) -> Statement | None:
        for _ in range(80):
            made = make()
            if made is not None and made.truth == want:
                return made
        return None

    # statements

    def exists(self, want: bool) -> Statement | None:
        def make():
            d = self.descriptor(present=self.rng.random() < 0.5)
            caption = f"There is {a_noun(d)}."
            return Statement(caption, [f"Is there {a_noun(d)}?"], self.count(d) > 0, "There is a D.")

        return self._until(want, make)

    def a_d_is(self, want: bool) -> Statement | None:
        def make():
            restrictor = self.descriptor(("colour", "shape"), present=True)
            group = [t for t in self.things if matches(t, restrictor)]
            if restrictor[0]:  # "A green shape is a circle."
                shape = self.pick([t.shape for t in group] + list(SHAPES))
                both: Descriptor = (restrictor[0], shape)
                caption = f"A {restrictor[0]} shape is {common.article(shape)} {shape}."
                asked = [
                    f"Is a {restrictor[0]} shape {common.article(shape)} {shape}?",
                    f"Is any of the {restrictor[0]} shapes {common.article(shape)} {shape}?",
                ]
                template = "A C shape is a X."
            else:  # "A triangle is blue."
                colour = self.pick([t.colour for t in group] + list(COLOURS))
                both = (colour, restrictor[1])
                caption = f"{_capital(a_noun(restrictor))} is {colour}."
                asked = [f"Is {a_noun(restrictor)} {colour}?", f"Is any of the {noun(restrictor, True)} {colour}?"]
                template = "A X is C."
            return Statement(caption, asked, self.count(both) > 0, template)

        return self._until(want, make)

    def relation(self, want: bool) -> Statement | None:
        def make():
            kinds = ("both", "both", "shape", "colour")
            d1, d2 = self.descriptor(kinds, present=True), self.descriptor(kinds, present=True)
            if d1 == d2:
                return None
            relation = self.pick(list(RELATIONS))
            truth = existential(self.things, d1, d2, lambda a, b: spatial(a, b, relation))
            if truth is None:
                return None
            words = RELATIONS[relation]
            caption = f"{_capital(a_noun(d1))} is {words} {a_noun(d2)}."
            asked = [f"Is {a_noun(d1)} {words} {a_noun(d2)}?", f"Is there {a_noun(d1)} {words} {a_noun(d2)}?"]
            return Statement(caption, asked, truth, "A D1 is R a D2.")

        return self._until(want, make)

    def bigger(self, want: bool) -> Statement | None:
        def make():
            kinds = ("both", "shape", "shape")
            d1, d2 = self.descriptor(kinds, present=True), self.descriptor(kinds, present=True)
            if d1 == d2:
                return None
            relation = self.pick(["bigger", "smaller"])
            truth = existential(self.things, d1, d2, lambda a, b: size_relation(a, b, relation))
            if truth is None:
                return None
            caption = f"{_capital(a_noun(d1))} is {relation} than {a_noun(d2)}."
            return Statement(
                caption, [f"Is {a_noun(d1)} {relation} than {a_noun(d2)}?"], truth, "A D1 is bigger/smaller than a D2."
            )

        return self._until(want, make)

    def closer(self, want: bool) -> Statement | None:
        options = self.unique("shape")
        if len(options) < 3:
            return None

        def make():
            order = self.rng.permutation(len(options))[:3]
            (dx, x), (dy, y), (dz, z) = (options[int(i)] for i in order)
            near = [_distance(x, y, m) < _distance(x, z, m) for m in ("centroid", "box_centre")]
            gaps = [abs(_distance(x, y, m) - _distance(x, z, m)) for m in ("centroid", "box_centre")]
            ratios = [
                max(_distance(x, y, m), _distance(x, z, m)) / max(1e-6, min(_distance(x, y, m), _distance(x, z, m)))
                for m in ("centroid", "box_centre")
            ]
            if near[0] != near[1] or min(gaps) < MARGIN or min(ratios) < CLOSER:
                return None
            a, b, c = noun(dx), noun(dy), noun(dz)
            caption = f"The {a} is closer to the {b} than the {c}."
            return Statement(
                caption,
                [f"Is the {a} closer to the {b} than to the {c}?"],
                near[0],
                "The X is closer to the Y than the Z.",
            )

        return self._until(want, make)

    def most(self, want: bool) -> Statement | None:
        n = len(self.things)
        if n < 3:
            return None

        def make():
            d = self.descriptor(("colour", "shape"), present=self.rng.random() < 0.7)
            k = self.count(d)
            if 2 * k == n:
                return None
            if d[0]:
                caption, asked = (
                    f"Most shapes are {d[0]}.",
                    [f"Are most of the shapes {d[0]}?", f"Are most shapes {d[0]}?"],
                )
            else:
                plural = PLURALS[str(d[1])]
                caption, asked = (
                    f"Most shapes are {plural}.",
                    [f"Are most of the shapes {plural}?", f"Are most shapes {plural}?"],
                )
            return Statement(caption, asked, 2 * k > n, "Most shapes are A.")

        return self._until(want, make)

    def all_(self, want: bool) -> Statement | None:
        def make():
            restrictor = self.descriptor(("colour", "shape"), present=True)
            group = [t for t in self.things if matches(t, restrictor)]
            if restrictor[0]:  # "All red shapes are squares."
                shape = self.pick([t.shape for t in group] + list(SHAPES))
                plural = PLURALS[shape]
                caption = f"All {restrictor[0]} shapes are {plural}."
                asked = [f"Are all the {restrictor[0]} shapes {plural}?", f"Are all {restrictor[0]} shapes {plural}?"]
                truth = all(t.shape == shape for t in group)
            else:  # "All triangles are green."
                colour = self.pick([t.colour for t in group] + list(COLOURS))
                plural = noun(restrictor, True)
                caption = f"All {plural} are {colour}."
                asked = [f"Are all the {plural} {colour}?", f"Are all {plural} {colour}?"]
                truth = all(t.colour == colour for t in group)
            return Statement(caption, asked, truth, "All Ds are A.")

        return self._until(want, make)

    def at_least_two(self, want: bool) -> Statement | None:
        def make():
            d = self.descriptor(("colour", "shape"), present=self.rng.random() < 0.7)
            if d[0]:
                caption = f"At least two shapes are {d[0]}."
                asked = [f"Are at least two shapes {d[0]}?", f"Are there at least two {d[0]} shapes?"]
            else:
                plural = PLURALS[str(d[1])]
                caption = f"At least two shapes are {plural}."
                asked = [f"Are at least two shapes {plural}?", f"Are there at least two {plural}?"]
            return Statement(caption, asked, self.count(d) >= 2, "At least two shapes are A.")

        return self._until(want, make)

    def exactly_one(self, want: bool) -> Statement | None:
        def make():
            d = self.descriptor(("colour", "shape"), present=self.rng.random() < 0.7)
            if d[0]:
                caption = f"Exactly one shape is {d[0]}."
                asked = [f"Is exactly one shape {d[0]}?", f"Is there exactly one {d[0]} shape?"]
            else:
                shape = str(d[1])
                caption = f"Exactly one shape is {common.article(shape)} {shape}."
                asked = [f"Is exactly one shape {common.article(shape)} {shape}?", f"Is there exactly one {shape}?"]
            return Statement(caption, asked, self.count(d) == 1, "Exactly one shape is A.")

        return self._until(want, make)

    def no_shape(self, want: bool) -> Statement | None:
        def make():
            d = self.descriptor(("colour", "shape"), present=self.rng.random() < 0.4)
            if d[0]:
                caption = f"No shape is {d[0]}."
                asked = [f"Are none of the shapes {d[0]}?", f"Is no shape {d[0]}?"]
            else:
                shape = str(d[1])
                caption = f"No shape is {common.article(shape)} {shape}."
                asked = [f"Are none of the shapes {PLURALS[shape]}?", f"Is no shape {common.article(shape)} {shape}?"]
            return Statement(caption, asked, self.count(d) == 0, "No shape is A.")

        return self._until(want, make)

    def the_d(self, want: bool) -> Statement | None:
        options = self.unique("colour") + self.unique("shape")
        if not options:
            return None
        d, thing = self.pick(options)
        if d[0]:  # "The red shape is a square."
            shape = thing.shape if want else self.pick([s for s in SHAPES if s != thing.shape])
            caption = f"The {d[0]} shape is {common.article(shape)} {shape}."
            return Statement(
                caption, [f"Is the {d[0]} shape {common.article(shape)} {shape}?"], want, "The C shape is a X."
            )
        colour = thing.colour if want else self.pick([c for c in COLOURS if c != thing.colour])
        return Statement(f"The {d[1]} is {colour}.", [f"Is the {d[1]} {colour}?"], want, "The X is C.")

    # plain questions

    def how_many(self) -> Question | None:
        if self.rng.random() < 0.25:
            text = self.pick(["How many shapes are there?", "How many shapes are in the image?"])
            return Question(text, str(len(self.things)), "How many shapes?", "plain question")
        d = self.descriptor(present=self.rng.random() < 0.85)
        text = self.pick([f"How many {noun(d, True)} are there?", f"How many {noun(d, True)}?"])
        return Question(text, str(self.count(d)), "How many Ds?", "plain question", involves=_shape_words(text))

    def what_colour(self) -> Question | None:
        options = self.unique("shape")
        if not options:
            return None
        d, thing = self.pick(options)
        text = self.pick([f"What colour is the {d[1]}?", f"What color is the {d[1]}?"])
        return Question(text, thing.colour, "What colour is the X?", "plain question", involves=(str(d[1]),))

    def what_shape(self) -> Question | None:
        options = self.unique("colour")
        if not options:
            return None
        d, thing = self.pick(options)
        text = self.pick([f"What shape is the {d[0]} shape?", f"What shape is the {d[0]} one?"])
        return Question(text, thing.shape, "What shape is the C shape?", "plain question", involves=(thing.shape,))

    def which_extreme(self) -> Question | None:
        if len(self.things) < 2:
            return None
        relation = self.pick(list(RELATIONS))
        thing = extreme(self.things, relation)
        if thing is None:
            return None
        word = EXTREMES[relation]
        if self.rng.random() < 0.5:
            far = {
                "left": "furthest to the left",
                "right": "furthest to the right",
                "above": "highest",
                "below": "lowest",
            }
            text = self.pick([f"Which shape is {word}?", f"Which shape is {far[relation]}?"])
            also = (f"{thing.colour} {thing.shape}",)
            return Question(text, thing.shape, "Which shape is leftmost?", "plain question", also, (thing.shape,))
        text = self.pick([f"What colour is the {word} shape?", f"What color is the {word} shape?"])
        return Question(text, thing.colour, "What colour is the leftmost shape?", "plain question")


FORMS = {"yes/no question": 0.5, "caption: true or false": 0.25, "caption: does it match": 0.25}


def _ask_statement(statement: Statement, asker: Asker) -> Question:
    form = asker.pick([f for f, w in FORMS.items() for _ in range(int(w * 4))])
    if form == "yes/no question":
        text = asker.pick(statement.asked)
    elif form == "caption: true or false":
        text = f"True or false: {statement.caption[0].lower()}{statement.caption[1:]}"
    else:
        text = f"Does this caption match the image: {statement.caption[0].lower()}{statement.caption[1:-1]}?"
    gold = "yes" if statement.truth else "no"
    return Question(text, gold, statement.template, form, involves=_shape_words(text))


def questions(things: list[Thing], rng: np.random.Generator, per_image: int) -> list[Question]:
    asker = Asker(things, rng)
    statements: list[tuple[float, Callable[[bool], Statement | None]]] = [
        (1.0, asker.exists),
        (0.7, asker.a_d_is),
        (1.6, asker.relation),
        (0.5, asker.bigger),
        (0.3, asker.closer),
        (0.6, asker.most),
        (0.6, asker.all_),
        (0.5, asker.at_least_two),
        (0.5, asker.exactly_one),
        (0.5, asker.no_shape),
        (0.6, asker.the_d),
    ]
    plain: list[tuple[float, Callable[[], Question | None]]] = [
        (0.7, asker.how_many),
        (0.5, asker.what_colour),
        (0.5, asker.what_shape),
        (0.4, asker.which_extreme),
    ]
    makers: list[tuple[float, bool, Callable]] = [(w, True, m) for w, m in statements] + [
        (w, False, m) for w, m in plain
    ]
    weights = np.array([w for w, _, _ in makers])
    made: list[Question] = []
    texts: set[str] = set()
    answers: Counter = Counter()
    for _ in range(per_image * 8):
        if len(made) >= per_image:
            break
        _, is_statement, maker = makers[int(rng.choice(len(makers), p=weights / weights.sum()))]
        if is_statement:
            # the wanted answer: whichever of yes / no is behind so far in this image, else a coin
            want = answers["yes"] < answers["no"] if answers["yes"] != answers["no"] else bool(rng.random() < 0.5)
            statement = maker(want)
            question = _ask_statement(statement, asker) if statement else None
        else:
            question = maker()
        if question is None or question.text.lower() in texts:
            continue
        texts.add(question.text.lower())
        answers[question.gold] += 1
        made.append(question)
    return made


# ---------------------------------------------------------------------------------------------------- scoring

ALIASES = {"grey": "gray", "zero": "0", "none": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
ALIASES |= {"six": "6", "true": "yes", "false": "no", "oval": "ellipse", "half circle": "semicircle"}
ALIASES |= {"half-circle": "semicircle", "plus": "cross", "plus sign": "cross"}


def _normal(text: str) -> str:
    return common.plain_answer(text, ALIASES)


def outcome(status: str, said: str, gold: str, also: tuple[str, ...] = ()) -> str:
    return common.read_outcome(status, said, (gold, *also), _normal)


def _wording(text: str) -> str:
    text = common.wording(text, {"X": set(SHAPES) | set(PLURALS.values()), "C": COLOURS})
    for slot in ("X", "C"):  # "an ellipse" and "a square" are one wording
        text = text.replace(f" an {slot}", f" a {slot}").replace(f"An {slot}", f"A {slot}")
    for relation in sorted(set(RELATIONS.values()), key=len, reverse=True):
        text = text.replace(f" {relation} ", " R ")
    return text


def run(
    images: int, seed: int, per_image: int, perception: str, noise: bool, overlap: bool, show_failures: bool
) -> None:
    rng = np.random.default_rng(seed)
    tables = common.new_tables()
    overall: Counter = Counter()
    failures: list[dict] = []
    tag = f"s{seed}{'_o' if overlap else ''}{'' if noise else '_clean'}"
    kept = common.FailureImages(FAILURE_DIR, f"{tag}_*.png")
    started = time.perf_counter()

    def picture(index: int, path: Path) -> tuple[list[Thing], list[Question]]:
        things = generate(rng, overlap)
        draw(things, rng, noise).save(path)
        return things, questions(things, rng, per_image)

    for index, things, path, item, result in common.ask_pictures(images, picture, perception, "shapeworld"):
        kind = outcome(result.status, result.answer, item.gold, item.also)
        overall[kind] += 1
        tables["question template"][item.template][kind] += 1
        tables["gold answer"][common.answer_group(item.gold, COLOURS)][kind] += 1
        for shape in item.involves or ("(no shape word)",):
            tables["shape type involved (a question counts under each)"][shape][kind] += 1
        tables["form"][item.form][kind] += 1
        tables["shapes in the image"][str(len(things))][kind] += 1
        tables["wording"][_wording(item.text)][kind] += 1
        if kind != "right":
            saved = kept.keep(path, f"{tag}_{index:04d}.png")
            details = {"image": index, "shapes": [t.describe() for t in things], "form": item.form}
            details["template"] = item.template
            failures.append(common.failure(kind, item.text, item.gold, result, saved, **details))
    seconds = time.perf_counter() - started
    print(
        f"{sum(overall.values())} questions on {images} ShapeWorld-style images ({SIDE}x{SIDE} px,"
        f" noise {'on' if noise else 'off'}, {'a little overlap allowed' if overlap else 'no overlap'}), seed {seed},"
        f" perception={perception}, {seconds:.0f} s"
    )
    print(common.tally_row("all", overall, 44))
    common.print_tables(
        tables,
        (
            "question template",
            "gold answer",
            "shape type involved (a question counts under each)",
            "form",
            "shapes in the image",
        ),
        44,
    )
    common.print_wordings(
        "by wording (shape words as X, colour words as C, relations as R; 5 or more asked):", tables["wording"], 44
    )
    common.print_counts("failing wordings:", Counter(_wording(f["question"]) for f in failures))
    common.report_failures(
        failures,
        f"; their images in {FAILURE_DIR}",
        show_failures,
        lambda f: f"- {f['outcome']} [{f['template']}; {f['form']}] image {f['image']}",
        before=lambda f: [f"shapes: {'; '.join(f['shapes'])}"],
    )


def main() -> None:
    parser = common.standard_arguments(__doc__, show_failures=False)
    parser.add_argument(
        "--noise", action=argparse.BooleanOptionalAction, default=True, help="Gaussian pixel noise, as ShapeWorld"
    )
    parser.add_argument("--overlap", action="store_true", help="let shapes cover up to 15%% of one another")
    parser.add_argument("--show-failures", action="store_true", help=common.SHOW_FAILURES)
    args = parser.parse_args()
    run(args.images, args.seed, args.per_image, args.perception, args.noise, args.overlap, args.show_failures)


if __name__ == "__main__":
    main()
