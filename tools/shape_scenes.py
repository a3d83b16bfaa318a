"""Synthetic shape scenes for tests and benchmarks: 1-5 flat coloured shapes on a plain, slightly tinted and
noisy background, with every variation a camera or a drawing program adds (sizes 64..512 px, antialiasing or
none, blur, JPEG artefacts, outlines, shapes touching each other or cut by the border), and the truth of each.

>>> import numpy as np
>>> scene = generate_scene(np.random.default_rng(0))
>>> scene.image.ndim, 1 <= len(scene.shapes) <= 5
(3, True)
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from nsvr.scene_graph.program import Program

SHAPES = ("circle", "ellipse", "triangle", "square", "rectangle", "pentagon", "hexagon", "star")
SIZE_RADII = {"small": (0.07, 0.11), "medium": (0.14, 0.19), "large": (0.24, 0.32)}
"""Circumradius of each size, as a share of the image side (gaps between classes keep the truth unambiguous)."""
SIZE_CUTS = (0.125, 0.215)
"""Circumradius shares separating small / medium / large."""
MIN_RADIUS_PX = 12.0

# Named colours with typical shades (CSS / matplotlib names a user would use), jittered when drawn.
PALETTE: dict[str, list[tuple[int, int, int]]] = {
    "red": [(255, 0, 0), (220, 20, 60), (214, 39, 40), (200, 30, 30), (178, 34, 34)],
    "orange": [(255, 165, 0), (255, 140, 0), (255, 127, 14), (245, 130, 48)],
    "yellow": [(255, 255, 0), (255, 215, 0), (240, 220, 50), (255, 225, 25)],
    "green": [(0, 128, 0), (0, 200, 0), (34, 139, 34), (44, 160, 44), (50, 205, 50), (60, 180, 75)],
    "blue": [(0, 0, 255), (0, 0, 139), (65, 105, 225), (30, 100, 220), (31, 119, 180), (0, 70, 200)],
    "cyan": [(0, 255, 255), (0, 206, 209), (64, 224, 208), (23, 190, 207)],
    "teal": [(0, 128, 128), (0, 139, 139), (0, 110, 110)],
    "purple": [(128, 0, 128), (148, 0, 211), (120, 40, 160), (145, 30, 180)],
    "pink": [(255, 105, 180), (255, 130, 200), (240, 120, 190), (255, 160, 200)],
    "brown": [(139, 69, 19), (160, 82, 45), (120, 70, 30), (150, 75, 0)],
    "gray": [(128, 128, 128), (110, 110, 110), (150, 150, 150)],
    "black": [(0, 0, 0), (25, 25, 25), (40, 40, 40)],
}


@dataclass
class TrueShape:
    """One drawn shape: what a perfect perception would report."""

    shape: str
    color: str
    size: str
    rgb: tuple[int, int, int]
    centre: tuple[float, float]
    radius: float
    box: tuple[float, float, float, float]
    """The visible part's box in image pixels."""
    cut: bool = False
    outlined: bool = False
    hollow: bool = False
    square_hidden: bool = False
    """A square the border cuts so that no two of its sides show whole: what shows may as well be a rectangle's,
    and no question that tells a square from a rectangle is asked of the scene."""


@dataclass
class ShapeScene:
    image: np.ndarray
    shapes: list[TrueShape] = field(default_factory=list)
    background: tuple[int, int, int] = (255, 255, 255)


