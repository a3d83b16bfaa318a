"""Multi-dSprites (DeepMind "Multi-Object Datasets", as used by MONet / IODINE / Slot Attention), end to end: a check
of nsvr's generality on an image kind and question style nobody tuned it for.

Multi-dSprites scenes are small images of dSprites shapes drawn one over another. This generator was written from the
public description of that dataset alone, without the original code or data, and without reading how nsvr perceives
or parses (only ``AskOptions`` / ``ask``'s signature and docstring): each image is 64x64 px RGB, the "coloured sprites
on a grayscale background" variant. The background is one uniform gray level (0..255, drawn at random). On it lie 2 to
5 sprites (as many images of each count), painted one over another in a random depth order (the last painted is on
top). Each sprite is a dSprites shape:

- ``square``: a filled square, side 20 px at scale 1;
- ``ellipse`` (an oval): a filled ellipse with semi-axes 14 x 7 px at scale 1 (elongated 2:1);
- ``heart``: the filled curve (x^2 + y^2 - 1)^3 <= x^2 y^3, 22 px wide at scale 1, the point at the bottom before
  rotation;

at a dSprites scale drawn from 0.5, 0.6, ..., 1.0, a rotation drawn uniformly from 0..360 degrees and a position drawn
uniformly so that the sprite lies wholly inside the image with a 1 px margin, rasterised with one sample per pixel
centre (hard edges, no antialiasing, as dSprites). Each sprite has a saturated colour: full saturation and value in
HSV, with a hue drawn inside the clear band of one of the colour names below (the name chosen uniformly; the same as a
random hue kept only when it falls clearly inside one name's band), so that the gold colour name is unambiguous:
red 352..8, orange 25..36, yellow 53..62, green 100..140, cyan 174..186, blue 224..244, purple 270..284, magenta (a user
may say pink) 302..322 degrees.

Sprites may partly occlude each other (that is the point of the dataset), but a layout is kept only when a careful
person can still see every sprite: each keeps at least 60% of its area visible and its visible part in one piece, and
two sprites of the same colour name never touch (they would merge into one blob). With ``--no-occlusion`` a layout is
also rejected when any two sprites touch (at least one background pixel, 8-connected, between any two).

Questions, with gold answers from what was drawn (yes and no balanced by choosing the wanted answer first):

- "How many shapes are there?", "How many red shapes are there?", "How many squares are there?" (a few zeros);
- "Is there a heart?", "Are there any hearts?", "Is there a green ellipse?" (shape words: square, ellipse or oval,
  heart);
- "What colour is the heart?" (exactly one heart), "What shape is the blue object?" (exactly one blue sprite);
- "Is the square to the left of the ellipse?" (also right of, above, below; the two referred to by a unique shape word
  or colour; only when their centres differ by at least 8 px along that axis, both for the whole sprites and for
  their visible parts; the other axis is free);
- "Which shape is on top, the square or the heart?" and "Is the red shape in front of the blue one?" (also on top of,
  behind): the depth order, only when the two overlap and at least 6 px of the lower one are visibly covered by the
  upper one;
- "Is the red shape bigger than the blue one?" (also smaller, larger): only when their visible areas differ by a
  factor of at least 1.5 and their whole areas by at least 1.2 the same way;
- "What colour is the background?" (gray; only for mid gray levels 70..185, neither near black nor near white);
- "Are any two shapes the same colour?" (same colour name).

Answers are normalised as in shape_scenes_nmn.py, with synonyms a user would accept: grey = gray, oval = ellipse,
pink = magenta, violet = purple, number words = digits.

    python examples/benchmarks/shape_scenes_multidsprites.py                  # 150 images x ~6 questions, seed 0
    python examples/benchmarks/shape_scenes_multidsprites.py --no-occlusion --show-failures

Each image is written to a PNG file and asked as ``nsvr ask`` asks (question text -> embedded parser -> default
perception). Every answer is scored right / unknown (status not ok, or the answer "unknown"; planning errors counted
apart inside unknown) / confidently wrong; the script prints the totals, tables by question template, by gold answer,
by shape types involved (named in the question or referred to by it; hearts also apart), by whether the sprites
overlap, by sprites per image, the failing wordings, and with ``--show-failures`` every failure, the image saved (as
the file nsvr read) to /tmp/multidsprites_failures/.
"""

from __future__ import annotations

import colorsys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shape_bench_common as common
from PIL import Image
from scipy import ndimage

