# ruff: noqa: E501
"""Blind paraphrase set 93: a thirty-eighth fresh crowd with no common theme. About forty ordinary people of every
age, region, job and temperament, each imagined once and kept in character for five to seven questions about one
picture, asking in plain everyday English in their own words and habits of speech, always understandably to a careful
reader. There is no shared persona gimmick: the aim is the ordinary spread of people typing or speaking to a
picture-question app.

The cast. On the CLEVR pictures: Gareth, a chatty Welsh bus driver ("Right then", "have we got", "for the little
'un"); Chidi, a Lagos accountant writing formal English ("Kindly confirm", "the total number of", "Please list
them"); Ingrid, a Swedish physiotherapist ("Is it so that ...", "all together"); Trevor, an Australian plumber
("reckon", "the purple fellas", "mate"); Mei, a statistics graduate student, precise and a little clipped ("What is the
number of distinct ...", "Third from the front: colour?"); Kevin, sixteen, typing fast in lowercase ("yo", "ngl",
"bruh"); Eleanor, a Boston reference librarian, exact and courteous ("Could you tell me", "I'd be grateful");
Joe, a Pennsylvania long-haul trucker, blunt; Pedro, a Mexican-American landscaper ("Bueno", "they are the same size?",
"What it's made of?"); Harriet, a seventy-year-old Surrey bridge player ("I make it two", "would you be so kind");
Devon, a London night-shift nurse, tired and apologetic ("Quick one, sorry"); Kai, twelve, doing homework ("its for
my homework"); Lorraine, a Manitoba school-bus driver ("Count me", "the one cylinder"); Ahmed, an Egyptian pharmacist
("Please, how many objects are metallic", "without counting it"); Rosalind, a lab technician who writes like a log
("Total count", "Report its shape"); Jamal, a Detroit line worker ("we looking at", "this table"); Sofie, a Danish
preschool teacher asking for her class ("the children want to know"); Bill, an Iowa farmer ("how many of 'em",
"that little purple ball"); Paulo, a Portuguese waiter ("How many balls there are", "which colour is?"); and Grace,
a Kenyan secondary-school science teacher ("Name the colours", "my students ask"). On the photo-like graphs: Ruth, a
Baltimore insurance claims adjuster ("for my notes", "positioned"); Mario, an Italian-born delivery rider ("Scusi",
"his tie is which colour?"); Olu, a London minicab driver; Beth, eleven; Sal, a retired New Jersey baker ("all told",
"sittin'"); Ines, an Argentinian au pair ("How many cups are not white?", "which hour is showing?"); Hugh, a fussy
interior designer ("done in", "hung"); Keisha, a busy Atlanta mum; Vera, a retired Dutch gym teacher ("The boy throws
something — what colour it is?"); Bobby, seven; Aisha, a Toronto university student; and Clive, a council
groundskeeper ("have I got to look after", "the lad"). On the drawing: Fran, a Dublin crèche assistant ("pet");
Raj, a patent examiner ("figures", "depicted", "Identify"); Luis, a Colombian carpenter ("How many rectangles there
are?", "The rectangle yellow"); Gemma, a pub-quiz host ("True or false", "Bonus point"); Walt, a retired Minnesota
pharmacist ("Well now", "or am I seeing things?"); Noor, a medical student in a hurry; Billie, thirteen; and
Mr Haddad, a Lebanese tailor ("which one is more big?", "in the down left").

Sentence shapes: bare fragments and clipped checks ("Bench colour?", "Third from the front: colour?"), fronted places
and topics ("In the top row, the shape on the right", "Start from the red cube."), tags and hedges ("yeah?",
"isn't it?", "or am I seeing things?", "no?", "True or false:"), questions inside statements and requests ("Kindly
confirm whether ...", "Count me the things behind ...", "I'd be grateful to know ..."), comparisons said several ways
("more ... than", "fewer ... than", "equal to", "which one is more big?", "smaller than"), negatives and exceptions
("that aren't", "without counting it", "besides the cube", "neither ... nor", "Except the circles"), two checks in one
breath ("gray and metal", "a red cup and a blue cup"), and chains told step by step ("There's a metal sphere in front
of the red cube. To its right ...").

The questions cover counts (with conditions, negation, "or", "together"), existence, an attribute of one thing,
yes/no checks of one value, two checks at once, comparisons of counts and of attributes, quantifiers ("all",
"every", "both", "any", "most", "none"), exceptions, relations (left, right, in front, behind on CLEVR; on the photo
graphs only their stated relations: on, near, holding, wearing, throwing, above, behind, left, right, in front), one-
and two-hop chains, superlatives and ordinals, other things sharing a value, which of two things is the bigger, lists
of values, the number of different colours (and shapes), sides of a CLEVR picture, sides, rows and corners of the
photos and the drawing, and the text on the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val
scenes (49, 52, 55, 59, 54, 38, 57, 32, 48, 56, 50, 35, 36 and 15; one or two people to a scene), about 30% about the
photo-like graphs (street, kitchen, park) and 20% about the drawing of flat shapes; about one in ten must be refused,
each in the same voice as the person's other questions (prices and suppliers, weight, opinions, what
happens next, names and makers, the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so
the drawing's rectangle is always "the yellow rectangle" or placed by its corner); places and orders are only asked
where a careful person could call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor
or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of an object whose box centre
lies within SIDE (130) pixels of the edge of the 480-pixel frame, and on the drawing and photos neighbours in an order
are at least GAP (40) pixels apart; nothing is asked of the photo graphs that their stated relations and attributes
leave open (a "just left of" / "next to it on the right" names the stated neighbour only, and a relation or an order
is narrowed to the men, the cups or the people where the eye would see more than the graph states). A which-side question is answered with the
side; a "which is bigger" between two things is asked only where their size classes differ, and answered with the
word that tells the bigger one from the other (its shape); "is A smaller than B" is asked as B larger than A. Answers
are the graph's words (gray, not grey; sphere, not ball; "blue, red" for a list, most frequent first, ties
alphabetical); yes/no answers are "yes" or "no" whatever the tag ("True or false", "y/n"). Every gold program and
answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), the first five lines of
blind66.jsonl (for the line format), blind_gold.py and blind_helpers.py (the helpers imported here), plus the scenes
themselves (photo_scenes.json and the CLEVR val scenes file, inspected with small Python snippets). No question was run
through nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through
``--check``.

Run ``python build_blind93.py`` to write ``../blind93.jsonl``; ``--check`` also runs every gold program with nsvr.
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
    wearers,
    worn_by,
)

OUT = Path(__file__).resolve().parents[1] / "blind93.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def yellow_rectangle(p) -> str:
    """The drawing's one yellow rectangle (a square counts as a rectangle, so "the rectangle" alone is not unique)."""
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


