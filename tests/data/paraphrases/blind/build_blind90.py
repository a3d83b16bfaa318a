# ruff: noqa: E501
"""Blind paraphrase set 90: a thirty-fifth fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits of speech, always understandably to a careful reader.

The cast. On the CLEVR pictures: Kevin, a Leeds bus driver killing ten minutes at the depot ("them two", "stood",
"cheers"); Mei, a Singaporean accountant, brisk ("Can check for me", "or not?"); Gustavo, a retired Argentine dentist
writing formal, Spanish-shaped English ("more big", "not of rubber", "true?"); Tamsin, a nurse on a night shift typing
fast ("pls", "thx", "r", capitals for stress); Oluwaseun, a Lagos software developer ("Kindly tell me", "Is it correct
that"); Pauline, a Montreal florist writing French-shaped English ("it is of which colour?", "This cylinder is big or
small?"); Derek, an Ontario hockey dad ("Okay", "you figure", "sitting closest to the camera"); Ines, a Portuguese
pharmacy student (tidy, exact, "please"); Joyce, a retired librarian who writes in whole, courteous sentences ("if you'd
be so kind", "Would I be right in thinking"); Abdi, a Somali-born taxi dispatcher in Minneapolis ("How many brown
objects you see?", "most left"); Kai, twelve, a gamer ("yo", "all the way in the back", "lol"); Helga, a Norwegian
physiotherapist ("Which colour has it?", "Leave out"); Marcus, a Melbourne site foreman ("mate", "have we got here",
"right hand side of the shot"); Sunita, a school librarian in Delhi ("Kindly", "kept in the very front", "only" as a
tag); Frank, a Boston plumber ("pal", "in there", "way in the back"); Ana, a Filipina nurse in Dubai ("Hi po", "po");
Leon, a sleepy first-year student (lowercase, "ok so", "em", "stuff"); Margaret, a Welsh chapel organist ("Could you
tell me", "I wonder"); Ty, a Georgia truck driver ("sittin'", "that big ol' gray ball", "fella"); Elif, a Turkish tour
guide ("the balls are how many?", "Say all of them", "no?"); Nora, a Dublin pharmacist ("at all", "would you say", "is
it?"); Vikram, a Pune chartered accountant ("total count", "also", "Shape please"). On the photo-like graphs: Chen, a
Taiwanese delivery rider ("How many men is on this street?", "Dog what colour?"); Gloria, a Jamaican-born retired London
bus conductor ("darling", "out and about"); Tobias, nine, typing himself; Sandra, an Ohio driving instructor ("painted
on the road", "have a tie on"); Beatriz, a Mexican grandmother ("The bottle, what it says?", "What hour shows the
clock?"); Owen, a student in a shared flat; Claire, an interior designer ("come in", "hung", "would you say?"); Dmitri,
a Bulgarian waiter ("Plates set on the table, how many?", "is silver colour?"); Hamid, an Iranian father at the park
("The thing the boy throws, which colour?", "The bench is green colour?"); Jess, a Bristol childminder ("grown-ups",
"little 'un"); Walt, a retired Ohio mail carrier, courteous and slow; Amara, a Lagos teenager ("this park pic", "aren't
wearing"). On the drawing: Ruth, a preschool assistant ("can we find"); Takeshi, a Japanese origami hobbyist, polite and
formal ("four sides", "the most right"); Dev, a design intern, terse ("quick one:", "layout", "dead centre"); Mrs
O'Leary, seventy, new to her tablet ("I hope I'm doing this right"); Luca, an Italian tiler ("what colour it has?",
"more or less"); Hannah, a speech therapist; Bongani, a Johannesburg maths tutor ("Is it true that", "Leaving aside");
and Pete, a dad in a dentist's waiting room with his son ("my lad").

Sentence shapes: bare fragments ("Dog what colour?", "hexagon: left side or right side?"), fronted topics and places
("The little ball, it is of which colour?", "Bottom row, leftmost shape — which colour?", "In the lower row, which shape
is the most right?"), tags ("true?", "or not?", "right?", "is it?", "no?", "only"), questions inside statements and
requests ("Kindly tell me the number of ...", "I'd like to know how many ...", "Can check for me ..."), comparisons said
several ways ("more big", "exactly as many ... as", "fewer ... than", "more ... than", "bigger than", "same stuff",
"same shape at all?"), negatives and exceptions ("not of rubber", "Apart from the balls and anything purple", "Leave out
the cyan and the purple ones", "Apart from that big gray ball", "apart from the bottle", "aren't wearing red", "Leaving
aside the hexagon"), and follow-ups that point back while naming what they point at ("And how many of those cubes are
small?", "And what are those cup colours?").

The questions cover counts (with conditions, "not", "either ... or", "big and small together", "in total"), existence,
an attribute of one thing, yes/no checks of one value, two checks at once ("and also", "AND", "both"), comparisons of
counts ("more", "fewer", "exactly as many", "as many") and of attributes (same colour, size, shape or material),
quantifiers ("all", "every", "any ... that isn't", "most of", "apart from ... everything"), exceptions, relations (left,
right, in front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing, throwing,
behind, left, right, in front), one- and two-hop chains, superlatives and ordinals, other things sharing a value, which
of two things is the bigger, lists of values, the number of different colours, sides of a CLEVR picture, sides, rows and
corners of the photos and the drawing, and the text on the photos' bus, sign, road, bottle and clock. About half ask
about CLEVR val scenes (22, 30, 27, 14, 2, 0, 21, 25, 18, 19, 16, 13, 12 and 9; one person to each of the six small
scenes, two to each of the others), about 30% about the photo-like graphs (street, kitchen, park) and 20% about the
drawing of flat shapes; about one in ten must be refused, each in the same voice as the person's other questions
(prices, opinions and advice, what happens next, why, names, makers and owners, where it was taken or where to buy one).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so the
drawing's rectangle is always "the yellow rectangle" or "the rectangle at bottom left", and "shapes with four sides" are
golded as the rectangles and the square together); places and orders are only asked where a careful person could call
them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor or of a neighbour in the order along
that axis, a side of a CLEVR picture is asked only of an object whose box centre lies within 130 pixels of the edge of
the 480-pixel frame, and on the drawing and photos neighbours in an order are at least 40 pixels apart (so no "rightmost
shape" on the drawing, where the triangle and hexagon nearly line up); nothing is asked of the photo graphs that their
stated relations and attributes leave open (the cup asked about is "just left of the plate", not "right of the plate",
where the eye sees two cups though the graph states one). A which-side question is answered with the side; a "which is
bigger" between two things is asked only where their size classes differ, and answered with the word that tells the
bigger one from the other (its shape). Answers are the graph's words (gray, not grey; sphere, not ball; "blue, red,
white" for a list, most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag. Every
gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or tasks/),
its tests or any other question set or builder (beyond seeing their file names in a listing of the blind folder); the
only files read were build_blind66.py (its docstring, helpers and code, for the format, the gold program language and
the conventions), the blind_gold.py and blind_helpers.py helpers it imports, the first five lines of blind66.jsonl (for
the line format), and the scenes themselves (photo_scenes.json and /work/shared/clevr-mini/val/scenes.json, printed with
small Python snippets). No question was run through nsvr's parser, planner or ``nsvr ask``; only the gold programs were
run, by nsvr's executor, through ``--check``.

Run ``python build_blind90.py`` to write ``../blind90.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import n, question_recorder, write_set, yes  # noqa: E402
from blind_helpers import (  # noqa: E402
    alike,
    bigger_of,
    children,
    colour_count,
    drawn_bigger_of,
    drawn_larger,
    every,
    hop,
    is_rel,
    lacking,
    larger,
    listed,
    most,
    named,
    nth,
    on_table,
    only,
    others,
    people,
    photo_side,
    picture_side,
    rectangles,
    related,
    side_of,
    wearers,
    worn_by,
)

OUT = Path(__file__).resolve().parents[1] / "blind90.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def yellow_rectangle(p) -> str:
    """The drawing's one yellow rectangle (a square counts as a rectangle, so "the rectangle" alone is not unique)."""
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


