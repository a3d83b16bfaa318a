"""A third, independent proxy for the public held-out "simple shape scenes": drawing tools and file conventions
nobody tuned nsvr for, asked end to end as ``nsvr ask`` does (question text -> embedded parser -> default
program-driven perception), each image read from the file it was written to.

Nothing is shared with the other two generators but the way a benchmark is run. Renderers: a numpy rasteriser of
its own (point-in-polygon and implicit-ellipse tests, one sample per pixel or 3x3 / 4x4 supersampled coverage),
matplotlib ``Figure`` patches at dpi 32-100 with antialiasing on or off (the background an ``imshow`` when it is a
gradient), PIL palette (``P``) images drawn by palette index (saved as PNG or GIF), PIL grayscale (``L``) images,
and PIL ``RGBA`` images whose background is fully transparent (PNG or WebP with alpha) or flattened onto a colour.
Backgrounds: white, off-white, cream, pale grey, light grey, pale blue, pale green, sometimes a slight gradient,
and a dark one for white (or bright) shapes. Gaussian noise on some images; PNG, JPEG (quality 60-95), WebP (lossy
quality 70-95 or lossless), GIF. Image sides 48-256 px (some not square); mostly one shape, sometimes two or three;
circle, ellipse, square, rectangle, triangle, pentagon, hexagon, star (circumradius at least 6 px for circles and
squares, 8 px for rectangles, ellipses and triangles, 9 px for pentagons, hexagons and stars); colours named as
people name them (red, green, blue, yellow, orange, purple, pink, brown, black, gray, cyan, teal, white). The gold
answers come from what was drawn. Questions in many ordinary wordings: what shape / what colour / is there a X
shape / does the image contain a Y / how many shapes / is the shape a Y / what is the colour of the Y / is the Y X /
which shape is bigger (two shapes) / is the Y left of the Z (two or three shapes).

    python examples/benchmarks/shape_scenes_styles.py                       # 600 questions, seed 0
    python examples/benchmarks/shape_scenes_styles.py --seed 1 --show-failures

Scores every answer right / unknown (status not ok, or the answer "unknown"; planning errors counted apart inside
unknown) / confidently wrong, prints the totals and tables by style, question kind, format, background, image side,
shape size, shape, colour, shapes per image and noise, and saves the images of the first failures (as the files
nsvr read, plus a PNG copy of those that are not PNG or JPEG) to /tmp/shape_styles_failures/.
"""

from __future__ import annotations

import io
import math
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shape_bench_common as common
from PIL import Image, ImageDraw

FAILURE_DIR = Path("/tmp/shape_styles_failures")

COLOURS: dict[str, list[tuple[int, int, int]]] = {
    "red": [(255, 0, 0), (220, 20, 30), (200, 30, 30), (230, 50, 40)],
    "green": [(0, 128, 0), (34, 177, 76), (0, 190, 0), (50, 150, 50)],
    "blue": [(0, 0, 255), (30, 80, 220), (0, 70, 180), (65, 105, 225)],
    "yellow": [(255, 255, 0), (255, 215, 0), (250, 230, 40)],
    "orange": [(255, 165, 0), (255, 140, 0), (245, 120, 20)],
    "purple": [(128, 0, 128), (148, 0, 211), (120, 40, 170)],
    "pink": [(255, 105, 180), (255, 150, 190), (240, 120, 170)],
    "brown": [(139, 69, 19), (160, 82, 45), (120, 70, 30)],
    "black": [(0, 0, 0), (20, 20, 20)],
    "gray": [(128, 128, 128), (110, 110, 110), (150, 150, 150)],
    "cyan": [(0, 255, 255), (0, 220, 230)],
    "teal": [(0, 128, 128), (0, 150, 140)],
    "white": [(255, 255, 255), (245, 245, 245)],
}
LIGHT_COLOURS = ("red", "green", "blue", "yellow", "orange", "purple", "pink", "brown", "black", "gray", "cyan", "teal")
DARK_COLOURS = ("white", "white", "white", "yellow", "cyan", "orange", "pink", "red", "green")
ASKED_COLOURS = ("red", "green", "blue", "yellow", "orange", "purple", "pink", "brown", "black", "gray", "white")
NEAR: dict[str, set[str]] = {
    "red": {"orange", "pink", "brown"},
    "orange": {"red", "yellow", "brown"},
    "yellow": {"orange", "green", "white"},
    "green": {"teal", "yellow", "cyan"},
    "teal": {"green", "cyan", "blue"},
    "cyan": {"teal", "blue", "green", "white"},
    "blue": {"cyan", "teal", "purple"},
    "purple": {"blue", "pink"},
    "pink": {"red", "purple", "white"},
    "brown": {"red", "orange", "black"},
    "gray": {"black", "white"},
    "black": {"gray", "brown"},
    "white": {"gray", "yellow", "pink", "cyan"},
}
"""Colour names a viewer may give each other's shades: never asked as the absent colour when one is present."""
RELATED = {"square": {"rectangle"}, "rectangle": {"square"}, "circle": {"ellipse"}, "ellipse": {"circle"}}
"""Shape words whose yes/no answer is a convention (is a square a rectangle?): not asked as the absent shape."""
SHAPES = {
    "circle": 0.2,
    "square": 0.14,
    "rectangle": 0.15,
    "triangle": 0.2,
    "ellipse": 0.08,
    "pentagon": 0.07,
    "hexagon": 0.07,
    "star": 0.09,
}
MIN_RADIUS = {"rectangle": 8.0, "ellipse": 8.0, "triangle": 8.0, "pentagon": 9.0, "hexagon": 9.0, "star": 9.0}
"""Smallest circumradius (px) for the shapes that stop being themselves below it (circles and squares: 6 px)."""
ASKED_SHAPES = ("circle", "square", "rectangle", "triangle", "ellipse", "pentagon", "hexagon", "star")
BACKGROUNDS: dict[str, tuple[int, int, int]] = {
    "white": (255, 255, 255),
    "off-white": (250, 249, 245),
    "cream": (253, 250, 232),
    "pale grey": (235, 235, 235),
    "light grey": (218, 218, 218),
    "pale blue": (228, 238, 250),
    "pale green": (234, 246, 234),
}
DARK_BACKGROUNDS: dict[str, tuple[int, int, int]] = {"dark grey": (38, 38, 42), "navy": (20, 26, 48)}
STYLES = {
    "numpy hard": 0.17,
    "numpy ss": 0.2,
    "matplotlib": 0.2,
    "pil P": 0.13,
    "pil L": 0.1,
    "pil RGBA transparent": 0.1,
    "pil RGBA flat": 0.1,
}
SIDES = (48, 64, 64, 64, 64, 80, 96, 128, 128, 160, 200, 256)


