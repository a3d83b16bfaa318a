"""One flat shape on a plain light background, asked as a brand-new user would ask: an end-to-end check of nsvr on
simple toy images and everyday wordings nobody tuned it for.

Images (written independently of nsvr's other benchmark generators, in the style of simple public teaching / toy
datasets): 64x64 px (``--size 128`` for 128x128), a plain light background (white, off-white, light gray, pale cream
or pale blue; faint Gaussian noise, sigma 1.5-3, on 30% of the images) and ONE filled shape in one flat colour:

- circle; square (axis-aligned); rectangle (aspect 1.5-3, axis-aligned or rotated by any angle); triangle (any
  orientation; equilateral, or scalene / isosceles with every angle at least 30 degrees); ellipse (aspect 1.6-2.6,
  any orientation);
- with ``--more`` also a regular pentagon, a regular hexagon, a five-pointed star (any orientation) and a diamond
  (a square rotated 45 degrees).

The colour is a named prototype with a small jitter (each channel +-10): red, green, blue, yellow, orange, purple,
pink, brown, black, gray, teal, navy, dark green, cyan (``COLOURS`` below). The shape's size is the longest side of
its bounding box, 20-70% of the image width. In 10% of the images the shape is partly cut by the border (10-40% of
its area outside); then no question names or asks its shape, nor its size. Edges are antialiased: everything is
drawn at 4x and downsampled with a box filter.

Questions (about five per image, each kind at most once per image; the wordings in ``TEMPLATES`` mix polite, terse,
lowercase, no question mark, "pic" / "image" / "picture" and the odd typo; at least ten per kind):

- what shape            "What shape is in the image?"                  gold: the shape
- is there a C shape    "any red shapes?"                              yes / no, balanced
- contains X            "Does the image contain a triangle?"           yes / no, balanced
- is the shape C        "is the shape green"                           yes / no, balanced
- what colour is the X  "What colour is the square?"                   gold: the colour
- what colour (shape)   "what color is the shape"                      gold: the colour
- how many              "How many shapes are there?"                   gold: 1
- is the X C            "Is the circle blue?"                          yes / no, balanced ("no": another colour)
- position              "Is the shape on the left?"                    yes / no, balanced; only asked along an axis
                        where the shape is clearly off-centre (its centroid outside the middle 30-70% band
                        and at least 85% of its area in that half), and only about that axis (left / right, or
                        top / bottom)
- size (subjective)     "Is the shape big or small?", "is it small"    only when the size is < 25% (small) or
                        > 60% (big) of the width; subjective, reported apart

Conventions. A square is NOT asked about as a rectangle, nor a circle as an ellipse / oval (or an ellipse or a
hexagon as a circle), nor a square as a diamond or a diamond as a square or a rectangle: those borderline questions
(``SHAPE_BORDERLINE``) are never generated, neither for "yes" nor for "no". For "what shape" the gold is the
most specific name: a square must be called "square" (not "rectangle"); "oval" is accepted for an ellipse; "square"
and "rhombus" for a diamond. A "no" colour question never names a colour too close to the true one (``CLOSE``:
e.g. never "is it blue?" about teal or navy) and a "no" shape question never names a borderline shape. Accepted
synonyms: grey / gray; navy also "blue", "navy blue", "dark blue"; dark green also "green"; cyan also "aqua";
purple also "violet"; "1" / "one" / "a single one"; "big" / "large"; "small" / "tiny" / "little"; "yes." / "Yes"
etc. (answers are compared lowercased without punctuation, leading articles or a trailing "shape").

    python examples/benchmarks/shape_scenes_newuser.py                     # 200 images, ~1,000 questions, seed 0
    python examples/benchmarks/shape_scenes_newuser.py --more --size 128 --show-failures

Each image is written to a PNG file and asked as ``nsvr ask`` asks (question text -> embedded parser -> default
perception). Every answer is scored right / unknown (status not ok, the answer "unknown", or a refusal; planning
errors counted apart inside unknown) / confidently wrong; the script prints the totals, tables by question kind, by
shape, by colour, by background, by size, by cut / whole and by wording style, what nsvr called each gold shape and
colour, the failing wordings, the most common failure patterns and the reasons nsvr gave for its unknowns and, with
``--show-failures``, every failure, its image saved to /tmp/newuser_failures/.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shape_bench_common as common
from PIL import Image, ImageDraw

FAILURE_DIR = Path("/tmp/newuser_failures")
SUPERSAMPLE = 4

COLOURS: dict[str, tuple[int, int, int]] = {
    "red": (215, 35, 35),
    "green": (50, 170, 60),
    "blue": (35, 85, 215),
    "yellow": (245, 210, 35),
    "orange": (245, 135, 25),
    "purple": (130, 55, 170),
    "pink": (240, 130, 180),
    "brown": (135, 85, 45),
    "black": (25, 25, 25),
    "gray": (128, 128, 128),
    "teal": (0, 128, 128),
    "navy": (25, 35, 115),
    "dark green": (25, 95, 40),
    "cyan": (20, 210, 230),
}
# names accepted for a colour besides its own
COLOUR_ACCEPT: dict[str, set[str]] = {
    "gray": {"grey"},
    "navy": {"blue", "navy blue", "dark blue"},
    "dark green": {"green"},
    "cyan": {"aqua"},
    "purple": {"violet"},
}
# colour names never used for a "no" answer about a shape of this colour (too close to call)
CLOSE: dict[str, set[str]] = {
    "blue": {"navy", "cyan", "teal", "purple"},
    "navy": {"blue", "purple", "teal", "black"},
    "teal": {"cyan", "green", "blue", "dark green"},
    "cyan": {"teal", "blue"},
    "green": {"dark green", "teal"},
    "dark green": {"green", "teal", "black"},
    "purple": {"navy", "pink", "blue"},
    "pink": {"purple", "red"},
    "red": {"orange", "pink", "brown"},
    "orange": {"yellow", "red", "brown"},
    "yellow": {"orange"},
    "brown": {"orange", "red"},
    "black": {"navy", "dark green", "gray"},
    "gray": {"black"},
}
BACKGROUNDS: dict[str, tuple[int, int, int]] = {
    "white": (255, 255, 255),
    "off-white": (247, 245, 238),
    "light gray": (226, 226, 226),
    "pale cream": (250, 243, 218),
    "pale blue": (224, 237, 250),
}
BASIC_SHAPES = ("circle", "square", "rectangle", "triangle", "ellipse")
MORE_SHAPES = ("pentagon", "hexagon", "star", "diamond")
SHAPE_ACCEPT: dict[str, set[str]] = {"ellipse": {"oval"}, "diamond": {"square", "rhombus"}}
# shape words never asked about a shape (either way): borderline
SHAPE_BORDERLINE: dict[str, set[str]] = {
    "square": {"rectangle", "diamond", "rhombus"},
    "circle": {"ellipse", "oval"},
    "diamond": {"square", "rectangle", "rhombus"},
    "ellipse": {"circle"},
    "hexagon": {"circle"},
}


@dataclass
class Scene:
    shape: str
    colour: str
    rgb: tuple[int, int, int]
    background: str
    noise: float
    size: float  # longest side of the bounding box / image width
    cut: bool
    cx: float  # centroid of the visible shape / width
    cy: float
    halves: dict[str, float]  # share of the visible shape's area in the left / right / top / bottom half
    detail: str

    def describe(self) -> str:
        cut = ", cut by the border" if self.cut else ""
        noise = f", noise {self.noise:.1f}" if self.noise else ""
        return (
            f"{self.colour} {self.shape} ({self.detail}; rgb {self.rgb}), size {self.size:.0%},"
            f" centroid ({self.cx:.2f}, {self.cy:.2f}){cut}; {self.background} background{noise}"
        )


# ---------------------------------------------------------------------------------------------------- drawing


def _rotate(points: np.ndarray, degrees: float) -> np.ndarray:
    t = np.radians(degrees)
    r = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    return points @ r.T


def _regular(n: int, start: float = 0.0) -> np.ndarray:
    angles = np.radians(start) + 2 * np.pi * np.arange(n) / n
    return np.stack([np.cos(angles), np.sin(angles)], axis=1)


def outline(shape: str, rng: np.random.Generator) -> tuple[np.ndarray, str]:
    """The shape's polygon (unscaled, about the origin) and a few words about how it was made."""
    if shape == "circle":
        return _regular(180), "round"
    if shape == "square":
        return np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], float), "axis-aligned"
    if shape == "diamond":
        return _rotate(np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], float), 45), "square turned 45 degrees"
    if shape == "rectangle":
        aspect = rng.uniform(1.5, 3.0)
        box = np.array([[-aspect, -1], [aspect, -1], [aspect, 1], [-aspect, 1]], float)
        angle = float(rng.choice([0.0, 90.0])) if rng.random() < 0.5 else rng.uniform(0, 180)
        return _rotate(box, angle), f"aspect {aspect:.1f}, turned {angle:.0f} degrees"
    if shape == "ellipse":
        aspect = rng.uniform(1.6, 2.6)
        angle = rng.uniform(0, 180)
        points = _regular(180) * np.array([aspect, 1.0])
        return _rotate(points, angle), f"aspect {aspect:.1f}, turned {angle:.0f} degrees"
    if shape == "triangle":
        if rng.random() < 0.5:
            angle = rng.uniform(0, 360)
            return _regular(3, angle), f"equilateral, turned {angle:.0f} degrees"
        while True:  # three points on a circle; every interior angle >= 30 degrees (every arc >= 60)
            angles = np.sort(rng.uniform(0, 360, 3))
            arcs = np.diff(np.append(angles, angles[0] + 360))
            if arcs.min() >= 60:
                break
        t = np.radians(angles)
        corners = ", ".join(f"{a / 2:.0f}" for a in arcs)
        return np.stack([np.cos(t), np.sin(t)], axis=1), f"angles {corners}"
    if shape in ("pentagon", "hexagon"):
        angle = rng.uniform(0, 360)
        return _regular(5 if shape == "pentagon" else 6, angle), f"regular, turned {angle:.0f} degrees"
    if shape == "star":
        angle = rng.uniform(0, 360)
        inner = rng.uniform(0.38, 0.5)
        points = _regular(10, angle) * np.tile([1.0, inner], 5)[:, None]
        return points, f"five points, inner radius {inner:.2f}, turned {angle:.0f} degrees"
    raise ValueError(shape)


