"""Tetrominoes (DeepMind "Multi-Object Datasets", Greff et al. 2019, as used by IODINE / Slot Attention), end to end:
a check of nsvr on an image kind and question style nobody tuned it for.

The generator was written blind, from the public description of that dataset alone (not its code or data) and
without reading how nsvr parses or perceives (only ``AskOptions`` / ``ask``'s signature and docstring). As that
description has it, each image is 35x35 px RGB with a black background and three tetrominoes (Tetris pieces of
four unit blocks) in one of six saturated colours: red, green, blue, yellow, magenta, cyan (pure RGB: 255,0,0;
0,255,0; 0,0,255; 255,255,0; 255,0,255; 0,255,255). The colours are drawn independently, so two or three pieces
may share one. Each piece is one of the 19 fixed tetrominoes (I 2 orientations, O 1, T 4, S 2, Z 2, J 4, L 4; the
dataset's own README speaks of 17 shapes/orientations, as far as I recall, and I do not know which two it leaves
out, so all 19 are used), drawn uniformly over the 19, so O pieces are rare (1 in 19) and T, J, L common. A unit
block is 5x5 px, flat-coloured with hard edges (no shading, no outline), and a piece lies anywhere in the image at
whole-pixel positions (not on a block grid), possibly touching the frame. Pieces never overlap. Whether they may
touch in the dataset I do not remember, so touching is made rare but present: ``--touching`` (default 0.1) is the
share of images where two pieces of different colours touch edge to edge; elsewhere every two pieces have at least
1 px of black between them (8-connected), and two pieces of the same colour always at least 2 px (touching, they
would be one blob of eight blocks nobody could split). ``--scale N`` enlarges every image N times by nearest
neighbour (the run commands use 1 and 4). The ground truth of each piece is kept: its kind letter, orientation,
colour name, cells, box, centre (the centroid of its pixels) and area.

Questions, in the words ordinary users type about such a picture (lowercase, often without a question mark, terse
or polite; "pieces", "shapes", "blocks", "tetrominoes", "objects"), in eight families, each only where what was
drawn answers it unambiguously (yes and no balanced within an image, by choosing the wanted answer first):

- ``count``: "how many pieces are there", "how many red shapes are there" (0-3; a zero only for a colour that no
  piece's colour can be confused with, ``CONFUSABLE``). "blocks" is never used in a count: four blocks make a piece;
- ``exist``: "is there a magenta piece" (an absent colour never a ``CONFUSABLE`` of a present one, either way);
- ``colour``: of the leftmost / topmost / rightmost / lowest piece (the same piece wins by centre, by at least 5 px,
  one block, and by its box's edge), of "the square piece" (the O, a 2x2 square, when there is exactly one) or "the
  long / straight piece", "the bar" (the I, a 4x1 rectangle, when there is exactly one);
- ``kind`` (geometry only): "is there a square piece", "is there a long straight piece", "what shape is the red
  piece" only where the red piece is unique and an O (gold "square", also "o") or an I (gold "rectangle", also
  "bar", "line", "stick", "strip", "oblong" or "i"); never of the other kinds, whose outlines are hexagons and
  octagons no user means. "is there a rectangle" is not asked (whether an O counts is debated);
- ``tetromino`` (letter names, reported apart): "is there an L-shaped piece", "is there a T piece", "which colour
  is the S-shaped one", "what letter does the red piece look like", "is the blue piece L-shaped", "how many
  L-shaped pieces are there". The mirror pairs: "L-shaped" is everyday speech for both L and J (a J is "a
  backwards L"), so it names both; "J-shaped", "S-shaped" and "Z-shaped" name their own kind, and are asked only
  where a reader who takes the mirror image along (J with L, S with Z) answers the same ("is there a Z-shaped
  piece" is never asked of an S alone; "the S-shaped one" only where no Z is there). "what letter does it look
  like" accepts either letter of the pair (and "square" for the O, "line" / "bar" for the I);
- ``relation``: "is the red piece left of the blue one" (both colours unique; centres at least 6 px apart along that
  axis and box centres at least 3 px the same way, the other axis free), "what colour is the piece above the yellow
  one" (exactly one piece clearly that side, by 6 px, and the other clearly the other side, by 3 px), "which is
  higher, the cyan piece or the green piece" (6 px);
- ``compare``: "are all pieces different colours", "are there two pieces of the same colour", "are all the shapes the
  same colour", "how many colours are there" (distinct colour names);
- ``kind+colour``: "is the square piece yellow", "is the long piece red" (a "no" colour never ``CONFUSABLE`` with the
  piece's), "is the red piece a square", "is the red one a long bar".

Scoring (``shape_bench_common.lenient`` over this file's normaliser, built as ``in_gold_terms`` is): an answer is read
in the gold's terms, number words as digits, grey as gray, articles and filler ("piece", "block", "shape", "one",
"-shaped") dropped; of a colour gold, tones and kind words dropped too ("the bright yellow piece" is "yellow"); of a
kind gold, colours and "long", "straight", "thin" ("a long straight line" is "rectangle"). Colour synonyms: magenta
is its own colour name, and "fuchsia" and "pink" are accepted for it (a reasonable person shown pure #FF00FF calls it
pink as often as magenta; "purple" is not accepted), "aqua" for cyan, "lime" for green. A gold "A|B" takes either.
The status "ok" with the answer "unknown" counts as unknown. Outcomes: right / unknown / confidently wrong / planning
error, overall, by family, scale, colour involved (named in the question or answered), piece kinds involved, layout
(touching or apart), gold type and template, then the wrong answers (and the unknowns, with ``--show-failures``).

    python examples/benchmarks/shape_scenes_tetrominoes.py                 # 150 images x 6 questions, seed 0, 35 px
    python examples/benchmarks/shape_scenes_tetrominoes.py --scale 4       # the same scenes and questions at 140 px
    python examples/benchmarks/shape_scenes_tetrominoes.py --show-failures --json
    python examples/benchmarks/shape_scenes_tetrominoes.py --images 5 --scale 8 --save /tmp/tetro  # no asking

The first runs (scale 1 and 4, seed 0, 900 questions each) are in shape_scenes_tetrominoes_first_run.txt: 49.2%
right / 40.7% unknown / 1.4% confidently wrong / 8.7% planning errors, the same answers at both scales (count 81.8%
right, exist 71.9, colour 49.1, kind 49.2, tetromino 0.0, relation 42.6, compare 87.1, kind+colour 27.7). No
question or gold was changed after them: every wrong answer was checked against the drawing and its gold held.
"how many colours" counts the pieces' colours, not the black background.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np
import shape_bench_common as common
from scipy import ndimage

SIDE = 35  # px at scale 1
BLOCK = 5  # px of a unit block at scale 1
PIECES_PER_IMAGE = 3
RGB = {
    "red": (255, 0, 0),
    "green": (0, 255, 0),
    "blue": (0, 0, 255),
    "yellow": (255, 255, 0),
    "magenta": (255, 0, 255),
    "cyan": (0, 255, 255),
}
COLOURS = tuple(RGB)
BASE = {  # (row, col) cells of each tetromino in one orientation
    "I": ((0, 0), (0, 1), (0, 2), (0, 3)),
    "O": ((0, 0), (0, 1), (1, 0), (1, 1)),
    "T": ((0, 0), (0, 1), (0, 2), (1, 1)),
    "S": ((0, 1), (0, 2), (1, 0), (1, 1)),
    "Z": ((0, 0), (0, 1), (1, 1), (1, 2)),
    "J": ((0, 0), (1, 0), (1, 1), (1, 2)),
    "L": ((0, 2), (1, 0), (1, 1), (1, 2)),
}
STRICT = {"L": "LJ", "J": "J", "T": "T", "I": "I", "S": "S", "Z": "Z"}
"""The kinds "X-shaped" names: "L-shaped" is everyday speech for both mirror images (a J is "a backwards L")."""
LOOSE = {"L": "LJ", "J": "LJ", "T": "T", "I": "I", "S": "SZ", "Z": "SZ"}
"""The kinds a reader who takes mirror images together names: a question is asked only where both readings agree."""
LETTER_GOLD = {"I": "i|rectangle", "O": "o|square", "T": "t", "S": "s|z", "Z": "z|s", "J": "j|l", "L": "l|j"}
APART = 6.0  # px (scale 1) between centres for left / right / above / below and for which-is-higher
CLEAR = 3.0  # px the box centres (or the other piece in "the piece above X") must agree by
EXTREME = 5.0  # px the leftmost (...) piece's centre must lead the next by
EIGHT = np.ones((3, 3), bool)
FOUR = ndimage.generate_binary_structure(2, 1)


def _orientations() -> list[tuple[str, int, tuple[tuple[int, int], ...]]]:
    """The 19 fixed tetrominoes: (kind, orientation index, cells normalised to the top left)."""
    found = []
    for kind, cells in BASE.items():
        seen: list[tuple[tuple[int, int], ...]] = []
        current = list(cells)
        for _ in range(4):
            low_r, low_c = min(r for r, _ in current), min(c for _, c in current)
            shape = tuple(sorted((r - low_r, c - low_c) for r, c in current))
            if shape not in seen:
                seen.append(shape)
            current = [(c, -r) for r, c in current]  # a quarter turn
        found += [(kind, i, shape) for i, shape in enumerate(seen)]
    return found


ORIENTATIONS = _orientations()
assert len(ORIENTATIONS) == 19


@dataclass
class Piece:
    kind: str  # I O T S Z J L
    orientation: int
    colour: str
    cells: tuple[tuple[int, int], ...]  # (row, col) blocks
    x: int  # top left, px at scale 1
    y: int
    mask: np.ndarray = field(repr=False)  # SIDE x SIDE

    @property
    def box(self) -> tuple[int, int, int, int]:
        """x0, y0, x1, y1 (exclusive) at scale 1."""
        rows, cols = max(r for r, _ in self.cells) + 1, max(c for _, c in self.cells) + 1
        return self.x, self.y, self.x + cols * BLOCK, self.y + rows * BLOCK

    @property
    def centre(self) -> tuple[float, float]:
        ys, xs = np.nonzero(self.mask)
        return float(xs.mean()) + 0.5, float(ys.mean()) + 0.5

    @property
    def box_centre(self) -> tuple[float, float]:
        x0, y0, x1, y1 = self.box
        return (x0 + x1) / 2, (y0 + y1) / 2

    @property
    def area(self) -> int:
        return int(self.mask.sum())

    def describe(self, scale: int) -> str:
        x, y = self.centre
        x0, y0, x1, y1 = (v * scale for v in self.box)
        return (
            f"{self.colour} {self.kind}{self.orientation} (centre {x * scale:.0f},{y * scale:.0f},"
            f" box {x0},{y0}-{x1},{y1}, {self.area * scale * scale} px)"
        )


@dataclass
class Question(common.SceneQuestion):
    colours: tuple[str, ...] = ()  # named in the question or answered
    kinds: tuple[str, ...] = ()  # kinds of the pieces the question names or refers to
    key: str = ""  # asked once per image whatever its wording


@dataclass
class Scene:
    index: int
    pieces: list[Piece]
    touching: bool
    scale: int
    image: np.ndarray = field(repr=False)  # at scale
    questions: list = field(default_factory=list)

    @property
    def shapes(self) -> list[Piece]:  # what ask_all looks for
        return self.pieces


# ---------------------------------------------------------------------------------------------------- drawing


def _mask(cells: tuple[tuple[int, int], ...], x: int, y: int) -> np.ndarray | None:
    mask = np.zeros((SIDE, SIDE), bool)
    for r, c in cells:
        top, left = y + r * BLOCK, x + c * BLOCK
        if top < 0 or left < 0 or top + BLOCK > SIDE or left + BLOCK > SIDE:
            return None
        mask[top : top + BLOCK, left : left + BLOCK] = True
    return mask


def _new_piece(rng: np.random.Generator) -> Piece:
    while True:
        kind, orientation, cells = ORIENTATIONS[int(rng.integers(len(ORIENTATIONS)))]
        x, y = (int(v) for v in rng.integers(0, SIDE, size=2))
        mask = _mask(cells, x, y)
        if mask is not None:
            colour = COLOURS[int(rng.integers(len(COLOURS)))]
            return Piece(kind, orientation, colour, cells, x, y, mask)


def _fits(placed: list[Piece], new: Piece, touch_allowed: bool) -> bool:
    grown = ndimage.binary_dilation(new.mask, EIGHT)
    wide = ndimage.binary_dilation(grown, EIGHT)
    for old in placed:
        if (old.mask & new.mask).any():
            return False
        if old.colour == new.colour and (wide & old.mask).any():
            return False
        if (grown & old.mask).any():
            edge = (ndimage.binary_dilation(new.mask, FOUR) & old.mask).any()
            if not (touch_allowed and edge):
                return False  # touching only edge to edge, and only in a touching image
    return True


def _touches(a: Piece, b: Piece) -> bool:
    return bool((ndimage.binary_dilation(a.mask, FOUR) & b.mask).any())


def generate(rng: np.random.Generator, touching: bool) -> list[Piece]:
    while True:
        placed: list[Piece] = []
        for _ in range(PIECES_PER_IMAGE):
            for _ in range(400):
                new = _new_piece(rng)
                if touching and len(placed) == 1:  # the second piece is placed against the first
                    x0, y0, x1, y1 = placed[0].box
                    new.x = int(rng.integers(x0 - 4 * BLOCK, x1 + 1))
                    new.y = int(rng.integers(y0 - 4 * BLOCK, y1 + 1))
                    mask = _mask(new.cells, new.x, new.y)
                    if mask is None:
                        continue
                    new.mask = mask
                    if new.colour == placed[0].colour or not _touches(new, placed[0]):
                        continue
                if _fits(placed, new, touching):
                    break
            else:
                break
            placed.append(new)
        if len(placed) == PIECES_PER_IMAGE:
            return placed


def draw(pieces: list[Piece], scale: int) -> np.ndarray:
    pixels = np.zeros((SIDE, SIDE, 3), np.uint8)
    for piece in pieces:
        pixels[piece.mask] = RGB[piece.colour]
    return np.repeat(np.repeat(pixels, scale, axis=0), scale, axis=1)


# ---------------------------------------------------------------------------------------------------- questions

NOUNS = ("piece", "shape", "block", "tetromino", "object", "one")
COUNT_NOUNS = ("pieces", "shapes", "tetrominoes", "objects")  # never "blocks": four of them make a piece
SIDES = {  # side: (axis, sign): a piece on that side of another has sign * (its centre - the other's) > 0
    "left": (0, -1.0),
    "right": (0, 1.0),
    "above": (1, -1.0),
    "below": (1, 1.0),
}


def _confusable(a: str, b: str) -> bool:
    return a in common.CONFUSABLE.get(b, set()) or b in common.CONFUSABLE.get(a, set())


class Asker(common.ScenePicker):
    """Question makers for one scene; each returns None when it cannot make its question (with the wanted answer)."""

    tries = 60

    def __init__(self, pieces: list[Piece], rng: np.random.Generator):
        self.pieces = pieces
        self.rng = rng
        self.colours = [p.colour for p in pieces]

    def noun(self) -> str:
        return self.pick(NOUNS[:5])

    def cword(self, colour: str) -> str:
        """A colour as a user names a piece they see ("pink" now and then for magenta)."""
        return "pink" if colour == "magenta" and self.chance(0.2) else colour

    def unique_colour(self) -> list[Piece]:
        return [p for p in self.pieces if self.colours.count(p.colour) == 1]

    def of_kind(self, kinds: str) -> list[Piece]:
        return [p for p in self.pieces if p.kind in kinds]

    def absent_ok(self, colour: str) -> bool:
        """May ``colour``, drawn by no piece, be asked about with gold "no" / 0?"""
        return colour not in self.colours and not any(_confusable(colour, c) for c in self.colours)

    # count

    def count_all(self, want: str) -> Question:
        n = self.pick(COUNT_NOUNS)
        text = self.pick(
            [
                f"how many {n} are there",
                f"how many {n} are in the picture?",
                f"how many {n} do you see",
                f"count the {n} please",
                f"how many {n} can you see in this image?",
                f"number of {n}?",
            ]
        )
        return Question(text, "3", "count", "how many pieces", kinds=(), key="count")

    def count_colour(self, want: str) -> Question | None:
        for _ in range(20):
            colour = self.pick(COLOURS)
            n = self.colours.count(colour)
            if n == 0 and (not self.absent_ok(colour) or self.chance(0.6)):
                continue
            noun = self.pick(COUNT_NOUNS + ("ones",))
            text = self.pick(
                [
                    f"how many {colour} {noun} are there",
                    f"how many {colour} {noun}?",
                    f"how many {colour} {noun} are in the image",
                    f"count the {colour} {noun}",
                    f"number of {colour} {noun} please",
                ]
            )
            kinds = tuple(p.kind for p in self.pieces if p.colour == colour)
            return Question(text, str(n), "count", "how many C pieces", (colour,), kinds, f"count {colour}")
        return None

    # exist

    def exist_colour(self, want: str) -> Question | None:
        if want == "yes":
            colour = self.pick(self.colours)
        else:
            absent = [c for c in COLOURS if self.absent_ok(c)]
            if not absent:
                return None
            colour = self.pick(absent)
        word = self.cword(colour) if want == "yes" else colour
        noun = self.noun()
        text = self.pick(
            [
                f"is there a {word} {noun}",
                f"is there a {word} {noun}?",
                f"any {word} {noun}s?",
                f"do you see a {word} {noun}",
                f"is there a {word} {noun} in the picture",
                f"is there anything {word}",
            ]
        )
        kinds = tuple(p.kind for p in self.pieces if p.colour == colour)
        return Question(text, want, "exist", "is there a C piece", (colour,), kinds, f"exist {colour}")

    # colour

    def colour_extreme(self, want: str) -> Question | None:
        side = self.pick(["left", "right", "top", "bottom"])
        axis, sign, edge = common.toward(side)
        by_centre = sorted(self.pieces, key=lambda p: -sign * p.centre[axis])
        by_edge = sorted(self.pieces, key=lambda p: -edge(p.box))
        lead = abs(by_centre[0].centre[axis] - by_centre[1].centre[axis])
        if by_centre[0] is not by_edge[0] or lead < EXTREME or edge(by_edge[0].box) <= edge(by_edge[1].box):
            return None
        winner = by_centre[0]
        noun = self.noun()
        phrase = {
            "left": [f"the leftmost {noun}", f"the {noun} on the far left", f"the {noun} furthest to the left"],
            "right": [f"the rightmost {noun}", f"the {noun} on the far right", f"the {noun} furthest right"],
            "top": [f"the topmost {noun}", f"the highest {noun}", f"the {noun} at the top"],
            "bottom": [f"the lowest {noun}", f"the bottom {noun}", f"the {noun} at the very bottom"],
        }[side]
        what = self.pick(phrase)
        text = self.pick(
            [f"what colour is {what}", f"what color is {what}?", f"colour of {what}?", f"which colour is {what}"]
        )
        return Question(
            text,
            winner.colour,
            "colour",
            f"colour of the {side} piece",
            (winner.colour,),
            (winner.kind,),
            f"ext {side}",
        )

    def colour_geometry(self, want: str) -> Question | None:
        square = self.of_kind("O")
        long = self.of_kind("I")
        options = []
        if len(square) == 1:
            options.append(("O", square[0], ["the square piece", "the square block", "the square", "the square one"]))
        if len(long) == 1:
            options.append(("I", long[0], ["the long piece", "the straight piece", "the bar", "the long straight one"]))
        if not options:
            return None
        kind, piece, phrases = self.pick(options)
        what = self.pick(phrases)
        text = self.pick([f"what colour is {what}", f"what color is {what}?", f"{what}, what colour is it"])
        template = "colour of the square piece" if kind == "O" else "colour of the long piece"
        return Question(text, piece.colour, "colour", template, (piece.colour,), (kind,), f"colour {kind}")

    # kind (geometry)

    def kind_exist(self, want: str) -> Question | None:
        kind = self.pick(["O", "I"])
        if bool(self.of_kind(kind)) != (want == "yes"):
            return None
        if kind == "O":
            text = self.pick(
                ["is there a square piece", "is there a square?", "do you see a square shape", "any square pieces?"]
            )
        else:
            text = self.pick(
                [
                    "is there a long straight piece",
                    "is there a bar?",
                    "is there a long thin piece",
                    "any straight line pieces?",
                ]
            )
        kinds = tuple(p.kind for p in self.of_kind(kind))
        return Question(
            text, want, "kind", f"is there a {'square' if kind == 'O' else 'long'} piece", (), kinds, f"kx {kind}"
        )

    def by_colour(
        self,
        options: list[Piece],
        family: str,
        template: str,
        key: str,
        gold: Callable[[Piece], str],
        wordings: Callable[[str, str], list[str]],
    ) -> Question | None:
        """A question of the ``family`` and ``template`` about one of ``options`` (pieces of a colour no other piece
        has; None where there are none), named by its colour: one of the ``wordings(colour word, noun)``, with the
        gold ``gold(piece)`` and the key ``key`` and its colour."""
        if not options:
            return None
        piece = self.pick(options)
        word = self.cword(piece.colour)
        noun = self.noun()
        text = self.pick(wordings(word, noun))
        colours, kinds = (piece.colour,), (piece.kind,)
        return Question(text, gold(piece), family, template, colours, kinds, f"{key} {piece.colour}")

    def kind_what(self, want: str) -> Question | None:
        return self.by_colour(
            [p for p in self.unique_colour() if p.kind in "OI"],
            "kind",
            "what shape is the C piece",
            "kw",
            lambda piece: "square|o" if piece.kind == "O" else "rectangle|i",
            lambda word, noun: [
                f"what shape is the {word} {noun}",
                f"what shape is the {word} {noun}?",
                f"the {word} {noun}, what shape is it",
                f"which shape is the {word} {noun}",
            ],
        )

    # tetromino letter names

    def said(self) -> str:
        return self.pick(["L", "L", "L", "J", "T", "T", "S", "Z", "I"])

    def named(self, said: str) -> list[Piece] | None:
        """The pieces "``said``-shaped" names, or None where a reader who takes mirror images together would name
        others ("is there an S-shaped piece" of a Z alone)."""
        strict = [p for p in self.pieces if p.kind in STRICT[said]]
        loose = [p for p in self.pieces if p.kind in LOOSE[said]]
        return strict if strict == loose else None

    def letter_exist(self, want: str) -> Question | None:
        said = self.said()
        named = self.named(said)
        if named is None or bool(named) != (want == "yes"):
            return None
        noun = self.noun()
        an = "an" if said in "LSI" else "a"
        text = self.pick(
            [
                f"is there {an} {said}-shaped {noun}",
                f"is there {an} {said} {noun}?",
                f"any {said} shaped {noun}s",
                f"do you see a tetromino shaped like {an} {said}",
            ]
        )
        kinds = tuple(p.kind for p in named)
        return Question(text, want, "tetromino", "is there an X-shaped piece", (), kinds, f"lx {said}")

    def letter_colour(self, want: str) -> Question | None:
        for _ in range(10):
            said = self.said()
            named = self.named(said)
            if named is None or len(named) != 1:
                continue
            piece = named[0]
            what = self.pick(
                [
                    f"the {said}-shaped one",
                    f"the {said} piece",
                    f"the {said}-shaped {self.noun()}",
                    f"the {said} tetromino",
                ]
            )
            text = self.pick(
                [
                    f"which colour is {what}",
                    f"what colour is {what}?",
                    f"what color is {what}",
                    f"{what} is what colour",
                ]
            )
            template = "colour of the X-shaped piece"
            return Question(
                text, piece.colour, "tetromino", template, (piece.colour,), (piece.kind,), f"lc {piece.kind}"
            )
        return None

    def letter_what(self, want: str) -> Question | None:
        return self.by_colour(
            self.unique_colour(),
            "tetromino",
            "which letter is the C piece",
            "lw",
            lambda piece: LETTER_GOLD[piece.kind],
            lambda word, noun: [
                f"what letter does the {word} {noun} look like",
                f"which tetromino is the {word} one",
                f"what letter is the {word} {noun} shaped like?",
                f"the {word} {noun} looks like which letter",
            ],
        )

    def letter_is(self, want: str) -> Question | None:
        def make() -> Question | None:
            options = self.unique_colour()
            if not options:
                return None
            piece = self.pick(options)
            said = self.pick(["L", "L", "J", "T", "T", "S", "Z"])
            if (piece.kind in STRICT[said]) != (piece.kind in LOOSE[said]):
                return None
            word = self.cword(piece.colour)
            an = "an" if said in "LS" else "a"
            text = self.pick(
                [
                    f"is the {word} {self.noun()} {said}-shaped",
                    f"is the {word} one {an} {said}?",
                    f"is the {word} {self.noun()} shaped like {an} {said}",
                ]
            )
            gold = "yes" if piece.kind in STRICT[said] else "no"
            key = f"li {piece.colour} {said}"
            return Question(text, gold, "tetromino", "is the C piece X-shaped", (piece.colour,), (piece.kind,), key)

        return self.until(want, make)

    def letter_count(self, want: str) -> Question | None:
        said = self.pick(["L", "L", "T", "T", "S", "Z"])
        named = self.named(said)
        if named is None:
            return None
        text = self.pick(
            [
                f"how many {said}-shaped pieces are there",
                f"how many {said} pieces?",
                f"how many {said} shaped tetrominoes are there",
            ]
        )
        kinds = tuple(p.kind for p in named)
        return Question(text, str(len(named)), "tetromino", "how many X-shaped pieces", (), kinds, f"ln {said}")

    # relations

    def _side(self, a: Piece, b: Piece, side: str, apart: float = APART) -> bool | None:
        """Is a clearly on ``side`` of b (True), clearly not (False), or too close to tell (None)?"""
        axis, sign = SIDES[side]
        d = sign * (a.centre[axis] - b.centre[axis])
        box = sign * (a.box_centre[axis] - b.box_centre[axis])
        if d >= apart and box >= CLEAR:
            return True
        if d <= -apart and box <= -CLEAR:
            return False
        return None

    def two_pieces(self) -> tuple[Piece, Piece] | None:
        """Two pieces of colours no other piece has, in a random order; None where there are not two."""
        options = self.unique_colour()
        if len(options) < 2:
            return None
        a, b = (options[i] for i in self.rng.permutation(len(options))[:2])
        return a, b

    def side_words(self, side: str) -> str:
        """How a user says ``side`` of a thing: "left of" (now and then "to the left of"), "above" ..."""
        words = {"left": "left of", "right": "right of", "above": "above", "below": "below"}[side]
        if side in ("left", "right") and self.chance(0.5):
            words = f"to the {words}"
        return words

    def relation(self, text: str, gold: str, template: str, a: Piece, b: Piece, key: str) -> Question:
        """A question of the relation family about the pieces ``a`` and ``b`` (its colours and kinds theirs)."""
        return Question(text, gold, "relation", template, (a.colour, b.colour), (a.kind, b.kind), key)

    def rel_yesno(self, want: str) -> Question | None:
        def ask(a: Piece, b: Piece) -> Question | None:
            side = self.pick(["left", "left", "right", "right", "above", "below"])
            truth = self._side(a, b, side)
            if truth is None:
                return None
            words = self.side_words(side)
            wa, wb = self.cword(a.colour), self.cword(b.colour)
            text = self.pick(
                [
                    f"is the {wa} {self.noun()} {words} the {wb} one",
                    f"is the {wa} {self.noun()} {words} the {wb} {self.noun()}?",
                    f"{wa} {self.noun()} {words} {wb} {self.noun()}?",
                ]
            )
            gold = "yes" if truth else "no"
            key = f"rel {sorted([a.colour, b.colour])} {SIDES[side][0]}"
            return self.relation(text, gold, "is the C piece left of / above the C one", a, b, key)

        return self.until(want, self.of_pair(self.two_pieces, ask))

    def rel_what(self, want: str) -> Question | None:
        for _ in range(12):
            options = self.unique_colour()
            if not options:
                return None
            ref = self.pick(options)
            side = self.pick(list(SIDES))
            others = [p for p in self.pieces if p is not ref]
            on = [p for p in others if self._side(p, ref, side) is True]
            off = [p for p in others if self._side(p, ref, side, apart=CLEAR) is False]
            if len(on) != 1 or len(off) != len(others) - 1:
                continue
            answer = on[0]
            words = self.side_words(side)
            word = self.cword(ref.colour)
            what = f"the {self.noun()} {words} the {word} one"
            text = self.pick(
                [
                    f"what colour is {what}",
                    f"what color is {what}?",
                    f"{what}, what colour is it",
                    f"which colour is {what}",
                ]
            )
            template = "what colour is the piece above the C one"
            return self.relation(text, answer.colour, template, ref, answer, f"relw {ref.colour} {side}")
        return None

    def rel_which(self, want: str) -> Question | None:
        def ask(a: Piece, b: Piece) -> Question | None:
            side = self.pick(list(SIDES))
            truth = self._side(a, b, side)
            if truth is None:
                return None
            winner = a if truth else b
            how = {"left": "further left", "right": "more to the right", "above": "higher", "below": "lower"}[side]
            wa, wb = self.cword(a.colour), self.cword(b.colour)
            text = self.pick(
                [
                    f"which is {how}, the {wa} {self.noun()} or the {wb} {self.noun()}",
                    f"which one is {how}, the {wa} or the {wb} piece?",
                    f"which {self.noun()} is {how}: {wa} or {wb}",
                ]
            )
            key = f"relc {sorted([a.colour, b.colour])} {SIDES[side][0]}"
            return self.relation(text, winner.colour, "which is higher, the C or the C piece", a, b, key)

        return self.first(self.of_pair(self.two_pieces, ask), 12)

    # compare / aggregate

    def compare(self, want: str) -> Question | None:
        distinct = len(set(self.colours))
        n = self.pick(COUNT_NOUNS)
        which = self.pick(["different", "same pair", "all same", "how many"])
        if which == "different":
            gold = "yes" if distinct == len(self.colours) else "no"
            text = self.pick(
                [
                    f"are all {n} different colours",
                    f"are all the {n} different colors?",
                    f"do all the {n} have different colours",
                ]
            )
        elif which == "same pair":
            gold = "yes" if distinct < len(self.colours) else "no"
            text = self.pick(
                [
                    f"are there two {n} of the same colour",
                    f"do any two {n} share a colour?",
                    f"are any of the {n} the same color",
                ]
            )
        elif which == "all same":
            gold = "yes" if distinct == 1 else "no"
            text = self.pick([f"are all the {n} the same colour", f"are all {n} the same color?"])
        else:
            return Question(
                self.pick(
                    ["how many colours are there", "how many different colors do you see?", "how many colours are used"]
                ),
                str(distinct),
                "compare",
                "how many colours",
                (),
                (),
                "ncolours",
            )
        if gold != want:
            return None
        return Question(text, gold, "compare", f"same colours: {which}", (), (), f"cmp {which}")

    # kind and colour together

    def kind_colour(self, want: str) -> Question | None:
        def make() -> Question | None:
            options = []
            for kind, phrases in (
                ("O", ["the square piece", "the square", "the square block"]),
                ("I", ["the long piece", "the bar", "the straight piece"]),
            ):
                found = self.of_kind(kind)
                if len(found) == 1:
                    options.append(("by kind", found[0], self.pick(phrases)))
            for piece in self.unique_colour():
                options.append(("by colour", piece, None))
            if not options:
                return None
            how, piece, phrase = self.pick(options)
            if how == "by kind":
                if self.chance(0.5):
                    colour = piece.colour
                else:
                    wrong = [c for c in COLOURS if c != piece.colour and not _confusable(c, piece.colour)]
                    colour = self.pick(wrong)
                text = self.pick([f"is {phrase} {colour}", f"is {phrase} {colour}?", f"{phrase} is {colour} right?"])
                gold = "yes" if colour == piece.colour else "no"
                key = f"kc {piece.kind} {colour}"
                return Question(
                    text, gold, "kind+colour", "is the square piece C", (colour, piece.colour), (piece.kind,), key
                )
            kind = self.pick(["O", "I"])
            word = self.cword(piece.colour)
            if kind == "O":
                text = self.pick(
                    [
                        f"is the {word} {self.noun()} a square",
                        f"is the {word} one square?",
                        f"is the {word} {self.noun()} square shaped",
                    ]
                )
            else:
                text = self.pick(
                    [
                        f"is the {word} {self.noun()} a long bar",
                        f"is the {word} one a straight line?",
                        f"is the {word} {self.noun()} a long straight piece",
                    ]
                )
            gold = "yes" if piece.kind == kind else "no"
            return Question(
                text,
                gold,
                "kind+colour",
                "is the C piece a square",
                (piece.colour,),
                (piece.kind,),
                f"ck {piece.colour} {kind}",
            )

        return self.until(want, make)


def make_questions(
    pieces: list[Piece], rng: np.random.Generator, per_image: int, balance: dict[str, Counter]
) -> list[Question]:
    """Up to ``per_image`` questions of one image; the wanted yes or no is whichever is behind so far in the
    family's ``balance`` (over all the images)."""
    asker = Asker(pieces, rng)
    makers: list[tuple[float, str, Callable[[str], Question | None]]] = [
        (0.5, "count", asker.count_all),
        (0.8, "count", asker.count_colour),
        (1.0, "exist", asker.exist_colour),
        (0.8, "colour", asker.colour_extreme),
        (0.8, "colour", asker.colour_geometry),
        (0.6, "kind", asker.kind_exist),
        (0.6, "kind", asker.kind_what),
        (0.5, "tetromino", asker.letter_exist),
        (0.4, "tetromino", asker.letter_colour),
        (0.3, "tetromino", asker.letter_what),
        (0.3, "tetromino", asker.letter_is),
        (0.2, "tetromino", asker.letter_count),
        (0.7, "relation", asker.rel_yesno),
        (0.6, "relation", asker.rel_what),
        (0.6, "relation", asker.rel_which),
        (0.7, "compare", asker.compare),
        (0.7, "kind+colour", asker.kind_colour),
    ]
    weights = np.array([w for w, _, _ in makers])
    made: list[Question] = []
    keys: set[str] = set()
    for _ in range(per_image * 12):
        if len(made) >= per_image:
            break
        _, family, maker = makers[int(rng.choice(len(makers), p=weights / weights.sum()))]
        common.add_balanced(maker, balance[family], keys, made, rng)
    return made


