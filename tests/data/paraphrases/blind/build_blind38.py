# ruff: noqa: E501
"""Blind paraphrase set 38: the early-geometry classroom. A primary-school teacher talking to a child, a worksheet, a
parent at the kitchen table and a geometry tutor ask about pictures with the words of early geometry: sides, corners,
vertices, edges, points, straight and curved, round shapes, "four-sided", "the shape with three corners", riddles
("I have six sides and six corners, what am I?"), counting, colours, sizes, which shape is at the top, on the left or
in the middle, "how many more circles than squares", "is the hexagon bigger than the triangle". About three in five
questions are about the drawing of flat shapes (the ``shapes`` graph: two circles, a square, a triangle, a
rectangle, a star and a hexagon, each with a colour, a size and a place); the rest are the same voices on CLEVR
scenes (cubes, balls, cylinders) and on the street, kitchen and park graphs. About one question in ten must be
refused: what the graph cannot tell (angles in degrees, lengths and areas in centimetres, lines of symmetry, whether
a shape is regular or equilateral, what it was drawn with, the faces, edges and corners of a solid, the star's
corners, which may be 5 or 10). About one in twelve has an ordinary typo or no question mark.

The gold programs read a figure's sides, corners and points with ``q`` (the notation filters no figure by them, so
"the shapes with four sides" are the quadrilaterals and "the three-sided shape" the triangle); sums and comparisons
of those counts ("how many more sides does the hexagon have than the triangle") are written with ``num``, since a
count read with ``q`` is a value the arithmetic does not take.

A flat figure's sides and corners are those of its shape (triangle 3, square and rectangle 4, hexagon 6, a circle
none; a five-pointed star has 10 sides and 5 points). "The X" is asked only where exactly one X is drawn; since a
square is also a rectangle to a geometer, "the rectangle" is the yellow one (the only shape drawn as a rectangle).
Written without reading the parser, the grammar or any other set but the twenty-third (read for the format only).

Run ``python build_blind38.py`` to write ``../blind38.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind38.jsonl"
Q, C, P, X = question_recorder()
SH = "shapes"

# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
SIDES = {"circle": 0, "triangle": 3, "square": 4, "rectangle": 4, "hexagon": 6, "star": 10}
CORNERS = {"circle": 0, "triangle": 3, "square": 4, "rectangle": 4, "hexagon": 6}  # the star's: 5 or 10, never asked
POINTS = {"star": 5}
PIXELS = 40  # how far apart (pixels) two centres must be for a person to call which is further left / higher
TIE = 0.25  # CLEVR: scene units along an axis too close to call
NEAR_RATIO = 1.2


def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas (the list convention)."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def shape(p: Photo, oid: str) -> str:
    return p.value(oid, "shape")


def the_shape(p: Photo, kind: str, **want) -> str:
    """The one figure drawn as ``kind`` (by its shape attribute: the rectangle is not the square)."""
    return p.the(None, shape=kind, **want)


def sides(p: Photo, oid: str) -> int:
    return SIDES[shape(p, oid)]


def corners(p: Photo, oid: str) -> int:
    return CORNERS[shape(p, oid)]


def having(p: Photo, table: dict, k: int) -> list[str]:
    return [o for o in p.objects if table.get(shape(p, o)) == k]


def centre(p: Photo, oid: str) -> tuple[float, float]:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x1 + x2) / 2, (y1 + y2) / 2


def extreme(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th of ids from ``side`` (left, right, top, bottom) by box centre; NotUnique when a neighbour is within
    PIXELS."""
    axis = 0 if side in {"left", "right"} else 1
    order = sorted(ids, key=lambda i: centre(p, i)[axis], reverse=side in {"right", "bottom"})
    if len(order) < k:
        raise NotUnique("too few")
    here = centre(p, order[k - 1])[axis]
    if any(abs(centre(p, order[j])[axis] - here) < PIXELS for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def middle_one(p: Photo, ids: list[str]) -> str:
    if len(ids) % 2 == 0:
        raise NotUnique("no middle one")
    return extreme(p, ids, "left", (len(ids) + 1) // 2)


def corner_of(p: Photo, v: str, h: str) -> str:
    return only(p.f(vposition=v, hposition=h))


def box_area(p: Photo, oid: str) -> float:
    x1, y1, x2, y2 = p.objects[oid]["box"]
    return (x2 - x1) * (y2 - y1)


SIZE_RANK = {"small": 0, "large": 1}


def flat_bigger(p: Photo, a: str, b: str) -> bool:
    """Whether figure a is clearly bigger than figure b: by size class, else by a clear (1.5 times) difference in
    area; NotUnique when a careful person could not say."""
    ra, rb = SIZE_RANK[p.value(a, "size")], SIZE_RANK[p.value(b, "size")]
    if ra != rb:
        return ra > rb
    big, small = box_area(p, a), box_area(p, b)
    if max(big, small) < 1.5 * min(big, small):
        raise NotUnique("about one size")
    return big > small


def bigger_name(p: Photo, a: str, b: str) -> str:
    return p.name(a) if flat_bigger(p, a, b) else p.name(b)


def flat_extreme_size(p: Photo, ids: list[str], biggest: bool) -> str:
    """The clearly biggest (smallest) of ids."""
    for i in ids:
        if all(i == j or (flat_bigger(p, i, j) if biggest else flat_bigger(p, j, i)) for j in ids):
            return i
    raise NotUnique("no clear extreme")


def nearest_shape(p: Photo, anchor: str) -> str:
    dist = {i: math.dist(centre(p, i), centre(p, anchor)) for i in p.objects if i != anchor}
    order = sorted(dist, key=dist.__getitem__)
    if dist[order[1]] < NEAR_RATIO * dist[order[0]]:
        raise NotUnique("about equally near")
    return order[0]


def side_of(p: Photo, oid: str, anchor: str, side: str) -> bool:
    """Whether oid is ``side`` (left, right, above, below) of anchor: centres apart by PIXELS along that axis and
    the boxes not overlapping along it (NotUnique when the two readings disagree)."""
    axis = 0 if side in {"left", "right"} else 1
    sign = -1 if side in {"left", "above"} else 1
    a, o = p.objects[anchor]["box"], p.objects[oid]["box"]
    by_centre = sign * (centre(p, oid)[axis] - centre(p, anchor)[axis]) > PIXELS
    if sign > 0:
        by_box = o[axis] > a[axis + 2]
    else:
        by_box = o[axis + 2] < a[axis]
    if by_centre != by_box:
        raise NotUnique(f"{oid} {side} of {anchor}: unclear")
    return by_centre


def directly(p: Photo, anchor: str, side: str) -> str:
    """The one figure above (below) the anchor whose box overlaps it sideways."""
    a = p.objects[anchor]["box"]
    found = [
        o
        for o in p.objects
        if o != anchor
        and side_of(p, o, anchor, side)
        and p.objects[o]["box"][0] < a[2]
        and p.objects[o]["box"][2] > a[0]
    ]
    return only(found)


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


# CLEVR, as the twenty-third set reads a scene's directions
def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = along(s, order[k - 1], side)
    if any(abs(along(s, order[j], side) - here) < TIE for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    here = along(s, anchor, relation)
    for j in s.all():
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return s.rel(relation, anchor)


def is_rel(s: Clevr, target: dict, relation: str, anchor: dict) -> str:
    t, a = s.the(**target), s.the(**anchor)
    if abs(along(s, t, relation) - along(s, a, relation)) < TIE:
        raise NotUnique("too close to call")
    return yes(t in s.rel(relation, a))


def nearest(s: Clevr, ids: list[int], anchor: int) -> int:
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=lambda i: dist[i])
    if len(order) > 1 and dist[order[1]] < NEAR_RATIO * dist[order[0]]:
        raise NotUnique("about equally far")
    pix = s.objects[anchor]["pixel_coords"][:2]
    on_image = min(dist, key=lambda i: math.dist(s.objects[i]["pixel_coords"][:2], pix))
    if on_image != order[0]:
        raise NotUnique("nearest on the ground is not nearest in the picture")
    return order[0]


def clevr_bigger(s: Clevr, a: int, b: int) -> str:
    if s.a(a, "size") == s.a(b, "size"):
        raise NotUnique("one size")
    return yes(s.a(a, "size") == "large")


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


# =================================================================================================================
# The drawing of flat shapes
# s1 big red circle (top left), s2 small blue square (top middle), s3 big green triangle (top right),
# s4 big yellow rectangle (bottom left), s5 small red star (bottom middle), s6 small blue hexagon (bottom right),
# s7 small blue circle (the middle of the picture)
# =================================================================================================================

# --- counting ----------------------------------------------------------------------------------------------------
P("count", SH, "How many shapes are there in the picture?", "count(scene())", lambda p: n(p.objects))
P("count", SH, "Count the circles for me. How many are there?", "count(sel(circle))", lambda p: n(p.f("circle")))
P("count", SH, "How many traingles can you see?", "count(sel(triangle))", lambda p: n(p.f("triangle")))
P("count", SH, "How many blue shapes are there?", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P("count", SH, "how many red shapes are there", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "count",
    SH,
    "Can you tell me how many big shapes there are?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "count",
    SH,
    "How many shapes are in the top row?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "count",
    SH,
    "How many shapes are on the left-hand side of the picture?",
    "count(f(scene(), hposition=left))",
    lambda p: n(p.f(hposition="left")),
)
P(
    "count",
    SH,
    "How many quadrilaterals are in the picture?",
    "count(sel(quadrilateral))",
    lambda p: n(having(p, SIDES, 4)),
)
P(
    "count",
    SH,
    "If we count a square as a rectangle too, how many rectangles are there?",
    "count(union(sel(rectangle), sel(square)))",  # whether squares count is debated: the gold names both
    lambda p: n(p.f(("rectangle", "square"))),
)
P("count", SH, "How many pentagons are there?", "count(sel(pentagon))", lambda p: n(p.f("pentagon")))
P("count", SH, "How many cirlces are in the picture?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "number",
    SH,
    "How many different colours are used in the picture?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "number",
    SH,
    "How many different kinds of shape can you find?",
    "nvalues(scene(), shape)",
    lambda p: str(len({shape(p, o) for o in p.objects})),
)

# --- sides, corners, points --------------------------------------------------------------------------------------
P(
    "figure",
    SH,
    "How many shapes have exactly four sides?",
    "count(sel(quadrilateral))",
    lambda p: n(having(p, SIDES, 4)),
)
P(
    "figure",
    SH,
    "Count the four-sided shapes.",
    "count(union(sel(square), f(scene(), shape=rectangle)))",
    lambda p: n(having(p, SIDES, 4)),
)
P("figure", SH, "How many shapes have no corners at all?", "count(sel(circle))", lambda p: n(having(p, CORNERS, 0)))
P(
    "figure",
    SH,
    "How many of the shapes have only straight sides?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if shape(p, o) != "circle"]),
)
P("figure", SH, "How many shapes have a curved edge?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "figure",
    SH,
    "How many shapes have more than four sides?",
    "count(union(sel(hexagon), sel(star)))",
    lambda p: n([o for o in p.objects if sides(p, o) > 4]),
)
P(
    "figure",
    SH,
    "How many sides does the hexagon have?",
    "q(u(sel(hexagon)), sides)",
    lambda p: str(sides(p, the_shape(p, "hexagon"))),
)
P(
    "figure",
    SH,
    "Look at the green triangle. How many corners does it have?",
    "q(u(f(sel(triangle), color=green)), corners)",
    lambda p: str(corners(p, the_shape(p, "triangle", color="green"))),
)
P(
    "figure",
    SH,
    "How many vertices does the square have?",
    "q(u(sel(square)), corners)",
    lambda p: str(corners(p, the_shape(p, "square"))),
)
P(
    "figure",
    SH,
    "How many edges does the yellow rectangle have?",
    "q(u(f(scene(), shape=rectangle, color=yellow)), sides)",
    lambda p: str(sides(p, the_shape(p, "rectangle", color="yellow"))),
)
P(
    "figure",
    SH,
    "How many points does the star have?",
    "q(u(sel(star)), points)",
    lambda p: str(POINTS[shape(p, the_shape(p, "star"))]),
)
P(
    "figure",
    SH,
    "How many sides does the star have?",
    "q(u(sel(star)), sides)",
    lambda p: str(sides(p, the_shape(p, "star"))),
)
P(
    "figure",
    SH,
    "How many corners does the big red circle have?",
    "q(u(f(sel(circle), size=large, color=red)), corners)",
    lambda p: str(corners(p, the_shape(p, "circle", size="large"))),
)
P(
    "figure",
    SH,
    "How many sides has the green shape got?",
    "q(u(f(scene(), color=green)), sides)",
    lambda p: str(sides(p, p.the(None, color="green"))),
)
P(
    "figure",
    SH,
    "how many corners does the yellow shape have",
    "q(u(f(scene(), color=yellow)), corners)",
    lambda p: str(corners(p, p.the(None, color="yellow"))),
)
P(
    "figure",
    SH,
    "The shape in the top right corner: how many sides does it have?",
    "q(u(f(scene(), vposition=top, hposition=right)), sides)",
    lambda p: str(sides(p, corner_of(p, "top", "right"))),
)
P(
    "figure",
    SH,
    "How many more sides does the hexagon have than the triangle?",
    "sub(num(6), num(3))",
    lambda p: str(sides(p, the_shape(p, "hexagon")) - sides(p, the_shape(p, "triangle"))),
)
P(
    "figure",
    SH,
    "How many sides do the square, the triangle and the hexagon have altogether?",
    "add(add(num(4), num(3)), num(6))",
    lambda p: str(sum(sides(p, the_shape(p, k)) for k in ("square", "triangle", "hexagon"))),
)
P(
    "figure",
    SH,
    "Does the hexagon have more sides than the square?",
    "gt(num(6), num(4))",
    lambda p: yes(sides(p, the_shape(p, "hexagon")) > sides(p, the_shape(p, "square"))),
)
P(
    "figure",
    SH,
    "Do the square and the rectangle have the same number of sides?",
    "same(u(sel(square)), u(f(scene(), shape=rectangle)), sides)",
    lambda p: yes(sides(p, the_shape(p, "square")) == sides(p, the_shape(p, "rectangle"))),
)
P(
    "figure",
    SH,
    "Has the triangle got the same number of corners as the hexagon?",
    "same(u(sel(triangle)), u(sel(hexagon)), corners)",
    lambda p: yes(corners(p, the_shape(p, "triangle")) == corners(p, the_shape(p, "hexagon"))),
)
P(
    "figure",
    SH,
    "Does the small circle have any corners?",
    "gt(num(0), num(0))",
    lambda p: yes(corners(p, the_shape(p, "circle", size="small")) > 0),
)
P(
    "figure",
    SH,
    "Which shape has three sides?",
    "q(u(sel(triangle)), shape)",
    lambda p: shape(p, only(having(p, SIDES, 3))),
)
P(
    "figure",
    SH,
    "Which shape has six corners?",
    "q(u(sel(hexagon)), shape)",
    lambda p: shape(p, only(having(p, CORNERS, 6))),
)
P(
    "figure",
    SH,
    "Which shape has five points?",
    "q(u(sel(star)), shape)",
    lambda p: shape(p, only([o for o in p.objects if POINTS.get(shape(p, o)) == 5])),
)
P(
    "figure",
    SH,
    "Which shape has got no corners?",
    "q(sel(circle), shape)",
    lambda p: only(sorted({shape(p, o) for o in having(p, CORNERS, 0)})),
)
P(
    "figure",
    SH,
    "I have three sides and three corners. What shape am I?",
    "q(u(sel(triangle)), shape)",
    lambda p: shape(p, only([o for o in having(p, SIDES, 3) if corners(p, o) == 3])),
)
P(
    "figure",
    SH,
    "I have six straight sides and six vertices. Which shape am I?",
    "q(u(sel(hexagon)), shape)",
    lambda p: shape(p, only(having(p, SIDES, 6))),
)
P(
    "figure",
    SH,
    "I am yellow and I have four sides. What shape am I?",
    "q(u(f(sel(quadrilateral), color=yellow)), shape)",
    lambda p: shape(p, only([o for o in having(p, SIDES, 4) if p.value(o, "color") == "yellow"])),
)
P(
    "figure",
    SH,
    "I am small and blue and I have four corners. What am I",
    "q(u(f(sel(quadrilateral), color=blue, size=small)), shape)",
    lambda p: shape(p, only([o for o in p.f(color="blue", size="small") if CORNERS.get(shape(p, o)) == 4])),
)
P(
    "figure",
    SH,
    "What colour is the shape with three corners?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(only(having(p, CORNERS, 3)), "color"),
)
P(
    "figure",
    SH,
    "What colour is the six-sided shape?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(only(having(p, SIDES, 6)), "color"),
)
P(
    "figure",
    SH,
    "What colours are the four-sided shapes?",
    "values(sel(quadrilateral), color)",
    lambda p: listed(p.value(o, "color") for o in having(p, SIDES, 4)),
)
P(
    "figure",
    SH,
    "Which shapes have four sides?",
    "values(sel(quadrilateral), name)",
    lambda p: listed(p.name(o) for o in having(p, SIDES, 4)),
)
P(
    "figure",
    SH,
    "Leaving out the star, which shape has the most sides?",
    "q(u(sel(hexagon)), shape)",
    lambda p: shape(p, max((o for o in p.objects if shape(p, o) != "star"), key=lambda o: sides(p, o))),
)
P(
    "figure",
    SH,
    "Which has fewer corners, the square or the triangle?",
    "q(u(sel(triangle)), shape)",
    lambda p: shape(p, min((the_shape(p, "square"), the_shape(p, "triangle")), key=lambda o: corners(p, o))),
)
P(
    "figure",
    SH,
    "Is there a shape with exactly five sides?",
    "exist(sel(pentagon))",
    lambda p: yes(bool(having(p, SIDES, 5))),
)
P(
    "figure",
    SH,
    "Are there any shapes without corners?",
    "exist(sel(circle))",
    lambda p: yes(bool(having(p, CORNERS, 0))),
)
P(
    "figure",
    SH,
    "Do all the shapes have straight sides?",
    "not_(exist(sel(circle)))",
    lambda p: yes(all(shape(p, o) != "circle" for o in p.objects)),
)
P(
    "figure",
    SH,
    "Do all of the blue shapes have corners?",
    "not_(exist(f(sel(circle), color=blue)))",
    lambda p: yes(all(CORNERS.get(shape(p, o)) != 0 for o in p.f(color="blue"))),
)
P(
    "figure",
    SH,
    "Are the four-sided shapes all the same colour?",
    "same(sel(quadrilateral), color)",
    lambda p: yes(len({p.value(o, "color") for o in having(p, SIDES, 4)}) == 1),
)

# --- colours, sizes, names ---------------------------------------------------------------------------------------
P(
    "attribute",
    SH,
    "What colour is the triangle?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(the_shape(p, "triangle"), "color"),
)
P(
    "attribute",
    SH,
    "What colour is the hexagon",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(the_shape(p, "hexagon"), "color"),
)
P(
    "attribute",
    SH,
    "What colour did they colour the star in?",
    "q(u(sel(star)), color)",
    lambda p: p.value(the_shape(p, "star"), "color"),
)
P(
    "attribute",
    SH,
    "Whats the colour of the rectagle?",
    "q(u(f(scene(), shape=rectangle)), color)",
    lambda p: p.value(the_shape(p, "rectangle"), "color"),
)
P(
    "attribute",
    SH,
    "What colour is the big circle?",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(the_shape(p, "circle", size="large"), "color"),
)
P(
    "attribute",
    SH,
    "And the little circle, what colour is that one?",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(the_shape(p, "circle", size="small"), "color"),
)
P(
    "attribute",
    SH,
    "Is the square big or small?",
    "choose(u(sel(square)), size, [large, small])",
    lambda p: p.value(the_shape(p, "square"), "size"),
)
P(
    "attribute",
    SH,
    "Which shape is green?",
    "q(u(f(scene(), color=green)), shape)",
    lambda p: shape(p, p.the(None, color="green")),
)
P(
    "attribute",
    SH,
    "What is the big red shape called?",
    "q(u(f(scene(), color=red, size=large)), shape)",
    lambda p: shape(p, p.the(None, color="red", size="large")),
)
P(
    "position",
    SH,
    "What shape is at the top in the middle?",
    "q(u(f(scene(), vposition=top, hposition=middle)), shape)",
    lambda p: shape(p, corner_of(p, "top", "middle")),
)
P(
    "position",
    SH,
    "Which shape is right in the middle of the picture?",
    "q(u(f(scene(), vposition=middle)), shape)",
    lambda p: shape(p, only(p.f(vposition="middle"))),
)
P(
    "position",
    SH,
    "What colour is the shape in the bottom right corner?",
    "q(u(f(scene(), vposition=bottom, hposition=right)), color)",
    lambda p: p.value(corner_of(p, "bottom", "right"), "color"),
)
P(
    "position",
    SH,
    "what colour is the shape in the middle of the page",
    "q(u(f(scene(), vposition=middle, hposition=middle)), color)",
    lambda p: p.value(only(p.f(vposition="middle", hposition="middle")), "color"),
)
P(
    "position",
    SH,
    "What shape is on the far left?",
    "q(ord(scene(), left, 1), shape)",
    lambda p: shape(p, extreme(p, list(p.objects), "left")),
)
P(
    "position",
    SH,
    "In the bottom row, which shape comes first from the left?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: shape(p, extreme(p, p.f(vposition="bottom"), "left")),
)
P(
    "position",
    SH,
    "What is the second shape from the left in the top row?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: shape(p, extreme(p, p.f(vposition="top"), "left", 2)),
)
P(
    "position",
    SH,
    "What colour is the shape in the middle of the bottom row?",
    "q(ord(f(scene(), vposition=bottom), left, middle), color)",
    lambda p: p.value(middle_one(p, p.f(vposition="bottom")), "color"),
)

# --- yes / no ----------------------------------------------------------------------------------------------------
P(
    "verify",
    SH,
    "Is the triangle green?",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(the_shape(p, "triangle"), "color") == "green"),
)
P(
    "verify",
    SH,
    "Is the sqaure blue",
    "verify(u(sel(square)), color, blue)",
    lambda p: yes(p.value(the_shape(p, "square"), "color") == "blue"),
)
P(
    "verify",
    SH,
    "Is the triangle at the top of the page?",
    "verify(u(sel(triangle)), vposition, top)",
    lambda p: yes(p.value(the_shape(p, "triangle"), "vposition") == "top"),
)
P(
    "verify",
    SH,
    "Is the green shape a triangle?",
    "verify(u(f(scene(), color=green)), shape, triangle)",
    lambda p: yes(shape(p, p.the(None, color="green")) == "triangle"),
)
P(
    "verify",
    SH,
    "Is the yellow shape a square?",
    "verify(u(f(scene(), color=yellow)), shape, square)",
    lambda p: yes(shape(p, p.the(None, color="yellow")) == "square"),
)
P(
    "verify",
    SH,
    "The blue shape at the top, is it a square?",
    "verify(u(f(scene(), color=blue, vposition=top)), shape, square)",
    lambda p: yes(shape(p, p.the(None, color="blue", vposition="top")) == "square"),
)
P("exist", SH, "Is there a pentagon in the picture?", "exist(sel(pentagon))", lambda p: yes(bool(p.f("pentagon"))))
P(
    "exist",
    SH,
    "Can you see an oval anywhere?",
    "exist(f(scene(), shape=oval))",
    lambda p: yes(bool(p.f(("oval", "ellipse")))),
)
P("exist", SH, "Is there a red star?", "exist(f(sel(star), color=red))", lambda p: yes(bool(p.f("star", color="red"))))
P("exist", SH, "Did they draw a heart?", "exist(sel(heart))", lambda p: yes(bool(p.f("heart"))))
P(
    "exist",
    SH,
    "Are there any purple shapes?",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)

# --- comparisons -------------------------------------------------------------------------------------------------
P(
    "compare_attr",
    SH,
    "Is the hexagon bigger than the triangle?",
    "larger(u(sel(hexagon)), u(sel(triangle)))",
    lambda p: yes(flat_bigger(p, the_shape(p, "hexagon"), the_shape(p, "triangle"))),
)
P(
    "compare_attr",
    SH,
    "Is the square smaller than the rectangle?",
    "smaller(u(sel(square)), u(f(scene(), shape=rectangle)))",
    lambda p: yes(flat_bigger(p, the_shape(p, "rectangle"), the_shape(p, "square"))),
)
P(
    "compare_attr",
    SH,
    "Is the star the same colour as the big circle?",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(the_shape(p, "star"), "color") == p.value(the_shape(p, "circle", size="large"), "color")),
)
P(
    "compare_attr",
    SH,
    "Are the two circles the same colour?",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "compare_attr",
    SH,
    "Which is bigger, the square or the small blue circle?",
    "compare(u(sel(square)), u(f(sel(circle), size=small)), bigger)",
    lambda p: bigger_name(p, the_shape(p, "square"), the_shape(p, "circle", size="small")),
)
P(
    "compare_attr",
    SH,
    "Which is bigger: the hexagon or the star?",
    "compare(u(sel(hexagon)), u(sel(star)), bigger)",
    lambda p: bigger_name(p, the_shape(p, "hexagon"), the_shape(p, "star")),
)
P(
    "compare_attr",
    SH,
    "Which is smaller, the big circle or the star?",
    "compare(u(f(sel(circle), size=large)), u(sel(star)), smaller)",
    lambda p: (
        p.name(the_shape(p, "star"))
        if flat_bigger(p, the_shape(p, "circle", size="large"), the_shape(p, "star"))
        else "circle"
    ),
)
P(
    "compare_attr",
    SH,
    "is the rectangle bigger than the star",
    "larger(u(f(scene(), shape=rectangle)), u(sel(star)))",
    lambda p: yes(flat_bigger(p, the_shape(p, "rectangle"), the_shape(p, "star"))),
)
P(
    "compare_attr",
    SH,
    "Is the triangle a different colour from the hexagon?",
    "different(u(sel(triangle)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(the_shape(p, "triangle"), "color") != p.value(the_shape(p, "hexagon"), "color")),
)
P(
    "compare_attr",
    SH,
    "Which one is higher up, the square or the star?",
    "q(ord(union(sel(square), sel(star)), top, 1), shape)",
    lambda p: shape(p, extreme(p, [the_shape(p, "square"), the_shape(p, "star")], "top")),
)
P(
    "compare_count",
    SH,
    "How many more circles than squares are there?",
    "sub(count(sel(circle)), count(sel(square)))",
    lambda p: str(len(p.f(shape="circle")) - len(p.f(shape="square"))),
)
P(
    "compare_count",
    SH,
    "Are there more blue shapes than red shapes?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "compare_count",
    SH,
    "Is the number of circles the same as the number of red shapes?",
    "eq(count(sel(circle)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(shape="circle")) == len(p.f(color="red"))),
)
P(
    "compare_count",
    SH,
    "Are there fewer triangles than circles?",
    "lt(count(sel(triangle)), count(sel(circle)))",
    lambda p: yes(len(p.f(shape="triangle")) < len(p.f(shape="circle"))),
)
P(
    "compare_count",
    SH,
    "how many more blue shapes than green ones",
    "sub(count(f(scene(), color=blue)), count(f(scene(), color=green)))",
    lambda p: str(len(p.f(color="blue")) - len(p.f(color="green"))),
)
P(
    "compare_count",
    SH,
    "Are there as many shapes in the top row as in the bottom row?",
    "eq(count(f(scene(), vposition=top)), count(f(scene(), vposition=bottom)))",
    lambda p: yes(len(p.f(vposition="top")) == len(p.f(vposition="bottom"))),
)
P(
    "compare_count",
    SH,
    "Are there more four-sided shapes than round ones?",
    "gt(count(sel(quadrilateral)), count(sel(circle)))",
    lambda p: yes(len(having(p, SIDES, 4)) > len(p.f(shape="circle"))),
)

# --- where things are --------------------------------------------------------------------------------------------
P(
    "spatial",
    SH,
    "In the top row, which shape is to the right of the square?",
    "q(u(f(rel(u(sel(square)), right), vposition=top)), shape)",
    lambda p: shape(p, only([o for o in p.f(vposition="top") if side_of(p, o, the_shape(p, "square"), "right")])),
)
P(
    "spatial",
    SH,
    "Which shape is directly above the hexagon?",
    "q(u(f(scene(), vposition=top, hposition=right)), shape)",
    lambda p: shape(p, directly(p, the_shape(p, "hexagon"), "above")),
)
P(
    "spatial",
    SH,
    "What colour is the shape right underneath the big red circle?",
    "q(u(f(scene(), vposition=bottom, hposition=left)), color)",
    lambda p: p.value(directly(p, the_shape(p, "circle", size="large"), "below"), "color"),
)
P(
    "spatial",
    SH,
    "Is the star to the left of the hexagon?",
    "exist(f(rel(u(sel(hexagon)), left), shape=star))",
    lambda p: yes(side_of(p, the_shape(p, "star"), the_shape(p, "hexagon"), "left")),
)
P(
    "spatial",
    SH,
    "Is the rectangle below the big circle?",
    "exist(f(rel(u(f(sel(circle), size=large)), below), shape=rectangle))",
    lambda p: yes(side_of(p, the_shape(p, "rectangle"), the_shape(p, "circle", size="large"), "below")),
)
P(
    "spatial",
    SH,
    "Which shape is closest to the star",
    "q(closest(scene(), u(sel(star))), shape)",
    lambda p: shape(p, nearest_shape(p, the_shape(p, "star"))),
)
P(
    "spatial",
    SH,
    "What colour is the shape nearest to the square?",
    "q(closest(scene(), u(sel(square))), color)",
    lambda p: p.value(nearest_shape(p, the_shape(p, "square")), "color"),
)
P(
    "spatial",
    SH,
    "What shape is between the big circle and the triangle?",
    "q(ord(f(scene(), vposition=top), left, middle), shape)",
    lambda p: shape(
        p,
        only(
            [
                o
                for o in p.f(vposition="top")
                if side_of(p, o, the_shape(p, "circle", size="large"), "right")
                and side_of(p, o, the_shape(p, "triangle"), "left")
            ]
        ),
    ),
)
P(
    "spatial",
    SH,
    "What is in between the rectangle and the hexagon?",
    "q(ord(f(scene(), vposition=bottom), left, middle), shape)",
    lambda p: shape(
        p,
        only(
            [
                o
                for o in p.f(vposition="bottom")
                if side_of(p, o, the_shape(p, "rectangle"), "right") and side_of(p, o, the_shape(p, "hexagon"), "left")
            ]
        ),
    ),
)
P(
    "spatial",
    SH,
    "How many shapes are to the right of the star?",
    "count(rel(u(sel(star)), right))",
    lambda p: n([o for o in p.objects if o != the_shape(p, "star") and side_of(p, o, the_shape(p, "star"), "right")]),
)

# --- lists, extremes, all / none ---------------------------------------------------------------------------------
P(
    "list",
    SH,
    "Name the shapes in the top row.",
    "values(f(scene(), vposition=top), name)",
    lambda p: listed(p.name(o) for o in p.f(vposition="top")),
)
P(
    "list",
    SH,
    "Which shapes are blue?",
    "values(f(scene(), color=blue), name)",
    lambda p: listed(p.name(o) for o in p.f(color="blue")),
)
P(
    "list",
    SH,
    "What colours are the big shapes?",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "list",
    SH,
    "List the shapes along the bottom",
    "values(f(scene(), vposition=bottom), name)",
    lambda p: listed(p.name(o) for o in p.f(vposition="bottom")),
)
P(
    "superlative",
    SH,
    "What colour is the biggest four-sided shape?",
    "q(ord(sel(quadrilateral), largest, 1), color)",
    lambda p: p.value(flat_extreme_size(p, having(p, SIDES, 4), True), "color"),
)
P(
    "superlative",
    SH,
    "Which of the red shapes is the smallest?",
    "q(ord(f(scene(), color=red), smallest, 1), shape)",
    lambda p: shape(p, flat_extreme_size(p, p.f(color="red"), False)),
)
P(
    "superlative",
    SH,
    "What colour is the smallest shape in the top row?",
    "q(ord(f(scene(), vposition=top), smallest, 1), color)",
    lambda p: p.value(flat_extreme_size(p, p.f(vposition="top"), False), "color"),
)
P(
    "superlative",
    SH,
    "What is the biggest shape in the bottom row?",
    "q(ord(f(scene(), vposition=bottom), largest, 1), shape)",
    lambda p: shape(p, flat_extreme_size(p, p.f(vposition="bottom"), True)),
)
P(
    "superlative",
    SH,
    "Which blue shape is furthest to the left?",
    "q(ord(f(scene(), color=blue), left, 1), shape)",
    lambda p: shape(p, extreme(p, p.f(color="blue"), "left")),
)
P(
    "negation",
    SH,
    "How many shapes aren't red?",
    "count(fn(scene(), color=red))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "red"]),
)
P(
    "negation",
    SH,
    "How many shapes are neither red nor blue?",
    "count(fn(fn(scene(), color=red), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") not in {"red", "blue"}]),
)
P(
    "negation",
    SH,
    "In the top row, which shape is not red and not blue?",
    "q(u(fn(fn(f(scene(), vposition=top), color=red), color=blue)), shape)",
    lambda p: shape(p, only([o for o in p.f(vposition="top") if p.value(o, "color") not in {"red", "blue"}])),
)
P(
    "quantifier",
    SH,
    "Are all the circles blue?",
    "not_(exist(fn(sel(circle), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f("circle"))),
)
P(
    "quantifier",
    SH,
    "Are all the big shapes on the left?",
    "not_(exist(fn(f(scene(), size=large), hposition=left)))",
    lambda p: yes(all(p.value(o, "hposition") == "left" for o in p.f(size="large"))),
)
P(
    "quantifier",
    SH,
    "Are all the blue shapes small?",
    "not_(exist(fn(f(scene(), color=blue), size=small)))",
    lambda p: yes(all(p.value(o, "size") == "small" for o in p.f(color="blue"))),
)
P(
    "quantifier",
    SH,
    "Is any of the shapes green?",
    "exist(f(scene(), color=green))",
    lambda p: yes(bool(p.f(color="green"))),
)

