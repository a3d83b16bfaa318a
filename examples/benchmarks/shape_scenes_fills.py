"""Shapes filled the way slide decks, diagrams and design tools fill them, end to end: a blind check of nsvr's
generality on a picture kind nobody tuned it for.

Written from a brief alone (independently of nsvr's perception code and of its other benchmarks, except the format
of shape_scenes_nmn.py and the shared loop of shape_bench_common.py). Each image is 160-320 px on a side (about half
of them non-square), on a light background (white, off-white, light gray, cream or pale blue) or, one image in
about seven, a dark "slide" background (charcoal or navy) with light shapes. It holds 1 to 5 shapes, each a circle,
ellipse (aspect 1.6-2.1), square, rectangle (aspect 1.5-2.2), rounded rectangle (aspect 1.5-2.2, corner radius
18-30% of the short side), triangle (isosceles, apex up or, rarely, down), regular pentagon (point up), regular
hexagon, or five-pointed star (point up), axis-aligned, 30 px to about 60% of the short image side across, drawn
with numpy + PIL + OpenCV at 3x and box-downsampled (antialiased edges), and written losslessly to PNG. Everything is
seeded by ``--seed`` and the image index, so an image is the same whatever ``--images`` says.

Every image is in ONE fill style (the styles take turns by image index; ``--style NAME`` draws all in one):

1. ``gradient``: a linear (any of 8 directions) or radial (centred or highlight up-left) gradient between two shades
   of one hue (light to dark red is red; light gray to dark gray is gray; black is not used).
2. ``shade-outline``: a flat fill with a thick outline (6-10% of the shape's size, 3-9 px) in a darker shade of the
   same hue (black is not used). The shape's colour is the hue.
3. ``contrast-outline``: a flat fill with a thick outline of a different colour: black or dark gray (or white on dark
   slides) about two thirds of the time, otherwise another, non-confusable colour. CONVENTION: a shape's colour is
   its FILL (an ordinary person asked "what colour is the star?" about a yellow star outlined in black says
   "yellow"). "What colour is the X?" is asked only of shapes with a neutral (black / dark gray / white) outline;
   for a chromatic outline (a green square with a thick red border) people may name either, so that is not asked.
   A question naming a colour ("is there a black shape?", "how many red shapes?") is asked only where its gold
   answer is the same whether or not outline colours are counted as shape colours (black / dark gray outlines count
   as black / gray under that other reading).
4. ``pattern``: hatched (diagonal lines), striped (horizontal or vertical), dotted or checkered, in one colour on the
   background colour, usually with a thin (2 px) outline in the pattern colour (always for dots). Its colour is the
   pattern colour.
5. ``transparent``: flat fills at alpha 0.5-0.7 that may overlap like a Venn diagram (often all circles); no two
   overlap by more than 35% of the smaller one. Their colour is the fill colour (a 0.6-alpha red on white looks
   light red); overlap regions are no shapes and have no colour of their own. Black, gray and brown are not used.
6. ``shadow``: a flat fill with a drop shadow offset 3-9 px down-right, soft (blurred) or hard, black at alpha
   0.25-0.55 (0.5-0.7 on dark slides). The shadow is no shape and has no colour.
7. ``flat``: a plain flat fill (the control).

Colours are eleven plainly named ones: red, orange, yellow, green, blue, purple, pink, brown, gray, black, teal, each
in a light, mid and dark shade of its own (dark slides use only the light shades of red, orange, yellow, green,
blue, pink and teal). Shapes do not overlap or cover each other except in style 5; they are usually apart (3-14 px
gaps between their footprints, shadows included) and now and then touch. A shape's size is its drawn area (outline
included); its position is its bounding-box centre.

Shape words: circle, ellipse, square, rectangle, rounded rectangle, triangle, pentagon, hexagon, star. A circle is
never called an ellipse, a square or rounded rectangle never a rectangle; but since a person might, a question that
names a shape word is asked only where its gold answer is the same under the looser reading (circles count as
ellipses, squares and rounded rectangles as rectangles): "how many rectangles?" is not asked beside a square, "the
rectangle" does not refer while a rounded rectangle is there. Answers accepted for a shape: its word, "oval" for an
ellipse, "rectangle" for a rounded rectangle; "which shape is the largest?" also takes "<colour> <shape>".

Questions, several per image, in ordinary wording, gold answers computed from what was drawn:

- ``How many shapes are there?`` (also "in the image", "can you see"); overlaps and shadows are no shapes;
- ``How many circles / red shapes are there?`` (sometimes zero; a zero colour never one confusable with a present
  colour, by shape_bench_common.CONFUSABLE);
- ``What shape is the red shape / red one?`` (exactly one red shape);
- ``What colour / color is the star?`` (exactly one star; see style 3);
- ``Is there a blue shape?`` / ``Are there any blue shapes?`` and ``Is there a star?`` / ``Are there any stars?``
  ("no" only for a colour not confusable with any present one);
- ``Is the X to the left of / left of / to the right of / above / below the Y?`` with X and Y each picked out by a
  unique shape word, colour or colour + shape; only with a clear margin: the bounding-box centres differ along that
  axis by at least 60% of the larger shape's extent on it (and 16 px); "no" only when the reverse holds clearly;
- ``Which shape is the largest?`` (also "biggest"): only when the largest drawn area is at least 1.5x the next one
  and its bounding box at least 1.3x the next largest box;
- ``Are there more circles than squares?`` / ``Are there more red shapes than blue shapes?`` (yes iff strictly more).

Yes and no are balanced within each image. Each answer is asked as ``nsvr ask`` asks (question text -> embedded
parser -> default perception, ``--perception photo``) through shape_bench_common.ask_all, and scored right / unknown
(status not ok, or an answer of "unknown" or a hedge such as "not sure"; planning errors counted apart inside
unknown) / confidently wrong. Answers are compared after lower-casing, dropping a final full stop and a leading
article, "grey" -> "gray" and number words -> digits, against the accepted set above. The script prints the totals,
tables by style, question template, gold answer, shapes per image, background and wording, the failing wordings, and
with ``--show-failures`` every failure (with what nsvr saw), the image saved as the file nsvr read to
/tmp/fills_failures/. (shape_scenes_nmn.py has no --json option, so neither has this.)

    python examples/benchmarks/shape_scenes_fills.py                    # 150 images x ~6 questions, seed 0
    python examples/benchmarks/shape_scenes_fills.py --style pattern --images 40 --show-failures
"""