def holders_of(p, name: str) -> list[str]:
    """Everything the graph states as holding some object called ``name``."""
    return [s for o in p.f(name) for s in p.subjects("holding", o)]


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph (far right), small green metal cube, large purple metal sph (far left), small green rubber cyl, small yellow rubber sph (front), small gray rubber cyl (back)

# --- Gareth, a chatty Welsh bus driver, looking at it with his grandson
C(
    "count",
    49,
    "Right then, the little 'un wants to know — how many cylinders have we got in this one?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "verify",
    49,
    "And that little cube at the back there, that's made of metal, is it?",
    "verify(u(sel(cube)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube"), "material") == "metal"),
)
C(
    "compare_attr",
    49,
    "Are the two cylinders the same colour as each other, or different?",
    "worded(same(sel(cylinder), color), [same, different])",
    lambda s: said_same(alike(s, s.f(shape="cylinder"), "color")),
)
C(
    "spatial",
    49,
    "Now, how many things would you say are sitting behind the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="green"))),
)
C(
    "verify",
    49,
    "The ball that's furthest over to the right — rubber, is it?",
    "verify(ord(sel(sphere), right, 1), material, rubber)",
    lambda s: yes(s.a(nth(s, s.f(shape="sphere"), "right"), "material") == "rubber"),
)
X(49, "Where would you get a set of these, d'you know? He'd love them for Christmas, he would.")

# --- Chidi, an accountant in Lagos; formal English
C(
    "count",
    49,
    "Good afternoon. Please, what is the total number of metal objects in this image?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    49,
    "Kindly confirm whether the rubber objects outnumber the metal ones.",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "negation",
    49,
    "How many of the spheres are not yellow?",
    "count(fn(sel(sphere), color=yellow))",
    lambda s: n(lacking(s, s.f(shape="sphere"), color="yellow")),
)
C(
    "same_attr",
    49,
    "How many other objects have the same colour as the large sphere?",
    "count(same_attr(u(f(sel(sphere), size=large)), color))",
    lambda s: n(others(s, s.the(shape="sphere", size="large"), "color")),
)
C(
    "list",
    49,
    "Which colours appear among the cylinders? Please list them.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "chain",
    49,
    "There is exactly one object to the right of the cube. What is its colour?",
    "q(u(rel(u(sel(cube)), right)), color)",
    lambda s: s.a(only(related(s, "right", s.the(shape="cube"))), "color"),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl (back), large purple metal cube (front, left)

# --- Ingrid, a Swedish physiotherapist
C(
    "count",
    52,
    "Hello! How many objects are there in the picture, all together?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "quantifier",
    52,
    "Is it so that all the cubes are big ones?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)
C(
    "attribute",
    52,
    "The brown cube — is it made of rubber or of metal?",
    "choose(u(f(sel(cube), color=brown)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cube", color="brown"), "material"),
)
C(
    "spatial",
    52,
    "How many things are standing on the left side of the blue cube?",
    "count(rel(u(f(sel(cube), color=blue)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="blue"))),
)
C(
    "spatial",
    52,
    "Is the gray cylinder placed behind the brown cube?",
    "exist(f(rel(u(f(sel(cube), color=brown)), behind), color=gray, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "gray"}, "behind", {"shape": "cube", "color": "brown"}),
)
C(
    "compare_size",
    52,
    "Which one is bigger, the cylinder or the purple cube?",
    "q(u(f(union(sel(cylinder), f(sel(cube), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder"), s.the(shape="cube", color="purple")),
)
X(52, "I want something like these for my patients to lift. How heavy is the blue cube, in kilos?")

# scene 55: large green metal cube, small purple rubber cube (far right), large purple rubber sph (back), small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph (far left), small yellow metal cube (front), large red rubber cube

# --- Trevor, an Australian plumber
C(
    "count",
    55,
    "G'day. How many of the purple fellas are balls?",
    "count(f(sel(sphere), color=purple))",
    lambda s: n(s.f(shape="sphere", color="purple")),
)
C(
    "exist",
    55,
    "Reckon there's a blue one in there anywhere?",
    "exist(f(scene(), color=blue))",
    lambda s: yes(bool(s.f(color="blue"))),
)
C(
    "spatial",
    55,
    "How many cubes have you got sitting to the left of the red cube?",
    "count(f(rel(u(f(sel(cube), color=red)), left), shape=cube))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cube", color="red")), shape="cube")),
)
C(
    "compare_attr",
    55,
    "The two yellow ones — same shape, or not, mate?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: alike(s, s.f(color="yellow"), "shape"),
)
C(
    "position",
    55,
    "Which side of the picture's the little gray cylinder on, left or right?",
    "choose(u(f(sel(cylinder), color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="gray")),
)
X(55, "What'd a set like this cost me down at the hardware shop?")

