# ruff: noqa: E501
"""Blind paraphrase set 88: a thirty-fourth fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits of speech, always understandably to a careful reader.

The cast. On the CLEVR pictures: Kwame, a Ghanaian-born chartered accountant in Leeds who wants his figures to
reconcile ("Kindly tell me", "for my working papers"); Becky, a mum of three typing one-handed between interruptions
("ok quick one", "sorry baby on me", "he swears there is"); Arturo, a Los Angeles high-school physics teacher setting
up a demo ("Alright, quick headcount", "Start at ...", "I suspect not"); Ingrid, a retired Swedish dentist writing
careful, slightly formal English ("Is it so that ...", "is it not?", "Of what colour"); Graham, a Queensland plumber
("G'day", "mate", "reckon", "in this lot"); Chen Wei, a Chinese engineering PhD student ("How many sphere are there",
"is in left side or right side", "is it right?"); Moira, a farmer's wife from Kerry ("Would you tell me now", "at all",
"so", "would that be"); Tyrone, a Baltimore high-school basketball coach ("on the floor", "we got", "combined");
Ana, a Portuguese au pair ("has the picture", "it is of which colour?", "more to the front than"); Frank, a retired
Chicago cop ("Gimme a count", "Yes or no", "Shape."); Sister Bernadette, a retired teaching nun ("Let us begin
simply", "dear"); Dev, a second-year computer-science student ("quick q", "pls", "distinct"); Jolene, a Tennessee
hairdresser ("Sugar", "hon", "lookin' at", "them cylinders"); Hamid, an Iranian-born taxi driver in Toronto ("how much
balls", "all together", "There is more ..., yes?"); Gwen, a Welsh children's librarian ("Right, let's see now", "I'd
like them all listed", "at all"); Imogen, a gallery assistant in Mayfair ("pieces", "One rather suspects not",
"frightfully"); Oliver, nine and very literal ("i counted 2"); Marcus, a Birmingham electrician ("Alright bab",
"have we got"); Suresh, a bank clerk in Bangalore ("kept here", "having the same size", "only"); Noor, a blunt Dutch
cycling courier ("actually", "Just tell me"); and Min-jun, a Korean game designer ("closer to the camera", "Is number
of cubes bigger than ..."). On the photo-like graphs: Doug, a Manchester driving instructor ("Right then", "our
learner"); Tobias, a German tourist ("What stands on the bus?", "which colour has his tie?"); Priscilla, a
Nigerian-born pharmacist in Houston ("Good evening", "please", "o"); Hannah, a teenage photography student ("the depth
is kinda confusing", "person-wise"); Gloria, an Italian-American grandmother in New Jersey ("Okay, tell me", "without
my glasses"); Jamal, a Detroit barista ("Yo", "what's that say"); Anneke, a South African interior designer
("palette", "Ag"); Luis, twelve and bored ("whats the", "or what"); Colleen, a Canadian daycare worker ("kiddos",
"eh", "grown-ups"); Mehmet, a Turkish pensioner in Berlin ("How many dog are", "from which material it is?"); Roy, a
grumpy Bristol park-bench regular ("they got", "stood", "folk"); and Isabella, nine. On the drawing: Sunita, a
graphic-design intern ("this mockup", "the palette"); Walt, a Minnesota grandpa ("Oh ya", "would ya say"); Lucia, an
Argentine kindergarten teacher writing Spanish-shaped English ("How many stars there are", "of what colour is?",
"There is some ...?"); Kieran, a Dublin carpenter ("have you", "sittin'"); Beatrix, an occupational therapist running
a picture exercise with a patient ("Let's try an easy one first", "Lovely"); Yusuf, a Somali-born nursing student in
Minneapolis; Trish, a Canberra public servant ("Noting the drawing", "as per", "Can you confirm"); and Arjun,
thirteen ("lol", "r", "2nd").

Sentence shapes: plain questions, bare fragments ("Shape.", "colour pls"), fronted topics and places ("The cube, it is
of which colour?", "Bottom row, which one's furthest to the left?", "In front of the green cube there is only one
cylinder."), tags ("eh", "ya?", "yes?", "is it not?", "correct?", "or what"), questions inside statements ("I want the
figures to reconcile", "I'd like them all listed, please"), step-by-step chains ("Start at ...", "Take the small red
cube. There is one cube in front of it, ..."), comparisons said several ways ("fewer ... than", "an even split", "more
... than everything else combined", "as many ... as", "Is number of cubes bigger than number of spheres?", "which is
the larger"), negatives and exceptions ("aren't red and aren't balls either", "Everything but the cube", "Leavin' out
the ball", "Excluding the circles", "not wearing a tie"), and follow-ups that name what they point at ("And the big
circle", "Good. Now how many of them are red?").

The questions cover counts (with conditions, "not", "together", "combined", "in total"), existence, an attribute of
one thing, yes/no checks of one value, two checks at once, comparisons of counts ("fewer", "more", "as many as", "an
even split", "bigger than") and of attributes (same colour, size, shape or material), quantifiers ("all", "every",
"both", "none", "most of"), exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs only
their stated relations: on, near, holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop
chains, superlatives and ordinals, other things sharing a value, which of two things is the bigger, lists of values,
the number of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and
the text on the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (37, 8, 33, 6, 10, 1,
3, 4, 23, 51, 39, 40, 34 and 58; one or two people to a scene), about 30% about the photo-like graphs (street,
kitchen, park) and 20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as
the person's other questions (prices and where to buy, opinions, what happens next, names and makers, the world
outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle;
places and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE
(0.25 scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked
only of an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and
photos neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated
relations and attributes leave open. A which-side question is answered with the side; a "which is bigger" between
two things is asked only where their size classes differ, and answered with the word that tells the bigger one from
the other (its shape, or its colour where both are cylinders). Answers are the graph's words (gray, not grey; sphere,
not ball; metal, not shiny; "blue, red" for a list, most frequent first, ties alphabetical); yes/no answers are "yes"
or "no" whatever the tag. Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), blind_gold.py and blind_helpers.py
(the helpers imported here), the first 5 lines of blind66.jsonl (for the line format), and the scenes themselves
(photo_scenes.json and the CLEVR val scenes file, inspected with small Python snippets). No question was run through
nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind88.py`` to write ``../blind88.jsonl``; ``--check`` also runs every gold program with nsvr.
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
)

OUT = Path(__file__).resolve().parents[1] / "blind88.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def yellow_rectangle(p) -> str:
    """The drawing's one yellow rectangle (a square counting as a rectangle)."""
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