def held_by_women(p) -> list[str]:
    """What the graph says any woman is holding."""
    return [o for w in p.f("woman") for o in p.objects_of(w, "holding")]


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 22: large yellow rubber cyl (far left, left side), large yellow metal cube (far right), small purple metal cyl (back), small cyan metal sph (front)

# --- Kevin, a Leeds bus driver killing ten minutes at the depot
C(
    "count",
    22,
    "Got ten minutes before my next run, so go on then — how many yellow things are in this one?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "compare_attr",
    22,
    "Them two yellow ones, are they made of the same stuff or not?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "superlative",
    22,
    "What's the one stood right at the front? Just the shape'll do, cheers.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "position",
    22,
    "That big yellow cylinder — is it over on the left of the picture or the right?",
    "choose(u(f(sel(cylinder), size=large, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="yellow")),
)
C(
    "spatial",
    22,
    "How many things are stood behind the little ball?",
    "count(rel(u(sel(sphere)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere"))),
)
X(22, "Any idea what a set of these would cost to buy? Our lad would love them for his birthday.")

# scene 30: large green rubber sph, large purple rubber sph (back), large blue metal cyl (front)

# --- Mei, a Singaporean accountant; brisk
C(
    "count",
    30,
    "Can check for me how many balls there are in this picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    30,
    "All the objects are the big size or not?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "compare_attr",
    30,
    "The two balls — same material or not?",
    "same(sel(sphere), material)",
    lambda s: alike(s, s.f(shape="sphere"), "material"),
)
C(
    "superlative",
    30,
    "Between the two balls, the one further back is which colour?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "spatial",
    30,
    "Only one thing is on the left of the cylinder. What colour is that one?",
    "q(u(rel(u(sel(cylinder)), left)), color)",
    lambda s: s.a(only(related(s, "left", s.the(shape="cylinder"))), "color"),
)

# scene 27: large purple rubber cube (far right, back), small yellow metal sph (far left), small red rubber cyl, large red rubber cube (front)

# --- Gustavo, a retired Argentine dentist; formal, Spanish-shaped English
C(
    "count",
    27,
    "Good evening. How many cubes are there in the image, please?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_size",
    27,
    "Which one is more big, the yellow sphere or the purple cube?",
    "q(u(f(union(f(sel(sphere), color=yellow), f(sel(cube), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="yellow"), s.the(shape="cube", color="purple")),
)
C(
    "exist",
    27,
    "Is there some object made of metal in this image?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "spatial",
    27,
    "The little red cylinder is placed in front of the purple cube, true?",
    "exist(f(rel(u(f(sel(cube), color=purple)), front), color=red, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "red"}, "front", {"shape": "cube", "color": "purple"}),
)
C(
    "negation",
    27,
    "And the objects that are not of rubber — how many are they?",
    "count(fn(scene(), material=rubber))",
    lambda s: n(lacking(s, s.all(), material="rubber")),
)
X(27, "In which city was this image made? It reminds me of a shop window in Rosario.")

# scene 14: large cyan rubber sph (front), small blue metal sph (far right), small gray metal cube (back)

# --- Tamsin, a nurse on a night shift, typing fast
C("count", 14, "how many balls pls", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    14,
    "whats the cube made of",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "compare_attr",
    14,
    "r the 2 balls the same colour",
    "same(sel(sphere), color)",
    lambda s: alike(s, s.f(shape="sphere"), "color"),
)
C(
    "compare_size",
    14,
    "is the big ball bigger than the cube? thx",
    "larger(u(f(sel(sphere), size=large)), u(sel(cube)))",
    lambda s: larger(s, s.the(shape="sphere", size="large"), s.the(shape="cube")),
)
C(
    "two_clause",
    14,
    "is the cube gray AND metal",
    "and_(verify(u(sel(cube)), color, gray), verify(u(sel(cube)), material, metal))",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "gray" and s.a(s.the(shape="cube"), "material") == "metal"),
)

