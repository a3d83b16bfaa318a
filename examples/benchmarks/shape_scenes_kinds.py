"""Kinds of shape pictures nobody tuned nsvr for: how often ``nsvr ask`` answers right, says ``unknown``, or is
confidently wrong on drawings of simple shapes made in styles other than flat shapes on a white sheet.

This benchmark was written without reading nsvr's perception code (the region proposer, the shape namer and the
other shape benchmarks were not opened); it only uses nsvr's public entry point (``nsvr.agent.ask.ask``, as the
``nsvr ask IMAGE "QUESTION"`` command runs it, default ``photo`` perception and embedded planner) and the ask loop
and scoring of ``shape_bench_common``.

Each picture (numpy + PIL/OpenCV, seeded by ``--seed`` and its index) holds 1-5 shapes (circle, ellipse, triangle,
square, rectangle, pentagon, hexagon, star) in 10 plainly nameable colours (red, orange, yellow, green, blue,
purple, pink, brown, black, gray, and white where the background allows), 128-640 px a side, in one condition:

- ``dark``: black, near-black, dark navy or dark gray background ("dark mode" slides), bright shapes.
- ``paper`` (coloured paper): saturated or pastel light blue, yellow, pink, green, orange or lavender background,
  shapes of other colours.
- ``textured``: wood-like grain, fabric weave, faint grid (graph paper), dotted paper or a mild large-scale
  gradient behind the shapes; the texture stays far weaker than the shapes' contrast.
- ``shaded``: 3D-looking shapes: a linear or radial gradient fill from lighter to darker of the same hue (+-25%
  lightness), and a soft drop shadow offset below-right on about half of them.
- ``outlined``: outline-only shapes (a coloured 2-6 px stroke, no fill) and coloured shapes with a thick black
  outline.
- ``labelled``: a slide/diagram: shapes with a short black or white text label inside or beside them ("A",
  "Start", "42"), sometimes with thin gray/black connector lines or arrows between shapes (not shapes).
- ``overlap``: 2-4 shapes of different colours, some overlapping partially (at most 30% of the smaller shape's
  area), the top one fully visible; the count is the number of shapes drawn.

Every gold answer comes from what was drawn: counts (all shapes, of a colour, of a shape), "is there a C S",
the colour of a unique shape (the stroke's colour for an outline-only shape, the fill's for a black-outlined
one), the shape of a uniquely coloured object, left/right of two shapes (only when their boxes and centroids agree
by a clear margin), the colour/shape of the only shape on one side of another, and the largest/smallest shape
(only when it is at least 1.5x the area of the next). No question hangs on square-vs-rectangle or circle-vs-ellipse
(a question naming rectangles or ellipses is asked only where no square, resp. circle, was drawn), nor on a colour
that a viewer may confuse with another present colour (``CONFUSABLE``).

Run (from the repository root; about 1-2 s per picture on one CPU):

    python examples/benchmarks/shape_scenes_kinds.py --seed 0 [--questions 600] [--condition dark]
        [--show-failures] [--save-samples 12 runs/kinds] [--indices 3 17]

It prints the right / unknown / confidently wrong shares overall, by condition, by question kind and by detail
(outline-only, drop shadow, occluded shape, label inside ...), then every confidently wrong answer with the image
id (seed, index, condition: ``--indices`` with the same seed redraws it) and what was drawn and seen.
"""

from __future__ import annotations

import argparse
import colorsys
import json
import math
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shape_bench_common import CONFUSABLE, ask_all, print_shares  # noqa: E402

CONDITIONS = ("dark", "paper", "textured", "shaded", "outlined", "labelled", "overlap")
ALIASES = {"coloured paper": "paper", "coloured-paper": "paper", "colored-paper": "paper", "coloured_paper": "paper"}
KINDS = ("circle", "ellipse", "triangle", "square", "rectangle", "pentagon", "hexagon", "star")
PLURAL = {k: k + "s" for k in KINDS}
FAMILY = {"rectangle": "square", "ellipse": "circle"}
"""A question naming the key is asked only where no shape of the value was drawn (nsvr counts a square as a
rectangle and a circle as an ellipse)."""

PALETTE: dict[str, list[tuple[int, int, int]]] = {
    "red": [(215, 35, 35), (235, 45, 45)],
    "orange": [(245, 130, 20), (255, 150, 30)],
    "yellow": [(245, 215, 40), (255, 230, 60)],
    "green": [(45, 160, 65), (60, 200, 85)],
    "blue": [(40, 90, 215), (60, 125, 245)],
    "purple": [(130, 60, 175), (165, 95, 225)],
    "pink": [(245, 125, 185), (255, 145, 200)],
    "brown": [(125, 75, 35), (150, 95, 50)],
    "black": [(25, 25, 25), (15, 15, 15)],
    "gray": [(130, 130, 130), (160, 160, 160)],
    "white": [(245, 245, 245), (255, 255, 255)],
}
"""Each colour name's standard and bright shade; a shape's colour is one of them jittered by a few levels."""

LIGHT = {"white": (255, 255, 255), "off-white": (248, 246, 240), "light gray": (234, 234, 234)}
DARK = {"black": (0, 0, 0), "near-black": (18, 18, 22), "dark navy": (16, 24, 58), "dark gray": (45, 45, 50)}
PAPER = {
    "light blue": ((172, 210, 240), "blue"),
    "blue": ((95, 165, 230), "blue"),
    "pastel yellow": ((250, 236, 140), "yellow"),
    "yellow": ((255, 215, 40), "yellow"),
    "pastel pink": ((250, 200, 215), "pink"),
    "pink": ((240, 130, 175), "pink"),
    "pastel green": ((170, 220, 160), "green"),
    "green": ((90, 185, 100), "green"),
    "pastel orange": ((252, 200, 140), "orange"),
    "lavender": ((205, 185, 235), "purple"),
}
TEXTURES = ("wood", "fabric", "grid", "dots", "gradient")
LABELS = ("A", "B", "C", "D", "1", "2", "3", "42", "7", "X", "Start", "End", "Yes", "No", "OK", "Go", "Step 1")
SS = 4  # supersampling of the shape masks


