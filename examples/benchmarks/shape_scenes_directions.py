"""How nsvr copes with questions about flat shape drawings asked as navigators, teachers and gamers give directions.

Written blind: the question templates, their golds, their rules and the scoring were written without reading nsvr's
parser, perception, scene graph, executor, tests or any benchmark other than ``shape_scenes_askers.py`` (whose
pictures, ground truth, rules of unambiguity and scoring are reused by import), ``shape_bench_common.py`` (shared
machinery), ``shape_scenes_rephrased.py`` (the most recent sibling, whose layout, command line, output, yes / no
balancing and scoring this copies) and the files it imports, ``shape_scenes_spoken.py``, ``shape_scenes_personas.py``
and ``shape_scenes_typos.py`` (read for their machinery and small question makers only; none of their wordings is
used). They were fixed before the first run (saved beside this script as ``shape_scenes_directions_first_run.txt``,
made against a frozen snapshot of nsvr) and not tuned to nsvr's answers afterwards, so they measure how far nsvr
reaches into a way of talking about place it was not shown, not its own phrasings.

Images: the askers' generator, unchanged (``askers.make_scene``): 128x128 (or 64x64, ``--size``), a light tinted
background with mild noise, 1-4 flat shapes (circle, square, rectangle, triangle; ``--more`` adds pentagon,
hexagon, star) in eight saturated fills, never overlapping, never cut by the border; the truth of every shape
(kind, colour, box, centre, area) is exact.

Questions: 99 templates in 9 families, up to 6 questions (of different families) per image. Style: directions
and places said the way navigators, teachers and game players say them. Up in the picture is north. Each
template carries one sub-style tag:
  compass   compass points and their adjectives: "Is the circle north of the square?", "In which direction is the
            triangle from the red one?", "What's the most easterly shape?", "Does the green thing sit in the
            southern half of the image?", "What's due south of the square?";
  clock     clock positions, around a shape or around the middle of the picture: "What's at the circle's nine
            o'clock?", "From the square, the triangle is at how many o'clock?", "If the picture were a clock face,
            what hour would the red shape be at?";
  plain     the teacher's up / down / left / right: "Is the circle above and to the left of the square?", "Is the
            triangle diagonally up and to the left of the circle?", "Is the square straight below the red one?",
            "Which shape is nearest the middle of the picture?";
  quadrant  halves, quadrants and corners of the picture: "Which quadrant is the triangle in?", "Is the
            circle tucked into the bottom-left corner?", "Top-right quadrant: what's in there?";
  grid      rows and columns, of the loose arrangement or of the picture cut in thirds: "Are the circle and the
            square in the same row?", "Which shape shares a row with the red one?", "Of the shapes in the top half,
            which one is furthest left?", "If you split the picture into three rows, which one is the circle in:
            top, middle or bottom?";
  travel    a player or walker moving between shapes: "Start at the square and head north. Which shape do you
            reach?", "I'm standing on the circle. Which way do I head to get to the triangle?", "In a race to the top
            of the picture, which shape is winning?".
Families (what is asked): relation (yes / no or a choice about one shape against another along an axis: north of,
above and to the left, north or south, which is further west), heading (the open direction of one shape from
another, as a compass point, a plain direction or an hour), exact (yes / no about a precise direction: straight
below, due east, diagonally up-left, northeast of, at three o'clock of, run into going straight down), reach (which
shape, or its colour, one reaches going some way from a shape), place (where in the picture a shape is: quadrant,
corner, half, third, region of a 3x3 grid, hour around the middle), inregion (yes / no: is a shape in a quadrant,
half, corner, the middle, a row of the 3x3 grid, at an hour of the picture), occupant (which shape, or its colour,
is in a quadrant, corner, half, column, row, the middle, or at an hour), extreme (northernmost, most westerly,
closest to a corner or the middle; "is it the westernmost") and grid (same row / column; which shape shares a row;
how many shapes in a half, a quadrant, north of a shape). Every family has at least 10 wordings.

Rules (all from the exact ground truth; a question is only made where its rule gives one clear answer; shapes are
named by the askers' ``View.ref``: "the triangle" only when there is exactly one triangle, "the red one" only when
exactly one shape is red, a square never called a rectangle nor "the rectangle" said when there is a square; no
colour is asked about as absent, so the askers' confusable shades never arise):
  - direction of A from B: the angle of A's centre seen from B's, counter-clockwise from east (up is north), in
    eight sectors of 45 degrees centred on the compass points; a point is given only where the angle lies at least
    10 degrees inside its sector (within 12.5 degrees of the point) and the centres are at least 15% of the image
    side apart; "not that way" (a "no") needs the angle at least 35 degrees off the point asked;
  - clock hours: sectors of 30 degrees centred on the hours (12 up, 3 east); an hour is given only where the angle
    lies at least 10 degrees inside its sector (within 5 degrees of the hour); "not at that hour" needs 45 degrees;
    around the middle of the picture the shape's centre must also be at least 20% of the side from the middle;
  - along an axis ("north of", "above and to the left", "north or south", "further west"): the askers' rule, centres
    at least 15% of the side apart that way ("above and to the left" needs both; its "no" needs either clearly
    false);
  - halves and quadrants: a shape is in a half when its centre is at least 10% of the side from the midline and its
    box does not cross it; in a quadrant when it is so in both halves; clearly outside when its box lies wholly on
    the other side of a midline;
  - thirds (3x3 grid: rows top / middle / bottom, columns left / middle / right, corners, edges, centre): a shape
    is in a third when its centre is at least 8% of the side inside it;
  - reaching a shape going some way from B: exactly one shape lies in that direction by the rule above and every
    other shape lies at least 35 degrees (for an hour, 45 degrees) off it; "run into going straight down (up)":
    A's box spans B's centre line and A is the first box on it, and "no" where A is 10% of the side off the line
    or lies the other way;
  - extremes: the askers' rule (the first leads the second by 15% of the side), also for the distance to the
    middle; furthest into a corner needs the same shape to win both by its distance to the corner and by how
    far along the diagonal toward it it lies;
  - rows and columns: the same row when the centres are at most 5% of the side apart vertically; different rows
    when they are at least 20% apart and the boxes do not overlap vertically (columns likewise across); "which
    shares a row" only where one shape is in the row and every other clearly is not;
  - occupants and counts by region: every shape clearly in or clearly out of the region.
A yes / no template of the exact and grid families (where a yes, a precise direction or a shared row, is rare) is
only offered in a picture where it can be asked with the gold yes. Within a template, the gold is drawn first among
the golds the picture offers, and where it offers both yes and no,
the one its family has had fewer times so far is taken, so yes and no are balanced by construction (their counts
per family are printed).

Scoring: the personas benchmark's ``normalise`` with the shared ``lenient_or_unknown`` outcome (golds lower-case
canonical; case, punctuation and articles dropped, number words -> digits; a gold "A|B" takes either; "unknown" is
unknown; "true" / "false" read as "yes" / "no"; "the red one" answers "red"), with two readings first:
  - a gold made only of direction words ("northeast", "top left", "north", "above", "middle") is a set of points
    (north / up / top / above / upper / higher; south / down / bottom / below / lower; east / right; west / left;
    the compound and abbreviated points: "north-east", "NE"; centre / center / middle / central). An answer made
    only of such words and of place and shape words ("the", "of", "to", "and", "picture", "corner", "quadrant",
    "half", "side", a shape or colour name ...) is right where its set equals the gold's; "middle" beside another
    point is dropped ("top middle" is "top"). So "up and to the right", "upper right" and "NE" all answer
    "northeast", "the top-left quadrant" answers "top left", and "right" does not answer "northeast";
  - a gold hour ("3") also takes "3 o'clock", "three o'clock", "3:00" ("eleven", "twelve" read as 11, 12).
Golds: a direction -> its compass point (8 points); an hour -> its number; a quadrant, corner or region -> "top
left", "top", "center" ...; a half -> "top" / "bottom" / "east" / "west"; a third -> "left" / "middle" / "right"
(or "top" / "middle" / "bottom"); a choice offered -> the word offered that is right ("north", "higher",
"west"); "which shape" -> its kind, or its colour where no other shape has that colour;
"which is further west, A or B" -> the word that named it (or its kind, as the askers' ``either_name``); a count ->
digits.

    python examples/benchmarks/shape_scenes_directions.py                      # 150 images, up to 6 questions each
    python examples/benchmarks/shape_scenes_directions.py --more --show-failures

Prints right / unknown / confidently wrong / planning error overall, by family, by sub-style tag and by template,
the 15 worst templates with one failure each, then every wrong answer and planning error (with
``--show-failures``, every unknown answer too) grouped by outcome and family.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import shape_scenes_personas as personas  # the personas benchmark's reading of answers
import shape_scenes_spoken as spoken  # the spoken benchmark's question picker and run
from shape_bench_common import cap, new_templates, yn
from shape_scenes_askers import ALL_KINDS, COLOURS, Shape, View, extreme, side_answer
from shape_scenes_personas import relation_choice
from shape_scenes_spoken import in_either_order, which_of_two, which_one


@dataclass
class Item:
    text: str
    answer: str
    family: str
    template: str
    tag: str


TEMPLATES, template = new_templates()  # template(family, name, tag)
TAGS = ["compass", "clock", "plain", "quadrant", "grid", "travel"]

INSIDE = 12.5  # degrees: a compass point is given within this of it (10 degrees inside its 45-degree sector)
CLEAR_OFF = 35.0  # degrees: clearly not that compass point
HOUR_INSIDE = 5.0  # degrees: an hour is given within this of it (10 degrees inside its 30-degree sector)
HOUR_OFF = 45.0  # degrees: clearly not that hour
HALF_MARGIN = 0.10  # of the side: a centre this far from a midline (and the box not crossing it) is in that half
THIRD_MARGIN = 0.08  # of the side: a centre this far inside a third is in it
FROM_MIDDLE = 0.20  # of the side: the least distance from the middle of the picture for an hour around it
SAME_LINE = 0.05  # of the side: centres this close across are in the same row (column)
OTHER_LINE = 0.20  # of the side: centres this far apart (boxes not overlapping) are in different rows (columns)
OFF_LINE = 0.10  # of the side: a box this far off a centre line is clearly not run into

POINTS = {
    "east": 0.0,
    "northeast": 45.0,
    "north": 90.0,
    "northwest": 135.0,
    "west": 180.0,
    "southwest": 225.0,
    "south": 270.0,
    "southeast": 315.0,
}
PLAIN = {
    "east": "to the right",
    "northeast": "up and to the right",
    "north": "up",
    "northwest": "up and to the left",
    "west": "to the left",
    "southwest": "down and to the left",
    "south": "down",
    "southeast": "down and to the right",
}
HOUR_WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
}


# --------------------------------------------------------------------------------------------- geometry


def bearing(x: float, y: float, ox: float, oy: float) -> float:
    """The angle of (x, y) seen from (ox, oy), degrees counter-clockwise from east, up being north."""
    return math.degrees(math.atan2(oy - y, x - ox)) % 360


def off(angle: float, toward: float) -> float:
    """How many degrees ``angle`` is from ``toward`` (0 to 180)."""
    return abs((angle - toward + 180) % 360 - 180)


def far(a: Shape, b: Shape, v: View) -> bool:
    return math.hypot(a.cx - b.cx, a.cy - b.cy) >= v.margin


def point_of(a: Shape, b: Shape, v: View) -> str | None:
    """The compass point of A from B where it is clear."""
    if not far(a, b, v):
        return None
    angle = bearing(a.cx, a.cy, b.cx, b.cy)
    return next((p for p, d in POINTS.items() if off(angle, d) <= INSIDE), None)


def point_verdict(a: Shape, b: Shape, v: View, point: str) -> str | None:
    """yes / no for "is A <point> of B" (the sector rule)."""
    if not far(a, b, v):
        return None
    gap = off(bearing(a.cx, a.cy, b.cx, b.cy), POINTS[point])
    return "yes" if gap <= INSIDE else "no" if gap >= CLEAR_OFF else None


def hour_angle(h: int) -> float:
    return (90.0 - 30.0 * h) % 360


def hour_of(angle: float) -> int | None:
    """The clock hour of ``angle`` where it is within ``HOUR_INSIDE`` of it."""
    return next((h for h in range(1, 13) if off(angle, hour_angle(h)) <= HOUR_INSIDE), None)


def hours_not(angle: float) -> list[int]:
    return [h for h in range(1, 13) if off(angle, hour_angle(h)) >= HOUR_OFF]


def around_middle(s: Shape, v: View) -> float | None:
    """The angle of ``s`` seen from the middle of the picture, where it is far enough from the middle."""
    mid = v.w / 2
    if math.hypot(s.cx - mid, s.cy - mid) < FROM_MIDDLE * v.w:
        return None
    return bearing(s.cx, s.cy, mid, mid)


def half_x(s: Shape, v: View) -> str | None:
    """ "west" / "east": the half of the picture across that ``s`` is clearly in."""
    mid, m = v.w / 2, HALF_MARGIN * v.w
    if s.box[2] < mid and s.cx <= mid - m:
        return "west"
    if s.box[0] >= mid and s.cx >= mid + m:
        return "east"
    return None


def half_y(s: Shape, v: View) -> str | None:
    """ "north" / "south": the half of the picture up or down that ``s`` is clearly in."""
    mid, m = v.w / 2, HALF_MARGIN * v.w
    if s.box[3] < mid and s.cy <= mid - m:
        return "north"
    if s.box[1] >= mid and s.cy >= mid + m:
        return "south"
    return None


PLAIN_HALF = {"north": "top", "south": "bottom", "east": "right", "west": "left"}


def quadrant(s: Shape, v: View) -> str | None:
    """The quadrant ``s`` is clearly in, as a compass point ("northwest")."""
    y, x = half_y(s, v), half_x(s, v)
    return y + x if x and y else None


def quadrant_plain(point: str) -> str:
    """ "northwest": "top left"."""
    return f"{PLAIN_HALF[point[:5]]} {PLAIN_HALF[point[5:]]}"


def out_of_quadrant(s: Shape, v: View, point: str) -> bool:
    """Whether the box of ``s`` lies wholly outside the quadrant ``point``."""
    mid = v.w / 2
    y, x = point[:5], point[5:]
    return (
        (y == "north" and s.box[1] >= mid)
        or (y == "south" and s.box[3] < mid)
        or (x == "west" and s.box[0] >= mid)
        or (x == "east" and s.box[2] < mid)
    )


def third(value: float, v: View) -> int | None:
    """0, 1 or 2: the third of the side ``value`` clearly lies in."""
    m = THIRD_MARGIN * v.w
    for i in range(3):
        if i * v.w / 3 + m <= value <= (i + 1) * v.w / 3 - m:
            return i
    return None


ROWS = ["top", "middle", "bottom"]
COLUMNS = ["left", "middle", "right"]


def region(s: Shape, v: View) -> str | None:
    """The cell of the 3x3 grid ``s`` clearly lies in: "top left", "top", "center", "right" ..."""
    row, col = third(s.cy, v), third(s.cx, v)
    if row is None or col is None:
        return None
    if row == 1 and col == 1:
        return "center"
    if row == 1:
        return COLUMNS[col]
    if col == 1:
        return ROWS[row]
    return f"{ROWS[row]} {COLUMNS[col]}"


def outside_middle_cell(s: Shape, v: View) -> bool:
    m = THIRD_MARGIN * v.w
    return abs(s.cx - v.w / 2) >= v.w / 6 + m or abs(s.cy - v.w / 2) >= v.w / 6 + m


def same_line(a: Shape, b: Shape, v: View, axis: int) -> str | None:
    """yes / no for "A and B in the same row" (``axis`` 1) or column (``axis`` 0)."""
    gap = abs((a.cy - b.cy) if axis else (a.cx - b.cx))
    lo, hi = (1, 3) if axis else (0, 2)
    apart = a.box[hi] < b.box[lo] or b.box[hi] < a.box[lo]
    if gap <= SAME_LINE * v.w:
        return "yes"
    if gap >= OTHER_LINE * v.w and apart:
        return "no"
    return None


def run_into(a: Shape, b: Shape, v: View, down: bool) -> str | None:
    """yes / no for "going straight down (up) from B, do you run into A"."""
    ahead = (a.cy - b.cy) if down else (b.cy - a.cy)
    if ahead <= -v.margin:
        return "no"
    if ahead < v.margin:
        return None
    if a.box[0] - OFF_LINE * v.w >= b.cx or a.box[2] + OFF_LINE * v.w <= b.cx:
        return "no"
    if not a.box[0] + 2 <= b.cx <= a.box[2] - 2:
        return None
    for c in v.shapes:
        if c is a or c is b:
            continue
        nearer = 0 < ((c.cy - b.cy) if down else (b.cy - c.cy)) < ahead
        if nearer and c.box[0] - 2 <= b.cx <= c.box[2] + 2:
            return None
    return "yes"


# ------------------------------------------------------------------------------------ what is asked


def pair_yn(
    v: View, rng: np.random.Generator, say: Callable[[str, str], str], verdict: Callable[[Shape, Shape], str | None]
):
    """yes / no about every ordered pair (A, B) that both can be named and ``verdict`` answers."""
    out = []
    for a, b in v.pairs():
        gold, ra, rb = verdict(a, b), v.ref(a, rng), v.ref(b, rng)
        if gold and ra and rb:
            out.append((say(ra[0], rb[0]), gold))
    return out


def pair_open(
    v: View, rng: np.random.Generator, say: Callable[[str, str], str], answer: Callable[[Shape, Shape], str | None]
):
    return pair_yn(v, rng, say, answer)


def axis(offset: Callable[[Shape, Shape], float], v: View) -> Callable[[Shape, Shape], str | None]:
    return lambda a, b: side_answer(offset(a, b), v.margin)


def north_of(a: Shape, b: Shape) -> float:
    return b.cy - a.cy


def east_of(a: Shape, b: Shape) -> float:
    return a.cx - b.cx


def both_ways(v: View, up: int, right: int) -> Callable[[Shape, Shape], str | None]:
    """yes / no for "A is above (``up`` 1; below -1) and to the right (``right`` 1; left -1) of B"."""

    def verdict(a: Shape, b: Shape) -> str | None:
        dy, dx = up * north_of(a, b), right * east_of(a, b)
        if dy >= v.margin and dx >= v.margin:
            return "yes"
        if dy <= -v.margin or dx <= -v.margin:
            return "no"
        return None

    return verdict


def sector_yn(v: View, point: str) -> Callable[[Shape, Shape], str | None]:
    return lambda a, b: point_verdict(a, b, v, point)


def clock_pairs(v: View, rng: np.random.Generator, say: Callable[[str, str, int], str]):
    """yes / no for "is A at B's <hour> o'clock": yes at its hour, no at an hour clearly off."""
    out = []
    for a, b in v.pairs():
        ra, rb = v.ref(a, rng), v.ref(b, rng)
        if not (ra and rb and far(a, b, v)):
            continue
        angle = bearing(a.cx, a.cy, b.cx, b.cy)
        h = hour_of(angle)
        if h:
            out.append((say(ra[0], rb[0], h), "yes"))
        wrong = hours_not(angle)
        out.append((say(ra[0], rb[0], wrong[int(rng.integers(len(wrong)))]), "no"))
    return out


def reached(v: View, b: Shape, toward: float, inside: float = INSIDE, clear: float = CLEAR_OFF) -> Shape | None:
    """The one shape lying ``toward`` (degrees) from B, every other shape clearly off that way."""
    near = []
    for a in v.shapes:
        if a is b:
            continue
        gap = off(bearing(a.cx, a.cy, b.cx, b.cy), toward)
        if gap <= inside and far(a, b, v):
            near.append(a)
        elif gap < clear:
            return None
    return near[0] if len(near) == 1 else None


def reach(v: View, rng: np.random.Generator, say: Callable[[str, str], str], gold: Callable[[Shape], str], points=None):
    """ "going <point> from B, which shape": every point (of ``points``) where one shape is reached."""
    out = []
    for b in v.shapes:
        rb = v.ref(b, rng)
        if not rb:
            continue
        for point in points or POINTS:
            a = reached(v, b, POINTS[point])
            if a:
                out.append((say(rb[0], point), gold(a)))
    return out


def reach_hour(v: View, rng: np.random.Generator, say: Callable[[str, int], str]):
    out = []
    for b in v.shapes:
        rb = v.ref(b, rng)
        for h in range(1, 13) if rb else []:
            a = reached(v, b, hour_angle(h), HOUR_INSIDE, HOUR_OFF)
            if a:
                out.append((say(rb[0], h), which_one(v, a)))
    return out


def per_shape(v: View, rng: np.random.Generator, say: Callable[[str], str], answer: Callable[[Shape], str | None]):
    out = []
    for s in v.shapes:
        gold, ref = answer(s), v.ref(s, rng)
        if gold and ref:
            out.append((say(ref[0]), gold))
    return out


def per_shape_choice(v: View, rng: np.random.Generator, say: Callable[[str, str], str], options):
    """yes / no about every shape that can be named and every place ``options(shape)`` offers: (the place's phrase,
    yes where the shape is clearly in it, no where it is clearly out, None where neither)."""
    out = []
    for s in v.shapes:
        ref = v.ref(s, rng)
        if ref:
            for phrase, verdict in options(s):
                if verdict:
                    out.append((say(ref[0], phrase), verdict))
    return out


def quadrant_options(v: View, phrase: Callable[[str], str]) -> Callable[[Shape], list[tuple[str, str | None]]]:
    def options(s: Shape) -> list[tuple[str, str | None]]:
        q = quadrant(s, v)
        out = []
        for point in ("northwest", "northeast", "southwest", "southeast"):
            verdict = "yes" if q == point else "no" if out_of_quadrant(s, v, point) else None
            out.append((phrase(point), verdict))
        return out

    return options


def half_options(v: View, phrase: Callable[[str], str], vertical: bool):
    def options(s: Shape) -> list[tuple[str, str | None]]:
        side = half_y(s, v) if vertical else half_x(s, v)
        pair = ("north", "south") if vertical else ("east", "west")
        return [(phrase(p), None if side is None else yn(side == p)) for p in pair]

    return options


def corner_options(v: View, phrase: Callable[[str], str]):
    def options(s: Shape) -> list[tuple[str, str | None]]:
        cell = region(s, v)
        out = []
        for point in ("northwest", "northeast", "southwest", "southeast"):
            plain = quadrant_plain(point)
            if cell == plain:
                verdict = "yes"
            elif (cell is not None and cell != plain) or out_of_quadrant(s, v, point):
                verdict = "no"
            else:
                verdict = None
            out.append((phrase(point), verdict))
        return out

    return options


def occupant(v: View, inside: Callable[[Shape], bool | None]) -> Shape | None:
    """The one shape in a region, where every shape is clearly in (True) or out (False)."""
    verdicts = [inside(s) for s in v.shapes]
    if any(x is None for x in verdicts) or sum(1 for x in verdicts if x) != 1:
        return None
    return v.shapes[verdicts.index(True)]


def in_quadrant(v: View, point: str) -> Callable[[Shape], bool | None]:
    def inside(s: Shape) -> bool | None:
        return True if quadrant(s, v) == point else False if out_of_quadrant(s, v, point) else None

    return inside


def in_corner(v: View, point: str) -> Callable[[Shape], bool | None]:
    def inside(s: Shape) -> bool | None:
        return True if region(s, v) == quadrant_plain(point) else False if out_of_quadrant(s, v, point) else None

    return inside


def in_half(v: View, point: str) -> Callable[[Shape], bool | None]:
    def inside(s: Shape) -> bool | None:
        side = half_y(s, v) if point in ("north", "south") else half_x(s, v)
        return None if side is None else side == point

    return inside


def occupants(v: View, say: Callable[[str], str], gold: Callable[[Shape], str], places, inside) -> list:
    out = []
    for place in places:
        s = occupant(v, inside(v, place))
        if s:
            out.append((say(place), gold(s)))
    return out


def in_line(v: View, index: int, across: bool) -> Callable[[Shape], bool | None]:
    """In row (``across`` False) or column ``index`` of the 3x3 grid: the centre clearly in it, or clearly in
    another."""

    def inside(s: Shape) -> bool | None:
        t = third(s.cx if across else s.cy, v)
        return None if t is None else t == index

    return inside


def colour_of(s: Shape) -> str:
    return s.colour


def partner(v: View, b: Shape, axis_: int) -> Shape | None:
    """The one shape in B's row (``axis_`` 1) or column (0), every other clearly not."""
    verdicts = [(a, same_line(a, b, v, axis_)) for a in v.shapes if a is not b]
    if any(x is None for _, x in verdicts):
        return None
    mates = [a for a, x in verdicts if x == "yes"]
    return mates[0] if len(mates) == 1 else None


