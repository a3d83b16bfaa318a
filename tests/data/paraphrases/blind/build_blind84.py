# ruff: noqa: E501
"""Blind paraphrase set 84: a thirtieth fresh crowd with no common theme. Forty-one ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits, always understandably to a careful reader. There is no
shared persona gimmick: they are the sort of people who might type or speak to a picture-question app.

The cast. On the CLEVR pictures: Kofi, a Ghanaian-born night-shift nurse in Manchester asking on his break, formal and
polite ("Kindly tell me", "Only the colour, please"); Lorraine, a retired Dunedin librarian, gentle and hedging ("I
wonder", "would you mind telling me", "Would I be right in thinking"); Brianna, a Philadelphia psychology grad student
in lowercase ("okay so", "lowkey", "just the shape is fine"); Wojtek, a Polish plumber in Dublin who drops his articles
("Brown cube — it is metal or rubber?", "how many is?", "On right from blue cylinder"); Gus, a retired Minnesota dairy
farmer ("Well now", "a whole lotta", "snuck in there", "ya think?"); Pilar, a Seville tour guide with Spanish word order
("How many spheres there are", "colours different", "Say me all"); Inês, a Portuguese dental hygienist in London
("they are the same size or not?", "at the left of"); Craig, an Australian electrician ("G'day", "Righto", "would ya
say", "mate"); Trevor, a Swansea bus driver ("Tidy", "bar one, is it?", "butt", "Them two"); Mia, nine and
home-schooled ("I counted three!"); Harvey, an Ohio insurance claims adjuster ("For the file", "items", "Color?");
Noor, a pharmacist in Sharjah ("which colour it is please?", "most far to the right", "is it the same material?");
Kenji, a Sacramento chemistry teacher, brisk ("Quick one before class", "metallic"); Declan, a Galway barman ("Go on
so", "yokes", "lads", "Colour, like."); Beatriz, a Mexican pastry chef in Los Angeles ("How many little ones there
are?", "more big"); Chen Wei, a materials-science PhD student ("rubber material", "more than half of all objects",
"the same colour with it"); Pat, a Saskatoon hockey mom ("Okay", "made of the same stuff"); Gerald, a retired Tampa
accountant ("a tally", "come out even", "Net of the metal ones"); Lena, a Swedish physiotherapist ("Hej!", "Is it so
that"); Arjun, a Bangalore app developer ("all included", "are having the same size", "Kindly tell"); and Yolanda, a
Lubbock church secretary ("Hi there!", "hon", "over on the right side"). On the photo-like graphs: Rolf, a Dutch
cycling commuter ("Is there somewhere a bicycle", "it stands right of the bus?", "which colour has his tie?"); Carmen, a
grandmother from Guadalajara dictating to her grandson ("mijo", "the sign of stop, no?"); Dmitri, a Ukrainian
long-haul trucker ("How many persons is on the street?", "Tree is behind the bus or in front of bus?"); Bertie, a
retired Cornish postman ("my 'ansum", "the two gents", "the motor car", "the chap"); Ji-woo, a Korean food blogger
("What time the clock is showing?", "Bottle is which colour?"); Doug, a Wisconsin handyman ("all told", "What's a table
like that run ya"); Phoebe, an Edinburgh interior designer ("colour-wise", "Does the plate match the clock"); Imani,
eleven, on a school project, in lowercase; Marcus, an Atlanta youth-soccer coach ("we got", "posted up by the
bench"); Hannelore, a retired German birdwatcher ("Stands the bench right of the bicycle?", "of which material is it
made?"); Jade, a Salford dog groomer ("babe", "got hold of", "hanging about with"); and Ravi, a data analyst dad
("Counting from the left", "in total"). On the drawing: Hamish, a Scottish dad helping his daughter Isla with her
shapes ("pal", "She says two"); Priscilla, a Nashville graphic designer ("palette", "elements", "List 'em"); Oksana, a
Belarusian olympiad maths coach ("figures", "lower row", "the numbers are equal?"); Leo, six, voice-typing run-on
sentences; Dr Whitfield, an ophthalmologist using the drawing for a colour check ("For the patient's chart"); Tyrone, a
Detroit sign painter ("I got to paint", "sittin'"); Mei, a Singaporean accountant ("Got how many ... ah?", "correct or
not?", "blue one, is it?"); and Frank, a Leeds pub-quiz master ("Question two", "bang in the middle", "Bonus round").

Sentence shapes: fronted topics and places ("Brown cube — it is metal or rubber?", "Behind the small green cube, how
many spheres there are?", "Bottom row, second from the left, what shape?", "Item positioned furthest forward.
Color?"), questions inside statements and requests ("For the file: ...", "Let's start with a tally of the gray items, if
you would.", "Could you list the cup colours for me?", "Isla wants to know how many circles there are"), declaratives
with tags ("Every ball in there's metal, yeah?", "Everything's metal bar one, is it?", "The bus is red like the sign
of stop, no?", "correct or not?", "right?"), inverted and article-less learner English ("Stands the bench left of the
bicycle?", "How many colours different are there", "Purple things are more than red things or not?"), comparisons said
several ways ("an even split between", "come out even", "More cubes than everything else combined", "Fewer cubes than
cylinders", "more than half of all objects", "the numbers are equal?", "Which one is more big ... Tell me the colour"),
negatives and exceptions ("not brown and are not spheres", "Net of the metal ones", "bar one", "besides the kids", "Not
counting the blue ones", "but without the cyan ones", "Except the large sphere itself"), two-hop chains told as a little
walk ("On right from blue cylinder stands one cube. Behind this cube is one big thing."), and run-on speech from the
children.

The questions cover counts (with conditions, "not", "besides", "not counting", "net of", "together", "all told"),
existence, an attribute of one thing, yes/no checks of one value, two checks at once ("both green and large", "made of
rubber and also on the left side", "a blue cube and also a blue ball"), comparisons of counts ("more", "fewer", "an even
split", "come out even", "combined") and of attributes (same colour, size, shape or material), quantifiers ("all",
"every", "none", "most"), exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs only their
stated relations: on, near, holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop chains,
superlatives and ordinals ("third from the left", "second from the back", "second from the right"), other things sharing
a value (including a zero), which of two things is the bigger (told by shape, and once by colour between two cylinders),
lists of values, the number of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and
the drawing, and the text on the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (5, 7,
11, 24, 26, 28, 29, 31, 41, 42, 43, 45, 46 and 47; one or two people to a scene), about 30% about the photo-like graphs
(street, kitchen, park) and about 20% about the drawing of flat shapes; about one in ten must be refused, each in the
same voice as the person's other questions (names and makers, prices, opinions and feelings, what happens next, what
the picture cannot show, the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of an
object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations
and attributes leave open (no "what is near the plate", where the eye might offer the blue cup as well as the stated
fork). A which-side question is answered with the side; a "which is bigger" between two things is asked only where their
size classes differ, and answered with the word that tells the bigger one from the other (its shape, or its colour
where both are cylinders). Answers are the graph's words (gray, not grey; sphere, not ball; "blue, brown, red" for a
list, most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag ("or not?", "correct
or not?", "right?"). Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), the first five lines of
blind66.jsonl (for the line format), the blind_gold.py and blind_helpers.py helpers it imports, and the scenes
themselves (photo_scenes.json and /work/shared/clevr-mini/val/scenes.json, inspected with small Python snippets). No
question was run through nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor,
through ``--check``.

Run ``python build_blind84.py`` to write ``../blind84.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind84.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def yellow_rectangle(p) -> str:
    """The drawing's one yellow rectangle (a square would count as a rectangle too)."""
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 5: small cyan metal sph (front), large purple rubber sph (right side), large brown metal sph, small purple rubber sph (far left), small red rubber cube (back), large brown metal cube, large blue rubber cube (far right), small green rubber cyl