def confusable(a: str, b: str) -> bool:
    return a == b or b in CONFUSABLE.get(a, ()) or a in CONFUSABLE.get(b, ())


@dataclass
class Shape:
    kind: str
    colour: str
    rgb: tuple[int, int, int]
    points: np.ndarray  # polygon, image coordinates (x, y)
    style: str = "filled"  # filled | outline-only | black-outline
    stroke: int = 0
    area: float = 0.0  # enclosed area in pixels (the outline's inside for outline-only shapes)
    box: tuple[float, float, float, float] = (0, 0, 0, 0)
    centroid: tuple[float, float] = (0, 0)
    visible: float = 1.0  # share of its area not covered by shapes drawn over it
    shadow: bool = False
    label: str = ""
    label_place: str = ""
    label_box: tuple[float, float, float, float] | None = None

    @property
    def cx(self) -> float:
        return (self.box[0] + self.box[2]) / 2


@dataclass
class Scene:
    seed: int
    index: int
    condition: str
    image: np.ndarray
    shapes: list[Shape]
    params: dict = field(default_factory=dict)


@dataclass
class Item:
    text: str
    answer: str
    kind: str
    tags: tuple[str, ...] = ()


# ----------------------------------------------------------------------------------------------------- geometry


def rotate(points: np.ndarray, angle: float) -> np.ndarray:
    c, s = math.cos(angle), math.sin(angle)
    return points @ np.array([[c, s], [-s, c]])


def outline(kind: str, r: float, rng: np.random.Generator) -> np.ndarray:
    """The shape's polygon around (0, 0), with circumradius about ``r``."""
    if kind == "circle":
        t = np.linspace(0, 2 * math.pi, 120, endpoint=False)
        return np.stack([np.cos(t), np.sin(t)], 1) * r
    if kind == "ellipse":
        aspect = rng.uniform(1.6, 2.4)
        t = np.linspace(0, 2 * math.pi, 120, endpoint=False)
        pts = np.stack([np.cos(t) * r, np.sin(t) * r / aspect], 1)
        return rotate(pts, rng.choice([0, math.pi / 2, rng.uniform(0, math.pi)]))
    if kind == "triangle":
        style = rng.choice(["equilateral", "equilateral", "isosceles", "right"])
        if style == "equilateral":
            t = -math.pi / 2 + np.arange(3) * 2 * math.pi / 3
            pts = np.stack([np.cos(t), np.sin(t)], 1) * r
        elif style == "isosceles":
            h, w = r * rng.uniform(1.6, 2.0), r * rng.uniform(1.1, 1.6)
            pts = np.array([[0, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]])
        else:
            w, h = r * rng.uniform(1.3, 1.7), r * rng.uniform(1.3, 1.7)
            pts = np.array([[-w / 2, -h / 2], [-w / 2, h / 2], [w / 2, h / 2]])
        pts = pts - pts.mean(0)
        angle = 0.0 if rng.random() < 0.5 else rng.uniform(0, 2 * math.pi)
        return rotate(pts, angle)
    if kind in ("square", "rectangle"):
        aspect = 1.0 if kind == "square" else rng.uniform(1.6, 2.5)
        half_w = r * math.cos(math.atan(1 / aspect))
        half_h = half_w / aspect
        pts = np.array([[-half_w, -half_h], [half_w, -half_h], [half_w, half_h], [-half_w, half_h]])
        u = rng.random()
        angle = 0.0 if u < 0.55 else (math.pi / 2 if u < 0.7 else (math.pi / 4 if u < 0.8 else rng.uniform(0, math.pi)))
        return rotate(pts, angle)
    if kind in ("pentagon", "hexagon"):
        n = 5 if kind == "pentagon" else 6
        t = rng.choice([-math.pi / 2, rng.uniform(0, 2 * math.pi)]) + np.arange(n) * 2 * math.pi / n
        return np.stack([np.cos(t), np.sin(t)], 1) * r
    if kind == "star":
        inner = rng.uniform(0.4, 0.5)
        t = rng.choice([-math.pi / 2, rng.uniform(0, 2 * math.pi)]) + np.arange(10) * math.pi / 5
        radius = np.where(np.arange(10) % 2 == 0, r, r * inner)
        return np.stack([np.cos(t) * radius, np.sin(t) * radius], 1)
    raise ValueError(kind)


def render_mask(points: np.ndarray, size: tuple[int, int], stroke: float = 0) -> np.ndarray:
    """Anti-aliased coverage in [0, 1] of the filled polygon, or of its outline ``stroke`` px wide."""
    w, h = size
    big = Image.new("L", (w * SS, h * SS), 0)
    draw = ImageDraw.Draw(big)
    pts = [(float(x) * SS, float(y) * SS) for x, y in points]
    if stroke:
        draw.line(pts + [pts[0], pts[1]], fill=255, width=max(1, round(stroke * SS)), joint="curve")
    else:
        draw.polygon(pts, fill=255)
    small = big.resize((w, h), Image.Resampling.BOX)
    return np.asarray(small, dtype=np.float32) / 255.0


def composite(canvas: np.ndarray, alpha: np.ndarray, colour) -> None:
    a = alpha[..., None]
    canvas *= 1 - a
    canvas += a * np.asarray(colour, dtype=np.float32)


def pick_rgb(name: str, rng: np.random.Generator, bright: bool = False) -> tuple[int, int, int]:
    base = np.array(PALETTE[name][1 if bright else int(rng.integers(0, 2))], dtype=np.float32)
    jitter = rng.uniform(-8, 8, 3) if name not in ("gray", "black", "white") else np.full(3, rng.uniform(-6, 6))
    return tuple(int(v) for v in np.clip(base + jitter, 0, 255))


def distance(a, b) -> float:
    return float(np.linalg.norm(np.asarray(a, dtype=np.float32) - np.asarray(b, dtype=np.float32)))


