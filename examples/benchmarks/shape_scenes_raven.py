"""RAVEN / I-RAVEN panels (Zhang et al. 2019, "RAVEN: A Dataset for Relational and Analogical Visual rEasoNing"),
end to end: a check of how nsvr generalises to an image kind nobody tuned it for.

RAVEN's puzzles are 3x3 matrices of panels; this benchmark asks plain questions about single panels. The generator
was written from the public description of the dataset alone (the paper and its published attribute lists), without
the original code or data and without reading any of nsvr's code (perception, parser, executor) or its other
benchmark generators, apart from the structure of ``shape_scenes_nmn.py`` (argument parsing, the ask loop, the
scoring and the printed tables). Nothing here was tuned to nsvr's answers: the first run is the measurement.

The generator. A panel is ``--size`` px square (160, as in RAVEN; also 80 and 320), white background. Entities are
regular shapes, a triangle, square, pentagon, hexagon or circle, drawn with a black outline (2 px at 160, scaled
with the panel: 1 px at 80, 4 px at 320) and filled with one of RAVEN's ten gray levels 255, 224, 196, 168, 140,
112, 84, 56, 28, 0 (a white fill is an outline on white). Every entity sits in a slot (a square box given in
RAVEN's (centre y, centre x, height, width) panel fractions); its size is one of RAVEN's scales 0.4, 0.5, ..., 0.9,
the circumradius being that fraction of half the slot's side; its rotation is one of RAVEN's angles -135, -90, ...,
180 degrees (at 0 a triangle and a pentagon point up, a square sits axis-aligned, a hexagon has a vertex at the
top; a circle's rotation is invisible, and a square turned by an odd multiple of 45 degrees is a diamond).
Drawing is antialiased: PIL at 4x the size, then a box-filter reduction. The seven configurations:

- Center Single: one entity in the whole panel (slot (0.5, 0.5, 1, 1));
- Left-Right: two entities, slots (0.5, 0.25, 0.5, 0.5) and (0.5, 0.75, 0.5, 0.5), with the thin vertical line
  that RAVEN's renderings draw between the halves (``--no-divider`` leaves it out);
- Up-Down: the same turned by 90 degrees (slots (0.25, 0.5, ...) and (0.75, 0.5, ...)), a horizontal line between;
- 2x2 Grid: 1 to 4 entities in the cells of a 2x2 grid (slots of side 0.5);
- 3x3 Grid: 1 to 9 entities in the cells of a 3x3 grid (slots of side 1/3);
- Out-InCenter: a large outer entity (scale 0.7 to 0.9 of the whole panel, white, i.e. an outline) with a smaller
  one of any type, scale and gray level in the inner slot (0.5, 0.5, 0.33, 0.33), checked to lie wholly inside it;
- Out-InGrid: a large axis-aligned outer square (scale 0.7 to 0.9, white) with 1 to 4 small entities in a 2x2 grid
  inside it (slots (0.42 or 0.58, 0.42 or 0.58, 0.15, 0.15)).

In grids (and Out-InGrid's inner grid) about half of the panels share one type (RAVEN's rules often make a row's
entities uniform), the rest draw each entity's type, scale, level and angle independently.

Questions (about 6 per panel), in plain English with rewordings; the gold answer comes from what was drawn:

- how many: "How many shapes are there?" (the outer shape of an Out-In panel and the shapes inside it all count),
  "How many triangles are there?" (mostly types that are present, sometimes 0), "How many shapes are inside the
  square?" (Out-In);
- what shape: "What shape is in the picture?" (one entity), "Which shape is on the left?" (Left-Right), "What shape
  is at the top?" (Up-Down), "What shape is inside the big square?" (Out-InCenter), "Which shape is the largest?"
  (only when the largest is at least 1.6 times the area of the next);
- yes / no: "Is there a hexagon?", "Is there a circle inside the square?" (Out-In; "no" by an absent type or by
  swapping inner and outer), "Is the triangle on the left?" / "Is the square above the circle?", "Is the triangle
  black?", "Are all the shapes the same type?", "Are there more squares than circles?" (also "fewer"), "Is the
  largest shape a pentagon?" (only when clearly largest); yes and no are balanced within each panel;
- colour: "What colour is the circle?" (one circle). Colour words follow the fill: 255 is white, 0 and 28 are
  black, 84 to 196 are gray; shapes filled 224 (white or light gray?) or 56 (black or dark gray?) are never asked
  about by colour. Questions that name a shape ("the triangle") are asked only when exactly one entity has that type.

Answers are compared after lowercasing and dropping articles and plurals; "grey" counts as "gray" (and "dark gray"
/ "light gray" as gray), number words as digits, and "diamond" as right for a square turned by 45 degrees.

    python examples/benchmarks/shape_scenes_raven.py                      # 150 panels x ~6 questions, seed 0, 160 px
    python examples/benchmarks/shape_scenes_raven.py --size 80 --configuration out-in-center --show-failures

Each panel is written to a PNG file and asked as ``nsvr ask`` asks (question text -> embedded parser -> default
perception). Every answer is scored right / unknown (status not ok, or the answer "unknown"; planning errors
counted apart inside unknown) / confidently wrong; the script prints the totals, tables by configuration, question
template, gold answer kind, entities in the panel, colour-question fill level and wording, the failing wordings,
and with ``--show-failures`` every failure, its panel saved (the file nsvr read) to /tmp/raven_failures/.
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
from PIL import Image, ImageDraw

FAILURE_DIR = Path("/tmp/raven_failures")

TYPES = ("triangle", "square", "pentagon", "hexagon", "circle")
SIDES = {"triangle": 3, "square": 4, "pentagon": 5, "hexagon": 6}
SCALES = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
ANGLES = (-135, -90, -45, 0, 45, 90, 135, 180)
LEVELS = (255, 224, 196, 168, 140, 112, 84, 56, 28, 0)
COLOUR_WORDS = ("white", "gray", "black")
SUPERSAMPLE = 4

CONFIGURATIONS = {
    "center": "Center Single",
    "left-right": "Left-Right",
    "up-down": "Up-Down",
    "2x2": "2x2 Grid",
    "3x3": "3x3 Grid",
    "out-in-center": "Out-InCenter",
    "out-in-grid": "Out-InGrid",
}


def colour_word(level: int) -> str | None:
    """The honest colour word for a fill level; None where a person could say either (224, 56)."""
    if level == 255:
        return "white"
    if level in (0, 28):
        return "black"
    if 84 <= level <= 196:
        return "gray"
    return None


@dataclass(frozen=True)
class Entity:
    type: str
    scale: float
    level: int
    angle: int
    cx: float  # panel fractions
    cy: float
    slot: float  # the slot's side, a panel fraction
    role: str  # single / left / right / top / bottom / cell / outer / inner

    @property
    def radius(self) -> float:
        return self.scale * self.slot / 2

    @property
    def area(self) -> float:
        r = self.radius
        if self.type == "circle":
            return math.pi * r * r
        n = SIDES[self.type]
        return n / 2 * r * r * math.sin(2 * math.pi / n)

    @property
    def inradius(self) -> float:
        if self.type == "circle":
            return self.radius
        return self.radius * math.cos(math.pi / SIDES[self.type])

    @property
    def diamond(self) -> bool:
        return self.type == "square" and self.angle % 90 != 0

    def vertices(self, side: float) -> list[tuple[float, float]]:
        n = SIDES[self.type]
        base = -45.0 if self.type == "square" else -90.0
        r = self.radius * side
        out = []
        for k in range(n):
            a = math.radians(base + self.angle + 360.0 * k / n)
            out.append((self.cx * side + r * math.cos(a), self.cy * side + r * math.sin(a)))
        return out

    def describe(self) -> str:
        word = colour_word(self.level) or "borderline"
        turn = "" if self.type == "circle" else f", angle {self.angle}"
        return f"{self.role} {self.type} (scale {self.scale}, fill {self.level} {word}{turn})"


@dataclass
class Panel:
    configuration: str  # display name
    entities: list[Entity]
    divider: str | None = None  # "vertical" / "horizontal"

    def of_type(self, kind: str) -> list[Entity]:
        return [e for e in self.entities if e.type == kind]

    def unique(self, kind: str) -> Entity | None:
        found = self.of_type(kind)
        return found[0] if len(found) == 1 else None

    @property
    def types(self) -> set[str]:
        return {e.type for e in self.entities}

    def role(self, role: str) -> list[Entity]:
        return [e for e in self.entities if e.role == role]


# ---------------------------------------------------------------------------------------------------- generation


def _pick(rng: np.random.Generator, options):
    return options[int(rng.integers(len(options)))]


def _entity(rng, cx, cy, slot, role, kind=None, scales=SCALES, level=None, angles=ANGLES) -> Entity:
    kind = kind or _pick(rng, TYPES)
    angle = 0 if kind == "circle" else int(_pick(rng, angles))
    return Entity(
        kind,
        float(_pick(rng, scales)),
        int(_pick(rng, LEVELS)) if level is None else level,
        angle,
        cx,
        cy,
        slot,
        role,
    )


def _grid(rng, centres: list[tuple[float, float]], slot: float, count: int, role: str) -> list[Entity]:
    cells = sorted(int(c) for c in rng.permutation(len(centres))[:count])
    shared = _pick(rng, TYPES) if rng.random() < 0.5 else None
    return [_entity(rng, centres[c][1], centres[c][0], slot, role, kind=shared) for c in cells]


def generate(rng: np.random.Generator, key: str, divider: bool) -> Panel:
    name = CONFIGURATIONS[key]
    if key == "center":
        return Panel(name, [_entity(rng, 0.5, 0.5, 1.0, "single")])
    if key == "left-right":
        pair = [_entity(rng, 0.25, 0.5, 0.5, "left"), _entity(rng, 0.75, 0.5, 0.5, "right")]
        return Panel(name, pair, "vertical" if divider else None)
    if key == "up-down":
        pair = [_entity(rng, 0.5, 0.25, 0.5, "top"), _entity(rng, 0.5, 0.75, 0.5, "bottom")]
        return Panel(name, pair, "horizontal" if divider else None)
    if key == "2x2":
        centres = [(y, x) for y in (0.25, 0.75) for x in (0.25, 0.75)]
        return Panel(name, _grid(rng, centres, 0.5, int(rng.integers(1, 5)), "cell"))
    if key == "3x3":
        centres = [(y, x) for y in (1 / 6, 0.5, 5 / 6) for x in (1 / 6, 0.5, 5 / 6)]
        return Panel(name, _grid(rng, centres, 1 / 3, int(rng.integers(1, 10)), "cell"))
    if key == "out-in-center":
        while True:
            outer = _entity(rng, 0.5, 0.5, 1.0, "outer", scales=(0.7, 0.8, 0.9), level=255)
            inner = _entity(rng, 0.5, 0.5, 0.33, "inner")
            if inner.radius + 0.03 <= outer.inradius:
                return Panel(name, [outer, inner])
    # out-in-grid: an axis-aligned white square with a 2x2 grid of small entities inside
    outer = _entity(rng, 0.5, 0.5, 1.0, "outer", kind="square", scales=(0.7, 0.8, 0.9), level=255, angles=(0,))
    centres = [(y, x) for y in (0.42, 0.58) for x in (0.42, 0.58)]
    return Panel(name, [outer, *_grid(rng, centres, 0.15, int(rng.integers(1, 5)), "inner")])


def draw(panel: Panel, size: int) -> Image.Image:
    side = size * SUPERSAMPLE
    width = max(1, round(2 * size / 160 * SUPERSAMPLE))
    image = Image.new("L", (side, side), 255)
    pen = ImageDraw.Draw(image)
    if panel.divider == "vertical":
        pen.line([(side / 2, 0), (side / 2, side)], fill=0, width=width)
    elif panel.divider == "horizontal":
        pen.line([(0, side / 2), (side, side / 2)], fill=0, width=width)
    for entity in panel.entities:  # the outer entity comes first, so the inner ones are drawn over it
        if entity.type == "circle":
            r = entity.radius * side
            box = [entity.cx * side - r, entity.cy * side - r, entity.cx * side + r, entity.cy * side + r]
            pen.ellipse(box, fill=entity.level, outline=0, width=width)
        else:
            pen.polygon(entity.vertices(side), fill=entity.level, outline=0, width=width)
    return image.resize((size, size), Image.Resampling.BOX).convert("RGB")


# ---------------------------------------------------------------------------------------------------- questions


@dataclass
class Question:
    text: str
    gold: str
    kind: str
    also: tuple[str, ...] = ()  # other answers counted right
    level: int | None = None  # the fill of the shape a colour question is about
    notes: list[str] = field(default_factory=list)


def plural(kind: str) -> str:
    return kind + "s"


def an(word: str) -> str:
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"


class Asker:
    """Question makers for one panel; each returns None when it cannot make its question (with the wanted answer)."""

    def __init__(self, panel: Panel, rng: np.random.Generator):
        self.panel = panel
        self.rng = rng

    def pick(self, options):
        return _pick(self.rng, list(options))

    def shape_answer(self, entity: Entity) -> tuple[str, tuple[str, ...]]:
        return entity.type, ("diamond",) if entity.diamond else ()

    # counting

    def count_all(self, want: str) -> Question | None:
        text = self.pick(
            [
                "How many shapes are there?",
                "How many shapes are in the picture?",
                "How many shapes do you see?",
                "How many objects are there?",
            ]
        )
        return Question(text, str(len(self.panel.entities)), "How many shapes?")

    def count_type(self, want: str) -> Question | None:
        present = sorted(self.panel.types)
        absent = [t for t in TYPES if t not in present]
        kind = self.pick(absent) if absent and self.rng.random() < 0.2 else self.pick(present)
        word = plural(kind)
        text = self.pick(
            [f"How many {word} are there?", f"How many {word} are in the picture?", f"How many {word} can you see?"]
        )
        return Question(text, str(len(self.panel.of_type(kind))), "How many Xs?")

    def count_inside(self, want: str) -> Question | None:
        outer = self.panel.role("outer")
        if not outer:
            return None
        inner = self.panel.role("inner")
        name = self.outer_name(outer[0])
        text = self.pick([f"How many shapes are inside the {name}?", f"How many shapes are in the {name}?"])
        return Question(text, str(len(inner)), "How many shapes inside the Y?")

    # what shape

    def what_shape_single(self, want: str) -> Question | None:
        if len(self.panel.entities) != 1:
            return None
        text = self.pick(
            ["What shape is in the picture?", "What shape is this?", "Which shape is shown?", "What shape do you see?"]
        )
        gold, also = self.shape_answer(self.panel.entities[0])
        return Question(text, gold, "What shape is it? (one entity)", also)

    def what_shape_side(self, want: str) -> Question | None:
        sides = {"Left-Right": ("left", "right"), "Up-Down": ("top", "bottom")}.get(self.panel.configuration)
        if not sides:
            return None
        role = self.pick(sides)
        entity = self.panel.role(role)[0]
        if role in ("left", "right"):
            texts = [
                f"Which shape is on the {role}?",
                f"What shape is on the {role}?",
                f"What is the shape on the {role}?",
                f"What shape is in the {role} half?",
            ]
        else:
            texts = [
                f"What shape is at the {role}?",
                f"Which shape is at the {role}?",
                f"What is the shape at the {role}?",
                f"What shape is in the {role} half?",
            ]
        gold, also = self.shape_answer(entity)
        return Question(self.pick(texts), gold, "What shape is on the side?", also)

    def outer_name(self, outer: Entity) -> str:
        clash = any(e.type == outer.type for e in self.panel.role("inner"))
        if clash:
            return self.pick([f"big {outer.type}", f"large {outer.type}", f"outer {outer.type}"])
        return self.pick([outer.type, outer.type, f"big {outer.type}", f"large {outer.type}"])

    def what_inside(self, want: str) -> Question | None:
        if self.panel.configuration != "Out-InCenter":
            return None
        outer, inner = self.panel.entities
        name = self.outer_name(outer)
        text = self.pick(
            [f"What shape is inside the {name}?", f"What is inside the {name}?", f"Which shape is in the {name}?"]
        )
        gold, also = self.shape_answer(inner)
        return Question(text, gold, "What shape is inside the Y?", also)

    def largest(self) -> Entity | None:
        ranked = sorted(self.panel.entities, key=lambda e: e.area, reverse=True)
        if len(ranked) < 2 or ranked[0].area < 1.6 * ranked[1].area:
            return None
        return ranked[0]

    def what_largest(self, want: str) -> Question | None:
        top = self.largest()
        if top is None:
            return None
        text = self.pick(["Which shape is the largest?", "What shape is the biggest?", "What is the largest shape?"])
        gold, also = self.shape_answer(top)
        return Question(text, gold, "Which shape is the largest?", also)

    # yes / no

    def exists(self, want: str) -> Question | None:
        present = self.panel.types
        options = sorted(present) if want == "yes" else [t for t in TYPES if t not in present]
        if not options:
            return None
        kind = self.pick(options)
        text = self.pick(
            [
                f"Is there {an(kind)}?",
                f"Is there {an(kind)} in the picture?",
                f"Do you see {an(kind)}?",
                f"Are there any {plural(kind)}?",
            ]
        )
        return Question(text, want, "Is there an X?")

    def inside_yes_no(self, want: str) -> Question | None:
        outer = self.panel.role("outer")
        if not outer:
            return None
        outer = outer[0]
        inner_types = {e.type for e in self.panel.role("inner")}
        name = self.outer_name(outer)
        if want == "yes":
            kind = self.pick(sorted(inner_types))
        else:
            swapped = [e for e in self.panel.role("inner") if e.type != outer.type]
            if swapped and len(inner_types) == 1 and self.rng.random() < 0.4:
                # inner and outer swapped: "Is there a square inside the circle?" (the circle is inside the square)
                kind, name = outer.type, swapped[0].type
            else:
                options = [t for t in TYPES if t not in inner_types and t != outer.type]
                kind = self.pick(options)
        texts = [f"Is there {an(kind)} inside the {name}?", f"Is there {an(kind)} in the {name}?"]
        if kind != outer.type and len(self.panel.of_type(kind)) == 1 and kind in inner_types:
            texts.append(f"Is the {kind} inside the {name}?")
        return Question(self.pick(texts), want, "Is there an X inside the Y?")

    def side_yes_no(self, want: str) -> Question | None:
        configuration = self.panel.configuration
        if configuration not in ("Left-Right", "Up-Down"):
            return None
        first, second = self.panel.entities
        if first.type == second.type:
            return None
        flip = self.rng.random() < 0.5
        subject, other = (second, first) if flip else (first, second)
        if configuration == "Left-Right":
            where = {"left": "right", "right": "left"}
            said_side = subject.role if want == "yes" else where[subject.role]
            relation = {"left": "to the left of", "right": "to the right of"}[said_side]
            texts = [
                f"Is the {subject.type} on the {said_side}?",
                f"Is the {subject.type} on the {said_side} side?",
                f"Is the {subject.type} {relation} the {other.type}?",
            ]
        else:
            where = {"top": "bottom", "bottom": "top"}
            said_side = subject.role if want == "yes" else where[subject.role]
            relation = {"top": "above", "bottom": "below"}[said_side]
            texts = [
                f"Is the {subject.type} at the {said_side}?",
                f"Is the {subject.type} in the {said_side} half?",
                f"Is the {subject.type} {relation} the {other.type}?",
            ]
        return Question(self.pick(texts), want, "Is the X on the side?")

    def colour_yes_no(self, want: str) -> Question | None:
        options = [
            e for e in self.panel.entities if self.panel.unique(e.type) is not None and colour_word(e.level) is not None
        ]
        if not options:
            return None
        entity = self.pick(options)
        truth = colour_word(entity.level)
        said = truth if want == "yes" else self.pick([c for c in COLOUR_WORDS if c != truth])
        if said == "gray" and self.rng.random() < 0.3:
            said = "grey"
        text = self.pick(
            [f"Is the {entity.type} {said}?", f"Is the {entity.type} {said}?", f"Is the {entity.type} filled {said}?"]
        )
        return Question(text, want, "Is the X C?", level=entity.level)

    def all_same(self, want: str) -> Question | None:
        if len(self.panel.entities) < 2:
            return None
        truth = "yes" if len(self.panel.types) == 1 else "no"
        if truth != want:
            return None
        text = self.pick(
            [
                "Are all the shapes the same type?",
                "Are all the shapes the same shape?",
                "Are all the shapes the same kind of shape?",
                "Is every shape the same type?",
            ]
        )
        return Question(text, truth, "Are all the shapes the same type?")

    def more_than(self, want: str) -> Question | None:
        for _ in range(30):
            a, b = (str(t) for t in self.rng.permutation(TYPES)[:2])
            na, nb = len(self.panel.of_type(a)), len(self.panel.of_type(b))
            if na == nb == 0:
                continue
            fewer = self.rng.random() < 0.3
            truth = na < nb if fewer else na > nb
            if ("yes" if truth else "no") != want:
                continue
            word = "fewer" if fewer else "more"
            text = f"Are there {word} {plural(a)} than {plural(b)}?"
            return Question(text, want, "Are there more Xs than Ys?")
        return None

    def largest_yes_no(self, want: str) -> Question | None:
        top = self.largest()
        if top is None:
            return None
        if want == "yes":
            kind = top.type
        else:
            others = [t for t in self.panel.types if t != top.type]
            kind = self.pick(
                sorted(others) if others and self.rng.random() < 0.7 else [t for t in TYPES if t != top.type]
            )
        text = self.pick(
            [
                f"Is the largest shape {an(kind)}?",
                f"Is the biggest shape {an(kind)}?",
                f"Is the largest shape in the picture {an(kind)}?",
            ]
        )
        return Question(text, want, "Is the largest shape an X?")

    # colour

    def what_colour(self, want: str) -> Question | None:
        options = [
            e for e in self.panel.entities if self.panel.unique(e.type) is not None and colour_word(e.level) is not None
        ]
        if not options:
            return None
        entity = self.pick(options)
        text = self.pick(
            [
                f"What colour is the {entity.type}?",
                f"What color is the {entity.type}?",
                f"What is the colour of the {entity.type}?",
            ]
        )
        return Question(text, str(colour_word(entity.level)), "What colour is the X?", level=entity.level)


def questions(panel: Panel, rng: np.random.Generator, per_image: int) -> list[Question]:
    asker = Asker(panel, rng)
    makers: list[tuple[float, Callable[[str], Question | None]]] = [
        (0.8, asker.count_all),
        (0.8, asker.count_type),
        (0.8, asker.count_inside),
        (1.2, asker.what_shape_single),
        (1.2, asker.what_shape_side),
        (1.2, asker.what_inside),
        (0.5, asker.what_largest),
        (1.0, asker.exists),
        (1.4, asker.inside_yes_no),
        (1.2, asker.side_yes_no),
        (1.0, asker.colour_yes_no),
        (0.7, asker.all_same),
        (0.7, asker.more_than),
        (0.6, asker.largest_yes_no),
        (0.8, asker.what_colour),
    ]

    def admit(question: Question, made: list[Question], attempt: int) -> bool:
        """Each template once a panel while others are left."""
        return attempt >= per_image * 8 or all(m.kind != question.kind for m in made)

    return common.pick_balanced(makers, rng, per_image, per_image * 16, admit=admit)


# ---------------------------------------------------------------------------------------------------- scoring

NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
ALIASES = {word: str(i) for i, word in enumerate(NUMBERS)} | {"none": "0", "grey": "gray"}
ALIASES |= {"dark gray": "gray", "light gray": "gray", "dark grey": "gray", "light grey": "gray"}


def _normal(text: str) -> str:
    text = common.plain_answer(text, ALIASES)
    if text.endswith("s") and text[:-1] in (*TYPES, "diamond"):
        text = text[:-1]
    return text


def outcome(status: str, said: str, question: Question) -> str:
    return common.read_outcome(status, said, (question.gold, *question.also), _normal)


def _shape_word(word: str) -> bool:
    return word in TYPES or (word.endswith("s") and word[:-1] in TYPES)


def _wording(text: str) -> str:
    return common.wording(text, {"X": _shape_word, "C": (*COLOUR_WORDS, "grey")})


def run(
    images: int,
    seed: int,
    size: int,
    per_image: int,
    perception: str,
    configuration: str | None,
    divider: bool,
    show_failures: bool,
) -> None:
    rng = np.random.default_rng(seed)
    tables = common.new_tables()
    overall: Counter = Counter()
    failures: list[dict] = []
    kept = common.FailureImages(FAILURE_DIR, f"s{seed}_{size}px_*") if show_failures else None
    keys = [configuration] if configuration else list(CONFIGURATIONS)
    started = time.perf_counter()

    def picture(index: int, path: Path) -> tuple[Panel, list[Question]]:
        panel = generate(rng, keys[index % len(keys)], divider)
        draw(panel, size).save(path)
        return panel, questions(panel, rng, per_image)

    for index, panel, path, item, result in common.ask_pictures(images, picture, perception, "raven"):
        kind = outcome(result.status, result.answer, item)
        overall[kind] += 1
        tables["configuration"][panel.configuration][kind] += 1
        tables["question template"][item.kind][kind] += 1
        tables["gold answer kind"][common.answer_group(item.gold, COLOUR_WORDS)][kind] += 1
        tables["entities in the panel"][str(len(panel.entities))][kind] += 1
        if item.level is not None:
            tables["fill of the shape a colour question is about"][str(item.level)][kind] += 1
        tables["wording"][_wording(item.text)][kind] += 1
        if kind != "right":
            saved = kept.keep(path, f"s{seed}_{size}px_{index:04d}.png") if kept else None
            details = {"configuration": panel.configuration, "entities": [e.describe() for e in panel.entities]}
            details |= {"kind": item.kind, "also": item.also}
            failures.append(common.failure(kind, item.text, item.gold, result, saved, **details))
    seconds = time.perf_counter() - started
    where = f"configuration {CONFIGURATIONS[configuration]}" if configuration else "all configurations"
    print(
        f"{sum(overall.values())} questions on {images} RAVEN-style panels ({size}x{size} px, {where},"
        f" divider {'on' if divider else 'off'}), seed {seed}, perception={perception}, {seconds:.0f} s"
    )
    print(common.tally_row("all", overall, 48))
    by_number = {
        table: lambda kv: int(kv[0])
        for table in ("entities in the panel", "fill of the shape a colour question is about")
    }
    common.print_tables(
        tables,
        (
            "configuration",
            "question template",
            "gold answer kind",
            "entities in the panel",
            "fill of the shape a colour question is about",
        ),
        48,
        by_number,
    )
    common.print_wordings("by wording (shape words as X, colour words as C; 5 or more asked):", tables["wording"], 48)
    common.print_counts("failing wordings:", Counter(_wording(f["question"]) for f in failures))
    saved_note = f"; their panels in {FAILURE_DIR}" if show_failures else " (--show-failures lists them)"
    common.report_failures(
        failures,
        saved_note,
        show_failures,
        lambda f: f"- {f['outcome']} [{f['configuration']}, {f['kind']}]",
        before=lambda f: [f"entities: {'; '.join(f['entities'])}"],
    )


def main() -> None:
    parser = common.command_line(__doc__)
    parser.add_argument("--size", type=int, choices=[80, 160, 320], default=160, help="panel side in px (RAVEN: 160)")
    common.asking_arguments(parser, noun="panel", perception=False, show_failures=False)
    parser.add_argument("--configuration", choices=list(CONFIGURATIONS), default=None, help="only this configuration")
    parser.add_argument("--no-divider", action="store_true", help="no line between Left-Right / Up-Down halves")
    common.asking_arguments(parser, per_image=None)
    args = parser.parse_args()
    run(
        args.images,
        args.seed,
        args.size,
        args.per_image,
        args.perception,
        args.configuration,
        not args.no_divider,
        args.show_failures,
    )


if __name__ == "__main__":
    main()
