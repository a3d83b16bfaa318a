"""How nsvr copes with questions about flat shape drawings asked in a rich spatial vocabulary, as people directing a
robot arm or describing a layout ask them.

Written blind: the question templates, their golds, the spatial rules and the scoring were written without reading
nsvr's parser, perception, scene graph, executor, tests or any benchmark other than ``shape_bench_common.py``
(shared machinery), ``shape_scenes_askers.py`` (whose pictures, ground truth, rules of unambiguity and scoring are
reused by import), ``shape_scenes_rephrased.py`` (the most recent sibling, whose layout, command line, output, yes /
no balancing and scoring this copies) and the files it imports, ``shape_scenes_spoken.py`` (question picker, run and
``which_one``), ``shape_scenes_personas.py`` (its ``normalise``; of its templates only a glance at its head) and, of
``shape_scenes_typos.py``, only its import lines and its helpers ``pick`` and ``largest``. No wording was copied from
them. The templates and golds were fixed
before the first run (saved beside this script as ``shape_scenes_spatial_first_run.txt``, against a frozen snapshot
of nsvr) and checked beforehand only for crashes and against the ground truth of a few pictures, never against
nsvr's answers; nothing was tuned to nsvr's answers afterwards.

Images: the askers' generator (``askers.place`` and ``askers.paint``, as ``askers.make_scene`` draws), with 2-5
shapes instead of 1-4 (a lone shape has no neighbours, and "between" needs three): 128x128 (or 64x64, ``--size``), a
light tinted background with mild noise, flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon,
hexagon, star) in eight saturated fills, never overlapping (a gap of at least 4 px between their boxes), never cut by
the border; the truth of every shape (kind, colour, box, centre, area) is exact.

Style: the spatial talk of someone telling a robot arm what to pick or describing where things lie: nearest /
closest / next to / beside, farthest / furthest / most distant, between / in between / sandwiched / in the way,
corners ("top-left", "upper right", "lower-left"), the centre / middle of the picture, the far left / the very
bottom / the top edge, directly above / right underneath / level with / side by side / in the same column,
diagonally up and to the right / to the lower left / north-east of. Questions: 90 templates in 8 families (10-12
each), each labelled with one family and one sub-style tag (plain 25, layout 19, operator 16, terse 15, nested 15):
  plain     an ordinary spatial question: "Which shape is nearest to the circle?", "What is between the square and
            the triangle?", "Is the circle directly above the square?", "Which corner is the red one in?";
  layout    describing a layout, the verbs and nouns of an arrangement: "What sits right next to the triangle?",
            "Is anything right in the middle of the image?", "Which shape sits to the lower right of the square?",
            "Are the circle and the square in the same row?";
  operator  directing a robot arm: a command, then the question: "Pick up the piece closest to the circle: which
            one is it?", "Go to the top-right corner. What object is there?", "Is something blocking the path from
            the square to the circle?", "Is the triangle north-east of the square?";
  terse     clipped, typed at a console: "closest to circle?", "shape in bottom left corner?", "triangle directly
            above square?", "what's down-left of red one?";
  nested    the spatial phrase inside a description or a comparison: "What colour is the shape next to the red
            one?", "Is the square closer to the circle than to the triangle?", "How many shapes are to the upper
            right of the circle?", "Is the shape at the very bottom blue?".
Families (what is asked): nearest (nearest / closest / next to / beside of a shape; which of two is nearer),
farthest (farthest / furthest / most distant from a shape; which of two is further), between (what lies between two
shapes; is one between two; is anything in the way), corner (what is in a corner; is a shape in a corner; which
corner), centre (closest to / in the centre or middle of the picture; furthest from it), extreme (far left, lowest,
topmost, rightmost; at an edge; which of two is higher), direct (directly above / below / left / right; level with;
side by side; same row / column), diagonal (up-left / up-right / down-left / down-right of a shape; north-east;
how many lie that way). Every family has at least 10 wordings.

Rules (w the picture's side, M = 0.15 w the askers' margin; "centre" a shape's exact centre of mass; a shape's
"box" its exact pixel box). A question is only generated when its rule gives one clear answer; otherwise it is
not asked. References as the askers': "the triangle" only when exactly one triangle (never "the rectangle" beside a
square), "the red one" (shape, thing, object, piece, item) only when exactly one shape is red; an absent colour
offered is never one a viewer might give a present colour's shade (``CONFUSABLE``).
  nearest to B    the other shape whose centre distance to B is at most 1/1.5 of every other shape's, and whose
                  box gap to B is the smallest too; asked only with at least two shapes besides B. "Next to B"
                  and "B's nearest neighbour" read the same.
  A beside B      (also "next to", yes / no; at least three shapes) yes when each is the other's nearest (the rule
                  above, both ways), their centres at most 0.45 w apart and every other shape clearly not between
                  them; no when their distance is at least 1.5 times each one's nearest other shape's and at least
                  0.5 w, or when another shape is between them.
  A nearer to B than to C    the two centre distances differ by a factor of 1.5, the box gaps in the same order.
  farthest from B the other shape whose centre distance is at least 1.5 times every other shape's, and whose box
                  gap is the largest too; at least two shapes besides B. "Further from C, A or B": the distances
                  of A and B to C differ by 1.5, gaps in the same order.
  C between A, B  on each axis, where the boxes of A and B are apart on it, C's centre lies in the gap between
                  their facing edges, 0.03 w inside it; where they overlap on it, within their joint extent, 0.03 w
                  inside; A and B apart on at least one axis. Clearly not between: C's centre at least M/2 outside
                  the joint box of A and B on some axis. "What is between A and B" only when exactly one shape is
                  between and every other clearly is not; "anything between" yes when one is, no when all others
                  clearly are not.
  in the way      (blocking the path from A to B) yes when the straight line between the centres of A and B
                  crosses another shape's box shrunk by 0.03 w; no when that line passes at least M/2 from every
                  other shape's box.
  in a corner     the top-left (top-right ...) corner holds a shape whose centre is within 0.35 w of both its
                  edges; clearly not in it: the centre in the other half on at least one axis. "What is in the X
                  corner" only when one shape is in it and every other clearly is not; "which corner is A in" only
                  when A is in one.
  centre          closest to the centre of the picture: its centre's distance to the picture's middle at most 1/1.5
                  of every other shape's and at least M/2 less; furthest from it the same the other way. "In the
                  centre / middle": within 0.1 w of the picture's middle; clearly not: at least 0.3 w from it. "What
                  is in the middle" only when one shape is and every other clearly is not; the bare "which one is in
                  the middle" also only when no shape could be the middle one of three in a row (every shape
                  clearly not between every other two).
  far left ...    the leftmost (lowest ...) shape leads the next by M (centres, the askers' ``extreme``), its box's
                  edge the furthest that way too. "At the top edge": its box within 0.08 w of that border; clearly
                  not: at least 0.3 w from it. "Which is higher, A or B": centres M apart.
  directly above  A's centre at least M above B's, and at most 0.06 w off B's vertical line (left / right and below
                  alike); clearly not: A at least M below B, or at least M and at least half its height difference
                  off the line, the boxes not overlapping across. "Level with / in the same row": centres at most
                  0.06 w apart vertically and at least M horizontally; clearly not: at least M apart vertically,
                  the boxes not overlapping vertically ("same column" alike). "Side by side": level (as above), at
                  most 0.5 w apart, each the other's nearest shape and no other shape maybe between them; clearly
                  not: one at least M and at least twice as far above the other as beside it, or a shape between
                  them.
  diagonal        A to the upper left (up and to the right, north-east ...) of B: at least M that way on both axes,
                  the smaller offset at least 0.4 of the larger (between about 22 and 68 degrees off the axis);
                  clearly not: at least M the other way on either axis. "What is up-right of B" only when one shape
                  is and every other clearly is not; "how many" only when every other shape clearly is or is not.
Within a template, the gold is drawn first among the golds the picture offers, and where it offers both yes and no,
the one its family has had fewer times so far is taken (the siblings' balance); since spatial rules say "no" far more
often than "yes", once one of them leads the other by 2 in a family, questions with that gold are not offered in that
family at all until the other catches up. So yes and no are balanced by construction (their counts per family are
printed).

Scoring: the personas benchmark's ``normalise`` with the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical; case, punctuation and articles dropped, "grey" -> "gray", number words -> digits; shape and tone words
dropped from a colour answer, colour words from a shape answer; a gold "A|B" takes either; an answer "unknown" is
unknown; the function words of a place or a group read past; "true" / "false" read as yes / no). Golds: "which /
what is <there>" -> the shape's kind, or its colour where no other shape has that colour ("circle|red"); "what
shape" -> the kind; "what colour" -> the colour; "which is nearer (further, higher), A or B" -> the word that named
it (or its kind, the askers' ``either_name``); "which corner" -> "top left" / "top right" / "bottom left" / "bottom
right", an answer read as the words top / bottom / left / right in it ("upper" as top, "lower" as bottom, any order,
"corner", "hand", "side" and the like dropped, "top-left" two words); counts as digits.

    python examples/benchmarks/shape_scenes_spatial.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_spatial.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by tag and by template, the 15 worst
templates with one failure each, then every wrong answer and planning error (with ``--show-failures``, every unknown
answer too) grouped by outcome and family.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import shape_scenes_askers as askers  # the askers' pictures
import shape_scenes_personas as personas  # the personas benchmark's reading of answers
import shape_scenes_spoken as spoken  # the spoken benchmark's question picker and run
from shape_bench_common import CONFUSABLE, new_templates, pick_items, yn
from shape_scenes_askers import COLOURS, Scene, Shape, View, either_name, extreme
from shape_scenes_spoken import which_one
from shape_scenes_typos import pick


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    tag: str


TEMPLATES, template = new_templates()  # template(family, name, tag)
TAGS = ["plain", "layout", "operator", "terse", "nested"]

MOST = 5  # shapes in a picture, at most: relations between several need several
LEAD = 2  # how far yes may lead no (or no yes) in a family before the leading gold is no longer offered
NEAR_RATIO = 1.5  # the least distance factor that makes "nearest" / "farthest" clear
ALIGN = 0.06  # of the side: the most a centre may be off the line for "directly" / "level with"
INSET = 0.03  # of the side: how far inside the between region a centre must lie
CORNER = 0.35  # of the side: a corner's region, from both its edges
EDGE_NEAR, EDGE_FAR = 0.08, 0.3  # of the side: at an edge / clearly not
MIDDLE_IN, MIDDLE_OUT = 0.1, 0.3  # of the side: in the middle / clearly not
BESIDE_MOST, APART_LEAST = 0.45, 0.5  # of the side: "beside" at most this far apart; clearly not, at least
DIAGONAL = 0.4  # the least ratio of the smaller offset to the larger for "diagonally"
THINGS = ["one", "shape", "thing"]
OBJECTS = ["object", "piece", "item", "one"]
CORNERS = {
    ("top", "left"): ["top left", "top-left", "upper left", "upper-left"],
    ("top", "right"): ["top right", "top-right", "upper right", "upper-right"],
    ("bottom", "left"): ["bottom left", "bottom-left", "lower left", "lower-left"],
    ("bottom", "right"): ["bottom right", "bottom-right", "lower right", "lower-right"],
}
DIAGONALS = {  # (up, right): a sign for each axis, +1 up / right, -1 down / left
    "upper left": (1, -1),
    "upper right": (1, 1),
    "lower left": (-1, -1),
    "lower right": (-1, 1),
}


# ----------------------------------------------------------------------------------------------------- geometry


def dist(a: Shape, b: Shape) -> float:
    return math.hypot(a.cx - b.cx, a.cy - b.cy)


def gap(a: Shape, b: Shape) -> float:
    """The distance between the boxes of ``a`` and ``b`` (0 where they touch)."""
    dx = max(0, a.box[0] - b.box[2], b.box[0] - a.box[2])
    dy = max(0, a.box[1] - b.box[3], b.box[1] - a.box[3])
    return math.hypot(dx, dy)


def others(v: View, *shapes: Shape) -> list[Shape]:
    return [s for s in v.shapes if all(s is not t for t in shapes)]


def nearest(v: View, b: Shape, far: bool = False) -> Shape | None:
    """The shape clearly nearest to ``b`` (farthest, with ``far``): by a factor of 1.5 in centre distance, and
    the nearest (farthest) by box gap too; None with fewer than two other shapes or no clear one."""
    rest = others(v, b)
    if len(rest) < 2:
        return None
    ranked = sorted(rest, key=lambda s: -dist(s, b) if far else dist(s, b))
    first, second = dist(ranked[0], b), dist(ranked[1], b)
    gaps = [gap(s, b) for s in ranked[1:]]
    if far:
        clear = first >= NEAR_RATIO * second and gap(ranked[0], b) > max(gaps)
    else:
        clear = second >= NEAR_RATIO * first and gap(ranked[0], b) < min(gaps)
    return ranked[0] if clear else None


def plain_nearest(v: View, b: Shape) -> Shape | None:
    rest = others(v, b)
    return min(rest, key=lambda s: dist(s, b)) if rest else None


def nearer(a: Shape, b: Shape, c: Shape) -> bool | None:
    """Whether ``c`` is clearly nearer to ``a`` than to ``b`` (True), clearly nearer to ``b`` (False), or None."""
    da, db, ga, gb = dist(c, a), dist(c, b), gap(c, a), gap(c, b)
    if db >= NEAR_RATIO * da and ga < gb:
        return True
    if da >= NEAR_RATIO * db and gb < ga:
        return False
    return None


def between(v: View, c: Shape, a: Shape, b: Shape) -> str | None:
    """yes when ``c`` lies between ``a`` and ``b``, no when it clearly does not, None otherwise (see the rules)."""
    inset, out = INSET * v.w, v.margin / 2
    inside, outside, apart = True, False, False
    for axis in (0, 1):
        lo_a, hi_a, lo_b, hi_b = a.box[axis], a.box[axis + 2], b.box[axis], b.box[axis + 2]
        p = (c.cx, c.cy)[axis]
        if hi_a < lo_b:
            region, apart = (hi_a, lo_b), True
        elif hi_b < lo_a:
            region, apart = (hi_b, lo_a), True
        else:
            region = (min(lo_a, lo_b), max(hi_a, hi_b))
        if not region[0] + inset <= p <= region[1] - inset:
            inside = False
        if p <= min(lo_a, lo_b) - out or p >= max(hi_a, hi_b) + out:
            outside = True
    if inside and apart:
        return "yes"
    return "no" if outside else None


def only_between(v: View, a: Shape, b: Shape) -> Shape | None:
    """The one shape between ``a`` and ``b`` when every other is clearly not."""
    verdicts = [(s, between(v, s, a, b)) for s in others(v, a, b)]
    inside = [s for s, verdict in verdicts if verdict == "yes"]
    return inside[0] if len(inside) == 1 and all(verdict for _, verdict in verdicts) else None


def anything_between(v: View, a: Shape, b: Shape) -> str | None:
    verdicts = [between(v, s, a, b) for s in others(v, a, b)]
    return "yes" if "yes" in verdicts else "no" if all(x == "no" for x in verdicts) else None


def box_distance(x: float, y: float, box: tuple[float, float, float, float]) -> float:
    """How far the point lies outside the box (negative: how deep inside it)."""
    dx = max(box[0] - x, x - box[2])
    dy = max(box[1] - y, y - box[3])
    return math.hypot(max(dx, 0), max(dy, 0)) if dx > 0 or dy > 0 else max(dx, dy)


def in_the_way(v: View, a: Shape, b: Shape) -> str | None:
    """yes when the line between the centres of ``a`` and ``b`` crosses another shape's box (shrunk by INSET), no
    when it passes at least M/2 from every other box, None otherwise."""
    points = [(a.cx + (b.cx - a.cx) * t, a.cy + (b.cy - a.cy) * t) for t in np.linspace(0, 1, 200)]
    closest = [min(box_distance(x, y, s.box) for x, y in points) for s in others(v, a, b)]
    if any(d <= -INSET * v.w for d in closest):
        return "yes"
    return "no" if all(d >= v.margin / 2 for d in closest) else None


def corner_of(v: View, s: Shape) -> tuple[str, str] | None:
    """The corner ``s`` is in (its centre within CORNER of both its edges), or None."""
    reach = CORNER * v.w
    up = "top" if s.cy <= reach else "bottom" if s.cy >= v.w - reach else None
    side = "left" if s.cx <= reach else "right" if s.cx >= v.w - reach else None
    return (up, side) if up and side else None


def in_corner(v: View, s: Shape, corner: tuple[str, str]) -> str | None:
    """yes when ``s`` is in ``corner``, no when its centre is in the other half on some axis."""
    if corner_of(v, s) == corner:
        return "yes"
    up, side = corner
    wrong_y = s.cy >= v.w / 2 if up == "top" else s.cy <= v.w / 2
    wrong_x = s.cx >= v.w / 2 if side == "left" else s.cx <= v.w / 2
    return "no" if wrong_x or wrong_y else None


def only_in_corner(v: View, corner: tuple[str, str]) -> Shape | None:
    verdicts = [(s, in_corner(v, s, corner)) for s in v.shapes]
    inside = [s for s, verdict in verdicts if verdict == "yes"]
    return inside[0] if len(inside) == 1 and all(verdict for _, verdict in verdicts) else None


def centre_distance(v: View, s: Shape) -> float:
    return math.hypot(s.cx - v.w / 2, s.cy - v.w / 2)


def nearest_centre(v: View, far: bool = False) -> Shape | None:
    if v.n < 2:
        return None
    ranked = sorted(v.shapes, key=lambda s: -centre_distance(v, s) if far else centre_distance(v, s))
    first, second = centre_distance(v, ranked[0]), centre_distance(v, ranked[1])
    low, high = (second, first) if far else (first, second)
    return ranked[0] if high >= NEAR_RATIO * low and high - low >= v.margin / 2 else None


def in_middle(v: View, s: Shape) -> str | None:
    d = centre_distance(v, s)
    return "yes" if d <= MIDDLE_IN * v.w else "no" if d >= MIDDLE_OUT * v.w else None


def middle_one(v: View, row_free: bool = False) -> Shape | None:
    """The one shape in the middle of the picture, every other clearly not; with ``row_free``, also no shape
    that could be the middle one of three in a row."""
    verdicts = [(s, in_middle(v, s)) for s in v.shapes]
    inside = [s for s, verdict in verdicts if verdict == "yes"]
    if len(inside) != 1 or not all(verdict for _, verdict in verdicts):
        return None
    if row_free:
        for c in v.shapes:
            for a in others(v, c):
                for b in others(v, c, a):
                    if between(v, c, a, b) != "no":
                        return None
    return inside[0]


def anything_in_middle(v: View) -> str | None:
    verdicts = [in_middle(v, s) for s in v.shapes]
    return "yes" if "yes" in verdicts else "no" if all(x == "no" for x in verdicts) else None


SIDE_KEYS: dict[str, tuple[Callable[[Shape], float], Callable[[Shape], float]]] = {
    # the key of the centre and of the box edge: least furthest that way
    "left": (lambda s: s.cx, lambda s: s.box[0]),
    "right": (lambda s: -s.cx, lambda s: -s.box[2]),
    "top": (lambda s: s.cy, lambda s: s.box[1]),
    "bottom": (lambda s: -s.cy, lambda s: -s.box[3]),
}


def furthest(v: View, side: str) -> Shape | None:
    """The shape furthest that way: its centre leads the next by M, its box edge the furthest too."""
    centre, edge = SIDE_KEYS[side]
    s = extreme(v, centre)
    return s if s and all(edge(s) < edge(t) for t in others(v, s)) else None


def at_edge(v: View, s: Shape, side: str) -> str | None:
    room = {"left": s.box[0], "top": s.box[1], "right": v.w - 1 - s.box[2], "bottom": v.w - 1 - s.box[3]}[side]
    return "yes" if room <= EDGE_NEAR * v.w else "no" if room >= EDGE_FAR * v.w else None


def overlap(a: Shape, b: Shape, axis: int) -> bool:
    return not (a.box[axis + 2] < b.box[axis] or b.box[axis + 2] < a.box[axis])


def directly(v: View, a: Shape, b: Shape, way: str) -> str | None:
    """yes when ``a`` is directly ``way`` ("above", "below", "left", "right") of ``b``, no when clearly not."""
    vertical = way in ("above", "below")
    along = {"above": b.cy - a.cy, "below": a.cy - b.cy, "left": b.cx - a.cx, "right": a.cx - b.cx}[way]
    across = abs(a.cx - b.cx) if vertical else abs(a.cy - b.cy)
    if along >= v.margin and across <= ALIGN * v.w:
        return "yes"
    off_line = across >= v.margin and across >= along / 2 and not overlap(a, b, 0 if vertical else 1)
    return "no" if along <= -v.margin or off_line else None


def only_directly(v: View, b: Shape, way: str) -> Shape | None:
    verdicts = [(s, directly(v, s, b, way)) for s in others(v, b)]
    inside = [s for s, verdict in verdicts if verdict == "yes"]
    return inside[0] if len(inside) == 1 and all(verdict for _, verdict in verdicts) else None


def in_line(v: View, a: Shape, b: Shape, axis: int) -> str | None:
    """yes when ``a`` and ``b`` are level (``axis`` 1: the same row) or in the same column (``axis`` 0), no when
    clearly not."""
    off = abs(a.cy - b.cy) if axis == 1 else abs(a.cx - b.cx)
    apart = abs(a.cx - b.cx) if axis == 1 else abs(a.cy - b.cy)
    if off <= ALIGN * v.w and apart >= v.margin:
        return "yes"
    return "no" if off >= v.margin and not overlap(a, b, axis) else None


def side_by_side(v: View, a: Shape, b: Shape) -> str | None:
    level = in_line(v, a, b, 1) == "yes" and dist(a, b) <= APART_LEAST * v.w
    mutual = plain_nearest(v, a) is b and plain_nearest(v, b) is a
    verdicts = [between(v, s, a, b) for s in others(v, a, b)]
    if level and mutual and all(x == "no" for x in verdicts):
        return "yes"
    dx, dy = abs(a.cx - b.cx), abs(a.cy - b.cy)
    return "no" if (dy >= v.margin and dy >= 2 * dx) or "yes" in verdicts else None


def beside(v: View, a: Shape, b: Shape) -> str | None:
    """yes / no for "A beside (next to) B" (see the rules); at least three shapes."""
    if v.n < 3:
        return None
    d = dist(a, b)
    verdicts = [between(v, s, a, b) for s in others(v, a, b)]
    if nearest(v, a) is b and nearest(v, b) is a and d <= BESIDE_MOST * v.w and all(x == "no" for x in verdicts):
        return "yes"
    near_a = min(dist(a, s) for s in others(v, a, b))
    near_b = min(dist(b, s) for s in others(v, a, b))
    far = d >= NEAR_RATIO * near_a and d >= NEAR_RATIO * near_b and d >= APART_LEAST * v.w
    return "no" if far or "yes" in verdicts else None


def diagonal(v: View, a: Shape, b: Shape, way: str) -> str | None:
    """yes when ``a`` lies diagonally ``way`` ("upper left" ...) of ``b``, no when clearly not."""
    up, right = DIAGONALS[way]
    off_y, off_x = up * (b.cy - a.cy), right * (a.cx - b.cx)
    if min(off_y, off_x) >= v.margin and min(off_y, off_x) >= DIAGONAL * max(off_y, off_x):
        return "yes"
    return "no" if min(off_y, off_x) <= -v.margin else None


def only_diagonal(v: View, b: Shape, way: str) -> Shape | None:
    verdicts = [(s, diagonal(v, s, b, way)) for s in others(v, b)]
    inside = [s for s, verdict in verdicts if verdict == "yes"]
    return inside[0] if len(inside) == 1 and all(verdict for _, verdict in verdicts) else None


# ----------------------------------------------------------------------------------------------------- naming


def ref(v: View, s: Shape, rng: np.random.Generator, nouns: list[str] = THINGS) -> tuple[str, str] | None:
    """A phrase naming ``s`` alone ("the triangle", "the red one"), and the word that named it; None if none."""
    options = []
    if v.kind_ref(s):
        options.append((v.kind_ref(s), s.kind))
    if v.colours[s.colour] == 1:
        options.append((f"the {s.colour} {pick(rng, nouns)}", s.colour))
    return options[int(rng.integers(len(options)))] if options else None


def bare(phrase: str) -> str:
    return phrase.removeprefix("the ")


def other_colour(v: View, colour: str, rng: np.random.Generator) -> str:
    return pick(rng, [c for c in COLOURS if c != colour and c not in CONFUSABLE.get(colour, set())])


def corner_words(corner: tuple[str, str], rng: np.random.Generator) -> str:
    return pick(rng, CORNERS[corner])


# ------------------------------------------------------------------------------------------- what is asked
# Each builder walks the ground truth and says, through ``say``, every question its rule answers clearly.


def about_one(
    v: View, rng: np.random.Generator, say: Callable[[str], str], find: Callable[[Shape], Shape | None], answer: str
) -> list[tuple[str, str]]:
    """ "<what> is <related to> B": ``find(b)`` the one shape so related; gold its name (``answer`` "which"), its
    kind ("kind") or its colour ("colour")."""
    out = []
    for b in v.shapes:
        found, rb = find(b), ref(v, b, rng)
        if found and rb:
            gold = which_one(v, found) if answer == "which" else found.kind if answer == "kind" else found.colour
            out.append((say(rb[0]), gold))
    return out


def gold_of(v: View, s: Shape, answer: str) -> str:
    return which_one(v, s) if answer == "which" else s.kind if answer == "kind" else s.colour


def pair_yn(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str, str], str],
    rule: Callable[[Shape, Shape], str | None],
    nouns: list[str] = THINGS,
) -> list[tuple[str, str]]:
    """yes / no for "is A <rel> B", ``rule(a, b)`` the gold (None: not asked)."""
    out = []
    for a, b in v.pairs():
        gold, ra, rb = rule(a, b), ref(v, a, rng, nouns), ref(v, b, rng, nouns)
        if gold and ra and rb:
            out.append((say(ra[0], rb[0]), gold))
    return out


def triple_yn(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str, str, str], str],
    rule: Callable[[Shape, Shape, Shape], str | None],
) -> list[tuple[str, str]]:
    """yes / no for a question about three shapes, ``rule(a, b, c)`` the gold (None: not asked)."""
    out = []
    for a, b in v.pairs():
        for c in others(v, a, b):
            gold = rule(a, b, c)
            names = [ref(v, s, rng) for s in (a, b, c)]
            if gold and all(names):
                out.append((say(*(n[0] for n in names)), gold))
    return out


def which_of(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str, str, str], str],
    lead: Callable[[Shape, Shape, Shape], bool | None],
) -> list[tuple[str, str]]:
    """ "which is <so> to C, A or B": ``lead(a, b, c)`` True where A clearly is and B clearly is not; gold the name
    of A (or its kind, the askers' ``either_name``)."""
    out = []
    for a, b in v.pairs():
        for c in others(v, a, b):
            ra, rb, rc = ref(v, a, rng), ref(v, b, rng), ref(v, c, rng)
            if ra and rb and rc and ra[1] != rb[1] and lead(a, b, c):
                first, second = (ra[0], rb[0]) if rng.random() < 0.5 else (rb[0], ra[0])
                out.append((say(rc[0], first, second), either_name(a, b, ra[1])))
    return out


def between_one(v: View, rng: np.random.Generator, say: Callable[[str, str], str], answer: str):
    out = []
    for a, b in v.pairs():
        c, ra, rb = only_between(v, a, b), ref(v, a, rng), ref(v, b, rng)
        if c and ra and rb:
            out.append((say(ra[0], rb[0]), gold_of(v, c, answer)))
    return out


def corner_one(v: View, rng: np.random.Generator, say: Callable[[str], str], answer: str):
    out = []
    for corner in CORNERS:
        s = only_in_corner(v, corner)
        if s:
            out.append((say(corner_words(corner, rng)), gold_of(v, s, answer)))
    return out


def corner_yn(v: View, rng: np.random.Generator, say: Callable[[str, str], str], nouns: list[str] = THINGS):
    out = []
    for s in v.shapes:
        rs = ref(v, s, rng, nouns)
        for corner in CORNERS:
            gold = in_corner(v, s, corner)
            if gold and rs:
                out.append((say(rs[0], corner_words(corner, rng)), gold))
    return out


def corner_which(v: View, rng: np.random.Generator, say: Callable[[str], str], nouns: list[str] = THINGS):
    out = []
    for s in v.shapes:
        corner, rs = corner_of(v, s), ref(v, s, rng, nouns)
        if corner and rs:
            out.append((say(rs[0]), " ".join(corner)))
    return out


def corner_any(v: View, rng: np.random.Generator, say: Callable[[str], str]):
    out = []
    for corner in CORNERS:
        verdicts = [in_corner(v, s, corner) for s in v.shapes]
        gold = "yes" if "yes" in verdicts else "no" if all(x == "no" for x in verdicts) else None
        if gold:
            out.append((say(corner_words(corner, rng)), gold))
    return out


def shape_yn(
    v: View, rng: np.random.Generator, say: Callable[[str], str], rule: Callable[[Shape], str | None], nouns=THINGS
) -> list[tuple[str, str]]:
    """yes / no for "is A <so>", ``rule(a)`` the gold."""
    out = []
    for s in v.shapes:
        gold, rs = rule(s), ref(v, s, rng, nouns)
        if gold and rs:
            out.append((say(rs[0]), gold))
    return out


def is_the(v: View, rng: np.random.Generator, say: Callable[[str], str], chosen: Shape | None, nouns=THINGS):
    """yes / no for "is A the <one so>", where ``chosen`` clearly is."""
    if chosen is None:
        return []
    out = []
    for s in v.shapes:
        rs = ref(v, s, rng, nouns)
        if rs:
            out.append((say(rs[0]), yn(s is chosen)))
    return out


def is_colour(v: View, rng: np.random.Generator, say: Callable[[str], str], chosen: Shape | None):
    """yes / no for "is the <one so> <colour>": its colour, or another no viewer would take for it."""
    if chosen is None:
        return []
    return [(say(chosen.colour), "yes"), (say(other_colour(v, chosen.colour, rng)), "no")]


def edge_yn(v: View, rng: np.random.Generator, say: Callable[[str], str], side: str, nouns=THINGS):
    return shape_yn(v, rng, say, lambda s: at_edge(v, s, side), nouns)


def about_way(v: View, rng: np.random.Generator, say: Callable[[str], str], way: str, answer: str, diag: bool):
    find = (lambda b: only_diagonal(v, b, way)) if diag else (lambda b: only_directly(v, b, way))
    return about_one(v, rng, say, find, answer)


def count_diagonal(v: View, rng: np.random.Generator, say: Callable[[str], str], way: str):
    out = []
    for b in v.shapes:
        verdicts = [diagonal(v, s, b, way) for s in others(v, b)]
        rb = ref(v, b, rng)
        if rb and all(verdicts):
            out.append((say(rb[0]), str(verdicts.count("yes"))))
    return out


def is_the_to(
    v: View,
    rng: np.random.Generator,
    say: Callable[[str, str], str],
    find: Callable[[Shape], Shape | None],
    nouns=THINGS,
) -> list[tuple[str, str]]:
    """yes / no for "is A the <one so related> to B", where ``find(b)`` clearly is that one."""
    out = []
    for b in v.shapes:
        chosen, rb = find(b), ref(v, b, rng, nouns)
        if chosen and rb:
            for a in others(v, b):
                ra = ref(v, a, rng, nouns)
                if ra:
                    out.append((say(ra[0], rb[0]), yn(a is chosen)))
    return out


def nearer_pair(a: Shape, b: Shape, c: Shape) -> bool:
    """A clearly nearer to C than B is: the centre distances differ by 1.5, the box gaps in the same order."""
    return dist(b, c) >= NEAR_RATIO * dist(a, c) and gap(a, c) < gap(b, c)


def farther_yn(a: Shape, b: Shape, c: Shape) -> str | None:
    """yes when A is clearly farther from C than B is, no when clearly nearer."""
    return "yes" if nearer_pair(b, a, c) else "no" if nearer_pair(a, b, c) else None


# nearest


@template("nearest", "which shape is nearest to B?", "plain")
def _(v, rng):
    return about_one(v, rng, lambda b: f"Which shape is nearest to {b}?", lambda b: nearest(v, b), "which")


@template("nearest", "what's the closest shape to B?", "plain")
def _(v, rng):
    return about_one(v, rng, lambda b: f"What's the closest shape to {b}?", lambda b: nearest(v, b), "which")


@template("nearest", "is A beside B?", "plain")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} beside {b}?", lambda a, b: beside(v, a, b))