FAILURE_DIR = Path("/tmp/multidsprites_failures")

SIDE = 64
PAD = 24  # shapes are rasterised on a padded canvas to check they lie wholly inside the image
SHAPES = ("square", "ellipse", "heart")
SCALES = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
# clear hue bands (degrees), one per colour name
HUE_BANDS: dict[str, tuple[float, float]] = {
    "red": (-8.0, 8.0),
    "orange": (25.0, 36.0),
    "yellow": (53.0, 62.0),
    "green": (100.0, 140.0),
    "cyan": (174.0, 186.0),
    "blue": (224.0, 244.0),
    "purple": (270.0, 284.0),
    "magenta": (302.0, 322.0),
}
COLOURS = tuple(HUE_BANDS)
MIN_VISIBLE = 0.6
MIN_APART = 8.0  # px between centres for left / right / above / below
MIN_COVERED = 6  # px of the lower sprite visibly covered by the upper one, for in-front questions
HEART_HALF_WIDTH = 1.138  # of the curve (x^2 + y^2 - 1)^3 = x^2 y^3, which spans y from -1 to 1.236
HEART_MID_Y = 0.118
RELATION_WORDS = {"left": "to the left of", "right": "to the right of", "above": "above", "below": "below"}


@dataclass
class Sprite:
    shape: str
    colour: str
    hue: float
    scale: float
    angle: float
    x: float
    y: float
    mask: np.ndarray = field(repr=False)  # the whole sprite, SIDE x SIDE
    depth: int = 0  # 0 = painted first (bottom)
    visible: np.ndarray | None = field(default=None, repr=False)

    @property
    def rgb(self) -> tuple[int, int, int]:
        r, g, b = colorsys.hsv_to_rgb((self.hue % 360.0) / 360.0, 1.0, 1.0)
        return round(r * 255), round(g * 255), round(b * 255)

    @property
    def area(self) -> int:
        return int(self.mask.sum())

    @property
    def seen(self) -> int:
        return int(self.visible.sum()) if self.visible is not None else self.area

    def centre(self, visible: bool = False) -> tuple[float, float]:
        ys, xs = np.nonzero(self.visible if visible and self.visible is not None else self.mask)
        return float(xs.mean()) + 0.5, float(ys.mean()) + 0.5

    def describe(self) -> str:
        x, y = self.centre()
        return (
            f"{self.colour} {self.shape} (hue {round(self.hue) % 360}, centre {x:.0f},{y:.0f}, scale {self.scale:.1f},"
            f" {self.angle:.0f} deg, depth {self.depth}, {self.seen}/{self.area} px visible)"
        )


@dataclass
class Scene:
    sprites: list[Sprite]  # in depth order, bottom first
    background: int

    def overlap(self) -> str:
        most = max(int((a.mask & b.mask).sum()) for a in self.sprites for b in self.sprites if a is not b)
        if most >= MIN_COVERED:
            return "overlapping (>= 6 px)"
        if most > 0:
            return "slight overlap (< 6 px)"
        touching = any(
            (ndimage.binary_dilation(a.mask, np.ones((3, 3), bool)) & b.mask).any()
            for a in self.sprites
            for b in self.sprites
            if a is not b
        )
        return "touching, no overlap" if touching else "apart"


@dataclass
class Question:
    text: str
    gold: str
    kind: str
    involved: tuple[str, ...]  # shape types named in the question or of the sprites it refers to
    key: str = ""  # what the question asks, to ask it once per image whatever its wording (default: the text)


# ---------------------------------------------------------------------------------------------------- drawing

_YS, _XS = np.mgrid[0 : SIDE + 2 * PAD, 0 : SIDE + 2 * PAD] + 0.5 - PAD


def _raster(shape: str, scale: float, angle: float, x: float, y: float) -> np.ndarray | None:
    """The sprite's mask on the image, or None when part of it falls outside the image (1 px margin)."""
    theta = np.deg2rad(angle)
    dx, dy = _XS - x, _YS - y
    u = np.cos(theta) * dx + np.sin(theta) * dy  # sprite axes (v downwards before rotation)
    v = -np.sin(theta) * dx + np.cos(theta) * dy
    if shape == "square":
        half = 10.0 * scale
        big = (np.abs(u) <= half) & (np.abs(v) <= half)
    elif shape == "ellipse":
        big = (u / (14.0 * scale)) ** 2 + (v / (7.0 * scale)) ** 2 <= 1.0
    else:
        k = 11.0 * scale / HEART_HALF_WIDTH
        hx, hy = u / k, -v / k + HEART_MID_Y  # y up, the lobes at the top
        big = (hx**2 + hy**2 - 1.0) ** 3 - hx**2 * hy**3 <= 0.0
    inner = big[PAD + 1 : PAD + SIDE - 1, PAD + 1 : PAD + SIDE - 1]
    if int(inner.sum()) != int(big.sum()):
        return None
    return big[PAD : PAD + SIDE, PAD : PAD + SIDE].copy()


