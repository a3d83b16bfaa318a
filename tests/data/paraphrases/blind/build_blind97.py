# ruff: noqa: E501
"""Blind paraphrase set 97: a fortieth fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits of speech, always understandably to a careful reader.

The cast. On the CLEVR pictures: Geraldine, a retired Vermont librarian, polite and a little formal ("I wonder if you
could tell me", "a simple list will do"); Kwame, a Ghanaian accountant in London ("Kindly tell me", "Let me confirm two
things"); Dale, an Ohio long-haul trucker ("we lookin' at", "parked", "what is it"); Inês, a Portuguese
physiotherapist ("balls of purple colour", "they have the same shape?", "no?"); Trevor, a Welsh plumber ("like",
"mind", "is it?"); Mei, a Singaporean student ("ah", "got how many", "what colour one?"); Owen, twelve, typing fast in
lowercase ("r", "whats", "bro"); Fiona, an Edinburgh GP between patients ("Quick one", "Shape, please"); Ahmed, a
Cairo taxi driver ("My friend", "it is metal?", "made of what?"); Pauline, a Quebec daycare worker with French-shaped
English ("The ball blue", "it is big or small?", "not of rubber"); Ray, a retired Queensland cattleman ("mate",
"reckon", "out to the right"); Ingrid, a Swedish lab technician ("Please state", "excluding itself"); Marcus, a
Chicago barber ("Lemme ask you somethin'", "my man", "sittin'"); Bea, nine, writing careful school sentences ("My
teacher says"); Pastor Olu, a Nigerian minister ("Good day", "Please kindly", "God bless"); Claire, a tired mother of
three ("Sorry, quick one", "I think"); Hank, a retired Montana electrician ("Say", "I figure"); Anjali, a Bangalore
software developer ("Can you tell me how many ... are there?", "only"); Luca, an Italian cafe owner ("Ciao", "there
are how many?", "which colour it has?"); and Joyce, an Alabama church secretary ("I declare", "sugar"). On the
photo-like graphs: Tomasz, a Polish delivery rider ("persons", "is written", "which colour?"); Naomi, a driving
instructor ("Eyes up", "read me the sign"); Carlos, a retired San Antonio mail carrier ("these gentlemen", "mijo");
Beth, an insurance claims adjuster ("For the claim", "at the time"); Nkechi, a Nigerian nursing student ("Please",
"on top of the table", "is which colour?"); Grant, a Kiwi builder ("mate", "lying about"); Lucille, a
Jamaican-born home-care aide in Toronto ("she have", "not so?"); Dev, a student in a shared flat ("mugs or cups
whatever", "list em", "lol"); Hannah, a dog groomer ("pups", "has hold of"); Mr Okafor, a PE teacher ("the lad",
"grown-ups"); Rosie, seven ("i can see a bench"); and Viktor, a Serbian park keeper ("How many people is in park",
"left from", "behind of"). On the drawing: Kemal, a Turkish tailor ("small size", "which colour it is?", "the upper
row"); Miss Priscilla, a kindergarten teacher checking a worksheet; Tobias, a graphic-design student ("fill colour",
"layout"); Gran Mabel, eighty, from Cornwall ("my handsome", "dear"); Arjun, ten, showing off ("Bet you can't tell
me"); Denise, a bank clerk double-checking ("Just to double-check", "correct?"); Ji-ho, a Korean exchange student ("is
which color?", "Is it right that"); and Frank, a retired draughtsman ("figures", "drawn large", "bottom centre").

Sentence shapes: plain questions and fragments ("The cube, which colour it has?", "Now read me the sign."), fronted
topics and places ("Behind the blue cylinder got how many things?", "In the upper row, the shape most to the right"),
tags ("no?", "is it?", "not so?", "correct?", "right?"), questions inside statements and requests ("I wonder if you
could tell me ...", "Please state the number of ...", "For the claim I need ..."), comparisons said several ways
("outnumber", "fewer ... than", "the same number of", "more ... than", "as many ... as"), negatives and exceptions ("not
small", "not of rubber", "excluding the circles", "apart from the triangle", "aren't cups or the plate", "leaving out
the green ones"), and follow-ups that name again what they point at.

The questions cover counts (with conditions, "not", "excluding", "together", "plus"), existence, an attribute of one
thing, yes/no checks of one value and of two values at once, comparisons of counts and of attributes (same colour,
size, shape or material), quantifiers ("all", "every", "none", "most", "any"), exceptions, relations (left, right, in
front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing, throwing, above,
behind, left, right, in front), one- and two-hop chains, superlatives and ordinals, other things sharing a value,
which of two things is the bigger, lists of values, the number of different colours, sides of a CLEVR picture,
sides, rows, columns and corners of the photos and the drawing, and the text on the photos' bus, sign, road, bottle
and clock. About half ask about CLEVR val scenes (49, 52, 55, 59, 54, 38, 57, 32, 48, 56, 50, 35, 36 and 15; one or
two people to a scene), about 30% about the photo-like graphs (street, kitchen, park) and 20% about the drawing of flat
shapes; about one in ten must be refused, each in the same voice as the person's other questions (prices, weights and
costs, opinions and tastes, what happens next, why, names, breeds and makers, the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of
an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations
and attributes leave open. A which-side question is answered with the side; a "which is bigger" between two things is
asked only where their size classes differ, and answered with the word that tells the bigger one from the other (its
shape). Answers are the graph's words (gray, not grey; sphere, not ball; "gray, green" for a list, most frequent
first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag. Every gold program and answer comes from
the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), the first 5 lines of blind66.jsonl
(for the line format), the helpers blind_gold.py and blind_helpers.py that this file imports, and the scenes
themselves (photo_scenes.json and the CLEVR val scenes file, inspected with small Python snippets). No question was
run through nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through
``--check``.

Run ``python build_blind97.py`` to write ``../blind97.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import n, question_recorder, write_set, yes  # noqa: E402
from blind_helpers import (  # noqa: E402
    alike,
    among,
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
    worn_by,
)

OUT = Path(__file__).resolve().parents[1] / "blind97.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def drawn_others(p, anchor: str, attribute: str) -> list[str]:
    """The drawn shapes other than the anchor that share its value of ``attribute``."""
    return [o for o in p.objects if o != anchor and p.value(o, attribute) == p.value(anchor, attribute)]


def the_rectangle(p, **want) -> str:
    """The one drawn rectangle (a square counting as one) with every given attribute value."""
    return only([o for o in rectangles(p) if all(p.value(o, k) == v for k, v in want.items())])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph (far right), small green metal cube, large purple metal sph (far left), small green rubber cyl, small yellow rubber sph (front), small gray rubber cyl (back)

# --- Geraldine, a retired Vermont librarian; polite and a little formal
C(
    "count",
    49,
    "Good afternoon. I wonder if you could tell me how many of the objects in this picture are made of metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    49,
    "And do the rubber ones outnumber the metal ones, would you say?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "verify",
    49,
    "The gray cylinder toward the back — am I right in thinking it's rubber?",
    "verify(u(f(sel(cylinder), color=gray)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="gray"), "material") == "rubber"),
)
C(
    "list",
    49,
    "What colours do the cylinders come in? A simple list will do.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "superlative",
    49,
    "Counting from the left-hand side, which object comes third? Its shape is all I need.",
    "q(ord(scene(), left, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "shape"),
)
X(49, "Where might one buy a set like this? My great-niece would adore them.")

# --- Kwame, a Ghanaian accountant in London
C(
    "negation",
    49,
    "Kindly tell me the number of spheres that are not small.",
    "count(fn(sel(sphere), size=small))",
    lambda s: n(lacking(s, s.f(shape="sphere"), size="small")),
)
C(
    "exist",
    49,
    "Is there any cube in the picture made of rubber?",
    "exist(f(sel(cube), material=rubber))",
    lambda s: yes(bool(s.f(shape="cube", material="rubber"))),
)
C(
    "spatial",
    49,
    "Please, how many objects are positioned in front of the green cube?",
    "count(rel(u(f(sel(cube), color=green)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="green"))),
)
C(
    "same_attr",
    49,
    "How many other objects share the material of the cyan sphere?",
    "count(same_attr(u(f(sel(sphere), color=cyan)), material))",
    lambda s: n(others(s, s.the(shape="sphere", color="cyan"), "material")),
)
C(
    "two_clause",
    49,
    "Let me confirm two things: the cube is green, and the red sphere is made of rubber. Are both correct?",
    "and_(verify(u(sel(cube)), color, green), verify(u(f(sel(sphere), color=red)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="cube"), "color") == "green" and s.a(s.the(shape="sphere", color="red"), "material") == "rubber"
    ),
)
C(
    "superlative",
    49,
    "Of all the spheres, which one lies furthest to the right? Its colour, please.",
    "q(ord(sel(sphere), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "color"),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl (back), large purple metal cube (front, left)

# --- Dale, an Ohio long-haul trucker
C(
    "count",
    52,
    "How many big boxes we lookin' at here?",
    "count(f(sel(cube), size=large))",
    lambda s: n(s.f(shape="cube", size="large")),
)
C(
    "attribute",
    52,
    "What's the brown box made out of?",
    "q(u(f(sel(cube), color=brown)), material)",
    lambda s: s.a(s.the(shape="cube", color="brown"), "material"),
)
C(
    "compare_attr",
    52,
    "The blue box and the purple box — they made of the same stuff?",
    "same(u(f(sel(cube), color=blue)), u(f(sel(cube), color=purple)), material)",
    lambda s: alike(s, [s.the(shape="cube", color="blue"), s.the(shape="cube", color="purple")], "material"),
)
C(
    "spatial",
    52,
    "How many things are parked to the right of that gray cylinder?",
    "count(rel(u(f(sel(cylinder), color=gray)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="gray"))),
)
C(
    "superlative",
    52,
    "Which one's sittin' the farthest back? What is it?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "exist",
    52,
    "Any little cubes in there, or they all big?",
    "exist(f(sel(cube), size=small))",
    lambda s: yes(bool(s.f(shape="cube", size="small"))),
)
X(52, "What would a load of these weigh, you figure? Gotta know before I hit the scales.")

# scene 55: large green metal cube, small purple rubber cube (far right), large purple rubber sph (back), small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph (far left), small yellow metal cube (front), large red rubber cube

# --- Inês, a Portuguese physiotherapist
C(
    "count",
    55,
    "How many balls are of purple colour?",
    "count(f(sel(sphere), color=purple))",
    lambda s: n(s.f(shape="sphere", color="purple")),
)
C(
    "compare_attr",
    55,
    "The two yellow objects, they have the same shape?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: alike(s, s.f(color="yellow"), "shape"),
)
C(
    "negation",
    55,
    "How many of the objects are not made from rubber?",
    "count(fn(scene(), material=rubber))",
    lambda s: n(lacking(s, s.all(), material="rubber")),
)
C(
    "chain",
    55,
    "There is a cylinder in the left of the green cube. Which colour has this cylinder?",
    "q(u(f(rel(u(f(sel(cube), color=green)), left), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="green"), "left", shape="cylinder"), "color"),
)
C(
    "compare_count",
    55,
    "There are less cylinders than cubes, no?",
    "lt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="cube"))),
)
X(55, "This picture, it is from some game for the children? Which game is it?")

# --- Trevor, a Welsh plumber
C(
    "count",
    55,
    "How many cubes and cylinders have we got, the two together like?",
    "count(union(sel(cube), sel(cylinder)))",
    lambda s: n(s.f(shape=("cube", "cylinder"))),
)
C(
    "exist",
    55,
    "Any metal cylinders in there at all?",
    "exist(f(sel(cylinder), material=metal))",
    lambda s: yes(bool(s.f(shape="cylinder", material="metal"))),
)
C(
    "superlative",
    55,
    "What's right up at the front? The colour of it, I mean.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_size",
    55,
    "Which is bigger then, the red cube or the gray cylinder?",
    "q(u(f(union(f(sel(cube), color=red), f(sel(cylinder), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="red"), s.the(shape="cylinder", color="gray")),
)
C(
    "spatial",
    55,
    "Is the little purple cube behind the red one, mind?",
    "exist(f(rel(u(f(sel(cube), color=red)), behind), color=purple, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "purple"}, "behind", {"shape": "cube", "color": "red"}),
)
C(
    "quantifier",
    55,
    "Every one of the big things is a ball, is it?",
    "not_(exist(fn(f(scene(), size=large), shape=sphere)))",
    lambda s: every(s, s.f(size="large"), shape="sphere"),
)

# scene 59: small purple rubber cyl (front), large cyan rubber cyl (far right), large brown rubber sph (far left), large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph (back)

# --- Mei, a Singaporean university student
C("count", 59, "How many cylinders ah?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "count",
    59,
    "The purple ones got how many, all shapes?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "attribute",
    59,
    "The cube is what colour one?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_count",
    59,
    "Big things more than small things, right?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "spatial",
    59,
    "Behind the blue cylinder got how many things?",
    "count(rel(u(f(sel(cylinder), color=blue)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="blue"))),
)
C(
    "superlative",
    59,
    "Which ball is most in front ah? Just tell me the colour.",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
X(59, "Eh this one done in Blender or what software ah?")

# scene 54: large green rubber cube (front), large brown metal cyl (back), large gray rubber cube (far right), large gray rubber cube (far left)

# --- Owen, twelve, typing fast
C(
    "count",
    54,
    "how many gray cubes r there",
    "count(f(sel(cube), color=gray))",
    lambda s: n(s.f(shape="cube", color="gray")),
)
C(
    "quantifier",
    54,
    "is everything big in this one",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "attribute",
    54,
    "whats the cylinder made of",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "superlative",
    54,
    "which cube is furthest left whats its colour",
    "q(ord(sel(cube), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left"), "color"),
)
C(
    "spatial",
    54,
    "how many things r behind the green cube bro",
    "count(rel(u(f(sel(cube), color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="green"))),
)
C(
    "compare_count",
    54,
    "more cubes than cylinders yeah",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
X(54, "which one would win in a fight lol")

# scene 38: small green rubber sph (front), large gray rubber cyl (back), small red metal sph, small green metal sph (far right), large gray metal cyl (far left)

# --- Fiona, an Edinburgh GP between patients
C(
    "count",
    38,
    "Quick one: how many small objects are there?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "compare_attr",
    38,
    "Are the two cylinders the same size as each other?",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "attribute",
    38,
    "What material is the red ball?",
    "q(u(f(sel(sphere), color=red)), material)",
    lambda s: s.a(s.the(shape="sphere", color="red"), "material"),
)
C(
    "spatial",
    38,
    "Is there anything at all to the left of the metal cylinder?",
    "exist(rel(u(f(sel(cylinder), material=metal)), left))",
    lambda s: yes(bool(related(s, "left", s.the(shape="cylinder", material="metal")))),
)
C(
    "number",
    38,
    "How many different colours are there among the spheres?",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)
C(
    "superlative",
    38,
    "Which object is second from the front? Shape, please.",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)

# --- Ahmed, a Cairo taxi driver
C("count", 38, "My friend, how many balls in this picture?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "verify",
    38,
    "The cylinder more to the left, it is metal?",
    "verify(ord(sel(cylinder), left, 1), material, metal)",
    lambda s: yes(s.a(nth(s, s.f(shape="cylinder"), "left"), "material") == "metal"),
)
C(
    "compare_size",
    38,
    "The shiny green ball is bigger than the metal cylinder?",
    "larger(u(f(sel(sphere), color=green, material=metal)), u(f(sel(cylinder), material=metal)))",
    lambda s: larger(
        s, s.the(shape="sphere", color="green", material="metal"), s.the(shape="cylinder", material="metal")
    ),
)
C(
    "chain",
    38,
    "In front of the red ball there is one green ball. It is made of what?",
    "q(u(f(rel(u(f(sel(sphere), color=red)), front), shape=sphere, color=green)), material)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="red"), "front", shape="sphere", color="green"), "material"),
)
C(
    "spatial",
    38,
    "How many things stand on the right of the red ball?",
    "count(rel(u(f(sel(sphere), color=red)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="red"))),
)

# scene 57: small brown metal cyl, large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (far right), small yellow rubber sph (far left)

# --- Pauline, a Quebec daycare worker
C(
    "count",
    57,
    "How many things are gray in this picture?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "attribute",
    57,
    "The ball blue, it is big or small?",
    "choose(u(f(sel(sphere), color=blue)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="blue"), "size"),
)
C(
    "compare_attr",
    57,
    "The yellow ball and the brown cylinder, they are the same size?",
    "same(u(f(sel(sphere), color=yellow)), u(f(sel(cylinder), color=brown)), size)",
    lambda s: alike(s, [s.the(shape="sphere", color="yellow"), s.the(shape="cylinder", color="brown")], "size"),
)
C(
    "spatial",
    57,
    "The blue ball is behind the brown cylinder, yes?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), behind), color=blue, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue"}, "behind", {"shape": "cylinder", "color": "brown"}),
)
C(
    "position",
    57,
    "The yellow ball, it is on the left side of the image or on the right side?",
    "choose(u(f(sel(sphere), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="yellow")),
)
C(
    "negation",
    57,
    "How many objects are not of rubber?",
    "count(fn(scene(), material=rubber))",
    lambda s: n(lacking(s, s.all(), material="rubber")),
)
X(57, "The children will ask me why the balls don't roll away. What do I tell them?")

# scene 32: small gray rubber cube (far left), large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (far right)

# --- Ray, a retired Queensland cattleman
C(
    "count",
    32,
    "G'day. How many little cubes have we got, mate?",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C(
    "quantifier",
    32,
    "Are all the gray ones made of rubber, d'you reckon?",
    "not_(exist(fn(f(scene(), color=gray), material=rubber)))",
    lambda s: every(s, s.f(color="gray"), material="rubber"),
)
C(
    "superlative",
    32,
    "Which one's furthest out to the right? What colour is it?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "chain",
    32,
    "There's a ball sitting in front of the gray cylinder. What colour's that ball?",
    "q(u(f(rel(u(f(sel(cylinder), color=gray)), front), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="gray"), "front", shape="sphere"), "color"),
)
C(
    "compare_count",
    32,
    "Reckon there's more red things than gray ones?",
    "gt(count(f(scene(), color=red)), count(f(scene(), color=gray)))",
    lambda s: yes(len(s.f(color="red")) > len(s.f(color="gray"))),
)
X(32, "Would these be any good as sinkers for fishing, you reckon?")

# --- Ingrid, a Swedish lab technician; precise
C(
    "count",
    32,
    "Please state the number of objects made of metal.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "same_attr",
    32,
    "How many objects have the same shape as the red sphere, excluding the sphere itself?",
    "count(same_attr(u(f(sel(sphere), color=red)), shape))",
    lambda s: n(others(s, s.the(shape="sphere", color="red"), "shape")),
)
C(
    "spatial",
    32,
    "Is the gray cylinder located to the right of the large sphere?",
    "exist(f(rel(u(f(sel(sphere), size=large)), right), color=gray, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "gray"}, "right", {"shape": "sphere", "size": "large"}),
)
C(
    "compare_attr",
    32,
    "Do the two red objects have the same material?",
    "same(f(scene(), color=red), material)",
    lambda s: alike(s, s.f(color="red"), "material"),
)
C(
    "superlative",
    32,
    "Which object is second from the back? State its colour.",
    "q(ord(scene(), behind, 2), color)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "color"),
)
C(
    "list",
    32,
    "List the colours of the cubes, please.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph (far left), large gray metal sph (far right), large green metal sph, small yellow metal cube (front), small blue metal cyl (back)

# --- Marcus, a Chicago barber; chatty
C(
    "count",
    48,
    "Lemme ask you somethin', how many balls we got in this one?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "count",
    48,
    "Cubes plus cylinders, how many is that all together?",
    "count(union(sel(cube), sel(cylinder)))",
    lambda s: n(s.f(shape=("cube", "cylinder"))),
)
C(
    "exist",
    48,
    "Any purple in there anywhere, my man?",
    "exist(f(scene(), color=purple))",
    lambda s: yes(bool(s.f(color="purple"))),
)
C(
    "compare_size",
    48,
    "Which one's bigger, the red cube or that blue cylinder?",
    "q(u(f(union(f(sel(cube), color=red), f(sel(cylinder), color=blue)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="red"), s.the(shape="cylinder", color="blue")),
)
C(
    "spatial",
    48,
    "How many things are sittin' in front of the red cube?",
    "count(rel(u(f(sel(cube), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="red"))),
)
C(
    "verify",
    48,
    "That little blue cylinder all the way in the back — it's metal, right?",
    "verify(u(f(sel(cylinder), color=blue)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="blue"), "material") == "metal"),
)
C(
    "quantifier",
    48,
    "Is every one of the balls big?",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: every(s, s.f(shape="sphere"), size="large"),
)
X(48, "Who made this? I might want somethin' like it for the shop window.")

# scene 56: small blue rubber cube (back), small yellow rubber sph (far right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube (far left), large green metal cyl

# --- Bea, nine, writing careful school sentences
C(
    "count",
    56,
    "How many of the things in the picture are small?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "compare_count",
    56,
    "Are there more cubes than balls in the picture?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)
C(
    "superlative",
    56,
    "There are two big cubes. What colour is the one that is more to the left?",
    "q(ord(f(sel(cube), size=large), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube", size="large"), "left"), "color"),
)
C(
    "negation",
    56,
    "My teacher says the cylinder is metal. Is anything else made of metal?",
    "exist(fn(f(scene(), material=metal), shape=cylinder))",
    lambda s: yes(bool(lacking(s, s.f(material="metal"), shape="cylinder"))),
)
C(
    "spatial",
    56,
    "Is the yellow ball on the right of the brown cube?",
    "exist(f(rel(u(f(sel(cube), color=brown)), right), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "right", {"shape": "cube", "color": "brown"}),
)
C(
    "compare_attr",
    56,
    "Are the blue cube and the yellow ball the same size?",
    "same(u(f(sel(cube), color=blue)), u(f(sel(sphere), color=yellow)), size)",
    lambda s: alike(s, [s.the(shape="cube", color="blue"), s.the(shape="sphere", color="yellow")], "size"),
)
X(56, "If the green cylinder was a person, what would its name be?")

# scene 50 (all rubber): large purple sph (front), large red cyl, small yellow cube, small cyan sph, small blue cube, large green cube (far left), large green sph (back), small green cyl

# --- Pastor Olu, a Nigerian minister
C(
    "count",
    50,
    "Good day. Please, how many cylinders are there?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    50,
    "Please kindly tell me the colour of the small sphere.",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "compare_attr",
    50,
    "Are the two cylinders of the same colour?",
    "same(sel(cylinder), color)",
    lambda s: alike(s, s.f(shape="cylinder"), "color"),
)
C(
    "superlative",
    50,
    "Which object is nearest to the front? What is its shape?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "negation",
    50,
    "Leaving out the green ones, how many of the objects are large?",
    "count(fn(f(scene(), size=large), color=green))",
    lambda s: n(lacking(s, s.f(size="large"), color="green")),
)
C(
    "chain",
    50,
    "To the left of the purple ball there is a sphere, and behind that sphere there is a cylinder. What colour is that cylinder? God bless.",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=purple)), left), shape=sphere)), behind), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="purple"), "left", shape="sphere"), "behind", shape="cylinder"),
        "color",
    ),
)

# --- Claire, a tired mother of three
C(
    "count",
    50,
    "Sorry, quick one — how many blue things are there?",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "same_attr",
    50,
    "How many things are the same colour as the little cylinder, not counting the cylinder?",
    "count(same_attr(u(f(sel(cylinder), size=small)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="small"), "color")),
)
C(
    "exist",
    50,
    "Is there anything made of metal in there? I think it's all rubber.",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "superlative",
    50,
    "What colour's the second one in from the right?",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)
C(
    "compare_count",
    50,
    "Is it the same number of cubes and balls, or not?",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)

C(
    "spatial",
    50,
    "And how many cubes are over to the left of the big purple ball?",
    "count(f(rel(u(f(sel(sphere), size=large, color=purple)), left), shape=cube))",
    lambda s: n(among(s, related(s, "left", s.the(shape="sphere", size="large", color="purple")), shape="cube")),
)

# scene 35: small purple metal sph (back), large green metal cube (far left), large green rubber cube (far right), large red metal sph (front), large gray metal cube

# --- Hank, a retired Montana electrician
C(
    "count",
    35,
    "Say, how many of these are shiny metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "attribute",
    35,
    "What colour would you call the small ball?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "spatial",
    35,
    "How many things are sitting behind the red ball? I figure it's most of 'em.",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)
C(
    "superlative",
    35,
    "The cube farthest over to the right — what's that one made of?",
    "q(ord(sel(cube), right, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "material"),
)
C(
    "two_clause",
    35,
    "Is the gray cube big and made of metal both?",
    "and_(verify(u(f(sel(cube), color=gray)), size, large), verify(u(f(sel(cube), color=gray)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="gray"), "size") == "large"
        and s.a(s.the(shape="cube", color="gray"), "material") == "metal"
    ),
)
C(
    "quantifier",
    35,
    "None of the balls are rubber, that right?",
    "not_(exist(f(sel(sphere), material=rubber)))",
    lambda s: yes(not s.f(shape="sphere", material="rubber")),
)

# scene 36: large purple metal sph (far right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph (far left), large brown rubber cyl

# --- Anjali, a Bangalore software developer
C(
    "count",
    36,
    "Can you tell me how many large objects are there?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "exist",
    36,
    "Is there any sphere made of rubber?",
    "exist(f(sel(sphere), material=rubber))",
    lambda s: yes(bool(s.f(shape="sphere", material="rubber"))),
)
C(
    "spatial",
    36,
    "How many objects are there to the left of the brown cylinder?",
    "count(rel(u(f(sel(cylinder), color=brown)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="brown"))),
)
C(
    "compare_size",
    36,
    "Which one is bigger — the gray sphere or the brown cylinder?",
    "q(u(f(union(f(sel(sphere), color=gray), f(sel(cylinder), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="gray"), s.the(shape="cylinder", color="brown")),
)
C(
    "superlative",
    36,
    "Which sphere is closest to the front? Tell me its colour only.",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "number",
    36,
    "How many different colours are there in total?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
X(36, "Is this image generated by AI or made in some 3D tool? Which one exactly?")

# scene 15: large green rubber cyl (far left), large brown metal cyl, small purple metal cyl (right), large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (far right)

# --- Luca, an Italian cafe owner
C("count", 15, "Ciao! The cylinders, there are how many?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "attribute",
    15,
    "The cube, which colour it has?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_attr",
    15,
    "The two green things — they are the same shape, or no?",
    "same(f(scene(), color=green), shape)",
    lambda s: alike(s, s.f(color="green"), "shape"),
)
C(
    "superlative",
    15,
    "The thing that is most in the back, what is it?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    15,
    "How many objects are on the left of the green ball?",
    "count(rel(u(f(sel(sphere), color=green)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="green"))),
)
X(15, "With all these colours it looks like my gelato counter! The red one, which flavour would it be?")

# --- Joyce, an Alabama church secretary
C(
    "count",
    15,
    "I declare, how many of the little ones are metal?",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "quantifier",
    15,
    "Are most of the things in this picture big ones, sugar?",
    "gt(count(f(scene(), size=large)), count(fn(scene(), size=large)))",
    lambda s: most([s.a(i, "size") == "large" for i in s.all()]),
)
C(
    "chain",
    15,
    "In front of the red ball there's a cylinder, and to the left of that cylinder there's a ball. What's that ball made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), front), shape=cylinder)), left), shape=sphere)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="red"), "front", shape="cylinder"), "left", shape="sphere"),
        "material",
    ),
)
C(
    "verify",
    15,
    "That red ball way over on the right — is it rubber?",
    "verify(u(f(sel(sphere), color=red)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", color="red"), "material") == "rubber"),
)
C(
    "compare_count",
    15,
    "Are there fewer balls than cylinders?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)
C(
    "position",
    15,
    "Is the big red ball on the right-hand side of the picture or the left?",
    "choose(u(f(sel(sphere), size=large, color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="red")),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right, right of the bus), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Tomasz, a Polish delivery rider
P("count", "street", "How many persons are on this street?", "count(sel(person))", lambda p: n(people(p)))
P(
    "text",
    "street",
    "What is written on the road, on the ground there?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "exist",
    "street",
    "Is there some bicycle parked on this street?",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P("attribute", "street", "The car, which colour?", "q(u(sel(car)), color)", lambda p: p.value(p.the("car"), "color"))
P(
    "where",
    "street",
    "The car is on the left side of the bus or on the right side?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)

# --- Naomi, a driving instructor
P(
    "count",
    "street",
    "Eyes up. How many vehicles can you see on the road — cars and buses both?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "text",
    "street",
    "Now read me the sign. What does it say?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "position",
    "street",
    "Which side of the picture is the stop sign on, left or right?",
    "choose(u(sel(sign)), hposition, [left, right])",
    lambda p: p.value(p.the("sign"), "hposition"),
)
P(
    "spatial",
    "street",
    "Is there a pedestrian standing in front of the bus?",
    "exist(rel(u(sel(bus)), front, name=person))",
    lambda p: yes(any(o in people(p) for o in p.subjects("front", p.the("bus")))),
)
P(
    "compare_attr",
    "street",
    "Is the car the same colour as the bus?",
    "same(u(sel(car)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("car"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "chain",
    "street",
    "The man standing to the left of the woman — what colour tie has he got on?",
    "q(u(rel(u(rel(u(sel(woman)), left, name=man)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, only(named(p, p.subjects("left", p.the("woman")), "man"))), "color"),
)

# --- Carlos, a retired San Antonio mail carrier
P("count", "street", "How many ties do you see on these gentlemen?", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "compare_count",
    "street",
    "More men than women out there, would you say?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "chain",
    "street",
    "The gentleman farthest to the right, what color is his tie?",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "right")), "color"),
)
P(
    "spatial",
    "street",
    "The lady's got hold of that dog, hasn't she?",
    "vrel(u(sel(dog)), holding, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
P(
    "text",
    "street",
    "What does it say on the side of that bus? I can't read it from here, mijo.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
X("street", "Is that bus heading toward downtown or away from it, mijo?")

# --- Beth, an insurance claims adjuster
P(
    "where",
    "street",
    "For the claim I need this exactly: which side of the bus is the stop sign on?",
    "choose_rel(u(sel(sign)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("sign"), p.the("bus"), ("left", "right")),
)
P(
    "count",
    "street",
    "How many people were on the street at the time, in total?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "where",
    "street",
    "Was the woman standing in front of the bus or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P("attribute", "street", "What colour was the dog?", "q(u(sel(dog)), color)", lambda p: p.value(p.the("dog"), "color"))
P(
    "attribute",
    "street",
    "And would you describe the dog as large or small?",
    "choose(u(sel(dog)), size, [large, small])",
    lambda p: p.value(p.the("dog"), "size"),
)
P(
    "position",
    "street",
    "Where's the dog in the frame, toward the top or the bottom?",
    "choose(u(sel(dog)), vposition, [top, bottom])",
    lambda p: p.value(p.the("dog"), "vposition"),
)
X("street", "If the car pulled out right now, whose fault would the accident be?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a silver metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right (right of the table and of the white cup)

# --- Nkechi, a Nigerian nursing student
P(
    "count",
    "kitchen",
    "How many things are on top of the table altogether?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "text",
    "kitchen",
    "Please what time is showing on the clock?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "The bottle is which colour?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "compare_attr",
    "kitchen",
    "The plate and the clock, are they the same colour?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "spatial",
    "kitchen",
    "Is the red cup at the left side of the plate?",
    "exist(f(rel(u(sel(plate)), left, name=cup), color=red))",
    lambda p: yes(any(p.value(o, "color") == "red" for o in named(p, p.subjects("left", p.the("plate")), "cup"))),
)
X("kitchen", "Is the water in that bottle clean to drink?")

# --- Grant, a Kiwi builder
P(
    "attribute",
    "kitchen",
    "What's the table made out of, mate?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "negation",
    "kitchen",
    "How many cups on the table aren't white?",
    "count(fn(rel(u(sel(table)), on, name=cup), color=white))",
    lambda p: n([o for o in named(p, on_table(p), "cup") if p.value(o, "color") != "white"]),
)
P("exist", "kitchen", "Any spoons lying about?", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
P(
    "where",
    "kitchen",
    "The clock — is it above the table or below it?",
    "choose_rel(u(sel(clock)), [above, below], role=object, name=table)",
    lambda p: photo_side(p, p.the("clock"), p.the("table"), ("above", "below")),
)
P(
    "spatial",
    "kitchen",
    "Is the woman standing to the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "text",
    "kitchen",
    "There's writing on that green bottle — what's it say, mate?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)

# --- Lucille, a Jamaican-born home-care aide in Toronto
P(
    "count",
    "kitchen",
    "How many cups she have out on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "superlative",
    "kitchen",
    "The cup farthest over on the right, what colour it is?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "chain",
    "kitchen",
    "What colour is the cup to the right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "verify",
    "kitchen",
    "The fork is silver, not so?",
    "verify(u(sel(fork)), color, silver)",
    lambda p: yes(p.value(p.the("fork"), "color") == "silver"),
)
P(
    "two_clause",
    "kitchen",
    "The clock is white and the bottle is green — both of those true?",
    "and_(verify(u(sel(clock)), color, white), verify(u(sel(bottle)), color, green))",
    lambda p: yes(p.value(p.the("clock"), "color") == "white" and p.value(p.the("bottle"), "color") == "green"),
)
X("kitchen", "What she cooking for dinner, you think?")

# --- Dev, a student in a shared flat
P("count", "kitchen", "how many mugs or cups or whatever are out", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "number",
    "kitchen",
    "how many different colours are the cups",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "list",
    "kitchen",
    "what colours are they then, the cups, list em",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P("exist", "kitchen", "is there a bowl anywhere", "exist(sel(bowl))", lambda p: yes(bool(p.f("bowl"))))
P(
    "negation",
    "kitchen",
    "how many things on the table aren't cups or the plate",
    "count(diff(diff(rel(u(sel(table)), on), sel(cup)), sel(plate)))",
    lambda p: n([o for o in on_table(p) if p.name(o) not in {"cup", "plate"}]),
)
P(
    "superlative",
    "kitchen",
    "whats on the table furthest to the left",
    "q(ord(rel(u(sel(table)), on), left, 1), name)",
    lambda p: p.name(side_of(p, on_table(p), "left")),
)
X("kitchen", "whose turn is it to wash up lol")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Hannah, a dog groomer
P("count", "park", "How many pups are in the park today?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "What colour's the dog the girl is standing near?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "verify",
    "park",
    "The one the lady in red has hold of — that's the black dog, is it?",
    "verify(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color, black)",
    lambda p: yes(p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color") == "black"),
)
P(
    "compare_attr",
    "park",
    "Are the two dogs the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "exist",
    "park",
    "Is there a brown dog anywhere?",
    "exist(f(sel(dog), color=brown))",
    lambda p: yes(bool(p.f("dog", color="brown"))),
)
X("park", "What breed is the black one, do you think? Looks like it needs a trim.")

# --- Mr Okafor, a PE teacher
P("count", "park", "How many kids are out in the park?", "count(sel(child))", lambda p: n(children(p)))
P(
    "chain",
    "park",
    "What colour is the thing the lad's throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "spatial",
    "park",
    "What's the boy standing next to?",
    "q(u(rel(u(sel(boy)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("boy")))),
)
P(
    "compare_count",
    "park",
    "Are there more grown-ups than kids?",
    "gt(count(union(sel(man), sel(woman))), count(sel(child)))",
    lambda p: yes(len(p.f(("man", "woman"))) > len(children(p))),
)
P(
    "verify",
    "park",
    "Is the frisbee up high in the picture?",
    "verify(u(sel(frisbee)), vposition, top)",
    lambda p: yes(p.value(p.the("frisbee"), "vposition") == "top"),
)
P(
    "superlative",
    "park",
    "Who's furthest to the right of everyone?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("park", "Will the boy catch the frisbee when it comes back down?")

# --- Rosie, seven
P(
    "attribute",
    "park",
    "i can see a bench. what colour is the bench",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P("count", "park", "how many girls are there", "count(sel(girl))", lambda p: n(p.f("girl")))
P(
    "verify",
    "park",
    "is the bike red",
    "verify(u(sel(bicycle)), color, red)",
    lambda p: yes(p.value(p.the("bicycle"), "color") == "red"),
)
P("exist", "park", "is there a cat", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "spatial",
    "park",
    "is the lady in white next to the bike",
    "exist(f(rel(u(sel(bicycle)), near, name=woman), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("bicycle")), "woman"))),
)
X("park", "can the dogs play with the frisbee too")

# --- Viktor, a Serbian park keeper
P("count", "park", "How many people is in park, all together?", "count(sel(person))", lambda p: n(people(p)))
P(
    "position",
    "park",
    "Behind of the woman in red there is a tree. It is in left side of picture or right side?",
    "choose(u(rel(u(f(sel(woman), color=red)), behind)), hposition, [left, right])",
    lambda p: p.value(only(p.subjects("behind", p.the("woman", color="red"))), "hposition"),
)
P(
    "attribute",
    "park",
    "Bench is made from what material?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "spatial",
    "park",
    "The bench is left from the bicycle?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "compare_attr",
    "park",
    "Bench and frisbee, they have same colour?",
    "same(u(sel(bench)), u(sel(frisbee)), color)",
    lambda p: yes(p.value(p.the("bench"), "color") == p.value(p.the("frisbee"), "color")),
)
P(
    "negation",
    "park",
    "How many people in park are not women?",
    "count(diff(sel(person), sel(woman)))",
    lambda p: n([o for o in people(p) if p.name(o) != "woman"]),
)
X("park", "What time this park is closing in the evening?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Kemal, a Turkish tailor
P(
    "count",
    "shapes",
    "How many shapes are small size?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "attribute",
    "shapes",
    "The square, which colour it is?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "The square and the hexagon, they are the same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "superlative",
    "shapes",
    "In the upper row, the shape most to the right — which shape is it?",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Which one is bigger, the circle on the top or the square?",
    "q(u(f(union(f(sel(circle), vposition=top), sel(square)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", vposition="top"), p.the("square")),
)

# --- Miss Priscilla, a kindergarten teacher checking a worksheet
P(
    "count",
    "shapes",
    "For my worksheet: how many circles are in the picture?",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "exist",
    "shapes",
    "Is there an oval anywhere? I want the children to find one.",
    "exist(sel(oval))",
    lambda p: yes(bool(p.f("oval"))),
)
P(
    "position",
    "shapes",
    "Which shape is right in the middle of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "count",
    "shapes",
    "How many shapes run along the bottom?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "list",
    "shapes",
    "And what are they, the shapes in that bottom row? Name them for me.",
    "values(f(scene(), vposition=bottom), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="bottom")),
)
X("shapes", "Which shape do you think the children will like best?")

# --- Tobias, a graphic-design student
P(
    "attribute",
    "shapes",
    "What's the fill colour on the triangle?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "number",
    "shapes",
    "How many distinct fill colours are there in the whole layout?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "compare_count",
    "shapes",
    "Are there more blue shapes than red ones?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "negation",
    "shapes",
    "Excluding the circles, how many shapes are blue?",
    "count(fn(f(scene(), color=blue), shape=circle))",
    lambda p: n([o for o in p.f(color="blue") if p.value(o, "shape") != "circle"]),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes are the same size as the triangle?",
    "count(same_attr(u(sel(triangle)), size))",
    lambda p: n(drawn_others(p, p.the("triangle"), "size")),
)
P(
    "two_clause",
    "shapes",
    "Is the star both small and red?",
    "and_(verify(u(sel(star)), size, small), verify(u(sel(star)), color, red))",
    lambda p: yes(p.value(p.the("star"), "size") == "small" and p.value(p.the("star"), "color") == "red"),
)

# --- Gran Mabel, eighty, from Cornwall
P(
    "count",
    "shapes",
    "How many of the shapes are red, my handsome?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "verify",
    "shapes",
    "Is that big round one up at the top red, dear?",
    "verify(u(f(sel(circle), size=large)), color, red)",
    lambda p: yes(p.value(p.the("circle", size="large"), "color") == "red"),
)
P(
    "exist",
    "shapes",
    "Is there a yellow one anywhere? I can't see yellow very well these days.",
    "exist(f(scene(), color=yellow))",
    lambda p: yes(bool(p.f(color="yellow"))),
)
P(
    "attribute",
    "shapes",
    "What colour is the rectangle down at the bottom, dear?",
    "q(u(f(sel(rectangle), vposition=bottom)), color)",
    lambda p: p.value(the_rectangle(p, vposition="bottom"), "color"),
)
P(
    "compare_size",
    "shapes",
    "Is the triangle bigger than the little blue circle?",
    "larger(u(sel(triangle)), u(f(sel(circle), size=small, color=blue)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("circle", size="small", color="blue")),
)
X("shapes", "Would these make a nice pattern for a tea cosy, do you think?")

# --- Arjun, ten, showing off
P(
    "negation",
    "shapes",
    "Bet you can't tell me how many shapes aren't blue!",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "superlative",
    "shapes",
    "In the top row, what's the second shape from the right?",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, the hexagon or the yellow rectangle?",
    "q(u(f(union(sel(hexagon), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("hexagon"), the_rectangle(p, color="yellow")),
)
P(
    "quantifier",
    "shapes",
    "Are all the circles blue?",
    "not_(exist(fn(sel(circle), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f("circle"))),
)
P(
    "position",
    "shapes",
    "What shape is in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "exist",
    "shapes",
    "Is there a pentagon? I know what a pentagon is!",
    "exist(sel(pentagon))",
    lambda p: yes(bool(p.f("pentagon"))),
)

# --- Denise, a bank clerk double-checking
P(
    "count",
    "shapes",
    "Just to double-check, how many hexagons are there?",
    "count(sel(hexagon))",
    lambda p: n(p.f("hexagon")),
)
P(
    "two_clause",
    "shapes",
    "The hexagon's on the right and in the bottom row — correct?",
    "and_(verify(u(sel(hexagon)), hposition, right), verify(u(sel(hexagon)), vposition, bottom))",
    lambda p: yes(
        p.value(p.the("hexagon"), "hposition") == "right" and p.value(p.the("hexagon"), "vposition") == "bottom"
    ),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer large shapes than small ones?",
    "lt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda p: yes(len(p.f(size="large")) < len(p.f(size="small"))),
)
P(
    "same_attr",
    "shapes",
    "How many shapes are the same colour as the star, apart from the star itself?",
    "count(same_attr(u(sel(star)), color))",
    lambda p: n(drawn_others(p, p.the("star"), "color")),
)
P(
    "quantifier",
    "shapes",
    "None of the large ones are blue — correct?",
    "not_(exist(f(scene(), size=large, color=blue)))",
    lambda p: yes(not p.f(size="large", color="blue")),
)
X("shapes", "How much would it cost to have this printed as a poster?")

# --- Ji-ho, a Korean exchange student
P(
    "count",
    "shapes",
    "How many shapes are there in the middle column?",
    "count(f(scene(), hposition=middle))",
    lambda p: n(p.f(hposition="middle")),
)
P(
    "position",
    "shapes",
    "The shape at the bottom left corner is which color?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "color"),
)
P(
    "compare_size",
    "shapes",
    "Is it right that the yellow rectangle is bigger than the square?",
    "larger(u(f(sel(rectangle), color=yellow)), u(sel(square)))",
    lambda p: drawn_larger(p, the_rectangle(p, color="yellow"), p.the("square")),
)
P(
    "list",
    "shapes",
    "Which colors do the big shapes have? Please tell me all of them.",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, the third shape from the left is which color?",
    "q(ord(f(scene(), vposition=bottom), left, 3), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left", 3), "color"),
)
X("shapes", "This drawing, is it from a Korean textbook? Which book?")

# --- Frank, a retired draughtsman
P(
    "count",
    "shapes",
    "How many of the figures are drawn large?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "position",
    "shapes",
    "What figure sits at the bottom centre?",
    "q(u(f(scene(), hposition=middle, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="bottom"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles drawn at the same size?",
    "same(sel(circle), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
P(
    "negation",
    "shapes",
    "Apart from the triangle, is there any green figure?",
    "exist(diff(f(scene(), color=green), sel(triangle)))",
    lambda p: yes(bool([o for o in p.f(color="green") if p.name(o) != "triangle"])),
)
P(
    "superlative",
    "shapes",
    "Which figure lies furthest to the left in the top row? I'd like its colour.",
    "q(ord(f(scene(), vposition=top), left, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left"), "color"),
)
P(
    "compare_count",
    "shapes",
    "Are there as many circles as there are squares?",
    "eq(count(sel(circle)), count(sel(square)))",
    lambda p: yes(len(p.f("circle")) == len(p.f("square"))),
)
X("shapes", "Was this drawn by hand or on a computer, in your opinion?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
