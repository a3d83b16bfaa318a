"""dSprites (Matthey et al. 2017), end to end: a check of nsvr's generality on an image kind nobody tuned it for.

dSprites is DeepMind's public dataset of 64x64 px images, each of one white sprite on a black background, made from
six independent factors. This generator was written from the public description of that dataset alone, without the
original code or data and independent of nsvr's other benchmark generators:

- shape: square, ellipse (an elongated oval, axes about 2:1, not a circle) or heart;
- scale: 6 values linearly spaced in [0.5, 1]; at scale 1 the square's side is 20 px, the ellipse's axes 26 x 13 px
  and the heart 23 px wide, so the sprite spans about 20-25 px;
- orientation: 40 values linearly spaced in [0, 2*pi] (counter-clockwise; the heart points down at 0);
- posX, posY: 32 values each linearly spaced in [0, 1], the sprite centre at 8 + 48 * pos px (x from the left,
  y from the top).

Each sprite is rasterised antialiased: drawn as a polygon at 4x (256x256 px) and downsampled by 4x4 box averaging.
Variants: the base one (white on black, as dSprites); ``--colour``, the sprite in one clear colour (red, green,
blue, yellow, magenta or cyan) on black, as in single-object Multi-dSprites-like scenes; ``--light``, a coloured
sprite on a light gray background.

Questions are ordinary ones a user would type, in varied wordings (some lowercase without a question mark):

- what shape is it (gold square / ellipse / heart; "oval" is accepted for the ellipse);
- is it a heart / an ellipse (or oval) / a square (yes / no balanced);
- is there a heart / an ellipse / a square (yes / no balanced);
- is the shape on the left or right side (only when the centre is more than 12 px from the middle on x);
- is the shape in the top or bottom half (only when the centre is more than 12 px from the middle on y);
- is the shape large / small (yes / no; only for the two largest vs the two smallest scales; subjective);
- how many objects are there (always 1);
- what colour is it (white in the base variant, the drawn colour in the others; gray and grey are the same word,
  and purple / magenta / pink all count for magenta).

Gold answers come from what was drawn.

    python examples/benchmarks/shape_scenes_dsprites.py                   # 150 images x ~6 questions, seed 0
    python examples/benchmarks/shape_scenes_dsprites.py --colour
    python examples/benchmarks/shape_scenes_dsprites.py --light --show-failures

Each image is written to a PNG file and asked as ``nsvr ask`` asks (question text -> embedded parser -> default
perception). Every answer is scored right / unknown (status not ok, the answer "unknown" or a refusal; planning
errors counted apart inside unknown) / confidently wrong; the script prints the totals, tables by question kind, by
shape, by scale, by orientation, by variant and by gold answer, the failing wordings and the most common failure
patterns, and with ``--show-failures`` every failure, the image saved (as the file nsvr read) to
/tmp/dsprites_failures/.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shape_bench_common as common
from PIL import Image, ImageDraw

FAILURE_DIR = Path("/tmp/dsprites_failures")

SIDE = 64
SUPER = 4  # drawn at 4x, then box-downsampled
SHAPES = ("square", "ellipse", "heart")
SCALES = tuple(float(s) for s in np.linspace(0.5, 1.0, 6))
ORIENTATIONS = tuple(float(o) for o in np.linspace(0.0, 2 * math.pi, 40))
POSITIONS = tuple(float(p) for p in np.linspace(0.0, 1.0, 32))
COLOURS: dict[str, tuple[int, int, int]] = {
    "red": (230, 25, 25),
    "green": (30, 190, 40),
    "blue": (30, 70, 235),
    "yellow": (245, 220, 20),
    "magenta": (215, 35, 215),
    "cyan": (25, 215, 225),
}
WHITE = (255, 255, 255)
BLACK = (0, 0, 0)
LIGHT_GRAY = (211, 211, 211)
SUBJECTIVE = {"is it large / small? (yes/no)", "is it big or small?"}


@dataclass(frozen=True)
class Sprite:
    shape: str
    scale_index: int
    orientation_index: int
    x_index: int
    y_index: int
    colour: str  # "white" in the base variant

    @property
    def scale(self) -> float:
        return SCALES[self.scale_index]

    @property
    def angle(self) -> float:
        return ORIENTATIONS[self.orientation_index]

    @property
    def centre(self) -> tuple[float, float]:
        """(x, y) in pixels of the 64x64 image, y down."""
        return 8 + 48 * POSITIONS[self.x_index], 8 + 48 * POSITIONS[self.y_index]

    def describe(self) -> str:
        x, y = self.centre
        return (
            f"{self.colour} {self.shape}, scale {self.scale:.1f}, orientation {math.degrees(self.angle):.0f} deg,"
            f" centre ({x:.1f}, {y:.1f}) px"
        )


@dataclass
class Question:
    text: str
    gold: str
    kind: str


# ---------------------------------------------------------------------------------------------------- drawing


def _outline(shape: str) -> np.ndarray:
    """The shape's outline at scale 1 around (0, 0), in px, y up, as an (n, 2) array."""
    if shape == "square":
        h = 10.0
        return np.array([[-h, -h], [h, -h], [h, h], [-h, h]])
    t = np.linspace(0, 2 * math.pi, 180, endpoint=False)
    if shape == "ellipse":
        return np.stack([13.0 * np.cos(t), 6.5 * np.sin(t)], axis=1)
    # heart: the classic parametric curve, 32 units wide, recentred on its bounding box, scaled to 23 px wide
    x = 16 * np.sin(t) ** 3
    y = 13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t)
    y = y - (y.max() + y.min()) / 2
    return np.stack([x, y], axis=1) * (23.0 / 32.0)