@dataclass
class Shape:
    shape: str
    colour: str
    rgb: tuple[int, int, int]
    centre: tuple[float, float]
    radius: float  # circumradius in pixels
    points: list[tuple[float, float]] | None  # polygon corners in image coordinates; None for circle / ellipse
    axes: tuple[float, float, float] = (0.0, 0.0, 0.0)  # ellipse half-axes and angle (radians)
    detail: str = ""

    @property
    def area(self) -> float:
        if self.points is None:
            return math.pi * self.axes[0] * self.axes[1]
        xs, ys = np.array(self.points).T
        return float(abs(np.dot(xs, np.roll(ys, 1)) - np.dot(ys, np.roll(xs, 1))) / 2)

    def x_extent(self) -> tuple[float, float]:
        if self.points is None:
            rx, ry, angle = self.axes
            half = math.hypot(rx * math.cos(angle), ry * math.sin(angle))
            return self.centre[0] - half, self.centre[0] + half
        xs = [x for x, _ in self.points]
        return min(xs), max(xs)

    def describe(self) -> str:
        extra = f" {self.detail}" if self.detail else ""
        where = f"({self.centre[0]:.0f},{self.centre[1]:.0f})"
        return f"{self.colour} {self.shape}{extra} rgb{self.rgb} r={self.radius:.1f} at {where}"


@dataclass
class Scene:
    width: int
    height: int
    style: str
    background: str
    background_rgb: tuple[int, int, int]
    gradient: bool
    noise: float
    fmt: str
    shapes: list[Shape] = field(default_factory=list)
    data: bytes = b""
    suffix: str = ".png"

    def info(self) -> dict[str, str]:
        radius = min(s.radius for s in self.shapes)
        size = "r<8" if radius < 8 else "r 8-16" if radius < 16 else "r 16-32" if radius < 32 else "r>=32"
        side = max(self.width, self.height)
        return {
            "style": self.style,
            "format": self.fmt.split(" ")[0],
            "background": self.background + (" gradient" if self.gradient else ""),
            "side": "48-64" if side <= 64 else "80-128" if side <= 128 else "160-256",
            "smallest shape": size,
            "shapes per image": str(len(self.shapes)),
            "noise": "noise" if self.noise else "clean",
        }


# ---------------------------------------------------------------------------------------------------- geometry


def _regular(n: int, radius: float, start: float, inner: float | None = None) -> list[tuple[float, float]]:
    count = 2 * n if inner else n
    found = []
    for k in range(count):
        r = radius if inner is None or k % 2 == 0 else inner * radius
        a = start + 2 * math.pi * k / count
        found.append((r * math.cos(a), r * math.sin(a)))
    return found


