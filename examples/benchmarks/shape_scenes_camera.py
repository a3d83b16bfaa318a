"""Shape scenes as they come out of the real world, asked end to end as ``nsvr ask`` does.

An independent benchmark, written without reading nsvr's perception or the other shape generators. Every image is
one of four conditions, and every gold answer is computed from what was drawn:

- ``phone``: a phone photo of a sheet of white or cream paper: uneven lighting (a linear or radial brightness
  gradient, 10-30% falloff), a warm or cool colour cast, vignetting, a small perspective warp (corners moved by up to
  5% of the side), sometimes a uniform dark neutral table along one or two edges (up to 10% of the side; it is not
  a shape), mild blur, Gaussian sensor noise sigma 3-12 and JPEG quality 40-85;
- ``scanner``: a near-white sheet with a faint paper texture, rotated by up to 3 degrees, slightly blurred, JPEG 60-90;
- ``hand drawn``: marker shapes on white paper: streaky fills (+-10% brightness), wobbly edges (vertices and edges
  moved by 1-3% of the size, circles slightly out of round), sometimes a darker outline of the same hue;
- ``clean noisy``: flat digital shapes on a light background with strong Gaussian noise sigma 6-14.

``--condition clean`` (flat shapes on white, nothing else; never in the default mix) is a control that tells the
questions' wordings from the pictures.

Shapes: circle, ellipse, triangle, square, rectangle, pentagon, hexagon, star; 1-4 per image, apart, slightly
rotated; images 96-800 px a side, some not square. Ten colours people name without hesitation. A square is also a
rectangle and a circle also an ellipse to nsvr, so questions whose answer hangs on that are not asked.

    python examples/benchmarks/shape_scenes_camera.py [--seed 1] [--questions 600] [--show-failures]
        [--condition phone|scanner|hand drawn|clean noisy|clean] [--save-samples 12]
"""

from __future__ import annotations

import argparse
import io
import math
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shape_bench_common import CONFUSABLE, ask_all, print_shares  # noqa: E402

KINDS = ("circle", "ellipse", "triangle", "square", "rectangle", "pentagon", "hexagon", "star")
PLURAL = {k: k + "s" for k in KINDS}
COLOURS = {
    "red": (215, 35, 40),
    "green": (40, 155, 65),
    "blue": (35, 75, 200),
    "yellow": (245, 205, 30),
    "orange": (240, 125, 25),
    "purple": (120, 50, 165),
    "pink": (235, 110, 175),
    "brown": (125, 75, 40),
    "black": (30, 30, 30),
    "gray": (135, 135, 135),
}
CONDITIONS = ("phone", "scanner", "hand drawn", "clean noisy")
FAILURES = Path("/tmp/shape_camera_failures")
SAMPLES = Path("/tmp/shape_camera_samples")


@dataclass
class Shape:
    kind: str
    colour: str
    points: np.ndarray  # the outline in final pixel coordinates (x, y), after any warp or rotation
    area: float = 0.0
    cx: float = 0.0
    cy: float = 0.0
    x0: float = 0.0
    x1: float = 0.0

    def measure(self) -> None:
        x, y = self.points[:, 0], self.points[:, 1]
        cross = x * np.roll(y, -1) - np.roll(x, -1) * y
        self.area = abs(float(cross.sum())) / 2
        self.cx, self.cy = float(x.mean()), float(y.mean())
        self.x0, self.x1 = float(x.min()), float(x.max())


@dataclass
class Scene:
    index: int
    condition: str
    image: np.ndarray
    shapes: list[Shape]
    noise: float
    details: dict[str, str] = field(default_factory=dict)
    seed: int = 0  # of the scene's questions


@dataclass
class Item:
    kind: str
    text: str
    answer: str
    about: list[int]


# ---------------------------------------------------------------------------------------------------------- geometry


