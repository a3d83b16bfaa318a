"""A third proxy for the public held-out shape set, as close to its description as we can make it without seeing
it: 64x64 images, exactly one flat shape (``--count 2-3`` for two or three), drawn the ways public generators draw
them, asked end to end as ``nsvr ask`` does (question text -> embedded parser -> program-driven perception).

Written before any tuning to it (its first run is in the README). Drawing styles: PIL ImageDraw at 64 px (hard
edges), PIL at 4x then downsampled (antialiased), OpenCV ``cv2.circle`` / ``cv2.rectangle`` / ``cv2.fillPoly`` with
``LINE_8`` and with ``LINE_AA``, and matplotlib patches rendered to a 64x64 canvas (when matplotlib is installed).
Sizes from small (radius 5-8 px) to nearly filling the image; squares and non-square rectangles, axis-aligned or
rotated; equilateral, isosceles, right, obtuse and scalene triangles and triangles from random vertices; a few
ellipses, pentagons, hexagons and stars. Colours from common palettes (RGB primaries and secondaries, CSS named
colours, matplotlib tab10) under the names those palettes give them; white or light backgrounds; PNG or JPEG
(quality 70-95). Questions: "What shape is in the image?", "Is there a blue shape?", "Does the image contain a
triangle?", "How many shapes are there?", "What color is the shape?" and a few wordings of each.

    python examples/benchmarks/shape_scenes_64.py                    # 1,000 questions, one shape, seed 0
    python examples/benchmarks/shape_scenes_64.py --count 2-3        # two or three shapes per image

Prints right / unknown / confidently wrong / planning error, overall and by question kind, shape, triangle kind,
size, drawing style, palette, format and background, then the wrong answers.
"""

from __future__ import annotations

import argparse
import io
import math
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw
from shape_bench_common import CONFUSABLE, ask_all, report
from shape_scenes_public import style_keys

SIDE = 64
PALETTES: dict[str, dict[str, tuple[int, int, int]]] = {
    "primaries": {
        "red": (255, 0, 0),
        "green": (0, 255, 0),
        "blue": (0, 0, 255),
        "yellow": (255, 255, 0),
        "cyan": (0, 255, 255),
        "magenta": (255, 0, 255),
        "black": (0, 0, 0),
    },
    "css": {
        "red": (255, 0, 0),
        "green": (0, 128, 0),
        "blue": (0, 0, 255),
        "yellow": (255, 255, 0),
        "orange": (255, 165, 0),
        "purple": (128, 0, 128),
        "pink": (255, 192, 203),
        "brown": (165, 42, 42),
        "gray": (128, 128, 128),
        "black": (0, 0, 0),
        "teal": (0, 128, 128),
    },
    "tab10": {
        "blue": (31, 119, 180),
        "orange": (255, 127, 14),
        "green": (44, 160, 44),
        "red": (214, 39, 40),
        "purple": (148, 103, 189),
        "brown": (140, 86, 75),
        "pink": (227, 119, 194),
        "gray": (127, 127, 127),
        "cyan": (23, 190, 207),
    },
}
"""Palettes and the names they give their colours (tab10's olive is left out: no question here names it)."""
ASKED_COLOURS = ("red", "green", "blue", "yellow", "orange", "purple", "pink", "brown", "gray", "black")
SHAPES = {"circle": 0.28, "square": 0.14, "rectangle": 0.2, "triangle": 0.3, "other": 0.08}
OTHERS = ("ellipse", "pentagon", "hexagon", "star")
TRIANGLES = ("equilateral", "isosceles", "right", "obtuse", "scalene", "random vertices")
SIZES = {"small": (5.0, 8.0), "medium": (8.0, 16.0), "large": (16.0, 30.0)}
"""Circumradius ranges in pixels (large: up to nearly filling the 64 px image)."""
STYLES = ("pil", "pil 4x", "cv2", "cv2 aa", "matplotlib")
BACKGROUNDS = {
    "white": (255, 255, 255),
    "whitesmoke": (245, 245, 245),
    "light gray": (230, 230, 230),
    "ivory": (255, 255, 240),
    "aliceblue": (240, 248, 255),
    "beige": (245, 245, 220),
}