def scenes(images: int, seed: int, scale: int, per_image: int, touching: float) -> Iterator[Scene]:
    """The same pieces and questions at every scale for one seed."""
    rng = np.random.default_rng(seed)
    balance: dict[str, Counter] = defaultdict(Counter)
    for index in range(images):
        touch = bool(rng.random() < touching)
        pieces = generate(rng, touch)
        scene = Scene(index, pieces, touch, scale, draw(pieces, scale))
        scene.questions = make_questions(pieces, rng, per_image, balance)
        yield scene


# ---------------------------------------------------------------------------------------------------- scoring

BARS = ("bar", "line", "stick", "strip", "oblong", "rectangular")  # words an answer may use for the I's rectangle
SYNONYMS = common.PURE_HUE_SYNONYMS | {word: "rectangle" for word in BARS}
FILLER = {"the", "a", "an", "it", "its", "it's", "is", "one", "thing", "looks", "like", "letter", "shaped", "shape"}
FILLER |= {"object", "piece", "block", "tetromino", "tetris"}
TONES = {"light", "dark", "bright", "pale", "deep", "pure", "hot", "vivid"}
KIND_WORDS = {"square", "rectangle", "long", "straight", "thin", "horizontal", "vertical", "flat"}
LETTERS = {"i", "o", "t", "s", "z", "l", "j"}