@template("nearest", "which is nearer to C, A or B?", "plain")
def _(v, rng):
    return which_of(v, rng, lambda c, x, y: f"Which is nearer to {c}, {x} or {y}?", nearer_pair)


@template("nearest", "what sits right next to B?", "layout")
def _(v, rng):
    return about_one(v, rng, lambda b: f"What sits right next to {b}?", lambda b: nearest(v, b), "which")


@template("nearest", "what's the nearest neighbour of B?", "layout")
def _(v, rng):
    return about_one(v, rng, lambda b: f"What's the nearest neighbour of {b}?", lambda b: nearest(v, b), "which")


@template("nearest", "pick up the piece closest to B: which one is it?", "operator")
def _(v, rng):
    say = lambda b: f"Pick up the piece closest to {b}: which one is it?"  # noqa: E731
    return about_one(v, rng, say, lambda b: nearest(v, b), "which")


@template("nearest", "is A the nearest object to B?", "operator")
def _(v, rng):
    say = lambda a, b: f"Is {a} the nearest object to {b}?"  # noqa: E731
    return is_the_to(v, rng, say, lambda b: nearest(v, b), OBJECTS)


@template("nearest", "closest to B?", "terse")
def _(v, rng):
    return about_one(v, rng, lambda b: f"closest to {bare(b)}?", lambda b: nearest(v, b), "which")