@dataclass
class Drawn:
    shape: str
    colour: str
    rgb: tuple[int, int, int]
    centre: tuple[float, float]
    radius: float
    detail: str = ""  # triangle kind, rectangle rotation


@dataclass
class Scene:
    image: np.ndarray
    shapes: list[Drawn] = field(default_factory=list)
    style: dict[str, str] = field(default_factory=dict)


def _rotate(points: list[tuple[float, float]], angle: float) -> list[tuple[float, float]]:
    c, s = math.cos(angle), math.sin(angle)
    return [(x * c - y * s, x * s + y * c) for x, y in points]


def _triangle(kind: str, rng: np.random.Generator) -> list[tuple[float, float]]:
    """A triangle of that kind around (0, 0), circumradius about 1, at a random rotation."""
    if kind == "equilateral":
        points = [(math.cos(a), math.sin(a)) for a in (-math.pi / 2, math.pi / 6, 5 * math.pi / 6)]
    elif kind == "isosceles":
        apex = math.radians(rng.uniform(30, 110))
        height = 1.0
        half = height * math.tan(apex / 2)
        points = [(0.0, -height / 2), (half, height / 2), (-half, height / 2)]
    elif kind == "right":
        a, b = 1.0, rng.uniform(0.5, 1.0)
        points = [(0.0, 0.0), (a, 0.0), (0.0, b)]
    elif kind == "obtuse":
        angle = math.radians(rng.uniform(100, 140))
        b = rng.uniform(0.5, 1.0)
        points = [(0.0, 0.0), (1.0, 0.0), (b * math.cos(angle), b * math.sin(angle))]
    elif kind == "scalene":
        while True:  # sides of clearly different lengths, no angle under 25 degrees
            points = [tuple(p) for p in rng.uniform(-1, 1, (3, 2))]
            angles = _angles(points)
            lengths = sorted(_lengths(points))
            if min(angles) > 25 and lengths[1] > 1.15 * lengths[0] and lengths[2] > 1.15 * lengths[1]:
                break
    else:  # random vertices, as a generator that only asks for some area does
        while True:
            points = [tuple(p) for p in rng.uniform(-1, 1, (3, 2))]
            (ax, ay), (bx, by), (qx, qy) = points
            area = abs((bx - ax) * (qy - ay) - (qx - ax) * (by - ay)) / 2
            if area > 0.3:
                break
    points = _rotate(points, rng.uniform(0, 2 * math.pi))
    centre = np.mean(points, axis=0)
    radius = max(math.hypot(x - centre[0], y - centre[1]) for x, y in points)
    return [((x - centre[0]) / radius, (y - centre[1]) / radius) for x, y in points]


def _lengths(points: list[tuple[float, float]]) -> list[float]:
    return [math.dist(points[k], points[(k + 1) % 3]) for k in range(3)]


def _angles(points: list[tuple[float, float]]) -> list[float]:
    found = []
    for k in range(3):
        a, b, c = np.array(points[k]), np.array(points[k - 1]), np.array(points[(k + 1) % 3])
        u, v = b - a, c - a
        found.append(math.degrees(math.acos(np.clip(np.dot(u, v) / np.linalg.norm(u) / np.linalg.norm(v), -1, 1))))
    return found