def count_in(v: View, inside: Callable[[Shape], bool | None]) -> str | None:
    verdicts = [inside(s) for s in v.shapes]
    return None if any(x is None for x in verdicts) else str(sum(1 for x in verdicts if x))


def closest(v: View, x: float, y: float) -> Shape | None:
    return extreme(v, lambda s: math.hypot(s.cx - x, s.cy - y))


def into_corner(v: View, x: float, y: float) -> Shape | None:
    """The shape furthest into the corner (``x``, ``y``): the closest to it, and the furthest along the diagonal
    toward it, both by the margin."""
    ux, uy = (-1 if x < v.w / 2 else 1), (-1 if y < v.w / 2 else 1)
    near, along = closest(v, x, y), extreme(v, lambda s: -(s.cx * ux + s.cy * uy) / math.sqrt(2))
    return near if near is not None and near is along else None


def is_extreme_ref(v: View, rng: np.random.Generator, say: Callable[[str], str], key: Callable[[Shape], float]):
    """yes / no for "<shape> is the one furthest that way" (``key`` least), where one clearly is."""
    top = extreme(v, key)
    return per_shape(v, rng, say, lambda s: yn(s is top)) if top else []


# relation: along an axis, yes / no or a choice


@template("relation", "is A north of B?", "compass")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} north of {b}?", axis(north_of, v))