@template("nearest", "A next to B?", "terse")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"{bare(a)} next to {bare(b)}?", lambda a, b: beside(v, a, b))


@template("nearest", "what colour is the shape next to B?", "nested")
def _(v, rng):
    return about_one(v, rng, lambda b: f"What colour is the shape next to {b}?", lambda b: nearest(v, b), "colour")


@template("nearest", "is C closer to A than to B?", "nested")
def _(v, rng):
    def rule(a, b, c):
        verdict = nearer(a, b, c)
        return None if verdict is None else yn(verdict)

    return triple_yn(v, rng, lambda a, b, c: f"Is {c} closer to {a} than to {b}?", rule)


# farthest


@template("farthest", "which shape is farthest from B?", "plain")
def _(v, rng):
    return about_one(v, rng, lambda b: f"Which shape is farthest from {b}?", lambda b: nearest(v, b, True), "which")


@template("farthest", "what is furthest away from B?", "plain")
def _(v, rng):
    return about_one(v, rng, lambda b: f"What is furthest away from {b}?", lambda b: nearest(v, b, True), "which")


@template("farthest", "is A the farthest shape from B?", "plain")
def _(v, rng):
    say = lambda a, b: f"Is {a} the farthest shape from {b}?"  # noqa: E731
    return is_the_to(v, rng, say, lambda b: nearest(v, b, True))