def in_tetromino_terms(said: str, gold: str) -> str:
    """``said`` as ``gold`` where it says the same in other words (``shape_bench_common.in_gold_terms``'s way, with
    this benchmark's filler, synonyms and kind words)."""
    words = [SYNONYMS.get(w, w) for w in re.findall(r"[a-z0-9']+", said.lower())]
    words = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]  # "lime green" -> green green -> green
    if words == [gold]:
        return gold
    if gold in COLOURS:
        rest = [w for w in words if w not in FILLER | TONES | KIND_WORDS]
    elif gold in ("square", "rectangle"):
        rest = [w for w in words if w not in FILLER | TONES | set(COLOURS) | (KIND_WORDS - {"square", "rectangle"})]
    elif gold in LETTERS:
        rest = [w for w in words if w not in FILLER | set(COLOURS)]
    else:
        rest = [w for w in words if w not in {"the", "a", "an"}]
    return gold if rest == [gold] else said


score = common.lenient_or_unknown(in_tetromino_terms)


def _gold_type(gold: str) -> str:
    first = gold.split("|")[0]
    return common.answer_group(first, COLOURS, "a kind" if first in ("square", "rectangle") else "a letter")


def keys(scene: Scene, item: Question) -> list[str]:
    found = ["all", f"family: {item.family}", f"scale: {scene.scale}", f"template: {item.template}"]
    found += [f"colour: {c}" for c in sorted(set(item.colours))] or ["colour: (none named or answered)"]
    found += [f"piece kind: {k}" for k in sorted(set(item.kinds))] or ["piece kind: (none referred to)"]
    found.append(f"layout: {'touching' if scene.touching else 'apart'}")
    found.append(f"gold: {_gold_type(item.answer)}")
    return found