def _figure(shape: str, rng: np.random.Generator, radius: float) -> tuple[list[tuple[float, float]] | None, str]:
    """Corner points around (0, 0) (None: a circle or an ellipse) and a detail for the breakdown."""
    if shape == "square":
        rotated = rng.random() < 0.35
        angle = rng.uniform(0, math.pi / 2) if rotated else 0.0
        h = radius / math.sqrt(2)
        return _rotate([(-h, -h), (h, -h), (h, h), (-h, h)], angle), "rotated" if rotated else "axis-aligned"
    if shape == "rectangle":
        rotated = rng.random() < 0.35
        angle = rng.uniform(0, math.pi) if rotated else 0.0
        aspect = rng.uniform(0.3, 0.75)
        w = radius / math.sqrt(1 + aspect**2)
        h = aspect * w
        if rng.random() < 0.5:
            w, h = h, w
        return _rotate([(-w, -h), (w, -h), (w, h), (-w, h)], angle), "rotated" if rotated else "axis-aligned"
    if shape == "triangle":
        kind = str(rng.choice(TRIANGLES))
        return [(x * radius, y * radius) for x, y in _triangle(kind, rng)], kind
    if shape in ("pentagon", "hexagon", "star"):
        n = {"pentagon": 5, "hexagon": 6, "star": 10}[shape]
        start = rng.uniform(0, 2 * math.pi)
        inner = rng.uniform(0.38, 0.5)
        return [
            (
                (radius if shape != "star" or k % 2 == 0 else inner * radius) * math.cos(start + 2 * math.pi * k / n),
                (radius if shape != "star" or k % 2 == 0 else inner * radius) * math.sin(start + 2 * math.pi * k / n),
            )
            for k in range(n)
        ], ""
    return None, ""


def _draw(
    style: str,
    background: tuple[int, int, int],
    items: list[tuple[Drawn, list[tuple[float, float]] | None, float, float]],
) -> np.ndarray:
    """Draw (shape, corners or None, ellipse half-width, half-height) in one of the styles."""
    if style.startswith("pil"):
        scale = 4 if style == "pil 4x" else 1
        canvas = Image.new("RGB", (SIDE * scale, SIDE * scale), background)
        draw = ImageDraw.Draw(canvas)
        for drawn, corners, rx, ry in items:
            cx, cy = drawn.centre
            if corners is None:
                draw.ellipse([(cx - rx) * scale, (cy - ry) * scale, (cx + rx) * scale, (cy + ry) * scale], drawn.rgb)
            elif drawn.shape in ("square", "rectangle") and drawn.detail == "axis-aligned":
                xs, ys = [cx + x for x, _ in corners], [cy + y for _, y in corners]
                draw.rectangle([min(xs) * scale, min(ys) * scale, max(xs) * scale, max(ys) * scale], drawn.rgb)
            else:
                draw.polygon([((cx + x) * scale, (cy + y) * scale) for x, y in corners], drawn.rgb)
        if scale > 1:
            canvas = canvas.resize((SIDE, SIDE), Image.Resampling.LANCZOS)
        return np.asarray(canvas)
    if style.startswith("cv2"):
        import cv2

        canvas = np.zeros((SIDE, SIDE, 3), np.uint8)
        canvas[:] = background
        line = cv2.LINE_AA if style == "cv2 aa" else cv2.LINE_8
        for drawn, corners, rx, ry in items:
            cx, cy = drawn.centre
            if corners is None and rx == ry:
                cv2.circle(canvas, (round(cx), round(cy)), round(rx), drawn.rgb, -1, line)
            elif corners is None:
                cv2.ellipse(canvas, (round(cx), round(cy)), (round(rx), round(ry)), 0, 0, 360, drawn.rgb, -1, line)
            elif drawn.shape in ("square", "rectangle") and drawn.detail == "axis-aligned":
                xs, ys = [cx + x for x, _ in corners], [cy + y for _, y in corners]
                cv2.rectangle(canvas, (round(min(xs)), round(min(ys))), (round(max(xs)), round(max(ys))), drawn.rgb, -1)
            else:
                points = np.array([[round(cx + x), round(cy + y)] for x, y in corners], np.int32)
                cv2.fillPoly(canvas, [points], drawn.rgb, line)
        return canvas
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import patches

    figure = plt.figure(figsize=(1, 1), dpi=SIDE)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(0, SIDE)
    axes.set_ylim(SIDE, 0)
    axes.axis("off")
    figure.patch.set_facecolor(np.array(background) / 255)
    for drawn, corners, rx, ry in items:
        colour = np.array(drawn.rgb) / 255
        cx, cy = drawn.centre
        if corners is None:
            patch = patches.Ellipse((cx, cy), 2 * rx, 2 * ry, facecolor=colour, edgecolor="none")
        else:
            patch = patches.Polygon([(cx + x, cy + y) for x, y in corners], closed=True, facecolor=colour)
            patch.set_edgecolor("none")
        axes.add_patch(patch)
    figure.canvas.draw()
    pixels = np.asarray(figure.canvas.buffer_rgba())[..., :3].copy()
    plt.close(figure)
    return pixels