# --- Mei, a statistics graduate student; precise, a little clipped
C(
    "count",
    55,
    "How many objects are both large and rubber?",
    "count(f(scene(), size=large, material=rubber))",
    lambda s: n(s.f(size="large", material="rubber")),
)
C(
    "quantifier",
    55,
    "Among the large objects, are the majority purple?",
    "gt(count(f(f(scene(), size=large), color=purple)), count(fn(f(scene(), size=large), color=purple)))",
    lambda s: most([s.a(i, "color") == "purple" for i in s.f(size="large")]),
)
C(
    "number",
    55,
    "What is the number of distinct shapes in this scene?",
    "nvalues(scene(), shape)",
    lambda s: str(len({s.a(i, "shape") for i in s.all()})),
)
C(
    "superlative",
    55,
    "Third object from the front: colour?",
    "q(ord(scene(), front, 3), color)",
    lambda s: s.a(nth(s, s.all(), "front", 3), "color"),
)
C(
    "compare_size",
    55,
    "Is the yellow cube larger than the metal sphere?",
    "larger(u(f(sel(cube), color=yellow)), u(f(sel(sphere), material=metal)))",
    lambda s: larger(s, s.the(shape="cube", color="yellow"), s.the(shape="sphere", material="metal")),
)
C(
    "chain",
    55,
    "Start from the red cube. There's a metal sphere in front of it, and to the right of that sphere there is one yellow object. What is that yellow object made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=red)), front), shape=sphere, material=metal)), right), color=yellow)), material)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", color="red"), "front", shape="sphere", material="metal"),
            "right",
            color="yellow",
        ),
        "material",
    ),
)

# scene 59: small purple rubber cyl (front), large cyan rubber cyl (far right), large brown rubber sph (far left), large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph (back)

# --- Kevin, sixteen, typing fast
C("count", 59, "yo how many cylinders r in this", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "negation",
    59,
    "is there anything metal besides the cube",
    "exist(fn(f(scene(), material=metal), shape=cube))",
    lambda s: yes(bool(lacking(s, s.f(material="metal"), shape="cube"))),
)
C(
    "compare_size",
    59,
    "which ones bigger the cube or the blue cylinder",
    "q(u(f(union(sel(cube), f(sel(cylinder), color=blue)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube"), s.the(shape="cylinder", color="blue")),
)
C(
    "superlative",
    59,
    "whats the colour of the thing thats furthest back",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "negation",
    59,
    "ngl how many purple things are there that arent cylinders",
    "count(fn(f(scene(), color=purple), shape=cylinder))",
    lambda s: n(lacking(s, s.f(color="purple"), shape="cylinder")),
)
X(59, "bruh what game is this from, it looks like some kind of puzzle level")

# --- Eleanor, a Boston reference librarian; exact and courteous
C(
    "count",
    59,
    "Could you tell me how many of the objects are large?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "quantifier",
    59,
    "Is every brown object to the left of the blue cylinder?",
    "not_(exist(diff(f(scene(), color=brown), rel(u(f(sel(cylinder), color=blue)), left))))",
    lambda s: yes(all(i in related(s, "left", s.the(shape="cylinder", color="blue")) for i in s.f(color="brown"))),
)
C(
    "superlative",
    59,
    "Of the cylinders, which one is nearest the front? I'd be grateful to know its colour.",
    "q(ord(sel(cylinder), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "front"), "color"),
)
C(
    "spatial",
    59,
    "Is there a sphere anywhere to the right of the cube?",
    "exist(f(rel(u(sel(cube)), right), shape=sphere))",
    lambda s: yes(bool(among(s, related(s, "right", s.the(shape="cube")), shape="sphere"))),
)
C(
    "compare_attr",
    59,
    "Is the purple sphere made of the same material as the cube?",
    "same(u(f(sel(sphere), color=purple)), u(sel(cube)), material)",
    lambda s: yes(s.a(s.the(shape="sphere", color="purple"), "material") == s.a(s.the(shape="cube"), "material")),
)
C(
    "chain",
    59,
    "To the right of the blue cylinder there is a cube, and in front of that cube stands a cylinder. Would you say that cylinder is large or small?",
    "choose(u(f(rel(u(f(rel(u(f(sel(cylinder), color=blue)), right), shape=cube)), front), shape=cylinder)), size, [large, small])",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="blue"), "right", shape="cube"), "front", shape="cylinder"),
        "size",
    ),
)

# scene 54: large green rubber cube (front), large brown metal cyl (back), large gray rubber cube (right), large gray rubber cube (left)

# --- Joe, a Pennsylvania long-haul trucker; blunt
C("count", 54, "How many gray cubes?", "count(f(sel(cube), color=gray))", lambda s: n(s.f(shape="cube", color="gray")))
C(
    "exist",
    54,
    "Anything small in there at all?",
    "exist(f(scene(), size=small))",
    lambda s: yes(bool(s.f(size="small"))),
)
C(
    "attribute",
    54,
    "What's the cylinder made of?",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "spatial",
    54,
    "That green box. How many things are to the right of it?",
    "count(rel(u(f(sel(cube), color=green)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="green"))),
)
C(
    "verify",
    54,
    "Thing closest to the front — that the green one?",
    "verify(ord(scene(), front, 1), color, green)",
    lambda s: yes(s.a(nth(s, s.all(), "front"), "color") == "green"),
)
C(
    "quantifier",
    54,
    "Besides the cylinder, is it all rubber?",
    "not_(exist(fn(fn(scene(), shape=cylinder), material=rubber)))",
    lambda s: every(s, lacking(s, s.all(), shape="cylinder"), material="rubber"),
)
X(54, "How much would that whole load weigh if I had to haul it?")

# scene 38: small green rubber sph (front), large gray rubber cyl (back), small red metal sph, small green metal sph (far right), large gray metal cyl

