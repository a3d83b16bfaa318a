# ruff: noqa: E501
"""Blind paraphrase set 86: a thirty-second fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits of speech, always understandably to a careful reader.

The cast. On the CLEVR pictures: Kwame, a Ghanaian-born night-shift nurse in Manchester, courteous on his break ("Good
evening", "kindly", "is it so?"); Jess, a second-year student procrastinating ("ok so", "tbh", "like"); Bob, a retired
Ohio plumber ("Them two balls", "sittin'", "a fella"); Ingrid, a Swedish dental hygienist whose English is good but not
native ("How many cubes is there", "What material has the yellow ball?", "Is it so that ..."); Auntie Grace, a
Jamaican-born grandmother in Birmingham ("darlin'", "what colour it is?", "not so?"); Dwayne, a long-haul trucker
dictating to his phone at a rest stop (no punctuation, "okay um", "uh"); Chloe, a nursery assistant asking for the
toddlers ("the kiddies", "the little ones want the colour"); Arjun, a Bangalore software developer ("Kindly tell", "What
is the material of", "are having"); Nora, a pub landlady in Cork ("Sure", "would ye say", "grand"); Tadeusz, a Polish
builder in London ("How many cylinders is here?", "what is left from the red cube"); Fiona, an Edinburgh accountant who
wants things exact ("in total", "excluding", "count each object once"); Mateo, a Chilean exchange student ("How many are
the spheres", "of what colour is it?", "it is behind ..., no?"); Helen, a church secretary in Adelaide ("dear", "if
you'd be so kind"); Dev, an A-level physics student in Leicester typing shorthand ("no. of", "objs", "&", "y or n");
Colette, a French pastry chef ("There are how many", "it is in which material?", "Say me"); Frank, a retired Boston
firefighter ("we got", "all told", "or what"); Mei, a Singaporean bookkeeper ("got or not", "ah", "same size or not?");
Gary, a patient Midlands driving instructor ("Let's take it nice and slowly"); Amara, a Nigerian pharmacist in Houston
("Please", "is it not?"); and Walt, a Montana rancher ("yonder", "'em", "not countin'", "made of the same stuff"). On
the photo-like graphs: Tyrone, a London bike courier ("mate", "geezers", "the motor"); Ayse, a Turkish grocer in Berlin
("How many man is in this picture?", "which colour are his clothes?"); Kevin, a parking-enforcement officer ("for my
notes", "in shot"); Poppy, nine, on a school trip; Giulia, an Italian nonna ("The cups, how many they are?", "What is
write on the bottle?"); Dan, a property photographer ("in shot", "frame"); Abdi, a Somali-born office cleaner in plain
short sentences; Beth, a dietitian ("want to check", "trying to work out"); Marek, a Czech park groundskeeper ("which
material is it from?", "What colour has"); Tanya, a cheerful personal trainer ("grown-ups", "getting their steps in");
Mr Hughes, a retired Welsh miner ("then", "is it?", "stood by"); and Jayden, twelve and mad about frisbee. On the
drawing: Gemma, a teaching assistant with a reading group; Oskar, a Dutch graphic designer ("objects", "canvas",
"composition"); Ruth, a retired librarian, meticulous; Leo, six; Carlos, an Argentine tango teacher ("figures", "the row
of down", "which form it has?"); Sunita, an occupational therapist doing a picture exercise with her patient, Mr Shah;
Brad, an Australian electrician ("mate", "reckon", "all up", "shape-wise"); and Yusuf, a Syrian student at an evening
English class ("please", "The triangle is big?", "Say all of them please").

Sentence shapes: bare fragments ("no. of cylinders?", "Metal one how many ah?"), dictated run-ons with no punctuation,
fronted topics ("The cube, it is in which material?", "Two brown things, same material or different?", "In the top row,
which object is the rightmost?"), tags ("is it so?", "not so?", "no?", "is it not?", "or not?", "yes?", "y or n"),
questions inside statements ("Mr Shah says the circle in the middle is blue. Is he right?"), comparisons said several
ways ("more ... than ...", "as many ... as ...", "Same number of small and big, or what?", "fewer ... than", "Which is
larger", "who is bigger"), negatives and exceptions ("Excluding anything purple", "not countin' the gray ones", "that
aren't yellow", "neither blue nor circles", "Other than the gray sphere itself"), and two-step chains told as little
walks through the picture ("Right of the red ball there's a cylinder, and out in front of that cylinder there's a ball",
"Start at the green cylinder. Look left ...").

The questions cover counts (with conditions, "not", "either ... or", "together"/"all up"), existence, an attribute of
one thing, yes/no checks of one value, two checks at once, comparisons of counts ("more", "fewer", "as many as", "the
same number") and of attributes (same colour, size, shape or material), quantifiers ("all", "every", "both", "no ... at
all", "any", "most of"), exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs only their
stated relations: on, near, holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop chains,
superlatives and ordinals, other things sharing a value, which of two things is the bigger, lists of values, the number
of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and the text on
the photos' bus, sign, road, bottle and clock. About half ask about the CLEVR val scenes 22, 30, 27, 14, 2, 0, 21, 25,
18, 19, 16, 13, 12 and 9 (one or two people to a scene), about 30% about the photo-like graphs (street, kitchen, park)
and 20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the person's other
questions (prices and fines, opinions and feelings, what happens next, names, makers and authors, the world outside the
picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so the
drawing's rectangle is always "the yellow rectangle"); places and orders are only asked where a careful person could
call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor or of a neighbour in the order
along that axis, a side of a CLEVR picture is asked only of an object whose box centre lies within 130 pixels of the
edge of the 480-pixel frame, and on the drawing and photos neighbours in an order are at least 40 pixels apart; nothing
is asked of the photo graphs that their stated relations and attributes leave open. A which-side question is answered
with the side; a "which is bigger" between two things is asked only where their size classes differ, and answered with
the word that tells the bigger one from the other (its shape, or its colour where both are spheres). Answers are the
graph's words (gray, not grey; sphere, not ball; "purple, blue" for a list, most frequent first, ties alphabetical);
yes/no answers are "yes" or "no" whatever the tag ("y or n", "or not?"). Every gold program and answer comes from the
scene by plain Python, with the helpers of blind_gold.py and blind_helpers.py.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or tasks/),
its tests or any other question set or builder; the only files read were build_blind66.py (its docstring, helpers and
code, for the format, the gold program language and the conventions), blind_gold.py and blind_helpers.py (the helpers
imported here), the first 5 lines of blind66.jsonl (for the line format), and the scenes themselves (photo_scenes.json
and the CLEVR val scenes.json, inspected with small Python snippets). No question was run through nsvr's parser, planner
or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind86.py`` to write ``../blind86.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import n, question_recorder, said_same, write_set, yes  # noqa: E402
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
)

OUT = Path(__file__).resolve().parents[1] / "blind86.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def yellow_rectangle(p) -> str:
    """The drawing's one yellow rectangle (a square counts as a rectangle, so "the rectangle" alone is not unique)."""
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


