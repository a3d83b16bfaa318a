"""Labelled diagrams (flowcharts, slide diagrams, labelled worksheets), end to end: a check of nsvr on pictures whose
shapes carry short text labels, some joined by arrows, asked in ordinary wordings.

Written blind: from a brief alone, without reading nsvr's perception code, its parser, its tests or the other benchmark
generators (only shape_bench_common.py and shape_scenes_nmn.py, for the structure, and the signature of
``nsvr.agent.ask.ask``). The generator and its gold answers were fixed before nsvr answered any of its questions and
were not adjusted afterwards.

The pictures. Each is 340-640 px wide, on a white or very light background, drawn with PIL at 4x and downsampled
(Lanczos). It holds 2-6 flat filled shapes laid out on an invisible grid (one row, one column, or 2-3 rows): rectangles,
rounded rectangles, circles or ellipses (never both in one picture), diamonds and upward triangles, each in one of
red, blue, green, orange, purple, yellow, gray, pink, light blue and light green, some with a thin darker outline.
Every shape holds one short label INSIDE it (one or two common English words or a number: "Start", "Check input",
"Step 2", "Sales", "42"), one line, in DejaVu Sans (regular or bold) 14-28 px, white on dark fills and black on light
ones (orange, yellow, pink, light blue, light green). Labels are distinct within a picture and are never colour or
shape words. In about half the pictures the shapes are chained by thin dark arrows with filled heads, as in a
flowchart: straight between neighbours, and elbow (down, across, down) from the end of one row to the start of the
next. About 40% of the pictures carry a bold title line above the shapes; no label repeats a title word.

Conventions (the gold answers follow them):

- A *shape* is one of the filled figures. Arrows, arrow heads, the title and the labels are not shapes.
- "box" and "rectangle" mean rectangles and rounded rectangles alike. A picture's round shapes are either all circles
  or all ellipses; "circle" is only asked about where no ellipse is drawn, "oval" only where no circle is drawn.
- Colours are the names above. A base colour word ("blue", "green") is only asked about where no shape has its light
  variant ("light blue", "light green"); "What colour is ...?" of a light-blue shape accepts "light blue" or "blue",
  and "gray" / "grey" are one colour.
- A shape is named by a description that exactly one shape fits ("the red box", "the circle", "the blue shape") or by
  its label ("the Start box", "the box that says Start", "the shape labelled 42").
- Positions use drawn extents with clear margins: A is left of B when A's right edge is at least 15 px left of B's
  left edge (and "no" is only asked when B is that clearly left of A); likewise above / below / right of. Pairs that
  overlap on the asked axis are never asked. "At the top" (bottom, leftmost, rightmost) is only asked where one shape's
  centre lies beyond the near edge of every other shape on that axis.
- "Which shape is at the top?" accepts the shape's label, or its shape word / "colour shape-word" where those name
  it uniquely.

Question types (about 5 per picture, yes and no balanced within each yes/no type):

- count: "How many shapes are there?", "How many boxes?", "How many circles are there?", "how many green shapes"
  (also colour + shape word, and a few zeros);
- text: "What does the red box say?", "What is written in the circle?", "Which word is in the blue shape?",
  "Is there a shape labelled Stop?", "Does the diamond say Yes?";
- attribute of a labelled shape: "What colour is the box that says Start?", "What shape is the Stop label in?";
- position: "Is the Start box left of the Stop box?" (also right of / above / below), "Which shape is at the top?",
  "What does the leftmost shape say?";
- existence: "Is there a triangle?", "Is there a purple shape?" (yes and no).

Scoring: each image is written to a PNG file and asked as ``nsvr ask`` asks (the embedded parser, default perception),
through shape_bench_common's ask loop. An answer is right when, compared case-insensitively with surrounding
punctuation and a leading "the" / "a" / "an" stripped (and number words read as digits, "grey" as "gray"), it equals
the gold answer or one of its listed alternatives; unknown when the status is not ok or the answer is "unknown"
(planning errors counted apart inside unknown); otherwise confidently wrong. The script prints the totals, tables by
question type, by arrows or none, by gold answer kind, by shapes per picture and by title, and with ``--show-failures``
every unknown and wrong answer with the picture's contents and what nsvr saw; failing pictures are saved to
/tmp/diagram_failures/.

    python examples/benchmarks/shape_scenes_diagrams.py                  # 120 pictures x 5 questions, seed 0
    python examples/benchmarks/shape_scenes_diagrams.py --n-images 20 --show-failures
"""

from __future__ import annotations

import math
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))

import shape_bench_common  # noqa: E402
from shape_bench_common import ask_all, print_shares  # noqa: E402

FAILURE_DIR = Path("/tmp/diagram_failures")
SUPER = 4
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {False: FONT_DIR / "DejaVuSans.ttf", True: FONT_DIR / "DejaVuSans-Bold.ttf"}