from __future__ import annotations

import math
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shape_bench_common as common  # noqa: E402
from shape_bench_common import CONFUSABLE, ask_all  # noqa: E402

FAILURE_DIR = Path("/tmp/fills_failures")
SS = 3  # supersampling factor of the renderer

STYLES = ("gradient", "shade-outline", "contrast-outline", "pattern", "transparent", "shadow", "flat")
KINDS = ("circle", "ellipse", "square", "rectangle", "rounded rectangle", "triangle", "pentagon", "hexagon", "star")
PLURAL = {kind: kind + "s" for kind in KINDS}
LOOSE = {"circle": {"ellipse"}, "square": {"rectangle"}, "rounded rectangle": {"rectangle"}}
"""Words a person might loosely use for a kind besides its own; questions whose gold would change are not asked."""
SYNONYMS = {"ellipse": {"ellipse", "oval"}, "rounded rectangle": {"rounded rectangle", "rectangle"}}
"""Answers accepted for a shape besides its own word."""

# name: (light, mid, dark)
SHADES: dict[str, tuple[tuple[int, int, int], ...]] = {
    "red": ((245, 80, 70), (220, 30, 30), (160, 15, 15)),
    "orange": ((255, 170, 70), (245, 130, 20), (205, 95, 0)),
    "yellow": ((255, 238, 100), (250, 215, 30), (228, 188, 0)),
    "green": ((110, 205, 100), (40, 160, 50), (20, 110, 30)),
    "blue": ((90, 150, 240), (30, 90, 220), (15, 50, 160)),
    "purple": ((170, 110, 215), (130, 60, 180), (90, 30, 135)),
    "pink": ((255, 175, 205), (245, 125, 175), (225, 85, 150)),
    "brown": ((170, 110, 60), (135, 80, 40), (95, 55, 25)),
    "gray": ((180, 180, 180), (135, 135, 135), (95, 95, 95)),
    "black": ((60, 60, 60), (25, 25, 25), (5, 5, 5)),
    "teal": ((60, 185, 175), (0, 140, 135), (0, 100, 95)),
}
COLOURS = tuple(SHADES)
ON_DARK = ("red", "orange", "yellow", "green", "blue", "pink", "teal")
LIGHT_BACKGROUNDS = (
    (255, 255, 255),
    (255, 255, 255),
    (248, 248, 248),
    (240, 241, 244),
    (250, 247, 238),
    (236, 242, 250),
)
DARK_BACKGROUNDS = ((33, 37, 43), (20, 24, 36), (28, 40, 64), (45, 45, 48))
COUNT_WEIGHTS = {1: 0.08, 2: 0.2, 3: 0.27, 4: 0.25, 5: 0.2}


# ---------------------------------------------------------------------------------------------------- scenes


@dataclass
class Shape:
    kind: str
    colour: str
    geometry: tuple  # ("ellipse", box) | ("rounded", box, radius) | ("polygon", points), in 1x pixels
    paint: dict[str, Any]
    fill: str  # how it is filled, in words (for failure listings)
    alt_colours: frozenset[str] = frozenset()  # colours it might be called under the other reading (outlines)
    colour_question: bool = True  # whether "what colour is it?" has one ordinary answer
    area: int = 0
    box: tuple[int, int, int, int] = (0, 0, 0, 0)  # x0, y0, x1, y1 (exclusive) of the drawn shape

    @property
    def centre(self) -> tuple[float, float]:
        return (self.box[0] + self.box[2]) / 2, (self.box[1] + self.box[3]) / 2

    @property
    def extent(self) -> tuple[int, int]:
        return self.box[2] - self.box[0], self.box[3] - self.box[1]

    def describe(self) -> str:
        (x, y), (w, h) = self.centre, self.extent
        return f"{self.colour} {self.kind} at ({x:.0f},{y:.0f}) {w}x{h}, {self.fill}"


@dataclass
class Scene:
    index: int
    style: str
    size: tuple[int, int]  # width, height
    dark: bool
    background: tuple[int, int, int]
    shapes: list[Shape]
    image: np.ndarray = field(default_factory=lambda: np.zeros((1, 1, 3), np.uint8))