def worn_tie_wearer(p, colour: str) -> str:
    """The one person wearing the tie of the given colour."""
    return only(
        [w for w in wearers(p, "tie") if any(p.value(t, "color") == colour for t in p.objects_of(w, "wearing"))]
    )


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 22: large yellow rubber cyl (far left of the picture), large yellow metal cube, small purple metal cyl (back), small cyan metal sph (front)

# --- Kwame, a Ghanaian-born night-shift nurse in Manchester, on his break; courteous
C(
    "count",
    22,
    "Good evening. Please, how many of the objects in this picture are made of metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "attribute",
    22,
    "The small ball — kindly, what colour is it?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "compare_attr",
    22,
    "The cube and the big cylinder are both yellow. Are they also made of the same material?",
    "same(u(sel(cube)), u(f(sel(cylinder), size=large)), material)",
    lambda s: yes(s.a(s.the(shape="cube"), "material") == s.a(s.the(shape="cylinder", size="large"), "material")),
)
C(
    "spatial",
    22,
    "The purple cylinder is standing behind the yellow cube, is it so?",
    "exist(f(rel(u(f(sel(cube), color=yellow)), behind), color=purple, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "purple"}, "behind", {"shape": "cube", "color": "yellow"}),
)
C(
    "superlative",
    22,
    "Which object is nearest to the front? Only the shape, please.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
X(22, "Forgive me for asking — which company manufactures these objects? My nephew would like a set.")

# --- Jess, a second-year student procrastinating
C("count", 22, "ok so how many cylinders are there", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "position",
    22,
    "which side of the pic is the big yellow cylinder on tbh i can't tell",
    "choose(u(f(sel(cylinder), size=large, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="yellow")),
)
C(
    "negation",
    22,
    "like how many things are there that aren't yellow",
    "count(fn(scene(), color=yellow))",
    lambda s: n(lacking(s, s.all(), color="yellow")),
)
C(
    "two_clause",
    22,
    "is the cube big and is it yellow",
    "and_(verify(u(sel(cube)), size, large), verify(u(sel(cube)), color, yellow))",
    lambda s: yes(s.a(s.the(shape="cube"), "size") == "large" and s.a(s.the(shape="cube"), "color") == "yellow"),
)
C(
    "chain",
    22,
    "what colour is the cylinder to the right of the ball",
    "q(u(f(rel(u(sel(sphere)), right), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere"), "right", shape="cylinder"), "color"),
)

# scene 30: large green rubber sph, large purple rubber sph (back), large blue metal cyl (front)

