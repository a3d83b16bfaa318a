"""A second, independent style of simple shape scenes, asked end to end as a user would (question text ->
embedded parser -> program-driven perception -> checked answer), as a proxy for a public held-out set.

Written apart from :mod:`nsvr.tools.shape_scenes` on purpose (nothing shared but the answer check): drawn with
PIL, not OpenCV; image sides 32-256 px; pure white, grey or slightly coloured backgrounds; antialiased or hard
edges; JPEG down to quality 30; axis-aligned and rotated shapes, thin bars, tiny and large shapes, shapes a
pixel or two apart; colours by the names a user gives them (red, green, blue, yellow, orange, purple, pink,
brown, gray, black, teal, cyan, magenta). Questions in the public sets' style ("What shape is in the image?",
"Is there a blue shape?", "Does the image contain a triangle?", "How many shapes are there?" ...) in several
wordings.

    python examples/benchmarks/shape_scenes_public.py                      # 1,000 questions, seed 1
    python examples/benchmarks/shape_scenes_public.py --questions 300 --perception shapes --json

Prints the shares right / unknown (hedged or abstained) / confidently wrong / planning error, overall and per
question kind, image side, edge style, JPEG, background, shape and colour, and the wrong answers.
"""

from __future__ import annotations

import argparse
import io
import math
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw
from shape_bench_common import CONFUSABLE, article, ask_all, report

SIDES = (32, 48, 64, 64, 64, 64, 96, 128, 200, 256)
COLOURS: dict[str, list[tuple[int, int, int]]] = {
    "red": [(255, 0, 0), (220, 20, 20), (200, 0, 0), (230, 40, 40)],
    "green": [(0, 128, 0), (0, 200, 0), (34, 139, 34), (0, 170, 60)],
    "blue": [(0, 0, 255), (30, 60, 200), (0, 90, 220), (20, 20, 160)],
    "yellow": [(255, 255, 0), (255, 220, 0), (245, 235, 30)],
    "orange": [(255, 165, 0), (255, 128, 0), (250, 140, 20)],
    "purple": [(128, 0, 128), (148, 0, 211), (110, 30, 160)],
    "pink": [(255, 105, 180), (255, 150, 200), (250, 120, 170)],
    "brown": [(139, 69, 19), (150, 90, 40), (120, 60, 20)],
    "gray": [(128, 128, 128), (150, 150, 150), (100, 100, 100)],
    "black": [(0, 0, 0), (30, 30, 30)],
    "teal": [(0, 128, 128), (0, 140, 130)],
    "cyan": [(0, 255, 255), (0, 220, 230)],
    "magenta": [(255, 0, 255), (230, 0, 230)],
}
SHAPE_WEIGHTS = {
    "circle": 0.24,
    "square": 0.16,
    "rectangle": 0.2,
    "triangle": 0.24,
    "ellipse": 0.05,
    "pentagon": 0.04,
    "hexagon": 0.04,
    "star": 0.03,
}
RELATED = {"square": {"rectangle"}, "rectangle": {"square"}, "circle": {"ellipse"}, "ellipse": {"circle"}}
"""Shape words whose yes/no answer depends on convention (is a square a rectangle?): not asked as absent."""


@dataclass
class Drawn:
    shape: str
    colour: str
    rgb: tuple[int, int, int]
    centre: tuple[float, float]
    radius: float  # circumradius, pixels


@dataclass
class Scene:
    image: np.ndarray
    shapes: list[Drawn] = field(default_factory=list)
    style: dict[str, str] = field(default_factory=dict)