def _triangle(rng: np.random.Generator) -> tuple[list[tuple[float, float]], str]:
    kind = str(rng.choice(["equilateral", "isosceles", "right", "random"], p=[0.35, 0.25, 0.2, 0.2]))
    if kind == "equilateral":
        start = -math.pi / 2 if rng.random() < 0.7 else rng.uniform(0, 2 * math.pi)
        return _regular(3, 1.0, start), kind
    if kind == "isosceles":
        half, height = rng.uniform(0.35, 0.9), rng.uniform(1.0, 1.6)
        points = [(0.0, -height / 2), (half, height / 2), (-half, height / 2)]
    elif kind == "right":
        legs = (1.0, rng.uniform(0.6, 1.0))
        points = [(0.0, 0.0), (legs[0], 0.0), (0.0, legs[1])]
        if rng.random() < 0.5:
            points = [(-x, y) for x, y in points]
    else:
        while True:
            points = [(float(x), float(y)) for x, y in rng.uniform(-1, 1, (3, 2))]
            if _min_angle(points) > 22:
                break
    if rng.random() < 0.4:
        angle = rng.uniform(0, 2 * math.pi)
        c, s = math.cos(angle), math.sin(angle)
        points = [(x * c - y * s, x * s + y * c) for x, y in points]
    mx, my = np.mean(points, axis=0)
    scale = max(math.hypot(x - mx, y - my) for x, y in points)
    return [((x - mx) / scale, (y - my) / scale) for x, y in points], kind


def _min_angle(points: list[tuple[float, float]]) -> float:
    found = []
    for k in range(3):
        a, b, c = (np.array(points[(k + j) % 3]) for j in range(3))
        u, v = b - a, c - a
        cos = np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v) + 1e-9)
        found.append(math.degrees(math.acos(float(np.clip(cos, -1, 1)))))
    return min(found)


def _outline(shape: str, radius: float, rng: np.random.Generator) -> tuple[list | None, tuple, str]:
    """Unit-free corners around (0, 0) scaled to ``radius`` (None and ellipse axes for round shapes)."""
    if shape == "circle":
        return None, (radius, radius, 0.0), ""
    if shape == "ellipse":
        minor = radius * rng.uniform(0.4, 0.65)
        angle = 0.0 if rng.random() < 0.6 else (math.pi / 2 if rng.random() < 0.5 else rng.uniform(0, math.pi))
        return None, (radius, minor, angle), "tilted" if angle not in (0.0, math.pi / 2) else ""
    if shape in ("square", "rectangle"):
        aspect = 1.0 if shape == "square" else rng.uniform(0.35, 0.7)
        half_w = radius / math.sqrt(1 + aspect**2)
        half_h = aspect * half_w
        if rng.random() < 0.5:
            half_w, half_h = half_h, half_w
        rotated = rng.random() < 0.25
        angle = rng.uniform(0.2, math.pi / 2 - 0.2) if rotated else 0.0
        c, s = math.cos(angle), math.sin(angle)
        corners = [(-half_w, -half_h), (half_w, -half_h), (half_w, half_h), (-half_w, half_h)]
        return [(x * c - y * s, x * s + y * c) for x, y in corners], (), "rotated" if rotated else ""
    if shape == "triangle":
        corners, kind = _triangle(rng)
        return [(x * radius, y * radius) for x, y in corners], (), kind
    if shape == "star":
        start = -math.pi / 2 if rng.random() < 0.7 else rng.uniform(0, 2 * math.pi)
        return _regular(5, radius, start, rng.uniform(0.38, 0.5)), (), ""
    n = {"pentagon": 5, "hexagon": 6}[shape]
    start = -math.pi / 2 if rng.random() < 0.5 else rng.uniform(0, 2 * math.pi)
    return _regular(n, radius, start), (), ""


def _ellipse_points(shape: Shape, count: int = 96) -> list[tuple[float, float]]:
    rx, ry, angle = shape.axes
    c, s = math.cos(angle), math.sin(angle)
    cx, cy = shape.centre
    found = []
    for k in range(count):
        t = 2 * math.pi * k / count
        x, y = rx * math.cos(t), ry * math.sin(t)
        found.append((cx + x * c - y * s, cy + x * s + y * c))
    return found


# ---------------------------------------------------------------------------------------------------- renderers


