# ruff: noqa: E501
"""Blind paraphrase set 95: a thirty-ninth fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits of speech (a few of them non-native speakers), always
understandably to a careful reader. No persona gimmick runs through the set: they are the kind of people who would
type or speak to a picture-question app.

The cast. On the CLEVR pictures: Greg, a night-shift security guard on his break ("all told", "that'll do me");
Anjali, a pharmacist who wants things exact ("Please be exact", "Excluding the spheres"); Kofi, a Ghanaian accountant
writing formal English ("Please, kindly tell me", "I need the shape"); Wren, twelve ("ok so", "wait"); Harriet, a
hospice nurse ("Just so I've got it right"); Bogdan, a Romanian lorry driver ("How many cube there is", "The two red
ball, they are same size or no?"); Leonie, an Australian vet ("reckon", "little fella", "odd one out"); Mr Okafor, a retired
postman ("Good afternoon", "Please list them"); Imogen, a university admissions officer, crisp ("Leaving the
cylinders aside"); Dev, a Toronto developer ("quick q", "fwiw"); Nell, a grandmother doing a puzzle with her
granddaughter ("Poppy wants to know"); Carlos, a Mexican baker ("how many cylinders there are", "more big", "of
what color it is"); Ruth, a court stenographer ("for my notes", "Yes or no, please"); Finn, an Irish student barman
("How many's blue", "grand", "yeah?"); Mei, a Singaporean accountant ("Can tell me", "same size or not?"); Gwen, a
Welsh farmer ("then", "Just list them off"); Donna, a Kentucky school-bus driver ("hon", "them balls", "we got");
Ahmed, an Egyptian taxi dispatcher ("My friend, how much balls", "it is big or small?"); Jess, a yoga teacher
("gently", "taken together"); Rob, a dad building flat-pack furniture ("Right", "bit"); Teodora, a Bulgarian
librarian ("Please, which colours have the cylinders?", "Is it so that ..."). On the photo-like graphs: Hank, a
Minnesota claims adjuster ("For the file"); Lucía, a Spanish teacher ("What it says exactly?", "which colour has
it?"); Kemal, who runs the kebab shop across the road ("From my shop", "the gentleman"); Bea, nine; Nora, an Irish
mammy ("there", "I've the kettle on", "has it"); Olu, an estate agent writing a listing ("For the listing"); Sunil,
a retired railway clerk ("Kindly", "extreme right"); Kayla, a barista in lowercase ("list em", "u"); Marcus, a dad
keeping an eye on his lad; Ingrid, a Swedish landscape architect ("is it correct?", "there are in the picture");
Beth, a dog groomer ("on a lead", "I take it"); Hamza, eleven. On the drawing: Tilly, six, spelling as she hears it
("circels"); Rajesh, a civil engineer ("Kindly tell me the total number of", "counting the square also"); June, a
retired seamstress cutting the shapes out of felt ("pieces", "my grandbabies"); Kai, a design student, lowercase and
terse; Helene, a Quebec daycare worker ("it is a circle?", "more big"); Sergio, an Italian tiler ("pieces", "upper
line", "what shape is?"); Walt, a colour-blind retired electrician ("humour me", "or am I seeing things?"); and Otto,
a retired German draughtsman ("figures", "Does the drawing contain").

Sentence shapes: bare questions ("How many's blue in this one?", "quick q - how many spheres?"), fronted topics and
places ("The two red ball, they are same size or no?", "Of the cups, the one at the extreme right", "In the upper
line, the second from the right"), tags ("yeah?", "right?", "or not?", "is it correct?", "isn't it?"), questions
carried by a statement ("Poppy wants to know ...", "For the file: ...", "I'm colour-blind, so humour me"), a reason
given alongside ("I've the kettle on", "My lad's always by the benches"), comparisons said several ways ("more ...
than", "fewer ... than", "as many ... as", "equal", "more big", "bigger", "same size or not"), negatives and exceptions
("aren't spheres", "Excluding the spheres", "Leaving the cylinders aside", "that aren't blue and aren't rubber",
"aren't red or blue", "everything except the circles"), and follow-ups that point back while naming what they point at ("And how many of those
cubes are purple?").

The questions cover counts (with conditions, "aren't", "excluding", "either ... or", "taken together"), existence, an
attribute of one thing, yes/no checks of one value, two checks at once ("both blue and large", "wooden and green"),
comparisons of counts ("more", "fewer", "as many as", "equal") and of attributes (same colour, size, shape or
material), quantifiers ("all", "every", "both", "none", "no", "most"), exceptions, relations (left, right, in front,
behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing, throwing, above, behind,
left, right, in front), one- and two-hop chains, superlatives and ordinals, other things sharing a value, which of two
things is the bigger (told by shape, or by colour where the two share a shape), lists of values, the number of
different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and the text on the
photos' bus, sign, road, bottle and clock. About half ask about the CLEVR val scenes 5, 7, 11, 24, 26, 28, 29, 31, 41,
42, 43, 45, 46 and 47 (one or two people to a scene), about 30% about the photo-like graphs (street, kitchen, park)
and about 20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the
person's other questions (prices, opinions and feelings, what happens next, names, makers and breeds, the world outside
the picture).

Conventions (set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so the
drawing's yellow rectangle is always "the yellow one" or "the rectangle down the bottom"); places and orders are only
asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the
anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of an object whose box
centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos neighbours in an order
are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations and attributes leave
open (no "who is near the bench", as the eye puts the woman in white by it too; only "is the boy near the bench").
A which-side question is answered with the side; a "which is bigger" between two things is asked only where their
size classes differ, and answered with the word that tells the bigger one from the other (its shape, or its colour
when both are spheres or both circles). Answers are the graph's words (gray, not grey; sphere, not ball; "blue, red"
for a list, most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag. Every gold
program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), blind_gold.py and blind_helpers.py
(the gold helpers imported here), the first 5 lines of blind66.jsonl (for the line format), and the scenes themselves
(photo_scenes.json and the CLEVR val scenes file, inspected with small Python snippets). No question was run through
nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind95.py`` to write ``../blind95.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402
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

OUT = Path(__file__).resolve().parents[1] / "blind95.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def drawn_bigger_by(p: Photo, a: str, b: str, attribute: str) -> str:
    """Which of drawn shapes a and b is the bigger, told by ``attribute``; NotUnique when their size classes are the
    same or that attribute does not tell them apart."""
    if p.value(a, "size") == p.value(b, "size") or p.value(a, attribute) == p.value(b, attribute):
        raise NotUnique("same size class or not told apart")
    return p.value(a if p.value(a, "size") == "large" else b, attribute)


def shape_sharers(p: Photo, anchor: str, attribute: str) -> list[str]:
    """The drawn shapes other than the anchor that share its value of ``attribute``."""
    return [o for o in p.objects if o != anchor and p.value(o, attribute) == p.value(anchor, attribute)]


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 5: small cyan metal sph (front), large purple rubber sph (right), large brown metal sph, small purple rubber sph (far left), small red rubber cube (back), large brown metal cube, large blue rubber cube (far right), small green rubber cyl

# --- Greg, a night-shift security guard on his break
C(
    "count",
    5,
    "On my break and the wife's sent me this puzzle thing. How many balls are in it all told?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    5,
    "There's two brown ones, a ball and a box. Are they both metal?",
    "not_(exist(fn(f(scene(), color=brown), material=metal)))",
    lambda s: every(s, s.f(color="brown"), material="metal"),
)
C(
    "superlative",
    5,
    "What's the one sat right at the back? Just the shape, that'll do me.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    5,
    "How many things have they put on the right of the big brown ball?",
    "count(rel(u(f(sel(sphere), size=large, color=brown)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", size="large", color="brown"))),
)
C(
    "compare_size",
    5,
    "Which is bigger, the green cylinder or the blue box?",
    "q(u(f(union(f(sel(cylinder), color=green), f(sel(cube), color=blue)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="green"), s.the(shape="cube", color="blue")),
)
X(5, "How much would a set of these go for down the shops, d'you reckon?")

# --- Anjali, a pharmacist who likes things exact
C(
    "count",
    5,
    "How many of the rubber objects are small? Please be exact.",
    "count(f(scene(), material=rubber, size=small))",
    lambda s: n(s.f(material="rubber", size="small")),
)
C(
    "negation",
    5,
    "Excluding the spheres, how many objects are made of metal?",
    "count(fn(f(scene(), material=metal), shape=sphere))",
    lambda s: n(lacking(s, s.f(material="metal"), shape="sphere")),
)
C(
    "compare_count",
    5,
    "Are there fewer cubes than spheres in this image?",
    "lt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="sphere"))),
)
C(
    "same_attr",
    5,
    "The large blue cube: how many other objects are made of the same material as it?",
    "count(same_attr(u(f(sel(cube), size=large, color=blue)), material))",
    lambda s: n(others(s, s.the(shape="cube", size="large", color="blue"), "material")),
)
C(
    "chain",
    5,
    "Behind the small purple sphere there is a cylinder, and to the right of that cylinder there is a sphere. What size is that sphere?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=purple)), behind), shape=cylinder)), right), shape=sphere)), size)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", size="small", color="purple"), "behind", shape="cylinder"),
            "right",
            shape="sphere",
        ),
        "size",
    ),
)
C(
    "list",
    5,
    "Which colours do the spheres come in? A list is fine.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)

# scene 7: small gray metal cyl, large purple rubber sph (left), large red rubber cube, small gray metal cube (far left), large brown metal cube (front), small purple metal cyl (back), small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (far right)

# --- Kofi, a Ghanaian accountant; formal English
C(
    "count",
    7,
    "Please, kindly tell me how many cylinders are in this picture.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    7,
    "There is only one ball in the picture. What is its colour?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "two_clause",
    7,
    "Is the yellow cube large and also made of metal?",
    "and_(verify(u(f(sel(cube), color=yellow)), size, large), verify(u(f(sel(cube), color=yellow)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "size") == "large"
        and s.a(s.the(shape="cube", color="yellow"), "material") == "metal"
    ),
)
C(
    "superlative",
    7,
    "Which object is positioned furthest back? I need the shape.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "number",
    7,
    "Among the cylinders, how many different colours are there?",
    "nvalues(sel(cylinder), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="cylinder")})),
)
C(
    "spatial",
    7,
    "How many objects are standing in front of the red cube?",
    "count(rel(u(f(sel(cube), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="red"))),
)

# scene 11: small brown metal cyl, large yellow metal sph (left), small green metal cube, small brown rubber sph (front), small gray metal cyl, small green rubber sph (far right), large blue metal cube (back), large brown rubber sph, large brown metal cyl, small purple rubber sph (far left)

# --- Wren, twelve
C(
    "count",
    11,
    "ok so how many brown things are there altogether?",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "compare_attr",
    11,
    "are the two green things the same shape?",
    "same(f(scene(), color=green), shape)",
    lambda s: alike(s, s.f(color="green"), "shape"),
)
C(
    "superlative",
    11,
    "what's the thing that's the furthest to the left? what colour is it?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "spatial",
    11,
    "wait is the blue cube behind the big brown cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=brown)), behind), color=blue, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "blue"}, "behind", {"shape": "cylinder", "size": "large", "color": "brown"}
    ),
)
C(
    "exist",
    11,
    "is there a purple cube anywhere",
    "exist(f(sel(cube), color=purple))",
    lambda s: yes(bool(s.f(shape="cube", color="purple"))),
)
X(11, "if you pushed the big yellow ball would it roll into the blue cube and knock it over?")

# --- Harriet, a hospice nurse
C(
    "negation",
    11,
    "Just so I've got it right — how many of the objects aren't spheres?",
    "count(fn(scene(), shape=sphere))",
    lambda s: n(lacking(s, s.all(), shape="sphere")),
)
C(
    "quantifier",
    11,
    "Are all of the cylinders made of metal?",
    "not_(exist(fn(sel(cylinder), material=metal)))",
    lambda s: every(s, s.f(shape="cylinder"), material="metal"),
)
C(
    "same_attr",
    11,
    "The small gray cylinder — how many other things are made of the same stuff as that one?",
    "count(same_attr(u(f(sel(cylinder), size=small, color=gray)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", size="small", color="gray"), "material")),
)
C(
    "chain",
    11,
    "Behind the purple sphere there's a cube, and to the right of that cube there's a sphere. What colour is that sphere?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=purple)), behind), shape=cube)), right), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="purple"), "behind", shape="cube"), "right", shape="sphere"),
        "color",
    ),
)
C(
    "compare_size",
    11,
    "Is the yellow ball bigger than the little brown one?",
    "larger(u(f(sel(sphere), color=yellow)), u(f(sel(sphere), size=small, color=brown)))",
    lambda s: larger(s, s.the(shape="sphere", color="yellow"), s.the(shape="sphere", size="small", color="brown")),
)

# scene 24: small red metal cube, large red rubber cyl (front), large green metal cube (far right), small brown metal cyl (far left), large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph (back), large brown rubber cube, small gray rubber cube

# --- Bogdan, a Romanian lorry driver
C("count", 24, "How many cube there is in this picture?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    24,
    "The two red ball, they are same size or no?",
    "same(f(sel(sphere), color=red), size)",
    lambda s: alike(s, s.f(shape="sphere", color="red"), "size"),
)
C(
    "count",
    24,
    "How many red thing is made from metal?",
    "count(f(scene(), color=red, material=metal))",
    lambda s: n(s.f(color="red", material="metal")),
)
C(
    "superlative",
    24,
    "The thing most on the right side, which colour?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "spatial",
    24,
    "How many things is in front of the brown cube?",
    "count(rel(u(f(sel(cube), color=brown)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="brown"))),
)
C(
    "superlative",
    24,
    "Second from the front, what shape it is?",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)

# scene 26: large brown metal cyl (far left), large green metal sph, small purple metal cube (front), large cyan metal sph, small green metal cyl (back), small purple rubber cube (far right), small green metal sph, large green metal cyl

# --- Leonie, an Australian vet
C(
    "count",
    26,
    "G'day — how many green ones have we got here?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "quantifier",
    26,
    "Are all the cylinders green, or is there an odd one out?",
    "not_(exist(fn(sel(cylinder), color=green)))",
    lambda s: every(s, s.f(shape="cylinder"), color="green"),
)
C(
    "compare_attr",
    26,
    "Those two little purple cubes — same material, or not?",
    "same(f(sel(cube), size=small, color=purple), material)",
    lambda s: alike(s, s.f(shape="cube", size="small", color="purple"), "material"),
)
C(
    "spatial",
    26,
    "How many things are sitting in front of the big green cylinder?",
    "count(rel(u(f(sel(cylinder), size=large, color=green)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", size="large", color="green"))),
)
C(
    "superlative",
    26,
    "The little fella right at the front, what's he made of?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C(
    "compare_size",
    26,
    "Which one's bigger, reckon — the cyan ball or the little green ball?",
    "q(u(f(union(f(sel(sphere), color=cyan), f(sel(sphere), size=small, color=green)), size=large)), color)",
    lambda s: bigger_of(
        s, s.the(shape="sphere", color="cyan"), s.the(shape="sphere", size="small", color="green"), "color"
    ),
)
X(26, "Would any of these be safe for a dog to chew on, do you reckon?")

# scene 28: large red metal cyl (front), small red rubber cyl (far right), large purple rubber cyl (back), small brown metal sph (far left)

# --- Mr Okafor, a retired postman
C(
    "count",
    28,
    "Good afternoon. How many cylinders are there in this one?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    28,
    "The two red cylinders, are they of the same size?",
    "same(f(sel(cylinder), color=red), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="red"), "size"),
)
C("exist", 28, "Is there any cube at all?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))
C(
    "spatial",
    28,
    "Is there anything placed to the left of the brown ball?",
    "exist(rel(u(f(sel(sphere), color=brown)), left))",
    lambda s: yes(bool(related(s, "left", s.the(shape="sphere", color="brown")))),
)
C(
    "list",
    28,
    "What colours are the cylinders? Please list them.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "compare_size",
    28,
    "Which is the bigger of the two, the purple cylinder or the brown ball?",
    "q(u(f(union(f(sel(cylinder), color=purple), f(sel(sphere), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="purple"), s.the(shape="sphere", color="brown")),
)

# scene 29: large cyan metal sph (back), large cyan rubber cyl, large red metal cyl (front, far left), small brown rubber sph (right)

# --- Imogen, a university admissions officer
C(
    "count",
    29,
    "How many of the four objects are large?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "compare_attr",
    29,
    "Do the two cyan objects share a material?",
    "same(f(scene(), color=cyan), material)",
    lambda s: alike(s, s.f(color="cyan"), "material"),
)
C(
    "quantifier",
    29,
    "Are both spheres large?",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: every(s, s.f(shape="sphere"), size="large"),
)
C(
    "superlative",
    29,
    "What shape is the object nearest the camera?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "position",
    29,
    "Is the red cylinder on the left or the right of the picture?",
    "choose(u(f(sel(cylinder), color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="red")),
)
C(
    "negation",
    29,
    "Leaving the cylinders aside, is everything else made of the same material?",
    "same(fn(scene(), shape=cylinder), material)",
    lambda s: alike(s, lacking(s, s.all(), shape="cylinder"), "material"),
)
X(29, "In your view, would this make a fair test of spatial reasoning for our applicants?")

# scene 31: small cyan rubber cyl, large green metal cyl (far right), large blue metal sph, small red metal cyl (back), small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph (far left), small brown rubber cyl

# --- Dev, a Toronto developer
C("count", 31, "quick q — how many spheres?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "count",
    31,
    "how many things are either blue or cyan?",
    "count(union(f(scene(), color=blue), f(scene(), color=cyan)))",
    lambda s: n(s.f(color=("blue", "cyan"))),
)
C(
    "compare_count",
    31,
    "are there more metal objects than rubber ones, fwiw?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "attribute",
    31,
    "what's the lone cube made of?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "spatial",
    31,
    "how many objects sit to the left of the purple cube?",
    "count(rel(u(f(sel(cube), color=purple)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="purple"))),
)
C(
    "superlative",
    31,
    "second object from the right — color?",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)
X(31, "what renderer was this made in, blender?")

# --- Nell, a grandmother doing a puzzle with her granddaughter Poppy
C(
    "count",
    31,
    "Poppy wants to know how many little things there are. Just the small ones.",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "exist",
    31,
    "Is there a big yellow ball? She's sure she saw one.",
    "exist(f(sel(sphere), size=large, color=yellow))",
    lambda s: yes(bool(s.f(shape="sphere", size="large", color="yellow"))),
)
C(
    "compare_attr",
    31,
    "Are the two blue balls the same size as each other?",
    "same(f(sel(sphere), color=blue), size)",
    lambda s: alike(s, s.f(shape="sphere", color="blue"), "size"),
)
C(
    "superlative",
    31,
    "What colour is the thing right at the very front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "chain",
    31,
    "To the right of the brown cylinder there's a cube, and behind that cube there's a cylinder. What colour is that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=brown)), right), shape=cube)), behind), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="brown"), "right", shape="cube"), "behind", shape="cylinder"),
        "color",
    ),
)
X(31, "Poppy's asking where you can buy a set like this for her birthday.")

# scene 41: small yellow metal cyl, small purple rubber cyl (front), large gray rubber sph, large yellow metal cyl (far left), small red metal cyl, small brown rubber sph (back), large blue metal sph, large cyan metal cyl (far right), large blue metal cube, small yellow rubber sph

# --- Carlos, a Mexican baker
C(
    "count",
    41,
    "Hello, how many cylinders there are in the picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    41,
    "The cube, of what color it is?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_size",
    41,
    "The blue ball is more big than the yellow ball?",
    "larger(u(f(sel(sphere), color=blue)), u(f(sel(sphere), color=yellow)))",
    lambda s: larger(s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="yellow")),
)
C(
    "count",
    41,
    "How many yellow things are of metal?",
    "count(f(scene(), color=yellow, material=metal))",
    lambda s: n(s.f(color="yellow", material="metal")),
)
C(
    "spatial",
    41,
    "How many balls are behind the blue ball?",
    "count(f(rel(u(f(sel(sphere), color=blue)), behind), shape=sphere))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="sphere", color="blue")), shape="sphere")),
)
X(41, "This picture, it is for sell? How much it cost?")

# --- Ruth, a court stenographer
C(
    "number",
    41,
    "For my notes: how many distinct colours appear among the cylinders?",
    "nvalues(sel(cylinder), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="cylinder")})),
)
C(
    "quantifier",
    41,
    "Is every sphere made of rubber?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "superlative",
    41,
    "Which object is furthest back? Its shape, please.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "same_attr",
    41,
    "The large yellow cylinder: how many other objects share its colour?",
    "count(same_attr(u(f(sel(cylinder), size=large, color=yellow)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="large", color="yellow"), "color")),
)
C(
    "two_clause",
    41,
    "Is the cube both blue and large? Yes or no, please.",
    "and_(verify(u(sel(cube)), color, blue), verify(u(sel(cube)), size, large))",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "blue" and s.a(s.the(shape="cube"), "size") == "large"),
)
C(
    "chain",
    41,
    "To the right of the small brown sphere is a cube. In front of that cube is a sphere. What is that sphere made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=brown)), right), shape=cube)), front), shape=sphere)), material)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", size="small", color="brown"), "right", shape="cube"),
            "front",
            shape="sphere",
        ),
        "material",
    ),
)

# scene 42: small yellow rubber sph, small gray rubber cyl (back), small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl (left), small blue rubber sph (far left), large yellow metal sph (front, far right)

# --- Finn, an Irish student barman
C("count", 42, "How many's blue in this one?", "count(f(scene(), color=blue))", lambda s: n(s.f(color="blue")))
C(
    "compare_count",
    42,
    "More cylinders than cubes, yeah?",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)
C(
    "attribute",
    42,
    "The big yellow ball — is that a shiny one or rubber?",
    "choose(u(f(sel(sphere), size=large, color=yellow)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", size="large", color="yellow"), "material"),
)
C(
    "negation",
    42,
    "How many things are there that aren't blue and aren't rubber?",
    "count(fn(fn(scene(), color=blue), material=rubber))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "blue" and s.a(i, "material") != "rubber"]),
)
C(
    "superlative",
    42,
    "What's furthest back? What shape, like?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "position",
    42,
    "Grand. And the little blue ball, is it over on the left or the right of the picture?",
    "choose(u(f(sel(sphere), size=small, color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="blue")),
)
X(42, "Which of these would make the best coaster for a pint, d'ya think?")

# scene 43: large yellow metal cube, large cyan metal sph (far right), small blue metal cyl (front), small cyan metal sph (right), large blue metal cube, large green rubber cube (back), large gray rubber sph (far left), small cyan rubber sph

# --- Mei, a Singaporean accountant
C("count", 43, "Can tell me how many cubes there are?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    43,
    "The cyan balls all same size or not?",
    "same(f(sel(sphere), color=cyan), size)",
    lambda s: alike(s, s.f(shape="sphere", color="cyan"), "size"),
)
C(
    "count",
    43,
    "How many of the cyan ones are rubber?",
    "count(f(scene(), color=cyan, material=rubber))",
    lambda s: n(s.f(color="cyan", material="rubber")),
)
C(
    "spatial",
    43,
    "The yellow cube is behind the blue cube, right?",
    "exist(f(rel(u(f(sel(cube), color=blue)), behind), color=yellow, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "behind", {"shape": "cube", "color": "blue"}),
)
C(
    "superlative",
    43,
    "Which one is most in front? What colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(43, "This arrangement got good feng shui or not?")

# --- Gwen, a Welsh farmer
C(
    "count",
    43,
    "How many of the things are made of rubber, then?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "quantifier",
    43,
    "Are all the big ones metal?",
    "not_(exist(fn(f(scene(), size=large), material=metal)))",
    lambda s: every(s, s.f(size="large"), material="metal"),
)
C(
    "list",
    43,
    "What colours are the cubes? Just list them off.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "chain",
    43,
    "In front of the gray ball there's a cylinder, and to the left of that cylinder there's a cube. What colour's the cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=gray)), front), shape=cylinder)), left), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="gray"), "front", shape="cylinder"), "left", shape="cube"),
        "color",
    ),
)
C(
    "compare_size",
    43,
    "Which is bigger, the blue cylinder or the green cube?",
    "q(u(f(union(f(sel(cylinder), color=blue), f(sel(cube), color=green)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="blue"), s.the(shape="cube", color="green")),
)
C(
    "superlative",
    43,
    "What's the one out on the far right made of?",
    "q(ord(scene(), right, 1), material)",
    lambda s: s.a(nth(s, s.all(), "right"), "material"),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl (left), small cyan metal cube (far right), large gray metal sph, large red metal sph (front), large cyan rubber sph (back), small yellow metal cyl (far left)

# --- Donna, a Kentucky school-bus driver
C(
    "count",
    45,
    "Hon, how many little ones are in this picture?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "quantifier",
    45,
    "Are all them balls big ones?",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: every(s, s.f(shape="sphere"), size="large"),
)
C(
    "number",
    45,
    "How many different colors we got in here?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "compare_count",
    45,
    "Are there as many cylinders as there are cubes?",
    "eq(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="cube"))),
)
C(
    "spatial",
    45,
    "That red ball up front — is it in front of the gray cube?",
    "exist(f(rel(u(f(sel(cube), color=gray)), front), color=red, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "red"}, "front", {"shape": "cube", "color": "gray"}),
)
C(
    "superlative",
    45,
    "Which one's farthest left? What shape is it, hon?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
X(45, "How long you reckon it'd take the kids on my route to build this out of blocks?")

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph (back), large cyan rubber cyl, small green rubber sph (far left), small purple metal sph (far right), large red rubber cube (front), small purple rubber cube

# --- Ahmed, an Egyptian taxi dispatcher
C("count", 46, "My friend, how much balls are there?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_attr",
    46,
    "The two cyan cylinders, they have same material?",
    "same(f(sel(cylinder), color=cyan), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="cyan"), "material"),
)
C(
    "spatial",
    46,
    "How many objects are on the right of the big cyan cylinder?",
    "count(rel(u(f(sel(cylinder), size=large, color=cyan)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", size="large", color="cyan"))),
)
C(
    "attribute",
    46,
    "The cube that is purple — it is big or small?",
    "choose(u(f(sel(cube), color=purple)), size, [large, small])",
    lambda s: s.a(s.the(shape="cube", color="purple"), "size"),
)
C(
    "compare_count",
    46,
    "Metal things and rubber things, the number is equal?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
X(46, "This place, it is far from Cairo? How long by taxi?")

# --- Jess, a yoga teacher
C(
    "count",
    46,
    "How many cubes and cylinders are there, taken together?",
    "count(union(sel(cube), sel(cylinder)))",
    lambda s: n(s.f(shape=("cube", "cylinder"))),
)
C(
    "superlative",
    46,
    "Which object is closest to the front? Its colour, please.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "same_attr",
    46,
    "How many other things share a colour with the little green sphere?",
    "count(same_attr(u(f(sel(sphere), size=small, color=green)), color))",
    lambda s: n(others(s, s.the(shape="sphere", size="small", color="green"), "color")),
)
C(
    "chain",
    46,
    "Gently now: in front of the green sphere there's one other sphere, and behind that sphere there's a cylinder. Is that cylinder metal or rubber?",
    "choose(u(f(rel(u(f(rel(u(f(sel(sphere), color=green)), front), shape=sphere)), behind), shape=cylinder)), material, [metal, rubber])",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="green"), "front", shape="sphere"), "behind", shape="cylinder"),
        "material",
    ),
)
C(
    "exist",
    46,
    "Is there a gray sphere anywhere in the picture?",
    "exist(f(sel(sphere), color=gray))",
    lambda s: yes(bool(s.f(shape="sphere", color="gray"))),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (far right), small blue rubber cyl (back), small purple metal cube (right), small yellow metal sph (far left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph (front)

# --- Rob, a dad building flat-pack furniture
C("count", 47, "Right, how many cubes have I got here?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "count",
    47,
    "And how many of those cubes are purple?",
    "count(f(sel(cube), color=purple))",
    lambda s: n(s.f(shape="cube", color="purple")),
)
C(
    "compare_attr",
    47,
    "The two yellow balls — same size?",
    "same(f(sel(sphere), color=yellow), size)",
    lambda s: alike(s, s.f(shape="sphere", color="yellow"), "size"),
)
C(
    "spatial",
    47,
    "How many cylinders are there behind the big blue cube?",
    "count(f(rel(u(f(sel(cube), size=large, color=blue)), behind), shape=cylinder))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cube", size="large", color="blue")), shape="cylinder")),
)
C(
    "superlative",
    47,
    "What's the bit nearest the front made of?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
X(47, "Where would I buy a set of these, and are they any good for a toddler?")

# --- Teodora, a Bulgarian librarian
C(
    "quantifier",
    47,
    "Are most of the objects made of rubber?",
    "gt(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber)))",
    lambda s: most([s.a(i, "material") == "rubber" for i in s.all()]),
)
C(
    "list",
    47,
    "Please, which colours have the cylinders? Tell me all of them.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "superlative",
    47,
    "Which is the second object from the left? I want to know its colour.",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)
C(
    "position",
    47,
    "The small red cube — it stands on the left side of the picture or on the right?",
    "choose(u(f(sel(cube), size=small, color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="small", color="red")),
)
C(
    "compare_size",
    47,
    "Which is bigger: the blue cylinder or the blue cube?",
    "q(u(f(union(f(sel(cylinder), color=blue), f(sel(cube), color=blue)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="blue"), s.the(shape="cube", color="blue")),
)
C(
    "quantifier",
    47,
    "Is it so that no sphere is purple?",
    "not_(exist(f(sel(sphere), color=purple)))",
    lambda s: yes(not s.f(shape="sphere", color="purple")),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Hank, a Minnesota claims adjuster
P(
    "attribute",
    "street",
    "For the file: what colour's the car?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "spatial",
    "street",
    "Is the car positioned to the right of the bus?",
    "vrel(u(sel(bus)), right, name=car)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "car"))),
)
P(
    "text",
    "street",
    "There's lettering painted on the road. What does it say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "position",
    "street",
    "Whereabouts is the car in the frame — top or bottom?",
    "choose(u(sel(car)), vposition, [top, bottom])",
    lambda p: p.value(p.the("car"), "vposition"),
)
P(
    "count",
    "street",
    "How many persons are visible at the scene?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
X("street", "Who'd you say is at fault here, the bus driver or the fella in the car?")

# --- Lucía, a Spanish teacher
P(
    "text",
    "street",
    "The bus has words in Spanish, I think. What it says exactly?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "text",
    "street",
    "And on the sign, what is written there?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "chain",
    "street",
    "The woman in the middle, she holds something in her arms — what is it?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "attribute",
    "street",
    "The dog, which colour has it?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "count",
    "street",
    "How many men wear a tie?",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
X("street", "This is Madrid or Barcelona? I want to know the city.")

# --- Kemal, who runs the kebab shop across the road
P(
    "chain",
    "street",
    "The gentleman in the white shirt, what colour tie he has?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "count",
    "street",
    "From my shop I see a lot of red. How many red things you see in this picture?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "spatial",
    "street",
    "Is there a tree behind the bus?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "compare_attr",
    "street",
    "The two men, they are wearing the same colour?",
    "same(sel(man), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("man")}) == 1),
)
P(
    "superlative",
    "street",
    "Who stands most on the left — a man or a woman?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
X("street", "How many customers will come to my shop from this bus, you think?")

# --- Bea, nine
P(
    "attribute",
    "street",
    "is the dog big or little",
    "choose(u(sel(dog)), size, [large, small])",
    lambda p: p.value(p.the("dog"), "size"),
)
P("count", "street", "how many ties can you see", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "list",
    "street",
    "what colours are the ties",
    "values(sel(tie), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("tie")),
)
P(
    "position",
    "street",
    "is the stop sign at the top or at the bottom",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
P(
    "spatial",
    "street",
    "who is the doggy near",
    "q(u(rel(u(sel(dog)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog")))),
)
P("exist", "street", "is there a cat in it", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Nora, an Irish mammy
P(
    "count",
    "kitchen",
    "How many cups are on the table there? I've the kettle on.",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "verify",
    "kitchen",
    "Is that plate a white one?",
    "verify(u(sel(plate)), color, white)",
    lambda p: yes(p.value(p.the("plate"), "color") == "white"),
)
P(
    "chain",
    "kitchen",
    "What colour's the cup to the left of the plate?",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
P(
    "text",
    "kitchen",
    "And the clock, what time has it?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "negation",
    "kitchen",
    "How many of the cups aren't white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
X("kitchen", "Is that water or gin in the bottle, would you say?")

# --- Olu, an estate agent writing a listing
P(
    "attribute",
    "kitchen",
    "For the listing: what's the dining table made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "count",
    "kitchen",
    "How many items are set out on the table in total?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "chain",
    "kitchen",
    "What colour is the thing hanging above the table?",
    "q(u(rel(u(sel(table)), above)), color)",
    lambda p: p.value(only(p.subjects("above", p.the("table"))), "color"),
)
P(
    "attribute",
    "kitchen",
    "What colour is the bottle on the table?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "spatial",
    "kitchen",
    "Is the woman standing to the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
X("kitchen", "What would a kitchen like this add to the asking price?")

# --- Sunil, a retired railway clerk
P(
    "text",
    "kitchen",
    "Kindly tell me what is written on the bottle.",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "superlative",
    "kitchen",
    "Of the cups, the one at the extreme right — its colour, please?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "spatial",
    "kitchen",
    "Is the bottle kept to the left of the white cup?",
    "vrel(u(f(sel(cup), color=white)), left, name=bottle)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("cup", color="white")), "bottle"))),
)
P(
    "count",
    "kitchen",
    "How many of the things on the table are white in colour?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
P(
    "attribute",
    "kitchen",
    "Of what material is the fork made?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "spatial",
    "kitchen",
    "Is the fork lying near the plate?",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("plate")), "fork"))),
)

# --- Kayla, a barista, in lowercase
P("count", "kitchen", "ok barista brain: how many cups total", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "verify",
    "kitchen",
    "is the middle cup the blue one",
    "verify(ord(sel(cup), left, 2), color, blue)",
    lambda p: yes(p.value(side_of(p, p.f("cup"), "left", 2), "color") == "blue"),
)
P(
    "list",
    "kitchen",
    "which colours are the cups, list em",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "compare_attr",
    "kitchen",
    "is the blue cup the same colour as the bottle",
    "same(u(f(sel(cup), color=blue)), u(sel(bottle)), color)",
    lambda p: yes(p.value(p.the("cup", color="blue"), "color") == p.value(p.the("bottle"), "color")),
)
P(
    "compare_count",
    "kitchen",
    "more cups than plates right",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P(
    "attribute",
    "kitchen",
    "what colour is the woman's outfit",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
X("kitchen", "would u rate this kitchen's aesthetic out of 10")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Marcus, a dad keeping an eye on his lad
P("count", "park", "How many kids are out in the park?", "count(sel(child))", lambda p: n(children(p)))
P(
    "chain",
    "park",
    "What's the lad in blue throwing?",
    "q(u(rel(u(f(sel(boy), color=blue)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy", color="blue"), "throwing"))),
)
P(
    "verify",
    "park",
    "Is the frisbee yellow?",
    "verify(u(sel(frisbee)), color, yellow)",
    lambda p: yes(p.value(p.the("frisbee"), "color") == "yellow"),
)
P(
    "spatial",
    "park",
    "My lad's always by the benches. Is the boy near the bench here?",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("bench")), "boy"))),
)
P("exist", "park", "Any bikes about?", "exist(sel(bicycle))", lambda p: yes(bool(p.f("bicycle"))))
X("park", "Think the lad'll catch it when it comes back down?")

# --- Ingrid, a Swedish landscape architect
P(
    "two_clause",
    "park",
    "The bench, it is wooden and green?",
    "and_(verify(u(sel(bench)), material, wood), verify(u(sel(bench)), color, green))",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood" and p.value(p.the("bench"), "color") == "green"),
)
P("count", "park", "How many trees there are in the picture?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "chain",
    "park",
    "The tree that stands behind the woman who holds the black dog — is it on the left side or the right side?",
    "choose(u(rel(u(rel(u(f(sel(dog), color=black)), holding)), behind)), hposition, [left, right])",
    lambda p: p.value(
        only(p.subjects("behind", only(p.subjects("holding", p.the("dog", color="black"))))), "hposition"
    ),
)
P(
    "spatial",
    "park",
    "The bicycle is to the right of the bench, is it correct?",
    "vrel(u(sel(bench)), right, name=bicycle)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bench")), "bicycle"))),
)
P(
    "count",
    "park",
    "How many green things are there in this park?",
    "count(f(scene(), color=green))",
    lambda p: n(p.f(color="green")),
)
X("park", "Which kind of trees are they? Birch, I think?")

# --- Beth, a dog groomer
P(
    "list",
    "park",
    "Two dogs, yeah? What colours are they?",
    "values(sel(dog), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("dog")),
)
P(
    "spatial",
    "park",
    "Who's got hold of the black dog?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "spatial",
    "park",
    "The white dog's not on a lead, I take it. It's near the little girl, isn't it?",
    "exist(f(rel(u(sel(girl)), near, name=dog), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("girl")), "dog"))),
)
P(
    "verify",
    "park",
    "Is the girl dressed in pink?",
    "verify(u(sel(girl)), color, pink)",
    lambda p: yes(p.value(p.the("girl"), "color") == "pink"),
)
P(
    "compare_count",
    "park",
    "Fewer dogs than people here, would you say?",
    "lt(count(sel(dog)), count(sel(person)))",
    lambda p: yes(len(p.f("dog")) < len(people(p))),
)
X("park", "What breed's the black one, d'you reckon? Lab cross?")

# --- Hamza, eleven
P(
    "count",
    "park",
    "How many people are in the park altogether?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "superlative",
    "park",
    "Who's the furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "superlative",
    "park",
    "And who's second from the left?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "spatial",
    "park",
    "Is the red bike next to the woman in white?",
    "vrel(u(f(sel(woman), color=white)), near, name=bicycle)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("woman", color="white")), "bicycle"))),
)
P(
    "verify",
    "park",
    "Is the frisbee up at the top of the picture?",
    "verify(u(sel(frisbee)), vposition, top)",
    lambda p: yes(p.value(p.the("frisbee"), "vposition") == "top"),
)
X("park", "What team does the boy support?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Tilly, six
P("count", "shapes", "how many circels are there", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "what colour is the star",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "exist",
    "shapes",
    "is there a purple one",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the red circle or the blue circle",
    "q(u(f(union(f(sel(circle), color=red), f(sel(circle), color=blue)), size=large)), color)",
    lambda p: drawn_bigger_by(p, p.the("circle", color="red"), p.the("circle", color="blue"), "color"),
)
X("shapes", "does the circle like the square")

# --- Rajesh, a civil engineer
P(
    "count",
    "shapes",
    "Kindly tell me the total number of shapes which are small in size.",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "position",
    "shapes",
    "What is the colour of the shape at the bottom right corner?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "color"),
)
P(
    "compare_count",
    "shapes",
    "Are the blue shapes more in number than the red shapes?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, which shape is third from the left?",
    "q(ord(f(scene(), vposition=bottom), left, 3), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left", 3), "shape"),
)
P(
    "count",
    "shapes",
    "How many rectangles are there, counting the square also as a rectangle?",
    "count(union(f(scene(), shape=rectangle), f(scene(), shape=square)))",
    lambda p: n(rectangles(p)),
)
X("shapes", "What is the area of the triangle in square centimetres?")

# --- June, a retired seamstress cutting the shapes out of felt
P(
    "count",
    "shapes",
    "I'm cutting these out of felt for my grandbabies. How many big pieces do I need?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "count",
    "shapes",
    "And how many blue pieces, all together?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "attribute",
    "shapes",
    "Is the yellow one a rectangle or a square?",
    "choose(u(f(scene(), color=yellow)), shape, [rectangle, square])",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
P(
    "list",
    "shapes",
    "What colours of felt will I need for the little pieces?",
    "values(f(scene(), size=small), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="small")),
)
P(
    "compare_attr",
    "shapes",
    "Are the square and the hexagon the same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
X("shapes", "Where can I get good felt cheap around here?")

# --- Kai, a design student, lowercase and terse
P(
    "count",
    "shapes",
    "how many shapes in the top row",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "position",
    "shapes",
    "whats in the dead centre",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "triangle bigger than the square?",
    "larger(u(sel(triangle)), u(sel(square)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("square")),
)
P(
    "number",
    "shapes",
    "number of colours used?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "exist",
    "shapes",
    "anything yellow up top",
    "exist(f(scene(), color=yellow, vposition=top))",
    lambda p: yes(bool(p.f(color="yellow", vposition="top"))),
)
P(
    "position",
    "shapes",
    "top left corner — colour",
    "q(u(f(scene(), hposition=left, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "color"),
)

# --- Helene, a Quebec daycare worker
P(
    "verify",
    "shapes",
    "The blue one in the middle of the picture, it is a circle?",
    "verify(u(f(scene(), color=blue, hposition=middle, vposition=middle)), shape, circle)",
    lambda p: yes(p.value(p.the(color="blue", hposition="middle", vposition="middle"), "shape") == "circle"),
)
P(
    "negation",
    "shapes",
    "How many shapes there is that are not blue?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "compare_attr",
    "shapes",
    "The star and the small circle, they have the same colour?",
    "same(u(sel(star)), u(f(sel(circle), size=small)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="small"), "color")),
)
P(
    "compare_size",
    "shapes",
    "Which one is more big, the star or the yellow rectangle?",
    "q(u(f(union(sel(star), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("star"), only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])),
)
P(
    "quantifier",
    "shapes",
    "All the shapes on the top, they are big?",
    "not_(exist(fn(f(scene(), vposition=top), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(vposition="top"))),
)
X("shapes", "The kids ask me what this drawing is supposed to be. A house, maybe?")

# --- Sergio, an Italian tiler
P(
    "count",
    "shapes",
    "How many pieces are in the lower line?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "superlative",
    "shapes",
    "In the upper line, the second from the right, which colour?",
    "q(ord(f(scene(), vposition=top), right, 2), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "color"),
)
P(
    "compare_count",
    "shapes",
    "Is there more circles than triangles?",
    "gt(count(sel(circle)), count(sel(triangle)))",
    lambda p: yes(len(p.f("circle")) > len(p.f("triangle"))),
)
P(
    "attribute",
    "shapes",
    "The green one, what shape is?",
    "q(u(f(scene(), color=green)), shape)",
    lambda p: p.value(p.the(color="green"), "shape"),
)
P(
    "same_attr",
    "shapes",
    "How many other pieces have the same colour as the star?",
    "count(same_attr(u(sel(star)), color))",
    lambda p: n(shape_sharers(p, p.the("star"), "color")),
)
X("shapes", "How much you pay for tiles like this, for one square metre?")

# --- Walt, a colour-blind retired electrician
P(
    "attribute",
    "shapes",
    "I'm colour-blind, so humour me: what colour is the triangle?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles the same colour? They look alike to me.",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "verify",
    "shapes",
    "Is the big circle red, or am I seeing things?",
    "verify(u(f(sel(circle), size=large)), color, red)",
    lambda p: yes(p.value(p.the("circle", size="large"), "color") == "red"),
)
P(
    "list",
    "shapes",
    "Which shapes are blue? Name them all for me.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "negation",
    "shapes",
    "How many of the shapes aren't red or blue?",
    "count(fn(fn(scene(), color=red), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") not in {"red", "blue"}]),
)
P(
    "two_clause",
    "shapes",
    "The rectangle down the bottom — it's yellow and it's on the left, right?",
    "and_(verify(u(f(sel(rectangle), vposition=bottom)), color, yellow), verify(u(f(sel(rectangle), vposition=bottom)), hposition, left))",
    lambda p: yes(
        p.value(only([o for o in rectangles(p) if p.value(o, "vposition") == "bottom"]), "color") == "yellow"
        and p.value(only([o for o in rectangles(p) if p.value(o, "vposition") == "bottom"]), "hposition") == "left"
    ),
)

# --- Otto, a retired German draughtsman
P(
    "negation",
    "shapes",
    "How many of the figures have corners? So everything except the circles.",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "superlative",
    "shapes",
    "Which figure is at the far left of the lower row?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Is the hexagon smaller than the triangle?",
    "larger(u(sel(triangle)), u(sel(hexagon)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("hexagon")),
)
P(
    "quantifier",
    "shapes",
    "Are most of the figures blue?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)
P(
    "exist",
    "shapes",
    "Does the drawing contain any star that is not red?",
    "exist(fn(sel(star), color=red))",
    lambda p: yes(any(p.value(o, "color") != "red" for o in p.f("star"))),
)
X("shapes", "In which year was this drawing made, and by whom?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
