# ruff: noqa: E501
"""Blind paraphrase set 81: a twenty-seventh fresh crowd with no common theme. About forty ordinary people of every
age, region, job and temperament, each imagined once and kept in character for five to seven questions about one
picture, asking in plain everyday English in their own words and habits of speech, always understandably to a careful
reader. No persona gimmick is shared: they are the mixed run of people who might type or speak to a picture-question
app on an ordinary day.

The cast. On the CLEVR pictures: Gwen, a chatty Cardiff hairdresser ("Ooh", "d'you know what", "lush"); Arjun, a
Bangalore software developer in Indian English ("Kindly tell me", "to its left side", "is it?"); Bob, a retired
Minnesota farmer ("Well now", "oh, ya", "what's she made of", "sittin'"); Chloe, a nurse on a night shift typing in
lowercase ("quick one", "sorry brain's fried", "pls"); Kwame, a Ghanaian accountant in London, courteous and formal
("Good afternoon", "Kindly confirm", "in all"); Ines, a Portuguese student ("How many balls there are", "the cylinder
more big", "the small cube of cyan"); Doug, a Queensland plumber ("G'day", "mate", "them round ones", "bar the two
cubes", "reckon"); Margaret, a retired librarian, precise and polite ("I'd like to know", "Could you list"); Tyler,
twelve, a gamer ("yo", "bro", "literally", no punctuation); Helga, a Swedish physiotherapist ("Okay so", "Is it so
that"); Pat, a Dublin bus driver ("so", "would ya", "yokes", "grand"); Mei, a Chinese chemistry graduate student who
drops articles ("How many cylinder are there in picture?", "List all."); Denise, a kindergarten teacher counting with
her class ("Okay friends", "boys and girls", "everybody"); Vikram, an insurance claims adjuster in report language
("Please confirm", "on record", "for the file", "Identify ... and state"); Frank, a grumbling retired postman ("Look,",
"for cryin' out loud", "Didn't think so"); Amaka, a Lagos fashion designer ("Please", "abi", "o"); Jim, a dad with a
toddler on his lap; Sofia, a Mexican architect writing Spanish-shaped English ("the cylinder of brown", "more to the
left than", "the left part of the image"); Ray, a Florida pool cleaner ("we lookin' at", "they the same size?");
Anneke, a blunt Dutch dentist ("Yes or no.", "Just the number."); and Pierre, a Quebec hockey dad ("eh", "or not?").
On the photo-like graphs: Lucia, a tourist from Seville ("I think it is Spanish!", "what they say?"); Gary, a driving
instructor ("Right,", "in shot", "I take it?"); Ahmed, a Cairo-born delivery driver ("How many man", "the two tie",
"somebody carry it?"); Nell, nine ("doggy", "the lady"); Oksana, a Ukrainian cleaner ("On the table is how many
cups?", "Table is from wood?"); Graham, a fussy retired accountant ("Precisely", "what exactly does it read?");
Priscilla, a food blogger ("Ooh", "for my post!"); Tom, eleven, laying the table for his mum; Kev, a council
groundskeeper ("we got out there", "surely?"); Hannah, a watchful mum; Luis, a Filipino caregiver ("womans", "po",
"the most right side"); and Dot, an elderly birdwatcher. On the drawing: Mr Rossi, an Italian tiler who calls the
shapes pieces; Ellie, four, with her dad typing ("ellie wants to know"); Ben, an art-school student ("composition",
"hues", "elements"); Noor, a Jordanian maths tutor ("without the star itself", "counting the square as a rectangle
too"); Kath, an office worker on her break ("Go on then"); Dev, eight; Yvonne, a French-Canadian seamstress ("How many
shapes of blue", "which colours they have?", "the bottom line"); and Hank, a retired sign painter ("over on the
right", "the sheet", "that so?").

Sentence shapes: bare fragments ("How many cylinders. Just the number."), questions that state their own guess ("I
make it...", "Cubes are three and cylinders are also three, is it?"), fronted places ("On the left side of the big gray
cylinder there is one ball."), tags ("yeah?", "abi", "eh", "right?", "that so?", "I take it?"), non-native orders ("Clock
show what time?", "The woman in middle, what is the colour of her dress?"), lowercase run-ons from children and a
tired nurse, chains told as little stories ("behind the purple cube there's a ball. To the left of that ball, there's
one cylinder. Big or small?"), comparisons said several ways ("more big than", "more big fellas than little ones", "fewer
... than", "same count", "which one is bigger"), negatives and exceptions ("not made of metal", "aren't
red", "bar the two cubes", "neither yellow nor metal", "not counting the bottle", "Except the blue ones",
"without the star itself"), and follow-ups that point back while naming what they point at.

The questions cover counts (with conditions, negation, "or", "together", "in all"), existence, an attribute of one
thing, yes/no checks of one value, two checks at once ("small and also made of rubber", "wearing green and holding the
dog"), comparisons of counts ("more", "fewer", "same count") and of attributes (same colour, size, shape or material),
quantifiers ("all", "every", "everything", "most", "no ... anywhere", "any"), exceptions, relations (left, right, in
front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing, throwing, above,
behind, left, right, in front), one- and two-hop chains, superlatives and ordinals, other things sharing a value, which
of two things is the bigger, lists of values, the number of different colours, sides of a CLEVR picture, sides, rows
and corners of the photos and the drawing, and the text on the photos' bus, sign, road, bottle and clock. About half
ask about CLEVR val scenes (37, 8, 33, 6, 10, 1, 3, 4, 23, 51, 39, 40, 34 and 58; two people each on 37, 8, 33, 6, 10,
1 and 4, one on the rest), about 30% about the photo-like graphs (street, kitchen, park) and 20% about the drawing of
flat shapes; about one in ten must be refused, each in the same voice as the person's other questions (prices and
costs, opinions and favourites, what happens next, names, makers and where to buy, places, weights, translations and
species: the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of an
object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations
and attributes leave open. A which-side question is answered with the side; a "which is bigger" between two things is
asked only where their size classes differ, and answered with the word that tells the bigger one from the other (its
shape). Answers are the graph's words (gray, not grey; sphere, not ball; bicycle, not bike; "blue, red, white" for a
list, most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag. Every gold program and
answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), blind_gold.py and blind_helpers.py
(the gold helpers imported here), the first 5 lines of blind66.jsonl (for the line format), plus the scenes themselves
(photo_scenes.json and the CLEVR val scenes file, inspected with small Python snippets). No question was run through
nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind81.py`` to write ``../blind81.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind81.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def count_of(s, **want) -> int:
    return len(s.f(**want))


def yellow_rectangle(p) -> str:
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 37: large gray rubber cyl, small brown rubber cube (front), large purple metal cube, small red rubber sph (far right), small red rubber cube, small gray metal cyl (back), small cyan rubber sph, large blue metal cyl (far left)

# --- Gwen, a chatty Cardiff hairdresser
C(
    "count",
    37,
    "Ooh, d'you know what, I love a little puzzle on my lunch. How many cylinders can you see in this one?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "count",
    37,
    "And of the red bits, how many are cubes and not balls?",
    "count(f(sel(cube), color=red))",
    lambda s: n(s.f(shape="cube", color="red")),
)
C(
    "attribute",
    37,
    "That big purple box — is that shiny metal or is it rubber, would you say?",
    "choose(u(f(sel(cube), size=large, color=purple)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", size="large", color="purple"), "material"),
)
C(
    "compare_size",
    37,
    "Which one's bigger then, the blue cylinder or the little brown cube?",
    "q(u(f(union(f(sel(cylinder), color=blue), f(sel(cube), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="blue"), s.the(shape="cube", color="brown")),
)
C(
    "same_attr",
    37,
    "The little red ball — how many other things in there are the same colour as it?",
    "count(same_attr(u(f(sel(sphere), color=red)), color))",
    lambda s: n(others(s, s.the(shape="sphere", color="red"), "color")),
)
X(37, "That purple is lush. What paint would I need to get that colour on my bathroom wall, and where'd I buy it?")

# --- Arjun, a Bangalore software developer
C(
    "negation",
    37,
    "Kindly tell me how many objects are not made of metal.",
    "count(fn(scene(), material=metal))",
    lambda s: n(lacking(s, s.all(), material="metal")),
)
C(
    "superlative",
    37,
    "Which object is at the extreme back? Please tell its shape only.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    37,
    "The big gray cylinder — how many things are there to its left side?",
    "count(rel(u(f(sel(cylinder), size=large, color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", size="large", color="gray"))),
)
C(
    "compare_count",
    37,
    "Cubes and cylinders, both are having the same count, is it?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(count_of(s, shape="cube") == count_of(s, shape="cylinder")),
)
C(
    "chain",
    37,
    "On the left side of the big gray cylinder there is one ball. Behind that ball is one more cylinder. That cylinder is made of what material?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=large, color=gray)), left), shape=sphere)), behind), shape=cylinder)), material)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cylinder", size="large", color="gray"), "left", shape="sphere"),
            "behind",
            shape="cylinder",
        ),
        "material",
    ),
)
C(
    "exist",
    37,
    "Is there any green coloured object at all?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
X(
    37,
    "My son wants this same set for his school project. From where can I order it and how much it will cost in rupees?",
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl (far right), small cyan metal cube (far left), small brown rubber cube (back), large purple metal sph, small yellow rubber cyl (front), small yellow metal cube

# --- Bob, a retired Minnesota farmer
C(
    "count",
    8,
    "Well now, how many of them little blocks are in there? The cubes, I mean.",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C(
    "attribute",
    8,
    "Oh, ya, and that big purple ball, what's she made of?",
    "q(u(f(sel(sphere), size=large, color=purple)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large", color="purple"), "material"),
)
C(
    "compare_attr",
    8,
    "Them two yellow ones, are they the same shape?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: alike(s, s.f(color="yellow"), "shape"),
)
C(
    "spatial",
    8,
    "Is the big gray cylinder sittin' behind the yellow cylinder there?",
    "exist(f(rel(u(f(sel(cylinder), color=yellow)), behind), size=large, color=gray, shape=cylinder))",
    lambda s: is_rel(
        s, {"shape": "cylinder", "size": "large", "color": "gray"}, "behind", {"shape": "cylinder", "color": "yellow"}
    ),
)
C(
    "count",
    8,
    "How many gray ones all told?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
X(8, "Would these be safe for the grandkids to play with? The little one puts everything in her mouth.")

# --- Chloe, a nurse on a night shift
C(
    "count",
    8,
    "quick one before my break ends — how many metal things",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "superlative",
    8,
    "which one's closest to the front? just the shape pls",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "quantifier",
    8,
    "sorry brain's fried. are all the cubes small?",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: every(s, s.f(shape="cube"), size="small"),
)
C(
    "two_clause",
    8,
    "is there a purple sphere and also a purple cylinder",
    "and_(exist(f(sel(sphere), color=purple)), exist(f(sel(cylinder), color=purple)))",
    lambda s: yes(bool(s.f(shape="sphere", color="purple")) and bool(s.f(shape="cylinder", color="purple"))),
)
C(
    "position",
    8,
    "the cyan cube, is it over on the left or the right of the pic",
    "choose(u(f(sel(cube), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="cyan")),
)
C(
    "compare_count",
    8,
    "are there fewer rubber things than metal ones",
    "lt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(count_of(s, material="rubber") < count_of(s, material="metal")),
)

# scene 33: small cyan rubber cube (far right), small gray metal sph, small blue rubber cyl, large cyan metal cyl (back), large green metal cube (far left), large red metal sph (front)

# --- Kwame, a Ghanaian accountant in London
C(
    "count",
    33,
    "Good afternoon. Please, how many objects are there in all?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "count",
    33,
    "Of the large objects, how many are made of metal?",
    "count(f(scene(), size=large, material=metal))",
    lambda s: n(s.f(size="large", material="metal")),
)
C(
    "quantifier",
    33,
    "Is it correct that every rubber item in the picture is a small one?",
    "not_(exist(fn(f(scene(), material=rubber), size=small)))",
    lambda s: every(s, s.f(material="rubber"), size="small"),
)
C(
    "compare_attr",
    33,
    "Kindly confirm whether the two cyan items are of the same material.",
    "same(f(scene(), color=cyan), material)",
    lambda s: alike(s, s.f(color="cyan"), "material"),
)
C(
    "superlative",
    33,
    "Which item is positioned furthest to the left? Its colour, please.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
X(33, "Supposing these were for sale in a shop, what would the whole lot cost in pounds?")

# --- Ines, a Portuguese student
C("count", 33, "How many balls there are in this image?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    33,
    "The cylinder more big, which colour it has?",
    "q(u(f(sel(cylinder), size=large)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "color"),
)
C(
    "spatial",
    33,
    "In front of the blue cylinder, how many things are?",
    "count(rel(u(f(sel(cylinder), color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="blue"))),
)
C(
    "number",
    33,
    "How many different colours exist in the image?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "compare_size",
    33,
    "The red ball is more big than the gray ball?",
    "larger(u(f(sel(sphere), color=red)), u(f(sel(sphere), color=gray)))",
    lambda s: larger(s, s.the(shape="sphere", color="red"), s.the(shape="sphere", color="gray")),
)
C(
    "position",
    33,
    "The small cube of cyan, it is in the right side of the photo or in the left?",
    "choose(u(f(sel(cube), size=small, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="small", color="cyan")),
)

# scene 6: small purple rubber sph, large red rubber cyl (back), small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube (far right), large red rubber sph (front), large gray rubber sph (far left)

# --- Doug, a Queensland plumber
C(
    "count",
    6,
    "G'day. How many of them round ones are there, mate?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "negation",
    6,
    "And how many aren't red?",
    "count(fn(scene(), color=red))",
    lambda s: n(lacking(s, s.all(), color="red")),
)
C(
    "compare_count",
    6,
    "Reckon there's more big fellas than little ones?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(count_of(s, size="large") > count_of(s, size="small")),
)
C(
    "quantifier",
    6,
    "Bar the two cubes, is the whole lot rubber?",
    "not_(exist(fn(fn(scene(), shape=cube), material=rubber)))",
    lambda s: every(s, lacking(s, s.all(), shape="cube"), material="rubber"),
)
C(
    "chain",
    6,
    "There's a cube off to the right of the little red cube. What colour's that one?",
    "q(u(f(rel(u(f(sel(cube), size=small, color=red)), right), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", size="small", color="red"), "right", shape="cube"), "color"),
)
X(6, "How heavy would that big red ball be, ya reckon? Roughly, in kilos.")

# --- Margaret, a retired librarian
C(
    "superlative",
    6,
    "I'd like to know which object is second from the front. What shape is it, please?",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
C(
    "compare_attr",
    6,
    "Are the two purple objects the same shape, or do they differ?",
    "same(f(scene(), color=purple), shape)",
    lambda s: alike(s, s.f(color="purple"), "shape"),
)
C(
    "list",
    6,
    "Could you list the colours of the spheres for me?",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "spatial",
    6,
    "Is the gray sphere to the left of the brown one?",
    "exist(f(rel(u(f(sel(sphere), color=brown)), left), color=gray, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "gray"}, "left", {"shape": "sphere", "color": "brown"}),
)
C(
    "spatial",
    6,
    "How many objects would you say are behind the small red cube?",
    "count(rel(u(f(sel(cube), size=small, color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="small", color="red"))),
)
C(
    "exist",
    6,
    "And is there any object that is both large and made of metal?",
    "exist(f(scene(), size=large, material=metal))",
    lambda s: yes(bool(s.f(size="large", material="metal"))),
)

# scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl (front), large gray metal cyl (far right), small gray rubber cube (back), large red rubber sph

# --- Tyler, twelve, a gamer
C("count", 10, "yo how many cylinders are there", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "attribute",
    10,
    "whats the cube made of",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "verify",
    10,
    "is the purple ball literally metal",
    "verify(u(f(sel(sphere), color=purple)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="purple"), "material") == "metal"),
)
C(
    "superlative",
    10,
    "which thing is the furthest right bro what color is it",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "compare_count",
    10,
    "are there more big things than small things",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(count_of(s, size="large") > count_of(s, size="small")),
)
X(10, "if this was a video game which one would be the final boss lol")

# --- Helga, a Swedish physiotherapist
C(
    "count",
    10,
    "Okay so, how many objects are either red or gray?",
    "count(union(f(scene(), color=red), f(scene(), color=gray)))",
    lambda s: n(s.f(color=("red", "gray"))),
)
C(
    "compare_attr",
    10,
    "Is it so that the two red objects have the same shape?",
    "same(f(scene(), color=red), shape)",
    lambda s: alike(s, s.f(color="red"), "shape"),
)
C(
    "spatial",
    10,
    "How many objects are standing behind the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="green"))),
)
C(
    "chain",
    10,
    "To the right of the big red ball there is a cube. Is this cube large or small?",
    "choose(u(f(rel(u(f(sel(sphere), size=large, color=red)), right), shape=cube)), size, [large, small])",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="large", color="red"), "right", shape="cube"), "size"),
)
C(
    "position",
    10,
    "The purple ball — is it on the left side of the picture or the right?",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
C(
    "number",
    10,
    "How many different colours do the cylinders have?",
    "nvalues(sel(cylinder), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="cylinder")})),
)

# scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl (front), small blue rubber cyl (far right), small brown metal sph (far left)

# --- Pat, a Dublin bus driver
C("count", 1, "How many things have we in this one, so?", "count(scene())", lambda s: n(s.all()))
C(
    "compare_attr",
    1,
    "Are the two blue yokes made of the same stuff, would ya say?",
    "same(f(scene(), color=blue), material)",
    lambda s: alike(s, s.f(color="blue"), "material"),
)
C(
    "attribute",
    1,
    "What's the little ball made of?",
    "q(u(f(sel(sphere), size=small)), material)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "material"),
)
C(
    "spatial",
    1,
    "Is the purple cube in front of the gray one?",
    "exist(f(rel(u(f(sel(cube), color=gray)), front), color=purple, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "purple"}, "front", {"shape": "cube", "color": "gray"}),
)
C(
    "superlative",
    1,
    "Grand. Which one's furthest back? Tell us the colour.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "count",
    1,
    "How many of them are made of rubber, would ya say?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)

# --- Mei, a Chinese chemistry graduate student
C("count", 1, "How many cylinder are there in picture?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "verify",
    1,
    "Big gray cube is rubber material?",
    "verify(u(f(sel(cube), size=large, color=gray)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="gray"), "material") == "rubber"),
)
C(
    "spatial",
    1,
    "How many object are on right side of purple cube?",
    "count(rel(u(f(sel(cube), color=purple)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="purple"))),
)
C(
    "compare_size",
    1,
    "Sphere and purple cube, which one is bigger?",
    "q(u(f(union(sel(sphere), f(sel(cube), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere"), s.the(shape="cube", color="purple")),
)
C(
    "quantifier",
    1,
    "All cube are large, correct?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)
C(
    "list",
    1,
    "What materials the cylinders have? List all.",
    "values(sel(cylinder), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="cylinder")),
)

# scene 4 (all small but one): small red rubber cyl (back), small green rubber cyl (far left), small brown rubber sph (front), small yellow metal sph (far right), small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph

# --- Denise, a kindergarten teacher counting with her class
C(
    "count",
    4,
    "Okay friends, let's count! How many yellow things can we find?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C("count", 4, "Now how many balls are there altogether?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "exist",
    4,
    "Can anybody spot a big one? Is there anything large in the picture?",
    "exist(f(scene(), size=large))",
    lambda s: yes(bool(s.f(size="large"))),
)
C(
    "attribute",
    4,
    "What colour is the big ball, everybody?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "compare_count",
    4,
    "Do we have more balls than cylinders, boys and girls?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(count_of(s, shape="sphere") > count_of(s, shape="cylinder")),
)
X(4, "What should we call the big blue ball, class? What's its name going to be?")

# --- Vikram, an insurance claims adjuster
C(
    "count",
    4,
    "Please confirm the total number of cylinders on record.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "negation",
    4,
    "Number of items that are neither yellow nor metal?",
    "count(fn(fn(scene(), color=yellow), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "yellow" and s.a(i, "material") != "metal"]),
)
C(
    "superlative",
    4,
    "Identify the item positioned furthest back and state its colour.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    4,
    "How many spheres are located behind the large blue sphere?",
    "count(f(rel(u(f(sel(sphere), size=large, color=blue)), behind), shape=sphere))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="sphere", size="large", color="blue")), shape="sphere")),
)
C(
    "same_attr",
    4,
    "How many other items share the material of the purple cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=purple)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", color="purple"), "material")),
)
C(
    "quantifier",
    4,
    "For the file: are most of the items made of rubber?",
    "gt(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber)))",
    lambda s: most([s.a(i, "material") == "rubber" for i in s.all()]),
)
X(4, "What would the replacement value of the large blue sphere be, for the purposes of the claim?")

# scene 3: small red metal sph, small purple metal cube (front, left), large red rubber cyl (far right), large purple rubber cyl (back), small red metal cyl

# --- Frank, a grumbling retired postman
C(
    "count",
    3,
    "Look, I just want to know how many red things there are. That's it.",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_attr",
    3,
    "The two big cylinders. Same colour? Didn't think so.",
    "same(f(sel(cylinder), size=large), color)",
    lambda s: alike(s, s.f(shape="cylinder", size="large"), "color"),
)
C(
    "spatial",
    3,
    "Is the red ball to the left of the big red cylinder or not?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=red)), left), color=red, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "red"}, "left", {"shape": "cylinder", "size": "large", "color": "red"}
    ),
)
C(
    "chain",
    3,
    "Alright, behind the purple cube there's a ball. To the left of that ball there's one cylinder. Big or small?",
    "choose(u(f(rel(u(f(rel(u(f(sel(cube), color=purple)), behind), shape=sphere)), left), shape=cylinder)), size, [large, small])",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="purple"), "behind", shape="sphere"), "left", shape="cylinder"), "size"
    ),
)
C(
    "negation",
    3,
    "How many of 'em aren't cylinders, for cryin' out loud?",
    "count(fn(scene(), shape=cylinder))",
    lambda s: n(lacking(s, s.all(), shape="cylinder")),
)
X(3, "And why would anybody bother taking a picture of a bunch of blocks in the first place?")

# scene 23: small yellow metal sph, small brown metal cyl (front, left), large yellow rubber cyl (back), small brown metal sph (far right)

# --- Amaka, a Lagos fashion designer
C(
    "count",
    23,
    "Please how many brown things are in this picture?",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "compare_attr",
    23,
    "The two balls are the same colour abi?",
    "same(sel(sphere), color)",
    lambda s: alike(s, s.f(shape="sphere"), "color"),
)
C(
    "count",
    23,
    "How many of the small ones are shiny metal?",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "superlative",
    23,
    "Which one is the most at the right side? Tell me the colour o.",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "compare_size",
    23,
    "Between the yellow ball and the yellow cylinder, which one is bigger?",
    "q(u(f(union(f(sel(sphere), color=yellow), f(sel(cylinder), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="yellow"), s.the(shape="cylinder", color="yellow")),
)
C("exist", 23, "Is there any cube in this picture at all?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))

# scene 51: small brown metal sph (right), large gray rubber sph (back), small yellow metal cube (front, left)

# --- Jim, a dad with a toddler on his lap
C(
    "count",
    51,
    "Toddler on my lap keeps pointing at the balls. How many balls are there?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    51,
    "What colour's the cube? She keeps asking.",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_size",
    51,
    "Is the gray ball bigger than the brown one?",
    "larger(u(f(sel(sphere), color=gray)), u(f(sel(sphere), color=brown)))",
    lambda s: larger(s, s.the(shape="sphere", color="gray"), s.the(shape="sphere", color="brown")),
)
C(
    "spatial",
    51,
    "Is the yellow cube in front of the gray ball?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), front), color=yellow, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "front", {"shape": "sphere", "color": "gray"}),
)
C(
    "verify",
    51,
    "The brown ball's metal, right?",
    "verify(u(f(sel(sphere), color=brown)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="brown"), "material") == "metal"),
)
X(51, "What noise would the yellow cube make if she dropped it on the kitchen floor?")

# scene 39: large gray metal cyl, small brown rubber cyl (far left, back), small gray metal cube (front)

# --- Sofia, a Mexican architect
C(
    "count",
    39,
    "How many cylinders are in the image, please?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    39,
    "The cube and the big cylinder have the same colour, no?",
    "same(u(sel(cube)), u(f(sel(cylinder), size=large)), color)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == s.a(s.the(shape="cylinder", size="large"), "color")),
)
C(
    "spatial",
    39,
    "The cylinder of brown is more to the left than the cube?",
    "exist(f(rel(u(sel(cube)), left), color=brown, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "brown"}, "left", {"shape": "cube"}),
)
C(
    "superlative",
    39,
    "Which object is the most behind? I want to know of what material it is.",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
C(
    "position",
    39,
    "The brown cylinder is in the left part of the image or the right part?",
    "choose(u(f(sel(cylinder), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="brown")),
)
C(
    "count",
    39,
    "And how many objects are of metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)

# scene 40: small cyan metal cube (right, front), large brown rubber cyl (left), large gray metal cube (back)

# --- Ray, a Florida pool cleaner
C("count", 40, "How many cubes we lookin' at?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    40,
    "Those two cubes, they the same size?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "attribute",
    40,
    "What's the cylinder made out of?",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "spatial",
    40,
    "Is the little cyan cube on the right of the big gray one?",
    "exist(f(rel(u(f(sel(cube), size=large, color=gray)), right), size=small, color=cyan, shape=cube))",
    lambda s: is_rel(
        s,
        {"shape": "cube", "size": "small", "color": "cyan"},
        "right",
        {"shape": "cube", "size": "large", "color": "gray"},
    ),
)
C("exist", 40, "Any spheres in there at all?", "exist(sel(sphere))", lambda s: yes(bool(s.f(shape="sphere"))))
C(
    "superlative",
    40,
    "Which one's farthest back? What color?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)

# scene 34 (all metal): small red metal cyl (front, left), small yellow metal cube (back), large gray metal cyl (right)

# --- Anneke, a blunt Dutch dentist
C(
    "quantifier",
    34,
    "Is everything here made of metal? Yes or no.",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C("count", 34, "How many cylinders. Just the number.", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "spatial",
    34,
    "Behind the red cylinder, how many things?",
    "count(rel(u(f(sel(cylinder), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="red"))),
)
C(
    "superlative",
    34,
    "Which object is most to the right? I want the shape.",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "compare_size",
    34,
    "Is the yellow cube bigger than the gray cylinder?",
    "larger(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=gray)))",
    lambda s: larger(s, s.the(shape="cube", color="yellow"), s.the(shape="cylinder", color="gray")),
)
X(34, "Honestly, is this the most boring picture you have ever seen, or is it just me?")

# scene 58: small blue rubber sph (back, right), large cyan metal cube (front), large purple metal cube (left)

# --- Pierre, a Quebec hockey dad
C("count", 58, "How many cubes are there, eh?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    58,
    "The two cubes, are they the same size or not?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "attribute",
    58,
    "The ball in the back, what colour is it?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "spatial",
    58,
    "Is the cyan cube in front of the purple one?",
    "exist(f(rel(u(f(sel(cube), color=purple)), front), color=cyan, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "cyan"}, "front", {"shape": "cube", "color": "purple"}),
)
C(
    "two_clause",
    58,
    "Is the sphere small and also made of rubber?",
    "and_(verify(u(sel(sphere)), size, small), verify(u(sel(sphere)), material, rubber))",
    lambda s: yes(s.a(s.the(shape="sphere"), "size") == "small" and s.a(s.the(shape="sphere"), "material") == "rubber"),
)
X(58, "My boy says the purple cube looks like a hockey puck. Which NHL team wears those colours?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right, right of the bus), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Lucia, a tourist from Seville
P(
    "text",
    "street",
    "What is written on the side of the bus? I think it is Spanish!",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "attribute",
    "street",
    "And the bus is of which colour?",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P("count", "street", "How many people are in the street?", "count(sel(person))", lambda p: n(people(p)))
P(
    "where",
    "street",
    "The woman is in front of the bus, or behind?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "text",
    "street",
    "And the words painted on the road, what they say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
X("street", "What does 'cero emisiones' mean in English? My son is asking me and I forget.")

# --- Gary, a driving instructor
P(
    "text",
    "street",
    "What's the sign say? Tell me you know this one.",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "where",
    "street",
    "Right, the car — is it to the left of the bus or the right?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P(
    "position",
    "street",
    "Where in the frame is the car, top or bottom?",
    "choose(u(sel(car)), vposition, [top, bottom])",
    lambda p: p.value(p.the("car"), "vposition"),
)
P(
    "verify",
    "street",
    "The stop sign's red, I take it?",
    "verify(u(sel(sign)), color, red)",
    lambda p: yes(p.value(p.the("sign"), "color") == "red"),
)
P(
    "count",
    "street",
    "How many vehicles in shot? Bus, cars, whatever.",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
X("street", "Would that white car pass its MOT, d'you reckon?")

# --- Ahmed, a Cairo-born delivery driver
P("count", "street", "How many man in the street?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "chain",
    "street",
    "The man with the white clothes, his tie is which colour?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "spatial",
    "street",
    "Somebody is carrying the dog. Who is this?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "compare_attr",
    "street",
    "The two tie, same colour?",
    "same(sel(tie), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("tie")}) == 1),
)
P(
    "spatial",
    "street",
    "The sign is on the right of the bus, yes?",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "sign"))),
)
P(
    "spatial",
    "street",
    "The man in black, he is on the left of the bus?",
    "exist(f(rel(u(sel(bus)), left, name=man), color=black))",
    lambda p: yes(any(p.value(o, "color") == "black" for o in named(p, p.subjects("left", p.the("bus")), "man"))),
)

# --- Nell, nine
P("attribute", "street", "what colour is the doggy", "q(u(sel(dog)), color)", lambda p: p.value(p.the("dog"), "color"))
P("exist", "street", "is there a cat", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "superlative",
    "street",
    "who is on the far left",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "verify",
    "street",
    "is the dog a small one",
    "verify(u(sel(dog)), size, small)",
    lambda p: yes(p.value(p.the("dog"), "size") == "small"),
)
P(
    "two_clause",
    "street",
    "is the lady wearing green and holding the dog",
    "and_(verify(u(sel(woman)), color, green), vrel(u(sel(dog)), holding, name=woman))",
    lambda p: yes(
        p.value(p.the("woman"), "color") == "green" and bool(named(p, p.subjects("holding", p.the("dog")), "woman"))
    ),
)
P(
    "number",
    "street",
    "how many colours are the people wearing",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
X("street", "whats the dogs name")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a silver metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Oksana, a Ukrainian cleaner
P(
    "count",
    "kitchen",
    "On the table is how many cups?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "count",
    "kitchen",
    "And how many things stand on table together, everything?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "verify",
    "kitchen",
    "Table is from wood?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P("text", "kitchen", "Clock show what time?", "q(u(sel(clock)), text)", lambda p: p.value(p.the("clock"), "text"))
P(
    "negation",
    "kitchen",
    "Cups which are not white — how many?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "attribute",
    "kitchen",
    "The plate, what colour?",
    "q(u(sel(plate)), color)",
    lambda p: p.value(p.the("plate"), "color"),
)

# --- Graham, a fussy retired accountant
P(
    "negation",
    "kitchen",
    "Precisely how many items are on the table, not counting the bottle?",
    "count(diff(rel(u(sel(table)), on), sel(bottle)))",
    lambda p: n([o for o in on_table(p) if p.name(o) != "bottle"]),
)
P(
    "superlative",
    "kitchen",
    "Which cup stands furthest to the right? Its colour, please.",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "text",
    "kitchen",
    "The label on the bottle — what exactly does it read?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "compare_attr",
    "kitchen",
    "Is the plate the same colour as the clock?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "chain",
    "kitchen",
    "The cup immediately to the right of the plate: what colour is it?",
    "q(u(rel(u(sel(plate)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("plate")), "cup")), "color"),
)
X("kitchen", "And what would a bottle of water like that cost, roughly, at the supermarket?")

# --- Priscilla, a food blogger
P(
    "list",
    "kitchen",
    "Ooh, which colours are the cups? Listing them for my post!",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "position",
    "kitchen",
    "Is the clock at the top or the bottom of the shot?",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)
P(
    "spatial",
    "kitchen",
    "What's that thing above the table?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "verify",
    "kitchen",
    "Is the fork silver?",
    "verify(u(sel(fork)), color, silver)",
    lambda p: yes(p.value(p.the("fork"), "color") == "silver"),
)
P("exist", "kitchen", "Is there a spoon anywhere?", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
P(
    "spatial",
    "kitchen",
    "Is the bottle to the left of the white cup?",
    "vrel(u(f(sel(cup), color=white)), left, name=bottle)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("cup", color="white")), "bottle"))),
)

# --- Tom, eleven, laying the table for his mum
P("count", "kitchen", "mum says count the plates", "count(sel(plate))", lambda p: n(p.f("plate")))
P(
    "spatial",
    "kitchen",
    "what is the fork next to",
    "q(u(rel(u(sel(fork)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("fork")))),
)
P(
    "spatial",
    "kitchen",
    "is the red cup on the left of the plate",
    "exist(f(rel(u(sel(plate)), left, name=cup), color=red))",
    lambda p: yes(any(p.value(o, "color") == "red" for o in named(p, p.subjects("left", p.the("plate")), "cup"))),
)
P(
    "superlative",
    "kitchen",
    "whats the colour of the leftmost cup",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
P(
    "quantifier",
    "kitchen",
    "are all the cups on the table already",
    "not_(exist(diff(sel(cup), rel(u(sel(table)), on))))",
    lambda p: yes(all(c in on_table(p) for c in p.f("cup"))),
)
X("kitchen", "is my mum gonna be mad if i break one of the cups")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Kev, a council groundskeeper
P("count", "park", "How many benches we got out there?", "count(sel(bench))", lambda p: n(p.f("bench")))
P(
    "verify",
    "park",
    "Bench is painted green, yeah?",
    "verify(u(sel(bench)), color, green)",
    lambda p: yes(p.value(p.the("bench"), "color") == "green"),
)
P("count", "park", "How many dogs running about?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "compare_count",
    "park",
    "More people than dogs, surely?",
    "gt(count(sel(person)), count(sel(dog)))",
    lambda p: yes(len(people(p)) > len(p.f("dog"))),
)
P(
    "spatial",
    "park",
    "What's parked to the right of the bench?",
    "q(u(rel(u(sel(bench)), right)), name)",
    lambda p: p.name(only(p.subjects("right", p.the("bench")))),
)
P(
    "position",
    "park",
    "And which side of the shot is the bike on, left or right?",
    "choose(u(sel(bicycle)), hposition, [left, right])",
    lambda p: p.value(p.the("bicycle"), "hposition"),
)

# --- Hannah, a watchful mum
P(
    "chain",
    "park",
    "What is the boy in blue throwing?",
    "q(u(rel(u(f(sel(boy), color=blue)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy", color="blue"), "throwing"))),
)
P(
    "spatial",
    "park",
    "Is the boy staying close to the bench?",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("bench")), "boy"))),
)
P("count", "park", "How many children are in the park?", "count(sel(child))", lambda p: n(children(p)))
P(
    "exist",
    "park",
    "Is anyone holding the white dog?",
    "exist(rel(u(f(sel(dog), color=white)), holding))",
    lambda p: yes(bool(p.subjects("holding", p.the("dog", color="white")))),
)
P(
    "spatial",
    "park",
    "What's near the girl in pink?",
    "q(u(rel(u(f(sel(girl), color=pink)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("girl", color="pink")))),
)
X("park", "Is that white dog friendly? Should I let my kids go up and stroke it?")

# --- Luis, a Filipino caregiver
P("count", "park", "How many womans are in the picture po?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "attribute",
    "park",
    "The woman in middle, what is the colour of her dress?",
    "q(u(f(sel(woman), hposition=middle)), color)",
    lambda p: p.value(p.the("woman", hposition="middle"), "color"),
)
P(
    "superlative",
    "park",
    "Who is standing on the most right side?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "spatial",
    "park",
    "The bicycle is near to the woman in white, right?",
    "vrel(u(f(sel(woman), color=white)), near, name=bicycle)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("woman", color="white")), "bicycle"))),
)
P(
    "position",
    "park",
    "The frisbee, it is in the upper part or the lower part of the picture?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "count",
    "park",
    "How many persons is wearing white?",
    "count(f(sel(person), color=white))",
    lambda p: n([o for o in people(p) if p.value(o, "color") == "white"]),
)

# --- Dot, an elderly birdwatcher
P(
    "exist",
    "park",
    "Are there any birds? I'm always looking for birds.",
    "exist(sel(bird))",
    lambda p: yes(bool(p.f("bird"))),
)
P("count", "park", "How many trees are there in the picture?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "compare_attr",
    "park",
    "Are both trees the same colour?",
    "same(sel(tree), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("tree")}) == 1),
)
P(
    "chain",
    "park",
    "The child standing by the white dog has a tree behind her. Is that tree on the left or the right of the picture?",
    "choose(u(rel(u(rel(u(f(sel(dog), color=white)), near, name=girl)), behind)), hposition, [left, right])",
    lambda p: p.value(
        only(p.subjects("behind", only(named(p, p.subjects("near", p.the("dog", color="white")), "girl")))), "hposition"
    ),
)
P(
    "verify",
    "park",
    "Is the frisbee yellow? My eyes aren't so good at that distance.",
    "verify(u(sel(frisbee)), color, yellow)",
    lambda p: yes(p.value(p.the("frisbee"), "color") == "yellow"),
)
X("park", "What kind of tree would those be — oaks? Sycamores?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Mr Rossi, an Italian tiler who calls the shapes pieces
P("count", "shapes", "How many pieces are in this design?", "count(scene())", lambda p: n(p.objects))
P(
    "count",
    "shapes",
    "How many pieces are small, please?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "position",
    "shapes",
    "Which piece sits in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "The hexagon is bigger than the triangle?",
    "larger(u(sel(hexagon)), u(sel(triangle)))",
    lambda p: drawn_larger(p, p.the("hexagon"), p.the("triangle")),
)
P(
    "list",
    "shapes",
    "Which shapes are blue? Tell me all.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
X("shapes", "How much for tiles like this, per square metre?")

# --- Ellie, four, with her dad typing
P("count", "shapes", "ellie wants to know how many circles", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "verify",
    "shapes",
    "is the triangle green",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P("exist", "shapes", "is there a pink one", "exist(f(scene(), color=pink))", lambda p: yes(bool(p.f(color="pink"))))
P("attribute", "shapes", "what colour is the star", "q(u(sel(star)), color)", lambda p: p.value(p.the("star"), "color"))
P(
    "compare_size",
    "shapes",
    "which is bigger the red circle or the red star",
    "q(u(f(union(f(sel(circle), color=red), f(sel(star), color=red)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("star", color="red")),
)
P(
    "verify",
    "shapes",
    "is the square blue",
    "verify(u(sel(square)), color, blue)",
    lambda p: yes(p.value(p.the("square"), "color") == "blue"),
)

# --- Ben, an art-school student
P(
    "number",
    "shapes",
    "How many distinct hues are there in the composition?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "compare_count",
    "shapes",
    "Are there more small elements than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "superlative",
    "shapes",
    "Reading the bottom row left to right, what's the last shape?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "quantifier",
    "shapes",
    "Are all the large shapes up in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "compare_attr",
    "shapes",
    "Do the square and the hexagon share a colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
X("shapes", "Is this a deliberate nod to Kandinsky, do you think?")

# --- Noor, a Jordanian maths tutor
P(
    "count",
    "shapes",
    "How many shapes are in the top row?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "count",
    "shapes",
    "How many rectangles are there, counting the square as a rectangle too?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "same_attr",
    "shapes",
    "How many shapes have the same size as the star, without the star itself?",
    "count(same_attr(u(sel(star)), size))",
    lambda p: n([o for o in p.objects if o != p.the("star") and p.value(o, "size") == p.value(p.the("star"), "size")]),
)
P(
    "negation",
    "shapes",
    "How many shapes are not in the bottom row?",
    "count(fn(scene(), vposition=bottom))",
    lambda p: n([o for o in p.objects if p.value(o, "vposition") != "bottom"]),
)
P(
    "superlative",
    "shapes",
    "In the top row, which shape is the second one from the right?",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)
X("shapes", "What is the area of the triangle in square centimetres?")

# --- Kath, an office worker on her break
P("count", "shapes", "Go on then, how many triangles?", "count(sel(triangle))", lambda p: n(p.f("triangle")))
P(
    "compare_size",
    "shapes",
    "Is the triangle bigger than the square?",
    "larger(u(sel(triangle)), u(sel(square)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("square")),
)
P(
    "position",
    "shapes",
    "What's in the very middle of the picture? Shape only.",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
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
    "Fewer red shapes than blue ones, right?",
    "lt(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) < len(p.f(color="blue"))),
)
X("shapes", "Honestly though, which one's your favourite?")

# --- Dev, eight
P("count", "shapes", "how many shapes are red", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "verify",
    "shapes",
    "is the hexagon big",
    "verify(u(sel(hexagon)), size, large)",
    lambda p: yes(p.value(p.the("hexagon"), "size") == "large"),
)
P(
    "position",
    "shapes",
    "what shape is at the bottom on the left",
    "q(u(f(scene(), hposition=left, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "shape"),
)
P(
    "position",
    "shapes",
    "is the square on top or on the bottom",
    "choose(u(sel(square)), vposition, [top, bottom])",
    lambda p: p.value(p.the("square"), "vposition"),
)
P(
    "negation",
    "shapes",
    "how many big shapes are not red",
    "count(fn(f(scene(), size=large), color=red))",
    lambda p: n([o for o in p.f(size="large") if p.value(o, "color") != "red"]),
)
P(
    "attribute",
    "shapes",
    "what colour is the little circle",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)

# --- Yvonne, a French-Canadian seamstress
P(
    "attribute",
    "shapes",
    "The yellow rectangle, it is big or small?",
    "choose(u(f(sel(rectangle), color=yellow)), size, [large, small])",
    lambda p: p.value(yellow_rectangle(p), "size"),
)
P(
    "list",
    "shapes",
    "The shapes in the bottom line, which colours they have? All of them please.",
    "values(f(scene(), vposition=bottom), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="bottom")),
)
P(
    "compare_attr",
    "shapes",
    "The big circle and the triangle, they have the same size?",
    "same(u(f(sel(circle), size=large)), u(sel(triangle)), size)",
    lambda p: yes(p.value(p.the("circle", size="large"), "size") == p.value(p.the("triangle"), "size")),
)
P(
    "compare_count",
    "shapes",
    "Is there more circles than squares?",
    "gt(count(sel(circle)), count(sel(square)))",
    lambda p: yes(len(p.f("circle")) > len(p.f("square"))),
)
P(
    "negation",
    "shapes",
    "Except the blue ones, how many shapes are small?",
    "count(fn(f(scene(), size=small), color=blue))",
    lambda p: n([o for o in p.f(size="small") if p.value(o, "color") != "blue"]),
)
X("shapes", "With this pattern I could sew a quilt. How many metres of fabric I need for it?")

# --- Hank, a retired sign painter
P(
    "attribute",
    "shapes",
    "What colour's the big triangle over on the right?",
    "q(u(f(sel(triangle), size=large)), color)",
    lambda p: p.value(p.the("triangle", size="large"), "color"),
)
P(
    "position",
    "shapes",
    "Which side of the sheet is the hexagon on, left or right?",
    "choose(u(sel(hexagon)), hposition, [left, right])",
    lambda p: p.value(p.the("hexagon"), "hposition"),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, the yellow rectangle or the little blue circle?",
    "q(u(f(union(f(sel(rectangle), color=yellow), f(sel(circle), size=small, color=blue)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, yellow_rectangle(p), p.the("circle", size="small", color="blue")),
)
P(
    "quantifier",
    "shapes",
    "Are most of the shapes blue?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)
P(
    "quantifier",
    "shapes",
    "No orange anywhere on it — that so?",
    "not_(exist(f(scene(), color=orange)))",
    lambda p: yes(not p.f(color="orange")),
)
P(
    "count",
    "shapes",
    "Squares and rectangles together, how many have we got?",
    "count(union(sel(square), sel(rectangle)))",
    lambda p: n(rectangles(p)),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