def outline(kind: str, cx: float, cy: float, d: float, rng: np.random.Generator, hand: bool) -> np.ndarray:
    """The shape's outline, ``d`` the diameter of its circumscribed circle; slightly rotated; wobbly when ``hand``."""
    r = d / 2
    tilt = math.radians(rng.uniform(-15, 15))
    if kind in ("circle", "ellipse"):
        t = np.linspace(0, 2 * math.pi, 120, endpoint=False)
        if kind == "circle":
            a = b = r
        else:
            a, b = r, r / rng.uniform(1.6, 2.2)
            if rng.random() < 0.4:
                tilt += math.pi / 2
        if hand:  # out of round: a slight squash and low harmonics, about 1-3% of the size
            a *= 1 + rng.uniform(-0.025, 0.025)
            rad = 1 + sum(rng.uniform(-0.012, 0.012) * np.cos(h * t + rng.uniform(0, 6.3)) for h in (2, 3, 5))
        else:
            rad = 1.0
        pts = np.stack([a * np.cos(t) * rad, b * np.sin(t) * rad], 1)
    else:
        if kind == "triangle":
            ang = np.array([-90, 30, 150]) + (180 if rng.random() < 0.2 else 0)
            pts = r * np.stack([np.cos(np.radians(ang)), np.sin(np.radians(ang))], 1)
        elif kind in ("square", "rectangle"):
            aspect = 1.0 if kind == "square" else rng.uniform(1.6, 2.4)
            half = math.atan(1 / aspect)
            w, h = r * math.cos(half), r * math.sin(half)
            pts = np.array([[-w, -h], [w, -h], [w, h], [-w, h]])
            if kind == "rectangle" and rng.random() < 0.4:
                tilt += math.pi / 2
        elif kind in ("pentagon", "hexagon"):
            n = 5 if kind == "pentagon" else 6
            start = -90 if (kind == "pentagon" or rng.random() < 0.5) else 0
            ang = np.radians(start + np.arange(n) * 360 / n)
            pts = r * np.stack([np.cos(ang), np.sin(ang)], 1)
        else:  # a five-pointed star
            inner = rng.uniform(0.4, 0.5)
            ang = np.radians(-90 + np.arange(10) * 36)
            rr = np.where(np.arange(10) % 2 == 0, r, r * inner)
            pts = np.stack([rr * np.cos(ang), rr * np.sin(ang)], 1)
        if hand:
            pts = pts + np.clip(rng.normal(0, 0.012 * d, pts.shape), -0.025 * d, 0.025 * d)
            pts = wobble(pts, d, rng)
    c, s = math.cos(tilt), math.sin(tilt)
    pts = pts @ np.array([[c, s], [-s, c]])
    return pts + np.array([cx, cy])


def wobble(pts: np.ndarray, d: float, rng: np.random.Generator) -> np.ndarray:
    """Edges drawn by hand: sample each edge densely and push it sideways by a smooth 1-2% of the size."""
    dense = []
    for i in range(len(pts)):
        a, b = pts[i], pts[(i + 1) % len(pts)]
        n = max(4, int(np.linalg.norm(b - a) / max(1.0, d / 60)))
        t = np.linspace(0, 1, n, endpoint=False)[:, None]
        seg = a + (b - a) * t
        normal = np.array([-(b - a)[1], (b - a)[0]]) / (np.linalg.norm(b - a) + 1e-9)
        bend = rng.uniform(-0.015, 0.015) * d * np.sin(np.pi * t) + rng.uniform(-0.006, 0.006) * d * np.sin(
            2 * np.pi * t * rng.integers(1, 3)
        )
        dense.append(seg + bend * normal)
    return np.concatenate(dense)


def place(
    kinds: list[str], box: tuple[float, float, float, float], side: float, rng: np.random.Generator
) -> list[tuple[float, float, float]] | None:
    """Centres and diameters inside ``box`` (x0, y0, x1, y1), circumscribed circles apart, or None."""
    n = len(kinds)
    hi = {1: 0.5, 2: 0.4, 3: 0.34, 4: 0.3}[n] * side
    lo = 0.18 * side
    gap = max(3.0, 0.04 * side)
    for _ in range(300):
        out: list[tuple[float, float, float]] = []
        for kind in kinds:
            d = rng.uniform(lo * (1.3 if kind in ("ellipse", "rectangle") else 1.0), hi)
            r = d / 2
            if box[2] - box[0] < d or box[3] - box[1] < d:
                break
            for _ in range(60):
                x, y = rng.uniform(box[0] + r, box[2] - r), rng.uniform(box[1] + r, box[3] - r)
                if all(math.hypot(x - u, y - v) >= r + e / 2 + gap for u, v, e in out):
                    out.append((x, y, d))
                    break
            else:
                break
        if len(out) == n:
            return out
    return None


# --------------------------------------------------------------------------------------------------------- rendering


