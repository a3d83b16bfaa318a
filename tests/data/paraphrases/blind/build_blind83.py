# ruff: noqa: E501
"""Blind paraphrase set 83: a twenty-ninth fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits, always understandably to a careful reader. No persona
gimmick runs through the set: they are the people who might type or speak to a picture-question app.

The cast. On the CLEVR pictures: Brian, a retired postman from Swindon, chatty and unhurried ("Morning", "would you
say", "will do me"); Inês, a Portuguese au pair ("How many balls there are", "is from which material?"); Keisha, an ICU
nurse on her break, brisk ("Quick one", "Anything metal in there at all?"); Oskar, fifteen, Swedish, practising his
English ("How many small things is it", "Which colours has the cubes?"); Dev, a delivery driver dictating by voice in a
lay-by, no punctuation ("okay so", "uh"); Margaret, a retired church organist, courteous ("Could you tell me", "would
you say"); Tyler, a college student, offhand ("ok so", "right?", "honestly"); Ahmed, an Egyptian pharmacist writing
formal, slightly foreign English ("Please, how many", "Kindly count", "Of which colour it is?"); Carol, a Minnesota mum
("Oh", "do ya think", "for sure"); Frank, a retired Boston police sergeant ("we lookin' at", "Gimme"); Mei, a Chinese
physics PhD student, exact and a little stiff ("is it right?", "Please list"); Lorraine, a dental receptionist ("Hiya",
"can you see"); Kwame, a Ghanaian minicab driver in London ("Boss", "is it the same number?"); Pete, a plumber ("this
lot", "bits", "stuff"); Sofia, an Italian hairdresser ("Is bigger the ball or ...", "which colour it has?"); Jasmine,
twelve, doing it on her tablet; Gerald, a retired accountant ("a tally", "items", "outnumber"); Ruth, a librarian ("if
you would", "please"); Diego, a Mexican site foreman ("there are?", "what colour is?", "Besides"); Hannah, an Iowa
farmer ("we got", "in there"); Ollie, a London bartender ("mate", "pic"); and Vikram, an IT help-desk worker ("Hi, quick
question", "Just to confirm"). On the photo-like graphs: Linda, a commuter at a bus stop who can't read the bus from
where she is; Marcus, sixteen, a skateboarder in lowercase ("dudes", "the guy on the right"); Anya, a Polish office
cleaner ("How many men is", "which colour are his clothes?", "is correct?"); Tom, a driving instructor ("Road markings",
"tarmac", "in the scene"); Bev, a school cook ("out on that table", "What's she cooking for tea"); Raj, a dad reading
the picture with his daughter ("She's learning to read"); Claire, an interior decorator ("mounted", "I'd guess wood");
Oluwaseun, a Nigerian engineering student ("at the right of", "not so?"); Kevin, a dad at the park ("chucking",
"grown-ups", "kids"); June, a grandmother ("dear", "the lady in red"); Paulo, a Filipino nurse ("ladies", "at the right
side or left side of"); and Becca, a dog groomer ("pups", "the black one"). On the drawing: Chloe, a graphic-design
intern ("canvas", "layout"); Walter, a retired carpenter ("four-sided", "cut these out of plywood"); Priti, eleven;
Lars, a Danish sign-maker ("placed", "lower row"); Denise, an occupational therapist doing an exercise with a patient;
Sergio, a Spanish warehouse worker ("the rectangle yellow", "Say me all", "more big"); Abby, a kindergarten aide; and
Nikhil, an accountant who states conditions exactly ("both small and blue", "Excluding circles", "distinct").

Sentence shapes: bare fragments ("The cube. What's it made of?", "Vehicles on the road: how many?"), fronted places,
topics and conditions ("Take the brown cylinder. Behind it ...", "Of everything on the table, which ...", "In the row of
down, ..."), questions inside statements or requests ("I should like a tally of ...", "Kindly count for me ...", "My
daughter asks: ..."), tags ("right?", "yes?", "not so?", "is correct?", "isn't it?"), voice-typed run-ons with no
punctuation ("okay how many balls are in the picture"), comparisons said several ways ("outnumber", "is it the same
number?", "more ... than", "Is bigger the ball or ...", "more big"), negatives and exceptions ("aren't gray and aren't
green", "Leaving out the blue ones", "Besides the big red cube", "Apart from the big gray ball", "Excluding circles",
"Apart from the woman"), and chains told as little walks ("Left of the cyan ball there's a small cube. What is the
colour of the thing in front of that cube?").

The questions cover counts (with conditions, "not", "together", "apart from"), existence, an attribute of one thing,
yes/no checks of one value, two checks at once, comparisons of counts ("more", "greater than", "the same number",
"outnumber") and of attributes (same colour, size, shape or material), quantifiers ("all", "every", "any", "none",
"most"), exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs only their stated relations:
on, near, holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop chains, superlatives and
ordinals (first, second, third), other things sharing a value, which of two things is the bigger, lists of values, the
number of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and the
text on the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (22, 30, 27, 14, 2, 0, 21,
25, 18, 19, 16, 13, 12 and 9; one or two people to a scene), about 30% about the photo-like graphs (street, kitchen,
park) and 20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the person's
other questions (prices and where to buy, feelings and opinions, what happens next, names, makers and software, the time
or place of taking, the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so the
drawing's rectangle is always "the yellow rectangle"); places and orders are only asked where a careful person could
call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor or of a neighbour in the order
along that axis, a side of a CLEVR picture is asked only of an object whose box centre lies within 130 pixels of the
edge of the 480-pixel frame, and on the drawing and photos neighbours in an order are at least 40 pixels apart; nothing
is asked of the photo graphs that their stated relations and attributes leave open. A which-side question is answered
with the side; a "which is bigger" is asked only where the two size classes differ, and answered with the word that
tells the bigger one from the other (its shape, or its colour where both have one shape). Answers are the graph's words
(gray, not grey; sphere, not ball; "blue, red" for a list, most frequent first, ties alphabetical); yes/no answers are
"yes" or "no" whatever the tag. Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or tasks/),
its tests or any other question set or builder; the only files read were build_blind66.py (its docstring, helpers and
code, for the format, the gold program language and the conventions), the first five lines of blind66.jsonl (for the
line format), blind_gold.py and blind_helpers.py (the helpers imported here), plus the scenes themselves
(photo_scenes.json and the CLEVR val scenes file, inspected with small Python snippets). No question was run through
nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind83.py`` to write ``../blind83.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind83.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def yellow_rectangle(p) -> str:
    """The drawing's one yellow rectangle (a square counting as a rectangle)."""
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 22: large yellow rubber cyl (far left), large yellow metal cube (far right), small purple metal cyl (back), small cyan metal sph (front)