def describe(scene: Scene) -> dict:
    return {"image": scene.index, "pieces": [p.describe(scene.scale) for p in scene.pieces]}


def save(args: argparse.Namespace) -> None:
    def name(scene: Scene) -> str:
        return f"tetro_s{args.seed}_x{args.scale}_{scene.index:04d}.png"

    def lines(scene: Scene) -> list[str]:
        head = f"{name(scene)}  ({'touching' if scene.touching else 'apart'})"
        return [head] + [f"  piece {p.describe(scene.scale)} cells {p.cells}" for p in scene.pieces]

    common.save_scenes(
        args.save, scenes(args.images, args.seed, args.scale, args.per_image, args.touching), name, lines
    )


def run(args: argparse.Namespace) -> None:
    side = SIDE * args.scale

    def headline(done: int, seconds: float) -> str:
        return (
            f"{done} questions on {args.images} Tetrominoes-style images ({side}x{side} px, scale {args.scale},"
            f" touching share {args.touching}), seed {args.seed}, perception={args.perception}, {seconds:.0f} s"
        )

    common.ask_scenes(
        scenes(args.images, args.seed, args.scale, args.per_image, args.touching),
        args,
        keys,
        describe,
        score,
        headline,
        ["all", "family", "scale", "colour", "piece kind", "layout", "gold", "template"],
        60,
        lambda s: f"image {s['image']}: {'; '.join(s['pieces'])}",
    )


def main() -> None:
    parser = common.standard_arguments(__doc__, perception=False, show_failures=False)
    parser.add_argument("--scale", type=int, default=1, help="nearest-neighbour enlargement of the 35 px images")
    parser.add_argument("--touching", type=float, default=0.1, help="share of images where two pieces touch")
    common.scene_arguments(parser)
    common.ask_or_save(parser, run, save)


if __name__ == "__main__":
    main()
