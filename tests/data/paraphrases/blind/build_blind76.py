# ruff: noqa: E501
"""Blind paraphrase set 76: a twenty-second fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits of speech (a few of them non-native speakers), always
understandably to a careful reader.

The cast. On the CLEVR pictures: Kofi, a Ghanaian-born staff nurse in Leeds on his break ("Please, ...", "just the
shape"); Brianna, a Minnesota mom of three ("oh for sure", "ya think", "then"); Paolo, a retired barber from Naples
("How many are the cubes", "it is of metal, true?", "stay at the right of"); Declan, sixteen, from Cork ("like",
"so", "yer man"); Hyun-woo, a Korean statistics student ("the exact number", "combined", "consider the cube");
Jolene, an Alabama church secretary ("Well, hey there", "sugar", "sittin'"); Tariq, a London delivery rider dictating
to his phone with no punctuation ("yeah so", "aint"); Ruth, a chartered accountant who numbers her queries ("First
item:", "yes or no"); Walt, a retired Iowa farmer ("them cans", "little round fella", "settin'"); Aisha, twelve, from
Manchester, in lowercase; Pierre, a French pastry chef ("How many spheres there are", "of which colour is it?");
Kayla, a nursing student ("ok so like", "wait"); Mateo, an Argentine football fan ("Che", "same quantity", "more to
the right of him"); Geraldine, a retired librarian who asks inside polite statements ("I wonder whether", "Would you
tell me"); Dev, an IT-support engineer in Bangalore ("Kindly confirm", "present in the image"); Nora, a pharmacist
("Leaving out the cubes"); Jamal, a Philadelphia basketball coach ("Yo", "on the court", "posted up"); Yusuf, a
Turkish shopkeeper in Berlin ("my friend", "is rubber or metal?"); Sharon, a Sydney netball mum ("Righto", "heaps");
Ken, a retired Ontario postal worker ("eh", "farthest over"). On the photo-like graphs: Lucía, a Mexican tourist
("What says the bus", "the señora in green", "which colour it has?"); Trevor, a Birmingham road-safety officer
("stood", "road surface"); Gemma, a wedding photographer ("the shot", "in terms of composition"); Mr Huang, a
retired Shanghai engineer practising his English ("How many vehicle", "behind of the bus", "both correct?"); Bev, a
Welsh school dinner lady ("bach", "mind"); Arjun, nine; Colette, a Quebec restaurant inspector ("it is in metal?",
"non?"); Dmitri, a Russian student dropping his articles ("How many plates there are on table?"); Keisha, a Baltimore
daycare worker ("we got", "them kids"); Oskar, a Danish dad; Rita, a Perth dog groomer ("Who's holding onto");
Father Michael, a parish priest ("enjoying the park", "folk"). On the drawing: Mr Lindqvist, a Swedish art teacher;
Priyanka, eleven; Hamza, an Egyptian engineering student ("Excluding the circles", "Which one is larger:"); Bonnie, a
Tennessee grandma ("hon", "ain't", "right smack in the middle"); Liam, a UX designer ("elements", "slot"); Chen Jie,
a Chinese exchange student ("How many red shape", "what colour it is?"); Marjorie, a speech therapist asking for a
small client ("We're practising our shape words"); and Ayo, a Lagos tailor ("Please, how many shapes are there in
all?", "bottom line").

Sentence shapes: bare and fronted questions ("Woman — in what colour is she dressed?", "Top row, second from the right:
colour?"), word orders of other languages ("How many are the cubes in this picture?", "Clock shows what time?",
"Bottle is standing left from white cup?"), unpunctuated dictation ("whats the thing furthest right what colour"),
tags ("true?", "no?", "non?", "eh", "ain't it?", "yes or no"), questions inside statements ("I wonder whether any of
the spheres is made of metal", "Kindly confirm whether ..."), comparisons said several ways ("outnumber", "fewer ...
than", "same quantity of", "bigger than ... and ... combined", "Between the star and the red circle, which one is
bigger?"), negatives and exceptions ("that aint red", "Leaving out the cubes", "Excluding the circles", "Other than the
white one", "Apart from the big gray cube", "Except the large blue cube itself"), and follow-ups that point back while
naming what they point at ("And the little red can", "And the one holding the black dog, what colour is she wearing?").

The questions cover counts (with conditions, negation, "either ... or", "together", "in all"), existence, an attribute
of one thing, yes/no checks of one value, two checks at once, comparisons of counts ("more", "fewer", "outnumber",
"the same number") and of attributes (same colour, size, shape or material), quantifiers ("all", "both", "any",
"most", "no"), exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs only their stated
relations: on, near, holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop chains,
superlatives and ordinals, other things sharing a value, which of two things is the bigger, a list of values, the
number of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and the
text on the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (5, 7, 11, 24, 26, 28,
29, 31, 41, 42, 43, 45, 46 and 47; one or two people to a scene), about 30% about the photo-like graphs (street,
kitchen, park) and 20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as
the person's other questions (prices and costs, opinions and tastes, what happens next, names and makers, the world
outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of
an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations
and attributes leave open. A which-side question is answered with the side; a "which is bigger" between two things is
asked only where their size classes differ, and answered with the word that tells the bigger one from the other (its
shape, or its colour where both are spheres). Answers are the graph's words (gray, not grey; sphere, not ball;
"green, red" for a list, most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag.
Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format and conventions), the first 5 lines of blind66.jsonl (for the line format), the
blind_gold.py and blind_helpers.py helpers it imports, and the scenes themselves (photo_scenes.json and the CLEVR val
scenes file), besides a listing of the blind folder's file names. No question was run through nsvr's parser, planner
or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind76.py`` to write ``../blind76.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import n, question_recorder, said_same, write_set, yes  # noqa: E402
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

OUT = Path(__file__).resolve().parents[1] / "blind76.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def drawn_others(p, anchor: str, attribute: str) -> list[str]:
    """The drawn shapes other than the anchor that share its value of ``attribute``."""
    return [o for o in p.objects if o != anchor and p.value(o, attribute) == p.value(anchor, attribute)]


def yellow_rectangle(p) -> str:
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 5: small cyan metal sph (front), large purple rubber sph, large brown metal sph, small purple rubber sph (far left), small red rubber cube (back), large brown metal cube, large blue rubber cube (far right), small green rubber cyl

# --- Kofi, a Ghanaian-born staff nurse in Leeds, on his break; courteous and brisk
C(
    "count",
    5,
    "Please, how many round ones are there? The balls, I mean.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "superlative",
    5,
    "Please, the ball that is furthest to the left, what colour is it?",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "color"),
)
C(
    "compare_count",
    5,
    "Are the shiny metal ones fewer than the rubber ones?",
    "lt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) < len(s.f(material="rubber"))),
)
C(
    "spatial",
    5,
    "How many objects are standing in front of the big blue cube?",
    "count(rel(u(f(sel(cube), size=large, color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="blue"))),
)
C(
    "same_attr",
    5,
    "Apart from the green cylinder itself, is there anything else in the picture that is green?",
    "exist(same_attr(u(sel(cylinder)), color))",
    lambda s: yes(bool(others(s, s.the(shape="cylinder"), "color"))),
)
C(
    "superlative",
    5,
    "Which one is closest to the back? Just the shape is fine.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
X(5, "Please, is this picture from one of those computer games my niece plays? Which game is it?")

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube (far left), large brown metal cube (front), small purple metal cyl (back), small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (far right)

# --- Brianna, a Minnesota mom of three
C(
    "count",
    7,
    "Oh for sure there's a bunch of cylinders in here. How many, ya think?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "exist",
    7,
    "Is there any green in this one at all?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "count",
    7,
    "And how many of those cylinders are the little ones?",
    "count(f(sel(cylinder), size=small))",
    lambda s: n(s.f(shape="cylinder", size="small")),
)
C(
    "superlative",
    7,
    "The one way out front, closest to me, what color is that?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_attr",
    7,
    "The two cyan cylinders, are those the same size then?",
    "same(f(sel(cylinder), color=cyan), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="cyan"), "size"),
)
C(
    "count",
    7,
    "Cubes and balls together, how many is that?",
    "count(union(sel(cube), sel(sphere)))",
    lambda s: n(s.f(shape=("cube", "sphere"))),
)

# --- Paolo, a retired barber from Naples
C(
    "count",
    7,
    "Good morning. How many are the cubes in this picture?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "verify",
    7,
    "The big yellow cube, it is of metal, true?",
    "verify(u(f(sel(cube), size=large, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="yellow"), "material") == "metal"),
)
C(
    "spatial",
    7,
    "How many things stay at the right of the red cube?",
    "count(rel(u(f(sel(cube), color=red)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="red"))),
)
C(
    "compare_attr",
    7,
    "The purple ball and the purple cylinder, they have the same material?",
    "same(u(f(sel(sphere), color=purple)), u(f(sel(cylinder), color=purple)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="purple"), "material")
        == s.a(s.the(shape="cylinder", color="purple"), "material")
    ),
)
C(
    "two_clause",
    7,
    "There is a gray cube and also a gray cylinder, both of them?",
    "and_(exist(f(sel(cube), color=gray)), exist(f(sel(cylinder), color=gray)))",
    lambda s: yes(bool(s.f(shape="cube", color="gray")) and bool(s.f(shape="cylinder", color="gray"))),
)
C(
    "superlative",
    7,
    "Counting from the back, the second object — which shape it has?",
    "q(ord(scene(), behind, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "shape"),
)
X(7, "In my shop I had a chair of this same red. How much would cost a cube like this one?")

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph (front), small gray metal cyl, small green rubber sph, large blue metal cube (back), large brown rubber sph, large brown metal cyl, small purple rubber sph (far left)

# --- Declan, sixteen, from Cork, doing his little sister's homework with her
C(
    "count",
    11,
    "How many brown things are there, like? There's loads of them.",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "negation",
    11,
    "And how many of the brown ones aren't balls?",
    "count(fn(f(scene(), color=brown), shape=sphere))",
    lambda s: n(lacking(s, s.f(color="brown"), shape="sphere")),
)
C(
    "attribute",
    11,
    "The big yellow ball, what's yer man made of?",
    "q(u(f(sel(sphere), size=large, color=yellow)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large", color="yellow"), "material"),
)
C(
    "superlative",
    11,
    "What shape is the thing furthest back, so?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "verify",
    11,
    "Is the purple ball the one that's furthest over to the left?",
    "verify(ord(scene(), left, 1), color, purple)",
    lambda s: yes(s.a(nth(s, s.all(), "left"), "color") == "purple"),
)
C(
    "compare_size",
    11,
    "Which is bigger, the purple ball or the yellow ball? She needs the colour of the bigger one.",
    "q(u(f(union(f(sel(sphere), color=purple), f(sel(sphere), color=yellow)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="purple"), s.the(shape="sphere", color="yellow"), "color"),
)

# --- Hyun-woo, a Korean statistics graduate student; exact
C(
    "count",
    11,
    "How many objects are made of rubber? I need the exact number.",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "compare_count",
    11,
    "Is the number of spheres bigger than the number of cylinders and cubes combined?",
    "gt(count(sel(sphere)), count(union(sel(cylinder), sel(cube))))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape=("cylinder", "cube")))),
)
C(
    "quantifier",
    11,
    "Are all of the cylinders made of metal, without exception?",
    "not_(exist(fn(sel(cylinder), material=metal)))",
    lambda s: every(s, s.f(shape="cylinder"), material="metal"),
)
C(
    "number",
    11,
    "How many distinct colors appear among the spheres?",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)
C(
    "chain",
    11,
    "For the small gray cylinder, consider the cube in front of it. What is the color of this cube?",
    "q(u(f(rel(u(f(sel(cylinder), size=small, color=gray)), front), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", size="small", color="gray"), "front", shape="cube"), "color"),
)
C(
    "same_attr",
    11,
    "Except the large blue cube itself, how many objects have the same material as it?",
    "count(same_attr(u(f(sel(cube), size=large, color=blue)), material))",
    lambda s: n(others(s, s.the(shape="cube", size="large", color="blue"), "material")),
)

# scene 24: small red metal cube, large red rubber cyl (front), large green metal cube (far right), small brown metal cyl (far left), large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph (back), large brown rubber cube, small gray rubber cube

# --- Jolene, an Alabama church secretary
C(
    "count",
    24,
    "Well, hey there. How many red items have we got in this picture, sugar?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_attr",
    24,
    "Now those two red balls, are they the same size as one another?",
    "same(f(sel(sphere), color=red), size)",
    lambda s: alike(s, s.f(shape="sphere", color="red"), "size"),
)
C(
    "count",
    24,
    "How many cubes would you say there are, all told?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "verify",
    24,
    "Is that big green box made out of metal?",
    "verify(u(f(sel(cube), size=large, color=green)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="green"), "material") == "metal"),
)
C(
    "position",
    24,
    "The little brown cylinder, is it sittin' on the left-hand side of the picture or the right?",
    "choose(u(f(sel(cylinder), size=small, color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="small", color="brown")),
)
X(24, "Would these make nice decorations for the Fellowship Hall, do you think?")

# --- Tariq, a London delivery rider dictating into his phone
C(
    "count",
    24,
    "yeah so how many of them are shiny like metal",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "spatial",
    24,
    "how many things are behind the big red cylinder then",
    "count(rel(u(f(sel(cylinder), size=large, color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="large", color="red"))),
)
C(
    "superlative",
    24,
    "whats the thing furthest right what colour",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "negation",
    24,
    "how many cubes are there that aint red",
    "count(fn(sel(cube), color=red))",
    lambda s: n(lacking(s, s.f(shape="cube"), color="red")),
)
C(
    "compare_size",
    24,
    "is the yellow cube bigger than the brown cube",
    "larger(u(f(sel(cube), color=yellow)), u(f(sel(cube), color=brown)))",
    lambda s: larger(s, s.the(shape="cube", color="yellow"), s.the(shape="cube", color="brown")),
)
C(
    "list",
    24,
    "what colours do the cubes come in",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)

# scene 26: large brown metal cyl (far left), large green metal sph, small purple metal cube (front), large cyan metal sph, small green metal cyl (back), small purple rubber cube, small green metal sph, large green metal cyl

# --- Ruth, a chartered accountant who numbers her queries
C(
    "count",
    26,
    "First item: how many green objects are there in total?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "exist",
    26,
    "Second: is anything in there not made of metal?",
    "exist(fn(scene(), material=metal))",
    lambda s: yes(bool(lacking(s, s.all(), material="metal"))),
)
C(
    "attribute",
    26,
    "Third: what colour is the one rubber object?",
    "q(u(f(scene(), material=rubber)), color)",
    lambda s: s.a(only(s.f(material="rubber")), "color"),
)
C(
    "compare_attr",
    26,
    "The two purple cubes: same material, yes or no?",
    "same(f(sel(cube), color=purple), material)",
    lambda s: alike(s, s.f(shape="cube", color="purple"), "material"),
)
C(
    "quantifier",
    26,
    "Would it be accurate to say most of the objects are metal?",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: most([s.a(i, "material") == "metal" for i in s.all()]),
)
C(
    "superlative",
    26,
    "Which object is furthest forward? Its shape, please.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
X(26, "For depreciation purposes, what would the useful life of objects like these be?")

# scene 28: large red metal cyl (front), small red rubber cyl (right), large purple rubber cyl (back), small brown metal sph (left)

# --- Walt, a retired Iowa farmer
C(
    "count",
    28,
    "How many of them cans are there? The cylinder kind.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    28,
    "That little round fella, what color's he?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "compare_size",
    28,
    "Which is bigger, the purple can or the little ball?",
    "q(u(f(union(f(sel(cylinder), color=purple), sel(sphere)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="purple"), s.the(shape="sphere")),
)
C(
    "compare_attr",
    28,
    "Are both the red ones made of the same stuff?",
    "same(f(scene(), color=red), material)",
    lambda s: alike(s, s.f(color="red"), "material"),
)
C(
    "spatial",
    28,
    "Anything settin' behind the big red can?",
    "exist(rel(u(f(sel(cylinder), size=large, color=red)), behind))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="cylinder", size="large", color="red")))),
)
C(
    "position",
    28,
    "And the little red can, which side of the picture's he on?",
    "choose(u(f(sel(cylinder), size=small, color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="small", color="red")),
)
X(28, "What'd a feller pay for a set of these at the farm auction, you figure?")

# scene 29: large cyan metal sph (back), large cyan rubber cyl, large red metal cyl (left), small brown rubber sph

# --- Aisha, twelve, from Manchester
C(
    "count",
    29,
    "how many things are in this picture altogether? there's not many",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "compare_count",
    29,
    "are there more big things than small things",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "attribute",
    29,
    "the small ball is it rubber or metal?",
    "choose(u(f(sel(sphere), size=small)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="sphere", size="small"), "material"),
)
C(
    "compare_attr",
    29,
    "are the two cyan things made of the same stuff",
    "same(f(scene(), color=cyan), material)",
    lambda s: alike(s, s.f(color="cyan"), "material"),
)
C(
    "spatial",
    29,
    "is the red cylinder in front of the cyan cylinder",
    "exist(f(rel(u(f(sel(cylinder), color=cyan)), front), color=red, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "red"}, "front", {"shape": "cylinder", "color": "cyan"}),
)
C(
    "superlative",
    29,
    "which thing is furthest to the right, what shape is it",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
X(29, "my teacher says a computer made these, which computer program was it")

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl (back), small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph (far left), small brown rubber cyl

# --- Pierre, a French pastry chef
C(
    "count",
    31,
    "Bonjour. How many spheres there are in this image?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    31,
    "The only cube, of which colour is it?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_attr",
    31,
    "The two blue spheres, they are of the same size?",
    "same(f(sel(sphere), color=blue), size)",
    lambda s: alike(s, s.f(shape="sphere", color="blue"), "size"),
)
C(
    "compare_size",
    31,
    "Which is the bigger one, the green cylinder or the purple cube?",
    "q(u(f(union(f(sel(cylinder), color=green), f(sel(cube), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="green"), s.the(shape="cube", color="purple")),
)
C(
    "spatial",
    31,
    "How many objects are placed behind the gray sphere?",
    "count(rel(u(f(sel(sphere), color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="gray"))),
)
X(
    31,
    "In my pâtisserie I would make these spheres in chocolate. Which brand of chocolate is the best for this, in your opinion?",
)

# --- Kayla, a nursing student
C(
    "count",
    31,
    "ok so like how many of these are small?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "negation",
    31,
    "how many cylinders are there that aren't cyan",
    "count(fn(sel(cylinder), color=cyan))",
    lambda s: n(lacking(s, s.f(shape="cylinder"), color="cyan")),
)
C(
    "verify",
    31,
    "is the thing all the way in the back a cylinder?",
    "verify(ord(scene(), behind, 1), shape, cylinder)",
    lambda s: yes(s.a(nth(s, s.all(), "behind"), "shape") == "cylinder"),
)
C(
    "quantifier",
    31,
    "wait are all the big ones metal?",
    "not_(exist(fn(f(scene(), size=large), material=metal)))",
    lambda s: every(s, s.f(size="large"), material="metal"),
)
C(
    "same_attr",
    31,
    "how many other things are the same colour as the yellow ball",
    "count(same_attr(u(f(sel(sphere), color=yellow)), color))",
    lambda s: n(others(s, s.the(shape="sphere", color="yellow"), "color")),
)
C(
    "superlative",
    31,
    "which ball is the furthest left? what colour",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "color"),
)
C(
    "two_clause",
    31,
    "is the cube purple and is it rubber",
    "and_(verify(u(sel(cube)), color, purple), verify(u(sel(cube)), material, rubber))",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "purple" and s.a(s.the(shape="cube"), "material") == "rubber"),
)

# scene 41: small yellow metal cyl, small purple rubber cyl (front), large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph (back), large blue metal sph, large cyan metal cyl (far right), large blue metal cube, small yellow rubber sph

# --- Mateo, an Argentine football fan
C(
    "count",
    41,
    "Che, how many cylinders you can see here?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_count",
    41,
    "There is the same quantity of big and small ones, no?",
    "eq(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) == len(s.f(size="small"))),
)
C(
    "attribute",
    41,
    "The cube, which colour is? I think there is only one cube.",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "spatial",
    41,
    "The blue ball — how many things are more to the right of him?",
    "count(rel(u(f(sel(sphere), color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="blue"))),
)
C(
    "superlative",
    41,
    "Who is the most in front of all? Tell me the colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(41, "This blue ball, it has the colours of Racing or of Boca? Which team is the best, tell me the truth.")

# --- Geraldine, a retired librarian; asks inside polite statements
C(
    "exist",
    41,
    "I wonder whether any of the spheres is made of metal?",
    "exist(f(sel(sphere), material=metal))",
    lambda s: yes(bool(s.f(shape="sphere", material="metal"))),
)
C(
    "count",
    41,
    "How many objects are either yellow or spheres, counting each object only once?",
    "count(union(f(scene(), color=yellow), sel(sphere)))",
    lambda s: n(set(s.f(color="yellow")) | set(s.f(shape="sphere"))),
)
C(
    "compare_attr",
    41,
    "Would you tell me whether the two yellow cylinders are the same size?",
    "same(f(sel(cylinder), color=yellow), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="yellow"), "size"),
)
C(
    "chain",
    41,
    "To the right of the cube there is a cylinder, and in front of that cylinder there is a sphere. I should be glad to know the sphere's colour.",
    "q(u(f(rel(u(f(rel(u(sel(cube)), right), shape=cylinder)), front), shape=sphere)), color)",
    lambda s: s.a(hop(s, hop(s, s.the(shape="cube"), "right", shape="cylinder"), "front", shape="sphere"), "color"),
)
C(
    "superlative",
    41,
    "The object second from the left: what is it made of, please?",
    "q(ord(scene(), left, 2), material)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "material"),
)
C(
    "list",
    41,
    "Could you list the colours of the cylinders for me?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
X(41, "Who designed these objects? I should like to look the author up in the catalogue.")

# scene 42: small yellow rubber sph, small gray rubber cyl (back), small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph (far left), large yellow metal sph (front)

# --- Dev, an IT-support engineer in Bangalore
C(
    "count",
    42,
    "Hi, how many blue objects are present in the image?",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "verify",
    42,
    "Kindly confirm whether the big yellow sphere is metallic.",
    "verify(u(f(sel(sphere), size=large, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="yellow"), "material") == "metal"),
)
C(
    "compare_count",
    42,
    "Cylinders are more in number than cubes, correct?",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)
C(
    "position",
    42,
    "The small blue sphere is on the left side or the right side of the image?",
    "choose(u(f(sel(sphere), size=small, color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="blue")),
)
C(
    "spatial",
    42,
    "How many items are there in front of the gray cube?",
    "count(rel(u(f(sel(cube), color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="gray"))),
)
C(
    "number",
    42,
    "What is the total number of different colours used here?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
X(42, "Which software has generated this image, and what is the licence cost for it?")

# scene 43: large yellow metal cube, large cyan metal sph (far right), small blue metal cyl (front), small cyan metal sph, large blue metal cube, large green rubber cube (back), large gray rubber sph (far left), small cyan rubber sph

# --- Nora, a pharmacist
C(
    "count",
    43,
    "How many of the spheres are cyan?",
    "count(f(sel(sphere), color=cyan))",
    lambda s: n(s.f(shape="sphere", color="cyan")),
)
C(
    "compare_attr",
    43,
    "Are the cyan spheres all one size?",
    "same(f(sel(sphere), color=cyan), size)",
    lambda s: alike(s, s.f(shape="sphere", color="cyan"), "size"),
)
C(
    "negation",
    43,
    "Leaving out the cubes, how many objects are metal?",
    "count(fn(f(scene(), material=metal), shape=cube))",
    lambda s: n(lacking(s, s.f(material="metal"), shape="cube")),
)
C(
    "attribute",
    43,
    "What is the cylinder made of?",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "superlative",
    43,
    "Which cube sits furthest back? Colour, please.",
    "q(ord(sel(cube), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "behind"), "color"),
)
C(
    "position",
    43,
    "Is the gray sphere on the left of the picture or on the right?",
    "choose(u(f(sel(sphere), color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="gray")),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph (front), large cyan rubber sph (back), small yellow metal cyl (far left)

# --- Jamal, a Philadelphia high-school basketball coach
C("count", 45, "Yo, how many balls on the court?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "quantifier",
    45,
    "They all big balls, every one of 'em?",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: every(s, s.f(shape="sphere"), size="large"),
)
C(
    "compare_size",
    45,
    "Which is bigger, the red ball or the red cube?",
    "q(u(f(union(f(sel(sphere), color=red), f(sel(cube), color=red)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="red"), s.the(shape="cube", color="red")),
)
C(
    "superlative",
    45,
    "Who's posted up furthest back? Gimme the color.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    45,
    "How many pieces are over to the left of the gray ball?",
    "count(rel(u(f(sel(sphere), color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="gray"))),
)
C(
    "same_attr",
    45,
    "How many other pieces got the same material as the yellow cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=yellow)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", color="yellow"), "material")),
)
X(45, "Which one of these would bounce the highest on a hardwood floor?")

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph (back), large cyan rubber cyl, small green rubber sph (far left), small purple metal sph (far right), large red rubber cube (front), small purple rubber cube

# --- Yusuf, a Turkish shopkeeper in Berlin
C(
    "count",
    46,
    "How many spheres there are, my friend?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    46,
    "The two purple things — same shape or different?",
    "worded(same(f(scene(), color=purple), shape), [same, different])",
    lambda s: said_same(alike(s, s.f(color="purple"), "shape")),
)
C(
    "attribute",
    46,
    "The big red cube is rubber or metal?",
    "choose(u(f(sel(cube), size=large, color=red)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cube", size="large", color="red"), "material"),
)
C(
    "count",
    46,
    "How many things are small and also made of metal?",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "chain",
    46,
    "Next to the small red sphere, on its right, there is one more sphere. Which colour is that one?",
    "q(u(f(rel(u(f(sel(sphere), size=small, color=red)), right), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="small", color="red"), "right", shape="sphere"), "color"),
)
C(
    "superlative",
    46,
    "Which one is most on the left? Which colour?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "quantifier",
    46,
    "Apart from the big gray cube, all the metal things are small, yes?",
    "not_(exist(fn(diff(f(scene(), material=metal), f(sel(cube), size=large, color=gray)), size=small)))",
    lambda s: every(
        s,
        [i for i in s.f(material="metal") if i != s.the(shape="cube", size="large", color="gray")],
        size="small",
    ),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (far right), small blue rubber cyl (back), small purple metal cube, small yellow metal sph (far left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph (front)

# --- Sharon, a Sydney netball mum
C(
    "count",
    47,
    "Righto, how many cubes have we got? Heaps of them by the look of it.",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    47,
    "Are the two yellow balls the same size or not?",
    "same(f(sel(sphere), color=yellow), size)",
    lambda s: alike(s, s.f(shape="sphere", color="yellow"), "size"),
)
C(
    "count",
    47,
    "How many purple ones are there?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "verify",
    47,
    "Is the big blue cube a rubber one?",
    "verify(u(f(sel(cube), size=large, color=blue)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", size="large", color="blue"), "material") == "rubber"),
)
C(
    "spatial",
    47,
    "Is the little red cylinder behind the big blue cube?",
    "exist(f(rel(u(f(sel(cube), size=large, color=blue)), behind), size=small, color=red, shape=cylinder))",
    lambda s: is_rel(
        s,
        {"shape": "cylinder", "size": "small", "color": "red"},
        "behind",
        {"shape": "cube", "size": "large", "color": "blue"},
    ),
)
C(
    "exist",
    47,
    "Anything green in there at all?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)

# --- Ken, a retired Ontario postal worker
C(
    "negation",
    47,
    "How many objects are not cubes, eh?",
    "count(fn(scene(), shape=cube))",
    lambda s: n(lacking(s, s.all(), shape="cube")),
)
C(
    "compare_count",
    47,
    "Are there fewer metal things than rubber things?",
    "lt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) < len(s.f(material="rubber"))),
)
C(
    "superlative",
    47,
    "What's the object farthest over on the right? What shape?",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "chain",
    47,
    "Left of the big yellow ball there's a cylinder, and left of that cylinder there's a ball. What's that ball made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=large, color=yellow)), left), shape=cylinder)), left), shape=sphere)), material)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", size="large", color="yellow"), "left", shape="cylinder"),
            "left",
            shape="sphere",
        ),
        "material",
    ),
)
C(
    "superlative",
    47,
    "What colour is the cube closest to the front?",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "color"),
)
C(
    "two_clause",
    47,
    "Is there a red cylinder and a red cube both, eh?",
    "and_(exist(f(sel(cylinder), color=red)), exist(f(sel(cube), color=red)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="red")) and bool(s.f(shape="cube", color="red"))),
)
X(47, "How much would the postage be to ship all of these up to Thunder Bay?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Lucía, a Mexican tourist
P(
    "text",
    "street",
    "What says the bus on the side? It is in Spanish, no?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("count", "street", "How many persons are in the street?", "count(sel(person))", lambda p: n(people(p)))
P(
    "attribute",
    "street",
    "The dog, which colour it has?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "spatial",
    "street",
    "The señora in green is holding the dog?",
    "exist(f(rel(u(sel(dog)), holding, name=woman), color=green))",
    lambda p: yes(any(p.value(o, "color") == "green" for o in named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
P(
    "compare_attr",
    "street",
    "The bus and the car, they are of the same colour?",
    "same(u(sel(bus)), u(sel(car)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("car"), "color")),
)
X("street", "This street is in Madrid or in Barcelona? I want to go there.")

# --- Trevor, a Birmingham road-safety officer
P(
    "text",
    "street",
    "What's painted on the road surface there?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "text",
    "street",
    "And what does the sign say, exactly?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "where",
    "street",
    "Which side of the bus is the car on, left or right?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P(
    "count",
    "street",
    "How many pedestrians have got a tie on?",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "spatial",
    "street",
    "Is there anybody stood in front of the bus?",
    "exist(rel(u(sel(bus)), front))",
    lambda p: yes(bool([o for o in p.subjects("front", p.the("bus")) if o in people(p)])),
)
P(
    "spatial",
    "street",
    "Is there a man stood to the right of the bus?",
    "vrel(u(sel(bus)), right, name=man)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "man"))),
)

# --- Gemma, a wedding photographer
P(
    "position",
    "street",
    "In terms of composition, where's the tree — top of the frame or bottom?",
    "choose(u(sel(tree)), vposition, [top, bottom])",
    lambda p: p.value(p.the("tree"), "vposition"),
)
P(
    "superlative",
    "street",
    "Who's on the far left of the shot?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "chain",
    "street",
    "What colour is the tie on the man in white?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "compare_attr",
    "street",
    "Are the two men dressed in the same colour?",
    "same(sel(man), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("man")}) == 1),
)
P(
    "number",
    "street",
    "The vehicles in the shot, how many different colours are they between them?",
    "nvalues(sel(vehicle), color)",
    lambda p: colour_count(p, p.f(("bus", "car"))),
)
X("street", "Would this one look better in black and white, honestly?")

# --- Mr Huang, a retired Shanghai engineer practising his English
P(
    "count",
    "street",
    "How many vehicle in this street? Bus and car, both count.",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "verify",
    "street",
    "The bus is red colour, right?",
    "verify(u(sel(bus)), color, red)",
    lambda p: yes(p.value(p.the("bus"), "color") == "red"),
)
P(
    "spatial",
    "street",
    "The tree is behind of the bus?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "compare_count",
    "street",
    "Men are more than women here?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P("exist", "street", "Is there any cat in the street?", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "two_clause",
    "street",
    "The sign is red and the car is white, both correct?",
    "and_(verify(u(sel(sign)), color, red), verify(u(sel(car)), color, white))",
    lambda p: yes(p.value(p.the("sign"), "color") == "red" and p.value(p.the("car"), "color") == "white"),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Bev, a Welsh school dinner lady
P("count", "kitchen", "How many cups have been put out then, bach?", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "text",
    "kitchen",
    "What's written on the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "verify",
    "kitchen",
    "Is the plate white? Looks white from here, mind.",
    "verify(u(sel(plate)), color, white)",
    lambda p: yes(p.value(p.the("plate"), "color") == "white"),
)
P(
    "negation",
    "kitchen",
    "Other than the white one, how many cups are there?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "attribute",
    "kitchen",
    "What's the table made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
X("kitchen", "Is that water fizzy or still, d'you know?")

# --- Arjun, nine
P(
    "text",
    "kitchen",
    "what time does the clock say",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "superlative",
    "kitchen",
    "which cup is the furthest right what colour is it",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P("exist", "kitchen", "is there a spoon", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
P(
    "spatial",
    "kitchen",
    "is the fork next to the plate",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("plate")), "fork"))),
)
P(
    "count",
    "kitchen",
    "how many things are on the table",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
X("kitchen", "is the lady the mum and is she going to make lunch now")

# --- Colette, a Quebec restaurant inspector
P(
    "number",
    "kitchen",
    "The cups, how many different colours do they have?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "verify",
    "kitchen",
    "The fork, it is in metal?",
    "verify(u(sel(fork)), material, metal)",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal"),
)
P(
    "spatial",
    "kitchen",
    "The woman is standing to the right of the table, yes?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "spatial",
    "kitchen",
    "The clock is hanging above the table, non?",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "chain",
    "kitchen",
    "What colour is the cup just on the right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "compare_attr",
    "kitchen",
    "The clock and the plate, are they the same colour?",
    "same(u(sel(clock)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("clock"), "color") == p.value(p.the("plate"), "color")),
)
X("kitchen", "Does this kitchen respect the hygiene code? Would it pass my inspection?")

# --- Dmitri, a Russian student
P(
    "count",
    "kitchen",
    "How many plates there are on table?",
    "count(rel(u(sel(table)), on, name=plate))",
    lambda p: n(named(p, on_table(p), "plate")),
)
P(
    "superlative",
    "kitchen",
    "Second cup from left — what is its colour?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "spatial",
    "kitchen",
    "Bottle is standing left from white cup?",
    "vrel(u(f(sel(cup), color=white)), left, name=bottle)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("cup", color="white")), "bottle"))),
)
P("text", "kitchen", "Clock shows what time?", "q(u(sel(clock)), text)", lambda p: p.value(p.the("clock"), "text"))
P(
    "attribute",
    "kitchen",
    "Woman — in what colour is she dressed?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "chain",
    "kitchen",
    "What thing is lying near to plate?",
    "q(u(rel(u(sel(plate)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("plate")))),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Keisha, a Baltimore daycare worker
P("count", "park", "How many kids we got out here?", "count(sel(child))", lambda p: n(children(p)))
P(
    "attribute",
    "park",
    "What color is the little boy wearing?",
    "q(u(sel(boy)), color)",
    lambda p: p.value(p.the("boy"), "color"),
)
P(
    "chain",
    "park",
    "What color's the thing the boy is throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "spatial",
    "park",
    "Is the little girl near the white dog?",
    "vrel(u(f(sel(dog), color=white)), near, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "near", p.the("dog", color="white"))),
)
P(
    "compare_count",
    "park",
    "Are there more grown-ups than kids out there?",
    "gt(count(union(sel(man), sel(woman))), count(sel(child)))",
    lambda p: yes(len(p.f(("man", "woman"))) > len(children(p))),
)
X("park", "Are them kids supposed to be out there without their jackets on?")

# --- Oskar, a Danish dad
P("count", "park", "How many bicycles can you see?", "count(sel(bicycle))", lambda p: n(p.f("bicycle")))
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
    "Who is standing near the bicycle?",
    "q(u(rel(u(sel(bicycle)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle")))),
)
P(
    "superlative",
    "park",
    "Which person is standing the most to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "verify",
    "park",
    "The bench is green, right?",
    "verify(u(sel(bench)), color, green)",
    lambda p: yes(p.value(p.the("bench"), "color") == "green"),
)
P(
    "two_clause",
    "park",
    "Is the bench made of wood, and is it to the left of the bicycle?",
    "and_(verify(u(sel(bench)), material, wood), vrel(u(sel(bicycle)), left, name=bench))",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood" and p.has(p.the("bench"), "left", p.the("bicycle"))),
)

# --- Rita, a Perth dog groomer
P("count", "park", "How many dogs have we got?", "count(sel(dog))", lambda p: n(p.f("dog")))
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
    "Who's holding onto the black dog?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "chain",
    "park",
    "And the one holding the black dog, what colour is she wearing?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), color)",
    lambda p: p.value(only(p.subjects("holding", p.the("dog", color="black"))), "color"),
)
P(
    "position",
    "park",
    "The white dog, is it on the left of the picture or the right?",
    "choose(u(f(sel(dog), color=white)), hposition, [left, right])",
    lambda p: p.value(p.the("dog", color="white"), "hposition"),
)
X("park", "What breed would you say the black one is?")

# --- Father Michael, a parish priest
P("count", "park", "How many people are enjoying the park today?", "count(sel(person))", lambda p: n(people(p)))
P("count", "park", "How many of them are ladies?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "spatial",
    "park",
    "Is the lady in red to the left of the boy?",
    "exist(f(rel(u(sel(boy)), left, name=woman), color=red))",
    lambda p: yes(p.has(p.the("woman", color="red"), "left", p.the("boy"))),
)
P(
    "position",
    "park",
    "The tree behind the lady in red — which side of the picture is it on?",
    "choose(u(rel(u(f(sel(woman), color=red)), behind)), hposition, [left, right])",
    lambda p: p.value(only(p.subjects("behind", p.the("woman", color="red"))), "hposition"),
)
P(
    "number",
    "park",
    "Among the folk in the park, how many colours of clothing can you make out?",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
P(
    "list",
    "park",
    "What colours are the dogs?",
    "values(sel(dog), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("dog")),
)
X("park", "Is it a Sunday, do you think? Ought they not to be at Mass?")


# =================================================================================================================
# the drawing of flat shapes
# =================================================================================================================

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Mr Lindqvist, a Swedish art teacher
P("count", "shapes", "How many shapes are blue?", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P(
    "number",
    "shapes",
    "How many colours does the drawing use?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "position",
    "shapes",
    "What shape is in the upper left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Do the square and the hexagon have the same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "superlative",
    "shapes",
    "Which shape is furthest to the right in the top row?",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)
X("shapes", "Is this drawing inspired by Kandinsky? What was the artist thinking?")

# --- Priyanka, eleven
P("count", "shapes", "how many circles are there in the picture?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "compare_size",
    "shapes",
    "is the red circle bigger than the blue circle?",
    "larger(u(f(sel(circle), color=red)), u(f(sel(circle), color=blue)))",
    lambda p: drawn_larger(p, p.the("circle", color="red"), p.the("circle", color="blue")),
)
P(
    "attribute",
    "shapes",
    "what colour is the square?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)
P(
    "exist",
    "shapes",
    "is there an orange shape anywhere?",
    "exist(f(scene(), color=orange))",
    lambda p: yes(bool(p.f(color="orange"))),
)
P(
    "quantifier",
    "shapes",
    "are all the circles blue?",
    "not_(exist(fn(sel(circle), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f("circle"))),
)
P(
    "count",
    "shapes",
    "how many of the blue shapes are small ones?",
    "count(f(scene(), color=blue, size=small))",
    lambda p: n(p.f(color="blue", size="small")),
)

# --- Hamza, an Egyptian engineering student
P(
    "negation",
    "shapes",
    "Excluding the circles, how many shapes remain?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "compare_count",
    "shapes",
    "Are the small shapes more than the large shapes?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, which shape is the first one from the right?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Which one is larger: the yellow rectangle or the hexagon?",
    "q(u(f(union(f(sel(rectangle), color=yellow), sel(hexagon)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, yellow_rectangle(p), p.the("hexagon")),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes have the same size as the triangle?",
    "count(same_attr(u(sel(triangle)), size))",
    lambda p: n(drawn_others(p, p.the("triangle"), "size")),
)
X("shapes", "Is this the logo of some company? Which company is it?")

# --- Bonnie, a Tennessee grandma doing puzzles with the grandkids
P(
    "count",
    "shapes",
    "How many little shapes are there, hon?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "verify",
    "shapes",
    "That hexagon down at the bottom, it's blue, ain't it?",
    "verify(u(sel(hexagon)), color, blue)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "blue"),
)
P(
    "position",
    "shapes",
    "What's sittin' right smack in the middle of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "list",
    "shapes",
    "What colors are the big shapes?",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "negation",
    "shapes",
    "How many of the shapes ain't blue?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
X("shapes", "Would this make a nice birthday card for my grandson, you reckon?")

# --- Liam, a UX designer
P(
    "count",
    "shapes",
    "How many elements sit in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "position",
    "shapes",
    "What's in the top-middle slot?",
    "q(u(f(scene(), hposition=middle, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="top"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Same number of large and small elements?",
    "eq(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda p: yes(len(p.f(size="large")) == len(p.f(size="small"))),
)
P(
    "two_clause",
    "shapes",
    "Is the triangle green, and is it one of the large ones?",
    "and_(verify(u(sel(triangle)), color, green), verify(u(sel(triangle)), size, large))",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green" and p.value(p.the("triangle"), "size") == "large"),
)
P(
    "superlative",
    "shapes",
    "Top row, second from the right: colour?",
    "q(ord(f(scene(), vposition=top), right, 2), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "color"),
)
P(
    "same_attr",
    "shapes",
    "Does any other element share the star's colour?",
    "exist(same_attr(u(sel(star)), color))",
    lambda p: yes(bool(drawn_others(p, p.the("star"), "color"))),
)

# --- Chen Jie, a Chinese exchange student
P(
    "count",
    "shapes",
    "How many red shape in the picture?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "attribute",
    "shapes",
    "The rectangle in the bottom left, what colour it is?",
    "q(u(f(sel(rectangle), hposition=left, vposition=bottom)), color)",
    lambda p: p.value(
        only([o for o in rectangles(p) if p.value(o, "hposition") == "left" and p.value(o, "vposition") == "bottom"]),
        "color",
    ),
)
P(
    "verify",
    "shapes",
    "The circle in the middle is small, yes?",
    "verify(u(f(sel(circle), vposition=middle)), size, small)",
    lambda p: yes(p.value(p.the("circle", vposition="middle"), "size") == "small"),
)
P(
    "compare_attr",
    "shapes",
    "Triangle and star, same size or not same?",
    "same(u(sel(triangle)), u(sel(star)), size)",
    lambda p: yes(p.value(p.the("triangle"), "size") == p.value(p.the("star"), "size")),
)
P(
    "list",
    "shapes",
    "Blue shapes, what shapes are they? Please tell all.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
X("shapes", "Who draw this picture? What is his name?")

# --- Marjorie, a speech therapist asking on behalf of a small client
P(
    "count",
    "shapes",
    "We're practising our shape words today. How many squares are there?",
    "count(sel(square))",
    lambda p: n(p.f("square")),
)
P(
    "attribute",
    "shapes",
    "Can you tell us what colour the big circle is?",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "position",
    "shapes",
    "Is the triangle up at the top of the picture or down at the bottom?",
    "choose(u(sel(triangle)), vposition, [top, bottom])",
    lambda p: p.value(p.the("triangle"), "vposition"),
)
P("exist", "shapes", "Is there a star in the picture?", "exist(sel(star))", lambda p: yes(bool(p.f("star"))))
P(
    "compare_count",
    "shapes",
    "Are there more circles than stars?",
    "gt(count(sel(circle)), count(sel(star)))",
    lambda p: yes(len(p.f("circle")) > len(p.f("star"))),
)
X("shapes", "What sound does a star make? He says it goes 'twinkle'!")

# --- Ayo, a tailor in Lagos
P("count", "shapes", "Please, how many shapes are there in all?", "count(scene())", lambda p: n(p.objects))
P(
    "superlative",
    "shapes",
    "Which one is first from the left in the bottom line?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
P(
    "verify",
    "shapes",
    "Is the shape at the bottom right a hexagon?",
    "verify(u(f(scene(), hposition=right, vposition=bottom)), shape, hexagon)",
    lambda p: yes(p.value(p.the(hposition="right", vposition="bottom"), "shape") == "hexagon"),
)
P(
    "count",
    "shapes",
    "How many shapes are on the left side?",
    "count(f(scene(), hposition=left))",
    lambda p: n(p.f(hposition="left")),
)
P(
    "compare_size",
    "shapes",
    "Between the star and the red circle, which one is bigger?",
    "q(u(f(union(sel(star), f(sel(circle), color=red)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("star"), p.the("circle", color="red")),
)
P(
    "exist",
    "shapes",
    "Is any of the small shapes green?",
    "exist(f(scene(), size=small, color=green))",
    lambda p: yes(bool(p.f(size="small", color="green"))),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