# --- Brian, a retired postman from Swindon; chatty and unhurried
C(
    "count",
    22,
    "Morning. I've been sent this by my daughter. How many things are there in it altogether?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "compare_attr",
    22,
    "The two yellow ones — are they made of the same stuff, or is one of them shiny and the other not?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "superlative",
    22,
    "Which of them is nearest to the front, would you say? Just the shape of it will do me.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    22,
    "How many of the things are sitting to the right of the little ball?",
    "count(rel(u(f(sel(sphere), size=small)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", size="small"))),
)
C(
    "position",
    22,
    "Now the big yellow cylinder — is that over on the left-hand side of the picture or the right-hand side?",
    "choose(u(f(sel(cylinder), size=large, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="yellow")),
)
C(
    "negation",
    22,
    "And how many of them aren't yellow at all?",
    "count(fn(scene(), color=yellow))",
    lambda s: n(lacking(s, s.all(), color="yellow")),
)
X(22, "My wife reckons these would look nice on the mantelpiece. Where would a person buy a set like that?")

# scene 30: large green rubber sph (right), large purple rubber sph (back, left), large blue metal cyl (front)

# --- Inês, a Portuguese au pair
C("count", 30, "How many balls there are in this picture?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "quantifier",
    30,
    "All the things here are big, no?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "attribute",
    30,
    "The cylinder is from which material?",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "superlative",
    30,
    "Which thing is more far to the back? I need the colour.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_attr",
    30,
    "The two balls, they are made of the same material?",
    "same(sel(sphere), material)",
    lambda s: alike(s, s.f(shape="sphere"), "material"),
)
X(30, "The children ask me where is this place. You know which country it is?")

# scene 27: large purple rubber cube (back, right), small yellow metal sph (left), small red rubber cyl, large red rubber cube (front)

# --- Keisha, an ICU nurse on her break; brisk
C("count", 27, "Quick one before my break's over — how many cubes?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_size",
    27,
    "Is the red cylinder bigger than the purple cube?",
    "larger(u(f(sel(cylinder), color=red)), u(f(sel(cube), color=purple)))",
    lambda s: larger(s, s.the(shape="cylinder", color="red"), s.the(shape="cube", color="purple")),
)
C(
    "exist",
    27,
    "Anything metal in there at all?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "same_attr",
    27,
    "How many other things are the same colour as the cylinder?",
    "count(same_attr(u(sel(cylinder)), color))",
    lambda s: n(others(s, s.the(shape="cylinder"), "color")),
)
C(
    "chain",
    27,
    "In front of the purple cube there's a cylinder. What's in front of that cylinder? Shape, please.",
    "q(u(rel(u(f(rel(u(f(sel(cube), color=purple)), front), shape=cylinder)), front)), shape)",
    lambda s: s.a(
        only(related(s, "front", hop(s, s.the(shape="cube", color="purple"), "front", shape="cylinder"))), "shape"
    ),
)
X(27, "Is this one of those pictures they use to check you're not a robot? What's it for?")

# --- Oskar, fifteen, Swedish, practising his English
C(
    "count",
    27,
    "How many small things is it in the picture?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "list",
    27,
    "Which colours has the cubes?",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "superlative",
    27,
    "What is the thing most to the left? Say the shape.",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "spatial",
    27,
    "Is the yellow ball on the left of the red cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=red)), left), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "left", {"shape": "cylinder", "color": "red"}),
)
C(
    "compare_count",
    27,
    "It is more red things than purple things?",
    "gt(count(f(scene(), color=red)), count(f(scene(), color=purple)))",
    lambda s: yes(len(s.f(color="red")) > len(s.f(color="purple"))),
)
C(
    "number",
    27,
    "How many different colours can you find in it?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# scene 14: large cyan rubber sph (front), small blue metal sph (right), small gray metal cube (back)

# --- Dev, a delivery driver dictating by voice in a lay-by
C(
    "count",
    14,
    "okay how many balls are in the picture",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C("attribute", 14, "what colour is the cube", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))
C(
    "compare_size",
    14,
    "uh which one's bigger the blue ball or the cyan ball",
    "q(u(f(union(f(sel(sphere), color=blue), f(sel(sphere), color=cyan)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="cyan"), "color"),
)
C(
    "spatial",
    14,
    "is the cube behind the big ball",
    "exist(f(rel(u(f(sel(sphere), size=large)), behind), shape=cube))",
    lambda s: is_rel(s, {"shape": "cube"}, "behind", {"shape": "sphere", "size": "large"}),
)
C(
    "verify",
    14,
    "okay so the little blue ball is that one metal",
    "verify(u(f(sel(sphere), size=small, color=blue)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small", color="blue"), "material") == "metal"),
)
X(14, "uh what time of day was this picture taken roughly")

