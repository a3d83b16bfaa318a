"""2D Geometric Shapes (El Korchi 2020), end to end: a check of nsvr's generality on an image kind nobody tuned it for.

"2D Geometric Shapes" is a public dataset (Kaggle; Data in Brief, 2020) of single-figure images. This generator was
written from the public description of that dataset alone, without its code or data: each image is 200x200 px RGB
and holds ONE filled figure of nine classes, a triangle, square, pentagon, hexagon, heptagon, octagon or nonagon
(regular polygons), a circle or a five-pointed star, with a random rotation, a random size (its circumscribed circle
is 25-70% of the image width), a random position (the circumscribed circle at most 10% of its radius outside the
image, so the figure is fully or nearly fully inside), a random fill colour and a random background colour (arbitrary
RGB, at least 30 apart in CIELAB; dark, medium and light backgrounds all occur). Edges are antialiased: every image is
drawn at 4x (800x800) and box-downsampled to 200x200.

Ordinary questions a user would ask, each in at least six wordings (some lowercase without a question mark, some
casual):

- what shape is this / name the figure                     gold: the class;
- is there a <shape>?                                       yes / no balanced; "no" shapes come from the other classes;
- is the shape a <shape>?                                   yes / no balanced, likewise;
- how many sides / corners does the shape have?             the seven polygons only (not the circle, which has
                                                            none, nor the star, whose "corners" are 5 or 10);
- how many shapes are in the picture?                       always 1;
- what colour is the shape?                                 only on the ~40% of images whose fill is drawn from a
                                                            table of clear prototypes (red, green, blue, yellow,
                                                            orange, purple, pink, brown, black, white, gray, with a
                                                            small jitter); never for an arbitrary random fill;
- is the shape on the left or right half?                   only when its centre is more than 20% of the width
                                                            (40 px) off the middle.

Gold answers come from what was drawn. Answers are compared after lower-casing, dropping articles, trailing
punctuation and filler words ("shape", "side", "half", "on the"...), with a few sensible synonyms accepted: digits or
number words, gray / grey, violet for purple, septagon for heptagon, enneagon for nonagon, pentagram / five-pointed
star for star, disc / disk for circle. Not accepted: "quadrilateral", "rectangle" or "diamond" for a square, "ball" or
"oval" for a circle, "polygon" for anything.

    python examples/benchmarks/shape_scenes_geometric.py                   # 150 images x ~6 questions, seed 0
    python examples/benchmarks/shape_scenes_geometric.py --seed 1 --n-images 80 --show-failures

Each image is written to a PNG file and asked as ``nsvr ask`` asks (question text -> embedded parser -> default
perception). Every answer is scored right / unknown (status not ok, the answer "unknown", or a refusal; planning
errors counted apart inside unknown) / confidently wrong; the script prints the totals, tables by question kind, by
shape class, by background darkness (CIELAB L* of the background), by figure size and by gold colour, the failing
wordings and the most common failure patterns, and with ``--show-failures`` every failure, its image saved (as the
file nsvr read) to /tmp/geometric_failures/.
"""

from __future__ import annotations

import math
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shape_bench_common as common
from PIL import Image, ImageDraw

FAILURE_DIR = Path("/tmp/geometric_failures")

SIDE = 200
SUPERSAMPLE = 4
POLYGONS: dict[str, int] = {
    "triangle": 3,
    "square": 4,
    "pentagon": 5,
    "hexagon": 6,
    "heptagon": 7,
    "octagon": 8,
    "nonagon": 9,
}
SHAPES = (*POLYGONS, "circle", "star")
MIN_CONTRAST = 30.0  # CIELAB delta E (1976) between fill and background
PROTOTYPE_SHARE = 0.4  # images whose fill is a clear basic colour (and get a colour question)
JITTER = 12
OFF_CENTRE = 0.2 * SIDE  # left / right asked only beyond this distance of the centre from the middle

# clear prototypes of the basic colour names; a small jitter is added per channel
PROTOTYPES: dict[str, tuple[int, int, int]] = {
    "red": (215, 25, 30),
    "green": (30, 155, 45),
    "blue": (30, 60, 215),
    "yellow": (245, 225, 30),
    "orange": (250, 135, 15),
    "purple": (125, 35, 165),
    "pink": (250, 145, 195),
    "brown": (125, 75, 30),
    "black": (12, 12, 12),
    "white": (245, 245, 245),
    "gray": (128, 128, 128),
}