def generate(rng: np.random.Generator, counts: tuple[int, int]) -> Scene:
    count = int(rng.integers(counts[0], counts[1] + 1))
    styles = [s for s in STYLES if s != "matplotlib" or _has_matplotlib()]
    style = str(rng.choice(styles))
    background_name = str(rng.choice(list(BACKGROUNDS), p=[0.5, 0.1, 0.1, 0.1, 0.1, 0.1]))
    background = BACKGROUNDS[background_name]
    palette = str(rng.choice(list(PALETTES)))
    items: list[tuple[Drawn, list[tuple[float, float]] | None, float, float]] = []
    size_names = []
    for _ in range(count):
        kind = str(rng.choice(list(SHAPES), p=list(SHAPES.values())))
        shape = str(rng.choice(OTHERS)) if kind == "other" else kind
        size = str(rng.choice(list(SIZES)))
        low, high = SIZES[size]
        if count > 1:
            high = min(high, 16.0)
            low = min(low, high - 1)
        if shape in ("pentagon", "hexagon", "star"):
            low = max(low, 10.0)
            high = max(high, low + 1)
        radius = float(rng.uniform(low, high))
        corners, detail = _figure(shape, rng, radius)
        rx = ry = radius
        if shape == "ellipse":
            minor = radius * rng.uniform(0.4, 0.65)
            rx, ry = (radius, minor) if rng.random() < 0.5 else (minor, radius)
        if corners is not None:
            xs, ys = [x for x, _ in corners], [y for _, y in corners]
        else:
            xs, ys = [-rx, rx], [-ry, ry]
        for _attempt in range(80):
            cx = rng.uniform(1 - min(xs), max(1 - min(xs), SIDE - 2 - max(xs)))
            cy = rng.uniform(1 - min(ys), max(1 - min(ys), SIDE - 2 - max(ys)))
            if all(math.dist((cx, cy), d.centre) > radius + d.radius + 2 for d, *_ in items):
                break
        else:
            continue
        taken = {d.colour for d, *_ in items}
        choices = [c for c in PALETTES[palette] if c not in taken] or list(PALETTES[palette])
        colour = str(rng.choice(choices))
        if np.abs(np.subtract(PALETTES[palette][colour], background)).max() < 40:
            colour = "black" if "black" in PALETTES[palette] else "blue"
        drawn = Drawn(shape, colour, PALETTES[palette][colour], (float(cx), float(cy)), radius, detail)
        items.append((drawn, corners, rx, ry))
        size_names.append(size)
    pixels = _draw(style, background, items)
    fmt = str(rng.choice(["png", "jpeg"], p=[0.6, 0.4]))
    if fmt == "jpeg":
        buffer = io.BytesIO()
        Image.fromarray(pixels).save(buffer, format="JPEG", quality=int(rng.integers(70, 96)))
        pixels = np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    style_info = {
        "style": style,
        "format": fmt,
        "background": background_name,
        "palette": palette,
        "size": "+".join(sorted(set(size_names))),
        "shapes": str(len(items)),
    }
    return Scene(pixels, [d for d, *_ in items], style_info)


_MPL: bool | None = None


def _has_matplotlib() -> bool:
    global _MPL
    if _MPL is None:
        try:
            import matplotlib  # noqa: F401

            _MPL = True
        except ImportError:
            _MPL = False
    return _MPL