@template("relation", "with north at the top of the picture, does A lie east of B?", "compass")
def _(v, rng):
    return pair_yn(
        v, rng, lambda a, b: f"With north at the top of the picture, does {a} lie east of {b}?", axis(east_of, v)
    )


@template("relation", "is A further south than B?", "compass")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} further south than {b}?", axis(lambda a, b: a.cy - b.cy, v))


@template("relation", "is A north or south of B?", "compass")
def _(v, rng):
    return relation_choice(v, rng, lambda a, b, x, y: f"Is {a} {x} or {y} of {b}?", north_of, ("north", "south"))


@template("relation", "taking up as north, which lies farther west: A or B?", "compass")
def _(v, rng):
    return which_of_two(
        v,
        rng,
        lambda x, y: f"Taking up as north, which lies farther west: {x} or {y}?",
        lambda a, b: b.cx - a.cx >= v.margin,
    )


@template("relation", "is A above and to the left of B?", "plain")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} above and to the left of {b}?", both_ways(v, 1, -1))


@template("relation", "is A up and to the right of B?", "plain")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} up and to the right of {b}?", both_ways(v, 1, 1))


@template("relation", "does A sit below B and off to its right?", "plain")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Does {a} sit below {b} and off to its right?", both_ways(v, -1, 1))


