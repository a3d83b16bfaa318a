# ruff: noqa: E501
"""Blind paraphrase set 87: a thirty-third fresh crowd with no common theme. Forty-one ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits of speech, always understandably to a careful reader.
There is no shared persona gimmick: they are the sort of people who might type or speak to a picture-question app.

The cast. On the CLEVR pictures: Keisha, a night-shift nurse on her break, quick and lower-key ("ok quick one", "shape
is fine"); Mr Okafor, a Lagos-born accountant in Manchester, formal and precise ("kindly tell me", "If we exclude", "Just the
colour, please"); Gus, a retired Ohio plumber who chats ("I'll tell ya", "them cylinders", "made out of"); Ingrid, a
Swedish physiotherapist ("Is it so that", "the most far back", "which colour has the cube?"); Tyler, twelve, typing fast
without capitals or question marks; Mrs Doyle, a Cork grandmother ("Would you ever tell me", "at all", "now"); Arjun, a
software engineer in Bengaluru ("in this image in total", "same colour or not?", "Is it that"); Carla, a San Antonio
hairdresser ("Okay so", "we got", "girl"); Pete, a lorry driver on a rest stop, blunt; Hannah, a teaching assistant
making a Year 2 worksheet; Leo, a student dodging his essay; Bev, a sheep farmer from Wagga Wagga ("in the mob", "would
you reckon", "how many's left"); Dr Kowalski, a dentist between patients; Jamal, an Atlanta barista; Nan Rees from
Cardiff ("bach", "is it?"); Chen Wei, a Chinese graduate student ("How many ball is cyan colour?", "right or not?",
"Tell me shape."); Marco, an Italian chef in London ("how many balls there are", "they are all big?"); Sandra, a
call-centre worker on her lunch; Frank, a retired bookkeeper who takes it step by step; Olu, a delivery rider dictating
into his phone with no punctuation; and Beth, a librarian. On the photo-like graphs: Kayla, seventeen and studying for
her driving permit; Mr Hughes, a retired Swansea bus conductor ("Forty years on the buses, me", "are they?"); Dmitri, a
Russian-born courier who drops his articles ("How many persons stand on street?"); Aunty Grace, a church volunteer,
kindly and worried ("the gentleman in white", "I do worry"); Tomasz, a Polish builder ("How many cups is standing",
"Table is from wood"); Meg, a student fed up with her flatmate's washing-up; Lorraine from Birmingham ("bab", "Tell us
all of 'em"); Dev, who tests the app and numbers his checks ("Test 3:"); Grandpa Walt from Minnesota ("Well now",
"folks", "little fella"); Sofia, a Spanish au pair ("which colour it has?", "in the arms"); Bryony, a brisk PE teacher
("Quick headcount"); and Mei, a Singapore mum ("ah", "got", "same colour or not?"). On the drawing: Noah, six, speaking
to a tablet; Ms Liu, a Vancouver art teacher; Raj, a Leicester accountant who is systematic; Isla, eleven, doing her
maths homework; Mr Brennan, a retired Boston carpenter ("we got", "dead center"); Fatou, a Senegalese student in Paris
writing French-shaped English ("forms", "the circle red", "more big", "the row of bottom"); Derek, a night security
guard, bored on shift; and Helga, a retired German schoolteacher, polite and exact.

Sentence shapes: bare and near-bare requests ("Test 4: clock — top or bottom of the frame?", "Big things, how many
have?"), voice-typed run-ons with no punctuation ("the thing right at the back what colour"), fronted topics ("The two
brown objects — kindly tell me if ...", "Man in white — his tie is which colour?", "Top row, second one in from the
left"), tags ("is it?", "right?", "yes?", "or not?", "ah"), questions inside statements and asides ("I'm making a
worksheet for my Year 2s.", "I need its colour for the answer sheet", "I think one is small"), comparisons said several
ways ("more ... than", "fewer ... than", "as many ... as", "same number", "which one is the bigger", "more big", "match
in size"), negatives and exceptions ("If we exclude every purple item", "Leave out the spheres", "aren't gray", "besides
the red cube", "apart from the circles", "other than the cups and the plate", "everything but the circles"), and
follow-ups that point back while naming what they point at ("And that rubber one", "And how many of those blue ones",
"Out of these, how many cubes").

The questions cover counts (with conditions, negation, "or" and "put together"), existence, an attribute of one thing,
yes/no checks of one value and two checks at once, comparisons of counts ("more", "fewer", "as many as", "the same
number") and of attributes (same colour, size, shape or material), quantifiers ("all", "every", "both", "none",
"any", "most"), exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs only their stated
relations: on, near, holding, wearing, throwing, behind, left, right, in front), one- and two-hop chains,
superlatives and ordinals, other things sharing a value, which of two things is the bigger, lists of values, the number
of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and the text on
the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (5, 7, 11, 24, 26, 28, 29, 31,
41, 42, 43, 45, 46 and 47; one or two people to a scene), about 30% about the photo-like graphs (street, kitchen,
park) and 20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the
person's other questions (prices, opinions and feelings, what happens next, names, makers and software, the world
outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so the
drawing's rectangle is always "the yellow rectangle"); places and orders are only asked where a careful person could
call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor or of a neighbour in the order
along that axis, a side of a CLEVR picture is asked only of an object whose box centre lies within 130 pixels of the
edge of the 480-pixel frame, and on the drawing and photos neighbours in an order are at least 40 pixels apart;
nothing is asked of the photo graphs that their stated relations and attributes leave open. A which-side question is
answered with the side; a "which is bigger" between two things is asked only where their size classes differ, and
answered with the word that tells the bigger one from the other (its shape, or its colour where both share a shape).
"Adults" in the park are the people who are not children. Answers are the graph's words (gray, not grey; sphere, not
ball; a list most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag. Every gold
program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), blind_gold.py and blind_helpers.py
(the gold helpers imported here), the first 5 lines of blind66.jsonl (for the line format), and the scenes themselves
(photo_scenes.json and the CLEVR val scenes file, inspected with small Python snippets). No question was run through
nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind87.py`` to write ``../blind87.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind87.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def hues(s, ids) -> str:
    """The number of different colours among CLEVR objects ids."""
    return str(len({s.a(i, "color") for i in ids}))


def yellow_rectangle(p) -> str:
    """The drawing's one yellow rectangle (a square counts as a rectangle, so it is never just "the rectangle")."""
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


