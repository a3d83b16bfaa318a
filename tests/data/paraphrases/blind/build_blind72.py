# ruff: noqa: E501
"""Blind paraphrase set 72: an eighteenth fresh crowd with no common theme. About forty ordinary people, each imagined
once and kept in character for five to seven questions about one picture, typing to a picture-question app the way
people actually do: mostly plain everyday English, some long and rambling, some a few words, the odd typo, fragment or
missing question mark, and no stock catchphrases.

The cast. On the CLEVR pictures: Bernadette, a school secretary from Cork helping her nephew with a college task, who
explains herself at length; Tyler, fifteen, in Ohio, all lowercase; Ramón, a night-shift pharmacist in Phoenix who has
been up all night; Dev, who runs a corner shop in Leicester ("mate", "grey"); Ingrid, a Swedish systems administrator
whose English is careful and a little stiff ("Which colour has the object ..."); Mo, a London delivery driver typing
between drops; Janet, a court stenographer in Ohio who writes full formal sentences ("Please state ..."); Oluwaseun, a
Lagos secondary-school student revising for exams ("Please how many ...", "State its shape"); Graham, a sheep farmer
from Powys; Pearl, seventy-nine, a Jamaican grandmother in Brixton; Ahmed, a Cairo taxi driver with Arabic-shaped
English ("it is on left side of picture or right side?"); Chloe, a physiotherapist in Brisbane; Benji, eight, with his
dad nearby; Hannelore, a retired Austrian piano teacher; Marcus, an insurance claims adjuster who works down a list;
Fern, a colour-blind gardener who warns the app about it; Kenji, a graduate student from Osaka studying in Toronto;
Lorraine, a hospital porter in Leeds ("What's sat right at the front?"); Dale, a long-haul truck driver from South
Australia; Sunita, a chartered accountant; Tomasz, a Polish plumber in Dublin ("How many spheres is ...", "which
colour is?"); Maribel, a Filipino nurse in Manchester; and Hank, a retired postman in Maine, dry and brief ("ain't",
"that right?"). On the photo-like graphs: Joy, a driving instructor in Croydon; Abdi, a Somali student in Minneapolis
still learning English ("How many man are ...", "what she is holding?"); Wes, a night security guard going through a
camera still; Isabela, nine; Nkechi, a Nigerian mum in Houston; Bill, a widower teaching himself to cook; Anjali, an
occupational therapist looking over a kitchen; Sven, a Danish furniture restorer; Delroy, a Saturday parkrun
volunteer; Meg, a childminder; Yusuf, a Turkish pensioner in Berlin ("The black dog, somebody holds it?"); and Hayley,
a teenage babysitter texting. On the drawing: Lucy, seven; Arjun, a CAD draughtsman in Pune ("Kindly give the count
of ..."); Glenys, a classroom assistant in Swansea; Brian, a retired plasterer doing brain-training puzzles; Soo-ah, a
Korean mum teaching her toddler his shapes; Rob, a dyslexic joiner whose spelling wanders ("sqaures", "triangel",
"rigth", "evry"); Hamid, an Afghan newcomer learning English words for shapes ("how we call it?"); and Dr Lindqvist,
an eye doctor who reads the drawing like a vision chart.

Sentence shapes: long explanations with the question in the middle ("He says it was made on a computer ..."), bare
fragments ("how many cubes", "whats at the very front, just the shape"), fronted topics ("The big cylinder, what
colour it is?", "The frisbee, in which colour?"), tags ("yeah?", "that right?", "isn't she?", "ba?"), questions
wrapped in requests ("Please state the number of ...", "Start me off with a count of ...", "Kindly give the count of
..."), typos and dropped apostrophes ("whats", "wat colour", "triangel biger then"), comparisons said several ways
("more ... than ... combined", "same number of ... as", "fewer ... than", "bigger", "larger"), exceptions and negatives
("besides the cylinder", "not counting the gray one", "neither red nor metal", "that aren't white", "that ain't
yellow", "apart from the ball"), and chains told as a little walk ("Take the gray cylinder. Behind it there is a cube
...").

The questions cover counts (with conditions, "besides", "not counting", "neither ... nor", "either ... or",
"combined"), existence, an attribute of one thing, yes/no checks of one value, two checks at once, comparisons of
counts ("more", "fewer", "as many as", "the same number") and of attributes (same colour, size, shape or material),
quantifiers ("all", "every", "both", "any", "most of"), exceptions, relations (left, right, in front, behind on CLEVR;
on the photo graphs only their stated relations: on, near, holding, wearing, throwing, above, behind, left, right, in
front), one- and two-hop chains, superlatives and ordinals, other things sharing a value, which of two things is the
bigger, lists of values, the number of different colours, sides of a CLEVR picture, sides, rows and corners of the
photos and the drawing, and the text on the photos' bus, sign, road, bottle and clock. About half ask about the CLEVR
val scenes 5, 7, 11, 24, 26, 28, 29, 31, 41, 42, 43, 45, 46 and 47 (one or two people to a scene), about 30% about
the photo-like graphs (street, kitchen, park) and 20% about the drawing of flat shapes; about one in ten must be
refused, each in the same voice as the person's other questions (prices, opinions, what happens next, names and
makers, the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of
an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations
and attributes leave open. A which-side question is answered with the side; a "which is bigger" between two things is
asked only where their size classes differ, and answered with the word that tells the bigger one from the other (its
shape, or its colour where both are cubes). Answers are the graph's words (gray, not grey; sphere, not ball; wood, not
timber; "green, red" for a list, most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever
the tag. Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set; the only files read were build_blind66.py (its docstring, helpers and
code, for the format and conventions), the first 5 lines of blind66.jsonl (for the line format), the helpers it
imports (blind_gold.py and blind_helpers.py), and the scenes themselves (photo_scenes.json and the CLEVR val
scenes.json), inspected with small Python snippets. No question was run through nsvr's parser, planner or
``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind72.py`` to write ``../blind72.jsonl``; ``--check`` also runs every gold program with nsvr.
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
    photo_side,
    picture_side,
    rectangles,
    related,
    side_of,
    worn_by,
)

OUT = Path(__file__).resolve().parents[1] / "blind72.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def values_of(s, ids: list[int], attribute: str) -> set[str]:
    return {s.a(i, attribute) for i in ids}


def yellow_rectangle(p) -> str:
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 5: small cyan metal sph (front), large purple rubber sph, large brown metal sph, small purple rubber sph (far left), small red rubber cube (back), large brown metal cube, large blue rubber cube (far right), small green rubber cyl

# --- Bernadette, a school secretary from Cork helping her nephew with a college task; explains herself at length
C(
    "count",
    5,
    "Hello there, I'm trying to give my nephew a hand with something for his college course and I'm not much use with computers. How many balls are in this picture altogether?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    5,
    "There are two purple balls — are they the same size? One of them looks a good bit bigger to me but it could be the way it's drawn.",
    "same(f(sel(sphere), color=purple), size)",
    lambda s: alike(s, s.f(shape="sphere", color="purple"), "size"),
)
C(
    "compare_attr",
    5,
    "And the two brown things, would they be the same shape at all?",
    "same(f(scene(), color=brown), shape)",
    lambda s: alike(s, s.f(color="brown"), "shape"),
)
C(
    "chain",
    5,
    "There's a little red cube down at the back. Now to the right of that one there's another cube, a bigger one I think. What colour is that one?",
    "q(u(f(rel(u(f(sel(cube), color=red)), right), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="red"), "right", shape="cube"), "color"),
)
C(
    "number",
    5,
    "How many different colours would you say there are, all told? He has to write it down in a table.",
    "nvalues(scene(), color)",
    lambda s: str(len(values_of(s, s.all(), "color"))),
)
X(
    5,
    "He says these pictures were made on a computer. Would you know what programme they used to make them? He has to put it in his references.",
)

# --- Tyler, fifteen, Ohio; all lowercase
C("count", 5, "how many cubes", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "superlative",
    5,
    "whats the shape of the thing closest to the front",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "exist",
    5,
    "is there a green cylinder in there",
    "exist(f(sel(cylinder), color=green))",
    lambda s: yes(bool(s.f(shape="cylinder", color="green"))),
)
C(
    "compare_size",
    5,
    "is the blue cube bigger than the little purple ball",
    "larger(u(f(sel(cube), color=blue)), u(f(sel(sphere), size=small, color=purple)))",
    lambda s: larger(s, s.the(shape="cube", color="blue"), s.the(shape="sphere", size="small", color="purple")),
)
C(
    "negation",
    5,
    "how many things are rubber besides the cylinder",
    "count(diff(f(scene(), material=rubber), sel(cylinder)))",
    lambda s: n([i for i in s.f(material="rubber") if s.a(i, "shape") != "cylinder"]),
)
C(
    "spatial",
    5,
    "ok how many things r behind the brown ball",
    "count(rel(u(f(sel(sphere), color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="brown"))),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube (far left), large brown metal cube (front), small purple metal cyl (back), small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (far right)

# --- Ramón, a night-shift pharmacist in Phoenix
C(
    "count",
    7,
    "How many cylinders are there? I keep getting five but I've been up since yesterday.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_count",
    7,
    "Are there more cylinders than cubes?",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)
C(
    "attribute",
    7,
    "There's only one ball in the whole picture, right? What color is it",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(only(s.f(shape="sphere")), "color"),
)
C(
    "compare_attr",
    7,
    "Is the big cyan cylinder made of the same stuff as the small cyan one?",
    "same(u(f(sel(cylinder), size=large, color=cyan)), u(f(sel(cylinder), size=small, color=cyan)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large", color="cyan"), "material")
        == s.a(s.the(shape="cylinder", size="small", color="cyan"), "material")
    ),
)
C(
    "spatial",
    7,
    "How many of the cylinders are sitting in front of the red cube?",
    "count(f(rel(u(f(sel(cube), color=red)), front), shape=cylinder))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cube", color="red")), shape="cylinder")),
)
C(
    "superlative",
    7,
    "Whatever is farthest back in the picture — what's it made of?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)

# --- Dev, who runs a corner shop in Leicester
C(
    "count",
    7,
    "Quick one mate, how many of these are metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    7,
    "Same number of metal ones and rubber ones, yeah?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "attribute",
    7,
    "The yellow cube — big or small?",
    "choose(u(f(sel(cube), color=yellow)), size, [large, small])",
    lambda s: s.a(s.the(shape="cube", color="yellow"), "size"),
)
C(
    "position",
    7,
    "And is that yellow cube on the left side of the picture or the right?",
    "choose(u(f(sel(cube), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="yellow")),
)
C(
    "quantifier",
    7,
    "Both of the grey ones are metal, are they?",
    "not_(exist(fn(f(scene(), color=gray), material=metal)))",
    lambda s: every(s, s.f(color="gray"), material="metal"),
)
X(7, "How much would a set of these go for? My lad wants some for his desk.")

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph (front), small gray metal cyl, small green rubber sph (far right), large blue metal cube (back), large brown rubber sph, large brown metal cyl, small purple rubber sph (far left)

# --- Ingrid, a Swedish systems administrator; careful, slightly stiff English
C(
    "count",
    11,
    "How many objects in total are brown?",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "quantifier",
    11,
    "Is it so that every object made of rubber is a sphere?",
    "not_(exist(fn(f(scene(), material=rubber), shape=sphere)))",
    lambda s: every(s, s.f(material="rubber"), shape="sphere"),
)
C(
    "superlative",
    11,
    "Which colour has the object that is second from the front?",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "color"),
)
C(
    "spatial",
    11,
    "The large cylinder: how many objects are placed to the right of it?",
    "count(rel(u(f(sel(cylinder), size=large)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", size="large"))),
)
C(
    "list",
    11,
    "Please list the colours of the cylinders.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "same_attr",
    11,
    "How many other objects have the same material as the blue cube?",
    "count(same_attr(u(f(sel(cube), color=blue)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="blue"), "material")),
)

# --- Mo, a London delivery driver typing between drops
C("count", 11, "how many balls in this one", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "verify",
    11,
    "the big yellow ball is that a shiny metal one",
    "verify(u(f(sel(sphere), size=large, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="yellow"), "material") == "metal"),
)
C(
    "superlative",
    11,
    "whats at the very front, just the shape",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    11,
    "any cubes behind the big brown cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=brown)), behind), shape=cube))",
    lambda s: yes(
        bool(among(s, related(s, "behind", s.the(shape="cylinder", size="large", color="brown")), shape="cube"))
    ),
)
C(
    "position",
    11,
    "purple ball which side of the pic is it on",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
X(11, "where was this taken, anywhere near canary wharf? got a parcel for there")

# scene 24: small red metal cube, large red rubber cyl (front), large green metal cube (far right), small brown metal cyl (far left), large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph (back), large brown rubber cube, small gray rubber cube

# --- Janet, a court stenographer in Ohio; full formal sentences
C(
    "count",
    24,
    "Please state the number of red objects in the image.",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_attr",
    24,
    "Are the two red spheres of the same size?",
    "same(f(sel(sphere), color=red), size)",
    lambda s: alike(s, s.f(shape="sphere", color="red"), "size"),
)
C(
    "position",
    24,
    "On which side of the image is the large green cube located, the left or the right?",
    "choose(u(f(sel(cube), size=large, color=green)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="large", color="green")),
)
C(
    "spatial",
    24,
    "How many cubes are positioned behind the large brown cube?",
    "count(f(rel(u(f(sel(cube), size=large, color=brown)), behind), shape=cube))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cube", size="large", color="brown")), shape="cube")),
)
C(
    "count",
    24,
    "Of the metal objects, how many are cubes?",
    "count(f(sel(cube), material=metal))",
    lambda s: n(s.f(shape="cube", material="metal")),
)
C(
    "chain",
    24,
    "In front of the large gray cube there is a cube, and in front of that cube there is a cylinder. Please state the colour of that cylinder.",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=large, color=gray)), front), shape=cube)), front), shape=cylinder)), color)",
    lambda s: s.a(
        hop(
            s, hop(s, s.the(shape="cube", size="large", color="gray"), "front", shape="cube"), "front", shape="cylinder"
        ),
        "color",
    ),
)
X(24, "Please indicate the date on which this image was created and by whom.")

# --- Oluwaseun, a Lagos secondary-school student revising for exams
C(
    "count",
    24,
    "Good evening. Please how many cylinders are in the diagram?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_count",
    24,
    "Is the number of cubes greater than the number of spheres and cylinders combined?",
    "gt(count(sel(cube)), count(union(sel(sphere), sel(cylinder))))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape=("sphere", "cylinder")))),
)
C(
    "superlative",
    24,
    "Which object is at the extreme back? State its shape.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "attribute",
    24,
    "The small yellow cube, what is it made of?",
    "q(u(f(sel(cube), size=small, color=yellow)), material)",
    lambda s: s.a(s.the(shape="cube", size="small", color="yellow"), "material"),
)
C(
    "negation",
    24,
    "How many objects are neither red nor metal?",
    "count(fn(fn(scene(), color=red), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "red" and s.a(i, "material") != "metal"]),
)

# scene 26: large brown metal cyl (far left), large green metal sph, small purple metal cube (front), large cyan metal sph, small green metal cyl (back), small purple rubber cube (far right), small green metal sph, large green metal cyl

# --- Graham, a sheep farmer from Powys
C(
    "count",
    26,
    "Evening. How many green ones are there in this picture?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "attribute",
    26,
    "Looks like there's just the one made of rubber. What colour is it?",
    "q(u(f(scene(), material=rubber)), color)",
    lambda s: s.a(only(s.f(material="rubber")), "color"),
)
C(
    "compare_attr",
    26,
    "The two purple cubes, are they made of the same stuff?",
    "same(f(sel(cube), color=purple), material)",
    lambda s: alike(s, s.f(shape="cube", color="purple"), "material"),
)
C(
    "superlative",
    26,
    "Which one's right at the back? What shape is it?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    26,
    "How many things would you say are left of the cyan ball?",
    "count(rel(u(f(sel(sphere), color=cyan)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="cyan"))),
)
C(
    "compare_count",
    26,
    "Are there fewer balls than cylinders?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)
X(26, "Would these last outside in the wet, do you think? Our yard's a bog half the year.")

# scene 28: large red metal cyl (front), small red rubber cyl (far right), large purple rubber cyl (back), small brown metal sph (left)

# --- Pearl, seventy-nine, a Jamaican grandmother in Brixton
C(
    "count",
    28,
    "Good morning. How many of these things are cylinders, please?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    28,
    "The two red ones, are they the same size as each other?",
    "same(f(scene(), color=red), size)",
    lambda s: alike(s, s.f(color="red"), "size"),
)
C(
    "verify",
    28,
    "And the little brown ball, is that metal?",
    "verify(u(f(sel(sphere), color=brown)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="brown"), "material") == "metal"),
)
C(
    "superlative",
    28,
    "Which one is closest to the front? Just tell me the colour, darling.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_size",
    28,
    "Is the purple one bigger than the brown ball?",
    "larger(u(f(scene(), color=purple)), u(f(sel(sphere), color=brown)))",
    lambda s: larger(s, only(s.f(color="purple")), s.the(shape="sphere", color="brown")),
)
C(
    "quantifier",
    28,
    "Apart from the ball, is everything else a cylinder?",
    "not_(exist(fn(fn(scene(), shape=sphere), shape=cylinder)))",
    lambda s: every(s, lacking(s, s.all(), shape="sphere"), shape="cylinder"),
)
X(28, "My grandson says these are from a computer. Could I buy a set like this down Brixton market?")

# scene 29: large cyan metal sph (back), large cyan rubber cyl, large red metal cyl (front, far left), small brown rubber sph

# --- Ahmed, a Cairo taxi driver
C(
    "count",
    29,
    "How many big things there are in the picture?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "compare_attr",
    29,
    "The cyan ball and the cyan cylinder, same material or different?",
    "worded(same(u(f(sel(sphere), color=cyan)), u(f(sel(cylinder), color=cyan)), material), [same, different])",
    lambda s: said_same(
        yes(
            s.a(s.the(shape="sphere", color="cyan"), "material")
            == s.a(s.the(shape="cylinder", color="cyan"), "material")
        )
    ),
)
C(
    "superlative",
    29,
    "Which thing is most at the back, what colour?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    29,
    "How many things are in front of the brown ball?",
    "count(rel(u(f(sel(sphere), color=brown)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="brown"))),
)
C(
    "position",
    29,
    "The red cylinder, it is on left side of picture or right side?",
    "choose(u(f(sel(cylinder), color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="red")),
)
X(29, "Which one of these is most expensive, you think?")

# scene 31: small cyan rubber cyl, large green metal cyl (far right), large blue metal sph, small red metal cyl (back), small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph (far left), small brown rubber cyl

# --- Chloe, a physiotherapist in Brisbane
C(
    "count",
    31,
    "How many of the objects are small ones?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "quantifier",
    31,
    "Would you say most of them are spheres? More than half, I mean.",
    "gt(count(sel(sphere)), count(fn(scene(), shape=sphere)))",
    lambda s: most([s.a(i, "shape") == "sphere" for i in s.all()]),
)
C(
    "attribute",
    31,
    "What's the only cube made of?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(only(s.f(shape="cube")), "material"),
)
C(
    "compare_size",
    31,
    "Which is bigger, the green cylinder or the yellow ball?",
    "q(u(f(union(f(sel(cylinder), color=green), f(sel(sphere), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="green"), s.the(shape="sphere", color="yellow")),
)
C(
    "superlative",
    31,
    "The thing furthest to the right — what colour is that?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "chain",
    31,
    "Behind the cyan cylinder there's another little cylinder, and to the right of that one is a ball. What colour's the ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=cyan)), behind), shape=cylinder)), right), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="cyan"), "behind", shape="cylinder"), "right", shape="sphere"),
        "color",
    ),
)

# --- Benji, eight, with his dad nearby
C(
    "count",
    31,
    "how many blue balls",
    "count(f(sel(sphere), color=blue))",
    lambda s: n(s.f(shape="sphere", color="blue")),
)
C(
    "compare_attr",
    31,
    "are the blue balls the same size as each other",
    "same(f(sel(sphere), color=blue), size)",
    lambda s: alike(s, s.f(shape="sphere", color="blue"), "size"),
)
C(
    "attribute",
    31,
    "whats the colour of the cube",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "exist",
    31,
    "is there a big red thing",
    "exist(f(scene(), size=large, color=red))",
    lambda s: yes(bool(s.f(size="large", color="red"))),
)
C(
    "superlative",
    31,
    "which ball is at the very front what colour is it",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
X(31, "dad says if you push the table all the balls will roll off. will they")

# scene 41: small yellow metal cyl, small purple rubber cyl (front), large gray rubber sph, large yellow metal cyl (far left), small red metal cyl, small brown rubber sph (back), large blue metal sph, large cyan metal cyl (far right), large blue metal cube, small yellow rubber sph

# --- Hannelore, a retired Austrian piano teacher
C(
    "count",
    41,
    "Good day. How many yellow objects are in this picture?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "compare_attr",
    41,
    "Are the two blue objects made from the same material?",
    "same(f(scene(), color=blue), material)",
    lambda s: alike(s, s.f(color="blue"), "material"),
)
C(
    "spatial",
    41,
    "Does the blue ball stand in front of the blue cube?",
    "exist(f(rel(u(f(sel(cube), color=blue)), front), color=blue, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue"}, "front", {"shape": "cube", "color": "blue"}),
)
C(
    "negation",
    41,
    "How many cylinders are there which are not yellow?",
    "count(fn(sel(cylinder), color=yellow))",
    lambda s: n(lacking(s, s.f(shape="cylinder"), color="yellow")),
)
C(
    "superlative",
    41,
    "Which object is the second from the left? Its colour, please.",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)

# --- Marcus, an insurance claims adjuster who works down a list
C(
    "count",
    41,
    "Start me off with a count of the spheres, please.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "count",
    41,
    "Of the cylinders, how many are large?",
    "count(f(sel(cylinder), size=large))",
    lambda s: n(s.f(shape="cylinder", size="large")),
)
C(
    "attribute",
    41,
    "Next item: the cube. Metal or rubber?",
    "choose(u(sel(cube)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "superlative",
    41,
    "Which item sits closest to the back? I need its colour for the form.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "two_clause",
    41,
    "Is the gray sphere large, and is it rubber? I need both ticked.",
    "and_(verify(u(f(sel(sphere), color=gray)), size, large), verify(u(f(sel(sphere), color=gray)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="gray"), "size") == "large"
        and s.a(s.the(shape="sphere", color="gray"), "material") == "rubber"
    ),
)
C(
    "chain",
    41,
    "Last one. Start from the red cylinder; in front of it is another cylinder, and to the right of that one there's a cube. What colour is the cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=red)), front), shape=cylinder)), right), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="red"), "front", shape="cylinder"), "right", shape="cube"),
        "color",
    ),
)

# scene 42: small yellow rubber sph, small gray rubber cyl (back), small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph (far left), large yellow metal sph (front)

# --- Fern, a colour-blind gardener
C(
    "count",
    42,
    "I'm colour blind so bear with me. How many of the things in this one are blue?",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "attribute",
    42,
    "What colour is the big ball? To me it looks a sort of beige.",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "compare_attr",
    42,
    "The two gray ones, are they the same shape?",
    "same(f(scene(), color=gray), shape)",
    lambda s: alike(s, s.f(color="gray"), "shape"),
)
C(
    "superlative",
    42,
    "The little ball that's furthest to the left, is it blue or yellow?",
    "choose(ord(f(sel(sphere), size=small), left, 1), color, [blue, yellow])",
    lambda s: s.a(nth(s, s.f(shape="sphere", size="small"), "left"), "color"),
)
C(
    "same_attr",
    42,
    "How many things are the same colour as the big cylinder, not counting the cylinder?",
    "count(same_attr(u(f(sel(cylinder), size=large)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="large"), "color")),
)
X(42, "Which of these colours would look best on a garden shed?")

# --- Kenji, a graduate student from Osaka studying in Toronto
C("count", 42, "How many cubes are there in this image?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "quantifier",
    42,
    "Are both of the cubes small?",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: every(s, s.f(shape="cube"), size="small"),
)
C(
    "superlative",
    42,
    "What is the material of the object which is at the very back?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
C(
    "spatial",
    42,
    "How many cylinders are located on the left of the large yellow sphere?",
    "count(f(rel(u(f(sel(sphere), size=large, color=yellow)), left), shape=cylinder))",
    lambda s: n(among(s, related(s, "left", s.the(shape="sphere", size="large", color="yellow")), shape="cylinder")),
)
C(
    "spatial",
    42,
    "Is the small gray cube in front of the large blue cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=blue)), front), color=gray, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "gray"}, "front", {"shape": "cylinder", "size": "large", "color": "blue"}
    ),
)
C(
    "number",
    42,
    "How many colors are used in total?",
    "nvalues(scene(), color)",
    lambda s: str(len(values_of(s, s.all(), "color"))),
)

# scene 43: large yellow metal cube, large cyan metal sph (far right), small blue metal cyl (front), small cyan metal sph, large blue metal cube, large green rubber cube (back), large gray rubber sph (far left), small cyan rubber sph

# --- Lorraine, a hospital porter in Leeds
C(
    "count",
    43,
    "How many cyan ones are there?",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "quantifier",
    43,
    "Are they all balls, the cyan ones?",
    "not_(exist(fn(f(scene(), color=cyan), shape=sphere)))",
    lambda s: every(s, s.f(color="cyan"), shape="sphere"),
)
C(
    "compare_size",
    43,
    "Which is bigger, the yellow cube or that little blue cylinder?",
    "q(u(f(union(f(sel(cube), color=yellow), f(sel(cylinder), color=blue)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="yellow"), s.the(shape="cylinder", color="blue")),
)
C(
    "attribute",
    43,
    "Is the green cube rubber or metal?",
    "choose(u(f(sel(cube), color=green)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cube", color="green"), "material"),
)
C(
    "superlative",
    43,
    "What's sat right at the front? Shape's all I need.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "compare_count",
    43,
    "More cubes than cylinders in there, would you say?",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
X(43, "Is it going to chuck it down on my way home, do you reckon? I'm off at six.")

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube (far right), large gray metal sph, large red metal sph (front), large cyan rubber sph (back), small yellow metal cyl (far left)

# --- Dale, a long-haul truck driver from South Australia
C(
    "count",
    45,
    "How many big ones are there?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "quantifier",
    45,
    "Are all the big ones balls?",
    "not_(exist(fn(f(scene(), size=large), shape=sphere)))",
    lambda s: every(s, s.f(size="large"), shape="sphere"),
)
C(
    "superlative",
    45,
    "What colour's the thing sitting furthest back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_attr",
    45,
    "The two red ones, same material?",
    "same(f(scene(), color=red), material)",
    lambda s: alike(s, s.f(color="red"), "material"),
)
C(
    "negation",
    45,
    "How many cylinders, not counting the gray one?",
    "count(fn(sel(cylinder), color=gray))",
    lambda s: n(lacking(s, s.f(shape="cylinder"), color="gray")),
)
X(45, "How far's this place from Port Augusta? Got a load going up that way tomorrow.")

# --- Sunita, a chartered accountant
C(
    "count",
    45,
    "How many grey items are there?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "compare_count",
    45,
    "Are there as many cubes as there are cylinders?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "count",
    45,
    "How many things are either cyan or spheres? Each item once only.",
    "count(union(f(scene(), color=cyan), sel(sphere)))",
    lambda s: n(set(s.f(color="cyan")) | set(s.f(shape="sphere"))),
)
C(
    "attribute",
    45,
    "What's the material of the cyan cube?",
    "q(u(f(sel(cube), color=cyan)), material)",
    lambda s: s.a(s.the(shape="cube", color="cyan"), "material"),
)
C(
    "chain",
    45,
    "Take the gray cylinder. Behind it there is a cube. What colour is that cube?",
    "q(u(f(rel(u(f(sel(cylinder), color=gray)), behind), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="gray"), "behind", shape="cube"), "color"),
)
C(
    "position",
    45,
    "Which side of the picture is the yellow cylinder on?",
    "choose(u(f(sel(cylinder), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="yellow")),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph (back), large cyan rubber cyl, small green rubber sph (far left), small purple metal sph (far right), large red rubber cube (front), small purple rubber cube

# --- Tomasz, a Polish plumber in Dublin
C("count", 46, "How many spheres is in the picture?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    46,
    "The big cylinder, what colour it is?",
    "q(u(f(sel(cylinder), size=large)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "color"),
)
C(
    "position",
    46,
    "Purple sphere — it is on right side of picture or left side?",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
C(
    "compare_attr",
    46,
    "Two purple things, same material or not?",
    "same(f(scene(), color=purple), material)",
    lambda s: alike(s, s.f(color="purple"), "material"),
)
C(
    "spatial",
    46,
    "How many things are behind the big red cube?",
    "count(rel(u(f(sel(cube), size=large, color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="large", color="red"))),
)
C(
    "chain",
    46,
    "On the right from the gray cube there is a sphere, and in front of this sphere is a cube. This cube, which colour is?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=gray)), right), shape=sphere)), front), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="gray"), "right", shape="sphere"), "front", shape="cube"),
        "color",
    ),
)
X(46, "How much cost a cube like this one in metal, in euro?")

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (far right), small blue rubber cyl (back), small purple metal cube, small yellow metal sph (far left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph (front)

# --- Maribel, a Filipino nurse in Manchester
C("count", 47, "Hi, how many cubes are there?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "quantifier",
    47,
    "Are all the purple ones cubes?",
    "not_(exist(fn(f(scene(), color=purple), shape=cube)))",
    lambda s: every(s, s.f(color="purple"), shape="cube"),
)
C(
    "compare_attr",
    47,
    "The two yellow balls, same size ba?",
    "same(f(sel(sphere), color=yellow), size)",
    lambda s: alike(s, s.f(shape="sphere", color="yellow"), "size"),
)
C(
    "negation",
    47,
    "How many rubber things are there that are not cubes?",
    "count(fn(f(scene(), material=rubber), shape=cube))",
    lambda s: n(lacking(s, s.f(material="rubber"), shape="cube")),
)
C(
    "superlative",
    47,
    "What colour is the one that's second from the right?",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)
X(47, "Is this a memory test? My lola has dementia and I'm wondering if it would help her.")

# --- Hank, a retired postman in Maine; dry and brief
C(
    "count",
    47,
    "Count me the cylinders, would you.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "verify",
    47,
    "Big cyan cylinder. Rubber?",
    "verify(u(f(sel(cylinder), size=large, color=cyan)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large", color="cyan"), "material") == "rubber"),
)
C(
    "spatial",
    47,
    "Red cylinder's in front of the blue cylinder, that right?",
    "exist(f(rel(u(f(sel(cylinder), color=blue)), front), color=red, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "red"}, "front", {"shape": "cylinder", "color": "blue"}),
)
C(
    "compare_size",
    47,
    "Which is bigger, the blue cube or the red one?",
    "q(u(f(union(f(sel(cube), color=blue), f(sel(cube), color=red)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cube", color="blue"), s.the(shape="cube", color="red"), "color"),
)
C(
    "spatial",
    47,
    "How many things sit to the left of the big purple cube?",
    "count(rel(u(f(sel(cube), size=large, color=purple)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", size="large", color="purple"))),
)
C(
    "exist",
    47,
    "Any balls in there that ain't yellow?",
    "exist(fn(sel(sphere), color=yellow))",
    lambda s: yes(bool(lacking(s, s.f(shape="sphere"), color="yellow"))),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Joy, a driving instructor in Croydon
P(
    "text",
    "street",
    "What's written on the road there? One of my learners swears blind it says bus lane.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P("count", "street", "How many cars are in the picture?", "count(sel(car))", lambda p: n(p.f("car")))
P(
    "spatial",
    "street",
    "Is the car parked to the left of the bus?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P(
    "text",
    "street",
    "And the red sign, what does that one say?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "count",
    "street",
    "How many people are out on foot?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
X("street", "Would my learner be allowed to overtake that bus on this road?")

# --- Abdi, a Somali student in Minneapolis still learning English
P("count", "street", "How many man are in the photo?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "chain",
    "street",
    "The woman, what she is holding?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "chain",
    "street",
    "The man with white clothes, his tie is which colour?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "spatial",
    "street",
    "Is the tree in front of the bus?",
    "vrel(u(sel(bus)), front, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("front", p.the("bus")), "tree"))),
)
P(
    "text",
    "street",
    "Words on the bus — I don't know them. What is written?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
X("street", "This city is Madrid or Barcelona?")

# --- Wes, a night security guard going through a camera still
P(
    "count",
    "street",
    "Going through a still from the street cam. How many people in it have a tie on?",
    "count(rel(sel(tie), wearing))",
    lambda p: n([o for o in p.objects if any(p.name(w) == "tie" for w in p.objects_of(o, "wearing"))]),
)
P(
    "superlative",
    "street",
    "Person furthest to the left, what colour are they wearing?",
    "q(ord(sel(person), left, 1), color)",
    lambda p: p.value(side_of(p, people(p), "left"), "color"),
)
P(
    "spatial",
    "street",
    "The dog — who's it near?",
    "q(u(rel(u(sel(dog)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog")))),
)
P(
    "spatial",
    "street",
    "The man in white. Is he standing to the right of the bus?",
    "exist(f(rel(u(sel(bus)), right, name=man), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("right", p.the("bus")), "man"))),
)
P(
    "position",
    "street",
    "That sign, is it high up in the shot or low down?",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
P(
    "two_clause",
    "street",
    "Is the bus red and the car white? Need it for the log.",
    "and_(verify(u(sel(bus)), color, red), verify(u(sel(car)), color, white))",
    lambda p: yes(p.value(p.the("bus"), "color") == "red" and p.value(p.the("car"), "color") == "white"),
)

# --- Isabela, nine
P("attribute", "street", "what colour is the dog", "q(u(sel(dog)), color)", lambda p: p.value(p.the("dog"), "color"))
P(
    "verify",
    "street",
    "is the lady wearing green",
    "verify(u(sel(woman)), color, green)",
    lambda p: yes(p.value(p.the("woman"), "color") == "green"),
)
P(
    "compare_count",
    "street",
    "are there more men than ladies",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P("exist", "street", "is there a cat", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "position",
    "street",
    "which side is the stop sign on",
    "choose(u(sel(sign)), hposition, [left, right])",
    lambda p: p.value(p.the("sign"), "hposition"),
)
X("street", "is the dog a boy or a girl")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Nkechi, a Nigerian mum in Houston
P(
    "count",
    "kitchen",
    "How many cups are on the table please?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "text",
    "kitchen",
    "The bottle, what is written on it?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "attribute",
    "kitchen",
    "What colour is that bottle?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "spatial",
    "kitchen",
    "The woman standing there, is she to the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "superlative",
    "kitchen",
    "The cup that is furthest to the right, what colour is it?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
X("kitchen", "Is the water in that bottle safe for small children to drink?")

# --- Bill, a widower teaching himself to cook
P(
    "text",
    "kitchen",
    "What time does the clock on the wall say? I've a chicken in and I've lost track.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "position",
    "kitchen",
    "Is the clock up at the top of the picture or down at the bottom?",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)
P(
    "exist",
    "kitchen",
    "Is there a spoon? I can only see a fork.",
    "exist(sel(spoon))",
    lambda p: yes(bool(p.f("spoon"))),
)
P(
    "attribute",
    "kitchen",
    "What's the fork made of?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "count",
    "kitchen",
    "How many of the things on the table are white?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
X("kitchen", "What could I make for tea with what's on that table?")

# --- Anjali, an occupational therapist looking over a kitchen
P(
    "attribute",
    "kitchen",
    "What is the table made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "spatial",
    "kitchen",
    "Is the plate to the right of the red cup?",
    "vrel(u(f(sel(cup), color=red)), right, name=plate)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("cup", color="red")), "plate"))),
)
P(
    "where",
    "kitchen",
    "Is the woman standing to the left or the right of the white cup?",
    "choose_rel(u(sel(woman)), [left, right], role=object, name=cup)",
    lambda p: photo_side(p, p.the("woman"), p.the("cup", color="white"), ("left", "right")),
)
P(
    "number",
    "kitchen",
    "How many different colours are the cups?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "spatial",
    "kitchen",
    "What's the fork lying near?",
    "q(u(rel(u(sel(fork)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("fork")))),
)
P(
    "quantifier",
    "kitchen",
    "Is everything on the table white?",
    "not_(exist(fn(rel(u(sel(table)), on), color=white)))",
    lambda p: yes(all(p.value(o, "color") == "white" for o in on_table(p))),
)

# --- Sven, a Danish furniture restorer
P(
    "attribute",
    "kitchen",
    "The table — which colour is it?",
    "q(u(sel(table)), color)",
    lambda p: p.value(p.the("table"), "color"),
)
P(
    "attribute",
    "kitchen",
    "Is the table wood or metal?",
    "choose(u(sel(table)), material, [wood, metal])",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "chain",
    "kitchen",
    "The cup standing to the right of the bottle — what colour is that one?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "verify",
    "kitchen",
    "The cup on the left end, it is red?",
    "verify(ord(sel(cup), left, 1), color, red)",
    lambda p: yes(p.value(side_of(p, p.f("cup"), "left"), "color") == "red"),
)
P(
    "negation",
    "kitchen",
    "How many cups are there that aren't white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
X("kitchen", "How old would you say that table is? It has the look of mid-century oak to me.")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Delroy, a Saturday parkrun volunteer
P(
    "count",
    "park",
    "Count the people for me, kids included.",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "chain",
    "park",
    "What's the lad chucking?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "spatial",
    "park",
    "Is the woman in white near the bike?",
    "exist(f(rel(u(sel(bicycle)), near, name=woman), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("bicycle")), "woman"))),
)
P(
    "attribute",
    "park",
    "What colour's the bench?",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "superlative",
    "park",
    "Second person in from the left, who's that?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
X("park", "What time do they lock the gates on this park?")

# --- Meg, a childminder
P("count", "park", "How many children are there?", "count(sel(child))", lambda p: n(children(p)))
P(
    "verify",
    "park",
    "The girl's in pink, isn't she?",
    "verify(u(sel(girl)), color, pink)",
    lambda p: yes(p.value(p.the("girl"), "color") == "pink"),
)
P(
    "chain",
    "park",
    "Which dog is by the girl, the black one or the white one?",
    "choose(u(rel(u(sel(girl)), near, name=dog)), color, [black, white])",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "compare_count",
    "park",
    "Is it the same number of children as dogs?",
    "eq(count(sel(child)), count(sel(dog)))",
    lambda p: yes(len(children(p)) == len(p.f("dog"))),
)
P(
    "spatial",
    "park",
    "Is there a tree behind the girl?",
    "vrel(u(sel(girl)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("girl")), "tree"))),
)
X("park", "Is that boy old enough to be out playing without a grown-up?")

# --- Yusuf, a Turkish pensioner in Berlin
P("count", "park", "How many trees are there in this park?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "spatial",
    "park",
    "The black dog, somebody holds it? Who?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "spatial",
    "park",
    "The bench is on the left of the bicycle, yes?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "attribute",
    "park",
    "The frisbee, in which colour?",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P("count", "park", "Women, how many are there in all?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "superlative",
    "park",
    "And who is it that stands most on the right side?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("park", "In Izmir we have a park just like this. What is the name of this park?")

# --- Hayley, a teenage babysitter texting
P("count", "park", "how many dogs r there", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "whats the lady in red holding",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman", color="red"), "holding"))),
)
P(
    "position",
    "park",
    "is the frisbee at the top or bottom of the pic",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "attribute",
    "park",
    "what colour is the bike",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "compare_attr",
    "park",
    "r both dogs the same colour",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "count",
    "park",
    "how many things in the pic are green",
    "count(f(scene(), color=green))",
    lambda p: n([o for o in p.objects if p.value(o, "color") == "green"]),
)


# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Lucy, seven
P("count", "shapes", "how many circles are there", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "verify",
    "shapes",
    "is the hexagon blue",
    "verify(u(sel(hexagon)), color, blue)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "blue"),
)
P(
    "verify",
    "shapes",
    "is the big circle red",
    "verify(u(f(sel(circle), size=large)), color, red)",
    lambda p: yes(p.value(p.the("circle", size="large"), "color") == "red"),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the little circle or the yellow rectangle",
    "q(u(f(union(f(sel(circle), size=small), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", size="small"), yellow_rectangle(p)),
)
P(
    "exist",
    "shapes",
    "are there any purple shapes",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
X("shapes", "can you make the star spin round")

# --- Arjun, a CAD draughtsman in Pune
P(
    "count",
    "shapes",
    "Kindly give the count of small shapes.",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "position",
    "shapes",
    "What shape occupies the top-left position?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "count",
    "shapes",
    "How many shapes are placed in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "superlative",
    "shapes",
    "In the top row, which shape is in the rightmost position?",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Is the square of the same size as the hexagon?",
    "same(u(sel(square)), u(sel(hexagon)), size)",
    lambda p: yes(p.value(p.the("square"), "size") == p.value(p.the("hexagon"), "size")),
)
P(
    "negation",
    "shapes",
    "How many blue shapes are there which are not circles?",
    "count(fn(f(scene(), color=blue), shape=circle))",
    lambda p: n([o for o in p.f(color="blue") if p.value(o, "shape") != "circle"]),
)

# --- Glenys, a classroom assistant in Swansea
P("count", "shapes", "How many shapes are red?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "position",
    "shapes",
    "The shape in the very middle of the picture — what colour is that one?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)
P(
    "compare_count",
    "shapes",
    "Are there more blue shapes than red ones?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "list",
    "shapes",
    "What colours are the big shapes? Could you list them for me?",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "two_clause",
    "shapes",
    "Is the triangle along the top, and is it green?",
    "and_(verify(u(sel(triangle)), vposition, top), verify(u(sel(triangle)), color, green))",
    lambda p: yes(p.value(p.the("triangle"), "vposition") == "top" and p.value(p.the("triangle"), "color") == "green"),
)
X("shapes", "Which of these would be easiest for a four-year-old to cut out with safety scissors?")

# --- Brian, a retired plasterer doing brain-training puzzles
P(
    "count",
    "shapes",
    "How many rectangles are there, if you count the square as one?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "position",
    "shapes",
    "The yellow rectangle — is it over on the left side or the right?",
    "choose(u(f(sel(rectangle), color=yellow)), hposition, [left, right])",
    lambda p: p.value(yellow_rectangle(p), "hposition"),
)
P(
    "same_attr",
    "shapes",
    "How many shapes share a colour with the hexagon? Don't count the hexagon itself.",
    "count(same_attr(u(sel(hexagon)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("hexagon") and p.value(o, "color") == p.value(p.the("hexagon"), "color")]
    ),
)
P(
    "exist",
    "shapes",
    "Is anything in the top row yellow?",
    "exist(f(scene(), color=yellow, vposition=top))",
    lambda p: yes(bool(p.f(color="yellow", vposition="top"))),
)
P(
    "superlative",
    "shapes",
    "Which shape is third from the left along the bottom?",
    "q(ord(f(scene(), vposition=bottom), left, 3), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left", 3), "shape"),
)
X("shapes", "Who comes up with these puzzles, do you know? I'd like to write to them.")

# --- Soo-ah, a Korean mum teaching her toddler his shapes
P(
    "count",
    "shapes",
    "My son is learning shapes. How many hexagons is there? He calls them honeycomb.",
    "count(sel(hexagon))",
    lambda p: n(p.f("hexagon")),
)
P(
    "attribute",
    "shapes",
    "What colour is the square?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)
P(
    "attribute",
    "shapes",
    "Is the star big or small?",
    "choose(u(sel(star)), size, [large, small])",
    lambda p: p.value(p.the("star"), "size"),
)
P(
    "position",
    "shapes",
    "Which shape is at the bottom in the middle?",
    "q(u(f(scene(), hposition=middle, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="bottom"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles same colour?",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)

# --- Rob, a dyslexic joiner whose spelling wanders
P("count", "shapes", "how many sqaures are their", "count(sel(square))", lambda p: n(p.f("square")))
P(
    "compare_size",
    "shapes",
    "is the triangel biger then the star",
    "larger(u(sel(triangle)), u(sel(star)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("star")),
)
P(
    "position",
    "shapes",
    "wat colour is the shape in the top midle",
    "q(u(f(scene(), hposition=middle, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="top"), "color"),
)
P(
    "count",
    "shapes",
    "how many shapes on the rigth side",
    "count(f(scene(), hposition=right))",
    lambda p: n(p.f(hposition="right")),
)
P(
    "quantifier",
    "shapes",
    "is evry shape in the botom row small",
    "not_(exist(fn(f(scene(), vposition=bottom), size=small)))",
    lambda p: yes(all(p.value(o, "size") == "small" for o in p.f(vposition="bottom"))),
)
X("shapes", "could i cut thees out of 18mm ply with a jigsaw or wud it splinter")

# --- Hamid, an Afghan newcomer learning English words for shapes
P(
    "position",
    "shapes",
    "The shape at the bottom on the right side, what is its name in English?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "attribute",
    "shapes",
    "The red shape at the bottom, how we call it?",
    "q(u(f(scene(), color=red, vposition=bottom)), shape)",
    lambda p: p.value(p.the(color="red", vposition="bottom"), "shape"),
)
P(
    "count",
    "shapes",
    "How many shapes are green colour?",
    "count(f(scene(), color=green))",
    lambda p: n(p.f(color="green")),
)
P(
    "attribute",
    "shapes",
    "The blue circle is small or big?",
    "choose(u(f(sel(circle), color=blue)), size, [large, small])",
    lambda p: p.value(p.the("circle", color="blue"), "size"),
)
P(
    "list",
    "shapes",
    "Blue shapes, what are they? Please tell me all the names.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
X("shapes", "In my language triangle is 'mosalas'. How do you say it in German?")

# --- Dr Lindqvist, an eye doctor who reads the drawing like a vision chart
P(
    "compare_size",
    "shapes",
    "Is the circle on the left larger than the circle in the middle?",
    "larger(u(f(sel(circle), hposition=left)), u(f(sel(circle), hposition=middle)))",
    lambda p: drawn_larger(p, p.the("circle", hposition="left"), p.the("circle", hposition="middle")),
)
P(
    "superlative",
    "shapes",
    "Top row, second figure from the right: its colour?",
    "q(ord(f(scene(), vposition=top), right, 2), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "color"),
)
P(
    "quantifier",
    "shapes",
    "Are all of the large figures in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "compare_size",
    "shapes",
    "Which is larger: the red circle or the red star?",
    "q(u(f(union(f(sel(circle), color=red), sel(star)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("star", color="red")),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