# --- Kofi, a Ghanaian-born night-shift nurse in Manchester, asking on his break; formal and polite
C(
    "count",
    5,
    "Good evening. I am on my break and my nephew sent me this picture. Please, how many balls are in it?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    5,
    "There are two brown objects. Kindly tell me, are they the same shape?",
    "same(f(scene(), color=brown), shape)",
    lambda s: alike(s, s.f(color="brown"), "shape"),
)
C(
    "count",
    5,
    "And the cubes and the cylinders together, how many are they?",
    "count(union(sel(cube), sel(cylinder)))",
    lambda s: n(s.f(shape=("cube", "cylinder"))),
)
C(
    "negation",
    5,
    "How many of the objects are not made of metal?",
    "count(fn(scene(), material=metal))",
    lambda s: n(lacking(s, s.all(), material="metal")),
)
C(
    "superlative",
    5,
    "Which one is standing at the very front? Only the colour, please.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_size",
    5,
    "Between the green cylinder and the blue cube, which one is bigger?",
    "q(u(f(union(f(sel(cylinder), color=green), f(sel(cube), color=blue)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="green"), s.the(shape="cube", color="blue")),
)
X(5, "My nephew says his teacher made this picture for the class. What is the name of the teacher, please?")

# --- Lorraine, a retired librarian from Dunedin; gentle and hedging
C(
    "spatial",
    5,
    "I wonder if you could help me. How many things are to the right of the little purple ball?",
    "count(rel(u(f(sel(sphere), size=small, color=purple)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", size="small", color="purple"))),
)
C(
    "chain",
    5,
    "Only one thing sits in front of the large purple ball, I believe. Would you mind telling me its colour?",
    "q(u(rel(u(f(sel(sphere), size=large, color=purple)), front)), color)",
    lambda s: s.a(only(related(s, "front", s.the(shape="sphere", size="large", color="purple"))), "color"),
)
C(
    "list",
    5,
    "And the cubes — which colours do they come in? All of them, please.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "position",
    5,
    "Is the big blue cube on the left-hand side of the picture or the right-hand side?",
    "choose(u(f(sel(cube), size=large, color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="large", color="blue")),
)
C(
    "quantifier",
    5,
    "Would I be right in thinking that all of the large objects are metal?",
    "not_(exist(fn(f(scene(), size=large), material=metal)))",
    lambda s: every(s, s.f(size="large"), material="metal"),
)
C(
    "same_attr",
    5,
    "How many other things are the same size as the green cylinder, I wonder?",
    "count(same_attr(u(f(sel(cylinder), color=green)), size))",
    lambda s: n(others(s, s.the(shape="cylinder", color="green"), "size")),
)
C(
    "chain",
    5,
    "Here's a harder one. To the right of the green cylinder there's a ball, and in front of that ball there's something else. Is that something metal or rubber?",
    "choose(u(rel(u(f(rel(u(f(sel(cylinder), color=green)), right), shape=sphere)), front)), material, [metal, rubber])",
    lambda s: s.a(
        only(related(s, "front", hop(s, s.the(shape="cylinder", color="green"), "right", shape="sphere"))),
        "material",
    ),
)

# scene 7: small gray metal cyl, large purple rubber sph (left side), large red rubber cube, small gray metal cube (far left), large brown metal cube (front), small purple metal cyl (back), small cyan rubber cyl (right side), small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (far right)

# --- Brianna, a Philadelphia psychology grad student; lowercase
C(
    "count",
    7,
    "okay so i'm using this as a stimulus for my lab and i need to know, how many cylinders are in it?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_count",
    7,
    "is it an even split between metal stuff and rubber stuff",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "compare_attr",
    7,
    "the two cyan cylinders, are they the same size? they look different to me",
    "same(f(sel(cylinder), color=cyan), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="cyan"), "size"),
)
C(
    "superlative",
    7,
    "what's the third object from the left? just the shape is fine",
    "q(ord(scene(), left, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "shape"),
)
C(
    "spatial",
    7,
    "how many cylinders are in front of the big red cube",
    "count(f(rel(u(f(sel(cube), size=large, color=red)), front), shape=cylinder))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cube", size="large", color="red")), shape="cylinder")),
)
X(7, "lowkey do you think participants will find this image boring? be honest")

# --- Wojtek, a Polish plumber in Dublin; drops his articles
C(
    "exist",
    7,
    "Is there some ball made from metal?",
    "exist(f(sel(sphere), material=metal))",
    lambda s: yes(bool(s.f(shape="sphere", material="metal"))),
)
C(
    "attribute",
    7,
    "Brown cube — it is metal or rubber?",
    "choose(u(f(sel(cube), color=brown)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", color="brown"), "material"),
)
C(
    "same_attr",
    7,
    "How many other things have same colour like the small gray cube?",
    "count(same_attr(u(f(sel(cube), size=small, color=gray)), color))",
    lambda s: n(others(s, s.the(shape="cube", size="small", color="gray"), "color")),
)
C(
    "negation",
    7,
    "Cylinders but without the cyan ones — how many is?",
    "count(fn(sel(cylinder), color=cyan))",
    lambda s: n(lacking(s, s.f(shape="cylinder"), color="cyan")),
)
C(
    "position",
    7,
    "Yellow cube stands on left side of picture or on right side?",
    "choose(u(f(sel(cube), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="yellow")),
)
C(
    "chain",
    7,
    "On right from blue cylinder stands one cube. Behind this cube is one big thing. Which colour it has?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=blue)), right), shape=cube)), behind), size=large)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="blue"), "right", shape="cube"), "behind", size="large"), "color"
    ),
)