def drawn_others(p, anchor: str, attribute: str) -> list[str]:
    """The drawn shapes other than the anchor that share its value of ``attribute``."""
    return [o for o in p.objects if o != anchor and p.value(o, attribute) == p.value(anchor, attribute)]


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 37: large gray rubber cyl, small brown rubber cube (front), large purple metal cube, small red rubber sph (right), small red rubber cube (left), small gray metal cyl (back), small cyan rubber sph, large blue metal cyl (far left)

# --- Kwame, a Ghanaian-born chartered accountant in Leeds; precise, wants the figures to reconcile
C(
    "count",
    37,
    "Kindly tell me how many of the objects in this picture are made of rubber.",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "compare_count",
    37,
    "And are there fewer metal objects than rubber ones? I want the figures to reconcile.",
    "lt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) < len(s.f(material="rubber"))),
)
C(
    "attribute",
    37,
    "There is only one large cube, I believe. What colour is it, please?",
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)
C(
    "same_attr",
    37,
    "How many other objects are made of the same material as that large purple cube? Do not include the cube itself.",
    "count(same_attr(u(f(sel(cube), size=large, color=purple)), material))",
    lambda s: n(others(s, s.the(shape="cube", size="large", color="purple"), "material")),
)
C(
    "superlative",
    37,
    "Which object is positioned nearest the front? Its shape will suffice for my working papers.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "chain",
    37,
    "Take the small red cube. There is one cube in front of it, and to the right of that cube there is another cube. What is that last cube made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=red)), front), shape=cube)), right), shape=cube)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", size="small", color="red"), "front", shape="cube"), "right", shape="cube"),
        "material",
    ),
)

# --- Becky, a mum of three typing one-handed between interruptions
C(
    "count",
    37,
    "ok quick one before the baby wakes up, how many cylinders are there",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "exist",
    37,
    "is there a green one anywhere?? my eldest swears there is",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "count",
    37,
    "how many cubes and balls are there together",
    "count(union(sel(cube), sel(sphere)))",
    lambda s: n(s.f(shape=("cube", "sphere"))),
)
C(
    "spatial",
    37,
    "sorry baby on me now. how many things are to the left of the small gray cylinder",
    "count(rel(u(f(sel(cylinder), size=small, color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", size="small", color="gray"))),
)
C(
    "position",
    37,
    "the big blue cylinder is that on the left or the right of the picture",
    "choose(u(f(sel(cylinder), size=large, color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="blue")),
)
C(
    "compare_attr",
    37,
    "are the two red things the same shape? he says yes i say no",
    "same(f(scene(), color=red), shape)",
    lambda s: alike(s, s.f(color="red"), "shape"),
)
X(37, "now he wants to know which one would roll furthest if you gave it a push. no idea why")

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl (right), small cyan metal cube (far left), small brown rubber cube (back), large purple metal sph, small yellow rubber cyl (front), small yellow metal cube (left)

# --- Arturo, a Los Angeles high-school physics teacher setting up a demo
C(
    "count",
    8,
    "Alright, quick headcount before the bell: how many cubes do we have in this setup?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_count",
    8,
    "Metal versus rubber: do we have an even split, the same number of each?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "chain",
    8,
    "Start at the big gray cylinder. Somewhere to its left there's exactly one yellow object. What's that yellow thing made of?",
    "q(u(f(rel(u(f(sel(cylinder), size=large, color=gray)), left), color=yellow)), material)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", size="large", color="gray"), "left", color="yellow"), "material"),
)
C(
    "superlative",
    8,
    "Which object is farthest from the camera, all the way at the back? Give me its color.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "quantifier",
    8,
    "Is every cylinder in the scene a small one? I suspect not.",
    "not_(exist(fn(sel(cylinder), size=small)))",
    lambda s: every(s, s.f(shape="cylinder"), size="small"),
)
C(
    "compare_size",
    8,
    "Which is bigger, the sphere or the cyan cube?",
    "q(u(f(union(sel(sphere), f(sel(cube), color=cyan)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere"), s.the(shape="cube", color="cyan")),
)
X(8, "If I dropped the purple sphere off the lab bench, how long would it take to hit the floor?")