def _outline(shape: str, rng: np.random.Generator, radius: float, rotate: bool) -> list[tuple[float, float]] | None:
    """Corner points around (0, 0) of a polygon shape (None for circles and ellipses, drawn as such)."""
    angle = rng.uniform(0, 2 * math.pi) if rotate else 0.0
    if shape == "square":
        points = [(-1, -1), (1, -1), (1, 1), (-1, 1)]
        scale = radius / math.sqrt(2)
        points = [(x * scale, y * scale) for x, y in points]
    elif shape == "rectangle":
        aspect = rng.uniform(0.15, 0.3) if rng.random() < 0.25 else rng.uniform(0.35, 0.7)  # thin bars too
        half_w = radius / math.sqrt(1 + aspect**2)
        half_h = aspect * half_w
        if rng.random() < 0.5:
            half_w, half_h = half_h, half_w
        points = [(-half_w, -half_h), (half_w, -half_h), (half_w, half_h), (-half_w, half_h)]
    elif shape == "triangle":
        kind = rng.choice(["upright", "right", "any"], p=[0.5, 0.2, 0.3])
        if kind == "upright":
            apex = rng.uniform(-0.3, 0.3)
            points = [(apex * radius, -radius), (radius * 0.87, radius * 0.5), (-radius * 0.87, radius * 0.5)]
        elif kind == "right":
            points = [(-radius * 0.7, -radius * 0.7), (radius * 0.7, radius * 0.7), (-radius * 0.7, radius * 0.7)]
        else:
            while True:
                corners = np.sort(rng.uniform(0, 2 * math.pi, 3))
                gaps = np.diff(np.append(corners, corners[0] + 2 * math.pi))
                if gaps.min() > math.radians(60):
                    break
            points = [(radius * math.cos(a), radius * math.sin(a)) for a in corners]
    elif shape in ("pentagon", "hexagon"):
        sides = 5 if shape == "pentagon" else 6
        start = -math.pi / 2
        points = [
            (radius * math.cos(start + k * 2 * math.pi / sides), radius * math.sin(start + k * 2 * math.pi / sides))
            for k in range(sides)
        ]
    elif shape == "star":
        points = []
        for k in range(10):
            r = radius if k % 2 == 0 else radius * 0.45
            a = -math.pi / 2 + k * math.pi / 5
            points.append((r * math.cos(a), r * math.sin(a)))
    else:
        return None
    c, s = math.cos(angle), math.sin(angle)
    return [(x * c - y * s, x * s + y * c) for x, y in points]


def generate(rng: np.random.Generator, overlap: float = 0.0) -> Scene:
    """One scene; with probability ``overlap`` its shapes may overlap (a later one hides part of an earlier one,
    never more than about half of it)."""
    side = int(rng.choice(SIDES))
    count = int(rng.choice([1, 1, 1, 2, 2, 3, 4]))
    background_kind = str(rng.choice(["white", "light grey", "tinted"], p=[0.5, 0.2, 0.3]))
    if background_kind == "white":
        background = (255, 255, 255)
    elif background_kind == "light grey":
        level = int(rng.integers(225, 250))
        background = (level, level, level)
    else:
        background = tuple(int(v) for v in rng.integers(225, 256, 3))
    antialias = rng.random() < 0.6
    rotate_all = rng.random() < 0.3
    overlapping = overlap > 0 and rng.random() < overlap  # no draw when off: the default scenes stay the same
    scale = 4 if antialias else 1
    canvas = Image.new("RGB", (side * scale, side * scale), background)
    draw = ImageDraw.Draw(canvas)
    placed: list[Drawn] = []
    smallest = max(4.0, 0.06 * side)
    for _ in range(count):
        shape = str(rng.choice(list(SHAPE_WEIGHTS), p=list(SHAPE_WEIGHTS.values())))
        largest = 0.45 * side if count == 1 else 0.28 * side
        radius = float(rng.uniform(smallest, max(smallest + 1, largest)))
        if shape in ("pentagon", "hexagon", "star"):
            radius = max(radius, 0.12 * side, 8.0)  # their corners need room to show
        gap = float(rng.uniform(1.5, 4.0))
        for _attempt in range(60):
            cx, cy = rng.uniform(radius + 1, side - radius - 1, 2)
            if all(
                math.hypot(cx - p.centre[0], cy - p.centre[1])
                > (0.75 * max(radius, p.radius) if overlapping else radius + p.radius + gap)
                for p in placed
            ):
                break
        else:
            continue
        colour = str(rng.choice(list(COLOURS)))
        shades = COLOURS[colour]
        rgb = tuple(int(np.clip(v + rng.integers(-8, 9), 0, 255)) for v in shades[int(rng.integers(len(shades)))])
        points = _outline(shape, rng, radius, rotate_all or rng.random() < 0.2)
        if points is None:
            ry = radius * (rng.uniform(0.45, 0.7) if shape == "ellipse" else 1.0)
            box = [(cx - radius) * scale, (cy - ry) * scale, (cx + radius) * scale, (cy + ry) * scale]
            if shape == "ellipse" and rng.random() < 0.5:
                box = [(cx - ry) * scale, (cy - radius) * scale, (cx + ry) * scale, (cy + radius) * scale]
            draw.ellipse(box, fill=rgb)
        else:
            draw.polygon([((cx + x) * scale, (cy + y) * scale) for x, y in points], fill=rgb)
        placed.append(Drawn(shape, colour, rgb, (float(cx), float(cy)), radius))
    if scale > 1:
        canvas = canvas.resize((side, side), Image.Resampling.LANCZOS if rng.random() < 0.5 else Image.Resampling.BOX)
    jpeg = rng.random() < 0.4
    if jpeg:
        buffer = io.BytesIO()
        canvas.save(buffer, format="JPEG", quality=int(rng.integers(30, 92)))
        canvas = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    style = {
        "side": str(side),
        "edges": "antialiased" if antialias else "hard",
        "jpeg": "jpeg" if jpeg else "lossless",
        "background": background_kind,
        "shapes": str(len(placed)),
        "overlap": "may overlap" if overlapping else "apart",
    }
    return Scene(np.asarray(canvas), placed, style)