# fill colour, and whether its label is written in white (else black)
COLOURS: dict[str, tuple[tuple[int, int, int], bool]] = {
    "red": ((220, 40, 40), True),
    "blue": ((40, 90, 210), True),
    "green": ((40, 160, 60), True),
    "orange": ((250, 140, 20), False),
    "purple": ((130, 60, 180), True),
    "yellow": ((250, 215, 40), False),
    "gray": ((130, 130, 130), True),
    "pink": ((245, 120, 180), False),
    "light blue": ((170, 210, 240), False),
    "light green": ((170, 230, 160), False),
}
LIGHT = {"light blue": "blue", "light green": "green"}
COLOUR_GOLD = {"gray": "gray|grey", "light blue": "light blue|blue", "light green": "light green|green"}
COLOUR_GOLD |= {"purple": "purple|violet"}
BACKGROUNDS = [(255, 255, 255), (255, 255, 255), (250, 250, 250), (250, 250, 244), (245, 248, 252)]

KINDS = ("rectangle", "rounded", "round", "diamond", "triangle")
KIND_WEIGHTS = (0.3, 0.18, 0.2, 0.17, 0.15)
NOUN = {"rectangle": "box", "rounded": "box", "circle": "circle", "ellipse": "oval", "diamond": "diamond"}
NOUN |= {"triangle": "triangle"}
PLURAL = {"box": "boxes", "rectangle": "rectangles", "circle": "circles", "oval": "ovals", "diamond": "diamonds"}
PLURAL |= {"triangle": "triangles", "shape": "shapes"}
SHAPE_GOLD = {
    "rectangle": "rectangle|box",
    "rounded": "rectangle|box|rounded rectangle|rounded box",
    "circle": "circle",
    "ellipse": "oval|ellipse",
    "diamond": "diamond|rhombus",
    "triangle": "triangle",
}
NOUNS = ("box", "rectangle", "circle", "oval", "diamond", "triangle")

LABELS = [
    "Start", "Stop", "End", "Yes", "No", "Check input", "Step 1", "Step 2", "Step 3", "Step 4", "Process",
    "Save file", "Print", "Retry", "Login", "Error", "Done", "Load data", "Send email", "Review", "Approve", "Input",
    "Output", "Wait", "Sales", "Marketing", "Finance", "Team", "Goals", "Ideas", "Budget", "Users", "Data", "Cloud",
    "Server", "Client", "Home", "Profile", "Settings", "Apple", "Tree", "House", "Dog", "Cat", "Sun", "Book", "Music",
    "Water", "42", "7", "15", "100", "3", "25", "8", "64",
]  # fmt: skip
TITLES = [
    "Order process", "Login flow", "Quarterly review", "Project plan", "Worksheet 4", "Team overview", "How it works",
    "Checkout steps", "Data pipeline", "Lesson 3", "System design", "Weekly tasks",
]  # fmt: skip


@dataclass
class Shape:
    kind: str  # rectangle, rounded, circle, ellipse, diamond, triangle
    colour: str
    label: str
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in output pixels
    row: int
    col: int
    font_size: int = 0
    bold: bool = False

    @property
    def cx(self) -> float:
        return (self.box[0] + self.box[2]) / 2

    @property
    def cy(self) -> float:
        return (self.box[1] + self.box[3]) / 2

    @property
    def noun(self) -> str:
        return NOUN[self.kind]

    def describe(self) -> str:
        x0, y0, x1, y1 = (round(v) for v in self.box)
        return f"{self.colour} {self.kind} '{self.label}' ({x0},{y0})-({x1},{y1})"


@dataclass
class Question:
    text: str
    answer: str  # gold; alternatives separated by "|"
    kind: str


@dataclass
class Scene:
    index: int
    image: np.ndarray
    shapes: list[Shape]
    arrows: bool
    title: str | None
    questions: list[Question] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------------- drawing

_font_cache: dict[tuple[int, bool], ImageFont.FreeTypeFont] = {}


def font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    key = (size, bold)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(str(FONTS[bold]), size)
    return _font_cache[key]


def text_size(label: str, size: int, bold: bool) -> tuple[float, float]:
    f = font(size, bold)
    x0, _, x1, _ = f.getbbox(label)
    _, y0, _, y1 = f.getbbox("Hg")
    return float(x1 - x0), float(y1 - y0)