OUTLINES = {shape: _outline(shape) for shape in SHAPES}


def draw(sprite: Sprite, background: tuple[int, int, int]) -> Image.Image:
    points = OUTLINES[sprite.shape] * sprite.scale
    c, s = math.cos(sprite.angle), math.sin(sprite.angle)
    rotated = points @ np.array([[c, s], [-s, c]])  # counter-clockwise with y up
    cx, cy = sprite.centre
    xs = (cx + rotated[:, 0]) * SUPER
    ys = (cy - rotated[:, 1]) * SUPER  # y down in the image
    big = Image.new("RGB", (SIDE * SUPER, SIDE * SUPER), background)
    fill = WHITE if sprite.colour == "white" else COLOURS[sprite.colour]
    ImageDraw.Draw(big).polygon(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=fill)
    return big.resize((SIDE, SIDE), Image.Resampling.BOX)


def generate(rng: np.random.Generator, coloured: bool) -> Sprite:
    return Sprite(
        shape=SHAPES[int(rng.integers(len(SHAPES)))],
        scale_index=int(rng.integers(len(SCALES))),
        orientation_index=int(rng.integers(len(ORIENTATIONS))),
        x_index=int(rng.integers(len(POSITIONS))),
        y_index=int(rng.integers(len(POSITIONS))),
        colour=list(COLOURS)[int(rng.integers(len(COLOURS)))] if coloured else "white",
    )


# ---------------------------------------------------------------------------------------------------- questions

SHAPE_WORDS = {"square": ("square",), "ellipse": ("ellipse", "oval"), "heart": ("heart",)}
SHAPE_NAMES = {word for words in SHAPE_WORDS.values() for word in words}