def _corners(shape: str, rng: np.random.Generator, radius: float) -> np.ndarray | None:
    """Corner points (unrotated, around 0) of polygon shapes; None for round ones."""
    if shape in ("circle", "ellipse"):
        return None
    if shape == "triangle":
        while True:  # a random triangle with no sliver angle
            angles = np.sort(rng.uniform(0, 2 * np.pi, 3))
            gaps = np.diff(np.append(angles, angles[0] + 2 * np.pi))
            if gaps.min() > np.radians(70):
                break
        return np.stack([np.cos(angles), np.sin(angles)], 1) * radius
    if shape in ("square", "rectangle"):
        aspect = 1.0 if shape == "square" else rng.uniform(0.4, 0.7)
        half = np.arctan(aspect)
        angles = np.array([half, np.pi - half, np.pi + half, -half])
        return np.stack([np.cos(angles), np.sin(angles)], 1) * radius
    if shape in ("pentagon", "hexagon"):
        sides = 5 if shape == "pentagon" else 6
        angles = np.arange(sides) * 2 * np.pi / sides
        return np.stack([np.cos(angles), np.sin(angles)], 1) * radius
    inner = rng.uniform(0.38, 0.5)  # a five-pointed star
    angles = np.arange(10) * np.pi / 5
    radii = np.where(np.arange(10) % 2 == 0, radius, radius * inner)
    return np.stack([np.cos(angles) * radii, np.sin(angles) * radii], 1)


def _draw(
    canvas: np.ndarray,
    shape: TrueShape,
    corners: np.ndarray | None,
    angle: float,
    aspect: float,
    scale: int,
    stroke: int,
    fill: tuple[int, int, int] | None,
    line: tuple[int, int, int] | None,
) -> None:
    import cv2

    cx, cy = shape.centre[0] * scale, shape.centre[1] * scale
    if corners is None:
        axes = (shape.radius * scale, shape.radius * scale * aspect)
        args = ((round(cx), round(cy)), (max(1, round(axes[0])), max(1, round(axes[1]))), math.degrees(angle), 0, 360)
        if fill is not None:
            cv2.ellipse(canvas, *args, fill, -1)
        if line is not None:
            cv2.ellipse(canvas, *args, line, stroke)
        return
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    points = np.round((corners @ rotation.T) * scale + [cx, cy]).astype(np.int32)
    if fill is not None:
        cv2.fillPoly(canvas, [points], fill)
    if line is not None:
        cv2.polylines(canvas, [points], True, line, stroke)


def _two_sides_show(corners: np.ndarray, angle: float, centre: tuple[float, float], side: int) -> bool:
    """Whether two sides of a square (its corners around 0, rotated by ``angle`` about ``centre``) lie whole in
    the ``side`` px frame: three corners in a row inside it, so the sides' equal length shows."""
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    points = corners @ rotation.T + np.asarray(centre)
    inside = [bool((p >= 0.5).all() and (p <= side - 0.5).all()) for p in points]
    return any(inside[k - 1] and inside[k] and inside[(k + 1) % len(points)] for k in range(len(points)))


def _distinct(rgb: tuple[int, int, int], others: list[tuple[int, int, int]], minimum: float) -> bool:
    from nsvr.tools.attributes import rgb_to_lab

    lab = rgb_to_lab(np.array(rgb))
    return all(np.linalg.norm(lab - rgb_to_lab(np.array(o))) >= minimum for o in others)