# scene 11: small brown metal cyl, large yellow metal sph (left side), small green metal cube, small brown rubber sph (front), small gray metal cyl, small green rubber sph (far right), large blue metal cube (back), large brown rubber sph, large brown metal cyl, small purple rubber sph (far left)

# --- Gus, a retired Minnesota dairy farmer
C(
    "count",
    11,
    "Well now, how many of these here are brown? Looks like a whole lotta brown to me.",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "compare_attr",
    11,
    "That big brown ball and the big brown cylinder there, they made outta the same stuff, ya think?",
    "same(u(f(sel(sphere), size=large, color=brown)), u(f(sel(cylinder), size=large, color=brown)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", size="large", color="brown"), "material")
        == s.a(s.the(shape="cylinder", size="large", color="brown"), "material")
    ),
)
C(
    "quantifier",
    11,
    "Are all the balls rubber, or is there a metal one snuck in there?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "superlative",
    11,
    "Which one's sittin' way in the back? What color's that?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    11,
    "Is that little gray cylinder off to the right of the big brown cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=brown)), right), color=gray, shape=cylinder))",
    lambda s: is_rel(
        s, {"shape": "cylinder", "color": "gray"}, "right", {"shape": "cylinder", "size": "large", "color": "brown"}
    ),
)
X(11, "Oh ya, where would a fella buy a set of these for the grandkids, and what'd it run me?")

# --- Pilar, a tour guide in Seville; Spanish word order
C("count", 11, "Hello! How many spheres there are in total?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "number",
    11,
    "How many colours different are there in all the objects?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "negation",
    11,
    "The objects that are not brown and are not spheres — how many?",
    "count(fn(fn(scene(), color=brown), shape=sphere))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "brown" and s.a(i, "shape") != "sphere"]),
)
C(
    "spatial",
    11,
    "Behind the small green cube, how many spheres there are?",
    "count(f(rel(u(f(sel(cube), size=small, color=green)), behind), shape=sphere))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cube", size="small", color="green")), shape="sphere")),
)
C(
    "chain",
    11,
    "At the right of the gray cylinder there is only one thing. Which shape it has?",
    "q(u(rel(u(f(sel(cylinder), color=gray)), right)), shape)",
    lambda s: s.a(only(related(s, "right", s.the(shape="cylinder", color="gray"))), "shape"),
)
C(
    "list",
    11,
    "The cylinders, which colours they have? Say me all, please.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)

# scene 24: small red metal cube, large red rubber cyl (front), large green metal cube (far right), small brown metal cyl (far left), large gray metal cube (right side), large red metal sph, small yellow rubber cube (left side), large red metal sph (back), large brown rubber cube, small gray rubber cube

# --- Inês, a Portuguese dental hygienist in London
C(
    "count",
    24,
    "Good afternoon. How many cubes are there in the image, in total?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    24,
    "The two red spheres, they are the same size or not?",
    "same(f(sel(sphere), color=red), size)",
    lambda s: alike(s, s.f(shape="sphere", color="red"), "size"),
)
C(
    "two_clause",
    24,
    "The small yellow cube — is it made of rubber and also on the left side of the image?",
    "and_(verify(u(f(sel(cube), size=small, color=yellow)), material, rubber), verify(u(f(sel(cube), size=small, color=yellow)), hposition, left))",
    lambda s: yes(
        s.a(s.the(shape="cube", size="small", color="yellow"), "material") == "rubber"
        and picture_side(s, s.the(shape="cube", size="small", color="yellow")) == "left"
    ),
)
C(
    "spatial",
    24,
    "How many objects are at the left of the gray metal cube?",
    "count(rel(u(f(sel(cube), color=gray, material=metal)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="gray", material="metal"))),
)
C(
    "superlative",
    24,
    "Which object is the most in front? What is its colour?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(24, "For you, which one is the most beautiful?")

# --- Craig, an Australian electrician
C(
    "count",
    24,
    "G'day. How many red things are we lookin' at here?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_count",
    24,
    "More cubes than everything else combined, would ya say?",
    "gt(count(sel(cube)), count(fn(scene(), shape=cube)))",
    lambda s: yes(len(s.f(shape="cube")) > len(lacking(s, s.all(), shape="cube"))),
)
C(
    "compare_size",
    24,
    "Which one's bigger, mate — the brown cylinder or the brown cube?",
    "q(u(f(union(f(sel(cylinder), color=brown), f(sel(cube), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="brown"), s.the(shape="cube", color="brown")),
)
C(
    "chain",
    24,
    "Righto, behind the little gray cube there's a ball. Off to the right of that ball is a small cube. What colour's the small cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=gray)), behind), shape=sphere)), right), shape=cube, size=small)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="small", color="gray"), "behind", shape="sphere"),
            "right",
            shape="cube",
            size="small",
        ),
        "color",
    ),
)
C(
    "quantifier",
    24,
    "Every ball in there's metal, yeah?",
    "not_(exist(fn(sel(sphere), material=metal)))",
    lambda s: every(s, s.f(shape="sphere"), material="metal"),
)
C(
    "same_attr",
    24,
    "How many other things are made of the same stuff as the big red cylinder?",
    "count(same_attr(u(f(sel(cylinder), size=large, color=red)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", size="large", color="red"), "material")),
)

# scene 26: large brown metal cyl (far left), large green metal sph, small purple metal cube (front), large cyan metal sph, small green metal cyl (back), small purple rubber cube (far right), small green metal sph, large green metal cyl