# scene 2: large green metal cube, small gray metal cyl (back), large cyan rubber cyl (front, right)

# --- Margaret, a retired church organist; courteous
C(
    "count",
    2,
    "Good afternoon. Could you tell me how many cylinders there are, please?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    2,
    "Would you say the two cylinders are the same size?",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "position",
    2,
    "Is the large cyan cylinder on the left side of the picture or on the right side?",
    "choose(u(f(sel(cylinder), size=large, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="cyan")),
)
C(
    "quantifier",
    2,
    "Is every object in the picture made of metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "superlative",
    2,
    "Which object is the furthest from the front? I should like to know its colour.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    2,
    "How many objects are to the left of the little gray cylinder?",
    "count(rel(u(f(sel(cylinder), size=small, color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", size="small", color="gray"))),
)

# scene 0: small yellow rubber sph (front), large blue metal sph (far left), large green rubber cyl

# --- Tyler, a college student; offhand
C(
    "count",
    0,
    "ok so how many of these are large",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "verify",
    0,
    "the cylinder's green, right?",
    "verify(u(sel(cylinder)), color, green)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "color") == "green"),
)
C(
    "compare_count",
    0,
    "are there more spheres than cylinders",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "chain",
    0,
    "what colour is whatever's in front of the cylinder",
    "q(u(rel(u(sel(cylinder)), front)), color)",
    lambda s: s.a(only(related(s, "front", s.the(shape="cylinder"))), "color"),
)
C(
    "position",
    0,
    "the blue ball — left side of the image or right side?",
    "choose(u(f(sel(sphere), color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="blue")),
)
C(
    "two_clause",
    0,
    "is the yellow ball small and also made of rubber",
    "and_(verify(u(f(sel(sphere), color=yellow)), size, small), verify(u(f(sel(sphere), color=yellow)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="yellow"), "size") == "small"
        and s.a(s.the(shape="sphere", color="yellow"), "material") == "rubber"
    ),
)
X(0, "honestly would this make a decent phone wallpaper")

# scene 21: small green rubber cyl (left), large red rubber sph, small gray metal sph (back), small yellow rubber sph (front), large purple metal cyl (far right)

# --- Ahmed, an Egyptian pharmacist; formal, slightly foreign English
C(
    "count",
    21,
    "Please, how many spheres are present in the image?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "negation",
    21,
    "Kindly count for me the objects which are not red and also are not spheres.",
    "count(diff(fn(scene(), color=red), sel(sphere)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "red" and s.a(i, "shape") != "sphere"]),
)
C(
    "compare_attr",
    21,
    "The two cylinders, are they from the same material?",
    "same(sel(cylinder), material)",
    lambda s: alike(s, s.f(shape="cylinder"), "material"),
)
C(
    "superlative",
    21,
    "Which object is the most far to the back? What is its shape, please?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "chain",
    21,
    "On the left of the purple cylinder there is a large sphere. Behind this sphere is another sphere. Of which colour it is?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=purple)), left), shape=sphere, size=large)), behind), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cylinder", color="purple"), "left", shape="sphere", size="large"),
            "behind",
            shape="sphere",
        ),
        "color",
    ),
)
X(21, "In my pharmacy there are tablets of exactly this yellow. Which medicine do you think the yellow ball is?")

# --- Carol, a Minnesota mum
C(
    "count",
    21,
    "Oh, how many little ones are there, do ya think?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "superlative",
    21,
    "Which one's closest up front? What color is that one?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_count",
    21,
    "Are there just as many big ones as little ones? Doesn't look like it to me.",
    "eq(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) == len(s.f(size="small"))),
)
C(
    "same_attr",
    21,
    "How many of the other things are the same size as the gray ball?",
    "count(same_attr(u(f(sel(sphere), color=gray)), size))",
    lambda s: n(others(s, s.the(shape="sphere", color="gray"), "size")),
)
C(
    "spatial",
    21,
    "The red ball is to the right of the gray one, for sure?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), right), color=red, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "red"}, "right", {"shape": "sphere", "color": "gray"}),
)

# scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl (far left), large brown rubber sph (far right), small gray metal cyl (back)