# --- Ingrid, a retired Swedish dentist; careful, slightly formal English
C(
    "count",
    8,
    "Good day. How many of the things are yellow, if I may ask?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "compare_attr",
    8,
    "Is it so that the two yellow things are of the same material?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "verify",
    8,
    "The large sphere — it is purple, is it not?",
    "verify(u(f(sel(sphere), size=large)), color, purple)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "purple"),
)
C(
    "spatial",
    8,
    "The little brown cube, is it standing behind the gray cube?",
    "exist(f(rel(u(f(sel(cube), color=gray)), behind), color=brown, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "brown"}, "behind", {"shape": "cube", "color": "gray"}),
)
C(
    "list",
    8,
    "Which colours do the cylinders have? Please name them all.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "chain",
    8,
    "Begin with the small yellow cube. In front of it stands a cylinder, and to the right of that cylinder there is a sphere. Of what colour is the sphere?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=yellow)), front), shape=cylinder)), right), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="small", color="yellow"), "front", shape="cylinder"),
            "right",
            shape="sphere",
        ),
        "color",
    ),
)
C(
    "number",
    8,
    "And how many different colours are there in the whole picture?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# scene 33: small cyan rubber cube (far right), small gray metal sph (right), small blue rubber cyl, large cyan metal cyl (back), large green metal cube (left), large red metal sph (front)

# --- Graham, a Queensland plumber
C(
    "count",
    33,
    "G'day, how many of the shiny metal ones are in this lot, mate?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    33,
    "Reckon there's more big ones than little ones?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "attribute",
    33,
    "That little blue cylinder — rubber or metal?",
    "choose(u(f(sel(cylinder), size=small, color=blue)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cylinder", size="small", color="blue"), "material"),
)
C(
    "spatial",
    33,
    "How many things are sitting out in front of the green cube?",
    "count(rel(u(f(sel(cube), color=green)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="green"))),
)
C(
    "compare_attr",
    33,
    "The two cyan ones — same shape or what?",
    "same(f(scene(), color=cyan), shape)",
    lambda s: alike(s, s.f(color="cyan"), "shape"),
)
C(
    "chain",
    33,
    "Righto, in front of the little gray ball there's a big ball, and left of that big ball there's a cube. What colour's the cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=gray)), front), shape=sphere, size=large)), left), shape=cube)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", size="small", color="gray"), "front", shape="sphere", size="large"),
            "left",
            shape="cube",
        ),
        "color",
    ),
)
X(33, "What'd it cost me to get a set of these knocked up out of copper pipe?")

# --- Chen Wei, a Chinese engineering PhD student
C(
    "count",
    33,
    "How many sphere are there in this picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "superlative",
    33,
    "Which object is the most front one? What is its material?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C(
    "position",
    33,
    "The small gray ball is in left side or right side of the picture?",
    "choose(u(f(sel(sphere), size=small, color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="gray")),
)
C(
    "chain",
    33,
    "In front of the green cube there is only one cylinder. On the right of this cylinder is another cylinder — what size it is?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=green)), front), shape=cylinder)), right), shape=cylinder)), size)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="green"), "front", shape="cylinder"), "right", shape="cylinder"), "size"
    ),
)
C(
    "quantifier",
    33,
    "All the large objects are made by metal, is it right?",
    "not_(exist(fn(f(scene(), size=large), material=metal)))",
    lambda s: every(s, s.f(size="large"), material="metal"),
)
C(
    "spatial",
    33,
    "The cyan cube is at the right of the gray sphere, yes or no?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), right), color=cyan, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "cyan"}, "right", {"shape": "sphere", "color": "gray"}),
)

# scene 6: small purple rubber sph (back), large red rubber cyl (far back), small brown rubber sph, large purple rubber cyl (right), small red metal cube, small blue metal cube (far right), large red rubber sph (front), large gray rubber sph (far left)

# --- Moira, a farmer's wife from Kerry
C(
    "count",
    6,
    "Would you tell me now how many balls are in it at all?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "count",
    6,
    "And how many of the things are red, so?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "quantifier",
    6,
    "The two cubes, are they both made of metal, would you say?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: every(s, s.f(shape="cube"), material="metal"),
)
C(
    "negation",
    6,
    "How many are there that aren't red and aren't balls either?",
    "count(diff(fn(scene(), color=red), sel(sphere)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "red" and s.a(i, "shape") != "sphere"]),
)
C(
    "superlative",
    6,
    "The one right out at the front there, what colour would that be?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(6, "Who was it made this picture at all? One of the lads at the school, I'd say.")

# --- Tyrone, a Baltimore high-school basketball coach
C(
    "count",
    6,
    "Alright, how many big ones we got on the floor?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "compare_count",
    6,
    "We got more spheres than everything else combined?",
    "gt(count(sel(sphere)), count(fn(scene(), shape=sphere)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(lacking(s, s.all(), shape="sphere"))),
)
C(
    "superlative",
    6,
    "Second one from the back — what shape is that?",
    "q(ord(scene(), behind, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "shape"),
)
C(
    "spatial",
    6,
    "The blue cube, is it to the right of the purple cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=purple)), right), color=blue, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "blue"}, "right", {"shape": "cylinder", "color": "purple"}),
)
C(
    "compare_size",
    6,
    "Who's bigger, the red cube or the gray ball?",
    "q(u(f(union(f(sel(cube), color=red), f(sel(sphere), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="red"), s.the(shape="sphere", color="gray")),
)
C(
    "chain",
    6,
    "Run this play with me: start at the blue cube, go to the cube in front of it, then the cylinder to the right of that one. What color's the cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=blue)), front), shape=cube)), right), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="blue"), "front", shape="cube"), "right", shape="cylinder"), "color"
    ),
)

# scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl (front), large gray metal cyl (far right), small gray rubber cube (back), large red rubber sph

# --- Ana, a Portuguese au pair
C(
    "count",
    10,
    "How many cylinders has the picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    10,
    "The cube, it is of which colour?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_attr",
    10,
    "The two red things, they are of the same size?",
    "same(f(scene(), color=red), size)",
    lambda s: alike(s, s.f(color="red"), "size"),
)
C(
    "spatial",
    10,
    "How many things are more to the front than the cube?",
    "count(rel(u(sel(cube)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube"))),
)
C(
    "position",
    10,
    "The big purple ball is in the left or in the right of the picture?",
    "choose(u(f(sel(sphere), size=large, color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="purple")),
)
X(10, "The children I take care of want to know — these balls, you can buy them in a shop in Lisbon?")