def _geometry(kind: str, size: float, rng: np.random.Generator) -> tuple:
    """The kind's outline around (0, 0), about ``size`` across."""
    if kind == "circle":
        return ("ellipse", (-size / 2, -size / 2, size / 2, size / 2))
    if kind in ("ellipse", "rectangle", "rounded rectangle"):
        aspect = rng.uniform(1.6, 2.1) if kind == "ellipse" else rng.uniform(1.5, 2.2)
        w, h = size, size / aspect
        if rng.random() < 0.3:
            w, h = h, w
        box = (-w / 2, -h / 2, w / 2, h / 2)
        if kind == "ellipse":
            return ("ellipse", box)
        if kind == "rectangle":
            return ("polygon", [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])])
        return ("rounded", box, min(w, h) * rng.uniform(0.18, 0.3))
    if kind == "square":
        s = size * 0.88 / 2
        return ("polygon", [(-s, -s), (s, -s), (s, s), (-s, s)])
    if kind == "triangle":
        w, h = size, size * rng.uniform(0.8, 0.95)
        points = [(0.0, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
        if rng.random() < 0.12:
            points = [(x, -y) for x, y in points]
        return ("polygon", points)
    if kind == "pentagon":
        r = size / 2
        return ("polygon", [(r * math.cos(a), r * math.sin(a)) for a in np.radians(-90 + 72 * np.arange(5))])
    if kind == "hexagon":
        r = size / 2
        start = 0 if rng.random() < 0.5 else 30
        return ("polygon", [(r * math.cos(a), r * math.sin(a)) for a in np.radians(start + 60 * np.arange(6))])
    # star
    r, inner = size / 2 * 1.05, rng.uniform(0.38, 0.5)
    angles = np.radians(-90 + 36 * np.arange(10))
    return (
        "polygon",
        [
            (r * (1 if i % 2 == 0 else inner) * math.cos(a), r * (1 if i % 2 == 0 else inner) * math.sin(a))
            for i, a in enumerate(angles)
        ],
    )


def _moved(geometry: tuple, dx: float, dy: float) -> tuple:
    if geometry[0] == "polygon":
        return ("polygon", [(x + dx, y + dy) for x, y in geometry[1]])
    x0, y0, x1, y1 = geometry[1]
    return (geometry[0], (x0 + dx, y0 + dy, x1 + dx, y1 + dy), *geometry[2:])


def _bounds(geometry: tuple) -> tuple[float, float, float, float]:
    if geometry[0] == "polygon":
        xs, ys = zip(*geometry[1], strict=True)
        return min(xs), min(ys), max(xs), max(ys)
    return geometry[1]


def mask(geometry: tuple, width: int, height: int, scale: int = 1) -> np.ndarray:
    """The shape's pixels on a ``scale`` x canvas."""
    canvas = Image.new("L", (width * scale, height * scale), 0)
    draw = ImageDraw.Draw(canvas)
    if geometry[0] == "polygon":
        draw.polygon([(x * scale, y * scale) for x, y in geometry[1]], fill=255)
    else:
        box = [v * scale for v in geometry[1]]
        box[2] -= 1
        box[3] -= 1
        if geometry[0] == "ellipse":
            draw.ellipse(box, fill=255)
        else:
            draw.rounded_rectangle(box, radius=geometry[2] * scale, fill=255)
    return np.asarray(canvas) > 0


def _dilate(pixels: np.ndarray, radius: int) -> np.ndarray:
    if radius <= 0:
        return pixels
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * radius + 1, 2 * radius + 1))
    return cv2.dilate(pixels.astype(np.uint8), kernel) > 0


def _shift(pixels: np.ndarray, dx: int, dy: int) -> np.ndarray:
    moved = np.zeros_like(pixels)
    h, w = pixels.shape[:2]
    moved[dy:, dx:] = pixels[: h - dy, : w - dx]
    return moved


def _pick(rng: np.random.Generator, options: list | tuple):
    return options[int(rng.integers(len(options)))]


def _colours(rng: np.random.Generator, style: str, dark: bool, n: int) -> list[str]:
    allowed = list(ON_DARK if dark else COLOURS)
    if style in ("gradient", "shade-outline", "contrast-outline"):
        allowed = [c for c in allowed if c != "black"]
    if style == "transparent":
        allowed = [c for c in allowed if c not in ("black", "gray", "brown")]
        return [str(c) for c in rng.permutation(allowed)[:n]]  # distinct, as in a Venn diagram
    return [_pick(rng, allowed) for _ in range(n)]


