# ruff: noqa: E501
"""Blind paraphrase set 85: a thirty-first fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits of speech (a few of them non-native speakers), always
understandably to a careful reader. No common persona gimmick: the aim is the natural spread of real people typing or
speaking to a picture-question app.

The cast. On the CLEVR pictures: Bev, a night-shift nurse typing on her break, tired and lowercase ("pls", "thx", "or
diff"); Kofi, a Ghanaian accountant writing formal English ("Kindly", "I wish to ascertain", "taken together"); Len, a
retired Leeds plumber ("lad", "owt", "box"); Inés, a Spanish statistics PhD student ("Is it so that", "the majority",
"excluding"); Mo, a teenage gamer ("yo", "fr", "we talkin"); Walt, a Minnesota farmer ("Oh, ya", "real small", "them
cylinders"); Anjali, a product manager ("Quick q", "Just to confirm", "for the deck"); Pierre, a French baker ("How many
cubes there is", "The cube green", "no?"); Kayla, a chatty dental receptionist ("Oh my gosh", "hun"); Father Declan, an
Irish priest ("Would you ever", "now", "God bless"); Jess, a mum typing one-handed while cooking (run-ons, "sorry");
Bongani, a South African mine surveyor ("Surveying this frame", "the count of"); Olga, a Polish cleaner ("How many ball
is in picture?", "what shape it has?"); Raj, a Bangalore IT man ("only", "na", "kindly tell"); Ms Kim, a Korean piano
teacher (polite and careful); Trevor, an Australian truckie ("G'day", "mate", "in this lot"); Noor, an Egyptian
pharmacist ("the spheres which are small", "which is in the left-most position"); Henrietta, a home-counties lady ("I
say", "do tell", "rather"); Diego, a Texas high-schooler ("wait so", "dude"); Pat, a call-centre worker on her break
("Quick one", "cheers"); and Hamish, a Scottish golf caddie ("Right", "on the course", "would that be"). On the
photo-like graphs: Vic, a London bus driver ("mate", "one of ours"); Mei, a Chinese tourist ("how many man", "his tie is
which colour?"); Otis, a delivery cyclist ("Any bikes in this shot?", "folks"); Gloria, an insurance claims assessor
("For the claim file", "in frame"); Sunil, a food-safety inspector (checklist English); Nan Betty from Nottingham
("pet", "duck"); Lukas, a German flatmate ("Which colour has ...", "Have the plate and the clock ..."); Tamsin, a
hungover student ("ugh", "like", "r"); Auntie Marcia, a Jamaican-born retired nurse ("darlin'", "not so?"); Ifeoma, a
Nigerian primary teacher ("please", "the pupils"); Kev, a park groundskeeper, gruff ("have I got to paint", "Any
bins?"); and Bao, nine, typing lowercase. On the drawing: Mr Okafor, a maths tutor ("Now,", "sides"); Poppy, six, with
her dad typing; Ahmed, a graphic designer ("canvas", "layout", "swatches"); Lotte, a Dutch kindergarten teacher ("the
blue ones, how many are they?"); Frank, a retired sign-writer (old-fashioned, "figures", "painted", "right-hand
corner"); Riya, a speech therapist setting exercises ("Let's see", "Can you tell me"); Greg, a bored office worker ("I
guess", "apparently"); and Yusuf, a Turkish carpenter ("which form it has?", "pieces").

Sentence shapes: bare fragments ("Bench colour?", "Any bins?"), fronted topics and places ("Surveying this frame: ...",
"Cube small is in front of cube big?", "Behind the red ball, how many things are sitting?"), tags ("no?", "na?",
"right?", "or diff", "fr"), questions inside statements ("I wish to ascertain whether ...", "For the claim file: ..."),
comparisons said several ways ("outnumber", "fewer ... than", "more big ones than little ones", "as many ... as",
"bigger", "which is the larger"), negatives and exceptions ("that isnt a ball", "excluding the cylinders", "not
counting", "aren't gray", "apart from", "neither ... nor"), chains read as short stories ("Behind the red sphere there's
a gray cube; what's behind that cube?"), and two checks in one question ("big and metal?", "Bus is red ..., and the
sign's red as well, yeah?").

The questions cover counts (with conditions, "not", "excluding", "neither ... nor", "or", "taken together"), existence,
an attribute of one thing, yes/no checks of one value, two checks at once, comparisons of counts ("more", "fewer",
"outnumber", "as many as") and of attributes (same colour, size, shape or material), quantifiers ("all", "every",
"both", "none", "any", "most of", "the majority"), exceptions, relations (left, right, in front, behind on CLEVR; on the
photo graphs only their stated relations: on, near, holding, wearing, throwing, behind, left, right, in front), one- and
two-hop chains, superlatives and ordinals, other things sharing a value, which of two things is the bigger, a list of
values, the number of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the
drawing, and the text on the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (49, 52,
55, 59, 54, 38, 57, 32, 48, 56, 50, 35, 36 and 15; one or two people to a scene), about 30% about the photo-like graphs
(street, kitchen, park) and 20% about the drawing of flat shapes; about one in ten must be refused, each in the same
voice as the person's other questions (prices, where to buy, opinions and taste, what happens next, who made it and why,
the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of an
object whose box centre lies within SIDE (130) pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least GAP (40) pixels apart; nothing is asked of the photo graphs that their stated
relations and attributes leave open. A which-side question is answered with the side; a "which is bigger" between two
things is asked only where their size classes differ, and answered with the word that tells the bigger one from the
other (its shape). Answers are the graph's words (gray, not grey; sphere, not ball; a list most frequent first, ties
alphabetical, joined by ", "); yes/no answers are "yes" or "no" whatever the tag. Every gold program and answer comes
from the scene by plain Python, with the helpers of blind_gold.py and blind_helpers.py.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or tasks/),
its tests or any other question set or builder; the only files read were build_blind66.py (its docstring, helpers and
code, for the format, the gold program language and the conventions), blind_gold.py and blind_helpers.py (the helpers
imported here), the first 5 lines of blind66.jsonl (for the line format), and the scenes themselves (photo_scenes.json
and the CLEVR val scenes.json, inspected with small Python snippets). No question was run through nsvr's parser, planner
or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind85.py`` to write ``../blind85.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind85.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def yellow_rectangle(p) -> str:
    """The drawing's one yellow rectangle (a square counting as a rectangle)."""
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