def needed(kind: str, tw: float, th: float, rng: np.random.Generator) -> tuple[float, float]:
    """The smallest (width, height) of a ``kind`` shape that holds a tw x th label with some room."""
    if kind in ("rectangle", "rounded"):
        h = th + 2 * rng.uniform(10, 18)
        return max(tw + 2 * rng.uniform(12, 22), 1.5 * h), h
    if kind == "circle":
        d = max(math.hypot(tw, th) + 14, 46)
        return d, d
    if kind == "ellipse":
        k = rng.uniform(1.45, 1.8)
        a = math.sqrt(((tw / 2) ** 2 + (th / 2 * k) ** 2) / 0.72)
        a = max(a, 30)
        return 2 * a, 2 * a / k
    if kind == "diamond":
        r = rng.uniform(1.3, 1.7)
        h = max((tw / r + th) / 0.78, 44)
        return r * h, h
    # triangle: base wider than height, label in its lower part
    r = rng.uniform(1.1, 1.35)
    pad = 6
    h = max(((tw + 2 * pad) / r + pad + th) * 1.15, 50)
    return r * h, h


def text_centre(shape: Shape) -> tuple[float, float]:
    if shape.kind != "triangle":
        return shape.cx, shape.cy
    _, th = text_size(shape.label, shape.font_size, shape.bold)
    h = shape.box[3] - shape.box[1]
    return shape.cx, shape.box[3] - 6 - th / 2 - 0.06 * h


def edge(shape: Shape, direction: str) -> tuple[float, float]:
    """Where a ray from the shape's centre along an axis leaves it."""
    x0, y0, x1, y1 = shape.box
    cx, cy = shape.cx, shape.cy
    if direction == "up":
        return cx, y0
    if direction == "down":
        return cx, y1
    half = (x1 - x0) / 2 if shape.kind != "triangle" else (x1 - x0) / 4
    return (cx + half, cy) if direction == "right" else (cx - half, cy)


def draw_arrow(draw: ImageDraw.ImageDraw, points: list[tuple[float, float]], colour: tuple[int, int, int]) -> None:
    s = SUPER
    (px, py), (qx, qy) = points[-2], points[-1]
    length = math.hypot(qx - px, qy - py) or 1.0
    ux, uy = (qx - px) / length, (qy - py) / length
    head, half = 9.0, 4.5
    base = (qx - ux * head, qy - uy * head)
    line = [*points[:-1], base]
    draw.line([(x * s, y * s) for x, y in line], fill=colour, width=2 * s, joint="curve")
    tip = [(qx, qy), (base[0] - uy * half, base[1] + ux * half), (base[0] + uy * half, base[1] - ux * half)]
    draw.polygon([(x * s, y * s) for x, y in tip], fill=colour)


def render(
    width: int,
    height: int,
    background: tuple[int, int, int],
    shapes: list[Shape],
    arrows: list[list[tuple[float, float]]],
    title: tuple[str, int, float, float] | None,
    outline: bool,
) -> Image.Image:
    s = SUPER
    big = Image.new("RGB", (width * s, height * s), background)
    draw = ImageDraw.Draw(big)
    for shape in shapes:
        fill, white = COLOURS[shape.colour]
        edge_colour = tuple(int(c * 0.6) for c in fill) if outline else None
        lw = 2 * s if outline else 0
        x0, y0, x1, y1 = (v * s for v in shape.box)
        if shape.kind == "rectangle":
            draw.rectangle((x0, y0, x1, y1), fill=fill, outline=edge_colour, width=lw)
        elif shape.kind == "rounded":
            radius = min((y1 - y0) / 2, 12 * s)
            draw.rounded_rectangle((x0, y0, x1, y1), radius=radius, fill=fill, outline=edge_colour, width=lw)
        elif shape.kind in ("circle", "ellipse"):
            draw.ellipse((x0, y0, x1, y1), fill=fill, outline=edge_colour, width=lw)
        elif shape.kind == "diamond":
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            draw.polygon([(cx, y0), (x1, cy), (cx, y1), (x0, cy)], fill=fill, outline=edge_colour, width=lw)
        else:
            draw.polygon([((x0 + x1) / 2, y0), (x1, y1), (x0, y1)], fill=fill, outline=edge_colour, width=lw)
        tx, ty = text_centre(shape)
        ink = (255, 255, 255) if white else (0, 0, 0)
        draw.text((tx * s, ty * s), shape.label, font=font(shape.font_size * s, shape.bold), fill=ink, anchor="mm")
    for points in arrows:
        draw_arrow(draw, points, (45, 45, 45))
    if title:
        text, size, tx, ty = title
        draw.text((tx * s, ty * s), text, font=font(size * s, True), fill=(30, 30, 30), anchor="lm")
    return big.resize((width, height), Image.Resampling.LANCZOS)


def layouts(n: int, width: int) -> list[tuple[int, int]]:
    """(rows, cols) grids that hold n shapes with cells at least 110 px wide."""
    usable = width - 40
    options = []
    if usable / n >= 110 and n <= 4:
        options.append((1, n))
    if n <= 4:
        options.append((n, 1))
    for rows in (2, 3):
        cols = math.ceil(n / rows)
        if cols >= 2 and usable / cols >= 110 and (rows - 1) * cols < n:
            options.append((rows, cols))
    return options