def _new_sprite(rng: np.random.Generator) -> Sprite | None:
    shape = SHAPES[int(rng.integers(len(SHAPES)))]
    colour = COLOURS[int(rng.integers(len(COLOURS)))]
    low, high = HUE_BANDS[colour]
    hue = float(rng.uniform(low, high)) % 360.0
    scale = SCALES[int(rng.integers(len(SCALES)))]
    angle = float(rng.uniform(0.0, 360.0))
    x, y = (float(v) for v in rng.uniform(1.0, SIDE - 1.0, size=2))
    mask = _raster(shape, scale, angle, x, y)
    if mask is None:
        return None
    return Sprite(shape, colour, hue, scale, angle, x, y, mask)


_EIGHT = np.ones((3, 3), bool)


def _acceptable(placed: list[Sprite], new: Sprite, no_occlusion: bool) -> bool:
    """May ``new`` be painted over ``placed`` (bottom first)? Every sprite stays clearly visible."""
    grown = ndimage.binary_dilation(new.mask, _EIGHT)
    for old in placed:
        if no_occlusion and (grown & old.mask).any():
            return False
        if old.colour == new.colour and (grown & old.visible).any():
            return False
        visible = old.visible & ~new.mask
        if visible.sum() < MIN_VISIBLE * old.area:
            return False
        if ndimage.label(visible, _EIGHT)[1] != 1:
            return False
    return True


def generate(rng: np.random.Generator, no_occlusion: bool) -> Scene:
    while True:
        count = int(rng.integers(2, 6))
        placed: list[Sprite] = []
        for _ in range(count):
            for _ in range(200):
                new = _new_sprite(rng)
                if new is not None and _acceptable(placed, new, no_occlusion):
                    break
            else:
                break
            for old in placed:
                old.visible = old.visible & ~new.mask
            new.depth, new.visible = len(placed), new.mask.copy()
            placed.append(new)
        if len(placed) == count:
            return Scene(placed, int(rng.integers(0, 256)))


def draw(scene: Scene) -> Image.Image:
    pixels = np.full((SIDE, SIDE, 3), scene.background, np.uint8)
    for sprite in scene.sprites:  # bottom first
        pixels[sprite.mask] = sprite.rgb
    return Image.fromarray(pixels)


# ---------------------------------------------------------------------------------------------------- questions

Descriptor = tuple[str | None, str | None]  # (colour, shape)


def matches(sprite: Sprite, d: Descriptor) -> bool:
    colour, shape = d
    return (colour is None or sprite.colour == colour) and (shape is None or sprite.shape == shape)