# --- Pedro, a Mexican-American landscaper
C(
    "count",
    38,
    "Bueno, how many small ones are there?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "compare_attr",
    38,
    "The two gray cylinders, they are the same size?",
    "same(f(sel(cylinder), color=gray), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="gray"), "size"),
)
C(
    "spatial",
    38,
    "How many things are in front of the rubber cylinder?",
    "count(rel(u(f(sel(cylinder), material=rubber)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", material="rubber"))),
)
C(
    "spatial",
    38,
    "The red ball, it's on the left of the green rubber ball?",
    "exist(f(rel(u(f(sel(sphere), color=green, material=rubber)), left), color=red, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "red"}, "left", {"shape": "sphere", "color": "green", "material": "rubber"}
    ),
)
C(
    "superlative",
    38,
    "The ball that is most to the left — what it's made of?",
    "q(ord(sel(sphere), left, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "material"),
)
X(38, "If I put these in a client's garden, which one you think they would like the most?")

# scene 57: small brown metal cyl, large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (far right), small yellow rubber sph (far left)

# --- Harriet, seventy, a Surrey bridge player
C(
    "count",
    57,
    "How many spheres are there, please? I make it two.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    57,
    "Are both of the gray cubes made of rubber?",
    "not_(exist(fn(f(sel(cube), color=gray), material=rubber)))",
    lambda s: every(s, s.f(shape="cube", color="gray"), material="rubber"),
)
C(
    "position",
    57,
    "Would you be so kind as to tell me whether the little yellow ball is on the left-hand side of the picture or the right?",
    "choose(u(f(sel(sphere), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="yellow")),
)
C(
    "spatial",
    57,
    "Is the blue sphere behind the brown cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), behind), color=blue, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue"}, "behind", {"shape": "cylinder", "color": "brown"}),
)
C(
    "negation",
    57,
    "How many of the objects are neither gray nor metal?",
    "count(fn(fn(scene(), color=gray), material=metal))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "gray" and s.a(i, "material") != "metal"]),
)
C(
    "superlative",
    57,
    "And the one second from the right — what colour would that be?",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)

# scene 32: small gray rubber cube (far left), large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (far right)

# --- Devon, a London night-shift nurse; tired and apologetic
C(
    "count",
    32,
    "Quick one, sorry — how many cubes can you see?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "verify",
    32,
    "Is the big yellow ball metal?",
    "verify(u(f(sel(sphere), size=large, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="yellow"), "material") == "metal"),
)
C(
    "compare_count",
    32,
    "Are there more small things than large ones? Sorry, brain's fried.",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda s: yes(len(s.f(size="small")) > len(s.f(size="large"))),
)
C(
    "superlative",
    32,
    "What's right at the very front — what shape is it?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    32,
    "How many things are to the right of the red ball?",
    "count(rel(u(f(sel(sphere), color=red)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="red"))),
)
X(32, "Could a toddler choke on the small ones, do you think? My sister's got a two-year-old.")

# --- Kai, twelve, doing homework
C(
    "count",
    32,
    "how many gray objects are there its for my homework",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "two_clause",
    32,
    "is the cylinder gray and is it metal",
    "and_(verify(u(sel(cylinder)), color, gray), verify(u(sel(cylinder)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cylinder"), "color") == "gray" and s.a(s.the(shape="cylinder"), "material") == "metal"
    ),
)
C(
    "superlative",
    32,
    "what colour is the cube thats furthest back",
    "q(ord(sel(cube), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "behind"), "color"),
)
C(
    "count",
    32,
    "how many things are made out of rubber",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "spatial",
    32,
    "is there a cube behind the red ball",
    "exist(f(rel(u(f(sel(sphere), color=red)), behind), shape=cube))",
    lambda s: yes(bool(among(s, related(s, "behind", s.the(shape="sphere", color="red")), shape="cube"))),
)
C(
    "list",
    32,
    "what colours do the cubes come in",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph (far left), large gray metal sph (far right), large green metal sph, small yellow metal cube (front), small blue metal cyl (back)

# --- Lorraine, a Manitoba school-bus driver
C(
    "count",
    48,
    "Okay, how many big balls are in this one?",
    "count(f(sel(sphere), size=large))",
    lambda s: n(s.f(shape="sphere", size="large")),
)
C(
    "attribute",
    48,
    "What colour's the one cylinder?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "negation",
    48,
    "Are there any cubes that aren't metal?",
    "exist(fn(sel(cube), material=metal))",
    lambda s: yes(bool(lacking(s, s.f(shape="cube"), material="metal"))),
)
C(
    "spatial",
    48,
    "Count me the things sitting behind the red cube.",
    "count(rel(u(f(sel(cube), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="red"))),
)
C(
    "compare_attr",
    48,
    "The yellow ball and the yellow cube — are they the same size?",
    "same(u(f(sel(sphere), color=yellow)), u(f(sel(cube), color=yellow)), size)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="yellow"), "size") == s.a(s.the(shape="cube", color="yellow"), "size")
    ),
)
C(
    "superlative",
    48,
    "What's the ball way over on the right made of?",
    "q(ord(sel(sphere), right, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "material"),
)

# --- Ahmed, an Egyptian pharmacist; polite
C(
    "count",
    48,
    "Please, how many objects are metallic in this image?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "superlative",
    48,
    "What is the colour of the object that is the most behind?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "position",
    48,
    "In which side of the image is the gray sphere, left or right?",
    "choose(u(f(sel(sphere), color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="gray")),
)
C(
    "same_attr",
    48,
    "How many objects have the same shape as the red cube, without counting it?",
    "count(same_attr(u(f(sel(cube), color=red)), shape))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "shape")),
)
C(
    "compare_count",
    48,
    "Is the number of green objects equal to the number of yellow objects?",
    "eq(count(f(scene(), color=green)), count(f(scene(), color=yellow)))",
    lambda s: yes(len(s.f(color="green")) == len(s.f(color="yellow"))),
)
C(
    "chain",
    48,
    "Behind the small yellow cube there is another cube. How many spheres are on the left side of that cube?",
    "count(f(rel(u(f(rel(u(f(sel(cube), size=small, color=yellow)), behind), shape=cube)), left), shape=sphere))",
    lambda s: n(
        among(
            s,
            related(s, "left", hop(s, s.the(shape="cube", size="small", color="yellow"), "behind", shape="cube")),
            shape="sphere",
        )
    ),
)
X(48, "The blue one looks like a capsule. Which medicine is it, please?")

