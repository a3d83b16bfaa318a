# ruff: noqa: E501
"""Blind paraphrase set 71: a seventeenth fresh crowd with no common theme. About forty ordinary people, each imagined
once and kept in character for five to seven questions about one picture, asking in their own words and habits of
speech, always understandably to a careful reader.

The cast. On the CLEVR pictures: Gwilym, a Welsh hill farmer ("mun", "them two", "stood", "block" for a cube); Ingrid,
a Norwegian dental hygienist writing learner English ("How many objects is it", "stemmer det?", "both?"); Chidi, a
Lagos-trained pharmacist, formal ("Kindly", "I require", "composed"); Keisha, a Baltimore school-bus driver who
talks a lot ("baby", "ain't", "you tell me"); Pavel, a Czech glassblower ("pieces", "which colour has this ball?");
Fergus, a Galway publican ("so", "on the go", "yoke"); Mei-Ling, a Singaporean accountant in Singlish ("Got how many
... ah?", "or not?", "green one"); Dolores, a grandmother from San Antonio ("Mija", "¿verdad?"); Tyler, nineteen,
typing with typos ("bruh", "r", "mnay", "fr"); Agatha, a retired librarian who asks in full periodic sentences ("I
should be obliged", "Is it the case that"); Ravi, a Bangalore IT-support engineer ("Kindly", "only", "are
having", "revert"); Marcy, a Minnesota dental receptionist ("Oh ya", "ya?", "then"); Amélie, a Lyon pastry cook
writing French-shaped English ("objects of purple", "of the same matter", "it is in metal or in rubber?"); Hank, a
retired Montana land surveyor ("headcount", "east or west side", "start at"); Nkechi, a Lagos market trader in light
pidgin ("Abeg", "dey", "nko", "na the same"); Beatrix, eleven and home-schooled, who spells out her numbers ("all
three", "of the eight"); Mehmet, an Istanbul carpet seller ("My friend, look"); Pearl, a Jamaican-born London nurse
("Darling", "nuh", "love"); Arjun, fifteen, from a robotics club ("Sorting by depth", "Return its shape", "find ...
then"); Loretta, a Georgia peach grower ("bless your heart", "little ol'", "y'all", "sugar", "ain't it?"); Lars, a
Swedish ferry mate ("cargo", "to port", "aft", "aboard"); Consuelo, a Spanish pensioner in her English class ("There
are how many", "more big", "is correct?"); Darnell, a Chicago sports-radio host ("let's go to the tape", "players",
"gimme"); and Ada, a retired telegraphist who writes in clipped telegram style ending "Stop.". On the photo-like
graphs: Inês, a Portuguese scooter courier ("persons", "no?"); Walt, a Boston plumber ("wicked", "we got", "wearin'");
Harpreet, a driving instructor ("mirror, signal", "hazards"); Noor, a Syrian newcomer learning English ("How many man",
"The woman hold the dog?"); Beryl, a Cornish guest-house landlady ("my 'ansum", "stood", "proper"); Dev, a student
flatmate in lowercase ("lol", "pls", "mugs"); Ms Okafor, a food-hygiene inspector ("For the report", "drinking
vessels", "utensil", "mounted"); Teodor, a Romanian kitchen porter ("How much white things is", "at left of");
Fenella, a birdwatcher ("in my scope", "spotted", "in view"); Kofi, a Ghanaian statistics lecturer ("Let n be",
"distinct", "outnumber"); Junie, six, on voice dictation ("um", no capitals or marks); Rhys, a parkrun marshal
("Marshal check", "the lad in blue", "chucking"). On the drawing: Soo-ah, a Korean comics artist ("panel", "the star
one"); Clive, a retired accountant ("itemise", "Leaving aside", "in total"); Pip, four, with his grandad typing
("pip wants to know", "he says"); Esperanza, a Filipina carer in Hong Kong ("po"); Declan, a Dublin bicycle courier
in bare fragments ("Stars. How many."); Hildegard, a German paper-folding teacher ("figures", "Has the triangle the
same size", "which colour has"); Moses, a Kenyan safari guide ("my friend", "have we spotted", "where is it hiding");
and Ruthie, a Brooklyn grandmother ("Listen", "we got", "Don't laugh", "All of 'em").

Sentence shapes: bare fragments and telegram style ("Count spheres. Stop.", "Top right. What colour.", "Square — big or
small?"), fronted places and topics ("On the right side of the yellow cylinder, how many things are of metal?",
"Behind the cube got how many things?", "Bottom row, the one most on the right — which shape?"), questions after a
preamble ("Okay so my nephew sent me this ...", "I've got my scope on the park."), formal and periodic wordings ("I
should be obliged if you would tell me", "Let n be the number of ..."), tags ("no?", "is correct?", "¿verdad?",
"ain't it?", "or not?", "fr", "stemmer det?"), learner and dialect grammar ("How many objects is it in the picture
totally?", "How much white things is on the table?", "how many cube dey", "which is more big?", "The two tie is same
colour?"), comparisons said several ways ("Are the rubber items more numerous", "outnumber", "Gray team versus green
team", "More cubes than spheres aboard?", "Who's bigger", "which is more big"), negatives and exceptions ("ain't
rubber", "no be metal", "Apart from the cylinders", "Except the big cube", "Leaving aside the blue shapes",
"everything except the circles", "not counting the star itself"), two checks at once ("yellow and also of metal,
both?", "blue and small po?", "a red shape in the top row and also one in the bottom row?"), and chains spelt out
step by step ("Take the red sphere. To its left stands a cylinder, and behind that cylinder ...", "Start at the small
purple cube.", "From the gray sphere, find the large cube to its right; then ...").

The questions cover counts (with conditions, "not", "either ... or", "and ... together"), existence (also of things the
picture lacks: a motorbike, a spoon, a cat, a moon, a pentagon), an attribute of one thing, yes/no checks of one value,
two checks at once, comparisons of counts ("more", "fewer", "outnumber") and of attributes (same colour, size, shape or
material), quantifiers ("all", "every", "none", "most"), exceptions, relations (left, right, in front, behind on
CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing, throwing, above, behind, left,
right, in front), one- and two-hop chains, superlatives and ordinals (furthest, second, third), other things sharing
a value, which of two things is the bigger, lists of values, the number of different colours or shapes, sides of a
CLEVR picture (as a choice and as a yes/no check), sides, rows, columns and corners of the photos and the drawing,
and the text on the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (22, 30, 27, 14,
2, 0, 21, 25, 18, 19, 16, 13, 12 and 9; one or two people to a scene), about 30% about the photo-like graphs (street,
kitchen, park) and 20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as
the person's other questions (prices, opinions and feelings, what happens next, names and licences, the weather and
the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so the
drawing's rectangle is always "the yellow rectangle"); places and orders are only asked where a careful person could
call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor or of a neighbour in the order
along that axis, a side of a CLEVR picture is asked only of an object whose box centre lies within 130 pixels of the
edge of the 480-pixel frame, and on the drawing and photos neighbours in an order are at least 40 pixels apart;
nothing is asked of the photo graphs that their stated relations and attributes leave open (a cup to the right of the
plate is asked as the cup "just next to the plate on its right side", as the eye sees more than one cup to the right).
A which-side question is answered with the side; a "which is bigger" between two things is asked only where their
size classes differ, and answered with the word that tells the bigger one from the other (its shape). Answers are the
graph's words (gray, not grey; sphere, not ball; wood, not timber; "blue, red" for a list, most frequent first, ties
alphabetical); yes/no answers are "yes" or "no" whatever the tag ("Confirm. Stop.", "or nope?"). Every gold program
and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format and conventions), the first 5 lines of blind66.jsonl (for the line format), the
helpers blind_gold.py and blind_helpers.py that it imports, and the scenes themselves (photo_scenes.json and the CLEVR
val scenes.json, printed with small Python snippets). No question was run through nsvr's parser, planner or
``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind71.py`` to write ``../blind71.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind71.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def sharing(p, oid: str, attribute: str) -> list[str]:
    """The drawn or photographed objects other than oid with the same value of ``attribute``."""
    return [o for o in p.objects if o != oid and p.value(o, attribute) == p.value(oid, attribute)]


def yellow_rectangle(p) -> str:
    """The drawing's one yellow rectangle (the square counts as a rectangle, so it is always named by its colour)."""
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 22: large yellow rubber cyl (far left), large yellow metal cube, small purple metal cyl (back), small cyan metal sph (front)