def _paint(rng: np.random.Generator, style: str, colour: str, dark: bool, size: float) -> tuple[dict, str, set, bool]:
    """How one shape is painted: the paint, its description, its other-reading colours, whether its colour is asked."""
    light, mid, dark_shade = SHADES[colour]
    base = light if dark else mid
    thick = int(np.clip(round(size * rng.uniform(0.06, 0.1)), 3, 9))
    if style == "gradient":
        ends = (
            (light, mid)
            if dark
            else ((light, dark_shade) if rng.random() < 0.7 else _pick(rng, [(light, mid), (mid, dark_shade)]))
        )
        if rng.random() < 0.5:
            ends = ends[::-1]
        if rng.random() < 0.6:
            angle = float(rng.integers(8)) * 45 + rng.uniform(-8, 8)
            return (
                {"gradient": ("linear", angle), "rgb": ends[0], "rgb2": ends[1]},
                f"linear gradient {angle:.0f} deg",
                set(),
                True,
            )
        highlight = rng.random() < 0.5
        ends = (light, dark_shade if not dark else mid)
        return (
            {"gradient": ("radial", highlight), "rgb": ends[0], "rgb2": ends[1]},
            f"radial gradient{' (highlight)' if highlight else ''}",
            set(),
            True,
        )
    if style == "shade-outline":
        fill = light if (dark or rng.random() < 0.4) else mid
        outline = mid if dark else dark_shade
        return {"rgb": fill, "outline": outline, "thick": thick}, f"{thick} px darker {colour} outline", set(), True
    if style == "contrast-outline":
        if dark:
            if rng.random() < 0.6:
                return (
                    {"rgb": base, "outline": (250, 250, 250), "thick": thick},
                    f"{thick} px white outline",
                    set(),
                    True,
                )
        elif rng.random() < 0.67:
            if colour == "gray" or rng.random() < 0.7:
                return (
                    {"rgb": base, "outline": (15, 15, 15), "thick": thick},
                    f"{thick} px black outline",
                    {"black"},
                    True,
                )
            return (
                {"rgb": base, "outline": (70, 70, 70), "thick": thick},
                f"{thick} px dark gray outline",
                {"black", "gray"},
                True,
            )
        others = [
            c
            for c in (ON_DARK if dark else COLOURS)
            if c != colour
            and c not in CONFUSABLE.get(colour, ())
            and colour not in CONFUSABLE.get(c, ())
            and c not in ("black", "gray")
        ]
        other = _pick(rng, others)
        outline = SHADES[other][0] if dark else SHADES[other][1]
        return {"rgb": base, "outline": outline, "thick": thick}, f"{thick} px {other} outline", {other}, False
    if style == "pattern":
        kind = _pick(rng, ["hatched", "striped", "dotted", "checkered"])
        rgb = light if dark else (mid if colour not in ("yellow", "pink") else dark_shade)
        period = float(rng.uniform(6, 10))
        pattern: dict[str, Any] = {"kind": kind, "period": period}
        if kind == "hatched":
            pattern |= {"width": period * rng.uniform(0.3, 0.5), "sign": _pick(rng, [1, -1])}
        elif kind == "striped":
            pattern |= {"width": period * rng.uniform(0.35, 0.55), "axis": _pick(rng, ["horizontal", "vertical"])}
        elif kind == "dotted":
            pattern |= {"radius": period * rng.uniform(0.22, 0.32)}
        outline = kind == "dotted" or rng.random() < 0.7
        paint = {"rgb": rgb, "pattern": pattern} | ({"outline": rgb, "thick": 2} if outline else {})
        return paint, f"{kind} pattern{' with outline' if outline else ''}", set(), True
    if style == "transparent":
        alpha = float(rng.uniform(0.5, 0.7))
        return {"rgb": base, "alpha": alpha}, f"alpha {alpha:.2f}", set(), True
    return {"rgb": base}, "flat", set(), True