# scene 56: small blue rubber cube (back), small yellow rubber sph (far right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube, large green metal cyl

# --- Rosalind, a lab technician who writes like a log
C(
    "count",
    56,
    "Total count of rubber objects, please.",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "count",
    56,
    "Of the cubes, how many are large?",
    "count(f(sel(cube), size=large))",
    lambda s: n(s.f(shape="cube", size="large")),
)
C(
    "verify",
    56,
    "Confirm the object furthest to the right is yellow.",
    "verify(ord(scene(), right, 1), color, yellow)",
    lambda s: yes(s.a(nth(s, s.all(), "right"), "color") == "yellow"),
)
C(
    "compare_attr",
    56,
    "Cyan objects: do they share a size?",
    "same(f(scene(), color=cyan), size)",
    lambda s: alike(s, s.f(color="cyan"), "size"),
)
C(
    "chain",
    56,
    "Left of the brown cube there is a cylinder. Record its material.",
    "q(u(f(rel(u(f(sel(cube), color=brown)), left), shape=cylinder)), material)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="brown"), "left", shape="cylinder"), "material"),
)
C(
    "spatial",
    56,
    "Number of spheres in front of the green cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=green)), front), shape=sphere))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cylinder", color="green")), shape="sphere")),
)
X(56, "Which supplier makes these? We might order a set for the lab.")

# scene 50 (all rubber): large purple sph (front), large red cyl, small yellow cube, small cyan sph, small blue cube, large green cube (far left), large green sph (back), small green cyl

# --- Jamal, a Detroit line worker
C("count", 50, "How many cylinders we looking at?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "exist",
    50,
    "Any metal on this table at all?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "compare_attr",
    50,
    "Those two cylinders the same color?",
    "same(sel(cylinder), color)",
    lambda s: alike(s, s.f(shape="cylinder"), "color"),
)
C(
    "superlative",
    50,
    "What shape's the one all the way in the back?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    50,
    "Red cylinder's to the right of the purple ball, right?",
    "exist(f(rel(u(f(sel(sphere), color=purple)), right), color=red, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "red"}, "right", {"shape": "sphere", "color": "purple"}),
)
C(
    "chain",
    50,
    "There's a little cylinder off to the right of the purple ball — what color is it?",
    "q(u(f(rel(u(f(sel(sphere), color=purple)), right), shape=cylinder, size=small)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="purple"), "right", shape="cylinder", size="small"), "color"),
)

# --- Sofie, a Danish preschool teacher, asking for her class
C(
    "count",
    50,
    "My class is asking: how many of the balls are green?",
    "count(f(sel(sphere), color=green))",
    lambda s: n(s.f(shape="sphere", color="green")),
)
C(
    "negation",
    50,
    "How many things are small but not cubes?",
    "count(fn(f(scene(), size=small), shape=cube))",
    lambda s: n(lacking(s, s.f(size="small"), shape="cube")),
)
C(
    "list",
    50,
    "The children want to know which colours the cubes have. Can you list them?",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "spatial",
    50,
    "Is the small cyan ball in front of the yellow cube?",
    "exist(f(rel(u(f(sel(cube), color=yellow)), front), color=cyan, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "cyan"}, "front", {"shape": "cube", "color": "yellow"}),
)
C(
    "count",
    50,
    "How many of the things are either green or purple?",
    "count(union(f(scene(), color=green), f(scene(), color=purple)))",
    lambda s: n(s.f(color=("green", "purple"))),
)
C(
    "superlative",
    50,
    "We are counting from the right now. Which colour is the third one?",
    "q(ord(scene(), right, 3), color)",
    lambda s: s.a(nth(s, s.all(), "right", 3), "color"),
)

# scene 35: small purple metal sph (back), large green metal cube (far left), large green rubber cube, large red metal sph (front), large gray metal cube

# --- Bill, an Iowa farmer
C("count", 35, "How many of 'em are balls?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    35,
    "That little purple ball — what's it made of?",
    "q(u(f(sel(sphere), size=small, color=purple)), material)",
    lambda s: s.a(s.the(shape="sphere", size="small", color="purple"), "material"),
)
C(
    "compare_size",
    35,
    "Which is bigger, the purple ball or the gray cube?",
    "q(u(f(union(f(sel(sphere), color=purple), f(sel(cube), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="purple"), s.the(shape="cube", color="gray")),
)
C(
    "spatial",
    35,
    "How many things are out in front of the gray cube?",
    "count(rel(u(f(sel(cube), color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="gray"))),
)
C(
    "quantifier",
    35,
    "Are all the cubes green?",
    "not_(exist(fn(sel(cube), color=green)))",
    lambda s: every(s, s.f(shape="cube"), color="green"),
)
C(
    "spatial",
    35,
    "Anything made of rubber on the left side of that gray cube?",
    "exist(f(rel(u(f(sel(cube), color=gray)), left), material=rubber))",
    lambda s: yes(bool(among(s, related(s, "left", s.the(shape="cube", color="gray")), material="rubber"))),
)
X(35, "What're these things for, anyhow? Some kind of kids' toy?")

# scene 36: large purple metal sph (far right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph, large brown rubber cyl