# --- what the drawing cannot tell --------------------------------------------------------------------------------
X(SH, "How many degrees is each angle of the triangle?")
X(SH, "What is the area of the square in square centimetres?")
X(SH, "How many lines of symmetry does the hexagon have?")
X(SH, "Is the hexagon a regular hexagon?")
X(SH, "Did the child draw these shapes with crayons or with felt tips?")
X(SH, "How many corners does the star have?")
X(SH, "How long is each side of the square in cm?")
X(SH, "Is the triangle a right-angled triangle?")
X(SH, "What is the perimeter of the rectangle?")
X(SH, "Is the triangle equilateral?")
X(SH, "Which shape did the teacher draw first?")
X(SH, "What is the radius of the big circle?")

# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# 0: small yellow rubber sph, large blue metal sph, large green rubber cyl
C("count", 0, "How many balls can you see?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    0,
    "What colour is the cylinder",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "compare_attr",
    0,
    "Is the yellow ball smaller than the blue ball?",
    "smaller(u(f(sel(sphere), color=yellow)), u(f(sel(sphere), color=blue)))",
    lambda s: clevr_bigger(s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="yellow")),
)
C(
    "superlative",
    0,
    "What colour is the object furthest to the left?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
X(0, "How many faces does the cylinder have?")

# 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C("count", 1, "Look at the 3D shapes. How many of them are cubes?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C("attribute", 1, "What colour is the ball?", "q(u(sel(sphere)), color)", lambda s: s.a(s.the(shape="sphere"), "color"))
C(
    "compare_attr",
    1,
    "Are the two cubes the same size?",
    "same(sel(cube), size)",
    lambda s: yes(len({s.a(i, "size") for i in s.f(shape="cube")}) == 1),
)
X(1, "How many corners does the purple cube have?")

# 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C("count", 2, "How many cylinders are there", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "verify",
    2,
    "Is the cube shiny?",
    "verify(u(sel(cube)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube"), "material") == "metal"),
)
C(
    "attribute",
    2,
    "What solid shape is the green object?",
    "q(u(f(scene(), color=green)), shape)",
    lambda s: s.a(s.the(color="green"), "shape"),
)
C(
    "spatial",
    2,
    "Is the cube on the left of the cyan cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=cyan)), left), shape=cube))",
    lambda s: is_rel(s, {"shape": "cube"}, "left", {"shape": "cylinder", "color": "cyan"}),
)