@template("relation", "compared with B, is A higher up or lower down?", "plain")
def _(v, rng):
    return relation_choice(
        v,
        rng,
        lambda a, b, x, y: (
            f"Compared with {b}, is {a} {x} {'up' if x == 'higher' else 'down'} or {y} "
            f"{'up' if y == 'higher' else 'down'}?"
        ),
        north_of,
        ("higher", "lower"),
    )


@template("relation", "going from B to A, are you heading east or west?", "travel")
def _(v, rng):
    return relation_choice(
        v, rng, lambda a, b, x, y: f"Going from {b} to {a}, are you heading {x} or {y}?", east_of, ("east", "west")
    )


@template("relation", "if you walk from B over to A, do you have to go up?", "travel")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"If you walk from {b} over to {a}, do you have to go up?", axis(north_of, v))


@template("relation", "starting at B, do I move left to get to A?", "travel")
def _(v, rng):
    return pair_yn(
        v, rng, lambda a, b: f"Starting at {b}, do I move left to get to {a}?", axis(lambda a, b: b.cx - a.cx, v)
    )


# heading: the open direction of A from B


@template("heading", "in which direction is A from B?", "compass")
def _(v, rng):
    return pair_open(v, rng, lambda a, b: f"In which direction is {a} from {b}?", lambda a, b: point_of(a, b, v))