# --- Bob, a retired plumber from Ohio
C("count", 30, "How many balls in this one?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "verify",
    30,
    "That cylinder there, is it blue?",
    "verify(u(sel(cylinder)), color, blue)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "color") == "blue"),
)
C(
    "quantifier",
    30,
    "Are all three of 'em big ones?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "quantifier",
    30,
    "Them two balls — both made of rubber?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "spatial",
    30,
    "Is the green ball sittin' in front of the purple one?",
    "exist(f(rel(u(f(sel(sphere), color=purple)), front), color=green, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "green"}, "front", {"shape": "sphere", "color": "purple"}),
)
C(
    "superlative",
    30,
    "Which one's the furthest back? Just tell me the color.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(30, "What would a fella pay for a set like that down at the hardware store?")

# scene 27: large purple rubber cube (back), small yellow metal sph, small red rubber cyl, large red rubber cube (front)

# --- Ingrid, a Swedish dental hygienist
C("count", 27, "How many cubes is there in the picture?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    27,
    "The two red things, are they the same size?",
    "same(f(scene(), color=red), size)",
    lambda s: alike(s, s.f(color="red"), "size"),
)
C(
    "attribute",
    27,
    "What material has the yellow ball?",
    "q(u(f(sel(sphere), color=yellow)), material)",
    lambda s: s.a(s.the(shape="sphere", color="yellow"), "material"),
)
C(
    "quantifier",
    27,
    "Is it so that all the cubes are made of rubber?",
    "not_(exist(fn(sel(cube), material=rubber)))",
    lambda s: every(s, s.f(shape="cube"), material="rubber"),
)
C(
    "spatial",
    27,
    "How many things stand behind the small red cylinder?",
    "count(rel(u(f(sel(cylinder), size=small, color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="small", color="red"))),
)
C(
    "compare_size",
    27,
    "Which one is bigger, the purple cube or the yellow ball?",
    "q(u(f(union(f(sel(cube), color=purple), f(sel(sphere), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="purple"), s.the(shape="sphere", color="yellow")),
)

# scene 14: large cyan rubber sph (front), small blue metal sph, small gray metal cube (back)

# --- Auntie Grace, a Jamaican-born grandmother in Birmingham
C(
    "count",
    14,
    "My grandson put this on the tablet for me. How many balls are in this picture, darlin'?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    14,
    "The big ball — what colour it is?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "verify",
    14,
    "The little cube, it's gray, not so?",
    "verify(u(sel(cube)), color, gray)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "gray"),
)
C(
    "compare_count",
    14,
    "Are there more balls than cubes in there?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "superlative",
    14,
    "Which one is sitting furthest over to the right? Just tell me the shape, darlin'.",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "compare_attr",
    14,
    "And the two balls them, are they the same size?",
    "same(sel(sphere), size)",
    lambda s: alike(s, s.f(shape="sphere"), "size"),
)
X(14, "You think these would make a nice Christmas present for the baby? Where I can buy them?")

# scene 2: large green metal cube, small gray metal cyl (back), large cyan rubber cyl (right of the picture, front)

# --- Dwayne, a long-haul trucker dictating to his phone
C(
    "count",
    2,
    "okay um how many cylinders are in the picture",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    2,
    "what color is the big cube",
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)
C(
    "compare_attr",
    2,
    "are the two cylinders made out of the same material or not",
    "same(sel(cylinder), material)",
    lambda s: alike(s, s.f(shape="cylinder"), "material"),
)
C(
    "position",
    2,
    "the big cyan cylinder is that on the left or the right side of the picture",
    "choose(u(f(sel(cylinder), size=large, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="cyan")),
)
C(
    "spatial",
    2,
    "uh is the little gray cylinder behind the green cube",
    "exist(f(rel(u(f(sel(cube), color=green)), behind), color=gray, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "gray"}, "behind", {"shape": "cube", "color": "green"}),
)
C(
    "exist",
    2,
    "is there any kind of rubber ball in there at all",
    "exist(f(sel(sphere), material=rubber))",
    lambda s: yes(bool(s.f(shape="sphere", material="rubber"))),
)
X(2, "how many hours would it take me to drive from here to wherever this picture was taken")

# scene 0: small yellow rubber sph (front), large blue metal sph (left of the picture), large green rubber cyl

# --- Chloe, a nursery assistant asking for the toddlers
C(
    "count",
    0,
    "The kiddies are playing spot-the-shape. How many balls can they see?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    0,
    "What colour is the cylinder?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "compare_size",
    0,
    "Which is bigger, the yellow ball or the cylinder?",
    "q(u(f(union(f(sel(sphere), color=yellow), sel(cylinder)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="yellow"), s.the(shape="cylinder")),
)
C(
    "verify",
    0,
    "Is the blue ball one of the shiny metal ones?",
    "verify(u(f(sel(sphere), color=blue)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="blue"), "material") == "metal"),
)
C(
    "superlative",
    0,
    "Which one is closest to the front? The little ones want the colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "number",
    0,
    "How many different colours are there altogether?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph (back), small yellow rubber sph (front), large purple metal cyl (right of the picture)

# --- Arjun, a Bangalore software developer
C(
    "count",
    21,
    "Kindly tell me how many spheres are there in this image.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "count",
    21,
    "How many small objects are made of rubber?",
    "count(f(scene(), size=small, material=rubber))",
    lambda s: n(s.f(size="small", material="rubber")),
)
C(
    "attribute",
    21,
    "What is the material of the big purple cylinder?",
    "q(u(f(sel(cylinder), size=large, color=purple)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="large", color="purple"), "material"),
)
C(
    "spatial",
    21,
    "How many objects are there to the left of the red sphere?",
    "count(rel(u(f(sel(sphere), color=red)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="red"))),
)
C(
    "same_attr",
    21,
    "Other than the gray sphere itself, how many objects are having the same material as it?",
    "count(same_attr(u(f(sel(sphere), color=gray)), material))",
    lambda s: n(others(s, s.the(shape="sphere", color="gray"), "material")),
)
C(
    "chain",
    21,
    "In front of the red sphere there is one more sphere. To the left of that sphere is a cylinder. What is the colour of that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), front), shape=sphere)), left), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="red"), "front", shape="sphere"), "left", shape="cylinder"), "color"
    ),
)

# --- Nora, a pub landlady in Cork
C(
    "count",
    21,
    "Sure how many cylinders have we got here?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_count",
    21,
    "Would ye say there are more rubber things than metal ones?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "position",
    21,
    "That big purple cylinder — is it over on the left of the picture or the right?",
    "choose(u(f(sel(cylinder), size=large, color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="purple")),
)
C(
    "chain",
    21,
    "There's a cylinder off to the left of the gray ball, just the one. What colour would that be?",
    "q(u(f(rel(u(f(sel(sphere), color=gray)), left), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="gray"), "left", shape="cylinder"), "color"),
)
C(
    "verify",
    21,
    "The yellow ball's only a small one, isn't it?",
    "verify(u(f(sel(sphere), color=yellow)), size, small)",
    lambda s: yes(s.a(s.the(shape="sphere", color="yellow"), "size") == "small"),
)
X(21, "Grand. And what would ye call a picture like this if ye were hanging it up behind the bar?")

# scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl (left of the picture), large brown rubber sph (right of the picture), small gray metal cyl (back)

# --- Tadeusz, a Polish builder in London
C("count", 25, "How many cylinders is here?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "count",
    25,
    "Metal things, how many is together?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "attribute",
    25,
    "There is only one cube. Which colour?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_attr",
    25,
    "Two brown things, same material or different?",
    "worded(same(f(scene(), color=brown), material), [same, different])",
    lambda s: said_same(alike(s, s.f(color="brown"), "material")),
)
C(
    "spatial",
    25,
    "What is left from the red cube — how many things?",
    "count(rel(u(f(sel(cube), color=red)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="red"))),
)
C(
    "chain",
    25,
    "On the left of the blue cylinder is other cylinder. Behind this one is one more cylinder. Which colour is the last one?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=blue)), left), shape=cylinder)), behind), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="blue"), "left", shape="cylinder"), "behind", shape="cylinder"),
        "color",
    ),
)
X(25, "How much cost this red cube if I buy in the shop?")

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl (left of the picture), small blue rubber cyl (front), large cyan rubber sph (right of the picture), small purple metal cube, small red rubber sph (back)