@dataclass
class Figure:
    shape: str
    centre: tuple[float, float]  # px, in the 200x200 image
    radius: float  # circumscribed radius, px
    rotation: float  # radians
    fill: tuple[int, int, int]
    background: tuple[int, int, int]
    colour_name: str | None  # set only when the fill is a prototype colour
    inner_ratio: float = 0.4  # stars: inner / outer radius

    def describe(self) -> str:
        name = f" ({self.colour_name})" if self.colour_name else ""
        return (
            f"{self.shape} at ({self.centre[0]:.0f}, {self.centre[1]:.0f}) r={self.radius:.0f}"
            f" rot={math.degrees(self.rotation):.0f}deg fill {self.fill}{name} on {self.background}"
            f" (bg L*={lightness(self.background):.0f})"
        )


@dataclass
class Question:
    text: str
    gold: str
    kind: str
    template: str  # the wording with the shape word as X
    asked: str = ""  # yes / no kinds: the shape asked about


# ---------------------------------------------------------------------------------------------------- colour


def _lab(rgb: tuple[int, int, int]) -> np.ndarray:
    """sRGB (0-255) to CIELAB (D65)."""
    c = np.asarray(rgb, float) / 255.0
    c = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    m = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    xyz = m @ c / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def lightness(rgb: tuple[int, int, int]) -> float:
    return float(_lab(rgb)[0])


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    return float(np.linalg.norm(_lab(a) - _lab(b)))


def darkness(background: tuple[int, int, int]) -> str:
    value = lightness(background)
    if value < 35:
        return "dark (L* < 35)"
    if value > 65:
        return "light (L* > 65)"
    return "medium (35-65)"


def _random_rgb(rng: np.random.Generator) -> tuple[int, int, int]:
    return tuple(int(v) for v in rng.integers(0, 256, 3))  # type: ignore[return-value]


# ---------------------------------------------------------------------------------------------------- drawing


def generate(rng: np.random.Generator) -> Figure:
    shape = SHAPES[int(rng.integers(len(SHAPES)))]
    radius = float(rng.uniform(0.25, 0.7)) * SIDE / 2
    slack = 0.9 * radius  # the circumscribed circle may leave the image by up to 10% of the radius
    centre = (float(rng.uniform(slack, SIDE - slack)), float(rng.uniform(slack, SIDE - slack)))
    rotation = float(rng.uniform(0, 2 * math.pi))
    colour_name = None
    if rng.random() < PROTOTYPE_SHARE:
        colour_name = list(PROTOTYPES)[int(rng.integers(len(PROTOTYPES)))]
        base = np.array(PROTOTYPES[colour_name])
        fill = tuple(int(v) for v in np.clip(base + rng.integers(-JITTER, JITTER + 1, 3), 0, 255))
    else:
        fill = _random_rgb(rng)
    while True:
        background = _random_rgb(rng)
        if contrast(fill, background) > MIN_CONTRAST:  # type: ignore[arg-type]
            break
    inner = float(rng.uniform(0.38, 0.5))
    return Figure(shape, centre, radius, rotation, fill, background, colour_name, inner)  # type: ignore[arg-type]


def outline(figure: Figure, scale: float = 1.0) -> list[tuple[float, float]]:
    """The polygon's vertices (polygons and stars), in px of an image ``scale`` times the output size."""
    cx, cy = figure.centre[0] * scale, figure.centre[1] * scale
    r = figure.radius * scale
    if figure.shape == "star":
        radii = [r if k % 2 == 0 else r * figure.inner_ratio for k in range(10)]
        angles = [figure.rotation + math.pi * k / 5 for k in range(10)]
    else:
        n = POLYGONS[figure.shape]
        radii = [r] * n
        angles = [figure.rotation + 2 * math.pi * k / n for k in range(n)]
    return [(cx + rr * math.cos(a), cy + rr * math.sin(a)) for rr, a in zip(radii, angles, strict=True)]


def draw(figure: Figure) -> Image.Image:
    big = SIDE * SUPERSAMPLE
    image = Image.new("RGB", (big, big), figure.background)
    pen = ImageDraw.Draw(image)
    if figure.shape == "circle":
        cx, cy, r = (v * SUPERSAMPLE for v in (*figure.centre, figure.radius))
        pen.ellipse((cx - r, cy - r, cx + r, cy + r), fill=figure.fill)
    else:
        pen.polygon(outline(figure, SUPERSAMPLE), fill=figure.fill)
    return image.resize((SIDE, SIDE), Image.Resampling.BOX)


# ---------------------------------------------------------------------------------------------------- questions

