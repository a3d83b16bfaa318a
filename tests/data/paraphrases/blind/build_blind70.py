# ruff: noqa: E501
"""Blind paraphrase set 70: "saying which one you mean", a sixteenth fresh crowd. About forty ordinary people, each
imagined once and kept in character for five to seven questions about one picture, who have to pick things out in
words because the person they talk to cannot point: over the phone or the radio, to someone half-looking, to a class
being quizzed, to someone whose eyes are failing. They name things by chains of description, by place in rows,
columns, corners and orders, and by what they are not, and they restate elliptically, but every question can be
answered from its own text.

The cast. On the CLEVR pictures: Kwame, an Accra IT helpdesk worker talking a caller through her screen ("I've got a
lady on the line", "That's the bit she's stuck on"); Ingrid, a Swedish grandmother on a video call to a grandson who
is half looking ("which colour has it?"); Paddy, a Dublin removal man on the phone to his mate ("big yokes", "so",
"everything bar the brown cube"); Mrs Okafor, a Year 4 teacher ("Hands up", "Kemi says ... Is Kemi right?", "thumbs up
or down"); Teodora, a Bulgarian escape-room host reading clues over the intercom ("Clue one.", "count from the
right-hand side. The third object along"); Rajesh, a radio cricket commentator ("for our listeners at home", "right up
the front, nearest to us in the commentary box"); Bill, a Montana rancher on the CB ("Breaker, breaker", "Over.",
"Come back.", "what's she made of?"); Noor, a pharmacist in Amman on the phone to a customer who cannot see well ("round
ones — spheres, I mean"); Gus, an Australian shearer talking his boss through a photo ("all up", "grey boxes");
Amara, a stroke-ward nurse checking answers before she quizzes her patient ("which side do I point him to?"); Mateo,
eleven, playing I-spy over a walkie-talkie, in lowercase ("r", no question marks); Pierre, a Lyon antiques dealer
describing a lot to a buyer ("pieces", "it is metal?"); Jin-ho, a Korean esports caster on an audio-only stream
("units", "on the map", "pushed all the way out front"); Oksana, a Ukrainian kindergarten teacher ("say its colour,
nice and loud", "count them on your fingers"); Hamish, a Highland gamekeeper on the phone ("tae", "wee", "different
ones like"); Maggie, a Belfast hairdresser with the phone under her chin ("pet", "the wee purple ball down the
back"); Björn, a Norwegian breakfast-radio host ("Good morning, listeners!", "Tell me by the colour"); Sunita, a
Nairobi seamstress reading out to her mother; and Kai, a Hawaiian lifeguard on the radio to the tower ("brah", "way
out at the back?"). On the photo-like graphs: Beth, a Canadian 911 dispatcher working from a caller's photo; Abdul,
a bus driver ("mate", "the fella in black"); Marisol, a Mexico City tour guide talking into her headset; Dolores,
eighty-eight, with a magnifying glass ("dear"); Eleanor, seventy-nine, with macular degeneration, asking her carer
("You'll have to be my eyes"); Grandad Tom teaching his grandson colours ("Now then, Alfie"); Ayesha, on a video call
to her mother-in-law ("Ammi's camera"); Priscilla, a hotel housekeeper reporting by phone ("Ma'am", "silver colour,
yes?"); Jo, a mum looking for her daughter in a friend's photo; Heidi, an Austrian ski instructor ("Servus!"); Kirsten,
a Dutch physiotherapist describing for a patient with a cataract ("Which colour has the bicycle?"); and Tariq, a taxi
driver at the park gates on the phone to his fare. On the drawing: Fiona, an optometrist reading it like an eye chart
("Bottom row, second from the left"); Zanele, a Durban Grade 2 teacher; Father Declan at the parish quiz ("Question
three, folks", "True or false:"); Lars, a Danish toy designer ("elements", "right-hand column"); Chen Wei, an exchange
student ("it has same colour with the square?", "what colour it has?"); Gwen, a Welsh teaching assistant with a
partially sighted pupil ("cariad"); Dev, a Mumbai game-show host ("For fifty points, sir", "Lock kiya jaye?"); and
Walter, a retired draughtsman with failing eyes.

Sentence shapes: chains told step by step ("Behind the red cube there is a sphere. To the left of that sphere stands a
cylinder.", "Ye see the cyan ball? There's a cube tae the right o' it.") and folded into relative clauses ("the ball
sitting in front of the cube that's to the left of the cyan cylinder", "the cube behind the sphere that sits to the
right of the little yellow cube"); picking out by what a thing is not ("The other cylinder, not the gray one", "The
green sphere that is not metal", "There are two small cubes. The one that is not yellow", "The circle that isn't
blue", "besides the little circle", "everything bar the brown cube"); places and orders ("Bottom row, second from the
left", "The middle column, top to bottom", "the top left corner", "in the dead centre", "Second cube from the left",
"Counting from the front, the second object", "right up the front", "the one closer to you, out the front"); elliptical
restatements that still name their object ("The cup on the far right? What colour's that one?", "And the rightmost
unit? Is that one a sphere?", "The thing way out at the back? Is that one blue?"); a subset then a pick ("Of the two
gray cylinders, the one more to the left", "Out of the things on the left of the red ball which one is furthest
back"); and tags and frames ("is it?", "yes?", "correct?", "Over.", "True or false:", "yes or no").

The questions cover counts (with conditions, negation, "together", "all up", "leaving out"), existence, an attribute
of one thing, yes/no checks, two checks at once, comparisons of counts ("more", "fewer", "just as many",
"outnumbered") and of attributes, quantifiers ("both", "all four", "every", "any", "most"), exceptions, relations
(left, right, in front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing,
throwing, behind, left, right, in front), one- and two-hop chains, superlatives and ordinals (also within a subset or
a related set), other things sharing a value, which of two things is the bigger (told by shape or by colour), lists of
values, the number of different colours, sides of a CLEVR picture, sides, rows, columns and corners of the photos
and the drawing, and the text on the photos' bus, sign, road, bottle and clock. About half ask about the CLEVR val
scenes 49, 52, 55, 59, 54, 38, 57, 32, 48, 56, 50, 35, 36 and 15 (one or two people to a scene), about 30% about the
photo-like graphs (street, kitchen, park) and 20% about the drawing of flat shapes; about one in ten must be refused,
each in the same voice as the person's other questions (prices, opinions, what happens next, names and makers, the
world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of
an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations
and attributes leave open (a "just to the right of the plate" names the one cup the graph states there, and "on the
left of the bus" is asked only of the car and the man the graph states there). A which-side question is answered with
the side; a "which is bigger" is asked only where the size classes differ, and answered with the word that tells the
bigger one from the other. Answers are the graph's words (gray, not grey; sphere, not ball; lists most frequent first,
ties alphabetical); yes/no answers are "yes" or "no" whatever the tag ("True or false:", "Over."). Every gold program
and answer comes from the scene by plain Python, with the helpers of blind_gold and blind_helpers.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format and conventions), blind_gold.py and blind_helpers.py (the helpers imported here), the
first 5 lines of blind66.jsonl (for the line format), and the scenes themselves (photo_scenes.json and the CLEVR val
scenes.json, inspected with small Python snippets). No question was run through nsvr's parser, planner or
``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind70.py`` to write ``../blind70.jsonl``; ``--check`` also runs every gold program with nsvr.
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
    picture_side,
    rectangles,
    related,
    side_of,
    worn_by,
)

OUT = Path(__file__).resolve().parents[1] / "blind70.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 49: small red rubber sph (left), small purple metal sph, small cyan metal sph, small yellow rubber sph (far right), small green metal cube, large purple metal sph (far left), small green rubber cyl, small yellow rubber sph (front), small gray rubber cyl (back)

# --- Kwame, an IT helpdesk worker in Accra, talking a caller through her screen over the phone
C(
    "count",
    49,
    "Okay, bear with me — I've got a lady on the line who can't make out her screen, so I'm describing it for her. How many balls are showing in the picture altogether?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "superlative",
    49,
    "She says there's a ball right at the front, the one nearest to her. What colour is that ball?",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "chain",
    49,
    "Next bit. There's a little cube sitting behind the green cylinder. Whatever is to the right of that cube — what colour is it?",
    "q(u(rel(u(f(rel(u(f(sel(cylinder), color=green)), behind), shape=cube)), right)), color)",
    lambda s: s.a(
        only(related(s, "right", hop(s, s.the(shape="cylinder", color="green"), "behind", shape="cube"))), "color"
    ),
)
C(
    "position",
    49,
    "The big purple ball — I need to tell her where to look. Is it over on the left of the picture or the right?",
    "choose(u(f(sel(sphere), size=large, color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="purple")),
)
C(
    "compare_attr",
    49,
    "Then there's the other cylinder, not the gray one. Is it the same colour as the cube?",
    "same(u(fn(sel(cylinder), color=gray)), u(sel(cube)), color)",
    lambda s: yes(
        s.a(only(lacking(s, s.f(shape="cylinder"), color="gray")), "color") == s.a(s.the(shape="cube"), "color")
    ),
)
C(
    "spatial",
    49,
    "How many of the balls are on the left-hand side of the green cube? That's the bit she's stuck on.",
    "count(f(rel(u(f(sel(cube), color=green)), left), shape=sphere))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cube", color="green")), shape="sphere")),
)
X(49, "She's asking which software made this picture and whether she has to pay for it. Can you tell her?")

# --- Ingrid, a Swedish grandmother on a video call with her grandson, who is only half looking at the tablet
C(
    "count",
    49,
    "Olle is only half looking at his tablet, so I must say everything in words. How many cylinders are there?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "superlative",
    49,
    "The little ball that is furthest to the left — not the big purple one, a small one — which colour has it?",
    "q(ord(f(sel(sphere), size=small), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere", size="small"), "left"), "color"),
)
C(
    "quantifier",
    49,
    "The two yellow balls, are both of them made of rubber?",
    "not_(exist(fn(f(sel(sphere), color=yellow), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere", color="yellow"), material="rubber"),
)
C(
    "spatial",
    49,
    "Is the cyan ball to the left of the small purple ball? I told Olle it was.",
    "exist(f(rel(u(f(sel(sphere), size=small, color=purple)), left), color=cyan, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "cyan"}, "left", {"shape": "sphere", "size": "small", "color": "purple"}
    ),
)
C(
    "same_attr",
    49,
    "There is only one cube, a green one. How many other things are made of the same stuff as that cube?",
    "count(same_attr(u(sel(cube)), material))",
    lambda s: n(others(s, s.the(shape="cube"), "material")),
)
C(
    "compare_count",
    49,
    "Are there more rubber things than metal things, or the other way?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)

# scene 52: large blue metal cube (right), large brown rubber cube, small gray metal cyl (back), large purple metal cube (front, left)

# --- Paddy, a Dublin removal man on the phone to his mate Dessie, who can't see the photo
C(
    "count",
    52,
    "Howya. I've Dessie on the phone and he can't see a thing. How many big yokes are in it?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "attribute",
    52,
    "The small one down the back, the cylinder — what colour would you call it?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "verify",
    52,
    "The cube furthest forward, nearest yourself — is that the purple one?",
    "verify(ord(sel(cube), front, 1), color, purple)",
    lambda s: yes(s.a(nth(s, s.f(shape="cube"), "front"), "color") == "purple"),
)
C(
    "compare_size",
    52,
    "Which is the bigger of the two, the blue cube or the cylinder?",
    "q(u(f(union(f(sel(cube), color=blue), sel(cylinder)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="blue"), s.the(shape="cylinder")),
)
C(
    "attribute",
    52,
    "The brown cube, so. Is that one rubber or metal?",
    "choose(u(f(sel(cube), color=brown)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cube", color="brown"), "material"),
)
C(
    "quantifier",
    52,
    "And everything bar the brown cube is metal, is it?",
    "not_(exist(fn(diff(scene(), f(sel(cube), color=brown)), material=metal)))",
    lambda s: every(s, [i for i in s.all() if i != s.the(shape="cube", color="brown")], material="metal"),
)
C(
    "superlative",
    52,
    "What's the thing out on the far right? The colour'll do him.",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
X(52, "What would it cost to shift the lot of them down to Cork on a Saturday?")

# scene 55: large green metal cube, small purple rubber cube (far right), large purple rubber sph (back), small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph (far left), small yellow metal cube (front), large red rubber cube

# --- Mrs Okafor, a Year 4 teacher quizzing her class from the whiteboard
C(
    "count",
    55,
    "Eyes on the whiteboard, Year 4. Hands up: who can tell me how many cubes there are?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "superlative",
    55,
    "Good. Now, the sphere that's furthest back — is it metal or rubber? Think carefully before you answer.",
    "choose(ord(sel(sphere), behind, 1), material, [metal, rubber])",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "material"),
)
C(
    "compare_attr",
    55,
    "Kemi says the purple spheres are all the same size. Is Kemi right?",
    "same(f(sel(sphere), color=purple), size)",
    lambda s: alike(s, s.f(shape="sphere", color="purple"), "size"),
)
C(
    "superlative",
    55,
    "Second cube from the left — what colour? Hands down, Jayden, let someone else have a go.",
    "q(ord(sel(cube), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left", 2), "color"),
)
C(
    "spatial",
    55,
    "How many cylinders can you find to the right of the green cube?",
    "count(f(rel(u(f(sel(cube), color=green)), right), shape=cylinder))",
    lambda s: n(among(s, related(s, "right", s.the(shape="cube", color="green")), shape="cylinder")),
)
C(
    "compare_count",
    55,
    "Are there fewer cylinders than spheres? Put your thumbs up or down.",
    "lt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="sphere"))),
)

# --- Teodora, a Bulgarian escape-room host reading clues to a team over the intercom
C(
    "chain",
    55,
    "Clue one. Behind the red cube there is a sphere. To the left of that sphere stands a cylinder. What colour is the cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=red)), behind), shape=sphere)), left), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="red"), "behind", shape="sphere"), "left", shape="cylinder"), "color"
    ),
)
C(
    "chain",
    55,
    "Clue two. What is the cylinder made of — the one on the left of the cube that sits in front of the gray cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=gray)), front), shape=cube)), left), shape=cylinder)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="gray"), "front", shape="cube"), "left", shape="cylinder"),
        "material",
    ),
)
C(
    "superlative",
    55,
    "Clue three: count from the right-hand side. The third object along — what shape is it?",
    "q(ord(scene(), right, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "right", 3), "shape"),
)
C(
    "position",
    55,
    "There are two small cubes. The one that is not yellow — is it on the left side of the picture or the right?",
    "choose(u(fn(f(sel(cube), size=small), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, only(lacking(s, s.f(shape="cube", size="small"), color="yellow"))),
)
C(
    "count",
    55,
    "Yellow things and gray things together, how many? That number opens the drawer.",
    "count(union(f(scene(), color=yellow), f(scene(), color=gray)))",
    lambda s: n(s.f(color=("yellow", "gray"))),
)
X(55, "The team is stuck. What is the code for the padlock on the real door?")

# scene 59: small purple rubber cyl (front), large cyan rubber cyl (far right), large brown rubber sph (far left), large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph (back)

# --- Rajesh, a radio cricket commentator describing the picture for listeners
C(
    "count",
    59,
    "And for our listeners at home who cannot see the picture: how many cylinders are out there on the field?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "superlative",
    59,
    "The one right up the front, nearest to us in the commentary box — what shape is that?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "quantifier",
    59,
    "The two brown spheres, one at the far left and one way down at the back — are both of them large?",
    "not_(exist(fn(f(sel(sphere), color=brown), size=large)))",
    lambda s: every(s, s.f(shape="sphere", color="brown"), size="large"),
)
C(
    "spatial",
    59,
    "Is the little cube standing to the right of the cyan cylinder, would you say?",
    "exist(f(rel(u(f(sel(cylinder), color=cyan)), right), shape=cube))",
    lambda s: is_rel(s, {"shape": "cube"}, "right", {"shape": "cylinder", "color": "cyan"}),
)
C(
    "chain",
    59,
    "Now the ball sitting in front of the cube that's to the left of the cyan cylinder — what colour is that one?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=cyan)), left), shape=cube)), front), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="cyan"), "left", shape="cube"), "front", shape="sphere"), "color"
    ),
)
C(
    "compare_size",
    59,
    "Which is the bigger fellow, the small purple cylinder or the purple sphere?",
    "q(u(f(union(f(sel(cylinder), size=small, color=purple), f(sel(sphere), color=purple)), size=large)), shape)",
    lambda s: bigger_of(
        s, s.the(shape="cylinder", size="small", color="purple"), s.the(shape="sphere", color="purple")
    ),
)
X(59, "If these were batsmen, which one would you back to score a century today?")

# scene 54: large green rubber cube (front), large brown metal cyl (back), large gray rubber cube (far right), large gray rubber cube (far left)

# --- Bill, a Montana rancher on the CB radio
C(
    "count",
    54,
    "Breaker, breaker, this is Bill. How many boxes you got in that picture? Over.",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "superlative",
    54,
    "Of them gray boxes, the one furthest over on the right — what's she made of? Come back.",
    "q(ord(f(sel(cube), color=gray), right, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cube", color="gray"), "right"), "material"),
)
C(
    "spatial",
    54,
    "Anything sittin' behind the green box? Give me a number. Over.",
    "count(rel(u(f(sel(cube), color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="green"))),
)
C(
    "quantifier",
    54,
    "Everything out there apart from the cylinder — all rubber? Over.",
    "not_(exist(fn(fn(scene(), shape=cylinder), material=rubber)))",
    lambda s: every(s, lacking(s, s.all(), shape="cylinder"), material="rubber"),
)
C(
    "quantifier",
    54,
    "All four of 'em big, or is there a little one hidin' somewhere? Over.",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "spatial",
    54,
    "Say, that cylinder — is it to the right of the green box? Over.",
    "exist(f(rel(u(f(sel(cube), color=green)), right), shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder"}, "right", {"shape": "cube", "color": "green"}),
)
X(54, "What'd a load like that weigh on the back of my truck, you reckon? Over.")

# scene 38: small green rubber sph (front), large gray rubber cyl (back), small red metal sph, small green metal sph (far right), large gray metal cyl (far left)

# --- Noor, a pharmacist in Amman, on the phone to an old customer who cannot see well
C(
    "count",
    38,
    "I am on the phone with Mr Haddad, his eyes are not good. How many round ones are there — spheres, I mean?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "verify",
    38,
    "Of the two gray cylinders, the one more to the left — is it the metal one?",
    "verify(ord(sel(cylinder), left, 1), material, metal)",
    lambda s: yes(s.a(nth(s, s.f(shape="cylinder"), "left"), "material") == "metal"),
)
C(
    "spatial",
    38,
    "The green sphere that is not metal — does it sit in front of the red sphere?",
    "exist(fn(f(rel(u(f(sel(sphere), color=red)), front), color=green, shape=sphere), material=metal))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "green", "material": "rubber"}, "front", {"shape": "sphere", "color": "red"}
    ),
)
C(
    "count",
    38,
    "How many things are small and also made of metal?",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "compare_size",
    38,
    "The rubber cylinder — is it bigger than the red sphere?",
    "larger(u(f(sel(cylinder), material=rubber)), u(f(sel(sphere), color=red)))",
    lambda s: larger(s, s.the(shape="cylinder", material="rubber"), s.the(shape="sphere", color="red")),
)
C(
    "list",
    38,
    "Which colours are there among the spheres? Tell me every one, please.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
X(38, "Mr Haddad asks: can he take the red ones with his blood pressure tablets?")

# scene 57: small brown metal cyl, large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (right), small yellow rubber sph (far left)

# --- Gus, an Australian shearer on the phone to his boss, who hasn't got the photo
C(
    "count",
    57,
    "G'day boss, can't send you the pic out here so I'll talk you through it. How many things in it all up?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "superlative",
    57,
    "Two grey boxes. The one closer to you, out the front — what's it made of?",
    "q(ord(f(sel(cube), color=gray), front, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cube", color="gray"), "front"), "material"),
)
C(
    "spatial",
    57,
    "How many things are sitting to the left of the little brown cylinder?",
    "count(rel(u(f(sel(cylinder), size=small, color=brown)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", size="small", color="brown"))),
)
C(
    "compare_size",
    57,
    "The blue ball right at the back — is it bigger than the yellow ball?",
    "larger(u(f(sel(sphere), color=blue)), u(f(sel(sphere), color=yellow)))",
    lambda s: larger(s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="yellow")),
)
C(
    "exist",
    57,
    "Anything green out there at all?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "negation",
    57,
    "Leaving out the brown cylinder, how many metal things are left?",
    "count(fn(f(scene(), material=metal), shape=cylinder))",
    lambda s: n(lacking(s, s.f(material="metal"), shape="cylinder")),
)

# scene 32: small gray rubber cube (far left), large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (far right)

# --- Amara, a nurse on a stroke ward, checking the answers before she quizzes her patient
C(
    "count",
    32,
    "I'm going to ask Mr Briggs this, so I need to know myself first: how many red things are in the picture?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "superlative",
    32,
    "The cube closest to the front — what colour is it?",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "color"),
)
C(
    "compare_attr",
    32,
    "Is the cube furthest back the same colour as the cube furthest forward?",
    "same(ord(sel(cube), behind, 1), ord(sel(cube), front, 1), color)",
    lambda s: yes(
        s.a(nth(s, s.f(shape="cube"), "behind"), "color") == s.a(nth(s, s.f(shape="cube"), "front"), "color")
    ),
)
C(
    "verify",
    32,
    "The big shiny ball at the back — is it yellow?",
    "verify(u(f(sel(sphere), size=large)), color, yellow)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "yellow"),
)
C(
    "position",
    32,
    "The gray cylinder — which side of the picture do I point him to?",
    "choose(u(f(sel(cylinder), color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="gray")),
)
C(
    "negation",
    32,
    "How many things are there that aren't gray?",
    "count(fn(scene(), color=gray))",
    lambda s: n(lacking(s, s.all(), color="gray")),
)

# --- Mateo, eleven, playing I-spy with his little sister over a walkie-talkie
C(
    "count",
    32,
    "i spy something red and round. how many red balls are there",
    "count(f(sel(sphere), color=red))",
    lambda s: n(s.f(shape="sphere", color="red")),
)
C(
    "chain",
    32,
    "out of the things on the left of the red ball which one is furthest back. what shape is it",
    "q(ord(rel(u(f(sel(sphere), color=red)), left), behind, 1), shape)",
    lambda s: s.a(nth(s, related(s, "left", s.the(shape="sphere", color="red")), "behind"), "shape"),
)
C("exist", 32, "is there anything green", "exist(f(scene(), color=green))", lambda s: yes(bool(s.f(color="green"))))
C(
    "compare_size",
    32,
    "is the yellow ball bigger than the red ball",
    "larger(u(f(sel(sphere), color=yellow)), u(f(sel(sphere), color=red)))",
    lambda s: larger(s, s.the(shape="sphere", color="yellow"), s.the(shape="sphere", color="red")),
)
C("count", 32, "how many things r metal", "count(f(scene(), material=metal))", lambda s: n(s.f(material="metal")))
X(32, "what did my sister spy, can u guess")

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph (far left), large gray metal sph (right), large green metal sph (back left), small yellow metal cube (front), small blue metal cyl (back)

# --- Pierre, a Lyon antiques dealer on the phone to a buyer who cannot open the photo
C(
    "count",
    48,
    "Allô — my buyer cannot open the photo, so I describe it piece by piece. How many spheres are in the lot?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "position",
    48,
    "Of the two green spheres, the one further forward — on which side of the picture does it sit?",
    "choose(ord(f(sel(sphere), color=green), front, 1), hposition, [left, right])",
    lambda s: picture_side(s, nth(s, s.f(shape="sphere", color="green"), "front")),
)
C(
    "chain",
    48,
    "Now, the cube behind the sphere that sits to the right of the little yellow cube — what colour is that cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=yellow)), right), shape=sphere)), behind), shape=cube)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="small", color="yellow"), "right", shape="sphere"),
            "behind",
            shape="cube",
        ),
        "color",
    ),
)
C(
    "compare_attr",
    48,
    "There are two yellow pieces, a sphere and a cube. Are they of the same size?",
    "same(f(scene(), color=yellow), size)",
    lambda s: alike(s, s.f(color="yellow"), "size"),
)
C(
    "spatial",
    48,
    "How many pieces stand in front of the red cube?",
    "count(rel(u(f(sel(cube), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="red"))),
)
C(
    "quantifier",
    48,
    "Except for the yellow sphere, is every piece metal?",
    "not_(exist(fn(diff(scene(), f(sel(sphere), color=yellow)), material=metal)))",
    lambda s: every(s, [i for i in s.all() if i != s.the(shape="sphere", color="yellow")], material="metal"),
)
X(48, "And the provenance — which workshop made these, and in what year?")

# scene 56: small blue rubber cube (back), small yellow rubber sph (far right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube, large green metal cyl

# --- Jin-ho, a Korean esports caster talking to the listeners on the audio-only stream
C(
    "count",
    56,
    "Okay chat, for everyone on the audio-only stream — how many cubes are on the map right now?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "superlative",
    56,
    "The unit pushed all the way out front, closest to the camera — what shape is it?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "verify",
    56,
    "And the rightmost unit? Is that one a sphere?",
    "verify(ord(scene(), right, 1), shape, sphere)",
    lambda s: yes(s.a(nth(s, s.all(), "right"), "shape") == "sphere"),
)
C(
    "spatial",
    56,
    "The green cylinder holding the middle: how many units are on its right?",
    "count(rel(u(f(sel(cylinder), color=green)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="green"))),
)
C(
    "chain",
    56,
    "Watch the sphere to the right of the cube that's sitting behind the big cyan cube — what colour is it?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=large, color=cyan)), behind), shape=cube)), right), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s, hop(s, s.the(shape="cube", size="large", color="cyan"), "behind", shape="cube"), "right", shape="sphere"
        ),
        "color",
    ),
)
C(
    "compare_count",
    56,
    "Are the metal units outnumbered by the rubber ones?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)

# scene 50 (all rubber): large purple sph (front), large red cyl, small yellow cube, small cyan sph, small blue cube, large green cube (far left), large green sph (back), small green cyl

# --- Oksana, a Ukrainian kindergarten teacher quizzing the children
C(
    "count",
    50,
    "Children, look very carefully. How many green things can we find?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "attribute",
    50,
    "There are two cylinders. The other cylinder, not the red one — is it big or small?",
    "choose(u(fn(sel(cylinder), color=red)), size, [large, small])",
    lambda s: s.a(only(lacking(s, s.f(shape="cylinder"), color="red")), "size"),
)
C(
    "superlative",
    50,
    "Which ball is furthest back? Say its colour, nice and loud.",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "spatial",
    50,
    "Is the little yellow cube on the right of the cyan ball?",
    "exist(f(rel(u(f(sel(sphere), color=cyan)), right), color=yellow, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "right", {"shape": "sphere", "color": "cyan"}),
)
C(
    "count",
    50,
    "How many small cubes? Count them on your fingers.",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C(
    "compare_count",
    50,
    "Do we have just as many balls as cubes?",
    "eq(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cube"))),
)

# --- Hamish, a Highland gamekeeper on the phone to his nephew
C(
    "count",
    50,
    "I'm on the phone tae my nephew and he's no got the picture. How many big ones are there?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "verify",
    50,
    "The cube at the far left — is it a green one?",
    "verify(ord(sel(cube), left, 1), color, green)",
    lambda s: yes(s.a(nth(s, s.f(shape="cube"), "left"), "color") == "green"),
)
C(
    "chain",
    50,
    "Ye see the cyan ball? There's a cube tae the right o' it. Behind that cube there's a ball. What colour's that ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=cyan)), right), shape=cube)), behind), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="cyan"), "right", shape="cube"), "behind", shape="sphere"), "color"
    ),
)
C(
    "exist",
    50,
    "Is there a single metal thing in the whole lot?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "number",
    50,
    "How many colours are there, different ones like?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
X(50, "The boy wants tae ken where he could buy a set o' these for his wee lass. Any idea?")

# scene 35: small purple metal sph (back), large green metal cube (far left), large green rubber cube (right), large red metal sph (front), large gray metal cube

# --- Maggie, a Belfast hairdresser with the phone wedged under her chin, talking to her sister
C(
    "count",
    35,
    "I've the phone wedged under my chin, so bear with me, pet. How many of them are big?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "spatial",
    35,
    "The green cube that isn't shiny — is it off to the right of the shiny green cube?",
    "exist(fn(f(rel(u(f(sel(cube), color=green, material=metal)), right), color=green, shape=cube), material=metal))",
    lambda s: is_rel(
        s,
        {"shape": "cube", "color": "green", "material": "rubber"},
        "right",
        {"shape": "cube", "color": "green", "material": "metal"},
    ),
)
C(
    "attribute",
    35,
    "The wee purple ball down the back — what's it made of?",
    "q(u(f(sel(sphere), color=purple)), material)",
    lambda s: s.a(s.the(shape="sphere", color="purple"), "material"),
)
C(
    "superlative",
    35,
    "What's right at the front, nearest to me? Just the colour, love.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    35,
    "How many things are behind the gray cube?",
    "count(rel(u(f(sel(cube), color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="gray"))),
)
C(
    "compare_attr",
    35,
    "Is the red ball the same size as the gray cube, would you say?",
    "same(u(f(sel(sphere), color=red)), u(f(sel(cube), color=gray)), size)",
    lambda s: yes(s.a(s.the(shape="sphere", color="red"), "size") == s.a(s.the(shape="cube", color="gray"), "size")),
)
X(35, "Our Sinead says the gray one would suit her new kitchen. Would it, do you think?")

# scene 36: large purple metal sph (far right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph (left), large brown rubber cyl

# --- Björn, a Norwegian breakfast-radio host describing a picture for his listeners
C(
    "count",
    36,
    "Good morning, listeners! Today I describe a picture on the radio. How many of the objects in it are large?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "superlative",
    36,
    "The sphere furthest to the right — which colour does it have?",
    "q(ord(sel(sphere), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "color"),
)
C(
    "spatial",
    36,
    "The brown cylinder — is it standing in front of the cyan sphere?",
    "exist(f(rel(u(f(sel(sphere), color=cyan)), front), color=brown, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "brown"}, "front", {"shape": "sphere", "color": "cyan"}),
)
C(
    "exist",
    36,
    "Among the spheres, is any one made of rubber?",
    "exist(f(sel(sphere), material=rubber))",
    lambda s: yes(bool(s.f(shape="sphere", material="rubber"))),
)
C(
    "compare_size",
    36,
    "Which is bigger — the gray sphere or the cyan sphere? Tell me by the colour.",
    "q(u(f(union(f(sel(sphere), color=gray), f(sel(sphere), color=cyan)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="gray"), s.the(shape="sphere", color="cyan"), "color"),
)
C(
    "superlative",
    36,
    "Counting from the front, the second object — what shape has it got?",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
X(36, "What song should I play after this picture, do you think?")

# scene 15: large green rubber cyl (far left), large brown metal cyl, small purple metal cyl (right), large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (far right)

# --- Sunita, a Nairobi seamstress reading the picture out to her mother, whose eyes are going
C(
    "count",
    15,
    "My mother's eyes are going, so I read everything out to her. How many cylinders are there?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "position",
    15,
    "The green cylinder — is it at the left side of the picture or the right side?",
    "choose(u(f(sel(cylinder), color=green)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="green")),
)
C(
    "compare_attr",
    15,
    "The two green things, are they the same shape?",
    "same(f(scene(), color=green), shape)",
    lambda s: alike(s, s.f(color="green"), "shape"),
)
C(
    "superlative",
    15,
    "Among the cylinders, the second one from the left — what colour is it?",
    "q(ord(sel(cylinder), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "left", 2), "color"),
)
C(
    "negation",
    15,
    "How many things are neither metal nor red?",
    "count(fn(fn(scene(), material=metal), color=red))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal" and s.a(i, "color") != "red"]),
)
C(
    "list",
    15,
    "The small things — which colours are they? Tell me all of them.",
    "values(f(scene(), size=small), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(size="small")),
)

# --- Kai, a Hawaiian lifeguard on the radio to his partner up in the tower
C(
    "count",
    15,
    "Tower, Kai here. How many small ones out there, brah?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "verify",
    15,
    "The thing way out at the back? Is that one blue?",
    "verify(ord(scene(), behind, 1), color, blue)",
    lambda s: yes(s.a(nth(s, s.all(), "behind"), "color") == "blue"),
)
C(
    "superlative",
    15,
    "Second from the right — what's that one made of?",
    "q(ord(scene(), right, 2), material)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "material"),
)
C(
    "spatial",
    15,
    "Is the yellow ball to the left of the brown cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), left), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "left", {"shape": "cylinder", "color": "brown"}),
)
C(
    "spatial",
    15,
    "How many cylinders are behind the red ball?",
    "count(f(rel(u(f(sel(sphere), color=red)), behind), shape=cylinder))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="sphere", color="red")), shape="cylinder")),
)
C(
    "compare_count",
    15,
    "More metal ones than rubber ones out there?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
X(15, "Swell gonna be any good tomorrow morning, brah?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Beth, a Canadian 911 dispatcher working from a photo a caller has sent in
P(
    "count",
    "street",
    "Dispatch here, I'm working off a photo a caller just sent in. How many people are on the street?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "chain",
    "street",
    "The man on the far right — what colour is the tie he's got on?",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "right")), "color"),
)
P(
    "chain",
    "street",
    "The woman in green, is she holding something? What is it?",
    "q(u(rel(u(f(sel(woman), color=green)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman", color="green"), "holding"))),
)
P(
    "text",
    "street",
    "Up top on the right there's a sign. What does it say?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "attribute",
    "street",
    "The car, bottom left — white or black?",
    "choose(u(sel(car)), color, [white, black])",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "spatial",
    "street",
    "Is the man in white standing to the right of the bus?",
    "exist(f(rel(u(sel(bus)), right, name=man), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("right", p.the("bus")), "man"))),
)
X("street", "Can you get me the caller's street address from this picture?")

# --- Abdul, a Somali-British bus driver
P(
    "text",
    "street",
    "What's written along the side of the bus, mate? The actual words.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "text",
    "street",
    "And the writing painted on the road itself — what's that say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "two_clause",
    "street",
    "The car and the fella in black — are they both on the left of the bus?",
    "and_(vrel(u(sel(bus)), left, name=car), exist(f(rel(u(sel(bus)), left, name=man), color=black)))",
    lambda p: yes(
        bool(named(p, p.subjects("left", p.the("bus")), "car"))
        and any(p.value(o, "color") == "black" for o in named(p, p.subjects("left", p.the("bus")), "man"))
    ),
)
P(
    "spatial",
    "street",
    "Who's that standing in front of the bus — a man or a woman?",
    "q(u(rel(u(sel(bus)), front)), name)",
    lambda p: p.name(only(p.subjects("front", p.the("bus")))),
)
P(
    "spatial",
    "street",
    "There's a tree — is it behind the bus?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "chain",
    "street",
    "The tie on the fella furthest left — red, is it?",
    "verify(u(rel(ord(sel(man), left, 1), wearing, role=object)), color, red)",
    lambda p: yes(p.value(worn_by(p, side_of(p, p.f("man"), "left")), "color") == "red"),
)

# --- Marisol, a tour guide in Mexico City describing the street into her headset for a group at the back
P(
    "count",
    "street",
    "For the group at the back who can't see: the men and the women together, how many?",
    "count(union(sel(man), sel(woman)))",
    lambda p: n(p.f(("man", "woman"))),
)
P(
    "position",
    "street",
    "The woman in green — is she on the left, in the middle or on the right?",
    "choose(u(f(sel(woman), color=green)), hposition, [left, middle, right])",
    lambda p: p.value(p.the("woman", color="green"), "hposition"),
)
P(
    "attribute",
    "street",
    "The little dog, is it big or small?",
    "choose(u(sel(dog)), size, [large, small])",
    lambda p: p.value(p.the("dog"), "size"),
)
P(
    "spatial",
    "street",
    "Who is near the dog? A man, a woman?",
    "q(u(rel(u(sel(dog)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog")))),
)
P(
    "position",
    "street",
    "Of the two men, the one dressed in white — is he the one on the left or the one on the right?",
    "choose(u(f(sel(man), color=white)), hposition, [left, right])",
    lambda p: p.value(p.the("man", color="white"), "hposition"),
)
X("street", "The writing on the bus — which language is it, and which city are we in?")

# --- Dolores, eighty-eight, going through her grandson's holiday photos with a magnifying glass
P(
    "attribute",
    "street",
    "Is that a sign at the top on the right, dear? What colour is it?",
    "q(u(sel(sign)), color)",
    lambda p: p.value(p.the("sign"), "color"),
)
P("exist", "street", "Is there a cat anywhere in this one?", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "spatial",
    "street",
    "The man in black — is he standing to the left of the woman?",
    "exist(f(rel(u(sel(woman)), left, name=man), color=black))",
    lambda p: yes(any(p.value(o, "color") == "black" for o in named(p, p.subjects("left", p.the("woman")), "man"))),
)
P(
    "count",
    "street",
    "How many of the people are dressed in white?",
    "count(f(sel(person), color=white))",
    lambda p: n([o for o in people(p) if p.value(o, "color") == "white"]),
)
P(
    "attribute",
    "street",
    "And the car down at the bottom on the left — what colour's that?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
X("street", "Is this Madrid? Your grandfather and I went there in 1961, you know.")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Eleanor, seventy-nine, with macular degeneration, asking her carer
P(
    "count",
    "kitchen",
    "You'll have to be my eyes today, dear. How many things are sitting on the table, all told?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "superlative",
    "kitchen",
    "The cup on the far right? What colour's that one?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "chain",
    "kitchen",
    "And the cup just to the right of the plate — what colour is that?",
    "q(u(rel(u(sel(plate)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("plate")), "cup")), "color"),
)
P(
    "text",
    "kitchen",
    "What does the label on the bottle say? I can't read anything that small now.",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P("exist", "kitchen", "Is there a spoon laid out anywhere?", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
P(
    "attribute",
    "kitchen",
    "The fork — is it metal or plastic?",
    "choose(u(sel(fork)), material, [metal, plastic])",
    lambda p: p.value(p.the("fork"), "material"),
)
X("kitchen", "Is the tea in those cups still hot, do you think?")

# --- Grandad Tom, teaching his four-year-old grandson his colours over a video call
P(
    "superlative",
    "kitchen",
    "Now then, Alfie, what colour's the cup on the far left?",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
P(
    "text",
    "kitchen",
    "The clock up top — what time's it telling us?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "count",
    "kitchen",
    "How many white things can you spot? Have a good look.",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "verify",
    "kitchen",
    "Is the bottle green, Alfie?",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
P(
    "chain",
    "kitchen",
    "The cup just to the left of the bottle — is that the blue one?",
    "verify(u(rel(u(sel(bottle)), left, name=cup)), color, blue)",
    lambda p: yes(p.value(only(named(p, p.subjects("left", p.the("bottle")), "cup")), "color") == "blue"),
)
P(
    "spatial",
    "kitchen",
    "Is the lady in yellow standing on the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
X("kitchen", "Alfie wants to know what the lady's name is.")

# --- Ayesha, a mum in Bradford on a video call with her mother-in-law, who has the camera pointed at the table
P(
    "negation",
    "kitchen",
    "Ammi's camera is pointing at the table. How many of the cups are not white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "two_clause",
    "kitchen",
    "Is there a white cup and also a white plate?",
    "and_(exist(f(sel(cup), color=white)), exist(f(sel(plate), color=white)))",
    lambda p: yes(bool(p.f("cup", color="white")) and bool(p.f("plate", color="white"))),
)
P(
    "two_clause",
    "kitchen",
    "The table — is it brown, and is it made of wood?",
    "and_(verify(u(sel(table)), color, brown), verify(u(sel(table)), material, wood))",
    lambda p: yes(p.value(p.the("table"), "color") == "brown" and p.value(p.the("table"), "material") == "wood"),
)
P(
    "position",
    "kitchen",
    "Where is the woman standing — left, middle or right of the picture?",
    "choose(u(sel(woman)), hposition, [left, middle, right])",
    lambda p: p.value(p.the("woman"), "hposition"),
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
    "Go on then, name the colours of the cups for me.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
X("kitchen", "Where did she buy that clock, do you think? I want one like it.")

# --- Priscilla, a hotel housekeeper from Manila reporting the table to her supervisor by phone
P(
    "count",
    "kitchen",
    "Ma'am, I am reporting the table. How many bottles are on it?",
    "count(rel(u(sel(table)), on, name=bottle))",
    lambda p: n(named(p, on_table(p), "bottle")),
)
P(
    "spatial",
    "kitchen",
    "The white cup, ma'am, is it to the right of the bottle?",
    "exist(f(rel(u(sel(bottle)), right, name=cup), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("right", p.the("bottle")), "cup"))),
)
P(
    "verify",
    "kitchen",
    "The fork is silver colour, yes?",
    "verify(u(sel(fork)), color, silver)",
    lambda p: yes(p.value(p.the("fork"), "color") == "silver"),
)
P(
    "superlative",
    "kitchen",
    "Second cup from the left — its colour, please?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "attribute",
    "kitchen",
    "The clock on the wall, is it white or black?",
    "choose(u(sel(clock)), color, [white, black])",
    lambda p: p.value(p.the("clock"), "color"),
)
P(
    "spatial",
    "kitchen",
    "Is the woman on the left side of the table?",
    "vrel(u(sel(table)), left, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("table")), "woman"))),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Jo, a mum on the phone to a friend at the park, trying to spot her daughter in the photo the friend sent
P(
    "count",
    "park",
    "Sorry, bit frantic — my friend's sent me a photo of the park. How many children are in it?",
    "count(sel(child))",
    lambda p: n(children(p)),
)
P(
    "verify",
    "park",
    "The girl — is she wearing pink?",
    "verify(u(sel(girl)), color, pink)",
    lambda p: yes(p.value(p.the("girl"), "color") == "pink"),
)
P(
    "spatial",
    "park",
    "Is there a dog near the girl?",
    "vrel(u(sel(girl)), near, name=dog)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("girl")), "dog"))),
)
P(
    "chain",
    "park",
    "What colour is the thing the boy's throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "spatial",
    "park",
    "Is the boy to the left of the girl?",
    "vrel(u(sel(girl)), left, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("girl")), "boy"))),
)
P(
    "position",
    "park",
    "Which side of the photo is the girl on, left or right?",
    "choose(u(sel(girl)), hposition, [left, right])",
    lambda p: p.value(p.the("girl"), "hposition"),
)
X("park", "Is that my Ellie? She's got a pink coat on today.")

# --- Heidi, an Austrian ski instructor on the phone to her husband, describing the photo he can't open
P(
    "negation",
    "park",
    "Servus! How many people are in the park who are not children?",
    "count(diff(sel(person), sel(child)))",
    lambda p: n([o for o in people(p) if o not in children(p)]),
)
P(
    "chain",
    "park",
    "The woman in red, over on the left — what is she holding?",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman", color="red"), "holding"))),
)
P(
    "chain",
    "park",
    "The dog that the woman in red is holding — black or white?",
    "choose(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color, [black, white])",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "spatial",
    "park",
    "Is there a tree behind the woman in red?",
    "vrel(u(f(sel(woman), color=red)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("woman", color="red")), "tree"))),
)
P(
    "attribute",
    "park",
    "And the bench — what colour is it painted?",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "spatial",
    "park",
    "Is the bench to the left of the bicycle?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
X("park", "Would it be warm enough there for a picnic tomorrow, do you think?")

# --- Kirsten, a Dutch physiotherapist describing the photo to a patient with a cataract
P(
    "compare_attr",
    "park",
    "My patient has a cataract, so I describe for her. The two dogs — are they the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "superlative",
    "park",
    "The person furthest to the right — is it a man, a woman, a boy or a girl?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "superlative",
    "park",
    "The second person from the left — which colour is this person wearing?",
    "q(ord(sel(person), left, 2), color)",
    lambda p: p.value(side_of(p, people(p), "left", 2), "color"),
)
P(
    "verify",
    "park",
    "The frisbee is at the top of the picture, correct?",
    "verify(u(sel(frisbee)), vposition, top)",
    lambda p: yes(p.value(p.the("frisbee"), "vposition") == "top"),
)
P(
    "attribute",
    "park",
    "Which colour has the bicycle?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "count",
    "park",
    "How many green things are in the picture — trees, the bench, everything?",
    "count(f(scene(), color=green))",
    lambda p: n(p.f(color="green")),
)

# --- Tariq, a Bradford taxi driver outside the park gates, on the phone to his fare
P(
    "exist",
    "park",
    "I'm outside the gates on the phone to my fare. Is there a woman in white in the photo?",
    "exist(f(sel(woman), color=white))",
    lambda p: yes(bool(p.f("woman", color="white"))),
)
P(
    "spatial",
    "park",
    "The woman in white — is she near the red bike?",
    "exist(f(rel(u(f(sel(bicycle), color=red)), near, name=woman), color=white))",
    lambda p: yes(
        any(
            p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("bicycle", color="red")), "woman")
        )
    ),
)
P(
    "attribute",
    "park",
    "The woman in the middle of the picture — what colour is she wearing?",
    "q(u(f(sel(woman), hposition=middle)), color)",
    lambda p: p.value(only([o for o in p.f("woman") if p.value(o, "hposition") == "middle"]), "color"),
)
P(
    "spatial",
    "park",
    "Is the woman in white standing to the left of the girl?",
    "exist(f(rel(u(sel(girl)), left, name=woman), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("left", p.the("girl")), "woman"))),
)
P("count", "park", "How many bikes are there?", "count(sel(bicycle))", lambda p: n(p.f("bicycle")))
P(
    "verify",
    "park",
    "The lady furthest left — is she the one in red?",
    "verify(ord(sel(woman), left, 1), color, red)",
    lambda p: yes(p.value(side_of(p, p.f("woman"), "left"), "color") == "red"),
)
X("park", "How much is it to park near them gates for an hour, do you know?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Fiona, a New Zealand optometrist who reads the drawing out like an eye chart
P(
    "superlative",
    "shapes",
    "Okay, eyes on the chart. Bottom row, second from the left — what shape is it?",
    "q(ord(f(scene(), vposition=bottom), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left", 2), "shape"),
)
P(
    "count",
    "shapes",
    "The middle column, top to bottom: how many shapes are in it?",
    "count(f(scene(), hposition=middle))",
    lambda p: n(p.f(hposition="middle")),
)
P(
    "attribute",
    "shapes",
    "The one sitting on its own in the very centre — what colour is it?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)
P(
    "verify",
    "shapes",
    "Top row, far right. Is that one green?",
    "verify(u(f(scene(), hposition=right, vposition=top)), color, green)",
    lambda p: yes(p.value(p.the(hposition="right", vposition="top"), "color") == "green"),
)
P(
    "compare_count",
    "shapes",
    "Would you say there are more blue shapes than red ones?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "attribute",
    "shapes",
    "The circle that isn't blue — big or small?",
    "choose(u(fn(sel(circle), color=blue)), size, [large, small])",
    lambda p: p.value(only([o for o in p.f("circle") if p.value(o, "color") != "blue"]), "size"),
)
X("shapes", "Reckon you're due for new glasses, then?")

# --- Zanele, a Grade 2 teacher in Durban quizzing her class
P(
    "count",
    "shapes",
    "Quiet now, Grade 2. How many shapes can you count in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "position",
    "shapes",
    "Which shape is sitting in the top left corner? Thandi, you try.",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Is the yellow rectangle bigger than the square?",
    "larger(u(f(sel(rectangle), color=yellow)), u(sel(square)))",
    lambda p: drawn_larger(p, only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), p.the("square")),
)
P(
    "count",
    "shapes",
    "How many of the blue shapes are small ones?",
    "count(f(scene(), color=blue, size=small))",
    lambda p: n(p.f(color="blue", size="small")),
)
P(
    "list",
    "shapes",
    "Which colours can we see in the top row? Say them all.",
    "values(f(scene(), vposition=top), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="top")),
)
P(
    "exist",
    "shapes",
    "Is there a triangle anywhere in the bottom row?",
    "exist(f(sel(triangle), vposition=bottom))",
    lambda p: yes(bool(p.f("triangle", vposition="bottom"))),
)

# --- Father Declan, running the parish quiz night from the microphone
P(
    "count",
    "shapes",
    "Question three, folks, pencils ready: how many of the shapes are red?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "attribute",
    "shapes",
    "Round two. The shape down in the bottom right corner — what colour is it?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Is the star the same size as the square?",
    "same(u(sel(star)), u(sel(square)), size)",
    lambda p: yes(p.value(p.the("star"), "size") == p.value(p.the("square"), "size")),
)
P(
    "compare_size",
    "shapes",
    "Which is the larger: the hexagon, or the circle up in the top left?",
    "q(u(f(union(sel(hexagon), f(sel(circle), hposition=left, vposition=top)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("hexagon"), p.the("circle", hposition="left", vposition="top")),
)
P(
    "negation",
    "shapes",
    "How many shapes are neither blue nor large?",
    "count(fn(fn(scene(), color=blue), size=large))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue" and p.value(o, "size") != "large"]),
)
P(
    "quantifier",
    "shapes",
    "True or false: every shape in the top row is large.",
    "not_(exist(fn(f(scene(), vposition=top), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(vposition="top"))),
)
X("shapes", "Bonus question: which of the Murphy twins drew this one?")

# --- Lars, a Danish toy designer describing the sketch to a colleague over the phone
P(
    "count",
    "shapes",
    "How many elements are in the right-hand column?",
    "count(f(scene(), hposition=right))",
    lambda p: n(p.f(hposition="right")),
)
P(
    "superlative",
    "shapes",
    "Bottom row, the leftmost element — its shape?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Is the triangle bigger than the square?",
    "larger(u(sel(triangle)), u(sel(square)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("square")),
)
P(
    "number",
    "shapes",
    "How many different colours appear in the bottom row?",
    "nvalues(f(scene(), vposition=bottom), color)",
    lambda p: colour_count(p, p.f(vposition="bottom")),
)
P(
    "compare_count",
    "shapes",
    "Are there as many small elements as large ones?",
    "eq(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) == len(p.f(size="large"))),
)
P(
    "negation",
    "shapes",
    "Apart from the circles, how many blue elements are there?",
    "count(fn(f(scene(), color=blue), shape=circle))",
    lambda p: n([o for o in p.f(color="blue") if p.value(o, "shape") != "circle"]),
)

# --- Chen Wei, a Chinese exchange student describing the drawing to a friend for a guessing game
P(
    "verify",
    "shapes",
    "The shape in middle of the top row, it is square, right?",
    "verify(u(f(scene(), hposition=middle, vposition=top)), shape, square)",
    lambda p: yes(p.value(p.the(hposition="middle", vposition="top"), "shape") == "square"),
)
P("count", "shapes", "How many circles has the drawing? I think two.", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "compare_attr",
    "shapes",
    "The small circle — it has same colour with the square?",
    "same(u(f(sel(circle), size=small)), u(sel(square)), color)",
    lambda p: yes(p.value(p.the("circle", size="small"), "color") == p.value(p.the("square"), "color")),
)
P(
    "list",
    "shapes",
    "Which shapes are blue? Please tell me all.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "superlative",
    "shapes",
    "Rightmost shape of the bottom row — what colour it has?",
    "q(ord(f(scene(), vposition=bottom), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "color"),
)
X("shapes", "In China we say red is lucky. So this drawing is lucky or not?")

# --- Gwen, a Welsh teaching assistant telling a partially sighted pupil what is on the board
P(
    "count",
    "shapes",
    "Cerys can't see the board very well, so I'm saying it in words for her. How many shapes are yellow?",
    "count(f(scene(), color=yellow))",
    lambda p: n(p.f(color="yellow")),
)
P(
    "attribute",
    "shapes",
    "The yellow one, down in the bottom left — what shape is it, cariad?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(only(p.f(color="yellow")), "shape"),
)
P(
    "verify",
    "shapes",
    "Is the big red circle up in the top row?",
    "verify(u(f(sel(circle), size=large, color=red)), vposition, top)",
    lambda p: yes(p.value(p.the("circle", size="large", color="red"), "vposition") == "top"),
)
P(
    "position",
    "shapes",
    "Which shape sits in the middle of the bottom row?",
    "q(u(f(scene(), hposition=middle, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="bottom"), "shape"),
)
P(
    "verify",
    "shapes",
    "Is the hexagon over on the right-hand side?",
    "verify(u(sel(hexagon)), hposition, right)",
    lambda p: yes(p.value(p.the("hexagon"), "hposition") == "right"),
)
P(
    "quantifier",
    "shapes",
    "Are most of the shapes blue?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)

# --- Dev, a Mumbai game-show host reading questions to a contestant in the hot seat
P(
    "negation",
    "shapes",
    "For fifty points, sir: how many shapes are not in the top row?",
    "count(fn(scene(), vposition=top))",
    lambda p: n([o for o in p.objects if p.value(o, "vposition") != "top"]),
)
P(
    "two_clause",
    "shapes",
    "Lock kiya jaye? Is the triangle green, and is it large?",
    "and_(verify(u(sel(triangle)), color, green), verify(u(sel(triangle)), size, large))",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green" and p.value(p.the("triangle"), "size") == "large"),
)
P(
    "superlative",
    "shapes",
    "Top row, second shape from the right — which colour?",
    "q(ord(f(scene(), vposition=top), right, 2), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "color"),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer yellow shapes than green shapes?",
    "lt(count(f(scene(), color=yellow)), count(f(scene(), color=green)))",
    lambda p: yes(len(p.f(color="yellow")) < len(p.f(color="green"))),
)
P(
    "same_attr",
    "shapes",
    "The shape in the dead centre — how many other shapes share its colour?",
    "count(same_attr(u(f(scene(), hposition=middle, vposition=middle)), color))",
    lambda p: n(
        [
            o
            for o in p.objects
            if o != p.the(hposition="middle", vposition="middle")
            and p.value(o, "color") == p.value(p.the(hposition="middle", vposition="middle"), "color")
        ]
    ),
)
X("shapes", "And how much prize money is riding on this question, audience?")

# --- Walter, a retired draughtsman with failing eyes, asking his neighbour
P(
    "count",
    "shapes",
    "My eyes are shot these days. In the left-hand column, how many shapes?",
    "count(f(scene(), hposition=left))",
    lambda p: n(p.f(hposition="left")),
)
P(
    "compare_size",
    "shapes",
    "The one in the bottom left corner — is it bigger than the star?",
    "larger(u(f(scene(), hposition=left, vposition=bottom)), u(sel(star)))",
    lambda p: drawn_larger(p, p.the(hposition="left", vposition="bottom"), p.the("star")),
)
P(
    "negation",
    "shapes",
    "Is there anything in the middle row besides the little circle?",
    "exist(diff(f(scene(), vposition=middle), f(sel(circle), size=small)))",
    lambda p: yes(bool([o for o in p.f(vposition="middle") if o != p.the("circle", size="small")])),
)
P(
    "superlative",
    "shapes",
    "Of the two circles, the one further to the right — big or small?",
    "choose(ord(sel(circle), right, 1), size, [large, small])",
    lambda p: p.value(side_of(p, p.f("circle"), "right"), "size"),
)
P(
    "position",
    "shapes",
    "Which row is the triangle in — the top or the bottom?",
    "choose(u(sel(triangle)), vposition, [top, bottom])",
    lambda p: p.value(p.the("triangle"), "vposition"),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