# --- Fiona, an Edinburgh accountant
C(
    "count",
    18,
    "How many purple items are there, in total?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "negation",
    18,
    "Excluding anything purple, how many objects remain?",
    "count(fn(scene(), color=purple))",
    lambda s: n(lacking(s, s.all(), color="purple")),
)
C(
    "compare_count",
    18,
    "Are there fewer cubes than spheres?",
    "lt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="sphere"))),
)
C(
    "count",
    18,
    "How many objects are either metal or cubes? Count each object once, please.",
    "count(union(f(scene(), material=metal), sel(cube)))",
    lambda s: n(set(s.f(material="metal")) | set(s.f(shape="cube"))),
)
C(
    "quantifier",
    18,
    "Is it accurate to say that most of the objects are rubber?",
    "gt(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber)))",
    lambda s: most([s.a(i, "material") == "rubber" for i in s.all()]),
)
C(
    "list",
    18,
    "Which colours do the cylinders come in? A list will do.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
X(18, "What would the depreciation on a set of these come to over five years?")

# --- Mateo, a Chilean exchange student
C("count", 18, "How many are the spheres in this image?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    18,
    "The big cube, of what colour is it?",
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)
C(
    "compare_attr",
    18,
    "The two cyan objects, they have the same shape?",
    "same(f(scene(), color=cyan), shape)",
    lambda s: alike(s, s.f(color="cyan"), "shape"),
)
C(
    "superlative",
    18,
    "Which object is the most to the left? I need the shape.",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "spatial",
    18,
    "The red ball, it is behind the blue cylinder, no?",
    "exist(f(rel(u(f(sel(cylinder), color=blue)), behind), color=red, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "red"}, "behind", {"shape": "cylinder", "color": "blue"}),
)
C(
    "compare_size",
    18,
    "Who is bigger: the purple cube or the cyan sphere?",
    "q(u(f(union(f(sel(cube), color=purple), f(sel(sphere), color=cyan)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="purple"), s.the(shape="sphere", color="cyan")),
)
C(
    "chain",
    18,
    "Behind the cyan cube is a sphere, and at the left of this sphere is a cylinder. The cylinder is of rubber or of metal?",
    "choose(u(f(rel(u(f(rel(u(f(sel(cube), color=cyan)), behind), shape=sphere)), left), shape=cylinder)), material, [rubber, metal])",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="cyan"), "behind", shape="sphere"), "left", shape="cylinder"),
        "material",
    ),
)

# scene 19: small gray metal cube, small green metal cyl (back), small cyan metal cyl (front), small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph (right of the picture), small yellow rubber cube (left of the picture)

# --- Helen, a church secretary in Adelaide
C("count", 19, "How many cubes can you see, dear?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "count",
    19,
    "And how many of the things are cyan?",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "quantifier",
    19,
    "Are all of the cyan ones made of metal?",
    "not_(exist(fn(f(scene(), color=cyan), material=metal)))",
    lambda s: every(s, s.f(color="cyan"), material="metal"),
)
C(
    "superlative",
    19,
    "If you'd be so kind — the object that's third from the left, what colour is it?",
    "q(ord(scene(), left, 3), color)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "color"),
)
C(
    "same_attr",
    19,
    "How many other objects are the same shape as the big gray ball?",
    "count(same_attr(u(f(sel(sphere), size=large, color=gray)), shape))",
    lambda s: n(others(s, s.the(shape="sphere", size="large", color="gray"), "shape")),
)
C(
    "position",
    19,
    "The little yellow cube — is it on the left-hand side of the picture or the right?",
    "choose(u(f(sel(cube), size=small, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="small", color="yellow")),
)

# --- Dev, an A-level physics student typing shorthand
C("count", 19, "no. of cylinders?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_count",
    19,
    "more metal objs than rubber ones?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "exist",
    19,
    "any large cylinders at all",
    "exist(f(sel(cylinder), size=large))",
    lambda s: yes(bool(s.f(shape="cylinder", size="large"))),
)
C(
    "spatial",
    19,
    "# of objs in front of the blue cube",
    "count(rel(u(f(sel(cube), color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="blue"))),
)
C(
    "chain",
    19,
    "cube left of the cyan cube -> cylinder behind that cube -> colour?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=cyan)), left), shape=cube)), behind), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="cyan"), "left", shape="cube"), "behind", shape="cylinder"), "color"
    ),
)
C(
    "two_clause",
    19,
    "is the sphere large & gray? y or n",
    "and_(verify(u(sel(sphere)), size, large), verify(u(sel(sphere)), color, gray))",
    lambda s: yes(s.a(s.the(shape="sphere"), "size") == "large" and s.a(s.the(shape="sphere"), "color") == "gray"),
)