WHAT_SHAPE = (
    "What shape is this?",
    "what shape is in the picture",
    "Name the figure.",
    "What kind of shape is shown in the image?",
    "which shape is drawn here?",
    "what's the shape",
    "What geometric figure is this?",
    "Identify the shape in this image.",
)
IS_THERE = (
    "Is there a X?",
    "is there a X in the picture",
    "Do you see a X?",
    "Is there a X in this image?",
    "does the image contain a X",
    "any Xs here?",
    "Can you see a X in the image?",
)
IS_THE_SHAPE = (
    "Is the shape a X?",
    "is this a X",
    "Is the figure a X?",
    "is the shape in the picture a X?",
    "Is that shape a X?",
    "is it a X",
    "Would you say the shape is a X?",
)
SIDES = (
    "How many sides does the shape have?",
    "how many sides does this shape have",
    "How many corners does the shape have?",
    "how many corners has the figure got",
    "How many edges does the figure have?",
    "count the sides of the shape",
    "How many vertices does the shape have?",
    "number of corners on the shape?",
)
COUNT = (
    "How many shapes are in the picture?",
    "how many shapes are there",
    "How many figures are in the image?",
    "how many objects are there in this picture?",
    "Count the shapes.",
    "how many shapes do you see",
)
COLOUR = (
    "What colour is the shape?",
    "what color is the shape",
    "What is the colour of the figure?",
    "which colour is the shape filled with?",
    "What color is the X?",
    "tell me the colour of the shape",
    "what colour is it",
)
LEFT_RIGHT = (
    "Is the shape on the left or right half?",
    "is the shape on the left or the right side of the image",
    "Is the figure in the left half or the right half of the picture?",
    "which side is the shape on, left or right?",
    "Is the X on the left or on the right?",
    "left or right: where is the shape",
    "is the shape more to the left or to the right",
)


def _fill(template: str, shape: str) -> str:
    text = template.replace("Xs", shape + "s").replace("X", shape)
    return text.replace(" a octagon", " an octagon")


class Asker(common.Picker):
    """The questions for one figure; yes / no kinds take the wanted answer from a running balance per kind."""

    def __init__(self, rng: np.random.Generator, balance: dict[str, Counter]):
        self.rng = rng
        self.balance = balance

    def want(self, kind: str) -> str:
        tally = self.balance[kind]
        if tally["yes"] != tally["no"]:
            return "yes" if tally["yes"] < tally["no"] else "no"
        return str(self.rng.choice(["yes", "no"]))

    def yes_no(self, kind: str, templates: tuple[str, ...], figure: Figure) -> Question:
        want = self.want(kind)
        shape = figure.shape if want == "yes" else self.pick([s for s in SHAPES if s != figure.shape])
        template = self.pick(templates)
        self.balance[kind][want] += 1
        return Question(_fill(template, shape), want, kind, template, shape)

    def plain(self, kind: str, templates: tuple[str, ...], gold: str, figure: Figure) -> Question:
        template = self.pick(templates)
        return Question(_fill(template, figure.shape), gold, kind, template)

    def all(self, figure: Figure) -> list[Question]:
        made = [
            self.plain("what shape", WHAT_SHAPE, figure.shape, figure),
            self.yes_no("is there a X", IS_THERE, figure),
            self.yes_no("is the shape a X", IS_THE_SHAPE, figure),
        ]
        if figure.shape in POLYGONS:
            made.append(self.plain("how many sides / corners", SIDES, str(POLYGONS[figure.shape]), figure))
        if self.rng.random() < 0.5:
            made.append(self.plain("how many shapes", COUNT, "1", figure))
        if figure.colour_name:
            made.append(self.plain("what colour", COLOUR, figure.colour_name, figure))
        offset = figure.centre[0] - SIDE / 2
        if abs(offset) > OFF_CENTRE:
            made.append(self.plain("left or right half", LEFT_RIGHT, "left" if offset < 0 else "right", figure))
        return made


# ---------------------------------------------------------------------------------------------------- scoring

NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
SYNONYMS: dict[str, str] = {word: str(i) for i, word in enumerate(NUMBERS)}
SYNONYMS |= {"none": "0", "no": "no", "grey": "gray", "violet": "purple"}
SYNONYMS |= {"septagon": "heptagon", "enneagon": "nonagon", "pentagram": "star", "five-pointed star": "star"}
SYNONYMS |= {"5-pointed star": "star", "five pointed star": "star", "disc": "circle", "disk": "circle"}
FILLER = re.compile(r"^(?:it is |it's |it is on |on |in |to )?(?:the |a |an )?|(?: shape| figure| side| half)$")
REFUSALS = ("can't", "cannot", "not sure", "don't know", "unable", "no answer", "n/a")


def normal(text: str) -> str:
    text = text.strip().lower().rstrip(".!?").strip()
    for _ in range(3):
        text = FILLER.sub("", text).strip()
    return SYNONYMS.get(text, text)