@dataclass
class Question:
    text: str
    answer: str
    kind: str
    about: str = ""  # the shape or colour the question is about, for the breakdown


def questions(scene: Scene, rng: np.random.Generator) -> list[Question]:
    shapes = scene.shapes
    made: list[Question] = []
    pick = lambda options: options[int(rng.integers(len(options)))]  # noqa: E731
    if len(shapes) == 1:
        only = shapes[0]
        made.append(
            Question(
                pick(["What shape is in the image?", "What shape is this?", "What is the shape in the image?"]),
                only.shape,
                "what shape",
                only.shape,
            )
        )
        made.append(
            Question(
                pick(["What color is the shape?", "What colour is the shape?", f"What color is the {only.shape}?"]),
                only.colour,
                "what colour",
                only.colour,
            )
        )
    present_colours = {s.colour for s in shapes}
    colour = pick(sorted(present_colours))
    if rng.random() < 0.5:
        absent = [
            c for c in COLOURS if c not in present_colours and not any(c in CONFUSABLE[p] for p in present_colours)
        ]
        if absent:
            colour = pick(absent)
    made.append(
        Question(
            pick(
                [
                    f"Is there {article(colour)} {colour} shape?",
                    f"Is there {article(colour)} {colour} shape in the image?",
                ]
            ),
            "yes" if colour in present_colours else "no",
            "is there colour",
            colour,
        )
    )
    present_shapes = {s.shape for s in shapes}
    shape = pick(sorted(present_shapes))
    if rng.random() < 0.5:
        absent = [
            s
            for s in ("circle", "square", "rectangle", "triangle")
            if s not in present_shapes and not any(s in RELATED.get(p, set()) for p in present_shapes)
        ]
        if absent:
            shape = pick(absent)
    made.append(
        Question(
            pick(
                [
                    f"Does the image contain {article(shape)} {shape}?",
                    f"Is there {article(shape)} {shape} in the image?",
                    f"Is there {article(shape)} {shape}?",
                ]
            ),
            "yes" if shape in present_shapes else "no",
            "contains shape",
            shape,
        )
    )
    made.append(
        Question(
            pick(
                [
                    "How many shapes are there?",
                    "How many shapes are in the image?",
                    "How many shapes are there in the image?",
                ]
            ),
            str(len(shapes)),
            "how many shapes",
            str(len(shapes)),
        )
    )
    if len(shapes) > 1:
        shape = pick(sorted(present_shapes))
        if not any(s.shape in RELATED.get(shape, set()) for s in shapes):
            made.append(
                Question(
                    f"How many {shape}s are there?",
                    str(sum(s.shape == shape for s in shapes)),
                    "how many of a shape",
                    shape,
                )
            )
    return made


def style_keys(scene: Scene, item: Question) -> list[str]:
    """What a question is counted under, whatever else: all, its kind, the picture's drawing style and its shapes."""
    found = ["all", f"kind: {item.kind}"] + [f"{k}: {v}" for k, v in scene.style.items()]
    return found + [f"shape: {s}" for s in sorted({s.shape for s in scene.shapes})]


def run(count: int, seed: int, perception: str, show_unknown: bool = False, overlap: float = 0.0) -> dict:
    rng = np.random.default_rng(seed)

    def scenes() -> Iterator[Scene]:
        while True:
            yield generate(rng, overlap)

    def keys(scene: Scene, item: Question) -> list[str]:
        return style_keys(scene, item) + [f"colour: {c}" for c in sorted({s.colour for s in scene.shapes})]

    def describe(scene: Scene) -> dict:
        return {"style": scene.style, "truth": [(s.shape, s.colour, s.rgb, round(s.radius, 1)) for s in scene.shapes]}

    done, shares, shown = ask_all(
        scenes(), lambda scene: questions(scene, rng), count, perception, keys, describe, show_unknown
    )
    return {"questions": done, "perception": perception, "seed": seed, "shares": shares, "wrong_examples": shown}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--perception", choices=["photo", "shapes"], default="photo", help="as nsvr ask --perception")
    parser.add_argument("--overlap", type=float, default=0.0, help="share of scenes whose shapes may overlap")
    parser.add_argument("--show-unknown", action="store_true", help="list unknown answers with the wrong ones")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.questions, args.seed, args.perception, args.show_unknown, args.overlap)
    headline = f"{result['questions']} questions, perception={result['perception']}, seed {result['seed']}"
    report(result, headline, 26, "wrong_examples", args.json)


if __name__ == "__main__":
    main()