def others_drawn(p, anchor: str, attribute: str) -> list[str]:
    """The drawn shapes other than the anchor that share its value of ``attribute``."""
    return [o for o in p.objects if o != anchor and p.value(o, attribute) == p.value(anchor, attribute)]


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 5: small cyan metal sph (front), large purple rubber sph, large brown metal sph, small purple rubber sph (far left), small red rubber cube (back), large brown metal cube, large blue rubber cube (far right), small green rubber cyl

# --- Keisha, a night-shift nurse on her break; quick and low-key
C(
    "count",
    5,
    "ok quick one before my break ends — how many balls in this picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "count",
    5,
    "how many of the big ones are rubber?",
    "count(f(scene(), size=large, material=rubber))",
    lambda s: n(s.f(size="large", material="rubber")),
)
C(
    "attribute",
    5,
    "what colour is the cylinder? there's only the one I think",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "spatial",
    5,
    "and how many things are sitting behind the big purple ball?",
    "count(rel(u(f(sel(sphere), size=large, color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="large", color="purple"))),
)
C(
    "superlative",
    5,
    "which one's closest to me, like nearest the front? shape is fine",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
X(5, "honestly who makes these and do they get paid for it")

# --- Mr Okafor, a Lagos-born accountant in Manchester; formal and precise
C(
    "compare_count",
    5,
    "Good evening. Please, are there more spheres than cubes in this picture?",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "number",
    5,
    "How many different colours do the spheres have between them?",
    "nvalues(sel(sphere), color)",
    lambda s: hues(s, s.f(shape="sphere")),
)
C(
    "negation",
    5,
    "If we exclude every purple item, how many objects remain?",
    "count(fn(scene(), color=purple))",
    lambda s: n(lacking(s, s.all(), color="purple")),
)
C(
    "compare_attr",
    5,
    "The two brown objects — kindly tell me if they are made of the same material.",
    "same(f(scene(), color=brown), material)",
    lambda s: alike(s, s.f(color="brown"), "material"),
)
C(
    "compare_size",
    5,
    "Between the red cube and the blue cube, which one is the bigger? Just the colour, please.",
    "q(u(f(union(f(sel(cube), color=red), f(sel(cube), color=blue)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cube", color="red"), s.the(shape="cube", color="blue"), "color"),
)
C(
    "chain",
    5,
    "To the right of the brown ball there is one other ball, and in front of that ball there is a third one. What is the third ball made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=brown)), right), shape=sphere)), front), shape=sphere)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="brown"), "right", shape="sphere"), "front", shape="sphere"),
        "material",
    ),
)
C(
    "position",
    5,
    "And the small purple sphere: is it on the left side of the picture or on the right?",
    "choose(u(f(sel(sphere), size=small, color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="purple")),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube (far left), large brown metal cube (front), small purple metal cyl (back), small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (far right)

# --- Gus, a retired Ohio plumber; chatty
C(
    "count",
    7,
    "My granddaughter sent me this one to puzzle over. How many of them cylinders are in there? I'll tell ya, I keep losing count.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "count",
    7,
    "And how many of the cylinders are on the small side?",
    "count(f(sel(cylinder), size=small))",
    lambda s: n(s.f(shape="cylinder", size="small")),
)
C(
    "attribute",
    7,
    "There's just the one ball in there. What's it made out of?",
    "q(u(sel(sphere)), material)",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
C(
    "same_attr",
    7,
    "That big yellow block over on the right — how many other things in there are made of the same stuff as it?",
    "count(same_attr(u(f(sel(cube), color=yellow)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="yellow"), "material")),
)
C(
    "spatial",
    7,
    "Is the little blue cylinder to the left of the gray cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=gray)), left), color=blue, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "blue"}, "left", {"shape": "cylinder", "color": "gray"}),
)
X(7, "What do you figure a set of blocks like that'd run you down at the hardware store?")

# --- Ingrid, a Swedish physiotherapist
C(
    "compare_count",
    7,
    "Hello! Is it so that there are more cylinders than cubes here?",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)
C(
    "superlative",
    7,
    "Which object is the most far back? I want to know the colour.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "position",
    7,
    "The big yellow cube, it stands on the right side of the image or the left?",
    "choose(u(f(sel(cube), size=large, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="large", color="yellow")),
)
C(
    "quantifier",
    7,
    "Are all the cubes big ones? I think one is small.",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)
C(
    "chain",
    7,
    "In front of the small cyan cylinder there is a large cylinder, and in front of that one again stands a cube. Which colour has the cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=small, color=cyan)), front), shape=cylinder, size=large)), front), shape=cube)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cylinder", size="small", color="cyan"), "front", shape="cylinder", size="large"),
            "front",
            shape="cube",
        ),
        "color",
    ),
)
C(
    "list",
    7,
    "Which colours do the cylinders have? Please tell all.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph (front), small gray metal cyl, small green rubber sph (far right), large blue metal cube (back), large brown rubber sph, large brown metal cyl, small purple rubber sph (far left)

# --- Tyler, twelve; types fast, no capitals, no question marks
C(
    "count",
    11,
    "yo how many brown things are in this one",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "superlative",
    11,
    "whats the thing all the way on the right, what shape",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "exist",
    11,
    "is there anything red in here at all",
    "exist(f(scene(), color=red))",
    lambda s: yes(bool(s.f(color="red"))),
)
C(
    "compare_attr",
    11,
    "are the two cubes the same colour",
    "same(sel(cube), color)",
    lambda s: alike(s, s.f(shape="cube"), "color"),
)
C(
    "spatial",
    11,
    "how many spheres are in front of the big blue cube",
    "count(f(rel(u(f(sel(cube), size=large, color=blue)), front), shape=sphere))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cube", size="large", color="blue")), shape="sphere")),
)