def _coverage(shape: Shape, width: int, height: int, samples: int) -> np.ndarray:
    """The share of each pixel inside the shape, from ``samples`` x ``samples`` points per pixel (numpy only)."""
    offsets = (np.arange(samples) + 0.5) / samples
    ys = (np.arange(height)[:, None] + offsets[None, :]).reshape(-1)
    xs = (np.arange(width)[:, None] + offsets[None, :]).reshape(-1)
    gx, gy = np.meshgrid(xs, ys)
    if shape.points is None:
        rx, ry, angle = shape.axes
        dx, dy = gx - shape.centre[0], gy - shape.centre[1]
        c, s = math.cos(angle), math.sin(angle)
        u, v = dx * c + dy * s, -dx * s + dy * c
        inside = (u / rx) ** 2 + (v / ry) ** 2 <= 1.0
    else:
        inside = np.zeros(gx.shape, bool)
        points = shape.points
        for k in range(len(points)):  # even-odd crossing test (stars are not convex)
            (x1, y1), (x2, y2) = points[k], points[(k + 1) % len(points)]
            if y1 == y2:
                continue
            crosses = (y1 > gy) != (y2 > gy)
            x_at = x1 + (gy - y1) * (x2 - x1) / (y2 - y1)
            inside ^= crosses & (gx < x_at)
    return inside.reshape(height, samples, width, samples).mean(axis=(1, 3))


def _background(scene: Scene, rng: np.random.Generator) -> np.ndarray:
    base = np.empty((scene.height, scene.width, 3), np.float64)
    base[:] = scene.background_rgb
    if scene.gradient:
        amount = rng.uniform(8, 22) * (1 if rng.random() < 0.5 else -1)
        angle = rng.uniform(0, 2 * math.pi)
        yy, xx = np.mgrid[0 : scene.height, 0 : scene.width]
        ramp = (xx * math.cos(angle) + yy * math.sin(angle)) / max(scene.width, scene.height)
        base += (ramp - ramp.mean())[:, :, None] * amount * 2
    return base


def _draw_numpy(scene: Scene, rng: np.random.Generator, samples: int) -> np.ndarray:
    canvas = _background(scene, rng)
    for shape in scene.shapes:
        alpha = _coverage(shape, scene.width, scene.height, samples)[:, :, None]
        canvas = canvas * (1 - alpha) + np.array(shape.rgb, np.float64) * alpha
    return canvas


def _draw_matplotlib(scene: Scene, rng: np.random.Generator) -> np.ndarray:
    from matplotlib import patches
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    dpi = int(rng.choice([32, 50, 72, 100]))
    antialiased = bool(rng.random() < 0.6)
    figure = Figure(figsize=(scene.width / dpi, scene.height / dpi), dpi=dpi)
    canvas = FigureCanvasAgg(figure)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(0, scene.width)
    axes.set_ylim(scene.height, 0)
    axes.set_axis_off()
    figure.patch.set_facecolor(np.array(scene.background_rgb) / 255)
    if scene.gradient:
        ground = np.clip(_background(scene, rng), 0, 255) / 255
        axes.imshow(ground, extent=(0, scene.width, scene.height, 0), interpolation="bilinear")
        axes.set_xlim(0, scene.width)
        axes.set_ylim(scene.height, 0)
    for shape in scene.shapes:
        colour = np.array(shape.rgb) / 255
        common = {"facecolor": colour, "edgecolor": "none", "antialiased": antialiased}
        if shape.points is None:
            rx, ry, angle = shape.axes
            if rx == ry:
                patch = patches.Circle(shape.centre, rx, **common)
            else:
                patch = patches.Ellipse(shape.centre, 2 * rx, 2 * ry, angle=math.degrees(angle), **common)
        elif shape.shape in ("pentagon", "hexagon") and rng.random() < 0.5:
            first = shape.points[0]
            orientation = math.atan2(first[1] - shape.centre[1], first[0] - shape.centre[0]) - math.pi / 2
            sides = 5 if shape.shape == "pentagon" else 6
            patch = patches.RegularPolygon(shape.centre, sides, radius=shape.radius, orientation=orientation, **common)
        else:
            patch = patches.Polygon(shape.points, closed=True, **common)
        axes.add_patch(patch)
    canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())[..., :3].astype(np.float64)
    figure.clear()
    return pixels


def _pil_outline(draw: ImageDraw.ImageDraw, shape: Shape, fill: int | tuple) -> None:
    if shape.points is None:
        rx, ry, angle = shape.axes
        cx, cy = shape.centre
        if angle == 0.0 or rx == ry:
            draw.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=fill)
        elif abs(angle - math.pi / 2) < 1e-9:
            draw.ellipse([cx - ry, cy - rx, cx + ry, cy + rx], fill=fill)
        else:
            draw.polygon(_ellipse_points(shape), fill=fill)
    elif shape.shape in ("pentagon", "hexagon", "square") and not shape.detail:
        first = shape.points[0]
        sides = {"pentagon": 5, "hexagon": 6, "square": 4}[shape.shape]
        first_angle = math.degrees(math.atan2(first[1] - shape.centre[1], first[0] - shape.centre[0]))
        rotation = 180 / sides + 90 - first_angle  # PIL's first corner is at 180 / n + 90 - rotation degrees
        draw.regular_polygon((shape.centre, shape.radius), sides, rotation=rotation, fill=fill)
    else:
        draw.polygon(shape.points, fill=fill)


