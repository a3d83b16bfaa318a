# ruff: noqa: E501
"""Blind paraphrase set 92: a thirty-seventh fresh crowd with no common theme. Forty ordinary people of every age,
region, job and temperament, a few of them non-native speakers, each imagined once and kept in character for five to
seven questions about one picture, asking in plain everyday English in their own words and habits of speech, always
understandably to a careful reader. There is no shared persona gimmick: they read like the real users of a
picture-question app, typing or speaking to it.

The cast. On the CLEVR pictures: Wayne, a Black Country lorry driver dictating at a motorway services ("mate", "bits",
"meself", "my nipper"); Inês, a Portuguese nursing student in Leeds ("of rubber", "which colour has it?", "or not?");
Kwame, a Ghanaian-born London accountant, courteous and exact ("Could you tell me", "Kindly list", "for my records");
Chloe, eleven, all exclamation marks and capitals ("small AND shiny?", "I think it's purple!"); Meera, a Bangalore
software engineer ("What is the count of", "only, na?", "totally"); Siobhan, an Irish midwife on a night shift ("Grand,
so", "would you say", "at all"); Tobias, a Swedish furniture designer ("stands", "which colour does it have?"); Jamal,
a Philadelphia chemistry teacher preparing a class ("Quick one for my class", "outnumber"); Dolores, a Tucson retiree
who plays bridge ("dear", "Now,", "am I right?"); Lorenzo, an Italian barista in Melbourne ("How many cubes there
are", "they stay behind", "which colour it has?"); Ruth, a Minnesota librarian, orderly and polite ("I'd like its
shape", "Please list them"); Dev, a Toronto twenty-something typing fast in lowercase ("yo", "any rubber cubes?");
Gus, a Montana rancher, dry and short ("Count me the cylinders.", "'em"); Soo-ah, a Korean graduate student in Boston
("same colour with", "except itself", "how many kinds of colour"); Thandi, a Durban school librarian ("Shame"); Ahmed,
an Egyptian pharmacist ("most in the back", "made from what material?"); Kayla, an Atlanta hair stylist ("Okay so",
"like what shape"); Bogdan, a Romanian site foreman in Dublin ("How many cubes is there?", "what is standing there?");
Beatriz, a San Antonio dental hygienist between patients ("So is everything metal, then?"); and Walt, a retired
Michigan autoworker ("you got there", "big one or little one?"). On the photo-like graphs: Gloria, a Madrid-born
Spanish teacher in Chicago ("no?", "of which colour"); Trevor, a Leeds parking warden ("in shot", "all told"); Mr Duc,
a retired Vietnamese-American tailor ("most far to the left", "her clothes"); Hamid, an Afghan-born rideshare driver
in Sacramento ("also with the woman", "correct?"); Carol, a Newcastle dinner lady ("pet", "put out"); Arjun, a Pune IT
support engineer ("Quick check:", "Please confirm two things"); Fernando, a Colombian waiter in Miami ("is of which
material?", "How much costs"); Becca, an Ohio mum with a toddler on her lap; Keisha, a Baltimore PE teacher ("folks",
"kids"); Ingrid, a Dutch cycling commuter ("stands on the left of", "correct?"); Tyler, twelve ("whats", "the pic");
and Hélène, a Québécoise grandmother ("she wears which colour?", "who is it?"). On the drawing: Linda, a receptionist
doing it on her lunch break; Mateo, six, with his dad typing; Hyun-woo, a Korean engineering student ("the same size
with the star", "which colour it has?"); Barb, a Wisconsin bowling-league secretary ("hon", "we got"); Oliver, a
colour-blind Bristol accountant who checks colours carefully; Rashida, a Birmingham pharmacist ("smack in the
centre"); Tom, a retired Welsh chapel organist ("then", "is it?", "I shan't count"); and Marisol, a Filipino-American
nurse ("put together").

Sentence shapes: plain questions, bare fragments ("Rightmost cup — what colour?", "Count me the cylinders.", "Any
spoon anywhere?"), fronted places and topics ("Behind the brown cylinder, what is standing there?", "In the top row,
which shape comes last"), tags and confirmations ("no?", "na?", "yes?", "right?", "correct?", "isn't it?", "is it?",
"am I right?", "would you say?"), questions that lean on a statement ("There's a small cylinder behind the red ball —
what color is it?", "I'm colour-blind, so bear with me"), comparisons said several ways ("more ... than", "outnumber",
"as many ... as", "fewer ... than", "bigger than", "Which is larger", "The cylinders are more than the spheres, or
not?"), negatives and exceptions ("not made of metal", "aren't blue", "Not counting the bottle", "everything except
the big cylinder", "I shan't count the circles", "No metal cubes in there at all"), two checks joined ("small AND
shiny", "both small and made of rubber", "a cube and also a cylinder"), and follow-ups that point back while naming
what they point at ("Of those cubes", "And that car", "And the bench").

The questions cover counts (with conditions, "not", "not counting", "put together", "together"), existence, an
attribute of one thing, yes/no checks of one value, two checks at once, comparisons of counts ("more", "fewer", "as
many as", "outnumber") and of attributes (same colour, size, shape or material), quantifiers ("all", "every", "most",
"none", "any"), exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs only their stated
relations: on, near, holding, wearing, throwing, behind, left, right, in front), one- and two-hop chains,
superlatives and ordinals, other things sharing a value, which of two things is the bigger, lists of values, the
number of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and
the text on the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (37, 8, 33, 6, 10, 1,
3, 4, 23, 51, 39, 40, 34 and 58; one or two people to a scene), about 30% about the photo-like graphs (street,
kitchen, park) and about 20% about the drawing of flat shapes; about one in ten must be refused, each in the same
voice as the person's other questions (where to buy and what things cost, names and makers, opinions and favourites,
what happens next, which city, what things are for in the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so the
drawing's rectangle is always "the yellow rectangle"); places and orders are only asked where a careful person could
call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor or of a neighbour in the order
along that axis, a side of a CLEVR picture is asked only of an object whose box centre lies within 130 pixels of the
edge of the 480-pixel frame, and on the drawing and photos neighbours in an order are at least 40 pixels apart;
nothing is asked of the photo graphs that their stated relations and attributes leave open. A which-side question is
answered with the side; a "which is bigger" between two things is asked only where their size classes differ, and
answered with the word that tells the bigger one from the other (its shape, or its colour where both are cubes).
Answers are the graph's words (gray, not grey; sphere, not ball; woman, not lady; "blue, red, white" for a list,
most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag ("am I right?", "or
not?"). Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format and conventions), blind_gold.py and blind_helpers.py (the gold helpers imported
here), the first five lines of blind66.jsonl (for the line format), and the scenes themselves (photo_scenes.json and
the CLEVR val scenes.json of clevr-mini), inspected with small Python snippets. No question was run through nsvr's
parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind92.py`` to write ``../blind92.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind92.jsonl"
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

# scene 37: large gray rubber cyl, small brown rubber cube (front), large purple metal cube, small red rubber sph (far right), small red rubber cube, small gray metal cyl (back), small cyan rubber sph, large blue metal cyl (far left)

# --- Wayne, a Black Country lorry driver dictating at a motorway services
C(
    "count",
    37,
    "Alright mate, quick one while I'm parked up. How many cylinders you got in this picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    37,
    "Them two red ones — are they the same shape or what?",
    "same(f(scene(), color=red), shape)",
    lambda s: alike(s, s.f(color="red"), "shape"),
)
C(
    "exist",
    37,
    "Anything green in there at all? Can't see nothing green meself.",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "spatial",
    37,
    "How many bits are sat in front of the big purple cube?",
    "count(rel(u(f(sel(cube), size=large, color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="purple"))),
)
C(
    "superlative",
    37,
    "And the one right at the very back — what colour's that one?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "count",
    37,
    "Cubes and balls together, how many's that come to?",
    "count(union(sel(cube), sel(sphere)))",
    lambda s: n(s.f(shape=("cube", "sphere"))),
)
X(37, "Where d'you even get a set of these? My nipper'd love 'em for his birthday.")

# --- Inês, a Portuguese nursing student in Leeds
C(
    "count",
    37,
    "How many objects are small and of rubber?",
    "count(f(scene(), size=small, material=rubber))",
    lambda s: n(s.f(size="small", material="rubber")),
)
C(
    "compare_count",
    37,
    "The cylinders are more than the spheres, or not?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "chain",
    37,
    "At the right of the purple cube there is a sphere. Which colour has it?",
    "q(u(f(rel(u(f(sel(cube), color=purple)), right), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="purple"), "right", shape="sphere"), "color"),
)
C(
    "chain",
    37,
    "Please follow me: at the left of the big gray cylinder there is a sphere, and behind this sphere there is a cylinder. This cylinder is of metal or of rubber?",
    "choose(u(f(rel(u(f(rel(u(f(sel(cylinder), size=large, color=gray)), left), shape=sphere)), behind), shape=cylinder)), material, [metal, rubber])",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cylinder", size="large", color="gray"), "left", shape="sphere"),
            "behind",
            shape="cylinder",
        ),
        "material",
    ),
)
C(
    "position",
    37,
    "The blue cylinder is in which side of the image, left or right?",
    "choose(u(f(sel(cylinder), color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="blue")),
)
C(
    "compare_size",
    37,
    "Which one is bigger, the brown cube or the purple cube?",
    "q(u(f(union(f(sel(cube), color=brown), f(sel(cube), color=purple)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cube", color="brown"), s.the(shape="cube", color="purple"), "color"),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl (right), small cyan metal cube (far left), small brown rubber cube (back), large purple metal sph, small yellow rubber cyl (front), small yellow metal cube

# --- Kwame, a Ghanaian-born London accountant; courteous and exact
C(
    "count",
    8,
    "Good afternoon. Could you tell me how many cubes there are in this image?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "negation",
    8,
    "Of those cubes, how many are not made of metal?",
    "count(fn(sel(cube), material=metal))",
    lambda s: n(lacking(s, s.f(shape="cube"), material="metal")),
)
C(
    "compare_count",
    8,
    "Are there fewer large objects than small ones, would you say?",
    "lt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) < len(s.f(size="small"))),
)
C(
    "list",
    8,
    "Kindly list the colours of the cylinders for me.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "superlative",
    8,
    "Counting from the left, what shape is the third object?",
    "q(ord(scene(), left, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "shape"),
)
X(8, "For my records — what would it cost to replace a set like this one?")

# --- Chloe, eleven, all exclamation marks
C(
    "count",
    8,
    "How many yellow things are there?!",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "verify",
    8,
    "Is the big ball purple?? I think it's purple!",
    "verify(u(f(sel(sphere), size=large)), color, purple)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "purple"),
)
C(
    "two_clause",
    8,
    "Is the cyan cube small AND shiny?",
    "and_(verify(u(f(sel(cube), color=cyan)), size, small), verify(u(f(sel(cube), color=cyan)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="cyan"), "size") == "small"
        and s.a(s.the(shape="cube", color="cyan"), "material") == "metal"
    ),
)
C(
    "spatial",
    8,
    "Is the yellow cylinder in front of the big gray cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=gray)), front), color=yellow, shape=cylinder))",
    lambda s: is_rel(
        s, {"shape": "cylinder", "color": "yellow"}, "front", {"shape": "cylinder", "size": "large", "color": "gray"}
    ),
)
C(
    "quantifier",
    8,
    "Are all the cubes little ones?",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: every(s, s.f(shape="cube"), size="small"),
)
C(
    "superlative",
    8,
    "Which thing is the furthest to the front?! What shape is it?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)

# scene 33: small cyan rubber cube (far right), small gray metal sph, small blue rubber cyl, large cyan metal cyl (back), large green metal cube (far left), large red metal sph (front)

# --- Meera, a Bangalore software engineer
C(
    "count",
    33,
    "What is the count of metal objects here?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_attr",
    33,
    "Both the cyan objects are the same shape only, na?",
    "same(f(scene(), color=cyan), shape)",
    lambda s: alike(s, s.f(color="cyan"), "shape"),
)
C(
    "chain",
    33,
    "Behind the small gray sphere there is one cube. What is its colour?",
    "q(u(f(rel(u(f(sel(sphere), size=small, color=gray)), behind), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="small", color="gray"), "behind", shape="cube"), "color"),
)
C(
    "superlative",
    33,
    "Frontmost object — what is it made of?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C(
    "number",
    33,
    "How many different colours are there totally?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "position",
    33,
    "The small cyan cube is on which side of the image — left or right?",
    "choose(u(f(sel(cube), size=small, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="small", color="cyan")),
)
X(33, "Which software was this rendered in? Blender, is it?")

# scene 6: small purple rubber sph, large red rubber cyl (back), small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube (far right), large red rubber sph (front), large gray rubber sph (far left)

# --- Siobhan, an Irish midwife on a night shift
C(
    "count",
    6,
    "Grand, so — how many balls are in this one?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "count",
    6,
    "And how many red things, any shape at all?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_attr",
    6,
    "Would the two cylinders be the same colour at all?",
    "same(sel(cylinder), color)",
    lambda s: alike(s, s.f(shape="cylinder"), "color"),
)
C(
    "quantifier",
    6,
    "Are the big ones all rubber, would you say?",
    "not_(exist(fn(f(scene(), size=large), material=rubber)))",
    lambda s: every(s, s.f(size="large"), material="rubber"),
)
C(
    "superlative",
    6,
    "What's the thing furthest back? Just the shape is grand.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
X(6, "If you dropped that big red ball on a hard floor, would it bounce, do you think?")

# --- Tobias, a Swedish furniture designer
C(
    "compare_size",
    6,
    "Which is larger, the blue cube or the purple cylinder?",
    "q(u(f(union(f(sel(cube), color=blue), f(sel(cylinder), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="blue"), s.the(shape="cylinder", color="purple")),
)
C(
    "spatial",
    6,
    "How many objects are standing to the left of the little red cube?",
    "count(rel(u(f(sel(cube), size=small, color=red)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", size="small", color="red"))),
)
C(
    "chain",
    6,
    "In front of the blue cube stands one cylinder. Which colour does it have?",
    "q(u(f(rel(u(f(sel(cube), color=blue)), front), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="blue"), "front", shape="cylinder"), "color"),
)
C(
    "same_attr",
    6,
    "How many other objects share the material of the red cube?",
    "count(same_attr(u(f(sel(cube), color=red)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "material")),
)
C(
    "exist",
    6,
    "Is there any cylinder made from metal?",
    "exist(f(sel(cylinder), material=metal))",
    lambda s: yes(bool(s.f(shape="cylinder", material="metal"))),
)
C(
    "superlative",
    6,
    "Counting the spheres from the front, which colour has the second one?",
    "q(ord(sel(sphere), front, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front", 2), "color"),
)

# scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl (front), large gray metal cyl (far right), small gray rubber cube (back), large red rubber sph

# --- Jamal, a Philadelphia chemistry teacher preparing a class
C(
    "count",
    10,
    "Quick one for my class: how many cylinders are there?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_count",
    10,
    "Do the metal objects outnumber the rubber ones?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "two_clause",
    10,
    "Is the gray cube both small and made of rubber?",
    "and_(verify(u(f(sel(cube), color=gray)), size, small), verify(u(f(sel(cube), color=gray)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="gray"), "size") == "small"
        and s.a(s.the(shape="cube", color="gray"), "material") == "rubber"
    ),
)
C(
    "spatial",
    10,
    "Is the purple sphere to the left of the green cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=green)), left), color=purple, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "purple"}, "left", {"shape": "cylinder", "color": "green"}),
)
C(
    "superlative",
    10,
    "What color is the object farthest to the right?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
X(10, "What's the melting point of that gray metal cylinder? That'd be a nice one for the kids.")

# --- Dolores, a Tucson retiree who plays bridge
C(
    "count",
    10,
    "How many red items are there, dear?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_attr",
    10,
    "Are the two red ones the same size?",
    "same(f(scene(), color=red), size)",
    lambda s: alike(s, s.f(color="red"), "size"),
)
C(
    "attribute",
    10,
    "What is the purple ball made of?",
    "q(u(f(sel(sphere), color=purple)), material)",
    lambda s: s.a(s.the(shape="sphere", color="purple"), "material"),
)
C(
    "chain",
    10,
    "Now, behind the little red cylinder there's a cube, and to the left of that cube there's a cylinder. What color is that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), size=small, color=red)), behind), shape=cube)), left), shape=cylinder)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cylinder", size="small", color="red"), "behind", shape="cube"),
            "left",
            shape="cylinder",
        ),
        "color",
    ),
)
C(
    "position",
    10,
    "Is the purple ball over on the left side of the picture or the right?",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
C(
    "quantifier",
    10,
    "No metal cubes in there at all — am I right?",
    "not_(exist(f(sel(cube), material=metal)))",
    lambda s: yes(not s.f(shape="cube", material="metal")),
)

# scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl (front), small blue rubber cyl (far right), small brown metal sph (far left)

# --- Lorenzo, an Italian barista in Melbourne
C(
    "count",
    1,
    "How many cubes there are in the picture?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    1,
    "The two blue cylinders — they are made of the same material?",
    "same(f(sel(cylinder), color=blue), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="blue"), "material"),
)
C(
    "attribute",
    1,
    "The ball, which colour it has?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "spatial",
    1,
    "How many things they stay behind the purple cube?",
    "count(rel(u(f(sel(cube), color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="purple"))),
)
C(
    "verify",
    1,
    "The gray cube is a big one, yes?",
    "verify(u(f(sel(cube), color=gray)), size, large)",
    lambda s: yes(s.a(s.the(shape="cube", color="gray"), "size") == "large"),
)
X(1, "These cubes, they are made in Italy? Who is the producer?")

# --- Ruth, a Minnesota librarian; orderly and polite
C(
    "superlative",
    1,
    "Which object is closest to the front? I'd like its shape, please.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "compare_size",
    1,
    "Is the brown sphere larger than the gray cube?",
    "larger(u(sel(sphere)), u(f(sel(cube), color=gray)))",
    lambda s: larger(s, s.the(shape="sphere"), s.the(shape="cube", color="gray")),
)
C(
    "negation",
    1,
    "How many of the objects are not blue?",
    "count(fn(scene(), color=blue))",
    lambda s: n(lacking(s, s.all(), color="blue")),
)
C(
    "compare_count",
    1,
    "Are there as many cylinders as there are cubes?",
    "eq(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="cube"))),
)
C(
    "same_attr",
    1,
    "How many other objects are made of the same material as the sphere?",
    "count(same_attr(u(sel(sphere)), material))",
    lambda s: n(others(s, s.the(shape="sphere"), "material")),
)
C(
    "list",
    1,
    "What shapes are the metal objects? Please list them.",
    "values(f(scene(), material=metal), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(material="metal")),
)

# scene 3: small red metal sph, small purple metal cube (far left, front), large red rubber cyl (far right), large purple rubber cyl (back), small red metal cyl

# --- Dev, a Toronto twenty-something typing fast
C(
    "count",
    3,
    "yo how many red things in this one?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "count",
    3,
    "and how many of the cylinders are red?",
    "count(f(sel(cylinder), color=red))",
    lambda s: n(s.f(shape="cylinder", color="red")),
)
C(
    "compare_attr",
    3,
    "is the purple cube the same material as the red ball?",
    "same(u(f(sel(cube), color=purple)), u(f(sel(sphere), color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="purple"), "material") == s.a(s.the(shape="sphere", color="red"), "material")
    ),
)
C(
    "chain",
    3,
    "there's a small cylinder behind the red ball — what color is it?",
    "q(u(f(rel(u(f(sel(sphere), color=red)), behind), shape=cylinder, size=small)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="red"), "behind", shape="cylinder", size="small"), "color"),
)
C(
    "quantifier",
    3,
    "are most of the things metal?",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: most([s.a(i, "material") == "metal" for i in s.all()]),
)
C(
    "exist",
    3,
    "any rubber cubes?",
    "exist(f(sel(cube), material=rubber))",
    lambda s: yes(bool(s.f(shape="cube", material="rubber"))),
)
X(3, "who made this lol, is it from some video game?")

# scene 4: small red rubber cyl (back), small green rubber cyl (far left), small brown rubber sph (front), small yellow metal sph (far right), small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph

# --- Gus, a Montana rancher; dry and short
C(
    "count",
    4,
    "How many of 'em are small?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "attribute",
    4,
    "The one big one. What's it made of?",
    "q(u(f(scene(), size=large)), material)",
    lambda s: s.a(only(s.f(size="large")), "material"),
)
C("count", 4, "Count me the cylinders.", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_count",
    4,
    "More balls than cylinders?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "spatial",
    4,
    "Anything yellow sitting left of the big blue ball?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=blue)), left), color=yellow))",
    lambda s: yes(
        bool(among(s, related(s, "left", s.the(shape="sphere", size="large", color="blue")), color="yellow"))
    ),
)
X(4, "Reckon those'd hold up if you left 'em out in the weather all winter?")

# --- Soo-ah, a Korean graduate student in Boston
C(
    "count",
    4,
    "Could you tell me how many yellow objects there are?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "same_attr",
    4,
    "How many objects have the same colour with the green cylinder, except itself?",
    "count(same_attr(u(f(sel(cylinder), color=green)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", color="green"), "color")),
)
C(
    "number",
    4,
    "Among the spheres, how many kinds of colour are there?",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)
C(
    "superlative",
    4,
    "Which object is second from the back? Please tell me the colour.",
    "q(ord(scene(), behind, 2), color)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "color"),
)
C(
    "chain",
    4,
    "In front of the purple metal cylinder there is another purple object. What shape is it?",
    "q(u(f(rel(u(f(sel(cylinder), color=purple, material=metal)), front), color=purple)), shape)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="purple", material="metal"), "front", color="purple"), "shape"),
)
C(
    "two_clause",
    4,
    "Is there a purple cylinder and also a purple sphere?",
    "and_(exist(f(sel(cylinder), color=purple)), exist(f(sel(sphere), color=purple)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="purple")) and bool(s.f(shape="sphere", color="purple"))),
)

# scene 23: small yellow metal sph, small brown metal cyl (far left, front), large yellow rubber cyl (back), small brown metal sph (far right)

# --- Thandi, a Durban school librarian
C(
    "count",
    23,
    "How many balls are there in this picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    23,
    "Are the two balls the same colour?",
    "same(sel(sphere), color)",
    lambda s: alike(s, s.f(shape="sphere"), "color"),
)
C(
    "compare_size",
    23,
    "Which is bigger, the yellow ball or the yellow cylinder?",
    "q(u(f(union(f(sel(sphere), color=yellow), f(sel(cylinder), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="yellow"), s.the(shape="cylinder", color="yellow")),
)
C(
    "spatial",
    23,
    "Is the brown ball to the right of the yellow ball?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), right), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "right", {"shape": "sphere", "color": "yellow"}),
)
C(
    "quantifier",
    23,
    "Is everything except the big cylinder made of metal?",
    "not_(exist(fn(fn(scene(), size=large), material=metal)))",
    lambda s: every(s, lacking(s, s.all(), size="large"), material="metal"),
)
X(23, "Shame, it looks a bit empty. How much would it cost to buy a few more pieces for it?")

# scene 51: small brown metal sph, large gray rubber sph (back), small yellow metal cube (far left, front)

# --- Ahmed, an Egyptian pharmacist
C(
    "count",
    51,
    "How many objects are there in total, please?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "attribute",
    51,
    "The cube, what is its colour?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_size",
    51,
    "The gray ball is bigger than the brown ball?",
    "larger(u(f(sel(sphere), color=gray)), u(f(sel(sphere), color=brown)))",
    lambda s: larger(s, s.the(shape="sphere", color="gray"), s.the(shape="sphere", color="brown")),
)
C(
    "spatial",
    51,
    "How many objects are at the right of the yellow cube?",
    "count(rel(u(f(sel(cube), color=yellow)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="yellow"))),
)
C(
    "superlative",
    51,
    "The object most in the back, it is made from what material?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
C(
    "two_clause",
    51,
    "There is a cube and also a cylinder in the picture?",
    "and_(exist(sel(cube)), exist(sel(cylinder)))",
    lambda s: yes(bool(s.f(shape="cube")) and bool(s.f(shape="cylinder"))),
)

# scene 39: large gray metal cyl, small brown rubber cyl (far left, back), small gray metal cube (front)

# --- Kayla, an Atlanta hair stylist
C(
    "count",
    39,
    "Okay so how many cylinders are in here?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    39,
    "Are the two gray things the same shape?",
    "same(f(scene(), color=gray), shape)",
    lambda s: alike(s, s.f(color="gray"), "shape"),
)
C(
    "position",
    39,
    "That little brown cylinder — is it on the left side of the picture or the right?",
    "choose(u(f(sel(cylinder), size=small, color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="small", color="brown")),
)
C(
    "quantifier",
    39,
    "Is every gray thing metal?",
    "not_(exist(fn(f(scene(), color=gray), material=metal)))",
    lambda s: every(s, s.f(color="gray"), material="metal"),
)
C(
    "chain",
    39,
    "What's sitting in front of the big cylinder? Like what shape is it?",
    "q(u(rel(u(f(sel(cylinder), size=large)), front)), shape)",
    lambda s: s.a(only(related(s, "front", s.the(shape="cylinder", size="large"))), "shape"),
)
X(39, "Which one would be cutest as a little charm on a bracelet?")

# scene 40: small cyan metal cube (far right, front), large brown rubber cyl (far left), large gray metal cube (back)

# --- Bogdan, a Romanian site foreman in Dublin
C("count", 40, "How many cubes is there?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "attribute",
    40,
    "The big cube — which colour?",
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)
C(
    "compare_size",
    40,
    "Brown cylinder is bigger than the small cube, yes?",
    "larger(u(sel(cylinder)), u(f(sel(cube), size=small)))",
    lambda s: larger(s, s.the(shape="cylinder"), s.the(shape="cube", size="small")),
)
C(
    "compare_count",
    40,
    "Metal things are more than rubber things?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "chain",
    40,
    "Behind the brown cylinder, what is standing there? Tell me the shape.",
    "q(u(rel(u(f(sel(cylinder), color=brown)), behind)), shape)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cylinder", color="brown"))), "shape"),
)
C("exist", 40, "There is any ball?", "exist(sel(sphere))", lambda s: yes(bool(s.f(shape="sphere"))))

# scene 34: small red metal cyl (far left, front), small yellow metal cube (back), large gray metal cyl (far right)

# --- Beatriz, a San Antonio dental hygienist between patients
C(
    "count",
    34,
    "How many things in here are made of metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "quantifier",
    34,
    "So is everything metal, then?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "compare_attr",
    34,
    "Are the two cylinders the same size?",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "superlative",
    34,
    "Which one's closest to the camera? What color?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    34,
    "Is the yellow cube behind the big gray cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=gray)), behind), color=yellow, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "yellow"}, "behind", {"shape": "cylinder", "size": "large", "color": "gray"}
    ),
)
X(34, "What's the gray cylinder supposed to be used for in real life?")

# scene 58: small blue rubber sph (back, far right), large cyan metal cube (front), large purple metal cube (far left)

# --- Walt, a retired Michigan autoworker
C("count", 58, "How many cubes you got there?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "attribute",
    58,
    "The ball — big one or little one?",
    "choose(u(sel(sphere)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere"), "size"),
)
C(
    "compare_attr",
    58,
    "Those two cubes the same size?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "same_attr",
    58,
    "How many other things are blue like the ball?",
    "count(same_attr(u(sel(sphere)), color))",
    lambda s: n(others(s, s.the(shape="sphere"), "color")),
)
C(
    "spatial",
    58,
    "Is the cyan cube sitting in front of the purple one?",
    "exist(f(rel(u(f(sel(cube), color=purple)), front), color=cyan, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "cyan"}, "front", {"shape": "cube", "color": "purple"}),
)
C(
    "superlative",
    58,
    "What's farthest back? Just the shape.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Gloria, a Madrid-born Spanish teacher in Chicago
P(
    "text",
    "street",
    "What is written on the side of the bus? I think it is in Spanish.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("count", "street", "How many men are there in the street?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "chain",
    "street",
    "The man dressed in white, his tie is of which colour?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "compare_attr",
    "street",
    "The tie of the man in black and the bus, they have the same colour?",
    "same(u(rel(u(f(sel(man), color=black)), wearing, role=object)), u(sel(bus)), color)",
    lambda p: yes(p.value(worn_by(p, p.the("man", color="black")), "color") == p.value(p.the("bus"), "color")),
)
P(
    "spatial",
    "street",
    "The sign is at the right of the bus, no?",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "sign"))),
)
X("street", "Which city is this? Is it Madrid, or maybe Sevilla?")

# --- Trevor, a Leeds parking warden
P(
    "text",
    "street",
    "What's painted on the road surface there?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P("exist", "street", "Have we got a car in shot?", "exist(sel(car))", lambda p: yes(bool(p.f("car"))))
P(
    "position",
    "street",
    "And that car — is it at the top of the picture or the bottom?",
    "choose(u(sel(car)), vposition, [top, bottom])",
    lambda p: p.value(p.the("car"), "vposition"),
)
P(
    "where",
    "street",
    "Which side of the bus is the car on, left or right?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P(
    "count",
    "street",
    "How many vehicles in shot, all told?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
X("street", "Would that car get a ticket, parked there? What's the fine these days?")

# --- Mr Duc, a retired Vietnamese-American tailor
P("count", "street", "How many neckties can you see in the picture?", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "quantifier",
    "street",
    "Is every person wearing a tie?",
    "not_(exist(diff(sel(person), rel(sel(tie), wearing))))",
    lambda p: yes(all(o in wearers(p, "tie") for o in people(p))),
)
P(
    "attribute",
    "street",
    "The lady, what colour is her clothes?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "superlative",
    "street",
    "The person standing most far to the left, what colour is he wearing?",
    "q(ord(sel(person), left, 1), color)",
    lambda p: p.value(side_of(p, people(p), "left"), "color"),
)
P(
    "compare_attr",
    "street",
    "The two men — same colour clothing?",
    "same(sel(man), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("man")}) == 1),
)
X("street", "The man in black, his suit, where did he buy it? It is an expensive one?")

# --- Hamid, an Afghan-born rideshare driver in Sacramento
P("exist", "street", "Is there any bicycle on this street?", "exist(sel(bicycle))", lambda p: yes(bool(p.f("bicycle"))))
P(
    "spatial",
    "street",
    "The brown dog, who is holding it — a man or a woman?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "where",
    "street",
    "The tree, it is behind the bus or in front of it?",
    "choose_rel(u(sel(tree)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("tree"), p.the("bus"), ("front", "behind")),
)
P("count", "street", "How many people total, also with the woman?", "count(sel(person))", lambda p: n(people(p)))
P(
    "text",
    "street",
    "The red sign at the top, what word is on it?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "two_clause",
    "street",
    "The bus is red and the car is white, correct?",
    "and_(verify(u(sel(bus)), color, red), verify(u(sel(car)), color, white))",
    lambda p: yes(p.value(p.the("bus"), "color") == "red" and p.value(p.the("car"), "color") == "white"),
)
X("street", "This bus, it goes to the airport? Which number is it?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Carol, a Newcastle school dinner lady
P(
    "count",
    "kitchen",
    "How many cups have been put out on the table, pet?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "attribute",
    "kitchen",
    "What colour's the plate?",
    "q(u(sel(plate)), color)",
    lambda p: p.value(p.the("plate"), "color"),
)
P(
    "same_attr",
    "kitchen",
    "How many other things in the kitchen are white like the plate?",
    "count(same_attr(u(sel(plate)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("plate") and p.value(o, "color") == p.value(p.the("plate"), "color")]
    ),
)
P(
    "negation",
    "kitchen",
    "Not counting the bottle, how many things are on the table?",
    "count(diff(rel(u(sel(table)), on), sel(bottle)))",
    lambda p: n([o for o in on_table(p) if p.name(o) != "bottle"]),
)
P(
    "chain",
    "kitchen",
    "What's the fork lying next to?",
    "q(u(rel(u(sel(fork)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("fork")))),
)
X("kitchen", "What's she making for her dinner, d'you reckon?")

# --- Arjun, a Pune IT support engineer
P(
    "text",
    "kitchen",
    "Quick check: what time is the wall clock showing?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "superlative",
    "kitchen",
    "Rightmost cup — what colour?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "list",
    "kitchen",
    "Please list the colours of all the cups.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "compare_count",
    "kitchen",
    "Are there more cups than plates?",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P(
    "two_clause",
    "kitchen",
    "Please confirm two things: the bottle is green, and the clock is white?",
    "and_(verify(u(sel(bottle)), color, green), verify(u(sel(clock)), color, white))",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green" and p.value(p.the("clock"), "color") == "white"),
)
P("exist", "kitchen", "Any spoon anywhere?", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))

# --- Fernando, a Colombian waiter in Miami
P(
    "text",
    "kitchen",
    "The bottle, what word is written on it?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "chain",
    "kitchen",
    "The cup that is at the right of the bottle — which colour?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "spatial",
    "kitchen",
    "The woman is standing at the right of the table, yes?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "attribute",
    "kitchen",
    "The table is of which material?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "count",
    "kitchen",
    "How many things are on the table in total?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
X("kitchen", "How much costs a bottle of water like that one in a restaurant?")

# --- Becca, an Ohio mum with a toddler on her lap
P(
    "count",
    "kitchen",
    "How many white things are in this picture?",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "position",
    "kitchen",
    "Is the clock up at the top of the picture?",
    "verify(u(sel(clock)), vposition, top)",
    lambda p: yes(p.value(p.the("clock"), "vposition") == "top"),
)
P(
    "spatial",
    "kitchen",
    "The red cup's to the left of the plate, right?",
    "exist(f(rel(u(sel(plate)), left, name=cup), color=red))",
    lambda p: yes(any(p.value(o, "color") == "red" for o in named(p, p.subjects("left", p.the("plate")), "cup"))),
)
P(
    "compare_attr",
    "kitchen",
    "Is the bottle the same color as the lady's top?",
    "same(u(sel(bottle)), u(sel(woman)), color)",
    lambda p: yes(p.value(p.the("bottle"), "color") == p.value(p.the("woman"), "color")),
)
P(
    "number",
    "kitchen",
    "How many different colors are the cups?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "quantifier",
    "kitchen",
    "Is everything on the table a cup?",
    "not_(exist(diff(rel(u(sel(table)), on), sel(cup))))",
    lambda p: yes(all(p.name(o) == "cup" for o in on_table(p))),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Keisha, a Baltimore PE teacher
P(
    "chain",
    "park",
    "What color is the thing the boy is throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P("count", "park", "How many folks are out in the park?", "count(sel(person))", lambda p: n(people(p)))
P(
    "compare_count",
    "park",
    "Are there more women than kids out there?",
    "gt(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) > len(children(p))),
)
P(
    "verify",
    "park",
    "Boy's wearing blue, right?",
    "verify(u(sel(boy)), color, blue)",
    lambda p: yes(p.value(p.the("boy"), "color") == "blue"),
)
P(
    "chain",
    "park",
    "What's the boy standing near?",
    "q(u(rel(u(sel(boy)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("boy")))),
)
X("park", "Think one of those dogs is gonna chase after that frisbee?")

# --- Ingrid, a Dutch cycling commuter
P(
    "attribute",
    "park",
    "The bicycle — which colour is it?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "spatial",
    "park",
    "Is the woman in white near the bike?",
    "exist(f(rel(u(sel(bicycle)), near, name=woman), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("bicycle")), "woman"))),
)
P(
    "spatial",
    "park",
    "The bench stands on the left of the bicycle, correct?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "attribute",
    "park",
    "And the bench is made of what?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P("count", "park", "How many trees are in the photo?", "count(sel(tree))", lambda p: n(p.f("tree")))
X("park", "Which brand is the bike? It looks like a Gazelle to me.")

# --- Tyler, twelve
P("count", "park", "how many dogs are there?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "whats the color of the dog next to the girl?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P("exist", "park", "is there a ball anywhere?", "exist(sel(ball))", lambda p: yes(bool(p.f("ball"))))
P(
    "position",
    "park",
    "where's the frisbee, top or bottom of the pic?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "superlative",
    "park",
    "who is the furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)

# --- Hélène, a Québécoise grandmother
P("count", "park", "How many children are there in the park?", "count(sel(child))", lambda p: n(children(p)))
P(
    "attribute",
    "park",
    "The little girl, she wears which colour?",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P(
    "position",
    "park",
    "The tree behind the woman in red, it is on the left or the right of the picture?",
    "choose(u(rel(u(f(sel(woman), color=red)), behind)), hposition, [left, right])",
    lambda p: p.value(only(p.subjects("behind", p.the("woman", color="red"))), "hposition"),
)
P(
    "compare_attr",
    "park",
    "The two dogs, they are the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "quantifier",
    "park",
    "Nobody is dressed in green, is that right?",
    "not_(exist(f(sel(person), color=green)))",
    lambda p: yes(not [o for o in people(p) if p.value(o, "color") == "green"]),
)
P(
    "superlative",
    "park",
    "The second person from the left, who is it?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
X("park", "What are the names of the two children?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Linda, a receptionist doing it on her lunch break
P(
    "count",
    "shapes",
    "Doing this on my lunch break — what's the total number of shapes?",
    "count(scene())",
    lambda p: n(p.objects),
)
P("count", "shapes", "How many are blue?", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P(
    "compare_count",
    "shapes",
    "Are there more small shapes than big ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "position",
    "shapes",
    "What's in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles the same colour?",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
X("shapes", "Is this one of those personality tests? What does it say about me if I picked the star?")

# --- Mateo, six, with his dad typing
P(
    "count",
    "shapes",
    "my son is six and wants to know: how many circles are there",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "verify",
    "shapes",
    "is the triangle green",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the square or the big circle",
    "q(u(f(union(sel(square), f(sel(circle), size=large)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), p.the("circle", size="large")),
)
P("exist", "shapes", "is there a star", "exist(sel(star))", lambda p: yes(bool(p.f("star"))))
P(
    "attribute",
    "shapes",
    "what shape is the yellow one",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
X("shapes", "why is the star red")

# --- Hyun-woo, a Korean engineering student
P(
    "number",
    "shapes",
    "How many different colours are used for the large shapes?",
    "nvalues(f(scene(), size=large), color)",
    lambda p: colour_count(p, p.f(size="large")),
)
P(
    "superlative",
    "shapes",
    "In the bottom row, the shape most on the right — which colour it has?",
    "q(ord(f(scene(), vposition=bottom), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "color"),
)
P(
    "compare_size",
    "shapes",
    "Hexagon is bigger than the yellow rectangle?",
    "larger(u(sel(hexagon)), u(f(sel(rectangle), color=yellow)))",
    lambda p: drawn_larger(p, p.the("hexagon"), yellow_rectangle(p)),
)
P(
    "same_attr",
    "shapes",
    "How many shapes have the same size with the star, not including the star?",
    "count(same_attr(u(sel(star)), size))",
    lambda p: n(drawn_others(p, p.the("star"), "size")),
)
P(
    "list",
    "shapes",
    "Please list every shape that is blue.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "quantifier",
    "shapes",
    "All the large shapes are in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)

# --- Barb, a Wisconsin bowling-league secretary
P("count", "shapes", "How many red ones we got, hon?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "verify",
    "shapes",
    "Is that star a little one?",
    "verify(u(sel(star)), size, small)",
    lambda p: yes(p.value(p.the("star"), "size") == "small"),
)
P(
    "negation",
    "shapes",
    "How many shapes aren't blue?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "position",
    "shapes",
    "The hexagon's over on the right side, isn't it?",
    "verify(u(sel(hexagon)), hposition, right)",
    lambda p: yes(p.value(p.the("hexagon"), "hposition") == "right"),
)
P(
    "two_clause",
    "shapes",
    "Is the big circle red, and is it up in the top row?",
    "and_(verify(u(f(sel(circle), size=large)), color, red), verify(u(f(sel(circle), size=large)), vposition, top))",
    lambda p: yes(
        p.value(p.the("circle", size="large"), "color") == "red"
        and p.value(p.the("circle", size="large"), "vposition") == "top"
    ),
)
X("shapes", "Would this look good printed on our league's bowling shirts, you think?")

# --- Oliver, a colour-blind Bristol accountant
P(
    "attribute",
    "shapes",
    "I'm colour-blind, so bear with me: what colour is the triangle?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Are the star and the big circle the same colour? They look identical to me.",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color")),
)
P(
    "verify",
    "shapes",
    "Is the square blue, or am I mixing it up with something else?",
    "verify(u(sel(square)), color, blue)",
    lambda p: yes(p.value(p.the("square"), "color") == "blue"),
)
P(
    "number",
    "shapes",
    "How many different colours are in the bottom row?",
    "nvalues(f(scene(), vposition=bottom), color)",
    lambda p: colour_count(p, p.f(vposition="bottom")),
)
P(
    "exist",
    "shapes",
    "Is there anything purple in it? Purple and blue are my nemesis.",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "list",
    "shapes",
    "What colours are the shapes along the top row? Just list them.",
    "values(f(scene(), vposition=top), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="top")),
)

# --- Rashida, a Birmingham pharmacist
P(
    "count",
    "shapes",
    "How many shapes are in the middle row?",
    "count(f(scene(), vposition=middle))",
    lambda p: n(p.f(vposition="middle")),
)
P(
    "position",
    "shapes",
    "What colour is the shape smack in the centre?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger — the hexagon or the yellow rectangle?",
    "q(u(f(union(sel(hexagon), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("hexagon"), yellow_rectangle(p)),
)
P(
    "superlative",
    "shapes",
    "In the top row, which shape comes last reading left to right?",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)
P(
    "quantifier",
    "shapes",
    "Is every small shape blue?",
    "not_(exist(fn(f(scene(), size=small), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f(size="small"))),
)
X("shapes", "Who drew this, do you know? I'd like to tell them it's nice.")

# --- Tom, a retired Welsh chapel organist
P(
    "negation",
    "shapes",
    "How many shapes have straight edges, then? I shan't count the circles.",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "count",
    "shapes",
    "How many rectangles are there, counting the square as one of them?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "superlative",
    "shapes",
    "What's second from the left along the top?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
P(
    "verify",
    "shapes",
    "The star is in the bottom row, is it?",
    "verify(u(sel(star)), vposition, bottom)",
    lambda p: yes(p.value(p.the("star"), "vposition") == "bottom"),
)
P(
    "compare_attr",
    "shapes",
    "Are the square and the hexagon the same size, would you say?",
    "same(u(sel(square)), u(sel(hexagon)), size)",
    lambda p: yes(p.value(p.the("square"), "size") == p.value(p.the("hexagon"), "size")),
)
X("shapes", "Which hymn tune would suit a pattern like this, do you think?")

# --- Marisol, a Filipino-American nurse
P(
    "count",
    "shapes",
    "How many triangles and stars are there put together?",
    "count(union(sel(triangle), sel(star)))",
    lambda p: n(p.f(("triangle", "star"))),
)
P(
    "compare_count",
    "shapes",
    "Are there as many big shapes as small ones?",
    "eq(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda p: yes(len(p.f(size="large")) == len(p.f(size="small"))),
)
P(
    "position",
    "shapes",
    "What's down in the bottom right corner?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "The small circle and the square — are they the same colour?",
    "same(u(f(sel(circle), size=small)), u(sel(square)), color)",
    lambda p: yes(p.value(p.the("circle", size="small"), "color") == p.value(p.the("square"), "color")),
)
P(
    "superlative",
    "shapes",
    "Which shape is furthest to the left in the bottom row?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