def outcome(status: str, said: str, gold: str) -> str:
    if status == "error":
        return "planning error"
    answer = normal(said)
    if status != "ok" or answer in ("unknown", "") or any(r in said.lower() for r in REFUSALS):
        return "unknown"
    return "right" if answer == normal(gold) else "wrong"


def _size(figure: Figure) -> str:
    width = 2 * figure.radius / SIDE
    return "small (25-40%)" if width < 0.4 else "medium (40-55%)" if width < 0.55 else "large (55-70%)"


def run(images: int, seed: int, show_failures: bool) -> None:
    rng = np.random.default_rng(seed)
    tables = common.new_tables()
    overall: Counter = Counter()
    balance: dict[str, Counter] = defaultdict(Counter)
    failures: list[dict] = []
    kept = common.FailureImages(FAILURE_DIR, f"s{seed}_*")
    started = time.perf_counter()

    def picture(index: int, path: Path) -> tuple[Figure, list[Question]]:
        figure = generate(rng)
        draw(figure).save(path)
        return figure, Asker(rng, balance).all(figure)

    for index, figure, path, item, result in common.ask_pictures(images, picture, None, "geometric"):
        kind = outcome(result.status, result.answer, item.gold)
        overall[kind] += 1
        tables["question kind"][item.kind][kind] += 1
        tables["shape class"][figure.shape][kind] += 1
        if item.kind == "what shape":
            tables["shape class, what-shape questions only"][figure.shape][kind] += 1
        tables["background darkness"][darkness(figure.background)][kind] += 1
        tables["figure size (circumscribed diameter / width)"][_size(figure)][kind] += 1
        if item.kind in ("is there a X", "is the shape a X"):
            tables["yes / no gold"][f"{item.kind}: {item.gold}"][kind] += 1
        if item.kind == "what colour":
            tables["gold colour (colour questions)"][item.gold][kind] += 1
        tables["wording"][item.template][kind] += 1
        if kind != "right":
            saved = kept.keep(path, f"s{seed}_{index:04d}.png")
            pattern = _fill(item.kind, item.asked) if item.asked else item.kind
            details = {"image": index, "figure": figure.describe(), "template": item.template, "kind": item.kind}
            failures.append(common.failure(kind, item.text, item.gold, result, saved, **details, pattern=pattern))
    seconds = time.perf_counter() - started
    print(
        f"{sum(overall.values())} questions on {images} 2D-Geometric-Shapes-style images ({SIDE}x{SIDE} px,"
        f" one figure each), seed {seed}, default perception, {seconds:.0f} s"
    )
    print(common.tally_row("all", overall, 46))
    common.print_tables(
        tables,
        (
            "question kind",
            "yes / no gold",
            "shape class",
            "shape class, what-shape questions only",
            "background darkness",
            "figure size (circumscribed diameter / width)",
            "gold colour (colour questions)",
        ),
        46,
    )
    common.print_wordings("by wording (shape word as X):", tables["wording"], 66, least=0)
    wordings = Counter(f["template"] for f in failures)
    common.print_counts("failing wordings (failures / asked):", wordings, tables["wording"])
    patterns = Counter((f["pattern"], f["gold"], normal(f["said"]) or f["said"]) for f in failures)
    print("most common failure patterns (question kind, with the shape asked about; gold; nsvr's answer):")
    for (pattern, gold, said), n in patterns.most_common(25):
        print(f"  {n:3d}  {pattern:28s} gold {gold!r:12s} said {said!r}")
    patterns = Counter((f["template"], f["gold"], normal(f["said"]) or f["said"]) for f in failures)
    print("most common failure patterns (wording; gold; nsvr's answer):")
    for (wording, gold, said), n in patterns.most_common(25):
        print(f"  {n:3d}  {wording!r:70s} gold {gold!r:12s} said {said!r}")
    reasons = Counter(
        (f["reason"] or "").replace(f"'{f['question']}'", "<question>")[:150]
        for f in failures
        if f["outcome"] != "wrong"
    )
    print("most common reasons for unknown / planning error:")
    for reason, n in reasons.most_common(15):
        print(f"  {n:3d}  {reason}")
    common.report_failures(
        failures,
        f"; their images in {FAILURE_DIR}",
        show_failures,
        lambda f: f"- {f['outcome']} [{f['kind']}] image {f['image']}: {f['figure']}",
    )


def main() -> None:
    parser = common.standard_arguments(__doc__, "--n-images", per_image=None, perception=False)
    args = parser.parse_args()
    run(args.n_images, args.seed, args.show_failures)


if __name__ == "__main__":
    main()