# 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C("count", 3, "How many red things are there?", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "compare_count",
    3,
    "How many more cylinders than cubes are there?",
    "sub(count(sel(cylinder)), count(sel(cube)))",
    lambda s: str(len(s.f(shape="cylinder")) - len(s.f(shape="cube"))),
)
C("attribute", 3, "What colour is the cube?", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))

# 4: nine small things and one large blue metal sphere
C("count", 4, "How many balls are there altogether?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    4,
    "Which colour is the big ball?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C("exist", 4, "Are there any cubes in this picture?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))

# 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
C(
    "count",
    5,
    "How many of the cubes are big?",
    "count(f(sel(cube), size=large))",
    lambda s: n(s.f(shape="cube", size="large")),
)
C(
    "attribute",
    5,
    "What colour is the small cube?",
    "q(u(f(sel(cube), size=small)), color)",
    lambda s: s.a(s.the(shape="cube", size="small"), "color"),
)
C(
    "compare_count",
    5,
    "Are there more balls than cubes?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C("count", 5, "how many things are purple", "count(f(scene(), color=purple))", lambda s: n(s.f(color="purple")))

# 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C("count", 6, "How many blocks are there?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "quantifier",
    6,
    "Are both cubes made of metal?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.f(shape="cube"))),
)

# 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
C("count", 7, "How many cubes can you count?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "attribute",
    7,
    "What colour is the only ball?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "count",
    7,
    "How many of the cubes are large?",
    "count(f(sel(cube), size=large))",
    lambda s: n(s.f(shape="cube", size="large")),
)
X(7, "How many edges does the yellow cube have?")

