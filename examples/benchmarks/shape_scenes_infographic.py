"""Slide and infographic pictures (bar charts, pie charts, flat pictograms), end to end: a check of nsvr's generality
on an image kind nobody tuned it for, and above all of whether it avoids confident wrong answers on pictures it does
not understand (answering "unknown" is acceptable there; a wrong answer is the worst outcome).

This generator was written blind: from a short brief alone, without reading nsvr's perception code, its question
parser or its other benchmark generators (only this script's structure, scoring and output conventions follow
shape_scenes_nmn.py), and it was fixed before nsvr was run on it. Every picture is drawn with PIL at 4x the output
size and downsampled (Lanczos) to ``--size`` px square (256 by default), on a white or light background (white,
off-white, pale grey, pale blue or pale cream). Flat colours are drawn from red, blue, green, orange, purple, yellow,
gray and pink, each jittered by up to 12 levels per channel. Three kinds (``--kind``; ``all`` cycles them):

- ``bars``: a bar chart of 2 to 6 vertical bars, each a different colour, standing on a thin black baseline axis
  (1-2 px) and, in half the charts, a y axis line on the left (no ticks, no numbers). Bar heights are random, 15% to
  100% of the plot height, and any two differ by at least 10% of the taller one. Optional small black labels under
  the bars (letters, weekdays, months or short words) and an optional title above the plot (DejaVu Sans).
- ``pie``: a pie chart of 2 to 5 slices, each a different colour, every slice at least 6% of the pie and any two
  differing by at least 10% of the bigger one; a random start angle; optional thin white separators between slices;
  optional legend (a coloured square and a short word per slice) on the right, the pie then on the left.
- ``icons``: 1 to 5 flat pictograms in solid colours, not overlapping, 20% to 36% of the picture wide: a house
  (square body + triangular roof of another colour, sometimes a door), a sun (yellow or orange disc with 8 or 12
  rays), a tree (brown rectangular trunk + green disc crown), a heart, a five-pointed star, an arrow (pointing
  right, left, up or down) and a smiley face (a disc, yellow in half the faces, with black eyes and mouth). One to
  three types per picture, repeated so that counts above one are common (hearts and smileys repeat only when they
  are the only types chosen).

Questions, in ordinary wordings (with a few rewordings each), gold answers from what was drawn:

- bars: "How many bars are there?"; "What colour is the tallest bar?"; "Is the red bar taller than the blue bar?"
  (also "shorter than"; yes and no balanced); "Which bar is the shortest?" (its colour; its label too, when drawn);
  "How many bars are taller than the green one?"; "What is the value of the blue bar?" (unanswerable: there are no
  numbers on the chart); "What does the title say?" (only when a title was drawn; compared without case and
  punctuation).
- pie: "How many slices does the pie chart have?"; "Which colour has the biggest slice?"; "Which colour has the
  smallest slice?"; "Is the red slice bigger than the blue slice?" (yes and no balanced); "What percentage is the
  green slice?" (unanswerable: no numbers are drawn).
- icons: "How many houses are there?", "How many stars?", "How many trees are there?" (mostly about icons that are
  there, a few zeros); "Is there a sun?"; "What colour is the heart?" (exactly one heart); "Is the smiley face
  yellow?" (exactly one smiley); "How many things are in the picture?" (the number of icons); "How many shapes are
  there?" only when every icon is a single filled shape (hearts and stars), else never asked.

    python examples/benchmarks/shape_scenes_infographic.py                   # 150 images x ~6 questions, seed 0
    python examples/benchmarks/shape_scenes_infographic.py --kind pie --show-failures

Each image is written to a PNG file and asked as ``nsvr ask`` asks (question text -> embedded parser -> default
perception). Every answer is scored right / unknown (status not ok, or the answer "unknown"; planning errors counted
apart inside unknown) / confidently wrong; for the unanswerable questions "unknown" or a refusal (any status but
ok, planning errors included) is right and any answer is wrong. The script prints the totals, tables by kind, by
question type, by gold answer, by answerable or not and by items per image, the failing wordings, the most frequent
confidently wrong answers, and with ``--show-failures`` every failure, the image saved (as the file nsvr read) to
/tmp/infographic_failures/.
"""

from __future__ import annotations

import math
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shape_bench_common as common
from PIL import Image, ImageDraw, ImageFont