class Asker(common.Picker):
    """Question makers for one sprite; each returns None when its question does not apply."""

    def __init__(self, sprite: Sprite, rng: np.random.Generator):
        self.sprite = sprite
        self.rng = rng

    def _shape_for(self, want: str) -> tuple[str, str]:
        """A shape (and a word for it) whose presence gives the wanted yes / no."""
        shape = self.sprite.shape if want == "yes" else self.pick([s for s in SHAPES if s != self.sprite.shape])
        return shape, self.pick(SHAPE_WORDS[shape])

    def what_shape(self, want: str) -> Question:
        text = self.pick(
            [
                "What shape is it?",
                "what shape is this",
                "What is the shape in the image?",
                "Which shape is shown?",
                "what kind of shape is that",
                "What shape do you see?",
                "What's the shape in the picture?",
                "what shape is the object",
            ]
        )
        return Question(text, self.sprite.shape, "what shape is it?")

    def is_it(self, want: str) -> Question:
        _, word = self._shape_for(want)
        a = f"{common.article(word)} {word}"
        text = self.pick(
            [
                f"Is it {a}?",
                f"is this {a}",
                f"Is the shape {a}?",
                f"is that {a}?",
                f"Is the object in the image {a}?",
                f"is the shape in the picture {a}",
                f"Is this shape {a}?",
            ]
        )
        return Question(text, want, "is it a X? (yes/no)")

    def is_there(self, want: str) -> Question:
        _, word = self._shape_for(want)
        a = f"{common.article(word)} {word}"
        text = self.pick(
            [
                f"Is there {a}?",
                f"is there {a} in the image",
                f"Do you see {a}?",
                f"Can you see {a} in the picture?",
                f"is there {a} shape",
                f"Does the image contain {a}?",
                f"any {word}s in the picture?",
            ]
        )
        return Question(text, want, "is there a X? (yes/no)")

    def left_right(self, want: str) -> Question | None:
        x, _ = self.sprite.centre
        if abs(x - SIDE / 2) <= 12:
            return None
        text = self.pick(
            [
                "Is the shape on the left or right side?",
                "is it on the left or the right",
                "Is the object on the left side or the right side of the image?",
                "which side is the shape on, left or right?",
                "Is the shape on the left or on the right?",
                "is the shape in the left half or the right half",
            ]
        )
        return Question(text, "left" if x < SIDE / 2 else "right", "left or right?")

    def top_bottom(self, want: str) -> Question | None:
        _, y = self.sprite.centre
        if abs(y - SIDE / 2) <= 12:
            return None
        text = self.pick(
            [
                "Is the shape in the top or bottom half?",
                "is it at the top or the bottom",
                "Is the object in the top half or the bottom half of the image?",
                "is the shape near the top or near the bottom",
                "Is the shape at the top or at the bottom of the picture?",
                "top or bottom: where is the shape?",
            ]
        )
        return Question(text, "top" if y < SIDE / 2 else "bottom", "top or bottom?")

    def _size(self) -> str | None:
        if self.sprite.scale_index >= len(SCALES) - 2:
            return "large"
        if self.sprite.scale_index <= 1:
            return "small"
        return None

    def large_yes_no(self, want: str) -> Question | None:
        size = self._size()
        if size is None:
            return None
        # "is it large?" is yes for a large sprite; "is it small?" is yes for a small one
        asked = size if want == "yes" else ("small" if size == "large" else "large")
        word = self.pick({"large": ("large", "big"), "small": ("small", "tiny")}[asked])
        text = self.pick(
            [
                f"Is the shape {word}?",
                f"is it {word}",
                f"Is the object {word}?",
                f"is the shape in the image {word}?",
                f"Is this shape {word}?",
                f"is the sprite {word}",
            ]
        )
        return Question(text, want, "is it large / small? (yes/no)")

    def big_or_small(self, want: str) -> Question | None:
        size = self._size()
        if size is None:
            return None
        text = self.pick(
            [
                "Is the shape big or small?",
                "is it large or small",
                "Is the object big or small?",
                "is the shape small or large?",
                "Is this shape large or small?",
                "how big is the shape, big or small?",
            ]
        )
        return Question(text, size, "is it big or small?")

    def how_many(self, want: str) -> Question:
        text = self.pick(
            [
                "How many objects are there?",
                "how many shapes are in the image",
                "How many shapes are there?",
                "How many things do you see?",
                "how many objects are in the picture?",
                "How many shapes can you see?",
                "count the shapes",
            ]
        )
        return Question(text, "1", "how many objects?")

    def what_colour(self, want: str) -> Question:
        text = self.pick(
            [
                "What colour is it?",
                "what color is the shape",
                "What colour is the object?",
                "Which color is the shape?",
                "what colour is this shape",
                "What is the colour of the shape?",
                "what color is it?",
            ]
        )
        return Question(text, self.sprite.colour, "what colour is it?")


def questions(sprite: Sprite, rng: np.random.Generator, per_image: int) -> list[Question]:
    asker = Asker(sprite, rng)
    makers: list[tuple[float, Callable[[str], Question | None]]] = [
        (1.2, asker.what_shape),
        (1.2, asker.is_it),
        (1.0, asker.is_there),
        (1.0, asker.left_right),
        (1.0, asker.top_bottom),
        (0.6, asker.large_yes_no),
        (0.4, asker.big_or_small),
        (0.7, asker.how_many),
        (1.0, asker.what_colour),
    ]
    # one question of each kind per image
    return common.pick_balanced(makers, rng, per_image, per_image * 8, key=lambda question: question.kind)


# ---------------------------------------------------------------------------------------------------- scoring

ACCEPT: dict[str, set[str]] = {
    "ellipse": {"ellipse", "oval"},
    "gray": {"gray", "grey"},
    "magenta": {"magenta", "purple", "pink"},
    "large": {"large", "big"},
    "small": {"small", "tiny"},
    "top": {"top", "upper", "top half", "upper half"},
    "bottom": {"bottom", "lower", "bottom half", "lower half"},
    "left": {"left", "left side", "left half"},
    "right": {"right", "right side", "right half"},
    "1": {"1", "one"},
}
REFUSALS = ("can't", "cannot", "not sure", "don't know", "unable", "unclear", "no answer")


def _normal(text: str) -> str:
    text = " ".join(text.strip().lower().rstrip(".!").split())
    for lead in ("the ", "a ", "an ", "on the ", "in the ", "at the "):
        if text.startswith(lead):
            text = text[len(lead) :]
    return text


def outcome(status: str, said: str, gold: str) -> str:
    if status == "error":
        return "planning error"
    answer = _normal(said)
    if status != "ok" or answer in ("unknown", "") or any(r in answer for r in REFUSALS):
        return "unknown"
    return "right" if answer in ACCEPT.get(gold, {gold}) else "wrong"