C(
    "compare_size",
    11,
    "is the purple ball bigger than the yellow one",
    "larger(u(f(sel(sphere), color=purple)), u(f(sel(sphere), color=yellow)))",
    lambda s: larger(s, s.the(shape="sphere", color="purple"), s.the(shape="sphere", color="yellow")),
)

# --- Mrs Doyle, a grandmother from Cork
C(
    "count",
    11,
    "Would you ever tell me how many balls are in this one? My grandson says five but sure he'd say anything.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    11,
    "The big brown ball and the big brown cylinder — are they made of the same stuff at all?",
    "same(u(f(sel(sphere), size=large, color=brown)), u(f(sel(cylinder), size=large, color=brown)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", size="large", color="brown"), "material")
        == s.a(s.the(shape="cylinder", size="large", color="brown"), "material")
    ),
)
C(
    "negation",
    11,
    "And how many things are there that aren't brown?",
    "count(fn(scene(), color=brown))",
    lambda s: n(lacking(s, s.all(), color="brown")),
)
C(
    "chain",
    11,
    "To the right of the little green cube there's a ball, and behind that ball there's a cylinder. What colour is that cylinder, now?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=green)), right), shape=sphere)), behind), shape=cylinder)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="small", color="green"), "right", shape="sphere"),
            "behind",
            shape="cylinder",
        ),
        "color",
    ),
)
C(
    "quantifier",
    11,
    "Is it true that none of the little ones are made of metal?",
    "not_(exist(f(scene(), size=small, material=metal)))",
    lambda s: yes(not s.f(size="small", material="metal")),
)
C(
    "position",
    11,
    "The little purple ball, is it over on the left-hand side of the picture or the right?",
    "choose(u(f(sel(sphere), size=small, color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="purple")),
)
X(11, "Do you think it'd make a nice picture for the wall in the good room?")

# scene 24: small red metal cube, large red rubber cyl (front), large green metal cube (far right), small brown metal cyl (far left), large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph (back), large brown rubber cube, small gray rubber cube

# --- Arjun, a software engineer in Bengaluru
C(
    "count",
    24,
    "Hi, how many cubes are there in this image in total?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "count",
    24,
    "Out of these, how many cubes are small?",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C(
    "compare_attr",
    24,
    "Both the spheres are same colour or not?",
    "same(sel(sphere), color)",
    lambda s: alike(s, s.f(shape="sphere"), "color"),
)
C(
    "quantifier",
    24,
    "Is it that every red object is made of metal?",
    "not_(exist(fn(f(scene(), color=red), material=metal)))",
    lambda s: every(s, s.f(color="red"), material="metal"),
)
C(
    "spatial",
    24,
    "How many things are kept in front of the big gray cube?",
    "count(rel(u(f(sel(cube), size=large, color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="gray"))),
)
C(
    "superlative",
    24,
    "Which object is second from the left side? Tell me its colour.",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)
X(24, "Which software was used to render this image? Blender or something else?")

# scene 26: large brown metal cyl (far left), large green metal sph, small purple metal cube (front), large cyan metal sph, small green metal cyl (back), small purple rubber cube (far right), small green metal sph, large green metal cyl

# --- Carla, a hairdresser in San Antonio
C(
    "count",
    26,
    "Okay so how many green things we got in here?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "exist",
    26,
    "Is anything in here not shiny? Like matte, rubber?",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
C(
    "attribute",
    26,
    "And that rubber one, girl, what color is it?",
    "q(u(f(scene(), material=rubber)), color)",
    lambda s: s.a(only(s.f(material="rubber")), "color"),
)
C(
    "compare_attr",
    26,
    "The two purple cubes, are they the same size?",
    "same(f(sel(cube), color=purple), size)",
    lambda s: alike(s, s.f(shape="cube", color="purple"), "size"),
)
C(
    "chain",
    26,
    "There's a cube in front of the cyan ball — what's that cube made of?",
    "q(u(f(rel(u(f(sel(sphere), color=cyan)), front), shape=cube)), material)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="cyan"), "front", shape="cube"), "material"),
)
C(
    "superlative",
    26,
    "Which ball is the furthest back? Color please.",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
X(26, "If I wanted my hair that exact cyan, what dye brand would get me there?")

# scene 28: large red metal cyl (front), small red rubber cyl (right), large purple rubber cyl (back), small brown metal sph

# --- Pete, a lorry driver on a rest stop; blunt
C(
    "count",
    28,
    "Four things there, is it? How many are cylinders?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "verify",
    28,
    "That ball's brown, right?",
    "verify(u(sel(sphere)), color, brown)",
    lambda s: yes(s.a(s.the(shape="sphere"), "color") == "brown"),
)
C(
    "two_clause",
    28,
    "Is the ball small and is it metal?",
    "and_(verify(u(sel(sphere)), size, small), verify(u(sel(sphere)), material, metal))",
    lambda s: yes(s.a(s.the(shape="sphere"), "size") == "small" and s.a(s.the(shape="sphere"), "material") == "metal"),
)
C(
    "compare_size",
    28,
    "Which is bigger, the purple one or the ball?",
    "q(u(f(union(f(scene(), color=purple), sel(sphere)), size=large)), shape)",
    lambda s: bigger_of(s, only(s.f(color="purple")), s.the(shape="sphere")),
)
C(
    "spatial",
    28,
    "How many things are parked in front of the purple cylinder?",
    "count(rel(u(f(sel(cylinder), color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="purple"))),
)
C(
    "compare_attr",
    28,
    "The two red ones — same size?",
    "same(f(scene(), color=red), size)",
    lambda s: alike(s, s.f(color="red"), "size"),
)

# scene 29: large cyan metal sph (back), large cyan rubber cyl, large red metal cyl (far left, front), small brown rubber sph

# --- Hannah, a teaching assistant making a worksheet for her Year 2s
C(
    "count",
    29,
    "I'm making a worksheet for my Year 2s. How many objects are there altogether?",
    "count(scene())",
    lambda s: n(s.all()),
)
C("count", 29, "How many of them are cyan?", "count(f(scene(), color=cyan))", lambda s: n(s.f(color="cyan")))
C(
    "compare_attr",
    29,
    "Are the two cyan things the same shape?",
    "same(f(scene(), color=cyan), shape)",
    lambda s: alike(s, s.f(color="cyan"), "shape"),
)
C(
    "same_attr",
    29,
    "How many other objects are the same size as the red cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=red)), size))",
    lambda s: n(others(s, s.the(shape="cylinder", color="red"), "size")),
)
C(
    "superlative",
    29,
    "Which object is nearest the front? I need its colour for the answer sheet.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    29,
    "Is the brown ball to the right of the cyan cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=cyan)), right), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "right", {"shape": "cylinder", "color": "cyan"}),
)
X(29, "Is this the kind of thing that'll come up in their SATs next year?")

# scene 31: small cyan rubber cyl, large green metal cyl (far right), large blue metal sph, small red metal cyl (back), small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph (far left), small brown rubber cyl

# --- Leo, a student dodging his essay
C(
    "count",
    31,
    "procrastinating my essay with this. how many spheres are there?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "count",
    31,
    "how many cylinders and cubes are there combined?",
    "count(union(sel(cylinder), sel(cube)))",
    lambda s: n(s.f(shape=("cylinder", "cube"))),
)
C(
    "quantifier",
    31,
    "are most of the things here small?",
    "gt(count(f(scene(), size=small)), count(fn(scene(), size=small)))",
    lambda s: most([s.a(i, "size") == "small" for i in s.all()]),
)
C(
    "number",
    31,
    "how many different colours are there across the whole thing",
    "nvalues(scene(), color)",
    lambda s: hues(s, s.all()),
)
C(
    "chain",
    31,
    "what's behind the cube? just one thing i think. what colour is it",
    "q(u(rel(u(sel(cube)), behind)), color)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cube"))), "color"),
)
C(
    "compare_attr",
    31,
    "the two blue things, same material?",
    "same(f(scene(), color=blue), material)",
    lambda s: alike(s, s.f(color="blue"), "material"),
)
X(31, "ok real question, what's the point of this dataset, like what are they training on it")