@template("farthest", "which piece is the most distant from B?", "layout")
def _(v, rng):
    say = lambda b: f"Which piece is the most distant from {b}?"  # noqa: E731
    return about_one(v, rng, say, lambda b: nearest(v, b, True), "which")


@template("farthest", "of all the shapes, which one lies furthest from B?", "layout")
def _(v, rng):
    say = lambda b: f"Of all the shapes, which one lies furthest from {b}?"  # noqa: E731
    return about_one(v, rng, say, lambda b: nearest(v, b, True), "which")


@template("farthest", "reach for the object farthest from B. what shape is it?", "operator")
def _(v, rng):
    say = lambda b: f"Reach for the object farthest from {b}. What shape is it?"  # noqa: E731
    return about_one(v, rng, say, lambda b: nearest(v, b, True), "kind")


@template("farthest", "which is further from C, A or B?", "operator")
def _(v, rng):
    return which_of(
        v, rng, lambda c, x, y: f"Which is further from {c}, {x} or {y}?", lambda a, b, c: nearer_pair(b, a, c)
    )


@template("farthest", "farthest from B?", "terse")
def _(v, rng):
    return about_one(v, rng, lambda b: f"farthest from {bare(b)}?", lambda b: nearest(v, b, True), "which")


@template("farthest", "what colour is the shape farthest from B?", "nested")
def _(v, rng):
    say = lambda b: f"What colour is the shape farthest from {b}?"  # noqa: E731
    return about_one(v, rng, say, lambda b: nearest(v, b, True), "colour")


