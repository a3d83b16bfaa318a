# ruff: noqa: E501
"""Blind paraphrase set 101: a forty-fourth fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits of speech (a few of them non-native speakers), always
understandably to a careful reader. There is no shared persona gimmick: the aim is the natural spread of real users
typing or speaking to a picture-question app.

The cast. On the CLEVR pictures: Kwame, a Ghanaian-born night nurse asking on his break ("Quick one", "if you don't
mind"); Beth, a Minnesota mum of twins refereeing an argument ("okay so", "for Pete's sake", "my son says"); Ahmed, a
Manchester taxi dispatcher ("Alright mate", "sound", "yeah?"); Greta, a Swedish statistics student ("Is it so that", "I
want to be sure"); Darnell, an Atlanta high-school basketball coach ("on the floor", "who's", "real talk"); Paulo, a
Portuguese waiter in London ("Good evening", "it is on the right side, or the left?"); Fiona, a Galway librarian ("would
you say", "grand"); Mehmet, a Turkish baker in Berlin ("how many cube is", "what material is it made?"); Kayla, a
nineteen-year-old barista typing fast in lowercase ("ok so", "lowkey", "??"); Mr Okafor, a Lagos accountant ("Kindly",
"I wish to know"); Ruth, seventy-three, in Ohio, with an app her granddaughter installed ("the little brown can", "Thank
you"); Jake, twelve, gaming ("yo", "bro", "lol"); Ingrid, a Norwegian dentist ("Have the two ... the same size?"); Luis,
a Mexican site foreman ("amigo", "colors different", "no?"); Pat, a Boston plumber ("in there", "sittin'", "wicked");
Anjali, a Bangalore developer ("na?", "What all colours", "isn't it?"); Tamsin, a Cornish teaching assistant planning a
lesson; Wei, a Chinese graduate student who drops articles ("How many object is small size?"); Owen, a laconic Welsh
hill farmer ("is there?", "mind"); Chloé, a French au pair ("the more big", "it is of which colour?"); Marcus, a Chicago
bartender ("Gimme", "whatever's"); Nomvula, a Johannesburg bank teller ("please", "eish"); and Keith, a Queensland
sparky ("mate", "rattle them off", "reckon"). On the photo-like graphs: Gloria, a Filipino caregiver looking at a photo
her cousin sent; Tyler, a Portland bike courier; Mr Hashemi, a retired Iranian civil engineer ("Please", "necktie", "in
the top part or in the bottom part?"); Hannah, a driving instructor; Nonna Sofia, an Italian grandmother ("it is
green?", "of what it is made?"); Dev, a student looking at his flatmate's photo; Margit, a Hungarian cleaner ("The table
is from wood?"); Leon, an interior designer ("the palette", "leftmost", "rightmost"); Joyce, a Jamaican-born grandmother
in Croydon ("little ones", "Lord"); Mateo, nine; Rick, a morning jogger ("quick q", "cheers"); and Hui Min, a
Singaporean office worker ("Got how many ... ah?", "same or not?"). On the drawing: Tariq, a graphic-design student
("bottom row", "layout"); Poppy, six, with her dad typing; Colin, a retired accountant ("Could you tell me"); Mariana,
an Argentine art teacher ("figures", "it is in the centre?"); Hamid, an Afghan learner at an evening English class ("How
many shape is in the top row?"); Lorraine, a speech therapist working through the picture with a client; Dwayne, a
trucker doing a puzzle with his boy; and Ngozi, a Nigerian secondary-school pupil doing her maths homework ("the
diagram").

Sentence shapes: plain questions, bare fragments ("Got how many dogs ah?", "Frisbee at the top or the bottom of the
picture?"), fronted topics ("The fork, of what it is made?", "The cyan cylinder — it is on the right side of the
picture, or the left?"), tags and confirmations ("na?", "isn't it?", "no?", "yeah?", "right?", "is it correct?"),
questions wrapped in a bit of story ("My cousin sent me this from Madrid ...", "Me and my boy are doing this together
..."), negatives and exceptions ("that isn't purple", "apart from the cylinders", "neither blue nor small", "not
counting the square itself", "Apart from the cylinder, is there anything made of metal?"), comparisons put several ways
("fewer ... than", "outnumber", "the more big", "bigger than", "smaller than", "as many ... as", "equal to"), and two-hop
chains told as directions ("Start at the big purple ball. There's a cylinder to its left ...").

The questions cover counts (with conditions, negation, "or" and "together"), existence, an attribute of one thing,
yes/no checks of one value, two checks at once, comparisons of counts ("more", "fewer", "as many as", "the same number")
and of attributes (same colour, size or material), quantifiers ("all", "every", "none", "any", "most"), exceptions,
relations (left, right, in front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding,
wearing, throwing, above, behind, left, right, in front), one- and two-hop chains, superlatives and ordinals, other
things sharing a value, which of two things is the bigger, lists of values, the number of different colours, sides of a
CLEVR picture, sides, rows and corners of the photos and the drawing, and the text on the photos' bus, sign, road,
bottle and clock. About half ask about CLEVR val scenes (49, 52, 55, 59, 54, 38, 57, 32, 48, 56, 50, 35, 36 and 15; one
or two people to a scene), about 30% about the photo-like graphs (street, kitchen, park) and 20% about the drawing of
flat shapes; about one in ten must be refused, each in the same voice as the person's other questions (prices and where
to buy, opinions, what happens next, names and makers, the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of an
object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations
and attributes leave open. A which-side question is answered with the side; a "which is bigger" between two things is
asked only where their size classes differ, and answered with the word that tells the bigger one from the other (its
shape, or its colour where both are spheres). Answers are the graph's words (gray, not grey; sphere, not ball; "green,
red" for a list, most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag. Every gold
program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or tasks/),
its tests or any other question set or builder; the only files read were build_blind66.py (its docstring, helpers and
code, for the format, the gold program language and the conventions), the first 5 lines of blind66.jsonl (for the line
format), blind_gold.py and blind_helpers.py (the helpers imported here), plus the scenes themselves (photo_scenes.json
and the CLEVR val scenes.json). No question was run through nsvr's parser, planner or ``nsvr ask``; only the gold
programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind101.py`` to write ``../blind101.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind101.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def drawn_others(p, anchor: str, attribute: str) -> list[str]:
    """The drawn shapes other than the anchor that share its value of ``attribute``."""
    return [o for o in p.objects if o != anchor and p.value(o, attribute) == p.value(anchor, attribute)]


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph (far right), small green metal cube, large purple metal sph (far left), small green rubber cyl, small yellow rubber sph (front), small gray rubber cyl (back)

# --- Kwame, a Ghanaian-born night nurse, asking on his break
C(
    "count",
    49,
    "Quick one while I'm on my break: how many of the objects in this picture are made of metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    49,
    "Is the number of rubber objects greater than the number of metal ones?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "spatial",
    49,
    "How many objects are sitting behind the cyan ball, if you don't mind counting?",
    "count(rel(u(f(sel(sphere), color=cyan)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="cyan"))),
)
C(
    "two_clause",
    49,
    "I can see a green cylinder. Is there a green cube in there as well?",
    "and_(exist(f(sel(cylinder), color=green)), exist(f(sel(cube), color=green)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="green")) and bool(s.f(shape="cube", color="green"))),
)
C(
    "superlative",
    49,
    "What is the object furthest to the left made of?",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)
X(49, "Which computer program do people use to make pictures like this one?")

# --- Beth, a Minnesota mum of twins refereeing an argument
C(
    "count",
    49,
    "Okay so my twins are arguing about this one. How many yellow things are there?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "compare_attr",
    49,
    "And the yellow ones, are they both made of the same stuff?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "verify",
    49,
    "Is the big ball purple? My son says it's blue, for Pete's sake.",
    "verify(u(f(sel(sphere), size=large)), color, purple)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "purple"),
)
C(
    "negation",
    49,
    "How many of the things are not balls?",
    "count(fn(scene(), shape=sphere))",
    lambda s: n(lacking(s, s.all(), shape="sphere")),
)
C(
    "chain",
    49,
    "Now my daughter says there's a cube behind the green cylinder, and a ball just to the right of that cube. What's that ball made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=green)), behind), shape=cube)), right), shape=sphere)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="green"), "behind", shape="cube"), "right", shape="sphere"),
        "material",
    ),
)
X(49, "They want a set of these for Christmas now. Where would I even buy one?")

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl (back), large purple metal cube (front, left)

# --- Ahmed, a Manchester taxi dispatcher
C(
    "count",
    52,
    "Alright mate, how many big ones are there?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "quantifier",
    52,
    "Are the cubes all big, yeah?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)
C(
    "spatial",
    52,
    "The gray cylinder, is that sat behind the brown cube?",
    "exist(f(rel(u(f(sel(cube), color=brown)), behind), color=gray, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "gray"}, "behind", {"shape": "cube", "color": "brown"}),
)
C(
    "superlative",
    52,
    "Whichever one's furthest to the right, what's it made of?",
    "q(ord(scene(), right, 1), material)",
    lambda s: s.a(nth(s, s.all(), "right"), "material"),
)
C(
    "same_attr",
    52,
    "How many of the others are the same material as the brown cube?",
    "count(same_attr(u(f(sel(cube), color=brown)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="brown"), "material")),
)
C(
    "compare_size",
    52,
    "Sound. Which is bigger then, the cylinder or the purple cube?",
    "q(u(f(union(sel(cylinder), f(sel(cube), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder"), s.the(shape="cube", color="purple")),
)

# scene 55: large green metal cube, small purple rubber cube (far right), large purple rubber sph (back), small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph (far left), small yellow metal cube (front), large red rubber cube

# --- Greta, a Swedish statistics student
C(
    "count",
    55,
    "How many objects are large? I count five, but I want to be sure.",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "compare_count",
    55,
    "Is it so that there are more spheres than cylinders here?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "quantifier",
    55,
    "Is it true that none of the cylinders are made of metal?",
    "not_(exist(f(sel(cylinder), material=metal)))",
    lambda s: yes(not s.f(shape="cylinder", material="metal")),
)
C(
    "list",
    55,
    "Which colours do the cubes have? Please list them.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "superlative",
    55,
    "The object that is second from the front, what shape has it?",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
C(
    "spatial",
    55,
    "How many objects are placed to the left of the green cube?",
    "count(rel(u(f(sel(cube), color=green)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="green"))),
)

# --- Darnell, an Atlanta high-school basketball coach
C("count", 55, "How many balls we got on the floor?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    55,
    "That little yellow cube up front, metal or rubber?",
    "choose(u(f(sel(cube), size=small, color=yellow)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", size="small", color="yellow"), "material"),
)
C(
    "compare_attr",
    55,
    "The big purple balls, they all made out of the same material?",
    "same(f(sel(sphere), size=large, color=purple), material)",
    lambda s: alike(s, s.f(shape="sphere", size="large", color="purple"), "material"),
)
C(
    "superlative",
    55,
    "Who's hanging way at the back? Tell me the shape.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "negation",
    55,
    "Count me everything that isn't purple.",
    "count(fn(scene(), color=purple))",
    lambda s: n(lacking(s, s.all(), color="purple")),
)
X(55, "Real talk, which one of these would bounce the highest if you dropped it?")

# scene 59: small purple rubber cyl (front), large cyan rubber cyl (far right), large brown rubber sph (far left), large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph (back)

# --- Paulo, a Portuguese waiter in London
C(
    "count",
    59,
    "Good evening. How many cylinders are there in this image?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "count",
    59,
    "And of the purple things, how many are big?",
    "count(f(scene(), color=purple, size=large))",
    lambda s: n(s.f(color="purple", size="large")),
)
C(
    "position",
    59,
    "The cyan cylinder — it is on the right side of the picture, or the left?",
    "choose(u(f(sel(cylinder), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="cyan")),
)
C(
    "exist",
    59,
    "There is some green object somewhere?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "compare_count",
    59,
    "There are as many spheres as cylinders, or not?",
    "eq(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cylinder"))),
)
X(59, "In Portugal we have a game with balls like these. What is the name of this game here?")

# --- Fiona, a Galway librarian
C(
    "count",
    59,
    "How many of the objects would you say are small?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "chain",
    59,
    "Take the small cube. There's a cylinder to the right of it, and in front of that cylinder there's a sphere. What colour is the sphere?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=small)), right), shape=cylinder)), front), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", size="small"), "right", shape="cylinder"), "front", shape="sphere"),
        "color",
    ),
)
C(
    "quantifier",
    59,
    "Is every one of the spheres made of rubber?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "superlative",
    59,
    "What colour is whatever is nearest the front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "same_attr",
    59,
    "How many other objects are the same colour as the blue cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=blue)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", color="blue"), "color")),
)
C(
    "compare_size",
    59,
    "Grand. And which is larger, the purple cube or the purple sphere?",
    "q(u(f(union(f(sel(cube), color=purple), f(sel(sphere), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="purple"), s.the(shape="sphere", color="purple")),
)

# scene 54: large green rubber cube (front), large brown metal cyl (back), large gray rubber cube (far right), large gray rubber cube (far left)

# --- Mehmet, a Turkish baker in Berlin
C(
    "count",
    54,
    "Hello, how many things is in this picture, all together?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "quantifier",
    54,
    "Everything here is big, yes?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "spatial",
    54,
    "How many cube is behind the green cube?",
    "count(f(rel(u(f(sel(cube), color=green)), behind), shape=cube))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cube", color="green")), shape="cube")),
)
C(
    "number",
    54,
    "How many different colours you can see?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "attribute",
    54,
    "The cylinder, what material is it made?",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
X(54, "You think this picture is nice for put on the wall in my bakery?")

# scene 38: small green rubber sph (front), large gray rubber cyl (back), small red metal sph, small green metal sph (far right), large gray metal cyl (far left)

# --- Kayla, nineteen, a barista typing fast
C(
    "count",
    38,
    "ok so how many small spheres are there",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "compare_attr",
    38,
    "are the two cylinders the same size??",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "superlative",
    38,
    "whats the thing furthest to the right, like what shape is it",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "exist",
    38,
    "is there anything blue in here",
    "exist(f(scene(), color=blue))",
    lambda s: yes(bool(s.f(color="blue"))),
)
C(
    "spatial",
    38,
    "lowkey is the red ball in front of the rubber cylinder",
    "exist(f(rel(u(f(sel(cylinder), material=rubber)), front), color=red, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "red"}, "front", {"shape": "cylinder", "material": "rubber"}),
)

# --- Mr Okafor, a Lagos accountant
C(
    "count",
    38,
    "Kindly tell me the number of metal objects in this picture.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "negation",
    38,
    "How many objects are there apart from the cylinders?",
    "count(fn(scene(), shape=cylinder))",
    lambda s: n(lacking(s, s.all(), shape="cylinder")),
)
C(
    "chain",
    38,
    "I wish to know the colour of the sphere that is behind the red sphere.",
    "q(u(f(rel(u(f(sel(sphere), color=red)), behind), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="red"), "behind", shape="sphere"), "color"),
)
C(
    "two_clause",
    38,
    "Is the metal cylinder gray, and is it also large?",
    "and_(verify(u(f(sel(cylinder), material=metal)), color, gray), verify(u(f(sel(cylinder), material=metal)), size, large))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", material="metal"), "color") == "gray"
        and s.a(s.the(shape="cylinder", material="metal"), "size") == "large"
    ),
)
C(
    "compare_count",
    38,
    "Do the metal objects outnumber the rubber ones?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)

# scene 57: small brown metal cyl, large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (far right), small yellow rubber sph (far left)

# --- Ruth, seventy-three, in Ohio, with an app her granddaughter put on her phone
C(
    "count",
    57,
    "My granddaughter put this on my phone for me. How many balls are in the picture? Thank you.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "verify",
    57,
    "Is the ball at the back a blue one?",
    "verify(ord(sel(sphere), behind, 1), color, blue)",
    lambda s: yes(s.a(nth(s, s.f(shape="sphere"), "behind"), "color") == "blue"),
)
C(
    "compare_attr",
    57,
    "Are the two boxes the same color?",
    "same(sel(cube), color)",
    lambda s: alike(s, s.f(shape="cube"), "color"),
)
C(
    "spatial",
    57,
    "How many things are over to the right of the little brown can?",
    "count(rel(u(f(sel(cylinder), size=small, color=brown)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", size="small", color="brown"))),
)
C(
    "position",
    57,
    "Which side of the picture is the yellow ball on? I can't see it very well.",
    "choose(u(f(sel(sphere), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="yellow")),
)
X(57, "Who makes these? I'd like to get some for my great-grandson's birthday.")

# scene 32: small gray rubber cube (far left), large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (far right)

# --- Jake, twelve, gaming
C("count", 32, "yo how many cubes", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "superlative",
    32,
    "which one is the most to the left? colour",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "compare_size",
    32,
    "bro which is bigger the yellow ball or the red ball",
    "q(u(f(union(f(sel(sphere), color=yellow), f(sel(sphere), color=red)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="yellow"), s.the(shape="sphere", color="red"), "color"),
)
C(
    "count",
    32,
    "how many things are gray or metal",
    "count(union(f(scene(), color=gray), f(scene(), material=metal)))",
    lambda s: n(set(s.f(color="gray")) | set(s.f(material="metal"))),
)
C(
    "exist",
    32,
    "is there a purple one anywhere",
    "exist(f(scene(), color=purple))",
    lambda s: yes(bool(s.f(color="purple"))),
)
X(32, "if this was minecraft which one would u mine first lol")

# --- Ingrid, a Norwegian dentist
C(
    "count",
    32,
    "How many small objects are made of rubber?",
    "count(f(scene(), size=small, material=rubber))",
    lambda s: n(s.f(size="small", material="rubber")),
)
C(
    "spatial",
    32,
    "How many objects stand behind the red sphere?",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)
C(
    "exist",
    32,
    "Is any of the cubes made of metal?",
    "exist(f(sel(cube), material=metal))",
    lambda s: yes(bool(s.f(shape="cube", material="metal"))),
)
C(
    "chain",
    32,
    "In front of the red sphere there is a gray thing. Which shape has it?",
    "q(u(f(rel(u(f(sel(sphere), color=red)), front), color=gray)), shape)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="red"), "front", color="gray"), "shape"),
)
C(
    "compare_attr",
    32,
    "Have the two gray cubes the same size?",
    "same(f(sel(cube), color=gray), size)",
    lambda s: alike(s, s.f(shape="cube", color="gray"), "size"),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph (far left), large gray metal sph (far right), large green metal sph, small yellow metal cube (front), small blue metal cyl (back)

# --- Luis, a Mexican site foreman
C("count", 48, "How many spheres are there, amigo?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "number",
    48,
    "How many colors different are in the picture?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "compare_count",
    48,
    "There are more big things than small things, no?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "spatial",
    48,
    "The blue cylinder is behind the red cube?",
    "exist(f(rel(u(f(sel(cube), color=red)), behind), color=blue, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "blue"}, "behind", {"shape": "cube", "color": "red"}),
)
C(
    "superlative",
    48,
    "Which sphere is the most to the right? What color?",
    "q(ord(sel(sphere), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "color"),
)
C(
    "position",
    48,
    "The gray ball is in the left side or in the right side of the picture?",
    "choose(u(f(sel(sphere), color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="gray")),
)

# scene 56: small blue rubber cube (back), small yellow rubber sph (far right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube (far left), large green metal cyl

# --- Pat, a Boston plumber
C(
    "count",
    56,
    "How many rubber pieces in there, ya think?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "attribute",
    56,
    "What color's the cylinder?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "compare_attr",
    56,
    "Are the blue cube and the cyan cube the same size, or no?",
    "same(u(f(sel(cube), color=blue)), u(f(sel(cube), color=cyan)), size)",
    lambda s: yes(s.a(s.the(shape="cube", color="blue"), "size") == s.a(s.the(shape="cube", color="cyan"), "size")),
)
C(
    "chain",
    56,
    "There's a cube sittin' to the left of the green cylinder. What color's the cube in front of that one?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=green)), left), shape=cube)), front), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="green"), "left", shape="cube"), "front", shape="cube"),
        "color",
    ),
)
C(
    "superlative",
    56,
    "What's all the way in the back? What shape?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
X(56, "Wicked nice cylinder. Where can I pick one of those up for the shop?")

# --- Anjali, a Bangalore software developer
C(
    "count",
    56,
    "How many spheres are there? Small ones only.",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "quantifier",
    56,
    "Apart from the cylinder, is there anything made of metal?",
    "exist(fn(f(scene(), material=metal), shape=cylinder))",
    lambda s: yes(bool(lacking(s, s.f(material="metal"), shape="cylinder"))),
)
C(
    "spatial",
    56,
    "The yellow sphere is to the right of the brown cube, na?",
    "exist(f(rel(u(f(sel(cube), color=brown)), right), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "right", {"shape": "cube", "color": "brown"}),
)
C(
    "list",
    56,
    "What all colours are the cubes? Give me the full list.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "compare_count",
    56,
    "Spheres are less than cubes, isn't it?",
    "lt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cube"))),
)
C(
    "position",
    56,
    "Yellow ball is on which side of the picture?",
    "choose(u(f(sel(sphere), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="yellow")),
)

# scene 50 (all rubber): large purple sph (front), large red cyl, small yellow cube, small cyan sph, small blue cube, large green cube (far left), large green sph (back), small green cyl

# --- Tamsin, a Cornish teaching assistant planning a lesson
C(
    "count",
    50,
    "I'm putting a lesson together. How many cylinders have we got in this one?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "same_attr",
    50,
    "How many other things share a colour with the small cylinder?",
    "count(same_attr(u(f(sel(cylinder), size=small)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="small"), "color")),
)
C(
    "compare_attr",
    50,
    "Are the two cylinders the same size as each other?",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "superlative",
    50,
    "What shape is the thing right at the very back?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "position",
    50,
    "Is the big green cube on the left or the right of the picture?",
    "choose(u(f(sel(cube), size=large, color=green)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="large", color="green")),
)
X(50, "Do you reckon the children could make these out of plasticine before break?")

# --- Wei, a Chinese graduate student
C(
    "count",
    50,
    "How many object is small size?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "spatial",
    50,
    "How many object is in front of red cylinder?",
    "count(rel(u(f(sel(cylinder), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="red"))),
)
C(
    "chain",
    50,
    "The big object in front of yellow cube, what colour?",
    "q(u(f(rel(u(f(sel(cube), color=yellow)), front), size=large)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="yellow"), "front", size="large"), "color"),
)
C(
    "quantifier",
    50,
    "Most objects are small, is it correct?",
    "gt(count(f(scene(), size=small)), count(fn(scene(), size=small)))",
    lambda s: most([s.a(i, "size") == "small" for i in s.all()]),
)
C(
    "compare_count",
    50,
    "Number of cube equal to number of sphere?",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)
C(
    "exist",
    50,
    "Is there metal object in this picture?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)

# scene 35: small purple metal sph (back), large green metal cube (far left), large green rubber cube (far right), large red metal sph (front), large gray metal cube

# --- Owen, a laconic Welsh hill farmer
C("count", 35, "How many of them are green?", "count(f(scene(), color=green))", lambda s: n(s.f(color="green")))
C(
    "superlative",
    35,
    "The one nearest the front, what's that made of?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C(
    "compare_count",
    35,
    "More cubes than balls, is there?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)
C(
    "spatial",
    35,
    "That little purple ball, is it behind the gray cube?",
    "exist(f(rel(u(f(sel(cube), color=gray)), behind), color=purple, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "purple"}, "behind", {"shape": "cube", "color": "gray"}),
)
C(
    "count",
    35,
    "How many big ones are metal, mind? Just the big ones.",
    "count(f(scene(), size=large, material=metal))",
    lambda s: n(s.f(size="large", material="metal")),
)
X(35, "Would the sheep knock these over if I put them in the top field, d'you think?")

# scene 36: large purple metal sph (far right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph (far left), large brown rubber cyl

# --- Chloé, a French au pair
C("count", 36, "How many spheres there are in the image?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_size",
    36,
    "Which one is the more big, the gray sphere or the brown cylinder?",
    "q(u(f(union(f(sel(sphere), color=gray), f(sel(cylinder), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="gray"), s.the(shape="cylinder", color="brown")),
)
C(
    "attribute",
    36,
    "The cube, it is of which colour?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "spatial",
    36,
    "The purple sphere is on the right of the cylinder?",
    "exist(f(rel(u(sel(cylinder)), right), color=purple, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "purple"}, "right", {"shape": "cylinder"}),
)
C(
    "exist",
    36,
    "There is something that is not in metal?",
    "exist(fn(scene(), material=metal))",
    lambda s: yes(bool(lacking(s, s.all(), material="metal"))),
)
X(36, "The children ask me: are these bonbons? Can we eat them?")

# --- Marcus, a Chicago bartender
C("count", 36, "How many of these are big?", "count(f(scene(), size=large))", lambda s: n(s.f(size="large")))
C(
    "superlative",
    36,
    "What's the second thing from the left? Gimme the shape.",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "same_attr",
    36,
    "How many other things are the same size as the yellow cube?",
    "count(same_attr(u(f(sel(cube), color=yellow)), size))",
    lambda s: n(others(s, s.the(shape="cube", color="yellow"), "size")),
)
C(
    "chain",
    36,
    "Start at the big purple ball. There's a cylinder to its left, yeah? Whatever's in front of that cylinder, what's it made of?",
    "q(u(rel(u(f(rel(u(f(sel(sphere), size=large, color=purple)), left), shape=cylinder)), front)), material)",
    lambda s: s.a(
        only(
            related(s, "front", hop(s, s.the(shape="sphere", size="large", color="purple"), "left", shape="cylinder"))
        ),
        "material",
    ),
)
C(
    "verify",
    36,
    "The gray ball's metal, isn't it?",
    "verify(u(f(sel(sphere), color=gray)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="gray"), "material") == "metal"),
)
X(36, "Okay, real question: what's the artist trying to say with this one?")

# scene 15: large green rubber cyl (far left), large brown metal cyl, small purple metal cyl (right), large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (far right)

# --- Nomvula, a Johannesburg bank teller
C(
    "count",
    15,
    "How many cylinders are there, please?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    15,
    "The green cylinder and the green sphere, are they made of the same thing?",
    "same(u(f(sel(cylinder), color=green)), u(f(sel(sphere), color=green)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="green"), "material") == s.a(s.the(shape="sphere", color="green"), "material")
    ),
)
C(
    "quantifier",
    15,
    "Are all of the cylinders big ones?",
    "not_(exist(fn(sel(cylinder), size=large)))",
    lambda s: every(s, s.f(shape="cylinder"), size="large"),
)
C(
    "superlative",
    15,
    "The object right at the front, which colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    15,
    "How many spheres are to the left of the purple cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=purple)), left), shape=sphere))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cylinder", color="purple")), shape="sphere")),
)
X(15, "Eish, how much would all of this cost in rand?")

# --- Keith, a Queensland sparky
C(
    "count",
    15,
    "How many rubber ones, mate?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "list",
    15,
    "What colours are the balls? Rattle them off.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "number",
    15,
    "How many different colours have the cylinders got between them?",
    "nvalues(sel(cylinder), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="cylinder")})),
)
C(
    "compare_size",
    15,
    "Is the blue cube bigger than the red ball?",
    "larger(u(f(sel(cube), color=blue)), u(f(sel(sphere), color=red)))",
    lambda s: larger(s, s.the(shape="cube", color="blue"), s.the(shape="sphere", color="red")),
)
C(
    "chain",
    15,
    "Behind the big brown cylinder there's a little ball, I reckon. What colour's that?",
    "q(u(f(rel(u(f(sel(cylinder), size=large, color=brown)), behind), shape=sphere, size=small)), color)",
    lambda s: s.a(
        hop(s, s.the(shape="cylinder", size="large", color="brown"), "behind", shape="sphere", size="small"), "color"
    ),
)
C(
    "two_clause",
    15,
    "Is there a purple cylinder and a blue cube, both?",
    "and_(exist(f(sel(cylinder), color=purple)), exist(f(sel(cube), color=blue)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="purple")) and bool(s.f(shape="cube", color="blue"))),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Gloria, a Filipino caregiver looking at a photo her cousin sent
P(
    "text",
    "street",
    "My cousin sent me this from Madrid. What is written on the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("count", "street", "How many men are in the picture?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "chain",
    "street",
    "The man on the right side, what color is his tie?",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "right")), "color"),
)
P(
    "attribute",
    "street",
    "Is the dog a big one or a small one?",
    "choose(u(sel(dog)), size, [large, small])",
    lambda p: p.value(p.the("dog"), "size"),
)
P(
    "spatial",
    "street",
    "The lady is the one holding the dog, right?",
    "vrel(u(sel(dog)), holding, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
X("street", "Is it safe to walk around there at night? My cousin goes home late.")

# --- Tyler, a Portland bike courier
P("count", "street", "how many people are on foot here", "count(sel(person))", lambda p: n(people(p)))
P(
    "text",
    "street",
    "sign up in the corner, what's it say",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "text",
    "street",
    "and what's painted on the road",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "where",
    "street",
    "is the woman in front of the bus or behind it",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "count",
    "street",
    "how many red things in the shot",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)

# --- Mr Hashemi, a retired Iranian civil engineer
P(
    "exist",
    "street",
    "Please, is the woman also wearing a necktie, like the men?",
    "exist(rel(u(sel(woman)), wearing, role=object, name=tie))",
    lambda p: yes(bool(named(p, p.objects_of(p.the("woman"), "wearing"), "tie"))),
)
P(
    "spatial",
    "street",
    "Is the sign placed to the right of the bus?",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "sign"))),
)
P(
    "position",
    "street",
    "Where is the car in the image: in the top part or in the bottom part?",
    "choose(u(sel(car)), vposition, [top, bottom])",
    lambda p: p.value(p.the("car"), "vposition"),
)
P(
    "compare_attr",
    "street",
    "The two men, are they dressed in the same colour?",
    "same(sel(man), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("man")}) == 1),
)
P(
    "verify",
    "street",
    "The necktie of the man in white, is it blue?",
    "verify(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color, blue)",
    lambda p: yes(p.value(worn_by(p, p.the("man", color="white")), "color") == "blue"),
)
X("street", "In which year was this model of bus built, please?")

# --- Hannah, a driving instructor
P(
    "where",
    "street",
    "Which side of the bus is the car on?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P(
    "exist",
    "street",
    "Is there a motorbike anywhere in this one?",
    "exist(sel(motorcycle))",
    lambda p: yes(bool(p.f("motorcycle"))),
)
P(
    "count",
    "street",
    "Count the cars and the buses together for me.",
    "count(union(sel(car), sel(bus)))",
    lambda p: n(p.f(("car", "bus"))),
)
P(
    "spatial",
    "street",
    "The man in black — is he standing to the left of the bus?",
    "exist(f(rel(u(sel(bus)), left, name=man), color=black))",
    lambda p: yes(any(p.value(o, "color") == "black" for o in named(p, p.subjects("left", p.the("bus")), "man"))),
)
P(
    "text",
    "street",
    "There's something written on the tarmac. Can you read it out for me?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "attribute",
    "street",
    "What colour is the car? My learner keeps asking.",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Nonna Sofia, an Italian grandmother, her grandson holding the phone
P(
    "count",
    "kitchen",
    "My grandson he show me this. How many cups there are, on this table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "verify",
    "kitchen",
    "The bottle, it is green?",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
P(
    "text",
    "kitchen",
    "And what is written on this bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "chain",
    "kitchen",
    "The cup just next to the plate, on its right side, what colour it has?",
    "q(u(rel(u(sel(plate)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("plate")), "cup")), "color"),
)
P(
    "attribute",
    "kitchen",
    "The fork, of what it is made?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
X("kitchen", "What is she cooking for the dinner, you think? Pasta, I hope.")

# --- Dev, a student looking at his flatmate's photo
P(
    "count",
    "kitchen",
    "how many things are on the table total",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "text",
    "kitchen",
    "whats the time on the clock",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "position",
    "kitchen",
    "is the clock at the top of the pic or the bottom",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)
P(
    "exist",
    "kitchen",
    "is anything on the table made of metal",
    "exist(f(rel(u(sel(table)), on), material=metal))",
    lambda p: yes(any(p.value(o, "material") == "metal" for o in on_table(p))),
)
P(
    "superlative",
    "kitchen",
    "which cup is furthest right, what colour",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
X("kitchen", "is my flatmate gonna be mad that i used her mug lol")

# --- Margit, a Hungarian cleaner
P(
    "count",
    "kitchen",
    "How many white things is on the table?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
P(
    "verify",
    "kitchen",
    "The table is from wood?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "attribute",
    "kitchen",
    "The woman, what colour she is wearing?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "spatial",
    "kitchen",
    "The woman stands on the right of the table, yes?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "negation",
    "kitchen",
    "How many cups are not white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)

# --- Leon, an interior designer
P(
    "attribute",
    "kitchen",
    "What's the table made of? I'm guessing some kind of wood.",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "number",
    "kitchen",
    "How many distinct colours are the cups?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "list",
    "kitchen",
    "Give me the palette: every colour of the things sitting on the table.",
    "values(rel(u(sel(table)), on), color)",
    lambda p: listed(p.value(o, "color") for o in on_table(p)),
)
P(
    "two_clause",
    "kitchen",
    "Is the leftmost cup red and the rightmost one white?",
    "and_(verify(ord(sel(cup), left, 1), color, red), verify(ord(sel(cup), right, 1), color, white))",
    lambda p: yes(
        p.value(side_of(p, p.f("cup"), "left"), "color") == "red"
        and p.value(side_of(p, p.f("cup"), "right"), "color") == "white"
    ),
)
P(
    "superlative",
    "kitchen",
    "Counting from the left, what colour is the second cup?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
X("kitchen", "Where did they get that clock? I'd love one for a client's breakfast nook.")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Joyce, a Jamaican-born grandmother in Croydon
P("count", "park", "How many little ones are out in the park?", "count(sel(child))", lambda p: n(children(p)))
P(
    "attribute",
    "park",
    "What colour has the boy got on?",
    "q(u(sel(boy)), color)",
    lambda p: p.value(p.the("boy"), "color"),
)
P(
    "spatial",
    "park",
    "Is the girl near one of the dogs?",
    "vrel(u(sel(girl)), near, name=dog)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("girl")), "dog"))),
)
P(
    "spatial",
    "park",
    "The woman in white is by the bicycle, isn't she?",
    "exist(f(rel(u(sel(bicycle)), near, name=woman), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("bicycle")), "woman"))),
)
P("count", "park", "And how many people in total, grown-ups and all?", "count(sel(person))", lambda p: n(people(p)))
X("park", "Lord, is it going to rain on them before they get home?")

# --- Mateo, nine
P(
    "chain",
    "park",
    "what color is the dog the girl is next to",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "count",
    "park",
    "how many dogs are black",
    "count(f(sel(dog), color=black))",
    lambda p: n(p.f("dog", color="black")),
)
P(
    "verify",
    "park",
    "is the frisbee yellow",
    "verify(u(sel(frisbee)), color, yellow)",
    lambda p: yes(p.value(p.the("frisbee"), "color") == "yellow"),
)
P(
    "spatial",
    "park",
    "who is throwing the frisbee",
    "q(u(rel(u(sel(frisbee)), throwing)), name)",
    lambda p: p.name(only(p.subjects("throwing", p.the("frisbee")))),
)
P("exist", "park", "is there a ball", "exist(sel(ball))", lambda p: yes(bool(p.f("ball"))))

# --- Rick, a morning jogger
P(
    "spatial",
    "park",
    "Quick q: is the bench to the left of the bike?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "attribute",
    "park",
    "What's the bench made of?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "position",
    "park",
    "There's a tree behind the lady in red. Is that the tree on the left of the picture or the one on the right?",
    "choose(u(rel(u(f(sel(woman), color=red)), behind)), hposition, [left, right])",
    lambda p: p.value(only(p.subjects("behind", p.the("woman", color="red"))), "hposition"),
)
P(
    "superlative",
    "park",
    "Of all the people, who's furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "compare_count",
    "park",
    "Are there more women than kids out there?",
    "gt(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) > len(children(p))),
)
X("park", "Cheers. Is this park alright for running with dogs off the lead?")

# --- Hui Min, a Singaporean office worker
P("count", "park", "Got how many dogs ah?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "attribute",
    "park",
    "The bicycle what colour?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "chain",
    "park",
    "The woman holding a dog, she wear what colour?",
    "q(u(rel(sel(dog), holding)), color)",
    lambda p: p.value(only([o for d in p.f("dog") for o in p.subjects("holding", d)]), "color"),
)
P(
    "superlative",
    "park",
    "Second person from the left is who?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "compare_attr",
    "park",
    "The dogs all same colour or not?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "position",
    "park",
    "Frisbee at the top or the bottom of the picture?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Tariq, a graphic-design student
P(
    "count",
    "shapes",
    "How many shapes sit in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "attribute",
    "shapes",
    "What colour is the square?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)
P(
    "two_clause",
    "shapes",
    "Is the triangle up in the top right corner?",
    "and_(verify(u(sel(triangle)), hposition, right), verify(u(sel(triangle)), vposition, top))",
    lambda p: yes(
        p.value(p.the("triangle"), "hposition") == "right" and p.value(p.the("triangle"), "vposition") == "top"
    ),
)
P(
    "compare_size",
    "shapes",
    "Which is larger in the layout, the square or the yellow rectangle?",
    "q(u(f(union(sel(square), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])),
)
P(
    "list",
    "shapes",
    "Which colours are used along the top row?",
    "values(f(scene(), vposition=top), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="top")),
)
X("shapes", "What font would pair well with this layout, in your opinion?")

# --- Poppy, six, with her dad typing
P("count", "shapes", "how many circles", "count(sel(circle))", lambda p: n(p.f("circle")))
P("exist", "shapes", "is there a pink shape", "exist(f(scene(), color=pink))", lambda p: yes(bool(p.f(color="pink"))))
P(
    "attribute",
    "shapes",
    "what colour is the star",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "verify",
    "shapes",
    "is the big circle red",
    "verify(u(f(sel(circle), size=large)), color, red)",
    lambda p: yes(p.value(p.the("circle", size="large"), "color") == "red"),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the hexagon or the yellow one",
    "q(u(f(union(sel(hexagon), f(scene(), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("hexagon"), p.the(color="yellow")),
)
X("shapes", "can you make the star dance")

# --- Colin, a retired accountant
P(
    "count",
    "shapes",
    "Could you tell me how many of the shapes are small?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "compare_count",
    "shapes",
    "Are there more small shapes than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "negation",
    "shapes",
    "How many shapes are neither blue nor small?",
    "count(fn(fn(scene(), color=blue), size=small))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue" and p.value(o, "size") != "small"]),
)
P(
    "quantifier",
    "shapes",
    "Of the shapes in the top row, is every one of them large?",
    "not_(exist(fn(f(scene(), vposition=top), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(vposition="top"))),
)
P(
    "number",
    "shapes",
    "How many different colours appear in the bottom row?",
    "nvalues(f(scene(), vposition=bottom), color)",
    lambda p: colour_count(p, p.f(vposition="bottom")),
)

# --- Mariana, an Argentine art teacher
P("count", "shapes", "How many figures are red?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "two_clause",
    "shapes",
    "The small circle, it is in the centre of the drawing?",
    "and_(verify(u(f(sel(circle), size=small)), hposition, middle), verify(u(f(sel(circle), size=small)), vposition, middle))",
    lambda p: yes(
        p.value(p.the("circle", size="small"), "hposition") == "middle"
        and p.value(p.the("circle", size="small"), "vposition") == "middle"
    ),
)
P(
    "attribute",
    "shapes",
    "Which colour has the hexagon?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "The triangle and the big circle, are they the same size?",
    "same(u(sel(triangle)), u(f(sel(circle), size=large)), size)",
    lambda p: yes(p.value(p.the("triangle"), "size") == p.value(p.the("circle", size="large"), "size")),
)
P(
    "superlative",
    "shapes",
    "In the top row, what figure is the most to the right?",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)
X("shapes", "Which artist this reminds you? Kandinsky maybe?")

# --- Hamid, an Afghan learner at an evening English class
P(
    "count",
    "shapes",
    "How many shape is in the top row?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "attribute",
    "shapes",
    "The star is small or big?",
    "choose(u(sel(star)), size, [small, large])",
    lambda p: p.value(p.the("star"), "size"),
)
P("count", "shapes", "Blue shapes is how many?", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P(
    "verify",
    "shapes",
    "Is the hexagon at the bottom?",
    "verify(u(sel(hexagon)), vposition, bottom)",
    lambda p: yes(p.value(p.the("hexagon"), "vposition") == "bottom"),
)
P(
    "position",
    "shapes",
    "Which shape is in the top, left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)

# --- Lorraine, a speech therapist working through the picture with a client
P(
    "position",
    "shapes",
    "Can you find the shape in the middle of the bottom row and tell me what it is?",
    "q(u(f(scene(), hposition=middle, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="bottom"), "shape"),
)
P(
    "same_attr",
    "shapes",
    "How many shapes are the same colour as the square, not counting the square itself?",
    "count(same_attr(u(sel(square)), color))",
    lambda p: n(drawn_others(p, p.the("square"), "color")),
)
P(
    "two_clause",
    "shapes",
    "Is there a green shape in the top row and a yellow one in the bottom row?",
    "and_(exist(f(scene(), color=green, vposition=top)), exist(f(scene(), color=yellow, vposition=bottom)))",
    lambda p: yes(bool(p.f(color="green", vposition="top")) and bool(p.f(color="yellow", vposition="bottom"))),
)
P(
    "compare_size",
    "shapes",
    "Is the hexagon smaller than the triangle?",
    "larger(u(sel(triangle)), u(sel(hexagon)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("hexagon")),
)
P(
    "superlative",
    "shapes",
    "What colour is the shape on the far left of the bottom row?",
    "q(ord(f(scene(), vposition=bottom), left, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "color"),
)
X("shapes", "Do you think my client will find this picture too hard?")

# --- Dwayne, a trucker doing a puzzle with his boy
P(
    "count",
    "shapes",
    "Me and my boy are doing this together. How many triangles?",
    "count(sel(triangle))",
    lambda p: n(p.f("triangle")),
)
P(
    "exist",
    "shapes",
    "Any shapes in orange?",
    "exist(f(scene(), color=orange))",
    lambda p: yes(bool(p.f(color="orange"))),
)
P(
    "position",
    "shapes",
    "What side's the triangle on, left or right?",
    "choose(u(sel(triangle)), hposition, [left, right])",
    lambda p: p.value(p.the("triangle"), "hposition"),
)
P(
    "quantifier",
    "shapes",
    "Are all the circles blue?",
    "not_(exist(fn(sel(circle), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f("circle"))),
)
P(
    "negation",
    "shapes",
    "Count up everything that isn't blue.",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
X("shapes", "Where can we buy a puzzle like this one for his birthday?")

# --- Ngozi, a Nigerian secondary-school pupil doing her maths homework
P(
    "count",
    "shapes",
    "What is the total number of shapes in the diagram?",
    "count(scene())",
    lambda p: n(p.objects),
)
P(
    "superlative",
    "shapes",
    "Which shape is second from the left in the top row?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer red shapes than blue shapes?",
    "lt(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) < len(p.f(color="blue"))),
)
P(
    "list",
    "shapes",
    "Name the colours of the large shapes.",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "compare_attr",
    "shapes",
    "Do the star and the square have the same colour?",
    "same(u(sel(star)), u(sel(square)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("square"), "color")),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share a size with the triangle?",
    "count(same_attr(u(sel(triangle)), size))",
    lambda p: n(drawn_others(p, p.the("triangle"), "size")),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