# 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "count",
    8,
    "How many small cubes are there?",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C(
    "exist",
    8,
    "Is there a big cube?",
    "exist(f(sel(cube), size=large))",
    lambda s: yes(bool(s.f(shape="cube", size="large"))),
)
C(
    "attribute",
    8,
    "What shape is the big purple object?",
    "q(u(f(scene(), size=large, color=purple)), shape)",
    lambda s: s.a(s.the(size="large", color="purple"), "shape"),
)

# 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph

# 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "count",
    10,
    "How many spheres can you spot among the solid shapes?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "verify",
    10,
    "Is the cube big?",
    "verify(u(sel(cube)), size, large)",
    lambda s: yes(s.a(s.the(shape="cube"), "size") == "large"),
)

# 11: ten objects
C("count", 11, "How many cubes has this picture got?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))

# 12
C("count", 12, "How many grey things are there?", "count(f(scene(), color=gray))", lambda s: n(s.f(color="gray")))
C(
    "compare_count",
    12,
    "Are there more cubes than cylinders?",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)

# 13
C("count", 13, "How many red objects are there?", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "attribute",
    13,
    "What colour is the big cylinder?",
    "q(u(f(sel(cylinder), size=large)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "color"),
)

# 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "number",
    14,
    "How many balls and cubes are there altogether?",
    "add(count(sel(sphere)), count(sel(cube)))",
    lambda s: str(len(s.f(shape="sphere")) + len(s.f(shape="cube"))),
)
C("attribute", 14, "What colour is the block?", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))
C(
    "attribute",
    14,
    "Is the cube made of metal or rubber?",
    "choose(u(sel(cube)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "superlative",
    14,
    "What colour is the thing at the front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(14, "How many flat faces does the cube have?")

# 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C("attribute", 15, "What colour is the cube", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))
C(
    "count",
    15,
    "How many large spheres are there?",
    "count(f(sel(sphere), size=large))",
    lambda s: n(s.f(shape="sphere", size="large")),
)
C(
    "chain",
    15,
    "What shape is the thing closest to the yellow ball?",
    "q(closest(scene(), u(f(sel(sphere), color=yellow))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="yellow")), "shape"),
)

# 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
C("count", 17, "How many boxes are there in this one?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    17,
    "Are the two cubes the same colour?",
    "same(sel(cube), color)",
    lambda s: yes(len({s.a(i, "color") for i in s.f(shape="cube")}) == 1),
)
C(
    "exist",
    17,
    "Is the ball the same colour as one of the cubes?",
    "exist(inter(same_attr(u(sel(sphere)), color), sel(cube)))",
    lambda s: yes(any(s.a(i, "color") == s.a(s.the(shape="sphere"), "color") for i in s.f(shape="cube"))),
)
C(
    "superlative",
    17,
    "What colour is the object on the far right?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)

# 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "count",
    22,
    "How many yellow objects can you see?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "attribute",
    22,
    "What shape is the small purple thing?",
    "q(u(f(scene(), size=small, color=purple)), shape)",
    lambda s: s.a(s.the(size="small", color="purple"), "shape"),
)
X(22, "How much does the yellow cube weigh?")

# 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C("count", 27, "How many cubes are in the picture?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "superlative",
    27,
    "What colour is the cube nearest the front?",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "color"),
)