# --- Gwilym, a Welsh hill farmer
C(
    "count",
    22,
    "How many of 'em are yellow, then, mun?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "compare_attr",
    22,
    "Them two yellow ones — made of the same stuff, are they? One of 'em's shining like a new gate.",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "superlative",
    22,
    "The little one stood right at the back there, what shape is that, now?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    22,
    "How many things are stood in front of the big yellow block?",
    "count(rel(u(f(sel(cube), size=large, color=yellow)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="yellow"))),
)
C(
    "position",
    22,
    "And the big yellow cylinder, is it over by the left of the picture or the right?",
    "choose(u(f(sel(cylinder), size=large, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="yellow")),
)
X(22, "Would that yellow cylinder do me for a water trough up the top field, d'you think?")

# --- Ingrid, a Norwegian dental hygienist; learner English
C("count", 22, "How many objects is it in the picture totally?", "count(scene())", lambda s: n(s.all()))
C(
    "two_clause",
    22,
    "Is the cube yellow and also of metal, both?",
    "and_(verify(u(sel(cube)), color, yellow), verify(u(sel(cube)), material, metal))",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "yellow" and s.a(s.the(shape="cube"), "material") == "metal"),
)
C(
    "spatial",
    22,
    "On the right side of the yellow cylinder, how many things are of metal?",
    "count(f(rel(u(f(sel(cylinder), color=yellow)), right), material=metal))",
    lambda s: n(among(s, related(s, "right", s.the(shape="cylinder", color="yellow")), material="metal")),
)
C(
    "negation",
    22,
    "Except the big cube, is something else yellow? I think yes but I am not sure.",
    "exist(diff(f(scene(), color=yellow), f(sel(cube), size=large, color=yellow)))",
    lambda s: yes(bool([i for i in s.f(color="yellow") if i != s.the(shape="cube", size="large", color="yellow")])),
)
C(
    "verify",
    22,
    "The ball is made of metal, stemmer det? It means 'is it right' in Norwegian.",
    "verify(u(sel(sphere)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere"), "material") == "metal"),
)

# scene 30: large green rubber sph, large purple rubber sph (back), large blue metal cyl (front)

# --- Chidi, a Lagos-trained pharmacist; formal
C(
    "count",
    30,
    "Good day. Kindly tell me the number of spheres in this image.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    30,
    "Please confirm whether all the items are large.",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "attribute",
    30,
    "Of what material is the cylinder composed?",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "superlative",
    30,
    "Which item is positioned furthest to the left? I require its colour.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "compare_count",
    30,
    "Are the rubber items more numerous than the metal ones?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
X(30, "In your estimation, how much would it cost to produce an image of this kind?")

# scene 27: large purple rubber cube (back, right), small yellow metal sph (left), small red rubber cyl, large red rubber cube (front)

# --- Keisha, a Baltimore school-bus driver; chatty
C(
    "count",
    27,
    "Okay so my nephew sent me this and asked me how many cubes, and I'm like, baby, I drive a bus all day, I can't be counting blocks. How many cubes though?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    27,
    "Them two cubes — same color? I'm thinking no but you tell me.",
    "same(sel(cube), color)",
    lambda s: alike(s, s.f(shape="cube"), "color"),
)
C(
    "same_attr",
    27,
    "That red cube up front, how many other things in there are red like it?",
    "count(same_attr(u(f(sel(cube), color=red)), color))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "color")),
)
C(
    "negation",
    27,
    "How many things in there ain't rubber?",
    "count(fn(scene(), material=rubber))",
    lambda s: n(lacking(s, s.all(), material="rubber")),
)
C(
    "superlative",
    27,
    "What's second from the front? Just the shape, baby.",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
X(27, "You think my nephew gonna pass his test with this stuff or nah?")

# --- Pavel, a Czech glassblower
C(
    "attribute",
    27,
    "The little ball — it is shiny like my glass, so metal, or is it rubber?",
    "choose(u(f(sel(sphere), size=small)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", size="small"), "material"),
)
C(
    "spatial",
    27,
    "On the left side of the red cylinder, how many pieces stand?",
    "count(rel(u(f(sel(cylinder), color=red)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="red"))),
)
C(
    "chain",
    27,
    "In front of the purple cube there is one ball. Which colour has this ball?",
    "q(u(f(rel(u(f(sel(cube), color=purple)), front), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="purple"), "front", shape="sphere"), "color"),
)
C(
    "compare_size",
    27,
    "Purple cube and yellow ball: which one is bigger?",
    "q(u(f(union(f(sel(cube), color=purple), f(sel(sphere), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="purple"), s.the(shape="sphere", color="yellow")),
)
C(
    "count",
    27,
    "How many pieces are either red or a ball?",
    "count(union(f(scene(), color=red), sel(sphere)))",
    lambda s: n(set(s.f(color="red")) | set(s.f(shape="sphere"))),
)