FAILURE_DIR = Path("/tmp/infographic_failures")
SUPER = 4
UNANSWERABLE = "unknown"

KINDS = ("bars", "pie", "icons")
COLOURS: dict[str, tuple[int, int, int]] = {
    "red": (220, 40, 40),
    "blue": (40, 90, 215),
    "green": (45, 165, 70),
    "orange": (245, 135, 25),
    "purple": (135, 65, 175),
    "yellow": (245, 205, 30),
    "gray": (130, 130, 130),
    "pink": (240, 125, 175),
}
BACKGROUNDS = [(255, 255, 255), (255, 255, 255), (248, 248, 246), (240, 240, 240), (236, 243, 252), (252, 248, 232)]
BROWN = (125, 80, 40)
BLACK = (20, 20, 20)
ICONS = ("house", "sun", "tree", "heart", "star", "arrow", "smiley")
SINGLE_SHAPE_ICONS = ("heart", "star")
LABEL_SETS = [
    ["A", "B", "C", "D", "E", "F"],
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun"],
    ["Cats", "Dogs", "Fish", "Birds", "Mice", "Frogs"],
    ["North", "South", "East", "West", "Centre", "Other"],
]
TITLES = ["Sales", "Votes", "Weekly sales", "Team scores", "Fruit eaten", "Rainfall", "Visitors 2023", "Results"]
TITLES += ["Survey results", "Pets owned", "Top sports"]
LEGEND_WORDS = [
    ["Rent", "Food", "Travel", "Fun", "Other"],
    ["A", "B", "C", "D", "E"],
    ["Cats", "Dogs", "Fish", "Birds", "Mice"],
]
LEGEND_WORDS += [["Yes", "No", "Maybe", "Later", "Never"]]


@dataclass(frozen=True)
class Icon:
    kind: str
    colour: str  # the main colour: body, disc, crown ...
    x: float  # centre, as a fraction of the picture side
    y: float
    size: float  # side of the bounding square, as a fraction of the picture side
    detail: str = ""  # roof colour, arrow direction, ...

    def describe(self) -> str:
        extra = f", {self.detail}" if self.detail else ""
        return f"{self.colour} {self.kind} at ({self.x:.2f}, {self.y:.2f}) size {self.size:.2f}{extra}"


@dataclass
class Scene:
    kind: str
    background: tuple[int, int, int]
    colours: list[str] = field(default_factory=list)  # bars left to right / slices in drawing order
    values: list[float] = field(default_factory=list)  # bar heights (fraction of the plot) / slice fractions
    labels: list[str] = field(default_factory=list)  # under bars / in the legend ([] when none)
    title: str = ""
    y_axis: bool = False
    separators: bool = False
    icons: list[Icon] = field(default_factory=list)

    def items(self) -> int:
        return len(self.icons) if self.kind == "icons" else len(self.colours)

    def describe(self) -> str:
        if self.kind == "icons":
            return "; ".join(icon.describe() for icon in self.icons)
        what = "bars" if self.kind == "bars" else "slices"
        parts = [f"{c} {v:.2f}" + (f" '{lab}'" if lab else "") for c, v, lab in self._rows()]
        extra = []
        if self.title:
            extra.append(f"title '{self.title}'")
        if self.kind == "bars" and self.y_axis:
            extra.append("y axis")
        if self.kind == "pie" and self.separators:
            extra.append("separators")
        if self.kind == "pie" and self.labels:
            extra.append("legend")
        return f"{what}: " + ", ".join(parts) + (f" ({', '.join(extra)})" if extra else "")

    def _rows(self):
        labels = self.labels or [""] * len(self.colours)
        return zip(self.colours, self.values, labels, strict=True)


@dataclass
class Question:
    text: str
    gold: str  # UNANSWERABLE for questions the picture cannot answer
    kind: str  # question type
    also: tuple[str, ...] = ()  # other answers counted right
    topic: str = ""  # one question per topic and image (default: the question type)


# ---------------------------------------------------------------------------------------------------- generating


def _distinct(values: list[float], margin: float = 0.1) -> bool:
    return all(abs(a - b) >= margin * max(a, b) for i, a in enumerate(values) for b in values[i + 1 :])