# --- Frank, a retired Boston police sergeant
C(
    "count",
    25,
    "Alright, how many cylinders we lookin' at here?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "count",
    25,
    "How many of 'em are metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "attribute",
    25,
    "The cube. What's it made of?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "spatial",
    25,
    "How many things are out in front of the red cube?",
    "count(rel(u(f(sel(cube), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="red"))),
)
C(
    "compare_attr",
    25,
    "The two brown ones — same shape?",
    "same(f(scene(), color=brown), shape)",
    lambda s: alike(s, s.f(color="brown"), "shape"),
)
C(
    "superlative",
    25,
    "Which one's furthest back? Gimme the color.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)

# --- Mei, a Chinese physics PhD student; exact and a little stiff
C(
    "quantifier",
    25,
    "Are all of the spheres made of metal?",
    "not_(exist(fn(sel(sphere), material=metal)))",
    lambda s: every(s, s.f(shape="sphere"), material="metal"),
)
C(
    "compare_count",
    25,
    "Metal objects are more than rubber objects in number, is it right?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "chain",
    25,
    "There is one cylinder which is left of the blue cylinder. What is its colour?",
    "q(u(f(rel(u(f(sel(cylinder), color=blue)), left), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="blue"), "left", shape="cylinder"), "color"),
)
C(
    "superlative",
    25,
    "Among the spheres, which one is second from the left? Its colour, please.",
    "q(ord(sel(sphere), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left", 2), "color"),
)
C(
    "list",
    25,
    "Please list the colours of the cylinders.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)

# scene 18: large cyan rubber cube (back), large purple metal cyl, small purple rubber sph, large purple rubber cyl (far left), small blue rubber cyl (front), large cyan rubber sph (far right), small purple metal cube (right), small red rubber sph (back)

# --- Lorraine, a dental receptionist
C(
    "count",
    18,
    "Hiya, how many purple things can you see?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "count",
    18,
    "And how many of the purple ones are cylinders?",
    "count(f(sel(cylinder), color=purple))",
    lambda s: n(s.f(shape="cylinder", color="purple")),
)
C(
    "compare_attr",
    18,
    "Are the two cubes the same colour as each other?",
    "same(sel(cube), color)",
    lambda s: alike(s, s.f(shape="cube"), "color"),
)
C(
    "superlative",
    18,
    "Of the little balls, which one's right at the back? What colour is it?",
    "q(ord(f(sel(sphere), size=small), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere", size="small"), "behind"), "color"),
)
C(
    "exist",
    18,
    "Is there a green one in there anywhere?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
X(18, "These look just like the toys in our waiting room. Do you know where I could order some more?")

# --- Kwame, a Ghanaian minicab driver in London
C(
    "count",
    18,
    "Boss, how many cylinders are there?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_count",
    18,
    "Cylinders and balls — is it the same number?",
    "eq(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="sphere"))),
)
C(
    "quantifier",
    18,
    "Are all the cylinders big ones?",
    "not_(exist(fn(sel(cylinder), size=large)))",
    lambda s: every(s, s.f(shape="cylinder"), size="large"),
)
C(
    "spatial",
    18,
    "The small blue cylinder in the front, how many things are behind it?",
    "count(rel(u(f(sel(cylinder), size=small, color=blue)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="small", color="blue"))),
)
C(
    "chain",
    18,
    "Left of the cyan ball there's a small cube. What is the colour of the thing in front of that cube?",
    "q(u(rel(u(f(rel(u(f(sel(sphere), color=cyan)), left), shape=cube, size=small)), front)), color)",
    lambda s: s.a(
        only(related(s, "front", hop(s, s.the(shape="sphere", color="cyan"), "left", shape="cube", size="small"))),
        "color",
    ),
)
C(
    "compare_size",
    18,
    "Which one is bigger, the red ball or the cyan cube?",
    "q(u(f(union(f(sel(sphere), color=red), f(sel(cube), color=cyan)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="red"), s.the(shape="cube", color="cyan")),
)

# scene 19: small gray metal cube, small green metal cyl (back), small cyan metal cyl (front), small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph (far right), small yellow rubber cube (far left)

# --- Pete, a plumber
C("count", 19, "How many cubes in this lot?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "count",
    19,
    "Cubes and balls together, how many's that?",
    "count(union(sel(cube), sel(sphere)))",
    lambda s: n(s.f(shape=("cube", "sphere"))),
)
C(
    "compare_attr",
    19,
    "Are all three cyan bits made of the same stuff?",
    "same(f(scene(), color=cyan), material)",
    lambda s: alike(s, s.f(color="cyan"), "material"),
)
C(
    "superlative",
    19,
    "What's the one furthest over on the right? Shape'll do.",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "spatial",
    19,
    "Is the big blue cube sat behind the yellow cube?",
    "exist(f(rel(u(f(sel(cube), color=yellow)), behind), color=blue, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "blue"}, "behind", {"shape": "cube", "color": "yellow"}),
)
X(19, "What would a job lot of these go for on eBay, do you reckon?")

# --- Sofia, an Italian hairdresser
C(
    "count",
    19,
    "How many objects are small? Is many, I think.",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "attribute",
    19,
    "The ball, which colour it has?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "compare_size",
    19,
    "Is bigger the ball or the yellow cube?",
    "q(u(f(union(sel(sphere), f(sel(cube), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere"), s.the(shape="cube", color="yellow")),
)
C(
    "negation",
    19,
    "How many cylinders are not cyan?",
    "count(fn(sel(cylinder), color=cyan))",
    lambda s: n(lacking(s, s.f(shape="cylinder"), color="cyan")),
)
C(
    "same_attr",
    19,
    "How many other things have the same colour like the big cube?",
    "count(same_attr(u(f(sel(cube), size=large)), color))",
    lambda s: n(others(s, s.the(shape="cube", size="large"), "color")),
)

# scene 16: small red metal sph, small purple metal sph (far left), small cyan metal sph (front), large brown rubber cyl, large yellow rubber cube (back), large green rubber sph (right), large yellow metal cyl

# --- Jasmine, twelve, on her tablet
C("count", 16, "how many balls are there in total", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "count",
    16,
    "and how many of the balls are small",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "verify",
    16,
    "is the cube yellow?",
    "verify(u(sel(cube)), color, yellow)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "yellow"),
)
C(
    "compare_attr",
    16,
    "are the two yellow things the same shape",
    "same(f(scene(), color=yellow), shape)",
    lambda s: alike(s, s.f(color="yellow"), "shape"),
)
C(
    "superlative",
    16,
    "which ball is furthest to the right? what colour",
    "q(ord(sel(sphere), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "color"),
)
X(16, "which one would be the most fun to play with")

# --- Gerald, a retired accountant
C(
    "count",
    16,
    "I should like a tally of the rubber items, please.",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "compare_count",
    16,
    "Do the metal items outnumber the rubber ones?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "number",
    16,
    "How many distinct colours appear among the spheres?",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)