def generate(index: int, seed: int, style: str) -> Scene:
    rng = np.random.default_rng([seed, index])
    if rng.random() < 0.5:
        width = height = int(rng.integers(20, 41)) * 8
    else:
        width, height = (int(v) * 8 for v in rng.integers(20, 41, size=2))
        while abs(width - height) < 48:
            width, height = (int(v) * 8 for v in rng.integers(20, 41, size=2))
    dark = rng.random() < 0.15
    background = _pick(rng, DARK_BACKGROUNDS if dark else LIGHT_BACKGROUNDS)
    weights = {1: 0.04, 2: 0.36, 3: 0.36, 4: 0.16, 5: 0.08} if style == "transparent" else COUNT_WEIGHTS
    n = int(rng.choice(list(weights), p=list(weights.values())))
    venn = style == "transparent" and rng.random() < 0.45
    kinds = ["circle"] * n if venn else [_pick(rng, KINDS) for _ in range(n)]
    colours = _colours(rng, style, dark, n)
    short = min(width, height)
    top = short * {1: 0.6, 2: 0.46, 3: 0.4, 4: 0.34, 5: 0.3}[n]
    low = min(max(30.0, short * 0.17), top)
    shapes: list[Shape] = []
    occupied = np.zeros((height, width), bool)
    for kind, colour in zip(kinds, colours, strict=True):
        size = float(rng.uniform(low, top))
        placed = None
        for attempt in range(300):
            if attempt and attempt % 100 == 0:
                size = max(26.0, size * 0.85)
            geometry = _geometry(kind, size, rng)
            x0, y0, x1, y1 = _bounds(geometry)
            shadow = (int(rng.integers(3, 10)), float(rng.uniform(1.5, 4)) if rng.random() < 0.6 else 0.0)
            reach = shadow[0] + int(2 * shadow[1]) + 1 if style == "shadow" else 0
            margin = 4
            if x1 - x0 + 2 * margin + reach > width or y1 - y0 + 2 * margin + reach > height:
                continue
            if style == "transparent" and shapes and rng.random() < 0.75:  # near another, as in a Venn diagram
                other = _pick(rng, shapes)
                (ox, oy), (ow, oh) = other.centre, other.extent
                distance = rng.uniform(0.55, 0.9) * (max(ow, oh) + max(x1 - x0, y1 - y0)) / 2
                turn = rng.uniform(0, 2 * math.pi)
                cx, cy = ox + distance * math.cos(turn), oy + distance * math.sin(turn)
                if not (
                    margin - x0 <= cx <= width - margin - reach - x1
                    and margin - y0 <= cy <= height - margin - reach - y1
                ):
                    continue
            else:
                cx = rng.uniform(margin - x0, width - margin - reach - x1)
                cy = rng.uniform(margin - y0, height - margin - reach - y1)
            geometry = _moved(geometry, cx, cy)
            pixels = mask(geometry, width, height)
            if pixels.sum() < 200:
                continue
            footprint = pixels
            if style == "shadow":
                footprint = pixels | _dilate(_shift(pixels, shadow[0], shadow[0]), int(2 * shadow[1]))
            if style == "transparent":
                if any(
                    (pixels & mask(s.geometry, width, height)).sum() > 0.35 * min(s.area, pixels.sum()) for s in shapes
                ):
                    continue
            else:
                gap = 0 if rng.random() < 0.08 else int(rng.integers(3, 15))
                if (_dilate(footprint, gap) & occupied).any():
                    continue
            placed = geometry, pixels, footprint, shadow
            break
        if placed is None:
            continue
        geometry, pixels, footprint, shadow = placed
        occupied |= footprint
        paint, fill, alt, asked = _paint(rng, style, colour, dark, size)
        if style == "shadow":
            paint["shadow"] = {
                "offset": shadow[0],
                "blur": shadow[1],
                "alpha": float(rng.uniform(0.5, 0.7) if dark else rng.uniform(0.25, 0.55)),
            }
            fill = f"{'soft' if shadow[1] else 'hard'} shadow {shadow[0]} px"
        ys, xs = np.nonzero(pixels)
        box = (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)
        shapes.append(Shape(kind, colour, geometry, paint, fill, frozenset(alt), asked, int(pixels.sum()), box))
    scene = Scene(index, style, (width, height), dark, background, shapes)
    scene.image = render(scene)
    return scene


# ---------------------------------------------------------------------------------------------------- drawing