# scene 14: large cyan rubber sph (front), small blue metal sph, small gray metal cube (back)

# --- Fergus, a Galway publican
C("count", 14, "How many balls are on the go there at all?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_attr",
    14,
    "Are the two balls the same size, or is one of them only a small little yoke?",
    "same(sel(sphere), size)",
    lambda s: alike(s, s.f(shape="sphere"), "size"),
)
C(
    "attribute",
    14,
    "What colour is the cube, so?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "superlative",
    14,
    "Which one's furthest forward — what colour would that be?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_size",
    14,
    "Would the cube be any bigger than the cyan ball, would you say?",
    "larger(u(sel(cube)), u(f(sel(sphere), color=cyan)))",
    lambda s: larger(s, s.the(shape="cube"), s.the(shape="sphere", color="cyan")),
)
X(14, "How much would a man want for the lot of them, d'you think?")

# scene 2: large green metal cube, small gray metal cyl (back), large cyan rubber cyl (front, right)

# --- Mei-Ling, a Singaporean accountant; Singlish
C("count", 2, "Got how many cylinders ah?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_attr",
    2,
    "The two cylinders same colour or not?",
    "same(sel(cylinder), color)",
    lambda s: alike(s, s.f(shape="cylinder"), "color"),
)
C(
    "verify",
    2,
    "The cube is green one, right?",
    "verify(u(sel(cube)), color, green)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "green"),
)
C(
    "position",
    2,
    "Cyan cylinder at which side of the picture, left or right?",
    "choose(u(f(sel(cylinder), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="cyan")),
)
C(
    "spatial",
    2,
    "Behind the cube got how many things?",
    "count(rel(u(sel(cube)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube"))),
)
C(
    "compare_count",
    2,
    "Metal one more than rubber one or not?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)

# scene 0: small yellow rubber sph (front), large blue metal sph (far left, back), large green rubber cyl

# --- Dolores, a grandmother from San Antonio
C(
    "count",
    0,
    "Mija, how many balls are there? My glasses are in the car.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    0,
    "The big blue ball, is it the shiny kind — metal — or rubber?",
    "choose(u(f(sel(sphere), size=large, color=blue)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", size="large", color="blue"), "material"),
)
C(
    "position",
    0,
    "That big blue ball is over on the left side of the picture, ¿verdad?",
    "verify(u(f(sel(sphere), size=large, color=blue)), hposition, left)",
    lambda s: yes(picture_side(s, s.the(shape="sphere", size="large", color="blue")) == "left"),
)
C(
    "compare_size",
    0,
    "Which is bigger, the little yellow ball or the green cylinder?",
    "q(u(f(union(f(sel(sphere), size=small, color=yellow), f(sel(cylinder), color=green)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", size="small", color="yellow"), s.the(shape="cylinder", color="green")),
)
C(
    "spatial",
    0,
    "Is the yellow ball sitting in front of the green cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=green)), front), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "front", {"shape": "cylinder", "color": "green"}),
)
X(0, "These colors are just like the piñatas at my grandson's party. Where do you buy ones like these?")

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph (back), small yellow rubber sph (front), large purple metal cyl (right)

# --- Tyler, nineteen, typing fast
C("count", 21, "bruh how many spheres r there", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C("count", 21, "ok how mnay small things", "count(f(scene(), size=small))", lambda s: n(s.f(size="small")))
C(
    "superlative",
    21,
    "whats 2nd from the right. color",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)
C(
    "verify",
    21,
    "is the purple cylinder metal fr",
    "verify(u(f(sel(cylinder), color=purple)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="purple"), "material") == "metal"),
)
C(
    "position",
    21,
    "which side of the pic is the purple cylinder on",
    "choose(u(f(sel(cylinder), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="purple")),
)
X(21, "lowkey which one would win in a fight lol")

# --- Agatha, a retired librarian
C(
    "count",
    21,
    "I should be obliged if you would tell me how many of the objects are made of rubber.",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "chain",
    21,
    "Take the red sphere. To its left stands a cylinder, and behind that cylinder there is a single sphere. Of what material is that sphere made?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), left), shape=cylinder)), behind), shape=sphere)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="red"), "left", shape="cylinder"), "behind", shape="sphere"),
        "material",
    ),
)
C(
    "list",
    21,
    "Would you be so kind as to list the colours of the spheres?",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "quantifier",
    21,
    "Is it the case that none of the cylinders is small?",
    "not_(exist(f(sel(cylinder), size=small)))",
    lambda s: yes(not s.f(shape="cylinder", size="small")),
)
C(
    "quantifier",
    21,
    "And would it be fair to say that most of the objects are small ones?",
    "gt(count(f(scene(), size=small)), count(fn(scene(), size=small)))",
    lambda s: most([s.a(i, "size") == "small" for i in s.all()]),
)

# scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl (far left), large brown rubber sph (far right), small gray metal cyl (back)

# --- Ravi, a Bangalore IT-support engineer
C(
    "count",
    25,
    "Kindly tell how many cylinders are there in the image.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "count",
    25,
    "Out of these cylinders, how many are small ones only?",
    "count(f(sel(cylinder), size=small))",
    lambda s: n(s.f(shape="cylinder", size="small")),
)
C(
    "same_attr",
    25,
    "The small brown cylinder — how many other objects are having the same colour as it?",
    "count(same_attr(u(f(sel(cylinder), size=small, color=brown)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="small", color="brown"), "color")),
)
C(
    "spatial",
    25,
    "Objects on the left side of the red cube, how many are there?",
    "count(rel(u(f(sel(cube), color=red)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="red"))),
)
C(
    "superlative",
    25,
    "Which object is third from the front? Please revert with its shape.",
    "q(ord(scene(), front, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 3), "shape"),
)
X(25, "Is this image licensed for commercial use? Kindly share the licence details.")