def generate(index: int, rng: np.random.Generator) -> Scene | None:
    n = int(rng.choice([2, 3, 4, 5, 6], p=[0.15, 0.25, 0.25, 0.2, 0.15]))
    width = int(rng.integers(340, 641))
    options = layouts(n, width)
    if not options:
        return None
    rows, cols = options[int(rng.integers(len(options)))]
    with_arrows = bool(rng.random() < 0.5)
    title_text = TITLES[int(rng.integers(len(TITLES)))] if rng.random() < 0.4 else None
    cell_w = (width - 40) / cols
    cell_h = float(rng.uniform(85, 115) if cols == 1 else rng.uniform(95, 130))
    title_h = 0.0
    title = None
    if title_text:
        size = int(rng.integers(18, 25))
        title_h = size + 18.0
        title = (title_text, size, 20.0 + float(rng.uniform(0, 20)), 14 + size / 2)
    height = int(round(title_h + rows * cell_h + 30))
    top = title_h + 15
    # which cells, in chain order
    order = [(r, c) for r in range(rows) for c in range(cols)]
    snake = with_arrows and rows > 1 and cols > 1 and rng.random() < 0.5
    if snake:
        order = [(r, c if r % 2 == 0 else cols - 1 - c) for r in range(rows) for c in range(cols)]
    if with_arrows:
        cells = order[:n]
    else:
        picked = sorted(int(i) for i in rng.permutation(len(order))[:n])
        cells = [order[i] for i in picked]
    round_kind = "circle" if rng.random() < 0.6 else "ellipse"
    if rng.random() < 0.3:  # a slide with one or two colours
        palette = [str(c) for c in rng.permutation(list(COLOURS))[: int(rng.integers(1, 3))]]
    else:
        palette = list(COLOURS)
    title_words = {w.lower() for w in (title_text or "").split()}
    labels = [lab for lab in LABELS if not ({w.lower() for w in lab.split()} & title_words)]
    used: set[str] = set()
    gap = 16.0
    shapes: list[Shape] = []
    for r, c in cells:
        kind = str(rng.choice(KINDS, p=KIND_WEIGHTS))
        kind = round_kind if kind == "round" else kind
        max_w, max_h = cell_w - 2 * gap, cell_h - 2 * gap
        chosen = None
        start_size = int(rng.integers(14, 29))
        bold = bool(rng.random() < 0.4)
        for label in (labels[int(i)] for i in rng.permutation(len(labels))):
            if label.lower() in used:
                continue
            for size in range(start_size, 13, -2):
                tw, th = text_size(label, size, bold)
                w, h = needed(kind, tw, th, rng)
                if w <= max_w and h <= max_h:
                    chosen = (label, size, w, h)
                    break
            if chosen:
                break
        if chosen is None:
            return None
        label, size, w, h = chosen
        grow = float(rng.uniform(1.0, max(1.0, min(max_w / w, max_h / h, 1.3))))
        w, h = w * grow, h * grow
        if kind == "circle":
            w = h = min(w, h)
        cx = 20 + (c + 0.5) * cell_w
        cy = top + (r + 0.5) * cell_h
        if not with_arrows:  # a loose worksheet: shapes wander inside their cells
            cx += float(rng.uniform(-1, 1)) * max(0.0, (max_w - w) / 2)
            cy += float(rng.uniform(-1, 1)) * max(0.0, (max_h - h) / 2)
        colour = palette[int(rng.integers(len(palette)))]
        used.add(label.lower())
        shapes.append(Shape(kind, colour, label, (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), r, c, size, bold))
    arrows: list[list[tuple[float, float]]] = []
    if with_arrows:
        for a, b in zip(shapes, shapes[1:], strict=False):
            if a.row == b.row:
                direction = "right" if b.col > a.col else "left"
                back = "left" if direction == "right" else "right"
                arrows.append([_nudge(edge(a, direction), direction, 2), _nudge(edge(b, back), back, 2)])
            elif a.col == b.col:
                arrows.append([_nudge(edge(a, "down"), "down", 2), _nudge(edge(b, "up"), "up", 2)])
            else:  # elbow through the gap between the rows
                boundary = top + b.row * cell_h
                start = _nudge(edge(a, "down"), "down", 2)
                end = _nudge(edge(b, "up"), "up", 2)
                arrows.append([start, (start[0], boundary), (end[0], boundary), end])
    background = BACKGROUNDS[int(rng.integers(len(BACKGROUNDS)))]
    outline = bool(rng.random() < 0.35)
    image = render(width, height, background, shapes, arrows, title, outline)
    return Scene(index, np.asarray(image), shapes, with_arrows, title_text)


