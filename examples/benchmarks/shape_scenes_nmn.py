"""SHAPES (Andreas et al. 2016, "Neural Module Networks"), end to end: a check of nsvr's generality on an image kind
and question style nobody tuned it for.

SHAPES is a public synthetic dataset of yes/no questions about tiny shape scenes. This generator was written from the
public description of that dataset alone, independent of nsvr's other benchmark generators and without the original
code or data: each image is a 3x3 grid of 10x10 px cells (30x30 px in all) on a black background; a cell is empty or
holds one filled shape, a circle, a square or a triangle, in pure red, green or blue (RGB (255,0,0), (0,255,0),
(0,0,255)), nearly filling the cell (a 1 px margin: circles of radius 4.4 px, 8x8 px squares, upward triangles with
a base of 9 px and a height of 8 px), rasterised with one sample per pixel centre (hard edges, no antialiasing).
Each image holds 1 to 6 shapes (mostly 3 to 5). ``--scale 2`` or ``--scale 4`` enlarges the 30x30 image by nearest
neighbour (60x60, 120x120 px); nothing else changes.

Spatial words follow the grid, not the pixels, and are loose about the other axis, as in SHAPES: shape A is
"above" shape B when A's row index is strictly smaller than B's (row 0 at the top), in any column; "below" when it is
strictly larger; "left of" when A's column index is strictly smaller than B's, in any row; "right of" when it is
strictly larger. Two shapes in the same row are neither above nor below each other. Every relation question is also
tagged by whether its answer would be the same under the stricter reading (same column for above/below, same row for
left/right), so that a convention mismatch can be told apart from a perception error.

Questions, in the dataset's lowercase grammar (a descriptor D is "C shape", "X" or "C X" with C a colour and X a
shape word):

- ``is there a D?``                        some shape matches D;
- ``is a D A?`` (A a colour or "a X")     "is a triangle red?", "is a red shape a circle?": some shape matches D and A;
- ``is a C shape C'?``                     "is a red shape blue?": contradictory, always "no";
- ``is a D1 R a D2?``, ``is there a D1 R a D2?`` (R above / below / left of / right of): some shape matching D1
  stands in relation R to some other shape matching D2;
- ``is the D A?``                          only when exactly one shape matches D: does it have attribute A.

and natural rewordings a user would type: "Is there a red circle above a blue square?" (also "to the left of" / "to
the right of"), "Are any of the triangles green?" (only when there is a triangle), "Is the blue shape a square?"
(exactly one blue shape), "How many red shapes are there?" (also shape words, colour-shape pairs and all shapes),
"What colour is the circle?" (exactly one circle), "What shape is the green shape?" (exactly one green shape), "Is
there a blue shape?" / "Are there any green triangles?". Gold answers come from what was drawn; yes and no are
balanced by choosing the wanted answer first and drawing descriptors until the gold matches it.

    python examples/benchmarks/shape_scenes_nmn.py                        # 150 images x ~6 questions, seed 0, 30x30
    python examples/benchmarks/shape_scenes_nmn.py --scale 4 --show-failures

Each image is written to a PNG file and asked as ``nsvr ask`` asks (question text -> embedded parser -> default
perception). Every answer is scored right / unknown (status not ok, or the answer "unknown"; planning errors counted
apart inside unknown) / confidently wrong; the script prints the totals, tables by question template, by gold answer,
by dataset grammar or rewording, by relation convention and by shapes per image, the failing wordings, and with
``--show-failures`` every failure, the image saved (as the file nsvr read) to /tmp/nmn_failures/.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shape_bench_common as common
from PIL import Image

FAILURE_DIR = Path("/tmp/nmn_failures")

GRID = 3
CELL = 10
COLOURS: dict[str, tuple[int, int, int]] = {"red": (255, 0, 0), "green": (0, 255, 0), "blue": (0, 0, 255)}
SHAPES = ("circle", "square", "triangle")
RELATIONS = ("above", "below", "left of", "right of")
RELATION_WORDS = {"above": "above", "below": "below", "left of": "to the left of", "right of": "to the right of"}
COUNT_WEIGHTS = {1: 0.05, 2: 0.12, 3: 0.23, 4: 0.25, 5: 0.2, 6: 0.15}


@dataclass(frozen=True)
class Thing:
    row: int
    col: int
    shape: str
    colour: str

    def describe(self) -> str:
        return f"{self.colour} {self.shape} (row {self.row}, col {self.col})"


Descriptor = tuple[str | None, str | None]  # (colour, shape); at least one is set


@dataclass
class Question:
    text: str
    gold: str
    kind: str
    dataset: bool  # in SHAPES' own lowercase grammar (else a natural rewording)
    convention: str = ""  # relation questions: "same under strict reading" / "differs under strict reading"


# ---------------------------------------------------------------------------------------------------- drawing


def _sprite(shape: str) -> np.ndarray:
    """A CELL x CELL boolean mask of the shape, sampled at pixel centres."""
    ys, xs = np.mgrid[0:CELL, 0:CELL] + 0.5
    middle = CELL / 2
    if shape == "circle":
        return (xs - middle) ** 2 + (ys - middle) ** 2 <= 4.4**2
    if shape == "square":
        return (xs > 1) & (xs < CELL - 1) & (ys > 1) & (ys < CELL - 1)
    # upward triangle: apex (5, 1), base from (0.5, 9) to (9.5, 9)
    top, bottom, half_base = 1.0, 9.0, 4.5
    half_at = half_base * (ys - top) / (bottom - top)
    return (ys >= top) & (ys <= bottom) & (np.abs(xs - middle) <= half_at)


SPRITES = {shape: _sprite(shape) for shape in SHAPES}


def generate(rng: np.random.Generator) -> list[Thing]:
    count = int(rng.choice(list(COUNT_WEIGHTS), p=list(COUNT_WEIGHTS.values())))
    cells = rng.permutation(GRID * GRID)[:count]
    return [
        Thing(int(c) // GRID, int(c) % GRID, SHAPES[int(rng.integers(3))], list(COLOURS)[int(rng.integers(3))])
        for c in sorted(cells)
    ]


def draw(things: list[Thing], scale: int) -> Image.Image:
    pixels = np.zeros((GRID * CELL, GRID * CELL, 3), np.uint8)
    for thing in things:
        block = pixels[thing.row * CELL : (thing.row + 1) * CELL, thing.col * CELL : (thing.col + 1) * CELL]
        block[SPRITES[thing.shape]] = COLOURS[thing.colour]
    image = Image.fromarray(pixels)
    if scale != 1:
        image = image.resize((GRID * CELL * scale, GRID * CELL * scale), Image.Resampling.NEAREST)
    return image


# ---------------------------------------------------------------------------------------------------- semantics


def matches(thing: Thing, d: Descriptor) -> bool:
    colour, shape = d
    return (colour is None or thing.colour == colour) and (shape is None or thing.shape == shape)


def related(a: Thing, b: Thing, relation: str, strict: bool = False) -> bool:
    """The documented reading (strict=False): rows / columns strictly ordered, the other axis free."""
    if relation == "above":
        return a.row < b.row and (not strict or a.col == b.col)
    if relation == "below":
        return a.row > b.row and (not strict or a.col == b.col)
    if relation == "left of":
        return a.col < b.col and (not strict or a.row == b.row)
    return a.col > b.col and (not strict or a.row == b.row)


def relation_holds(things: list[Thing], d1: Descriptor, relation: str, d2: Descriptor, strict: bool = False) -> bool:
    return any(
        a is not b and matches(a, d1) and matches(b, d2) and related(a, b, relation, strict)
        for a in things
        for b in things
    )


def noun(d: Descriptor, plural: bool = False) -> str:
    colour, shape = d
    word = (shape or "shape") + ("s" if plural else "")
    return f"{colour} {word}" if colour else word


def a_noun(d: Descriptor) -> str:
    text = noun(d)
    return f"{common.article(text)} {text}"


# ---------------------------------------------------------------------------------------------------- questions


class Asker(common.Picker):
    """Question makers for one scene; each returns None when it cannot make its question (with the wanted answer)."""

    def __init__(self, things: list[Thing], rng: np.random.Generator):
        self.things = things
        self.rng = rng

    def descriptor(self, kinds: tuple[str, ...] = ("colour", "shape", "both")) -> Descriptor:
        kind = self.pick(kinds)
        colour = self.pick(list(COLOURS)) if kind in ("colour", "both") else None
        shape = self.pick(SHAPES) if kind in ("shape", "both") else None
        return colour, shape

    def unique(self, kinds: tuple[str, ...]) -> list[tuple[Descriptor, Thing]]:
        """Descriptors of the given kinds that exactly one shape matches, with that shape."""
        found = []
        for thing in self.things:
            for kind in kinds:
                d = (
                    thing.colour if kind in ("colour", "both") else None,
                    thing.shape if kind in ("shape", "both") else None,
                )
                if sum(matches(t, d) for t in self.things) == 1:
                    found.append((d, thing))
        return found

    def _until(self, want: str, make: Callable[[], tuple[str, bool] | None]) -> tuple[str, str] | None:
        made = common.until_answer(want, make, 80)
        return (made[0], want) if made else None

    # dataset grammar

    def exists(self, want: str) -> Question | None:
        def make():
            d = self.descriptor()
            return f"is there {a_noun(d)}?", any(matches(t, d) for t in self.things)

        found = self._until(want, make)
        return Question(found[0], found[1], "is there a D?", True) if found else None

    def is_a_d_a(self, want: str) -> Question | None:
        def make():
            d = self.descriptor(("colour", "shape"))
            if d[0]:  # "is a red shape a circle?"
                attribute: Descriptor = (None, self.pick(SHAPES))
                said = f"a {attribute[1]}"
            else:  # "is a triangle red?"
                attribute = (self.pick(list(COLOURS)), None)
                said = str(attribute[0])
            both = (d[0] or attribute[0], d[1] or attribute[1])
            return f"is {a_noun(d)} {said}?", any(matches(t, both) for t in self.things)

        found = self._until(want, make)
        return Question(found[0], found[1], "is a D A?", True) if found else None

    def contradictory(self, want: str) -> Question | None:
        if want == "yes":
            return None
        colour, other = self.rng.permutation(list(COLOURS))[:2]
        return Question(f"is a {colour} shape {other}?", "no", "is a C shape C'?", True)

    def relation(self, want: str, there: bool) -> Question | None:
        made: dict[str, str] = {}

        def make():
            d1, d2, relation = self.descriptor(), self.descriptor(), self.pick(RELATIONS)
            truth = relation_holds(self.things, d1, relation, d2)
            strict = relation_holds(self.things, d1, relation, d2, strict=True)
            lead = "is there" if there else "is"
            text = f"{lead} {a_noun(d1)} {relation} {a_noun(d2)}?"
            made[text] = "same under strict reading" if truth == strict else "differs under strict reading"
            return text, truth

        found = self._until(want, make)
        if not found:
            return None
        kind = "is there a D1 R a D2?" if there else "is a D1 R a D2?"
        return Question(found[0], found[1], kind, True, made[found[0]])

    def the_d_a(self, want: str, dataset: bool) -> Question | None:
        options = self.unique(("colour", "shape"))
        if not options:
            return None
        d, thing = self.pick(options)
        if d[0]:  # "is the blue shape a square?"
            shape = thing.shape if want == "yes" else self.pick([s for s in SHAPES if s != thing.shape])
            said = f"a {shape}"
        else:  # "is the circle red?"
            said = thing.colour if want == "yes" else self.pick([c for c in COLOURS if c != thing.colour])
        text = f"is the {noun(d)} {said}?"
        if dataset:
            return Question(text, want, "is the D A?", True)
        return Question(text[0].upper() + text[1:], want, "Is the D A? (unique D)", False)

    # rewordings

    def relation_natural(self, want: str) -> Question | None:
        made: dict[str, str] = {}

        def make():
            d1, d2, relation = self.descriptor(("both",)), self.descriptor(("both", "colour")), self.pick(RELATIONS)
            truth = relation_holds(self.things, d1, relation, d2)
            strict = relation_holds(self.things, d1, relation, d2, strict=True)
            text = f"Is there {a_noun(d1)} {RELATION_WORDS[relation]} {a_noun(d2)}?"
            made[text] = "same under strict reading" if truth == strict else "differs under strict reading"
            return text, truth

        found = self._until(want, make)
        return Question(found[0], found[1], "Is there a C X R a D?", False, made[found[0]]) if found else None

    def any_of(self, want: str) -> Question | None:
        def make():
            d = self.descriptor(("colour", "shape"))
            group = [t for t in self.things if matches(t, d)]
            if not group:
                return None
            if d[0]:
                shape = self.pick(SHAPES)
                return f"Are any of the {noun(d, True)} {shape}s?", any(t.shape == shape for t in group)
            colour = self.pick(list(COLOURS))
            return f"Are any of the {noun(d, True)} {colour}?", any(t.colour == colour for t in group)

        found = self._until(want, make)
        return Question(found[0], found[1], "Are any of the Ds A?", False) if found else None

    def exists_natural(self, want: str) -> Question | None:
        def make():
            d = self.descriptor()
            text = self.pick([f"Is there {a_noun(d)}?", f"Are there any {noun(d, True)}?", f"Do you see {a_noun(d)}?"])
            return text, any(matches(t, d) for t in self.things)

        found = self._until(want, make)
        return Question(found[0], found[1], "Is there a D? (reworded)", False) if found else None

    def how_many(self, want: str) -> Question | None:
        if self.rng.random() < 0.15:
            text = self.pick(["How many shapes are there?", "How many shapes are in the image?"])
            return Question(text, str(len(self.things)), "How many shapes?", False)
        for _ in range(40):
            d = self.descriptor()
            n = sum(matches(t, d) for t in self.things)
            if n == 0 and self.rng.random() > 0.15:  # a few zeros, mostly shapes that are there
                continue
            text = self.pick([f"How many {noun(d, True)} are there?", f"How many {noun(d, True)} are in the image?"])
            return Question(text, str(n), "How many Ds?", False)
        return None

    def what_colour(self, want: str) -> Question | None:
        options = self.unique(("shape",))
        if not options:
            return None
        d, thing = self.pick(options)
        text = self.pick([f"What colour is the {d[1]}?", f"What color is the {d[1]}?"])
        return Question(text, thing.colour, "What colour is the X?", False)

    def what_shape(self, want: str) -> Question | None:
        options = self.unique(("colour",))
        if not options:
            return None
        d, thing = self.pick(options)
        text = self.pick([f"What shape is the {d[0]} shape?", f"What shape is the {d[0]} one?"])
        return Question(text, thing.shape, "What shape is the C shape?", False)


def questions(things: list[Thing], rng: np.random.Generator, per_image: int) -> list[Question]:
    asker = Asker(things, rng)
    makers: list[tuple[float, Callable[[str], Question | None]]] = [
        (1.0, asker.exists),
        (1.2, asker.is_a_d_a),
        (0.25, asker.contradictory),
        (1.3, lambda want: asker.relation(want, there=True)),
        (1.3, lambda want: asker.relation(want, there=False)),
        (0.8, lambda want: asker.the_d_a(want, dataset=True)),
        (0.9, asker.relation_natural),
        (0.7, asker.any_of),
        (0.6, lambda want: asker.the_d_a(want, dataset=False)),
        (0.5, asker.exists_natural),
        (0.8, asker.how_many),
        (0.6, asker.what_colour),
        (0.6, asker.what_shape),
    ]
    return common.pick_balanced(makers, rng, per_image, per_image * 6)


# ---------------------------------------------------------------------------------------------------- scoring

ALIASES = {"grey": "gray", "zero": "0", "none": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
ALIASES |= {"six": "6"}


def _normal(text: str) -> str:
    return common.plain_answer(text, ALIASES)


def outcome(status: str, said: str, gold: str) -> str:
    return common.read_outcome(status, said, (gold,), _normal)


def _wording(text: str) -> str:
    text = common.wording(text, {"X": common.shape_word(SHAPES), "C": COLOURS})
    for relation in sorted(set(RELATION_WORDS.values()) | set(RELATIONS), key=len, reverse=True):
        text = text.replace(f" {relation} ", " R ")
    return text


def run(images: int, seed: int, scale: int, per_image: int, perception: str, show_failures: bool) -> None:
    rng = np.random.default_rng(seed)
    tables = common.new_tables()
    overall: Counter = Counter()
    failures: list[dict] = []
    kept = common.FailureImages(FAILURE_DIR, f"s{seed}_x{scale}_*")
    side = GRID * CELL * scale
    started = time.perf_counter()

    def picture(index: int, path: Path) -> tuple[list[Thing], list[Question]]:
        things = generate(rng)
        draw(things, scale).save(path)
        return things, questions(things, rng, per_image)

    for index, things, path, item, result in common.ask_pictures(images, picture, perception, "shapes"):
        kind = outcome(result.status, result.answer, item.gold)
        overall[kind] += 1
        tables["question template"][item.kind][kind] += 1
        tables["gold answer"][common.answer_group(item.gold, COLOURS)][kind] += 1
        tables["dataset grammar or rewording"]["dataset grammar" if item.dataset else "rewording"][kind] += 1
        if item.convention:
            tables["relation answer vs the strict reading"][f"gold {item.gold}, {item.convention}"][kind] += 1
        tables["shapes in the image"][str(len(things))][kind] += 1
        tables["wording"][_wording(item.text)][kind] += 1
        if kind != "right":
            saved = kept.keep(path, f"s{seed}_x{scale}_{index:04d}.png")
            shapes = [t.describe() for t in things]
            failures.append(
                common.failure(
                    kind, item.text, item.gold, result, saved, shapes=shapes, kind=item.kind, convention=item.convention
                )
            )
    seconds = time.perf_counter() - started
    print(
        f"{sum(overall.values())} questions on {images} SHAPES-style images ({side}x{side} px, scale {scale}),"
        f" seed {seed}, perception={perception}, {seconds:.0f} s"
    )
    print(common.tally_row("all", overall, 44))
    common.print_tables(
        tables,
        (
            "question template",
            "gold answer",
            "dataset grammar or rewording",
            "relation answer vs the strict reading",
            "shapes in the image",
        ),
        44,
    )
    common.print_wordings(
        "by wording (shape words as X, colour words as C, relations as R; 5 or more asked):", tables["wording"], 44
    )
    common.print_counts("failing wordings:", Counter(_wording(f["question"]) for f in failures))
    common.report_failures(failures, f"; their images in {FAILURE_DIR}", show_failures, _failure_heading)


def _failure_heading(failure: dict) -> str:
    convention = f", {failure['convention']}" if failure["convention"] else ""
    return f"- {failure['outcome']} [{failure['kind']}{convention}] shapes: {'; '.join(failure['shapes'])}"


def main() -> None:
    parser = common.command_line(__doc__)
    parser.add_argument("--scale", type=int, choices=[1, 2, 4], default=1, help="nearest-neighbour enlargement")
    common.asking_arguments(parser)
    args = parser.parse_args()
    run(args.images, args.seed, args.scale, args.per_image, args.perception, args.show_failures)


if __name__ == "__main__":
    main()
