"""Kandinsky Patterns (Müller & Holzinger), end to end: a check of nsvr's generality on an image kind and question
style nobody tuned it for.

Kandinsky Patterns are public synthetic images after Wassily Kandinsky's colour-form theory: flat geometric objects
(circles, squares, triangles) in Kandinsky's three primary colours (red, yellow, blue) on a plain light background,
described by "patterns" ("there are as many red objects as blue ones", "all triangles have the same colour"). This
generator was written blind, from that public description alone, independent of nsvr's other benchmark generators,
without reading nsvr's perception or parser and without the original code or data; nothing in it was adjusted after
seeing nsvr's answers.

Each image is a square (``--size``, default 120 px; 240 also tried) with a uniform light-gray background, RGB
(220,220,220) plus a per-image tint of up to +-6 per channel. It holds N non-overlapping flat filled objects
(default N is 4 to 12, uniform; ``--many`` 15 to 30), each a circle, an axis-aligned square or an upward
equilateral triangle, in red (220,30,30), yellow (250,210,0) or blue (20,60,200), each channel jittered by up to
+-10 per object. An object's size d (circle diameter, square side, triangle base) is drawn uniformly from 6% to 22%
of the image side; positions are uniform inside the image, and no object comes within a small gap (2% of the side,
at least 2 px) of another or of the border. When an object cannot be placed it is shrunk (by 0.85, never below 6%
of the side) and tried again, so crowded ``--many`` scenes hold more small objects; a scene that still cannot be
placed is drawn again. Objects are drawn at 4x (one sample per 4x pixel centre) and box-downsampled (antialiased).

Questions, in ordinary wordings and a few in Kandinsky's own "pattern" phrasing (marked "kandinsky"):

- counts: "How many red objects are there?", "How many circles are in the picture?", "How many blue squares are
  there?", "How many objects are there?";
- existence: "Is there a yellow square?" (kandinsky), "Are there any blue triangles?", "Is there a red object?";
- all / any: "Are all the circles red?", "Are all the red objects circles?", "Is any triangle blue?", "Are any of
  the circles yellow?" (only when the group is not empty); "Do all triangles have the same colour?" (kandinsky,
  only with at least two in the group);
- comparisons: "Are there more red objects than blue objects?", "Are there as many red objects as blue ones?"
  (kandinsky), "Are there exactly 3 circles?" / "Is there exactly one red square?";
- superlatives: "What colour is the biggest object?" (only where the biggest object's area is at least 1.3x the
  second's and its bounding box is also the largest), "What shape is the leftmost object?" (only where both its
  left edge and its centre are at least 4% of the side left of every other object's);
- relations: "Is the red square left of the blue circle?" (also "to the left of", "to the right of"; only when each
  colour-shape pair names exactly one object and their horizontal extents are apart by at least 2% of the side).

Gold answers come from what was drawn; yes and no are balanced by choosing the wanted answer first and drawing
descriptors until the gold matches it.

    python examples/benchmarks/shape_scenes_kandinsky.py                      # 150 images x ~6 questions, 120 px
    python examples/benchmarks/shape_scenes_kandinsky.py --many --size 240 --show-failures

Each image is written to a PNG file and asked as ``nsvr ask`` asks (question text -> embedded parser -> default
perception). Every answer is scored right / unknown (status not ok, or the answer "unknown"; planning errors counted
apart inside unknown) / confidently wrong; the script prints the totals, tables by question type, by gold answer, by
kandinsky or ordinary phrasing, by objects per image, the failing wordings, and with ``--show-failures`` every
failure, the image saved (as the file nsvr read) to /tmp/kandinsky_failures/.
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
from PIL import Image

FAILURE_DIR = Path("/tmp/kandinsky_failures")

BACKGROUND = (220, 220, 220)
TINT = 6
JITTER = 10
COLOURS: dict[str, tuple[int, int, int]] = {"red": (220, 30, 30), "yellow": (250, 210, 0), "blue": (20, 60, 200)}
SHAPES = ("circle", "square", "triangle")
SIZE_RANGE = (0.06, 0.22)  # object size d as a share of the image side
GAP = 0.02  # least gap between objects (and to the border), share of the side
SUPERSAMPLE = 4
BIGGEST_RATIO = 1.3
LEFTMOST_MARGIN = 0.04
RELATION_GAP = 0.02
NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()
GENERIC = ("object", "shape", "thing")


@dataclass(frozen=True)
class Thing:
    shape: str
    colour: str
    rgb: tuple[int, int, int]
    x: float  # centre, px
    y: float
    d: float  # circle diameter, square side, triangle base, px

    @property
    def height(self) -> float:
        return self.d * math.sqrt(3) / 2 if self.shape == "triangle" else self.d

    @property
    def left(self) -> float:
        return self.x - self.d / 2

    @property
    def right(self) -> float:
        return self.x + self.d / 2

    @property
    def area(self) -> float:
        if self.shape == "circle":
            return math.pi * self.d**2 / 4
        if self.shape == "square":
            return self.d**2
        return self.d * self.height / 2

    @property
    def box_area(self) -> float:
        return self.d * self.height

    def describe(self) -> str:
        return f"{self.colour} {self.shape} (centre {self.x:.0f},{self.y:.0f}, size {self.d:.1f})"


Descriptor = tuple[str | None, str | None]  # (colour, shape)


@dataclass
class Question:
    text: str
    gold: str
    kind: str
    kandinsky: bool = False  # in Kandinsky's own "pattern" phrasing


# ---------------------------------------------------------------------------------------------------- drawing


def inside(thing: Thing, xs: np.ndarray, ys: np.ndarray, grow: float = 0.0) -> np.ndarray:
    """Which sample points (px coordinates) lie in the object, its outline pushed out by ``grow`` px."""
    if thing.shape == "circle":
        return (xs - thing.x) ** 2 + (ys - thing.y) ** 2 <= (thing.d / 2 + grow) ** 2
    if thing.shape == "square":
        half = thing.d / 2 + grow
        return (np.abs(xs - thing.x) <= half) & (np.abs(ys - thing.y) <= half)
    h = thing.height
    corners = [
        (thing.x, thing.y - h / 2),
        (thing.x + thing.d / 2, thing.y + h / 2),
        (thing.x - thing.d / 2, thing.y + h / 2),
    ]
    centre = (thing.x, thing.y + h / 6)
    result = np.ones(np.broadcast(xs, ys).shape, bool)
    for (ax, ay), (bx, by) in zip(corners, corners[1:] + corners[:1], strict=True):
        length = math.hypot(bx - ax, by - ay)
        side = np.sign((bx - ax) * (centre[1] - ay) - (by - ay) * (centre[0] - ax))
        result &= side * ((bx - ax) * (ys - ay) - (by - ay) * (xs - ax)) / length >= -grow
    return result


def _place(rng: np.random.Generator, count: int, side: int) -> list[Thing] | None:
    gap = max(2.0, GAP * side)
    step = 0.5  # occupancy grid: 2 samples per px
    grid = (np.arange(int(side / step)) + 0.5) * step
    gx, gy = np.meshgrid(grid, grid)
    taken = np.zeros(gx.shape, bool)  # every placed object grown by half the gap
    sizes = sorted((float(rng.uniform(*SIZE_RANGE)) * side for _ in range(count)), reverse=True)
    things: list[Thing] = []
    for d in sizes:
        shape = SHAPES[int(rng.integers(3))]
        colour = list(COLOURS)[int(rng.integers(3))]
        rgb = tuple(int(np.clip(c + rng.integers(-JITTER, JITTER + 1), 0, 255)) for c in COLOURS[colour])
        placed = None
        while placed is None:
            for _ in range(200):
                h = d * math.sqrt(3) / 2 if shape == "triangle" else d
                x = float(rng.uniform(gap + d / 2, side - gap - d / 2))
                y = float(rng.uniform(gap + h / 2, side - gap - h / 2))
                thing = Thing(shape, colour, rgb, x, y, d)  # type: ignore[arg-type]
                reach = d / 2 + gap  # a window round the object holds all of its grown outline
                x0, x1 = max(0, int((x - reach) / step)), int((x + reach) / step) + 1
                y0, y1 = max(0, int((y - reach) / step)), int((y + reach) / step) + 1
                mask = inside(thing, gx[y0:y1, x0:x1], gy[y0:y1, x0:x1], gap / 2)
                if not (mask & taken[y0:y1, x0:x1]).any():
                    placed = thing
                    taken[y0:y1, x0:x1] |= mask
                    break
            if placed is None:
                if d <= SIZE_RANGE[0] * side + 1e-9:
                    return None
                d = max(SIZE_RANGE[0] * side, d * 0.85)
        things.append(placed)
    rng.shuffle(things)  # type: ignore[arg-type]
    return things


def generate(rng: np.random.Generator, side: int, many: bool) -> list[Thing]:
    low, high = (15, 30) if many else (4, 12)
    count = int(rng.integers(low, high + 1))
    while True:
        things = _place(rng, count, side)
        if things is not None:
            return things


def draw(things: list[Thing], side: int, rng: np.random.Generator) -> Image.Image:
    big = side * SUPERSAMPLE
    tint = rng.integers(-TINT, TINT + 1, 3)
    canvas = np.empty((big, big, 3), np.float64)
    canvas[:] = np.array(BACKGROUND) + tint
    samples = (np.arange(big) + 0.5) / SUPERSAMPLE
    xs, ys = np.meshgrid(samples, samples)
    for thing in things:
        canvas[inside(thing, xs, ys)] = thing.rgb
    small = canvas.reshape(side, SUPERSAMPLE, side, SUPERSAMPLE, 3).mean(axis=(1, 3))
    return Image.fromarray(np.clip(np.rint(small), 0, 255).astype(np.uint8))


# ---------------------------------------------------------------------------------------------------- semantics


def matches(thing: Thing, d: Descriptor) -> bool:
    colour, shape = d
    return (colour is None or thing.colour == colour) and (shape is None or thing.shape == shape)


def noun(d: Descriptor, plural: bool = False, generic: str = "object") -> str:
    colour, shape = d
    word = (shape or generic) + ("s" if plural else "")
    return f"{colour} {word}" if colour else word


def a_noun(d: Descriptor, generic: str = "object") -> str:
    text = noun(d, generic=generic)
    return f"{'an' if text[0] in 'aeiou' else 'a'} {text}"


def biggest(things: list[Thing]) -> Thing | None:
    """The object clearly biggest: area at least BIGGEST_RATIO x every other's, bounding box also the largest."""
    if len(things) < 2:
        return things[0] if things else None
    ranked = sorted(things, key=lambda t: t.area, reverse=True)
    top = ranked[0]
    if top.area < BIGGEST_RATIO * ranked[1].area:
        return None
    if any(t.box_area >= top.box_area for t in ranked[1:]):
        return None
    return top