# --- Marcy, a Minnesota dental receptionist
C(
    "count",
    25,
    "Oh ya, so how many of 'em are metal, would ya say?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "exist",
    25,
    "Is there a green one in there anywhere, or nope?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "compare_attr",
    25,
    "The two brown ones — are those the same size, then?",
    "same(f(scene(), color=brown), size)",
    lambda s: alike(s, s.f(color="brown"), "size"),
)
C(
    "position",
    25,
    "And the big brown ball, that's off on the right side of the picture, isn't it?",
    "verify(u(f(sel(sphere), size=large, color=brown)), hposition, right)",
    lambda s: yes(picture_side(s, s.the(shape="sphere", size="large", color="brown")) == "right"),
)
C(
    "chain",
    25,
    "Behind the cyan ball there's a cube, ya? What color's that cube, then?",
    "q(u(f(rel(u(f(sel(sphere), color=cyan)), behind), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="cyan"), "behind", shape="cube"), "color"),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl (far left), small blue rubber cyl (front), large cyan rubber sph (far right), small purple metal cube (right), small red rubber sph (back)

# --- Amélie, a Lyon pastry cook; French-shaped English
C(
    "count",
    18,
    "How many objects of purple there are?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "compare_attr",
    18,
    "The two big purple cylinders, they are of the same matter?",
    "same(f(sel(cylinder), size=large, color=purple), material)",
    lambda s: alike(s, s.f(shape="cylinder", size="large", color="purple"), "material"),
)
C(
    "negation",
    18,
    "And the small ones which are not purple, how many?",
    "count(fn(f(scene(), size=small), color=purple))",
    lambda s: n(lacking(s, s.f(size="small"), color="purple")),
)
C(
    "superlative",
    18,
    "The sphere the most in front, which colour it has?",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "attribute",
    18,
    "The small cube, it is in metal or in rubber?",
    "choose(u(f(sel(cube), size=small)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", size="small"), "material"),
)
X(18, "In my pâtisserie I would make these in sugar. Which one would be the most delicious, you think?")

# --- Hank, a retired Montana land surveyor
C(
    "count",
    18,
    "Let's get a headcount on the cylinders first.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "spatial",
    18,
    "How many objects lie to the right of the big metal cylinder?",
    "count(rel(u(f(sel(cylinder), size=large, material=metal)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", size="large", material="metal"))),
)
C(
    "superlative",
    18,
    "Which object lies furthest back? Name its shape for me.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "position",
    18,
    "That big cyan ball — east or west side of the picture? Right or left, I mean.",
    "choose(u(f(sel(sphere), size=large, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="cyan")),
)
C(
    "chain",
    18,
    "Start at the small purple cube. Behind it sits a large cube, and to the right of that cube there's one sphere. What's that sphere made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=purple)), behind), shape=cube, size=large)), right), shape=sphere)), material)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="small", color="purple"), "behind", shape="cube", size="large"),
            "right",
            shape="sphere",
        ),
        "material",
    ),
)

# scene 19: small gray metal cube, small green metal cyl (back), small cyan metal cyl (front), small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph (far right), small yellow rubber cube (far left)

# --- Nkechi, a Lagos market trader; light pidgin
C("count", 19, "Abeg, how many cube dey inside this picture?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C("count", 19, "The cyan ones nko, how many?", "count(f(scene(), color=cyan))", lambda s: n(s.f(color="cyan")))
C(
    "compare_attr",
    19,
    "The big blue cube and the grey ball, na the same size?",
    "same(u(f(sel(cube), size=large, color=blue)), u(f(sel(sphere), color=gray)), size)",
    lambda s: yes(
        s.a(s.the(shape="cube", size="large", color="blue"), "size") == s.a(s.the(shape="sphere", color="gray"), "size")
    ),
)
C(
    "number",
    19,
    "How many different colours dey for the cubes?",
    "nvalues(sel(cube), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="cube")})),
)
C(
    "negation",
    19,
    "How many of them no be metal?",
    "count(fn(scene(), material=metal))",
    lambda s: n(lacking(s, s.all(), material="metal")),
)
X(19, "If I wan buy all of these for my shop, how much e go cost me?")

# --- Beatrix, eleven and home-schooled; spells out her numbers
C(
    "count",
    19,
    "There are eight objects, I think. How many of the eight are small?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "quantifier",
    19,
    "Are all three of the cyan objects made of metal?",
    "not_(exist(fn(f(scene(), color=cyan), material=metal)))",
    lambda s: every(s, s.f(color="cyan"), material="metal"),
)
C(
    "superlative",
    19,
    "Which object is second from the back? I need its colour for my chart.",
    "q(ord(scene(), behind, 2), color)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "color"),
)
C(
    "spatial",
    19,
    "How many objects are to the left of the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="green"))),
)
C(
    "chain",
    19,
    "In front of the large blue cube there is exactly one rubber cylinder. What colour is it?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=blue)), front), shape=cylinder, material=rubber)), color)",
    lambda s: s.a(
        hop(s, s.the(shape="cube", size="large", color="blue"), "front", shape="cylinder", material="rubber"), "color"
    ),
)
C(
    "two_clause",
    19,
    "Is the one and only sphere gray, and is it made of metal as well?",
    "and_(verify(u(sel(sphere)), color, gray), verify(u(sel(sphere)), material, metal))",
    lambda s: yes(s.a(s.the(shape="sphere"), "color") == "gray" and s.a(s.the(shape="sphere"), "material") == "metal"),
)

# scene 16: small red metal sph, small purple metal sph (far left), small cyan metal sph (front), large brown rubber cyl, large yellow rubber cube (back), large green rubber sph (right), large yellow metal cyl

# --- Mehmet, an Istanbul carpet seller
C(
    "count",
    16,
    "My friend, look — how many balls in this picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "count",
    16,
    "And of these balls, how many are small ones?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "compare_attr",
    16,
    "The two yellow ones, they are same shape?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: alike(s, s.f(color="yellow"), "shape"),
)
C(
    "attribute",
    16,
    "The big yellow cylinder, what is it made from?",
    "q(u(f(sel(cylinder), size=large, color=yellow)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="large", color="yellow"), "material"),
)
C(
    "spatial",
    16,
    "The brown cylinder — it is standing in front of the yellow cube?",
    "exist(f(rel(u(f(sel(cube), color=yellow)), front), color=brown, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "brown"}, "front", {"shape": "cube", "color": "yellow"}),
)
X(16, "This green ball, in the Grand Bazaar, how much would it sell for?")

# --- Pearl, a Jamaican-born London nurse
C(
    "count",
    16,
    "Darling, how many things in there are made of rubber?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "quantifier",
    16,
    "Every one of the small ones is a ball, yes?",
    "not_(exist(fn(f(scene(), size=small), shape=sphere)))",
    lambda s: every(s, s.f(size="small"), shape="sphere"),
)
C(
    "same_attr",
    16,
    "The big green ball — how many other things share its size?",
    "count(same_attr(u(f(sel(sphere), size=large, color=green)), size))",
    lambda s: n(others(s, s.the(shape="sphere", size="large", color="green"), "size")),
)
C(
    "chain",
    16,
    "Behind the brown cylinder there's a cube, and to the right of that cube there's a ball. What colour is the ball, love?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=brown)), behind), shape=cube)), right), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="brown"), "behind", shape="cube"), "right", shape="sphere"),
        "color",
    ),
)
C(
    "negation",
    16,
    "Apart from the cylinders, how many things are made of metal?",
    "count(fn(f(scene(), material=metal), shape=cylinder))",
    lambda s: n(lacking(s, s.f(material="metal"), shape="cylinder")),
)