def _draw_pil(scene: Scene, rng: np.random.Generator) -> Image.Image:
    size = (scene.width, scene.height)
    if scene.style == "pil P":
        image = Image.new("P", size, 0)
        palette = [*scene.background_rgb]
        for shape in scene.shapes:
            palette += list(shape.rgb)
        image.putpalette(palette + [0, 0, 0] * (256 - len(palette) // 3))
        draw = ImageDraw.Draw(image)
        for index, shape in enumerate(scene.shapes, start=1):
            _pil_outline(draw, shape, index)
        return image
    if scene.style == "pil L":
        image = Image.new("L", size, scene.background_rgb[0])
        draw = ImageDraw.Draw(image)
        for shape in scene.shapes:
            _pil_outline(draw, shape, shape.rgb[0])
        return image
    if scene.style == "pil RGBA transparent":
        underneath = (255, 255, 255, 0) if rng.random() < 0.5 else (0, 0, 0, 0)
        image = Image.new("RGBA", size, underneath)
    else:
        image = Image.new("RGBA", size, (*scene.background_rgb, 255))
    draw = ImageDraw.Draw(image)
    for shape in scene.shapes:
        _pil_outline(draw, shape, (*shape.rgb, 255))
    if scene.style == "pil RGBA flat":
        image = image.convert("RGB")
    return image


def _encode(scene: Scene, image: Image.Image, rng: np.random.Generator) -> tuple[bytes, str, str]:
    """The file bytes, their suffix and a format label, in a format that suits the image's mode."""
    buffer = io.BytesIO()
    if image.mode == "P":
        if rng.random() < 0.35:
            image.save(buffer, format="GIF")
            return buffer.getvalue(), ".gif", "gif"
        image.save(buffer, format="PNG")
        return buffer.getvalue(), ".png", "png palette"
    if image.mode == "RGBA":
        if rng.random() < 0.3:
            quality = int(rng.integers(80, 96))
            image.save(buffer, format="WEBP", quality=quality)
            return buffer.getvalue(), ".webp", f"webp alpha q{quality}"
        image.save(buffer, format="PNG")
        return buffer.getvalue(), ".png", "png alpha"
    choice = str(rng.choice(["png", "jpeg", "webp", "webp lossless"], p=[0.4, 0.3, 0.2, 0.1]))
    if choice == "jpeg":
        quality = int(rng.integers(60, 96))
        image.save(buffer, format="JPEG", quality=quality)
        return buffer.getvalue(), ".jpg", f"jpeg q{quality}"
    if choice == "webp":
        quality = int(rng.integers(70, 96))
        image.save(buffer, format="WEBP", quality=quality)
        return buffer.getvalue(), ".webp", f"webp q{quality}"
    if choice == "webp lossless":
        image.save(buffer, format="WEBP", lossless=True)
        return buffer.getvalue(), ".webp", "webp lossless"
    image.save(buffer, format="PNG")
    return buffer.getvalue(), ".png", "png"


def render(scene: Scene, rng: np.random.Generator) -> None:
    if scene.style.startswith("pil"):
        image = _draw_pil(scene, rng)
    else:
        if scene.style == "matplotlib":
            pixels = _draw_matplotlib(scene, rng)
        else:
            pixels = _draw_numpy(scene, rng, 1 if scene.style == "numpy hard" else int(rng.choice([3, 4])))
        if scene.noise:
            pixels = pixels + rng.normal(0, scene.noise, pixels.shape)
        image = Image.fromarray(np.clip(np.round(pixels), 0, 255).astype(np.uint8))
    if scene.style == "pil L" and scene.noise:
        noisy = np.asarray(image, np.float64) + rng.normal(0, scene.noise, (scene.height, scene.width))
        image = Image.fromarray(np.clip(np.round(noisy), 0, 255).astype(np.uint8), mode="L")
    scene.data, scene.suffix, scene.fmt = _encode(scene, image, rng)


# ---------------------------------------------------------------------------------------------------- scenes


def _pick_colour(rng: np.random.Generator, names: tuple[str, ...], background: tuple[int, int, int], taken: set):
    for _ in range(40):
        name = str(rng.choice(names))
        if name in taken:
            continue
        shades = COLOURS[name]
        rgb = shades[int(rng.integers(len(shades)))]
        if np.abs(np.subtract(rgb, background)).max() >= 60:
            return name, rgb
    return None


def generate(rng: np.random.Generator) -> Scene:
    style = str(rng.choice(list(STYLES), p=list(STYLES.values())))
    side = int(rng.choice(SIDES))
    width = height = side
    if rng.random() < 0.15:
        other = int(round(side * rng.choice([0.75, 4 / 3])))
        width, height = (side, max(48, other)) if rng.random() < 0.5 else (max(48, other), side)
    dark = style != "pil RGBA transparent" and rng.random() < 0.1
    if dark:
        background = str(rng.choice(list(DARK_BACKGROUNDS)))
        background_rgb = DARK_BACKGROUNDS[background]
    elif style == "pil RGBA transparent":
        background, background_rgb = "transparent", (255, 255, 255)
    else:
        weights = np.array([0.35, 0.12, 0.12, 0.12, 0.1, 0.12, 0.07])
        background = str(rng.choice(list(BACKGROUNDS), p=weights / weights.sum()))
        background_rgb = BACKGROUNDS[background]
    if style == "pil L":
        background_rgb = (background_rgb[0],) * 3 if not dark else (40, 40, 40)
        grey = background_rgb[0]
        background = "dark grey" if dark else "white" if grey == 255 else "off-white" if grey >= 245 else "pale grey"
    gradient = style in ("numpy ss", "numpy hard", "matplotlib") and rng.random() < 0.25
    noise = float(rng.uniform(2, 8)) if style in ("numpy ss", "numpy hard", "matplotlib", "pil L") else 0.0
    noise = noise if rng.random() < 0.25 else 0.0
    scene = Scene(width, height, style, background, background_rgb, gradient, noise, "")
    count = int(rng.choice([1, 2, 3], p=[0.72, 0.18, 0.1]))
    taken: set[str] = set()
    short = min(width, height)
    for _ in range(count):
        shape = str(rng.choice(list(SHAPES), p=list(SHAPES.values())))
        if count == 1:
            low, high = max(5.0, 0.1 * short), 0.46 * short
        else:
            low, high = max(5.0, 0.08 * short), 0.24 * short
        low = max(low, MIN_RADIUS.get(shape, 6.0))
        high = max(high, low + 1)
        radius = float(rng.uniform(low, high))
        points, axes, detail = _outline(shape, radius, rng)
        if points is None:
            rx, ry, angle = axes
            probe = Shape(shape, "", (0, 0, 0), (0.0, 0.0), radius, None, axes)
            x0, x1 = probe.x_extent()
            half_h = math.hypot(rx * math.sin(angle), ry * math.cos(angle))
            y0, y1 = -half_h, half_h
        else:
            x0, x1 = min(x for x, _ in points), max(x for x, _ in points)
            y0, y1 = min(y for _, y in points), max(y for _, y in points)
        for _attempt in range(100):
            cx = rng.uniform(2 - x0, max(2 - x0 + 0.1, width - 2 - x1))
            cy = rng.uniform(2 - y0, max(2 - y0 + 0.1, height - 2 - y1))
            if all(math.dist((cx, cy), s.centre) > radius + s.radius + 3 for s in scene.shapes):
                break
        else:
            continue
        if style == "pil L":
            names = ("white",) if dark else ("black", "gray")
        else:
            names = DARK_COLOURS if dark else LIGHT_COLOURS
        picked = _pick_colour(rng, names, background_rgb, taken)
        if picked is None:
            continue
        name, rgb = picked
        taken.add(name)
        if style == "pil L":
            rgb = (rgb[0],) * 3
        placed = None if points is None else [(cx + x, cy + y) for x, y in points]
        scene.shapes.append(Shape(shape, name, rgb, (float(cx), float(cy)), radius, placed, axes, detail))
    render(scene, rng)
    return scene


# ---------------------------------------------------------------------------------------------------- questions


@dataclass
class Question:
    text: str
    gold: str
    kind: str


def questions(scene: Scene, rng: np.random.Generator, per_image: int) -> list[Question]:
    def pick(options: list[str]) -> str:
        return options[int(rng.integers(len(options)))]

    shapes = scene.shapes
    made: list[Question] = []
    kinds = Counter(s.shape for s in shapes)
    present_colours = {s.colour for s in shapes}
    if len(shapes) == 1:
        only = shapes[0]
        made.append(
            Question(
                pick(
                    [
                        "What shape is in the image?",
                        "What shape is this?",
                        "What is the shape?",
                        "Which shape is shown?",
                        "What shape do you see?",
                        "What kind of shape is in the picture?",
                        "What shape is shown in the image?",
                    ]
                ),
                only.shape,
                "what shape",
            )
        )
        made.append(
            Question(
                pick(
                    [
                        "What color is the shape?",
                        "What colour is the shape?",
                        "What is the color of the shape?",
                        "Which color is the shape?",
                        "What color is the object?",
                        "What is the shape's colour?",
                        "What colour is the object in the image?",
                    ]
                ),
                only.colour,
                "what colour",
            )
        )
        asked = only.shape
        if rng.random() < 0.5:
            asked = pick([s for s in ASKED_SHAPES if s != only.shape and s not in RELATED.get(only.shape, set())])
        word = f"{common.article(asked)} {asked}"
        made.append(
            Question(
                pick(
                    [
                        f"Is the shape {word}?",
                        f"Is this {word}?",
                        f"Is the shape in the image {word}?",
                        f"Is it {word}?",
                    ]
                ),
                "yes" if asked == only.shape else "no",
                "is the shape X",
            )
        )
    colour = pick(sorted(present_colours))
    if rng.random() < 0.5:
        absent = [
            c for c in ASKED_COLOURS if c not in present_colours and not any(c in NEAR[p] for p in present_colours)
        ]
        colour = pick(absent) if absent else colour
    a = common.article(colour)
    made.append(
        Question(
            pick(
                [
                    f"Is there {a} {colour} shape?",
                    f"Is there {a} {colour} shape in the image?",
                    f"Is there anything {colour}?",
                    f"Are there any {colour} shapes?",
                    f"Is any shape {colour}?",
                    f"Do you see {a} {colour} shape?",
                ]
            ),
            "yes" if colour in present_colours else "no",
            "is there colour",
        )
    )
    shape = pick(sorted(kinds))
    if rng.random() < 0.5:
        absent = [s for s in ASKED_SHAPES if s not in kinds and not any(s in RELATED.get(k, set()) for k in kinds)]
        shape = pick(absent) if absent else shape
    a = common.article(shape)
    made.append(
        Question(
            pick(
                [
                    f"Does the image contain {a} {shape}?",
                    f"Is there {a} {shape}?",
                    f"Is there {a} {shape} in the picture?",
                    f"Can you see {a} {shape}?",
                    f"Does this picture show {a} {shape}?",
                    f"Are there any {shape}s?",
                ]
            ),
            "yes" if shape in kinds else "no",
            "contains shape",
        )
    )
    made.append(
        Question(
            pick(
                [
                    "How many shapes are there?",
                    "How many shapes are in the image?",
                    "How many objects are there?",
                    "How many shapes can you see?",
                    "Count the shapes.",
                    "What is the number of shapes?",
                ]
            ),
            str(len(shapes)),
            "how many",
        )
    )
    # the one shape a noun names; not "the rectangle" beside a square, nor "the ellipse" beside a circle (conventions)
    unique = [s for s in shapes if kinds[s.shape] == 1 and not any(kinds[r] for r in RELATED.get(s.shape, ()))]
    if unique:
        target = unique[int(rng.integers(len(unique)))]
        made.append(
            Question(
                pick(
                    [
                        f"What is the colour of the {target.shape}?",
                        f"What color is the {target.shape}?",
                        f"Which color is the {target.shape}?",
                        f"What is the color of the {target.shape}?",
                    ]
                ),
                target.colour,
                "colour of the X",
            )
        )
        asked = target.colour
        if rng.random() < 0.5:
            others = [c for c in ASKED_COLOURS if c != target.colour and c not in NEAR[target.colour]]
            asked = pick(others)
        made.append(
            Question(
                pick(
                    [
                        f"Is the {target.shape} {asked}?",
                        f"Is the {target.shape} colored {asked}?",
                        f"Is the color of the {target.shape} {asked}?",
                    ]
                ),
                "yes" if asked == target.colour else "no",
                "is the X colour",
            )
        )
    if len(shapes) == 2 and len(unique) == 2:
        first, second = shapes if rng.random() < 0.5 else shapes[::-1]
        ratio = first.area / second.area
        if ratio > 2 or ratio < 0.5:
            bigger = first if ratio > 1 else second
            x, y = first.shape, second.shape
            made.append(
                Question(
                    pick(
                        [
                            "Which shape is bigger?",
                            "Which shape is larger?",
                            f"Which is bigger, the {x} or the {y}?",
                            f"Which is larger: the {x} or the {y}?",
                            f"Which shape is bigger, the {x} or the {y}?",
                        ]
                    ),
                    bigger.shape,
                    "which bigger",
                )
            )
    if len(unique) >= 2:
        order = rng.permutation(len(unique))
        first, second = unique[order[0]], unique[order[1]]
        (a0, a1), (b0, b1) = first.x_extent(), second.x_extent()
        if a1 < b0 - 1 or b1 < a0 - 1:
            left = a1 < b0
            right_side = rng.random() < 0.3
            x, y = first.shape, second.shape
            if right_side:
                text = pick([f"Is the {x} to the right of the {y}?", f"Is the {x} right of the {y}?"])
                gold = "no" if left else "yes"
            else:
                text = pick(
                    [
                        f"Is the {x} left of the {y}?",
                        f"Is the {x} to the left of the {y}?",
                        f"Is the {x} on the left of the {y}?",
                        f"Is the {x} on the left side of the {y}?",
                    ]
                )
                gold = "yes" if left else "no"
            made.append(Question(text, gold, "left/right"))
    order = rng.permutation(len(made))
    return [made[k] for k in order[:per_image]]


# ---------------------------------------------------------------------------------------------------- scoring

ALIASES = {"grey": "gray", "one": "1", "two": "2", "three": "3", "four": "4"}


def _normal(text: str) -> str:
    return common.plain_answer(text, ALIASES)


def outcome(status: str, said: str, gold: str) -> str:
    return common.read_outcome(status, said, (gold,), _normal)


def _wording(text: str) -> str:
    return common.wording(text, {"X": common.shape_word(SHAPES), "C": COLOURS})


def run(total: int, seed: int, per_image: int, perception: str, show_failures: bool, save: int) -> None:
    from nsvr.agent.ask import AskOptions, ask

    rng = np.random.default_rng(seed)
    options = AskOptions(perception=perception)
    tables = common.new_tables()
    overall: Counter = Counter()
    failures: list[dict] = []
    common.clear_folder(FAILURE_DIR, f"s{seed}_*")
    saved: set[int] = set()
    started = time.perf_counter()
    done = images = 0
    with tempfile.TemporaryDirectory() as folder:
        while done < total:
            scene = generate(rng)
            if not scene.shapes:
                continue
            path = Path(folder) / f"scene{images:04d}{scene.suffix}"
            path.write_bytes(scene.data)
            info = scene.info()
            for item in questions(scene, rng, per_image)[: total - done]:
                result = ask(str(path), item.text, options)
                kind = outcome(result.status, result.answer, item.gold)
                overall[kind] += 1
                tables["question kind"][item.kind][kind] += 1
                for key, value in info.items():
                    tables[key][value][kind] += 1
                for shape in sorted({s.shape for s in scene.shapes}):
                    tables["shape drawn"][shape][kind] += 1
                for colour in sorted({s.colour for s in scene.shapes}):
                    tables["colour drawn"][colour][kind] += 1
                done += 1
                if kind == "right":
                    continue
                image_path = None
                if images in saved or len(saved) < save:
                    saved.add(images)
                    name = f"s{seed}_{images:04d}_{scene.style.replace(' ', '-')}{scene.suffix}"
                    image_path = FAILURE_DIR / name
                    shutil.copyfile(path, image_path)
                    if scene.suffix not in (".png", ".jpg"):
                        Image.open(path).convert("RGBA").save(image_path.with_suffix(image_path.suffix + ".png"))
                details = {"style": scene.style, "format": scene.fmt, "size": f"{scene.width}x{scene.height}"}
                details |= {"background": info["background"], "noise": round(scene.noise, 1)}
                details["shapes"] = [s.describe() for s in scene.shapes]
                failures.append(common.failure(kind, item.text, item.gold, result, image_path, **details))
            images += 1
    seconds = time.perf_counter() - started
    print(f"{done} questions on {images} images, seed {seed}, perception={perception}, {seconds:.0f} s")
    print(common.tally_row("all", overall, 24))
    order = (
        "style",
        "question kind",
        "format",
        "background",
        "side",
        "smallest shape",
        "shape drawn",
        "colour drawn",
        "shapes per image",
        "noise",
    )
    common.print_tables(tables, order, 24, {table: lambda kv: -sum(kv[1].values()) for table in order})
    common.print_counts(
        "failing wordings (shape and colour words as X / C):", Counter(_wording(f["question"]) for f in failures)
    )
    common.report_failures(
        failures,
        f"; images of the first {len(saved)} in {FAILURE_DIR}",
        show_failures,
        lambda f: (
            f"- {f['outcome']}: [{f['style']}, {f['format']}, {f['size']}, {f['background']},"
            f" noise {f['noise']}] shapes: {'; '.join(f['shapes'])}"
        ),
    )


def main() -> None:
    parser = common.standard_arguments(__doc__, "--questions", 600, per_image=4)
    parser.add_argument("--save", type=int, default=25, help="save the images of the first N failing scenes")
    args = parser.parse_args()
    run(args.questions, args.seed, args.per_image, args.perception, args.show_failures, args.save)


if __name__ == "__main__":
    main()
