# ruff: noqa: E501
"""Blind paraphrase set 100: a forty-third fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits, always understandably to a careful reader. A few are
non-native speakers; nobody shares a gimmick with anybody else.

The cast. On the CLEVR pictures: Gwen, a Welsh district nurse on her tea break ("cariad", "is it?"); Kofi, a Ghanaian
accounting student writing careful, formal English ("Kindly tell me", "I want to confirm two things"); Brian, a
Minnesota dad typing on his phone ("Okay so", "lookin' at", "run me"); Ines, a Portuguese biology PhD student ("How
much objects", "Exists some", "in the front of"); Travis, a long-haul trucker dictating to his phone with no
punctuation; Margaret, a retired librarian ("I'd be grateful", "A list would be lovely"); Jamal, sixteen, doing his
little sister's worksheet with her; Helga, a retired Swedish dentist ("Is it so that", "stand to the left"); Pete, an
Australian plumber ("mate", "reckon", "bit of pipe"); Mei, a Chinese graduate student ("Please tell me its colour");
Ruth, seventy-eight and nervous with her first tablet ("Sorry, I'm new to this"); Dev, a software developer in
lowercase shorthand ("objs", "thx", "pls", "y/n", "2nd"); Carmen, a school-bus driver in Phoenix ("Ay", "mija");
Oliver, nine, typing run-on sentences; Frank, a retired accountant who double-checks everything ("Let me double-check
my own count", "and nothing else"); Aisha, a Lagos pharmacist ("Please how many", "abi?"); Stan, a Florida retiree
who golfs ("you got", "the shot"); Tereza, a Czech au pair ("How many cubes is here?", "Which colour has"); Léon, a
baker from Lyon ("in metal", "no?"); and Noor, a teenage gamer. On the photo-like graphs: Vinnie, a food-delivery
rider in a hurry; Grace, an Irish tourist in Madrid; Arjun, an Indian IT consultant ("Kindly tell", "persons", "on
the extreme left"); Bea, a young mum typing one-handed ("pic", "x"); Tony, a landlord checking a listing photo;
Hana, a Korean language student ("How many white thing", "What color of it?"); Linda, a home-care worker looking at
a client's kitchen; Mateo, twelve; Doreen, a pensioner who sits in the park ("youngsters", "the lad"); Kwame, a youth
football coach; Sofia, an Italian grandmother ("she wear which colour?", "the mamma"); Jess, a dog groomer. On the
drawing: Mr Okafor, a dad helping with homework; Tilly, six; Raj, a graphic designer ("canvas", "sits top-left");
Bob, a retired carpenter ("four-sided", "straight edges"); Yusuf, a Turkish taxi driver learning English ("How many
shape is in the top line?", "green colour?"); Clare, a teaching assistant; Max, a bored teenager; and Sunita, a
bookkeeper who likes lists and totals.

Sentence shapes: plain direct questions ("How many cylinders have we got here, mate?"), fragments and shorthand
("count of metal cylinders pls", "2nd from the back — what shape?"), run-ons without punctuation ("okay how many of
them are metal", "on the right of the brown ball theres a shiny ball and behind it ..."), statements with tags
("The cube is yellow, abi?", "The boy's in blue, yeah?", "it is metal, no?", "is it?"), questions inside requests
("I'd be grateful if you could tell me", "Kindly tell me how many other objects"), non-native word orders ("How much
objects are gray", "Exists some red object here?", "Men are more than women in this photo?", "The little girl,
which colour is the dog near her?"), comparisons said several ways ("Fewer cylinders than cubes, am I right?",
"Metal versus rubber — is the metal count higher?", "as many large objects as small ones", "Blue shapes are more
than red shapes?", "More grown-ups than children, is there?"), exceptions ("Apart from the cylinders", "Except the
cylinder", "Leaving out the bottle", "Apart from the circles", "aren't blue") and chains told as a little story
("Behind the gray ball there's a cylinder, and to the right of that cylinder there's another cylinder").

The questions cover counts (with conditions, negation, "together", "either ... or"), existence, an attribute of one
thing, yes/no checks of one value, two checks at once, comparisons of counts ("more", "fewer", "as many as", "higher")
and of attributes (same colour, size, shape or material), quantifiers ("all", "every", "both", "most"), exceptions,
relations (left, right, in front, behind on CLEVR; on the photo graphs only their stated relations: on, near,
holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop chains, superlatives and
ordinals, other things sharing a value, which of two things is the bigger, lists of values, the number of different
colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and the text on the
photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (37, 8, 33, 6, 10, 1, 3, 4, 23, 51,
39, 40, 34 and 58; one or two people to a scene), about 30% about the photo-like graphs (street, kitchen, park) and
20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the person's other
questions (prices and rents, opinions and feelings, what happens next, names, makers and shops, the world outside
the picture, family ties that the picture cannot show).

Conventions (set 66's, unchanged). "The X" is only used where exactly one X matches, counting a square as a rectangle
(so the drawing's yellow rectangle is always "the yellow" one); places and orders are only asked where a careful
person could call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor or of a
neighbour in the order along that axis, a side of a CLEVR picture is asked only of an object whose box centre lies
within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos neighbours in an order are at
least 40 pixels apart; nothing is asked of the photo graphs that their stated relations and attributes leave open
(the cup "first to the right of the plate" is the one the graph states right of it; no weather or indoor/outdoor
refusals, since the graphs state those facts). A which-side question is answered with the side; a "which is bigger"
between two things is asked only where their size classes differ, and answered with the word that tells the bigger
one from the other (its shape, or its colour where both are cylinders or both spheres). Answers are the graph's
words (gray, not grey; sphere, not ball; "blue, cyan, gray" for a list, most frequent first, ties alphabetical);
yes/no answers are "yes" or "no" whatever the tag ("abi?", "y/n", "no?"). Every gold program and answer comes from
the scene by plain Python, through the helpers of blind_gold.py and blind_helpers.py.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), blind_gold.py and
blind_helpers.py (the helpers imported here), the first five lines of blind66.jsonl (for the line format), and the
scenes themselves (photo_scenes.json and /work/shared/clevr-mini/val/scenes.json, inspected with small Python
snippets). No question was run through nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by
nsvr's executor, through ``--check``.

Run ``python build_blind100.py`` to write ``../blind100.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind100.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def near_a(p, name: str) -> list[str]:
    """The photo objects that the graph states are near some object called ``name``."""
    return [o for o in p.objects if any(p.name(t) == name for t in p.objects_of(o, "near"))]


def yellow_rectangle(p) -> str:
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 37: large gray rubber cyl, small brown rubber cube (front), large purple metal cube, small red rubber sph (far right), small red rubber cube, small gray metal cyl (back), small cyan rubber sph, large blue metal cyl (far left)

# --- Gwen, a Welsh district nurse on her tea break
C(
    "count",
    37,
    "On my tea break, so humour me — how many cylinders are in this one, cariad?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "count",
    37,
    "And how many of the little ones are made of rubber?",
    "count(f(scene(), size=small, material=rubber))",
    lambda s: n(s.f(size="small", material="rubber")),
)
C(
    "attribute",
    37,
    "That big blue cylinder right over on the left — metal, is it, or rubber?",
    "choose(u(f(sel(cylinder), size=large, color=blue)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder", size="large", color="blue"), "material"),
)
C(
    "superlative",
    37,
    "Which one's closest to me, right at the front? Just the colour will do.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_count",
    37,
    "Would you say there's more rubber things than metal ones?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
X(37, "Do you think whoever made this was bored, is it? Looks like a rainy-day job to me.")

# --- Kofi, a Ghanaian accounting student; careful, formal English
C(
    "count",
    37,
    "Good afternoon. How many spheres are there, please?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "spatial",
    37,
    "Please, how many objects are located behind the large gray cylinder?",
    "count(rel(u(f(sel(cylinder), size=large, color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="large", color="gray"))),
)
C(
    "same_attr",
    37,
    "Kindly tell me how many other objects have the same shape as the small gray cylinder.",
    "count(same_attr(u(f(sel(cylinder), size=small, color=gray)), shape))",
    lambda s: n(others(s, s.the(shape="cylinder", size="small", color="gray"), "shape")),
)
C(
    "number",
    37,
    "How many different colours appear in the image in total?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "two_clause",
    37,
    "I want to confirm two things: there is a cyan sphere, and there is also a brown cube. Are both true?",
    "and_(exist(f(sel(sphere), color=cyan)), exist(f(sel(cube), color=brown)))",
    lambda s: yes(bool(s.f(shape="sphere", color="cyan")) and bool(s.f(shape="cube", color="brown"))),
)
C(
    "quantifier",
    37,
    "Apart from the cylinders, is every object made of rubber?",
    "not_(exist(fn(fn(scene(), shape=cylinder), material=rubber)))",
    lambda s: every(s, lacking(s, s.all(), shape="cylinder"), material="rubber"),
)
C(
    "chain",
    37,
    "Consider the red sphere. Behind it there is one large cube, and on the left side of that cube there is a sphere. What is the colour of that sphere, please?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), behind), size=large, shape=cube)), left), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s, hop(s, s.the(shape="sphere", color="red"), "behind", size="large", shape="cube"), "left", shape="sphere"
        ),
        "color",
    ),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl (far right), small cyan metal cube (far left), small brown rubber cube (back), large purple metal sph, small yellow rubber cyl (front), small yellow metal cube

# --- Brian, a Minnesota dad typing on his phone
C("count", 8, "Okay so how many cubes are we lookin' at here?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_count",
    8,
    "Fewer cylinders than cubes, am I right?",
    "lt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="cube"))),
)
C(
    "attribute",
    8,
    "There's just the one ball, right? What color is it?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "compare_attr",
    8,
    "Those two yellow ones — are they made of the same stuff or not?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "superlative",
    8,
    "What's the second thing from the front? Shape's fine.",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
X(8, "Say, how much would a set of these run me at Target?")

# --- Ines, a Portuguese biology PhD student
C(
    "count",
    8,
    "How much objects are gray in this image?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "spatial",
    8,
    "How many things there are in the front of the big purple ball?",
    "count(rel(u(f(sel(sphere), size=large, color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", size="large", color="purple"))),
)
C(
    "superlative",
    8,
    "Which is the object most in the back? I need to know its material.",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
C("exist", 8, "Exists some red object here?", "exist(f(scene(), color=red))", lambda s: yes(bool(s.f(color="red"))))
C(
    "chain",
    8,
    "What is the colour of the cylinder at the right of the big purple ball?",
    "q(u(f(rel(u(f(sel(sphere), size=large, color=purple)), right), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="large", color="purple"), "right", shape="cylinder"), "color"),
)
C(
    "negation",
    8,
    "How many objects are of rubber but are not cubes?",
    "count(fn(f(scene(), material=rubber), shape=cube))",
    lambda s: n(lacking(s, s.f(material="rubber"), shape="cube")),
)

# scene 33: small cyan rubber cube (far right), small gray metal sph, small blue rubber cyl, large cyan metal cyl (back), large green metal cube (far left), large red metal sph (front)

# --- Travis, a long-haul trucker dictating to his phone
C(
    "count",
    33,
    "okay how many of them are metal",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "position",
    33,
    "the little gray ball is that on the left side of the picture or the right side",
    "choose(u(f(sel(sphere), size=small, color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="gray")),
)
C(
    "compare_attr",
    33,
    "are the two cyan ones the same shape",
    "same(f(scene(), color=cyan), shape)",
    lambda s: alike(s, s.f(color="cyan"), "shape"),
)
C(
    "verify",
    33,
    "is the thing way in the back a cylinder",
    "verify(ord(scene(), behind, 1), shape, cylinder)",
    lambda s: yes(s.a(nth(s, s.all(), "behind"), "shape") == "cylinder"),
)
C(
    "compare_size",
    33,
    "which is bigger the blue cylinder or the cyan cylinder",
    "q(u(f(union(f(sel(cylinder), color=blue), f(sel(cylinder), color=cyan)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="blue"), s.the(shape="cylinder", color="cyan"), "color"),
)
X(33, "how long would it take me to drive from dallas to wherever they made this")

# --- Margaret, a retired librarian
C(
    "count",
    33,
    "I'd be grateful if you could tell me how many spheres there are.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "superlative",
    33,
    "Which object is furthest to the left? Its shape, please.",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "quantifier",
    33,
    "Are all of the large objects made of metal?",
    "not_(exist(fn(f(scene(), size=large), material=metal)))",
    lambda s: every(s, s.f(size="large"), material="metal"),
)
C(
    "spatial",
    33,
    "Is the red sphere in front of the green cube?",
    "exist(f(rel(u(f(sel(cube), color=green)), front), color=red, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "red"}, "front", {"shape": "cube", "color": "green"}),
)
C(
    "list",
    33,
    "Which colours do the small objects come in? A list would be lovely.",
    "values(f(scene(), size=small), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(size="small")),
)
C(
    "same_attr",
    33,
    "How many other objects are made of the same material as the blue cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=blue)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", color="blue"), "material")),
)
C(
    "exist",
    33,
    "And is there anything large that is made of rubber?",
    "exist(f(scene(), size=large, material=rubber))",
    lambda s: yes(bool(s.f(size="large", material="rubber"))),
)

# scene 6: small purple rubber sph, large red rubber cyl (back), small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube (far right), large red rubber sph (front), large gray rubber sph (far left)

# --- Jamal, sixteen, doing his little sister's worksheet with her
C(
    "count",
    6,
    "my little sister's worksheet asks how many red things there are. what do you get?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "count",
    6,
    "how many balls and cubes are there together",
    "count(union(sel(sphere), sel(cube)))",
    lambda s: n(s.f(shape=("sphere", "cube"))),
)
C(
    "attribute",
    6,
    "what's the blue cube made of",
    "q(u(f(sel(cube), color=blue)), material)",
    lambda s: s.a(s.the(shape="cube", color="blue"), "material"),
)
C(
    "superlative",
    6,
    "which thing is furthest to the right? she needs the colour",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "compare_attr",
    6,
    "the two cubes, are they the same size",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
X(6, "what grade do you think she'll get on this")

# --- Helga, a retired Swedish dentist
C(
    "quantifier",
    6,
    "Is it so that all of the spheres are made of rubber?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "spatial",
    6,
    "How many things stand to the left of the small red cube?",
    "count(rel(u(f(sel(cube), size=small, color=red)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", size="small", color="red"))),
)
C(
    "compare_size",
    6,
    "Which is bigger, the brown ball or the gray ball?",
    "q(u(f(union(f(sel(sphere), color=brown), f(sel(sphere), color=gray)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="brown"), s.the(shape="sphere", color="gray"), "color"),
)
C(
    "chain",
    6,
    "Behind the gray ball there is a cylinder, and to the right of that cylinder there is one more cylinder. Which colour has the second one?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=gray)), behind), shape=cylinder)), right), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="gray"), "behind", shape="cylinder"), "right", shape="cylinder"),
        "color",
    ),
)
C(
    "number",
    6,
    "How many different colours do the spheres have?",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)
C(
    "compare_count",
    6,
    "Are there as many large objects as small ones?",
    "eq(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) == len(s.f(size="small"))),
)
C(
    "verify",
    6,
    "The thing at the very front, is it a sphere?",
    "verify(ord(scene(), front, 1), shape, sphere)",
    lambda s: yes(s.a(nth(s, s.all(), "front"), "shape") == "sphere"),
)

# scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl (front), large gray metal cyl (far right), small gray rubber cube (back), large red rubber sph

# --- Pete, an Australian plumber
C(
    "count",
    10,
    "How many cylinders have we got here, mate?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C("exist", 10, "Any cubes in there at all?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))
C(
    "attribute",
    10,
    "What's the little cube made of?",
    "q(u(f(sel(cube), size=small)), material)",
    lambda s: s.a(s.the(shape="cube", size="small"), "material"),
)
C(
    "compare_attr",
    10,
    "Is the cube the same colour as the cylinder furthest back?",
    "same(u(sel(cube)), ord(sel(cylinder), behind, 1), color)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == s.a(nth(s, s.f(shape="cylinder"), "behind"), "color")),
)
C(
    "position",
    10,
    "That big purple ball — which side of the picture's it on?",
    "choose(u(f(sel(sphere), size=large, color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="purple")),
)
X(10, "Reckon that green cylinder'd do as a bit of pipe? What size fittings would it take?")

# --- Mei, a Chinese graduate student
C("count", 10, "How many objects are there in total in this picture?", "count(scene())", lambda s: n(s.all()))
C(
    "negation",
    10,
    "How many objects are not red?",
    "count(fn(scene(), color=red))",
    lambda s: n(lacking(s, s.all(), color="red")),
)
C(
    "superlative",
    10,
    "Which object is the nearest to the front? Please tell me its colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    10,
    "Is the red sphere on the left side of the gray cube?",
    "exist(f(rel(u(f(sel(cube), color=gray)), left), color=red, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "red"}, "left", {"shape": "cube", "color": "gray"}),
)
C(
    "chain",
    10,
    "There is a large object to the right of the gray cube. What shape is it?",
    "q(u(f(rel(u(f(sel(cube), color=gray)), right), size=large)), shape)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="gray"), "right", size="large"), "shape"),
)
C(
    "compare_count",
    10,
    "Are there more metal objects than rubber objects?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)

# scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl (front), small blue rubber cyl (far right), small brown metal sph (far left)

# --- Ruth, seventy-eight and nervous with her first tablet
C(
    "count",
    1,
    "Sorry, I'm new to this. How many cubes are there? I think two but I'm not sure.",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    1,
    "Are the two blue ones made of the same thing? One looks shinier to me.",
    "same(f(scene(), color=blue), material)",
    lambda s: alike(s, s.f(color="blue"), "material"),
)
C(
    "attribute",
    1,
    "What colour is the ball, please?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "spatial",
    1,
    "Is the gray cube behind the purple one? I hope that's the right word for it.",
    "exist(f(rel(u(f(sel(cube), color=purple)), behind), color=gray, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "gray"}, "behind", {"shape": "cube", "color": "purple"}),
)
C(
    "superlative",
    1,
    "Which one is furthest to the right? Just what shape it is would be fine.",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
X(1, "Oh dear, I pressed something and the picture went funny. How do I get back to my emails?")

# scene 3: small red metal sph, small purple metal cube (front), large red rubber cyl (far right), large purple rubber cyl (back), small red metal cyl

# --- Dev, a software developer in lowercase shorthand
C("count", 3, "how many red objs? thx", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "count",
    3,
    "count of metal cylinders pls",
    "count(f(sel(cylinder), material=metal))",
    lambda s: n(s.f(shape="cylinder", material="metal")),
)
C(
    "superlative",
    3,
    "2nd from the back — what shape?",
    "q(ord(scene(), behind, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "shape"),
)
C(
    "quantifier",
    3,
    "are all the small ones metal",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: every(s, s.f(size="small"), material="metal"),
)
C(
    "spatial",
    3,
    "anything big behind the purple cube? y/n",
    "exist(f(rel(u(f(sel(cube), color=purple)), behind), size=large))",
    lambda s: yes(bool(among(s, related(s, "behind", s.the(shape="cube", color="purple")), size="large"))),
)
C(
    "two_clause",
    3,
    "sphere: red AND metal? or no",
    "and_(verify(u(sel(sphere)), color, red), verify(u(sel(sphere)), material, metal))",
    lambda s: yes(s.a(s.the(shape="sphere"), "color") == "red" and s.a(s.the(shape="sphere"), "material") == "metal"),
)

# scene 4: small red rubber cyl (back), small green rubber cyl (far left), small brown rubber sph (front), small yellow metal sph (far right), small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph

# --- Carmen, a school-bus driver in Phoenix
C(
    "count",
    4,
    "Ay, so many little things. How many yellow ones are there?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "count",
    4,
    "Okay and how many of the balls are yellow, mija?",
    "count(f(sel(sphere), color=yellow))",
    lambda s: n(s.f(shape="sphere", color="yellow")),
)
C(
    "compare_size",
    4,
    "Is the blue ball bigger than the brown one?",
    "larger(u(f(sel(sphere), color=blue)), u(f(sel(sphere), color=brown)))",
    lambda s: larger(s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="brown")),
)
C(
    "quantifier",
    4,
    "Are most of these things made of rubber?",
    "gt(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber)))",
    lambda s: most([s.a(i, "material") == "rubber" for i in s.all()]),
)
C(
    "superlative",
    4,
    "Which one is the farthest back? What color is it?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(4, "My grandson wants to know what game these pieces come from. Do you know the name of it?")

# --- Oliver, nine
C("count", 4, "how many balls are there", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C("count", 4, "how many things are big", "count(f(scene(), size=large))", lambda s: n(s.f(size="large")))
C(
    "spatial",
    4,
    "how many things are in front of the green cylinder",
    "count(rel(u(f(sel(cylinder), color=green)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="green"))),
)
C(
    "same_attr",
    4,
    "the purple ball how many other things are purple like it",
    "count(same_attr(u(f(sel(sphere), color=purple)), color))",
    lambda s: n(others(s, s.the(shape="sphere", color="purple"), "color")),
)
C(
    "chain",
    4,
    "on the right of the brown ball theres a shiny ball and behind the shiny ball theres something purple what shape is the purple thing",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=brown)), right), shape=sphere, material=metal)), behind), color=purple)), shape)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", color="brown"), "right", shape="sphere", material="metal"),
            "behind",
            color="purple",
        ),
        "shape",
    ),
)
X(4, "if i rolled the big blue ball at all the little ones how many would fall over")

# scene 23: small yellow metal sph, small brown metal cyl (front, far left), large yellow rubber cyl (back), small brown metal sph (far right)

# --- Frank, a retired accountant who double-checks everything
C(
    "count",
    23,
    "Let me double-check my own count: how many of the objects are metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    23,
    "Metal versus rubber — is the metal count higher?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "compare_attr",
    23,
    "The two spheres: are they the same colour?",
    "same(sel(sphere), color)",
    lambda s: alike(s, s.f(shape="sphere"), "color"),
)
C(
    "superlative",
    23,
    "Which object sits furthest back? Shape and nothing else, please.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    23,
    "How many objects are to the right of the big yellow cylinder?",
    "count(rel(u(f(sel(cylinder), size=large, color=yellow)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", size="large", color="yellow"))),
)
X(23, "Could I claim a set like this as a business expense on my taxes?")

# scene 51: small brown metal sph, large gray rubber sph (back), small yellow metal cube (front)

# --- Aisha, a Lagos pharmacist
C("count", 51, "Please how many balls are there?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    51,
    "What is the big ball made of?",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "verify",
    51,
    "The cube is yellow, abi?",
    "verify(u(sel(cube)), color, yellow)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "yellow"),
)
C(
    "compare_size",
    51,
    "Between the cube and the gray ball, which one is bigger?",
    "q(u(f(union(sel(cube), f(sel(sphere), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube"), s.the(shape="sphere", color="gray")),
)
C(
    "spatial",
    51,
    "Is the brown ball in front of the gray one?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), front), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "front", {"shape": "sphere", "color": "gray"}),
)
C(
    "superlative",
    51,
    "Which one is at the very front? Tell me the colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# scene 39: large gray metal cyl, small brown rubber cyl (far left), small gray metal cube (front)

# --- Stan, a Florida retiree who golfs
C("count", 39, "How many cylinders you got in this one?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_attr",
    39,
    "Are the two gray pieces made of the same stuff?",
    "same(f(scene(), color=gray), material)",
    lambda s: alike(s, s.f(color="gray"), "material"),
)
C(
    "position",
    39,
    "The little brown cylinder — is it over on the left side of the shot or the right?",
    "choose(u(f(sel(cylinder), size=small, color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="small", color="brown")),
)
C(
    "spatial",
    39,
    "Is the cube sitting in front of the big cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large)), front), shape=cube))",
    lambda s: is_rel(s, {"shape": "cube"}, "front", {"shape": "cylinder", "size": "large"}),
)
C(
    "verify",
    39,
    "And the big cylinder, that's shiny metal, isn't it?",
    "verify(u(f(sel(cylinder), size=large)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large"), "material") == "metal"),
)
X(39, "Where can I pick up a set of these, Walmart?")

# scene 40: small cyan metal cube (right), large brown rubber cyl, large gray metal cube

# --- Tereza, a Czech au pair
C("count", 40, "How many cubes is here?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    40,
    "Both cubes have same size?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "attribute",
    40,
    "Which colour has the cylinder?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "superlative",
    40,
    "Which thing is most on the right side? The shape please.",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "quantifier",
    40,
    "Except the cylinder, everything is metal?",
    "not_(exist(fn(fn(scene(), shape=cylinder), material=metal)))",
    lambda s: every(s, lacking(s, s.all(), shape="cylinder"), material="metal"),
)
X(40, "The kids ask me what is this for. What people use these things for?")

# scene 34: small red metal cyl (front), small yellow metal cube (back), large gray metal cyl

# --- Léon, a baker from Lyon
C("count", 34, "How many cylinders there are?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "quantifier",
    34,
    "All the objects are in metal, yes?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "compare_attr",
    34,
    "The two cylinders have the same size, no?",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "spatial",
    34,
    "The yellow cube, it is behind the red cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=red)), behind), color=yellow, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "behind", {"shape": "cylinder", "color": "red"}),
)
C(
    "superlative",
    34,
    "What colour is the object most in front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(34, "For you, which of these would make the best tin for a cake?")

# scene 58: small blue rubber sph (back), large cyan metal cube (front), large purple metal cube

# --- Noor, a teenage gamer
C("count", 58, "how many cubes in this one", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    58,
    "are both cubes the same color??",
    "same(sel(cube), color)",
    lambda s: alike(s, s.f(shape="cube"), "color"),
)
C(
    "spatial",
    58,
    "how many things are in front of the ball",
    "count(rel(u(sel(sphere)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere"))),
)
C(
    "attribute",
    58,
    "whats the ball made of, rubber or metal",
    "choose(u(sel(sphere)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
C(
    "number",
    58,
    "how many different colours are there in total",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "superlative",
    58,
    "which cube is further back, what colour",
    "q(ord(sel(cube), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "behind"), "color"),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Vinnie, a food-delivery rider in a hurry
P(
    "text",
    "street",
    "Quick one — what's it say painted on the road there?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P("count", "street", "How many people in the shot?", "count(sel(person))", lambda p: n(people(p)))
P(
    "exist",
    "street",
    "Any bikes about? Need somewhere to lock up.",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "where",
    "street",
    "Which side of the bus is the car on, left or right?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P("attribute", "street", "What colour's the car?", "q(u(sel(car)), color)", lambda p: p.value(p.the("car"), "color"))
X("street", "How long till the next bus comes along, d'you reckon?")

# --- Grace, an Irish tourist in Madrid
P(
    "text",
    "street",
    "Could you read me out the words printed on the side of the bus? I want to look them up later.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "text",
    "street",
    "And the little red sign up in the corner, what's written on that one?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "compare_attr",
    "street",
    "Is the car the same colour as the bus at all?",
    "same(u(sel(car)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("car"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "chain",
    "street",
    "The man standing on the right — what colour is his tie?",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "right")), "color"),
)
P(
    "quantifier",
    "street",
    "Are both of the men wearing ties?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
X("street", "Is this anywhere near the Prado? I'm trying to get my bearings.")

# --- Arjun, an Indian IT consultant
P(
    "count",
    "street",
    "Kindly tell how many persons are wearing a tie.",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "superlative",
    "street",
    "Who is standing on the extreme left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "where",
    "street",
    "The lady is in front of the bus or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "chain",
    "street",
    "What is the colour of the tie worn by the gentleman standing to the left of the lady?",
    "q(u(rel(u(rel(u(sel(woman)), left, name=man)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, only(named(p, p.subjects("left", p.the("woman")), "man"))), "color"),
)
P(
    "verify",
    "street",
    "The dog is brown, no?",
    "verify(u(sel(dog)), color, brown)",
    lambda p: yes(p.value(p.the("dog"), "color") == "brown"),
)
P(
    "compare_count",
    "street",
    "Men are more than women in this photo?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)

# --- Bea, a young mum typing one-handed
P(
    "chain",
    "street",
    "whos that next to the dog",
    "q(u(rel(u(sel(dog)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog")))),
)
P(
    "position",
    "street",
    "is the car at the bottom of the pic or the top",
    "choose(u(sel(car)), vposition, [top, bottom])",
    lambda p: p.value(p.the("car"), "vposition"),
)
P("count", "street", "how many things in it are red", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "spatial",
    "street",
    "is the tree behind the bus",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "superlative",
    "street",
    "the man on the left, what colours he wearing",
    "q(ord(sel(man), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("man"), "left"), "color"),
)
X("street", "do u think the dog is a boy or a girl x")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Tony, a landlord checking a listing photo
P("count", "kitchen", "How many cups have the tenants left out?", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "attribute",
    "kitchen",
    "What's the table made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "text",
    "kitchen",
    "What time's on the clock in this shot?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "spatial",
    "kitchen",
    "The bottle's on the table, right?",
    "vrel(u(sel(table)), on, name=bottle)",
    lambda p: yes(bool(named(p, on_table(p), "bottle"))),
)
P(
    "number",
    "kitchen",
    "How many different colours are the cups?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
X("kitchen", "What would a kitchen like this rent for per month, roughly?")

# --- Hana, a Korean language student
P(
    "count",
    "kitchen",
    "How many white thing are on the table?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
P(
    "superlative",
    "kitchen",
    "Which cup is most right side? What color of it?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "chain",
    "kitchen",
    "The first cup on the right of the plate, what color?",
    "q(u(rel(u(sel(plate)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("plate")), "cup")), "color"),
)
P(
    "compare_attr",
    "kitchen",
    "Bottle and table, they are same color?",
    "same(u(sel(bottle)), u(sel(table)), color)",
    lambda p: yes(p.value(p.the("bottle"), "color") == p.value(p.the("table"), "color")),
)
P(
    "text",
    "kitchen",
    "What is written on the bottle? I want to buy same water.",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "verify",
    "kitchen",
    "Woman wear yellow clothes, right?",
    "verify(u(sel(woman)), color, yellow)",
    lambda p: yes(p.value(p.the("woman"), "color") == "yellow"),
)

# --- Linda, a home-care worker looking at a client's kitchen
P("exist", "kitchen", "Is there a spoon anywhere?", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
P(
    "chain",
    "kitchen",
    "What's the fork lying near?",
    "q(u(rel(u(sel(fork)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("fork")))),
)
P(
    "negation",
    "kitchen",
    "Leaving out the bottle, how many things are on the table?",
    "count(diff(rel(u(sel(table)), on), sel(bottle)))",
    lambda p: n([o for o in on_table(p) if p.name(o) != "bottle"]),
)
P(
    "verify",
    "kitchen",
    "Is the clock a white one?",
    "verify(u(sel(clock)), color, white)",
    lambda p: yes(p.value(p.the("clock"), "color") == "white"),
)
P(
    "quantifier",
    "kitchen",
    "Have all the cups been put on the table?",
    "not_(exist(diff(sel(cup), rel(u(sel(table)), on))))",
    lambda p: yes(all(c in on_table(p) for c in p.f("cup"))),
)
X("kitchen", "Has she eaten today, do you think? That plate looks very clean.")

# --- Mateo, twelve
P(
    "count",
    "kitchen",
    "how many things are on the table altogether",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "compare_count",
    "kitchen",
    "are there more cups than plates",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P(
    "superlative",
    "kitchen",
    "whats the thing furthest left on the table",
    "q(ord(rel(u(sel(table)), on), left, 1), name)",
    lambda p: p.name(side_of(p, on_table(p), "left")),
)
P(
    "list",
    "kitchen",
    "what colours are the cups",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "two_clause",
    "kitchen",
    "is the bottle green and is the clock white",
    "and_(verify(u(sel(bottle)), color, green), verify(u(sel(clock)), color, white))",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green" and p.value(p.the("clock"), "color") == "white"),
)
P(
    "position",
    "kitchen",
    "is the clock at the top or the bottom",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Doreen, a pensioner who sits in the park
P(
    "count",
    "park",
    "How many youngsters are there in this park picture?",
    "count(sel(child))",
    lambda p: n(children(p)),
)
P(
    "attribute",
    "park",
    "What colour's the bench? I always sit on the green ones.",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "chain",
    "park",
    "What colour is the thing the lad's throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "chain",
    "park",
    "Who's that near the bench?",
    "q(u(rel(u(sel(bench)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bench")))),
)
P(
    "compare_count",
    "park",
    "More grown-ups than children, is there?",
    "gt(count(diff(sel(person), sel(child))), count(sel(child)))",
    lambda p: yes(len([o for o in people(p) if o not in children(p)]) > len(children(p))),
)
X("park", "Is that the park by the library? It looks just like ours.")

# --- Kwame, a youth football coach
P("count", "park", "How many people are out in the park in total?", "count(sel(person))", lambda p: n(people(p)))
P(
    "superlative",
    "park",
    "Who's furthest over on the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "verify",
    "park",
    "The boy's in blue, yeah?",
    "verify(u(sel(boy)), color, blue)",
    lambda p: yes(p.value(p.the("boy"), "color") == "blue"),
)
P(
    "spatial",
    "park",
    "Is the bench to the left of the bike?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "superlative",
    "park",
    "Second person from the left — who's that?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "count",
    "park",
    "How many of the dogs are black?",
    "count(f(sel(dog), color=black))",
    lambda p: n(p.f("dog", color="black")),
)

# --- Sofia, an Italian grandmother
P(
    "chain",
    "park",
    "The little girl, which colour is the dog near her?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "attribute",
    "park",
    "The lady in the middle of the picture, she wear which colour?",
    "q(u(f(sel(woman), hposition=middle)), color)",
    lambda p: p.value(p.the("woman", hposition="middle"), "color"),
)
P(
    "compare_attr",
    "park",
    "The two dogs are the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "spatial",
    "park",
    "There is a tree behind the lady in red, yes?",
    "vrel(u(f(sel(woman), color=red)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("woman", color="red")), "tree"))),
)
P(
    "count",
    "park",
    "How many women there are with a dog near?",
    "count(rel(sel(dog), near, name=woman))",
    lambda p: n(named(p, near_a(p, "dog"), "woman")),
)
X("park", "The lady in white, she is the mamma of the girl?")

# --- Jess, a dog groomer
P("count", "park", "How many dogs in this one, then?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "Who's got hold of the black dog?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "position",
    "park",
    "The white dog — which side of the picture is it on?",
    "choose(u(f(sel(dog), color=white)), hposition, [left, right])",
    lambda p: p.value(p.the("dog", color="white"), "hposition"),
)
P(
    "two_clause",
    "park",
    "So the black dog's on the left and the white one's on the right, is that it?",
    "and_(verify(u(f(sel(dog), color=black)), hposition, left), verify(u(f(sel(dog), color=white)), hposition, right))",
    lambda p: yes(
        p.value(p.the("dog", color="black"), "hposition") == "left"
        and p.value(p.the("dog", color="white"), "hposition") == "right"
    ),
)
P(
    "negation",
    "park",
    "How many of the people haven't got a dog next to them?",
    "count(diff(sel(person), rel(sel(dog), near)))",
    lambda p: n([o for o in people(p) if o not in near_a(p, "dog")]),
)
X("park", "What breed's the white one? Looks like a bichon to me.")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Mr Okafor, a dad helping with homework
P(
    "count",
    "shapes",
    "My son's homework wants to know how many circles there are. Can you tell me?",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P("count", "shapes", "And how many shapes are blue?", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P(
    "compare_count",
    "shapes",
    "Are there more small shapes than big ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "superlative",
    "shapes",
    "In the top row, which shape is furthest to the right?",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger: the red circle or the blue square?",
    "q(u(f(union(f(sel(circle), color=red), f(sel(square), color=blue)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("square", color="blue")),
)
X("shapes", "Will this come up on his exam next week, do you think?")

# --- Tilly, six
P("count", "shapes", "how many red shapes", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "exist",
    "shapes",
    "is there a purple one",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P("attribute", "shapes", "what colour is the star", "q(u(sel(star)), color)", lambda p: p.value(p.the("star"), "color"))
P(
    "compare_size",
    "shapes",
    "is the red circle bigger than the star",
    "larger(u(f(sel(circle), color=red)), u(sel(star)))",
    lambda p: drawn_larger(p, p.the("circle", color="red"), p.the("star")),
)
P("count", "shapes", "how many squares", "count(sel(square))", lambda p: n(p.f("square")))
X("shapes", "what is the triangles favourite colour")

# --- Raj, a graphic designer
P(
    "number",
    "shapes",
    "How many distinct colours are on the canvas?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "list",
    "shapes",
    "List the colours of the large shapes for me.",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "position",
    "shapes",
    "What sits top-left?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share the hexagon's colour?",
    "count(same_attr(u(sel(hexagon)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("hexagon") and p.value(o, "color") == p.value(p.the("hexagon"), "color")]
    ),
)
P(
    "compare_attr",
    "shapes",
    "Are the square and the hexagon the same size?",
    "same(u(sel(square)), u(sel(hexagon)), size)",
    lambda p: yes(p.value(p.the("square"), "size") == p.value(p.the("hexagon"), "size")),
)
P(
    "count",
    "shapes",
    "How many rectangles are there, if you count the square as one?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)

# --- Bob, a retired carpenter
P(
    "negation",
    "shapes",
    "How many of the shapes have got straight edges? So not the circles.",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "verify",
    "shapes",
    "The long yellow one at the bottom — that's a rectangle, isn't it?",
    "verify(u(f(scene(), color=yellow)), shape, rectangle)",
    lambda p: yes(p.value(only(p.f(color="yellow")), "shape") == "rectangle"),
)
P(
    "compare_size",
    "shapes",
    "Is the hexagon any bigger than the triangle?",
    "larger(u(sel(hexagon)), u(sel(triangle)))",
    lambda p: drawn_larger(p, p.the("hexagon"), p.the("triangle")),
)
P(
    "position",
    "shapes",
    "The hexagon — is that in the top row or the bottom row?",
    "choose(u(sel(hexagon)), vposition, [top, bottom])",
    lambda p: p.value(p.the("hexagon"), "vposition"),
)
P(
    "superlative",
    "shapes",
    "Bottom row, starting from the left, what's the third shape along?",
    "q(ord(f(scene(), vposition=bottom), left, 3), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left", 3), "shape"),
)
X("shapes", "What sort of wood would you cut these out of, if it were you?")

# --- Yusuf, a Turkish taxi driver learning English
P(
    "count",
    "shapes",
    "How many shape is in the top line?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "attribute",
    "shapes",
    "The small circle in middle, which colour?",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
P(
    "verify",
    "shapes",
    "The triangle is green colour?",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P(
    "exist",
    "shapes",
    "There is a yellow star?",
    "exist(f(sel(star), color=yellow))",
    lambda p: yes(bool(p.f("star", color="yellow"))),
)
P(
    "compare_count",
    "shapes",
    "Blue shapes are more than red shapes?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
X("shapes", "This drawing, who is making it? Is it my daughter's teacher?")

# --- Clare, a teaching assistant
P("count", "shapes", "How many shapes are on the sheet altogether?", "count(scene())", lambda p: n(p.objects))
P(
    "quantifier",
    "shapes",
    "Are all the circles blue?",
    "not_(exist(fn(sel(circle), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f("circle"))),
)
P(
    "negation",
    "shapes",
    "Apart from the circles, how many shapes are blue?",
    "count(fn(f(scene(), color=blue), shape=circle))",
    lambda p: n([o for o in p.f(color="blue") if p.value(o, "shape") != "circle"]),
)
P(
    "superlative",
    "shapes",
    "Which shape is furthest to the left in the bottom row?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
P(
    "two_clause",
    "shapes",
    "Is the star small and red?",
    "and_(verify(u(sel(star)), size, small), verify(u(sel(star)), color, red))",
    lambda p: yes(p.value(p.the("star"), "size") == "small" and p.value(p.the("star"), "color") == "red"),
)
P(
    "quantifier",
    "shapes",
    "Are most of the shapes in the top row big ones?",
    "gt(count(f(scene(), vposition=top, size=large)), count(fn(f(scene(), vposition=top), size=large)))",
    lambda p: most([p.value(o, "size") == "large" for o in p.f(vposition="top")]),
)

# --- Max, a bored teenager
P(
    "position",
    "shapes",
    "which shape is right in the middle",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
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
    "triangle or hexagon, which is bigger",
    "q(u(f(union(sel(triangle), sel(hexagon)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("triangle"), p.the("hexagon")),
)
P(
    "position",
    "shapes",
    "the middle one on the bottom what colour",
    "q(u(f(scene(), hposition=middle, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="bottom"), "color"),
)
P(
    "exist",
    "shapes",
    "any big shapes on the right side",
    "exist(f(scene(), hposition=right, size=large))",
    lambda p: yes(bool(p.f(hposition="right", size="large"))),
)
X("shapes", "who even made this its so boring")

# --- Sunita, a bookkeeper who likes lists and totals
P(
    "list",
    "shapes",
    "Which shapes are blue? List them, please.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "count",
    "shapes",
    "How many shapes are either red or large?",
    "count(union(f(scene(), color=red), f(scene(), size=large)))",
    lambda p: n(set(p.f(color="red")) | set(p.f(size="large"))),
)
P(
    "count",
    "shapes",
    "How many of the small shapes are in the bottom row?",
    "count(f(scene(), size=small, vposition=bottom))",
    lambda p: n(p.f(size="small", vposition="bottom")),
)
P(
    "compare_attr",
    "shapes",
    "Is the square the same colour as the small circle?",
    "same(u(sel(square)), u(f(sel(circle), size=small)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("circle", size="small"), "color")),
)
P(
    "superlative",
    "shapes",
    "Second from the right along the top, which shape is that?",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)
X("shapes", "What would it cost to print these on a thousand leaflets?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