# --- Frank, a retired Chicago cop
C(
    "count",
    10,
    "Gimme a count on the metal stuff.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "superlative",
    10,
    "What's the thing furthest over to the right? Shape.",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "two_clause",
    10,
    "The gray cube — small, and rubber? Both of 'em. Yes or no.",
    "and_(verify(u(f(sel(cube), color=gray)), size, small), verify(u(f(sel(cube), color=gray)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="gray"), "size") == "small"
        and s.a(s.the(shape="cube", color="gray"), "material") == "rubber"
    ),
)
C(
    "spatial",
    10,
    "Behind the green cylinder, how many spheres we talking?",
    "count(f(rel(u(f(sel(cylinder), color=green)), behind), shape=sphere))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cylinder", color="green")), shape="sphere")),
)
C(
    "chain",
    10,
    "Okay, walk it through. Small red cylinder. Right of it, there's a cylinder. In front of that cylinder, a ball. What color's the ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=small, color=red)), right), shape=cylinder)), front), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cylinder", size="small", color="red"), "right", shape="cylinder"),
            "front",
            shape="sphere",
        ),
        "color",
    ),
)
C(
    "quantifier",
    10,
    "Everything but the cube — is it all metal?",
    "not_(exist(fn(fn(scene(), shape=cube), material=metal)))",
    lambda s: every(s, lacking(s, s.all(), shape="cube"), material="metal"),
)

# scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl (front), small blue rubber cyl (right), small brown metal sph (left)

# --- Sister Bernadette, a retired teaching nun
C(
    "count",
    1,
    "Let us begin simply. How many cubes are there?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    1,
    "I wonder, are the two blue cylinders made of the same stuff?",
    "same(f(sel(cylinder), color=blue), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="blue"), "material"),
)
C(
    "attribute",
    1,
    "What is the little ball made of, dear?",
    "q(u(f(sel(sphere), size=small)), material)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "material"),
)
C(
    "compare_size",
    1,
    "Is the gray cube larger than the brown sphere?",
    "larger(u(f(sel(cube), color=gray)), u(f(sel(sphere), color=brown)))",
    lambda s: larger(s, s.the(shape="cube", color="gray"), s.the(shape="sphere", color="brown")),
)
C(
    "spatial",
    1,
    "How many things lie behind the brown sphere?",
    "count(rel(u(f(sel(sphere), color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="brown"))),
)
X(1, "And do you suppose whoever arranged these was a patient sort of person?")

# --- Dev, a second-year computer-science student
C(
    "count",
    1,
    "quick q, how many small objects are there",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "superlative",
    1,
    "what's furthest left? colour pls",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "number",
    1,
    "how many distinct colours are there in total",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "negation",
    1,
    "how many things aren't blue",
    "count(fn(scene(), color=blue))",
    lambda s: n(lacking(s, s.all(), color="blue")),
)
C(
    "chain",
    1,
    "the cube that's in front of the gray cube — is that one large?",
    "verify(u(f(rel(u(f(sel(cube), color=gray)), front), shape=cube)), size, large)",
    lambda s: yes(s.a(hop(s, s.the(shape="cube", color="gray"), "front", shape="cube"), "size") == "large"),
)
C(
    "position",
    1,
    "the small rubber cylinder, is it on the left or right side of the image",
    "choose(u(f(sel(cylinder), size=small, material=rubber)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="small", material="rubber")),
)

# scene 3: small red metal sph, small purple metal cube (front, left), large red rubber cyl (right), large purple rubber cyl (back), small red metal cyl

# --- Jolene, a Tennessee hairdresser
C(
    "count",
    3,
    "Sugar, how many red ones are we lookin' at?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "attribute",
    3,
    "That little cube — what color's it got?",
    "q(u(f(sel(cube), size=small)), color)",
    lambda s: s.a(s.the(shape="cube", size="small"), "color"),
)
C(
    "same_attr",
    3,
    "How many other things are the same color as the big purple cylinder?",
    "count(same_attr(u(f(sel(cylinder), size=large, color=purple)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="large", color="purple"), "color")),
)
C(
    "superlative",
    3,
    "Which one of them cylinders is sittin' furthest back, hon? What color?",
    "q(ord(sel(cylinder), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "behind"), "color"),
)
C(
    "spatial",
    3,
    "Is the red ball sittin' in front of the big red cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=red)), front), color=red, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "red"}, "front", {"shape": "cylinder", "size": "large", "color": "red"}
    ),
)
C(
    "quantifier",
    3,
    "Leavin' out the ball, is everything else in there metal?",
    "not_(exist(fn(fn(scene(), shape=sphere), material=metal)))",
    lambda s: every(s, lacking(s, s.all(), shape="sphere"), material="metal"),
)
X(3, "Y'all think that purple'd look good on me as a hair color?")

# scene 4 (all small but one): small red rubber cyl (back), small green rubber cyl (far left), small brown rubber sph (front), small yellow metal sph (far right), small yellow rubber cyl, small purple metal cyl, small purple rubber sph (right), small yellow rubber sph, large blue metal sph

# --- Hamid, an Iranian-born taxi driver in Toronto
C(
    "count",
    4,
    "Hello, how much balls are in this picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "count",
    4,
    "How many yellow things, all together?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "compare_count",
    4,
    "There is more cylinders than balls, yes?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "attribute",
    4,
    "Only one ball is big. What colour this one?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "spatial",
    4,
    "How many things are on the right from the big blue ball?",
    "count(rel(u(f(sel(sphere), size=large, color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", size="large", color="blue"))),
)
X(4, "My son say this is from a video game. Which game is it, and is it free?")