# scene 13: small red rubber cube, large cyan rubber cyl (far right), small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (back), small red rubber sph (far left), large red metal cube

# --- Arjun, fifteen, from a robotics club
C(
    "count",
    13,
    "Quick one: how many objects are red, across all shapes?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_attr",
    13,
    "Do the two red cubes share a material?",
    "same(f(sel(cube), color=red), material)",
    lambda s: alike(s, s.f(shape="cube", color="red"), "material"),
)
C(
    "superlative",
    13,
    "Sorting by depth, which object is farthest from the camera? Return its shape.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    13,
    "Count the objects located in front of the purple cylinder.",
    "count(rel(u(f(sel(cylinder), color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="purple"))),
)
C(
    "chain",
    13,
    "From the gray sphere, find the large cube to its right; then the sphere behind that cube. What colour is it?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=gray)), right), shape=cube, size=large)), behind), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", color="gray"), "right", shape="cube", size="large"),
            "behind",
            shape="sphere",
        ),
        "color",
    ),
)
C(
    "number",
    13,
    "How many distinct shapes appear in the scene?",
    "nvalues(scene(), shape)",
    lambda s: str(len({s.a(i, "shape") for i in s.all()})),
)

# --- Loretta, a Georgia peach grower
C(
    "count",
    13,
    "Well bless your heart, how many of these little ol' things are small?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "exist",
    13,
    "Is there a yellow one anywhere in the bunch?",
    "exist(f(scene(), color=yellow))",
    lambda s: yes(bool(s.f(color="yellow"))),
)
C(
    "compare_count",
    13,
    "Y'all got more spheres than cubes in there?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "position",
    13,
    "That big cyan cylinder's sittin' over on the right side of the picture, ain't it?",
    "verify(u(f(sel(cylinder), size=large, color=cyan)), hposition, right)",
    lambda s: yes(picture_side(s, s.the(shape="cylinder", size="large", color="cyan")) == "right"),
)
C(
    "attribute",
    13,
    "The gray ball — what's it made of, sugar?",
    "q(u(f(sel(sphere), color=gray)), material)",
    lambda s: s.a(s.the(shape="sphere", color="gray"), "material"),
)
X(13, "Reckon these'll get rained on if somebody leaves 'em out overnight?")

# scene 12: small blue metal cube (far left), small green rubber sph, large gray rubber sph (far right), small cyan metal cyl (right), small gray rubber sph (front), small green rubber cyl, small red metal cube, small gray metal cube (back)

# --- Lars, a Swedish ferry mate
C(
    "count",
    12,
    "How many pieces of the cargo are gray?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "superlative",
    12,
    "Which piece is furthest to port — the left side, I mean? Colour, please.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "compare_count",
    12,
    "More cubes than spheres aboard? Yes or no.",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)
C(
    "count",
    12,
    "Cubes and cylinders together, how many have we loaded?",
    "count(union(sel(cube), sel(cylinder)))",
    lambda s: n(s.f(shape=("cube", "cylinder"))),
)
C(
    "spatial",
    12,
    "How many things stand aft of the red cube — behind it, I mean?",
    "count(rel(u(f(sel(cube), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="red"))),
)
X(12, "What's the forecast for the crossing tonight?")