def _shape_word(word: str) -> bool:
    return word in SHAPE_NAMES or word.removesuffix("s") in SHAPE_NAMES


def _wording(text: str) -> str:
    return common.wording(text, {"X": _shape_word, "SIZE": ("large", "big", "small", "tiny")})


def _orientation_group(sprite: Sprite) -> str:
    degrees = math.degrees(sprite.angle) % 360
    off_axis = min(degrees % 90, 90 - degrees % 90)
    return "within 10 deg of axis-aligned" if off_axis <= 10 else "rotated 10-45 deg off the axes"


def variant_name(colour: bool, light: bool) -> str:
    if light:
        return "light (coloured sprite on light gray)"
    if colour:
        return "colour (coloured sprite on black)"
    return "base (white sprite on black)"


def run(images: int, seed: int, per_image: int, colour: bool, light: bool, show_failures: bool) -> None:
    coloured = colour or light
    background = LIGHT_GRAY if light else BLACK
    variant = variant_name(colour, light)
    tag = "light" if light else "colour" if colour else "base"
    rng = np.random.default_rng(seed)
    tables = common.new_tables()
    overall: Counter = Counter()
    failures: list[dict] = []
    kept = common.FailureImages(FAILURE_DIR, f"{tag}_s{seed}_*")
    started = time.perf_counter()

    def picture(index: int, path: Path) -> tuple[Sprite, list[Question]]:
        sprite = generate(rng, coloured)
        draw(sprite, background).save(path)
        return sprite, questions(sprite, rng, per_image)

    for index, sprite, path, item, result in common.ask_pictures(images, picture, None, "dsprites"):
        kind = outcome(result.status, result.answer, item.gold)
        overall[kind] += 1
        label = f"{item.kind} [subjective]" if item.kind in SUBJECTIVE else item.kind
        tables["question kind"][label][kind] += 1
        tables["shape"][sprite.shape][kind] += 1
        tables["scale"][f"{sprite.scale:.1f}"][kind] += 1
        tables["orientation"][_orientation_group(sprite)][kind] += 1
        tables["variant"][f"{tag}: {sprite.colour}"][kind] += 1
        tables["shape x question kind"][f"{sprite.shape}: {label}"][kind] += 1
        gold_group = item.gold if item.gold in ("yes", "no") else "other"
        tables["gold yes / no"][gold_group][kind] += 1
        tables["wording"][_wording(item.text)][kind] += 1
        if kind != "right":
            saved = kept.keep(path, f"{tag}_s{seed}_{index:04d}.png")
            details = {"image": index, "sprite": sprite.describe(), "shape": sprite.shape, "kind": label}
            failures.append(common.failure(kind, item.text, item.gold, result, saved, **details))
    seconds = time.perf_counter() - started
    print(
        f"{sum(overall.values())} questions on {images} dSprites-style images ({SIDE}x{SIDE} px), variant {variant},"
        f" seed {seed}, default perception, {seconds:.0f} s"
    )
    print(common.tally_row("all", overall, 56))
    by_name = {table: lambda kv: kv[0] for table in ("scale", "shape x question kind")}
    common.print_tables(
        tables,
        ("question kind", "shape", "scale", "orientation", "variant", "gold yes / no", "shape x question kind"),
        56,
        by_name,
    )
    common.print_wordings("by wording (shape words as X, size words as SIZE; 5 or more asked):", tables["wording"], 56)
    common.print_counts("failing wordings:", Counter(_wording(f["question"]) for f in failures))
    print("most common failure patterns (question kind, gold -> nsvr's answer):")
    patterns = Counter(
        (f["kind"], f["gold"], f["said"] if f["outcome"] != "planning error" else "<planning error>") for f in failures
    )
    for (kind, gold, said), n in patterns.most_common(20):
        print(f"  {n:3d}  [{kind}] gold {gold!r} -> said {said!r}")
    common.report_failures(
        failures,
        f"; their images in {FAILURE_DIR}",
        show_failures,
        lambda f: f"- {f['outcome']} [{f['kind']}] image {f['image']}: {f['sprite']}",
    )


def main() -> None:
    parser = common.standard_arguments(__doc__, "--n-images", perception=False, show_failures=False)
    parser.add_argument("--colour", "--color", action="store_true", help="a coloured sprite on black")
    parser.add_argument("--light", action="store_true", help="a coloured sprite on a light gray background")
    parser.add_argument("--show-failures", action="store_true", help=common.SHOW_FAILURES)
    args = parser.parse_args()
    run(args.n_images, args.seed, args.per_image, args.colour, args.light, args.show_failures)


if __name__ == "__main__":
    main()