def leftmost(things: list[Thing], side: int) -> Thing | None:
    """The object clearly leftmost: left edge and centre both LEFTMOST_MARGIN of the side left of every other's."""
    ranked = sorted(things, key=lambda t: t.left)
    top = ranked[0]
    margin = LEFTMOST_MARGIN * side
    for other in ranked[1:]:
        if other.left - top.left < margin or other.x - top.x < margin:
            return None
    return top


# ---------------------------------------------------------------------------------------------------- questions


class Asker(common.Picker):
    """Question makers for one scene; each returns None when it cannot make its question (with the wanted answer)."""

    def __init__(self, things: list[Thing], side: int, rng: np.random.Generator):
        self.things = things
        self.side = side
        self.rng = rng

    def descriptor(self, kinds: tuple[str, ...] = ("colour", "shape", "both")) -> Descriptor:
        kind = self.pick(kinds)
        colour = self.pick(list(COLOURS)) if kind in ("colour", "both") else None
        shape = self.pick(SHAPES) if kind in ("shape", "both") else None
        return colour, shape

    def count(self, d: Descriptor) -> int:
        return sum(matches(t, d) for t in self.things)

    def _until(self, want: str, make: Callable[[], tuple[str, bool] | None]) -> tuple[str, str] | None:
        made = common.until_answer(want, make, 80)
        return (made[0], want) if made else None

    # counts

    def how_many(self, kind: str) -> Question | None:
        if kind == "all":
            text = self.pick(
                [
                    "How many objects are there?",
                    "How many shapes are in the image?",
                    "How many objects are in the picture?",
                ]
            )
            return Question(text, str(len(self.things)), "count: all objects")
        for _ in range(40):
            d = self.descriptor((kind,))
            n = self.count(d)
            if n == 0 and self.rng.random() > 0.15:  # a few zeros, mostly things that are there
                continue
            generic = self.pick(GENERIC)
            plural = noun(d, True, generic)
            text = self.pick(
                [
                    f"How many {plural} are there?",
                    f"How many {plural} are in the image?",
                    f"How many {plural} are in the picture?",
                    f"How many {plural} can you see?",
                ]
            )
            label = {"colour": "colour", "shape": "shape", "both": "colour+shape"}[kind]
            return Question(text, str(n), f"count: {label}")
        return None

    # yes / no

    def exists(self, want: str) -> Question | None:
        made: dict[str, bool] = {}

        def make():
            d = self.descriptor(("both", "both", "colour", "shape"))
            generic = self.pick(GENERIC)
            options = [(f"Is there {a_noun(d, generic)}?", d[0] is not None and d[1] is not None)]
            options.append((f"Are there any {noun(d, True, generic)}?", False))
            options.append((f"Is there {a_noun(d, generic)} in the picture?", False))
            text, kandinsky = self.pick(options)
            made[text] = kandinsky
            return text, self.count(d) > 0

        found = self._until(want, make)
        return Question(found[0], found[1], "exists", made[found[0]]) if found else None

    def all_are(self, want: str) -> Question | None:
        def make():
            if self.rng.random() < 0.65:  # "Are all the circles red?"
                shape, colour = self.pick(SHAPES), self.pick(list(COLOURS))
                group = [t for t in self.things if t.shape == shape]
                if not group:
                    return None
                text = self.pick([f"Are all the {shape}s {colour}?", f"Are all {shape}s {colour}?"])
                return text, all(t.colour == colour for t in group)
            colour, shape = self.pick(list(COLOURS)), self.pick(SHAPES)  # "Are all the red objects circles?"
            group = [t for t in self.things if t.colour == colour]
            if not group:
                return None
            generic = self.pick(GENERIC)
            return f"Are all the {colour} {generic}s {shape}s?", all(t.shape == shape for t in group)

        found = self._until(want, make)
        return Question(found[0], found[1], "all X are C") if found else None

    def same_colour(self, want: str) -> Question | None:
        def make():
            if self.rng.random() < 0.75:
                shape = self.pick(SHAPES)
                group = [t for t in self.things if t.shape == shape]
                if len(group) < 2:
                    return None
                text = self.pick(
                    [
                        f"Do all {shape}s have the same colour?",
                        f"Do all the {shape}s have the same color?",
                        f"Are all the {shape}s the same colour?",
                    ]
                )
                return text, len({t.colour for t in group}) == 1
            colour = self.pick(list(COLOURS))
            group = [t for t in self.things if t.colour == colour]
            if len(group) < 2:
                return None
            return f"Do all {colour} objects have the same shape?", len({t.shape for t in group}) == 1

        found = self._until(want, make)
        return Question(found[0], found[1], "all the same colour / shape", True) if found else None

    def any_is(self, want: str) -> Question | None:
        def make():
            shape, colour = self.pick(SHAPES), self.pick(list(COLOURS))
            group = [t for t in self.things if t.shape == shape]
            if not group:
                return None
            text = self.pick([f"Is any {shape} {colour}?", f"Are any of the {shape}s {colour}?"])
            return text, any(t.colour == colour for t in group)

        found = self._until(want, make)
        return Question(found[0], found[1], "any X is C") if found else None

    def _pair(self) -> tuple[Descriptor, Descriptor]:
        kind = self.pick(("colour", "colour", "shape", "shape", "both"))
        while True:
            a, b = self.descriptor((kind,)), self.descriptor((kind,))
            if a != b:
                return a, b

    def more(self, want: str) -> Question | None:
        def make():
            a, b = self._pair()
            generic = self.pick(("object", "shape"))
            text = f"Are there more {noun(a, True, generic)} than {noun(b, True, generic)}?"
            return text, self.count(a) > self.count(b)

        found = self._until(want, make)
        return Question(found[0], found[1], "more X than Y") if found else None

    def as_many(self, want: str) -> Question | None:
        def make():
            a, b = self._pair()
            if a[1] is None:  # "Are there as many red objects as blue ones?"
                text = f"Are there as many {a[0]} objects as {b[0]} ones?"
            else:
                text = f"Are there as many {noun(a, True)} as {noun(b, True)}?"
            return text, self.count(a) == self.count(b)

        found = self._until(want, make)
        return Question(found[0], found[1], "as many X as Y", True) if found else None

    def exactly(self, want: str) -> Question | None:
        def make():
            d = self.descriptor()
            n = self.count(d)
            if n == 0:
                return None
            said = n if want == "yes" else n + int(self.pick([-2, -1, 1, 1, 2]))
            if said < 1:
                return None
            number = NUMBER_WORDS[said] if said < len(NUMBER_WORDS) and self.rng.random() < 0.4 else str(said)
            generic = self.pick(GENERIC)
            if said == 1:
                text = f"Is there exactly {number} {noun(d, False, generic)}?"
            else:
                text = f"Are there exactly {number} {noun(d, True, generic)}?"
            return text, said == n

        found = self._until(want, make)
        return Question(found[0], found[1], "exactly N") if found else None

    def relation(self, want: str) -> Question | None:
        unique = [t for t in self.things if self.count((t.colour, t.shape)) == 1]
        gap = RELATION_GAP * self.side
        pairs = [
            (a, b)
            for a in unique
            for b in unique
            if a is not b and (a.right + gap <= b.left or b.right + gap <= a.left)
        ]
        if not pairs:
            return None

        def make():
            a, b = self.pick(pairs)
            word = self.pick(["left of", "to the left of", "right of", "to the right of"])
            truth = a.x < b.x if "left" in word else a.x > b.x
            return f"Is the {a.colour} {a.shape} {word} the {b.colour} {b.shape}?", truth

        found = self._until(want, make)
        return Question(found[0], found[1], "is the CX left/right of the CX") if found else None

    # attribute answers

    def biggest_colour(self, want: str) -> Question | None:
        top = biggest(self.things)
        if top is None:
            return None
        text = self.pick(
            [
                "What colour is the biggest object?",
                "What color is the largest shape?",
                "What is the colour of the biggest object?",
            ]
        )
        return Question(text, top.colour, "colour of the biggest")

    def leftmost_shape(self, want: str) -> Question | None:
        top = leftmost(self.things, self.side)
        if top is None:
            return None
        text = self.pick(
            [
                "What shape is the leftmost object?",
                "What shape is the object furthest to the left?",
                "What is the shape of the leftmost object?",
            ]
        )
        return Question(text, top.shape, "shape of the leftmost")