# --- Trevor, a bus driver from Swansea
C(
    "count",
    26,
    "Tidy. How many green ones are there, then?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "negation",
    26,
    "Everything's metal bar one, is it? What colour's the odd one out?",
    "q(u(fn(scene(), material=metal)), color)",
    lambda s: s.a(only(lacking(s, s.all(), material="metal")), "color"),
)
C(
    "compare_attr",
    26,
    "Them two purple cubes — same size, are they?",
    "same(f(sel(cube), color=purple), size)",
    lambda s: alike(s, s.f(shape="cube", color="purple"), "size"),
)
C(
    "compare_count",
    26,
    "Fewer cubes than cylinders, would you say?",
    "lt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    26,
    "Second one from the back — what shape's that, butt?",
    "q(ord(scene(), behind, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "shape"),
)
C(
    "spatial",
    26,
    "Is the big brown cylinder to the left of the cyan ball?",
    "exist(f(rel(u(f(sel(sphere), color=cyan)), left), color=brown, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "brown"}, "left", {"shape": "sphere", "color": "cyan"}),
)
X(26, "What time's the last bus back from wherever they took this, d'you know?")

# scene 28: large red metal cyl (front), small red rubber cyl (far right), large purple rubber cyl (back), small brown metal sph (far left)

# --- Mia, nine and home-schooled
C(
    "count",
    28,
    "How many cylinders are there? I counted three!",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    28,
    "What colour is the ball?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "compare_attr",
    28,
    "Are the two red ones the same size?",
    "same(f(scene(), color=red), size)",
    lambda s: alike(s, s.f(color="red"), "size"),
)
C(
    "compare_size",
    28,
    "Which is bigger, the ball or the purple cylinder?",
    "q(u(f(union(sel(sphere), f(sel(cylinder), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere"), s.the(shape="cylinder", color="purple")),
)
C(
    "spatial",
    28,
    "How many things are behind the ball?",
    "count(rel(u(sel(sphere)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere"))),
)
X(28, "If I bump the table, will the ball roll away?")

# scene 29: large cyan metal sph (back), large cyan rubber cyl, large red metal cyl (front, far left), small brown rubber sph (far right)

# --- Harvey, an Ohio insurance claims adjuster
C("count", 29, "For the file: how many items are in the image, total?", "count(scene())", lambda s: n(s.all()))
C(
    "compare_attr",
    29,
    "The two cyan items — same material, or not?",
    "same(f(scene(), color=cyan), material)",
    lambda s: alike(s, s.f(color="cyan"), "material"),
)
C(
    "superlative",
    29,
    "Item positioned furthest forward. Color?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "position",
    29,
    "Red cylinder — left side of the frame or right?",
    "choose(u(f(sel(cylinder), color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="red")),
)
C(
    "chain",
    29,
    "There's an item in front of the cyan cylinder. What's it made of?",
    "q(u(rel(u(f(sel(cylinder), color=cyan)), front)), material)",
    lambda s: s.a(only(related(s, "front", s.the(shape="cylinder", color="cyan"))), "material"),
)
C(
    "quantifier",
    29,
    "Would it be accurate to say most of the items are large?",
    "gt(count(f(scene(), size=large)), count(fn(scene(), size=large)))",
    lambda s: most([s.a(i, "size") == "large" for i in s.all()]),
)

# scene 31: small cyan rubber cyl, large green metal cyl (far right), large blue metal sph, small red metal cyl (back), small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph (far left), small brown rubber cyl

# --- Noor, a pharmacist in Sharjah
C(
    "count",
    31,
    "Hello, how many small objects are there?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C("exist", 31, "Is there any cube in this picture?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))
C(
    "attribute",
    31,
    "The cube, which colour it is please?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_attr",
    31,
    "The big sphere and the small blue sphere, is it the same material?",
    "same(u(f(sel(sphere), size=large)), u(f(sel(sphere), size=small, color=blue)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", size="large"), "material")
        == s.a(s.the(shape="sphere", size="small", color="blue"), "material")
    ),
)
C(
    "superlative",
    31,
    "Which sphere is most far to the right side? Tell me the colour.",
    "q(ord(sel(sphere), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "color"),
)
X(31, "The little yellow ball looks like a vitamin we sell. What is the name of this medicine?")

# --- Kenji, a Sacramento chemistry teacher; brisk
C(
    "count",
    31,
    "Quick one before class: how many of the objects are metallic?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    31,
    "Are there exactly as many metal objects as rubber ones?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "negation",
    31,
    "How many of the spheres are not metal?",
    "count(fn(sel(sphere), material=metal))",
    lambda s: n(lacking(s, s.f(shape="sphere"), material="metal")),
)
C(
    "spatial",
    31,
    "How many cylinders are behind the large blue sphere?",
    "count(f(rel(u(f(sel(sphere), size=large, color=blue)), behind), shape=cylinder))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="sphere", size="large", color="blue")), shape="cylinder")),
)
C(
    "chain",
    31,
    "Behind the purple cube there's a cylinder, and to that cylinder's right there's a sphere. What's the sphere made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=purple)), behind), shape=cylinder)), right), shape=sphere)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="purple"), "behind", shape="cylinder"), "right", shape="sphere"),
        "material",
    ),
)
C(
    "list",
    31,
    "List the colours of the cylinders for me.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "same_attr",
    31,
    "How many other objects share the cube's material?",
    "count(same_attr(u(sel(cube)), material))",
    lambda s: n(others(s, s.the(shape="cube"), "material")),
)

# scene 41: small yellow metal cyl, small purple rubber cyl (front), large gray rubber sph, large yellow metal cyl (far left), small red metal cyl, small brown rubber sph (back), large blue metal sph, large cyan metal cyl (far right), large blue metal cube, small yellow rubber sph

# --- Declan, a barman in Galway
C(
    "count",
    41,
    "Go on so, how many yellow yokes are in it?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "verify",
    41,
    "Is the cube blue, would you say?",
    "verify(u(sel(cube)), color, blue)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "blue"),
)
C(
    "compare_attr",
    41,
    "The two blue lads — same shape, are they?",
    "same(f(scene(), color=blue), shape)",
    lambda s: alike(s, s.f(color="blue"), "shape"),
)
C(
    "spatial",
    41,
    "How many cylinders are in front of the big gray ball?",
    "count(f(rel(u(f(sel(sphere), size=large, color=gray)), front), shape=cylinder))",
    lambda s: n(among(s, related(s, "front", s.the(shape="sphere", size="large", color="gray")), shape="cylinder")),
)
C(
    "superlative",
    41,
    "What's the one right at the back? Colour, like.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "chain",
    41,
    "In front of the red cylinder there's another cylinder, and left of that one there's a big yoke. What colour is the big yoke?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=red)), front), shape=cylinder)), left), size=large)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="red"), "front", shape="cylinder"), "left", size="large"), "color"
    ),
)