def shared(p, anchor: str, attribute: str) -> list[str]:
    """The drawn shapes other than the anchor that share its value of ``attribute``."""
    return [o for o in p.objects if o != anchor and p.value(o, attribute) == p.value(anchor, attribute)]


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 49: small red rubber sph, small purple metal sph (front), small cyan metal sph, small yellow rubber sph (far right), small green metal cube (back), large purple metal sph (far left), small green rubber cyl, small yellow rubber sph (very front), small gray rubber cyl (very back)

# --- Bev, a night-shift nurse typing on her break; tired, lowercase
C("count", 49, "how many cylinders pls", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_attr",
    49,
    "the 2 cylinders r they the same colour or diff",
    "same(sel(cylinder), color)",
    lambda s: alike(s, s.f(shape="cylinder"), "color"),
)
C(
    "negation",
    49,
    "is anything metal that isnt a ball",
    "exist(fn(f(scene(), material=metal), shape=sphere))",
    lambda s: yes(bool(lacking(s, s.f(material="metal"), shape="sphere"))),
)
C(
    "superlative",
    49,
    "whats the colour of the one furthest over to the right",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "spatial",
    49,
    "cube is behind the green cylinder yes?",
    "exist(f(rel(u(f(sel(cylinder), color=green)), behind), shape=cube))",
    lambda s: is_rel(s, {"shape": "cube"}, "behind", {"shape": "cylinder", "color": "green"}),
)
X(49, "is this one of them memory test pictures they use on the ward? which app is it from, thx")

# --- Kofi, a Ghanaian accountant; formal English
C(
    "count",
    49,
    "Good evening. Kindly tell me the total number of objects that are made of rubber.",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "compare_count",
    49,
    "I wish to ascertain whether the metal objects outnumber the rubber ones.",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "count",
    49,
    "Spheres and cylinders, taken together — what is the figure?",
    "count(union(sel(sphere), sel(cylinder)))",
    lambda s: n(s.f(shape=("sphere", "cylinder"))),
)
C(
    "spatial",
    49,
    "Kindly confirm that the large sphere is located to the left of the red sphere.",
    "exist(f(rel(u(f(sel(sphere), color=red)), left), size=large, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "size": "large"}, "left", {"shape": "sphere", "color": "red"}),
)
C(
    "spatial",
    49,
    "How many objects are positioned in front of the gray cylinder, please?",
    "count(rel(u(f(sel(cylinder), color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="gray"))),
)
C(
    "number",
    49,
    "Lastly, among the spheres only, how many different colours are there?",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)

# scene 52: large blue metal cube (right), large brown rubber cube, small gray metal cyl (back), large purple metal cube (front, left)

# --- Len, a retired plumber from Leeds
C("count", 52, "How many things are in this one altogether, lad?", "count(scene())", lambda s: n(s.all()))
C(
    "exist",
    52,
    "Is there owt made of rubber in there? Anything at all?",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
C(
    "attribute",
    52,
    "That brown box — is it a big 'un or a little 'un?",
    "choose(u(f(sel(cube), color=brown)), size, [large, small])",
    lambda s: s.a(s.the(shape="cube", color="brown"), "size"),
)
C(
    "count",
    52,
    "How many of the boxes are the shiny metal sort?",
    "count(f(sel(cube), material=metal))",
    lambda s: n(s.f(shape="cube", material="metal")),
)
C(
    "superlative",
    52,
    "Which one's sat furthest to the left, and what colour is it?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "spatial",
    52,
    "Now the little cylinder, is that stood behind the purple box?",
    "exist(f(rel(u(f(sel(cube), color=purple)), behind), shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder"}, "behind", {"shape": "cube", "color": "purple"}),
)
X(52, "What would a firm charge to knock up a set of them in metal, d'you reckon?")

# scene 55: large green metal cube, small purple rubber cube (far right), large purple rubber sph (back), small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph (far left), small yellow metal cube (front), large red rubber cube

# --- Inés, a Spanish statistics PhD student
C(
    "count",
    55,
    "How many of the purple objects are large?",
    "count(f(scene(), color=purple, size=large))",
    lambda s: n(s.f(color="purple", size="large")),
)
C(
    "quantifier",
    55,
    "Is it so that the majority of the objects are made of rubber?",
    "gt(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber)))",
    lambda s: most([s.a(i, "material") == "rubber" for i in s.all()]),
)
C(
    "negation",
    55,
    "How many small objects are there, excluding the cylinders?",
    "count(fn(f(scene(), size=small), shape=cylinder))",
    lambda s: n(lacking(s, s.f(size="small"), shape="cylinder")),
)
C(
    "compare_attr",
    55,
    "The yellow cylinder and the yellow cube — they are made of the same material, or not?",
    "same(u(f(sel(cylinder), color=yellow)), u(f(sel(cube), color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="yellow"), "material") == s.a(s.the(shape="cube", color="yellow"), "material")
    ),
)
C(
    "list",
    55,
    "Which colours appear on the cubes? I would like the full list.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "chain",
    55,
    "Behind the red cube there is a sphere, and to the left of this sphere there is a cylinder. Which colour is the cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=red)), behind), shape=sphere)), left), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="red"), "behind", shape="sphere"), "left", shape="cylinder"),
        "color",
    ),
)