# --- Gwen, a Welsh children's librarian
C(
    "count",
    4,
    "Right, let's see now. How many of the cylinders are yellow?",
    "count(f(sel(cylinder), color=yellow))",
    lambda s: n(s.f(shape="cylinder", color="yellow")),
)
C(
    "list",
    4,
    "Which colours have the balls got? I'd like them all listed, please.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "superlative",
    4,
    "Which is the ball furthest to the left, and what colour is it?",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "color"),
)
C(
    "compare_attr",
    4,
    "Are the purple cylinder and the purple ball made of the same thing, would you know?",
    "same(u(f(sel(cylinder), color=purple)), u(f(sel(sphere), color=purple)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="purple"), "material")
        == s.a(s.the(shape="sphere", color="purple"), "material")
    ),
)
C(
    "exist",
    4,
    "Is there a cube in there at all? I can't spot one for the life of me.",
    "exist(sel(cube))",
    lambda s: yes(bool(s.f(shape="cube"))),
)
C(
    "quantifier",
    4,
    "And is every one of the yellow things made of rubber?",
    "not_(exist(fn(f(scene(), color=yellow), material=rubber)))",
    lambda s: every(s, s.f(color="yellow"), material="rubber"),
)

# scene 23: small yellow metal sph (right), small brown metal cyl (front, left), large yellow rubber cyl (back), small brown metal sph (far right)

# --- Imogen, a gallery assistant in Mayfair
C(
    "count",
    23,
    "How many of the pieces are metal, would you say?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_size",
    23,
    "Which is the larger, the yellow cylinder or the yellow sphere?",
    "q(u(f(union(f(sel(cylinder), color=yellow), f(sel(sphere), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="yellow"), s.the(shape="sphere", color="yellow")),
)
C(
    "compare_attr",
    23,
    "Do the two brown pieces share a shape? One rather suspects not.",
    "same(f(scene(), color=brown), shape)",
    lambda s: alike(s, s.f(color="brown"), "shape"),
)
C(
    "superlative",
    23,
    "Which piece is right at the back? Its colour will do.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    23,
    "Is the brown sphere placed in front of the yellow sphere?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), front), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "front", {"shape": "sphere", "color": "yellow"}),
)
X(23, "A frightfully dull arrangement, wouldn't you say? I should value your honest opinion of it.")

# scene 51: small brown metal sph, large gray rubber sph (back), small yellow metal cube (front)

# --- Oliver, nine and very literal
C("count", 51, "how many balls are there. i counted 2", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C("attribute", 51, "what colour is the cube", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))
C(
    "compare_size",
    51,
    "which is bigger the gray ball or the cube",
    "q(u(f(union(f(sel(sphere), color=gray), sel(cube)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="gray"), s.the(shape="cube")),
)
C(
    "superlative",
    51,
    "what colour is the thing at the very very back",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "verify",
    51,
    "is the little brown ball made of metal",
    "verify(u(f(sel(sphere), size=small, color=brown)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small", color="brown"), "material") == "metal"),
)
X(51, "if the gray ball was a planet which planet would it be")

# scene 39: large gray metal cyl, small brown rubber cyl (far left), small gray metal cube (front)

# --- Marcus, a Birmingham electrician
C(
    "count",
    39,
    "Alright bab, how many cylinders have we got?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    39,
    "The gray cube and the big gray cylinder — same material, are they?",
    "same(u(sel(cube)), u(f(sel(cylinder), size=large, color=gray)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube"), "material") == s.a(s.the(shape="cylinder", size="large", color="gray"), "material")
    ),
)
C(
    "position",
    39,
    "That brown one — left side of the picture or right?",
    "choose(u(f(scene(), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(color="brown")),
)
C(
    "spatial",
    39,
    "How many things are there behind the cube?",
    "count(rel(u(sel(cube)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube"))),
)
C(
    "two_clause",
    39,
    "Is the big cylinder gray and metal, the both of them?",
    "and_(verify(u(f(sel(cylinder), size=large)), color, gray), verify(u(f(sel(cylinder), size=large)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large"), "color") == "gray"
        and s.a(s.the(shape="cylinder", size="large"), "material") == "metal"
    ),
)
X(39, "Where'd you get a set of these from, and who makes 'em? I'd want some for our kid.")

# scene 40: small cyan metal cube (front, right), large brown rubber cyl, large gray metal cube (back)

# --- Suresh, a bank clerk in Bangalore
C(
    "count",
    40,
    "What is the total number of cubes kept here?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    40,
    "Are both the cubes having the same size?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "verify",
    40,
    "The cylinder is made of rubber only, correct?",
    "verify(u(sel(cylinder)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == "rubber"),
)
C(
    "superlative",
    40,
    "Which object is kept most to the front? Please tell the shape.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    40,
    "Is the cylinder on the left side of the gray cube?",
    "exist(f(rel(u(f(sel(cube), color=gray)), left), shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder"}, "left", {"shape": "cube", "color": "gray"}),
)

# scene 34 (all metal): small red cyl (front, left), small yellow cube (back), large gray cyl (right)