class Asker(common.Picker):
    """Question makers for one scene; each returns None when it cannot make its question (with the wanted answer)."""

    def __init__(self, scene: Scene, rng: np.random.Generator):
        self.scene = scene
        self.sprites = scene.sprites
        self.rng = rng

    def shape_word(self, shape: str, plural: bool = False) -> str:
        word = self.pick(["ellipse", "oval"]) if shape == "ellipse" else shape
        return word + "s" if plural else word

    def colour_word(self, colour: str) -> str:
        return self.pick(["magenta", "pink"]) if colour == "magenta" else colour

    def noun(self, d: Descriptor, plural: bool = False, generic: str = "shape") -> str:
        colour, shape = d
        word = self.shape_word(shape, plural) if shape else generic + ("s" if plural else "")
        return f"{self.colour_word(colour)} {word}" if colour else word

    def a_noun(self, d: Descriptor) -> str:
        text = self.noun(d)
        return f"{common.article(text)} {text}"

    def involved(self, named: list[str | None], sprites: list[Sprite]) -> tuple[str, ...]:
        return tuple(sorted({s for s in named if s} | {s.shape for s in sprites}))

    def unique(self) -> list[tuple[Descriptor, Sprite]]:
        """Colour-only or shape-only descriptors that exactly one sprite matches, with that sprite."""
        found = []
        for sprite in self.sprites:
            for d in ((sprite.colour, None), (None, sprite.shape)):
                if sum(matches(s, d) for s in self.sprites) == 1:
                    found.append((d, sprite))
        return found

    def the(self, d: Descriptor, second: bool = False) -> str:
        if d[1]:
            return f"the {self.shape_word(d[1])}"
        if second:
            return f"the {self.colour_word(d[0])} {self.pick(['one', 'shape', 'object'])}"
        return f"the {self.colour_word(d[0])} {self.pick(['shape', 'object'])}"

    def _until(self, want: str, make: Callable[[], tuple[str, bool, tuple[str, ...]] | None]):
        made = common.until_answer(want, make, 80)
        return (made[0], want, *made[2:]) if made else None

    def _pairs(self) -> list[tuple[Descriptor, Sprite, Descriptor, Sprite]]:
        options = self.unique()
        return [(d1, a, d2, b) for d1, a in options for d2, b in options if a is not b]

    # counting

    def count_all(self, want: str) -> Question:
        text = self.pick(
            ["How many shapes are there?", "How many shapes are in the image?", "How many objects are there?"]
        )
        return Question(text, str(len(self.sprites)), "How many shapes?", self.involved([], self.sprites), "count")

    def count(self, want: str, kind: str) -> Question | None:
        for _ in range(40):
            if kind == "colour":
                d: Descriptor = (self.pick(COLOURS), None)
            else:
                d = (None, self.pick(SHAPES))
            group = [s for s in self.sprites if matches(s, d)]
            if not group and self.rng.random() > 0.15:  # a few zeros, mostly ones that are there
                continue
            noun = self.noun(d, plural=True, generic=self.pick(["shape", "object"]))
            text = self.pick([f"How many {noun} are there?", f"How many {noun} are in the image?"])
            template = "How many C shapes?" if kind == "colour" else "How many Xs?"
            return Question(text, str(len(group)), template, self.involved([d[1]], group), f"count {d}")
        return None

    # existence

    def exists(self, want: str, both: bool) -> Question | None:
        def make():
            d: Descriptor = (self.pick(COLOURS) if both else None, self.pick(SHAPES))
            group = [s for s in self.sprites if matches(s, d)]
            text = self.pick([f"Is there {self.a_noun(d)}?", f"Are there any {self.noun(d, plural=True)}?"])
            return text, bool(group), self.involved([d[1]], group), f"exists {d}"

        found = self._until(want, make)
        return Question(*found[:2], "Is there a C X?" if both else "Is there an X?", *found[2:]) if found else None

    # attributes of a unique sprite

    def what_colour(self, want: str) -> Question | None:
        options = [(d, s) for d, s in self.unique() if d[1]]
        if not options:
            return None
        d, sprite = self.pick(options)
        word = self.shape_word(sprite.shape)
        text = self.pick([f"What colour is the {word}?", f"What color is the {word}?"])
        return Question(text, sprite.colour, "What colour is the X?", (sprite.shape,), f"colour {sprite.depth}")

    def what_shape(self, want: str) -> Question | None:
        options = [(d, s) for d, s in self.unique() if d[0]]
        if not options:
            return None
        d, sprite = self.pick(options)
        colour = self.colour_word(sprite.colour)
        text = self.pick([f"What shape is the {colour} object?", f"What shape is the {colour} one?"])
        return Question(text, sprite.shape, "What shape is the C object?", (sprite.shape,), f"shape {sprite.depth}")

    # relations between two unique sprites

    def position(self, want: str) -> Question | None:
        def make():
            pairs = self._pairs()
            if not pairs:
                return None
            d1, a, d2, b = self.pick(pairs)
            relation = self.pick(["left", "left", "right", "right", "above", "below"])
            axis = 0 if relation in ("left", "right") else 1
            sign = -1.0 if relation in ("left", "above") else 1.0
            whole = sign * (a.centre()[axis] - b.centre()[axis])
            seen = sign * (a.centre(True)[axis] - b.centre(True)[axis])
            if min(abs(whole), abs(seen)) < MIN_APART or (whole > 0) != (seen > 0):
                return None
            text = f"Is {self.the(d1)} {RELATION_WORDS[relation]} {self.the(d2, second=True)}?"
            return text, whole > 0, self.involved([], [a, b]), f"axis {axis} {sorted([a.depth, b.depth])}"

        found = self._until(want, make)
        return Question(*found[:2], "Is the A left of / above the B?", *found[2:]) if found else None

    def _covering(self, a: Sprite, b: Sprite) -> bool:
        """Do a and b overlap with the upper one visibly covering at least MIN_COVERED px of the lower one?"""
        upper, lower = (a, b) if a.depth > b.depth else (b, a)
        return int((upper.visible & lower.mask).sum()) >= MIN_COVERED

    def front_which(self, want: str) -> Question | None:
        options = [(d, s) for d, s in self.unique() if d[1]]
        pairs = [(a, b) for _, a in options for _, b in options if a is not b and self._covering(a, b)]
        if not pairs:
            return None
        a, b = self.pick(pairs)
        on = self.pick(["on top", "in front"])
        first, second = self.shape_word(a.shape), self.shape_word(b.shape)
        text = self.pick(
            [f"Which shape is {on}, the {first} or the {second}?", f"Which is {on}, the {first} or the {second}?"]
        )
        top = a if a.depth > b.depth else b
        key = f"depth {sorted([a.depth, b.depth])}"
        return Question(text, top.shape, "Which is on top, the X or the Y?", self.involved([], [a, b]), key)

    def front(self, want: str) -> Question | None:
        def make():
            pairs = [p for p in self._pairs() if self._covering(p[1], p[3])]
            if not pairs:
                return None
            d1, a, d2, b = self.pick(pairs)
            relation = self.pick(["in front of", "on top of", "behind"])
            truth = a.depth > b.depth if relation != "behind" else a.depth < b.depth
            text = f"Is {self.the(d1)} {relation} {self.the(d2, second=True)}?"
            return text, truth, self.involved([], [a, b]), f"depth {sorted([a.depth, b.depth])}"

        found = self._until(want, make)
        return Question(*found[:2], "Is the A in front of the B?", *found[2:]) if found else None

    def bigger(self, want: str) -> Question | None:
        def make():
            pairs = self._pairs()
            if not pairs:
                return None
            d1, a, d2, b = self.pick(pairs)
            seen, whole = a.seen / b.seen, a.area / b.area
            if not ((seen >= 1.5 and whole >= 1.2) or (seen <= 1 / 1.5 and whole <= 1 / 1.2)):
                return None
            word = self.pick(["bigger", "larger", "smaller"])
            truth = seen > 1 if word != "smaller" else seen < 1
            text = f"Is {self.the(d1)} {word} than {self.the(d2, second=True)}?"
            return text, truth, self.involved([], [a, b]), f"size {sorted([a.depth, b.depth])}"

        found = self._until(want, make)
        return Question(*found[:2], "Is the A bigger than the B?", *found[2:]) if found else None

    # the whole scene

    def background(self, want: str) -> Question | None:
        if not 70 <= self.scene.background <= 185:
            return None
        text = self.pick(["What colour is the background?", "What color is the background?"])
        return Question(text, "gray", "What colour is the background?", (), "background")

    def same_colour(self, want: str) -> Question | None:
        names = [s.colour for s in self.sprites]
        truth = len(set(names)) < len(names)
        if ("yes" if truth else "no") != want:
            return None
        text = self.pick(["Are any two shapes the same colour?", "Do any two shapes have the same color?"])
        return Question(text, want, "Are any two shapes the same colour?", self.involved([], self.sprites), "same")