@template("heading", "using compass points with up as north, where is A in relation to B?", "compass")
def _(v, rng):
    return pair_open(
        v,
        rng,
        lambda a, b: f"Using compass points with up as north, where is {a} in relation to {b}?",
        lambda a, b: point_of(a, b, v),
    )


@template("heading", "A is which way from B: N, NE, E, SE, S, SW, W or NW?", "compass")
def _(v, rng):
    return pair_open(
        v,
        rng,
        lambda a, b: f"{cap(a)} is which way from {b}: N, NE, E, SE, S, SW, W or NW?",
        lambda a, b: point_of(a, b, v),
    )


@template("heading", "give the compass heading from B to A.", "compass")
def _(v, rng):
    return pair_open(v, rng, lambda a, b: f"Give the compass heading from {b} to {a}.", lambda a, b: point_of(a, b, v))


@template("heading", "which way is A from B - up, down, left, right or one of the diagonals?", "plain")
def _(v, rng):
    return pair_open(
        v,
        rng,
        lambda a, b: f"Which way is {a} from {b} - up, down, left, right or one of the diagonals?",
        lambda a, b: point_of(a, b, v),
    )


@template("heading", "where's A compared to B? up-left, straight up, up-right and so on", "plain")
def _(v, rng):
    return pair_open(
        v,
        rng,
        lambda a, b: f"Where's {a} compared to {b}? Up-left, straight up, up-right and so on.",
        lambda a, b: point_of(a, b, v),
    )


@template("heading", "i'm standing on B. which way do i head to get to A?", "travel")
def _(v, rng):
    return pair_open(
        v,
        rng,
        lambda a, b: f"I'm standing on {b}. Which way do I head to get to {a}?",
        lambda a, b: point_of(a, b, v),
    )


@template("heading", "player's on B, goal's on A. what direction should the player move?", "travel")
def _(v, rng):
    return pair_open(
        v,
        rng,
        lambda a, b: f"Player's on {b}, goal's on {a}. What direction should the player move?",
        lambda a, b: point_of(a, b, v),
    )


def hour_gold(a: Shape, b: Shape, v: View) -> str | None:
    if not far(a, b, v):
        return None
    h = hour_of(bearing(a.cx, a.cy, b.cx, b.cy))
    return str(h) if h else None


@template("heading", "if B is the middle of a clock face, what hour does A sit at?", "clock")
def _(v, rng):
    return pair_open(
        v,
        rng,
        lambda a, b: f"If {b} is the middle of a clock face, what hour does {a} sit at?",
        lambda a, b: hour_gold(a, b, v),
    )


@template("heading", "from B, A is at how many o'clock?", "clock")
def _(v, rng):
    return pair_open(v, rng, lambda a, b: f"From {b}, {a} is at how many o'clock?", lambda a, b: hour_gold(a, b, v))


@template("heading", "what o'clock is A at, seen from B?", "clock")
def _(v, rng):
    return pair_open(v, rng, lambda a, b: f"What o'clock is {a} at, seen from {b}?", lambda a, b: hour_gold(a, b, v))


# exact: yes / no about a precise direction


@template("exact", "is A straight below B?", "plain")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} straight below {b}?", sector_yn(v, "south"))


@template("exact", "is A directly above B?", "plain")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} directly above {b}?", sector_yn(v, "north"))


@template("exact", "is A diagonally up and to the left of B?", "plain")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} diagonally up and to the left of {b}?", sector_yn(v, "northwest"))


@template("exact", "going diagonally down-right from B, do you get to A?", "travel")
def _(v, rng):
    return pair_yn(
        v, rng, lambda a, b: f"Going diagonally down-right from {b}, do you get to {a}?", sector_yn(v, "southeast")
    )


@template("exact", "is A due east of B?", "compass")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} due east of {b}?", sector_yn(v, "east"))


@template("exact", "does A lie northeast of B?", "compass")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Does {a} lie northeast of {b}?", sector_yn(v, "northeast"))


@template("exact", "is A off to the southwest of B?", "compass")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Is {a} off to the southwest of {b}?", sector_yn(v, "southwest"))


@template("exact", "is A at B's N o'clock?", "clock")
def _(v, rng):
    return clock_pairs(v, rng, lambda a, b, h: f"Is {a} at {b}'s {HOUR_WORDS[h]} o'clock?")


@template("exact", "looking out from B, is A in the N o'clock position?", "clock")
def _(v, rng):
    return clock_pairs(v, rng, lambda a, b, h: f"Looking out from {b}, is {a} in the {h} o'clock position?")


@template("exact", "if you move straight down from B, will you run into A?", "travel")
def _(v, rng):
    return pair_yn(
        v,
        rng,
        lambda a, b: f"If you move straight down from {b}, will you run into {a}?",
        lambda a, b: run_into(a, b, v, True),
    )


@template("exact", "heading due north from B, would you bump into A?", "travel")
def _(v, rng):
    return pair_yn(
        v,
        rng,
        lambda a, b: f"Heading due north from {b}, would you bump into {a}?",
        lambda a, b: run_into(a, b, v, False),
    )


# reach: which shape one gets to going some way from B


@template("reach", "start at B and head P. which shape do you reach?", "travel")
def _(v, rng):
    return reach(
        v, rng, lambda b, p: f"Start at {b} and head {p}. Which shape do you reach?", lambda a: which_one(v, a)
    )


@template("reach", "from B, go P. what do you find there?", "travel")
def _(v, rng):
    return reach(v, rng, lambda b, p: f"From {b}, go {PLAIN[p]}. What do you find there?", lambda a: which_one(v, a))


@template("reach", "you're on B. walk P. what color is the first shape you come to?", "travel")
def _(v, rng):
    return reach(v, rng, lambda b, p: f"You're on {b}. Walk {p}. What color is the first shape you come to?", colour_of)


@template("reach", "what's due P of B?", "compass")
def _(v, rng):
    return reach(
        v,
        rng,
        lambda b, p: f"What's due {p} of {b}?",
        lambda a: which_one(v, a),
        ["north", "south", "east", "west"],
    )


@template("reach", "which shape lies P of B?", "compass")
def _(v, rng):
    return reach(v, rng, lambda b, p: f"Which shape lies {p} of {b}?", lambda a: which_one(v, a))


@template("reach", "what colour is the shape to the P of B?", "compass")
def _(v, rng):
    return reach(v, rng, lambda b, p: f"What colour is the shape to the {p} of {b}?", colour_of)


@template("reach", "which shape is straight to the right of B?", "plain")
def _(v, rng):
    return reach(
        v, rng, lambda b, p: f"Which shape is straight to the right of {b}?", lambda a: which_one(v, a), ["east"]
    )


@template("reach", "what's directly underneath B?", "plain")
def _(v, rng):
    return reach(v, rng, lambda b, p: f"What's directly underneath {b}?", lambda a: which_one(v, a), ["south"])


DIAGONAL = {
    "northwest": "up and to the left",
    "northeast": "up and to the right",
    "southwest": "down and to the left",
    "southeast": "down and to the right",
}


@template("reach", "what shape is diagonally down and to the left from B?", "plain")
def _(v, rng):
    return reach(
        v,
        rng,
        lambda b, p: f"What shape is diagonally {DIAGONAL[p]} from {b}?",
        lambda a: which_one(v, a),
        list(DIAGONAL),
    )