def _nudge(point: tuple[float, float], direction: str, by: float) -> tuple[float, float]:
    dx, dy = {"right": (by, 0), "left": (-by, 0), "up": (0, -by), "down": (0, by)}[direction]
    return point[0] + dx, point[1] + dy


# ---------------------------------------------------------------------------------------------------- semantics


def noun_allowed(shapes: list[Shape], noun: str) -> bool:
    kinds = {s.kind for s in shapes}
    if noun == "circle":
        return "ellipse" not in kinds
    if noun == "oval":
        return "circle" not in kinds
    return True


def colour_allowed(shapes: list[Shape], colour: str) -> bool:
    """A base colour word is ambiguous where a shape has its light variant."""
    return not any(LIGHT.get(s.colour) == colour for s in shapes)


def fits(shape: Shape, colour: str | None, noun: str) -> bool:
    if colour is not None and shape.colour != colour:
        return False
    if noun == "shape":
        return True
    if noun in ("box", "rectangle"):
        return shape.kind in ("rectangle", "rounded")
    return shape.noun == noun


def article(word: str) -> str:
    return "an" if word[0].lower() in "aeiou" else "a"


def by_label(shape: Shape, rng: np.random.Generator) -> str:
    """Name a shape by its label: "the Start box", "the shape labelled 42", "the circle that says Yes"."""
    noun = shape.noun if rng.random() < 0.75 else "shape"
    if noun == "box" and rng.random() < 0.3:
        noun = "rectangle"
    if shape.label.isdigit() or rng.random() < 0.3:
        how = "labelled" if rng.random() < 0.5 else "that says"
        return f"the {noun} {how} {shape.label}"
    return f"the {shape.label} {noun}"