def _area(points: np.ndarray) -> float:
    x, y = points[:, 0], points[:, 1]
    return 0.5 * abs(float(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1))))


def generate(rng: np.random.Generator, shapes: tuple[str, ...], side: int) -> tuple[Scene, Image.Image]:
    shape = shapes[int(rng.integers(len(shapes)))]
    colour = list(COLOURS)[int(rng.integers(len(COLOURS)))]
    rgb = tuple(int(np.clip(v + rng.integers(-10, 11), 0, 255)) for v in COLOURS[colour])
    background = list(BACKGROUNDS)[int(rng.integers(len(BACKGROUNDS)))]
    noise = float(rng.uniform(1.5, 3.0)) if rng.random() < 0.3 else 0.0
    cut = bool(rng.random() < 0.1)
    points, detail = outline(shape, rng)
    size = float(rng.uniform(0.2, 0.7))
    extent = (points.max(axis=0) - points.min(axis=0)).max()
    points = (points - (points.max(axis=0) + points.min(axis=0)) / 2) * (size * side / extent)  # bbox centred on 0
    half = (points.max(axis=0) - points.min(axis=0)) / 2
    big = side * SUPERSAMPLE
    for _ in range(200):
        if cut:  # the bounding box crosses one or two borders
            centre = rng.uniform(-half * 0.2, side + half * 0.2)
        else:
            centre = np.array([rng.uniform(h + 1, side - h - 1) for h in half])
        placed = points + centre
        mask_image = Image.new("L", (big, big), 0)
        ImageDraw.Draw(mask_image).polygon([tuple(p) for p in placed * SUPERSAMPLE], fill=255)
        alpha = np.asarray(mask_image.resize((side, side), Image.Resampling.BOX), float) / 255.0
        outside = 1 - alpha.sum() / _area(placed)
        if not cut or 0.1 <= outside <= 0.4:
            break
    ys, xs = np.mgrid[0:side, 0:side] + 0.5
    cx, cy = float((alpha * xs).sum() / alpha.sum() / side), float((alpha * ys).sum() / alpha.sum() / side)
    left, top = float(alpha[:, : side // 2].sum() / alpha.sum()), float(alpha[: side // 2].sum() / alpha.sum())
    halves = {"left": left, "right": 1 - left, "top": top, "bottom": 1 - top}
    pixels = np.empty((side, side, 3), float)
    pixels[:] = BACKGROUNDS[background]
    pixels = pixels * (1 - alpha[..., None]) + np.array(rgb, float) * alpha[..., None]
    if noise:
        pixels = pixels + rng.normal(0, noise, pixels.shape)
    image = Image.fromarray(np.clip(np.round(pixels), 0, 255).astype(np.uint8))
    return Scene(shape, colour, rgb, background, noise, size, cut, cx, cy, halves, detail), image


# ---------------------------------------------------------------------------------------------------- questions

# {s}: shape word, {a_s}: "a circle" / "an ellipse", {c}: colour word, {side}: "on the left" etc.
# A leading "~" marks a template with a deliberate typo.
TEMPLATES: dict[str, list[str]] = {
    "what shape": [
        "What shape is in the image?",
        "what shape is this",
        "What shape do you see in the picture?",
        "Could you tell me what shape is shown in this image, please?",
        "shape?",
        "what's the shape in the pic",
        "Which shape is drawn here?",
        "what kind of shape is in this picture?",
        "~Waht shape is in the image?",
        "Can you identify the shape in this image?",
        "name the shape",
        "what is the shape in the picture",
        "Please tell me which geometric shape appears in the image.",
        "what shape is it",
    ],
    "is there a C shape": [
        "Is there a {c} shape?",
        "is there a {c} shape in the image",
        "Is there anything {c} in this picture?",
        "any {c} shapes?",
        "Do you see a {c} shape in the pic?",
        "is there a {c} object in the image?",
        "Can you see something {c} in the picture?",
        "is anything {c}",
        "Is there a {c} shape in this image, please?",
        "Does the picture have a {c} shape?",
        "~is ther a {c} shape",
        "Is a {c} shape present in the image?",
    ],
    "contains X": [
        "Does the image contain {a_s}?",
        "does the picture contain {a_s}",
        "Is there {a_s} in the image?",
        "is there {a_s}",
        "Do you see {a_s} in this picture?",
        "any {s}s in the pic?",
        "Is this {a_s}?",
        "Is the shape {a_s}?",
        "is it {a_s}",
        "Can you see {a_s} in the image?",
        "Does this image show {a_s}, please?",
        "~dose the image contain {a_s}?",
        "Is {a_s} shown in the picture?",
    ],
    "is the shape C": [
        "Is the shape {c}?",
        "is the shape {c}",
        "Is it {c}?",
        "is this shape {c}",
        "Is the object in the picture {c}?",
        "Is the shape in the image coloured {c}?",
        "is the color of the shape {c}?",
        "Would you say the shape is {c}?",
        "Could you tell me if the shape is {c}?",
        "shape {c}?",
        "~is teh shape {c}?",
        "Is the thing in the pic {c}?",
    ],
    "what colour is the X": [
        "What colour is the {s}?",
        "what color is the {s}",
        "What is the colour of the {s}?",
        "Which colour is the {s}?",
        "what colour's the {s}?",
        "Can you tell me what color the {s} is?",
        "Could you please tell me the colour of the {s}?",
        "{s} colour?",
        "~what colur is the {s}?",
        "What color is the {s} in the picture?",
        "which color is the {s} in the pic",
    ],
    "what colour (shape)": [
        "What colour is the shape?",
        "what color is the shape",
        "What color is it?",
        "What is the colour of the shape in the image?",
        "which colour is the shape",
        "what colour?",
        "Could you tell me what colour the shape is, please?",
        "what color is the shape in this pic?",
        "~Whta colour is the shape?",
        "What colour is the object in the image?",
        "What color is the thing in the picture?",
        "colour of the shape?",
    ],
    "how many": [
        "How many shapes are there?",
        "how many shapes are in the image",
        "How many shapes can you see?",
        "how many objects are in this picture?",
        "Count the shapes.",
        "number of shapes?",
        "How many shapes are in the pic?",
        "Could you count the shapes in the image, please?",
        "how many shapes r there",
        "~how mnay shapes are there?",
        "How many things are in the picture?",
        "How many figures are drawn in the image?",
    ],
    "is the X C": [
        "Is the {s} {c}?",
        "is the {s} {c}",
        "Is the {s} in the image {c}?",
        "Is the {s} coloured {c}?",
        "is the color of the {s} {c}?",
        "Would you say the {s} is {c}?",
        "{s} {c}?",
        "Is the {s} in this picture {c}, please?",
        "Is this {s} {c}?",
        "~is teh {s} {c}",
        "Can you tell me if the {s} is {c}?",
    ],
    "position": [
        "Is the shape {side}?",
        "is the shape {side} of the image",
        "Is it {side}?",
        "is the {s} {side}",
        "Is the shape located {side} of the picture?",
        "Would you say the shape is {side}?",
        "shape {side}?",
        "Is the object {side} of the pic?",
        "Is the shape positioned {side}, please?",
        "~is the shape {side} of the imgae?",
        "Does the shape sit {side} of the image?",
    ],
    "size (subjective)": [
        "Is the shape big or small?",
        "is it big or small",
        "Is the shape large or small?",
        "Is the shape big?",
        "is the shape small",
        "Is the {s} large?",
        "is the {s} tiny?",
        "Would you say the shape is big or small?",
        "Is the shape in the picture small or large?",
        "big or small?",
        "Is the object large?",
        "~is the shape smal?",
    ],
}
NAMES_SHAPE = ("what shape", "contains X", "what colour is the X", "is the X C")  # never asked of a cut shape
SIDES = {
    "left": ("on the left", "on the left side"),
    "right": ("on the right", "on the right side"),
    "top": ("at the top", "near the top"),
    "bottom": ("at the bottom", "near the bottom"),
}
OPPOSITE = {"left": "right", "right": "left", "top": "bottom", "bottom": "top"}
SIZE_WORDS = {"big": "big", "large": "big", "small": "small", "tiny": "small", "smal": "small"}


@dataclass
class Question:
    text: str
    gold: str
    kind: str
    template: str


def _style(template: str) -> str:
    if template.startswith("~"):
        return "typo"
    lowered = template.lower()
    if any(w in lowered for w in ("please", "could you", "can you", "would you")):
        return "polite"
    if len(template.split()) <= 3:
        return "terse"
    if not template.rstrip().endswith("?"):
        return "no question mark"
    return "lowercase" if template[0].islower() else "plain"


class Asker:
    def __init__(self, scene: Scene, shapes: tuple[str, ...], rng: np.random.Generator, wants: Counter):
        self.scene = scene
        self.shapes = shapes
        self.rng = rng
        self.wants = wants  # yes / no asked so far, per kind: the next one evens them out

    def pick(self, options):
        options = list(options)
        return options[int(self.rng.integers(len(options)))]

    def want(self, kind: str) -> str:
        yes, no = self.wants[(kind, "yes")], self.wants[(kind, "no")]
        return "yes" if yes < no else "no" if no < yes else self.pick(["yes", "no"])

    def colour_word(self, colour: str) -> str:
        if colour == "gray" and self.rng.random() < 0.4:
            return "grey"
        if colour == "navy" and self.rng.random() < 0.3:
            return "navy blue"
        return colour

    def shape_word(self, shape: str) -> str:
        return "oval" if shape == "ellipse" and self.rng.random() < 0.4 else shape

    def other_colour(self) -> str:
        true = self.scene.colour
        banned = {true} | COLOUR_ACCEPT.get(true, set()) | CLOSE.get(true, set())
        return self.pick([c for c in COLOURS if c not in banned])

    def other_shape(self) -> str:
        true = self.scene.shape
        banned = {true} | SHAPE_ACCEPT.get(true, set()) | SHAPE_BORDERLINE.get(true, set())
        return self.pick([s for s in self.shapes if s not in banned])

    def fill(self, kind: str, **slots: str) -> tuple[str, str]:
        template = self.pick(TEMPLATES[kind])
        if self.scene.cut and "{s}" in template:  # a cut shape is never named
            template = self.pick([t for t in TEMPLATES[kind] if "{s}" not in t])
        text = template.lstrip("~")
        shape = slots.get("s")
        if shape:
            slots["a_s"] = f"{common.article(shape)} {shape}"
        return text.format(**slots), template

    def make(self, kind: str) -> Question | None:
        scene = self.scene
        if kind in NAMES_SHAPE and scene.cut:
            return None
        shape = self.shape_word(scene.shape)
        gold = ""
        if kind == "what shape":
            text, template = self.fill(kind)
            gold = scene.shape
        elif kind in ("what colour is the X", "what colour (shape)"):
            text, template = self.fill(kind, s=shape)
            gold = scene.colour
        elif kind == "how many":
            text, template = self.fill(kind)
            gold = "1"
        elif kind in ("is there a C shape", "is the shape C", "is the X C"):
            gold = self.want(kind)
            colour = scene.colour if gold == "yes" else self.other_colour()
            text, template = self.fill(kind, s=shape, c=self.colour_word(colour))
        elif kind == "contains X":
            gold = self.want(kind)
            asked = shape if gold == "yes" else self.other_shape()
            text, template = self.fill(kind, s=asked)
        elif kind == "position":
            centroid = {"left": scene.cx, "right": 1 - scene.cx, "top": scene.cy, "bottom": 1 - scene.cy}
            clear = [d for d in SIDES if centroid[d] < 0.3 and scene.halves[d] >= 0.85]
            if not clear:
                return None
            true = self.pick(clear)
            gold = self.want(kind)
            side = true if gold == "yes" else OPPOSITE[true]
            text, template = self.fill(kind, s=shape, side=self.pick(SIDES[side]))
        elif kind == "size (subjective)":
            if scene.cut or 0.25 <= scene.size <= 0.6:
                return None
            truth = "big" if scene.size > 0.6 else "small"
            template = self.pick(TEMPLATES[kind])
            text = template.lstrip("~").format(s=shape)
            if " or " in text:
                gold = truth
            else:
                said = next(SIZE_WORDS[w.strip("?")] for w in text.split() if w.strip("?") in SIZE_WORDS)
                gold = "yes" if said == truth else "no"
        else:
            raise ValueError(kind)
        if gold in ("yes", "no"):
            self.wants[(kind, gold)] += 1
        return Question(text, gold, kind, template)


def questions(scene: Scene, shapes: tuple[str, ...], rng: np.random.Generator, wants: Counter) -> list[Question]:
    asker = Asker(scene, shapes, rng, wants)
    made = []
    for kind in rng.permutation(list(TEMPLATES)):
        if len(made) >= 5:
            break
        question = asker.make(str(kind))
        if question is not None:
            made.append(question)
    return made


# ---------------------------------------------------------------------------------------------------- scoring

NUMBERS = {"one": "1", "a single one": "1", "single": "1", "just one": "1", "only one": "1", "1 shape": "1"}
REFUSALS = ("unknown", "i don't know", "i do not know", "not sure", "can't tell", "cannot tell", "unable", "no answer")


def _normal(text: str) -> str:
    text = re.sub(r"[^\w\s'-]", " ", text.lower()).strip()
    text = re.sub(r"\s+", " ", text)
    for lead in ("the ", "a ", "an "):
        if text.startswith(lead):
            text = text[len(lead) :]
    if text.endswith(" shape") or text.endswith(" shapes"):
        text = text.rsplit(" ", 1)[0]
    return NUMBERS.get(text, text)


def accepted(gold: str) -> set[str]:
    names = {gold} | COLOUR_ACCEPT.get(gold, set()) | SHAPE_ACCEPT.get(gold, set())
    if gold == "big":
        names |= {"large", "huge"}
    if gold == "small":
        names |= {"tiny", "little"}
    return names


def outcome(status: str, said: str, gold: str) -> str:
    if status == "error":
        return "planning error"
    said = _normal(said)
    if status != "ok" or not said or any(said.startswith(r) for r in REFUSALS):
        return "unknown"
    if gold in ("yes", "no"):
        return "right" if said.split(" ")[0] == gold else "wrong"
    return "right" if said in accepted(gold) else "wrong"


def _cause(reason: str | None, question: str) -> str:
    """nsvr's reason for an unknown / planning error, with the question, step numbers and scores taken out."""
    if not reason:
        return "(no reason given)"
    text = reason.replace(f"'{question}'", "<question>")
    text = re.sub(r"^step \d+ \([^)]*\): ", "", text)
    text = re.sub(r"\s*Try a question like .*$", "", text)
    text = re.sub(r"\s*\(p=[0-9.]+\)", "", text)
    hedge = re.match(r"^.+?, or .+? if object \d+ (\w+) (.+)$", text)
    return f"hedged: {hedge.group(1)} {hedge.group(2)}" if hedge else text


def _size_bucket(scene: Scene) -> str:
    return "small (<25%)" if scene.size < 0.25 else "big (>60%)" if scene.size > 0.6 else "medium (25-60%)"


def run(images: int, seed: int, side: int, more: bool, show_failures: bool) -> None:
    rng = np.random.default_rng(seed)
    shapes = BASIC_SHAPES + (MORE_SHAPES if more else ())
    tables = common.new_tables()
    overall: Counter = Counter()
    wants: Counter = Counter()
    answers: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))  # what nsvr named things
    failures: list[dict] = []
    tag = f"s{seed}_{side}px{'_more' if more else ''}"
    kept = common.FailureImages(FAILURE_DIR, f"{tag}_*")
    started = time.perf_counter()

    def picture(index: int, path: Path) -> tuple[Scene, list[Question]]:
        scene, image = generate(rng, shapes, side)
        image.save(path)
        return scene, questions(scene, shapes, rng, wants)

    # a perception error raises: counted as unknown, shown as such
    for index, scene, path, item, result in common.ask_pictures(images, picture, None, "newuser", catch=True):
        kind = outcome(result.status, result.answer, item.gold)
        overall[kind] += 1
        kind_name = item.kind + (f" (gold {item.gold})" if item.gold in ("yes", "no") else "")
        kind_name += " (gold big / small)" if item.gold in ("big", "small") else ""
        tables["question kind"][item.kind][kind] += 1
        tables["question kind and yes/no gold"][kind_name][kind] += 1
        tables["shape"][scene.shape + (" (cut)" if scene.cut else "")][kind] += 1
        tables["colour"][scene.colour][kind] += 1
        tables["background"][scene.background + (" + noise" if scene.noise else "")][kind] += 1
        tables["shape size"][_size_bucket(scene)][kind] += 1
        tables["wording style"][_style(item.template)][kind] += 1
        tables["wording"][item.template][kind] += 1
        if item.kind in ("what shape", "what colour is the X", "what colour (shape)"):
            heard = _normal(result.answer) if kind in ("right", "wrong") else kind
            answers["shape" if item.kind == "what shape" else "colour"][item.gold][heard] += 1
        if kind != "right":
            saved = kept.keep(path, f"{tag}_{index:04d}.png")
            details = {"scene": scene.describe(), "template": item.template, "kind": item.kind}
            failures.append(common.failure(kind, item.text, item.gold, result, saved, **details))
    seconds = time.perf_counter() - started
    done = sum(overall.values())
    print(
        f"{done} questions on {images} one-shape images ({side}x{side} px, {len(shapes)} shapes"
        f"{', --more' if more else ''}), seed {seed}, default perception, {seconds:.0f} s"
    )
    print(common.tally_row("all", overall, 44))
    objective = sum((t for k, t in tables["question kind"].items() if k != "size (subjective)"), Counter())
    print(common.tally_row("all but the subjective size questions", objective, 44))
    common.print_tables(
        tables,
        (
            "question kind",
            "question kind and yes/no gold",
            "shape",
            "colour",
            "background",
            "shape size",
            "wording style",
        ),
        44,
    )
    for what in ("shape", "colour"):
        print(f"nsvr's answers to the what-{what} questions, by the gold {what}:")
        for gold, heard in sorted(answers[what].items(), key=lambda kv: -sum(kv[1].values())):
            said = ", ".join(f"{name} {n}" for name, n in heard.most_common())
            print(f"  {gold:12s} {said}")
    wordings = Counter(f["template"] for f in failures)
    common.print_counts(
        "failing wordings (template, '~' = deliberate typo; failures / asked):", wordings, tables["wording"]
    )
    patterns: Counter = Counter()
    example: dict[tuple[str, str, str], dict] = {}
    for f in failures:  # a planning error does not depend on the gold: those are grouped over all golds
        gold = "any" if f["outcome"] == "planning error" else f["gold"]
        key = (f["kind"], gold, f["said"] if f["outcome"] == "wrong" else f["outcome"])
        patterns[key] += 1
        example.setdefault(key, f)
    print("most common failure patterns (kind, gold -> nsvr's answer or outcome; an example question):")
    for key, n in patterns.most_common(25):
        print(f"  {n:3d}  [{key[0]}] gold {key[1]!r} -> {key[2]!r}   e.g. {example[key]['question']!r}")
    causes = Counter(_cause(f["reason"], f["question"]) for f in failures if f["outcome"] != "wrong")
    first = {}
    for f in failures:
        if f["outcome"] != "wrong":
            first.setdefault(_cause(f["reason"], f["question"]), f["question"])
    print("most common reasons nsvr gave for unknown / planning error (question, step and scores taken out):")
    for cause, n in causes.most_common(20):
        print(f"  {n:3d}  {cause[:150]}   e.g. {first[cause]!r}")
    common.report_failures(
        failures,
        f"; their images in {FAILURE_DIR}",
        show_failures,
        lambda f: f"- {f['outcome']} [{f['kind']}] {f['scene']}",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n-images", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--size", type=int, choices=[64, 128], default=64, help="image side in pixels")
    parser.add_argument("--more", action="store_true", help="also pentagons, hexagons, stars and diamonds")
    parser.add_argument("--show-failures", action="store_true", help="list every unknown and wrong answer")
    args = parser.parse_args()
    run(args.n_images, args.seed, args.size, args.more, args.show_failures)


if __name__ == "__main__":
    main()