# --- Beatriz, a Mexican pastry chef in Los Angeles
C(
    "count",
    41,
    "How many little ones there are?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "compare_size",
    41,
    "Which one is more big, the red cylinder or the cyan cylinder? Tell me the colour.",
    "q(u(f(union(f(sel(cylinder), color=red), f(sel(cylinder), color=cyan)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="red"), s.the(shape="cylinder", color="cyan"), "color"),
)
C(
    "two_clause",
    41,
    "Is there a blue cube and also a blue ball?",
    "and_(exist(f(sel(cube), color=blue)), exist(f(sel(sphere), color=blue)))",
    lambda s: yes(bool(s.f(shape="cube", color="blue")) and bool(s.f(shape="sphere", color="blue"))),
)
C(
    "position",
    41,
    "The big cyan cylinder, it is on the right of the picture or on the left?",
    "choose(u(f(sel(cylinder), size=large, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="cyan")),
)
C(
    "chain",
    41,
    "What is in front of the red cylinder? Which colour?",
    "q(u(rel(u(f(sel(cylinder), color=red)), front)), color)",
    lambda s: s.a(only(related(s, "front", s.the(shape="cylinder", color="red"))), "color"),
)
C(
    "quantifier",
    41,
    "None of the balls is metal, right?",
    "not_(exist(f(sel(sphere), material=metal)))",
    lambda s: yes(not s.f(shape="sphere", material="metal")),
)

# scene 42: small yellow rubber sph, small gray rubber cyl (back), small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl (left side), small blue rubber sph (far left), large yellow metal sph (front, far right)

# --- Chen Wei, a materials-science PhD student
C(
    "count",
    42,
    "How many objects are made of the rubber material?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "quantifier",
    42,
    "Are the blue objects more than half of all objects?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda s: most([s.a(i, "color") == "blue" for i in s.all()]),
)
C(
    "attribute",
    42,
    "For the large sphere, what is its material?",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "compare_attr",
    42,
    "The two cubes, do they have the same material?",
    "same(sel(cube), material)",
    lambda s: alike(s, s.f(shape="cube"), "material"),
)
C(
    "spatial",
    42,
    "Is the gray cube located in front of the large blue cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=blue)), front), color=gray, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "gray"}, "front", {"shape": "cylinder", "size": "large", "color": "blue"}
    ),
)
C(
    "same_attr",
    42,
    "Except the large sphere itself, how many objects have the same colour with it?",
    "count(same_attr(u(f(sel(sphere), size=large)), color))",
    lambda s: n(others(s, s.the(shape="sphere", size="large"), "color")),
)
X(42, "This rendering is made with which software? Blender, or something else?")

# scene 43: large yellow metal cube, large cyan metal sph (far right), small blue metal cyl (front), small cyan metal sph (right side), large blue metal cube, large green rubber cube (back), large gray rubber sph (far left), small cyan rubber sph

# --- Pat, a hockey mom from Saskatoon
C(
    "count",
    43,
    "Okay, how many cyan ones are there? The light blue-green ones.",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "compare_attr",
    43,
    "Are all three of the cyan ones made of the same stuff?",
    "same(f(scene(), color=cyan), material)",
    lambda s: alike(s, s.f(color="cyan"), "material"),
)
C(
    "superlative",
    43,
    "Which one's second from the right? Just the shape.",
    "q(ord(scene(), right, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "shape"),
)
C(
    "list",
    43,
    "What colours are the cubes?",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "negation",
    43,
    "How many of the balls aren't cyan?",
    "count(fn(sel(sphere), color=cyan))",
    lambda s: n(lacking(s, s.f(shape="sphere"), color="cyan")),
)
C(
    "chain",
    43,
    "In front of the gray ball there's a cube, and to the right of that cube there's a big thing. What colour is the big thing?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=gray)), front), shape=cube)), right), size=large)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="gray"), "front", shape="cube"), "right", size="large"), "color"
    ),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl (left side), small cyan metal cube (far right), large gray metal sph, large red metal sph (front), large cyan rubber sph (back), small yellow metal cyl (far left)

# --- Gerald, a retired accountant in Tampa
C(
    "count",
    45,
    "Let's start with a tally of the gray items, if you would.",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "compare_count",
    45,
    "Do the cubes and the cylinders come out even?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "quantifier",
    45,
    "Are all the large items spheres? I believe that's the case.",
    "not_(exist(fn(f(scene(), size=large), shape=sphere)))",
    lambda s: every(s, s.f(size="large"), shape="sphere"),
)
C(
    "negation",
    45,
    "Net of the metal ones, how many cubes remain?",
    "count(fn(sel(cube), material=metal))",
    lambda s: n(lacking(s, s.f(shape="cube"), material="metal")),
)
C(
    "number",
    45,
    "How many different colors are there across the whole lot?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "chain",
    45,
    "There's one item to the left of the cyan cylinder. Is it metal or rubber?",
    "choose(u(rel(u(f(sel(cylinder), color=cyan)), left)), material, [metal, rubber])",
    lambda s: s.a(only(related(s, "left", s.the(shape="cylinder", color="cyan"))), "material"),
)
X(45, "What would it cost to have an image like this produced? Round figures are fine.")

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph (back), large cyan rubber cyl, small green rubber sph (far left), small purple metal sph (far right), large red rubber cube (front), small purple rubber cube