@template("farthest", "is A farther from C than B is?", "nested")
def _(v, rng):
    return triple_yn(v, rng, lambda a, b, c: f"Is {a} farther from {c} than {b} is?", farther_yn)


# between


@template("between", "what is between A and B?", "plain")
def _(v, rng):
    return between_one(v, rng, lambda a, b: f"What is between {a} and {b}?", "which")


@template("between", "is C between A and B?", "plain")
def _(v, rng):
    return triple_yn(v, rng, lambda a, b, c: f"Is {c} between {a} and {b}?", lambda a, b, c: between(v, c, a, b))


@template("between", "which shape lies between A and B?", "plain")
def _(v, rng):
    return between_one(v, rng, lambda a, b: f"Which shape lies between {a} and {b}?", "which")


@template("between", "what sits in between A and B?", "layout")
def _(v, rng):
    return between_one(v, rng, lambda a, b: f"What sits in between {a} and {b}?", "which")


@template("between", "is there anything between A and B?", "layout")
def _(v, rng):
    return pair_yn(
        v, rng, lambda a, b: f"Is there anything between {a} and {b}?", lambda a, b: anything_between(v, a, b)
    )


@template("between", "go to the object sitting between A and B. what shape is it?", "operator")
def _(v, rng):
    return between_one(v, rng, lambda a, b: f"Go to the object sitting between {a} and {b}. What shape is it?", "kind")