def _field(shape: Shape, paint: dict, xs: np.ndarray, ys: np.ndarray, background: np.ndarray) -> np.ndarray:
    """The fill colour at every (supersampled) pixel."""
    rgb = np.array(paint["rgb"], np.float32)
    if "gradient" in paint:
        other = np.array(paint["rgb2"], np.float32)
        x0, y0, x1, y1 = shape.box
        cx, cy, w, h = (x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0
        if paint["gradient"][0] == "linear":
            angle = math.radians(paint["gradient"][1])
            ux, uy = math.cos(angle), math.sin(angle)
            half = (abs(ux) * w + abs(uy) * h) / 2
            t = ((xs - cx) * ux + (ys - cy) * uy) / (2 * half) + 0.5
        else:
            fx, fy = (cx - 0.25 * w, cy - 0.25 * h) if paint["gradient"][1] else (cx, cy)
            reach = max(math.hypot(x - fx, y - fy) for x in (x0, x1) for y in (y0, y1))
            t = np.hypot(xs - fx, ys - fy) / (0.85 * reach)
        t = np.clip(t, 0, 1)[..., None]
        return rgb * (1 - t) + other * t
    if "pattern" in paint:
        p = paint["pattern"]
        period = p["period"]
        if p["kind"] == "hatched":
            on = np.mod(xs + p["sign"] * ys, period * 1.4142) < p["width"] * 1.4142
        elif p["kind"] == "striped":
            on = np.mod(ys if p["axis"] == "horizontal" else xs, period) < p["width"]
        elif p["kind"] == "dotted":
            row = np.floor(ys / period)
            dx = np.mod(xs + (row % 2) * period / 2, period) - period / 2
            dy = np.mod(ys, period) - period / 2
            on = dx**2 + dy**2 < p["radius"] ** 2
        else:
            on = (np.floor(xs / period) + np.floor(ys / period)) % 2 == 0
        return np.where(on[..., None], rgb, background)
    return np.broadcast_to(rgb, (*xs.shape, 3))


def render(scene: Scene) -> np.ndarray:
    width, height = scene.size
    background = np.array(scene.background, np.float32)
    canvas = np.empty((height * SS, width * SS, 3), np.float32)
    canvas[:] = background
    ys, xs = (np.mgrid[0 : height * SS, 0 : width * SS].astype(np.float32) + 0.5) / SS
    for shape in scene.shapes:
        paint = shape.paint
        outer = mask(shape.geometry, width, height, SS)
        if "shadow" in paint:
            shadow = paint["shadow"]
            cast = Image.fromarray(_shift(outer, shadow["offset"] * SS, shadow["offset"] * SS).astype(np.uint8) * 255)
            if shadow["blur"]:
                cast = cast.filter(ImageFilter.GaussianBlur(shadow["blur"] * SS))
            weight = np.asarray(cast, np.float32)[..., None] / 255 * shadow["alpha"]
            canvas = canvas * (1 - weight)  # black shadow
        colour = _field(shape, paint, xs, ys, background)
        if "outline" in paint:
            inside = cv2.distanceTransform(outer.astype(np.uint8), cv2.DIST_L2, 5) > paint["thick"] * SS
            colour = np.where(inside[..., None], colour, np.array(paint["outline"], np.float32))
        weight = outer[..., None].astype(np.float32) * paint.get("alpha", 1.0)
        canvas = canvas * (1 - weight) + colour * weight
    small = canvas.reshape(height, SS, width, SS, 3).mean(axis=(1, 3))
    return np.clip(np.round(small), 0, 255).astype(np.uint8)


# ---------------------------------------------------------------------------------------------------- questions

Descriptor = tuple[str | None, str | None]  # (colour, shape word); at least one set


def matches(shape: Shape, d: Descriptor, loose: bool = False) -> bool:
    colour, word = d
    colour_ok = colour is None or shape.colour == colour or (loose and colour in shape.alt_colours)
    word_ok = word is None or shape.kind == word or (loose and word in LOOSE.get(shape.kind, ()))
    return colour_ok and word_ok


def noun(d: Descriptor, plural: bool = False) -> str:
    colour, word = d
    text = (PLURAL[word] if plural else word) if word else ("shapes" if plural else "shape")
    return f"{colour} {text}" if colour else text


def _accepted(answers: set[str] | str) -> frozenset[str]:
    return frozenset(_normal(a) for a in ([answers] if isinstance(answers, str) else answers))


@dataclass
class Question:
    text: str
    answer: str  # the canonical gold
    accepted: frozenset[str]
    kind: str  # template


class Asker:
    """Question makers for one scene; each returns None when it cannot make its question (with the wanted answer)."""

    def __init__(self, scene: Scene, rng: np.random.Generator):
        self.shapes = scene.shapes
        self.rng = rng
        self.present = {s.colour for s in self.shapes}

    def pick(self, options: list | tuple):
        return _pick(self.rng, options)

    def count(self, d: Descriptor) -> int | None:
        """How many shapes match ``d``, or None when the loose reading would say otherwise."""
        strict = sum(matches(s, d) for s in self.shapes)
        return strict if strict == sum(matches(s, d, loose=True) for s in self.shapes) else None

    def safe_absent(self, colour: str) -> bool:
        """An absent colour that no present colour could be mistaken for."""
        return colour not in self.present and not any(colour in CONFUSABLE.get(c, ()) for c in self.present)

    def references(self, kinds: tuple[str, ...]) -> list[tuple[Descriptor, Shape]]:
        """Descriptors of the given kinds that pick out exactly one shape under either reading, with that shape."""
        found = []
        for shape in self.shapes:
            for kind in kinds:
                d = (
                    shape.colour if kind in ("colour", "both") else None,
                    shape.kind if kind in ("shape", "both") else None,
                )
                if self.count(d) == 1:
                    found.append((d, shape))
        return found

    def _until(self, want: str, make: Callable[[], tuple[str, bool] | None]) -> str | None:
        made = common.until_answer(want, make, 60)
        return made[0] if made else None

    def count_all(self, want: str) -> Question:
        text = self.pick(
            ["How many shapes are there?", "How many shapes are in the image?", "How many shapes can you see?"]
        )
        return Question(text, str(len(self.shapes)), _accepted(str(len(self.shapes))), "How many shapes?")

    def count_shape(self, want: str) -> Question | None:
        for _ in range(30):
            word = self.pick([s.kind for s in self.shapes]) if self.rng.random() < 0.8 else self.pick(KINDS)
            n = self.count((None, word))
            if n is None:
                continue
            text = self.pick([f"How many {PLURAL[word]} are there?", f"How many {PLURAL[word]} are in the picture?"])
            return Question(text, str(n), _accepted(str(n)), "How many Xs?")
        return None

    def count_colour(self, want: str) -> Question | None:
        for _ in range(30):
            colour = self.pick(sorted(self.present)) if self.rng.random() < 0.8 else self.pick(COLOURS)
            n = self.count((colour, None))
            if n is None or (n == 0 and not self.safe_absent(colour)):
                continue
            text = self.pick([f"How many {colour} shapes are there?", f"How many {colour} shapes are in the image?"])
            return Question(text, str(n), _accepted(str(n)), "How many C shapes?")
        return None

    def what_shape(self, want: str) -> Question | None:
        options = self.references(("colour",))
        if not options:
            return None
        (colour, _), shape = self.pick(options)
        text = self.pick([f"What shape is the {colour} shape?", f"What shape is the {colour} one?"])
        return Question(
            text, shape.kind, _accepted(SYNONYMS.get(shape.kind, {shape.kind})), "What shape is the C shape?"
        )

    def what_colour(self, want: str) -> Question | None:
        options = [(d, s) for d, s in self.references(("shape",)) if s.colour_question]
        if not options:
            return None
        (_, word), shape = self.pick(options)
        text = self.pick([f"What colour is the {word}?", f"What color is the {word}?"])
        return Question(text, shape.colour, _accepted(shape.colour), "What colour is the X?")

    def exists_colour(self, want: str) -> Question | None:
        def make():
            colour = self.pick(COLOURS)
            n = self.count((colour, None))
            if n is None or (n == 0 and not self.safe_absent(colour)):
                return None
            return self.pick([f"Is there a {colour} shape?", f"Are there any {colour} shapes?"]), n > 0

        text = self._until(want, make)
        return Question(text, want, _accepted(want), "Is there a C shape?") if text else None

    def exists_shape(self, want: str) -> Question | None:
        def make():
            word = self.pick(KINDS)
            n = self.count((None, word))
            if n is None:
                return None
            a = common.article(word)
            return self.pick(
                [f"Is there {a} {word}?", f"Are there any {PLURAL[word]}?", f"Is there {a} {word} in the picture?"]
            ), n > 0

        text = self._until(want, make)
        return Question(text, want, _accepted(want), "Is there an X?") if text else None

    def relation(self, want: str) -> Question | None:
        options = self.references(("shape", "colour", "both"))
        if len({id(s) for _, s in options}) < 2:
            return None

        def make():
            (d1, a), (d2, b) = self.pick(options), self.pick(options)
            if a is b:
                return None
            relation = str(self.rng.choice(["left", "right", "above", "below"], p=[0.35, 0.15, 0.35, 0.15]))
            side = clear_side(a, b, 0 if relation in ("left", "right") else 1)
            if side == 0:
                return None
            words = {
                "left": ["to the left of", "left of"],
                "right": ["to the right of"],
                "above": ["above"],
                "below": ["below"],
            }[relation]
            holds = side == (1 if relation in ("left", "above") else -1)
            return f"Is the {noun(d1)} {self.pick(words)} the {noun(d2)}?", holds

        text = self._until(want, make)
        return Question(text, want, _accepted(want), "Is the X R the Y?") if text else None

    def largest(self, want: str) -> Question | None:
        if len(self.shapes) < 2:
            return None
        by_area = sorted(self.shapes, key=lambda s: s.area, reverse=True)
        by_box = sorted(self.shapes, key=lambda s: s.extent[0] * s.extent[1], reverse=True)
        top = by_area[0]
        if by_box[0] is not top or top.area < 1.5 * by_area[1].area:
            return None
        if top.extent[0] * top.extent[1] < 1.3 * by_box[1].extent[0] * by_box[1].extent[1]:
            return None
        words = SYNONYMS.get(top.kind, {top.kind})
        text = self.pick(["Which shape is the largest?", "Which shape is the biggest?", "What is the biggest shape?"])
        return Question(
            text, top.kind, _accepted(words | {f"{top.colour} {w}" for w in words}), "Which shape is largest?"
        )

    def more_than(self, want: str) -> Question | None:
        def make():
            if self.rng.random() < 0.5:
                x, y = self.pick(KINDS), self.pick(KINDS)
                dx, dy = (None, x), (None, y)
            else:
                x, y = self.pick(COLOURS), self.pick(COLOURS)
                dx, dy = (x, None), (y, None)
            if x == y:
                return None
            nx, ny = self.count(dx), self.count(dy)
            if nx is None or ny is None or nx + ny == 0:
                return None
            if dx[0] and any(n == 0 and not self.safe_absent(c) for n, c in ((nx, x), (ny, y))):
                return None
            return f"Are there more {noun(dx, True)} than {noun(dy, True)}?", nx > ny

        text = self._until(want, make)
        return Question(text, want, _accepted(want), "Are there more X than Y?") if text else None


def clear_side(a: Shape, b: Shape, axis: int) -> int:
    """+1 when a is clearly before b along the axis (left of / above), -1 when clearly after, 0 when not clear."""
    ca, cb = a.centre[axis], b.centre[axis]
    margin = max(0.6 * max(a.extent[axis], b.extent[axis]), 16)
    if cb - ca >= margin:
        return 1
    if ca - cb >= margin:
        return -1
    return 0


def questions(scene: Scene, seed: int, per_image: int) -> list[Question]:
    rng = np.random.default_rng([seed, scene.index, 1])
    asker = Asker(scene, rng)
    makers: list[tuple[float, Callable[[str], Question | None]]] = [
        (0.7, asker.count_all),
        (0.9, asker.count_shape),
        (0.7, asker.count_colour),
        (1.0, asker.what_shape),
        (1.1, asker.what_colour),
        (0.9, asker.exists_colour),
        (0.6, asker.exists_shape),
        (1.3, asker.relation),
        (0.6, asker.largest),
        (0.7, asker.more_than),
    ]
    return common.pick_balanced(makers, rng, per_image, per_image * 8, gold=lambda question: question.answer)


# ---------------------------------------------------------------------------------------------------- scoring

ALIASES = {"grey": "gray", "zero": "0", "none": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
HEDGES = {"unknown", "not sure", "i don't know", "i do not know", "can't tell", "cannot tell", "unsure"}


def _normal(text: str) -> str:
    text = " ".join(text.strip().lower().rstrip(".!").split())
    for lead in ("the ", "a ", "an "):
        if text.startswith(lead):
            text = text[len(lead) :]
    return " ".join(ALIASES.get(word, word) for word in text.split(" "))


def score(first: str, said: str, accepted: frozenset[str]) -> str:
    """The shared outcome (``first``), with hedged answers as unknown and every accepted wording as right."""
    if first in ("right", "planning error", "unknown"):
        return first
    if _normal(said) in HEDGES:
        return "unknown"
    return "right" if _normal(said) in accepted else "wrong"


def _wording(text: str) -> str:
    for word in sorted(list(KINDS) + list(PLURAL.values()), key=len, reverse=True):
        text = text.replace(f" {word} ", " X ").replace(f" {word}?", " X?")
    for colour in COLOURS:
        text = text.replace(f" {colour} ", " C ")
    return text


def run(images: int, seed: int, style: str | None, per_image: int, perception: str, show_failures: bool) -> None:
    scenes = [generate(index, seed, style or STYLES[index % len(STYLES)]) for index in range(images)]
    asked = {scene.index: questions(scene, seed, per_image) if scene.shapes else [] for scene in scenes}
    total = sum(len(q) for q in asked.values())
    started = time.perf_counter()
    done, _, shown = ask_all(
        iter(scenes),
        lambda scene: asked[scene.index],
        total,
        perception,
        keys=lambda scene, item: [scene.style],
        describe=lambda scene: {"index": scene.index},
        show_unknown=True,
        limit=10**9,
    )
    seconds = time.perf_counter() - started
    said = {(s["index"], s["question"]): s for s in shown}  # every answer not right under the shared outcome

    tables = common.new_tables()
    overall: Counter = Counter()
    failures: list[dict] = []
    common.clear_folder(FAILURE_DIR, f"s{seed}_*")
    for scene in scenes:
        saved = None
        for item in asked[scene.index]:
            answer = said.get((scene.index, item.text))
            kind = "right" if answer is None else score(answer["outcome"], answer["said"], item.accepted)
            overall[kind] += 1
            tables["style"][scene.style][kind] += 1
            tables["question template"][item.kind][kind] += 1
            tables["style and template"][f"{scene.style}: {item.kind}"][kind] += 1
            tables["gold answer"][common.answer_group(item.answer, SHADES)][kind] += 1
            tables["shapes in the image"][str(len(scene.shapes))][kind] += 1
            tables["background"]["dark slide" if scene.dark else "light"][kind] += 1
            tables["wording"][_wording(item.text)][kind] += 1
            if kind == "right":
                continue
            if saved is None:
                saved = FAILURE_DIR / f"s{seed}_{scene.index:04d}_{scene.style}.png"
                Image.fromarray(scene.image).save(saved)
            failures.append(
                {
                    "outcome": kind,
                    "style": scene.style,
                    "shapes": [s.describe() for s in scene.shapes],
                    "size": scene.size,
                    "question": item.text,
                    "kind": item.kind,
                    "gold": item.answer,
                    "said": answer["said"],
                    "reason": answer["reason"],
                    "seen": answer["seen"],
                    "path": str(saved),
                }
            )
    which = f"style {style}" if style else "all 7 styles in turn"
    print(
        f"{done} questions on {images} slide-style filled-shape images (160-320 px, {which}), seed {seed},"
        f" perception={perception}, {seconds:.0f} s"
    )
    print(common.tally_row("all", overall, 48))
    order = {name: i for i, name in enumerate(STYLES)}
    by_style = {table: lambda kv: (order[kv[0].split(":")[0]], kv[0]) for table in ("style", "style and template")}
    common.print_tables(
        tables,
        ("style", "question template", "gold answer", "shapes in the image", "background", "style and template"),
        48,
        by_style,
    )
    common.print_wordings("by wording (shape words as X, colour words as C; 5 or more asked):", tables["wording"], 48)
    common.print_counts("failing wordings:", Counter(_wording(f["question"]) for f in failures))
    print("most common failures (template, gold, said):")
    for (template, gold, answer), n in Counter((f["kind"], f["gold"], f["said"]) for f in failures).most_common(25):
        print(f"  {n:3d}  {template}  gold {gold!r}  said {answer!r}")
    common.report_failures(
        failures,
        f"; their images in {FAILURE_DIR}",
        show_failures,
        lambda f: (
            f"- {f['outcome']} [{f['style']}; {f['kind']}] {f['size'][0]}x{f['size'][1]}: {'; '.join(f['shapes'])}"
        ),
        after=lambda f: [f"seen: {f['seen']}"],
    )


def main() -> None:
    parser = common.command_line(__doc__, count_help="images (about 6 questions each)")
    parser.add_argument("--style", choices=STYLES, default=None, help="draw every image in this fill style")
    common.asking_arguments(parser)
    parser.add_argument("--save", type=Path, default=None, help="also write the images (and their questions) here")
    args = parser.parse_args()
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for index in range(args.images):
            scene = generate(index, args.seed, args.style or STYLES[index % len(STYLES)])
            Image.fromarray(scene.image).save(args.save / f"fills{index:04d}_{scene.style}.png")
            lines = [s.describe() for s in scene.shapes] + [
                f"Q: {q.text}  gold: {q.answer}" for q in questions(scene, args.seed, args.per_image)
            ]
            (args.save / f"fills{index:04d}_{scene.style}.txt").write_text("\n".join(lines) + "\n")
        return
    run(args.images, args.seed, args.style, args.per_image, args.perception, args.show_failures)


if __name__ == "__main__":
    main()