# --- Lena, a Swedish physiotherapist
C("count", 46, "Hej! How many spheres are there, please?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_attr",
    46,
    "The two red things — are they the same shape?",
    "same(f(scene(), color=red), shape)",
    lambda s: alike(s, s.f(color="red"), "shape"),
)
C(
    "verify",
    46,
    "Is the big red cube made of rubber?",
    "verify(u(f(sel(cube), size=large, color=red)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="red"), "material") == "rubber"),
)
C(
    "spatial",
    46,
    "How many things are to the left of the small cyan cylinder?",
    "count(rel(u(f(sel(cylinder), size=small, color=cyan)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", size="small", color="cyan"))),
)
C(
    "superlative",
    46,
    "Which one is furthest to the back? What shape does it have?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "two_clause",
    46,
    "Is it so that the purple sphere is small and also made of metal?",
    "and_(verify(u(f(sel(sphere), color=purple)), size, small), verify(u(f(sel(sphere), color=purple)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="purple"), "size") == "small"
        and s.a(s.the(shape="sphere", color="purple"), "material") == "metal"
    ),
)
X(46, "These look heavy. How much would they weigh in real life?")

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (far right), small blue rubber cyl (back), small purple metal cube (right side), small yellow metal sph (far left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph (front)

# --- Arjun, an app developer in Bangalore
C(
    "count",
    47,
    "How many cubes are there in total? Purple, red, blue, all included.",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_count",
    47,
    "Purple things are more than red things or not?",
    "gt(count(f(scene(), color=purple)), count(f(scene(), color=red)))",
    lambda s: yes(len(s.f(color="purple")) > len(s.f(color="red"))),
)
C(
    "compare_attr",
    47,
    "Both yellow spheres are having the same size?",
    "same(f(sel(sphere), color=yellow), size)",
    lambda s: alike(s, s.f(shape="sphere", color="yellow"), "size"),
)
C(
    "spatial",
    47,
    "Kindly tell how many objects are there behind the big blue cube.",
    "count(rel(u(f(sel(cube), size=large, color=blue)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="large", color="blue"))),
)
C(
    "chain",
    47,
    "In front of the big purple cube there is one sphere, and left of that sphere there is one cylinder. What is the colour of that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=large, color=purple)), front), shape=sphere)), left), shape=cylinder)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="large", color="purple"), "front", shape="sphere"),
            "left",
            shape="cylinder",
        ),
        "color",
    ),
)
X(47, "Which company made these 3D models? I want to use them in my app.")

# --- Yolanda, a church secretary in Lubbock
C(
    "count",
    47,
    "Hi there! How many of these are purple, hon?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "attribute",
    47,
    "The little yellow ball — is it shiny metal, or is it rubber?",
    "choose(u(f(sel(sphere), size=small, color=yellow)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", size="small", color="yellow"), "material"),
)
C(
    "position",
    47,
    "Is the red cube over on the right side of the picture or the left?",
    "choose(u(f(sel(cube), color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="red")),
)
C(
    "superlative",
    47,
    "Which thing is closest to the front? Just tell me the color.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "quantifier",
    47,
    "Are all the cylinders rubber?",
    "not_(exist(fn(sel(cylinder), material=rubber)))",
    lambda s: every(s, s.f(shape="cylinder"), material="rubber"),
)
C(
    "same_attr",
    47,
    "How many other things are the same color as the big cyan cylinder?",
    "count(same_attr(u(f(sel(cylinder), size=large, color=cyan)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="large", color="cyan"), "color")),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Rolf, a Dutch cycling commuter from Utrecht
P(
    "exist",
    "street",
    "Is there somewhere a bicycle in this street?",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "text",
    "street",
    "On the road there is some writing. What does it say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "count",
    "street",
    "How many vehicles are there — cars, buses, all together?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "spatial",
    "street",
    "The white car, it stands right of the bus?",
    "vrel(u(sel(bus)), right, name=car)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "car"))),
)
P(
    "chain",
    "street",
    "The man on the right side — which colour has his tie?",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "right")), "color"),
)
X("street", "In which city is this? Madrid, maybe?")

