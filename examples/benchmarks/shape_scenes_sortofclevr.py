"""Sort-of-CLEVR, end to end: a check of nsvr's generality on an image kind and question style nobody tuned it for.

Sort-of-CLEVR (Santoro et al. 2017, "A simple neural network module for relational reasoning") is a public toy
dataset for relational reasoning. This generator was written from the public description of that dataset alone,
independent of nsvr's other benchmark generators and without the original code: 75x75 RGB images on a white
background, six objects per image, each a distinct colour out of red, green, blue, orange, gray and yellow (RGB
(255,0,0), (0,255,0), (0,0,255), (255,156,0), (128,128,128), (255,255,0)), each either a filled axis-aligned square of
side 2*size or a filled circle of radius size (size = 5 px), drawn with OpenCV at integer centres placed at random
inside the border with no overlap (the bounding boxes of any two objects at least 1 px apart).

The questions are Sort-of-CLEVR's six kinds about one colour-named object, in the dataset's own wording and in a few
natural rewordings each:

- non-relational: the shape of the C object (circle / square); is it on the left or right of the image (left when
  its centre x is left of the middle); on the top or bottom (top when its centre y is above the middle);
- relational: the shape of the object closest to the C object; of the object furthest from it; how many objects have
  the same shape as it (the C object itself not counted).

Each image also gets two simpler ones: how many objects / circles / squares, is there a C X, is the C object a X, what
colour is the object closest to (furthest from) the C object, what colour is the X nearest (farthest from) the C Y.
Gold answers come from what was drawn; distances are between centres, as in the dataset. Ambiguous cases are kept
out: no left/right (top/bottom) question about an object whose centre is within 3 px of the middle line, and no
nearest / furthest question whose answer's distance is within 2 px of the runner-up's.

    python examples/benchmarks/shape_scenes_sortofclevr.py                     # 100 images x 8 questions, seed 0
    python examples/benchmarks/shape_scenes_sortofclevr.py --seed 1 --images 40 --show-failures

Each image is written to a PNG file and asked as ``nsvr ask`` asks (question text -> embedded parser -> default
perception). Every answer is scored right / unknown (status not ok, or the answer "unknown"; planning errors counted
apart inside unknown) / confidently wrong; the script prints the totals, tables by question type, wording template and
colour asked, the failing wordings, and with ``--show-failures`` every failure with the image saved (as the file nsvr
read) to /tmp/sortofclevr_failures/.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import shape_bench_common as common

FAILURE_DIR = Path("/tmp/sortofclevr_failures")

SIDE = 75
SIZE = 5
MIDDLE = (SIDE - 1) / 2  # pixel index of the middle line: pixels 0..74, the middle one is 37
GAP = 2 * SIZE + 2  # centres at least this far apart along x or y: bounding boxes 1 px apart at the least
COLOURS: dict[str, tuple[int, int, int]] = {
    "red": (255, 0, 0),
    "green": (0, 255, 0),
    "blue": (0, 0, 255),
    "orange": (255, 156, 0),
    "gray": (128, 128, 128),
    "yellow": (255, 255, 0),
}
SHAPES = ("circle", "square")
SIDE_MARGIN = 3  # px: no left/right or top/bottom question about a centre this close to the middle line
DISTANCE_MARGIN = 2  # px: no nearest/furthest question when the runner-up is this close


@dataclass
class Thing:
    colour: str
    shape: str
    x: int
    y: int

    def describe(self) -> str:
        return f"{self.colour} {self.shape} ({self.x},{self.y})"


@dataclass
class Question:
    text: str
    gold: str
    kind: str
    template: str
    colour: str


# ---------------------------------------------------------------------------------------------------- images


def generate(rng: np.random.Generator) -> list[Thing]:
    """Six objects, one per colour, random shapes, centres inside the border, none touching another."""
    while True:
        things: list[Thing] = []
        for colour in COLOURS:
            for _ in range(200):
                x, y = (int(v) for v in rng.integers(SIZE, SIDE - SIZE, 2))
                if all(max(abs(x - t.x), abs(y - t.y)) >= GAP for t in things):
                    break
            else:
                break
            things.append(Thing(colour, SHAPES[int(rng.integers(2))], x, y))
        if len(things) == len(COLOURS):
            return things


def draw(things: list[Thing]) -> np.ndarray:
    """The image as OpenCV draws it (BGR, uint8), white background."""
    image = np.full((SIDE, SIDE, 3), 255, np.uint8)
    for t in things:
        r, g, b = COLOURS[t.colour]
        if t.shape == "square":
            cv2.rectangle(image, (t.x - SIZE, t.y - SIZE), (t.x + SIZE, t.y + SIZE), (b, g, r), -1)
        else:
            cv2.circle(image, (t.x, t.y), SIZE, (b, g, r), -1)
    return image


# ---------------------------------------------------------------------------------------------------- questions

TEMPLATES: dict[str, list[str]] = {
    # the first of each list is the dataset's own wording
    "shape": [
        "What is the shape of the {c} object?",
        "Is the {c} shape a circle or a square?",
        "What shape is the {c} object?",
        "Is the {c} object a circle or a square?",
        "Which shape is the {c} one?",
        "What shape does the {c} object have?",
    ],
    "left/right": [
        "Is the {c} object on the left or right of the image?",
        "Where is the {c} object, left or right?",
        "Is the {c} object in the left half or the right half of the image?",
        "Is the {c} shape on the left side or the right side?",
        "Which side of the image is the {c} object on, left or right?",
    ],
    "top/bottom": [
        "Is the {c} object on the top or bottom of the image?",
        "Where is the {c} object, top or bottom?",
        "Is the {c} object in the top half or the bottom half of the image?",
        "Is the {c} shape near the top or the bottom of the picture?",
        "Is the {c} object in the upper or lower half of the image?",
    ],
    "closest shape": [
        "What is the shape of the object closest to the {c} object?",
        "Which shape is nearest to the {c} one?",
        "What shape is the object nearest the {c} object?",
        "What is the shape of the nearest object to the {c} shape?",
        "Is the object closest to the {c} object a circle or a square?",
    ],
    "furthest shape": [
        "What is the shape of the object furthest from the {c} object?",
        "What shape is farthest from the {c} object?",
        "Which shape is furthest away from the {c} one?",
        "What is the shape of the object that is farthest from the {c} object?",
        "Is the object farthest from the {c} object a circle or a square?",
    ],
    "same-shape count": [
        "How many objects have the same shape as the {c} object?",
        "How many other objects share the {c} object's shape?",
        "How many other objects have the same shape as the {c} object?",
        "How many other objects are the same shape as the {c} object?",
        "Besides the {c} object, how many objects are the same shape as it?",
    ],
    # simpler extras
    "count all": [
        "How many objects are there?",
        "How many shapes are in the image?",
        "How many objects can you see?",
    ],
    "count shape": [
        "How many {X}s are there?",
        "How many {X}s are in the image?",
        "Count the {X}s.",
    ],
    "is there C X": [
        "Is there a {c} {X}?",
        "Is there a {c} {X} in the image?",
    ],
    "is C a X": [
        "Is the {c} object a {X}?",
        "Is the {c} shape a {X}?",
    ],
    "colour closest/furthest": [
        "What colour is the object closest to the {c} object?",
        "What is the color of the object nearest to the {c} one?",
        "What colour is the object furthest from the {c} object?",
        "What is the color of the object farthest from the {c} shape?",
    ],
    "colour of X near C Y": [
        "What colour is the {X} nearest the {c} {Y}?",
        "What color is the {X} closest to the {c} {Y}?",
        "What colour is the {X} farthest from the {c} {Y}?",
    ],
}
SORT_OF_CLEVR = ("shape", "left/right", "top/bottom", "closest shape", "furthest shape", "same-shape count")
EXTRAS = (
    "count all",
    "count shape",
    "is there C X",
    "is C a X",
    "colour closest/furthest",
    "colour of X near C Y",
)


def _distance(a: Thing, b: Thing) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)


def _extreme(target: Thing, others: list[Thing], far: bool) -> Thing | None:
    """The nearest (furthest) of ``others`` from ``target``; None when the runner-up is within the margin."""
    ranked = sorted(others, key=lambda t: _distance(target, t), reverse=far)
    if not ranked:
        return None
    if len(ranked) > 1 and abs(_distance(target, ranked[0]) - _distance(target, ranked[1])) < DISTANCE_MARGIN:
        return None
    return ranked[0]


def _gold(kind: str, target: Thing, things: list[Thing], template: str) -> str | None:
    """The answer to ``kind`` about ``target`` (None when the question would be ambiguous)."""
    others = [t for t in things if t is not target]
    if kind == "shape":
        return target.shape
    if kind == "left/right":
        return None if abs(target.x - MIDDLE) <= SIDE_MARGIN else "left" if target.x < MIDDLE else "right"
    if kind == "top/bottom":
        return None if abs(target.y - MIDDLE) <= SIDE_MARGIN else "top" if target.y < MIDDLE else "bottom"
    if kind in ("closest shape", "furthest shape"):
        found = _extreme(target, others, far=kind == "furthest shape")
        return found.shape if found else None
    if kind == "same-shape count":
        return str(sum(t.shape == target.shape for t in others))
    if kind == "colour closest/furthest":
        found = _extreme(target, others, far="furthest" in template or "farthest" in template)
        return found.colour if found else None
    raise ValueError(kind)


def questions(things: list[Thing], rng: np.random.Generator, canonical: float = 0.4) -> list[Question]:
    """One question of each of Sort-of-CLEVR's six kinds (the dataset's wording with chance ``canonical``, else a
    rewording) about a random object each, and two simpler ones."""

    def template_for(kind: str) -> str:
        options = TEMPLATES[kind]
        if kind in SORT_OF_CLEVR and rng.random() < canonical:
            return options[0]
        return options[int(rng.integers(len(options)))]

    made: list[Question] = []
    for kind in SORT_OF_CLEVR:
        template = template_for(kind)
        for k in rng.permutation(len(things)):
            target = things[int(k)]
            gold = _gold(kind, target, things, template)
            if gold is not None:
                made.append(Question(template.format(c=target.colour), gold, kind, template, target.colour))
                break
    shapes = Counter(t.shape for t in things)
    for kind in rng.choice(EXTRAS, 2, replace=False):
        kind = str(kind)
        template = template_for(kind)
        target = things[int(rng.integers(len(things)))]
        asked = SHAPES[int(rng.integers(2))]
        if kind == "count all":
            made.append(Question(template, str(len(things)), kind, template, ""))
        elif kind == "count shape":
            made.append(Question(template.format(X=asked), str(shapes[asked]), kind, template, ""))
        elif kind == "is there C X":
            gold = "yes" if target.shape == asked else "no"
            made.append(Question(template.format(c=target.colour, X=asked), gold, kind, template, target.colour))
        elif kind == "is C a X":
            gold = "yes" if target.shape == asked else "no"
            made.append(Question(template.format(c=target.colour, X=asked), gold, kind, template, target.colour))
        elif kind == "colour closest/furthest":
            for k in rng.permutation(len(things)):
                target = things[int(k)]
                gold = _gold(kind, target, things, template)
                if gold is not None:
                    made.append(Question(template.format(c=target.colour), gold, kind, template, target.colour))
                    break
        elif kind == "colour of X near C Y":
            far = "farthest" in template
            for k in rng.permutation(len(things)):
                target = things[int(k)]
                found = _extreme(target, [t for t in things if t is not target and t.shape == asked], far)
                if found is not None:
                    text = template.format(X=asked, c=target.colour, Y=target.shape)
                    made.append(Question(text, found.colour, kind, template, target.colour))
                    break
    return made


# ---------------------------------------------------------------------------------------------------- scoring

ALIASES = {
    "grey": "gray",
    "zero": "0",
    "none": "0",
    "no objects": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "circles": "circle",
    "circular": "circle",
    "squares": "square",
    "upper": "top",
    "lower": "bottom",
}
"""Answers taken as the gold word. Not 'sphere', 'ball', 'disk', 'cube', 'rectangle' or 'box': a Sort-of-CLEVR object is
a flat circle or square, and the question offers those words."""
LEADS = ("the ", "a ", "an ", "on the ", "in the ", "at the ", "to the ", "it is ", "it's ", "its ")
TAILS = (" side", " half", " of the image", " of the picture", " part", " one", " object", " shape")


def _normal(text: str) -> str:
    text = text.strip().lower().rstrip(".!")
    changed = True
    while changed:
        changed = False
        for lead in LEADS:
            if text.startswith(lead):
                text, changed = text[len(lead) :], True
        for tail in TAILS:
            if text.endswith(tail) and text != tail.strip():
                text, changed = text[: -len(tail)], True
    return ALIASES.get(text, text)


def outcome(status: str, said: str, gold: str) -> str:
    return common.read_outcome(status, said, (gold,), _normal)


def _colours(word: str) -> bool:
    return word.endswith("'s") and word[:-2] in COLOURS


def _wording(text: str) -> str:
    return common.wording(text, {"C's": _colours, "X": common.shape_word(SHAPES), "C": COLOURS})


def run(images: int, seed: int, perception: str, show_failures: bool) -> None:
    rng = np.random.default_rng(seed)
    tables = common.new_tables()
    overall: Counter = Counter()
    failures: list[dict] = []
    kept = common.FailureImages(FAILURE_DIR, f"s{seed}_*")
    started = time.perf_counter()

    def picture(index: int, path: Path) -> tuple[list[Thing], list[Question]]:
        things = generate(rng)
        cv2.imwrite(str(path), draw(things))
        return things, questions(things, rng)

    for index, things, path, item, result in common.ask_pictures(images, picture, perception, "sortofclevr"):
        kind = outcome(result.status, result.answer, item.gold)
        overall[kind] += 1
        group = "Sort-of-CLEVR" if item.kind in SORT_OF_CLEVR else "extra"
        tables["question set"][group][kind] += 1
        tables["question type"][item.kind][kind] += 1
        tables["wording template"][_wording(item.template.format(c="C", X="X", Y="Y"))][kind] += 1
        tables["dataset wording or rewording"][
            "extra"
            if group == "extra"
            else "dataset wording"
            if item.template == TEMPLATES[item.kind][0]
            else "rewording"
        ][kind] += 1
        if item.colour:
            tables["colour asked"][item.colour][kind] += 1
        if kind != "right":
            saved = kept.keep(path, f"s{seed}_{index:04d}.png")
            details = {"image": index, "things": [t.describe() for t in things], "kind": item.kind}
            failures.append(common.failure(kind, item.text, item.gold, result, saved, **details))
    seconds = time.perf_counter() - started
    print(
        f"{sum(overall.values())} questions on {images} Sort-of-CLEVR images, seed {seed}, perception={perception},"
        f" {seconds:.0f} s"
    )
    print(common.tally_row("all", overall, 28))
    common.print_tables(tables, ("question set", "dataset wording or rewording", "question type", "colour asked"), 28)
    common.print_tables(tables, ("wording template",), 68)
    common.print_counts(
        "failing wordings (colour words as C, shape words as X):", Counter(_wording(f["question"]) for f in failures)
    )
    common.report_failures(
        failures,
        f"; their images in {FAILURE_DIR}",
        show_failures,
        lambda f: f"- {f['outcome']} [{f['kind']}] image {f['image']}: {'; '.join(f['things'])}",
    )


def main() -> None:
    parser = common.standard_arguments(
        __doc__, "--images", 100, "images to draw (about 8 questions each)", per_image=None
    )
    args = parser.parse_args()
    run(args.images, args.seed, args.perception, args.show_failures)


if __name__ == "__main__":
    main()