@template("reach", "what's at B's N o'clock?", "clock")
def _(v, rng):
    return reach_hour(v, rng, lambda b, h: f"What's at {b}'s {HOUR_WORDS[h]} o'clock?")


@template("reach", "imagine B is the centre of a clock. which shape is at the N o'clock position?", "clock")
def _(v, rng):
    return reach_hour(
        v, rng, lambda b, h: f"Imagine {b} is the centre of a clock. Which shape is at the {h} o'clock position?"
    )


# place: where in the picture a shape is


def quadrant_gold(s: Shape, v: View) -> str | None:
    q = quadrant(s, v)
    return quadrant_plain(q) if q else None


@template("place", "which quadrant is A in?", "quadrant")
def _(v, rng):
    return per_shape(v, rng, lambda a: f"Which quadrant is {a} in?", lambda s: quadrant_gold(s, v))


@template("place", "split the picture into four quarters. which quarter holds A?", "quadrant")
def _(v, rng):
    return per_shape(
        v,
        rng,
        lambda a: f"Split the picture into four quarters. Which quarter holds {a}?",
        lambda s: quadrant_gold(s, v),
    )


def corner_gold(s: Shape, v: View) -> str | None:
    cell = region(s, v)
    return cell if cell and " " in cell else None


def compass_corner(s: Shape, v: View) -> str | None:
    q = quadrant(s, v)
    return q if q and corner_gold(s, v) else None


@template("place", "in which corner of the picture would you find A: NE, NW, SE or SW?", "compass")
def _(v, rng):
    return per_shape(
        v,
        rng,
        lambda a: f"In which corner of the picture would you find {a}: NE, NW, SE or SW?",
        lambda s: compass_corner(s, v),
    )


@template("place", "on a map where up is north, what part of the picture is A in?", "compass")
def _(v, rng):
    return per_shape(
        v, rng, lambda a: f"On a map where up is north, what part of the picture is {a} in?", lambda s: region(s, v)
    )


@template("place", "whereabouts is A? top, bottom, left, right, middle, or a corner?", "plain")
def _(v, rng):
    return per_shape(
        v,
        rng,
        lambda a: f"Whereabouts is {a}? Top, bottom, left, right, middle, or a corner?",
        lambda s: region(s, v),
    )


def middle_hour(s: Shape, v: View) -> str | None:
    angle = around_middle(s, v)
    h = None if angle is None else hour_of(angle)
    return str(h) if h else None


@template("place", "if the picture were a clock face, what hour would A be at?", "clock")
def _(v, rng):
    return per_shape(
        v, rng, lambda a: f"If the picture were a clock face, what hour would {a} be at?", lambda s: middle_hour(s, v)
    )


@template("place", "picture a clock laid over the image. where's A, in o'clock terms?", "clock")
def _(v, rng):
    return per_shape(
        v,
        rng,
        lambda a: f"Picture a clock laid over the image. Where's {a}, in o'clock terms?",
        lambda s: middle_hour(s, v),
    )


@template("place", "is A in the top half of the picture or the bottom half?", "quadrant")
def _(v, rng):
    def gold(s: Shape) -> str | None:
        side = half_y(s, v)
        return PLAIN_HALF[side] if side else None

    return per_shape(v, rng, lambda a: f"Is {a} in the top half of the picture or the bottom half?", gold)


@template("place", "is A in the eastern or the western half of the picture?", "compass")
def _(v, rng):
    def say(a: str) -> str:
        x, y = in_either_order(rng, "eastern", "western")
        return f"Is {a} in the {x} or the {y} half of the picture?"

    return per_shape(v, rng, say, lambda s: half_x(s, v))


@template("place", "cut the picture into three columns. which one is A in: left, middle or right?", "grid")
def _(v, rng):
    def gold(s: Shape) -> str | None:
        t = third(s.cx, v)
        return None if t is None else COLUMNS[t]

    return per_shape(
        v, rng, lambda a: f"Cut the picture into three columns. Which one is {a} in: left, middle or right?", gold
    )


@template("place", "if you split the picture into three rows, which one is A in: top, middle or bottom?", "grid")
def _(v, rng):
    def gold(s: Shape) -> str | None:
        t = third(s.cy, v)
        return None if t is None else ROWS[t]

    return per_shape(
        v, rng, lambda a: f"If you split the picture into three rows, which one is {a} in: top, middle or bottom?", gold
    )


# inregion: yes / no, is a shape in a part of the picture


@template("inregion", "is A in the top-right quadrant?", "quadrant")
def _(v, rng):
    return per_shape_choice(
        v,
        rng,
        lambda a, q: f"Is {a} in the {q} quadrant?",
        quadrant_options(v, lambda p: quadrant_plain(p).replace(" ", "-")),
    )


@template("inregion", "is A in the northwest quarter of the picture?", "compass")
def _(v, rng):
    return per_shape_choice(
        v, rng, lambda a, q: f"Is {a} in the {q} quarter of the picture?", quadrant_options(v, lambda p: p)
    )


@template("inregion", "on the minimap, is A up in the top left?", "travel")
def _(v, rng):
    def phrase(p: str) -> str:
        return ("up in the " if p.startswith("north") else "down in the ") + quadrant_plain(p)

    return per_shape_choice(v, rng, lambda a, q: f"On the minimap, is {a} {q}?", quadrant_options(v, phrase))


@template("inregion", "is A in the lower half?", "quadrant")
def _(v, rng):
    return per_shape(
        v,
        rng,
        lambda a: f"Is {a} in the lower half?",
        lambda s: None if half_y(s, v) is None else yn(half_y(s, v) == "south"),
    )


@template("inregion", "does A sit in the southern half of the image?", "compass")
def _(v, rng):
    return per_shape_choice(
        v,
        rng,
        lambda a, h: f"Does {a} sit in the {h} half of the image?",
        half_options(v, lambda p: p + "ern", True),
    )


@template("inregion", "is A over on the east side of the picture?", "compass")
def _(v, rng):
    return per_shape_choice(
        v,
        rng,
        lambda a, h: f"Is {a} over on the {h} side of the picture?",
        half_options(v, lambda p: p, False),
    )


@template("inregion", "is A tucked into the bottom-left corner?", "quadrant")
def _(v, rng):
    return per_shape_choice(
        v,
        rng,
        lambda a, c: f"Is {a} tucked into the {c} corner?",
        corner_options(v, lambda p: quadrant_plain(p).replace(" ", "-")),
    )


@template("inregion", "is A right in the middle of the picture?", "plain")
def _(v, rng):
    def gold(s: Shape) -> str | None:
        cell = region(s, v)
        return "yes" if cell == "center" else "no" if outside_middle_cell(s, v) else None

    return per_shape(v, rng, lambda a: f"Is {a} right in the middle of the picture?", gold)


@template("inregion", "treat the picture as a clock face: is A at about N o'clock?", "clock")
def _(v, rng):
    out = []
    for s in v.shapes:
        ref, angle = v.ref(s, rng), around_middle(s, v)
        if not ref or angle is None:
            continue
        h = hour_of(angle)
        if h:
            out.append((f"Treat the picture as a clock face: is {ref[0]} at about {h} o'clock?", "yes"))
        wrong = hours_not(angle)
        h = wrong[int(rng.integers(len(wrong)))]
        out.append((f"Treat the picture as a clock face: is {ref[0]} at about {h} o'clock?", "no"))
    return out