# --- Mo, a teenage gamer
C("count", 55, "yo how many balls we talkin", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_attr",
    55,
    "r the balls all the same colour fr",
    "same(sel(sphere), color)",
    lambda s: alike(s, s.f(shape="sphere"), "color"),
)
C(
    "superlative",
    55,
    "whats the thing closest to the camera, like what shape",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C("exist", 55, "any cyan stuff in there", "exist(f(scene(), color=cyan))", lambda s: yes(bool(s.f(color="cyan"))))
C(
    "attribute",
    55,
    "purple cube big or small",
    "choose(u(f(sel(cube), color=purple)), size, [large, small])",
    lambda s: s.a(s.the(shape="cube", color="purple"), "size"),
)
C(
    "compare_count",
    55,
    "more cubes than cylinders or nah",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
X(55, "what game is this from lol looks like an old ps2 loading screen")

# scene 59: small purple rubber cyl (front), large cyan rubber cyl (far right), large brown rubber sph (far left), large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph (back)

# --- Walt, a Minnesota farmer
C(
    "count",
    59,
    "Oh, ya, how many of them cylinders are there?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "count",
    59,
    "And how many of the things would you call real small?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "verify",
    59,
    "That little cube there, is that one made of metal?",
    "verify(u(sel(cube)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube"), "material") == "metal"),
)
C(
    "position",
    59,
    "The cyan cylinder, is that off on the left side of the picture or the right?",
    "choose(u(f(sel(cylinder), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="cyan")),
)
C(
    "compare_count",
    59,
    "Would ya say there's fewer brown ones than purple ones?",
    "lt(count(f(scene(), color=brown)), count(f(scene(), color=purple)))",
    lambda s: yes(len(s.f(color="brown")) < len(s.f(color="purple"))),
)
X(59, "Where'd a fella go to buy a bunch of cylinders like that, ya think?")

# --- Anjali, a product manager
C(
    "count",
    59,
    "Quick q — how many items are both large and rubber?",
    "count(f(scene(), size=large, material=rubber))",
    lambda s: n(s.f(size="large", material="rubber")),
)
C(
    "quantifier",
    59,
    "Just to confirm, nothing in here is green, right?",
    "not_(exist(f(scene(), color=green)))",
    lambda s: yes(not s.f(color="green")),
)
C(
    "compare_size",
    59,
    "Which is bigger: the purple cube or the cyan cylinder?",
    "q(u(f(union(f(sel(cube), color=purple), f(sel(cylinder), color=cyan)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="purple"), s.the(shape="cylinder", color="cyan")),
)
C(
    "superlative",
    59,
    "Second from the front — what shape is that?",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
C(
    "spatial",
    59,
    "How many things sit to the left of the blue cylinder? Need the number for the deck.",
    "count(rel(u(f(sel(cylinder), color=blue)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="blue"))),
)
C(
    "same_attr",
    59,
    "Not counting the purple sphere itself, how many other items share its colour?",
    "count(same_attr(u(f(sel(sphere), color=purple)), color))",
    lambda s: n(others(s, s.the(shape="sphere", color="purple"), "color")),
)

# scene 54: large green rubber cube (front), large brown metal cyl (back), large gray rubber cube (right), large gray rubber cube (left)

# --- Pierre, a French baker
C(
    "count",
    54,
    "Bonjour. How many cubes there is, please?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "verify",
    54,
    "The cylinder, it is brown, no?",
    "verify(u(sel(cylinder)), color, brown)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "color") == "brown"),
)
C(
    "quantifier",
    54,
    "All the things are big ones, yes?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "spatial",
    54,
    "The cube green, it is in front of the cylinder?",
    "exist(f(rel(u(sel(cylinder)), front), color=green, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "green"}, "front", {"shape": "cylinder"}),
)
C(
    "spatial",
    54,
    "How many things are at the right of the green cube?",
    "count(rel(u(f(sel(cube), color=green)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="green"))),
)
C(
    "negation",
    54,
    "Is there something of metal that is not the cylinder?",
    "exist(fn(f(scene(), material=metal), shape=cylinder))",
    lambda s: yes(bool(lacking(s, s.f(material="metal"), shape="cylinder"))),
)
X(54, "With these colours I could make a nice cake. Which flavour goes best with the brown, you think?")

# scene 38: small green rubber sph, large gray rubber cyl (back), small red metal sph, small green metal sph (right), large gray metal cyl (left)

# --- Kayla, a chatty dental receptionist
C(
    "count",
    38,
    "Oh my gosh, okay, how many of the round ones are there, hun? The balls?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    38,
    "And are both of the big ones cylinders?",
    "not_(exist(fn(f(scene(), size=large), shape=cylinder)))",
    lambda s: every(s, s.f(size="large"), shape="cylinder"),
)
C(
    "spatial",
    38,
    "Behind the red ball, how many things are sitting?",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)
C(
    "compare_size",
    38,
    "Is the red one bigger than the rubber cylinder, would you say?",
    "larger(u(f(scene(), color=red)), u(f(sel(cylinder), material=rubber)))",
    lambda s: larger(s, s.the(color="red"), s.the(shape="cylinder", material="rubber")),
)
C(
    "superlative",
    38,
    "What colour's the thing way at the back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "chain",
    38,
    "Okay last one. There's a cylinder to the right of the shiny metal cylinder — what colour is that one, hun?",
    "q(u(f(rel(u(f(sel(cylinder), material=metal)), right), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", material="metal"), "right", shape="cylinder"), "color"),
)
X(38, "Would these make cute little stress toys for the waiting room or what?")

# scene 57: small brown metal cyl (middle), large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (right), small yellow rubber sph (far left)