# scene 2: large green metal cube, small gray metal cyl (back), large cyan rubber cyl (front, far right, right side)

# --- Oluwaseun, a Lagos software developer
C(
    "count",
    2,
    "Kindly tell me the number of cylinders in this image.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    2,
    "Are the two cylinders of the same size?",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "position",
    2,
    "The large cylinder: is it positioned at the left side of the picture or the right side?",
    "choose(u(f(sel(cylinder), size=large)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large")),
)
C(
    "quantifier",
    2,
    "Is it correct that all the metal objects are gray?",
    "not_(exist(fn(f(scene(), material=metal), color=gray)))",
    lambda s: every(s, s.f(material="metal"), color="gray"),
)
C(
    "spatial",
    2,
    "How many objects are located behind the cyan cylinder?",
    "count(rel(u(f(sel(cylinder), color=cyan)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="cyan"))),
)
X(2, "Which software was used to render this image? I would like to try it myself.")

# scene 0: small yellow rubber sph (front), large blue metal sph (far left, back, left side), large green rubber cyl

# --- Pauline, a Montreal florist; French-shaped English
C("count", 0, "Hello! How many objects there are in total?", "count(scene())", lambda s: n(s.all()))
C(
    "attribute",
    0,
    "The little ball, it is of which colour?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "chain",
    0,
    "Behind the yellow ball there is a cylinder. This cylinder is big or small?",
    "choose(u(f(rel(u(f(sel(sphere), color=yellow)), behind), shape=cylinder)), size, [large, small])",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="yellow"), "behind", shape="cylinder"), "size"),
)
C(
    "compare_count",
    0,
    "There are more balls than cylinders in the picture?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "position",
    0,
    "The big blue ball, it is more on the left side of the photo or on the right?",
    "choose(u(f(sel(sphere), size=large, color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="blue")),
)
X(0, "These colours would make a nice bouquet, no? Which flowers you would choose to go with them?")

# scene 21: small green rubber cyl (far left), large red rubber sph, small gray metal sph (back), small yellow rubber sph (front), large purple metal cyl (far right, right side)

# --- Derek, an Ontario hockey dad
C("count", 21, "Okay, how many of them are balls?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "count",
    21,
    "And how many small things are there, all together?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "superlative",
    21,
    "Which one's sitting closest to the camera? What colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_size",
    21,
    "Is the purple cylinder bigger than the green one, you figure?",
    "larger(u(f(sel(cylinder), color=purple)), u(f(sel(cylinder), color=green)))",
    lambda s: larger(s, s.the(shape="cylinder", color="purple"), s.the(shape="cylinder", color="green")),
)
C(
    "spatial",
    21,
    "Is the gray ball behind the red ball?",
    "exist(f(rel(u(f(sel(sphere), color=red)), behind), color=gray, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "gray"}, "behind", {"shape": "sphere", "color": "red"}),
)
X(21, "Where'd a guy pick up a set like this? Canadian Tire, maybe?")

# --- Ines, a Portuguese pharmacy student
C(
    "quantifier",
    21,
    "Are all of the spheres made of rubber?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "negation",
    21,
    "Apart from the balls and anything purple, how many objects remain?",
    "count(fn(fn(scene(), shape=sphere), color=purple))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "sphere" and s.a(i, "color") != "purple"]),
)
C(
    "same_attr",
    21,
    "How many objects have the same material as the large red ball, not including the ball itself?",
    "count(same_attr(u(f(sel(sphere), size=large, color=red)), material))",
    lambda s: n(others(s, s.the(shape="sphere", size="large", color="red"), "material")),
)
C(
    "superlative",
    21,
    "Counting from the left, what is the second object? Only its shape, please.",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "list",
    21,
    "What colours are the cylinders? Please list them.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "chain",
    21,
    "To the right of the green cylinder there is a yellow object. Is it metal or rubber?",
    "choose(u(f(rel(u(f(sel(cylinder), color=green)), right), color=yellow)), material, [metal, rubber])",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="green"), "right", color="yellow"), "material"),
)

# scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl (far left, left side), large brown rubber sph (far right, right side), small gray metal cyl (back)