@template("inregion", "if you divide the picture into a 3 by 3 grid, is A in the top row?", "grid")
def _(v, rng):
    def options(s: Shape) -> list[tuple[str, str | None]]:
        t = third(s.cy, v)
        return [(row, None if t is None else yn(t == i)) for i, row in enumerate(ROWS)]

    return per_shape_choice(
        v, rng, lambda a, r: f"If you divide the picture into a 3 by 3 grid, is {a} in the {r} row?", options
    )


@template("inregion", "is A in the northeast?", "compass")
def _(v, rng):
    return per_shape_choice(v, rng, lambda a, q: f"Is {a} in the {q}?", quadrant_options(v, lambda p: p))


# occupant: which shape is in a part of the picture


QUADRANTS = ["northwest", "northeast", "southwest", "southeast"]


@template("occupant", "what shape is in the top-left quadrant?", "quadrant")
def _(v, rng):
    return occupants(
        v,
        lambda p: f"What shape is in the {quadrant_plain(p).replace(' ', '-')} quadrant?",
        lambda s: which_one(v, s),
        QUADRANTS,
        in_quadrant,
    )


@template("occupant", "top-right quadrant: what's in there?", "quadrant")
def _(v, rng):
    return occupants(
        v,
        lambda p: f"{cap(quadrant_plain(p)).replace(' ', '-')} quadrant: what's in there?",
        lambda s: which_one(v, s),
        QUADRANTS,
        in_quadrant,
    )


@template("occupant", "what colour is the shape in the bottom right quarter?", "quadrant")
def _(v, rng):
    return occupants(
        v, lambda p: f"What colour is the shape in the {quadrant_plain(p)} quarter?", colour_of, QUADRANTS, in_quadrant
    )


@template("occupant", "which shape is in the northeast corner of the picture?", "compass")
def _(v, rng):
    return occupants(
        v,
        lambda p: f"Which shape is in the {p} corner of the picture?",
        lambda s: which_one(v, s),
        QUADRANTS,
        in_corner,
    )


@template("occupant", "what's sitting in the southern half of the picture?", "compass")
def _(v, rng):
    return occupants(
        v,
        lambda p: f"What's sitting in the {p}ern half of the picture?",
        lambda s: which_one(v, s),
        list(PLAIN_HALF),
        in_half,
    )


@template("occupant", "name the colour of the shape over in the western half.", "compass")
def _(v, rng):
    return occupants(
        v,
        lambda p: f"Name the colour of the shape over in the {p}ern half.",
        colour_of,
        list(PLAIN_HALF),
        in_half,
    )


@template("occupant", "which shape is in the middle of the picture?", "plain")
def _(v, rng):
    def inside(s: Shape) -> bool | None:
        return True if region(s, v) == "center" else False if outside_middle_cell(s, v) else None

    s = occupant(v, inside)
    return [("Which shape is in the middle of the picture?", which_one(v, s))] if s else []


@template("occupant", "if the picture is a clock, what's at N o'clock?", "clock")
def _(v, rng):
    out = []
    for h in range(1, 13):
        near = [s for s in v.shapes if (a := around_middle(s, v)) is not None and off(a, hour_angle(h)) <= HOUR_INSIDE]
        rest = [s for s in v.shapes if s not in near]
        clear = all(off(bearing(s.cx, s.cy, v.w / 2, v.w / 2), hour_angle(h)) >= HOUR_OFF for s in rest)
        if len(near) == 1 and clear:
            out.append((f"If the picture is a clock, what's at {h} o'clock?", which_one(v, near[0])))
    return out


@template("occupant", "on this map, which shape is in the top right zone?", "travel")
def _(v, rng):
    return occupants(
        v,
        lambda p: f"On this map, which shape is in the {quadrant_plain(p)} zone?",
        lambda s: which_one(v, s),
        QUADRANTS,
        in_quadrant,
    )


@template("occupant", "picture the image cut into three columns. which shape is in the left-hand one?", "grid")
def _(v, rng):
    out = []
    for i, col in enumerate(COLUMNS):
        s = occupant(v, in_line(v, i, True))
        if s:
            name = {"left": "left-hand", "right": "right-hand", "middle": "middle"}[col]
            out.append(
                (f"Picture the image cut into three columns. Which shape is in the {name} one?", which_one(v, s))
            )
    return out


@template("occupant", "with the picture split into three rows, what's in the bottom row?", "grid")
def _(v, rng):
    out = []
    for i, row in enumerate(ROWS):
        s = occupant(v, in_line(v, i, False))
        if s:
            out.append((f"With the picture split into three rows, what's in the {row} row?", which_one(v, s)))
    return out


# extreme: furthest some way


@template("extreme", "which shape is furthest north?", "compass")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("Which shape is furthest north?", which_one(v, s))] if s else []


@template("extreme", "what's the most easterly shape?", "compass")
def _(v, rng):
    s = extreme(v, lambda s: -s.cx)
    return [("What's the most easterly shape?", which_one(v, s))] if s else []


@template("extreme", "what colour is the southernmost shape?", "compass")
def _(v, rng):
    s = extreme(v, lambda s: -s.cy)
    return [("What colour is the southernmost shape?", s.colour)] if s else []


@template("extreme", "out of all of them, which one's the farthest south?", "compass")
def _(v, rng):
    s = extreme(v, lambda s: -s.cy)
    return [("Out of all of them, which one's the farthest south?", which_one(v, s))] if s else []


@template("extreme", "is A the westernmost shape?", "compass")
def _(v, rng):
    return is_extreme_ref(v, rng, lambda a: f"Is {a} the westernmost shape?", lambda s: s.cx)


@template("extreme", "is A the most northerly thing in the picture?", "compass")
def _(v, rng):
    return is_extreme_ref(v, rng, lambda a: f"Is {a} the most northerly thing in the picture?", lambda s: s.cy)


@template("extreme", "which shape is furthest toward the top left corner?", "plain")
def _(v, rng):
    s = into_corner(v, 0, 0)
    return [("Which shape is furthest toward the top left corner?", which_one(v, s))] if s else []


@template("extreme", "which shape is closest to the bottom-right corner?", "plain")
def _(v, rng):
    s = into_corner(v, v.w, v.w)
    return [("Which shape is closest to the bottom-right corner?", which_one(v, s))] if s else []


@template("extreme", "which shape is nearest the middle of the picture?", "plain")
def _(v, rng):
    s = closest(v, v.w / 2, v.w / 2)
    return [("Which shape is nearest the middle of the picture?", which_one(v, s))] if s else []


@template("extreme", "which shape is snuggled deepest into the bottom-left corner?", "quadrant")
def _(v, rng):
    s = into_corner(v, 0, v.w)
    return [("Which shape is snuggled deepest into the bottom-left corner?", which_one(v, s))] if s else []


@template("extreme", "in a race to the top of the picture, which shape is winning?", "travel")
def _(v, rng):
    s = extreme(v, lambda s: s.cy)
    return [("In a race to the top of the picture, which shape is winning?", which_one(v, s))] if s else []