C(
    "chain",
    16,
    "Take the brown cylinder. Behind it there is a cube. What is that cube made of?",
    "q(u(f(rel(u(f(sel(cylinder), color=brown)), behind), shape=cube)), material)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="brown"), "behind", shape="cube"), "material"),
)
C(
    "quantifier",
    16,
    "Is it the case that none of the large items is made of metal?",
    "not_(exist(f(scene(), size=large, material=metal)))",
    lambda s: yes(not s.f(size="large", material="metal")),
)

# scene 13: small red rubber cube (back), large cyan rubber cyl (far right), small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (back), small red rubber sph (far left), large red metal cube (back)

# --- Ruth, a librarian
C(
    "count",
    13,
    "How many red objects are there, please?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "quantifier",
    13,
    "Are most of the objects made of rubber?",
    "gt(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber)))",
    lambda s: most([s.a(i, "material") == "rubber" for i in s.all()]),
)
C(
    "compare_attr",
    13,
    "Are the two cubes the same size?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "superlative",
    13,
    "Which object is second from the front? Its shape, if you would.",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
C(
    "spatial",
    13,
    "Is the gray sphere in front of the red sphere?",
    "exist(f(rel(u(f(sel(sphere), color=red)), front), color=gray, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "gray"}, "front", {"shape": "sphere", "color": "red"}),
)
X(13, "Is there a book I could borrow that explains how pictures like this are made?")

# --- Diego, a Mexican site foreman
C("count", 13, "How many spheres there are?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    13,
    "The big cylinder, what colour is?",
    "q(u(f(sel(cylinder), size=large)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "color"),
)
C(
    "negation",
    13,
    "Besides the big red cube, there is any other thing of metal?",
    "exist(diff(f(scene(), material=metal), f(sel(cube), size=large, color=red)))",
    lambda s: yes(bool([i for i in s.f(material="metal") if i != s.the(shape="cube", size="large", color="red")])),
)
C(
    "chain",
    13,
    "To the right of the purple cylinder there is a cube, and to the right of that cube there is one more thing. What shape?",
    "q(u(rel(u(f(rel(u(f(sel(cylinder), color=purple)), right), shape=cube)), right)), shape)",
    lambda s: s.a(
        only(related(s, "right", hop(s, s.the(shape="cylinder", color="purple"), "right", shape="cube"))), "shape"
    ),
)
C(
    "compare_size",
    13,
    "Which is bigger, the gray ball or the cyan cylinder?",
    "q(u(f(union(f(sel(sphere), color=gray), f(sel(cylinder), color=cyan)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="gray"), s.the(shape="cylinder", color="cyan")),
)

# scene 12: small blue metal cube (far left), small green rubber sph, large gray rubber sph (far right), small cyan metal cyl (right), small gray rubber sph (front), small green rubber cyl, small red metal cube, small gray metal cube (back)

# --- Hannah, an Iowa farmer
C("count", 12, "How many gray ones we got?", "count(f(scene(), color=gray))", lambda s: n(s.f(color="gray")))
C(
    "quantifier",
    12,
    "Apart from the big gray ball, is everything in there small?",
    "not_(exist(fn(diff(scene(), f(sel(sphere), size=large, color=gray)), size=small)))",
    lambda s: every(s, [i for i in s.all() if i != s.the(shape="sphere", size="large", color="gray")], size="small"),
)
C(
    "compare_count",
    12,
    "More balls than cubes in there?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C("count", 12, "How many green things?", "count(f(scene(), color=green))", lambda s: n(s.f(color="green")))
C(
    "spatial",
    12,
    "What's sitting behind the red cube — how many things?",
    "count(rel(u(f(sel(cube), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="red"))),
)
X(12, "Would these hold up if I left 'em out in the barn over the winter?")

# --- Ollie, a London bartender
C("count", 12, "How many cubes are there, mate?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "list",
    12,
    "What colours do the cubes come in?",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "superlative",
    12,
    "Which one's furthest forward? Colour?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "chain",
    12,
    "Something's sitting just to the left of the green ball. What's that made of?",
    "q(u(rel(u(f(sel(sphere), color=green)), left)), material)",
    lambda s: s.a(only(related(s, "left", s.the(shape="sphere", color="green"))), "material"),
)
C(
    "position",
    12,
    "The cyan cylinder — left or right side of the pic?",
    "choose(u(f(sel(cylinder), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="cyan")),
)

# scene 9: small gray rubber cube (front), large gray rubber cyl (far left), small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl (far right), large green metal sph

# --- Vikram, an IT help-desk worker
C(
    "count",
    9,
    "Hi, quick question: how many cylinders are in the image?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    9,
    "Just to confirm, the two gray cylinders are the same size?",
    "same(f(sel(cylinder), color=gray), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="gray"), "size"),
)
C(
    "two_clause",
    9,
    "Is the purple cube large, and is it metal?",
    "and_(verify(u(f(sel(cube), color=purple)), size, large), verify(u(f(sel(cube), color=purple)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="purple"), "size") == "large"
        and s.a(s.the(shape="cube", color="purple"), "material") == "metal"
    ),
)
C(
    "spatial",
    9,
    "How many objects are located to the right of the green sphere?",
    "count(rel(u(f(sel(sphere), color=green)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="green"))),
)
C(
    "superlative",
    9,
    "Which object is third from the left? I need the shape.",
    "q(ord(scene(), left, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "shape"),
)
C(
    "negation",
    9,
    "How many things aren't gray and aren't green?",
    "count(fn(fn(scene(), color=gray), color=green))",
    lambda s: n([i for i in s.all() if s.a(i, "color") not in {"gray", "green"}]),
)
X(9, "Can you tell me which software generated this image, and which version?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right, right of the bus), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Linda, a commuter at a bus stop who can't read the bus from where she is
P(
    "text",
    "street",
    "What does it say on the bus? I can't make it out from here.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("count", "street", "How many people are hanging about?", "count(sel(person))", lambda p: n(people(p)))
P(
    "spatial",
    "street",
    "Is that woman standing in front of the bus?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("front", p.the("bus")), "woman"))),
)
P(
    "attribute",
    "street",
    "What colour's the bus, by the way?",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P(
    "text",
    "street",
    "There's writing painted on the road as well — what does that say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
X("street", "Is this bus running late, do you know? I've been stood here twenty minutes.")

# --- Marcus, sixteen, a skateboarder
P("count", "street", "how many dudes have ties on", "count(rel(sel(tie), wearing))", lambda p: n(wearers(p, "tie")))
P(
    "chain",
    "street",
    "what colour is the tie on the guy on the right",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "right")), "color"),
)
P("exist", "street", "is there a skateboard anywhere", "exist(sel(skateboard))", lambda p: yes(bool(p.f("skateboard"))))
P(
    "where",
    "street",
    "the car is it on the left of the bus or the right",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P("text", "street", "what's the sign say", "q(u(sel(sign)), text)", lambda p: p.value(p.the("sign"), "text"))
X("street", "is this spain or somewhere? where was it taken")

# --- Anya, a Polish office cleaner
P("count", "street", "How many men is on the street?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "superlative",
    "street",
    "The man on the left side, which colour are his clothes?",
    "q(ord(sel(man), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("man"), "left"), "color"),
)
P(
    "spatial",
    "street",
    "The dog, somebody is holding him? Who?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P("attribute", "street", "Car is what colour?", "q(u(sel(car)), color)", lambda p: p.value(p.the("car"), "color"))
P(
    "compare_attr",
    "street",
    "The bus and the sign, they have same colour?",
    "same(u(sel(bus)), u(sel(sign)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("sign"), "color")),
)
P(
    "two_clause",
    "street",
    "The sign is red and it is at the top, is correct?",
    "and_(verify(u(sel(sign)), color, red), verify(u(sel(sign)), vposition, top))",
    lambda p: yes(p.value(p.the("sign"), "color") == "red" and p.value(p.the("sign"), "vposition") == "top"),
)

# --- Tom, a driving instructor
P(
    "text",
    "street",
    "Road markings: what's written on the tarmac?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "position",
    "street",
    "Where's the stop sign, left of frame or right?",
    "choose(u(sel(sign)), hposition, [left, right])",
    lambda p: p.value(p.the("sign"), "hposition"),
)
P(
    "spatial",
    "street",
    "Is the sign to the right of the bus?",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "sign"))),
)
P("count", "street", "Vehicles on the road: how many?", "count(sel(vehicle))", lambda p: n(p.f(("bus", "car"))))
P(
    "quantifier",
    "street",
    "Is every person in the scene wearing a tie?",
    "not_(exist(diff(sel(person), rel(sel(tie), wearing))))",
    lambda p: yes(all(o in wearers(p, "tie") for o in people(p))),
)
P(
    "negation",
    "street",
    "Apart from the woman, how many people are there?",
    "count(diff(sel(person), sel(woman)))",
    lambda p: n([o for o in people(p) if p.name(o) != "woman"]),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), metal fork near the plate, all on the brown wooden table; white clock '12:30' above the table; woman in yellow on the right

# --- Bev, a school cook
P(
    "count",
    "kitchen",
    "How many cups are out on that table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "text",
    "kitchen",
    "What's the time on the clock?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "What's the fork made of?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "spatial",
    "kitchen",
    "What's the fork lying next to?",
    "q(u(rel(u(sel(fork)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("fork")))),
)
P(
    "superlative",
    "kitchen",
    "Which cup's furthest to the right? What colour is it?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
X("kitchen", "What's she cooking for their tea, do you think?")

# --- Raj, a dad reading the picture with his daughter
P(
    "count",
    "kitchen",
    "My daughter asks: how many things are on the table altogether?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "text",
    "kitchen",
    "What's written on the bottle? She's learning to read.",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "list",
    "kitchen",
    "What colours are the cups? She wants to say them all.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
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
    "Is the bottle on the table?",
    "vrel(u(sel(table)), on, name=bottle)",
    lambda p: yes(bool(named(p, on_table(p), "bottle"))),
)
X("kitchen", "How much would a bottle of water like that cost?")

# --- Claire, an interior decorator
P(
    "attribute",
    "kitchen",
    "What's the table made of? I'd guess wood.",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "number",
    "kitchen",
    "How many different colours are the cups?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
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
    "The clock's mounted above the table, yes?",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "position",
    "kitchen",
    "Is the clock near the top of the picture or the bottom?",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)
P(
    "negation",
    "kitchen",
    "Not counting the plate itself, how many things in the room are white?",
    "count(diff(f(scene(), color=white), sel(plate)))",
    lambda p: n([o for o in p.f(color="white") if p.name(o) != "plate"]),
)

# --- Oluwaseun, a Nigerian engineering student
P(
    "chain",
    "kitchen",
    "What is the colour of the cup that is at the right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "spatial",
    "kitchen",
    "Is the red cup at the left of the plate?",
    "exist(f(rel(u(sel(plate)), left, name=cup), color=red))",
    lambda p: yes(any(p.value(o, "color") == "red" for o in named(p, p.subjects("left", p.the("plate")), "cup"))),
)
P(
    "verify",
    "kitchen",
    "The woman is dressed in yellow, not so?",
    "verify(u(sel(woman)), color, yellow)",
    lambda p: yes(p.value(p.the("woman"), "color") == "yellow"),
)
P(
    "count",
    "kitchen",
    "How many white things are in the picture?",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "superlative",
    "kitchen",
    "Of everything on the table, which one is second from the left?",
    "q(ord(rel(u(sel(table)), on), left, 2), name)",
    lambda p: p.name(side_of(p, on_table(p), "left", 2)),
)
P("exist", "kitchen", "Is there a spoon?", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Kevin, a dad at the park
P("count", "park", "How many kids are in this one?", "count(sel(child))", lambda p: n(children(p)))
P(
    "chain",
    "park",
    "What's the boy chucking? What colour is it?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P("exist", "park", "Is there a bike in the picture?", "exist(sel(bicycle))", lambda p: yes(bool(p.f("bicycle"))))
P(
    "spatial",
    "park",
    "Is the bike near the woman in white?",
    "vrel(u(f(sel(woman), color=white)), near, name=bicycle)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("woman", color="white")), "bicycle"))),
)
P(
    "compare_count",
    "park",
    "Are there more grown-ups than kids?",
    "gt(count(union(sel(man), sel(woman))), count(sel(child)))",
    lambda p: yes(len(p.f(("man", "woman"))) > len(children(p))),
)
X("park", "Is that park dog-friendly all year round, or only in summer?")

# --- June, a grandmother
P(
    "count",
    "park",
    "I can see a couple of dogs, dear — how many are there exactly?",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "chain",
    "park",
    "What colour is the dog that's near the girl?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "verify",
    "park",
    "Is that bench painted green?",
    "verify(u(sel(bench)), color, green)",
    lambda p: yes(p.value(p.the("bench"), "color") == "green"),
)
P(
    "superlative",
    "park",
    "Who's the person furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "spatial",
    "park",
    "Is the lady in red holding a dog?",
    "exist(rel(u(f(sel(woman), color=red)), holding, role=object, name=dog))",
    lambda p: yes(bool(named(p, p.objects_of(p.the("woman", color="red"), "holding"), "dog"))),
)
X("park", "Do you think the girl's mother is the lady in white?")

# --- Paulo, a Filipino nurse
P("count", "park", "How many ladies are in the park?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "where",
    "park",
    "The bicycle is at the right side or left side of the bench?",
    "choose_rel(u(sel(bicycle)), [left, right], role=object, name=bench)",
    lambda p: photo_side(p, p.the("bicycle"), p.the("bench"), ("left", "right")),
)
P(
    "compare_attr",
    "park",
    "The frisbee and the lady in red, same colour?",
    "same(u(sel(frisbee)), u(f(sel(woman), color=red)), color)",
    lambda p: yes(p.value(p.the("frisbee"), "color") == p.value(p.the("woman", color="red"), "color")),
)
P(
    "two_clause",
    "park",
    "The boy is wearing blue and he is near the bench, right?",
    "and_(verify(u(sel(boy)), color, blue), vrel(u(sel(bench)), near, name=boy))",
    lambda p: yes(
        p.value(p.the("boy"), "color") == "blue" and bool(named(p, p.subjects("near", p.the("bench")), "boy"))
    ),
)
P(
    "negation",
    "park",
    "Other than the children, how many people are in the picture?",
    "count(diff(sel(person), sel(child)))",
    lambda p: n([o for o in people(p) if o not in children(p)]),
)
X("park", "The dogs, do they have their vaccines already?")

# --- Becca, a dog groomer
P("count", "park", "How many pups have we got here?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "compare_attr",
    "park",
    "Are the two dogs the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "chain",
    "park",
    "The woman holding a dog — what colour is she wearing?",
    "q(u(rel(sel(dog), holding)), color)",
    lambda p: p.value(only([o for d in p.f("dog") for o in p.subjects("holding", d)]), "color"),
)
P(
    "superlative",
    "park",
    "The dog furthest to the left, what colour's that one?",
    "q(ord(sel(dog), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("dog"), "left"), "color"),
)
P(
    "spatial",
    "park",
    "The white dog's next to the girl, isn't it?",
    "exist(f(rel(u(sel(girl)), near, name=dog), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("girl")), "dog"))),
)
X("park", "What breed would you say the black one is?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Chloe, a graphic-design intern
P(
    "count",
    "shapes",
    "How many blue shapes are there on the canvas?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "list",
    "shapes",
    "What colours are used in the top row?",
    "values(f(scene(), vposition=top), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="top")),
)
P(
    "position",
    "shapes",
    "Bottom left — what's sitting there?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles the same colour?",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share the hexagon's colour?",
    "count(same_attr(u(sel(hexagon)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("hexagon") and p.value(o, "color") == p.value(p.the("hexagon"), "color")]
    ),
)
P(
    "count",
    "shapes",
    "How many of the big shapes sit along the top?",
    "count(f(scene(), size=large, vposition=top))",
    lambda p: n(p.f(size="large", vposition="top")),
)
X("shapes", "Which font would you pair with this layout?")

# --- Walter, a retired carpenter
P(
    "count",
    "shapes",
    "How many four-sided shapes are there? Rectangles and squares, I mean.",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "compare_size",
    "shapes",
    "Is the yellow rectangle bigger than the blue square?",
    "larger(u(f(sel(rectangle), color=yellow)), u(f(sel(square), color=blue)))",
    lambda p: drawn_larger(p, yellow_rectangle(p), p.the("square", color="blue")),
)
P(
    "superlative",
    "shapes",
    "Along the bottom, which shape is furthest to the right?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "exist",
    "shapes",
    "Is there a pentagon anywhere? Five sides, I mean.",
    "exist(sel(pentagon))",
    lambda p: yes(bool(p.f("pentagon"))),
)
P(
    "number",
    "shapes",
    "How many different colours did they use, all told?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
X("shapes", "How long would it take me to cut these out of plywood?")

# --- Priti, eleven
P("count", "shapes", "how many circles are there", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "compare_size",
    "shapes",
    "which is bigger, the red circle or the blue square",
    "q(u(f(union(f(sel(circle), color=red), f(sel(square), color=blue)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("square", color="blue")),
)
P(
    "verify",
    "shapes",
    "is the triangle green",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P(
    "superlative",
    "shapes",
    "what's the second shape from the left on the top row",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
P(
    "quantifier",
    "shapes",
    "are all the circles blue",
    "not_(exist(fn(sel(circle), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f("circle"))),
)
P(
    "two_clause",
    "shapes",
    "is the star small and red",
    "and_(verify(u(sel(star)), size, small), verify(u(sel(star)), color, red))",
    lambda p: yes(p.value(p.the("star"), "size") == "small" and p.value(p.the("star"), "color") == "red"),
)

# --- Lars, a Danish sign-maker
P(
    "count",
    "shapes",
    "How many shapes in the lower row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "position",
    "shapes",
    "The triangle, it is placed at the top or at the bottom?",
    "choose(u(sel(triangle)), vposition, [top, bottom])",
    lambda p: p.value(p.the("triangle"), "vposition"),
)
P(
    "compare_count",
    "shapes",
    "Are there more small shapes than large shapes?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "negation",
    "shapes",
    "Leaving out the blue ones, how many shapes are left?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "attribute",
    "shapes",
    "Which colour is the star?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
X("shapes", "How much would it cost to have this printed on a big banner?")

# --- Denise, an occupational therapist doing a little exercise with a patient
P(
    "count",
    "shapes",
    "We're doing a little exercise together. How many shapes are there in total?",
    "count(scene())",
    lambda p: n(p.objects),
)
P(
    "attribute",
    "shapes",
    "What colour is the shape right in the middle of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)
P(
    "verify",
    "shapes",
    "Is the green triangle up at the top of the page?",
    "verify(u(f(sel(triangle), color=green)), vposition, top)",
    lambda p: yes(p.value(p.the("triangle", color="green"), "vposition") == "top"),
)
P(
    "compare_attr",
    "shapes",
    "Is the square the same size as the hexagon?",
    "same(u(sel(square)), u(sel(hexagon)), size)",
    lambda p: yes(p.value(p.the("square"), "size") == p.value(p.the("hexagon"), "size")),
)
P(
    "exist",
    "shapes",
    "Are any of the shapes purple?",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
X("shapes", "Do you think my patient is getting any better at these?")

# --- Sergio, a Spanish warehouse worker
P("count", "shapes", "How many shapes are red?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "attribute",
    "shapes",
    "The rectangle yellow, it is big or small?",
    "choose(u(f(sel(rectangle), color=yellow)), size, [large, small])",
    lambda p: p.value(yellow_rectangle(p), "size"),
)
P(
    "list",
    "shapes",
    "Which shapes are blue? Say me all.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "superlative",
    "shapes",
    "In the row of down, what is the second shape from the right?",
    "q(ord(f(scene(), vposition=bottom), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right", 2), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Which one is more big, the hexagon or the yellow rectangle?",
    "q(u(f(union(sel(hexagon), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("hexagon"), yellow_rectangle(p)),
)
P(
    "exist",
    "shapes",
    "There is a star of green colour?",
    "exist(f(sel(star), color=green))",
    lambda p: yes(bool(p.f("star", color="green"))),
)

# --- Abby, a kindergarten aide
P("count", "shapes", "How many triangles can we find?", "count(sel(triangle))", lambda p: n(p.f("triangle")))
P(
    "attribute",
    "shapes",
    "What shape is the red one at the top?",
    "q(u(f(scene(), color=red, vposition=top)), shape)",
    lambda p: p.value(p.the(color="red", vposition="top"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are there the same number of circles and triangles?",
    "eq(count(sel(circle)), count(sel(triangle)))",
    lambda p: yes(len(p.f("circle")) == len(p.f("triangle"))),
)
P(
    "verify",
    "shapes",
    "Is the hexagon blue?",
    "verify(u(sel(hexagon)), color, blue)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "blue"),
)
P(
    "position",
    "shapes",
    "Is the star in the top row or the bottom row?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
X("shapes", "What animal does the star look like to you?")

# --- Nikhil, an accountant who states conditions exactly
P(
    "quantifier",
    "shapes",
    "Are most of the shapes blue?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)
P(
    "count",
    "shapes",
    "How many shapes are both small and blue?",
    "count(f(scene(), size=small, color=blue))",
    lambda p: n(p.f(size="small", color="blue")),
)
P(
    "negation",
    "shapes",
    "Excluding circles, how many shapes are there in the top row?",
    "count(fn(f(scene(), vposition=top), shape=circle))",
    lambda p: n([o for o in p.f(vposition="top") if p.value(o, "shape") != "circle"]),
)
P(
    "compare_count",
    "shapes",
    "Is the count of blue shapes greater than the count of red ones?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "number",
    "shapes",
    "How many distinct colours appear in the bottom row?",
    "nvalues(f(scene(), vposition=bottom), color)",
    lambda p: colour_count(p, p.f(vposition="bottom")),
)
P(
    "position",
    "shapes",
    "Which side is the hexagon on, left or right?",
    "choose(u(sel(hexagon)), hposition, [left, right])",
    lambda p: p.value(p.the("hexagon"), "hposition"),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