# --- Joyce, a retired librarian; whole, courteous sentences
C(
    "count",
    25,
    "I'd like to know how many of the objects in this picture are made of metal, if you'd be so kind.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    25,
    "Would I be right in thinking there are exactly as many cylinders as there are spheres?",
    "eq(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="sphere"))),
)
C(
    "attribute",
    25,
    "There appears to be a single cube. What is it made of?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "same_attr",
    25,
    "How many other objects share the colour of the small brown cylinder?",
    "count(same_attr(u(f(sel(cylinder), size=small, color=brown)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="small", color="brown"), "color")),
)
C(
    "superlative",
    25,
    "Which object sits furthest back, and what shape is it?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
X(25, "Is there a good book you would recommend that explains how pictures like this one are produced?")

# --- Abdi, a Somali-born taxi dispatcher in Minneapolis
C("count", 25, "How many brown objects you see?", "count(f(scene(), color=brown))", lambda s: n(s.f(color="brown")))
C(
    "compare_attr",
    25,
    "The two brown ones, they are the same shape?",
    "same(f(scene(), color=brown), shape)",
    lambda s: alike(s, s.f(color="brown"), "shape"),
)
C(
    "spatial",
    25,
    "How many things are on the right side of the red cube?",
    "count(rel(u(f(sel(cube), color=red)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="red"))),
)
C(
    "superlative",
    25,
    "Which one is most left? Tell me the colour.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "chain",
    25,
    "Start from the blue cylinder. The cube on its right — behind that cube is a cylinder. That cylinder is what colour?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=blue)), right), shape=cube)), behind), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="blue"), "right", shape="cube"), "behind", shape="cylinder"),
        "color",
    ),
)
C(
    "verify",
    25,
    "The ball at the very front, it is yellow?",
    "verify(ord(sel(sphere), front, 1), color, yellow)",
    lambda s: yes(s.a(nth(s, s.f(shape="sphere"), "front"), "color") == "yellow"),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl (far left, left side), small blue rubber cyl (front), large cyan rubber sph (far right, right side), small purple metal cube (right side), small red rubber sph (back)

# --- Kai, twelve, a gamer
C(
    "count",
    18,
    "yo how many purple things are there",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "exist",
    18,
    "is there anything green",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "superlative",
    18,
    "what shape is the thing all the way in the back",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "compare_count",
    18,
    "are there more spheres than cubes",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "position",
    18,
    "the big cyan ball is it on the left or the right of the pic",
    "choose(u(f(sel(sphere), size=large, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="cyan")),
)
X(18, "which one would win in a race lol")

# --- Helga, a Norwegian physiotherapist
C(
    "compare_attr",
    18,
    "The two large purple cylinders — are they of the same material?",
    "same(f(sel(cylinder), size=large, color=purple), material)",
    lambda s: alike(s, s.f(shape="cylinder", size="large", color="purple"), "material"),
)
C(
    "spatial",
    18,
    "How many objects stand in front of the metal cylinder?",
    "count(rel(u(f(sel(cylinder), material=metal)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", material="metal"))),
)
C(
    "chain",
    18,
    "Right of the little blue cylinder there is one small sphere. Which colour has it?",
    "q(u(f(rel(u(f(sel(cylinder), size=small, color=blue)), right), shape=sphere, size=small)), color)",
    lambda s: s.a(
        hop(s, s.the(shape="cylinder", size="small", color="blue"), "right", shape="sphere", size="small"), "color"
    ),
)
C(
    "negation",
    18,
    "Leave out the cyan and the purple ones — how many objects are left then?",
    "count(fn(fn(scene(), color=cyan), color=purple))",
    lambda s: n([i for i in s.all() if s.a(i, "color") not in {"cyan", "purple"}]),
)
C(
    "number",
    18,
    "How many different colours are there among the spheres?",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)
C(
    "compare_size",
    18,
    "Which is bigger, the red sphere or the cyan cube?",
    "q(u(f(union(f(sel(sphere), color=red), f(sel(cube), color=cyan)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="red"), s.the(shape="cube", color="cyan")),
)

# scene 19: small gray metal cube, small green metal cyl (back), small cyan metal cyl (front), small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph (far right, right side), small yellow rubber cube (far left, left side)

# --- Marcus, a Melbourne site foreman
C("count", 19, "How many cubes have we got here, mate?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "count",
    19,
    "And how many of those cubes are small?",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C(
    "attribute",
    19,
    "What's the ball made of?",
    "q(u(sel(sphere)), material)",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
C(
    "quantifier",
    19,
    "Is there any cylinder in there that isn't a small one?",
    "exist(fn(sel(cylinder), size=small))",
    lambda s: yes(bool(lacking(s, s.f(shape="cylinder"), size="small"))),
)
C(
    "superlative",
    19,
    "Which cylinder's furthest back? Colour's all I need.",
    "q(ord(sel(cylinder), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "behind"), "color"),
)
C(
    "position",
    19,
    "Yellow cube — left or right hand side of the shot?",
    "choose(u(f(sel(cube), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="yellow")),
)

# --- Sunita, a school librarian in Delhi
C(
    "count",
    19,
    "Kindly tell me how many objects are cyan in colour.",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "compare_attr",
    19,
    "Are all the cyan objects of the same shape?",
    "same(f(scene(), color=cyan), shape)",
    lambda s: alike(s, s.f(color="cyan"), "shape"),
)
C(
    "two_clause",
    19,
    "Is the big cube blue, and is it made of rubber?",
    "and_(verify(u(f(sel(cube), size=large)), color, blue), verify(u(f(sel(cube), size=large)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="cube", size="large"), "color") == "blue"
        and s.a(s.the(shape="cube", size="large"), "material") == "rubber"
    ),
)
C(
    "same_attr",
    19,
    "How many other objects are made of the same material as the yellow cube?",
    "count(same_attr(u(f(sel(cube), color=yellow)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="yellow"), "material")),
)
C(
    "list",
    19,
    "What are the colours of the cylinders? Please list all.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "verify",
    19,
    "The object kept in the very front, is it a cylinder only?",
    "verify(ord(scene(), front, 1), shape, cylinder)",
    lambda s: yes(s.a(nth(s, s.all(), "front"), "shape") == "cylinder"),
)

# scene 16: small red metal sph, small purple metal sph (far left, left side), small cyan metal sph (front), large brown rubber cyl, large yellow rubber cube (back), large green rubber sph (far right), large yellow metal cyl

# --- Frank, a Boston plumber
C("count", 16, "How many balls in there, pal?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "count",
    16,
    "How many of the little ones are shiny metal?",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "compare_count",
    16,
    "Are there more big things than small things?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "compare_attr",
    16,
    "The yellow box and the yellow cylinder — same material?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "material") == s.a(s.the(shape="cylinder", color="yellow"), "material")
    ),
)
C(
    "superlative",
    16,
    "What's the thing way in the back? What shape?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
X(16, "What would a guy charge to haul all this stuff away?")

# --- Ana, a Filipina nurse in Dubai
C("count", 16, "Hi po, how many cylinders are there?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "attribute",
    16,
    "What color is the big ball po?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "spatial",
    16,
    "How many objects are on the left of the brown cylinder?",
    "count(rel(u(f(sel(cylinder), color=brown)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="brown"))),
)
C(
    "chain",
    16,
    "There is a metal cylinder in front of the yellow cube. What color is the ball to the left of that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=yellow)), front), shape=cylinder, material=metal)), left), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", color="yellow"), "front", shape="cylinder", material="metal"),
            "left",
            shape="sphere",
        ),
        "color",
    ),
)
C(
    "quantifier",
    16,
    "Are all the small ones spheres?",
    "not_(exist(fn(f(scene(), size=small), shape=sphere)))",
    lambda s: every(s, s.f(size="small"), shape="sphere"),
)
C(
    "verify",
    16,
    "The green ball is made of rubber, right?",
    "verify(u(f(sel(sphere), color=green)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", color="green"), "material") == "rubber"),
)