# --- Bev, a sheep farmer from Wagga Wagga
C(
    "count",
    31,
    "G'day. How many cylinders have we got in the mob?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    31,
    "The big sphere, what colour's that one?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "compare_count",
    31,
    "More rubber ones than metal ones, would you reckon?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "superlative",
    31,
    "Which one's furthest out to the left? What shape?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "spatial",
    31,
    "How many things sit to the right of the little brown cylinder?",
    "count(rel(u(f(sel(cylinder), size=small, color=brown)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", size="small", color="brown"))),
)
C(
    "negation",
    31,
    "Leave out the spheres — how many's left?",
    "count(fn(scene(), shape=sphere))",
    lambda s: n(lacking(s, s.all(), shape="sphere")),
)

# scene 41: small yellow metal cyl, small purple rubber cyl (front), large gray rubber sph, large yellow metal cyl (far left), small red metal cyl, small brown rubber sph (back), large blue metal sph, large cyan metal cyl (far right), large blue metal cube, small yellow rubber sph

# --- Dr Kowalski, a dentist with five minutes between patients
C(
    "count",
    41,
    "Right, I've got five minutes between patients. How many cylinders are in this picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "count",
    41,
    "How many of those cylinders are metal?",
    "count(f(sel(cylinder), material=metal))",
    lambda s: n(s.f(shape="cylinder", material="metal")),
)
C(
    "compare_attr",
    41,
    "The two yellow cylinders — do they match in size?",
    "same(f(sel(cylinder), color=yellow), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="yellow"), "size"),
)
C(
    "two_clause",
    41,
    "Is there a blue cube, and is there a blue sphere as well?",
    "and_(exist(f(sel(cube), color=blue)), exist(f(sel(sphere), color=blue)))",
    lambda s: yes(bool(s.f(shape="cube", color="blue")) and bool(s.f(shape="sphere", color="blue"))),
)
C(
    "superlative",
    41,
    "What's second from the front? Shape, please.",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
X(41, "Would any of these be a choking hazard for a toddler in my waiting room?")

# --- Jamal, a barista in Atlanta
C(
    "count",
    41,
    "How many yellow things are in there?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "attribute",
    41,
    "The lone cube, what's it made of?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "spatial",
    41,
    "How many things are sitting in front of the cube?",
    "count(rel(u(sel(cube)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube"))),
)
C(
    "chain",
    41,
    "Behind the little yellow ball there's another ball — what colour is that one?",
    "q(u(f(rel(u(f(sel(sphere), size=small, color=yellow)), behind), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="small", color="yellow"), "behind", shape="sphere"), "color"),
)
C(
    "compare_size",
    41,
    "Which is bigger — the gray ball or the red cylinder?",
    "q(u(f(union(f(sel(sphere), color=gray), f(sel(cylinder), color=red)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="gray"), s.the(shape="cylinder", color="red")),
)
C(
    "list",
    41,
    "What colours do the spheres come in?",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)

# scene 42: small yellow rubber sph, small gray rubber cyl (back), small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph (far left), large yellow metal sph (front, far right)