# 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C("count", 30, "How many spheres are there", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C("exist", 30, "Is there a cube in this picture?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))
C(
    "quantifier",
    30,
    "Are all the objects big?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: yes(all(s.a(i, "size") == "large" for i in s.all())),
)

# 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "quantifier",
    34,
    "Are all of the objects shiny?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: yes(all(s.a(i, "material") == "metal" for i in s.all())),
)
C(
    "attribute",
    34,
    "Tell me the colour of the cube.",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_attr",
    34,
    "Is the red cylinder bigger than the grey one?",
    "larger(u(f(sel(cylinder), color=red)), u(f(sel(cylinder), color=gray)))",
    lambda s: clevr_bigger(s, s.the(shape="cylinder", color="red"), s.the(shape="cylinder", color="gray")),
)

# 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C("count", 35, "How many cubes do you see?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "count",
    35,
    "How many green cubes are there?",
    "count(f(sel(cube), color=green))",
    lambda s: n(s.f(shape="cube", color="green")),
)
C(
    "compare_count",
    35,
    "How many more cubes than balls are there?",
    "sub(count(sel(cube)), count(sel(sphere)))",
    lambda s: str(len(s.f(shape="cube")) - len(s.f(shape="sphere"))),
)
X(35, "How many corners do all the cubes have altogether?")