@template("between", "is something blocking the path from A to B?", "operator")
def _(v, rng):
    say = lambda a, b: f"Is something blocking the path from {a} to {b}?"  # noqa: E731
    return pair_yn(v, rng, say, lambda a, b: in_the_way(v, a, b), OBJECTS)


@template("between", "between A and B?", "terse")
def _(v, rng):
    return between_one(v, rng, lambda a, b: f"between {bare(a)} and {bare(b)}?", "which")


@template("between", "C between A and B?", "terse")
def _(v, rng):
    say = lambda a, b, c: f"{bare(c)} between {bare(a)} and {bare(b)}?"  # noqa: E731
    return triple_yn(v, rng, say, lambda a, b, c: between(v, c, a, b))


@template("between", "what colour is the shape between A and B?", "nested")
def _(v, rng):
    return between_one(v, rng, lambda a, b: f"What colour is the shape between {a} and {b}?", "colour")


@template("between", "is C sandwiched between A and B?", "nested")
def _(v, rng):
    say = lambda a, b, c: f"Is {c} sandwiched between {a} and {b}?"  # noqa: E731
    return triple_yn(v, rng, say, lambda a, b, c: between(v, c, a, b))


# corner


@template("corner", "what shape is in the X corner?", "plain")
def _(v, rng):
    return corner_one(v, rng, lambda x: f"What shape is in the {x} corner?", "kind")


@template("corner", "is A in the X corner?", "plain")
def _(v, rng):
    return corner_yn(v, rng, lambda a, x: f"Is {a} in the {x} corner?")


@template("corner", "which corner is A in?", "plain")
def _(v, rng):
    return corner_which(v, rng, lambda a: f"Which corner is {a} in?")


@template("corner", "what's sitting in the X corner of the picture?", "layout")
def _(v, rng):
    return corner_one(v, rng, lambda x: f"What's sitting in the {x} corner of the picture?", "which")


@template("corner", "is anything placed in the X corner?", "layout")
def _(v, rng):
    return corner_any(v, rng, lambda x: f"Is anything placed in the {x} corner?")


@template("corner", "go to the X corner. what object is there?", "operator")
def _(v, rng):
    return corner_one(v, rng, lambda x: f"Go to the {x} corner. What object is there?", "which")


@template("corner", "which corner should I look in for A?", "operator")
def _(v, rng):
    return corner_which(v, rng, lambda a: f"Which corner should I look in for {a}?", OBJECTS)


@template("corner", "shape in X corner?", "terse")
def _(v, rng):
    return corner_one(v, rng, lambda x: f"shape in {x} corner?", "which")