# scene 13: small red rubber cube, large cyan rubber cyl (far right, right side), small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (back), small red rubber sph (far left, left side), large red metal cube

# --- Leon, a sleepy first-year student
C("count", 13, "ok so how many red objects", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "count",
    13,
    "how many of em are metal",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_attr",
    13,
    "the two cubes same size?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "superlative",
    13,
    "whats the colour of the thing furthest back",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C("exist", 13, "any yellow stuff in there", "exist(f(scene(), color=yellow))", lambda s: yes(bool(s.f(color="yellow"))))
X(13, "is this gonna be on the exam")

# --- Margaret, a Welsh chapel organist
C(
    "compare_count",
    13,
    "Could you tell me whether there are as many cubes as there are cylinders?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "position",
    13,
    "The large cyan cylinder — is it towards the left of the picture or the right?",
    "choose(u(f(sel(cylinder), size=large, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="cyan")),
)
C(
    "spatial",
    13,
    "Is the gray sphere in front of the purple cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=purple)), front), color=gray, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "gray"}, "front", {"shape": "cylinder", "color": "purple"}),
)
C(
    "chain",
    13,
    "I wonder, what colour is the sphere just to the right of the purple cylinder?",
    "q(u(f(rel(u(f(sel(cylinder), color=purple)), right), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="purple"), "right", shape="sphere"), "color"),
)
C(
    "same_attr",
    13,
    "How many other things are the same colour as the big cube?",
    "count(same_attr(u(f(sel(cube), size=large)), color))",
    lambda s: n(others(s, s.the(shape="cube", size="large"), "color")),
)
C(
    "superlative",
    13,
    "And what shape is the second object from the right?",
    "q(ord(scene(), right, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "shape"),
)

# scene 12: small blue metal cube (far left, left side), small green rubber sph, large gray rubber sph (far right, right side), small cyan metal cyl (right side), small gray rubber sph (front), small green rubber cyl, small red metal cube, small gray metal cube (back)

# --- Ty, a Georgia truck driver
C("count", 12, "How many gray ones are in there?", "count(f(scene(), color=gray))", lambda s: n(s.f(color="gray")))
C(
    "compare_size",
    12,
    "That big ol' gray ball, is it bigger than the little gray one?",
    "larger(u(f(sel(sphere), size=large, color=gray)), u(f(sel(sphere), size=small, color=gray)))",
    lambda s: larger(
        s, s.the(shape="sphere", size="large", color="gray"), s.the(shape="sphere", size="small", color="gray")
    ),
)
C(
    "quantifier",
    12,
    "Apart from that big gray ball, is everything in there small?",
    "not_(exist(fn(diff(scene(), f(sel(sphere), size=large, color=gray)), size=small)))",
    lambda s: every(s, lacking(s, s.all(), shape="sphere", size="large", color="gray"), size="small"),
)
C(
    "superlative",
    12,
    "Which one's sittin' furthest forward? What color?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    12,
    "How many things are sittin' behind the red cube?",
    "count(rel(u(f(sel(cube), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="red"))),
)
X(12, "Who's the fella that set all these out? I'd like a word with him.")

# --- Elif, a Turkish tour guide
C(
    "count",
    12,
    "Please, in this picture the balls are how many?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_count",
    12,
    "There are fewer cylinders than cubes, no?",
    "lt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="cube"))),
)
C(
    "list",
    12,
    "Which colours have the cubes? Say all of them.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "number",
    12,
    "The balls have how many different colours?",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)
C(
    "chain",
    12,
    "Left of the green cylinder there is a cube, and behind this cube there is a ball. Which colour is the ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=green)), left), shape=cube)), behind), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="green"), "left", shape="cube"), "behind", shape="sphere"),
        "color",
    ),
)
C(
    "negation",
    12,
    "How many objects are there that are not gray?",
    "count(fn(scene(), color=gray))",
    lambda s: n(lacking(s, s.all(), color="gray")),
)

# scene 9: small gray rubber cube (front), large gray rubber cyl (far left, left side), small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl (far right), large green metal sph

# --- Nora, a Dublin pharmacist
C(
    "count",
    9,
    "How many things in the picture are gray, would you say?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "compare_attr",
    9,
    "Are the two green ones the same shape at all?",
    "same(f(scene(), color=green), shape)",
    lambda s: alike(s, s.f(color="green"), "shape"),
)
C(
    "count",
    9,
    "How many cylinders, big and small together?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "verify",
    9,
    "The purple cube's metal, is it?",
    "verify(u(f(sel(cube), color=purple)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="purple"), "material") == "metal"),
)
C(
    "spatial",
    9,
    "Is there anything sitting in front of the little gray cube?",
    "exist(rel(u(f(sel(cube), size=small, color=gray)), front))",
    lambda s: yes(bool(related(s, "front", s.the(shape="cube", size="small", color="gray")))),
)
X(9, "Would you say these are safe for a toddler to be playing with?")