# --- Father Declan, an Irish priest
C(
    "count",
    57,
    "Would you ever tell me how many of the objects are spheres?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    57,
    "And the blue one — is that a sphere now, or a cube?",
    "choose(u(f(scene(), color=blue)), shape, [sphere, cube])",
    lambda s: s.a(s.the(color="blue"), "shape"),
)
C(
    "two_clause",
    57,
    "Is that same blue sphere a large one, and is it metal as well?",
    "and_(verify(u(f(sel(sphere), color=blue)), size, large), verify(u(f(sel(sphere), color=blue)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="blue"), "size") == "large"
        and s.a(s.the(shape="sphere", color="blue"), "material") == "metal"
    ),
)
C(
    "spatial",
    57,
    "Is the little cylinder to the left of the yellow sphere, would you say?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), left), shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder"}, "left", {"shape": "sphere", "color": "yellow"}),
)
C(
    "count",
    57,
    "How many of the things are both big and gray?",
    "count(f(scene(), size=large, color=gray))",
    lambda s: n(s.f(size="large", color="gray")),
)
C(
    "superlative",
    57,
    "Which one is nearest the front, and what is it made of?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
X(57, "Who made these, I wonder — one person on their own, or a whole team of them? God bless them either way.")

# scene 32: small gray rubber cube (far left), large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (far right)

# --- Jess, a mum typing one-handed while cooking
C(
    "count",
    32,
    "sorry typing with one hand, how many cubes is it",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "verify",
    32,
    "and the big ball is yellow right",
    "verify(u(f(sel(sphere), size=large)), color, yellow)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "yellow"),
)
C(
    "negation",
    32,
    "how many of the small things aren't gray",
    "count(fn(f(scene(), size=small), color=gray))",
    lambda s: n(lacking(s, s.f(size="small"), color="gray")),
)
C(
    "position",
    32,
    "the cylinder, is it on the left side of the picture or the right side",
    "choose(u(sel(cylinder)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder")),
)
C(
    "compare_attr",
    32,
    "red cube and red ball, are they the same material",
    "same(u(f(sel(cube), color=red)), u(f(sel(sphere), color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="red"), "material") == s.a(s.the(shape="sphere", color="red"), "material")
    ),
)
X(32, "my son wants to build this with his blocks, where can i buy the same pieces")

# --- Bongani, a South African mine surveyor
C(
    "spatial",
    32,
    "Surveying this frame: how many objects lie to the right of the red sphere?",
    "count(rel(u(f(sel(sphere), color=red)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="red"))),
)
C(
    "verify",
    32,
    "Is the object furthest to the right the cylinder?",
    "verify(ord(scene(), right, 1), shape, cylinder)",
    lambda s: yes(s.a(nth(s, s.all(), "right"), "shape") == "cylinder"),
)
C(
    "superlative",
    32,
    "The object furthest back in the frame — what material is it?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
C(
    "spatial",
    32,
    "Give me the count of rubber objects in front of the large sphere.",
    "count(f(rel(u(f(sel(sphere), size=large)), front), material=rubber))",
    lambda s: n(among(s, related(s, "front", s.the(shape="sphere", size="large")), material="rubber")),
)
C(
    "chain",
    32,
    "Behind the red sphere there's a gray cube. What is behind that cube — what colour?",
    "q(u(rel(u(f(rel(u(f(sel(sphere), color=red)), behind), shape=cube, color=gray)), behind)), color)",
    lambda s: s.a(
        only(related(s, "behind", hop(s, s.the(shape="sphere", color="red"), "behind", shape="cube", color="gray"))),
        "color",
    ),
)
C(
    "number",
    32,
    "How many distinct colours are present in the frame?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph (far left), large gray metal sph (right), large green metal sph, small yellow metal cube (front), small blue metal cyl (back)

# --- Olga, a Polish cleaner
C("count", 48, "How many ball is in picture?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    48,
    "Blue thing, what shape it has?",
    "q(u(f(scene(), color=blue)), shape)",
    lambda s: s.a(s.the(color="blue"), "shape"),
)
C(
    "attribute",
    48,
    "Big red cube is metal or is rubber?",
    "choose(u(f(sel(cube), size=large, color=red)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", size="large", color="red"), "material"),
)
C(
    "count",
    48,
    "Green balls, how many is?",
    "count(f(sel(sphere), color=green))",
    lambda s: n(s.f(shape="sphere", color="green")),
)
C(
    "spatial",
    48,
    "Cube small is in front of cube big?",
    "exist(f(rel(u(f(sel(cube), size=large)), front), size=small, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "size": "small"}, "front", {"shape": "cube", "size": "large"}),
)
X(48, "Which spray is best for clean the shiny ones so it don't make scratch?")

# --- Raj, an IT man from Bangalore
C(
    "count",
    48,
    "What is the count of yellow objects only?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "position",
    48,
    "Gray ball is on which side of the picture, left or right?",
    "choose(u(f(sel(sphere), color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="gray")),
)
C(
    "spatial",
    48,
    "How many objects are there at the back of the red cube?",
    "count(rel(u(f(sel(cube), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="red"))),
)
C(
    "quantifier",
    48,
    "Are most of the objects spheres, na?",
    "gt(count(sel(sphere)), count(fn(scene(), shape=sphere)))",
    lambda s: most([s.a(i, "shape") == "sphere" for i in s.all()]),
)
C(
    "superlative",
    48,
    "Kindly tell the colour of the object which is third from the left.",
    "q(ord(scene(), left, 3), color)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "color"),
)
C(
    "compare_size",
    48,
    "Red cube is bigger than yellow cube, correct na?",
    "larger(u(f(sel(cube), color=red)), u(f(sel(cube), color=yellow)))",
    lambda s: larger(s, s.the(shape="cube", color="red"), s.the(shape="cube", color="yellow")),
)

# scene 56: small blue rubber cube (back), small yellow rubber sph (far right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube, large green metal cyl