@template("corner", "A in X corner?", "terse")
def _(v, rng):
    return corner_yn(v, rng, lambda a, x: f"{bare(a)} in {x} corner?")


@template("corner", "what colour is the shape in the X corner?", "nested")
def _(v, rng):
    return corner_one(v, rng, lambda x: f"What colour is the shape in the {x} corner?", "colour")


@template("corner", "is the thing up in the X corner a K?", "nested")
def _(v, rng):
    out = []
    for corner in CORNERS:
        s = only_in_corner(v, corner)
        if s:
            where = "up in" if corner[0] == "top" else "down in"
            for k in v.active:
                if not (k == "rectangle" and s.kind == "square"):  # a square is a rectangle too: not asked
                    text = f"Is the thing {where} the {corner_words(corner, rng)} corner a {k}?"
                    out.append((text, yn(k == s.kind)))
    return out


# centre


@template("centre", "which shape is closest to the centre of the picture?", "plain")
def _(v, rng):
    s = nearest_centre(v)
    return [("Which shape is closest to the centre of the picture?", which_one(v, s))] if s else []


@template("centre", "which one is in the middle?", "plain")
def _(v, rng):
    s = middle_one(v, row_free=True) if v.n >= 2 else None
    return [("Which one is in the middle?", which_one(v, s))] if s else []


@template("centre", "is A in the centre?", "plain")
def _(v, rng):
    return shape_yn(v, rng, lambda a: f"Is {a} in the centre?", lambda s: in_middle(v, s))


@template("centre", "what's in the middle of the picture?", "layout")
def _(v, rng):
    s = middle_one(v)
    return [("What's in the middle of the picture?", which_one(v, s))] if s else []


@template("centre", "is anything right in the middle of the image?", "layout")
def _(v, rng):
    gold = anything_in_middle(v)
    return [("Is anything right in the middle of the image?", gold)] if gold else []


@template("centre", "which shape sits farthest out from the center?", "layout")
def _(v, rng):
    s = nearest_centre(v, far=True)
    return [("Which shape sits farthest out from the center?", which_one(v, s))] if s else []


@template("centre", "move to the centre of the workspace. which object is there?", "operator")
def _(v, rng):
    s = middle_one(v)
    return [("Move to the centre of the workspace. Which object is there?", which_one(v, s))] if s else []


@template("centre", "is A the object nearest the center?", "operator")
def _(v, rng):
    return is_the(v, rng, lambda a: f"Is {a} the object nearest the center?", nearest_centre(v), OBJECTS)


@template("centre", "center shape?", "terse")
def _(v, rng):
    s = middle_one(v)
    return [("center shape?", which_one(v, s))] if s else []


@template("centre", "A in middle?", "terse")
def _(v, rng):
    return shape_yn(v, rng, lambda a: f"{bare(a)} in middle?", lambda s: in_middle(v, s))


@template("centre", "what colour is the shape nearest the centre?", "nested")
def _(v, rng):
    s = nearest_centre(v)
    return [("What colour is the shape nearest the centre?", s.colour)] if s else []


# extreme


@template("extreme", "what is the shape on the far left?", "plain")
def _(v, rng):
    s = furthest(v, "left")
    return [("What is the shape on the far left?", which_one(v, s))] if s else []


@template("extreme", "which shape is lowest?", "plain")
def _(v, rng):
    s = furthest(v, "bottom")
    return [("Which shape is lowest?", which_one(v, s))] if s else []


@template("extreme", "is A at the top edge?", "plain")
def _(v, rng):
    return edge_yn(v, rng, lambda a: f"Is {a} at the top edge?", "top")


@template("extreme", "which shape sits highest up?", "layout")
def _(v, rng):
    s = furthest(v, "top")
    return [("Which shape sits highest up?", which_one(v, s))] if s else []


@template("extreme", "is A the one furthest to the left?", "layout")
def _(v, rng):
    return is_the(v, rng, lambda a: f"Is {a} the one furthest to the left?", furthest(v, "left"))


@template("extreme", "is A up against the right-hand edge?", "layout")
def _(v, rng):
    return edge_yn(v, rng, lambda a: f"Is {a} up against the right-hand edge?", "right")


@template("extreme", "take the bottom-most object. what colour is it?", "operator")
def _(v, rng):
    s = furthest(v, "bottom")
    return [("Take the bottom-most object. What colour is it?", s.colour)] if s else []


@template("extreme", "which object is closest to the right-hand edge?", "operator")
def _(v, rng):
    s = furthest(v, "right")
    return [("Which object is closest to the right-hand edge?", which_one(v, s))] if s else []


@template("extreme", "shape at far right?", "terse")
def _(v, rng):
    s = furthest(v, "right")
    return [("shape at far right?", which_one(v, s))] if s else []


@template("extreme", "lowest one?", "terse")
def _(v, rng):
    s = furthest(v, "bottom")
    return [("lowest one?", which_one(v, s))] if s else []


@template("extreme", "which is higher up, A or B?", "nested")
def _(v, rng):
    out = []
    for a, b in v.pairs():
        ra, rb = ref(v, a, rng), ref(v, b, rng)
        if ra and rb and ra[1] != rb[1] and b.cy - a.cy >= v.margin:
            first, second = (ra[0], rb[0]) if rng.random() < 0.5 else (rb[0], ra[0])
            out.append((f"Which is higher up, {first} or {second}?", either_name(a, b, ra[1])))
    return out


@template("extreme", "is the shape at the very bottom C?", "nested")
def _(v, rng):
    return is_colour(v, rng, lambda c: f"Is the shape at the very bottom {c}?", furthest(v, "bottom"))


# direct


@template("direct", "is A directly above B?", "plain")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} directly above {b}?", lambda a, b: directly(v, a, b, "above"))


@template("direct", "what is directly below B?", "plain")
def _(v, rng):
    return about_way(v, rng, lambda b: f"What is directly below {b}?", "below", "which", False)


@template("direct", "are A and B side by side?", "plain")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Are {a} and {b} side by side?", lambda a, b: side_by_side(v, a, b))


@template("direct", "is A right underneath B?", "layout")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} right underneath {b}?", lambda a, b: directly(v, a, b, "below"))


@template("direct", "is A level with B?", "layout")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} level with {b}?", lambda a, b: in_line(v, a, b, 1))


@template("direct", "are A and B in the same row?", "layout")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Are {a} and {b} in the same row?", lambda a, b: in_line(v, a, b, 1))


@template("direct", "is A in the same column as B?", "operator")
def _(v, rng):
    say = lambda a, b: f"Is {a} in the same column as {b}?"  # noqa: E731
    return pair_yn(v, rng, say, lambda a, b: in_line(v, a, b, 0), OBJECTS)


@template("direct", "which object is straight above B?", "operator")
def _(v, rng):
    return about_way(v, rng, lambda b: f"Which object is straight above {b}?", "above", "which", False)


