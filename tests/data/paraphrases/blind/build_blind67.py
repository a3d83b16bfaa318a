# ruff: noqa: E501
"""Blind paraphrase set 67: a thirteenth fresh crowd, "people who think out loud". About forty ordinary people, each
imagined once and kept in character for five to seven questions about one picture, who say what passes through their
heads while they ask: they correct themselves mid-question, hedge, give the reason they ask, pile up clauses, ask two
things and then say which one they actually want, restate the question at the end, or point back at what they asked
before, always so that a careful reader can tell exactly what is asked.

The cast. On the CLEVR pictures: Ines, a Lisbon pharmacist who hedges everything ("I might be wrong, but", "if I'm not
mistaken"); Kwame, a physics teacher in Accra who says why he asks ("I'm setting a counting exercise", "I ask
because"); Bettina, a Viennese piano tuner who corrects herself ("How many red — no, forget the colour — how many
cubes"); Gwilym, a retired Welsh miner musing aloud ("Let me see now", "d'you reckon"); Mei, a Singapore accountant who
asks two things and keeps one ("Actually, just the number is fine", "The first question is the one I care about");
Ravi, a Bangalore call-centre trainee who restates every question at the end ("Bigger one, which?"); Hank, a
Minnesota retiree who piles up clauses about his granddaughter; Chiara, an Italian engineering student who points
back ("Same question, but for the gray sphere", "that sphere I just asked about"); Olumide, a Lagos taxi dispatcher
who counts aloud; Greta, a Swedish librarian who wants it exact before she writes it down; Pablo, a Chilean winemaker;
Sunita, a Nairobi nurse doing a memory exercise with a patient; Tomasz, a Polish plumber; Aiko, an Osaka kindergarten
teacher planning what the children will ask; Fergus, an Irish sheep farmer who counts the objects like a flock;
Leilani, a Hawaiian ukulele teacher; Nadine, a Québec hockey mom; Arjun, twelve, with a science-fair hypothesis;
Bronwyn, a Queensland vet; Hamid, a Tehran carpet dealer who counts like knots; and Rosalind, a retired Boston judge
who restates everything for the record. On the photo-like graphs: Gustavo, a Mexico City bus driver; Helga, a Berlin
pensioner who corrects herself; Darnell, an Atlanta delivery driver who asks two things and picks one; Priyanka, a
Mumbai student who points back ("the dog I just asked about", "Same as with the bus"); Colette, a Lyon baker; Ahmed, a
Cairo waiter; Glenys, a Welsh grandmother who says everything twice; Kenji, a Tokyo office worker ("And of those white
things"); Marisol, a Colombian dog groomer; Bjørn, a Norwegian dad who keeps mixing things up and putting them right;
Tamika, a Chicago crossing guard; and Ivan, a retired Bulgarian postman. On the drawing: Elif, an Istanbul graphic
designer; Duncan, a Scottish maths tutor planning a lesson; Noa, nine, typing in lowercase and pointing back ("same
question"); Esperanza, a Peruvian weaver; Ollie, a Kiwi skate-shop worker ("Nah, just", "mate"); Farida, a Kazakh
geometry student who restates; Walter, a retired Dutch cartographer who reads the drawing in rows and columns; and
Ruth, a Jamaican church organist whose questions carry asides about the choir.

Sentence shapes: mid-question corrections ("The man in white — no, the one in black — what colour is his tie?", "Which
object is furthest to the left — ach, the right, I mean"), hedges before and after ("I might be wrong, but",
"Perhaps I'm misreading the depth, but", "I count four, but maybe I missed one"), reasons ("I groom dogs, so they're
the first thing I look for", "I'll use it for a sorting task"), long clause piles ("Now, my granddaughter, who's home
from college ..."), two questions of which one is kept ("Colour or size? Colour, mate.", "Is everything metal? Is
everything large? The first question is the one I care about."), questions restated at the end ("Bigger one, which?",
"That is, do the green objects share a material?"), and follow-ups that point back while naming what they point at
("And of those white things", "that sphere I just asked about — the gray one", "Same question, but for the gray
sphere").

The questions cover counts (with conditions, "not", "aren't", "that aren't", "neither ... nor"), existence, an
attribute of one thing, yes/no checks of one value, comparisons of counts ("more", "fewer", "as many as", "the same
number") and of attributes (same colour, size, shape or material), quantifiers ("all", "every", "most of"),
exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs only their stated relations: on,
near, holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop chains, superlatives and
ordinals, other things sharing a value, which of two things is the bigger, a list of values, the number of different
colours, sides of a CLEVR picture, sides, rows, columns and corners of the photos and the drawing, and the text on the
photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (22, 30, 27, 14, 2, 0, 21, 25, 18,
19, 16, 13, 12 and 9; one or two people to a scene), about 30% about the photo-like graphs (street, kitchen, park)
and 20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the person's
other questions (names and relationships, prices and tips, feelings and opinions, what happens next, why, the world
outside the picture).

Conventions (as set 53's and 66's). "The X" is only used where exactly one X matches, counting a square as a
rectangle; places and orders are only asked where a careful person could call them: on CLEVR no other object may lie
within TIE (0.25 scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture
is asked only of an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the
drawing and photos neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that
their stated relations and attributes leave open (no "what is near the girl", as the eye sees the bicycle by her too
though the graph states only the white dog). A which-side question is answered with the side; a "which is bigger"
between two things is asked only where their size classes differ, and answered with the word that tells the bigger
one from the other (its shape). Answers are the graph's words (gray, not grey; sphere, not ball; "blue, red" for a
list, most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag. A correction or a
choice of one of two questions leaves only the question the speaker settles on, and a hedge ("I think three", "I'd
guess no") never changes what is asked. Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/), its tests or any other
question set; the only files read were build_blind66.py (its docstring, helpers and code, for the format and
conventions), the first five lines of blind66.jsonl (for the line format) and the blind_gold.py helpers it imports,
plus the scenes themselves (photo_scenes.json and the CLEVR val scenes file). No question was run through nsvr's
parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind67.py`` to write ``../blind67.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import Clevr, Photo, n, question_recorder, write_set, yes  # noqa: E402
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

OUT = Path(__file__).resolve().parents[1] / "blind67.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def colours(s: Clevr, ids) -> str:
    return str(len({s.a(i, "color") for i in ids}))


def yellow_rectangle(p: Photo) -> str:
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 22: large yellow rubber cyl (far left), large yellow metal cube, small purple metal cyl (back), small cyan metal sph (front)

# --- Ines, a Lisbon pharmacist who hedges everything
C(
    "count",
    22,
    "I might be wrong, but I think I see two yellow things in this one. How many yellow objects are there, really?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "compare_attr",
    22,
    "Those yellow ones — do they share a shape? I could be mistaken, but one of them looks like a tin to me.",
    "same(f(scene(), color=yellow), shape)",
    lambda s: alike(s, s.f(color="yellow"), "shape"),
)
C(
    "attribute",
    22,
    "The yellow cylinder over at the far left... I'd guess it's rubber, though I might well be wrong. Rubber or metal?",
    "choose(u(f(sel(cylinder), color=yellow)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cylinder", color="yellow"), "material"),
)
C(
    "superlative",
    22,
    "Perhaps I'm misreading the depth, but which object is nearest the front? It's the shape I'm after.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    22,
    "If I'm not mistaken, the little cyan ball sits in front of everything else. So how many objects are behind it?",
    "count(rel(u(f(sel(sphere), color=cyan)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="cyan"))),
)
C(
    "compare_size",
    22,
    "Which is bigger, the purple cylinder or the yellow cube? I may have the sizes muddled, so tell me which.",
    "q(u(f(union(f(sel(cylinder), color=purple), f(sel(cube), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="purple"), s.the(shape="cube", color="yellow")),
)
X(22, "I might be wrong, but the little purple one looks just like a capsule we stock. Which medicine would it be?")

# scene 30 (all large): green rubber sph, purple rubber sph (back), blue metal cyl (front)

# --- Kwame, a physics teacher in Accra who says why he asks
C(
    "count",
    30,
    "I'm setting a counting exercise for my Form Two class, so I need to be sure: how many spheres are in this picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    30,
    "I want to use it to talk about size, and that only works if they match. Are all of the objects large?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "verify",
    30,
    "Is the cylinder made of metal? I ask because metal shows reflections, and I want something shiny to point at.",
    "verify(u(sel(cylinder)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == "metal"),
)
C(
    "spatial",
    30,
    "For the part of the lesson on position: is the purple sphere behind the green sphere?",
    "exist(f(rel(u(f(sel(sphere), color=green)), behind), color=purple, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "purple"}, "behind", {"shape": "sphere", "color": "green"}),
)
C(
    "superlative",
    30,
    "Which object sits furthest back? The students will name it by its colour, so the colour is what I need.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "number",
    30,
    "Last one, because the colour worksheet comes next: how many different colours appear in the picture?",
    "nvalues(scene(), color)",
    lambda s: colours(s, s.all()),
)

# scene 27: large purple rubber cube (right), small yellow metal sph, small red rubber cyl, large red rubber cube (front)

# --- Bettina, a Viennese piano tuner who corrects herself mid-question
C(
    "count",
    27,
    "How many red — no, forget the colour — how many cubes are there?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    27,
    "The two cubes, are they the same colour — sorry, I mean the same size?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "attribute",
    27,
    "There is one metal object, the shiny one. What colour — no, what shape is it?",
    "q(u(f(scene(), material=metal)), shape)",
    lambda s: s.a(only(s.f(material="metal")), "shape"),
)
C(
    "superlative",
    27,
    "Which object is furthest to the left — ach, the right, I mean, furthest to the right? Its colour, please.",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "spatial",
    27,
    "How many objects are to the left of the red cube — no, of the red cylinder?",
    "count(rel(u(f(sel(cylinder), color=red)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="red"))),
)
C(
    "chain",
    27,
    "In front of the yellow sphere there is a cube. Is it large or — well, what I mean is, what size is that cube?",
    "q(u(f(rel(u(f(sel(sphere), color=yellow)), front), shape=cube)), size)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="yellow"), "front", shape="cube"), "size"),
)
X(27, "If you struck the purple cube, which note would it sing — an A, or no, more likely a B-flat?")

# scene 14: large cyan rubber sph (front), small blue metal sph, small gray metal cube (back)

# --- Gwilym, a retired Welsh miner musing aloud
C(
    "count",
    14,
    "Let me see now... there's balls and there's a cube. How many balls, exactly?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    14,
    "Those two balls, now — the big cyan one and the little blue one — are they made of the same stuff, d'you reckon?",
    "same(sel(sphere), material)",
    lambda s: alike(s, s.f(shape="sphere"), "material"),
)
C(
    "compare_size",
    14,
    "Which is the bigger of the two, the cyan ball or the gray cube? Looks like the ball to me, but then my eyes...",
    "q(u(f(union(f(sel(sphere), color=cyan), f(sel(cube), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="cyan"), s.the(shape="cube", color="gray")),
)
C(
    "superlative",
    14,
    "Now what's nearest to me, at the very front like? It's the colour I'm after.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    14,
    "Is the blue ball to the right of the gray cube, or have I got my left and right muddled again?",
    "exist(f(rel(u(f(sel(cube), color=gray)), right), color=blue, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue"}, "right", {"shape": "cube", "color": "gray"}),
)
C(
    "exist",
    14,
    "No cylinders in this one, I'm thinking. Is there a cylinder in it at all?",
    "exist(sel(cylinder))",
    lambda s: yes(bool(s.f(shape="cylinder"))),
)
X(14, "Reminds me of the lamps we had down the pit, this does. What year would this picture be from, d'you reckon?")

# scene 2: large green metal cube, small gray metal cyl (back), large cyan rubber cyl (right)

# --- Mei, a Singapore accountant who asks two things and keeps one
C(
    "count",
    2,
    "How many cylinders are there, and are they the same colour? Actually, just the number is fine.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "position",
    2,
    "The cyan cylinder — is it metal, or which side of the picture is it on? The side is what I need.",
    "choose(u(f(sel(cylinder), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="cyan")),
)
C(
    "compare_attr",
    2,
    "Are the two cylinders the same size? Or the same colour? Let's go with size.",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "superlative",
    2,
    "Which object is furthest left, and what is it made of? Only the material, please.",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)
C(
    "spatial",
    2,
    "How many objects are in front of the small gray cylinder — or behind it? I'll take in front.",
    "count(rel(u(f(sel(cylinder), color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="gray"))),
)
C(
    "quantifier",
    2,
    "Is everything metal? Is everything large? The first question is the one I care about.",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "verify",
    2,
    "The cube: is it green, and is it shiny? Just the green part, yes or no.",
    "verify(u(sel(cube)), color, green)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "green"),
)

# scene 0: small yellow rubber sph (front), large blue metal sph (far left), large green rubber cyl

# --- Ravi, a Bangalore call-centre trainee who restates each question at the end
C(
    "count",
    0,
    "Okay, so I'm looking at the big objects. How many large objects are there? The number of large ones?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "position",
    0,
    "The blue sphere is on which side of the picture, left side or right side? Which side?",
    "choose(u(f(sel(sphere), color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="blue")),
)
C(
    "attribute",
    0,
    "The small yellow ball is made of what? So, the material of the yellow ball?",
    "q(u(f(sel(sphere), color=yellow)), material)",
    lambda s: s.a(s.the(shape="sphere", color="yellow"), "material"),
)
C(
    "compare_size",
    0,
    "Between the yellow sphere and the green cylinder, which one is bigger? Bigger one, which?",
    "q(u(f(union(f(sel(sphere), color=yellow), f(sel(cylinder), color=green)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="yellow"), s.the(shape="cylinder", color="green")),
)
C(
    "superlative",
    0,
    "What colour is the object that is furthest to the right? The rightmost object, its colour?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "chain",
    0,
    "Behind the green cylinder there is one object, yes? What colour is that one, the one behind the cylinder?",
    "q(u(rel(u(sel(cylinder)), behind)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder"), "behind"), "color"),
)
X(0, "My team leader is asking how long it took to make this picture. How long did it take, the making of it?")

# scene 21: small green rubber cyl (left), large red rubber sph, small gray metal sph (back), small yellow rubber sph (front), large purple metal cyl (far right)

# --- Hank, a Minnesota retiree who piles up clauses
C(
    "count",
    21,
    "Now, my granddaughter, who's home from college for the holidays and is the one who put this picture up on her laptop for me, wants me to count the balls, so how many spheres are there?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "count",
    21,
    "And the small ones, which she says I ought to count separately because apparently size matters in this game of hers, how many small objects are there altogether?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "compare_attr",
    21,
    "Those two cylinders, the green one way over on the left and the purple one over on the right, which I'd have guessed were about the same, are they the same size?",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "position",
    21,
    "That purple cylinder, the big one that looks like a coffee can and that she tells me is metal, is it on the left side of the picture or the right side?",
    "choose(u(f(sel(cylinder), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="purple")),
)
C(
    "superlative",
    21,
    "The object sitting farthest toward the front, the one that'd be closest to us if we were standing there looking in, what colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(
    21,
    "And while we're at it, and I'm only asking because she won't tell me, how much did she pay for this computer program?",
)

# --- Chiara, an Italian engineering student who points back at her earlier questions
C(
    "spatial",
    21,
    "How many objects are to the right of the yellow sphere?",
    "count(rel(u(f(sel(sphere), color=yellow)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="yellow"))),
)
C(
    "spatial",
    21,
    "Same question, but for the gray sphere: how many objects are to its right?",
    "count(rel(u(f(sel(sphere), color=gray)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="gray"))),
)
C(
    "chain",
    21,
    "Behind the big red sphere there is exactly one other sphere. What is it made of?",
    "q(u(f(rel(u(f(sel(sphere), size=large, color=red)), behind), shape=sphere)), material)",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="large", color="red"), "behind", shape="sphere"), "material"),
)
C(
    "same_attr",
    21,
    "And that sphere I just asked about — the gray one — how many other objects share its material?",
    "count(same_attr(u(f(sel(sphere), color=gray)), material))",
    lambda s: n(others(s, s.the(shape="sphere", color="gray"), "material")),
)
C(
    "quantifier",
    21,
    "Are all the spheres rubber? I thought so at first, but after that last answer I'm not so sure.",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "list",
    21,
    "Which colours do the spheres come in? List them all, please.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "number",
    21,
    "Same idea as the list of sphere colours, but for everything and only the count: how many different colours are there in total?",
    "nvalues(scene(), color)",
    lambda s: colours(s, s.all()),
)

# scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl (far left), large brown rubber sph (far right), small gray metal cyl (back)

# --- Olumide, a Lagos taxi dispatcher who counts aloud
C(
    "count",
    25,
    "Let me count the shiny ones myself first... one, two, three... I keep losing track. How many objects are metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "count",
    25,
    "Cylinders now. I see a blue one, a brown one, a gray one... is that all of them? Give me the number.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "position",
    25,
    "The small brown cylinder — to me it is on the left, but is it really on the left side of the picture, or the right?",
    "choose(u(f(sel(cylinder), size=small, color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="small", color="brown")),
)
C(
    "compare_count",
    25,
    "Spheres and cylinders — I make it three of each, maybe. Are there as many spheres as cylinders?",
    "eq(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    25,
    "Which one is furthest back? I think it's a cylinder, but check me, and tell me its colour.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(25, "If I carried all of these to Ikeja in one car, how much would the customer pay me?")

# --- Greta, a Swedish librarian who wants it exact before she writes it down
C(
    "spatial",
    25,
    "How many objects stand in front of the red cube? I believe it's all but one, but I'd like the exact count.",
    "count(rel(u(f(sel(cube), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="red"))),
)
C(
    "chain",
    25,
    "Let me think this through step by step. Start from the cyan sphere; behind it there is a cube. To the right of that cube there is one cylinder. What colour is that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=cyan)), behind), shape=cube)), right), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="cyan"), "behind", shape="cube"), "right", shape="cylinder"), "color"
    ),
)
C(
    "compare_attr",
    25,
    "The two brown objects — I'd shelve them together if they matched. Are they the same shape?",
    "same(f(scene(), color=brown), shape)",
    lambda s: alike(s, s.f(color="brown"), "shape"),
)
C(
    "same_attr",
    25,
    "How many other objects share the colour of the large brown sphere? I'm not counting the sphere itself, of course.",
    "count(same_attr(u(f(sel(sphere), size=large, color=brown)), color))",
    lambda s: n(others(s, s.the(shape="sphere", size="large", color="brown"), "color")),
)
C(
    "quantifier",
    25,
    "Are all the cylinders made of metal? I think so, but I want to be certain before it goes in the record.",
    "not_(exist(fn(sel(cylinder), material=metal)))",
    lambda s: every(s, s.f(shape="cylinder"), material="metal"),
)
C(
    "number",
    25,
    "How many different colours are there? I make it six, but I may have counted one colour twice.",
    "nvalues(scene(), color)",
    lambda s: colours(s, s.all()),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl (far left), small blue rubber cyl (front), large cyan rubber sph (far right), small purple metal cube (right), small red rubber sph (back)

# --- Pablo, a Chilean winemaker
C(
    "count",
    18,
    "How many purple things are there? Purple is the colour of our Carménère, that's why it jumps out at me.",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "count",
    18,
    "And of the purple ones, how many are cylinders? I'd say two, but let's see.",
    "count(f(sel(cylinder), color=purple))",
    lambda s: n(s.f(shape="cylinder", color="purple")),
)
C(
    "compare_attr",
    18,
    "Those two purple cylinders — one looks shiny to me and the other doesn't — are they made of the same material?",
    "same(f(sel(cylinder), color=purple), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="purple"), "material"),
)
C(
    "negation",
    18,
    "Then the purple things that aren't cylinders — how many of those?",
    "count(fn(f(scene(), color=purple), shape=cylinder))",
    lambda s: n(lacking(s, s.f(color="purple"), shape="cylinder")),
)
C(
    "superlative",
    18,
    "The one at the front, the very front, the closest of all — what colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "chain",
    18,
    "To the left of the small purple sphere there is one other sphere — what colour? Red, I think, but tell me.",
    "q(u(f(rel(u(f(sel(sphere), size=small, color=purple)), left), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="small", color="purple"), "left", shape="sphere"), "color"),
)
X(18, "Which of our wines would you pour with a picture like this, the Carménère or something lighter?")

# --- Sunita, a Nairobi nurse doing a memory exercise with a patient
C(
    "count",
    18,
    "I'm doing a memory exercise with a patient, so I need the right numbers. How many metal objects are there?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    18,
    "Are there the same number of spheres as cylinders? I think three of each, but I might be miscounting.",
    "eq(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    18,
    "Which object is furthest back? The colour, please, because she names things by their colour.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "list",
    18,
    "What colours are the spheres? List them for me so I can read them out to her.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "quantifier",
    18,
    "Are all the cubes small? She said yes, but I have my doubts.",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: every(s, s.f(shape="cube"), size="small"),
)
C(
    "exist",
    18,
    "Is there anything yellow in the picture? I don't think so, but she insists.",
    "exist(f(scene(), color=yellow))",
    lambda s: yes(bool(s.f(color="yellow"))),
)

# scene 19: small gray metal cube, small green metal cyl (back), small cyan metal cyl (front), small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph (far right), small yellow rubber cube (far left)

# --- Tomasz, a Polish plumber
C(
    "count",
    19,
    "How many cyan things — like copper gone green, you know, or no, cyan is more blue — anyway, how many cyan objects?",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "compare_attr",
    19,
    "The cyan cylinders, there are two of them I think — same material or not?",
    "same(f(sel(cylinder), color=cyan), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="cyan"), "material"),
)
C(
    "count",
    19,
    "Cubes — how many? I count four, but I am thinking maybe I missed one.",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    19,
    "The only sphere, the big gray one — metal or rubber? It looks like a fitting to me.",
    "choose(u(sel(sphere)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
C(
    "spatial",
    19,
    "How many objects are to the right of the big blue cube? I start counting and then I lose my place.",
    "count(rel(u(f(sel(cube), size=large, color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", size="large", color="blue"))),
)

# --- Aiko, an Osaka kindergarten teacher planning what the children will ask
C(
    "superlative",
    19,
    "The children will ask which one is at the very front. What shape is it? And its colour? Shape first — no, just the shape.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "count",
    19,
    "How many big ones are there? My class always likes the big ones best.",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "quantifier",
    19,
    "Are most of the objects small? I think so, but I want to say it correctly to them.",
    "gt(count(f(scene(), size=small)), count(fn(scene(), size=small)))",
    lambda s: most([s.a(i, "size") == "small" for i in s.all()]),
)
C(
    "compare_count",
    19,
    "Are there more cubes than cylinders? I'm going to ask the children that, so I had better know the answer myself!",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
C(
    "chain",
    19,
    "There is one thing to the right of the gray cube — what is it? I'd like its shape.",
    "q(u(rel(u(f(sel(cube), color=gray)), right)), shape)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="gray"), "right"), "shape"),
)
C(
    "compare_attr",
    19,
    "The two gray objects — are they made of the same material? One is a ball, I think, and one a little box.",
    "same(f(scene(), color=gray), material)",
    lambda s: alike(s, s.f(color="gray"), "material"),
)

# scene 16: small red metal sph, small purple metal sph (far left), small cyan metal sph (front), large brown rubber cyl, large yellow rubber cube (back), large green rubber sph (right), large yellow metal cyl

# --- Fergus, an Irish sheep farmer who counts them like a flock
C(
    "count",
    16,
    "Ah now, I'd be counting these the way I count the sheep. How many spheres are in the field, would you say?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    16,
    "Are all the small ones spheres? From here it looks that way, but I wouldn't swear to it.",
    "not_(exist(fn(f(scene(), size=small), shape=sphere)))",
    lambda s: every(s, s.f(size="small"), shape="sphere"),
)
C(
    "compare_attr",
    16,
    "The two yellow ones — a cube and a cylinder, I think — are they made of the same stuff?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "superlative",
    16,
    "Which one's at the back of the flock, the very back? What shape would it be?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    16,
    "And how many are standing in front of the yellow cylinder? I lose count past four.",
    "count(rel(u(f(sel(cylinder), color=yellow)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="yellow"))),
)

# --- Leilani, a Hawaiian ukulele teacher
C(
    "chain",
    16,
    "Behind the brown cylinder there's a cube — yellow, I think? What's that cube made of?",
    "q(u(f(rel(u(f(sel(cylinder), color=brown)), behind), shape=cube)), material)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="brown"), "behind", shape="cube"), "material"),
)
C(
    "position",
    16,
    "The little purple sphere: is it on the left side of the picture or the right side? I keep flipping it in my head.",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
C(
    "number",
    16,
    "How many colours are there altogether? I'm guessing six, like the strings — no, the ukulele has four. Anyway, how many colours?",
    "nvalues(scene(), color)",
    lambda s: colours(s, s.all()),
)
C(
    "list",
    16,
    "Now just the large objects: which colours do they come in? A list is perfect.",
    "values(f(scene(), size=large), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(size="large")),
)
C(
    "negation",
    16,
    "How many rubber objects are there that aren't yellow?",
    "count(fn(f(scene(), material=rubber), color=yellow))",
    lambda s: n(lacking(s, s.f(material="rubber"), color="yellow")),
)
C(
    "superlative",
    16,
    "Which is furthest to the right — oh, and I only need its colour.",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
X(16, "If these colours were a song, which song would they be? I feel like it's something mellow.")

# scene 13: small red rubber cube, large cyan rubber cyl (far right), small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (back), small red rubber sph (far left), large red metal cube

# --- Nadine, a Québec hockey mom
C(
    "count",
    13,
    "How many red ones are there? My son's team plays in red, so those are the ones I noticed first.",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_attr",
    13,
    "The two red cubes — one looks bigger, or is it just that it's closer? Are they the same size?",
    "same(f(sel(cube), color=red), size)",
    lambda s: alike(s, s.f(shape="cube", color="red"), "size"),
)
C(
    "superlative",
    13,
    "Which one's closest to the front? Just the colour, eh.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "position",
    13,
    "The small red sphere — is it on the left of the picture or the right? I'd have said left.",
    "choose(u(f(sel(sphere), color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="red")),
)
X(13, "Which one of these would make the best puck? My boy would know, but he's at practice.")

# --- Arjun, twelve, with a science-fair hypothesis
C(
    "spatial",
    13,
    "How many things are to the right of the purple cylinder? It's for my science project, and I think it's three.",
    "count(rel(u(f(sel(cylinder), color=purple)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="purple"))),
)
C(
    "chain",
    13,
    "Behind the purple cylinder there's a sphere. What's it made of? And what colour? Actually, just the material.",
    "q(u(f(rel(u(f(sel(cylinder), color=purple)), behind), shape=sphere)), material)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="purple"), "behind", shape="sphere"), "material"),
)
C(
    "quantifier",
    13,
    "My hypothesis is that all the spheres are small. Is that true?",
    "not_(exist(fn(sel(sphere), size=small)))",
    lambda s: every(s, s.f(shape="sphere"), size="small"),
)
C(
    "number",
    13,
    "How many different colours are there? Four, I think, unless I missed one.",
    "nvalues(scene(), color)",
    lambda s: colours(s, s.all()),
)
C(
    "list",
    13,
    "Which shapes do the red objects come in? List them please, it goes in my results table.",
    "values(f(scene(), color=red), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="red")),
)
C(
    "compare_count",
    13,
    "Are there fewer large things than small things? I'm predicting yes.",
    "lt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) < len(s.f(size="small"))),
)

# scene 12: small blue metal cube (far left), small green rubber sph, large gray rubber sph (far right), small cyan metal cyl, small gray rubber sph (front), small green rubber cyl, small red metal cube, small gray metal cube (back)

# --- Bronwyn, a Queensland vet
C(
    "count",
    12,
    "How many small ones — I reckon just about everything's small in this one — how many small objects?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "compare_attr",
    12,
    "The two gray spheres, one big and one little, I think? Are they the same size, though?",
    "same(f(sel(sphere), color=gray), size)",
    lambda s: alike(s, s.f(shape="sphere", color="gray"), "size"),
)
C(
    "quantifier",
    12,
    "Are all the cubes metal? I'm asking because the shiny ones are easier to spot on an X-ray.",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: every(s, s.f(shape="cube"), material="metal"),
)
C(
    "superlative",
    12,
    "What's right up the front? Its size is what I'm after — big or small?",
    "choose(ord(scene(), front, 1), size, [large, small])",
    lambda s: s.a(nth(s, s.all(), "front"), "size"),
)
C(
    "position",
    12,
    "The big gray sphere — is it on the left or the right of the picture?",
    "choose(u(f(sel(sphere), size=large, color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="gray")),
)
X(12, "If a dog swallowed one of those little spheres, would it pass on its own or would it need surgery?")

# --- Hamid, a Tehran carpet dealer who counts like knots
C(
    "spatial",
    12,
    "How many objects are behind the red cube? I count them slowly, the way I count knots.",
    "count(rel(u(f(sel(cube), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="red"))),
)
C(
    "chain",
    12,
    "To the left of the red cube there is a cylinder — only one, I believe. What colour is it?",
    "q(u(f(rel(u(f(sel(cube), color=red)), left), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="red"), "left", shape="cylinder"), "color"),
)
C(
    "compare_count",
    12,
    "More metal than rubber, or the other way, or equal? Let me ask it simply: are there the same number of metal and rubber objects?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "number",
    12,
    "In a carpet I would count the colours of the wool. Here, how many different colours are there?",
    "nvalues(scene(), color)",
    lambda s: colours(s, s.all()),
)
C(
    "negation",
    12,
    "How many objects are neither gray nor green?",
    "count(fn(fn(scene(), color=gray), color=green))",
    lambda s: n([i for i in s.all() if s.a(i, "color") not in {"gray", "green"}]),
)
C(
    "same_attr",
    12,
    "How many other objects have the same colour as the red cube? Perhaps none, perhaps I missed one.",
    "count(same_attr(u(f(sel(cube), color=red)), color))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "color")),
)

# scene 9: small gray rubber cube (front), large gray rubber cyl (far left), small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl (right), large green metal sph

# --- Rosalind, a retired Boston judge who restates everything for the record
C(
    "count",
    9,
    "How many gray objects are there? Restating for clarity: the number of gray objects.",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "compare_attr",
    9,
    "Are the two green objects of the same material? That is, do the green objects share a material?",
    "same(f(scene(), color=green), material)",
    lambda s: alike(s, s.f(color="green"), "material"),
)
C(
    "spatial",
    9,
    "How many objects lie behind the green sphere? I mean the objects behind the green sphere, counted.",
    "count(rel(u(f(sel(sphere), color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="green"))),
)
C(
    "chain",
    9,
    "To the right of the green sphere there is a sphere. Its colour, please — the colour of that sphere.",
    "q(u(f(rel(u(f(sel(sphere), color=green)), right), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="green"), "right", shape="sphere"), "color"),
)
C(
    "quantifier",
    9,
    "Are all the cylinders made of rubber? Put plainly: is every cylinder rubber?",
    "not_(exist(fn(sel(cylinder), material=rubber)))",
    lambda s: every(s, s.f(shape="cylinder"), material="rubber"),
)
C(
    "superlative",
    9,
    "Which object is nearest the front? Its shape, to be precise — the shape of the frontmost object.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
X(9, "Who placed these objects here, and should they be held liable for the clutter? Who is liable?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Gustavo, a Mexico City bus driver
P(
    "text",
    "street",
    "What's written on the side of the bus? I drive one myself back home, so the lettering always catches my eye.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "attribute",
    "street",
    "Ours in the city are painted pink and white, so I'm curious — what colour is this bus?",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P(
    "spatial",
    "street",
    "The woman in green is standing in front of the bus, isn't she? That would make me nervous at the wheel.",
    "exist(f(rel(u(sel(bus)), front, name=woman), color=green))",
    lambda p: yes(any(p.value(o, "color") == "green" for o in named(p, p.subjects("front", p.the("bus")), "woman"))),
)
P(
    "compare_attr",
    "street",
    "Is the car the same colour as the bus? I'd guess not, but I've been fooled by the light before.",
    "same(u(sel(car)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("car"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "where",
    "street",
    "The tree — is it in front of the bus or behind it? I want to know if it would block a driver's view.",
    "choose_rel(u(sel(tree)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("tree"), p.the("bus"), ("front", "behind")),
)
X("street", "Which route number do you think this bus runs? I'd guess something like the 17.")

# --- Helga, a Berlin pensioner who corrects herself
P(
    "count",
    "street",
    "How many men — no, how many people altogether — are on the street?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "chain",
    "street",
    "The man in white — no, the one in black — what colour is his tie?",
    "q(u(rel(u(f(sel(man), color=black)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="black")), "color"),
)
P(
    "text",
    "street",
    "What does the sign say — the red one up at the top, I mean, not the writing on the road?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "position",
    "street",
    "The car, it's at the top of the picture — no, that's the sign I'm thinking of. The car: is it at the top or the bottom?",
    "choose(u(sel(car)), vposition, [top, bottom])",
    lambda p: p.value(p.the("car"), "vposition"),
)
P(
    "verify",
    "street",
    "Is the dog big — sorry, I meant small. Is the dog a small one?",
    "verify(u(sel(dog)), size, small)",
    lambda p: yes(p.value(p.the("dog"), "size") == "small"),
)
P(
    "exist",
    "street",
    "Is there a bicycle anywhere? I thought I saw one, but perhaps it was the car.",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)

# --- Darnell, an Atlanta delivery driver who asks two things and picks one
P(
    "negation",
    "street",
    "How many people are wearing a tie — or how many aren't? Give me the ones without a tie.",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([o for o in people(p) if o not in wearers(p, "tie")]),
)
P(
    "list",
    "street",
    "What colours are the ties, and who's got them on? Just the colours is good.",
    "values(sel(tie), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("tie")),
)
P(
    "superlative",
    "street",
    "Who's furthest to the left, and what colour are they wearing? Skip the who — just the colour.",
    "q(ord(sel(person), left, 1), color)",
    lambda p: p.value(side_of(p, people(p), "left"), "color"),
)
P(
    "compare_count",
    "street",
    "More men or more women out there? Let me put it simpler: are there more men than women?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "spatial",
    "street",
    "Is the sign to the right of the bus, or over the top of it? Right is what I'm asking about.",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "sign"))),
)
X("street", "How long's that car been parked there, and is it gonna get a ticket?")

# --- Priyanka, a Mumbai student who points back at what she asked before
P(
    "chain",
    "street",
    "What is the woman holding?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "attribute",
    "street",
    "And that dog I just asked about, the one she's holding — what colour is it?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "chain",
    "street",
    "Now the man in white: what colour is the tie he has on?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "quantifier",
    "street",
    "Is every man wearing a tie? I think the one I asked about and the other one both are.",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "number",
    "street",
    "How many different colours are the people dressed in?",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
P(
    "text",
    "street",
    "What does the writing on the road say? Same as with the bus, I only want the words.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
X("street", "Is the woman in green married to one of those two men, do you think?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Colette, a Lyon baker
P(
    "text",
    "kitchen",
    "What time is it on the clock? I'm up at four every morning, so any clock looks strange to me — what does it show?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "count",
    "kitchen",
    "How many cups — let me count, one, two... no, you do it — how many cups are there in all?",
    "count(sel(cup))",
    lambda p: n(p.f("cup")),
)
P(
    "compare_attr",
    "kitchen",
    "Are the plate and the clock the same colour? They look alike to me, but the light in here is odd.",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "attribute",
    "kitchen",
    "The table — wood, I'd think, from the colour, but let me ask properly: what is it made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "exist",
    "kitchen",
    "Is there any bread on the table? I always look for the bread first, it's a habit.",
    "exist(rel(u(sel(table)), on, name=bread))",
    lambda p: yes(bool(named(p, on_table(p), "bread"))),
)
X("kitchen", "What is she going to cook for lunch at half past twelve, do you suppose?")

# --- Ahmed, a Cairo waiter who hedges and picks
P(
    "count",
    "kitchen",
    "How many things are on the table? I might miss the fork, it's small.",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "chain",
    "kitchen",
    "The cup to the right of the bottle — is it the white one? Or just tell me its colour, that's easier.",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "verify",
    "kitchen",
    "The fork is metal, yes? Or maybe it's plastic, I can't be sure from here.",
    "verify(u(sel(fork)), material, metal)",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal"),
)
P(
    "spatial",
    "kitchen",
    "The plate sits to the left of the blue cup, I think? Am I right?",
    "vrel(u(f(sel(cup), color=blue)), left, name=plate)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("cup", color="blue")), "plate"))),
)
P(
    "negation",
    "kitchen",
    "How many cups are not white? Or how many are white — no, the ones that are not white.",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
X("kitchen", "How much of a tip would I get for serving this table, roughly?")

# --- Glenys, a Welsh grandmother who says everything twice
P(
    "superlative",
    "kitchen",
    "The cup furthest to the right, the one nearest the lady — what colour's that one? The rightmost cup?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "attribute",
    "kitchen",
    "The lady standing there, what colour is she wearing? Her clothes, I mean, what colour?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "spatial",
    "kitchen",
    "Is the clock above the table? Hung up over it, I mean, above the table?",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "text",
    "kitchen",
    "That bottle, there's writing on it. What's the writing say, on the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "number",
    "kitchen",
    "How many different colours are the cups? All different, are they? How many colours, then?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
X("kitchen", "Is she a good cook, do you think? She looks like a good cook to me, she does.")

# --- Kenji, a Tokyo office worker who builds on his last answer
P(
    "count",
    "kitchen",
    "How many white things are there in the kitchen?",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "count",
    "kitchen",
    "And of those white things, how many are on the table?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
P(
    "chain",
    "kitchen",
    "The cup to the left of the plate — its colour, please?",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
P(
    "quantifier",
    "kitchen",
    "Is everything on the table a cup? I suspect not, because of the plate I just mentioned.",
    "not_(exist(diff(rel(u(sel(table)), on), sel(cup))))",
    lambda p: yes(all(p.name(o) == "cup" for o in on_table(p))),
)
P(
    "spatial",
    "kitchen",
    "Is the woman to the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "compare_attr",
    "kitchen",
    "The bottle and the table — are they the same colour? I would say different, but please check.",
    "same(u(sel(bottle)), u(sel(table)), color)",
    lambda p: yes(p.value(p.the("bottle"), "color") == p.value(p.the("table"), "color")),
)
X("kitchen", "Is this a Spanish home? The bottle says AGUA, so maybe the family is from Spain?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Marisol, a Colombian dog groomer
P(
    "count",
    "park",
    "I groom dogs for a living, so they're the first thing I look for — how many dogs are there?",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "list",
    "park",
    "Which colours are the dogs? I want to know what coats I'd be working with.",
    "values(sel(dog), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("dog")),
)
P(
    "chain",
    "park",
    "The dog the woman in red is holding — what colour is it? Different coats need different brushes, you see.",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "chain",
    "park",
    "And the dog that's near the girl — what colour is that one?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "compare_attr",
    "park",
    "Are the two dogs the same colour? I'm guessing not, after what you told me.",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
X("park", "What breed is the black dog? I'd charge differently for a poodle than for a mutt.")

# --- Bjørn, a Norwegian dad who keeps mixing things up and putting them right
P(
    "count",
    "park",
    "How many kids — no, sorry, how many women are there?",
    "count(sel(woman))",
    lambda p: n(p.f("woman")),
)
P(
    "chain",
    "park",
    "What is the girl — sorry, the boy — what is the boy throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "attribute",
    "park",
    "The bench — what colour is the bench? Wooden, I know that already, but the colour?",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "superlative",
    "park",
    "Who is second from the left — no, from the right? Second from the right, among the people.",
    "q(ord(sel(person), right, 2), name)",
    lambda p: p.name(side_of(p, people(p), "right", 2)),
)
P(
    "spatial",
    "park",
    "The bench is to the right of the bike — wait, left. Is the bench to the left of the bike?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "position",
    "park",
    "The frisbee, is it high up or down low in the picture — top or bottom?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)

# --- Tamika, a Chicago crossing guard who asks two things and keeps one
P(
    "count",
    "park",
    "How many people, and how many kids? Start with everybody — how many people total?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "count",
    "park",
    "Okay, now the kids only. How many kids?",
    "count(sel(child))",
    lambda p: n(children(p)),
)
P(
    "compare_attr",
    "park",
    "The two women — are they dressed in the same colour or not? A yes or no is plenty.",
    "same(sel(woman), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("woman")}) == 1),
)
P(
    "chain",
    "park",
    "The woman by the bike — what colour is she wearing? I like to know who I'm looking for.",
    "q(u(rel(u(sel(bicycle)), near, name=woman)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("bicycle")), "woman")), "color"),
)
P(
    "verify",
    "park",
    "Is the boy dressed in blue? Or green? I'm going with blue — is it blue?",
    "verify(u(sel(boy)), color, blue)",
    lambda p: yes(p.value(p.the("boy"), "color") == "blue"),
)
X("park", "Shouldn't those kids be in school right now? What day of the week is this?")

# --- Ivan, a retired Bulgarian postman who hedges
P(
    "count",
    "park",
    "How many trees are there? Two, I think, but perhaps there are more hiding. The count of trees?",
    "count(sel(tree))",
    lambda p: n(p.f("tree")),
)
P(
    "compare_count",
    "park",
    "Are there as many dogs as trees? I would say yes, but perhaps I am wrong.",
    "eq(count(sel(dog)), count(sel(tree)))",
    lambda p: yes(len(p.f("dog")) == len(p.f("tree"))),
)
P(
    "where",
    "park",
    "The tree on the right side — is it behind the girl or in front of her?",
    "choose_rel(u(f(sel(tree), hposition=right)), [front, behind], role=object, name=girl)",
    lambda p: photo_side(p, p.the("tree", hposition="right"), p.the("girl"), ("front", "behind")),
)
P(
    "quantifier",
    "park",
    "Are all the trees green? In autumn they would not be, so I wonder.",
    "not_(exist(fn(sel(tree), color=green)))",
    lambda p: yes(all(p.value(o, "color") == "green" for o in p.f("tree"))),
)
P(
    "superlative",
    "park",
    "Who is standing furthest to the right? What is it — a man, a woman, a child?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "number",
    "park",
    "How many different colours are the people wearing? I count four, but my eyes are old.",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
X("park", "Which city is this park in? It reminds me very much of Plovdiv.")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Elif, an Istanbul graphic designer who corrects herself
P(
    "count",
    "shapes",
    "How many shapes are blue — no, wait, not blue, red. How many red ones?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "list",
    "shapes",
    "What shapes are those red ones? List them for me.",
    "values(f(scene(), color=red), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="red")),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, the red circle or the star? The circle, probably, but I want to check before I resize anything.",
    "q(u(f(union(f(sel(circle), color=red), sel(star)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("star")),
)
P(
    "number",
    "shapes",
    "How many colours did the designer use? I count four, or maybe five — tell me.",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "position",
    "shapes",
    "The green triangle — is it up in the top row or down in the bottom row? I'm working from memory here.",
    "choose(u(sel(triangle)), vposition, [top, bottom])",
    lambda p: p.value(p.the("triangle"), "vposition"),
)
X("shapes", "Which font would go well with this layout? Something geometric, I'm thinking?")

# --- Duncan, a Scottish maths tutor planning a lesson
P(
    "count",
    "shapes",
    "I'm teaching polygons tomorrow, so first things first: how many shapes are there in total?",
    "count(scene())",
    lambda p: n(p.objects),
)
P(
    "compare_count",
    "shapes",
    "For the bit on comparing: are there more small shapes than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share a colour with the hexagon? I'll turn it into a sorting task.",
    "count(same_attr(u(sel(hexagon)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("hexagon") and p.value(o, "color") == p.value(p.the("hexagon"), "color")]
    ),
)
P(
    "negation",
    "shapes",
    "How many of the shapes aren't blue? My pupils always trip over the 'not' ones, so I want it right.",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "quantifier",
    "shapes",
    "Do all the large shapes sit in the top row? I suspect one of them doesn't.",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "two_clause",
    "shapes",
    "Is the hexagon both blue and small? I'd like one yes or no covering the two.",
    "and_(verify(u(sel(hexagon)), color, blue), verify(u(sel(hexagon)), size, small))",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "blue" and p.value(p.the("hexagon"), "size") == "small"),
)

# --- Noa, nine, typing in lowercase and pointing back
P("count", "shapes", "how many circles are there i think two", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "what colour is the small one, the small circle i mean",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
P(
    "attribute",
    "shapes",
    "and the big circle same question what colour",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P("exist", "shapes", "is there a moon in it i like moons", "exist(sel(moon))", lambda p: yes(bool(p.f("moon"))))
P(
    "compare_size",
    "shapes",
    "is the triangle bigger than the square or is it the other way",
    "larger(u(sel(triangle)), u(sel(square)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("square")),
)
X("shapes", "which shape is the mummy and which one is the baby")

# --- Esperanza, a Peruvian weaver who hedges
P(
    "count",
    "shapes",
    "How many shapes are in the bottom row? Three, if I am not mistaken.",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, the one furthest to the left — what colour is it? Yellow, I think, but I may be wrong.",
    "q(ord(f(scene(), vposition=bottom), left, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Is the square the same colour as the hexagon? If so, I would weave them in the same thread.",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "verify",
    "shapes",
    "The star — is it red, or do I misremember?",
    "verify(u(sel(star)), color, red)",
    lambda p: yes(p.value(p.the("star"), "color") == "red"),
)
P(
    "exist",
    "shapes",
    "Is there a purple shape? I don't see one, but my glasses are in the other room.",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
X("shapes", "How long would it take to weave this pattern into a blanket, more or less?")

# --- Ollie, a Kiwi skate-shop worker who asks two things and keeps one
P(
    "count",
    "shapes",
    "How many triangles, and how many squares? Actually, just the squares.",
    "count(sel(square))",
    lambda p: n(p.f("square")),
)
P(
    "attribute",
    "shapes",
    "The hexagon — colour or size? Colour, mate.",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "position",
    "shapes",
    "Which shape's in the bottom-left corner, or the top-left? Let's say bottom-left.",
    "q(u(f(scene(), hposition=left, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Square or triangle — which is bigger? Or which one's greener? Nah, bigger.",
    "q(u(f(union(sel(square), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), p.the("triangle")),
)
P(
    "superlative",
    "shapes",
    "In the top row, what's second from the left — or from the right? From the left, I mean. Which shape?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
X("shapes", "Would this make a sweet print for a skateboard deck, or nah?")

# --- Farida, a Kazakh geometry student who restates
P(
    "count",
    "shapes",
    "How many shapes are large? The number of large shapes, I mean.",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "position",
    "shapes",
    "The shape in the very centre of the drawing — what shape is it? The central one?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are there as many circles as there are red shapes? Circles versus red shapes — equal?",
    "eq(count(sel(circle)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f("circle")) == len(p.f(color="red"))),
)
P(
    "quantifier",
    "shapes",
    "Are all of the red shapes circles? Each red one, a circle?",
    "not_(exist(fn(f(scene(), color=red), shape=circle)))",
    lambda p: yes(all(p.value(o, "shape") == "circle" for o in p.f(color="red"))),
)
P(
    "superlative",
    "shapes",
    "The rightmost shape in the bottom row — its colour? The colour of the one furthest right at the bottom?",
    "q(ord(f(scene(), vposition=bottom), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "color"),
)
P(
    "exist",
    "shapes",
    "Is any of the red shapes small? A small red one — is there one?",
    "exist(f(scene(), color=red, size=small))",
    lambda p: yes(bool(p.f(color="red", size="small"))),
)

# --- Walter, a retired Dutch cartographer who reads the drawing in rows and columns
P(
    "position",
    "shapes",
    "I'd map this by rows. Which row holds the star — the top one or the bottom one?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
P(
    "count",
    "shapes",
    "How many shapes sit in the middle column, left to right? I'd guess three.",
    "count(f(scene(), hposition=middle))",
    lambda p: n(p.f(hposition="middle")),
)
P(
    "count",
    "shapes",
    "And in the left-hand column, how many?",
    "count(f(scene(), hposition=left))",
    lambda p: n(p.f(hposition="left")),
)
P(
    "list",
    "shapes",
    "Which colours appear in the top row? I'd like them listed, as one would for a map legend.",
    "values(f(scene(), vposition=top), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="top")),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles the same size? One looks smaller, but scale can deceive.",
    "same(sel(circle), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
X("shapes", "Which country's flag does this remind you of? I keep thinking of one, but can't place it.")

# --- Ruth, a Jamaican church organist whose questions carry asides about the choir
P(
    "count",
    "shapes",
    "How many of the shapes, and I'm only asking about the ones coloured blue like our choir robes, are blue?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "compare_size",
    "shapes",
    "The yellow rectangle and the star, which Sister Maud says are about the same, which one is actually bigger?",
    "q(u(f(union(f(sel(rectangle), color=yellow), sel(star)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, yellow_rectangle(p), p.the("star")),
)
P(
    "verify",
    "shapes",
    "Is the triangle, the one up in the top right that I keep calling the steeple, green?",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P(
    "exist",
    "shapes",
    "Is there a hexagon anywhere, six sides, like the little window in our vestry?",
    "exist(sel(hexagon))",
    lambda p: yes(bool(p.f("hexagon"))),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share a size with the triangle — the steeple, as I said?",
    "count(same_attr(u(sel(triangle)), size))",
    lambda p: n(
        [o for o in p.objects if o != p.the("triangle") and p.value(o, "size") == p.value(p.the("triangle"), "size")]
    ),
)
X("shapes", "What hymn would you play while looking at this drawing? I think it wants something joyful.")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