# 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C("count", 39, "How many of the solids are cylinders?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_attr",
    39,
    "Are the cylinders the same colour?",
    "same(sel(cylinder), color)",
    lambda s: yes(len({s.a(i, "color") for i in s.f(shape="cylinder")}) == 1),
)
C(
    "compare_attr",
    39,
    "Is the cube the same colour as the big cylinder?",
    "same(u(sel(cube)), u(f(sel(cylinder), size=large)), color)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == s.a(s.the(shape="cylinder", size="large"), "color")),
)

# =================================================================================================================
# The other photo-like graphs
# =================================================================================================================

# street
P("count", "street", "How many people can you see in the street?", "count(sel(person))", lambda p: n(people(p)))
P("attribute", "street", "What colour is the bus?", "q(u(sel(bus)), color)", lambda p: p.value(p.the("bus"), "color"))
P("text", "street", "What does the sign say?", "q(u(sel(sign)), text)", lambda p: p.value(p.the("sign"), "text"))
P("count", "street", "How many ties are there", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "compare_attr",
    "street",
    "Which is bigger, the dog or the bus?",
    "compare(u(sel(dog)), u(sel(bus)), bigger)",
    lambda p: "bus" if box_area(p, p.the("bus")) > 1.5 * box_area(p, p.the("dog")) else "dog",
)
P("count", "street", "How many men are in the picture?", "count(sel(man))", lambda p: n(p.f("man")))
X("street", "What shape is the sign in the street?")

