"""Clip-art solids, end to end: a check of nsvr's generality on an image kind nobody tuned it for.

The pictures imitate the simple solids people draw in slides, worksheets and icon sets. This generator was written
from a description of those clip-art conventions alone, without reading nsvr's code (its perception, parser or
planner) or its other benchmark generators; only the structure of the report (argument parsing, the ask loop, the
right / unknown / confidently wrong scoring and the tables) follows shape_scenes_nmn.py.

Each image is square, 256x256 px by default (``--size 128`` / ``--size 512`` scale everything with it), drawn with
PIL at 4x supersampling and reduced by box averaging (antialiased edges). The background is white, light gray or a
pale tint (cream, pale blue, pale green, pale pink). It holds 1 to 5 solids, none overlapping (their boxes, with the
room their shadows need, at least ~5 px apart at 256), each one of

- a ball / sphere: either a disc with a radial gradient (a near-white highlight up and to the left, the colour, then
  a darker rim) or a flat disc with a white glint (a tilted ellipse, sometimes a second dot), sometimes outlined;
- a cube: isometric (a hexagon split into a light top, and a left and a right face, one in the colour and one darker)
  or oblique (a front square in the colour, a lighter top and a darker side parallelogram, the depth to the right or
  to the left), with or without dark edges;
- a cylinder: a rectangle with a curved (half-ellipse) bottom edge, flat or shaded left to right, and a lighter
  ellipse on top, with or without dark edges;
- a cone: a triangle on a half-ellipse base, shaded left to right or split into a coloured and a darker part;
- a pyramid: two triangular faces (the colour and a darker one, or a lighter one and the colour) or three (light,
  the colour, dark), with or without dark edges.

A solid's colour is one of red, green, blue, yellow, purple, orange, gray, brown and cyan; its faces are lighter and
darker shades of that one colour, the middle shade being the colour itself, so a cube drawn in three shades of red
is "red". Solids are small (30-45 px across their larger side at 256) or large (70-100 px). Each sits on an optional
soft drop shadow (a blurred gray ellipse under its base; ``--no-shadow`` turns them off; the scenes and questions are
the same either way, so the two runs differ only in the shadows).

Questions (about 6 per image, yes and no balanced by choosing the wanted answer first), as a person looking at such a
picture would ask them, with rewordings: "How many cubes are there?", "How many balls?", "Is there a cylinder?",
"What colour is the sphere?" (exactly one of that solid), "What shape is the red object?" (exactly one red solid;
gold the solid's name, ball = sphere and box / block = cube accepted), "How many objects are there?", "Is the cube
left of the ball?" (exactly one of each, their horizontal extents apart), "Are there more cubes than cylinders?",
"How many red things are there?", "Is the large cube blue?" (exactly one large solid of that kind), "Is there a
pyramid?". Gold answers come from what was drawn.

    python examples/benchmarks/shape_scenes_clipart.py                    # 150 images x ~6 questions, seed 0, 256 px
    python examples/benchmarks/shape_scenes_clipart.py --size 512 --no-shadow --show-failures

Each image is written to a PNG file and asked as ``nsvr ask`` asks (``ask(path, question, AskOptions())``). Every
answer is scored right / unknown (status not ok, or the answer "unknown"; planning errors counted apart inside
unknown) / confidently wrong; the script prints the totals, tables by solid kind, by solid drawing style, by question
template, by gold answer kind, by solids per image, by background and by wording, the failing wordings, and with
``--show-failures`` every failure, its image saved (as the file nsvr read) to /tmp/clipart_failures/.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shape_bench_common as common
from PIL import Image, ImageDraw, ImageFilter

FAILURE_DIR = Path("/tmp/clipart_failures")

SUPERSAMPLE = 4
COLOURS: dict[str, tuple[int, int, int]] = {
    "red": (215, 40, 40),
    "green": (55, 160, 65),
    "blue": (40, 90, 210),
    "yellow": (240, 205, 35),
    "purple": (135, 60, 170),
    "orange": (245, 135, 30),
    "gray": (128, 128, 128),
    "brown": (135, 85, 45),
    "cyan": (35, 195, 210),
}
BACKGROUNDS: dict[str, tuple[int, int, int]] = {
    "white": (255, 255, 255),
    "light gray": (236, 236, 236),
    "cream": (253, 246, 230),
    "pale blue": (234, 243, 252),
    "pale green": (237, 248, 236),
    "pale pink": (251, 238, 242),
}
BACKGROUND_WEIGHTS = {
    "white": 0.4,
    "light gray": 0.25,
    "cream": 0.0875,
    "pale blue": 0.0875,
    "pale green": 0.0875,
    "pale pink": 0.0875,
}
KINDS = ("sphere", "cube", "cylinder", "cone", "pyramid")
# words a person uses for each solid (singular, plural, weight)
WORDS: dict[str, list[tuple[str, str, float]]] = {
    "sphere": [("ball", "balls", 0.5), ("sphere", "spheres", 0.5)],
    "cube": [("cube", "cubes", 0.8), ("box", "boxes", 0.1), ("block", "blocks", 0.1)],
    "cylinder": [("cylinder", "cylinders", 1.0)],
    "cone": [("cone", "cones", 1.0)],
    "pyramid": [("pyramid", "pyramids", 1.0)],
}
COUNT_WEIGHTS = {1: 0.12, 2: 0.2, 3: 0.25, 4: 0.23, 5: 0.2}
LARGE_SHARE = 0.45


@dataclass
class Solid:
    kind: str
    colour: str
    size: str  # "small" / "large"
    style: str  # e.g. "isometric, outlined"
    box: tuple[float, float, float, float]  # the solid itself, in output pixels (x0, y0, x1, y1)
    footprint: tuple[float, float, float, float] = (0, 0, 0, 0)  # with the shadow's room
    params: dict = field(default_factory=dict)

    @property
    def centre_x(self) -> float:
        return (self.box[0] + self.box[2]) / 2

    def describe(self) -> str:
        x0, y0, x1, y1 = self.box
        return f"{self.size} {self.colour} {self.kind} ({self.style}) at x {x0:.0f}-{x1:.0f}, y {y0:.0f}-{y1:.0f}"


@dataclass
class Scene:
    solids: list[Solid]
    background: str


@dataclass
class Question:
    text: str
    gold: str
    template: str
    kinds: tuple[str, ...]  # the solid kinds it is about ("any" for whole-scene questions)
    styles: tuple[str, ...] = ()  # "kind: style" of the solids it is about
    sizes: tuple[str, ...] = ()  # sizes of the single solids it is about
    key: str = ""  # what it asks, apart from the wording (one question per key and image)


# ---------------------------------------------------------------------------------------------------- colour


def _mix(colour: tuple[int, int, int], other: tuple[int, int, int], amount: float) -> tuple[int, int, int]:
    return tuple(int(round(c + (o - c) * amount)) for c, o in zip(colour, other, strict=True))  # type: ignore[return-value]


def light(colour: tuple[int, int, int]) -> tuple[int, int, int]:
    return _mix(colour, (255, 255, 255), 0.4)


def dark(colour: tuple[int, int, int]) -> tuple[int, int, int]:
    return _mix(colour, (0, 0, 0), 0.38)


def _ramp(t: np.ndarray, keys: list[tuple[float, tuple[int, int, int]]]) -> np.ndarray:
    """Piecewise-linear colours along t (any shape) through (position, colour) keys."""
    positions = [p for p, _ in keys]
    out = np.empty(t.shape + (3,), np.float32)
    for channel in range(3):
        out[..., channel] = np.interp(t, positions, [c[channel] for _, c in keys])
    return out


# ---------------------------------------------------------------------------------------------------- layout


def _dimensions(kind: str, s: float) -> tuple[float, float]:
    """(width, height) of a solid whose larger side is s."""
    if kind == "cube_isometric":
        return s * math.sqrt(3) / 2, s
    if kind == "cylinder":
        return 0.7 * s, s
    if kind == "cone":
        return 0.8 * s, s
    if kind == "pyramid":
        return s, 0.85 * s
    return s, s  # sphere, oblique cube


def _style(kind: str, rng: np.random.Generator) -> tuple[str, dict]:
    outlined = bool(rng.random() < 0.5)
    edge = "black edges" if rng.random() < 0.5 else "dark edges"
    if kind == "sphere":
        if rng.random() < 0.55:
            outlined = bool(rng.random() < 0.25)
            return "gradient" + (f", {edge}" if outlined else ""), {
                "gradient": True,
                "outlined": outlined,
                "edge": edge,
            }
        glints = 2 if rng.random() < 0.35 else 1
        return "flat + glint" + (f", {edge}" if outlined else ""), {
            "gradient": False,
            "outlined": outlined,
            "edge": edge,
            "glints": glints,
            "tilt": float(rng.uniform(-50, -30)),
        }
    if kind == "cube":
        left_mid = bool(rng.random() < 0.7)
        if rng.random() < 0.5:
            return "isometric" + (f", {edge}" if outlined else ""), {
                "isometric": True,
                "outlined": outlined,
                "edge": edge,
                "left_mid": left_mid,
            }
        return "oblique" + (f", {edge}" if outlined else ""), {
            "isometric": False,
            "outlined": outlined,
            "edge": edge,
            "depth_right": bool(rng.random() < 0.7),
            "depth": float(rng.uniform(0.3, 0.42)),
        }
    if kind == "cylinder":
        gradient = bool(rng.random() < 0.5)
        return ("shaded" if gradient else "flat") + (f", {edge}" if outlined else ""), {
            "gradient": gradient,
            "outlined": outlined,
            "edge": edge,
        }
    if kind == "cone":
        gradient = bool(rng.random() < 0.5)
        return ("shaded" if gradient else "two-tone") + (f", {edge}" if outlined else ""), {
            "gradient": gradient,
            "outlined": outlined,
            "edge": edge,
            "split": float(rng.uniform(0.05, 0.25)),
        }
    faces = 3 if rng.random() < 0.4 else 2
    return f"{faces} faces" + (f", {edge}" if outlined else ""), {
        "faces": faces,
        "outlined": outlined,
        "edge": edge,
        "apex": float(rng.uniform(-0.08, 0.08)),
        "front": float(rng.uniform(0.42, 0.6)),
        "light_pair": bool(rng.random() < 0.3),
    }


def _footprint(box: tuple[float, float, float, float], s: float) -> tuple[float, float, float, float]:
    """The box with room for the drop shadow under and to the right of it (kept whether shadows are drawn or not)."""
    x0, y0, x1, y1 = box
    w = x1 - x0
    blur = 0.05 * s
    return x0 - 0.02 * w - blur, y0, x1 + 0.14 * w + blur, y1 + 0.1 * w + blur


def generate(rng: np.random.Generator, side: int) -> Scene:
    unit = side / 256
    count = int(rng.choice(list(COUNT_WEIGHTS), p=list(COUNT_WEIGHTS.values())))
    background = str(rng.choice(list(BACKGROUND_WEIGHTS), p=list(BACKGROUND_WEIGHTS.values())))
    wanted = []
    for _ in range(count):
        kind = KINDS[int(rng.integers(len(KINDS)))]
        colour = list(COLOURS)[int(rng.integers(len(COLOURS)))]
        size = "large" if rng.random() < LARGE_SHARE else "small"
        style, params = _style(kind, rng)
        wanted.append((kind, colour, size, style, params))
    wanted.sort(key=lambda w: w[2] != "large")  # place the large ones first
    margin = 4 * unit
    gap = 5 * unit
    placed: list[Solid] = []
    for kind, colour, size, style, params in wanted:
        for attempt in range(400):
            if attempt == 200:
                size = "small"  # no room for a large one: draw it small
            s = (rng.uniform(70, 100) if size == "large" else rng.uniform(30, 45)) * unit
            shape = "cube_isometric" if kind == "cube" and params["isometric"] else kind
            w, h = _dimensions(shape, s)
            x0 = rng.uniform(0, side)
            y0 = rng.uniform(0, side)
            box = (x0, y0, x0 + w, y0 + h)
            foot = _footprint(box, s)
            if foot[0] < margin or foot[1] < margin or foot[2] > side - margin or foot[3] > side - margin:
                continue
            if any(
                foot[0] < other.footprint[2] + gap
                and other.footprint[0] < foot[2] + gap
                and foot[1] < other.footprint[3] + gap
                and other.footprint[1] < foot[3] + gap
                for other in placed
            ):
                continue
            placed.append(Solid(kind, colour, size, style, box, foot, dict(params, s=s)))
            break
    placed.sort(key=lambda solid: (solid.box[1], solid.box[0]))
    return Scene(placed, background)


# ---------------------------------------------------------------------------------------------------- drawing


class Painter:
    """Draws on a supersampled RGB canvas; coordinates are given in output pixels."""

    def __init__(self, side: int, background: tuple[int, int, int]):
        self.k = SUPERSAMPLE
        self.side = side
        self.image = Image.new("RGB", (side * self.k, side * self.k), background)
        self.draw = ImageDraw.Draw(self.image)
        self.line = max(1, round(1.1 * side / 256 * self.k))

    def p(self, points: list[tuple[float, float]]) -> list[tuple[float, float]]:
        return [(x * self.k, y * self.k) for x, y in points]

    def b(self, box: tuple[float, float, float, float]) -> list[float]:
        return [v * self.k for v in box]

    def polygon(self, points, fill, outline=None) -> None:
        self.draw.polygon(self.p(points), fill=fill)
        if outline is not None:
            pts = self.p(points)
            self.draw.line(pts + [pts[0]], fill=outline, width=self.line, joint="curve")

    def ellipse(self, box, fill=None, outline=None) -> None:
        self.draw.ellipse(self.b(box), fill=fill, outline=outline, width=self.line if outline is not None else 0)

    def arc(self, box, start: float, end: float, colour) -> None:
        self.draw.arc(self.b(box), start, end, fill=colour, width=self.line)

    def line_(self, points, colour) -> None:
        self.draw.line(self.p(points), fill=colour, width=self.line)

    def shade(self, box: tuple[float, float, float, float], mask: Image.Image, colours: Callable) -> None:
        """Fill mask (supersampled, the size of box) with colours(xs, ys) (output-pixel coordinates) at box."""
        x0, y0 = int(box[0] * self.k), int(box[1] * self.k)
        width, height = mask.size
        ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
        xs = (xs + x0 + 0.5) / self.k
        ys = (ys + y0 + 0.5) / self.k
        rgb = np.clip(colours(xs, ys), 0, 255).astype(np.uint8)
        self.image.paste(Image.fromarray(rgb, "RGB"), (x0, y0), mask)

    def mask(self, box: tuple[float, float, float, float]) -> tuple[Image.Image, ImageDraw.ImageDraw, Callable]:
        """An empty mask covering box, a drawer on it and a point converter into it."""
        x0, y0 = int(box[0] * self.k), int(box[1] * self.k)
        x1, y1 = int(math.ceil(box[2] * self.k)) + 1, int(math.ceil(box[3] * self.k)) + 1
        mask = Image.new("L", (x1 - x0, y1 - y0), 0)

        def local(points):
            return [(x * self.k - x0, y * self.k - y0) for x, y in points]

        return mask, ImageDraw.Draw(mask), local

    def shadows(self, solids: list[Solid]) -> None:
        layer = Image.new("L", self.image.size, 0)
        drawer = ImageDraw.Draw(layer)
        blur = 0.0
        for solid in solids:
            x0, _, x1, y1 = solid.box
            w = x1 - x0
            s = solid.params["s"]
            cx = (x0 + x1) / 2 + 0.1 * w
            rx, ry = 0.55 * w, 0.09 * w
            cy = y1 - (0.04 * w if solid.kind == "sphere" else 0.0)
            drawer.ellipse(self.b((cx - rx, cy - ry, cx + rx, cy + ry)), fill=255)
            blur = max(blur, 0.04 * s)
        layer = layer.filter(ImageFilter.GaussianBlur(blur * self.k))
        alpha = np.asarray(layer, np.float32)[..., None] / 255 * 0.3
        pixels = np.asarray(self.image, np.float32)
        pixels = pixels * (1 - alpha) + np.array([40, 40, 40], np.float32) * alpha
        self.image = Image.fromarray(pixels.round().astype(np.uint8), "RGB")
        self.draw = ImageDraw.Draw(self.image)

    def result(self) -> Image.Image:
        return self.image.reduce(self.k)


def _edge(solid: Solid) -> tuple[int, int, int] | None:
    if not solid.params["outlined"]:
        return None
    colour = COLOURS[solid.colour]
    return (35, 35, 35) if solid.params["edge"] == "black edges" else _mix(colour, (0, 0, 0), 0.62)


def _draw_sphere(painter: Painter, solid: Solid) -> None:
    x0, y0, x1, y1 = solid.box
    r = (x1 - x0) / 2
    cx, cy = x0 + r, y0 + r
    colour = COLOURS[solid.colour]
    edge = _edge(solid)
    if solid.params["gradient"]:
        hx, hy = cx - 0.35 * r, cy - 0.4 * r
        keys = [(0.0, _mix(colour, (255, 255, 255), 0.8)), (0.42, colour), (0.75, colour), (1.0, dark(colour))]
        mask, drawer, local = painter.mask(solid.box)
        drawer.ellipse([*local([(x0, y0)])[0], *local([(x1, y1)])[0]], fill=255)
        painter.shade(
            solid.box,
            mask,
            lambda xs, ys: _ramp(np.clip(np.hypot(xs - hx, ys - hy) / (1.5 * r), 0, 1), keys),
        )
        if edge is not None:
            painter.ellipse(solid.box, outline=edge)
        return
    painter.ellipse(solid.box, fill=colour, outline=edge)
    tilt = math.radians(solid.params["tilt"])
    glints = [(cx - 0.4 * r, cy - 0.4 * r, 0.24 * r, 0.13 * r)]
    if solid.params["glints"] == 2:
        glints.append((cx - 0.12 * r, cy - 0.6 * r, 0.06 * r, 0.06 * r))
    for gx, gy, ax, ay in glints:
        points = []
        for i in range(48):
            a = 2 * math.pi * i / 48
            ex, ey = ax * math.cos(a), ay * math.sin(a)
            points.append(
                (gx + ex * math.cos(tilt) - ey * math.sin(tilt), gy + ex * math.sin(tilt) + ey * math.cos(tilt))
            )
        painter.polygon(points, fill=(255, 255, 255))


def _draw_cube(painter: Painter, solid: Solid) -> None:
    x0, y0, x1, y1 = solid.box
    colour = COLOURS[solid.colour]
    edge = _edge(solid)
    top = light(colour)
    if solid.params["isometric"]:
        e = (y1 - y0) / 2
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        hw = (x1 - x0) / 2
        t, ur, lr = (cx, cy - e), (cx + hw, cy - e / 2), (cx + hw, cy + e / 2)
        b, ll, ul, c = (cx, cy + e), (cx - hw, cy + e / 2), (cx - hw, cy - e / 2), (cx, cy)
        left_fill, right_fill = (colour, dark(colour)) if solid.params["left_mid"] else (dark(colour), colour)
        painter.polygon([t, ur, c, ul], top, edge)
        painter.polygon([ul, c, b, ll], left_fill, edge)
        painter.polygon([c, ur, lr, b], right_fill, edge)
        return
    s = x1 - x0
    k = solid.params["depth"]
    a = s / (1 + k)
    d = k * a
    if solid.params["depth_right"]:
        fx = x0
        front = [(fx, y0 + d), (fx + a, y0 + d), (fx + a, y1), (fx, y1)]
        lid = [(fx, y0 + d), (fx + d, y0), (fx + a + d, y0), (fx + a, y0 + d)]
        side = [(fx + a, y0 + d), (fx + a + d, y0), (fx + a + d, y0 + a), (fx + a, y1)]
    else:
        fx = x0 + d
        front = [(fx, y0 + d), (fx + a, y0 + d), (fx + a, y1), (fx, y1)]
        lid = [(fx, y0 + d), (x0, y0), (x0 + a, y0), (fx + a, y0 + d)]
        side = [(x0, y0), (fx, y0 + d), (fx, y1), (x0, y0 + a)]
    painter.polygon(lid, top, edge)
    painter.polygon(side, dark(colour), edge)
    painter.polygon(front, colour, edge)


def _horizontal(colour: tuple[int, int, int], x0: float, w: float) -> Callable:
    keys = [(0.0, colour), (0.28, _mix(colour, light(colour), 0.6)), (0.6, colour), (1.0, dark(colour))]
    return lambda xs, ys: _ramp(np.clip((xs - x0) / w, 0, 1), keys)


def _draw_cylinder(painter: Painter, solid: Solid) -> None:
    x0, y0, x1, y1 = solid.box
    w = x1 - x0
    eh = 0.32 * w
    colour = COLOURS[solid.colour]
    edge = _edge(solid)
    body = (x0, y0 + eh / 2, x1, y1 - eh / 2)
    bottom = (x0, y1 - eh, x1, y1)
    if solid.params["gradient"]:
        mask, drawer, local = painter.mask(solid.box)
        drawer.rectangle([*local([body[:2]])[0], *local([body[2:]])[0]], fill=255)
        drawer.ellipse([*local([bottom[:2]])[0], *local([bottom[2:]])[0]], fill=255)
        painter.shade(solid.box, mask, _horizontal(colour, x0, w))
    else:
        painter.draw.rectangle(painter.b(body), fill=colour)
        painter.ellipse(bottom, fill=colour)
    if edge is not None:
        painter.arc(bottom, 0, 180, edge)
        painter.line_([(x0, y0 + eh / 2), (x0, y1 - eh / 2)], edge)
        painter.line_([(x1, y0 + eh / 2), (x1, y1 - eh / 2)], edge)
    painter.ellipse((x0, y0, x1, y0 + eh), fill=light(colour), outline=edge)


def _draw_cone(painter: Painter, solid: Solid) -> None:
    x0, y0, x1, y1 = solid.box
    w = x1 - x0
    eh = 0.28 * w
    cx = (x0 + x1) / 2
    base = (x0, y1 - eh, x1, y1)
    apex = (cx, y0)
    colour = COLOURS[solid.colour]
    edge = _edge(solid)
    mask, drawer, local = painter.mask(solid.box)
    drawer.polygon(local([apex, (x0, y1 - eh / 2), (x1, y1 - eh / 2)]), fill=255)
    drawer.ellipse([*local([base[:2]])[0], *local([base[2:]])[0]], fill=255)
    if solid.params["gradient"]:
        painter.shade(solid.box, mask, _horizontal(colour, x0, w))
    else:
        split_x = cx + solid.params["split"] * w  # the line from the apex to (split_x, y1) parts colour from shadow
        deep = np.array(dark(colour), np.float32)
        mid = np.array(colour, np.float32)

        def two_tone(xs, ys):
            line_x = cx + (split_x - cx) * (ys - y0) / (y1 - y0)
            return np.where((xs > line_x)[..., None], deep, mid)

        painter.shade(solid.box, mask, two_tone)
    if edge is not None:
        painter.arc(base, 0, 180, edge)
        painter.line_([(x0, y1 - eh / 2), apex, (x1, y1 - eh / 2)], edge)


def _draw_pyramid(painter: Painter, solid: Solid) -> None:
    x0, y0, x1, y1 = solid.box
    w, h = x1 - x0, y1 - y0
    colour = COLOURS[solid.colour]
    edge = _edge(solid)
    apex = ((x0 + x1) / 2 + solid.params["apex"] * w, y0)
    if solid.params["faces"] == 2:
        left, front, right = (x0, y1 - 0.2 * h), (x0 + solid.params["front"] * w, y1), (x1, y1 - 0.24 * h)
        first, second = (light(colour), colour) if solid.params["light_pair"] else (colour, dark(colour))
        painter.polygon([apex, left, front], first, edge)
        painter.polygon([apex, front, right], second, edge)
        return
    left, front_left = (x0, y1 - 0.24 * h), (x0 + 0.28 * w, y1)
    front_right, right = (x0 + 0.72 * w, y1), (x1, y1 - 0.24 * h)
    painter.polygon([apex, left, front_left], light(colour), edge)
    painter.polygon([apex, front_left, front_right], colour, edge)
    painter.polygon([apex, front_right, right], dark(colour), edge)


DRAWERS = {
    "sphere": _draw_sphere,
    "cube": _draw_cube,
    "cylinder": _draw_cylinder,
    "cone": _draw_cone,
    "pyramid": _draw_pyramid,
}


def draw(scene: Scene, side: int, shadow: bool) -> Image.Image:
    painter = Painter(side, BACKGROUNDS[scene.background])
    if shadow and scene.solids:
        painter.shadows(scene.solids)
    for solid in scene.solids:
        DRAWERS[solid.kind](painter, solid)
    return painter.result()


# ---------------------------------------------------------------------------------------------------- questions


class Asker(common.Picker):
    """Question makers for one scene; each returns None when it cannot make its question (with the wanted answer)."""

    def __init__(self, scene: Scene, rng: np.random.Generator):
        self.solids = scene.solids
        self.rng = rng

    def word(self, kind: str, plural: bool = False) -> str:
        options = WORDS[kind]
        weights = np.array([w for _, _, w in options])
        singular, many, _ = options[int(self.rng.choice(len(options), p=weights / weights.sum()))]
        return many if plural else singular

    def of(self, kind: str) -> list[Solid]:
        return [s for s in self.solids if s.kind == kind]

    def unique(self, kind: str) -> Solid | None:
        found = self.of(kind)
        return found[0] if len(found) == 1 else None

    @staticmethod
    def styles(solids: list[Solid]) -> tuple[str, ...]:
        return tuple(sorted({f"{s.kind}: {s.style}" for s in solids}))

    def count_kind(self, want: str) -> Question | None:
        present = sorted({s.kind for s in self.solids})
        absent = [k for k in KINDS if k not in present]
        kind = self.pick(absent) if absent and (not present or self.rng.random() < 0.15) else self.pick(present)
        words = self.word(kind, plural=True)
        text = self.pick(
            [
                f"How many {words} are there?",
                f"How many {words}?",
                f"How many {words} are in the picture?",
                f"How many {words} can you see?",
            ]
        )
        found = self.of(kind)
        return Question(text, str(len(found)), "How many Xs?", (kind,), self.styles(found), key=f"count {kind}")

    def exists_kind(self, want: str) -> Question | None:
        present = sorted({s.kind for s in self.solids})
        options = present if want == "yes" else [k for k in KINDS if k not in present]
        if not options:
            return None
        kind = self.pick(options)
        one, many = self.word(kind), self.word(kind, plural=True)
        article = "an" if one[0] in "aeiou" else "a"
        text = self.pick(
            [
                f"Is there {article} {one}?",
                f"Is there {article} {one} in the picture?",
                f"Are there any {many}?",
                f"Do you see {article} {one}?",
                f"Can you see {article} {one}?",
            ]
        )
        return Question(text, want, "Is there a X?", (kind,), self.styles(self.of(kind)), key=f"exists {kind}")

    def colour_of_kind(self, want: str) -> Question | None:
        options = [s for s in self.solids if self.unique(s.kind) is s]
        if not options:
            return None
        solid = self.pick(options)
        one = self.word(solid.kind)
        text = self.pick(
            [f"What colour is the {one}?", f"What color is the {one}?", f"What is the colour of the {one}?"]
        )
        return Question(
            text,
            solid.colour,
            "What colour is the X?",
            (solid.kind,),
            self.styles([solid]),
            (solid.size,),
            f"colour {solid.kind}",
        )

    def shape_of_colour(self, want: str) -> Question | None:
        options = [s for s in self.solids if sum(o.colour == s.colour for o in self.solids) == 1]
        if not options:
            return None
        solid = self.pick(options)
        c = solid.colour
        text = self.pick(
            [f"What shape is the {c} object?", f"What shape is the {c} thing?", f"What shape is the {c} one?"]
        )
        return Question(
            text,
            solid.kind,
            "What shape is the C object?",
            (solid.kind,),
            self.styles([solid]),
            (solid.size,),
            f"shape {c}",
        )

    def count_all(self, want: str) -> Question | None:
        text = self.pick(
            [
                "How many objects are there?",
                "How many shapes are there?",
                "How many things are in the picture?",
                "How many objects can you see?",
            ]
        )
        return Question(text, str(len(self.solids)), "How many objects?", ("any (whole scene)",), key="count all")

    def left_of(self, want: str) -> Question | None:
        pairs = []
        for a in self.solids:
            for b in self.solids:
                if a.kind == b.kind or self.unique(a.kind) is not a or self.unique(b.kind) is not b:
                    continue
                if a.box[2] < b.box[0] or b.box[2] < a.box[0]:  # horizontal extents apart
                    pairs.append((a, b))
        if not pairs:
            return None
        a, b = self.pick(pairs)
        left = a.box[2] < b.box[0]
        relation = ("left" if left else "right") if want == "yes" else ("right" if left else "left")
        wa, wb = self.word(a.kind), self.word(b.kind)
        text = self.pick([f"Is the {wa} {relation} of the {wb}?", f"Is the {wa} to the {relation} of the {wb}?"])
        return Question(
            text,
            want,
            f"Is the X {relation} of the Y?",
            (a.kind, b.kind),
            self.styles([a, b]),
            (a.size, b.size),
            f"place {sorted([a.kind, b.kind])}",
        )

    def more_than(self, want: str) -> Question | None:
        for _ in range(30):
            a, b = self.rng.permutation(len(KINDS))[:2]
            ka, kb = KINDS[int(a)], KINDS[int(b)]
            na, nb = len(self.of(ka)), len(self.of(kb))
            if na + nb == 0 or ("yes" if na > nb else "no") != want:
                continue
            pa, pb = self.word(ka, plural=True), self.word(kb, plural=True)
            text = self.pick(
                [
                    f"Are there more {pa} than {pb}?",
                    f"Are there more {pa} than {pb} in the picture?",
                    f"Do you see more {pa} than {pb}?",
                ]
            )
            return Question(
                text,
                want,
                "Are there more Xs than Ys?",
                (ka, kb),
                self.styles(self.of(ka) + self.of(kb)),
                key=f"more {ka} {kb}",
            )
        return None

    def count_colour(self, want: str) -> Question | None:
        present = sorted({s.colour for s in self.solids})
        absent = [c for c in COLOURS if c not in present]
        colour = self.pick(absent) if not present or self.rng.random() < 0.15 else self.pick(present)
        text = self.pick(
            [
                f"How many {colour} things are there?",
                f"How many {colour} objects are there?",
                f"How many {colour} objects?",
                f"How many {colour} shapes are in the picture?",
            ]
        )
        gold = str(sum(s.colour == colour for s in self.solids))
        return Question(text, gold, "How many C things?", ("any (whole scene)",), key=f"count {colour}")

    def large_kind_colour(self, want: str) -> Question | None:
        options = [
            s
            for s in self.solids
            if s.size == "large" and sum(o.kind == s.kind and o.size == "large" for o in self.solids) == 1
        ]
        if not options:
            return None
        solid = self.pick(options)
        colour = solid.colour if want == "yes" else self.pick([c for c in COLOURS if c != solid.colour])
        big = self.pick(["large", "big"])
        text = f"Is the {big} {self.word(solid.kind)} {colour}?"
        return Question(
            text, want, "Is the large X C?", (solid.kind,), self.styles([solid]), (solid.size,), f"large {solid.kind}"
        )


def questions(scene: Scene, rng: np.random.Generator, per_image: int) -> list[Question]:
    asker = Asker(scene, rng)
    makers: list[tuple[float, Callable[[str], Question | None]]] = [
        (1.0, asker.count_kind),
        (1.3, asker.exists_kind),
        (0.8, asker.colour_of_kind),
        (0.8, asker.shape_of_colour),
        (0.5, asker.count_all),
        (0.9, asker.left_of),
        (0.8, asker.more_than),
        (0.8, asker.count_colour),
        (0.9, asker.large_kind_colour),
    ]
    return common.pick_balanced(makers, rng, per_image, per_image * 8, key=lambda question: question.key)


# ---------------------------------------------------------------------------------------------------- scoring

ALIASES = {
    "grey": "gray",
    "violet": "purple",
    "aqua": "cyan",
    "turquoise": "cyan",
    "teal": "cyan",
    "ball": "sphere",
    "box": "cube",
    "block": "cube",
    "zero": "0",
    "none": "0",
    "no one": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
}


def _normal(text: str) -> str:
    return common.plain_answer(text, ALIASES)


def outcome(status: str, said: str, gold: str) -> str:
    if status == "error":
        return "planning error"
    if status != "ok" or _normal(said) == "unknown":
        return "unknown"
    answer = _normal(said)
    if gold in KINDS:  # "red cube" for "What shape is the red object?" names the solid too
        words = answer.split()
        if len(words) == 2 and _normal(words[0]) in COLOURS:
            answer = _normal(words[1])
    return "right" if answer == _normal(gold) else "wrong"


SOLID_WORDS = {word for options in WORDS.values() for one, many, _ in options for word in (one, many)}


def _wording(text: str) -> str:
    return common.wording(text, {"X": SOLID_WORDS, "C": COLOURS, "R": ("left", "right")})


def run(
    images: int, seed: int, side: int, per_image: int, shadow: bool, perception: str | None, show_failures: bool
) -> None:
    rng = np.random.default_rng(seed)
    tables = common.new_tables()
    overall: Counter = Counter()
    failures: list[dict] = []
    tag = f"s{seed}_n{side}_{'shadow' if shadow else 'noshadow'}"
    kept = common.FailureImages(FAILURE_DIR, f"{tag}_*")
    started = time.perf_counter()

    def picture(index: int, path: Path) -> tuple[Scene, list[Question]]:
        scene = generate(rng, side)
        draw(scene, side, shadow).save(path)
        return scene, questions(scene, rng, per_image)

    for index, scene, path, item, result in common.ask_pictures(images, picture, perception, "clipart"):
        kind = outcome(result.status, result.answer, item.gold)
        overall[kind] += 1
        for solid_kind in item.kinds:
            tables["solid kind (a question about two kinds counts in both rows)"][solid_kind][kind] += 1
        for style in item.styles:
            tables["drawing style of the solids asked about"][style][kind] += 1
        for size in set(item.sizes):
            tables["size of the single solids asked about"][size][kind] += 1
        tables["question template"][item.template][kind] += 1
        tables["gold answer"][common.answer_group(item.gold, COLOURS, "a solid's name")][kind] += 1
        tables["solids in the image"][str(len(scene.solids))][kind] += 1
        tables["background"][scene.background][kind] += 1
        tables["wording"][_wording(item.text)][kind] += 1
        if kind != "right":
            name = f"{tag}_{index:04d}.png"
            saved = kept.keep(path, name) if show_failures else FAILURE_DIR / name
            details = {"solids": [s.describe() for s in scene.solids], "background": scene.background}
            failures.append(
                common.failure(kind, item.text, item.gold, result, saved, **details, template=item.template)
            )
    seconds = time.perf_counter() - started
    print(
        f"{sum(overall.values())} questions on {images} clip-art images ({side}x{side} px,"
        f" shadows {'on' if shadow else 'off'}), seed {seed}, perception={perception or 'default'}, {seconds:.0f} s"
    )
    print(common.tally_row("all", overall, 44))
    common.print_tables(
        tables,
        (
            "solid kind (a question about two kinds counts in both rows)",
            "question template",
            "gold answer",
            "drawing style of the solids asked about",
            "size of the single solids asked about",
            "solids in the image",
            "background",
        ),
        44,
    )
    common.print_wordings(
        "by wording (solid words as X, colour words as C, left / right as R; 5 or more asked):", tables["wording"], 44
    )
    wordings = Counter(_wording(f["question"]) for f in failures)
    wrong_wordings = Counter(_wording(f["question"]) for f in failures if f["outcome"] == "wrong")
    print("failing wordings (unknown or wrong; of them confidently wrong):")
    for wording, n in wordings.most_common():
        print(f"  {n:3d}  ({wrong_wordings[wording]:3d} wrong)  {wording}")
    where = f"; their images in {FAILURE_DIR}" if show_failures else ""
    common.report_failures(
        failures,
        where,
        show_failures,
        lambda f: f"- {f['outcome']} [{f['template']}] on {f['background']}:",
        before=lambda f: [f"solids: {'; '.join(f['solids'])}"],
    )


def main() -> None:
    parser = common.command_line(__doc__)
    parser.add_argument("--size", type=int, choices=[128, 256, 512], default=256, help="image side in px")
    common.asking_arguments(parser, perception=False, show_failures=False)
    parser.add_argument("--no-shadow", action="store_true", help="draw no drop shadows (same scenes and questions)")
    parser.add_argument(
        "--perception", choices=["photo", "shapes"], default=None, help="as nsvr ask --perception (default: its own)"
    )
    parser.add_argument("--show-failures", action="store_true", help=common.SHOW_FAILURES)
    parser.add_argument("--save-images", type=Path, default=None, help="only draw the images into this folder")
    args = parser.parse_args()
    if args.save_images:
        rng = np.random.default_rng(args.seed)
        args.save_images.mkdir(parents=True, exist_ok=True)
        for index in range(args.images):
            scene = generate(rng, args.size)
            draw(scene, args.size, not args.no_shadow).save(args.save_images / f"clipart{index:04d}.png")
            for item in questions(scene, rng, args.per_image):
                print(f"{index:4d}  {item.text}  -> {item.gold}")
        return
    run(args.images, args.seed, args.size, args.per_image, not args.no_shadow, args.perception, args.show_failures)


if __name__ == "__main__":
    main()
