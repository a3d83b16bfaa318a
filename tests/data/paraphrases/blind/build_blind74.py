# ruff: noqa: E501
"""Blind paraphrase set 74: a twentieth fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to eight questions about one picture,
asking in plain everyday English in their own words and habits of speech, always understandably to a careful reader.
No persona gimmick is shared: they are the sort of people who might type into a picture-question app on any given day.

The cast. On the CLEVR pictures: Janet, a night-shift nurse on her break, brisk and a bit frazzled ("Quick one",
"ta"); Arjun, a new graduate in Bangalore writing Indian English ("Kindly tell me", "is having", "may I know");
Earl, a retired Ohio farmer ("them blocks", "that little can", "ain't no"); Chloe, a Sydney barista ("heaps",
"reckon", "no worries"); Mr Okafor, a Lagos accountant, formal ("Please, what is the total number", "excluding");
Linnea, a Swedish kindergarten teacher ("How many cylinders is it", "is it of rubber, or?", "most far back"); Dev, an
insurance claims adjuster ("For my notes", "Just to confirm", "the lot"); Mags, a Dublin pub landlady ("would ye",
"grand", "so"); Tariq, a Birmingham pharmacist, methodical; Nonna Giulia, an Italian grandmother whose granddaughter
set up the app ("The ball blue, is big?", "How many balls there are?"); Ben, a Vermont carpenter ("blocks", "off on
the right"); Kayla, a Georgia softball mom, all exclamation marks ("y'all", "My son says"); Walter, a retired bank
manager, precise and fussy; Jas, a delivery driver typing between drops, lower case, no question marks ("mate");
Ruth, a Welsh chapel organist, gentle ("I wonder", "would you mind", "if you please"); Hank, a Montana ranch hand of
few words; Mei, a Singapore accountant ("got", "or not", "ah", "is it"); Patrick, a Boston physics teacher, crisp
("Two-hop one for you"); Amara, a London midwife, warm ("my dear"); Olivia, nine, lower case; and Stan, a retired
Chicago machinist ("pieces", "count 'em"). On the photo-like graphs: Lucía, a Spanish tourist ("How many persons",
"which colour it has?"); Gary, a driving instructor ("Right", "road surface", "in relation to"); Aisha, a teenager on
a photography course ("in the shot", "the frame"); Rob, a pizza delivery rider ("lol", "bloke"); Grace, newly married
and hosting her first dinner; Tomasz, a Polish waiter in Dublin ("How many cups is on the table?", "on right side from
the table"); Phyllis, seventy, a chatty office cleaner ("Ooh", "sat", "or is it me?"); Leo, twelve; Bob, a retired
postman on his park bench ("the lad", "today"); Harriet, a vet who notices the dogs first; Jayden, a skateboarding
teenager ("yo", "pic", "whos"); and Elaine, a nervous new user who apologises ("Sorry, I'm new to this", "I hope
this is right"). On the drawing: Kirsty, a graphic-design intern ("canvas", "quadrilaterals"); Noah, six; Vera, a
Czech-born retired seamstress ("How many shapes is small?", "which colour he has?", "lower row"); Derek, a pub quiz
host ("Round one", "True or false", "bang in the middle"); Fiona, an occupational therapist asking on a patient's
behalf ("Can you tell me", "Good."); Raj, a logistics dispatcher, brisk ("count.", "size?"); Gwen, a sixth-former
doing geometry homework ("polygons", "distinct colours"); and Cliff, an old sign painter ("forty years", "that
yellow one").

Sentence shapes: plain questions, fragments ("Hexagon — size?", "Leftmost in the bottom row — colour?"), tags ("is it?",
"isn't it?", "correct?", "or not?", "right or not?", "or?", "no?", "yes?"), fronted places and topics ("Left of the blue
cylinder, how many balls do you see?", "In the lower row, what is in the middle?"), statements to confirm ("Just to
confirm — the thing furthest to the right is the cyan cylinder, correct?", "My son says the thing closest to the front
is a ball"), comparisons ("more ... than", "same number or not?", "fewer", "which is bigger", "which is the bigger of
the two"), negatives and exceptions ("not counting the cube", "that aren't purple or yellow", "excluding the cube
itself", "except the yellow ball", "neither blue nor in the top row"), and follow-ups that name what they point back at
("And the car, which colour it has?", "And the sign at the top").

The questions cover counts (with conditions, negation, "altogether", "squares and rectangles both"), existence, an
attribute of one thing, yes/no checks of one value, two checks at once, comparisons of counts ("more", "fewer", "same
number") and of attributes (same colour, size, shape or material), quantifiers ("all", "every", "both", "none", "most"),
exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs only their stated relations: on,
near, holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop chains, superlatives and
ordinals, other things sharing a value, which of two things is the bigger, a list of values, the number of different
colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and the text on the photos'
bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (49, 52, 55, 59, 54, 38, 57, 32, 48, 56, 50,
35, 36 and 15; one or two people to a scene), about 30% about the photo-like graphs (street, kitchen, park) and 20%
about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the person's other
questions (prices and costs, opinions and taste, what happens next, names, makers and shops, the world outside the
picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so the
drawing's yellow rectangle is always "the yellow rectangle" or "the yellow one"); places and orders are only asked
where a careful person could call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor
or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of an object whose box centre
lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos neighbours in an order are at
least 40 pixels apart; nothing is asked of the photo graphs that their stated relations and attributes leave open. A
which-side question is answered with the side; a "which is bigger" between two things is asked only where their size
classes differ, and answered with the word that tells the bigger one from the other (its shape, or its colour where
both are spheres). Answers are the graph's words (gray, not grey; sphere, not ball; "green, red" for a list, most
frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag ("or not?", "true or false",
"correct?"), and a question that asks to confirm a negative ("There ain't no balls, are there?") is answered "yes"
when the negative holds. Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), the first 5 lines of
blind66.jsonl (for the line format), the blind_gold.py and blind_helpers.py helpers it imports, and the scenes
themselves (photo_scenes.json and the CLEVR val scenes.json, inspected with small Python snippets). No question was
run through nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through
``--check``.

Run ``python build_blind74.py`` to write ``../blind74.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind74.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def drawn_others(p, anchor: str, attribute: str) -> list[str]:
    """The drawn shapes other than the anchor that share its value of ``attribute``."""
    return [o for o in p.objects if o != anchor and p.value(o, attribute) == p.value(anchor, attribute)]


def colour_of(p, ids: list[str], colour: str) -> list[str]:
    """The objects of ids with the given colour."""
    return [o for o in ids if p.value(o, "color") == colour]


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================
# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph (far right), small green metal cube, large purple metal sph (far left), small green rubber cyl, small yellow rubber sph (front), small gray rubber cyl (back)

# --- Janet, a night-shift nurse on her break; brisk, a bit frazzled
C(
    "count",
    49,
    "Quick one before my break's over — how many cylinders are in this?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    49,
    "Are the two cylinders the same colour or different?",
    "worded(same(sel(cylinder), color), [same, different])",
    lambda s: said_same(alike(s, s.f(shape="cylinder"), "color")),
)
C(
    "exist",
    49,
    "Is there anything red in there at all?",
    "exist(f(scene(), color=red))",
    lambda s: yes(bool(s.f(color="red"))),
)
C(
    "negation",
    49,
    "How many of the things are metal, not counting the cube?",
    "count(fn(f(scene(), material=metal), shape=cube))",
    lambda s: n(lacking(s, s.f(material="metal"), shape="cube")),
)
C(
    "superlative",
    49,
    "The one right at the front nearest me, what's it made of?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C(
    "same_attr",
    49,
    "How many other things have the same colour as the red ball? Ta.",
    "count(same_attr(u(f(sel(sphere), color=red)), color))",
    lambda s: n(others(s, s.the(shape="sphere", color="red"), "color")),
)
X(
    49,
    "Be honest, is this one of those memory tests? Because I'm on my fourth night in a row and I'm not sure I'd pass.",
)

# --- Arjun, a new graduate in Bangalore; Indian English
C(
    "count",
    49,
    "Kindly tell me the total count of spheres which are made of rubber.",
    "count(f(sel(sphere), material=rubber))",
    lambda s: n(s.f(shape="sphere", material="rubber")),
)
C(
    "spatial",
    49,
    "The green cylinder — how many objects are there on its left side?",
    "count(rel(u(f(sel(cylinder), color=green)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="green"))),
)
C(
    "compare_attr",
    49,
    "Is the large sphere having the same material as the green cylinder?",
    "same(u(f(sel(sphere), size=large)), u(f(sel(cylinder), color=green)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", size="large"), "material") == s.a(s.the(shape="cylinder", color="green"), "material")
    ),
)
C(
    "superlative",
    49,
    "Which colour is the object that is second from the right side?",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)
C(
    "two_clause",
    49,
    "Is there a gray cylinder and also a cyan cube in the image?",
    "and_(exist(f(sel(cylinder), color=gray)), exist(f(sel(cube), color=cyan)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="gray")) and bool(s.f(shape="cube", color="cyan"))),
)
X(49, "May I know which software is used for rendering these images? I want to make similar ones for my project.")

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl (back), large purple metal cube (front, left)

# --- Earl, a retired Ohio farmer
C("count", 52, "How many of them blocks are there?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "verify",
    52,
    "That little gray can — is that metal?",
    "verify(u(sel(cylinder)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == "metal"),
)
C(
    "superlative",
    52,
    "Which block sits furthest over to the right? What color is it?",
    "q(ord(sel(cube), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "color"),
)
C(
    "compare_size",
    52,
    "Is the brown block bigger than that little can?",
    "larger(u(f(sel(cube), color=brown)), u(sel(cylinder)))",
    lambda s: larger(s, s.the(shape="cube", color="brown"), s.the(shape="cylinder")),
)
C(
    "spatial",
    52,
    "How many things are setting in front of the blue block?",
    "count(rel(u(f(sel(cube), color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="blue"))),
)
C(
    "quantifier",
    52,
    "There ain't no balls in this one at all, are there?",
    "not_(exist(sel(sphere)))",
    lambda s: yes(not s.f(shape="sphere")),
)
X(52, "What would them blocks weigh, you figure? Look heavy enough to hold a gate open.")

# scene 55: large green metal cube, small purple rubber cube (far right), large purple rubber sph (back), small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph (far left), small yellow metal cube (front), large red rubber cube

# --- Chloe, a Sydney barista
C(
    "count",
    55,
    "How many purple balls are there? Looks like heaps.",
    "count(f(sel(sphere), color=purple))",
    lambda s: n(s.f(shape="sphere", color="purple")),
)
C(
    "compare_count",
    55,
    "Are there more big things than little things, do you reckon?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "superlative",
    55,
    "Which colour's the cube that's furthest back?",
    "q(ord(sel(cube), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "behind"), "color"),
)
C(
    "spatial",
    55,
    "Is the yellow cube sitting in front of the green one?",
    "exist(f(rel(u(f(sel(cube), color=green)), front), color=yellow, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "front", {"shape": "cube", "color": "green"}),
)
C(
    "negation",
    55,
    "How many things are there that aren't purple or yellow?",
    "count(fn(fn(scene(), color=purple), color=yellow))",
    lambda s: n([i for i in s.all() if s.a(i, "color") not in {"purple", "yellow"}]),
)
C(
    "chain",
    55,
    "There's a ball behind the green cube — is it rubber or metal?",
    "choose(u(f(rel(u(f(sel(cube), color=green)), behind), shape=sphere)), material, [rubber, metal])",
    lambda s: s.a(hop(s, s.the(shape="cube", color="green"), "behind", shape="sphere"), "material"),
)
X(55, "Reckon this'd look good as a print on the café wall? Be honest, no worries if not.")

# --- Mr Okafor, a Lagos accountant; formal
C(
    "count",
    55,
    "Please, what is the total number of cylinders in the picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    55,
    "Kindly confirm whether the two cylinders are of the same size.",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "attribute",
    55,
    "Among the spheres, one is made of metal. What is its colour?",
    "q(u(f(sel(sphere), material=metal)), color)",
    lambda s: s.a(only(s.f(shape="sphere", material="metal")), "color"),
)
C(
    "same_attr",
    55,
    "How many objects share the colour of the red cube, excluding the cube itself?",
    "count(same_attr(u(f(sel(cube), color=red)), color))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "color")),
)
C(
    "superlative",
    55,
    "Which object is nearest to the front of the picture? I require its shape.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "compare_size",
    55,
    "Which is the bigger of the two: the gray cylinder or the green cube?",
    "q(u(f(union(f(sel(cylinder), color=gray), f(sel(cube), color=green)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="gray"), s.the(shape="cube", color="green")),
)

# scene 59: small purple rubber cyl (front), large cyan rubber cyl (far right), large brown rubber sph (far left), large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph (back)

# --- Linnea, a Swedish kindergarten teacher
C("count", 59, "How many cylinders is it in the picture?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "verify",
    59,
    "The small cube, is it of rubber, or?",
    "verify(u(sel(cube)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube"), "material") == "rubber"),
)
C(
    "count",
    59,
    "How many things are purple if we count also the little cube?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "superlative",
    59,
    "The cylinder that is most far back, which colour has it?",
    "q(ord(sel(cylinder), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "behind"), "color"),
)
C(
    "compare_count",
    59,
    "It is more cylinders than balls, true?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "spatial",
    59,
    "Left of the blue cylinder, how many balls do you see?",
    "count(f(rel(u(f(sel(cylinder), color=blue)), left), shape=sphere))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cylinder", color="blue")), shape="sphere")),
)
X(59, "The children ask me what these things are used for. What do you think they are for?")

# --- Dev, an insurance claims adjuster
C(
    "count",
    59,
    "For my notes: how many of the items are large?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "two_clause",
    59,
    "Just to confirm — the thing furthest to the right is the cyan cylinder, correct?",
    "and_(verify(ord(scene(), right, 1), color, cyan), verify(ord(scene(), right, 1), shape, cylinder))",
    lambda s: yes(
        s.a(nth(s, s.all(), "right"), "color") == "cyan" and s.a(nth(s, s.all(), "right"), "shape") == "cylinder"
    ),
)
C(
    "quantifier",
    59,
    "Is every one of the spheres made of rubber?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "chain",
    59,
    "There's a cube somewhere behind the purple ball. What colour is the thing to the right of that cube?",
    "q(u(rel(u(f(rel(u(f(sel(sphere), color=purple)), behind), shape=cube)), right)), color)",
    lambda s: s.a(hop(s, hop(s, s.the(shape="sphere", color="purple"), "behind", shape="cube"), "right"), "color"),
)
C(
    "negation",
    59,
    "How many items are neither cylinders nor rubber?",
    "count(fn(fn(scene(), shape=cylinder), material=rubber))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cylinder" and s.a(i, "material") != "rubber"]),
)
C(
    "compare_attr",
    59,
    "The two brown spheres — same material, yes or no?",
    "same(f(sel(sphere), color=brown), material)",
    lambda s: alike(s, s.f(shape="sphere", color="brown"), "material"),
)
X(59, "What would it cost to replace the lot if it all got damaged in transit?")

# scene 54: large green rubber cube (front), large brown metal cyl (back), large gray rubber cube (far right), large gray rubber cube (far left)

# --- Mags, a Dublin pub landlady
C("count", 54, "So how many things are in the picture altogether?", "count(scene())", lambda s: n(s.all()))
C(
    "quantifier",
    54,
    "Would ye say they're all big ones?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "attribute",
    54,
    "The green cube now — is it shiny metal or is it rubber?",
    "choose(u(f(sel(cube), color=green)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", color="green"), "material"),
)
C(
    "spatial",
    54,
    "How many cubes are sat behind the green one?",
    "count(f(rel(u(f(sel(cube), color=green)), behind), shape=cube))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cube", color="green")), shape="cube")),
)
C(
    "verify",
    54,
    "Is it the green one that's furthest back, would ye say?",
    "verify(ord(scene(), behind, 1), color, green)",
    lambda s: yes(s.a(nth(s, s.all(), "behind"), "color") == "green"),
)
C(
    "superlative",
    54,
    "Grand. And what colour's the one furthest to the left?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
X(54, "Would any of these do as a doorstop for the lounge bar, d'ye think?")

# scene 38: small green rubber sph, large gray rubber cyl (back), small red metal sph, small green metal sph (far right), large gray metal cyl (far left)

# --- Tariq, a Birmingham pharmacist; methodical
C(
    "count",
    38,
    "How many of the objects are made of rubber?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "attribute",
    38,
    "Is the red sphere small or large?",
    "choose(u(f(sel(sphere), color=red)), size, [small, large])",
    lambda s: s.a(s.the(shape="sphere", color="red"), "size"),
)
C(
    "spatial",
    38,
    "Are there any spheres behind the rubber cylinder?",
    "exist(f(rel(u(f(sel(cylinder), material=rubber)), behind), shape=sphere))",
    lambda s: yes(bool(among(s, related(s, "behind", s.the(shape="cylinder", material="rubber")), shape="sphere"))),
)
C(
    "compare_size",
    38,
    "Is the metal cylinder larger than the red sphere?",
    "larger(u(f(sel(cylinder), material=metal)), u(f(sel(sphere), color=red)))",
    lambda s: larger(s, s.the(shape="cylinder", material="metal"), s.the(shape="sphere", color="red")),
)
C(
    "list",
    38,
    "Which colours do the spheres come in? Please list them.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "chain",
    38,
    "Only one thing stands to the left of the red sphere, I believe. What is it made of?",
    "q(u(rel(u(f(sel(sphere), color=red)), left)), material)",
    lambda s: s.a(only(related(s, "left", s.the(shape="sphere", color="red"))), "material"),
)
C(
    "compare_attr",
    38,
    "The two cylinders: do they share a colour?",
    "same(sel(cylinder), color)",
    lambda s: alike(s, s.f(shape="cylinder"), "color"),
)

# scene 57: small brown metal cyl, large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (far right), small yellow rubber sph (far left)

# --- Nonna Giulia, an Italian grandmother; her granddaughter set up the app
C("count", 57, "How many balls there are?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "verify",
    57,
    "The ball blue, is big?",
    "verify(u(f(sel(sphere), color=blue)), size, large)",
    lambda s: yes(s.a(s.the(shape="sphere", color="blue"), "size") == "large"),
)
C(
    "compare_attr",
    57,
    "The two boxes, they are made of the same thing?",
    "same(sel(cube), material)",
    lambda s: alike(s, s.f(shape="cube"), "material"),
)
C(
    "spatial",
    57,
    "On the left of the little brown cylinder, how many things there are?",
    "count(rel(u(f(sel(cylinder), size=small, color=brown)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", size="small", color="brown"))),
)
C(
    "position",
    57,
    "The little yellow ball is on the left of the photo or on the right?",
    "choose(u(f(sel(sphere), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="yellow")),
)
C(
    "spatial",
    57,
    "The big blue ball, it stay in front of the brown cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), front), color=blue, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue"}, "front", {"shape": "cylinder", "color": "brown"}),
)
X(57, "My granddaughter say a computer make these pictures. Is true a computer can paint like Caravaggio?")

# scene 32: small gray rubber cube (far left), large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (far right)

# --- Ben, a Vermont carpenter
C("count", 32, "How many blocks in this one?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "quantifier",
    32,
    "Is everything small except the yellow ball?",
    "not_(exist(fn(diff(scene(), f(sel(sphere), color=yellow)), size=small)))",
    lambda s: every(s, [i for i in s.all() if i != s.the(shape="sphere", color="yellow")], size="small"),
)
C(
    "attribute",
    32,
    "That gray cylinder off on the right — metal or rubber?",
    "choose(u(f(sel(cylinder), color=gray)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder", color="gray"), "material"),
)
C(
    "compare_size",
    32,
    "Which is bigger, the yellow ball or the red ball?",
    "q(u(f(union(f(sel(sphere), color=yellow), f(sel(sphere), color=red)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="yellow"), s.the(shape="sphere", color="red"), "color"),
)
C(
    "spatial",
    32,
    "How many things are sitting out in front of the yellow ball?",
    "count(rel(u(f(sel(sphere), color=yellow)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="yellow"))),
)
C(
    "superlative",
    32,
    "Second one in from the left — what's that made of?",
    "q(ord(scene(), left, 2), material)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "material"),
)
C(
    "same_attr",
    32,
    "How many other things are the same gray as the cylinder?",
    "count(same_attr(u(sel(cylinder)), color))",
    lambda s: n(others(s, s.the(shape="cylinder"), "color")),
)
X(32, "Where could I buy a set like this? My nephew would love it.")

# --- Kayla, a Georgia softball mom
C(
    "count",
    32,
    "Okay y'all, how many rubber things are in this picture?!",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "compare_attr",
    32,
    "Are the red ball and the red cube made out of the same stuff?",
    "same(u(f(sel(sphere), color=red)), u(f(sel(cube), color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="red"), "material") == s.a(s.the(shape="cube", color="red"), "material")
    ),
)
C(
    "verify",
    32,
    "My son says the thing closest to the front is a ball. Is he right?",
    "verify(ord(scene(), front, 1), shape, sphere)",
    lambda s: yes(s.a(nth(s, s.all(), "front"), "shape") == "sphere"),
)
C(
    "negation",
    32,
    "How many gray things are NOT cubes?",
    "count(fn(f(scene(), color=gray), shape=cube))",
    lambda s: n(lacking(s, s.f(color="gray"), shape="cube")),
)
C(
    "spatial",
    32,
    "Is the gray cylinder to the right of the red ball?",
    "exist(f(rel(u(f(sel(sphere), color=red)), right), color=gray, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "gray"}, "right", {"shape": "sphere", "color": "red"}),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph (far left), large gray metal sph (far right), large green metal sph, small yellow metal cube (front), small blue metal cyl (back)

# --- Walter, a retired bank manager; precise and fussy
C("count", 48, "How many spheres are there in total, please?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_size",
    48,
    "Is the blue cylinder larger than the red cube?",
    "larger(u(f(sel(cylinder), color=blue)), u(f(sel(cube), color=red)))",
    lambda s: larger(s, s.the(shape="cylinder", color="blue"), s.the(shape="cube", color="red")),
)
C(
    "superlative",
    48,
    "Which item stands furthest to the left? Its colour, please.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "spatial",
    48,
    "Is there a cube anywhere to the right of the yellow sphere?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), right), shape=cube))",
    lambda s: yes(bool(among(s, related(s, "right", s.the(shape="sphere", color="yellow")), shape="cube"))),
)
C(
    "compare_attr",
    48,
    "Do the two yellow items have the same shape?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: alike(s, s.f(color="yellow"), "shape"),
)
C(
    "chain",
    48,
    "Behind the red cube there is a sphere. What colour is it, please?",
    "q(u(f(rel(u(f(sel(cube), color=red)), behind), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="red"), "behind", shape="sphere"), "color"),
)
C(
    "number",
    48,
    "How many different colours are there among the spheres?",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)

# --- Jas, a delivery driver typing between drops
C(
    "count",
    48,
    "quick one mate how many green balls",
    "count(f(sel(sphere), color=green))",
    lambda s: n(s.f(shape="sphere", color="green")),
)
C(
    "attribute",
    48,
    "the blue thing what shape is it",
    "q(u(f(scene(), color=blue)), shape)",
    lambda s: s.a(only(s.f(color="blue")), "shape"),
)
C(
    "spatial",
    48,
    "anything behind the blue cylinder",
    "exist(rel(u(f(sel(cylinder), color=blue)), behind))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="cylinder", color="blue")))),
)
C(
    "spatial",
    48,
    "how many things in front of the red cube",
    "count(rel(u(f(sel(cube), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="red"))),
)
C(
    "attribute",
    48,
    "gray ball big or small",
    "choose(u(f(sel(sphere), color=gray)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="gray"), "size"),
)
X(48, "cheers. whats the quickest way to the M6 from here lol")

# scene 56: small blue rubber cube (back), small yellow rubber sph (far right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube (far left), large green metal cyl

# --- Ruth, a Welsh chapel organist; gentle
C(
    "count",
    56,
    "I wonder, how many of the objects are small?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "exist",
    56,
    "Would you mind telling me whether any of the cubes is made of metal?",
    "exist(f(sel(cube), material=metal))",
    lambda s: yes(bool(s.f(shape="cube", material="metal"))),
)
C(
    "position",
    56,
    "The yellow ball — is it over on the right-hand side of the picture?",
    "verify(u(f(sel(sphere), color=yellow)), hposition, right)",
    lambda s: yes(picture_side(s, s.the(shape="sphere", color="yellow")) == "right"),
)
C(
    "spatial",
    56,
    "How many things are in front of the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="green"))),
)
C(
    "superlative",
    56,
    "What is the second object from the back? Its colour, if you please.",
    "q(ord(scene(), behind, 2), color)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "color"),
)
C(
    "compare_size",
    56,
    "Is the brown cube larger than the blue one?",
    "larger(u(f(sel(cube), color=brown)), u(f(sel(cube), color=blue)))",
    lambda s: larger(s, s.the(shape="cube", color="brown"), s.the(shape="cube", color="blue")),
)

C(
    "chain",
    56,
    "There's a cylinder behind the brown cube, and a ball to the left of that cylinder. What colour is that ball, I wonder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=brown)), behind), shape=cylinder)), left), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="brown"), "behind", shape="cylinder"), "left", shape="sphere"), "color"
    ),
)

# scene 50 (all rubber): large purple sph (front), large red cyl, small yellow cube, small cyan sph, small blue cube, large green cube (far left), large green sph (back), small green cyl

# --- Hank, a Montana ranch hand; few words
C("count", 50, "How many cylinders?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "spatial",
    50,
    "Big purple ball. Anything in front of it?",
    "exist(rel(u(f(sel(sphere), size=large, color=purple)), front))",
    lambda s: yes(bool(related(s, "front", s.the(shape="sphere", size="large", color="purple")))),
)
C(
    "superlative",
    50,
    "Color of the cube furthest left?",
    "q(ord(sel(cube), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left"), "color"),
)
C(
    "exist",
    50,
    "Green ones. Any of 'em small?",
    "exist(f(scene(), color=green, size=small))",
    lambda s: yes(bool(s.f(color="green", size="small"))),
)
C(
    "spatial",
    50,
    "How many things right of that blue cube?",
    "count(rel(u(f(sel(cube), color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="blue"))),
)
C(
    "quantifier",
    50,
    "Most of 'em small?",
    "gt(count(f(scene(), size=small)), count(fn(scene(), size=small)))",
    lambda s: most([s.a(i, "size") == "small" for i in s.all()]),
)

# --- Mei, a Singapore accountant
C("count", 50, "How many small objects got?", "count(f(scene(), size=small))", lambda s: n(s.f(size="small")))
C(
    "compare_count",
    50,
    "Cubes and spheres, same number or not?",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)
C(
    "verify",
    50,
    "The purple ball is the one most in front, right or not?",
    "verify(ord(scene(), front, 1), color, purple)",
    lambda s: yes(s.a(nth(s, s.all(), "front"), "color") == "purple"),
)
C(
    "number",
    50,
    "Altogether how many colours ah?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "spatial",
    50,
    "The yellow cube is on the left of the small cyan ball, is it?",
    "exist(f(rel(u(f(sel(sphere), size=small, color=cyan)), left), color=yellow, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "yellow"}, "left", {"shape": "sphere", "size": "small", "color": "cyan"}
    ),
)
X(50, "If I buy all these for my nephew, how much it will cost?")

# scene 35: small purple metal sph (back), large green metal cube (far left), large green rubber cube (far right), large red metal sph (front), large gray metal cube

# --- Patrick, a Boston physics teacher; crisp
C(
    "count",
    35,
    "How many of the objects are metallic?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "superlative",
    35,
    "What's the object farthest back made of?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
C(
    "spatial",
    35,
    "Is the purple sphere behind the gray cube?",
    "exist(f(rel(u(f(sel(cube), color=gray)), behind), color=purple, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "purple"}, "behind", {"shape": "cube", "color": "gray"}),
)
C(
    "negation",
    35,
    "How many cubes are there that aren't green?",
    "count(fn(sel(cube), color=green))",
    lambda s: n(lacking(s, s.f(shape="cube"), color="green")),
)
C(
    "compare_size",
    35,
    "Which is bigger: the purple sphere or the gray cube?",
    "q(u(f(union(f(sel(sphere), color=purple), f(sel(cube), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="purple"), s.the(shape="cube", color="gray")),
)
C(
    "chain",
    35,
    "Two-hop one for you: there's a sphere to the right of the gray cube, and a cube to the right of that sphere. What's that last cube made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=gray)), right), shape=sphere)), right), shape=cube)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="gray"), "right", shape="sphere"), "right", shape="cube"), "material"
    ),
)

# scene 36: large purple metal sph (far right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph (far left), large brown rubber cyl

# --- Amara, a London midwife; warm
C(
    "count",
    36,
    "How many little ones are there, my dear?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "negation",
    36,
    "And how many things aren't made of metal?",
    "count(fn(scene(), material=metal))",
    lambda s: n(lacking(s, s.all(), material="metal")),
)
C(
    "position",
    36,
    "Is the big purple ball on the left side of the picture?",
    "verify(u(f(sel(sphere), size=large, color=purple)), hposition, left)",
    lambda s: yes(picture_side(s, s.the(shape="sphere", size="large", color="purple")) == "left"),
)
C(
    "superlative",
    36,
    "Which colour is the ball sitting furthest back?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "quantifier",
    36,
    "Are both of the big balls made of metal?",
    "not_(exist(fn(f(sel(sphere), size=large), material=metal)))",
    lambda s: every(s, s.f(shape="sphere", size="large"), material="metal"),
)
C(
    "spatial",
    36,
    "What's in front of the brown cylinder? Just the shape, please.",
    "q(u(rel(u(f(sel(cylinder), color=brown)), front)), shape)",
    lambda s: s.a(only(related(s, "front", s.the(shape="cylinder", color="brown"))), "shape"),
)
C(
    "same_attr",
    36,
    "Apart from the brown cylinder, how many things are the same size as it?",
    "count(same_attr(u(f(sel(cylinder), color=brown)), size))",
    lambda s: n(others(s, s.the(shape="cylinder", color="brown"), "size")),
)
X(36, "My daughter wants a little yellow cube like that for her birthday. Where do they sell them?")

# scene 15: large green rubber cyl (far left), large brown metal cyl, small purple metal cyl (right), large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (far right)

# --- Olivia, nine
C("count", 15, "how many cylinders are there", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "verify",
    15,
    "is the cube red",
    "verify(u(sel(cube)), color, red)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "red"),
)
C(
    "count",
    15,
    "how many big balls",
    "count(f(sel(sphere), size=large))",
    lambda s: n(s.f(shape="sphere", size="large")),
)
C(
    "superlative",
    15,
    "whats the colour of the thing at the very very back",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_attr",
    15,
    "are the green things the same shape",
    "same(f(scene(), color=green), shape)",
    lambda s: alike(s, s.f(color="green"), "shape"),
)
X(15, "what would happen if the red ball rolled into all the cylinders")

# --- Stan, a retired Chicago machinist
C(
    "count",
    15,
    "How many of these pieces are rubber?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "compare_attr",
    15,
    "Brown cylinder and the green one — same material?",
    "same(u(f(sel(cylinder), color=brown)), u(f(sel(cylinder), color=green)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="brown"), "material")
        == s.a(s.the(shape="cylinder", color="green"), "material")
    ),
)
C(
    "spatial",
    15,
    "What's to the left of the green ball? Count 'em for me.",
    "count(rel(u(f(sel(sphere), color=green)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="green"))),
)
C(
    "compare_size",
    15,
    "Which is bigger, the purple cylinder or the red ball?",
    "q(u(f(union(f(sel(cylinder), color=purple), f(sel(sphere), color=red)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="purple"), s.the(shape="sphere", color="red")),
)
C(
    "list",
    15,
    "The yellow and purple pieces — what shapes are they? Give me the list.",
    "values(union(f(scene(), color=yellow), f(scene(), color=purple)), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color=("yellow", "purple"))),
)
X(15, "What grade of steel would those metal ones be turned from?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Lucía, a Spanish tourist
P(
    "text",
    "street",
    "What is written on the bus? I think it is in Spanish!",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("count", "street", "How many persons are in the street?", "count(sel(person))", lambda p: n(people(p)))
P(
    "verify",
    "street",
    "The man in black, his tie is blue, no?",
    "verify(u(rel(u(f(sel(man), color=black)), wearing, role=object)), color, blue)",
    lambda p: yes(p.value(worn_by(p, p.the("man", color="black")), "color") == "blue"),
)
P(
    "spatial",
    "street",
    "The little dog, the woman holds it?",
    "vrel(u(sel(dog)), holding, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
P(
    "attribute",
    "street",
    "And the car, which colour it has?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
X("street", "This street is in Madrid? It looks very much like my neighbourhood.")

# --- Gary, a driving instructor
P(
    "text",
    "street",
    "Right, what's painted on the road surface there?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "text",
    "street",
    "And the sign at the top — what does it tell you?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "where",
    "street",
    "Where's the car in relation to the bus — to its left or its right?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P("count", "street", "How many vehicles are on the road?", "count(sel(vehicle))", lambda p: n(p.f(("bus", "car"))))
P(
    "exist",
    "street",
    "Is anybody standing in front of the bus?",
    "exist(rel(u(sel(bus)), front))",
    lambda p: yes(bool(p.subjects("front", p.the("bus")))),
)
X("street", "What's the speed limit on a road like this one?")

# --- Aisha, a teenager on a photography course
P(
    "attribute",
    "street",
    "For my photo project — what colour is the sign up at the top?",
    "q(u(sel(sign)), color)",
    lambda p: p.value(p.the("sign"), "color"),
)
P(
    "position",
    "street",
    "Is the sign on the right side of the frame?",
    "verify(u(sel(sign)), hposition, right)",
    lambda p: yes(p.value(p.the("sign"), "hposition") == "right"),
)
P("count", "street", "How many men are in the shot?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "superlative",
    "street",
    "Whoever's on the far right of the shot — what colour are they wearing?",
    "q(ord(sel(person), right, 1), color)",
    lambda p: p.value(side_of(p, people(p), "right"), "color"),
)
P(
    "spatial",
    "street",
    "Is the tree in front of the bus?",
    "vrel(u(sel(bus)), front, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("front", p.the("bus")), "tree"))),
)
P(
    "compare_attr",
    "street",
    "Are the bus and the car the same colour?",
    "same(u(sel(bus)), u(sel(car)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("car"), "color")),
)

# --- Rob, a pizza delivery rider
P(
    "count",
    "street",
    "How many dogs in the street? Always keep an eye out for dogs lol",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "attribute",
    "street",
    "Is the dog a big one or a small one?",
    "choose(u(sel(dog)), size, [large, small])",
    lambda p: p.value(p.the("dog"), "size"),
)
P(
    "spatial",
    "street",
    "Car's parked on the left of the bus, yeah?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P(
    "chain",
    "street",
    "What colour tie has the bloke on the right got on?",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "right")), "color"),
)
P(
    "verify",
    "street",
    "Bus is a big one, isn't it?",
    "verify(u(sel(bus)), size, large)",
    lambda p: yes(p.value(p.the("bus"), "size") == "large"),
)
X("street", "Where's the nearest pizza place to this street?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Grace, newly married and hosting her first dinner
P("count", "kitchen", "How many plates have I put out? Only one?!", "count(sel(plate))", lambda p: n(p.f("plate")))
P(
    "compare_count",
    "kitchen",
    "Are there more cups on the table than other things on it?",
    "gt(count(rel(u(sel(table)), on, name=cup)), count(diff(rel(u(sel(table)), on), sel(cup))))",
    lambda p: yes(len(named(p, on_table(p), "cup")) > len([o for o in on_table(p) if p.name(o) != "cup"])),
)
P(
    "verify",
    "kitchen",
    "Is the bottle green?",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
P(
    "attribute",
    "kitchen",
    "What's the fork made of?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "superlative",
    "kitchen",
    "Which cup is furthest to the right? The colour, I mean.",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)

# --- Tomasz, a Polish waiter in Dublin
P(
    "count",
    "kitchen",
    "How many cups is on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "spatial",
    "kitchen",
    "The woman is on right side from the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "spatial",
    "kitchen",
    "The white cup, it is on the left from the woman?",
    "exist(f(rel(u(sel(woman)), left, name=cup), color=white))",
    lambda p: yes(bool(colour_of(p, named(p, p.subjects("left", p.the("woman")), "cup"), "white"))),
)
P(
    "number",
    "kitchen",
    "How many different colours have the cups?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P("text", "kitchen", "The clock shows which time?", "q(u(sel(clock)), text)", lambda p: p.value(p.the("clock"), "text"))
P(
    "exist",
    "kitchen",
    "Is there spoon on the table somewhere?",
    "exist(rel(u(sel(table)), on, name=spoon))",
    lambda p: yes(bool(named(p, on_table(p), "spoon"))),
)
X("kitchen", "How much tip is normal to leave for this kind of lunch?")

# --- Phyllis, seventy, a chatty office cleaner
P(
    "count",
    "kitchen",
    "Ooh, that's a nice tidy table. How many things are sat on it altogether?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "verify",
    "kitchen",
    "That clock's white, isn't it, or is it me?",
    "verify(u(sel(clock)), color, white)",
    lambda p: yes(p.value(p.the("clock"), "color") == "white"),
)
P(
    "compare_attr",
    "kitchen",
    "Is the plate the same colour as the clock?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "negation",
    "kitchen",
    "How many of the cups aren't white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "verify",
    "kitchen",
    "And is it the blue cup that's right at the left end?",
    "verify(ord(sel(cup), left, 1), color, blue)",
    lambda p: yes(p.value(side_of(p, p.f("cup"), "left"), "color") == "blue"),
)
X("kitchen", "What's best for getting tea stains out of cups like those, do you know?")

# --- Leo, twelve
P(
    "text",
    "kitchen",
    "what does it say on the bottle",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "spatial",
    "kitchen",
    "is the blue cup to the left of the bottle",
    "exist(f(rel(u(sel(bottle)), left, name=cup), color=blue))",
    lambda p: yes(bool(colour_of(p, named(p, p.subjects("left", p.the("bottle")), "cup"), "blue"))),
)
P("exist", "kitchen", "is there a cat", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "attribute",
    "kitchen",
    "what colour is the cup in the middle",
    "q(u(f(sel(cup), hposition=middle)), color)",
    lambda p: p.value(p.the("cup", hposition="middle"), "color"),
)
P(
    "quantifier",
    "kitchen",
    "are all the cups on the table",
    "not_(exist(diff(sel(cup), rel(u(sel(table)), on))))",
    lambda p: yes(all(o in on_table(p) for o in p.f("cup"))),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Bob, a retired postman on his park bench
P("count", "park", "How many people are out enjoying the park today?", "count(sel(person))", lambda p: n(people(p)))
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
    "Bench is painted green, is it?",
    "verify(u(sel(bench)), color, green)",
    lambda p: yes(p.value(p.the("bench"), "color") == "green"),
)
P(
    "two_clause",
    "park",
    "Is there a black dog and a white dog both?",
    "and_(exist(f(sel(dog), color=black)), exist(f(sel(dog), color=white)))",
    lambda p: yes(bool(p.f("dog", color="black")) and bool(p.f("dog", color="white"))),
)
P(
    "spatial",
    "park",
    "Is the bicycle to the left of the bench?",
    "vrel(u(sel(bench)), left, name=bicycle)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bench")), "bicycle"))),
)
P("count", "park", "And how many of the people are kiddies?", "count(sel(child))", lambda p: n(children(p)))

# --- Harriet, a vet who notices the dogs first
P(
    "list",
    "park",
    "I see two dogs — what colours are they?",
    "values(sel(dog), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("dog")),
)
P(
    "spatial",
    "park",
    "Who is holding the black dog?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "spatial",
    "park",
    "The white dog is near the woman in white, correct?",
    "exist(f(rel(u(f(sel(woman), color=white)), near, name=dog), color=white))",
    lambda p: yes(bool(colour_of(p, named(p, p.subjects("near", p.the("woman", color="white")), "dog"), "white"))),
)
P(
    "position",
    "park",
    "Is the white dog on the left or the right of the picture?",
    "choose(u(f(sel(dog), color=white)), hposition, [left, right])",
    lambda p: p.value(p.the("dog", color="white"), "hposition"),
)
P(
    "compare_count",
    "park",
    "Are there more dogs than children?",
    "gt(count(sel(dog)), count(sel(child)))",
    lambda p: yes(len(p.f("dog")) > len(children(p))),
)
X("park", "What breed would you say the black one is? Looks like a lab cross to me.")

# --- Jayden, a skateboarding teenager
P(
    "attribute",
    "park",
    "yo whats the frisbee colour",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "spatial",
    "park",
    "whos throwing it",
    "q(u(rel(u(sel(frisbee)), throwing)), name)",
    lambda p: p.name(only(p.subjects("throwing", p.the("frisbee")))),
)
P(
    "position",
    "park",
    "is the frisbee at the bottom of the pic",
    "verify(u(sel(frisbee)), vposition, bottom)",
    lambda p: yes(p.value(p.the("frisbee"), "vposition") == "bottom"),
)
P(
    "verify",
    "park",
    "boy's wearing blue yeah",
    "verify(u(sel(boy)), color, blue)",
    lambda p: yes(p.value(p.the("boy"), "color") == "blue"),
)
P(
    "superlative",
    "park",
    "whos on the far right",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("park", "is there a skatepark anywhere near here")

# --- Elaine, a nervous new user who apologises
P(
    "count",
    "park",
    "Sorry, I'm new to this — how many women are in the photo?",
    "count(sel(woman))",
    lambda p: n(p.f("woman")),
)
P(
    "spatial",
    "park",
    "I hope this is right, but is the woman in white standing near the bicycle?",
    "exist(f(rel(u(sel(bicycle)), near, name=woman), color=white))",
    lambda p: yes(bool(colour_of(p, named(p, p.subjects("near", p.the("bicycle")), "woman"), "white"))),
)
P(
    "attribute",
    "park",
    "What colour is the bicycle, please?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "spatial",
    "park",
    "Is there a tree behind the boy?",
    "vrel(u(sel(boy)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("boy")), "tree"))),
)
P(
    "attribute",
    "park",
    "Sorry, one more: is the bench made of wood or metal?",
    "choose(u(sel(bench)), material, [wood, metal])",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "spatial",
    "park",
    "Is the woman in red to the left of the boy? Sorry if that's a silly question.",
    "exist(f(rel(u(sel(boy)), left, name=woman), color=red))",
    lambda p: yes(bool(colour_of(p, named(p, p.subjects("left", p.the("boy")), "woman"), "red"))),
)
X("park", "Oh dear, I don't suppose you'd know what the weather was like that day?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Kirsty, a graphic-design intern
P(
    "count",
    "shapes",
    "How many of the shapes on the canvas are blue?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "attribute",
    "shapes",
    "Is the square small or large?",
    "choose(u(sel(square)), size, [small, large])",
    lambda p: p.value(p.the("square"), "size"),
)
P(
    "count",
    "shapes",
    "How many quadrilaterals are there — squares and rectangles both?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "position",
    "shapes",
    "What's sitting in the top-left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "list",
    "shapes",
    "List every colour used on the large shapes.",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "compare_attr",
    "shapes",
    "Do the triangle and the hexagon have the same colour?",
    "same(u(sel(triangle)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("triangle"), "color") == p.value(p.the("hexagon"), "color")),
)

# --- Noah, six
P("count", "shapes", "how many circles", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "verify",
    "shapes",
    "is the triangle green",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P("exist", "shapes", "is there a pink one", "exist(f(scene(), color=pink))", lambda p: yes(bool(p.f(color="pink"))))
P(
    "compare_size",
    "shapes",
    "which is bigger the yellow one or the star",
    "q(u(f(union(f(scene(), color=yellow), sel(star)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the(color="yellow"), p.the("star")),
)
P("count", "shapes", "how many red ones are there", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
X("shapes", "what animal does the triangle look like")

# --- Vera, a Czech-born retired seamstress
P("count", "shapes", "How many shapes is small?", "count(f(scene(), size=small))", lambda p: n(p.f(size="small")))
P(
    "attribute",
    "shapes",
    "The star, which colour he has?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "position",
    "shapes",
    "In the lower row, what is in the middle?",
    "q(u(f(scene(), hposition=middle, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="bottom"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "The hexagon and the star, they have same colour?",
    "same(u(sel(hexagon)), u(sel(star)), color)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == p.value(p.the("star"), "color")),
)
P(
    "compare_size",
    "shapes",
    "The yellow rectangle is bigger than the little blue circle, yes?",
    "larger(u(f(sel(rectangle), color=yellow)), u(f(sel(circle), size=small, color=blue)))",
    lambda p: drawn_larger(p, only(colour_of(p, rectangles(p), "yellow")), p.the("circle", size="small", color="blue")),
)

# --- Derek, a pub quiz host
P("count", "shapes", "Round one: how many shapes in total?", "count(scene())", lambda p: n(p.objects))
P(
    "position",
    "shapes",
    "For a bonus point, which shape sits bang in the middle of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are there more small shapes than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "quantifier",
    "shapes",
    "True or false: every shape in the top row is large.",
    "not_(exist(fn(f(scene(), vposition=top), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(vposition="top"))),
)
P(
    "list",
    "shapes",
    "What colours turn up in the bottom row?",
    "values(f(scene(), vposition=bottom), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="bottom")),
)
X("shapes", "Tiebreaker: how long did it take the artist to draw this?")

# --- Fiona, an occupational therapist asking on a patient's behalf
P(
    "count",
    "shapes",
    "Can you tell me how many triangles there are?",
    "count(sel(triangle))",
    lambda p: n(p.f("triangle")),
)
P(
    "superlative",
    "shapes",
    "Good. Which shape is on the far right of the top row?",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)
P(
    "verify",
    "shapes",
    "Is the circle in the top left red?",
    "verify(u(f(sel(circle), hposition=left, vposition=top)), color, red)",
    lambda p: yes(p.value(p.the("circle", hposition="left", vposition="top"), "color") == "red"),
)
P(
    "exist",
    "shapes",
    "Are any of the blue shapes large?",
    "exist(f(scene(), color=blue, size=large))",
    lambda p: yes(bool(p.f(color="blue", size="large"))),
)
P(
    "negation",
    "shapes",
    "How many shapes are neither blue nor in the top row?",
    "count(fn(fn(scene(), color=blue), vposition=top))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue" and p.value(o, "vposition") != "top"]),
)

# --- Raj, a logistics dispatcher; brisk
P(
    "count",
    "shapes",
    "Shapes in bottom row: count.",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P("attribute", "shapes", "Hexagon — size?", "q(u(sel(hexagon)), size)", lambda p: p.value(p.the("hexagon"), "size"))
P(
    "list",
    "shapes",
    "Blue ones: which shapes? List.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "exist",
    "shapes",
    "Any square in the bottom row?",
    "exist(f(sel(square), vposition=bottom))",
    lambda p: yes(bool(p.f("square", vposition="bottom"))),
)
P(
    "superlative",
    "shapes",
    "Leftmost in the bottom row — colour?",
    "q(ord(f(scene(), vposition=bottom), left, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "color"),
)
P(
    "compare_count",
    "shapes",
    "Fewer stars than circles? y or n",
    "lt(count(sel(star)), count(sel(circle)))",
    lambda p: yes(len(p.f("star")) < len(p.f("circle"))),
)

# --- Gwen, a sixth-former doing geometry homework
P(
    "negation",
    "shapes",
    "How many of the shapes are polygons, so not circles?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "attribute",
    "shapes",
    "Which colour is the shape with three sides?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "number",
    "shapes",
    "Number of distinct colours among the shapes in the top row?",
    "nvalues(f(scene(), vposition=top), color)",
    lambda p: colour_count(p, p.f(vposition="top")),
)
P(
    "compare_attr",
    "shapes",
    "Is the square the same size as the triangle?",
    "same(u(sel(square)), u(sel(triangle)), size)",
    lambda p: yes(p.value(p.the("square"), "size") == p.value(p.the("triangle"), "size")),
)
P(
    "superlative",
    "shapes",
    "Second from the left in the top row — what shape is it?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
X("shapes", "What's the area of the triangle in square centimetres? I need it for question 4.")

# --- Cliff, an old sign painter
P(
    "count",
    "shapes",
    "Forty years I've painted signs. How many yellow shapes have you got there?",
    "count(f(scene(), color=yellow))",
    lambda p: n(p.f(color="yellow")),
)
P(
    "two_clause",
    "shapes",
    "That yellow one's a rectangle, and it's down in the bottom row, isn't it?",
    "and_(verify(u(f(scene(), color=yellow)), shape, rectangle), verify(u(f(scene(), color=yellow)), vposition, bottom))",
    lambda p: yes(
        p.value(p.the(color="yellow"), "shape") == "rectangle"
        and p.value(p.the(color="yellow"), "vposition") == "bottom"
    ),
)
P(
    "position",
    "shapes",
    "Is the star in the top row or the bottom one?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
P(
    "compare_size",
    "shapes",
    "Which is larger, the red circle or the red star?",
    "q(u(f(union(f(sel(circle), color=red), f(sel(star), color=red)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("star", color="red")),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share a colour with the square?",
    "count(same_attr(u(sel(square)), color))",
    lambda p: n(drawn_others(p, p.the("square"), "color")),
)
X("shapes", "What paint would you use on timber to match the green of that triangle?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
