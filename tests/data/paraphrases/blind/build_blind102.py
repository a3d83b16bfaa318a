# ruff: noqa: E501
"""Blind paraphrase set 102: a forty-fifth fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits of speech, always understandably to a careful reader.
No persona gimmick is shared: they are the kind of people who type or speak into a picture-question app.

The cast. On the CLEVR pictures: Tomasz, a Polish plumber in Dublin on his lunch break ("what shape it has?", "on left
side of picture or right side?"); Marjorie, seventy-one, a retired librarian writing whole polite sentences ("Would I
be right in thinking ..."); Kevin, a delivery driver talking into his phone at the lights ("uh", "ok and", "'em");
Aisha, twelve, reading out her worksheet ("Question 1 says", "Q2:", "next one is"); Dr Brennan, a
radiologist with clinical phrasing ("Count the cylinders, please.", "the most posterior object"); Nonna Giulia, an
Italian grandmother ("The ball blue, is of metal or of rubber?", "stays in front of", "true?"); Jordan, nineteen, a
student typing lowercase ("so like", "right?"); Pastor Elijah from Georgia, warm and unhurried ("Now,", "would you
say", "if you don't mind"); Mei-Ling, a Singaporean accountant ("How many metal one got ah?", "is it?"); Frank, a
retired insurance adjuster who wants things for his records; Imogen, a primary-school art teacher ("can you spot");
Raj, a Leicester taxi dispatcher ("Cubes — how many, mate?"); Björn, a Swedish carpenter ("it is small or large?",
"of same material"); Kayla, an Ohio nursing student between shifts ("quick one", no apostrophes); Doug, a Canadian
hockey dad ("bud", "colour-wise"); Inês, a Portuguese pharmacist ("how many objects are?", "which colour has it?", "Of
what is the cube made?"); Terry, a retired Birmingham bus mechanic ("red 'uns", "them two", "aren't ... neither");
Hannah, a speech therapist, clear and kind; Oluwaseun, a Lagos software developer ("in all", "Is it every cube that
is metal?"); Grace, nine ("grey", no capitals); Carlos, a landscaper ("you got in there", "they the same size?"); and
Penny, a bookkeeper who double-checks ("I count six, but please confirm"). On the photo-like graphs: Dwayne, a Chicago
bike courier ("Yo", "in the shot"); Ingrid, a Norwegian tourist ("Which colour has the car?", "Has the dog the same
colour ..."); Mr Albright, seventy-seven, a retired postman ("the gentlemen", "have got ties on"); Chloe, a student of
Spanish; Luis, a waiter laying tables ("set out", "left-hand side of the plate"); Esther, a church cook ("dear");
Arjun, eleven; Sophie, an Airbnb host writing a listing; Denise, a parkrun volunteer ("the lad in blue", "chucking");
Tariq, a dad with a toddler on his lap ("doggies", "he's obsessed"); Olga, a Ukrainian grandmother ("Woman who holds
a dog — which colour is her dress?", "From what is the bench made?"); and Marcus, a dog trainer. On the drawing: Mr
Fenwick, a maths tutor; Anjali, a UX designer ("Just list them", "share a colour"); Leo, six, talking to the app;
Rosalind, an embroiderer stitching it as a sampler; Kofi, a signwriter ("painted green, yes?"); Jean-Luc, a French
architect ("forms", "more big", "the most at the right"); Bettina, a data-entry clerk ("Number of small shapes?");
and Mick, a tiler ("have we got to cut", "Both, mind.").

Sentence shapes: bare fragments ("Those not metal, how many?", "Shape in the very middle?"), fronted topics and places
("The purple one, what shape it has?", "In the bottom row, which form is the most at the right?", "Behind the brown
cylinder, how many objects are?"), tags and checks ("true?", "right?", "is it?", "yes?", "or not?", "correct?"),
worksheet and record-keeping frames ("Question 1 says ...", "For my records, list ..."), questions that restate a
guess ("I count six, but please confirm", "I'd like to put 'solid wood table' in the listing"), two-hop chains told as a little walk ("Take
the cylinder to the right of the cyan sphere. Behind it there is a cube."), comparisons said several ways ("more ...
than", "fewer", "as many ... as", "same number of ... and", "which one is more big?", "Which is bigger: the red ball or the metal cube?"),
negatives and exceptions ("aren't rubber", "those not metal", "aren't red and aren't balls neither", "neither blue nor
circles", "leaving out the circles", "not counting cups"), and "together" counts ("purple or cylinder-shaped, or
both").

The questions cover counts (with conditions, negation, "or", "together"), existence, an attribute of one thing, yes/no
checks of one value, two checks at once, comparisons of counts ("more", "fewer", "as many as", "the same number") and
of attributes (same colour, size, shape or material), quantifiers ("all", "every", "most", "both"), exceptions,
relations (left, right, in front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding,
wearing, throwing, above, behind, left, right, in front), one- and two-hop chains, superlatives and ordinals, other
things sharing a value, which of two things is the bigger, lists of values, the number of different colours, sides of
a CLEVR picture, sides, rows and corners of the photos and the drawing, and the text on the photos' bus, sign, road,
bottle and clock. About half ask about CLEVR val scenes (22, 30, 27, 14, 2, 0, 21, 25, 18, 19, 16, 13, 12 and 9; one
or two people to a scene), about 30% about the photo-like graphs (street, kitchen, park) and 20% about the drawing of
flat shapes; about one in ten must be refused, each in the same voice as the person's other questions (prices,
opinions, what happens next or why, names and makers, the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so the
drawing's rectangle is always "the yellow rectangle"); places and orders are only asked where a careful person could
call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor or of a neighbour in the order
along that axis, a side of a CLEVR picture is asked only of an object whose box centre lies within 130 pixels of the
edge of the 480-pixel frame, and on the drawing and photos neighbours in an order are at least 40 pixels apart;
nothing is asked of the photo graphs that their stated relations and attributes leave open. A which-side question is
answered with the side; a "which is bigger" between two things is asked only where their size classes differ, and
answered with the word that tells the bigger one from the other (its shape). Answers are the graph's words (gray, not
grey; sphere, not ball; a list most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the
tag. Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), blind_gold.py and blind_helpers.py
(the helpers imported here), the first 5 lines of blind66.jsonl (for the line format), and the scenes themselves
(photo_scenes.json and the CLEVR val scenes.json, inspected with small Python snippets). The blind folder's file names
were listed once, but no other file in it was opened. No question was run through nsvr's parser, planner or ``nsvr
ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind102.py`` to write ``../blind102.jsonl``; ``--check`` also runs every gold program with nsvr.
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
    wearers,
    worn_by,
)

OUT = Path(__file__).resolve().parents[1] / "blind102.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def colours(s, ids) -> str:
    """The number of different colours among CLEVR objects ids."""
    return str(len({s.a(i, "color") for i in ids}))


def drawn_others(p, oid: str, attribute: str) -> list[str]:
    """The drawn shapes other than oid that share its value of ``attribute``."""
    return [o for o in p.objects if o != oid and p.value(o, attribute) == p.value(oid, attribute)]


def yellow_rectangle(p) -> str:
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 22: large yellow rubber cyl (far left), large yellow metal cube, small purple metal cyl (back), small cyan metal sph (front)

# --- Tomasz, a Polish plumber in Dublin, on his lunch break
C(
    "count",
    22,
    "How many things are yellow here?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "compare_attr",
    22,
    "These two yellow ones — they are made from same material or not?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "attribute",
    22,
    "The purple one, what shape it has?",
    "q(u(f(scene(), color=purple)), shape)",
    lambda s: s.a(s.the(color="purple"), "shape"),
)
C(
    "position",
    22,
    "Big yellow cylinder is on left side of picture or right side?",
    "choose(u(f(sel(cylinder), size=large, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="yellow")),
)
C(
    "compare_size",
    22,
    "Which is bigger, the cube or the purple cylinder?",
    "q(u(f(union(sel(cube), f(sel(cylinder), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube"), s.the(shape="cylinder", color="purple")),
)
X(22, "How much would cost a cube like this one, made from real metal? For my workshop.")

# scene 30: large green rubber sph, large purple rubber sph (back), large blue metal cyl (front)

# --- Marjorie, seventy-one, a retired librarian
C(
    "count",
    30,
    "Good afternoon. Could you tell me how many spheres there are in this picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "exist",
    30,
    "Is there anything at all in it that one would call small?",
    "exist(f(scene(), size=small))",
    lambda s: yes(bool(s.f(size="small"))),
)
C(
    "attribute",
    30,
    "What is the cylinder made of, please — metal or rubber?",
    "choose(u(sel(cylinder)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "spatial",
    30,
    "Would I be right in thinking the purple sphere sits further back than the green one?",
    "exist(f(rel(u(f(sel(sphere), color=green)), behind), color=purple, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "purple"}, "behind", {"shape": "sphere", "color": "green"}),
)
C(
    "two_clause",
    30,
    "Is the cylinder blue, and is it also the object nearest the front?",
    "and_(verify(u(sel(cylinder)), color, blue), verify(ord(scene(), front, 1), shape, cylinder))",
    lambda s: yes(
        s.a(s.the(shape="cylinder"), "color") == "blue" and s.a(nth(s, s.all(), "front"), "shape") == "cylinder"
    ),
)
X(
    30,
    "It reminds me of a painting I once saw in Edinburgh. Who do you suppose the artist might have been?",
)

# scene 27: large purple rubber cube, small yellow metal sph (left), small red rubber cyl, large red rubber cube (front)

# --- Kevin, a delivery driver talking into his phone at the lights
C(
    "count",
    27,
    "uh how many red things are in this one",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "negation",
    27,
    "ok and how many of 'em aren't rubber",
    "count(fn(scene(), material=rubber))",
    lambda s: n(lacking(s, s.all(), material="rubber")),
)
C(
    "superlative",
    27,
    "which one's furthest over to the left, what colour",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "compare_size",
    27,
    "is the purple cube bigger than the red cylinder or not",
    "larger(u(f(sel(cube), color=purple)), u(f(sel(cylinder), color=red)))",
    lambda s: larger(s, s.the(shape="cube", color="purple"), s.the(shape="cylinder", color="red")),
)
C(
    "same_attr",
    27,
    "how many other things are the same colour as the little cylinder",
    "count(same_attr(u(f(sel(cylinder), size=small)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="small"), "color")),
)
C(
    "chain",
    27,
    "right so in front of the yellow ball there's a cube, and to the right of that cube there's a cylinder — what's the cylinder made of",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=yellow)), front), shape=cube)), right), shape=cylinder)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="yellow"), "front", shape="cube"), "right", shape="cylinder"),
        "material",
    ),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube (back)

# --- Aisha, twelve, reading out her worksheet
C(
    "count",
    14,
    "Question 1 says how many spheres are there",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    14,
    "Q2: what colour is the cube?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_attr",
    14,
    "next one is do both spheres have the same material",
    "same(sel(sphere), material)",
    lambda s: alike(s, s.f(shape="sphere"), "material"),
)
C(
    "spatial",
    14,
    "how many objects are on the left of the blue sphere",
    "count(rel(u(f(sel(sphere), color=blue)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="blue"))),
)
C(
    "compare_size",
    14,
    "which is bigger, the cyan sphere or the cube",
    "q(u(f(union(f(sel(sphere), color=cyan), sel(cube)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="cyan"), s.the(shape="cube")),
)
X(14, "can you also do question 7 for me its about fractions")

# scene 2: large green metal cube, small gray metal cyl (back), large cyan rubber cyl (right)

# --- Dr Brennan, a radiologist
C("count", 2, "Count the cylinders, please.", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "position",
    2,
    "The large cyan cylinder: left or right half of the image?",
    "choose(u(f(sel(cylinder), size=large, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="cyan")),
)
C(
    "compare_attr",
    2,
    "Are the two cylinders of equal size?",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "quantifier",
    2,
    "Is every object in the field metallic?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "superlative",
    2,
    "Identify the most posterior object — the one furthest back. Its colour?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)

# scene 0: small yellow rubber sph (front), large blue metal sph (far left), large green rubber cyl

# --- Nonna Giulia, an Italian grandmother; her grandson set up the app
C(
    "count",
    0,
    "How many big things there are?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "exist",
    0,
    "There is a cube? I don't see it.",
    "exist(sel(cube))",
    lambda s: yes(bool(s.f(shape="cube"))),
)
C(
    "attribute",
    0,
    "The ball blue, is of metal or of rubber?",
    "choose(u(f(sel(sphere), color=blue)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", color="blue"), "material"),
)
C(
    "spatial",
    0,
    "The little yellow ball stays in front of the cylinder, true?",
    "exist(f(rel(u(sel(cylinder)), front), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "front", {"shape": "cylinder"}),
)
C(
    "position",
    0,
    "The blue ball, on which side of the picture is it, left or right?",
    "choose(u(f(sel(sphere), color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="blue")),
)
X(0, "My grandson say a computer make this. Why they make it, is for the school or is a game?")

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph (front), large purple metal cyl (far right)

# --- Jordan, nineteen, a student typing lowercase
C("count", 21, "so like how many balls total", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "count",
    21,
    "how many small rubber things",
    "count(f(scene(), size=small, material=rubber))",
    lambda s: n(s.f(size="small", material="rubber")),
)
C(
    "verify",
    21,
    "purple cylinder is metal right?",
    "verify(u(f(sel(cylinder), color=purple)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="purple"), "material") == "metal"),
)
C(
    "superlative",
    21,
    "what color is the thing farthest to the right",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "compare_count",
    21,
    "are there fewer cylinders than spheres",
    "lt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="sphere"))),
)
C(
    "same_attr",
    21,
    "how many other things are made of the same stuff as the gray ball",
    "count(same_attr(u(f(sel(sphere), color=gray)), material))",
    lambda s: n(others(s, s.the(shape="sphere", color="gray"), "material")),
)

# --- Pastor Elijah, from Georgia; warm and unhurried
C(
    "spatial",
    21,
    "Now, how many of these objects would you say are sitting behind that big red ball?",
    "count(rel(u(f(sel(sphere), size=large, color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="large", color="red"))),
)
C(
    "chain",
    21,
    "There's a big sphere back behind the little yellow one, and to the right of that big sphere sits a cylinder. Can you tell me what that cylinder is made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=yellow)), behind), shape=sphere, size=large)), right), shape=cylinder)), material)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", size="small", color="yellow"), "behind", shape="sphere", size="large"),
            "right",
            shape="cylinder",
        ),
        "material",
    ),
)
C(
    "superlative",
    21,
    "Which one is second closest to the front? I'd like its shape, if you don't mind.",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
C(
    "quantifier",
    21,
    "Are all of the spheres small ones?",
    "not_(exist(fn(sel(sphere), size=small)))",
    lambda s: every(s, s.f(shape="sphere"), size="small"),
)
C(
    "position",
    21,
    "That big purple cylinder — is it over on the left side of the picture or the right?",
    "choose(u(f(sel(cylinder), size=large, color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="purple")),
)
C(
    "exist",
    21,
    "And is there a gray cube anywhere in there, would you say?",
    "exist(f(sel(cube), color=gray))",
    lambda s: yes(bool(s.f(shape="cube", color="gray"))),
)

# scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl (far left), large brown rubber sph, small gray metal cyl (back)

# --- Mei-Ling, a Singaporean accountant
C(
    "count",
    25,
    "How many metal one got ah?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "negation",
    25,
    "Those not metal, how many?",
    "count(fn(scene(), material=metal))",
    lambda s: n(lacking(s, s.all(), material="metal")),
)
C(
    "compare_attr",
    25,
    "The two brown one same shape or not?",
    "same(f(scene(), color=brown), shape)",
    lambda s: alike(s, s.f(color="brown"), "shape"),
)
C(
    "attribute",
    25,
    "The cube is what colour ah?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_size",
    25,
    "Brown ball bigger than brown cylinder, is it?",
    "larger(u(f(sel(sphere), color=brown)), u(f(sel(cylinder), color=brown)))",
    lambda s: larger(s, s.the(shape="sphere", color="brown"), s.the(shape="cylinder", color="brown")),
)
X(25, "This kind can use for my son's Lego or not? Where to buy, which shop?")

# --- Frank, a retired insurance adjuster who wants things for his records
C(
    "superlative",
    25,
    "Of all the objects, which one sits furthest to the left? Its material, please.",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)
C(
    "spatial",
    25,
    "How many objects sit in front of the red cube? Count them all, whatever their shape.",
    "count(rel(u(f(sel(cube), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="red"))),
)
C(
    "chain",
    25,
    "The small cylinder to the left of the big blue cylinder — what colour would that be?",
    "q(u(f(rel(u(f(sel(cylinder), size=large, color=blue)), left), shape=cylinder, size=small)), color)",
    lambda s: s.a(
        hop(s, s.the(shape="cylinder", size="large", color="blue"), "left", shape="cylinder", size="small"), "color"
    ),
)
C(
    "chain",
    25,
    "In front of the red cube there's a large metal sphere. To the right of that sphere is another sphere. What is that second one made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=red)), front), shape=sphere, size=large, material=metal)), right), shape=sphere)), material)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", color="red"), "front", shape="sphere", size="large", material="metal"),
            "right",
            shape="sphere",
        ),
        "material",
    ),
)
C(
    "list",
    25,
    "For my records, list the colours of the cylinders.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "two_clause",
    25,
    "Is there a yellow sphere, and is there also a red cube? I need both confirmed.",
    "and_(exist(f(sel(sphere), color=yellow)), exist(f(sel(cube), color=red)))",
    lambda s: yes(bool(s.f(shape="sphere", color="yellow")) and bool(s.f(shape="cube", color="red"))),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl (far left), small blue rubber cyl (front), large cyan rubber sph (far right), small purple metal cube, small red rubber sph (back)

# --- Imogen, a primary-school art teacher
C(
    "count",
    18,
    "How many purple things can you spot?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "compare_attr",
    18,
    "The two big purple cylinders — are they made of the same material?",
    "same(f(sel(cylinder), size=large, color=purple), material)",
    lambda s: alike(s, s.f(shape="cylinder", size="large", color="purple"), "material"),
)
C(
    "count",
    18,
    "How many things are purple or cylinder-shaped, or both?",
    "count(union(f(scene(), color=purple), sel(cylinder)))",
    lambda s: n(set(s.f(color="purple")) | set(s.f(shape="cylinder"))),
)
C(
    "quantifier",
    18,
    "Would you say most of the objects are rubber?",
    "gt(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber)))",
    lambda s: most([s.a(i, "material") == "rubber" for i in s.all()]),
)
C(
    "superlative",
    18,
    "What colour is the object right at the very back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(18, "Which of these colours do you think the children would most enjoy painting?")

# --- Raj, a Leicester taxi dispatcher
C("count", 18, "Cubes — how many, mate?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_count",
    18,
    "Same number of spheres and cylinders?",
    "eq(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cylinder"))),
)
C(
    "position",
    18,
    "Big cyan ball, which side of the picture's it on?",
    "choose(u(f(sel(sphere), size=large, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="cyan")),
)
C(
    "spatial",
    18,
    "Small blue cylinder — in front of the purple metal cylinder or not?",
    "exist(f(rel(u(f(sel(cylinder), color=purple, material=metal)), front), color=blue, shape=cylinder))",
    lambda s: is_rel(
        s,
        {"shape": "cylinder", "color": "blue"},
        "front",
        {"shape": "cylinder", "color": "purple", "material": "metal"},
    ),
)
C(
    "same_attr",
    18,
    "How many others are the same shape as the red ball?",
    "count(same_attr(u(f(sel(sphere), color=red)), shape))",
    lambda s: n(others(s, s.the(shape="sphere", color="red"), "shape")),
)
C(
    "superlative",
    18,
    "Counting in from the left, the second one along — what colour's that?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)

# scene 19: small gray metal cube, small green metal cyl (back), small cyan metal cyl (front), small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph (far right), small yellow rubber cube (far left)

# --- Björn, a Swedish carpenter
C(
    "count",
    19,
    "How many of the things are cyan?",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "count",
    19,
    "How many small pieces of metal are there?",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "attribute",
    19,
    "The ball — it is small or large?",
    "choose(u(sel(sphere)), size, [small, large])",
    lambda s: s.a(s.the(shape="sphere"), "size"),
)
C(
    "compare_attr",
    19,
    "Both cyan cylinders, are they of same material?",
    "same(f(sel(cylinder), color=cyan), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="cyan"), "material"),
)
C(
    "number",
    19,
    "How many different colours have the cubes?",
    "nvalues(sel(cube), color)",
    lambda s: colours(s, s.f(shape="cube")),
)

# --- Kayla, an Ohio nursing student between shifts
C("count", 19, "quick one, how many cubes?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "list",
    19,
    "what colors are the cylinders",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "superlative",
    19,
    "which thing is farthest left? just need the color",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "spatial",
    19,
    "how many things are to the right of the big blue cube",
    "count(rel(u(f(sel(cube), size=large, color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", size="large", color="blue"))),
)
C(
    "chain",
    19,
    "ok so behind the cyan cube theres a big cube. what color is it",
    "q(u(f(rel(u(f(sel(cube), color=cyan)), behind), shape=cube, size=large)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="cyan"), "behind", shape="cube", size="large"), "color"),
)
C(
    "compare_size",
    19,
    "which is bigger, the gray ball or the gray cube",
    "q(u(f(union(f(sel(sphere), color=gray), f(sel(cube), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="gray"), s.the(shape="cube", color="gray")),
)

# scene 16: small red metal sph, small purple metal sph (far left), small cyan metal sph (front), large brown rubber cyl, large yellow rubber cube (back), large green rubber sph, large yellow metal cyl

# --- Doug, a Canadian hockey dad at the rink
C("count", 16, "How many balls in this one, bud?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "quantifier",
    16,
    "Are all the small ones metal?",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: every(s, s.f(size="small"), material="metal"),
)
C(
    "compare_attr",
    16,
    "The two yellow things, same material?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "verify",
    16,
    "Cube's yellow, right?",
    "verify(u(sel(cube)), color, yellow)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "yellow"),
)
C(
    "position",
    16,
    "Little purple ball — left side or right side of the picture?",
    "choose(u(f(sel(sphere), size=small, color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="purple")),
)
C(
    "superlative",
    16,
    "What's closest to the camera, colour-wise?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# --- Inês, a Portuguese pharmacist
C(
    "compare_count",
    16,
    "There are more metal objects than rubber objects?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "spatial",
    16,
    "Behind the brown cylinder, how many objects are?",
    "count(rel(u(f(sel(cylinder), color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="brown"))),
)
C(
    "chain",
    16,
    "The cylinder that is on the left of the brown cylinder — which colour has it?",
    "q(u(f(rel(u(f(sel(cylinder), color=brown)), left), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="brown"), "left", shape="cylinder"), "color"),
)
C(
    "chain",
    16,
    "Take the cylinder to the right of the cyan sphere. Behind it there is a cube. Of what is the cube made?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=cyan)), right), shape=cylinder)), behind), shape=cube)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="cyan"), "right", shape="cylinder"), "behind", shape="cube"),
        "material",
    ),
)
C(
    "same_attr",
    16,
    "How many other objects have the same colour as the cube?",
    "count(same_attr(u(sel(cube)), color))",
    lambda s: n(others(s, s.the(shape="cube"), "color")),
)
C(
    "exist",
    16,
    "Is there some gray object?",
    "exist(f(scene(), color=gray))",
    lambda s: yes(bool(s.f(color="gray"))),
)
X(16, "These objects, they are toxic if a small child puts one in the mouth?")

# scene 13: small red rubber cube, large cyan rubber cyl (far right), small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (back), small red rubber sph (far left), large red metal cube

# --- Terry, a retired Birmingham bus mechanic
C(
    "count",
    13,
    "How many red 'uns are there, then?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "count",
    13,
    "And how many of the red ones are cubes?",
    "count(f(sel(cube), color=red))",
    lambda s: n(s.f(shape="cube", color="red")),
)
C(
    "compare_attr",
    13,
    "Them two cubes — same size, are they?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "attribute",
    13,
    "What's the gray ball made of?",
    "q(u(f(sel(sphere), color=gray)), material)",
    lambda s: s.a(s.the(shape="sphere", color="gray"), "material"),
)
C(
    "negation",
    13,
    "How many things aren't red and aren't balls neither?",
    "count(diff(fn(scene(), color=red), sel(sphere)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "red" and s.a(i, "shape") != "sphere"]),
)
C(
    "superlative",
    13,
    "Which one's right at the back? Colour'll do me.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)

# --- Hannah, a speech therapist
C(
    "position",
    13,
    "Is the large cyan cylinder on the left or the right of the picture?",
    "choose(u(f(sel(cylinder), size=large, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="cyan")),
)
C(
    "compare_count",
    13,
    "Are there as many spheres as there are cubes?",
    "eq(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cube"))),
)
C(
    "spatial",
    13,
    "Is the gray sphere to the left of the purple cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=purple)), left), color=gray, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "gray"}, "left", {"shape": "cylinder", "color": "purple"}),
)
C(
    "spatial",
    13,
    "And how many objects are to the left of that purple cylinder altogether?",
    "count(rel(u(f(sel(cylinder), color=purple)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="purple"))),
)
C(
    "compare_size",
    13,
    "Which is bigger: the red ball or the metal cube?",
    "q(u(f(union(f(sel(sphere), color=red), f(sel(cube), material=metal)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="red"), s.the(shape="cube", material="metal")),
)
C(
    "list",
    13,
    "Could you name the colours of the spheres for me?",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
X(
    13,
    "One of my little clients struggles with 'cylinder'. What word would be easiest for a four-year-old to say instead?",
)

# scene 12: small blue metal cube (far left), small green rubber sph, large gray rubber sph (far right), small cyan metal cyl, small gray rubber sph (front), small green rubber cyl, small red metal cube, small gray metal cube (back)

# --- Oluwaseun, a Lagos software developer
C(
    "count",
    12,
    "How many small objects are there in all?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "compare_attr",
    12,
    "The two green objects, are they the same shape?",
    "same(f(scene(), color=green), shape)",
    lambda s: alike(s, s.f(color="green"), "shape"),
)
C(
    "quantifier",
    12,
    "Is it every cube that is metal?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: every(s, s.f(shape="cube"), material="metal"),
)
C(
    "superlative",
    12,
    "Which object is closest to the front? Give me its colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "number",
    12,
    "How many different colours do the spheres have between them?",
    "nvalues(sel(sphere), color)",
    lambda s: colours(s, s.f(shape="sphere")),
)
X(12, "Please, which engine did they use to render this one? Blender or Unity?")

# --- Grace, nine
C(
    "exist",
    12,
    "is there a big cube",
    "exist(f(sel(cube), size=large))",
    lambda s: yes(bool(s.f(shape="cube", size="large"))),
)
C(
    "compare_size",
    12,
    "is the big grey ball bigger than the red cube",
    "larger(u(f(sel(sphere), size=large)), u(f(sel(cube), color=red)))",
    lambda s: larger(s, s.the(shape="sphere", size="large"), s.the(shape="cube", color="red")),
)
C(
    "spatial",
    12,
    "how many balls are to the right of the green cylinder",
    "count(f(rel(u(f(sel(cylinder), color=green)), right), shape=sphere))",
    lambda s: n(among(s, related(s, "right", s.the(shape="cylinder", color="green")), shape="sphere")),
)
C(
    "chain",
    12,
    "what colour is the cube on the left of the green ball",
    "q(u(f(rel(u(f(sel(sphere), color=green)), left), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="green"), "left", shape="cube"), "color"),
)
C(
    "two_clause",
    12,
    "is the cyan cylinder small and is it metal",
    "and_(verify(u(f(sel(cylinder), color=cyan)), size, small), verify(u(f(sel(cylinder), color=cyan)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="cyan"), "size") == "small"
        and s.a(s.the(shape="cylinder", color="cyan"), "material") == "metal"
    ),
)
C(
    "superlative",
    12,
    "what shape is second from the back",
    "q(ord(scene(), behind, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "shape"),
)
X(12, "what is the green balls name")

# scene 9: small gray rubber cube (front), large gray rubber cyl (far left), small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl (right), large green metal sph

# --- Carlos, a landscaper
C(
    "count",
    9,
    "How many gray ones you got in there?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "count",
    9,
    "And how many of the big ones?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "compare_attr",
    9,
    "Those two gray cylinders, they the same size?",
    "same(f(sel(cylinder), color=gray), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="gray"), "size"),
)
C(
    "attribute",
    9,
    "What shape is the purple one?",
    "q(u(f(scene(), color=purple)), shape)",
    lambda s: s.a(s.the(color="purple"), "shape"),
)
C(
    "quantifier",
    9,
    "All the balls big?",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: every(s, s.f(shape="sphere"), size="large"),
)
C(
    "same_attr",
    9,
    "How many other things are made out of the same stuff as the purple cube?",
    "count(same_attr(u(f(sel(cube), color=purple)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="purple"), "material")),
)
X(9, "How heavy you figure that big brown ball is? Like in pounds.")

# --- Penny, a bookkeeper who double-checks
C(
    "compare_count",
    9,
    "Just to double-check: there are more cylinders than cubes, correct?",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)
C(
    "spatial",
    9,
    "How many objects are in front of the purple cube? I count six, but please confirm.",
    "count(rel(u(f(sel(cube), color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="purple"))),
)
C(
    "chain",
    9,
    "There's a big sphere to the left of the brown ball. What material is it?",
    "q(u(f(rel(u(f(sel(sphere), color=brown)), left), shape=sphere, size=large)), material)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="brown"), "left", shape="sphere", size="large"), "material"),
)
C(
    "superlative",
    9,
    "Which object is furthest to the right? I'd like the shape.",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "verify",
    9,
    "And the object at the very back — is that a cylinder?",
    "verify(ord(scene(), behind, 1), shape, cylinder)",
    lambda s: yes(s.a(nth(s, s.all(), "behind"), "shape") == "cylinder"),
)
C(
    "position",
    9,
    "The big gray cylinder: left side or right side of the picture?",
    "choose(u(f(sel(cylinder), size=large, color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="gray")),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Dwayne, a Chicago bike courier
P(
    "text",
    "street",
    "Yo what's it say on the side of the bus",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("count", "street", "How many folks on foot in the shot?", "count(sel(person))", lambda p: n(people(p)))
P(
    "spatial",
    "street",
    "That white car — it's off to the left of the bus, yeah?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P("exist", "street", "Any bikes in there at all?", "exist(sel(bicycle))", lambda p: yes(bool(p.f("bicycle"))))
P(
    "text",
    "street",
    "There's something painted on the road. What's it say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
X("street", "How fast is that bus going, you think? Looks like it's about to run the light.")

# --- Ingrid, a Norwegian tourist
P(
    "attribute",
    "street",
    "Which colour has the car?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "text",
    "street",
    "The sign up on the right, what is written on it?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P("count", "street", "How many men are there in the picture?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "chain",
    "street",
    "The man most on the right side, which colour has his tie?",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "right")), "color"),
)
P(
    "compare_attr",
    "street",
    "Has the dog the same colour as the car?",
    "same(u(sel(dog)), u(sel(car)), color)",
    lambda p: yes(p.value(p.the("dog"), "color") == p.value(p.the("car"), "color")),
)
X("street", "Is this Madrid or Barcelona? We want to go there in the summer.")

# --- Mr Albright, seventy-seven, a retired postman
P(
    "where",
    "street",
    "The tree, now — does it stand behind the bus or in front of it?",
    "choose_rel(u(sel(tree)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("tree"), p.the("bus"), ("front", "behind")),
)
P(
    "count",
    "street",
    "How many of the gentlemen have got ties on?",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "quantifier",
    "street",
    "Is every person in the picture wearing a tie?",
    "not_(exist(diff(sel(person), rel(sel(tie), wearing))))",
    lambda p: yes(all(o in wearers(p, "tie") for o in people(p))),
)
P(
    "spatial",
    "street",
    "Is it the lady who's holding the dog?",
    "vrel(u(sel(dog)), holding, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
P(
    "verify",
    "street",
    "The bus is a red one, isn't it?",
    "verify(u(sel(bus)), color, red)",
    lambda p: yes(p.value(p.the("bus"), "color") == "red"),
)
P(
    "position",
    "street",
    "And where's the car — at the top of the picture or the bottom?",
    "choose(u(sel(car)), vposition, [top, bottom])",
    lambda p: p.value(p.the("car"), "vposition"),
)
X("street", "Do they still have conductors on the buses over there, do you know?")

# --- Chloe, a student learning Spanish
P(
    "text",
    "street",
    "I'm learning Spanish! What are the words written on the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "compare_attr",
    "street",
    "Is the woman's outfit the same colour as the tree?",
    "same(u(sel(woman)), u(sel(tree)), color)",
    lambda p: yes(p.value(p.the("woman"), "color") == p.value(p.the("tree"), "color")),
)
P(
    "chain",
    "street",
    "What colour is the tie on the man in white?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "spatial",
    "street",
    "Who is the dog near?",
    "q(u(rel(u(sel(dog)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog")))),
)
P(
    "count",
    "street",
    "How many things in the picture are red?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "number",
    "street",
    "How many different colours are the people wearing?",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
P(
    "superlative",
    "street",
    "Who's standing furthest to the left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Luis, a waiter laying tables
P(
    "count",
    "kitchen",
    "How many cups have been set out?",
    "count(sel(cup))",
    lambda p: n(p.f("cup")),
)
P(
    "chain",
    "kitchen",
    "The cup on the left-hand side of the plate — what colour is it?",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
P(
    "verify",
    "kitchen",
    "Is the fork a silver one?",
    "verify(u(sel(fork)), color, silver)",
    lambda p: yes(p.value(p.the("fork"), "color") == "silver"),
)
P(
    "text",
    "kitchen",
    "What's on the label of the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "quantifier",
    "kitchen",
    "Is everything on the table white?",
    "not_(exist(fn(rel(u(sel(table)), on), color=white)))",
    lambda p: yes(all(p.value(o, "color") == "white" for o in on_table(p))),
)
X("kitchen", "Is the water in that bottle sparkling or still? Table six is asking.")

# --- Esther, a church cook
P(
    "text",
    "kitchen",
    "What time does the clock say, dear?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "And the table — what's it made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "count",
    "kitchen",
    "How many things are sitting on the table altogether?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "compare_attr",
    "kitchen",
    "Is the plate the same colour as the clock?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "spatial",
    "kitchen",
    "That clock's hung up above the table, isn't it?",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
X("kitchen", "What do you think she's going to make for lunch, dear?")

# --- Arjun, eleven
P(
    "superlative",
    "kitchen",
    "what colour is the cup furthest to the right",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P("exist", "kitchen", "is there a spoon", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
P(
    "count",
    "kitchen",
    "how many white things are there",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "compare_count",
    "kitchen",
    "are there more cups than plates",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P(
    "spatial",
    "kitchen",
    "is the bottle on the table",
    "vrel(u(sel(table)), on, name=bottle)",
    lambda p: yes(bool(named(p, on_table(p), "bottle"))),
)
P(
    "attribute",
    "kitchen",
    "what colour is the lady wearing",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)

# --- Sophie, an Airbnb host writing a listing
P(
    "verify",
    "kitchen",
    "Is the table wooden? I'd like to put 'solid wood table' in the listing.",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "negation",
    "kitchen",
    "Not counting cups, how many items are on the table?",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in on_table(p) if p.name(o) != "cup"]),
)
P(
    "list",
    "kitchen",
    "What colours are the cups? I'm trying to match the tea towels.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "two_clause",
    "kitchen",
    "Is the plate white and the table brown?",
    "and_(verify(u(sel(plate)), color, white), verify(u(sel(table)), color, brown))",
    lambda p: yes(p.value(p.the("plate"), "color") == "white" and p.value(p.the("table"), "color") == "brown"),
)
P(
    "spatial",
    "kitchen",
    "Is the woman standing to the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "chain",
    "kitchen",
    "Which colour is the cup that sits just to the right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
X("kitchen", "How much could I charge per night with a kitchen like this one?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Denise, a parkrun volunteer
P("count", "park", "How many people are out in the park?", "count(sel(person))", lambda p: n(people(p)))
P(
    "chain",
    "park",
    "The lad in blue — what's he chucking?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "superlative",
    "park",
    "Who's furthest over to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "compare_count",
    "park",
    "Are there more women than children?",
    "gt(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) > len(children(p))),
)
X("park", "What time did they set off this morning? We usually start at nine.")

# --- Tariq, a dad with his toddler on his lap
P(
    "count",
    "park",
    "My son wants to know how many doggies there are.",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "attribute",
    "park",
    "What colour is the bike?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "verify",
    "park",
    "Is the frisbee up at the top of the picture?",
    "verify(u(sel(frisbee)), vposition, top)",
    lambda p: yes(p.value(p.the("frisbee"), "vposition") == "top"),
)
P(
    "verify",
    "park",
    "The dog that's near the girl — is it white?",
    "verify(u(rel(u(sel(girl)), near, name=dog)), color, white)",
    lambda p: yes(p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color") == "white"),
)
P(
    "exist",
    "park",
    "Is there a cat anywhere? He's obsessed with cats.",
    "exist(sel(cat))",
    lambda p: yes(bool(p.f("cat"))),
)
X("park", "He's asking if the doggies are friendly. Are they?")

# --- Olga, a Ukrainian grandmother
P("count", "park", "How many trees are there in this park?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "chain",
    "park",
    "Woman who holds a dog — which colour is her dress?",
    "q(u(rel(sel(dog), holding)), color)",
    lambda p: p.value(only([o for d in p.f("dog") for o in p.subjects("holding", d)]), "color"),
)
P(
    "spatial",
    "park",
    "Girl is near the white dog, yes?",
    "vrel(u(f(sel(dog), color=white)), near, name=girl)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("dog", color="white")), "girl"))),
)
P(
    "attribute",
    "park",
    "From what is the bench made?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "compare_attr",
    "park",
    "Bench and frisbee — they have same colour?",
    "same(u(sel(bench)), u(sel(frisbee)), color)",
    lambda p: yes(p.value(p.the("bench"), "color") == p.value(p.the("frisbee"), "color")),
)
X("park", "In which city is this park? It looks to me like Kyiv.")

# --- Marcus, a dog trainer
P(
    "chain",
    "park",
    "What colour's the dog the woman in red has hold of?",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "spatial",
    "park",
    "Who's standing near the white dog?",
    "q(u(rel(u(f(sel(dog), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog", color="white")))),
)
P(
    "compare_attr",
    "park",
    "Are the two dogs the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "position",
    "park",
    "The white dog — left or right side of the frame?",
    "choose(u(f(sel(dog), color=white)), hposition, [left, right])",
    lambda p: p.value(p.the("dog", color="white"), "hposition"),
)
P(
    "quantifier",
    "park",
    "Are both dogs over on the left side?",
    "not_(exist(fn(sel(dog), hposition=left)))",
    lambda p: yes(all(p.value(o, "hposition") == "left" for o in p.f("dog"))),
)
P(
    "spatial",
    "park",
    "What's the boy standing near?",
    "q(u(rel(u(sel(boy)), near, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "near"))),
)
X("park", "What breed would you say the black one is? Looks like a lab cross.")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Mr Fenwick, a maths tutor
P(
    "count",
    "shapes",
    "Let's start simply: how many shapes can you see in total?",
    "count(scene())",
    lambda p: n(p.objects),
)
P(
    "negation",
    "shapes",
    "Leaving out the circles, how many shapes are left?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "compare_count",
    "shapes",
    "Are there more small shapes than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "attribute",
    "shapes",
    "What size is the triangle: large or small?",
    "choose(u(sel(triangle)), size, [large, small])",
    lambda p: p.value(p.the("triangle"), "size"),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes are the same size as the star?",
    "count(same_attr(u(sel(star)), size))",
    lambda p: n(drawn_others(p, p.the("star"), "size")),
)
P(
    "number",
    "shapes",
    "How many different colours appear in the bottom row?",
    "nvalues(f(scene(), vposition=bottom), color)",
    lambda p: colour_count(p, p.f(vposition="bottom")),
)
X("shapes", "If I set this for a class to copy, what age group would find it easiest?")

# --- Anjali, a UX designer
P(
    "list",
    "shapes",
    "Which colours are used in the top row? Just list them.",
    "values(f(scene(), vposition=top), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="top")),
)
P(
    "position",
    "shapes",
    "What's sitting in the bottom-left corner?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "shape"),
)
P(
    "superlative",
    "shapes",
    "In the top row, what's second from the right?",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Do the square and the hexagon share a colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "quantifier",
    "shapes",
    "Are all the circles blue?",
    "not_(exist(fn(sel(circle), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f("circle"))),
)
P("exist", "shapes", "Any pentagons?", "exist(sel(pentagon))", lambda p: yes(bool(p.f("pentagon"))))
X("shapes", "Would this layout pass the accessibility guidelines for colour contrast, in your opinion?")

# --- Leo, six, talking to the app
P("count", "shapes", "how many circles", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "what colour is the star",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the square or the triangle",
    "q(u(f(union(sel(square), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), p.the("triangle")),
)
P(
    "exist",
    "shapes",
    "is there a green one",
    "exist(f(scene(), color=green))",
    lambda p: yes(bool(p.f(color="green"))),
)
P(
    "verify",
    "shapes",
    "is the hexagon big",
    "verify(u(sel(hexagon)), size, large)",
    lambda p: yes(p.value(p.the("hexagon"), "size") == "large"),
)
X("shapes", "who drew this is it my teacher")

# --- Rosalind, an embroiderer stitching the drawing as a sampler
P(
    "count",
    "shapes",
    "I'm stitching this as a sampler. How many blue shapes will I need thread for?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "list",
    "shapes",
    "And which shapes are the blue ones?",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles the same size, or is one larger?",
    "same(sel(circle), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
P(
    "position",
    "shapes",
    "Which row is the star in, the top or the bottom?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
P(
    "negation",
    "shapes",
    "How many shapes are neither blue nor circles?",
    "count(fn(fn(scene(), color=blue), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue" and p.value(o, "shape") != "circle"]),
)
P(
    "superlative",
    "shapes",
    "Which shape is furthest to the left in the whole drawing?",
    "q(ord(scene(), left, 1), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "shape"),
)
X("shapes", "Would linen or cotton look better for this, do you think?")

# --- Kofi, a signwriter
P(
    "attribute",
    "shapes",
    "What colour is the hexagon?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "verify",
    "shapes",
    "The triangle is painted green, yes?",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P(
    "count",
    "shapes",
    "How many shapes are sitting along the top row?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "compare_size",
    "shapes",
    "Is the star larger than the yellow rectangle?",
    "larger(u(sel(star)), u(f(sel(rectangle), color=yellow)))",
    lambda p: drawn_larger(p, p.the("star"), yellow_rectangle(p)),
)
P(
    "two_clause",
    "shapes",
    "Is the star red and also small?",
    "and_(verify(u(sel(star)), color, red), verify(u(sel(star)), size, small))",
    lambda p: yes(p.value(p.the("star"), "color") == "red" and p.value(p.the("star"), "size") == "small"),
)
P(
    "position",
    "shapes",
    "Top-right corner — what's there?",
    "q(u(f(scene(), hposition=right, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "shape"),
)

# --- Jean-Luc, a French architect
P(
    "count",
    "shapes",
    "How many rectangles there are, counting the square as a rectangle also?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, which form is the most at the right?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Between the red circle and the hexagon, which one is more big?",
    "q(u(f(union(f(sel(circle), color=red), sel(hexagon)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("hexagon")),
)
P(
    "same_attr",
    "shapes",
    "How many other forms have the same colour as the little square?",
    "count(same_attr(u(sel(square)), color))",
    lambda p: n(drawn_others(p, p.the("square"), "color")),
)
P(
    "list",
    "shapes",
    "The big forms, which colours do they have?",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "exist",
    "shapes",
    "Is there a green form in the top row?",
    "exist(f(scene(), color=green, vposition=top))",
    lambda p: yes(bool(p.f(color="green", vposition="top"))),
)

# --- Bettina, a data-entry clerk
P("count", "shapes", "Number of small shapes?", "count(f(scene(), size=small))", lambda p: n(p.f(size="small")))
P(
    "compare_count",
    "shapes",
    "Same number of circles as rectangles? The square counts as a rectangle.",
    "eq(count(sel(circle)), count(union(sel(rectangle), sel(square))))",
    lambda p: yes(len(p.f("circle")) == len(rectangles(p))),
)
P(
    "quantifier",
    "shapes",
    "Is most of the drawing blue? Meaning more than half the shapes.",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)
P(
    "position",
    "shapes",
    "Shape in the very middle?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "negation",
    "shapes",
    "How many shapes aren't in the top row?",
    "count(fn(scene(), vposition=top))",
    lambda p: n([o for o in p.objects if p.value(o, "vposition") != "top"]),
)

# --- Mick, a tiler
P(
    "count",
    "shapes",
    "Right, how many big shapes have we got to cut?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "attribute",
    "shapes",
    "What colour's the square?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Is the big circle the same colour as the triangle?",
    "same(u(f(sel(circle), size=large)), u(sel(triangle)), color)",
    lambda p: yes(p.value(p.the("circle", size="large"), "color") == p.value(p.the("triangle"), "color")),
)
P(
    "two_clause",
    "shapes",
    "Is there a yellow rectangle and a green star? Both, mind.",
    "and_(exist(f(sel(rectangle), color=yellow)), exist(f(sel(star), color=green)))",
    lambda p: yes(any(p.value(o, "color") == "yellow" for o in rectangles(p)) and bool(p.f("star", color="green"))),
)
P(
    "position",
    "shapes",
    "What's tucked in the bottom right corner?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "count",
    "shapes",
    "How many in the bottom row are small ones?",
    "count(f(scene(), vposition=bottom, size=small))",
    lambda p: n(p.f(vposition="bottom", size="small")),
)
X("shapes", "What would tiles like these cost per square metre, roughly?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
