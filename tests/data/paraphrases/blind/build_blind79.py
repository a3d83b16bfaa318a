# ruff: noqa: E501
"""Blind paraphrase set 79: a twenty-fifth fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits of speech, always understandably to a careful reader.
No persona gimmick is shared: they are the sort of people who would type or say a question to a picture app.

The cast. On the CLEVR pictures: Bethan, a Swansea district nurse on her break ("cariad", "mind"); Kofi, a Ghanaian-born
accountant in Croydon ("Kindly", "I make it"); Inês, a Portuguese physiotherapy student ("How many balls there are",
"is from metal?", "Say me"); Trevor, a Manchester bus driver ("mate", "have we got"); Beatriz, a Mexican grandmother
learning English with her granddaughter ("of what color", "more big than", "like the"); Doug, an Alberta grain farmer
("we looking at", "sittin'"); Mei, a Taiwanese graduate student ("Two cylinder", "which side of the picture");
Siobhan, a Cork pharmacist ("grand", "would you say"); Jamal, a Detroit high-school coach ("y'all", "real quick");
Margit, a retired Hungarian chemist writing formal English ("have they the same", "Which material has this");
Dolores, a retired Florida bookkeeper ("dear", "just so I have it straight"); Arjun, fifteen, in Pune doing his
homework ("kindly", "only", "na?"); Noor, a Toronto dental nurse ("like", "tbh", "I think?"); Bill, a retired Ohio
shop teacher (terse: "Number of metal pieces?"); Lucía, an Argentine yoga teacher ("the most far", "There is a sphere?");
Ray, a Queensland electrician ("reckon", "mate", "yeah?"); Carol, a Minnesota church secretary ("Oh my", "you
betcha"); Emre, a Turkish-German car mechanic ("from rubber", "right from", "like the"); Precious, a Johannesburg
call-centre agent ("Sharp", "hey", "ja"); Wen, a Chinese nursing student in Melbourne ("All the cubes are metal?",
"It is what shape?"); Marco, a Boston restaurateur ("Lemme ask", "a couple", "capisce"); and Dr Helen Marsh, a
radiologist who reports ("present", "share a material", "please confirm"). On the photo-like graphs: Luis, a Spanish
teacher in Leeds; Dwayne, a Jamaican-British delivery driver ("yeah", "innit", "bruv"); Ruth, a retired Philadelphia
social worker; Tobi, twelve, in lower case; Bernadette, a Dublin B&B landlady; Farid, an Afghan-born chef in Hamburg
("On the bottle, what is written?"); Mandla, a Durban engineering student; Gloria, a Filipina helper in Hong Kong
("ma'am", "How many plate"); Howard, a Norfolk birdwatcher; Keisha, an Atlanta mother of three; Mr Gupta, a retired
railway clerk in Leicester ("Kindly tell me", "on the extreme right"); and Billy, nine, from Bristol. On the drawing:
Mrs Lindqvist, a Swedish art teacher ("figures"); Tariq, a Bradford taxi driver doing his daughter's worksheet;
Pauline, a Quebec daycare worker ("How many triangles it has", "at the right or at the left?"); Vikram, a data analyst
("Count of", "overall"); Alf, eighty, a retired Cockney plasterer ("three-cornered one", "oblong", "dead in the
middle"); Amara, a Nigerian UX designer in Berlin ("elements", "share a size"); Jin-woo, a Korean exchange student
("red color", "more big"); and Derek, a pub quizmaster ("Question one", "Name them all").

Sentence shapes: plain questions, fragments ("Number of metal pieces?", "Leftmost piece, what's it made of?"), fronted
topics and places ("The little ball is of what color?", "In the bottom row, which shape is furthest to the right?",
"Behind the green cylinder, there is only one thing."), tags ("yeah?", "na?", "right?", "no?", "innit", "or what"),
questions inside statements ("Just so I have it straight, ...", "Please confirm whether ..."), comparisons said several
ways ("more big than", "fewer ... than", "the same number of", "more ... than ... put together", "which one is more
big"), negatives and exceptions ("not counting the spheres", "leaving out the sphere", "neither gray nor", "apart
from the star", "The cups, not counting the red one", "how many of the people arent kids"), and two-hop chains told
as a little walk ("Left of the small cyan ball there is a cylinder, and behind this cylinder is a cube.").

The questions cover counts (with conditions, "not", "or", "put together"), existence, an attribute of one thing, yes/no
checks of one value, two checks at once, comparisons of counts ("more", "fewer", "as many", "the same number") and of
attributes (same colour, size, shape or material), quantifiers ("all", "every", "any", "most", "none"), exceptions,
relations (left, right, in front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding,
wearing, throwing, above, behind, left, right, in front), one- and two-hop chains, superlatives and ordinals, other
things sharing a value, which of two things is the bigger, lists of values, the number of different colours (and
materials and shapes), sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and the text on
the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (22, 30, 27, 14, 2, 0, 21, 25, 18,
19, 16, 13, 12 and 9; one or two people to a scene), about 30% about the photo-like graphs (street, kitchen, park) and
20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the person's other
questions (prices, opinions, what happens next, names, owners and makers, the world outside the picture).

Conventions (set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places and
orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25 scene
units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of an
object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations
and attributes leave open. A which-side question is answered with the side; a "which is bigger" between two things is
asked only where their size classes differ, and answered with the word that tells the bigger one from the other (its
shape, or its colour where both have one shape). Answers are the graph's words (gray, not grey; sphere, not ball;
"gray, red, yellow" for a list, most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the
tag. Every gold program and answer comes from the scene by plain Python, with the helpers of blind_gold.py and
blind_helpers.py.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), blind_gold.py and blind_helpers.py
(the helpers imported here), the first five lines of blind66.jsonl (for the line format), and the scenes themselves
(photo_scenes.json and the CLEVR val scenes file, inspected with small Python snippets). No question was run through
nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind79.py`` to write ``../blind79.jsonl``; ``--check`` also runs every gold program with nsvr.
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
    picture_side,
    rectangles,
    related,
    side_of,
    wearers,
    worn_by,
)

OUT = Path(__file__).resolve().parents[1] / "blind79.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def vehicles(p) -> list[str]:
    return p.f(("bus", "car"))


def yellow_rectangle(p) -> str:
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 22: large yellow rubber cyl (far left), large yellow metal cube (far right), small purple metal cyl (back), small cyan metal sph (front)

# --- Bethan, a Swansea district nurse on her break
C(
    "count",
    22,
    "Five minutes' peace with a cuppa and this puzzle, so go on then — how many yellow things are there, cariad?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "compare_attr",
    22,
    "Those two yellow ones, are they made of the same stuff, or is one shiny and one not?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "position",
    22,
    "The big yellow cylinder is over on the left-hand side of the picture, isn't it?",
    "verify(u(f(sel(cylinder), size=large, color=yellow)), hposition, left)",
    lambda s: yes(picture_side(s, s.the(shape="cylinder", size="large", color="yellow")) == "left"),
)
C(
    "superlative",
    22,
    "Which one is furthest away from us, right at the back? Just the shape, mind.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C("exist", 22, "Is there a ball in there anywhere?", "exist(sel(sphere))", lambda s: yes(bool(s.f(shape="sphere"))))
X(22, "Is this one of those pictures they use to test your eyes? I've got the optician Thursday and I'm dreading it.")

# --- Kofi, a Ghanaian-born accountant in Croydon
C(
    "count",
    22,
    "Kindly tell me the number of objects made of metal.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    22,
    "Are there more cylinders than cubes? I make it two against one.",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)
C(
    "chain",
    22,
    "There is one object sitting behind the cube. What is its colour?",
    "q(u(rel(u(sel(cube)), behind)), color)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cube"))), "color"),
)
C(
    "chain",
    22,
    "In front of the purple cylinder you will find a ball. Whatever is on the left of that ball — what is it made of?",
    "q(u(rel(u(f(rel(u(f(sel(cylinder), color=purple)), front), shape=sphere)), left)), material)",
    lambda s: s.a(
        only(related(s, "left", hop(s, s.the(shape="cylinder", color="purple"), "front", shape="sphere"))),
        "material",
    ),
)
C(
    "compare_size",
    22,
    "Between the cube and the ball, which is the larger one?",
    "q(u(f(union(sel(cube), sel(sphere)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube"), s.the(shape="sphere")),
)
C(
    "number",
    22,
    "And how many different colours appear in total?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# scene 30: large green rubber sph, large purple rubber sph (back, far left), large blue metal cyl (front)

# --- Inês, a Portuguese physiotherapy student
C("count", 30, "Hello! How many balls there are in the image?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "quantifier",
    30,
    "All the objects are big ones, yes?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "verify",
    30,
    "The cylinder is from metal?",
    "verify(u(sel(cylinder)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == "metal"),
)
C(
    "superlative",
    30,
    "Which ball is more far to the back, the green or the purple?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "chain",
    30,
    "What is in front of the green ball? Say me the shape.",
    "q(u(rel(u(f(sel(sphere), color=green)), front)), shape)",
    lambda s: s.a(only(related(s, "front", s.the(shape="sphere", color="green"))), "shape"),
)
X(30, "Who made this picture? I must put the author in the bibliography of my university work.")

# scene 27: large purple rubber cube (back, far right), small yellow metal sph (far left), small red rubber cyl, large red rubber cube (front)

# --- Trevor, a Manchester bus driver
C("count", 27, "How many cubes have we got, mate?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    27,
    "Are the two cubes the same colour or not?",
    "same(sel(cube), color)",
    lambda s: alike(s, s.f(shape="cube"), "color"),
)
C(
    "count",
    27,
    "How many red things, all told?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "spatial",
    27,
    "The yellow ball's on the left of the red cylinder, yeah?",
    "exist(f(rel(u(f(sel(cylinder), color=red)), left), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "left", {"shape": "cylinder", "color": "red"}),
)
C(
    "superlative",
    27,
    "What colour's the one stuck out furthest to the right?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
X(27, "What would a set of these set you back in a toy shop? Our lad's birthday's coming up.")

# --- Beatriz, a Mexican grandmother learning English with her granddaughter
C(
    "count",
    27,
    "My granddaughter help me to write. How many things of rubber there are?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "attribute",
    27,
    "The little ball is of what color?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "compare_size",
    27,
    "The purple cube is more big than the red cylinder?",
    "larger(u(f(sel(cube), color=purple)), u(f(sel(cylinder), color=red)))",
    lambda s: larger(s, s.the(shape="cube", color="purple"), s.the(shape="cylinder", color="red")),
)
C(
    "same_attr",
    27,
    "How many other things have the same color like the big red cube?",
    "count(same_attr(u(f(sel(cube), size=large, color=red)), color))",
    lambda s: n(others(s, s.the(shape="cube", size="large", color="red"), "color")),
)
C(
    "negation",
    27,
    "And the things that are not red, how many?",
    "count(fn(scene(), color=red))",
    lambda s: n(lacking(s, s.all(), color="red")),
)

# scene 14: large cyan rubber sph (front, far left), small blue metal sph (far right), small gray metal cube (back)

# --- Doug, an Alberta grain farmer
C("count", 14, "How many balls we looking at here?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_attr",
    14,
    "Those two balls the same size?",
    "same(sel(sphere), size)",
    lambda s: alike(s, s.f(shape="sphere"), "size"),
)
C(
    "attribute",
    14,
    "The cube — what's she made of?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "chain",
    14,
    "What's sittin' off to the right of the cube? Colour'll do.",
    "q(u(rel(u(sel(cube)), right)), color)",
    lambda s: s.a(only(related(s, "right", s.the(shape="cube"))), "color"),
)
C(
    "superlative",
    14,
    "Which one's closest to the camera? What colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(14, "Whose are these, anyway? Somebody's kids leave 'em lying out?")

# scene 2: large green metal cube, small gray metal cyl (back), large cyan rubber cyl (front, right)

# --- Mei, a Taiwanese graduate student
C("count", 2, "How many cylinders are in this picture?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_attr",
    2,
    "Two cylinder, same material or not same?",
    "same(sel(cylinder), material)",
    lambda s: alike(s, s.f(shape="cylinder"), "material"),
)
C(
    "position",
    2,
    "The cyan cylinder is on which side of the picture, left or right?",
    "choose(u(f(sel(cylinder), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="cyan")),
)
C(
    "spatial",
    2,
    "How many objects are behind the green cube?",
    "count(rel(u(f(sel(cube), color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="green"))),
)
C(
    "compare_size",
    2,
    "Which is bigger, the gray cylinder or the green cube?",
    "q(u(f(union(f(sel(cylinder), color=gray), f(sel(cube), color=green)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="gray"), s.the(shape="cube", color="green")),
)
C(
    "exist",
    2,
    "Is any object here made from rubber?",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)

# scene 0: small yellow rubber sph (front), large blue metal sph (back, far left), large green rubber cyl

# --- Siobhan, a Cork pharmacist
C(
    "count",
    0,
    "Grand, so how many of the big ones are there?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "verify",
    0,
    "Is the blue ball a metal one?",
    "verify(u(f(sel(sphere), color=blue)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="blue"), "material") == "metal"),
)
C(
    "compare_attr",
    0,
    "Would you say the yellow ball and the green cylinder are made of the same material?",
    "same(u(f(sel(sphere), color=yellow)), u(f(sel(cylinder), color=green)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="yellow"), "material")
        == s.a(s.the(shape="cylinder", color="green"), "material")
    ),
)
C(
    "superlative",
    0,
    "Which one's furthest back? Give me the shape.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "two_clause",
    0,
    "Is the cylinder both green and large?",
    "and_(verify(u(sel(cylinder)), color, green), verify(u(sel(cylinder)), size, large))",
    lambda s: yes(s.a(s.the(shape="cylinder"), "color") == "green" and s.a(s.the(shape="cylinder"), "size") == "large"),
)
X(0, "Would that little yellow ball be safe for a toddler to chew on, do you think?")

# scene 21: small green rubber cyl (far left), large red rubber sph, small gray metal sph (back), small yellow rubber sph (front), large purple metal cyl (far right)

# --- Jamal, a Detroit high-school coach
C("count", 21, "Real quick — how many balls y'all got in here?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "quantifier",
    21,
    "Are all the balls small?",
    "not_(exist(fn(sel(sphere), size=small)))",
    lambda s: every(s, s.f(shape="sphere"), size="small"),
)
C(
    "spatial",
    21,
    "How many things are in front of the gray ball?",
    "count(rel(u(f(sel(sphere), color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="gray"))),
)
C(
    "superlative",
    21,
    "Second one in from the right — what color is it?",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)
C(
    "compare_count",
    21,
    "Is there more rubber stuff than metal stuff?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
X(21, "If you dropped all these off a roof, which one bounces highest?")

# --- Margit, a retired Hungarian chemist; formal English
C(
    "count",
    21,
    "Good afternoon. How many of the objects are cylinders?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "list",
    21,
    "Which colours have the spheres? Please list them.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "chain",
    21,
    "Right of the yellow sphere there stands a cylinder; behind this cylinder there is a sphere. Which material has this sphere?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=yellow)), right), shape=cylinder)), behind), shape=sphere)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="yellow"), "right", shape="cylinder"), "behind", shape="sphere"),
        "material",
    ),
)
C(
    "position",
    21,
    "The large purple cylinder — on which side of the picture does it stand?",
    "choose(u(f(sel(cylinder), size=large, color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="purple")),
)
C(
    "number",
    21,
    "How many different materials are used here?",
    "nvalues(scene(), material)",
    lambda s: str(len({s.a(i, "material") for i in s.all()})),
)
C(
    "compare_attr",
    21,
    "The two cylinders, have they the same colour?",
    "same(sel(cylinder), color)",
    lambda s: alike(s, s.f(shape="cylinder"), "color"),
)

# scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl (far left), large brown rubber sph (far right), small gray metal cyl (back)

# --- Dolores, a retired Florida bookkeeper
C("count", 25, "How many cylinders, dear?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "count",
    25,
    "Just so I have it straight, how many of the metal things are big ones?",
    "count(f(scene(), material=metal, size=large))",
    lambda s: n(s.f(material="metal", size="large")),
)
C(
    "compare_attr",
    25,
    "The two brown things — are they the same shape?",
    "same(f(scene(), color=brown), shape)",
    lambda s: alike(s, s.f(color="brown"), "shape"),
)
C(
    "negation",
    25,
    "Not counting the spheres, how many things are metal?",
    "count(fn(f(scene(), material=metal), shape=sphere))",
    lambda s: n(lacking(s, s.f(material="metal"), shape="sphere")),
)
C(
    "superlative",
    25,
    "Which thing is sitting closest to the front? What color is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(25, "My grandson says a computer drew these. What kind of computer would I need to buy to make some myself?")

# --- Arjun, fifteen, in Pune doing his homework
C("count", 25, "How many spheres are there in total?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "exist",
    25,
    "Is there any cube made of rubber?",
    "exist(f(sel(cube), material=rubber))",
    lambda s: yes(bool(s.f(shape="cube", material="rubber"))),
)
C(
    "chain",
    25,
    "Behind the red cube there is one cylinder only. Kindly tell what is kept to the right of that cylinder — it is metal or rubber?",
    "choose(u(rel(u(f(rel(u(f(sel(cube), color=red)), behind), shape=cylinder)), right)), material, [metal, rubber])",
    lambda s: s.a(
        only(related(s, "right", hop(s, s.the(shape="cube", color="red"), "behind", shape="cylinder"))), "material"
    ),
)
C(
    "same_attr",
    25,
    "How many objects have the same size as the blue cylinder, not including the blue cylinder itself?",
    "count(same_attr(u(f(sel(cylinder), color=blue)), size))",
    lambda s: n(others(s, s.the(shape="cylinder", color="blue"), "size")),
)
C(
    "spatial",
    25,
    "How many objects are to the left of the cyan sphere?",
    "count(rel(u(f(sel(sphere), color=cyan)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="cyan"))),
)
C(
    "compare_size",
    25,
    "Gray cylinder and blue cylinder, which one is bigger, na? Tell the colour.",
    "q(u(f(union(f(sel(cylinder), color=gray), f(sel(cylinder), color=blue)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="gray"), s.the(shape="cylinder", color="blue"), "color"),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl (far left), small blue rubber cyl (front), large cyan rubber sph (far right), small purple metal cube (right), small red rubber sph (back)

# --- Noor, a Toronto dental nurse
C(
    "count",
    18,
    "Okay so how many purple things are there?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "compare_count",
    18,
    "Are there fewer spheres than cylinders? I think?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)
C(
    "quantifier",
    18,
    "Like, is most of the stuff in there purple?",
    "gt(count(f(scene(), color=purple)), count(fn(scene(), color=purple)))",
    lambda s: most([s.a(i, "color") == "purple" for i in s.all()]),
)
C(
    "attribute",
    18,
    "What shape is the red one?",
    "q(u(f(scene(), color=red)), shape)",
    lambda s: s.a(only(s.f(color="red")), "shape"),
)
C(
    "spatial",
    18,
    "Is the blue cylinder in front of the big cyan ball?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=cyan)), front), color=blue, shape=cylinder))",
    lambda s: is_rel(
        s, {"shape": "cylinder", "color": "blue"}, "front", {"shape": "sphere", "size": "large", "color": "cyan"}
    ),
)
X(18, "Tbh if you could only keep one of these which one would you pick?")

# --- Bill, a retired Ohio shop teacher; terse
C(
    "count",
    18,
    "Number of metal pieces?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C("exist", 18, "Any gray in there?", "exist(f(scene(), color=gray))", lambda s: yes(bool(s.f(color="gray"))))
C(
    "compare_attr",
    18,
    "Both cyan pieces made of the same material?",
    "same(f(scene(), color=cyan), material)",
    lambda s: alike(s, s.f(color="cyan"), "material"),
)
C(
    "superlative",
    18,
    "Leftmost piece, what's it made of?",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)
C(
    "superlative",
    18,
    "Third from the front. Shape?",
    "q(ord(scene(), front, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 3), "shape"),
)
C(
    "number",
    18,
    "How many colors total?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# scene 19: small gray metal cube, small green metal cyl (back), small cyan metal cyl (front), small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph (far right), small yellow rubber cube (far left)

# --- Lucía, an Argentine yoga teacher
C(
    "count",
    19,
    "Hola, how many cyan objects do you see?",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "compare_attr",
    19,
    "The cyan objects, are they all of the same material?",
    "same(f(scene(), color=cyan), material)",
    lambda s: alike(s, s.f(color="cyan"), "material"),
)
C(
    "count",
    19,
    "How many cubes are the small size?",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C(
    "superlative",
    19,
    "Which thing is the most far to the back? The color, please.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C("exist", 19, "There is a sphere?", "exist(sel(sphere))", lambda s: yes(bool(s.f(shape="sphere"))))
X(19, "This picture gives me a very calm energy. You think it is good to look at it for meditation?")

# --- Ray, a Queensland electrician
C(
    "count",
    19,
    "How many of the little ones are metal, mate?",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "compare_size",
    19,
    "Gray ball's bigger than the gray cube, yeah?",
    "larger(u(f(sel(sphere), color=gray)), u(f(sel(cube), color=gray)))",
    lambda s: larger(s, s.the(shape="sphere", color="gray"), s.the(shape="cube", color="gray")),
)
C(
    "compare_attr",
    19,
    "The cylinders sittin' in front of the gray cube — they the same colour, would you reckon?",
    "same(f(rel(u(f(sel(cube), color=gray)), front), shape=cylinder), color)",
    lambda s: alike(s, among(s, related(s, "front", s.the(shape="cube", color="gray")), shape="cylinder"), "color"),
)
C(
    "spatial",
    19,
    "How many things are to the left of the blue cube?",
    "count(rel(u(f(sel(cube), color=blue)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="blue"))),
)
C(
    "negation",
    19,
    "Leaving out the sphere, how many big things are there?",
    "count(fn(f(scene(), size=large), shape=sphere))",
    lambda s: n(lacking(s, s.f(size="large"), shape="sphere")),
)
C(
    "position",
    19,
    "The yellow cube — left side of the picture or the right?",
    "choose(u(f(sel(cube), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="yellow")),
)

# scene 16: small red metal sph, small purple metal sph (far left), small cyan metal sph (front), large brown rubber cyl, large yellow rubber cube (back), large green rubber sph (far right), large yellow metal cyl

# --- Carol, a Minnesota church secretary
C("count", 16, "Oh my, how many balls are there in this one?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "count",
    16,
    "And how many of those balls are the little ones?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "compare_attr",
    16,
    "Are the two yellow things the same shape?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: alike(s, s.f(color="yellow"), "shape"),
)
C(
    "quantifier",
    16,
    "Is every one of the small things made of metal, would you say?",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: every(s, s.f(size="small"), material="metal"),
)
C(
    "superlative",
    16,
    "What color is the one way in the back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(16, "Do you think this would make a nice jigsaw for our Wednesday ladies' group? You betcha they'd love it.")

# --- Emre, a Turkish-German car mechanic
C(
    "count",
    16,
    "How many things are from rubber?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "chain",
    16,
    "What stands right from the yellow cube? Tell me the color.",
    "q(u(rel(u(f(sel(cube), color=yellow)), right)), color)",
    lambda s: s.a(only(related(s, "right", s.the(shape="cube", color="yellow"))), "color"),
)
C(
    "chain",
    16,
    "Left of the small cyan ball there is a cylinder, and behind this cylinder is a cube. From which material is the cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=cyan)), left), shape=cylinder)), behind), shape=cube)), material)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", size="small", color="cyan"), "left", shape="cylinder"),
            "behind",
            shape="cube",
        ),
        "material",
    ),
)
C(
    "compare_size",
    16,
    "Which is bigger: the red ball or the green ball?",
    "q(u(f(union(f(sel(sphere), color=red), f(sel(sphere), color=green)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="red"), s.the(shape="sphere", color="green"), "color"),
)
C(
    "compare_count",
    16,
    "Is it the same number of cylinders and cubes?",
    "eq(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="cube"))),
)
C(
    "same_attr",
    16,
    "How many other things have the same material like the brown cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=brown)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", color="brown"), "material")),
)

# scene 13: small red rubber cube, large cyan rubber cyl (far right), small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (back), small red rubber sph (far left), large red metal cube

# --- Precious, a Johannesburg call-centre agent
C("count", 13, "Sharp. How many red things are there?", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "compare_attr",
    13,
    "The two red cubes, hey, are they the same size?",
    "same(f(sel(cube), color=red), size)",
    lambda s: alike(s, s.f(shape="cube", color="red"), "size"),
)
C(
    "spatial",
    13,
    "How many things are behind the purple cylinder?",
    "count(rel(u(f(sel(cylinder), color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="purple"))),
)
C(
    "superlative",
    13,
    "The thing nearest the front — what's it made of?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C(
    "list",
    13,
    "What shapes are the red things? Just list them, ja.",
    "values(f(scene(), color=red), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="red")),
)
C(
    "number",
    13,
    "How many different colours do the balls come in?",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)
X(13, "Where can I buy that cyan cylinder in Joburg? My nephew would love it.")

# scene 12: small blue metal cube (far left), small green rubber sph, large gray rubber sph (far right), small cyan metal cyl (right), small gray rubber sph (front), small green rubber cyl, small red metal cube, small gray metal cube (back)

# --- Wen, a Chinese nursing student in Melbourne
C("count", 12, "How many gray objects in the picture?", "count(f(scene(), color=gray))", lambda s: n(s.f(color="gray")))
C(
    "quantifier",
    12,
    "All the cubes are metal?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: every(s, s.f(shape="cube"), material="metal"),
)
C(
    "spatial",
    12,
    "How many things are in front of the red cube?",
    "count(rel(u(f(sel(cube), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="red"))),
)
C(
    "compare_count",
    12,
    "Green things are fewer than gray things, correct?",
    "lt(count(f(scene(), color=green)), count(f(scene(), color=gray)))",
    lambda s: yes(len(s.f(color="green")) < len(s.f(color="gray"))),
)
C(
    "superlative",
    12,
    "Which thing is the most left one? Color please.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "chain",
    12,
    "Behind the green cylinder, there is only one thing. It is what shape?",
    "q(u(rel(u(f(sel(cylinder), color=green)), behind)), shape)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cylinder", color="green"))), "shape"),
)
X(12, "My classmate says pictures like this are made for training AI. How much money do they pay for making one?")

# scene 9: small gray rubber cube (front), large gray rubber cyl (far left), small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl (far right), large green metal sph

# --- Marco, a Boston restaurateur
C(
    "count",
    9,
    "Lemme ask you, how many gray things we got?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "compare_attr",
    9,
    "The couple of gray cylinders — same size?",
    "same(f(sel(cylinder), color=gray), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="gray"), "size"),
)
C(
    "superlative",
    9,
    "The cube that's the most up front, what color is that?",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "color"),
)
C("count", 9, "How many big ones in there?", "count(f(scene(), size=large))", lambda s: n(s.f(size="large")))
C("exist", 9, "Anything red, or what?", "exist(f(scene(), color=red))", lambda s: yes(bool(s.f(color="red"))))
X(9, "That big brown ball looks like one of my meatballs, capisce? What would you charge for a plate of those?")

# --- Dr Helen Marsh, a radiologist; reports
C("count", 9, "How many cylinders are present?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "spatial",
    9,
    "Please confirm whether the green sphere lies to the left of the brown sphere.",
    "exist(f(rel(u(f(sel(sphere), color=brown)), left), color=green, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "green"}, "left", {"shape": "sphere", "color": "brown"}),
)
C(
    "chain",
    9,
    "Posterior to the purple cube is a cylinder; to the left of that cylinder lies a second cylinder. Is the second one large or small?",
    "choose(u(f(rel(u(f(rel(u(f(sel(cube), color=purple)), behind), shape=cylinder)), left), shape=cylinder)), size, [large, small])",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="purple"), "behind", shape="cylinder"), "left", shape="cylinder"),
        "size",
    ),
)
C(
    "quantifier",
    9,
    "Are any of the green objects metallic?",
    "exist(f(scene(), color=green, material=metal))",
    lambda s: yes(bool(s.f(color="green", material="metal"))),
)
C(
    "superlative",
    9,
    "Which object is furthest to the right? Shape only, please.",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "negation",
    9,
    "How many objects are neither gray nor spherical?",
    "count(diff(fn(scene(), color=gray), sel(sphere)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "gray" and s.a(i, "shape") != "sphere"]),
)
C(
    "compare_attr",
    9,
    "Do the brown sphere and the green cylinder share a material?",
    "same(u(f(sel(sphere), color=brown)), u(f(sel(cylinder), color=green)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="brown"), "material") == s.a(s.the(shape="cylinder", color="green"), "material")
    ),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Luis, a Spanish teacher in Leeds
P(
    "text",
    "street",
    "Hey, there is something written on the bus — what does it say exactly?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "attribute",
    "street",
    "And the bus is which colour?",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P(
    "count",
    "street",
    "How many people are there in the street?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "spatial",
    "street",
    "The woman is standing in front of the bus, no?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("front", p.the("bus")), "woman"))),
)
P(
    "text",
    "street",
    "There are also some words painted on the road. What do they say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
X("street", "This is Madrid or Barcelona? The bus looks to me like the ones from Madrid.")

# --- Dwayne, a Jamaican-British delivery driver
P("count", "street", "How many cars on the road, bruv?", "count(sel(car))", lambda p: n(p.f("car")))
P(
    "position",
    "street",
    "Where's the car at — left side or right side of the pic?",
    "choose(u(sel(car)), hposition, [left, right])",
    lambda p: p.value(p.the("car"), "hposition"),
)
P(
    "verify",
    "street",
    "Sign's red, yeah?",
    "verify(u(sel(sign)), color, red)",
    lambda p: yes(p.value(p.the("sign"), "color") == "red"),
)
P(
    "text",
    "street",
    "What's it say on the sign, innit?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "chain",
    "street",
    "Geezer on the far right — what colour's his tie?",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "right")), "color"),
)
P(
    "spatial",
    "street",
    "The dog — who's it standing near?",
    "q(u(rel(u(sel(dog)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog")))),
)

# --- Ruth, a retired Philadelphia social worker
P("count", "street", "How many men can you see on that street?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "compare_attr",
    "street",
    "Are the two men dressed in the same color?",
    "same(sel(man), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("man")}) == 1),
)
P(
    "quantifier",
    "street",
    "Is everybody out there wearing a tie?",
    "not_(exist(diff(sel(person), rel(sel(tie), wearing))))",
    lambda p: yes(all(o in wearers(p, "tie") for o in people(p))),
)
P(
    "spatial",
    "street",
    "Is the young woman the one holding the dog?",
    "vrel(u(sel(dog)), holding, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
P(
    "compare_count",
    "street",
    "Would you say there are more people than vehicles?",
    "gt(count(sel(person)), count(sel(vehicle)))",
    lambda p: yes(len(people(p)) > len(vehicles(p))),
)
X("street", "The young lady with the little dog, do you suppose she's married? She has a kind face.")

# --- Tobi, twelve, in lower case
P(
    "attribute",
    "street",
    "what colour is the dog",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "attribute",
    "street",
    "is the dog big or small",
    "choose(u(sel(dog)), size, [large, small])",
    lambda p: p.value(p.the("dog"), "size"),
)
P(
    "spatial",
    "street",
    "the tree is behind the bus right",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "superlative",
    "street",
    "who is standing furthest to the left",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "number",
    "street",
    "how many different colours are the vehicles",
    "nvalues(sel(vehicle), color)",
    lambda p: colour_count(p, vehicles(p)),
)
P("exist", "street", "is there a cat", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Bernadette, a Dublin B&B landlady
P("count", "kitchen", "How many cups has she put out?", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "text",
    "kitchen",
    "What time does the clock say? I've guests due for their lunch.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "What's the table made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "chain",
    "kitchen",
    "What colour's the cup sitting to the right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "compare_attr",
    "kitchen",
    "Is the plate the same colour as the clock on the wall?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
X("kitchen", "Is that woman the owner of the house, would you say, or only a guest?")

# --- Farid, an Afghan-born chef in Hamburg
P(
    "text",
    "kitchen",
    "On the bottle, what is written?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "verify",
    "kitchen",
    "The bottle is green colour?",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
P(
    "count",
    "kitchen",
    "How many things stand on the table, all together?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "negation",
    "kitchen",
    "The cups, not counting the red one — how many?",
    "count(fn(sel(cup), color=red))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "red"]),
)
P(
    "attribute",
    "kitchen",
    "The fork is made from metal or from wood?",
    "choose(u(sel(fork)), material, [metal, wood])",
    lambda p: p.value(p.the("fork"), "material"),
)
X("kitchen", "This water, is it expensive or cheap one? In Germany we pay too much for water.")

# --- Mandla, a Durban engineering student
P(
    "list",
    "kitchen",
    "What colours are the cups?",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "superlative",
    "kitchen",
    "Which cup is furthest to the right? Colour?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "spatial",
    "kitchen",
    "Is the woman to the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "position",
    "kitchen",
    "Is the clock at the top or the bottom of the image?",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)
P(
    "quantifier",
    "kitchen",
    "Is everything on the table white?",
    "not_(exist(fn(rel(u(sel(table)), on), color=white)))",
    lambda p: yes(all(p.value(o, "color") == "white" for o in on_table(p))),
)
P(
    "two_clause",
    "kitchen",
    "Is the clock white, and is it above the table?",
    "and_(verify(u(sel(clock)), color, white), vrel(u(sel(table)), above, name=clock))",
    lambda p: yes(
        p.value(p.the("clock"), "color") == "white" and bool(named(p, p.subjects("above", p.the("table")), "clock"))
    ),
)

# --- Gloria, a Filipina helper in Hong Kong
P(
    "count",
    "kitchen",
    "How many plate on the table, ma'am?",
    "count(rel(u(sel(table)), on, name=plate))",
    lambda p: n(named(p, on_table(p), "plate")),
)
P(
    "attribute",
    "kitchen",
    "The lady, what colour her clothes?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "chain",
    "kitchen",
    "The cup on the left side of the plate, what color?",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
P(
    "compare_count",
    "kitchen",
    "More cups than plates, right?",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P("exist", "kitchen", "There is a spoon also?", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
X("kitchen", "What will she cook for the lunch, you think? Maybe adobo?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Howard, a Norfolk birdwatcher
P("exist", "park", "Any birds in this one, by chance?", "exist(sel(bird))", lambda p: yes(bool(p.f("bird"))))
P("count", "park", "How many trees, then?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "attribute",
    "park",
    "What's the bench made of?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "chain",
    "park",
    "That yellow thing up in the air — who's thrown it?",
    "q(u(rel(u(sel(frisbee)), throwing)), name)",
    lambda p: p.name(only(p.subjects("throwing", p.the("frisbee")))),
)
P(
    "position",
    "park",
    "Is the frisbee up near the top of the frame?",
    "verify(u(sel(frisbee)), vposition, top)",
    lambda p: yes(p.value(p.the("frisbee"), "vposition") == "top"),
)
X("park", "What time of year would you say this is? Early spring, by the look of it?")

# --- Keisha, an Atlanta mother of three
P("count", "park", "How many kids are in the picture?", "count(sel(child))", lambda p: n(children(p)))
P(
    "count",
    "park",
    "How many dogs and kids are there put together?",
    "count(union(sel(dog), sel(child)))",
    lambda p: n(p.f("dog") + children(p)),
)
P(
    "attribute",
    "park",
    "What color is the little boy wearing?",
    "q(u(sel(boy)), color)",
    lambda p: p.value(p.the("boy"), "color"),
)
P(
    "spatial",
    "park",
    "Is the girl next to the white dog?",
    "vrel(u(f(sel(dog), color=white)), near, name=girl)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("dog", color="white")), "girl"))),
)
P(
    "compare_attr",
    "park",
    "Are the two dogs the same color?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)

# --- Mr Gupta, a retired railway clerk in Leicester
P("count", "park", "How many ladies are present in the park?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "superlative",
    "park",
    "Kindly tell me who is standing on the extreme right.",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "chain",
    "park",
    "What is the colour of the bicycle near the lady in white?",
    "q(u(rel(u(f(sel(woman), color=white)), near, name=bicycle)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("woman", color="white")), "bicycle")), "color"),
)
P(
    "spatial",
    "park",
    "Is the bench placed on the left of the bicycle?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "superlative",
    "park",
    "Counting the persons from the left side, who is the second one?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "compare_count",
    "park",
    "Are there fewer children than women?",
    "lt(count(sel(child)), count(sel(woman)))",
    lambda p: yes(len(children(p)) < len(p.f("woman"))),
)
X("park", "In which city is this park located, please? It resembles one in Leicester.")

# --- Billy, nine, from Bristol
P(
    "attribute",
    "park",
    "what colour has the girl got on",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P(
    "spatial",
    "park",
    "who is holding the black dog",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P("count", "park", "how many people are in the park", "count(sel(person))", lambda p: n(people(p)))
P(
    "negation",
    "park",
    "how many of the people arent kids",
    "count(diff(sel(person), sel(child)))",
    lambda p: n([o for o in people(p) if o not in children(p)]),
)
P("exist", "park", "is there a bench", "exist(sel(bench))", lambda p: yes(bool(p.f("bench"))))
P(
    "position",
    "park",
    "is the red bike on the left or the right of the picture",
    "choose(u(f(sel(bicycle), color=red)), hposition, [left, right])",
    lambda p: p.value(p.the("bicycle", color="red"), "hposition"),
)
X("park", "will the dog catch the frisbee")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Mrs Lindqvist, a Swedish art teacher
P(
    "count",
    "shapes",
    "How many of the figures are blue?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "position",
    "shapes",
    "Which shape is sitting in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Is the triangle bigger than the square?",
    "larger(u(sel(triangle)), u(sel(square)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("square")),
)
P(
    "list",
    "shapes",
    "Which colours are used in the bottom row?",
    "values(f(scene(), vposition=bottom), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="bottom")),
)
P(
    "number",
    "shapes",
    "How many different kinds of shape are there?",
    "nvalues(scene(), shape)",
    lambda p: str(len({p.value(o, "shape") for o in p.objects})),
)
X("shapes", "Is this drawing inspired by Kandinsky, do you think? It has something of him.")

# --- Tariq, a Bradford taxi driver doing his daughter's worksheet
P("count", "shapes", "How many circles are on the sheet?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "verify",
    "shapes",
    "Is the small circle blue?",
    "verify(u(f(sel(circle), size=small)), color, blue)",
    lambda p: yes(p.value(p.the("circle", size="small"), "color") == "blue"),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, which shape is furthest to the right?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Are the square and the hexagon the same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes are coloured the same as the star?",
    "count(same_attr(u(sel(star)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("star") and p.value(o, "color") == p.value(p.the("star"), "color")]
    ),
)
X("shapes", "What's the name of the app that makes drawings like this? Her teacher uses it.")

# --- Pauline, a Quebec daycare worker
P("count", "shapes", "How many triangles it has in the drawing?", "count(sel(triangle))", lambda p: n(p.f("triangle")))
P("exist", "shapes", "There is an oval somewhere?", "exist(sel(oval))", lambda p: yes(bool(p.f("oval"))))
P(
    "attribute",
    "shapes",
    "The star, it is what colour?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "count",
    "shapes",
    "How many shapes are the small ones?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "position",
    "shapes",
    "The triangle is at the right or at the left?",
    "choose(u(sel(triangle)), hposition, [left, right])",
    lambda p: p.value(p.the("triangle"), "hposition"),
)
X("shapes", "The children will like to colour this one. Which crayons I should buy for them?")

# --- Vikram, a data analyst
P(
    "compare_count",
    "shapes",
    "More small shapes than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "quantifier",
    "shapes",
    "Are most of the shapes in the top row?",
    "gt(count(f(scene(), vposition=top)), count(fn(scene(), vposition=top)))",
    lambda p: most([p.value(o, "vposition") == "top" for o in p.objects]),
)
P(
    "count",
    "shapes",
    "Count of shapes that are red or large?",
    "count(union(f(scene(), color=red), f(scene(), size=large)))",
    lambda p: n(set(p.f(color="red")) | set(p.f(size="large"))),
)
P(
    "superlative",
    "shapes",
    "Second shape from the left, overall — which one is it?",
    "q(ord(scene(), left, 2), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left", 2), "shape"),
)
P(
    "count",
    "shapes",
    "How many rectangles, if the square counts as one?",
    "count(union(f(scene(), shape=rectangle), f(scene(), shape=square)))",
    lambda p: n(rectangles(p)),
)
P(
    "negation",
    "shapes",
    "Shapes that are not blue and not circles: how many?",
    "count(fn(fn(scene(), color=blue), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue" and p.value(o, "shape") != "circle"]),
)

# --- Alf, eighty, a retired Cockney plasterer
P("count", "shapes", "How many shapes are there all told?", "count(scene())", lambda p: n(p.objects))
P(
    "attribute",
    "shapes",
    "What colour's that big three-cornered one, the triangle?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, the yellow oblong or the little circle?",
    "q(u(f(union(f(sel(rectangle), color=yellow), f(sel(circle), size=small)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, yellow_rectangle(p), p.the("circle", size="small")),
)
P(
    "position",
    "shapes",
    "What's that sat dead in the middle of the drawing?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are there more blue ones than red and yellow ones put together?",
    "gt(count(f(scene(), color=blue)), count(union(f(scene(), color=red), f(scene(), color=yellow))))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red")) + len(p.f(color="yellow"))),
)
X("shapes", "Would this look any good framed over the fireplace, d'you reckon?")

# --- Amara, a Nigerian UX designer in Berlin
P(
    "count",
    "shapes",
    "How many elements in the bottom row are small?",
    "count(f(scene(), vposition=bottom, size=small))",
    lambda p: n(p.f(vposition="bottom", size="small")),
)
P(
    "superlative",
    "shapes",
    "What's the leftmost element in the top row? I need its colour.",
    "q(ord(f(scene(), vposition=top), left, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left"), "color"),
)
P(
    "two_clause",
    "shapes",
    "Is the hexagon small and blue?",
    "and_(verify(u(sel(hexagon)), size, small), verify(u(sel(hexagon)), color, blue))",
    lambda p: yes(p.value(p.the("hexagon"), "size") == "small" and p.value(p.the("hexagon"), "color") == "blue"),
)
P(
    "compare_attr",
    "shapes",
    "Do the two circles share a size?",
    "same(sel(circle), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
P(
    "quantifier",
    "shapes",
    "Are all the large elements placed in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)

# --- Jin-woo, a Korean exchange student
P("count", "shapes", "How many shape are red color?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "position",
    "shapes",
    "Which row is the star in, upper or lower?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
P(
    "position",
    "shapes",
    "In the top row, the middle one — which colour it is?",
    "q(u(f(scene(), hposition=middle, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="top"), "color"),
)
P(
    "compare_size",
    "shapes",
    "The circle in the top row and the square, which one is more big?",
    "q(u(f(union(f(sel(circle), vposition=top), sel(square)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", vposition="top"), p.the("square")),
)
P(
    "verify",
    "shapes",
    "The square is blue color, right?",
    "verify(u(sel(square)), color, blue)",
    lambda p: yes(p.value(p.the("square"), "color") == "blue"),
)
X("shapes", "This drawing is from which country? In Korea we have very similar one in the textbook.")

# --- Derek, a pub quizmaster
P(
    "count",
    "shapes",
    "Question one, for a point: how many of the shapes are circles?",
    "count(f(scene(), shape=circle))",
    lambda p: n(p.f(shape="circle")),
)
P(
    "number",
    "shapes",
    "Question two: how many different colours have been used in the top row?",
    "nvalues(f(scene(), vposition=top), color)",
    lambda p: colour_count(p, p.f(vposition="top")),
)
P(
    "negation",
    "shapes",
    "Apart from the star, is anything in the bottom row red?",
    "exist(diff(f(scene(), color=red, vposition=bottom), sel(star)))",
    lambda p: yes(bool([o for o in p.f(color="red", vposition="bottom") if o != p.the("star")])),
)
P(
    "list",
    "shapes",
    "Which shapes are blue? Name them all.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "superlative",
    "shapes",
    "Last one: in the top row, what's second from the right?",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