# --- Nan Rees from Cardiff
C(
    "count",
    42,
    "Right then, how many blue ones are in there, bach?",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "count",
    42,
    "And how many of those blue ones are rubber?",
    "count(f(scene(), color=blue, material=rubber))",
    lambda s: n(s.f(color="blue", material="rubber")),
)
C(
    "attribute",
    42,
    "The big yellow ball, what's that made of?",
    "q(u(f(sel(sphere), size=large, color=yellow)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large", color="yellow"), "material"),
)
C(
    "compare_count",
    42,
    "Are there as many balls as there are cubes?",
    "eq(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cube"))),
)
C(
    "spatial",
    42,
    "The gray cube's in front of the gray cylinder, is it?",
    "exist(f(rel(u(f(sel(cylinder), color=gray)), front), color=gray, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "gray"}, "front", {"shape": "cylinder", "color": "gray"}),
)
C(
    "superlative",
    42,
    "Which one's right at the back? What colour is it, love?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(42, "Who's the lovely person who made this for me to look at? I'd like to send them a card.")

# scene 43: large yellow metal cube, large cyan metal sph (far right), small blue metal cyl (front), small cyan metal sph, large blue metal cube, large green rubber cube (back), large gray rubber sph (far left), small cyan rubber sph

# --- Chen Wei, a Chinese graduate student
C(
    "count",
    43,
    "How many ball is cyan colour?",
    "count(f(sel(sphere), color=cyan))",
    lambda s: n(s.f(shape="sphere", color="cyan")),
)
C(
    "compare_attr",
    43,
    "The three cyan balls, they are all same material?",
    "same(f(sel(sphere), color=cyan), material)",
    lambda s: alike(s, s.f(shape="sphere", color="cyan"), "material"),
)
C("count", 43, "Big things, how many have?", "count(f(scene(), size=large))", lambda s: n(s.f(size="large")))
C(
    "spatial",
    43,
    "The green cube is behind the yellow cube, right or not?",
    "exist(f(rel(u(f(sel(cube), color=yellow)), behind), color=green, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "green"}, "behind", {"shape": "cube", "color": "yellow"}),
)
C(
    "chain",
    43,
    "In front of the blue cube there is one sphere. This sphere is metal or rubber?",
    "choose(u(f(rel(u(f(sel(cube), color=blue)), front), shape=sphere)), material, [metal, rubber])",
    lambda s: s.a(hop(s, s.the(shape="cube", color="blue"), "front", shape="sphere"), "material"),
)
C(
    "superlative",
    43,
    "Which thing is most left side? Tell me shape.",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
X(43, "This picture is from which university research? I want to cite it in my paper.")

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube (far right), large gray metal sph, large red metal sph (front), large cyan rubber sph (back), small yellow metal cyl (far left)

# --- Marco, an Italian chef in London
C(
    "count",
    45,
    "Ciao! How many balls there are in this picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    45,
    "The balls, they are all big?",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: every(s, s.f(shape="sphere"), size="large"),
)
C("count", 45, "And the cyan things — how many?", "count(f(scene(), color=cyan))", lambda s: n(s.f(color="cyan")))
C(
    "list",
    45,
    "The cyan ones, what shapes they are? All of them please.",
    "values(f(scene(), color=cyan), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="cyan")),
)
C(
    "compare_size",
    45,
    "Which is bigger, the red ball or the red cube?",
    "q(u(f(union(f(sel(sphere), color=red), f(sel(cube), color=red)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="red"), s.the(shape="cube", color="red")),
)

# --- Sandra, a call-centre worker on her lunch
C(
    "count",
    45,
    "On my lunch so bear with me. How many cubes are there?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "negation",
    45,
    "How many things aren't gray?",
    "count(fn(scene(), color=gray))",
    lambda s: n(lacking(s, s.all(), color="gray")),
)
C(
    "chain",
    45,
    "What's directly in front of the gray cube? Just the colour.",
    "q(u(rel(u(f(sel(cube), color=gray)), front)), color)",
    lambda s: s.a(only(related(s, "front", s.the(shape="cube", color="gray"))), "color"),
)
C(
    "superlative",
    45,
    "Which thing is right at the very back? What shape is it?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "same_attr",
    45,
    "How many other things are the same colour as the red cube?",
    "count(same_attr(u(f(sel(cube), color=red)), color))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "color")),
)
C(
    "two_clause",
    45,
    "Is the yellow cylinder small, and is it metal?",
    "and_(verify(u(f(sel(cylinder), color=yellow)), size, small), verify(u(f(sel(cylinder), color=yellow)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="yellow"), "size") == "small"
        and s.a(s.the(shape="cylinder", color="yellow"), "material") == "metal"
    ),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph (back), large cyan rubber cyl, small green rubber sph (far left), small purple metal sph (far right), large red rubber cube (front), small purple rubber cube

# --- Frank, a retired bookkeeper; takes it step by step
C("count", 46, "Let's take it step by step. How many spheres?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "quantifier",
    46,
    "Besides the red cube, is every cube a small one?",
    "not_(exist(fn(diff(sel(cube), f(sel(cube), color=red)), size=small)))",
    lambda s: every(s, lacking(s, s.f(shape="cube"), color="red"), size="small"),
)
C(
    "compare_count",
    46,
    "Are there fewer cubes than spheres?",
    "lt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="sphere"))),
)
C(
    "compare_attr",
    46,
    "Are the two cylinders the same colour?",
    "same(sel(cylinder), color)",
    lambda s: alike(s, s.f(shape="cylinder"), "color"),
)
C(
    "chain",
    46,
    "There's one object to the right of the gray cube. What material is it made of?",
    "q(u(rel(u(f(sel(cube), color=gray)), right)), material)",
    lambda s: s.a(only(related(s, "right", s.the(shape="cube", color="gray"))), "material"),
)
C(
    "position",
    46,
    "The green sphere — left side of the image, or right?",
    "choose(u(f(sel(sphere), color=green)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="green")),
)
X(46, "What would these be worth, for insurance purposes, if they were real?")

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (far right), small blue rubber cyl (back), small purple metal cube, small yellow metal sph (far left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph (front)

# --- Olu, a delivery rider dictating into his phone
C("count", 47, "how many cubes are in this picture", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "count",
    47,
    "how many of the cubes are purple",
    "count(f(sel(cube), color=purple))",
    lambda s: n(s.f(shape="cube", color="purple")),
)
C(
    "compare_attr",
    47,
    "the two yellow balls are they the same size",
    "same(f(sel(sphere), color=yellow), size)",
    lambda s: alike(s, s.f(shape="sphere", color="yellow"), "size"),
)
C(
    "spatial",
    47,
    "how many things are to the left of the big blue cube",
    "count(rel(u(f(sel(cube), size=large, color=blue)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", size="large", color="blue"))),
)
C(
    "superlative",
    47,
    "the thing right at the back what colour",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(47, "is this one of them captcha things i keep getting on the app")

# --- Beth, a librarian
C(
    "count",
    47,
    "How many objects in this picture are made of metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "exist",
    47,
    "Is there a green object of any kind?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "quantifier",
    47,
    "Are all of the spheres yellow?",
    "not_(exist(fn(sel(sphere), color=yellow)))",
    lambda s: every(s, s.f(shape="sphere"), color="yellow"),
)
C(
    "number",
    47,
    "How many different colours are the cubes?",
    "nvalues(sel(cube), color)",
    lambda s: hues(s, s.f(shape="cube")),
)
C(
    "chain",
    47,
    "Behind the large purple cube there's a small sphere, and behind that sphere there's a cube. What colour is that cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=large, color=purple)), behind), shape=sphere, size=small)), behind), shape=cube)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="large", color="purple"), "behind", shape="sphere", size="small"),
            "behind",
            shape="cube",
        ),
        "color",
    ),
)
C(
    "compare_size",
    47,
    "Which is the larger: the cyan cylinder or the red cylinder?",
    "q(u(f(union(f(sel(cylinder), color=cyan), f(sel(cylinder), color=red)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="cyan"), s.the(shape="cylinder", color="red"), "color"),
)
X(47, "Is there a book I could borrow that explains how pictures like this are made?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Kayla, seventeen, studying for her driving permit
P(
    "text",
    "street",
    "ok so what does the sign up in the corner say? I'm studying for my permit test",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "text",
    "street",
    "and there's writing painted on the road too, what does that say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P("attribute", "street", "what colour is the car", "q(u(sel(car)), color)", lambda p: p.value(p.the("car"), "color"))
P(
    "position",
    "street",
    "is the car near the top of the picture or down at the bottom",
    "choose(u(sel(car)), vposition, [top, bottom])",
    lambda p: p.value(p.the("car"), "vposition"),
)
P(
    "where",
    "street",
    "is the woman standing in front of the bus or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
X("street", "would I fail my test if I parked where that white car is?")

# --- Mr Hughes, a retired bus conductor from Swansea
P(
    "attribute",
    "street",
    "Forty years on the buses, me. What colour's this one, then?",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P(
    "text",
    "street",
    "And what's it got written along the side?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "count",
    "street",
    "How many vehicles can you see altogether — bus, cars, what have you?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "spatial",
    "street",
    "That stop sign, is it off to the right of the bus?",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "sign"))),
)
P(
    "compare_attr",
    "street",
    "The bus and the car — same colour, are they?",
    "same(u(sel(bus)), u(sel(car)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("car"), "color")),
)
X("street", "What route number would that be, d'you know? Looks like a Madrid bus to me.")

# --- Dmitri, a Russian-born courier
P("count", "street", "How many persons stand on street?", "count(sel(person))", lambda p: n(people(p)))
P(
    "count",
    "street",
    "How many of men are wearing tie?",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "chain",
    "street",
    "Man in white — his tie is which colour?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "superlative",
    "street",
    "Person most on left side — is man or woman?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "compare_count",
    "street",
    "Men are more than women here?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "number",
    "street",
    "How many different colours the people are wearing?",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)

# --- Aunty Grace, a church volunteer; kindly, and a worrier
P(
    "spatial",
    "street",
    "Who is that carrying the little dog?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "attribute",
    "street",
    "What colour is the lady wearing?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "verify",
    "street",
    "Is the little dog brown?",
    "verify(u(sel(dog)), color, brown)",
    lambda p: yes(p.value(p.the("dog"), "color") == "brown"),
)
P(
    "quantifier",
    "street",
    "Are both of the gentlemen wearing ties?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "spatial",
    "street",
    "Is the gentleman in white on the right of the lady?",
    "exist(f(rel(u(sel(woman)), right, name=man), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("right", p.the("woman")), "man"))),
)
P(
    "position",
    "street",
    "Is the tree on the left or the right of the picture?",
    "choose(u(sel(tree)), hposition, [left, right])",
    lambda p: p.value(p.the("tree"), "hposition"),
)
X("street", "Is it safe for her to be standing so close to a bus with a little dog? I do worry.")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Tomasz, a Polish builder
P(
    "count",
    "kitchen",
    "How many cups is standing on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "attribute",
    "kitchen",
    "Table is from wood or from something else?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "text",
    "kitchen",
    "What is written on bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "chain",
    "kitchen",
    "Cup which is on right side from bottle — what colour?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "spatial",
    "kitchen",
    "Woman stands on right side of table, yes?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
X("kitchen", "How much costs such wooden table in shop?")

# --- Meg, a student fed up with her flatmate's washing-up
P(
    "count",
    "kitchen",
    "how many things has my flatmate left on the table this time, total",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "exist",
    "kitchen",
    "is there a knife or did they just use a fork",
    "exist(sel(knife))",
    lambda p: yes(bool(p.f("knife"))),
)
P(
    "compare_attr",
    "kitchen",
    "is the plate the same colour as the blue cup",
    "same(u(sel(plate)), u(f(sel(cup), color=blue)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("cup", color="blue"), "color")),
)
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
    "which cup is furthest to the right, what colour",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
X("kitchen", "whose turn is it to wash up, be honest")

# --- Lorraine from Birmingham
P(
    "attribute",
    "kitchen",
    "What colour's the bottle, bab?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "attribute",
    "kitchen",
    "What colour top has the lady got on?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "spatial",
    "kitchen",
    "Is the red cup on the left of the plate?",
    "exist(f(rel(u(sel(plate)), left, name=cup), color=red))",
    lambda p: yes(any(p.value(o, "color") == "red" for o in named(p, p.subjects("left", p.the("plate")), "cup"))),
)
P(
    "count",
    "kitchen",
    "How many white things are on the table?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
P(
    "list",
    "kitchen",
    "What colours are the cups? Tell us all of 'em.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
X("kitchen", "Is she waiting on her fella to come home for his dinner, d'ya reckon?")

# --- Dev, who tests the app and numbers his checks
P(
    "number",
    "kitchen",
    "Test 1: number of distinct colours among the cups.",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "negation",
    "kitchen",
    "Test 2: count the objects on the table other than the cups and the plate.",
    "count(diff(diff(rel(u(sel(table)), on), sel(cup)), sel(plate)))",
    lambda p: n([o for o in on_table(p) if p.name(o) not in {"cup", "plate"}]),
)
P(
    "chain",
    "kitchen",
    "Test 3: colour of the cup immediately to the right of the plate.",
    "q(u(rel(u(sel(plate)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("plate")), "cup")), "color"),
)
P(
    "position",
    "kitchen",
    "Test 4: clock — top or bottom of the frame?",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)
P(
    "two_clause",
    "kitchen",
    "Test 5: is the fork made of metal and the table made of wood?",
    "and_(verify(u(sel(fork)), material, metal), verify(u(sel(table)), material, wood))",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal" and p.value(p.the("table"), "material") == "wood"),
)
P(
    "compare_count",
    "kitchen",
    "Test 6: are there more cups than plates?",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Grandpa Walt from Minnesota
P(
    "count",
    "park",
    "Well now, how many folks are out in the park there?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P("count", "park", "How many of 'em are kids?", "count(sel(child))", lambda p: n(children(p)))
P(
    "attribute",
    "park",
    "What color's that bench?",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "chain",
    "park",
    "And what color is the thing that little fella in blue is tossing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "superlative",
    "park",
    "Who's that standing furthest over to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("park", "Reckon it'll rain on 'em before they get home?")

# --- Sofia, a Spanish au pair
P("count", "park", "How many dogs there are in the park?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "The dog of the girl — I mean the dog near to the girl — which colour it has?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "spatial",
    "park",
    "Who has the black dog in the arms?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "compare_count",
    "park",
    "Are there more women than children in the park?",
    "gt(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) > len(children(p))),
)
P(
    "position",
    "park",
    "The bicycle, it is on the right side of the picture or the left side?",
    "choose(u(sel(bicycle)), hposition, [left, right])",
    lambda p: p.value(p.the("bicycle"), "hposition"),
)
X("park", "Is the girl the daughter of the woman in white? They look a little similar.")

# --- Bryony, a brisk PE teacher
P(
    "count",
    "park",
    "Quick headcount — how many adults?",
    "count(diff(sel(person), sel(child)))",
    lambda p: n([o for o in people(p) if o not in children(p)]),
)
P(
    "compare_attr",
    "park",
    "Are the two women dressed in the same colour?",
    "same(sel(woman), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("woman")}) == 1),
)
P(
    "spatial",
    "park",
    "Who's that standing by the bike?",
    "q(u(rel(u(sel(bicycle)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle")))),
)
P(
    "spatial",
    "park",
    "The bench — is it to the left of the bike?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "exist",
    "park",
    "Is there a ball anywhere, or just the frisbee?",
    "exist(sel(ball))",
    lambda p: yes(bool(p.f("ball"))),
)
P(
    "superlative",
    "park",
    "Second person in from the left — boy or girl?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)

# --- Mei, a mum from Singapore
P(
    "attribute",
    "park",
    "What colour is the bicycle ah?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "position",
    "park",
    "The tree behind the lady in red — on the left or right of the photo?",
    "choose(u(rel(u(f(sel(woman), color=red)), behind)), hposition, [left, right])",
    lambda p: p.value(only(p.subjects("behind", p.the("woman", color="red"))), "hposition"),
)
P("count", "park", "How many trees got?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "compare_attr",
    "park",
    "The two dogs same colour or not?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "number",
    "park",
    "How many different colours are the people wearing?",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
X("park", "This park is which one ah? Looks like the Botanic Gardens.")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Noah, six, speaking to a tablet
P("count", "shapes", "how many circles", "count(sel(circle))", lambda p: n(p.f("circle")))
P("attribute", "shapes", "what colour is the star", "q(u(sel(star)), color)", lambda p: p.value(p.the("star"), "color"))
P("exist", "shapes", "is there a moon", "exist(sel(moon))", lambda p: yes(bool(p.f("moon"))))
P(
    "compare_size",
    "shapes",
    "is the big circle bigger than the little circle",
    "larger(u(f(sel(circle), size=large)), u(f(sel(circle), size=small)))",
    lambda p: drawn_larger(p, p.the("circle", size="large"), p.the("circle", size="small")),
)
P("count", "shapes", "how many red shapes are there", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
X("shapes", "who drawed this picture")

# --- Ms Liu, an art teacher in Vancouver
P(
    "count",
    "shapes",
    "How many of the shapes are either red or yellow?",
    "count(union(f(scene(), color=red), f(scene(), color=yellow)))",
    lambda p: n([o for o in p.objects if p.value(o, "color") in {"red", "yellow"}]),
)
P(
    "number",
    "shapes",
    "How many different colours did the artist use in total?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "list",
    "shapes",
    "List the colours used for the big shapes, please.",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes are the same colour as the hexagon?",
    "count(same_attr(u(sel(hexagon)), color))",
    lambda p: n(others_drawn(p, p.the("hexagon"), "color")),
)
P(
    "compare_attr",
    "shapes",
    "Are the triangle and the yellow rectangle the same size?",
    "same(u(sel(triangle)), u(f(sel(rectangle), color=yellow)), size)",
    lambda p: yes(p.value(p.the("triangle"), "size") == p.value(yellow_rectangle(p), "size")),
)

# --- Raj, a Leicester accountant; systematic
P(
    "count",
    "shapes",
    "Right, let's be systematic. How many shapes are in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, which shape is furthest to the right?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "count",
    "shapes",
    "How many rectangles are there, counting the square as one?",
    "count(union(f(scene(), shape=rectangle), f(scene(), shape=square)))",
    lambda p: n(rectangles(p)),
)
P(
    "compare_count",
    "shapes",
    "Are there more small shapes than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "negation",
    "shapes",
    "Excluding the blue shapes, how many are left?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "two_clause",
    "shapes",
    "Is the triangle green and is the star red?",
    "and_(verify(u(sel(triangle)), color, green), verify(u(sel(star)), color, red))",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green" and p.value(p.the("star"), "color") == "red"),
)

# --- Isla, eleven, doing her maths homework
P(
    "position",
    "shapes",
    "What shape is in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "attribute",
    "shapes",
    "What colour is the square?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)
P(
    "count",
    "shapes",
    "How many shapes are in the middle row?",
    "count(f(scene(), vposition=middle))",
    lambda p: n(p.f(vposition="middle")),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, the square or the triangle?",
    "q(u(f(union(sel(square), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), p.the("triangle")),
)
P(
    "quantifier",
    "shapes",
    "Are all the circles blue?",
    "not_(exist(fn(sel(circle), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f("circle"))),
)
P(
    "verify",
    "shapes",
    "Is the hexagon a small one?",
    "verify(u(sel(hexagon)), size, small)",
    lambda p: yes(p.value(p.the("hexagon"), "size") == "small"),
)

# --- Mr Brennan, a retired carpenter from Boston
P(
    "negation",
    "shapes",
    "How many of the shapes have straight edges? Everything but the circles, I mean.",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "position",
    "shapes",
    "That yellow rectangle — left side or right side?",
    "choose(u(f(sel(rectangle), color=yellow)), hposition, [left, right])",
    lambda p: p.value(yellow_rectangle(p), "hposition"),
)
P(
    "superlative",
    "shapes",
    "Top row, second one in from the left — what shape we got there?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Are the square and the hexagon the same color?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "position",
    "shapes",
    "What's sitting in the dead center of the drawing?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
X("shapes", "What'd a framed print of this go for at a yard sale?")

# --- Fatou, a Senegalese student in Paris
P(
    "count",
    "shapes",
    "How many forms are blue in this drawing?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "list",
    "shapes",
    "The blue forms, which shapes they are?",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "position",
    "shapes",
    "The star is in the row of top or of bottom?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
P(
    "compare_size",
    "shapes",
    "Between the circle red and the hexagon, which is more big?",
    "q(u(f(union(f(sel(circle), color=red), sel(hexagon)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("hexagon")),
)
P(
    "exist",
    "shapes",
    "There is a yellow form which is small?",
    "exist(f(scene(), color=yellow, size=small))",
    lambda p: yes(bool(p.f(color="yellow", size="small"))),
)
X("shapes", "This drawing, it is made by a child or by a professional?")

# --- Derek, a night security guard, bored on shift
P(
    "count",
    "shapes",
    "Bored on nights. How many shapes on the screen all told?",
    "count(scene())",
    lambda p: n(p.objects),
)
P(
    "compare_count",
    "shapes",
    "Fewer red ones than blue ones?",
    "lt(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) < len(p.f(color="blue"))),
)
P(
    "superlative",
    "shapes",
    "Leftmost shape in the top row, what colour's that?",
    "q(ord(f(scene(), vposition=top), left, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left"), "color"),
)
P(
    "exist",
    "shapes",
    "Any of the big ones blue?",
    "exist(f(scene(), size=large, color=blue))",
    lambda p: yes(bool(p.f(size="large", color="blue"))),
)
P(
    "position",
    "shapes",
    "Bottom middle — what shape's that?",
    "q(u(f(scene(), hposition=middle, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="bottom"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Is the star bigger than the yellow rectangle?",
    "larger(u(sel(star)), u(f(sel(rectangle), color=yellow)))",
    lambda p: drawn_larger(p, p.the("star"), yellow_rectangle(p)),
)

# --- Helga, a retired German schoolteacher; polite and exact
P(
    "count",
    "shapes",
    "Good day. How many of the shapes are small, please?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "quantifier",
    "shapes",
    "Is it correct that most of the shapes are blue?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)
P(
    "superlative",
    "shapes",
    "In the upper row, which colour does the rightmost shape have?",
    "q(ord(f(scene(), vposition=top), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "color"),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes have the same size as the star?",
    "count(same_attr(u(sel(star)), size))",
    lambda p: n(others_drawn(p, p.the("star"), "size")),
)
P(
    "negation",
    "shapes",
    "Apart from the circles, is any shape red?",
    "exist(fn(f(scene(), color=red), shape=circle))",
    lambda p: yes(any(p.value(o, "shape") != "circle" for o in p.f(color="red"))),
)
P(
    "number",
    "shapes",
    "How many different colours are there in the lower row?",
    "nvalues(f(scene(), vposition=bottom), color)",
    lambda p: colour_count(p, p.f(vposition="bottom")),
)
X("shapes", "In which year was this drawing made, please?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