@dataclass
class Question:
    text: str
    answer: str
    kind: str


def questions(scene: Scene, rng: np.random.Generator) -> list[Question]:
    shapes = scene.shapes
    pick = lambda options: options[int(rng.integers(len(options)))]  # noqa: E731
    made: list[Question] = []
    if len(shapes) == 1:
        only = shapes[0]
        made.append(
            Question(
                pick(["What shape is in the image?", "What shape is shown?", "Which shape is in the picture?"]),
                only.shape,
                "what shape",
            )
        )
        made.append(
            Question(
                pick(["What color is the shape?", "What is the color of the shape?", "What colour is the shape?"]),
                only.colour,
                "what colour",
            )
        )
    present = {s.colour for s in shapes}
    colour = pick(sorted(present))
    if rng.random() < 0.5:
        absent = [c for c in ASKED_COLOURS if c not in present and not any(c in CONFUSABLE[p] for p in present)]
        colour = pick(absent) if absent else colour
    article = "an" if colour[0] in "aeiou" else "a"
    made.append(
        Question(
            pick([f"Is there {article} {colour} shape?", f"Is there {article} {colour} shape in the image?"]),
            "yes" if colour in present else "no",
            "is there colour",
        )
    )
    kinds = {s.shape for s in shapes}
    shape = pick(sorted(kinds))
    related = {"square": "rectangle", "rectangle": "square", "circle": "ellipse", "ellipse": "circle"}
    if rng.random() < 0.5:
        absent = [s for s in ("circle", "square", "rectangle", "triangle") if s not in kinds]
        absent = [s for s in absent if related.get(s) not in kinds]
        shape = pick(absent) if absent else shape
    made.append(
        Question(
            pick(
                [
                    f"Does the image contain a {shape}?",
                    f"Is there a {shape} in the image?",
                    f"Is there a {shape}?",
                ]
            ),
            "yes" if shape in kinds else "no",
            "contains shape",
        )
    )
    made.append(
        Question(
            pick(["How many shapes are there?", "How many shapes are in the image?"]), str(len(shapes)), "how many"
        )
    )
    return made


def run(count: int, seed: int, counts: tuple[int, int], perception: str, show_unknown: bool) -> dict:
    rng = np.random.default_rng(seed)

    def scenes() -> Iterator[Scene]:
        while True:
            yield generate(rng, counts)

    def keys(scene: Scene, item: Question) -> list[str]:
        found = style_keys(scene, item)  # the public proxy's keys
        found += [f"triangle: {s.detail}" for s in scene.shapes if s.shape == "triangle"][:1]
        return found + [f"{s.shape}: {s.detail}" for s in scene.shapes if s.shape in ("square", "rectangle")][:1]

    def describe(scene: Scene) -> dict:
        truth = [(s.shape, s.detail, s.colour, s.rgb, round(s.radius, 1)) for s in scene.shapes]
        return {"style": scene.style, "truth": truth}

    done, shares, shown = ask_all(
        scenes(), lambda scene: questions(scene, rng), count, perception, keys, describe, show_unknown, limit=80
    )
    return {
        "questions": done,
        "shapes per image": f"{counts[0]}-{counts[1]}",
        "seed": seed,
        "shares": shares,
        "examples": shown,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", default="1", help="shapes per image: N or LOW-HIGH (e.g. 2-3)")
    parser.add_argument("--perception", choices=["photo", "shapes"], default="photo", help="as nsvr ask --perception")
    parser.add_argument("--show-unknown", action="store_true", help="list unknown answers with the wrong ones")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    low, _, high = args.count.partition("-")
    result = run(args.questions, args.seed, (int(low), int(high or low)), args.perception, args.show_unknown)
    headline = (
        f"{result['questions']} questions, 64x64, {result['shapes per image']} shapes per image, seed {args.seed}"
    )
    report(result, headline, 30, "examples", args.json)


if __name__ == "__main__":
    main()