# --- Paulo, a Portuguese waiter
C("count", 36, "How many balls there are, please?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    36,
    "The cylinder, which colour is?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "exist",
    36,
    "There is some object made of rubber?",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
C(
    "quantifier",
    36,
    "The small things, they are all of metal?",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: every(s, s.f(size="small"), material="metal"),
)
C(
    "spatial",
    36,
    "The yellow cube is in the front of the cylinder, yes?",
    "exist(f(rel(u(sel(cylinder)), front), color=yellow, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "yellow"}, "front", {"shape": "cylinder"}),
)
C(
    "spatial",
    36,
    "How many are behind the purple ball?",
    "count(rel(u(f(sel(sphere), color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="purple"))),
)
X(36, "In my restaurant we choose new plates. Which of these colours is the best for a restaurant, you think?")

# scene 15: large green rubber cyl (far left), large brown metal cyl, small purple metal cyl (right), large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (far right)

# --- Grace, a Kenyan secondary-school science teacher
C(
    "count",
    15,
    "How many of the large objects are made of rubber?",
    "count(f(scene(), size=large, material=rubber))",
    lambda s: n(s.f(size="large", material="rubber")),
)
C(
    "superlative",
    15,
    "What is the object nearest the front made of?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C(
    "compare_attr",
    15,
    "Do the two green objects have the same shape?",
    "same(f(scene(), color=green), shape)",
    lambda s: alike(s, s.f(color="green"), "shape"),
)
C(
    "spatial",
    15,
    "How many spheres are to the left of the brown cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=brown)), left), shape=sphere))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cylinder", color="brown")), shape="sphere")),
)
C(
    "compare_count",
    15,
    "Are there fewer cubes than cylinders?",
    "lt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="cylinder"))),
)
C(
    "list",
    15,
    "Name the colours of the spheres, please.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "chain",
    15,
    "In front of the blue cube there is a yellow sphere, and to the left of that sphere there is a cylinder. What is the cylinder made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=blue)), front), color=yellow)), left), shape=cylinder)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="blue"), "front", color="yellow"), "left", shape="cylinder"),
        "material",
    ),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Ruth, a Baltimore insurance claims adjuster
P(
    "count",
    "street",
    "For my notes: how many vehicles are in the shot, cars and buses both?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "attribute",
    "street",
    "What color is the car?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "where",
    "street",
    "Is the car positioned on the left of the bus or on the right?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P(
    "text",
    "street",
    "What's painted on the road surface?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "position",
    "street",
    "Where's the sign in the frame — up top or down at the bottom?",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
X("street", "If that bus pulls out and clips the car, who's at fault?")

# --- Mario, an Italian-born delivery rider
P(
    "text",
    "street",
    "Scusi, what is written on the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("count", "street", "How many men are on the street?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "chain",
    "street",
    "The man dressed in white, his tie is which colour?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "exist",
    "street",
    "There is a bicycle somewhere? I look for a place to lock my bike.",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "attribute",
    "street",
    "The dog, it is big or small?",
    "choose(u(sel(dog)), size, [large, small])",
    lambda p: p.value(p.the("dog"), "size"),
)
X("street", "How far is this street from the train station? I have a delivery there.")

# --- Olu, a London minicab driver
P("count", "street", "How many people are in the picture?", "count(sel(person))", lambda p: n(people(p)))
P(
    "chain",
    "street",
    "The woman's holding something — what is it?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "text",
    "street",
    "And the red sign, what does it say?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "compare_attr",
    "street",
    "Are the two ties the same colour?",
    "same(sel(tie), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("tie")}) == 1),
)
P(
    "negation",
    "street",
    "Is anybody there not wearing a tie?",
    "exist(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: yes(bool([o for o in people(p) if o not in wearers(p, "tie")])),
)
P(
    "chain",
    "street",
    "The man standing to the left of the woman — what colour is his tie?",
    "q(u(rel(u(rel(u(sel(woman)), left, name=man)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, only(named(p, p.subjects("left", p.the("woman")), "man"))), "color"),
)

# --- Beth, eleven
P(
    "attribute",
    "street",
    "what colour is the lady wearing",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "verify",
    "street",
    "is the dog brown",
    "verify(u(sel(dog)), color, brown)",
    lambda p: yes(p.value(p.the("dog"), "color") == "brown"),
)
P(
    "superlative",
    "street",
    "which man is further to the left, the one in black or the one in white",
    "q(ord(sel(man), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("man"), "left"), "color"),
)
P(
    "count",
    "street",
    "how many things in the picture are red",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "chain",
    "street",
    "theres a man on the right of the lady. is he wearing black or white",
    "choose(u(rel(u(sel(woman)), right, name=man)), color, [black, white])",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("woman")), "man")), "color"),
)
X("street", "what is the dogs name")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Sal, a retired New Jersey baker
P(
    "count",
    "kitchen",
    "How many things are sittin' on the table, all told?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "attribute",
    "kitchen",
    "What's the table made of? Looks like wood to me.",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "text",
    "kitchen",
    "What's it say on the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "verify",
    "kitchen",
    "The plate's white, right?",
    "verify(u(sel(plate)), color, white)",
    lambda p: yes(p.value(p.the("plate"), "color") == "white"),
)
P(
    "chain",
    "kitchen",
    "The cup sittin' right next to the plate on its right — what color is it?",
    "q(u(rel(u(sel(plate)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("plate")), "cup")), "color"),
)
X("kitchen", "What kind of bread would you put out on a plate like that? Rye, I'd say.")