# scene 16: small red metal sph, small purple metal sph (left of the picture), small cyan metal sph (front), large brown rubber cyl, large yellow rubber cube (back), large green rubber sph, large yellow metal cyl

# --- Colette, a French pastry chef
C(
    "count",
    16,
    "There are how many spheres in this picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    16,
    "The cube, it is in which material?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "compare_attr",
    16,
    "The two yellow objects, they are of the same material?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "quantifier",
    16,
    "All the small objects are in metal, yes?",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: every(s, s.f(size="small"), material="metal"),
)
C(
    "superlative",
    16,
    "Which object is the most at the back? Say me its colour.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    16,
    "How many objects are at the right of the red sphere?",
    "count(rel(u(f(sel(sphere), color=red)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="red"))),
)

# --- Frank, a retired Boston firefighter
C(
    "count",
    16,
    "How many of them big ones we got?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "compare_count",
    16,
    "Same number of small and big, or what?",
    "eq(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda s: yes(len(s.f(size="small")) == len(s.f(size="large"))),
)
C(
    "number",
    16,
    "How many different colors in there, all told?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "compare_size",
    16,
    "The red ball — that bigger than the brown cylinder?",
    "larger(u(f(sel(sphere), color=red)), u(f(sel(cylinder), color=brown)))",
    lambda s: larger(s, s.the(shape="sphere", color="red"), s.the(shape="cylinder", color="brown")),
)
C(
    "list",
    16,
    "What colors are the little balls?",
    "values(f(sel(sphere), size=small), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere", size="small")),
)
C(
    "chain",
    16,
    "Right of the red ball there's a cylinder, and out in front of that cylinder there's a ball. What color's that ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), right), shape=cylinder)), front), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="red"), "right", shape="cylinder"), "front", shape="sphere"),
        "color",
    ),
)

# scene 13: small red rubber cube, large cyan rubber cyl (right of the picture), small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (back), small red rubber sph (left of the picture), large red metal cube

# --- Mei, a Singaporean bookkeeper
C("count", 13, "How many red things got?", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "compare_attr",
    13,
    "The two cubes same size or not?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "count",
    13,
    "Metal one how many ah?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "superlative",
    13,
    "The one most in front, what shape?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    13,
    "Behind the gray ball got cylinder or not?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), behind), shape=cylinder))",
    lambda s: yes(bool(among(s, related(s, "behind", s.the(shape="sphere", color="gray")), shape="cylinder"))),
)
C(
    "chain",
    13,
    "Left of the purple cylinder got one cube. Right of that cube got one ball. The ball what colour?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=purple)), left), shape=cube)), right), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="purple"), "left", shape="cube"), "right", shape="sphere"),
        "color",
    ),
)
X(13, "This set can buy where? Lazada got sell or not?")

# scene 12: small blue metal cube (left of the picture), small green rubber sph, large gray rubber sph (right of the picture), small cyan metal cyl, small gray rubber sph (front), small green rubber cyl, small red metal cube, small gray metal cube (back)

# --- Gary, a patient Midlands driving instructor
C(
    "count",
    12,
    "Let's take it nice and slowly. How many cubes are there?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "count",
    12,
    "Good. Now, how many of the spheres are gray?",
    "count(f(sel(sphere), color=gray))",
    lambda s: n(s.f(shape="sphere", color="gray")),
)
C(
    "compare_attr",
    12,
    "Are the two gray spheres the same size, would you say?",
    "same(f(sel(sphere), color=gray), size)",
    lambda s: alike(s, s.f(shape="sphere", color="gray"), "size"),
)
C(
    "superlative",
    12,
    "Which object's the furthest forward? What colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    12,
    "Is the red cube to the right of the blue cube?",
    "exist(f(rel(u(f(sel(cube), color=blue)), right), color=red, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "red"}, "right", {"shape": "cube", "color": "blue"}),
)
C(
    "chain",
    12,
    "Start at the green cylinder. Look left and you'll find a cube. Behind that cube there's a sphere — what colour's the sphere?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=green)), left), shape=cube)), behind), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="green"), "left", shape="cube"), "behind", shape="sphere"),
        "color",
    ),
)

# --- Amara, a Nigerian pharmacist in Houston
C(
    "count",
    12,
    "Please, how many green objects are there?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "compare_count",
    12,
    "Are there as many metal objects as rubber objects?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "quantifier",
    12,
    "There is no large cube at all, is it not?",
    "not_(exist(f(sel(cube), size=large)))",
    lambda s: yes(not s.f(shape="cube", size="large")),
)
C(
    "position",
    12,
    "On which side of the picture is the big gray ball?",
    "choose(u(f(sel(sphere), size=large, color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="gray")),
)
C(
    "negation",
    12,
    "How many of the objects are not small?",
    "count(fn(scene(), size=small))",
    lambda s: n(lacking(s, s.all(), size="small")),
)
C(
    "two_clause",
    12,
    "The blue cube — is it small, and is it made of metal?",
    "and_(verify(u(f(sel(cube), color=blue)), size, small), verify(u(f(sel(cube), color=blue)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="blue"), "size") == "small"
        and s.a(s.the(shape="cube", color="blue"), "material") == "metal"
    ),
)

# scene 9: small gray rubber cube (front), large gray rubber cyl (left of the picture), small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl, large green metal sph