# --- Carmen, a grandmother from Guadalajara dictating to her grandson
P(
    "text",
    "street",
    "Mijo, ask it what is written on the side of the bus.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("count", "street", "How many men are there in the street?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "spatial",
    "street",
    "The lady in green, is she holding the little dog?",
    "exist(f(rel(u(sel(dog)), holding, name=woman), color=green))",
    lambda p: yes(any(p.value(o, "color") == "green" for o in named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
P(
    "attribute",
    "street",
    "And the little dog, what colour is it?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "compare_attr",
    "street",
    "The bus is red like the sign of stop, no?",
    "same(u(sel(bus)), u(sel(sign)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("sign"), "color")),
)
X("street", "Does this bus go to the mercado? I need to go there on Thursday.")

# --- Dmitri, a Ukrainian long-haul truck driver
P("count", "street", "How many persons is on the street?", "count(sel(person))", lambda p: n(people(p)))
P(
    "text",
    "street",
    "The sign up on top, what is written there?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "position",
    "street",
    "This sign is on right side or on left side?",
    "choose(u(sel(sign)), hposition, [left, right])",
    lambda p: p.value(p.the("sign"), "hposition"),
)
P(
    "where",
    "street",
    "Tree is behind the bus or in front of bus?",
    "choose_rel(u(sel(tree)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("tree"), p.the("bus"), ("front", "behind")),
)
P(
    "chain",
    "street",
    "The man who wears the red tie — what colour are his clothes?",
    "q(u(rel(u(f(sel(tie), color=red)), wearing)), color)",
    lambda p: p.value(only(p.subjects("wearing", p.the("tie", color="red"))), "color"),
)
P(
    "spatial",
    "street",
    "Woman stands in front of the bus, yes?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("front", p.the("bus")), "woman"))),
)

# --- Bertie, a retired postman from Cornwall
P(
    "count",
    "street",
    "How many ties can you see, my 'ansum? My eyes are no good for small things now.",
    "count(sel(tie))",
    lambda p: n(p.f("tie")),
)
P(
    "exist",
    "street",
    "Is the lady wearing a tie as well, or is it just the two gents?",
    "exist(rel(sel(tie), wearing, name=woman))",
    lambda p: yes(bool(named(p, wearers(p, "tie"), "woman"))),
)
P(
    "position",
    "street",
    "Where's the motor car to — top of the picture or down the bottom?",
    "choose(u(sel(car)), vposition, [top, bottom])",
    lambda p: p.value(p.the("car"), "vposition"),
)
P(
    "superlative",
    "street",
    "The chap furthest to the left — what colour's he dressed in?",
    "q(ord(sel(man), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("man"), "left"), "color"),
)
P(
    "count",
    "street",
    "How many things in the picture are red, would you say?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
X("street", "Would that be one of them Routemasters? Who builds the buses nowadays?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Ji-woo, a Korean food blogger
P(
    "text",
    "kitchen",
    "What time the clock is showing?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "count",
    "kitchen",
    "How many cups are on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "attribute",
    "kitchen",
    "Bottle is which colour?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "text",
    "kitchen",
    "What is written on the bottle? I want to put it in my blog.",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "spatial",
    "kitchen",
    "Plate is on the right of the red cup, right?",
    "vrel(u(f(sel(cup), color=red)), right, name=plate)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("cup", color="red")), "plate"))),
)
X("kitchen", "The water inside the bottle, it is cold or room temperature?")

# --- Doug, a handyman from Wisconsin
P(
    "attribute",
    "kitchen",
    "What's the table made out of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "exist",
    "kitchen",
    "Anything on the table made of metal?",
    "exist(f(rel(u(sel(table)), on), material=metal))",
    lambda p: yes(any(p.value(o, "material") == "metal" for o in on_table(p))),
)
P(
    "chain",
    "kitchen",
    "What's that hung up above the table?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "spatial",
    "kitchen",
    "Lady's standing off to the right of the table, yeah?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "count",
    "kitchen",
    "How many things all told are sitting on that table?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
X("kitchen", "What's a table like that run ya at Menards these days?")

# --- Phoebe, an interior designer in Edinburgh
P(
    "number",
    "kitchen",
    "How many different colours are there across the things on the tabletop?",
    "nvalues(rel(u(sel(table)), on), color)",
    lambda p: colour_count(p, on_table(p)),
)
P(
    "compare_attr",
    "kitchen",
    "Does the plate match the clock, colour-wise?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "superlative",
    "kitchen",
    "The cup furthest to the right — what colour is it?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "list",
    "kitchen",
    "Could you list the cup colours for me?",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "position",
    "kitchen",
    "Is the clock hung at the top of the frame?",
    "verify(u(sel(clock)), vposition, top)",
    lambda p: yes(p.value(p.the("clock"), "vposition") == "top"),
)
X("kitchen", "Would sage green walls work better with that table, do you think?")

# --- Imani, eleven, on a school project about kitchens
P(
    "negation",
    "kitchen",
    "how many of the cups are not white",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "attribute",
    "kitchen",
    "what is the fork made of",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "exist",
    "kitchen",
    "is there a spoon anywhere in the kitchen",
    "exist(sel(spoon))",
    lambda p: yes(bool(p.f("spoon"))),
)
P(
    "attribute",
    "kitchen",
    "what colour is the lady wearing",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "spatial",
    "kitchen",
    "is the blue cup on the left of the bottle",
    "exist(f(rel(u(sel(bottle)), left, name=cup), color=blue))",
    lambda p: yes(any(p.value(o, "color") == "blue" for o in named(p, p.subjects("left", p.the("bottle")), "cup"))),
)
P(
    "superlative",
    "kitchen",
    "which cup is in the middle of the three what colour is it",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
X("kitchen", "what is the lady going to cook for dinner")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Marcus, an Atlanta youth-soccer coach
P("count", "park", "Alright, how many kids we got out there?", "count(sel(child))", lambda p: n(children(p)))
P(
    "chain",
    "park",
    "What's the boy in blue throwing?",
    "q(u(rel(u(f(sel(boy), color=blue)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy", color="blue"), "throwing"))),
)
P(
    "position",
    "park",
    "That frisbee — up top in the picture, or down low?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "spatial",
    "park",
    "The kid in blue, he posted up by the bench?",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("bench")), "boy"))),
)
P(
    "negation",
    "park",
    "How many people we got besides the kids?",
    "count(diff(sel(person), sel(child)))",
    lambda p: n([o for o in people(p) if o not in children(p)]),
)
X("park", "Who you got winning the game this weekend?")

# --- Hannelore, a retired German birdwatcher
P("count", "park", "How many trees stand in the park?", "count(sel(tree))", lambda p: n(p.f("tree")))
P("exist", "park", "Is there a bird somewhere to see?", "exist(sel(bird))", lambda p: yes(bool(p.f("bird"))))
P(
    "position",
    "park",
    "The tree behind the girl — on which side of the picture does it stand?",
    "choose(u(rel(u(sel(girl)), behind)), hposition, [left, right])",
    lambda p: p.value(only(p.subjects("behind", p.the("girl"))), "hposition"),
)
P(
    "attribute",
    "park",
    "The bench, of which material is it made?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "two_clause",
    "park",
    "And is this bench green and also made of wood?",
    "and_(verify(u(sel(bench)), color, green), verify(u(sel(bench)), material, wood))",
    lambda p: yes(p.value(p.the("bench"), "color") == "green" and p.value(p.the("bench"), "material") == "wood"),
)
P(
    "spatial",
    "park",
    "Stands the bench right of the bicycle?",
    "vrel(u(sel(bicycle)), right, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bicycle")), "bench"))),
)
X("park", "Is this park in Germany? To me it looks like the Englischer Garten in Munich.")

# --- Jade, a dog groomer from Salford
P("count", "park", "How many dogs, babe?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "What colour's the one the lady in red's got hold of?",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "superlative",
    "park",
    "Which dog's further over to the right? Colour?",
    "q(ord(sel(dog), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("dog"), "right"), "color"),
)
P(
    "compare_attr",
    "park",
    "Are the two dogs the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "spatial",
    "park",
    "Who's that white dog hanging about with?",
    "q(u(rel(u(f(sel(dog), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog", color="white")))),
)
X("park", "What breed's the black one? Looks like a lab cross to me.")

