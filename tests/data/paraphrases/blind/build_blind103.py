# ruff: noqa: E501
"""Blind paraphrase set 103: a forty-sixth fresh crowd with no common theme. Forty-one ordinary people of many ages,
regions, jobs and temperaments, a few of them non-native speakers, each imagined once and kept in character for five
to seven questions about one picture, asking in plain everyday English in their own words and habits of speech, always
understandably to a careful reader. There is no shared persona gimmick: they are meant to read like the ordinary run of
people typing or speaking to a picture-question app.

The cast. On the CLEVR pictures: Gwen, a Welsh dental receptionist looking on her lunch break ("lovely", "tucked right
at the very back"); Kwame, a Ghanaian-born accountant in Leeds ("Kindly give me", "Please advise", "Kindly state");
Travis, nineteen, typing fast on a phone with no capitals or apostrophes ("how many cubes u see", "gimme the color");
Ingrid, a Swedish physiotherapist, direct ("of metal", "which shape has it?"); Father Declan, an Irish parish priest
("Would you ever tell me", "at all", "grey"); Meera, a pharmacist in Leicester who double-checks everything ("items",
"Excluding the spheres", "in case I've missed one"); Hank, a retired Minnesota farmer ("Well now", "them round balls",
"sittin'", "a fella"); Chloé, a French au pair ("How many cubes there are", "it is in metal or in rubber?", "at the
right of it"); Dev, a software developer in Mumbai ("Kindly tell", "Is it that", "are having the same shape, is it?");
Pam, a Florida retiree on her tablet ("Okay so", "hon", "all told"); Marcus, a high-school PE coach ("Alright!",
"leading out in front", "hanging back"); Ahmed, a Cairo taxi driver who learnt his English from tourists ("My friend",
"how many red thing is", "This one is big or small?"); Beatriz, a Spanish biology student ("There is some cube",
"Say me all of them"); Norman, a retired Surrey accountant, dry ("Am I right in thinking", "Setting ... aside");
Kayla, a nurse at the end of a night shift ("Sorry, long shift"); Jerome, an Atlanta barber ("My man", "Lemme ask
you", "got the same material"); Saoirse, twelve, from Cork, doing a worksheet ("Miss says", "like"); Bogdan, a
Romanian lorry driver ("How many cube is in picture?", "more big", "All cubes is metal, yes?"); Fiona, a quiet
Scottish librarian ("If it's no bother"); and Oliver, eleven and exact ("Technically", "Actually", "Cubes only, not
the sphere"). On the photo-like graphs: Winston, a retired Birmingham bus driver ("she" for a bus, "folk"); Sofia, a
Mexican-American tourism student; Gary, a traffic warden ("in shot", "Road marking there", "correct?"); Min-jun, a
Korean exchange student ("How many person", "on the most right side", "he wears what colour?"); Kelly, a Canadian
mum reading a picture with her toddler ("Okay buddy", "doggy"); Ravi, a delivery rider ("Quick one", "Clock says what
time?"); Joost, a Dutch student ("From what material is the table made?", "Say the colour"); Carmen, a Filipina
housekeeper ("placed on the table", "she is at the right of the table?"); Ade, a Nigerian home cook in London
("abi?", "half twelve"); Moira, a retired Newcastle nurse ("pet", "the little lad", "grown women"); Kai, a teenage
skater ("dude", "tho", "the pic"); Ibrahim, a Turkish kebab-shop owner ("Brother", "how many dog is", "who is holding
him?"); and Lucy, a landscape photographer ("in the shot", "the frame", "my subjects"). On the drawing: Becky, a
speech therapist asking with a young client; Arjun, nine and quiz-mad ("Easy one:", "Bet you can't tell me");
Valentina, an Italian graphic designer ("forms", "they have the same colour?"); Doug, an Australian tiler ("four-sided
ones", "down the bottom", "mate"); Grandpa Wally, speaking to his phone (no punctuation, "hey phone"); Yasmin, a
colour-blind office worker who asks for help with colours; Thabo, a South African maths tutor ("Now,", "not counting
the star"); and Mrs Ng, a Singaporean auntie ("Got how many circle ah?", "big or small one?", "can sell for how much
ah?").

Sentence shapes: plain questions, bare and fronted topics ("Cylinders — how many is there?", "Brown ball: left side of
the picture or right side?", "Road marking there — what's it read?", "The car: top of the picture or bottom?"),
non-native word orders ("How many spheres there are in total?", "Which colours have the cylinders?", "The big cube is
which colour?", "What colour the boy is wearing?"), tags ("right?", "yes?", "abi?", "is it?", "correct?", "huh"),
statements to confirm ("That little cube, that's yellow, right?", "Sign's positioned to the right of the bus,
correct?"), asides that carry no content ("I count four but I want to be sure", "Probably not, huh", "Looks kind of
purple to me"), two-part chains told as a little story ("In front of the large blue cylinder there is one other
cylinder, and to the right of that one there is a cube"), comparisons said several ways ("fewer than", "just as many
... as", "more big", "smaller than", "which one's bigger"), negatives and exceptions ("aren't cubes", "not metal",
"Excluding the spheres", "Setting the big blue sphere aside", "apart from the children", "not counting the blue
ones"), and follow-ups that point back while naming what they point at ("And what colour is the cylinder to the right
of the cube?").

The questions cover counts (with conditions, negation, "together", "all told"), existence, an attribute of one thing,
yes/no checks of one value, two checks at once ("small, and is it also made of rubber?", "blue AND small"),
comparisons of counts ("more", "fewer", "just as many", "the same number") and of attributes (same colour, size,
shape or material), quantifiers ("all", "every", "none", "any", "most of"), exceptions, relations (left, right, in
front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing, throwing, above,
behind, left, right, in front), one- and two-hop chains, superlatives and ordinals (first, second from the front,
left or right), other things sharing a value, which of two things is the bigger, lists of values, the number of
different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and the text on
the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (37, 8, 33, 6, 10, 1, 3, 4, 23,
51, 39, 40, 34 and 58; one or two people to a scene), about 30% about the photo-like graphs (street, kitchen, park) and
20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the person's other
questions (prices and costs, opinions and feelings, what happens next, names, makers and tools, the world outside the
picture: a bus route, a city, a country, a person's age or family).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of
an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least 40 pixels apart (so no "rightmost shape" of the whole drawing, where the triangle
and hexagon stand level); nothing is asked of the photo graphs that their stated relations and attributes leave open.
A which-side question is answered with the side; a "which is bigger" between two things is asked only where their
size classes differ, and answered with the word that tells the bigger one from the other (its shape, or its colour
where both are spheres). Answers are the graph's words (gray, not grey; sphere, not ball; bicycle, not bike; "green,
red" for a list, most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag. Every gold
program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, gold program language and conventions), blind_gold.py and blind_helpers.py (the gold
helpers imported here), the first five lines of blind66.jsonl (for the line format), and the scenes themselves
(photo_scenes.json and the CLEVR val scenes file, inspected with small Python snippets). No question was run through
nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind103.py`` to write ``../blind103.jsonl``; ``--check`` also runs every gold program with nsvr.
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
    wearers,
    worn_by,
)

OUT = Path(__file__).resolve().parents[1] / "blind103.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def subjects_named(p, predicate: str, anchor: str, name: str) -> list[str]:
    """The things called ``name`` that the photo graph states to be ``predicate`` of the anchor."""
    return named(p, p.subjects(predicate, anchor), name)


def shaped(p, shape: str, **want) -> str:
    """The one drawn shape of ``shape`` with the given attribute values (a square counting as a rectangle)."""
    pool = rectangles(p) if shape == "rectangle" else p.f(shape)
    return only([o for o in pool if all(p.value(o, k) == v for k, v in want.items())])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 37: large gray rubber cyl (middle), small brown rubber cube (front), large purple metal cube, small red rubber sph (far right), small red rubber cube (left), small gray metal cyl (back), small cyan rubber sph, large blue metal cyl (far left)

# --- Gwen, a Welsh dental receptionist, looking on her lunch break
C(
    "count",
    37,
    "Just having a quick look on my lunch break — how many cylinders are in this one?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    37,
    "The two red ones — are they the same shape, would you say, lovely?",
    "same(f(scene(), color=red), shape)",
    lambda s: alike(s, s.f(color="red"), "shape"),
)
C(
    "attribute",
    37,
    "And the big blue cylinder over on the left, is that a shiny metal one or rubber?",
    "choose(u(f(sel(cylinder), size=large, color=blue)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder", size="large", color="blue"), "material"),
)
C(
    "superlative",
    37,
    "What's tucked right at the very back? Just the shape is fine.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "position",
    37,
    "That little red ball — is it on the left-hand side of the picture or the right?",
    "choose(u(f(sel(sphere), size=small, color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="red")),
)
X(37, "Do you think this would look nice framed in our waiting room? The dentist wants something calming.")

# --- Kwame, a Ghanaian-born accountant in Leeds
C(
    "count",
    37,
    "Kindly give me the number of small rubber objects in this picture.",
    "count(f(scene(), size=small, material=rubber))",
    lambda s: n(s.f(size="small", material="rubber")),
)
C(
    "compare_count",
    37,
    "Are the metal items fewer than the rubber items? Please advise.",
    "lt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) < len(s.f(material="rubber"))),
)
C(
    "spatial",
    37,
    "How many objects are placed to the right of the small cyan sphere?",
    "count(rel(u(f(sel(sphere), size=small, color=cyan)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", size="small", color="cyan"))),
)
C(
    "chain",
    37,
    "In front of the large blue cylinder there is one other cylinder, and to the right of that one there is a cube. Kindly state the colour of the cube.",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=large, color=blue)), front), shape=cylinder)), right), shape=cube)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cylinder", size="large", color="blue"), "front", shape="cylinder"),
            "right",
            shape="cube",
        ),
        "color",
    ),
)
C(
    "same_attr",
    37,
    "How many other objects share the material of the large gray cylinder?",
    "count(same_attr(u(f(sel(cylinder), size=large, color=gray)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", size="large", color="gray"), "material")),
)
X(37, "What would it cost to have an image like this produced professionally? I need a figure for the budget.")

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl (far right), small cyan metal cube (far left), small brown rubber cube (back), large purple metal sph, small yellow rubber cyl (front), small yellow metal cube (left)

# --- Travis, nineteen, typing fast on his phone
C("count", 8, "how many cubes u see in this one", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "attribute",
    8,
    "whats the ball made of, theres only one ball",
    "q(u(sel(sphere)), material)",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
C(
    "compare_count",
    8,
    "more cubes than cylinders? yes or no",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
C(
    "spatial",
    8,
    "anything thats a cube sitting behind the big purple ball",
    "exist(f(rel(u(f(sel(sphere), size=large, color=purple)), behind), shape=cube))",
    lambda s: yes(
        bool(among(s, related(s, "behind", s.the(shape="sphere", size="large", color="purple")), shape="cube"))
    ),
)
C(
    "superlative",
    8,
    "which thing is the furthest left, gimme the color",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
X(8, "what game is this from lol looks like an old ps2 loading screen")

# --- Ingrid, a Swedish physiotherapist; direct
C(
    "count",
    8,
    "How many of the things are of metal? I count four but I want to be sure.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_attr",
    8,
    "The two yellow objects — do they have the same material, or not?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "two_clause",
    8,
    "Is the gray cube small, and is it also made of rubber?",
    "and_(verify(u(f(sel(cube), color=gray)), size, small), verify(u(f(sel(cube), color=gray)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="gray"), "size") == "small"
        and s.a(s.the(shape="cube", color="gray"), "material") == "rubber"
    ),
)
C(
    "chain",
    8,
    "Behind the small yellow cylinder stands a sphere. To the right of that sphere there is just one thing — which shape has it?",
    "q(u(rel(u(f(rel(u(f(sel(cylinder), size=small, color=yellow)), behind), shape=sphere)), right)), shape)",
    lambda s: s.a(
        only(
            related(s, "right", hop(s, s.the(shape="cylinder", size="small", color="yellow"), "behind", shape="sphere"))
        ),
        "shape",
    ),
)
C(
    "superlative",
    8,
    "Which object is second from the front? Only the colour, please.",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "color"),
)
X(8, "As a physiotherapist I must ask: how many hours has the person who made this been sitting at the computer?")

# scene 33: small cyan rubber cube (far right), small gray metal sph (right), small blue rubber cyl, large cyan metal cyl (back), large green metal cube (far left), large red metal sph (front)

# --- Father Declan, an Irish parish priest
C(
    "count",
    33,
    "Would you ever tell me how many shapes there are in the picture altogether?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "compare_attr",
    33,
    "The two cyan ones — are they the same size at all?",
    "same(f(scene(), color=cyan), size)",
    lambda s: alike(s, s.f(color="cyan"), "size"),
)
C(
    "quantifier",
    33,
    "Are all the big ones made of metal, would you say?",
    "not_(exist(fn(f(scene(), size=large), material=metal)))",
    lambda s: every(s, s.f(size="large"), material="metal"),
)
C(
    "compare_size",
    33,
    "Which is the bigger of the two balls, the red one or the grey one?",
    "q(u(f(union(f(sel(sphere), color=red), f(sel(sphere), color=gray)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="red"), s.the(shape="sphere", color="gray"), "color"),
)
C(
    "spatial",
    33,
    "And is there anything at all sitting in front of the big red ball?",
    "exist(rel(u(f(sel(sphere), size=large, color=red)), front))",
    lambda s: yes(bool(related(s, "front", s.the(shape="sphere", size="large", color="red")))),
)
X(33, "Who was it made these little pictures, do you know? I'd like to write and thank them.")

# --- Meera, a pharmacist in Leicester who double-checks everything
C(
    "count",
    33,
    "Just to double-check: how many small items are there in total?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "same_attr",
    33,
    "How many other items are the same colour as the small cube?",
    "count(same_attr(u(f(sel(cube), size=small)), color))",
    lambda s: n(others(s, s.the(shape="cube", size="small"), "color")),
)
C(
    "negation",
    33,
    "Excluding the spheres, how many of the items are metal?",
    "count(fn(f(scene(), material=metal), shape=sphere))",
    lambda s: n(lacking(s, s.f(material="metal"), shape="sphere")),
)
C(
    "superlative",
    33,
    "Which item is second from the left? Its shape, please.",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "chain",
    33,
    "There's a cube behind the blue cylinder, and behind that cube there's a cylinder. What's that cylinder made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=blue)), behind), shape=cube)), behind), shape=cylinder)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="blue"), "behind", shape="cube"), "behind", shape="cylinder"),
        "material",
    ),
)
C(
    "list",
    33,
    "Could you list the colours of the metal items for me, in case I've missed one?",
    "values(f(scene(), material=metal), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(material="metal")),
)

# scene 6: small purple rubber sph, large red rubber cyl (back), small brown rubber sph, large purple rubber cyl (right), small red metal cube, small blue metal cube (far right), large red rubber sph (front), large gray rubber sph (far left)

# --- Hank, a retired Minnesota farmer
C(
    "count",
    6,
    "Well now, how many of them round balls are in there?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_count",
    6,
    "Are there just as many big ones as little ones, or not quite?",
    "eq(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) == len(s.f(size="small"))),
)
C(
    "count",
    6,
    "Red ones and purple ones together, how many's that?",
    "count(union(f(scene(), color=red), f(scene(), color=purple)))",
    lambda s: n(s.f(color=("red", "purple"))),
)
C(
    "exist",
    6,
    "Any green in there at all? My eyes aren't so good with greens anymore.",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "spatial",
    6,
    "That big red cylinder way in the back — how many things are sittin' in front of it?",
    "count(rel(u(f(sel(cylinder), size=large, color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", size="large", color="red"))),
)
X(6, "What d'you s'pose a fella'd pay for a set of these down at the hardware store?")

# --- Chloé, a French au pair
C("count", 6, "How many cubes there are in this image?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "attribute",
    6,
    "The little cube that is blue, it is in metal or in rubber?",
    "choose(u(f(sel(cube), size=small, color=blue)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", size="small", color="blue"), "material"),
)
C(
    "compare_attr",
    6,
    "The two cubes, they have the same colour?",
    "same(sel(cube), color)",
    lambda s: alike(s, s.f(shape="cube"), "color"),
)
C(
    "superlative",
    6,
    "Which sphere is the most in front? I want to know its colour.",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "position",
    6,
    "The purple cylinder, it is on the left of the image or on the right?",
    "choose(u(f(sel(cylinder), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="purple")),
)
C(
    "chain",
    6,
    "Behind the brown ball there is a red cube, and at the right of it another cube. Of which colour is this second cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=brown)), behind), shape=cube, color=red)), right), shape=cube)), color)",
    lambda s: s.a(
        hop(
            s, hop(s, s.the(shape="sphere", color="brown"), "behind", shape="cube", color="red"), "right", shape="cube"
        ),
        "color",
    ),
)

# scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl (front), large gray metal cyl (far right), small gray rubber cube (back), large red rubber sph

# --- Dev, a software developer in Mumbai
C(
    "count",
    10,
    "How many cylinders are there in the image? Kindly tell.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "quantifier",
    10,
    "Is it that most of the objects are large ones?",
    "gt(count(f(scene(), size=large)), count(fn(scene(), size=large)))",
    lambda s: most([s.a(i, "size") == "large" for i in s.all()]),
)
C(
    "compare_attr",
    10,
    "Both the gray objects are having the same shape, is it?",
    "same(f(scene(), color=gray), shape)",
    lambda s: alike(s, s.f(color="gray"), "shape"),
)
C(
    "spatial",
    10,
    "How many things are there to the left of the small red cylinder?",
    "count(rel(u(f(sel(cylinder), size=small, color=red)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", size="small", color="red"))),
)
C(
    "chain",
    10,
    "The sphere which is behind the gray cylinder — to the left of that sphere there is one more sphere. What is its colour?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=gray)), behind), shape=sphere)), left), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="gray"), "behind", shape="sphere"), "left", shape="sphere"),
        "color",
    ),
)
X(10, "Which software was used to render this one, Blender or something else?")

# --- Pam, a Florida retiree on her tablet
C("count", 10, "Okay so how many balls do I see here, hon?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "verify",
    10,
    "The ball that's furthest left, is that one purple? Looks kind of purple to me.",
    "verify(ord(sel(sphere), left, 1), color, purple)",
    lambda s: yes(s.a(nth(s, s.f(shape="sphere"), "left"), "color") == "purple"),
)
C(
    "compare_size",
    10,
    "Is the little gray box bigger than the red ball? Probably not, huh.",
    "larger(u(f(sel(cube), size=small, color=gray)), u(f(sel(sphere), color=red)))",
    lambda s: larger(s, s.the(shape="cube", size="small", color="gray"), s.the(shape="sphere", color="red")),
)
C(
    "superlative",
    10,
    "What's sitting farthest back? What color is it?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "number",
    10,
    "How many different colors are there, all told?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "same_attr",
    10,
    "How many other things are made of the same stuff as the green cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=green)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", color="green"), "material")),
)

# scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl (front), small blue rubber cyl (far right), small brown metal sph (far left)

# --- Marcus, a high-school PE coach
C("count", 1, "Alright! How many cubes we got on the floor?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    1,
    "Two blue cylinders — same material, yes or no?",
    "same(f(sel(cylinder), color=blue), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="blue"), "material"),
)
C(
    "position",
    1,
    "Brown ball: left side of the picture or right side?",
    "choose(u(f(sel(sphere), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="brown")),
)
C(
    "superlative",
    1,
    "Who's leading out in front? Give me the shape!",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    1,
    "How many are hanging back behind the purple cube?",
    "count(rel(u(f(sel(cube), color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="purple"))),
)
C(
    "quantifier",
    1,
    "Are all the big ones cubes? Quick answer!",
    "not_(exist(fn(f(scene(), size=large), shape=cube)))",
    lambda s: every(s, s.f(size="large"), shape="cube"),
)

# scene 3: small red metal sph, small purple metal cube (front, far left), large red rubber cyl (far right), large purple rubber cyl (back), small red metal cyl

# --- Ahmed, a Cairo taxi driver who learnt his English from tourists
C(
    "count",
    3,
    "My friend, how many red thing is in this picture?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C("count", 3, "Cylinders — how many is there?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_attr",
    3,
    "The two purple things, they are same material?",
    "same(f(scene(), color=purple), material)",
    lambda s: alike(s, s.f(color="purple"), "material"),
)
C(
    "chain",
    3,
    "On the left of the ball there is one cylinder. This one is big or small?",
    "choose(u(f(rel(u(sel(sphere)), left), shape=cylinder)), size, [large, small])",
    lambda s: s.a(hop(s, s.the(shape="sphere"), "left", shape="cylinder"), "size"),
)
C(
    "superlative",
    3,
    "Which one is most on the right side? What colour?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "negation",
    3,
    "How many thing is not metal?",
    "count(fn(scene(), material=metal))",
    lambda s: n(lacking(s, s.all(), material="metal")),
)
X(3, "How much money for these toys in the shop? I want to buy for my son.")

# scene 4 (all small but one): small red rubber cyl (back), small green rubber cyl (far left), small brown rubber sph (front), small yellow metal sph (far right), small yellow rubber cyl, small purple metal cyl, small purple rubber sph (right), small yellow rubber sph, large blue metal sph

# --- Beatriz, a Spanish biology student
C("count", 4, "How many spheres there are in total?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C("exist", 4, "There is some cube in the picture?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))
C(
    "count",
    4,
    "How many yellow objects there are, counting all the shapes?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "attribute",
    4,
    "The only big object, which colour it has?",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(only(s.f(size="large")), "color"),
)
C(
    "list",
    4,
    "Which colours have the cylinders? Say me all of them.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
X(4, "For my biology class — these spheres look like cells. Which type of cell would they be?")

# --- Norman, a retired Surrey accountant; dry
C(
    "compare_count",
    4,
    "Am I right in thinking there are more rubber objects than metal ones?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "superlative",
    4,
    "Which object sits frontmost? Its colour will do.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    4,
    "How many objects lie to the right of the large blue sphere?",
    "count(rel(u(f(sel(sphere), size=large, color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", size="large", color="blue"))),
)
C(
    "compare_attr",
    4,
    "Are the two purple objects made of the same material?",
    "same(f(scene(), color=purple), material)",
    lambda s: alike(s, s.f(color="purple"), "material"),
)
C(
    "quantifier",
    4,
    "Setting the big blue sphere aside, is every other object small?",
    "not_(exist(fn(diff(scene(), f(sel(sphere), size=large, color=blue)), size=small)))",
    lambda s: every(s, [i for i in s.all() if i != s.the(shape="sphere", size="large", color="blue")], size="small"),
)
C(
    "chain",
    4,
    "To the left of the large blue sphere there is a sphere, and to the left of that, a cylinder. What colour is the cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=large, color=blue)), left), shape=sphere)), left), shape=cylinder)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", size="large", color="blue"), "left", shape="sphere"),
            "left",
            shape="cylinder",
        ),
        "color",
    ),
)

# scene 23: small yellow metal sph (right), small brown metal cyl (front, far left), large yellow rubber cyl (back), small brown metal sph (far right)

# --- Kayla, a nurse at the end of a night shift
C(
    "count",
    23,
    "Sorry, long shift — how many things are in this picture?",
    "count(scene())",
    lambda s: n(s.all()),
)
C("count", 23, "How many of them are brown?", "count(f(scene(), color=brown))", lambda s: n(s.f(color="brown")))
C(
    "compare_attr",
    23,
    "Are the two balls the same colour?",
    "same(sel(sphere), color)",
    lambda s: alike(s, s.f(shape="sphere"), "color"),
)
C(
    "compare_size",
    23,
    "Which is bigger, the yellow cylinder or the yellow ball?",
    "q(u(f(union(f(sel(cylinder), color=yellow), f(sel(sphere), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="yellow"), s.the(shape="sphere", color="yellow")),
)
C(
    "verify",
    23,
    "Is the big cylinder made of rubber?",
    "verify(u(f(sel(cylinder), size=large)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large"), "material") == "rubber"),
)
C(
    "spatial",
    23,
    "Is the brown ball to the right of the yellow ball?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), right), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "right", {"shape": "sphere", "color": "yellow"}),
)

# scene 51: small brown metal sph (right), large gray rubber sph (back), small yellow metal cube (front, left)

# --- Jerome, an Atlanta barber
C("count", 51, "My man, how many balls you got in this one?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_size",
    51,
    "Which one's bigger, the brown ball or the gray one?",
    "q(u(f(union(f(sel(sphere), color=brown), f(sel(sphere), color=gray)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="brown"), s.the(shape="sphere", color="gray"), "color"),
)
C(
    "verify",
    51,
    "That little cube, that's yellow, right?",
    "verify(u(f(sel(cube), size=small)), color, yellow)",
    lambda s: yes(s.a(s.the(shape="cube", size="small"), "color") == "yellow"),
)
C(
    "spatial",
    51,
    "Lemme ask you — is the brown ball sitting in front of the gray one?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), front), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "front", {"shape": "sphere", "color": "gray"}),
)
C(
    "same_attr",
    51,
    "How many other pieces got the same material as the cube?",
    "count(same_attr(u(sel(cube)), material))",
    lambda s: n(others(s, s.the(shape="cube"), "material")),
)
X(51, "What kinda music you think would go with a picture like this?")

# scene 39: large gray metal cyl (right), small brown rubber cyl (far left, back), small gray metal cube (front)

# --- Saoirse, twelve, from Cork, doing a worksheet
C(
    "count",
    39,
    "Miss says we have to count the cylinders. How many are there?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    39,
    "What's the cube made of, like?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "compare_attr",
    39,
    "Is the cube the same colour as the big cylinder?",
    "same(u(sel(cube)), u(f(sel(cylinder), size=large)), color)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == s.a(s.the(shape="cylinder", size="large"), "color")),
)
C(
    "position",
    39,
    "Is the brown one on the left side of the picture or the right?",
    "choose(u(f(scene(), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(color="brown")),
)
C(
    "superlative",
    39,
    "Which one is furthest back? I need the shape for my sheet.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "two_clause",
    39,
    "Is the big cylinder gray and is it metal as well?",
    "and_(verify(u(f(sel(cylinder), size=large)), color, gray), verify(u(f(sel(cylinder), size=large)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large"), "color") == "gray"
        and s.a(s.the(shape="cylinder", size="large"), "material") == "metal"
    ),
)

# scene 40: small cyan metal cube (front, far right), large brown rubber cyl (far left), large gray metal cube (back)

# --- Bogdan, a Romanian lorry driver
C("count", 40, "How many cube is in picture?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "attribute",
    40,
    "The big cube is which colour?",
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)
C(
    "compare_size",
    40,
    "Which is more big, the cyan cube or the cylinder?",
    "q(u(f(union(f(sel(cube), color=cyan), sel(cylinder)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="cyan"), s.the(shape="cylinder")),
)
C(
    "spatial",
    40,
    "How many things is left of the cyan cube?",
    "count(rel(u(f(sel(cube), color=cyan)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="cyan"))),
)
C(
    "quantifier",
    40,
    "All cubes is metal, yes?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: every(s, s.f(shape="cube"), material="metal"),
)
X(40, "This is photo from which country? Looks like warehouse in Germany.")

# scene 34: small red metal cyl (front, far left), small yellow metal cube (back), large gray metal cyl (far right)

# --- Fiona, a quiet Scottish librarian
C(
    "count",
    34,
    "If it's no bother, how many cylinders are there?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "quantifier",
    34,
    "Is everything in the picture made of metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "attribute",
    34,
    "What colour is the cube, please?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_size",
    34,
    "Is the red cylinder larger than the gray one?",
    "larger(u(f(sel(cylinder), color=red)), u(f(sel(cylinder), color=gray)))",
    lambda s: larger(s, s.the(shape="cylinder", color="red"), s.the(shape="cylinder", color="gray")),
)
C(
    "spatial",
    34,
    "Is the cube sitting behind the red cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=red)), behind), shape=cube))",
    lambda s: is_rel(s, {"shape": "cube"}, "behind", {"shape": "cylinder", "color": "red"}),
)
C(
    "chain",
    34,
    "And what colour is the cylinder to the right of the cube?",
    "q(u(f(rel(u(sel(cube)), right), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube"), "right", shape="cylinder"), "color"),
)

# scene 58: small blue rubber sph (back, right), large cyan metal cube (front), large purple metal cube (far left)

# --- Oliver, eleven and exact
C(
    "count",
    58,
    "Technically, how many cubes are there? Cubes only, not the sphere.",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    58,
    "Are both cubes exactly the same size?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "superlative",
    58,
    "Which cube is nearer the front, the cyan one or the purple one?",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "color"),
)
C(
    "compare_size",
    58,
    "Actually, is the sphere smaller than the purple cube?",
    "larger(u(f(sel(cube), color=purple)), u(sel(sphere)))",
    lambda s: larger(s, s.the(shape="cube", color="purple"), s.the(shape="sphere")),
)
C(
    "negation",
    58,
    "How many things aren't cubes?",
    "count(fn(scene(), shape=cube))",
    lambda s: n(lacking(s, s.all(), shape="cube")),
)
C(
    "quantifier",
    58,
    "Is it true that none of the objects are made of rubber?",
    "not_(exist(f(scene(), material=rubber)))",
    lambda s: yes(not s.f(material="rubber")),
)
X(58, "If the blue sphere started rolling forward, would it hit the cyan cube?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Winston, a retired Birmingham bus driver
P(
    "text",
    "street",
    "Now then, what's written up on the side of that bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "attribute",
    "street",
    "And what colour is she painted? A bus is always a 'she' to me.",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P(
    "spatial",
    "street",
    "Is that white car pulled up on the left of the bus?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(subjects_named(p, "left", p.the("bus"), "car"))),
)
P(
    "where",
    "street",
    "Where's the tree standing in relation to the bus — in front of it or behind?",
    "choose_rel(u(sel(tree)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("tree"), p.the("bus"), ("front", "behind")),
)
P(
    "count",
    "street",
    "How many folk have got a tie on?",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
X("street", "What route number would that bus be? I drove the 50 for twenty years.")

# --- Sofia, a Mexican-American tourism student
P(
    "text",
    "street",
    "Oh, the red sign up in the corner — what does it say?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P("count", "street", "How many men are in the picture?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "compare_attr",
    "street",
    "Are the two men dressed in the same colour?",
    "same(sel(man), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("man")}) == 1),
)
P(
    "chain",
    "street",
    "What colour is the tie on the man in white?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P("exist", "street", "Is there a cat anywhere on the street?", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
X("street", "Is this Madrid or Mexico City? The bus is in Spanish so I can't tell.")

# --- Gary, a traffic warden
P(
    "count",
    "street",
    "How many vehicles in shot — buses and cars together?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "position",
    "street",
    "The car: top of the picture or bottom?",
    "choose(u(sel(car)), vposition, [top, bottom])",
    lambda p: p.value(p.the("car"), "vposition"),
)
P(
    "text",
    "street",
    "Road marking there — what's it read?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "spatial",
    "street",
    "Is the woman stood in front of the bus?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(bool(subjects_named(p, "front", p.the("bus"), "woman"))),
)
P(
    "spatial",
    "street",
    "Sign's positioned to the right of the bus, correct?",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(subjects_named(p, "right", p.the("bus"), "sign"))),
)
X("street", "What's the fine for stopping on that marking, round there?")

# --- Min-jun, a Korean exchange student
P("count", "street", "How many person are in this street picture?", "count(sel(person))", lambda p: n(people(p)))
P(
    "spatial",
    "street",
    "Who is holding the dog, a man or a woman?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "superlative",
    "street",
    "The person on the most right side, he wears what colour?",
    "q(ord(sel(person), right, 1), color)",
    lambda p: p.value(side_of(p, people(p), "right"), "color"),
)
P(
    "attribute",
    "street",
    "The small dog is which colour?",
    "q(u(f(sel(dog), size=small)), color)",
    lambda p: p.value(p.the("dog", size="small"), "color"),
)
P(
    "compare_count",
    "street",
    "There are more men than women, right?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "number",
    "street",
    "How many different colours do the people wear?",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)

# --- Kelly, a Canadian mum reading the picture with her toddler
P(
    "exist",
    "street",
    "Okay buddy, is there a doggy in this picture? Let's look!",
    "exist(sel(dog))",
    lambda p: yes(bool(p.f("dog"))),
)
P(
    "count",
    "street",
    "How many ties can we count? The men have ties on.",
    "count(sel(tie))",
    lambda p: n(p.f("tie")),
)
P(
    "verify",
    "street",
    "Is the lady wearing green?",
    "verify(u(sel(woman)), color, green)",
    lambda p: yes(p.value(p.the("woman"), "color") == "green"),
)
P(
    "spatial",
    "street",
    "And is the doggy near the lady?",
    "vrel(u(sel(woman)), near, name=dog)",
    lambda p: yes(bool(subjects_named(p, "near", p.the("woman"), "dog"))),
)
P(
    "position",
    "street",
    "Is the tree up at the top of the picture or down at the bottom?",
    "choose(u(sel(tree)), vposition, [top, bottom])",
    lambda p: p.value(p.the("tree"), "vposition"),
)
P(
    "text",
    "street",
    "He wants to know what the big red bus says on it. We're learning our letters.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
X("street", "Where is the doggy going for his walk after this?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Ravi, a delivery rider
P("count", "kitchen", "Quick one — how many cups are there?", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "text",
    "kitchen",
    "Clock says what time?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "verify",
    "kitchen",
    "Is the bottle green?",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
P(
    "chain",
    "kitchen",
    "The cup to the right of the bottle — what colour's that?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(subjects_named(p, "right", p.the("bottle"), "cup")), "color"),
)
X("kitchen", "Is this place open for delivery orders right now?")

# --- Joost, a Dutch student
P(
    "text",
    "kitchen",
    "What is written on the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "superlative",
    "kitchen",
    "Which cup is the second from the left? Say the colour.",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "compare_attr",
    "kitchen",
    "Is the plate the same colour as the clock?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "negation",
    "kitchen",
    "How many cups are not white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "attribute",
    "kitchen",
    "From what material is the table made?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
X("kitchen", "How old is the woman, would you guess?")

# --- Carmen, a Filipina housekeeper
P(
    "count",
    "kitchen",
    "How many things are placed on the table?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "spatial",
    "kitchen",
    "The fork is beside the plate, right?",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(bool(subjects_named(p, "near", p.the("plate"), "fork"))),
)
P("exist", "kitchen", "Is there any spoon?", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
P(
    "spatial",
    "kitchen",
    "The woman in yellow, she is at the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(subjects_named(p, "right", p.the("table"), "woman"))),
)
P(
    "two_clause",
    "kitchen",
    "The cup on the left is red and the cup on the right is white, correct?",
    "and_(verify(ord(sel(cup), left, 1), color, red), verify(ord(sel(cup), right, 1), color, white))",
    lambda p: yes(
        p.value(side_of(p, p.f("cup"), "left"), "color") == "red"
        and p.value(side_of(p, p.f("cup"), "right"), "color") == "white"
    ),
)
P(
    "list",
    "kitchen",
    "What colours are the cups? Please list them.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)

# --- Ade, a Nigerian home cook in London
P(
    "count",
    "kitchen",
    "How many white things are sitting on the table?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
P(
    "compare_count",
    "kitchen",
    "Are there more cups than plates?",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P(
    "spatial",
    "kitchen",
    "The clock is hanging above the table, abi?",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(subjects_named(p, "above", p.the("table"), "clock"))),
)
P(
    "chain",
    "kitchen",
    "The cup just left of the plate, what colour is it?",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(subjects_named(p, "left", p.the("plate"), "cup")), "color"),
)
P(
    "position",
    "kitchen",
    "Is the clock at the top of the picture or lower down at the bottom?",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)
X("kitchen", "What is she cooking for lunch? It's half twelve on that clock so it must be lunch.")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Moira, a retired Newcastle nurse
P("count", "park", "How many people are out in the park, pet?", "count(sel(person))", lambda p: n(people(p)))
P(
    "verify",
    "park",
    "The bench — that's green, isn't it?",
    "verify(u(sel(bench)), color, green)",
    lambda p: yes(p.value(p.the("bench"), "color") == "green"),
)
P(
    "spatial",
    "park",
    "Is the little lad near the bench?",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(bool(subjects_named(p, "near", p.the("bench"), "boy"))),
)
P(
    "compare_count",
    "park",
    "Are there more grown women than children?",
    "gt(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) > len(children(p))),
)
P(
    "chain",
    "park",
    "What's the lady in white standing next to?",
    "q(u(rel(u(f(sel(woman), color=white)), near, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman", color="white"), "near"))),
)
X("park", "Is that the little girl's grandmother in red, do you think?")

# --- Kai, a teenage skater
P(
    "chain",
    "park",
    "dude what's the kid in blue throwing",
    "q(u(rel(u(f(sel(child), color=blue)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(only([c for c in children(p) if p.value(c, "color") == "blue"]), "throwing"))),
)
P(
    "attribute",
    "park",
    "what colour's the frisbee tho",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "position",
    "park",
    "the frisbee — top half of the pic or bottom?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "compare_count",
    "park",
    "same number of dogs as trees?",
    "eq(count(sel(dog)), count(sel(tree)))",
    lambda p: yes(len(p.f("dog")) == len(p.f("tree"))),
)
P(
    "verify",
    "park",
    "is the bike red",
    "verify(u(sel(bicycle)), color, red)",
    lambda p: yes(p.value(p.the("bicycle"), "color") == "red"),
)
P(
    "superlative",
    "park",
    "who's furthest right in the pic",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)

# --- Ibrahim, a Turkish kebab-shop owner
P("count", "park", "Brother, how many dog is in the park?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "spatial",
    "park",
    "The black dog, who is holding him?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "spatial",
    "park",
    "The white dog is near the girl, yes?",
    "exist(f(rel(u(sel(girl)), near, name=dog), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in subjects_named(p, "near", p.the("girl"), "dog"))),
)
P(
    "compare_attr",
    "park",
    "The two women, same colour clothes?",
    "same(sel(woman), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("woman")}) == 1),
)
P(
    "attribute",
    "park",
    "What colour the boy is wearing?",
    "q(u(sel(boy)), color)",
    lambda p: p.value(p.the("boy"), "color"),
)
X("park", "How much it cost, a bicycle like this one?")

# --- Lucy, a landscape photographer
P("count", "park", "How many trees are in the shot?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "spatial",
    "park",
    "Is there a tree behind the woman in red?",
    "vrel(u(f(sel(woman), color=red)), behind, name=tree)",
    lambda p: yes(bool(subjects_named(p, "behind", p.the("woman", color="red"), "tree"))),
)
P(
    "superlative",
    "park",
    "Second of my subjects from the left — who's that?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "position",
    "park",
    "The bicycle — which side of the frame is it on?",
    "choose(u(sel(bicycle)), hposition, [left, right])",
    lambda p: p.value(p.the("bicycle"), "hposition"),
)
P(
    "spatial",
    "park",
    "Is the bench to the left of the bike?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(subjects_named(p, "left", p.the("bicycle"), "bench"))),
)
P(
    "negation",
    "park",
    "How many people are in the shot apart from the children?",
    "count(diff(sel(person), sel(child)))",
    lambda p: n([o for o in people(p) if o not in children(p)]),
)
X("park", "What lens would you reckon this was shot on?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Becky, a speech therapist asking with a young client
P(
    "count",
    "shapes",
    "Can we count the circles together? How many circles are there?",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "attribute",
    "shapes",
    "What colour is the star?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "verify",
    "shapes",
    "Is the triangle green?",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, the triangle or the square?",
    "q(u(f(union(sel(triangle), sel(square)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("triangle"), p.the("square")),
)
P(
    "position",
    "shapes",
    "Where's the star — at the top or at the bottom?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
X("shapes", "Which shape do you think is the happiest one?")

# --- Arjun, nine and quiz-mad
P(
    "count",
    "shapes",
    "Easy one: how many shapes are blue?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "number",
    "shapes",
    "Bet you can't tell me how many colours there are — all different ones, I mean.",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "two_clause",
    "shapes",
    "Is the hexagon blue AND small?",
    "and_(verify(u(sel(hexagon)), color, blue), verify(u(sel(hexagon)), size, small))",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "blue" and p.value(p.the("hexagon"), "size") == "small"),
)
P(
    "list",
    "shapes",
    "Name all the shapes in the bottom row!",
    "values(f(scene(), vposition=bottom), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="bottom")),
)
P(
    "quantifier",
    "shapes",
    "Are all the big shapes in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "superlative",
    "shapes",
    "Which shape is furthest to the left in the whole picture?",
    "q(ord(scene(), left, 1), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "shape"),
)

# --- Valentina, an Italian graphic designer
P(
    "count",
    "shapes",
    "How many forms are in the middle row? Only one, I think.",
    "count(f(scene(), vposition=middle))",
    lambda p: n(p.f(vposition="middle")),
)
P(
    "compare_attr",
    "shapes",
    "The square and the hexagon, they have the same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "same_attr",
    "shapes",
    "How many other forms share the colour of the triangle?",
    "count(same_attr(u(sel(triangle)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("triangle") and p.value(o, "color") == p.value(p.the("triangle"), "color")]
    ),
)
P(
    "position",
    "shapes",
    "In the top left corner, which form is there?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer large forms than small forms?",
    "lt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda p: yes(len(p.f(size="large")) < len(p.f(size="small"))),
)
X("shapes", "Which font would you pair with this composition?")

# --- Doug, an Australian tiler
P(
    "count",
    "shapes",
    "How many four-sided ones have we got — the square and any rectangles?",
    "count(union(sel(square), sel(rectangle)))",
    lambda p: n(rectangles(p)),
)
P(
    "attribute",
    "shapes",
    "What colour's the big rectangle down the bottom?",
    "q(u(f(sel(rectangle), size=large)), color)",
    lambda p: p.value(shaped(p, "rectangle", size="large"), "color"),
)
P(
    "compare_size",
    "shapes",
    "Is the hexagon bigger than the yellow rectangle, mate?",
    "larger(u(sel(hexagon)), u(f(sel(rectangle), color=yellow)))",
    lambda p: drawn_larger(p, p.the("hexagon"), shaped(p, "rectangle", color="yellow")),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, what's the shape furthest right?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "negation",
    "shapes",
    "Not counting the blue ones, how many small shapes are there?",
    "count(fn(f(scene(), size=small), color=blue))",
    lambda p: n([o for o in p.f(size="small") if p.value(o, "color") != "blue"]),
)
X("shapes", "How much would it cost to tile a kitchen floor in this pattern?")

# --- Grandpa Wally, speaking to his phone
P(
    "count",
    "shapes",
    "hey phone how many triangles are in the picture",
    "count(sel(triangle))",
    lambda p: n(p.f("triangle")),
)
P(
    "count",
    "shapes",
    "and how many shapes in the picture are small ones",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "exist",
    "shapes",
    "is there a circle in the middle of the picture",
    "exist(f(sel(circle), hposition=middle, vposition=middle))",
    lambda p: yes(bool(p.f("circle", hposition="middle", vposition="middle"))),
)
P(
    "attribute",
    "shapes",
    "is the big circle red or is it orange",
    "choose(u(f(sel(circle), size=large)), color, [red, orange])",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P("count", "shapes", "how many shapes are there all together", "count(scene())", lambda p: n(p.objects))
P(
    "position",
    "shapes",
    "what colour is the shape in the middle of the top row",
    "q(u(f(scene(), hposition=middle, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="top"), "color"),
)

# --- Yasmin, a colour-blind office worker
P(
    "compare_attr",
    "shapes",
    "I'm colour-blind, so bear with me. Is the star the same colour as the circle in the top left?",
    "same(u(sel(star)), u(f(sel(circle), hposition=left, vposition=top)), color)",
    lambda p: yes(
        p.value(p.the("star"), "color") == p.value(p.the("circle", hposition="left", vposition="top"), "color")
    ),
)
P(
    "attribute",
    "shapes",
    "Which colour is the triangle? To me it looks just like the red ones.",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P("count", "shapes", "How many shapes are red?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "attribute",
    "shapes",
    "Is the little circle in the middle blue or green?",
    "choose(u(f(sel(circle), size=small)), color, [blue, green])",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
P(
    "list",
    "shapes",
    "Which shapes are blue? List them for me, please.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
X("shapes", "Could someone who's colour-blind get a job as a graphic designer, do you think?")

# --- Thabo, a South African maths tutor
P(
    "count",
    "shapes",
    "Now, how many shapes are in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "two_clause",
    "shapes",
    "Is the triangle in the top right corner?",
    "and_(verify(u(sel(triangle)), hposition, right), verify(u(sel(triangle)), vposition, top))",
    lambda p: yes(
        p.value(p.the("triangle"), "hposition") == "right" and p.value(p.the("triangle"), "vposition") == "top"
    ),
)
P(
    "quantifier",
    "shapes",
    "Are most of the shapes blue?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)
P(
    "superlative",
    "shapes",
    "In the top row, which shape is second from the right?",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)
P(
    "exist",
    "shapes",
    "Is there any shape that is both green and small?",
    "exist(f(scene(), color=green, size=small))",
    lambda p: yes(bool(p.f(color="green", size="small"))),
)
P(
    "same_attr",
    "shapes",
    "How many shapes are the same size as the star, not counting the star itself?",
    "count(same_attr(u(sel(star)), size))",
    lambda p: n([o for o in p.objects if o != p.the("star") and p.value(o, "size") == p.value(p.the("star"), "size")]),
)

# --- Mrs Ng, a Singaporean auntie
P("count", "shapes", "Got how many circle ah?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "The hexagon is big or small one?",
    "choose(u(sel(hexagon)), size, [large, small])",
    lambda p: p.value(p.the("hexagon"), "size"),
)
P(
    "attribute",
    "shapes",
    "Yellow one is what shape?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "The red shapes, same size or not?",
    "same(f(scene(), color=red), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f(color="red")}) == 1),
)
P(
    "compare_size",
    "shapes",
    "Which one bigger — the circle on top left or the hexagon?",
    "q(u(f(union(f(sel(circle), hposition=left, vposition=top), sel(hexagon)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", hposition="left", vposition="top"), p.the("hexagon")),
)
X("shapes", "This drawing, can sell for how much ah?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