# --- Ms Kim, a Korean piano teacher
C(
    "count",
    56,
    "Please tell me how many small objects there are.",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "count",
    56,
    "And how many objects are made from metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_size",
    56,
    "Which one is bigger, the cyan sphere or the brown cube?",
    "q(u(f(union(f(sel(sphere), color=cyan), f(sel(cube), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="cyan"), s.the(shape="cube", color="brown")),
)
C(
    "spatial",
    56,
    "Is the yellow ball on the right of the brown cube?",
    "exist(f(rel(u(f(sel(cube), color=brown)), right), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "right", {"shape": "cube", "color": "brown"}),
)
C(
    "superlative",
    56,
    "The object that is most far at the back, which colour is it, please?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "quantifier",
    56,
    "Are all of the cubes made of rubber?",
    "not_(exist(fn(sel(cube), material=rubber)))",
    lambda s: every(s, s.f(shape="cube"), material="rubber"),
)
C(
    "number",
    56,
    "How many different colours can I see in this picture?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# scene 50 (all rubber): large purple sph (front), large red cyl, small yellow cube, small cyan sph, small blue cube, large green cube (far left), large green sph (back), small green cyl

# --- Trevor, an Australian truckie
C("count", 50, "G'day mate, how many cubes in this lot?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_count",
    50,
    "Reckon there's more big ones than little ones?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "attribute",
    50,
    "The red cylinder — what's she made of?",
    "q(u(f(sel(cylinder), color=red)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="red"), "material"),
)
C(
    "superlative",
    50,
    "What colour's the one right down the back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    50,
    "How many things are sittin' in front of the yellow cube, mate?",
    "count(rel(u(f(sel(cube), color=yellow)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="yellow"))),
)
C(
    "position",
    50,
    "Big green cube — left of the picture or right?",
    "choose(u(f(sel(cube), size=large, color=green)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="large", color="green")),
)

# --- Noor, an Egyptian pharmacist
C(
    "count",
    50,
    "The spheres which are small, how many are they?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "exist",
    50,
    "Is there a cylinder that is green in colour?",
    "exist(f(sel(cylinder), color=green))",
    lambda s: yes(bool(s.f(shape="cylinder", color="green"))),
)
C(
    "compare_attr",
    50,
    "The cubes, do they all have the same size?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "superlative",
    50,
    "What is the colour of the cube which is in the left-most position?",
    "q(ord(sel(cube), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left"), "color"),
)
C(
    "chain",
    50,
    "On the left of the red cylinder there is another cylinder, and in front of that one there is a sphere. The sphere is large or small?",
    "choose(u(f(rel(u(f(rel(u(f(sel(cylinder), color=red)), left), shape=cylinder)), front), shape=sphere)), size, [large, small])",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="red"), "left", shape="cylinder"), "front", shape="sphere"),
        "size",
    ),
)
X(50, "Which of these colours do they use for the blood pressure tablets in Egypt?")

# scene 35: small purple metal sph (back), large green metal cube (far left), large green rubber cube, large red metal sph (front), large gray metal cube

# --- Henrietta, a home-counties lady
C(
    "count",
    35,
    "I say, how many of these objects are spheres?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "verify",
    35,
    "Is the little purple sphere made of metal? Do tell.",
    "verify(u(f(sel(sphere), size=small, color=purple)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="small", color="purple"), "material") == "metal"),
)
C(
    "quantifier",
    35,
    "Are the cubes large, every last one of them?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)
C(
    "compare_size",
    35,
    "Which is the larger — the purple sphere or the gray cube?",
    "q(u(f(union(f(sel(sphere), color=purple), f(sel(cube), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="purple"), s.the(shape="cube", color="gray")),
)
C(
    "spatial",
    35,
    "How many things lie in front of the gray cube?",
    "count(rel(u(f(sel(cube), color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="gray"))),
)
C(
    "compare_count",
    35,
    "Are there rather more metal things than rubber ones?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
X(35, "Whoever chose that dreary gray? Wouldn't a nice duck-egg blue have been more tasteful?")

# scene 36: large purple metal sph (far right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph (left), large brown rubber cyl

# --- Diego, a Texas high-schooler
C(
    "count",
    36,
    "wait so how many of these are made of metal",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "verify",
    36,
    "dude is the cylinder brown",
    "verify(u(sel(cylinder)), color, brown)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "color") == "brown"),
)
C(
    "compare_size",
    36,
    "which is bigger, the gray ball or the cylinder",
    "q(u(f(union(f(sel(sphere), color=gray), sel(cylinder)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="gray"), s.the(shape="cylinder")),
)
C(
    "spatial",
    36,
    "how many balls are behind the yellow cube",
    "count(f(rel(u(f(sel(cube), color=yellow)), behind), shape=sphere))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cube", color="yellow")), shape="sphere")),
)
C(
    "position",
    36,
    "the purple ball, what side of the picture is it on",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
C(
    "two_clause",
    36,
    "is the yellow cube big and metal?",
    "and_(verify(u(f(sel(cube), color=yellow)), size, large), verify(u(f(sel(cube), color=yellow)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "size") == "large"
        and s.a(s.the(shape="cube", color="yellow"), "material") == "metal"
    ),
)

# scene 15: large green rubber cyl (far left), large brown metal cyl, small purple metal cyl (right), large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (far right)

# --- Pat, a call-centre worker on her break
C(
    "count",
    15,
    "Quick one before my break's over — how many cylinders?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C("exist", 15, "Is there a cube in there at all?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))
C(
    "count",
    15,
    "How many of the big things are rubber ones?",
    "count(f(scene(), size=large, material=rubber))",
    lambda s: n(s.f(size="large", material="rubber")),
)
C(
    "attribute",
    15,
    "The green ball, metal or rubber?",
    "choose(u(f(sel(sphere), color=green)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", color="green"), "material"),
)
C(
    "superlative",
    15,
    "What's the colour of the thing furthest to the left? Cheers.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
X(15, "What's this picture actually for, some kind of quiz they're making us do at work?")

# --- Hamish, a Scottish golf caddie
C("count", 15, "Right, how many balls on the course, then?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "position",
    15,
    "The big red ball — is that lying on the left or the right of the picture?",
    "choose(u(f(sel(sphere), size=large, color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="red")),
)
C(
    "compare_attr",
    15,
    "The green cylinder and the green ball — same size?",
    "same(u(f(sel(cylinder), color=green)), u(f(sel(sphere), color=green)), size)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="green"), "size") == s.a(s.the(shape="sphere", color="green"), "size")
    ),
)
C(
    "spatial",
    15,
    "How many things are lying behind the brown cylinder?",
    "count(rel(u(f(sel(cylinder), color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="brown"))),
)
C(
    "superlative",
    15,
    "Second from the right, what colour would that be?",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)
C(
    "count",
    15,
    "Things that are either red or yellow — how many all told?",
    "count(union(f(scene(), color=red), f(scene(), color=yellow)))",
    lambda s: n(s.f(color=("red", "yellow"))),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right, right of the bus), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Vic, a London bus driver