def coverage(pts: np.ndarray, w: int, h: int, ss: int = 4) -> tuple[int, int, np.ndarray]:
    """Antialiased coverage (0-1) of the polygon over its bounding window: (x0, y0, alpha)."""
    x0, y0 = max(0, int(math.floor(pts[:, 0].min())) - 2), max(0, int(math.floor(pts[:, 1].min())) - 2)
    x1, y1 = min(w, int(math.ceil(pts[:, 0].max())) + 2), min(h, int(math.ceil(pts[:, 1].max())) + 2)
    mask = Image.new("L", ((x1 - x0) * ss, (y1 - y0) * ss), 0)
    ImageDraw.Draw(mask).polygon([((x - x0) * ss, (y - y0) * ss) for x, y in pts], fill=255)
    a = np.asarray(mask, np.float32).reshape(y1 - y0, ss, x1 - x0, ss).mean((1, 3)) / 255
    return x0, y0, a


def stroke(pts: np.ndarray, width: float, w: int, h: int, ss: int = 4) -> tuple[int, int, np.ndarray]:
    pad = int(width) + 3
    x0, y0 = max(0, int(pts[:, 0].min()) - pad), max(0, int(pts[:, 1].min()) - pad)
    x1, y1 = min(w, int(pts[:, 0].max()) + pad), min(h, int(pts[:, 1].max()) + pad)
    mask = Image.new("L", ((x1 - x0) * ss, (y1 - y0) * ss), 0)
    closed = [((x - x0) * ss, (y - y0) * ss) for x, y in np.vstack([pts, pts[:1]])]
    ImageDraw.Draw(mask).line(closed, fill=255, width=max(1, int(round(width * ss))), joint="curve")
    a = np.asarray(mask, np.float32).reshape(y1 - y0, ss, x1 - x0, ss).mean((1, 3)) / 255
    return x0, y0, a


def paint(canvas: np.ndarray, x0: int, y0: int, alpha: np.ndarray, colour: Any) -> None:
    h, w = alpha.shape
    region = canvas[y0 : y0 + h, x0 : x0 + w]
    region[:] = region * (1 - alpha[..., None]) + np.asarray(colour, np.float32) * alpha[..., None]


def streaks(shape: tuple[int, int], x0: int, y0: int, d: float, rng: np.random.Generator) -> np.ndarray:
    """A marker's fill: strokes side by side in one direction, each a little lighter or darker (+-10%)."""
    h, w = shape
    ang = rng.uniform(0, math.pi)
    yy, xx = np.mgrid[y0 : y0 + h, x0 : x0 + w].astype(np.float32)
    u = xx * math.cos(ang) + yy * math.sin(ang)
    width = max(2.0, d * rng.uniform(0.06, 0.12))
    lo = u.min()
    idx = (u - lo) / width
    levels = rng.uniform(-1, 1, int(idx.max()) + 3)
    frac = idx - np.floor(idx)
    base = levels[np.floor(idx).astype(int)] * (1 - frac) + levels[np.floor(idx).astype(int) + 1] * frac
    seams = -0.5 * np.exp(-(((frac - 0.5) / 0.12) ** 2))  # where two strokes overlap the ink is darker
    v = np.clip(0.07 * base + 0.06 * seams + 0.03, -0.1, 0.1)
    return (1 + v).astype(np.float32)