# --- Noor, a blunt Dutch cycling courier
C(
    "quantifier",
    34,
    "Is everything in this picture made of metal, actually?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "count",
    34,
    "How many cylinders are there in total?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_size",
    34,
    "Which is bigger: the red cylinder or the gray one? Just tell me the colour.",
    "q(u(f(union(f(sel(cylinder), color=red), f(sel(cylinder), color=gray)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="red"), s.the(shape="cylinder", color="gray"), "color"),
)
C(
    "superlative",
    34,
    "The object furthest back, which colour?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    34,
    "Is the yellow cube left of the gray cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=gray)), left), color=yellow, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "left", {"shape": "cylinder", "color": "gray"}),
)
C(
    "number",
    34,
    "How many different colours are there? Three?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# scene 58: small blue rubber sph (back), large cyan metal cube (front), large purple metal cube (left)

# --- Min-jun, a Korean game designer
C("count", 58, "How many cubes in this scene?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_count",
    58,
    "Is number of cubes bigger than number of spheres?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)
C(
    "attribute",
    58,
    "The ball — what material is it, rubber or metal?",
    "choose(u(sel(sphere)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
C(
    "superlative",
    58,
    "Which cube is closer to the camera? Color please.",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "color"),
)
C(
    "same_attr",
    58,
    "How many other objects have the same size as the purple cube?",
    "count(same_attr(u(f(sel(cube), color=purple)), size))",
    lambda s: n(others(s, s.the(shape="cube", color="purple"), "size")),
)
X(58, "Which engine was used to render this scene, Unity or Unreal?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Doug, a Manchester driving instructor
P(
    "text",
    "street",
    "Right then, what's painted on the road there? Read it out for our learner.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "text",
    "street",
    "What's written on that sign up in the top corner?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "spatial",
    "street",
    "Is the car pulled up on the left of the bus?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P(
    "count",
    "street",
    "How many vehicles on the road, counting the bus?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "position",
    "street",
    "And is the car at the bottom of the picture or the top?",
    "choose(u(sel(car)), vposition, [top, bottom])",
    lambda p: p.value(p.the("car"), "vposition"),
)
X("street", "Would that white car pass its MOT, do you reckon?")

# --- Tobias, a German tourist
P(
    "text",
    "street",
    "What stands on the bus? I think it is Spanish.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
X("street", "And what does this mean in German? I did not learn Spanish at school.")
P("count", "street", "How many men are standing on the street?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "chain",
    "street",
    "The man most on the right side — which colour has his tie?",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(side_of(p, p.f("man"), "right"), "wearing")), "color"),
)
P(
    "two_clause",
    "street",
    "The car and the man on the right, are they both white?",
    "and_(verify(u(sel(car)), color, white), verify(ord(sel(man), right, 1), color, white))",
    lambda p: yes(
        p.value(p.the("car"), "color") == "white" and p.value(side_of(p, p.f("man"), "right"), "color") == "white"
    ),
)
P("exist", "street", "Is there a cat somewhere on the street?", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))

# --- Priscilla, a Nigerian-born pharmacist in Houston
P(
    "count",
    "street",
    "Good evening. How many people are in this picture altogether, please?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "count",
    "street",
    "How many of them are wearing a tie?",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "negation",
    "street",
    "And how many people are not wearing any tie at all?",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([o for o in people(p) if o not in wearers(p, "tie")]),
)
P(
    "attribute",
    "street",
    "The woman holding the dog o, what colour is she wearing?",
    "q(u(rel(u(sel(dog)), holding, name=woman)), color)",
    lambda p: p.value(only(named(p, p.subjects("holding", p.the("dog")), "woman")), "color"),
)
P(
    "superlative",
    "street",
    "Who is standing furthest to the left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "compare_count",
    "street",
    "Are there more men than women on that street?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)

# --- Hannah, a teenage photography student
P(
    "position",
    "street",
    "is the tree in the top half of the frame or the bottom?",
    "choose(u(sel(tree)), vposition, [top, bottom])",
    lambda p: p.value(p.the("tree"), "vposition"),
)
P(
    "where",
    "street",
    "does the tree sit behind the bus or in front of it? the depth is kinda confusing",
    "choose_rel(u(sel(tree)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("tree"), p.the("bus"), ("front", "behind")),
)
P(
    "list",
    "street",
    "what colours are the ties?",
    "values(sel(tie), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("tie")),
)
P(
    "number",
    "street",
    "how many different colours are the people wearing between them",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
P(
    "superlative",
    "street",
    "who's closest to the right edge, person-wise? what colour are they in",
    "q(ord(sel(person), right, 1), color)",
    lambda p: p.value(side_of(p, people(p), "right"), "color"),
)
P(
    "compare_attr",
    "street",
    "is the dog the same colour as the car",
    "same(u(sel(dog)), u(sel(car)), color)",
    lambda p: yes(p.value(p.the("dog"), "color") == p.value(p.the("car"), "color")),
)
X("street", "what camera was this shot on? looks like a wide lens to me")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Gloria, an Italian-American grandmother in New Jersey
P(
    "count",
    "kitchen",
    "Okay, tell me, how many cups are sitting out on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "text",
    "kitchen",
    "What time's that clock say? I can't see so good without my glasses.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "verify",
    "kitchen",
    "The table, it's wood, right? Looks like real wood to me.",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "compare_attr",
    "kitchen",
    "Is the plate the same color as the cup on the end there, the one furthest right?",
    "same(u(sel(plate)), ord(sel(cup), right, 1), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(side_of(p, p.f("cup"), "right"), "color")),
)
P(
    "exist",
    "kitchen",
    "Is there a spoon? You can't eat nothing without a spoon.",
    "exist(sel(spoon))",
    lambda p: yes(bool(p.f("spoon"))),
)
X("kitchen", "What's she making for lunch, you think? I'm guessing pasta.")

# --- Jamal, a Detroit barista
P(
    "count",
    "kitchen",
    "Yo, how many things total are sitting on that table?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "superlative",
    "kitchen",
    "Which cup's furthest to the right? What color?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "spatial",
    "kitchen",
    "The white cup — that's on the right of the bottle, yeah?",
    "exist(f(rel(u(sel(bottle)), right, name=cup), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("right", p.the("bottle")), "cup"))),
)
P(
    "text",
    "kitchen",
    "What's that bottle say on it?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "chain",
    "kitchen",
    "The cup just left of the plate — what color's that one?",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
X("kitchen", "How much would a bottle like that go for at the corner store?")

# --- Anneke, a South African interior designer
P(
    "attribute",
    "kitchen",
    "What's the fork made of? Thinking about the finishes here.",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "number",
    "kitchen",
    "How many different colours do the cups come in?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "list",
    "kitchen",
    "Which colours are the cups? Just list them for me.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "spatial",
    "kitchen",
    "Is the woman standing to the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "position",
    "kitchen",
    "Is the clock hung at the top of the picture or down at the bottom?",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)
P(
    "compare_attr",
    "kitchen",
    "Is the bottle the same colour as the woman's outfit? Checking the palette.",
    "same(u(sel(bottle)), u(sel(woman)), color)",
    lambda p: yes(p.value(p.the("bottle"), "color") == p.value(p.the("woman"), "color")),
)

# --- Luis, twelve and bored
P("count", "kitchen", "how many plates are there", "count(sel(plate))", lambda p: n(p.f("plate")))
P("exist", "kitchen", "is there pizza", "exist(sel(pizza))", lambda p: yes(bool(p.f("pizza"))))
P(
    "superlative",
    "kitchen",
    "whats the thing furthest left on the table",
    "q(ord(rel(u(sel(table)), on), left, 1), name)",
    lambda p: p.name(side_of(p, on_table(p), "left")),
)
P(
    "superlative",
    "kitchen",
    "which cup is second from the left what colour is it",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "verify",
    "kitchen",
    "is the clock white or what",
    "verify(u(sel(clock)), color, white)",
    lambda p: yes(p.value(p.the("clock"), "color") == "white"),
)
X("kitchen", "when is she gonna eat tho")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Colleen, a Canadian daycare worker
P("count", "park", "How many kiddos are out in the park, eh?", "count(sel(child))", lambda p: n(children(p)))
P(
    "chain",
    "park",
    "The little boy's throwing something — what colour is it?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "spatial",
    "park",
    "Is the little girl standing near the white dog?",
    "vrel(u(f(sel(dog), color=white)), near, name=girl)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("dog", color="white")), "girl"))),
)
P(
    "superlative",
    "park",
    "Who's standing furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "compare_count",
    "park",
    "Are there as many grown-ups as kids, eh?",
    "eq(count(diff(sel(person), sel(child))), count(sel(child)))",
    lambda p: yes(len([o for o in people(p) if o not in children(p)]) == len(children(p))),
)
X("park", "Do you think the boy's mom is one of those ladies?")

# --- Mehmet, a Turkish pensioner in Berlin
P("count", "park", "How many dog are in this park?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "attribute",
    "park",
    "The bench, from which material it is?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "spatial",
    "park",
    "The bicycle, it stands on the right of the bench?",
    "vrel(u(sel(bench)), right, name=bicycle)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bench")), "bicycle"))),
)
P(
    "attribute",
    "park",
    "Which colour has the bicycle?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "chain",
    "park",
    "One woman holds a dog. What colour are her clothes?",
    "q(u(rel(sel(dog), holding)), color)",
    lambda p: p.value(only([o for d in p.f("dog") for o in p.subjects("holding", d)]), "color"),
)
X("park", "In Turkey we have such parks also. This park is in Istanbul or in Berlin?")