def generate(kind: str, rng: np.random.Generator) -> Scene:
    background = BACKGROUNDS[int(rng.integers(len(BACKGROUNDS)))]
    scene = Scene(kind, background)
    if kind == "bars":
        n = int(rng.integers(2, 7))
        scene.colours = [str(c) for c in rng.permutation(list(COLOURS))[:n]]
        while True:
            values = [float(v) for v in rng.uniform(0.15, 1.0, n)]
            if _distinct(values):
                break
        scene.values = values
        if rng.random() < 0.5:
            scene.labels = LABEL_SETS[int(rng.integers(len(LABEL_SETS)))][:n]
        if rng.random() < 0.5:
            scene.title = TITLES[int(rng.integers(len(TITLES)))]
        scene.y_axis = bool(rng.random() < 0.5)
    elif kind == "pie":
        n = int(rng.integers(2, 6))
        scene.colours = [str(c) for c in rng.permutation(list(COLOURS))[:n]]
        while True:
            values = [float(v) for v in rng.dirichlet([2.0] * n)]
            if min(values) >= 0.06 and _distinct(values):
                break
        scene.values = values
        scene.separators = bool(rng.random() < 0.5)
        if rng.random() < 0.5:
            scene.labels = LEGEND_WORDS[int(rng.integers(len(LEGEND_WORDS)))][:n]
    else:
        scene.icons = _icons(rng)
    return scene


def _icons(rng: np.random.Generator) -> list[Icon]:
    n = int(rng.choice([1, 2, 3, 4, 5], p=[0.12, 0.2, 0.26, 0.24, 0.18]))
    # a few types, repeated: counts above one are common
    types = list(rng.choice(ICONS, size=int(rng.integers(1, min(n, 3) + 1)), replace=False))
    # hearts and smileys repeat only when nothing else was chosen (their colour questions need exactly one)
    repeats = [t for t in types if t not in ("heart", "smiley")] or types
    kinds = [str(types[i]) if i < len(types) else str(repeats[int(rng.integers(len(repeats)))]) for i in range(n)]
    rng.shuffle(kinds)
    placed: list[Icon] = []
    for kind in kinds:
        for _ in range(400):
            size = float(rng.uniform(0.2, 0.36 if n <= 3 else 0.28))
            x, y = (float(v) for v in rng.uniform(size / 2 + 0.03, 1 - size / 2 - 0.03, 2))
            if all(max(abs(x - o.x), abs(y - o.y)) > (size + o.size) / 2 + 0.02 for o in placed):
                break
        else:
            continue  # no room left: fewer icons
        colour, detail = _icon_colour(kind, rng)
        placed.append(Icon(kind, colour, x, y, size, detail))
    return placed


def _icon_colour(kind: str, rng: np.random.Generator) -> tuple[str, str]:
    def pick(options: list[str]) -> str:
        return options[int(rng.integers(len(options)))]

    if kind == "house":
        body = pick(["red", "blue", "orange", "gray", "yellow", "purple"])
        return body, "roof " + pick([c for c in ("red", "blue", "gray", "purple", "orange") if c != body])
    if kind == "sun":
        return pick(["yellow", "yellow", "orange"]), pick(["8 rays", "12 rays"])
    if kind == "tree":
        return "green", ""
    if kind == "heart":
        return pick(["red", "red", "pink", "purple", "blue", "orange", "green"]), ""
    if kind == "star":
        return pick(["yellow", "orange", "red", "blue", "purple", "green"]), ""
    if kind == "arrow":
        return pick(["blue", "red", "green", "orange", "purple", "gray"]), pick(["right", "left", "up", "down"])
    return ("yellow" if rng.random() < 0.5 else pick(["orange", "green", "blue", "pink"])), ""


# ---------------------------------------------------------------------------------------------------- drawing