class Asker(shape_bench_common.Picker):
    """Question makers for one picture; each returns None when it cannot make its question (with the wanted answer)."""

    def __init__(self, shapes: list[Shape], rng: np.random.Generator):
        self.shapes = shapes
        self.rng = rng

    def count(self, colour: str | None, noun: str) -> int:
        return sum(fits(s, colour, noun) for s in self.shapes)

    def unique_refs(self) -> list[tuple[str | None, str, Shape]]:
        """(colour, noun) descriptions that exactly one shape fits, with that shape."""
        found = []
        for shape in self.shapes:
            nouns = ["shape", shape.noun] + (["rectangle"] if shape.noun == "box" else [])
            for noun in nouns:
                if not noun_allowed(self.shapes, noun):
                    continue
                for colour in (None, shape.colour):
                    if colour is None and noun == "shape":
                        continue
                    if colour is not None and not colour_allowed(self.shapes, colour):
                        continue
                    if self.count(colour, noun) == 1:
                        found.append((colour, noun, shape))
        return found

    @staticmethod
    def phrase(colour: str | None, noun: str) -> str:
        return f"{colour} {noun}" if colour else noun

    # counts

    def count_all(self, want: str) -> Question:
        text = self.pick(
            [
                "How many shapes are there?",
                "How many shapes are in the diagram?",
                "How many shapes are in the picture?",
                "How many shapes can you see?",
            ]
        )
        return Question(text, str(len(self.shapes)), "count: all shapes")

    def count_noun(self, want: str) -> Question | None:
        present = [s.noun for s in self.shapes]
        for _ in range(30):
            noun = self.pick(present) if self.rng.random() < 0.8 else self.pick(NOUNS)
            if noun == "box" and self.rng.random() < 0.35:
                noun = "rectangle"
            if not noun_allowed(self.shapes, noun):
                continue
            plural = PLURAL[noun]
            text = self.pick(
                [f"How many {plural}?", f"How many {plural} are there?", f"How many {plural} are in the diagram?"]
            )
            return Question(text, str(self.count(None, noun)), "count: shape word")
        return None

    def count_colour(self, want: str) -> Question | None:
        present = [s.colour for s in self.shapes]
        for _ in range(30):
            colour = self.pick(present) if self.rng.random() < 0.8 else self.pick(list(COLOURS))
            if not colour_allowed(self.shapes, colour):
                continue
            noun = "shape"
            if self.rng.random() < 0.3:
                noun = self.pick([s.noun for s in self.shapes])
                if not noun_allowed(self.shapes, noun):
                    continue
            plural = PLURAL[noun]
            text = self.pick(
                [
                    f"how many {colour} {plural}",
                    f"How many {colour} {plural} are there?",
                    f"How many {colour} {plural}?",
                ]
            )
            return Question(text, str(self.count(colour, noun)), "count: colour")
        return None

    # text

    def read(self, want: str) -> Question | None:
        refs = self.unique_refs()
        if not refs:
            return None
        colour, noun, shape = self.pick(refs)
        thing = self.phrase(colour, noun)
        wordings = [
            f"What does the {thing} say?",
            f"What is written in the {thing}?",
            f"What is the label on the {thing}?",
        ]
        if shape.label.isdigit():
            wordings.append(f"What number is in the {thing}?")
        else:
            wordings.append(
                f"Which word is in the {thing}?" if " " not in shape.label else f"What text is in the {thing}?"
            )
        return Question(self.pick(wordings), shape.label, "text: read a shape's label")

    def labelled(self, want: str) -> Question | None:
        here = {s.label.lower() for s in self.shapes}
        if want == "yes":
            label = self.pick(self.shapes).label
        else:
            label = self.pick([lab for lab in LABELS if lab.lower() not in here])
        text = self.pick(
            [
                f"Is there a shape labelled {label}?",
                f"Is there a shape that says {label}?",
                f"Does any shape say {label}?",
                f"Is there a shape with the word {label} in it?",
            ]
        )
        return Question(text, want, "text: is there a shape labelled L")

    def says(self, want: str) -> Question | None:
        refs = self.unique_refs()
        if not refs:
            return None
        colour, noun, shape = self.pick(refs)
        if want == "yes":
            label = shape.label
        else:
            others = [s.label for s in self.shapes if s is not shape]
            if self.rng.random() < 0.4 or not others:
                others = [lab for lab in LABELS if lab.lower() not in {s.label.lower() for s in self.shapes}]
            label = self.pick(others)
        thing = self.phrase(colour, noun)
        text = self.pick([f"Does the {thing} say {label}?", f"Is the {thing} labelled {label}?"])
        return Question(text, want, "text: does the X say L")

    # attributes of a labelled shape

    def colour_of(self, want: str) -> Question | None:
        shape = self.pick(self.shapes)
        named = by_label(shape, self.rng)
        text = self.pick([f"What colour is {named}?", f"What color is {named}?"])
        return Question(text, COLOUR_GOLD.get(shape.colour, shape.colour), "attribute: colour of labelled shape")

    def shape_of(self, want: str) -> Question | None:
        shape = self.pick(self.shapes)
        label = shape.label
        text = self.pick(
            [
                f"What shape is the {label} label in?",
                f"What shape says {label}?",
                f"What shape is labelled {label}?",
                f"What kind of shape is the {label} text in?",
            ]
        )
        return Question(text, SHAPE_GOLD[shape.kind], "attribute: shape of labelled shape")

    # positions

    def relation(self, want: str) -> Question | None:
        margin = 15.0
        pairs = []
        for a in self.shapes:
            for b in self.shapes:
                if a is b:
                    continue
                for rel, truth_yes, truth_no in (
                    ("left of", a.box[2] + margin <= b.box[0], b.box[2] + margin <= a.box[0]),
                    ("right of", b.box[2] + margin <= a.box[0], a.box[2] + margin <= b.box[0]),
                    ("above", a.box[3] + margin <= b.box[1], b.box[3] + margin <= a.box[1]),
                    ("below", b.box[3] + margin <= a.box[1], a.box[3] + margin <= b.box[1]),
                ):
                    if (want == "yes" and truth_yes) or (want == "no" and truth_no):
                        pairs.append((a, rel, b))
        if not pairs:
            return None
        a, rel, b = self.pick(pairs)
        words = {"left of": ["left of", "to the left of"], "right of": ["right of", "to the right of"]}
        said = self.pick(words.get(rel, [rel]))
        first = by_label(a, self.rng)
        text = f"Is {first} {said} {by_label(b, self.rng)}?"
        return Question(text, want, "position: is A left of / above B")

    def extreme(self, want: str) -> Question | None:
        found = []
        for side in ("top", "bottom", "left", "right"):
            for a in self.shapes:
                others = [b for b in self.shapes if b is not a]
                clear = {
                    "top": all(a.cy < b.box[1] for b in others),
                    "bottom": all(a.cy > b.box[3] for b in others),
                    "left": all(a.cx < b.box[0] for b in others),
                    "right": all(a.cx > b.box[2] for b in others),
                }[side]
                if clear:
                    found.append((side, a))
        if not found:
            return None
        side, shape = self.pick(found)
        where = {"top": "at the top", "bottom": "at the bottom", "left": "furthest left", "right": "furthest right"}[
            side
        ]
        most = {"top": "topmost", "bottom": "bottom", "left": "leftmost", "right": "rightmost"}[side]
        style = int(self.rng.integers(3))
        if style == 0:
            gold = [shape.label]
            if self.count(None, shape.noun) == 1 and noun_allowed(self.shapes, shape.noun):
                gold += SHAPE_GOLD[shape.kind].split("|")
            if colour_allowed(self.shapes, shape.colour) and self.count(shape.colour, shape.noun) == 1:
                gold += [f"{shape.colour} {n}" for n in SHAPE_GOLD[shape.kind].split("|")]
            return Question(f"Which shape is {where}?", "|".join(gold), "position: shape at the top / bottom / side")
        if style == 1:
            text = self.pick([f"What does the {most} shape say?", f"What does the shape {where} say?"])
            return Question(text, shape.label, "position: shape at the top / bottom / side")
        text = self.pick([f"What colour is the shape {where}?", f"What color is the {most} shape?"])
        return Question(text, COLOUR_GOLD.get(shape.colour, shape.colour), "position: shape at the top / bottom / side")

    # existence

    def exists_noun(self, want: str) -> Question | None:
        for _ in range(40):
            noun = self.pick(NOUNS)
            if not noun_allowed(self.shapes, noun):
                continue
            truth = "yes" if self.count(None, noun) else "no"
            if truth != want:
                continue
            text = self.pick(
                [
                    f"Is there {article(noun)} {noun}?",
                    f"Are there any {PLURAL[noun]}?",
                    f"Is there {article(noun)} {noun} in the diagram?",
                    f"Do you see {article(noun)} {noun}?",
                ]
            )
            return Question(text, want, "exists: shape word")
        return None

    def exists_colour(self, want: str) -> Question | None:
        for _ in range(40):
            colour = self.pick(list(COLOURS))
            if not colour_allowed(self.shapes, colour):
                continue
            noun = "shape" if self.rng.random() < 0.7 else self.pick(NOUNS)
            if not noun_allowed(self.shapes, noun):
                continue
            truth = "yes" if self.count(colour, noun) else "no"
            if truth != want:
                continue
            thing = f"{colour} {noun}"
            text = self.pick([f"Is there {article(thing)} {thing}?", f"Are there any {colour} {PLURAL[noun]}?"])
            return Question(text, want, "exists: colour")
        return None