# --- Ines, an Argentinian au pair
P(
    "negation",
    "kitchen",
    "How many cups are not white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "text",
    "kitchen",
    "The clock, which hour is showing?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "spatial",
    "kitchen",
    "The woman is at the right of the table, no?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "attribute",
    "kitchen",
    "The bottle is of which colour?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P("exist", "kitchen", "There is a spoon on the table?", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
X("kitchen", "The water in the bottle, it is cold from the fridge or from the tap?")

# --- Hugh, a fussy interior designer
P(
    "number",
    "kitchen",
    "How many different colours have the cups been done in?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "superlative",
    "kitchen",
    "Which cup is furthest to the right? The colour, please.",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "compare_attr",
    "kitchen",
    "Is the clock the same colour as the plate?",
    "same(u(sel(clock)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("clock"), "color") == p.value(p.the("plate"), "color")),
)
P(
    "verify",
    "kitchen",
    "The fork — silver?",
    "verify(u(sel(fork)), color, silver)",
    lambda p: yes(p.value(p.the("fork"), "color") == "silver"),
)
P(
    "position",
    "kitchen",
    "Where's the clock been hung — near the top of the picture or the bottom?",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)
X("kitchen", "Honestly, would you call this kitchen tasteful?")

# --- Keisha, a busy Atlanta mum
P(
    "attribute",
    "kitchen",
    "Is the lady in yellow or green?",
    "choose(u(sel(woman)), color, [yellow, green])",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "two_clause",
    "kitchen",
    "Is there a red cup and a blue cup both?",
    "and_(exist(f(sel(cup), color=red)), exist(f(sel(cup), color=blue)))",
    lambda p: yes(bool(p.f("cup", color="red")) and bool(p.f("cup", color="blue"))),
)
P(
    "count",
    "kitchen",
    "How many white things are on the table?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
P(
    "chain",
    "kitchen",
    "What's sitting just to the left of the white cup?",
    "q(u(rel(u(f(sel(cup), color=white)), left)), name)",
    lambda p: p.name(only(p.subjects("left", p.the("cup", color="white")))),
)
P(
    "compare_count",
    "kitchen",
    "More cups than plates?",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
X("kitchen", "What do you think she's making for dinner?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Vera, a retired Dutch gym teacher
P("count", "park", "How many children are playing here?", "count(sel(child))", lambda p: n(children(p)))
P(
    "chain",
    "park",
    "The boy throws something — what colour it is?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "spatial",
    "park",
    "Is the girl standing right of the woman in white?",
    "vrel(u(f(sel(woman), color=white)), right, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "right", p.the("woman", color="white"))),
)
P(
    "count",
    "park",
    "How many people are wearing red?",
    "count(f(sel(person), color=red))",
    lambda p: n([o for o in people(p) if p.value(o, "color") == "red"]),
)
P(
    "superlative",
    "park",
    "Which person is standing the furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("park", "Is it healthy for children to play with a frisbee every day?")

# --- Bobby, seven
P("count", "park", "how many dogs", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "attribute",
    "park",
    "whats the color of the bike",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "verify",
    "park",
    "is the frisbee yellow",
    "verify(u(sel(frisbee)), color, yellow)",
    lambda p: yes(p.value(p.the("frisbee"), "color") == "yellow"),
)
P(
    "spatial",
    "park",
    "is the white dog near the girl",
    "exist(f(rel(u(sel(girl)), near, name=dog), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("girl")), "dog"))),
)
P(
    "compare_count",
    "park",
    "are there more dogs than kids",
    "gt(count(sel(dog)), count(sel(child)))",
    lambda p: yes(len(p.f("dog")) > len(children(p))),
)
X("park", "can the dogs catch the frisbee")

# --- Aisha, a Toronto university student
P(
    "attribute",
    "park",
    "What's the bench made of?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "compare_attr",
    "park",
    "Are the two dogs the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "chain",
    "park",
    "The woman who's holding a dog — what colour is she wearing?",
    "q(u(rel(sel(dog), holding)), color)",
    lambda p: p.value(only(holders_of(p, "dog")), "color"),
)
P(
    "where",
    "park",
    "The tree on the right side: is it behind the girl or in front of her?",
    "choose_rel(u(f(sel(tree), hposition=right)), [front, behind], role=object, name=girl)",
    lambda p: photo_side(p, p.the("tree", hposition="right"), p.the("girl"), ("front", "behind")),
)
P(
    "spatial",
    "park",
    "Is the bench to the left of the bike?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
X("park", "Is this High Park? It looks a lot like the one near my place.")

# --- Clive, a council groundskeeper
P(
    "count",
    "park",
    "How many benches have I got to look after in this one?",
    "count(sel(bench))",
    lambda p: n(p.f("bench")),
)
P("attribute", "park", "Bench colour?", "q(u(sel(bench)), color)", lambda p: p.value(p.the("bench"), "color"))
P("exist", "park", "Any men about in the park today?", "exist(sel(man))", lambda p: yes(bool(p.f("man"))))
P(
    "chain",
    "park",
    "The lad by the bench — what's he wearing, colour-wise?",
    "q(u(rel(u(sel(bench)), near, name=boy)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("bench")), "boy")), "color"),
)
P(
    "superlative",
    "park",
    "Second person in from the left — who's that?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "chain",
    "park",
    "Whoever's stood near the bench is throwing something. What colour's the thing they're throwing?",
    "q(u(rel(u(rel(u(sel(bench)), near)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(only(p.subjects("near", p.the("bench"))), "throwing")), "color"),
)

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Fran, a Dublin crèche assistant
P("count", "shapes", "How many circles are in the drawing, pet?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "What colour is the square?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)
P(
    "verify",
    "shapes",
    "Is the triangle a green one?",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P(
    "count",
    "shapes",
    "And how many of the shapes are coloured blue?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger — the wee circle in the middle or the triangle?",
    "q(u(f(union(f(sel(circle), size=small), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", size="small"), p.the("triangle")),
)
X("shapes", "Would the kids like it better with a rainbow drawn on it, do you think?")

# --- Raj, a patent examiner; precise
P("count", "shapes", "How many figures are depicted in total?", "count(scene())", lambda p: n(p.objects))
P(
    "position",
    "shapes",
    "Identify the figure located in the upper left corner.",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Are the square and the hexagon of the same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "negation",
    "shapes",
    "Excluding the blue figures, how many of the small figures remain?",
    "count(fn(f(scene(), size=small), color=blue))",
    lambda p: n([o for o in p.f(size="small") if p.value(o, "color") != "blue"]),
)
P(
    "compare_size",
    "shapes",
    "Is the large circle larger than the square?",
    "larger(u(f(sel(circle), size=large)), u(sel(square)))",
    lambda p: drawn_larger(p, p.the("circle", size="large"), p.the("square")),
)
P(
    "same_attr",
    "shapes",
    "How many other figures share the hexagon's colour?",
    "count(same_attr(u(sel(hexagon)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("hexagon") and p.value(o, "color") == p.value(p.the("hexagon"), "color")]
    ),
)

# --- Luis, a Colombian carpenter
P(
    "count",
    "shapes",
    "How many rectangles there are? The square also counts.",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "position",
    "shapes",
    "The star, in which row it is, top or bottom?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
P(
    "position",
    "shapes",
    "The piece in the bottom right, what shape is?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "The rectangle yellow is bigger than the hexagon?",
    "larger(u(f(sel(rectangle), color=yellow)), u(sel(hexagon)))",
    lambda p: drawn_larger(p, yellow_rectangle(p), p.the("hexagon")),
)
P(
    "attribute",
    "shapes",
    "Which colour is the shape in the centre?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)
X("shapes", "How much wood I need to cut all these shapes in real size?")

# --- Gemma, a pub-quiz host
P(
    "count",
    "shapes",
    "Quiz round! How many shapes are in the top row?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "list",
    "shapes",
    "Name every colour in the bottom row, please.",
    "values(f(scene(), vposition=bottom), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="bottom")),
)
P(
    "compare_count",
    "shapes",
    "True or false: there are more blue shapes than red ones.",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "attribute",
    "shapes",
    "Bonus point: what colour is the star?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "same_attr",
    "shapes",
    "Does any other shape share the triangle's colour?",
    "exist(same_attr(u(sel(triangle)), color))",
    lambda p: yes(any(o != p.the("triangle") and p.value(o, "color") == "green" for o in p.objects)),
)
P(
    "superlative",
    "shapes",
    "Top row, far right end: which shape?",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)

# --- Walt, a retired Minnesota pharmacist
P(
    "count",
    "shapes",
    "Well now, how many of these shapes are the small ones?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "verify",
    "shapes",
    "Is that hexagon blue, or am I seeing things?",
    "verify(u(sel(hexagon)), color, blue)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "blue"),
)
P(
    "quantifier",
    "shapes",
    "Are all the big shapes over on the left side?",
    "not_(exist(fn(f(scene(), size=large), hposition=left)))",
    lambda p: yes(all(p.value(o, "hposition") == "left" for o in p.f(size="large"))),
)
P(
    "position",
    "shapes",
    "What shape is sitting just about dead centre?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "negation",
    "shapes",
    "How many shapes are neither small nor circles?",
    "count(fn(fn(scene(), size=small), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "size") != "small" and p.value(o, "shape") != "circle"]),
)
X("shapes", "Do you suppose my granddaughter drew this? It looks like her work.")

# --- Noor, a medical student in a hurry
P(
    "count",
    "shapes",
    "Quick check — how many red shapes?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "compare_size",
    "shapes",
    "Is the star smaller than the yellow rectangle?",
    "larger(u(f(sel(rectangle), color=yellow)), u(sel(star)))",
    lambda p: drawn_larger(p, yellow_rectangle(p), p.the("star")),
)
P(
    "superlative",
    "shapes",
    "What's second from the left in the top row?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles the same size?",
    "same(sel(circle), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
P(
    "two_clause",
    "shapes",
    "Is there a purple shape and also a green one?",
    "and_(exist(f(scene(), color=purple)), exist(f(scene(), color=green)))",
    lambda p: yes(bool(p.f(color="purple")) and bool(p.f(color="green"))),
)
P(
    "count",
    "shapes",
    "How many shapes are blue or circles, or both?",
    "count(union(f(scene(), color=blue), sel(circle)))",
    lambda p: n(set(p.f(color="blue")) | set(p.f("circle"))),
)

# --- Billie, thirteen
P(
    "count",
    "shapes",
    "how many triangles and stars are there together",
    "count(union(sel(triangle), sel(star)))",
    lambda p: n(p.f(("triangle", "star"))),
)
P(
    "attribute",
    "shapes",
    "whats the colour of the big circle",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "list",
    "shapes",
    "what colours are the circles",
    "values(sel(circle), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("circle")),
)
P(
    "two_clause",
    "shapes",
    "is the star in the bottom row and in the middle",
    "and_(verify(u(sel(star)), vposition, bottom), verify(u(sel(star)), hposition, middle))",
    lambda p: yes(p.value(p.the("star"), "vposition") == "bottom" and p.value(p.the("star"), "hposition") == "middle"),
)
P(
    "exist",
    "shapes",
    "are any of the big shapes blue",
    "exist(f(scene(), size=large, color=blue))",
    lambda p: yes(bool(p.f(size="large", color="blue"))),
)
X("shapes", "what app should i use to draw shapes like this")

# --- Mr Haddad, a Lebanese tailor
P(
    "count",
    "shapes",
    "How many shapes is big?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "attribute",
    "shapes",
    "Which colour has the rectangle in the down left?",
    "q(u(f(sel(rectangle), hposition=left, vposition=bottom)), color)",
    lambda p: p.value(
        only([o for o in rectangles(p) if p.value(o, "hposition") == "left" and p.value(o, "vposition") == "bottom"]),
        "color",
    ),
)
P(
    "compare_size",
    "shapes",
    "The red circle and the blue square, which one is more big?",
    "q(u(f(union(f(sel(circle), color=red), f(sel(square), color=blue)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("square", color="blue")),
)
P(
    "negation",
    "shapes",
    "In the upper row, how many shapes are not blue?",
    "count(fn(f(scene(), vposition=top), color=blue))",
    lambda p: n([o for o in p.f(vposition="top") if p.value(o, "color") != "blue"]),
)
P(
    "negation",
    "shapes",
    "Except the circles, how many shapes are blue?",
    "count(fn(f(scene(), color=blue), shape=circle))",
    lambda p: n([o for o in p.f(color="blue") if p.value(o, "shape") != "circle"]),
)
P(
    "verify",
    "shapes",
    "The square is in the top row, yes?",
    "verify(u(sel(square)), vposition, top)",
    lambda p: yes(p.value(p.the("square"), "vposition") == "top"),
)
X("shapes", "For a dress with these shapes printed, which fabric you recommend?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