def questions(things: list[Thing], side: int, rng: np.random.Generator, per_image: int) -> list[Question]:
    asker = Asker(things, side, rng)
    makers: list[tuple[float, Callable[[str], Question | None]]] = [
        (0.6, lambda want: asker.how_many("colour")),
        (0.6, lambda want: asker.how_many("shape")),
        (0.6, lambda want: asker.how_many("both")),
        (0.3, lambda want: asker.how_many("all")),
        (1.0, asker.exists),
        (0.8, asker.all_are),
        (0.5, asker.same_colour),
        (0.7, asker.any_is),
        (0.7, asker.more),
        (0.5, asker.as_many),
        (0.7, asker.exactly),
        (0.8, asker.relation),
        (1.2, asker.biggest_colour),
        (1.2, asker.leftmost_shape),
    ]
    return common.pick_balanced(makers, rng, per_image, per_image * 8)


# ---------------------------------------------------------------------------------------------------- scoring

ALIASES = {"grey": "gray", "none": "0", "no objects": "0"} | {word: str(n) for n, word in enumerate(NUMBER_WORDS)}


def _normal(text: str) -> str:
    return common.plain_answer(text, ALIASES)


def outcome(status: str, said: str, gold: str) -> str:
    return common.read_outcome(status, said, (gold,), _normal)