P(
    "text",
    "street",
    "That bus — what's it got printed on the side, mate?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "two_clause",
    "street",
    "Bus is red like one of ours, and the sign's red as well, yeah?",
    "and_(verify(u(sel(bus)), color, red), verify(u(sel(sign)), color, red))",
    lambda p: yes(p.value(p.the("bus"), "color") == "red" and p.value(p.the("sign"), "color") == "red"),
)
P(
    "spatial",
    "street",
    "There a car parked up on the left of the bus?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P(
    "text",
    "street",
    "What's painted on the road there? Can't read it from my cab.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "spatial",
    "street",
    "And the stop sign, that's on the right of the bus, is it?",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "sign"))),
)
X("street", "What route's that bus on, and how often does it run of a Sunday?")

# --- Mei, a Chinese tourist
P("count", "street", "Excuse me, how many man in this photo?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "attribute",
    "street",
    "The woman, what colour she is wearing?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "text",
    "street",
    "The sign, it say what?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "chain",
    "street",
    "The man on the most right side, his tie is which colour?",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "right")), "color"),
)
P(
    "spatial",
    "street",
    "There is a tree behind the bus, yes?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
X("street", "This street is in which city? I want to go there on my holiday.")

# --- Otis, a delivery cyclist
P(
    "exist",
    "street",
    "Any bikes in this shot? Trying to see if there's a bike lane.",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "spatial",
    "street",
    "Who's got hold of the dog?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "attribute",
    "street",
    "That dog a big one or a little one?",
    "choose(u(sel(dog)), size, [large, small])",
    lambda p: p.value(p.the("dog"), "size"),
)
P(
    "where",
    "street",
    "Is the woman standing in front of the bus or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "negation",
    "street",
    "How many folks in the picture aren't wearing a tie?",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([o for o in people(p) if o not in wearers(p, "tie")]),
)
P(
    "count",
    "street",
    "Vehicles on the road — bus plus cars — how many?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)

# --- Gloria, an insurance claims assessor
P(
    "chain",
    "street",
    "For the claim file: what colour is the car to the left of the bus?",
    "q(u(rel(u(sel(bus)), left, name=car)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("bus")), "car")), "color"),
)
P(
    "position",
    "street",
    "Which side of the frame is the car on, left or right?",
    "choose(u(sel(car)), hposition, [left, right])",
    lambda p: p.value(p.the("car"), "hposition"),
)
P(
    "verify",
    "street",
    "Is the car at the bottom of the frame?",
    "verify(u(sel(car)), vposition, bottom)",
    lambda p: yes(p.value(p.the("car"), "vposition") == "bottom"),
)
P(
    "spatial",
    "street",
    "Is the man in white to the right of the woman?",
    "exist(f(rel(u(sel(woman)), right, name=man), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("right", p.the("woman")), "man"))),
)
P(
    "superlative",
    "street",
    "The person furthest to the left in frame — what colour are they wearing?",
    "q(ord(sel(person), left, 1), color)",
    lambda p: p.value(side_of(p, people(p), "left"), "color"),
)
P(
    "quantifier",
    "street",
    "Are both of the men wearing ties?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
X("street", "If the bus pulled out into that car, who'd be liable — the driver or the council?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right (right of the table and of the white cup)

# --- Sunil, a food-safety inspector
P(
    "count",
    "kitchen",
    "How many items are on the table in total?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "verify",
    "kitchen",
    "Is the table a wooden one?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "attribute",
    "kitchen",
    "What is the cutlery made of — the fork, I mean?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "exist",
    "kitchen",
    "Is there a spoon anywhere in the picture?",
    "exist(sel(spoon))",
    lambda p: yes(bool(p.f("spoon"))),
)
P(
    "spatial",
    "kitchen",
    "What is the fork lying on?",
    "q(u(rel(u(sel(fork)), on, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("fork"), "on"))),
)
P(
    "attribute",
    "kitchen",
    "Note the colour of the bottle for me, please.",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
X("kitchen", "In your opinion, would this kitchen pass a food hygiene inspection?")

# --- Nan Betty from Nottingham
P(
    "text",
    "kitchen",
    "What time does the clock say, pet?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P("count", "kitchen", "How many cups are there, duck?", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "verify",
    "kitchen",
    "That plate's white, isn't it?",
    "verify(u(sel(plate)), color, white)",
    lambda p: yes(p.value(p.the("plate"), "color") == "white"),
)
P(
    "attribute",
    "kitchen",
    "And the lady — what colour's she got on?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "superlative",
    "kitchen",
    "Which colour's the cup furthest over to the right?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
X("kitchen", "Is she about to make a pot of tea, do you think? I could murder one.")

# --- Lukas, a German flatmate
P(
    "negation",
    "kitchen",
    "How many things stand on the table which are not cups?",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in on_table(p) if p.name(o) != "cup"]),
)
P(
    "position",
    "kitchen",
    "Which colour has the cup in the middle?",
    "q(u(f(sel(cup), hposition=middle)), color)",
    lambda p: p.value(p.the("cup", hposition="middle"), "color"),
)
P(
    "text",
    "kitchen",
    "The bottle: what is written on it?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "spatial",
    "kitchen",
    "Stands the blue cup left of the bottle?",
    "exist(f(rel(u(sel(bottle)), left, name=cup), color=blue))",
    lambda p: yes(any(p.value(o, "color") == "blue" for o in named(p, p.subjects("left", p.the("bottle")), "cup"))),
)
P(
    "compare_attr",
    "kitchen",
    "Have the plate and the clock the same colour?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "number",
    "kitchen",
    "How many different colours have the cups?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)

# --- Tamsin, a hungover student
P(
    "spatial",
    "kitchen",
    "ugh is there a bottle on the table, i need water",
    "vrel(u(sel(table)), on, name=bottle)",
    lambda p: yes(bool(named(p, on_table(p), "bottle"))),
)
P(
    "exist",
    "kitchen",
    "is one of the cups red",
    "exist(f(sel(cup), color=red))",
    lambda p: yes(bool(p.f("cup", color="red"))),
)
P(
    "spatial",
    "kitchen",
    "whos that standing to the right of the table",
    "q(u(rel(u(sel(table)), right)), name)",
    lambda p: p.name(only(p.subjects("right", p.the("table")))),
)
P(
    "spatial",
    "kitchen",
    "the red cup is like on the left of the plate right",
    "exist(f(rel(u(sel(plate)), left, name=cup), color=red))",
    lambda p: yes(any(p.value(o, "color") == "red" for o in named(p, p.subjects("left", p.the("plate")), "cup"))),
)
P(
    "compare_count",
    "kitchen",
    "r there more cups than plates",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P(
    "superlative",
    "kitchen",
    "whats the leftmost thing on the table, what colour",
    "q(ord(rel(u(sel(table)), on), left, 1), color)",
    lambda p: p.value(side_of(p, on_table(p), "left"), "color"),
)
X("kitchen", "who's gonna end up doing the washing up after this, bet it's me")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Auntie Marcia, a Jamaican-born retired nurse
P(
    "count",
    "park",
    "How many children are out playing in the park, darlin'?",
    "count(sel(child))",
    lambda p: n(children(p)),
)
P(
    "chain",
    "park",
    "The little boy is throwing something — what colour is it?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "spatial",
    "park",
    "Is it the lady in white standing by the red bicycle?",
    "exist(f(rel(u(f(sel(bicycle), color=red)), near, name=woman), color=white))",
    lambda p: yes(
        any(
            p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("bicycle", color="red")), "woman")
        )
    ),
)
P(
    "verify",
    "park",
    "The little girl is wearing pink, not so?",
    "verify(u(sel(girl)), color, pink)",
    lambda p: yes(p.value(p.the("girl"), "color") == "pink"),
)
P(
    "spatial",
    "park",
    "The lady in red — she's holding on to something?",
    "exist(rel(u(f(sel(woman), color=red)), holding, role=object))",
    lambda p: yes(bool(p.objects_of(p.the("woman", color="red"), "holding"))),
)
X("park", "Those clouds look heavy. Will it rain before they all get home?")

# --- Ifeoma, a Nigerian primary teacher
P("count", "park", "How many dogs are in the picture, please?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "compare_attr",
    "park",
    "Are the two dogs of the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P("count", "park", "How many trees can the pupils see?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "superlative",
    "park",
    "Who is standing furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "verify",
    "park",
    "Is the bench made of wood?",
    "verify(u(sel(bench)), material, wood)",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood"),
)
P(
    "where",
    "park",
    "Is the bench to the left or to the right of the bicycle?",
    "choose_rel(u(sel(bench)), [left, right], role=object, name=bicycle)",
    lambda p: photo_side(p, p.the("bench"), p.the("bicycle"), ("left", "right")),
)

# --- Kev, a park groundskeeper
P(
    "count",
    "park",
    "How many benches have I got to paint in this one?",
    "count(sel(bench))",
    lambda p: n(p.f("bench")),
)
P("attribute", "park", "Bench colour?", "q(u(sel(bench)), color)", lambda p: p.value(p.the("bench"), "color"))
P(
    "position",
    "park",
    "The tree behind the woman in red — left side of the picture or right?",
    "choose(u(rel(u(f(sel(woman), color=red)), behind)), hposition, [left, right])",
    lambda p: p.value(only(p.subjects("behind", p.the("woman", color="red"))), "hposition"),
)
P("exist", "park", "Any bins?", "exist(sel(bin))", lambda p: yes(bool(p.f("bin"))))
P(
    "spatial",
    "park",
    "Anybody holding the white dog?",
    "exist(rel(u(f(sel(dog), color=white)), holding))",
    lambda p: yes(bool(p.subjects("holding", p.the("dog", color="white")))),
)
X("park", "Who's supposed to be picking up after them dogs, then?")

# --- Bao, nine, typing himself
P("count", "park", "how many people are in the park", "count(sel(person))", lambda p: n(people(p)))
P(
    "verify",
    "park",
    "is the bike red",
    "verify(u(sel(bicycle)), color, red)",
    lambda p: yes(p.value(p.the("bicycle"), "color") == "red"),
)
P("exist", "park", "is there a cat", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "chain",
    "park",
    "what colour is the dog next to the girl",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "spatial",
    "park",
    "who is throwing the frisbee",
    "q(u(rel(u(sel(frisbee)), throwing)), name)",
    lambda p: p.name(only(p.subjects("throwing", p.the("frisbee")))),
)
P(
    "compare_count",
    "park",
    "are there more women than girls",
    "gt(count(sel(woman)), count(sel(girl)))",
    lambda p: yes(len(p.f("woman")) > len(p.f("girl"))),
)

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Mr Okafor, a maths tutor
P(
    "count",
    "shapes",
    "Now, how many of the shapes have six sides?",
    "count(sel(hexagon))",
    lambda p: n(p.f("hexagon")),
)
P("count", "shapes", "And how many circles are there in all?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "compare_count",
    "shapes",
    "Are there more blue shapes than red ones?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "compare_attr",
    "shapes",
    "Are the triangle and the yellow rectangle the same size?",
    "same(u(sel(triangle)), u(f(sel(rectangle), color=yellow)), size)",
    lambda p: yes(p.value(p.the("triangle"), "size") == p.value(yellow_rectangle(p), "size")),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes are the same size as the triangle?",
    "count(same_attr(u(sel(triangle)), size))",
    lambda p: n(shared(p, p.the("triangle"), "size")),
)
P(
    "number",
    "shapes",
    "Among the small shapes, how many different colours appear?",
    "nvalues(f(scene(), size=small), color)",
    lambda p: colour_count(p, p.f(size="small")),
)

# --- Poppy, six, with her dad typing
P(
    "count",
    "shapes",
    "poppy says how many red ones are there",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P("exist", "shapes", "is there a star", "exist(sel(star))", lambda p: yes(bool(p.f("star"))))
P(
    "attribute",
    "shapes",
    "what colour is the triangle",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "verify",
    "shapes",
    "is the square blue",
    "verify(u(sel(square)), color, blue)",
    lambda p: yes(p.value(p.the("square"), "color") == "blue"),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the circle at the top or the star",
    "q(u(f(union(f(sel(circle), vposition=top), sel(star)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", vposition="top"), p.the("star")),
)
X("shapes", "does the red circle like the blue circle")

# --- Ahmed, a graphic designer
P(
    "count",
    "shapes",
    "How many elements on the canvas are large?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "list",
    "shapes",
    "What colours are the large shapes? Just list the swatches.",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "position",
    "shapes",
    "What's sitting in the top-left corner of the layout?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "superlative",
    "shapes",
    "In the top row, which shape is furthest to the right?",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
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
    "Is every shape in the bottom row a small one?",
    "not_(exist(fn(f(scene(), vposition=bottom), size=small)))",
    lambda p: yes(all(p.value(o, "size") == "small" for o in p.f(vposition="bottom"))),
)
X("shapes", "What typeface would pair nicely with this layout?")

# --- Lotte, a Dutch kindergarten teacher
P(
    "count",
    "shapes",
    "The blue ones, how many are they?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "position",
    "shapes",
    "In which row is the star, the top or the bottom?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
P(
    "negation",
    "shapes",
    "How many shapes are not red?",
    "count(fn(scene(), color=red))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "red"]),
)
P(
    "verify",
    "shapes",
    "The circle in the middle, is it a small one?",
    "verify(u(f(sel(circle), hposition=middle)), size, small)",
    lambda p: yes(p.value(p.the("circle", hposition="middle"), "size") == "small"),
)
P(
    "compare_count",
    "shapes",
    "Are there as many triangles as stars?",
    "eq(count(sel(triangle)), count(sel(star)))",
    lambda p: yes(len(p.f("triangle")) == len(p.f("star"))),
)
P(
    "exist",
    "shapes",
    "Is there a green shape in the top row?",
    "exist(f(scene(), color=green, vposition=top))",
    lambda p: yes(bool(p.f(color="green", vposition="top"))),
)

# --- Frank, a retired sign-writer
P(
    "count",
    "shapes",
    "How many of the figures are painted either blue or red, between them?",
    "count(union(f(scene(), color=blue), f(scene(), color=red)))",
    lambda p: n(p.f(color="blue") + p.f(color="red")),
)
P(
    "position",
    "shapes",
    "What shape is down in the bottom right-hand corner?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "attribute",
    "shapes",
    "The six-sided figure — is it large or small?",
    "choose(u(sel(hexagon)), size, [large, small])",
    lambda p: p.value(p.the("hexagon"), "size"),
)
P(
    "compare_size",
    "shapes",
    "Which is the bigger, the yellow rectangle or the hexagon?",
    "q(u(f(union(f(sel(rectangle), color=yellow), sel(hexagon)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, yellow_rectangle(p), p.the("hexagon")),
)
P(
    "superlative",
    "shapes",
    "Reading along the bottom row from the left, which figure comes first?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
X("shapes", "Which make of enamel would they have used for that yellow, do you know?")

# --- Riya, a speech therapist setting exercises
P(
    "attribute",
    "shapes",
    "Let's see — can you tell me what colour the star is?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "two_clause",
    "shapes",
    "Is the star in the middle of the bottom row?",
    "and_(verify(u(sel(star)), hposition, middle), verify(u(sel(star)), vposition, bottom))",
    lambda p: yes(p.value(p.the("star"), "hposition") == "middle" and p.value(p.the("star"), "vposition") == "bottom"),
)
P(
    "count",
    "shapes",
    "How many shapes are both small and blue?",
    "count(f(scene(), size=small, color=blue))",
    lambda p: n(p.f(size="small", color="blue")),
)
P(
    "position",
    "shapes",
    "Can you tell me which shape is right in the centre of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "list",
    "shapes",
    "Now name the shapes in the bottom row for me.",
    "values(f(scene(), vposition=bottom), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="bottom")),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer big shapes than little ones?",
    "lt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda p: yes(len(p.f(size="large")) < len(p.f(size="small"))),
)

# --- Greg, a bored office worker
P(
    "count",
    "shapes",
    "So apparently I have to count the shapes. How many are there?",
    "count(scene())",
    lambda p: n(p.objects),
)
P(
    "negation",
    "shapes",
    "How many of them are neither circles nor blue, I guess?",
    "count(fn(fn(scene(), shape=circle), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle" and p.value(o, "color") != "blue"]),
)
P(
    "exist",
    "shapes",
    "Is anything in there purple? Didn't think so.",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles the same colour, or is that too much to hope for?",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "negation",
    "shapes",
    "Apart from the star, is there anything else that's red?",
    "exist(diff(f(scene(), color=red), sel(star)))",
    lambda p: yes(bool([o for o in p.f(color="red") if o != p.the("star")])),
)
X("shapes", "What's this even supposed to mean? Is it one of those personality tests HR keeps sending round?")

# --- Yusuf, a Turkish carpenter
P(
    "attribute",
    "shapes",
    "The yellow piece, which form it has?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
P(
    "count",
    "shapes",
    "How many pieces are on the left side?",
    "count(f(scene(), hposition=left))",
    lambda p: n(p.f(hposition="left")),
)
P(
    "compare_size",
    "shapes",
    "The triangle is bigger than the square, yes?",
    "larger(u(sel(triangle)), u(sel(square)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("square")),
)
P(
    "superlative",
    "shapes",
    "The piece most on the left of all, what form it is?",
    "q(ord(scene(), left, 1), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "shape"),
)
P(
    "same_attr",
    "shapes",
    "How many other pieces have the same colour like the square?",
    "count(same_attr(u(sel(square)), color))",
    lambda p: n(shared(p, p.the("square"), "color")),
)
P(
    "count",
    "shapes",
    "Rectangles — counting the square also — how many?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
X("shapes", "To cut all these from oak, how much it will cost me?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