# --- Consuelo, a Spanish pensioner in her English class
C(
    "count",
    12,
    "Good afternoon. There are how many big objects in the picture?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "attribute",
    12,
    "The big one, which colour it is?",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(only(s.f(size="large")), "color"),
)
C(
    "compare_size",
    12,
    "The cyan cylinder and the big gray ball, which is more big?",
    "q(u(f(union(f(sel(cylinder), color=cyan), f(sel(sphere), size=large, color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="cyan"), s.the(shape="sphere", size="large", color="gray")),
)
C(
    "verify",
    12,
    "The cube the most at the left is blue, is correct?",
    "verify(ord(sel(cube), left, 1), color, blue)",
    lambda s: yes(s.a(nth(s, s.f(shape="cube"), "left"), "color") == "blue"),
)
C(
    "quantifier",
    12,
    "All the spheres are of rubber, no?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)

# scene 9: small gray rubber cube (front), large gray rubber cyl (far left), small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl, large green metal sph

# --- Darnell, a Chicago sports-radio host
C(
    "count",
    9,
    "Alright folks, let's go to the tape: how many cylinders we got on the field?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_count",
    9,
    "Gray team versus green team — does gray have more players?",
    "gt(count(f(scene(), color=gray)), count(f(scene(), color=green)))",
    lambda s: yes(len(s.f(color="gray")) > len(s.f(color="green"))),
)
C(
    "superlative",
    9,
    "Who's leading the pack up front? Gimme the color.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_attr",
    9,
    "The two green guys — same material, or we got a mismatch?",
    "same(f(scene(), color=green), material)",
    lambda s: alike(s, s.f(color="green"), "material"),
)
C(
    "chain",
    9,
    "Somewhere in front of the big purple cube there's a small ball. What color's that ball?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=purple)), front), shape=sphere, size=small)), color)",
    lambda s: s.a(
        hop(s, s.the(shape="cube", size="large", color="purple"), "front", shape="sphere", size="small"), "color"
    ),
)
X(9, "Who do you like in the Bears game on Sunday?")

# --- Ada, a retired telegraphist; telegram style
C("count", 9, "Count spheres. Stop.", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    9,
    "Purple cube. Made of what. Stop.",
    "q(u(f(sel(cube), color=purple)), material)",
    lambda s: s.a(s.the(shape="cube", color="purple"), "material"),
)
C(
    "negation",
    9,
    "Objects not gray. Number please. Stop.",
    "count(fn(scene(), color=gray))",
    lambda s: n(lacking(s, s.all(), color="gray")),
)
C(
    "spatial",
    9,
    "Green metal sphere left of brown sphere. Confirm. Stop.",
    "exist(f(rel(u(f(sel(sphere), color=brown)), left), color=green, material=metal, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "green", "material": "metal"}, "left", {"shape": "sphere", "color": "brown"}
    ),
)
C(
    "position",
    9,
    "Large gray cylinder. Left or right of picture. Stop.",
    "choose(u(f(sel(cylinder), size=large, color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="gray")),
)
C(
    "list",
    9,
    "Colours of cylinders. List. Stop.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Inês, a Portuguese scooter courier
P("count", "street", "Ok so, how many persons are there in the street?", "count(sel(person))", lambda p: n(people(p)))
P(
    "text",
    "street",
    "The red sign up in the corner, what is written on it?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "spatial",
    "street",
    "The white car is parked on the left of the bus, no?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P(
    "text",
    "street",
    "On the road there is some words painted — what they say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "exist",
    "street",
    "Is there any motorbike in this street?",
    "exist(sel(motorcycle))",
    lambda p: yes(bool(p.f(("motorcycle", "motorbike")))),
)
P(
    "text",
    "street",
    "And on the bus, the big letters say what?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
X("street", "You know if this street is in Madrid or in Lisbon? The bus has Spanish words.")

# --- Walt, a Boston plumber
P("count", "street", "How many ties we got on these guys, total?", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "chain",
    "street",
    "Who's wearin' the red tie — the guy in black or the guy in white? Just gimme the colour he's got on.",
    "q(u(rel(u(f(sel(tie), color=red)), wearing)), color)",
    lambda p: p.value(only(p.subjects("wearing", p.the("tie", color="red"))), "color"),
)
P(
    "superlative",
    "street",
    "Who's the one way over on the left? Man, woman, what?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "where",
    "street",
    "Tree's back behind the bus there, or out in front of it?",
    "choose_rel(u(sel(tree)), [behind, front], role=object, name=bus)",
    lambda p: photo_side(p, p.the("tree"), p.the("bus"), ("behind", "front")),
)
P(
    "compare_attr",
    "street",
    "Bus and the car — same colour? Wicked doubt it.",
    "same(u(sel(bus)), u(sel(car)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("car"), "color")),
)
X("street", "What's a bus like that go for, brand new? Gotta be half a mil.")

# --- Harpreet, a driving instructor
P(
    "text",
    "street",
    "Right, mirror, signal — what does the marking painted on the road surface say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "position",
    "street",
    "The stop sign — is it at the top or the bottom of the frame?",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
P(
    "chain",
    "street",
    "Who's standing in front of the bus? Pedestrians are hazards.",
    "q(u(rel(u(sel(bus)), front)), name)",
    lambda p: p.name(only(p.subjects("front", p.the("bus")))),
)
P(
    "count",
    "street",
    "How many vehicles are on the road — cars and buses together?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "verify",
    "street",
    "That dog — is it a small one? Small dogs dart out.",
    "verify(u(sel(dog)), size, small)",
    lambda p: yes(p.value(p.the("dog"), "size") == "small"),
)
P(
    "where",
    "street",
    "Which side of the bus is the car on — left or right?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)

# --- Noor, a Syrian newcomer learning English
P("count", "street", "How many man in the picture?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "attribute",
    "street",
    "The woman, what is colour of her clothes?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "spatial",
    "street",
    "The woman hold the dog?",
    "vrel(u(sel(dog)), holding, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
P(
    "compare_attr",
    "street",
    "The two tie is same colour?",
    "same(sel(tie), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("tie")}) == 1),
)
P(
    "chain",
    "street",
    "The man on the right, he wear tie of which colour?",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "right")), "color"),
)
X("street", "Where this bus go? I need go to the hospital.")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a silver metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Beryl, a Cornish guest-house landlady
P(
    "count",
    "kitchen",
    "Now then my 'ansum, how many things have been put out on the table altogether?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "text",
    "kitchen",
    "What time's that clock saying? Breakfast finishes at half nine, see.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "That bottle — what colour is it?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "verify",
    "kitchen",
    "Table's a proper wooden one, is it?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "chain",
    "kitchen",
    "Which cup is stood just to the right of the bottle — what colour's that one?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
X("kitchen", "Is she the lady of the house or staff, and is she stopping for lunch?")

# --- Dev, a student flatmate
P("count", "kitchen", "how many mugs are out lol", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "text",
    "kitchen",
    "whats it say on the bottle",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "exist",
    "kitchen",
    "is there a spoon anywhere or am i eating soup with a fork",
    "exist(sel(spoon))",
    lambda p: yes(bool(p.f("spoon"))),
)
P(
    "compare_attr",
    "kitchen",
    "is the plate the same colour as the blue cup",
    "same(u(sel(plate)), u(f(sel(cup), color=blue)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("cup", color="blue"), "color")),
)
P(
    "superlative",
    "kitchen",
    "2nd cup from the left whats the colour pls",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
X("kitchen", "whos doing the dishes after tho")

# --- Ms Okafor, a food-hygiene inspector
P(
    "count",
    "kitchen",
    "For the report: how many drinking vessels are on the table surface?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "verify",
    "kitchen",
    "Is the fork a metal utensil?",
    "verify(u(sel(fork)), material, metal)",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal"),
)
P(
    "spatial",
    "kitchen",
    "Is the woman positioned to the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "number",
    "kitchen",
    "How many different colours are the cups?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "chain",
    "kitchen",
    "Is anything mounted above the table? If so, what is it?",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "negation",
    "kitchen",
    "How many items on the table are not white?",
    "count(fn(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") != "white"]),
)

# --- Teodor, a Romanian kitchen porter
P(
    "count",
    "kitchen",
    "How much white things is on the table?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
P(
    "spatial",
    "kitchen",
    "The red cup is at left of the plate?",
    "exist(f(rel(u(sel(plate)), left, name=cup), color=red))",
    lambda p: yes(any(p.value(o, "color") == "red" for o in named(p, p.subjects("left", p.the("plate")), "cup"))),
)
P(
    "chain",
    "kitchen",
    "The cup just next to the plate on its right side, which colour?",
    "q(u(rel(u(sel(plate)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("plate")), "cup")), "color"),
)
P(
    "compare_attr",
    "kitchen",
    "The clock and the plate, they are same colour?",
    "same(u(sel(clock)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("clock"), "color") == p.value(p.the("plate"), "color")),
)
P(
    "list",
    "kitchen",
    "Which colours have the cups? Tell me all.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "two_clause",
    "kitchen",
    "The fork is of metal and is silver colour, both?",
    "and_(verify(u(sel(fork)), material, metal), verify(u(sel(fork)), color, silver))",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal" and p.value(p.the("fork"), "color") == "silver"),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Fenella, a birdwatcher
P(
    "count",
    "park",
    "I've got my scope on the park. How many dogs have I spotted?",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "attribute",
    "park",
    "The frisbee up high — what colour is it? I mistook it for a bird at first.",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "chain",
    "park",
    "Whoever is near the white dog — what colour are they wearing?",
    "q(u(rel(u(f(sel(dog), color=white)), near)), color)",
    lambda p: p.value(only(p.subjects("near", p.the("dog", color="white"))), "color"),
)
P(
    "position",
    "park",
    "The bench: is it in the top or the bottom of the view?",
    "choose(u(sel(bench)), vposition, [top, bottom])",
    lambda p: p.value(p.the("bench"), "vposition"),
)
P("count", "park", "How many trees are in view?", "count(sel(tree))", lambda p: n(p.f("tree")))
X("park", "Was that a kestrel I saw above the trees, just out of frame?")

# --- Kofi, a Ghanaian statistics lecturer
P(
    "count",
    "park",
    "Let n be the number of people in the scene, adults and children together. What is n?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "compare_count",
    "park",
    "Do the women outnumber the children?",
    "gt(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) > len(children(p))),
)
P(
    "number",
    "park",
    "How many distinct colours are the people wearing?",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
P(
    "quantifier",
    "park",
    "Are all the trees green, without exception?",
    "not_(exist(fn(sel(tree), color=green)))",
    lambda p: yes(all(p.value(o, "color") == "green" for o in p.f("tree"))),
)
P(
    "superlative",
    "park",
    "Ordering the people from left to right, who comes second?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "same_attr",
    "park",
    "How many other objects share the bench's colour?",
    "count(same_attr(u(sel(bench)), color))",
    lambda p: n(sharing(p, p.the("bench"), "color")),
)

# --- Junie, six, on voice dictation
P("count", "park", "um how many girls are there", "count(sel(girl))", lambda p: n(p.f("girl")))
P(
    "attribute",
    "park",
    "what color is the bike",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "verify",
    "park",
    "is the boy wearing blue",
    "verify(u(sel(boy)), color, blue)",
    lambda p: yes(p.value(p.the("boy"), "color") == "blue"),
)
P(
    "spatial",
    "park",
    "is the black dog near the lady in red",
    "exist(f(rel(u(f(sel(woman), color=red)), near, name=dog), color=black))",
    lambda p: yes(
        any(p.value(o, "color") == "black" for o in named(p, p.subjects("near", p.the("woman", color="red")), "dog"))
    ),
)
P("exist", "park", "um is there a cat", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
X("park", "whats the doggys name")

# --- Rhys, a parkrun marshal
P(
    "count",
    "park",
    "Marshal check: how many people on the left-hand side of the park?",
    "count(f(sel(person), hposition=left))",
    lambda p: n([o for o in people(p) if p.value(o, "hposition") == "left"]),
)
P(
    "where",
    "park",
    "Is the bike to the left of the bench or to the right of it?",
    "choose_rel(u(sel(bicycle)), [left, right], role=object, name=bench)",
    lambda p: photo_side(p, p.the("bicycle"), p.the("bench"), ("left", "right")),
)
P(
    "chain",
    "park",
    "Who's stood near the bench?",
    "q(u(rel(u(sel(bench)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bench")))),
)
P(
    "chain",
    "park",
    "The woman holding the black dog — is there a tree behind her?",
    "vrel(u(rel(u(f(sel(dog), color=black)), holding)), behind, name=tree)",
    lambda p: yes(
        bool(named(p, p.subjects("behind", only(p.subjects("holding", p.the("dog", color="black")))), "tree"))
    ),
)
P(
    "chain",
    "park",
    "What's the lad in blue chucking about?",
    "q(u(rel(u(f(sel(boy), color=blue)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy", color="blue"), "throwing"))),
)
X("park", "What time does parkrun start here on a Saturday?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Soo-ah, a Korean comics artist
P(
    "count",
    "shapes",
    "In this panel, how many shapes are small?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "attribute",
    "shapes",
    "The star one — what colour?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "superlative",
    "shapes",
    "Bottom row, the one most on the right — which shape?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "The square and the hexagon are same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "number",
    "shapes",
    "How many colours are used in the whole panel?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
X("shapes", "Which shape is the main character, you think?")

# --- Clive, a retired accountant
P(
    "count",
    "shapes",
    "How many blue shapes are there, in total?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "list",
    "shapes",
    "Would you itemise the shapes that are blue, please?",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "compare_count",
    "shapes",
    "Do the small shapes outnumber the large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "negation",
    "shapes",
    "Leaving aside the blue shapes, how many remain?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "quantifier",
    "shapes",
    "Are all of the large shapes in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "exist",
    "shapes",
    "Is there a pentagon anywhere on the sheet?",
    "exist(sel(pentagon))",
    lambda p: yes(bool(p.f("pentagon"))),
)

# --- Pip, four, with his grandad typing
P("count", "shapes", "pip wants to know how many circles there are", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "verify",
    "shapes",
    "he says is the triangle green",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P(
    "compare_size",
    "shapes",
    "now he wants to know if the red circle is bigger than the blue circle",
    "larger(u(f(sel(circle), color=red)), u(f(sel(circle), color=blue)))",
    lambda p: drawn_larger(p, p.the("circle", color="red"), p.the("circle", color="blue")),
)
P("exist", "shapes", "is there a moon, he's asking", "exist(sel(moon))", lambda p: yes(bool(p.f("moon"))))
P("count", "shapes", "how many red ones", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
X("shapes", "pip asks are the shapes all friends")

# --- Esperanza, a Filipina carer in Hong Kong
P(
    "count",
    "shapes",
    "Good evening po. How many shapes are there in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "position",
    "shapes",
    "What is the shape in the upper left corner po?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Which one is bigger po, the yellow rectangle or the hexagon?",
    "q(u(f(union(f(sel(rectangle), color=yellow), sel(hexagon)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, yellow_rectangle(p), p.the("hexagon")),
)
P(
    "attribute",
    "shapes",
    "The shape in the very middle po, what color is it?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)
P(
    "two_clause",
    "shapes",
    "Is the hexagon blue and small po?",
    "and_(verify(u(sel(hexagon)), color, blue), verify(u(sel(hexagon)), size, small))",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "blue" and p.value(p.the("hexagon"), "size") == "small"),
)

# --- Declan, a Dublin bicycle courier; bare fragments
P("count", "shapes", "Stars. How many.", "count(sel(star))", lambda p: n(p.f("star")))
P(
    "exist",
    "shapes",
    "Anything yellow up top?",
    "exist(f(scene(), color=yellow, vposition=top))",
    lambda p: yes(bool(p.f(color="yellow", vposition="top"))),
)
P(
    "position",
    "shapes",
    "Top right. What colour.",
    "q(u(f(scene(), hposition=right, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "color"),
)
P(
    "attribute",
    "shapes",
    "Square — big or small?",
    "choose(u(sel(square)), size, [large, small])",
    lambda p: p.value(p.the("square"), "size"),
)
P(
    "superlative",
    "shapes",
    "Second from the left, top row. Shape?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)

# --- Hildegard, a German paper-folding teacher
P(
    "negation",
    "shapes",
    "How many of the figures have no curved edge — everything except the circles, I mean?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "compare_attr",
    "shapes",
    "Has the triangle the same size as the yellow rectangle?",
    "same(u(sel(triangle)), u(f(sel(rectangle), color=yellow)), size)",
    lambda p: yes(p.value(p.the("triangle"), "size") == p.value(yellow_rectangle(p), "size")),
)
P(
    "attribute",
    "shapes",
    "Which colour has the small circle in the centre?",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
P(
    "same_attr",
    "shapes",
    "How many figures share the colour of the star, not counting the star itself?",
    "count(same_attr(u(sel(star)), color))",
    lambda p: n(sharing(p, p.the("star"), "color")),
)
P(
    "compare_count",
    "shapes",
    "Are there more blue figures than red figures?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)

# --- Moses, a Kenyan safari guide
P(
    "count",
    "shapes",
    "Ah, my friend, how many big shapes have we spotted today?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "position",
    "shapes",
    "The hexagon, where is it hiding — left side or right side?",
    "choose(u(sel(hexagon)), hposition, [left, right])",
    lambda p: p.value(p.the("hexagon"), "hposition"),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer triangles than circles?",
    "lt(count(sel(triangle)), count(sel(circle)))",
    lambda p: yes(len(p.f("triangle")) < len(p.f("circle"))),
)
P(
    "position",
    "shapes",
    "Down at the bottom on the left — which shape is resting there?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "shape"),
)
P(
    "two_clause",
    "shapes",
    "Is there a red shape in the top row and also one in the bottom row?",
    "and_(exist(f(scene(), color=red, vposition=top)), exist(f(scene(), color=red, vposition=bottom)))",
    lambda p: yes(bool(p.f(color="red", vposition="top")) and bool(p.f(color="red", vposition="bottom"))),
)
X("shapes", "Which of these shapes would a lion chase first?")

# --- Ruthie, a Brooklyn grandmother
P("count", "shapes", "Listen, how many shapes we got altogether here?", "count(scene())", lambda p: n(p.objects))
P(
    "verify",
    "shapes",
    "The big yellow rectangle, it's in the bottom row, am I right?",
    "verify(u(f(sel(rectangle), size=large, color=yellow)), vposition, bottom)",
    lambda p: yes(p.value(yellow_rectangle(p), "vposition") == "bottom"),
)
P(
    "compare_size",
    "shapes",
    "Who's bigger, the little square or the big red circle? Don't laugh.",
    "q(u(f(union(f(sel(square), size=small), f(sel(circle), size=large, color=red)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square", size="small"), p.the("circle", size="large", color="red")),
)
P(
    "count",
    "shapes",
    "How many of the shapes are red or yellow?",
    "count(union(f(scene(), color=red), f(scene(), color=yellow)))",
    lambda p: n(p.f(color="red") + p.f(color="yellow")),
)
P(
    "list",
    "shapes",
    "And the ones in the middle column, what colours are they? All of 'em.",
    "values(f(scene(), hposition=middle), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(hposition="middle")),
)
P(
    "quantifier",
    "shapes",
    "Is every shape in the top row a big one?",
    "not_(exist(fn(f(scene(), vposition=top), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(vposition="top"))),
)
X("shapes", "My grandson drew this — you think he's got a future in art?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