def questions(scene: Scene, rng: np.random.Generator, per_image: int) -> list[Question]:
    asker = Asker(scene, rng)
    makers: list[tuple[float, Callable[[str], Question | None]]] = [
        (0.5, asker.count_all),
        (0.7, lambda want: asker.count(want, "colour")),
        (0.7, lambda want: asker.count(want, "shape")),
        (0.8, lambda want: asker.exists(want, both=False)),
        (0.9, lambda want: asker.exists(want, both=True)),
        (0.7, asker.what_colour),
        (0.7, asker.what_shape),
        (1.0, asker.position),
        (0.6, asker.front_which),
        (0.8, asker.front),
        (0.8, asker.bigger),
        (0.2, asker.background),
        (0.5, asker.same_colour),
    ]
    return common.pick_balanced(makers, rng, per_image, per_image * 8, key=lambda q: q.key or q.text.lower())


# ---------------------------------------------------------------------------------------------------- scoring

ALIASES = {"grey": "gray", "zero": "0", "none": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
ALIASES |= {"six": "6", "oval": "ellipse", "pink": "magenta", "violet": "purple"}


def _normal(text: str) -> str:
    return common.plain_answer(text, ALIASES)


def outcome(status: str, said: str, gold: str) -> str:
    return common.read_outcome(status, said, (gold,), _normal)


SHAPE_WORDS = {"square", "squares", "ellipse", "ellipses", "oval", "ovals", "heart", "hearts"}
COLOUR_WORDS = set(COLOURS) | {"pink"}


def _wording(text: str) -> str:
    plural = {word for word in SHAPE_WORDS if word.endswith("s")}
    return common.wording(text, {"Xs": plural, "X": SHAPE_WORDS, "C": COLOUR_WORDS})


def _answer_group(gold: str) -> str:
    if gold in ("yes", "no"):
        return gold
    if gold.isdigit():
        return "a number"
    if gold == "gray":
        return "gray (background)"
    return "a colour" if gold in COLOURS else f"a shape: {gold}"


def run(images: int, seed: int, per_image: int, perception: str, no_occlusion: bool, show_failures: bool) -> None:
    rng = np.random.default_rng(seed)
    tables = common.new_tables()
    overall: Counter = Counter()
    failures: list[dict] = []
    mode = "apart" if no_occlusion else "occl"
    kept = common.FailureImages(FAILURE_DIR, f"s{seed}_{mode}_*")
    started = time.perf_counter()

    def picture(index: int, path: Path) -> tuple[tuple[Scene, str], list[Question]]:
        scene = generate(rng, no_occlusion)
        draw(scene).save(path)
        return (scene, scene.overlap()), questions(scene, rng, per_image)

    for index, (scene, overlap), path, item, result in common.ask_pictures(
        images, picture, perception, "multidsprites"
    ):
        kind = outcome(result.status, result.answer, item.gold)
        overall[kind] += 1
        tables["question template"][item.kind][kind] += 1
        tables["gold answer"][_answer_group(item.gold)][kind] += 1
        tables["shape types involved"]["+".join(item.involved) or "(none)"][kind] += 1
        heart = "involves a heart" if "heart" in item.involved else "no heart involved"
        tables["heart involved"][heart][kind] += 1
        tables["sprite overlap in the image"][overlap][kind] += 1
        tables["sprites in the image"][str(len(scene.sprites))][kind] += 1
        tables["wording"][_wording(item.text)][kind] += 1
        if kind != "right":
            saved = kept.keep(path, f"s{seed}_{mode}_{index:04d}.png")
            details = {"sprites": [s.describe() for s in scene.sprites], "background": scene.background}
            failures.append(common.failure(kind, item.text, item.gold, result, saved, **details, kind=item.kind))
    seconds = time.perf_counter() - started
    layout = "no occlusion (sprites never touch)" if no_occlusion else "occlusion allowed (>= 60% of each visible)"
    print(
        f"{sum(overall.values())} questions on {images} Multi-dSprites-style images ({SIDE}x{SIDE} px, {layout}),"
        f" seed {seed}, perception={perception}, {seconds:.0f} s"
    )
    print(common.tally_row("all", overall, 44))
    common.print_tables(
        tables,
        (
            "question template",
            "gold answer",
            "shape types involved",
            "heart involved",
            "sprite overlap in the image",
            "sprites in the image",
        ),
        44,
    )
    common.print_wordings("by wording (shape words as X, colour words as C; 5 or more asked):", tables["wording"], 44)
    common.print_counts("failing wordings:", Counter(_wording(f["question"]) for f in failures))
    common.report_failures(
        failures,
        f"; their images in {FAILURE_DIR}",
        show_failures,
        lambda f: (
            f"- {f['outcome']} [{f['kind']}] background gray {f['background']};"
            f" sprites bottom first: {'; '.join(f['sprites'])}"
        ),
    )


def main() -> None:
    parser = common.standard_arguments(__doc__, show_failures=False)
    parser.add_argument("--no-occlusion", action="store_true", help="reject layouts where any two sprites touch")
    parser.add_argument("--show-failures", action="store_true", help=common.SHOW_FAILURES)
    args = parser.parse_args()
    run(args.images, args.seed, args.per_image, args.perception, args.no_occlusion, args.show_failures)


if __name__ == "__main__":
    main()
