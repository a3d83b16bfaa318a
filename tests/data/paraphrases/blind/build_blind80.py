# ruff: noqa: E501
"""Blind paraphrase set 80: a twenty-sixth fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits of speech, always understandably to a careful reader.

The cast. On the CLEVR pictures: Glenys, a retired Welsh postmistress who chats ("bach", "there's lovely"); Kwame, a
Ghanaian accountant, precise and polite ("Kindly", "Please confirm"); Brian, a Dublin taxi driver ("them cylinder
yokes", "yer man", "d'you reckon"); Inés, a Spanish pharmacist ("how many brown objects there are", "is of metal, is
correct?"); Dale, an Australian shearer ("big fellas", "mate"); Marjorie, an Ohio church organist ("Oh my", "dear",
"piles by color"); Yusuf, a Turkish grocer in Berlin ("How much red things you have here?", "most far in the back");
Arjun, twelve, in Bangalore, doing a school quiz ("equal in number", "same size or not?"); Pauline, a retired French
nurse ("the same size as her", "how many objects there are?"); Walt, a retired Minnesota dairy farmer ("Them two",
"sittin'", "ya think"); Olu, a Lagos phone-repair man ("Oya", "abi?"); Hannah, a Berlin PhD student in a hurry ("Is it
right that ..."); Denny, a London bus driver on his break ("Go on then", "sat behind"); Carol, an insurance claims
adjuster ("for the claim", "Itemise"); Mateusz, a Polish builder ("How many small things is here?", "Right from the
purple cylinder stands a cube"); Beth, a nurse at the end of a night shift; Joe, eighty, typing slowly in lowercase with
dots; Ximena, a Mexico City dentist; Fergus, a Scottish golf caddie ("the wee yellow cylinder"); Mei, a Singaporean
secondary student ("got same number ... or not?", "ah"); Ibrahim, a Cairo-born chemistry teacher in Manchester; Kirsty,
a Geordie hairdresser ("Howay", "pet", "like"); and Tariq, a Bradford shopkeeper ("summat", "the shiny purple cube"). On
the photo-like graphs: Gus, a Boston parking officer writing a ticket; Amara, nine; Jun, a Korean tourist ("this bus,
what colour it is?", "necktie"); Vikram, a Leicester driving instructor ("stood", "have I got both right?"); Colette, a
Quebec home-care worker ("How many things there is on the table", "at the right of", "made in wood, no?"); Rob, a tired
dad at breakfast; Anh, a Vietnamese student in Melbourne ("How many white thing", "most on right"); Big Mike, a New
Jersey diner owner ("Lemme ask ya", "ain't"); Ruth, a retired birdwatcher ("all told", "if I may ask"); Jess, a Saturday
park-run volunteer ("Quick headcount", "the lad"); Stelios, a Greek cafe owner in Melbourne ("what colour he is?", "near
to her"); and Tilly, six ("doggy"). On the drawing: Bea, a design intern typing in lowercase ("quick q", "dead centre");
Lukas, an Austrian carpenter ("Servus", "the square counted as well"); Dolores, a retired Puerto Rican seamstress who
calls the shapes pieces ("Ay", "mija"); Ravi, a colour-blind accountant ("Those are the two I mix up"); Hamish, seven;
Theo, a barista ("like, across the bottom"); Aunty Grace, a Nigerian church-choir aunty ("my dear", "Is it that ...");
and Sunita, a speech therapist practising shape words with a little boy.

Sentence shapes: plain questions, fronted topics and places ("The spheres, which colours they have?", "Behind the big
green cylinder, how many objects there are?", "Along the top row, ..."), two-step chains told as a little route ("Kindly
follow me: to the left of ... there is a cube, and behind that cube ..."), tags ("abi?", "is correct?", "or not?",
"ain't it?", "no?", "right?"), questions wrapped in a reason ("for the claim", "for the ticket", "I'm colour-blind, so
bear with me"), counts said several ways ("How much red things", "all told", "how many piles would I end up with?",
"Quick headcount"), negatives and exceptions ("not made of rubber", "aren't brown", "neither blue nor small", "but not
the gray ones", "Leaving the red cube out of it", "Apart from the circles", "ain't white"), comparisons ("the same
number of metal ones as rubber ones", "outnumber", "Fewer ... or not?", "more blue shapes than red and green ones put
together", "which one's the bigger?") and two checks at once ("is large, and ... made of rubber", "small and rubber,
correct or not?", "The car's white and the bus is red").

The questions cover counts (with conditions, "not", "neither ... nor", "or", "put together"), existence, an attribute of
one thing, yes/no checks of one value, two checks at once, comparisons of counts ("more", "fewer", "as many as", "the
same number", "outnumber") and of attributes (same colour, size, shape or material), quantifiers ("all", "every",
"both", "most"), exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs only their stated
relations: on, near, holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop chains,
superlatives and ordinals, other things sharing a value, which of two things is the bigger, lists of values, the number
of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and the text on
the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (5, 7, 11, 24, 26, 28, 29, 31, 41,
42, 43, 45, 46 and 47; one or two people to a scene), about 30% about the photo-like graphs (street, kitchen, park) and
20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the person's other
questions (prices and values, opinions and taste, what happens next, why, names and makers, the world outside the
picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of an
object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations
and attributes leave open (no "what is left of the blue cup", as the eye sees the red cup and the fork there too though
the graph states only the plate). A which-side question is answered with the side; a "which is bigger" between two
things is asked only where their size classes differ, and answered with the word that tells the bigger one from the
other (its shape, or its colour where both are cylinders). A count of rectangles says whether the square counts, and its
gold takes the rectangles and the squares together. Answers are the graph's words (gray, not grey; sphere, not ball;
"brown, green, purple, yellow" for a list, most frequent first, ties alphabetical); yes/no answers are "yes" or "no"
whatever the tag ("abi?", "correct or not?"). Every gold program and answer comes from the scene by plain Python,
through the shared helpers of blind_gold.py and blind_helpers.py (which raise where a description is not unique or an
order or place is too close to call).

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or tasks/),
its tests or any other question set or builder; the only files read were build_blind66.py (its docstring, helpers and
code, for the format, the gold program language and the conventions), blind_gold.py and blind_helpers.py (the helpers
imported here), the first five lines of blind66.jsonl (for the line format), plus the scenes themselves
(photo_scenes.json and the CLEVR val scenes file, inspected with small Python snippets). No question was run through
nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind80.py`` to write ``../blind80.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind80.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def colours(s, ids) -> str:
    """The number of different colours among CLEVR objects ids."""
    return str(len({s.a(i, "color") for i in ids}))


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 5: small cyan metal sph (front), large purple rubber sph (right), large brown metal sph, small purple rubber sph (far left), small red rubber cube (back), large brown metal cube, large blue rubber cube (far right), small green rubber cyl

# --- Glenys, a retired Welsh postmistress; chatty
C(
    "count",
    5,
    "Hello there. How many balls are in this picture, bach? I make it four but I've had my glasses off.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    5,
    "The two brown ones — the big ball and the big box — are they made of the same stuff, would you say?",
    "same(f(scene(), color=brown), material)",
    lambda s: alike(s, s.f(color="brown"), "material"),
)
C(
    "attribute",
    5,
    "What colour is the little tube-shaped one, the cylinder?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "quantifier",
    5,
    "Are all the big ones metal, then?",
    "not_(exist(fn(f(scene(), size=large), material=metal)))",
    lambda s: every(s, s.f(size="large"), material="metal"),
)
C(
    "superlative",
    5,
    "Which one's right at the very front, nearest to me? Just the colour, there's lovely.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(5, "Was this done on one of those computer programs? Which one, do you know? Our Rhys would want to know.")

# --- Kwame, a Ghanaian accountant; precise and polite
C(
    "negation",
    5,
    "Good afternoon. Kindly tell me the number of objects that are not made of rubber.",
    "count(fn(scene(), material=rubber))",
    lambda s: n(lacking(s, s.all(), material="rubber")),
)
C(
    "compare_count",
    5,
    "Are the cubes more in number than the cylinders? Please confirm.",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
C(
    "spatial",
    5,
    "How many objects are positioned behind the large brown sphere?",
    "count(rel(u(f(sel(sphere), size=large, color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="large", color="brown"))),
)
C(
    "chain",
    5,
    "Kindly follow me: to the left of the cyan sphere there is a cube, and behind that cube there is exactly one object. What is the colour of that object?",
    "q(u(rel(u(f(rel(u(f(sel(sphere), color=cyan)), left), shape=cube)), behind)), color)",
    lambda s: s.a(hop(s, hop(s, s.the(shape="sphere", color="cyan"), "left", shape="cube"), "behind"), "color"),
)
C(
    "two_clause",
    5,
    "Please confirm two things at once: that the blue cube is large, and that it is made of rubber.",
    "and_(verify(u(f(sel(cube), color=blue)), size, large), verify(u(f(sel(cube), color=blue)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="blue"), "size") == "large"
        and s.a(s.the(shape="cube", color="blue"), "material") == "rubber"
    ),
)
C(
    "list",
    5,
    "Kindly list the colours of the large objects.",
    "values(f(scene(), size=large), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(size="large")),
)

# scene 7: small gray metal cyl, large purple rubber sph (left), large red rubber cube, small gray metal cube (far left), large brown metal cube (front), small purple metal cyl (back), small cyan rubber cyl (right), small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (far right)

# --- Brian, a Dublin taxi driver
C("count", 7, "How many of them cylinder yokes are in it?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "attribute",
    7,
    "There's only the one ball — what colour would that be?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "compare_count",
    7,
    "Would there be the same number of metal ones as rubber ones, d'you think?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "spatial",
    7,
    "Yer man, the big yellow cube over on the right — how many things are sitting in front of him?",
    "count(rel(u(f(sel(cube), size=large, color=yellow)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="yellow"))),
)
C(
    "same_attr",
    7,
    "Leaving the red cube out of it, how many other things are the same shape as it?",
    "count(same_attr(u(f(sel(cube), color=red)), shape))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "shape")),
)
X(7, "Is that purple ball going to roll off the edge there, d'you reckon?")

# scene 11: small brown metal cyl, large yellow metal sph (left), small green metal cube, small brown rubber sph (front), small gray metal cyl, small green rubber sph (right), large blue metal cube (back), large brown rubber sph, large brown metal cyl, small purple rubber sph (far left)

# --- Inés, a Spanish pharmacist
C(
    "count",
    11,
    "Hello, how many brown objects there are in the picture?",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "list",
    11,
    "The spheres, which colours they have? Tell me all of them, please.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "compare_attr",
    11,
    "The two green objects, they are of the same material?",
    "same(f(scene(), color=green), material)",
    lambda s: alike(s, s.f(color="green"), "material"),
)
C(
    "verify",
    11,
    "The big blue cube is of metal, is correct?",
    "verify(u(f(sel(cube), size=large, color=blue)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="blue"), "material") == "metal"),
)
C(
    "superlative",
    11,
    "Which object is the most to the left? I need only the shape.",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
X(11, "These balls, they are for some game? How it is called, this game?")

# --- Dale, an Australian shearer
C(
    "count",
    11,
    "G'day. How many big fellas in this lot, mate?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "negation",
    11,
    "How many of the balls aren't brown?",
    "count(fn(sel(sphere), color=brown))",
    lambda s: n(lacking(s, s.f(shape="sphere"), color="brown")),
)
C("exist", 11, "Anything red in there at all?", "exist(f(scene(), color=red))", lambda s: yes(bool(s.f(color="red"))))
C(
    "spatial",
    11,
    "That little gray cylinder — is it off to the right of the big brown cylinder, d'you reckon?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=brown)), right), size=small, color=gray, shape=cylinder))",
    lambda s: is_rel(
        s,
        {"shape": "cylinder", "size": "small", "color": "gray"},
        "right",
        {"shape": "cylinder", "size": "large", "color": "brown"},
    ),
)
C(
    "compare_size",
    11,
    "Which is bigger, mate — the green cube or the yellow ball?",
    "q(u(f(union(f(sel(cube), color=green), f(sel(sphere), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="green"), s.the(shape="sphere", color="yellow")),
)
C(
    "chain",
    11,
    "Behind the little green cube there's a gray thing. Is that one metal or rubber?",
    "choose(u(f(rel(u(f(sel(cube), size=small, color=green)), behind), color=gray)), material, [metal, rubber])",
    lambda s: s.a(hop(s, s.the(shape="cube", size="small", color="green"), "behind", color="gray"), "material"),
)

# scene 24: small red metal cube, large red rubber cyl (front), large green metal cube (far right), small brown metal cyl (far left), large gray metal cube (right), large red metal sph, small yellow rubber cube (left), large red metal sph (back), large brown rubber cube, small gray rubber cube

# --- Marjorie, an Ohio church organist
C(
    "count",
    24,
    "Oh my, there are a lot of boxes in this one. How many cubes are there, dear?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    24,
    "Are the two red balls the same size, would you say?",
    "same(f(sel(sphere), color=red), size)",
    lambda s: alike(s, s.f(shape="sphere", color="red"), "size"),
)
C(
    "quantifier",
    24,
    "Is every one of the red things made of metal?",
    "not_(exist(fn(f(scene(), color=red), material=metal)))",
    lambda s: every(s, s.f(color="red"), material="metal"),
)
C(
    "number",
    24,
    "If I sorted the cubes into piles by color, how many piles would I end up with?",
    "nvalues(sel(cube), color)",
    lambda s: colours(s, s.f(shape="cube")),
)
C(
    "spatial",
    24,
    "Is the little yellow cube to the left of the big brown cube?",
    "exist(f(rel(u(f(sel(cube), size=large, color=brown)), left), size=small, color=yellow, shape=cube))",
    lambda s: is_rel(
        s,
        {"shape": "cube", "size": "small", "color": "yellow"},
        "left",
        {"shape": "cube", "size": "large", "color": "brown"},
    ),
)
X(24, "What do you suppose the person was thinking, setting them all out like this?")

# --- Yusuf, a Turkish grocer in Berlin
C("count", 24, "How much red things you have here?", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "superlative",
    24,
    "Which one is most far in the back? Which colour?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "negation",
    24,
    "Cubes, but not the gray ones — how many?",
    "count(fn(sel(cube), color=gray))",
    lambda s: n(lacking(s, s.f(shape="cube"), color="gray")),
)
C(
    "chain",
    24,
    "Behind the big green cube is one gray thing. And behind this gray thing is a ball. Which colour is the ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=large, color=green)), behind), color=gray)), behind), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="large", color="green"), "behind", color="gray"),
            "behind",
            shape="sphere",
        ),
        "color",
    ),
)
C(
    "compare_size",
    24,
    "The brown cylinder and the red cylinder — which one is bigger? Tell me the colour.",
    "q(u(f(union(f(sel(cylinder), color=brown), f(sel(cylinder), color=red)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="brown"), s.the(shape="cylinder", color="red"), "color"),
)
C("exist", 24, "Is there something blue?", "exist(f(scene(), color=blue))", lambda s: yes(bool(s.f(color="blue"))))

# scene 26: large brown metal cyl (far left), large green metal sph, small purple metal cube (front), large cyan metal sph, small green metal cyl (back), small purple rubber cube (far right), small green metal sph, large green metal cyl

# --- Arjun, twelve, in Bangalore, doing a school quiz
C(
    "count",
    26,
    "How many green objects are there in the image?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "compare_count",
    26,
    "Are cylinders and spheres equal in number?",
    "eq(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="sphere"))),
)
C(
    "attribute",
    26,
    "Only one object is made of rubber. What is its shape?",
    "q(u(f(scene(), material=rubber)), shape)",
    lambda s: s.a(only(s.f(material="rubber")), "shape"),
)
C(
    "superlative",
    26,
    "Which object is second from the front? Please tell the colour.",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "color"),
)
C(
    "compare_attr",
    26,
    "Both purple cubes are same size or not?",
    "same(f(sel(cube), color=purple), size)",
    lambda s: alike(s, s.f(shape="cube", color="purple"), "size"),
)
C(
    "exist",
    26,
    "Is there any yellow object?",
    "exist(f(scene(), color=yellow))",
    lambda s: yes(bool(s.f(color="yellow"))),
)

# --- Pauline, a retired French nurse
C(
    "count",
    26,
    "Good morning. How many little objects there are?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "quantifier",
    26,
    "All the spheres are in metal?",
    "not_(exist(fn(sel(sphere), material=metal)))",
    lambda s: every(s, s.f(shape="sphere"), material="metal"),
)
C(
    "same_attr",
    26,
    "The big cyan sphere — how many other objects have the same size as her?",
    "count(same_attr(u(f(sel(sphere), size=large, color=cyan)), size))",
    lambda s: n(others(s, s.the(shape="sphere", size="large", color="cyan"), "size")),
)
C(
    "spatial",
    26,
    "Behind the big green cylinder, how many objects there are?",
    "count(rel(u(f(sel(cylinder), size=large, color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="large", color="green"))),
)
C(
    "position",
    26,
    "The brown cylinder, it is on the left side or the right side of the image?",
    "choose(u(f(sel(cylinder), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="brown")),
)
X(26, "These little objects, they are dangerous if a small child swallows one?")

# scene 28: large red metal cyl (front), small red rubber cyl (right), large purple rubber cyl (back), small brown metal sph (left)

# --- Walt, a retired Minnesota dairy farmer
C(
    "count",
    28,
    "Not much to this one. How many cylinders, then?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    28,
    "Them two red cylinders, are they made of the same stuff?",
    "same(f(sel(cylinder), color=red), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="red"), "material"),
)
C(
    "superlative",
    28,
    "Which one's sittin' closest up front? What's it made of?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C(
    "compare_size",
    28,
    "Between the brown ball and the purple cylinder, which one's the bigger?",
    "q(u(f(union(f(sel(sphere), color=brown), f(sel(cylinder), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="brown"), s.the(shape="cylinder", color="purple")),
)
C(
    "position",
    28,
    "That little red cylinder — over on the left side of the picture or the right?",
    "choose(u(f(sel(cylinder), size=small, color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="small", color="red")),
)
X(28, "Ya know, that big red one looks like a grain bin. How many bushels would a bin like that hold, ya think?")

# scene 29: large cyan metal sph (back), large cyan rubber cyl, large red metal cyl (left, front), small brown rubber sph (right)

# --- Olu, a Lagos phone-repair man
C(
    "count",
    29,
    "Please, how many big objects are there?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "compare_attr",
    29,
    "The two cyan ones — are they the same shape?",
    "same(f(scene(), color=cyan), shape)",
    lambda s: alike(s, s.f(color="cyan"), "shape"),
)
C(
    "attribute",
    29,
    "The small one, which colour is it?",
    "q(u(f(scene(), size=small)), color)",
    lambda s: s.a(only(s.f(size="small")), "color"),
)
C(
    "spatial",
    29,
    "Is the red cylinder in front of the cyan ball?",
    "exist(f(rel(u(f(sel(sphere), color=cyan)), front), color=red, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "red"}, "front", {"shape": "sphere", "color": "cyan"}),
)
C(
    "superlative",
    29,
    "Oya, the one that is furthest to the right — what shape is it?",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "quantifier",
    29,
    "Both balls are metal abi?",
    "not_(exist(fn(sel(sphere), material=metal)))",
    lambda s: every(s, s.f(shape="sphere"), material="metal"),
)
X(29, "How much will this kind of metal ball cost for market?")

# scene 31: small cyan rubber cyl, large green metal cyl (right), large blue metal sph, small red metal cyl (back), small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph (far left), small brown rubber cyl

# --- Hannah, a Berlin PhD student in a hurry
C(
    "count",
    31,
    "Quick question, how many spheres are in this image?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    31,
    "Is it right that most of the objects are small?",
    "gt(count(f(scene(), size=small)), count(fn(scene(), size=small)))",
    lambda s: most([s.a(i, "size") == "small" for i in s.all()]),
)
C(
    "compare_attr",
    31,
    "The two blue spheres — do they have the same size?",
    "same(f(sel(sphere), color=blue), size)",
    lambda s: alike(s, s.f(shape="sphere", color="blue"), "size"),
)
C(
    "spatial",
    31,
    "How many cylinders stand to the left of the gray sphere?",
    "count(f(rel(u(f(sel(sphere), color=gray)), left), shape=cylinder))",
    lambda s: n(among(s, related(s, "left", s.the(shape="sphere", color="gray")), shape="cylinder")),
)
C(
    "two_clause",
    31,
    "And is the cube both purple and made of rubber?",
    "and_(verify(u(sel(cube)), color, purple), verify(u(sel(cube)), material, rubber))",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "purple" and s.a(s.the(shape="cube"), "material") == "rubber"),
)
C(
    "compare_size",
    31,
    "Which is bigger, the green cylinder or the red one?",
    "q(u(f(union(f(sel(cylinder), color=green), f(sel(cylinder), color=red)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="green"), s.the(shape="cylinder", color="red"), "color"),
)

# --- Denny, a London bus driver on his break
C("count", 31, "Go on then, how many cylinders are there?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "attribute",
    31,
    "What's the big green one made of?",
    "q(u(f(scene(), size=large, color=green)), material)",
    lambda s: s.a(only(s.f(size="large", color="green")), "material"),
)
C(
    "superlative",
    31,
    "What's right at the front of the lot? Colour, please.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_count",
    31,
    "Fewer rubber things than metal ones, or not?",
    "lt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) < len(s.f(material="metal"))),
)
C(
    "same_attr",
    31,
    "The little cyan cylinder — how many others are that colour?",
    "count(same_attr(u(f(sel(cylinder), size=small, color=cyan)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="small", color="cyan"), "color")),
)
C(
    "spatial",
    31,
    "The red cylinder — is that sat behind the purple cube?",
    "exist(f(rel(u(f(sel(cube), color=purple)), behind), color=red, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "red"}, "behind", {"shape": "cube", "color": "purple"}),
)

# scene 41: small yellow metal cyl, small purple rubber cyl (front), large gray rubber sph, large yellow metal cyl (left), small red metal cyl, small brown rubber sph (back), large blue metal sph, large cyan metal cyl (right), large blue metal cube, small yellow rubber sph

# --- Carol, an insurance claims adjuster
C(
    "count",
    41,
    "For the claim I need a count of everything yellow in the shot.",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "verify",
    41,
    "The lone cube — is it blue?",
    "verify(u(sel(cube)), color, blue)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "blue"),
)
C(
    "compare_count",
    41,
    "Do the cylinders outnumber the spheres?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "list",
    41,
    "Itemise the colours of the cylinders for me, please.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "superlative",
    41,
    "Which item is furthest to the back? I need its material.",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
X(41, "What's the replacement value on that blue cube, roughly?")

# --- Mateusz, a Polish builder
C("count", 41, "How many small things is here?", "count(f(scene(), size=small))", lambda s: n(s.f(size="small")))
C(
    "spatial",
    41,
    "The big blue ball, it stands in front of the gray ball?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), front), size=large, color=blue, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "size": "large", "color": "blue"}, "front", {"shape": "sphere", "color": "gray"}
    ),
)
C(
    "chain",
    41,
    "Right from the purple cylinder stands a cube, and right from this cube is a cylinder. This cylinder is big or small?",
    "choose(u(f(rel(u(f(rel(u(f(sel(cylinder), color=purple)), right), shape=cube)), right), shape=cylinder)), size, [large, small])",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="purple"), "right", shape="cube"), "right", shape="cylinder"),
        "size",
    ),
)
C(
    "negation",
    41,
    "Cylinders without the yellow ones — how many?",
    "count(fn(sel(cylinder), color=yellow))",
    lambda s: n(lacking(s, s.f(shape="cylinder"), color="yellow")),
)
C(
    "compare_size",
    41,
    "What is bigger, the cube or the red cylinder?",
    "q(u(f(union(sel(cube), f(sel(cylinder), color=red)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube"), s.the(shape="cylinder", color="red")),
)
C(
    "superlative",
    41,
    "Which thing is second from the left? Shape only.",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)

# scene 42: small yellow rubber sph, small gray rubber cyl (back), small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl (left), small blue rubber sph (far left), large yellow metal sph (front, far right)

# --- Beth, a nurse at the end of a night shift
C(
    "count",
    42,
    "Sorry, long shift — how many blue things are there?",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "negation",
    42,
    "And how many are neither blue nor small?",
    "count(fn(fn(scene(), color=blue), size=small))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "blue" and s.a(i, "size") != "small"]),
)
C(
    "attribute",
    42,
    "What's the big ball made of?",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "compare_count",
    42,
    "Are there more rubber things than metal things?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "spatial",
    42,
    "How many things are behind the little gray cube?",
    "count(rel(u(f(sel(cube), size=small, color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="small", color="gray"))),
)
X(42, "Honestly, what's the point of these pictures? Why would anyone make them?")

# scene 43: large yellow metal cube, large cyan metal sph (far right), small blue metal cyl (front), small cyan metal sph (right), large blue metal cube, large green rubber cube (back), large gray rubber sph (far left), small cyan rubber sph

# --- Joe, eighty, typing slowly
C(
    "count",
    43,
    "how many balls are there...i count 4 but my eyes arent great",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    43,
    "what color is the little cylinder up front",
    "q(u(f(sel(cylinder), size=small)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "color"),
)
C(
    "compare_attr",
    43,
    "are the yellow box and the blue box the same size",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cube), color=blue)), size)",
    lambda s: yes(s.a(s.the(shape="cube", color="yellow"), "size") == s.a(s.the(shape="cube", color="blue"), "size")),
)
C("exist", 43, "is there anything red in it", "exist(f(scene(), color=red))", lambda s: yes(bool(s.f(color="red"))))
C(
    "superlative",
    43,
    "which thing is farthest to the left..what shape is it",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "compare_count",
    43,
    "are there more balls than boxes",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)

# --- Ximena, a Mexico City dentist
C(
    "count",
    43,
    "How many cyan objects are in the picture, please?",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "quantifier",
    43,
    "All the cubes are big?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)
C(
    "same_attr",
    43,
    "How many other objects are made of the same material as the green cube?",
    "count(same_attr(u(f(sel(cube), color=green)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="green"), "material")),
)
C(
    "compare_size",
    43,
    "Which is bigger: the gray sphere or the blue cylinder?",
    "q(u(f(union(f(sel(sphere), color=gray), f(sel(cylinder), color=blue)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="gray"), s.the(shape="cylinder", color="blue")),
)
C(
    "chain",
    43,
    "To the left of the yellow cube there is a cylinder. What color is it?",
    "q(u(f(rel(u(f(sel(cube), color=yellow)), left), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="yellow"), "left", shape="cylinder"), "color"),
)
X(43, "Do you think these colors would look nice in my clinic's waiting room?")

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl (left), small cyan metal cube (far right), large gray metal sph, large red metal sph (front), large cyan rubber sph (back), small yellow metal cyl (far left)

# --- Fergus, a Scottish golf caddie
C(
    "count",
    45,
    "How many balls have we got? Just the round ones.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    45,
    "Are the three balls all the same size?",
    "same(sel(sphere), size)",
    lambda s: alike(s, s.f(shape="sphere"), "size"),
)
C(
    "spatial",
    45,
    "How many things lie to the right of the big gray ball?",
    "count(rel(u(f(sel(sphere), size=large, color=gray)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", size="large", color="gray"))),
)
C(
    "superlative",
    45,
    "What colour's the ball that's furthest back?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "verify",
    45,
    "The wee yellow cylinder — metal, is it?",
    "verify(u(f(sel(cylinder), size=small, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="small", color="yellow"), "material") == "metal"),
)
C(
    "count",
    45,
    "And how many things are gray, all told?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)

# --- Mei, a Singaporean secondary student
C("count", 45, "How many cubes got in this picture ah?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_count",
    45,
    "Got same number of cubes and cylinders or not?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "negation",
    45,
    "How many things are not gray one?",
    "count(fn(scene(), color=gray))",
    lambda s: n(lacking(s, s.all(), color="gray")),
)
C("number", 45, "Altogether got how many different colours?", "nvalues(scene(), color)", lambda s: colours(s, s.all()))
C(
    "two_clause",
    45,
    "The red cube is small and rubber, correct or not?",
    "and_(verify(u(f(sel(cube), color=red)), size, small), verify(u(f(sel(cube), color=red)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="red"), "size") == "small"
        and s.a(s.the(shape="cube", color="red"), "material") == "rubber"
    ),
)
C(
    "chain",
    45,
    "Behind the red cube got one ball. What colour is the ball ah?",
    "q(u(f(rel(u(f(sel(cube), color=red)), behind), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="red"), "behind", shape="sphere"), "color"),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph (back), large cyan rubber cyl, small green rubber sph (far left), small purple metal sph (far right), large red rubber cube (front), small purple rubber cube

# --- Ibrahim, a Cairo-born chemistry teacher in Manchester
C(
    "count",
    46,
    "Could you tell me how many objects in the image are made of rubber?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "compare_attr",
    46,
    "Do the two cyan cylinders share the same size?",
    "same(f(sel(cylinder), color=cyan), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="cyan"), "size"),
)
C(
    "superlative",
    46,
    "Which sphere is nearest the front? I'd like its colour.",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "chain",
    46,
    "To the left of the red sphere there is a cylinder, and to the right of that cylinder there is a second cylinder. Is the second one large or small?",
    "choose(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), left), shape=cylinder)), right), shape=cylinder)), size, [large, small])",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="red"), "left", shape="cylinder"), "right", shape="cylinder"), "size"
    ),
)
C(
    "list",
    46,
    "Which colours appear among the spheres?",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
X(46, "Speaking as a chemist — which alloy would the metal ones actually be made of?")

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (far right), small blue rubber cyl (back), small purple metal cube (right), small yellow metal sph (far left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph (front)

# --- Kirsty, a Geordie hairdresser
C(
    "count",
    47,
    "Howay, how many purple ones are there, pet?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "compare_attr",
    47,
    "Them two yellow balls, are they the same size?",
    "same(f(sel(sphere), color=yellow), size)",
    lambda s: alike(s, s.f(shape="sphere", color="yellow"), "size"),
)
C(
    "quantifier",
    47,
    "Are all the cubes rubber, like?",
    "not_(exist(fn(sel(cube), material=rubber)))",
    lambda s: every(s, s.f(shape="cube"), material="rubber"),
)
C(
    "compare_size",
    47,
    "Which one's bigger, the cyan cylinder or the red cylinder?",
    "q(u(f(union(f(sel(cylinder), color=cyan), f(sel(cylinder), color=red)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="cyan"), s.the(shape="cylinder", color="red"), "color"),
)
C(
    "superlative",
    47,
    "What's the one right at the back? What colour's that?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(47, "Which of these colours would suit me for a bit of a change, d'ya think?")

# --- Tariq, a Bradford shopkeeper
C("count", 47, "How many cubes is there altogether?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "negation",
    47,
    "And how many things aren't cubes?",
    "count(fn(scene(), shape=cube))",
    lambda s: n(lacking(s, s.all(), shape="cube")),
)
C(
    "spatial",
    47,
    "Is the little yellow ball to the left of the big yellow ball?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=yellow)), left), size=small, color=yellow, shape=sphere))",
    lambda s: is_rel(
        s,
        {"shape": "sphere", "size": "small", "color": "yellow"},
        "left",
        {"shape": "sphere", "size": "large", "color": "yellow"},
    ),
)
C(
    "chain",
    47,
    "Behind the red cube there's a cube — what colour is it?",
    "q(u(f(rel(u(f(sel(cube), color=red)), behind), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="red"), "behind", shape="cube"), "color"),
)
C(
    "same_attr",
    47,
    "How many other things are made of the same stuff as the shiny purple cube?",
    "count(same_attr(u(f(sel(cube), color=purple, material=metal)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="purple", material="metal"), "material")),
)
C(
    "exist",
    47,
    "Is there summat green in there anywhere?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right, right of the bus), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Gus, a Boston parking officer writing a ticket
P(
    "text",
    "street",
    "What's painted on the road there? I need the exact wording for the ticket.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "spatial",
    "street",
    "The white car — is that parked to the left of the bus?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P(
    "count",
    "street",
    "How many vehicles we looking at? Cars, buses, whatever.",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "text",
    "street",
    "And the red sign up in the corner, what's it read?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "attribute",
    "street",
    "Car color, for the report?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P("count", "street", "How many guys are in the shot?", "count(sel(man))", lambda p: n(p.f("man")))

# --- Amara, nine
P("count", "street", "how many people are in the picture", "count(sel(person))", lambda p: n(people(p)))
P("attribute", "street", "what colour is the doggy", "q(u(sel(dog)), color)", lambda p: p.value(p.the("dog"), "color"))
P(
    "spatial",
    "street",
    "is the lady in green holding the doggy",
    "exist(f(rel(u(sel(dog)), holding, name=woman), color=green))",
    lambda p: yes(any(p.value(o, "color") == "green" for o in named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
P("exist", "street", "is there a cat", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P("text", "street", "what does it say on the bus", "q(u(sel(bus)), text)", lambda p: p.value(p.the("bus"), "text"))
P(
    "compare_attr",
    "street",
    "is the bus the same colour as the car",
    "same(u(sel(bus)), u(sel(car)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("car"), "color")),
)
X("street", "is the doggy a boy or a girl")

# --- Jun, a Korean tourist
P(
    "attribute",
    "street",
    "Excuse me, this bus, what colour it is?",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P(
    "spatial",
    "street",
    "The tree is behind the bus, right?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "chain",
    "street",
    "The man on the right side, his necktie is what colour?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="right")), "color"),
)
P(
    "negation",
    "street",
    "How many people are not wearing a necktie?",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([o for o in people(p) if o not in wearers(p, "tie")]),
)
P(
    "compare_attr",
    "street",
    "The two neckties, they are same colour?",
    "same(sel(tie), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("tie")}) == 1),
)
X("street", "This city is Madrid or Barcelona? I want to visit there.")

# --- Vikram, a Leicester driving instructor
P(
    "where",
    "street",
    "Is the stop sign on the left of the bus or on the right of it?",
    "choose_rel(u(sel(sign)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("sign"), p.the("bus"), ("left", "right")),
)
P(
    "where",
    "street",
    "And the woman — is she stood in front of the bus or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "count",
    "street",
    "How many pedestrians are stood to the left of the bus?",
    "count(rel(u(sel(bus)), left, name=person))",
    lambda p: n([o for o in p.subjects("left", p.the("bus")) if o in people(p)]),
)
P(
    "two_clause",
    "street",
    "The car's white and the bus is red — have I got both right?",
    "and_(verify(u(sel(car)), color, white), verify(u(sel(bus)), color, red))",
    lambda p: yes(p.value(p.the("car"), "color") == "white" and p.value(p.the("bus"), "color") == "red"),
)
P(
    "superlative",
    "street",
    "Of the three people, who's furthest left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
X("street", "Would that white car pass its MOT, do you reckon?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a silver metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Colette, a Quebec home-care worker
P(
    "text",
    "kitchen",
    "The clock on the wall, it says what time?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "count",
    "kitchen",
    "How many things there is on the table, in total?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "attribute",
    "kitchen",
    "The woman, she wears what colour?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "spatial",
    "kitchen",
    "The plate is at the right of the red cup?",
    "vrel(u(f(sel(cup), color=red)), right, name=plate)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("cup", color="red")), "plate"))),
)
P(
    "compare_attr",
    "kitchen",
    "The bottle and the table, they are the same colour?",
    "same(u(sel(bottle)), u(sel(table)), color)",
    lambda p: yes(p.value(p.the("bottle"), "color") == p.value(p.the("table"), "color")),
)
P(
    "verify",
    "kitchen",
    "The table is made in wood, no?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)

# --- Rob, a tired dad at breakfast
P("count", "kitchen", "How many cups are out? The kids keep nicking them.", "count(sel(cup))", lambda p: n(p.f("cup")))
P("exist", "kitchen", "Is there a spoon anywhere?", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
P(
    "chain",
    "kitchen",
    "The cup to the right of the bottle — what colour's that one?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "text",
    "kitchen",
    "What's written on the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "compare_count",
    "kitchen",
    "Are there more cups than plates out?",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P(
    "attribute",
    "kitchen",
    "What colour's the plate?",
    "q(u(sel(plate)), color)",
    lambda p: p.value(p.the("plate"), "color"),
)

# --- Anh, a Vietnamese student in Melbourne
P(
    "count",
    "kitchen",
    "How many white thing on the table?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
P(
    "superlative",
    "kitchen",
    "Which cup is most on right? What colour?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "number",
    "kitchen",
    "The cups have how many different colour?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "attribute",
    "kitchen",
    "The fork, what colour it is?",
    "q(u(sel(fork)), color)",
    lambda p: p.value(p.the("fork"), "color"),
)
P(
    "list",
    "kitchen",
    "Things on the table, what colours they are? Please tell all.",
    "values(rel(u(sel(table)), on), color)",
    lambda p: listed(p.value(o, "color") for o in on_table(p)),
)
X("kitchen", "In Vietnam we eat with chopstick. Why they use fork here?")

# --- Big Mike, a New Jersey diner owner
P(
    "negation",
    "kitchen",
    "Lemme ask ya, how many cups ain't white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "quantifier",
    "kitchen",
    "Everything on that table — is it all cups?",
    "not_(exist(diff(rel(u(sel(table)), on), sel(cup))))",
    lambda p: yes(all(p.name(o) == "cup" for o in on_table(p))),
)
P(
    "position",
    "kitchen",
    "The lady — she on the left or the right side of the picture?",
    "choose(u(sel(woman)), hposition, [left, right])",
    lambda p: p.value(p.the("woman"), "hposition"),
)
P(
    "verify",
    "kitchen",
    "That bottle's green, ain't it?",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
P(
    "spatial",
    "kitchen",
    "The clock — it's hangin' up above the table, right?",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
X("kitchen", "What'd a table like that run me at a restaurant supply place?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Ruth, a retired birdwatcher
P("count", "park", "How many people are out enjoying the park, all told?", "count(sel(person))", lambda p: n(people(p)))
P(
    "attribute",
    "park",
    "What is the bench made of, if I may ask?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "spatial",
    "park",
    "Is there a tree behind the woman in red?",
    "vrel(u(f(sel(woman), color=red)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("woman", color="red")), "tree"))),
)
P(
    "compare_count",
    "park",
    "Are there as many women as there are children?",
    "eq(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) == len(children(p))),
)
P(
    "superlative",
    "park",
    "Who is standing furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("park", "What sort of birds would one expect to see in a park like this?")

# --- Jess, a Saturday park-run volunteer
P("count", "park", "Morning! Quick headcount — how many kids?", "count(sel(child))", lambda p: n(children(p)))
P(
    "chain",
    "park",
    "What colour's the thing the lad's throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "where",
    "park",
    "Which side of the bench is the bike on, left or right?",
    "choose_rel(u(sel(bicycle)), [left, right], role=object, name=bench)",
    lambda p: photo_side(p, p.the("bicycle"), p.the("bench"), ("left", "right")),
)
P(
    "compare_attr",
    "park",
    "The two dogs — same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P("exist", "park", "Is there a ball anywhere?", "exist(sel(ball))", lambda p: yes(bool(p.f("ball"))))
P(
    "superlative",
    "park",
    "Who's second from the left?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)

# --- Stelios, a Greek cafe owner in Melbourne
P(
    "spatial",
    "park",
    "The girl, she has a dog near to her?",
    "vrel(u(sel(girl)), near, name=dog)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("girl")), "dog"))),
)
P(
    "chain",
    "park",
    "This dog near the girl, what colour he is?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "count",
    "park",
    "How many things are green in this picture?",
    "count(f(scene(), color=green))",
    lambda p: n(p.f(color="green")),
)
P(
    "position",
    "park",
    "The bicycle is on left or right side of picture?",
    "choose(u(sel(bicycle)), hposition, [left, right])",
    lambda p: p.value(p.the("bicycle"), "hposition"),
)
P(
    "verify",
    "park",
    "The woman near the bicycle wears white?",
    "verify(u(rel(u(sel(bicycle)), near, name=woman)), color, white)",
    lambda p: yes(p.value(only(named(p, p.subjects("near", p.the("bicycle")), "woman")), "color") == "white"),
)
X("park", "This park is in Athens? It looks like my village.")

# --- Tilly, six
P("count", "park", "how many doggies are there", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "attribute",
    "park",
    "what colour is the girls dress",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P("exist", "park", "is there a swing", "exist(sel(swing))", lambda p: yes(bool(p.f("swing"))))
P(
    "spatial",
    "park",
    "is the black doggy near the lady in red",
    "exist(f(rel(u(f(sel(woman), color=red)), near, name=dog), color=black))",
    lambda p: yes(
        any(p.value(o, "color") == "black" for o in named(p, p.subjects("near", p.the("woman", color="red")), "dog"))
    ),
)
P(
    "verify",
    "park",
    "is the frisbee yellow",
    "verify(u(sel(frisbee)), color, yellow)",
    lambda p: yes(p.value(p.the("frisbee"), "color") == "yellow"),
)
X("park", "will the doggies catch the frisbee")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Bea, a design intern typing in lowercase
P(
    "count",
    "shapes",
    "quick q — how many blue shapes are on here?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "position",
    "shapes",
    "what's sitting dead centre?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "list",
    "shapes",
    "which colours are the big shapes? just list them",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "compare_attr",
    "shapes",
    "are the square and the hexagon the same colour",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "number",
    "shapes",
    "how many different colours are in the top row",
    "nvalues(f(scene(), vposition=top), color)",
    lambda p: colour_count(p, p.f(vposition="top")),
)
X("shapes", "which font would go best with this palette?")

# --- Lukas, an Austrian carpenter
P(
    "count",
    "shapes",
    "Servus. How many rectangles are there, the square counted as well?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "compare_size",
    "shapes",
    "Is the hexagon bigger than the red circle?",
    "larger(u(sel(hexagon)), u(f(sel(circle), color=red)))",
    lambda p: drawn_larger(p, p.the("hexagon"), p.the("circle", color="red")),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, which shape is the most right?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "quantifier",
    "shapes",
    "Are all the circles red?",
    "not_(exist(fn(sel(circle), color=red)))",
    lambda p: yes(all(p.value(o, "color") == "red" for o in p.f("circle"))),
)
P(
    "attribute",
    "shapes",
    "The yellow one, what shape is it?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(only(p.f(color="yellow")), "shape"),
)
P(
    "position",
    "shapes",
    "The square — it is in which row, top or bottom?",
    "choose(u(sel(square)), vposition, [top, bottom])",
    lambda p: p.value(p.the("square"), "vposition"),
)

# --- Dolores, a retired Puerto Rican seamstress who calls the shapes pieces
P(
    "count",
    "shapes",
    "Ay, how many red pieces are there, mija?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "same_attr",
    "shapes",
    "The triangle — is there any other piece the same colour as it?",
    "exist(same_attr(u(sel(triangle)), color))",
    lambda p: yes(
        any(o != p.the("triangle") and p.value(o, "color") == p.value(p.the("triangle"), "color") for o in p.objects)
    ),
)
P(
    "compare_count",
    "shapes",
    "Are there more small pieces than big ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "attribute",
    "shapes",
    "The little circle in the middle — what colour is it?",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
P(
    "position",
    "shapes",
    "Which piece is up in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
X("shapes", "What fabric would look best for a quilt like this, cotton or linen?")

# --- Ravi, a colour-blind accountant
P(
    "attribute",
    "shapes",
    "I'm colour-blind, so bear with me. What colour is the big circle?",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "verify",
    "shapes",
    "Is the hexagon blue, or am I seeing things?",
    "verify(u(sel(hexagon)), color, blue)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "blue"),
)
P(
    "compare_attr",
    "shapes",
    "Are the star and the little circle the same colour?",
    "same(u(sel(star)), u(f(sel(circle), size=small)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="small"), "color")),
)
P(
    "exist",
    "shapes",
    "Is there any green shape in it at all?",
    "exist(f(scene(), color=green))",
    lambda p: yes(bool(p.f(color="green"))),
)
P(
    "count",
    "shapes",
    "How many shapes are red or green? Those are the two I mix up.",
    "count(union(f(scene(), color=red), f(scene(), color=green)))",
    lambda p: n(p.f(color="red") + p.f(color="green")),
)
P(
    "list",
    "shapes",
    "Which colours are in the bottom row? Just name them.",
    "values(f(scene(), vposition=bottom), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="bottom")),
)

# --- Hamish, seven
P("count", "shapes", "how many circles", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "compare_size",
    "shapes",
    "which is bigger the square or the triangle",
    "q(u(f(union(sel(square), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), p.the("triangle")),
)
P("exist", "shapes", "is there a moon", "exist(sel(moon))", lambda p: yes(bool(p.f("moon"))))
P(
    "verify",
    "shapes",
    "is the big circle at the top",
    "verify(u(f(sel(circle), size=large)), vposition, top)",
    lambda p: yes(p.value(p.the("circle", size="large"), "vposition") == "top"),
)
P("count", "shapes", "how many shapes are little ones", "count(f(scene(), size=small))", lambda p: n(p.f(size="small")))
X("shapes", "what will the shapes do when i go to bed")

# --- Theo, a barista
P(
    "count",
    "shapes",
    "How many shapes are there, like, across the bottom?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "superlative",
    "shapes",
    "Along the top row, what's the second one from the right?",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)
P(
    "negation",
    "shapes",
    "How many of the shapes aren't blue?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "two_clause",
    "shapes",
    "Is the star small and red?",
    "and_(verify(u(sel(star)), size, small), verify(u(sel(star)), color, red))",
    lambda p: yes(p.value(p.the("star"), "size") == "small" and p.value(p.the("star"), "color") == "red"),
)
P(
    "compare_count",
    "shapes",
    "Are there more blue shapes than red and green ones put together?",
    "gt(count(f(scene(), color=blue)), count(union(f(scene(), color=red), f(scene(), color=green))))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red")) + len(p.f(color="green"))),
)
P(
    "exist",
    "shapes",
    "Is anything in the top row blue?",
    "exist(f(scene(), vposition=top, color=blue))",
    lambda p: yes(bool(p.f(vposition="top", color="blue"))),
)

# --- Aunty Grace, a Nigerian church-choir aunty
P("count", "shapes", "My dear, how many shapes are there in total?", "count(scene())", lambda p: n(p.objects))
P(
    "position",
    "shapes",
    "The one at the bottom right corner, which colour is it?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "color"),
)
P(
    "quantifier",
    "shapes",
    "Is it that all the big shapes are in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
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
P(
    "compare_size",
    "shapes",
    "Between the yellow rectangle and the hexagon, which one is bigger?",
    "q(u(f(union(f(sel(rectangle), color=yellow), sel(hexagon)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), p.the("hexagon")),
)
X("shapes", "Is this drawing from a Sunday school book? Which publisher printed it, o?")

# --- Sunita, a speech therapist practising shape words with a little boy
P(
    "attribute",
    "shapes",
    "We're practising our shape words today. What shape is the green one?",
    "q(u(f(scene(), color=green)), shape)",
    lambda p: p.value(only(p.f(color="green")), "shape"),
)
P(
    "count",
    "shapes",
    "How many shapes are small and blue?",
    "count(f(scene(), size=small, color=blue))",
    lambda p: n(p.f(size="small", color="blue")),
)
P(
    "superlative",
    "shapes",
    "Which shape is furthest to the left in the bottom row?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
P(
    "verify",
    "shapes",
    "Is the shape in the middle of the bottom row a star?",
    "verify(u(f(scene(), hposition=middle, vposition=bottom)), shape, star)",
    lambda p: yes(p.value(p.the(hposition="middle", vposition="bottom"), "shape") == "star"),
)
P(
    "negation",
    "shapes",
    "Apart from the circles, how many shapes are blue?",
    "count(fn(f(scene(), color=blue), shape=circle))",
    lambda p: n([o for o in p.f(color="blue") if p.value(o, "shape") != "circle"]),
)
X("shapes", "Do you think he'll still remember these words by next week?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