def generate_scene(
    rng: np.random.Generator,
    side: int | None = None,
    count: int | None = None,
    shapes: tuple[str, ...] = SHAPES,
) -> ShapeScene:
    """One random scene (``side`` px square unless given; ``count`` shapes, 1-5 unless given)."""
    import cv2

    side = side or int(rng.choice([64, 96, 128, 192, 256, 384, 512]))
    count = count or int(rng.integers(1, 6))
    tint = rng.integers(0, 35, 3) if rng.random() < 0.8 else rng.integers(0, 8, 3)
    background = tuple(int(v) for v in 255 - tint)
    antialias = rng.random() < 0.8
    scale = 4 if antialias else 1
    canvas = np.zeros((side * scale, side * scale, 3), np.uint8)
    canvas[:] = background
    placed: list[TrueShape] = []
    used_colors: list[tuple[int, int, int]] = [background]
    for _ in range(count):
        shape_name = str(rng.choice(shapes))
        size = str(rng.choice(list(SIZE_RADII)))
        low, high = SIZE_RADII[size]
        radius = max(MIN_RADIUS_PX, rng.uniform(low, high) * side)
        if size == "small" and radius > SIZE_CUTS[0] * side * 0.95:
            continue  # the image is too small for a small shape to be both small and recognisable
        cut = rng.random() < 0.08
        for _attempt in range(40):
            margin = 0.6 * radius if cut else radius + 1  # a cut shape loses at most 40% of its radius
            cx, cy = rng.uniform(margin, side - margin, 2)
            if all(
                math.hypot(cx - p.centre[0], cy - p.centre[1]) > radius + p.radius + rng.uniform(-1, 3) for p in placed
            ):
                break
        else:
            continue
        for _attempt in range(40):
            color = str(rng.choice(list(PALETTE)))
            base = PALETTE[color][int(rng.integers(len(PALETTE[color])))]
            rgb = tuple(int(np.clip(v + rng.integers(-10, 11), 0, 255)) for v in base)
            if _distinct(rgb, [background], 30.0) and _distinct(rgb, [p.rgb for p in placed], 20.0):
                break
        else:
            continue
        corners = _corners(shape_name, rng, radius)
        aspect = rng.uniform(0.45, 0.72) if shape_name == "ellipse" else 1.0
        angle = rng.uniform(0, 2 * np.pi)
        outlined = rng.random() < 0.12
        hollow = not outlined and rng.random() < 0.04
        if hollow:  # a stroke a viewer sees as a line: two pixels at least
            stroke = max(round(2.0 * scale), round(rng.uniform(0.06, 0.1) * radius * scale))
        else:
            stroke = max(1, round(rng.uniform(1, 2.5) * scale))
        line = None
        if outlined:
            line = tuple(int(v) for v in rng.choice([(0, 0, 0), (60, 60, 60), (255, 255, 255)]))
        truth = TrueShape(
            shape_name, color, size, rgb, (float(cx), float(cy)), float(radius), (0, 0, 0, 0), cut, outlined, hollow
        )
        before = canvas.copy()
        _draw(canvas, truth, corners, angle, aspect, scale, stroke, None if hollow else rgb, rgb if hollow else line)
        changed = np.any(canvas != before, axis=2)
        ys, xs = np.nonzero(changed)
        if len(xs) == 0:
            continue
        truth.box = (xs.min() / scale, ys.min() / scale, (xs.max() + 1) / scale, (ys.max() + 1) / scale)
        truth.cut = bool(
            xs.min() == 0 or ys.min() == 0 or xs.max() == canvas.shape[1] - 1 or ys.max() == canvas.shape[0] - 1
        )
        if truth.cut and shape_name == "square":
            truth.square_hidden = not _two_sides_show(corners, angle, (cx, cy), side)
        placed.append(truth)
        used_colors.append(rgb)
    image = cv2.resize(canvas, (side, side), interpolation=cv2.INTER_AREA) if scale > 1 else canvas
    image = _camera(image, rng)
    return ShapeScene(image=image, shapes=placed, background=background)