# --- Ravi, a data analyst dad in Leicester
P("count", "park", "How many people are in the picture in total?", "count(sel(person))", lambda p: n(people(p)))
P(
    "superlative",
    "park",
    "Counting from the left, who is the second person?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "compare_count",
    "park",
    "Are there more women than children?",
    "gt(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) > len(children(p))),
)
P(
    "attribute",
    "park",
    "What colour is the bicycle?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "spatial",
    "park",
    "Is the woman in white near the bike?",
    "exist(f(rel(u(sel(bicycle)), near, name=woman), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("bicycle")), "woman"))),
)
P(
    "superlative",
    "park",
    "And the person on the far right — what colour are they wearing?",
    "q(ord(sel(person), right, 1), color)",
    lambda p: p.value(side_of(p, people(p), "right"), "color"),
)

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Hamish, a Scottish dad helping his daughter Isla with her shapes
P(
    "count",
    "shapes",
    "Isla wants to know how many circles there are. She says two.",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "attribute",
    "shapes",
    "What colour is the square, pal?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)
P(
    "exist",
    "shapes",
    "Is there a pentagon in it anywhere?",
    "exist(sel(pentagon))",
    lambda p: yes(bool(p.f("pentagon"))),
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
    "What's that in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
X("shapes", "Isla's asking if the big circle is the wee circle's mammy. Is it?")

# --- Priscilla, a graphic designer in Nashville
P(
    "number",
    "shapes",
    "How many distinct colors are in the palette here?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "list",
    "shapes",
    "Which shapes are done in blue? List 'em for me.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "compare_count",
    "shapes",
    "Are there more blue elements than red ones?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share the hexagon's color?",
    "count(same_attr(u(sel(hexagon)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("hexagon") and p.value(o, "color") == p.value(p.the("hexagon"), "color")]
    ),
)
P(
    "two_clause",
    "shapes",
    "Is the triangle both green and large?",
    "and_(verify(u(sel(triangle)), color, green), verify(u(sel(triangle)), size, large))",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green" and p.value(p.the("triangle"), "size") == "large"),
)
X("shapes", "What font would pair well with this layout?")

# --- Oksana, a Belarusian olympiad maths coach
P(
    "count",
    "shapes",
    "How many figures are in the lower row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "superlative",
    "shapes",
    "In the upper row, which figure is the last one on the right?",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)
P(
    "count",
    "shapes",
    "How many rectangles there are, if we count the square also as a rectangle?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "negation",
    "shapes",
    "How many figures are not blue?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "quantifier",
    "shapes",
    "Is it true that every figure in the upper row is large?",
    "not_(exist(fn(f(scene(), vposition=top), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(vposition="top"))),
)
P(
    "compare_count",
    "shapes",
    "Large figures and small figures — the numbers are equal?",
    "eq(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda p: yes(len(p.f(size="large")) == len(p.f(size="small"))),
)

# --- Leo, six, voice-typing on his mum's phone
P("count", "shapes", "um how many triangles are there", "count(sel(triangle))", lambda p: n(p.f("triangle")))
P(
    "verify",
    "shapes",
    "is the star a red one",
    "verify(u(sel(star)), color, red)",
    lambda p: yes(p.value(p.the("star"), "color") == "red"),
)
P(
    "compare_size",
    "shapes",
    "is the red circle bigger than the star",
    "larger(u(f(sel(circle), color=red)), u(sel(star)))",
    lambda p: drawn_larger(p, p.the("circle", color="red"), p.the("star")),
)
P(
    "attribute",
    "shapes",
    "what colour is the one with six sides",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "position",
    "shapes",
    "where is the yellow one is it at the top or the bottom",
    "choose(u(f(scene(), color=yellow)), vposition, [top, bottom])",
    lambda p: p.value(only(p.f(color="yellow")), "vposition"),
)
X("shapes", "if the star falls down will it break")

# --- Dr Whitfield, an ophthalmologist using the drawing for a colour check
P(
    "attribute",
    "shapes",
    "For the patient's chart: what colour is the triangle?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Is the hexagon the same colour as the square?",
    "same(u(sel(hexagon)), u(sel(square)), color)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == p.value(p.the("square"), "color")),
)
P("count", "shapes", "How many shapes are red?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "exist",
    "shapes",
    "Is anything in the drawing orange?",
    "exist(f(scene(), color=orange))",
    lambda p: yes(bool(p.f(color="orange"))),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes are the same size as the star?",
    "count(same_attr(u(sel(star)), size))",
    lambda p: n([o for o in p.objects if o != p.the("star") and p.value(o, "size") == p.value(p.the("star"), "size")]),
)
P(
    "position",
    "shapes",
    "The small circle: which row is it in — top, middle or bottom?",
    "choose(u(f(sel(circle), size=small)), vposition, [top, middle, bottom])",
    lambda p: p.value(p.the("circle", size="small"), "vposition"),
)

# --- Tyrone, a sign painter in Detroit
P("count", "shapes", "How many shapes I got to paint here altogether?", "count(scene())", lambda p: n(p.objects))
P(
    "position",
    "shapes",
    "What's down in the bottom right-hand corner?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "list",
    "shapes",
    "What colors do I need for the big shapes? Give me the list.",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, the yellow rectangle or the star?",
    "q(u(f(union(f(sel(rectangle), color=yellow), sel(star)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, yellow_rectangle(p), p.the("star")),
)
P(
    "negation",
    "shapes",
    "Not counting the blue ones, how many little shapes are there?",
    "count(fn(f(scene(), size=small), color=blue))",
    lambda p: n([o for o in p.f(size="small") if p.value(o, "color") != "blue"]),
)
X("shapes", "What's a job like this pay, you figure?")

# --- Mei, an accountant in Singapore
P("count", "shapes", "Got how many blue shapes ah?", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P(
    "superlative",
    "shapes",
    "Bottom row, second from the left, what shape?",
    "q(ord(f(scene(), vposition=bottom), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left", 2), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Circles fewer than blue shapes or not?",
    "lt(count(sel(circle)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f("circle")) < len(p.f(color="blue"))),
)
P(
    "two_clause",
    "shapes",
    "The hexagon is at the bottom and on the right side, correct or not?",
    "and_(verify(u(sel(hexagon)), vposition, bottom), verify(u(sel(hexagon)), hposition, right))",
    lambda p: yes(
        p.value(p.the("hexagon"), "vposition") == "bottom" and p.value(p.the("hexagon"), "hposition") == "right"
    ),
)
P(
    "exist",
    "shapes",
    "Bottom row got anything yellow?",
    "exist(f(scene(), color=yellow, vposition=bottom))",
    lambda p: yes(bool(p.f(color="yellow", vposition="bottom"))),
)
P(
    "quantifier",
    "shapes",
    "All the circles blue one, is it?",
    "not_(exist(fn(sel(circle), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f("circle"))),
)

# --- Frank, a pub-quiz master from Leeds
P(
    "superlative",
    "shapes",
    "Right, question one: which shape is furthest to the left in the whole drawing?",
    "q(ord(scene(), left, 1), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "shape"),
)
P(
    "count",
    "shapes",
    "Question two: how many shapes in the top row are small?",
    "count(f(scene(), vposition=top, size=small))",
    lambda p: n(p.f(vposition="top", size="small")),
)
P(
    "attribute",
    "shapes",
    "What colour is the shape sat bang in the middle of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)
P(
    "list",
    "shapes",
    "Name the shapes in the bottom row — all three of them.",
    "values(f(scene(), vposition=bottom), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="bottom")),
)
P(
    "quantifier",
    "shapes",
    "Are most of the shapes blue?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)
X("shapes", "Bonus round: who drew this, and when?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
