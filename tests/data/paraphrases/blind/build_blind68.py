# ruff: noqa: E501
"""Blind paraphrase set 68: a fourteenth fresh crowd, "English as a second language, second crowd". About forty people
whose first languages are Spanish, Portuguese, Hindi, Tamil, Arabic, Turkish, Korean, Mandarin, Cantonese, Indonesian,
Tagalog, Swahili, Polish, Russian, French, German, Italian and Persian, each imagined once and kept in character for
five to seven questions about one picture, writing English the way their first language shapes it, always
understandably to a careful reader.

The cast. On the CLEVR pictures: Lucía, a Mexican dental nurse ("How many spheres there are", "the sphere brown",
"there is not no red cylinder ... I don't see none", "no?"); Ravi, a bank clerk from Pune ("Kindly do the needful",
"is which side of the photo", "isn't it?", "that sphere itself"); Ji-woo, a Korean student who puts the topic first
and drops articles ("Cylinder, how many is in this picture?", "Green color thing is exist in picture?"); Murat, a
Turkish ferry mechanic who puts the verb last ("The yellow cube small is, yes?", "Red cube's behind"); Wei, a Hangzhou
tea merchant with measure words and "have" for "there is" ("Picture inside have how many piece of brown colour
thing?", "same or not same"); Amina, a nurse from Dar es Salaam ("The balls are how many", "the things which are
small", "Is it that ..."); Giulia, a Bologna architecture student ("how many are the red objects", "the same
dimension, or no?", "Is it true that"); Dariush, a Shiraz pharmacist ("how many cube is", "its colour brown is?",
"May your hand not hurt"); Karthik, a Chennai software tester ("Totally how many", "metal only, is it?", "na?",
"kept at the most back side"); Dewi, a Yogyakarta batik seller ("cylinder there are how many?", "which one more
big?", "or not?"); Marisol, a Filipina caregiver ("po", "ba", "It has a small ball", "How many is the cylinder");
Olga, a Russian piano teacher ("at the picture", "Which colour it has?", "to the right from"); Kasia, a Kraków
translator ("How many is there cylinders", "not cylinder and not sphere"); Jean-Pierre, a Lyon baker ("There are how
many cylinders", "it is in which material?", "isn't it?"); Mohammed, an Egyptian engineer with resumptive pronouns and
doubled articles ("the spheres that they are big", "How many the colours the different"); Annika, a Leipzig
physiotherapist ("gives it", "out of metal, or?", "Stands the gray cube behind ..."); Ka-ming, a Hong Kong dim sum cook
("Got how many ball ... ah?", "rubber one", "lah"); Diego, an Argentine football coach ("Che", "more big", "not of
metal and not gray neither"); Fernanda, a Porto museum guide ("How many cylinders has the image?", "so many cylinders
as cubes", "it stays in the left side"); Shirin, a Tabriz carpet restorer ("their number how much is?", "whether they
are from one material?"); and Xiaoling, a Chengdu accountant ("purple colour cube have how many piece?", "right or not
right?", "number two object"). On the photo-like graphs: Joon-ho, a Busan delivery rider ("Bus side, written word is
what?"); Fatuma, a Mombasa teacher ("There is any bicycle ..., or there is none?"); Pedro, a Curitiba bus driver ("How
many vehicles has in the street?", "The woman of green"); Yusuf, a Jordanian pharmacist ("which colour the tie of
him?"); Sunita, a Lucknow principal ("kept on the table", "white only, na?"); Lorenzo, a Naples barista ("what there
is written?", "stays at the left of"); Mei-ling, a Kowloon hairdresser ("got how many thing?", "what colour one?");
Sergei, a Kazan taxi dispatcher ("Fork lies near plate, yes?"); Tomasz, a Gdańsk mechanic ("What colour has dog which
is near the girl?"); Budi, a Surabaya motorbike-taxi driver ("near with the boy or not?"); Ramon, a Cebu nurse ("It
has a tree behind the girl po?"); and Hélène, a Toulouse librarian ("near of which person?"). On the drawing:
Alejandro, a Colombian design student ("the corner of up at the left"); Kavitha, a Madurai tuition teacher ("coming
first from the left side"); Li Na, a Wuhan kindergarten teacher ("Have oval shape or don't have?"); Emre, an Ankara
engineering student ("than the triangle bigger is it?", "Let it come easy to you!"); Wolfgang, a Kassel surveyor
("Lies the triangle ...", "gives it"); Farzaneh, an Isfahan textile designer ("Number of the triangles is how
much?"); Nour, a Lebanese dentist ("The circle the small"); and Baraka, an Arusha safari driver ("the row of up or the
row of down").

Sentence shapes: topic first ("Cylinder, how many is ...", "Bus side, written word is what?", "Top row in, from the
right second shape which colour is?"), verb last ("The yellow cube small is, yes?", "than the triangle bigger is it?"),
"how many" after the noun ("The balls are how many", "they are how many?", "there are how many cylinders"), "how
much" for counts, "have", "has", "it has", "got" and "gives it" for "there is", measure words ("piece"), article
dropped and doubled, adjectives after the noun ("the sphere brown", "the circle the small", "the rectangle yellow"),
resumptive pronouns ("which it is orange"), a Spanish double negative ("there is not no red cylinder ... I don't see
none", meaning there is none), literal idioms ("Kindly do the needful", "May your hand not hurt", "Let it come easy
to you!"), particles and tags ("po", "ba", "ah", "lah", "na?", "no?", "or?", "or not?", "yes or not?", "right or not
right?", "isn't it?", "isn't true?", "true?"), and "whether" and "Is it that" openings.

The questions cover counts (with conditions, "not", "neither ... nor", "except", "other than"), existence, an
attribute of one thing, yes/no checks of one value, comparisons of counts ("more", "less", "so many ... as", "equal")
and of attributes (same colour, size, shape or material), quantifiers ("all", "both", "every", "none", "all ...
except"), exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs only their stated
relations: on, near, holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop chains,
superlatives and ordinals, other things sharing a value, which of two things is the bigger, a list of values, the
number of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and the
text on the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (5, 7, 11, 24, 26, 28,
29, 31, 41, 42, 43, 45, 46 and 47; one or two people to a scene), about 30% about the photo-like graphs (street,
kitchen, park) and 20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as
the person's other questions (names and makers, prices and where to buy, feelings and opinions, what happens next,
why, the world outside the picture).

Conventions (as set 53's and 66's). "The X" is only used where exactly one X matches, counting a square as a
rectangle; places and orders are only asked where a careful person could call them: on CLEVR no other object may lie
within TIE (0.25 scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture
is asked only of an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the
drawing and photos neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that
their stated relations and attributes leave open. A which-side question is answered with the side; a "which is
bigger" between two things is asked only where their size classes differ, and answered with the word that tells the
bigger one from the other (its shape, or its colour where the two share a shape). Answers are the graph's words
(gray, not grey; sphere, not ball; "brown, gray" for a list, most frequent first, ties alphabetical); yes/no answers
are "yes" or "no" whatever the tag ("right or not right?", "or?"). Every gold program and answer comes from the scene
by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/), its tests or any other
question set; the only files read were the task brief, build_blind66.py (its docstring, helpers and code, for the
format and conventions; its helper functions are copied here), the first lines of blind66.jsonl (for the line format)
and the blind_gold.py helpers it imports, plus the scenes themselves (photo_scenes.json and the CLEVR val scenes
file). No question was run through nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's
executor, through ``--check``.

Run ``python build_blind68.py`` to write ``../blind68.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind68.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 5: small cyan metal sph (front), large purple rubber sph, large brown metal sph, small purple rubber sph (far left), small red rubber cube (back), large brown metal cube, large blue rubber cube (far right), small green rubber cyl

# --- Lucía, a Mexican dental nurse (Spanish)
C(
    "count",
    5,
    "Hello, good afternoon. How many spheres there are in the picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    5,
    "The sphere brown and the cube brown, they are of the same material, no?",
    "same(u(f(sel(sphere), color=brown)), u(f(sel(cube), color=brown)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="brown"), "material") == s.a(s.the(shape="cube", color="brown"), "material")
    ),
)
C(
    "quantifier",
    5,
    "And there is not no red cylinder in all the picture, true? I don't see none.",
    "not_(exist(f(sel(cylinder), color=red)))",
    lambda s: yes(not s.f(shape="cylinder", color="red")),
)
C(
    "superlative",
    5,
    "Which is the object more to the back of all? Of what color is?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    5,
    "In front of the cylinder green, how many things there are?",
    "count(rel(u(f(sel(cylinder), color=green)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="green"))),
)
X(5, "This picture, who made it? Is from a game of the computer, or is for the school of my son?")

# --- Ravi, a Hindi-speaking bank clerk in Pune
C(
    "count",
    5,
    "Kindly do the needful and tell me how many cubes are present in the image.",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    5,
    "What is the colour of the small cube, can you tell?",
    "q(u(f(sel(cube), size=small)), color)",
    lambda s: s.a(s.the(shape="cube", size="small"), "color"),
)
C(
    "compare_count",
    5,
    "Cubes are more in number than spheres, isn't it?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)
C(
    "same_attr",
    5,
    "Same colour as the big brown sphere, how many other objects are there? Don't count that sphere itself.",
    "count(same_attr(u(f(sel(sphere), size=large, color=brown)), color))",
    lambda s: n(others(s, s.the(shape="sphere", size="large", color="brown"), "color")),
)
C(
    "position",
    5,
    "The small purple ball is which side of the photo — left side or right side?",
    "choose(u(f(sel(sphere), size=small, color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="purple")),
)
C(
    "chain",
    5,
    "Left side of the blue cube, one cylinder is there. That cylinder is made of what material?",
    "q(u(f(rel(u(f(sel(cube), color=blue)), left), shape=cylinder)), material)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="blue"), "left", shape="cylinder"), "material"),
)
# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube (far left), large brown metal cube (front), small purple metal cyl (back), small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (far right)

# --- Ji-woo, a Korean university student (topic first, articles dropped)
C("count", 7, "Cylinder, how many is in this picture?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_attr",
    7,
    "Two cyan cylinder — size is same?",
    "same(f(sel(cylinder), color=cyan), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="cyan"), "size"),
)
C(
    "superlative",
    7,
    "Most front object, what is its color?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "exist",
    7,
    "Green color thing is exist in picture?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "number",
    7,
    "In this picture, color kind is how many? Different colors only.",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
X(7, "This picture making person is who? I want to know name.")

# --- Murat, a Turkish ferry mechanic in Izmir (verb last)
C(
    "count",
    7,
    "In this picture metal things how many are there?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "spatial",
    7,
    "Red cube's behind, how many objects there are?",
    "count(rel(u(f(sel(cube), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="red"))),
)
C(
    "verify",
    7,
    "The yellow cube small is, yes?",
    "verify(u(f(sel(cube), color=yellow)), size, small)",
    lambda s: yes(s.a(s.the(shape="cube", color="yellow"), "size") == "small"),
)
C(
    "chain",
    7,
    "Blue cylinder's right side one big cylinder there is. That one's colour what is?",
    "q(u(f(rel(u(f(sel(cylinder), color=blue)), right), shape=cylinder, size=large)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="blue"), "right", shape="cylinder", size="large"), "color"),
)
C(
    "position",
    7,
    "Small gray cube — picture's left side or right side it is?",
    "choose(u(f(sel(cube), size=small, color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="small", color="gray")),
)
C(
    "quantifier",
    7,
    "Cylinders all rubber are? No metal one among them?",
    "not_(exist(fn(sel(cylinder), material=rubber)))",
    lambda s: every(s, s.f(shape="cylinder"), material="rubber"),
)

# scene 11: small brown metal cyl (back-left), large yellow metal sph (left), small green metal cube, small brown rubber sph (front), small gray metal cyl, small green rubber sph (right), large blue metal cube (back), large brown rubber sph, large brown metal cyl, small purple rubber sph (far left)

# --- Wei, a Mandarin-speaking tea merchant from Hangzhou (measure words, "have" for "there is")
C(
    "count",
    11,
    "Picture inside have how many piece of brown colour thing?",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "compare_attr",
    11,
    "Two green colour thing, material same or not same?",
    "same(f(scene(), color=green), material)",
    lambda s: alike(s, s.f(color="green"), "material"),
)
C(
    "superlative",
    11,
    "All the ball, which one is most back? Say the colour.",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "list",
    11,
    "The cylinder, they have what colours? Please all say out.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "compare_size",
    11,
    "Blue cube and green cube, which one more big? Tell me colour.",
    "q(u(f(union(f(sel(cube), color=blue), f(sel(cube), color=green)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cube", color="blue"), s.the(shape="cube", color="green"), "color"),
)
C(
    "chain",
    11,
    "Big brown cylinder front side have one cube. This cube right side have one cylinder — what colour?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=large, color=brown)), front), shape=cube)), right), shape=cylinder)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cylinder", size="large", color="brown"), "front", shape="cube"),
            "right",
            shape="cylinder",
        ),
        "color",
    ),
)

# --- Amina, a Swahili-speaking nurse from Dar es Salaam
C(
    "count",
    11,
    "Habari. The balls are how many in this picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "spatial",
    11,
    "The big blue box — the things which are in front of it, they are how many?",
    "count(rel(u(f(sel(cube), size=large, color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="blue"))),
)
C(
    "attribute",
    11,
    "The ball which is big and yellow, it is of metal or of rubber?",
    "choose(u(f(sel(sphere), size=large, color=yellow)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", size="large", color="yellow"), "material"),
)
C(
    "spatial",
    11,
    "Is it that the small purple ball is on the right of the yellow ball?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), right), color=purple, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "purple"}, "right", {"shape": "sphere", "color": "yellow"}),
)
C(
    "negation",
    11,
    "The things which are not of metal, how many are they?",
    "count(fn(scene(), material=metal))",
    lambda s: n(lacking(s, s.all(), material="metal")),
)
X(11, "These balls, children can play with them? They are safe for a small child?")

# scene 24: small red metal cube, large red rubber cyl (front), large green metal cube (far right), small brown metal cyl (far left), large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph (back), large brown rubber cube, small gray rubber cube

# --- Giulia, an Italian architecture student in Bologna
C(
    "count",
    24,
    "Scusi, how many are the red objects in this image?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_attr",
    24,
    "The two red spheres, they have the same dimension, or no?",
    "same(f(sel(sphere), color=red), size)",
    lambda s: alike(s, s.f(shape="sphere", color="red"), "size"),
)
C(
    "quantifier",
    24,
    "Is it true that all the cubes are of metal?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: every(s, s.f(shape="cube"), material="metal"),
)
C(
    "count",
    24,
    "And the cubes of rubber, how many are they?",
    "count(f(sel(cube), material=rubber))",
    lambda s: n(s.f(shape="cube", material="rubber")),
)
C(
    "superlative",
    24,
    "Which is the object more on the right? I want to know only the shape.",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "spatial",
    24,
    "Behind the big gray cube there are how many spheres?",
    "count(f(rel(u(f(sel(cube), size=large, color=gray)), behind), shape=sphere))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cube", size="large", color="gray")), shape="sphere")),
)
# --- Dariush, a Persian-speaking pharmacist in Shiraz
C("count", 24, "Please, how many cube is in this picture?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_count",
    24,
    "Number of the cylinders is less than number of the spheres?",
    "lt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="sphere"))),
)
C(
    "position",
    24,
    "The green cube, in the right side of picture is or in the left side?",
    "choose(u(f(sel(cube), color=green)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="green")),
)
C(
    "same_attr",
    24,
    "Except the small yellow cube itself, how many things have the same size with it?",
    "count(same_attr(u(f(sel(cube), size=small, color=yellow)), size))",
    lambda s: n(others(s, s.the(shape="cube", size="small", color="yellow"), "size")),
)
C(
    "chain",
    24,
    "In front of the small red cube there is one sphere. Of this sphere, the material is what? May your hand not hurt.",
    "q(u(f(rel(u(f(sel(cube), size=small, color=red)), front), shape=sphere)), material)",
    lambda s: s.a(hop(s, s.the(shape="cube", size="small", color="red"), "front", shape="sphere"), "material"),
)
X(24, "In our language this red we call 'zereshki'. Which colour here is the most beautiful, in your opinion?")

# scene 26: large brown metal cyl (far left), large green metal sph, small purple metal cube (front), large cyan metal sph, small green metal cyl (back), small purple rubber cube (right), small green metal sph, large green metal cyl

# --- Karthik, a Tamil-speaking software tester in Chennai
C(
    "count",
    26,
    "Totally how many green objects are there in the picture?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "quantifier",
    26,
    "All the objects are metal only, is it?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "attribute",
    26,
    "The one rubber object itself — what shape it is?",
    "q(u(f(scene(), material=rubber)), shape)",
    lambda s: s.a(only(s.f(material="rubber")), "shape"),
)
C(
    "compare_attr",
    26,
    "Both purple cubes are same size only, na?",
    "same(f(sel(cube), color=purple), size)",
    lambda s: alike(s, s.f(shape="cube", color="purple"), "size"),
)
C(
    "superlative",
    26,
    "Which object is kept at the most back side? Tell its shape.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    26,
    "How many spheres are there on the left side of the big green cylinder?",
    "count(f(rel(u(f(sel(cylinder), size=large, color=green)), left), shape=sphere))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cylinder", size="large", color="green")), shape="sphere")),
)
C(
    "chain",
    26,
    "Behind the cyan sphere one small sphere is there. On that small sphere's left side there is a small cylinder. What is its colour?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=cyan)), behind), shape=sphere, size=small)), left), shape=cylinder, size=small)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", color="cyan"), "behind", shape="sphere", size="small"),
            "left",
            shape="cylinder",
            size="small",
        ),
        "color",
    ),
)
# scene 28: large red metal cyl (front), small red rubber cyl (far right), large purple rubber cyl (back), small brown metal sph

# --- Dewi, an Indonesian batik seller in Yogyakarta
C(
    "count",
    28,
    "In this picture, cylinder there are how many?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    28,
    "The ball, it is made from what? Metal or rubber?",
    "choose(u(sel(sphere)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
C(
    "compare_attr",
    28,
    "The two red cylinder, the size is same or not?",
    "same(f(sel(cylinder), color=red), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="red"), "size"),
)
C(
    "superlative",
    28,
    "The thing most in front, what colour it is?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_size",
    28,
    "Purple cylinder with the brown ball, which one more big?",
    "q(u(f(union(f(sel(cylinder), color=purple), f(sel(sphere), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="purple"), s.the(shape="sphere", color="brown")),
)
C(
    "spatial",
    28,
    "The brown ball is on the left of the purple cylinder or not?",
    "exist(f(rel(u(f(sel(cylinder), color=purple)), left), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "left", {"shape": "cylinder", "color": "purple"}),
)
X(28, "This kind of toy, in Indonesia can buy where? Tokopedia also have?")

# scene 29: large cyan metal sph (back), large cyan rubber cyl, large red metal cyl (far left, front), small brown rubber sph

# --- Marisol, a Filipina caregiver in Manila (Tagalog)
C(
    "count",
    29,
    "Good morning po. How many is the cylinder in the picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "exist",
    29,
    "It has a small ball in the picture po?",
    "exist(f(sel(sphere), size=small))",
    lambda s: yes(bool(s.f(shape="sphere", size="small"))),
)
C(
    "compare_attr",
    29,
    "The two cyan, same the material ba?",
    "same(f(scene(), color=cyan), material)",
    lambda s: alike(s, s.f(color="cyan"), "material"),
)
C(
    "superlative",
    29,
    "Which one is the most on the right side po? What's the shape of it?",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "negation",
    29,
    "How many is the things that is not cyan?",
    "count(fn(scene(), color=cyan))",
    lambda s: n(lacking(s, s.all(), color="cyan")),
)
C(
    "spatial",
    29,
    "The red cylinder is behind the small ball, right?",
    "exist(f(rel(u(f(sel(sphere), size=small)), behind), color=red, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "red"}, "behind", {"shape": "sphere", "size": "small"}),
)
X(29, "Ate, where I can buy this kind of toys here in Manila? In Divisoria maybe?")

# scene 31: small cyan rubber cyl, large green metal cyl (right), large blue metal sph, small red metal cyl (back), small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph (far left), small brown rubber cyl

# --- Olga, a Russian piano teacher in Novosibirsk
C("count", 31, "How many spheres are at the picture?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "count",
    31,
    "Small spheres from rubber — how many?",
    "count(f(sel(sphere), size=small, material=rubber))",
    lambda s: n(s.f(shape="sphere", size="small", material="rubber")),
)
C(
    "superlative",
    31,
    "Which object stands most far to the left? Which colour it has?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "compare_attr",
    31,
    "Two cyan objects — they have same shape?",
    "same(f(scene(), color=cyan), shape)",
    lambda s: alike(s, s.f(color="cyan"), "shape"),
)
C(
    "spatial",
    31,
    "Cubes to the right from cyan cylinder — how many?",
    "count(f(rel(u(f(sel(cylinder), color=cyan)), right), shape=cube))",
    lambda s: n(among(s, related(s, "right", s.the(shape="cylinder", color="cyan")), shape="cube")),
)
C(
    "compare_size",
    31,
    "Green cylinder and red cylinder — which is bigger? Say colour.",
    "q(u(f(union(f(sel(cylinder), color=green), f(sel(cylinder), color=red)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="green"), s.the(shape="cylinder", color="red"), "color"),
)
X(31, "Tell me, please, what is price for such metal sphere in shop?")

# --- Kasia, a Polish translator in Kraków
C("count", 31, "How many is there cylinders in total?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "quantifier",
    31,
    "Are all spheres small, except this big blue one?",
    "not_(exist(fn(diff(sel(sphere), f(sel(sphere), size=large, color=blue)), size=small)))",
    lambda s: every(
        s, [i for i in s.f(shape="sphere") if i != s.the(shape="sphere", size="large", color="blue")], size="small"
    ),
)
C(
    "negation",
    31,
    "How many objects are not cylinder and not sphere?",
    "count(fn(fn(scene(), shape=cylinder), shape=sphere))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") not in {"cylinder", "sphere"}]),
)
C(
    "verify",
    31,
    "Cube is blue, yes?",
    "verify(u(sel(cube)), color, blue)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "blue"),
)
C(
    "spatial",
    31,
    "Is yellow sphere standing in front of brown cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), front), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "front", {"shape": "cylinder", "color": "brown"}),
)
C(
    "same_attr",
    31,
    "How many other things have same material like the red cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=red)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", color="red"), "material")),
)

# scene 41: small yellow metal cyl, small purple rubber cyl (front), large gray rubber sph, large yellow metal cyl (left), small red metal cyl, small brown rubber sph (back), large blue metal sph, large cyan metal cyl (far right), large blue metal cube, small yellow rubber sph

# --- Jean-Pierre, a French baker in Lyon
C(
    "count",
    41,
    "There are how many cylinders in this image?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    41,
    "The two yellow cylinders, they are of the same size, isn't it?",
    "same(f(sel(cylinder), color=yellow), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="yellow"), "size"),
)
C(
    "list",
    41,
    "Of which colours are the spheres? Give me all the colours.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "superlative",
    41,
    "The object the most in front, it is in which material?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C(
    "chain",
    41,
    "Behind the purple cylinder there is a blue sphere, and at the left of this sphere there is a big cylinder. Of which colour is it?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=purple)), behind), shape=sphere, color=blue)), left), shape=cylinder, size=large)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cylinder", color="purple"), "behind", shape="sphere", color="blue"),
            "left",
            shape="cylinder",
            size="large",
        ),
        "color",
    ),
)
X(41, "Honestly, this image, you find it beautiful or ugly?")

# --- Mohammed, an Egyptian civil engineer (Arabic)
C(
    "count",
    41,
    "How many the spheres that they are big in the picture?",
    "count(f(sel(sphere), size=large))",
    lambda s: n(s.f(shape="sphere", size="large")),
)
C(
    "compare_count",
    41,
    "The metal things, they are more than the rubber things?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "spatial",
    41,
    "The blue cube, it is at the right of the gray sphere?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), right), color=blue, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "blue"}, "right", {"shape": "sphere", "color": "gray"}),
)
C(
    "position",
    41,
    "The cyan cylinder, it is in the right side of the picture or in the left side?",
    "choose(u(f(sel(cylinder), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="cyan")),
)
C(
    "number",
    41,
    "How many the colours the different in the picture?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
X(41, "Why the person who made it put the blue cube alone like this? What he wants to say?")

# scene 42: small yellow rubber sph, small gray rubber cyl (back), small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph (far left), large yellow metal sph (front)

# --- Annika, a German physiotherapist in Leipzig
C(
    "count",
    42,
    "How many blue things gives it in the picture?",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "verify",
    42,
    "Is the big yellow sphere out of metal, or?",
    "verify(u(f(sel(sphere), size=large, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="yellow"), "material") == "metal"),
)
C(
    "spatial",
    42,
    "Stands the gray cube behind the big blue cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=blue)), behind), color=gray, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "gray"}, "behind", {"shape": "cylinder", "size": "large", "color": "blue"}
    ),
)
C(
    "compare_count",
    42,
    "Gives it more cylinders than cubes?",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)
C(
    "superlative",
    42,
    "Which thing stands the furthest back? Only the shape, please.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "negation",
    42,
    "How many things are there that are neither blue nor yellow?",
    "count(fn(fn(scene(), color=blue), color=yellow))",
    lambda s: n([i for i in s.all() if s.a(i, "color") not in {"blue", "yellow"}]),
)
C(
    "quantifier",
    42,
    "Are the yellow things both spheres?",
    "not_(exist(fn(f(scene(), color=yellow), shape=sphere)))",
    lambda s: every(s, s.f(color="yellow"), shape="sphere"),
)
# scene 43: large yellow metal cube, large cyan metal sph (far right), small blue metal cyl (front), small cyan metal sph, large blue metal cube, large green rubber cube (back), large gray rubber sph (far left), small cyan rubber sph

# --- Ka-ming, a Cantonese-speaking dim sum cook in Hong Kong
C("count", 43, "Got how many ball in this picture ah?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C("count", 43, "Cyan one got how many?", "count(f(scene(), color=cyan))", lambda s: n(s.f(color="cyan")))
C(
    "exist",
    43,
    "Got any red thing or not?",
    "exist(f(scene(), color=red))",
    lambda s: yes(bool(s.f(color="red"))),
)
C(
    "compare_attr",
    43,
    "Yellow cube and blue cube, same size or not same?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cube), color=blue)), size)",
    lambda s: yes(s.a(s.the(shape="cube", color="yellow"), "size") == s.a(s.the(shape="cube", color="blue"), "size")),
)
C(
    "compare_size",
    43,
    "Gray ball and blue cylinder, which one bigger lah?",
    "q(u(f(union(f(sel(sphere), color=gray), f(sel(cylinder), color=blue)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="gray"), s.the(shape="cylinder", color="blue")),
)
C(
    "spatial",
    43,
    "Behind the blue cube got how many rubber one?",
    "count(f(rel(u(f(sel(cube), color=blue)), behind), material=rubber))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cube", color="blue")), material="rubber")),
)
X(43, "This one for kid toy ah? Can buy in Mong Kok or not?")

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl (left), small cyan metal cube (right), large gray metal sph, large red metal sph (front), large cyan rubber sph (back), small yellow metal cyl (left)

# --- Diego, an Argentine football coach (Spanish)
C("count", 45, "Che, how many cubes there are in the image?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_size",
    45,
    "Which is more big, the cube cyan or the sphere cyan?",
    "q(u(f(union(f(sel(cube), color=cyan), f(sel(sphere), color=cyan)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="cyan"), s.the(shape="sphere", color="cyan")),
)
C(
    "quantifier",
    45,
    "All the spheres are big, no?",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: every(s, s.f(shape="sphere"), size="large"),
)
C(
    "negation",
    45,
    "How many things there are that are not of metal and not gray neither?",
    "count(fn(fn(scene(), material=metal), color=gray))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal" and s.a(i, "color") != "gray"]),
)
C(
    "superlative",
    45,
    "The sphere more in front, of what color is?",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "chain",
    45,
    "Behind the gray sphere there is one cube. Of what material is this cube?",
    "q(u(f(rel(u(f(sel(sphere), color=gray)), behind), shape=cube)), material)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="gray"), "behind", shape="cube"), "material"),
)
# --- Fernanda, a Portuguese museum guide in Porto
C("count", 45, "How many cylinders has the image?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "attribute",
    45,
    "The big sphere of cyan colour — is of metal or of rubber?",
    "choose(u(f(sel(sphere), size=large, color=cyan)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", size="large", color="cyan"), "material"),
)
C(
    "same_attr",
    45,
    "Apart from the small yellow cylinder, how many objects have the same material as it?",
    "count(same_attr(u(f(sel(cylinder), size=small, color=yellow)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", size="small", color="yellow"), "material")),
)
C(
    "position",
    45,
    "The small cube of cyan — it stays in the left side or in the right side of the image?",
    "choose(u(f(sel(cube), size=small, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="small", color="cyan")),
)
C(
    "compare_count",
    45,
    "Has the image so many cylinders as cubes?",
    "eq(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="cube"))),
)
C(
    "spatial",
    45,
    "The gray cube is in front of the gray cylinder, isn't true?",
    "exist(f(rel(u(f(sel(cylinder), color=gray)), front), color=gray, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "gray"}, "front", {"shape": "cylinder", "color": "gray"}),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph (back), large cyan rubber cyl, small green rubber sph (far left), small purple metal sph (right), large red rubber cube (front), small purple rubber cube

# --- Shirin, a Persian-speaking carpet restorer in Tabriz
C(
    "count",
    46,
    "The cubes that are made of rubber, their number how much is?",
    "count(f(sel(cube), material=rubber))",
    lambda s: n(s.f(shape="cube", material="rubber")),
)
C(
    "compare_attr",
    46,
    "The two cyan cylinders, whether they are from one material?",
    "same(f(sel(cylinder), color=cyan), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="cyan"), "material"),
)
C(
    "superlative",
    46,
    "The thing that is in front of all the others, its colour is what?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    46,
    "On the left of the gray cube, how much things are there?",
    "count(rel(u(f(sel(cube), color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="gray"))),
)
C(
    "chain",
    46,
    "In front of the small purple cube there is a big cube. This big cube, its colour?",
    "q(u(f(rel(u(f(sel(cube), size=small, color=purple)), front), shape=cube, size=large)), color)",
    lambda s: s.a(
        hop(s, s.the(shape="cube", size="small", color="purple"), "front", shape="cube", size="large"), "color"
    ),
)
C(
    "verify",
    46,
    "The small green sphere, it is made of rubber, isn't it?",
    "verify(u(f(sel(sphere), size=small, color=green)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small", color="green"), "material") == "rubber"),
)
X(46, "My daughter asks: these spheres, they are sweets? One can eat them?")

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (far right), small blue rubber cyl (back), small purple metal cube, small yellow metal sph (far left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph (front)

# --- Xiaoling, a Mandarin-speaking accountant from Chengdu
C(
    "count",
    47,
    "This picture inside, purple colour cube have how many piece?",
    "count(f(sel(cube), color=purple))",
    lambda s: n(s.f(shape="cube", color="purple")),
)
C(
    "compare_attr",
    47,
    "Two yellow ball, size same or not?",
    "same(f(sel(sphere), color=yellow), size)",
    lambda s: alike(s, s.f(shape="sphere", color="yellow"), "size"),
)
C(
    "quantifier",
    47,
    "Purple cube all are rubber, right or not right?",
    "not_(exist(fn(f(sel(cube), color=purple), material=rubber)))",
    lambda s: every(s, s.f(shape="cube", color="purple"), material="rubber"),
)
C(
    "number",
    47,
    "The cubes have how many kind of colour?",
    "nvalues(sel(cube), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="cube")})),
)
C(
    "superlative",
    47,
    "From left side start to count, number two object is what shape?",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "compare_count",
    47,
    "Cube more than cylinder, yes or not?",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
C(
    "chain",
    47,
    "Big blue cube behind have one big cylinder. This cylinder what colour?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=blue)), behind), shape=cylinder, size=large)), color)",
    lambda s: s.a(
        hop(s, s.the(shape="cube", size="large", color="blue"), "behind", shape="cylinder", size="large"), "color"
    ),
)
# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Joon-ho, a Korean delivery rider in Busan
P("text", "street", "Bus side, written word is what?", "q(u(sel(bus)), text)", lambda p: p.value(p.the("bus"), "text"))
P("count", "street", "Person, how many is on this street?", "count(sel(person))", lambda p: n(people(p)))
P(
    "chain",
    "street",
    "Man wearing blue tie — his clothes color is what?",
    "q(u(rel(u(f(sel(tie), color=blue)), wearing)), color)",
    lambda p: p.value(only(p.subjects("wearing", p.the("tie", color="blue"))), "color"),
)
P(
    "verify",
    "street",
    "Stop sign, color is red, right?",
    "verify(u(sel(sign)), color, red)",
    lambda p: yes(p.value(p.the("sign"), "color") == "red"),
)
P(
    "spatial",
    "street",
    "Car is at bus's left side?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P(
    "superlative",
    "street",
    "Most left person — man or woman?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
X("street", "This bus, Seoul bus or Spain bus? Which city is it?")

# --- Fatuma, a Swahili-speaking primary teacher in Mombasa
P("count", "street", "The men in this street, they are how many?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "chain",
    "street",
    "The dog which the woman is holding, it is of which colour?",
    "q(u(rel(u(sel(woman)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman"), "holding")), "color"),
)
P(
    "exist",
    "street",
    "There is any bicycle on this street, or there is none?",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "spatial",
    "street",
    "The tree, it is behind the bus?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "chain",
    "street",
    "The tie of the man who is on the left, it is red?",
    "verify(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), color, red)",
    lambda p: yes(p.value(worn_by(p, p.the("man", hposition="left")), "color") == "red"),
)
P(
    "text",
    "street",
    "What is written down on the road?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
X("street", "The woman with the dog, she is going to work or she is going home?")

# --- Pedro, a Brazilian bus driver from Curitiba (Portuguese)
P(
    "count",
    "street",
    "How many vehicles has in the street?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "compare_attr",
    "street",
    "The car and the bus are of the same color?",
    "same(u(sel(car)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("car"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "where",
    "street",
    "The woman of green is in front or behind of the bus?",
    "choose_rel(u(f(sel(woman), color=green)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman", color="green"), p.the("bus"), ("front", "behind")),
)
P(
    "position",
    "street",
    "The sign stays in the top or in the bottom of the photo?",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
P(
    "text",
    "street",
    "And what is written in the sign?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "quantifier",
    "street",
    "Every man is wearing tie, or no?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
X("street", "How much costs the ticket of this bus?")

# --- Yusuf, a Jordanian pharmacist (Arabic)
P(
    "chain",
    "street",
    "The man that he is on the right, which colour the tie of him?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="right")), "color"),
)
P("count", "street", "How many the ties in the picture?", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "spatial",
    "street",
    "The woman, she is at the right of the man in black?",
    "vrel(u(f(sel(man), color=black)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("man", color="black")), "woman"))),
)
P(
    "where",
    "street",
    "The sign, it is at the right of the bus or at the left of it?",
    "choose_rel(u(sel(sign)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("sign"), p.the("bus"), ("left", "right")),
)
P(
    "verify",
    "street",
    "The dog, it is big?",
    "verify(u(sel(dog)), size, large)",
    lambda p: yes(p.value(p.the("dog"), "size") == "large"),
)
P(
    "superlative",
    "street",
    "Who is the person the most to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Sunita, a Hindi-speaking school principal in Lucknow
P(
    "count",
    "kitchen",
    "How many cups are kept on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "text",
    "kitchen",
    "What is the time showing in the clock?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "chain",
    "kitchen",
    "Which cup is kept just right side of the plate? Tell its colour.",
    "q(u(rel(u(sel(plate)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("plate")), "cup")), "color"),
)
P(
    "compare_attr",
    "kitchen",
    "Plate and clock both are white only, na?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P("exist", "kitchen", "Is there any spoon kept anywhere?", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
X("kitchen", "What she is cooking for lunch today, can you tell?")

# --- Lorenzo, an Italian barista in Naples
P(
    "text",
    "kitchen",
    "On the bottle, what there is written?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "attribute",
    "kitchen",
    "The table is of wood or of metal?",
    "choose(u(sel(table)), material, [wood, metal])",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "spatial",
    "kitchen",
    "The bottle stays at the right of the white cup, true?",
    "vrel(u(f(sel(cup), color=white)), right, name=bottle)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("cup", color="white")), "bottle"))),
)
P(
    "negation",
    "kitchen",
    "Except the cups, how many objects stay on the table?",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in on_table(p) if p.name(o) != "cup"]),
)
P(
    "superlative",
    "kitchen",
    "The cup more on the right, it is of which colour?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
X("kitchen", "In the bottle, it is water with gas or without gas?")

# --- Mei-ling, a Cantonese-speaking hairdresser in Kowloon
P(
    "count",
    "kitchen",
    "On the table got how many thing?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "attribute",
    "kitchen",
    "The fork is what colour one?",
    "q(u(sel(fork)), color)",
    lambda p: p.value(p.the("fork"), "color"),
)
P(
    "spatial",
    "kitchen",
    "Clock is above the table or not?",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "verify",
    "kitchen",
    "The woman wear red colour, correct?",
    "verify(u(sel(woman)), color, red)",
    lambda p: yes(p.value(p.the("woman"), "color") == "red"),
)
P(
    "text",
    "kitchen",
    "The clock on top there say what time ah?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "number",
    "kitchen",
    "Cup got how many different colour?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
X("kitchen", "This lady is the mother or the helper? Whose house is this one?")

# --- Sergei, a Russian taxi dispatcher in Kazan
P(
    "spatial",
    "kitchen",
    "Fork lies near plate, yes?",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("plate")), "fork"))),
)
P(
    "chain",
    "kitchen",
    "What colour has cup which stands right from bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "attribute",
    "kitchen",
    "Bottle — which colour it has?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "spatial",
    "kitchen",
    "Woman stands to the right from table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "count",
    "kitchen",
    "How many white objects are in kitchen?",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "superlative",
    "kitchen",
    "Which cup is most left? Which colour?",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Tomasz, a Polish bus mechanic in Gdańsk
P("count", "park", "How many is there people in park?", "count(sel(person))", lambda p: n(people(p)))
P(
    "chain",
    "park",
    "What colour has dog which is near the girl?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "spatial",
    "park",
    "Woman in white stands left from girl, yes?",
    "exist(f(rel(u(sel(girl)), left, name=woman), color=white))",
    lambda p: yes(p.has(p.the("woman", color="white"), "left", p.the("girl"))),
)
P(
    "attribute",
    "park",
    "Bench — from what is it made?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "compare_count",
    "park",
    "Are there more women than dogs? I think not.",
    "gt(count(sel(woman)), count(sel(dog)))",
    lambda p: yes(len(p.f("woman")) > len(p.f("dog"))),
)
X("park", "How old is this boy — maybe ten years?")

# --- Budi, an Indonesian motorbike-taxi driver in Surabaya
P("count", "park", "Dog in the park there are how many?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "The boy is throwing what thing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "attribute",
    "park",
    "The bicycle, the colour is what?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "spatial",
    "park",
    "The bench is near with the boy or not?",
    "vrel(u(sel(boy)), near, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("boy")), "bench"))),
)
P(
    "superlative",
    "park",
    "Person most right side is who?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("park", "This park is in Jakarta or not? Look like Taman Suropati.")

# --- Ramon, a Filipino nurse in Cebu (Tagalog)
P("count", "park", "How many is the trees in the park po?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "spatial",
    "park",
    "The woman in red, she is the one holding the black dog, right?",
    "exist(f(rel(u(f(sel(dog), color=black)), holding, name=woman), color=red))",
    lambda p: yes(p.has(p.the("woman", color="red"), "holding", p.the("dog", color="black"))),
)
P(
    "position",
    "park",
    "The frisbee is in the upper part of the picture or the lower part?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "spatial",
    "park",
    "It has a tree behind the girl po?",
    "vrel(u(sel(girl)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("girl")), "tree"))),
)
P("count", "park", "How many is the children there?", "count(sel(child))", lambda p: n(children(p)))
P(
    "compare_attr",
    "park",
    "The two dogs, same the color ba?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
# --- Hélène, a French retired librarian in Toulouse
P("count", "park", "In this park, there are how many women?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "chain",
    "park",
    "The bicycle, it is near of which person?",
    "q(u(rel(u(sel(bicycle)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle")))),
)
P(
    "spatial",
    "park",
    "The bench, it is at the right of the bicycle, isn't it?",
    "vrel(u(sel(bicycle)), right, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bicycle")), "bench"))),
)
P(
    "superlative",
    "park",
    "Counting from the left, the second person, it is a boy or a girl?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "quantifier",
    "park",
    "It is true that no dog is brown?",
    "not_(exist(f(sel(dog), color=brown)))",
    lambda p: yes(not p.f("dog", color="brown")),
)
P(
    "compare_attr",
    "park",
    "The bench and the trees, they are all of the same colour?",
    "same(union(sel(bench), sel(tree)), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f(("bench", "tree"))}) == 1),
)
X("park", "The little boy, he is happy? He smiles, no?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Alejandro, a Colombian graphic-design student (Spanish)
P("count", "shapes", "How many figures there are in total in the drawing?", "count(scene())", lambda p: n(p.objects))
P("count", "shapes", "And circles, how many there are?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "compare_attr",
    "shapes",
    "The two circles, they are of the same color, no?",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "position",
    "shapes",
    "What figure is in the corner of up at the left?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Which is more big, the star or the rectangle yellow?",
    "q(u(f(union(sel(star), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("star"), only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])),
)
X("shapes", "Who painted this? It is of some famous artist, or no?")

# --- Kavitha, a Tamil-speaking tuition teacher in Madurai
P(
    "count",
    "shapes",
    "How many blue shapes are there totally?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "verify",
    "shapes",
    "The triangle is green colour only, no?",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, which shape is coming first from the left side?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
P(
    "negation",
    "shapes",
    "Other than the blue ones, how many shapes are small?",
    "count(fn(f(scene(), size=small), color=blue))",
    lambda p: n([o for o in p.f(size="small") if p.value(o, "color") != "blue"]),
)
P(
    "list",
    "shapes",
    "Which are all the shapes that are large? Tell the names.",
    "values(f(scene(), size=large), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(size="large")),
)
X("shapes", "My daughter drew this for the school competition. She will get first prize or not?")

# --- Li Na, a Mandarin-speaking kindergarten teacher in Wuhan
P(
    "count",
    "shapes",
    "Drawing inside have how many red colour shape?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P("exist", "shapes", "Have oval shape or don't have?", "exist(sel(oval))", lambda p: yes(bool(p.f("oval"))))
P(
    "position",
    "shapes",
    "The hexagon is in upper row or lower row?",
    "choose(u(sel(hexagon)), vposition, [top, bottom])",
    lambda p: p.value(p.the("hexagon"), "vposition"),
)
P(
    "compare_count",
    "shapes",
    "Small shape more than big shape, yes or not?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "same_attr",
    "shapes",
    "Same colour with the star, other shape have how many?",
    "count(same_attr(u(sel(star)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("star") and p.value(o, "color") == p.value(p.the("star"), "color")]
    ),
)
P(
    "attribute",
    "shapes",
    "The square is what colour?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)

# --- Emre, a Turkish civil-engineering student in Ankara (verb last)
P(
    "count",
    "shapes",
    "Upper row in how many shapes are there?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "position",
    "shapes",
    "Picture's middle in which shape stands?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "The hexagon, than the triangle bigger is it?",
    "larger(u(sel(hexagon)), u(sel(triangle)))",
    lambda p: drawn_larger(p, p.the("hexagon"), p.the("triangle")),
)
P(
    "quantifier",
    "shapes",
    "Large shapes — all of them in the top row are they?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "superlative",
    "shapes",
    "Top row in, from the right second shape which colour is?",
    "q(ord(f(scene(), vposition=top), right, 2), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "color"),
)
X("shapes", "Let it come easy to you! This drawing for what purpose made? A logo for some company is it?")

# --- Wolfgang, a German retired surveyor in Kassel
P(
    "count",
    "shapes",
    "How many shapes are big? Exactly, please.",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "two_clause",
    "shapes",
    "Is the star red and stands it in the lower row?",
    "and_(verify(u(sel(star)), color, red), verify(u(sel(star)), vposition, bottom))",
    lambda p: yes(p.value(p.the("star"), "color") == "red" and p.value(p.the("star"), "vposition") == "bottom"),
)
P(
    "number",
    "shapes",
    "How many different colours gives it in the drawing?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "compare_attr",
    "shapes",
    "Have the square and the hexagon the same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "negation",
    "shapes",
    "Circles not counted: how many shapes are small?",
    "count(fn(f(scene(), size=small), shape=circle))",
    lambda p: n([o for o in p.f(size="small") if p.value(o, "shape") != "circle"]),
)
P(
    "position",
    "shapes",
    "Lies the triangle on the right side or on the left side?",
    "choose(u(sel(triangle)), hposition, [left, right])",
    lambda p: p.value(p.the("triangle"), "hposition"),
)
X("shapes", "What does this drawing cost as a poster, approximately?")

# --- Farzaneh, a Persian-speaking textile designer in Isfahan
P("count", "shapes", "Number of the triangles is how much?", "count(sel(triangle))", lambda p: n(p.f("triangle")))
P(
    "attribute",
    "shapes",
    "The rectangle that is yellow, its size is big or small?",
    "choose(u(f(sel(rectangle), color=yellow)), size, [large, small])",
    lambda p: p.value(only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), "size"),
)
P(
    "position",
    "shapes",
    "Which shape is in the down-right corner?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Whether the number of red shapes and the number of green shapes is equal?",
    "eq(count(f(scene(), color=red)), count(f(scene(), color=green)))",
    lambda p: yes(len(p.f(color="red")) == len(p.f(color="green"))),
)
P(
    "superlative",
    "shapes",
    "From all the shapes, which one is most at the left? Its colour, please.",
    "q(ord(scene(), left, 1), color)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "color"),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes are same size with the hexagon?",
    "count(same_attr(u(sel(hexagon)), size))",
    lambda p: n(
        [o for o in p.objects if o != p.the("hexagon") and p.value(o, "size") == p.value(p.the("hexagon"), "size")]
    ),
)
# --- Nour, a Lebanese dentist (Arabic)
P(
    "count",
    "shapes",
    "How many the shapes that they are in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "verify",
    "shapes",
    "The circle the small, its colour is red?",
    "verify(u(f(sel(circle), size=small)), color, red)",
    lambda p: yes(p.value(p.the("circle", size="small"), "color") == "red"),
)
P(
    "quantifier",
    "shapes",
    "All the shapes in the top row, they are big?",
    "not_(exist(fn(f(scene(), vposition=top), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(vposition="top"))),
)
P(
    "compare_size",
    "shapes",
    "Which one is the bigger, the square or the triangle?",
    "q(u(f(union(sel(square), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), p.the("triangle")),
)
P(
    "list",
    "shapes",
    "The blue shapes, what are they? Give me the names of all of them.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "exist",
    "shapes",
    "Is there a shape which it is orange?",
    "exist(f(scene(), color=orange))",
    lambda p: yes(bool(p.f(color="orange"))),
)

# --- Baraka, a Swahili-speaking safari driver in Arusha
P(
    "count",
    "shapes",
    "The shapes which are small, they are how many?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "attribute",
    "shapes",
    "The star, it is of which colour?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "position",
    "shapes",
    "The square is in the row of up or the row of down?",
    "choose(u(sel(square)), vposition, [top, bottom])",
    lambda p: p.value(p.the("square"), "vposition"),
)
P(
    "negation",
    "shapes",
    "The shapes which are not circles and not squares, how many are they?",
    "count(fn(fn(scene(), shape=circle), shape=square))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") not in {"circle", "square"}]),
)
P(
    "compare_attr",
    "shapes",
    "The yellow rectangle and the triangle, they are of the same size?",
    "same(u(f(sel(rectangle), color=yellow)), u(sel(triangle)), size)",
    lambda p: yes(
        p.value(only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), "size")
        == p.value(p.the("triangle"), "size")
    ),
)
P(
    "superlative",
    "shapes",
    "In the row of down, the shape which is the last one on the right, it is what?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
X("shapes", "Habari. These shapes, they have a meaning in the computer language? What is the message?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