def questions(shapes: list[Shape], rng: np.random.Generator, per_image: int, balance: Counter) -> list[Question]:
    asker = Asker(shapes, rng)
    makers: list[tuple[float, Callable[[str], Question | None]]] = [
        (0.6, asker.count_all),
        (0.9, asker.count_noun),
        (0.8, asker.count_colour),
        (1.3, asker.read),
        (0.9, asker.labelled),
        (0.9, asker.says),
        (0.9, asker.colour_of),
        (0.8, asker.shape_of),
        (1.2, asker.relation),
        (0.8, asker.extreme),
        (0.8, asker.exists_noun),
        (0.8, asker.exists_colour),
    ]
    weights = np.array([w for w, _ in makers])
    made: list[Question] = []
    texts: set[str] = set()
    once: set[str] = set()  # kinds asked at most once per picture
    for _ in range(per_image * 8):
        if len(made) >= per_image:
            break
        index = int(rng.choice(len(makers), p=weights / weights.sum()))
        maker = makers[index][1]
        # the wanted yes / no: whichever is behind so far for this maker, else a coin
        yes, no = balance[(index, "yes")], balance[(index, "no")]
        want = "yes" if yes < no else "no" if no < yes else str(rng.choice(["yes", "no"]))
        question = maker(want)
        if question is None or question.text.lower() in texts or question.kind in once:
            continue
        texts.add(question.text.lower())
        if question.kind == "count: all shapes":
            once.add(question.kind)
        balance[(index, question.answer)] += 1
        made.append(question)
    return made


def scenes(images: int, seed: int, per_image: int) -> list[Scene]:
    rng = np.random.default_rng(seed)
    balance: Counter = Counter()
    made: list[Scene] = []
    while len(made) < images:
        scene = generate(len(made), rng)
        if scene is None:
            continue
        scene.questions = questions(scene.shapes, rng, per_image, balance)
        made.append(scene)
    return made


# ---------------------------------------------------------------------------------------------------- scoring