def _wording(text: str) -> str:
    marks = {"X": common.shape_word(SHAPES), "C": COLOURS, "N": lambda word: word.isdigit() or word in NUMBER_WORDS}
    return common.wording(text, marks)


def _objects_group(n: int) -> str:
    for low, high in ((4, 6), (7, 9), (10, 12), (15, 19), (20, 24), (25, 30)):
        if low <= n <= high:
            return f"{low:2d}-{high:2d}"
    return str(n)


def run(images: int, seed: int, side: int, many: bool, per_image: int, perception: str, show_failures: bool) -> None:
    rng = np.random.default_rng(seed)
    tables = common.new_tables()
    overall: Counter = Counter()
    failures: list[dict] = []
    tag = f"s{seed}_{side}px{'_many' if many else ''}"
    kept = common.FailureImages(FAILURE_DIR, f"{tag}_*")
    started = time.perf_counter()

    def picture(index: int, path: Path) -> tuple[list[Thing], list[Question]]:
        things = generate(rng, side, many)
        draw(things, side, rng).save(path)
        return things, questions(things, side, rng, per_image)

    for index, things, path, item, result in common.ask_pictures(images, picture, perception, "kandinsky"):
        kind = outcome(result.status, result.answer, item.gold)
        overall[kind] += 1
        tables["question type"][item.kind][kind] += 1
        tables["gold answer"][common.answer_group(item.gold, COLOURS)][kind] += 1
        tables["phrasing"]["kandinsky pattern phrasing" if item.kandinsky else "ordinary"][kind] += 1
        tables["objects in the image"][str(len(things))][kind] += 1
        tables["objects in the image (grouped)"][_objects_group(len(things))][kind] += 1
        tables["wording"][_wording(item.text)][kind] += 1
        if kind != "right":
            saved = kept.keep(path, f"{tag}_{index:04d}.png")
            things_seen = [t.describe() for t in things]
            failures.append(
                common.failure(kind, item.text, item.gold, result, saved, things=things_seen, kind=item.kind)
            )
    seconds = time.perf_counter() - started
    done = sum(overall.values())
    crowd = "15-30 objects (--many)" if many else "4-12 objects"
    print(
        f"{done} questions on {images} Kandinsky-style images ({side}x{side} px, {crowd}), seed {seed},"
        f" perception={perception}, {seconds:.0f} s"
    )
    print(common.tally_row("all", overall, 44))
    by_objects = {
        table: lambda kv: int(kv[0].split("-")[0])
        for table in ("objects in the image (grouped)", "objects in the image")
    }
    common.print_tables(
        tables,
        ("question type", "gold answer", "phrasing", "objects in the image (grouped)", "objects in the image"),
        44,
        by_objects,
    )
    common.print_wordings(
        "by wording (shape words as X, colour words as C, numbers as N; 5 or more asked):", tables["wording"], 60
    )
    patterns = Counter((f["kind"], _normal(f["said"]) if f["outcome"] == "wrong" else f["outcome"]) for f in failures)
    print("failure patterns (question type, what nsvr said):")
    for (kind, said), n in patterns.most_common(20):
        print(f"  {n:3d}  {kind}: said {said}")
    common.print_counts("failing wordings:", Counter(_wording(f["question"]) for f in failures))
    common.report_failures(
        failures,
        f"; their images in {FAILURE_DIR}",
        show_failures,
        lambda f: f"- {f['outcome']} [{f['kind']}] objects: {'; '.join(f['things'])}",
    )


def main() -> None:
    parser = common.command_line(__doc__)
    parser.add_argument("--size", type=int, default=120, help="image side in px")
    parser.add_argument("--many", action="store_true", help="15-30 objects per image instead of 4-12")
    common.asking_arguments(parser)
    args = parser.parse_args()
    run(args.images, args.seed, args.size, args.many, args.per_image, args.perception, args.show_failures)


if __name__ == "__main__":
    main()