# --- Walt, a Montana rancher
C(
    "count",
    9,
    "How many head we got in this bunch? Just the whole lot of 'em.",
    "count(scene())",
    lambda s: n(s.all()),
)
C("count", 9, "How many of 'em are gray?", "count(f(scene(), color=gray))", lambda s: n(s.f(color="gray")))
C(
    "compare_attr",
    9,
    "Them two green ones, made of the same stuff?",
    "same(f(scene(), color=green), material)",
    lambda s: alike(s, s.f(color="green"), "material"),
)
C(
    "negation",
    9,
    "Not countin' the gray ones, how many cylinders are there?",
    "count(fn(sel(cylinder), color=gray))",
    lambda s: n(lacking(s, s.f(shape="cylinder"), color="gray")),
)
C(
    "superlative",
    9,
    "Which one's furthest back yonder? What shape?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "compare_size",
    9,
    "Which is bigger, the blue ball or the brown ball? Give me its color.",
    "q(u(f(union(f(sel(sphere), color=blue), f(sel(sphere), color=brown)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="brown"), "color"),
)
C(
    "chain",
    9,
    "Left of the blue ball there's a cylinder. Behind that cylinder sits a cube. What color is the cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=blue)), left), shape=cylinder)), behind), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="blue"), "left", shape="cylinder"), "behind", shape="cube"), "color"
    ),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Tyrone, a London bike courier