ALIASES = {"grey": "gray", "zero": "0", "none": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
ALIASES |= {"six": "6", "seven": "7", "eight": "8"}
PUNCTUATION = " \t\n.,!?;:'\"`()[]{}"


def normal(text: str) -> str:
    text = text.strip().lower().strip(PUNCTUATION).replace("-", " ")
    for lead in ("the ", "a ", "an "):
        if text.startswith(lead):
            text = text[len(lead) :]
    text = " ".join(text.split()).strip(PUNCTUATION)
    return ALIASES.get(text, text)


def outcome(status: str, said: str, gold: str) -> str:
    """Right when the answer equals the gold or one of its "|"-separated alternatives, compared by ``normal``."""
    if status == "error":
        return "planning error"
    if status != "ok" or normal(said) == "unknown":
        return "unknown"
    return "right" if normal(said) in {normal(g) for g in gold.split("|")} else "wrong"


def _gold_kind(gold: str) -> str:
    if gold in ("yes", "no"):
        return gold
    if gold.isdigit():
        return "a number (count)"
    first = gold.split("|")[0]
    if first in COLOURS:
        return "a colour"
    if first in SHAPE_GOLD or first in ("rectangle", "oval"):
        return "a shape word"
    return "a label"


def run(images: int, seed: int, per_image: int, perception: str, show_failures: bool) -> None:
    made = scenes(images, seed, per_image)
    by_text = {(s.index, q.text): q for s in made for q in s.questions}
    total = sum(len(s.questions) for s in made)

    def keys(scene: Scene, item: Question) -> list[str]:
        return [
            "all",
            f"type|{item.kind}",
            f"arrows|{'with arrows' if scene.arrows else 'without arrows'}",
            f"gold|{_gold_kind(item.answer)}",
            f"shapes|{len(scene.shapes)} shapes",
            f"title|{'with a title' if scene.title else 'no title'}",
        ]

    def describe(scene: Scene) -> dict:
        return {
            "image": scene.index,
            "shapes": [s.describe() for s in scene.shapes],
            "arrows": scene.arrows,
            "title": scene.title,
        }

    # shape_bench_common's loop, scored by this file's rule (alternatives, punctuation) instead of exact match
    # (passed in: ask_all's default scoring is bound when it is defined, so reassigning the module's name did nothing)
    started = time.perf_counter()
    done, shares, shown = ask_all(
        iter(made),
        lambda s: s.questions,
        total,
        perception,
        keys,
        describe,
        show_unknown=True,
        limit=10**6,
        score=outcome,
    )
    seconds = time.perf_counter() - started
    sizes = [s.image.shape[1] for s in made]
    print(
        f"{done} questions on {len(made)} labelled diagrams ({min(sizes)}-{max(sizes)} px wide,"
        f" {sum(s.arrows for s in made)} with arrows), seed {seed}, perception={perception}, {seconds:.0f} s"
    )
    a = shares["all"]
    unknown = a.get("unknown", 0) + a.get("planning error", 0)
    print(
        f"headline: right {a.get('right', 0):.2%}  unknown {unknown:.2%} (planning error"
        f" {a.get('planning error', 0):.2%})  confidently wrong {a.get('wrong', 0):.2%}  (n={a['n']})"
    )
    for prefix, title in (
        ("type", "question type"),
        ("arrows", "arrows or none"),
        ("gold", "gold answer"),
        ("shapes", "shapes in the picture"),
        ("title", "title line"),
    ):
        print(f"by {title}:")
        print_shares({k.split("|", 1)[1]: v for k, v in shares.items() if k.startswith(prefix + "|")}, 40)
    failing = Counter(by_text[(f["image"], f["question"])].kind for f in shown)
    print("failures by question type:")
    for kind, n in failing.most_common():
        print(f"  {n:4d}  {kind}")
    wrong = sum(1 for f in shown if f["outcome"] == "wrong")
    print(f"{len(shown)} failures ({wrong} confidently wrong); their pictures in {FAILURE_DIR}")
    FAILURE_DIR.mkdir(parents=True, exist_ok=True)
    for old in FAILURE_DIR.glob(f"s{seed}_*.png"):
        old.unlink()
    for index in sorted({f["image"] for f in shown}):
        Image.fromarray(made[index].image).save(FAILURE_DIR / f"s{seed}_{index:04d}.png")
    if show_failures:
        for f in shown:
            kind = by_text[(f["image"], f["question"])].kind
            extra = ("arrows" if f["arrows"] else "no arrows") + (f", title {f['title']!r}" if f["title"] else "")
            print(f"- {f['outcome']} [{kind}] picture {f['image']} ({extra}): {'; '.join(f['shapes'])}")
            reason = f" ({f['reason']})" if f["reason"] else ""
            gold = " / ".join(f["gold"].split("|"))
            print(f"    Q: {f['question']}  said: {f['said']!r}{reason}  gold: {gold!r}")
            print(f"    seen: {f['seen']}")
            name = f"s{seed}_{f['image']:04d}.png"
            print(f"    image: {FAILURE_DIR / name}")


def main() -> None:
    parser = shape_bench_common.standard_arguments(__doc__, "--n-images", 120, per_image=5, noun="picture")
    parser.add_argument("--preview", type=Path, help="only write the pictures and questions here; ask nothing")
    args = parser.parse_args()
    if args.preview:
        args.preview.mkdir(parents=True, exist_ok=True)
        for scene in scenes(args.n_images, args.seed, args.per_image):
            Image.fromarray(scene.image).save(args.preview / f"diagram{scene.index:04d}.png")
            print(f"diagram{scene.index:04d}: " + "; ".join(s.describe() for s in scene.shapes))
            for q in scene.questions:
                print(f"    [{q.kind}] {q.text}  -> {q.answer}")
        return
    run(args.n_images, args.seed, args.per_image, args.perception, args.show_failures)


if __name__ == "__main__":
    main()