def smooth_field(h: int, w: int, cell: float, rng: np.random.Generator) -> np.ndarray:
    """Low-frequency noise in [-1, 1]: blobs about ``cell`` pixels across."""
    gh, gw = max(2, int(h / cell) + 2), max(2, int(w / cell) + 2)
    f = cv2.resize(rng.uniform(-1, 1, (gh, gw)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    return f / (np.abs(f).max() + 1e-6)


def jpeg(img: np.ndarray, quality: int) -> np.ndarray:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "JPEG", quality=int(quality))
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB")).copy()


def finish(img: np.ndarray, blur: float, noise: float, quality: int | None, rng: np.random.Generator) -> np.ndarray:
    if blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    if noise > 0:
        grain = rng.normal(0, noise, img.shape) * 0.8 + rng.normal(0, noise, img.shape[:2])[..., None] * 0.6
        img = img + grain.astype(np.float32)
    out = np.clip(np.round(img), 0, 255).astype(np.uint8)
    return jpeg(out, quality) if quality else out


def transform(points: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    if matrix.shape == (2, 3):
        return points @ matrix[:, :2].T + matrix[:, 2]
    p = np.hstack([points, np.ones((len(points), 1))]) @ matrix.T
    return p[:, :2] / p[:, 2:]


# ------------------------------------------------------------------------------------------------------------ scenes


def frame_size(rng: np.random.Generator) -> tuple[int, int]:
    side = int(round(math.exp(rng.uniform(math.log(96), math.log(800)))))
    if rng.random() < 0.5:
        return side, side
    other = min(800, int(round(side * rng.uniform(1.2, 1.8))))
    return (side, other) if rng.random() < 0.5 else (other, side)


def pick_shapes(rng: np.random.Generator) -> list[tuple[str, str]]:
    n = int(rng.choice([1, 2, 3, 4], p=[0.3, 0.3, 0.22, 0.18]))
    out: list[tuple[str, str]] = []
    while len(out) < n:
        if out and rng.random() < 0.3:  # the same shape again, in another colour
            kind = out[int(rng.integers(len(out)))][0]
        else:
            kind = str(rng.choice(KINDS))
        colour = str(rng.choice(list(COLOURS)))
        if (kind, colour) not in out:
            out.append((kind, colour))
    return out


def jitter(colour: tuple[int, int, int], rng: np.random.Generator) -> np.ndarray:
    return np.clip(np.asarray(colour, np.float32) + rng.uniform(-6, 6, 3), 0, 255)


def make_scene(index: int, condition: str, rng: np.random.Generator) -> Scene | None:
    w, h = frame_size(rng)
    side = min(w, h)
    picked = pick_shapes(rng)
    kinds = [k for k, _ in picked]
    hand = condition == "hand drawn"
    details: dict[str, str] = {}
    margin = 0.07 * side if condition in ("phone", "scanner") else 0.04 * side
    spots = place(kinds, (margin, margin, w - margin, h - margin), side, rng)
    if spots is None:
        return None
    shapes = [Shape(k, c, outline(k, x, y, d, rng, hand)) for (k, c), (x, y, d) in zip(picked, spots, strict=True)]

    if condition == "phone":
        paper = np.array([rng.uniform(238, 250)] * 3) if rng.random() < 0.6 else np.array([250, 243, 222.0])
        background = paper + rng.uniform(-3, 3, 3)
    elif condition in ("scanner", "hand drawn"):
        background = np.array([rng.uniform(245, 253)] * 3) + rng.uniform(-1.5, 1.5, 3)
    elif condition == "clean noisy":
        choice = rng.integers(3)
        background = [np.array([255.0] * 3), np.array([rng.uniform(222, 242)] * 3), rng.uniform(228, 250, 3)][choice]
    else:
        background = np.array([255.0] * 3)
    canvas = np.empty((h, w, 3), np.float32)
    canvas[:] = background

    for (_, _, d), s in zip(spots, shapes, strict=True):
        colour = jitter(COLOURS[s.colour], rng)
        x0, y0, a = coverage(s.points, w, h)
        if hand:
            fill = colour[None, None, :] * streaks(a.shape, x0, y0, d, rng)[..., None]
            region = canvas[y0 : y0 + a.shape[0], x0 : x0 + a.shape[1]]
            region[:] = region * (1 - a[..., None]) + np.clip(fill, 0, 255) * a[..., None]
            if rng.random() < 0.5:
                details["outline"] = "yes"
                ox, oy, oa = stroke(s.points, max(1.5, d * rng.uniform(0.02, 0.035)), w, h)
                paint(canvas, ox, oy, oa * rng.uniform(0.85, 1.0), colour * 0.62)
        else:
            paint(canvas, x0, y0, a, colour)
    if hand:
        details.setdefault("outline", "no")

    if condition == "phone":
        canvas *= 1 + 0.012 * smooth_field(h, w, side / 6, rng)[..., None]  # the sheet is not perfectly flat
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        dst = src.copy()
        out = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], np.float32)
        dst += out * rng.uniform(0, 0.05, (4, 2)).astype(np.float32) * np.float32([w, h])
        table = None
        if rng.random() < 0.45:
            edges = list(rng.choice(["left", "right", "top", "bottom"], size=int(rng.integers(1, 3)), replace=False))
            corners = {"left": (0, 3, 0), "right": (1, 2, 0), "top": (0, 1, 1), "bottom": (3, 2, 1)}
            for e in edges:
                i, j, axis = corners[e]
                size = (w, h)[axis]
                for k in (i, j):
                    inward = rng.uniform(0.03, 0.10) * size
                    dst[k, axis] = inward if e in ("left", "top") else size - inward
            grey = rng.random() < 0.5
            table = (
                np.array([rng.uniform(90, 125)] * 3)
                if grey
                else np.array([112, 92, 72]) + rng.uniform(-12, 12) + rng.uniform(-3, 3, 3)
            )
            details["table"] = "grey" if grey else "brown"
            details["table edges"] = str(len(edges))
        else:
            details["table"] = "none"
            details["table edges"] = "0"
        matrix = cv2.getPerspectiveTransform(src, dst)
        fill = table if table is not None else background
        canvas = cv2.warpPerspective(
            canvas, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=tuple(fill)
        )
        for s in shapes:
            s.points = transform(s.points, matrix)
        falloff = rng.uniform(0.10, 0.30)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        if rng.random() < 0.5:
            ang = rng.uniform(0, 2 * math.pi)
            t = xx * math.cos(ang) + yy * math.sin(ang)
            t = (t - t.min()) / (t.max() - t.min())
            details["lighting"] = "linear"
        else:
            px, py = rng.uniform(0, w), rng.uniform(0, h)
            t = np.hypot(xx - px, yy - py)
            t = t / t.max()
            details["lighting"] = "radial"
        light = 1 - falloff * t
        vig = rng.uniform(0.04, 0.12)
        light *= 1 - vig * ((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) / 0.5
        warm = rng.random() < 0.5
        k = rng.uniform(0.02, 0.06)
        cast = np.array([1 + k, 1, 1 - 1.5 * k]) if warm else np.array([1 - 1.2 * k, 1, 1 + k])
        canvas = canvas * light[..., None] * cast * rng.uniform(0.92, 1.02)
        details["falloff"] = "10-20%" if falloff < 0.2 else "20-30%"
        details["cast"] = "warm" if warm else "cool"
        noise = float(rng.uniform(3, 12))
        image = finish(canvas, rng.uniform(0.5, 1.5), noise, int(rng.integers(40, 86)), rng)
    elif condition == "scanner":
        texture = smooth_field(h, w, rng.uniform(6, 20), rng) * rng.uniform(1.5, 4)
        texture += smooth_field(h, w, 2.5, rng) * rng.uniform(0.5, 1.5)
        canvas = canvas * (1 + texture[..., None] / 250)
        angle = rng.uniform(-3, 3)
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        canvas = cv2.warpAffine(
            canvas,
            matrix,
            (w, h),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=tuple(background),
        )
        for s in shapes:
            s.points = transform(s.points, matrix)
        noise = float(rng.uniform(0.5, 2.5))
        image = finish(canvas, rng.uniform(0.4, 0.9), noise, int(rng.integers(60, 91)), rng)
        details["rotation"] = "<1 deg" if abs(angle) < 1 else "1-2 deg" if abs(angle) < 2 else "2-3 deg"
    elif condition == "hand drawn":
        noise = float(rng.uniform(0, 4))
        image = finish(
            canvas, rng.uniform(0.3, 0.8), noise, int(rng.integers(70, 96)) if rng.random() < 0.6 else None, rng
        )
    elif condition == "clean noisy":
        noise = float(rng.uniform(6, 14))
        image = finish(canvas, 0.0, noise, None, rng)
    else:
        noise = 0.0
        image = finish(canvas, 0.0, 0.0, None, rng)

    for s in shapes:
        s.measure()
        if s.points[:, 0].min() < 2 or s.points[:, 1].min() < 2 or s.points[:, 0].max() > w - 2:
            return None
        if s.points[:, 1].max() > h - 2:
            return None
    return Scene(index, condition, image, shapes, noise, details)


def scenes(seed: int, condition: str | None) -> Iterator[Scene]:
    rng = np.random.default_rng(seed)
    index = 0
    while True:
        cond = condition or str(rng.choice(CONDITIONS))
        scene = make_scene(index, cond, rng)
        if scene is not None:
            scene.seed = int(rng.integers(1 << 31))
            yield scene
            index += 1


# --------------------------------------------------------------------------------------------------------- questions

AMBIGUOUS = {("rectangle", "square"), ("ellipse", "circle")}
"""(name asked, shape drawn) pairs nsvr may call either way: a square is also a rectangle, a circle an ellipse."""


def matches(asked: str, drawn: str) -> bool | None:
    if asked == drawn:
        return True
    return None if (asked, drawn) in AMBIGUOUS else False


def count_of(scene: Scene, kind: str) -> int | None:
    hits = [matches(kind, s.kind) for s in scene.shapes]
    return None if None in hits else sum(bool(x) for x in hits)


def the(scene: Scene, kind: str) -> int | None:
    """The index of the one shape "the <kind>" names, or None when it names none, several, or an ambiguous one."""
    hits = [matches(kind, s.kind) for s in scene.shapes]
    if None in hits or sum(bool(x) for x in hits) != 1:
        return None
    return hits.index(True)


def article(kind: str) -> str:
    return ("an " if kind[0] in "aeiou" else "a ") + kind


def word(colour: str, rng: np.random.Generator) -> str:
    return ("grey" if rng.random() < 0.5 else "gray") if colour == "gray" else colour


def colour_name_q(rng: np.random.Generator) -> str:
    return "colour" if rng.random() < 0.5 else "color"


def absent_colour(present: set[str], rng: np.random.Generator) -> str | None:
    near = set().union(*(CONFUSABLE.get(c, set()) for c in present)) if present else set()
    free = [c for c in COLOURS if c not in present and c not in near]
    return str(rng.choice(free)) if free else None


def questions(scene: Scene) -> list[Item]:
    rng = np.random.default_rng(scene.seed)
    shapes = scene.shapes
    n = len(shapes)
    every = list(range(n))
    present_colours = {s.colour for s in shapes}
    present_kinds = {s.kind for s in shapes}
    pool: dict[str, list[Item]] = {}

    def add(kind: str, text: str, answer: str, about: list[int]) -> None:
        pool.setdefault(kind, []).append(Item(kind, text, answer, about))

    def pick(options: list[str]) -> str:
        return str(rng.choice(options))

    if n == 1:
        s = shapes[0]
        add(
            "what shape",
            pick(
                [
                    "What shape is this?",
                    "What shape is shown?",
                    "What is the shape in the picture?",
                    "What kind of shape is this?",
                    "Which shape is drawn here?",
                    "What shape is in the image?",
                ]
            ),
            s.kind,
            [0],
        )
        cw = colour_name_q(rng)
        add(
            "what colour",
            pick(
                [
                    f"What {cw} is the shape?",
                    f"What is the {cw} of the shape?",
                    f"What {cw} is it?",
                    f"Which {cw} is the shape?",
                    f"What {cw} is the shape in the picture?",
                ]
            ),
            s.colour,
            [0],
        )
        asked = s.kind if rng.random() < 0.5 else str(rng.choice([k for k in KINDS if k != s.kind]))
        if matches(asked, s.kind) is not None:
            add(
                "is the shape a X",
                pick([f"Is the shape {article(asked)}?", f"Is this {article(asked)}?", f"Is it {article(asked)}?"]),
                "yes" if asked == s.kind else "no",
                [0],
            )

    # is there a <colour> shape
    if rng.random() < 0.5:
        colour, gold = str(rng.choice(sorted(present_colours))), "yes"
        about = [i for i, s in enumerate(shapes) if s.colour == colour]
    else:
        colour, gold, about = absent_colour(present_colours, rng), "no", every
    if colour is not None:
        c = word(colour, rng)
        add(
            "is there a C shape",
            pick(
                [
                    f"Is there a {c} shape?",
                    f"Is there a {c} shape in the picture?",
                    f"Do you see a {c} shape?",
                    f"Are there any {c} shapes?",
                    f"Is any of the shapes {c}?",
                ]
            ),
            gold,
            about,
        )

    # does the image contain a <shape>
    asked = str(rng.choice(sorted(present_kinds))) if rng.random() < 0.5 else str(rng.choice(KINDS))
    hits = count_of(scene, asked)
    if hits is not None:
        about = [i for i, s in enumerate(shapes) if s.kind == asked] or every
        add(
            "is there a X",
            pick(
                [
                    f"Does the image contain {article(asked)}?",
                    f"Is there {article(asked)}?",
                    f"Is there {article(asked)} in the picture?",
                    f"Can you see {article(asked)}?",
                    f"Are there any {PLURAL[asked]}?",
                ]
            ),
            "yes" if hits else "no",
            about,
        )

    add(
        "how many shapes",
        pick(
            [
                "How many shapes are there?",
                "How many shapes are in the picture?",
                "How many shapes can you see?",
                "Count the shapes.",
                "How many shapes are in this image?",
                "What is the number of shapes?",
            ]
        ),
        str(n),
        every,
    )

    asked = str(rng.choice(sorted(present_kinds))) if rng.random() < 0.75 else str(rng.choice(KINDS))
    hits = count_of(scene, asked)
    if hits is not None:
        pl = PLURAL[asked]
        add(
            "how many X",
            pick([f"How many {pl} are there?", f"How many {pl}?", f"Count the {pl}.", f"How many {pl} do you see?"]),
            str(hits),
            [i for i, s in enumerate(shapes) if s.kind == asked] or every,
        )

    if n > 1:
        named = [k for k in sorted(present_kinds) if the(scene, k) is not None]
        if named:
            k = str(rng.choice(named))
            i = the(scene, k)
            assert i is not None
            cw = colour_name_q(rng)
            add(
                "what colour is the X",
                pick([f"What {cw} is the {k}?", f"What is the {cw} of the {k}?", f"Which {cw} is the {k}?"]),
                shapes[i].colour,
                [i],
            )
            k = str(rng.choice(named))
            i = the(scene, k)
            assert i is not None
            colour, gold = shapes[i].colour, "yes"
            if rng.random() < 0.5:
                colour, gold = absent_colour({shapes[i].colour}, rng), "no"
            if colour is not None:
                c = word(colour, rng)
                add(
                    "is the X C",
                    pick([f"Is the {k} {c}?", f"Is the {k} colored {c}?", f"Is the {k} coloured {c}?"]),
                    gold,
                    [i],
                )
        pairs = [(a, b) for a in named for b in named if a != b]
        rng.shuffle(pairs)
        for a, b in pairs:
            i, j = the(scene, a), the(scene, b)
            assert i is not None and j is not None
            big, small = (i, j) if shapes[i].area >= shapes[j].area else (j, i)
            if shapes[big].area < 2 * shapes[small].area:
                continue
            if n == 2 and rng.random() < 0.4:
                text = pick(["Which shape is bigger?", "Which shape is larger?", "Which of the two shapes is bigger?"])
                add("which is bigger", text, shapes[big].kind, [i, j])
            elif rng.random() < 0.5:
                text = pick([f"Which is bigger, the {a} or the {b}?", f"Which is larger: the {a} or the {b}?"])
                add("which is bigger", text, shapes[big].kind, [i, j])
            else:
                text = pick([f"Is the {a} bigger than the {b}?", f"Is the {a} larger than the {b}?"])
                add("is X bigger than Y", text, "yes" if big == i else "no", [i, j])
            break
        rng.shuffle(pairs)
        for a, b in pairs:
            i, j = the(scene, a), the(scene, b)
            assert i is not None and j is not None
            si, sj = shapes[i], shapes[j]
            gap = 0.05 * min(scene.image.shape[:2])
            if si.x1 + gap < sj.x0:
                left = True
            elif sj.x1 + gap < si.x0:
                left = False
            else:
                continue
            if rng.random() < 0.6:
                text = pick([f"Is the {a} left of the {b}?", f"Is the {a} to the left of the {b}?"])
                gold = "yes" if left else "no"
            else:
                text = pick([f"Is the {a} to the right of the {b}?", f"Is the {a} on the right of the {b}?"])
                gold = "no" if left else "yes"
            add("is X left of Y", text, gold, [i, j])
            break
        options = [(a, b) for a in KINDS for b in KINDS if a != b and (a in present_kinds or b in present_kinds)]
        rng.shuffle(options)
        for a, b in options:
            ca, cb = count_of(scene, a), count_of(scene, b)
            if ca is None or cb is None:
                continue
            text = pick(
                [
                    f"Are there more {PLURAL[a]} than {PLURAL[b]}?",
                    f"Are there more {PLURAL[a]} than {PLURAL[b]} in the picture?",
                    f"Do the {PLURAL[a]} outnumber the {PLURAL[b]}?",
                ]
            )
            about = [i for i, s in enumerate(shapes) if s.kind in (a, b)]
            add("are there more X than Y", text, "yes" if ca > cb else "no", about)
            break

    kinds = list(pool)
    rng.shuffle(kinds)
    return [pool[k][0] for k in kinds[: int(rng.integers(4, 7))]]


# ------------------------------------------------------------------------------------------------------------ runner


def noise_bin(sigma: float) -> str:
    for low, top in ((0, 2), (2, 5), (5, 8), (8, 11)):
        if sigma < top:
            return f"sigma {low:2d}-{top}"
    return "sigma 11-14"


def side_bin(scene: Scene) -> str:
    side = min(scene.image.shape[:2])
    for low, top in ((96, 128), (128, 200), (200, 320), (320, 512)):
        if side < top:
            return f"{low:3d}-{top - 1}"
    return "512-800"


def keys(scene: Scene, item: Item) -> list[str]:
    out = ["all", f"condition={scene.condition}", f"question={item.kind}"]
    out += sorted({f"shape={scene.shapes[i].kind}" for i in item.about})
    out += sorted({f"colour={scene.shapes[i].colour}" for i in item.about})
    h, w = scene.image.shape[:2]
    out.append(f"smaller side={side_bin(scene)}")
    out.append("frame=square" if h == w else "frame=not square")
    out.append(f"shapes={len(scene.shapes)}")
    out.append(f"noise={noise_bin(scene.noise)}")
    out.append(f"noise/{scene.condition}={noise_bin(scene.noise)}")
    out += [f"{scene.condition}/{k}={v}" for k, v in sorted(scene.details.items())]
    return out


def describer(save: bool):
    saved: set[int] = set()

    def describe(scene: Scene) -> dict[str, Any]:
        h, w = scene.image.shape[:2]
        path = FAILURES / f"scene{scene.index:04d}_{scene.condition.replace(' ', '_')}.png"
        if save and scene.index not in saved:
            FAILURES.mkdir(parents=True, exist_ok=True)
            Image.fromarray(scene.image).save(path)
            saved.add(scene.index)
        return {
            "condition": scene.condition,
            "image": str(path) if save else None,
            "size": f"{w}x{h}",
            "noise": round(scene.noise, 1),
            "drawn": [(s.colour, s.kind, int(s.area)) for s in scene.shapes],
            **scene.details,
        }

    return describe


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--questions", type=int, default=600)
    parser.add_argument(
        "--show-failures", action="store_true", help=f"print the misses, save their images to {FAILURES}"
    )
    parser.add_argument("--condition", choices=[*CONDITIONS, "clean"], help="only this condition (clean: a control)")
    parser.add_argument("--save-samples", type=int, default=0, help=f"save the first N images to {SAMPLES}")
    args = parser.parse_args(argv)

    if args.save_samples:
        SAMPLES.mkdir(parents=True, exist_ok=True)
        for scene, _ in zip(scenes(args.seed, args.condition), range(args.save_samples), strict=False):
            name = f"scene{scene.index:04d}_{scene.condition.replace(' ', '_')}.png"
            Image.fromarray(scene.image).save(SAMPLES / name)
            print(name, [(s.colour, s.kind, int(s.area), int(s.cx), int(s.cy)) for s in scene.shapes], scene.details)
            for item in questions(scene):
                print(f"    {item.text!r} -> {item.answer}")
    if args.questions <= 0:
        return 0

    start = time.time()
    done, shares, shown = ask_all(
        scenes(args.seed, args.condition),
        questions,
        args.questions,
        "photo",
        keys,
        describer(args.show_failures),
        show_unknown=args.show_failures,
        limit=400,
    )
    print(f"{done} questions, seed {args.seed}, {time.time() - start:.0f} s")
    groups: dict[str, dict[str, dict[str, float]]] = {}
    for key, share in shares.items():
        group = key.split("=")[0] if "=" in key else "total"
        groups.setdefault(group, {})[key] = share
    order = ["total", "condition", "question", "shape", "colour", "smaller side", "frame", "shapes", "noise"]
    order += sorted(g for g in groups if g not in order)
    width = max(len(k) for k in shares)
    for group in order:
        if group in groups:
            print(f"by {group}:" if group != "total" else "total:")
            print_shares(groups[group], width)
    if args.show_failures:
        for kind in ("wrong", "planning error", "unknown"):
            rows = [s for s in shown if s["outcome"] == kind]
            if rows:
                print(f"\n{kind} ({len(rows)}):")
            for s in rows:
                extra = {k: v for k, v in s.items() if k not in ("outcome", "question", "gold", "said")}
                print(f"  {s['question']!r}  gold {s['gold']!r}  said {s['said']!r}  {extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