P(
    "text",
    "street",
    "Mate, what's written on the side of the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "count",
    "street",
    "How many geezers have got ties on?",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "spatial",
    "street",
    "Is the motor parked on the left of the bus?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P(
    "superlative",
    "street",
    "The fella furthest right — what colour's he got on?",
    "q(ord(sel(man), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("man"), "right"), "color"),
)
P(
    "text",
    "street",
    "What's that painted on the road, mate?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
X("street", "Where's the nearest bike shop to this street? Got a flat.")

# --- Ayse, a Turkish grocer in Berlin
P("count", "street", "How many man is in this picture?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "chain",
    "street",
    "The man with the blue tie, which colour are his clothes?",
    "q(u(rel(u(f(sel(tie), color=blue)), wearing)), color)",
    lambda p: p.value(worn_tie_wearer(p, "blue"), "color"),
)
P(
    "verify",
    "street",
    "The dog is brown, yes?",
    "verify(u(sel(dog)), color, brown)",
    lambda p: yes(p.value(p.the("dog"), "color") == "brown"),
)
P(
    "spatial",
    "street",
    "The woman holds the dog, yes or no?",
    "vrel(u(sel(dog)), holding, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
P(
    "compare_count",
    "street",
    "There are more men than women here?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
X("street", "This bus, it is going to which city?")

# --- Kevin, a parking-enforcement officer
P(
    "text",
    "street",
    "Road marking down there — what does it say, exactly?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "attribute",
    "street",
    "Colour of the car, for my notes?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "exist",
    "street",
    "Any motorbike in shot?",
    "exist(sel(motorcycle))",
    lambda p: yes(bool(p.f("motorcycle"))),
)
P(
    "text",
    "street",
    "And the sign up in the top right — what's on it?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "position",
    "street",
    "Which side of the picture is the car on, left or right?",
    "choose(u(sel(car)), hposition, [left, right])",
    lambda p: p.value(p.the("car"), "hposition"),
)
X("street", "How much is the fine for parking there, roughly?")

# --- Poppy, nine, on a school trip
P("count", "street", "how many people are there", "count(sel(person))", lambda p: n(people(p)))
P(
    "verify",
    "street",
    "is the bus red",
    "verify(u(sel(bus)), color, red)",
    lambda p: yes(p.value(p.the("bus"), "color") == "red"),
)
P("exist", "street", "is there a cat", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "chain",
    "street",
    "the man with the red tie what colour are his clothes",
    "q(u(rel(u(f(sel(tie), color=red)), wearing)), color)",
    lambda p: p.value(worn_tie_wearer(p, "red"), "color"),
)
P(
    "compare_attr",
    "street",
    "are the two men wearing the same colour",
    "same(sel(man), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("man")}) == 1),
)
P(
    "number",
    "street",
    "how many different colours are the people wearing",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
X("street", "what is the dogs name")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a silver metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Giulia, an Italian nonna
P("count", "kitchen", "The cups, how many they are?", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "attribute",
    "kitchen",
    "The bottle, which colour is?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "text",
    "kitchen",
    "What is write on the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "compare_attr",
    "kitchen",
    "The plate and the clock, they are the same colour?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "superlative",
    "kitchen",
    "The cup most on the right, what colour it has?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
X("kitchen", "What is she cooking for the lunch, you think? Pasta, I hope.")

# --- Dan, a property photographer
P(
    "count",
    "kitchen",
    "How many items are sitting on the table in this shot?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "attribute",
    "kitchen",
    "What's the table made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "position",
    "kitchen",
    "Which side of the frame is the woman standing on, left or right?",
    "choose(u(sel(woman)), hposition, [left, right])",
    lambda p: p.value(p.the("woman"), "hposition"),
)
P(
    "spatial",
    "kitchen",
    "Is the white cup to the left of the woman?",
    "exist(f(rel(u(sel(woman)), left, name=cup), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("left", p.the("woman")), "cup"))),
)
P(
    "count",
    "kitchen",
    "How many things in frame are white?",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
X("kitchen", "What would this kitchen list for if it went on the market?")

# --- Abdi, a Somali-born office cleaner
P(
    "count",
    "kitchen",
    "How many plates on the table?",
    "count(rel(u(sel(table)), on, name=plate))",
    lambda p: n(named(p, on_table(p), "plate")),
)
P(
    "verify",
    "kitchen",
    "The fork is silver?",
    "verify(u(sel(fork)), color, silver)",
    lambda p: yes(p.value(p.the("fork"), "color") == "silver"),
)
P(
    "chain",
    "kitchen",
    "What is next to the fork?",
    "q(u(rel(u(sel(fork)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("fork")))),
)
P(
    "spatial",
    "kitchen",
    "The red cup is left of the plate?",
    "exist(f(rel(u(sel(plate)), left, name=cup), color=red))",
    lambda p: yes(any(p.value(o, "color") == "red" for o in named(p, p.subjects("left", p.the("plate")), "cup"))),
)
P(
    "negation",
    "kitchen",
    "How many cups are not white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P("exist", "kitchen", "Is there a spoon?", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))

# --- Beth, a dietitian
P(
    "text",
    "kitchen",
    "What does the label on the bottle say? I want to check it's just water.",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "text",
    "kitchen",
    "What time is on the clock? I'm trying to work out if this is lunch.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "chain",
    "kitchen",
    "There's a cup just to the right of the bottle — what colour is it?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "compare_count",
    "kitchen",
    "Are there more cups than bottles on the table?",
    "gt(count(rel(u(sel(table)), on, name=cup)), count(rel(u(sel(table)), on, name=bottle)))",
    lambda p: yes(len(named(p, on_table(p), "cup")) > len(named(p, on_table(p), "bottle"))),
)
P(
    "list",
    "kitchen",
    "What colours are the cups?",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
X("kitchen", "Roughly how many calories would be in whatever's in that bottle?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Marek, a Czech park groundskeeper
P("count", "park", "How many benches are in the park?", "count(sel(bench))", lambda p: n(p.f("bench")))
P(
    "attribute",
    "park",
    "The bench, which material is it from?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "count",
    "park",
    "How many people are near to the bench?",
    "count(rel(u(sel(bench)), near))",
    lambda p: n(p.subjects("near", p.the("bench"))),
)
P(
    "spatial",
    "park",
    "The bench stands on the left of the bicycle, yes?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "attribute",
    "park",
    "What colour has the bicycle?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
X("park", "Who must clean this park, the city or some private company?")

# --- Tanya, a cheerful personal trainer
P(
    "count",
    "park",
    "How many grown-ups are out getting their steps in? Adults only!",
    "count(union(sel(man), sel(woman)))",
    lambda p: n(p.f(("man", "woman"))),
)
P(
    "chain",
    "park",
    "What's the kid in blue throwing?",
    "q(u(rel(u(f(sel(boy), color=blue)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy", color="blue"), "throwing"))),
)
P(
    "attribute",
    "park",
    "What's the woman in the middle of the picture wearing, colour-wise?",
    "q(u(f(sel(woman), hposition=middle)), color)",
    lambda p: p.value(p.the("woman", hposition="middle"), "color"),
)
P(
    "compare_count",
    "park",
    "More kids than dogs out there?",
    "gt(count(sel(child)), count(sel(dog)))",
    lambda p: yes(len(children(p)) > len(p.f("dog"))),
)
P(
    "superlative",
    "park",
    "Of all the people, who's furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("park", "Would the lady in red burn more calories if she jogged with the dog instead of walking?")

# --- Mr Hughes, a retired Welsh miner
P("count", "park", "How many dogs have they got there, then?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "The dog the little girl's stood by — what colour is he?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "spatial",
    "park",
    "Is the lady in white stood near the bicycle, is it?",
    "exist(f(rel(u(sel(bicycle)), near, name=woman), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("bicycle")), "woman"))),
)
P(
    "position",
    "park",
    "And the tree behind the lady in red — left side of the picture or right?",
    "choose(u(rel(u(f(sel(woman), color=red)), behind)), hposition, [left, right])",
    lambda p: p.value(only(p.subjects("behind", p.the("woman", color="red"))), "hposition"),
)
P(
    "compare_attr",
    "park",
    "Are both dogs the same colour, then?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
X("park", "Is it a Sunday, do you think? It's got that Sunday look about it.")

# --- Jayden, twelve and mad about frisbee
P(
    "chain",
    "park",
    "who's throwing the frisbee",
    "q(u(rel(u(sel(frisbee)), throwing)), name)",
    lambda p: p.name(only(p.subjects("throwing", p.the("frisbee")))),
)
P(
    "attribute",
    "park",
    "what colour is the boy wearing",
    "q(u(sel(boy)), color)",
    lambda p: p.value(p.the("boy"), "color"),
)
P("count", "park", "how many girls are there", "count(sel(girl))", lambda p: n(p.f("girl")))
P("exist", "park", "is there a ball anywhere", "exist(sel(ball))", lambda p: yes(bool(p.f("ball"))))
P(
    "superlative",
    "park",
    "who's second from the left out of the people",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "compare_attr",
    "park",
    "is the frisbee the same colour as the bike",
    "same(u(sel(frisbee)), u(sel(bicycle)), color)",
    lambda p: yes(p.value(p.the("frisbee"), "color") == p.value(p.the("bicycle"), "color")),
)
X("park", "how far do you think he can throw it")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Gemma, a teaching assistant with a reading group
P(
    "count",
    "shapes",
    "We're counting shapes with the reading group. How many circles are there?",
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
    "compare_count",
    "shapes",
    "Are there more blue shapes than red ones?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "position",
    "shapes",
    "What shape is up in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "verify",
    "shapes",
    "Is the triangle green?",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
X("shapes", "Which shape do you think the children will like best?")

# --- Oskar, a Dutch graphic designer
P("count", "shapes", "How many objects are on the canvas?", "count(scene())", lambda p: n(p.objects))
P(
    "number",
    "shapes",
    "How many distinct colours does the composition use?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "list",
    "shapes",
    "What colours do the large objects have? Please list them.",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "superlative",
    "shapes",
    "In the top row, which object is the rightmost? Its colour, please.",
    "q(ord(f(scene(), vposition=top), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "color"),
)
P(
    "compare_size",
    "shapes",
    "Which is larger: the square or the triangle?",
    "q(u(f(union(sel(square), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), p.the("triangle")),
)
P(
    "same_attr",
    "shapes",
    "How many other objects share the colour of the square?",
    "count(same_attr(u(sel(square)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("square") and p.value(o, "color") == p.value(p.the("square"), "color")]
    ),
)

# --- Ruth, a retired librarian
P(
    "count",
    "shapes",
    "How many of the shapes are small, please?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "negation",
    "shapes",
    "How many shapes are neither blue nor circles?",
    "count(fn(fn(scene(), color=blue), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue" and p.value(o, "shape") != "circle"]),
)
P(
    "quantifier",
    "shapes",
    "Is every shape in the top row a large one?",
    "not_(exist(fn(f(scene(), vposition=top), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(vposition="top"))),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles the same size?",
    "same(sel(circle), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
P(
    "two_clause",
    "shapes",
    "Is the hexagon small, and is it in the bottom row?",
    "and_(verify(u(sel(hexagon)), size, small), verify(u(sel(hexagon)), vposition, bottom))",
    lambda p: yes(p.value(p.the("hexagon"), "size") == "small" and p.value(p.the("hexagon"), "vposition") == "bottom"),
)
X("shapes", "In which book did I see a drawing just like this one? It's on the tip of my tongue.")

# --- Leo, six
P("count", "shapes", "how many squares are there", "count(sel(square))", lambda p: n(p.f("square")))
P("exist", "shapes", "is there a moon", "exist(sel(moon))", lambda p: yes(bool(p.f("moon"))))
P(
    "attribute",
    "shapes",
    "what colour is the big circle",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the circle in the middle or the yellow rectangle",
    "q(u(f(union(f(sel(circle), vposition=middle), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", vposition="middle"), yellow_rectangle(p)),
)
P("count", "shapes", "how many red ones", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
X("shapes", "is the star going to fall down")

# --- Carlos, an Argentine tango teacher
P(
    "count",
    "shapes",
    "How many figures there are in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "attribute",
    "shapes",
    "The figure in the centre of all, which form it has?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "superlative",
    "shapes",
    "In the row of down, the first one from the right, what figure is it?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "The square and the hexagon, they are of the same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "exist",
    "shapes",
    "There is some yellow figure in the upper row?",
    "exist(f(scene(), color=yellow, vposition=top))",
    lambda p: yes(bool(p.f(color="yellow", vposition="top"))),
)
X("shapes", "This drawing, it was made by some Argentine artist? Who is the author?")

# --- Sunita, an occupational therapist doing a picture exercise with Mr Shah
P(
    "count",
    "shapes",
    "We're doing a little picture exercise together. How many shapes are there that aren't blue?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "position",
    "shapes",
    "Can you tell us which shape is sitting in the middle of the bottom row?",
    "q(u(f(scene(), hposition=middle, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="bottom"), "shape"),
)
P(
    "verify",
    "shapes",
    "Mr Shah says the circle in the middle is blue. Is he right?",
    "verify(u(f(sel(circle), vposition=middle)), color, blue)",
    lambda p: yes(p.value(p.the("circle", vposition="middle"), "color") == "blue"),
)
P(
    "compare_size",
    "shapes",
    "Is the red circle bigger than the blue circle?",
    "larger(u(f(sel(circle), color=red)), u(f(sel(circle), color=blue)))",
    lambda p: drawn_larger(p, p.the("circle", color="red"), p.the("circle", color="blue")),
)
P(
    "number",
    "shapes",
    "How many different colours can he find in the bottom row?",
    "nvalues(f(scene(), vposition=bottom), color)",
    lambda p: colour_count(p, p.f(vposition="bottom")),
)
X("shapes", "Do you think his memory is getting any better since last month?")

# --- Brad, an Australian electrician
P(
    "count",
    "shapes",
    "How many shapes in the top row are blue, mate?",
    "count(f(scene(), vposition=top, color=blue))",
    lambda p: n(p.f(vposition="top", color="blue")),
)
P(
    "attribute",
    "shapes",
    "That yellow rectangle — big one or small one?",
    "choose(u(f(sel(rectangle), color=yellow)), size, [large, small])",
    lambda p: p.value(yellow_rectangle(p), "size"),
)
P(
    "quantifier",
    "shapes",
    "Reckon all the red shapes are big ones?",
    "not_(exist(fn(f(scene(), color=red), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(color="red"))),
)
P(
    "superlative",
    "shapes",
    "Second from the left in the top row — what's that one, shape-wise?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer small shapes than big ones all up?",
    "lt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) < len(p.f(size="large"))),
)
X("shapes", "How long'd it take to paint that on a wall, ya reckon?")

# --- Yusuf, a Syrian student at an evening English class
P("count", "shapes", "How many shapes are red, please?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "attribute",
    "shapes",
    "What is the color of the square?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)
P(
    "verify",
    "shapes",
    "The triangle is big?",
    "verify(u(sel(triangle)), size, large)",
    lambda p: yes(p.value(p.the("triangle"), "size") == "large"),
)
P(
    "position",
    "shapes",
    "Where is the triangle, on the left or on the right?",
    "choose(u(sel(triangle)), hposition, [left, right])",
    lambda p: p.value(p.the("triangle"), "hposition"),
)
P(
    "compare_attr",
    "shapes",
    "The star and the hexagon are the same color?",
    "same(u(sel(star)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "list",
    "shapes",
    "Which shapes are blue? Say all of them please.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
X("shapes", "How do you say 'hexagon' in Arabic?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