# kitchen
P(
    "count",
    "kitchen",
    "How many cups are on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n([o for o in p.subjects("on", "table") if p.name(o) == "cup"]),
)
P(
    "text",
    "kitchen",
    "What time does the clock show?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "position",
    "kitchen",
    "What colour is the middle cup?",
    "q(ord(sel(cup), left, middle), color)",
    lambda p: p.value(p.by_x(p.f("cup"))[1], "color"),
)
P(
    "attribute",
    "kitchen",
    "What is the table made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "count",
    "kitchen",
    "How many white things are there?",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "verify",
    "kitchen",
    "Is the fork made of metal?",
    "verify(u(sel(fork)), material, metal)",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal"),
)
P(
    "text",
    "kitchen",
    "What is written on the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
X("kitchen", "What shape is the plate, a circle or an oval?")

# park
P("count", "park", "How many children are in the park?", "count(sel(child))", lambda p: n(p.f({"boy", "girl"})))
P(
    "attribute",
    "park",
    "What colour is the frisbee?",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P("count", "park", "How many dogs can you see", "count(sel(dog))", lambda p: n(p.f("dog")))
P("count", "park", "How many trees are there?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "chain",
    "park",
    "What is the boy throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "attribute",
    "park",
    "What is the bench made of?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "choose",
    "park",
    "Which dog is black, the one on the left or the one on the right?",
    "choose(u(f(sel(dog), color=black)), hposition, [left, right])",
    lambda p: p.value(p.the("dog", color="black"), "hposition"),
)
X("park", "What shape is the frisbee?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