@template("direct", "A directly above B?", "terse")
def _(v, rng):
    say = lambda a, b: f"{bare(a)} directly above {bare(b)}?"  # noqa: E731
    return pair_yn(v, rng, say, lambda a, b: directly(v, a, b, "above"))


@template("direct", "what's right below B?", "terse")
def _(v, rng):
    return about_way(v, rng, lambda b: f"what's right below {bare(b)}?", "below", "which", False)


@template("direct", "what colour is the shape directly to the left of B?", "nested")
def _(v, rng):
    say = lambda b: f"What colour is the shape directly to the left of {b}?"  # noqa: E731
    return about_way(v, rng, say, "left", "colour", False)


@template("direct", "is the shape directly to the right of B C?", "nested")
def _(v, rng):
    out = []
    for b in v.shapes:
        a, rb = only_directly(v, b, "right"), ref(v, b, rng)
        if a and rb:
            out += is_colour(v, rng, lambda c, b=rb[0]: f"Is the shape directly to the right of {b} {c}?", a)
    return out


# diagonal


@template("diagonal", "is A to the upper left of B?", "plain")
def _(v, rng):
    say = lambda a, b: f"Is {a} to the upper left of {b}?"  # noqa: E731
    return pair_yn(v, rng, say, lambda a, b: diagonal(v, a, b, "upper left"))


@template("diagonal", "is A above and to the right of B?", "plain")
def _(v, rng):
    say = lambda a, b: f"Is {a} above and to the right of {b}?"  # noqa: E731
    return pair_yn(v, rng, say, lambda a, b: diagonal(v, a, b, "upper right"))


@template("diagonal", "what's diagonally up and to the right of B?", "plain")
def _(v, rng):
    say = lambda b: f"What's diagonally up and to the right of {b}?"  # noqa: E731
    return about_way(v, rng, say, "upper right", "which", True)


@template("diagonal", "is A diagonally below and to the left of B?", "layout")
def _(v, rng):
    say = lambda a, b: f"Is {a} diagonally below and to the left of {b}?"  # noqa: E731
    return pair_yn(v, rng, say, lambda a, b: diagonal(v, a, b, "lower left"))


@template("diagonal", "which shape sits to the lower right of B?", "layout")
def _(v, rng):
    say = lambda b: f"Which shape sits to the lower right of {b}?"  # noqa: E731
    return about_way(v, rng, say, "lower right", "which", True)


@template("diagonal", "is A north-east of B?", "operator")
def _(v, rng):
    say = lambda a, b: f"Is {a} north-east of {b}?"  # noqa: E731
    return pair_yn(v, rng, say, lambda a, b: diagonal(v, a, b, "upper right"), OBJECTS)


@template("diagonal", "which object is diagonally down and to the right from B?", "operator")
def _(v, rng):
    say = lambda b: f"Which object is diagonally down and to the right from {b}?"  # noqa: E731
    return about_way(v, rng, say, "lower right", "which", True)


@template("diagonal", "A upper right of B?", "terse")
def _(v, rng):
    say = lambda a, b: f"{bare(a)} upper right of {bare(b)}?"  # noqa: E731
    return pair_yn(v, rng, say, lambda a, b: diagonal(v, a, b, "upper right"))


@template("diagonal", "what's down-left of B?", "terse")
def _(v, rng):
    return about_way(v, rng, lambda b: f"what's down-left of {bare(b)}?", "lower left", "which", True)


@template("diagonal", "what colour is the shape up and to the left of B?", "nested")
def _(v, rng):
    say = lambda b: f"What colour is the shape up and to the left of {b}?"  # noqa: E731
    return about_way(v, rng, say, "upper left", "colour", True)


@template("diagonal", "how many shapes are to the upper right of B?", "nested")
def _(v, rng):
    return count_diagonal(v, rng, lambda b: f"How many shapes are to the upper right of {b}?", "upper right")


FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- scoring

CORNER_GOLDS = {" ".join(corner) for corner in CORNERS}
PLACE_WORDS = {"upper": "top", "lower": "bottom", "top": "top", "bottom": "bottom", "left": "left", "right": "right"}


def normalise(said: str, gold: str) -> str:
    """The answer in the gold's terms (the personas benchmark's ``normalise``); of a corner gold, the words top /
    bottom / left / right in it ("upper" top, "lower" bottom), the vertical one first."""
    if gold in CORNER_GOLDS:
        words = [PLACE_WORDS[w] for w in re.findall(r"[a-z]+", said.lower()) if w in PLACE_WORDS]
        if len(words) == 2 and len(set(words)) == 2:
            words.sort(key=lambda w: w not in ("top", "bottom"))
            return " ".join(words)
        return said
    return personas.normalise(said, gold)


# ----------------------------------------------------------------------------------------------------- run


def question_picker(templates: list[tuple[str, str, str, Callable]], item: type) -> Callable[..., list]:
    """The spoken benchmark's pick of questions (``spoken.question_picker``: up to ``per_image`` questions of
    different families, the families and templates used least so far first, the gold drawn first within a
    template), with a stricter balance of yes and no: once one of them leads the other by ``LEAD`` in a family, the
    questions with that gold are not offered in that family (spatial rules say "no" far more often than "yes")."""

    def pick(scene: Scene, kinds: list[str], per_image: int, used: Counter, rng: np.random.Generator) -> list:
        def balanced(family: str, fn: Callable) -> Callable:
            def offer(v: View, rng: np.random.Generator) -> list[tuple[str, str]]:
                found = fn(v, rng)
                yes, no = used["gold", family, "yes"], used["gold", family, "no"]
                if yes != no and (abs(yes - no) >= LEAD or {"yes", "no"} <= {gold for _, gold in found}):
                    ahead = "yes" if yes > no else "no"
                    found = [(text, gold) for text, gold in found if gold != ahead]
                return found

            return offer

        chosen = [(family, name, tag, balanced(family, fn)) for family, name, tag, fn in templates]
        items = pick_items(View(scene, kinds), chosen, per_image, used, rng, item)
        for picked in items:
            used["gold", picked.family, picked.answer] += 1
        return items

    return pick


def make_scene(index: int, side: int, kinds: list[str], rng: np.random.Generator) -> Scene:
    """The askers' picture (``askers.place`` and ``askers.paint``, as ``askers.make_scene`` draws it) with 2 to
    ``MOST`` shapes: a lone shape has no neighbours."""
    count = int(rng.integers(2, MOST + 1))
    return askers.paint(index, side, askers.place(side, count, kinds, rng), list(COLOURS), rng)


pick_questions = question_picker(TEMPLATES, Item)


def main() -> None:
    heading = "By tag (the sub-style of the spatial wording):"
    wording = spoken.Wording(TEMPLATES, TAGS, pick_questions, "tag", heading, make_scene=make_scene)
    spatial = replace(
        wording,
        columns="family / tag / wording",
        width=12,
        template_width=None,
        normalise=normalise,
        group_of=lambda item: item.tag,
    )
    spoken.run_wording(__doc__, spatial)


if __name__ == "__main__":
    main()