# --- Roy, a grumpy Bristol park-bench regular
P("count", "park", "How many trees they got in this park then? Not many.", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "position",
    "park",
    "Which side's the white dog on, left or right?",
    "choose(u(f(sel(dog), color=white)), hposition, [left, right])",
    lambda p: p.value(p.the("dog", color="white"), "hposition"),
)
P(
    "spatial",
    "park",
    "The lad — he's stood to the left of the girl, is he?",
    "vrel(u(sel(girl)), left, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("girl")), "boy"))),
)
P(
    "negation",
    "park",
    "How many folk in the park aren't wearing white?",
    "count(fn(sel(person), color=white))",
    lambda p: n([o for o in people(p) if p.value(o, "color") != "white"]),
)
P(
    "quantifier",
    "park",
    "Every dog's got somebody stood near it, has it?",
    "not_(exist(diff(sel(dog), rel(sel(person), near))))",
    lambda p: yes(all(any(p.has(d, "near", o) for o in people(p)) for d in p.f("dog"))),
)

# --- Isabella, nine
P("count", "park", "how many people are there in the park", "count(sel(person))", lambda p: n(people(p)))
P(
    "attribute",
    "park",
    "what colour is the girls dress",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P(
    "spatial",
    "park",
    "is the black dog near the lady in red",
    "exist(f(rel(u(f(sel(dog), color=black)), near, name=woman), color=red))",
    lambda p: yes(
        any(p.value(o, "color") == "red" for o in named(p, p.subjects("near", p.the("dog", color="black")), "woman"))
    ),
)
P(
    "superlative",
    "park",
    "the dog thats most on the left what colour is it",
    "q(ord(sel(dog), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("dog"), "left"), "color"),
)
P("exist", "park", "is there a swing", "exist(sel(swing))", lambda p: yes(bool(p.f("swing"))))
P(
    "position",
    "park",
    "which tree is behind the lady in red the one on the left or the one on the right",
    "choose(u(rel(u(f(sel(woman), color=red)), behind)), hposition, [left, right])",
    lambda p: p.value(only(p.subjects("behind", p.the("woman", color="red"))), "hposition"),
)
X("park", "whats the white dogs name")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Sunita, a graphic-design intern
P(
    "count",
    "shapes",
    "How many of the shapes in this mockup are blue?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "list",
    "shapes",
    "Which shapes are the blue ones? Can you list them?",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "position",
    "shapes",
    "What's sitting in the top-left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Which one's bigger, the yellow rectangle or the hexagon?",
    "q(u(f(union(f(sel(rectangle), color=yellow), sel(hexagon)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, yellow_rectangle(p), p.the("hexagon")),
)
P(
    "number",
    "shapes",
    "How many colours are in the palette here?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
X("shapes", "Which font would go nicely with this layout?")

# --- Walt, a Minnesota grandpa
P("count", "shapes", "Oh ya, how many circles are in there now?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "And the big circle, what color's that one?",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "superlative",
    "shapes",
    "Which shape's the farthest right in the top row?",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are there more little shapes than big ones, would ya say?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "verify",
    "shapes",
    "That triangle's green, ya?",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
X("shapes", "Who drew this, one of the grandkids?")

# --- Lucia, an Argentine kindergarten teacher
P("count", "shapes", "How many stars there are in the drawing?", "count(sel(star))", lambda p: n(p.f("star")))
P(
    "attribute",
    "shapes",
    "The star, of what colour is?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "The hexagon and the square, they have the same colour?",
    "same(u(sel(hexagon)), u(sel(square)), color)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == p.value(p.the("square"), "color")),
)
P(
    "position",
    "shapes",
    "In the middle of the drawing, which figure is there?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "negation",
    "shapes",
    "How many figures are not blue?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "exist",
    "shapes",
    "There is some purple figure?",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
X("shapes", "For my little ones, can you tell me a song about the shapes?")

# --- Kieran, a Dublin carpenter
P(
    "count",
    "shapes",
    "How many rectangles have you there, counting the square as one?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "compare_size",
    "shapes",
    "Is the yellow rectangle bigger than the square?",
    "larger(u(f(sel(rectangle), color=yellow)), u(sel(square)))",
    lambda p: drawn_larger(p, yellow_rectangle(p), p.the("square")),
)
P(
    "superlative",
    "shapes",
    "Bottom row, which one's furthest to the left? Colour?",
    "q(ord(f(scene(), vposition=bottom), left, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "color"),
)
P(
    "position",
    "shapes",
    "Top right corner, what colour's the shape sittin' there?",
    "q(u(f(scene(), hposition=right, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "color"),
)
P(
    "quantifier",
    "shapes",
    "Are all the big ones up in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)

# --- Beatrix, an occupational therapist running a picture exercise with a patient
P(
    "count",
    "shapes",
    "Let's try an easy one first. How many shapes can we see altogether?",
    "count(scene())",
    lambda p: n(p.objects),
)
P(
    "count",
    "shapes",
    "Good. Now how many of them are red?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "attribute",
    "shapes",
    "Can you find the square? Is it a big one or a small one?",
    "choose(u(sel(square)), size, [large, small])",
    lambda p: p.value(p.the("square"), "size"),
)
P(
    "count",
    "shapes",
    "How many small blue shapes are there?",
    "count(f(scene(), size=small, color=blue))",
    lambda p: n(p.f(size="small", color="blue")),
)
P(
    "same_attr",
    "shapes",
    "Lovely. How many other shapes are the same colour as the star?",
    "count(same_attr(u(sel(star)), color))",
    lambda p: n(drawn_others(p, p.the("star"), "color")),
)
P(
    "two_clause",
    "shapes",
    "Last one for today: is the triangle big and green?",
    "and_(verify(u(sel(triangle)), size, large), verify(u(sel(triangle)), color, green))",
    lambda p: yes(p.value(p.the("triangle"), "size") == "large" and p.value(p.the("triangle"), "color") == "green"),
)

# --- Yusuf, a Somali-born nursing student in Minneapolis
P(
    "count",
    "shapes",
    "How many shapes in the bottom row are blue?",
    "count(f(scene(), vposition=bottom, color=blue))",
    lambda p: n(p.f(vposition="bottom", color="blue")),
)
P(
    "superlative",
    "shapes",
    "From the right, the second shape in the top row — what is it?",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer red shapes than blue ones?",
    "lt(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) < len(p.f(color="blue"))),
)
P(
    "exist",
    "shapes",
    "Is there a big blue shape anywhere?",
    "exist(f(scene(), size=large, color=blue))",
    lambda p: yes(bool(p.f(size="large", color="blue"))),
)
P(
    "list",
    "shapes",
    "What are the colours of the large shapes?",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
X("shapes", "What does the hexagon symbolise in Somali art?")

# --- Trish, a Canberra public servant
P(
    "count",
    "shapes",
    "Noting the drawing, how many hexagons are present?",
    "count(sel(hexagon))",
    lambda p: n(p.f("hexagon")),
)
P(
    "quantifier",
    "shapes",
    "Can you confirm that none of the shapes are orange?",
    "not_(exist(f(scene(), color=orange)))",
    lambda p: yes(not p.f(color="orange")),
)
P(
    "negation",
    "shapes",
    "Excluding the circles, how many shapes are small?",
    "count(fn(f(scene(), size=small), shape=circle))",
    lambda p: n([o for o in p.f(size="small") if p.value(o, "shape") != "circle"]),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles the same size, as per the drawing?",
    "same(sel(circle), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
P(
    "position",
    "shapes",
    "Is the star located in the bottom row or the top row?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
P(
    "quantifier",
    "shapes",
    "For the record, are most of the shapes blue?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)

# --- Arjun, thirteen
P(
    "count",
    "shapes",
    "how many triangles and stars are there together",
    "count(union(sel(triangle), sel(star)))",
    lambda p: n(p.f(("triangle", "star"))),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the hexagon or the big circle",
    "q(u(f(union(sel(hexagon), f(sel(circle), size=large)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("hexagon"), p.the("circle", size="large")),
)
P(
    "superlative",
    "shapes",
    "whats the 3rd shape from the left on the bottom row",
    "q(ord(f(scene(), vposition=bottom), left, 3), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left", 3), "shape"),
)
P(
    "verify",
    "shapes",
    "is the square in the top row",
    "verify(u(sel(square)), vposition, top)",
    lambda p: yes(p.value(p.the("square"), "vposition") == "top"),
)
P(
    "compare_attr",
    "shapes",
    "r the square and the little circle the same size",
    "same(u(sel(square)), u(f(sel(circle), size=small)), size)",
    lambda p: yes(p.value(p.the("square"), "size") == p.value(p.the("circle", size="small"), "size")),
)
X("shapes", "which shape would win in a fight lol")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
