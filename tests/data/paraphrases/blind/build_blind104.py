# ruff: noqa: E501
"""Blind paraphrase set 104: a forty-seventh fresh crowd with no common theme. About forty ordinary people of every
age, region, job and temperament, each imagined once and kept in character for five to seven questions about one
picture, asking in plain everyday English in their own words and habits of speech, always understandably to a careful
reader. No persona gimmick: they type or talk to a picture-question app the way real users do.

The cast. On the CLEVR pictures: Keisha, a night-shift nurse on her break, apologetic and quick ("my brain's mush,
sorry"); Mr Okafor, a Lagos-born accountant, precise ("Kindly tell me", "please confirm two things"); Gwen, a Swansea
dental receptionist killing time between patients ("Hiya!", "would you say?"); Tariq, a Bradford school lab
technician ("Right then", "Take away everything purple"); Ines, a hairdresser from Seville living in London ("How
many things is small here?", "is of metal, no?"); Graham, a retired Norfolk postman, slow and methodical ("Let me see
now", "Am I right in thinking"); Chloe, nineteen, in lowercase ("wait are the cube and ..."); Bogdan, a Romanian
builder ("grey boxes", "Tell me colour", "In kilo"); Linda, a Minnesota church secretary ("Oh gosh"); Dev, a software
engineer, concise ("Quick one:"); Siobhan, a Cork baker ("so", "would the two ... both be"); Ahmed, an Egyptian
pharmacist ("There is any green object?", "What material it has?"); Patricia, a retired Boston librarian, tidy and
exact; Maria, a Filipino home-care worker in Winnipeg, polite ("Good evening", "please"); Brigitte, a French wine
merchant ("At the left of", "there is again a cube"); Pete, a Cornish fisherman ("a big un", "what colour's he?");
Camille, a Quebec kindergarten teacher ("Say all of them"); Greta, a Swedish physiotherapist; Lucia, an Argentine
tango teacher ("How many cubes there are?", "more big"); Gloria, a Birmingham school dinner lady ("darling", "is
it?"); Marcus, a London personal trainer ("mate"); and Farida, a Bangladeshi-born grandmother learning English ("How
many ball is small?", "How many kind of shape"). On the photo-like graphs: Walt, a retired Ohio insurance adjuster;
Noor, a Lebanese-born pharmacist in Montreal ("of what colour is it?", "It is the woman who holds the dog, yes?");
Jayden, eleven ("r there altogether", "the pic"); Irene, a retired Newcastle florist ("pet"); Oscar, a Spanish
student in Dublin; Beatriz, a Portuguese au pair ("which hour does it show?"); Gary, a Manchester electrician ("all
in", "knocking about"); Dolores, a grandmother in San Antonio ("mijo"); Theo, a Portland barista ("just list em");
Terry, a retired Kent groundskeeper ("kiddies"); Ama, a Ghanaian-born seamstress who notices clothes; Owen, nine; and
Lars, a retired Danish ferry captain. On the drawing: Rob, a dad doing shapes with his toddler; Halima, a Somali-born
cleaner learning English ("How many circle?", "Star is up or down?"); Derek, a graphic designer ("palette",
"reading left to right"); Beryl, a bridge-club treasurer; Kwame, twelve ("arent", "whats"); Chiara, an Italian
architect who calls the shapes forms ("which colour has?", "Apart the circles"); Eugene, a Georgia pastor
("friend"); and Tash, a Sydney student ("along the top", "is most of it blue").

Sentence shapes: bare fragments ("How many circle?", "The cylinder, what colour?", "Small circle, which colour?"),
fronted topics and places ("The red cube — how many other things have the same size like it?", "On the table, how
many cups are standing?", "Bottom row, reading left to right — what's the last shape?"), tags ("no?", "yes?", "is
it?", "isn't it?", "yeah?", "right?", "true?"), statements to confirm ("All the things are big, yes?", "Table's made
of wood, yeah?", "Big circle is red?"), instructions ("Kindly tell me", "Take away everything purple. How many are
left?", "Please confirm two things"), comparisons said several ways ("outnumber", "fewer ... than", "as many ... as",
"same number of ... as", "more big", "which is larger"), negatives and exceptions ("aren't gray", "not cubes and also
not green", "everything apart from the yellow sphere", "not counting the women", "Excluding circles", "Apart the
circles", "haven't got a tie on"), and walk-through chains ("Take the little cylinder. To its right there's a cube,
and to the right of that cube there's a cylinder.").

The questions cover counts (with conditions, "not", "either ... or", "together", "altogether", "all in"), existence,
an attribute of one thing, yes/no checks of one value, two checks at once, comparisons of counts and of attributes
(same colour, size, shape or material), quantifiers ("all", "both", "none", "any", "most"), exceptions, relations
(left, right, in front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing,
throwing, above, behind, left, right, in front), one- and two-hop chains, superlatives and ordinals, other things
sharing a value, which of two things is the bigger (by shape, or by colour where the two share a shape), lists of
values, the number of different colours, materials and shapes, sides of a CLEVR picture, sides, rows and corners of
the photos and the drawing, and the text on the photos' bus, sign, road, bottle and clock. About half ask about CLEVR
val scenes (49, 52, 55, 59, 54, 38, 57, 32, 48, 56, 50, 35, 36 and 15; one or two people to a scene), about 30% about
the photo-like graphs (street, kitchen, park) and about 20% about the drawing of flat shapes; about one in ten must be
refused, each in the same voice as the person's other questions (prices, opinions and tastes, what happens next, why,
makers and who set things out, weight, places in the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so
the drawing's rectangle is always "the yellow rectangle"); places and orders are only asked where a careful person
could call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor or of a neighbour in the
order along that axis, a side of a CLEVR picture is asked only of an object whose box centre lies within 130 pixels
of the edge of the 480-pixel frame, and on the drawing and photos neighbours in an order are at least 40 pixels
apart; nothing is asked of the photo graphs that their stated relations and attributes leave open (a thing "just" or
"immediately" beside another is the neighbour the graph states). A which-side question is answered with the side; a
"which is bigger" between two things is asked only where their size classes differ, and answered with the word that
tells the bigger one from the other (its shape, or its colour where both have one shape). Answers are the graph's
words (gray, not grey; sphere, not ball; "blue, red" for a list, most frequent first, ties alphabetical); yes/no
answers are "yes" or "no" whatever the tag. Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), blind_gold.py and
blind_helpers.py (the helpers imported here), the first 5 lines of blind66.jsonl (for the line format), and the
scenes themselves (photo_scenes.json and /work/shared/clevr-mini/val/scenes.json, inspected with small Python
snippets). No question was run through nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by
nsvr's executor, through ``--check``.

Run ``python build_blind104.py`` to write ``../blind104.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind104.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def photo_others(p, anchor: str, attribute: str) -> list[str]:
    """The drawn shapes (or photo objects) other than the anchor that share its value of ``attribute``."""
    return [o for o in p.objects if o != anchor and p.value(o, attribute) == p.value(anchor, attribute)]


def yellow_rectangle(p) -> str:
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph (far right), small green metal cube, large purple metal sph (far left), small green rubber cyl, small yellow rubber sph (front), small gray rubber cyl (back)

# --- Keisha, a night-shift nurse on her break; apologetic and quick
C(
    "count",
    49,
    "On my break and my brain's mush, sorry — how many cylinders are in this?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "count",
    49,
    "How many of the shiny metal things are balls?",
    "count(f(sel(sphere), material=metal))",
    lambda s: n(s.f(shape="sphere", material="metal")),
)
C(
    "spatial",
    49,
    "Is there anything at all sitting behind the gray cylinder?",
    "exist(rel(u(f(sel(cylinder), color=gray)), behind))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="cylinder", color="gray")))),
)
C(
    "compare_count",
    49,
    "Are there fewer rubber ones than metal ones?",
    "lt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) < len(s.f(material="metal"))),
)
C(
    "chain",
    49,
    "There's a cylinder somewhere in front of the green cube — what colour is that cylinder?",
    "q(u(f(rel(u(f(sel(cube), color=green)), front), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="green"), "front", shape="cylinder"), "color"),
)
X(49, "Random, but who actually made this picture? Some uni project?")

# --- Mr Okafor, a Lagos-born accountant; precise
C(
    "negation",
    49,
    "Kindly tell me the number of objects that are not spheres.",
    "count(fn(scene(), shape=sphere))",
    lambda s: n(lacking(s, s.all(), shape="sphere")),
)
C(
    "superlative",
    49,
    "Which object sits furthest to the right? I require only its shape.",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "same_attr",
    49,
    "Regarding the cyan sphere: how many other objects are made of the same material as it?",
    "count(same_attr(u(f(sel(sphere), color=cyan)), material))",
    lambda s: n(others(s, s.the(shape="sphere", color="cyan"), "material")),
)
C(
    "list",
    49,
    "What are the colours of the two cylinders?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "two_clause",
    49,
    "Please confirm two things: that the large sphere is purple, and that it is metallic.",
    "and_(verify(u(f(sel(sphere), size=large)), color, purple), verify(u(f(sel(sphere), size=large)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="sphere", size="large"), "color") == "purple"
        and s.a(s.the(shape="sphere", size="large"), "material") == "metal"
    ),
)
C(
    "chain",
    49,
    "Starting from the small red sphere, move to the sphere on its left. Behind that one there is a cylinder. What is the colour of the cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), left), shape=sphere)), behind), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="red"), "left", shape="sphere"), "behind", shape="cylinder"),
        "color",
    ),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl (back), large purple metal cube (front, left)

# --- Gwen, a Swansea dental receptionist killing time between patients
C(
    "count",
    52,
    "Hiya! Just killing time between patients. How many things are in this picture altogether?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "quantifier",
    52,
    "Are all the cubes the big sort?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)
C(
    "compare_attr",
    52,
    "Is the brown cube the same size as the purple one, would you say?",
    "same(u(f(sel(cube), color=brown)), u(f(sel(cube), color=purple)), size)",
    lambda s: yes(s.a(s.the(shape="cube", color="brown"), "size") == s.a(s.the(shape="cube", color="purple"), "size")),
)
C(
    "spatial",
    52,
    "How many of the cubes are over to the right of the cylinder?",
    "count(f(rel(u(sel(cylinder)), right), shape=cube))",
    lambda s: n(among(s, related(s, "right", s.the(shape="cylinder")), shape="cube")),
)
C(
    "spatial",
    52,
    "Is the blue cube further right than the brown one?",
    "exist(f(rel(u(f(sel(cube), color=brown)), right), color=blue, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "blue"}, "right", {"shape": "cube", "color": "brown"}),
)
X(52, "Would these make nice toys for my nephew, do you think? He's three.")

# scene 55: large green metal cube, small purple rubber cube (far right), large purple rubber sph (back), small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph (far left), small yellow metal cube (front), large red rubber cube

# --- Tariq, a Bradford school lab technician; practical
C(
    "count",
    55,
    "Right then — how many of the spheres are purple?",
    "count(f(sel(sphere), color=purple))",
    lambda s: n(s.f(shape="sphere", color="purple")),
)
C(
    "exist",
    55,
    "Any cylinders made of metal in there?",
    "exist(f(sel(cylinder), material=metal))",
    lambda s: yes(bool(s.f(shape="cylinder", material="metal"))),
)
C(
    "superlative",
    55,
    "The cube furthest over to the right — what colour's that?",
    "q(ord(sel(cube), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "color"),
)
C(
    "compare_count",
    55,
    "Do the big ones outnumber the small ones?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "negation",
    55,
    "Take away everything purple. How many are left?",
    "count(fn(scene(), color=purple))",
    lambda s: n(lacking(s, s.all(), color="purple")),
)
C(
    "chain",
    55,
    "To the right of the green cube there's a cylinder. The cube in front of that cylinder — metal or rubber?",
    "choose(u(f(rel(u(f(rel(u(f(sel(cube), color=green)), right), shape=cylinder)), front), shape=cube)), material, [metal, rubber])",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="green"), "right", shape="cylinder"), "front", shape="cube"),
        "material",
    ),
)

# --- Ines, a hairdresser from Seville living in London
C("count", 55, "How many things is small here?", "count(f(scene(), size=small))", lambda s: n(s.f(size="small")))
C(
    "verify",
    55,
    "The yellow cube is of metal, no?",
    "verify(u(f(sel(cube), color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="yellow"), "material") == "metal"),
)
C(
    "same_attr",
    55,
    "The red cube — how many other things have the same size like it?",
    "count(same_attr(u(f(sel(cube), color=red)), size))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "size")),
)
C(
    "number",
    55,
    "How many colours there are in total?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "spatial",
    55,
    "There is something in front of the little yellow cube?",
    "exist(rel(u(f(sel(cube), color=yellow)), front))",
    lambda s: yes(bool(related(s, "front", s.the(shape="cube", color="yellow")))),
)
X(55, "These colours are very nice for a salon. Where I can buy them?")

# scene 59: small purple rubber cyl (front), large cyan rubber cyl (far right), large brown rubber sph (far left), large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph (back)

# --- Graham, a retired Norfolk postman; slow and methodical
C(
    "count",
    59,
    "Let me see now. How many cylinders have we got?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "count",
    59,
    "And how many of the purple ones are rubber?",
    "count(f(scene(), color=purple, material=rubber))",
    lambda s: n(s.f(color="purple", material="rubber")),
)
C(
    "superlative",
    59,
    "What shape is the second one from the front?",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
C(
    "compare_size",
    59,
    "Which is bigger — the cube or the cyan cylinder?",
    "q(u(f(union(sel(cube), f(sel(cylinder), color=cyan)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube"), s.the(shape="cylinder", color="cyan")),
)
C(
    "quantifier",
    59,
    "Am I right in thinking none of the cylinders are metal?",
    "not_(exist(f(sel(cylinder), material=metal)))",
    lambda s: yes(not s.f(shape="cylinder", material="metal")),
)
C(
    "chain",
    59,
    "Take the little cylinder. To its right there's a cube, and to the right of that cube there's a cylinder. What colour is that last cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=small)), right), shape=cube)), right), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", size="small"), "right", shape="cube"), "right", shape="cylinder"),
        "color",
    ),
)

# --- Chloe, nineteen, in lowercase
C(
    "attribute",
    59,
    "what colour is the little cylinder",
    "q(u(f(sel(cylinder), size=small)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "color"),
)
C(
    "spatial",
    59,
    "how many things are to the left of the blue cylinder",
    "count(rel(u(f(sel(cylinder), color=blue)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="blue"))),
)
C(
    "compare_attr",
    59,
    "wait are the cube and the small cylinder the same colour",
    "same(u(sel(cube)), u(f(sel(cylinder), size=small)), color)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == s.a(s.the(shape="cylinder", size="small"), "color")),
)
C(
    "two_clause",
    59,
    "is there a brown ball AND a cyan cylinder",
    "and_(exist(f(sel(sphere), color=brown)), exist(f(sel(cylinder), color=cyan)))",
    lambda s: yes(bool(s.f(shape="sphere", color="brown")) and bool(s.f(shape="cylinder", color="cyan"))),
)
C(
    "count",
    59,
    "how many cylinders and cubes together",
    "count(union(sel(cylinder), sel(cube)))",
    lambda s: n(s.f(shape=("cylinder", "cube"))),
)
X(59, "ok which of these would look best as my phone background lol")

# scene 54: large green rubber cube (front), large brown metal cyl (back), large gray rubber cube (far right), large gray rubber cube (far left)

# --- Bogdan, a Romanian builder
C(
    "count",
    54,
    "How many grey boxes is there?",
    "count(f(sel(cube), color=gray))",
    lambda s: n(s.f(shape="cube", color="gray")),
)
C(
    "superlative",
    54,
    "Which one is most in the front? Tell me colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    54,
    "The green box is behind the brown cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), behind), color=green, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "green"}, "behind", {"shape": "cylinder", "color": "brown"}),
)
C(
    "number",
    54,
    "How many different materials is used?",
    "nvalues(scene(), material)",
    lambda s: str(len({s.a(i, "material") for i in s.all()})),
)
C(
    "chain",
    54,
    "On the right of the cylinder there is a box. In front of this box is another box. Which colour?",
    "q(u(f(rel(u(f(rel(u(sel(cylinder)), right), shape=cube)), front), shape=cube)), color)",
    lambda s: s.a(hop(s, hop(s, s.the(shape="cylinder"), "right", shape="cube"), "front", shape="cube"), "color"),
)
X(54, "How heavy is this cylinder? In kilo.")

# scene 38: small green rubber sph (front), large gray rubber cyl (back), small red metal sph, small green metal sph (far right), large gray metal cyl (far left)

# --- Linda, a Minnesota church secretary
C(
    "count",
    38,
    "Oh gosh, let me ask — how many small things are there?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "compare_count",
    38,
    "Are there more spheres than cylinders?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "attribute",
    38,
    "What is the red ball made of?",
    "q(u(f(sel(sphere), color=red)), material)",
    lambda s: s.a(s.the(shape="sphere", color="red"), "material"),
)
C(
    "chain",
    38,
    "Now, to the left of the red ball is a cylinder, and behind that cylinder is another cylinder. What's the second cylinder made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), left), shape=cylinder)), behind), shape=cylinder)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="red"), "left", shape="cylinder"), "behind", shape="cylinder"),
        "material",
    ),
)
C(
    "superlative",
    38,
    "And which one is nearest to the front — what's it made of?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
X(38, "Do you think my grandkids would enjoy a game with these?")

# --- Dev, a software engineer; concise
C(
    "count",
    38,
    "Quick one: how many of the spheres are metal?",
    "count(f(sel(sphere), material=metal))",
    lambda s: n(s.f(shape="sphere", material="metal")),
)
C(
    "spatial",
    38,
    "How many objects are behind the red sphere?",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)
C(
    "compare_attr",
    38,
    "Do both cylinders have the same colour?",
    "same(sel(cylinder), color)",
    lambda s: alike(s, s.f(shape="cylinder"), "color"),
)
C(
    "position",
    38,
    "The green metal sphere — which side of the frame is it on?",
    "choose(u(f(sel(sphere), color=green, material=metal)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="green", material="metal")),
)
C(
    "list",
    38,
    "What materials are the spheres made of?",
    "values(sel(sphere), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="sphere")),
)

# scene 57: small brown metal cyl, large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (far right), small yellow rubber sph (far left)

# --- Siobhan, a Cork baker
C(
    "quantifier",
    57,
    "Would the two gray cubes both be rubber?",
    "not_(exist(fn(f(sel(cube), color=gray), material=rubber)))",
    lambda s: every(s, s.f(shape="cube", color="gray"), material="rubber"),
)
C(
    "superlative",
    57,
    "What colour is the thing right at the very back so?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    57,
    "Is the yellow ball to the left of the brown cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), left), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "left", {"shape": "cylinder", "color": "brown"}),
)
C(
    "position",
    57,
    "The yellow ball — is that over on the left of the picture or the right?",
    "choose(u(f(sel(sphere), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="yellow")),
)
C(
    "chain",
    57,
    "Left of the brown cylinder there's a cube, and left of that cube again there's a ball. What's the ball made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=brown)), left), shape=cube)), left), shape=sphere)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="brown"), "left", shape="cube"), "left", shape="sphere"),
        "material",
    ),
)
X(57, "Who do you think set all these out like that, and why would they bother?")

# scene 32: small gray rubber cube (far left), large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (far right)

# --- Ahmed, an Egyptian pharmacist in Manchester
C("count", 32, "Please how many cubes are in the picture?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "exist",
    32,
    "There is any green object?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "compare_count",
    32,
    "The gray objects are more than the red objects?",
    "gt(count(f(scene(), color=gray)), count(f(scene(), color=red)))",
    lambda s: yes(len(s.f(color="gray")) > len(s.f(color="red"))),
)
C(
    "superlative",
    32,
    "Which object is the most on the left? What material it has?",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)
C(
    "chain",
    32,
    "In front of the yellow ball there is a small ball. Behind this small ball there is a cube. This cube is from which material?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=yellow)), front), shape=sphere)), behind), shape=cube)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="yellow"), "front", shape="sphere"), "behind", shape="cube"),
        "material",
    ),
)
C(
    "compare_size",
    32,
    "Which one is bigger, the yellow ball or the red ball?",
    "q(u(f(union(f(sel(sphere), color=yellow), f(sel(sphere), color=red)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="yellow"), s.the(shape="sphere", color="red"), "color"),
)
C(
    "same_attr",
    32,
    "The cylinder, how many other objects have the same colour with it?",
    "count(same_attr(u(sel(cylinder)), color))",
    lambda s: n(others(s, s.the(shape="cylinder"), "color")),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph (far left), large gray metal sph (far right), large green metal sph, small yellow metal cube (front), small blue metal cyl (back)

# --- Patricia, a retired Boston librarian; tidy and exact
C(
    "number",
    48,
    "How many different colors appear among the spheres?",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)
C(
    "quantifier",
    48,
    "Is it true that everything apart from the yellow sphere is made of metal?",
    "not_(exist(fn(diff(scene(), f(sel(sphere), color=yellow)), material=metal)))",
    lambda s: every(s, [i for i in s.all() if i != s.the(shape="sphere", color="yellow")], material="metal"),
)
C(
    "superlative",
    48,
    "Which object is second from the right? Its shape will do.",
    "q(ord(scene(), right, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "shape"),
)
C(
    "chain",
    48,
    "In front of the yellow sphere is a cube; to the right of that cube is another cube. What color is the second cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=yellow)), front), shape=cube)), right), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="yellow"), "front", shape="cube"), "right", shape="cube"),
        "color",
    ),
)
C(
    "same_attr",
    48,
    "Besides the red cube itself, how many objects share its material?",
    "count(same_attr(u(f(sel(cube), color=red)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "material")),
)
C(
    "exist",
    48,
    "Is there a large cylinder anywhere in the scene?",
    "exist(f(sel(cylinder), size=large))",
    lambda s: yes(bool(s.f(shape="cylinder", size="large"))),
)

# scene 56: small blue rubber cube (back), small yellow rubber sph (far right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube (far left), large green metal cyl

# --- Maria, a Filipino home-care worker in Winnipeg; polite
C(
    "count",
    56,
    "Good evening. How many of the things are rubber, please?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "attribute",
    56,
    "What colour is the one made of metal?",
    "q(u(f(scene(), material=metal)), color)",
    lambda s: s.a(only(s.f(material="metal")), "color"),
)
C(
    "spatial",
    56,
    "How many things are in front of the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="green"))),
)
C(
    "compare_count",
    56,
    "Are the spheres as many as the cubes?",
    "eq(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cube"))),
)
C(
    "superlative",
    56,
    "Which thing is most to the right side? What shape, please?",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)

# --- Brigitte, a French wine merchant in London
C(
    "list",
    56,
    "The cubes, which colours do they have? All of them, please.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "compare_size",
    56,
    "Which one is the biggest: the blue cube or the brown cube?",
    "q(u(f(union(f(sel(cube), color=blue), f(sel(cube), color=brown)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cube", color="blue"), s.the(shape="cube", color="brown"), "color"),
)
C(
    "negation",
    56,
    "How many objects are not cubes and also not green?",
    "count(fn(fn(scene(), shape=cube), color=green))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cube" and s.a(i, "color") != "green"]),
)
C(
    "quantifier",
    56,
    "The spheres, they are all small?",
    "not_(exist(fn(sel(sphere), size=small)))",
    lambda s: every(s, s.f(shape="sphere"), size="small"),
)
C(
    "chain",
    56,
    "At the left of the small blue cube there is a cube. In front of that cube there is again a cube — which colour is it?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=blue)), left), shape=cube)), front), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", size="small", color="blue"), "left", shape="cube"), "front", shape="cube"),
        "color",
    ),
)
X(56, "Which wine would go well with this picture, in your opinion?")

# scene 50 (all rubber): large purple sph (front), large red cyl, small yellow cube, small cyan sph, small blue cube, large green cube (far left), large green sph (back), small green cyl

# --- Pete, a Cornish fisherman
C(
    "count",
    50,
    "How many of the cubes are little ones?",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C(
    "verify",
    50,
    "Red cylinder's a big un, is it?",
    "verify(u(f(sel(cylinder), color=red)), size, large)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="red"), "size") == "large"),
)
C(
    "superlative",
    50,
    "Which one's furthest back? What colour's he?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    50,
    "How many things sit behind the cyan ball?",
    "count(rel(u(f(sel(sphere), color=cyan)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="cyan"))),
)
C(
    "chain",
    50,
    "Left of the purple ball there's a smaller ball. In front of that one there's a cube — what colour's the cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=purple)), left), shape=sphere)), front), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="purple"), "left", shape="sphere"), "front", shape="cube"),
        "color",
    ),
)

# --- Camille, a Quebec kindergarten teacher
C(
    "count",
    50,
    "How many green objects are small?",
    "count(f(scene(), color=green, size=small))",
    lambda s: n(s.f(color="green", size="small")),
)
C(
    "compare_attr",
    50,
    "The two cylinders, they are the same size?",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "list",
    50,
    "Which shapes are the green objects? Say all of them.",
    "values(f(scene(), color=green), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="green")),
)
C(
    "superlative",
    50,
    "The third object starting from the left, what colour is it?",
    "q(ord(scene(), left, 3), color)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "color"),
)
C(
    "same_attr",
    50,
    "How many other objects have the same colour as the red cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=red)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", color="red"), "color")),
)
X(50, "Is it a good activity for children of five years, counting these?")

# scene 35: small purple metal sph (back), large green metal cube (far left), large green rubber cube (far right), large red metal sph (front), large gray metal cube

# --- Greta, a Swedish physiotherapist
C("count", 35, "How many of the objects are large?", "count(f(scene(), size=large))", lambda s: n(s.f(size="large")))
C(
    "quantifier",
    35,
    "Are most of the things made of metal?",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: most([s.a(i, "material") == "metal" for i in s.all()]),
)
C(
    "spatial",
    35,
    "Is the purple sphere behind the gray cube?",
    "exist(f(rel(u(f(sel(cube), color=gray)), behind), color=purple, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "purple"}, "behind", {"shape": "cube", "color": "gray"}),
)
C(
    "chain",
    35,
    "Right of the purple sphere there is a cube. Behind that cube stands another cube. What colour does it have?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=purple)), right), shape=cube)), behind), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="purple"), "right", shape="cube"), "behind", shape="cube"),
        "color",
    ),
)
C(
    "superlative",
    35,
    "Which object is at the very front? I'd like the colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "position",
    35,
    "Is the metal green cube on the left of the image or the right?",
    "choose(u(f(sel(cube), color=green, material=metal)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="green", material="metal")),
)

# --- Lucia, an Argentine tango teacher
C("count", 35, "How many cubes there are?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    35,
    "The red sphere and the purple sphere, they are the same material?",
    "same(u(f(sel(sphere), color=red)), u(f(sel(sphere), color=purple)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="red"), "material") == s.a(s.the(shape="sphere", color="purple"), "material")
    ),
)
C(
    "two_clause",
    35,
    "The red ball is big and also metal — true?",
    "and_(verify(u(f(sel(sphere), color=red)), size, large), verify(u(f(sel(sphere), color=red)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="red"), "size") == "large"
        and s.a(s.the(shape="sphere", color="red"), "material") == "metal"
    ),
)
C(
    "negation",
    35,
    "How many things are not green?",
    "count(fn(scene(), color=green))",
    lambda s: n(lacking(s, s.all(), color="green")),
)
C(
    "compare_size",
    35,
    "Which is more big, the purple ball or the gray cube?",
    "q(u(f(union(f(sel(sphere), color=purple), f(sel(cube), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="purple"), s.the(shape="cube", color="gray")),
)
X(35, "Which music would go with this picture? A tango, maybe?")

# scene 36: large purple metal sph (far right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph (far left), large brown rubber cyl

# --- Gloria, a Birmingham school dinner lady
C(
    "count",
    36,
    "How many big things are there, darling?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "attribute",
    36,
    "What's the cylinder made of?",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "compare_count",
    36,
    "More metal ones than rubber ones, is it?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "spatial",
    36,
    "How many things are to the left of the purple ball?",
    "count(rel(u(f(sel(sphere), color=purple)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="purple"))),
)
C(
    "chain",
    36,
    "In front of the cylinder there's a little cube — what colour's the cube?",
    "q(u(f(rel(u(sel(cylinder)), front), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder"), "front", shape="cube"), "color"),
)
C(
    "superlative",
    36,
    "Which ball's nearest the front? Colour, please.",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)

# scene 15: large green rubber cyl (far left), large brown metal cyl, small purple metal cyl (right), large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (far right)

# --- Marcus, a London personal trainer
C("count", 15, "How many cylinders, mate?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "count",
    15,
    "How many things are either red or green?",
    "count(union(f(scene(), color=red), f(scene(), color=green)))",
    lambda s: n(s.f(color=("red", "green"))),
)
C(
    "superlative",
    15,
    "What's the furthest left thing? Just the shape.",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "spatial",
    15,
    "How many balls are in front of the purple cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=purple)), front), shape=sphere))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cylinder", color="purple")), shape="sphere")),
)
C(
    "chain",
    15,
    "In front of the green cylinder there's another cylinder, and to the right of that one there's a cube. What's the cube made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=green)), front), shape=cylinder)), right), shape=cube)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="green"), "front", shape="cylinder"), "right", shape="cube"),
        "material",
    ),
)
X(15, "How many calories would I burn pushing that big red ball round the room?")

# --- Farida, a Bangladeshi-born grandmother learning English
C(
    "count",
    15,
    "How many ball is small?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C("attribute", 15, "The cube, what colour?", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))
C(
    "compare_attr",
    15,
    "Green cylinder and brown cylinder, same size?",
    "same(u(f(sel(cylinder), color=green)), u(f(sel(cylinder), color=brown)), size)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="green"), "size") == s.a(s.the(shape="cylinder", color="brown"), "size")
    ),
)
C(
    "position",
    15,
    "The red ball, it is on which side of picture?",
    "choose(u(f(sel(sphere), color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="red")),
)
C(
    "list",
    15,
    "Balls, what colours? Tell me all please.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "number",
    15,
    "How many kind of shape is there?",
    "nvalues(scene(), shape)",
    lambda s: str(len({s.a(i, "shape") for i in s.all()})),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Walt, a retired Ohio insurance adjuster; careful
P(
    "text",
    "street",
    "Can you read me the lettering on the side of the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("count", "street", "How many of the people in the picture are men?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "verify",
    "street",
    "The man on the right-hand side — is his tie red?",
    "verify(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color, red)",
    lambda p: yes(p.value(worn_by(p, p.the("man", hposition="right")), "color") == "red"),
)
P(
    "compare_count",
    "street",
    "Are there more people than vehicles in the scene?",
    "gt(count(sel(person)), count(sel(vehicle)))",
    lambda p: yes(len(people(p)) > len(p.f(("bus", "car")))),
)
P(
    "where",
    "street",
    "Is the woman standing in front of the bus or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
X("street", "What would a fare on that bus have cost back when this was taken?")

# --- Noor, a Lebanese-born pharmacist in Montreal
P(
    "text",
    "street",
    "The red sign, what is written on it?",
    "q(u(f(sel(sign), color=red)), text)",
    lambda p: p.value(p.the("sign", color="red"), "text"),
)
P(
    "attribute",
    "street",
    "And the dog, of what colour is it?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "spatial",
    "street",
    "It is the woman who holds the dog, yes?",
    "vrel(u(sel(dog)), holding, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
P("exist", "street", "There is a cat somewhere in the street?", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P("count", "street", "How many ties do you see?", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "superlative",
    "street",
    "Who stands the most on the left — a man or a woman?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)

# --- Jayden, eleven
P(
    "count",
    "street",
    "how many cars and buses r there altogether",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "text",
    "street",
    "what does the writing on the road say",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "position",
    "street",
    "is the stop sign near the top or the bottom of the pic",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
P(
    "compare_attr",
    "street",
    "is the car the same colour as the bus",
    "same(u(sel(car)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("car"), "color") == p.value(p.the("bus"), "color")),
)
P("exist", "street", "is there a dog in it", "exist(sel(dog))", lambda p: yes(bool(p.f("dog"))))
X("street", "what kind of car is that, like a bmw or something")

# --- Irene, a retired Newcastle florist
P(
    "count",
    "street",
    "How many people are out in the street, pet?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "spatial",
    "street",
    "Is that sign to the left of the bus?",
    "vrel(u(sel(bus)), left, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "sign"))),
)
P(
    "attribute",
    "street",
    "What colour's the tree?",
    "q(u(sel(tree)), color)",
    lambda p: p.value(p.the("tree"), "color"),
)
P(
    "chain",
    "street",
    "The man in white — what colour's the tie he's got on?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "negation",
    "street",
    "How many of the people haven't got a tie on?",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([o for o in people(p) if o not in wearers(p, "tie")]),
)
P(
    "spatial",
    "street",
    "And the tree's behind the bus, is it?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)

# --- Oscar, a Spanish student in Dublin
P(
    "text",
    "street",
    "On the bus there is something written in Spanish, no? What does it say exactly?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "list",
    "street",
    "The ties, which colours do they have?",
    "values(sel(tie), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("tie")),
)
P(
    "verify",
    "street",
    "The woman is dressed in green?",
    "verify(u(sel(woman)), color, green)",
    lambda p: yes(p.value(p.the("woman"), "color") == "green"),
)
P(
    "two_clause",
    "street",
    "Is the bus red and the car white, both things?",
    "and_(verify(u(sel(bus)), color, red), verify(u(sel(car)), color, white))",
    lambda p: yes(p.value(p.the("bus"), "color") == "red" and p.value(p.the("car"), "color") == "white"),
)
P(
    "number",
    "street",
    "How many different colours do the people wear?",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
X("street", "In which city of Spain is this street? Madrid?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Beatriz, a Portuguese au pair
P(
    "count",
    "kitchen",
    "On the table, how many cups are standing?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "text",
    "kitchen",
    "The clock on the wall, which hour does it show?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "The bottle is of which colour?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "spatial",
    "kitchen",
    "The fork is near the plate or not?",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("plate")), "fork"))),
)
P(
    "compare_attr",
    "kitchen",
    "The plate and the red cup have the same colour?",
    "same(u(sel(plate)), u(f(sel(cup), color=red)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("cup", color="red"), "color")),
)
X("kitchen", "What is the woman going to cook for the lunch?")

# --- Gary, a Manchester electrician; blunt
P(
    "count",
    "kitchen",
    "How many things have been put on the table, all in?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "text",
    "kitchen",
    "What's it say on the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "superlative",
    "kitchen",
    "Cup furthest to the right — what colour?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "verify",
    "kitchen",
    "Table's made of wood, yeah?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P("exist", "kitchen", "Any spoons knocking about?", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
X("kitchen", "What'd that clock go for on eBay?")

# --- Dolores, a grandmother in San Antonio
P(
    "attribute",
    "kitchen",
    "What color is the lady wearing, mijo?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "position",
    "kitchen",
    "The clock — is it up high or down low?",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)
P(
    "chain",
    "kitchen",
    "What color is the cup right next to the plate, on its right side?",
    "q(u(rel(u(sel(plate)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("plate")), "cup")), "color"),
)
P(
    "count",
    "kitchen",
    "How many of the cups are white?",
    "count(f(sel(cup), color=white))",
    lambda p: n(p.f("cup", color="white")),
)
P(
    "negation",
    "kitchen",
    "How many cups are there that aren't red?",
    "count(fn(sel(cup), color=red))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "red"]),
)
X("kitchen", "Is she making café de olla? It looks just like my mother's kitchen.")

# --- Theo, a Portland barista
P(
    "number",
    "kitchen",
    "how many different colors are the cups",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "list",
    "kitchen",
    "what colors are the cups, just list em",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "spatial",
    "kitchen",
    "the woman's standing to the right of the table right?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "compare_count",
    "kitchen",
    "are there more cups than plates",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P(
    "chain",
    "kitchen",
    "what's sitting immediately to the left of the white cup",
    "q(u(rel(u(f(sel(cup), color=white)), left)), name)",
    lambda p: p.name(only(p.subjects("left", p.the("cup", color="white")))),
)
X("kitchen", "would that bottle be any good for cold brew")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Terry, a retired Kent groundskeeper
P(
    "count",
    "park",
    "How many people are in the park, kids included?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "attribute",
    "park",
    "What's the bench made of?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "spatial",
    "park",
    "Who's that near the bench?",
    "q(u(rel(u(sel(bench)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bench")))),
)
P(
    "compare_count",
    "park",
    "Same number of women as kiddies?",
    "eq(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) == len(children(p))),
)
P(
    "attribute",
    "park",
    "And the bench — what colour's it painted?",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
X("park", "Which council looks after this park, d'you know?")

# --- Ama, a Ghanaian-born seamstress who notices clothes
P(
    "attribute",
    "park",
    "The boy, what colour are his clothes?",
    "q(u(sel(boy)), color)",
    lambda p: p.value(p.the("boy"), "color"),
)
P(
    "list",
    "park",
    "Which colours are the women wearing?",
    "values(sel(woman), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("woman")),
)
P(
    "chain",
    "park",
    "The woman holding the black dog — what colour is she wearing?",
    "q(u(rel(u(f(sel(dog), color=black)), holding, name=woman)), color)",
    lambda p: p.value(only(named(p, p.subjects("holding", p.the("dog", color="black")), "woman")), "color"),
)
P(
    "compare_attr",
    "park",
    "The girl and the woman by the bicycle, are they dressed in the same colour?",
    "same(u(sel(girl)), u(rel(u(sel(bicycle)), near, name=woman)), color)",
    lambda p: yes(
        p.value(p.the("girl"), "color")
        == p.value(only(named(p, p.subjects("near", p.the("bicycle")), "woman")), "color")
    ),
)
P(
    "number",
    "park",
    "How many different colours are the people wearing?",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
P(
    "superlative",
    "park",
    "The person on the far right — what colour are they wearing?",
    "q(ord(sel(person), right, 1), color)",
    lambda p: p.value(side_of(p, people(p), "right"), "color"),
)

# --- Owen, nine
P(
    "spatial",
    "park",
    "is there a dog next to the girl",
    "vrel(u(sel(girl)), near, name=dog)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("girl")), "dog"))),
)
P(
    "chain",
    "park",
    "what colour is the dog next to the girl",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P("exist", "park", "is there a kite", "exist(sel(kite))", lambda p: yes(bool(p.f("kite"))))
P(
    "position",
    "park",
    "is the bike on the left side or the right side",
    "choose(u(sel(bicycle)), hposition, [left, right])",
    lambda p: p.value(p.the("bicycle"), "hposition"),
)
P(
    "chain",
    "park",
    "what colour is the thing the boy is throwing",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
X("park", "will the dog catch the frisbee")

# --- Lars, a retired Danish ferry captain
P("count", "park", "How many trees stand in this park?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "where",
    "park",
    "The tree on the right: is it behind the girl or in front of her?",
    "choose_rel(u(f(sel(tree), hposition=right)), [front, behind], role=object, name=girl)",
    lambda p: photo_side(p, p.the("tree", hposition="right"), p.the("girl"), ("front", "behind")),
)
P(
    "spatial",
    "park",
    "Is the bench to the left of the bicycle?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "superlative",
    "park",
    "Of the people, who stands second from the left?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "quantifier",
    "park",
    "Are both trees at the top of the picture?",
    "not_(exist(fn(sel(tree), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f("tree"))),
)
P(
    "negation",
    "park",
    "How many people are there, not counting the women?",
    "count(diff(sel(person), sel(woman)))",
    lambda p: n([o for o in people(p) if p.name(o) != "woman"]),
)

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Rob, a dad doing shapes with his toddler
P(
    "count",
    "shapes",
    "We're doing shapes with my little one. How many of these are small?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "attribute",
    "shapes",
    "What colour's the square?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)
P("exist", "shapes", "Is there a pentagon in there?", "exist(sel(pentagon))", lambda p: yes(bool(p.f("pentagon"))))
P(
    "compare_count",
    "shapes",
    "Are there more triangles than circles?",
    "gt(count(sel(triangle)), count(sel(circle)))",
    lambda p: yes(len(p.f("triangle")) > len(p.f("circle"))),
)
P(
    "position",
    "shapes",
    "Which shape's up in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
X("shapes", "Where could I buy this as a poster for her bedroom?")

# --- Halima, a Somali-born cleaner learning English
P("count", "shapes", "How many circle?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "verify",
    "shapes",
    "Big circle is red?",
    "verify(u(f(sel(circle), size=large)), color, red)",
    lambda p: yes(p.value(p.the("circle", size="large"), "color") == "red"),
)
P(
    "attribute",
    "shapes",
    "Small circle, which colour?",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
P(
    "position",
    "shapes",
    "Star is up or down?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
P(
    "compare_attr",
    "shapes",
    "Square and hexagon same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "list",
    "shapes",
    "Blue shapes, what they are? Tell me all.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)

# --- Derek, a graphic designer
P(
    "number",
    "shapes",
    "How many distinct colours are in the palette here?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "superlative",
    "shapes",
    "Bottom row, reading left to right — what's the last shape?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Which is larger, the square or the triangle?",
    "q(u(f(union(sel(square), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), p.the("triangle")),
)
P(
    "negation",
    "shapes",
    "Excluding circles, how many shapes are blue?",
    "count(fn(f(scene(), color=blue), shape=circle))",
    lambda p: n([o for o in p.f(color="blue") if p.value(o, "shape") != "circle"]),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share the star's colour?",
    "count(same_attr(u(sel(star)), color))",
    lambda p: n(photo_others(p, p.the("star"), "color")),
)
X("shapes", "What typeface would you pair with this layout?")

# --- Beryl, a bridge-club treasurer; brisk
P(
    "count",
    "shapes",
    "How many shapes are there along the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "quantifier",
    "shapes",
    "Are all the large shapes in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "two_clause",
    "shapes",
    "Is the triangle green and the star red?",
    "and_(verify(u(sel(triangle)), color, green), verify(u(sel(star)), color, red))",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green" and p.value(p.the("star"), "color") == "red"),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer red shapes than blue ones?",
    "lt(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) < len(p.f(color="blue"))),
)
P(
    "superlative",
    "shapes",
    "What colour is the shape at the right-hand end of the top row?",
    "q(ord(f(scene(), vposition=top), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "color"),
)
X("shapes", "What is this drawing meant to be for? It seems rather pointless.")

# --- Kwame, twelve
P(
    "negation",
    "shapes",
    "how many shapes arent blue",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "compare_size",
    "shapes",
    "is the hexagon smaller than the yellow rectangle",
    "larger(u(f(sel(rectangle), color=yellow)), u(sel(hexagon)))",
    lambda p: drawn_larger(p, yellow_rectangle(p), p.the("hexagon")),
)
P(
    "exist",
    "shapes",
    "is there a green star",
    "exist(f(sel(star), color=green))",
    lambda p: yes(bool(p.f("star", color="green"))),
)
P(
    "superlative",
    "shapes",
    "whats second from the left on the top row",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
P(
    "quantifier",
    "shapes",
    "are any of the big shapes blue",
    "exist(f(scene(), size=large, color=blue))",
    lambda p: yes(bool(p.f(size="large", color="blue"))),
)

# --- Chiara, an Italian architect who calls the shapes forms
P(
    "position",
    "shapes",
    "Which form is in the centre of the image?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "attribute",
    "shapes",
    "The form at the bottom on the left, which colour has?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "color"),
)
P("count", "shapes", "How many forms are red?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "compare_attr",
    "shapes",
    "The big circle and the small circle have the same colour?",
    "same(u(f(sel(circle), size=large)), u(f(sel(circle), size=small)), color)",
    lambda p: yes(p.value(p.the("circle", size="large"), "color") == p.value(p.the("circle", size="small"), "color")),
)
P(
    "negation",
    "shapes",
    "Apart the circles, how many forms are there?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
X("shapes", "This composition reminds me of Kandinsky. It was inspired from him?")

# --- Eugene, a Georgia pastor
P("count", "shapes", "How many triangles did they draw, friend?", "count(sel(triangle))", lambda p: n(p.f("triangle")))
P(
    "same_attr",
    "shapes",
    "The little blue square — how many other shapes are the same size as it?",
    "count(same_attr(u(f(sel(square), color=blue)), size))",
    lambda p: n(photo_others(p, p.the("square", color="blue"), "size")),
)
P(
    "attribute",
    "shapes",
    "What colour is the shape up in the top right corner?",
    "q(u(f(scene(), hposition=right, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "color"),
)
P(
    "verify",
    "shapes",
    "Is the star in the top row?",
    "verify(u(sel(star)), vposition, top)",
    lambda p: yes(p.value(p.the("star"), "vposition") == "top"),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, the red circle or the red star?",
    "q(u(f(union(f(sel(circle), color=red), f(sel(star), color=red)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("star", color="red")),
)
X("shapes", "What do you suppose the star stands for? Surely it means something.")

# --- Tash, a Sydney student
P(
    "count",
    "shapes",
    "how many big shapes are there",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "list",
    "shapes",
    "what shapes are along the top",
    "values(f(scene(), vposition=top), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="top")),
)
P(
    "exist",
    "shapes",
    "any purple ones",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "quantifier",
    "shapes",
    "are most of them blue",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)
P(
    "position",
    "shapes",
    "is the triangle on the left or the right",
    "choose(u(sel(triangle)), hposition, [left, right])",
    lambda p: p.value(p.the("triangle"), "hposition"),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