def _camera(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Noise, slight blur and JPEG artefacts, each on a share of the scenes."""
    import cv2

    out = image.astype(np.float32)
    if rng.random() < 0.5:
        out += rng.normal(0, rng.uniform(1, 6), out.shape)
    if rng.random() < 0.3:
        out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.4, 1.0))
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rng.random() < 0.5:
        from PIL import Image

        buffer = io.BytesIO()
        Image.fromarray(out).save(buffer, format="JPEG", quality=int(rng.integers(55, 95)))
        out = np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    return out


@dataclass
class ShapeQuestion:
    """A question about a scene, the program a planner should produce for it, and the true answer."""

    question: str
    program: Program
    answer: str
    kind: str


def _plural(shape: str) -> str:
    return shape + "s"


def _readings(word: str, shapes: list[TrueShape]) -> tuple[int, int]:
    """How many shapes ``word`` names with its debated kinds counted in, and without them ("rectangles" in a drawing
    with squares: :data:`~nsvr.scene_graph.names.DEBATABLE_HYPONYMS`)."""
    from nsvr.scene_graph.names import DEBATABLE_HYPONYMS, name_matches

    debated = DEBATABLE_HYPONYMS.get(word, frozenset())
    named = [s.shape for s in shapes if name_matches(word, s.shape)]
    return len(named), sum(shape not in debated for shape in named)


def _reading_matters(word: str, shapes: list[TrueShape], asked: str) -> bool:
    """Whether a count or an existence of ``word`` answers differently as its debated kinds count in or not. People
    disagree there, so such a question says which reading it means, as a person who sees the squares would."""
    wide, narrow = _readings(word, shapes)
    return wide != narrow if asked == "count" else (wide > 0) != (narrow > 0)


def _kind_asked(word: str, shapes: list[TrueShape], asked: str) -> tuple[str, list, object]:
    """A count ("count") or existence ("exist") of ``word``: the question, its gold steps and answer. Where its
    debated kind makes the readings differ (:func:`_reading_matters`), the question says whether that kind counts
    (alternately, by the scene, so the random stream of the scenes stays as it was)."""
    from nsvr.scene_graph import program as P
    from nsvr.scene_graph.names import DEBATABLE_HYPONYMS

    wide, narrow = _readings(word, shapes)
    if not _reading_matters(word, shapes, asked):
        if asked == "count":
            return f"How many {_plural(word)} are there?", [P.Select(name=word), P.Count(inputs=[0])], wide
        return f"Does the image contain a {word}?", [P.Select(name=word), P.Exist(inputs=[0])], wide > 0
    kind = sorted(DEBATABLE_HYPONYMS[word])[0]
    counted_in = sum(round(s.radius) for s in shapes) % 2 == 0
    both = [P.Select(name=kind), P.Select(name=word), P.Union(inputs=[0, 1])]
    apart = [P.Select(name=word), P.Select(name=kind), P.Difference(inputs=[0, 1])]
    if asked == "count":
        if counted_in:
            question = f"How many {_plural(word)} are there, counting {_plural(kind)} as {_plural(word)}?"
            return question, [*both, P.Count(inputs=[2])], wide
        question = f"How many {_plural(word)} that are not {_plural(kind)} are there?"
        return question, [*apart, P.Count(inputs=[2])], narrow
    if counted_in:
        question = f"Does the image contain a {word}, counting {_plural(kind)} as {_plural(word)}?"
        return question, [*both, P.Exist(inputs=[2])], wide > 0
    return f"Does the image contain a {word} other than a {kind}?", [*apart, P.Exist(inputs=[2])], narrow > 0


def questions_for(scene: ShapeScene, rng: np.random.Generator, per_scene: int = 4) -> list[ShapeQuestion]:
    """Questions of the kinds a person asks about such an image (what shape, is there a blue one, how many
    triangles, what colour is the star, is the circle left of the square ...), with gold programs and answers
    computed from the truth. Questions whose referent is ambiguous in this scene are not asked."""
    from nsvr.scene_graph import program as P
    from nsvr.scene_graph.names import name_matches

    shapes = scene.shapes
    if not shapes:
        return []
    by_shape: dict[str, list[TrueShape]] = {}
    by_color: dict[str, list[TrueShape]] = {}
    for s in shapes:
        by_shape.setdefault(s.shape, []).append(s)
        by_color.setdefault(s.color, []).append(s)
    absent_shapes = [s for s in SHAPES if s not in by_shape]
    absent_colors = [c for c in PALETTE if c not in by_color]
    made: list[ShapeQuestion] = []

    def kinds(word: str) -> list[TrueShape]:
        """The shapes a word names, by the executor's own table (a square is a rectangle too)."""
        return [s for s in shapes if name_matches(word, s.shape)]

    def add(question: str, steps: list, answer: object, kind: str) -> None:
        text = (
            answer
            if isinstance(answer, str)
            else ("yes" if answer is True else "no" if answer is False else str(answer))
        )
        made.append(ShapeQuestion(question, P.Program(steps=steps), text, kind))

    def some(options: list) -> object:
        return options[int(rng.integers(len(options)))]

    if len(shapes) == 1:
        add(
            "What shape is in the image?",
            [P.Select(name="shape"), P.Unique(inputs=[0]), P.Query(inputs=[1], attribute="shape")],
            shapes[0].shape,
            "query shape",
        )
        add(
            "What color is the shape?",
            [P.Select(name="shape"), P.Unique(inputs=[0]), P.Query(inputs=[1], attribute="color")],
            shapes[0].color,
            "query color",
        )
    present = some(shapes)
    shape = present.shape if rng.random() < 0.5 or not absent_shapes else some(absent_shapes)
    add(*_kind_asked(shape, shapes, "exist"), "exist shape")
    color = present.color if rng.random() < 0.5 or not absent_colors else some(absent_colors)
    add(
        f"Is there a {color} shape?",
        [P.Select(name="shape"), P.Filter(inputs=[0], attribute="color", value=color), P.Exist(inputs=[1])],
        color in by_color,
        "exist color",
    )
    add("How many shapes are there?", [P.Select(name="shape"), P.Count(inputs=[0])], len(shapes), "count all")
    shape = some(list(by_shape) + absent_shapes[:1])
    add(*_kind_asked(shape, shapes, "count"), "count shape")
    color = some(list(by_color))
    add(
        f"How many {color} shapes are there?",
        [P.Select(name="shape"), P.Filter(inputs=[0], attribute="color", value=color), P.Count(inputs=[1])],
        len(by_color[color]),
        "count color",
    )
    unique_shapes = [s for s in shapes if len(kinds(s.shape)) == 1]
    if unique_shapes:
        target = some(unique_shapes)
        add(
            f"What color is the {target.shape}?",
            [P.Select(name=target.shape), P.Unique(inputs=[0]), P.Query(inputs=[1], attribute="color")],
            target.color,
            "query color",
        )
        other = some([c for c in PALETTE if c != target.color])
        asked = target.color if rng.random() < 0.5 else other
        add(
            f"Is the {target.shape} {asked}?",
            [P.Select(name=target.shape), P.Unique(inputs=[0]), P.Verify(inputs=[1], attribute="color", value=asked)],
            asked == target.color,
            "verify color",
        )
        add(
            f"What size is the {target.shape}?",
            [P.Select(name=target.shape), P.Unique(inputs=[0]), P.Query(inputs=[1], attribute="size")],
            target.size,
            "query size",
        )
    unique_colors = [s for s in shapes if len(by_color[s.color]) == 1]
    if unique_colors:
        target = some(unique_colors)
        add(
            f"What shape is the {target.color} shape?",
            [
                P.Select(name="shape"),
                P.Filter(inputs=[0], attribute="color", value=target.color),
                P.Unique(inputs=[1]),
                P.Query(inputs=[2], attribute="shape"),
            ],
            target.shape,
            "query shape",
        )
    if len(shapes) >= 2:
        ordered = sorted(shapes, key=lambda s: (s.box[0] + s.box[2]) / 2)
        gaps = [
            (ordered[i + 1].box[0] + ordered[i + 1].box[2]) / 2 - (ordered[i].box[0] + ordered[i].box[2]) / 2
            for i in range(len(ordered) - 1)
        ]
        if gaps[0] > 0.05 * scene.image.shape[1]:
            add(
                "What shape is the leftmost shape?",
                [
                    P.Select(name="shape"),
                    P.Ordinal(inputs=[0], by="left", index=1),
                    P.Query(inputs=[1], attribute="shape"),
                ],
                ordered[0].shape,
                "ordinal",
            )
        if len(unique_shapes) >= 2:
            a, b = unique_shapes[0], unique_shapes[1]
            ca, cb = (a.box[0] + a.box[2]) / 2, (b.box[0] + b.box[2]) / 2
            if abs(ca - cb) > 0.05 * scene.image.shape[1]:
                add(
                    f"Is the {a.shape} left of the {b.shape}?",
                    [
                        P.Select(name=b.shape),
                        P.Unique(inputs=[0]),
                        P.VerifyRelation(inputs=[1], predicate="left", name=a.shape),
                    ],
                    bool(ca < cb),
                    "relation",
                )
    order = rng.permutation(len(made))
    if any(s.square_hidden for s in shapes):  # the image cannot tell that square from a rectangle
        order = [i for i in order if "square" not in made[i].question and made[i].answer != "square"]
    return [made[i] for i in order[:per_scene]]