def _font(px: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype("DejaVuSans.ttf", max(int(px), 6))
    except OSError:
        return ImageFont.load_default(size=max(int(px), 6))


class Painter:
    def __init__(self, size: int, background: tuple[int, int, int], rng: np.random.Generator):
        self.side = size * SUPER
        self.size = size
        self.image = Image.new("RGB", (self.side, self.side), background)
        self.draw = ImageDraw.Draw(self.image)
        self.rng = rng

    def colour(self, name: str) -> tuple[int, int, int]:
        jitter = self.rng.integers(-12, 13, 3)
        red, green, blue = (int(np.clip(c + j, 0, 255)) for c, j in zip(COLOURS[name], jitter, strict=True))
        return red, green, blue

    def px(self, fraction: float) -> float:
        return fraction * self.side

    def text(self, xy: tuple[float, float], text: str, height: float, anchor: str) -> None:
        self.draw.text(xy, text, fill=BLACK, font=_font(height), anchor=anchor)

    def result(self) -> Image.Image:
        return self.image.resize((self.size, self.size), Image.Resampling.LANCZOS)


def draw(scene: Scene, size: int, rng: np.random.Generator) -> Image.Image:
    painter = Painter(size, scene.background, rng)
    if scene.kind == "bars":
        _draw_bars(scene, painter)
    elif scene.kind == "pie":
        _draw_pie(scene, painter)
    else:
        for icon in scene.icons:
            _draw_icon(icon, painter)
    return painter.result()


def _draw_bars(scene: Scene, p: Painter) -> None:
    line = SUPER * (1 if p.size <= 160 else 2)
    left, right = p.px(0.12), p.px(0.94)
    top = p.px(0.2 if scene.title else 0.08)
    base = p.px(0.86 if scene.labels else 0.9)
    plot = base - top
    slot = (right - left) / len(scene.colours)
    fill = float(p.rng.uniform(0.5, 0.75))
    for i, (name, value) in enumerate(zip(scene.colours, scene.values, strict=True)):
        middle = left + (i + 0.5) * slot
        half = slot * fill / 2
        p.draw.rectangle([middle - half, base - value * plot, middle + half, base - line / 2], fill=p.colour(name))
        if scene.labels:  # small black text, shrunk to fit its slot
            label, height = scene.labels[i], p.px(0.05)
            while height > p.px(0.025) and _font(height).getlength(label) > 0.9 * slot:
                height *= 0.9
            p.text((middle, base + p.px(0.02)), label, height, "mt")
    p.draw.line([(left - p.px(0.02), base), (right, base)], fill=BLACK, width=line)
    if scene.y_axis:
        p.draw.line([(left, base + line / 2), (left, top - p.px(0.02))], fill=BLACK, width=line)
    if scene.title:
        p.text((p.side / 2, p.px(0.08)), scene.title, p.px(0.07), "mm")


def _draw_pie(scene: Scene, p: Painter) -> None:
    if scene.labels:
        cx, cy, r = p.px(0.36), p.px(0.5), p.px(0.3)
    else:
        cx, cy, r = p.px(0.5), p.px(0.5), p.px(0.4)
    angle = float(p.rng.uniform(0, 360))
    bounds = []
    for name, value in zip(scene.colours, scene.values, strict=True):
        end = angle + 360 * value
        p.draw.pieslice([cx - r, cy - r, cx + r, cy + r], angle, end, fill=p.colour(name))
        bounds.append(angle)
        angle = end
    if scene.separators:
        width = SUPER * int(p.rng.integers(1, 3))
        for a in bounds:
            x, y = cx + r * 1.01 * math.cos(math.radians(a)), cy + r * 1.01 * math.sin(math.radians(a))
            p.draw.line([(cx, cy), (x, y)], fill=(255, 255, 255), width=width)
    if scene.labels:
        box = p.px(0.05)
        gap = p.px(0.09)
        y0 = cy - gap * (len(scene.labels) - 1) / 2
        for i, (name, label) in enumerate(zip(scene.colours, scene.labels, strict=True)):
            y = y0 + i * gap
            x = p.px(0.72)
            p.draw.rectangle([x, y - box / 2, x + box, y + box / 2], fill=p.colour(name))
            p.text((x + box + p.px(0.025), y), label, p.px(0.05), "lm")


def _draw_icon(icon: Icon, p: Painter) -> None:
    cx, cy, s = p.px(icon.x), p.px(icon.y), p.px(icon.size)
    d = p.draw
    colour = p.colour(icon.colour)
    if icon.kind == "house":
        roof = p.colour(icon.detail.split()[-1])
        d.rectangle([cx - 0.36 * s, cy - 0.04 * s, cx + 0.36 * s, cy + 0.46 * s], fill=colour)
        d.polygon([(cx - 0.48 * s, cy - 0.02 * s), (cx + 0.48 * s, cy - 0.02 * s), (cx, cy - 0.46 * s)], fill=roof)
        if p.rng.random() < 0.5:
            d.rectangle([cx - 0.08 * s, cy + 0.2 * s, cx + 0.08 * s, cy + 0.46 * s], fill=(255, 255, 255))
    elif icon.kind == "sun":
        rays = int(icon.detail.split()[0])
        for k in range(rays):
            a = 2 * math.pi * k / rays
            inner, outer = 0.32 * s, 0.48 * s
            start = (cx + inner * math.cos(a), cy + inner * math.sin(a))
            end = (cx + outer * math.cos(a), cy + outer * math.sin(a))
            d.line([start, end], fill=colour, width=max(int(0.05 * s), SUPER))
        d.ellipse([cx - 0.26 * s, cy - 0.26 * s, cx + 0.26 * s, cy + 0.26 * s], fill=colour)
    elif icon.kind == "tree":
        d.rectangle([cx - 0.07 * s, cy + 0.08 * s, cx + 0.07 * s, cy + 0.48 * s], fill=BROWN)
        d.ellipse([cx - 0.32 * s, cy - 0.46 * s, cx + 0.32 * s, cy + 0.18 * s], fill=colour)
    elif icon.kind == "heart":
        t = np.linspace(0, 2 * math.pi, 120)
        xs = 16 * np.sin(t) ** 3
        ys = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
        scale = 0.94 * s / 32
        middle = (ys.max() + ys.min()) / 2
        d.polygon([(cx + x * scale, cy + (y - middle) * scale) for x, y in zip(xs, ys, strict=True)], fill=colour)
    elif icon.kind == "star":
        points = []
        for k in range(10):
            a = -math.pi / 2 + math.pi * k / 5
            r = 0.5 * s if k % 2 == 0 else 0.2 * s
            points.append((cx + r * math.cos(a), cy + 0.05 * s + r * math.sin(a)))
        d.polygon(points, fill=colour)
    elif icon.kind == "arrow":
        shape = [(-0.46, -0.1), (0.08, -0.1), (0.08, -0.3), (0.48, 0.0), (0.08, 0.3), (0.08, 0.1), (-0.46, 0.1)]
        turn = {"right": 0, "down": 90, "left": 180, "up": 270}[icon.detail]
        c, si = math.cos(math.radians(turn)), math.sin(math.radians(turn))
        d.polygon([(cx + s * (x * c - y * si), cy + s * (x * si + y * c)) for x, y in shape], fill=colour)
    else:  # smiley
        d.ellipse([cx - 0.46 * s, cy - 0.46 * s, cx + 0.46 * s, cy + 0.46 * s], fill=colour)
        for side in (-1, 1):
            ex = cx + side * 0.16 * s
            d.ellipse([ex - 0.055 * s, cy - 0.22 * s, ex + 0.055 * s, cy - 0.06 * s], fill=BLACK)
        d.arc([cx - 0.26 * s, cy - 0.18 * s, cx + 0.26 * s, cy + 0.28 * s], 20, 160, fill=BLACK, width=int(0.05 * s))


# ---------------------------------------------------------------------------------------------------- questions


class Asker(common.Picker):
    """Question makers for one scene; each returns None when it cannot make its question (with the wanted answer)."""

    def __init__(self, scene: Scene, rng: np.random.Generator):
        self.scene = scene
        self.rng = rng
        # icon kinds absent from the picture whose count may still be asked (a few zeros)
        self.zeros = {kind for kind in ICONS if rng.random() < 0.25}

    def colour_word(self) -> str:
        return self.pick(["colour", "color"])

    def value(self, colour: str) -> float:
        return self.scene.values[self.scene.colours.index(colour)]

    def two(self) -> tuple[str, str]:
        a, b = self.rng.permutation(self.scene.colours)[:2]
        return str(a), str(b)

    # bars

    def bar_count(self, want: str) -> Question:
        text = self.pick(
            ["How many bars are there?", "How many bars does the chart have?", "How many bars are in the chart?"]
        )
        return Question(text, str(len(self.scene.colours)), "bars: how many bars")

    def tallest(self, want: str) -> Question:
        best = max(self.scene.colours, key=self.value)
        text = self.pick(
            [f"What {self.colour_word()} is the tallest bar?", f"What {self.colour_word()} is the highest bar?"]
        )
        return Question(text, best, "bars: colour of the tallest")

    def bar_compare(self, want: str) -> Question | None:
        for _ in range(20):
            a, b = self.two()
            taller = self.value(a) > self.value(b)
            word = self.pick(["taller", "shorter"])
            truth = taller if word == "taller" else not taller
            if ("yes" if truth else "no") == want:
                text = f"Is the {a} bar {word} than the {b} bar?"
                topic = " ".join(sorted((a, b)))
                return Question(text, want, "bars: is C1 taller/shorter than C2", topic=topic)
        return None

    def shortest(self, want: str) -> Question:
        colours = self.scene.colours
        i = min(range(len(colours)), key=lambda k: self.scene.values[k])
        text = self.pick(["Which bar is the shortest?", "Which bar is shortest?", "Which is the shortest bar?"])
        also = (self.scene.labels[i],) if self.scene.labels else ()
        return Question(text, colours[i], "bars: which bar is the shortest", also)

    def taller_than(self, want: str) -> Question:
        c = "green" if "green" in self.scene.colours and self.rng.random() < 0.5 else self.pick(self.scene.colours)
        n = sum(v > self.value(c) for v in self.scene.values)
        text = self.pick([f"How many bars are taller than the {c} one?", f"How many bars are taller than the {c} bar?"])
        return Question(text, str(n), "bars: how many taller than C")

    def bar_value(self, want: str) -> Question:
        c = self.pick(self.scene.colours)
        text = self.pick([f"What is the value of the {c} bar?", f"What value does the {c} bar show?"])
        return Question(text, UNANSWERABLE, "bars: value of the C bar (unanswerable)")

    def title(self, want: str) -> Question | None:
        if not self.scene.title:
            return None
        text = self.pick(["What does the title say?", "What is the title of the chart?"])
        return Question(text, self.scene.title, "bars: what does the title say")

    # pie

    def slice_count(self, want: str) -> Question:
        text = self.pick(
            [
                "How many slices does the pie chart have?",
                "How many slices are there?",
                "How many slices are in the pie?",
            ]
        )
        return Question(text, str(len(self.scene.colours)), "pie: how many slices")

    def biggest(self, want: str) -> Question:
        best = max(self.scene.colours, key=self.value)
        text = self.pick(
            [f"Which {self.colour_word()} has the biggest slice?", f"Which {self.colour_word()} is the largest slice?"]
        )
        return Question(text, best, "pie: colour of the biggest slice")

    def smallest(self, want: str) -> Question:
        least = min(self.scene.colours, key=self.value)
        text = f"Which {self.colour_word()} has the smallest slice?"
        return Question(text, least, "pie: colour of the smallest slice")

    def slice_compare(self, want: str) -> Question | None:
        for _ in range(20):
            a, b = self.two()
            word = self.pick(["bigger", "larger"])
            if ("yes" if self.value(a) > self.value(b) else "no") == want:
                text = f"Is the {a} slice {word} than the {b} slice?"
                topic = " ".join(sorted((a, b)))
                return Question(text, want, "pie: is C1 bigger than C2", topic=topic)
        return None

    def percentage(self, want: str) -> Question:
        c = self.pick(self.scene.colours)
        text = self.pick([f"What percentage is the {c} slice?", f"What percent of the pie is the {c} slice?"])
        return Question(text, UNANSWERABLE, "pie: percentage of the C slice (unanswerable)")

    # icons

    def count_of(self, kind: str) -> int:
        return sum(icon.kind == kind for icon in self.scene.icons)

    def how_many(self, kind: str, texts: list[str]) -> Callable[[str], Question | None]:
        def make(want: str) -> Question | None:
            n = self.count_of(kind)
            if n == 0 and kind not in self.zeros:  # a few zeros, mostly icons that are there
                return None
            return Question(self.pick(texts), str(n), f"icons: how many {kind}s")

        return make

    def sun(self, want: str) -> Question:
        text = self.pick(["Is there a sun?", "Is there a sun in the picture?"])
        return Question(text, "yes" if self.count_of("sun") else "no", "icons: is there a sun")

    def heart_colour(self, want: str) -> Question | None:
        hearts = [icon for icon in self.scene.icons if icon.kind == "heart"]
        if len(hearts) != 1:
            return None
        return Question(f"What {self.colour_word()} is the heart?", hearts[0].colour, "icons: colour of the heart")

    def smiley_yellow(self, want: str) -> Question | None:
        faces = [icon for icon in self.scene.icons if icon.kind == "smiley"]
        if len(faces) != 1:
            return None
        text = self.pick(["Is the smiley face yellow?", "Is the smiley yellow?"])
        return Question(text, "yes" if faces[0].colour == "yellow" else "no", "icons: is the smiley yellow")

    def things(self, want: str) -> Question:
        text = self.pick(["How many things are in the picture?", "How many things are there?"])
        return Question(text, str(len(self.scene.icons)), "icons: how many things")

    def shapes(self, want: str) -> Question | None:
        if not all(icon.kind in SINGLE_SHAPE_ICONS for icon in self.scene.icons):
            return None
        return Question("How many shapes are there?", str(len(self.scene.icons)), "icons: how many shapes")


def questions(scene: Scene, rng: np.random.Generator, per_image: int) -> list[Question]:
    asker = Asker(scene, rng)
    makers: list[tuple[float, Callable[[str], Question | None]]]
    if scene.kind == "bars":
        makers = [
            (1.0, asker.bar_count),
            (1.0, asker.tallest),
            (1.6, asker.bar_compare),
            (1.0, asker.shortest),
            (1.0, asker.taller_than),
            (0.6, asker.bar_value),
            (1.0, asker.title),
        ]
    elif scene.kind == "pie":
        makers = [
            (1.0, asker.slice_count),
            (1.0, asker.biggest),
            (0.7, asker.smallest),
            (2.0, asker.slice_compare),
            (0.6, asker.percentage),
        ]
    else:
        makers = [
            (1.0, asker.how_many("house", ["How many houses are there?", "How many houses are in the picture?"])),
            (1.0, asker.sun),
            (1.0, asker.heart_colour),
            (1.0, asker.how_many("star", ["How many stars?", "How many stars are there?"])),
            (1.0, asker.how_many("tree", ["How many trees are there?", "How many trees?"])),
            (1.0, asker.smiley_yellow),
            (1.0, asker.things),
            (1.0, asker.shapes),
        ]

    def admit(question: Question, made: list[Question], attempt: int) -> bool:
        """At most one unanswerable question per image."""
        return question.gold != UNANSWERABLE or all(m.gold != UNANSWERABLE for m in made)

    def topic(question: Question) -> tuple[str, str]:
        return question.kind, question.topic

    return common.pick_balanced(makers, rng, per_image, per_image * 8, key=topic, admit=admit)


# ---------------------------------------------------------------------------------------------------- scoring

ALIASES = {"grey": "gray", "violet": "purple", "zero": "0", "none": "0", "no one": "0"}
ALIASES |= {w: str(i) for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven"]) if i}


def _normal(text: str) -> str:
    text = re.sub(r"[^\w\s%]", " ", text.strip().lower())
    text = " ".join(text.split())
    for lead in ("the ", "a ", "an "):
        if text.startswith(lead):
            text = text[len(lead) :]
    return ALIASES.get(text, text)


def outcome(status: str, said: str, question: Question) -> str:
    refused = status != "ok" or _normal(said) == "unknown"
    if question.gold == UNANSWERABLE:
        return "right" if refused else "wrong"
    if status == "error":
        return "planning error"
    if refused:
        return "unknown"
    return "right" if _normal(said) in {_normal(g) for g in (question.gold, *question.also)} else "wrong"


def _wording(text: str, scene: Scene) -> str:
    if scene.title:
        text = text.replace(scene.title, "TITLE")
    return common.wording(text, {"C": COLOURS})


def _answer_group(gold: str) -> str:
    return "unanswerable" if gold == UNANSWERABLE else common.answer_group(gold, COLOURS, "a text")


def run(images: int, seed: int, size: int, kind: str, per_image: int, perception: str, show_failures: bool) -> None:
    rng = np.random.default_rng(seed)
    tables = common.new_tables()
    overall: Counter = Counter()
    refusals: Counter = Counter()
    failures: list[dict] = []
    kept = common.FailureImages(FAILURE_DIR, f"s{seed}_{size}px_*")
    kinds = KINDS if kind == "all" else (kind,)
    started = time.perf_counter()

    def picture(index: int, path: Path) -> tuple[Scene, list[Question]]:
        scene = generate(kinds[index % len(kinds)], rng)
        draw(scene, size, rng).save(path)
        return scene, questions(scene, rng, per_image)

    for index, scene, path, item, result in common.ask_pictures(images, picture, perception, "infographic"):
        verdict = outcome(result.status, result.answer, item)
        overall[verdict] += 1
        tables["kind"][scene.kind][verdict] += 1
        tables["question type"][item.kind][verdict] += 1
        tables["gold answer"][_answer_group(item.gold)][verdict] += 1
        tables["answerable or not"]["unanswerable" if item.gold == UNANSWERABLE else "answerable"][verdict] += 1
        tables["items in the picture (bars, slices or icons)"][f"{scene.kind} {scene.items()}"][verdict] += 1
        tables["wording"][_wording(item.text, scene)][verdict] += 1
        if item.gold == UNANSWERABLE and verdict == "right":
            refusals["planning error" if result.status == "error" else "unknown"] += 1
        if verdict != "right":
            saved = kept.keep(path, f"s{seed}_{size}px_{index:04d}_{scene.kind}.png")
            details = {"scene": scene.describe(), "wording": _wording(item.text, scene), "kind": item.kind}
            failures.append(common.failure(verdict, item.text, item.gold, result, saved, **details))
    seconds = time.perf_counter() - started
    print(
        f"{sum(overall.values())} questions on {images} infographic images ({size}x{size} px, kind {kind}),"
        f" seed {seed}, perception={perception}, {seconds:.0f} s"
    )
    print(common.tally_row("all", overall, 52))
    refused = sum(refusals.values())
    if refused:
        print(
            f"  (unanswerable questions refused: {refused}, of which answer unknown {refusals['unknown']},"
            f" planning error {refusals['planning error']})"
        )
    common.print_tables(
        tables,
        ("kind", "question type", "gold answer", "answerable or not", "items in the picture (bars, slices or icons)"),
        52,
    )
    common.print_wordings(
        "by wording (colour words as C, a drawn title as TITLE; 5 or more asked):", tables["wording"], 52
    )
    common.print_counts("failing wordings:", Counter(f["wording"] for f in failures))
    wrong = [f for f in failures if f["outcome"] == "wrong"]
    patterns = Counter((f["kind"], _normal(f["said"]), _normal(f["gold"])) for f in wrong)
    example = {}
    for f in wrong:
        example.setdefault((f["kind"], _normal(f["said"]), _normal(f["gold"])), f["path"])
    print("most frequent confidently wrong answers (question type: said -> gold, an image):")
    for key, n in patterns.most_common(15):
        print(f"  {n:3d}  {key[0]}: {key[1]!r} -> {key[2]!r}  e.g. {example[key]}")
    said_by_kind = Counter((f["kind"], _normal(f["said"])) for f in wrong)
    print("confidently wrong, by question type and what was said (any gold):")
    for (question_type, said), n in said_by_kind.most_common(15):
        print(f"  {n:3d}  {question_type}: {said!r}")
    common.report_failures(
        failures,
        f"; their images in {FAILURE_DIR}",
        show_failures,
        lambda f: f"- {f['outcome']} [{f['kind']}] {f['scene']}",
    )


def main() -> None:
    parser = common.command_line(__doc__)
    parser.add_argument("--size", type=int, default=256, help="picture side in px (drawn at 4x, then downsampled)")
    parser.add_argument("--kind", choices=[*KINDS, "all"], default="all", help="all: bars, pie and icons in turn")
    common.asking_arguments(parser)
    parser.add_argument("--save-examples", type=int, default=0, help="only write N example images to /tmp, no asking")
    args = parser.parse_args()
    if args.save_examples:
        save_examples(args.save_examples, args.seed, args.size, args.kind, args.per_image)
        return
    run(args.images, args.seed, args.size, args.kind, args.per_image, args.perception, args.show_failures)


def save_examples(count: int, seed: int, size: int, kind: str, per_image: int) -> None:
    """Draw the first ``count`` images of a run (same draws) with their questions and golds, without asking nsvr."""
    rng = np.random.default_rng(seed)
    folder = Path("/tmp/infographic_examples")
    folder.mkdir(parents=True, exist_ok=True)
    kinds = KINDS if kind == "all" else (kind,)
    for index in range(count):
        scene = generate(kinds[index % len(kinds)], rng)
        path = folder / f"s{seed}_{size}px_{index:04d}_{scene.kind}.png"
        draw(scene, size, rng).save(path)
        print(f"{path}: {scene.describe()}")
        for item in questions(scene, rng, per_image):
            also = f" (also {', '.join(item.also)})" if item.also else ""
            print(f"    {item.text}  gold: {item.gold!r}{also}  [{item.kind}]")


if __name__ == "__main__":
    main()