# -------------------------------------------------------------------------------------------------- backgrounds


def background(condition: str, w: int, h: int, rng: np.random.Generator) -> tuple[np.ndarray, dict, set[str]]:
    """The background pixels, its description and the colour names shapes may not take on it."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if condition == "dark":
        name = str(rng.choice(list(DARK)))
        base = np.array(DARK[name], np.float32)
        return np.broadcast_to(base, (h, w, 3)).copy(), {"background": name}, {"black", "brown"}
    if condition == "paper":
        name = str(rng.choice(list(PAPER)))
        rgb, colour = PAPER[name]
        canvas = np.broadcast_to(np.array(rgb, np.float32), (h, w, 3)).copy()
        canvas += rng.normal(0, 1.5, (h, w, 1))  # paper grain, barely visible
        banned = {c for c in PALETTE if confusable(c, colour)}
        return canvas, {"background": f"{name} paper"}, banned
    if condition == "textured":
        texture = str(rng.choice(TEXTURES))
        if texture == "wood":
            base = np.array(rng.choice([(222, 196, 160), (232, 210, 178), (214, 186, 148)]), np.float32)
            period = rng.uniform(6, 16)
            if rng.random() < 0.5:  # vertical grain
                xx, yy = yy, xx
            warp = 6 * np.sin(xx / rng.uniform(60, 140) + rng.uniform(0, 6)) + 3 * np.sin(xx / rng.uniform(15, 30))
            grain = np.sin((yy + warp) * 2 * math.pi / period) + 0.5 * np.sin((yy + warp) * 2 * math.pi / period / 2.7)
            canvas = base + (grain * 9)[..., None] * np.array([1.0, 0.85, 0.7], np.float32)
            canvas += rng.normal(0, 2, (h, w, 1))
            banned = {"brown", "orange"}
        elif texture == "fabric":
            base = np.array(rng.choice([(238, 236, 228), (225, 228, 235), (236, 228, 214)]), np.float32)
            p = rng.uniform(3, 6)
            weave = np.sign(np.sin(xx * 2 * math.pi / p)) * np.sign(np.sin(yy * 2 * math.pi / p))
            thread = np.sin(xx * 2 * math.pi / p) ** 2 + np.sin(yy * 2 * math.pi / p) ** 2
            canvas = base + ((weave * 5 + thread * 4) + rng.normal(0, 2.5, (h, w)))[..., None]
            banned = set()
        elif texture == "grid":
            base = np.array(rng.choice([(255, 255, 255), (250, 248, 240)]), np.float32)
            canvas = np.broadcast_to(base, (h, w, 3)).copy()
            line = np.array(rng.choice([(190, 210, 240), (205, 205, 205), (200, 225, 200)]), np.float32)
            step = int(rng.integers(8, 25))
            ox, oy = int(rng.integers(0, step)), int(rng.integers(0, step))
            on = ((xx.astype(int) - ox) % step == 0) | ((yy.astype(int) - oy) % step == 0)
            canvas[on] = line
            if rng.random() < 0.5:  # major lines every 5 cells, a little stronger
                major = ((xx.astype(int) - ox) % (step * 5) == 0) | ((yy.astype(int) - oy) % (step * 5) == 0)
                canvas[major] = line - 15
            banned = set()
        elif texture == "dots":
            base = np.array(rng.choice([(255, 255, 255), (250, 248, 240), (245, 245, 250)]), np.float32)
            canvas = np.broadcast_to(base, (h, w, 3)).copy()
            step = int(rng.integers(9, 21))
            shade = float(rng.uniform(165, 195))
            img = Image.fromarray(canvas.astype(np.uint8))
            draw = ImageDraw.Draw(img)
            rad = rng.choice([0.8, 1.2])
            for y in range(step // 2, h, step):
                for x in range(step // 2, w, step):
                    draw.ellipse((x - rad, y - rad, x + rad, y + rad), fill=(int(shade),) * 3)
            canvas = np.asarray(img, np.float32).copy()
            banned = set()
        else:  # a mild large-scale gradient
            a = np.array(rng.choice([(252, 252, 252), (245, 240, 230), (235, 242, 250)]), np.float32)
            b = a - rng.uniform(25, 40)
            angle = rng.uniform(0, 2 * math.pi)
            t = (xx * math.cos(angle) + yy * math.sin(angle)) / (w * abs(math.cos(angle)) + h * abs(math.sin(angle)))
            t = (t - t.min()) / max(1e-6, float(t.max() - t.min()))
            canvas = a + (b - a) * t[..., None]
            banned = set()
        return np.clip(canvas, 0, 255), {"background": f"{texture} texture"}, banned | {"white"}
    name = str(rng.choice(list(LIGHT)))
    base = np.array(LIGHT[name], np.float32)
    return np.broadcast_to(base, (h, w, 3)).copy(), {"background": name}, {"white"}


# ------------------------------------------------------------------------------------------------------ scenes


def pick_colours(n: int, allowed: list[str], rng: np.random.Generator, distinct: bool) -> list[str]:
    if not distinct:
        return [str(rng.choice(allowed)) for _ in range(n)]
    chosen: list[str] = []
    for c in rng.permutation(allowed):
        if all(not confusable(str(c), d) for d in chosen):
            chosen.append(str(c))
        if len(chosen) == n:
            return chosen
    return [str(rng.choice(allowed)) for _ in range(n)] if not chosen else (chosen * n)[:n]


def place(
    n: int, radii: list[float], w: int, h: int, gap: float, rng: np.random.Generator
) -> list[tuple[float, float]] | None:
    """Centres for circles of ``radii`` inside the picture, ``gap`` apart; None if they do not fit."""
    centres: list[tuple[float, float]] = []
    for r in radii:
        for _ in range(200):
            x, y = rng.uniform(r + 3, w - r - 3), rng.uniform(r + 3, h - r - 3)
            if all(math.hypot(x - a, y - b) >= r + q + gap for (a, b), q in zip(centres, radii, strict=False)):
                centres.append((x, y))
                break
        else:
            return None
    return centres


def finish(shape: Shape, w: int, h: int) -> np.ndarray:
    mask = render_mask(shape.points, (w, h))
    shape.area = float(mask.sum())
    ys, xs = np.nonzero(mask > 0.5)
    shape.centroid = (float(xs.mean()), float(ys.mean())) if len(xs) else (0.0, 0.0)
    x0, y0 = shape.points.min(0)
    x1, y1 = shape.points.max(0)
    shape.box = (float(x0), float(y0), float(x1), float(y1))
    return mask


def font(size: int, bold: bool) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for path in (f"/usr/share/fonts/truetype/dejavu/{name}", name):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def shade_fill(rgb, mask_box, w: int, h: int, rng: np.random.Generator) -> tuple[np.ndarray, str]:
    """A linear or radial gradient of ``rgb`` from 25% lighter (towards white) to 25% darker (towards black)."""
    hue, light, sat = colorsys.rgb_to_hls(*(v / 255 for v in rgb))
    lo, hi = light * 0.75, light + 0.25 * (1 - light)  # 25% shade .. 25% tint
    x0, y0, x1, y1 = mask_box
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if rng.random() < 0.5:
        angle = rng.uniform(math.pi / 8, 3 * math.pi / 8) + rng.choice([0, math.pi / 2, -math.pi / 2]) * (
            rng.random() < 0.3
        )
        proj = (xx - x0) * math.cos(angle) + (yy - y0) * math.sin(angle)
        span = (x1 - x0) * abs(math.cos(angle)) + (y1 - y0) * abs(math.sin(angle))
        t = np.clip(proj / max(span, 1), 0, 1)
        kind = "linear"
    else:
        fx, fy = x0 + (x1 - x0) * rng.uniform(0.25, 0.45), y0 + (y1 - y0) * rng.uniform(0.25, 0.45)
        t = np.clip(np.hypot(xx - fx, yy - fy) / (0.75 * max(x1 - x0, y1 - y0)), 0, 1)
        kind = "radial"
    light_rgb = np.array(colorsys.hls_to_rgb(hue, hi, sat), np.float32) * 255
    dark_rgb = np.array(colorsys.hls_to_rgb(hue, lo, sat), np.float32) * 255
    return light_rgb + (dark_rgb - light_rgb) * t[..., None], kind


def make_scene(seed: int, index: int, condition: str) -> Scene:
    rng = np.random.default_rng([seed, index, CONDITIONS.index(condition)])
    for _attempt in range(50):
        scene = try_scene(seed, index, condition, rng)
        if scene is not None:
            return scene
    raise RuntimeError(f"no scene for seed {seed} index {index} {condition}")


def try_scene(seed: int, index: int, condition: str, rng: np.random.Generator) -> Scene | None:
    side = int(rng.integers(128, 641))
    aspect = rng.uniform(0.75, 1.34)
    w, h = side, int(np.clip(round(side * aspect), 128, 640))
    if rng.random() < 0.5:
        w, h = h, w
    canvas, params, banned = background(condition, w, h, rng)
    bg_mean = canvas.reshape(-1, 3).mean(0)
    n = int(rng.integers(2, 5)) if condition == "overlap" else int(rng.integers(1, 6))
    bright = condition == "dark"
    allowed = [
        c
        for c in PALETTE
        if c not in banned
        and distance(PALETTE[c][1 if bright else 0], bg_mean) >= 110
        and distance(PALETTE[c][1 if bright else 1], bg_mean) >= 100
    ]
    if condition == "outlined":
        allowed = [c for c in allowed if c != "white"]
    colours = pick_colours(n, allowed, rng, distinct=condition == "overlap")
    kinds = [str(rng.choice(KINDS)) for _ in range(n)]
    small = min(w, h)
    base = small * rng.uniform(0.11, 0.19) * {1: 1.3, 2: 1.1, 3: 0.95, 4: 0.85, 5: 0.75}[n]
    radii = [max(10.0, base * rng.uniform(0.6, 1.35)) for _ in range(n)]
    shapes: list[Shape] = []
    masks: list[np.ndarray] = []
    if condition == "overlap":
        placed = place_overlapping(kinds, radii, colours, w, h, rng)
        if placed is None:
            return None
        shapes, masks = placed
    else:
        gap = (
            max(5.0, 0.03 * small)
            + (0.12 * base if condition == "shaded" else 0)
            + (7 if condition == "outlined" else 0)
        )
        if condition == "labelled":
            gap += max(8.0, 0.06 * small)
        centres = place(n, radii, w, h, gap, rng)
        if centres is None:
            return None
        for kind, colour, r, (x, y) in zip(kinds, colours, radii, centres, strict=True):
            shape = Shape(kind, colour, pick_rgb(colour, rng, bright), outline(kind, r, rng) + (x, y))
            masks.append(finish(shape, w, h))
            shapes.append(shape)
    if condition == "shaded":
        for shape, mask in zip(shapes, masks, strict=True):
            if rng.random() < 0.5:
                shape.shadow = True
                off = max(2.0, 0.1 * math.sqrt(shape.area))
                sigma = max(1.5, 0.06 * math.sqrt(shape.area))
                moved = cv2.warpAffine(mask, np.float32([[1, 0, off], [0, 1, off * rng.uniform(0.8, 1.3)]]), (w, h))
                soft = cv2.GaussianBlur(moved, (0, 0), sigma)
                composite(canvas, soft * rng.uniform(0.3, 0.45), (0, 0, 0))
            fill, how = shade_fill(shape.rgb, shape.box, w, h, rng)
            shape.style = f"{how} gradient"
            a = mask[..., None]
            canvas[:] = canvas * (1 - a) + fill * a
    elif condition == "outlined":
        for shape, mask in zip(shapes, masks, strict=True):
            if rng.random() < 0.5 or shape.colour == "black":
                # strokes of 2-6 px, at most a fifth (outline only) or 15% (black outline) of the radius,
                # so that a small star's fill is not all outline
                radius = 0.5 * max(shape.box[2] - shape.box[0], shape.box[3] - shape.box[1])
                shape.style, shape.stroke = "outline-only", int(min(rng.integers(2, 7), max(2, 0.2 * radius)))
                composite(canvas, render_mask(shape.points, (w, h), shape.stroke), shape.rgb)
            else:
                radius = 0.5 * max(shape.box[2] - shape.box[0], shape.box[3] - shape.box[1])
                shape.style, shape.stroke = "black-outline", int(min(rng.integers(3, 7), max(2, 0.15 * radius)))
                composite(canvas, mask, shape.rgb)
                composite(canvas, render_mask(shape.points, (w, h), shape.stroke), (15, 15, 15))
    else:
        for shape, mask in zip(shapes, masks, strict=True):
            composite(canvas, mask, shape.rgb)
    if condition == "labelled":
        union = np.clip(np.sum(masks, 0), 0, 1)
        if len(shapes) >= 2 and rng.random() < 0.6:
            params["connectors"], lines = draw_connectors(canvas, shapes, masks, union, rng)
        else:
            lines = np.zeros((h, w), np.float32)
        draw_labels(canvas, shapes, masks, lines, rng)
    image = np.clip(canvas + 0.5, 0, 255).astype(np.uint8)
    return Scene(seed, index, condition, image, shapes, params | {"size": f"{w}x{h}"})


def place_overlapping(kinds, radii, colours, w, h, rng) -> tuple[list[Shape], list[np.ndarray]] | None:
    shapes: list[Shape] = []
    masks: list[np.ndarray] = []
    for kind, colour, r in zip(kinds, colours, radii, strict=True):
        r = min(r, 0.3 * min(w, h))
        for _ in range(80):
            if shapes and rng.random() < 0.8:
                j = int(rng.integers(0, len(shapes)))
                other = shapes[j]
                ox, oy = other.centroid
                rj = 0.5 * max(other.box[2] - other.box[0], other.box[3] - other.box[1])
                d = (rj + r) * rng.uniform(0.6, 0.95)
                t = rng.uniform(0, 2 * math.pi)
                x, y = ox + d * math.cos(t), oy + d * math.sin(t)
            else:
                x, y = rng.uniform(r, w - r), rng.uniform(r, h - r)
            shape = Shape(kind, colour, pick_rgb(colour, rng), outline(kind, r, rng) + (x, y))
            bx0, by0 = shape.points.min(0)
            bx1, by1 = shape.points.max(0)
            if bx0 < 3 or by0 < 3 or bx1 > w - 3 or by1 > h - 3:
                continue
            mask = finish(shape, w, h)
            ok = all(
                float(np.minimum(mask, m).sum()) <= 0.3 * min(shape.area, s.area)
                for s, m in zip(shapes, masks, strict=True)
            )
            if ok:
                shapes.append(shape)
                masks.append(mask)
                break
        else:
            return None
    covered_any = False
    for i, (shape, mask) in enumerate(zip(shapes, masks, strict=True)):
        above = np.clip(np.sum(masks[i + 1 :], 0), 0, 1) if i + 1 < len(masks) else np.zeros_like(mask)
        hidden = float(np.minimum(mask, above).sum())
        shape.visible = 1 - hidden / shape.area
        if shape.visible < 0.65:
            return None
        covered_any |= shape.visible < 0.96
    return (shapes, masks) if covered_any else None


def draw_connectors(canvas, shapes, masks, union, rng) -> tuple[int, np.ndarray]:
    """Lines (some with arrowheads) between shape pairs; their number and their coverage."""
    inks = [("black", (40, 40, 40)), ("gray", (125, 125, 125))]
    if rng.random() < 0.5:
        inks.reverse()

    def clear(i: int, j: int) -> bool:  # the segment between the centroids crosses no third shape
        (ax, ay), (bx, by) = shapes[i].centroid, shapes[j].centroid
        for t in np.linspace(0, 1, 200):
            x, y = int(ax + (bx - ax) * t), int(ay + (by - ay) * t)
            if any(masks[k][y, x] > 0 for k in range(len(shapes)) if k not in (i, j)):
                return False
        return True

    pairs: list[tuple[int, int]] = []
    colour = inks[0][1]
    for ink, rgb in inks:  # a connector's ink never matches a shape it touches
        colour = rgb
        pairs = [
            (i, j)
            for i in range(len(shapes))
            for j in range(i + 1, len(shapes))
            if ink not in (shapes[i].colour, shapes[j].colour) and clear(i, j)
        ]
        if pairs:
            break
    if not pairs:
        return 0, np.zeros(union.shape, np.float32)
    rng.shuffle(pairs)
    count = int(rng.integers(1, min(3, len(pairs)) + 1))
    thick = int(rng.integers(1, 3))
    big = np.zeros((canvas.shape[0] * SS, canvas.shape[1] * SS), np.uint8)
    for i, j in pairs[:count]:
        (ax, ay), (bx, by) = shapes[i].centroid, shapes[j].centroid
        cv2.line(big, (int(ax * SS), int(ay * SS)), (int(bx * SS), int(by * SS)), 255, thick * SS, cv2.LINE_AA)
        if rng.random() < 0.6:  # an arrowhead where the line meets the target shape
            length = math.hypot(bx - ax, by - ay)
            ux, uy = (bx - ax) / length, (by - ay) / length
            t = length
            while t > 0:
                px, py = ax + ux * t, ay + uy * t
                if masks[j][int(min(py, union.shape[0] - 1)), int(min(px, union.shape[1] - 1))] < 0.05:
                    break
                t -= 0.5
            size = 5 + 2 * thick
            tip = np.array([px, py])
            back = tip - size * np.array([ux, uy])
            normal = np.array([-uy, ux]) * size * 0.45
            head = np.array([tip, back + normal, back - normal]) * SS
            cv2.fillPoly(big, [head.astype(np.int32)], 255, cv2.LINE_AA)
    layer = cv2.resize(big, (canvas.shape[1], canvas.shape[0]), interpolation=cv2.INTER_AREA) / 255.0
    composite(canvas, layer * (1 - union), colour)
    return count, layer * (1 - union)


def draw_labels(canvas, shapes, masks, lines, rng) -> None:
    """A short label inside or beside most shapes, never on a connector ``lines`` covers."""
    h, w = canvas.shape[:2]
    img = Image.fromarray(np.clip(canvas + 0.5, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(img)
    taken: list[tuple[float, float, float, float]] = [
        (s.box[0] - 3, s.box[1] - 3, s.box[2] + 3, s.box[3] + 3) for s in shapes
    ]
    for shape, mask in zip(shapes, masks, strict=True):
        if rng.random() < 0.15:
            continue
        text = str(rng.choice(LABELS))
        bold = bool(rng.random() < 0.5)
        inside_first = rng.random() < 0.5
        r = 0.5 * max(shape.box[2] - shape.box[0], shape.box[3] - shape.box[1])
        done = False
        for where in ("inside", "beside") if inside_first else ("beside", "inside"):
            if where == "inside":
                for size in range(int(min(40, max(9, 0.55 * r))), 8, -1):
                    f = font(size, bold)
                    x0, y0, x1, y1 = draw.textbbox((0, 0), text, font=f)
                    cx, cy = shape.centroid
                    left, top = cx - (x1 + x0) / 2, cy - (y1 + y0) / 2
                    box = (int(left + x0) - 1, int(top + y0) - 1, int(left + x1) + 2, int(top + y1) + 2)
                    if box[0] < 0 or box[1] < 0 or box[2] >= w or box[3] >= h:
                        continue
                    if mask[box[1] : box[3], box[0] : box[2]].min() > 0.95:
                        lum = 0.299 * shape.rgb[0] + 0.587 * shape.rgb[1] + 0.114 * shape.rgb[2]
                        ink = (255, 255, 255) if lum < 140 else (0, 0, 0)
                        draw.text((left, top), text, font=f, fill=ink)
                        shape.label, shape.label_place, done = text, "inside", True
                        shape.label_box = box
                        break
            else:
                f = font(int(np.clip(0.045 * min(w, h), 10, 20)), bold)
                x0, y0, x1, y1 = draw.textbbox((0, 0), text, font=f)
                tw, th = x1 - x0, y1 - y0
                bx0, by0, bx1, by1 = shape.box
                spots = [
                    (bx1 + 7, (by0 + by1) / 2 - th / 2),
                    ((bx0 + bx1) / 2 - tw / 2, by1 + 7),
                    (bx0 - 7 - tw, (by0 + by1) / 2 - th / 2),
                    ((bx0 + bx1) / 2 - tw / 2, by0 - 7 - th),
                ]
                for sx, sy in spots:
                    box = (sx - 2, sy - 2, sx + tw + 2, sy + th + 2)
                    if box[0] < 0 or box[1] < 0 or box[2] >= w or box[3] >= h:
                        continue
                    if any(box[0] < t[2] and t[0] < box[2] and box[1] < t[3] and t[1] < box[3] for t in taken):
                        continue
                    y0_, x0_ = max(0, int(box[1]) - 3), max(0, int(box[0]) - 3)
                    if lines[y0_ : int(box[3]) + 4, x0_ : int(box[2]) + 4].max(initial=0) > 0.02:
                        continue
                    draw.text((sx - x0, sy - y0), text, font=f, fill=(0, 0, 0))
                    taken.append(box)
                    shape.label, shape.label_place, done = text, "beside", True
                    shape.label_box = box
                    break
            if done:
                break
    canvas[:] = np.asarray(img, np.float32)


def all_scenes(seed: int, condition: str | None, indices: list[int] | None) -> Iterator[Scene]:
    if indices is not None:
        for index in indices:
            yield make_scene(seed, index, condition or CONDITIONS[index % len(CONDITIONS)])
        return
    index = 0
    while True:
        yield make_scene(seed, index, condition or CONDITIONS[index % len(CONDITIONS)])
        index += 1


# --------------------------------------------------------------------------------------------------- questions


def matches(shape: Shape, kind: str) -> bool:
    """The shapes a question naming ``kind`` is about (nsvr's wider readings are kept out by ``askable``)."""
    return shape.kind == kind


def askable_kind(kind: str, shapes: list[Shape]) -> bool:
    return kind not in FAMILY or all(s.kind != FAMILY[kind] for s in shapes)


def clear_colour(colour: str, shapes: list[Shape]) -> bool:
    """Whether every shape is either ``colour`` or a colour no viewer would give that name."""
    return all(s.colour == colour or not confusable(s.colour, colour) for s in shapes)


def side(a: Shape, b: Shape, w: int) -> str | None:
    """'left' or 'right' (where ``a`` is from ``b``) when box centres and centroids agree by a clear margin."""
    margin = max(8.0, 0.25 * ((a.box[2] - a.box[0]) + (b.box[2] - b.box[0])) / 2, 0.03 * w)
    d1, d2 = a.cx - b.cx, a.centroid[0] - b.centroid[0]
    if d1 >= margin and d2 >= margin:
        return "right"
    if d1 <= -margin and d2 <= -margin:
        return "left"
    return None


def describe_tags(scene: Scene, shape: Shape) -> tuple[str, ...]:
    c = scene.condition
    if c == "outlined":
        return (f"outlined: {shape.style}",)
    if c == "shaded":
        return (f"shaded: {'with' if shape.shadow else 'no'} shadow",)
    if c == "overlap":
        return (f"overlap: {'occluded' if shape.visible < 0.96 else 'whole'} shape",)
    if c == "labelled":
        return (f"labelled: label {shape.label_place or 'none'}",)
    return ()


def questions(scene: Scene) -> list[Item]:
    rng = np.random.default_rng([scene.seed, scene.index, 7919])
    shapes = scene.shapes
    w = scene.image.shape[1]
    present_colours = sorted({s.colour for s in shapes})
    present_kinds = sorted({s.kind for s in shapes})
    outlined_black = scene.condition == "outlined" and any(s.style == "black-outline" for s in shapes)

    def colour_ok(c: str) -> bool:
        return clear_colour(c, shapes) and not (outlined_black and c in ("black", "gray"))

    def pick(options):
        return options[int(rng.integers(0, len(options)))]

    by_kind: dict[str, list[Item]] = {k: [] for k in ("count", "exist", "attribute", "spatial", "superlative")}
    scene_tags = tuple(sorted({t for s in shapes for t in describe_tags(scene, s)}))

    # count
    wording = pick(
        ["How many shapes are there?", "How many shapes are in the picture?", "Count the shapes.",
         "What is the number of shapes?", "How many shapes can you see?"]
    )  # fmt: skip
    by_kind["count"].append(Item(wording, str(len(shapes)), "count: all shapes", scene_tags))
    colour_pool = [c for c in PALETTE if colour_ok(c) and (c in present_colours or rng.random() < 0.3)]
    if colour_pool:
        c = pick(colour_pool)
        n = sum(s.colour == c for s in shapes)
        text = pick(["How many {} shapes are there?", "How many {} shapes?", "Count the {} shapes.",
                     "How many {} objects are in the image?"]).format(c)  # fmt: skip
        tags = tuple(sorted({t for s in shapes if s.colour == c for t in describe_tags(scene, s)}))
        by_kind["count"].append(Item(text, str(n), "count: colour", tags))
    kind_pool = [k for k in KINDS if askable_kind(k, shapes) and (k in present_kinds or rng.random() < 0.25)]
    if kind_pool:
        k = pick(kind_pool)
        n = sum(matches(s, k) for s in shapes)
        text = pick(["How many {} are there?", "How many {}?", "Count the {}.", "How many {} are in the picture?"])
        tags = tuple(sorted({t for s in shapes if s.kind == k for t in describe_tags(scene, s)}))
        by_kind["count"].append(Item(text.format(PLURAL[k]), str(n), "count: shape", tags))

    # exist
    for want in ("yes", "no"):
        if want == "yes":
            pool = [(s.colour, s.kind) for s in shapes if colour_ok(s.colour) and askable_kind(s.kind, shapes)]
        else:
            pool = [
                (c, k)
                for c in PALETTE
                for k in KINDS
                if askable_kind(k, shapes)
                and colour_ok(c)
                and c not in ("white",)
                and not any(s.kind == k and confusable(s.colour, c) for s in shapes)
                and (c in present_colours or k in present_kinds)  # near misses: one of the two is present
            ]
        if pool:
            c, k = pick(pool)
            text = pick(["Is there {a} {c} {k}?", "Are there any {c} {p}?", "Is there {a} {c} {k} in the picture?",
                         "Do you see {a} {c} {k}?"])  # fmt: skip
            text = text.format(a="an" if c[0] in "aeiou" else "a", c=c, k=k, p=PLURAL[k])
            tags = tuple(t for s in shapes if s.colour == c and s.kind == k for t in describe_tags(scene, s))
            by_kind["exist"].append(Item(text, want, f"exist: {want}", tags))

    # attribute
    unique_kinds = [s for s in shapes if sum(t.kind == s.kind for t in shapes) == 1 and askable_kind(s.kind, shapes)]
    if unique_kinds:
        s = pick(unique_kinds)
        text = pick(["What color is the {}?", "What colour is the {}?", "What is the color of the {}?",
                     "Which color does the {} have?"]).format(s.kind)  # fmt: skip
        if not (outlined_black and s.colour in ("black", "gray")):
            by_kind["attribute"].append(Item(text, s.colour, "attribute: colour", describe_tags(scene, s)))
    unique_colours = [s for s in shapes if sum(t.colour == s.colour for t in shapes) == 1 and colour_ok(s.colour)]
    if unique_colours:
        s = pick(unique_colours)
        text = pick(["What shape is the {} object?", "What shape is the {} shape?",
                     "What is the shape of the {} thing?", "What kind of shape is the {} one?"])  # fmt: skip
        text = text.format(s.colour)
        by_kind["attribute"].append(Item(text, s.kind, "attribute: shape", describe_tags(scene, s)))

    # spatial: references by a unique (askable) kind, or by a unique clear colour
    refs: list[tuple[str, Shape]] = [(f"the {s.kind}", s) for s in unique_kinds]
    refs += [(f"the {s.colour} shape", s) for s in unique_colours if not any(r[1] is s for r in refs)]
    if len(refs) >= 2:
        pairs = [(a, b) for a in refs for b in refs if a[1] is not b[1] and side(a[1], b[1], w)]
        if pairs:
            (ta, a), (tb, b) = pick(pairs)
            rel = pick(["left", "right"])
            text = pick(["Is {a} left of {b}?", "Is {a} to the left of {b}?"] if rel == "left" else
                        ["Is {a} right of {b}?", "Is {a} to the right of {b}?"]).format(a=ta, b=tb)  # fmt: skip
            gold = "yes" if side(a, b, w) == rel else "no"
            tags = describe_tags(scene, a) + describe_tags(scene, b)
            by_kind["spatial"].append(Item(text[0].upper() + text[1:], gold, "spatial: yes/no", tags))
    for tb, b in refs:
        for rel in ("left", "right"):
            others = [s for s in shapes if s is not b]
            sides = [side(s, b, w) for s in others]
            if None in sides or sides.count(rel) != 1:
                continue
            a = others[sides.index(rel)]
            if pick([True, False]) and colour_ok(a.colour) and not (outlined_black and a.colour == "black"):
                text = pick(["What color is the shape {r} of {b}?", "What color is the shape to the {r} of {b}?",
                             "What is the color of the object {r} of {b}?"])  # fmt: skip
                gold = a.colour
            elif askable_kind(a.kind, shapes) and a.kind not in FAMILY.values():
                # a square could be read "rectangle" and a circle "ellipse": ask the shape of the others only
                text = pick(["What shape is {r} of {b}?", "What shape is the object to the {r} of {b}?"])
                gold = a.kind
            else:
                continue
            tags = describe_tags(scene, a)
            by_kind["spatial"].append(Item(text.format(r=rel, b=tb), gold, "spatial: query", tags))

    # superlative (areas at least 1.5x apart)
    if len(shapes) >= 2:
        ordered = sorted(shapes, key=lambda s: s.area)
        for word, s, nxt in (("largest", ordered[-1], ordered[-2]), ("smallest", ordered[0], ordered[1])):
            ratio = s.area / nxt.area if word == "largest" else nxt.area / s.area
            if ratio < 1.5:
                continue
            synonym = pick([word, {"largest": "biggest", "smallest": "smallest"}[word]])
            if pick([True, True, False]) and colour_ok(s.colour) and not (outlined_black and s.colour == "black"):
                text = pick(["What color is the {w} shape?", "What is the color of the {w} object?"])
                gold = s.colour
            elif s.kind not in FAMILY.values():
                text = pick(["What shape is the {w} object?", "What shape is the {w} shape?"])
                gold = s.kind
            else:
                continue
            by_box = sorted(shapes, key=lambda t: (t.box[2] - t.box[0]) * (t.box[3] - t.box[1]))
            same = (by_box[-1] if word == "largest" else by_box[0]) is s
            tags = describe_tags(scene, s) + (f"superlative: box-area order {'agrees' if same else 'differs'}",)
            by_kind["superlative"].append(Item(text.format(w=synonym), gold, f"superlative: {word}", tags))

    chosen: list[Item] = []
    for items in by_kind.values():
        if items:
            chosen.append(pick(items))
    rest = [i for items in by_kind.values() for i in items if i not in chosen]
    rng.shuffle(rest)
    chosen += rest[: max(0, 6 - len(chosen))]
    rng.shuffle(chosen)
    return chosen


# ----------------------------------------------------------------------------------------------------- running


def keys(scene: Scene, item: Item) -> list[str]:
    out = ["all", f"condition {scene.condition}", f"kind {item.kind.split(':')[0]}", f"question {item.kind}"]
    out += [f"detail {t}" for t in sorted(set(item.tags))]
    if scene.condition in ("textured", "dark", "paper"):
        out.append(f"detail {scene.condition}: {scene.params['background']}")
    return out


def describe(scene: Scene) -> dict:
    return {
        "image": f"seed={scene.seed} index={scene.index} {scene.condition} {scene.params}",
        "drawn": [
            (s.colour, s.kind)
            + ((s.style,) if s.style != "filled" else ())
            + (("shadow",) if s.shadow else ())
            + ((f"label {s.label!r} {s.label_place}",) if s.label else ())
            + ((f"visible {s.visible:.0%}",) if s.visible < 0.999 else ())
            for s in scene.shapes
        ],
    }


def save_samples(count: int, folder: Path, seed: int, condition: str | None, indices: list[int] | None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for scene, _ in zip(all_scenes(seed, condition, indices), range(count), strict=False):
        name = f"s{seed}_i{scene.index}_{scene.condition}"
        Image.fromarray(scene.image).save(folder / f"{name}.png")
        (folder / f"{name}.json").write_text(
            json.dumps({**describe(scene), "questions": [(q.text, q.answer) for q in questions(scene)]}, indent=1)
        )
    print(f"wrote {count} pictures (png + json) into {folder}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--questions", type=int, default=600)
    parser.add_argument("--condition", default="mix", help=f"one of {', '.join(CONDITIONS)} or mix (default)")
    parser.add_argument("--show-failures", action="store_true", help="list the unknown answers too, with reasons")
    parser.add_argument("--save-samples", nargs=2, metavar=("N", "DIR"), help="write the first N pictures to DIR")
    parser.add_argument("--indices", type=int, nargs="+", help="only these picture indices (to reproduce one)")
    parser.add_argument("--perception", default="photo", choices=["photo", "shapes"])
    args = parser.parse_args(argv)
    condition = ALIASES.get(args.condition, args.condition)
    if condition not in CONDITIONS + ("mix",):
        parser.error(f"--condition must be one of {', '.join(CONDITIONS)} or mix")
    condition = None if condition == "mix" else condition
    if args.save_samples:
        save_samples(int(args.save_samples[0]), Path(args.save_samples[1]), args.seed, condition, args.indices)
    if args.questions <= 0:
        return
    start = time.time()
    done, shares, shown = ask_all(
        all_scenes(args.seed, condition, args.indices),
        questions,
        args.questions,
        args.perception,
        keys,
        describe,
        show_unknown=args.show_failures,
        limit=100000,
    )
    print(
        f"shape_scenes_kinds: seed {args.seed}, condition {condition or 'mix'}, {done} questions, "
        f"perception {args.perception}, {time.time() - start:.0f} s"
    )
    groups = [("overall", "all"), ("by condition", "condition "), ("by question kind", "kind "),
              ("by question", "question "), ("by detail", "detail ")]  # fmt: skip
    for title, prefix in groups:
        part = {k[len(prefix) :] if prefix != "all" else k: v for k, v in shares.items() if k.startswith(prefix)}
        if part:
            print(title)
            print_shares(part, max(len(k) for k in part))
    wrong = [s for s in shown if s["outcome"] != "unknown"]
    print(f"\nconfidently wrong answers and planning errors ({len(wrong)}):")
    for s in wrong:
        print(f"  [{s['image']}] {s['question']!r}: gold {s['gold']!r}, nsvr {s['said']!r} ({s['outcome']})")
        print(f"      drawn {s['drawn']}\n      seen  {s['seen']}")
    if args.show_failures:
        unknown = [s for s in shown if s["outcome"] == "unknown"]
        print(f"\nunknown answers ({len(unknown)}):")
        for s in unknown:
            print(f"  [{s['image']}] {s['question']!r}: gold {s['gold']!r}; {s['reason']}")
            print(f"      drawn {s['drawn']}\n      seen  {s['seen']}")


if __name__ == "__main__":
    main()