# grid: rows, columns and counts by region


@template("grid", "are A and B in the same row?", "grid")
def _(v, rng):
    return pair_yn(v, rng, lambda a, b: f"Are {a} and {b} in the same row?", lambda a, b: same_line(a, b, v, 1))


@template("grid", "do A and B line up in a column, one above the other?", "grid")
def _(v, rng):
    return pair_yn(
        v,
        rng,
        lambda a, b: f"Do {a} and {b} line up in a column, one above the other?",
        lambda a, b: same_line(a, b, v, 0),
    )


@template("grid", "are A and B level with each other, side by side?", "grid")
def _(v, rng):
    return pair_yn(
        v,
        rng,
        lambda a, b: f"Are {a} and {b} level with each other, side by side?",
        lambda a, b: same_line(a, b, v, 1),
    )


@template("grid", "which shape shares a row with B?", "grid")
def _(v, rng):
    return per_shape(
        v, rng, lambda b: f"Which shape shares a row with {b}?", lambda b: (p := partner(v, b, 1)) and which_one(v, p)
    )


@template("grid", "what's in the same column as B?", "grid")
def _(v, rng):
    return per_shape(
        v, rng, lambda b: f"What's in the same column as {b}?", lambda b: (p := partner(v, b, 0)) and which_one(v, p)
    )


@template("grid", "how many shapes are in the top half?", "quadrant")
def _(v, rng):
    n = count_in(v, in_half(v, "north"))
    return [("How many shapes are in the top half?", n)] if n else []


@template("grid", "how many shapes are in the western half of the picture?", "compass")
def _(v, rng):
    n = count_in(v, in_half(v, "west"))
    return [("How many shapes are in the western half of the picture?", n)] if n else []


@template("grid", "count the shapes in the bottom-right quadrant.", "quadrant")
def _(v, rng):
    out = []
    for point in QUADRANTS:
        n = count_in(v, in_quadrant(v, point))
        if n:
            out.append((f"Count the shapes in the {quadrant_plain(point).replace(' ', '-')} quadrant.", n))
    return out


@template("grid", "how many shapes lie north of B?", "compass")
def _(v, rng):
    def gold(b: Shape) -> str | None:
        sides = [side_answer(north_of(a, b), v.margin) for a in v.shapes if a is not b]
        return None if None in sides else str(sides.count("yes"))

    return per_shape(v, rng, lambda b: f"How many shapes lie north of {b}?", gold)


@template("grid", "of the shapes in the top half, which one is furthest left?", "grid")
def _(v, rng):
    sides = [half_y(s, v) for s in v.shapes]
    if None in sides:
        return []
    up = [s for s, side in zip(v.shapes, sides, strict=True) if side == "north"]
    if len(up) < 2:
        return []
    ranked = sorted(up, key=lambda s: s.cx)
    if ranked[1].cx - ranked[0].cx < v.margin:
        return []
    return [("Of the shapes in the top half, which one is furthest left?", which_one(v, ranked[0]))]


def with_a_yes(fn: Callable) -> Callable:
    """A template offered only in a picture where it can be asked with a gold other than no."""

    def offer(v: View, rng: np.random.Generator) -> list[tuple[str, str]]:
        found = fn(v, rng)
        return [] if all(gold == "no" for _, gold in found) else found

    return offer


RARE_YES = {"exact", "grid"}  # families whose yes (a precise direction, a shared row or column) is rare
TEMPLATES[:] = [
    (family, name, tag, with_a_yes(fn) if family in RARE_YES else fn) for family, name, tag, fn in TEMPLATES
]
FAMILIES = list(dict.fromkeys(family for family, _, _, _ in TEMPLATES))


# ----------------------------------------------------------------------------------------------------- scoring

POINT_WORDS = {
    **dict.fromkeys(["north", "northern", "northward", "northwards", "northerly", "n"], "n"),
    **dict.fromkeys(["up", "upward", "upwards", "top", "above", "upper", "higher"], "n"),
    **dict.fromkeys(["south", "southern", "southward", "southwards", "southerly", "s"], "s"),
    **dict.fromkeys(["down", "downward", "downwards", "bottom", "below", "lower", "beneath", "under"], "s"),
    **dict.fromkeys(["east", "eastern", "eastward", "eastwards", "easterly", "e", "right", "rightward"], "e"),
    **dict.fromkeys(["west", "western", "westward", "westwards", "westerly", "w", "left", "leftward"], "w"),
    **dict.fromkeys(["center", "centre", "middle", "central"], "c"),
    **{f"{y}{x}": y[0] + x[0] for y in ("north", "south") for x in ("east", "west")},
    **{y[0] + x[0]: y[0] + x[0] for y in ("north", "south") for x in ("east", "west")},
}
"""The words of a direction or a place, each read as its compass letters ("up": n, "northeast" / "ne": ne)."""
PLACE_FILLER = {
    "the", "a", "an", "of", "to", "and", "in", "on", "at", "it", "it's", "its", "is", "from", "toward", "towards",
    "picture", "image", "frame", "side", "hand", "corner", "quadrant", "quarter", "half", "part", "region", "area",
    "edge", "direction", "way", "diagonally", "diagonal", "directly", "due", "straight", "one", "shape", "thing",
    "object", "row", "column", "position", "located", "lies", "sits", "there", "go", "head", "move",
    *ALL_KINDS, *COLOURS, "grey",
}  # fmt: skip
"""Words an answer about a place may carry besides its direction words."""


def points(text: str) -> set[str] | None:
    """The compass letters ``text`` names (middle dropped beside another), or None where it says anything else."""
    letters: set[str] = set()
    for word in re.findall(r"[a-z']+", text.lower().replace("-", " ")):
        if word in PLACE_FILLER:
            continue
        if word not in POINT_WORDS:
            return None
        letters |= set(POINT_WORDS[word])
    if len(letters) > 1:
        letters.discard("c")
    return letters or None


HOUR_FILLER = {"o'clock", "oclock", "o", "clock", "at", "about", "around", "the", "position", "hour", "its"}


def normalise(said: str, gold: str) -> str:
    """The answer in the gold's terms: a place or direction as its set of compass letters, an hour without "o'clock",
    else the personas benchmark's reading."""
    if not gold.isdigit() and points(gold) is not None:
        found = points(said)
        if found is not None:
            return gold if found == points(gold) else said
    if gold.isdigit():
        text = re.sub(r"\b(\d{1,2}):00\b", r"\1", said.lower())
        words = [w for w in re.findall(r"[a-z0-9']+", text) if w not in HOUR_FILLER]
        words = [{"eleven": "11", "twelve": "12", "noon": "12", "midnight": "12"}.get(w, w) for w in words]
        if words:
            return personas.normalise(" ".join(words), gold)
    return personas.normalise(said, gold)


# ----------------------------------------------------------------------------------------------------- run


pick_questions = spoken.question_picker(TEMPLATES, Item)


def main() -> None:
    wording = spoken.Wording(TEMPLATES, TAGS, pick_questions, "tag", "By sub-style tag (how the directions are given):")
    directions = replace(
        wording,
        columns="family / tag / wording",
        width=16,
        template_width=None,
        normalise=normalise,
        group_of=lambda item: item.tag,
    )
    spoken.run_wording(__doc__, directions)


if __name__ == "__main__":
    main()