# --- Vikram, a Pune chartered accountant
C(
    "quantifier",
    9,
    "Are most of the objects made of rubber?",
    "gt(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber)))",
    lambda s: most([s.a(i, "material") == "rubber" for i in s.all()]),
)
C(
    "compare_size",
    9,
    "Which is bigger — the blue sphere or the purple cube?",
    "q(u(f(union(f(sel(sphere), color=blue), f(sel(cube), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="blue"), s.the(shape="cube", color="purple")),
)
C(
    "superlative",
    9,
    "Second from the back, which object is it? Shape please.",
    "q(ord(scene(), behind, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "shape"),
)
C(
    "two_clause",
    9,
    "Is there a green cylinder and also a green sphere?",
    "and_(exist(f(sel(cylinder), color=green)), exist(f(sel(sphere), color=green)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="green")) and bool(s.f(shape="sphere", color="green"))),
)
C(
    "same_attr",
    9,
    "What is the total count of other objects having the same size as the blue sphere?",
    "count(same_attr(u(f(sel(sphere), color=blue)), size))",
    lambda s: n(others(s, s.the(shape="sphere", color="blue"), "size")),
)
C(
    "chain",
    9,
    "Behind the brown sphere there is one cube. Its colour is what?",
    "q(u(f(rel(u(f(sel(sphere), color=brown)), behind), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="brown"), "behind", shape="cube"), "color"),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Chen, a Taiwanese delivery rider
P(
    "text",
    "street",
    "The sign at the corner, what word it says?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P("count", "street", "How many men is on this street?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "spatial",
    "street",
    "The car is parked at left side of the bus?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P("attribute", "street", "Dog what colour?", "q(u(sel(dog)), color)", lambda p: p.value(p.the("dog"), "color"))
P(
    "verify",
    "street",
    "Bus is big size, right?",
    "verify(u(sel(bus)), size, large)",
    lambda p: yes(p.value(p.the("bus"), "size") == "large"),
)
X("street", "This street, which city is? Maybe I deliver there.")

# --- Gloria, a Jamaican-born retired London bus conductor
P(
    "text",
    "street",
    "What does it say on that bus, darling? My eyes aren't so good now.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "compare_attr",
    "street",
    "Is the car the same colour as the bus?",
    "same(u(sel(car)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("car"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "spatial",
    "street",
    "Who is that standing in front of the bus?",
    "q(u(rel(u(sel(bus)), front)), name)",
    lambda p: p.name(only(p.subjects("front", p.the("bus")))),
)
P(
    "chain",
    "street",
    "The lady holding the little dog — what colour is she wearing?",
    "q(u(rel(u(sel(dog)), holding)), color)",
    lambda p: p.value(only(p.subjects("holding", p.the("dog"))), "color"),
)
P(
    "count",
    "street",
    "How many people are out and about, counting the men and the lady?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
X("street", "Does that bus go down to Brixton, do you know?")

# --- Tobias, nine, typing himself
P("exist", "street", "is there a cat", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P("count", "street", "how many ties are there", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "spatial",
    "street",
    "is the tree behind the bus",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "superlative",
    "street",
    "who is the person on the very left",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "position",
    "street",
    "is the stop sign at the top or the bottom",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
X("street", "is the dog a boy or a girl")

# --- Sandra, an Ohio driving instructor
P(
    "text",
    "street",
    "What's painted on the road there?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "spatial",
    "street",
    "Is the car to the right of the bus?",
    "vrel(u(sel(bus)), right, name=car)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "car"))),
)
P(
    "where",
    "street",
    "The woman — is she in front of the bus or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "quantifier",
    "street",
    "Does anybody out there not have a tie on?",
    "exist(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: yes(any(o not in wearers(p, "tie") for o in people(p))),
)
P(
    "chain",
    "street",
    "What colour tie is the man on the right wearing?",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "right")), "color"),
)
P(
    "verify",
    "street",
    "The sign's red, isn't it?",
    "verify(u(sel(sign)), color, red)",
    lambda p: yes(p.value(p.the("sign"), "color") == "red"),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a silver metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right (right of the table and of the white cup)

# --- Beatriz, a Mexican grandmother
P(
    "count",
    "kitchen",
    "How many cups there are on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "text",
    "kitchen",
    "The bottle, what it says? I think is water.",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "verify",
    "kitchen",
    "The table is of wood?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "chain",
    "kitchen",
    "Which colour is the cup on the right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "text",
    "kitchen",
    "What hour shows the clock?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
X("kitchen", "The lady, she is the mother or the grandmother of the house?")

# --- Owen, a student in a shared flat
P("exist", "kitchen", "is there a spoon anywhere in here", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
P(
    "count",
    "kitchen",
    "how many things are on the table in total",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "spatial",
    "kitchen",
    "is the plate next to the fork",
    "vrel(u(sel(fork)), near, name=plate)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("fork")), "plate"))),
)
P(
    "negation",
    "kitchen",
    "apart from the bottle, how many things are on the table?",
    "count(diff(rel(u(sel(table)), on), sel(bottle)))",
    lambda p: n([o for o in on_table(p) if p.name(o) != "bottle"]),
)
P(
    "superlative",
    "kitchen",
    "which cup is furthest to the right? what colour",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
X("kitchen", "whose turn is it to do the washing up")

# --- Claire, an interior designer
P(
    "number",
    "kitchen",
    "How many distinct colours do the cups come in?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "list",
    "kitchen",
    "And what are those cup colours? Just list them for me.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "compare_attr",
    "kitchen",
    "Is the clock the same colour as the plate?",
    "same(u(sel(clock)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("clock"), "color") == p.value(p.the("plate"), "color")),
)
P(
    "spatial",
    "kitchen",
    "Is the woman standing to the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "attribute",
    "kitchen",
    "What colour is the woman dressed in, would you say?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "position",
    "kitchen",
    "Is the clock hung at the top of the picture or lower down at the bottom?",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)

# --- Dmitri, a Bulgarian waiter
P(
    "count",
    "kitchen",
    "Plates set on the table, how many?",
    "count(rel(u(sel(table)), on, name=plate))",
    lambda p: n(named(p, on_table(p), "plate")),
)
P(
    "verify",
    "kitchen",
    "The fork — is silver colour?",
    "verify(u(sel(fork)), color, silver)",
    lambda p: yes(p.value(p.the("fork"), "color") == "silver"),
)
P(
    "compare_count",
    "kitchen",
    "On the table, the cups are more than the plates?",
    "gt(count(rel(u(sel(table)), on, name=cup)), count(rel(u(sel(table)), on, name=plate)))",
    lambda p: yes(len(named(p, on_table(p), "cup")) > len(named(p, on_table(p), "plate"))),
)
P(
    "chain",
    "kitchen",
    "Which colour has the cup just left of the plate?",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
P(
    "text",
    "kitchen",
    "What time is on the clock? My shift finishes at one.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
X("kitchen", "What is the lady going to cook for the dinner tonight?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Hamid, an Iranian father at the park
P(
    "count",
    "park",
    "How many children are playing here?",
    "count(sel(child))",
    lambda p: n(children(p)),
)
P(
    "chain",
    "park",
    "The thing the boy throws, which colour?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "spatial",
    "park",
    "The girl is standing near which animal?",
    "q(u(rel(u(sel(girl)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("girl")))),
)
P(
    "compare_count",
    "park",
    "There are more dogs than children?",
    "gt(count(sel(dog)), count(sel(child)))",
    lambda p: yes(len(p.f("dog")) > len(children(p))),
)
P(
    "verify",
    "park",
    "The bench is green colour?",
    "verify(u(sel(bench)), color, green)",
    lambda p: yes(p.value(p.the("bench"), "color") == "green"),
)
X("park", "Is it safe to let the children play here alone, you think?")

# --- Jess, a Bristol childminder
P(
    "count",
    "park",
    "How many grown-ups are in the park? Not the kids, just the adults.",
    "count(diff(sel(person), sel(child)))",
    lambda p: n([o for o in people(p) if o not in children(p)]),
)
P(
    "spatial",
    "park",
    "Is the little girl near the white dog?",
    "vrel(u(f(sel(dog), color=white)), near, name=girl)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("dog", color="white")), "girl"))),
)
P(
    "superlative",
    "park",
    "Out of all the people, who's furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "attribute",
    "park",
    "What colour's the bike?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "spatial",
    "park",
    "The woman in white — is she by the bike?",
    "exist(f(rel(u(sel(bicycle)), near, name=woman), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("bicycle")), "woman"))),
)
P(
    "two_clause",
    "park",
    "Are both kids standing to the left of the woman in white?",
    "and_(vrel(u(f(sel(woman), color=white)), left, name=boy), vrel(u(f(sel(woman), color=white)), left, name=girl))",
    lambda p: yes(
        p.has(p.the("boy"), "left", p.the("woman", color="white"))
        and p.has(p.the("girl"), "left", p.the("woman", color="white"))
    ),
)
X("park", "Do you think the little 'un's mum is the woman in red?")

# --- Walt, a retired Ohio mail carrier; courteous and slow
P("count", "park", "How many dogs do you count in the park?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "attribute",
    "park",
    "What is the bench made of, would you tell me?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "spatial",
    "park",
    "Is the bench over to the left of the bicycle?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "position",
    "park",
    "The tree behind the lady in red — is that on the left side of the picture or the right?",
    "choose(u(rel(u(f(sel(woman), color=red)), behind)), hposition, [left, right])",
    lambda p: p.value(only(p.subjects("behind", p.the("woman", color="red"))), "hposition"),
)
P(
    "chain",
    "park",
    "There's a dog being held by one of the women. What colour is that dog?",
    "q(u(rel(sel(woman), holding, role=object)), color)",
    lambda p: p.value(only(held_by_women(p)), "color"),
)
X("park", "Is this park open after dark, do you happen to know?")

# --- Amara, a Lagos teenager
P("count", "park", "How many people are in this park pic?", "count(sel(person))", lambda p: n(people(p)))
P(
    "compare_attr",
    "park",
    "Are the two dogs the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "verify",
    "park",
    "Is the frisbee up near the top of the picture?",
    "verify(u(sel(frisbee)), vposition, top)",
    lambda p: yes(p.value(p.the("frisbee"), "vposition") == "top"),
)
P(
    "negation",
    "park",
    "How many people aren't wearing red?",
    "count(fn(sel(person), color=red))",
    lambda p: n([o for o in people(p) if p.value(o, "color") != "red"]),
)
P(
    "superlative",
    "park",
    "Who's second from the left?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "list",
    "park",
    "What colours are the people wearing? List them",
    "values(sel(person), color)",
    lambda p: listed(p.value(o, "color") for o in people(p)),
)

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Ruth, a preschool assistant
P("count", "shapes", "How many circles can we find in the picture?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "What colour is the star?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "compare_count",
    "shapes",
    "Are there more blue shapes than red shapes?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "exist",
    "shapes",
    "Can we see an orange shape anywhere?",
    "exist(f(scene(), color=orange))",
    lambda p: yes(bool(p.f(color="orange"))),
)
P(
    "position",
    "shapes",
    "Is the triangle up at the top or down at the bottom?",
    "choose(u(sel(triangle)), vposition, [top, bottom])",
    lambda p: p.value(p.the("triangle"), "vposition"),
)
X("shapes", "Which shape would make the best birthday cake?")

# --- Takeshi, a Japanese origami hobbyist; polite and formal
P(
    "count",
    "shapes",
    "Excuse me, how many shapes have four sides? I count the square also.",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "compare_attr",
    "shapes",
    "The square and the hexagon, are they the same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, please: the red circle or the square?",
    "q(u(f(union(f(sel(circle), color=red), sel(square)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("square")),
)
P(
    "superlative",
    "shapes",
    "In the lower row, which shape is the most right?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes have the same colour as the square?",
    "count(same_attr(u(sel(square)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("square") and p.value(o, "color") == p.value(p.the("square"), "color")]
    ),
)
X("shapes", "Could you please teach me how to fold this star from paper?")

# --- Dev, a design intern; terse
P(
    "count",
    "shapes",
    "quick one: how many small shapes?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "number",
    "shapes",
    "how many distinct colours in this layout",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "list",
    "shapes",
    "list the shapes in the top row",
    "values(f(scene(), vposition=top), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="top")),
)
P(
    "verify",
    "shapes",
    "the shape dead centre is blue, yes?",
    "verify(u(f(scene(), hposition=middle, vposition=middle)), color, blue)",
    lambda p: yes(p.value(p.the(hposition="middle", vposition="middle"), "color") == "blue"),
)
P(
    "negation",
    "shapes",
    "how many shapes aren't blue",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "position",
    "shapes",
    "hexagon: left side or right side?",
    "choose(u(sel(hexagon)), hposition, [left, right])",
    lambda p: p.value(p.the("hexagon"), "hposition"),
)

# --- Mrs O'Leary, seventy, new to her tablet
P(
    "count",
    "shapes",
    "I hope I'm doing this right. How many triangles are there in the drawing?",
    "count(sel(triangle))",
    lambda p: n(p.f("triangle")),
)
P(
    "attribute",
    "shapes",
    "What colour is the big circle, please?",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "position",
    "shapes",
    "What shape is up in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Is the blue hexagon bigger than the green triangle?",
    "larger(u(f(sel(hexagon), color=blue)), u(f(sel(triangle), color=green)))",
    lambda p: drawn_larger(p, p.the("hexagon", color="blue"), p.the("triangle", color="green")),
)
P(
    "quantifier",
    "shapes",
    "Are all the circles blue?",
    "not_(exist(fn(sel(circle), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f("circle"))),
)
X("shapes", "Did a child draw this? I'd love to know her name.")

# --- Luca, an Italian tiler
P(
    "count",
    "shapes",
    "How many shapes are large, in total?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "count",
    "shapes",
    "And the blue shapes that are small, how many?",
    "count(f(scene(), color=blue, size=small))",
    lambda p: n(p.f(color="blue", size="small")),
)
P(
    "superlative",
    "shapes",
    "In the top row, the last one on the right, what colour it has?",
    "q(ord(f(scene(), vposition=top), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "The triangle and the rectangle at bottom left, they are same size?",
    "same(u(sel(triangle)), u(f(sel(rectangle), hposition=left, vposition=bottom)), size)",
    lambda p: yes(
        p.value(p.the("triangle"), "size")
        == p.value(
            only(
                [o for o in rectangles(p) if p.value(o, "hposition") == "left" and p.value(o, "vposition") == "bottom"]
            ),
            "size",
        )
    ),
)
P(
    "two_clause",
    "shapes",
    "Is the hexagon blue and also small?",
    "and_(verify(u(sel(hexagon)), color, blue), verify(u(sel(hexagon)), size, small))",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "blue" and p.value(p.the("hexagon"), "size") == "small"),
)
X("shapes", "How much it costs to make this in ceramic tiles, more or less?")

# --- Hannah, a speech therapist
P(
    "count",
    "shapes",
    "How many shapes sit in the middle, between the top row and the bottom row?",
    "count(f(scene(), vposition=middle))",
    lambda p: n(p.f(vposition="middle")),
)
P(
    "attribute",
    "shapes",
    "What shape is the yellow one?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
P(
    "exist",
    "shapes",
    "Is there a green circle?",
    "exist(f(sel(circle), color=green))",
    lambda p: yes(bool(p.f("circle", color="green"))),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer big shapes than small ones?",
    "lt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda p: yes(len(p.f(size="large")) < len(p.f(size="small"))),
)
P(
    "superlative",
    "shapes",
    "Which shape is furthest to the left?",
    "q(ord(scene(), left, 1), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "shape"),
)

# --- Bongani, a Johannesburg maths tutor
P(
    "count",
    "shapes",
    "How many shapes are either red or green?",
    "count(union(f(scene(), color=red), f(scene(), color=green)))",
    lambda p: n(p.f(color="red") + p.f(color="green")),
)
P(
    "quantifier",
    "shapes",
    "Is it true that every large shape is in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "negation",
    "shapes",
    "Leaving aside the hexagon, is there any other blue shape in the bottom row?",
    "exist(diff(f(scene(), color=blue, vposition=bottom), sel(hexagon)))",
    lambda p: yes(bool([o for o in p.f(color="blue", vposition="bottom") if o != p.the("hexagon")])),
)
P(
    "list",
    "shapes",
    "Which shapes are blue? List them, please.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "superlative",
    "shapes",
    "Bottom row, leftmost shape — which colour?",
    "q(ord(f(scene(), vposition=bottom), left, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "color"),
)
P(
    "compare_size",
    "shapes",
    "Which is larger, the star or the yellow rectangle?",
    "q(u(f(union(sel(star), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("star"), yellow_rectangle(p)),
)
X("shapes", "What's the area of the triangle in square centimetres?")

# --- Pete, a dad in a dentist's waiting room with his son
P("count", "shapes", "How many red shapes are there?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "two_clause",
    "shapes",
    "My lad says the hexagon's in the bottom right corner. Is he right?",
    "and_(verify(u(sel(hexagon)), hposition, right), verify(u(sel(hexagon)), vposition, bottom))",
    lambda p: yes(
        p.value(p.the("hexagon"), "hposition") == "right" and p.value(p.the("hexagon"), "vposition") == "bottom"
    ),
)
P(
    "compare_attr",
    "shapes",
    "The two circles, same size?",
    "same(sel(circle), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
P(
    "attribute",
    "shapes",
    "What colour's the square?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)
P(
    "position",
    "shapes",
    "What's sitting in the bottom middle?",
    "q(u(f(scene(), hposition=middle, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="bottom"), "shape"),
)
X("shapes", "He wants to know why there's a star in with all the normal shapes. Any idea?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
